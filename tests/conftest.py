"""Shared fixtures: a copy of the fixture project, and a CLI runner."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
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
PLATFORM_SOURCE = "Vallöften\n\nVi lovar fler platser på barnkolonin.\n"


def add_platform(root: Path, follow: bool = True) -> None:
    """Add Dalby M's 2018 platform; with `follow`, its follow-up's first item follows it up."""
    (root / "plans" / f"{PLATFORM}.yaml").write_text(PLATFORM_PLAN, encoding="utf-8")
    (root / "sources" / f"{PLATFORM}.txt").write_text(PLATFORM_SOURCE, encoding="utf-8")
    if follow:
        plan = root / "plans" / "dalby-m-uppfoljning.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace(
            "      - id: barnkoloni-platser\n", f"      - id: barnkoloni-platser\n        follows_up: {PLATFORM_ITEM}\n"),
            encoding="utf-8")


HAND_WRITTEN_DOCS = ("bidra.md", "stylesheets", "overrides", "schema", "javascripts")
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


def make_site_project(target: Path, data: Path) -> Path:
    """A project folder with this repository's code, theme and hand-written docs, and `data`'s inputs."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "generator", target / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    (target / "docs").mkdir()
    for name in HAND_WRITTEN_DOCS:
        source = REPO / "docs" / name
        if source.is_dir():
            shutil.copytree(source, target / "docs" / name)
        elif source.is_file():
            shutil.copy(source, target / "docs" / name)
    for folder in ("registry", "plans", "sources"):
        shutil.copytree(data / folder, target / folder)
    return target


def mkdocs_build(project_dir: Path, site_dir: Path) -> subprocess.CompletedProcess:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run([str(mkdocs), "build", "--strict", "--site-dir", str(site_dir)],
                          cwd=project_dir, capture_output=True, text=True)


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory):
    """This repository's real plans built exactly as `make build` does: (site dir, linked model)."""
    from generator.site import build_site

    site = tmp_path_factory.mktemp("repo-site")
    result = mkdocs_build(REPO, site)
    assert result.returncode == 0, result.stderr
    return site, build_site(REPO)


@pytest.fixture(scope="session")
def server(repo_site):
    """The built repository site served over HTTP on localhost: its base URL."""
    site, _ = repo_site
    handler = type("QuietHandler", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *args: None})
    handler = functools.partial(handler, directory=str(site))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    assert not httpd.failures, httpd.failures


class QuietServer(http.server.ThreadingHTTPServer):
    """Serves the built site to the browser tests without writing to stderr from its threads.

    The default server prints a traceback to `sys.stderr` when a request fails. A browser that
    drops a connection mid-response (it does when a page navigates away) makes such a traceback
    appear inside whatever test is capturing stderr at that moment. A dropped connection is the
    browser's choice, so it is ignored; any other failure is kept and fails the session.
    """

    failures: list[str]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.failures = []

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            self.failures.append(f"{client_address}: {error!r}")


@pytest.fixture(scope="session")
def browser():
    """One Debian Chromium for every browser test of the session."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def git(root, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), "-c", "user.name=Test", "-c", "user.email=test@example.org",
                           *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(project):
    """The fixture project as a git repository with one commit, the base."""
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    return project


def commit(root, files: dict[str, str]) -> None:
    """Write `files` ({path: text}) and commit them."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "change")
