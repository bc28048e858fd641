"""How a page presents itself where a voter meets it before opening it: a shared link's preview
in a chat app or on a social site (Open Graph), built the same by both engines."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from conftest import FIXTURE, make_site_project, mkdocs_build

SITE_NAME = "Vem lovar vad?"


class _Head(HTMLParser):
    """A page's title, meta description, canonical address and Open Graph properties."""

    def __init__(self):
        super().__init__()
        self.facts: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title" and "title" not in self.facts:  # the page's, not a chart's (<svg><title>)
            self._in_title = True
        elif tag == "meta" and attrs.get("name") == "description":
            self.facts["description"] = attrs["content"]
        elif tag == "meta" and (attrs.get("property") or "").startswith("og:"):
            self.facts[attrs["property"]] = attrs["content"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.facts["canonical"] = attrs["href"]

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data):
        if self._in_title:
            self.facts["title"] = data


def head_facts(page) -> dict[str, str]:
    parser = _Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.facts


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_shared_link_previews_the_pages_own_title_description_and_address(engine, repo_site, zensical_site):
    """A link to a topic or a document pasted into a chat showed the bare address, or whatever
    the app made of the page: no page named its preview's title, text and address. Every page
    a search engine is given (it names its canonical address) names them: its own title, without
    the site's name (that is og:site_name), the text of its meta description and its address."""
    site = {"mkdocs": repo_site[0], "zensical": zensical_site}[engine]
    pages = sorted(site.rglob("*.html"))
    wrong = []
    for page in pages:
        facts = head_facts(page)
        if "canonical" not in facts:
            continue
        title = facts["title"].strip()
        expected = {
            "og:type": "website",
            "og:site_name": SITE_NAME,
            "og:locale": "sv_SE",
            "og:title": SITE_NAME if title == SITE_NAME else title.removesuffix(" - " + SITE_NAME),
            "og:description": facts["description"],
            "og:url": facts["canonical"],
        }
        shown = {key: facts.get(key) for key in expected}
        if shown != expected:
            wrong.append(f"{page.relative_to(site)}: {shown} != {expected}")
    previewed = [page for page in pages if "og:url" in head_facts(page)]
    assert len(previewed) > 40
    assert not wrong, "\n".join(wrong[:5])


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_home_page_is_named_by_the_sites_name_alone(engine, repo_site, zensical_site):
    """A web search for the site listed its home page as "Start - Vem lovar vad?", and a link
    to it previewed as "Start": the name of its tab, which says nothing out of the site. Its
    title and its preview's are the site's name; its tab is still "Start"."""
    site = {"mkdocs": repo_site[0], "zensical": zensical_site}[engine]
    facts = head_facts(site / "index.html")
    assert (facts["title"].strip(), facts["og:title"]) == (SITE_NAME, SITE_NAME)
    assert re.search(r'<a href="[^"]*" class="md-tabs__link[^"]*">\s*Start\s*</a>', (site / "index.html").read_text(encoding="utf-8"))


def test_a_hand_written_page_titled_by_its_heading_previews_its_quotes_and_signs_as_written(tmp_path):
    """A hand-written page with no title in its front matter is titled by its first heading. Its
    preview's title was the heading's text unescaped in the attribute: a `"` ended `og:title`
    there, and `<` and `&` stood in it bare."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    heading = 'Så skriver ni "citat", 1 < 2 & mer'
    (project / "docs" / "citat.md").write_text(f"# {heading}\n\nEn sida.\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    facts = head_facts(tmp_path / "site" / "citat" / "index.html")
    assert facts["og:title"] == heading
