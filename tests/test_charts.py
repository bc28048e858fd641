"""Charts drawn from the data: each indicator as an inline SVG whose text alternative states
its figures, each budget table as one that points to the table above it, and the risk matrix
as a heat map with a legend and a list by level that replaces the matrix on a phone."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from conftest import SIDEWAYS
from generator import model
from generator.swedish import NBSP

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "project"
# The real plans, read as a party office writes them: the charts are checked on whichever of
# them has indicators, budget tables and risks, not on a plan named here (a party office may
# rename or remove any of them). Read by libyaml: each test process reads them as it collects the
# tests, and the pure-Python reader took 0.2 s of processor time for the same data.
PLANS = [yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
         for path in sorted((REPO / "plans").glob("*.yaml"))]


def items_of(plan: dict) -> list[dict]:
    return [item for section in plan["sections"] for item in section.get("items", [])]


# The plan with the most risks: the one whose page has the risk matrix looked at here.
RISK_PLAN = max(PLANS, key=lambda plan: sum(1 for item in items_of(plan) if "risk" in item))
PAGE = f"dokument/{RISK_PLAN['id']}/"


def written(value) -> str:
    """A figure of the YAML as a Swede reads it on the page: `620,9`, `−46,7`."""
    text = str(value).replace(".", ",")
    return text.replace("-", "−")


def page_html(repo_site, plan: dict = RISK_PLAN) -> str:
    site, _ = repo_site
    return (site / "dokument" / plan["id"] / "index.html").read_text(encoding="utf-8")


def chart_in(fragment: str) -> tuple[str, str]:
    """(text alternative, svg markup) of the one chart in an HTML fragment: what the
    `aria-labelledby` of its `role="img"` points at."""
    svgs = re.findall(r'<svg [^>]*role="img"[^>]*>.*?</svg>', fragment, re.S)
    assert len(svgs) == 1, fragment[:500]
    ids = re.search(r'aria-labelledby="([^"]+)"', svgs[0]).group(1).split()
    texts = [re.search(rf'<(title|desc) id="{re.escape(i)}">(.*?)</\1>', svgs[0], re.S).group(2) for i in ids]
    return html.unescape(re.sub(r"<[^>]+>", "", " ".join(texts))), svgs[0]  # the words of a span in it too


def indicators() -> list[tuple[dict, dict]]:
    """(plan, item) of every indicator of the real plans."""
    return [(plan, item) for plan in PLANS for item in items_of(plan) if "indicator" in item]


def test_the_real_plans_have_indicators_to_chart():
    assert indicators()


@pytest.mark.parametrize("plan, item", indicators(), ids=[f"{plan['id']}#{item['id']}" for plan, item in indicators()])
def test_each_indicator_has_a_chart_stating_baseline_target_unit_and_years(repo_site, plan, item):
    article = re.search(rf'<article [^>]*id="{item["id"]}".*?</article>', page_html(repo_site, plan), re.S).group(0)
    text, _ = chart_in(article)
    target = item["indicator"]["target"]
    # "ca", the figure and its unit joined by no-break spaces, as on the rest of the page
    assert f"målvärde {'ca' + NBSP if target.get('approximate') else ''}{written(target['value'])}{NBSP}{target['unit']}" in text
    assert f"({target['year']})" in text if "year" in target else True
    baseline = item["indicator"].get("baseline")
    if baseline:
        assert (f"Ingångsvärde {'ca' + NBSP if baseline.get('approximate') else ''}"
                f"{written(baseline['value'])}{NBSP}{baseline['unit']}") in text
        assert f"({baseline['year']})" in text if "year" in baseline else True
    else:
        assert "Ingångsvärde anges inte" in text


# The fixture's indicator, made a share in per cent: ca 15 % in 2022, target ca 25 % in 2027.
PERCENT_INDICATOR = {
    "plans/bergby-socialnamnden-vp-2024.yaml": [
        ("Antal hemlösa personer Ingångsvärde: ca 120 personer (2022) Målvärde 2027: 60 personer (Kolada)",
         "Andel hemlösa Ingångsvärde: ca 15 % (2022) Målvärde 2027: ca 25 % (Kolada)"),
        ("{value: 120, unit: personer, year: 2022, approximate: true}", '{value: 15, unit: "%", year: 2022, approximate: true}'),
        ("{value: 60, unit: personer, year: 2027}", '{value: 25, unit: "%", year: 2027, approximate: true}')],
    "sources/bergby-socialnamnden-vp-2024.txt": [
        ("Antal hemlösa personer\nIngångsvärde: ca 120 personer (2022)\nMålvärde 2027: 60 personer (Kolada)",
         "Andel hemlösa\nIngångsvärde: ca 15 % (2022)\nMålvärde 2027: ca 25 % (Kolada)")],
}


def test_an_indicator_chart_reads_as_its_figures(project):
    from generator.site import build_site
    from generator.charts import indicator_chart

    for name, replacements in PERCENT_INDICATOR.items():
        text = (project / name).read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, (name, old)
            text = text.replace(old, new)
        (project / name).write_text(text, encoding="utf-8")
    linked = next(i for p in build_site(project).plans for i in p.items if i.id == "antal-hemlosa")
    text, svg = chart_in(str(indicator_chart(linked)))
    assert text == ("Diagram: indikatorns ingångsvärde och målvärde "
                    "Ingångsvärde ca\u00a015\u00a0% (2022), målvärde ca\u00a025\u00a0% (2027).")
    # Percentages on a scale of 0–100: 15 % is 15 % of the width, the target 25 %, not all of it
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([0-9.]+)%"', svg)]
    assert widths == [15.0, 25.0]


def budget_tables() -> list[tuple[dict, dict]]:
    """(plan, table) of every budget table of the real plans."""
    return [(plan, table) for plan in PLANS for section in plan["sections"] for table in section.get("tables", [])]


def test_the_real_plans_have_budget_tables_to_chart():
    assert budget_tables()


@pytest.mark.parametrize("plan, table", budget_tables(),
                         ids=[f"{plan['id']}#{table['id']}" for plan, table in budget_tables()])
def test_each_budget_table_has_one_bar_per_figure_and_a_chart_that_points_to_the_table(repo_site, plan, table):
    """The chart comes right after its table, whose figures a screen reader has just read: its
    text alternative names the table and says the bars are those figures, instead of reading
    every figure again (40 in the largest table)."""
    block = re.search(rf'<div [^>]*id="{table["id"]}".*?</figure>', page_html(repo_site, plan), re.S).group(0)
    assert block.index("<table") < block.index("<svg")  # the table stays, the chart follows it
    text, svg = chart_in(block)
    figures = [value for row in table["rows"] for value in row["values"] if value is not None]
    bars = re.findall(r'<rect class="vlv-bar[^"]*" data-value="([^"]+)"', svg)
    assert [Decimal(html.unescape(bar)) for bar in bars] == [Decimal(str(value).replace(",", ".")) for value in figures]
    caption = html.unescape(re.search(r"<caption>(.*?)</caption>", block, re.S).group(1))
    shown = "1 stapel" if len(bars) == 1 else f"{len(bars)} staplar"
    assert text == f"Stapeldiagram: {caption} Samma tal som i tabellen ovan, ett per stapel ({shown})."


@pytest.mark.parametrize("value, written", [
    ("12500", "12\u202f500"), ("10000", "10\u202f000"), ("9999", "9999"), ("-1234567.5", "−1\u202f234\u202f567,5"),
    ("0.25", "0,25"), ("-46.7", "−46,7"),
])
def test_a_tables_figure_is_written_as_swedes_write_it(value, written):
    """A chart's label and a change's old and new figure: a decimal comma, a minus sign, and a
    narrow no-break space between thousands from five digits on; `12,500` would read as 12.5."""
    from generator.swedish import figure

    assert figure(Decimal(value)) == written


def test_negative_figures_are_drawn_left_of_the_zero_line():
    """The fixture's budget table has income (positive) and costs (negative): each bar reaches
    from the zero line to its figure, on its side of the line."""
    from generator.site import build_site
    from generator.charts import budget_chart

    (table,) = [table for plan in build_site(FIXTURE).plans for table in plan.tables]
    figures = [value for row in table.data.rows for value in row.values if value is not None]
    assert min(figures) < 0 < max(figures)
    _, svg = chart_in(str(budget_chart(table)))
    zero = float(re.search(r'<line class="vlv-chart-zero" x1="([0-9.]+)%"', svg).group(1))
    bars = re.findall(r'data-value="([^"]+)" x="([0-9.]+)%" y="[0-9]+" width="([0-9.]+)%"', svg)
    assert [Decimal(html.unescape(value)) for value, _, _ in bars] == figures  # every figure's bar, read
    assert 0 < zero < 100
    for value, x, width in bars:
        start, end = float(x), float(x) + float(width)
        value = Decimal(html.unescape(value))
        if value < 0:
            assert end == pytest.approx(zero, abs=0.02) and start < zero
        elif value > 0:
            assert start == pytest.approx(zero, abs=0.02) and end > zero


def test_the_heat_map_legend_lists_every_band_with_its_scores(repo_site):
    assert any("risk" in item for item in items_of(RISK_PLAN)), "no real plan has a risk"
    legend = re.search(r'<ul class="vlv-risk-legend".*?</ul>', page_html(repo_site), re.S).group(0)
    entries = [html.unescape(re.sub(r"<[^>]+>", "", li)).strip() for li in re.findall(r"<li.*?</li>", legend, re.S)]
    assert entries == ["Låg risk (1–4)", "Måttlig risk (5–9)", "Hög risk (10–15)", "Mycket hög risk (16–25)"]
    assert [label for _, _, label in model.RISK_BANDS] == [e.split(" (")[0] for e in entries]


def test_each_heat_map_cell_shows_its_score_so_its_level_is_read_without_colour(repo_site):
    """WCAG 1.4.1: the cells' shades told the levels apart only by colour, and in the dark
    scheme "Hög" and "Mycket hög" are 1.1:1 apart. Each cell now shows its score, which the
    legend's ranges turn into a level."""
    cells = re.findall(r'<td class="vlv-risk-cell vlv-risk-([a-z-]+)" data-probability="(\d)" data-consequence="(\d)" '
                       r'data-score="(\d+)"[^>]*><span class="vlv-risk-score"[^>]*>(\d+)</span>', page_html(repo_site))
    assert len(cells) == 25
    for band, probability, consequence, score, shown in cells:
        assert int(shown) == int(probability) * int(consequence) == int(score)
        low = max(low for low, _, _ in model.RISK_BANDS if low <= int(shown))
        assert band == next(band_id for first, band_id, _ in model.RISK_BANDS if first == low)


def test_the_risks_are_listed_by_level_with_their_level(repo_site):
    listing = re.search(r'<ol class="vlv-risk-list".*?</ol>', page_html(repo_site), re.S).group(0)
    shown = re.findall(r'<span class="vlv-risk-level[^"]*">[^,]+, (\d+)</span>.*?href="#([^"]+)"', listing)
    risks = {item["id"]: item["risk"]["probability"] * item["risk"]["consequence"]
             for item in items_of(RISK_PLAN) if "risk" in item}
    assert {risk: int(score) for score, risk in shown} == risks
    assert [int(score) for score, _ in shown] == sorted(risks.values(), reverse=True)


@pytest.mark.parametrize("width, list_shown, table_shown", [(375, True, False), (1280, True, True)])
def test_on_a_phone_the_risk_list_replaces_the_matrix(warm_tabs, server, width, list_shown, table_shown):
    with warm_tabs.open(width, 740, locale="sv-SE") as page:
        page.goto(server + PAGE)
        assert page.locator(".vlv-risk-list").is_visible() is list_shown
        assert page.locator("table.vlv-risk-matrix").is_visible() is table_shown
        # hidden with display: none, so a screen reader skips it too, and the data stays on the cells
        display = page.locator(".vlv-risk-matrix-wrap").evaluate("element => getComputedStyle(element).display")
        assert (display == "none") is not table_shown
        assert page.locator("td[data-probability='4'][data-consequence='4']").count() == 1
        if not table_shown:
            assert page.get_by_role("table", name=re.compile("Riskmatris")).count() == 0
            assert page.evaluate(SIDEWAYS) <= 0


def test_a_caption_that_names_its_unit_does_not_get_it_twice(project):
    """"Driftbudget underliggande enheter, mnkr (mnkr)" on the comparison and document pages.
    (The fixture's budget table, captioned with its unit and without.)"""
    from generator import paths
    from generator.render import render_site
    from generator.site import build_site

    def pages() -> tuple[str, str]:
        site = build_site(project)
        table = next(table for plan in site.plans for table in plan.tables)
        rendered = render_site(site)
        return (rendered[paths.plan_page(table.plan.id)],
                rendered[paths.compare_page(table.plan.municipality.id, table.topics[0].id)])

    document, comparison = pages()
    assert "<caption>Resultatbudget (mnkr)</caption>" in document  # a caption without its unit gets it
    assert ">Resultatbudget (mnkr)</a>" in comparison
    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "caption: Resultatbudget\n        unit: mnkr\n" in text
    plan.write_text(text.replace("caption: Resultatbudget\n", "caption: Resultatbudget, mnkr\n"), encoding="utf-8")
    for page in pages():
        assert "Resultatbudget, mnkr<" in page and "mnkr (mnkr)" not in page, page


def test_a_budget_charts_name_marks_the_caption_of_a_document_in_another_language(project):
    """A chart's name joined its Swedish kind and a Finnish document's caption in one text, read
    with a Swedish voice (WCAG 3.1.2): the caption carries the document's language inside the
    chart's title, as on the table, and the name reads as before. So does the unit the site adds
    in brackets, the document's word too (`model.Table.unit`), as an indicator's unit is. (In
    Debian's Chromium the span is an HTML element with `lang="fi"`, axe's `valid-lang` judges it,
    and the image's name is the same as a Swedish document's.)"""
    from generator.charts import budget_chart
    from generator.site import build_site

    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("\nkind:", "\nlanguage: fi\nkind:", 1), encoding="utf-8")
    table = next(t for p in build_site(project).plans for t in p.tables if t.id == "resultatbudget")
    text, svg = chart_in(str(budget_chart(table)))
    assert '-titel">Stapeldiagram: <span lang="fi">Resultatbudget</span> (<span lang="fi">mnkr</span>)</title>' in svg
    assert text == "Stapeldiagram: Resultatbudget (mnkr) Samma tal som i tabellen ovan, ett per stapel (4 staplar)."


def test_a_budget_charts_labels_carry_the_language_of_a_document_not_in_swedish(project):
    """The chart's labels repeat the table's rows and columns, which carry a Finnish document's
    language on its table (WCAG 3.1.2), but were drawn with none, in the page's Swedish. Each
    label's document words are now marked with it, on every line they reach, and so is its unit,
    the document's word (`model.Table.unit`), as an indicator's is (it was left the page's);
    the figure stays the page's. A Swedish document's chart marks nothing."""
    from generator.charts import budget_chart
    from generator.site import build_site

    column = "Talousarvio vuodelle kaksituhattakaksikymmentäneljä"  # longer than a line
    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    source = project / "sources" / "bergby-socialnamnden-vp-2024.txt"
    for path in (plan, source):
        path.write_text(path.read_text(encoding="utf-8").replace("Budget 2024", column), encoding="utf-8")

    def chart(site) -> str:
        return chart_in(str(budget_chart(next(t for p in site.plans for t in p.tables if t.id == "resultatbudget"))))[1]

    assert "lang=" not in chart(build_site(project))
    plan.write_text(plan.read_text(encoding="utf-8").replace("\nkind:", "\nlanguage: fi\nkind:", 1), encoding="utf-8")
    svg = chart(build_site(project))
    marked = [html.unescape(words) for words in re.findall(r'<tspan lang="fi">([^<]*)</tspan>', svg)]
    labels = ["".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())  # its lines joined, without spaces
              for text in re.findall(r"<text[^>]*>(.*?)</text>", svg)]
    assert labels[:3] == ["SummaINTÄKTER", "Budget2023:97,7mnkr", "".join(f"{column}: 63,4 mnkr".split())], labels
    assert marked[:3] == ["Summa INTÄKTER", "Budget 2023", "mnkr"] and len(marked) > 4, marked
    assert "".join("".join(marked[3:5]).split()) == column.replace(" ", ""), marked  # on both its lines
    assert marked[5] == "mnkr", marked
    units = sum(1 for words in marked if words == "mnkr")
    assert units == len(re.findall(r"<rect ", svg)) and not any(character.isdigit() for words in marked
                                                               for character in words.replace("2023", "")), marked


def test_an_indicators_unit_carries_the_language_of_a_document_not_in_swedish(project):
    """An indicator's unit is the document's word (`model.Measure.unit`), as its data source is,
    but a Finnish document's "120 personer" was marked as the page's Swedish wherever it is shown:
    on the indicator's table, the chart's labels and text, and beside the item on a comparison.
    Its figure and year stay the page's; a Swedish document's unit carries no language."""
    from generator import paths
    from generator.render import render_site
    from generator.site import build_site

    def shown(site) -> list[str]:
        pages = render_site(site)
        card = pages[paths.plan_page("bergby-socialnamnden-vp-2024")]
        card = card[card.index('id="antal-hemlosa"'):]
        card = card[:card.index("</article>")]
        compare = pages[paths.compare_page("bergby", "hemloshet")]
        line = compare[compare.index('<span class="vlv-indicator-line">'):]
        return [card, line[:line.index(" <a href")]]  # up to its source's link

    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    assert not any("lang=" in where for where in shown(build_site(project)))
    plan.write_text(plan.read_text(encoding="utf-8").replace("\nkind:", "\nlanguage: fi\nkind:", 1), encoding="utf-8")
    card, line = shown(build_site(project))
    table = card[card.index("<tbody>"):card.index("</tbody>")]
    assert ('<td>ca\u00a0120\u00a0<span lang="fi">personer</span> (2022)</td> <td>60\u00a0<span lang="fi">personer</span> (2027)</td>'
            in table), table
    text, svg = chart_in(card)
    assert text == ("Diagram: indikatorns ingångsvärde och målvärde "
                    "Ingångsvärde ca\u00a0120\u00a0personer (2022), målvärde 60\u00a0personer (2027).")
    assert svg.count('<span lang="fi">personer</span>') == 2, svg  # in its text
    assert re.findall(r'<tspan lang="fi">([^<]*)</tspan>', svg) == ["personer", "personer"], svg  # in its labels
    assert line.count('<span lang="fi">personer</span>') == 2 and "120" in line and "60" in line, line


def test_a_label_longer_than_a_line_is_broken_so_that_none_of_it_runs_past_the_chart(project):
    """SVG text never wraps, and the chart cuts off what runs past its edge: a row label that is
    one long word (a compound, an address) is broken inside the word, and nothing of it is lost."""
    from generator.charts import LINE_CHARACTERS, budget_chart
    from generator.site import build_site

    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    word = "Verksamhetsutvecklingsplaneringskostnad" * 7
    plan.write_text(plan.read_text(encoding="utf-8").replace("- label: Summa INTÄKTER", f"- label: {word}")
                    .replace("quote: Summa INTÄKTER 97,7", f"quote: {word} 97,7"), encoding="utf-8")
    source = project / "sources" / "bergby-socialnamnden-vp-2024.txt"  # the label is the source's
    source.write_text(source.read_text(encoding="utf-8").replace("Summa INTÄKTER\t", f"{word}\t"), encoding="utf-8")
    table = next(t for p in build_site(project).plans for t in p.tables if t.id == "resultatbudget")
    _, svg = chart_in(str(budget_chart(table)))
    group = re.search(r'<text class="vlv-chart-group">(.*?)</text>', svg).group(1)
    lines = [html.unescape(line) for line in re.findall(r"<tspan [^>]*>(.*?)</tspan>", group)]
    assert "".join(lines) == word
    assert max(len(line) for line in lines) <= LINE_CHARACTERS


def test_a_label_whose_unit_is_several_words_is_broken_between_words(project):
    """A figure stays with its unit, but a unit of several words is still words: the real
    plans' "0 vräkningar av barnfamiljer (2017)" was drawn as "… 0 vräkningar av ba" over
    "rnfamiljer (2017)", the unit's spaces made no-break ones and the label cut as one word."""
    from generator.charts import LINE_CHARACTERS, indicator_chart
    from generator.site import build_site

    unit = "vräkningar av barnfamiljer"
    for name, old, new in (
            ("plans/bergby-socialnamnden-vp-2024.yaml", "{value: 60, unit: personer, year: 2027}",
             f"{{value: 60, unit: {unit}, year: 2027}}"),
            ("plans/bergby-socialnamnden-vp-2024.yaml", "Målvärde 2027: 60 personer", f"Målvärde 2027: 60 {unit}"),
            ("sources/bergby-socialnamnden-vp-2024.txt", "Målvärde 2027: 60 personer", f"Målvärde 2027: 60 {unit}")):
        text = (project / name).read_text(encoding="utf-8")
        assert old in text, (name, old)
        (project / name).write_text(text.replace(old, new), encoding="utf-8")
    linked = next(i for p in build_site(project).plans for i in p.items if i.id == "antal-hemlosa")
    _, svg = chart_in(str(indicator_chart(linked)))
    label = next(text for text in re.findall(r"<text[^>]*>(.*?)</text>", svg) if "Målvärde" in text)
    lines = [html.unescape(line) for line in re.findall(r"<tspan [^>]*>(.*?)</tspan>", label)]
    assert len(lines) > 1 and max(len(line) for line in lines) <= LINE_CHARACTERS
    # Broken where a space was: the lines, joined by one, give the label back.
    assert " ".join(lines).replace(NBSP, " ") == f"Målvärde: 60 {unit} (2027)"
    assert f"60{NBSP}vräkningar" in lines[0]  # the figure on the line of its unit's first word


def _first_row_shown(project):
    """The fixture's table built and rendered: the table, every file rendered, the figures of
    its first row's cells on the plan's page, and its chart's labels (spaces as spaces)."""
    from generator import paths
    from generator.render import render_site
    from generator.site import build_site

    site = build_site(project)
    table = next(table for plan in site.plans for table in plan.tables)
    rendered = render_site(site)
    page = rendered[paths.plan_page(table.plan.id)]
    first_row = re.search(r"<tr> <th scope=\"row\"[^>]*>Summa INTÄKTER</th>(.*?)</tr>", page).group(1)
    _, svg = chart_in(re.search(r'<figure class="vlv-chart vlv-chart-budget"[^>]*>.*?</figure>', page, re.S).group(0))
    # A figure and its unit are kept on one line.
    return (table, rendered, re.findall(r'<td class="vlv-num">([^<]*)</td>', first_row),
            html.unescape(svg).replace("\u00a0", " "))


def test_a_table_figure_the_document_writes_after_ca_is_shown_and_published_with_ca(project):
    """A row's `approximate` names the columns whose figures its quote writes after "ca": the
    table's cell, the chart's bar and the open data say so; the row's other figure does not."""
    import csv
    import io
    import json

    source = project / "sources" / "bergby-socialnamnden-vp-2024.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Summa INTÄKTER\t97,7\t63,4",
                                                                   "Summa INTÄKTER\t97,7\tca 63,4"), encoding="utf-8")
    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "quote: Summa INTÄKTER 97,7 63,4\n",
        "quote: Summa INTÄKTER 97,7 ca 63,4\n            approximate: [Budget 2024]\n"), encoding="utf-8")
    table, rendered, cells, labels = _first_row_shown(project)
    assert cells == ["97,7", "ca 63,4"]
    assert "Budget 2024: ca 63,4 mnkr<" in labels and "Budget 2023: 97,7 mnkr<" in labels
    record = json.loads(rendered[f"data/v1/plans/{table.plan.id}.json"])
    rows = next(table_record["rows"] for section in record["sections"] for table_record in section["tables"])
    assert [row["approximate"] for row in rows] == [[False, True], [False, False]]
    cells = list(csv.DictReader(io.StringIO(rendered["data/v1/tables.csv"])))
    assert [(cell["row"], cell["column"], cell["approximate"]) for cell in cells][:2] == [
        ("Summa INTÄKTER", "Budget 2023", "false"), ("Summa INTÄKTER", "Budget 2024", "true")]


def test_a_charts_one_line_labels_and_zero_lines_carry_no_markup_the_browser_does_without(repo_site):
    """Each bar of a chart is a label, a zero line and a bar, up to 64 times on a page: a label
    of one line was a <text> around one <tspan>, two elements where one does, and each zero
    line said stroke-width="1", SVG's default."""
    site, model_site = repo_site
    charts = [svg for plan in model_site.plans
              for svg in re.findall(r'<svg class="vlv-chart-svg".*?</svg>', page_html(repo_site, {"id": plan.id}), re.S)]
    one_line = [text for svg in charts for text in re.findall(r"<text[^>]*>(?:(?!</text>).)*</text>", svg)
                if text.count("<tspan") == 1]
    assert len(charts) > 10 and not one_line and not any('stroke-width="1"' in svg for svg in charts), one_line[:3]


def test_a_figure_its_document_writes_with_a_plus_is_shown_with_it(project, cli):
    """A table's column of changes writes `+2,3`: `validate` refused the plus and offered the
    figure without it, so the page showed 2,3. Kept as written, the table's cell and the chart's
    label show the plus; the open data's figure is the number, its column a number still."""
    import csv
    import io

    source = project / "sources" / "bergby-socialnamnden-vp-2024.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Summa INTÄKTER\t97,7\t63,4",
                                                                   "Summa INTÄKTER\t+97,7\t63,4"), encoding="utf-8")
    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    assert 'values: ["97,7", "63,4"]' in text and "quote: Summa INTÄKTER 97,7 63,4\n" in text
    quoted = text.replace("quote: Summa INTÄKTER 97,7 63,4\n", "quote: Summa INTÄKTER +97,7 63,4\n")
    # A zero first is still refused, and offered the figure with its plus; so written, it passes.
    plan.write_text(quoted.replace('values: ["97,7", "63,4"]', 'values: ["+097,7", "63,4"]'), encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert ("plans/bergby-socialnamnden-vp-2024.yaml:46:22: sections[1].tables[0].rows[0].values[0]: '+097,7' har en "
            'nolla först, som talet läses utan. Tips: Skriv talet så: "+97,7".') in result.lines, result.err
    plan.write_text(quoted.replace('values: ["97,7", "63,4"]', 'values: ["+97,7", "63,4"]'), encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 0, result.err
    _, rendered, cells, labels = _first_row_shown(project)
    assert cells == ["+97,7", "63,4"]
    assert "Budget 2023: +97,7 mnkr<" in labels
    cells = list(csv.DictReader(io.StringIO(rendered["data/v1/tables.csv"])))
    assert [cell["value"] for cell in cells][:2] == ["97.7", "63.4"]
    # A plus the document does not write is no figure of its quote: the page would show a sign it has not.
    source.write_text(source.read_text(encoding="utf-8").replace("INTÄKTER\t+97,7", "INTÄKTER\t97,7"), encoding="utf-8")
    plan.write_text(text.replace('values: ["97,7", "63,4"]', 'values: ["+97,7", "63,4"]'), encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert [line.partition(": ")[2] for line in result.lines[:-1]] == [
        "sections[1].tables[0].rows[0].values[0]: talet +97,7 står inte i citatet på rad 47 i planen: »Summa INTÄKTER "
        "97,7 63,4». Tips: Skriv talet exakt som i källan (samma decimaler och tecken) och citera raden eller meningen "
        "där det står."], result.err


@pytest.mark.parametrize("written, shown", [("+0,0", "+0,0"), ("-0,0", "−0,0"), ("0,0", "0,0")],
                         ids=["plus-zero", "minus-zero", "zero"])
def test_a_zero_its_document_writes_with_a_sign_is_shown_with_it(project, cli, written, shown):
    """A column of changes writes `-0,0` (a change rounded to nothing): the table's cell and
    the chart's label showed 0,0, the sign lost that `+0,0` keeps; a zero without one has none."""
    source = project / "sources" / "bergby-socialnamnden-vp-2024.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Summa INTÄKTER\t97,7\t63,4",
                                                                   f"Summa INTÄKTER\t{written}\t63,4"), encoding="utf-8")
    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("quote: Summa INTÄKTER 97,7 63,4\n",
                                                             f"quote: Summa INTÄKTER {written} 63,4\n")
                    .replace('values: ["97,7", "63,4"]', f'values: ["{written}", "63,4"]'), encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 0, result.err
    _, _, cells, labels = _first_row_shown(project)
    assert cells == [shown, "63,4"]
    assert f"Budget 2023: {shown} mnkr<" in labels
