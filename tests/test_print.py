"""Printed pages (or saved as PDF for a meeting): what reaches the paper, in Chromium's print
layout (the print media emulated) at the width of A4 less the site's margins (180 mm,
680 CSS pixels), with and without scripting, in both colour schemes."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

import real_pages
from generator import paths

PAPER = 680  # A4's 210 mm less extra.css's @page margins of 15 mm each side, in CSS pixels


@contextmanager
def _printed(warm_tabs, server, *page_paths: str, javascript: bool = True, scheme: str = "light"):
    """A shared tab (conftest's `WarmTabs`, in the state a fresh one has) laid out for paper:
    on the page `page_paths` names, or for several, a function that opens each in turn. The
    print media is set by a DevTools session of the block's own, as `text_size` sets the text
    size (on a shared tab, which keeps a session of its own, Playwright's `emulate_media`
    left the screen's media), and put back to the screen's before the tab is handed on."""
    kind = {"locale": "sv-SE", **({} if javascript else {"java_script_enabled": False}),
            **({} if scheme == "light" else {"color_scheme": scheme})}  # a new context's scheme is light
    with warm_tabs.open(PAPER, 900, **kind) as page:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            def open_page(page_path: str):
                page.goto(server + page_path)
                assert page.evaluate("matchMedia('print').matches"), page_path
                return page

            yield open_page(page_paths[0]) if len(page_paths) == 1 else open_page
        finally:
            cdp.send("Emulation.setEmulatedMedia", {"media": ""})
            cdp.detach()


def _url(page: str) -> str:
    return paths.page_url(page)


def _wide_pages(model) -> list[str]:
    """The pages with the widest tables and lines: a municipality's table of documents, the open
    data's tables of fields, the widest budget table's and the risk matrix's documents, the most quoted source text (its
    links back to the items)."""
    municipality = max(model.municipalities, key=lambda municipality: len(municipality.plans))
    documents = dict.fromkeys([real_pages.plan_url(real_pages.widest_budget_table(model).plan),
                               real_pages.plan_url(real_pages.most_risks(model))])
    return [_url(paths.municipality_plans_page(municipality.id)), _url(paths.OPEN_DATA), *documents,
            real_pages.source_url(real_pages.most_quoted_source(model))]


def test_wide_tables_and_lines_fit_the_paper_so_nothing_is_shrunk_or_cut(warm_tabs, server, repo_site):
    """Chromium shrinks a page wider than the paper to fit, and cuts what is wider still: the
    municipality's table of documents was 985 px wide (printed at 69 %), and with the links'
    addresses written out the biggest document was 1,217 px (printed at 5.9 pt, its 73 pages
    squeezed onto 42)."""
    _, model = repo_site
    pages = _wide_pages(model)
    with _printed(warm_tabs, server, *pages) as open_page:
        for page_path in pages:
            page = open_page(page_path)
            assert page.evaluate("document.documentElement.scrollWidth") <= PAPER, page_path
            # A risk's score in its cell's corner stays on one line, read off the legend in black and white.
            assert page.evaluate("""() => [...document.querySelectorAll('.vlv-risk-score')].filter(score => {
                const text = document.createRange(); text.selectNodeContents(score);
                return text.getClientRects().length !== 1; }).map(score => score.textContent)""") == [], page_path


def _compare_with_background(model):
    """A comparison where an actor has folded background, and that actor's column."""
    for municipality in model.municipalities:
        for row in municipality.topic_rows:
            for cell in row.cells:
                if any(mentions.background for mentions in cell.addressing):
                    return row, cell.actor
    raise AssertionError("no real comparison folds background")


def test_folded_background_is_printed_also_without_scripting(warm_tabs, server, repo_site):
    """With scripting the theme opens every fold as the page prints; without it a comparison's
    "Läget, visioner och ställningstaganden" was left off the paper."""
    _, model = repo_site
    row, actor = _compare_with_background(model)
    with _printed(warm_tabs, server, _url(paths.compare_page(row.municipality.id, row.topic.id)), javascript=False) as page:
        items = page.locator(f"#{paths.actor_anchor(actor.id)} .vlv-background li")
        assert items.count() and all(box and box["height"] > 0 for box in
                                     (items.nth(i).bounding_box() for i in range(items.count())))


def test_a_printed_choice_of_actors_says_how_many_are_shown_without_its_boxes(warm_tabs, server, repo_site):
    _, model = repo_site
    municipality = max(model.municipalities, key=lambda municipality: len(municipality.actors))
    row = next(row for row in municipality.topic_rows if any(cell.count for cell in row.cells))
    chosen = [actor.id for actor in municipality.actors][:2]
    page_path = _url(paths.compare_page(municipality.id, row.topic.id)) + "?visa=" + ",".join(chosen)
    with _printed(warm_tabs, server, page_path) as page:
        assert page.locator(".vlv-chooser-status").inner_text() == f"2 av {len(municipality.actors)} aktörer visas"
        assert page.locator(".vlv-chooser-status").is_visible()
        for controls in (".vlv-chooser legend", ".vlv-chooser-boxes", ".vlv-chooser-button"):
            assert not page.locator(controls).first.is_visible(), controls


def test_a_printed_source_link_names_its_document(warm_tabs, server, repo_site):
    """On paper "källa, rad 13" did not say in which document; a screen reader hears "källa,
    rad 13 i Sociala insatser", and so does the paper now say it."""
    _, model = repo_site
    row, actor = _compare_with_background(model)
    with _printed(warm_tabs, server, _url(paths.compare_page(row.municipality.id, row.topic.id))) as page:
        link = page.locator(f"#{paths.actor_anchor(actor.id)} .vlv-column-plan li > a:last-of-type").first
        name = link.locator("span")
        assert name.inner_text().startswith(" i ") and name.bounding_box()["width"] > 10


def test_an_external_links_address_is_printed_without_scripting(warm_tabs, server, repo_site):
    """vlv-a11y.js writes every link's address for print; without it, a link to another site
    (a document's original, the error report) still shows its address on paper."""
    _, model = repo_site
    with _printed(warm_tabs, server, real_pages.plan_url(real_pages.most_items(model)), javascript=False) as page:
        address = page.evaluate("""() => { const a = document.querySelector('.vlv-report a[href^="http"]');
            return [a.getAttribute('href'), getComputedStyle(a, '::after').content]; }""")
        assert address[1] == f'" ({address[0]})"'


def test_the_dark_scheme_prints_in_the_light_schemes_colours(warm_tabs, server, repo_site):
    """A voter reading in the dark scheme printed dark boxes (the risk matrix's levels), pale
    text (a document's earlier term, #ffe9a8) that a printer without backgrounds all but loses
    on white paper, and the quotes' light blue edge and links."""
    _, model = repo_site
    plan = real_pages.most_risks(model)
    with _printed(warm_tabs, server, real_pages.plan_url(plan), scheme="dark") as page:
        colours = page.evaluate("""() => {
            const read = () => [
                getComputedStyle(document.querySelector('.vlv-term')).color,
                getComputedStyle(document.querySelector('.vlv-term')).backgroundColor,
                ...['low', 'medium', 'high', 'very-high'].map(band =>
                    getComputedStyle(document.querySelector('.vlv-risk-swatch.vlv-risk-' + band)).backgroundColor),
                getComputedStyle(document.querySelector('.vlv-quote a')).color,
                getComputedStyle(document.querySelector('blockquote.vlv-quote')).borderLeftColor,
                getComputedStyle(document.querySelector('.vlv-table-wrap')).backgroundImage];
            const dark = [document.body.dataset.mdColorScheme, ...read()];
            document.body.dataset.mdColorScheme = 'default';  // the light scheme, as the header's switch sets it
            return {dark: dark, light: ['slate', ...read()]}; }""")
    assert colours["dark"] == colours["light"]


def test_the_matrix_of_nine_actors_fits_the_paper(warm_tabs, nine_actors):
    """Most Swedish municipalities have eight parties and the administration: the matrix's
    screen width for nine (9rem and 5.5rem per actor, scrolled on a phone) is wider than A4."""
    with _printed(warm_tabs, nine_actors, _url(paths.municipality_matrix_page("bergby"))) as page:
        assert page.locator("table.vlv-matrix thead th[data-actor]").count() == 9
        assert page.evaluate("document.documentElement.scrollWidth") <= PAPER
