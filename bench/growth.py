#!/usr/bin/env python3
"""P4 over time: one municipality's pages as its documents accumulate.

    .venv/bin/python bench/growth.py [--documents 30,60,120] [--work FOLDER]

`make bench` spreads its plans over many municipalities, about 33 to each, and judges P4
(every HTML page ≤ 100 KB) there. A municipality gathers documents term after term, and some
of its pages list them all. This builds one municipality of nine actors (bench/corpus.py
with --municipalities 1) with each number of documents, with `mkdocs build --strict`, and
prints the largest page of each kind that could grow with them, marking those over 100 KB.
Not part of `make bench`; `make test` runs it once with small numbers.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import run  # noqa: E402

# The page kinds (run.page_kind) of one municipality, and an actor's page, which lists its documents.
KINDS = ("comparison", "municipality documents", "municipality coverage", "municipality matrix", "municipality",
         "actor")
LIMIT = 100 * 1024  # P4


def measure(documents: int, work: Path, seed: int = corpus.DEFAULT_SEED) -> dict[str, int]:
    """The largest HTML page of each kind, in bytes, of one municipality with `documents` documents."""
    project = run.make_project(work / str(documents) / "project", corpus.generate(documents, seed, municipality_count=1))
    site = work / str(documents) / "site"
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run([str(mkdocs), "build", "--strict", "--quiet", "--site-dir", str(site)], cwd=project,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build failed at {documents} documents:\n{result.stderr[-2000:]}")
    largest = run.site_facts(site)["largest"]
    return {kind: largest[kind]["bytes"] for kind in KINDS if kind in largest}


def table(sizes: dict[int, dict[str, int]]) -> str:
    """A Markdown table: a row per page kind, a column per number of documents."""
    lines = ["| largest page | " + " | ".join(f"{n:,} documents" for n in sizes) + " |",
             "|---|" + "---|" * len(sizes)]
    for kind in KINDS:
        cells = [size.get(kind) for size in sizes.values()]
        lines.append(f"| {kind} | " + " | ".join(
            "–" if cell is None else run._kb(cell) + (" **over 100 KB**" if cell > LIMIT else "") for cell in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One municipality's largest pages as its documents accumulate.")
    parser.add_argument("--documents", default="30,60,120", help="numbers of documents, comma-separated")
    parser.add_argument("--work", type=Path, help="folder for the projects and sites (default: a temporary one)")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.documents.split(",")]
    with tempfile.TemporaryDirectory(prefix="vlv-growth-") as scratch:
        work = (args.work or Path(scratch)).resolve()
        sizes = {n: measure(n, work) for n in counts}
    print(f"One municipality, nine actors (bench/corpus.py, seed {corpus.DEFAULT_SEED}); P4: every page ≤ 100 KB.\n")
    print(table(sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
