"""The built site, as a voter's browser sees it: every item present, every link working."""

from __future__ import annotations

import functools
import json
import re
import shutil
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

import real_pages
from conftest import FIXTURE, REPO, make_site_project, mkdocs_build, once_per_run
from generator import model, paths
from generator.site import build_site
from htmlcheck import EXTERNAL, Page, resolve

sys.path.insert(0, str(REPO / "bench"))
from parity import REPORT_LINK  # noqa: E402  (bench/parity.py compares the link across engines)

INJECTED = """# yaml-language-server: $schema=../docs/schema/plan.schema.json
id: bergby-t-injektion
actor: bergby-t
municipality: bergby
body: "<script>alert('rubrik')</script>"
year: 2024
kind: party-plan
status: proposal
title: "Plan <script>alert('titel')</script> [klick](javascript:alert(1))"
source:
  title: "<img src=x onerror=alert(1)>"
  archive: sources/bergby-t-injektion.txt
  retrieved: 2026-11-22
summary: "**fet** <iframe src='https://evil.example'></iframe> {#kapa}"
sections:
  - heading: "## <b>Rubrik</b> {#kapad} [a](https://evil.example)"
    items:
      - id: skript
        kind: goal
        text: "<script>alert('punkt')</script>"
        detail: "[klick](javascript:alert(1)) ![bild](https://evil.example/x.png) <https://evil.example>"
        topics: [hemloshet]
        quote: "<script>alert('citat')</script>"
        locator: "1. | tabell | `kod`"
"""


NO_ACTORS = "ekby"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The fixture project built by the real `mkdocs build --strict`, plus an injection attempt."""

    def build(folder: Path) -> None:
        data = folder / "data"
        shutil.copytree(FIXTURE, data)
        (data / "plans" / "bergby-t-injektion.yaml").write_text(INJECTED, encoding="utf-8")
        # The source gives its title, the section's heading and its year too, as validate asks.
        (data / "sources" / "bergby-t-injektion.txt").write_text(
            "<img src=x onerror=alert(1)>\n## <b>Rubrik</b> {#kapad} [a](https://evil.example)\n"
            "<script>alert('citat')</script>\nÅr 2024\n", encoding="utf-8")
        with (data / "registry" / "municipalities.yaml").open("a", encoding="utf-8") as registry:
            registry.write(f"  - id: {NO_ACTORS}\n    name: Ekby\n")  # in the registry, no actor yet
        project = make_site_project(folder / "project", data)
        result = mkdocs_build(project, project / "site")
        assert result.returncode == 0, result.stderr

    return once_per_run(tmp_path_factory, "injection-site", build) / "project" / "site"


@functools.lru_cache(maxsize=None)
def parsed(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))


def html(site: Path, page: str) -> Page:
    return Page((site / paths.page_url(page) / "index.html").read_text(encoding="utf-8"))


def test_every_page_kind_exists(built):
    for page in (paths.HOME, paths.TOPICS, paths.ACTORS, paths.PLANS, paths.MATRIX, paths.COVERAGE,
                 paths.topic_page("hemloshet"), paths.actor_page("bergby-a"),
                 paths.plan_page("bergby-a-plan-2024"), paths.source_page("bergby-a-plan-2024"), paths.ABOUT,
                 paths.municipality_page("bergby"), paths.compare_page("bergby", "hemloshet"),
                 paths.municipality_plans_page("bergby"), paths.municipality_matrix_page("bergby"),
                 paths.municipality_coverage_page("bergby")):
        assert (built / paths.page_url(page) / "index.html").is_file(), page


@functools.lru_cache(maxsize=None)
def link_targets(site: Path, html_file: Path) -> frozenset:
    """The file and fragment of every internal link of a page (`resolve`), read once per page:
    each comparison page is linked from every item of its topic, and resolving its few hundred
    links (a file system look-up each) for each item took over a second on the real plans."""
    return frozenset(resolve(site, html_file, href) for href in parsed(html_file).links)


def _check_items_and_backlinks(site: Path, model_site) -> int:
    checked = 0
    for plan in model_site.plans:
        plan_file = site / paths.page_url(paths.plan_page(plan.id)) / "index.html"
        plan_html = parsed(plan_file)
        for item in plan.items:
            assert plan_html.ids.get(item.id) == "article", f"{plan.id}#{item.id} missing"
            assert " ".join(item.data.text.split()) in plan_html.text_of(item.id)
            for topic in item.topics:
                compare_file = site / paths.page_url(paths.compare_page(plan.municipality.id, topic.id)) / "index.html"
                assert (plan_file, item.id) in link_targets(site, compare_file), \
                    f"{topic.id} does not link to {plan.id}#{item.id}"
                checked += 1
    return checked


def test_every_item_is_on_its_plan_page_and_linked_from_its_topics(built):
    model_site = build_site(built.parent)
    expected = sum(len(item.topics) for plan in model_site.plans for item in plan.items)
    assert expected > 0
    assert _check_items_and_backlinks(built, model_site) == expected


def test_real_plans_lose_nothing(repo_site):
    site, model_site = repo_site
    expected = sum(len(item.topics) for plan in model_site.plans for item in plan.items)
    assert _check_items_and_backlinks(site, model_site) == expected


class _Repeated(HTMLParser):
    """The markup of a document page that repeats once per item or per bar: the classes inside
    its item cards and charts, and how often an element inside one left out of the search
    index is marked again (`data-search-exclude`)."""

    VOID = {"br", "img", "input", "hr", "meta", "link", "wbr", "source", "col", "area"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.classes: set[str] = set()
        self.excluded_again = 0
        self._stack: list[tuple[bool, bool]] = []  # per open element: (in a card or chart, left out)
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        in_card, left_out = self._stack[-1] if self._stack else (False, False)
        in_card = in_card or (tag == "article" and "vlv-item" in classes) or (tag == "figure" and "vlv-chart" in classes)
        if in_card:
            self.classes.update(classes)
        if "data-search-exclude" in attributes:
            self.excluded_again += left_out
            left_out = True
        if tag not in self.VOID:
            self._stack.append((in_card, left_out))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self._stack:
            self._stack.pop()


def _styles_and_scripts() -> str:
    """Everything that may read a class: the site's style sheet, its scripts and the theme's overrides."""
    docs = REPO / "docs"
    return "\n".join(path.read_text(encoding="utf-8") for pattern in ("stylesheets/*.css", "**/*.js", "overrides/**/*.html")
                     for path in sorted(docs.glob(pattern)))


def test_item_cards_and_charts_carry_no_class_that_nothing_reads(repo_site):
    """A class on an item card or a chart is repeated on every card or bar of a page (139 cards
    and 64 bars on the administration's plan, 282 KB): each must be one a style or script reads.
    `vlv-content` is read by a browser's reader view (macros.item_card); a follow-up's badge names
    its state (`vlv-badge-done` …), as it does in the comparisons, where tests find it by it."""
    site, model_site = repo_site
    read = _styles_and_scripts()
    unread = {}
    for plan in model_site.plans:
        html = (site / real_pages.plan_url(plan) / "index.html").read_text(encoding="utf-8")
        for name in _Repeated(html).classes - {"vlv-content"} - {f"vlv-badge-{state}" for state in model.PROMISE_STATES}:
            if not re.search(re.escape(name) + r"(?![\w-])", read):
                unread.setdefault(name, plan.id)
    assert not unread, unread


def test_nothing_inside_what_search_leaves_out_is_marked_again(repo_site):
    """`data-search-exclude` leaves out an element with all it holds: marked again inside it (each
    cell of a risk matrix), it only adds bytes to the page."""
    site, model_site = repo_site
    again = {plan.id: _Repeated((site / real_pages.plan_url(plan) / "index.html").read_text(encoding="utf-8")).excluded_again
             for plan in model_site.plans}
    assert any(plan.risks for plan in model_site.plans) and not any(again.values()), again


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_sitemap_lists_every_page_and_dates_none(request, engine):
    """MkDocs dated every page of the sitemap by the build's day, and the site is built every
    night: each night the sitemap said every page had changed, which a search engine learns
    to disbelieve. Without a day of its last change a page is still listed, as Zensical lists it."""
    site = request.getfixturevalue("repo_site")[0] if engine == "mkdocs" else request.getfixturevalue("zensical_site")
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    pages = {path.parent.relative_to(site).as_posix() for path in site.rglob("index.html")}
    assert {address.split("/vem-lovar-vad/", 1)[1].rstrip("/") or "." for address in listed} == pages
    assert "<lastmod>" not in sitemap, sitemap[:300]


@pytest.mark.parametrize("which", ["fixture", "repo", "zensical"])
def test_every_internal_link_and_anchor_resolves(request, which):
    # Resolved under the site's path (/vem-lovar-vad/), as GitHub Pages serves it: a link
    # that climbs out of it finds no file.
    site = {"fixture": lambda: request.getfixturevalue("built"), "repo": lambda: request.getfixturevalue("repo_site")[0],
            "zensical": lambda: request.getfixturevalue("zensical_site")}[which]()
    broken = []
    for html_file in sorted(site.rglob("*.html")):
        page = parsed(html_file)
        for href in page.links:
            target = resolve(site, html_file, href)
            if target is None:
                continue
            path, fragment = target
            if not path.is_file():
                broken.append(f"{html_file.relative_to(site)} → {href}")
            elif fragment and fragment not in parsed(path).ids:
                broken.append(f"{html_file.relative_to(site)} → {href} (no anchor)")
    assert broken == []


def test_a_municipality_no_actor_has_joined_says_so_and_has_no_empty_comparisons(built):
    """A municipality in the registry without actors got 26 comparison pages that showed
    nothing under "En kolumn per aktör", ranked high in search; at 290 municipalities that
    would be thousands. It gets its page, saying that nobody there is on the site yet."""
    page = unescape((built / NO_ACTORS / "index.html").read_text(encoding="utf-8"))
    assert "Ingen aktör i Ekby finns ännu på webbplatsen, så här finns inget att jämföra." in page
    assert 'id="amnen"' not in page and "Välj ett ämne" not in page
    assert sorted(p.name for p in (built / NO_ACTORS).iterdir() if p.is_dir()) == ["dokument", "jamforelse", "tackning"]
    matrix = unescape((built / NO_ACTORS / "jamforelse" / "index.html").read_text(encoding="utf-8"))
    assert "Ingen aktör i Ekby finns ännu" in matrix and "<table" not in matrix
    for topic_page in (built / "amnen").glob("*/index.html"):
        assert f"/{NO_ACTORS}/" not in topic_page.read_text(encoding="utf-8"), topic_page


def test_no_page_loads_anything_from_another_host(built):
    loads = []
    for html_file in sorted(built.rglob("*.html")):
        page = Page(html_file.read_text(encoding="utf-8"))
        loads += [f"{html_file.relative_to(built)}: {url}" for url in page.loads if EXTERNAL.match(url)]
    for css in sorted(built.rglob("*.css")):
        text = css.read_text(encoding="utf-8")
        loads += [f"{css.relative_to(built)}: {m}" for m in re.findall(r"(?:url\(|@import)\s*['\"]?((?:https?:)?//[^'\")]+)", text)]
    assert loads == []


DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')


def test_every_page_but_home_describes_itself_to_search_engines(built):
    """A search engine shows a page's description under its title. An actor's page, a source
    text, a municipality's documents and every list fell back to the site's own sentence, so a
    voter searching for a party saw the same words under every hit. Each page now says what it
    holds; only the home page (and the 404 page, which no search engine keeps) has the site's."""
    site_description = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["site_description"]
    described: dict[str, list[str]] = {}
    for html_file in sorted(built.rglob("*.html")):
        page = html_file.relative_to(built).as_posix()
        if page in ("index.html", "404.html"):
            continue
        found = DESCRIPTION.findall(html_file.read_text(encoding="utf-8"))
        described.setdefault(unescape(found[0]) if found else "", []).append(page)
    assert "" not in described, described.get("")
    assert site_description not in described, described.get(site_description)
    assert [pages for pages in described.values() if len(pages) > 1] == []


def test_injected_markup_stays_visible_text(built):
    page_file = built / "dokument" / "bergby-t-injektion" / "index.html"
    text = page_file.read_text(encoding="utf-8")
    page = Page(text)
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", text, re.S)
    assert scripts and not any("alert" in script for script in scripts), "plan text became a script"
    assert "<iframe" not in text and "<img src=x" not in text and "<b>Rubrik" not in text
    assert "javascript:" not in " ".join(page.links)
    assert not any("evil.example" in href for href in page.links)
    assert "kapad" not in page.ids and "kapa" not in page.ids
    assert "<script>alert('punkt')</script>" in page.text_of("skript")
    assert "[klick](javascript:alert(1))" in page.text_of("skript")
    topic_text = (built / "bergby" / "hemloshet" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert('punkt')" not in topic_text
    topic = Page(topic_text)
    assert any(text == "<script>alert('punkt')</script>" for text in topic.anchor_texts)


def test_comparison_page_lists_silent_actors(built):
    page = html(built, paths.compare_page("bergby", "familjecentral"))
    section = page.text_of("aktor-bergby-socialnamnden")
    assert page.ids.get("aktor-bergby-socialnamnden")
    text = (built / "bergby" / "familjecentral" / "index.html").read_text(encoding="utf-8")
    # The administration's plan says nothing about family centres: it is listed as such.
    admin_block = text.split('id="aktor-bergby-socialnamnden"')[1].split('id="aktor-')[0]
    assert "Socialnämndens verksamhetsplan 2024" in admin_block
    assert "Inget om detta i underlaget." in admin_block
    assert section.startswith("Socialnämnden i Bergby")  # the heading names the silent actor


def test_actors_are_in_swedish_alphabetical_order_on_comparison_pages(built):
    text = (built / "bergby" / "hemloshet" / "index.html").read_text(encoding="utf-8")
    order = re.findall(r'<section class="vlv-column[^"]*" id="aktor-([a-z0-9-]+)"', text)
    assert order == ["bergby-a", "bergby-socialnamnden", "bergby-t", "bergby-o"]


def test_plan_page_shows_year_kind_status_and_source(built):
    page = html(built, paths.plan_page("dalby-m-uppfoljning"))
    text = (built / "dokument" / "dalby-m-uppfoljning" / "index.html").read_text(encoding="utf-8")
    assert "2020–2021" in text and "Uppföljning av vallöften" in text
    assert "Tillskrivning&nbsp;– uppgift från andra källor, inte ur dokumentet:" in text
    assert "Genomfört" in page.text_of("barnkoloni-platser")
    assert "Delvis genomfört" in page.text_of("familjecentral-varje-stadsdel")


def test_edit_button_points_at_the_yaml_file(built):
    text = (built / "dokument" / "bergby-a-plan-2024" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="https://github\.com/[^"]+/edit/main/plans/bergby-a-plan-2024\.yaml"', text)
    topic = (built / "amnen" / "hemloshet" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="https://github\.com/[^"]+/edit/main/registry/topics\.yaml"', topic)
    # A page whose text is its template's: the template, not the topic registry (as it was).
    for page, template in ((paths.ABOUT, "om.md.j2"), (paths.OPEN_DATA, "opendata.md.j2"),
                           (paths.OPEN_DATA_FIELDS, "opendata_fields.md.j2")):
        text = (built / paths.page_url(page) / "index.html").read_text(encoding="utf-8")
        assert re.search(rf'href="https://github\.com/[^"]+/edit/main/generator/templates/{re.escape(template)}"', text)
        assert (REPO / "generator" / "templates" / template).is_file()


def test_a_list_of_documents_links_the_plans_folder_not_an_edit_of_it(built):
    """The list of documents is made from the whole plans/ folder. GitHub edits files, not
    folders, so its button leads to the folder's view, where a party finds its file or adds one."""
    for page in (paths.PLANS, paths.CHANGELOG):
        text = (built / (page.removesuffix(".md") + ".html")).read_text(encoding="utf-8")
        links = re.findall(r'<a href="([^"]+)" title="Redigera sidan"', text)
        assert len(links) == 1 and re.fullmatch(r"https://github\.com/[^/]+/[^/]+/tree/main/plans", links[0]), (page, links)


def test_every_page_links_the_error_report_form_with_its_address_and_title(built):
    """A reader who finds an error reports it from the page it is on: GitHub's issue form opens
    with the page's public address and its title filled in, the title as written even when it
    holds markup (the injection plan's title)."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    report_url, public = config["extra"]["report_url"], config["extra"]["public_url"]
    forms = REPO / ".github" / "ISSUE_TEMPLATE"
    checked = []
    for html_file in sorted(built.rglob("*.html")):
        page = html_file.relative_to(built).as_posix()
        if page == "404.html":
            continue  # the page that says there is no page
        text = html_file.read_text(encoding="utf-8")
        # Said of the documents, as most pages show several (the voter audit: "med dokumentet"
        # on the list of actors, which shows none).
        assert '<p class="vlv-report">Stämmer något inte med dokumenten, eller saknas något?' in text, page
        (link,) = REPORT_LINK.findall(text)
        url = urlsplit(unescape(link))
        assert f"{url.scheme}://{url.netloc}{url.path}" == report_url
        query = {key: values for key, values in parse_qs(url.query, strict_parsing=True).items()}
        form = yaml.safe_load((forms / query["template"][0]).read_text(encoding="utf-8"))
        asked = {element["id"] for element in form["body"] if element["type"] != "markdown"}
        assert set(query) - {"template", "title"} <= asked, page
        assert query["sida"] == [public + page.removesuffix("index.html")]
        if page != "index.html":  # the home page's <title> is the site's name alone
            title = unescape(re.search(r"<title>(.*?) - Vem lovar vad\?</title>", text).group(1))
            assert query["title"] == [form["title"] + title], page
        checked.append(page)
    assert "dokument/bergby-t-injektion/index.html" in checked and len(checked) > 40


def test_topic_pages_carry_their_keywords_for_search(built):
    """As the page's search tags, which mkdocs.yml weighs near a title word."""
    raw = (built / "search" / "search_index.json").read_text(encoding="utf-8")
    index = json.loads(raw)
    keywords = yaml.safe_load((FIXTURE / "registry" / "topics.yaml").read_text(encoding="utf-8"))
    sommarkollo = next(topic for topic in keywords["topics"] if topic["id"] == "sommarkollo")["keywords"]
    (entry,) = [doc for doc in index["docs"] if doc["location"] == "amnen/sommarkollo/"]
    assert sommarkollo and entry.get("tags") == sommarkollo, entry
    assert index["config"]["fields"]["tags"]["boost"] > 1
    assert '"lang":["sv"]' in raw.replace(" ", "")


# A count of one with a plural noun ("1 av 1 aktörer", "1 bakgrund"), in the page's visible text.
WRONG_NUMBER = re.compile(r"(?<![\d,.])1[ \u00a0](aktörer|åtaganden|bakgrundspunkter|punkter|dokument och|tabeller|stycken|"
                          r"listpunkter|ämnen|kommuner|bakgrund\b)")


@pytest.mark.parametrize("which", ["fixture", "repo"])
def test_counts_of_one_take_the_singular(built, repo_site, which):
    """Falun had one actor: its pages said "1 av 1 aktörer" and "1 bakgrund"."""
    site, linked = (built, build_site(built.parent)) if which == "fixture" else repo_site
    wrong = {}
    for path in sorted(site.rglob("*.html")):
        # as read: references resolved, soft hyphens (where a word may break) not seen
        text = unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).replace("\xad", "")
        found = sorted({m.group() for m in WRONG_NUMBER.finditer(text)})
        if found:
            wrong[str(path.relative_to(site))] = found
    assert wrong == {}
    # A municipality with one actor (the fixture's Dalby; in the real plans whichever the
    # registry has, none once a second party joins): the counts are there, in the singular.
    alone = [municipality for municipality in linked.municipalities if len(municipality.actors) == 1]
    assert alone or which == "repo"
    for municipality in alone:
        text = (site / municipality.id / "index.html").read_text(encoding="utf-8")
        assert "1\u00a0av\u00a01\u00a0aktör<" in text, municipality.id
        (actor,) = municipality.actors
        if actor.data.kind == "party":  # its pages promise no administration
            assert f"se vad partiet i {municipality.name} som finns på webbplatsen åtar sig" in text and "förvaltningen" not in text
        comparisons = [site / paths.page_url(paths.compare_page(municipality.id, row.topic.id)) / "index.html"
                       for row in municipality.topic_rows]
        assert comparisons and not [page for page in comparisons if "data-vlv-chooser" in page.read_text(encoding="utf-8")]


def test_source_lines_link_their_items_by_kind_and_text_not_by_id(repo_site):
    """A screen reader reads each link out: "Mål: Ingen ska …", not an id like "ingen-ska-vara-hemlos".
    (The archived text with the most quoted lines.)"""
    site, model_site = repo_site
    plan = real_pages.most_quoted_source(model_site)
    page = (site / paths.page_url(paths.source_page(plan.id)) / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="vlv-backlink" href="[^"]*#([^"]+)" aria-label="([^"]*)">→ ([^<]*)</a>', page)
    assert len(links) == sum(1 for line in plan.source_lines for _ in line.items) > 1
    items = {item.id: item for item in plan.items}
    for item_id, label, text in links:
        kind, words = model.ITEM_KINDS[items[item_id].data.kind], items[item_id].data.text.split()
        assert text == kind and label.startswith(f"{kind}: {' '.join(words[:3])}"), (item_id, label, text)


FOOTER = re.compile(r'<p class="vlv-footer">(.*?)</p>', re.S)


def test_every_footer_leads_to_the_method_the_terms_of_reuse_and_the_party_guide(repo_site):
    """The footer of every page, however deep, links the about page, the open data's terms of
    reuse and the guide for party offices, and has no English line of the theme's."""
    site, _ = repo_site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    expected = [("om/index.html", ""), ("oppna-data/index.html", "licens"), ("bidra/index.html", "")]
    wrong = {}
    for html_file in pages:
        text = html_file.read_text(encoding="utf-8")
        footer = FOOTER.findall(text)
        targets = [resolve(site, html_file, href) for href in re.findall(r'href="([^"]*)"', "".join(footer))]
        found = [(path.relative_to(site).as_posix(), fragment) if path.is_file() else None for path, fragment in
                 filter(None, targets)]
        if len(footer) != 1 or found != expected or "Made with" in text:
            wrong[html_file.relative_to(site).as_posix()] = found
    assert wrong == {}


def test_a_municipalitys_coverage_names_each_documents_deliberate_exclusions(repo_site):
    """The coverage table's last cell counts the passages a plan file leaves out on purpose, as
    many as its `excluded` holds (counted in the model, shown as every count is shown)."""
    site, model_site = repo_site
    counted = 0
    for plan in model_site.plans:
        excluded = yaml.safe_load((REPO / "plans" / f"{plan.id}.yaml").read_text(encoding="utf-8")).get("excluded") or []
        page = html(site, paths.municipality_coverage_page(plan.municipality.id))
        cell = page.text_of(plan.id).replace("\u00a0", " ")
        assert (f"{len(excluded)} undantag i planfilen" in cell) == bool(excluded), (plan.id, cell)
        counted += len(excluded)
    assert counted
