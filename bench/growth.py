#!/usr/bin/env python3
"""P4 along the two axes `make bench` does not vary: documents per municipality, and municipalities.

    .venv/bin/python bench/growth.py [--documents 30,60,120] [--actors 9] [--work FOLDER]
    .venv/bin/python bench/growth.py --municipalities 30,150,290 [--plans 1000] [--work FOLDER]

`make bench` spreads its plans over many municipalities, about 33 to each, and judges P4
(every HTML page ≤ 100 KB) there.

A municipality gathers documents term after term, and some of its pages list them all. With
--documents, this builds one municipality of nine actors, or --actors N (bench/corpus.py
with --municipalities 1) with each number of documents and prints the largest page of each kind
that could grow with them.

The national pages (home, the indexes, a topic, the matrix, the editors' coverage) have a line
or a link per municipality, and Sweden has 290. With --municipalities, this builds the same
number of plans spread over each number of municipalities and prints the largest national
page of each kind.

Each site is built with `mkdocs build --strict`; pages over 100 KB are marked. Not part of
`make bench`; `make test` runs each mode once with small numbers.
"""

from __future__ import annotations

import argparse
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
# The site-wide page kinds that have a line or a link per municipality.
NATIONAL_KINDS = ("home", "topic index", "topic", "actor index", "plan index", "matrix", "editors' coverage")
LIMIT = 100 * 1024  # P4


def measure(documents: int, work: Path, seed: int = corpus.DEFAULT_SEED, municipalities: int = 1,
            kinds: tuple[str, ...] = KINDS, actors: int = corpus.DEFAULT_ACTORS,
            real_names: bool = False) -> dict[str, int]:
    """The largest HTML page of each of `kinds`, in bytes, of a site with `documents` documents
    spread over `municipalities` municipalities of `actors` actors each, their names of real
    length with `real_names` (bench/corpus.py --real-names)."""
    folder = work / (f"{documents}-in-{municipalities}" + ("" if actors == corpus.DEFAULT_ACTORS else f"-of-{actors}")
                     + ("-real-names" if real_names else ""))
    # Only the pages' bytes are measured, not the build's time: its templates come compiled.
    project = run.make_project(folder / "project", corpus.generate(documents, seed, municipality_count=municipalities,
                                                                   actor_count=actors, real_names=real_names),
                               compiled_templates=True)
    site = folder / "site"
    try:
        run.run_process([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--quiet",
                         "--site-dir", str(site)], project)
    except run.RunFailed as failure:
        raise SystemExit(f"growth: {failure}") from None
    largest = run.site_facts(site)["largest"]
    return {kind: largest[kind]["bytes"] for kind in kinds if kind in largest}


def table(sizes: dict[int, dict[str, int]], unit: str = "documents", kinds: tuple[str, ...] = KINDS) -> str:
    """A Markdown table: a row per page kind, a column per number of `unit`."""
    lines = ["| largest page | " + " | ".join(f"{n:,} {unit}" for n in sizes) + " |",
             "|---|" + "---|" * len(sizes)]
    for kind in kinds:
        cells = [size.get(kind) for size in sizes.values()]
        lines.append(f"| {kind} | " + " | ".join(
            "–" if cell is None else run._kb(cell) + (" **over 100 KB**" if cell > LIMIT else "") for cell in cells) + " |")
    return "\n".join(lines)


def counts(text: str) -> list[int]:
    """`30,60,120` as [30, 60, 120]: numbers of at least 1, for argparse."""
    try:
        numbers = [int(part) for part in text.split(",")]
    except ValueError:
        numbers = []
    if not numbers or min(numbers) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of numbers of at least 1")
    return numbers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The largest pages of one municipality as its documents accumulate, "
                                     "or of the national pages as the municipalities do.")
    parser.add_argument("--documents", type=counts, default=[30, 60, 120],
                        help="numbers of documents of one municipality, comma-separated (default: 30,60,120)")
    parser.add_argument("--municipalities", type=counts, help="instead: numbers of municipalities, comma-separated, "
                        "each with --plans plans spread over them (the national pages)")
    parser.add_argument("--plans", type=int, default=1000, help="plans in all, with --municipalities")
    parser.add_argument("--actors", type=int, default=corpus.DEFAULT_ACTORS,
                        help=f"actors in each municipality (default: {corpus.DEFAULT_ACTORS}; at most {corpus.MAX_ACTORS})")
    parser.add_argument("--real-names", action="store_true", help="names of real length (bench/corpus.py --real-names)")
    parser.add_argument("--work", type=Path, help="folder for the projects and sites (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.plans < 1:
        parser.error("--plans must be at least 1")
    if not 1 <= args.actors <= corpus.MAX_ACTORS:
        parser.error(f"--actors must be 1 to {corpus.MAX_ACTORS}")
    with tempfile.TemporaryDirectory(prefix="vlv-growth-") as scratch:
        work = (args.work or Path(scratch)).resolve()
        if args.municipalities:
            sizes = {n: measure(args.plans, work, municipalities=n, kinds=NATIONAL_KINDS, actors=args.actors,
                             real_names=args.real_names)
                     for n in args.municipalities}
            heading = f"{args.plans:,} plans spread over each number of municipalities"
            result = table(sizes, "municipalities", NATIONAL_KINDS)
        else:
            sizes = {n: measure(n, work, actors=args.actors, real_names=args.real_names) for n in args.documents}
            heading = f"One municipality, {args.actors} actors" + (", names of real length" if args.real_names else "")
            result = table(sizes)
    print(f"{heading} (bench/corpus.py, seed {corpus.DEFAULT_SEED}); P4: every page ≤ 100 KB.\n")
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
