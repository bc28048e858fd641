"""Shared fixtures: a copy of the fixture project, and a CLI runner."""

from __future__ import annotations

import fcntl
import functools
import gc
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

import pytest
from hypothesis import settings
from playwright.sync_api import sync_playwright

from generator.cli import main
from rewritten_once import rewrite_test_modules

REPO = Path(__file__).resolve().parent.parent

# The property tests draw the same examples on every run of the suite ("suite", `make test` and
# CI): a change that passed them passes them again, where a fresh draw failed stop 81's CI on a
# text no run had drawn before. `make fuzz` draws fresh ones ("explore", `--hypothesis-profile`,
# which pytest's Hypothesis plugin reads after this file), keeps what fails in `.hypothesis/`
# and tries it first the next time; a failure found so is mended and kept as an `@example`.
# Neither times an example: Hypothesis' 200 ms deadline failed a property test whose first
# example imported Markdown while the other worker loaded the machine (session 88), and a test
# here asserts what the code does, never how fast (`make bench` measures that).
settings.register_profile("suite", derandomize=True, database=None, print_blob=True, deadline=None)
settings.register_profile("explore", derandomize=False, print_blob=True, deadline=None)
settings.load_profile("suite")
FIXTURE = REPO / "tests" / "fixtures" / "project"
# A plan of the fixture project and an item the change and feed tests add to it.
PLAN = "plans/bergby-a-plan-2024.yaml"
SOURCE = "sources/bergby-a-plan-2024.txt"
NEW_ITEM = """      - id: nytt-harbarge
        kind: proposal
        text: Ett nytt härbärge öppnas.
        topics: [hemloshet]
        quote: Ett nytt härbärge öppnas.
        locator: Mål och uppdrag
"""
# An earlier document of Dalby's Mittenpartiet, whose promise its follow-up (dalby-m-uppfoljning)
# can name: a follow-up follows up its own actor's promises (checks.check_follow_ups_known).
PLATFORM = "dalby-m-valplattform-2018"
PLATFORM_ITEM = f"{PLATFORM}#fler-kolloplatser"
PLATFORM_PLAN = f"""# yaml-language-server: $schema=../docs/schema/plan.schema.json
id: {PLATFORM}
actor: dalby-m
municipality: dalby
body: Socialnämnden
year: 2018
kind: election-platform
status: adopted
title: Valplattform 2018
source:
  title: Mittenpartiets valplattform 2018
  archive: sources/{PLATFORM}.txt
  retrieved: 2026-11-22
summary: Mittenpartiets vallöften för socialnämnden i Dalby.
sections:
  - heading: Vallöften
    items:
      - id: fler-kolloplatser
        kind: promise
        text: Fler platser på barnkolonin.
        topics: [sommarkollo]
        quote: Vi lovar fler platser på barnkolonin.
        locator: Vallöften
"""
PLATFORM_SOURCE = "Mittenpartiets valplattform 2018\n\nVallöften\n\nVi lovar fler platser på barnkolonin.\n"

# A document of budget figures alone, without items (a table's figures reach the data files and
# the summary without an item beside them).
BUDGET_ONLY_PLAN = """# yaml-language-server: $schema=../docs/schema/plan.schema.json
id: bergby-socialnamnden-budget-2025
actor: bergby-socialnamnden
municipality: bergby
body: Socialnämnden
year: 2025
kind: administration-plan
status: adopted
title: Socialnämndens budget 2025
source:
  title: Socialnämndens budget 2025
  archive: sources/bergby-socialnamnden-budget-2025.txt
  retrieved: 2026-11-22
summary: Nämndens budget för 2025.
sections:
  - heading: Ekonomi
    tables:
      - id: budget
        caption: Budget
        unit: mnkr
        decimal: ","
        locator: Budget, mnkr
        topics: [ekonomi]
        columns: [Budget 2025]
        rows:
          - label: Summa INTÄKTER
            values: ["70,1"]
            quote: Summa INTÄKTER 70,1
"""
BUDGET_ONLY_SOURCE = "Socialnämndens budget 2025\n\nEkonomi\n\nBudget, mnkr\nIntäkter\tBudget 2025\nSumma INTÄKTER\t70,1\n"


def add_platform(root: Path, follow: bool = True) -> None:
    """Add Dalby M's 2018 platform; with `follow`, its follow-up's first item follows it up."""
    (root / "plans" / f"{PLATFORM}.yaml").write_text(PLATFORM_PLAN, encoding="utf-8")
    (root / "sources" / f"{PLATFORM}.txt").write_text(PLATFORM_SOURCE, encoding="utf-8")
    if follow:
        plan = root / "plans" / "dalby-m-uppfoljning.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace(
            "      - id: barnkoloni-platser\n", f"      - id: barnkoloni-platser\n        follows_up: {PLATFORM_ITEM}\n"),
            encoding="utf-8")


TABLES_PLAN_FILE = "plans/bergby-socialnamnden-vp-2024.yaml"
TABLES_SOURCE = "sources/bergby-socialnamnden-vp-2024.txt"
# A row of the same label and figures under each of the budget table's two groups, as budget
# tables repeat "Övrigt": (file, old, new) for the fixture's source and administration plan.
OTHER_ROW = "          - label: Övrigt\n            values: [\"1,5\", \"2,5\"]\n            quote: Övrigt 1,5 2,5\n"
REPEATED_ROW_LABEL = (
    (TABLES_SOURCE, "Summa INTÄKTER\t97,7\t63,4\nSumma KOSTNADER\t-97,7\t-63,4\n",
     "Intäkter\nÖvrigt\t1,5\t2,5\nSumma INTÄKTER\t97,7\t63,4\nKostnader\nÖvrigt\t1,5\t2,5\nSumma KOSTNADER\t-97,7\t-63,4\n"),
    (TABLES_PLAN_FILE, "          - label: Summa INTÄKTER\n", OTHER_ROW + "          - label: Summa INTÄKTER\n"),
    (TABLES_PLAN_FILE, "          - label: Summa KOSTNADER\n", OTHER_ROW + "          - label: Summa KOSTNADER\n"),
)


def repeat_a_row_label(root: Path) -> None:
    """Give the fixture's budget table a row "Övrigt 1,5 2,5" under each of its groups."""
    for name, old, new in REPEATED_ROW_LABEL:
        path = root / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        path.write_text(text.replace(old, new), encoding="utf-8")


def two_rows_on_one_line(root: Path) -> None:
    """Write the fixture's budget table's two rows on one line of its source, as a pdf's text may."""
    path = root / "sources" / "bergby-socialnamnden-vp-2024.txt"
    text = path.read_text(encoding="utf-8")
    rows = "Summa INTÄKTER\t97,7\t63,4\nSumma KOSTNADER\t-97,7\t-63,4\n"
    assert text.count(rows) == 1
    path.write_text(text.replace(rows, rows.replace("\nSumma", "\tSumma")), encoding="utf-8")


def keyword_values(node, keyword: str) -> list[str]:
    """Every text value of `keyword` (`pattern`, `$ref`) a JSON Schema holds, at any depth."""
    if isinstance(node, dict):
        return ([node[keyword]] if isinstance(node.get(keyword), str) else []) + \
            [found for value in node.values() for found in keyword_values(value, keyword)]
    if isinstance(node, list):
        return [found for value in node for found in keyword_values(value, keyword)]
    return []


def patterns_in(node) -> list[str]:
    """Every `pattern` a JSON Schema holds, at any depth."""
    return keyword_values(node, "pattern")


def refused_by_javascript(patterns: list[str]) -> list[str]:
    """The patterns JavaScript refuses as Unicode regular expressions (`new RegExp(p, "u")`),
    as validators such as ajv compile them: one such pattern makes them refuse the schema."""
    script = ("const patterns = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "const refused = patterns.filter(p => { try { new RegExp(p, 'u'); return false; } catch (e) { return true; } });"
              "process.stdout.write(JSON.stringify(refused));")
    done = subprocess.run(["node", "-e", script], input=json.dumps(patterns), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


class Editor:
    """A party office's editor: the YAML language server that VS Code's and github.dev's YAML
    extension runs (npm `yaml-language-server`, through `tests/yaml_editor.js`), checking a file
    against the schemas in `docs/schema/` as it does while one types. One process serves every
    check of a test process."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(["node", str(REPO / "tests" / "yaml_editor.js"), str(REPO)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def marks(self, path: str, text: str) -> list[str]:
        """What the editor marks in `text` as the file `path` of the repository (`plans/x.yaml`),
        each as `line:column: message`."""
        return [f"{mark['line']}:{mark['column']}: {mark['message']}" for mark in self._ask({"path": path, "text": text})]

    def suggestions(self, path: str, text: str, at: int) -> list[str]:
        """What the editor suggests at offset `at` of `text` as one types there."""
        return self._ask({"path": path, "text": text, "at": at})

    def inserts(self, path: str, text: str, at: int) -> dict[str, str]:
        """{suggestion: the text the editor writes at offset `at` of `text` when one picks it}."""
        return dict(self._ask({"path": path, "text": text, "at": at, "inserts": True}))

    def _ask(self, request: dict) -> list:
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, f"tests/yaml_editor.js stopped (exit code {self.process.poll()})"
        return json.loads(answer)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session) -> None:
    """Each test module's asserts rewritten once in the run, shared by its test processes
    (`rewritten_once`); `pytest -n`'s controller collects nothing."""
    if not session.config.pluginmanager.hasplugin("dsession"):
        rewrite_test_modules(session.config)


@pytest.hookimpl(wrapper=True, specname="pytest_collection")
def pytest_collection_with_the_cycle_collector_off(session):
    """The objects collection makes (every test module, the generator's modules, thousands of
    test items) live to the end of the run: Python's cycle collector is kept off while they are
    made and they are then set aside (`gc.freeze`), so neither the collection nor any later
    collection of garbage walks them again: collecting every test took about 1 s less processor
    time in each process that collects (2.8 → 1.7 s), and the collector's time over 309 tests
    after it fell from 2.5 to 1.0 s (medians of three). A hook of its own (`specname`): a second
    function named pytest_collection would replace the one above."""
    gc.disable()
    try:
        return (yield)
    finally:
        gc.enable()
        gc.freeze()


class _Unfrozen:
    """Whether the last of `gc.freeze` and `gc.unfreeze` called in this process was `unfreeze`:
    the run's collection is then back in every pass of the collector. `gc.get_freeze_count`
    walks every frozen object (about 1.4 ms for 300,000), too slow to ask after each of 5,000
    tests; the two functions, wrapped here, are what change it."""
    left = False
    collecting = False  # in a `gc.collect()` called by someone, not a pass the collector makes by itself
    freeze, unfreeze, collect = gc.freeze, gc.unfreeze, gc.collect


def _freeze() -> None:
    _Unfrozen.left = False
    _Unfrozen.freeze()


def _unfreeze() -> None:
    _Unfrozen.left = True
    _Unfrozen.unfreeze()


gc.freeze, gc.unfreeze = _freeze, _unfreeze


def _freeze_what_a_full_pass_leaves(phase: str, info: dict) -> None:
    """After each full pass the collector makes by itself (generation 2) in a test process, what
    it left alive is set aside as the collection is: the pass has just freed every cycle of
    garbage, so nothing frozen here is garbage then, and each later full pass walks only what was
    made since. The modules, caches and compiled templates the tests make live to the end of the
    run, and each full pass walked them all again: `pytest -n 0 tests/test_checks.py` spent 4.1 s
    in its 11 full passes, 0.4 s with this; tests/test_validate.py 2.1 → 0.7 s; the largest
    resident size the same within 1.5 %. A cycle that was alive at such a pass and dropped later
    stays in memory; a test that asserts a cycle is freed makes it while the collector is paused
    (`collector.paused`), as such tests here do. Not after a `gc.collect()` someone calls
    (`_Unfrozen.collecting`): Hypothesis calls it and then looks for what refers to its random
    generator with `gc.get_referrers`, which finds no frozen object, and warned that nothing did.
    Not counted as the test's own freeze (`fail_if_collection_left_unfrozen` still sees a test
    that unfroze the run)."""
    if phase == "stop" and info["generation"] == 2 and not _Unfrozen.collecting:
        _Unfrozen.freeze()


def _collect(*args, **kwargs) -> int:
    _Unfrozen.collecting = True
    try:
        return _Unfrozen.collect(*args, **kwargs)
    finally:
        _Unfrozen.collecting = False


gc.collect = _collect
gc.callbacks.append(_freeze_what_a_full_pass_leaves)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:
    """What is alive once every test has run, set aside after pytest's first collection of the
    run's garbage at its end (its `unraisableexception` plugin's, run before this): its second
    one, at the config's cleanup, and the interpreter's at exit walked it all again, only to find
    nothing (0.15-0.19 s → 0.000 for the second in each process of `pytest -n 2
    tests/test_checks.py`). Garbage made after this is still collected by both."""
    gc.freeze()


def fail_if_collection_left_unfrozen() -> None:
    """A test that leaves the run's collection handed back to the collector (the hook's
    `on_files` run in its process without `collection_kept_frozen`) fails, and the collection
    is set aside again for the tests after it."""
    if _Unfrozen.left:
        gc.freeze()
        pytest.fail("The test left every frozen object handed back to the collector (collector.unfreeze, as the "
                    "hook's on_files does): run the hook in `with collection_kept_frozen():` (conftest.py), or "
                    "each full pass of the collector in the tests after it walks the whole collection again.",
                    pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After each test's fixtures are torn down: `fail_if_collection_left_unfrozen`."""
    result = yield
    fail_if_collection_left_unfrozen()
    return result


@contextmanager
def collection_kept_frozen():
    """For the hook's code run in a test's process: it hands every frozen object back to the
    collector (`collector.unfreeze`, the model of a previous build), the test run's collection
    too (above), and each full pass of the collector in the tests after it in that process
    walked them all again (test_quotes.py after it: about 0.9 s more processor time). What the
    run had frozen is frozen again after it, once what the hook left is collected: cycles of
    garbage frozen would never be freed. Asked of `_Unfrozen.left`, not of the freeze count: a full
    pass the collector made by itself while the hook ran has frozen what it left
    (`_freeze_what_a_full_pass_leaves`) without counting as a freeze, and the test failed at its
    teardown though it kept the collection frozen (10,001 errors in the hook, now and then)."""
    frozen = gc.get_freeze_count()
    try:
        yield
    finally:
        if frozen and _Unfrozen.left:
            gc.collect()
            gc.freeze()


@pytest.fixture(scope="session")
def editor():
    running = Editor()
    yield running
    running.close()


@pytest.fixture(autouse=True, scope="session")
def _outside_github_actions():
    """Every test runs as on a developer's machine, also in the pull-request workflow's Tester
    job: GitHub sets GITHUB_ACTIONS and GITHUB_STEP_SUMMARY in every job, and with them the
    commands print workflow annotations instead of their plain verdict and append the fixtures'
    errors to that job's real summary. The tests of that behaviour set both themselves."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
            patch.delenv(name, raising=False)
        yield


# What `validate` and `new` tell a party that is not in the registry yet (`suggest.new_actor_hint`).
NEW_PARTY_HINT = (
    'Är ert parti inte med i registret än? Lägg till er själva i registry/actors.yaml, vid behov kommunen i '
    'registry/municipalities.yaml och era två rader i .github/CODEOWNERS, i samma pull request som er första '
    'plan (guiden, avsnittet ”Nytt parti på webbplatsen”), så behöver ni inte '
    'vänta; eller öppna ett issue med formuläret ”Lägg till vårt parti” på GitHub (Issues → New issue; '
    'formuläret finns i .github/ISSUE_TEMPLATE/nytt-parti.yml), så lägger redaktionen in partiet. Sedan'
    ' skapar ni planen med '
)


# The fixture's term 2022-2026 starts two years later, its ids and names following the dates
# as validate requires: 2024's documents move to 2018-2024. (old, new), each found once in
# registry/terms.yaml.
TERMS_REDATED = (("2018-2022", "2018-2024"), ("2018–2022", "2018–2024"), ("ends: 2022-10-14", "ends: 2024-10-14"),
                 ("2022-2026", "2024-2026"), ("2022–2026", "2024–2026"), ("starts: 2022-10-15", "starts: 2024-10-15"))
HAND_WRITTEN_DOCS = ("bidra.md", "bidra", "stylesheets", "overrides", "schema", "javascripts")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A writable copy of the fixture project (registries, plans, sources)."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    return root


class Result:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    @property
    def lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line and not line.startswith(" ")]


@pytest.fixture
def cli(capsys):
    """Run `python -m generator` in-process; returns exit code and output."""

    def run(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run_module(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m generator` as a real process, as a party office would."""
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          env=env, cwd=cwd or REPO)


# How far a page scrolls sideways. Not window.innerWidth: on a phone (is_mobile) the layout
# viewport widens to the content, so it grows with the overflow and the difference stays 0.
# The initial containing block stays.
SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def make_site_project(target: Path, data: Path) -> Path:
    """A project folder with this repository's code, theme and hand-written docs, and `data`'s inputs."""
    add_site_code(target)
    for folder in ("registry", "plans", "sources"):
        shutil.copytree(data / folder, target / folder)
    return target


def add_site_code(target: Path) -> Path:
    """This repository's mkdocs.yml, code, theme and hand-written docs, copied into `target`.
    The generator's bytecode (`make test` compiles it first) comes along, each file with its
    source's time (copytree keeps it), so a build there does not compile the generator again:
    where PYTHONDONTWRITEBYTECODE is set, as on CI's machine, every build did (0.15 s of CPU)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "generator", target / "generator")
    (target / "docs").mkdir()
    for name in HAND_WRITTEN_DOCS:
        source = REPO / "docs" / name
        if source.is_dir():
            shutil.copytree(source, target / "docs" / name)
        elif source.is_file():
            shutil.copy(source, target / "docs" / name)
    return target


def mkdocs_build(project_dir: Path, site_dir: Path, verbose: bool = False, strict: bool = True,
                 env: dict | None = None) -> subprocess.CompletedProcess:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run([str(mkdocs), "build", *(["--strict"] if strict else []), "--site-dir", str(site_dir),
                           *(["--verbose"] if verbose else [])],
                          cwd=project_dir, capture_output=True, text=True, env=env)


def once_per_run(tmp_path_factory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder `name`, filled by `make(folder)` once in the whole test run and read by
    every test process of `pytest -n` (the first to ask makes it, the others wait and reuse
    it): a site that tests in several processes read is built once, not once per process.
    The processes' temporary folders share a parent, which holds the folder and its lock.
    A `make` that fails leaves no mark that it was made: the next process to ask removes what
    it left and makes it again, so each process that asks reports the failure."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    folder, made = base / name, base / f"{name}.made"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not made.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            made.touch()
    return folder


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory):
    """This repository's real plans built exactly as `make build` does: (site dir, linked model).
    The build's log (--verbose) is beside the site folder, in build.log."""
    from generator.site import build_site

    def build(folder: Path) -> None:
        before = _checkout_state()
        result = mkdocs_build(REPO, folder / "site", verbose=True)
        assert result.returncode == 0, result.stderr
        (folder / "build.log").write_text(result.stdout + result.stderr, encoding="utf-8")
        # `repo_reference` builds this checkout too, in whichever test process, at the same
        # time: that is safe while a build writes only into its --site-dir (the hook renders
        # the generated pages in memory).
        assert _checkout_state() == before, "mkdocs build wrote into the checkout's docs/ or site folders"

    return once_per_run(tmp_path_factory, "repo-site", build) / "site", build_site(REPO)


def reference_build(project: Path, folder: Path) -> None:
    """`project` built with every shortcut of the build turned off, into folder/site, with its
    log (--verbose) in folder/build.log: each page's Markdown converted whole
    (prerendered.py's shortcut off), the theme's navigation and tabs rendered for every page
    (theme_fragments.py's cache off), the search plugin given whole pages (search_text.py's
    emptied pages off), in one process. The test of each shortcut compares the session's
    build with this one (`assert_same_site`): one slow build serves all three."""
    from generator import theme_fragments, workers
    from generator.mkdocs_hook import WHOLE_MARKDOWN_VARIABLE, WHOLE_SEARCH_HTML_VARIABLE

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", workers.VARIABLE: "1", WHOLE_MARKDOWN_VARIABLE: "1",
           theme_fragments.UNCACHED_VARIABLE: "1", WHOLE_SEARCH_HTML_VARIABLE: "1"}
    result = mkdocs_build(project, folder / "site", verbose=True, env=env)
    assert result.returncode == 0, result.stderr
    (folder / "build.log").write_text(result.stdout + result.stderr, encoding="utf-8")


@pytest.fixture(scope="session")
def repo_reference(tmp_path_factory) -> Path:
    """This repository's real plans built without the build's shortcuts (`reference_build`):
    the site folder, its log beside it in build.log."""
    return once_per_run(tmp_path_factory, "repo-reference", lambda folder: reference_build(REPO, folder)) / "site"


@pytest.fixture(scope="session")
def synthetic_reference(tmp_path_factory, synthetic_site) -> Path:
    """The synthetic project of `synthetic_site` built without the build's shortcuts
    (`reference_build`): the site folder, its log beside it in build.log."""
    project, _ = synthetic_site
    return once_per_run(tmp_path_factory, "synthetic-reference",
                        lambda folder: reference_build(project, folder)) / "site"


def site_pages(site: Path) -> dict[str, str]:
    """Every HTML page of a built site and its search index; runs of blank lines between
    blocks count as one line break (Python-Markdown writes one or two depending on the next
    block, so a page converted heading by heading differs from the whole page there only)."""
    found = {str(path.relative_to(site)): re.sub(r"\n\s*\n+", "\n", path.read_text(encoding="utf-8"))
             for path in sorted(site.rglob("*.html"))}
    found["search_index.json"] = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    return found


def assert_same_site(built: Path, reference: Path) -> dict[str, str]:
    """Both sites have the same pages, alike but for blank lines, and the same search index
    byte for byte; the built site's pages."""
    pages, expected = site_pages(built), site_pages(reference)
    assert sorted(pages) == sorted(expected)
    assert pages["search_index.json"] == expected["search_index.json"]
    differing = [name for name in pages if pages[name] != expected[name]]
    assert not differing, differing[:10]
    return pages


def build_log(site: Path) -> str:
    """The log (--verbose) of a session build, kept beside its site folder."""
    return (site.parent / "build.log").read_text(encoding="utf-8")


# A page whose words lunr's own set of the index's words (lunr.TokenSet, as the theme's bundle
# pins it) gets wrong, when it is the only page of an index: the set numbers its nodes as it
# makes them and tells them apart by their letters and node numbers run together. Here "199"
# leads by "0" and "1" to node 2 (the first word's end, "0") and writes "00212", and so does
# "kod", which leads by "0" to node 212: the set merged them, lost `kod0a1` and held `kod0` and
# `kod1`, which the index has not. The words before `kod0a1` make it node 212; `kod` typed is
# completed to `kod0` and lunr threw ("Invalid query").
LUNR_CONFUSED = {"location": "arenden/", "title": "Ärenden", "text": (
    "0 1990 1991 arbete avgifter bostäder budget byggnader cykelvägar daghem demokrati digitalisering "
    "elever energi enligt fastigheter fritid friskvård förskola förslag föreningar gator grönytor gymnasium "
    "hemlöshet hyresrätter idrott integration invånare jobb jämställdhet kod0a1")}


def lunr_confusing_index(site: Path) -> dict:
    """The built site's search index with LUNR_CONFUSED as its only page (its config as built)."""
    config = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    return {"config": config, "docs": [LUNR_CONFUSED]}


def _checkout_state() -> dict[str, int]:
    """Every file and folder under this checkout's docs/, and the folders `make build` and
    Zensical write (site/, .site-new.*, .site-old.*, .cache/), with its modification time."""
    built = [path for path in REPO.iterdir() if path.name in ("site", ".cache") or path.name.startswith(
        (".site-new.", ".site-old."))]
    return {str(path.relative_to(REPO)): path.stat().st_mtime_ns for path in [*(REPO / "docs").rglob("*"), *built]}


def _zensical_and_mkdocs(folder: Path) -> None:
    """This repository's plans in a project of their own, built by `make build-zensical` into
    project/site and by MkDocs into project/site-mkdocs (both engines read the same tree)."""
    project = make_site_project(folder / "project", REPO)
    bin_dir = str(Path(sys.executable).parent)
    result = subprocess.run(["make", "-f", str(REPO / "Makefile"), "build-zensical", "STAMP=", f"BIN={bin_dir}"],
                            cwd=project, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
    result = mkdocs_build(project, project / "site-mkdocs")
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def zensical_project(tmp_path_factory) -> Path:
    """This repository's plans in a folder of their own (no git history: both engines read
    the same tree, so the changelog holds the same single entry in both), built with both
    engines: `zensical_site` and test_zensical.py's `mkdocs_site`. Read only: every test
    process of the run shares it."""
    return once_per_run(tmp_path_factory, "zensical", _zensical_and_mkdocs) / "project"


@pytest.fixture(scope="session")
def zensical_site(zensical_project) -> Path:
    """The real plans built by `make build-zensical`: its site folder."""
    return zensical_project / "site"


@pytest.fixture(scope="session")
def server(repo_site):
    """The built repository site served over HTTP on localhost: its base URL."""
    site, _ = repo_site
    with serving(site) as base:
        yield base


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a site as GitHub Pages does, under its server's `path` (/ or a project path such
    as /vem-lovar-vad/): a missing file there gets the site's 404.html with status 404,
    anything outside it (another site) a bare 404. Writes no log."""

    def send_head(self):
        if not self.path.startswith(self.server.path):
            self.send_error(404, "Outside the site")
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.server.path):])

    def send_error(self, code, message=None, explain=None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not self.path.startswith(self.server.path) or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def open_chooser(page) -> None:
    """Opens a comparison's fold "Välj vilka du vill jämföra", as a voter does before choosing."""
    page.locator("[data-vlv-chooser] > summary").click()


@contextmanager
def recorded_requests(page):
    """The URLs `page` requests inside the block, as a list; its listener goes with the block."""
    requests: list[str] = []

    def record(request) -> None:
        requests.append(request.url)

    page.on("request", record)
    try:
        yield requests
    finally:
        page.remove_listener("request", record)


@contextmanager
def serving(site: Path, public_url: str = "/"):
    """Serve `site` over HTTP on localhost under the path of `public_url` (by default at the
    root); yields the site's base URL."""
    httpd = QuietServer(("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(site)))
    httpd.path = urlsplit(public_url).path
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{httpd.path}"
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert not httpd.failures, httpd.failures


class QuietServer(http.server.ThreadingHTTPServer):
    """Serves the built site to the browser tests without writing to stderr from its threads.

    The default server prints a traceback to `sys.stderr` when a request fails. A browser that
    drops a connection mid-response (it does when a page navigates away) makes such a traceback
    appear inside whatever test is capturing stderr at that moment. A dropped connection is the
    browser's choice, so it is ignored; any other failure is kept and fails the session.
    """

    failures: list[str]
    path = "/"  # the URL path the site is served under (PagesHandler)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.failures = []

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            self.failures.append(f"{client_address}: {error!r}")


def nine_actor_project(target: Path, real_names: bool = False) -> Path:
    """A project of one municipality (`bergby`) with nine actors, a plan each: the benchmark's
    synthetic corpus, with this repository's code and theme (`bench_project`). With `real_names`, the names are
    as long as real ones (`skinnskatteberg`, bench/corpus.py --real-names)."""
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    return bench_project(target, corpus.generate(9, corpus.DEFAULT_SEED, real_names=real_names))


def bench_project(target: Path, files: dict[str, str]) -> Path:
    """The benchmark's project of the corpus `files`, with this repository's code and theme,
    and the templates `make test` compiled, as `add_site_code` brings them (the benchmark's
    `make_project` leaves them out for the builds it times): each build of it compiled the
    generator's and the theme's templates again, about 0.4 s of processor time."""
    sys.path.insert(0, str(REPO / "bench"))
    from run import make_project

    return make_project(target, files, compiled_templates=True)


@pytest.fixture(scope="session")
def nine_actor_site(tmp_path_factory) -> tuple[Path, Path]:
    """A site of one municipality (`bergby`) with nine actors, a plan each (the benchmark's
    synthetic corpus: eight parties and the administration, as in most Swedish municipalities):
    (project, site). Read only."""
    def build(folder: Path) -> None:
        result = mkdocs_build(nine_actor_project(folder / "project"), folder / "site")
        assert result.returncode == 0, result.stderr

    folder = once_per_run(tmp_path_factory, "nine-actors", build)
    return folder / "project", folder / "site"


@pytest.fixture(scope="session")
def nine_actors(nine_actor_site):
    """The nine actors' site (`nine_actor_site`), served: its base URL."""
    with serving(nine_actor_site[1]) as base:
        yield base


@pytest.fixture(scope="session")
def nine_real_actors(tmp_path_factory):
    """The nine actors' site with names of real length ("Socialnämnden och socialförvaltningen i
    Skinnskatteberg"), served: its base URL; the municipality is `skinnskatteberg`."""
    def build(folder: Path) -> None:
        result = mkdocs_build(nine_actor_project(folder / "project", real_names=True), folder / "site")
        assert result.returncode == 0, result.stderr

    with serving(once_per_run(tmp_path_factory, "nine-real-actors", build) / "site") as base:
        yield base


SYNTHETIC_PLANS = 30  # the synthetic corpus the search-text and theme-fragment tests build


def synthetic_project(target: Path) -> Path:
    """The benchmark's synthetic corpus of `SYNTHETIC_PLANS` plans, with this repository's code
    and theme (`bench_project`)."""
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    return bench_project(target, corpus.generate(SYNTHETIC_PLANS, corpus.DEFAULT_SEED))


@pytest.fixture(scope="session")
def synthetic_site(tmp_path_factory) -> tuple[Path, Path]:
    """The benchmark's synthetic corpus of `SYNTHETIC_PLANS` plans in a project of its own,
    built once per run as those tests' reference: `mkdocs build --strict --verbose` in one
    process (VLV_WORKERS=1), with the theme's fragments cached and the search plugin given the
    emptied pages (the builds' defaults). (project, site); the build's log is beside the site,
    in build.log. Read only: a test builds the project again into a folder of its own."""
    from generator import theme_fragments, workers
    from generator.mkdocs_hook import WHOLE_SEARCH_HTML_VARIABLE

    def build(folder: Path) -> None:
        project = synthetic_project(folder / "project")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", workers.VARIABLE: "1"}
        for variable in (WHOLE_SEARCH_HTML_VARIABLE, theme_fragments.UNCACHED_VARIABLE):
            env.pop(variable, None)
        result = mkdocs_build(project, folder / "site", verbose=True, env=env)
        assert result.returncode == 0, result.stderr
        (folder / "build.log").write_text(result.stdout + result.stderr, encoding="utf-8")

    folder = once_per_run(tmp_path_factory, "synthetic-site", build)
    return folder / "project", folder / "site"


@pytest.fixture(scope="session")
def browser():
    """One Debian Chromium for every browser test of the session."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


class WarmTabs:
    """Browser tabs kept open from test to test, one per kind (the options its context was
    made with: phone or desktop, locale, text size …), each handed to one test at a time.

    A `goto` in a tab the site has used starts in a warm renderer; a fresh context and tab
    cost about 0.3 s and a cold renderer more. Every `goto` still loads a new document, as a
    voter following a link does. What a test can leave behind is undone before the tab is
    handed out again, so no test sees another's state:
    - the viewport: set to the size each test asks for;
    - storage: the tab goes to about:blank, so that the test's last document unloads (and
      stores what it stores then) first; then every origin the tab loaded a document from
      has its localStorage and sessionStorage (Material keeps the colour scheme in
      localStorage `__palette`), cookies, IndexedDB and caches cleared by CDP's
      Storage.clearDataForOrigin, which empties the tab's sessionStorage too (no blank
      document of each origin is loaded to do it from a script: that cost 0.06 s of
      processor time per test); the context's HTTP cache is cleared, so a test counting
      requests sees every one;
    - routes: removed;
    - the mouse: moved back to the top left corner, where a fresh tab has it.
    Listeners are each test's own: a tab left with one is closed and the test fails, as is a
    tab whose reset fails; the next test of its kind gets a new tab. What a context is made
    with (is_mobile, has_touch, color_scheme, locale, java_script_enabled) and the text size
    (`font_size`, CDP's Page.setFontSizes) is never changed on a shared tab: each combination
    is a kind with tabs of its own (`text_size` changes it within a test and puts it back). Tests that need an init script or a route of the context
    make a context of their own. A shared tab refuses Playwright's `emulate_media`: beside the
    tab's own DevTools session, the media it sets ("print") is dropped at the next `goto`, so a
    test went on at the screen's media believing it printed, and a colour scheme it sets would
    outlive the test (`_refuse_emulate_media`)."""

    def __init__(self, browser):
        self.browser = browser
        self.idle: dict[tuple, object] = {}
        self.devtools: dict[object, object] = {}  # each tab's CDP session, kept for its resets

    @contextmanager
    def open(self, width: int, height: int = 800, font_size: int | None = None, **options):
        """A tab `width` × `height` px of the kind `options` (as for `browser.new_context`)
        and `font_size` (the browser's standard text size), reset after the test also when an
        assertion fails."""
        kind = (font_size, tuple(sorted(options.items())))
        page = self.idle.pop(kind, None) or self._new_tab(font_size, options)
        page.set_viewport_size({"width": width, "height": height})
        origins: set[str] = set()

        def visited(frame) -> None:
            if frame.parent_frame is None and urlsplit(frame.url).scheme in ("http", "https"):
                origins.add("{0.scheme}://{0.netloc}".format(urlsplit(frame.url)))

        page.on("framenavigated", visited)
        try:
            yield page
        finally:
            page.remove_listener("framenavigated", visited)
            self._reset(page, origins)
            self.idle[kind] = page

    def _new_tab(self, font_size: int | None, options: dict):
        page = self.browser.new_context(**options).new_page()
        self.listened = set(page._impl_obj.event_names())  # Playwright's own, on every page
        self.devtools[page] = page.context.new_cdp_session(page)
        page.emulate_media = _refuse_emulate_media
        if font_size:
            self.devtools[page].send("Page.setFontSizes", {"fontSizes": {"standard": font_size}})
        return page

    def _reset(self, page, origins: set[str]) -> None:
        try:
            left = set(page._impl_obj.event_names()) - self.listened
            assert not left, f"a test left listeners for {sorted(left)} on a shared tab"
            page.unroute_all(behavior="ignoreErrors")
            page.goto("about:blank")
            page.context.clear_cookies()
            cdp = self.devtools[page]
            for origin in sorted(origins):
                cdp.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
            cdp.send("Network.clearBrowserCache")
            page.mouse.move(0, 0)
        except BaseException:
            del self.devtools[page]
            page.context.close()
            raise

    def close(self) -> None:
        for page in self.idle.values():
            page.context.close()


SHARED_TAB_MEDIA = (
    "A shared tab (WarmTabs) does not take emulate_media: the print media it sets is lost at the next "
    "goto, beside the tab's own DevTools session, and a colour scheme would outlive the test. Set the "
    "media through a DevTools session of the test's own (test_print.py's `_printed`), open the tab "
    "with color_scheme=… (a kind of its own), or make a context of the test's own.")


def _refuse_emulate_media(**options) -> None:
    """A shared tab's `emulate_media` (`WarmTabs`): fails, saying what to do instead."""
    raise AssertionError(f"{SHARED_TAB_MEDIA} (called with {options})")


CHROMIUM_TEXT_SIZE = 16  # the browser's standard text size (px) where no one has set it


@contextmanager
def text_size(page, size: int, kind_size: int | None = None):
    """The page's text at the browser's standard size `size` (px), as a reader sets it: the
    root font and the media queries in em follow it, in the page already loaded. Put back
    after (to `kind_size`, the `font_size` the tab was opened with), so a shared tab is handed
    on at its kind's text size."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": size}})
        yield page
    finally:
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": kind_size or CHROMIUM_TEXT_SIZE}})
        cdp.detach()


@pytest.fixture(scope="session")
def warm_tabs(browser):
    """The session's shared browser tabs (`WarmTabs`): `with warm_tabs.open(width, height,
    **options) as page:` gives a test one, in the state a fresh one has."""
    tabs = WarmTabs(browser)
    yield tabs
    tabs.close()


# git's options for a test's commits: its author, and without the upkeep git starts after each
# commit (`git maintenance run --auto`, a process of its own that finds nothing to do in a test's few objects).
AS_A_TEST = ("-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "maintenance.auto=false")


def git(root, *args: str) -> str:
    """git in `root` as a test (`AS_A_TEST`)."""
    return subprocess.run(["git", "-C", str(root), *AS_A_TEST, *args], check=True, capture_output=True, text=True).stdout


def _commit_base(folder: Path) -> None:
    shutil.copytree(FIXTURE, folder, dirs_exist_ok=True)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "base")


@pytest.fixture(scope="session")
def base_repo(tmp_path_factory) -> Path:
    """The fixture project committed once as the base, for the whole run (read only)."""
    return once_per_run(tmp_path_factory, "base-repo", _commit_base)


@pytest.fixture
def repo(project, base_repo):
    """The fixture project as a git repository with one commit, the base. Its `.git` is a copy
    of the one committed once per run: copying it costs no git process, committing costs three."""
    shutil.copytree(base_repo / ".git", project / ".git")
    return project


def commit(root, files: dict[str, str]) -> None:
    """Write `files` ({path: text}) and commit them."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "change")


BIN = str(Path(sys.executable).parent)  # the test's virtual environment's commands


def make_build(project: Path, target: str = "build", umask: int = -1,
               epoch: str | None = None) -> subprocess.CompletedProcess:
    """The `make build` target (or `target`) itself, with the test's virtual environment (STAMP=
    skips setup), as of the day of `SOURCE_DATE_EPOCH` `epoch` if given, else today."""
    env = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", **({"SOURCE_DATE_EPOCH": epoch} if epoch else {})}
    return subprocess.run(["make", "-f", str(REPO / "Makefile"), target, "STAMP=", f"BIN={BIN}"],
                          cwd=project, capture_output=True, text=True, env=env, umask=umask)


# The umask of the shared `make build` (`built`): a private build's, which neither the default
# mode (0755) nor the temporary folder's (0700) gives.
UMASK = 0o027


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[Path, str]:
    """The fixture project after one successful `make build` with umask 027, made once in the
    test run (the tests that build it first read it; one that changes it works on a copy of its
    own): (project, what the build printed). Built as of the `SOURCE_DATE_EPOCH` kept beside
    it (`built_as_of`), so that a test building the fixture project again as of that day gets
    the same files."""
    def build(folder: Path) -> None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH") or str(int(time.time()))
        (folder / "epoch").write_text(epoch, encoding="utf-8")
        result = make_build(make_site_project(folder / "project", FIXTURE), umask=UMASK, epoch=epoch)
        assert result.returncode == 0, result.stderr
        (folder / "build.out").write_text(result.stdout + result.stderr, encoding="utf-8")

    folder = once_per_run(tmp_path_factory, "made-fixture-site", build)
    return folder / "project", (folder / "build.out").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fixture_site(built) -> Path:
    """The fixture project's site, as `make build` built it (`built`: `mkdocs build --strict`,
    swapped in as the project's site/): its site folder (read only). A second build of the same
    project only for these tests cost about 1 s of processor time."""
    return built[0] / "site"


def built_as_of(fixture_site: Path) -> str:
    """The `SOURCE_DATE_EPOCH` the session's `fixture_site` was built with."""
    return (fixture_site.parent.parent / "epoch").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def four_actors(fixture_site):
    """A site of the fixture project, whose municipality `bergby` has four actors (one of them
    without a document yet), served: its base URL. A layout made for a number of actors is
    seen on a municipality that keeps that number; a real one gains an actor with every party
    that joins the site."""
    with serving(fixture_site) as base:
        yield base
