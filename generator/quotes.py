"""Verbatim-quote checking against archived source texts.

A quote matches when it occurs in the source after both are normalised for layout only:
Unicode NFC, every kind of whitespace (non-breaking spaces, tabs, line breaks) folded to
one space, typographic quotes and dashes made plain, list bullets and Markdown emphasis
removed. Nothing more lenient: case, spelling, punctuation and word order must agree.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from .lines import normalise_newlines, split_lines_keepends

_QUOTES = {ord(c): '"' for c in "“”„‟«»″"} | {ord(c): "'" for c in "‘’‚‛′"}
_DASHES = {ord(c): "-" for c in "‐‑‒–—―−"}
_BULLETS = set("•✓✔→►▪●◦‣∙·")
_LINE_BULLET = re.compile(r"^[ \t\u00a0]*(?:[-*+][ \t\u00a0]+)")
_EMPHASIS = re.compile(r"\*+")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")


@dataclass(frozen=True)
class Match:
    line: int  # 1-based line of the source where the quote starts
    end_line: int


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise `text`; also return, for each output character, its offset in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for raw_line in split_lines_keepends(text):
        line = _LINE_BULLET.sub(lambda m: " " * len(m.group()), raw_line, count=1)
        line = _HEADING.sub(lambda m: " " * len(m.group()), line, count=1)
        # Emphasis marks are dropped, not turned into spaces: `**Mål:**` reads `Mål:`.
        line = _EMPHASIS.sub(lambda m: "\0" * len(m.group()), line)
        for index, char in enumerate(line):
            if char == "\0" or char in _BULLETS:
                continue
            char = char.translate(_QUOTES).translate(_DASHES)
            if char.isspace():
                if out and out[-1] != " ":
                    out.append(" ")
                    offsets.append(position + index)
                continue
            out.append(char)
            offsets.append(position + index)
        position += len(raw_line)
    while out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


def normalise(text: str) -> str:
    return normalise_with_offsets(unicodedata.normalize("NFC", normalise_newlines(text)))[0].strip()


class SourceText:
    """An archived source, normalised once, answering where quotes occur."""

    def __init__(self, text: str):
        # NFC keeps one length per character here, so offsets stay exact; line breaks
        # follow the one line model (`lines`).
        self.text = unicodedata.normalize("NFC", normalise_newlines(text))
        self.normal, self._offsets = normalise_with_offsets(self.text)
        self._found: dict[str, Match | None] = {}

    def _line_of(self, normal_index: int) -> int:
        return self.text.count("\n", 0, self._offsets[normal_index]) + 1

    def find(self, quote: str) -> Match | None:
        """Where `quote` first occurs (computed once per quote: checks and linking share it)."""
        if quote not in self._found:
            self._found[quote] = self._find(quote)
        return self._found[quote]

    def _find(self, quote: str) -> Match | None:
        needle = normalise(quote)
        if not needle:
            return None
        start = self.normal.find(needle)
        if start < 0:
            return None
        return Match(self._line_of(start), self._line_of(start + len(needle) - 1))

    def occurrences(self, quote: str) -> list[tuple[int, int]]:
        """Every (start, end) span in the normalised text where the quote occurs."""
        needle = normalise(quote)
        spans, start = [], self.normal.find(needle) if needle else -1
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = self.normal.find(needle, start + 1)
        return spans

    @cached_property
    def _words(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"\S+", self.normal)]

    @cached_property
    def _word_lines(self) -> list[int]:
        """The source line each normalised word starts on."""
        starts = [0] + [i + 1 for i, c in enumerate(self.text) if c == "\n"]
        return [bisect.bisect_right(starts, self._offsets[start]) for start, _ in self._words]

    def closest(self, quote: str) -> tuple[str, int]:
        """The passage of the source most like `quote`, and its line, to help fix a typo.

        Passages of one word fewer or more than the quote are tried too, and a passage
        within one source line is preferred over one that spills into the next line."""
        needle = normalise(quote)
        words, lines = self._words, self._word_lines
        size = max(1, len(needle.split()))
        best, best_span = -1.0, (0, 0)
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(needle)
        for width in sorted({max(1, size - 1), size, size + 1}):
            for first in range(0, max(1, len(words) - width + 1)):
                last = min(len(words), first + width) - 1
                span = (words[first][0], words[last][1])
                weight = 1.0 if lines[first] == lines[last] else 0.95
                matcher.set_seq1(self.normal[span[0]: span[1]])
                if matcher.real_quick_ratio() * weight <= best or matcher.quick_ratio() * weight <= best:
                    continue
                ratio = matcher.ratio() * weight
                if ratio > best:
                    best, best_span = ratio, span
        passage = self.normal[best_span[0]: best_span[1]]
        return passage, self._line_of(best_span[0]) if self._offsets else 1

    def line_spans(self) -> list[tuple[int, int]]:
        """For each source line, its (start, end) range in the normalised text."""
        spans: list[tuple[int, int]] = []
        line_starts = [0] + [i + 1 for i, c in enumerate(self.text) if c == "\n"]
        index = 0
        for number, start in enumerate(line_starts):
            end = line_starts[number + 1] if number + 1 < len(line_starts) else len(self.text) + 1
            first = index
            while index < len(self._offsets) and self._offsets[index] < end:
                index += 1
            spans.append((first, index))
        return spans
