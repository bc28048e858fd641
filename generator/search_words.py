"""A page's words for the site's search alone, kept out of what a search result shows.

A topic's comparisons hold the topic's words typed without å, ä and ö (`link.Topic.search_words`:
`hemloshet`, `harbarge`), a municipality's page its minority-language names typed without
accents (`link.Municipality.search_words`), and an actor's and a document's page the words of
their titles so typed (`link.Actor.search_words`, `link.Plan.search_words`: `vansterpartiet`),
in a paragraph hidden on the page (`macros.j2`'s `search_words`), so that a search
typed without those letters finds the page. Both engines index the paragraph's text as the
page's and show it in a result's excerpt, which a screen reader reads in full as the result's
name: "boende bostadslos harbarge hemlosa hemloshet" was read out, words no one wrote.

Its output names a page's hidden words (`outputs.Output.search_words`), its front matter too
(`FIELD`, which the MkDocs hook reads), and each engine's index has them wrapped in
`<span hidden="hidden">` in the page's entries (`hidden_in_entries`: the MkDocs hook, and `engines`
after Zensical's build). Both engines' workers skip markup when they read an entry's
words and match its text, so every query finds what it found; both results draw an entry's
text as HTML, keeping a span's `hidden` attribute, so the words are neither shown nor named.
In Material's index, those of a page's hidden words that are its title's words so typed are a
field of its own entry instead (`TITLE_FIELD`), which weighs as the title.
An entry whose text or title writes a number in groups of three digits (`1 500`) holds it typed
together too, and an amount with its unit joined (`37mnkr`) its number and unit apart
(`numbers_as_typed`), hidden so or as its `TITLE_FIELD`, as a voter types them.
The page's search script reads the span too: a letter held there (an actor's short name, `V`)
is the one letter it weights as a word when typed alone (`vlv-search-on-demand.js`).
"""

from __future__ import annotations

import html
import json
import re
from typing import Callable, Iterable, Mapping, Optional

from . import lazy_regex, paths
from .quotes import GROUP_SPACES
from .swedish import fold, typed_plainly

FIELD = "search_words"  # the front matter's list of a page's hidden search words
# A comparison's hidden line of keywords begins so, and a space: compare.md.j2 writes it (a global
# of the templates, `render`), and `hidden_in_text` finds the words after it.
KEYWORDS_LEAD = "Sökord:"
HIDDEN_LEAD = '<span hidden="hidden">'
# Material's index field of a page's title typed plainly (`hidden_in_entries`), weighed in mkdocs.yml.
TITLE_FIELD = "title_plainly"
# The pages whose sections' headings are not held typed plainly (`sections_typed_plainly`), by
# location: the changes', whose 24 headings are the changes' summaries, which name documents, actors
# and topics whose own pages are found so (102 bytes of the real plans' index gzipped), and where
# `hemloshet` would have listed the change of a topic's keywords as high as the topic.
SECTIONS_LEFT_OUT = (paths.page_url(paths.CHANGELOG),)
# A number the texts write in groups of three digits (`1 500`, `500 000`, `1 250,5`), parted by any
# space a typesetter groups thousands with (a no-break, narrow, thin or figure space too, as a quote
# copied from a pdf has them: `GROUP_SPACES`): not within a longer figure or a year's list (`2022 100`),
# nor one whose first group begins with a zero (a telephone number, `08 123 45 67`), as the page's
# search script reads a number typed (vlv-search-on-demand.js).
GROUPED_NUMBER = lazy_regex.compile(rf"[1-9](?<![\d,.][1-9])\d{{0,2}}(?:[{GROUP_SPACES}]\d{{3}})+(?:,\d+)?(?![\d])")
# An amount's number with its unit written right after it (`37mnkr`), which the page's search script
# reads typed as two words (`37 mnkr`; its `UNITS` are these).
# Both begin with their first digit and look behind it after: a pattern that begins with a look
# behind is tried at every place of the text, one that begins with a digit only where one stands
# (0.30 s → 0.10 s of the 1,000-plan benchmark's 6 MB of entries, in the build's main process).
UNIT_JOINED = lazy_regex.compile(r"(\d(?<![\w,.]\d)[\d,]*?)(kr|tkr|mkr|mnkr|mdkr)(?!\w)", re.IGNORECASE)


def index_json(index: dict) -> str:
    """A search index as both engines' indexes are written, Material's by the MkDocs hook: compact,
    and every character as it is in UTF-8, as Zensical writes its own. Material's plugin wrote
    `\\u00e5` for å, six bytes for two, and its index is Swedish text (`mkdocs_hook`)."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))


def hidden_in_text(text: str, words: Iterable[str], kept: Optional[Iterable[str]] = None) -> str:
    """An index entry's text with the run of hidden words the templates write (the words
    joined by spaces, a paragraph of their own or the start of a comparison's line of keywords,
    after `KEYWORDS_LEAD`) wrapped in `<span hidden="hidden">`: Zensical's results (Preact) set
    an attribute of an element they know as the element's property, and `hidden=""` made it
    `hidden = ""`, false.
    Only there: the same words elsewhere in the text are the page's own, shown (`bra` of
    `brå` in an item's "Det är bra att …" was hidden from the result's excerpt).
    `kept`: the words of the run the text keeps, where the others weigh as the title
    (`hidden_in_entries`); a paragraph left with none goes."""
    run = " ".join(words)
    if not run or run not in text:  # most entries of a page hold none
        return text
    kept_run = run if kept is None else " ".join(kept)
    hidden = f'{HIDDEN_LEAD}{kept_run}</span>' if kept_run else ""
    text = _each_replaced(text, f"<p>{KEYWORDS_LEAD} {run}", _after_keywords, hidden)
    return _each_replaced(text, f"<p>{run}", _own_paragraph, hidden)


# `hidden_in_text` finds the run by plain search, not by a pattern of its own: each page's words
# made two patterns, compiled anew for each page (the `re` module keeps 512), 7,275 calls at
# 1,000 plans.
def _each_replaced(text: str, found: str, replace: Callable[[str, int, str], Optional[tuple[int, str]]],
                   hidden: str) -> str:
    """`text` with each occurrence of `found`, scanned from the left without overlapping, replaced
    where `replace(text, its end, hidden)` gives (where the replaced part ends, what stands there
    instead)."""
    parts: list[str] = []
    done = 0
    start = text.find(found)
    while start != -1:
        end = start + len(found)
        replaced = replace(text, end, hidden)
        if replaced is None:
            start = text.find(found, start + 1)
            continue
        stop, instead = replaced
        parts += [text[done:start], instead]
        done = stop
        start = text.find(found, stop)
    return "".join(parts) + text[done:] if parts else text


def _after_keywords(text: str, end: int, hidden: str) -> Optional[tuple[int, str]]:
    """At the end of a comparison's `<p>Sökord: ` and the run: the run wrapped (or gone with the
    space after it) where the line goes on after a space or ends there."""
    if text.startswith(" ", end) and end + 1 < len(text) and not text[end + 1].isspace():
        stop = end + 1
    elif text.startswith("</p>", end):
        stop = end
    else:
        return None
    lead = f"<p>{KEYWORDS_LEAD} "
    return stop, lead + (hidden + text[end:stop] if hidden else "")


def _own_paragraph(text: str, end: int, hidden: str) -> Optional[tuple[int, str]]:
    """At the end of `<p>` and the run: the paragraph the run is the whole of (a space may end it,
    and one follow it) wrapped, or gone with that space where no word is kept."""
    close = end + 1 if text.startswith(" </p>", end) else end
    if not text.startswith("</p>", close):
        return None
    stop = close + 4 + text.startswith(" ", close + 4)
    return stop, f"<p>{hidden}{text[end:stop]}" if hidden else ""


def hidden_in_entries(entries: Iterable[dict], words: Mapping[str, Iterable[str]], titled: bool = False) -> None:
    """Each entry of a page with hidden words (`words`, by the page's location in the index)
    with them wrapped in its text (`hidden_in_text`). `titled` (Material's index): those that
    are the words of the page's title typed plainly are its own entry's `TITLE_FIELD` instead,
    which mkdocs.yml weighs as a title: as words of the text they weighed a thousandth of a title
    word, and `jamfor eskilstuna` listed *Jämför ämnen och aktörer i Eskilstuna* 33rd, after every
    boosted page whose title has `Eskilstuna`, where `jämför eskilstuna` lists it first. A field
    of its own, not the title: the theme shows the title and suggests the words of the first
    result's title to complete the one typed (`hem` was offered `hemloshet`)."""
    for entry in entries:
        page_words = words.get(entry["location"].split("#")[0])
        if not page_words:
            continue
        kept = None
        if titled and "#" not in entry["location"]:
            title = set(fold(_plain(entry["title"])).split())
            kept = [word for word in page_words if word not in title]
            if len(kept) < len(page_words):
                entry[TITLE_FIELD] = " ".join(word for word in page_words if word in title)
        entry["text"] = hidden_in_text(entry["text"], page_words, kept)


def tags_on_pages_alone(entries: Iterable[dict]) -> None:
    """Each section's entry of Material's index without its page's tags, which the search plugin
    copies to every section: a topic's keywords were on its page's entry and its easy-read
    section's too (130 bytes of the real plans' index gzipped), and a keyword listed the section
    under the page with the same tags shown again. The page's entry, which a keyword finds, keeps
    them; a section is found by its own words."""
    for entry in entries:
        if "#" in entry["location"]:
            entry.pop("tags", None)


def _plain(markup: str) -> str:
    """An entry's title or text as words: without markup and character references."""
    return html.unescape(re.sub(r"<[^>]*>", " ", markup))


def headings_typed_plainly(entries: Iterable[dict], pages: Iterable[str]) -> None:
    """The entry of each hand-written page of `pages` (the guide's, by location) with its heading's
    words typed without å, ä and ö as its `TITLE_FIELD` (Material's index), as the site's own pages
    hold their titles' (`outputs._titled`), and its opening's words so typed, hidden at the end of its
    text, where they weigh as its text: `hur lagger jag till` found nothing, where `hur lägger jag
    till` lists the guide's opening (which says how a party is added). Its sections' headings are
    every page's (`sections_typed_plainly`)."""
    locations = tuple(pages)
    for entry in entries:
        page = entry["location"]
        if page not in locations:
            continue
        title = typed_plainly([_plain(entry["title"])])
        if title:
            entry[TITLE_FIELD] = " ".join(title)
        opening = [word for word in typed_plainly([_plain(entry["text"])]) if word not in title]
        if opening and HIDDEN_LEAD not in entry["text"]:  # once: `mkdocs serve` keeps entries
            entry["text"] += _hidden_paragraph(opening)


def sections_typed_plainly(entries: Iterable[dict], titled: bool) -> None:
    """Each section's entry (a heading of its page, which the search lists as a result of its own)
    with its heading's words typed without å, ä and ö, as a page's entry holds its title's: a
    document's section *Hållbar utveckling* was found by `hållbar` and not by `hallbar`, nor the
    guide's *Källtexten* by `kalltexten`. In Material's index (`titled`) they are its `TITLE_FIELD`,
    weighed as the heading; in Zensical's, which reads no fields, hidden at the end of its text, as a
    page's are (`hidden_in_entries`). Not those of the `SECTIONS_LEFT_OUT` pages."""
    for entry in entries:
        page, _, section = entry["location"].partition("#")
        words = typed_plainly([_plain(entry["title"])]) if section and page not in SECTIONS_LEFT_OUT else []
        if words and titled:
            entry[TITLE_FIELD] = " ".join(words)
        elif words:
            entry["text"] += _hidden_paragraph(words)


def numbers_as_typed(entries: Iterable[dict], titled: bool) -> None:
    """Each entry whose text writes a number in groups of three digits (`1 500`) with the number
    typed without the spaces (`1500`), hidden at the end of its text, as a voter types it: both
    engines part the text's words at the space, and `1500` found nothing under Material, where the
    guide writes `1 500`; `1 500` typed is the words `1` and `500`, which many pages write (the
    page's search script reads it `1500`). So one its title writes (a section's heading `Vision
    7 300 jobb`), in Material's index (`titled`) as its `TITLE_FIELD`, weighed as the title, in
    Zensical's hidden in its text: `7 300` listed nothing under Material. An amount written with
    its unit joined (`37mnkr`, `UNIT_JOINED`) is held as its number and its unit apart, as the
    script reads it typed: under Zensical, which finds the sections with every word, `37mnkr`
    typed as written listed nothing. Once: `mkdocs serve` keeps entries."""
    for entry in entries:
        in_title = _typed_together(entry["title"])
        if titled and in_title:
            held = entry.get(TITLE_FIELD, "").split()
            entry[TITLE_FIELD] = " ".join([*held, *(number for number in in_title if number not in held)])
        numbers = sorted(_typed_together(entry["text"]) | (set() if titled else in_title))
        hidden = _hidden_paragraph(numbers) if numbers else ""
        if hidden and hidden not in entry["text"]:
            entry["text"] += hidden


def _typed_together(markup: str) -> set[str]:
    """The numbers an entry's title or text writes in groups of three digits, typed together, and
    the numbers and units of the amounts it writes with their units joined, each a word."""
    plain = _plain(markup)
    return ({re.sub(rf"[{GROUP_SPACES}]", "", number) for number in GROUPED_NUMBER.findall(plain)}
            | {word.lower() for amount in UNIT_JOINED.findall(plain) for word in amount})


def _hidden_paragraph(words: Iterable[str]) -> str:
    """Words for the search alone at the end of an entry's text, hidden in its results."""
    return f' <p>{HIDDEN_LEAD}{" ".join(words)}</span></p>'
