"""Thin MkDocs hook: render the generated pages in memory and hand them to MkDocs.

It never writes into docs/ (that would make `mkdocs serve` rebuild in a loop); it adds
the pages as in-memory files, replacing any copies `python -m generator build` left on
disk, points each page's edit button at the YAML it came from, and asks `mkdocs serve`
to watch plans, registries, sources and templates. All real work lives in the package,
so Zensical or any other builder can use `python -m generator build` instead.

Under `mkdocs serve` the hook keeps a cache of parsed files between rebuilds (an edit
re-parses only the edited file), and a broken plan does not stop the server: every page
shows the errors instead, until the plan is fixed. `mkdocs build` still fails on them.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402
from mkdocs.utils import CountHandler  # noqa: E402

from generator import paths  # noqa: E402
from generator.errors import ValidationFailed  # noqa: E402
from generator.escape import html_text, log_text  # noqa: E402
from generator.history import read_history  # noqa: E402
from generator.load import LoadCache  # noqa: E402
from generator.outputs import site_outputs  # noqa: E402
from generator.render import render_outputs  # noqa: E402
from generator.site import build_site  # noqa: E402
from generator.write import edit_url, for_municipality  # noqa: E402

log = logging.getLogger("mkdocs.hooks.vem_lovar_vad")
_edit_paths: dict[str, str] = {}
WATCHED = ("plans", "registry", "sources", "generator/templates")
# One municipality's pages plus the national ones (a build matrix; see README).
MUNICIPALITY_VARIABLE = "VLV_MUNICIPALITY"
_NAV_PAGES = (paths.HOME, paths.TOPICS, paths.ACTORS, paths.PLANS, paths.MATRIX, paths.ABOUT)


class _Session:
    """What the hook remembers between the rebuilds of one `mkdocs serve`."""

    serving = False
    cache = LoadCache()
    pages: tuple[str, ...] = ()  # the generated pages of the last good build
    showing_errors = False  # this build shows the error page instead of the site


def _is_generated(src_uri: str) -> bool:
    return src_uri in paths.GENERATED_FILES or src_uri.split("/", 1)[0] in paths.GENERATED_DIRS


def on_startup(command, dirty):
    _Session.serving = command == "serve"


def on_files(files, config):
    try:
        pages, edit_paths = _render(config)
    except ValidationFailed as failure:
        for error in failure.errors:
            log.error(log_text(error))
        if not _Session.serving:
            raise Abort(f"{len(failure.errors)} fel i planer eller register; inget byggdes.")
        # A server that stops answering helps nobody: every page says what to fix.
        _Session.showing_errors = True
        page = error_page(failure.errors)
        # Every page of the last good build (the one in the browser reloads to the errors),
        # and the pages the nav names.
        pages = {path: page for path in _Session.pages + _NAV_PAGES}
        edit_paths = {}
    else:
        _Session.pages = tuple(pages)
        _Session.showing_errors = False
    # Copies that `generator build` left in docs/ (municipality folders included) are replaced.
    for file in [f for f in files if _is_generated(f.src_uri) or f.src_uri in pages]:
        files.remove(file)
    for src_uri, text in sorted(pages.items()):  # pages (.md) and data files (.json, .csv, .xml)
        files.append(File.generated(config, src_uri, content=text))
    _edit_paths.clear()
    _edit_paths.update(edit_paths)
    return files


def _render(config) -> tuple[dict[str, str], dict[str, str]]:
    cache = _Session.cache if _Session.serving else None
    try:
        site = build_site(ROOT, cache)
    finally:
        if cache is not None and cache.misses:
            log.info(f"Läste in {len(cache.misses)} ändrad(e) fil(er): {', '.join(sorted(cache.misses)[:10])}")
    outputs = site_outputs(site, read_history(ROOT, site))
    if os.environ.get(MUNICIPALITY_VARIABLE):
        outputs = for_municipality(outputs, os.environ[MUNICIPALITY_VARIABLE])
    pages = render_outputs(site, outputs)
    return pages, {output.path: output.edit_source for output in outputs if output.is_page and output.edit_source}


def error_page(errors) -> str:
    """The page `mkdocs serve` shows while a plan or registry has errors (plan text escaped)."""
    def text(value) -> str:
        return str(html_text(value))

    rows = "\n".join(
        f"<li><code>{text(error.path)}:{error.line}:{error.col}</code>"
        f"{' <code>' + text(error.field) + '</code>' if error.field else ''}: {text(error.message)}"
        f"{' <em>Tips: ' + text(error.hint) + '</em>' if error.hint else ''}</li>"
        for error in errors)
    return ("---\nsearch:\n  exclude: true\n---\n\n# Sidorna kan inte byggas just nu\n\n"
            f"Kontrollen hittade {len(errors)} fel i planerna eller registren. Rätta dem och spara filen, "
            "så visas sidorna igen.\n\n"
            f'<ul class="vlv-build-errors">\n{rows}\n</ul>\n')


def on_page_context(context, page, config, nav):
    source = _edit_paths.get(page.file.src_uri)
    url = edit_url(config.get("edit_uri") or "", source) if source else None
    if url:
        # edit_uri points at docs/ in the repository; generated pages are edited at their YAML.
        page.edit_url = url
    return context


def on_post_build(config):
    if _Session.showing_errors:
        # The errors are on every page and in the log; the build that shows them must not
        # be aborted by strict mode (`mkdocs serve` would then stop answering). Strict mode
        # counts warnings with a handler it attached to the `mkdocs` logger for this build.
        for handler in logging.getLogger("mkdocs").handlers:
            if isinstance(handler, CountHandler):
                handler.counts.clear()


def on_serve(server, config, builder):
    for folder in WATCHED:
        server.watch(str(ROOT / folder))
    return server
