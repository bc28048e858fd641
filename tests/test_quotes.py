"""The quote check: every real quote passes; a changed, stitched or borrowed quote fails."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import REPO
from generator.site import build_site
from generator.lines import split_lines
from generator import coverage, quotes
from generator.quotes import SourceText, look_alike, normalise



@pytest.fixture(scope="module")
def site():
    return build_site(REPO)


def test_every_real_quote_is_found_in_its_source():
    """The real check over the real plans (not the site builder, which would stop first)."""
    import yaml

    from generator import checks
    from generator.load import load_inputs

    inputs = load_inputs(REPO)
    assert inputs.errors == []
    assert checks.check_quotes_found(inputs) == []
    # The check saw every quote the files hold: items, table rows and exclusions, counted
    # independently from the YAML.
    expected = 0
    for path in sorted((REPO / "plans").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected += len(data.get("excluded") or [])
        for section in data["sections"]:
            expected += len(section.get("items") or [])
            expected += sum(len(table["rows"]) for table in section.get("tables") or [])
    seen = sum(1 for plan in inputs.plans for _ in checks._quotes(plan.value, excluded=True))
    assert seen == expected > 300


def test_layout_noise_is_ignored():
    source = SourceText("- ✓ Ett **”hem”** för alla\u00a0–\tnu\n  och sedan.\n")
    assert source.find('Ett "hem" för alla - nu och sedan.') is not None
    assert source.find("Ett ”hem” för alla – nu och sedan.") is not None
    # An ellipsis is typography like a quotation mark: one character or three full stops.
    assert SourceText("Skolan, omsorgen … och mer.\n").find("Skolan, omsorgen ... och mer.") is not None
    assert SourceText("Skolan, omsorgen ... och mer.\n").find("Skolan, omsorgen … och mer.") is not None


def test_a_lists_marks_are_dropped_where_a_line_begins_and_a_bullet_within_a_line_is_text():
    """A follow-up marks what is done ✓ and what is not □: the two are different words of the
    line, not marks to drop, so a quote cannot say done where the source says not yet. A
    bullet within a number ("8·17") does not join its digits either."""
    source = SourceText("- ✓ Fler platser på kollo.\n•Nytt bibliotek i Dalby □\nÖppet 8·17 varje dag.\n")
    assert source.find("Fler platser på kollo.") is not None and source.find("Nytt bibliotek i Dalby □") is not None
    assert source.find("Nytt bibliotek i Dalby ✓") is None and source.find("Nytt bibliotek i Dalby") is not None
    assert source.find("Öppet 8·17 varje dag.") is not None and source.find("Öppet 817 varje dag.") is None


@pytest.mark.parametrize("space", ["\u2009", "\u2002", "\u202f", "\u2003"], ids=["thin", "en", "narrow-no-break", "em"])
def test_a_list_dash_set_off_by_a_typesetters_space_is_a_list_mark_for_quotes_as_for_coverage(space):
    """A pdf sets a list's dash off from its text by a thin or an en space ("–\u2009Fler
    förskolor"): coverage counted the line as a list item to quote, and a quote running into it
    over the dash, as over a dash and a plain space ("Vi vill: Fler förskolor"), was refused."""
    from generator.coverage import measure

    source = SourceText(f"Vi vill:\n–{space}Fler förskolor\n*{space}Fler fritidsgårdar\n")
    assert source.find("Vi vill: Fler förskolor Fler fritidsgårdar") is not None
    assert [unit.kind for unit in measure("sources/bergby-forskola.txt", source, [], []).units] == ["heading", "list", "list"]


@pytest.mark.parametrize("space", ["\u2002", "\u2003"], ids=["en", "em"])
def test_a_minus_set_off_by_a_typesetters_space_is_no_list_mark(space):
    """A list's dash set off by an en or em space is a list mark; a minus so set off before an
    amount alone on its line is not: read as a list's mark, the quote running into it from the
    line above without the sign was found (`Årets resultat blir 331,6 mnkr`, a deficit quoted
    as a surplus) and the quote with it was refused."""
    source = SourceText(f"Årets resultat blir\n–{space}331,6 mnkr\n")
    assert source.find("Årets resultat blir 331,6 mnkr") is None
    assert source.find("Årets resultat blir – 331,6 mnkr") is not None


def test_a_quote_found_is_not_looked_for_again_by_coverage(monkeypatch):
    """`validate` finds every quote (`check_quotes_found`), and then measures how much of its
    source the quotes cover (`check_list_items_covered`), which reads every place each quote
    stands: the places are looked for once, and the quote is found at the first of them."""
    looked = []
    whole_starts = quotes._whole_starts
    monkeypatch.setattr(quotes, "_whole_starts", lambda text, needle, *rest: looked.append(needle) or
                        whole_starts(text, needle, *rest))
    source = SourceText("Mål\nVi ska bygga fler bostäder.\nBudget\nVi ska bygga fler bostäder.\n")
    found = source.find("Vi ska bygga fler bostäder.")
    assert (found.line, found.end_line) == (2, 2)
    assert source.occurrences("Vi ska bygga fler bostäder.") == [(4, 31), (39, 66)]
    assert looked == ["Vi ska bygga fler bostäder."]


def test_only_a_line_with_a_figure_is_read_for_a_minus(monkeypatch):
    """A minus stands before an amount (`_MINUS_CELL`): a line with a dash and no digit, a list
    item's or a hyphenated word's, holds none, and is not read cell by cell for one (over the
    1,000 plans of `make bench` most lines with a dash are list items, 4 % of `validate`). The
    minus before an amount is read as before, and a fraction's character makes no amount."""
    read = []
    monkeypatch.setattr(quotes, "cells", lambda line: read.append(line) or quotes._marks_removed(line).split("\t"))
    source = SourceText("Vi vill:\n- Fler förskolor\n– ½ %\nÅrets resultat blir\n– 331,6 mnkr\nbarn- och ungdom\n")
    assert source.find("Årets resultat blir 331,6 mnkr") is None
    assert source.find("Årets resultat blir – 331,6 mnkr") is not None
    assert set(read) == {"– 331,6 mnkr"}


@pytest.mark.parametrize("bullet", ["•", "▪", "\uf0b7"], ids=["bullet", "square", "word-symbol-font-bullet"])
def test_a_bullet_close_to_its_text_is_a_list_mark_for_coverage_as_for_quotes(bullet):
    """pdftotext writes a list whose text stands 4 pt or less from its bullet (at 11 pt) with no
    space between them ("•Fler förskolor"): the quote check dropped the bullet as a list's mark,
    while coverage read the line as no list item, so a list of such lines was not required to
    be quoted. A dash close to a word is no list's mark (a hyphen, a minus) for either."""
    from generator.coverage import measure

    source = SourceText(f"Vi vill:\n{bullet}Fler förskolor\n{bullet}Fler fritidsgårdar\n-Fler lärare\n")
    assert source.find("Vi vill: Fler förskolor Fler fritidsgårdar") is not None
    coverage = measure("sources/bergby-forskola.txt", source, [], [])
    assert [unit.kind for unit in coverage.units] == ["heading", "list", "list", "heading"]
    quoted = measure("sources/bergby-forskola.txt", source, ["Fler förskolor", "Fler fritidsgårdar"], [])
    assert quoted.uncovered_list_items == []


@pytest.mark.parametrize("mark", ["✓", "✔", "☑", "□", "☐", "→", "➔", "➜", "►", "▪"])
def test_a_checklists_box_or_a_lists_arrow_is_a_list_mark_for_quotes_as_for_coverage(mark):
    """A list of ✓, □ or → items, set off by a space or close to their text ("✓ Fler
    förskoleplatser", "□Trygg skolväg", "→ 200 nya bostäder"), in each of the forms a document
    writes them (☑ ☐ ➔ ➜ were no list's marks): a quote runs over the marks as over a bullet,
    and coverage counts each line as a list item to quote."""
    from generator.coverage import measure

    source = SourceText(f"Vi vill:\n{mark} Fler förskoleplatser\n{mark}Trygg skolväg\n{mark}\u00a0200 nya bostäder\n")
    assert source.find("Vi vill: Fler förskoleplatser Trygg skolväg 200 nya bostäder") is not None
    coverage = measure("sources/bergby-forskola.txt", source, [], [])
    assert [unit.kind for unit in coverage.units] == ["heading", "list", "list", "list"]


@pytest.mark.parametrize("indent", ["\u2009", "\u2003"], ids=["thin", "em"])
@pytest.mark.parametrize("mark", ["✓", "•", "–"])
def test_a_list_indented_by_a_typesetters_space_is_a_list_for_quotes_as_for_coverage(indent, mark):
    """A list indented by a thin or an em space before its marks ("\u2003✓ Fler
    förskoleplatser"): coverage counted its lines as list items to quote, and a quote running
    into one over its mark, as into a list item set at the margin, was refused."""
    from generator.coverage import measure

    source = SourceText(f"Vi vill:\n{indent}{mark} Fler förskoleplatser\n{indent}{mark} Trygg skolväg\n")
    assert source.find("Vi vill: Fler förskoleplatser Trygg skolväg") is not None
    assert [unit.kind for unit in measure("sources/bergby-forskola.txt", source, [], []).units] == ["heading", "list", "list"]


@pytest.mark.parametrize("quote", [
    "Ett hem för alla - nu och sedan.",      # quotation marks are words too
    'Ett "Hem" för alla - nu och sedan.',     # case
    'Ett "hem", för alla - nu och sedan.',    # punctuation
], ids=["missing-quotes", "case", "punctuation"])
def test_real_differences_are_not_papered_over(quote):
    assert SourceText("- ✓ Ett **”hem”** för alla\u00a0–\tnu\n  och sedan.\n").find(quote) is None


BOUNDARY_SOURCE = ("Det är oacceptabelt att barn väntar länge på stöd.\n"
                   "Andelen ska sjunka från 1,5 procent till 0,5 procent. Kostnaden är -5 mnkr, intäkten 12 mnkr.\n"
                   "Under åren 2024–2026 byggs familje\u00adcentralen ut.\n"
                   "Totalt ska 1\u00a0500 nya bostäder byggas, 2026 150 av dem. Bara icke-vinstdrivande aktörer ska\n"
                   "driva boenden, och icke-\nvinstdrivande föreningar får stöd. Vi ska utveckla verksam\u00ad\n"
                   "heten i år.\n")


@pytest.mark.parametrize("quote", [
    "acceptabelt att barn väntar länge på stöd.",  # the opposite of the source
    "5 procent till 0,5 procent.",                 # from inside 1,5
    "Andelen ska sjunka från 1,",                  # ends inside 1,5
    "Andelen ska sjunka från 1",
    "5 mnkr, intäkten 12 mnkr.",                    # from -5 mnkr: a cost read as an income
    "2 mnkr.",                                      # from 12 mnkr
    "Det är oacceptabel",                           # ends inside a word
    "500 nya bostäder byggas",                      # from inside 1 500 (a no-break space between its thousands)
    "Totalt ska 1",                                 # ends inside 1 500
    "vinstdrivande aktörer ska driva boenden,",     # the opposite of icke-vinstdrivande
    "vinstdrivande föreningar får stöd.",           # the same, the word broken at a line's end
    "Bara icke",                                    # ends inside icke-vinstdrivande
    "heten i år.",                                  # the end of a word a soft hyphen broke at a line's end
], ids=["word-start", "decimal-start", "decimal-mark-end", "decimal-end", "sign", "digits", "word-end",
        "thousands-group-start", "thousands-end", "after-a-hyphen", "after-a-hyphen-at-a-lines-end", "before-a-hyphen", "inside-a-word-broken-by-a-soft-hyphen"])
def test_a_quote_must_begin_and_end_where_a_word_or_number_does(quote):
    """A fragment cut from inside a word or a number can say the opposite of its source."""
    source = SourceText(BOUNDARY_SOURCE)
    assert quote.replace(",", "").split()[0] in source.normal
    assert source.find(quote) is None and source.occurrences(quote) == []


@pytest.mark.parametrize("quote", [
    "Det är oacceptabelt att barn väntar länge på stöd.",
    "från 1,5 procent till 0,5 procent.",
    "Kostnaden är -5 mnkr, intäkten 12 mnkr.",
    "2026 byggs familjecentralen ut.",  # a range's end year is a number of its own; the soft hyphen is invisible
    "familje\u00adcentralen ut",
    "Totalt ska 1 500 nya bostäder byggas,",
    "150 av dem.",  # after a year: no group of thousands has four digits
    "Bara icke-vinstdrivande aktörer ska driva boenden,",
    "Vi ska utveckla verksamheten i år.",  # a soft hyphen at a line's end joins the word
], ids=["sentence", "decimals", "signed", "range-and-soft-hyphen", "soft-hyphen-in-both", "thousands-whole",
        "a-count-after-a-year", "hyphenated-whole", "soft-hyphen-at-a-lines-end"])
def test_whole_words_and_numbers_are_found(quote):
    assert SourceText(BOUNDARY_SOURCE).find(quote) is not None


def test_a_cells_edge_or_a_lines_end_groups_no_thousands():
    """Only a space within a line may group a number's thousands: a tab between two cells, or
    a line's end, is an edge ("Område 3<tab>120" is no 3 120); and a word ends at a hyphen
    that broke it at a line's end, not at one within a line before a space ("barn- och")."""
    source = SourceText("Område 3\t120\t130\nMål 2\n150 färre ska vara hemlösa 2027.\n"
                        "Vi ska minska barn-\nfattigdomen nu. Stöd för barn- och ungdomsverksamhet.\n")
    for quote in ("Område 3", "120 130", "150 färre ska vara hemlösa 2027.", "och ungdomsverksamhet."):
        assert source.find(quote) is not None, quote
    assert source.find("Vi ska minska barn") is None and source.find("fattigdomen nu.") is None
    # A wrapped paragraph's line may break a number at its thousands' space; a hyphen and a
    # space within a line go on with the word unless "och" follows.
    wrapped = SourceText("Under året ska vi minska den totala hemlösheten i kommunen med: 1\n500 personer ska få bostad.\n"
                         "Bara icke- vinstdrivande aktörer driver vård.\n")
    assert wrapped.find("500 personer ska få bostad.") is None
    assert wrapped.find("vinstdrivande aktörer driver vård.") is None


@pytest.mark.parametrize("text, quotes", [
    ("Antal anställda i hemtjänsten vid årets slut i kommunen: 45\n\n300 brukare har trygghetslarm.\n",
     ["300 brukare har trygghetslarm.", "slut i kommunen: 45"]),  # an empty line between
    ("• Öka antalet platser i särskilt boende för äldre med minst 20\n• 100 nya förskoleplatser ska byggas\n",
     ["100 nya förskoleplatser ska byggas", "äldre med minst 20"]),  # two list items
    ("## Mål för perioden 2024 till 2027 gällande antal platser 3\n250 nya bostäder byggs.\n",
     ["250 nya bostäder byggs."]),  # under a heading
    ("Både kort- respektive långsiktiga mål, såväl grund- som gymnasieskolan, från för- till gymnasieskola.\n"
     "Trygghet- en fråga för alla.\n", ["respektive långsiktiga mål,", "som gymnasieskolan,", "till gymnasieskola.",
                                         "en fråga för alla.", "Trygghet"]),  # words a hyphen does not join
    ("Tidplan\t2024-\tAnsvarig: Socialnämnden\n", ["Ansvarig: Socialnämnden"]),  # an open range of years
], ids=["paragraphs", "list-items", "heading", "suspended-words", "open-range"])
def test_no_number_or_word_goes_on_over_a_paragraph_a_list_item_or_a_word_of_its_own(text, quotes):
    source = SourceText(text)
    for quote in quotes:
        assert source.find(quote) is not None, quote


@pytest.mark.parametrize("text, quotes", [
    ("Nämnden har under året arbetat med att utveckla social-\ntjänsten och dess uppdrag i kommunen.\n",
     ["tjänsten och dess uppdrag", "utveckla social"]),  # a word broken at a long line's end
    ("- Nämnden bedömer att kostnaderna för verksamheten under året uppgår till 1\n  500 tkr enligt prognosen.\n",
     ["500 tkr enligt prognosen", "uppgår till 1"]),  # a number over a list item's own wrapped line
], ids=["hyphen-at-a-long-lines-end", "number-in-a-wrapped-list-item"])
def test_a_word_or_number_goes_on_over_a_paragraphs_or_list_items_wrapped_line(text, quotes):
    source = SourceText(text)
    for quote in quotes:
        assert source.find(quote) is None, quote


def test_a_quote_written_with_the_sources_soft_hyphen_and_line_break_is_found():
    source = SourceText("Vi ska utveckla verksam\u00ad \nheten i år.\nVårt arbete\u00ad\n\nNästa stycke.\n")
    assert source.find("Vi ska utveckla verksam\u00ad\nheten i år.") is not None
    assert source.find("Vi ska utveckla verksamheten i år.") is not None
    assert source.find("Vårt arbete\u00ad\n\nNästa stycke.") is not None  # no word goes on over an empty line


def test_a_cells_status_mark_is_its_text():
    source = SourceText("Uppdrag\tStatus\nNytt bibliotek i Dalby\t□\nFler platser på kollo\t✓ Genomfört\n")
    assert source.find("Nytt bibliotek i Dalby □") is not None and source.find("Fler platser på kollo ✓ Genomfört")
    assert source.find("Fler platser på kollo Genomfört") is None


def _one_line_items(plan) -> list:
    """The plan's items whose quote is one line of its source, of six words or more, that a
    YAML string in double quotes holds as it is."""
    return [item for item in plan.items if item.line == item.end_line and len(item.data.quote.split()) >= 6
            and not set(item.data.quote) & set('"\\\n')]


def _wrong_quotes(site) -> dict:
    """A quote of the real plan with the most items, made wrong in three ways, each with the
    lines the error may suggest as the closest: one word changed, two of its passages joined,
    and another document's passage. Chosen from the data, so that any valid edit of the plans
    leaves the three cases."""
    plan = max(site.plans, key=lambda plan: len(_one_line_items(plan)))
    first, following = _one_line_items(plan)[:2]
    words, other = first.data.quote.split(), following.data.quote.split()
    changed = " ".join([*words[:-2], "Skiftingeplaneringen", words[-1]])
    joined = " ".join(words[:len(words) // 2] + other[len(other) // 2:])
    source = plan.source.text
    borrowed = next(item.data.quote for another in site.plans if another is not plan
                    for item in _one_line_items(another) if item.data.quote.split()[1] not in source)
    return {"plan": plan, "item": first,
            "one-word-changed": (changed, (first.line,)),
            # any passage between the two is a fair suggestion
            "two-passages-joined": (joined, range(first.line, following.line + 1)),
            "from-another-document": (borrowed, None)}


def _write_quote(project: Path, plan, item, quote: str) -> None:
    """`quote` in place of the item's quote in the plan's file (a quote over several lines too)."""
    path = project / plan.file
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index(f"      - id: {item.id}")
    at = next(number for number in range(at + 1, len(lines)) if lines[number].startswith("        quote:"))
    end = next(number for number in range(at + 1, len(lines)) if not lines[number].startswith("         "))
    lines[at:end] = [f'        quote: "{quote}"']
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def repo_copy(tmp_path):
    import shutil

    for folder in ("plans", "registry", "sources"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


@pytest.mark.parametrize("case", ["one-word-changed", "two-passages-joined", "from-another-document"])
def test_wrong_quotes_are_errors_naming_plan_item_and_line(repo_copy, cli, site, case):
    wrong = _wrong_quotes(site)
    plan, (quote, closest_line) = wrong["plan"], wrong[case]
    _write_quote(repo_copy, plan, wrong["item"], quote)
    result = cli("--root", str(repo_copy), "validate")
    assert result.code == 1
    [error] = [line for line in result.lines if line.startswith(plan.file) and ".quote: " in line]
    item_line = (repo_copy / plan.file).read_text(encoding="utf-8").splitlines().index(f'        quote: "{quote}"') + 1
    assert error.startswith(f"{plan.file}:{item_line}:")
    assert f".quote: citatet finns inte ordagrant i {plan.data.source.archive}." in error
    if closest_line:
        assert any(f"Närmast liknande är rad {line}: »" in error for line in closest_line), error


def test_every_list_item_of_every_source_is_covered_or_excluded(site):
    # A source may have no list at all (a motion of one paragraph); the real sources have lists.
    assert sum(len(plan.coverage.list_items) for plan in site.plans) > 0
    for plan in site.plans:
        assert plan.coverage.uncovered_list_items == [], plan.id


# A list item of 50 characters (spaces not counted): its first 40 are four fifths of it.
COVERAGE_SOURCE = "# Förskola och skola\n\n- Vi bygger åtta nya förskolor och fyra nya skolor i kommunen.\n"


@pytest.mark.parametrize("quotes, exclusions, done, share", [
    (["Vi bygger åtta nya förskolor och fyra nya skolor"], [], 1, "80,0 %"),  # quoted: 40 of 50
    (["Vi bygger åtta nya förskolor och fyra nya"], [], 0, "68,0 %"),  # 34 of 50
    (["Vi bygger åtta nya"], ["förskolor och fyra nya skolor"], 1, "80,0 %"),  # quoted 15 and left out 25 of 50
    (["Vi bygger åtta nya"], ["förskolor och fyra nya"], 0, "68,0 %"),  # 15 and 19 of 50
], ids=["quoted-four-fifths", "quoted-less", "quoted-and-excluded-four-fifths", "quoted-and-excluded-less"])
def test_a_list_item_counts_as_done_when_quotes_and_exclusions_span_four_fifths_of_it(quotes, exclusions, done, share):
    """The coverage pages' figures follow the rule the editors' guide states: a list item is
    done when quotes, or quotes and the plan's exclusions together, span at least 80 % of its
    characters, the edge itself included ("1 av 1" list items, and none left open); the share
    of the text counts what quotes and exclusions span; a heading is nothing to quote."""
    from generator.coverage import measure
    from generator.swedish import percent

    coverage = measure("sources/bergby-forskola.txt", SourceText(COVERAGE_SOURCE), quotes, exclusions)
    assert (coverage.list_done, coverage.list_total) == (done, 1)
    assert [unit.line for unit in coverage.uncovered_list_items] == ([] if done else [3])
    assert coverage.open_count == 1 - done
    assert percent(coverage.share) == share


def test_a_short_list_item_must_be_quoted_and_a_page_number_need_not_be():
    """A list item of two words is as much a commitment as a long one, while a pdf's page
    number on its own line ("Sida 2 av 3") is nothing to quote: the coverage page counts the
    one open and not the other."""
    from generator.coverage import measure

    coverage = measure("sources/bergby-forskola.txt", SourceText("# Förskola\n\n- Fler förskolor\n\nSida 2 av 3\n"), [], [])
    assert [unit.line for unit in coverage.uncovered_list_items] == [3]
    assert (coverage.list_done, coverage.list_total, coverage.open_count) == (0, 1, 1)


# A budget table as the real plan's source gives it: its header row, longer than a heading's
# 90 characters, names years, its rows are figures; under it, a table whose cells are
# sentences with figures in them.
TABLE_SOURCE = ("Resultatbudget\n"
                "Intäkter och kostnader\tÅrsprognos sept\tBudget helår 2023\tAvvikelse Årsprognos sept\tBudget 2024\n"
                "Personalkostnader\t-331,6\t-339,8\t8,2\t-351,7\n\n"
                "1 a) Fler ska få stöd utan biståndsbeslut.\tIndikator: ca 25 % av resurserna 2027.\n"
                "1 b) Våldsutsatta barn ska få berätta.\tIndikator: 100 % av barnen.\n")


def test_a_tables_header_row_naming_years_is_a_heading_and_a_row_of_sentences_is_not():
    """The coverage pages say a table's header row is a heading, nothing to quote: so is one
    that names years ("Budget 2024"), which the table's rows under it quote around, and which
    the page listed as a paragraph not quoted. A row of sentences with figures in them, followed
    by no row of figures, is still a paragraph to quote or exclude."""
    from generator.coverage import measure

    coverage = measure("sources/bergby-budget.txt", SourceText(TABLE_SOURCE), ["Personalkostnader -331,6 -339,8 8,2 -351,7"], [])
    assert [unit.line for unit in coverage.units if unit.kind == "heading"] == [1, 2, 3]
    assert [unit.line for unit in coverage.open_units] == [5, 6]
    assert (coverage.paragraphs_done, coverage.paragraphs_total) == (0, 2)


@pytest.mark.parametrize("space", ["\u2009", "\u2007", "\u202f", "\u2006", "\u2008"],
                         ids=["thin", "figure", "narrow-no-break", "six-per-em", "punctuation"])
def test_a_tables_figures_grouped_by_a_typesetters_space_are_figures(space):
    """A pdf's budget row writes "-1 331,6" with a thin or figure space between its thousands:
    its cells are figures, so the header row above it is a heading. The coverage page listed
    that header row as a paragraph not quoted."""
    from generator.coverage import measure

    header, _ = TABLE_SOURCE.split("\n", 2)[1:]
    row = f"Personalkostnader\t-1{space}331,6\t-1{space}339,8\t-1{space}351,7\n"
    coverage = measure("sources/bergby-budget.txt", SourceText(f"Resultatbudget\n{header}\n{row}"), [], [])
    assert [unit.kind for unit in coverage.units] == ["heading"] * 3
    assert (coverage.open_count, coverage.paragraphs_total) == (0, 0)


@pytest.mark.parametrize("sign", ["\u2012", "\u2010"], ids=["figure-dash", "hyphen"])
def test_a_tables_figures_signed_by_any_dash_the_quote_check_reads_as_minus_are_figures(sign):
    """A typesetter's budget row writes its minus as a figure dash ("‒331,6", as wide as a digit)
    or a hyphen, which the quote check reads as a minus: its cells are figures, so the header row
    above it is a heading. The coverage page listed that header row as a paragraph not quoted."""
    from generator.coverage import measure

    header, _ = TABLE_SOURCE.split("\n", 2)[1:]
    row = f"Personalkostnader\t{sign}331,6\t{sign}339,8\t{sign}351,7\n"
    coverage = measure("sources/bergby-budget.txt", SourceText(f"Resultatbudget\n{header}\n{row}"), [], [])
    assert [unit.kind for unit in coverage.units] == ["heading"] * 3
    assert (coverage.open_count, coverage.paragraphs_total) == (0, 0)


@pytest.mark.parametrize("mark", [None, "–", "—", "·", "‣", "\uf0b7\t", "\uf0a7", "■", "➢", "❖"],
                         ids=["as-written", "en-dash", "em-dash", "middle-dot", "triangle", "word-symbol-font-bullet",
                              "word-wingdings-square", "square", "arrowhead", "diamonds"])
def test_an_uncovered_list_item_is_an_error(repo_copy, cli, site, mark):
    """Whatever mark the list uses: Swedish lists are often written with an en dash, and a text
    copied from a PDF made in Word keeps Word's bullets, some of them from its symbol fonts'
    private code points (U+F0B7, U+F0A7)."""
    # A list item of a real source that one item quotes whole and no other item or exclusion
    # covers (L's "Förbättra familjehemmens situation"): that item is dropped.
    plan, bullet, item = next((plan, unit, quoting[0]) for plan in site.plans for unit in plan.coverage.list_items
                              if not unit.excluded
                              for quoting in [[item for item in plan.items if item.line <= unit.line <= item.end_line]]
                              if len(quoting) == 1 and " ".join(quoting[0].data.quote.split()) == unit.text)
    path = repo_copy / plan.file
    source_path = repo_copy / plan.data.source.archive
    lines = source_path.read_text(encoding="utf-8").split("\n")
    assert lines[bullet.line - 1].strip().endswith(bullet.text)
    if mark:
        lines[bullet.line - 1] = f"{mark} {bullet.text}"
        source_path.write_text("\n".join(lines), encoding="utf-8")
    blocks = path.read_text(encoding="utf-8").split("\n      - id: ")
    kept = [block for block in blocks[1:] if not block.startswith(f"{item.id}\n")]
    assert len(kept) == len(blocks) - 2
    path.write_text("\n      - id: ".join([blocks[0], *kept]), encoding="utf-8")
    result = cli("--root", str(repo_copy), "validate")
    assert result.code == 1
    assert f"listpunkten på rad {bullet.line} i {plan.data.source.archive} finns inte med: »" in result.err


# Beside the pieces of the first sets, what texts copied from PDFs and web pages have (`sources/`):
# other dashes and minus signs, spaces, quotation marks and bullets, and a page's layout.
_COPIED_DASHES = ["\u2010", "\u2011", "\u2012", "\u2014", "\u2212"]
_COPIED_SPACES = ["\u2007", "\u202f", "\u2009", "\u200b", "\u2006", "\u2003", "\u2002", "\u2005"]
_COPIED_QUOTES_AND_BULLETS = ["\u00bb", "\u00ab", "\u2018", "\u2019", "\u201e", "\u25e6 ", "\u25aa ", "\n\u2013 "]
_COPIED_LAYOUT = [" # ", "\n===\n", "\r\n", "\ufeff", "a\u030a", "\f", "\n12\n"]
# A setext underline of hyphens and a contents line's leader dots: not for the test of a passage
# as written, which tells written from compared text by a plain hyphen or `...`.
_COPIED_PLAIN_MARKS = ["\n---\n", " .......\t12"]
_COPIED = _COPIED_DASHES + _COPIED_SPACES + _COPIED_QUOTES_AND_BULLETS + _COPIED_LAYOUT
_SOURCE_CHARACTERS = st.sampled_from(list("ab Å*#-+•–“”\t\u00a0\u0301\n\r\u00ad\ufb01\0") + ["e\u0301", "1. ", "- ", "+ ", "## "]
                                     + _COPIED + _COPIED_PLAIN_MARKS)


@given(st.lists(_SOURCE_CHARACTERS, max_size=60).map("".join))
@settings(max_examples=600, deadline=None)
def test_each_source_line_normalised_alone_is_its_range_of_the_normalised_source(text):
    """Locators are checked against the source's own normalised lines (`line_spans`): each
    is what normalising that line alone gives, the rule quotes are compared by."""
    source = SourceText(text)
    for raw, (start, end) in zip(split_lines(source.text), source.line_spans()):
        assert source.normal[start:end] == normalise(raw)


_WRITTEN_CHARACTERS = st.sampled_from(["ab", "12", " ", "\n", "\t", "\u2013", "\u201d", "\u201c", "\u00a0", "\u2026",
                                       "\u2022 ", "## ", "**", "15%", "\ufb01", "\u00ad", "\u00ad\n"] + _COPIED)


@given(st.lists(_WRITTEN_CHARACTERS, max_size=40).map("".join))
@example("Vi bygger 5\u201310 nya \u201dtrygga\u201d boenden\u00a0i år, 15% fler.")
@example("\u2013\n12\u2026")  # a line of a dash alone, then a number (a full run in session 78)
@example("ab \u2022 \u2013 12\u2026")  # a bullet, then a dash before a number (a full run in session 80)
@example("ab ## \u2013\u00a0## ")  # hashes mid-line, the second after a no-break space (CI at stop 81)
@settings(max_examples=400, deadline=None)
def test_a_passage_is_shown_as_the_source_writes_it_and_copied_reads_the_same(text):
    """The passage a hint offers (`as_written`) has the source's en dashes, typographic quotes,
    ellipses, no-break and thin spaces and `15%`, where the compared text has plain ones, a space before
    the per cent sign and plain spaces; it leaves out what the compared text leaves out (soft
    hyphens, list and heading marks, emphasis), and copied into a quote it reads as the passage."""
    source = SourceText(text)
    words = source.normal.split(" ")
    for first in range(len(words)):
        start = len(" ".join(words[:first])) + (1 if first else 0)
        for last in range(first + 1, min(len(words), first + 4) + 1):
            passage = " ".join(words[first:last])
            shown = source.as_written(passage, source.lines_of((start, start + len(passage)))[0])
            assert normalise(shown) == normalise(passage), (passage, shown)
            written_so = passage.replace("-", "\u2013", 1).replace("...", "\u2026")
            if shown == passage and (normalise(written_so) != normalise(passage) or normalise(passage) != passage):
                # The source's dash, shown where the passage begins ("– 12…", from a line of a
                # dash alone) or after a list's mark it begins with ("• – 12…"), would be read as
                # a list's mark and left out; and a passage that begins with marks a quote leaves
                # out ("## – ##" in a line's middle) reads otherwise with the source's no-break
                # space before its last hashes ("##" after one closes no heading): either is
                # shown as compared (`SourceText.written`).
                continue
            assert "-" not in shown and '"' not in shown and "..." not in shown, (passage, shown)
            # A space the source writes (no-break, thin, figure) is shown as written: a space.
            plain = "".join(" " if unicodedata.category(char) == "Zs" else char
                            for char in shown.translate(quotes._TYPOGRAPHY))
            assert plain.replace("\u2026", "...").replace("15%", "15 %") == passage, (passage, shown)


_MARKED_TEXT = st.sampled_from(["ab", "12", " ", "\n", "\t", "- ", "* ", "+ ", "# ", "## ", "**", "*", "_", "1)", "15%", "%",
                                "\u2022 ", "\u2013 ", "1/2", " 5 mnkr"] + [char for char, _ in quotes._DROPPED]
                               + [f"{dash} " for dash in _COPIED_DASHES] + _COPIED + _COPIED_PLAIN_MARKS
                               + list(quotes._FRACTIONS))


@given(st.lists(_MARKED_TEXT, max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_the_written_pieces_of_a_text_compare_as_the_text_does(text):
    """A hint shows a passage as the source writes it (`_written_pieces`, which repeats the steps
    of `_marks_removed` keeping where each character came from): its compared characters must be
    the very text the checks compare, or a passage copied from a hint would be read otherwise."""
    assert quotes._pieces_text(quotes._written_pieces(text)) == quotes._marks_removed(text)


@given(st.lists(_MARKED_TEXT, max_size=40).map("".join))
@example("- 12 mnkr\n\t\u2022 ab\n\u2013 3 -\n")  # a minus, a cell's bullet, a page's number
@settings(max_examples=300, deadline=None)
def test_a_lines_list_marks_are_the_same_read_alone_or_in_the_whole_text(text):
    """A line's list marks are read in a line alone (whether it is a heading, `_a_heading`) and
    at each line's start in a whole text (`_marks_removed`), by one pattern: both must find the
    same marks, or a line would be a heading to one rule and not to the other."""
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    in_text = {found.start(): found.end() for found in quotes._LINE_BULLET.finditer(text)}
    for start, line in zip(starts, text.split("\n")):
        alone = quotes._LINE_BULLET.match(line)
        assert (alone and start + alone.end()) == in_text.get(start, None if alone is None else 0)


@given(st.lists(st.sampled_from(["ab", "ab ab", "b", "\n", "\t", " ", "a\nb", "–"]), max_size=30).map("".join),
       st.sampled_from(["ab", "b", "ab ab", "a b", "b ab"]),
       st.lists(st.tuples(st.integers(1, 12), st.integers(0, 6)), min_size=1, max_size=3))
@settings(max_examples=300, deadline=None)
def test_a_quotes_places_within_lines_are_its_places_that_begin_and_end_there(text, quote, ranges):
    """A risk's texts are looked for within its lines only (`occurrences_within`): the same
    places as every place of the quote whose first and last line lie in one of the ranges."""
    source = SourceText(text)
    count = len(source.line_spans())
    within = [(min(first, count), min(first + more, count)) for first, more in ranges]
    assert source.occurrences_within(quote, within) == [
        span for span in source.occurrences(quote)
        if any(a <= line_a and line_b <= b for a, b in within for line_a, line_b in [source.lines_of(span)])]


def test_the_closest_passage_to_a_long_quote_is_found_word_by_word():
    """A quote of a whole paragraph with a slip is compared word by word (letter by letter, a
    paragraph of 4,000 characters pasted from another text took 20 s): the message still names
    the paragraph it slipped from, not one that shares its words in another order."""
    sentences = ["Socialnämnden ska minska hemlösheten genom fler lägenheter med stöd i alla kommundelar.",
                 "Barnfamiljer ska få stöd tidigt genom familjecentraler, skolan och föreningslivet.",
                 "Äldre ska kunna bo kvar hemma med hemtjänst som kommer i tid och känner dem."]
    paragraphs = [" ".join(sentences[(start + step) % 3] for step in range(9)) for start in range(3)]
    source = SourceText("\n\n".join(paragraphs) + "\n")
    quote = paragraphs[1].replace("familjecentraler", "familjecentralerna", 1)
    assert len(quote) > 500 and source.find(quote) is None
    passage, line = source.closest(quote)
    assert line == 3 and passage.startswith(paragraphs[1][:40])


def test_each_run_of_the_checks_has_its_own_budget_for_closest_passages(monkeypatch):
    """The review: `mkdocs serve` keeps a source between rebuilds, and its budget for hints ran
    down over a session. The checks renew it each run; what was found stays found."""
    source = SourceText("Ett härbärge öppnas.\nKollo för alla barn.\n")
    monkeypatch.setattr(quotes, "CLOSEST_BUDGET", 25)  # one search of 7 words × 3 widths
    source.renew_closest_budget()
    assert source.closest("Ett härbärge öppnar")[1] == 1
    assert source.closest("Kollo för alla")[1] == 0  # the budget is spent
    source.renew_closest_budget()
    assert source.closest("Kollo för alla")[1] == 2 and source.closest("Ett härbärge öppnar")[1] == 1


def test_a_star_between_numbers_is_a_sign_not_emphasis():
    """A star a source writes between two numbers multiplies them: dropped as Markdown
    emphasis, `5*3 veckor` read as `53 veckor` and `5 * 300 kronor` as `5 300 kronor`, and a
    quote with a star inside a number (`1*5`) was found in a source's `15`. Emphasis around a
    number is still no text ("**5** procent")."""
    source = SourceText("Kollo i 5*3 veckor, för 5 * 300 kronor.\nVi bygger 15 skolor, **5** nya i år.\n")
    for quote in ("Kollo i 53 veckor,", "för 5 300 kronor.", "Vi bygger 1*5 skolor,"):
        assert source.find(quote) is None, quote
    for quote in ("Kollo i 5*3 veckor,", "för 5 * 300 kronor.", "Vi bygger 15 skolor, 5 nya i år."):
        assert source.find(quote) is not None, quote


@given(st.lists(st.sampled_from(["1", "5", "a", " ", "\u00a0", "\u2009", "\u2003", "*", "**", "\n", "\t", "_"]), max_size=14)
       .map("".join))
@example("5 *  **3 veckor")
@example("**5** \u00a0\u2009* 3")
@example("***5***   * 3")  # three stars and three spaces, the most it reads
@settings(max_examples=600, deadline=None)
def test_a_star_after_a_factor_and_its_spaces_is_read_as_each_number_of_stars_and_spaces_says(text):
    """A run of stars is the sign between two numbers where up to three stars and one to three
    spaces stand after the first (`5 * 3`, `**5** * 3`): `_EMPHASIS` looks behind the spaces
    once for each number of them. It must drop what a lookbehind for each number of stars and
    of spaces drops, written out one by one."""
    space = quotes._SPACE_IN_LINE
    each = "|".join(rf"(?<=\d{stars}{space}{{{spaces}}})"
                    for stars in ("", r"\*", r"\*\*", r"\*\*\*") for spaces in (1, 2, 3))
    written_out = re.compile(rf"(?<!\*)(?!(?<=\d)\*+\d|(?:{each})\*+(?:{space}+|{space}*\n[ \t\u00a0]*)\*{{0,3}}\d)\*+")
    for start in range(len(text) + 1):
        found, expected = quotes._EMPHASIS.match(text, start), written_out.match(text, start)
        assert (found and found.span()) == (expected and expected.span()), start


@pytest.mark.parametrize("quote", [
    "2 år för fler barn.",                  # from 1/2 år: half a year read as two years
    "Barnen får kollo i 1",                 # ends inside 1/2
    "Fritidsgården är öppen till 22",       # ends inside the time 22:30
    "30 varje kväll.",                      # from inside 22:30
    "500 är skalan på kartan.",             # from inside the scale 1:500
], ids=["fraction-start", "fraction-end", "time-end", "time-start", "ratio-start"])
def test_a_quote_does_not_begin_or_end_inside_a_fraction_a_time_or_a_ratio(quote):
    """A slash or colon between digits joins one number as a decimal mark does: `2 år` cut
    from `1/2 år` says four times as much as its source."""
    source = SourceText("Barnen får kollo i 1/2 år för fler barn.\nFritidsgården är öppen till 22:30 varje kväll.\n"
                        "Kartan i 1:500 är skalan på kartan.\n")
    assert source.find(quote) is None
    whole = {"2 år för fler barn.": "1/2 år för fler barn.", "Barnen får kollo i 1": "Barnen får kollo i 1/2",
             "Fritidsgården är öppen till 22": "Fritidsgården är öppen till 22:30", "30 varje kväll.": "22:30 varje kväll.",
             "500 är skalan på kartan.": "1:500 är skalan på kartan."}[quote]
    assert source.find(whole) is not None


@pytest.mark.parametrize("sign", [">", "<", "≥", "≤", "±", "~", "≈"])
def test_a_quote_does_not_begin_after_a_numbers_comparison_sign(sign):
    """`5 procent av barnen väntar` cut from `>5 procent av barnen väntar` says a number the
    source does not: a comparison or approximation sign belongs to its number as a minus does."""
    source = SourceText(f"Andelen är {sign}5 procent av barnen som väntar.\n")
    assert source.find("5 procent av barnen som väntar.") is None
    assert source.find(f"{sign}5 procent av barnen som väntar.") is not None


@pytest.mark.parametrize("quote", [
    "2025 bygger nämnden fem nya boenden.",  # the range's end year, as after a dash (`2024-2026`)
    "Under budgetåret 2024",                 # its first year
], ids=["end-year", "first-year"])
def test_a_slash_between_two_years_is_a_range_not_a_fraction(quote):
    """`2024/2025` is a range of years, as `2024-2025` is: a quote may begin or end at one of
    them, as at a range's dash; only a fraction's slash (`1/2`), or a year's short end
    (`2023/24`, where `24` alone is no year), joins one number."""
    source = SourceText("Under budgetåret 2024/2025 bygger nämnden fem nya boenden.\n"
                        "Under läsåret 2023/24 införs läxhjälp.\n")
    assert source.find(quote) is not None
    assert source.find("24 införs läxhjälp.") is None and source.find("Under läsåret 2023") is None


@pytest.mark.parametrize("sign", ["< ", "> ", "≥ ", "≤ ", "± ", "~ ", "≈ ", ">=", "<=", ">= ", "=< ", "+/- "])
def test_a_quote_does_not_begin_after_a_comparison_sign_and_a_space(sign):
    """`< 5 procent` says what `<5 procent` does, and `>=5` is `≥5` typed: a quote may no more
    begin at the number after them than after `<5`."""
    source = SourceText(f"Andelen är {sign}5 procent av barnen som väntar.\n")
    assert source.find("5 procent av barnen som väntar.") is None
    assert source.find(f"{sign}5 procent av barnen som väntar.".lstrip()) is not None


def test_an_arrow_a_tag_or_a_quotation_mark_before_a_number_is_no_comparison():
    """An arrow (`->`, `=>`), what is left of a web page's tag (`<br>`) and a Markdown quotation's
    `>` first on a line stand before a number as any other punctuation does."""
    source = SourceText("Antal platser 3 -> 5 platser i år.\nMål 2026 => 7 nya boenden.\nLäs mer<br> 9 nya.\n"
                        "> 12 nya familjehem ska rekryteras.\n")
    for quote in ("5 platser i år.", "7 nya boenden.", "9 nya.", "12 nya familjehem ska rekryteras."):
        assert source.find(quote) is not None, quote


@pytest.mark.parametrize("quote", [
    "3 veckor i sommar.", "300 kronor per barn.", "45 minuter om dagen.", "4 meter stor.",
    "Kollo i 5", "Stöd för 5", "Läxhjälp 2", "Rummet är 3",
], ids=["star-start", "spaced-star-start", "times-start", "spaced-times-start",
        "star-end", "spaced-star-end", "times-end", "spaced-times-end"])
def test_a_quote_does_not_begin_or_end_inside_a_product(quote):
    """A star between two numbers multiplies them (`5*3 veckor`), as `×` does: `3 veckor` cut
    from it says a fifth of its source, as `2 år` cut from `1/2 år` says four times as much."""
    source = SourceText("Kollo i 5*3 veckor i sommar.\nStöd för 5 * 300 kronor per barn.\n"
                        "Läxhjälp 2×45 minuter om dagen.\nRummet är 3 × 4 meter stor.\n")
    assert source.find(quote) is None
    for whole in ("5*3 veckor i sommar.", "5 * 300 kronor per barn.", "2×45 minuter om dagen.", "3 × 4 meter stor."):
        assert source.find(whole) is not None, whole


def test_a_short_lines_end_between_two_numbers_may_be_a_wrapped_thousands_space():
    """A pdf's narrow column (a party's leaflet) wraps "1 500" at its space on a line of
    fewer than 40 characters as a short line ("Mål 2") ends: which it is, the text does not
    say, so a quote may read either (`SourceText.numbers_joined` names only a cell's edge, a
    paragraph's end, a list item's or a heading's)."""
    source = SourceText("Vi vill att kommunen bygger 1\n500 nya bostäder för äldre\nfram till år 2030.\n\n"
                        "Antal platser 2\n\n300 nya ska byggas.\nPlatser\t4\t100\n- Minst 5\n- 200 till\n")
    assert source.numbers_joined("kommunen bygger 1 500 nya bostäder") is None
    assert source.find("500 nya bostäder för äldre") is not None  # as before: either reading
    assert source.numbers_joined("Antal platser 2 300 nya") == ("2", "300")
    assert source.numbers_joined("Platser 4 100") == ("4", "100")
    assert source.numbers_joined("Minst 5 200 till") == ("5", "200")


@pytest.mark.parametrize("lead", ["\f", "\u2003\f", "\u2002 \f"], ids=["form-feed", "em-space", "en-and-plain-space"])
def test_a_page_break_after_a_typesetters_space_groups_no_thousands(lead):
    """A page's first line begins at its form feed, also after a typesetter's space the line
    begins with ("\u2003\f500 nya hushåll", as the page checks read it): the last page's "12" and
    the next page's "500" are two numbers. After an em space the break was read as a wrapped
    paragraph's, so "12 500" passed as one number and "500 nya hushåll" was refused."""
    source = SourceText(f"Vi har under året planerat bostäder för omkring 12\n{lead}500 nya hushåll i kommunen.\n")
    assert source.find("500 nya hushåll i kommunen.") is not None
    assert source.numbers_joined("omkring 12 500 nya hushåll") == ("12", "500")


@pytest.mark.parametrize("text", [
    "1 Kostnader per år\n2 500\n3 000\n4 Mål för året\n",
    "1 Inledning\n2 500 kronor per barn och år ges till kollo.\n",
    "1 Inledning\n2 500 kronor per barn och år ges till alla som\nbehöver det.\n",
    # an amount alone under a heading, neither ending a sentence
    "1 Kostnader per år\n2 500\n\nNämnden ska hålla budgeten.\n",
    # a paragraph wrapped over more lines than an item's most, whose line read there ends no sentence
    "1 Inledning\n2 500 kronor per barn och år ges till alla familjer som har\n"
    + "behov av stöd under året och som bor i kommunen sedan minst\n" * 8 + "ett år.\n",
], ids=["column-of-amounts", "last-line", "last-line-wrapped", "an-amount-alone", "last-line-wrapped-long"])
def test_a_plain_spaced_figure_that_counts_on_by_chance_stays_a_thousand(text):
    """A plain space sets off every heading's number and groups every line's thousands: a line
    "2 500" after "1 Kostnader per år" is a thousand, not the item 2 of a list, where the run
    does not count on past it to an item that begins with a word (a column of amounts counting up
    by chance, "2 500" over "3 000"; or the run's last line). Read as a list's, the correct quote
    "2 500" was refused as reading two numbers as one."""
    source = SourceText(text)
    assert source.find("2 500") is not None
    assert source.numbers_joined("2 500") is None


@pytest.mark.parametrize("text, amount", [
    ("1 Avgifter\n2 500 kr per barn\n3 000 kr per familj\n4 Mål för året\n", "3 000 kr per familj"),
    ("1 Trygghet\n2 Skola\n3 000 kronor till föreningslivet\n", "3 000 kronor till föreningslivet"),
    ("1 000 kronor per barn\n2 Trygg skolväg\n3 Fler förskolor\n", "1 000 kronor per barn"),
], ids=["column-with-a-unit", "last-line", "first-line"])
def test_three_digits_beginning_with_zero_after_a_plain_spaced_number_are_its_thousands(text, amount):
    """No figure of a list item's text begins with 0: "3 000 kr per familj" is 3 000, whatever
    the lines around it count. A column of amounts with their unit ("2 500 kr per barn" over
    "3 000 kr per familj", under "1 Avgifter", over "4 Mål för året") was read as a list's items
    2 and 3, so the correct quotes "3 000 kr per familj" and "2 500 kr per barn" were refused as
    reading a list's number and a figure as one, "000 kr per familj" passed, and coverage asked
    for the amounts as items."""
    source = SourceText(text)
    lines = text.splitlines()
    assert source.find(amount) is not None and source.numbers_joined(amount) is None
    assert source.find(amount[2:]) is None
    assert lines.index(amount) not in coverage._numbered_items(source)
    assert all(source.numbers_joined(line) is None for line in lines)


@pytest.mark.parametrize("text, amount", [
    ("1 Avgifter\n2 500 kr per barn\n3 200 kr per familj\n4 Mål för året\n", "3 200 kr per familj"),
    ("1 Avgift\n2 500 kronor\n3 200 kronor\n4 Mål\n", "2 500 kronor"),
    ("1 Trygghet\n2 Skola\n3 200 kronor\n", "3 200 kronor"),
    ("1 200 kronor per barn\n2 Trygg skolväg\n", "1 200 kronor per barn"),
    ("1\u2002Avgifter\n2\u2002500 kronor per barn\n3\u2002200 kronor per familj\n", "3\u2002200 kronor per familj"),
    ("1\u2002Trygghet\n2\u2002000 kronor per barn\n3\u2002Skola\n", "2\u2002000 kronor per barn"),
    ("1 Inledning\nNämnden har tre mål.\n2 Mål\nNämnden ska göra mer.\n3 200 kr per barn i månaden\n",
     "3 200 kr per barn i månaden"),
], ids=["column-with-a-unit", "column-of-kronor", "last-line-an-amount-alone", "first-line-of-two", "en-spaced-column", "en-spaced-zeros", "under-chapters"])
def test_a_figure_with_its_thousands_and_a_unit_after_a_lists_number_is_an_amount(text, amount):
    """A number, three digits and a unit ("3 200 kr per familj", "1 200 kronor") are an amount, not
    a list's number and its item's figure, where the list does not count on past it by words on
    both sides; and an en-spaced "2\u2002000 kronor" is 2 000 kronor in a list set off by en
    spaces ("1\u2002Trygghet"), as no item's figure begins with 0. Read as the list's, the
    amounts were items to cover ("listpunkten på rad 3 … finns inte med"), and their correct
    quotes were refused as reading a list's number and a figure as one."""
    source = SourceText(text)
    lines = text.splitlines()
    assert source.find(amount) is not None and source.numbers_joined(amount) is None
    assert source.find(amount[2:]) is None
    assert lines.index(amount) not in coverage._numbered_items(source)
    report = coverage.measure("bergby.txt", source, [line for line in lines if line != amount], [])
    assert report.uncovered_list_items == []


@pytest.mark.parametrize("text", [
    "1 Fler vakter\n2 Fler fritidsgårdar\n3 200 kr mer i barnbidrag\n",
    "1 Trygghet\n2 Skola\n3 200 kronor per barn\n",
    "1\u2002Fler vakter\n2\u2002Fler fritidsgårdar\n3\u2002200 kr mer i barnbidrag\n",
    "1 Fler vakter\n2 200 nya bostäder\n3 500 kr mer i barnbidrag\n",
    "1 200 kronor per barn\n2 Trygg skolväg\n3 Fler förskolor\n",
], ids=["words", "single-words", "en-spaced", "after-a-figures-item", "first-line"])
def test_an_amount_a_list_has_counted_up_to_by_two_items_is_its_last_item(text):
    """A list's last item beginning with a figure and a unit, after two items that count on and
    stand right above it, is the list's, items ending without a full stop ("1 Fler vakter", "2
    Fler fritidsgårdar", "3 200 kr mer i barnbidrag"), and so its first before two such ("1 200
    kronor per barn", "2 Trygg skolväg", "3 Fler förskolor"): read as an amount, a plan that left
    it out passed (the first's: the whole list, read as beginning at 2), and its quote without
    the number was refused. A column of amounts under one heading ("1 Avgifter", "2 500 kr per
    barn", "3 200 kr per familj") stays amounts."""
    source = SourceText(text)
    lines = text.splitlines()
    amount = next(place for place, line in enumerate(lines) if " kr" in line)
    assert sorted(coverage._numbered_items(source)) == [0, 1, 2]
    assert source.find(lines[amount][2:]) is not None and source.numbers_joined(lines[amount][2:]) is None
    report = coverage.measure("bergby.txt", source, [line[2:] for line in lines if line != lines[amount]], [])
    assert [item.line for item in report.uncovered_list_items] == [amount + 1]


@pytest.mark.parametrize("text, last", [
    ("1 Trygghet\n2 200 kr mer i barnbidrag\n3 Fler vakter\n4 200 kr mer i pension\n", "4 200 kr mer i pension"),
    ("1 250 barn får plats\n2 Mål\n3 500 kr per barn\n4 Mål\n5 500 kr per elev\n", "5 500 kr per elev"),
], ids=["every-other-an-amount", "after-a-figures-item"])
def test_a_lists_last_amount_after_an_amount_it_counted_past_stays_its_item(text, last):
    """A list counting on past an amount ("2 200 kr mer i barnbidrag" between "1 Trygghet" and "3
    Fler vakter") keeps its last item beginning with an amount ("4 200 kr mer i pension"): the
    amount it counted past counts on as its items do. Read as an amount, the last item needed no
    covering and its quote without the number was refused."""
    source = SourceText(text)
    lines = text.splitlines()
    assert sorted(coverage._numbered_items(source)) == list(range(len(lines)))
    assert source.find(last[2:]) is not None and source.numbers_joined(last[2:]) is None
    report = coverage.measure("bergby.txt", source, [line[2:] for line in lines if line != last], [])
    assert [item.line for item in report.uncovered_list_items] == [len(lines)]


@pytest.mark.parametrize("text", [
    "1 Fler vakter\n2 Fler fritidsgårdar\n3 200 kr mer i barnbidrag\n4 300 kr mer i pension\n5 Fler poliser\n",
    "1 Trygghet\n2 Skola\n3 200 kronor per barn\n4 500 kronor per familj\n5 Fler vakter\n6 Fler lärare\n",
], ids=["two-amounts", "two-amounts-then-two-items"])
def test_amounts_a_list_counts_up_to_and_on_past_are_its_items(text):
    """Two items beginning with an amount, one under the other, which the list counts up to by two
    items right above them and on past by one right below ("1 Fler vakter", "2 Fler
    fritidsgårdar", "3 200 kr mer i barnbidrag", "4 300 kr mer i pension", "5 Fler poliser"),
    are its items: read as amounts, the list's count broke at 3, so a plan that left out items 3
    to 5 passed. A column under one heading ("1 Avgifter", "2 500 kr per barn", "3 200 kr per
    familj", "4 Mål för året") stays amounts
    (`test_a_figure_with_its_thousands_and_a_unit_after_a_lists_number_is_an_amount`)."""
    source = SourceText(text)
    lines = text.splitlines()
    assert sorted(coverage._numbered_items(source)) == list(range(len(lines)))
    assert source.find(lines[3][2:]) is not None and source.numbers_joined(lines[3][2:]) is None
    report = coverage.measure("bergby.txt", source, [line[2:] for line in lines[:2]], [])
    assert [item.line for item in report.uncovered_list_items] == list(range(3, len(lines) + 1))


def test_an_amount_between_a_lists_words_stays_its_item():
    """Where the list counts on past it by words on both sides ("1 Trygghet", "2 500 kronor till
    föreningslivet", "3 Skola"), the line is the list's item 2, whatever unit follows, and an em
    space, which groups no thousands, sets off a list's number ("2\u2003000 kronor")."""
    for text in ("1 Trygghet\n2 500 kronor till föreningslivet\n3 Skola\n",
                 "1\u2002Trygghet\n2\u2002500 kronor till föreningslivet\n3\u2002Skola\n",
                 "1\u2003Trygghet\n2\u2003000 kronor\n3\u2003Skola\n"):
        assert 1 in SourceText(text).counted_numbers
        assert sorted(coverage._numbered_items(SourceText(text))) == [0, 1, 2]


@pytest.mark.parametrize("text, items, amount", [
    ("1 Fler vakter.\n2 Fler fritidsgårdar.\n3 200 kr mer i barnbidrag.\n", [0, 1, 2], "3 200 kr mer i barnbidrag."),
    ("1 200 kr mer per barn.\n2 Trygg skolväg.\n3 Fler förskolor.\n", [0, 1, 2], "1 200 kr mer per barn."),
    ("1 En ny familjecentral öppnas under 2024.\n2 500 kr mer per barn.\n", [0, 1], "2 500 kr mer per barn."),
    ("Vi lovar:\n1 Fler platser i förskolan.\n2 200 kr mer per barn.\nDet betalas ut varje år.\n", [1, 2],
     "2 200 kr mer per barn."),
], ids=["last-item", "first-item", "list-of-two", "list-of-two-under-a-lead"])
def test_a_lists_item_with_a_unit_stays_its_item_where_every_item_ends_its_sentence(text, items, amount):
    """A list whose items each end their sentence, as no heading nor a column of amounts does ("1
    Fler vakter.", "2 Fler fritidsgårdar.", "3 200 kr mer i barnbidrag."), keeps its item that
    begins with a figure and a unit: read as an amount, "3 200 kr" left the list its last item, or
    "1 200 kr" its first and so the whole list, with nothing to cover, and the item's quote
    without its number was refused."""
    source = SourceText(text)
    assert sorted(coverage._numbered_items(source)) == items
    assert source.find(amount[2:]) is not None and source.numbers_joined(amount[2:]) is None
    report = coverage.measure("bergby.txt", source, [line for line in text.splitlines() if line != amount], [])
    assert [item.line for item in report.uncovered_list_items] == [text.splitlines().index(amount) + 1]


@pytest.mark.parametrize("text", [
    "1 Trygghet\n2 200 nya bostäder\n3 500 kr per barn\n4 Skola\n",
    "1 Trygghet.\n2 200 nya bostäder.\n3 500 kr per barn.\n4 Skola.\n",
    "1 Trygghet\n2 500 kr per barn\n3 200 nya bostäder\n4 Skola\n",
], ids=["after-a-figures-item", "ended-items", "before-a-figures-item"])
def test_an_amount_the_list_counts_on_past_beside_a_figures_item_stays_its_item(text):
    """A list of four counting on past "3 500 kr per barn" by a figure's item above it ("2 200 nya
    bostäder", no amount) and a word below it ("4 Skola") keeps it as its item 3: read as an
    amount beside "2 200 nya bostäder", it broke the list's count, and none of the four items was
    left to cover. A column of two amounts ("2 500 kr per barn" over "3 200 kr per familj")
    stays amounts."""
    source = SourceText(text)
    assert sorted(coverage._numbered_items(source)) == [0, 1, 2, 3]
    assert sorted(source.counted_numbers) == [1, 2]


@pytest.mark.parametrize("mark", ["_{})_", "__{}.__", "___{}.___"], ids=["italic", "bold", "bold-italic"])
def test_a_list_numbered_in_underscores_emphasis_is_quoted_as_it_reads(mark):
    """A list whose numbers stand in Markdown's emphasis by underscores ("_1)_ Fler förskolor.", as
    a converted Word document writes an italic number): the quote check dropped emphasis's stars
    ("*1)*") but kept the underscores, so the item's quote with its number, "1) Fler förskolor.",
    was refused, and coverage read the lines as no list's, so a plan that left an item out
    passed. An underscore elsewhere (a form's blank, a word's) stays text."""
    one, two = mark.format(1), mark.format(2)
    source = SourceText(f"Vi vill:\n{one} Fler förskolor.\n{two} Trygg skolväg.\nNamn: ____ och fil_namn\n")
    shown = one.strip("_")
    assert source.find(f"Vi vill: {shown} Fler förskolor. {two.strip('_')} Trygg skolväg.") is not None
    assert source.find("Namn: ____ och fil_namn") is not None and source.find("Namn: och filnamn") is None
    report = coverage.measure("bergby.txt", source, ["Fler förskolor."], [])
    assert [(unit.line, unit.status) for unit in report.uncovered_list_items] == [(3, "missing")]


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1\tFler vakter\n2\tMer ljus i parken\n3\tTrygg skolväg\n", [2, 3, 4]),
    ("Vi vill:\n1.\nFler vakter\n2.\nMer ljus i parken\n3.\nTrygg skolväg\n", [3, 5, 7]),
    ("Vi vill:\n1)\nFler vakter i\nnorra Bergby\n2)\nMer ljus i parken\n3)\nTrygg skolväg\n", [3, 6, 8]),
    # an item beginning with a figure that words follow, which no space joins to the number
    ("Vi vill:\n1\tFler vakter\n2\tMer ljus i parken\n3\t200 nya bostäder\n", [2, 3, 4]),
    ("Vi vill:\n1.\nFler vakter\n2.\nMer ljus i parken\n3.\n10 000 fler poliser\n", [3, 5, 7]),
    # lettered so, each letter alone over its item's text, with an empty line between or none
    ("Vi vill:\na)\nFler vakter\nb)\nMer ljus i parken\nc)\nTrygg skolväg\n", [3, 5, 7]),
    ("Vi vill:\n\na.\n\nFler vakter\n\nb.\n\nMer ljus i parken\n\nc.\n\nTrygg skolväg\n", [5, 9, 13]),
    # a number over two empty lines, as over one
    ("Vi vill:\n\n1.\n\n\nFler vakter\n\n2.\n\n\nMer ljus i parken\n\n3.\n\n\nTrygg skolväg\n", [6, 11, 16]),
], ids=["tab", "number-alone", "number-alone-wrapped", "tab-a-figures-item", "number-alone-a-figures-item",
        "letter-alone", "letter-alone-over-empty-lines", "number-alone-over-two-empty-lines"])
def test_a_list_numbered_apart_from_its_text_is_a_list(text, items):
    """A list whose numbers a tab sets off from their text ("1<tab>Fler vakter", a word
    processor's list copied out), or whose numbers stand alone on their lines over their text ("1."
    over "Fler vakter", as pdftotext writes them): read as headings, and the numbers as paragraphs,
    it was no list, so a plan that left an item out passed ("listpunkten … finns inte med" never
    came). A number alone is the item's mark, nothing to quote. So a list lettered so ("a)" over
    "Fler vakter"), whose letters were paragraphs a quote of the items' text left open, and one
    whose numbers stand over two empty lines, which was none."""
    source = SourceText(text)
    report = coverage.measure("bergby.txt", source, ["Fler vakter", "Mer ljus i parken"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.line for unit in report.uncovered_list_items] == [unit.line for unit in report.open_units] == items[-1:]
    assert source.find(" ".join(text.split()[2:5])) is not None


@pytest.mark.parametrize("text", [
    "Kontroll\tÅr\n1\tFler vakter\t2024\n2\tMer ljus\t2025\n",  # a table's rows
    "Vi vill:\n1.\nFler vakter\n\nText om annat.\n",  # one number alone: no list
    "Vi vill:\nb)\nFler vakter\n\nText om annat.\n",  # nor one letter
    "Vi vill:\n1\tFler vakter\n",
    "Kvartal\n1\t200\n2\t300\n",  # figures alone, a table's
    "Tabell 1. Stadsdelar\nNr\tStadsdel\n1\tNorra Bergby\n2\tSödra Bergby\n3\tCentrum\n",  # two columns under a header row
    "Bilaga\tInnehåll\n\n1\tBudget 2024\n2\tInvesteringsplan\n",
], ids=["table-rows", "one-number-alone", "one-letter-alone", "one-tab-number", "two-columns-under-a-header-row",
        "two-columns-under-a-header-row-and-an-empty-line", "figures-alone"])
def test_a_tables_numbered_rows_or_a_lone_number_apart_is_no_list(text):
    """A table's rows whose first cell is a number ("1<tab>Fler vakter<tab>2024"), or that stand
    under a header row of cells ("Nr<tab>Stadsdel" over "1<tab>Norra Bergby"), are its rows: read
    as a list, each row was an item a plan had to quote or exclude. One number set off so, or
    alone on its line, counts no list."""
    assert coverage.measure("bergby.txt", SourceText(text), [], []).list_items == []


@pytest.mark.parametrize("mark", ["1.", "2)", "b)", "II.", "iv)", "XVIII.", "B.", "1.2."])
def test_a_lone_number_over_its_text_is_a_mark_not_a_paragraph_to_quote(mark):
    """A list's number or letter alone on its line over its text and a paragraph ("1." over
    "Fler vakter i centrum." over "Det behövs …"), of a list of one, no list, is its mark, as an
    item's is: read as a paragraph of its own, shorter than any quote may be, a plan quoting every
    sentence still had a paragraph neither quoted nor excluded, and stood as open on the coverage page.
    So a Roman numeral's or a capital letter's ("II.", "iv)", "B."), and a decimal sub-item's ("1.2.")."""
    text = (f"Vi vill:\n\n{mark}\nFler vakter i centrum.\n\nDet behövs för att fler ska känna sig trygga på kvällen.\n\n"
            "Slut på listan här nu.\n")
    quotes = ["Fler vakter i centrum.", "Det behövs för att fler ska känna sig trygga på kvällen.", "Slut på listan här nu."]
    report = coverage.measure("bergby.txt", SourceText(text), quotes, [])
    assert [unit.line for unit in report.units if unit.kind == "heading"] == [1, 3]
    assert (report.open_units, report.paragraphs_done, report.paragraphs_total) == ([], 3, 3)


@pytest.mark.parametrize("quote", [
    "Vi vill minska köerna till förskolan.", "minska köerna till förskolan.", "Vi vill _minska_ köerna till förskolan.",
    "Viktigt. Alla barn ska få plats.", "Vi vill minska",
], ids=["plain", "from-the-emphasis", "typed-with-underscores", "bold-sentence", "ending-inside"])
def test_a_web_pages_emphasis_in_underscores_inside_a_line_is_quoted_as_it_reads(quote):
    """A web page's text converted to Markdown writes italics and bold with underscores anywhere
    in a line ("Vi vill _minska_ köerna", "__Viktigt.__"), as with stars, which the quote check
    drops: it dropped underscores only around a list's number first on its line, so the quote
    as the page reads was refused, and one beginning at the emphasis was told it began inside a
    word. An underscore inside a word, alone, or a form's blank line stays text."""
    source = SourceText("Vi vill _minska_ köerna till förskolan.\n__Viktigt.__ Alla barn ska få plats.\n"
                        "Namn: ____ och fil_namn, a _ b.\n")
    assert source.find(quote) is not None
    assert source.find("Namn: ____ och fil_namn, a _ b.") is not None
    assert all(source.find(changed) is None for changed in ("Namn: och fil_namn", "och filnamn", "a b."))


@pytest.mark.parametrize("text", [
    "1 Trygghet\n2 Skola\n3 200 nya bostäder\n",
    "1 Trygghet i\nnorra Bergby\n2 Skola\n3 200 nya bostäder\n",
    "1 En ny familjecentral öppnas i Norra Bergby under 2024.\n2 200 nya bostäder byggs.\n",
    "1 Fler platser i förskolan\n2 200 nya bostäder\n",
    # an item before it beginning with a figure too, the list's by the words around it ("2 500 kronor")
    "1 Trygghet\n2 500 kronor till föreningslivet\n3 Skola\n4 200 nya bostäder\n",
], ids=["three-items", "a-wrapped-item", "two-sentences", "two-unended", "a-figure-item-before"])
def test_a_plain_numbered_lists_last_item_beginning_with_three_digits_is_its_item(text):
    """A list numbered by plain spaces whose last item begins with a figure of three digits
    ("3 200 nya bostäder" under "1 Trygghet" and "2 Skola"; or item 2 under a first item that
    ends its sentence, or where neither item does, as a paragraph's last line does): "3 200" was read as a thousand, so the quote of the item's words, "200 nya
    bostäder", was told it began inside a number, the quote "3 200 nya bostäder" read the list's
    number as a figure, and coverage took the line for no item, so a plan that left it out
    passed. The items stand one under another, as no chapter's headings with their text do."""
    source = SourceText(text)
    last = len(text.splitlines()) - 1
    assert last in source.counted_numbers
    assert source.find("200 nya bostäder") is not None
    assert source.numbers_joined(text.splitlines()[-1]) == (text.splitlines()[-1][0], "200")
    assert last in coverage._numbered_items(source)


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n\n1 200 nya bostäder\n2 Trygg skolväg\n3 Fler förskolor\n", [2]),
    ("1 200 nya bostäder byggs.\n2 Fler förskolor öppnas.\n", [0]),
    ("1 200 nya bostäder\n2 Fler förskolor\n", [0]),
    ("1 200 nya bostäder\n2 500 fler platser i förskolan\n3 Trygg skolväg\n", [0, 1]),
], ids=["three-items", "two-sentences", "two-unended", "two-figures-first"])
def test_a_plain_numbered_lists_first_item_beginning_with_three_digits_is_its_item(text, items):
    """A list numbered by plain spaces whose first item begins with a figure of three digits
    ("1 200 nya bostäder" over "2 Trygg skolväg"): "1 200" was read as a thousand, so the quote
    of the item's words was told it began inside a number, and coverage read the list as
    beginning at 2, no list, so a plan that left any item out passed. The list counts on past
    it, its lines standing one under another (or in a run of two ending alike)."""
    source = SourceText(text)
    lines = text.splitlines()
    assert sorted(source.counted_numbers) == items
    first = lines[items[0]]
    assert source.find(first[2:]) is not None and source.numbers_joined(first) == ("1", "200")
    assert items[0] in coverage._numbered_items(source)


@pytest.mark.parametrize("text", [
    "1 200 barn väntar på plats i förskolan.\n2 Mål\nNämnden har tre mål.\n3 Ekonomi\nBudgeten är i balans.\n",
    "1 200 barn väntar på plats i förskolan.\n2 Mål\nNämnden har tre mål.\n",
    # a key figure alone over the heading, neither ending a sentence
    "1 500\n2 Mål\nNämnden har tre mål.\n",
], ids=["headings-with-text", "a-heading-under-it", "an-amount-alone"])
def test_a_paragraphs_three_digits_before_numbered_headings_stay_a_thousand(text):
    """A paragraph's line beginning "1 200 barn" over chapters' headings with their text under
    them ("2 Mål", a paragraph, "3 Ekonomi"), or over one heading, or a key figure alone ("1 500"
    over "2 Mål"): the lines count up as a list's, but no list stands there, and the thousand
    stays one (the correct quote "1 500" was refused as reading a list's number and a figure as one)."""
    source = SourceText(text)
    assert source.counted_numbers == frozenset()
    first = text.splitlines()[0]
    assert source.find(first) is not None and source.numbers_joined(first) is None


@pytest.mark.parametrize("text, figure", [
    ("Förskola\n1 200 barn väntar på plats\n2 Mål\nNämnden har tre mål.\n", "1 200 barn väntar på plats"),
    ("Förskola\n1 200 barn väntar på plats\n2 Mål\nNämnden ska bygga fler förskolor under perioden än under den\n"
     "förra.\n", "1 200 barn väntar på plats"),
    ("Förskola\n1 200 barn väntar på plats\n2 Mål\n10 nya förskolor ska byggas under året.\n", "1 200 barn väntar på plats"),
    # a heading of words, which nothing tells from a list of two's item 2 over a paragraph
    ("1 200 nya lärare\n2 Fler förskolor\nNämnden ska bygga fler förskolor.\n", "1 200 nya lärare"),
], ids=["a-heading-with-its-text-under-it", "a-heading-with-a-wrapped-paragraph-under-it",
        "a-heading-with-a-paragraph-beginning-with-a-number", "a-heading-of-words"])
def test_a_short_line_without_a_full_stop_beside_a_heading_is_no_list_of_two(text, figure):
    """A short line without a full stop beside a numbered heading that has its text right under
    it ("1 200 barn väntar på plats" over "2 Mål" and its paragraph; "1 Inledning" over "2 500 nya
    bostäder byggs i år" and a paragraph): neither ends its sentence, as a list of two's items may
    not, but a paragraph right under the second tells a heading with its text. Read as a list of
    two, the figure's line was an item to cover ("listpunkten … finns inte med") and its correct
    quote was refused as reading a list's number and a figure as one."""
    source = SourceText(text)
    assert source.counted_numbers == frozenset() and coverage._numbered_items(source) == {}
    assert source.find(figure) is not None and source.numbers_joined(figure) is None
    assert coverage.measure("bergby.txt", source, [], []).list_items == []


@pytest.mark.parametrize("text", [
    "Bostäder\n1 Fler platser i förskolan\n2 200 nya bostäder\nEkonomi\n",
    "Bostäder\n1 Fler platser i förskolan\n2 200 nya bostäder\n\nNämnden ska bygga fler.\n",
    "Bostäder\n1 Fler platser i förskolan\n2 200 nya bostäder\nNämnden ska bygga fler.\n",
], ids=["a-heading-under-it", "an-empty-line-under-it", "a-paragraph-under-the-figures-item"])
def test_a_list_of_two_unended_items_stays_a_list_without_a_paragraph_right_under_it(text):
    """A list of two whose items end without a full stop is the list's where no paragraph stands
    right under its item beginning with a word, as a heading has its text: a heading
    ("Ekonomi"), an empty line or a paragraph may stand under the figure's item, which a
    list's last item is. Read as no list, "1 Fler platser i förskolan" and "2 200 nya bostäder"
    over a paragraph needed no covering, and a plan that left them out passed."""
    assert sorted(coverage._numbered_items(SourceText(text))) == [1, 2]


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\n4 Ekonomi\nBudgeten är i balans.\n", [2, 3, 4]),
    ("1 Inledning\n\n2 Mål\nNämnden har tre mål.\n", []),
    # an item whose line goes on in a small letter, and a list spaced by empty lines: the list's
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\n4 Fler poliser i\ncentrum ska anställas.\n", [2, 3, 4, 6]),
    ("Vi vill:\n\n1 Fler vakter\n\n2 Mer ljus\n\n3 Trygg skolväg\nVi vill också mer.\n", [3, 5, 7]),
    # numbered apart from their text (`test_a_list_numbered_apart_from_its_text_is_a_list`)
    ("1.\nInledning\n\n2.\nMål\nNämnden har tre mål.\n", []),
    ("Vi vill:\n\n1\tFler vakter\n2\tMer ljus i parken.\n", [3, 4]),
    ("Vi vill:\n\n1.\nFler vakter\n2.\nMer ljus i parken.\n", [4, 6]),
    # first on the next page (a form feed), as a chapter often begins, the chapter before it standing above the list
    ("3 Trygghet\nVi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\n\f4 Ekonomi\nBudgeten är i balans.\n", [3, 4, 5]),
    ("3 Trygghet\nVi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f\n4 Ekonomi\nBudgeten är i balans.\n", [3, 4, 5]),
    # … under the next page's running head, an empty line between (or its page's number over it)
    ("Verksamhetsplan 2024\n3 Trygghet\nNämnden har ett uppdrag.\n\n\fVerksamhetsplan 2024\n\nVi vill:\n1 Fler vakter\n"
     "2 Mer ljus\n3 Trygg skolväg\n\n\fVerksamhetsplan 2024\n\n4 Ekonomi\nBudgeten är i balans.\n", [8, 9, 10]),
    ("3 Trygghet\nVi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f- 2 -\n\n4 Ekonomi\nBudgeten är i balans.\n", [3, 4, 5]),
    # … with no empty line over it: right under the running head, the page's number or the form feed
    ("Verksamhetsplan 2024\n3 Trygghet\nNämnden har ett uppdrag.\n\n\fVerksamhetsplan 2024\nVi vill:\n1 Fler vakter\n"
     "2 Mer ljus\n3 Trygg skolväg\n\n\fVerksamhetsplan 2024\n4 Ekonomi\nBudgeten är i balans.\n", [7, 8, 9]),
    ("3 Trygghet\nVi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f- 2 -\n4 Ekonomi\nBudgeten är i balans.\n", [3, 4, 5]),
    ("3 Trygghet\nNämnden arbetar.\nVi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f4 Ekonomi\nBudgeten är i balans.\n",
     [4, 5, 6]),
    # … but with no chapter before it numbered one less standing above the list, the list's item 4 going on to its page
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f4 Bättre skolor\nNämnden ska anställa fler.\n", [2, 3, 4, 5]),
    ("2 Trygghet\n3 Skola\nVi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f4 Bättre skolor\nText.\n", [4, 5, 6, 7]),
    # … so also past the empty lines or the lone form feed a page is padded with, or its page's number and an empty line
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\n\f4 Bättre skolor\nNämnden ska anställa fler.\n", [2, 3, 4, 6]),
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f\n4 Bättre skolor\nNämnden ska anställa fler.\n", [2, 3, 4, 6]),
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n3 Trygg skolväg\n\f- 2 -\n\n4 Bättre skolor\nNämnden ska anställa fler.\n",
     [2, 3, 4, 7]),
    # a list going on to its next page: its item there ends its sentence, or has the next item under it
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n\n\f3 Trygg skolväg.\nVi vill också mer.\n", [2, 3, 5]),
    ("Verksamhetsplan 2024\nInledning\nNämnden har ett uppdrag.\n\n\fVerksamhetsplan 2024\n\nVi vill:\n1 Fler vakter\n"
     "2 Mer ljus\n\n\fVerksamhetsplan 2024\n\n3 Trygg skolväg\n4 Bättre skolor\nVi vill också mer.\n", [8, 9, 13, 14]),
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n\f- 2 -\n\n3 Trygg skolväg.\nVi vill också mer.\n", [2, 3, 6]),
], ids=["after-a-list", "after-a-chapter", "a-wrapped-item", "a-spaced-list", "chapters-numbered-alone",
        "a-tab-list-under-an-empty-line", "a-list-numbered-alone-under-an-empty-line", "page-break",
        "page-break-on-its-own-line", "page-break-under-a-running-head", "page-break-under-its-number",
        "right-under-a-running-head", "right-under-its-pages-number", "right-under-a-page-break",
        "an-item-right-under-a-page-break", "an-item-under-a-list-numbered-one-less",
        "an-item-past-an-empty-line-at-a-page-break", "an-item-past-a-lone-form-feed", "an-item-past-a-pages-number",
        "a-list-going-on-past-a-page-break", "a-list-going-on-under-a-running-head", "a-list-going-on-under-a-pages-number"])
def test_a_numbered_heading_after_an_empty_line_with_its_text_under_it_is_no_lists_item(text, items):
    """A numbered line after an empty line, which ends no sentence and has a paragraph right under
    it ("4 Ekonomi" over "Budgeten är i balans.", after a list "1 Fler vakter" … "3 Trygg
    skolväg"), is a heading with its text, as the heading rules read one: read as the list's item
    4, it was an item to cover, and a plan that quoted the whole list was told "listpunkten på
    rad 6 … finns inte med". So also first on the next page, under its running head or number, with
    an empty line between or none, where the chapter before it stands above the list numbered one
    less ("3 Trygghet"), as a chapter often begins; with no such chapter, "\f4 Bättre skolor" over
    a paragraph is the list's item 4 going on to its page, also past the empty lines or the lone
    form feed a page is padded with, which a plan that left it out passed by. Its line going on in a small letter, ending its
    sentence or over the next item, or in a list spaced by empty lines, it stays the list's."""
    lines = text.split("\n")
    quotes = [re.sub(r"^\f?\d\s", "", lines[line - 1]) for line in items[:3]]
    report = coverage.measure("bergby.txt", SourceText(text), quotes, [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.line for unit in report.uncovered_list_items] == items[3:]


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1. Fler vakter\n2. Mer ljus\n\n3. Trygghet\nNämnden arbetar för trygghet.\n\nVi vill:\n1. Fler poliser\n"
     "2. Bättre skolor\n", [2, 3, 9, 10]),
    ("Nämnden har ett uppdrag.\n\n3. Trygghet\nNämnden arbetar för trygghet.\n", []),
    ("Nämnden har ett uppdrag.\n\n2) Mål\nNämnden har tre mål.\n\n3) Trygghet\nNämnden arbetar för trygghet.\n", []),
    # the list's item: it ends its sentence, the list is spaced by empty lines, or a lead-in stands over it
    ("Vi vill:\n1. Fler vakter\n2. Mer ljus\n\n3. Trygg skolväg.\nVi vill också mer.\n", [2, 3, 5]),
    ("Vi vill:\n\n1. Fler vakter\n\n2. Mer ljus\n\n3. Trygg skolväg\nVi vill också mer.\n", [3, 5, 7]),
    ("Vi vill:\n\n1. Fler vakter\nVakterna ska gå i centrum.\n\n2. Mer ljus\nLjuset ska bli bättre.\n", [3, 6]),
], ids=["between-lists", "alone", "parenthesis", "an-ended-item", "a-spaced-list", "under-a-lead-in"])
def test_a_chapters_heading_numbered_with_a_full_stop_over_its_text_is_no_lists_item(text, items):
    """A chapter's heading numbered with a full stop ("3. Trygghet") after an empty line, ending no
    sentence, with its paragraph right under it, is a heading as "3 Trygghet" is
    (`test_a_numbered_heading_after_an_empty_line_with_its_text_under_it_is_no_lists_item`): read
    as a list's item, a plan quoting the lists around it was told the heading was missing."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Nämnden har mål.\n\n1) Fler vakter\n\n2) Mer ljus\n\n3. Trygghet\nNämnden arbetar för trygghet.\n", [3, 5]),
    ("Nämnden har mål.\n\n1. Fler vakter\n\n2. Mer ljus\n\n3) Trygghet\nNämnden arbetar för trygghet.\n", [3, 5]),
    # one mark throughout: the list's item 3 (a list spaced by empty lines)
    ("Nämnden har mål.\n\n1) Fler vakter\n\n2) Mer ljus\n\n3) Trygghet\nNämnden arbetar för trygghet.\n", [3, 5, 7]),
    # first on its next page, after the page's padding or its running head: no chapter 2 stands above
    ("Nämnden har mål.\n\n1) Fler vakter\n2) Mer ljus\n\n\f3. Trygghet\nNämnden arbetar för trygghet.\n", [3, 4]),
    ("Nämnden har mål.\n\n1. Fler vakter\n2. Mer ljus\n\f3) Trygghet\nNämnden arbetar för trygghet.\n", [3, 4]),
    ("Verksamhetsplan 2024\nMål\n\n1) Fler vakter\n2) Mer ljus\n\n\fVerksamhetsplan 2024\n3. Trygghet\n"
     "Nämnden arbetar för trygghet.\n\n\fVerksamhetsplan 2024\nText om annat här.\n", [4, 5]),
    # one mark throughout: the list's item 3, going on to its next page
    ("Nämnden har mål.\n\n1) Fler vakter\n2) Mer ljus\n\n\f3) Trygghet\nNämnden arbetar för trygghet.\n", [3, 4, 6]),
], ids=["chapter-by-a-full-stop", "chapter-by-a-parenthesis", "one-mark", "first-on-a-page-after-padding",
        "first-on-a-page-by-a-parenthesis", "first-on-a-page-under-its-running-head", "one-mark-first-on-a-page"])
def test_a_chapter_numbered_by_another_mark_than_the_list_before_it_is_no_lists_item(text, items):
    """A document numbering its chapters "1." and its lists "1)": "3. Trygghet" over its text after
    a list "1) Fler vakter", "2) Mer ljus" spaced by empty lines was read as the list's item 3 (in a
    list spaced by empty lines one more tells nothing), and a plan quoting the list whole was told
    the chapter's heading was missing. So also first on its next page after the page's padding or
    running head, where a heading needed a chapter 2 above the list, which the other mark makes
    needless: it is not that list's item 3. Numbered by the list's own mark, it stays the list's."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == items


def test_a_documents_mixed_marks_keep_a_list_going_on_to_its_next_page():
    """A document that mixes "1." and "1)" within a list ("1. Trygghet" right over "2) Skola") numbers
    by no rule: "3. Trygg skolväg" first on the page after "1) Fler vakter", "2) Mer ljus" is that
    list's item 3, as in a document of one mark, not a chapter's heading a plan may leave out."""
    text = ("Mål\n1. Trygghet\n2) Skola\n\nVi vill:\n1) Fler vakter\n2) Mer ljus\n\n\f3. Trygg skolväg\n"
            "Text om annat här.\n")
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == [2, 3, 6, 7, 9]


@pytest.mark.parametrize("text, items", [
    ("1. Inledning\nNämnden har ett uppdrag. Det är stort.\n\n2. Mål\nNämnden har mål. De är tre.\n", []),
    ("Verksamhetsplan 2024\n1) Inledning\nNämnden har ett uppdrag. Det är stort.\n\n2) Mål\nNämnden har mål. De är tre.\n", []),
    # the first ends its sentence: a list's item
    ("Mål\n1. Fler vakter.\nVakterna ska gå i centrum. De blir fler.\n\n2. Mål\nNämnden har mål. De är tre.\n", [2]),
], ids=["first-in-the-text", "under-the-title", "an-ended-item"])
def test_a_first_chapter_numbered_with_a_full_stop_over_its_text_is_no_lists_item(text, items):
    """A document's first chapter numbered with a full stop or parenthesis, first in its text or
    right under its title ("1. Inledning" over its paragraph), before "2. Mål" read as a heading
    after an empty line: with no empty line over it, it stayed a list's item, and a plan quoting
    all but the chapters' headings was told it was missing; "1 Inledning" so is none."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Nämnden har mål.\n\n1. Trygghet\nVi ska öka tryggheten.\n\n2. Skola\nVi ska bygga fler skolor.\n", [3, 6]),
    ("Mål\n\n1) Trygghet\nVi ska öka tryggheten i centrum och i alla\nstadsdelar.\n\n2) Skola\nVi ska bygga fler skolor.\n\n"
     "3) Omsorg\nVi ska korta köerna.\n", [3, 7, 10]),
    # chapters: one with a text of more than one sentence
    ("Nämnden har mål.\n\n1. Trygghet\nNämnden arbetar för trygghet. Vakterna blir fler.\n\n2. Skola\nVi ska bygga.\n", []),
    # the last one's text is its paragraph: of more than a sentence, a chapter's; of one, a goal's before the text goes on
    ("Nämnden har mål.\n\n1. Trygghet\nVi ska öka tryggheten.\n\n2. Skola\nVi ska bygga fler skolor.\n\n"
     "3. Omsorg\nVi ska korta köerna i omsorgen och ge fler\nplatser. Fler ska få hjälp i tid.\n", []),
    ("Nämnden har mål.\n\n1. Trygghet\nVi ska öka tryggheten.\n\n2. Skola\nVi ska bygga fler skolor.\n\n"
     "3. Omsorg\nVi ska korta köerna.\n\nNämnden följer upp målen. Det görs varje år.\n", [3, 6, 9]),
], ids=["goals", "goals-wrapped", "chapters", "chapters-last", "goals-then-text"])
def test_dot_numbered_goals_each_a_title_over_a_sentence_are_a_list(text, items):
    """A list of goals numbered with a full stop or parenthesis from 1, each a short title over
    one sentence and an empty line ("1. Trygghet" over "Vi ska öka tryggheten.", "2. Skola" over
    "Vi ska bygga fler skolor."), is a list of headed goals, not chapters: each was read as a
    chapter's heading over its text (`test_a_chapters_heading_numbered_with_a_full_stop_over_its_text_is_no_lists_item`),
    and a plan that left every goal out passed. Where a text under one is more than a sentence,
    the last one's paragraph too, they are chapters."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1 Fler vakter\n\n2 Mer ljus\nVi vill också mer.\n", [2, 4]),
    ("Vi vill:\n1\tFler vakter\n\n2\tMer ljus\nVi vill också mer.\n", [2, 4]),
    ("Vi vill:\n\n1.\nFler vakter\n\n2.\nMer ljus\nVi vill också mer.\n", [4, 7]),
    # no lead-in: chapters numbered (`test_a_numbered_heading_after_an_empty_line_with_its_text_under_it_is_no_lists_item`)
    ("Nämnden har tre mål.\n1 Fler vakter\n\n2 Mer ljus\nVi vill också mer.\n", []),
], ids=["space", "tab", "number-alone", "no-lead-in"])
def test_a_list_of_two_under_its_lead_in_spaced_by_an_empty_line_is_a_list(text, items):
    """A list of two under its lead-in ("Vi vill:"), an empty line between its items and a
    paragraph right under item 2: item 2 was read as a numbered heading over its text (as "2
    Mål" over "Nämnden har tre mål." after "1 Inledning" is), so the list of one was none, and a
    plan that left both items out passed. A lead-in announces two items or more."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n\n3\n\f3 Trygg skolväg\nText om annat här.\n", [2, 3, 6]),
    ("Vi vill:\n1.\nFler vakter\n2.\nMer ljus\n\n3\n\f3.\nTrygg skolväg\nText om annat här.\n", [3, 5, 9]),
    ("Vi vill:\n1.\nFler vakter\n2.\nMer ljus\n\n3.\n\f3.\nTrygg skolväg\nText om annat här.\n", [3, 5, 9]),
    ("Vi vill:\n1\tFler vakter\n2\tMer ljus\n\nSida 3 av 4\n\f3\tTrygg skolväg\n", [2, 3, 6]),
    ("Vi vill:\n1\tFler vakter\n2\tMer ljus\n3.\n\f3\tTrygg skolväg\n", [2, 3, 5]),
    # empty lines between the page's number and its break, as pdftotext -layout pads a page (the item
    # ends its sentence: under an empty line over a paragraph, a heading's place, it would be one)
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n3\n\n\f3 Trygg skolväg.\nText om annat här.\n", [2, 3, 6]),
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n\f\n\n3\n3 Trygg skolväg\nText om annat här.\n", [2, 3, 7]),
    # a number alone at a page's foot over its item's text on the next page is the item's
    ("Vi vill:\n1.\nFler vakter\n2.\nMer ljus\n3.\n\fTrygg skolväg\n4.\nBättre skolor\n", [3, 5, 7, 9]),
], ids=["space", "number-alone", "number-alone-page-number-with-a-full-stop", "tab", "tab-page-number-with-a-full-stop",
        "empty-lines-before-the-break", "empty-lines-after-the-break", "an-items-number-at-a-pages-foot"])
def test_a_pages_number_between_a_lists_items_leaves_the_list_whole(text, items):
    """A list going on to its next page with the page's number on a line of its own between two
    items ("2 Mer ljus", "3", a form feed, "3 Trygg skolväg", as pdftotext writes a page's foot):
    the page's number was read as a line between the items that is not the first's wrapped text,
    so the list ended at item 2, and a plan that left item 3 out passed."""
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter", "Mer ljus"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.line for unit in report.uncovered_list_items] == items[2:]


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1.\nFler vakter\n2.\nMer ljus\n\f3.\n\nNämnden har ett uppdrag.\n\f4.\n\nMer text här.\n\f", [3, 5]),
    ("Vi vill:\n1.\nFler vakter\n\f2.\n\nNämnden har ett uppdrag.\n\f3.\n\nMer text här.\n\f", []),
], ids=["after-a-list", "after-a-list-of-one"])
def test_a_pages_number_alone_atop_each_page_is_no_lists_item(text, items):
    """A page's number alone with its full stop first on each page ("\f3." over an empty line and
    the page's text), the numbers counting the pages, is no list's item: read as a list numbered
    apart, the pages' numbers went on from the list at the first page's foot ("2." over "Mer
    ljus"), and a plan that quoted the list whole was told each page's first line was missing."""
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter", "Mer ljus"], [])
    assert [unit.line for unit in report.list_items] == items
    assert report.uncovered_list_items == []


@pytest.mark.parametrize("text", [
    "Tabell 1\n1\tNorra Bergby\n2\tSödra Bergby\n3\tCentrum\nText om annat här.\n",
    "Tabell 2: Stadsdelar\n1 Norra Bergby\n2 Södra Bergby\nText om annat här.\n",
    "Innehåll\n1\tInledning\n2\tMål\n3\tBudget\n\f1\tInledning\nNämnden har ett uppdrag.\n2\tMål\nNämnden har mål.\n"
    "3\tBudget\nText.\n",
    "Innehåll\n1.\nInledning\n2.\nMål\n\f1.\nInledning\nNämnden har ett uppdrag.\n2.\nMål\nNämnden har mål.\n",
    "Nämnden ska minska antalet hemlösa1 och korta köerna.2 Det är viktigt.\n\n1 Källa: SCB 2023.\n2 Se bilaga 3.\n\n4\n"
    "\fNästa sida.\n",
    "Nämnden ska minska antalet hemlösa¹ och korta köerna.² Det är viktigt.\n1 Källa: SCB 2023.\n2 Se bilaga 3.\n\f",
    "Nämnden ska bygga 120 m2 lokaler1 och korta köerna.2 Det är viktigt.\n1 Källa: SCB 2023.\n2 Se bilaga 3.\n\f",
    "Nämnden ska korta köerna1 och bygga lokaler om 500 m2.2 Det är viktigt.\n1 Källa: SCB 2023.\n2 Se bilaga 3.\n\f",
    "Inledning\nText.\nBergby kommun\n\fNämnden ska minska antalet hemlösa1 och korta köerna.2 Det är viktigt.\n\n"
    "1 Källa: SCB 2023.\n2 Se bilaga 3.\nBergby kommun\n\fNästa sida.\nBergby kommun\n\f",
    # … numbered with a parenthesis, in brackets on both sides or a full stop, one alone too
    "Nämnden ska minska antalet hemlösa1 och korta köerna.2 Det är viktigt.\n\n1) Källa: SCB 2023.\n2) Se bilaga 3.\n\n4\n"
    "\fNästa sida.\n",
    "Nämnden ska minska antalet hemlösa¹ och korta köerna.² Det är viktigt.\n(1) Källa: SCB 2023.\n(2) Se bilaga 3.\n\f",
    "Nämnden ska minska antalet hemlösa1 och korta köerna. Det är viktigt.\n1. Källa: SCB 2023.\n\fNästa sida.\n",
    # a table's rows with neither caption nor header, each ending in an amount after a wide space
    "Budget\n1 Skola   12 mnkr\n2 Vård   30 mnkr\n3 Omsorg   8 mnkr\nText om annat här.\n",
    "Budget\n1\u2002Skola\u200212 mnkr\n2\u2002Vård\u200230 mnkr\nText om annat här.\n",
    "Budget\n1\u2003Skola\u200312,5\n2\u2003Vård\u20031 250 %\nText om annat här.\n",
    "Budget\n1\tSkola\t12 mnkr\n2\tVård\t30 mnkr\nText om annat här.\n",
    "Budget\n1   Individ- och familjeomsorg   12 mnkr   14 mnkr\n2   Vård   30 mnkr   31 mnkr\nText om annat här.\n",
    # … numbered with a full stop or a parenthesis, as by a space
    "Budget\n1. Skola   12 mnkr\n2. Vård   30 mnkr\n3. Omsorg   8 mnkr\nText om annat här.\n",
    "Budget\n1) Skola\u200212 mnkr\n2) Vård\u200230 mnkr\nText om annat här.\n",
    # … and under a table's caption, as by a space
    "Tabell 1:\n1) Skola   12 mnkr\n2) Vård   30 mnkr\nText om annat här.\n",
    "Tabell 2: Stadsdelar\n1. Norra Bergby\n2. Södra Bergby\nText om annat här.\n",
    # … whose title ends in an abbreviation's full stop, which ends no sentence
    "Tabell 3 Budget m.m.\n1 Skola\n2 Vård\n3 Omsorg\nText om annat här.\n",
    "Tabell 4: Kostnader för skola, vård etc.\n1. Skola\n2. Vård\nText om annat här.\n",
    # … or in a unit's ("tkr.", "mnkr."), whose full stop ends no sentence either
    "Tabell 5 Driftbudget per verksamhet, tkr.\n1 Skola\n2 Vård\n3 Omsorg\nText om annat här.\n",
    "Tabell 6: Investeringar, mnkr.\n1. Skola\n2. Vård\nText om annat här.\n",
], ids=["a-table-under-its-caption", "a-caption-with-its-name", "contents-without-page-numbers",
        "contents-numbered-alone", "footnotes", "footnotes-in-superscript", "footnotes-by-an-area",
        "a-footnote-after-an-area-at-a-sentences-end",
        "footnotes-over-the-pages-footer", "footnotes-with-parentheses", "footnotes-in-brackets", "a-footnote-with-a-full-stop",
        "a-table-by-wide-spaces", "a-table-by-en-spaces", "a-table-by-em-spaces",
        "a-table-by-tabs", "a-table-of-two-amounts-set-out-by-pdftotext-layout", "a-table-numbered-with-full-stops",
        "a-table-numbered-with-parentheses", "a-caption-with-a-colon-over-rows-numbered-with-parentheses",
        "a-caption-over-rows-numbered-with-full-stops",
        "a-caption-ending-in-an-abbreviation", "a-caption-ending-in-etc", "a-caption-ending-in-tkr",
        "a-caption-ending-in-mnkr"])
def test_a_caption_s_table_contents_and_footnotes_are_no_list(text):
    """A table's rows numbered in their first column under its caption ("Tabell 1"), a table of
    contents without page numbers whose entries stand again later as the chapters' headings, and
    a page's footnotes (last before its break, each number a mark in the page's text above; over
    the footer every page ends with too, "Bergby kommun") read as lists: each entry was a list
    item a plan had to quote or exclude, and a correct plan was refused."""
    assert coverage.measure("bergby.txt", SourceText(text), [], []).list_items == []


@pytest.mark.parametrize("text", [
    "Nämnden ska minska antalet hemlösa [1] och korta köerna [2]. Det är viktigt.\n\n1. Källa: SCB 2023.\n"
    "2. Se bilaga 3.\n\fNästa sida.\n",
    "Nämnden ska minska antalet hemlösa[1] och korta köerna.[2] Det är viktigt.\n\n[1] Källa: SCB 2023.\n"
    "[2] Se bilaga 3.\n\fNästa sida.\n",
    "Nämnden ska minska antalet hemlösa (1) och korta köerna (2). Det är viktigt.\n\n1 Källa: SCB 2023.\n"
    "2 Se bilaga 3.\n\fNästa sida.\n",
    "Nämnden ska minska antalet hemlösa.(1) Vi ska korta köerna.(2)\n\n(1) Källa: SCB 2023.\n(2) Se bilaga 3.\n\f",
], ids=["brackets-after-a-space", "brackets-after-a-word", "parentheses-after-a-space", "parentheses-after-a-full-stop"])
def test_a_pages_footnotes_marked_in_brackets_in_its_text_are_no_list(text):
    """A page's footnotes whose marks its text writes in brackets ("hemlösa [1]", "hemlösa[1]",
    "köerna (2)", "hemlösa.(1)") are no list, as those marked in superscript ("hemlösa¹") are: the
    marks were none, the footnotes ("1. Källa: SCB 2023.") a list, and a correct plan was told to
    quote or exclude them."""
    assert coverage.measure("bergby.txt", SourceText(text), [], []).list_items == []


@pytest.mark.parametrize("mark", ["¹", "²³", "[1]", " [1]", "(1)", " (12)", "1"])
def test_a_footnotes_mark_after_a_sentences_end_leaves_it_ended(mark):
    """A sentence's end with a footnote's mark after it ("… nedan.¹", "… nedan.[1]", "…
    nedan.(1)", flattened by a pdf's text, "… nedan.1") ends the line's sentence as without it: a
    paragraph so ended was read as a heading, which no plan is asked to quote, and an item ended
    so as one going on into the line under it, which made a list of a paragraph between two
    numbered lines."""
    paragraph = (f"Nämnden har beslutat om flera mål för perioden, och de står i listan nedan.{mark}\n"
                 "1 Fler vakter i centrum\n2 Mer ljus i parken\nText om annat här.\n")
    assert [unit.kind for unit in coverage.measure("bergby.txt", SourceText(paragraph), [], []).units] == [
        "paragraph", "list", "list", "paragraph"]
    item = (f"Vi vill:\n1 Fler vakter i centrum och i alla stadsdelar i hela kommunen.{mark}\nDet är viktigt.\n"
            "2 Mer ljus i parken\nText om annat här.\n")
    assert coverage.measure("bergby.txt", SourceText(item), [], []).list_items == []


@pytest.mark.parametrize("mark", [" (1)", "(1)", " [1]"])
def test_a_footnotes_mark_ends_no_sentence(mark):
    """A footnote's mark in parentheses after a line's last word ("… för alla (1)") ends no
    sentence, as its closing parenthesis after a sentence in them does: the line was a paragraph
    where it is a heading without its mark."""
    text = f"Nämnden ska arbeta för att kommunen ska bli tryggare för alla{mark}\nText om annat här.\n"
    assert [unit.kind for unit in coverage.measure("bergby.txt", SourceText(text), [], []).units] == ["heading", "paragraph"]


@pytest.mark.parametrize("heading", ["Mål nr.1", "Kap.3", "Bilaga sid.4", "Prioritering nr.12"])
def test_a_number_after_an_abbreviations_full_stop_is_no_footnotes_mark(heading):
    """A number right after the full stop of an abbreviation that leads one ("nr.1", "kap.3",
    "sid.4") is that number, no footnote's mark after a sentence's end ("… nedan.1"): the line
    "Mål nr.1" is a heading, as "Mål nr 1" is, which read as an ended sentence was a paragraph
    the coverage counted as open."""
    text = f"{heading}\n\nVi ska bygga fler förskolor i hela kommunen.\n"
    assert [unit.kind for unit in coverage.measure("bergby.txt", SourceText(text), [], []).units] == ["heading", "paragraph"]


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1 Fler vakter\n2 Mer ljus\n\f", [2, 3]),
    ("Nämnden ska minska antalet hemlösa och korta köerna. Det är viktigt.\n1 Fler vakter.\n2 Mer ljus.\n\f", [2, 3]),
    ("Vi vill:\n1 Trygghet\n2 Skola\nTrygghet\nNämnden vill ha fler vakter.\n", [2, 3]),
    ("Vi vill:\n1 Trygghet\n2 Skola\nTrygghet\nNämnden vill ha fler vakter.\nSkola\nNämnden vill ha fler lärare.\n", [2, 3]),
    ("Nämnden redovisar kostnaderna i\nTabell 1 och vill därför:\n1 Fler vakter\n2 Mer ljus\nText om annat här.\n", [3, 4]),
    ("Nämnden ska minska antalet hemlösa1 och korta köerna.2 Det är viktigt.\n1 Fler vakter.\n2 Mer ljus.\n", [2, 3]),
    # an area's unit after its number is no footnote's mark 2
    ("Nämnden ska minska antalet hemlösa1 och bygga 120 m2 lokaler. Det är viktigt.\n1 Fler vakter.\n2 Mer ljus.\n\f", [2, 3]),
    ("Nämnden ska minska antalet hemlösa¹ och bygga 120 m² lokaler. Det är viktigt.\n1 Fler vakter.\n2 Mer ljus.\n\f", [2, 3]),
    ("Nämnden ska minska antalet hemlösa1 och sköta 4,5km2 park. Det är viktigt.\n1 Fler vakter.\n2 Mer ljus.\n\f", [2, 3]),
    ("Nämnden ska minska antalet hemlösa1 och bygga 500 m2. Det är viktigt.\n1 Fler vakter.\n2 Mer ljus.\n\f", [2, 3]),
    # items with their sums under a lead-in, an amount by one space, an item with none: no table's rows
    ("Vi satsar:\n1 Skola   12 mnkr\n2 Vård   30 mnkr\n", [2, 3]),
    ("Budget\n1 Skola 12 mnkr\n2 Vård 30 mnkr\n", [2, 3]),
    ("Budget\n1 Skola   12 mnkr\n2 Vård ska få mer\n", [2, 3]),
    # items set out justified by pdftotext -layout, their words wide apart, an amount last on the line
    ("Mål\n1 Minska  hemlösheten  med  50 %\nfram till 2026.\n2 Korta  köerna  med  30 %\nfram till 2026.\n", [2, 4]),
    ("Mål\n1 Minska  hemlösheten  med  50 %\n2 Korta  köerna  med  30 %\nText om annat här.\n", [2, 3]),
    # goals each with the year it is to be reached by, after a wide space: a year is no amount
    ("Mål\n1 Ny skola klar   2026\n2 Ny simhall klar   2028\nText om annat här.\n", [2, 3]),
    ("Mål\n1 Ny skola klar\u20032026\n2 Ny simhall klar\u20032028   12 mnkr\nText om annat här.\n", [2, 3]),
    # … so also numbered with a full stop
    ("Vi satsar:\n1. Skola   12 mnkr\n2. Vård   30 mnkr\n", [2, 3]),
    ("Budget\n1. Skola 12 mnkr\n2. Vård 30 mnkr\n", [2, 3]),
    ("Budget\n1. Skola   12 mnkr\n2. Vård ska få mer\n", [2, 3]),
    ("Mål\n1. Minska  hemlösheten  med  50 %\n2. Korta  köerna  med  30 %\nText om annat här.\n", [2, 3]),
    ("Mål\n1. Ny skola klar   2026\n2. Ny simhall klar   2028\nText om annat här.\n", [2, 3]),
    ("Budget\n1. Skola   12 mnkr\nText om annat här.\n", [2]),
    ("Nämnden redovisar kostnaderna i\nTabell 1 och vill därför:\n1. Fler vakter\n2. Mer ljus\nText om annat här.\n", [3, 4]),
    # a sentence wrapped on a line beginning with a table's name: a caption is short and ends no sentence
    ("Nämnden har följt upp sina mål, och\nTabell 1 visar hur det har gått i stadsdelarna.\n1 Fler vakter\n2 Mer ljus\n"
     "Text om annat här.\n", [3, 4]),
    ("Nämnden har följt upp sina mål, och\nTabell 1 visar hur det har gått i stadsdelarna.\n1. Fler vakter\n2. Mer ljus\n"
     "Text om annat här.\n", [3, 4]),
    # … ended by an abbreviation, which a caption's title in its capital may end in ("Tabell 3 Budget m.m.")
    ("Nämnden har följt upp sina mål.\nTabell 1 visar kostnaderna för skola, vård m.m.\n1 Fler vakter\n2 Mer ljus\n"
     "Text om annat här.\n", [3, 4]),
    ("Nämnden har följt upp sina mål.\nTabell 1 visar kostnaderna för skola, vård etc.\n1. Fler vakter\n2. Mer ljus\n"
     "Text om annat här.\n", [3, 4]),
    # … in a unit, not after a comma as a caption's unit is ("Driftbudget, tkr.")
    ("Nämnden har följt upp sina kostnader, och\nTabell 1 visar dem i tkr.\n1. Fler vakter\n2. Mer ljus\n"
     "Text om annat här.\n", [3, 4]),
    # numbered with a parenthesis at a page's foot, its numbers no marks in the page's text
    ("Nämnden ska minska antalet hemlösa och korta köerna. Det är viktigt.\n1) Fler vakter.\n2) Mer ljus.\n\f", [2, 3]),
], ids=["a-list-at-a-pages-foot", "no-marks-in-the-pages-text", "one-item-a-heading-later",
        "every-item-a-heading-later-under-its-lead-in", "a-lead-in-beginning-with-a-tables-name",
        "last-in-a-text-without-page-breaks", "square-metres", "square-metres-in-superscript", "square-kilometres",
        "square-metres-at-a-sentences-end",
        "sums-under-a-lead-in", "an-amount-by-one-space", "a-row-without-its-amount",
        "justified-items-wrapped", "justified-items", "goals-with-their-years", "a-year-before-an-amount",
        "full-stops-sums-under-a-lead-in", "full-stops-an-amount-by-one-space", "full-stops-a-row-without-its-amount",
        "full-stops-justified-items", "full-stops-goals-with-their-years", "full-stops-one-row",
        "full-stops-a-lead-in-beginning-with-a-tables-name", "a-sentence-beginning-with-a-tables-name",
        "full-stops-a-sentence-beginning-with-a-tables-name", "a-sentence-beginning-with-a-tables-name-ending-in-m-m",
        "full-stops-a-sentence-beginning-with-a-tables-name-ending-in-etc",
        "a-sentence-beginning-with-a-tables-name-ending-in-a-unit", "parentheses-no-marks-in-the-pages-text"])
def test_a_list_like_a_footnotes_or_contents_stays_a_list(text, items):
    """A list last on its page whose numbers mark nothing in the page's text, or one whose items
    do not all stand again as headings later, stays a list to cover; so does one under its lead-in
    (a line ending in a colon: "Vi vill:"), whose items each have a section of their own later
    (a contents list has a heading of its own, "Innehåll"), or whose lead-in's line begins with a
    table's name ("Tabell 1 och vill därför:", a sentence wrapped there, no caption, or "Tabell 1
    visar hur det har gått i stadsdelarna.", a sentence ended there, by an abbreviation too, "…
    vård m.m.": a caption is short and ends none, its title in its capital); and a list
    last in a text that keeps no page breaks (no form feed), whose numbers stand as marks anywhere
    above it, in the whole text, which is no page; and items ending in an amount after a wide
    space whose words stand wide apart too, as pdftotext -layout sets a justified line ("Minska
    hemlösheten  med  50 %"), or a year ("Ny skola klar   2026"): each was read as no list (a table's rows, a table of contents, a
    page's footnotes), and a plan that left its items out passed."""
    assert [unit.line for unit in coverage.measure("bergby.txt", SourceText(text), [], []).list_items] == items


@pytest.mark.parametrize("text, items", [
    # a lead-in last on its page, its list's items with their sums on the next under the page's number
    ("Text.\nVi satsar:\n\f\n7\n1 Skola   12 mnkr\n2 Vård   30 mnkr\nText om annat här.\n", [5, 6]),
    ("Text.\nVi satsar:\n\f7\n1. Skola   12 mnkr\n2. Vård   30 mnkr\nText om annat här.\n", [4, 5]),
    # … or over the page's number at its foot, alone or between dashes
    ("Text.\nVi satsar:\n7\n\f1 Skola   12 mnkr\n2 Vård   30 mnkr\nText om annat här.\n", [4, 5]),
    ("Text.\nVi satsar:\n\n- 7 -\n\f1 Skola   12 mnkr\n2 Vård   30 mnkr\nText om annat här.\n", [5, 6]),
    # … or under the next page's running head
    ("Bergby plan 2024\nText.\nVi satsar:\n\fBergby plan 2024\n1 Skola   12 mnkr\n2 Vård   30 mnkr\nText om annat här.\n"
     "\fBergby plan 2024\nSlut.\n", [5, 6]),
    # a list in small letters going on from its lead-in, numbered apart: no scale's steps
    ("Nämnden ska:\n\f7\n1\tminska hemlösheten\n2\tkorta köerna\nText om annat här.\n", [3, 4]),
    # a caption last on its page: its rows on the next are no list
    ("Text.\nTabell 1\n\f7\n1 Norra Bergby\n2 Södra Bergby\nText om annat här.\n", []),
    ("Text.\nTabell 2: Stadsdelar\n7\n\f1. Norra Bergby\n2. Södra Bergby\nText om annat här.\n", []),
], ids=["sums-under-the-next-pages-number", "full-stops-under-the-next-pages-number", "over-the-pages-number-at-its-foot",
        "over-the-pages-number-between-dashes", "under-the-running-head", "small-letters-under-the-next-pages-number",
        "a-caption-over-the-next-pages-number", "a-caption-over-the-pages-number-at-its-foot"])
def test_a_lead_in_or_a_caption_is_read_past_a_pages_number_or_running_head(text, items):
    """A list's lead-in ("Vi satsar:") or a table's caption ("Tabell 1") last on its page, its
    items or rows on the next, is read past the page's number between, alone at the page's foot
    or top ("7", "\f7"), or its running head: read as the line above them, the number hid the
    lead-in, the items with their sums were a table's rows, and one in small letters a scale's
    steps, which a plan could leave out; and it hid the caption, and the rows were items to cover."""
    assert [unit.line for unit in coverage.measure("bergby.txt", SourceText(text), [], []).list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Nämnden ska:\n1.\nminska hemlösheten,\n2.\nkorta köerna och\n3.\nstödja barnen.\nText om annat här.\n", [3, 5, 7]),
    ("Nämnden ska:\n1\tminska hemlösheten,\n2\tkorta köerna och\n3\tstödja barnen.\nText om annat här.\n", [2, 3, 4]),
], ids=["numbers-alone", "numbers-by-a-tab"])
def test_a_list_numbered_apart_in_small_letters_is_read(text, items):
    """A list numbered apart from its text whose items go on from their lead-in in small letters
    ("Nämnden ska:", "1." over "minska hemlösheten,"), as a list of one sentence is written: an
    item had to begin with a capital letter or a figure, so the list was none, and a plan that
    left its items out passed. Its number set apart tells it from a wrapped line beginning with a
    figure ("3 500 kronor"), which a list numbered by a space alone still must."""
    report = coverage.measure("bergby.txt", SourceText(text), ["minska hemlösheten"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.line for unit in report.uncovered_list_items] == items[1:]


@pytest.mark.parametrize("text, items", [
    # a letter alone goes on from a letter's mark on its line, and one on its line from a letter alone
    ("Nämnden ska:\n\na) Fler vakter\nb)\nMer ljus i parken\n\nText om annat här.\n", [3, 5]),
    ("Nämnden ska:\n\na)\nFler vakter\nb) Mer ljus i parken\n\nText om annat här.\n", [4, 5]),
    # a number and a letter, each alone over its text, are two lists of one: none
    ("Nämnden ska:\n\n1.\nFler vakter\n\nb)\nMer ljus i parken\n\nText om annat här.\n", []),
    ("Nämnden ska:\n\n1. Fler vakter\nb)\nMer ljus i parken\n\nText om annat här.\n", [3]),
    # so over a page's break, past the page's number at its foot
    ("Nämnden ska:\n\na) Fler vakter\n\n7\n\fb)\nMer ljus i parken\n\nText om annat här.\n", [3, 7]),
    ("Nämnden ska:\n\na)\nFler vakter\n\n7\n\fb) Mer ljus i parken\n\nText om annat här.\n", [4, 7]),
    ("Nämnden ska:\n\n1. Fler vakter\n\n7\n\f2.\nMer ljus i parken\n\nText om annat här.\n", [3, 7]),
], ids=["letter-alone-after-a-letters-mark", "a-letters-mark-after-a-letter-alone", "a-number-then-a-letter-alone",
        "a-number-on-its-line-then-a-letter-alone", "over-a-pages-break", "a-letters-mark-over-a-pages-break",
        "a-numbers-mark-over-a-pages-break"])
def test_letters_alone_count_on_from_letters_not_numbers(text, items):
    """A list in small letters standing alone over their text ("b)" over "Mer ljus i parken")
    counts on from a letter's mark, also one on its line ("a) Fler vakter", as pdftotext writes one
    item's mark on its line and the next's apart): read as no letter, "b)" was a list of one, and
    a plan that left it out passed. A number is another kind of numbering: "1." over "Fler vakter"
    and "b)" over "Mer ljus i parken" were read as items 1 and 2 of one list. Over a page's break,
    past the page's number: read as the line beside, it left the next page's item a list of one."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n\n(a) Fler vakter\n(b) Mer ljus i parken\n\nText om annat här.\n", [3, 4]),
    ("Vi vill:\n\n(1) Fler vakter\n(12) Mer ljus i parken\n\nText om annat här.\n", [3, 4]),
    ("Vi vill:\n\n(1)\nFler vakter\n(2)\nMer ljus i parken\n\nText om annat här.\n", [4, 6]),
    ("Nämnden ska:\n\n(1)\nTrygghet\n(a)\nFler vakter\n(b)\nMer ljus\n(2)\nSkola\n\nText om annat här.\n", [4, 6, 8, 10]),
], ids=["letters-on-their-lines", "numbers-on-their-lines", "numbers-alone", "a-sub-list-alone"])
def test_a_lists_mark_in_brackets_on_both_sides_reads_as_in_one(text, items):
    """A list whose marks stand in brackets on both sides ("(a) Fler vakter", "(1)" over "Fler
    vakter") is read as one marked "a)" or "1)" is, each item asked to be quoted or excluded and a
    mark alone no paragraph: read as none, its items were headings, and a plan that left them out passed."""
    def units(source):
        return [(unit.line, unit.kind, unit.status) for unit in coverage.measure("bergby.txt", SourceText(source), ["Fler vakter"], []).units]
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.text for unit in report.uncovered_list_items] == [unit.text for unit in report.list_items if "Fler" not in unit.text]
    assert units(text) == units(text.replace("(", ""))


@pytest.mark.parametrize("text, items", [
    ("Nämnden har beskrivit arbetet med tryggheten i avsnittet på sidan\n(12) och där finns alla delar med i detalj.\n"
     "Text om annat här.\n", []),
    ("Nämnden ska arbeta med tre saker, nämligen trygghet enligt punkt\n(a) och skola enligt punkt (b) i planen.\n"
     "Text om annat här.\n", []),
    # a list in brackets going on from its lead-in in small letters counts on, and stays one
    ("Nämnden ska arbeta för att kommunen ska bli tryggare och\n(a) minska hemlösheten,\n(b) korta köerna.\n"
     "Text om annat här.\n", [2, 3]),
    ("Nämnden ska arbeta för att kommunen ska bli tryggare genom att\n(1) minska hemlösheten i\nalla stadsdelar och\n"
     "(2) korta köerna.\nText om annat här.\n", [2, 4]),
], ids=["a-page-in-brackets", "a-point-in-brackets", "a-list-going-on-from-its-lead-in", "numbers-going-on-wrapped"])
def test_a_mark_in_brackets_in_a_wrapped_sentence_is_no_item(text, items):
    """A figure or a letter in brackets that a wrapped sentence puts first on a line ("… på
    sidan" over "(12) och där finns …") is no list's mark: read as "12) och där finns …", the
    line was an item a plan had to quote or exclude. A list in brackets counts on from its mark
    ("(a)", "(b)"), and stays one."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Vi bygger nya skolor i hela kommunen.\ns. k. hybridlärande ska prövas i två skolor.\nt. ex. i Norrby och Söderby.\n"
     "Text om annat här.\n", []),
    ("Det gäller alla barn i kommunen, som\ni. e. går i skolan.\nText om annat här.\n", []),
    ("Vi gör mycket för barnen i kommunen.\no. s. v. gäller även de äldre.\nText om annat här.\n", []),
    # a list in letters stays one, also where an item's text ends in an abbreviation
    ("Vi vill:\n\na) Fler vakter\nb) Mer ljus m. m.\nc) t. ex. fler poliser\n\nText om annat här.\n", [3, 4, 5]),
], ids=["s-k-and-t-ex", "i-e", "o-s-v", "a-list-in-letters"])
def test_an_abbreviation_written_with_spaces_first_on_a_line_is_no_item(text, items):
    """A line that begins with an abbreviation written with spaces ("s. k. hybridlärande", "t. ex. i
    Norrby", "i. e. går") is prose: its first letter and full stop read as a list's mark ("s.",
    "i." as a letter), the line was an item a plan had to quote or exclude."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.list_items] == items


@pytest.mark.parametrize("second", ["b. ca. 200 nya platser", "b. t. ex. fler poliser", "b. s. 12 visar hur", "b. st. 5 nya skolor"],
                         ids=["ca", "t-ex", "s-page", "st"])
def test_a_lettered_items_text_that_begins_with_an_abbreviation_is_still_an_item(second):
    """An item of a list in small letters with full stops whose text begins with a short word and
    its full stop ("b. ca. 200 nya platser", "b. t. ex. fler poliser") is an item: only an
    abbreviation written with spaces that its letter begins ("s. k.", "t. ex.", "i. e.") is prose.
    Read as one, the item was a heading, and a plan that left it out passed."""
    text = f"Vi vill:\n\na. fler vakter\n{second}\nc. mer ljus\n\nText om annat här.\n"
    assert [unit.line for unit in coverage.measure("bergby.txt", SourceText(text), [], []).list_items] == [3, 4, 5]


@pytest.mark.parametrize("wrapped", ["s. 12 och 13 i detta dokument.", "s. 4–5 i bilagan."], ids=["pages", "range"])
def test_a_page_reference_first_on_a_wrapped_line_is_no_item(wrapped):
    """A sentence wrapped before its page reference ("… i bilagan på" over "s. 12 och 13 …") goes
    on into it: "s." and a number is the page's abbreviation, as "s. k." is one, no list's mark
    "s.". Read as an item, a plan was told to quote or exclude the wrapped line as a list item."""
    text = f"Nämnden har beslutat om flera mål, och de finns beskrivna i bilagan på\n{wrapped}\nText om annat här.\n"
    assert coverage.measure("bergby.txt", SourceText(text), [], []).list_items == []


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n\ni) Fler vakter\nii) Mer ljus\niii) Trygg skolväg\n\nText om annat här.\n", [3, 4, 5]),
    ("Vi vill:\n\ni)\nFler vakter\nii)\nMer ljus\niii)\nTrygg skolväg\n\nText om annat här.\n", [4, 6, 8]),
    ("Vi vill:\n\n(i) Fler vakter i\nnorra Bergby\n(ii)\nMer ljus\n\nText om annat här.\n", [3, 6]),
    ("Vi vill:\n\ni. Fler vakter\nii. Mer ljus\niii. Trygg skolväg\niv. Fler förskolor\nv. Mindre klasser\n"
     "vi. Fler lärare\n\nText om annat här.\n", [3, 4, 5, 6, 7, 8]),
    # a list in letters reaching i, v or x stays letters, and an i alone begins no list
    ("Vi vill:\n\nh) Fler vakter\ni) Mer ljus\nj) Trygg skolväg\n\nText om annat här.\n", [3, 4, 5]),
    ("Vi vill:\n\n" + "".join(f"{letter})\n{text}\n" for letter, text in zip("abcdefghij", (
        "Fler vakter", "Mer ljus", "Trygg skolväg", "Fler förskolor", "Mindre klasser", "Fler lärare", "Nya bibliotek",
        "Fler poliser", "Mer grönska", "Bättre vård"))) + "\nText om annat här.\n", list(range(4, 23, 2))),
    ("Vi vill:\n\ni)\nFler vakter i centrum.\n\nDet behövs för att fler ska känna sig trygga.\n", []),
], ids=["on-their-lines", "alone", "mixed-in-brackets-wrapped", "full-stops-to-vi", "letters-reaching-i", "letters-alone-to-j",
        "an-i-alone"])
def test_a_list_marked_by_small_roman_numerals_is_read(text, items):
    """A list marked by small Roman numerals ("i) Fler vakter", "ii) Mer ljus", or each alone over
    its text) has each item asked to be quoted or excluded: "i)" was read as the letter i, the
    list's only item, and "ii)" as no item, so a plan that left the rest out passed. A list in
    letters that reaches i stays one."""
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.text for unit in report.uncovered_list_items] == [unit.text for unit in report.list_items if "Fler vakter" not in unit.text]


@pytest.mark.parametrize("text, items", [
    ("Nämnden ska:\n\n1.\nTrygghet\na)\nFler vakter\n2.\nSkola\n\nText om annat här.\n", [4, 6, 8]),
    ("Nämnden ska:\n\n1. Trygghet\n\na)\nFler vakter\n\n2. Skola\n\nText om annat här.\n", [3, 6, 8]),
    # under a heading or a lead-in, a list of one is none
    ("Mål 1: Trygghet\na)\nFler vakter\n\nText om annat här.\n", []),
    ("Vi vill:\n\na)\nFler vakter i centrum.\n\nDet behövs för att fler ska känna sig trygga.\n", []),
], ids=["under-a-number-alone", "under-a-number-on-its-line", "under-a-heading", "under-a-lead-in"])
def test_a_sub_list_of_one_letter_alone_is_asked_for(text, items):
    """A sub-list of a single small letter alone over its text under a list's item ("1." over
    "Trygghet", "a)" over "Fler vakter", "2." over "Skola") is an item to quote or exclude, as
    "a) Fler vakter" on its line is: read as a list of one, none, a plan that left it out passed."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Nämnden ska:\n\n1.\nTrygghet\nb)\nFler vakter\nc)\nMer ljus\n2.\nSkola\n\nText om annat här.\n", [4, 6, 8, 10]),
    ("Nämnden ska:\n\n1. Trygghet\n\nb)\nFler vakter\n\nc)\nMer ljus\n\n2. Skola\n\nText om annat här.\n", [3, 6, 9, 11]),
    # a letter alone past a) is none, under an item too (`test_letters_alone_count_on_from_letters_not_numbers`)
    ("Nämnden ska:\n\n1.\nTrygghet\nb)\nFler vakter\n2.\nSkola\n\nText om annat här.\n", [4, 8]),
    # under a heading or a lead-in, letters alone past a) are none, as a list of one a) is
    ("Mål 1: Trygghet\nb)\nFler vakter\nc)\nMer ljus\n\nText om annat här.\n", []),
    ("Vi vill:\n\nb)\nFler vakter i centrum.\nc)\nMer ljus.\n\nDet behövs för att fler ska känna sig trygga.\n", []),
], ids=["b-and-c-under-a-number-alone", "under-a-number-on-its-line", "b-alone-under-a-number-alone", "under-a-heading",
        "under-a-lead-in"])
def test_a_sub_list_alone_past_its_missing_a_is_asked_for(text, items):
    """A sub-list in small letters alone over their text under a list's numbered item whose "a)"
    the source lacks ("1." over "Trygghet", "b)" over "Fler vakter", "c)" over "Mer ljus"; a
    letter lost to the pdf's text or the page before) is asked to be quoted or excluded, as it is
    with its "a)", and as "b) Fler vakter" on its line is. Until numbers and letters were read as two
    lists (0d3a374), "b)" went on from "1." as its item 2; since, it began no list, and a plan that
    left the sub-items out passed. A "b)" alone, counting on from nothing, stays none."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == items


@pytest.mark.parametrize("mark, following", [("a)", "b)"), ("1.", "2.")])
def test_a_list_numbered_alone_goes_on_past_a_long_item(mark, following):
    """A list whose small letters stand alone over their text goes on past an item wrapped over
    more lines than an item's most ("a)" over ten lines, an empty line, "b)" over "Mer ljus i
    parken"), as one numbered so does: each was a list of one, none, and a plan that left both out passed."""
    long_item = "Vi ska arbeta för att fler ska känna sig trygga i centrum och i\n" * 9 + "alla stadsdelar.\n"
    text = f"Nämnden ska:\n\n{mark}\n{long_item}\n{following}\nMer ljus i parken\n\nText om annat här.\n"
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.uncovered_list_items] == [4, 16]


@pytest.mark.parametrize("text, items", [
    # a sub-list lettered on its lines or apart, with no empty lines between
    ("Nämnden ska:\n\n1.\nTrygghet\na) Fler vakter\nb)\nMer ljus\n2.\nSkola i hela kommunen\n\nText om annat här.\n",
     [4, 5, 7, 9]),
    # lettered apart, each part spaced by empty lines, item 2 further from item 1 than an item's most lines
    ("Nämnden ska:\n\n1.\nTrygghet\n\na)\nFler vakter\n\nb)\nMer ljus\n\n2.\nSkola\n\na)\nFler lärare\n\n"
     "b)\nMindre klasser\n\nText om annat här.\n", [4, 7, 10, 13, 16, 19]),
    # bulleted; or under numbers set off by a tab
    ("Nämnden ska:\n\n1.\nTrygghet\n• Fler vakter\n• Mer ljus\n2.\nSkola\n\nText om annat här.\n", [4, 5, 6, 8]),
    ("Nämnden ska:\n\n1\tTrygghet\na)\nFler vakter\nb)\nMer ljus\n2\tSkola\n\nText om annat här.\n", [3, 5, 7, 8]),
    # a page's number with its full stop at the foot ("7." over "\fb)"), inside the sub-list: no item 7 over "b)"
    ("Nämnden ska:\n\n1.\nTrygghet\n\na)\nFler vakter\n\n7.\n\fb)\nMer ljus\n\n2.\nSkola\n\na)\nFler lärare\n\n"
     "b)\nMindre klasser\n\nText om annat här.\n", [4, 7, 11, 14, 17, 20]),
    # or over the sub-list's first item marked on its line ("7." over "\fa) Fler vakter")
    ("Nämnden ska:\n\n1.\nTrygghet\n\n7.\n\fa) Fler vakter\nb) Mer ljus\n2.\nSkola\n\nText om annat här.\n", [4, 7, 8, 10]),
    # numbered by decimals, on their lines or alone over their text, as "1. Trygghet" over "1.1 Fler vakter" goes on
    ("Nämnden ska:\n\n1.\nTrygghet\n1.1 Fler vakter\n1.2 Mer ljus\n2.\nSkola\n\nText om annat här.\n", [4, 8]),
    ("Nämnden ska:\n\n1.\nTrygghet\n\n1.1.\nFler vakter\n\n1.2.\nMer ljus\n\n2.\nSkola\n\nText om annat här.\n",
     [4, 13]),
    # small Roman numerals alone over their text, close or spaced by empty lines, in brackets too
    ("Nämnden ska:\n\n1.\nTrygghet\ni)\nFler vakter\nii)\nMer ljus\n2.\nSkola\n\nText om annat här.\n", [4, 6, 8, 10]),
    ("Nämnden ska:\n\n1.\nTrygghet\n\n(i)\nFler vakter\n\n(ii)\nMer ljus\n\n(iii)\nFler lärare\n\n2.\nSkola\n\n"
     "Text om annat här.\n", [4, 7, 10, 13, 16]),
    # a paragraph after the sub-list ends the list: items 1 and 2 are lists of one, none
    ("Nämnden ska:\n\n1.\nTrygghet\na) Fler vakter\nb) Mer ljus.\nText om annat här.\n2.\nSkola\n\nSlut.\n", [5, 6]),
    ("Nämnden ska:\n\n1.\nInledning\n1.1 Bakgrund\nNämnden har arbetat med mycket.\n2.\nMål\n\nSlut.\n", []),
], ids=["lettered-close", "lettered-apart-and-spaced", "bulleted", "under-a-tabs-number", "a-pages-number-in-the-sub-list",
        "a-pages-number-over-the-sub-list", "decimals-on-their-lines", "decimals-alone", "roman-numerals-alone",
        "roman-numerals-alone-spaced", "a-paragraph-after-it",
        "a-paragraph-after-a-decimal-heading"])
def test_a_list_numbered_apart_goes_on_past_its_sub_list(text, items):
    """A list whose numbers stand alone over their text ("1." over "Trygghet") goes on past a
    sub-list under an item ("a)" over "Fler vakter", "b)" over "Mer ljus", "1.1 Fler vakter", or "ii)" over "Mer ljus",
    then "2." over "Skola"),
    as "1. Trygghet" over "a) Fler vakter" over "2. Skola" does, its items and the sub-list's each
    asked to be quoted or excluded: the sub-list's lines ended the list, so items 1 and 2 were
    each a list of one, none, and a plan that left them out passed. Not past a paragraph."""
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter", "Mer ljus", "Fler lärare"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.text for unit in report.uncovered_list_items] == [
        unit.text for unit in report.list_items if unit.text.endswith(("Trygghet", "Skola", "kommunen", "klasser"))]


@pytest.mark.parametrize("text, items", [
    ("Sannolikhet\n1\tosannolik\n2\tmöjlig\n3\tsannolik\n4\tmycket sannolik\nText om annat här.\n", []),
    ("Konsekvens\n1.\nlindrig\n2.\nkännbar\n3.\nallvarlig\nText om annat här.\n", []),
    # a scale under a lead-in grading by it, though it ends in a word announcing what follows
    ("Risker bedöms enligt följande\n1\tlåg\n2\tmedel\n3\thög\nText om annat här.\n", []),
    ("Bedöm sannolikheten enligt följande\n\na)\nlåg\n\nb)\nmedel\n\nc)\nhög\n\nText om annat här.\n", []),
    ("Sannolikhet bedöms enligt skalan nedan\n1\tosannolik\n2\tmöjlig\n3\tsannolik\nText om annat här.\n", []),
    # a list in small letters going on from its lead-in as one sentence, with or without its colon
    ("Nämnden ska\n1\tminska hemlösheten,\n2\tkorta köerna och\n3\tstödja barnen.\nText om annat här.\n", [2, 3, 4]),
    ("Sannolikhet:\n1\tosannolik\n2\tmöjlig\nText om annat här.\n", [2, 3]),
    # or its lead-in ending in "att" or a preposition, as no scale's heading does
    ("Nämnden ska arbeta med\n1\tminska hemlösheten\n2\tkorta köerna\nText om annat här.\n", [2, 3]),
    ("Nämnden har beslutat att\n\na)\nminska hemlösheten\n\nb)\nkorta köerna\n\nText om annat här.\n", [4, 7]),
    # or in a word announcing the list, as no scale's heading does
    ("Vi ska arbeta med följande\n\na)\nminska hemlösheten\n\nb)\nkorta köerna\n\nText om annat här.\n", [4, 7]),
    ("Nämnden prioriterar insatserna nedan\n1\tminska hemlösheten\n2\tkorta köerna\nText om annat här.\n", [2, 3]),
    ("Under året arbetar nämnden med dessa\n1.\nminska hemlösheten\n2.\nkorta köerna\nText om annat här.\n", [3, 5]),
    # a scale in capitals reads as a list in capitals does
    ("Sannolikhet\n1\tOsannolik\n2\tMöjlig\nText om annat här.\n", [2, 3]),
], ids=["a-scale-by-tabs", "a-scale-numbered-alone", "graded-by-foljande", "graded-by-foljande-lettered",
        "graded-by-the-scale-nedan", "a-sentences-parts", "under-a-colon", "under-a-preposition",
        "under-att-lettered-alone", "under-foljande", "under-nedan", "under-dessa", "in-capitals"])
def test_a_scale_in_small_letters_is_no_list(text, items):
    """A scale's steps numbered apart in small letters under its heading ("Sannolikhet" over
    "1<tab>osannolik", "2<tab>möjlig") are no list: read as one, each step was an item a plan had
    to quote or exclude. A list in small letters goes on from its lead-in as one sentence, its
    lead-in ending in a colon, "att", a preposition or a word announcing the list ("Nämnden ska
    arbeta med", "Vi ska arbeta med följande", "nedan", "dessa", read as a scale's heading, so that
    a plan that left the items out passed) or its items the sentence's parts
    ("minska hemlösheten,"), and stays one. A lead-in grading by what follows ("Risker bedöms enligt
    följande", "enligt skalan nedan") heads a scale: read as a list, "låg", "medel", "hög" were items."""
    assert [unit.line for unit in coverage.measure("bergby.txt", SourceText(text), [], []).list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1 Fler vakter\n2 Bygga skolan, etapp I\nEkonomi\n3 Budget\nBudgeten är i balans.\n", [2, 3]),
    ("VI VILL:\n1 FLER VAKTER I\nNORRA BERGBY\n2 MER LJUS\n3 TRYGG SKOLVÄG\nText om annat här.\n", [2, 4, 5]),
], ids=["a-roman-one-over-a-heading", "a-joining-word-in-capitals"])
def test_a_joining_word_is_a_small_letters_word(text, items):
    """An item wrapped onto a line in a capital after a word that joins it to the next reads on
    only from a joining word in small letters, or in a line all in capitals: "etapp I", a Roman
    one, over the heading "Ekonomi" was read as "i" wrapped onto a name, so "3 Budget", the
    chapter under it, was the list's item 3, and a plan that quoted the list whole was told that
    item was missing."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.list_items] == items


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1. Fler vakter\n2.\nMer ljus\n3.\nTrygg skolväg\nText om annat här.\n", [2, 4, 6]),
    ("Vi vill:\n1. Fler vakter\n2\tMer ljus\nText om annat här.\n", [2, 3]),
    ("Vi vill:\n1.\nFler vakter\n2. Mer ljus\n3. Trygg skolväg\nText om annat här.\n", [3, 4, 5]),
    ("Vi vill:\n1 Fler vakter\n2\tMer ljus\n3\tTrygg skolväg\nText om annat här.\n", [2, 3, 4]),
    ("Vi vill:\n1\tFler vakter\n2 Mer ljus\n3 Trygg skolväg\nText om annat här.\n", [2, 3, 4]),
    ("Vi vill:\n1.\nFler vakter\n2\tMer ljus\n3\tTrygg skolväg\nText om annat här.\n", [3, 4, 5]),
], ids=["marked-then-numbers-alone", "marked-then-a-tab", "a-number-alone-then-marked", "a-space-then-tabs",
        "a-tab-then-spaces", "a-number-alone-then-tabs"])
def test_a_list_whose_items_mix_layouts_is_read_whole(text, items):
    """A list whose items are set out two ways, as pdftotext may write one item's number on its
    line and the next's alone over its text ("1. Fler vakter", then "2." over "Mer ljus"): the
    items numbered apart were a list counting up from 2, or a list of one, none, and a plan
    that left them out passed."""
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.line for unit in report.uncovered_list_items] == items[1:]


@pytest.mark.parametrize("text, items", [
    ("Vi vill:\n1\t\tFler vakter\n2\t\tMer ljus\n3\t\tTrygg skolväg\nText om annat här.\n", [2, 3, 4]),
    ("Vi vill:\n1.\n\nFler vakter\n2.\n\nMer ljus\n3.\n\nTrygg skolväg\nText om annat här.\n", [4, 7, 10]),
    ("Vi vill:\n1 Fler vakter i\nNorra Bergby\n2 Mer ljus\n3 Trygg skolväg\nText om annat här.\n", [2, 4, 5]),
    ("Vi vill:\n1\tFler vakter i\nNorra Bergby\n2\tMer ljus\n3\tTrygg skolväg\nText om annat här.\n", [2, 4, 5]),
], ids=["two-tabs", "a-number-alone-over-an-empty-line", "a-wrapped-line-in-a-capital", "a-tab-list-wrapped-in-a-capital"])
def test_a_list_set_out_so_is_read(text, items):
    """Lists that were no lists, so a plan that left an item out passed: numbers set apart by two
    tabs ("1<tab><tab>Fler vakter"); a number alone with an empty line between it and its text;
    an item wrapped onto a line that begins in a capital letter after a word that joins it to the
    next ("Fler vakter i" over "Norra Bergby"), which ended the list at the item."""
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter", "Mer ljus"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.line for unit in report.uncovered_list_items] == items[2:]


@pytest.mark.parametrize("text", [
    "1.\n\nInledning\n\n2.\n\nMål\nNämnden har tre mål.\n",
    "Vi vill:\n1 Fler vakter\nNorra Bergby\n2 Mer ljus\n3 Trygg skolväg\nText om annat här.\n",
], ids=["chapters-numbered-alone-over-an-empty-line", "a-line-in-a-capital-after-an-item-ended"])
def test_lines_set_out_so_that_are_no_list_stay_none(text):
    """Chapters numbered alone over an empty line with their text under them are no list, nor is a
    line in a capital under an item whose line does not end on a joining word its wrapped line:
    the list ends at item 1, and counts up from 1 no more."""
    assert coverage.measure("bergby.txt", SourceText(text), [], []).list_items == []


@pytest.mark.parametrize("text, items", [
    ("Verksamhetsplan 2024\nInledning\nNämnden har ett uppdrag.\n\fVerksamhetsplan 2024\nVi vill:\n1 Fler vakter\n"
     "2 Mer ljus\n\n4\n\fVerksamhetsplan 2024\n3 Trygg skolväg\nText om annat här.\n\f", [6, 7, 11]),
    ("Inledning\nNämnden har ett uppdrag.\n\fVerksamhetsplan 2024\t2\nVi vill:\n1\tFler vakter\n2\tMer ljus\n"
     "\fVerksamhetsplan 2024\t3\n3\tTrygg skolväg\nText om annat här.\n\f", [5, 6, 8]),
    ("Inledning\nNämnden har ett uppdrag.\nSocialnämnden\n\fVi vill:\n1.\nFler vakter\n2.\nMer ljus\nSocialnämnden\n"
     "\f3.\nTrygg skolväg\nText om annat här.\n\f", [6, 8, 11]),
    ("Inledning\nNämnden har ett uppdrag.\nSida 1 av 3\nEskilstuna kommun\n\fVi vill:\n1 Fler vakter\n2 Mer ljus\n\n"
     "Sida 2 av 3\nEskilstuna kommun\n\f3 Trygg skolväg\nText om annat här.\nSida 3 av 3\nEskilstuna kommun\n\f", [6, 7, 11]),
    ("Verksamhetsplan 2024        1\nInledning\nNämnden har ett uppdrag.\n\fVerksamhetsplan 2024        2\nVi vill:\n"
     "1 Fler vakter\n2 Mer ljus\n\fVerksamhetsplan 2024        3\n3 Trygg skolväg\nText om annat här.\n\f", [6, 7, 9]),
    # the document's title atop one page only, standing nowhere else
    ("Verksamhetsplan 2024\nInledning\nNämnden har ett uppdrag.\n\fVi vill:\n1 Fler vakter\n2 Mer ljus\n"
     "\fVerksamhetsplan 2024\n3 Trygg skolväg.\nText om annat här.\n\fBilaga\nText.\n\f", [5, 6, 8]),
    ("Verksamhetsplan 2024\n\nInledning\nNämnden har ett uppdrag.\n\fVi vill:\n1 Fler vakter\n2 Mer ljus\n\n"
     "\fVerksamhetsplan 2024        3\n\n3 Trygg skolväg.\nText om annat här.\n\fBilaga\nText.\n\f", [6, 7, 11]),
], ids=["head", "head-with-its-pages-number-after-a-tab", "footer", "a-pages-number-over-the-footer",
        "head-with-its-pages-number-after-spaces", "the-title-atop-one-page", "the-title-atop-one-page-with-its-number"])
def test_a_running_head_between_a_lists_items_leaves_the_list_whole(text, items):
    """A list going on to its next page under the running head every page has ("2 Mer ljus", a
    form feed, "Verksamhetsplan 2024", "3 Trygg skolväg"; its page's number after it, by a tab or
    by spaces as pdftotext -layout sets it: "Verksamhetsplan 2024        3"), or over the footer every page ends
    with, or a page's number over that footer ("Sida 2 av 3" over "Eskilstuna kommun", which only
    a number right beside the break was read past): the head was read as a line between the items
    that is not the first's wrapped text, so the list ended at item 2, and a plan that left item 3
    out passed."""
    report = coverage.measure("bergby.txt", SourceText(text), ["Fler vakter", "Mer ljus"], [])
    assert [unit.line for unit in report.list_items] == items
    assert [unit.line for unit in report.uncovered_list_items] == items[2:]


@pytest.mark.parametrize("text", [
    "Vi vill:\n1 Fler vakter\n2 Mer ljus\n\fTrygghet\n3 Trygg skolväg\nText om annat här.\n\fSkola\nText.\n\f",
    # a heading the document's title names again, which stands elsewhere too, is its text
    "Trygghet\n1 Fler vakter\n2 Mer ljus\n\fTrygghet\n3 Trygg skolväg.\nText om annat här.\nTrygghet\n"
    "\fSkola\nText.\n\f",
], ids=["a-chapters-heading-atop-one-page", "the-titles-words-standing-elsewhere-too"])
def test_a_heading_atop_one_page_between_numbered_lines_ends_the_list(text):
    """A chapter's heading first on one page only is the text's, no running head: the numbered
    line under it begins no item 3 of the list above; so is one that repeats the document's title
    where the text has the same line elsewhere too."""
    report = coverage.measure("bergby.txt", SourceText(text), [], [])
    assert [unit.line for unit in report.list_items] == [2, 3]


@pytest.mark.parametrize("text", [
    "Innehåll\n1.\nInledning\n3\n2.\nMål\n5\n3.\nBudget\n7\n\f1.\nInledning\nNämnden har ett uppdrag.\n",
    "Innehåll\n1 Inledning\n3\n2 Mål\n5\n3 Budget\n7\n",
    "Innehåll\n1\tInledning\n3\n2\tMål\n5\n3\tBudget\n7\n",
], ids=["number-alone", "space", "tab"])
def test_a_table_of_contents_with_its_pages_numbers_under_its_chapters_is_no_list(text):
    """A table of contents as pdftotext writes one, each chapter's page number on the line under
    it ("1." over "Inledning" over "3"), is no list: a page's number between two items is read as
    none only at a page's break (a form feed beside it), where a list goes on to its next page."""
    assert coverage.measure("bergby.txt", SourceText(text), [], []).list_items == []


@pytest.mark.parametrize("text, items", [
    ("1 Trygghet\n2 200 nya bostäder\n3 500 fler platser i förskolan\n4 Skola\n", [1, 2]),
    ("1 Trygghet\n2 Skola\n3 200 nya bostäder\n4 500 fler platser i förskolan\n", [2, 3]),
], ids=["inside", "last"])
def test_two_plain_numbered_items_in_a_row_beginning_with_three_digits_are_the_lists(text, items):
    """Two items of a list numbered by plain spaces in a row, each beginning with a figure of three
    digits ("2 200 nya bostäder" over "3 500 fler platser i förskolan"): each was read as a
    thousand beside the other, as a column of amounts counting up by chance is ("2 500" over "3
    000"), so the quotes of the items' words were told they began inside a number, and coverage
    took the lines for no items. Words follow each figure, and the upper item does not run on
    into the lower, as a paragraph's wrapped line would."""
    source = SourceText(text)
    lines = text.splitlines()
    assert sorted(source.counted_numbers) == items
    for index in items:
        assert source.find(lines[index][2:]) is not None
        assert source.numbers_joined(lines[index]) == (lines[index][0], lines[index][2:5])
        assert index in coverage._numbered_items(source)


@pytest.mark.parametrize("text", [
    "1 Inledning\n2 500 kronor ges i år till varje barn som går i en\n3 200 kronors avgift betalas av alla.\n4 Mål\n",
], ids=["a-wrapped-paragraph"])
def test_a_paragraphs_wrapped_lines_beginning_with_figures_in_a_row_stay_thousands(text):
    """A paragraph's line running on into the next, both beginning with a figure that counts on
    from a heading's number ("1 Inledning", "2 500 kronor … i en", "3 200 kronors avgift …"):
    no list's items in a row, and each thousand stays one."""
    source = SourceText(text)
    assert source.counted_numbers == frozenset()
    assert source.numbers_joined("3 200 kronors avgift") is None and source.find("200 kronors avgift") is None


@pytest.mark.parametrize("text", [
    "1 Inledning\nPlanen gäller i fyra år.\n2 Mål\nNämnden har tre mål.\n3 200 barn väntar på plats.\n",
], ids=["headings-with-text"])
def test_a_paragraphs_three_digits_after_numbered_headings_stay_a_thousand(text):
    """Chapters' headings with their text under them ("1 Inledning", a paragraph, "2 Mål"), then
    a paragraph's line beginning "3 200 barn": the lines count up as a list's, but no list stands
    there, and the thousand stays one (a heading right over a paragraph, "1 Inledning" over "2 500
    kronor …": `test_a_plain_spaced_figure_that_counts_on_by_chance_stays_a_thousand`)."""
    source = SourceText(text)
    assert source.counted_numbers == frozenset()
    last = text.splitlines()[-1]
    assert source.find(last) is not None and source.numbers_joined(last) is None


@pytest.mark.parametrize("space, joined", [
    ("\u2006", None), ("\u2008", None), ("\u2007", None), ("\u2009", None),
    ("\u200a", None), ("\u2004", None), ("\u2005", None), ("\u2002", None), ("\u2000", None),
    ("\u2003", ("12", "000")), ("\u2001", ("12", "000")),
], ids=["six-per-em", "punctuation", "figure", "thin", "hair", "three-per-em", "four-per-em", "en", "en-quad",
        "em", "em-quad"])
def test_a_typesetters_space_groups_thousands_and_an_em_space_parts_two_numbers(space, joined):
    """A pdf's "12 000" with a six-per-em or punctuation space between its thousands, as with a
    thin or figure space, is the one number a quote's "12 000" reads (it was refused as two
    numbers read as one); so with a hair, three- or four-per-em space (a word space's width or
    less) or an en space (a digit's width, as a figure space), which Word's and InDesign's
    special characters put there ("1\u2002500 platser" was read as 1 and 500). An em space,
    two digits wide, with which a typesetter sets a list's number or a column apart, stays the
    edge between two numbers it is in a pdf's text."""
    source = SourceText(f"Vi ska bygga 12{space}000 bostäder till år 2030.\n")
    assert source.find("Vi ska bygga 12 000 bostäder") is not None
    assert source.numbers_joined("Vi ska bygga 12 000 bostäder") == joined


@pytest.mark.parametrize("quote, passage, named", [
    ("får åka på kollo", "får åk\u0430 på kollo", ("a", "\u0430")),  # a Cyrillic а, drawn as a Latin a
    ("en ny plan", "en ny pl\u03b1n", ("a", "\u03b1")),  # a Greek α
    ("fyra mål", "\u0444\u044b\u0432a mål", None),  # Cyrillic letters that look like nothing Latin here
])
def test_only_letters_drawn_alike_are_named_as_looking_alike(quote, passage, named):
    """The message names a Cyrillic or Greek letter that looks like the Latin one it stands for;
    other letters of those scripts look otherwise, and were said to "look the same" too."""
    assert look_alike(quote, passage) == named


def test_a_heading_broken_by_a_soft_hyphen_at_its_end_keeps_its_word():
    """A heading's line that ends with a soft hyphen goes on with the next line's word, as any
    line does ("Sän­ka skat­" over "ten"): the heading ended inside the word, so the heading
    quoted whole was refused as running out of it, and named the next line as the heading's."""
    source = SourceText("Inledning.\n## Sänka skat\u00ad\nten i kommunen\nVi vill\n")
    assert source.find("Sänka skatten") is not None
    assert source.find("skatten i kommunen") is None and source.find("i kommunen Vi vill") is not None
    assert source.heading_crossed("Sänka skatten i kommunen") == 2
    assert source.heading_crossed("Inledning. Sänka") == 2


def test_the_heading_a_quote_runs_into_or_out_of_is_named_by_its_line():
    """At the source's first or last line, and the first of two a quote runs over."""
    source = SourceText("## Först\nText i mitten\n## Sedan\nMer text\n## Sist")
    assert source.heading_crossed("Först Text") == 1
    assert source.heading_crossed("Text i mitten Sedan Mer text") == 3
    assert source.heading_crossed("Först Text i mitten Sedan") == 1
    assert source.heading_crossed("Mer text Sist") == 5
    assert source.heading_crossed("Sist") is None and source.find("Sist") is not None


@pytest.mark.parametrize("quote, how, part", [
    ("i kommunen Vi vill", "out", "i kommunen"),
    ("Sänka skatten - i kommunen Vi vill", "out", "Sänka skatten – i kommunen"),
    ("Inledning. Sänka skatten", "in", "Sänka skatten"),
    ("Inledning. Sänka skatten - i kommunen Vi vill", "over", "Sänka skatten – i kommunen"),
])
def test_a_heading_a_quote_runs_into_or_out_of_is_told_with_its_whole_line(quote, how, part):
    """Which way the quote meets the heading, its words in the heading, and the whole heading as
    the source writes it (its en dash, not the compared hyphen), for the hint to offer."""
    source = SourceText("Inledning.\n## Sänka skatten – i kommunen\nVi vill det.\n")
    crossing = source.heading_crossing(quote)
    assert (crossing.line, crossing.how, crossing.heading, crossing.part) == (2, how, "Sänka skatten – i kommunen", part)
    assert source.heading_crossing("Vi vill det.") is None


def test_a_headings_closing_marks_are_no_part_of_it():
    """`## Sänka skatten ##`: Markdown drops the closing marks as it does the opening ones. They
    were compared, so a quote running out of the heading was told only that the source had »##«
    there, not that it ran over the heading; the heading is named without them."""
    source = SourceText("Inledning.\n## Sänka skatten ##\nVi vill det.\n")
    crossing = source.heading_crossing("Sänka skatten Vi vill det.")
    assert (crossing.line, crossing.how, crossing.heading) == (2, "out", "Sänka skatten")
    assert source.find("Sänka skatten") is not None


def test_an_empty_heading_with_closing_marks_is_no_text():
    """`## ##` is an empty heading, as Markdown reads it: its closing marks were taken for its
    text, and a quote of the text around it was told it ran over the heading »##«."""
    source = SourceText("Inledning.\n## ##\nVi vill det.\n")
    assert source.find("Inledning. Vi vill det.") is not None


@pytest.mark.parametrize("marks", ["#", "###", "#  "])
def test_a_headings_marks_alone_on_a_line_are_an_empty_heading(marks):
    """`#` alone is an empty heading, as Markdown reads it: its "#" was compared, so a quote of
    the text around it was refused and told to quote »Inledning. # Vi vill det.«. The quote
    passes, and one typing the "#" is offered the text without it, which passes."""
    source = SourceText(f"Inledning.\n{marks}\nVi vill det.\n")
    assert source.find("Inledning. Vi vill det.") is not None
    assert source.heading_crossing("Inledning. Vi vill det.") is None
    assert source.closest("Inledning. # Vi vill det.")[0] == "Inledning. Vi vill det."


def test_a_tables_hash_column_is_no_heading():
    """A table's first cell "#" (a column of numbers), a tab after it, is no heading's mark: its
    row was taken for a heading, and a quote over it and the next row was refused."""
    source = SourceText("Plan\n\n#\tÅtgärd\tAnsvar\n1\tBygga bostäder\tKommunen\n")
    assert source.find("# Åtgärd Ansvar 1 Bygga bostäder") is not None


def test_a_star_the_source_escapes_is_shown_as_the_reader_sees_it():
    """A converter writes a document's own star as `\\*`: the hint named the heading with a
    backslash no reader sees (»Mål 5\\3«, the star taken as emphasis). It shows the star, and
    the heading so shown, copied as the quote, is found; so is a quote typed with the backslash."""
    source = SourceText("Inledning.\n## Mål 5\\*3 för \\*alla\\* barn\nVi vill det.\n")
    crossing = source.heading_crossing("för alla barn Vi vill det.")
    assert crossing.heading == "Mål 5*3 för *alla* barn"
    assert source.find(crossing.heading) is not None and source.find("Mål 5\\*3 för \\*alla\\* barn") is not None


@pytest.mark.parametrize("quote, cut", [
    ("5 procent av barnen.", ("start", "sign", "< 5")),
    ("5 procent i år.", ("start", "sign", ">=5")),
    ("300 kronor per dag.", ("start", "number", "5 * 300")),
    ("Det kostar 5", ("end", "number", "5 * 300")),
    ("500 nya bostäder.", ("start", "number", "1 500")),
    ("Mötet börjar 22", ("end", "number", "22:30")),
    ("acceptabelt läge.", ("start", "word", "oacceptabelt")),
    ("Mot barn", ("end", "word", "barn- fattigdomen")),
    ("Det kostar 5 * 300 kronor per dag.", None),
    ("12 personer.", ("start", "number", "15 000 * 12")),
])
def test_a_quote_cut_from_inside_a_word_or_number_is_told_what_it_cuts(quote, cut):
    source = SourceText("Andelen < 5 procent av barnen.\nMålet >=5 procent i år.\nDet kostar 5 * 300 kronor per dag.\n"
                        "Vi bygger 1 500 nya bostäder.\nMötet börjar 22:30, varje dag.\nEtt oacceptabelt läge.\n"
                        "Mot barn-\nfattigdomen nu.\nTotalt 15 000 * 12 personer.\n")
    assert source.cut_edge(quote) == cut


NUMBERS_WORDS = ("Under 1990-talet byggdes skolor.\nUnder 1970-\ntalet byggdes vägar.\nAlla 15-åringar får jobb.\n"
                 "Vi bygger 2024- och 2025 års skolor.\nTidplan\t2024-\tAnsvarig: nämnden\n"
                 "Vi bygger om E4-an vid Bergby.\n")


@pytest.mark.parametrize("quote, cut", [
    ("Under 1990", ("end", "word", "1990-talet")), ("Under 1970", ("end", "word", "1970- talet")),
    ("talet byggdes vägar.", ("start", "word", "1970- talet")), ("Alla 15", ("end", "word", "15-åringar")),
    ("Under 1970- talet byggdes vägar.", None), ("Vi bygger 2024", None), ("och 2025 års skolor.", None),
    ("Tidplan 2024", None), ("Ansvarig: nämnden", None), ("Vi bygger om E4", ("end", "word", "E4-an")),
], ids=["decade", "decade-broken", "decade-broken-after", "age", "whole", "suspended", "suspended-after", "open-range",
        "after-an-open-range", "road"])
def test_a_quote_cut_from_a_word_a_number_begins_is_told_it(quote, cut):
    """A word a number and a hyphen begin ("1990-talet", "15-åringar"), also broken at its hyphen over a line's end
    ("1970-" over "talet"), is one: a quote ending at its number ("Under 1990", a year where the source says a decade)
    or beginning after it ("talet byggdes vägar.") passed. Told it cuts the word, not a number; a number before a
    suspended compound's "och" ("2024- och 2025") or an open range's cell ("2024-<tab>Ansvarig") ends whole."""
    source = SourceText(NUMBERS_WORDS)
    assert (source.find(quote) is None) is (cut is not None)
    assert source.cut_edge(quote) == cut


LABELS_DASH = ("Nämnden har under året arbetat vidare med Mål 3-\nöka tryggheten i alla stadsdelar och skolor.\n"
               "Nämnden har under året fortsatt arbetet med alla 15-\nåringar som söker sommarjobb i kommunen.\n")


@pytest.mark.parametrize("quote, cut", [
    ("arbetat vidare med Mål 3", None), ("öka tryggheten i alla stadsdelar och skolor.", None),
    ("arbetet med alla 15", ("end", "word", "15- åringar")), ("åringar som söker sommarjobb", ("start", "word", "15- åringar")),
], ids=["goals-number", "goals-title", "age", "age-after"])
def test_a_labels_number_and_dash_at_a_lines_end_begin_no_word(quote, cut):
    """A label's number and a dash at a wrapped line's end ("Mål 3-" over "öka tryggheten") stand
    between the goal and its title: no word broken there. Read as one ("3- öka"), a quote ending
    at the goal's number or beginning at its title was refused as cutting a word, and one writing
    "Mål 3-öka" was told the source hyphenated a word over two lines. A number's word ("15-" over
    "åringar") still goes on."""
    source = SourceText(LABELS_DASH)
    assert (source.find(quote) is None) is (cut is not None)
    assert source.cut_edge(quote) == cut
    assert source.unbroken_lines("Mål 3öka tryggheten") == source.unbroken_lines("Mål 3-öka tryggheten") == []
    assert source.unbroken_lines("alla 15-åringar som") == [3]


@pytest.mark.parametrize("label, word", [("Fas 3", "anställningar"), ("Steg 1", "insatser"), ("Etapp 2", "bostäderna")])
def test_a_phases_number_and_dash_at_a_lines_end_begin_a_compound(label, word):
    """A phase's or step's number and a hyphen at a wrapped line's end ("Fas 3-" over
    "anställningar") begin a compound, "fas 3-anställning", as a number's word does: a quote
    ending at the phase's number or beginning inside the compound is refused, told the word it
    cuts, and one writing the compound whole is told the source hyphenated it over two lines.
    Read as a goal's number before its title, both were found and the compound's quote got no hint."""
    source = SourceText(f"Kommunen har under lång tid arbetat med frågan och ska nu erbjuda fler {label}-\n"
                        f"{word} för alla som står långt från arbetsmarknaden.\n")
    cut = f"{label.split()[1]}- {word}"
    assert source.find(f"erbjuda fler {label}") is None and source.find(f"{word} för alla") is None
    assert source.cut_edge(f"erbjuda fler {label}") == ("end", "word", cut)
    assert source.cut_edge(f"{word} för alla") == ("start", "word", cut)
    assert source.unbroken_lines(f"fler {label}-{word} för alla") == [1]
    assert source.find(f"fler {label}- {word} för alla") is not None


@pytest.mark.parametrize("text, quote", [
    ("Åtgärd\tPeriod\nTrygghetsvandringar\t2024-\nnattvandring\t2025-2026\n", "Trygghetsvandringar 2024"),
    ("Åtgärd\tPeriod\nTrygghetsvandringar\t2024-\nnattvandring\t2025-2026\n", "nattvandring 2025-2026"),
    ("Vi startar år 2024-\n\nnästa steg är att utvärdera.\n", "Vi startar år 2024"),
    ("Vi startar år 2024-\n\nnästa steg är att utvärdera.\n", "nästa steg är att utvärdera."),
    ("Vi mäter från år 2025-\n– resultatet redovisas varje år.\n", "Vi mäter från år 2025"),
    ("Vi mäter från år 2025-\n# resultat och uppföljning\n", "Vi mäter från år 2025"),
], ids=["table-row", "next-table-row", "paragraph", "next-paragraph", "list-item", "heading"])
def test_a_number_and_hyphen_ending_a_table_row_or_paragraph_begin_no_word(text, quote):
    """A number and a hyphen at the end of a table's row (an open range's cell "2024-"), of a
    paragraph or before a list item or heading are no word broken there: a quote may end at the
    number or begin on the next line. Only a paragraph's wrapped line ("1970-" over "talet") goes on."""
    source = SourceText(text)
    assert source.find(quote) is not None
    assert source.cut_edge(quote) is None


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "  "], ids=["no-break", "narrow-no-break", "two-spaces"])
def test_a_star_between_numbers_with_other_spaces_is_a_sign_too(space):
    """A pdf's or a word processor's text sets `5 * 300` with no-break spaces or with two
    spaces: read as emphasis, the star was dropped and `5 300 kronor`, five thousand three
    hundred, was found, and `300 kronor` begun inside the product."""
    source = SourceText(f"Stöd för 5{space}*{space}300 kronor per barn.\n")
    assert source.find("5 300 kronor per barn.") is None and source.find("300 kronor per barn.") is None
    assert source.find("5 * 300 kronor per barn.") is not None


@pytest.mark.parametrize("sign", ["·", "∗", "⋅"], ids=["middle-dot", "asterisk-operator", "dot-operator"])
@pytest.mark.parametrize("spaced", [True, False], ids=["spaced", "unspaced"])
def test_a_middle_dot_or_a_times_operator_between_numbers_is_a_product(sign, spaced):
    """`5 · 300 kronor`, `5 ∗ 300` and `5⋅300` multiply as `5 * 300` does: `300 kronor` cut from
    them says a fifth of the source, and `Stöd för 5` ends inside the product. Between words
    ("Mål · Budget") or as a cell's bullet the dot is no sign."""
    product = f"5 {sign} 300" if spaced else f"5{sign}300"
    source = SourceText(f"Stöd för {product} kronor per barn.\nMål · Budget 2025\nPlatser\t· 40 platser\n")
    assert source.find("300 kronor per barn.") is None and source.find("Stöd för 5") is None
    assert source.find(f"Stöd för {product} kronor per barn.") is not None
    assert source.cut_edge("300 kronor per barn.") == ("start", "number", product)
    assert source.find("Budget 2025") is not None and source.find("40 platser") is not None


@pytest.mark.parametrize("mark", ["- ", "* ", "• ", "– "], ids=["dash", "star", "bullet", "en-dash"])
def test_a_heading_in_a_list_item_is_a_heading(mark):
    """A Markdown heading inside a list item ("- ## Sänka skatten") has its marks dropped as
    any heading's: a quote may no more run into or out of it ("Vi vill inte" over it read as
    "Vi vill inte sänka skatten"), and the heading itself may be quoted."""
    source = SourceText(f"Vi vill inte\n{mark}## Sänka skatten\nmen höja avgifterna.\n")
    assert source.find("Vi vill inte Sänka skatten") is None
    assert source.find("Sänka skatten men höja") is None
    assert source.heading_crossed("Vi vill inte Sänka skatten") == 2
    assert source.find("Sänka skatten") is not None and source.find("men höja avgifterna.") is not None


@pytest.mark.parametrize("line", ["Kollo i **5** * 3 veckor i sommar.", "Kollo i 5 * **3** veckor i sommar.",
                                  "Kollo i **5** * **3** veckor i sommar.", "Kollo i 5 *\n3 veckor i sommar.",
                                  "Kollo i 5 *  \n  3 veckor i sommar."],
                         ids=["bold-first", "bold-second", "bold-both", "star-at-lines-end", "spaces-at-lines-end"])
def test_a_star_between_a_bold_number_or_at_a_lines_end_is_a_sign(line):
    """A product's star next to a bold factor (`**5** * 3`), or at a line's end with the
    other factor on the next line, multiplies as `5 * 3` does: dropped as emphasis, it read
    as `5 3` and `3 veckor` was found, a third of its source."""
    source = SourceText(line + "\n")
    assert source.find("3 veckor i sommar.") is None and source.find("Kollo i 5 3 veckor") is None
    assert source.find("Kollo i 5 * 3 veckor i sommar.") is not None
    assert SourceText("Vi bygger **5** *nya* hus.\n").find("Vi bygger 5 nya hus.") is not None


@pytest.mark.parametrize("dash", ["-", "\u2013"], ids=["hyphen", "en-dash"])
def test_a_quote_does_not_end_at_a_ranges_first_number(dash):
    """`Vi bygger 5` cut from `Vi bygger 5-10 boenden` says the range's least as if it were all
    the source promised: a quote may not end there (nor at `2024` of `2024-26`, a year's short
    end, as of `2023/24`), but may at either year of a range of years (`2024-2026`)."""
    source = SourceText(f"Vi bygger 5{dash}10 boenden.\nUnder perioden 2024{dash}2026 bygger vi.\n"
                        f"Under läsåret 2023{dash}24 införs läxhjälp.\n")
    assert source.find("Vi bygger 5") is None
    assert source.cut_edge("Vi bygger 5") == ("end", "range", "5-10")
    assert source.find("Vi bygger 5-10 boenden.") is not None and source.find("boenden.") is not None
    assert source.find("Under perioden 2024") is not None and source.find("2026 bygger vi.") is not None
    assert source.find("Under läsåret 2023") is None


@pytest.mark.parametrize("dash", ["-", " \u2013"], ids=["hyphen", "spaced-en-dash"])
def test_a_range_wrapped_at_its_dash_after_a_short_line_is_one(dash):
    """A range broken at its dash over a short line's end (`Vi bygger 5-` over `10 boenden`, as a
    narrow column wraps) is a range, as it is on one line or after a paragraph's long line: a quote
    ending at its first number or beginning at its last was found, the least or the most said as
    all the source promised."""
    source = SourceText(f"Vi bygger 5{dash}\n10 boenden i år.\n")
    written = normalise(f"5{dash} 10")
    assert source.find("Vi bygger 5") is None and source.find("10 boenden i år.") is None
    assert source.cut_edge("Vi bygger 5") == ("end", "range", written)
    assert source.cut_edge("10 boenden i år.") == ("start", "range", written)
    assert source.find(f"Vi bygger {written} boenden i år.") is not None


@pytest.mark.parametrize("text", [
    "Fler boenden 5-\n12\n\f\n10 nya platser.\n",
    "Kommunen har under lång tid arbetat med frågan och ska bygga. Fler boenden 5-\n12\n\f\n10 nya platser.\n",
    "Fler boenden 5-\n12 av 40\n\f10 nya platser.\n",
    "Fler boenden 5-\n12\n",
], ids=["short-line", "wrapped-paragraph", "of-pages-before-a-page", "the-texts-last-page"])
def test_a_pages_number_under_a_dash_is_no_ranges_end(text):
    """A page's number alone at its page's foot ("12" over the form feed) is no range's last
    number: a quote ending at the number before a dash at the line's end above it (`Fler boenden
    5`, an open range) is found. Read as `5- 12`, it was refused as cutting a range of the page's
    number, since a short line's end after a dash goes on."""
    source = SourceText(text)
    assert source.find("Fler boenden 5") is not None and source.cut_edge("Fler boenden 5") is None


@pytest.mark.parametrize("text", [
    "Under läsåret 2024-\n25 ska vi bygga fler förskolor.\n",
    "Kommunen har under lång tid arbetat med frågan och under läsåret 2024-\n25 ska vi bygga fler förskolor.\n",
    "Kommunen har under lång tid arbetat med frågan och under läsåret 2024-25 ska vi bygga fler förskolor.\n",
], ids=["short-line", "wrapped-paragraph", "one-line"])
def test_a_year_and_the_next_written_short_wrapped_at_the_dash_is_a_range(text):
    """A year and the next written short (`2024-25`, a school's or a budget's year) is a range,
    also where a line breaks after its hyphen (`2024-` over `25 ska vi`): a quote beginning at
    `25` said 25 where the source names a year, and one ending at `2024` left the second out.
    Wrapped, both were found, read as a dash between words after a larger number."""
    source = SourceText(text)
    written = "2024-25" if "2024-25" in text else "2024- 25"
    assert source.find("läsåret 2024") is None and source.find("25 ska vi bygga fler förskolor.") is None
    assert source.cut_edge("25 ska vi bygga fler förskolor.") == ("start", "range", written)
    assert source.find(f"läsåret {written} ska vi bygga") is not None


@pytest.mark.parametrize("text", [
    "Perioden 2024-\n2026 ska vi bygga fler bostäder.\n",
    "Kommunen har under lång tid arbetat med frågan och under Perioden 2024-\n2026 ska vi bygga fler bostäder.\n",
], ids=["short-line", "wrapped-paragraph"])
def test_a_range_of_years_wrapped_at_its_dash_is_read_as_on_one_line(text):
    """Either year of a range of years may begin or end a quote (`Perioden 2024` of `Perioden
    2024-2026`), also where the range is wrapped at its dash (`Perioden 2024-` over `2026 ska vi`):
    after a paragraph's long line it was refused as a number's range cut in half, after a short
    line found, the same text read two ways by where a line broke."""
    source = SourceText(text)
    assert source.find("Perioden 2024") is not None and source.cut_edge("Perioden 2024") is None
    assert source.find("2026 ska vi bygga fler bostäder.") is not None


@pytest.mark.parametrize("text", [
    "Perioden 2025-\n2024 ska vi bygga fler bostäder.\n",
    "Kommunen har under lång tid arbetat med frågan och under Perioden 2025\u2013\n2024 ska vi bygga fler bostäder.\n",
], ids=["short-line", "wrapped-paragraph"])
def test_descending_years_wrapped_at_their_dash_are_read_as_on_one_line(text):
    """Two years falling (`2025–2024`) are no period, whose years a quote may begin or end at,
    but a range as `10–5` is, and a quote that ends at the first or begins at the second cuts it:
    wrapped at the dash (`2025–` over `2024 ska vi`), both were found, read as a dash between
    words after a larger number, where on one line both are refused, the same text read two ways
    by where a line broke."""
    source = SourceText(text)
    written = "2025- 2024"
    assert source.find("Perioden 2025") is None and source.find("2024 ska vi bygga fler bostäder.") is None
    assert source.cut_edge("Perioden 2025") == ("end", "range", written)
    assert source.cut_edge("2024 ska vi bygga fler bostäder.") == ("start", "range", written)
    assert source.find(f"Perioden {written} ska vi bygga") is not None


@pytest.mark.parametrize("row", ["Skola   2024 \u2013   2500 kr", "Skola  2024 -  2500 kr", "Skola   2024 \u2014     2500 kr"],
                         ids=["en-dash", "hyphen", "em-dash"])
def test_an_open_range_in_a_tables_cell_is_not_joined_with_the_next_column(row):
    """A cell of a table set out by spaces whose range is open (`2024 –`, "from 2024", then the
    column's wide space and the next column's `2500 kr`) ends at its dash, as a cell set off by
    a tab does: read as the range `2024 - 2500`, a quote of the row's start (`Skola 2024`) or of
    the next cell (`2500 kr`) was refused as cutting it."""
    source = SourceText(f"Projekt   Start   Kostnad\n{row}\nVård   2023 \u2013 2025   3000 kr\n")
    assert source.find("Skola 2024") is not None and source.cut_edge("Skola 2024") is None
    assert source.find("2500 kr") is not None and source.cut_edge("2500 kr") is None
    assert source.find(f"Skola 2024 {normalise(row.split()[2])} 2500 kr") is not None


def test_a_justified_lines_range_is_still_a_range():
    """A range on a line that pdftotext -layout set out justified, every word wide apart
    (`5  –  10`), stays one: only a dash set close to its number, then a wider space, ends a cell."""
    source = SourceText("Vi  ska  bygga  5  \u2013  10  nya  boenden  i  hela  kommunen.\n")
    assert source.cut_edge("10 nya boenden i hela kommunen.") == ("start", "range", "5 - 10")


@pytest.mark.parametrize("written", ["5-10", "5 - 10", "5\u201310", "5 \u2014 10", "5 \u2013 10"],
                         ids=["hyphen", "spaced-hyphen", "en-dash", "spaced-em-dash", "spaced-en-dash"])
def test_a_quote_does_not_begin_at_a_ranges_last_number(written):
    """`10 boenden` cut from `Vi bygger 5-10 boenden` says the range's most as if it were what the
    source promised, as `Vi bygger 5` says its least: a quote may begin at neither, nor at the
    dash (`-10`, a negative number), also with a space on either side of the dash; nor end at
    the dash (`Vi bygger 5 -`, which a closest passage in a hint once offered)."""
    source = SourceText(f"Vi bygger {written} boenden.\n")
    normalised = normalise(written)
    with_dash = "Vi bygger " + normalised.removesuffix("10").rstrip()
    for quote in ("10 boenden.", "-10 boenden.", "Vi bygger 5", with_dash):
        assert source.find(quote) is None, quote
    assert source.cut_edge("10 boenden.") == ("start", "range", normalised)
    assert source.cut_edge("Vi bygger 5") == ("end", "range", normalised)
    assert source.cut_edge(with_dash) == ("end", "range", normalised)
    assert source.find(f"Vi bygger {written} boenden.") is not None


@pytest.mark.parametrize("text, quote", [
    ("Under perioden 2024\u20132030 halveras hemlösheten.\n", "2030 halveras hemlösheten."),
    ("Under perioden 2024 \u2013 2030 halveras hemlösheten.\n", "2030 halveras hemlösheten."),
    ("Under perioden 2024 - 2030 halveras hemlösheten.\n", "Under perioden 2024"),
    ("Vi bygger 5\n\u2013 10 boenden i år\n", "10 boenden i år"),
    ("Temperaturen sjönk från -5 till -10 grader.\n", "-10 grader."),
    ("Kommunen bygger 5\t- 10 nya boenden i Torshälla\n", "10 nya boenden i Torshälla"),
    ("Se SFS 2010:800 om skolan.\n", "SFS 2010:800 om skolan."),
    ("Under 2025 \u2013 3 nya boenden öppnas.\n", "3 nya boenden öppnas."),
    ("Under 2025 \u2013 3 nya boenden öppnas.\n", "Under 2025"),
], ids=["years", "years-spaced", "years-spaced-first", "list-item", "negative", "cells", "law", "words-dash",
        "words-dash-first"])
def test_a_range_of_years_a_list_item_or_a_negative_number_may_begin_a_quote(text, quote):
    """Either year of a range of years may still begin or end a quote (`2024–2030`, also spaced),
    and a dash that is a list's mark, a minus or first in another cell makes no range, nor a
    spaced dash after a larger number, which stands between words ("Under 2025 – 3 nya")."""
    assert SourceText(text).find(quote) is not None


@pytest.mark.parametrize("quote, cut", [
    ("03-01 fattade nämnden beslut.", ("start", "number", "2025-03-01")),
    ("01 fattade nämnden beslut.", ("start", "number", "2025-03-01")),
    ("Den 2025", ("end", "number", "2025-03-01")),
    ("710 10 00 dygnet runt.", ("start", "number", "016-710")),
])
def test_a_quote_does_not_begin_or_end_inside_a_date_or_a_telephone_number(quote, cut):
    """A date's or a telephone number's parts are no numbers of their own: `01` of `2025-03-01`
    read as a count, and the message names them as numbers, not as a range."""
    source = SourceText("Den 2025-03-01 fattade nämnden beslut.\nRing 016-710 10 00 dygnet runt.\n")
    assert source.find(quote) is None
    assert source.cut_edge(quote) == cut


@pytest.mark.parametrize("product", ["2 x 300", "2 X 300", "2x300"], ids=["spaced-x", "spaced-capital-x", "unspaced-x"])
def test_a_letter_x_between_numbers_is_a_product(product):
    """`2 x 300 kronor` multiplies as `2 × 300` does: `300 kronor` cut from it says half of its
    source, and `Stöd för 2` ends inside the product. Between words ("punkt x") an x is a letter."""
    source = SourceText(f"Stöd för {product} kronor per barn.\nSe punkt x 3 nya mål.\n")
    assert source.find("300 kronor per barn.") is None and source.find("Stöd för 2") is None
    assert source.cut_edge("300 kronor per barn.") == ("start", "number", product)
    assert source.cut_edge("Stöd för 2") == ("end", "number", product)
    assert source.find(f"Stöd för {product} kronor per barn.") is not None
    assert source.find("3 nya mål.") is not None and source.find("Se punkt x 3 nya mål.") is not None


def test_a_quote_does_not_begin_after_a_numbers_label():
    """`#3` is a number's label ("nummer 3"): `3 fler familjehem` cut from `Åtgärd #3 fler
    familjehem` reads as a count of three, which the source does not say. The label may be
    quoted with its number, and the message names it as a number's sign."""
    source = SourceText("Åtgärd #3 fler familjehem.\n")
    assert source.find("3 fler familjehem.") is None
    assert source.cut_edge("3 fler familjehem.") == ("start", "sign", "#3")
    assert source.find("#3 fler familjehem.") is not None and source.find("Åtgärd #3") is not None


@pytest.mark.parametrize("text, amount", [
    ("Resultat\n\u2013 5 mnkr\n", "5 mnkr"),                      # a budget's table copied line by line
    ("Resultat\t\u2013 5,2 mnkr\tPrognos\n", "5,2 mnkr"),          # first in a cell
    ("Avvikelse\t\u2212\u00a01\u00a0500 tkr\n", "1 500 tkr"),      # a minus sign, no-break spaces
    ("Resultat\n- 15 %\n", "15 %"),
    ("Resultat\n\u2012 1\u2007250 mnkr\n", "1 250 mnkr"),       # a figure dash and a figure space (a pdf's)
    ("Resultat\n\u2013 12 000\u2009kr\n", "12 000 kr"),          # a thin space before the unit
    ("Resultat\t\u2013 12\u2006000\u2007kr\tPrognos\n", "12 000 kr"),  # six-per-em and figure spaces
    ("Resultat\n\u2212\u202f15\u202f%\n", "15 %"),                # a narrow no-break space after the minus
], ids=["line", "cell", "minus-sign", "percent", "figure-space", "thin-space-unit", "figure-space-unit",
        "narrow-space-after-minus"])
def test_a_dash_before_an_amount_alone_on_its_line_or_in_its_cell_is_a_minus(text, amount):
    """`– 5 mnkr` alone on a line or in a table's cell is a minus, not a list's dash: read as a
    list's mark and dropped, `5 mnkr` was found, a deficit quoted as a surplus. The dash may be
    quoted with its amount; a list item that says what the amount is for stays a list item.
    A typesetter's thin or figure space after the dash or before the unit is a space too
    (`– 12 000 kr` so spaced was no minus's line, and `12 000 kr` was found there)."""
    source = SourceText(text)
    assert source.find(amount) is None
    assert source.cut_edge(amount)[:2] == ("start", "sign")
    assert source.find(f"\u2013 {amount}") is not None
    assert source.find(f"{text.split()[0]} \u2013 {amount}") is not None


@pytest.mark.parametrize("text, quote", [
    ("Resultat\n\u2013 5 mnkr\nvarav lön \u2013 2 mnkr\n", "\u2013 5 mnkr varav lön"),
    ("Resultat\n\u2013 5 mnkr\nInvesteringar\n", "- 5 mnkr Investeringar"),
    ("Resultat\t\u2013 5,2 mnkr\nvarav lön\t\u2013 2 mnkr\n", "\u2013 5,2 mnkr varav lön"),
], ids=["line", "hyphen-typed", "cell"])
def test_a_quote_that_begins_with_an_amounts_minus_is_found_with_it(text, quote):
    """A quote that begins with the minus before an amount and runs on past it: its dash, which
    `normalise` drops as a list's mark, is the source's minus, so the quote has the sign and is
    found; the same words without the dash are not, nor the dash before a range's last number."""
    source = SourceText(text)
    assert source.find(quote) is not None and source.occurrences(quote)
    assert source.find(quote.lstrip("-\u2013 ")) is None
    assert SourceText("Vi vill ha 5 \u2013 10 platser på kollot.\n").find("\u2013 10 platser på kollot.") is None


@pytest.mark.parametrize("quote", ["\u2013 5 mnkr i år", "- 5 mnkr i år", "\u2212 5 mnkr i år"],
                         ids=["en-dash", "hyphen", "minus-sign"])
def test_a_quote_that_begins_with_a_dash_before_its_number_is_not_found_where_the_source_has_none(quote):
    """`– 5 mnkr i år` was found in `Vinst 5 mnkr i år`: its dash dropped as a list's mark, the
    quote's minus was lost, and the plan said a loss where the source says a profit. Such a
    quote is found only where the source has a dash before the number, within its line or as
    its list's mark, and the error says so."""
    assert SourceText("Vinst 5 mnkr i år.\n").find(quote) is None
    assert SourceText("Vinst 5 mnkr i år.\n").sign_missing(quote) == 1
    for text in ("Vinst \u2013 5 mnkr i år.\n", "Resultat:\n\u2013 5 mnkr i år\n", "Resultat\t\u2013 5 mnkr i år\n"):
        assert SourceText(text).find(quote) is not None, text
        assert SourceText(text).sign_missing(quote) is None, text


@pytest.mark.parametrize("text, quote", [
    ("Resultat \u22125 mnkr i år.\n", "\u2013 5 mnkr i år"),        # the source's minus sign, no space
    ("Resultat\n\u22125 mnkr\n", "\u2013 5 mnkr"),
    ("Resultat (-5 mnkr) i år.\n", "- 5 mnkr"),
    ("Resultat\n\u2013 5 mnkr\n", "\u22125 mnkr"),                   # the quote's minus sign, no space
    ("Resultat\t\u2013 5,2 mnkr\tPrognos\n", "-5,2 mnkr"),
    ("Resultat \u22125 mnkr i år.\n", "\u22125 mnkr i år"),
], ids=["spaced-quote-line", "spaced-quote-alone", "spaced-quote-in-brackets", "tight-quote-minus-line",
        "tight-quote-minus-cell", "as-written"])
def test_a_minus_is_found_whether_written_with_a_space_after_it_or_not(text, quote):
    """`– 5 mnkr` was refused against a source's `−5 mnkr`, and `−5 mnkr` against a budget
    line's `– 5 mnkr`: the same figure, a minus five, with a space after its sign or none."""
    assert SourceText(text).find(quote) is not None


@pytest.mark.parametrize("text, quote", [
    ("Mål \u2013 5 mnkr i år\n", "\u22125 mnkr i år"),                 # a dash between words
    ("Resultat \u2013 5 mnkr i år.\n", "-5 mnkr i år"),
    ("Nämnden vill:\n\u2013 5 mnkr till fritidsgårdar\n", "\u22125 mnkr till fritidsgårdar"),  # a list's mark
    ("Vinst 5 mnkr i år.\n", "\u22125 mnkr i år"),                       # no dash
    ("Vi vill ha 5\u201310 mnkr i år.\n", "\u221210 mnkr i år"),        # a range's dash
    ("Vi vill ha 5\u201310 mnkr i år.\n", "\u2013 10 mnkr i år"),
    ("Covid-19 fall i år.\n", "\u2013 19 fall i år"),                   # a word's hyphen
], ids=["between-words", "between-words-hyphen", "list-mark", "none", "range", "range-spaced-quote", "word-hyphen"])
def test_a_quote_never_gains_a_minus_the_source_does_not_write(text, quote):
    """A minus written close to its number (`−5 mnkr`) says a negative figure: it is not found
    where the source's dash stands between words ("Mål – 5 mnkr i år"), marks a list item, or
    is a range's or a word's; the quote without the dash is found where no minus is lost."""
    source = SourceText(text)
    assert source.find(quote) is None
    if "5 mnkr i år" in quote and "Vinst" not in text:
        assert source.find("5 mnkr i år") is not None


def test_a_list_items_dash_before_a_number_is_still_a_lists_mark():
    """A list item begins with a number as often as with a word ("– 10 boenden"): its dash is a
    list's mark, dropped, whatever follows the number, and a dash within a line is a dash."""
    source = SourceText("Nämnden vill:\n\u2013 10 boenden\n\u2013 5 mnkr till fritidsgårdar\n- 3 nya familjehem\n"
                        "Mål \u2013 5 mnkr i år\n")
    for quote in ("10 boenden", "Nämnden vill: 10 boenden", "5 mnkr till fritidsgårdar", "3 nya familjehem",
                  "5 mnkr i år"):
        assert source.find(quote) is not None, quote


@pytest.mark.parametrize("text, quote", [
    ("\u2013 5 mnkr\ntill fritidsgårdar\n", "5 mnkr till fritidsgårdar"),
    ("\u2013 5 mnkr\ntill fritidsgårdar\n", "\u2013 5 mnkr till fritidsgårdar"),  # the dash quoted too
    ("- 12\n  nya platser i förskolan\n", "12 nya platser"),                   # the next line indented
    ("\u2013 5 mnkr\ntill fritidsgårdar\n\u2013 3 mnkr\ntill bibliotek\n", "5 mnkr till fritidsgårdar"),  # items so, one after another
], ids=["amount", "with-dash", "indented", "two-items"])
def test_a_list_items_line_broken_after_its_amount_is_still_a_list_item(text, quote):
    """A list item's line may break right after the amount it begins with ("– 5 mnkr" over
    "till fritidsgårdar", a narrow column's layout): the next line goes on in a small letter, so
    the dash is the list's, and the item may be quoted across the break, with its dash or
    without; `find` said nothing was there, and the hint to take the sign along did not help."""
    source = SourceText("Nämnden vill:\n" + text)
    assert source.find(quote) is not None


@pytest.mark.parametrize("text, label", [
    ("Resultat\n\u2013 5 mnkr\nInvesteringar\n", "Investeringar"),
    ("Resultat\n\u2013 5 mnkr\n\nvarav lön\n", "varav lön"),
    ("Resultat\t\u2013 5 mnkr\nvarav lön\t\u2013 2 mnkr\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön\n\u2013 2 mnkr\nInvesteringar\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön\n3 mnkr\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön \u2013 2 mnkr\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön\u2009\u2013\u20092\u2009mnkr\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön\u202f\u2013 2 mnkr\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön\t\u2013 2 mnkr\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön\n\u22122 mnkr\nInvesteringar\n", "varav lön"),
    ("Resultat\n\u2013 5 mnkr\nvarav lön \u22122 mnkr\n", "varav lön"),
], ids=["next-a-label", "empty-line-between", "table", "small-label-of-a-minus", "small-label-of-an-amount",
        "small-label-with-its-amount", "thin-space-before-its-minus", "narrow-space-before-its-minus",
        "its-minus-in-its-own-cell", "small-label-of-a-close-minus", "small-label-with-its-close-minus"])
def test_an_amount_alone_on_its_line_before_a_label_or_in_a_table_stays_a_minus(text, label):
    """Only a list item's line that goes on in a small letter on the next line is read so: before
    a label in a capital, an empty line or in a table's row, `– 5 mnkr` is still a minus, and a
    quote from its number on past the line is refused with the sign's hint. So is it before a
    label in a small letter that has an amount of its own, on its line or alone on the next (a
    budget's table copied line by line: "varav lön" over "– 2 mnkr"), whatever white space sets
    the label's minus off (a thin space or a tab) and with its minus close to its number
    ("−2 mnkr"): so written, `5 mnkr varav lön` was found, a deficit quoted as a surplus."""
    source = SourceText(text)
    quote = "5 mnkr " + label
    assert source.find("5 mnkr") is None and source.find(quote) is None
    assert source.cut_edge(quote)[:2] == ("start", "sign")


@pytest.mark.parametrize("written, typed", [
    ("15%", "15 %"), ("15 %", "15%"), ("15\u00a0%", "15%"), ("15\u202f%", "15 %"), ("15\t%", "15%"),
], ids=["none-typed-spaced", "spaced-typed-none", "no-break", "narrow-no-break", "own-cell"])
def test_a_per_cent_signs_space_is_typography(written, typed):
    """`15 %` and `15%` say the same: a quote may write the per cent sign with a space before it
    or without, whichever the source has (also a unit's own cell, `15<tab>%`)."""
    source = SourceText(f"Andelen ska vara {written} av barnen.\n")
    assert source.find(f"Andelen ska vara {typed} av barnen.") is not None


@pytest.mark.parametrize("written, typed", [("½", "1/2"), ("1/2", "½"), ("¾", "3/4"), ("1\u20442", "1/2")],
                         ids=["half-typed-slash", "slash-typed-half", "three-quarters", "fraction-slash"])
def test_a_fractions_character_is_its_digits(written, typed):
    """`½ år` and `1/2 år` say the same: a fraction in one character is compared as its digits
    and a slash. Not after a digit: `1½ vecka` is one and a half weeks, and `11/2 vecka` or
    `1/2 vecka` cut from it say otherwise."""
    source = SourceText(f"Barnen får kollo i {written} år.\nStödet gäller i 1½ vecka.\n")
    assert source.find(f"Barnen får kollo i {typed} år.") is not None
    assert source.find("Stödet gäller i 1½ vecka.") is not None
    for quote in ("Stödet gäller i 11/2 vecka.", "Stödet gäller i 1 1/2 vecka.", "1/2 vecka.", "½ vecka."):
        assert source.find(quote) is None, quote


@pytest.mark.parametrize("mixed", ["1 1/2", "1 ½", "1\u00a01/2"], ids=["typed", "fraction-character", "no-break"])
def test_a_quote_does_not_begin_or_end_inside_a_mixed_number(mixed):
    """`1 1/2 vecka` is one and a half weeks: `1/2 vecka` cut from it says a third of that, and
    `Stödet gäller i 1` two thirds, as `500` cut from `1 500` does. A fraction in a cell of its
    own after a number's cell is no mixed number."""
    source = SourceText(f"Stödet gäller i {mixed} vecka.\nVecka\t3\t1/2\n")
    assert source.find(f"Stödet gäller i {mixed} vecka.") is not None
    for quote in (f"{mixed.split()[-1]} vecka.", "Stödet gäller i 1"):
        assert source.find(quote) is None, quote
    assert source.cut_edge("Stödet gäller i 1") == ("end", "number", normalise(mixed))
    assert source.find("Vecka 3") is not None and source.find("1/2") is not None


@pytest.mark.parametrize("written", ["2025-03-01 \u2013 2025-06-30", "2025-03-01 - 2025-06-30", "2025-03-01\u20132025-06-30"],
                         ids=["spaced-en-dash", "spaced-hyphen", "en-dash"])
def test_either_date_of_a_period_may_begin_or_end_a_quote(written):
    """`2025-03-01 – 2025-06-30` is a period from one date to another, as `2024–2026` is one of
    years: a quote may begin or end at either date (the range rule read the first date's day and
    the second's year, `01 – 2025`, as a range and refused both). Within a date it may not."""
    source = SourceText(f"Avtalsperioden {written} gäller för alla boenden.\n")
    assert source.find("2025-06-30 gäller för alla boenden.") is not None
    assert source.find("Avtalsperioden 2025-03-01") is not None
    assert source.find("06-30 gäller för alla boenden.") is None and source.find("Avtalsperioden 2025-03") is None


@pytest.mark.parametrize("written", ["1 500 \u2013 2 000", "500 \u2013 2 000", "1\u00a0500 - 2\u00a0000"],
                         ids=["both-grouped", "second-grouped", "no-break-spaces"])
def test_a_spaced_range_of_numbers_in_thousands_is_a_range(written):
    """`1 500 – 2 000 bostäder` is a range as `5 – 10` is: `2 000 bostäder` cut from it says the
    most as all (the order was read from `500` and `2`, and the range taken for a dash between
    words). After a year a dash still stands between words: `Under 2025 – 3 000 nya bostäder`."""
    source = SourceText(f"Vi bygger {written} bostäder.\nUnder 2025 \u2013 3 000 nya bostäder byggs.\n")
    assert source.find("2 000 bostäder.") is None and source.find("Vi bygger 1 500") is None
    assert source.cut_edge("2 000 bostäder.") == ("start", "range", normalise(written))
    assert source.find(f"Vi bygger {written} bostäder.") is not None
    assert source.find("3 000 nya bostäder byggs.") is not None and source.find("Under 2025") is not None


@pytest.mark.parametrize("written, typed", [("1 ½", "1 1/2"), ("1 1/2", "1 ½"), ("2\u00a0¾", "2 3/4")],
                         ids=["half-typed-slash", "slash-typed-half", "no-break-three-quarters"])
def test_a_mixed_numbers_fraction_may_be_typed_either_way(written, typed):
    """`1 ½ år` and `1 1/2 år` say the same, as `½` and `1/2` do: a quote may write a mixed
    number's fraction as its character or as its digits and a slash (it was refused either way).
    Its fraction alone, or its whole number alone, is still no quote of it."""
    source = SourceText(f"Stödet gäller i {written} år.\n")
    assert source.find(f"Stödet gäller i {typed} år.") is not None
    for quote in (f"{written.split()[-1]} år.", f"{typed.split()[-1]} år.", "Stödet gäller i 1", "Stödet gäller i 2"):
        assert source.find(quote) is None, quote


@pytest.mark.parametrize("text, quote", [
    ("Protokoll 2024-03-01 \u2013 2 beslut fattades.\n", "2 beslut fattades."),
    ("Bilaga 1 \u2013 2024-03-01 gäller för nämnden.\n", "2024-03-01 gäller för nämnden."),
    ("Bilaga 1 \u2013 2024-03-01 gäller för nämnden.\n", "Bilaga 1"),
    ("Läsåren 2024/25 \u2013 2026/27 får alla elever läxhjälp.\n", "2026/27 får alla elever läxhjälp."),
    ("Läsåren 2024/25 \u2013 2026/27 får alla elever läxhjälp.\n", "Läsåren 2024/25"),
], ids=["date-before", "date-after", "date-after-first", "school-years", "school-years-first"])
def test_a_spaced_dash_next_to_a_date_makes_no_range(text, quote):
    """A date's day or year, or a school year's, is no range's end: `Protokoll 2024-03-01 – 2
    beslut` was read as the range `01 – 2`, `Bilaga 1 – 2024-03-01` as `1 – 2024` and `Läsåren
    2024/25 – 2026/27` as `25 – 2026`, and their honest quotes refused."""
    assert SourceText(text).find(quote) is not None


@pytest.mark.parametrize("written", ["8.00 \u2013 17.00", "8:00 - 17:00"], ids=["dots", "colons"])
def test_a_spaced_range_of_clock_times_is_a_range(written):
    """`kl. 8.00 – 17.00` is a range as `kl. 8-17` is: `17.00 alla dagar` cut from it says the
    place opens at five, and `Öppet kl. 8.00` that it opens at eight and no more."""
    source = SourceText(f"Öppet kl. {written} alla dagar.\n")
    for quote in (f"{written.split()[-1]} alla dagar.", f"Öppet kl. {written.split()[0]}"):
        assert source.find(quote) is None, quote
        assert source.cut_edge(quote)[1:] == ("range", normalise(written)), quote
    assert source.find(f"Öppet kl. {written} alla dagar.") is not None


@pytest.mark.parametrize("text, quote", [
    ("Mål 1 \u2013 3 nya boenden öppnas under året.\n", "3 nya boenden öppnas under året."),
    ("Delmål 2 \u2013 50 fler lägenheter ska byggas.\n", "50 fler lägenheter ska byggas."),
    ("Kapitel 4 \u2013 2025 års budget för nämnden\n", "2025 års budget för nämnden"),
    ("Åtgärd 3 - 12 nya familjehem rekryteras\n", "12 nya familjehem rekryteras"),
    ("Kapitel 4 \u2013 2025 års budget för nämnden\n", "Kapitel 4"),
    ("Indikator 1 \u2013 85 % nöjda brukare i hemtjänsten\n", "85 % nöjda brukare i hemtjänsten"),
    ("Förslag 3 \u2013 20 nya platser på korttidsboende\n", "20 nya platser på korttidsboende"),
    ("§ 45 \u2013 2024 års bokslut för nämnden godkänns\n", "2024 års bokslut för nämnden godkänns"),
    ("§ 45 \u2013 2024 års bokslut för nämnden godkänns\n", "§ 45"),
], ids=["goal", "compound-goal", "chapter", "measure", "chapter-first", "indicator", "proposal", "minutes-paragraph",
        "minutes-paragraph-first"])
def test_a_spaced_dash_after_a_labels_number_makes_no_range(text, quote):
    """`Mål 1 – 3 nya boenden` names goal 1 and says what it is: the dash stands between the
    name and the text, and `3 nya boenden …` is an honest quote (read as the range `1 – 3` and
    refused). A range without a label stays one (`Vi bygger 1 – 3 nya boenden`)."""
    assert SourceText(text).find(quote) is not None
    assert SourceText("Vi bygger 1 \u2013 3 nya boenden i år.\n").find("3 nya boenden i år.") is None
    assert SourceText("Vi har som mål 1 \u2013 3 nya boenden i år.\n").find("3 nya boenden i år.") is None


WRAPPED_RANGE = "Under året bygger vi fler bostäder i hela kommunen, totalt 5{dash}\n10 boenden i år och nästa år.\n"


@pytest.mark.parametrize("dash", [" \u2013", "\u2013", "-"], ids=["spaced-en-dash", "en-dash", "hyphen"])
def test_a_range_wrapped_at_its_dash_is_a_range(dash):
    """A paragraph's line may end at a range's dash (`totalt 5 –` over `10 boenden`, as a pdf
    wraps it): `10 boenden i år` cut from it says the most as all, as within a line, and so
    does a dash with a space after it alone (`5- 10`). A line that begins with the dash is a
    list item's or a minus's, no range."""
    source = SourceText(WRAPPED_RANGE.format(dash=dash))
    for quote in ("10 boenden i år och nästa år.", "Under året bygger vi fler bostäder i hela kommunen, totalt 5"):
        assert source.find(quote) is None, quote
        assert source.cut_edge(quote)[1] == "range", quote
    assert SourceText("Vi bygger 5- 10 boenden i år.\n").find("10 boenden i år.") is None
    assert source.find(f"totalt 5{dash} 10 boenden i år") is not None


@pytest.mark.parametrize("amount", ["2,1 procentenheter", "2,1 %-enheter", "5 miljoner kronor"],
                         ids=["percentage-points", "percentage-points-sign", "millions-of-kronor"])
def test_a_dash_before_a_change_in_percentage_points_alone_in_its_cell_is_a_minus(amount):
    """A follow-up's table gives a change in percentage points or in millions of kronor as often
    as in per cent or mnkr: `– 2,1 procentenheter` alone in its cell is a fall, and `2,1
    procentenheter` cut from it a rise."""
    source = SourceText(f"Förändring\t\u2013 {amount}\n")
    assert source.find(amount) is None
    assert source.cut_edge(amount)[:2] == ("start", "sign")
    assert source.find(f"Förändring \u2013 {amount}") is not None


@pytest.mark.parametrize("written", ["10 % \u2013 15 %", "10 %\u201315 %", "10%\u201315%", "10%-15%"],
                         ids=["spaced", "en-dash", "unspaced-signs", "hyphen"])
def test_a_range_of_per_cent_with_a_sign_after_each_end_is_a_range(written):
    """`10 % – 15 %` is the range `10–15 %` written with the sign twice: `15 % till 2026` cut from
    it says the most as all, and `Minska med 10 %` the least; the error names the range. A per
    cent sign and a dash before a number without one is no range (`90 % – 3 nya mål`). Nor may a
    quote begin at the first number's sign (`%-15 % till 2026.`, read as minus 15 %)."""
    source = SourceText(f"Minska med {written} till 2026.\nAndelen 90 % \u2013 3 nya mål.\n")
    from_the_sign = normalise(written)[normalise(written).index("%"):] + " till 2026."
    for quote in ("15 % till 2026.", "Minska med 10 %", from_the_sign):
        assert source.find(quote) is None, quote
        assert source.cut_edge(quote)[1:] == ("range", normalise(written)), quote
    assert source.find(f"Minska med {written} till 2026.") is not None
    assert source.find("3 nya mål.") is not None


@pytest.mark.parametrize("mark", ["X", "x", "\u00d7"], ids=["capital-x", "small-x", "times-sign"])
def test_a_mark_in_a_cell_of_its_own_between_numbers_multiplies_nothing(mark):
    """An internal control plan's or an activity plan's table marks its columns with `X`: in a
    cell of its own between two numbers' cells (`Stickprov<TAB>10<TAB>X<TAB>4 gånger per år`) it
    is no product's sign, and each cell may begin or end a quote (both were refused). Within a
    cell `2 X 300` still multiplies."""
    source = SourceText(f"Stickprov\t10\t{mark}\t4 gånger per år\nStöd för 2 {mark} 300 kronor per barn.\n")
    assert source.find("4 gånger per år") is not None and source.find("Stickprov 10") is not None
    assert source.find("300 kronor per barn.") is None and source.find("Stöd för 2") is None


_NUMBERS_AND_SIGNS = st.sampled_from(["5", "10", "2024", "2024-03-01", "2024/25", "1 500", "8.00", "1,5", "½", " %",
                                      "%", "-", " \u2013 ", " - ", "x", " x ", "#", "§ ", "Mål ", " boenden", " ",
                                      "\t", "\n"] + [f" {dash} " for dash in _COPIED_DASHES] + _COPIED + _COPIED_PLAIN_MARKS
                                     + ["1\u00a0234", "1\u202f234", "15\u00a0%", "15\u202f%"])


@given(st.lists(_NUMBERS_AND_SIGNS, max_size=12).map("".join), st.integers(0, 40), st.integers(1, 40))
@example("Andelen 15 % \u2013 2024-03-01 gäller.", 0, 12)
@settings(max_examples=1500, deadline=None)
def test_any_quote_of_numbers_and_signs_is_looked_for_without_an_error(text, first, length):
    """`validate` answers every quote, found or not, whatever numbers, dashes and signs stand
    around it: a per cent sign and a dash before a date (`15 % – 2024-03-01`) raised an error
    where the range rule read the date's year as a range's end."""
    source = SourceText(text + "\n")
    quote = source.normal[first:first + length].strip()
    if quote and source.find(quote) is None:
        assert source.cut_edge(quote) is None or source.cut_edge(quote)[0] in ("start", "end")


@pytest.mark.parametrize("typed", ["½ %", "1/2%", "1/2 %"], ids=["half-spaced", "slash-unspaced", "slash-spaced"])
def test_a_per_cent_sign_after_a_fractions_character_is_typography_too(typed):
    """`½%` is `1/2 %`, as `15%` is `15 %`: a quote may write the fraction either way and the
    sign with a space or without (the sign's space was not added after `½`)."""
    assert SourceText("Avgiften höjs med ½% i år.\n").find(f"Avgiften höjs med {typed} i år.") is not None


@pytest.mark.parametrize("document, heading_rule", [
    ("docs/bidra.md", "får inte gå över en rubrik som källan märker med `#`"),
    ("generator/templates/om.md.j2", "får inte gå över en rubrik som källan märker med #"),
])
def test_the_guide_and_the_about_page_say_which_headings_a_quote_may_not_cross(document, heading_rule):
    """Both said a quote may not run over "a heading in the source"; the check knows only the
    headings a source marks with `#`, and a heading line without the mark (as in every text copied
    from a PDF, and the guide's own example) is read as text a quote may run on into (the
    documentation audit). Whichever way the check changes, the sentence must change with it."""
    text = " ".join((REPO / document).read_text(encoding="utf-8").split())
    assert heading_rule in text
    source = SourceText("# Ett tryggt hem\nIngen ska sova ute.\nFamiljecentraler\nVi öppnar två nya.\n")
    assert source.find("Ett tryggt hem Ingen ska sova ute.") is None
    assert source.find("Ingen ska sova ute. Familjecentraler Vi öppnar") is not None


def test_the_about_page_names_a_fraction_among_what_the_quote_check_ignores():
    """The about page lists "only" what the check ignores; `½` read as `1/2` was left out."""
    text = " ".join((REPO / "generator" / "templates" / "om.md.j2").read_text(encoding="utf-8").split())
    assert "bråktecken som ½ (läses 1/2)" in text
    assert SourceText("Vi ger ½ år av stöd.\n").find("Vi ger 1/2 år av stöd.") is not None
