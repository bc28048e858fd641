"""The search plugin indexes generated pages without the elements it excludes, and makes the
same index, byte for byte, as from the whole pages (`generator/search_text.py`)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser

from conftest import REPO, assert_same_site, build_log
from generator import paths, search_parser, workers
from generator.mkdocs_hook import WHOLE_SEARCH_HTML_VARIABLE
from generator.search_text import feed_plain, is_plain, spaces_collapsed, without_excluded


def _build(project: Path, site: Path, processes: int) -> list[str]:
    """Build the site (verbose) with this many processes; the generated pages the search
    plugin got emptied."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", workers.VARIABLE: str(processes)}
    env.pop(WHOLE_SEARCH_HTML_VARIABLE, None)
    result = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--verbose",
                             "--site-dir", str(site)], cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return _emptied(result.stdout + result.stderr)


def _emptied(log: str) -> list[str]:
    """The generated pages a build's log (--verbose) says the search plugin got emptied."""
    return re.findall(r"Search indexes (\S+) without the elements it excludes", log)


def _assert_same_sites(first: Path, second: Path) -> list[str]:
    """Both builds made the same search index and the same pages; the pages."""
    index = Path("search") / "search_index.json"
    assert (first / index).read_bytes() == (second / index).read_bytes()
    pages = sorted(str(path.relative_to(first)) for path in first.rglob("*.html"))
    assert pages == sorted(str(path.relative_to(second)) for path in second.rglob("*.html"))
    assert [page for page in pages if (first / page).read_bytes() != (second / page).read_bytes()] == []
    return pages


def _html_page(src_uri: str) -> str:
    """Where a page's HTML lands (`x/index.md` → `x/index.html`, `x/y.md` → `x/y/index.html`)."""
    stem = src_uri.removesuffix(".md")
    return "index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html"


def _logged(site: Path) -> list[str]:
    """The pages a session build (conftest.py) emptied for the search plugin: its log is beside it."""
    return _emptied(build_log(site))


def _assert_same_site_and_index(fast: Path, reference: Path) -> None:
    """Pages emptied for the search plugin (the session's build `fast`) give the site and index
    of the reference build, whose plugin parsed whole pages (conftest.reference_build)."""
    assert _emptied(build_log(reference)) == []
    pages = assert_same_site(fast, reference)  # the theme still shows every page whole
    # Every generated page with excluded elements was indexed without them (a hand-written
    # page's, the guide's, the plugin leaves out itself, as the reference build shows).
    hand_written = ({f"{path.stem}/index.html" for path in (REPO / "docs").glob("*.md")}
                    | {f"{paths.GUIDE_FIELDS.removesuffix('.md')}/index.html"})  # the guide's table of fields
    excluding = [page for page, html in pages.items()
                 if page.endswith(".html") and "data-search-exclude" in html and page not in hand_written]
    assert excluding and sorted(_html_page(src_uri) for src_uri in _logged(fast)) == excluding


# Each project is built by the session (conftest.py) with pages emptied for search in one
# process, and once more with the build's shortcuts off (conftest.reference_build). The real
# plans' session build runs as `make build` does, in one process: below
# workers.PARALLEL_FROM_PAGES pages (VLV_WORKERS unset), where the real plans will stay for a
# long time. The synthetic one sets VLV_WORKERS=1, and is built a third time with a worker
# process parsing pages for search, the way every build of more pages runs.
def test_the_real_plans_give_the_same_search_index_both_ways(repo_site, repo_reference):
    site, _ = repo_site
    _assert_same_site_and_index(site, repo_reference)


def test_an_entry_holds_one_space_where_a_list_item_wraps_and_preformatted_text_as_written(repo_site):
    """The guide's and the about page's list items wrap their lines, and the plugin kept the
    break as a space with the next line's indent ("Alla id   står i filen", 309 bytes of the
    gzipped index). The guide's examples keep their lines and indents, as the result shows them."""
    site, _ = repo_site
    entries = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    wrapped = [entry["location"] for entry in entries
               if re.search(r"\s{2,}", re.sub(r"<pre>.*?</pre>", "<pre/>", entry["text"], flags=re.DOTALL))]
    assert wrapped == []
    assert any(re.search(r"<pre><code>[^<]*\n {2,}\S", entry["text"]) for entry in entries), "no example indents a line"


# The end of an element whose text the browser sets apart from the next's (a table cell, a term, a
# box, a line break), where the search plugin's parser keeps no tag: it joins the text of two such
# elements as written, with nothing between when the HTML has nothing, and the index's words split
# at tags and white space only.
# (Only one with no white space after it can join: a page without one is not parsed.)
_SET_APART = re.compile(r"(?:</(?:td|th|tr|caption|dt|dd|div)>|<br ?/?>)(?=\S)")
# A page's content as the theme shows it, which is what the plugin indexes.
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">.*</article>', re.DOTALL)


def _words(html: str) -> list[str]:
    """The words of the plugin's entries for a page, in order: its sections' titles and texts
    split at tags and white space."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [word for section in parser.data
            for word in re.sub(r"<[^>]*>", " ", "".join(section.title) + " " + "".join(section.text)).split()]


def test_a_table_cells_words_are_words_of_their_own_in_the_index(repo_site):
    """The guide's tables wrote their cells with nothing between them, and the index held their
    headings as "FältKrävsVad det är" and "FilVad den innehåller": no word a voter types, nor one
    the result's excerpt shows apart. On every page, each cell's (and term's, box's, line's) words
    are the plugin's words as they would be with a space after it. (The content is checked as the
    theme shows it, excluded elements too: the plugin removes their search attributes.)"""
    site, _ = repo_site
    contents = {str(path.relative_to(site)): _ARTICLE.search(path.read_text(encoding="utf-8"))
                for path in sorted(site.rglob("*.html"))}
    assert contents["bidra/index.html"] and contents["bidra/falt/index.html"]
    joined = {}
    for page, content in contents.items():
        html = content.group(0) if content else ""
        spaced, ends = _SET_APART.subn(r"\g<0> ", html)
        if not ends:
            continue
        words, apart = _words(html), _words(spaced)
        if words != apart:
            joined[page] = sorted(set(words) - set(apart))
    assert joined == {}


def test_only_spaces_run_together_outside_preformatted_text_become_one():
    entries = [{"text": "<p>ett\u00a0\u00a0id   står</p> <pre><code>  - id: x\n    name: X\n</code></pre> <p>a \t b</p>"}]
    spaces_collapsed(entries)
    assert entries == [{"text": "<p>ett\u00a0\u00a0id står</p> <pre><code>  - id: x\n    name: X</code></pre> <p>a b</p>"}]


def test_a_lone_line_break_or_tab_becomes_a_space_and_an_examples_last_line_ends_without_one():
    """A run of white space became one space, but a line break or tab alone stayed, and so did the
    line break that ends each of the guide's examples (`make validate\\n`), which no browser shows."""
    entries = [{"text": "<p>ett\nid</p>\t<li>a\tb</li> <pre><code>make validate\n</code></pre>"},
               {"text": "<pre>\n  ett\n\n  två\n</pre>"}]
    spaces_collapsed(entries)
    assert entries == [{"text": "<p>ett id</p> <li>a b</li> <pre><code>make validate</code></pre>"},
                       {"text": "<pre>\n  ett\n\n  två</pre>"}]


@pytest.mark.parametrize("text, collapsed", [
    ("<p>ett\u00a0\u00a0id   står</p>  <p>a \t b</p>", "<p>ett\u00a0\u00a0id står</p> <p>a b</p>"),
    ("<p>ett\nid</p>\t<li>a\tb</li>\r\n<li>c \n  d</li>", "<p>ett id</p> <li>a b</li> <li>c d</li>"),
    ("<p>ett id</p> <p>a b</p>", "<p>ett id</p> <p>a b</p>"),
    ("<p>ett\rid \r</p>", "<p>ett id </p>"),
], ids=["spaces", "line-breaks-and-tabs", "nothing-to-collapse", "carriage-return"])
def test_an_entry_without_preformatted_text_has_each_run_of_white_space_as_one_space(text, collapsed):
    """Most entries hold no `<pre>`: theirs is collapsed without looking for one, the same way."""
    entries = [{"text": text}]
    spaces_collapsed(entries)
    assert entries == [{"text": collapsed}]


def test_synthetic_plans_give_the_same_search_index_both_ways_and_when_workers_parse_for_search(
        synthetic_site, synthetic_reference, tmp_path):
    project, site = synthetic_site
    _assert_same_site_and_index(site, synthetic_reference)
    _assert_workers_make_the_same_site(project, site, tmp_path, _logged(site))


def _assert_workers_make_the_same_site(project: Path, fast: Path, tmp_path: Path, alone: list[str]) -> None:
    """Pages parsed for the search plugin by a worker process (`search_workers`) give the
    same site and index as the plugin's own parsing in one process (the build `fast`, which
    emptied the pages `alone`), pages emptied alike."""
    shared = _build(project, tmp_path / "shared", processes=2)
    _assert_same_sites(fast, tmp_path / "shared")
    # The data files, which a process of their own writes beside the build, and every other file.
    files = {str(path.relative_to(fast)): path.read_bytes()
             for path in fast.rglob("*") if path.is_file() and path.name != "sitemap.xml.gz"}
    assert {str(path.relative_to(tmp_path / "shared")): path.read_bytes() for path in (tmp_path / "shared").rglob("*")
            if path.is_file() and path.name != "sitemap.xml.gz"} == files
    assert any(name.endswith(".json") and name.startswith("data/") for name in files)
    folders = sorted(str(path.relative_to(fast)) for path in fast.rglob("*") if path.is_dir())
    assert sorted(str(path.relative_to(tmp_path / "shared")) for path in (tmp_path / "shared").rglob("*")
                  if path.is_dir()) == folders
    assert alone and sorted(shared) == sorted(alone)
    entries = json.loads((tmp_path / "shared" / "search" / "search_index.json").read_text())["docs"]
    # Pages whose front matter leaves them out of search stay out; boosted pages keep their boost.
    assert not any(entry["location"].startswith("redaktion/tackning/") for entry in entries)
    assert any(entry.get("boost") == 3 for entry in entries)


def _fed_whole(parser: Parser, html: str) -> None:
    parser.feed(html)
    parser.close()


def _entries(html: str, feed=_fed_whole, parser_class=Parser) -> list[tuple]:
    """What the plugin's parser makes of a page: each section's heading, id, title, text,
    whether it is excluded and how deep its heading lies; or the error it stops at."""
    parser = parser_class()
    try:
        feed(parser, html)
    except ValueError as error:  # some improperly nested markup (a `<p>` in a `<p>`)
        return [("error", str(error))]
    return [(s.el.tag, s.id, "".join(s.title), "".join(s.text), s.is_excluded(), s.depth) for s in parser.data]


@pytest.mark.parametrize("html, searched", [
    ('<p>före</p>\n<ul class="x" data-search-exclude>\n<li>a <a href="#b">b</a></li>\n</ul>\n<p>efter</p>',
     '<p>före</p>\n<ul class="x" data-search-exclude></ul>\n<p>efter</p>'),
    ('<div data-search-exclude><p data-search-exclude>x</p><p>y<br>z</p></div><p>kvar</p>',
     '<div data-search-exclude></div><p>kvar</p>'),
    ('<h3 class="rubrik" data-search-exclude>Åtaganden</h3>\n<p>text</p>',
     '<h3 class="rubrik" data-search-exclude></h3>\n<p>text</p>'),
])
def test_excluded_elements_are_emptied(html, searched):
    assert without_excluded(html) == searched
    assert _entries(searched) == _entries(html)


def test_an_excluded_element_with_a_heading_inside_stays_and_its_excluded_elements_are_emptied():
    """The plugin makes an entry for a heading with an id even inside an excluded element."""
    html = ('<h1 id="t">T</h1>\n<section data-search-exclude>\n<h2 id="lattlast">Lättläst</h2>\n<p>lätt</p>\n'
            '<blockquote data-search-exclude><p>citat</p></blockquote>\n</section>\n<p>efter</p>')
    searched = without_excluded(html)
    assert searched == html.replace("<p>citat</p>", "")
    assert _entries(searched) == _entries(html)
    assert ("h2", "lattlast", "", "", False, float("inf")) in _entries(html)


@pytest.mark.parametrize("html", [
    '<div data-search-exclude><!-- en kommentar --><p>y</p></div>',  # a comment
    '<div data-search-exclude><script>if (a<b) {}</script></div>',  # a script's content is not markup
    '<div data-search-exclude><script type="module">x</script></div>',  # a script with attributes
    '<div data-search-exclude><p class=x>y</p></div>',  # an unquoted attribute value
    '<div data-search-exclude><p title="a>b">y</p></div>',  # a `>` in an attribute value
    '<div  data-search-exclude><p>y</p></div>',  # two spaces before an attribute
    '<DIV data-search-exclude><p>y</p></DIV>',  # an upper-case name
    '<div data-search-exclude><p>x</div>',  # not properly nested
    '<div data-search-exclude><p data-search-boost="2">x</p></div>',  # an attribute the plugin removes
    '<div class="linenodiv"><span data-search-exclude>1</span></div>',  # code line numbers
    '<div data-search-exclude>' + '<span>' * 9 + 'x' + '</span>' * 9 + '</div>',  # nested too deep
])
def test_a_page_the_rules_do_not_cover_goes_whole(html):
    assert without_excluded(html) is html


def test_a_tag_of_the_excluded_elements_name_inside_it_keeps_the_page_whole():
    """The plugin stops skipping at the inner tag's end: the text after it is indexed."""
    html = '<div data-search-exclude><div>x</div>synlig</div>'
    assert without_excluded(html) is html
    assert "synlig" in _entries(html)[0][3]


@pytest.mark.parametrize("html", [
    '<p>Attributet data-search-exclude döljer text.</p>',  # the words in text
    '<p title="se data-search-exclude här">x</p>',  # in an attribute's value
    '<p>a<br data-search-exclude>b</p>',  # an element without content
    '<p>a<span data-search-exclude/>b</p>',
    '<p>a<span data-search-exclude></span>b</p>',  # already empty
])
def test_a_page_with_nothing_to_empty_is_handed_over_as_it_is(html):
    assert without_excluded(html) is html


# Small pages of nested elements, some excluded, some headings with ids, some improperly
# nested, with text and white space between: the plugin must make the same entries from the
# emptied page as from the whole one.
_TEXT = st.sampled_from(["", " ", "\n", "ord", " två ord ", "a\nb", "&amp;", "\n\n", "  ",
                         # and the white space and marks a plan's text copied from a pdf brings
                         "\u00a0", " \u00a0", "&nbsp;", "\t", "\r\n", "\u2009", "\u202f", "\u200b", "\ufeff",
                         "\u2028", "\x85", "\x0c", "a\u030a", "\u00ad"])
_ATTRIBUTES = st.lists(st.sampled_from([' data-search-exclude', ' id="a"', ' id="b"', ' class="headerlink"',
                                        ' class="x"']), max_size=3, unique=True)
_LEAF = _TEXT | st.sampled_from(["<br>", "<img src=\"x\">", "<div/>", '<h2 id="c"/>', "<p data-search-exclude/>",
                                  '<script>if (a && b) { c = "&amp;"; }</script>'])  # a script is skipped whole


def _element(name: str, attributes: list[str], children: list[str], closed: bool) -> str:
    return f"<{name}{''.join(attributes)}>{''.join(children)}{f'</{name}>' if closed else ''}"


# Markup that is not plain: a script with a `<` in it, tags the plugin skips to the end, code
# line numbers, pre-formatted text, a stray end tag, upper-case names, a heading without an id.
_LOOSE = st.sampled_from(["<script>if (a<b) {}</script>", "<style>p{}</style>", '<div class="linenodiv"><p>1</p></div>',
                          "<pre>a\n  b</pre>", "</p>", "<P>Stor</P>", "<h3>utan id</h3>", "<object>o</object>",
                          "<pre><code>k</code>\n\n</pre>", '<a class="headerlink" href="#x">#</a>'])
def _pages(leaves: st.SearchStrategy) -> st.SearchStrategy:
    return st.recursive(leaves, lambda inner: st.builds(
        _element, st.sampled_from(["div", "p", "span", "section", "ul", "li", "h1", "h2", "h3", "a", "pre", "code"]),
        _ATTRIBUTES, st.lists(inner, max_size=4), st.sampled_from([True] * 12 + [False])), max_leaves=40)


_PAGES = _pages(_LEAF)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(_PAGES, min_size=1, max_size=4))
def test_the_plugin_makes_the_same_entries_from_the_emptied_page(parts):
    html = "\n".join(parts)
    assert _entries(without_excluded(html)) == _entries(html)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(_PAGES, min_size=1, max_size=4))
def test_plain_markup_handed_to_the_parser_tag_by_tag_gives_the_same_entries(parts):
    html = "\n".join(parts)
    assert is_plain(html)
    assert _entries(html, feed_plain) == _entries(html)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(_pages(_LEAF | _LOOSE), min_size=1, max_size=4))
@example(["<pre>a<br> <br> </pre>"])  # white space after white space stays in pre-formatted text
def test_the_faster_parser_makes_the_plugins_entries(parts):
    """Also from improperly nested markup and from what the plugin never stops skipping."""
    html = "\n".join(parts)
    assert _entries(html, parser_class=search_parser.Parser) == _entries(html)


@pytest.mark.parametrize("html", [
    '<h1 id="a&amp;b">R &amp; D</h1><p title="&quot;x&quot;" hidden>a &lt; b &gt; c</p>',
    '<p class="">x<br />y<br/>z<img alt="&auml;" src="x"/></p>text utan tagg &amp;',
    '<h2 id="c">C<a class="headerlink" href="#c" title="Länk">#</a></h2>\n<ul><li>ett &amp; två</li>\n</ul>',
    # Tags back to back and at both ends, without text around them; `&` without a reference.
    '<div><p><span id="">A &amp B</span></p><hr></div><p data-search-exclude>Citat</p>',
])
def test_plain_markup_handed_over_tag_by_tag_reaches_the_handlers_as_from_html_parser(html):
    calls = []

    class Recording(Parser):
        def handle_starttag(self, tag, attrs):
            calls[-1].append(("start", tag, attrs))

        def handle_endtag(self, tag):
            calls[-1].append(("end", tag))

        def handle_data(self, data):
            calls[-1].append(("data", data))

    assert is_plain(html)
    calls.append([])
    _fed_whole(Recording(), html)
    calls.append([])
    feed_plain(Recording(), html)
    assert calls[0] == calls[1]
    assert any(call[0] == "data" and "&" in call[1] for call in calls[1])  # references resolved


def test_the_plugin_skips_a_page_handed_to_the_workers_which_keeps_its_front_matter():
    from types import SimpleNamespace

    from material.plugins.search.plugin import SearchIndex

    from generator import mkdocs_hook as hook
    from generator.search_workers import SearchWorkers

    def page(name: str, meta: dict) -> SimpleNamespace:
        html = f'<h1 id="{name}">{name}</h1><p>Om <em>{name}</em></p><h2 id="mer">Mer</h2><p>Text</p>'
        return SimpleNamespace(file=SimpleNamespace(src_uri=f"{name}.md"), meta=meta, content=html,
                               toc=[], url=f"{name}/", title=name)

    pages = [page("utan", {}), page("boost", {"search": {"boost": 3}}), page("tom", {"search": None}),
             page("undantagen", {"search": {"exclude": True}})]
    fronts = [dict(each.meta) for each in pages]
    hook._Session.search_workers = SearchWorkers(1)
    try:
        seen_by_plugin = []
        for each in pages:
            hook._empty_excluded_for_search({}, each, None, None)
            seen_by_plugin.append((each.meta.get("search") or {}).get("exclude"))
            hook._restore_whole_html({}, each, None, None)
        parsed = SearchIndex()
        hook._Session.search_workers.add_entries(parsed)
    finally:
        hook._stop_workers()
    assert seen_by_plugin == [True, True, True, True]
    assert [each.meta for each in pages] == fronts
    by_plugin = SearchIndex()
    for each in pages:
        by_plugin.add_entry_from_context(each)
    assert parsed.entries == by_plugin.entries
    assert [entry["location"] for entry in parsed.entries] == ["utan/", "utan/#mer", "boost/", "boost/#mer",
                                                                "tom/", "tom/#mer"]


def test_a_page_the_plugin_does_not_index_ends_as_the_plugin_leaves_it(monkeypatch):
    """The plugin removes `data-search-…="…"` attributes from every page after indexing; a page
    it does not index is kept from it only while that would change nothing."""
    from types import SimpleNamespace

    from material.plugins.search.plugin import SearchIndex, SearchPlugin

    from generator import mkdocs_hook as hook

    monkeypatch.setattr(hook._Session, "keep_from_search", True)

    def page(name: str, html: str) -> SimpleNamespace:
        return SimpleNamespace(file=SimpleNamespace(src_uri=f"{name}.md"), meta={"search": {"exclude": True}},
                               content=html, toc=[], url=f"{name}/", title=name)

    htmls = {"markerad": '<h1 id="a">A</h1><p data-search-exclude>Citat</p>',
             "med-varde": '<h1 id="b">B</h1><p data-search-exclude data-search-boost="2">Text</p>'}
    plugin = SearchPlugin()
    plugin.config = SimpleNamespace(enabled=True)
    plugin.search_index = SearchIndex()
    alone, hooked, seen = {}, {}, {}
    for name, html in htmls.items():
        each = page(name, html)
        plugin.on_page_context({}, page=each, config=None, nav=None)
        alone[name] = each.content
        each = page(name, html)
        hook._empty_excluded_for_search({}, each, None, None)
        seen[name] = each.content
        plugin.on_page_context({}, page=each, config=None, nav=None)
        hook._restore_whole_html({}, each, None, None)
        hooked[name] = each.content
    assert hooked == alone
    assert alone["med-varde"] == '<h1 id="b">B</h1><p data-search-exclude>Text</p>'
    assert seen == {"markerad": "", "med-varde": htmls["med-varde"]}
    assert plugin.search_index.entries == []


def test_the_html_is_kept_from_the_search_plugin_only_when_no_other_plugin_could_read_it():
    from types import SimpleNamespace

    from generator import mkdocs_hook as hook

    search = SimpleNamespace(on_page_context=lambda *args: None)
    search.on_page_context.__self__ = search  # as a bound method would have it

    class Other:
        def on_page_context(self, *args):
            return None

    def config(*handlers):
        plugins = SimpleNamespace(events={"page_context": [hook._empty_excluded_for_search, *handlers,
                                                          hook._restore_whole_html]},
                                  get=lambda name: search if name == "search" else None)
        return SimpleNamespace(plugins=plugins)

    assert hook._only_search_between(config(search.on_page_context))
    assert not hook._only_search_between(config(search.on_page_context, Other().on_page_context))


def test_a_documents_entries_hold_its_items_and_their_state_but_not_each_items_kind(repo_site):
    """Each card's label of its kind ("Ställningstagande", "Mål", …: the site's words, before
    each of the real plans' 366 items) and its "#" link are on the page but not in the index,
    where they were 699 bytes of the gzipped index and an empty-looking line before each item in
    a result's excerpt; the items' own words, and a promise's state from its follow-up, stay
    searchable."""
    from generator.model import ITEM_KINDS, PROMISE_STATES

    site, linked = repo_site
    entries = [entry for entry in json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
               if entry["location"].startswith("dokument/")]
    labels = "|".join(map(re.escape, ITEM_KINDS.values()))
    assert [entry["location"] for entry in entries if re.search(rf"<p>\s*(?:{labels})?\s*</p>", entry["text"])] == []
    text = " ".join(entry["text"] for entry in entries)
    assert any(f"{state} enligt dokumentet" in text for state in PROMISE_STATES.values())
    plan = next(plan for plan in linked.plans if plan.items)
    assert plan.items[0].data.text.split()[0] in text
