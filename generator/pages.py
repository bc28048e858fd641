"""A page's furniture in a source's text: its numbers, running heads and footers, which a pdf's
text puts between a page's last line and the next page's first, and which are no text of the
document. One reading for the quote rules and their hints (`checks`: a quote may not take a
line of furniture in) and for the coverage report (`coverage`: a list going on to its next page
goes on past them). Lines are counted from 1, as an error names them; `coverage` reads its lines
from 0.
"""

from __future__ import annotations

import bisect
import collections
import re
from typing import Optional

from . import lazy_regex
from .quotes import GROUP_SPACES, PAGE_NUMBER, SourceText

# `PAGE_NUMBER` (a page's number on a line of its own) is the quote check's, which reads it at a page's foot too.
LONGEST_PAGE_NUMBER = 20  # characters: longer lines are not looked at
# A running head's page number at its end after a tab ("Verksamhetsplan 2024<tab>3"), or after two
# spaces or more, as pdftotext -layout sets it at the page's edge ("Verksamhetsplan 2024        3"),
# which changes from page to page (`running_heads` at two breaks): a head read with it was no head.
_PAGE_NUMBER_AFTER = lazy_regex.compile(r"(?:\t|[^\S\n]{2,})\d{1,4}$")

# A table of contents' entry and page number with a tab between, the line's only one ("Bilaga 2\t14", "Inledning\t3"; an
# appendix's entry of two words or more: not "Bilaga\t2", its own number, nor a table's row "Bilaga 2\tBudget\t14"),
# the number padded by any space a typesetter lines figures up with ("Bilaga 2\t\u20079", a figure space).
A_TABBED_ENTRY = lazy_regex.compile(rf"(?P<entry>[^\t]*)\t+[{GROUP_SPACES}]*\d{{1,3}}[{GROUP_SPACES}]*")

# Any space within a line: a page's number may be indented, or its parts set apart, by a typesetter's
# space ("\u2003- 2 -", "Sida\u00a02 av 6") as by a plain one, and a form feed is one where a pdf's
# text keeps its page breaks ("\fSida 2 av 6"). An em space's indent was read as the text's, so
# a quote over the number passed, taking it in with its first dash lost as a list's mark.
SPACE = r"[^\S\n]"
# A page's number as a footer or running head writes it, with the page's number in `page` and the
# document's count of pages, where given, in `of`: "Sida 2 av 6", "s. 2", "2 av 6", "2 (6)",
# "- 2 -". Not a bare number, which may be a table's value or a list's on a line of its own, nor
# "2/6", which may be a date, nor a number of four digits: "2024 (2026)" is a year and its target
# year in a follow-up's table, and no document on the site has a thousand pages.
_PAGE_MARK = (rf"(?:(?:sida|s\.){SPACE}*(?P<page>\d{{1,3}})(?:{SPACE}*(?:av|/){SPACE}*(?P<of>\d{{1,3}}))?"
              rf"|(?P<page2>\d{{1,3}}){SPACE}*(?:av{SPACE}*(?P<of2>\d{{1,3}})|\((?P<of3>\d{{1,3}})\))"
              rf"|[-\u2013\u2014]{SPACE}*(?:sida{SPACE}*)?(?P<page3>\d{{1,3}})(?:{SPACE}*(?:av|/){SPACE}*(?P<of4>\d{{1,3}}))?{SPACE}*[-\u2013\u2014])")
# A line that is such a number alone, or with a running head's words set apart from it by a tab or
# a wider space, before or after it: "Bygdepartiet – Valplattform 2026–2030   Sida 2 av 6".
_NUMBERED_PAGE = lazy_regex.compile(rf"{SPACE}*(?:(?P<before>.{{0,120}}?\S)(?:\t|  ){SPACE}*)?{_PAGE_MARK}"
                            rf"(?:(?:\t|  ){SPACE}*(?P<after>.{{0,120}}?\S))?{SPACE}*", re.IGNORECASE)
# How many pages' worth of text a page's number may have before or after it, a page's worth being
# the longest stretch between two of its numbers: a page of a table or a chart holds far less
# text than one of prose, so only a number far from where its pages would put it is refused.
_PAGES_SLACK = 3
# Pages a document's count may hold without a number of the run: a cover and a table of contents.
_UNNUMBERED_PAGES = 2
# The longest line read as a running head without a page's number (`running_heads`).
_LONGEST_RUNNING_HEAD = 120


def page_mark(source: SourceText, number: int) -> Optional[re.Match]:
    """Line `number` of `source` read as `_NUMBERED_PAGE` (a long line is no page's furniture),
    each line read once per source whichever rule or hint asks first."""
    marks = source.memo.setdefault("page marks", {})
    if number not in marks:
        text = source.lines[number - 1]
        marks[number] = _NUMBERED_PAGE.fullmatch(text) if len(text) < 300 else None
    return marks[number]


def _page_and_count(found: re.Match) -> tuple[int, Optional[int]]:
    """The page's number and the document's count of pages, where given, of a `page_mark`."""
    of = found["of"] or found["of2"] or found["of3"] or found["of4"]
    return int(found["page"] or found["page2"] or found["page3"]), of and int(of)


def numbered_pages(source: SourceText) -> list[int]:
    """The lines of `source` (1-based) that are surely a page's number, alone or with a running
    head's words (`_NUMBERED_PAGE`): lines of the same words and shape, the pages counting up
    ("Sida 2 av 6", then "Sida 3 av 6"), to the same count of pages, where given, that they
    number but for `_UNNUMBERED_PAGES` (a cover and a contents page before them, or a page of a
    picture between two of them), set out over the text as pages are (`_spread_as_pages`), and at
    a page break where the text keeps them (`page_edges`).
    A repeated heading, a table's repeated header row or a list of equal lines is no page's
    furniture, nor a contents page's or a list of references' "s. 12" and "s. 34", nor a
    follow-up's "Aktiviteter genomförda  3 av 5" and "4 av 5": a correct quote may run over them
    (the real administration's plan repeats 67 such lines). Once per source, and only for a
    source that a quote over such a line, or a quote not found, asks about."""
    if "numbered pages" not in source.memo:
        groups = collections.defaultdict(list)
        edges = page_edges(source)
        for line, text in enumerate(source.lines, 1):
            found = page_mark(source, line)
            if found and (edges is None or line in edges):
                page, of = _page_and_count(found)
                words = " ".join(f"{found['before'] or ''} {found['after'] or ''}".split())
                shape = re.sub(r"\d+", "#", " ".join(text.split()))
                groups[(words, shape, of)].append((line, page))
        numbered = []
        for (_, _, of), members in groups.items():
            pages = [page for _, page in members]
            unnumbered = (of if of is not None else pages[-1] - pages[0] + 1) - len(pages)
            if (len(members) > 1 and all(a < b for a, b in zip(pages, pages[1:]))
                    and (of is None or pages[-1] <= of) and unnumbered <= _UNNUMBERED_PAGES
                    and _spread_as_pages(source, members, of)):
                numbered += [line for line, _ in members]
        source.memo["numbered pages"] = sorted(numbered)
    return source.memo["numbered pages"]


def _spread_as_pages(source: SourceText, numbers: list[tuple[int, int]], of: Optional[int]) -> bool:
    """Whether page numbers, (line, page) in `numbers` to a count of `of` pages, stand where
    pages would put them: text between each two (a contents page's column of numbers has none),
    and no more text before the first than its pages before it would hold, nor after the last
    than the pages left, each a page's worth (`_PAGES_SLACK`; the text between two numbers a
    page apart, or its share of each page between two further apart): a list of references'
    "s. 12" and "s. 13" stand a line apart, after far more than twelve such pages of text.
    Numbers of every page from the first to the last ("Sida 1 av 2", "Sida 2 av 2"; or "- 1 -"
    and "- 2 -" where the second ends the text, the last page's foot, or where the text's form
    feeds count two pages) have only the first page's text before them, however long: a two
    pages' document whose second page holds a few lines had its one page's worth measured from
    those, and was read as no document's pages (the hint audit: a quote that took in "Sida 1 av 2"
    passed)."""
    spans = source.line_spans()
    gaps = [len(source.normal[spans[a - 1][1]:spans[b - 1][0]].strip()) for (a, _), (b, _) in zip(numbers, numbers[1:])]
    if not all(gaps):
        return False
    page = max(gap / (b - a) for gap, (_, a), (_, b) in zip(gaps, numbers, numbers[1:]))
    (first_line, first), (last_line, last) = numbers[0], numbers[-1]
    before = len(source.normal[:spans[first_line - 1][0]].strip())
    after = len(source.normal[spans[last_line - 1][1]:].strip())
    left = of - last + 1 if of else 1
    # Form feeds between pages count them (pdftotext ends every page with one, the last too).
    pages = of or (source.text.strip().count("\f") + 1 if page_edges(source) is not None else None)
    every_page = ([number for _, number in numbers] == list(range(1, last + 1))
                  and (last == pages or pages is None and not after))
    return (every_page or before <= _PAGES_SLACK * first * page) and after <= _PAGES_SLACK * left * page


def last_page(source: SourceText) -> Optional[int]:
    """The last page of a source as its page marks tell it: its form feeds, where it keeps its
    pdf's page breaks, and its pages' numbers (`numbered_pages`), the count they give (`Sida 2
    av 6`) too; the most any of them says, so that a cover without a number is a page. None for
    a text without either, which says nothing of its pages."""
    if "last page" not in source.memo:
        pages = [source.text.strip().count("\f") + 1] if "\f" in source.text.strip() else []
        for line in numbered_pages(source):
            page, of = _page_and_count(page_mark(source, line))
            pages += [page, of or page]
        source.memo["last page"] = max(pages, default=None)
    return source.memo["last page"]


def page_edges(source: SourceText) -> Optional[frozenset[int]]:
    """Where a text keeps its pdf's page breaks as form feeds, the lines (1-based) at a page's
    edge: the two lines with words on either side of each break, and the text's first and last
    two. A page's number or running head stands there and nowhere else. None for a text without
    form feeds, which says nothing of where its pages break."""
    if "page edges" not in source.memo:
        edges = None
        if "\f" in source.text:
            worded = [number for number, line in enumerate(source.lines, 1) if line.split()]
            breaks = [number for number, line in enumerate(source.lines, 1) if "\f" in line]
            edges = set(worded[:2] + worded[-2:])
            for line in breaks:
                at, past = bisect.bisect_left(worded, line), bisect.bisect_right(worded, line)
                edges.update(worded[max(at - 2, 0):past + 2])
            edges = frozenset(edges)
        source.memo["page edges"] = edges
    return source.memo["page edges"]


def running_heads(source: SourceText, every_break: bool = True) -> list[int]:
    """The lines (1-based) of a running head or footer without a page's number ("Eskilstuna
    kommun"): the same short line next to every page break, on the same side of it, at two
    breaks or more (but the first `_UNNUMBERED_PAGES`: a cover and a table of contents often go
    without it), and nowhere else in the source but as its first or last line (the first page's
    head, the last page's foot). A page break is a line with a page's number
    (`numbered_pages`), or a form feed where the text keeps them. A heading or label the
    document repeats ("Beskrivning:", "Socialnämnden") stands elsewhere too, and is its text.

    With `every_break` false, the coverage report's looser reading (`_heads_at_two_breaks`): any
    short line beside two form feeds or more, on the same side, wherever else it stands, a
    page's number after a tab or spaces dropped. The two differ on purpose. A quote may take in no line
    read so, and a hint calls it a page's, so a repeated heading or label of the document's text
    read as one refused a correct quote: the quote rules want the line at every break and nowhere
    else. The report asks only whether a list goes on past a page's break ("2 Mer ljus", a form
    feed, "Verksamhetsplan 2024", "3 Trygg skolväg"): a head that changes with the chapter, or a
    footer the last page goes without, is still no line between the list's items, and read as
    one it ended the list and a plan that left the next page's items out passed."""
    if not every_break:
        return _heads_at_two_breaks(source)
    numbered = numbered_pages(source)
    breaks = ([number for number, line in enumerate(source.lines, 1) if "\f" in line]
              if page_edges(source) is not None else numbered)
    if len(breaks) < 2:
        return []
    skip = set(numbered)
    worded = [number for number, line in enumerate(source.lines, 1) if line.split() and number not in skip]
    if not worded:
        return []

    def text(number: int) -> str:
        return " ".join(source.lines[number - 1].replace("\f", " ").split())

    heads = []
    for side in ("before", "after"):
        beside = []
        for line in breaks:
            at = bisect.bisect_left(worded, line)
            if side == "after":
                beside.append(worded[at] if at < len(worded) else None)
            else:
                beside.append(worded[at - 1] if at > 0 and worded[at - 1] != line else None)
        # The text's end has nothing after its last break, nor its start before its first.
        if sum(number is not None for number in beside) < max(len(beside) - 1, 2):
            continue
        head, _ = collections.Counter(text(number) for number in beside if number is not None).most_common(1)[0]
        present = [number for number in beside if number is not None and text(number) == head]
        # A cover and a table of contents (`_UNNUMBERED_PAGES`), at the start, may go without it.
        if len(present) < 2 or any(number is not None and text(number) != head
                                   for number in beside[_UNNUMBERED_PAGES:]):
            continue
        if not head or len(head) > _LONGEST_RUNNING_HEAD or head.startswith("#"):
            continue
        elsewhere = [number for number in worded if text(number) == head and number not in present]
        if all(number in (worded[0], worded[-1]) for number in elsewhere):
            heads += present
    return sorted(set(heads))


def _second_pages_head(source: SourceText) -> list[int]:
    """The running head or footer without a page's number of a document of two pages, where the
    text keeps its one page break as a form feed: the line right after the break that is also the
    text's first (the document's title atop both pages), or right before it that is also its last
    (a footer on both), and stands nowhere else. `running_heads` wants two breaks, and a quote that
    took the title in mid-sentence passed (the hint audit); a heading that opens the second page is
    not the text's first line, and without form feeds nothing tells where the page breaks. The form
    feed that ends the text ends its last page (pdftotext writes one after every page): with it
    counted, a text of two pages as pdftotext writes it had two breaks, and its title was no head."""
    if "\f" not in source.text:
        return []
    worded = [number for number, line in enumerate(source.lines, 1) if line.split()]
    breaks = [number for number, line in enumerate(source.lines, 1)
              if "\f" in line and (worded and number < worded[-1] or line.rpartition("\f")[2].split())]
    if len(breaks) != 1:
        return []

    def text(number: int) -> str:
        return " ".join(source.lines[number - 1].replace("\f", " ").split())

    at = bisect.bisect_left(worded, breaks[0])
    beside = [(worded[at], worded[0])] if at < len(worded) else []  # after the break, as the text's first line
    if at > 0 and worded[at - 1] != breaks[0]:
        beside.append((worded[at - 1], worded[-1]))  # before it, as the text's last line
    return [line for line, twin in beside
            if line != twin and text(line) == text(twin) and len(text(line)) <= _LONGEST_RUNNING_HEAD
            and not text(line).startswith("#") and sum(text(number) == text(line) for number in worded) == 2]


def tabbed_running_heads(source: SourceText) -> list[int]:
    """The lines (1-based) of a running head or footer that ends in its page's bare number after a
    tab ("Verksamhetsplan 2024<tab>3"), as a table of contents' entry does (`A_TABBED_ENTRY`),
    which `_NUMBERED_PAGE` does not read (a bare number may be a table's value): the same words at
    two pages or more, their numbers counting up, each at a page's edge where the text keeps its
    page breaks as form feeds (`page_edges`); or else at three or more, every page's, one more
    each, set out over the text as pages are (`_spread_as_pages`): a contents entry and a table's
    row of the same words may count up by one by chance. Read as a contents entry, such a head made the
    lines beside it a contents list's: an appendix's own line under it ("Bilaga 1<tab>2") was
    read as in the contents alone, and a correct `Bilaga 1` was refused."""
    if "tabbed running heads" not in source.memo:
        edges = page_edges(source)
        groups = collections.defaultdict(list)
        for line, text in enumerate(source.lines, 1):
            if "\t" in text and (edges is None or line in edges) and (found := A_TABBED_ENTRY.fullmatch(text)):
                words = " ".join(found["entry"].split())
                if words:
                    groups[words].append((line, int(text.rsplit("\t", 1)[1])))
        heads = []
        for members in groups.values():
            pages = [page for _, page in members]
            if len(members) > 1 and all(a < b for a, b in zip(pages, pages[1:])) and (
                    edges is not None or len(members) > 2 and all(b == a + 1 for a, b in zip(pages, pages[1:]))
                    and _spread_as_pages(source, members, None)):
                heads += [line for line, _ in members]
        source.memo["tabbed running heads"] = heads
    return source.memo["tabbed running heads"]


def bare_page_numbers(source: SourceText) -> list[int]:
    """The lines (1-based) of a page's bare number alone on its line ("7"), which `_NUMBERED_PAGE`
    does not read (it may be a table's value, a list's or a chapter's number), where the text keeps
    its page breaks as form feeds: the first line with words after each break ("\f7", "\f" over
    "7"), or the last before each ("7" over "\f"), at every break on that side but the first
    `_UNNUMBERED_PAGES` (a cover and a contents page may go without), two or more, the numbers
    counting the pages (each its page's less the same count: `page_of`). Read as the text's, a quote
    that took one in mid-sentence passed ("Vi ska bygga fler 7 skolor"), a figure the document
    does not say there; a list's item or a chapter's number alone at one break is none."""
    if "bare page numbers" not in source.memo:
        numbers: list[int] = []
        if page_edges(source) is not None:
            lines = source.lines
            breaks = [index for index, line in enumerate(lines) if "\f" in line]
            for step in (1, -1):
                beside = [place for place in (_page_edge_text(lines, index, step, False) for index in breaks) if place is not None]
                bare = [place for place in beside if _BARE_NUMBER.fullmatch(lines[place].replace("\f", " "))]
                counts = {int(lines[place].replace("\f", " ")) - page_of(source, place + 1) for place in bare}
                if len(bare) >= 2 and len(counts) == 1 and all(place in bare for place in beside[_UNNUMBERED_PAGES:]):
                    numbers += [place + 1 for place in bare]
        source.memo["bare page numbers"] = sorted(numbers)
    return source.memo["bare page numbers"]


_BARE_NUMBER = lazy_regex.compile(rf"{SPACE}*\d{{1,3}}{SPACE}*")  # a page's bare number on its line (`bare_page_numbers`)


def page_furniture(source: SourceText) -> list[int]:
    """The lines of `source` (1-based) that are a page's furniture, not the document's text: its
    numbers (`numbered_pages`, a bare one at every break, `bare_page_numbers`, and a running
    head's ending in its bare number after a tab, `tabbed_running_heads`) and running heads or
    footers without one (`running_heads`, and a two pages' document's, `_second_pages_head`).
    Once per source."""
    if "page furniture" not in source.memo:
        source.memo["page furniture"] = sorted(set(numbered_pages(source)) | set(bare_page_numbers(source))
                                               | set(tabbed_running_heads(source)) | set(running_heads(source))
                                               | set(_second_pages_head(source)))
    return source.memo["page furniture"]


def two_pages_mark(source: SourceText) -> list[int]:
    """The one line with a page's number of a document of two pages ("Sida 2 av 2", "1 (2)"),
    which no second line counts up from: the hint's, and the rule's only where surely a page's
    (`two_pages_footer`), as the line may be the text's. Without a count of pages ("- 2 -"),
    where the text's form feeds count two pages and it stands at the break, on the page it
    numbers: the second page's, the first going without (a cover's or a title page's, as a word
    processor's "different first page" leaves it), was read as no page's, and a quote that took it
    in mid-sentence passed (the review of session 75). A number of another page there ("- 3 -")
    numbers none of this text's, and nothing tells what it is."""
    marks = [number for number in range(1, len(source.lines) + 1) if page_mark(source, number)]
    if len(marks) != 1:
        return []
    page, of = _page_and_count(page_mark(source, marks[0]))
    if of is None:
        edges = page_edges(source)
        return marks if (edges is not None and marks[0] in edges and source.text.strip().count("\f") == 1
                         and page == page_of(source, marks[0])) else []
    return marks if of == 2 and page <= 2 else []


def page_of(source: SourceText, number: int) -> int:
    """The page (1-based) that line `number` of a text keeping its page breaks as form feeds stands
    on: one more than the form feeds before its words (pdftotext begins a page's first line with one),
    also after a typesetter's space the line begins with ("\u2003\f- 2 -"), as a page's number reads it."""
    line = source.lines[number - 1]
    lead = line[:len(line) - len(line.lstrip())]
    return sum(text.count("\f") for text in source.lines[:number - 1]) + lead.count("\f") + 1


def two_pages_footer(source: SourceText) -> list[int]:
    """The `two_pages_mark` that is surely a page's, for the rule as for the hint: one that names
    the page ("Sida 1 av 2"), or one at a page's edge where the text keeps its page breaks as form
    feeds (`page_edges`). A quote that took one in passed while the hint, for a quote that left it
    out, called it a page's head or foot (the hint audit); "2 av 2" or "1 (2)" alone on a line in
    a text without form feeds may be the text's (a count of activities done), and stays the hint's."""
    edges = page_edges(source)
    return [number for number in two_pages_mark(source)
            if page_mark(source, number)["page"] or edges is not None and number in edges]


def _heads_at_two_breaks(source: SourceText) -> list[int]:
    """`running_heads` for the coverage report: at two page breaks (form feeds) or more, the same
    short line first on the page after the break (a head), or last before it (a footer), past
    empty lines and a page's number (`PAGE_NUMBER`), a page's own number after a tab or spaces dropped
    ("Verksamhetsplan 2024<tab>3"). A chapter's heading first on a page stands at one break alone.
    So does a head first on one page only that is the document's title, its first line, and
    stands nowhere else (`_title_again`: "Verksamhetsplan 2024" atop the text and again first on
    page 3, the other pages without it): read as the page's text, it ended a list going on there,
    and a plan that left the next page's items out passed. Once per source."""
    if "heads at two breaks" not in source.memo:
        lines, sides = source.lines, ({}, {})
        for index, line in enumerate(lines):
            if "\f" in line:
                for side, step in enumerate((1, -1)):
                    beside = _page_edge_text(lines, index, step)
                    if beside is not None:
                        sides[side].setdefault(_head_text(lines[beside]), []).append(beside + 1)
        source.memo["heads at two breaks"] = sorted(
            beside for after, side in zip((True, False), sides) for text, places in side.items()
            if text and (len(places) >= 2 or after and _title_again(lines, text))
            and len(text) <= _LONGEST_RUNNING_HEAD for beside in places)
    return source.memo["heads at two breaks"]


def _head_text(line: str) -> str:
    """A running head's words as `_heads_at_two_breaks` compares them: spaces joined, a page's
    number after a tab or spaces dropped."""
    return " ".join(_PAGE_NUMBER_AFTER.sub("", line.replace("\f", " ").rstrip()).split())


def _title_again(lines: list[str], text: str) -> bool:
    """Whether a head's words `text` are the document's title, its first line with text, and
    stand on one line more only (`_heads_at_two_breaks`): a chapter's heading first on a page is
    no title of the document, and a line the text repeats elsewhere is its own."""
    title = next((line for line in lines if line.strip()), "")
    return (_head_text(title) == text
            and sum(1 for line in lines if line.strip() and _head_text(line) == text) == 2)


def _page_edge_text(lines: list[str], index: int, step: int, past_numbers: bool = True) -> int | None:
    """The first line (0-based) with text beside a page's break on line `index`, after it (`step`
    1, the break's own line where text follows its form feed) or before it (-1), past empty lines
    and, with `past_numbers`, a page's number; None where none comes before the text's edge or
    another break."""
    first = index if step == 1 and lines[index].rpartition("\f")[2].strip() else index + step
    for place in range(first, len(lines) if step == 1 else -1, step):
        if "\f" in lines[place] and place != index:
            return None  # the next page's break
        stripped = lines[place].replace("\f", " ").strip()
        if stripped and not (past_numbers and len(stripped) <= LONGEST_PAGE_NUMBER and PAGE_NUMBER.fullmatch(stripped)):
            return place
    return None


def a_pages_number(lines: list[str], index: int) -> bool:
    """Whether line `index` (0-based) is a page's number on a line of its own at a page's break, a
    form feed on it or on the line beside it past empty ones (`PAGE_NUMBER`: "3" over "\f3 Trygg skolväg"), or a
    number with a full stop alone at a page's foot, a form feed on the next line ("3." over
    "\f3."), which is no list's number either. Not one away from a break: a table of contents
    as pdftotext writes one has its chapters' pages so, under each ("Inledning" over "3")."""
    stripped = lines[index].strip()
    if len(stripped) > LONGEST_PAGE_NUMBER:
        return False
    below = "\f" in _beside(lines, index, 1)
    at_a_break = below or "\f" in lines[index] or "\f" in _beside(lines, index, -1)
    return (at_a_break and bool(PAGE_NUMBER.fullmatch(stripped))) or (
        below and stripped[:-1].isdigit() and stripped.endswith("."))


def _beside(lines: list[str], index: int, step: int) -> str:
    """The nearest line above (`step` -1) or below (1) line `index` with text or a page's break,
    past empty lines (pdftotext -layout pads a page's foot with them); "" at the text's edge."""
    index += step
    while 0 <= index < len(lines) and not lines[index].strip() and "\f" not in lines[index]:
        index += step
    return lines[index] if 0 <= index < len(lines) else ""
