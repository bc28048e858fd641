"""Whose files a pull request touches: one actor's plans at a time, and CODEOWNERS to match."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import REPO, SOURCE, commit, git, run_module
from generator.escape import html_text
from generator.scope import (MAINTAINER_HINT, REGISTRY_ALONE_HINT, REGISTRY_ALONE_TITLE, REGISTRY_TITLE, TAKEOVER_HINT,
                             GitError, codeowners_problems, codeowners_rules, codeowners_team, export_revision, owner_of, resolve)

PLAN = "plans/bergby-a-plan-2024.yaml"


def edited(root, name: str) -> str:
    return (root / name).read_text(encoding="utf-8").replace("summary: ", "summary: Ändrad. ", 1)


def on_github(root, cli, monkeypatch, summary, base: str = "HEAD~1"):
    """check-scope as the pull request's workflow runs it: with annotations, and the verdict in the
    job summary written to `summary`."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    return cli("--root", str(root), "check-scope", "--base", base)


def test_a_tests_commit_starts_no_upkeep_of_git(repo, tmp_path, monkeypatch):
    """A test's commit (conftest.commit, as these tests make a pull request) is one git process
    each for adding and committing: git started its upkeep after each commit too (`git
    maintenance run --auto`), a process that found nothing to do in a test's few objects."""
    trace = tmp_path / "git-trace"
    monkeypatch.setenv("GIT_TRACE", str(trace))
    commit(repo, {"plans/README.md": "En rad.\n"})
    started = [line.split("trace: ", 1)[1] for line in trace.read_text(encoding="utf-8").splitlines() if "trace: " in line]
    assert started == ["built-in: git add -A", "built-in: git commit -q -m change"]


def test_one_actors_plan_and_source_pass(repo, cli):
    source = "sources/bergby-a-plan-2024.txt"
    commit(repo, {PLAN: edited(repo, PLAN), source: (repo / source).read_text(encoding="utf-8") + "\nTillägg.\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out == "OK: ändringen rör bara Arbetarpartiet Bergby (bergby-a): 2 filer i plans/ och sources/.\n"


def test_plans_of_two_actors_are_refused(repo, cli):
    other = "plans/bergby-o-webb.yaml"
    commit(repo, {PLAN: edited(repo, PLAN), other: edited(repo, other)})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.err.splitlines()[:3] == [
        "Den här pull requesten ändrar planer för 2 aktörer:",
        f"  - Arbetarpartiet Bergby (bergby-a): {PLAN}",
        f"  - Östra listan Bergby (bergby-o): {other}",
    ]
    assert "behöver en pull request från webbplatsens redaktion" in result.err


def test_a_refusals_list_is_a_list_in_the_job_summary(repo, tmp_path, cli, monkeypatch):
    """The summary escaped each line's leading dash, so the actors a pull request touched
    showed as paragraphs starting with "-" instead of a list."""
    other = "plans/bergby-o-webb.yaml"
    commit(repo, {PLAN: edited(repo, PLAN), other: edited(repo, other)})
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli("--root", str(repo), "check-scope", "--base", "HEAD~1").code == 1
    assert (f"\n\nDen här pull requesten ändrar planer för 2 aktörer:\n\n- Arbetarpartiet Bergby (bergby-a): {PLAN}\n"
            f"- Östra listan Bergby (bergby-o): {other}\n\nEtt parti lämnar in") in summary.read_text(encoding="utf-8")


@pytest.mark.parametrize("other", ["generator/cli.py", "registry/topics.yaml", ".github/workflows/pr.yml",
                                   "generator/templates/topic.md.j2"])
def test_plans_together_with_code_registries_or_workflows_are_refused(repo, cli, other):
    commit(repo, {PLAN: edited(repo, PLAN), other: "# ändrad\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert ("Den här pull requesten ändrar både planer och andra filer (kod, mallar, register, arbetsflöden "
            f"eller dokumentation): {other}") in result.err
    assert "behöver en pull request från webbplatsens redaktion" in result.err


def test_a_maintainers_change_without_plans_passes(repo, cli):
    commit(repo, {"generator/cli.py": "# ändrad\n", "registry/topics.yaml": "# ändrad\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out == "OK: ändringen rör inga partiers planer; redaktionen granskar den.\n"


@pytest.mark.parametrize("ids, lines_for, reminded", [
    (["bergby-l"], None, [("bergby-l", "partiets")]),
    (["bergby-l", "bergby-n"], ["bergby-l"], [("bergby-n", "aktörens")]),
], ids=["actor-without-lines", "two-actors-lines-for-one"])
def test_a_maintainer_who_adds_actors_is_reminded_of_the_codeowners_lines_they_lack(repo, cli, ids, lines_for, reminded):
    """A party office's first pull request is told that CODEOWNERS needs the new party's lines;
    a maintainer who added the actor alone was told only "OK", and the new party's later
    pull requests would have had no owner to approve them. So was one who added a
    municipality's two actors with lines for the first only: the reminder came only where
    CODEOWNERS was left as it was, and the missing lines from `tests/test_scope.py` alone. The
    team of a committee (`bergby-n`, an administration) was called the party's."""
    actors = (repo / "registry/actors.yaml").read_text(encoding="utf-8")
    entries = "".join(f"  - id: {actor}\n    name: Listan {actor[-1].upper()} i Bergby\n    short: {actor[-1].upper()}\n"
                      f"    kind: {'administration' if actor == 'bergby-n' else 'party'}\n    municipality: bergby\n"
                      for actor in ids)
    files = {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", entries + "  - id: bergby-o\n")}
    if lines_for is not None:
        files[".github/CODEOWNERS"] = "".join(f"/{folder}/{actor}-*  @ORG/{actor}\n"
                                              for actor in lines_for for folder in ("plans", "sources"))
    commit(repo, files)
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["OK: ändringen rör inga partiers planer; redaktionen granskar den."] + [
        f".github/CODEOWNERS har ännu inga rader för {actor}: redaktionen lägger till /plans/{actor}-* och "
        f"/sources/{actor}-* och {whose} team." for actor, whose in reminded]


def test_a_maintainers_codeowners_reminder_is_a_warning_annotation_under_github_actions(repo, cli, monkeypatch):
    """The reminder was only in the log and the job summary, while a new party's verdict and a
    refusal are annotations too, which GitHub shows on the pull request itself."""
    actors = (repo / "registry/actors.yaml").read_text(encoding="utf-8")
    commit(repo, {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", (
        "  - id: bergby-l\n    name: Listan L i Bergby\n    short: L\n    kind: party\n    municipality: bergby\n"
        "  - id: bergby-o\n"))})
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == (
        "::warning title=CODEOWNERS saknar rader – redaktionen lägger till dem::OK: ändringen rör inga partiers "
        "planer; redaktionen granskar den.%0A.github/CODEOWNERS har ännu inga "
        "rader för bergby-l: redaktionen lägger till /plans/bergby-l-* och /sources/bergby-l-* och partiets team.")
    # A maintainer's change with nothing to remind of stays without an annotation.
    commit(repo, {"generator/cli.py": "# ändrad\n"})
    assert cli("--root", str(repo), "check-scope", "--base", "HEAD~1").out == \
        "OK: ändringen rör inga partiers planer; redaktionen granskar den.\n"


def test_the_job_summarys_heading_over_a_codeowners_reminder_says_there_is_something_to_do(repo, tmp_path, cli,
                                                                                             monkeypatch):
    """The heading said "Omfång: OK" over the reminder that CODEOWNERS lacks the new actor's
    lines: a maintainer glancing at the headings took the check for one with nothing to do. It
    says what the annotation's title says; a change with nothing to remind of keeps "OK"."""
    actors = (repo / "registry/actors.yaml").read_text(encoding="utf-8")
    commit(repo, {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", (
        "  - id: bergby-l\n    name: Listan L i Bergby\n    short: L\n    kind: party\n    municipality: bergby\n"
        "  - id: bergby-o\n"))})
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli("--root", str(repo), "check-scope", "--base", "HEAD~1").code == 0
    assert summary.read_text(encoding="utf-8").startswith(
        "## Omfång: CODEOWNERS saknar rader – redaktionen lägger till dem\n\nOK: ändringen rör inga partiers "
        "planer; redaktionen granskar den.\n\n.github/CODEOWNERS har ännu inga rader för bergby-l")
    summary.unlink()
    commit(repo, {"generator/cli.py": "# ändrad\n"})
    assert cli("--root", str(repo), "check-scope", "--base", "HEAD~1").code == 0
    assert summary.read_text(encoding="utf-8") == (
        "## Omfång: OK\n\nOK: ändringen rör inga partiers planer; redaktionen granskar den.\n\n")


def test_the_verdicts_title_is_escaped_in_the_annotation_and_the_summarys_heading(repo, tmp_path, cli, monkeypatch):
    """The verdict's title went into `::error title=…::` and the job summary's heading as it was: a
    colon or a comma in it (as in "Omfång: …, …") would end the title there, a line break or `%0A`
    the command or the heading, a `*` or `<b>` mark the heading up. It is escaped as a validation
    error's title is, and as the summary's lines are."""
    from generator.scope import Verdict

    monkeypatch.setattr(Verdict, "title", property(lambda verdict: "Omfång: planer, register\n100%0A"))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    commit(repo, {PLAN: edited(repo, PLAN), "plans/bergby-o-webb.yaml": edited(repo, "plans/bergby-o-webb.yaml")})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.out.startswith("::error title=Omfång%3A planer%2C register%0A100%250A::Den här pull requesten "), \
        result.out
    (tmp_path / "summary.md").unlink()
    monkeypatch.setattr(Verdict, "title", property(lambda verdict: "<b>*fel*</b>\n## rad"))
    assert cli("--root", str(repo), "check-scope", "--base", "HEAD~1").code == 1
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").startswith(
        "## Omfång: &#60;b&#62;&#42;fel&#42;&#60;/b&#62;&#92;x0a&#35;&#35; rad\n\nDen här pull requesten ändrar planer")


def test_a_maintainer_who_adds_one_of_an_actors_two_codeowners_lines_is_reminded_of_the_other(repo, cli):
    """Two actors added with the plans' line for the second alone: it was said to have "ännu inga
    rader", and the plans' line it has was offered to be added too. The line it lacks is named."""
    actors = (repo / "registry/actors.yaml").read_text(encoding="utf-8")
    entries = "".join(f"  - id: {actor}\n    name: Listan {actor[-1].upper()} i Bergby\n    short: {actor[-1].upper()}\n"
                      "    kind: party\n    municipality: bergby\n" for actor in ("bergby-l", "bergby-n"))
    lines = "".join(f"/{folder}/bergby-l-*  @ORG/bergby-l\n" for folder in ("plans", "sources"))
    commit(repo, {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", entries + "  - id: bergby-o\n"),
                  ".github/CODEOWNERS": lines + "/plans/bergby-n-*  @ORG/bergby-n\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "OK: ändringen rör inga partiers planer; redaktionen granskar den.",
        ".github/CODEOWNERS har ännu ingen rad /sources/bergby-n-* för bergby-n: redaktionen lägger till den med "
        "partiets team."]


def test_one_actor_added_without_plans_and_its_codeowners_line_mistyped_is_not_just_ok(repo, tmp_path, cli,
                                                                                        monkeypatch):
    """One actor added, alone, with its plans' line mistyped (`/plans/bergby-l*`): the verdict said
    "Omfång: OK" and nothing more, as its lines were judged as a new party's problems, which a
    change without plans does not show. The line it lacks is named, under the reminder's title,
    which says one line: "saknar rader – redaktionen lägger till dem" read as more than one."""
    actors = (repo / "registry/actors.yaml").read_text(encoding="utf-8")
    commit(repo, {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", (
        "  - id: bergby-l\n    name: Listan L i Bergby\n    short: L\n    kind: party\n    municipality: bergby\n"
        "  - id: bergby-o\n")), ".github/CODEOWNERS": "/plans/bergby-l*  @ORG/bergby-l\n/sources/bergby-l-*  @ORG/bergby-l\n"})
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    note = ".github/CODEOWNERS har ännu ingen rad /plans/bergby-l-* för bergby-l: redaktionen lägger till den med partiets team."
    # The mistyped line is shown too, with how it is written, under the title to mend it (a party's
    # registry part without plans); a reminder alone is titled for its one line.
    problem = ("  - .github/CODEOWNERS: nya rader som inte gäller bergby-l: /plans/bergby-l*. Tips: En ny aktör lägger "
               "bara till sina två rader, skrivna just så: /plans/bergby-l-* och /sources/bergby-l-*; rätta eller ta bort "
               "de andra.")
    assert result.out.splitlines()[1:-1] == [
        "Den här pull requesten lägger till bergby-l men ändrar mer i registret än den nya aktörens egna rader:",
        problem, REGISTRY_ALONE_HINT, note]
    assert result.out.splitlines()[-1].startswith(f"::warning title={REGISTRY_ALONE_TITLE}::OK: ")
    assert result.out.splitlines()[-1].endswith(f"%0A{note}")
    from generator.scope import Verdict
    assert Verdict(True, False, (), reminded=1).title == "CODEOWNERS saknar en rad – redaktionen lägger till den"


def test_only_the_changes_since_the_merge_base_count(repo, cli):
    git(repo, "switch", "-q", "-c", "plan")
    commit(repo, {PLAN: edited(repo, PLAN)})
    git(repo, "switch", "-q", "main")
    commit(repo, {"generator/cli.py": "# main moved on\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "main", "--head", "plan")
    assert result.code == 0, result.err


def test_refusal_is_an_annotation_under_github_actions(repo):
    commit(repo, {PLAN: edited(repo, PLAN), "generator/cli.py": "# ändrad\n"})
    env = dict(os.environ, GITHUB_ACTIONS="true")
    result = run_module("--root", str(repo), "check-scope", "--base", "HEAD~1", env=env)
    assert result.returncode == 1
    assert result.stdout.startswith("::error title=Pull requesten ändrar för mycket::Den här pull requesten "
                                    "ändrar både planer och andra filer")
    assert "%0A" in result.stdout and "\n" not in result.stdout.rstrip("\n")


def test_a_file_name_cannot_write_a_workflow_command_into_the_log(repo):
    """A file name with a line break and `::` is named as text: no line of the log is a command."""
    hostile = "plans/bergby-o-x\n::notice title=Omfång::OK, bara en aktör\n.yaml"
    commit(repo, {PLAN: edited(repo, PLAN), hostile: "x\n"})
    env = dict(os.environ, GITHUB_ACTIONS="true")
    result = run_module("--root", str(repo), "check-scope", "--base", "HEAD~1", env=env)
    assert result.returncode == 1
    lines = (result.stdout + result.stderr).splitlines()
    assert [line for line in lines if line.lstrip().startswith("::")] == [result.stdout.strip()]
    assert result.stdout.startswith("::error title=")
    assert ("  - Östra listan Bergby (bergby-o): plans/bergby-o-x\\x0a:\u200c:notice title=Omfång:\u200c:"
            "OK, bara en aktör\\x0a.yaml") in result.stderr.splitlines()


def test_a_file_name_that_is_not_utf8_is_named_with_its_byte_not_a_traceback(repo, cli):
    """Git stores any bytes as a name; Python holds the byte 0xe4 of a Latin-1 'ä' as U+DCE4."""
    commit(repo, {PLAN: edited(repo, PLAN), "plans/bergby-o-m\udce4l.yaml": "x\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert "  - Östra listan Bergby (bergby-o): plans/bergby-o-m\\xe4l.yaml" in result.err.splitlines()


def test_unknown_base_revision_is_named(repo, cli):
    result = cli("--root", str(repo), "check-scope", "--base", "finns-inte")
    assert result.code == 1
    assert result.err.startswith("revisionen 'finns-inte' finns inte i repot.")


def test_a_folder_in_no_repository_is_named_not_its_revision(project, cli):
    result = cli("--root", str(project), "check-scope", "--base", "HEAD")
    assert result.code == 1
    assert result.err.startswith(f"{project} är inte ett git-repo; kör kommandot i en klon av repot.")


@pytest.mark.parametrize("command", ["check-scope", "changes"])
def test_git_missing_is_named_not_taken_for_a_folder_in_no_repository(repo, cli, monkeypatch, command):
    """Without git on PATH, a clone was told it "är inte ett git-repo", which sent its reader to clone it anew."""
    monkeypatch.setenv("PATH", str(repo / "ingen-git-här"))
    result = cli("--root", str(repo), command, "--base", "HEAD")
    assert result.code == 1
    assert result.err.startswith("git finns inte installerat; installera git och försök igen."), result.err


def test_a_revision_that_exists_is_resolved_by_one_git_process(repo, monkeypatch):
    """check-scope and changes resolve four revisions on every pull request; asking git first
    whether the folder is a repository doubled the processes that CI starts for them."""
    started = []
    run = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda args, **kwargs: started.append(args) or run(args, **kwargs))
    assert resolve(repo, "HEAD") == git(repo, "rev-parse", "HEAD").strip()
    assert [args[args.index("rev-parse"):] for args in started[:-1]] == [["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]]


def test_the_longest_actor_id_owns_a_file():
    assert owner_of("plans/bergby-s-plan.yaml", ["bergby-s", "bergby-socialnamnden"]) == "bergby-s"
    assert owner_of("plans/bergby-socialnamnden-vp.yaml", ["bergby-s", "bergby-socialnamnden"]) == "bergby-socialnamnden"
    assert owner_of("sources/bergby-s-plan.txt", ["bergby-s"]) == "bergby-s"
    assert owner_of("sources/README.md", ["bergby-s"]) is None
    assert owner_of("docs/bergby-s-plan.md", ["bergby-s"]) is None


def test_nested_actor_ids_split_at_the_hyphen():
    ids = ["eskilstuna-v", "eskilstuna-v-ung"]
    assert owner_of("plans/eskilstuna-v-ung-2017.yaml", ids) == "eskilstuna-v-ung"
    assert owner_of("sources/eskilstuna-v-ung-2017.txt", ids) == "eskilstuna-v-ung"
    assert owner_of("plans/eskilstuna-v-ungdom-2017.yaml", ids) == "eskilstuna-v"
    assert owner_of("plans/eskilstuna-v-2017.yaml", ids) == "eskilstuna-v"


def test_a_file_is_owned_only_with_the_hyphen_codeowners_matches():
    """CODEOWNERS gives /plans/<id>-* to the team; a file named exactly <id>.yaml is nobody's."""
    assert owner_of("plans/bergby-a.yaml", ["bergby-a"]) is None
    assert owner_of("plans/2026/bergby-a-plan.yaml", ["bergby-a"]) is None


def test_files_in_plans_that_no_actor_owns_are_refused_not_waved_through(repo, cli):
    commit(repo, {"plans/bergby-x-plan-2024.yaml": edited(repo, PLAN), "plans/2026/bergby-a-plan.yaml": "id: x\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.out == ""
    assert result.err.splitlines()[:2] == [
        "Den här pull requesten ändrar filer i plans/ eller sources/ som ingen aktör i registret äger: "
        "plans/2026/bergby-a-plan.yaml, plans/bergby-x-plan-2024.yaml",
        "Filerna ska ligga direkt i plans/ och sources/ och heta <aktörens id>-…, med ett id ur registry/actors.yaml "
        "(till exempel eskilstuna-v-socialnamnden-2026.yaml). Är ert parti nytt: lägg till det i registry/actors.yaml "
        "i samma pull request, eller öppna ett issue med formuläret ”Lägg till vårt parti”.",
    ]


def test_a_plan_misnamed_or_in_a_folder_is_titled_so_not_as_changing_too_much(repo, cli, monkeypatch):
    """A party office's one plan with its id mistyped in the file name was refused under "Pull
    requesten ändrar för mycket" in the annotation and the job summary's heading, a change of one
    file, and sent to the maintainers ("Sådana ändringar behöver en pull request från webbplatsens
    redaktion") for a name it mends itself. Beside another actor's plan it still changes too much."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    commit(repo, {"plans/bergyb-a-plan-2025.yaml": "id: x\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.out.startswith("::error title=Filer med fel namn eller på fel plats::Den här pull requesten ändrar "
                                 "filer i plans/ eller sources/ som ingen aktör i registret äger: plans/bergyb-a-plan-2025.yaml%0A")
    # The party renames it itself: it is not sent to the maintainers for it.
    assert result.err.splitlines()[-1] == ("Byt namn på filerna eller flytta dem i pull requesten: ett parti lämnar in "
                                           "sina egna filer som plans/<aktörens id>-….yaml och sources/<aktörens id>-….txt.")
    commit(repo, {"plans/2026/bergby-a-plan.yaml": "id: x\n", PLAN: edited(repo, PLAN), "plans/bergby-o-webb.yaml":
                  edited(repo, "plans/bergby-o-webb.yaml")})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.out.startswith("::error title=Pull requesten ändrar för mycket::"), result.out
    assert "Sådana ändringar behöver en pull request från webbplatsens redaktion." in result.err


def test_maintainers_notes_in_sources_are_not_plans(repo, cli):
    commit(repo, {"sources/README.md": "# Källtexterna\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out == "OK: ändringen rör inga partiers planer; redaktionen granskar den.\n"


# --- a new actor's first pull request (the fixture project, as a party office forks it) -------
# The actors these tests add are imaginary ones of the fixture's municipalities, so that no real
# party's entry or plan can change what they check.
NEW_ENTRY = """  - id: bergby-l
    name: Landsbygdspartiet Bergby
    short: L
    kind: party
    municipality: bergby
"""
NEW_PLAN = "plans/bergby-l-valplattform-2026.yaml"
NEW_SOURCE = "sources/bergby-l-valplattform-2026.txt"
OTHER_PLAN = "plans/bergby-o-webb.yaml"  # Östra listan Bergby's, whose id sorts after bergby-l


@pytest.fixture
def party_repo(repo):
    """The fixture project with CODEOWNERS as the README tells maintainers to write it (one
    block per actor, sorted by id) as a git repository: the base."""
    commit(repo, {".github/CODEOWNERS": actor_blocks(registry_ids(repo))})
    return repo


def with_actor(root, entry: str, before: str | None = None) -> str:
    """actors.yaml with `entry` added where its id sorts (or just before `before`), so that the
    tests do not depend on which other actors the registry has. The id must be a new one."""
    text = (root / "registry/actors.yaml").read_text(encoding="utf-8")
    new_id = entry.split("id: ", 1)[1].split("\n", 1)[0]
    assert f"  - id: {new_id}\n" not in text, f"{new_id} is in the registry already; the test needs a new actor"
    if before is None:
        later = [line + "\n" for line in text.splitlines() if line.startswith("  - id: ") and line[8:] > new_id]
        if not later:
            return text.rstrip("\n") + "\n" + entry
        before = later[0]
    assert before in text
    return text.replace(before, entry + before, 1)


def with_codeowners(root, actor: str, before: str | None = None) -> str:
    """CODEOWNERS with `actor`'s two lines in the actor block where its id sorts (or just before
    the line starting `before`)."""
    text = (root / ".github/CODEOWNERS").read_text(encoding="utf-8")
    block = f"/plans/{actor}-*".ljust(36) + f"@ORG/{actor}\n" + f"/sources/{actor}-*".ljust(36) + f"@ORG/{actor}\n"
    if before is None:
        owned = [line for line in text.splitlines() if line.startswith("/plans/") and line.split()[0].endswith("-*")]
        later = [line for line in owned if line.split()[0][len("/plans/"):-2] > actor]
        if not later:
            last = [line for line in text.splitlines() if line.startswith("/sources/") and line.split()[0].endswith("-*")][-1]
            return text.replace(last + "\n", last + "\n" + block, 1)
        before = later[0].split()[0]
    assert before in text
    return text.replace(before, block + before, 1)


def new_actor_files(root) -> dict[str, str]:
    return {"registry/actors.yaml": with_actor(root, NEW_ENTRY), ".github/CODEOWNERS": with_codeowners(root, "bergby-l"),
            NEW_PLAN: "id: bergby-l-valplattform-2026\nactor: bergby-l\n", NEW_SOURCE: "Vårt program.\n"}


# "ändrar i registret bara … sina två rader i .github/CODEOWNERS" put CODEOWNERS in the registry.
NEW_ACTOR_HINT = ("Rätta det i pull requesten: ett nytt parti lägger bara till sin egen post i registry/actors.yaml, "
                  "vid behov sin kommun och sina två rader i .github/CODEOWNERS; andra ändringar i de filerna gör "
                  "redaktionen i en egen pull request.")
NEW_ACTOR_VERDICT = (
    "OK, men redaktionen måste granska: ändringen lägger till en ny aktör, Landsbygdspartiet Bergby (bergby-l), "
    "med dess egna planer: 2 filer i plans/ och sources/.\n"
    "Registerdelen (.github/CODEOWNERS, registry/actors.yaml) ägs av redaktionen i .github/CODEOWNERS, så pull "
    "requesten kan inte slås ihop förrän redaktionen har godkänt den.\n"
)


def test_a_new_actor_with_its_plan_passes_and_requires_maintainer_review(party_repo, cli):
    commit(party_repo, new_actor_files(party_repo))
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert result.out == NEW_ACTOR_VERDICT


def test_a_new_actor_is_a_warning_annotation_under_github_actions(party_repo, cli, monkeypatch):
    commit(party_repo, new_actor_files(party_repo))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    annotation = result.out.splitlines()[-1]
    assert annotation.startswith("::warning title=Ny aktör – redaktionen måste granska::OK, men redaktionen "
                                 "måste granska: ändringen lägger till en ny aktör, Landsbygdspartiet Bergby")
    assert "%0ARegisterdelen" in annotation


def test_the_verdict_is_in_the_job_summary_too_with_file_names_as_text(party_repo, tmp_path, cli, monkeypatch):
    """A party office reads the validation's errors in the job summary; the scope verdict was
    only in the log and an annotation. It is there now, escaped like the site's pages: a file
    name of the pull request cannot add markup to it."""
    files = new_actor_files(party_repo)
    files["<img src=x onerror=alert(1)>.sh"] = "echo\n"
    commit(party_repo, files)
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.code == 1
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("## Omfång: Pull requesten ändrar för mycket\n\n")
    assert "&#60;img src=x onerror=alert(1)&#62;.sh" in written and "<img" not in written
    summary.unlink()
    git(party_repo, "rm", "-q", "<img src=x onerror=alert(1)>.sh")
    git(party_repo, "commit", "-q", "-m", "without the script")
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~2")
    assert result.code == 0
    assert summary.read_text(encoding="utf-8").startswith(
        "## Omfång: Ny aktör – redaktionen måste granska\n\nOK, men redaktionen måste granska: ändringen lägger till en ny "
        "aktör, Landsbygdspartiet Bergby (bergby-l)")


def test_a_new_actor_without_codeowners_lines_tells_the_maintainer_to_add_them(party_repo, cli):
    files = new_actor_files(party_repo)
    del files[".github/CODEOWNERS"]
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out.splitlines()[1:] == [
        "Registerdelen (registry/actors.yaml) ägs av redaktionen i .github/CODEOWNERS, så pull requesten kan inte "
        "slås ihop förrän redaktionen har godkänt den.",
        ".github/CODEOWNERS har ännu inga rader för bergby-l: redaktionen lägger till /plans/bergby-l-* och "
        "/sources/bergby-l-* och partiets team.",
    ]


def test_a_new_actor_together_with_another_actors_plan_is_refused_naming_both(party_repo, cli):
    files = new_actor_files(party_repo)
    files[OTHER_PLAN] = edited(party_repo, OTHER_PLAN)
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.out == ""
    assert result.err.splitlines() == [
        "Den här pull requesten lägger till en ny aktör, Landsbygdspartiet Bergby (bergby-l), och ändrar planer "
        "för 2 aktörer:",
        f"  - Landsbygdspartiet Bergby (bergby-l, ny aktör): {NEW_PLAN}, {NEW_SOURCE}",
        f"  - Östra listan Bergby (bergby-o): {OTHER_PLAN}",
        "Ett nytt parti lämnar in sin egen post i registret och sina egna planer, inget annat; andra aktörers planer "
        "ändras i en egen pull request per aktör.",
        "Sådana ändringar behöver en pull request från webbplatsens redaktion. Ett parti lämnar "
        "bara in sina egna filer: plans/<aktörens id>-….yaml och sources/<aktörens id>-….txt, och ett nytt parti "
        "dessutom sin egen post i registry/actors.yaml, vid behov sin kommun och sina två rader i .github/CODEOWNERS.",
    ]


def test_a_new_actors_plan_without_its_registry_entry_is_refused(party_repo, cli):
    files = new_actor_files(party_repo)
    del files["registry/actors.yaml"], files[".github/CODEOWNERS"]
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.err.startswith("Den här pull requesten ändrar filer i plans/ eller sources/ som ingen aktör i "
                                 f"registret äger: {NEW_PLAN}, {NEW_SOURCE}\n")


def test_a_new_actor_with_code_changes_is_refused(party_repo, cli):
    commit(party_repo, {**new_actor_files(party_repo), "generator/scope.py": "# allt är OK\n"})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert ("Den här pull requesten ändrar både planer och andra filer (kod, mallar, register, arbetsflöden eller "
            "dokumentation): generator/scope.py") in result.err.splitlines()


def test_a_new_actor_that_also_edits_another_actors_entry_is_refused(party_repo, cli):
    files = new_actor_files(party_repo)
    files["registry/actors.yaml"] = files["registry/actors.yaml"].replace("name: Östra listan Bergby",
                                                                          "name: Landsbygdspartiet Bergby (Ö)")
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.err.splitlines()[:2] == [
        "Den här pull requesten lägger till bergby-l men ändrar mer i registret än den nya aktörens egna rader:",
        "  - registry/actors.yaml: posten för bergby-o ändras.",
    ]


def test_a_new_actor_that_reassigns_codeowners_is_refused(party_repo, cli):
    files = new_actor_files(party_repo)
    files[".github/CODEOWNERS"] = files[".github/CODEOWNERS"].replace(
        "/plans/bergby-o-*  @ORG/bergby-o", "/plans/bergby-o-*  @ORG/bergby-l")
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    # The line that gives bergby-o's files to the new team is told once, as a take-over: it was told
    # also as a line beyond the new actor's own and as bergby-o's sample file given to another team.
    line = codeowners_line(party_repo, "/plans/bergby-o-*")
    assert result.err.splitlines() == [
        "Den här pull requesten ger en ny aktör filer som redan hör till någon annan:",
        f"  - .github/CODEOWNERS: rad {line} (/plans/bergby-o-* @ORG/bergby-l) ger teamet för bergby-l filerna "
        f"plans/bergby-o-2026.yaml, {OTHER_PLAN}. {CLAIM_TIP}",
        "Den här pull requesten lägger till bergby-l men ändrar mer i registret än den nya aktörens egna rader:",
        "  - .github/CODEOWNERS: befintliga rader ändras eller tas bort: /plans/bergby-o-*.",
        TAKEOVER_HINT]


CLAIM_TIP = "Tips: En ny aktörs team äger bara /plans/bergby-l-* och /sources/bergby-l-*; rätta raden eller ta bort den."


def codeowners_line(root, pattern: str) -> int:
    """The number of the last line of the working tree's CODEOWNERS whose pattern is `pattern` (the one GitHub applies)."""
    return [rule.line for rule in codeowners_rules((root / ".github/CODEOWNERS").read_text(encoding="utf-8"))
            if rule.pattern == pattern][-1]


def test_a_new_actors_own_codeowners_line_mistyped_is_told_how_it_is_written(party_repo, cli):
    """A party office wrote its plans' line without the hyphen (`/plans/bergby-l*`) and was told
    only that the line was not its own, without how its own is written."""
    files = new_actor_files(party_repo)
    files[".github/CODEOWNERS"] = files[".github/CODEOWNERS"].replace("/plans/bergby-l-* ", "/plans/bergby-l*  ")
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert ("  - .github/CODEOWNERS: nya rader som inte gäller bergby-l: /plans/bergby-l*. Tips: En ny aktör lägger bara "
            "till sina två rader, skrivna just så: /plans/bergby-l-* och /sources/bergby-l-*; rätta eller ta bort de "
            "andra.") in result.err.splitlines(), result.err
    # The party mends it itself: it is not sent to the maintainers for it.
    assert result.err.splitlines()[-1] == NEW_ACTOR_HINT


def test_a_new_party_refused_only_for_its_registry_part_is_titled_so(party_repo, tmp_path, cli, monkeypatch):
    """A new party whose own CODEOWNERS line was mistyped was refused under "Pull requesten ändrar för
    mycket", in the annotation and the job summary's heading, above the hint to mend it in the pull
    request: the title says what to mend. Beside another actor's plan it still changes too much."""
    files = new_actor_files(party_repo)
    files[".github/CODEOWNERS"] = files[".github/CODEOWNERS"].replace("/plans/bergby-l-* ", "/plans/bergby-l*  ")
    commit(party_repo, files)
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.code == 1
    assert result.out.startswith("::error title=Ny aktör – rätta registerdelen i pull requesten::Den här pull "
                                 "requesten lägger till bergby-l men ändrar mer i registret"), result.out
    assert summary.read_text(encoding="utf-8").startswith("## Omfång: Ny aktör – rätta registerdelen i pull requesten\n\n")
    commit(party_repo, {OTHER_PLAN: edited(party_repo, OTHER_PLAN)})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~2")
    assert result.code == 1
    assert result.out.startswith("::error title=Pull requesten ändrar för mycket::"), result.out


def test_a_new_partys_registry_part_without_plans_shows_what_to_mend(party_repo, tmp_path, cli, monkeypatch):
    """A new party's first pull request with its registry part alone, its own CODEOWNERS lines giving
    its files to another team: it passed as "OK: ändringen rör inga partiers planer" and nothing more,
    its problems judged and dropped. They are shown, under a title and in an annotation, with the hint
    to mend them; it still passes, as a maintainer's change without plans does."""
    files = new_actor_files(party_repo)
    del files[NEW_PLAN], files[NEW_SOURCE]
    files[".github/CODEOWNERS"] = files[".github/CODEOWNERS"].replace("@ORG/bergby-l", "@ORG/bergby-a")
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[:2] == ["OK: ändringen rör inga partiers planer; redaktionen granskar den.",
                         "Den här pull requesten lägger till bergby-l men ändrar mer i registret än den nya aktörens egna rader:"]
    assert lines[2].startswith("  - .github/CODEOWNERS: plans/bergby-l-2026.yaml ska ägas av teamet för bergby-l, men "
                               "rad "), result.out
    assert lines[3].startswith("  - .github/CODEOWNERS: sources/bergby-l-2026.txt ska ägas av teamet för bergby-l")
    assert lines[4:] == [REGISTRY_ALONE_HINT]
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.out.splitlines()[-1].startswith(f"::warning title={REGISTRY_ALONE_TITLE}::OK: ")
    assert summary.read_text(encoding="utf-8").startswith(f"## Omfång: {REGISTRY_ALONE_TITLE}\n\n")


def test_a_maintainer_who_adds_an_actor_and_renames_another_is_not_told_to_mend_it(party_repo, tmp_path, cli, monkeypatch):
    """A maintainer's registry change without plans, adding an actor and renaming another's entry,
    passed under "Ny aktör – rätta registerdelen i pull requesten" above "Rätta det i pull
    requesten: ett nytt parti …", which is a new party's to mend; check-scope cannot tell whose it
    is, so the title says what the change does and the hint speaks to each."""
    files = new_actor_files(party_repo)
    del files[NEW_PLAN], files[NEW_SOURCE]
    files["registry/actors.yaml"] = files["registry/actors.yaml"].replace("name: Östra listan Bergby",
                                                                          "name: Östra listan i Bergby")
    commit(party_repo, files)
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.code == 0, result.err
    assert result.out.splitlines()[:4] == [
        "OK: ändringen rör inga partiers planer; redaktionen granskar den.",
        "Den här pull requesten lägger till bergby-l men ändrar mer i registret än den nya aktörens egna rader:",
        "  - registry/actors.yaml: posten för bergby-o ändras.",
        "Kommer pull requesten från ett nytt parti: rätta det i pull requesten; ett nytt parti lägger bara till "
        "sin egen post i registry/actors.yaml, vid behov sin kommun och sina två rader i .github/CODEOWNERS. Gör "
        "redaktionen ändringen och är den avsiktlig, kan den slås ihop som den är."]
    assert result.out.splitlines()[-1].startswith(
        "::warning title=Ny aktör – registret ändras utöver aktörens egna rader::OK: "), result.out
    assert summary.read_text(encoding="utf-8").startswith("## Omfång: Ny aktör – registret ändras utöver aktörens egna rader\n\n")


def test_a_codeowners_line_with_many_wildcards_is_judged_at_once(party_repo):
    """A pattern was matched as a regular expression that backtracks: a new actor's pull request
    adding `/**a**a…**z` to CODEOWNERS held the scope check for hours (eight `**a` took five
    seconds, each more about twenty times longer), until the job's time ran out."""
    long_id = "bergby-" + "a" * 60  # the pull request names its actor: a file of its is matched with each line
    files = {path.replace("bergby-l", long_id): text.replace("bergby-l", long_id)
             for path, text in new_actor_files(party_repo).items()}
    files[".github/CODEOWNERS"] += "/" + "**a" * 16 + f"**z  @ORG/{long_id}\n"
    commit(party_repo, files)
    try:
        result = subprocess.run([sys.executable, "-m", "generator", "--root", str(party_repo), "check-scope",
                                 "--base", "HEAD~1"], capture_output=True, text=True, cwd=REPO, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("check-scope did not finish within 30 seconds")
    assert result.returncode == 1
    assert f"  - .github/CODEOWNERS: nya rader som inte gäller {long_id}: /{'**a' * 16}**z. Tips:" in result.stderr


def test_a_new_actors_codeowners_lines_must_name_a_team_of_the_maintainers_organisation(party_repo, cli):
    """`@0RG/bergby-l` (a zero) looks right in a diff, but GitHub knows no such team, and
    a rule whose team GitHub does not know asks no one to approve the files."""
    files = new_actor_files(party_repo)
    files[".github/CODEOWNERS"] = files[".github/CODEOWNERS"].replace("@ORG/bergby-l", "@0RG/bergby-l")
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == ("Den här pull requesten lägger till bergby-l men ändrar mer i registret än den nya "
                        "aktörens egna rader:")
    assert lines[1].startswith("  - .github/CODEOWNERS: plans/bergby-l-2026.yaml ska ägas av teamet för "
                               "bergby-l, men rad ")
    assert lines[1].endswith("Tips: Lägg /plans/bergby-l-* och /sources/bergby-l-* med bara teamet "
                             "@ORG/bergby-l i aktörsblocket, sorterat på id: senare rader vinner, så ett längre "
                             "id hamnar efter ett kortare som det börjar med.")


def test_a_new_actor_may_add_its_own_municipality_and_no_other(party_repo, cli):
    entry = NEW_ENTRY.replace("bergby", "ekby").replace("Bergby", "Ekby")
    municipalities = (party_repo / "registry/municipalities.yaml").read_text(encoding="utf-8")
    files = {"registry/actors.yaml": with_actor(party_repo, entry),
             "plans/ekby-l-2026.yaml": "id: ekby-l-2026\n",
             "registry/municipalities.yaml": municipalities + "  - id: ekby\n    name: Ekby\n"}
    git(party_repo, "switch", "-q", "-c", "one")
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "main")
    assert result.code == 0, result.err
    assert result.out.startswith("OK, men redaktionen måste granska: ändringen lägger till en ny aktör, "
                                 "Landsbygdspartiet Ekby (ekby-l), med dess egna planer: 1 fil")
    assert "Registerdelen (registry/actors.yaml, registry/municipalities.yaml)" in result.out
    git(party_repo, "switch", "-q", "-c", "two", "main")
    files["registry/municipalities.yaml"] += "  - id: holmby\n    name: Holmby\n"
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "main")
    assert result.code == 1
    assert ("  - registry/municipalities.yaml: bara den nya aktörens kommun (ekby) får läggas till, inte "
            "ekby, holmby.") in result.err.splitlines()


def test_two_new_actors_at_once_are_refused(party_repo, cli):
    second = NEW_ENTRY.replace("bergby-l", "bergby-n").replace("Landsbygdspartiet", "Norra listan")
    files = new_actor_files(party_repo)
    files["registry/actors.yaml"] = files["registry/actors.yaml"].replace(NEW_ENTRY, NEW_ENTRY + second)
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.err.splitlines()[0] == ("Den här pull requesten lägger till 2 nya aktörer i registry/actors.yaml: "
                                          "bergby-l, bergby-n. Lägg till en aktör per pull request.")


def test_a_broken_registry_in_the_pull_request_is_a_located_error(party_repo, cli):
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, NEW_ENTRY) + "  - id: [\n", NEW_PLAN: "id: x\n"})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert re.match(r"registry/actors\.yaml:\d+:\d+: ", result.err)
    assert "Traceback" not in result.err


@pytest.mark.parametrize("moved, example", [
    ([NEW_PLAN], "bergby-l-socialnamnden-2026.yaml"),
    ([NEW_SOURCE], "bergby-l-socialnamnden-2026.txt"),
    ([NEW_PLAN, NEW_SOURCE], "bergby-l-socialnamnden-2026.yaml och bergby-l-socialnamnden-2026.txt"),
], ids=["plan", "source", "both"])
def test_a_new_partys_file_in_a_folder_is_told_its_own_id_and_a_name_of_its_kind(party_repo, cli, moved, example):
    """A new party that added itself to the registry put its plan in a folder of plans/ (GitHub's
    web editor makes one of a name with a slash) and was told "Är ert parti nytt: lägg till det i
    registry/actors.yaml", which it had done: the hint names the id it added. A source put in a
    folder of sources/ was offered `….yaml`, a plan's name, which moved so would be no source: it
    is offered the `.txt` a source has, and a plan and a source both names."""
    files = new_actor_files(party_repo)
    for path in moved:
        folder, _, name = path.partition("/")
        files[f"{folder}/bergby-l/{name}"] = files.pop(path)
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert ("Filerna ska ligga direkt i plans/ och sources/ och heta <aktörens id>-…, med ett id ur registry/actors.yaml "
            f"(till exempel {example}, med id:t bergby-l som pull requesten lägger till där).\n") in result.err, result.err
    assert "Är ert parti nytt" not in result.err


# --- the guide's new party (the real registry, as a party office forks it) ---------------------
GUIDE_ACTOR = "eskilstuna-c"
GUIDE_PLAN = "plans/eskilstuna-c-valplattform-2026.yaml"
GUIDE_SOURCE = "sources/eskilstuna-c-valplattform-2026.txt"


def without_actor(root, actor: str) -> None:
    """Take `actor` out of the copy at `root` as if it had never joined: its registry entry,
    its two CODEOWNERS lines, and its plans and sources."""
    ids = registry_ids(root)
    for folder in ("plans", "sources"):
        for path in (root / folder).iterdir():
            if owner_of(f"{folder}/{path.name}", ids) == actor:
                path.unlink()
    actors = root / "registry/actors.yaml"
    entry = rf"^  - id: {re.escape(actor)}\n(?:    .*\n)*"
    actors.write_text(re.sub(entry, "", actors.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    codeowners = root / ".github/CODEOWNERS"
    own = {f"/plans/{actor}-*", f"/sources/{actor}-*"}
    lines = codeowners.read_text(encoding="utf-8").splitlines(keepends=True)
    codeowners.write_text("".join(line for line in lines if (line.split() or [""])[0] not in own), encoding="utf-8")


@pytest.fixture
def site_repo(tmp_path):
    """This repository's registry, plans, sources and CODEOWNERS as a git repository, the base,
    as they were before the guide's example party joined (if it has)."""
    root = tmp_path / "site"
    for folder in ("registry", "plans", "sources"):
        shutil.copytree(REPO / folder, root / folder)
    (root / ".github").mkdir()
    shutil.copy(REPO / ".github" / "CODEOWNERS", root / ".github" / "CODEOWNERS")
    without_actor(root, GUIDE_ACTOR)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    return root


def test_the_guides_new_party_example_is_what_check_scope_prints(site_repo, cli):
    """docs/bidra.md, *Nytt parti på webbplatsen*: its registry entry, and the verdict it shows."""
    guide = (REPO / "docs" / "bidra.md").read_text(encoding="utf-8")
    section = guide[guide.index("## Nytt parti på webbplatsen"):]
    blocks = re.findall(r"^```(?:text|\{ \.text data-search-exclude \})\n(.*?)^```", section, re.S | re.M)
    (entry,) = [b for b in blocks if b.startswith(f"  - id: {GUIDE_ACTOR}\n")]
    (shown,) = [b for b in blocks if b.startswith("OK, men")]
    commit(site_repo, {"registry/actors.yaml": with_actor(site_repo, entry),
                       GUIDE_PLAN: "id: eskilstuna-c-valplattform-2026\n", GUIDE_SOURCE: "Vårt program.\n"})
    result = cli("--root", str(site_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out.splitlines()[0] == shown.strip()
    assert GUIDE_PLAN in section and GUIDE_SOURCE in section


# --- nested actor ids ----------------------------------------------------------------------------
UNG_ENTRY = """  - id: bergby-a-ung
    name: Unga Arbetare Bergby
    short: UA
    kind: other
    municipality: bergby
"""
UNG_PLAN = "plans/bergby-a-ung-2024.yaml"


def test_a_nested_actors_plan_belongs_to_the_nested_actor(party_repo, cli):
    """With bergby-a-ung registered, its file is never bergby-a's, whatever the plan says."""
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, UNG_ENTRY)})
    commit(party_repo, {UNG_PLAN: "id: bergby-a-ung-2024\nactor: bergby-a\n"})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out == "OK: ändringen rör bara Unga Arbetare Bergby (bergby-a-ung): 1 fil i plans/ och sources/.\n"
    commit(party_repo, {PLAN: edited(party_repo, PLAN)})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~2")
    assert result.code == 1
    assert result.err.splitlines()[1:3] == [f"  - Arbetarpartiet Bergby (bergby-a): {PLAN}",
                                            f"  - Unga Arbetare Bergby (bergby-a-ung): {UNG_PLAN}"]


def test_a_new_nested_actor_with_codeowners_lines_after_the_shorter_id_passes(party_repo, cli):
    files = {"registry/actors.yaml": with_actor(party_repo, UNG_ENTRY),
             ".github/CODEOWNERS": with_codeowners(party_repo, "bergby-a-ung"),
             UNG_PLAN: "id: bergby-a-ung-2024\n"}
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert result.out.startswith("OK, men redaktionen måste granska: ändringen lägger till en ny aktör, "
                                 "Unga Arbetare Bergby (bergby-a-ung)")


def test_a_new_nested_actor_with_codeowners_lines_before_the_shorter_id_is_refused(party_repo, cli):
    files = {"registry/actors.yaml": with_actor(party_repo, UNG_ENTRY),
             ".github/CODEOWNERS": with_codeowners(party_repo, "bergby-a-ung", before="/plans/bergby-a-*"),
             UNG_PLAN: "id: bergby-a-ung-2024\n"}
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    problem = next(line for line in result.err.splitlines() if "plans/bergby-a-ung-2026.yaml" in line)
    assert re.fullmatch(
        r"  - \.github/CODEOWNERS: plans/bergby-a-ung-2026\.yaml ska ägas av teamet för bergby-a-ung, men "
        r"rad \d+ \(/plans/bergby-a-\* @ORG/bergby-a\) gäller för den\. Tips: .*senare rader vinner.*", problem)


def test_a_new_actor_may_not_take_over_another_actors_files(party_repo, cli):
    """bergby-a-plan would make bergby-a's existing plan its own."""
    entry = UNG_ENTRY.replace("bergby-a-ung", "bergby-a-plan")
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, entry),
                        "plans/bergby-a-plan-2026.yaml": "id: x\n"})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert (f"  - id:t bergby-a-plan skulle ta över filer som redan hör till bergby-a: {PLAN}, {SOURCE}. Välj ett "
            "id som inte börjar med en annan aktörs id och bindestreck.") in result.err.splitlines()


TAKEN = (f"  - id:t bergby-a-plan skulle ta över filer som redan hör till bergby-a: {PLAN}, {SOURCE}. Välj ett id som "
         "inte börjar med en annan aktörs id och bindestreck.")
# The closing of an id's take-over: the lines of the id to choose, written out.
TAKEN_CLOSING = (f"{TAKEOVER_HINT} Med ett nytt id i stället för bergby-a-plan är de raderna /plans/<nytt id>-* "
                 "@ORG/<nytt id> och /sources/<nytt id>-* @ORG/<nytt id>.")


@pytest.mark.parametrize("with_lines", [False, True], ids=["without-codeowners-lines", "with-its-own-lines"])
def test_a_new_actor_whose_id_takes_another_actors_files_is_refused_without_plans_too(party_repo, tmp_path, cli,
                                                                                       monkeypatch, with_lines):
    """The registry part alone, adding bergby-a-plan, whose id makes bergby-a's plan and source its own,
    passed: as a change beyond the new actor's own lines, which "kan slås ihop som den är" when the
    maintainers made it. Merged, bergby-a's plan would be refused for its file name. It is refused as
    beside the actor's plans, whoever made it, under the title to mend the registry part."""
    files = {"registry/actors.yaml": with_actor(party_repo, UNG_ENTRY.replace("bergby-a-ung", "bergby-a-plan"))}
    if with_lines:
        files[".github/CODEOWNERS"] = with_codeowners(party_repo, "bergby-a-plan")
    commit(party_repo, files)
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.code == 1
    assert result.err.splitlines()[:3] == [
        "Den här pull requesten ger en ny aktör filer som redan hör till någon annan:", TAKEN, TAKEN_CLOSING]
    assert result.out.startswith(f"::error title={REGISTRY_TITLE}::Den här pull requesten ger en ny aktör filer")
    assert summary.read_text(encoding="utf-8").startswith(f"## Omfång: {REGISTRY_TITLE}\n\n")


def test_a_refused_take_over_names_a_new_actors_own_registry_part_as_other_refusals_do(party_repo, tmp_path, cli,
                                                                                        monkeypatch):
    """Every other refusal of a new party closes with what it changes in the registry, its two
    CODEOWNERS lines among it; a take-over closed with "filerna ska ha kvar sina ägare" alone,
    though the new id it is told to choose needs lines of its own. (It then said "får i registret
    bara … sina två rader i .github/CODEOWNERS", which is not in the registry.)"""
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, UNG_ENTRY.replace("bergby-a-ung", "bergby-a-plan"))})
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.code == 1
    closing = ("Rätta det i pull requesten, också om redaktionen har gjort den: filerna ska ha kvar sina ägare, och "
               "varje ny aktör lägger bara till sin egen post i registry/actors.yaml, vid behov sin kommun och sina "
               "två rader i .github/CODEOWNERS. Med ett nytt id i stället för bergby-a-plan är de raderna "
               "/plans/<nytt id>-* @ORG/<nytt id> och /sources/<nytt id>-* @ORG/<nytt id>.")
    assert result.err.splitlines()[-1] == closing
    assert result.out.rstrip("\n").endswith(closing)  # the annotation
    assert html_text(closing) in summary.read_text(encoding="utf-8")  # `@ORG` no mention, `*` no emphasis there
    assert "&#64;ORG/&#60;nytt id&#62;" in summary.read_text(encoding="utf-8")


def test_a_new_actor_whose_codeowners_line_claims_anothers_files_in_place_of_its_own_is_told_its_own(party_repo, tmp_path,
                                                                                                       cli, monkeypatch):
    """A new party that wrote another's line with its team (`/plans/bergby-a-*  @ORG/bergby-l`) in
    place of its own was told the take-over, and "sina två rader" without which lines those are."""
    claim = "/plans/bergby-a-*  @ORG/bergby-l"
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, NEW_ENTRY),
                        ".github/CODEOWNERS": (party_repo / ".github/CODEOWNERS").read_text(encoding="utf-8") + claim + "\n"})
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.code == 1
    closing = f"{TAKEOVER_HINT} För bergby-l saknas ännu /plans/bergby-l-* @ORG/bergby-l och /sources/bergby-l-* @ORG/bergby-l."
    assert result.err.splitlines()[-1] == closing
    assert html_text(closing) in summary.read_text(encoding="utf-8")
    assert "/plans/bergby-l-&#42; &#64;ORG/bergby-l" in summary.read_text(encoding="utf-8")


def test_a_new_actor_whose_own_pattern_names_another_team_is_told_that_line_is_lacking(party_repo, cli):
    """A new party that swapped the teams of the claim and its own line (`/plans/bergby-l-*  @ORG/bergby-a`)
    was told only its sources' line was lacking: a line of its pattern counted as its own, whatever its team."""
    lines = "/plans/bergby-a-*  @ORG/bergby-l\n/plans/bergby-l-*  @ORG/bergby-a\n/sources/bergby-l-*  @ORG/bergby-l\n"
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, NEW_ENTRY),
                        ".github/CODEOWNERS": (party_repo / ".github/CODEOWNERS").read_text(encoding="utf-8") + lines})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.err.splitlines()[-1] == f"{TAKEOVER_HINT} För bergby-l saknas ännu /plans/bergby-l-* @ORG/bergby-l.", result.err


def renamed_with_files(party_repo, cli):
    """check-scope on a maintainer's pull request giving bergby-o the id bergby-ostra: its entry, its
    files and its CODEOWNERS lines, as the README asks."""
    actors = (party_repo / "registry/actors.yaml").read_text(encoding="utf-8")
    files = {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", "  - id: bergby-ostra\n", 1),
             ".github/CODEOWNERS": actor_blocks([*(i for i in registry_ids(party_repo) if i != "bergby-o"), "bergby-ostra"])}
    for old in (OTHER_PLAN, "sources/bergby-o-webb.txt"):
        files[old.replace("bergby-o-", "bergby-ostra-")] = (party_repo / old).read_text(encoding="utf-8")
        (party_repo / old).unlink()
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    return result


def test_an_actor_renamed_by_a_maintainer_is_not_told_to_keep_the_old_ids_codeowners_lines(party_repo, cli):
    """A maintainer renaming bergby-o to bergby-ostra (its entry, files and CODEOWNERS lines, as the
    README asks) is refused by design, for plans beside the registry; among the reasons it was told
    that plans/bergby-o-2026.yaml "ska ägas av teamet för bergby-o" and to put /plans/bergby-o-* back
    with @ORG/bergby-o, an actor the change removes."""
    result = renamed_with_files(party_repo, cli)
    assert result.code == 1 and result.err.startswith("Den här pull requesten byter id för en aktör i registry/actors.yaml, "
                                                      "Östra listan Bergby: bergby-o blir bergby-ostra.")
    assert "teamet för bergby-o" not in result.err and "@ORG/bergby-o " not in result.err, result.err


# After a new id, the editors' own change: "Sådana ändringar behöver en pull request från webbplatsens
# redaktion" sent them to themselves; the closing speaks to a party that would give itself a new id.
RENAME_CLOSING = ("Ett parti byter inte id själv utan ber redaktionen om det, och lämnar bara in sina egna filer: "
                  "plans/<aktörens id>-….yaml och sources/<aktörens id>-….txt.")


def test_an_actors_new_id_is_told_as_a_new_id_not_as_a_new_party(party_repo, cli):
    """A maintainer giving bergby-o a new id (its entry, files and CODEOWNERS lines in one pull request,
    as the README asks) was told that the pull request added a new actor of the same name, that a
    new party files its own entry and plans, nothing else, and that the old entry and its CODEOWNERS
    lines were removed: a new party's mistakes, not what the change is. It is still refused, as a
    maintainer's change beside plans is, and says what it does and why it cannot be split (in plain
    Swedish: "Ett nytt id byter redaktionen …" read as a new id replacing the editors, and "slår ihop
    den förbi regeln" is no Swedish)."""
    result = renamed_with_files(party_repo, cli)
    assert result.code == 1
    assert result.err.splitlines() == [
        "Den här pull requesten byter id för en aktör i registry/actors.yaml, Östra listan Bergby: bergby-o blir "
        "bergby-ostra. Den ändrar filerna under båda id:n:",
        f"  - Östra listan Bergby (bergby-o): {OTHER_PLAN}, sources/bergby-o-webb.txt",
        "  - Östra listan Bergby (bergby-ostra, nytt id): plans/bergby-ostra-webb.yaml, sources/bergby-ostra-webb.txt",
        "Redaktionen byter ett id i registret, i aktörens filnamn och i dess rader i .github/CODEOWNERS i en och "
        "samma pull request, som inte kan delas upp. Redaktionen slår ihop den trots den här kontrollen när den är "
        "granskad.",
        RENAME_CLOSING]
    assert "Sådana ändringar behöver en pull request från webbplatsens redaktion" not in result.err


@pytest.mark.parametrize("claim, files", [
    ("/plans/bergby-a-*  @ORG/bergby-l", "plans/bergby-a-2026.yaml, " + PLAN),
    (f"/{SOURCE}  @org/bergby-l", SOURCE),
    ("/registry/topics.yaml  @ORG/maintainers @ORG/bergby-l", "registry/topics.yaml"),
], ids=["another-actors-plans", "one-source-team-in-small-letters", "a-maintainers-file"])
def test_a_new_actors_codeowners_line_that_claims_anothers_files_is_refused_without_plans_too(party_repo, cli, claim,
                                                                                               files):
    """A new actor's registry part without plans whose CODEOWNERS gives its team files already another's,
    an actor's or the maintainers', passed: told as a line beyond its own (and as the other actor's file
    given to another team), which a maintainer might keep. Its team would approve those files."""
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, NEW_ENTRY),
                        ".github/CODEOWNERS": with_codeowners(party_repo, "bergby-l") + claim + "\n"})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    line = codeowners_line(party_repo, claim.split()[0])
    assert result.err.splitlines() == [
        "Den här pull requesten ger en ny aktör filer som redan hör till någon annan:",
        f"  - .github/CODEOWNERS: rad {line} ({' '.join(claim.split())}) ger teamet för bergby-l filerna {files}. {CLAIM_TIP}",
        TAKEOVER_HINT]


def test_a_maintainer_adding_two_actors_one_taking_anothers_files_is_told_the_take_over_alone(party_repo, cli):
    """Two actors added without plans is a maintainer's change, which passes; one of them taking
    bergby-a's files passed unsaid (no registry part was judged beside two new actors). It is refused
    for that, and not told to add one actor per pull request, which is said beside plans."""
    entries = with_actor(party_repo, UNG_ENTRY.replace("bergby-a-ung", "bergby-a-plan"))
    (party_repo / "registry/actors.yaml").write_text(entries, encoding="utf-8")
    commit(party_repo, {"registry/actors.yaml": with_actor(party_repo, NEW_ENTRY)})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.err.splitlines() == [
        "Den här pull requesten ger en ny aktör filer som redan hör till någon annan:", TAKEN, TAKEN_CLOSING]


# --- the file name decides who owns a plan ------------------------------------------------------
def test_plan_filed_under_another_actors_name_is_rejected(project, cli):
    """A plan for bergby-a saved as bergby-t-… would be approved by bergby-t's team."""
    text = (project / PLAN).read_text(encoding="utf-8").replace("id: bergby-a-plan-2024", "id: bergby-t-plan-2024")
    (project / PLAN).unlink()
    (project / "plans/bergby-t-plan-2024.yaml").write_text(text, encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    assert ("plans/bergby-t-plan-2024.yaml:3:8: actor: filnamnet bergby-t-plan-2024.yaml hör till aktören "
            "'bergby-t', inte till 'bergby-a'. Tips: Hör planen till bergby-t, skriv `actor: bergby-t`; hör den till "
            "bergby-a, döp filen till bergby-a-….yaml så att rätt parti äger den, och skriv samma namn utan .yaml i "
            "`id`.") in result.err
    # Renamed, with the id left: the id's hint no longer offers the other actor's file name back.
    (project / "plans/bergby-t-plan-2024.yaml").rename(project / "plans/bergby-a-plan-2024b.yaml")
    result = cli("--root", str(project), "validate")
    assert ("plans/bergby-a-plan-2024b.yaml:2:5: id: id 'bergby-t-plan-2024' stämmer inte med filnamnet "
            "bergby-a-plan-2024b.yaml. Tips: Skriv `id: bergby-a-plan-2024b`.") in result.err
    text = (project / "plans/bergby-a-plan-2024b.yaml").read_text(encoding="utf-8")
    (project / "plans/bergby-a-plan-2024b.yaml").write_text(text.replace("id: bergby-t-plan-2024", "id: bergby-a-plan-2024b"),
                                                            encoding="utf-8")
    assert cli("--root", str(project), "validate").code == 0


def test_plan_copied_from_another_actor_keeps_its_actor_is_told_to_write_its_own(project, cli):
    """Bergby-t copies bergby-a's plan to start its own and leaves `actor: bergby-a`: the hint
    must not only send it to file its plan under bergby-a's name."""
    text = (project / PLAN).read_text(encoding="utf-8").replace("id: bergby-a-plan-2024", "id: bergby-t-plan-2026")
    (project / "plans/bergby-t-plan-2026.yaml").write_text(text, encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    assert "Tips: Hör planen till bergby-t, skriv `actor: bergby-t`;" in result.err


# --- CODEOWNERS ------------------------------------------------------------------------------
def codeowners_text() -> str:
    return (REPO / ".github" / "CODEOWNERS").read_text(encoding="utf-8")


def registry_ids(root=REPO) -> list[str]:
    return [a["id"] for a in yaml.safe_load((root / "registry" / "actors.yaml").read_text(encoding="utf-8"))["actors"]]


def codeowners() -> dict[str, str]:
    return {rule.pattern: " ".join(rule.owners) for rule in codeowners_rules(codeowners_text())}


def actor_blocks(ids: list[str]) -> str:
    """CODEOWNERS as the README tells maintainers to write it: one block per actor, sorted by id."""
    lines = ["*  @ORG/maintainers", "/registry/  @ORG/maintainers"]
    for actor in sorted(ids):
        lines += [f"/plans/{actor}-*  @ORG/{actor}", f"/sources/{actor}-*  @ORG/{actor}"]
    return "\n".join(lines) + "\n"


def organisation() -> str:
    """`@ORG` until the maintainers put in the real organisation, whose teams own the files:
    that of the maintainers' team, which owns the registry."""
    return codeowners_team("registry/actors.yaml", codeowners_rules(codeowners_text())).owners[0].partition("/")[0]


def test_codeowners_gives_every_actor_its_own_plans_and_sources():
    actors = registry_ids()
    rules = codeowners()
    org = organisation()
    for actor in actors:
        assert rules.get(f"/plans/{actor}-*") == f"{org}/{actor}", f"CODEOWNERS lacks /plans/{actor}-*"
        assert rules.get(f"/sources/{actor}-*") == f"{org}/{actor}", f"CODEOWNERS lacks /sources/{actor}-*"
    listed = {re.match(r"/(?:plans|sources)/(.+)-\*$", p).group(1) for p in rules if p.startswith(("/plans/", "/sources/"))}
    assert listed == set(actors), ("CODEOWNERS names actors that are not in registry/actors.yaml (a removed actor's "
                                   f"lines left): {', '.join(sorted(listed - set(actors)))}")


def test_codeowners_gives_each_file_to_exactly_the_team_of_the_actor_that_owns_it():
    """For every actor in the registry, GitHub's rule (the last matching line) names that actor's team only."""
    text, ids = codeowners_text(), registry_ids()
    assert codeowners_problems(text, ids) == []
    rules = codeowners_rules(text)
    for actor in ids:
        for path in (f"plans/{actor}-plan-2026.yaml", f"sources/{actor}-plan-2026.txt"):
            assert codeowners_team(path, rules).owners == (f"{organisation()}/{owner_of(path, ids)}",), path


def test_codeowners_actor_blocks_are_sorted_by_id():
    """Sorted blocks put a longer id after every id it starts with, so its lines win."""
    actors = [re.match(r"/plans/(.+)-\*$", r.pattern).group(1) for r in codeowners_rules(codeowners_text())
              if r.pattern.startswith("/plans/")]
    assert actors == sorted(actors)


@pytest.mark.parametrize("ids", [
    ["eskilstuna-v", "eskilstuna-v-ung"],
    ["a", "a-b", "a-b-c", "a-bc", "ab", "a-c"],
    ["falun-s", "falun-sd", "falun-s-kvinnor", "falun-socialnamnden"],
])
def test_codeowners_sorted_by_id_is_unambiguous_for_nested_ids(ids):
    text = actor_blocks(ids)
    assert codeowners_problems(text, ids) == []
    rules = codeowners_rules(text)
    for actor in ids:
        assert codeowners_team(f"plans/{actor}-2017.yaml", rules).owners == (f"@ORG/{actor}",)
    assert codeowners_team("registry/actors.yaml", rules).owners == ("@ORG/maintainers",)
    assert codeowners_team(f"plans/{ids[0]}.yaml", rules).owners == ("@ORG/maintainers",)


def test_codeowners_with_a_longer_id_before_the_shorter_one_gives_its_files_to_the_wrong_team():
    text = actor_blocks(["eskilstuna-v-ung"]) + "/plans/eskilstuna-v-*  @ORG/eskilstuna-v\n/sources/eskilstuna-v-*  @ORG/eskilstuna-v\n"
    problems = codeowners_problems(text, ["eskilstuna-v", "eskilstuna-v-ung"])
    assert [p.split(" Tips:")[0] for p in problems] == [
        ".github/CODEOWNERS: plans/eskilstuna-v-ung-2026.yaml ska ägas av teamet för eskilstuna-v-ung, men rad 5 "
        "(/plans/eskilstuna-v-* @ORG/eskilstuna-v) gäller för den.",
        ".github/CODEOWNERS: sources/eskilstuna-v-ung-2026.txt ska ägas av teamet för eskilstuna-v-ung, men rad 6 "
        "(/sources/eskilstuna-v-* @ORG/eskilstuna-v) gäller för den.",
    ]


def test_codeowners_with_two_teams_on_an_actors_files_is_ambiguous():
    text = actor_blocks(["bergby-a"]).replace("/plans/bergby-a-*  @ORG/bergby-a", "/plans/bergby-a-*  @ORG/bergby-a @ORG/bergby-b")
    assert [p.split(" Tips:")[0] for p in codeowners_problems(text, ["bergby-a"])] == [
        ".github/CODEOWNERS: plans/bergby-a-2026.yaml ska ägas av teamet för bergby-a, men rad 3 "
        "(/plans/bergby-a-* @ORG/bergby-a @ORG/bergby-b) gäller för den.",
    ]


def test_codeowners_patterns_match_as_github_documents_them():
    rules = codeowners_rules("*  @m\n/docs/  @d\n/plans/a-*  @a\n*.md  @md\n")
    assert codeowners_team("generator/cli.py", rules).owners == ("@m",)
    assert codeowners_team("docs/amnen/x.yaml", rules).owners == ("@d",)
    assert codeowners_team("plans/a-x.yaml", rules).owners == ("@a",)
    assert codeowners_team("plans/sub/a-x.yaml", rules).owners == ("@m",)
    assert codeowners_team("plans/a-x/y.yaml", rules).owners == ("@a",)  # a matched directory's contents too
    assert codeowners_team("docs/bidra.md", rules).owners == ("@md",)  # later lines win, at any depth


def test_a_codeowners_double_star_and_its_slash_may_stand_for_no_folder():
    """gitignore's rules, which GitHub's CODEOWNERS follows: a leading `**/` matches in every
    folder, the repository's top one too (`**/plans/a-*` is a's plans), and `a/**/b` matches
    `a/b`. Read as 'some folders', a line that gives an actor's files to another team was not
    seen by the ownership check, though GitHub applies it."""
    rules = codeowners_rules("*  @m\n**/plans/a-*  @a\n/registry/**/actors.yaml  @r\n")
    assert codeowners_team("plans/a-2026.yaml", rules).owners == ("@a",)
    assert codeowners_team("x/plans/a-2026.yaml", rules).owners == ("@a",)
    assert codeowners_team("registry/actors.yaml", rules).owners == ("@r",)
    assert codeowners_team("registry/gamla/actors.yaml", rules).owners == ("@r",)
    assert codeowners_team("registryactors.yaml", rules).owners == ("@m",)
    assert codeowners_team("plans-a-2026.yaml", rules).owners == ("@m",)


def test_a_codeowners_double_star_inside_a_name_is_no_folder_that_may_vanish():
    """Only a `**` between slashes (or at the start) may stand for no folder: in `a**/b` it is
    a plain `*`, as gitignore reads it, so the slash after it must be in the path. Read as a
    skippable `**/`, `/plans/a**/x.yaml` gave plans/ax.yaml, a file of another actor, to @a."""
    rules = codeowners_rules("*  @m\n/plans/a**/x.yaml  @a\n")
    assert codeowners_team("plans/ab/x.yaml", rules).owners == ("@a",)
    assert codeowners_team("plans/ax.yaml", rules).owners == ("@m",)
    assert codeowners_team("plans/abx.yaml", rules).owners == ("@m",)


# (pattern, path, whether the pattern gives the path to its owners): GitHub's documented
# examples ("About code owners": its example file and the gitignore rules it refers to).
CODEOWNERS_DOCUMENTED = [
    # `*`: the default owners, for everything in the repository.
    ("*", "README.md", True),
    ("*", "build/logs/a.log", True),
    # `*.js`: every .js file, at any depth (a pattern without a slash).
    ("*.js", "app.js", True),
    ("*.js", "src/deep/app.js", True),
    ("*.js", "app.jsx", False),
    # `/build/logs/`: the folder at the root and all below it.
    ("/build/logs/", "build/logs/a.log", True),
    ("/build/logs/", "build/logs/old/a.log", True),
    ("/build/logs/", "src/build/logs/a.log", False),
    # `docs/*`: docs/getting-started.md, but not further nested files.
    ("docs/*", "docs/getting-started.md", True),
    ("docs/*", "docs/build-app/troubleshooting.md", False),
    # `apps/`: any file in an apps folder anywhere; a file named apps is no folder.
    ("apps/", "apps/main.js", True),
    ("apps/", "src/apps/main.js", True),
    ("apps/", "src/apps", False),
    # `/docs/`: the folder at the root and all its subfolders.
    ("/docs/", "docs/getting-started.md", True),
    ("/docs/", "docs/build-app/troubleshooting.md", True),
    ("/docs/", "src/docs/a.md", False),
    # `**/logs`: a logs folder at any depth (/build/logs, /scripts/logs, /deeply/nested/logs).
    ("**/logs", "build/logs/a.log", True),
    ("**/logs", "scripts/logs/a.log", True),
    ("**/logs", "deeply/nested/logs/a.log", True),
    ("**/logs", "logs/a.log", True),
    # gitignore: `a/**/b` matches a/b, a/x/b, a/x/y/b; a trailing `/**` everything inside.
    ("a/**/b", "a/b", True),
    ("a/**/b", "a/x/y/b", True),
    ("a/**", "a/x/y", True),
    ("a/**", "a", False),
    # gitignore: other consecutive asterisks are plain ones, within one name.
    ("/plans/a**/x.yaml", "plans/ab/x.yaml", True),
    ("/plans/a**/x.yaml", "plans/a/b/x.yaml", False),
    ("/**.md", "README.md", True),
    ("/**.md", "docs/bidra.md", False),
    # GitHub: `[ ]` defines no range of characters.
    ("/plans/[ab]-*", "plans/a-2026.yaml", False),
]


@pytest.mark.parametrize(("pattern", "path", "owned"), CODEOWNERS_DOCUMENTED)
def test_codeowners_patterns_follow_githubs_documented_examples(pattern, path, owned):
    """The ownership check reads a line as GitHub does: `docs/*` read as gitignore reads it gave
    docs/build-app/troubleshooting.md to the line's team, and `a**` reached into folders below."""
    assert (codeowners_team(path, codeowners_rules(f"{pattern}  @o")) is not None) == owned


def test_codeowners_later_line_without_owners_and_no_negation_as_github_documents():
    """`/apps/github` with no owners takes the folder from `/apps/`'s team; a `!` line negates nothing."""
    rules = codeowners_rules("/apps/  @octocat\n/apps/github\n!/apps/main.js  @n\n")
    assert codeowners_team("apps/github/x.js", rules).owners == ()
    assert codeowners_team("apps/main.js", rules).owners == ("@octocat",)


def test_codeowners_gives_everything_else_to_the_maintainers():
    rules = codeowners()
    assert list(rules)[0] == "*"
    for pattern in ("*", "/registry/", "/generator/", "/.github/"):
        assert rules[pattern] == f"{organisation()}/maintainers"



def test_a_project_in_a_folder_sees_changes_outside_its_folder(project, cli):
    """A project kept in a folder of a larger repository: a pull request that edits a party's
    plan and a file outside the project's folder (the repository's workflows, which GitHub reads
    at its root) is more than that party's files. Read as the folder's changes only, it passed
    as the party's own."""
    outer = project.parent / "organisation"
    root = outer / "vem-lovar-vad"
    shutil.copytree(project, root)
    git(outer, "init", "-q", "-b", "main")
    git(outer, "add", "-A")
    git(outer, "commit", "-q", "-m", "base")
    commit(outer, {f"vem-lovar-vad/{PLAN}": edited(root, PLAN), ".github/workflows/pr.yml": "# ändrad\n"})
    result = cli("--root", str(root), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert ("Den här pull requesten ändrar både planer och andra filer (kod, mallar, register, arbetsflöden "
            "eller dokumentation): ../.github/workflows/pr.yml") in result.err


def test_a_revision_is_exported_as_a_checkout_of_it_has_its_files(tmp_path):
    """What the history and the change summary read of a revision: each file's bytes as
    committed (no line endings converted), a symbolic link as a link to what it names (which
    the loader refuses, as in a checkout, and never follows) and a submodule as a folder."""
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "a.yaml").write_bytes(b"id: a\r\ntitle: \xc3\x85r\r\n")
    (root / "plans" / "b.yaml").symlink_to("/etc/hostname")
    (root / "README.md").write_text("utanför\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "update-index", "--add", "--cacheinfo", f"160000,{'1' * 40},plans/c")
    git(root, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "base")
    (root / "plans" / "a.yaml").write_text("id: a\n", encoding="utf-8")  # not committed
    target = tmp_path / "export"
    assert export_revision(root, "HEAD", ("plans",), target) == ["plans/a.yaml", "plans/b.yaml", "plans/c"]
    assert (target / "plans" / "a.yaml").read_bytes() == b"id: a\r\ntitle: \xc3\x85r\r\n"
    assert (target / "plans" / "b.yaml").is_symlink() and os.readlink(target / "plans" / "b.yaml") == "/etc/hostname"
    assert (target / "plans" / "c").is_dir() and not any((target / "plans" / "c").iterdir())
    assert sorted(path.name for path in target.iterdir()) == ["plans"]


def crafted_commit(root, folder: str, inner: str, name: str, levels: int) -> str:
    """A commit whose tree holds `<folder>/<inner>/../…/<name>` (`levels` folders named `..`;
    `inner` in the place of any file so named), which only git's plumbing makes (a checkout
    refuses it, and `git fsck` only warns)."""
    def plumbing(*args: str, stdin: str = "") -> str:
        return subprocess.run(["git", "-C", str(root), *args], input=stdin, check=True, capture_output=True,
                              text=True).stdout.strip()

    tree = plumbing("mktree", stdin=f"100644 blob {plumbing('hash-object', '-w', '--stdin', stdin='utanför')}\t{name}\n")
    for _ in range(levels):
        tree = plumbing("mktree", stdin=f"040000 tree {tree}\t..\n")
    kept = [line for line in plumbing("ls-tree", f"HEAD:{folder}").splitlines() if not line.endswith(f"\t{inner}")]
    folder_tree = plumbing("mktree", stdin="\n".join(kept + [f"040000 tree {tree}\t{inner}"]) + "\n")
    top = [line for line in plumbing("ls-tree", "HEAD").splitlines() if not line.endswith(f"\t{folder}")]
    root_tree = plumbing("mktree", stdin="\n".join(top + [f"040000 tree {folder_tree}\t{folder}"]) + "\n")
    return plumbing("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit-tree", root_tree, "-p", "HEAD",
                    "-m", "crafted")


@pytest.mark.parametrize("command, folder, inner", [("changes", "plans", "inre"),
                                                     ("check-scope", "registry", "actors.yaml")])
def test_a_path_out_of_the_tree_is_refused_and_nothing_is_written_outside(repo, cli, tmp_path, monkeypatch, command,
                                                                          folder, inner):
    """The safety audit: a tree entry `plans/inre/../../../x` (folders named `..`) was written where
    it led, outside the folder a revision is read into, by the commands that read an untrusted
    pull request without checking it out (check-scope reads the registry of actors)."""
    import tempfile
    scratch = tmp_path / "scratch" / "inner"
    scratch.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    head = crafted_commit(repo, folder, inner, "rymd.yaml", 4)
    result = cli("--root", str(repo), command, "--base", "HEAD", "--head", head)
    assert result.code == 1
    assert f"Revisionen {head[:12]} innehåller sökvägen {folder}/{inner}/../../../../rymd.yaml, som git inte kan " \
           "checka ut" in result.err, result.err
    assert [path for path in tmp_path.rglob("rymd.yaml")] == []


def test_an_editors_temporary_file_is_refused_even_when_its_name_is_the_actors(repo, cli):
    """validate only warns about `x.yaml~` (so that `make serve` previews a plan open in an
    editor); named with the actor's id, the scope check took it for the party's own file."""
    commit(repo, {"plans/bergby-a-plan-2024.yaml~": "en gammal kopia\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert ("Den här pull requesten ändrar ett redigeringsprograms tillfälliga filer: plans/bergby-a-plan-2024.yaml~"
            in result.err), result.err


def test_a_path_through_a_link_of_the_same_tree_is_refused_before_anything_is_written(repo, tmp_path):
    """The review: `plans/l`, a link to a folder outside, beside a tree `plans/l/sub/x.yaml`
    (git's plumbing makes such a tree): the folder `sub` was made where the link led before
    the path was refused."""
    def plumbing(*args: str, stdin: str = "") -> str:
        return subprocess.run(["git", "-C", str(repo), *args], input=stdin, check=True, capture_output=True,
                              text=True).stdout.strip()

    outside = tmp_path / "utanför"
    outside.mkdir()
    link = plumbing("hash-object", "-w", "--stdin", stdin=str(outside))
    leaf = plumbing("mktree", stdin=f"100644 blob {plumbing('hash-object', '-w', '--stdin', stdin='x')}\tx.yaml\n")
    sub = plumbing("mktree", stdin=f"040000 tree {leaf}\tsub\n")
    kept = plumbing("ls-tree", "HEAD:plans").splitlines()
    plans = plumbing("mktree", "--missing", stdin="\n".join(kept + [f"120000 blob {link}\tl", f"040000 tree {sub}\tl"]) + "\n")
    top = [line for line in plumbing("ls-tree", "HEAD").splitlines() if not line.endswith("\tplans")]
    root = plumbing("mktree", stdin="\n".join(top + [f"040000 tree {plans}\tplans"]) + "\n")
    head = plumbing("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit-tree", root, "-m", "länk")
    with pytest.raises(GitError, match="går genom länken plans/l"):
        export_revision(repo, head, ("plans",), tmp_path / "export")
    assert list(outside.iterdir()) == [] and not (tmp_path / "export").exists()


def test_an_editors_temporary_file_in_the_registry_is_refused_and_one_deleted_passes(repo, cli):
    """The review: validate only warns about a registry's `actors.yaml~`, and the scope check
    took it for a maintainer's file; a pull request that deletes a stray one, which is the mend,
    was refused as adding it."""
    commit(repo, {"registry/actors.yaml~": "en gammal kopia\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1 and "ett redigeringsprograms tillfälliga filer: registry/actors.yaml~" in result.err, result.err
    commit(repo, {"plans/bergby-a-plan-2024.yaml~": "en gammal kopia\n"})
    (repo / "plans/bergby-a-plan-2024.yaml~").unlink()
    commit(repo, {})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert result.out == "OK: ändringen rör bara Arbetarpartiet Bergby (bergby-a): 1 fil i plans/ och sources/.\n"


# --- a new id given in the registry --------------------------------------------------------------
def same_named_actors(party_repo) -> None:
    """The base with a party of one name in two municipalities, bergby-x with a plan and dalby-x without."""
    actors = (party_repo / "registry/actors.yaml").read_text(encoding="utf-8")
    entries = "".join(f"  - id: {actor}\n    name: Gröna listan\n    short: X\n    kind: party\n    municipality: "
                      f"{actor.partition('-')[0]}\n" for actor in ("bergby-x", "dalby-x"))
    commit(party_repo, {"registry/actors.yaml": actors + entries,
                        ".github/CODEOWNERS": actor_blocks([*registry_ids(party_repo), "bergby-x", "dalby-x"]),
                        "plans/bergby-x-webb.yaml": "id: bergby-x-webb\n", "sources/bergby-x-webb.txt": "Vårt program.\n"})


def test_a_new_id_is_paired_with_the_removed_actor_of_its_municipality(party_repo, cli):
    """A maintainer's pull request giving bergby-x the id bergby-xg, and removing dalby-x, another
    municipality's party of the same name: the new id was paired with dalby-x (the last removed actor
    of that name), so the rename was told as a new party beside another's plans."""
    same_named_actors(party_repo)
    actors = (party_repo / "registry/actors.yaml").read_text(encoding="utf-8")
    entry = "  - id: dalby-x\n    name: Gröna listan\n    short: X\n    kind: party\n    municipality: dalby\n"
    files = {"registry/actors.yaml": actors.replace(entry, "").replace("  - id: bergby-x\n", "  - id: bergby-xg\n"),
             ".github/CODEOWNERS": actor_blocks([*(i for i in registry_ids(party_repo) if i not in ("bergby-x", "dalby-x")),
                                                 "bergby-xg"])}
    for old in ("plans/bergby-x-webb.yaml", "sources/bergby-x-webb.txt"):
        files[old.replace("bergby-x-", "bergby-xg-")] = (party_repo / old).read_text(encoding="utf-8")
        (party_repo / old).unlink()
    commit(party_repo, files)
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert result.err.splitlines()[:3] == [
        "Den här pull requesten byter id för en aktör i registry/actors.yaml, Gröna listan: bergby-x blir bergby-xg. "
        "Den ändrar filerna under båda id:n:",
        "  - Gröna listan (bergby-x): plans/bergby-x-webb.yaml, sources/bergby-x-webb.txt",
        "  - Gröna listan (bergby-xg, nytt id): plans/bergby-xg-webb.yaml, sources/bergby-xg-webb.txt"], result.err
    # dalby-x's entry and lines, removed beside the new id, are still told.
    assert result.err.splitlines()[4:6] == [
        "Den här pull requesten ger bergby-x det nya id:t bergby-xg men ändrar mer i registret än aktörens egna rader:",
        "  - registry/actors.yaml: posten för dalby-x tas bort."], result.err
    assert "posten för bergby-x tas bort" not in result.err
    assert result.err.splitlines()[-1] == RENAME_CLOSING


def test_a_new_id_for_an_actor_without_files_is_told_as_a_new_id(party_repo, tmp_path, cli, monkeypatch):
    """A maintainer giving bergby-t, which has no plans yet, the id bergby-tp (its entry and its
    CODEOWNERS lines) passed as a new actor that changed more than its own lines: "posten för
    bergby-t tas bort" and "befintliga rader … tas bort", with the hint to a new party to mend it."""
    actors = (party_repo / "registry/actors.yaml").read_text(encoding="utf-8")
    commit(party_repo, {"registry/actors.yaml": actors.replace("  - id: bergby-t\n", "  - id: bergby-tp\n", 1),
                        ".github/CODEOWNERS": actor_blocks([*(i for i in registry_ids(party_repo) if i != "bergby-t"),
                                                            "bergby-tp"])})
    summary = tmp_path / "summary.md"
    result = on_github(party_repo, cli, monkeypatch, summary)
    assert result.code == 0, result.err
    told = ["OK: ändringen rör inga partiers planer; redaktionen granskar den.",
            "Den här pull requesten byter id för en aktör i registry/actors.yaml, Trygghetspartiet Bergby: bergby-t blir "
            "bergby-tp."]
    assert result.out.splitlines() == told, result.out
    assert "\n\n".join(told) in summary.read_text(encoding="utf-8")


def test_a_new_id_in_the_registry_alone_for_an_actor_with_files_is_not_told_as_a_new_id(party_repo, cli):
    """bergby-o's plan and source stay under its old id, which would then be no actor's: the entry
    removed is still told, not a new id that leaves its files behind."""
    actors = (party_repo / "registry/actors.yaml").read_text(encoding="utf-8")
    commit(party_repo, {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", "  - id: bergby-ostra\n", 1)})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert "  - registry/actors.yaml: posten för bergby-o tas bort." in result.out.splitlines(), result.out
    assert "byter id" not in result.out


def test_a_party_of_another_municipality_removed_beside_a_new_one_of_its_name_is_not_told_as_a_new_id(party_repo, cli):
    """A new party in Bergby, Gröna listan (bergby-g), whose registry part also removes dalby-x, the
    Gröna listan of Dalby, which has no files: it was told as a new id, "dalby-x blir bergby-g", and
    passed without the entry removed, though Dalby's party is gone and Bergby's is another."""
    actors = (party_repo / "registry/actors.yaml").read_text(encoding="utf-8")
    entry = "  - id: dalby-x\n    name: Gröna listan\n    short: X\n    kind: party\n    municipality: dalby\n"
    commit(party_repo, {"registry/actors.yaml": actors + entry,
                        ".github/CODEOWNERS": actor_blocks([*registry_ids(party_repo), "dalby-x"])})
    commit(party_repo, {"registry/actors.yaml": actors + entry.replace("dalby-x", "bergby-g").replace("dalby\n", "bergby\n"),
                        ".github/CODEOWNERS": actor_blocks([*registry_ids(party_repo), "bergby-g"])})
    result = cli("--root", str(party_repo), "check-scope", "--base", "HEAD~1")
    assert "byter id" not in result.out + result.err, result.out
    assert "  - registry/actors.yaml: posten för dalby-x tas bort." in result.out.splitlines(), result.out
