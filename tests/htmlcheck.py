"""A small HTML reader for the site tests: ids, links, loaded resources and element text."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.history import public_url

# Where the site lives on its host (/vem-lovar-vad/ on GitHub Pages): the 404 page links from there.
SITE_PATH = urlsplit(public_url(Path(__file__).resolve().parent.parent)).path

# Attributes through which a page makes the browser fetch something.
LOADING = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"),
           ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"), ("img", "srcset")}


class Page(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}  # id -> tag
        self.links: list[str] = []
        self.loads: list[str] = []
        self.scripts: list[str] = []  # tags named script, for injection checks
        self._stack: list[tuple[str, str | None]] = []
        self.text_by_id: dict[str, list[str]] = {}
        self.anchor_texts: list[str] = []  # visible text of each <a>
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids[attributes["id"]] = tag
            self.text_by_id.setdefault(attributes["id"], [])
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
            self.anchor_texts.append("")
        for (element, attribute) in LOADING:
            if tag == element and attributes.get(attribute):
                if tag == "link" and attributes.get("rel") not in ("stylesheet", "icon", "preload", "modulepreload", "manifest"):
                    continue
                self.loads.append(attributes[attribute])
        if tag == "script":
            self.scripts.append(attributes.get("src") or "")
        if tag not in ("br", "img", "meta", "link", "input", "hr", "source"):
            self._stack.append((tag, attributes.get("id")))

    def handle_endtag(self, tag):
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(tag == "a" for tag, _ in self._stack) and self.anchor_texts:
            self.anchor_texts[-1] += data
        for _, element_id in self._stack:
            if element_id:
                self.text_by_id[element_id].append(data)

    def text_of(self, element_id: str) -> str:
        return " ".join("".join(self.text_by_id.get(element_id, [])).split())


def page_url(site: Path, html_file: Path) -> str:
    return SITE_PATH + html_file.relative_to(site).as_posix()


def resolve(site: Path, html_file: Path, href: str) -> tuple[Path, str] | None:
    """The file and fragment an internal href points at, or None for external links. A link
    above the site's path (/assets/… where the site is at /vem-lovar-vad/) points at no file."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("mailto:"):
        return None
    base = posixpath.dirname(page_url(site, html_file))
    path = posixpath.normpath(posixpath.join(base, unquote(parts.path))) if parts.path else page_url(site, html_file)
    if not (path + "/").startswith(SITE_PATH):
        return site.parent / "outside the site" / path.lstrip("/"), unquote(parts.fragment)
    target = site / path[len(SITE_PATH):]
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)


EXTERNAL = re.compile(r"^(https?:)?//", re.I)


_FIGURE = re.compile(r"(\d+)\s+\w+")  # "6 åtaganden", "1 bakgrundspunkt", "1 tabell"


def figure_of(said: str) -> int:
    """The figure a cell says, as a screen reader reads it: the sum of its counted things
    ("6 åtaganden, 1 bakgrundspunkt, 1 tabell" is 8); a cell with none ("inget om detta i
    underlaget") is 0."""
    return sum(int(number) for number in _FIGURE.findall(said.replace("\u00ad", "")))


class _Counts(HTMLParser):
    """Every figure a page shows, keyed by its actor and topic. An element names its own with
    `data-count`, `data-actor` and `data-topic`; a table's cell names none of them: its actor
    is its column's header (data-actor), its topic its row (data-topic), and its figure the
    text a voter sees or a screen reader reads (not what is hidden with aria-hidden)."""

    def __init__(self):
        super().__init__()
        self.found: dict[tuple[str, str], int] = {}
        self._columns: dict[int, str] = {}  # column -> actor, from the header row
        self._row_topic, self._column = "", -1
        self._cell: tuple[str, str] | None = None  # the cell whose text is being read
        self._said: list[str] = []
        self._hidden: list[str] = []  # open tags, from the one with aria-hidden in
        self._open: list[str] = []

    def _record(self, key: tuple[str, str], figure: int) -> None:
        assert key not in self.found, f"{key} shown twice on one page"
        self.found[key] = figure

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "table":
            self._columns = {}
        if tag == "tr":
            self._row_topic, self._column = attributes.get("data-topic", ""), -1
        if tag in ("th", "td"):
            self._column += 1
            if tag == "th" and "data-actor" in attributes:
                self._columns[self._column] = attributes["data-actor"]
        if "data-count" in attributes:
            in_cell = tag == "td"
            self._record((attributes.get("data-actor", self._columns.get(self._column, "") if in_cell else ""),
                          attributes.get("data-topic", self._row_topic if in_cell else "")),
                         int(attributes["data-count"]))
        elif tag == "td" and self._row_topic and self._column in self._columns:
            self._cell, self._said = (self._columns[self._column], self._row_topic), []
        if self._cell and tag not in ("td", "br", "wbr"):
            self._open.append(tag)
            if self._hidden or attributes.get("aria-hidden") == "true":
                self._hidden.append(tag)

    def handle_endtag(self, tag):
        if self._cell and tag == "td":
            self._record(self._cell, figure_of("".join(self._said)))
            self._cell, self._open, self._hidden = None, [], []
        elif self._cell and self._open and self._open[-1] == tag:
            self._open.pop()
            if self._hidden:
                self._hidden.pop()

    def handle_data(self, data):
        if self._cell and not self._hidden:
            self._said.append(data)


def shown_counts(text: str) -> dict[tuple[str, str], int]:
    parser = _Counts()
    parser.feed(text)
    return parser.found
