"""Generated pages converted heading by heading give the same site as whole-page Markdown."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import FIXTURE, REPO, assert_same_site, build_log, make_site_project
from generator import prerendered
from generator.mkdocs_hook import WHOLE_MARKDOWN_VARIABLE


def _whole_markdown_build(project: Path, site: Path) -> None:
    env = {**os.environ, WHOLE_MARKDOWN_VARIABLE: "1", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--site-dir", str(site)],
                            cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


def test_the_real_plans_give_the_same_site_both_ways(repo_site, repo_reference):
    """The reference build converts every page's Markdown whole (and turns the build's other
    shortcuts off too: conftest.reference_build)."""
    site, _ = repo_site
    assert_same_site(site, repo_reference)
    assert "heading by heading" not in build_log(repo_reference)
    assert len(re.findall(r"Converted \S+ heading by heading", build_log(site))) > len(repo_site[1].plans)


def test_the_fixture_gives_the_same_site_both_ways(fixture_site, tmp_path):
    project = make_site_project(tmp_path / "project", FIXTURE)
    _whole_markdown_build(project, tmp_path / "whole")
    assert_same_site(fixture_site, tmp_path / "whole")


def test_most_generated_pages_take_the_fast_way(tmp_path):
    """Only pages with Markdown prose (om, the open-data page) are converted whole."""
    from generator.render import render_site
    from generator.site import build_site

    pages = {path: text for path, text in render_site(build_site(REPO)).items() if path.endswith(".md")}
    whole = sorted(path for path, text in pages.items() if prerendered.split(text.split("\n---\n", 1)[-1]) is None)
    assert whole == ["om/index.md", "oppna-data/index.md"]


@pytest.mark.parametrize("markdown", [
    "## Rubrik\n\n- en punkt i Markdown\n",  # a Markdown list
    "## Rubrik\n\nVanlig text.\n",  # a paragraph
    '## Rubrik\n\n<a href="x/">länk</a>\n',  # an inline tag starts a paragraph
])
def test_a_page_with_anything_but_headings_and_html_blocks_is_converted_whole(markdown):
    assert prerendered.split(markdown) is None


def test_the_html_goes_back_between_the_converted_headings():
    found = prerendered.split('<p id="a">före</p>\n\n## En {#en}\n\n<ul>\n<li>x</li>\n</ul>\n\n<div id="b">\n</div>\n\n'
                              "## Två\n")
    assert found.headings == "## En {#en}\n\n## Två"
    assert found.assemble('<h2 id="en">En</h2>\n<h2 id="tva">Två</h2>') == (
        '<p id="a">före</p>\n<h2 id="en">En</h2>\n<ul>\n<li>x</li>\n</ul>\n\n<div id="b">\n</div>\n<h2 id="tva">Två</h2>')
    assert found.assemble('<h2 id="en">En</h2>') is None  # one line per heading, or nothing


def test_the_raw_html_has_the_anchors_mkdocs_finds_in_it():
    """MkDocs collects the `id` of every tag in raw HTML (links to a missing anchor are
    reported); the split page reports the same ones, from tags written as the templates do."""
    from mkdocs.structure.pages import _HTMLHandler

    html = ('<div id="a" data-id="inte">\n<p\tid="b">text id=&quot;c&quot; och <span class="x" id="d">d</span></p>'
            '\n<section\nid="e" aria-label="f"><a href="#a" data-vlv-id="g">a</a></section></div>')
    found = prerendered.split(f"{html}\n\n## En {{#en}}\n\n<p id=\"h\">h</p>\n")
    mkdocs = _HTMLHandler()
    mkdocs.feed(html + '\n<p id="h">h</p>')
    anchors = prerendered.Anchors({"en"}, found.assemble('<h2 id="en">En</h2>'))
    assert set(anchors) == mkdocs.present_anchor_ids | {"en"} == {"a", "b", "d", "e", "h", "en"}
    assert "h" in anchors and "en" in anchors and "c" not in anchors and "g" not in anchors


def test_a_pages_html_is_read_for_anchors_only_for_a_link_to_one_no_heading_has(monkeypatch):
    """MkDocs asks each page for the anchors links lead to, a permalink to each heading included:
    those are its headings'; the raw HTML is read for its anchors only when a link leads to one
    that is no heading's (reading every page's took 0.15 s at a thousand plans)."""
    found = prerendered.split('<div id="a">\n</div>\n\n## En {#en}\n\n<p id="h">h</p>\n')
    anchors = prerendered.Anchors({"en"}, found.assemble('<h2 id="en">En</h2>'))
    read, ids = [], prerendered._ids
    monkeypatch.setattr(prerendered, "_ids", lambda html: read.append(html) or ids(html))
    assert "en" in anchors and not read
    assert "h" in anchors and "a" in anchors and "b" not in anchors
    assert len(read) == 1  # once, however many links ask



def _fixture_pages() -> dict[str, str]:
    from generator.render import render_site
    from generator.site import build_site

    return {path: text for path, text in render_site(build_site(FIXTURE)).items() if path.endswith(".md")}


def test_a_generated_pages_front_matter_reads_as_mkdocs_reads_it_without_yaml(monkeypatch):
    """Every generated page's Markdown and front matter (its title, description, search boost
    and words, feed), value for value and of the same types, as MkDocs' own reading gives them,
    read as the JSON they are written in: YAML is not asked for any of them."""
    from mkdocs.utils import meta

    pages = _fixture_pages()
    expected = {path: meta.get_data(text) for path, text in pages.items()}
    monkeypatch.setattr(meta, "get_data", lambda text: pytest.fail("read with YAML"))
    read = {path: prerendered.front_matter(text) for path, text in pages.items()}
    assert repr(read) == repr(expected)
    boosts = {type(front["search"]["boost"]) for _, front in read.values() if "boost" in front.get("search", {})}
    assert boosts == {int, float}


@settings(max_examples=300, deadline=None)
@given(st.text(), st.lists(st.text(max_size=8), max_size=3), st.one_of(st.integers(), st.floats(allow_nan=False),
                                                                        st.booleans(), st.text(max_size=5)))
@example("Älvby \u2028 rad\x85två\x7f", ["a\ud83d\ude00", ""], 1e-05)
@example("Titel", ["x"], 3.5)
def test_any_front_matter_the_templates_write_reads_as_mkdocs_reads_it(title, words, boost):
    """Whatever a plan's text puts in a title, and whatever the front matter's values: characters
    YAML reads otherwise (a line separator, a control character), numbers it reads otherwise
    (`1e-05`, text to YAML), or a key it reads as no text, go to MkDocs' own reading."""
    from mkdocs.utils import meta

    from generator.render import front_matter

    text = f"{front_matter(title=title, tags=words, search={'boost': boost}, hide=[])}\n\n# Rubrik\n"
    assert repr(prerendered.front_matter(text)) == repr(meta.get_data(text))


@pytest.mark.parametrize("front", ["yes: \"x\"", "titel: \"x\"\nsearch:", "search:\n  boost: 1\n    djup: 2",
                                   "  boost: 1", "titel: 'x'", "titel: \"x\" # kommentar", "",
                                   "search:\n  boost:", "search:\n  boost: 1\n  djup:\ntitel: \"x\""])
def test_a_front_matter_of_any_other_shape_is_read_by_yaml(front):
    from mkdocs.utils import meta

    text = f"---\n{front}\n---\n\n# Rubrik\n"
    assert repr(prerendered.front_matter(text)) == repr(meta.get_data(text))


@pytest.mark.parametrize("given_by_plugin, whole_markdown, generated", [
    (False, False, True), (True, False, True), (False, True, True), (False, False, False)])
def test_the_hook_reads_a_generated_pages_front_matter_as_json_only_where_mkdocs_would_read_the_file(
        tmp_path, monkeypatch, given_by_plugin, whole_markdown, generated):
    """A generated page's front matter is read as JSON (`on_pre_page`); a plugin that gives the
    page's source (`on_page_read_source`) is heard, a hand-written page and the whole-Markdown
    build are read by MkDocs' own YAML reading, and each page gets the title MkDocs would give it."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page
    from mkdocs.utils import meta

    from generator import mkdocs_hook

    config = MkDocsConfig()
    config.load_dict({"site_name": "Test", "docs_dir": str(tmp_path)})
    assert config.validate() == ([], [])
    written = '---\ntitle: "Från generatorn"\n---\n\n# Rubrik\n'
    monkeypatch.setattr(mkdocs_hook._Session, "built", {"dokument/x.md": written} if generated else {})
    if given_by_plugin:
        config.plugins.events["page_read_source"].append(lambda page, config: written.replace("generatorn", "tillägget"))
    if whole_markdown:
        monkeypatch.setenv(WHOLE_MARKDOWN_VARIABLE, "1")
    else:
        monkeypatch.delenv(WHOLE_MARKDOWN_VARIABLE, raising=False)
    yaml_read = []
    read_with_yaml = meta.get_data
    monkeypatch.setattr(meta, "get_data", lambda text: yaml_read.append(1) or read_with_yaml(text))
    file = File("dokument/x.md", src_dir=None, dest_dir=str(tmp_path / "site"), use_directory_urls=True)
    file.content_string = written
    page = Page(None, file, config)
    page = mkdocs_hook.on_pre_page(page, config, None)
    page.read_source(config)
    assert page.title == ("Från tillägget" if given_by_plugin else "Från generatorn")
    assert page.markdown == "# Rubrik\n"
    assert bool(yaml_read) == (given_by_plugin or whole_markdown or not generated)
