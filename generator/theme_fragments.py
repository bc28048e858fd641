"""Material's site navigation and tabs (and its search box, colour-scheme toggle, footer, style
sheets, scripts and the settings it gives them), rendered once for all pages that get the same
ones.

Under MkDocs the theme renders the whole site navigation (the sidebar, also the phone's
drawer) and the tabs into every page. The generated pages are not in the navigation
(mkdocs.yml names only fixed pages), so for them both depend on nothing but which relative
URL each of the navigation's links gets from the page: two pages at the same depth below
different municipalities get the same HTML, byte for byte. At a thousand plans rendering
them for each of 3,600 pages was two fifths of the time MkDocs spent on the theme.

`wrap` wraps these partials (`PARTIALS`; the theme's own, or an override in the theme's
custom_dir) and blocks of the page template (`BLOCKS`) so that `install` has each rendered through
`Fragments`, which keeps the HTML by those relative URLs. The header (`TITLED_PARTIALS`) also
prints the page's title: it is kept as the HTML before and after the title, once two pages with
different titles have given the same HTML around theirs, and a title that escaping could change
is always rendered with the header. A page in the navigation, or any page without
a navigation, is rendered as before. Zensical never sees the wrapper: it exists only in
the template environment MkDocs makes, through the hook. `tests/test_theme_fragments.py`
builds sites with and without it and compares every page.

The theme's translations (`LANGUAGE`), which base.html imports with each page's context, are
wrapped too, so that each is looked up once for every page (`Translations`), while the partial
reads nothing of a page but the configuration.
"""

from __future__ import annotations

import os
from typing import Any, Iterator, Optional

from jinja2 import ChoiceLoader, DictLoader, PrefixLoader, TemplateNotFound, nodes, pass_context
from jinja2.meta import find_undeclared_variables
from mkdocs.utils.templates import url_filter

# The partials wrapped: the navigation and tabs, in the header the search box and the
# colour-scheme toggle, which hold no link at all, and the footer (a page outside the
# navigation has no previous or next page in it).
PARTIALS = ("partials/nav.html", "partials/tabs.html", "partials/search.html", "partials/palette.html",
            "partials/footer.html")
# The partials wrapped that also print the page's title, once: the header (the site's name, the
# page's title, the logo's link, and the search box and toggle above).
TITLED_PARTIALS = ("partials/header.html",)
# The blocks of the page template wrapped: the theme's settings for its scripts (the site's
# root, the search worker's URL under assets/ and the translations of the search box), and the
# style sheets and scripts (under assets/, and the site's own extra_css and extra_javascript).
BLOCKS = ("config", "styles", "scripts")
PAGE_TEMPLATE = "main.html"
# The theme's translations, which base.html imports with each page's context as `lang` (its `t`),
# though they read only the configuration: wrapped so that each is looked up once (`Translations`).
LANGUAGE = "partials/language.html"
_ORIGINAL = "vlv-original"  # the prefix under which the wrapped templates are still found
# Set to render the wrapped templates for every page, as the theme alone would (tests compare the two).
UNCACHED_VARIABLE = "VLV_UNCACHED_THEME_FRAGMENTS"


def wrapped() -> bool:
    """Whether the build wraps the partials (not under `UNCACHED_VARIABLE`)."""
    return not os.environ.get(UNCACHED_VARIABLE)


def wrap(env: Any) -> None:
    """Wrap `PARTIALS` and `BLOCKS` in this MkDocs template environment, for `install`."""
    wrappers = {name: ('{% call vlv_fragment("' + name + '") %}{% include "' + f"{_ORIGINAL}/{name}"
                       + '" %}{% endcall %}') for name in PARTIALS + TITLED_PARTIALS}
    wrappers[PAGE_TEMPLATE] = '{% extends "' + f"{_ORIGINAL}/{PAGE_TEMPLATE}" + '" %}' + "".join(
        '{% block ' + block + ' %}{% call vlv_fragment("' + block + '") %}{{ super() }}{% endcall %}{% endblock %}'
        for block in BLOCKS)
    if _gives_only_configured_words(env, LANGUAGE):
        wrappers[LANGUAGE] = "{% macro t(key) %}{{ vlv_translation(key) }}{% endmacro %}"
    env.loader = ChoiceLoader([DictLoader(wrappers), env.loader, PrefixLoader({_ORIGINAL: env.loader})])


def _gives_only_configured_words(env: Any, name: str) -> bool:
    """Whether the template reads nothing of a page's context but `config` (and the environment's
    globals), includes or imports no template with that context, and gives its importers nothing
    but the macro `t`, all the wrapper in its place gives: then what it gives is the same for
    every page (`Translations`). One a maintainer makes read the page, say a document's own
    language, is imported for each page, as the theme alone does; and so is a theme's later
    partial with another macro or a variable of its own, rather than read as empty by MkDocs'
    lenient templates."""
    try:
        source = env.loader.get_source(env, name)[0]
    except TemplateNotFound:
        return False
    parsed = env.parse(source)
    with_context = (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)
    if any(getattr(node, "with_context", True) for node in parsed.find_all(with_context)):
        return False
    if not find_undeclared_variables(parsed) <= {"config", *env.globals}:
        return False
    macros = [node.name for node in parsed.body if isinstance(node, nodes.Macro)]
    targets = [node.target for node in parsed.body if isinstance(node, (nodes.Assign, nodes.AssignBlock))]
    names = {name.name for target in targets for name in (target, *target.find_all(nodes.Name))
             if isinstance(name, nodes.Name)}
    return macros == ["t"] and all(name.startswith("_") for name in names)


def install(env: Any, nav: Any, config: Any) -> "Fragments":
    """Render the partials and blocks `wrap` wrapped through `Fragments`."""
    fragments = env.globals["vlv_fragment"] = Fragments(nav, config)
    env.globals["vlv_translation"] = Translations(env)
    return fragments


class Translations:
    """The theme's translations (`LANGUAGE`'s `t`), each looked up once. base.html imports the
    partial with each page's context, which made its module, and the modules of the language's
    and English's translations it imports, again for every page (0.2-0.5 s of the theme's 3.1-3.4 s
    of processor time at a thousand plans); what `t` gives reads only the configuration."""

    def __init__(self, env: Any):
        self._env = env
        self._module: Any = None
        self._said: dict[str, Any] = {}

    @pass_context
    def __call__(self, context: Any, key: str) -> Any:
        said = self._said.get(key)
        if said is None:
            if self._module is None:
                self._module = self._env.get_template(f"{_ORIGINAL}/{LANGUAGE}").make_module(context.get_all())
            said = self._said[key] = self._module.t(key)
        return said


def _link_targets(items: Any) -> Iterator[str]:
    """The URL of every page and link in the navigation, depth first."""
    for item in items:
        url = getattr(item, "url", None)
        if url is not None:
            yield url
        yield from _link_targets(getattr(item, "children", None) or ())


class Fragments:
    """The HTML of each wrapped partial, by the relative URLs its links get on a page."""

    def __init__(self, nav: Any, config: Any):
        self._in_nav = {id(page) for page in nav.pages}
        # Every URL the wrapped templates pass through the `url` filter: the navigation's
        # links, the home page (the logo's link), the logo's image, the theme's assets and
        # the site's own style sheets and scripts.
        others = [nav.homepage.url if nav.homepage is not None else "", config.extra.get("homepage"),
                  config.theme.get("logo"), "assets/", *(getattr(config, "extra_css", None) or ()),
                  *(getattr(config, "extra_javascript", None) or ())]
        self._targets = tuple(dict.fromkeys([*_link_targets(nav.items), *(str(url) for url in others if url)]))
        self._html: dict[tuple, str] = {}
        # A titled partial's HTML before and after the title, by the same key; None where the
        # HTML around differed between two pages. The first page's, until a second confirms it.
        self._around: dict[tuple, Optional[tuple[str, str]]] = {}
        self._first: dict[tuple, tuple[str, str, str]] = {}
        self._last: tuple = (None, None, ())  # the last page asking, its base URL and relative URLs
        self.hits = 0

    @pass_context
    def __call__(self, context: Any, name: str, caller: Any) -> str:
        page = context.get("page")
        if page is None or id(page) in self._in_nav or not context.get("nav"):
            return caller()
        base_url = context.get("base_url")
        last_page, last_base, urls = self._last
        if last_page is not page or last_base != base_url:  # the templates of one page ask in turn
            urls = tuple(url_filter(context, target) for target in self._targets)
            self._last = (page, base_url, urls)
        key = (name, base_url, urls)
        if name in TITLED_PARTIALS:
            return self._titled(key, _printed_title(page), caller)
        html = self._html.get(key)
        if html is None:
            html = self._html[key] = caller()
        else:
            self.hits += 1
        return html

    def _titled(self, key: tuple, title: Optional[str], caller: Any) -> str:
        """The partial with this page's title between the HTML around it, once two pages
        with different titles have shown that the HTML around is the same for both."""
        around = self._around.get(key)
        if around is not None and title is not None:
            self.hits += 1
            return around[0] + title + around[1]
        html = caller()
        if title is None or key in self._around or html.count(title) != 1:
            return html
        before, after = html.split(title)
        first = self._first.get(key)
        if first is None:
            self._first[key] = (title, before, after)
        elif first[0] != title:
            # Confirmed, or (the HTML around differs) never to be put together for this key.
            self._around[key] = (before, after) if first[1:] == (before, after) else None
        return html


def _printed_title(page: Any) -> Optional[str]:
    """The page's title as Material's header prints it (`page.meta.title`, else `page.title`,
    unescaped); None when escaping could matter or it is not text."""
    meta = getattr(page, "meta", None) or {}
    title = meta.get("title") or getattr(page, "title", None)
    if not isinstance(title, str) or not title.strip() or any(c in title for c in "&<>\"'"):
        return None
    return title
