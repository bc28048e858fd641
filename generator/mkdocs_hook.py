"""Thin MkDocs hook: render the generated pages in memory and hand them to MkDocs.

It never writes into docs/ (that would make `mkdocs serve` rebuild in a loop); it adds
the pages as in-memory files, replacing any copies `python -m generator build` left on
disk, points each page's edit button at the YAML it came from, and asks `mkdocs serve`
to watch plans, registries, sources and templates. All real work lives in the package,
so Zensical or any other builder can use `python -m generator build` instead.
"""

from __future__ import annotations

import logging
import posixpath
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from generator import paths  # noqa: E402
from generator.errors import ValidationFailed  # noqa: E402
from generator.escape import log_text  # noqa: E402
from generator.history import read_history  # noqa: E402
from generator.outputs import site_outputs  # noqa: E402
from generator.render import render_outputs  # noqa: E402
from generator.site import build_site  # noqa: E402

log = logging.getLogger("mkdocs.hooks.vem_lovar_vad")
_edit_paths: dict[str, str] = {}
WATCHED = ("plans", "registry", "sources", "generator/templates")


def _is_generated(src_uri: str) -> bool:
    return src_uri in paths.GENERATED_FILES or src_uri.split("/", 1)[0] in paths.GENERATED_DIRS


def on_files(files, config):
    try:
        site = build_site(ROOT)
    except ValidationFailed as failure:
        for error in failure.errors:
            log.error(log_text(error))
        raise Abort(f"{len(failure.errors)} fel i planer eller register; inget byggdes.")
    outputs = site_outputs(site, read_history(ROOT, site))
    pages = render_outputs(site, outputs)
    for file in [f for f in files if _is_generated(f.src_uri)]:
        files.remove(file)
    for src_uri, text in sorted(pages.items()):  # pages (.md) and data files (.json, .csv, .xml)
        files.append(File.generated(config, src_uri, content=text))
    _edit_paths.clear()
    _edit_paths.update({output.path: output.edit_source for output in outputs
                        if output.is_page and output.edit_source})
    return files


def on_page_context(context, page, config, nav):
    source = _edit_paths.get(page.file.src_uri)
    edit_uri = config.get("edit_uri") or ""
    if source and edit_uri.startswith("http"):
        # edit_uri points at docs/ in the repository; generated pages are edited at their YAML.
        base = edit_uri.rstrip("/").rpartition("/")[0]
        page.edit_url = f"{base}/{posixpath.normpath(source)}"
    return context


def on_serve(server, config, builder):
    for folder in WATCHED:
        server.watch(str(ROOT / folder))
    return server
