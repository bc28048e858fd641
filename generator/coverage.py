"""How much of each archived source the plans quote: the editors' coverage report.

A source is cut into units, one per non-empty line: list items, paragraphs, and headings
(short lines without closing punctuation, which need no item of their own). A unit is
covered when quotes of items and table rows span at least `COVERED` of its characters,
and excluded when the plan's `excluded` list does. Every list item must be one or the
other: a commitment a voter could find in the source must not be missing on the site.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, field

from . import lazy_regex
from .lines import split_lines
from .pages import LONGEST_PAGE_NUMBER, PAGE_NUMBER, a_pages_number, page_furniture, running_heads
from .quotes import (_A_LISTS_ITEM_LINES, FOOTNOTE_MARKS, GOES_ON, GROUP_SPACES, LIST_BULLETS, LIST_MARK_SPACE, LIST_MARKS, MINUS_SIGNS, SENTENCE_ENDED,
                     SHORT_LINE, NumberedLine, SourceText, counting_runs, runs_on, text_under, wrapped_between)
from .swedish import SWEDISH_LETTERS, UNIT_WORDS

COVERED = 0.8
_HEADINGS_LENGTH = 90  # characters a heading is shorter than (`_kind`), as a table's caption is (`_under_a_caption`)
# A list's mark, as the quote check drops it (`quotes._LINE_BULLET`): a bullet with or without
# a space after it ("•Fler förskolor", as pdftotext writes a list set close), others with one.
# A numbered item's mark: its number and its full stop or parenthesis, or a letter's ("a)"),
# also between the stars of Markdown's emphasis ("**1.** Ja") or its underscores ("_1)_ Ja"),
# which the quote check drops: read as none, the list's items were headings, and a plan that left
# one out passed. Not stars that close after more words: a heading in bold ("**1. Mål och uppdrag:**").
# Also in brackets on both sides ("(a)", "(1)"): read as none, "(a) Fler vakter" was a heading, where
# "a) Fler vakter" is an item. Not a letter and its full stop that an abbreviation written with
# spaces begins ("s. k. hybridlärande", "t. ex. i Norrby", "i. e."): read as "s." and "i.", a
# line of prose was an item a plan had to quote or exclude. Only such an abbreviation's
# (`_SPACED_ABBREVIATIONS`), not any short word's after a letter: "b. ca. 200 nya platser", "b. t.
# ex. fler poliser" and "b. s. 12" are a list's items, which read as prose were headings and a plan
# that left them out passed. Nor "s." before a number, a page's ("… i bilagan på" over "s. 12 och
# 13"). Group `count`, the number or letter it counts by (`_marks_count`).
_OPENING_BRACKET = r"(?:\((?=(?:\d{1,2}|[a-zåäö])\)))?"  # "(" only where its ")" closes the mark; a year's "(2022)" none
# An abbreviation written with spaces, by its first two parts ("s. k.", "t. ex.", "o. s." of "o. s. v.").
_SPACED_ABBREVIATIONS = ("s k", "s a", "t ex", "t o", "t v", "t h", "i e", "i st", "i o", "o s", "o d", "o dyl",
                         "m m", "m fl", "m a", "d v", "d ä", "d y", "e d", "e g", "e [Kk]r", "f d", "f ö", "f n",
                         "f [Kk]r", "p g", "u a", "v g")
_A_SPACED_ABBREVIATION = ("(?:" + "|".join(rf"{first}\.[^\S\n]+{second}\."
                                           for first, second in (each.split() for each in _SPACED_ABBREVIATIONS))
                          + r")(?!\S)|s\.[^\S\n]+\d")  # and a page's "s. 12", no item "s."
_NUMBER_MARK = rf"{_OPENING_BRACKET}(?P<count>\d+|(?!{_A_SPACED_ABBREVIATION})[a-zåäö])[.)]"
_NUMBER_MARK_WRITTEN = rf"(?:(?P<stars>\*+)|(?P<underscores>_+))?(?P<mark>{_NUMBER_MARK})(?(stars)\*+)(?(underscores)_+)"
_LIST_ITEM = re.compile(rf"^\s*(?:(?:[{re.escape(LIST_MARKS)}]|{_NUMBER_MARK_WRITTEN}){LIST_MARK_SPACE}+"
                        rf"|[{re.escape(LIST_BULLETS)}]{LIST_MARK_SPACE}*)\S")
# A numbered list item's mark as `_number_mark` reads it: `_NUMBER_MARK` (a list numbered by a space
# alone has its number read once, by the quote check: `_numbered_items`).
_A_NUMBER_MARK = re.compile(rf"\s*{_NUMBER_MARK_WRITTEN}{LIST_MARK_SPACE}")
# A list item's number set off from its text by a tab, the rest of the line one cell ("1<tab>Fler
# vakter", as a word processor's list copied out writes it): the quote check reads a tab as a
# cell's edge, never a list's number's space (`quotes._A_COUNTED_NUMBER`), so the list was no list.
# Also by two tabs ("1<tab><tab>Fler vakter"), as a list indented past a tab stop is copied out.
# A table's row of more cells ("1<tab>Kontroll<tab>2024") is none.
_TAB_NUMBERED = lazy_regex.compile(r"[^\S\t\n]*(\d{1,2})[^\S\t\n]*\t[^\S\n]*([^\t]*)")
# A list item's number and its full stop or parenthesis alone on its line, the item's text on the
# next ("1." over "Fler vakter"), as pdftotext writes a list whose numbers stand apart from their
# text: read as a paragraph "1." and a heading, the list was none.
_NUMBER_ALONE = lazy_regex.compile(rf"[^\S\n]*{_OPENING_BRACKET}(\d{{1,2}})[.)][^\S\n]*")
# So a small letter ("a)" over "Minska hemlösheten"), counting as its place in the alphabet: `_runs_apart`.
# Either also in brackets on both sides ("(1)", "(a)").
_LETTER_ALONE = lazy_regex.compile(rf"[^\S\n]*{_OPENING_BRACKET}([a-zåäö])[.)][^\S\n]*")
# A decimal sub-item's number ("1.1 Fler vakter", "2.3." alone over its text): a sub-list's mark under an item (`_past_a_sub_list`).
_DECIMAL_MARK = lazy_regex.compile(r"[^\S\n]*\d{1,2}\.\d{1,2}\.?(?:[^\S\n]+[^\W\d_]|[^\S\n]*$)")
# A small Roman numeral, i to xxxix, in brackets on both sides too ("iv)", "(ii)"), group 1 its numeral.
_SMALL_ROMAN = r"(?:\((?=[ivx]+\)))?(?=[ivx])(x{0,3}(?:ix|iv|v?i{0,3}))[.)]"
# So a Roman numeral, in capitals or small letters, or a capital letter ("II.", "iv)", "(ii)", "B."): a mark alone (`_a_mark_alone`).
_OTHER_MARK_ALONE = lazy_regex.compile(rf"{_SMALL_ROMAN}|(?:X{{0,3}}(?:IX|IV|V?I{{0,3}})|[A-ZÅÄÖ])[.)]")
# A list's item marked by a small Roman numeral, on its line ("ii) Mer ljus") or alone over its
# text ("ii)" over "Mer ljus"): `_roman_items`.
_ROMAN_MARK = lazy_regex.compile(rf"[^\S\n]*{_SMALL_ROMAN}(?:[^\S\n]+(?=\S)|[^\S\n]*$)")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
# A list item's number with its full stop or parenthesis, a space and its text's capital ("3. Trygghet",
# "2) Mer ljus"), which `_LIST_ITEM` reads as a list's item: `_dotted_no_items`.
_DOT_NUMBERED = lazy_regex.compile(rf"[^\S\n]*{_OPENING_BRACKET}(\d{{1,2}})[.)][^\S\n]+([A-ZÅÄÖ])")
# A sentence's end within a line or at its end ("Vi ska öka tryggheten. Vakterna blir fler."): `_headed_goals`.
_A_SENTENCES_END = lazy_regex.compile(r"[.!?](?=\s|$)")
# A list item's number set off by a space before its text's capital ("1 Fler vakter", as the quote
# check reads a list numbered by a space alone; not "3 500 kronor"): `_numbered_beside`.
_SPACE_NUMBERED = lazy_regex.compile(r"[^\S\t\n]*(\d{1,2})[^\S\t\n]+[A-ZÅÄÖ]")
# The text of an item numbered apart (`_TAB_NUMBERED`, `_NUMBER_ALONE`): it begins with a letter, or
# with a figure that a word follows ("200 nya bostäder", "10 000 fler poliser"), which no space
# joins to the item's number as a thousand; not a figure alone, a table's cell ("3<tab>Trygg
# skolväg" under "3." at a page's foot) or a page's number.
_ITEMS_TEXT = lazy_regex.compile(rf"[^\W\d_]|\d[\d{GROUP_SPACES}]*(?:[.,]\d+)?[^\S\t\n]*%?[^\S\t\n]+[^\W\d_]")
# An item of a list in small letters that goes on to the next as one sentence's part: it ends in a
# comma or a semicolon, or on "och", "eller", "samt" ("minska hemlösheten,", "korta köerna och"): `_a_scale`.
_ITEM_GOES_ON = lazy_regex.compile(r"(?:[,;]|(?<!\S)(?:och|eller|samt))[^\S\n]*$")
# A lead-in's sentence going on into the list's items without a colon, ending in "att" or a preposition ("Nämnden ska
# arbeta med" over "a)" over "minska hemlösheten"), or in a word that announces what follows ("Vi ska arbeta med
# följande", "nedan", "dessa"), as no scale's heading ends ("Sannolikhet"): `_a_scale`.
_LEAD_IN_GOES_ON = lazy_regex.compile(r"(?<!\S)(?:att|med|för|till|av|om|på|i|genom|mot|inom|från|efter|vid|kring|bland|hos"
                                      r"|följande|nedan|dessa)[^\S\n]*$")
# A lead-in that grades by what follows ("Risker bedöms enligt följande", "enligt skalan nedan", "utifrån dessa"):
# a scale's steps follow it, no sentence's parts, though it ends in a word announcing them (`_a_scale`).
_GRADED_BY = lazy_regex.compile(r"(?<!\S)(?:enligt|utifrån)(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+(?:följande|nedan|dessa)[^\S\n]*$")
# A figure as a pdf's text writes one: "620,9", "-46,7", "1 250", its thousands grouped by any space
# a typesetter groups them with (a thin or figure space too), its minus any the quote check reads
# as one ("‒46,7", a figure dash): a table's cell (`_FIGURE`, `_A_ROW_OF_CELLS`).
_A_FIGURE = rf"[{MINUS_SIGNS}+]?\d[\d{GROUP_SPACES}]*(?:[.,]\d+)?"
# A numbered line's text that is a table's row: its label, words one space apart, then cells of
# amounts, each set off by a wide space (a tab, two spaces or more, an en or em space: "Skola<tab>12
# mnkr", "Skola   12 mnkr   14 mnkr", "Skola\u200212 mnkr"), its unit after it or none (`_no_list`).
# Not a line set out justified by pdftotext -layout, its words wide apart ("Minska  hemlösheten
# med  50 %", a list's item wrapped): read as a row, the list was none, and a plan that left it out passed.
# Each cell read once (an atomic group): a figure's groups and a cell's edge are both spaces, and a
# row of many figures not ending in one was tried every way of parting them (seconds for 20 cells).
# A year alone in a cell is no amount: "1 Ny skola klar   2026" is a list's goal with its year, and
# read as a row, a plan that left the goals out passed.
_A_ROW_OF_CELLS = lazy_regex.compile(rf"\S+(?:[^\S\n\t\u2002\u2003]\S+)*(?>(?:\t|[^\S\n]{{2}}|[\u2002\u2003])[^\S\n]*"
                                     rf"(?!(?:19|20)\d\d[^\S\n]*(?:$|\t|[^\S\n]{{2}}|[\u2002\u2003]))"
                                     rf"{_A_FIGURE}(?:[^\S\n]*(?:%|[^\W\d_]{{1,6}}\.?))?)+[^\S\n]*")
# A table's caption over its rows, a table numbered in its first column: "Tabell 1", "Tabell 2:
# Stadsdelar", "Tabell 3. Budget" (`_no_list`).
_CAPTION = lazy_regex.compile(r"\s*tabell\s+\d+(?:[.:\s]|$)", re.IGNORECASE)
# A table of contents' own heading, with a colon too ("Innehåll:", "Innehållsförteckning:"): no list's lead-in (`_no_list`).
_CONTENTS_HEADING = lazy_regex.compile(r"\s*innehåll", re.IGNORECASE)
# A caption's title ending in an abbreviation's full stop ("Budget m.m.", "Skola, vård etc.", a unit's after a comma,
# "Driftbudget, tkr.", not a sentence's "… i tkr."), which ends no sentence there where the title begins with its
# capital (`_under_a_caption`).
_ABBREVIATION_LAST = lazy_regex.compile(r"(?:\b[^\W\d_]+\.){2,}$|\betc\.$|,[^\S\n]*(?:" + "|".join(("kr", *UNIT_WORDS))
                                        + r")\.$", re.IGNORECASE)
# A chapter's numbered heading's number, as a space or its full stop sets it off: "3 Trygghet", "3. Trygghet" (`_a_chapter_before`).
_A_CHAPTERS_NUMBER = lazy_regex.compile(r"\s*(\d{1,2})[.)]?[^\S\n]+[A-ZÅÄÖ]")
# A chapter's heading's number, dropped to compare it with a table of contents' entry (`_no_list`).
_A_HEADINGS_NUMBER = lazy_regex.compile(r"^(?:\d+(?:\.\d+)*[.)]?[^\S\n]+|\d+[.)]?$)")
# A footnote's mark in a page's text: a superscript digit, or a digit or two flattened into the
# word before it by a pdf's text, after its small letter or its sentence's full stop ("hemlösa1",
# "hemlösa.2"; not "CO2" nor "2024"). Not an area's or a volume's unit after its number ("120 m2",
# "40 km²", "5m3", group `unit`, which `_footnotes` reads past): read as mark 2, a list of two
# last on the page was its footnotes, no list, and a plan that left its items out passed. A mark
# after such a unit's sentence's full stop ("500 m2.2", group `after`) is one: read past with the
# unit, a page's footnotes marked so were a list, and a correct plan was refused for leaving it out.
# Also a digit or two in brackets or parentheses after a word, its punctuation or a space
# ("hemlösa[1]", "köerna.(2)", "hemlösa [1]", group `bracketed`): read as no mark, the page's
# footnotes were a list a correct plan was told to quote or exclude.
_FOOTNOTE_MARK = lazy_regex.compile(rf"(?P<unit>\d[^\S\n]*[kcdm]?m[23\u00b2\u00b3](?!\w))(?:\.(?P<after>\d{{1,2}})(?!\d|[.,]\d))?"
                                    rf"|[{FOOTNOTE_MARKS}]+"
                                    rf"|(?<=[a-zåäöéü])[.,]?(?P<digits>\d{{1,2}})(?!\d)"
                                    rf"|(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:!?])|(?<=[^\W\d_][^\S\n]))"
                                    rf"(?:\[(?P<bracketed>\d{{1,2}})\]|\((?P<parenthesised>\d{{1,2}})\))")
_SUPERSCRIPTS = str.maketrans(FOOTNOTE_MARKS, "1230456789")  # each superscript digit as the digit it is
# A table of contents' line: dot leaders (". . . ." too) and a page number at its end ("Bilaga 2 …… 14").
CONTENTS_LINE = re.compile(r"(?:\.{2,}|\u2026|(?:\.[ \t]){3,})[\s.\u2026]*\d{1,4}\s*$")


@dataclass
class Unit:
    line: int
    text: str
    kind: str  # "list" | "paragraph" | "heading"
    quoted: float = 0.0  # share of characters inside quotes
    excluded: float = 0.0

    @property
    def status(self) -> str:
        if self.quoted >= COVERED:
            return "quoted"
        if self.excluded + self.quoted >= COVERED:
            return "excluded"
        return "partly" if self.quoted + self.excluded > 0 else "missing"

    @property
    def counts(self) -> bool:
        return self.kind != "heading"


@dataclass
class SourceCoverage:
    """One source's coverage, with every figure the pages and the command show."""

    archive: str
    units: list[Unit] = field(default_factory=list)
    list_items: list[Unit] = field(default_factory=list)
    paragraphs: list[Unit] = field(default_factory=list)
    uncovered_list_items: list[Unit] = field(default_factory=list)
    open_units: list[Unit] = field(default_factory=list)  # counted units neither quoted nor excluded
    list_done: int = 0
    list_total: int = 0
    paragraphs_done: int = 0
    paragraphs_total: int = 0
    open_count: int = 0  # the units of `open_units`
    share: float = 1.0  # of the characters of list items and paragraphs, quoted or excluded

    def _compute(self) -> "SourceCoverage":
        done = ("quoted", "excluded")
        self.list_items = [u for u in self.units if u.kind == "list"]
        self.paragraphs = [u for u in self.units if u.kind == "paragraph"]
        self.uncovered_list_items = [u for u in self.list_items if u.status not in done]
        self.open_units = [u for u in self.units if u.counts and u.status not in done]
        self.list_total, self.paragraphs_total = len(self.list_items), len(self.paragraphs)
        self.list_done = self.list_total - len(self.uncovered_list_items)
        self.paragraphs_done = sum(u.status in done for u in self.paragraphs)
        self.open_count = len(self.open_units)
        counted = [u for u in self.units if u.counts]
        total = sum(len(u.text) for u in counted)
        covered = sum(len(u.text) * min(1.0, u.quoted + u.excluded) for u in counted)
        self.share = covered / total if total else 1.0
        return self


# A table's cell that is a figure (`_A_FIGURE`), or a share: "620,9", "25 %".
_FIGURE = re.compile(rf"{_A_FIGURE}\s*%?")


def _figures_in(row: str) -> bool:
    """Whether a tab-separated line has a figure in a cell after its first (its row's label)."""
    return any(_FIGURE.fullmatch(cell.strip()) for cell in row.strip().split("\t")[1:])


def _kind(text: str, following: str = "", marked: bool = True) -> str:
    """What a line is; `following`, the next line with text, tells a table's header row that
    names years ("Budget 2024") from a row of sentences: figures stand under the one. Not
    `marked`, a list's mark first on it is none (`_brackets_in_a_sentence`)."""
    if text.lstrip().startswith("#"):
        return "heading"  # a Markdown heading
    stripped = text.strip()
    if len(stripped) <= LONGEST_PAGE_NUMBER and PAGE_NUMBER.fullmatch(stripped):
        return "heading"  # a page's number: needs no item, like a heading
    if marked and _LIST_ITEM.match(text):
        return "list"
    stripped = stripped.strip("*").strip()
    if "\t" in stripped and not _figures_in(stripped) and (
            not re.search(r"\d", stripped) or ("\t" in following and _figures_in(following))):
        return "heading"  # a table's header row; the table itself carries its columns
    if len(stripped) < _HEADINGS_LENGTH and not SENTENCE_ENDED.search(stripped):
        return "heading"
    if len(stripped) < 60 and stripped.endswith((":", "?")):
        return "heading"  # a lead-in or question heading such as "Liberalerna vill:"
    return "paragraph"


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans merged into sorted, disjoint ranges."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        elif start < end:
            merged.append((start, end))
    return merged


def _intersection(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where two lists of sorted, disjoint ranges overlap."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


class _Marked:
    """Sorted, disjoint ranges of a normalised text, counting the characters (not the
    spaces) they cover within a range."""

    def __init__(self, normal: str, ranges: list[tuple[int, int]]):
        self.normal, self.ranges = normal, ranges
        self.starts = [start for start, _ in ranges]

    def count(self, start: int, end: int) -> int:
        total = 0
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.ranges[index][1] > start:
            a, b = max(start, self.ranges[index][0]), min(end, self.ranges[index][1])
            total += (b - a) - self.normal.count(" ", a, b)
            index -= 1
        return total


# Checks and linking both measure every plan's source with the same quotes; a report is
# computed once per source object and set of quotes (and nobody changes a report).
_MEASURED: "weakref.WeakKeyDictionary[SourceText, dict]" = weakref.WeakKeyDictionary()


def measured(source: SourceText) -> dict:
    """The reports made for this source so far (by set of quotes): a worker that checked
    plans hands them back, so that linking does not measure again (`add_measured`)."""
    return dict(_MEASURED.get(source, {}))


def add_measured(source: SourceText, reports: dict) -> None:
    _MEASURED.setdefault(source, {}).update(reports)


def measure(archive: str, source: SourceText, quotes: list[str], exclusions: list[str]) -> SourceCoverage:
    """Coverage of one source by the given quotes and exclusion quotes."""
    # Coverage depends on which quotes there are, not on their order or repetition.
    key = (archive, frozenset(quotes), frozenset(exclusions))
    known = _MEASURED.setdefault(source, {})
    if key not in known:
        known[key] = _measure(archive, source, quotes, exclusions)
    return known[key]


def _measure(archive: str, source: SourceText, quotes: list[str], exclusions: list[str]) -> SourceCoverage:
    normal = source.normal
    quoted_ranges = _union([span for q in quotes for span in source.occurrences(q)])
    excluded_ranges = _union([span for q in exclusions for span in source.occurrences(q)])
    quoted = _Marked(normal, quoted_ranges)
    excluded = _Marked(normal, excluded_ranges)
    both = _Marked(normal, _intersection(quoted_ranges, excluded_ranges))
    result = SourceCoverage(archive)
    lines = split_lines(source.text)
    following = _following_lines(lines)
    numbered = _numbered_items(source) | _roman_items(source)
    marks = {_number_line(lines, item) for item in numbered.values() if item.space == "\n"}  # a number alone: the item's mark
    dotted = _dotted_no_items(source)  # "3. Trygghet" over its text, "1. Skola   12 mnkr": no list's items
    in_sentences = _brackets_in_a_sentence(source)  # "(12) och där …" under "… på sidan": a wrapped line
    for number, (start, end) in enumerate(source.line_spans(), start=1):
        if number > len(lines) or not lines[number - 1].strip() or end <= start:
            continue
        kind = ("list" if number - 1 in numbered else "heading" if number - 1 in marks or _a_mark_alone(lines[number - 1])
                else _kind(_DOT_NUMBERED.sub(r"\1 \2", lines[number - 1], 1) if number - 1 in dotted else lines[number - 1],
                           following[number - 1], number - 1 not in in_sentences))
        if kind == "list":
            start += _number_mark(lines[number - 1], normal[start:end], numbered.get(number - 1))
        chars = (end - start) - normal.count(" ", start, end)
        unit = Unit(number, lines[number - 1].strip(), kind)
        unit.quoted = quoted.count(start, end) / chars
        unit.excluded = (excluded.count(start, end) - both.count(start, end)) / chars
        result.units.append(unit)
    return result._compute()


def _brackets_in_a_sentence(source: SourceText) -> set[int]:
    """The lines (0-based) that begin with a list's mark in brackets on both sides followed by a
    small letter, right under a line of running text whose sentence goes on (`runs_on`), no line
    marked one less above it nor one more below within an item's most lines: a wrapped sentence's
    figure or note in brackets ("… på sidan" over "(12) och där …", "… enligt punkt" over "(a) och
    skola …"), no list's item. Read as "12) och där …", it was an item a plan had to quote or
    exclude. A list in brackets going on from its lead-in in small letters ("Nämnden ska" over
    "(a) minska hemlösheten," over "(b) korta köerna") counts on, and stays one."""
    lines, found = source.lines, set()
    for index, line in enumerate(lines):
        if not (index and line.lstrip().startswith("(") and (mark := _A_NUMBER_MARK.match(line))
                and mark["mark"].startswith("(") and GOES_ON.match(line[mark.end():]) and runs_on(lines[index - 1])):
            continue
        count, lettered = _marks_count(mark["count"]), mark["count"].isalpha()
        near = lines[max(0, index - _A_LISTS_ITEM_LINES):index] + lines[index + 1:index + 1 + _A_LISTS_ITEM_LINES]
        counts = {_marks_count(other["count"]) for other in map(_A_NUMBER_MARK.match, near)
                  if other and other["count"].isalpha() == lettered}
        if not counts & {count - 1, count + 1}:
            found.add(index)
    return found


def _a_mark_alone(line: str) -> bool:
    """Whether a line is a list's number or small letter alone, with its full stop or parenthesis
    ("1.", "b)"), of no list's item (one of a list of one, "1." over "Fler vakter." over a
    paragraph): a mark, nothing to quote, as it is of an item's (`_runs_apart`). Read as a
    paragraph, it was one no quote could cover (shorter than `model.MIN_QUOTE_CHARS`), and its
    plan stood among those with paragraphs neither quoted nor excluded whatever it quoted. So a
    Roman numeral's or a capital letter's ("II." over "Mer ljus", "iv)", "B."), which counts no list here,
    and a decimal sub-item's ("1.2." over "Mer ljus", `_past_a_sub_list`)."""
    stripped = line.strip()
    return (len(stripped) <= 4 and bool(_NUMBER_ALONE.fullmatch(stripped) or _LETTER_ALONE.fullmatch(stripped))
            or 1 < len(stripped) <= 7 and bool(_OTHER_MARK_ALONE.fullmatch(stripped) or _DECIMAL_MARK.fullmatch(stripped)))


def _number_mark(line: str, normal: str, numbered: NumberedLine | None) -> int:
    """How many characters of a list item's line, as the quote check reads it (`normal`), are its
    number and the mark after it ("1.", "2)", "a)", or the number alone of a list numbered by a
    space, `numbered`: `_numbered_items`): the item's mark, not its text, as a bullet is (the quote
    check drops a bullet, but keeps a number, which may be a figure of the text). A quote of the
    item's words covers it whole: "Ja" of "1 Ja" covered two thirds of it, under `COVERED`. The
    number alone is the quote check's reading of the line, with emphasis and invisible characters
    dropped: read again from the line as written, "**1** Ja" had no mark."""
    if numbered is not None and numbered.space in (".", ")"):  # a Roman numeral's, "ii)", "(ii)" (`_roman_items`)
        found = _ROMAN_MARK.match(line)
        return len(found[0].strip()) if normal.startswith(found[0].strip()) else 0
    if numbered is not None:
        return 0 if numbered.space == "\n" else len(numbered.written)  # a number alone stands on the line above
    found = _A_NUMBER_MARK.match(line)
    return len(found["mark"]) if found and normal.startswith(found["mark"]) else 0


def _numbered_items(source: SourceText) -> dict[int, NumberedLine]:
    """The lines (0-based), each with the quote check's reading of its number, that are the items
    of a list numbered without a full stop or a parenthesis, its numbers set off by a space alone
    ("1\u2002Fler förskolor", "2 Trygg skolväg"), which `_LIST_ITEM` does not read. Of the quote
    check's runs of numbered lines (`SourceText.numbered_runs`: counting up by one, their numbers
    set off alike, near), the stretches counting up from 1, of two items or more, each beginning
    with a capital letter, or with a figure the quote check reads as the list's item
    ("3\u2002200 nya bostäder", `SourceText.counted_numbers`; numbered apart, with any letter or a
    figure a word follows, `_ITEMS_TEXT`: "1." over "minska hemlösheten,"), the lines between two items the
    first's wrapped ones. Not a wrapped paragraph's line that begins with a figure ("3 500
    kronor"), nor numbered chapters' headings with their text between them ("1 Inledning", a
    paragraph, "2 Mål"), nor a heading after an empty line with its text under it
    (`_a_heading_over_its_text`: "4 Ekonomi" after a list of three), nor a table's or a table of
    contents' rows (a tab, dot leaders: "1 Inledning ..... 3"), nor a caption's table, a table of
    contents without page numbers, a page's footnotes or a scale in small letters (`_no_list`). So of a list numbered apart from
    its text (`_runs_apart`): by a tab ("1<tab>Fler vakter"), or on a line of its own ("1." over
    "Fler vakter"), the item being the text's line."""
    raw, counted = source.lines, source.counted_numbers
    stretches: list[list[NumberedLine]] = []
    past_a: set[int] = set()  # ids of stretches in small letters begun past "a)": items only as a sub-list (`_a_sub_list`)
    for run in source.numbered_runs + _runs_apart(source):
        stretch: list[NumberedLine] = []
        for place, numbered in enumerate(run):
            line = raw[numbered.index]
            text = line.split("\t", 1)[1].lstrip() if numbered.space == "\t" else line
            item = ((numbered.first.isupper() or numbered.index in counted or numbered.space in ("\t", "\n"))  # apart: any `_ITEMS_TEXT`
                    and "\t" not in text
                    and not line.lstrip().startswith("#") and not CONTENTS_LINE.search(line)
                    and not _a_heading_over_its_text(source, numbered, stretch, run[place + 1:place + 2]))
            if stretch and (not item or not _wrapped_over_pages(source, stretch[-1].index, _number_line(raw, numbered),
                                                                numbered.space in ("\t", "\n"))):
                stretch = []
            if item and not stretch:
                begun = (numbered.number == 1 or _numbered_beside(raw, _number_line(raw, numbered), -1, numbered.space,
                                                                  _lettered(numbered)) == numbered.number - 1)
                if begun or _lettered(numbered):
                    stretches.append(stretch)
                    if not begun:
                        past_a.add(id(stretch))
            if item and stretches and stretch is stretches[-1]:
                stretch.append(numbered)
    items = {each.index: each for stretch in stretches if id(stretch) not in past_a
             and (len(stretch) >= 2 or stretch[0].number > 1 or _numbered_beside(raw, stretch[-1].index, 1, stretch[-1].space, _lettered(stretch[-1])) == stretch[-1].number + 1)
             and not _no_list(source, stretch) for each in stretch}
    return items | {each.index: each for stretch in stretches
                    if (len(stretch) >= 2 if id(stretch) in past_a else len(stretch) == 1 and stretch[0].index not in items)
                    and _a_sub_list(source, items, stretch[0]) and not _no_list(source, stretch) for each in stretch}


def _roman_items(source: SourceText) -> dict[int, NumberedLine]:
    """The lines (0-based) of a list's items marked by small Roman numerals, on their lines
    ("i) Fler vakter", "ii) Mer ljus") or alone over their text ("ii)" over "Mer ljus",
    `_under_its_mark`), the layouts mixed too: runs counting up from i, two items or more, only an
    item's wrapped lines or a sub-list between one and the next mark (`_wrapped_over_pages`). Read
    as letters, "i)" was the list's only item and "ii)" none, and a plan that left the rest out
    passed. A list in letters reaching i ("h) …", "i) …", "j) …") has no ii after its i, and stays
    letters. Not a table's rows nor a page's footnotes (`_no_list`)."""
    lines, runs = source.lines, []
    for index, line in enumerate(lines):
        if line.lstrip().lstrip("(")[:1] not in ("i", "v", "x") or not (found := _ROMAN_MARK.match(line)):
            continue
        value = _roman_value(found[1])
        if found.end() == len(line):  # the mark alone, its text under it
            item = _under_its_mark(lines, index, value, found[1])
        else:
            item = [NumberedLine(index, value, found[0].rstrip()[-1], line[found.end()], found[1], False, True, False)]
        if not item:
            continue
        last = runs[-1][-1] if runs else None
        if last and value == last.number + 1 and _wrapped_over_pages(source, last.index, _number_line(lines, item[0]), True):
            runs[-1] += item
        elif value == 1:
            runs.append(item)
    return {each.index: each for run in runs if len(run) >= 2 and not _no_list(source, run) for each in run}


def _roman_value(numeral: str) -> int:
    """What a small Roman numeral counts ("iv" 4, "xii" 12)."""
    values = [_ROMAN_VALUES[letter] for letter in numeral]
    return sum(-value if value < following else value for value, following in zip(values, values[1:] + [0]))


def _a_sub_list(source: SourceText, items: dict[int, NumberedLine], numbered: NumberedLine) -> bool:
    """Whether a list of one in small letters standing alone over its text ("a)" over "Fler
    vakter"), or one of two or more begun past its "a)" (`numbered` its first item: "b)" over "Fler
    vakter", "c)" over "Mer ljus", the "a)" lost to the pdf's text or the page before; a "b)"
    alone stays none), is a sub-list under a numbered list's item (`items`, or one numbered on its
    line): the item's line, past its wrapped lines, right over the letter ("1." over "Trygghet"
    over "a)"), as "a) Fler vakter" under it is one to cover. Read as a list of one, or as none
    begun, a plan that left it out passed. Not under a heading or a paragraph ("Mål 1:
    Trygghet" over "a)"), where such a list is none."""
    lines = source.lines
    if not _lettered(numbered):
        return False
    mark = _number_line(lines, numbered)
    above = [index for index in range(mark - 1, -1, -1) if lines[index].strip()][:_A_LISTS_ITEM_LINES]
    return any((index in items and not _lettered(items[index])
                or (found := _A_NUMBER_MARK.match(lines[index])) and found["count"].isdigit())
               and _wrapped_over_pages(source, index, mark) for index in above)


def _dotted_no_items(source: SourceText) -> set[int]:
    """The lines (0-based) numbered with a full stop or a parenthesis ("3. Trygghet", `_DOT_NUMBERED`),
    which `_LIST_ITEM` reads as a list's items, that are none, read as the lines numbered by a
    space are, in runs counting up by one as `_numbered_items` reads them (`_measure` then reads
    each as that line, "3 Trygghet", by `_kind`): a chapter's numbered heading over its text
    (`_a_heading_over_its_text`: after an empty line, ending no sentence, a paragraph right under
    it, not in a list spaced by empty lines; not right under a list's lead-in, "Vi vill:" over an
    empty line, which announces items), and a table's rows with neither caption nor header, two
    or more, each ending in an amount after a wide space, not under a lead-in (`_A_ROW_OF_CELLS`:
    "1. Skola   12 mnkr", as `_no_list` reads "1 Skola   12 mnkr"), or any under a table's
    caption (`_under_a_caption`: "Tabell 1:" over "1) Skola   12 mnkr"), and a page's footnotes, one or more
    (`_footnotes`: "1) Källa: SCB." or "(1) Källa: SCB." last on a page whose text has "hemlösa1"). Read as a list's items, "3.
    Trygghet" between two lists and each row were items a plan had to quote or exclude. Lines
    numbered by a full stop and by a parenthesis are runs apart, as chapters "3." after a list
    "1)", "2)" spaced by empty lines, where "3." as its item 3 was one more such item. Not a
    list of goals each a title over its sentence (`_headed_goals`: "1. Trygghet" over "Vi ska
    öka tryggheten."), whose items read as headings one after another. The first chapter's
    heading with no empty line over it, first in the text or right under its title ("1.
    Inledning" over its paragraph), is one where the next in its run is ("2. Mål"): read as the
    list's item, a plan quoting the rest was told it was missing."""
    lines = source.lines
    dotted = [NumberedLine(index, int(found[1]), line[found.end(1)], found[2], found[1], False, True, False)
              for index, line in enumerate(lines)  # its mark its space: runs of "1." and of "1)" apart
              if line.lstrip().lstrip("(")[:1].isdigit() and (found := _DOT_NUMBERED.match(line))]
    no_items: set[int] = set()
    stretches: list[list[NumberedLine]] = []
    headings: list[list[NumberedLine]] = []  # headings one after another in a run
    before = dict(zip((each.index for each in dotted[1:]), dotted))  # each's line numbered so before it
    # A document mixing the two marks in one list on a page ("1. Trygghet" right over "2) Skola") keeps them
    # apart nowhere: there a "3." after "1)", "2)" is that list's item (`_another_lists_next`).
    mixed = any(following.index == each.index + 1 and following.number == each.number + 1 and following.space != each.space
                and "\f" not in lines[following.index] for each, following in zip(dotted, dotted[1:]))  # not over a page's break
    for run in counting_runs(dotted):
        stretch: list[NumberedLine] = []
        for place, numbered in enumerate(run):
            if (stretch or not _a_lead_in(source, numbered.index)) and _a_heading_over_its_text(
                    source, numbered, stretch, run[place + 1:place + 2],
                    not place and not mixed and _another_lists_next(source, before.get(numbered.index), numbered)):
                if not stretch and place and run[place - 1].index in no_items:
                    headings[-1].append(numbered)  # right after the run's heading before
                elif place == 1 and stretch and _over_its_text(lines, stretch[0]):
                    headings.append([stretch[0], numbered])  # the first chapter's, first in the text or under its title
                    no_items.add(stretch[0].index)
                    stretches.pop()
                else:
                    headings.append([numbered])
                no_items.add(numbered.index)
                stretch = []
                continue
            if not stretch or not _wrapped_over_pages(source, stretch[-1].index, numbered.index):
                stretch = []
                stretches.append(stretch)
            stretch.append(numbered)
    for chain in headings:
        if _headed_goals(lines, chain):
            no_items.difference_update(each.index for each in chain)
    for stretch in stretches:
        if len(stretch) >= 2 and (_under_a_caption(source, stretch[0].index) or not _a_lead_in(source, stretch[0].index)
                                  and _a_tables_rows(lines, stretch)) or stretch and _footnotes(source, stretch):
            no_items.update(each.index for each in stretch)
    return no_items


def _another_lists_next(source: SourceText, above: NumberedLine | None, numbered: NumberedLine) -> bool:
    """Whether a line numbered with a full stop or a parenthesis stands where the next item of the
    list above it would, that list numbered with the other mark ("3." past a page's break after
    "1)", "2)"): numbered one more than the line numbered so before it (`above`), nothing between
    them but that item's wrapped lines and the page's furniture (`_wrapped_over_pages`). With the
    two kinds of numbering read apart (`_dotted_no_items`), it is not that list's item, so first on
    its page it needs no chapter before it to be a heading (`_a_heading_over_its_text`). Not asked
    in a document that mixes the marks within a list (`_dotted_no_items`), where "3." is the
    item: read as a heading there, a plan that left it out passed."""
    return (above is not None and above.number == numbered.number - 1 and above.space != numbered.space
            and _wrapped_over_pages(source, above.index, numbered.index))


def _headed_goals(lines: list[str], headings: list[NumberedLine]) -> bool:
    """Whether lines numbered with a full stop or a parenthesis that each read as a chapter's
    heading over its text (`_dotted_no_items`), one after another from 1, are a list of goals
    each with its title: two or more, each's text up to the next one sentence of one paragraph
    ("1. Trygghet" over "Vi ska öka tryggheten.", an empty line, "2. Skola" over "Vi ska bygga
    fler skolor."), which no chapter's text is; the last one's its paragraph ("3. Omsorg" over two
    sentences at the goals' end is a chapter's). Read as chapters' headings, a plan that left every
    goal out passed."""
    if len(headings) < 2 or headings[0].number != 1:
        return False
    last = headings[-1].index + 1
    while last < len(lines) and lines[last].strip():
        last += 1  # the last one's text: its paragraph
    for heading, end in zip(headings, [each.index for each in headings[1:]] + [last]):
        text = [line.strip() for line in lines[heading.index + 1:end]]
        while text and not text[-1]:
            text.pop()
        if not text or "" in text or len(_A_SENTENCES_END.findall(" ".join(text))) != 1 \
                or not SENTENCE_ENDED.search(text[-1]):
            return False
    return True


def _numbered_beside(lines: list[str], index: int, step: int, space: str, lettered: bool = False) -> int | None:
    """The number of the line with text above (`step` -1) or below (1) line `index` (0-based)
    where that line is a list's item in any layout: numbered on its line ("1. Fler vakter",
    `_A_NUMBER_MARK`), by a tab (`_TAB_NUMBERED`), by a space before a capital ("1 Fler vakter", as
    the quote check reads a list's number, `_SPACE_NUMBERED`), or alone (`_NUMBER_ALONE`: below, the
    number's line; above, the text under it); None for any other. A list whose items mix layouts
    ("1. Fler vakter" over "2." over "Mer ljus", or "1 Fler vakter" over "2<tab>Mer ljus", as
    pdftotext may write one item's number on its line and the next's apart) goes on from it: its
    items of the other layout counted up from 2, or were a list of one, no list, and a plan that
    left them out passed. Not in the layout of the run it is asked for (`space`, its
    `NumberedLine.space`): a line of that run's own layout next to it was judged within the run
    (a table's first row under its header, "1<tab>Norra Bergby"; a chapter's heading, "2." over
    "Mål" over its text), and read again here it made a list of what was none. A list in small
    letters (`lettered`: "b)" over "Mer ljus") goes on only from a letter's mark ("a) Fler vakter"),
    counting as its place in the alphabet, and one numbered only from a number's: two kinds of
    numbering are two lists ("1." over "Fler vakter", "b)" over "Mer ljus" are no items 1 and 2).
    Past a page's number at the page's break between (`a_pages_number`: "a) Fler vakter", "7",
    "\fb)" over "Mer ljus"), as a list goes on to its next page: read as the line beside, it made
    the item on the next page a list of one, none, and a plan that left it out passed."""
    index += step
    while 0 <= index < len(lines) and not (lines[index].strip() and not a_pages_number(lines, index)):
        index += step
    if not 0 <= index < len(lines):
        return None
    line = lines[index]
    if (found := _A_NUMBER_MARK.match(line)) and found["count"].isalpha() == lettered:
        return _marks_count(found["count"])
    if lettered:
        return None
    if space != "\t" and (found := _TAB_NUMBERED.fullmatch(line)) and _ITEMS_TEXT.match(found[2]):
        return int(found[1])
    if space in ("\t", "\n") and (found := _SPACE_NUMBERED.match(line)):
        return int(found[1])
    if space == "\n":
        return None
    alone = (_NUMBER_ALONE.fullmatch(line) if step == 1 else
             next((_NUMBER_ALONE.fullmatch(lines[above]) for above in range(index - 1, -1, -1) if lines[above].strip()), None))
    return int(alone[1]) if alone else None


def _no_list(source: SourceText, stretch: list[NumberedLine]) -> bool:
    """Whether numbered lines that read as a list's items are none: a table's rows under its
    caption ("Tabell 1" over "1<tab>Norra Bergby"; not a lead-in's line that begins with a table's
    name, "Tabell 1 och vill därför:"), a table's rows with neither caption nor header, each
    ending in an amount after a wide space (`_A_ROW_OF_CELLS`: "1 Skola   12 mnkr", "2 Vård   30
    mnkr"; under a lead-in, "Vi satsar:", they are a list's items with their sums), a table of contents without page numbers
    ("1<tab>Inledning", "2<tab>Mål", whose every entry stands again later as a chapter's
    heading on a line of its own; not under a list's lead-in, "Vi vill:", whose items may each
    have a section of their own under it as a heading), or footnotes at a page's foot ("1 Källa: SCB.", "2 Se bilaga
    3." last before a form feed, each number a footnote's mark in the page's text above:
    "hemlösa1"), or a scale numbered apart in small letters (`_a_scale`). Read as lists, each was
    a list a plan had to quote or exclude."""
    lines = source.lines
    if _a_scale(source, stretch):
        return True
    first = _number_line(lines, stretch[0])
    above = _line_above(source, first)
    lead_in = above.rstrip().endswith(":")
    if _under_a_caption(source, first):
        return True
    if lead_in and not _CONTENTS_HEADING.match(above):
        return _footnotes(source, stretch)  # a list's lead-in ("Vi vill:"): its items may have sections of their own
    if _a_tables_rows(lines, stretch):
        return True  # a table's rows, each with its amount ("1 Skola   12 mnkr")
    texts = [" ".join(_item_text(lines, each).casefold().split()) for each in stretch]
    later = {" ".join(_A_HEADINGS_NUMBER.sub("", line.replace("\f", " ").strip()).casefold().split())
             for line in lines[stretch[-1].index + 1:]}
    if all(text in later for text in texts):
        return True
    return _footnotes(source, stretch)


def _under_a_caption(source: SourceText, number: int) -> bool:
    """Whether the line with text over line `number` (0-based) is a table's caption (`_CAPTION`:
    "Tabell 1", "Tabell 2: Stadsdelar", "Tabell 1:"), the numbered lines under it its rows: short,
    as a heading is, and its title after the table's number ends no sentence. Not a sentence
    wrapped there, a list's lead-in ("Tabell 1 och vill därför:"), nor one ended there ("Tabell 1
    visar hur det har gått i stadsdelarna."): read as a caption, the list under it was a table's
    rows, and a plan that left its items out passed. A title's last abbreviation ends no sentence
    ("Tabell 3 Budget m.m.", "Tabell 5 Driftbudget, tkr.", `_ABBREVIATION_LAST`): read as one, the table's rows were
    items to cover. But a title in a small letter is a sentence's verb and the rest going on from the table's name
    ("Tabell 1 visar kostnaderna för skola, vård m.m."), which the abbreviation ends: read as a
    caption, the list under it was a table's rows, and a plan that left its items out passed."""
    above = _line_above(source, number).replace("\f", " ").strip()
    found = _CAPTION.match(above)
    title = above[found.end():].strip() if found else ""
    return bool(found) and len(above) < _HEADINGS_LENGTH and (
        not title.endswith((".", "!", "?", ":", ";")) or title[:1].isupper() and bool(_ABBREVIATION_LAST.search(title)))


def _a_scale(source: SourceText, stretch: list[NumberedLine]) -> bool:
    """Whether lines numbered apart from their text, each item beginning in a small letter, are a
    scale's steps under its heading ("Sannolikhet" over "1<tab>osannolik", "2<tab>möjlig"), no
    list: a list in small letters goes on from its lead-in as one sentence, the lead-in ending in
    a colon ("Nämnden ska:") or in "att", a preposition or a word announcing the list (`_LEAD_IN_GOES_ON`:
    "Nämnden ska arbeta med", "Vi ska arbeta med följande"; not "bedöms enligt följande", `_GRADED_BY`), or its items joined as the sentence's parts (`_ITEM_GOES_ON`:
    "minska hemlösheten," over "2." over "korta köerna och"). Read as a list, each step was an
    item a plan had to quote or exclude. A scale in capitals ("1<tab>Osannolik") reads as a list
    in capitals does, and stays one."""
    if not all(each.space in ("\t", "\n") and each.first.islower() for each in stretch):
        return False
    lines = source.lines
    first = _number_line(lines, stretch[0])
    lead_in = _line_above(source, first).rstrip()
    if _a_lead_in(source, first) or _LEAD_IN_GOES_ON.search(lead_in) and not _GRADED_BY.search(lead_in):
        return False
    ends = [next(line for line in reversed(lines[each.index:_number_line(lines, after)]) if line.strip())
            for each, after in zip(stretch, stretch[1:])]
    return not any(_ITEM_GOES_ON.search(end.rstrip()) for end in ends)


def _a_tables_rows(lines: list[str], stretch: list[NumberedLine]) -> bool:
    """Whether numbered lines' texts are each a table's row, ending in an amount after a wide
    space (`_A_ROW_OF_CELLS`: "1 Skola   12 mnkr", "1. Skola   12 mnkr")."""
    return all(_A_ROW_OF_CELLS.fullmatch(_item_text(lines, each).strip()) for each in stretch)


def _item_text(lines: list[str], numbered: NumberedLine) -> str:
    """A numbered list item's text, its number dropped."""
    line = lines[numbered.index]
    if numbered.space == "\n":
        return line.strip()
    if numbered.space in (".", ")"):  # numbered on its line ("3. Skola", "(3) Skola"): its mark dropped
        return line.strip().removeprefix("(")[len(numbered.written) + 1:]
    return line.split("\t", 1)[1] if numbered.space == "\t" else line.strip()[len(numbered.written):]


def _footnotes(source: SourceText, stretch: list[NumberedLine]) -> bool:
    """Whether numbered lines are a page's footnotes: last before its break, past empty lines and
    a page's number or footer (a form feed next, or the text's end; a footer the quote rules or
    the report read as one, `_page_furniture`: "Bergby kommun" over the form feed, where only a
    page's number was read past and the footnotes were a list), each number standing in the
    page's text above as a footnote's mark (`_FOOTNOTE_MARK`: "hemlösa1", "hemlösa.²"). Only in a
    text that keeps its pages' breaks as form feeds: in one without, a document's last list was
    read as its last page's footnotes by marks anywhere in the document ("m2", a footnote pages
    back), and a plan that left its items out passed."""
    lines = source.lines
    if "\f" not in source.text:
        return False  # no page breaks: the marks above would be the whole text's, which is no page
    last = stretch[-1].index
    after = next((index for index in range(last + 1, len(lines)) if "\f" in lines[index]
                  or lines[index].strip() and index not in _page_furniture(source)), None)
    if after is not None and not ("\f" in lines[after] and not lines[after].partition("\f")[0].strip()
                                  or a_pages_number(lines, after)):
        return False
    start = next((index for index in range(_number_line(lines, stretch[0]) - 1, -1, -1) if "\f" in lines[index]), 0)
    page = "\n".join(lines[start:_number_line(lines, stretch[0])])
    marks = {(found["after"] or found["digits"] or found["bracketed"] or found["parenthesised"] or found[0]).translate(_SUPERSCRIPTS)
             for found in _FOOTNOTE_MARK.finditer(page) if not found["unit"] or found["after"]}
    return all(str(each.number) in marks for each in stretch)


def _wrapped_over_pages(source: SourceText, item: int, following: int, sub_list: bool = False) -> bool:
    """`quotes.wrapped_between`, a page's number on a line of its own at a page's break between
    the items read as no line ("2 Mer ljus", "3", a form feed, "3 Trygg skolväg":
    `a_pages_number`), nor a running head or footer there (`_page_furniture`: "\fVerksamhetsplan
    2024" over "3 Trygg skolväg"), as a list goes on to its next page: read as a line of text, it
    ended the list at item 2, and a plan that left item 3 out passed. With `sub_list`, for a list
    numbered apart, the item's wrapped lines may be followed by a sub-list's (`_past_a_sub_list`)."""
    if following == item + 1:
        return True  # the next item right under it: no page's furniture to read
    lines, furniture = source.lines, _page_furniture(source)
    between = [lines[item]] + ["" if index in furniture or a_pages_number(lines, index) else lines[index]
                               for index in range(item + 1, following)]
    return wrapped_between(between, 0, len(between)) or sub_list and _past_a_sub_list(between)


def _past_a_sub_list(between: list[str]) -> bool:
    """Whether the lines after a list's item (`between[0]`) up to the next item are its wrapped
    lines and then a sub-list's items, each with its wrapped lines: lettered or bulleted on its
    line ("a) Fler vakter", "• Mer ljus"), or its small letter alone over its text ("b)" over "Mer
    ljus"), or numbered by decimals ("1.1 Fler vakter", "1.2" over "Mer ljus"), or its small Roman numeral
    alone over its text ("ii)" over "Mer ljus", `_ROMAN_MARK`), as under "1." over "Trygghet"
    before "2." over "Skola". Read as text, the sub-list ended a
    list numbered apart, and its items 1 and 2, each a list of one, were none: a plan that left them
    out passed. Not a line numbered so, another list's."""
    lines, starts, under_a_letter = list(between), [], False
    for place, line in enumerate(between[1:], 1):
        if _LETTER_ALONE.fullmatch(line) or _DECIMAL_MARK.fullmatch(line) or _ROMAN_MARK.fullmatch(line):
            lines[place], under_a_letter = "", True  # the sub-item's mark: its text, under it, begins it
        elif line.strip() and (under_a_letter or _DECIMAL_MARK.match(line) or _LIST_ITEM.match(line) and not (
                (found := _A_NUMBER_MARK.match(line)) and found["count"].isdigit())):
            starts.append(place)
            under_a_letter = False
    bounds = [0, *starts, len(lines)]
    return bool(starts) and all(wrapped_between(lines, start, end) for start, end in zip(bounds, bounds[1:]))


def _page_furniture(source: SourceText) -> frozenset[int]:
    """The lines (0-based) of a page's furniture as the report reads it: what the quote rules read
    as one (`pages.page_furniture`: a page's numbers counting up, "Sida 2 av 3", over a footer
    too, where `a_pages_number` looks only beside the break), and a running head or footer beside
    two breaks (`pages.running_heads` with `every_break` false, which says why it reads more).
    Once per source, and only for a source with lines between a list's items."""
    if "coverage page furniture" not in source.memo:
        source.memo["coverage page furniture"] = frozenset(
            line - 1 for line in set(running_heads(source, every_break=False)) | set(page_furniture(source)))
    return source.memo["coverage page furniture"]


def _number_line(lines: list[str], numbered: NumberedLine) -> int:
    """The line (0-based) of a list item's number: the item's own, or where the number stands
    alone (`_runs_apart`) the line with text above it, past the empty lines pdftotext may set
    between them."""
    if numbered.space != "\n":
        return numbered.index
    return next(index for index in range(numbered.index - 1, -1, -1) if lines[index].strip())


def _a_heading_over_its_text(source: SourceText, numbered: NumberedLine, stretch: list[NumberedLine],
                             after: tuple[NumberedLine, ...], another_lists_next: bool = False) -> bool:
    """Whether a numbered line after an empty line is a numbered heading with its text right under
    it ("4 Ekonomi" over "Budgeten är i balans.", after a list's "3 Trygg skolväg"), not the next
    item of the list's `stretch` so far: it ends no sentence and does not run on into the next line
    (`runs_on`, nor does that go on in a small letter, as an item's wrapped line does), and a
    paragraph stands right under it (`quotes.text_under`), not the run's next number (`after`), as
    a heading has its text. Not in a list whose items stand apart by empty lines, where one more
    tells nothing. So also first on a page (a form feed above it, past the next page's running
    head or number and empty lines: "3 Trygg skolväg", "\fVerksamhetsplan 2024", "4 Ekonomi" over
    its paragraph, the break standing for an empty line, `_first_on_a_page`), where a chapter often
    begins, but only where the chapter before it stands above the list (`_a_chapter_before`): read
    as the list's item 4 there, it was an item to cover, and a plan that quoted the list whole was
    refused, or where it stands as the next item of a list numbered with the other mark
    (`another_lists_next`, `_another_lists_next`: "3." after "1)", "2)"), which is not that list's.
    Without either, a list's last item going on to its page over a paragraph is the
    list's, past the empty lines or the lone form feed pdftotext pads a page with too ("2 Mer ljus",
    an empty line, "\f3 Trygg skolväg" over "Text om annat här."): read as a heading there, a plan
    that left it out passed. A list that goes on to its next
    page shows it as on one page: its item ends its sentence, runs on, or has the next item under
    it. Read as the list's item 4, the heading was an item to cover ("listpunkten … finns inte
    med"), and "1 Inledning", an empty line and "2 Mål" over its text a list of two."""
    lines = source.lines
    index, number = numbered.index, _number_line(lines, numbered)
    if number == 0 or index + 1 >= len(lines):
        return False
    on_a_new_page = _first_on_a_page(source, number)
    if (lines[number - 1].strip() or on_a_new_page) and not (
            on_a_new_page and (another_lists_next or _a_chapter_before(lines, numbered, stretch))):
        return False
    if after and _number_line(lines, after[0]) == index + 1:
        return False  # the next item right under it
    if len(stretch) >= 2 and any(not line.strip() for line in lines[stretch[-2].index:_number_line(lines, stretch[-1])]):
        return False  # a list spaced by empty lines
    if len(stretch) == 1 and _a_lead_in(source, _number_line(lines, stretch[0])):
        return False  # a list's item 2 under its lead-in: a list of one is none
    return _over_its_text(lines, numbered)


def _over_its_text(lines: list[str], numbered: NumberedLine) -> bool:
    """Whether a numbered line reads as a heading over its text: it ends no sentence, does not
    run on into the next line, nor does that go on in a small letter, and a paragraph stands
    right under it (`quotes.text_under`), not the next number nor a sub-item's mark alone ("(a)" over
    "Fler vakter", `_a_mark_alone`), which is no paragraph (`_a_heading_over_its_text`)."""
    index, line = numbered.index, lines[numbered.index]
    return (index + 1 < len(lines) and not SENTENCE_ENDED.search(line.strip()) and not runs_on(line)
            and not GOES_ON.match(lines[index + 1]) and not _a_mark_alone(lines[index + 1])
            and text_under(lines, index, numbered.number + 1))


def _first_on_a_page(source: SourceText, number: int) -> bool:
    """Whether line `number` (0-based) is first on its page: a form feed opens it ("3 Trygg skolväg"
    over "\f4 Ekonomi"), or stands above past empty lines and the page's furniture
    (`_page_furniture`, `a_pages_number`: "\fVerksamhetsplan 2024" over "4 Ekonomi"). A page's
    break stands where an empty line does for the heading rule (`_a_heading_over_its_text`); with
    no empty line between the head and the heading, the heading was the list's item 4, and a plan
    quoting the list whole was refused."""
    lines = source.lines
    if "\f" in lines[number][:len(lines[number]) - len(lines[number].lstrip())]:
        return True
    if "\f" not in source.text:
        return False
    for above in range(number - 1, -1, -1):
        if lines[above].rpartition("\f")[2].strip() and not (
                above in _page_furniture(source) or a_pages_number(lines, above)):
            return False  # the text's own line
        if "\f" in lines[above]:
            return True
    return False


def _a_chapter_before(lines: list[str], numbered: NumberedLine, stretch: list[NumberedLine]) -> bool:
    """Whether the chapter before a numbered line's stands above the list (`stretch`) as a heading
    of its own, numbered one less ("3 Trygghet" over "Vi vill:" … "3 Trygg skolväg", "\f4
    Ekonomi"; not a list's item, a line numbered one less again right over it): a heading first
    on a page (`_first_on_a_page`) goes on from its chapters. Without
    one, a list's last item first on its next page over a paragraph ("2 Mer ljus", "\f3 Trygg
    skolväg" over "Text om annat här.") was read as a heading, and a plan that left it out passed."""
    first = _number_line(lines, stretch[0] if stretch else numbered)
    above = ""
    for line in lines[:first]:
        found = _A_CHAPTERS_NUMBER.match(line.replace("\f", " "))
        if (found and int(found[1]) == numbered.number - 1 and not SENTENCE_ENDED.search(line.strip())
                and not ((over := _A_CHAPTERS_NUMBER.match(above)) and int(over[1]) == numbered.number - 2)):
            return True
        above = line.replace("\f", " ") if line.strip() else above
    return False


def _a_lead_in(source: SourceText, number: int) -> bool:
    """Whether the line with text over line `number` (0-based) is a list's lead-in, which ends in
    a colon ("Vi vill:"): it announces a list of two items or more, so "2 Mer ljus" over a
    paragraph after "1 Fler vakter" and an empty line is its item 2, not a chapter's heading
    (`_a_heading_over_its_text`), which follows no lead-in. Read as one, the list of two was none,
    and a plan that left both items out passed."""
    return _line_above(source, number).rstrip().endswith(":")


def _line_above(source: SourceText, number: int) -> str:
    """The line with text over line `number` (0-based), past empty lines and a page's furniture at
    a page's break between them: its number, alone at the page's foot or top ("7" over "\f1 Skola
    12 mnkr", "\f7" over it: `a_pages_number`), or a running head or footer the quote rules read as
    one (`pages.page_furniture`), a lead-in or a caption standing last on the page before. Read as
    the line above, the page's number hid the lead-in ("Vi satsar:") or the caption ("Tabell 1"),
    and a list's items were a table's rows or a scale's steps, which a plan could leave out, or a
    table's rows were items to cover. A list's item "7" or a chapter's heading is no number alone."""
    lines = source.lines
    for index in range(number - 1, -1, -1):
        if lines[index].strip() and not (a_pages_number(lines, index) or index + 1 in page_furniture(source)):
            return lines[index]
    return ""


def _runs_apart(source: SourceText) -> tuple[tuple[NumberedLine, ...], ...]:
    """The lines that begin with a number set off from the item's text by a tab (`_TAB_NUMBERED`),
    and those whose number or small letter stands alone on the line above, or over an empty line above
    (`_NUMBER_ALONE`, `_LETTER_ALONE`, `_text_under_a_number`, the space after it read as the line's break, "\\n"), in runs as the quote check's numbered lines are
    (`quotes.counting_runs`): the quote check reads neither as a list's number. Numbers and
    letters in runs apart, two kinds of numbering two lists (`_numbered_beside`). Not a page's
    number atop its page (`_numbers_atop_pages`: "\f2." over its page's text)."""
    lines, numbered, lettered, atop = source.lines, [], [], None
    for index, line in enumerate(lines):
        if not line.lstrip().lstrip("(")[:1].isdigit():
            if len(line.strip()) in (2, 3) and (found := _LETTER_ALONE.fullmatch(line)):
                lettered += _under_its_mark(lines, index, _marks_count(found[1]), found[1])
            continue  # most lines: no pattern tried (it took half a per cent of `validate`)
        if (found := _TAB_NUMBERED.fullmatch(line)) and _ITEMS_TEXT.match(found[2]):
            if found[1] == "1" and _under_a_header_row(lines, index):
                continue  # a two-column table's first row
            numbered.append(NumberedLine(index, int(found[1]), "\t", found[2][0], found[1], False, True, False))
        elif (found := _NUMBER_ALONE.fullmatch(line)) and (item := _under_its_mark(lines, index, int(found[1]), found[1])):
            if "\f" in line:
                atop = _numbers_atop_pages(lines) if atop is None else atop  # once, and only where one may be
                if index in atop:
                    continue  # a page's number
            numbered += item
    return tuple(sorted(_past_sub_lists(source, counting_runs(numbered)) + _past_sub_lists(source, counting_runs(lettered)),
                        key=lambda run: run[0].index))


def _past_sub_lists(source: SourceText, runs: tuple[tuple[NumberedLine, ...], ...]) -> tuple[tuple[NumberedLine, ...], ...]:
    """Runs of a list numbered apart joined where a sub-list stands between one's last item and
    the next's number (`_past_a_sub_list`: "1." over "Trygghet", "a)" over "Fler vakter", "b)" over
    "Mer ljus", "2." over "Skola"), however many lines it takes: `counting_runs` parts items
    further apart than an item's most lines, and item 2 alone began no list. So a list in small letters
    whose item's wrapped lines are more than that ("a)" over ten lines, "b)" over "Mer ljus"): each a list
    of one, none, a plan that left them out passed, where a list numbered so went on."""
    joined: list[tuple[NumberedLine, ...]] = []
    for run in runs:
        last = joined[-1][-1] if joined else None
        if (last and run[0].number == last.number + 1 and run[0].space == last.space
                and _wrapped_over_pages(source, last.index, _number_line(source.lines, run[0]), True)):
            joined[-1] += run
        else:
            joined.append(run)
    return tuple(joined)


def _marks_count(mark: str) -> int:
    """What a list's number or small letter counts: "3" 3, "b" 2, as its place in the alphabet."""
    return int(mark) if mark.isdigit() else SWEDISH_LETTERS.index(mark) + 1


def _lettered(numbered: NumberedLine) -> bool:
    """Whether a list's item numbered apart is counted by a small letter ("b)" over "Mer ljus")."""
    return numbered.written.isalpha()


def _under_its_mark(lines: list[str], index: int, number: int, written: str) -> list[NumberedLine]:
    """The item whose number or letter (`number`, as `written`) stands alone on line `index`
    (0-based), its text under it (`_text_under_a_number`) beginning as an item's does
    (`_ITEMS_TEXT`), or none: not "3." at a page's foot over "\f3.", nor "7." there over the next
    page's sub-item's letter alone ("\fb)" over "Mer ljus"), a mark, no text (`_a_mark_alone`), or its
    mark on its line ("\fa) Fler vakter", `_LIST_ITEM`), another item: read as item 7, the page's
    number parted the list from its sub-list, and a plan leaving out its items passed."""
    under = _text_under_a_number(lines, index)
    if (under is None or not _ITEMS_TEXT.match(text := lines[under].strip()) or _a_mark_alone(text)
            or _LIST_ITEM.match(text)):
        return []
    return [NumberedLine(under, number, "\n", text[0], written, False, True, False)]


def _numbers_atop_pages(lines: list[str]) -> frozenset[int]:
    """The lines (0-based) of a number alone with its full stop right after a form feed, first on
    its page ("\f2." over an empty line and the page's text), whose numbers count the pages: two
    or more, each its page's number less the same count (pages without one before them, a
    cover's). Read as a list numbered apart (`_NUMBER_ALONE`), the page's numbers went on from a
    list's "1." over its text at the first page's foot, or were a list of their own, each page's
    first line an item a plan had to quote or exclude. A list's item first on its next page
    ("\f3." over "Trygg skolväg") is one such line alone, or numbers none of the pages."""
    offsets: dict[int, list[int]] = {}
    feeds = 0
    for index, line in enumerate(lines):
        if "\f" not in line:
            continue
        stripped = line.lstrip()
        lead = line[:len(line) - len(stripped)]
        if "\f" in lead and (found := _NUMBER_ALONE.fullmatch(stripped)):
            offsets.setdefault(int(found[1]) - (feeds + lead.count("\f") + 1), []).append(index)
        feeds += line.count("\f")
    return frozenset(index for places in offsets.values() if len(places) >= 2 for index in places)


def _text_under_a_number(lines: list[str], index: int) -> int | None:
    """The line (0-based) of the text under a number alone on line `index`: the next, or past
    empty lines without a page's break ("1." over an empty line, or two, over "Fler vakter", as
    pdftotext sets a list's numbers apart), where a list numbered alone was none (past two, "1."
    was a paragraph and its item's text another); None at the text's end."""
    under = index + 1
    while under + 1 < len(lines) and not lines[under].strip() and "\f" not in lines[under]:
        under += 1
    return under if under < len(lines) else None


def _under_a_header_row(lines: list[str], index: int) -> bool:
    """Whether the line with text above line `index` (0-based) is a table's header row, cells
    apart by a tab that are no list's item ("Nr<tab>Stadsdel" over "1<tab>Norra Bergby"): the
    rows under it are a table's, numbered in their first cell, not a list a plan must cover."""
    above = next((line for line in reversed(lines[:index]) if line.strip()), "")
    return "\t" in above.strip() and not _TAB_NUMBERED.fullmatch(above)


def _following_lines(lines: list[str]) -> list[str]:
    """For each line, the next line with text after it ("" after the last)."""
    following, after = [""] * len(lines), ""
    for index in range(len(lines) - 1, -1, -1):
        following[index] = after
        if lines[index].strip():
            after = lines[index]
    return following


# How coverage classifies a line; locators (`checks`) must name one of its headings.
unit_kind = _kind
