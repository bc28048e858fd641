"""`python -m generator new`: a draft plan that validates, and the guide's way from it to a page."""

from __future__ import annotations

import re

import yaml

from conftest import REPO, make_site_project, mkdocs_build
from generator import model, paths

GUIDE = REPO / "docs" / "bidra.md"
DRAFT = "plans/bergby-a-socialnamnden-2026.yaml"
DRAFT_SOURCE = "sources/bergby-a-socialnamnden-2026.txt"


def guide_blocks(kind: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```", GUIDE.read_text(encoding="utf-8"), re.S | re.M)


def test_new_writes_a_draft_that_validates(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:3] == [
        "Skapade:",
        f"  {DRAFT}   planen, med kommentarer som förklarar varje fält",
        f"  {DRAFT_SOURCE}   platshållare för dokumentets text",
    ]
    assert "  3. Kontrollera planen: make validate" in result.out
    validated = cli("--root", str(project), "validate")
    assert validated.code == 0, validated.err
    assert "OK: 5 planer, 10 punkter" in validated.out


def test_new_accepts_a_short_name_and_a_municipality(project, cli):
    result = cli("--root", str(project), "new", "--actor", "A", "--municipality", "Bergby", "--year", "2026",
                 "--body", "Äldrenämnden")
    assert result.code == 0, result.err
    text = (project / "plans/bergby-a-aldrenamnden-2026.yaml").read_text(encoding="utf-8")
    assert "\nid: bergby-a-aldrenamnden-2026\n" in text and "\nbody: Äldrenämnden\n" in text


def test_new_asks_for_the_municipality_when_a_short_name_is_ambiguous(project, cli):
    registry = project / "registry/actors.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + "  - id: dalby-a\n    name: Arbetarpartiet Dalby\n"
                        "    short: A\n    kind: party\n    municipality: dalby\n", encoding="utf-8")
    result = cli("--root", str(project), "new", "--actor", "a", "--year", "2026")
    assert result.code == 1
    assert result.err == ("Inget skrevs: förkortningen 'a' finns i flera kommuner: bergby-a (bergby), dalby-a (dalby). "
                          "Ange kommunen med --municipality, t.ex. --municipality bergby.\n")
    assert cli("--root", str(project), "new", "--actor", "a", "--municipality", "dalby", "--year", "2026").code == 0
    assert (project / "plans/dalby-a-socialnamnden-2026.yaml").is_file()


def test_new_suggests_a_known_actor(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-aa", "--year", "2026")
    assert result.code == 1
    assert result.err.startswith("Inget skrevs: okänd aktör 'bergby-aa'. Menade du 'bergby-a'? Aktörer i "
                                 "registry/actors.yaml: bergby-a (A), bergby-o (Ö),")


def test_new_refuses_an_actor_of_another_municipality(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--municipality", "dalby", "--year", "2026")
    assert result.code == 1
    assert "aktören 'bergby-a' hör till kommunen 'bergby', inte 'dalby'." in result.err


def test_new_never_overwrites(project, cli):
    (project / DRAFT_SOURCE).write_text("Vårt eget dokument.\n", encoding="utf-8")
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026")
    assert result.code == 1
    assert result.err == (f"Inget skrevs: {DRAFT_SOURCE} finns redan; new skriver aldrig över en fil. Ändra den "
                          "befintliga planen, eller välj ett annat --year eller --body.\n")
    assert not (project / DRAFT).exists()
    assert (project / DRAFT_SOURCE).read_text(encoding="utf-8") == "Vårt eget dokument.\n"


def test_draft_explains_the_allowed_values_from_the_schema(project, cli):
    cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026")
    comments = " ".join(line.lstrip(" #") for line in (project / DRAFT).read_text(encoding="utf-8").splitlines()
                        if line.lstrip().startswith("#"))
    for vocabulary in (model.PLAN_KINDS, model.PLAN_STATUSES, model.ITEM_KINDS):
        for key, label in vocabulary.items():
            assert f"{key} ({label.lower()})" in comments
    assert "Ämnen i registret: ekonomi, familjecentral, hemloshet, sommarkollo." in comments


def test_the_guide_turns_a_draft_into_a_page(project, cli, tmp_path):
    """Scaffold, then do what docs/bidra.md says: its source text, its header values, its items."""
    assert cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026").code == 0
    (source_example,) = [block for block in guide_blocks("text") if "\n- " in block]
    (plan_example,) = guide_blocks("yaml")
    example = yaml.safe_load(plan_example)
    (project / DRAFT_SOURCE).write_text(source_example, encoding="utf-8")
    draft = (project / DRAFT).read_text(encoding="utf-8")
    # "Ersätt allt som börjar med PLATSHÅLLARE", with the values the guide's example gives.
    values = {"title": example["title"], "summary": example["summary"], "  title": example["source"]["title"]}
    for key, value in values.items():
        draft, replaced = re.subn(rf"^{key}: PLATSHÅLLARE.*$", f"{key}: {value}", draft, flags=re.M)
        assert replaced == 1, key
    # "byt exempelpunkten mot en punkt per mål eller förslag": the guide's sections and exclusions.
    draft = draft[: draft.index("\nsections:\n")] + "\n" + plan_example[plan_example.index("sections:\n"):]
    assert not [line for line in draft.splitlines() if "PLATSHÅLLARE" in line and not line.startswith("#")]
    (project / DRAFT).write_text(draft, encoding="utf-8")

    validated = cli("--root", str(project), "validate")
    assert validated.code == 0, validated.err
    assert "OK: 5 planer, 13 punkter" in validated.out

    site_project = make_site_project(tmp_path / "site-project", project)
    built = mkdocs_build(site_project, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    page = (tmp_path / "site" / paths.page_url(paths.plan_page("bergby-a-socialnamnden-2026")) / "index.html")
    html = page.read_text(encoding="utf-8")
    for item in ("ingen-sover-ute", "harbarge-kvinnor", "stod-mot-vrakning", "tva-familjecentraler"):
        assert f'id="{item}"' in html
    assert "Två nya familjecentraler öppnas under mandatperioden." in html
