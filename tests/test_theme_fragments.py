"""The theme's navigation and tabs rendered once per distinct set of links give the same
pages as rendering them for every page (`generator/theme_fragments.py`)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment
from mkdocs.utils.templates import url_filter

from conftest import assert_same_site, build_log
from generator import theme_fragments


def _reused(log: str) -> int:
    """How many times a build's log (--verbose) says the navigation or tabs were reused."""
    reused = re.findall(r"navigation and tabs were reused (\d+) times", log)
    return int(reused[0]) if reused else 0


def _assert_same_pages(cached_site: Path, reference: Path) -> None:
    """The site built with the fragments cached and the reference build, which rendered them
    for every page (conftest.reference_build), have the same pages."""
    assert _reused(build_log(cached_site)) > 0
    assert _reused(build_log(reference)) == 0
    pages = assert_same_site(cached_site, reference)
    # Every page still has the navigation drawer and the tabs.
    assert all('data-md-type="navigation"' in html and 'class="md-tabs"' in html
               for page, html in pages.items() if page.endswith(".html") and page != "404.html")


def test_the_real_plans_give_the_same_pages_both_ways(repo_site, repo_reference):
    """The cached build is the session's build of the real plans (conftest.py)."""
    site, _ = repo_site
    _assert_same_pages(site, repo_reference)


def test_synthetic_plans_give_the_same_pages_both_ways(synthetic_site, synthetic_reference):
    """The cached build is the session's build of the synthetic plans (conftest.py)."""
    _, site = synthetic_site
    _assert_same_pages(site, synthetic_reference)


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


def test_the_themes_translations_are_looked_up_once_and_read_as_the_partial_gives_them():
    """base.html imports the translations partial with each page's context: its words are the
    partial's, made once for all pages (`theme_fragments.Translations`)."""
    made = []
    templates = {
        theme_fragments.LANGUAGE: '{% set _ = made.append(1) %}{% set _words = {"nav": "Meny", "top": "Till början"} %}'
                                  '{% macro t(key) %}{{ _words[key] | d(config.theme.language ~ ":" ~ key) }}{% endmacro %}',
        "base.html": '{% import "partials/language.html" as lang with context %}'
                     '<nav aria-label="{{ lang.t("nav") }}">{{ page.url }}</nav><a>{{ lang.t("top") }}</a>{{ lang.t("x") }}'}
    config = SimpleNamespace(extra={}, theme={"language": "sv"})
    home = _page("")
    nav = SimpleNamespace(pages=[home], items=[home], homepage=home)

    def shown(wrapped: bool) -> list[str]:
        env = Environment(loader=DictLoader(templates))
        env.globals["made"] = made
        if wrapped:
            theme_fragments.wrap(env)
            theme_fragments.install(env, nav, config)
        return [env.get_template("base.html").render(page=_page(url), config=config) for url in ("a/", "b/", "c/")]

    assert shown(wrapped=False) == ['<nav aria-label="Meny">a/</nav><a>Till början</a>sv:x',
                                    '<nav aria-label="Meny">b/</nav><a>Till början</a>sv:x',
                                    '<nav aria-label="Meny">c/</nav><a>Till början</a>sv:x']
    assert len(made) == 3  # the theme alone: once a page
    made.clear()
    wrapped = shown(wrapped=True)
    assert len(made) == 1
    assert wrapped == shown(wrapped=False)


@pytest.mark.parametrize("partial", [
    # A translation that reads the page (say a document's own language, in its front matter).
    '{% macro t(key) %}{{ key }}{% if page.url == "b/" %} (b){% endif %}{% endmacro %}',
    # The page read by a template the partial includes with its context.
    '{% macro t(key) %}{{ key }}{% include "page-words.html" %}{% endmacro %}',
])
def test_translations_that_read_the_page_are_looked_up_for_each_page(partial):
    """Only a translations partial that reads no more than the configuration is looked up once:
    one a maintainer makes read the page gives each page its own words, as the theme alone does."""
    templates = {theme_fragments.LANGUAGE: partial, "page-words.html": '{% if page.url == "b/" %} (b){% endif %}',
                 "base.html": '{% import "partials/language.html" as lang with context %}{{ lang.t("nav") }}'}
    config = SimpleNamespace(extra={}, theme={"language": "sv"})
    home = _page("")
    nav = SimpleNamespace(pages=[home], items=[home], homepage=home)

    def shown(wrapped: bool) -> list[str]:
        env = Environment(loader=DictLoader(templates))
        if wrapped:
            theme_fragments.wrap(env)
            theme_fragments.install(env, nav, config)
        return [env.get_template("base.html").render(page=_page(url), config=config) for url in ("a/", "b/")]

    assert shown(wrapped=False) == ["nav", "nav (b)"]
    assert shown(wrapped=True) == ["nav", "nav (b)"]


@pytest.mark.parametrize("partial, base", [
    # Another macro besides `t`, which base.html calls.
    ('{% macro t(key) %}{{ key }}{% endmacro %}{% macro direction() %}ltr{% endmacro %}',
     '{{ lang.t("nav") }} {{ lang.direction() }}'),
    # A variable the partial sets for its importers.
    ('{% set direction = "ltr" %}{% macro t(key) %}{{ key }}{% endmacro %}', '{{ lang.t("nav") }} {{ lang.direction }}'),
])
def test_translations_giving_more_than_t_are_imported_as_the_theme_imports_them(partial, base):
    """The wrapper gives only `t`: a theme's partial that gives its importers more is left as it is,
    so what base.html reads of it is not an empty word under MkDocs' lenient templates."""
    templates = {theme_fragments.LANGUAGE: partial,
                 "base.html": '{% import "partials/language.html" as lang with context %}' + base}
    config = SimpleNamespace(extra={}, theme={"language": "sv"})
    home = _page("")
    nav = SimpleNamespace(pages=[home], items=[home], homepage=home)
    env = Environment(loader=DictLoader(templates))
    theme_fragments.wrap(env)
    theme_fragments.install(env, nav, config)
    assert env.get_template("base.html").render(page=_page("a/"), config=config) == "nav ltr"


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
