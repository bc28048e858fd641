"""The site as published: on GitHub Pages it lives under a project path
(https://vem-lovar-vad.github.io/vem-lovar-vad/), the address `extra.public_url` names.
Built by either engine, the 404 page that answers for a missing page at any depth loads its
styles, scripts and search and links to pages of the site, and the sitemap lists every page
at its public URL. (`mkdocs serve` stays at /: tests/test_serve.py.)"""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import REPO, serving
from generator.history import public_url

PUBLIC_URL = public_url(REPO)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MISSING_PAGE = "finns/inte/langre/"  # three folders deep: the 404 page must not depend on the depth


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def built_site(request) -> Path:
    """The real plans built by each engine (session fixtures: conftest.py)."""
    if request.param == "mkdocs":
        return request.getfixturevalue("repo_site")[0]
    return request.getfixturevalue("zensical_site")


@pytest.fixture(scope="module")
def published(built_site) -> str:
    """The built site served under the public address's path, as GitHub Pages serves it."""
    with serving(built_site, PUBLIC_URL) as base:
        yield base


@pytest.fixture
def missing_page(warm_tabs, published):
    """A browser on a page that does not exist, and every response it got along the way
    (a shared tab: conftest's `WarmTabs`)."""
    def responded(response) -> None:
        page.responses.append((response.status, response.url))

    def failed(request) -> None:
        page.failed.append(request.url)

    with warm_tabs.open(1280, 900, locale="sv-SE") as page:
        page.responses, page.failed = [], []
        page.on("response", responded)
        page.on("requestfailed", failed)
        try:
            page.document = page.goto(published + MISSING_PAGE, wait_until="networkidle")
            yield page
        finally:
            page.remove_listener("response", responded)
            page.remove_listener("requestfailed", failed)


def _page_urls(site: Path) -> set[str]:
    """The public URL of every built HTML page but the 404 page."""
    urls = set()
    for html in site.rglob("*.html"):
        relative = html.relative_to(site).as_posix()
        if relative != "404.html":
            assert html.name == "index.html", relative  # directory URLs throughout
            urls.add(PUBLIC_URL + relative.removesuffix("index.html"))
    return urls


def test_a_missing_page_gets_the_404_page_with_its_styles_and_scripts(missing_page, published):
    assert missing_page.document.status == 404
    assert "404" in missing_page.locator("h1").inner_text()
    others = [(status, url) for status, url in missing_page.responses if url != published + MISSING_PAGE]
    assert any(url.endswith(".css") for _, url in others) and any(url.endswith(".js") for _, url in others)
    assert [(status, url) for status, url in others if status >= 400 or not url.startswith(published)] == []
    assert missing_page.failed == []
    # The theme's stylesheet and script ran: a sticky header, and the page marked as scripted.
    assert missing_page.locator(".md-header").evaluate("header => getComputedStyle(header).position") == "sticky"
    assert "js" in missing_page.evaluate("document.documentElement.className").split()


def test_the_404_page_links_to_pages_of_the_site(missing_page, published):
    links = missing_page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href.split('#')[0])")
    own = sorted({link for link in links if link.startswith("http://127.0.0.1:")} - {published + MISSING_PAGE})
    assert published in own and published + "amnen/" in own
    assert [link for link in own if not link.startswith(published)] == []
    assert [(link, status) for link in own
            if (status := missing_page.request.get(link).status) != 200] == []


def test_search_on_the_404_page_finds_pages_of_the_site(missing_page, published):
    # Material's search is a text box in the header; Zensical's opens from a button.
    zensical_button = missing_page.locator("button.md-search__button")
    (zensical_button if zensical_button.count() else missing_page.get_by_role("textbox", name="Sök")).click()
    missing_page.keyboard.type("kollo")
    # Both themes link each result with the search term to highlight (`search.highlight`). Wait for
    # the topic itself: while the letters are typed, Zensical may show the results of "k" or "ko"
    # for a moment, and their links already carry the whole term.
    results = missing_page.locator("a[href*='?h=kollo']:visible")
    missing_page.locator("a[href*='amnen/sommarkollo/?h=kollo']:visible").first.wait_for(timeout=30000)
    found = sorted(set(results.evaluate_all("links => links.map(link => link.href.split('?')[0])")))
    assert published + "amnen/sommarkollo/" in found
    assert [(link, status) for link in found if (status := missing_page.request.get(link).status) != 200] == []


def test_the_sitemap_lists_every_page_at_its_public_address(built_site):
    sitemap = ElementTree.parse(built_site / "sitemap.xml").getroot()
    listed = [loc.text for loc in sitemap.iter(SITEMAP + "loc")]
    assert sitemap.tag == SITEMAP + "urlset"
    assert len(listed) == len(set(listed))
    assert set(listed) == _page_urls(built_site)
    assert len(listed) > 40
    compressed = built_site / "sitemap.xml.gz"  # MkDocs writes one, Zensical does not
    if compressed.exists():
        assert gzip.decompress(compressed.read_bytes()) == (built_site / "sitemap.xml").read_bytes()


def test_every_other_sitemap_names_the_site_sitemap(built_site):
    """The feed folders' sitemap.xml (the theme fetches one beside each feed) is an index of the
    site's sitemap, not a second list of pages, nor an empty one."""
    others = sorted(path for path in built_site.rglob("sitemap.xml") if path != built_site / "sitemap.xml")
    assert others
    for path in others:
        index = ElementTree.parse(path).getroot()
        assert index.tag == SITEMAP + "sitemapindex", path
        assert [loc.text for loc in index.iter(SITEMAP + "loc")] == [PUBLIC_URL + "sitemap.xml"], path


def test_the_404_page_says_in_swedish_that_the_page_is_missing(missing_page):
    """WCAG 3.1.2 and 2.4.2: the theme's heading "404 - Not found" was English on a page in
    Swedish, and the page's title was the site's name alone, as on the home page."""
    assert missing_page.evaluate("document.documentElement.lang") == "sv"
    assert missing_page.locator("h1").inner_text() == "Sidan finns inte (404)"
    assert missing_page.title() == "Sidan finns inte - Vem lovar vad?"


# Files outside the build that give the site's address to party offices and readers.
ADDRESS_COPIES = ["CONTRIBUTING.md", *sorted(str(path.relative_to(REPO))
                                              for path in (REPO / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))]


def test_every_copy_of_the_sites_address_outside_the_build_is_public_url():
    """For a custom domain a maintainer changes `extra.public_url`; the address is also written
    into CONTRIBUTING.md and the issue forms, which the build never reads, and README named only
    the first. Each copy must be the public address, so a move that forgets one fails here."""
    host = PUBLIC_URL.split("/")[2]
    copies = [(name, url) for name in ADDRESS_COPIES
              for url in re.findall(r"https?://[^\s)>\"'`]+", (REPO / name).read_text(encoding="utf-8"))
              if url.split("/")[2] == host or url.split("/")[2].endswith(".github.io")]
    assert [(name, url) for name, url in copies if not url.startswith(PUBLIC_URL)] == []
    assert {name for name, _ in copies} >= {"CONTRIBUTING.md", ".github/ISSUE_TEMPLATE/config.yml",
                                            ".github/ISSUE_TEMPLATE/rapportera-fel.yml"}



def test_an_edited_public_address_is_read_as_mkdocs_yml_says_now(tmp_path):
    """mkdocs.yml is parsed once per text (`history.public_url`), not at each rebuild of `mkdocs
    serve`: an address edited while the server runs still reaches the feeds and data files."""
    config = tmp_path / "mkdocs.yml"
    config.write_text("extra:\n  public_url: https://exempel.se/forsta\n", encoding="utf-8")
    assert public_url(tmp_path) == "https://exempel.se/forsta/"
    config.write_text("extra:\n  public_url: https://exempel.se/andra/\n", encoding="utf-8")
    assert public_url(tmp_path) == "https://exempel.se/andra/"
    config.unlink()
    assert public_url(tmp_path) == "https://vem-lovar-vad.github.io/vem-lovar-vad/"
