"""Reader mode: what a browser's reader view (Firefox's and others' Readability) keeps of a page.

Readability keeps the page's main content and drops what looks like navigation by its markup,
not by what it says: every `<footer>`, and a `<div>` (or list) with few commas whose text is
mostly links. Each line of a comparison and each quote's source is mostly links (the line leads
to its place in the document, the source to the line of the archived text), so in a `<div>` they
were dropped: on Eskilstuna's homelessness the Liberals' only commitment, on its summer camps
every actor's lines, on a document page every quote's "rad … i den arkiverade texten". These
tests read the built pages' markup for the elements Readability drops.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from generator import paths


class _Ancestors(HTMLParser):
    """Each link to a document's item or a source line in the page's main content (its
    `<article class="md-content__inner">`), with the elements it sits in inside that content."""

    VOID = {"br", "img", "input", "hr", "meta", "link", "wbr", "source", "col", "area"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.links: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attributes = dict(attrs)
        self.stack.append(f"{tag}.{attributes.get('class') or ''}")
        href = attributes.get("href") or ""
        if tag == "a" and "#" in href and ("/dokument/" in href or "/kallor/" in href):
            inside = [element for element in self.stack[:-1]]
            content = [i for i, element in enumerate(inside) if element.startswith("article.md-content__inner")]
            if content:
                self.links.append((href, inside[content[0] + 1:]))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            if self.stack.pop().split(".")[0] == tag:
                break


def _links(site, page: str) -> list[tuple[str, list[str]]]:
    parser = _Ancestors()
    parser.feed((site / paths.page_url(page) / "index.html").read_text(encoding="utf-8"))
    return parser.links


def test_every_line_of_every_comparison_sits_in_no_element_a_reader_mode_drops(repo_site):
    """Every actor's lines (the commitment, the background, the source link) and every document
    a column read without finding the topic, on every real comparison, sit in sections, articles
    and lists, never in a `<div>` or `<footer>`: a reader view keeps each actor's lines, in the
    columns' neutral order."""
    site, model = repo_site
    pages = [paths.compare_page(row.municipality.id, row.topic.id)
             for municipality in model.municipalities for row in municipality.topic_rows
             if any(cell.count for cell in row.cells)]
    assert pages
    dropped = [(page, href, inside) for page in pages for href, inside in _links(site, page)
               if any(element.split(".")[0] in ("div", "footer") for element in inside)]
    assert not dropped, dropped[:5]


def test_every_quotes_source_line_on_a_document_page_sits_in_no_footer(repo_site):
    """A quote's "rad 13 i den arkiverade texten" is kept by a reader view: not in a `<footer>`."""
    site, model = repo_site
    checked = 0
    for plan in model.plans:
        for href, inside in _links(site, paths.plan_page(plan.id)):
            if any(element.startswith("blockquote.vlv-quote") for element in inside):
                checked += 1
                assert not any(element.split(".")[0] in ("div", "footer") for element in inside), (plan.id, href, inside)
    assert checked == sum(plan.item_count for plan in model.plans)


# Readability's own patterns (Readability.js, REGEXPS.unlikelyCandidates and okMaybeItsACandidate):
# an element whose class and id match the first and not the second is dropped with all it holds,
# unless it is in a table or code.
_UNLIKELY = re.compile(r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
                       r"|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                       r"|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", re.I)
_MAYBE_CONTENT = re.compile(r"and|article|body|column|content|main|shadow", re.I)


class _Unlikely(HTMLParser):
    """The elements of a page's main content that a reader view takes for widgets by their class
    and id. Not the page's heading, which a reader view shows from the page's title, nor an SVG's
    parts, nor what lies in a table."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []  # (tag, whether it is the page's main content)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _Ancestors.VOID:
            return
        attributes = dict(attrs)
        marks = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        inside = {name for name, _ in self.stack}
        if (any(content for _, content in self.stack) and not inside & {"table", "svg"} and tag not in ("a", "h1", "svg")
                and _UNLIKELY.search(marks) and not _MAYBE_CONTENT.search(marks)):
            self.found.append(f"<{tag} {marks.strip()}>")
        self.stack.append((tag, tag == "article" and "md-content__inner" in marks))

    def handle_endtag(self, tag):
        if tag in _Ancestors.VOID:
            return
        while self.stack:
            if self.stack.pop()[0] == tag:
                break


def test_no_element_of_a_pages_content_is_taken_for_a_widget_by_its_id(repo_site):
    """A reader view dropped 18 items of the real documents ("uppdrag-socialtjanst",
    "sociala-investeringar": their ids hold "social"), the administration's heading on
    Eskilstuna's page (its lines then read as the Liberals'), and the easy-read text on
    "kunskapsbaserad-socialtjanst". On every page, no element of the content is one a reader
    view drops by its class and id."""
    site, _ = repo_site
    found = {}
    for page in sorted(site.rglob("*.html")):
        parser = _Unlikely()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.found:
            found[str(page.relative_to(site))] = parser.found
    assert not found, found


def test_a_choice_of_actors_says_how_many_are_shown_outside_the_fieldset_a_reader_view_drops(repo_site):
    """A reader view drops a fieldset of checkboxes: the line "2 av 4 aktörer visas" went with the
    chooser, and a shared choice (`?visa=…`) read there showed two actors under "En kolumn för
    var och en av de aktörer …" without a word that two were left out."""
    site, model = repo_site
    rows = [row for municipality in model.municipalities for row in municipality.topic_rows if row.actor_total > 1]
    assert rows
    for row in rows:
        html = (site / paths.page_url(paths.compare_page(row.municipality.id, row.topic.id)) / "index.html").read_text(encoding="utf-8")
        assert html.count("<fieldset") == 1 and html.index("</fieldset>") < html.index("data-vlv-status"), row.topic.id
