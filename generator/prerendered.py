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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

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

    def anchor_ids(self) -> set[str]:
        """Every `id` in the raw HTML: the anchors MkDocs would have found in it."""
        return {found for html in self.html for found in _ids(html)}


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
