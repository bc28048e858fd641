"""Each municipality's own tables (documents, topics × actors, coverage) and the national pages
that lead to them: no national page lists every plan, so none grows with the number of plans."""

from __future__ import annotations

import html
import sys
import posixpath
import re

import pytest
import yaml

from conftest import FIXTURE, REPO
from htmlcheck import shown_counts
from generator import paths
from generator.render import escape_text, render_site
from generator.site import build_site


@pytest.fixture(scope="module")
def rendered():
    """The fixture project (Bergby: four actors, three documents; Dalby: one and one): (model, pages)."""
    site = build_site(FIXTURE)
    return site, render_site(site)


def links(pages: dict[str, str], page: str) -> set[str]:
    """Every link on a generated page, as the site-relative URL it leads to (with its anchor)."""
    here = paths.page_url(page)
    found = set()
    for href in re.findall(r'href="([^"]+)"', pages[page]):
        url, _, anchor = href.partition("#")
        target = posixpath.normpath(posixpath.join(here, url)) if url else here.rstrip("/") or "."
        target = "" if target == "." else target + "/"
        found.add(f"{target}#{anchor}" if anchor else target)
    return found


INDEXES = {
    "documents": (paths.PLANS, lambda m: paths.page_url(paths.municipality_plans_page(m.id))),
    "matrix": (paths.MATRIX, lambda m: paths.page_url(paths.municipality_matrix_page(m.id))),
    "coverage": (paths.COVERAGE, lambda m: paths.page_url(paths.municipality_coverage_page(m.id))),
    "actors": (paths.ACTORS, lambda m: f"{paths.page_url(paths.municipality_page(m.id))}#aktorer"),
}


@pytest.mark.parametrize("kind", INDEXES)
def test_a_national_index_links_to_each_municipalitys_page_of_its_kind_and_to_nothing_else(rendered, kind):
    site, pages = rendered
    index, target = INDEXES[kind]
    assert links(pages, index) == {target(municipality) for municipality in site.municipalities}


def test_the_indexes_count_each_municipalitys_documents_and_actors(rendered):
    _, pages = rendered
    assert '<a href="../bergby/dokument/">Bergby</a>&nbsp;– 3\u00a0dokument</li>' in pages[paths.PLANS]
    assert '<a href="../dalby/dokument/">Dalby</a>&nbsp;– 1\u00a0dokument</li>' in pages[paths.PLANS]
    assert '<a href="../bergby/#aktorer">Bergby</a>&nbsp;– 4\u00a0aktörer</li>' in pages[paths.ACTORS]
    assert '<a href="../dalby/#aktorer">Dalby</a>&nbsp;– 1\u00a0aktör</li>' in pages[paths.ACTORS]
    assert "På hela webbplatsen: 4\u00a0dokument, varav 0 med stycken som varken är citerade eller uteslutna." \
           in pages[paths.COVERAGE]


def test_the_indexes_keep_the_old_anchor_of_each_municipality(rendered):
    """`/dokument/#kommun-bergby` led to Bergby's part of the national table; it still leads to Bergby."""
    _, pages = rendered
    for index, _ in INDEXES.values():
        assert '<li id="kommun-bergby"><a href=' in pages[index], index


@pytest.mark.parametrize("municipality_id", ["bergby", "dalby"])
def test_a_municipalitys_documents_page_lists_exactly_its_plans(rendered, municipality_id):
    site, pages = rendered
    municipality = next(m for m in site.municipalities if m.id == municipality_id)
    page = paths.municipality_plans_page(municipality_id)
    every_plan = {paths.page_url(paths.plan_page(plan.id)) for plan in site.plans}
    assert links(pages, page) & every_plan == {paths.page_url(paths.plan_page(p.id)) for p in municipality.plans}
    assert pages[page].count('<th scope="row"') == len(municipality.plans)


def test_a_municipalitys_documents_page_names_each_of_its_actors_without_documents(rendered):
    """Every actor of the municipality is on its list of documents: an actor with none yet
    (Trygghetspartiet Bergby) is said so under the table, linked to its page, as the
    municipality's page and the matrix say it; the table left it out unsaid, where the about
    page promises that no actor on the site is left out in silence (the neutrality audit)."""
    site, pages = rendered
    bergby = next(m for m in site.municipalities if m.id == "bergby")
    without = [actor for actor in bergby.actors if not actor.plans]
    assert without and len(without) < len(bergby.actors)
    page = pages[paths.municipality_plans_page("bergby")]
    actor_links = [re.sub(r"<[^>]+>", "", name) for name in re.findall(r'<a href="[^"]*partier/[^"]+/">(.*?)</a>', page)]
    assert list(dict.fromkeys(actor_links)) == [actor.name for actor in bergby.actors if actor.plans] + [a.name for a in without]
    said = re.search(r'<p class="vlv-silent">(.*?)</p>', page.split("</table>", 1)[1])
    assert said and re.sub(r"<[^>]+>", "", said.group(1)) == f"Inga dokument finns ännu på webbplatsen från {without[0].name}."
    assert "Inga dokument finns ännu" not in pages[paths.municipality_plans_page("dalby")]


def test_a_municipalitys_documents_table_tells_its_actors_widest_word(project):
    """On a phone with large text a committee's word wider than any party's
    ("Samhällsbyggnadsförvaltningen", 15.23 em) reached past the
    screen in the table's facts: the table tells how wide the widest word of its
    municipality's actors' names is, which
    sets its facts smaller where that word would not fit (extra.css), alike in every row."""
    actors = project / "registry" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("name: Socialnämnden i Bergby",
                                                                 "name: Samhällsbyggnadsförvaltningen i Bergby"),
                      encoding="utf-8")
    page = render_site(build_site(project))[paths.municipality_plans_page("bergby")]
    assert re.findall(r'<table class="vlv-plan-index"[^>]* style="--vlv-widest: (\d+)"', page) == ["1523"]


def test_a_municipalitys_documents_table_tells_the_widest_word_of_its_facts(rendered):
    """Dalby's actor's name has no word wider than 6.09 em ("Mittenpartiet"), but its
    document's term is "Från mandatperioden 2018–2022", marked as an earlier term: told the
    name's alone, the table set its facts too large, and with the text at 250 % on a phone
    "mandatperioden" broke between letters where a smaller size fitted it (so Falun's). The
    table tells the widest word of any of its facts (actor, type, status, term), a marked
    term's in its bold letters (8.18 em) with its padding (.3em a side)."""
    _, pages = rendered
    page = pages[paths.municipality_plans_page("dalby")]
    assert re.findall(r'<table class="vlv-plan-index"[^>]* style="--vlv-widest: (\d+)"', page) == ["878"]


def test_a_municipalitys_documents_table_makes_room_for_the_note_beside_an_attributed_documents_actor(project):
    """Dalby's document is attributed from other sources, and its actor's cell says so
    ("tillskrivning från andra källor"): with a name of short words ("M Dalby"), the word
    "tillskrivning" (5.34 em) is that column's widest, and the table, told its narrowest width
    without it, was a table where the word did not fit its column rather than a block per document."""
    actors = project / "registry" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("name: Mittenpartiet Dalby", "name: M Dalby"),
                      encoding="utf-8")
    page = render_site(build_site(project))[paths.municipality_plans_page("dalby")]
    assert "M Dalby</a> · <a" in page
    assert re.findall(r'<div class="vlv-plan-index-room" style="--vlv-table-width: (\d+)"', page) == ["6188"]


@pytest.mark.parametrize("municipality_id", ["bergby", "dalby"])
def test_a_municipalitys_matrix_shows_its_actors_only_each_on_every_topic_once(rendered, municipality_id):
    site, pages = rendered
    municipality = next(m for m in site.municipalities if m.id == municipality_id)
    cells = shown_counts(pages[paths.municipality_matrix_page(municipality_id)])
    expected = [(actor.id, topic.id) for actor in municipality.actors for topic in site.topics]
    assert sorted(cells) == sorted(expected)


def test_the_matrix_tells_an_actor_without_documents_from_documents_that_say_nothing(rendered):
    """An empty cell is a dash to the eye and words to a screen reader. Those words were
    "inget om detta i underlaget" both where an actor's documents say nothing on the topic and
    where the actor has no document yet; the comparison page tells the two apart, and so does
    the cell: "inga dokument från aktören ännu"."""
    site, pages = rendered
    bergby = next(m for m in site.municipalities if m.id == "bergby")
    without = {actor.id for actor in bergby.actors if not actor.plans}
    assert without and len(without) < len(bergby.actors)
    html = pages[paths.municipality_matrix_page("bergby")]
    columns = re.findall(r'<th scope="col" data-actor="([^"]+)">', html)
    assert columns == [actor.id for actor in bergby.actors]
    said = {}
    for row in re.findall(r'<tr data-topic="[^"]+">(.*?)</tr>', html):
        for actor_id, cell in zip(columns, re.findall(r'<td>(.*?)</td>', row)):
            if "<a " not in cell:  # a cell with a figure leads to the comparison; an empty one is a dash
                said.setdefault(actor_id in without, set()).add(re.sub(r"<[^>]+>", "", cell))
    assert said == {True: {"–inga dokument från aktören ännu"}, False: {"–inget om detta i underlaget"}}


@pytest.mark.parametrize("document", ["README.md", "generator/templates/om.md.j2"])
def test_the_readme_and_the_about_page_quote_a_matrix_cell_in_its_words(rendered, document):
    """Both give a cell of a municipality's matrix as an example; the README's said "2 bakgrund",
    which no cell says ("2 bakgrundspunkter"): the documentation audit."""
    site, pages = rendered
    nouns = set()
    for municipality in site.municipalities:
        page = pages[paths.municipality_matrix_page(municipality.id)]
        for cell in re.findall(r'<td><a [^>]*>(.*?)</a></td>', page):
            text = html.unescape(re.sub(r"<[^>]+>", "", cell)).replace("\u00ad", "").replace("\u00a0", " ")
            nouns.update(re.findall(r"\d+ (\w+)", text))
    assert {"åtagande", "bakgrundspunkt"} & nouns
    text = " ".join((REPO / document).read_text(encoding="utf-8").replace("&nbsp;", " ").split())  # the page keeps "3&nbsp;åtaganden" together
    (example,) = re.findall(r"3 åtaganden, 2 \w+", text)
    assert all(any(noun.startswith(shown) for shown in nouns) for noun in re.findall(r"\d+ (\w+)", example)), example


@pytest.mark.parametrize("municipality_id", ["bergby", "dalby"])
def test_a_municipalitys_coverage_page_reports_exactly_its_plans(rendered, municipality_id):
    """One row per plan (its id the row's anchor, as the old per-plan headings had), each
    leading to the line-by-line detail on the plan's source page."""
    site, pages = rendered
    municipality = next(m for m in site.municipalities if m.id == municipality_id)
    page = paths.municipality_coverage_page(municipality_id)
    text = pages[page]
    assert re.findall(r'<tr id="([a-z0-9-]+)">', text) == [plan.id for plan in municipality.plans]
    assert "\n## " not in text  # the detail is on the source pages, so the page grows by a row per plan
    expected = {f"{paths.page_url(paths.source_page(plan.id))}#{paths.SOURCE_COVERAGE_ANCHOR}"
                for plan in municipality.plans}
    assert expected <= links(pages, page)
    assert text.startswith("---\ntitle: ") and "search:\n  exclude: true\n" in text  # an editors' page


def test_a_source_page_lists_what_is_not_quoted_and_what_is_excluded():
    site = build_site(REPO)  # the real plans have both
    pages = render_site(site)
    plans = [plan for plan in site.plans if plan.coverage.open_units or plan.data.excluded]
    assert any(plan.coverage.open_units for plan in plans) and any(plan.data.excluded for plan in plans)
    for plan in plans:
        page = paths.source_page(plan.id)
        text = pages[page]
        section = text.split(f"## Täckning {{#{paths.SOURCE_COVERAGE_ANCHOR}}}", 1)[1]
        lists, paragraphs = len(plan.coverage.list_items), len(plan.coverage.paragraphs)
        assert (f"{plan.coverage.list_done}\u00a0av\u00a0{lists}\u00a0listpunkt{'' if lists == 1 else 'er'} och "
                f"{plan.coverage.paragraphs_done}\u00a0av\u00a0{paragraphs}\u00a0stycke{'' if paragraphs == 1 else 'n'}"
                ) in section
        for unit in plan.coverage.open_units:
            assert f'<a href="#{paths.line_anchor(unit.line)}">rad {unit.line}</a>' in section
            assert f'<div id="{paths.line_anchor(unit.line)}"' in text  # the line it points to is on the page
        for exclusion in plan.data.excluded:
            assert escape_text(exclusion.reason) in section
        back = f"{paths.page_url(paths.municipality_coverage_page(plan.municipality.id))}#{plan.id}"
        assert back in links(pages, page)


def test_the_municipality_page_links_to_its_documents_and_its_matrix(rendered):
    _, pages = rendered
    found = links(pages, paths.municipality_page("bergby"))
    assert {"bergby/dokument/", "bergby/jamforelse/"} <= found
    assert "Alla dokument i Bergby i en tabell" in pages[paths.municipality_page("bergby")]


def test_a_plan_page_and_an_actor_page_link_back_to_their_municipality(rendered):
    """Their facts named the municipality as plain text: a voter who came to a document from the
    search had no way from it to the municipality's topics and the other actors' documents."""
    _, pages = rendered
    bergby = paths.page_url(paths.municipality_page("bergby"))
    assert bergby in links(pages, paths.plan_page("bergby-a-plan-2024"))
    assert bergby in links(pages, paths.actor_page("bergby-a"))


def test_the_coverage_pages_count_the_documents_whose_source_page_lists_open_paragraphs():
    """The editors' coverage pages say how many documents have paragraphs neither quoted nor
    left out: as many as the source pages that list such paragraphs."""
    site = build_site(REPO)
    pages = render_site(site)
    plans = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((REPO / "plans").glob("*.yaml"))]
    open_plans = [plan for plan in plans
                  if "Stycken som inte är citerade eller bara delvis:" in pages[paths.source_page(plan["id"])]]
    assert 0 < len(open_plans) < len(plans)
    assert re.search(rf"På hela webbplatsen: {len(plans)}\sdokument, varav {len(open_plans)} med stycken som varken",
                     pages[paths.COVERAGE])
    for municipality in {plan["municipality"] for plan in plans}:
        own = [plan for plan in plans if plan["municipality"] == municipality]
        opened = [plan for plan in open_plans if plan["municipality"] == municipality]
        assert re.search(rf">[^<]+</a>&nbsp;– {len(own)}\sdokument, varav {len(opened)} med stycken",
                         pages[paths.COVERAGE].split(f'{municipality}/tackning', 1)[1]), municipality


def test_a_paragraph_left_out_with_a_reason_counts_as_done_on_the_source_page(project):
    """The source page's coverage line says what is "citerade eller medvetet uteslutna": a
    source whose every paragraph is either quoted whole or left out whole with a reason is
    done throughout, 100 % of its text, the excluded paragraph too."""
    paragraph = "Partiet har också tagit fram ett eget förslag om stöd till föreningar i stadsdelarna."
    source = project / "sources" / "dalby-m-uppfoljning.txt"
    source.write_text(source.read_text(encoding="utf-8") + f"\n{paragraph}\n", encoding="utf-8")
    plan_file = project / "plans" / "dalby-m-uppfoljning.yaml"
    plan_file.write_text(plan_file.read_text(encoding="utf-8")
                         + f"excluded:\n  - quote: {paragraph}\n    reason: Inget vallöfte.\n", encoding="utf-8")
    plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
    quoted = [item["quote"] for section in plan["sections"] for item in section["items"]]
    excluded = [entry["quote"] for entry in plan["excluded"]]
    lines = source.read_text(encoding="utf-8").splitlines()
    paragraphs = [line for line in lines if line in quoted or line in excluded]
    assert len(paragraphs) == 3 and excluded
    page = render_site(build_site(project))[paths.source_page(plan["id"])]
    line = re.search(r'<p class="vlv-source-coverage">(.*?)</p>', page).group(1)
    assert re.search(rf"\b{len(paragraphs)}\sav\s{len(paragraphs)}\sstycken är citerade eller medvetet uteslutna; 100,0\s%",
                     line), line


def test_a_phone_with_large_text_names_each_actors_cells_in_the_matrix(rendered):
    """On a phone with large text the matrix is a block per topic, each cell after its actor's
    name (extra.css): the table names its actors in its columns' order, and the style sheet
    gives each column's cells its own name, for as many actors as the largest council the
    benchmark builds (real ones have 9 to 12); a column without a rule showed figures of no one's."""
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    site, pages = rendered
    bergby = next(m for m in site.municipalities if m.id == "bergby")
    table = re.search(r'<table class="vlv-matrix" style="([^"]*)"', pages[paths.municipality_matrix_page("bergby")]).group(1)
    named = dict(re.findall(r"--vlv-actor-(\d+): &#34;(.*?)&#34;", table))
    assert [named.get(str(n)) for n in range(1, len(bergby.actors) + 1)] == [a.name for a in bergby.actors]
    style = (REPO / "docs/stylesheets/extra.css").read_text(encoding="utf-8")
    given = dict(re.findall(r"table\.vlv-matrix td:nth-child\((\d+)\) \{ --vlv-label: var\(--vlv-actor-(\d+)\); \}", style))
    assert all(given.get(str(n + 1)) == str(n) for n in range(1, corpus.MAX_ACTORS + 1)), given


def test_a_council_with_more_actors_than_the_style_sheet_names_still_names_each_cell(project):
    """A city's council with its districts' committees has more actors than the style sheet's
    rules name by their column (24): on a phone with large text the cells past them showed their
    figures after no name. Each such cell names its column's actor (`--vlv-label`) itself."""
    registry = project / "registry" / "actors.yaml"
    actors = yaml.safe_load(registry.read_text(encoding="utf-8"))
    actors["actors"] += [{"id": f"bergby-d{n}", "name": f"Stadsdelsnämnd {n} i Bergby", "short": f"D{n}",
                          "kind": "administration", "municipality": "bergby"} for n in range(10, 33)]
    actors["actors"].sort(key=lambda actor: actor["id"])
    registry.write_text(yaml.safe_dump(actors, allow_unicode=True), encoding="utf-8")
    site = build_site(project)
    bergby = next(m for m in site.municipalities if m.id == "bergby")
    page = render_site(site)[paths.municipality_matrix_page("bergby")]
    row = re.search(r"<tr data-topic=.*?</tr>", page).group()
    cells = re.findall(r"<td([^>]*)>", row)
    style = (REPO / "docs/stylesheets/extra.css").read_text(encoding="utf-8")
    by_column = dict(re.findall(r"table\.vlv-matrix td:nth-child\((\d+)\) \{ --vlv-label: var\(--vlv-actor-(\d+)\); \}", style))
    assert len(cells) == len(bergby.actors) > len(by_column)
    for n, attributes in enumerate(cells, start=1):
        assert by_column.get(str(n + 1)) == str(n) or f'style="--vlv-label: var(--vlv-actor-{n})"' in attributes, (n, attributes)
