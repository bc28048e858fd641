"""Zensical, the second engine: `make build-zensical` builds the real plans into the
same pages as MkDocs, with the same titles, anchors and edit links."""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import real_pages
from conftest import FIXTURE, REPO, make_build, make_site_project, recorded_requests, serving
from generator import paths
from generator.history import public_url
from generator.site import build_site

sys.path.insert(0, str(REPO / "bench"))
from parity import EDIT_LINK, differences, page_facts  # noqa: E402  (bench/parity.py: the same comparison at scale)


@pytest.fixture(scope="module")
def mkdocs_site(zensical_project) -> Path:
    """The same project built by MkDocs (`zensical_project` and `zensical_site`: conftest.py)."""
    return zensical_project / "site-mkdocs"


@pytest.fixture(scope="module")
def zensical_model(zensical_project):
    """The linked model of `zensical_project`, built once for the module's tests (read only)."""
    return build_site(zensical_project)


def test_zensical_builds_the_same_pages_titles_anchors_report_and_edit_links_as_mkdocs(mkdocs_site, zensical_site):
    mkdocs = page_facts(mkdocs_site)
    zensical = page_facts(zensical_site)
    assert sorted(zensical) == sorted(mkdocs)
    assert len(mkdocs) > 40
    assert differences(mkdocs, zensical) == {}
    # Every page but the missing-page one ends with its error report link, in both engines.
    assert [page for page, (_, _, report, _) in zensical.items() if len(report) != 1] == ["404.html"]


def test_zensical_edit_links_point_at_the_plan_file(zensical_project, zensical_site):
    plans = sorted(path.stem for path in (zensical_project / "plans").glob("*.yaml"))  # a plan's id is its file's name
    assert plans
    for plan in plans:
        html = (zensical_site / "dokument" / plan / "index.html").read_text(encoding="utf-8")
        assert EDIT_LINK.findall(html) == [f"https://github.com/vem-lovar-vad/vem-lovar-vad/edit/main/plans/{plan}.yaml"]


def test_the_guide_has_the_same_edit_button_in_both_engines(mkdocs_site, zensical_site):
    """The guide and its table of fields are the hand-written pages: Zensical showed the guide no
    edit button, since it gives a hand-written page no source path; the address in each one's
    front matter must be the one MkDocs makes from edit_uri, so a new edit_uri that misses it
    fails here."""
    edit_uri = re.search(r"^edit_uri: (\S+)$", (REPO / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)
    for site in (mkdocs_site, zensical_site):
        for page in (paths.GUIDE, paths.GUIDE_FIELDS):
            html = (site / paths.page_url(page) / "index.html").read_text(encoding="utf-8")
            assert EDIT_LINK.findall(html) == [edit_uri + page], (site.name, page)


# What a voter sees of the theme: the header and tabs in the site's colour, headings and text
# as Material sets them. Zensical's default variant ("modern") has a white header and other type.
LOOK = """() => {
    const style = (selector, names) => {
        const computed = getComputedStyle(document.querySelector(selector));
        return names.map(name => `${selector} ${name}: ${computed[name]}`);
    };
    return [...style(".md-header", ["backgroundColor", "color"]), ...style(".md-tabs", ["backgroundColor"]),
            ...style(".md-content h1", ["fontWeight", "fontSize", "color"]),
            ...style(".md-content h2", ["fontWeight", "fontSize"]),
            ...style(".md-content__inner", ["fontSize", "lineHeight"])];
}"""


def test_zensical_build_looks_like_the_mkdocs_build(warm_tabs, mkdocs_site, zensical_site):
    looks = {}
    for engine, site in (("mkdocs", mkdocs_site), ("zensical", zensical_site)):
        with serving(site, public_url(REPO)) as base, warm_tabs.open(1280, 800, locale="sv-SE") as page:
            page.goto(base + "amnen/hemloshet/")
            looks[engine] = page.evaluate(LOOK)
    assert looks["zensical"] == looks["mkdocs"]


def test_zensicals_header_holds_no_closed_dialog_and_no_empty_block(warm_tabs, zensical_site):
    """Zensical wraps its header's search button in a block marked as a dialog, which screen
    readers announced, named, on every page while the search was closed (its real dialog is a
    <dialog> of its own); and it keeps an empty block of 234 px for a repository's name, which
    pushed the button to the middle of the header."""
    with serving(zensical_site, public_url(REPO)) as base, warm_tabs.open(1280, 800, locale="sv-SE") as page:
        page.goto(base + "om/")
        header = page.locator("header.md-header")
        assert "dialog" not in header.aria_snapshot()
        assert header.get_by_role("button", name="Sök").count() == 1
        assert page.evaluate("""() => [...document.querySelectorAll('.md-header__source')]
            .filter(block => block.getClientRects().length && !block.children.length).length""") == 0


def test_zensical_search_button_never_says_open_while_the_search_is_closed(warm_tabs, zensical_site):
    # On a phone the header's search button opens Zensical's own search dialog.
    with serving(zensical_site, public_url(REPO)) as base, \
            warm_tabs.open(375, 740, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        page.goto(base + "amnen/")
        button = page.get_by_role("button", name="Sök", exact=True)
        dialog = page.locator("dialog[open]")  # in Zensical's shadow root
        assert button.get_attribute("aria-haspopup") == "dialog"
        states = []
        for _ in range(2):
            button.click()
            dialog.wait_for()
            states.append(("open", button.get_attribute("aria-expanded")))
            page.keyboard.press("Escape")
            dialog.wait_for(state="detached")
            states.append(("closed", button.get_attribute("aria-expanded")))
    contradicting = {"open": "false", "closed": "true"}
    assert [state for state in states if state[1] == contradicting[state[0]]] == []


# One page of each kind a voter opens. Zensical's theme would fetch mermaid, GLightbox, Pyodide
# and Ace from unpkg.com for a page that asks for them, and a ResizeObserver polyfill in a browser
# without ResizeObserver, where the site's own (vlv-resize-observer.js) stands in.
# The document page and archived text are the real plans' richest: chosen in the test (`real_pages`).
PAGE_KINDS = ("amnen/hemloshet/", "eskilstuna/hemloshet/", "bidra/", "finns-inte/")


@pytest.mark.parametrize("resize_observer", ["native", "missing"])
def test_zensical_site_makes_no_request_to_another_host(browser, zensical_model, zensical_site, resize_observer):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    if resize_observer == "missing":
        context.add_init_script("delete window.ResizeObserver;")
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    try:
        with serving(zensical_site) as base:
            page = context.new_page()
            for path in (*PAGE_KINDS, real_pages.plan_url(real_pages.most_tables(zensical_model)),
                         real_pages.source_url(real_pages.longest_source(zensical_model))):
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
            page.goto(base)  # the 404 page links the published address; search from the start page
            page.locator("button.md-search__button").click()
            page.keyboard.type("kollo")
            page.locator("a[href*='?h=kollo']:visible").first.wait_for(timeout=30000)
            page.wait_for_load_state("networkidle")
    finally:
        context.close()
    hosts = {urlsplit(url).netloc for url in requests if urlsplit(url).scheme in ("http", "https")}
    assert hosts == {urlsplit(base).netloc}


# Both themes act on single keys pressed outside a text field: /, s and f opened the search,
# n, p, "." and "," went to the next or previous page of the menu. A voter who speaks to the
# computer, or brushes a key, was moved with no way to turn the keys off (WCAG 2.1.4).
SINGLE_KEYS = ["/", "s", "f", "n", "p", ".", ","]
SEARCH_OPEN = """() => !!document.querySelector("dialog[open]")
    || !!document.getElementById("__search")?.checked
    || !!document.activeElement?.matches(".md-search__input")"""


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_single_keys_neither_move_the_voter_nor_open_the_search_but_are_text_in_it(warm_tabs, engine, mkdocs_site,
                                                                                  zensical_site):
    site = {"mkdocs": mkdocs_site, "zensical": zensical_site}[engine]
    with serving(site, public_url(REPO)) as base, warm_tabs.open(1280, 800, locale="sv-SE") as page:
        moved = {}
        # Each key is pressed on om/ with the focus on its heading; the page is loaded again only
        # after a key that moved the voter or opened the search (a key that did neither left the
        # page as it was: 12 of the 14 loads of both engines spared, about 0.3 core-s each).
        page.goto(base + "om/")
        for key in SINGLE_KEYS:
            assert page.locator("link[rel=next]").count() == page.locator("link[rel=prev]").count() == 1
            page.locator("h1").click()
            with recorded_requests(page) as asked:
                page.keyboard.press(key)
                page.wait_for_timeout(500)  # a page the key asked for would be asked by now
            if page.url != base + "om/" or page.evaluate(SEARCH_OPEN) or any(url.endswith("/") for url in asked):
                moved[key] = page.url
                page.goto(base + "om/")
        assert moved == {}
        # The search is reached by Tab from the top, as every control is, and takes the keys as text.
        page.goto(base + "om/")
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('.md-search__input, .md-search__button')"):
                break
        if page.evaluate("document.activeElement.matches('.md-search__button')"):
            page.keyboard.press("Enter")  # Zensical's search is a button that opens its dialog
        field = page.locator(".md-search__input:focus, dialog[open] input")
        field.wait_for(timeout=5000)
        page.keyboard.type("".join(SINGLE_KEYS))
        assert field.input_value() == "".join(SINGLE_KEYS)


# How a voter opens Zensical's search: its button in a wide header, clicked or from the
# keyboard, or the phone header's button.
ZENSICAL_SEARCH = {"click": (1280, ".md-search__button", "click"), "key": (1280, ".md-search__button", "Enter"),
                   "phone": (375, "[data-vlv-toggle=__search]", "click")}


@pytest.mark.parametrize("how", sorted(ZENSICAL_SEARCH))
def test_zensical_fetches_its_search_index_when_the_voter_opens_the_search(warm_tabs, zensical_site, how):
    """Zensical fetched the whole search index (search.json) after every page load, searched or
    not, as Material did; it is held back until the search is about to open, and a click on its
    button before the index has come, which used to open nothing, opens the search once it has,
    with the letters typed meanwhile in its field."""
    width, button, action = ZENSICAL_SEARCH[how]
    with serving(zensical_site, public_url(REPO)) as base, warm_tabs.open(width, 800, locale="sv-SE") as page, \
            recorded_requests(page) as asked:
        for path in ("", "eskilstuna/", "amnen/"):
            page.goto(base + path, wait_until="networkidle")
        assert [url for url in asked if url.endswith("/search.json")] == []
        held = []
        page.route("**/search.json", lambda route: held.append(route))  # the index comes late, as on a slow connection
        if action == "click":
            page.locator(button).click()
        else:
            page.locator(button).focus()
            page.keyboard.press(action)
        page.keyboard.type("kollo")  # at once, as a voter does, before the index has come
        while not held:
            page.wait_for_timeout(20)
        assert page.locator("dialog[open]").count() == 0
        held[0].continue_()
        page.locator("dialog[open] a[href*='kollo']").first.wait_for(timeout=10000)
        assert page.locator("dialog[open] input").input_value() == "kollo"
        assert [url for url in asked if url.endswith("/search.json")] == [base + "search.json"]


# What the focused element is, through shadow roots, and what it is named.
FOCUSED = """() => { let at = document.activeElement;
    while (at && at.shadowRoot && at.shadowRoot.activeElement) at = at.shadowRoot.activeElement;
    return at && {tag: at.tagName, name: at.getAttribute('aria-label'), hidden: at.closest('[aria-hidden=true]') !== null,
                  inDialog: at.closest('dialog[open]') !== null, start: at.selectionStart, end: at.selectionEnd}; }"""


# The focus ring an element wears (its outline), or None.
RING = """element => { const style = getComputedStyle(element);
    return style.outlineStyle === 'none' ? null : {style: style.outlineStyle, width: parseFloat(style.outlineWidth),
                                                  color: style.outlineColor}; }"""


# What a voter could see of the site's field that takes the typing while the dialog is drawn,
# and its own style attribute: none, extra.css's rule styles it ([data-vlv-search-typed]).
TYPED_FIELD_LOOK = """field => { const style = getComputedStyle(field), box = field.getBoundingClientRect();
    return {inline: field.getAttribute('style'), position: style.position, box: [box.x, box.y, box.width, box.height],
            opacity: style.opacity, font: style.fontSize, caret: style.caretColor, pointer: style.pointerEvents}; }"""


def _held_search_opened_on_a_phone(page, base: str) -> list:
    """A phone's search opened by a tap while its index is held back (the routes held: the test
    lets them go); the tap focuses a field at once, as a phone opens its keyboard only so."""
    page.goto(base + "amnen/", wait_until="networkidle")
    held = []
    page.route("**/search.json", lambda route: held.append(route))
    page.locator("[data-vlv-toggle=__search]").tap()
    return held


def _let_the_index_come(page, held: list) -> None:
    while not held:
        page.wait_for_timeout(20)
    assert page.locator("dialog[open]").count() == 0
    held[0].continue_()
    page.locator("dialog[open] input").wait_for(timeout=10000)


def test_zensicals_search_gets_the_word_typed_while_it_opens_with_its_a_and_o(warm_tabs, zensical_site):
    """While Zensical's dialog was being drawn, the script kept the keys pressed whose name is one
    character and wrote them into its field: a letter that came as text alone was lost. A phone's
    keyboard sends most letters so (Android names the key "Unidentified"; an accent is composed),
    and so does Playwright "ö": "hemlöshet" was searched as "hemlshet" in about half of the runs.
    The tap focuses a field of the site's own, named in Swedish, which takes the text however it
    comes and hands it, and its caret, to the dialog's field, where the focus ends. The field is
    unseen at the screen's top, takes no pointer, and its text is 16 px, so that a phone does not
    zoom in on it; the site's style sheet, which styles the rest of the site, styles it, not the
    script in a style attribute of its own."""
    with serving(zensical_site, public_url(REPO)) as base, \
            warm_tabs.open(375, 800, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        held = _held_search_opened_on_a_phone(page, base)
        waiting = page.evaluate(FOCUSED)
        look = page.locator("[data-vlv-search-typed]").evaluate(TYPED_FIELD_LOOK)
        ring = page.locator("[data-vlv-toggle=__search]").evaluate(RING)
        page.keyboard.type("hemlöshet")  # "ö" is text inserted, with no key pressed for it
        _let_the_index_come(page, held)
        assert page.locator("[data-vlv-toggle=__search]").evaluate(RING) is None  # the dialog's field has it now
        field = page.locator("dialog[open] input")
        assert field.input_value() == "hemlöshet"
        page.locator("dialog[open] [role=option]").first.wait_for(timeout=10000)
        searched = page.locator("dialog[open] [role=option]").evaluate_all(
            "options => options.map(option => new URL(option.href).searchParams.get('h'))")
        assert searched and set(searched) == {"hemlöshet"}
        assert page.evaluate(FOCUSED) == {"tag": "INPUT", "name": "Sök", "hidden": False, "inDialog": True,
                                          "start": 9, "end": 9}
        assert page.locator("[data-vlv-search-typed]").count() == 0  # the site's own field is gone
    assert waiting == {"tag": "INPUT", "name": "Sök – sökningen förbereds", "hidden": False, "inDialog": False,
                       "start": 0, "end": 0}
    assert look == {"inline": None, "position": "fixed", "box": [0, 0, 1, 1], "opacity": "0", "font": "16px",
                    "caret": "rgba(0, 0, 0, 0)", "pointer": "none"}, look
    # The field is unseen, so the button wears the focus ring meanwhile (WCAG 2.4.7), white as
    # in the header, where the button is.
    assert ring["style"] == "solid" and ring["width"] >= 2 and ring["color"] == "rgb(255, 255, 255)", ring


def test_zensicals_search_gets_the_word_typed_after_a_second_tap_while_it_opens(warm_tabs, zensical_site):
    """A voter who sees nothing happen at the first tap taps again: the button took the focus
    from the field that takes the text, and the word typed then was lost, or all but the letters
    that came as text ("öshet" of "hemlöshet"). The second tap gives the focus back to the field."""
    with serving(zensical_site, public_url(REPO)) as base, \
            warm_tabs.open(375, 800, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        held = _held_search_opened_on_a_phone(page, base)
        page.locator("[data-vlv-toggle=__search]").tap()
        page.keyboard.type("hemlöshet")
        _let_the_index_come(page, held)
        assert page.locator("dialog[open] input").input_value() == "hemlöshet"


def test_zensicals_search_keeps_the_caret_where_the_voter_left_it_while_it_opened(warm_tabs, zensical_site):
    """A letter mended while the dialog was drawn ("hemlshet" → "hemlöshet") is where it was put,
    and the caret after it, so the next letter typed goes there too."""
    with serving(zensical_site, public_url(REPO)) as base, \
            warm_tabs.open(375, 800, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        held = _held_search_opened_on_a_phone(page, base)
        page.keyboard.type("hemlshet")
        for _ in range(4):
            page.keyboard.press("ArrowLeft")
        page.keyboard.insert_text("ö")
        _let_the_index_come(page, held)
        assert page.locator("dialog[open] input").input_value() == "hemlöshet"
        assert {key: page.evaluate(FOCUSED)[key] for key in ("inDialog", "start", "end")} == \
            {"inDialog": True, "start": 5, "end": 5}


def test_zensicals_search_opens_once_a_letter_being_composed_is_written(warm_tabs, zensical_site):
    """A letter composed (an accent's dead key, an IME's word) is written when it is finished:
    the dialog, which takes the focus as it opens, cut off a dead key's "¨" half made, and the
    letter came apart ("heml¨öshet"). It opens once the letter is made."""
    with serving(zensical_site, public_url(REPO)) as base, \
            warm_tabs.open(375, 800, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        held = _held_search_opened_on_a_phone(page, base)
        page.keyboard.type("heml")
        ime = page.context.new_cdp_session(page)
        try:
            ime.send("Input.imeSetComposition", {"text": "\u00a8", "selectionStart": 1, "selectionEnd": 1})
            while not held:
                page.wait_for_timeout(20)
            held[0].continue_()
            page.locator("dialog").wait_for(state="attached")  # drawn, once the index has come
            page.wait_for_timeout(500)
            assert page.locator("dialog[open]").count() == 0
            ime.send("Input.insertText", {"text": "ö"})  # the letter made
        finally:
            ime.detach()
        page.locator("dialog[open] input").wait_for(timeout=10000)
        page.keyboard.type("shet")
        page.locator("dialog[open] [role=option]").first.wait_for(timeout=10000)
        assert page.locator("dialog[open] input").input_value() == "hemlöshet"


# Counts the keys and clicks that reach the window, where the page's own listeners are.
REACHING_THE_WINDOW = """() => { window.vlvReached = {keys: 0, clicks: 0};
    addEventListener('keydown', () => window.vlvReached.keys++);
    addEventListener('click', () => window.vlvReached.clicks++); }"""
# A browser extension's element with a shadow root of its own, after Zensical's at the page's end.
EXTENSION = """addEventListener('DOMContentLoaded', () => setTimeout(() => {
    const element = document.createElement('div');
    element.attachShadow({mode: 'open'}).innerHTML = '<span>tillägg</span>';
    document.body.append(element); }, 0));"""


def test_zensicals_held_search_lets_the_keys_go_when_its_index_fails(warm_tabs, zensical_site):
    """A click held for the search index that then failed (offline, blocked) kept every key
    from the page and every later click on the search button, for good."""
    with serving(zensical_site, public_url(REPO)) as base, warm_tabs.open(1280, 800, locale="sv-SE") as page:
        page.route("**/search.json", lambda route: route.abort())
        page.goto(base + "amnen/", wait_until="networkidle")
        page.evaluate(REACHING_THE_WINDOW)
        with page.expect_event("requestfailed"):
            page.locator(".md-search__button").click()
        page.evaluate("new Promise(done => setTimeout(done, 0))")  # the request's error event has been handled
        page.locator("h1").click()
        page.keyboard.press("x")
        page.locator(".md-search__button").click()
        assert page.evaluate("window.vlvReached") == {"keys": 1, "clicks": 2}


def test_zensicals_search_opens_beside_a_browser_extensions_shadow_root(warm_tabs, zensical_site):
    """The held click watched the last shadow root on the page, which an extension's may be."""
    with serving(zensical_site, public_url(REPO)) as base, warm_tabs.open(1280, 800, locale="sv-SE") as page:
        page.add_init_script(EXTENSION)
        page.goto(base + "amnen/", wait_until="networkidle")
        assert page.evaluate("document.body.lastElementChild.shadowRoot.textContent") == "tillägg"
        page.locator(".md-search__button").click()
        page.keyboard.type("kollo")
        page.locator("dialog[open] a[href*='kollo']").first.wait_for(timeout=10000)


# The site's own style sheets and scripts (docs/ and the theme override's assets): the files a
# publication can change under the same name.
OWN_ASSETS = sorted([path.relative_to(REPO / "docs").as_posix() for folder in ("stylesheets", "javascripts")
                     for path in (REPO / "docs" / folder).rglob("*") if path.suffix in (".css", ".js")]
                    + [path.relative_to(REPO / "docs" / "overrides").as_posix()
                       for path in (REPO / "docs" / "overrides" / "assets").rglob("*") if path.suffix == ".js"])
# The search worker's script is named by the on-demand script's attribute (`data-vlv-search-worker`).
STYLE_OR_SCRIPT = re.compile(r'(?:<link rel="stylesheet" href|<script src| data-vlv-search-worker)="([^"]+)"')


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_page_asks_for_the_sites_own_styles_and_scripts_by_their_content(engine, mkdocs_site, zensical_site):
    """GitHub Pages lets a browser keep a file for ten minutes: a reader who came back within
    them after a publication got the new pages with the previous extra.css or script, which
    kept their names. Each is asked for with its content's digest (`?v=`), in both engines."""
    site = {"mkdocs": mkdocs_site, "zensical": zensical_site}[engine]
    nested = sorted(site.glob("*/*/index.html"))[0]  # a page two folders down: its links climb
    for page in (site / "index.html", nested):
        asked = {}
        for url in STYLE_OR_SCRIPT.findall(page.read_text(encoding="utf-8")):
            parts = urlsplit(url)
            path = (page.parent / parts.path).resolve().relative_to(site.resolve()).as_posix()
            if path in OWN_ASSETS:
                asked[path] = parts.query
        digests = {path: "v=" + hashlib.sha256((site / path).read_bytes()).hexdigest()[:10] for path in OWN_ASSETS}
        assert asked == digests, page.relative_to(site)


def written(path: str) -> str:
    """The text of one of OWN_ASSETS as the repository holds it (docs/ or the theme override)."""
    source = REPO / "docs" / path
    return (source if source.is_file() else REPO / "docs" / "overrides" / path).read_text(encoding="utf-8")


# A comment's words, long enough not to occur in code by chance: /* … */ anywhere, // … on a line of its own.
COMMENT = re.compile(r"/\*(.{20,}?)\*/|^\s*//(.{20,})$", re.S | re.M)


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_sites_own_styles_and_scripts_reach_the_voter_without_their_comments(engine, mkdocs_site, zensical_site):
    """A phone fetched extra.css, which blocks the first paint of every page, and the site's
    scripts as they are written: about half of each is comments for their maintainers. Both
    engines publish them minified: none of the comments, each file smaller, all of them in at
    most two thirds of the bytes."""
    site = {"mkdocs": mkdocs_site, "zensical": zensical_site}[engine]
    sizes = []
    for path in OWN_ASSETS:
        text, published = written(path), (site / path).read_text(encoding="utf-8")
        comments = [" ".join(match.group(match.lastindex).split()[:6]) for match in COMMENT.finditer(text)]
        assert comments, path  # the written file explains itself
        assert [comment for comment in comments if comment in published] == [], path
        sizes.append((len(text.encode()), len(published.encode())))
        assert sizes[-1][1] < sizes[-1][0], path
    assert sum(published for _, published in sizes) <= sum(written for written, _ in sizes) * 2 / 3


def test_the_published_style_sheet_has_every_rule_of_the_written_one(warm_tabs, mkdocs_site, zensical_site):
    """Minifying left out comments and spaces and nothing else: the browser reads the same
    rules, in the same order, from the published extra.css of each engine as from the file in
    the repository. (A value with `var()` keeps its spaces as written, so spaces are compared
    as one, and none beside a comma.)"""
    rules = """texts => texts.map(text => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return [...sheet.cssRules].map(rule => rule.cssText.replace(/\\s*,\\s*/g, ",").replace(/\\s+/g, " "));
    })"""
    path = "stylesheets/extra.css"
    with warm_tabs.open(1280) as page:
        page.goto("about:blank")
        expected, *published = page.evaluate(rules, [written(path), *((site / path).read_text(encoding="utf-8")
                                                                       for site in (mkdocs_site, zensical_site))])
    assert len(expected) > 100 and published == [expected, expected]


# The theme's Swedish: the menu's name to a screen reader was the English "Navigation", and
# the search said "Initialiserar sök" (a programmer's word) until its index had loaded.
PRIMARY_NAV = re.compile(r'<nav class="md-nav md-nav--primary[^"]*" aria-label="([^"]*)"')
SEARCH_META = re.compile(r'<div class="md-search-result__meta">\s*([^<]*?)\s*</div>')


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_theme_names_its_menu_and_its_loading_search_in_swedish(engine, mkdocs_site, zensical_site):
    site = {"mkdocs": mkdocs_site, "zensical": zensical_site}[engine]
    html = (site / "index.html").read_text(encoding="utf-8")
    assert PRIMARY_NAV.findall(html) == ["Meny"]
    # Zensical's search is a dialog of its own, without this line.
    assert SEARCH_META.findall(html) == ([] if engine == "zensical" else ["Förbereder sökningen"])


# The element that has the focus once a link's click has been handled (vlv-a11y.js moves the
# focus in a task of its own, which runs before this one): its tag and id.
FOCUS_AFTER_THE_CLICK = """() => new Promise(done => setTimeout(() => done(
    [document.activeElement.tagName.toLowerCase(), document.activeElement.id]), 50))"""


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_skip_link_lands_on_the_pages_heading_in_both_engines(warm_tabs, mkdocs_site, zensical_site, engine):
    """The Zensical audit: its skip link led to a mark before the edit button, MkDocs' to the
    page's heading; a keyboard user skipping the menu met the edit button first. The focus
    goes to the heading too, not only the scroll: a screen reader that follows the focus read
    on from the top of the page (`document.activeElement` stayed <body>)."""
    site = zensical_site if engine == "zensical" else mkdocs_site
    with serving(site, public_url(REPO)) as base, warm_tabs.open(1280, 800, locale="sv-SE") as page:
        page.goto(base + "om/")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.matches('a.md-skip')")
        page.keyboard.press("Enter")
        heading = page.locator("article h1").first.get_attribute("id")
        assert heading and page.evaluate("location.hash") == "#" + heading
        assert page.evaluate(FOCUS_AFTER_THE_CLICK) == ["h1", heading]


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_link_to_an_actors_column_takes_the_focus_there_on_a_phone_in_both_engines(warm_tabs, mkdocs_site,
                                                                                      zensical_site, engine):
    """On a phone a comparison lists its actors' columns at the top (a wide screen shows the
    columns side by side, without the list). Each link scrolled to its column but left the
    focus at the top, so a screen reader read on from the list; under both engines the
    column takes the focus, and Tab goes on inside it."""
    site = zensical_site if engine == "zensical" else mkdocs_site
    with serving(site, public_url(REPO)) as base, \
            warm_tabs.open(390, 844, is_mobile=True, has_touch=True, locale="sv-SE") as page:
        page.goto(base + "eskilstuna/hemloshet/")
        columns = page.locator("nav.vlv-jump a").evaluate_all("links => links.map(link => link.hash.slice(1))")
        assert len(columns) > 1
        landed = []
        for column in columns:
            page.locator(f'nav.vlv-jump a[href="#{column}"]').focus()
            page.keyboard.press("Enter")
            landed.append(page.evaluate(FOCUS_AFTER_THE_CLICK))
            page.keyboard.press("Tab")
            landed.append(page.evaluate("document.activeElement.closest('section')?.id"))
        assert landed == [step for column in columns for step in (["section", column], column)]


def test_words_said_to_screen_readers_alone_are_on_the_pages_of_both_engines_and_in_neither_search(
        zensical_model, mkdocs_site, zensical_site):
    """A comparison names an indicator's figures ("Ingångsvärde …, målvärde …") and the risk
    matrix its axes ("Konsekvens i raderna, sannolikhet i kolumnerna") in words hidden on
    screen. Both engines keep them on the page, and neither search index holds them: a result
    would quote words the voter never saw on the page it opens."""
    comparisons = {paths.page_url(paths.compare_page(municipality.id, topic.id))
                   for municipality in zensical_model.municipalities for topic in zensical_model.topics}
    said = {"indicator": '<span class="vlv-visually-hidden">Ingångsvärde </span>',
            "matrix": '<span class="vlv-visually-hidden">Konsekvens i raderna, sannolikhet i kolumnerna</span>'}
    indexes = {"mkdocs": json.loads((mkdocs_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"],
               "zensical": json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))["items"]}
    pages, found = {}, {}
    for engine, site in (("mkdocs", mkdocs_site), ("zensical", zensical_site)):
        html = [path.read_text(encoding="utf-8") for path in sorted(site.rglob("index.html"))]
        pages[engine] = {name: sum(page.count(words) for page in html) for name, words in said.items()}
        found[engine] = sorted({entry["location"] for entry in indexes[engine]
                                if "Konsekvens i raderna" in entry["text"]
                                or (entry["location"].split("#")[0] in comparisons
                                    and re.search(r"Ingångsvärde|, målvärde", entry["text"], re.I))})
    assert pages["mkdocs"]["indicator"] > 0 and pages["mkdocs"]["matrix"] > 0
    assert pages["zensical"] == pages["mkdocs"]
    assert found == {"mkdocs": [], "zensical": []}



# On a comparison page: where each link at the top leads, and the ids of the actors' columns.
JUMP_TARGETS = re.compile(r'<nav class="vlv-jump"[^>]*>.*?</nav>', re.S)
COLUMN_IDS = re.compile(r'<section class="vlv-column[^"]*" id="([^"]+)"')


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_each_link_to_an_actors_column_lands_on_that_column_in_both_engines(engine, zensical_model, mkdocs_site,
                                                                             zensical_site):
    """The links at the top of a comparison lead to the actors' columns by their ids: each
    engine must keep those ids as the template writes them, on every comparison with more
    than one actor (a link to a missing id leaves the voter at the top)."""
    site = zensical_site if engine == "zensical" else mkdocs_site
    rows = [row for municipality in zensical_model.municipalities for row in municipality.topic_rows
            if row.actor_total > 1]
    assert rows
    for row in rows:
        html = (site / row.municipality.id / row.topic.id / "index.html").read_text(encoding="utf-8")
        nav = JUMP_TARGETS.search(html)
        assert nav, f"{row.municipality.id}/{row.topic.id}: no links to the columns"
        targets = re.findall(r'href="#([^"]+)"', nav.group(0))
        assert len(targets) == row.actor_total and targets == COLUMN_IDS.findall(html), row.topic.id


def _search_pages(entries: list[dict]) -> list[str]:
    """The pages of a search index's entries (each section is one), each once, in the index's order."""
    return list(dict.fromkeys(entry["location"].split("#")[0] for entry in entries))


def test_zensicals_search_index_holds_one_space_where_a_list_item_wraps_as_mkdocs_does(zensical_site):
    """Zensical kept a wrapped line's break and indent in an entry's text ("Alla id   står i
    filen"), which its result shows as text: one space, as MkDocs' index holds (the hook,
    `search_text.spaces_collapsed`). The guide's examples keep their lines and indents."""
    items = json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))["items"]
    assert [item["location"] for item in items
            if re.search(r"\s{2,}", re.sub(r"<pre>.*?</pre>", "<pre/>", item["text"], flags=re.DOTALL))] == []
    assert any(re.search(r"<pre><code>[^<]*\n {2,}\S", item["text"]) for item in items), "no example indents a line"


def test_zensicals_search_index_lists_the_pages_in_the_order_mkdocs_does(mkdocs_site, zensical_site):
    """Both searches show equally good results in the order their index lists the pages: MkDocs'
    lists them as the outputs declare them (the hook), Zensical listed them by path."""
    mkdocs = _search_pages(json.loads((mkdocs_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"])
    zensical = _search_pages(json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))["items"])
    assert sorted(mkdocs) != mkdocs
    assert zensical == mkdocs


def test_under_zensical_equally_good_results_stand_in_the_sites_order_of_actors(zensical_model, zensical_site):
    """Every document's page has a section headed "Sammanfattning", whose text (the summary)
    does not say the word, so the search finds them equally well and lists them as every page
    lists the actors (README, *Neutral order*): under Zensical it listed them by path, SD's
    document (eskilstuna-sd-…) before Socialnämndens (eskilstuna-socialnamnden-…). (The actor
    pages' one such section, "Dokument över tid", is out of the index: boosted under MkDocs,
    `dokument` listed every actor's page first.)"""
    documents = [paths.page_url(paths.plan_page(plan.id)) for plan in zensical_model.plans]
    assert sorted(documents) != documents, "the plans no longer order names unlike ids"
    found = real_pages.searched(zensical_site, ["Sammanfattning"], engine="zensical")["Sammanfattning"]
    assert list(dict.fromkeys(page for page in found if page in documents)) == documents


def _page_titles(entries: list[dict]) -> dict[str, str]:
    """{page: the title its own entry (the one without a `#`) has in a search index}, read as text."""
    return {entry["location"]: html.unescape(entry["title"]) for entry in entries if "#" not in entry["location"]}


def test_a_documents_search_entry_is_named_with_its_actor_and_year_in_both_engines(mkdocs_site, zensical_site):
    """A search result groups a page's sections under the page's entry. MkDocs' names a
    document by the title its tab shows, with the actor and the year (the hook); Zensical's
    named it by its heading alone ("Sociala insatser"), so two actors' documents of one title
    stood alike among the results, with no word of whose they are or how old."""
    mkdocs = _page_titles(json.loads((mkdocs_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"])
    zensical = _page_titles(json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))["items"])
    documents = [page for page in mkdocs if paths.is_plan_page(page.rstrip("/") + ".md")]
    assert documents and all(" – " in mkdocs[page] for page in documents), documents
    assert {page: zensical.get(page) for page in documents} == {page: mkdocs[page] for page in documents}


def test_zensicals_search_shows_a_documents_title_as_typed_in_its_sections_paths(warm_tabs, tmp_path):
    """Under each section's result Zensical shows the path, its document's title, drawn as HTML.
    It took the title from the page's front matter, where `&` and `<` are numeric references
    (as every sign Markdown could read), and escaped their `&`: "Förslag & <i>idéer</i>" showed
    as "Förslag &#38; &#60;i&#62;idéer…". The path shows the title as the party wrote it, its
    `<i>` as text, not as markup."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    typed = "Förslag & <i>idéer</i> till verksamhetsplan 2024"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "\ntitle: Förslag till verksamhetsplan 2024\n", f"\ntitle: \"{typed}\"\n"), encoding="utf-8")
    result = make_build(project, "build-zensical")
    assert result.returncode == 0, result.stdout + result.stderr
    with serving(project / "site", public_url(project)) as base, warm_tabs.open(1280, 800, locale="sv-SE") as page:
        page.goto(base + "amnen/")
        page.locator("button.md-search__button").click()
        page.keyboard.type("kollo")
        path = page.locator("dialog[open] [role=option] menu", has_text="Förslag").first
        path.wait_for(timeout=10000)
        shown, markup = path.inner_text(), path.locator("i").count()
    assert shown.startswith(typed + " – ") and markup == 0, shown
