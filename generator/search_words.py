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
The page's search script reads the span too: a letter held there (an actor's short name, `V`)
is the one letter it weights as a word when typed alone (`vlv-search-on-demand.js`).
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

FIELD = "search_words"  # the front matter's list of a page's hidden search words
# A comparison's hidden line of keywords begins so, and a space: compare.md.j2 writes it (a global
# of the templates, `render`), and `hidden_in_text` finds the words after it.
KEYWORDS_LEAD = "Sökord:"


def hidden_in_text(text: str, words: Iterable[str]) -> str:
    """An index entry's text with the run of hidden words the templates write (the words
    joined by spaces, a paragraph of their own or the start of a comparison's line of keywords,
    after `KEYWORDS_LEAD`) wrapped in `<span hidden="hidden">`: Zensical's results (Preact) set
    an attribute of an element they know as the element's property, and `hidden=""` made it
    `hidden = ""`, false.
    Only there: the same words elsewhere in the text are the page's own, shown (`bra` of
    `brå` in an item's "Det är bra att …" was hidden from the result's excerpt)."""
    run = " ".join(words)
    if not run:
        return text
    return re.sub(rf"(?<=<p>){re.escape(run)}(?= ?</p>)|(?<=<p>{re.escape(KEYWORDS_LEAD)} ){re.escape(run)}(?= |</p>)",
                  lambda found: f'<span hidden="hidden">{found.group()}</span>', text)


def hidden_in_entries(entries: Iterable[dict], words: Mapping[str, Iterable[str]]) -> None:
    """Each entry of a page with hidden words (`words`, by the page's location in the index)
    with them wrapped in its text (`hidden_in_text`)."""
    for entry in entries:
        page_words = words.get(entry["location"].split("#")[0])
        if page_words:
            entry["text"] = hidden_in_text(entry["text"], page_words)
