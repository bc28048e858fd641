"""Headings of plain shape get the HTML, table of contents, title and anchors MkDocs would
give them (`generator/headings.py`); any other heading or setting is left to MkDocs."""

from __future__ import annotations

import copy
import functools
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from conftest import FIXTURE, REPO
from generator.headings import PUNCTUATION, Converted, Headings
from generator.render import unbroken
from generator.search_text import EXCLUDE


@functools.cache
def _site_settings() -> tuple:
    """The site's Markdown settings (mkdocs.yml) and their short way, made once per test process:
    `Headings.for_build` renders a probe page with MkDocs, which cost as much as the rest of one
    of the property test's examples."""
    config = load_config(str(REPO / "mkdocs.yml"))
    return config, Headings.for_build(config)


@pytest.fixture(scope="module")
def config():
    return _site_settings()[0]


def _by_mkdocs(markdown: str, config) -> tuple:
    file = File("sida.md", src_dir=None, dest_dir=config["site_dir"], use_directory_urls=True)
    page = Page(None, file, config)
    page.markdown = markdown
    page.render(config, Files([file]))
    return _rendered(page)


def _by_headings(markdown: str, config) -> tuple:
    site_config, short_way = _site_settings()
    converted = (short_way if config is site_config else Headings.for_build(config)).convert(markdown)
    assert converted is not None, markdown
    page = Page(None, File("sida.md", src_dir=None, dest_dir=config["site_dir"], use_directory_urls=True), config)
    converted.apply(page)
    return _rendered(page)


def _rendered(page: Page) -> tuple:
    def toc(items) -> list:
        return [(item.title, item.id, item.level, getattr(item, "active", False), toc(item.children)) for item in items]

    links = {file.src_uri: anchors for file, anchors in (page.links_to_anchors or {}).items()}
    return page.content, toc(page.toc), page._title_from_render, page.present_anchor_ids, links


def test_the_sites_settings_let_plain_headings_skip_python_markdown(config):
    """If a change to mkdocs.yml turned the short way off, every build would be slower."""
    assert Headings.for_build(config) is not None


def test_a_page_of_plain_headings_comes_out_as_from_mkdocs(config):
    markdown = ("# Källtext: Budget- och skuldrådgivning 2025\n\n## Sammanfattning {#sammanfattning}\n\n"
                "### Mål (2026) – nu? {#mal}\n\n## Källtext: Budget- och skuldrådgivning 2025")
    assert _by_headings(markdown, config) == _by_mkdocs(markdown, config)
    content, toc, title, anchors, links = _by_headings(markdown, config)
    assert title == "Källtext: Budget- och skuldrådgivning 2025"
    assert anchors == {"kalltext-budget-och-skuldradgivning-2025", "sammanfattning", "mal",
                       "kalltext-budget-och-skuldradgivning-2025_1"}
    assert content.splitlines()[1] == ('<h2 id="sammanfattning">Sammanfattning<a class="headerlink" '
                                       'href="#sammanfattning" title="Länk till rubriken">#</a></h2>')


def test_a_heading_with_a_class_comes_out_as_from_mkdocs(config):
    """A municipality's page heads each actor `### Socialnämnden {#aktor-… .vlv-content}` (the
    class keeps the heading in a browser's reader view): such a heading takes the short way
    too, so that no municipality's page is left to Python-Markdown, and comes out as MkDocs
    gives it, the class first."""
    markdown = ("# Eskilstuna\n\n### Socialnämnden {#aktor-eskilstuna-socialnamnden .vlv-content}\n\n"
                "## Dalarnas län {#lan-dalarnas-lan .vlv-content data-search-exclude}")
    assert _by_headings(markdown, config) == _by_mkdocs(markdown, config)
    assert _by_headings(markdown, config)[0].splitlines()[1].startswith(
        '<h3 class="vlv-content" id="aktor-eskilstuna-socialnamnden">Socialnämnden<a ')


def test_a_heading_that_tells_its_widest_word_comes_out_as_from_mkdocs(config):
    """A heading whose word may fill a phone's line tells its width (`--vlv-widest`, for
    extra.css): an actor's, a topic's and a comparison's page heading, the changelog's and the
    data fields' sections, a municipality's actors. Such a heading takes the short way too: with
    the style, 89 of the real site's 111 pages had been left to Python-Markdown."""
    markdown = ('# Sverigedemokraterna Eskilstuna { style="--vlv-widest: 1022" }\n\n'
                '## 5 december 2026: Ändrad återgivning {#andring-1 style="--vlv-widest: 525"}\n\n'
                '### Socialnämnden och socialförvaltningen i Eskilstuna '
                '{#aktor-x .vlv-content data-search-exclude style="--vlv-widest: 1022"}')
    assert _by_headings(markdown, config) == _by_mkdocs(markdown, config)
    assert _by_headings(markdown, config)[0].splitlines()[0].startswith(
        '<h1 id="sverigedemokraterna-eskilstuna" style="--vlv-widest: 1022">Sverigedemokraterna Eskilstuna<a ')


# A plan's words as the templates write them into a heading (`render.unbroken`): `*`, `_`, `` ` ``,
# `&` … as references, a year range or a date kept on one line.
# Also the letters and digits of the plain shape a title copied from a pdf brings: a ligature, a
# superscript, a fraction, other Latin letters (the other characters it brings, spaces no split
# folds, a combining ring, typographic quotes, leave a heading to MkDocs: the test over all of Unicode).
_WORD = st.text(alphabet="abcåäöÅÄÖXyz019*_`&<[]{}#\\\u00ad" + "".join(PUNCTUATION - {" "})
                + "\ufb01\u00b2\u00bd\u00e9\u00df\u00d8\u0131", min_size=1, max_size=8)
_TEXT = st.lists(_WORD | st.sampled_from(["2016-2019", "2024–2026", "2023-12-12"]), min_size=1,
                 max_size=4).map(" ".join).map(lambda text: str(unbroken(text)))
_HEADING = st.tuples(st.integers(1, 6), _TEXT, st.sampled_from([None, None, "a", "b", "a-1", "x_1", "abc"]),
                     st.booleans(), st.sampled_from([None, None, "en", "se-FI"]))


def _line(level: int, text: str, anchor: str, excluded: bool, lang: str = None) -> str:
    text = f'<span lang="{lang}">{text}</span>' if lang else text
    attributes = f"#{anchor} {EXCLUDE}" if excluded else f"#{anchor}"
    return f"{'#' * level} {text} {{{attributes}}}" if anchor else f"{'#' * level} {text}"


def test_a_heading_in_a_documents_own_language_comes_out_as_from_mkdocs(config):
    """A document's section heading in English (`<span lang="en">…</span>`, plan.md.j2) takes the
    short way too: an English document's page was left to Python-Markdown."""
    markdown = '# Vård 2024\n\n## <span lang="en">Goals and aims, 2024</span> {#avsnitt-1}\n\n### <span lang="se-FI">Ulbmil</span>'
    assert _by_headings(markdown, config) == _by_mkdocs(markdown, config)
    assert _by_headings(markdown, config)[0].splitlines()[1] == (
        '<h2 id="avsnitt-1"><span lang="en">Goals and aims, 2024</span><a class="headerlink" href="#avsnitt-1" '
        'title="Länk till rubriken">#</a></h2>')


def test_a_heading_the_document_gave_emphasis_or_code_comes_out_as_from_mkdocs(config):
    """A document's heading with `*` or `` ` `` in it (its emphasis, its code), which the pages
    write as character references (`escape.html_text`), takes the short way too, in Swedish and
    in a document's own language: such a page was left to Python-Markdown, with the same result."""
    markdown = ('# Mål för &#42;alla&#42; &#38; &#96;kod&#96;\n\n'
                '## <span lang="en">&#42;Goals&#42; for &#95;all&#95;</span> {#avsnitt-1}\n\n### R&#38;D &#91;1&#93;')
    assert _by_headings(markdown, config) == _by_mkdocs(markdown, config)
    content, toc, title, anchors, _ = _by_headings(markdown, config)
    assert title == "Mål för &#42;alla&#42; &#38; &#96;kod&#96;"
    assert anchors == {"mal-for-alla-kod", "avsnitt-1", "rd-1"}


def test_a_heading_with_a_year_range_kept_on_one_line_comes_out_as_from_mkdocs(config):
    """A section heading or a title with a year range or a date in it (`<span class="vlv-nowrap">`,
    kept on one line on a phone) takes the short way too, in a document's own language as in
    Swedish: two real documents' pages were left to Python-Markdown."""
    markdown = ('# Plan <span class="vlv-nowrap">2024–2026</span>\n\n'
                '## Strategiska mål <span class="vlv-nowrap">2016-2019</span> {#avsnitt-9 style="--vlv-widest: 542"}\n\n'
                '## <span lang="en">Goals <span class="vlv-nowrap">2016-2019</span>, '
                '<span class="vlv-nowrap">2023-12-12</span></span>')
    assert _by_headings(markdown, config) == _by_mkdocs(markdown, config)
    content, toc, title, anchors, _ = _by_headings(markdown, config)
    assert title == "Plan 2024–2026" and anchors == {"plan-20242026", "avsnitt-9", "goals-2016-2019-2023-12-12"}


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(_HEADING, min_size=1, max_size=6))
def test_plain_headings_come_out_as_from_mkdocs(config, headings):
    """Also a heading the search leaves out (`{#id data-search-exclude}`, a county's), and one in a
    document's own language."""
    markdown = "\n\n".join(_line(*heading) for heading in headings)
    assert _by_headings(markdown, config) == _by_mkdocs(markdown, config)


@pytest.mark.parametrize("markdown", [
    "## *Fet* text", "## R&D", "## Två  mellanslag", "## Stor {#Stor}", "## _under_", "## [länk](x.md)",
    "## Citat \"så\"", "## a `kod`", "## Rubrik ##", "## <em>x</em>", "## Rad\\", "#Utan mellanslag",
    "## Rubrik\n\nText", "", "####### Sju", '## <span lang="en">*x*</span>', '## <span lang="en"> x</span>',
    '## <span lang="en">x</span> y', '## <span lang="EN">x</span>', '## <span lang="en" class="a">x</span>',
    "## &#x2a;x", "## &amp; x", "## &#;", "## &#12345678;", '## <span class="vlv-nowrap">a<b</span>',
    '## <span class="vlv-nowrap">1</span', '## <span class="vlv-nowrap"><span class="vlv-nowrap">1</span></span>',
    '## <span lang="en">x</span> <span class="vlv-nowrap">1</span>',
])
def test_headings_of_any_other_shape_are_left_to_mkdocs(config, markdown):
    assert Headings.for_build(config).convert(markdown) is None


@pytest.mark.parametrize("change", [
    lambda c: c["markdown_extensions"].append("smarty"),  # would turn `--` and quotes typographic
    lambda c: c["mdx_configs"]["toc"].update(slugify=lambda value, separator: value),
    lambda c: c["mdx_configs"]["toc"].update(baselevel=2),
    lambda c: c["mdx_configs"]["toc"].update(permalink=True),
    lambda c: c["markdown_extensions"].remove("attr_list"),
])
def test_settings_it_does_not_cover_leave_every_heading_to_mkdocs(config, change):
    changed = copy.copy(config)
    changed["markdown_extensions"] = list(config["markdown_extensions"])
    changed["mdx_configs"] = {name: dict(value) for name, value in config["mdx_configs"].items()}
    change(changed)
    assert Headings.for_build(changed) is None


def test_plain_text_is_letters_digits_and_the_listed_punctuation_in_all_of_unicode(config):
    headings = Headings.for_build(config)
    accepted = [cp for cp in range(0x110000) if headings.convert(f"## a{chr(cp)}b") is not None]
    assert accepted == [cp for cp in range(0x110000) if chr(cp).isalnum() or chr(cp) in PUNCTUATION]


def test_markdown_changed_after_the_hook_is_converted_by_mkdocs(config, monkeypatch):
    """The hook's short way applies to the headings it handed on; a plugin that changes the
    Markdown after it gets MkDocs' own conversion."""
    from generator import mkdocs_hook as hook

    monkeypatch.setattr(hook._Session, "built", {"sida.md": "x"})
    monkeypatch.setattr(hook._Session, "headings", Headings.for_build(config))
    applied = []
    apply = Converted.apply
    monkeypatch.setattr(Converted, "apply", lambda self, page: (applied.append(page.markdown), apply(self, page)))
    file = File("sida.md", src_dir=None, dest_dir=config["site_dir"], use_directory_urls=True)
    pages = {}
    for changed in (False, True):
        page = Page(None, file, config)
        page.markdown = hook.on_page_markdown('<p id="a">x</p>\n\n## Rubrik {#rubrik}\n', page, config, None)
        if changed:
            page.markdown += "\n\nEn *ny* rad."
        page.render(config, Files([file]))
        pages[changed] = page.content
    assert pages[False] == _by_mkdocs("## Rubrik {#rubrik}", config)[0]
    assert "<em>ny</em>" in pages[True] and pages[True].startswith(pages[False])
    assert applied == ["## Rubrik {#rubrik}"]  # the short way for the unchanged page only


def test_a_year_range_in_a_documents_headings_stays_on_one_line_with_the_same_anchor_and_toc(config, project):
    """A phone broke "Strategiska mål 2016–" / "2019" in a document's section heading, and so
    its title: the range is kept on one line there too, as in the rest of the page, while the
    heading's anchor, its entry in the table of contents and the page's title read exactly as
    the heading written without the span."""
    from generator import paths
    from generator.render import render_site
    from generator.site import build_site

    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "title: Förslag till verksamhetsplan 2024\n", "title: Förslag till verksamhetsplan 2024–2026\n").replace(
        "  - heading: Mål och uppdrag\n", "  - heading: Mål och uppdrag 2016-2019\n"), encoding="utf-8")
    source = project / "sources" / "bergby-a-plan-2024.txt"  # where the heading stands
    source.write_text(source.read_text(encoding="utf-8").replace("**Mål och uppdrag:**", "**Mål och uppdrag 2016-2019:**"),
                      encoding="utf-8")
    markdown = render_site(build_site(project))[paths.plan_page("bergby-a-plan-2024")].split("\n---\n", 1)[1]
    content, toc, title, anchors, _ = _by_mkdocs(markdown, config)
    h1 = next(line for line in content.splitlines() if line.startswith("<h1"))
    assert '<span class="vlv-nowrap">2024–2026</span>' in h1
    assert ('<h2 id="avsnitt-1" style="--vlv-widest: 389">Mål och uppdrag <span class="vlv-nowrap">2016-2019</span>'
            '<a class="headerlink"') in content
    plain = _by_mkdocs("# Förslag till verksamhetsplan 2024–2026\n\n## Mål och uppdrag 2016-2019 {#avsnitt-1}", config)
    section = next(entry for entry in toc[0][4] if entry[1] == "avsnitt-1")
    assert toc[0][:3] == plain[1][0][:3] and section == plain[1][0][4][0]  # title, id, level
    assert title == plain[2] and {"avsnitt-1", plain[1][0][1]} <= anchors


@pytest.fixture(scope="module")
def english_plan_page(tmp_path_factory) -> str:
    """The fixture's plan page, its document declared English, as the hook gets its Markdown."""
    from generator import paths
    from generator.render import render_site
    from generator.site import build_site

    project = tmp_path_factory.mktemp("english") / "project"
    shutil.copytree(FIXTURE, project)
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("\nkind:", "\nlanguage: en\nkind:", 1), encoding="utf-8")
    return render_site(build_site(project))[paths.plan_page("bergby-a-plan-2024")].split("\n---\n", 1)[1]


def test_a_documents_section_heading_in_english_reaches_the_page_marked_english(config, english_plan_page):
    """A screen reader read the headings of a document in English with a Swedish voice (WCAG 3.1.2):
    the heading's words carry the document's language on the built page, its anchor as before, and
    the permalink after them, titled in Swedish, does not."""
    content = _by_mkdocs(english_plan_page, config)[0]
    assert ('<h2 id="avsnitt-1" style="--vlv-widest: 389"><span lang="en">Mål och uppdrag</span><a class="headerlink" href="#avsnitt-1" '
            'title="Länk till rubriken">#</a></h2>') in content


@pytest.mark.parametrize("short_way", [True, False], ids=["headings", "python-markdown"])
def test_a_documents_section_heading_in_english_is_marked_english_in_the_table_of_contents(config, english_plan_page,
                                                                                          monkeypatch, short_way):
    """The table of contents (the sidebar, and a phone's menu) named an English document's sections
    by their text alone, read with a Swedish voice: under MkDocs its entry prints the heading's
    marked words, the Swedish summary's entry its text as before."""
    from generator import mkdocs_hook as hook

    monkeypatch.setattr(hook._Session, "built", {"sida.md": "x"})
    monkeypatch.setattr(hook._Session, "headings", Headings.for_build(config) if short_way else None)
    file = File("sida.md", src_dir=None, dest_dir=config["site_dir"], use_directory_urls=True)
    page = Page(None, file, config)
    page.markdown = hook.on_page_markdown(english_plan_page, page, config, None)
    page.render(config, Files([file]))
    hook._assemble(page.content, page, config, None)
    toc_item = config.theme.get_env().get_template("partials/toc-item.html")
    entries = {entry.id: " ".join(toc_item.render(toc_item=entry).split()) for entry in page.toc.items[0].children}
    assert ('<span class="md-ellipsis"> <span class="md-typeset"> <span lang="en">Mål och uppdrag</span> </span> </span>'
            in entries["avsnitt-1"])
    assert '<span class="md-ellipsis"> Sammanfattning </span>' in entries["sammanfattning"]


def test_a_documents_section_heading_in_english_is_marked_english_in_zensicals_table_of_contents(english_plan_page,
                                                                                                  monkeypatch):
    """Zensical (which runs no hook) prints a table of contents entry from its heading's HTML."""
    import zensical.config
    from zensical.markdown.render import render

    monkeypatch.setattr(zensical.config, "_CONFIG", zensical.config._CONFIG)
    zensical.config.parse_mkdocs_config(str(REPO / "mkdocs.yml"))
    toc = render(english_plan_page, "sida.md", "sida/")["toc"][0]["children"]
    entries = {entry["id"]: entry["content"] for entry in toc}
    assert entries["avsnitt-1"] == '<span lang="en">Mål och uppdrag</span>'
    assert entries["sammanfattning"] == "Sammanfattning"
