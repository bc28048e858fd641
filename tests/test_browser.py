"""The site in a real browser (Debian's Chromium driven by Playwright), as a voter uses it."""

from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def server(repo_site):
    site, _ = repo_site
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler = type("QuietHandler", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *args: None})
    handler = functools.partial(handler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def test_searching_part_of_a_compound_finds_the_topic(page, server):
    page.goto(server)
    page.get_by_role("textbox", name="Sök").fill("kollo")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10000)
    titles = " ".join(results.all_inner_texts())
    assert "Sommarkollo och kolloverksamhet" in titles


def test_any_topic_is_two_clicks_from_home(page, server):
    page.goto(server)
    page.get_by_role("link", name="Ämnen", exact=True).first.click()
    page.get_by_role("link", name="Familjecentraler").first.click()
    assert page.locator("h1").inner_text().removesuffix("#").strip() == "Familjecentraler"
    assert page.url.endswith("/amnen/familjecentral/")


def test_a_compared_item_leads_to_its_anchor_and_its_source_line(page, server):
    page.goto(server + "eskilstuna/sommarkollo/")
    page.locator(".vlv-commitments li > a:not(.vlv-source-link)").first.click()
    page.wait_for_url("**/dokument/**#*")
    fragment = urlsplit(page.url).fragment
    page.locator(f"article#{fragment}").wait_for(state="visible")
    page.locator(f"article#{fragment} .vlv-quote a").click()
    page.wait_for_url("**/kallor/**#L*")
    line = urlsplit(page.url).fragment
    page.locator(f"#{line}").wait_for(state="visible")


def test_pages_fit_a_phone_screen(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    for path in ("", "amnen/hemloshet/", "eskilstuna/", "eskilstuna/hemloshet/", "jamforelse/",
                 "dokument/eskilstuna-socialnamnden-verksamhetsplan-2024/"):
        page.goto(server + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path or 'start'} scrolls sideways by {overflow}px"
    context.close()


def test_browsing_makes_no_request_to_another_host(page, server):
    for path in ("", "amnen/hemloshet/", "dokument/eskilstuna-v-socialnamnden-2017/", "jamforelse/"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    hosts = {urlsplit(url).netloc for url in page.requests if urlsplit(url).scheme in ("http", "https")}
    assert hosts == {urlsplit(server).netloc}


def test_colour_scheme_toggle_is_labelled_in_swedish(page, server):
    page.goto(server)
    assert page.get_by_label("Byt till mörkt läge").count() == 1  # the control's accessible name
    page.locator('label[title="Byt till mörkt läge"]').first.click()  # the visible button
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
