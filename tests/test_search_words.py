"""A page's words for the search alone are hidden in its index entries, and only those
(`generator/search_words.py`): what a search result shows of the page's own text stays."""

from __future__ import annotations

import re

import pytest

from conftest import FIXTURE
from generator import paths
from generator.outputs import site_outputs
from generator.render import render_outputs
from generator.search_words import (HIDDEN_LEAD, TITLE_FIELD, hidden_in_text, numbers_as_typed, sections_typed_plainly,
                                    tags_on_pages_alone)
from generator.site import build_site
from generator.swedish import typed_plainly

HIDDEN = '<span hidden="hidden">{}</span>'


def test_a_pages_tags_are_on_its_own_entry_and_not_its_sections():
    """Material's plugin copies a page's tags (a topic's keywords) to each of its sections' entries:
    the page's entry keeps them, which a keyword finds; a section is found by its own words."""
    tags = ["hemlös", "härbärge"]
    entries = [{"location": "amnen/hemloshet/", "text": "", "tags": list(tags)},
               {"location": "amnen/hemloshet/#lattlast-hemloshet", "text": "<p>Ett hem.</p>", "tags": list(tags)}]
    tags_on_pages_alone(entries)
    assert entries == [{"location": "amnen/hemloshet/", "text": "", "tags": tags},
                       {"location": "amnen/hemloshet/#lattlast-hemloshet", "text": "<p>Ett hem.</p>"}]


@pytest.mark.parametrize("words, entry, hidden", [
    # A comparison's line of keywords, as MkDocs' and Zensical's indexes hold it.
    (["bra"], "<p>Sökord: bra brå</p> <p>Det är bra att kommunen samarbetar med Brå. </p>",
     f"<p>Sökord: {HIDDEN.format('bra')} brå</p> <p>Det är bra att kommunen samarbetar med Brå. </p>"),
    (["bra"], "<p>Sökord: bra</p> <p>Det är bra att kommunen samarbetar.</p>",
     f"<p>Sökord: {HIDDEN.format('bra')}</p> <p>Det är bra att kommunen samarbetar.</p>"),
    # A municipality's paragraph of its names typed plainly: MkDocs' index, and Zensical's, which
    # ends a block in a space.
    (["varregilli"], "<p>varregilli</p><p>Kommunen där varregilli är ett namn.</p>",
     f"<p>{HIDDEN.format('varregilli')}</p><p>Kommunen där varregilli är ett namn.</p>"),
    (["varregilli"], "<p>Även: Várregilli</p> <p>varregilli </p> <p>varregilli är ett namn. </p>",
     f"<p>Även: Várregilli</p> <p>{HIDDEN.format('varregilli')} </p> <p>varregilli är ett namn. </p>"),
], ids=["keywords", "keywords-alone", "own-paragraph", "own-paragraph-zensical"])
def test_a_word_for_the_search_alone_is_hidden_but_the_same_word_in_the_pages_text_is_shown(words, entry, hidden):
    """The run of hidden words is wrapped where the page writes it for the search, not where the
    page's text says the same word: `bra`, typed for `brå`, was hidden in an item's "Det är bra
    att …" too, and the result's excerpt read "Det är att …"."""
    assert hidden_in_text(entry, words) == hidden


@pytest.mark.parametrize("words, kept, entry, hidden", [
    # Where none of the words is kept (they weigh as the title), the paragraph goes with the
    # space after it, and on a line of keywords the run goes with the space after it.
    (["bra"], [], "<p>bra </p> <p>Det är bra.</p>", "<p>Det är bra.</p>"),
    (["bra"], [], "<p>Sökord: bra brå</p>", "<p>Sökord: brå</p>"),
    # Neither a run followed by more white space nor one that is only the start of a word.
    (["bra"], None, "<p>Sökord: bra  brå</p> <p>brakar</p>", "<p>Sökord: bra  brå</p> <p>brakar</p>"),
    # Every place the page writes it.
    (["a", "b"], ["b"], "<p>a b</p><p>Sökord: a b c</p><p>a b</p>",
     f"<p>{HIDDEN.format('b')}</p><p>Sökord: {HIDDEN.format('b')} c</p><p>{HIDDEN.format('b')}</p>"),
], ids=["paragraph-gone", "keywords-gone", "not-there", "each-place"])
def test_the_hidden_words_are_found_without_a_pattern_made_for_each_page(words, kept, entry, hidden, monkeypatch):
    """Each page's words are found by plain search: a pattern made of them, two for each page,
    was compiled anew for each page at a thousand plans (the `re` module keeps 512)."""
    import generator.search_words as module

    class NoPatterns:
        def __getattr__(self, name):
            pytest.fail(f"re.{name} asked for a page's words")

    monkeypatch.setattr(module, "re", NoPatterns())
    assert hidden_in_text(entry, words, kept) == hidden


def test_every_page_with_words_for_the_search_alone_has_them_hidden_in_its_index_entry():
    """The templates write the hidden words and `hidden_in_text` finds them in the index's entry
    by what comes before them (a comparison's `Sökord: `): if the two part, the words are shown in
    every result's excerpt and read out by a screen reader as the result's name."""
    site = build_site(FIXTURE)
    outputs = [output for output in site_outputs(site) if output.search_words]
    # Comparisons, municipalities (Dalby has names in minority languages) and actors (`SN`, the
    # short name Socialnämnden i Bergby lacks).
    assert {output.path for output in outputs} >= {"bergby/hemloshet.md", paths.municipality_page("dalby"),
                                                   paths.actor_page("bergby-socialnamnden")}
    pages = render_outputs(site, outputs)
    for output in outputs:
        paragraph = re.search(r'<p class="vlv-search-words" hidden>(.*)</p>', pages[output.path]).group(1)
        entry = f"<p>{paragraph}</p>"  # as the index holds it: the paragraph's text
        assert HIDDEN.format(" ".join(output.search_words)) in hidden_in_text(entry, output.search_words), output.path


def test_no_word_for_the_search_alone_is_a_stop_word_typed_without_å_ä_ö():
    """A stop word typed without å, ä and ö (`nar`, `fran`) is asked as the stop word, which the
    search drops (vlv-search-on-demand.js): the guide's opening held `dar`, `fran` and `nar` for
    the search alone, words no query could reach. The pages hold the others so typed, as before."""
    assert typed_plainly(["När ni lägger in något från källan, där hemlöshet står"]) == ["hemloshet", "kallan", "lagger", "star"]


def _entries() -> list[dict]:
    """A document's entry and its sections', and a change's, as both engines' indexes hold them."""
    return [{"location": "dokument/plan/", "title": "Välfärd", "text": "<p>Om välfärd.</p>"},
            {"location": "dokument/plan/#avsnitt-1", "title": "Hållbar utveckling – 4-årigt <em>mål</em>",
             "text": "<p>Vi vill.</p>"},
            {"location": "dokument/plan/#avsnitt-2", "title": "Budget", "text": "<p>Vi vill.</p>"},
            {"location": "andringar/#andring-1", "title": "Ändrad återgivning", "text": "<p>Ny.</p>"}]


@pytest.mark.parametrize("titled, section", [
    (True, {"location": "dokument/plan/#avsnitt-1", "title": "Hållbar utveckling – 4-årigt <em>mål</em>",
            "text": "<p>Vi vill.</p>", TITLE_FIELD: "arigt hallbar mal"}),
    (False, {"location": "dokument/plan/#avsnitt-1", "title": "Hållbar utveckling – 4-årigt <em>mål</em>",
             "text": f"<p>Vi vill.</p> <p>{HIDDEN.format('arigt hallbar mal')}</p>"}),
], ids=["mkdocs", "zensical"])
def test_a_sections_heading_is_held_typed_without_å_ä_ö_but_a_changes(titled, section):
    """A section is a result of its own, found by its heading: *Hållbar utveckling* by `hållbar`
    and not by `hallbar`. Its words so typed weigh as its heading in Material's index and are
    hidden in its text in Zensical's, which reads no fields; the page's own entry holds its
    title's so (`hidden_in_entries`), and a change's heading, its summary, is left as written."""
    entries = _entries()
    sections_typed_plainly(entries, titled)
    assert entries == [_entries()[0], section, *_entries()[2:]]


def test_a_number_written_in_groups_of_three_digits_is_held_typed_together_once():
    """A text writes `1 500` (a space, a no-break space or a narrow one between its groups), which
    both engines part into the words `1` and `500`: the entry holds the number typed together,
    hidden, once however often the hook runs (`mkdocs serve` keeps entries). A year beside a
    number (`2022 100`), a decimal figure (`668,5`), a text's own `1500` and a telephone number
    (`08 123 45 67`, whose first group begins with a zero) are no such number."""
    entry = {"location": "dokument/x/#avsnitt-1", "title": "Mål",
             "text": "<p>Cirka 1 500 barn, 500\u00a0000 kronor och 1\u202f250,5 timmar år 2022 100 dagar, 668,5 och 1500. "
                     "Ring 08 123 45 67.</p>"}
    numbers_as_typed([entry], titled=True)
    numbers_as_typed([entry], titled=True)
    assert entry["text"].count(HIDDEN_LEAD) == 1
    assert entry["text"].endswith(f"<p>{HIDDEN.format('1250,5 1500 500000')}</p>")


def test_a_number_a_title_writes_in_groups_of_three_digits_is_held_typed_together_as_its_title():
    """A section's heading writes `7 300` (a party's `Vision 7 300 jobb`): Material's index holds
    the number typed together as the heading's own field, weighed as it, once however often the
    hook runs, and Zensical's, which reads no such field, hidden in the text. `7 300`, which the
    page's script reads `7300`, listed nothing under Material."""
    def entry():
        return {"location": "dokument/x/#avsnitt-2", "title": "Vision 7 300 jobb", TITLE_FIELD: "vision",
                "text": "<p>Vi vill ha 1 500 fler.</p>"}
    materials, zensicals = entry(), entry()
    numbers_as_typed([materials], titled=True)
    numbers_as_typed([materials], titled=True)
    numbers_as_typed([zensicals], titled=False)
    assert materials[TITLE_FIELD] == "vision 7300" and materials["text"].endswith(f"<p>{HIDDEN.format('1500')}</p>")
    assert zensicals["text"].endswith(f"<p>{HIDDEN.format('1500 7300')}</p>")


def test_an_amount_written_with_its_unit_joined_is_held_as_its_number_and_unit():
    """A text writes `37mnkr` or `1,5MKR`, which the page's search script reads typed as two words
    (`37 mnkr`), each of which Zensical's worker must find in a section: the entry holds the
    number and the unit apart, hidden; not a unit written apart (`12 mnkr`) nor a word that
    begins so (`kr3`, `500000kronor`)."""
    entry = {"location": "dokument/x/#avsnitt-1", "title": "Mål",
             "text": "<p>Vi satsar 37mnkr och 1,5MKR, 12 mnkr, kr3 och 500000kronor.</p>"}
    numbers_as_typed([entry], titled=False)
    assert entry["text"].endswith(f"<p>{HIDDEN.format('1,5 37 mkr mnkr')}</p>")


@pytest.mark.parametrize("space", ["\u2009", "\u2007", "\u2002"], ids=["thin", "figure", "en"])
def test_a_number_grouped_by_any_space_a_typesetter_groups_thousands_with_is_held_typed_together(space):
    """A quote copied from a pdf writes `1 500` with a thin space or a figure space between its
    groups (`quotes.GROUP_SPACES`), which both engines part at as at a space: `1500` found it
    only where the space was a plain, a no-break or a narrow one."""
    entry = {"location": "dokument/x/#avsnitt-1", "title": "Mål", "text": f"<p>Vi vill ge 1{space}500 kronor mer.</p>"}
    numbers_as_typed([entry], titled=False)
    assert entry["text"].endswith(f"<p>{HIDDEN.format('1500')}</p>")
