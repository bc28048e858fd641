"""The generator's compiled templates are kept between processes (`generator/template_cache.py`):
a build compiles only what changed since they were compiled, and renders what a fresh compile does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import pytest
from mkdocs.utils.templates import url_filter

from conftest import FIXTURE, REPO, make_site_project, once_per_run
from generator.template_cache import described_environment

# A build (`generator build`) in the project folder, which names every template Jinja compiled,
# one per line, then where the plan page's template was read from.
BUILD_COUNTING_COMPILES = """
import sys
import jinja2
compiled = []
compile_ = jinja2.Environment.compile
jinja2.Environment.compile = lambda self, source, name=None, *args, **kwargs: (
    compiled.append(name), compile_(self, source, name, *args, **kwargs))[1]
from generator import render
from generator.cli import main
assert main(["build"]) == 0
print("---")
print("\\n".join(sorted(compiled)))
print(render._environment().get_template("plan.md.j2").filename)
"""


def _build(project: Path, write: bool = False) -> tuple[list[str], str]:
    """`generator build` in `project` (bytecode written only with `write`, as PYTHONDONTWRITEBYTECODE
    says): the templates it compiled and the file the plan page's template was read from."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run([sys.executable, "-c", BUILD_COUNTING_COMPILES], cwd=project, capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr
    *compiled, filename = [line for line in done.stdout.split("---\n")[-1].splitlines() if line]
    return compiled, filename


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Path:
    """A project whose generator's templates `make test`'s step compiled (with
    PYTHONDONTWRITEBYTECODE set), once in the test run for the tests that copy it, whichever
    test processes they run in (`once_per_run`; the step takes 0.7 s of processor time): read only."""
    def compile_templates(folder: Path) -> None:
        first = make_site_project(folder / "first", FIXTURE)
        shutil.rmtree(first / "generator" / "__pycache__" / "templates", ignore_errors=True)
        done = subprocess.run([sys.executable, "-m", "generator.render"], cwd=first, capture_output=True,
                              text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        assert done.returncode == 0, done.stderr

    return once_per_run(tmp_path_factory, "compiled-templates", compile_templates) / "first"


def _compiled_beforehand(first: Path, tmp_path: Path) -> Path:
    """A copy of `first`, whose templates were compiled in that other folder, made as the tests
    copy the generator."""
    project = tmp_path / "project"
    shutil.copytree(first, project)
    return project


def test_a_build_compiles_no_template_that_was_compiled_beforehand_and_names_its_own_files(first, tmp_path):
    """Each process that renders compiled every template again: 0.2 s of processor time, a
    fifth of a small site's build. Compiled in another folder, the code names the template of
    the folder it was read from, as a traceback through it must."""
    project = _compiled_beforehand(first, tmp_path)
    compiled, filename = _build(project)
    assert compiled == []
    assert filename == str(project / "generator" / "templates" / "plan.md.j2")
    assert "Öppna ett härbärge för kvinnor." in (project / "docs" / "dokument" / "bergby-o-webb" / "index.md").read_text(
        encoding="utf-8")


def test_an_edited_template_alone_is_compiled_again_and_its_edit_shows(first, tmp_path):
    project = _compiled_beforehand(first, tmp_path)
    template = project / "generator" / "templates" / "plan.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nEn ny rad i mallen.\n", encoding="utf-8")
    compiled, _ = _build(project, write=True)
    assert compiled == ["plan.md.j2"]
    assert "En ny rad i mallen." in (project / "docs" / "dokument" / "bergby-o-webb" / "index.md").read_text(
        encoding="utf-8")
    assert _build(project) == ([], str(template))  # kept, written where bytecode may be written


def test_a_changed_render_module_compiles_every_template_again(first, tmp_path):
    """render.py holds the environment's settings and its code generator, which the compiled
    code depends on: code compiled under another render.py is never used."""
    project = _compiled_beforehand(first, tmp_path)
    render = project / "generator" / "render.py"
    render.write_text(render.read_text(encoding="utf-8") + "\n# Ändrad.\n", encoding="utf-8")
    compiled, _ = _build(project)
    assert "plan.md.j2" in compiled and "macros.j2" in compiled


def test_a_build_where_bytecode_is_not_written_writes_no_compiled_template(tmp_path):
    project = make_site_project(tmp_path / "project", FIXTURE)
    folder = project / "generator" / "__pycache__" / "templates"
    shutil.rmtree(folder, ignore_errors=True)
    assert "plan.md.j2" in _build(project)[0]
    assert not folder.exists()


# `mkdocs build` into the folder it is given, which names every template Jinja compiled, one per line.
MKDOCS_COUNTING_COMPILES = """
import sys
import jinja2
compiled = []
compile_ = jinja2.Environment.compile
jinja2.Environment.compile = lambda self, source, name=None, *args, **kwargs: (
    compiled.append(name), compile_(self, source, name, *args, **kwargs))[1]
from mkdocs.__main__ import cli
cli.main(["build", "--strict", "--site-dir", sys.argv[1]], standalone_mode=False)
print("---")
print("\\n".join(sorted(compiled)))
"""


def _mkdocs_build(project: Path, site: Path, day: str, python: str = sys.executable) -> list[str]:
    """`mkdocs build` of `project` into `site` on `day` (SOURCE_DATE_EPOCH), where bytecode is not
    written, by `python`: the templates it compiled."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": day}
    done = subprocess.run([python, "-c", MKDOCS_COUNTING_COMPILES, str(site)], cwd=project,
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.split("---\n")[-1].splitlines() if line]


def _files(site: Path) -> dict[str, bytes]:
    return {str(path.relative_to(site)): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_a_mkdocs_build_compiles_no_theme_template_that_make_test_compiled_and_writes_the_same_site(tmp_path):
    """Every MkDocs process compiled the theme's ~50 templates again: 0.23 s of processor time of
    a small build's 1.5 s. `make test`'s steps compile them, where bytecode is not written too
    (as on CI's machine), for every copy of the project, and the build that reads them writes
    every file as one that compiles them does."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    shutil.rmtree(project / "generator" / "__pycache__" / "templates", ignore_errors=True)
    day = str(int(time.time()))
    compiled = _mkdocs_build(project, tmp_path / "compiling", day)
    assert "main.html" in compiled and "partials/header.html" in compiled and "sitemap.xml" in compiled
    for step in ("generator.render", "generator.theme_templates"):
        done = subprocess.run([sys.executable, "-m", step], cwd=project, capture_output=True, text=True,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        assert done.returncode == 0, done.stderr
    copy = tmp_path / "copy"  # as each test project copies the generator
    shutil.copytree(project, copy)
    # But those Material's search plugin translates its settings with, in an environment of its own.
    assert _mkdocs_build(copy, tmp_path / "reading", day) == [
        "partials/language.html", "partials/languages/en.html", "partials/languages/sv.html"]
    assert _files(tmp_path / "reading") == _files(tmp_path / "compiling")


# Two rebuilds' configuration as `mkdocs serve` makes them (MkDocs loads the configuration again
# for each and runs every plugin's `on_config`), which names every template Jinja compiled in each.
SERVE_COUNTING_COMPILES = """
import jinja2
compiled = []
compile_ = jinja2.Environment.compile
jinja2.Environment.compile = lambda self, source, name=None, *args, **kwargs: (
    compiled.append(name), compile_(self, source, name, *args, **kwargs))[1]
from mkdocs.config import load_config
for rebuild in range(2):
    config = load_config("mkdocs.yml")
    if rebuild == 0:
        config.plugins.on_startup(command="serve", dirty=True)
    config.plugins.on_config(config)
    print("---")
    print("\\n".join(sorted(compiled)))
    compiled.clear()
"""


def test_a_rebuild_under_mkdocs_serve_compiles_none_of_the_templates_the_search_plugin_translates_with(tmp_path):
    """Material's search plugin reads the words of its language from the theme's templates in an
    environment of its own, new at every rebuild: each rebuild compiled its three templates again
    (about 5% of a rebuild after one plan's edit). They are kept as the build's own are."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    done = subprocess.run([sys.executable, "-c", SERVE_COUNTING_COMPILES], cwd=project, capture_output=True,
                          text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    first, second = [[line for line in part.splitlines() if line] for part in done.stdout.split("---\n")[1:]]
    assert first == ["partials/language.html", "partials/languages/en.html", "partials/languages/sv.html"]
    assert second == []


def test_a_copy_reads_the_theme_templates_compiled_where_the_python_environment_lies_in_the_repository(tmp_path):
    """`make setup` makes .venv inside the checkout, so the theme's own templates lay inside the
    repository there, and an entry was keyed by their path in it (`.venv/lib/…`); a copy of the
    project, built by that same environment, found them outside itself, missed every entry and
    compiled the theme's templates again in every build the tests start (0.23 s of processor
    time each). The environment is linked in, as a second worktree shares it; a build started
    by `mkdocs` runs in the environment the link leads to."""
    first = make_site_project(tmp_path / "first", FIXTURE)
    shutil.rmtree(first / "generator" / "__pycache__" / "templates", ignore_errors=True)
    (first / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    python = str(first / ".venv" / "bin" / Path(sys.executable).name)
    for step in ("generator.render", "generator.theme_templates"):  # `make test`'s steps
        done = subprocess.run([python, "-m", step], cwd=first, capture_output=True, text=True,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        assert done.returncode == 0, done.stderr
    copy = tmp_path / "copy"  # as each test project copies the generator, and runs that environment's Python
    shutil.copytree(first, copy, ignore=shutil.ignore_patterns(".venv"))
    # Also by the Python an entry script such as `mkdocs` names on its first line: the
    # environment's own, where the link leads.
    day = str(int(time.time()))
    for runner in (python, str(Path(os.path.realpath(sys.prefix)) / "bin" / Path(sys.executable).name)):
        assert _mkdocs_build(copy, tmp_path / "site", day, runner) == [
            "partials/language.html", "partials/languages/en.html", "partials/languages/sv.html"], runner


def test_a_compiled_template_that_is_a_link_or_lies_outside_the_repository_is_not_read(first, tmp_path):
    """A build reads only regular files inside the repository: an entry that is a link, or in a
    folder that is one, is compiled again, as if there were none."""
    project = _compiled_beforehand(first, tmp_path)
    folder = project / "generator" / "__pycache__" / "templates"
    outside = tmp_path / "outside"
    shutil.move(folder, outside)
    folder.mkdir()
    for entry in outside.iterdir():
        (folder / entry.name).symlink_to(entry)
    assert "plan.md.j2" in _build(project)[0]
    shutil.rmtree(folder)
    folder.symlink_to(outside, target_is_directory=True)
    assert "plan.md.j2" in _build(project)[0]


def test_a_theme_template_compiled_in_another_environment_is_not_served():
    """The theme's entries are keyed by their environment: the hook's own templates, the
    environment's settings and how each filter is called (Jinja fixes that when it compiles)."""
    def described(sitemap: str = "<urlset/>", trim_blocks: bool = False, url=url_filter) -> str:
        env = jinja2.Environment(loader=jinja2.ChoiceLoader([
            jinja2.DictLoader({"sitemap.xml": sitemap}), jinja2.FileSystemLoader(str(REPO / "docs" / "overrides"))]),
            trim_blocks=trim_blocks)
        env.filters["url"] = url
        return described_environment(env)

    assert described() == described()
    assert described(sitemap="<urlset></urlset>") != described()
    assert described(trim_blocks=True) != described()
    assert described(url=lambda value: value) != described()  # no longer given the page's context
