#!/usr/bin/env python3
"""Both engines on a synthetic corpus: the same pages, titles, anchors, error report links
and edit links?

    .venv/bin/python bench/parity.py [--plans 1000] [--keep FOLDER]

Writes the corpus (bench/corpus.py) into a project folder with this repository's code and
theme, builds it with `mkdocs build --strict` and with `python -m generator.engines zensical`
(what `make build-zensical` runs), and compares every HTML page of the two sites as
`tests/test_zensical.py` does for the real plans. Prints the page counts, each engine's
seconds and the pages that differ; exits 1 when any does.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import run  # noqa: E402

_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_ID = re.compile(r'\sid="([^"]+)"')
EDIT_LINK = re.compile(r'<a href="([^"]+)" title="Redigera sidan"')
REPORT_LINK = re.compile(r'<a href="([^"]+)">Rapportera ett fel på den här sidan</a>')
# Zensical gives a hand-written page no edit button without repo_url (README, "Engines"), unless
# its front matter names the address (docs/bidra.md and docs/bidra/falt.md do); the missing-page page has none.
NO_EDIT_BUTTON_IN_ZENSICAL = ("404.html",)


def page_facts(site: Path) -> dict[str, tuple[str, list[str], list[str], list[str]]]:
    """Each HTML page: its title, the anchors of its content, its error report link (the theme
    override's, with the page's address and title URL-encoded by each engine's own filter),
    and its edit link."""
    facts = {}
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        article = html.split("<article", 1)[-1].split("</article>", 1)[0]
        # Ids starting with "__" belong to the theme's own widgets, not to the content.
        anchors = sorted({a for a in _ID.findall(article) if not a.startswith("__")})
        facts[path.relative_to(site).as_posix()] = (_TITLE.search(html).group(1).strip(), anchors,
                                                    REPORT_LINK.findall(html), EDIT_LINK.findall(html))
    return facts


def differences(mkdocs: dict, zensical: dict) -> dict:
    """{page: (MkDocs' facts, Zensical's)} for every page whose facts differ, and pages only
    one engine built (the other side None)."""
    found = {}
    for page in sorted(set(mkdocs) | set(zensical)):
        ours, theirs = mkdocs.get(page), zensical.get(page)
        if ours == theirs:
            continue
        if page in NO_EDIT_BUTTON_IN_ZENSICAL and ours and theirs and ours[:3] == theirs[:3]:
            continue
        found[page] = (ours, theirs)
    return found


def _timed(command: list[str], cwd: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{(result.stdout + result.stderr)[-3000:]}")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        project = run.make_project((args.keep or Path(scratch)) / "project", corpus.generate(args.plans))
        python = sys.executable
        mkdocs_seconds = _timed([str(Path(python).parent / "mkdocs"), "build", "--strict", "--site-dir",
                                 str(project / "site-mkdocs")], project)
        zensical_seconds = _timed([python, "-m", "generator.engines", "zensical"], project)
        mkdocs, zensical = page_facts(project / "site-mkdocs"), page_facts(project / "site")
        found = differences(mkdocs, zensical)
        print(f"{args.plans} plans: MkDocs {len(mkdocs)} pages in {mkdocs_seconds:.0f} s, "
              f"Zensical {len(zensical)} pages in {zensical_seconds:.0f} s (generator build included)")
        for page, (ours, theirs) in list(found.items())[:20]:
            print(f"  {page}: MkDocs {ours!r}\n  {' ' * len(page)}  Zensical {theirs!r}")
        print(f"{len(found)} pages differ" if found else "same pages, titles, anchors, error report links and edit links")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
