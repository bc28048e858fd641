"""Names in Sweden's minority languages (Sami, Finnish, Meänkieli) and names with unusual
letters or signs: the ids suggested for them keep every letter, whichever command suggests
one; a name pasted in decomposed form (NFD) is the name; each word of a name is a word of
the search. A municipality's official names in those languages (`other_names`): `validate`
judges their languages, the municipality's page shows each in its language, the search finds
the page by them and the open data lists them. The fixture's Dalby has three (Leakšagilli in
Northern Sami, Laaksokylä in Finnish and in Meänkieli); no real municipality of the registry
has an official one."""

from __future__ import annotations

import html
import json
import re
import unicodedata

import pytest
import yaml

import real_pages
from conftest import REPO
from generator import paths


def _add_municipality(project, municipality_id: str, name: str) -> None:
    registry = project / "registry" / "municipalities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + f"  - id: {municipality_id}\n    name: {name}\n",
                        encoding="utf-8")


@pytest.mark.parametrize("written, suggested", [
    ("Jåhkåmåhkke", "jahkamahkke"),
    ("Dals-Ed", "dals-ed"),
    ("Jiellevárri", "jiellevarri"),
    ("Čohkkiras", "cohkkiras"),
    # Letters with no accent to take off (Northern Sami đ, ŋ, ŧ; Icelandic ð): their base letter,
    # not a gap that splits or shortens the word ("avvi-uorra").
    ("Đavvi Ŋuorra", "davvi-nuorra"),
    ("Ŧ-bákti", "t-bakti"),
    ("Ðalur", "dalur"),
])
def test_validate_suggests_an_id_with_every_letter_of_the_name(project, cli, written, suggested):
    _add_municipality(project, f'"{written}"', written)
    result = cli("--root", str(project), "validate")
    assert f"'{written}' är inget giltigt id. Tips: Använd bara små bokstäver a–z (inte å, ä, ö), siffror och " \
           f"bindestreck, t.ex. `{suggested}`." in result.err, result.err


def _add_actor(project, actor_id: str, name: str, short: str, municipality: str) -> None:
    registry = project / "registry" / "actors.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + f"  - id: {actor_id}\n    name: {name}\n    short: {short}\n"
                        f"    kind: party\n    municipality: {municipality}\n", encoding="utf-8")


def test_new_names_a_plan_on_a_sami_body_by_every_letter_of_it(project, cli):
    """`new` made its ids by a rule of its own that knew å, ä, ö, é, è, ü, æ and ø only:
    `--body "Sámediggi ja Čoahkkin"` gave the plan `bergby-a-s-mediggi-ja-oahkkin-2026`."""
    result = cli("--root", str(project), "new", "--actor", "bergby-a", "--year", "2026", "--body",
                 "Sámediggi ja Čoahkkin")
    assert result.code == 0, result.err
    assert "  plans/bergby-a-samediggi-ja-coahkkin-2026.yaml   planen" in result.out


def test_new_suggests_the_id_of_an_actor_of_a_municipality_not_registered_yet_with_every_letter(project, cli):
    result = cli("--root", str(project), "new", "--actor", "ÁL", "--municipality", "Árjepluovve", "--body", "X",
                 "--year", "2026")
    assert result.code != 0
    assert "okänd kommun 'Árjepluovve'." in result.err
    assert "`.venv/bin/python -m generator new --actor arjepluovve-al …`" in result.err, result.err


def test_new_takes_a_body_of_a_sami_letter_alone(project, cli):
    _add_actor(project, "bergby-n", "Ŋ-listan", "Ŋ", "bergby")
    result = cli("--root", str(project), "new", "--actor", "Ŋ", "--municipality", "bergby", "--body", "Đ",
                 "--undated", "Webbsida utan datum")
    assert result.code == 0, result.err
    assert "  plans/bergby-n-d.yaml   planen" in result.out, result.out


def _search_separator() -> re.Pattern:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return re.compile(next(plugin["search"]["separator"] for plugin in config["plugins"] if "search" in plugin))


@pytest.mark.parametrize("name, word", [
    ("Lista för d'Hammarby", "Hammarby"),
    ("Lista för d’Hammarby", "Hammarby"),
    ("Miljö&Rättvisa", "Miljö"),
    ("Miljö&Rättvisa", "Rättvisa"),
    ("Ïvdalen/Übergang <lista>", "lista"),
])
def test_each_word_of_a_name_is_a_word_of_the_search(name, word):
    """The search (both engines: they read mkdocs.yml's separator) splits the index's text, where
    a name stands HTML-escaped (`&lt;`, `&amp;`; quotes as they are), into words, and marks a
    result's words whole. Split only at the `;` of `&lt;lista&gt;`, `lista&gt` was a word: the
    result read `<lista>;` (`Miljö&amp` would read `Miljö&;Rättvisa`); `Hammarby` found
    nothing, `d'hammarby` being one word."""
    indexed = html.escape(name, quote=False)
    assert word in _search_separator().split(indexed)


def test_new_knows_a_short_name_and_a_municipality_pasted_in_decomposed_form(project, cli):
    """A name copied from a PDF may come in NFD, a letter and its combining mark (`O` and U+0308
    for `Ö`): it looks the same, and `new` said "okänd kommun 'Gällivare'" of a municipality
    its list of municipalities named."""
    _add_municipality(project, "gallivare", "Gällivare")
    _add_actor(project, "gallivare-o", "Övre listan Gällivare", "Ö", "gallivare")
    result = cli("--root", str(project), "new", "--actor", unicodedata.normalize("NFD", "Ö"), "--municipality",
                 unicodedata.normalize("NFD", "Gällivare"), "--year", "2026", "--body", "Socialnämnden")
    assert result.code == 0, result.err
    assert "  plans/gallivare-o-socialnamnden-2026.yaml   planen" in result.out


MUNICIPALITIES = "registry/municipalities.yaml"
# The languages as `validate`'s hint and the editors' schema name them.
ALLOWED_LANGUAGES = ("se (nordsamiska), smj (lulesamiska), sje (pitesamiska), sju (umesamiska), sma (sydsamiska), "
                     "fi (finska), fit (meänkieli), rom (romani chib), yi (jiddisch)")


def _give_bergby_other_names(project, *entries: str) -> list[int]:
    """Bergby's `other_names`, each entry a flow mapping: the line of each."""
    registry = project / MUNICIPALITIES
    text = registry.read_text(encoding="utf-8")
    assert text.count("    name: Bergby\n") == 1
    registry.write_text(text.replace("    name: Bergby\n", "    name: Bergby\n    other_names:\n" + "".join(
        f"      - {entry}\n" for entry in entries)), encoding="utf-8")
    lines = registry.read_text(encoding="utf-8").split("\n")
    return [lines.index(f"      - {entry}") + 1 for entry in entries]


def _column(entry: str, field: str) -> int:
    """The column of `field`'s value in the line of `entry` (`_give_bergby_other_names`)."""
    line = f"      - {entry}"
    return line.index(f"{field}: ") + len(field) + 3


@pytest.mark.parametrize("written, meant", [
    ("sme", "Menade du 'se'? "),  # Northern Sami's ISO 639-3 code, spelt like Southern Sami's `sma`
    ("lulesamiska", "Menade du 'smj'? "),  # the language's Swedish name
    ("sv", ""),  # Swedish: no minority language, though spelt like `se`
])
def test_validate_refuses_a_language_tag_outside_swedens_minority_languages(project, cli, written, meant):
    entry = f"{{name: Bergbyn, lang: {written}}}"
    line, = _give_bergby_other_names(project, entry)
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    assert result.lines == [
        f"{MUNICIPALITIES}:{line}:{_column(entry, 'lang')}: municipalities[0].other_names[0].lang: '{written}' är inte ett tillåtet värde. "
        f"Tips: {meant}Tillåtna värden: {ALLOWED_LANGUAGES}.", "1 fel i 1 fil."], result.err


def _other_names_line(page: str) -> str:
    found = re.findall(r'<p class="vlv-other-names">.*?</p>', page)
    assert len(found) == 1, found
    return found[0]


def test_the_municipality_page_shows_its_names_each_in_its_language(fixture_site):
    """Under the municipality's name, each name once with its languages' Swedish names, in an
    element marked with its language, so that a screen reader reads Leakšagilli in Northern
    Sami (WCAG 3.1.2), not as Swedish."""
    page = (fixture_site / "dalby" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'</h1>\s*<p class="vlv-other-names">', page)
    assert _other_names_line(page) == (
        '<p class="vlv-other-names">Även: <span lang="se">Leakšagilli</span> (nordsamiska), '
        '<span lang="fi">Laaksokylä</span> (finska och meänkieli)</p>')
    # A municipality without such names has no line for them.
    assert "vlv-other-names" not in (fixture_site / "bergby" / "index.html").read_text(encoding="utf-8")


def test_the_search_finds_the_municipality_by_its_names_as_written_and_as_typed(fixture_site):
    """As written, and without š and ä (a Swedish keyboard has no š): the municipality's page first."""
    queries = ["Leakšagilli", "leaksagilli", "Laaksokylä", "laaksokyla"]
    found = real_pages.searched(fixture_site, queries)
    assert {query: found[query][:1] for query in queries} == {query: [paths.page_url(paths.municipality_page("dalby"))]
                                                             for query in queries}


def test_the_open_data_lists_each_name_with_its_language(fixture_site):
    data = fixture_site / "data" / "v1"
    municipalities = {m["id"]: m for m in json.loads((data / "municipalities.json").read_text(encoding="utf-8"))[
        "municipalities"]}
    assert municipalities["dalby"]["other_names"] == [
        {"name": "Leakšagilli", "lang": "se", "language": "nordsamiska"},
        {"name": "Laaksokylä", "lang": "fi", "language": "finska"},
        {"name": "Laaksokylä", "lang": "fit", "language": "meänkieli"}]
    assert municipalities["bergby"]["other_names"] == []
    schema = json.loads((data / "schema" / "municipalities.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["OtherNameRecord"]["properties"]["lang"]["enum"] == [
        "se", "smj", "sje", "sju", "sma", "fi", "fit", "rom", "yi"]


def test_a_municipalitys_name_is_held_for_the_search_typed_without_å_ä_ö(project):
    """A voter with an English keyboard types `malmo` for Malmö. Its actors' pages hold their
    names so typed (`Socialnämnden i Malmö`: `socialnamnden`, `malmo`), so the municipality's page
    holds its own name so, hidden and for the search alone, as it holds its minority-language
    names: without it, `malmo` listed the actors and not the municipality."""
    from generator.render import render_site
    from generator.site import build_site

    registry = project / "registry" / "municipalities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("name: Bergby", "name: Bergbö"), encoding="utf-8")
    page = render_site(build_site(project))[paths.municipality_page("bergby")]
    assert 'search_words: ["bergbo"]' in page
    assert '<p class="vlv-search-words" hidden>bergbo</p>' in page
