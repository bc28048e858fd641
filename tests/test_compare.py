"""Comparison pages: a municipality's actors side by side on one topic, as a voter uses them."""

from __future__ import annotations

import calendar
import datetime
import gc
import html
import json
import os
import re
import subprocess
import sys
import weakref
from contextlib import contextmanager
from unittest import mock

import pytest
import yaml
from html import unescape

import real_pages
from conftest import (FIXTURE, PLAN, PLATFORM, PLATFORM_ITEM, PLATFORM_PLAN, PLATFORM_SOURCE, REPO, SIDEWAYS, add_platform,
                      add_site_code, collection_kept_frozen, make_site_project, mkdocs_build, open_chooser)
from generator import clock, collector, model, opendata, paths, render, swedish
from generator.errors import ValidationFailed
from generator.link import swedish_key
from generator.model import ITEM_KINDS, PLAN_KINDS
from generator.site import build_site
from generator.render import number, render_site
from generator.scaffold import field_rows

NAMED_TOPICS = ("familjecentral", "hedersrelaterat-vald", "hemloshet", "sommarkollo")


def page_html(site, page: str) -> str:
    return (site / paths.page_url(page) / "index.html").read_text(encoding="utf-8")


def column(html: str, actor_id: str) -> str:
    return html.split(f'id="{paths.actor_anchor(actor_id)}"')[1].split("</section>")[0]


def plain(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").split())


def documented_order(model, municipality_id: str) -> list[str]:
    """A municipality's actors as its pages are documented to order them: alphabetically by
    name in Swedish collation (Socialnämnden before Sverigedemokraterna), not by id. Taken from
    the registry at run time, so a party that joins the site does not change the test."""
    actors = [actor for actor in model.actors if actor.municipality.id == municipality_id]
    return [actor.id for actor in sorted(actors, key=lambda actor: (swedish_key(actor.name), actor.id))]


@pytest.mark.parametrize("topic_id", NAMED_TOPICS)
def test_each_named_topic_has_a_column_per_eskilstuna_actor_in_documented_order(repo_site, topic_id):
    site, model = repo_site
    html = page_html(site, paths.compare_page("eskilstuna", topic_id))
    assert re.findall(r'<section class="vlv-column[^"]*" id="aktor-([a-z0-9-]+)"', html) == \
        documented_order(model, "eskilstuna")


def test_a_comparison_says_its_columns_are_the_actors_on_the_site_not_every_party(repo_site):
    """Eskilstuna's pages said "En kolumn per aktör i Eskilstuna" over three parties and the
    administration: a voter could read them as the whole council, to the advantage of the
    parties that are there. The page and the about page now say that a party missing here is
    not on the site, and that this says nothing of its politics."""
    site, _ = repo_site
    html = page_html(site, paths.compare_page("eskilstuna", NAMED_TOPICS[0]))
    assert re.search(r"En kolumn för var och en av de aktörer i <a [^>]+>Eskilstuna</a> som finns på webbplatsen, "
                     r"i bokstavsordning "
                     r"efter namn\. Ett parti som saknas här finns inte med på webbplatsen\. Det säger inget "
                     r"om vad partiet tycker\.", html)
    about = " ".join(page_html(site, "om.md").split())
    assert ('Ett parti som inte finns på webbplatsen visas inte, och det säger inget om vad partiet tycker. Varje '
            'parti kan själv lägga in sina dokument: se <a href="../bidra/">Så lämnar ni in er plan</a>.') in about


def test_how_to_read_a_comparison_is_folded_under_what_its_columns_are(repo_site):
    """On a phone, the paragraph on how to read the columns pushed the first column further
    below the first screen than the page's easy-read text did. What the columns are stays in
    view (above); how to read them, with the current term, is one click away, folded."""
    site, _ = repo_site
    html = page_html(site, paths.compare_page("eskilstuna", NAMED_TOPICS[0]))
    folded = re.search(r'<details class="vlv-reading"[^>]*>\s*<summary>Så läser du jämförelsen</summary>(.*?)</details>',
                       html, re.S)
    assert folded, html
    assert "Nuvarande mandatperiod är" in folded.group(1) and "där det ordagranna citatet står" in folded.group(1)
    assert html.index('class="vlv-reading"') < html.index('data-vlv-compare')
    assert "Nuvarande mandatperiod" not in html.split('class="vlv-reading"')[0]


def test_how_to_read_a_comparison_says_in_which_order_a_column_lists_its_documents(repo_site):
    """Within a column, the documents that address the topic come first, newest first, and
    those that do not come last, under "Säger inget om detta"; the note on how to read the
    page did not say so, and a voter could read the order as a judgement."""
    site, _ = repo_site
    html = page_html(site, paths.compare_page("eskilstuna", NAMED_TOPICS[0]))
    folded = html.split('<details class="vlv-reading"')[1].split("</details>")[0]
    assert ("I varje kolumn står först de dokument som säger något om ämnet, det nyaste först, och sist, "
            "under ”Säger inget om detta”, de som inte gör det.") in plain(folded)


# The links to the actors' columns at the top of a comparison: (anchor, actor, what follows the link).
JUMP = re.compile(r'<nav class="vlv-jump" aria-label="Gå till en aktörs kolumn"[^>]*>(.*?)</nav>', re.S)
# A link's name is what a screen reader hears: the shown words and the municipality's, hidden.
# What follows it is heard whole; a phone shows it up to its inner span (extra.css).
JUMP_LINK = re.compile(r'<li><a href="#([^"]+)">([^<]+)(?:<span class="vlv-visually-hidden">([^<]+)</span>)?</a> '
                       r'<span>([^<]*)(?:<span>([^<]*)</span>)?</span></li>')
COLUMN_IDS = re.compile(r'<section class="vlv-column[^"]*" id="([^"]+)"')


def jump_links(page: str, on_a_phone: bool = False) -> list[tuple[str, str, str]]:
    """(anchor, actor, what follows the link): heard, or `on_a_phone` shown there."""
    nav = JUMP.search(page)
    assert nav, "no links to the actors' columns"
    return [(anchor, unescape(shown + hidden), unescape(said if on_a_phone else said + said_alone))
            for anchor, shown, hidden, said, said_alone in JUMP_LINK.findall(nav.group(1))]


def test_the_links_above_the_columns_lead_to_every_column_in_the_columns_order(repo_site):
    """On a phone the columns stack in the documented order and the last began about five
    screens down. A link to each actor's column, named by the actor, now stands above them, in
    the same order; on every real comparison with more than one actor."""
    site, model = repo_site
    rows = [row for municipality in model.municipalities for row in municipality.topic_rows if row.actor_total > 1]
    assert rows
    for row in rows:
        html = page_html(site, paths.compare_page(row.municipality.id, row.topic.id))
        links = jump_links(html)
        assert [anchor for anchor, _, _ in links] == COLUMN_IDS.findall(html), row.topic.id
        assert [name for _, name, _ in links] == [cell.actor.name for cell in row.cells], row.topic.id
        assert html.index('class="vlv-jump"') < html.index("data-vlv-compare")


def test_a_link_to_a_column_never_shows_a_name_cut_after_its_preposition(project):
    """The list above the columns shows each name without the municipality's, which the title
    says. A municipality written `på` (på Gotland, på Orust) whose administration calls itself
    "Socialnämnden i …" showed "Socialnämnden i" in its box: the name is cut at either word
    that may stand before a municipality's name, and a screen reader still hears it whole."""
    registry = project / "registry" / "municipalities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("    name: Bergby\n", "    name: Bergby\n    preposition: på\n"),
                        encoding="utf-8")
    html = render_site(build_site(project))[paths.compare_page("bergby", "hemloshet")]
    assert "# Hemlöshet och bostad på Bergby" in html
    shown = {anchor: name for anchor, name in re.findall(r'<li><a href="#([^"]+)">([^<]+)', JUMP.search(html).group(1))}
    assert shown[paths.actor_anchor("bergby-socialnamnden")] == "Socialnämnden", shown
    assert [name for _, name, _ in jump_links(html)].count("Socialnämnden i Bergby") == 1  # heard whole


def test_a_comparison_makes_room_for_the_widest_word_of_its_actors_names(project):
    """A committee's name may hold a wider word than any party's ("Samhällsbyggnadsförvaltningen",
    15.23 em, against "Sverigedemokraterna", 10.22): the
    list of actors, the chooser and the columns are told how wide it is, and give each box,
    label and heading the room to hold it whole (extra.css), the same for every actor of the
    municipality; the columns' bold headings its width in bold (16.26 em)."""
    actors = project / "registry" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("name: Socialnämnden i Bergby",
                                                                 "name: Samhällsbyggnadsförvaltningen i Bergby"),
                      encoding="utf-8")
    html = render_site(build_site(project))[paths.compare_page("bergby", "hemloshet")]
    told = re.findall(r'<(nav|details|section) class="vlv-(?:jump|chooser|compare)"[^>]* style="--vlv-widest: (\d+)[;"]', html)
    assert told == [("nav", "1523"), ("details", "1523"), ("section", "1626")], told


@pytest.fixture(scope="module")
def fixture_pages():
    """The fixture project's site model and its rendered pages, for the tests that only read them."""
    site = build_site(FIXTURE)
    return site, render_site(site)


def test_each_link_to_a_column_says_what_the_matrix_says_of_the_actor_and_topic(fixture_pages):
    """Each actor's link is followed by its figures, worded as the municipality's matrix words
    them, or by why it has none; the same words for every actor, none more prominent."""
    site, pages = fixture_pages
    municipality = next(m for m in site.municipalities if m.id == "bergby")
    matrix = pages[paths.municipality_matrix_page(municipality.id)]
    said = set()
    for row in municipality.topic_rows:
        for cell, (_, name, text) in zip(row.cells, jump_links(pages[paths.compare_page(municipality.id, row.topic.id)]),
                                         strict=True):
            assert name == cell.actor.name
            if cell.count:
                anchor = paths.actor_anchor(cell.actor.id)
                in_matrix = re.search(rf'<a href="[^"]*{row.topic.id}/#{anchor}"[^>]*>([^<]+)</a>', matrix).group(1)
                assert text == unescape(in_matrix), (row.topic.id, cell.actor.id)
            else:
                assert text == ("inget om detta i underlaget" if cell.actor.plans else "inga dokument från aktören ännu")
            said.add(text if not cell.count else "figures")
    assert said == {"figures", "inget om detta i underlaget", "inga dokument från aktören ännu"}


def test_a_phone_shows_the_start_of_each_actors_figures_in_its_box(fixture_pages):
    """On a phone the boxes at the top of a comparison held the actors' names alone, their
    figures heard by a screen reader only: a sighted voter saw who is on the page, not who
    commits to how much. A box now shows the start of what follows its link, the number of the
    actor's commitments, or "inget" or "inga dokument" where there are none; the rest is heard
    after it, as one phrase (the browser test of a phone's first screen measures what is drawn)."""
    site, pages = fixture_pages
    municipality = next(m for m in site.municipalities if m.id == "bergby")
    shown = set()
    for row in municipality.topic_rows:
        page = pages[paths.compare_page(municipality.id, row.topic.id)]
        for cell, (_, _, on_a_phone), (_, _, heard) in zip(row.cells, jump_links(page, on_a_phone=True), jump_links(page),
                                                           strict=True):
            if cell.commitment_count:
                assert on_a_phone == render.counted(cell.commitment_count, "åtagande", "åtaganden"), cell.actor.id
            elif not cell.count:
                assert on_a_phone == ("inget" if cell.actor.plans else "inga dokument"), cell.actor.id
            else:
                continue  # shown whole (the next test)
            assert heard.startswith(on_a_phone) and heard != on_a_phone
            shown.add(on_a_phone if not cell.count else "commitments")
    assert shown == {"commitments", "inget", "inga dokument"}


def test_a_phone_shows_every_figure_of_an_actor_with_no_commitment_but_other_lines(fixture_pages):
    """An actor whose lines on a topic are background or tables alone showed "0 åtaganden" in its
    box on a phone, as if it said nothing on the topic. Its box shows what a wider screen shows,
    every figure ("0 åtaganden, 1 tabell"), heard once as before."""
    site, pages = fixture_pages
    municipality = next(m for m in site.municipalities if m.id == "bergby")
    checked = 0
    for row in municipality.topic_rows:
        page = pages[paths.compare_page(municipality.id, row.topic.id)]
        for cell, (_, _, on_a_phone), (_, _, heard) in zip(row.cells, jump_links(page, on_a_phone=True), jump_links(page),
                                                           strict=True):
            if cell.count and not cell.commitment_count:
                assert on_a_phone == heard, (row.topic.id, cell.actor.id)
                assert on_a_phone.startswith("0\u00a0åtaganden, ") and on_a_phone.endswith("1\u00a0tabell"), on_a_phone
                checked += 1
    assert checked


def test_an_actors_box_leaves_out_a_background_of_none_beside_its_tables(fixture_pages):
    """An actor whose lines on a topic are a table alone read "0 åtaganden, 0 bakgrundspunkter,
    1 tabell" in its box on a phone: a figure that said nothing, beside one that does. A
    background of none is left out where tables are counted ("0 åtaganden, 1 tabell"), in the
    box as in the matrix's cell (the test above) and the actor's list of topics; it is still
    said where nothing else would follow the commitments ("2 åtaganden, 0 bakgrundspunkter")."""
    site, pages = fixture_pages
    municipality = next(m for m in site.municipalities if m.id == "bergby")
    said = {}
    for row in municipality.topic_rows:
        page = pages[paths.compare_page(municipality.id, row.topic.id)]
        for cell, (_, _, on_a_phone) in zip(row.cells, jump_links(page, on_a_phone=True), strict=True):
            if cell.count and not cell.commitment_count and not cell.background_count:
                said[row.topic.id, cell.actor.id] = on_a_phone
                actor = pages[paths.actor_page(cell.actor.id)]
                assert f"({on_a_phone})" in unescape(actor), (row.topic.id, cell.actor.id)
    assert said and set(said.values()) == {"0\u00a0åtaganden, 1\u00a0tabell"}, said


# A column's region and what names it: its `aria-label`, or the text of what `aria-labelledby` points to.
COLUMN = re.compile(r'<section class="vlv-column[^"]*" id="([^"]+)"([^>]*)>\s*<h2 class="vlv-column-head">(.*?)</h2>', re.S)


def test_a_screen_reader_hears_an_actors_name_once_on_entering_its_column(fixture_pages):
    """Each column was a region named by an `aria-label` of the actor's name, and began with a
    heading of the same name: a screen reader entering it read the name twice. The region now
    takes its name from its heading (`aria-labelledby` to the heading's link), which NVDA reads
    once, as the region's name and its first words; a region it stays, for the list of landmarks."""
    site, pages = fixture_pages
    municipality = next(m for m in site.municipalities if m.id == "bergby")
    row = municipality.topic_rows[0]
    columns = COLUMN.findall(pages[paths.compare_page(municipality.id, row.topic.id)])
    assert [anchor for anchor, _, _ in columns] == [paths.actor_anchor(cell.actor.id) for cell in row.cells]
    for (anchor, attributes, heading), cell in zip(columns, row.cells):
        assert "aria-label=" not in attributes, anchor
        labelled_by = re.search(r'aria-labelledby="([^"]+)"', attributes).group(1)
        name = re.search(rf'<a [^>]*id="{labelled_by}"[^>]*>([^<]+)</a>', heading)
        assert name and unescape(name.group(1)) == cell.actor.name, (anchor, heading)


def test_each_actors_commitments_on_a_topic_are_in_their_own_column(repo_site):
    """On every real comparison where two actors or more make commitments (Eskilstuna's on
    homelessness: SD's and V's), each actor's are in its own column."""
    site, model = repo_site
    rows = [row for municipality in model.municipalities for row in municipality.topic_rows
            if sum(1 for cell in row.cells if cell.commitments) > 1]
    assert rows
    for row in rows:
        html = page_html(site, paths.compare_page(row.municipality.id, row.topic.id))
        for mentions in (cell for cell in row.cells if cell.commitments):
            actor_id = mentions.actor.id
            # Each of the actor's documents in the column: its commitments, before its folded background.
            commitments = "".join(document.split("<details")[0]
                                  for document in column(html, actor_id).split('<article class="vlv-column-plan'))
            for item in mentions.commitments:
                assert " ".join(item.data.text.split()) in unescape(plain(commitments)), f"{actor_id}: {item.id}"
                assert f'href="../../dokument/{item.plan.id}/#{item.id}"' in commitments
                assert f'href="../../kallor/{item.plan.id}/#L{item.line}"' in commitments


def test_background_is_folded_under_its_own_heading(repo_site):
    """(On the first real comparison where an actor gives background: L's on homelessness.)"""
    site, model = repo_site
    row, cell = next((row, cell) for municipality in model.municipalities for row in municipality.topic_rows
                     for cell in row.cells if cell.background)
    html = page_html(site, paths.compare_page(row.municipality.id, row.topic.id))
    assert '<details class="vlv-background">\n<summary>Läget, visioner och ställningstaganden (' in column(html, cell.actor.id)
    assert "<details open" not in html


def test_an_actor_that_says_nothing_on_a_topic_has_a_column_that_says_so(repo_site):
    """(On the first real comparison with an actor whose documents say nothing on its topic:
    the administration's on homelessness.)"""
    site, model = repo_site
    row, cell = next((row, cell) for municipality in model.municipalities for row in municipality.addressed_rows
                     for cell in row.cells if cell.silent and not cell.count)
    block = column(page_html(site, paths.compare_page(row.municipality.id, row.topic.id)), cell.actor.id)
    assert "Inget om detta i underlaget." in block
    for mentions in cell.silent:  # which documents were read
        assert " ".join(mentions.plan.data.title.split()) in plain(block), mentions.plan.id



def test_an_islands_municipality_is_said_to_be_pa_not_i(project):
    """Swedish says "på Gotland", "på Tjörn", not "i": the pages put "i" before every
    municipality's name ("Hemlöshet i Gotland"). A municipality's `preposition: på` in the
    registry is said on its pages and its open data; "i" stays the default. (A feed's title
    names the municipality without a preposition: "Bergby – ändringar på Vem lovar vad?".)"""
    registry = project / "registry" / "municipalities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("    name: Bergby\n", "    name: Bergby\n"
                                                                      "    preposition: på\n"), encoding="utf-8")
    site = build_site(project)
    pages = render_site(site)
    compare = pages[paths.compare_page("bergby", "hemloshet")]
    assert "# Hemlöshet och bostad på Bergby {" in compare and 'title: "Hemlöshet och bostad på Bergby"' in compare
    lead = pages[paths.municipality_page("bergby")]
    assert "förvaltningen på Bergby som finns på webbplatsen" in lead and "förvaltningen i Bergby" not in lead
    assert "# Dokument på Bergby" in pages[paths.municipality_plans_page("bergby")]
    assert "# Jämför ämnen och aktörer på Bergby" in pages[paths.municipality_matrix_page("bergby")]
    # The municipality's own data files, as the manifest and the open-data page name them.
    from generator import opendata
    files = opendata.data_files(site, "https://example.org/")
    titles = [data_file.title for data_file in files.municipalities["bergby"]]
    assert titles == ["Punkterna på Bergby (JSON)", "Punkterna på Bergby (CSV)", "Budgettabellernas tal på Bergby (CSV)"]
    # And municipalities.json says it, for a reuser who writes sentences of the data.
    listed = json.loads(next(f for f in files.national if f.name == "municipalities.json").content())["municipalities"]
    assert {m["id"]: m["preposition"] for m in listed} == {"bergby": "på", "dalby": "i"}
    assert "# Hemlöshet och bostad i Dalby {" in pages[paths.compare_page("dalby", "hemloshet")]  # the default


def test_the_home_page_says_no_more_of_terms_than_is_true(project, monkeypatch):
    """The dates audit: the home page said "Varje daterat dokument hör till en mandatperiod",
    which a document dated outside the registry's terms is not said to (its pages say
    "Mandatperiod okänd"). It says what the pages do: a document's term, where the site can tell."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "\nyear: 2024\n", "\nyear: 2031\ndating_inferred: true\ndating_note: Året står i filnamnet.\n", 1), encoding="utf-8")
    retrieve(project, monkeypatch, datetime.date(2030, 6, 1))
    site = build_site(project)
    assert next(p for p in site.plans if p.id == "bergby-a-plan-2024").term_note() == ("none", "Mandatperiod okänd")
    home = render_site(site)["index.md"]
    assert "Vid varje dokument står vilken mandatperiod det hör till, när webbplatsen kan avgöra det" in home
    assert "Varje daterat dokument hör till en mandatperiod" not in home


def test_each_document_read_without_a_word_on_the_topic_is_listed_on_its_own_line(tmp_path):
    """A voter can see which documents were read in a column that says nothing on the topic
    or says something only in others, under the same words ("Säger inget om detta:") in both,
    one list item each: the document, then its facts. Nine actors with several documents each
    made a wall of text."""
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    corpus.write(corpus.generate(30, corpus.DEFAULT_SEED), tmp_path)
    site = build_site(tmp_path)
    pages = render_site(site)
    cells = [(row, cell) for municipality in site.municipalities for row in municipality.topic_rows
             for cell in row.cells if cell.silent]
    assert any(not cell.count for _, cell in cells) and any(cell.count for _, cell in cells)
    for row, cell in cells:
        block = column(pages[paths.compare_page(row.municipality.id, row.topic.id)], cell.actor.id)
        listed = block.split('<p class="vlv-read-head">Säger inget om detta:</p>')[1].split("</ul>")[0]
        lines = re.findall(r"<li>(.*?)</li>", listed, re.S)
        assert len(lines) == len(cell.silent), (row.topic.id, cell.actor.id)
        for line, mentions in zip(lines, cell.silent):
            plan = mentions.plan
            assert line.startswith(f'<a href="../../dokument/{plan.id}/">'), (row.topic.id, plan.id)
            assert plain(line).startswith(f"{plan.data.title} ") and PLAN_KINDS[plan.data.kind] in line

def test_a_plan_of_an_earlier_term_is_marked_so_on_every_page_that_shows_it(repo_site):
    """(The real plan of an earlier term with the most items: V's of 2017.)"""
    site, model = repo_site
    plan = real_pages.earlier_term(model)
    shows = re.compile(rf'href="([^"]*/)?{plan.id}/(#[^"]*)?"')
    pages = [f for f in sorted(site.rglob("index.html")) if shows.search(f.read_text(encoding="utf-8"))
             or f.parent.name == plan.id]
    names = {f.parent.relative_to(site).as_posix() for f in pages}
    municipality, topic = plan.municipality.id, next((mentions.topic.id for mentions in plan.topics if mentions.count), None)
    assert {municipality, f"{municipality}/dokument", f"partier/{plan.actor.id}", f"dokument/{plan.id}",
            *([f"{municipality}/{topic}"] if topic else [])} <= names
    for file in pages:
        shown = re.sub(r"<[^>]+>", "", file.read_text(encoding="utf-8"))  # the text, as read
        # "Från mandatperioden …" as a label, "från mandatperioden …" inside a sentence
        assert f"från mandatperioden {plan.term.name}" in shown.lower(), file.relative_to(site)


def test_each_document_in_a_column_is_named_with_its_year_kind_status_and_term(fixture_pages):
    """What a voter reads under a document's title in a comparison: its facts in one line, the
    term marked where it is an earlier one."""
    html = fixture_pages[1][paths.compare_page("bergby", "hemloshet")]
    label = re.search(r'<article class="vlv-column-plan[^>]*>\n<p><a href="[^"]*bergby-a-plan-2024/">(.*?)</p>', html).group(1)
    assert plain(label) == ("Förslag till verksamhetsplan 2024 2024 · Partiets förslag till verksamhetsplan · "
                            "Förslag · Från mandatperioden 2022–2026")
    assert '<span class="vlv-term vlv-term-earlier">Från mandatperioden' in label


ATTRIBUTED = "dalby-m-uppfoljning"  # the fixture's document whose actor outside sources name
# (its own actor's comparisons where it speaks and where it says nothing, its actor's page, its
# municipality's page and table of documents, its source text), and pages of documents that say whose they are
ATTRIBUTION_PAGES = [(paths.compare_page("dalby", "familjecentral"), [ATTRIBUTED]),
                     (paths.compare_page("dalby", "hemloshet"), [ATTRIBUTED]),
                     (paths.actor_page("dalby-m"), [ATTRIBUTED]),
                     (paths.municipality_page("dalby"), [ATTRIBUTED]),
                     (paths.municipality_plans_page("dalby"), [ATTRIBUTED]),
                     (paths.source_page(ATTRIBUTED), [ATTRIBUTED]),
                     (paths.compare_page("bergby", "hemloshet"), []),
                     (paths.actor_page("bergby-a"), []),
                     (paths.municipality_page("bergby"), []),
                     (paths.municipality_plans_page("bergby"), [])]


@pytest.mark.parametrize("page, marked", ATTRIBUTION_PAGES, ids=[page for page, _ in ATTRIBUTION_PAGES])
def test_a_document_whose_actor_other_sources_name_says_so_wherever_it_is_shown_as_the_actors(fixture_pages, page, marked):
    """A voter reading a document as its actor's is told, beside it, that the site has whose it
    is from other sources, and is led to the document page's note naming them; a document that
    says whose it is carries no such words."""
    html = fixture_pages[1][page]
    assert ATTRIBUTED in html or not marked
    marks = re.findall(r'<a href="[^"]*/dokument/([^/"]+)/#tillskrivning">([^<]*)</a>', html)
    assert marks == [(plan_id, "tillskrivning från andra källor") for plan_id in marked]


def test_the_document_page_holds_the_note_that_the_marks_lead_to(fixture_pages):
    html = fixture_pages[1][paths.plan_page(ATTRIBUTED)]
    assert '<aside class="vlv-attribution" id="tillskrivning" aria-label="Tillskrivning">' in html
    assert "Texten är skriven av Mittenpartiet i Dalby." in html.split('id="tillskrivning"')[1].split("</aside>")[0]


def test_a_target_year_in_the_past_is_marked(repo_site):
    """Each indicator whose target year, as its plan's YAML states it, is before the build's
    year is marked on its plan page and in its actor's column of each of its comparisons."""
    site, _ = repo_site
    this_year = clock.today().year
    past = []
    for path in sorted((REPO / "plans").glob("*.yaml")):
        plan = yaml.safe_load(path.read_text(encoding="utf-8"))
        past += [(plan, item) for section in plan["sections"] for item in section.get("items", [])
                 if (item.get("indicator") or {}).get("target", {}).get("year", this_year) < this_year]
    assert past  # the Vänsterpartiet's 2017 plan has them
    for plan, item in past:
        note = f"Mål för {item['indicator']['target']['year']}&nbsp;– ett år som har passerat"
        article = page_html(site, paths.plan_page(plan["id"])).split(f'id="{item["id"]}"')[1].split("</article>")[0]
        assert note in plain(article), item["id"]
        for topic in item["topics"]:
            html = page_html(site, paths.compare_page(plan["municipality"], topic))
            assert note in plain(column(html, plan["actor"])), (item["id"], topic)


def test_term_follows_the_registry_and_the_build_date(tmp_path):
    """(The fixture's documents: of 2024, of 2020–2021 and undated.)"""
    site = build_site(FIXTURE)
    from generator.link import link
    from generator.load import load_inputs
    earlier = link(load_inputs(FIXTURE), today=datetime.date(2025, 3, 1))
    assert site.today == clock.today()
    by_id = {plan.id: plan for plan in earlier.plans}
    assert earlier.current_term.name == "2022–2026"
    assert not by_id["bergby-a-plan-2024"].earlier_term
    assert by_id["dalby-m-uppfoljning"].earlier_term and by_id["dalby-m-uppfoljning"].term.name == "2018–2022"
    assert by_id["bergby-o-webb"].term is None  # undated: no term
    # Before a term begins, its documents are not from an earlier term (nor from the current).
    before = {plan.id: plan for plan in link(load_inputs(FIXTURE), today=datetime.date(2022, 3, 1)).plans}
    assert not before["bergby-a-plan-2024"].earlier_term
    assert before["bergby-a-plan-2024"].term_note() == (
        "upcoming", "Gäller mandatperioden 2022–2026, som inte har börjat")
    assert not before["dalby-m-uppfoljning"].earlier_term  # 2018–2022, then the current term


def test_matrix_cells_say_what_an_actor_offers_and_link_to_the_comparison(repo_site):
    """(The first real actor with commitments and background, more than one of each, on a
    topic: V's on homelessness.)"""
    site, model = repo_site
    actor, mentions = next((actor, mentions) for actor in model.actors for mentions in actor.topics
                           if mentions.commitment_count > 1 and mentions.background_count > 1)
    html = page_html(site, paths.municipality_matrix_page(actor.municipality.id))
    # the soft hyphen (U+00AD, written as the character) lets the word break in a narrow column
    expected = f"{mentions.commitment_count}\u00a0åtaganden, {mentions.background_count}\u00a0bakgrunds\u00adpunkter"
    assert (f'<a href="../{mentions.topic.id}/#aktor-{actor.id}" title="{actor.name}">{expected}') in html


def test_national_topic_page_is_an_overview_per_municipality(repo_site):
    """A line per municipality, grouped by county as on the home page, leading to the comparison:
    the page grows by a line per municipality, not by its actors or documents."""
    site, model = repo_site
    html = page_html(site, paths.topic_page("hemloshet")).split('<article class="md-content__inner')[1]
    topic = next(t for t in model.topics if t.id == "hemloshet")
    row = next(r for r in topic.municipalities if r.municipality.id == "eskilstuna")
    assert row.actor_count > 0
    assert (f'<li id="kommun-eskilstuna"><a href="../../eskilstuna/hemloshet/">Eskilstuna</a>&nbsp;– '
            f'{row.actor_count}\u00a0av\u00a0{len(row.cells)}\u00a0aktörer</li>') in html
    assert html.index("Södermanlands län") < html.index(">Eskilstuna</a>")
    assert "/dokument/" not in html and "/partier/" not in html  # no documents or actors: they are one click on


def test_home_leads_to_hemloshet_in_eskilstuna_in_two_clicks(repo_site):
    site, _ = repo_site
    home = page_html(site, paths.HOME)
    assert '<a href="eskilstuna/">Eskilstuna</a>' in home
    assert "Södermanlands län" in home
    assert not [plan.id for plan in repo_site[1].plans if f"dokument/{plan.id}/" in home]  # it no longer lists every document
    assert '<a href="hemloshet/">Hemlöshet och bostad</a>' in page_html(site, paths.municipality_page("eskilstuna"))


def test_search_puts_the_guide_below_the_pages_about_the_documents(repo_site):
    """A voter's search for a topic (hemlös, vräkningar, sommarkollo) found the party offices'
    guide among the answers, for the made-up examples in it."""
    site, _ = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    guide = [d for d in index["docs"] if d["location"].startswith(paths.page_url(paths.GUIDE))]
    assert guide and all(d.get("boost") == 0.5 for d in guide)
    # Its note on the editor's English messages is for the party office reading it, not for a search.
    assert "Nested mappings" in page_html(site, paths.GUIDE) and not any("Nested mappings" in d["text"] for d in guide)
    # So is its table of every field on its own page, which the editors' schema offers as one
    # types (P3's bytes).
    # The rule on headings, tables, units, risks and "ca" holds its parts as a list of its own
    # (the third review: indented two spaces, they stood beside it, and it was left empty).
    assert re.search(r"<strong>Rubriker, tabeller, enheter, risker och ”ca” som i källan\.</strong>\s*<ul>\s*<li><em>Rubriker\.</em>",
                     page_html(site, paths.GUIDE))
    assert "Samma som filnamnet utan .yaml" in page_html(site, paths.GUIDE_FIELDS)  # the id's row
    assert not any("Samma som filnamnet utan .yaml" in d["text"] for d in guide)
    assert not any(d.get("boost", 1) < 1 for d in index["docs"] if d not in guide)


def test_search_leaves_out_the_guides_made_up_examples_and_finds_each_field_by_its_name(repo_site):
    """The guide's examples (a made-up source text and plans: "Antalet hemlösa ska halveras …")
    were indexed word for word, 1,000 bytes of P3's 60 KB gzipped, and found by a voter's search
    for a topic; they are shown, not indexed. A party office still finds every field of the
    table of fields by its name there (its other columns stay out, as before), and the
    commands and messages the guide shows in code stay in."""
    site, _ = repo_site
    guide = paths.page_url(paths.GUIDE)
    shown, indexed = page_html(site, paths.GUIDE), _index_text(site, guide)
    for words in ("Förslag till verksamhetsplan 2026 för socialnämnden", "Motion om ett härbärge för kvinnor",
                  "Antalet hemlösa ska halveras till 2027", "yaml-language-server"):
        assert words in shown and words not in indexed, words
    assert "make validate" in indexed and "citatet finns inte ordagrant" in indexed
    names = sorted({re.split(r"[\[\].]+", path.strip("[]."))[-1] for path, _, _ in field_rows()})
    found = real_pages.searched(site, names)
    assert [name for name in names if paths.page_url(paths.GUIDE_FIELDS) not in found[name]] == []


def test_the_table_of_every_field_is_a_page_of_its_own_that_the_guide_leads_to(repo_site):
    """The guide's table of every field was 12 KB of its HTML, the site's largest page, within
    1 KB of P4's 100 KB (issue 13). It is a page of its own beside the guide: every field of a
    plan still has its row there, the guide's section and its other mention of the table lead
    to it, and it leads back to the guide."""
    site, _ = repo_site
    guide, fields = page_html(site, paths.GUIDE), page_html(site, paths.GUIDE_FIELDS)
    shown = [unescape(name) for name in re.findall(r'<tr><th scope="row"><code>([^<]+)</code></th>', fields)]
    assert shown == [path for path, _, _ in field_rows()]
    assert {path.split(".")[0].split("[")[0] for path in shown} == set(model.Plan.model_fields)
    assert '<table aria-labelledby="alla-falt">' in fields and 'id="alla-falt"' in fields
    assert 'aria-labelledby="alla-falt"' not in guide and "Samma som filnamnet utan .yaml" not in guide
    assert '<a href="falt/">Alla fält i en planfil</a>' in guide and '<a href="falt/">fälttabellen</a>' in guide
    assert 'id="alla-falt"' in guide  # a link to the guide's old anchor still finds the way
    assert '<a href="../">Så lämnar ni in er plan</a>' in fields


def test_a_party_office_writing_a_table_finds_each_of_its_fields_in_the_guide(repo_site):
    """A table's fields (`rows`, `columns`, `unit` …) were named in the guide only in the
    description of `sections[].tables` and in an example, both out of the search index: a search
    for `rows` no longer found the guide. Each is found there by its name, as every other field."""
    site, _ = repo_site
    fields = paths.page_url(paths.GUIDE_FIELDS)
    names = sorted(set(model.Table.model_fields) | set(model.TableRow.model_fields))
    assert {"rows", "columns", "unit", "label", "values"} <= set(names)
    found = real_pages.searched(site, names)
    assert [name for name in names if fields not in found[name]] == []


def test_search_lists_a_documents_sections_under_its_actor_and_year(repo_site):
    """The neutrality audit: a search result listed a document's commitments under its title
    alone ("Sociala insatser"), with no word of whose they are or how old."""
    site, model = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {entry["location"]: entry["title"] for entry in index["docs"]}
    for plan in model.plans:
        # Escaped as every title the search plugin reads from a heading (not `&#38;`, `&#95;`).
        assert titles[paths.page_url(paths.plan_page(plan.id))] == \
            html.escape(f"{plan.data.title} – {plan.actor.name} ({plan.year_label})", quote=False)
    assert titles[paths.page_url(paths.PLANS)] == "Dokument"


def test_search_ranks_comparisons_first_and_never_indexes_a_silent_column(repo_site):
    """(On the first real comparison where an actor makes a commitment and another says
    nothing: Eskilstuna's on homelessness, where V does and the administration does not.)"""
    site, model = repo_site
    row, speaks, silent = next((row, speaks, silent) for municipality in model.municipalities
                               for row in municipality.addressed_rows for speaks in row.cells if speaks.commitments
                               for silent in row.cells if not silent.count)
    location = paths.page_url(paths.compare_page(row.municipality.id, row.topic.id))
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    compare = [d for d in index["docs"] if d["location"].startswith(location)]
    assert compare and all(d.get("boost") == 3 for d in compare)
    indexed = " ".join(d["title"] + " " + d["text"] for d in compare)
    assert speaks.actor.name in indexed  # it has something to say on the topic
    assert silent.actor.name not in indexed  # the other has not
    # Items are indexed once, where they live (their plan page), not again on every comparison.
    item = speaks.commitments[0]
    words = " ".join(item.data.text.split())[:60]
    assert words not in indexed
    assert any(words in d["text"] for d in index["docs"] if d["location"].startswith(real_pages.plan_url(item.plan)))
    coverage = paths.page_url(paths.municipality_coverage_page(row.municipality.id))
    assert not any(d["location"].startswith(("kallor/", "redaktion/", coverage)) for d in index["docs"])
    # The easy-read text is indexed on the topic page only, and leaves no empty entry (a
    # result that leads nowhere new) on the comparison pages.
    assert not any(d["location"].startswith(location + "#") and not d["text"] for d in compare)
    assert any(d["location"] == "amnen/hemloshet/#lattlast-hemloshet" and d["text"] for d in index["docs"])


def test_a_municipality_id_that_is_a_site_path_is_refused(project, cli):
    registry = project / "registry" / "municipalities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + "  - id: amnen\n    name: Ämnesby\n", encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    line = registry.read_text(encoding="utf-8").splitlines().index("  - id: amnen") + 1
    assert (f"registry/municipalities.yaml:{line}:9: municipalities[2].id: id 'amnen' är redan en adress på "
            "webbplatsen (/amnen/).") in result.err
    assert "Tips: Välj ett annat id, t.ex. 'amnen-kommun'." in result.err


def test_an_unknown_follow_up_reference_is_refused(project, cli):
    add_platform(project, follow=False)
    plan = project / "plans" / "dalby-m-uppfoljning.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "      - id: barnkoloni-platser\n", f"      - id: barnkoloni-platser\n        follows_up: {PLATFORM}#fler-kolloplats\n")
    plan.write_text(text, encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    line = text.splitlines().index(f"        follows_up: {PLATFORM}#fler-kolloplats") + 1
    assert (f"plans/dalby-m-uppfoljning.yaml:{line}:21: sections[0].items[0].follows_up: planen '{PLATFORM}' "
            f"har ingen punkt 'fler-kolloplats'. Tips: Menade du '{PLATFORM_ITEM}'?") in result.err


@pytest.mark.parametrize("name, said", [
    ("Hemlöshet och bostad", "hemlöshet och bostad"),
    ("LSS-boenden och hemlöshet", "LSS-boenden och hemlöshet"),
    ("Hemlöshet i Region Sörmland", "hemlöshet i Region Sörmland"),
], ids=["plain", "an-abbreviation-first", "a-name-within"])
def test_a_comparisons_description_writes_its_topics_name_as_a_sentence_does(project, name, said):
    """The description (what a search engine and a shared link show) lowered the topic's whole
    name: "åtar sig om lss-boenden och hemlöshet", "… i region sörmland"."""
    topics = project / "registry" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("name: Hemlöshet och bostad", f"name: {name}"),
                      encoding="utf-8")
    page = render_site(build_site(project))[paths.compare_page("bergby", "hemloshet")]
    assert f'description: "Vad partierna och förvaltningen i Bergby som finns på webbplatsen åtar sig om {said}, sida vid sida."' in page


def test_a_comparison_of_one_actor_is_not_described_as_side_by_side(project):
    """Dalby has one party on the site: its comparison shows one column, and its municipality
    page says so without "sida vid sida"; the description a search engine and a shared link
    show said "sida vid sida" all the same."""
    pages = render_site(build_site(project))
    assert 'description: "Vad partiet i Dalby som finns på webbplatsen åtar sig om hemlöshet och bostad."' in pages[paths.compare_page("dalby", "hemloshet")]
    assert ('description: "Vad partierna och förvaltningen i Bergby som finns på webbplatsen åtar sig om hemlöshet och bostad, sida vid sida."'
            in pages[paths.compare_page("bergby", "hemloshet")])


def test_a_comparisons_description_says_its_actors_are_those_on_the_site(project):
    """The description a search engine lists and a shared link shows, read away from the page:
    "Vad partiet i Dalby åtar sig om hemlöshet och bostad" read as if Dalby had one party (Falun's
    comparisons, the real site's audit). The page's own note, and its municipality's page and
    description, say so already: the actors are those on the site."""
    page = render_site(build_site(project))[paths.compare_page("dalby", "hemloshet")]
    description = next(line for line in page.splitlines() if line.startswith("description: "))
    assert description == 'description: "Vad partiet i Dalby som finns på webbplatsen åtar sig om hemlöshet och bostad."'


def test_a_municipality_of_one_party_and_several_administrations_speaks_of_each_by_its_number(project):
    """A municipality with one party beside its administration was spoken of as "partierna och
    förvaltningen", and one with several administrations (committees as actors of their own) as
    "förvaltningen": on its page's heading and lead, and in its comparisons' descriptions. Here
    Bergby keeps one party (Arbetarpartiet), its two others made administrations beside its
    Socialnämnd."""
    actors = project / "registry" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    for short in ("Ö", "T"):
        text = text.replace(f"short: {short}\n    kind: party", f"short: {short}\n    kind: administration")
    actors.write_text(text, encoding="utf-8")
    pages = render_site(build_site(project))
    page = pages[paths.municipality_page("bergby")]
    assert "\n## Partiet och förvaltningarna {#" in page
    assert 'description: "Vad partiet och förvaltningarna i Bergby som finns på webbplatsen åtar sig, ämne för ämne."' in page
    assert "Välj ett ämne för att se vad partiet och förvaltningarna i Bergby som finns" in page
    assert ('description: "Vad partiet och förvaltningarna i Bergby som finns på webbplatsen åtar sig om hemlöshet och bostad, sida vid sida."'
            in pages[paths.compare_page("bergby", "hemloshet")])
    assert not [path for path, text in pages.items() if re.search("(partierna|förvaltningen) i Bergby", text)]


def test_a_follow_up_status_is_shown_next_to_the_promise_it_follows_up(project):
    add_platform(project)
    pages = render_site(build_site(project))
    original = pages[paths.plan_page(PLATFORM)].split('id="fler-kolloplatser"')[1].split("</article>")[0]
    assert ('<p class="vlv-followed-up"><strong>Uppföljt:</strong> <span class="vlv-badge vlv-badge-done"><span aria-hidden="true">'
            '●</span> Genomfört</span> enligt <a href="../dalby-m-uppfoljning/#barnkoloni-platser">') in original
    follow_up = pages[paths.plan_page("dalby-m-uppfoljning")]
    assert f'<strong>Följer upp:</strong> <a href="../{PLATFORM}/#fler-kolloplatser">' in follow_up
    # The other follow-up item names no original: the page says it is linked to none (whether the
    # promise is on the site is not known: nothing checks that).
    assert follow_up.count("Uppföljningen länkar inte till löftet i något annat dokument på den här webbplatsen.") == 1


def test_a_follow_ups_state_is_heard_in_words_alone_its_shape_is_for_the_eye(project):
    """A state's shape (● ◐ ○ ?) stood as text before its words: a screen reader read "svart
    cirkel, Genomfört enligt dokumentet" or "frågetecken, Läget anges inte …", the state twice.
    On the document's page, beside the promise it follows up and on a comparison, the shape is
    hidden from it and the words alone are heard."""
    add_platform(project)
    pages = render_site(build_site(project))
    shown = [pages[paths.plan_page("dalby-m-uppfoljning")], pages[paths.plan_page(PLATFORM)],
             pages[paths.compare_page("dalby", "sommarkollo")]]
    badges = [re.findall(r'<span class="vlv-badge [^"]*">(<span aria-hidden="true">[^<]*</span>[^<]*)</span>', page) for page in shown]
    heard = {re.sub(r"<[^>]+>", "", re.sub(r'<span aria-hidden="true">[^<]*</span>', "", badge)).strip()
             for badges_of_a_page in badges for badge in badges_of_a_page}
    # Beside the promise, the state alone: the follow-up that gives it is named after the badge.
    assert all(badges) and heard <= {f"{said} {'i' if state == 'unknown' else 'enligt'} dokumentet"
                                         for state, said in model.PROMISE_STATES.items()} | set(model.PROMISE_STATES.values()), badges


@pytest.mark.parametrize("state, said", [("unknown", "Läget anges inte i"), ("done", "Genomfört enligt")])
def test_a_promises_state_beside_it_is_said_of_the_follow_up_that_gives_it(project, state, said):
    """Beside the promise, on its document's page and in its column of a comparison, the line read
    "Uppföljt: Läget anges inte i dokumentet i Uppföljning av våra vallöften": "dokumentet" there
    is the promise's own document, which states no state, and "i … i" ran on. The state is said of
    the follow-up by its title, as a follow-up's author's own account: "Läget anges inte i
    Uppföljning av våra vallöften (2020–2021)"."""
    add_platform(project)
    plan = project / "plans" / "dalby-m-uppfoljning.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "state: partly" in text
    plan.write_text(text.replace("state: partly", f"state: {state}").replace("state: done", f"state: {state}"),
                    encoding="utf-8")
    pages = render_site(build_site(project))
    for shown in (paths.plan_page(PLATFORM), paths.compare_page("dalby", "sommarkollo")):
        line = re.search(r'<p class="vlv-followed-up">(.*?)</p>', pages[shown]).group(1)
        heard = " ".join(re.sub(r"<[^>]+>", "", re.sub(r'<span aria-hidden="true">[^<]*</span>', "", line)).split())
        assert heard == f"Uppföljt: {said} Uppföljning av våra vallöften (2020–2021)", shown


@pytest.mark.parametrize("follow, term, note", [
    (True, "2018–2022", ("earlier", "Från mandatperioden 2018–2022")),
    (False, "2022–2026", ("current", "Mandatperioden 2022–2026")),
], ids=["names-its-promises", "names-none"])
def test_a_follow_up_written_after_its_term_belongs_to_the_term_of_the_promises_it_follows_up(project, follow, term,
                                                                                               note):
    """A follow-up of the 2018 platform's promises written in 2023 was placed by its own year in
    2022–2026: shown as a document of the term under way, unmarked, though it reports on the
    term that ended. Where its items name the promises (`follows_up`), it belongs to their term,
    on its page, in the comparison, in its actor's timeline and in the open data; one that names
    none is placed by its own year."""
    from generator.link import link
    from generator.load import load_inputs
    add_platform(project, follow=follow)
    plan_file = project / "plans" / "dalby-m-uppfoljning.yaml"
    plan_file.write_text(plan_file.read_text(encoding="utf-8").replace("period: {start: 2020, end: 2021}", "year: 2023"),
                         encoding="utf-8")
    source = project / "sources" / "dalby-m-uppfoljning.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("2020–2021", "2023"), encoding="utf-8")
    build_site(project)  # it passes every check
    site = link(load_inputs(project), today=datetime.date(2025, 3, 1))
    plan = next(p for p in site.plans if p.id == "dalby-m-uppfoljning")
    assert plan.term.name == term and plan.term_note() == note
    assert next(step for step in plan.actor.timeline if plan in step.plans).term is plan.term
    pages = render_site(site)
    facts = f'<span class="vlv-term vlv-term-{note[0]}">'
    assert facts in pages[paths.plan_page(plan.id)]
    shown = column(pages[paths.compare_page("dalby", "sommarkollo")], "dalby-m")
    article = next(a for a in shown.split("<article ")[1:] if f"{plan.id}/" in a.split("</p>")[0])
    assert facts in article and article.startswith('class="vlv-column-plan vlv-earlier"') == (note[0] == "earlier")
    assert json.loads(pages[f"data/v1/plans/{plan.id}.json"])["term"] == plan.term.id
    # The about page and the open data's schema give the rule.
    assert ("En uppföljning av vallöften som länkar till löftena den följer upp hör till löftenas mandatperiod"
            in plain(pages[paths.ABOUT]))
    assert "hör till löftenas period" in pages["data/v1/schema/plan.json"]


def test_a_follow_up_linked_to_no_promise_says_so_once_not_under_each_item(project):
    """Falun's follow-up repeated "Uppföljningen är inte kopplad …" under each of its ten items.
    (And "Ingen av punkterna … är kopplad till något löfte" above items each marked "Vallöfte"
    read as a contradiction: it now says the items do not link to the promises elsewhere.)
    Where no item of the document is linked, its page says it once, above the items, and each
    comparison page once under the document's title; mixed with linked items (the test above),
    each unlinked item still says it where it stands."""
    site = build_site(project)
    plan = next(p for p in site.plans if p.id == "dalby-m-uppfoljning")
    unlinked = [item for item in plan.items if item.data.status]
    assert len(unlinked) > 1 and not any(item.data.follows_up for item in plan.items)
    pages = render_site(site)
    once = "Uppföljningens punkter länkar inte till löftena i något annat dokument på den här webbplatsen: varje löfte står här som uppföljningen återger det."
    page = pages[paths.plan_page(plan.id)]
    assert page.count(once) == 1 and page.index(once) < page.index(f'id="{unlinked[0].id}"')
    assert "Uppföljningen länkar inte" not in page
    for topic in {topic for item in unlinked for topic in item.topics}:
        compare = pages[paths.compare_page(plan.municipality.id, topic.id)]
        assert compare.count(once) == 1 and "Uppföljningen länkar inte" not in compare, topic.id


def test_a_long_item_text_takes_no_more_than_its_share_of_a_column(project):
    """Every actor has a column of the same width, but a text runs as long as its plan makes it
    (up to 4,000 characters): one item could fill a party's column many screens down while the
    others' took a few lines. On a comparison an item's text stops after `COMPARE_TEXT_LIMIT`
    characters with "…"; the whole text is on the document's page, where the item links."""
    long_text = " ".join(["Ingen barnfamilj ska vräkas i Bergby."] * 60)
    text = (project / PLAN).read_text(encoding="utf-8")
    (project / PLAN).write_text(text.replace("text: Ingen barnfamilj ska vräkas.", f"text: {long_text}"), encoding="utf-8")
    pages = render_site(build_site(project))
    shown = plain(column(pages[paths.compare_page("bergby", "hemloshet")], "bergby-a"))
    cut = swedish.shorten(long_text, render.COMPARE_TEXT_LIMIT)
    assert cut.endswith("…") and cut in shown and long_text not in shown
    assert long_text in plain(pages[paths.plan_page("bergby-a-plan-2024")])
    assert (f"En punkts text visas där med högst {render.COMPARE_TEXT_LIMIT} tecken: en längre text slutar med … "
            "och står hel på dokumentets sida.") in plain(pages[paths.ABOUT])
    # A text within the limit is shown whole, as it was.
    assert "Kolloverksamheten byggs ut så att fler barn får åka på kollo." in plain(
        column(pages[paths.compare_page("bergby", "sommarkollo")], "bergby-a"))


def test_a_long_item_text_is_cut_with_its_own_characters(project):
    """A text cut for a comparison keeps what its plan wrote before the cut: a no-break space
    that holds "10 000" together stayed one only in texts within the limit, and a longer
    text's became plain spaces, where a narrow column broke the figure in two."""
    long_text = "Bostadsbidraget höjs med 10\u00a0000 kronor. " + " ".join(["Ingen barnfamilj ska vräkas i Bergby."] * 20)
    text = (project / PLAN).read_text(encoding="utf-8")
    (project / PLAN).write_text(text.replace("text: Ingen barnfamilj ska vräkas.", f"text: {long_text}"), encoding="utf-8")
    shown = column(render_site(build_site(project))[paths.compare_page("bergby", "hemloshet")], "bergby-a")
    assert len(long_text) > render.COMPARE_TEXT_LIMIT and "med 10\u00a0000 kronor" in shown


# --- in the browser ------------------------------------------------------------------------
@contextmanager
def _open(warm_tabs, server, path, width=1280, javascript=True):
    """A shared tab (conftest's `WarmTabs`) on `path`; with `javascript=False`, one of a kind
    that runs no script."""
    with warm_tabs.open(width, 900, locale="sv-SE", **({} if javascript else {"java_script_enabled": False})) as page:
        page.goto(server + path)
        yield page


def _visible_columns(page) -> list[str]:
    return page.eval_on_selector_all(".vlv-column", "cs => cs.filter(c => c.offsetParent !== null).map(c => c.id)")


def test_choosing_two_actors_hides_the_others_and_survives_a_reload(warm_tabs, server, repo_site):  # noqa: F811
    _, model = repo_site
    order = documented_order(model, "eskilstuna")
    names = {actor.id: actor.name for actor in model.actors}
    chosen, others = order[-2:], order[:-2]  # the last two (by their place, not by ids a rename changes)
    assert others, order
    with _open(warm_tabs, server, "eskilstuna/hemloshet/") as page:
        open_chooser(page)
        chooser = page.get_by_role("group", name="Välj vilka du vill jämföra")
        for actor_id in others:
            chooser.get_by_role("checkbox", name=names[actor_id], exact=True).uncheck()
        assert _visible_columns(page) == [f"aktor-{actor_id}" for actor_id in chosen]
        assert page.url.endswith("/eskilstuna/hemloshet/?visa=" + ",".join(chosen))
        assert page.get_by_role("status").inner_text() == f"2 av {len(order)} aktörer visas"
        page.reload()
        assert _visible_columns(page) == [f"aktor-{actor_id}" for actor_id in chosen]
        assert not chooser.get_by_role("checkbox", name=names[others[0]], exact=True).is_checked()


def test_the_chooser_works_by_keyboard_alone(warm_tabs, server, repo_site):  # noqa: F811
    _, model = repo_site
    order = documented_order(model, "eskilstuna")
    names = {actor.id: actor.name for actor in model.actors}
    before, last = order[-2:]
    with _open(warm_tabs, server, f"eskilstuna/hemloshet/?visa={last}") as page:
        assert _visible_columns(page) == [f"aktor-{last}"]
        page.get_by_role("checkbox", name=names[last], exact=True).focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Space")  # the actor just before the last
        assert _visible_columns(page) == [f"aktor-{before}", f"aktor-{last}"]
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")  # Visa alla, the button after the last actor's box
        assert _visible_columns(page) == [f"aktor-{actor_id}" for actor_id in order]
        assert page.get_by_role("status").inner_text() == f"{len(order)} av {len(order)} aktörer visas"
        assert page.url.endswith("/eskilstuna/hemloshet/")


# Each line of each chooser label's name that starts left of the label's checkbox's right edge:
# ["socialförvaltningen i Eskilstuna", …].
UNDER_THEIR_BOXES = """() => [...document.querySelectorAll('[data-vlv-chooser] label')].flatMap(label => {
    const box = label.querySelector('input').getBoundingClientRect();
    const text = [...label.childNodes].find(node => node.nodeType === Node.TEXT_NODE && node.data.trim());
    const range = document.createRange();
    range.selectNodeContents(text);
    return [...range.getClientRects()].filter(line => line.width > 1 && line.left < box.right)
        .map(line => `${text.data.trim()}: a line at ${Math.round(line.left)} px, the box ends at ${Math.round(box.right)} px`);
})"""


def test_a_chooser_name_on_two_lines_on_a_phone_stays_beside_its_box(warm_tabs, server, repo_site):  # noqa: F811
    """On a phone 320 px wide "Socialnämnden och socialförvaltningen i Eskilstuna" takes two
    lines, and the second began at the box's left edge, under it: "socialförvaltningen i
    Eskilstuna" and "Eskilstuna" read as actors of their own, without a box. Every line of a
    name now starts beside its box."""
    with warm_tabs.open(320, 740, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        page.goto(server + "eskilstuna/hemloshet/")
        open_chooser(page)
        wrapped = page.evaluate("""() => [...document.querySelectorAll('[data-vlv-chooser] label')]
            .filter(label => label.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(label).lineHeight)).length""")
        under = page.evaluate(UNDER_THEIR_BOXES)
    assert wrapped >= 1 and under == [], under


@pytest.mark.parametrize("query", ["visa=eskilstuna-finns-inte", "visa=%E0"], ids=["gone", "mangled"])
def test_a_shared_link_that_names_no_actor_here_shows_every_column(warm_tabs, server, repo_site, query):  # noqa: F811
    """A shared link whose actors are no longer on the page, or whose address was mangled on the
    way (a `%` that decodes to nothing), shows every actor rather than none, with the chooser
    ready. The mangled one used to stop the chooser's script, so no box could be used."""
    order = documented_order(repo_site[1], "eskilstuna")
    with _open(warm_tabs, server, f"eskilstuna/hemloshet/?{query}") as page:
        assert page.get_by_role("status").inner_text() == f"{len(order)} av {len(order)} aktörer visas"
        assert _visible_columns(page) == [f"aktor-{actor_id}" for actor_id in order]
        open_chooser(page)
        page.get_by_role("button", name="Välj bort alla").click()
        assert _visible_columns(page) == []


# What happens to the chooser's status line, in order: its text set (["text", …]) or made a
# live region (["live", "polite"]).
STATUS_SAID = """window.vlvSaid = [];
new MutationObserver(records => {
    for (const record of records) {
        const status = record.target.closest ? record.target.closest('[data-vlv-status]')
            : record.target.parentElement?.closest('[data-vlv-status]');
        if (!status) continue;
        if (record.type === 'attributes' && record.attributeName === 'aria-live')
            window.vlvSaid.push(['live', status.getAttribute('aria-live')]);
        else if (record.type !== 'attributes')
            window.vlvSaid.push(['text', status.textContent]);
    }
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});"""


def test_the_status_line_speaks_when_the_voter_chooses_not_when_the_page_loads(warm_tabs, four_actors):  # noqa: F811
    """The line that says how many actors are shown was a live region from the start, and
    filled as the page loaded, so some screen readers read it unasked; and "Välj bort alla"
    pressed twice said nothing the second time."""
    with warm_tabs.open(1280, 900, locale="sv-SE") as page:
        page.add_init_script(STATUS_SAID)
        page.goto(four_actors + "bergby/hemloshet/")
        page.get_by_role("status").wait_for()
        assert page.evaluate("window.vlvSaid") == [["text", "4 av 4 aktörer visas"], ["live", "polite"]]
        none = page.locator("[data-vlv-status]").get_attribute("data-vlv-none")
        open_chooser(page)
        for _ in range(2):
            page.get_by_role("button", name="Välj bort alla").click()
            page.wait_for_function("text => document.querySelector('[data-vlv-status]').textContent === text", arg=none)
        said = page.evaluate("window.vlvSaid")[2:]
        assert [text for kind, text in said if kind == "text" and text] == [none, none]


# The first column's heading to reach from a link, once the link is followed: where it is drawn
# (scrolling has stopped), and where the header ends above it.
LANDED = """heading => new Promise(done => {
    let last;
    const look = () => {
        const top = heading.getBoundingClientRect().top;
        if (top === last) done({top, bottom: heading.getBoundingClientRect().bottom, window: innerHeight,
                                header: document.querySelector('.md-header').getBoundingClientRect().bottom});
        else { last = top; setTimeout(look, 50); }
    };
    look();
})"""


def test_on_a_phone_each_actors_column_is_one_tap_from_the_top(warm_tabs, server, repo_site):  # noqa: F811
    """On a phone (390 × 844) the columns stack in the documented order: on the longest real
    comparison, Eskilstuna's on early interventions, no actor was on the first screen and the
    last began about five screens down. A box for each actor, all the same size, on the first
    screen, leads to its column with one tap anywhere in the box."""
    _, model = repo_site
    row = max((row for municipality in model.municipalities for row in municipality.topic_rows if row.actor_total > 1),
              key=lambda row: sum(cell.count for cell in row.cells))
    with warm_tabs.open(390, 844, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        page.goto(server + paths.page_url(paths.compare_page(row.municipality.id, row.topic.id)))
        nav = page.get_by_role("navigation", name="Gå till en aktörs kolumn")
        boxes = [box.bounding_box() for box in nav.get_by_role("listitem").all()]
        assert len(boxes) == row.actor_total
        assert len({(round(box["width"]), round(box["height"])) for box in boxes}) == 1  # one size for all
        assert max(box["y"] + box["height"] for box in boxes) <= 844  # all on the first screen
        for index, (cell, box) in enumerate(zip(row.cells, boxes)):
            page.evaluate("window.scrollTo(0, 0)")
            link = nav.get_by_role("link").nth(index)
            assert link.evaluate("a => a.firstChild.textContent") == cell.actor.name_parts[0]  # shown
            assert nav.get_by_role("link", name=cell.actor.name, exact=True).count() == 1  # heard
            page.touchscreen.tap(box["x"] + box["width"] - 4, box["y"] + box["height"] - 4)  # the box's corner
            heading = page.locator(f"#{paths.actor_anchor(cell.actor.id)} .vlv-column-head")
            landed = heading.evaluate(LANDED)
            assert landed["header"] <= landed["top"] and landed["bottom"] <= landed["window"], (cell.actor.id, landed)


def test_the_links_at_the_top_lead_only_to_the_columns_a_voter_has_chosen(warm_tabs, four_actors):  # noqa: F811
    """A link to a column the chooser hides would lead nowhere: a shared choice (`?visa=`)
    shows the boxes of its actors alone from the first paint, a box goes and comes back with
    its actor's tick, and with no actor chosen the list is gone too."""
    order = documented_order(build_site(FIXTURE), "bergby")
    shown = """() => [...document.querySelectorAll('[data-vlv-jump] a')].filter(a => a.offsetParent !== null)
        .map(a => a.getAttribute('href').slice(1))"""
    with warm_tabs.open(390, 844, is_mobile=True, locale="sv-SE") as page:
        page.goto(four_actors + f"bergby/hemloshet/?visa={order[1]},{order[3]}")
        nav = page.get_by_role("navigation", name="Gå till en aktörs kolumn")
        assert page.evaluate(shown) == [paths.actor_anchor(order[1]), paths.actor_anchor(order[3])]
        page.locator(f'[data-vlv-chooser] input[value="{order[0]}"]').check()
        page.locator(f'[data-vlv-chooser] input[value="{order[3]}"]').uncheck()
        assert page.evaluate(shown) == [paths.actor_anchor(order[0]), paths.actor_anchor(order[1])]
        page.get_by_role("button", name="Välj bort alla").click()
        assert not nav.is_visible()
        page.get_by_role("button", name="Visa alla").click()
        assert page.evaluate(shown) == [paths.actor_anchor(actor_id) for actor_id in order]
        page.goto(four_actors + "bergby/hemloshet/?visa=")
        assert page.locator("[data-vlv-jump]").count() == 1 and not nav.is_visible()


# The links at the top of a comparison a voter sees: the columns they lead to.
JUMP_SHOWN = """() => [...document.querySelectorAll('[data-vlv-jump] a')].filter(a => a.getClientRects().length)
    .map(a => a.getAttribute('href').slice(1))"""


@pytest.mark.parametrize("width, chosen, listed", [(1000, 3, False), (390, 1, False), (390, 2, True)],
                         ids=["three-on-one-row", "one-on-a-phone", "two-on-a-phone"])
def test_the_links_at_the_top_show_only_while_the_chosen_columns_do_not_fit_on_one_row(warm_tabs, four_actors, width,
                                                                                      chosen, listed):
    """The links stand above the columns only where the columns shown do not all fit on one
    row. They followed the number of actors on the page, not the number chosen: three of four
    chosen at 1000 px sit side by side and the list still pushed them down, and one chosen
    on a phone had a link to the column right below it. From the first paint, with a shared
    choice (`?visa=`), and after."""
    order = documented_order(build_site(FIXTURE), "bergby")
    path = f"bergby/hemloshet/?visa={','.join(order[:chosen])}"
    drawn, shown = _drawn_then_shown(warm_tabs, four_actors, path, width, JUMP_SHOWN)
    expected = [paths.actor_anchor(actor_id) for actor_id in order[:chosen]] if listed else []
    assert drawn == shown == expected


# The links at the end of the columns back to the links at the top, that a voter sees.
BACK_SHOWN = """() => [...document.querySelectorAll('.vlv-column a')].filter(a => a.getClientRects().length
    && a.textContent === 'Till listan över aktörerna').length"""


def test_the_links_at_the_top_go_once_the_chosen_columns_fit_on_one_row(warm_tabs, four_actors):  # noqa: F811
    """At 1000 px four actors take two rows, and the links stand above them; a voter who
    leaves one out has the three on one row, and the links go, with each column's link back
    to them, which would lead nowhere."""
    order = documented_order(build_site(FIXTURE), "bergby")
    with warm_tabs.open(1000, 800, locale="sv-SE") as page:
        page.goto(four_actors + "bergby/hemloshet/")
        assert page.evaluate(JUMP_SHOWN) == [paths.actor_anchor(actor_id) for actor_id in order]
        assert page.evaluate(BACK_SHOWN) == 4
        open_chooser(page)
        page.locator(f'[data-vlv-chooser] input[value="{order[0]}"]').uncheck()
        assert page.evaluate(JUMP_SHOWN) == []
        assert page.evaluate(BACK_SHOWN) == 0


def test_without_javascript_every_column_shows_and_no_chooser(warm_tabs, server, repo_site):  # noqa: F811
    order = documented_order(repo_site[1], "eskilstuna")
    with _open(warm_tabs, server, f"eskilstuna/hemloshet/?visa={order[-1]}", javascript=False) as page:
        assert _visible_columns(page) == [f"aktor-{actor_id}" for actor_id in order]
        assert not page.locator("[data-vlv-chooser]").is_visible()


# Where the actors' columns start on the page, and whether the chooser above them is shown.
COLUMNS_TOP = """() => ({top: document.querySelector('.vlv-compare').getBoundingClientRect().top,
    chooser: getComputedStyle(document.querySelector('[data-vlv-chooser]')).visibility === 'visible'
        && !document.querySelector('[data-vlv-chooser]').hidden})"""


def _drawn_then_shown(warm_tabs, site, path, width, measure):
    """What `measure` finds on the page as it is first drawn, while compare.js has not yet
    arrived (a slow phone connection), and again once the script has set up the chooser."""
    with warm_tabs.open(width, 740, is_mobile=width < 400, locale="sv-SE") as page:  # its route goes with the test
        held = []
        page.route("**/javascripts/compare.js?*", lambda route: held.append(route))  # the script arrives late
        page.goto(site + path, wait_until="commit")
        page.wait_for_selector(".vlv-compare", state="attached")
        page.wait_for_function("() => !!document.querySelector(\"link[href*='/extra.css']\")?.sheet")
        while not held:
            page.wait_for_timeout(20)
        drawn = page.evaluate(measure)
        held[0].continue_()
        page.wait_for_function("() => document.querySelector('[data-vlv-status]').textContent !== ''")
        return drawn, page.evaluate(measure)


@pytest.mark.parametrize("width", [360, 1280])
def test_the_columns_stay_where_they_are_drawn_when_the_chooser_appears(warm_tabs, four_actors, width):  # noqa: F811
    """On a slow phone connection the page is drawn before compare.js has arrived: the chooser
    it then showed pushed every column down by its height (285 px at 360 px wide; Lighthouse
    measured a layout shift of 0.064) under a voter who had started reading. The chooser now
    holds its place from the first paint, so nothing below it moves."""
    drawn, shown = _drawn_then_shown(warm_tabs, four_actors, "bergby/hemloshet/", width, COLUMNS_TOP)
    assert not drawn["chooser"] and shown["chooser"]
    assert shown["top"] == drawn["top"]


# The columns drawn, each with its place and size.
COLUMNS_DRAWN = """() => [...document.querySelectorAll('.vlv-column')].filter(c => c.offsetParent !== null)
    .map(c => { const box = c.getBoundingClientRect(); return [c.id, box.x, box.y, box.width, box.height]; })"""


@pytest.mark.parametrize("width", [360, 1280])
def test_a_shared_choice_is_drawn_as_chosen_from_the_first_paint(warm_tabs, four_actors, width):  # noqa: F811
    """A voter who follows a shared link to two of four actors (`?visa=`) sees just their two
    columns from the first paint, where they stay. Before, all four were drawn until compare.js
    arrived, which then hid two and moved the chosen ones up under a voter who had started
    reading (on a phone, by the height of a column or more)."""
    order = documented_order(build_site(FIXTURE), "bergby")
    chosen = [order[1], order[3]]
    drawn, shown = _drawn_then_shown(warm_tabs, four_actors, f"bergby/hemloshet/?visa={','.join(chosen)}", width, COLUMNS_DRAWN)
    assert [column[0] for column in drawn] == [f"aktor-{actor_id}" for actor_id in chosen]
    assert shown == drawn


def test_no_comparison_page_scrolls_sideways_on_a_phone(warm_tabs, server, repo_site):  # noqa: F811
    _, model = repo_site
    wide = []
    with warm_tabs.open(375, 740, is_mobile=True, has_touch=True) as page:
        for municipality in model.municipalities:
            for row in municipality.topic_rows:
                page.goto(server + paths.page_url(paths.compare_page(municipality.id, row.topic.id)))
                overflow = page.evaluate(SIDEWAYS)
                if overflow > 0:
                    wide.append(f"{municipality.id}/{row.topic.id}: {overflow}px")
    assert wide == []


def test_four_actors_sit_side_by_side_at_1280_px(warm_tabs, four_actors):  # noqa: F811
    order = documented_order(build_site(FIXTURE), "bergby")
    assert len(order) == 4
    with _open(warm_tabs, four_actors, "bergby/hemloshet/") as page:
        boxes = [page.locator(f"#aktor-{a}").bounding_box() for a in order]
        assert len({round(b["y"]) for b in boxes}) == 1  # one row
        assert [b["x"] for b in boxes] == sorted(b["x"] for b in boxes)  # in the documented order
        assert len({round(b["width"]) for b in boxes}) == 1 and len({round(b["height"]) for b in boxes}) == 1


def test_search_indexes_each_text_once_where_it_lives(repo_site):
    """An item is found by its own words on its plan page; the verbatim quote beside it is the
    evidence, shown but not indexed a second time. A topic's easy-read text is found on the
    topic page, not again on each municipality's comparison page."""
    site, model = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))

    def indexed(prefix: str) -> str:
        return " ".join(d["title"] + " " + d["text"] for d in index["docs"] if d["location"].startswith(prefix))

    item = next(i for p in model.plans for i in p.items if plain(i.data.quote)[:60] not in plain(i.data.text))
    plan_text = plain(indexed(paths.page_url(paths.plan_page(item.plan.id))))
    assert plain(item.data.text)[:60] in plan_text
    assert plain(item.data.quote)[:60] not in plan_text
    topic = next(t for t in model.topics if t.id == "hemloshet")
    easy = plain(topic.data.easy_read.split("\n\n")[0])[:60]
    assert easy in plain(indexed(paths.page_url(paths.topic_page("hemloshet"))))
    assert easy not in plain(indexed("eskilstuna/hemloshet/"))



def test_search_finds_a_topics_description_on_its_page_not_again_in_the_topics_table(repo_site):
    """The topics' table shows each topic's description beside its counts: indexed there too,
    a search for a topic's words listed the table besides the topic's own page, and the
    descriptions were 159 of the real plans' 58,172 gzipped bytes (P3: 61,440). The table is
    found by the topics' names and counts; each description on its topic's page."""
    site, model = repo_site
    index = {d["location"]: plain(d["title"] + " " + d["text"])
             for d in json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]}
    table = index[paths.page_url(paths.TOPICS)]
    shown = plain(page_html(site, paths.TOPICS))
    for topic in model.topics:
        description = plain(html.escape(topic.data.description, quote=False))
        assert description in shown and f"{plain(html.escape(topic.name, quote=False))} {topic.count}" in table, topic.id
        assert description not in table, topic.id
        assert description in index[paths.page_url(paths.topic_page(topic.id))], topic.id


def _searched_words(entry: dict, config: dict) -> list[str]:
    """The words Material's search finds in an index entry (each field of the index's: its title,
    its title typed plainly, text and tags): split at the index's separator (mkdocs.yml's, and
    the hook's stop words), lower-cased, without markup."""
    fields = [entry.get(field, "") for field in config["fields"]]
    text = unescape(re.sub(r"<[^>]+>", " ", " ".join(" ".join(field) if isinstance(field, list) else field for field in fields)))
    return [word for word in re.split(config["separator"], text.casefold()) if word]


def test_search_finds_a_comparison_by_its_topics_keywords_and_without_å_ä_ö(repo_site):
    """A voter in Eskilstuna who typed a topic's keyword (hemlösa, droger, LSS, socialbidrag)
    found the topic's page, one click short of the comparison; one who typed without å, ä and ö
    (hemloshet, funktionsnedsattning) found nothing of it: the search matches words as typed,
    completing the last one (`hemlös` finds `hemlösa`)."""
    site, model = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = {entry["location"]: entry for entry in index["docs"]}
    rows = [row for municipality in model.municipalities for row in municipality.topic_rows]
    assert {row.topic.id for row in rows} >= {"hemloshet", "beroende-och-missbruk", "funktionsnedsattning"}
    for row in rows:
        words = _searched_words(entries[paths.page_url(paths.compare_page(row.municipality.id, row.topic.id))],
                                index["config"])
        typed = re.findall(r"\w+", " ".join([row.topic.name, *row.topic.data.keywords]).casefold())
        wanted = {word for word in typed + swedish.fold(" ".join(typed)).split() if len(word) >= 3}
        stop = {"och", "för", "mot", "som", "utan", "med", "till", "från", "alla"}
        assert sorted(word for word in wanted - stop if not any(found.startswith(word) for found in words)) == [], \
            (row.municipality.id, row.topic.id)
    # Not shown on the page: it is the search's alone.
    page = page_html(site, paths.compare_page("eskilstuna", "hemloshet"))
    assert re.search(r'<p class="vlv-search-words" hidden>Sökord: [^<]*\bhemloshet\b', page)


def test_search_leaves_out_the_lists_and_tables_that_lead_to_other_pages(repo_site):
    """A municipality's topics and its actors' documents, an actor's documents and topics, a
    municipality's tables and every list of municipalities repeat the names and counts of pages
    that are indexed themselves. Indexed again, a search for a topic, a document or a town found
    every page that lists it besides the page itself. The lists stay on the pages."""
    site, model = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    listing = {paths.HOME, paths.ACTORS, paths.PLANS, paths.MATRIX, paths.COVERAGE}
    for municipality in model.municipalities:
        listing |= {paths.municipality_page(municipality.id), paths.municipality_plans_page(municipality.id),
                    paths.municipality_matrix_page(municipality.id), paths.municipality_coverage_page(municipality.id)}
    listing |= {paths.actor_page(actor.id) for actor in model.actors}
    listing |= {paths.topic_page(topic.id) for topic in model.topics}
    urls = {paths.page_url(page) for page in listing}
    indexed = plain(" ".join(d["text"] for d in index["docs"] if d["location"].split("#")[0] in urls))
    assert indexed and not re.search(r"\d+ av \d+ aktörer|ingen av aktörerna", indexed)
    assert [plan.data.title for plan in model.plans if plain(plan.data.title) in indexed] == []
    assert [m.name for m in model.municipalities if m.name in plain(" ".join(
        d["text"] for d in index["docs"] if d["location"].split("#")[0] in {paths.page_url(p) for p in (
            paths.HOME, paths.ACTORS, paths.PLANS, paths.MATRIX, paths.COVERAGE)}))] == []
    # Each is still found on its own page, and still listed where it was.
    titles = {d["location"]: d["title"] for d in index["docs"]}
    for plan in model.plans:
        assert titles[paths.page_url(paths.plan_page(plan.id))].startswith(f"{html.escape(plan.data.title, quote=False)} – ")
        assert plan.data.title in page_html(site, paths.actor_page(plan.actor.id))
        assert plan.data.title in page_html(site, paths.municipality_plans_page(plan.municipality.id))
    eskilstuna = next(m for m in model.municipalities if m.id == "eskilstuna")
    topics = page_html(site, paths.municipality_page("eskilstuna")).replace("\u00a0", " ")
    assert eskilstuna.addressed_rows
    for row in eskilstuna.addressed_rows:
        share = f"{row.actor_count} av {swedish.count(row.actor_total, 'aktör', 'aktörer')}"
        assert f"{html.escape(row.topic.name, quote=False)}</a>&nbsp;– {share}" in topics


def test_search_leaves_out_the_notes_and_headings_every_actors_page_says_alike(repo_site):
    """Every actor's page opens its documents and its topics with the same two notes (which
    term is current, that no document is hidden for its age, where a topic's link leads): 117
    of the real plans' 58,013 gzipped bytes (P3: 61,440), and a search for "mandatperiod" or
    "nyaste" listed every actor. So are the two headings above them, alike on every actor's page
    and boosted with it: `dokument` and `ämnen` listed each actor's page before the lists of
    documents and topics. The pages show them; an actor is still found by its name and
    abbreviation (test_search_results.py)."""
    site, model = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    actors = {paths.page_url(paths.actor_page(actor.id)): actor for actor in model.actors if actor.plans and actor.addressed}
    assert len(actors) > 2
    notes = ("Aktörens dokument efter mandatperiod", "Inget dokument döljs för att det är gammalt.",
             "Ämnen som aktörens dokument tar upp")
    for url in actors:
        shown = plain(page_html(site, paths.actor_page(actors[url].id)))
        assert all(note in shown for note in notes), url
    indexed = " ".join(d["text"] for d in index if d["location"].split("#")[0] in actors)
    assert [note for note in notes if note in indexed] == []
    assert [d["title"] for d in index if d["location"].split("#")[0] in actors and "#" in d["location"]] == []


def test_search_holds_no_entry_for_a_county_heading_over_a_list_of_municipalities(repo_site):
    """Every page that lists the municipalities lists them under their counties. Each county
    heading was an entry of its own holding nothing but its name: a search for a county found
    it once on every topic page and on each national list, and at 290 municipalities that is
    some 800 entries. The headings stay on the pages and in their tables of contents."""
    site, model = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    counties = {m.county for m in model.municipalities if m.county}
    assert counties
    assert [d["location"] for d in index["docs"] if plain(d["title"]) in counties] == []
    topic = model.topics[0]
    for page in (paths.HOME, paths.PLANS, paths.topic_page(topic.id)):
        shown = page_html(site, page)
        for county in counties:
            anchor = paths.county_anchor(county)
            assert f'id="{anchor}"' in shown and f'href="#{anchor}"' in shown, (page, county)


def test_search_leaves_out_the_download_and_feed_links_every_page_ends_with(repo_site):
    """The same lines of links close every voter page ("Följ ändringar", "Ladda ner"): they
    matched every search for "JSON" or "Excel" and made the index grow by a paragraph per plan."""
    site, _ = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert [d["location"] for d in index["docs"] if "Följ ändringar:" in d["text"] or "Ladda ner" in d["text"]] == []
    assert "Ladda ner för alla kommuner:" in page_html(site, paths.plan_page(repo_site[1].plans[0].id))

def _index_text(site, prefix: str) -> str:
    """The words of every search entry of the pages whose address starts with `prefix`."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return plain(" ".join(d["title"] + " " + d["text"] for d in index["docs"] if d["location"].startswith(prefix)))


def test_search_leaves_out_the_note_every_topic_page_opens_with(repo_site):
    """Every topic page said the same three sentences on choosing a municipality, each an index
    entry's words (800 bytes of P3's 60 KB gzipped); a search for a topic still finds its page
    by its name, description and keywords, after the municipalities' comparisons."""
    site, model = repo_site
    note = f"Välj din kommun för att se vad dess {model.theirs} på webbplatsen"
    for topic in model.topics:
        url = paths.page_url(paths.topic_page(topic.id))
        assert note in page_html(site, paths.topic_page(topic.id))
        assert note not in _index_text(site, url)
        assert plain(topic.data.description) in _index_text(site, url)
    found = real_pages.searched(site, [topic.name for topic in model.topics])
    for topic in model.topics:
        assert paths.page_url(paths.topic_page(topic.id)) in found[topic.name][:1 + len(model.municipalities)], topic.name


def test_search_leaves_out_the_charts_which_repeat_their_tables(repo_site):
    """A chart's words are its table's or its indicator's figures again ("Stapeldiagram: …
    Samma tal som i tabellen ovan … Budget 2024: 620,9 mnkr"): 640 bytes of the index gzipped.
    The charts are shown and named to screen readers; the tables' figures stay in the index."""
    site, model = repo_site
    plan = real_pages.most_tables(model)
    table, indicator = plan.tables[0], next(item for item in plan.items if item.data.indicator)
    shown = page_html(site, paths.plan_page(plan.id))
    assert "Samma tal som i tabellen ovan" in shown and "Diagram: indikatorns ingångsvärde" in shown
    indexed = _index_text(site, paths.page_url(paths.plan_page(plan.id)))
    assert "Stapeldiagram" not in indexed and "Samma tal som i tabellen ovan" not in indexed
    assert "Diagram: indikatorns" not in indexed
    assert plain(table.data.rows[0].label) + " " + plain(str(number(table.data.rows[0].values[0]))) in indexed
    assert plain(indicator.data.text)[:60] in indexed
    found = real_pages.searched(site, [table.data.caption])[table.data.caption]
    assert paths.page_url(paths.plan_page(plan.id)) in found[:2 + len(model.municipalities)]


def test_search_leaves_out_the_risk_legend_and_matrix_and_keeps_the_list_by_level(repo_site):
    """The legend (on the about page too) and the matrix, whose cells repeat each risk's text,
    were indexed on every plan page with risks; the list by level stays, a search for "risk"
    leading to it on the plan page, as it did."""
    site, model = repo_site
    plan = real_pages.most_risks(model)
    shown = page_html(site, paths.plan_page(plan.id))
    assert "Teckenförklaring: risknivå" in shown and "Riskmatris:" in shown
    url = paths.page_url(paths.plan_page(plan.id))
    indexed = _index_text(site, url)
    assert "Teckenförklaring" not in indexed and "Riskmatris" not in indexed
    risk = plan.risks[0]
    assert indexed.count(plain(risk.data.text)) == 2  # its item, and the list by level (not the matrix)
    found = real_pages.searched(site, ["risk"])["risk"]
    assert url in found[:2]


def test_search_results_keep_table_cells_apart_and_leave_out_the_item_links(repo_site):
    """The search shows a table row as its cells' words: "Arbete och egen försörjning104 av
    5Vägar …" read as 104 of 5, and every item of a plan page began "Prioritering #"."""
    site, model = repo_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = {d["location"]: d["text"] for d in index["docs"]}
    topics = text[paths.page_url(paths.TOPICS)]
    for topic in model.topics:
        # The last row ends the table's text: its description, after it, is not indexed.
        assert f"{plain(topic.name)} {topic.count} {topic.actor_count} av {model.actor_count} " in plain(topics) + " "
    plan = next(p for p in model.plans if p.tables)
    page = paths.page_url(paths.plan_page(plan.id))
    on_page = plain(" ".join(entry for location, entry in text.items() if location.startswith(page)))
    row = plan.tables[0].data.rows[0]
    assert plain(row.label) + " " + plain(str(number(row.values[0]))) + " " in on_page
    assert f"Aktör {plan.actor.name} Kommun {plan.municipality.name} " in on_page
    kinds = [f"{label} #" for label in ITEM_KINDS.values()]
    assert not [entry for entry in text.values() if any(kind in plain(entry) for kind in kinds)]


def retrieve(project, monkeypatch, day: datetime.date) -> None:
    """Give the fixture's party plan the retrieval `day`, and build as of that day: a document is
    for a year at most one after its text was retrieved (`checks.check_dating_not_after_retrieval`),
    and a retrieval day has been."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("retrieved: 2026-11-22", f"retrieved: {day.isoformat()}"),
                    encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(calendar.timegm((day.year, day.month, day.day, 12, 0, 0))))


def redate(project, dating: str) -> None:
    """Date the fixture's party plan (`year: 2024`) by `dating`, and let its source give the
    years too, as `validate` asks."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("year: 2024", dating), encoding="utf-8")
    source = project / "sources" / "bergby-a-plan-2024.txt"
    years = " och ".join(re.findall(r"\d{4}", dating))
    source.write_text(source.read_text(encoding="utf-8") + f"\nSkrivet för {years}.\n", encoding="utf-8")


@pytest.mark.parametrize("kind, dating, term", [
    ("election-platform", "year: 2026", "2026–2030"),   # written before the election, for the term it begins
    ("election-platform", "year: 2024", "2022–2026"),   # no election that year: the 1 July rule
    ("party-plan", "year: 2026", "2022–2026"),           # a plan of the election year: the term it was written in
    ("election-platform", "period: {start: 2026, end: 2030}", "2026–2030"),
], ids=["platform-election-year", "platform-other-year", "plan-election-year", "platform-period"])
def test_an_election_platform_belongs_to_the_term_its_election_begins(project, kind, dating, term):
    """A fresh 2026 platform read "Från mandatperioden 2022–2026", as if it were old."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("kind: party-plan", f"kind: {kind}"), encoding="utf-8")
    redate(project, dating)
    linked = next(p for p in build_site(project).plans if p.id == "bergby-a-plan-2024")
    assert linked.term.name == term


@pytest.mark.parametrize("today, note", [
    (datetime.date(2027, 3, 1), ("current", "Från mandatperioden 2022–2026, gäller till och med 2027")),
    (datetime.date(2028, 3, 1), ("earlier", "Från mandatperioden 2022–2026")),
    (datetime.date(2025, 3, 1), ("current", "Mandatperioden 2022–2026")),
], ids=["still-in-force", "its-last-year-passed", "its-own-term"])
def test_a_plan_whose_period_runs_into_this_year_is_not_marked_as_old(project, today, note):
    """A plan for 2025–2027 belongs to 2022–2026 (1 July of its first year), and in 2027 every
    page marked it "Från mandatperioden 2022–2026" in the warning colour and its column as
    older, beside its actor's current documents, though it says it is in force that year (an
    administration's plan for 2027–2030 read so from the election in October to New Year's
    Eve, while its successor for 2031–2034 read as the current one). It now says until when
    it is in force, and is marked as older once that year has passed."""
    from generator.link import link
    from generator.load import load_inputs
    redate(project, "period: {start: 2025, end: 2027}")
    site = link(load_inputs(project), today=today)
    plan = next(p for p in site.plans if p.id == "bergby-a-plan-2024")
    assert plan.term_note() == note
    pages = render_site(site)
    facts = f'<span class="vlv-term vlv-term-{note[0]}">'
    assert facts in pages[paths.plan_page(plan.id)]
    topic = next(mentions.topic.id for mentions in plan.topics if mentions.count)
    shown = column(pages[paths.compare_page("bergby", topic)], "bergby-a")
    assert ("vlv-earlier" in shown) == (note[0] == "earlier") and facts in shown


@pytest.mark.parametrize("kind, dating, today, note", [
    ("administration-plan", "year: 2026", datetime.date(2026, 11, 20),
     ("current", "Från mandatperioden 2022–2026, gäller till och med 2026")),
    ("election-platform", "period: {start: 2022, end: 2026}", datetime.date(2026, 11, 20),
     ("earlier", "Från mandatperioden 2022–2026")),
    ("administration-plan", "period: {start: 2010, end: 2030}", datetime.date(2027, 3, 1),
     ("current", "Från före mandatperioden 2014–2018, gäller till och med 2030")),
    ("promise-follow-up", "year: 2026", datetime.date(2026, 11, 20),
     ("earlier", "Från mandatperioden 2022–2026")),
    ("administration-plan", "year: 2027", datetime.date(2026, 11, 20),
     ("current", "Mandatperioden 2026–2030, gäller från 2027")),
    # A year the document does not print is said with "ca" here too, as beside its title.
    ("administration-plan", "year: 2027\ndating_inferred: true\ndating_note: Året står i filnamnet.",
     datetime.date(2026, 11, 20), ("current", "Mandatperioden 2026–2030, gäller från ca\u00a02027")),
    ("administration-plan", "period: {start: 2025, end: 2027}\ndating_inferred: true\ndating_note: Åren står i filnamnet.",
     datetime.date(2027, 3, 1), ("current", "Från mandatperioden 2022–2026, gäller till och med ca\u00a02027")),
], ids=["a-year-of-its-own", "a-platform-after-the-next-election", "dated-before-every-term",
        "a-follow-up-of-the-ended-terms-promises", "next-years-plan-adopted-this-year", "an-inferred-year",
        "an-inferred-period"])
def test_a_document_is_marked_as_older_by_the_years_it_is_for_as_a_period_is(project, kind, dating, today, note):
    """The rule that a document still in force is not marked as older held only for a period of
    an ended term: a plan for 2026 (year only) was marked "Från mandatperioden 2022–2026" in the
    warning colour from the election to New Year's Eve 2026, beside a plan for 2025–2026 that was
    not, and a vision for 2010–2030 was marked as from before every term though it says it is in
    force. An election platform for 2022–2026 is its term's: after the election of 2026, beside
    the new term's platforms, it is an earlier term's, as before the rule; so is a follow-up of
    that term's promises, written in 2026, which reports on the term that ended. A plan for next
    year, adopted in November, read as if it were in force now, beside this year's: it says from
    when it is."""
    from generator.link import link
    from generator.load import load_inputs
    redate(project, dating)
    plan_file = project / "plans" / "bergby-a-plan-2024.yaml"
    plan_file.write_text(plan_file.read_text(encoding="utf-8").replace("kind: party-plan", f"kind: {kind}"), encoding="utf-8")
    site = link(load_inputs(project), today=today)
    plan = next(p for p in site.plans if p.id == "bergby-a-plan-2024")
    assert plan.term_note() == note
    pages = render_site(site)
    facts = f'<span class="vlv-term vlv-term-{note[0]}">'
    topic = next(mentions.topic.id for mentions in plan.topics if mentions.count)
    shown = column(pages[paths.compare_page("bergby", topic)], "bergby-a")
    assert ("vlv-earlier" in shown) == (note[0] == "earlier") and facts in shown


@pytest.mark.parametrize("year, step, facts", [
    (2012, "Före mandatperioden 2014–2018",
     '<span class="vlv-term vlv-term-earlier">Från före mandatperioden <span class="vlv-nowrap">2014–2018</span></span>'),
    (2031, "Mandatperiod okänd", '<span class="vlv-term vlv-term-none">Mandatperiod okänd</span>'),
], ids=["before-the-first-term", "after-the-last-term"])
def test_a_dated_document_outside_the_registered_terms_is_not_called_undated(project, monkeypatch, year, step, facts):
    """An actor's timeline put a document of 2012 (before the first registered term) under
    "Utan mandatperiod: odaterade dokument": it is dated. And while documents of 2015 were
    marked "Från mandatperioden 2014–2018", the older one of 2012 was not marked at all. It is
    now marked as from before the first term, on its page, in its timeline and in the
    comparison's column; a year after the last registered term stays "Mandatperiod okänd".
    Undated documents keep their step."""
    redate(project, f"year: {year}")
    if year > 2027:  # retrieved the year before, at the latest
        retrieve(project, monkeypatch, datetime.date(year - 1, 6, 1))
    site = build_site(project)
    pages = render_site(site)

    def steps(actor_id: str) -> list[str]:
        return [re.sub(r"<[^>]+>", "", head)
                for head in re.findall(r'<p class="vlv-timeline-head">(.*?)</p>', pages[paths.actor_page(actor_id)])]

    assert steps("bergby-a") == [step]
    assert steps("bergby-o") == ["Utan mandatperiod: odaterade dokument"]  # its one plan is undated
    assert facts in pages[paths.plan_page("bergby-a-plan-2024")]
    linked = next(p for p in site.plans if p.id == "bergby-a-plan-2024")
    row = next(r for r in linked.municipality.topic_rows if any(c.actor.id == "bergby-a" and c.count for c in r.cells))
    column = re.search(r'<section class="vlv-column[^"]*" id="aktor-bergby-a".*?</section>',
                       pages[paths.compare_page("bergby", row.topic.id)], re.S).group(0)
    assert ('<article class="vlv-column-plan vlv-earlier" data-search-exclude>' in column) == (year < 2014) and facts in column


def test_every_machine_building_at_the_same_moment_agrees_on_the_build_date():
    """The build date decides the current term, passed target years and which retrieval dates
    are in the future: it is the day in UTC, whatever the machine's time zone. Fourteen hours
    ahead of UTC and twelve behind are always on different days by their own clocks."""
    dates = {subprocess.run([sys.executable, "-c", "from generator import clock; print(clock.today())"],
                            cwd=REPO, env={**os.environ, "TZ": zone}, capture_output=True, text=True,
                            check=True).stdout.strip() for zone in ("Etc/GMT-14", "Etc/GMT+12")}
    assert len(dates) == 1, dates


def test_source_date_epoch_sets_the_day_pages_and_checks_are_built_as_of(project, monkeypatch):
    """`SOURCE_DATE_EPOCH` (the reproducible-builds convention, which MkDocs' sitemap follows)
    builds the site as of its day: the about page's date and current term, and a retrieval
    date after that day is refused as in the future."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25 12:00 UTC
    site = build_site(project)
    assert site.today == datetime.date(2026, 11, 25) and site.current_term.name == "2026–2030"
    assert "Sidorna byggdes senast den 25 november 2026." in plain(render_site(site)[paths.ABOUT])
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    retrieved = re.search(r"retrieved: (\S+)", text).group(1)
    plan.write_text(text.replace(f"retrieved: {retrieved}", "retrieved: 2026-11-26"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        build_site(project)
    assert "datumet 2026-11-26 har inte varit än" in str(failed.value.errors)


def test_the_build_date_is_the_day_in_sweden_so_a_text_fetched_after_midnight_there_is_not_future(project,
                                                                                                   monkeypatch):
    """A party office that fetched a text at half past midnight, Swedish time, writes that
    day's date; the build counted days in UTC, where it was still the day before, and refused
    the date as in the future for an hour (two in summer). The message says which day the build
    counts as today."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(calendar.timegm((2026, 11, 25, 23, 30, 0))))  # 00:30 in Sweden
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    retrieved = re.search(r"retrieved: (\S+)", text).group(1)
    plan.write_text(text.replace(f"retrieved: {retrieved}", "retrieved: 2026-11-26"), encoding="utf-8")
    assert build_site(project).today == datetime.date(2026, 11, 26)
    plan.write_text(text.replace(f"retrieved: {retrieved}", "retrieved: 2026-11-27"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        build_site(project)
    assert ("datumet 2026-11-27 har inte varit än (bygget räknar 2026-11-26 som i dag, enligt miljövariabeln "
            "SOURCE_DATE_EPOCH)") in str(failed.value.errors)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    tomorrow = clock.today() + datetime.timedelta(days=1)
    plan.write_text(text.replace(f"retrieved: {retrieved}", f"retrieved: {tomorrow.isoformat()}"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        build_site(project)
    assert f"har inte varit än (i dag är det {clock.today().isoformat()} i Sverige)" in str(failed.value.errors)


def _retrieved_on(project, plan: str, day: str) -> int:
    """`plan`'s retrieval date set to `day`; the line it stands on."""
    path = project / "plans" / f"{plan}.yaml"
    text = path.read_text(encoding="utf-8")
    retrieved = re.search(r"retrieved: (\S+)", text)
    path.write_text(text.replace(retrieved.group(0), f"retrieved: {day}"), encoding="utf-8")
    return text[:retrieved.start()].count("\n") + 1


def _midnight_after_the_first_look(monkeypatch) -> None:
    """The machine's clock (the one `clock` reads) a second before midnight, Swedish time, at
    its first look, and just after midnight at every later one."""
    import types

    class Clock(datetime.datetime):
        looks = 0

        @classmethod
        def now(cls, tz=None):
            cls.looks += 1
            moment = datetime.datetime(2027, 12, 31, 23, 59, 59) if cls.looks == 1 else datetime.datetime(2028, 1, 1, 0, 0, 1)
            return moment.replace(tzinfo=tz)

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setattr(clock, "datetime", types.SimpleNamespace(datetime=Clock, date=datetime.date,
                                                                 timezone=datetime.timezone))


@pytest.mark.parametrize("command", ["validate", "build", "mkdocs build", "mkdocs serve", "make build-zensical"])
def test_a_build_running_over_midnight_judges_every_retrieval_date_on_the_day_it_began(project, cli, monkeypatch,
                                                                                        capsys, command):
    """Each plan's retrieval date was checked against the clock as it was read, and the message
    read it again: a build running over midnight refused a text fetched on New Year's Day "as not
    yet come (i dag är det 2028-01-01)", and accepted another plan's of the same day; a rebuild
    of `mkdocs serve` accepted both and rendered as of the new day; `make build-zensical` read
    the day again in a process of its own for the pages, after its own first look. One build,
    one day: both are refused as of the day it began, and the message names that day."""
    from generator import engines
    from generator import mkdocs_hook as hook
    from generator.escape import log_text
    from generator.incremental import Rebuilds

    lines = {plan: _retrieved_on(project, plan, "2028-01-01") for plan in ("bergby-a-plan-2024", "dalby-m-uppfoljning")}
    _midnight_after_the_first_look(monkeypatch)
    if command in ("validate", "build"):
        result = cli("--root", str(project), command)
        assert result.code == 1
        said = result.err
    elif command == "make build-zensical":
        monkeypatch.chdir(add_site_code(project))
        assert engines.main(["zensical"]) == 1
        said = capsys.readouterr().err
    else:
        monkeypatch.setattr(hook, "ROOT", project)
        monkeypatch.setattr(hook._Session, "serving", command == "mkdocs serve")
        monkeypatch.setattr(hook._Session, "rebuilds", Rebuilds())
        with pytest.raises(ValidationFailed) as failed:
            hook._render(None)
        said = "\n".join(log_text(error) for error in failed.value.errors)
    for plan, line in lines.items():
        assert (f"plans/{plan}.yaml:{line}:14: source.retrieved: datumet 2028-01-01 har inte varit än (i dag är det "
                "2027-12-31 i Sverige)") in said, plan


@pytest.mark.parametrize("setting, process", [("2026-11-25", True), ("1795608000.5", False), ("", False),
                                              ("4294967296", False)])
def test_a_source_date_epoch_that_is_no_day_stops_validate_and_the_build_with_a_swedish_message(
        project, tmp_path, monkeypatch, cli, setting, process):
    """A build as of a given day that names no day (a date, a fraction, an empty value from a
    CI variable, a day past what MkDocs' sitemap.xml.gz can hold) is refused with a message
    naming the variable, not built as of today while it looks fixed, not refused plan by plan
    in English, and not a traceback from MkDocs' sitemap. (validate in the test's process: an
    exception it let out would fail the test. The build is MkDocs' own process for the first
    setting; for the others MkDocs' build in the test's process, whose `Abort` is what its
    command line prints and exits with, at about a second less of processor time each.)"""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", setting)
    checked = cli("--root", str(project), "validate")
    assert checked.code == 2 and "Traceback" not in checked.err
    assert f"SOURCE_DATE_EPOCH='{setting}' är inget datum" in checked.err and "plans/" not in checked.err
    site_project = make_site_project(tmp_path / "site-project", project)
    if process:
        built = mkdocs_build(site_project, tmp_path / "site")
        assert built.returncode != 0 and "Traceback" not in built.stderr
        assert f"SOURCE_DATE_EPOCH='{setting}' är inget datum" in built.stdout + built.stderr
    else:
        with collector.paused():  # garbage left for the collector when the build ends, as a build's is
            garbage = Garbage()
            garbage.itself, left = garbage, weakref.ref(garbage)
            del garbage
            aborted = mkdocs_build_aborted(site_project, tmp_path / "site")
        gc.collect()
        assert left() is None  # not frozen by the build's end for the rest of the run
        assert aborted.exit_code != 0
        assert f"SOURCE_DATE_EPOCH='{setting}' är inget datum" in aborted.format_message()
    assert not (tmp_path / "site").exists()


class Garbage:
    """A cycle only the collector frees."""


def mkdocs_build_aborted(project_dir, site_dir):
    """`mkdocs build --strict` of `project_dir` in the test's process, as its command line runs it
    (`mkdocs.__main__.build_command`, without the command line's logging handler, which would
    stay on MkDocs' logger for the tests after it): the `Abort` that stopped it, which the command
    line prints (`Abort.show`) and exits with (`exit_code`). Any other exception fails the test,
    as the traceback it would print; a build that did not stop fails it too."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    with collection_kept_frozen():
        config = load_config(str(project_dir / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            with pytest.raises(Abort) as aborted:
                build(config)
        finally:
            # The hook's on_shutdown freezes what is alive, as the command line's process ends: here
            # the build's garbage (its configuration, the frames of the traceback) was kept to the end
            # of the run, never freed.
            with mock.patch.object(collector, "freeze", lambda: None):
                config.plugins.on_shutdown()
    return aborted.value



def test_a_comparison_where_no_document_says_anything_on_the_topic_says_so_once_at_the_top(project):
    """Every actor listed as silent, one column after another, left a reader to add it up: one
    plain sentence says it first, the same for every municipality; a page where an actor says
    something on the topic has no such sentence."""
    site = build_site(project)
    pages = render_site(site)
    rows = [row for m in site.municipalities if m.plans for row in m.topic_rows]
    silent = [row for row in rows if not row.actor_count]
    assert silent and len(silent) < len(rows)
    for row in rows:
        page = pages[paths.compare_page(row.municipality.id, row.topic.id)]
        sentence = (f"Dokumentet från {row.municipality.name} som finns på webbplatsen säger inget om det här ämnet."
                    if len(row.municipality.plans) == 1 else
                    f"Inget av dokumenten från {row.municipality.name} som finns på webbplatsen säger något om det här ämnet.")
        assert page.count(sentence) == (0 if row.actor_count else 1), (row.municipality.id, row.topic.id)
        if not row.actor_count:
            assert page.index(sentence) < page.index('<section class="vlv-compare"')


def test_the_about_page_writes_each_terms_dates_as_it_writes_other_dates(project):
    """The term list read "2022–2026 (2022-10-15 – 2026-10-14)" two lines above "byggdes senast
    den 1 december 2026": one page, two ways of writing a date. Running text writes them out."""
    site = build_site(project)
    about = plain(render_site(site)[paths.ABOUT])
    for term in site.terms:
        dates = (swedish.swedish_date(term.data.starts.isoformat()), swedish.swedish_date(term.data.ends.isoformat()))
        assert f"{term.name} ({dates[0]}&nbsp;– {dates[1]})" in about, term.id
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", about)


def test_a_table_on_a_comparison_page_links_its_source_lines_as_an_item_does(repo_site):
    """A table in an actor's column is one click from its place in the archived text, as every
    item is ("källa, rad N"), not only from its document's page. The list is headed in the
    number it holds: one table stood under "Tabeller:" (Socialnämnden's on vård i egen regi)."""
    site, model = repo_site
    tables = [table for plan in model.plans for table in plan.tables if table.topics]
    assert tables
    for table in tables:
        for topic in table.topics:
            block = column(page_html(site, paths.compare_page(table.plan.municipality.id, topic.id)), table.plan.actor.id)
            line = table.lines[0]
            assert f'/#{paths.line_anchor(line)}">källa, rad {line}<' in block, (table.id, topic.id)
            shown = sum(topic in other.topics for other in table.plan.tables)
            head = "Tabell:" if shown == 1 else "Tabeller:"
            assert f'<p class="vlv-tables-head">{head}</p>' in block, (table.id, topic.id)


def test_the_current_term_and_a_passed_target_year_change_on_exactly_their_day():
    """A term begins on its first day, not the day before; a target year has passed on New Year's
    Day after it, not on New Year's Eve; after the last registered term no term is current."""
    from generator.link import link
    from generator.load import load_inputs

    inputs = load_inputs(FIXTURE)
    terms = {term.id: term.data for term in link(inputs).terms}
    targets = [(plan.id, item.id, item.data.indicator.target.year) for plan in link(inputs).plans
               for item in plan.items if item.data.indicator and item.data.indicator.target.year]
    assert terms and targets
    for term in terms.values():
        day_before = term.starts - datetime.timedelta(days=1)
        assert link(inputs, today=term.starts).current_term.data == term
        assert link(inputs, today=day_before).current_term is None or \
            link(inputs, today=day_before).current_term.data.ends == day_before
    last = max(terms.values(), key=lambda term: term.ends)
    assert link(inputs, today=last.ends + datetime.timedelta(days=1)).current_term is None
    for plan_id, item_id, year in targets:
        for today, passed in ((datetime.date(year, 12, 31), None), (datetime.date(year + 1, 1, 1), year)):
            item = next(i for p in link(inputs, today=today).plans if p.id == plan_id for i in p.items if i.id == item_id)
            assert item.past_target_year == passed, (item_id, today)


def test_an_election_platform_for_a_term_the_registry_lacks_is_not_placed_in_the_term_its_election_ends(
        project, monkeypatch):
    """A platform of an election year is for the term the election begins. With that term not
    yet in registry/terms.yaml (a 2030 platform, the registry's last term 2026–2030), the 1 July
    rule placed it in the term the election ends: its page said "Mandatperioden 2026–2030" in
    spring and "Från mandatperioden 2026–2030" after 15 October, and the open data said the same
    term. The site knows no term for it until the next one is registered."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "year: 2024\nkind: party-plan", "year: 2030\ndating_inferred: true\ndating_note: Valet 2030.\n"
        "kind: election-platform"), encoding="utf-8")
    retrieve(project, monkeypatch, datetime.date(2030, 4, 1))
    for day in ((2030, 5, 1), (2030, 10, 15)):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(calendar.timegm((*day, 12, 0, 0))))
        outputs = render_site(build_site(project))
        page = plain(outputs[paths.plan_page("bergby-a-plan-2024")])
        assert "2026–2030" not in page and "Mandatperiod okänd" in page, day
        assert json.loads(outputs["data/v1/plans/bergby-a-plan-2024.json"])["term"] is None, day
    # The about page and the open data's schema say so, where they give the rule.
    assert ("En valplattform från ett valår hör till den mandatperiod som valet inleder, och till ingen så länge den "
            "perioden inte står nedan.") in plain(outputs[paths.ABOUT])
    assert "en valplattform vars period registret inte har än" in outputs["data/v1/schema/plan.json"]


def test_the_about_pages_example_of_a_term_not_yet_begun_has_not_begun():
    """The about page shows how a document for a term that has not begun is marked. Its example
    was written as "2030–2034", which would be false from 15 October 2030: it is the registry's
    next term, or after the registry's last one the next four years that have not begun."""
    from generator import paths
    from generator.link import link
    from generator.load import load_inputs

    inputs = load_inputs(FIXTURE)
    terms = sorted((term.data for term in link(inputs).terms), key=lambda term: term.starts)
    registered = terms[-1]
    for today in (registered.starts - datetime.timedelta(days=1), registered.starts, datetime.date(2040, 1, 1)):
        site = link(inputs, today=today)
        name = site.upcoming_term_name
        start, end = map(int, name.split("–"))
        assert datetime.date(start, 10, 15) > today and end == start + 4, (today, name)
        if today < registered.starts:
            assert name == next(term.name for term in terms if term.starts > today)
        shown = re.search(r"Gäller mandatperioden (.*?), som inte har börjat", render_site(site)[paths.ABOUT]).group(1)
        assert re.sub(r"<[^>]+>", "", shown) == name


def test_a_documents_picture_of_the_situation_is_not_labelled_as_fact(repo_site):
    """The voter audit: "Missbruket ökar i Eskilstuna …" in Vänsterpartiet's column carried the
    tag "Fakta", which puts the site behind an actor's own claim. The kind `fact` is the
    situation as the document describes it, "Lägesbild", on every page that tags an item."""
    site_dir, site = repo_site
    tagged = [path for path in site_dir.rglob("*.html") if 'class="vlv-kind"' in path.read_text(encoding="utf-8")]
    assert tagged and not [path for path in tagged if '<span class="vlv-kind">Fakta</span>' in path.read_text(encoding="utf-8")]
    # a party's document with a picture of the situation (by its kind, not by an id a rename changes)
    plan = next(plan for plan in site.plans if plan.actor.data.kind == "party" and any(item.data.kind == "fact" for item in plan.items))
    fact = next(item for item in plan.items if item.data.kind == "fact")
    page = (site_dir / "dokument" / plan.id / "index.html").read_text(encoding="utf-8")
    card = page[page.index(f'id="{fact.id}"'):]
    assert card[:card.index("</article>")].count('<span class="vlv-kind">Lägesbild</span>') == 1


def test_a_documents_title_in_the_search_is_escaped_as_the_headings_are(project, tmp_path):
    """The review: the entry took the theme's title, whose numeric references (`&#38;`, `&#95;`)
    the search then indexed as words, while every heading's text is escaped as `&amp;`."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "title: Förslag till verksamhetsplan 2024", "title: 'Barn & unga \"först\" i barn_och_unga'", 1), encoding="utf-8")
    built = mkdocs_build(make_site_project(tmp_path / "site-project", project), tmp_path / "site")
    assert built.returncode == 0, built.stderr
    index = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    (title,) = [entry["title"] for entry in index["docs"] if entry["location"] == "dokument/bergby-a-plan-2024/"]
    assert title == 'Barn &amp; unga "först" i barn_och_unga – Arbetarpartiet Bergby (2024)', title


def _newest_year(plan: dict) -> int:
    return plan["year"] if "year" in plan else plan["period"]["end"]


def test_an_actors_documents_are_listed_newest_first_on_its_page_and_in_the_data(project):
    """The documented order of an actor's documents (its page: "den nyaste först"; actors.json:
    "nyaste först"): an actor with a 2018 platform and a follow-up for 2020–2021, both of the
    term 2018–2022, lists the follow-up first (whose id comes last in the alphabet)."""
    (project / "plans" / "dalby-m-program-2018.yaml").write_text(PLATFORM_PLAN.replace(PLATFORM, "dalby-m-program-2018"),
                                                                  encoding="utf-8")
    (project / "sources" / "dalby-m-program-2018.txt").write_text(PLATFORM_SOURCE, encoding="utf-8")
    plans = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((project / "plans").glob("*.yaml"))]
    own = [plan for plan in plans if plan["actor"] == "dalby-m"]
    newest_first = [plan["id"] for plan in sorted(own, key=_newest_year, reverse=True)]
    assert len({_newest_year(plan) for plan in own}) == 2 and newest_first != sorted(newest_first)
    site = build_site(project)
    page = render_site(site)[paths.actor_page("dalby-m")]
    timeline = page[page.index('<ul class="vlv-timeline"'):page.index("## Ämnen")]
    assert [link.split("/")[-2] for link in re.findall(r'<li><a href="([^"]+)"', timeline)] == newest_first
    files = opendata.data_files(site, "https://example.org/").national
    actors = json.loads(next(f for f in files if f.name == "actors.json").content())["actors"]
    assert next(actor for actor in actors if actor["id"] == "dalby-m")["plans"] == newest_first
    municipalities = json.loads(next(f for f in files if f.name == "municipalities.json").content())["municipalities"]
    assert next(m for m in municipalities if m["id"] == "dalby")["plans"] == newest_first


def test_an_actors_terms_are_a_list_without_numbers():
    """"Dokument över tid" was a numbered list, "1. Mandatperioden 2022–2026": the numbers meant
    nothing, and a screen reader said "lista 3 objekt, 1 …". Its terms are listed unnumbered."""
    site = build_site(FIXTURE)
    pages = render_site(site)
    for actor in (actor for actor in site.actors if actor.plans):
        page = pages[paths.actor_page(actor.id)]
        timeline = re.search(r'<(\w+) class="vlv-timeline">\n<li class="vlv-timeline-term', page)
        assert timeline and timeline.group(1) == "ul", actor.id
        assert "<ol" not in page, actor.id
        assert page.count("<div") == page.count("</div>"), actor.id


def test_an_actors_timeline_lists_its_terms_newest_first(project):
    """The actor page's "Dokument över tid": the documents by term, the newest term first. Dalby's
    Mittenpartiet with a platform of the 2014 election and a follow-up for 2020–2021."""
    (project / "plans" / "dalby-m-valplattform-2014.yaml").write_text(PLATFORM_PLAN.replace("2018", "2014"), encoding="utf-8")
    (project / "sources" / "dalby-m-valplattform-2014.txt").write_text(PLATFORM_SOURCE.replace("2018", "2014"),
                                                                       encoding="utf-8")
    registry = yaml.safe_load((project / "registry" / "terms.yaml").read_text(encoding="utf-8"))["terms"]
    plans = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((project / "plans").glob("*.yaml"))]

    def term_of(plan: dict) -> dict:  # an election platform of an election year: the term it begins
        year = plan["year"] if "year" in plan else plan["period"]["start"]
        day = datetime.date(year, 10, 15) if plan["kind"] == "election-platform" else datetime.date(year, 7, 1)
        return next(t for t in registry if datetime.date.fromisoformat(str(t["starts"])) <= day
                    <= datetime.date.fromisoformat(str(t["ends"])))

    terms = {term_of(plan)["name"]: term_of(plan)["starts"] for plan in plans if plan["actor"] == "dalby-m"}
    assert len(terms) == 2
    page = render_site(build_site(project))[paths.actor_page("dalby-m")]
    shown = re.findall(r'<p class="vlv-timeline-head">Mandatperioden (?:<[^>]+>)?([^<]+)', page)
    assert shown == sorted(terms, key=terms.get, reverse=True)


def test_a_document_belongs_to_the_term_that_holds_1_july_of_its_year_after_an_extra_election(project, cli):
    """The rule the about page and terms.json state: the term containing 1 July of the
    document's year. After an extra election a term may begin in spring (here 1 April 2024):
    a document of 2024 then belongs to the term that began that spring, not to the one that
    held New Year."""
    terms = project / "registry" / "terms.yaml"
    text = terms.read_text(encoding="utf-8")
    for old, new in (("2018-2022", "2018-2024"), ("2018–2022", "2018–2024"), ("ends: 2022-10-14", "ends: 2024-03-31"),
                     ("2022-2026", "2024-2026"), ("2022–2026", "2024–2026"), ("starts: 2022-10-15", "starts: 2024-04-01")):
        assert text.count(old) == 1
        text = text.replace(old, new)
    terms.write_text(text, encoding="utf-8")
    assert cli("--root", str(project), "validate").code == 0
    registry = yaml.safe_load(text)["terms"]
    plan = yaml.safe_load((project / "plans" / "bergby-a-plan-2024.yaml").read_text(encoding="utf-8"))
    middle = datetime.date(plan["year"], 7, 1)
    term = next(t for t in registry if datetime.date.fromisoformat(str(t["starts"])) <= middle
                <= datetime.date.fromisoformat(str(t["ends"])))
    assert term["id"] == "2024-2026"
    site = build_site(project)
    page = re.sub(r"<[^>]+>", "", render_site(site)[paths.plan_page(plan["id"])])
    assert f"andatperioden {term['name']}" in page and "2018–2024" not in page
    record = opendata.plan_record(next(p for p in site.plans if p.id == plan["id"]), "https://example.org/")
    assert record.term == term["id"]


def test_a_promise_followed_up_twice_lists_the_newest_follow_up_first(project):
    """A promise's "Uppföljt:" line names every follow-up of it, the newest first: Dalby
    Mittenpartiet's 2018 promise followed up for 2020–2021 and again in 2022."""
    add_platform(project)
    first = (project / "plans" / "dalby-m-uppfoljning.yaml").read_text(encoding="utf-8")
    (project / "plans" / "dalby-m-uppfoljning-2022.yaml").write_text(
        first.replace("id: dalby-m-uppfoljning\n", "id: dalby-m-uppfoljning-2022\n")
        .replace("period: {start: 2020, end: 2021}", "year: 2022")
        .replace("title: Uppföljning av våra vallöften\n", "title: Uppföljning av våra vallöften 2022\n", 1)
        .replace("sources/dalby-m-uppfoljning.txt", "sources/dalby-m-uppfoljning-2022.txt"), encoding="utf-8")
    (project / "sources" / "dalby-m-uppfoljning-2022.txt").write_text(
        (project / "sources" / "dalby-m-uppfoljning.txt").read_text(encoding="utf-8").replace("2020–2021", "2022"),
        encoding="utf-8")
    plans = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((project / "plans").glob("*.yaml"))]
    following = [plan for plan in plans for section in plan["sections"] for item in section.get("items", [])
                 if item.get("follows_up") == PLATFORM_ITEM]
    newest_first = [plan["title"] for plan in sorted(following, key=_newest_year, reverse=True)]
    assert len(newest_first) == 2
    page = render_site(build_site(project))[paths.plan_page(PLATFORM)]
    line = re.search(r'<p class="vlv-followed-up">(.*?)</p>', page).group(1)
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', line) == newest_first


def test_municipalities_without_a_county_come_after_every_named_county(project):
    """The home page groups the municipalities by county, the counties in alphabetical order
    and the municipalities whose county the registry does not give last, under their own heading."""
    registry = project / "registry" / "municipalities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "name: Dalby\n", "name: Dalby\n    county: Dalarnas län\n"), encoding="utf-8")
    municipalities = yaml.safe_load(registry.read_text(encoding="utf-8"))["municipalities"]
    named = sorted({m["county"] for m in municipalities if m.get("county")})
    expected = named + ([render.NO_COUNTY] if any(not m.get("county") for m in municipalities) else [])
    assert len(expected) == 2
    page = render_site(build_site(project))[paths.HOME]
    headings = re.findall(r"^#{2,3} (.+?) \{#", page, re.MULTILINE)
    assert [heading for heading in headings if heading in expected] == expected
