"""Charts drawn from the linked model at build time: inline SVG, no chart library.

Each chart is an `<svg role="img">` with an accessible name (its `<title>` and `<desc>`). An
indicator's states its figures with their unit and year, so the chart says in words what it
shows. A budget table's chart comes right after its table and names the table instead: a
screen reader has just read its figures there, and reading them all again, 40 in a large
table, would only repeat them. Geometry is computed here: horizontal bars on one scale with a
zero line, negative values drawn to its left. x positions are percentages of the width,
so the chart follows the column on a phone while the text keeps its size; a label longer
than a phone's line goes on several lines (SVG text never wraps). Colours come
from CSS (`currentColor` and the theme's variables), so charts work in both colour
schemes and in print. Every piece of plan text passes through `escape.html_text`. The
document's words in a chart carry the language of a document not in Swedish, as on its table:
a budget table's rows, columns and unit, an indicator's unit (`figure_pieces`); the rest of a
label, its figure and year among it, is the site's own Swedish.
A chart is kept out of the search index (`data-search-exclude`): its words are the figures of
the table just above it, which the index holds already.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from markupsafe import Markup

from . import model
from .escape import html_text, in_languages
from .link import Item, Table
from .swedish import NBSP, count, figure  # textwrap breaks at ASCII spaces only, never at NBSP

PERCENT_UNITS = {"%", "procent"}  # drawn on a scale of 0–100
GROUP_HEIGHT = 20  # px: the line naming a group of bars (a table row)
LABEL_HEIGHT = 16  # px: the line of text above each bar, saying what it is and its figure
BAR_HEIGHT = 10
GAP = 6
# SVG text never wraps: a longer label goes on several lines, so it fits a 320 px screen
# with WCAG 1.4.12's text spacing (letters +0.12em, words +0.16em) instead of being cut off.
LINE_CHARACTERS = 28


Pieces = tuple[tuple[str, str], ...]  # a text in pieces, each with its language (`escape.in_languages`)


def figure_pieces(value: Decimal, unit: str, lang: str = "", approximate: bool = False,
                  year: Optional[int] = None) -> Pieces:
    """`ca 15 % (2022)` in pieces for `escape.in_languages`: the figure and its year the page's
    words, the unit the document's (an indicator's `model.Measure.unit`, a budget table's
    `model.Table.unit`), in its language `lang` ("" for Swedish), as its other words on the page
    are (WCAG 3.1.2). A no-break space after "ca" and before the unit: a phone broke "1250" /
    "kr/invånare" and "ca" / "25 %" over two lines. For the pages only."""
    return tuple(piece for piece in ((("ca" + NBSP if approximate else "") + figure(value) + NBSP, ""),
                                     (unit, lang), (f" ({year})" if year else "", ""))
                 if piece[0])


def measure_pieces(measure: model.Measure, lang: str = "") -> Pieces:
    """An indicator's value (`figure_pieces`)."""
    return figure_pieces(measure.value, measure.unit, lang, measure.approximate, measure.year)


def labelled_measure_pieces(measure: model.Measure, lang: str = "") -> Pieces:
    """An indicator's value as its table and a comparison's item show it (`measure_pieces`),
    then what it measures where that is not the indicator (`model.Measure.label`): `ca 25 %
    (2027) – andel av resurserna inom öppen verksamhet`. The label is the document's words, in
    its language `lang` as the unit is; the dash before it is the page's. The chart names its
    bars itself, without it."""
    label = ((NBSP + "– ", ""), (measure.label, lang)) if measure.label else ()
    return measure_pieces(measure, lang) + label


def baseline_pieces(indicator: model.Indicator, lang: str = "") -> Pieces:
    """An indicator's baseline on a comparison's line, before its target: labelled as the target
    is (`labelled_measure_pieces`), but without the label where the target's is the same, which
    then names both once, after the target: the line said "kostnad för vuxenvården … per
    invånare" twice, to the eye and to a screen reader. A table shows each value in its own cell,
    with its label."""
    baseline = indicator.baseline
    if baseline.label == indicator.target.label:
        return measure_pieces(baseline, lang)
    return labelled_measure_pieces(baseline, lang)


@dataclass(frozen=True)
class Bar:
    label: str  # what the bar is, before its figure on the line above it
    value: Optional[Decimal]  # None: no figure in the document, no bar
    shown: str  # the figure as written on the line above the bar, joined to "ca" and its unit by NBSP
    kind: str  # CSS class suffix
    own: tuple[tuple[int, int], ...] = ()  # where the document's words are in its line (from, to)

    @property
    def line(self) -> str:
        return f"{self.label}: {self.shown}"


def _bar(label: tuple[str, str], value: Optional[Decimal], shown: Pieces, kind: str) -> Bar:
    """A bar whose line, `label: shown`, is given in pieces with their languages: the pieces
    in a document's language (a budget table's row or column and unit, an indicator's unit)
    are its `own` characters."""
    own, at = [], 0
    for text, lang in (label, (": ", ""), *shown):
        if lang:
            own.append((at, at + len(text)))
        at += len(text)
    return Bar(label[0], value, "".join(text for text, _ in shown), kind, tuple(own))


def _percent(value: float) -> str:
    return f"{value + 0.0:.2f}%"  # + 0.0: never `-0.00%`


def _svg(chart_id: str, title: str | Markup, description: str, groups: list[tuple[str, list[Bar]]],
         whole: float = 0.0, lang: str = "") -> Markup:
    """Groups of bars (a group's title may be empty) on one scale with a zero line, as one
    line of markup: a blank line would end the raw HTML block in Markdown. The scale reaches
    at least `whole` (100 for percentages, so 25 % is a quarter of the width, not all of it).
    `lang`: the tag of a document not in Swedish whose words the groups' titles and the bars'
    `own` characters are (a budget table's rows, columns and unit, an indicator's unit), ""
    where they are the site's or Swedish."""
    values = [float(bar.value) for _, bars in groups for bar in bars if bar.value is not None]
    low, high = min(values + [0.0]), max(values + [0.0, whole])
    span = (high - low) or 1.0
    zero = 100 * (0.0 - low) / span
    parts, y = [], 0
    for group, bars in groups:
        if group:
            text, y = _text("vlv-chart-group", group, y, GROUP_HEIGHT, 5, lang, ((0, len(group)),))
            parts.append(text)
        for bar in bars:
            # `shown` keeps a figure with "ca" and its unit by no-break spaces (`621,8 mnkr`); the
            # other spaces stay breaks: a unit of several words made one word was cut inside a
            # word ("0 vräkningar av ba" over "rnfamiljer").
            text, y = _text("", bar.line, y, LABEL_HEIGHT, 4, lang, bar.own)
            parts.append(text)
            # The zero line runs beside each bar only, never through the text above it.
            # Its width is SVG's default, 1: said on each of up to 64 lines, it only added bytes.
            parts.append(f'<line class="vlv-chart-zero" x1="{_percent(zero)}" x2="{_percent(zero)}" y1="{y - 2}" '
                         f'y2="{y + BAR_HEIGHT + 2}" stroke="currentColor"></line>')
            if bar.value is not None:
                start, end = sorted((zero, zero + 100 * float(bar.value) / span))
                parts.append(f'<rect class="vlv-bar vlv-bar-{bar.kind}" data-value="{html_text(str(bar.value))}" '
                             f'x="{_percent(start)}" y="{y}" width="{_percent(end - start)}" height="{BAR_HEIGHT}"></rect>')
            y += BAR_HEIGHT + GAP
    head = (f'<svg class="vlv-chart-svg" role="img" aria-labelledby="{chart_id}-titel {chart_id}-text" '
            f'width="100%" height="{y}" fill="currentColor" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{chart_id}-titel">{html_text(title)}</title><desc id="{chart_id}-text">{html_text(description)}</desc>')
    return Markup(head + "".join(parts) + "</svg>")


def _text(css_class: str, text: str, y: int, line_height: int, baseline: int,
          lang: str = "", own: tuple[tuple[int, int], ...] = ()) -> tuple[str, int]:
    """A label from `y` down, one `<tspan>` a line (broken between words), and the y below it;
    a label of one line is placed by its `<text>` alone, one element, not two. A bar's label has
    no class: no style reads one, and it was repeated on each of up to 64 bars. With `lang`, its
    characters in each of `own`'s spans (from, to) are a document's words, marked with its
    language on each line they reach (`_marked`), as on the table (WCAG 3.1.2)."""
    # A word longer than a line (a long compound, an address) is broken inside: on one line it
    # would run past the chart's edge, where the SVG cuts it off.
    lines = [text] if len(text) <= LINE_CHARACTERS else textwrap.wrap(
        text, LINE_CHARACTERS, break_long_words=True, break_on_hyphens=False)
    written = _marked(text, lines, lang, own) if lang else [html_text(line) for line in lines]
    spans = []
    for line in written:
        y += line_height
        spans.append(f'<tspan x="0" y="{y - baseline}">{line}</tspan>')
    classed = f' class="{css_class}"' if css_class else ""
    if len(lines) == 1:
        return f'<text{classed} x="0" y="{y - baseline}">{written[0]}</text>', y
    return f'<text{classed}>{"".join(spans)}</text>', y


# The white space `textwrap` writes as a space (its `replace_whitespace`), one for one.
_AS_A_SPACE = {ord(c): " " for c in "\t\n\x0b\x0c\r"}


def _marked(text: str, lines: list[str], lang: str, own: tuple[tuple[int, int], ...]) -> list[Markup]:
    """Each line of `text` as written (`escape.in_languages`), its part of each of the text's
    spans of characters `own` (from, to, in order) in a `<tspan>` that says their language.
    `textwrap` expands tabs, writes other white space as a space and drops the spaces it breaks
    at, so every line is found, in order, in the text so written; the characters before and in
    each span so written are as many."""
    written = text.expandtabs().translate(_AS_A_SPACE)
    kept = lines == [text]  # a label of one line, kept as it is
    spans = own if kept else [tuple(len(text[:place].expandtabs()) for place in span) for span in own]
    at, out = 0, []
    for line in lines:
        start = 0 if kept else written.index(line, at)
        at = start + len(line)
        pieces, done = [], 0
        for first, end in spans:
            cut, stop = (min(max(place - start, 0), len(line)) for place in (first, end))
            pieces += [(line[done:cut], ""), (line[cut:stop], lang)]
            done = max(done, stop)
        pieces.append((line[done:], ""))
        out.append(in_languages([piece for piece in pieces if piece[0]], "tspan"))
    return out


def indicator_text(item: Item) -> Markup:
    """`Ingångsvärde ca 15 % (2022), målvärde ca 25 % (2027).`, each unit in the document's
    language (`measure_pieces`), as in the chart's title of a budget table (`_budget_title`)."""
    indicator, lang = item.data.indicator, item.plan.foreign_lang or ""
    baseline = ((("Ingångsvärde ", ""), *measure_pieces(indicator.baseline, lang)) if indicator.baseline
                else (("Ingångsvärde anges inte", ""),))
    return in_languages([*baseline, (", målvärde ", ""), *measure_pieces(indicator.target, lang), (".", "")])


def indicator_chart(item: Item) -> Markup:
    """Baseline → target of an indicator as two bars on one scale."""
    indicator = item.data.indicator
    lang = item.plan.foreign_lang or ""
    bars = [_bar(("Ingångsvärde", ""), indicator.baseline.value, measure_pieces(indicator.baseline, lang), "baseline")
            if indicator.baseline else Bar("Ingångsvärde", None, "anges inte", "baseline"),
            _bar(("Målvärde", ""), indicator.target.value, measure_pieces(indicator.target, lang), "target")]
    chart_id = f"diagram-{item.plan.id}-{item.id}"
    units = {measure.unit.strip().lower() for measure in (indicator.baseline, indicator.target) if measure}
    whole = 100.0 if units <= PERCENT_UNITS else 0.0
    return Markup('<figure class="vlv-chart" data-search-exclude>') + _svg(
        chart_id, "Diagram: indikatorns ingångsvärde och målvärde", indicator_text(item), [("", bars)],
        whole, lang=lang) + Markup("</figure>")


def budget_chart(table: Table) -> Markup:
    """One bar per figure of the table, grouped by row in document order, on one scale."""
    unit, columns, lang = table.data.unit, table.data.columns, table.plan.foreign_lang or ""
    groups = [("" if len(columns) == 1 else row.label,
               [_bar((name, lang), value,
                     figure_pieces(value, unit, lang, approximate) if value is not None else (("uppgift saknas", ""),),
                     "negative" if value is not None and value < 0 else "positive")
                for name, value, approximate in zip([row.label] if len(columns) == 1 else columns, row.values, row_approximate)])
              for row, row_approximate in zip(table.data.rows, table.approximate)]
    chart_id = f"diagram-{table.plan.id}-{table.id}"
    bars = sum(1 for _, group in groups for bar in group if bar.value is not None)
    return Markup('<figure class="vlv-chart vlv-chart-budget" data-search-exclude>') + _svg(
        chart_id, _budget_title(table),
        f"Samma tal som i tabellen ovan, ett per stapel ({count(bars, 'stapel', 'staplar')}).", groups,
        lang=lang) + Markup("</figure>")


def _budget_title(table: Table) -> Markup:
    """`Stapeldiagram: Resultatbudget (mnkr)`: the chart's kind and the table's caption as the
    table prints it (`link.Table.caption_pieces`). The caption is the document's words: in a
    document in another language they carry its tag inside the title (SVG 2's `title` holds
    HTML), as on the table's own caption, the chart's kind and the unit staying the site's
    Swedish (WCAG 3.1.2)."""
    return in_languages([("Stapeldiagram: ", ""), *table.caption_pieces])
