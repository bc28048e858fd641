#!/usr/bin/env python3
"""Seconds from saving an edited plan to `mkdocs serve` serving the edit.

    .venv/bin/python bench/serve_latency.py [--edits 5] [--full] [--plans N]

Copies this repository's code, docs and inputs into a temporary project (`--plans N`: the
synthetic corpus of N plans from bench/corpus.py instead of the real plans), starts `mkdocs
serve --dirty` as `make serve` does (`--full`: without `--dirty`), then edits one plan's
title several times, polling the plan's page every 20 ms until each edit shows. Prints
each latency and the median.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
PLAN = "eskilstuna-v-socialnamnden-2017"


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait(url: str, text: str, limit: float = 600) -> float:
    start = time.monotonic()
    while text not in _page(url):
        if time.monotonic() - start > limit:
            raise SystemExit(f"{text!r} did not appear at {url} within {limit} s")
        time.sleep(0.02)
    return time.monotonic() - start


def measure(project: Path, plan_id: str, edits: int = 5, full: bool = False, report=print) -> dict:
    """Start `mkdocs serve` in `project` (`--dirty` unless `full`), edit the plan's title
    `edits` times and time each save until the plan's page shows it. Returns the seconds of
    each edit and MkDocs' own figures for its rebuilds (the rest is noticing the save: it polls
    every 0.5 s). MkDocs logs a message it has logged before only once, so a rebuild that took
    as long as an earlier one leaves no figure: those are the distinct figures."""
    port = _port()
    log_path = project.parent / f"{project.name}-serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([str(Path(sys.executable).parent / "mkdocs"), "serve", "--dev-addr",
                                   f"127.0.0.1:{port}", *([] if full else ["--dirty"])],
                                  cwd=project, stdout=log, stderr=subprocess.STDOUT)
    plan = project / "plans" / f"{plan_id}.yaml"
    original = plan.read_text(encoding="utf-8")
    try:
        url = f"http://127.0.0.1:{port}/dokument/{plan_id}/"
        title = next(line for line in original.splitlines() if line.startswith("title: "))
        _wait(url, title.removeprefix("title: ")[:20])
        seconds = []
        for number in range(1, edits + 1):
            marker = f"Redigering {number}"
            plan.write_text(original.replace(title, f"{title} {marker}", 1), encoding="utf-8")
            seconds.append(_wait(url, marker))
            report(f"edit {number}: {seconds[-1]:.2f} s")
    finally:
        server.terminate()
        server.wait(timeout=10)
        plan.write_text(original, encoding="utf-8")
    builds = [float(found) for found in re.findall(r"Documentation built in ([0-9.]+) seconds",
                                                   log_path.read_text(encoding="utf-8"))][1:]
    return {"runs_s": [round(value, 4) for value in seconds], "median_s": statistics.median(seconds),
            "rebuild_runs_s": builds, "rebuild_median_s": statistics.median(builds) if builds else None}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--plans", type=int, default=None, metavar="N",
                        help="the synthetic corpus of N plans (bench/corpus.py) instead of the real plans")
    parser.add_argument("--full", action="store_true",
                        help="plain `mkdocs serve` (every page rebuilt) instead of `make serve`'s --dirty")
    args = parser.parse_args()
    if args.edits < 1:
        parser.error("--edits must be at least 1")
    with tempfile.TemporaryDirectory() as folder:
        # A clone, as a party office works in one: the changelog and feeds read its history.
        project = Path(folder) / "project"
        plan_id = PLAN
        if args.plans:
            import corpus
            import run

            files = corpus.generate(args.plans, corpus.DEFAULT_SEED)
            run.make_project(project, files)
            plan_id = Path(min(name for name in files if name.startswith("plans/"))).stem
        else:
            subprocess.run(["git", "clone", "-q", str(REPO), str(project)], check=True)
            for name in ("generator", "docs", "plans", "registry", "sources"):  # the working tree as it is
                shutil.copytree(REPO / name, project / name, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copy(REPO / "mkdocs.yml", project)
        result = measure(project, plan_id, args.edits, args.full, report=lambda line: print(line, flush=True))
        print(f"median {result['median_s']:.2f} s from save to page")
        if result["rebuild_median_s"] is not None:
            print(f"median {result['rebuild_median_s']:.2f} s of it rebuilding "
                  f"(of the {len(result['rebuild_runs_s'])} distinct figures MkDocs logged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
