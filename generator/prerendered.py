"""Generated pages as Markdown headings around raw HTML that is already final.

The templates write each page as Markdown headings (for the table of contents, anchors and
permalinks) and between them raw HTML blocks, which Python-Markdown passes through unchanged
after parsing them with an HTML parser to find where each block ends; MkDocs parses them
once more to collect anchors. At a thousand plans that re-parsing is half of `mkdocs build`.

`split` takes a page apart when it has that shape and nothing else; the MkDocs hook then lets
Python-Markdown convert only the headings and `assemble` puts the raw HTML back between
them. A page of any other shape (a Markdown list, a paragraph of text, a block that starts
with an inline tag) is converted whole, as before. `tests/test_prerendered.py` checks that
both ways give the same HTML for every generated page.

`front_matter` reads a generated page's front matter, lines of JSON values, as JSON instead of
YAML, as MkDocs would read it (`tests/test_prerendered.py` holds the two equal).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from typing import Any, Optional

from mkdocs.utils import meta as mkdocs_meta

from . import lazy_regex

# Python-Markdown's block-level elements (`Markdown.block_level_elements`) that templates
# start blocks with: such a block is raw HTML to Python-Markdown. Inline tags (`<a>`,
# `<span>`) at the start of a block would make it a paragraph instead.
BLOCK_TAGS = frozenset({
    "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure", "footer",
    "form", "header", "hr", "nav", "ol", "p", "section", "table", "ul",
})
_HEADING = re.compile(r"#{1,6} [^\n]*")
_BLOCK_START = re.compile(r"<([a-z][a-z0-9]*)[\s>/]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_ID_VALUE = re.compile(r'([^"]+)"')  # an `id` attribute's value after `id="`, and its closing quote
# A value of a generated page's front matter as `json.dumps` writes it and YAML reads it alike: a
# text, a list of texts, a number without an exponent, true or false. In a text, the escapes
# `json.dumps` writes (`\u` for a control character alone: YAML reads `\ud83d\ude00` as two).
_TEXT = r'"(?:[^"\\\x00-\x1f]++|\\["\\bfnrt]|\\u00[0-9a-f]{2})*+"'
_VALUE = rf"{_TEXT}|\[(?:{_TEXT}(?:, {_TEXT})*)?\]|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|true|false"
# A line of it (`render.front_matter`): `key: <value>`, a `key:` of a block, or `  key: <value>` in
# the block. Keys YAML reads as anything but text are left to YAML.
_FRONT_LINE = lazy_regex.compile(rf"(  )?(?!(?:y|n|yes|no|on|off|true|false|null)\b)([a-z][a-z_]*):(?: ({_VALUE}))?")
# Characters YAML reads otherwise than JSON inside a double-quoted string (as a line break, or
# not at all), which `json.dumps` writes as they are.
_NOT_AS_JSON = lazy_regex.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Split:
    headings: str  # Markdown of the headings alone, for Python-Markdown
    count: int  # how many headings
    html: tuple[str, ...]  # the raw HTML before the first heading, between headings, after the last

    def assemble(self, converted: str) -> Optional[str]:
        """The page's HTML from the converted headings (one line each); None when the
        conversion did not give one line per heading."""
        lines = converted.split("\n") if converted else []
        if len(lines) != self.count:
            return None
        parts = [self.html[0]]
        for line, html in zip(lines, self.html[1:]):
            parts += [line, html]
        return "\n".join(part for part in parts if part)


class Anchors(Set):
    """A page's anchors, as MkDocs would have found them (`Page.present_anchor_ids`): its
    headings' and every `id` in its HTML, looked for there only when a link's anchor is no
    heading's. MkDocs asks a page for the anchors links lead to, each permalink to its own heading
    included, and finding every `id` in every page took 0.15 s of the main process at a thousand
    plans, for no link. `html` is the page's HTML, already held as its content."""

    def __init__(self, headings: Iterable[str], html: str):
        self._headings = frozenset(headings)
        self._html: Optional[str] = html
        self._all: frozenset[str] = self._headings

    def _every(self) -> frozenset[str]:
        if self._html is not None:
            self._all = self._headings.union(_ids(self._html))
            self._html = None
        return self._all

    def __contains__(self, anchor: object) -> bool:
        return anchor in self._headings or anchor in self._every()

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())


def _ids(html: str) -> list[str]:
    """What `re.findall(r'\\sid="([^"]+)"', html)` finds, found from the literal `id="`: a
    pattern that starts with `\\s` is tried at every character, which took half a second per
    thousand plans."""
    found: list[str] = []
    start = html.find('id="', 1)
    while start != -1:
        value = _ID_VALUE.match(html, start + 4) if html[start - 1].isspace() else None
        if value:
            found.append(value.group(1))
            start = html.find('id="', value.end() + 1)
        else:
            start = html.find('id="', start + 1)
    return found


def front_matter(source: str) -> tuple[str, dict[str, Any]]:
    """A page's Markdown and front matter, as MkDocs reads them (`mkdocs.utils.meta.get_data`).
    A generated page's front matter is lines of JSON (`render.front_matter`), read here as JSON:
    MkDocs' reading with YAML took 0.8-0.9 s of the main process's time at a thousand plans, this
    one about a quarter of it. Any other, and any value YAML might read otherwise, goes to MkDocs'
    own reading."""
    found = mkdocs_meta.YAML_RE.match(source)
    data = _json_lines(found.group(1)) if found else None
    if data is None:
        return mkdocs_meta.get_data(source)
    return source[found.end():].lstrip("\n"), data


def _json_lines(text: str) -> Optional[dict[str, Any]]:
    """`key: <value>` lines, with blocks of one level of `  key: <value>`, as YAML reads them; None
    when the text is anything else."""
    if _NOT_AS_JSON.search(text):
        return None
    parts = ["{"]
    in_block = False  # the last line opened a block or was in one
    opened = False  # the last line opened a block: a key with no value and no block is YAML's None
    for line in text[:-1].split("\n"):  # the text ends in a line break
        found = _FRONT_LINE.fullmatch(line)
        if not found:
            return None
        indented, key, value = found.groups()
        if indented:
            if not in_block or value is None:  # a block within the block
                return None
            parts.append(f'"{key}":{value},')
            opened = False
            continue
        if opened:
            return None
        if in_block:
            parts[-1] = parts[-1][:-1] + "},"
        in_block = opened = value is None
        parts.append(f'"{key}":{{' if value is None else f'"{key}":{value},')
    if opened or len(parts) == 1:
        return None
    parts[-1] = parts[-1][:-1] + ("}}" if in_block else "}")
    return json.loads("".join(parts))


def split(markdown: str) -> Optional[Split]:
    """The page as headings and raw HTML, or None when it has anything else."""
    html: list[list[str]] = [[]]
    headings: list[str] = []
    for block in _BLANK_LINES.split(markdown.strip("\n")):
        block = block.strip("\n")
        if not block.strip():
            continue
        if "\n" not in block and _HEADING.fullmatch(block):
            headings.append(block)
            html.append([])
            continue
        start = _BLOCK_START.match(block)
        if not start or start.group(1) not in BLOCK_TAGS:
            return None
        html[-1].append(block)
    return Split("\n\n".join(headings), len(headings), tuple("\n\n".join(blocks) for blocks in html))
