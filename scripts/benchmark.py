#!/usr/bin/env python3
"""Rerunnable build benchmark: medians of repeated runs, and how they relate.

    .venv/bin/python scripts/benchmark.py [--runs 7]

Measures, on this repository's plans: loading and checking everything (validate),
rendering all pages (render), and the complete `mkdocs build --strict` in a temporary
folder. Prints the median and spread of each and the share of the full build spent in
the generator. Wall-clock seconds; run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.crossref import build_site  # noqa: E402
from generator.render import render_site  # noqa: E402


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    mkdocs = Path(sys.executable).parent / "mkdocs"
    site = build_site(ROOT)
    pages = render_site(site)

    def full_build() -> None:
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([str(mkdocs), "build", "--strict", "--quiet", "--site-dir", out], cwd=ROOT, check=True,
                           env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})

    results = {
        "validate (load + check + link)": [timed(lambda: build_site(ROOT)) for _ in range(runs)],
        "render (all pages)": [timed(lambda: render_site(site)) for _ in range(runs)],
        "mkdocs build --strict (complete)": [timed(full_build) for _ in range(runs)],
    }
    items = sum(len(p.items) for p in site.plans)
    print(f"{len(site.plans)} plans, {items} items, {len(pages)} generated pages; {runs} runs each\n")
    for name, values in results.items():
        print(f"{name:<34} median {statistics.median(values):7.3f} s   "
              f"min {min(values):7.3f}   max {max(values):7.3f}")
    generator = statistics.median(results["validate (load + check + link)"]) + statistics.median(results["render (all pages)"])
    build = statistics.median(results["mkdocs build --strict (complete)"])
    print(f"\ngenerator / complete build: {generator / build:.2f} (ratio of medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
