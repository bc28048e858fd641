"""Material's search plugin's parsing of the pages, done by worker processes during `mkdocs build`.

MkDocs builds one page after another in one process, and in that loop Material's search
plugin (`material/plugins/search`) parses each page's HTML with `html.parser` to make the
page's entries of the search index: at a thousand plans, a quarter of `mkdocs build`, while
the machine's other cores wait.

`SearchWorkers` is offered each page's HTML as soon as MkDocs has converted it, and forked
workers parse it with the plugin's own `Parser` on the other cores while this process
converts the next pages and renders the theme around them. Generated pages are parsed
without the elements the plugin would skip (`search_text`), as in this process, and pages of
plain markup are handed to the parser without `html.parser`'s tokenizer (`feed_plain`);
the parser is the plugin's, with its handlers written to run faster (`search_parser`). When the
plugin would index a page, the hook calls `parse`, which uses what was offered if the HTML
is still the same (else the page is parsed again), and tells the plugin to leave the page
out. At the end of the build `add_entries` gives the plugin's index the sections found,
page by page in build order, through the plugin's own `create_entry_for_section`: the same
parser, the same entries, the same order, so the same `search_index.json` byte for byte
(`tests/test_search_text.py`). Everything the plugin does with a page besides parsing it
stays with the plugin.
"""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from . import search_text
from .search_parser import Parser
from .workers import fork_context

BATCH = 32  # pages a worker parses per task: fewer round trips, still an even share

# A parsed page: whether it was parsed without its excluded elements, and each section the
# plugin would index as (id, title, text), its title and text joined into one string each.
Parsed = tuple[bool, list[tuple[Any, list[str], list[str]]]]


class _Section:
    """What `create_entry_for_section` reads of the plugin's parser's sections."""

    __slots__ = ("id", "title", "text")

    def __init__(self, id: Any, title: list[str], text: list[str]):
        self.id, self.title, self.text = id, title, text


def parse(html: str, generated: bool) -> Parsed:
    """What the plugin's parser finds in a page to index."""
    searched = search_text.without_excluded(html) if generated else html
    parser = Parser()
    if searched is not html or search_text.is_plain(searched):
        search_text.feed_plain(parser, searched)
    else:
        parser.feed(searched)
        parser.close()
    # The plugin joins a section's title and its text into one string each; an empty title
    # (not one of empty strings) makes it take the page's title instead.
    sections = [(section.id, ["".join(section.title)] if section.title else [], ["".join(section.text)])
                for section in parser.data if not section.is_excluded()]
    return searched is not html, sections


def _parse_batch(pages: list[tuple[str, bool]]) -> list[Parsed]:
    return [parse(html, generated) for html, generated in pages]


class SearchWorkers:
    """Worker processes that parse the pages of one build for the search plugin."""

    def __init__(self, workers: int):
        self._pool = ProcessPoolExecutor(workers, mp_context=fork_context())
        self._sent: dict[int, tuple[int, str]] = {}  # id(page): (its place among the pages offered, the HTML sent)
        self._batch: list[tuple[str, bool]] = []
        self._batches: list[Future] = []
        self._again: dict[int, Future] = {}  # place: the page parsed again (its HTML changed)
        self._indexed: list[tuple[Any, int]] = []  # (page, place), in the order the plugin would index them

    def offer(self, page: Any, html: str, generated: bool) -> None:
        """Start parsing the page's HTML, in case the page is indexed later."""
        if id(page) not in self._sent:
            self._sent[id(page)] = (len(self._sent), html)
            self._batch.append((html, generated))
            if len(self._batch) >= BATCH:
                self._send()

    def parse(self, page: Any, generated: bool) -> None:
        """Index the page from its HTML as it is now (when the plugin would parse it): what
        was offered is used if the HTML is still the same, else it is parsed again."""
        self.offer(page, page.content, generated)
        place, sent = self._sent[id(page)]
        if sent is not page.content:
            self._sent[id(page)] = (place, page.content)
            self._again[place] = self._pool.submit(_parse_batch, [(page.content, generated)])
        self._indexed.append((page, place))

    def _send(self) -> None:
        if self._batch:
            self._batches.append(self._pool.submit(_parse_batch, self._batch))
            self._batch = []

    def add_entries(self, index: Any) -> list[Any]:
        """Add the entries of every page handed to `parse` to the plugin's index
        (`SearchIndex`), in that order; the pages parsed without their excluded elements.
        Stops the workers."""
        self._send()
        try:
            parsed = [page for batch in self._batches for page in batch.result()]
            for place, again in self._again.items():
                parsed[place] = again.result()[0]
        finally:
            self.close()
        emptied = []
        for page, place in self._indexed:
            was_emptied, sections = parsed[place]
            for section in sections:
                index.create_entry_for_section(_Section(*section), page.toc, page.url, page)
            if was_emptied:
                emptied.append(page)
        return emptied

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
