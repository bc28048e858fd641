#!/usr/bin/env python3
"""The engine's floor: MkDocs and the theme building our page set with nothing on the pages.

    python bench/floor.py PROJECT TARGET

PROJECT is a bench project after `python -m generator build` (its docs/ holds the generated
pages and data files, listed in docs/.generated). TARGET becomes a MkDocs project with the
same mkdocs.yml (theme, navigation, search plugin, Markdown extensions) minus our hook, the
same hand-written pages, theme overrides and data files, and one page for every generated
page at the same path, holding only its title as a heading and one short sentence.

`mkdocs build` of TARGET is what the engine costs for this many pages before the site does
anything of its own: no plan is read, checked or rendered, and the search plugin indexes
one line per page. `bench/run.py` times it against Hugo on the same data, so the report
can show how much of the 4 × Hugo budget (goal P2) the engine leaves for the site's work.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from generator.write import MANIFEST  # noqa: E402

PLACEHOLDER = "Sidan har bara sin rubrik i den här mätningen."


def _title(markdown: str) -> str:
    """The `title:` of a generated page's front matter (JSON-quoted there), or its path."""
    if markdown.startswith("---\n"):
        front, _, _ = markdown[4:].partition("\n---\n")
        meta = yaml.load(front, Loader=yaml.CSafeLoader) or {}
        if isinstance(meta.get("title"), str):
            return meta["title"]
    return ""


def make_floor(project: Path, target: Path) -> int:
    """Write TARGET from PROJECT; return the number of placeholder pages written."""
    shutil.rmtree(target, ignore_errors=True)
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    config.pop("hooks", None)
    config["strict"] = False  # placeholder pages have none of the anchors other pages link to
    target.mkdir(parents=True)
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                       encoding="utf-8")
    docs = project / "docs"
    generated = set((docs / MANIFEST).read_text(encoding="utf-8").split())
    pages = 0
    for source in sorted(docs.rglob("*")):
        if not source.is_file():
            continue
        relative = source.relative_to(docs).as_posix()
        destination = target / "docs" / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if relative in generated and relative.endswith(".md"):
            title = _title(source.read_text(encoding="utf-8")) or relative
            destination.write_text(f"# {title}\n\n{PLACEHOLDER}\n", encoding="utf-8")
            pages += 1
        elif relative != MANIFEST:
            shutil.copy(source, destination)
    return pages


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    pages = make_floor(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{pages} placeholder pages written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
