"""What a line of text is — the one definition used for links to source lines, coverage,
list items and error positions.

A line ends at LF, CRLF or a lone CR, and nowhere else. Form feeds (PDF page breaks),
vertical tabs, U+0085, U+2028 and U+2029 are not line breaks here: they are whitespace
inside a line. (Python's `str.splitlines` splits on all of them, which would make line
numbers disagree between places that count `\\n`.)
"""

from __future__ import annotations


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so that counting `\\n` counts lines."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str) -> list[str]:
    """The lines of `text` without their line breaks (a final newline ends the last line)."""
    text = normalise_newlines(text)
    if not text:
        return []
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return lines
