"""Material's search plugin's parsing of the pages, done by worker processes during `mkdocs build`.

MkDocs builds one page after another in one process, and in that loop Material's search
plugin (`material/plugins/search`) parses each page's HTML with `html.parser` to make the
page's entries of the search index: at a thousand plans, a quarter of `mkdocs build`, while
the machine's other cores wait.

`SearchWorkers` takes each page's HTML as MkDocs builds it and has forked workers parse it
with the plugin's own `Parser`, on the other cores, while this process renders the theme
around the next pages. Generated pages are parsed without the elements the plugin would
skip (`search_text`), as in this process. At the end of the build `add_entries` gives the
plugin's index the sections found, page by page in build order, through the plugin's own
`create_entry_for_section`: the same parser, the same entries, the same order, so the same
`search_index.json` byte for byte (`tests/test_search_text.py`). Everything the plugin does
with a page besides parsing it stays with the plugin.
"""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from material.plugins.search.plugin import Parser

from . import search_text
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
        self._pages: list[Any] = []  # MkDocs pages, in the order MkDocs built them
        self._batch: list[tuple[str, bool]] = []
        self._parsed: list[Future] = []

    def parse(self, page: Any, generated: bool) -> None:
        """Parse the page's HTML as it is now (before the theme renders it)."""
        self._pages.append(page)
        self._batch.append((page.content, generated))
        if len(self._batch) >= BATCH:
            self._send()

    def _send(self) -> None:
        if self._batch:
            self._parsed.append(self._pool.submit(_parse_batch, self._batch))
            self._batch = []

    def add_entries(self, index: Any) -> list[Any]:
        """Add every parsed page's entries to the plugin's index (`SearchIndex`), in build
        order; the pages parsed without their excluded elements. Stops the workers."""
        self._send()
        try:
            parsed = [page for batch in self._parsed for page in batch.result()]
        finally:
            self.close()
        emptied = []
        for page, (was_emptied, sections) in zip(self._pages, parsed, strict=True):
            for section in sections:
                index.create_entry_for_section(_Section(*section), page.toc, page.url, page)
            if was_emptied:
                emptied.append(page)
        return emptied

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
