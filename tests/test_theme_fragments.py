"""The theme's navigation and tabs rendered once per distinct set of links give the same
pages as rendering them for every page (`generator/theme_fragments.py`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment
from mkdocs.utils.templates import url_filter

from conftest import REPO
from generator import theme_fragments


def _reused(log: str) -> int:
    """How many times a build's log (--verbose) says the navigation or tabs were reused."""
    reused = re.findall(r"navigation and tabs were reused (\d+) times", log)
    return int(reused[0]) if reused else 0


def _build(project: Path, site: Path, cached: bool) -> int:
    """Build the site; how many times the navigation or tabs were reused."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop(theme_fragments.UNCACHED_VARIABLE, None)
    if not cached:
        env[theme_fragments.UNCACHED_VARIABLE] = "1"
    result = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--verbose",
                             "--site-dir", str(site)], cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return _reused(result.stdout + result.stderr)


def _assert_same_pages(cached_site: Path, reused: int, project: Path, tmp_path: Path) -> None:
    """The site built with the fragments cached (`reused` times) and the project built again
    without the cache have the same pages."""
    assert reused > 0
    assert _build(project, tmp_path / "uncached", cached=False) == 0
    cached = {str(path.relative_to(cached_site)): path.read_bytes() for path in cached_site.rglob("*.html")}
    uncached = {str(path.relative_to(tmp_path / "uncached")): path.read_bytes()
                for path in (tmp_path / "uncached").rglob("*.html")}
    assert sorted(cached) == sorted(uncached)
    assert [page for page in cached if cached[page] != uncached[page]] == []
    # Every page still has the navigation drawer and the tabs.
    assert all(b'data-md-type="navigation"' in html and b'class="md-tabs"' in html
               for page, html in cached.items() if page != "404.html")


def test_the_real_plans_give_the_same_pages_both_ways(repo_site, tmp_path):
    """The cached build is the session's build of the real plans (conftest.py), whose log
    is beside it."""
    site, _ = repo_site
    _assert_same_pages(site, _reused((site.parent / "build.log").read_text(encoding="utf-8")), REPO, tmp_path)


def test_synthetic_plans_give_the_same_pages_both_ways(synthetic_site, tmp_path):
    """The cached build is the session's build of the synthetic plans (conftest.py), whose
    log is beside it."""
    project, site = synthetic_site
    _assert_same_pages(site, _reused((site.parent / "build.log").read_text(encoding="utf-8")), project, tmp_path)


def _page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url)


def test_pages_outside_the_navigation_share_the_html_their_links_make_alike():
    home, topics = _page(""), _page("amnen/")
    nav = SimpleNamespace(pages=[home, topics], items=[home, topics], homepage=home)
    config = SimpleNamespace(extra={}, theme={})
    rendered = []

    def links() -> str:
        rendered.append(1)
        return "rendered"

    env = Environment(loader=DictLoader({"nav": '{% call vlv_fragment("nav") %}'
                                                '<a href="{{ "amnen/" | url }}">{{ render() }}</a>{% endcall %}'}))
    env.filters["url"] = url_filter
    env.globals["vlv_fragment"] = theme_fragments.Fragments(nav, config)
    template = env.get_template("nav")

    def show(page) -> str:
        return template.render(page=page, nav=nav, base_url="", render=links)

    # Two comparison pages of different municipalities: the same links, rendered once.
    assert show(_page("dalby/skola/")) == show(_page("falby/skola/")) == '<a href="../../amnen/">rendered</a>'
    assert len(rendered) == 1
    # A topic page lies below a link's target: its links differ, so it is rendered anew.
    assert show(_page("amnen/skola/")) == '<a href="../">rendered</a>'
    # A page in the navigation marks itself there: rendered every time.
    show(topics)
    show(topics)
    assert len(rendered) == 4


def _titled(title: str, url: str = "dalby/skola/") -> SimpleNamespace:
    return SimpleNamespace(url=url, meta={"title": title}, title=title)


@pytest.mark.parametrize("around, assembled", [
    ("<header>{{ render() }}<a href=\"{{ 'amnen/' | url }}\">Ämnen</a><span>{{ page.meta.title }}</span></header>", True),
    # HTML around the title that depends on it: every page's header is rendered whole.
    ("<header class=\"l{{ page.meta.title | length }}\">{{ render() }}<span>{{ page.meta.title }}</span></header>", False),
])
def test_the_header_is_put_together_around_each_title_once_two_pages_agree(around, assembled):
    home = _page("")
    nav = SimpleNamespace(pages=[home], items=[home], homepage=home)
    rendered = []

    def render() -> str:
        rendered.append(1)
        return "sök"

    name = theme_fragments.TITLED_PARTIALS[0]
    env = Environment(loader=DictLoader({"header": f'{{% call vlv_fragment("{name}") %}}{around}{{% endcall %}}'}))
    env.filters["url"] = url_filter
    env.globals["vlv_fragment"] = theme_fragments.Fragments(nav, SimpleNamespace(extra={}, theme={}))
    alone = Environment(loader=DictLoader({"header": around}))
    alone.filters["url"] = url_filter
    pages = [_titled("Skola i Dalby"), _titled("Skola i Dalby", "falby/skola/"), _titled("Vård i Falby"),
             _titled("Äldreomsorg i Ängsby"), _titled("R&amp;D i Dalby"), _titled("Omsorg – Dalby")]
    for page in pages:
        shown = env.get_template("header").render(page=page, nav=nav, base_url="", render=render)
        assert shown == alone.get_template("header").render(page=page, nav=nav, base_url="", render=lambda: "sök")
    # Two pages with different titles confirm the HTML around; then only escaped titles render.
    assert len(rendered) == (4 if assembled else len(pages))
