"""Zensical, the second engine: `make build-zensical` builds the real plans into the
same pages as MkDocs, with the same titles, anchors and edit links."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import REPO, mkdocs_build

sys.path.insert(0, str(REPO / "bench"))
from parity import EDIT_LINK, differences, page_facts  # noqa: E402  (bench/parity.py: the same comparison at scale)


@pytest.fixture(scope="module")
def mkdocs_site(zensical_project) -> Path:
    """The same project built by MkDocs (`zensical_project` and `zensical_site`: conftest.py)."""
    result = mkdocs_build(zensical_project, zensical_project / "site-mkdocs")
    assert result.returncode == 0, result.stderr
    return zensical_project / "site-mkdocs"


def test_zensical_builds_the_same_pages_titles_anchors_and_edit_links_as_mkdocs(mkdocs_site, zensical_site):
    mkdocs = page_facts(mkdocs_site)
    zensical = page_facts(zensical_site)
    assert sorted(zensical) == sorted(mkdocs)
    assert len(mkdocs) > 40
    assert differences(mkdocs, zensical) == {}


def test_zensical_edit_links_point_at_the_plan_file(zensical_site):
    html = (zensical_site / "dokument" / "eskilstuna-v-socialnamnden-2017" / "index.html").read_text(encoding="utf-8")
    assert EDIT_LINK.findall(html) == [
        "https://github.com/vem-lovar-vad/vem-lovar-vad/edit/main/plans/eskilstuna-v-socialnamnden-2017.yaml"]
