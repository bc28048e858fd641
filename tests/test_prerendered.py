"""Generated pages converted heading by heading give the same site as whole-page Markdown."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert found.anchor_ids() == {"a", "b"}
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
    assert found.anchor_ids() == mkdocs.present_anchor_ids == {"a", "b", "d", "e", "h"}
