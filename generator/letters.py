"""How wide a word is set in the site's pages, in hundredths of an em, for a layout that must
hold it whole: the size a budget table is set in on a phone with large text, and the width
below which a municipality's table of documents is a block for each document. No I/O.

The theme loads no font (mkdocs.yml: `font: false`). Its stack `-apple-system,
BlinkMacSystemFont, Helvetica, Arial, sans-serif` is set in Apple's San Francisco, in Arial
or a font of Arial's widths (Helvetica's; Liberation Sans on Linux, as in the tests'
Chromium) and on Android in Roboto. Each letter's width below is the wider of Liberation
Sans's and Roboto's, measured by scripts/letter_widths.py; San Francisco, not free to
measure, is allowed a twentieth more (`MARGIN`). Counted by letters at .7 of the size, as
before, "Kommunersättning/skolpeng" took 17.5 em, where Liberation Sans sets it in 12.7 and Roboto in 13.0."""

from __future__ import annotations

import math

# ASCII, Swedish's and Finnish's letters and signs, and Northern Sami's letters beyond them.
LETTERS = "".join(chr(c) for c in range(32, 127)) + "\u00a0ÅÄÖåäöÉéÜüÆØæø§–—−’”«»…" + "ÁáČčĐđŊŋŠšŦŧŽž"
# In thousandths of an em, letter by letter as LETTERS.
_REGULAR = (278, 278, 355, 616, 562, 889, 667, 191, 342, 348, 431, 584, 278, 333, 278, 413, 562, 562, 562, 562,
    562, 562, 562, 562, 562, 562, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722,
    278, 552, 667, 556, 873, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 411, 278,
    469, 556, 333, 556, 562, 523, 564, 556, 348, 562, 556, 243, 239, 507, 243, 877, 556, 570, 562, 568, 339,
    516, 327, 556, 500, 751, 500, 500, 500, 338, 260, 338, 680, 278, 667, 667, 778, 556, 556, 570, 667, 556,
    722, 556, 1000, 778, 889, 611, 613, 656, 1000, 584, 222, 357, 556, 556, 1000, 667, 556, 722, 523, 722, 598,
    723, 567, 667, 516, 611, 327, 611, 500)
_BOLD = (278, 333, 474, 592, 574, 889, 722, 238, 350, 351, 454, 584, 278, 394, 290, 371, 574, 574, 574, 574,
    574, 574, 574, 574, 574, 574, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722,
    292, 559, 722, 611, 875, 722, 778, 667, 778, 722, 667, 620, 722, 667, 944, 667, 667, 611, 333, 421, 333,
    584, 556, 333, 556, 611, 556, 611, 556, 358, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389,
    556, 338, 611, 556, 778, 556, 556, 509, 389, 280, 389, 648, 278, 722, 722, 778, 556, 556, 611, 667, 556,
    722, 611, 1000, 778, 889, 611, 628, 630, 1000, 584, 278, 500, 556, 556, 1000, 722, 556, 722, 556, 722, 630,
    723, 611, 667, 556, 620, 338, 611, 509)
MARGIN = 1.05
# A narrow no-break space, between a figure's thousands (`swedish.figure`: "1\u202f234,5"), is in
# neither font: the browser sets it in another, and in every font it is narrower than a space.
# Counted as the widest letter (1.015 em), "1 234 567" took 6.3 em, where Chromium sets it in 4.2.
NARROW_SPACE = "\u202f"
# Any other letter not in the table counts as wide as an emoji in Noto Color Emoji, Android's
# (1.245 em): wider than every letter either font has (Liberation Sans's widest, "₧", is 1.094;
# Roboto's 1.161), where the table's widest, "@" at 1.015, was narrower than an emoji.
UNLISTED = 1245
_WIDTHS = {bold: dict(zip(LETTERS, widths)) | {NARROW_SPACE: widths[0]}
           for bold, widths in ((False, _REGULAR), (True, _BOLD))}


def width(text: str, bold: bool = False) -> int:
    """`text`'s width in hundredths of an em, rounded up: `width("Årsprognos")` is 546. (A
    whole number, which a page writes as it is: a style attribute's `5.46` would be escaped
    as plan text is.)"""
    widths = _WIDTHS[bold]
    return math.ceil(sum(widths.get(letter, UNLISTED) for letter in text) * MARGIN / 10)
