"""`python -m generator new`: a draft plan that validates, and the guide's way from it to a page."""

from __future__ import annotations

import re
import shutil

import pytest
import yaml

from conftest import NEW_PARTY_HINT, REPO, make_site_project, mkdocs_build
from generator import model, paths
from generator.cli import main
from generator.model import PLACEHOLDER


GUIDE = REPO / "docs" / "bidra.md"
DRAFT = "plans/bergby-a-socialnamnden-2026.yaml"
DRAFT_SOURCE = "sources/bergby-a-socialnamnden-2026.txt"


USAGE = """Användning: python -m generator new [-h] --actor AKTÖR [--municipality KOMMUN]
                               --body NÄMND
                               (--year ÅR | --period START-SLUT | --undated FÖRKLARING)
"""


def bad_arguments(capsys, project, *args: str) -> tuple[int, str]:
    """Exit status and the message (after the usage lines) of `new` with arguments it refuses."""
    with pytest.raises(SystemExit) as refused:
        main(["--root", str(project), "new", *args])
    err = capsys.readouterr().err
    assert err.startswith(USAGE)
    assert not (project / "plans" / "bergby-a-socialnamnden-2026.yaml").exists()
    return refused.value.code, err[len(USAGE):]


def fill_placeholders(project, plan_id: str) -> None:
    """What the party does next: its own words where the draft says PLATSHÅLLARE."""
    for name in (f"plans/{plan_id}.yaml", f"sources/{plan_id}.txt"):
        path = project / name
        path.write_text(path.read_text(encoding="utf-8").replace(f"{PLACEHOLDER} – ", ""), encoding="utf-8")


def guide_blocks(kind: str) -> list[str]:
    """The guide's code blocks of `kind`, also those kept out of the search (`{ .yaml data-search-exclude }`)."""
    return re.findall(rf"^```(?:{kind}|\{{ \.{kind}(?: [^}}\n]*)? \}})\n(.*?)^```", GUIDE.read_text(encoding="utf-8"),
                      re.S | re.M)


def test_new_writes_a_draft_that_validates_once_its_placeholders_are_replaced(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:3] == [
        "Skapade:",
        f"  {DRAFT}   planen, med kommentarer som förklarar varje fält",
        f"  {DRAFT_SOURCE}   platshållare för dokumentets text",
    ]
    assert "  3. Kontrollera planen: make validate" in result.out
    fill_placeholders(project, "bergby-a-socialnamnden-2026")
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
    result = cli("--root", str(project), "new", "--actor", "a", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 1
    assert result.err == ("Inget skrevs: förkortningen 'a' finns i flera kommuner: bergby-a (bergby), dalby-a (dalby). "
                          "Ange kommunen med --municipality, t.ex. --municipality bergby.\n")
    assert cli("--root", str(project), "new", "--actor", "a", "--municipality", "dalby", "--year", "2026", "--body",
               "Socialnämnden").code == 0
    assert (project / "plans/dalby-a-socialnamnden-2026.yaml").is_file()


def test_new_suggests_a_known_actor(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-aa", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 1
    assert result.err.startswith("Inget skrevs: okänd aktör 'bergby-aa'. Menade du 'bergby-a'? Aktörer i "
                                 "registry/actors.yaml: bergby-a (A), bergby-o (Ö),")


def test_new_for_a_party_not_in_the_registry_explains_how_to_add_it(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-c", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 1
    assert result.err == (
        "Inget skrevs: okänd aktör 'bergby-c'. Aktörer i registry/actors.yaml: bergby-a (A), bergby-o (Ö), "
        "bergby-socialnamnden (SN), bergby-t (T), dalby-m (M). " + NEW_PARTY_HINT
        + "`.venv/bin/python -m generator new --actor bergby-c …`.\n")


def test_new_never_suggests_another_partys_id(project, cli):
    for typed in ("bergby-c", "bergby-m", "dalby-a"):
        result = cli("--root", str(project), "new", "--actor", typed, "--year", "2026", "--body", "Socialnämnden")
        assert result.code == 1 and "Menade du" not in result.err


def test_new_requires_the_body(project, capsys):
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--year", "2026") == (2, (
        "python -m generator new: fel: --body (nämnden eller området dokumentet gäller, t.ex. --body "
        "Socialnämnden) saknas.\n"))


def test_new_requires_a_year_a_period_or_an_explanation_of_the_missing_date(project, capsys):
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden") == (2, (
        "python -m generator new: fel: ange precis ett av --year, --period och --undated: --year (året dokumentet "
        "gäller, t.ex. --year 2026); --period (första och sista året när dokumentet gäller flera år, t.ex. "
        "--period 2026-2027); --undated (när dokumentet saknar datum: vad som är känt, t.ex. --undated "
        '"Webbsida utan datum, hämtad 1 mars 2026").\n'))


def test_new_names_every_missing_argument_at_once(project, capsys):
    assert bad_arguments(capsys, project, "--actor", "bergby-a") == (2, (
        "python -m generator new: fel: --body (nämnden eller området dokumentet gäller, t.ex. --body "
        "Socialnämnden) saknas. Ange också precis ett av --year, --period och --undated.\n"))


def test_new_refuses_two_datings(project, capsys):
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden", "--year", "2026",
                         "--undated", "Okänt") == (
        2, "python -m generator new: fel: --year och --undated kan inte anges samtidigt; ange bara ett av dem.\n")


def test_new_answers_a_malformed_year_and_period_in_swedish(project, capsys):
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden", "--year", "tjugo") == (
        2, "python -m generator new: fel: --year: 'tjugo' är inget årtal; skriv året med fyra siffror, t.ex. "
           "--year 2026.\n")
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden", "--period", "2026") == (
        2, "python -m generator new: fel: --period: '2026' är ingen period; skriv första och sista året med "
           "bindestreck emellan, t.ex. --period 2026-2027.\n")


def test_new_refuses_a_body_a_terminal_sent_in_another_encoding_than_utf8(project, capsys):
    """`--body Socialnämnden` typed in a Latin-1 terminal reaches Python as 'Socialn\\udce4mnden':
    writing the draft stopped with a traceback and left an empty plan file behind."""
    body = "Socialnämnden".encode("latin-1").decode("utf-8", "surrogateescape")
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", body, "--year", "2026") == (
        2, "python -m generator new: fel: --body: 'Socialn\\xe4mnden' har tecken som inte är UTF-8, så terminalen "
           "skickar en annan teckenkodning; ställ in den på UTF-8 (t.ex. export LANG=sv_SE.UTF-8) och kör kommandot "
           "igen.\n")
    assert not list((project / "plans").glob("bergby-a-socialn*"))


def test_arguments_a_terminal_sent_in_another_encoding_are_shown_as_every_message_shows_them(project, capsys):
    """`--year 20ä6` typed in a Latin-1 terminal was shown as '20\\udce46', Python's name for the
    byte, and an unknown command as 'validat\\udce4': both now as the byte, `\\xe4`, as `--body`
    and every file name in a message show it (`escape.log_text`)."""
    year = "20ä6".encode("latin-1").decode("utf-8", "surrogateescape")
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden", "--year", year) == (
        2, "python -m generator new: fel: --year: '20\\xe46' är inget årtal; skriv året med fyra siffror, t.ex. "
           "--year 2026.\n")
    with pytest.raises(SystemExit):
        main(["--root", str(project), "validat\udce4"])
    assert "fel: okänt kommando 'validat\\xe4'. Kommandona är validate," in capsys.readouterr().err


def test_an_unknown_command_with_both_quotes_and_argparses_own_words_is_answered_not_a_traceback(project, capsys):
    """argparse writes an unknown command as Python's repr, and the message read it up to the
    first quote followed by " (choose from": a command with both kinds of quote and those words
    in it (pasted from an error message) stopped with a SyntaxError's traceback, not exit 2."""
    word = '"a\' (choose from b'
    with pytest.raises(SystemExit) as unknown:
        main(["--root", str(project), word])
    assert unknown.value.code == 2
    assert "fel: okänt kommando '\"a' (choose from b'. Kommandona är validate," in capsys.readouterr().err


def test_new_answers_an_unknown_argument_in_swedish(project, capsys):
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden", "--year", "2026",
                         "--yaer", "2026") == (
        2, "python -m generator new: fel: okänt argument: --yaer 2026. Skriv `python -m generator new --help` för "
           "att se vilka argument som finns.\n")


# `validate` reads two years with any dash, a minus sign, a hyphen or a slash between as a period
# (`year: 2026—2027` is offered period: {start: 2026, end: 2027}); `new --period` took only `-` and
# `–`, and told `2026—2027`, pasted from the same document, that it was no period.
@pytest.mark.parametrize("written", ["2026\u20142027", "2026\u22122027", "2026\u20102027", "2026 / 2027", "2026/27"])
def test_new_reads_a_period_with_every_dash_validate_reads(project, cli, written):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--body", "Socialnämnden", "--period", written)
    assert result.code == 0, result.err
    text = (project / "plans/bergby-a-socialnamnden-2026-2027.yaml").read_text(encoding="utf-8")
    assert "\nperiod:\n  start: 2026\n  end: 2027\n" in text


def test_new_answers_a_year_and_no_period_in_swedish(project, capsys):
    """`2026-13` is no two years to `validate` (an end of 2113): no period to `new` either."""
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden", "--period", "2026-13") == (
        2, "python -m generator new: fel: --period: '2026-13' är ingen period; skriv första och sista året med "
           "bindestreck emellan, t.ex. --period 2026-2027.\n")


def test_new_answers_a_period_with_two_dashes_in_swedish(project, capsys):
    assert bad_arguments(capsys, project, "--actor", "bergby-a", "--body", "Socialnämnden", "--period",
                         "2026\u2014\u20142027") == (
        2, "python -m generator new: fel: --period: '2026\u2014\u20142027' har två streck mellan åren; skriv bara "
           "ett, t.ex. --period 2026-2027.\n")


@pytest.mark.parametrize("written", ["2027-2026", "2027/26", "2027-26"])
def test_new_refuses_a_period_that_ends_before_it_starts(project, cli, written):
    """`2027/26`, its last year written short, was told "ingen period" where `2027-2026` is told it ends before it
    starts: told alike."""
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--body", "Socialnämnden", "--period", written)
    assert (result.code, result.err) == (1, "Inget skrevs: perioden 2027-2026 slutar före den börjar; skriv första "
                                            "året först, t.ex. --period 2026-2027.\n")


@pytest.mark.parametrize("written", ["2026-2026", "2026/26"])
def test_new_refuses_a_period_of_one_year_as_validate_does(project, cli, written):
    """`--period 2026-2026` wrote a draft with period: {start: 2026, end: 2026}, which `validate` then refused
    (perioden börjar och slutar samma år): it is refused before anything is written, with the same words."""
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--body", "Socialnämnden", "--period", written)
    assert (result.code, result.err) == (1, "Inget skrevs: perioden börjar och slutar samma år (2026); skriv "
                                            "--year 2026 i stället för --period.\n")
    assert not list((project / "plans").glob("bergby-a-socialnamnden-2026*.yaml"))


def test_new_writes_an_undated_draft_that_validates(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--body", "Sociala frågor", "--undated",
                 "Webbsidan saknar datum; hämtad 1 mars 2026.")
    assert result.code == 0, result.err
    text = (project / "plans/bergby-a-sociala-fragor.yaml").read_text(encoding="utf-8")
    assert "\nid: bergby-a-sociala-fragor\n" in text
    assert "\nundated: Webbsidan saknar datum; hämtad 1 mars 2026.\n" in text
    assert "\nyear:" not in text
    assert (project / "sources/bergby-a-sociala-fragor.txt").is_file()
    fill_placeholders(project, "bergby-a-sociala-fragor")
    validated = cli("--root", str(project), "validate")
    assert validated.code == 0, validated.err


def test_new_writes_a_draft_for_a_period_that_validates(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--body", "Socialnämnden", "--period",
                 "2026-2027")
    assert result.code == 0, result.err
    text = (project / "plans/bergby-a-socialnamnden-2026-2027.yaml").read_text(encoding="utf-8")
    assert "\nperiod:\n  start: 2026\n  end: 2027\n" in text
    fill_placeholders(project, "bergby-a-socialnamnden-2026-2027")
    assert cli("--root", str(project), "validate").code == 0


def test_the_drafts_topic_list_keeps_every_id_whole(project, cli):
    shutil.copy(REPO / "registry/topics.yaml", project / "registry/topics.yaml")
    assert cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body",
               "Socialnämnden").code == 0
    lines = (project / DRAFT).read_text(encoding="utf-8").splitlines()
    end = lines.index("        topics: []")
    start = max(n for n in range(end) if not lines[n].startswith("        #")) + 1
    comment = " ".join(line.strip(" #") for line in lines[start:end])
    listed = comment[comment.index("Ämnen i registret: ") + len("Ämnen i registret: "):].rstrip(".").split(", ")
    ids = [topic["id"] for topic in yaml.safe_load((REPO / "registry/topics.yaml").read_text("utf-8"))["topics"]]
    assert listed == ids


def test_a_draft_still_holding_placeholders_is_refused_at_each_one(project, cli):
    cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    lines = (project / DRAFT).read_text(encoding="utf-8").splitlines()
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    marked = [line for line in result.lines if "mallens platshållartext står kvar" in line]
    # title, source.title, summary, the section's heading (a sample heading left in was published) and the item
    assert len(marked) == 5
    assert any(": sections[0].heading: mallens platshållartext står kvar." in line for line in marked)
    for error in marked:
        path, line, col = error.split(":")[:3]
        assert path == DRAFT and lines[int(line) - 1][int(col) - 1:].startswith(PLACEHOLDER)
        assert error.endswith(f"Tips: Ersätt allt som börjar med {PLACEHOLDER} med ert dokuments innehåll.")
    assert (f"{DRAFT}:" in result.err and f"source.archive: {DRAFT_SOURCE} innehåller mallens platshållartext."
            in result.err)
    # Each placeholder is said once: the title's and the heading's were also said to be no line
    # of the source, which holds the placeholder too (session 67's maintainers' audit).
    assert len([line for line in result.lines if line.startswith(f"{DRAFT}:")]) == len(marked) + 1, result.lines


def test_new_refuses_an_actor_of_another_municipality(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--municipality", "dalby", "--year", "2026",
                 "--body", "Socialnämnden")
    assert result.code == 1
    assert "aktören 'bergby-a' hör till kommunen 'bergby', inte 'dalby'." in result.err


def test_new_never_overwrites(project, cli):
    (project / DRAFT_SOURCE).write_text("Vårt eget dokument.\n", encoding="utf-8")
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 1
    assert result.err == (f"Inget skrevs: {DRAFT_SOURCE} finns redan; new skriver aldrig över en fil. Ändra den "
                          "befintliga planen, eller välj ett annat år, en annan period eller ett annat --body.\n")
    assert not (project / DRAFT).exists()
    assert (project / DRAFT_SOURCE).read_text(encoding="utf-8") == "Vårt eget dokument.\n"


def test_new_never_writes_through_a_link(project, cli, tmp_path):
    """A link where the draft goes, leading nowhere yet, passed for "not there": new wrote the
    draft where it led, outside the repository. So did a plans/ folder that is a link."""
    outside = tmp_path / "utanför"
    outside.mkdir()
    (project / DRAFT).symlink_to(outside / "plan.yaml")
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 1 and f"Inget skrevs: {DRAFT} finns redan; new skriver aldrig över en fil." in result.err
    (project / DRAFT).unlink()
    shutil.move(project / "plans", outside / "plans")
    (project / "plans").symlink_to(outside / "plans")
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 1
    assert result.err == ("Inget skrevs: plans/ är en symbolisk länk eller pekar utanför repot; new skriver bara i "
                          "repot. Gör plans/ till en vanlig mapp i repot.\n")
    assert sorted(path.name for path in outside.rglob("*")) == sorted(
        path.name for path in (outside / "plans").iterdir()) + ["plans"]  # nothing new out there
    # A sources/ that is a link leading nowhere: named in Swedish, not the system's "File exists".
    (project / "plans").unlink()
    shutil.move(outside / "plans", project / "plans")
    shutil.rmtree(project / "sources")
    (project / "sources").symlink_to(outside / "finns-inte")
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 1
    assert result.err == ("Inget skrevs: sources/ är en symbolisk länk eller pekar utanför repot; new skriver bara "
                          "i repot. Gör sources/ till en vanlig mapp i repot.\n")
    assert not (outside / "finns-inte").exists() and not (project / DRAFT).exists()


def test_draft_explains_the_allowed_values_from_the_schema(project, cli):
    cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    comments = " ".join(line.lstrip(" #") for line in (project / DRAFT).read_text(encoding="utf-8").splitlines()
                        if line.lstrip().startswith("#"))
    for vocabulary in (model.PLAN_KINDS, model.PLAN_STATUSES, model.ITEM_KINDS):
        for key, label in vocabulary.items():
            assert f"{key} ({label.lower()})" in comments
    assert "Ämnen i registret: ekonomi, familjecentral, hemloshet, sommarkollo." in comments


def test_the_guide_turns_a_draft_into_a_page(project, cli, tmp_path):
    """Scaffold, then do what docs/bidra.md says: its source text, its header values, its items."""
    assert cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body",
               "Socialnämnden").code == 0
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


def test_an_undated_party_draft_is_a_published_web_page_as_the_guide_says(project, cli):
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--body", "Socialpolitik", "--undated",
                 "Webbsidan saknar datum. Texten hämtades 1 mars 2026.")
    assert result.code == 0, result.err
    draft = (project / "plans/bergby-a-socialpolitik.yaml").read_text(encoding="utf-8")
    assert "\nkind: web-platform\n" in draft and "\nstatus: published\n" in draft
    dated = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    assert dated.code == 0 and "\nkind: party-plan\n" in (project / DRAFT).read_text(encoding="utf-8")


def test_a_body_that_makes_too_long_an_id_is_refused_before_anything_is_written(project, cli):
    body = "Vård- och omsorgsnämnden samt Barn- och utbildningsnämnden gemensamma verksamhetsplan"
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", body)
    assert result.code != 0
    assert "--body ger ett för långt id (" in result.err and "högst 80" in result.err
    assert "Skriv en kortare --body, t.ex. --body Socialnämnden." in result.err
    assert not list((project / "plans").glob("bergby-a-vard-*"))


def test_an_unknown_municipality_gets_the_way_to_add_it(project, cli):
    result = cli("--root", str(project), "new", "--actor", "v", "--municipality", "stockholm", "--body", "X",
                 "--year", "2026")
    assert result.code != 0
    assert "okänd kommun 'stockholm'. Kommuner i registry/municipalities.yaml: bergby, dalby." in result.err
    assert "Finns er kommun inte med? Lägg till den där tillsammans med er aktör." in result.err
    assert "registry/municipalities.yaml och era två rader i .github/CODEOWNERS" in result.err
    assert "`.venv/bin/python -m generator new --actor stockholm-v …`" in result.err  # the actor's id, not the place's


def test_new_for_a_party_whose_municipality_is_new_says_to_add_the_municipality_too(project, cli):
    """A new party office registers its party first, as the guide says; `new` then wrote its
    draft without a word that the municipality, also new, is missing, which `validate` only
    said later, at the plan (session 72's new party office)."""
    actors = project / "registry/actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + "  - id: norrby-b\n    name: Bygdepartiet Norrby\n"
                      "    short: B\n    kind: party\n    municipality: norrby\n", encoding="utf-8")
    result = cli("--root", str(project), "new", "--actor", "norrby-b", "--year", "2026", "--body", "Kommunen")
    assert result.code == 0, result.err
    assert ("Kommunen norrby finns inte i registry/municipalities.yaml. Är kommunen ny på webbplatsen, lägg till den i "
            "registry/municipalities.yaml i samma pull request") in result.out
    known = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body", "Socialnämnden")
    assert known.code == 0 and "finns inte i registry/municipalities.yaml" not in known.out


def test_the_guides_topic_list_shows_registry_text_as_text(project):
    """The topic list `make schema` writes into the guide put the registry's names, descriptions
    and keywords into Markdown as they were: a `<`, `*` or `[…](…)` there became markup on the
    published guide, where every page of the site shows the same text as text."""
    topics = project / "registry" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace(
        "name: Ekonomi och budget", "name: Ekonomi <b>och</b> budget").replace(
        "description: Nämndens budget och besparingar.", "description: Nämndens *budget* och [besparingar](javascript:x).").replace(
        "keywords: [budget, mnkr]", "keywords: [budget, m_kr]"), encoding="utf-8")
    from generator.scaffold import topic_table

    (line,) = [line for line in topic_table(project).splitlines() if line.startswith("- `ekonomi`")]
    assert line == ("- `ekonomi` – **Ekonomi &#60;b&#62;och&#60;/b&#62; budget**<span data-search-exclude>: Nämndens "
                    "&#42;budget&#42; och &#91;besparingar&#93;(javascript:x). *Sökord: budget, m&#95;kr.*</span>")


def test_a_year_more_than_a_year_ahead_is_refused_before_a_draft_its_first_check_refuses(project, cli):
    """`new --year 2028` on 2026-12-07 wrote a draft retrieved today, which `validate` refused at
    once (a document is retrieved the year before its year at the earliest). Refused up front,
    nothing written, with the year it can be; two years ahead only a party's election platform
    may be, which the administration is told."""
    from generator import clock

    today = clock.today()
    latest = today.year + 1
    for actor, ahead, platform in (("bergby-socialnamnden", today.year + 2,
                                    " Bara ett partis valplattform får hämtas 2 år före sitt första år."),
                                   ("bergby-a", today.year + 3, "")):
        result = cli("--root", str(project), "new", "--actor", actor, "--year", str(ahead), "--body", "Socialnämnden")
        assert result.code == 1
        assert result.err == (
            f"Inget skrevs: utkastet skriver dagens datum ({today.isoformat()}) som retrieved, och ett dokument hämtas "
            f"tidigast året före det år det gäller, så det kan inte gälla från {ahead}. Kontrollera året mot dokumentet "
            f"och ange högst --year {latest}.{platform}\n"), result.err
        assert not list((project / "plans").glob(f"{actor}-socialnamnden-*"))
    assert cli("--root", str(project), "new", "--actor", "bergby-a", "--year", str(latest), "--body",
               "Socialnämnden").code == 0
    fill_placeholders(project, f"bergby-a-socialnamnden-{latest}")
    assert cli("--root", str(project), "validate").code == 0


def test_a_partys_document_from_the_year_after_next_is_drafted_as_its_election_platform(project, cli):
    """Only an election platform may be retrieved two years before its first year: a party's
    `new --year` two years ahead was refused and told to draft the year before and write the
    platform's kind and year by hand, which left the earlier year in its id and files' names.
    It is drafted as the platform, named by its own year, and passes once filled in."""
    from generator import clock

    ahead = clock.today().year + 2
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", str(ahead), "--body", "Socialnämnden")
    assert result.code == 0, result.err
    plan_id = f"bergby-a-socialnamnden-{ahead}"
    plan = (project / f"plans/{plan_id}.yaml").read_text(encoding="utf-8")
    assert "\nkind: election-platform\n" in plan and f"\nyear: {ahead}\n" in plan and f"\nid: {plan_id}\n" in plan
    fill_placeholders(project, plan_id)
    validated = cli("--root", str(project), "validate")
    assert validated.code == 0, validated.err
