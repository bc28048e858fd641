"""Verbatim-quote checking against archived source texts.

A quote matches when it occurs in the source after both are normalised for layout only:
Unicode NFC, every kind of whitespace (non-breaking spaces, tabs, line breaks) folded to
one space, typographic quotes and dashes made plain, the Latin ligatures of PDF copies (`ﬁ`,
`ﬂ` …) written as their letters, a fraction's character as its digits (`½` as `1/2`, but not
after a number: `1½` is no `11/2`), a per cent sign with a space before it (`15%` as `15 %`),
list bullets, Markdown heading marks (the closing ones too: `## Mål ##`), Markdown emphasis (not a
star between two numbers: `5*3` multiplies; a star the source escapes, `\\*`, is read as typed;
underscores only at a word's edge, `_viktigt_`, `_1)_`, not inside one, `fil_namn`, nor a form's blank, `____`)
and invisible hyphenation marks (soft hyphens and zero-width spaces, left by PDF copies) removed.
Nothing more lenient: case, spelling, punctuation and word order must agree.

And it must begin and end where words and numbers do: `acceptabelt` is not found in
`oacceptabelt`, nor `5 procent` in `1,5 procent`, `-5 procent` or a comparison's `< 5 procent`
(`>5`, `≥ 5`, `±5`, `+/- 5`), nor `2 år` in `1/2 år`, `1/2 år` in `1 1/2 år`, `30` in `22:30`
or `3 veckor` in `5*3 veckor` or `2 x 3 veckor` (a fraction, a time, a ratio, a product), nor
`2 mnkr` in `12 mnkr`, nor `3 fler familjehem` in `Åtgärd #3 fler familjehem` (a label,
"nummer 3", read as a count), nor `5 mnkr` in a line or a table's cell that is `– 5 mnkr` alone
(a minus, where a list item says what the amount is for: `– 10 boenden`; and where the line
breaks after its amount and goes on in a small letter, `– 5 mnkr` over `till fritidsgårdar`, for
a quote that runs on past the break, unless that line labels an amount of its own, `varav lön`
over `– 2 mnkr`), since such a fragment can say the opposite of its source (a quote that begins with
the dash, `– 5 mnkr varav lön`, has the sign, and is found only where the source has a dash before
the number: not in `Vinst 5 mnkr`; with a space after its dash or none, `– 5 mnkr` and `−5 mnkr`
are one minus, but one close to its number is not found at a dash between words, `Mål – 5 mnkr i år`); nor end at a range's
first number (`5` in `5-10`, the least as all) or its dash (`5 -` of `5 - 10`) or begin at its
last (`10` in `5-10` or `5 - 10`, the most as all) or at its first number's per cent sign
(`%-15 %` of `10 %-15 %`, a minus the source does not write), nor begin or end inside a date
(`2025-03-01`); a year of a range (`2024/2025`, `2024-2026`) may begin or end one,
as may a date of a period (`2025-03-01 – 2025-06-30`).
Nor may it run into or out of a Markdown heading of the source, whose marks
are gone from the compared text (`SourceText.heading_crossing` names it, whole, in the error); a heading,
or part of one, may be quoted. Folding whitespace cannot tell `1<tab>500` from `1 500`, so a
quote that reads two numbers the source surely parts (a cell's edge, a paragraph's end) as one
is refused by `checks` (`SourceText.numbers_joined`; a table row's quote, cells spaced, is not asked).
"""

from __future__ import annotations

import bisect
import collections
import difflib
import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import NamedTuple

from . import lazy_regex
from .lines import normalise_newlines

_QUOTES = {ord(c): '"' for c in "“”„‟«»″"} | {ord(c): "'" for c in "‘’‚‛′"}
DASH_CHARS = "‐‑‒–—―−"
_DASHES = {ord(c): "-" for c in DASH_CHARS}
# Every sign a figure's minus is written with: compared as "-", so `‒3,5` (a figure dash) is no
# 3,5. Validate's and coverage's readers of a table's figures read them so too.
MINUS_SIGNS = "-" + DASH_CHARS
# Word's bullets copied out of a PDF include its symbol fonts' private code points: U+F0B7 (•),
# U+F0A7 (▪), U+F076 (❖), U+F0D8 (➢) and U+F0FC (✓). A checklist's boxes and a list's arrows
# are its marks too, in each of their forms (☐ ☑ beside □ ✓, ➔ ➜ beside → ➢): "☐ Trygg skolväg"
# was no list item for coverage, and no table's note ended before it (`checks._A_LIST_MARK`).
_BULLETS = set("•✓✔→►▪●◦‣∙·■□◆◇❖➢➤☐☑➔➜") | set("\uf0b7\uf0a7\uf076\uf0d8\uf0fc")
# The bullets, which begin a list item with no space after them too: pdftotext writes a list whose
# text stands 4 pt or less from its bullet (at 11 pt) as "•Fler förskolor". A dash, `*` or `+`
# close to a word is a hyphen, a minus or a sum's, no list's mark.
LIST_BULLETS = "".join(sorted(_BULLETS))
# Every mark that begins a list item in a source: ASCII ones, dashes (en dash lists are common
# in Swedish) and the bullets above. Coverage's list items are the lines that begin with one.
LIST_MARKS = "-*+" + DASH_CHARS + LIST_BULLETS
_INVISIBLE = set("\u00ad\u200b\u2060\ufeff")  # soft hyphen, zero-width space, word joiner, BOM
# One character for two or three letters, as a PDF's text layer often holds them: a quote typed
# with the letters matches (U+FB00–FB06, what NFKC makes of them).
_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_DIGITS_SPACED = lazy_regex.compile(r"\d \d")  # a space between two digits (`SourceText.numbers_joined`)
_NUMBER_JOINS = ",."  # between digits: one number (1,5 and 1.5)
# Between digits, what joins them into one number that a quote may not begin or end inside:
# a decimal mark, and a fraction's slash, a time's or a ratio's colon (`1/2`, `22:30`, `1:500`),
# and a product's star or times sign (`5*3`, `2×45`), which multiply with a space around them too;
# so do a middle dot and the asterisk and dot operators (`5 · 300`, `5 ∗ 300`, `5⋅300`), only
# between two numbers: a middle dot between words ("Mål · Budget") or a cell's bullet is none.
_TIMES = "*×·∗⋅"
_WITHIN_NUMBER = _NUMBER_JOINS + ":/" + _TIMES
# With a space on either side, a letter x multiplies too (`2 x 300`, `2 X 300`; `2x300` is one
# word of digits and letters already); between words ("punkt x") it is a letter.
_SPACED_TIMES = tuple(f" {sign} " for sign in _TIMES + "xX")
_STARS = tuple(_TIMES + "xX")  # a product's sign as a word of its own
# Two years with a slash between them, the later second: a range (`2024/2025`, a budget's or a
# school's year), whose years a quote may begin or end at as at a range's dash, not a fraction;
# and so with a dash between them (`2024-2026`, `2024 - 2026`), where a quote may begin or end at
# either year, but not at either number of any other range (`5-10`, `5 - 10`, `2023-24`:
# `_range_dash`).
_YEARS = lazy_regex.compile(r"(?<![\d,.:/])((?:19|20)\d\d)(?:[/-]| - |- )((?:19|20)\d\d)(?![\d,.:/]\d|\d)")
# The spaces that may group a number's thousands, as a typesetter or a word processor sets them:
# plain, no-break, thin (U+2009), narrow no-break (U+202F), figure (U+2007), six-per-em (U+2006,
# a thin space in many fonts and tools) and punctuation space (U+2008, a full stop's width, where
# digits line up in a column); the hair space (U+200A, InDesign's and HTML's `&hairsp;`, the
# narrowest); the three- and four-per-em spaces (U+2004, U+2005: InDesign's third and quarter
# spaces, Word's "¼ Em Space" among its special characters), a word space's width, as wide as the
# plain space that groups; and the en space (U+2002, Word's and InDesign's "En Space"), half an
# em, a digit's width in most fonts, as wide as the figure space that groups. A reader sees one
# number in "1 500" grouped by any of them ("1\u2002500 platser" was read as 1 and 500). Not the
# em space (U+2003; and the em quad, U+2001, which NFC makes one), two digits wide: a typesetter
# sets a list's number or a table's column apart with it ("3\u2003200 nya bostäder", item 3), so
# between two numbers it stays a cell's edge, as a tab is. Any of them after a numbered list's
# number is the list's where its other items' numbers stand so before a word ("2\u2002Trygg
# skolväg", then "3\u2002200 nya bostäder"; the plain space, every heading's, only where the items
# before and after it do: `SourceText.counted_numbers`); a lone line tells nothing, and
# "1\u2002500 platser" may be a wrapped line's thousands.
GROUP_SPACES = " \u00a0\u2009\u202f\u2007\u2006\u2008\u200a\u2004\u2005\u2002"
# Within a line, any other run of white space between words (a tab, a form feed, an em space) is
# a cell's edge, where no number is grouped in thousands (all are normalised to one space).
_HARD_SPACE = lazy_regex.compile(rf"[^\S{GROUP_SPACES}]")
# A line that begins with a number of a numbered list, set off by any space but a tab (a cell's
# edge): one that may group thousands, or a wider one ("3\u2003200 nya bostäder"); and what
# follows it, with the digits after a figure's first (`SourceText.numbered_runs`).
_A_COUNTED_NUMBER = lazy_regex.compile(r"[^\S\n]*(\d{1,2})([^\S\t\n])(\w)(\d*)")
# A unit after a figure's thousands, which makes the figure an amount (`NumberedLine.amount`):
# money's ("2 500 kr", "3 200 kronor", "1 500 mnkr"), a share's, a measure's.
_AN_AMOUNTS_UNIT = lazy_regex.compile(
    r"[^\S\n]*(?:kr|kronor|kronors|sek|tkr|mkr|mnkr|mdkr|msek|miljoner|miljarder|euro|€|%|procent|"
    r"kvm|m²|m2|kvadratmeter|km|kilometer|meter|ton|kwh|mwh|gwh|liter)(?!\w)", re.IGNORECASE)
# A word of letters: an item's words past its amount's unit ("3 200 kr mer i barnbidrag", `_counted_up_to`).
_A_WORD = lazy_regex.compile(r"[^\W\d_]+")
# A line's end that a sentence runs on from into the next line, on a line that runs on (`runs_on`:
# longer than a short line, no table's row): a small letter's or a comma's.
_RUNS_INTO_THE_NEXT = lazy_regex.compile(r"[a-zà-öø-ÿ,][^\S\n]*$")
# A footnote's mark, in superscript digits.
FOOTNOTE_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
# A line's end that ends its sentence (`runs_on`; coverage's paragraphs and headings), a
# footnote's mark after it too ("… nedan.¹", "… nedan. [1]", "… nedan.(1)", flattened by a pdf's
# text, "… nedan.1"): read as none, a paragraph was a heading no plan was asked to quote, and a
# list's item going on into the line under it. A mark's closing parenthesis after a word ("… för
# alla (1)") ends no sentence, as one after a sentence in parentheses does. Nor is a number
# right after the full stop of an abbreviation that leads one ("Mål nr.1", "Kap.3", "sid.4",
# `_LEADS_A_NUMBER`) a mark: read as one, such a heading was an ended sentence, a paragraph.
_LEADS_A_NUMBER = "".join(rf"(?<!\b(?i:{word})\.)" for word in ("nr", "kap", "s", "sid", "kl", "ca", "st", "tel", "dnr", "prop"))
SENTENCE_ENDED = lazy_regex.compile(rf"(?:[.!?:;”\"']|(?<!\(\d)(?<!\(\d\d)\))(?:[{FOOTNOTE_MARKS}]+"
                                    rf"|[^\S\n]?\[\d{{1,2}}\]|[^\S\n]?\(\d{{1,2}}\)"
                                    rf"|(?<=[^\W\d_][.!?]){_LEADS_A_NUMBER}\d{{1,2}})?\s*$")
# A list item's end that ends its sentence, as a heading's never does (`_lists_last_item`).
_ITEMS_END = lazy_regex.compile(r"[.;][\s\"')”]*$")
# How many lines a numbered list's item may run to: its next number is no further below.
_A_LISTS_ITEM_LINES = 8


class NumberedLine(NamedTuple):
    """A line that begins with a number set off by a space (`SourceText.numbered_runs`)."""

    index: int  # the line's, 0-based
    number: int
    space: str  # the space after the number; a tab or a line break in coverage's lists numbered apart (`coverage._runs_apart`), its mark, a full stop or a parenthesis, in its lines numbered so (`coverage._dotted_no_items`)
    first: str  # the character after it
    written: str  # the number as the line writes it ("01"): a list item's mark (`coverage._number_mark`)
    grouping: bool  # whether a figure follows that may be the number's thousands, three digits ("3 200")
    worded: bool  # whether a word follows on the line: "2 Skola", "2 200 nya bostäder", not an amount alone ("2 500")
    unit: bool  # whether a unit follows those three digits (`_AN_AMOUNTS_UNIT`): "2 500 kr per barn"

    @property
    def figure(self) -> bool:
        """Whether a figure follows the number: "3\u2002200 nya bostäder", a list's item 3 or 3 200."""
        return self.first.isdigit()

    @property
    def thousands(self) -> bool:
        """Whether the figure after the number is surely its thousands, three digits beginning with
        0 ("3 000 kr", "2 050 platser"), as no figure of an item's text begins: read as the
        list's, a column of amounts with their unit ("2 500 kr per barn" over "3 000 kr per
        familj") had its correct quote refused as reading two numbers as one."""
        return self.grouping and self.first == "0" and self.space in GROUP_SPACES

    @property
    def amount(self) -> bool:
        """Whether the number, its thousands and a unit read as an amount ("2 500 kr per barn", "3
        200 kronor"), grouped by a space that groups thousands (`GROUP_SPACES`; an em space never
        does): a list's item is no amount but where the list counts on past it by words on both
        sides (`_an_amount`). Read as the list's, a column of amounts under "1 Avgifter" ("2 500 kr
        per barn" over "3 200 kr per familj") was two items to cover, and the correct quotes of the
        amounts were refused as reading a list's number and a figure as one."""
        return self.grouping and self.unit and self.space in GROUP_SPACES


_BETWEEN_WORDS = lazy_regex.compile(r"\s+")
SHORT_LINE = 40  # characters of a line whose end is no space within a wrapped paragraph
# A page's number on a line of its own, as a pdf's text has it: "12", "Sida 2 av 3", "2 (3)",
# "- 2 -", "— 2 av 3 —". Nothing to quote, though dashes around it read like a list's mark. Also
# a bare number, which `page_mark` does not read (it may be a table's value): the coverage report
# reads it as nothing to cover, and as no line between a list's items at a page's break; the quote
# check, at a page's foot, as no range's end (`_at_a_pages_foot`).
PAGE_NUMBER = re.compile(r"(?:(?:sida|s\.)\s*)?\d{1,4}(?:\s*(?:av|/)\s*\d{1,4}|\s*\(\d{1,4}\))?"
                         r"|[-\u2013\u2014]\s*(?:sida\s*)?\d{1,4}(?:\s*(?:av|/)\s*\d{1,4})?\s*[-\u2013\u2014]",
                         re.IGNORECASE)
_LINE_OPENERS = frozenset(LIST_MARKS + "#\f")  # a line that begins so is no paragraph's wrapped line
# A line's indent before its first character: any white space but the form feed that begins a
# page, also after a typesetter's space ("\u2003\f500 nya hushåll", as the page checks read it).
_INDENT = lazy_regex.compile(r"[^\S\f\n]*")


class _Lazy:
    """A set of places (or a mapping from places) computed when first asked about one."""

    def __init__(self, compute: Callable[[], Collection[int]]):
        self._compute, self._set = compute, None

    def _places(self) -> Collection[int]:
        if self._set is None:
            self._set = self._compute()
        return self._set

    def __contains__(self, place: object) -> bool:
        return place in self._places()

    def get(self, place: int, default: int) -> int:
        places = self._places()
        return places.get(place, default) if isinstance(places, Mapping) else default


_NO_PLACES: Mapping[int, int] = MappingProxyType({})
# The `minus` of a quote that begins with a dash before its number (`_SIGN_FIRST`): no dash it may
# not begin after, and only where the source has a dash before its number (`SourceText._signed`).
_SIGNED: Mapping[int, int] = MappingProxyType({})
# The same of a quote that begins with a dash right before its number (`−5 mnkr`), a minus: only
# where the source's dash is one, right before the number or a minus's line or cell (`_AMOUNT`),
# not a dash between words ("Mål – 5 mnkr i år") nor a list's mark (`SourceText._signed`).
_MINUS: Mapping[int, int] = MappingProxyType({})


# Before a number, part of what it says: a sign (dashes are plain by then), and one that compares
# or approximates (`>5 procent` is no `5 procent`).
_SIGNS = "-+<>≤≥±~≈"
_COMPARES = "<>≤≥±~≈"  # those of them that also stand before a number with a space (`< 5 procent`)
# A list's marks first on a line: a dash, `*` or `+` before a space, and bullets, also more than
# one ("- ✓ För att …"); and bullets first in a table's cell ("Räkna.<tab>• Varje vecka."). Only
# there: within a line a bullet is a character of the text ("✓" for done, "□" for not yet, in a
# follow-up's line; "120 → 60").
_BULLET_CLASS = re.escape(LIST_BULLETS)
# Where a table's cell begins, only a list's bullets: a cell's ✓, □, → or ● says done, not yet, a trend.
_CELL_BULLETS = re.escape("•▪◦‣∙·\uf0b7\uf0a7")
# A dash before a space and an amount that is all the rest of its line or cell ("– 5 mnkr",
# "Resultat<tab>– 5,2 mnkr"): a minus, as a budget's table copied line by line or cell by cell
# writes it, not a list's mark; a list item says what the amount is for ("– 10 boenden", "– 5 mnkr
# till fritidsgårdar"). A quote may not begin at its number (`SourceText._minus`), unless it goes
# on past the line into the next and that goes on in a small letter: the item's line broke after
# its amount ("– 5 mnkr" over "till fritidsgårdar"); a table's next label or amount does not so.
_AMOUNT_UNITS = ("%|procent|procentenhet(?:er)?|%-enhet(?:er)?|kr|kronor|tkr|mnkr|mkr|mdkr|mdr|miljoner|miljarder"
                 "|miljoner kronor|miljarder kronor|sek|tsek|msek")
# Its spaces, after the dash, between thousands and before the unit, are any that may group
# thousands: a typesetter sets the unit off by a thin or figure space too ("– 12 000 kr").
_AMOUNT_FIGURE = (rf"\d[\d{GROUP_SPACES},.]*(?:(?<=\d)[{GROUP_SPACES}]?(?i:{_AMOUNT_UNITS})\.?)?"
                  rf"[{GROUP_SPACES}]*(?=\t|$)")
_AMOUNT = rf"[{GROUP_SPACES}]+{_AMOUNT_FIGURE}"
_MINUS_CELL = lazy_regex.compile(rf"-{_AMOUNT}")  # a cell, its dashes plain
# What every `_MINUS_CELL` holds, looked for in a line before its cells are read. (A fraction's
# character, whose digits `_marks_removed` writes out, makes none: `½` is `1/2`, no amount.)
_A_DIGIT = lazy_regex.compile(r"\d")
GOES_ON = lazy_regex.compile(r"[ \t\u00a0]*[a-zà-öø-ÿ]")  # a line that goes on with the one before it, in a small letter
# A line's end on a word that joins it to the next, which no sentence nor heading ends on: a
# preposition, a conjunction, an article ("Fler vakter i" over "Norra Bergby", `wrapped_between`).
# In small letters, as such a word stands within a sentence: "etapp I" ends on a Roman one. A line
# all in capitals is read in small letters ("FLER VAKTER I", `_joins_on`).
_JOINING_END = lazy_regex.compile(r"(?<!\S)(?:i|på|av|för|till|med|om|vid|från|mot|och|eller|samt|att|som|en|ett)[^\S\n]*$")
# A line that is, or ends in, an amount of a budget's table copied line by line: the amount alone,
# with a minus or without ("3 mnkr", "– 2 mnkr"), or a label and its minus ("varav lön – 2 mnkr"),
# set off from the label by any white space: a typesetter's thin space, or a tab, its own cell.
# Its minus may stand close to its number ("−2 mnkr"), which no list's dash does.
_AMOUNT_LINE = lazy_regex.compile(rf"-?[{GROUP_SPACES}]*{_AMOUNT_FIGURE}")
_SIGNED_AMOUNT_END = lazy_regex.compile(rf"\s-[{GROUP_SPACES}]*{_AMOUNT_FIGURE}")
# A quote that begins with a dash before its number ("– 5 mnkr varav lön"): `normalise` drops the
# dash as a list's mark, as a list item's is, but where the source's dash there is a minus the
# quote has the sign with its amount (`SourceText._needle`); where the source has no dash before
# the number, the quote's is a sign it does not write (`SourceText._signed`).
_SIGN_FIRST = lazy_regex.compile(rf"[ \t\u00a0]*[{MINUS_SIGNS}][ \t\u00a0]+\d")
# A dash's, `*`'s or `+`'s space before the item's text is any within a line, as coverage reads
# a list's item (`coverage._LIST_ITEM`): a typesetter sets a list's dash off by a thin or an en
# space ("–\u2009Fler förskolor"), and a quote running into the item over it was refused.
LIST_MARK_SPACE = r"[^\S\n]"
# So is the space a list is indented by before its marks ("\u2003✓ Fler platser"), which coverage
# counted as an item, while a quote running into it was refused; a page's break too ("\f- Fler
# förskolor", the first item atop a page), which coverage read as an item and a quote as a dash.
_LIST_INDENT = LIST_MARK_SPACE
# A page's number between dashes, all of its line ("- 2 -", "\f- 2 -", "– Sida 2 av 3 –"), as
# coverage reads it (`pages.PAGE_NUMBER`): its first dash is no list's mark, and a quote that
# takes it in says it holds both.
_PAGE_NUMBER_AFTER_A_DASH = (rf"{LIST_MARK_SPACE}*(?i:sida{LIST_MARK_SPACE}*)?\d{{1,4}}"
                             rf"(?:{LIST_MARK_SPACE}*(?:av|/){LIST_MARK_SPACE}*\d{{1,4}})?{LIST_MARK_SPACE}*[-{DASH_CHARS}]"
                             rf"{LIST_MARK_SPACE}*$")
# A dash so set off before an amount alone is its minus (`_AMOUNT`), by any such space but a tab:
# "–\u2002331,6 mnkr" (an en space) was a list's mark, and `331,6 mnkr` was found there.
_A_MINUS_SET_OFF = rf"[^\S\t\n]+{_AMOUNT_FIGURE}"
# A line's list marks, in a whole text at each line's start (`_marks_removed`) and in one line
# alike: `^` and `$` in a line without its line break match where they would without MULTILINE.
# One pattern, as its 465 characters were about 0.5 % of `validate`'s instructions to compile.
_LINE_BULLET = lazy_regex.compile(rf"^{_LIST_INDENT}*(?:[*+]{LIST_MARK_SPACE}+"
                          rf"|[-{DASH_CHARS}](?!{_A_MINUS_SET_OFF}|{_PAGE_NUMBER_AFTER_A_DASH}){LIST_MARK_SPACE}+"
                          rf"|[{_BULLET_CLASS}][ \t\u00a0]*)+"
                          rf"|(?<=[\t\f])[ \u00a0]*(?:[{_CELL_BULLETS}][ \t\u00a0]*)+",  # and where a cell begins
                          re.MULTILINE)
# Markdown emphasis: every run of stars but one between two numbers, which multiplies them
# ("5*3 veckor", "5 * 300 kronor": dropped, they read as 53 and 5 300), also with no-break
# spaces or up to three spaces before it, as a pdf's or a word processor's text sets it; also
# next to a bold factor ("**5** * 3", "5 * **3**"), and at a line's end with the other factor
# first on the next line ("5 *" over "3 veckor"), where dropped it read as 5 3.
# After a factor: up to three stars after its digit, then one to three spaces. The spaces are
# looked behind once for each number of them, and what stands before them by `.`: the class of
# spaces in each of the twelve lookbehinds made the pattern four times as costly to compile
# (0.5 % of `validate`'s instructions on the real plans), and `.` before spaces is only those spaces.
_SPACE_IN_LINE = f"[{GROUP_SPACES}]"
_AFTER_A_FACTOR = "|".join(rf"(?<={_SPACE_IN_LINE}{{{spaces}}})(?:"
                           + "|".join(rf"(?<=\d{stars}.{{{spaces}}})" for stars in ("", r"\*", r"\*\*", r"\*\*\*")) + ")"
                           for spaces in (1, 2, 3))
_EMPHASIS = lazy_regex.compile(rf"(?<!\*)(?!(?<=\d)\*+\d|(?:{_AFTER_A_FACTOR})"
                       rf"\*+(?:{_SPACE_IN_LINE}+|{_SPACE_IN_LINE}*\n[ \t\u00a0]*)\*{{0,3}}\d)\*+")
_LONGEST_LABEL = 60  # characters of a label before a text in its cell ("Kontrollmoment/åtgärd: ")
# A Markdown heading's opening marks: before a space, or alone on the line, an empty heading
# ("#", as Markdown reads it; its "#" was compared, and a quote of the text around it told to
# hold it). Not before a tab: that is a table's first cell ("#\tÅtgärd", a column of numbers),
# whose row was taken for a heading, and a quote over it and the next row refused.
_HEADING = lazy_regex.compile(r"^[ \t]*#{1,6}(?: +|[ \t]*$)")


def _a_heading(raw: str) -> bool:
    """Whether a source's line is a Markdown heading whose marks `_marks_removed` drops: also
    after a list's marks ("- ## Rubrik"), which are dropped first."""
    bullet = _LINE_BULLET.match(raw)
    return _HEADING.match(raw[bullet.end():] if bullet else raw) is not None


@dataclass(frozen=True)
class Match:
    line: int  # 1-based line of the source where the quote starts
    end_line: int


@dataclass(frozen=True)
class HeadingCrossed:
    """A Markdown heading a quote runs into or out of (`SourceText.heading_crossing`)."""
    line: int  # 1-based line of the heading
    how: str  # "out": the quote begins in it and runs on past it; "in": it ends in it; "over": it holds it whole
    heading: str  # the heading's whole text, as the source writes it (`written`)
    part: str  # the quote's part within the heading, as the source writes it


_TYPOGRAPHY = _QUOTES | _DASHES
_HEADING_EACH = lazy_regex.compile(_HEADING.pattern, re.MULTILINE)
# A heading's closing marks (`## Mål ##`), which Markdown drops as it does the opening ones: they
# were compared, so a quote over the heading was told the source had »##« where it ran on.
# An empty heading's (`## ##`) follow the opening marks' space straight away: it was named »##«.
_CLOSING_HASHES = lazy_regex.compile(r"(?:[ \t]+|(?<=[ \t]))#+[ \t]*$")
# A star the source escapes (`\*`, as a converter writes a document's own star): the reader sees
# a star, which a quote types as one, so the backslash is no part of the compared text.
_ESCAPED_STAR = "\\*"


def _heading_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """Where each heading's marks stand in `text` (its lines' list marks already taken away):
    the opening ones, replaced by a space, and the closing ones, by nothing."""
    for found in _HEADING_EACH.finditer(text):
        yield found.start(), found.end(), " "
        line_end = text.find("\n", found.end())
        closing = _CLOSING_HASHES.search(text, found.end(), len(text) if line_end < 0 else line_end)
        if closing:
            yield closing.start(), closing.end(), ""


def _headings_unmarked(text: str) -> str:
    """`text` without its headings' marks (`_heading_marks`)."""
    kept, last = [], 0
    for start, end, replacement in _heading_marks(text):
        kept += [text[last:start], replacement]
        last = end
    kept.append(text[last:])
    return "".join(kept)


# What is dropped (emphasis marks, invisible characters, NUL) is deleted, typography made plain
# (an ellipsis three full stops), and
# whitespace folded by `str.split`, which splits on exactly the characters `\s` matches.
# (One `str.replace` per character, skipped when it does not occur: `str.translate` with a
# table looks up every character of a long source in Python.)
_DROPPED = (sorted((chr(k), v) for k, v in _TYPOGRAPHY.items()) + sorted(_LIGATURES.items()) + [("\u2026", "...")]
            + [("\u2044", "/")] + [(c, "") for c in sorted(_INVISIBLE | {"\0"})])  # a fraction slash (`1⁄2`) too
# A fraction in one character (`½`, `¾`) is its digits and a slash, as typed (`1/2`); not after a
# digit, where `1½` is one and a half and `11/2` would say five and a half. After a number and a
# space it is a mixed number's fraction as typed (`1 ½` is `1 1/2`, which `_mixed` keeps whole).
_FRACTIONS = {char: unicodedata.normalize("NFKC", char).replace("\u2044", "/") for char in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"}
_FRACTION = lazy_regex.compile(rf"(?<!\d)[{''.join(_FRACTIONS)}](?!\d)")
_FRACTION_TYPED = lazy_regex.compile(r"\d{1,2}/\d{1,2}(?![\d,./:])")  # `1/2`, `3/4`; not `2024/2025` nor a date
# A per cent sign right after its number (`15%`) is compared as with a space before it (`15 %`,
# `15\u00a0%`), as Swedish sets it: a space, not none, so that a table's `15<tab>%` is `15 %` too.
_PERCENT = lazy_regex.compile(rf"(?<=[\d{''.join(_FRACTIONS)}])%")  # also after a fraction's character (`½%`)
_FIRST_MARKS = frozenset("-+") | _BULLETS  # what may begin a list's marks (dashes and `*`: `_MARK_ANYWHERE`)


# Every character `_marks_removed` acts on wherever it stands, and the line break after which
# a list's mark may stand: a quote with none of them, whose first character is no list's mark,
# is as it was (one scan, where the patterns and tests took two thirds of normalising a quote).
_MARK_ANYWHERE = lazy_regex.compile("[" + re.escape("".join(sorted({"*", "#", "\n", "%", "_"} | _BULLETS | set(_FRACTIONS)
                                                           | {char for char, _ in _DROPPED}))) + "]")


_STAR_RUN = lazy_regex.compile(r"\*+")
# Markdown's emphasis in underscores, as a web page's text converted to Markdown writes italics
# and bold: one to three that open at a word's start ("Vi vill _minska_ köerna", "_1)_ Fler
# förskolor", "__2.__ …") or close at its end, after a word's letter or its mark ("_Viktigt._").
# They are dropped as emphasis's stars are, a run alone too, so that a quote that begins or ends
# inside the emphasis reads the source as one typed either way does: kept, the quote "minska
# köerna" was told it began inside a word, "1) Fler förskolor" was refused. An underscore inside
# a word ("fil_namn", Markdown's too), alone between spaces, or four or more (a form's blank line,
# "____") is text.
_UNDERSCORE_EMPHASIS = lazy_regex.compile(r"(?<![^\W_])(?<!_)_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![^\W_])(?!_)")


def _emphasis_removed(text: str) -> str:
    """`_EMPHASIS.sub("", text)`, tried only where a run of stars begins: a pattern that begins
    with a condition is tried at every character, and took a third of `validate`'s time more
    on 1,000 plans (`make bench`); a run's first star is where its matches begin."""
    if "*" not in text:
        return text
    kept, last = [], 0
    for start, end in _emphasis_spans(text):
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return "".join(kept)


def _emphasis_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where `_emphasis_removed` drops a run of stars, in order."""
    for stars in _STAR_RUN.finditer(text):
        found = _EMPHASIS.match(text, stars.start())
        if found:
            yield stars.start(), found.end()


def _marks_removed(text: str) -> str:
    """List bullets, heading marks and emphasis removed, typography made plain (also a fraction's
    character and a per cent sign's space); line breaks kept."""
    if _MARK_ANYWHERE.search(text) is None and text.lstrip()[:1] not in _FIRST_MARKS:
        return text
    text = _LINE_BULLET.sub(" ", text)
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub("", text)
    if "#" in text:
        text = _headings_unmarked(text)
    if _ESCAPED_STAR in text:
        text = text.replace(_ESCAPED_STAR, "*")
    text = _emphasis_removed(text)
    for char, replacement in _DROPPED:
        if char in text:
            text = text.replace(char, replacement)
    if "%" in text:
        text = _PERCENT.sub(" %", text)
    if any(char in text for char in _FRACTIONS):  # a search for each is faster than the pattern's scan of a source
        text = _FRACTION.sub(lambda found: _FRACTIONS[found.group()], text)
    return text


# How a hint shows what `_marks_removed` changed (`SourceText.as_written`): the source's own
# typography, ellipsis, fraction slash and fraction character, which a quote matches typed either
# way; a ligature (`ﬁ`) as its letters, the form a pdf's text layer stores them in and no character
# a reader sees; and nothing of what is invisible (soft hyphens, zero-width spaces) or markup (a
# list's bullet, a heading's marks, emphasis), nor the space compared before a per cent sign.
_DROPPED_CHARS = dict(_DROPPED)
_SPELLED_OUT = frozenset(_LIGATURES)
_Piece = tuple[str, str]  # characters of the compared text, and what of the source they show as written
_MARKS_GAP: _Piece = (" ", "")  # where a list's or a heading's marks were, or a space before a per cent sign
_ESCAPED_STAR_PIECE: _Piece = ("*", _ESCAPED_STAR)  # in `_written_pieces`, until shown as the reader sees it


def _written_pieces(text: str) -> list[_Piece]:
    """`_marks_removed(text)` in pieces, each with the source's characters it came from as a hint
    shows them: the same steps in the same order, each keeping where its text came from."""
    pieces = [(char, char) for char in text]
    pieces = _pieces_edited(pieces, [(found.start(), found.end(), [_MARKS_GAP])
                                     for found in _LINE_BULLET.finditer(text)])
    pieces = _pieces_edited(pieces, [(found.start(), found.end(), [])
                                     for found in _UNDERSCORE_EMPHASIS.finditer(_pieces_text(pieces))])
    pieces = _pieces_edited(pieces, [(start, end, [_MARKS_GAP] if gap else [])
                                     for start, end, gap in _heading_marks(_pieces_text(pieces))])
    pieces = _pieces_edited(pieces, [(found.start(), found.end(), [_ESCAPED_STAR_PIECE])
                                     for found in re.finditer(re.escape(_ESCAPED_STAR), _pieces_text(pieces))])
    # An escaped star dropped as emphasis is still shown, as the reader sees it; kept, as a star.
    pieces = _pieces_edited(pieces, [(start, end, [("", "*") for piece in pieces[start:end]
                                                   if piece == _ESCAPED_STAR_PIECE])
                                     for start, end in _emphasis_spans(_pieces_text(pieces))])
    pieces = [("*", "*") if piece == _ESCAPED_STAR_PIECE else piece for piece in pieces]
    pieces = [(_DROPPED_CHARS[compared], _DROPPED_CHARS[compared] if compared in _SPELLED_OUT else written)
              if compared in _DROPPED_CHARS else (compared, written) for compared, written in pieces
              if _DROPPED_CHARS.get(compared) != ""]
    pieces = _pieces_edited(pieces, [(found.start(), found.start(), [_MARKS_GAP])
                                     for found in _PERCENT.finditer(_pieces_text(pieces))])
    return _pieces_edited(pieces, [(found.start(), found.end(), [(_FRACTIONS[found.group()], found.group())])
                                   for found in _FRACTION.finditer(_pieces_text(pieces))])


def _pieces_text(pieces: list[_Piece]) -> str:
    """The compared text of `pieces`."""
    return "".join(compared for compared, _ in pieces)


def _pieces_edited(pieces: list[_Piece], edits: list[tuple[int, int, list[_Piece]]]) -> list[_Piece]:
    """`pieces` with the pieces that begin within each edit's span of their compared text (in
    order, apart) replaced by its pieces; an empty span inserts them."""
    if not edits:
        return pieces
    edited, index, place = [], 0, 0
    for start, end, new in edits:
        while index < len(pieces) and place < start:
            edited.append(pieces[index])
            place += len(pieces[index][0])
            index += 1
        edited += new
        while index < len(pieces) and place < end:
            place += len(pieces[index][0])
            index += 1
    return edited + pieces[index:]


def _words_and_spaces(pieces: list[_Piece]) -> list[_Piece]:
    """A line's pieces with white space folded as `str.split` and one space fold it: each run
    between words one space, shown as the source's own where that is one space character (a
    no-break or thin space), as none where the source has none (`15%`), and as a plain space
    for a tab, a run of spaces or a list's marks."""
    folded: list[_Piece] = []
    gap: list[str] = []
    for compared, written in pieces:
        if compared.isspace():
            gap.append(written)
            continue
        if gap and folded:
            space = "".join(gap)
            folded.append((" ", space if len(space) == 1 and unicodedata.category(space) == "Zs"
                           else " " if space else ""))
        gap = []
        folded.append((compared, written))
    return folded


def cells(line: str) -> list[str]:
    """A source line's cells, split at its tabs as `SourceText` counts them: after a list's
    bullet and its tab are taken away ("•\tAntal hemlösa" is one cell)."""
    return _marks_removed(line).split("\t")


# A soft hyphen at a line's end: the word goes on on the next line (`SourceText` joins them so).
_SOFT_HYPHEN_BREAK = lazy_regex.compile(r"\u00ad[^\S\n]*\n[^\S\n]*(?=\S)")


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    # Cached: checks, coverage and linking each normalise the same quotes.
    text = unicodedata.normalize("NFC", normalise_newlines(text))
    if "\u00ad\n" in text or "\u00ad" in text and _SOFT_HYPHEN_BREAK.search(text):
        text = _SOFT_HYPHEN_BREAK.sub("", text)
    return " ".join(_marks_removed(text).split())


def _starts_whole(text: str, start: int, first: str, hard: Collection[int] = frozenset(),
                  joins: Collection[int] = frozenset(), minus: Collection[int] = frozenset()) -> bool:
    """Nothing of the same word or number stands right before `start`."""
    if start == 0:
        return True
    if not first.isalnum():
        if first == "%" and _per_cent(text, start + 1):
            return False  # `%-15 %` in `10 %-15 %`: the first number's sign, and the rest read as a minus
        # `-10` in `5-10`, `,5` in `1,5`: a range's or a number's last part, read as a number of its own
        return not (first in _WITHIN_NUMBER + "-" and text[start - 1].isdigit() and text[start + 1:start + 2].isdigit()
                    and not _years_apart(text, start))
    before, earlier = text[start - 1], text[start - 2] if start >= 2 else " "
    if before.isalnum():
        return False  # `acceptabelt` in `oacceptabelt`
    if first.isdigit():
        if before in _WITHIN_NUMBER and earlier.isdigit() and not _years_apart(text, start - 1):
            return False  # `5` in `1,5`, `2` in `1/2`, `30` in `22:30`; `2025` in `2024/2025` is a year
        if before in _SIGNS and not earlier.isalnum() and not (before == "-" and (minus is _SIGNED or minus is _MINUS)) \
                or before == "=" and earlier in "<>":
            return False  # `5` in `-5`, `>5` or `>=5` (unless the quote has the minus); `2026` in `2024-2026` may be quoted
        if before == "#":
            return False  # `3` in `#3`, a number's label: `Åtgärd #3 fler familjehem` counts no three
        if before == " " and earlier == "-" and start - 2 in minus:
            return False  # `5 mnkr` in a cell or line `– 5 mnkr`, a minus (`_AMOUNT`)
        if before == " " and _compared(text, start - 1, joins):
            return False  # `5` in `< 5` or `+/- 5`
        if _a_ranges_last(text, start, hard, joins):
            return False  # `10` in `5-10` or `5 - 10`; `2026` in `2024-2026` is a year
        if start >= 4 and _spaced_times(text, start - 3, hard, joins) and text[start - 4].isdigit():
            return False  # `300` in `5 * 300`
        if (before == " " and _a_thousands_group(text, start) and _leads_thousands(text, start - 1)
                and start - 1 not in hard):
            return False  # `500` in `1 500` (normalised, a no-break or thin space is a space too)
        if before == " " and _FRACTION_TYPED.match(text, start) and _mixed(text, start - 1, hard):
            return False  # `1/2` in `1 1/2` or `1 ½`, one and a half
    elif before == "-" and earlier.isalnum() or before == " " and earlier == "-" and _goes_on(text, start - 2, joins):
        return False  # `vinstdrivande` in `icke-vinstdrivande`, also broken (`icke- vinstdrivande`)
    return True


def _compared(text: str, space: int, joins: Collection[int]) -> bool:
    """Whether the space at `space` stands between a number and a comparison or approximation
    sign before it (`< 5`, `>= 5`, `=< 5`, `± 5`, `+/- 5`): not an arrow (`->`, `=>`), the end of
    a web page's tag (`<br> 5`) or a Markdown quotation's `>` first on a line."""
    if text[max(0, space - 3):space] in ("+/-", "-/+"):
        return True
    sign = space - 2 if text[space - 1:space] == "=" and text[space - 2:space - 1] in "<>" and space >= 2 else space - 1
    if sign < 0 or text[sign] not in _COMPARES:
        return False
    before = text[sign - 1] if sign else " "
    if before.isalnum() or text[sign] == ">" and sign == space - 1 and before in "-=":
        return False
    return not (text[sign] == ">" and (sign == 0 or sign - 1 in joins))


def _years_apart(text: str, slash: int) -> bool:
    """Whether the character at `slash` is a slash or a dash between two years, the later second
    (`_YEARS`), the dash also with a space on either side (`2024 - 2026`) or after it alone, as
    where a line's end follows it (`2024-` over `2026`)."""
    if text[slash] not in "/-":
        return False
    first = slash - 5 if text[slash - 1:slash] == " " else slash - 4
    found = _YEARS.match(text, first) if first >= 0 else None
    return found is not None and found.end(1) == first + 4 and int(found.group(1)) < int(found.group(2))


# A date as `YYYY-MM-DD` (its dashes plain), and two of them with a dash between them, also spaced
# (`2025-03-01 – 2025-06-30`): a period, either of whose dates a quote may begin or end at, as at
# a year of a range of years; the dash stands between the first date's day and the second's year,
# which are no range (`01-2025`).
_DATE = r"(?:19|20)\d\d-\d\d-\d\d"
_DATES = lazy_regex.compile(rf"(?<![\d-]){_DATE}(?:-| - ){_DATE}(?![\d-]\d|\d)")


def _dates_apart(text: str, dash: int) -> bool:
    """Whether the dash at `dash` stands between two dates (`_DATES`), with a space on either side or none."""
    first = dash - 11 if text[dash - 1:dash] == " " else dash - 10
    return first >= 0 and _DATES.match(text, first) is not None


def _per_cent(text: str, end: int) -> bool:
    """Whether a number's per cent sign, after a space (`10 %`, as compared), ends at `end`."""
    return text[end - 2:end] == " %" and text[end - 3:end - 2].isdigit()


def _range_dash(text: str, number: int, after: bool, hard: Collection[int], joins: Collection[int]) -> int | None:
    """The place of the dash that makes the number beginning (or, `after`, ending) at `number`
    one end of a range: a dash between it and a number right before it (after it), as in
    `5-10`, or with a space after it, as in `5 - 10` or `5- 10` (`–` and `—` are plain by then),
    the space before the dash within one line and the one after it not at a cell's edge (`hard`):
    a line's end after the dash is a wrapped line's (`5 –` over `10 boenden`), but one before it
    begins a minus's line (`5` over `– 10 mnkr`), and a space before the dash alone (`5 -10`) a
    negative number. A dash with a space is one from less to more: after a larger number, or
    after a label's number, it is a dash between words ("Under 2025 – 3 nya boenden", "Mål 1 – 3
    nya boenden"). A per cent sign may follow both ends (`10 % - 15 %`), not the first alone.
    None for a range of years (`2024-2026`) or of dates (`2025-03-01 - 2025-06-30`), either of
    whose ends a quote may begin or end at."""
    step = 1 if after else -1
    near = number if after else number - 1  # the character next to the number, on the range's side
    if text[near:near + 1] == "-":
        dash = near
    elif text[near:near + 1] == " " and text[near + step:near + step + 1] == "-":
        dash = near + step
    else:
        return None
    space_before, space_after = text[dash - 1:dash] == " ", text[dash + 1:dash + 2] == " "
    if (space_before and (not space_after or dash - 1 in hard or dash - 1 in joins)
            or space_after and dash + 1 in hard and not _wraps(joins, dash + 1)):
        return None  # a short line's end after the dash goes on, as a paragraph's wrapped line's does (`5-` over `10`)
    first_end, second_start = dash - space_before, dash + 1 + space_after
    per_cent = _per_cent(text, first_end)  # `10 % - 15 %`: both ends then have the sign
    first_end -= 2 * per_cent
    if not (first_end > 0 and text[first_end - 1].isdigit() and text[second_start:second_start + 1].isdigit()):
        return None
    if per_cent:
        second = _HIGH_VALUE.match(text, second_start)  # none where the second is part of a date
        if second is None or not _per_cent(text, second.end() + 2):
            return None
    if _years_apart(text, dash) or _dates_apart(text, dash):
        return None
    if space_after and not _ascending(text, first_end, second_start) and not (
            not space_before and dash + 1 in joins and (_a_year_and_the_next(text, first_end, second_start)
                                                        or _years_falling(text, first_end, second_start))):
        return None  # but `2024-` over `25` reads as `2024-25` does, and `2025-` over `2024` as `2025-2024`
    return dash


_A_YEAR_BEFORE = lazy_regex.compile(r"(?<![\d,.:])(?:19|20)\d\d\Z")
_TWO_DIGITS = lazy_regex.compile(r"\d\d(?![\d,.:]?\d)")
_A_YEAR_AFTER = lazy_regex.compile(r"(?:19|20)\d\d(?![\d,.:/]?\d)")


def _a_year_and_the_next(text: str, first_end: int, second_start: int) -> bool:
    """Whether a year ends at `first_end` and the next year's last two digits begin at
    `second_start` (`2024-` over `25`: a school's or a budget's year, `2024-25`)."""
    year, short = _A_YEAR_BEFORE.search(text, max(0, first_end - 4), first_end), _TWO_DIGITS.match(text, second_start)
    return year is not None and short is not None and (int(year.group()) + 1) % 100 == int(short.group())


def _years_falling(text: str, first_end: int, second_start: int) -> bool:
    """Whether a year ends at `first_end` and one no later begins at `second_start` (`2025-` over
    `2024`): no period (`_years_apart`), but a range as `2025-2024` on one line is, which a quote
    may not cut. Read as a dash between words after a larger number, a quote ending at `2025`
    was found where the line broke, and refused where it did not."""
    first, second = _A_YEAR_BEFORE.search(text, max(0, first_end - 4), first_end), _A_YEAR_AFTER.match(text, second_start)
    return first is not None and second is not None and int(first.group()) >= int(second.group())


# A number's value as a range's end writes it ("5", "2,5", "1 500", "1 500,5", a time's "8.00" or
# "8:00"), read back from its end; and the second end's, read on from its start. Neither is part
# of a date, a school year or a telephone number ("2024-03-01 – 2 beslut", "Bilaga 1 –
# 2024-03-01", "2024/25 – 2026/27": `01 - 2`, `1 - 2024` and `25 - 2026` are no ranges). The
# second's thousands are read where the first groups its own or has fewer than four digits
# ("1 500 – 2 000", "500 – 2 000"): after a number of four digits or more written without a
# space, most often a year, a dash stands between words ("Under 2025 – 3 000 nya bostäder"), as
# it does after a larger number.
_LOW_VALUE = lazy_regex.compile(r"(?<![\d,.:])(?<!\d[-/])(?:\d{1,3}(?: \d{3})+|\d+)(?:[,.:]\d+)?\Z")
_HIGH_VALUE = lazy_regex.compile(r"\d+(?:[,.:]\d+)?(?![\d,.:]?\d|[-/]\d)")
_HIGH_GROUPED = lazy_regex.compile(r"\d{1,3}(?: \d{3})+(?:[,.:]\d+)?(?!\d|[-/]\d)|" + _HIGH_VALUE.pattern)
_LONGEST_VALUE = 24  # characters of a range's first end that `_LOW_VALUE` reads back


def _value(written: str) -> float:
    return float(written.replace(" ", "").replace(",", ".").replace(":", "."))


# A label's word before a number, capitalised as a heading's or a list item's first word ("Mål 1 –
# 3 nya boenden", "Kapitel 4 – 2025 års budget", "Delmål 2 – 50 fler lägenheter", "Indikator 1 –
# 85 % nöjda"), or a minute's paragraph sign ("§ 45 – 2024 års bokslut"): the number names what
# follows, and a spaced dash after it stands between the name and the text.
_LABEL = lazy_regex.compile(r"(?:§|(?<![\w.])(?=[A-ZÅÄÖ])(?i:[^\W\d_]*(?:mål|område|uppdrag|åtagande|åtgärd|insats|aktivitet"
                    r"|strategi|prioritering|inriktning|indikator|mått|nyckeltal|förslag|yrkande|ärende)"
                    r"|kapitel|kap\.|avsnitt|del|bilaga|målsättning|punkt|steg|fas|etapp|nr\.?|nummer|fråga"
                    r"|tabell|figur|diagram|paragraf)) \Z")
_LONGEST_LABEL_WORD = 40


def _labels_number(text: str, start: int) -> re.Match | None:
    """The label's word that stands right before the number that begins at `start` (`_LABEL`), if one does."""
    return _LABEL.search(text, max(0, start - _LONGEST_LABEL_WORD), start)


# A phase's or step's word, whose number begins a compound as often as it names the phase ("Fas 3-"
# over "anställningar", "Steg 1-" over "insatser": "fas 3-anställning"): `_a_labels_dash`.
_A_COMPOUNDS_LABEL = lazy_regex.compile(r"(?i)(?:fas|steg|etapp) \Z")


def _a_labels_dash(text: str, hyphen: int) -> bool:
    """Whether the hyphen at `hyphen` follows a label's number right after its digits ("Mål 3-"
    over "öka tryggheten"): a dash between the label and its title, no number's word broken. Not
    after a phase's or step's word (`_A_COMPOUNDS_LABEL`: "Fas 3-" over "anställningar" goes on)."""
    start = hyphen
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    label = _labels_number(text, start) if start < hyphen else None
    return label is not None and not _A_COMPOUNDS_LABEL.match(label.group())


def _ascending(text: str, first_end: int, second_start: int) -> bool:
    """Whether the number that ends at `first_end` is less than the one that begins at `second_start`,
    and no label's number (`_LABEL`)."""
    low = _LOW_VALUE.search(text, max(0, first_end - _LONGEST_VALUE), first_end)
    if low is None or _labels_number(text, low.start()):
        return False
    grouped = " " in low.group() or _value(low.group()) < 1000
    high = (_HIGH_GROUPED if grouped else _HIGH_VALUE).match(text, second_start)
    return high is not None and _value(low.group()) < _value(high.group())


def _a_ranges_first(text: str, end: int, hard: Collection[int], joins: Collection[int]) -> bool:
    """Whether the number that ends at `end` is a range's first (`_range_dash`): a quote that
    ends there says the least of the range as all of it."""
    return text[end:end + 1] in ("-", " ") and _range_dash(text, end, True, hard, joins) is not None


def _a_ranges_last(text: str, start: int, hard: Collection[int], joins: Collection[int]) -> bool:
    """Whether the number that begins at `start` is a range's last (`_range_dash`): a quote that
    begins there says the most of the range as all of it."""
    return text[start - 1:start] in ("-", " ") and _range_dash(text, start, False, hard, joins) is not None


# Two numbers with a dash between them, what `_range_dash` reads as a range ("5-10", "5 - 10",
# "1 500 - 2 000", "8:00 - 17:00", "10 % - 15 %", "10-15 %").
# A number that begins with a nought ("016-710 10 00") is a telephone's, not a range's.
_RANGE_END = r"(?:\d{1,3}(?: \d{3})+|\d+)(?:[,.:]\d+)?(?: %)?"
_RANGE = lazy_regex.compile(rf"(?!0\d){_RANGE_END}(?:-| - |- ){_RANGE_END}")


def _numeric(edge: str) -> bool:
    """Whether a quote's first two characters (or last two, reversed) are a number's edge: a
    digit, or a decimal mark, a fraction's slash or a range's dash before one (`-10` of `5-10`)."""
    return edge[:1].isdigit() or edge[:1] in _WITHIN_NUMBER + "-" and edge[1:2].isdigit()


def _spaced_times(text: str, space: int, hard: Collection[int], joins: Collection[int]) -> bool:
    """Whether a product's sign with a space on either side begins at `space` (`_SPACED_TIMES`),
    within one cell: a table's `X` or `×` in a cell of its own between two numbers' cells
    ("Kontroll<TAB>5<TAB>X<TAB>300") marks a column, and multiplies nothing. A line's end is no
    cell's edge (`5 *` over `3 veckor` multiplies)."""
    return text[space:space + 3] in _SPACED_TIMES and not any(
        place in hard and place not in joins for place in (space, space + 2))


def _a_times_x(text: str, place: int) -> bool:
    """Whether the letter at `place` is an x between two digits, a product's sign (`2x300`)."""
    return text[place] in "xX" and text[place - 1:place].isdigit() and text[place + 1:place + 2].isdigit()


# A word of a number's and a hyphen's ("1990-talet", broken at a line's end "1990- talet"): `_number_kind`.
_A_NUMBERS_WORD = lazy_regex.compile(r"[^\W\d_]*\d+- ?[^\W\d_]+")  # also a road's ("E4-an")


def _number_kind(piece: str) -> str:
    """What a quote cuts that begins or ends inside the number `piece` of its source (`cut_edge`):
    a "range" (`5-10`, `5 - 10`), a "word" a number begins (`1990-talet`), or a "number" (`1 500`,
    `22:30`, the date `2025-03-01`)."""
    return "range" if _RANGE.fullmatch(piece) else "word" if _A_NUMBERS_WORD.fullmatch(piece) else "number"


def _a_thousands_group(text: str, start: int) -> bool:
    """Whether three digits, and no more, begin at `start`."""
    group = text[start:start + 3]
    return len(group) == 3 and group.isdigit() and not text[start + 3:start + 4].isdigit()


def _mixed(text: str, space: int, hard: Collection[int]) -> bool:
    """Whether the space at `space`, before a fraction, follows a whole number of one to three
    digits within a cell: a mixed number (`1 1/2`, `1 ½`), one and a half."""
    return space not in hard and _leads_thousands(text, space)


def _leads_thousands(text: str, end: int) -> bool:
    """Whether one to three digits, and no more (nor a decimal's), end at `end`."""
    first = end
    while first > 0 and text[first - 1].isdigit() and end - first < 4:
        first -= 1
    return 1 <= end - first <= 3 and not (first > 0 and (text[first - 1].isdigit() or text[first - 1] in _NUMBER_JOINS
                                                          and text[first - 2:first - 1].isdigit()))


# The word after a hyphen and a space that makes the word before it the first part of two words
# ("barn- och ungdomsverksamhet", "kort- respektive långsiktiga"): a quote may begin there.
SUSPENDED = lazy_regex.compile(r"(?:och|eller|samt|som|respektive|resp\.|till|men|&)(?!\w)")
_PREFIX = 4  # letters at most of a word before a hyphen within a line that goes on after a space ("icke- vinst…")


def _wraps(joins: Collection[int], space: int) -> bool:
    """Whether the line's end at `space` (one of `joins`) is a paragraph's wrapped line's: no
    table's line's end, nor one before an empty line, a heading or a list item
    (`SourceText._join_spaces`); where a number's word may go on ("1990-" over "talet"), not an
    open range's ("Vandringar<tab>2024-" over "nattvandring<tab>2025")."""
    return bool(joins.get(space, 0)) if isinstance(joins, (Mapping, _Lazy)) else space in joins


def _goes_on(text: str, hyphen: int, joins: Collection[int]) -> bool:
    """Whether the word that ends with the hyphen at `hyphen` goes on after the space that
    follows it: at a line's end (a word the document broke there), or within a line after a
    prefix ("icke- vinstdrivande", where lines were joined with a space); not before a word
    that makes it the first part of two ("barn- och ungdom"), nor after a longer word ("Trygghet- en fråga")."""
    if not text[hyphen + 2:hyphen + 3].isalnum() or SUSPENDED.match(text, hyphen + 2):
        return False
    word = re.search(r"[^\W\d_]+$", text[max(0, hyphen - 40):hyphen])
    if word is None:  # a number's word broken at a paragraph's wrapped line's end before its small letters (`1990- talet`)
        return (text[hyphen - 1:hyphen].isdigit() and _wraps(joins, hyphen + 1) and text[hyphen + 2].islower()
                and not _a_labels_dash(text, hyphen))
    return hyphen + 1 in joins or len(word.group()) <= _PREFIX


def _whole_starts(text: str, needle: str, hard: Collection[int] = frozenset(),
                  joins: Collection[int] = frozenset(), minus: Mapping[int, int] | _Lazy = _NO_PLACES
                  ) -> Iterator[int]:
    """Where `needle` occurs in `text`, beginning and ending at a word's or number's edge: the
    spaces at `hard` (a cell's edge, a paragraph's end) group no number's thousands, and those
    at `joins` (a line's end) go on with a word a hyphen broke there, and the dashes at `minus`
    (first in a line or cell before an amount) are a number's sign, unless the needle runs past
    the place `minus` gives (its line's end, where the next goes on in a small letter: `_AMOUNT`)."""
    start = text.find(needle) if needle else -1
    while start >= 0:
        end = start + len(needle)
        signs = _NO_PLACES if minus.get(start - 2, end) < end else minus  # a list item's line broke after its amount
        if (_starts_whole(text, start, needle[0], hard, joins, signs)
                and _ends_whole(text, end, needle[-1], hard, joins)):
            yield start
        start = text.find(needle, start + 1)


def _token_end(text: str, place: int) -> int:
    """Where the run of characters other than spaces that holds `place` ends."""
    end = text.find(" ", place)
    return len(text) if end < 0 else end


def _crosses(edges: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted places `edges` lies inside the span, not at its ends."""
    at = bisect.bisect_right(edges, start)
    return at < len(edges) and edges[at] < end


def _ends_whole(text: str, end: int, last: str, hard: Collection[int] = frozenset(),
                joins: Collection[int] = frozenset()) -> bool:
    """Nothing of the same word or number stands right after `end`."""
    if end == len(text):
        return True
    after = text[end]
    if last.isdigit() and after == " " and _a_thousands_group(text, end + 1) and _leads_thousands(text, end) \
            and end not in hard:
        return False  # `1` in `1 500`
    if last.isdigit() and _spaced_times(text, end, hard, joins) and text[end + 3:end + 4].isdigit():
        return False  # `5` in `5 * 300`
    if last.isdigit() and after == " " and _FRACTION_TYPED.match(text, end + 1) and _mixed(text, end, hard):
        return False  # `1` in `1 1/2` or `1 ½`
    if last.isalpha() and after == "-" and (text[end + 1:end + 2].isalnum()
                                            or text[end + 1:end + 2] == " " and _goes_on(text, end, joins)):
        return False  # `icke` in `icke-vinstdrivande`, `barn` in `barn- fattigdomen`
    if last.isdigit() and after == "-" and (text[end + 1:end + 2].isalpha()
                                            or text[end + 1:end + 2] == " " and _goes_on(text, end, joins)):
        return False  # `1990` in `1990-talet`, also broken (`1990- talet`): a year, not the decade
    if (last.isdigit() or _per_cent(text, end)) and _a_ranges_first(text, end, hard, joins):
        return False  # `5` in `5-10` or `5 - 10`, `2023` in `2023-24`; `2024` in `2024-2026` is a year
    if last.isalnum():
        return not after.isalnum() and not (last.isdigit() and after in _WITHIN_NUMBER
                                             and end + 1 < len(text) and text[end + 1].isdigit()
                                             and not _years_apart(text, end))
    if last == "-":
        number = end - 2 if text[end - 2:end - 1] == " " else end - 1  # where the number before the dash ends
        if number > 0 and (text[number - 1].isdigit() or _per_cent(text, number)) \
                and _a_ranges_first(text, number, hard, joins):
            return False  # `5 -` in `5 - 10`, `5-` in `5- 10`: the range's first number said as all of it
    # `1,` in `1,5`, `5-` in `5-10`: a quote ending on a decimal mark or a range's dash ends inside the number
    return not (last in _WITHIN_NUMBER + "-" and after.isdigit() and end >= 2 and text[end - 2].isdigit()
                and not _years_apart(text, end - 1))


def look_alike(quote: str, passage: str) -> tuple[str, str] | None:
    """Where `quote` and `passage` (normalised text of the source) differ by characters that
    are the same letters in another form, such as the ligature `ﬁ` for `fi` from a PDF or a
    full-width `ａ`, or letters of another script that look the same (a Cyrillic `а`): the
    quote's and the passage's form, or None. Such a quote and the
    closest passage look identical on screen, so the message has to name the difference."""
    needle = normalise(quote)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, needle, passage, autojunk=False).get_opcodes():
        if tag == "replace":
            ours, theirs = needle[i1:i2], passage[j1:j2]
            if unicodedata.normalize("NFKC", ours) == unicodedata.normalize("NFKC", theirs) or _other_script(ours, theirs):
                return ours, theirs
    return None


# Cyrillic and Greek letters drawn as a Latin one is, and that Latin letter: what a web page or
# a keyboard layout puts in a text, which looks the same on screen (any other letter of those
# scripts looks otherwise, and "фыв" is not said to look like "fyr").
_LOOKALIKES = dict(zip("аеорсухіјѕАВЕКМНОРСТХοανρΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "aeopcyxijsABEKMHOPCTXoavpABEZHIKMNOPTYX"))


def _other_script(ours: str, theirs: str) -> bool:
    """Whether two texts differ only by Cyrillic or Greek letters in place of the Latin letters
    they look like (`_LOOKALIKES`): a Cyrillic `а` or a Greek `ο` for a Latin `a` or `o`."""
    return len(ours) == len(theirs) and all(
        a == b or _LOOKALIKES.get(a) == b or _LOOKALIKES.get(b) == a for a, b in zip(ours, theirs))


@dataclass(frozen=True)
class Difference:
    """Where a quote departs from the passage it is closest to, in whole words of the
    normalised texts: the quote's words before the place, and what each text has there."""

    before: str
    ours: str
    theirs: str
    where: tuple[int, int] = (0, 0)  # the source's words there, as a span of the text compared with (`around`)


def differences(quote: str, around: str) -> list[Difference]:
    """The places where `quote` differs from the source around its closest passage
    (`SourceText.closest_widened`), word by word. The source's words beyond the quote's ends
    are no differences; where the quote's first or last words differ, the source's as many
    words next to the rest are what it has there. The quote's words are told as the plan
    writes them (`_written_words`): a party office knows its own words by them."""
    ours = normalise(quote).split()
    written = _written_words(quote, ours)
    spans = [(word.start(), word.end()) for word in re.finditer(r"\S+", around)]
    theirs = [around[start:end] for start, end in spans]
    steps = [list(step) for step in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes()]
    while steps and steps[0][0] == "insert":
        steps.pop(0)
    while steps and steps[-1][0] == "insert":
        steps.pop()
    if len(steps) > 1 and steps[0][0] == "replace":  # `Jag vill` against `… vräkas. Vi vill`
        steps[0][3] = max(steps[0][3], steps[0][4] - (steps[0][2] - steps[0][1]))
    if len(steps) > 1 and steps[-1][0] == "replace":  # `som ett tvång.` against `som en kontroll. Nästa …`
        steps[-1][4] = min(steps[-1][4], steps[-1][3] + (steps[-1][2] - steps[-1][1]))
    return [Difference(_said(written[max(0, i1 - _CONTEXT_WORDS): i1]), _said(written[i1:i2]), " ".join(theirs[j1:j2]),
                       (spans[j1][0], spans[j2 - 1][1]) if j2 > j1 else (0, 0))
            for tag, i1, i2, j1, j2 in steps if tag != "equal"]


_CONTEXT_WORDS = 4  # the quote's words before a difference that say where it is


def _written_words(text: str, words: list[str]) -> list[tuple[str, str]]:
    """`words`, those of `normalise(text)`, each as `text` writes it with the space before it:
    its own quotation marks, dashes, fractions and no-break spaces (`_written_pieces`, as
    `SourceText.written` shows the source's). The normalised words, spaced plainly, where
    `text` cannot be read back into them."""
    text = unicodedata.normalize("NFC", normalise_newlines(text))
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_BREAK.sub("", text)
    pieces = _words_and_spaces(_written_pieces(text))
    if _pieces_text(pieces).split(" ") != words:
        return [(" ", word) for word in words]
    written: list[tuple[str, str]] = []
    gap, word = "", ""
    for compared, shown in pieces:
        if compared == " ":
            written.append((gap, word))
            gap, word = shown, ""
        else:
            word += shown
    return written + [(gap, word)]


def _said(words: list[tuple[str, str]]) -> str:
    """Words of `_written_words` as a text: each after its space, the first without."""
    return "".join(gap + word for gap, word in words)[len(words[0][0]):] if words else ""


# How many passages `SourceText.closest` compares letter by letter, those holding most of the
# quote's words; and the longest quote it compares so (a longer one word by word).
_CLOSEST_CANDIDATES = 60
# The passages (source words × the three widths tried) that `closest` may rank for one source,
# over all its quotes: each quote not found costs one pass over the source, and a 3.6 MB source
# with thousands of such quotes kept `validate` busy for most of an hour (the safety audit). At
# about 0.3 µs a passage, some seconds at most; a real source of 20,000 words has hints for
# more than 300 quotes not found. Past it, a quote's error comes without the closest passage.
CLOSEST_BUDGET = 20_000_000
_LETTERS_COMPARED = 500


def _most_shared(counts: list[list[int]], widths: list[int]) -> list[tuple[int, int]]:
    """The `_CLOSEST_CANDIDATES` passages that hold most of a quote's words, as (width, first
    word) in that order, from `counts[i][first]`, what the passage of `widths[i]` words from
    `first` holds; ties go to the narrower passage, then to the earlier. The same passages as
    ranking every one of them, but picked by scanning the counts for the few values that make
    the cut (list.index), not by building a tuple per passage: a quote not found costs a pass
    over the source, and the tuples took most of it."""
    histogram: collections.Counter[int] = collections.Counter()
    for row in counts:
        histogram.update(row)
    left, above, threshold = _CLOSEST_CANDIDATES, [], None
    for value in sorted(histogram, reverse=True):
        if histogram[value] >= left:
            threshold = value
            break
        above.append(value)
        left -= histogram[value]
    chosen = []
    for width, row in zip(widths, counts):
        for value in above:
            chosen += [(width, first) for first in _places(row, value)]
        if threshold is not None and left:
            for first in _places(row, threshold, left):
                chosen.append((width, first))
                left -= 1
    return sorted(chosen)


def _places(row: list[int], value: int, most: int | None = None) -> Iterator[int]:
    """Where `value` stands in `row`, in order (at most `most` of them)."""
    start = 0
    while most is None or most > 0:
        try:
            start = row.index(value, start)
        except ValueError:
            return
        yield start
        start += 1
        if most is not None:
            most -= 1


def _word_key(word: str) -> str:
    return re.sub(r"[^\w%]", "", word.casefold()) or word


_OPENING = 64  # characters of each line's start that `SourceText.is_a_line` sorts by
# A heading's number before it on its line: `1.2`, `1.2.`, `3)`, `(3)`, `3:`, `3a:`, `b)`, `B.`,
# `IV.`, `II:`, `IV` (in capitals), `§ 3`, `Kapitel 3`, `Kap. 3`, `Bilaga 2`, `Del II:`, `Mål 3:`,
# `Mål nr 5:`, `Nämndmål 2:`, `KF-mål 2:`, `KF:s mål 2:`, `Strategiskt mål 1:`, `Nämndens strategiska
# mål 1:`, `Delmål 1.1`, `Fokusområde 4`, `Fokusområde A:`, `Uppdrag 3:`, `Åtagande 2:`, `Inriktning 2:`,
# `Ettårig inriktning 2:`, `Prioritering 1:`, `Strategi 3:`, `Målsättning 1:`, `Kap 3`, and a dash
# after it (`2.1 – Ekonomi`).
_NUMBER_WORDS = (r"(?:kapitel|kap\.?|avsnitt|del|bilaga|(?:[^\W\d_][\w:-]* ){0,2}[^\W\d_]*(?:-[^\W\d_]*)?"
                 r"(?:mål|målsättning|område|uppdrag|åtaganden?|inriktning|prioritering|strategi)"
                 r"(?: nr\.?)?|§) ?")
_NUMBERING = lazy_regex.compile(rf"(?:(?:{_NUMBER_WORDS})?(?:\d+[a-z]?(?:\.\d+)*[.):]?|\(\d+\)|[a-zåäö][.)]|[IVXLC]+[.:]"
                        rf"|(?-i:[IVXLC]{{2,}}))|{_NUMBER_WORDS}(?-i:[A-ZÅÄÖ])[.):]?)(?: [-\u2013\u2014])? +",
                        re.IGNORECASE)
# What `_NUMBERING` reads that is no heading's number: a number that counts what follows, bare
# digits before a word in small letters ("12 medarbetare", "Inom område 3 bygger", "Vårt mål
# 2030 är"), where `2.1 Ekonomi`, `3) ekonomi` and `Kapitel 3 Ekonomi` are numbered; a word of
# the letters of roman numbers that is none ("VILL", "CIVIL", "VILL:", "Vill:"); and one that is a
# roman number and a Swedish word or a common abbreviation (`_ROMAN_WORDS`) first on a line in
# capitals ("VI VILL …", "LIV OCH HÄLSA", "CV OCH REFERENSER"), where "IV EKONOMI" and "VI
# Ekonomi" are numbered.
_A_COUNT = lazy_regex.compile(r"(?<![\d.])\d+[a-z]? +$")
_CAPITALS_NUMBER = lazy_regex.compile(r"([IVXLC]{2,})(?: +|[.:] *)", re.IGNORECASE)  # "IV ", "IV. ", "Vill: "
_ROMAN = lazy_regex.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # 1 to 399, as written
_ROMAN_WORDS = ("VI", "LIV", "CV", "XL", "LIX", "CI", "LI")


def _no_number(text: str, numbered: re.Match, end: int) -> bool:
    """Whether what `_NUMBERING` read at a line's start (`numbered`, the line ending at `end`)
    is no heading's number (`_A_COUNT`, `_CAPITALS_NUMBER`)."""
    rest = text[numbered.end():end]
    if _A_COUNT.search(numbered.group()) and rest[:1].islower():
        return True
    capitals = _CAPITALS_NUMBER.fullmatch(numbered.group())
    if capitals is None:
        return False
    if not _ROMAN.fullmatch(capitals.group(1).upper()):
        return True
    letters = [char for char in rest if char.isalpha()]
    return capitals.group(1) in _ROMAN_WORDS and bool(letters) and all(char.isupper() for char in letters)


# A footnote's mark a pdf's text flattened into a digit or two right after a small letter
# ("Ekonomi1", not "CO2"); in superscript digits, `FOOTNOTE_MARKS`.
FLATTENED_MARK = r"(?<=[a-zåäöéü])\d{1,2}"
# What may end a heading's line after it: a footnote's mark (`Ekonomi¹`; flattened by a pdf's text
# into a digit or two right after a small letter, `Ekonomi1` but not `CO2`, or written in brackets,
# `Ekonomi [1]`, or in parentheses after a space, `Ekonomi (1)`), a colon or a full stop
# (after the quotation mark that closes a name, `Motion om ”Housing first”`, or the heading:
# `”Ekonomi”`), or, in a table of contents, dot leaders and a page number (`Ekonomi ..... 12`,
# `Ekonomi . . . . s. 12`, `Ekonomi … 12–13`): the leaders need three dots or an ellipsis, and a
# page has at most three digits.
_HEADING_END = lazy_regex.compile(rf"(?:[{FOOTNOTE_MARKS}]+|{FLATTENED_MARK}|\s?\[\d{{1,2}}\]|\s\(\d{{1,2}}\))?[\"']?[ :.]*|([ .\u2026]*)(?:s\. ?)?\d{{1,3}}(?:[-\u2013]\d{{1,3}})? *")


def _ends_a_heading(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, the rest of a line after a heading, is `_HEADING_END`."""
    found = _HEADING_END.fullmatch(text, start, end)
    return found is not None and (found.group(1) is None or found.group(1).count(".") >= 3
                                  or "\u2026" in found.group(1))


def _run_on_into(lines: list[str], index: int, run: tuple[NumberedLine, ...]) -> bool:
    """Whether the sentence of the nearest line with words above line `index` of `lines` runs on
    into it (`_RUNS_INTO_THE_NEXT`), that line being none of the numbered list's `run`: a
    paragraph's wrapped line, no list's item ("… Med planen ska" over "2\u2002000 fler barn").
    Not a short line's end: a list's item wrapped ends so ("Norra Bergby" over "2\u2002200 fler
    barn")."""
    above = next((number for number in range(index - 1, -1, -1) if lines[number].strip()), None)
    return (above is not None and above not in {numbered.index for numbered in run}
            and runs_on(lines[above]) and _RUNS_INTO_THE_NEXT.search(lines[above]) is not None)


def _counted_between_words(lines: list[str], run: tuple[NumberedLine, ...], place: int) -> bool:
    """Whether the line at `place` of a run of numbered lines (`SourceText.numbered_runs`) has
    one before it and one after it in the run, each with a word after its number: the list
    counts on past its number ("1 Trygg skolväg", "2 200 nya bostäder", "3 Fler förskolor").
    Not a run's last line ("1 Inledning" over "2 000 fler barn"), nor one beside a figure's line
    ("1 Kostnader", "2 500", "3 000", a column of amounts counting up by chance). Or the run's
    last line, after lines with a word after their number (`_lists_last_item`). A line beside it
    that begins with a figure too is the list's where words follow each figure and the upper line
    does not run on into the lower (`_items_in_a_row`: "2 200 nya bostäder" over "3 500 fler
    platser")."""
    if _an_amount(lines, run, place):  # "3 000 kr": no item's figure begins with 0; "3 200 kr" is an amount
        return False
    if place == len(run) - 1 and place >= 1:
        return _lists_last_item(lines, run, place)
    if place == 0 and len(run) >= 2:
        return _lists_first_item(lines, run)
    return 0 < place < len(run) - 1 and _items_in_a_row(lines, run, place - 1) and _items_in_a_row(lines, run, place)


def _an_amount(lines: list[str], run: tuple[NumberedLine, ...], place: int) -> bool:
    """Whether the line at `place` of a run of numbered lines begins with an amount, not with a
    list's number: three digits beginning with 0 after the number ("3 000 kr per familj"), as no
    figure of an item's text begins; or a unit after them (`NumberedLine.amount`: "3 200 kr per
    familj"), but where the list counts on past it, the lines before and after it in the run
    beginning with a word or a figure's item that is no amount (`_counts_on`: "1 Trygghet", "2 500
    kronor till föreningslivet", "3 Skola"; "2 200 nya bostäder", "3 500 kr per barn", "4
    Skola"), or where every item of the run ends its sentence, as no heading nor a column of
    amounts does (`_items_ended`: "1 Fler vakter.", "2 Fler fritidsgårdar.", "3 200 kr mer i
    barnbidrag.").
    Set off by an en space, as the list's other numbers are ("1\u2002Trygghet", "2\u2002000
    kronor"), the amount was item 2 "000 kronor", and in a column of amounts ("2 500 kr per barn"
    over "3 200 kr per familj") each was an item to cover."""
    numbered = run[place]
    return numbered.thousands or numbered.amount and not (
        _counted_past(run, place) or _counted_up_to(lines, run, place) or _amounts_counted_past(lines, run, place)
        or _items_ended(lines, run))


def _counted_past(run: tuple[NumberedLine, ...], place: int) -> bool:
    """Whether a run of numbered lines counts on past its line at `place`, the lines before and
    after it counting on (`_counts_on`): "1 Trygghet", "2 200 kr mer i barnbidrag", "3 Skola"."""
    return 0 < place < len(run) - 1 and _counts_on(run[place - 1]) and _counts_on(run[place + 1])


def _amounts_counted_past(lines: list[str], run: tuple[NumberedLine, ...], place: int) -> bool:
    """Whether the line at `place` is one of amounts standing one under another (`_counts_on`
    none of them) that the list counts up to by two items that count on right above them, and on
    past by one right below: "1 Fler vakter", "2 Fler fritidsgårdar", "3 200 kr mer i
    barnbidrag", "4 300 kr mer i pension", "5 Fler poliser". Read as amounts, the list's count
    broke at 3: items 3, 4 and 5 needed no covering. Under one heading ("1 Avgifter", "2 500 kr
    per barn", "3 200 kr per familj", "4 Mål för året") the amounts stay a column's
    (`_counted_up_to`), and words go on past each unit, as an item's text does."""
    start = end = place
    while start > 0 and not _counts_on(run[start - 1]):
        start -= 1
    while end < len(run) - 1 and not _counts_on(run[end + 1]):
        end += 1
    if start < 2 or end == len(run) - 1 or any(len(_A_WORD.findall(lines[run[index].index])) < 2
                                                  for index in range(start, end + 1)):
        return False
    return (_counts_on(run[start - 2])
            and all(wrapped_between(lines, run[index].index, run[index + 1].index) for index in range(start - 2, end + 1)))


def _counted_up_to(lines: list[str], run: tuple[NumberedLine, ...], place: int) -> bool:
    """Whether the run's last line, at `place`, ends a list that has counted up to it by two
    items or more that count on (`_counts_on`), standing one under another with only their
    wrapped lines between them (`wrapped_between`): "1 Fler vakter", "2 Fler fritidsgårdar", "3
    200 kr mer i barnbidrag"; or its first line begins one that counts on past it so ("1 200 kr
    mer i barnbidrag", "2 Trygg skolväg", "3 Fler förskolor"), where read as an amount the list
    began at 2, so none of it was to cover. Numbered headings have their text between them, and
    a column of amounts under a heading has one word's line above it, not two ("1 Avgifter", "2
    500 kr per barn", "3 200 kr per familj"). An amount the list counts on past counts on too
    (`_counted_past`): "1 Trygghet", "2 200 kr mer i barnbidrag", "3 Fler vakter", "4 200 kr
    mer i pension". Not two amounts ending a list ("3 200 kr mer i barnbidrag", "4 500 kr mer i
    pension" under "2 Fler fritidsgårdar"), nor an amount ending a list of two ("1 Fler vakter",
    "2 200 kr mer i barnbidrag"), their items unended: nothing tells them from a column of amounts
    under headings ("2 Taxor", "3 200 kr per barn", "4 500 kr per familj"; "1 Avgifter", "2 500
    kr per barn"), which read as a list's had their correct quotes refused. Words go on past
    the unit, as an item's text does: not an amount alone ("3 200 kr" under "2 Skola"), a
    table's or a key figure's. Read as an amount, the list lost its last item: a plan that left
    it out passed, and its quote without the number was refused."""
    if len(run) < 3 or place not in (0, len(run) - 1) or len(_A_WORD.findall(lines[run[place].index])) < 2:
        return False
    near = range(0, 3) if place == 0 else range(place - 2, place + 1)
    return (all(_counts_on(run[index]) or _counted_past(run, index) for index in near if index != place)
            and all(wrapped_between(lines, run[index].index, run[index + 1].index) for index in near[:-1]))


def _counts_on(numbered: NumberedLine) -> bool:
    """Whether a numbered line beside an amount counts a list on past it (`_an_amount`): it
    begins with a word ("1 Trygghet"), or with a figure that words follow and that is no amount
    itself ("2 200 nya bostäder"), where a column of amounts has its next ("3 200 kr per familj")."""
    return not numbered.figure or numbered.worded and not (numbered.thousands or numbered.amount)


def _items_ended(lines: list[str], run: tuple[NumberedLine, ...]) -> bool:
    """Whether each item of a run of numbered lines ends its sentence (`_items_end`), as a
    list's may and neither a heading nor a table's amount does: read as an amount, a list's "3
    200 kr mer i barnbidrag." lost the list its last item, and "1 200 kr mer per barn." its
    first and so the whole list, which then had nothing to cover."""
    ends = [_items_end(lines, run, place) for place in range(len(run))]
    return all(end is not None and _ITEMS_END.search(lines[end]) for end in ends)


def _items_in_a_row(lines: list[str], run: tuple[NumberedLine, ...], place: int) -> bool:
    """Whether two neighbours of a run of numbered lines, at `place` and the next, one of them
    beginning with a figure, stand as a list's items: the other begins with a word ("1 Trygghet"
    over "2 200 nya bostäder"), or both begin with a figure that words follow, neither an amount
    as the run reads it (`_an_amount`), where the upper line (or its last wrapped line) does not
    run on into the lower ("2 200 nya bostäder" over "3 500 fler platser", "3 500 kr per barn"
    over "4 Skola"). Not a column of amounts counting up by chance ("2 500" over "3 000"), nor a paragraph's
    wrapped lines ("2 500 kronor ges till varje barn som" over "3 200 …"). Two such items were
    each read as a thousand beside the other, so their quotes without the number were refused."""
    upper, lower = run[place], run[place + 1]
    if not (upper.figure and lower.figure):
        return True
    return (upper.worded and lower.worded and not (_an_amount(lines, run, place) or _an_amount(lines, run, place + 1))
            and not _run_on_into(lines, lower.index, ()))


def _lists_last_item(lines: list[str], run: tuple[NumberedLine, ...], place: int) -> bool:
    """Whether a run's last line, beginning with a figure after lines whose numbers stand before a
    word, is the list's last item, where nothing counts on past it to tell. After two or more such
    lines, where the figure cannot be the number's thousands, being no group of three digits ("1
    Trygghet", "2 Skola", "3 1 000 nya bostäder": 3 and 1 000, no "31 000"). Where it can ("3 200
    nya bostäder"), where each line of the run follows the one before with nothing between them
    but the earlier item's wrapped lines (`wrapped_between`): a chapter's heading ("1 Inledning",
    "2 Mål") has its text under it, and a wrapped paragraph's "3 200 barn" under a heading is
    no list's; so in a run of two as the two items end (`_two_items_alike`). Read as a thousand,
    a list's last item lost its number and its place in the list: a plan that left it out passed,
    and its quote without the number was refused. An item before it that begins with a figure too is a word's where the list counts
    on past it (`_counted_between_words`: "2 500 kronor …" between "1 Fler platser" and "3 Fler
    trygghetsvakter", over "4 200 fler platser"): the last was read as a thousand there."""
    if any(numbered.figure and not _counted_between_words(lines, run, index) for index, numbered in enumerate(run[:place])):
        return False
    if not run[place].grouping:
        return place >= 2
    if not all(wrapped_between(lines, before.index, after.index) for before, after in zip(run, run[1:])):
        return False
    return place >= 2 or _two_items_alike(lines, run)


def _lists_first_item(lines: list[str], run: tuple[NumberedLine, ...]) -> bool:
    """Whether a run's first line, beginning with a figure, is the list's first item, as the last
    is (`_lists_last_item`), the list counting on past it: the next line is its item 2
    (`_items_in_a_row`); before two or more items, where the figure cannot be thousands ("1 1 000
    nya bostäder"); where it can ("1 200 nya bostäder", "2 Trygg skolväg", "3 Fler förskolor"),
    where the lines stand one under another (`wrapped_between`), a chapter's heading with its
    text under it ("2 Mål") being none, or in a run of two as the two items end
    (`_two_items_alike`). Read as a thousand, "1 200" lost the list its item 1: its quote without
    the number was refused, and coverage read the list as beginning at 2, so none of it counted."""
    if not _items_in_a_row(lines, run, 0):
        return False
    if not run[0].grouping:
        return len(run) >= 3
    if not all(wrapped_between(lines, before.index, after.index) for before, after in zip(run, run[1:])):
        return False
    return len(run) >= 3 or _two_items_alike(lines, run)


def _two_items_alike(lines: list[str], run: tuple[NumberedLine, ...]) -> bool:
    """Whether a run of two numbered lines, one beginning with a word and the other with a figure
    that may be thousands, ends as a list's two items do: the one beginning with a word ends its
    sentence, as no heading does ("1 En ny familjecentral öppnas under 2024.", "2 200 fler barn
    …"), or neither does, as a paragraph's last line does ("1 Fler platser i förskolan", "2 200
    nya bostäder"); not "1 Inledning" over a paragraph's "2 500 kronor per barn ges till kollo.",
    nor a paragraph's "1 200 platser finns." over a heading "2 Mål", nor an amount alone ("1 500"
    over "2 Mål"). Each item's end is its last
    line with text before the next item, or the last item's with its wrapped lines (`_items_end`).
    A list of two whose first item did not end its sentence had its last item read as a thousand,
    its quote without the number refused."""
    items_ends = [_items_end(lines, run, place) for place in (0, 1)]
    if None in items_ends:  # a paragraph's lines running on past an item's most
        return False
    ends = [_ITEMS_END.search(lines[end]) is not None for end in items_ends]
    # Neither ending its sentence, the figure's line has words after it ("2 200 nya bostäder"):
    # an amount alone ("1 500" over the heading "2 Mål", "1 Kostnader per år" over "2 500") is
    # a table's or a key figure's, whose quote was refused as reading the list's number and a
    # figure as one. And where the figure's line is the first, no paragraph stands right under
    # the second (`text_under`), as under a heading; under the figure's, a list's last item,
    # one may: "1 Fler platser i förskolan" over "2 200 nya bostäder" and a paragraph, read as
    # no list, needed no covering.
    return ends[1 if run[0].figure else 0] or (not any(ends) and run[0 if run[0].figure else 1].worded
                                               and not (run[0].figure and text_under(lines, items_ends[1], run[1].number + 1)))


def text_under(lines: list[str], index: int, following: int) -> bool:
    """Whether the line right under line `index` (0-based), with no empty line between, is a
    paragraph's: it ends its sentence or runs on (`runs_on`), and begins with no list's mark nor
    the list's next number, `following`. So a heading has its text under it ("2 Mål" over
    "Nämnden har tre mål.", "10 nya förskolor byggs."): read with the line above as a list of
    two, where neither ends its sentence (`_two_items_alike`), "1 200 barn väntar på plats" over
    the heading "2 Mål" was a list's item to cover, and its correct quote refused as reading a
    list's number and a figure as one."""
    under = lines[index + 1].strip() if index + 1 < len(lines) else ""
    numbered = _A_COUNTED_NUMBER.match(under)
    return bool(under) and (SENTENCE_ENDED.search(under) is not None or runs_on(under)) and not (
        under[0] in _LINE_OPENERS or numbered and int(numbered[1]) == following)


def _items_end(lines: list[str], run: tuple[NumberedLine, ...], place: int) -> int | None:
    """The last line (0-based) with text of the item at `place` of a run of numbered lines: before the next
    item's, or for the run's last item, its wrapped lines' last (as `wrapped_between` reads
    them), before an empty line. None where those run on past an item's most lines
    (`_A_LISTS_ITEM_LINES`): a paragraph's, whose line read there ends no sentence, so that "1
    Inledning" over a long paragraph "2 500 kronor per barn …" was read as a list of two, and
    the quote "2 500 kronor …" refused as reading the list's number and a figure as one."""
    if place + 1 < len(run):
        return next(index for index in range(run[place + 1].index - 1, run[place].index - 1, -1) if lines[index].strip())
    start = run[place].index
    before = start
    for taken, line in enumerate(lines[start + 1:start + _A_LISTS_ITEM_LINES + 1], 1):
        if not line.strip() or SENTENCE_ENDED.search(lines[before].strip()) or not (runs_on(lines[before]) or GOES_ON.match(line)):
            break
        if taken == _A_LISTS_ITEM_LINES:
            return None
        before = start + taken
    return before


def wrapped_between(lines: list[str], item: int, following: int) -> bool:
    """Whether the lines with text between a numbered list's item (`item`, 0-based) and the
    next item (`following`) are the item's wrapped lines: each goes on from a line that does
    not end its sentence, being longer than a short line (`runs_on`) or going on in a small
    letter ("Fler förskolor i" over "norra Bergby"), or ending on a word that joins it to the next
    (`_JOINING_END`: "Fler vakter i" over "Norra Bergby", a name), where the list ended at the item."""
    before = lines[item]
    for line in lines[item + 1:following]:
        if not line.strip():
            continue
        if SENTENCE_ENDED.search(before.strip()) or not (runs_on(before) or GOES_ON.match(line) or _joins_on(before)):
            return False
        before = line
    return True


def _joins_on(line: str) -> bool:
    """Whether a line ends on a word that joins it to the next (`_JOINING_END`), in small letters,
    or in capitals in a line all in them ("FLER VAKTER I" over "NORRA BERGBY")."""
    return bool(_JOINING_END.search(line.lower() if line.isupper() else line))


def counting_runs(numbered: Iterable[NumberedLine]) -> tuple[tuple[NumberedLine, ...], ...]:
    """Numbered lines, in the order of the source's lines, in runs whose numbers count up by one,
    set off alike, each at most `_A_LISTS_ITEM_LINES` below the one before: a numbered list's,
    where it is one (`SourceText.numbered_runs`; coverage's lists numbered apart from their text,
    `coverage._runs_apart`)."""
    runs: list[list[NumberedLine]] = []
    for line in numbered:
        if (runs and line.number == runs[-1][-1].number + 1 and line.space == runs[-1][-1].space
                and line.index - runs[-1][-1].index <= _A_LISTS_ITEM_LINES):
            runs[-1].append(line)
        else:
            runs.append([line])
    return tuple(tuple(run) for run in runs)


def runs_on(text: str) -> bool:
    """Whether a line is running text whose sentence goes on into the next line, as pdftotext
    wraps a paragraph ("Investeringarna redovisas i"): longer than a short line (`SHORT_LINE`),
    no table's row (a tab), its sentence not ended (`SENTENCE_ENDED`)."""
    stripped = text.strip()
    return len(stripped) > SHORT_LINE and "\t" not in stripped and not SENTENCE_ENDED.search(stripped)


def _at_a_pages_foot(lines: list[str], number: int) -> bool:
    """Whether line `number` (0-based) of `lines` is a page's number alone (`PAGE_NUMBER`) at its
    page's foot, a form feed or the text's end next: no range's end, nor a paragraph's wrapped
    line ("Vi bygger 5-" over "12" over the break)."""
    if not PAGE_NUMBER.fullmatch(lines[number].strip()):
        return False
    for line in lines[number + 1:]:
        if "\f" in line or line.strip():
            return line.lstrip(" \t\u00a0")[:1] == "\f"
    return True


# A number and its dash set close (`2024 –`, `2024–`), then a wider space before more text on the
# line: a table's cell set out by spaces whose range is open ("from 2024"), the space its column's
# edge (`_an_open_ranges_edge`).
_AN_OPEN_RANGES_CELL = lazy_regex.compile(rf"\d[^\S\n]?[-{DASH_CHARS}][^\S\n]{{2,}}\S")


def _an_open_ranges_edge(line: str, runs: list[str], at: int) -> bool:
    """Whether the run of spaces `runs[at]` of a stripped `line` follows an open range's dash set
    close to its number (`_AN_OPEN_RANGES_CELL`: `2024 –` or `2024–`), and is two spaces or more
    and wider than the one between number and dash: a table's column's edge, as a tab is. Read as
    a space within a line, the next column's figure was the range's end (`Skola   2024 –   2500
    kr` read `2024 - 2500`), and a quote of the row's start or of the next cell was refused as
    cutting it. Not a line set out justified, every space as wide (`5  –  10`)."""
    run = runs[at]
    if len(run) < 2:
        return False
    words = _BETWEEN_WORDS.split(line)
    word = words[at]
    if word[-1:] not in MINUS_SIGNS:
        return False
    if len(word) > 1:
        return word[-2].isdigit()  # `2024–`
    return at > 0 and words[at - 1][-1:].isdigit() and len(runs[at - 1]) < len(run)  # `2024 –`


class SourceText:
    """An archived source, normalised once, answering where quotes occur."""

    def __init__(self, text: str):
        # Line breaks follow the one line model (`lines`).
        self.text = unicodedata.normalize("NFC", normalise_newlines(text))
        # Every mark the normalisation removes lies within one line, so the source is
        # normalised line by line and the lines joined by one space: the same text as
        # normalising it whole, and each line's place in it is known without a table of
        # offsets per character (sources are long, and every build reads each one).
        # A line that ends with a soft hyphen (a pdf's word broken there) goes on with the next
        # line's first word, with no space between: "verksam\u00ad" over "heten" is "verksamheten".
        spans: list[tuple[int, int]] = []  # each line's range in the normalised text
        edges: list[int] = []  # where each Markdown heading begins and ends in it (`_starts`)
        heading_lines: list[int] = []  # each heading's line (1-based), named in an error (`heading_crossing`)
        numbered: list[NumberedLine] = []  # the lines that begin with a number (`numbered_runs`)
        parts: list[str] = []
        position, glued = 0, False
        for number, (line, raw) in enumerate(zip(_marks_removed(self.text).split("\n"), self.text.split("\n")), 1):
            words = line.split()
            joint = "" if glued or not parts else " "  # the space that joins it to the line before
            start = position + len(joint) if words else (position + 1 if parts else 0)
            if words:
                if found := _A_COUNTED_NUMBER.match(line):
                    grouping = found[3].isdigit() and len(found[4]) == 2
                    numbered.append(NumberedLine(number - 1, int(found[1]), found[2], found[3], found[1], grouping,
                                                 any(char.isalpha() for char in line[found.start(3):]),
                                                 grouping and _AN_AMOUNTS_UNIT.match(line, found.end()) is not None))
                part = " ".join(words)
                parts.append(joint + part)
                position = start + len(part)
                spans.append((start, position))
                heading = _a_heading(raw)
                if glued and edges and edges[-1] == start and not heading:
                    # A heading's line that ends with a soft hyphen: its word goes on here, and the heading with it.
                    edges[-1] = start + len(words[0])
                if heading:
                    edges += [start, position]
                    heading_lines.append(number)
            else:
                spans.append((start, start))
            glued = bool(words) and raw.rstrip().endswith("\u00ad")
        self.normal = "".join(parts)
        self._heading_edges, self._heading_lines = edges, heading_lines
        self._numbered_lines = numbered
        # The spaces that were a cell's edge or a short line's end (`_breaks`), read when a
        # rule first asks: most sources are never asked.
        self._hard = _Lazy(self._hard_spaces)
        self._cut = _Lazy(self._cut_spaces)  # of them, those that surely part two numbers
        self._joins = _Lazy(self._join_spaces)
        self._minus = _Lazy(self._minus_places)  # the dashes that are a minus (`_AMOUNT`)
        self._spans = spans
        self._line_starts = [start for start, _ in spans]
        self._found: dict[str, Match | None] = {}
        self._edges: dict[int, tuple[dict[int, int], list[int], list[int]]] = {}  # a line's cell edges (`_cell_edges`)
        self._closest: dict[str, tuple[tuple[int, int], int]] = {}  # a quote's closest span and its line
        self._closest_budget = CLOSEST_BUDGET  # passages the search for closest ones may still rank
        # Every start of a needle, in order, by whether the quote has the sign of an amount (`_starts_of`).
        self._all_starts: dict[tuple[str, int], list[int]] = {}
        # What rules elsewhere derive from the lines, kept with them (`checks._run_end`).
        self.memo: dict[str, dict] = {}

    def _minus_places(self) -> dict[int, int]:
        """The places in the normalised text of the dashes that begin a line or a cell and are a
        minus: the rest of the cell is an amount (`_AMOUNT`), so the line's dash was kept. Each
        with the place a quote that begins at its amount must run past to read it as a list
        item's line broken after its amount: the line's end where the line is no table's (no
        tab) and the next goes on in a small letter and is no label of an amount of its own
        (`_a_label_of_an_amount`), else past the text's end."""
        places: dict[int, int] = {}
        never = len(self.normal) + 1
        items: set[int] = set()  # the lines (their numbers) that are a list item's broken after its amount
        # From the last line up: whether a line's small label has an amount of its own after it
        # depends on whether the minus line after the label is itself such an item.
        for number in range(len(self.lines), 0, -1):
            raw = self.lines[number - 1]
            if "-" not in raw and not any(dash in raw for dash in DASH_CHARS):
                continue
            if _A_DIGIT.search(raw) is None:
                continue  # no amount: a list item's dash, or a hyphen (most lines that have a dash)
            line_cells = cells(raw)
            columns = {column for column, cell in enumerate(line_cells) if _MINUS_CELL.fullmatch(cell.strip())}
            if not columns:
                continue
            if (len(line_cells) == 1 and number < len(self.lines) and GOES_ON.match(self.lines[number])
                    and not self._a_label_of_an_amount(number + 1, items)):
                items.add(number)
            line_end = self._spans[number - 1][1] if number in items else never
            places.update((place, line_end) for place, column in self._cell_edges(number)[0].items() if column in columns)
        return places

    def _a_label_of_an_amount(self, number: int, items: Collection[int]) -> bool:
        """Whether the line `number` (a small letter's, after a minus alone on its line) labels
        an amount of its own, as a budget's table copied line by line writes it ("varav lön"
        over "– 2 mnkr" or "3 mnkr", or "varav lön – 2 mnkr"), not the rest of a list item
        ("till fritidsgårdar", though the next item's line breaks after its amount too: `items`)."""
        if _SIGNED_AMOUNT_END.search(_marks_removed(self.lines[number - 1]).rstrip()):
            return True
        if number >= len(self.lines) or number + 1 in items:
            return False
        return _AMOUNT_LINE.fullmatch(_marks_removed(self.lines[number]).strip()) is not None

    def _join_spaces(self) -> dict[int, int]:
        """The spaces of the normalised text that join a line to the next (a word a hyphen broke
        at a line's end goes on there: `_goes_on`), each with 1 where it is a paragraph's wrapped
        line's end, 0 where the space parts more (`_breaks`: a table's line, or before an empty
        line, a heading or a list item; `_wraps`)."""
        cut = self._breaks[1]
        return {end: int(end not in cut) for start, end in self._spans if start != end and self.normal[end:end + 1] == " "}

    def unbroken_lines(self, quote: str) -> list[int]:
        """The source lines (1-based) where `quote` begins in the text read with each word a hyphen
        broke at a line's end written whole (`_unbroken`), where the quote writes such a word so,
        without the hyphen or with it: a hint's, for a quote not found."""
        needle = normalise(quote)
        lines = []
        for text, breaks, width in self._unbroken:
            start = text.find(needle) if needle else -1
            while start >= 0:
                lines.append(self._line_of(start + width * bisect.bisect_right(breaks, start)))
                start = text.find(needle, start + 1)
        return sorted(set(lines))

    @cached_property
    def _unbroken(self) -> tuple[tuple[str, list[int], int], ...]:
        """The normalised text with each word a hyphen broke at a line's end joined again, without
        its hyphen ("kom-" over "mun": "kommun") and with it ("e-" over "tjänster": "e-tjänster",
        "1990-" over "talet"), each with where its joins stand in it and the characters each took
        away. A hyphen before "och", "eller" or another word of `SUSPENDED` ("barn-" over "och
        ungdomsnämnden") ends a suspended compound's first part, no word broken, and stays."""
        text = self.normal
        hyphens = [space - 1 for space in sorted(self._join_spaces())
                   if text[space - 1:space] == "-" and text[space - 2:space - 1].isalnum()
                   and text[space + 1:space + 2].isalnum() and not SUSPENDED.match(text, space + 1)
                   and not _a_labels_dash(text, space - 1)]
        texts = []
        for width in (2, 1):  # the hyphen and the space taken away, or the space alone
            cut = 2 - width  # of the hyphen's place and the space's, what stays before the word goes on
            starts = [0, *(hyphen + 2 for hyphen in hyphens)]
            ends = [*(hyphen + cut for hyphen in hyphens), len(text)]
            texts.append(("".join(text[start:end] for start, end in zip(starts, ends)),
                          [hyphen + cut - width * at for at, hyphen in enumerate(hyphens)], width))
        return tuple(texts)

    def _hard_spaces(self) -> frozenset[int]:
        return self._breaks[0]

    def _cut_spaces(self) -> frozenset[int]:
        return self._breaks[1]

    @cached_property
    def _breaks(self) -> tuple[frozenset[int], frozenset[int]]:
        """The spaces of the normalised text (their places) where no number is grouped in
        thousands (`_starts_whole`): a run of white space with a tab or a form feed (a cell's
        edge), and the space that joins a line to the next where that line is a table's (tabs),
        a short one ("Mål 2") or a heading, where empty lines stand between them, or where the
        next begins a list item or a heading. Within a paragraph, or a list item, a wrapped line
        may break "1 500" at its space. And those of them that surely part two numbers
        (`numbers_joined`): all but a short line's end, which a narrow column's wrapped line
        may be too."""
        hard, short = set(), set()
        lines, raw_lines = _marks_removed(self.text).split("\n"), self.text.split("\n")
        counted = self.counted_numbers
        for number, (line, (start, end)) in enumerate(zip(lines, self._spans)):
            if start == end:
                continue
            if _HARD_SPACE.search(line.strip()) or _AN_OPEN_RANGES_CELL.search(line):
                spaces = [start + index for index, char in enumerate(self.normal[start:end]) if char == " "]
                runs = _BETWEEN_WORDS.findall(line.strip())
                hard.update(place for at, (place, run) in enumerate(zip(spaces, runs))
                            if _HARD_SPACE.search(run) or _an_open_ranges_edge(line.strip(), runs, at))
            if number in counted:
                hard.add(self.normal.find(" ", start))  # a counted list's number's space
            if end < len(self.normal) and self.normal[end] == " ":
                after = next(index for index in range(number + 1, len(lines)) if lines[index].strip())
                if ("\t" in line or after > number + 1
                        or raw_lines[number].lstrip(" \t\u00a0")[:1] == "#" or _a_heading(raw_lines[number])
                        or raw_lines[after][_INDENT.match(raw_lines[after]).end():][:1] in _LINE_OPENERS
                        or _at_a_pages_foot(raw_lines, after)):
                    hard.add(end)  # a table's line's end, a paragraph's, a heading's, before a list item or a page's number
                elif end - start <= SHORT_LINE:
                    short.add(end)  # a short line's, or a narrow column's wrapped line's
        return frozenset(hard | short), frozenset(hard)

    @cached_property
    def numbered_runs(self) -> tuple[tuple[NumberedLine, ...], ...]:
        """The source's lines that begin with a number set off by any space but a tab
        ("1\u2002Fler förskolor", "3\u2003200 nya bostäder", "3 500 kronor"), in runs
        whose numbers count up by one, set off alike, each at most `_A_LISTS_ITEM_LINES` below the
        one before: a numbered list's, where it is one (`counted_numbers`; coverage's list items,
        `coverage._numbered_items`)."""
        return counting_runs(self._numbered_lines)

    @cached_property
    def counted_numbers(self) -> frozenset[int]:
        """The lines (0-based) that begin with a numbered list's number set off from a figure by a
        space ("3\u2002200 nya bostäder"; an em space, "3\u2003200", never groups thousands, and
        is the list's by this reading too: `lists_number_joined`), in a run of `numbered_runs`
        whose other lines set their number off by the same space from a word ("2\u2002Trygg
        skolväg"): the list's space. Read as grouping, "3 200" was one number, so a quote "3 200
        nya bostäder" passed and "200 nya bostäder" was told it began inside a number. A lone
        line, or a list whose numbers stand before figures only ("1\u2002500", "2\u2002000", a
        column of thousands), says nothing of its space: "1\u2002500 platser" may be a wrapped
        line's thousands; nor do numbered lines far apart ("1 Inledning", "2 Mål" as chapters, then a
        wrapped paragraph's "3 500 kronor" pages later), nor a line that a sentence runs on into from
        the line above ("Med planen ska" over "2\u2002000 fler barn", under a heading
        "1\u2002Inledning"): it begins no item. A plain space sets off every heading's number
        ("1 Inledning") and groups every wrapped line's thousands ("2 000 fler barn"), so it tells
        the list's number only where the run counts on past it, its lines before and after
        beginning with a word ("1 Trygg skolväg", "2 200 nya bostäder", "3 Fler förskolor"), or
        with a figure that words follow (`_items_in_a_row`): read as 2 200, the list would lack its
        item 2 (`_counted_between_words`); or where it ends the run after such lines
        (`_lists_last_item`): after two, before a figure that is no thousands ("3 1 000 nya
        bostäder"), or before three digits where the lines stand as a list's, one under another
        ("1 Trygghet", "2 Skola", "3 200 nya bostäder"); or begins it before them, alike
        (`_lists_first_item`: "1 200 nya bostäder", "2 Trygg skolväg", "3 Fler förskolor")."""
        return frozenset(numbered.index for run in self.numbered_runs
                         if not all(numbered.figure for numbered in run)
                         for place, numbered in enumerate(run)
                         if numbered.figure and (numbered.space != " " and not _an_amount(self.lines, run, place)
                                                 or _counted_between_words(self.lines, run, place))
                         and not _run_on_into(self.lines, numbered.index, run))

    def _line_of(self, normal_index: int) -> int:
        """The source line (1-based) of a character of the normalised text; the space that
        joins two lines belongs to the first."""
        return bisect.bisect_right(self._line_starts, normal_index)

    def find(self, quote: str) -> Match | None:
        """Where `quote` first occurs (computed once per quote: checks and linking share it)."""
        if quote not in self._found:
            self._found[quote] = self._find(quote)
        return self._found[quote]

    def found(self) -> dict[str, Match | None]:
        """Every quote looked for so far, and where it was found: a worker that checked
        plans hands this back, so that linking does not look again (`add_found`)."""
        return dict(self._found)

    def add_found(self, found: dict[str, Match | None]) -> None:
        self._found.update(found)

    def _needle(self, quote: str) -> tuple[str, Mapping[int, int] | _Lazy]:
        """`quote` normalised, and the minus signs (`_minus`) it may not begin after: none where
        the quote begins with the dash before its number (`_SIGN_FIRST`), which `normalise` drops as
        a list's mark; at a minus it is that sign, quoted with its amount. Refused as the amount
        without its sign, it was told to take along the sign it had (the review of session 75)."""
        needle = normalise(quote)
        if needle[:1] == "-" and needle[1:2].isdigit():
            return needle[1:], _MINUS  # `−5 mnkr`: found at the source's minus, spaced or not
        if needle[:2] == "- " and needle[2:3].isdigit():
            return needle[2:], _SIGNED  # `– 5 mnkr` alone, its dash kept as a minus's: at the source's `−5 mnkr` too
        return needle, _SIGNED if needle[:1].isdigit() and _SIGN_FIRST.match(quote) else self._minus

    def sign_missing(self, quote: str) -> int | None:
        """The line where `quote`, which begins with a dash before its number (`_SIGN_FIRST`),
        stands whole but for a dash the source has not there (`_signed`); None for any other
        quote, or one not there: said in its error, which would say it begins inside a word."""
        needle, minus = self._needle(quote)
        if minus is not _SIGNED and minus is not _MINUS:
            return None
        starts = _whole_starts(self.normal, needle, self._hard, self._joins, minus)
        start = next((start for start in starts if not self._dashed(start)), -1)
        return self._line_of(start) if start >= 0 else None

    def spaced_dash(self, quote: str) -> int | None:
        """The line where `quote`, which begins with a minus right before its number (`_MINUS`),
        stands whole but for the source's dash there, which has a space after it and is no
        minus's line or cell ("Mål – 5 mnkr i år"): a dash that may stand between words, said in
        its error. None for any other quote, or one not there."""
        needle, minus = self._needle(quote)
        if minus is not _MINUS:
            return None
        starts = _whole_starts(self.normal, needle, self._hard, self._joins, minus)
        start = next((start for start in starts if self._dashed(start) and not self._signed(start, minus)), -1)
        return self._line_of(start) if start >= 0 else None

    def _signed(self, start: int, minus: Mapping[int, int] | _Lazy = _SIGNED) -> bool:
        """Whether the source has the sign before the number at `start` of the normalised text that
        a quote that begins with a dash before its number has: for one with a space after its
        dash (`_SIGNED`) any dash there (`_dashed`); for one with none (`_MINUS`, `−5 mnkr`) a
        minus, a dash right before the number or one first in a minus's line or cell (`_AMOUNT`:
        the source's `– 5 mnkr` alone), not one between words ("Mål – 5 mnkr i år") nor a
        list's mark."""
        if minus is _SIGNED:
            return self._dashed(start)
        return self._tight_dash(start) or start >= 2 and start - 2 in self._minus

    def _tight_dash(self, start: int) -> bool:
        """Whether a dash stands right before the number at `start` of the normalised text, after
        no letter or digit (`−5 mnkr`, `(-5 mnkr)`; not `covid-19` nor `5-10`)."""
        return self.normal[start - 1:start] == "-" and not self.normal[start - 2:start - 1].isalnum()

    def _dashed(self, start: int) -> bool:
        """Whether the source has a dash before the number at `start` of the normalised text, as a
        quote that begins with one has (`_SIGNED`): kept before it (`Resultat – 5 mnkr`, a
        minus's line or cell, or `−5 mnkr`), or a list's mark first on its line, dropped (`– 5 mnkr i år`).
        `– 5 mnkr i år` was found in `Vinst 5 mnkr i år`, its sign lost: the dash was dropped
        from the quote as a list's mark."""
        if self.normal[max(0, start - 2):start] == "- " or self._tight_dash(start):
            return True
        number = self._line_of(start)
        bullet = _LINE_BULLET.match(self.lines[number - 1]) if self._spans[number - 1][0] == start else None
        return bullet is not None and bullet.group().rstrip()[-1:] in MINUS_SIGNS

    def _find(self, quote: str) -> Match | None:
        # Every place, not the first alone, kept (`_starts_of`): coverage reads each quote's places
        # after the quote check (`occurrences`), and judged again each place up to the first.
        # The text past the first is read at C speed (`str.find`), and most quotes stand once.
        needle, minus = self._needle(quote)
        starts = self._starts_of(needle, minus)
        if not starts:
            return None
        return Match(self._line_of(starts[0]), self._line_of(starts[0] + len(needle) - 1))

    def occurrences(self, quote: str) -> list[tuple[int, int]]:
        """Every (start, end) span in the normalised text where the quote occurs."""
        needle, minus = self._needle(quote)
        return [(start, start + len(needle)) for start in self._starts_of(needle, minus)]

    def occurrences_within(self, quote: str, within: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of `occurrences` that begin and end within one of the ranges of lines
        `within` (1-based, first and last), in order: looked up by bisection, so that a text
        that many risks share is not read at every place for each of them."""
        needle, minus = self._needle(quote)
        starts = self._starts_of(needle, minus)
        spans = set()
        for first, last in within:
            low = self._line_starts[first - 1]
            high = self._line_starts[last] if last < len(self._line_starts) else len(self.normal)
            for start in starts[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]:
                if start + len(needle) <= high:
                    spans.add((start, start + len(needle)))
        return sorted(spans)

    def _starts(self, needle: str, minus: Mapping[int, int] | _Lazy):
        """Where the normalised `needle` occurs, beginning and ending at a word's or number's edge,
        and not running into or out of a Markdown heading: its marks are gone from the normalised
        text, and "Vi vill inte" over "## Sänka skatten" read as "Vi vill inte sänka skatten"
        (the quote audit). A heading itself, or a part of it, may be quoted."""
        found = _whole_starts(self.normal, needle, self._hard, self._joins, minus)
        if minus is _SIGNED or minus is _MINUS:
            found = (start for start in found if self._signed(start, minus))
        edges = self._heading_edges
        if not edges:
            return found
        return (start for start in found if not _crosses(edges, start, start + len(needle)))

    def heading_crossed(self, quote: str) -> int | None:
        """The line of the heading that `quote` would run into or out of where it occurs but for
        that (`_starts`), or None."""
        crossing = self.heading_crossing(quote)
        return crossing.line if crossing else None

    def heading_at(self, start: int, end: int, lines: Collection[int] = ()) -> tuple[int, str] | None:
        """The line and text, as written, of a heading that the span `start`–`end` of `normal`
        lies within, or None: words a quote lacks that are a heading's are no part of it. A
        Markdown heading, or one of `lines` (headings told otherwise, `checks._plain_headings`)."""
        edges, numbers = self._headings_with(lines)
        at = bisect.bisect_right(edges, start)
        if at % 2 and end <= edges[at]:
            return numbers[at // 2], self.written(edges[at - 1], edges[at])
        return None

    def heading_crossing(self, quote: str) -> HeadingCrossed | None:
        """The first heading that `quote` would run into or out of where it occurs but for that
        (`_starts`), with how it meets it and the heading's text, or None: said in its error,
        whose closest passage lies on one side of the heading."""
        needle, minus = self._needle(quote)
        for start in _whole_starts(self.normal, needle, self._hard, self._joins, minus) if self._heading_edges else ():
            crossing = self.span_crossing(start, start + len(needle))
            if crossing:
                return crossing
        return None

    def span_crossing(self, start: int, end: int, lines: Collection[int] = ()) -> HeadingCrossed | None:
        """The first heading that the span `start`–`end` of `normal` runs into or out of, or
        holds whole with text beyond it, as `heading_crossing` tells it; a Markdown heading, or
        one of `lines` (as in `heading_at`)."""
        edges, numbers = self._headings_with(lines)
        at = bisect.bisect_right(edges, start)
        if at < len(edges) and edges[at] < end:
            first, last = edges[at // 2 * 2], edges[at // 2 * 2 + 1]  # edges come in pairs, a heading's start and end
            how = "out" if at % 2 else "in" if end <= last else "over"
            return HeadingCrossed(numbers[at // 2], how, self.written(first, last),
                                  self.written(max(start, first), min(end, last)))
        return None

    def _headings_with(self, lines: Collection[int]) -> tuple[list[int], list[int]]:
        """The Markdown headings' edges and lines (`_heading_edges`), with those of `lines`' in order."""
        if not lines:
            return self._heading_edges, self._heading_lines
        marked = zip(self._heading_lines, zip(self._heading_edges[::2], self._heading_edges[1::2]))
        told = ((line, self._spans[line - 1]) for line in lines if self._spans[line - 1][0] < self._spans[line - 1][1])
        headings = sorted({*marked, *told}, key=lambda heading: heading[1])
        return [edge for _, span in headings for edge in span], [line for line, _ in headings]

    def _starts_of(self, needle: str, minus: Mapping[int, int] | _Lazy) -> list[int]:
        """Every place of `_starts`, found once for each needle (risks share their texts)."""
        key = needle, id(minus)
        if key not in self._all_starts:
            self._all_starts[key] = list(self._starts(needle, minus))
        return self._all_starts[key]

    def cut_edge(self, quote: str) -> tuple[str, str, str] | None:
        """Where `quote` stands in the source's text but begins or ends inside a word or number
        (`_whole_starts`), said in its error, whose closest passage is the quote itself: "start"
        or "end", what it cuts ("sign" for a comparison's or a number's sign before it, "range" for
        a range it begins at the last number of or ends at the first, "number", "word"), and the
        source's text there ("< 5", "5-10", "1/2", "5 * 300", "oacceptabelt"). None where every
        place it stands is whole (it runs over a heading)."""
        (needle, minus), text = self._needle(quote), self.normal
        start = text.find(needle) if needle else -1
        while start >= 0:
            end = start + len(needle)
            if not _starts_whole(text, start, needle[0], self._hard, self._joins, minus):
                before, earlier = text[start - 1], text[start - 2:start - 1]
                ranged = before == "-" and _per_cent(text, start - 1)  # `15 %` of `10 %-15 %`
                signed = needle[0].isdigit() and not ranged and (
                    before in _SIGNS and not earlier.isalnum() or before == "#" or before == "=" and earlier in ("<", ">")
                    or before == " " and (_compared(text, start - 1, self._joins) or start - 2 in minus))
                piece = self._cut_piece(text.rfind(" ", 0, start) + 1, _token_end(text, start))
                numeric = (_numeric(needle[:2]) or needle[0] == "%") and (not before.isalpha() or _a_times_x(text, start - 1))
                kind = "sign" if signed else _number_kind(piece) if numeric else "word"
                return "start", kind, piece
            if not _ends_whole(text, end, needle[-1], self._hard, self._joins):
                piece = self._cut_piece(text.rfind(" ", 0, end - 1) + 1, _token_end(text, end))
                numeric = (_numeric(needle.rstrip(" -")[-2:][::-1] if needle[-1] == "-" else needle[-2:][::-1])
                           or _per_cent(text, end)) and (not text[end:end + 1].isalpha() or _a_times_x(text, end))
                return "end", _number_kind(piece) if numeric else "word", piece
            start = text.find(needle, start + 1)
        return None

    def _cut_piece(self, left: int, right: int) -> str:
        """The source's word or number that a quote begins or ends inside of, from the run of
        characters other than spaces at `left` to the one ending at `right`, taken on over the
        spaces within it: a sign's (`< 5`), a product's (`5 * 300`), the thousands' (`15 000`), a
        word's broken by a hyphen (`barn- fattigdomen`); without the punctuation around it."""
        text, hard, joins, minus = self.normal, self._hard, self._joins, self._minus
        while left and (text[left:_token_end(text, left)] in _STARS + ("-",) and (text[left - 2:left - 1].isdigit()
                                                                                  or _per_cent(text, left - 1))
                        or text[left] == "%" and _per_cent(text, left + 1)
                        or not _starts_whole(text, left, text[left], hard, joins, minus)):
            left = text.rfind(" ", 0, left - 1) + 1
        while right < len(text) and (text[text.rfind(" ", 0, right) + 1:right] in _STARS or text[right - 1] == "-"
                                     or not _ends_whole(text, right, text[right - 1], hard, joins)):
            right = _token_end(text, right + 1)
        if _RANGE.fullmatch(text, left, right) and _per_cent(text, right + 2):
            right += 2  # a range's per cent sign (`10-15 %`, `10 % - 15 %`)
        return text[left:right].strip(".,;:!?()[]\"'")

    def numbers_joined(self, quote: str) -> tuple[str, str] | None:
        """Two numbers that `quote`, wherever it occurs, reads as one: where a space of the
        source that surely groups no thousands (a cell's edge, a paragraph's end: `_breaks`)
        stands between a number of one to three digits and one of three ("1<tab>500" quoted
        "1 500"). The two numbers, or None where some occurrence reads none so (a table's row
        quotes its cells so, each value its own, and is not asked)."""
        joined = self._joined_at(quote)
        return (self.normal[joined[0]:joined[1]], self.normal[joined[1] + 1:joined[1] + 4]) if joined else None

    def lists_number_joined(self, quote: str) -> bool:
        """Whether the first of the `numbers_joined` is a numbered list's item's number, the second
        a figure of the item's text ("3\u2002200 nya bostäder", item 3: `counted_numbers`)."""
        joined = self._joined_at(quote)
        if joined is None:
            return False
        line = self._line_of(joined[1])
        return line - 1 in self.counted_numbers and self.normal.find(" ", self._spans[line - 1][0]) == joined[1]

    def _joined_at(self, quote: str) -> tuple[int, int] | None:
        """Where the first number `numbers_joined` names begins in the normalised text, and the
        space after it."""
        if _DIGITS_SPACED.search(normalise(quote)) is None:
            return None  # each occurrence is the quote's text: most quotes have no two digits spaced
        joined = None
        for start, end in self.occurrences(quote):
            place = next((found.start() + 1 for found in _DIGITS_SPACED.finditer(self.normal, start, end)
                          if found.start() + 1 in self._cut and _leads_thousands(self.normal, found.start() + 1)
                          and _a_thousands_group(self.normal, found.start() + 2) and found.start() + 5 <= end), None)
            if place is None:
                return None
            if joined is None:
                first = place
                while first > start and self.normal[first - 1].isdigit():
                    first -= 1
                joined = first, place
        return joined

    def occurrence_lines(self, quote: str) -> list[int]:
        """The source line (1-based) where each occurrence of `quote` begins."""
        return [self._line_of(start) for start in self._starts_of(*self._needle(quote))]

    def row_lines(self, quotes: list[str]) -> list[int | None]:
        """The source line (1-based) each of a table's rows begins on, by their `quotes` in
        the table's order (None for one not found): its quote's first place, and a quote the
        table gives again its next place (a budget table's "Övrigt 0 0" under two groups), or
        its last where the source has no more, where two rows stand on one line
        (`checks.check_table_rows_once`). Linking and the check share it."""
        given: dict[tuple[str, int], int] = {}
        lines: list[int | None] = []
        for quote in quotes:
            needle, minus = self._needle(quote)
            times = given[needle, id(minus)] = given.get((needle, id(minus)), 0) + 1
            if times == 1:  # found once for every rule (`check_quotes_found`)
                found = self.find(quote)
                lines.append(found.line if found else None)
            else:
                places = self.occurrence_lines(quote)
                lines.append(places[min(times, len(places)) - 1] if places else None)
        return lines

    def occurrence_spans(self, quote: str) -> list[tuple[int, int]]:
        """The source lines (1-based) where each occurrence of `quote` begins and ends."""
        return [self.lines_of(span) for span in self.occurrences(quote)]

    def lines_of(self, span: tuple[int, int]) -> tuple[int, int]:
        """The source lines (1-based) where a span of the normalised text begins and ends."""
        return self._line_of(span[0]), self._line_of(span[1] - 1)

    def cells_spanned(self, quote: str, within: list[tuple[int, int]], label: Callable[[str], bool] | None = None,
                      stop: re.Pattern | None = None) -> list[tuple[int, int, int, int]]:
        """The source lines (1-based) where each occurrence of `quote` begins and ends that is
        whole cells of the source's lines, with the column (0-based, as the line's tabs count
        them) of the cell it begins in, or -1 after a label, and of the cell it ends in. It begins where a line or a cell
        (after a tab) begins, or right after a label that begins one ("Kontrollmoment: Räkna
        lediga platser.": `label` says which text before it is one); and ends where one ends, or before only a full stop, colon,
        semicolon or comma there ("Räkna lediga platser" of the cell "Räkna lediga platser.").
        With `stop`, the labels of a line that gives several texts one after the other
        ("Kontrollmoment: Räkna. Frekvens: Varje vecka."), a `label` may also follow a
        sentence's end within a cell, and the quote may end before a `stop`. Only occurrences
        within one of the ranges of lines `within` are read."""
        spans = []
        for start, end in self.occurrences_within(quote, within):
            first, last = self._line_of(start), self._line_of(end - 1)
            starts, _, ordered = self._cell_edges(first)
            column = starts.get(start)
            if column is None and label is not None and self._labelled(start, ordered, label, stop is not None):
                column = -1
            if column is None:
                continue
            ends = self._cell_edges(last)[1]
            index = bisect.bisect_left(ends, end)  # the cell's end: only signs may come before it
            rest = self.normal[end:ends[index]] if index < len(ends) else ""
            skipped = len(rest) - len(rest.lstrip(".:;, "))
            if index < len(ends) and not rest.strip(".:;, ") or stop is not None and skipped and stop.match(
                    self.normal, end + skipped):
                last_starts, _, last_ordered = self._cell_edges(last)
                spans.append((first, last, column, last_starts[last_ordered[bisect.bisect_right(last_ordered, end - 1) - 1]]))
        return spans

    def cells_reached(self, span: tuple[int, int]) -> list[tuple[int, int, str]]:
        """The cells of the source's lines with tabs that a span of the normalised text (a
        quote's occurrence) reaches into, in order: each as its line (1-based), its column
        (0-based, as the line's tabs count them) and its words within the span."""
        start, end = span
        reached = []
        for line in range(self._line_of(start), self._line_of(max(end - 1, start)) + 1):
            if "\t" not in self.lines[line - 1]:
                continue
            starts, ends, ordered = self._cell_edges(line)
            for cell_start, cell_end in zip(ordered, ends):
                if cell_start < end and cell_end > start:
                    reached.append((line, starts[cell_start], self.normal[max(cell_start, start):min(cell_end, end)]))
        return reached

    def _labelled(self, start: int, ordered: list[int], label: Callable[[str], bool], inline: bool) -> bool:
        """Whether a `label` ends at `start`, begun where its cell begins (`ordered`: the
        line's cell starts) or, `inline`, after a full stop or semicolon and a space there;
        a label is at most `_LONGEST_LABEL` long."""
        cell = ordered[bisect.bisect_right(ordered, start) - 1]
        if start - cell <= _LONGEST_LABEL and label(self.normal[cell:start]):
            return True
        if not inline:
            return False
        cell = max(cell, start - _LONGEST_LABEL - 2)
        sentence = max(self.normal.rfind(". ", cell, start), self.normal.rfind("; ", cell, start))
        return sentence >= 0 and label(self.normal[sentence + 2:start])

    def _cell_edges(self, line: int) -> tuple[dict[int, int], list[int], list[int]]:
        """Where the cells of a line (1-based) begin, with their columns, and end in the
        normalised text, and where they begin in order: a line's words are its cells' words in
        order, since no word holds a tab. Computed once a line."""
        if line not in self._edges:
            self._edges[line] = self._edges_of(line)
        return self._edges[line]

    @cached_property
    def lines(self) -> list[str]:
        """The source's lines as archived (after the line model's breaks), split once for every
        rule that reads lines around a quote."""
        return self.text.split("\n")

    def _edges_of(self, line: int) -> tuple[dict[int, int], list[int], list[int]]:
        starts: dict[int, int] = {}
        ends: list[int] = []
        position = self._spans[line - 1][0]
        for column, cell in enumerate(cells(self.lines[line - 1])):
            words = cell.split()
            if words:
                starts[position] = column
                position += len(" ".join(words))
                ends.append(position)
                position += 1
        return starts, ends, list(starts)

    def is_a_line(self, text: str) -> bool:
        """Whether `text` (normalised, in any case) is a line of the source, as a heading is: it
        begins a line, or follows only a number there (`1.2 Ekonomi`, `3) Ekonomi`, `Mål 3:
        Ekonomi`), and ends one, or a colon or full stop does (`Mål och uppdrag:`), or a table
        of contents' dot leaders and page number (`Ekonomi ..... 12`); it may go on over the next
        lines (a title the document writes over several)."""
        return next(self._lines_that_are(text), 0) > 0

    def is_a_heading_line(self, text: str) -> bool:
        """Whether `text` is a line of the source (`is_a_line`) that reads as a heading: not a
        list's item (its line begins with a bullet, `- Ingen barnfamilj ska vräkas.`) nor a
        sentence (its line ends with a full stop), which a hint must not offer as a heading."""
        return any(not _LINE_BULLET.match(self.lines[number - 1])
                   and not self.lines[number - 1].rstrip().endswith(".")
                   for number in self._lines_that_are(text))

    def _lines_that_are(self, text: str) -> Iterator[int]:
        """The source's lines (1-based) that `text` is, as `is_a_line` reads one."""
        needle = normalise(text).casefold()
        if needle:
            # The lines' own openings first: a heading found there spares reading every line's number.
            yield from self._opens_a_line(needle, self._line_openings)
            yield from self._opens_a_line(needle, self._numbered_openings)

    def _opens_a_line(self, needle: str, openings: list[tuple[str, int]]) -> Iterator[int]:
        index = bisect.bisect_left(openings, (needle[:_OPENING],))
        while index < len(openings) and openings[index][0].startswith(needle[:_OPENING]):
            start = openings[index][1]
            end = start + len(needle)
            if self.normal[start:end].casefold() == needle:
                line = self._line_of(max(end - 1, start))
                if end <= self._spans[line - 1][1] and _ends_a_heading(self.normal, end, self._spans[line - 1][1]):
                    yield line
            index += 1

    def lines_going_on(self, text: str) -> list[str]:
        """The rest of each line of the source (after a number, as `is_a_line` reads one) that
        begins with `text`'s words, in any case, and goes on after them, from where `text` begins:
        `Mål och uppdrag:` for `Mål`, `Resultatbudget, mnkr` for `Resultatbudget`. Each once, in
        any case, as the source writes it (`written`): a hint offers it to be copied, and a
        heading normalised (`Ekonomi - drift` of "Ekonomi – drift") showed another dash than the
        document's."""
        needle = normalise(text).casefold()
        found: dict[str, str] = {}
        for openings in (self._line_openings, self._numbered_openings):
            index = bisect.bisect_left(openings, (needle[:_OPENING],))
            while needle and index < len(openings) and openings[index][0].startswith(needle[:_OPENING]):
                start = openings[index][1]
                end = start + len(needle)
                line_end = self._spans[self._line_of(start) - 1][1]
                if end < line_end and not self.normal[end].isalnum() and self.normal[start:end].casefold() == needle:
                    rest = self.normal[start:line_end].rstrip()
                    found.setdefault(rest.casefold(), self.written(start, start + len(rest)))
                index += 1
        return list(found.values())

    @cached_property
    def _line_openings(self) -> list[tuple[str, int]]:
        """Each line's first characters, case-folded, and where they start in the normalised
        text, sorted; a line that begins with a quotation mark (`”Ekonomi”`), once more from after it."""
        openings = []
        for start, end in self._spans:
            if start != end:
                openings.append((self.normal[start:start + _OPENING].casefold(), start))
                if self.normal[start] in "\"'" and end > start + 1:
                    openings.append((self.normal[start + 1:start + 1 + _OPENING].casefold(), start + 1))
        return sorted(openings)

    @cached_property
    def _numbered_openings(self) -> list[tuple[str, int]]:
        """The same from after the number a line begins with (`_NUMBERING`), for the lines that
        begin with one: read only when a text is no line's own opening."""
        openings = []
        for start, end in self._spans:
            numbered = _NUMBERING.match(self.normal, start, end) if start != end else None
            if numbered and not _no_number(self.normal, numbered, end):
                openings.append((self.normal[numbered.end():numbered.end() + _OPENING].casefold(), numbered.end()))
        return sorted(openings)

    def occurs_ignoring_case(self, quote: str) -> bool:
        """Whether `quote` would be found if case did not count (same word and number edges)."""
        needle, signs = self._needle(quote)
        needle = needle.casefold()
        # The edges' places are the normalised text's: in the case-folded one only where it is as long ("ß" is "ss").
        same = len(self._folded) == len(self.normal)
        hard, joins, minus = (self._hard, self._joins, signs) if same else (frozenset(), frozenset(), _NO_PLACES)
        found = _whole_starts(self._folded, needle, hard, joins, minus) if needle else iter(())
        if (signs is _SIGNED or signs is _MINUS) and same:
            found = (start for start in found if self._signed(start, signs))
        return next(found, -1) >= 0

    @cached_property
    def _folded(self) -> str:
        return self.normal.casefold()

    @cached_property
    def word_spans(self) -> list[tuple[int, int]]:
        """Each word of the normalised text (a run of characters other than white space): its start and end."""
        return [(m.start(), m.end()) for m in re.finditer(r"\S+", self.normal)]

    @cached_property
    def _word_lines(self) -> list[int]:
        """The source line each normalised word starts on."""
        return [self._line_of(start) for start, _ in self.word_spans]

    @cached_property
    def _word_keys(self) -> list[str]:
        """Each normalised word as `closest` compares words: casefolded, without punctuation."""
        return [_word_key(self.normal[start:end]) for start, end in self.word_spans]

    def renew_closest_budget(self) -> None:
        """A new run's `CLOSEST_BUDGET`: `mkdocs serve` keeps a source between rebuilds, and its
        budget ran down over a session (the review: no hints after 1,381 quotes). What was found
        stays found."""
        self._closest_budget = CLOSEST_BUDGET

    def closest(self, quote: str) -> tuple[str, int]:
        """The passage of the source most like `quote`, and its line, to help fix a typo
        (computed once per quote: the quote's error and the list rule ask for it); ("", 0)
        once the source's `CLOSEST_BUDGET` is spent."""
        (start, end), line = self._closest_span(quote)
        return self.normal[start:end], line

    def closest_widened(self, quote: str, words: int) -> str:
        """`closest`'s passage with up to `words` words of the source on either side: what a
        quote that begins or ends otherwise than the passage is compared with (`differences`)."""
        start, end = self.closest_widened_span(quote, words)
        return self.normal[start:end]

    def closest_widened_span(self, quote: str, words: int) -> tuple[int, int]:
        """Where `closest_widened`'s text lies in the normalised text."""
        (start, end), _ = self._closest_span(quote)
        spans = self.word_spans
        if not spans:
            return 0, 0
        first = bisect.bisect_left(spans, start, key=lambda span: span[0])
        last = bisect.bisect_left(spans, end, key=lambda span: span[1])
        return spans[max(0, first - words)][0], spans[min(len(spans) - 1, last + words)][1]

    def _closest_span(self, quote: str) -> tuple[tuple[int, int], int]:
        if quote not in self._closest:
            found = self._closest_passage(quote)
            if not found[1]:  # the budget was spent: looked for again in a run with a budget
                return found
            self._closest[quote] = found
        return self._closest[quote]

    def _closest_passage(self, quote: str) -> tuple[tuple[int, int], int]:
        """`closest`, looked for.

        Passages of one word fewer or more than the quote are tried too, and a passage
        within one source line is preferred over one that spills into the next line.
        Passages are first ranked by how many of the quote's words they hold (one pass over
        the source); only the best ranked are compared letter by letter, which is what
        costs: comparing every passage of a long source took seconds per quote."""
        needle = normalise(quote)
        words = self.word_spans
        if not words:
            return (0, 0), 1
        size = max(1, len(needle.split()))
        widths = sorted({max(1, size - 1), size, size + 1})
        self._closest_budget -= len(words) * len(widths)
        if self._closest_budget < 0:
            return (0, 0), 0
        lines = self._word_lines
        ranked = _most_shared([self._shared_words(needle, width) for width in widths], widths)
        best, best_span = -1.0, (0, 0)
        matcher = difflib.SequenceMatcher(autojunk=False)
        # Letter by letter costs the square of the quote's length: a long quote (a paragraph
        # pasted from another text) is compared word by word, its words as the letters.
        by_words = len(needle) > _LETTERS_COMPARED
        matcher.set_seq2(needle.split() if by_words else needle)
        for width, first in ranked:  # in the source's order
            last = min(len(words), first + width) - 1
            span = (words[first][0], words[last][1])
            weight = 1.0 if lines[first] == lines[last] else 0.95
            passage = self.normal[span[0]: span[1]]
            matcher.set_seq1(passage.split() if by_words else passage)
            if matcher.real_quick_ratio() * weight <= best or matcher.quick_ratio() * weight <= best:
                continue
            ratio = matcher.ratio() * weight
            if ratio > best:
                best, best_span = ratio, span
        return best_span, self._line_of(best_span[0]) if self.normal else 1

    def _shared_words(self, needle: str, width: int) -> list[int]:
        """For each passage of `width` words (by its first word), how many of the needle's
        words it holds, each counted as often as the needle has it."""
        keys = self._word_keys
        wanted: dict[str, int] = {}
        for key in map(_word_key, needle.split()):
            wanted[key] = wanted.get(key, 0) + 1
        if len(keys) >= width:
            return self._shared_in_windows(wanted, width)
        have: dict[str, int] = {}
        shared, counts = 0, []
        for index, key in enumerate(keys):
            held = have.get(key, 0)
            shared += held < wanted.get(key, 0)
            have[key] = held + 1
            if index >= width:
                gone = keys[index - width]
                have[gone] -= 1
                shared -= have[gone] < wanted.get(gone, 0)
            if index >= width - 1:
                counts.append(shared)
        return counts or [shared]  # a source shorter than the passage: one passage, all of it

    @cached_property
    def _key_places(self) -> dict[str, list[int]]:
        """Where each word key (`_word_keys`) stands among the source's words, in order."""
        places: dict[str, list[int]] = {}
        for index, key in enumerate(self._word_keys):
            places.setdefault(key, []).append(index)
        return places

    def _shared_in_windows(self, wanted: dict[str, int], width: int) -> list[int]:
        """`_shared_words` for a source of at least `width` words, from the places of the
        needle's words alone: a window's count changes only where one of them comes in or
        goes out, so the source's other words cost nothing but the copying of counts (a quote
        not found took a pass over every word of the source, three times)."""
        total = len(self._word_keys)
        changes: list[tuple[int, str, int]] = []  # (after which word, key, +1 or -1)
        for key in wanted:
            for place in self._key_places.get(key, ()):
                changes.append((place, key, 1))
                if place + width < total:
                    changes.append((place + width, key, -1))
        changes.sort(key=lambda change: change[0])
        counts = [0] * (total - width + 1)  # counts[first]: the window of words first..first+width-1
        have = dict.fromkeys(wanted, 0)
        shared, last = 0, width - 1  # the windows ending at `last` and on hold `shared` until the next change
        for index, key, step in changes:
            if index > last:
                if shared:
                    counts[last - width + 1: index - width + 1] = [shared] * (index - last)
                last = index
            held = have[key]
            shared += (held < wanted[key]) if step > 0 else -(held - 1 < wanted[key])
            have[key] = held + step
        if shared:
            counts[last - width + 1:] = [shared] * (total - last)
        return counts

    def as_written(self, passage: str, line: int) -> str:
        """`passage`, a part of the normalised text that begins on `line` (or where it first
        occurs), as the source writes it (`written`); `passage` itself where it is no such part."""
        start = self._place_on(passage, line)
        return self.written(start, start + len(passage)) if start >= 0 and passage else passage

    def written(self, start: int, end: int) -> str:
        """The normalised text from `start` to `end` as the source writes it: its own dashes,
        quotation marks and no-break spaces, on one line (`_written_pieces`). A hint offers it
        to be copied: it reads the same to the checks. As normalised where that cannot be told."""
        compared = self.normal[start:end]
        if not compared:
            return compared
        first, last = self._line_of(start), self._line_of(end - 1)
        # Down to the line after the last: an emphasis's star at a line's end is read with the next line.
        region = _written_pieces("\n".join(self.lines[first - 1:last + 1]))
        lines: list[list[_Piece]] = [[]]
        for piece in region:
            if piece[0] == "\n":
                lines.append([])
            else:
                lines[-1].append(piece)
        written, joint = [], None  # `joint`: the normalised text's space after the line before
        for number, pieces in zip(range(first, last + 1), lines):
            line_start, line_end = self._spans[number - 1]
            if line_start == line_end:
                continue
            folded = _words_and_spaces(pieces)
            if _pieces_text(folded) != self.normal[line_start:line_end]:
                return compared  # read otherwise than the normalised text: shown as compared
            if joint is not None and joint < line_start and start <= joint < end:
                written.append(" ")  # a line break, as a space (glued after a soft hyphen)
            place = line_start
            for piece, shown in folded:
                after = place + len(piece)
                if start <= place and after <= end:
                    written.append(shown)
                elif place < end and after > start:
                    return compared  # begins or ends within one of the source's characters
                place = after
            joint = line_end
        shown = "".join(written)
        # A space of another kind after a list's mark or a heading's the passage begins with
        # ("•\u2009…") leaves the mark in the compared quote: such a passage is shown as compared.
        return shown if normalise(shown) == normalise(compared) else compared

    def _place_on(self, passage: str, line: int) -> int:
        """Where `passage` begins in the normalised text on `line`, or first; -1 where nowhere."""
        first = at = self.normal.find(passage)
        while at >= 0 and self._line_of(at) < line:
            at = self.normal.find(passage, at + 1)
        return at if at >= 0 and self._line_of(at) == line else first

    def line_spans(self) -> list[tuple[int, int]]:
        """For each source line, its (start, end) range in the normalised text; a line
        without words has an empty range."""
        return self._spans
