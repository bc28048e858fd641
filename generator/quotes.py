"""Verbatim-quote checking against archived source texts.

A quote matches when it occurs in the source after both are normalised for layout only:
Unicode NFC, every kind of whitespace (non-breaking spaces, tabs, line breaks) folded to
one space, typographic quotes and dashes made plain, list bullets and Markdown emphasis
removed. Nothing more lenient: case, spelling, punctuation and word order must agree.
"""

from __future__ import annotations

import bisect
import difflib
import functools
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


_TYPOGRAPHY = _QUOTES | _DASHES
_LINE_BULLET_EACH = re.compile(_LINE_BULLET.pattern, re.MULTILINE)
_HEADING_EACH = re.compile(_HEADING.pattern, re.MULTILINE)
# A run of kept characters, or a run of whitespace; emphasis marks (`\0` after the
# substitutions below) and bullets belong to neither and are dropped.
_RUNS = re.compile("[^\\s\\0" + re.escape("".join(sorted(_BULLETS))) + "]+|\\s+")


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise `text`; also return, for each output character, its offset in `text`.

    Every substitution keeps the text's length, so a position in the substituted text is
    its offset in `text`; the result is then put together run by run (not character by
    character: sources are long, and every build normalises each one).
    """
    spaces = lambda m: " " * len(m.group())  # noqa: E731
    marked = _LINE_BULLET_EACH.sub(spaces, text)
    marked = _HEADING_EACH.sub(spaces, marked)
    # Emphasis marks are dropped, not turned into spaces: `**Mål:**` reads `Mål:`.
    marked = _EMPHASIS.sub(lambda m: "\0" * len(m.group()), marked)
    out: list[str] = []
    offsets: list[int] = []
    space_last = True  # no space at the start
    for run in _RUNS.finditer(marked):
        start, end = run.span()
        if marked[start].isspace():
            if not space_last:
                out.append(" ")
                offsets.append(start)
                space_last = True
            continue
        out.append(run.group().translate(_TYPOGRAPHY))
        offsets.extend(range(start, end))
        space_last = False
    if out and space_last:
        out.pop()
        offsets.pop()
    return "".join(out), offsets


# The same normalisation without offsets, for quotes: what is dropped (emphasis marks, bullets,
# NUL) is deleted, typography made plain, and whitespace folded by `str.split`, which splits
# on exactly the characters `\s` matches.
_DROPPED = _TYPOGRAPHY | {ord(c): None for c in _BULLETS | {"\0"}}


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    # Cached: checks, coverage and linking each normalise the same quotes.
    text = unicodedata.normalize("NFC", normalise_newlines(text))
    text = _HEADING_EACH.sub(" ", _LINE_BULLET_EACH.sub(" ", text))
    return " ".join(_EMPHASIS.sub("", text).translate(_DROPPED).split())


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
        # The offsets increase strictly, so each line's end is found by bisection.
        ends = [m.start() + 1 for m in re.finditer("\n", self.text)] + [len(self.text) + 1]
        spans: list[tuple[int, int]] = []
        first = 0
        for end in ends:
            index = bisect.bisect_left(self._offsets, end, first)
            spans.append((first, index))
            first = index
        return spans
