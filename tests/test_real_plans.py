"""The real documents on the built site: figures, topics and attribution as in the sources.

Each test finds its documents in the model by what they hold (budget tables, risks, an
attribution, no date), never by id or by their words: a party office may edit, rename or
remove its passages (README), and the checks then run on whatever the plans hold."""

from __future__ import annotations

import html as html_module
import re
from decimal import Decimal

import pytest

import real_pages
from generator import paths
from generator.swedish import NBSP
from htmlcheck import Page, resolve


def _number(text: str) -> Decimal | None:
    text = text.strip().replace("\u2212", "-").replace("\u202f", "").replace(",", ".")
    return Decimal(text) if re.fullmatch(r"-?\d+(\.\d+)?", text) else None


def _site_tables(html: str) -> dict[str, list[list[str]]]:
    """{table id: rows of cell texts} for the budget tables on a plan page."""
    tables = {}
    for table_id, body in re.findall(r'<div class="vlv-table-wrap[^"]*" id="([^"]+)">(.*?)</table>', html, re.S):
        rows = re.findall(r"<tr\b[^>]*>(.*?)</tr>", body.split("<tbody>")[1], re.S)
        tables[table_id] = [[re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
                            for row in rows]
    return tables


def test_budget_figures_on_the_site_equal_the_source_table_row_by_row(repo_site):
    site, model = repo_site
    plans = [plan for plan in model.plans if plan.tables]
    assert plans
    compared = 0
    for plan, table in ((plan, table) for plan in plans for table in plan.tables):
        html = (site / real_pages.plan_url(plan) / "index.html").read_text(encoding="utf-8")
        shown = _site_tables(html)
        source_lines = plan.source.text.splitlines()
        rows = shown[table.id]
        assert len(rows) == len(table.data.rows)
        for row, line in zip(rows, table.lines):
            # The source row: a label and tab-separated figures with decimal commas.
            cells = [c for c in source_lines[line - 1].split("\t") if c.strip()]
            source_figures = [_number(c) for c in cells[1:]]
            site_figures = [_number(c) for c in row[1:-1]]
            assert row[0].strip() == cells[0].strip()
            assert site_figures == source_figures, f"{plan.id}: {table.id} line {line}"
            compared += len(site_figures)
    # every figure of every table, a column's each
    assert compared == sum(len(table.data.columns) * len(table.data.rows) for plan in plans for table in plan.tables)


# Words that, when a source uses them, mean its actor addresses the topic, also within a
# compound ("sommarkolloplatser", "barnkoloni"), but not "hederlig", "hedervärd", "kolonilott"
# or "koloniträdgård" (the maintainers' audit).
NAMED_TOPICS = {
    "hemloshet": r"hemlös|hemlaås|vräkning|härbärge",
    "hedersrelaterat-vald": r"heder(?!lig|värd)",
    "sommarkollo": r"kollo|koloni(?!lott|träd)",
    "familjecentral": r"familjecentral",
    # Developing, streamlining or technifying the operations, as the topic's description says.
    "verksamhetsutveckling": r"verksamhetsutveckl|digitali|förbättringskultur|teknifi|effektivisera verksamhet",
}


@pytest.mark.parametrize("topic_id", sorted(NAMED_TOPICS))
def test_named_topic_lists_every_actor_that_addresses_it_linked_to_the_right_items(repo_site, topic_id):
    site, model = repo_site
    pattern = re.compile(NAMED_TOPICS[topic_id], re.I)
    topic_file = site / paths.page_url(paths.topic_page(topic_id)) / "index.html"
    page = Page(topic_file.read_text(encoding="utf-8"))
    addressing = [plan for plan in model.plans if pattern.search(plan.source.text)]
    assert addressing, "no source mentions the topic"
    tagging = {plan for plan in model.plans if any(topic_id in {t.id for t in i.topics} for i in plan.items)}
    for plan in model.plans:
        topic_file = site / paths.page_url(paths.compare_page(plan.municipality.id, topic_id)) / "index.html"
        html = topic_file.read_text(encoding="utf-8")
        block = html.split(f'id="{paths.actor_anchor(plan.actor.id)}"')[1].split("</section>")[0]
        if plan in addressing or plan in tagging:
            # Tagged in other words than these ("saknar egen bostad") is addressing it too: the
            # maintainers' audit found a party's correct plan told it was silent.
            links = {resolve(site, topic_file, href) for href in re.findall(r'href="([^"]+)"', block)}
            items = [i for i in plan.items if topic_id in {t.id for t in i.topics}]
            assert items, f"{plan.id} mentions {topic_id} but no item is tagged"
            plan_file = site / paths.page_url(paths.plan_page(plan.id)) / "index.html"
            if plan in addressing:
                assert any(pattern.search(i.data.quote) for i in items), f"{plan.id}: tagged items do not quote the topic"
            for item in items:
                assert (plan_file, item.id) in links, f"{plan.id}#{item.id} not linked from {topic_id}"
        elif any(other in addressing or other in tagging for other in plan.actor.plans):
            # The actor's column has the topic from another document: this one is listed as silent.
            silent = block.split('<p class="vlv-read-head">Säger inget om detta:</p>')[1].split("</ul>")[0]
            assert f'href="../../dokument/{plan.id}/"' in silent, f"{plan.id} silent on {topic_id} but not said so"
        else:
            assert "Inget om detta i underlaget." in block, f"{plan.id} silent on {topic_id} but not said so"
    assert page.ids.get("kommun-falun")


def test_an_attribution_is_shown_as_sourced_not_as_the_documents_words(repo_site):
    """(Falun's follow-up, which does not name its party.)"""
    site, model = repo_site
    plan = next(p for p in model.plans if p.data.attribution)
    assert plan.data.attribution.sources
    html = (site / paths.page_url(paths.plan_page(plan.id)) / "index.html").read_text(encoding="utf-8")
    aside = html.split('<aside class="vlv-attribution"')[1].split("</aside>")[0]
    assert "Tillskrivning&nbsp;– uppgift från andra källor, inte ur dokumentet:" in aside
    # What a reader sees: inline markup (a link, a date kept on one line) adds no space.
    inline_gone = re.sub(r"</?(?:a|span|em|strong|abbr)\b[^>]*>", "", aside)
    visible = " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", inline_gone)).split())
    for reference in plan.data.attribution.sources:
        assert " ".join(reference.title.split()) in visible


def test_followed_up_promises_show_a_status_badge(repo_site):
    site, model = repo_site
    plan = real_pages.most_promise_states(model)
    assert plan.data.kind == "promise-follow-up"
    page = Page((site / paths.page_url(paths.plan_page(plan.id)) / "index.html").read_text(encoding="utf-8"))
    # The document's claim, never the site's verdict; "unknown" is what the document leaves unsaid.
    labels = {"done": "Genomfört enligt dokumentet", "partly": "Delvis genomfört enligt dokumentet",
              "not-started": "Inte påbörjat enligt dokumentet", "unknown": "Läget anges inte i dokumentet"}
    promises = [i for i in plan.items if i.data.kind == "promise"]
    assert len({i.data.status.state for i in promises}) > 1  # not one label for every state
    for item in promises:
        assert labels[item.data.status.state] in page.text_of(item.id)


def test_undated_page_says_so(repo_site):
    site, model = repo_site
    plan = next(p for p in model.plans if p.data.undated)
    assert plan.data.year is None
    html = (site / paths.page_url(paths.plan_page(plan.id)) / "index.html").read_text(encoding="utf-8")
    assert "<dt>År</dt> <dd>odaterat" in html


def _text(html: str) -> str:
    return html_module.unescape(re.sub(r"<[^>]+>", " ", html))


def test_an_undated_document_is_called_undated_once_wherever_its_facts_are_shown(repo_site):
    """Its year reads "odaterat"; the term beside it then says "Ingen mandatperiod" instead of
    repeating "Odaterat" (document page, comparison columns, document list, archived text). The
    coverage table shows the term alone, so there it still says why there is none."""
    site, model = repo_site
    plan = next(p for p in model.plans if p.data.undated)
    # Each line that shows the document's term: a list item, paragraph or table row, or the
    # document page's facts as a whole.
    line = re.compile(r"<li[ >](?:(?!<li[ >]).)*?</li>|<p[ >].*?</p>|<tr[ >].*?</tr>|<dl class=\"vlv-meta\">.*?</dl>", re.S)
    lines = {}
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for block in line.findall(html):
            if "vlv-term-none" in block and plan.id in block or block.startswith('<dl class="vlv-meta">') and \
                    path.parent.name == plan.id and "vlv-term-none" in block:
                lines[_text(block)] = path.relative_to(site).parent.as_posix()
    coverage = paths.page_url(paths.municipality_coverage_page(plan.municipality.id)).strip("/")
    kinds = {where.split("/")[0] if where != coverage else "coverage" for where in lines.values()}
    assert {"dokument", "kallor", "coverage", plan.municipality.id} <= kinds, kinds
    for text, where in lines.items():
        if where == coverage:
            assert "odaterat, ingen mandatperiod" in text.lower(), text
        else:
            assert text.lower().count("odaterat") == 1 and "ingen mandatperiod" in text.lower(), (where, text)


def test_indicators_show_baseline_and_target(repo_site):
    site, model = repo_site
    with_baseline = [i for plan in model.plans for i in plan.items if i.data.indicator and i.data.indicator.baseline]
    assert with_baseline
    for item in with_baseline:
        page = Page((site / real_pages.plan_url(item.plan) / "index.html").read_text(encoding="utf-8"))
        text = page.text_of(item.id)
        assert "Ingångsvärde" in text and "Målvärde" in text
        baseline = item.data.indicator.baseline
        assert format(baseline.value, "f").replace(".", ",") in text


def test_risk_matrix_places_every_risk(repo_site):
    site, model = repo_site
    plan = real_pages.most_risks(model)
    risks = [i for i in plan.items if i.data.risk]
    html = (site / real_pages.plan_url(plan) / "index.html").read_text(encoding="utf-8")
    matrix = html.split('class="vlv-risk-matrix"')[1].split("</table>")[0]
    rows = re.findall(r"<tr> <th scope=\"row\">(?:<span[^>]*>[^<]*</span>)?(\d)</th>(.*?)</tr>", matrix, re.S)
    for item in risks:
        consequence, probability = item.data.risk.consequence, item.data.risk.probability
        row = dict(rows)[str(consequence)]
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        assert f'href="#{item.id}"' in cells[probability - 1]


def test_a_period_derived_from_the_text_is_shown_as_approximate_wherever_the_document_is_listed(repo_site):
    """Falun's follow-up prints no date; its period is derived. Lists and comparisons showed
    "2020–2021" as if printed, beside Liberalerna's "odaterat"."""
    site, model = repo_site
    plan = next(p for p in model.plans if p.data.dating_inferred and p.data.period)
    assert plan.data.dating_note
    period = f"{plan.data.period.start}–{plan.data.period.end}"
    topic = next(mentions.topic for mentions in plan.topics if mentions.count)
    for page in (paths.municipality_plans_page(plan.municipality.id), paths.compare_page(plan.municipality.id, topic.id),
                 paths.plan_page(plan.id)):
        text = (site / paths.page_url(page) / "index.html").read_text(encoding="utf-8")
        text = text.replace('<span class="vlv-nowrap">', "")  # keeps the range on one line
        assert f"ca{NBSP}{period}" in text and f">{period}" not in text, page  # "ca" kept with its years
    printed = next(p for p in model.plans if p.data.year and not p.data.dating_inferred)
    assert f"ca{NBSP}{printed.data.year}" not in (site / real_pages.plan_url(printed) / "index.html").read_text(encoding="utf-8")


def test_a_commitment_that_names_a_topic_shows_on_that_topics_comparison(repo_site):
    """Eskilstuna's comparison on "Funktionsnedsättning" showed Vänsterpartiet as saying nothing
    on it ("Inget om detta i underlaget") while its plan commits to work "för personer med
    funktionsnedsättning" four times, and the topic had no item on the whole site. Every
    commitment in the real plans whose text names a topic (its name, or its id where that is
    one word: "verksamhetsutveckling") is in that topic's column."""
    from generator.suggest import TopicNames  # the rule `validate` holds commitments to

    site, model = repo_site
    names = TopicNames(model.topics)
    named = [(item, topic) for plan in model.plans for item in plan.items if item.group == "commitment"
             for topic in names.named(item.data.text)]
    assert named
    for item, topic in named:
        html = (site / paths.page_url(paths.compare_page(item.plan.municipality.id, topic.id)) / "index.html"
                ).read_text(encoding="utf-8")
        column = re.search(rf'<section class="([^"]*)" id="{paths.actor_anchor(item.plan.actor.id)}".*?</section>', html, re.S)
        assert "vlv-column-silent" not in column.group(1), (item.id, topic.id)
        assert f'{item.plan.id}/#{item.id}"' in column.group(0), (item.id, topic.id)


def test_every_actors_page_has_the_same_facts(repo_site):
    """The voter audit: the facts of Liberalerna's page linked its web site, Vänsterpartiet's had
    no such row (the registry has no address for it), so two parties had more said for them
    than two others. Every actor's page has the same rows, and says when an address is missing;
    an administration's short name is no abbreviation ("Förkortning: Socialnämnden")."""
    site, model = repo_site
    rows = {}
    for actor in model.actors:
        page = (site / "partier" / actor.id / "index.html").read_text(encoding="utf-8")
        facts = re.search(r'<dl class="vlv-meta"[^>]*>(.*?)</dl>', page, re.S).group(1)
        rows[actor.id] = re.findall(r"<dt>(.*?)</dt>", facts)
        if not actor.data.url:
            assert "<dt>Webbplats</dt> <dd>Ingen adress i webbplatsens register</dd>" in facts
    assert any(not actor.data.url for actor in model.actors) and any(actor.data.url for actor in model.actors)
    short = {"party": "Förkortning"}
    assert {actor.id: rows[actor.id] for actor in model.actors} == {
        actor.id: ["Typ", short.get(actor.data.kind, "Kort namn"), "Kommun", "Webbplats"] for actor in model.actors}
