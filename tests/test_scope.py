"""Whose files a pull request touches: one actor's plans at a time, and CODEOWNERS to match."""

from __future__ import annotations

import os
import re

import pytest
import yaml

from conftest import REPO, commit, git, run_module
from generator.scope import owner_of

PLAN = "plans/bergby-a-plan-2024.yaml"


def edited(root, name: str) -> str:
    return (root / name).read_text(encoding="utf-8").replace("summary: ", "summary: Ändrad. ", 1)


def test_one_actors_plan_and_source_pass(repo, cli):
    source = "sources/bergby-a-plan-2024.txt"
    commit(repo, {PLAN: edited(repo, PLAN), source: (repo / source).read_text(encoding="utf-8") + "\nTillägg.\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out == "OK: ändringen rör bara Arbetarpartiet Bergby (bergby-a): 2 fil(er) i plans/ och sources/.\n"


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
    assert "behöver en pull request från en förvaltare" in result.err


@pytest.mark.parametrize("other", ["generator/cli.py", "registry/topics.yaml", ".github/workflows/pr.yml",
                                   "generator/templates/topic.md.j2"])
def test_plans_together_with_code_registries_or_workflows_are_refused(repo, cli, other):
    commit(repo, {PLAN: edited(repo, PLAN), other: "# ändrad\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 1
    assert ("Den här pull requesten ändrar både planer och andra filer (kod, mallar, register, arbetsflöden "
            f"eller dokumentation): {other}") in result.err
    assert "behöver en pull request från en förvaltare" in result.err


def test_a_maintainers_change_without_plans_passes(repo, cli):
    commit(repo, {"generator/cli.py": "# ändrad\n", "registry/topics.yaml": "# ändrad\n"})
    result = cli("--root", str(repo), "check-scope", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out == "OK: ändringen rör inga partiers planer; förvaltarna granskar den.\n"


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


def test_unknown_base_revision_is_named(repo, cli):
    result = cli("--root", str(repo), "check-scope", "--base", "finns-inte")
    assert result.code == 1
    assert result.err.startswith("revisionen 'finns-inte' finns inte i repot.")


def test_the_longest_actor_id_owns_a_file():
    assert owner_of("plans/bergby-s-plan.yaml", ["bergby-s", "bergby-socialnamnden"]) == "bergby-s"
    assert owner_of("plans/bergby-socialnamnden-vp.yaml", ["bergby-s", "bergby-socialnamnden"]) == "bergby-socialnamnden"
    assert owner_of("sources/bergby-s-plan.txt", ["bergby-s"]) == "bergby-s"
    assert owner_of("sources/README.md", ["bergby-s"]) is None
    assert owner_of("docs/bergby-s-plan.md", ["bergby-s"]) is None


# --- the file name decides who owns a plan ------------------------------------------------------
def test_plan_filed_under_another_actors_name_is_rejected(project, cli):
    """A plan for bergby-a saved as bergby-t-… would be approved by bergby-t's team."""
    text = (project / PLAN).read_text(encoding="utf-8").replace("id: bergby-a-plan-2024", "id: bergby-t-plan-2024")
    (project / PLAN).unlink()
    (project / "plans/bergby-t-plan-2024.yaml").write_text(text, encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    assert ("plans/bergby-t-plan-2024.yaml:3:8: actor: filnamnet bergby-t-plan-2024.yaml börjar inte med "
            "aktörens id 'bergby-a'. Tips: Döp filen till bergby-a-….yaml så att rätt parti äger den.") in result.err


# --- CODEOWNERS ------------------------------------------------------------------------------
def codeowners() -> dict[str, str]:
    rules = {}
    for line in (REPO / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, *owners = line.split()
            rules[pattern] = " ".join(owners)
    return rules


def test_codeowners_gives_every_actor_its_own_plans_and_sources():
    actors = [a["id"] for a in yaml.safe_load((REPO / "registry" / "actors.yaml").read_text(encoding="utf-8"))["actors"]]
    rules = codeowners()
    for actor in actors:
        assert rules.get(f"/plans/{actor}-*") == f"@ORG/{actor}", f"CODEOWNERS lacks /plans/{actor}-*"
        assert rules.get(f"/sources/{actor}-*") == f"@ORG/{actor}", f"CODEOWNERS lacks /sources/{actor}-*"
    listed = {re.match(r"/(?:plans|sources)/(.+)-\*$", p).group(1) for p in rules if p.startswith(("/plans/", "/sources/"))}
    assert listed == set(actors), "CODEOWNERS names actors that are not in registry/actors.yaml"


def test_codeowners_gives_everything_else_to_the_maintainers():
    rules = codeowners()
    assert list(rules)[0] == "*"
    for pattern in ("*", "/registry/", "/generator/", "/.github/"):
        assert rules[pattern] == "@ORG/maintainers"
