"""Thin MkDocs hook: render the generated pages in memory and hand them to MkDocs.

It never writes into docs/ (that would make `mkdocs serve` rebuild in a loop); it adds
the pages as in-memory files, replacing any copies `python -m generator build` left on
disk, points each page's edit button at the YAML it came from, and asks `mkdocs serve`
to watch plans, registries, sources and templates. All real work lives in the package,
so Zensical or any other builder can use `python -m generator build` instead.

Under `mkdocs serve` the hook keeps a cache of parsed files between rebuilds (an edit
re-parses only the edited file) and renders again only the outputs the edit can reach
(`incremental`: the edited plan's municipality and the national pages), and a broken plan does not stop the server: every page
shows the errors instead, until the plan is fixed. `mkdocs build` still fails on them.

Under `mkdocs serve --dirty` (what `make serve` runs) a rebuild converts and renders only
the generated pages whose Markdown changed since the last build; the others keep their
HTML. That is exact here because generated pages are not in the nav (mkdocs.yml names
only fixed pages with fixed titles), so no unchanged page's HTML depends on a changed one;
the hook merges the search index itself, page by page. What a dirty build would leave
stale the hook handles itself: pages and files the input no longer produces are removed
from site/, and an edit of mkdocs.yml, the theme's overrides or the site's own style sheets
and scripts (whose addresses every page names by their content) rebuilds every page, as does
the rebuild after one that failed. A hand-written page counts as changed by its text, and any other file of docs/ by its
bytes, told once per build (MkDocs compares time stamps, twice, and a save during a rebuild
fell between; a file put back with an older time was never copied).

Material's search plugin indexes each generated page from its HTML without the elements
marked `data-search-exclude`, which it would skip anyway (`search_text`); the theme still
shows the whole page. Under `mkdocs build` of a large site, worker processes parse the
pages for the plugin while MkDocs renders the theme (`search_workers`), and another writes
the data files (`workers.Background`). Plain headings of generated pages are converted
without Python-Markdown (`headings`), and the theme's repeated parts are rendered once per
set of links (`theme_fragments`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import jinja2  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.plugins import CombinedEvent, event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402
from mkdocs.utils import CountHandler  # noqa: E402

from generator import (asset_versions, clock, collector, incremental, minify, paths, prerendered, search_text,  # noqa: E402
                       search_words, template_cache, theme_files, theme_fragments, workers)
from generator.headings import Headings, mark_own_words_in_toc  # noqa: E402
from generator.checks import find_warnings  # noqa: E402
from generator.errors import LocatedError, ValidationFailed, warning_lines  # noqa: E402
from generator.escape import html_text, html_with_code, log_text, search_title  # noqa: E402
from generator.history import git_folders, head_state, public_url, read_history  # noqa: E402
from generator.outputs import site_outputs  # noqa: E402
from generator.render import render_outputs  # noqa: E402
from generator.search_workers import SearchWorkers  # noqa: E402
from generator.site import build_site  # noqa: E402
from generator.swedish import stopword_alternatives  # noqa: E402
from generator.swedish import count  # noqa: E402
from generator.write import edit_url, refused_inputs, written_before  # noqa: E402

log = logging.getLogger("mkdocs.hooks.vem_lovar_vad")
_edit_paths: dict[str, str] = {}
_split_pages: dict[str, prerendered.Split] = {}  # generated pages converted heading by heading
_whole_html: dict[str, tuple[str, str]] = {}  # page: (its HTML, the HTML the search plugin got)
_NO_SEARCH_META = object()
_search_meta: dict[str, Any] = {}  # page handed to SearchWorkers: its own `search` front matter
# Page the search plugin neither indexes nor changes: its HTML, kept from the plugin meanwhile.
_kept_from_search: dict[str, str] = {}
# Set to convert generated pages whole, as Python-Markdown alone would (tests compare the two).
WHOLE_MARKDOWN_VARIABLE = "VLV_WHOLE_MARKDOWN"
# Set to let Python-Markdown convert the headings of generated pages (tests compare the two).
MARKDOWN_HEADINGS_VARIABLE = "VLV_MARKDOWN_HEADINGS"
# Set to let the search plugin parse each generated page's whole HTML (tests compare the two).
WHOLE_SEARCH_HTML_VARIABLE = "VLV_WHOLE_SEARCH_HTML"
WATCHED = ("plans", "registry", "sources", "generator/templates")
WATCH_INTERVAL = 0.1  # seconds between looks at the WATCHED folders under `mkdocs serve`
DAY_INTERVAL = 1.0  # seconds between looks at the clock under `mkdocs serve` (`_new_day`)
COMMIT_INTERVAL = 0.25  # seconds between looks at what HEAD points at under `mkdocs serve` (`_new_commit`)
# One municipality's pages plus the national ones (a build matrix; see README).
MUNICIPALITY_VARIABLE = "VLV_MUNICIPALITY"


class _DataLater:
    """A build's data files (JSON, CSV, Atom), made after on_files and not with its pages:
    by the process that writes them while this one converts the pages (`_write_data_files_beside`),
    or here when no such process runs (`_render_data_files`). Each file's `content` as of the
    day the build's pages were rendered on (`clock.one_day`), whenever midnight strikes."""

    def __init__(self, day, contents: dict[str, Callable[[], str]]):
        self.day, self.contents = day, contents

    def text(self, src_uri: str, text: str) -> str:
        """The file's text: made now if it was left for later, else `text` as it stands."""
        content = self.contents.get(src_uri)
        if content is None:
            return text
        with clock.as_of(self.day):
            return content()


class _Session:
    """What the hook remembers between the rebuilds of one `mkdocs serve`."""

    serving = False
    # `mkdocs build` from the command line: the process ends after this one build (`_finish_build`).
    one_build = False
    rebuilds = incremental.Rebuilds()  # parsed files, checks, data files and pages kept between rebuilds
    pages: tuple[str, ...] = ()  # the generated pages of the last good build
    written: set[str] = set()  # where the last build put each of its files in site/ (`_remove_files_gone`)
    read = False  # whether a build has read the files yet: the first reads them, the others read what changed
    showing_errors = False  # this build shows the error page instead of the site
    dirty = False  # `mkdocs serve --dirty`: rebuild only what changed
    built: dict[str, str] = {}  # each generated page's and file's text in the latest build
    page_urls: dict[str, int] = {}  # every page of this build: its place in the build's order
    rebuilt: set[str] = set()  # the pages this build converted and rendered
    search_workers: Optional[SearchWorkers] = None  # parsing this build's pages for the search plugin
    nav: Any = None  # this build's navigation
    fragments: Optional[theme_fragments.Fragments] = None  # the theme's repeated parts, kept by their links
    headings: Optional[Headings] = None  # this build's headings without Python-Markdown, if it may
    data_writer: Optional[workers.Background] = None  # writing this build's data files
    data_later: Optional[_DataLater] = None  # this build's data files, rendered after on_files
    keep_from_search = False  # only the search plugin's on_page_context runs between this hook's
    theme: Optional[tuple] = None  # `_theme_stamp` of the latest dirty build
    # A dirty build failed after on_files: site/ may lack pages that `built` says it holds.
    failed = False
    # Hand-written page or file, or the theme's (its path): the digest of its bytes (of the theme's
    # own files, their identity, size and time) as the last good build read it.
    hand_written: dict[str, str] = {}
    watchers: list[_Watcher] = []  # rebuilding at midnight and after a commit under `mkdocs serve`
    reading: dict[str, str] = {}  # the same, as this build reads it


class _Watcher:
    """Under `mkdocs serve`, a rebuild when something changes that MkDocs does not watch: a
    thread looks at it (`look`) every `interval` seconds and, when it differs from what it saw,
    writes into a folder of its own, which the server watches. `look` returns None when it
    cannot tell (nothing is written then)."""

    def __init__(self, name: str, look: Callable[[], object], seen: object, interval: float) -> None:
        self.name, self.seen, self.changes = name, seen, 0
        self._look, self._interval = look, interval
        self.folder = Path(tempfile.mkdtemp(prefix=f"vlv-{name}-"))
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"vlv-{name}", daemon=True)

    def start(self, server) -> None:
        server.watch(str(self.folder), recursive=False)
        self._thread.start()

    def _run(self) -> None:
        while not self._stopped.wait(self._interval):
            now = self._look()
            if now is not None and now != self.seen:
                self.seen, self.changes = now, self.changes + 1
                (self.folder / self.name).write_text(str(self.changes), encoding="utf-8")

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=5)
        shutil.rmtree(self.folder, ignore_errors=True)


def _new_day(day) -> _Watcher:
    """MkDocs rebuilds only when a watched file changes: a server left running past midnight
    showed the day before's pages (the current term, passed target years, documents in force,
    the about page's build date, the feeds' dates) until the next save. The
    build's clock (`clock.today`), looked at every `DAY_INTERVAL` seconds from a thread of its
    own, outside any rebuild's `clock.one_day`; on a new day the
    rebuild renders every page (`incremental`). With `SOURCE_DATE_EPOCH` set the day stays as
    it says."""
    def today():
        try:
            return clock.today()
        except clock.ClockError:
            return None  # the rebuild says what is wrong with the setting
    return _Watcher("day", today, day, DAY_INTERVAL)


def _new_commit(root: Path) -> Optional[_Watcher]:
    """The changelog, the feeds and the open data's commit come from git history: a commit,
    checkout or pull rebuilds them (`incremental` renders everything when the history changed),
    not the next save. Watching `.git/logs` missed a commit in a worktree (where `.git` is a
    file) and with `core.logAllRefUpdates=false` (no reflog is written): the folders are asked
    of git once, and what HEAD points at is read from them every `COMMIT_INTERVAL` seconds
    (`history.head_state`). None outside a git repository."""
    folders = git_folders(root)
    if folders is None:
        return None
    return _Watcher("commit", lambda: head_state(folders), head_state(folders), COMMIT_INTERVAL)


class _GeneratedFile(File):
    """A generated page or data file. In a dirty rebuild MkDocs asks each file whether it
    changed; MkDocs' own answer for in-memory files is always yes."""

    changed = True
    written_elsewhere = False  # a data file that `_write_data_files_beside` writes

    def is_modified(self) -> bool:
        return self.changed

    def copy_file(self, dirty: bool = False) -> None:
        if not self.written_elsewhere:
            super().copy_file(dirty)


# The theme's compiled templates, kept on disk between processes and in memory between the
# rebuilds of `mkdocs serve` (`template_cache`).
_THEME_TEMPLATES = template_cache.ThemeTemplates()
# And those of the theme's plain environment, where the search plugin reads its words.
_PLAIN_THEME_TEMPLATES = template_cache.ThemeTemplates()
# The theme's files MkDocs copies, listed again under `mkdocs serve` only when a folder changed.
_THEME_FILES = theme_files.ThemeFiles()


class _DirtyNotice(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation stale, and strict mode would turn
    that warning into a failed rebuild. Here the navigation cannot go stale (module docstring)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


class _OmittedFromNav(logging.Filter):
    """MkDocs lists, as information, every page that the navigation leaves out: here every
    generated page, by design (3,641 lines at 1,000 plans), which buried a build's warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.INFO and record.getMessage().startswith(
            "The following pages exist in the docs directory, but are not included in the \"nav\""))


def _is_generated(src_uri: str) -> bool:
    return src_uri in paths.GENERATED_FILES or src_uri.split("/", 1)[0] in paths.GENERATED_DIRS


# One of each, so that a process starting the hook again (a test's in-process build, Python
# running MkDocs twice) adds none a second time: `addFilter` ignores a filter already there,
# where a new one each start had every record of MkDocs' build logger read once more per start.
_OMITTED_FROM_NAV = _OmittedFromNav()
_DIRTY_NOTICE = _DirtyNotice()


def on_startup(command, dirty):
    _Session.serving = command == "serve"
    _Session.one_build = command in ("build", "gh-deploy")
    _Session.dirty = _Session.serving and dirty
    for name in ("mkdocs.structure.nav", "mkdocs.commands.build"):
        logging.getLogger(name).addFilter(_OMITTED_FROM_NAV)
    if _Session.dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_DIRTY_NOTICE)


@event_priority(100)  # before the search plugin's, which hands its separator to the index
def _drop_stopwords_from_queries(config):
    """A word of a query that is a stop word (`i`, `som`, `inte`) is dropped, as the search
    drops it from the index. The theme completes every word typed (`i` becomes `i*`), and a
    completed word skips the stop words' filter: `vinster i välfärden` listed every page with a
    word beginning with i (*Tidiga insatser*, `ideell`) first, `citatet finns inte` those with
    `internkontroll`. The search splits each word of a query at the index's separator, and a
    separator that is the whole word leaves nothing of it; in the index it matches only a text
    that is one stop word, which the index drops anyway. While a voter types, a word is gone
    while it reads as one (`för` on the way to `förskola`)."""
    search = _search_plugin(config)
    whole = "|" + _whole_stopword()
    if search is not None and search.config.separator and not search.config.separator.endswith(whole):
        search.config.separator += whole  # once: `mkdocs serve` may keep the plugin between builds
    return config


def _whole_stopword() -> str:
    """A pattern for a term that is one of the stop words, lower-case or with a capital first
    letter (as a phone writes a query's first word): `^(?:[Aa](?:lla|llt|tt|v)|…)$`."""
    return f"^(?:{stopword_alternatives()})$"


def _give_site_url(config):
    """A build gets the public address (`extra.public_url`) as its `site_url`, which mkdocs.yml
    leaves unset so that `mkdocs serve` stays at /. MkDocs writes the 404 page with links from
    the root of `site_url`'s path, since it answers for missing pages at any depth: without it
    they lead to /assets/…, outside a project path on GitHub Pages. The sitemap and the pages'
    canonical links need it too. `mkdocs serve` has already set `site_url` to its own address
    (and mounted the site by it) when this runs, so it stays as it is there."""
    try:
        clock.today()  # before MkDocs' sitemap reads the same variable and fails with a traceback
    except clock.ClockError as error:
        raise Abort(log_text(str(error))) from None
    # Before MkDocs lists docs/, which it does through every link: one to a folder may lead anywhere;
    # before it empties site/ (a plain `mkdocs build`), which it would do where a link leads; and
    # before it converts a page: a front matter it would read as none, or whose texts the theme
    # would print as broken HTML (`write.refused_inputs`, as `engines` refuses them for Zensical).
    project = os.path.dirname(config.config_file_path or ".")
    links, refused = refused_inputs(Path(config.docs_dir), Path(config.site_dir), Path(config.config_file_path),
                                    (_shown_folder(config.docs_dir, project), _shown_folder(config.site_dir, project)))
    if links:
        for error in links:
            log.error(log_text(error))
        raise Abort(f"{count(len(links), 'symbolisk länk', 'symboliska länkar')} kan inte följas; inget byggdes.")
    if refused:
        for error in refused:
            log.error(log_text(error))
        raise Abort(f"{count(len(refused), 'fel', 'fel')} i de handskrivna sidornas front matter eller i "
                    f"{Path(config.config_file_path).name}; inget byggdes.")
    if not config.site_url:
        config.site_url = public_url(ROOT)
    _version_assets(config)
    return config


def _shown_folder(folder: str, project: str) -> str:
    """`folder` as an error names it: from the project, or as it is where no path leads there
    (Windows: `mkdocs serve` builds into the temporary folders, which may be on another drive)."""
    try:
        return os.path.relpath(folder, project)
    except ValueError:
        return folder


@event_priority(100)  # before the search plugin's, which reads its words from the theme's templates
def _keep_plain_theme_templates(config):
    """The search plugin reads the words of its language from the theme's templates, in an
    environment of its own (`config.theme.get_env()`, which MkDocs also starts the build's
    from): under `mkdocs serve` a new one at every rebuild, which compiled the language's three
    templates again each time (about 5% of a rebuild after one plan's edit). Each environment
    the theme makes keeps its compiled templates as the build's does (`template_cache`); the
    build's gets the build's own at `on_env` (`theme_environment`). Under `mkdocs serve` each
    also lists the theme's files from the last rebuild's listing while its folders are
    unchanged (`theme_files`)."""
    theme = config.theme
    made = theme.get_env

    def get_env():
        env = made()
        env.bytecode_cache = _PLAIN_THEME_TEMPLATES
        if _Session.serving:
            _THEME_FILES.keep(env, theme.static_templates)
        return env

    theme.get_env = get_env
    return config


on_config = CombinedEvent(_drop_stopwords_from_queries, _keep_plain_theme_templates, _give_site_url)


def _version_assets(config) -> None:
    """The site's own style sheets and scripts, asked for by their content (`asset_versions`)."""
    docs = Path(config.docs_dir)
    config.extra_css = [asset_versions.versioned(url, docs) for url in config.extra_css]
    for place, script in enumerate(config.extra_javascript):
        if isinstance(script, str):
            config.extra_javascript[place] = asset_versions.versioned(script, docs)
        else:  # an entry with `path:` and attributes such as `defer`
            script.path = asset_versions.versioned(script.path, docs)
    custom_dir = config.theme.custom_dir
    config.extra[asset_versions.EXTRA_KEY] = asset_versions.theme_assets(Path(custom_dir) if custom_dir else None)


def _minify_own_assets(config) -> None:
    """The site's own style sheets and scripts, as MkDocs copied them, replaced by their
    minified form (`minify`), whose digest `_version_assets` gave every page."""
    custom_dir = config.theme.custom_dir
    scripts = [script if isinstance(script, str) else script.path for script in config.extra_javascript]
    minify.write_minified(Path(config.site_dir), minify.own_files(
        Path(config.docs_dir), Path(custom_dir) if custom_dir else None, [*config.extra_css, *scripts],
        config.extra.get(asset_versions.EXTRA_KEY, {})))


def on_files(files, config):
    collector.unfreeze()  # the model of the previous rebuild, if one failed before on_post_build
    try:
        with collector.paused():
            try:
                pages, edit_paths = _render(config)
            except jinja2.TemplateError as broken:
                if not _Session.serving:
                    raise
                # A template saved half-written: the server shows where, as it shows a plan's
                # errors, instead of a traceback and no answer until the next save.
                raise ValidationFailed([_template_error(broken)]) from broken
            collector.freeze()  # before the collector is back on, which would walk it all
    except ValidationFailed as failure:
        for error in failure.errors:
            log.error(log_text(error))
        if not _Session.serving:
            raise Abort(f"{count(len(failure.errors), 'fel', 'fel')} i planer eller register; inget byggdes.")
        _log_warnings(find_warnings(failure.inputs), with_errors=True)  # as `validate` prints them
        # A server that stops answering helps nobody: every page says what to fix.
        _Session.showing_errors = True
        _Session.rebuilds.forget()
        page = error_page(failure.errors)
        # Every page of the last good build (the one in the browser reloads to the errors),
        # and the pages the nav names. Data files and feeds keep their last text: the error
        # page's Markdown is no JSON, CSV or Atom.
        pages = {path: page if path.endswith(".md") else _Session.built.get(path, "")
                 for path in _Session.pages + _nav_pages(config.nav)}
        edit_paths = {}
    else:
        _Session.pages = tuple(pages)
        _Session.showing_errors = False
    if _Session.dirty:
        theme = _theme_stamp(config)
        if _Session.failed or (_Session.theme is not None and theme != _Session.theme):
            _Session.built = {}  # every generated page counts as changed below
            _remove_hand_written_pages(config, files)
        _Session.theme, _Session.failed = theme, False
        _judge_hand_written_files(config, files)
    # Copies that `generator build` left in docs/ (municipality folders included) are replaced,
    # and pages it wrote once that the input no longer produces (docs/.generated) are dropped.
    left_over = written_before(Path(config.docs_dir))
    for file in [f for f in files if _is_generated(f.src_uri) or f.src_uri in pages or f.src_uri in left_over]:
        files.remove(file)
    # Pages (.md) and data files (.json, .csv, .xml) in the order the outputs declare them
    # (`outputs.site_outputs`: topics, actors and documents in the documented order), which is
    # the order MkDocs builds them in and the search index lists them: equally good results
    # are shown in it. By path, a tie listed `…-o-…` (Östra listan) before `…-t-…`
    # (Trygghetspartiet) and SD's document before Socialnämndens (the neutrality audit).
    for src_uri, text in pages.items():
        file = _GeneratedFile.generated(config, src_uri, content=text)
        file.changed = not _Session.dirty or _Session.built.get(src_uri) != text
        files.append(file)
    _Session.built = pages
    if _Session.dirty:
        _remove_files_gone(config, files)
        _Session.page_urls = {_location(file.url): place for place, file in enumerate(files.documentation_pages())}
        _Session.rebuilt = set()
    _edit_paths.clear()
    _edit_paths.update(edit_paths)
    _split_pages.clear()
    _whole_html.clear()
    _kept_from_search.clear()
    # The model and the pages live until the end of the build: kept out of the collector's
    # passes meanwhile, which then walk only what MkDocs makes of each page.
    collector.freeze()
    return files


def _nav_pages(nav) -> tuple[str, ...]:
    """The generated pages the nav names (mkdocs.yml): shown with the errors even before a good
    build, so that no tab leads to a missing page (the serve audit: the changelog and the open
    data page, left out of a list kept by hand, answered 404)."""
    found: list[str] = []
    for entry in nav or ():
        for value in (entry.values() if isinstance(entry, dict) else [entry]):
            if isinstance(value, list):
                found += _nav_pages(value)
            elif isinstance(value, str) and _is_generated(value):
                found.append(value)
    return tuple(found)


def _remove_files_gone(config, files) -> None:
    """A dirty rebuild never deletes from site/: the pages and files of a plan deleted or renamed,
    and a hand-written page or a style sheet removed from docs/ (the serve audit), were still
    served with their old text. What the last build wrote and this one does not is removed,
    with the folders that held only it. MkDocs lists the theme's overrides in docs/ too, but never
    writes them (`exclude_docs`): removing one stopped every later rebuild at its folder, never made."""
    written = {file.abs_dest_path for file in files}
    site_dir = Path(config.site_dir)
    for gone in sorted(_Session.written - written):
        target = Path(gone)
        if site_dir in target.parents:
            target.unlink(missing_ok=True)
            folder = target.parent
            while folder != site_dir and site_dir in folder.parents and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent
    _Session.written = written


def _template_error(broken: jinja2.TemplateError) -> LocatedError:
    name = getattr(broken, "filename", None) or getattr(broken, "name", None) or "generator/templates"
    shown = os.path.relpath(name, ROOT) if os.path.isabs(name) else f"generator/templates/{name}"
    return LocatedError(shown, getattr(broken, "lineno", None) or 1, 1, "", f"mallen går inte att använda: {broken.message}",
                        "Rätta mallen och spara; sidorna byggs då om.")


def _theme_stamp(config) -> tuple:
    """mkdocs.yml and the theme's overrides (by their bytes, `incremental.files_stamp`), and the addresses of the
    site's own style sheets and scripts, which name their content (`_version_assets`): what
    every page's HTML is made with, and what a dirty rebuild of only the changed Markdown would
    leave stale."""
    files = [Path(config.config_file_path)]
    if config.theme.custom_dir:
        files += sorted(path for path in Path(config.theme.custom_dir).rglob("*") if path.is_file())
    addresses = tuple(config.extra_css) + tuple(str(getattr(script, "path", script)) for script in config.extra_javascript)
    return incremental.files_stamp(files) + addresses


def _judge_hand_written_files(config, files) -> None:
    """Whether each hand-written page, each other file of docs/ and the theme's overrides, and
    each of the theme's files, changed since the last good build (the first ones by their bytes),
    told once for the whole build. MkDocs asks
    by time stamps, twice for a page: before converting the pages and before writing them. A
    page saved in between was written unconverted (the rebuild failed), and a page saved after
    MkDocs read it was written with its old text, newer than the file saved, so that no later
    rebuild made it again (the fuzzing audit). A file is copied only when it is newer than its
    copy: one put back with an older time (`cp -p`, `touch -r`) kept its old bytes in site/.
    The theme's own files, which no one edits, by their identity, size and time alone (2 ms of
    hashing a rebuild spared): one a removed override or file of docs/ had hidden (Material's
    `assets/images/favicon.png`) is older than the copy of it in site/, which MkDocs kept."""
    _Session.reading = {}
    folders = {os.path.abspath(config.docs_dir)}
    if config.theme.custom_dir:
        folders.add(os.path.abspath(config.theme.custom_dir))
    for file in [file for file in files if not isinstance(file, _GeneratedFile) and file.abs_src_path]:
        source = Path(file.abs_src_path)
        try:
            if file.is_documentation_page() or os.path.abspath(file.src_dir or "") in folders:
                digest = hashlib.sha256(source.read_bytes()).hexdigest()
            else:
                stat = source.stat()
                digest = f"{stat.st_ino} {stat.st_size} {stat.st_mtime_ns}"
        except OSError:  # deleted meanwhile: MkDocs' own reading of it says so
            digest = ""
        _Session.reading[file.abs_src_path] = digest
        changed = _Session.hand_written.get(file.abs_src_path) != digest or not os.path.isfile(file.abs_dest_path)
        file.is_modified = lambda changed=changed: changed


def _remove_hand_written_pages(config, files) -> None:
    """The built HTML of the hand-written pages, so that a dirty rebuild makes them again with
    the changed theme or config (MkDocs rebuilds a page whose built file is missing)."""
    for file in files.documentation_pages():
        if not isinstance(file, _GeneratedFile):
            Path(file.abs_dest_path).unlink(missing_ok=True)


def _render(config) -> tuple[dict[str, str], dict[str, str]]:
    """Every generated page's Markdown and edit source, checked and rendered as of one day
    (`clock.one_day`), whenever midnight strikes: each rebuild of `mkdocs serve` reads it again."""
    with clock.one_day():
        return _render_as_of_one_day()


def _render_as_of_one_day() -> tuple[dict[str, str], dict[str, str]]:
    municipality = os.environ.get(MUNICIPALITY_VARIABLE)
    _Session.data_later = None
    if _Session.serving:
        # A rebuild parses, checks and renders only what the edit can change (`incremental`).
        rebuilds = _Session.rebuilds
        try:
            outputs, pages = rebuilds.build(ROOT, municipality)
        finally:
            if rebuilds.files.misses:
                # File names come from a pull request too: as text, never a terminal escape.
                log.info(log_text(_read_note(sorted(rebuilds.files.misses),
                                             first=not _Session.read or rebuilds.files.new_day)))
                _Session.read = True
        if rebuilds.rendered_count < len(outputs):
            log.info(f"Renderade {rebuilds.rendered_count} av {len(outputs)} sidor och filer; resten är oförändrade.")
        _log_warnings(rebuilds.warnings)
    else:
        site = build_site(ROOT)
        outputs = site_outputs(site, read_history(ROOT, site), municipality=municipality or None)
        # The data files (a third of the rendering at 1,000 plans) are left for later
        # (`_DataLater`): made here, they kept this process from the pages meanwhile.
        data = [output for output in outputs if output.content]
        _Session.data_later = _DataLater(clock.today(), {output.path: output.content for output in data})
        rendered = render_outputs(site, [output for output in outputs if not output.content])
        pages = {output.path: rendered.get(output.path, "") for output in outputs}  # in the outputs' order
    return pages, {output.path: output.edit_source for output in outputs if output.is_page and output.edit_source}


_FILES_NAMED = 10  # the files a rebuild read that its log line names


def _read_note(names: list[str], first: bool) -> str:
    """`Läste in 2 ändrade filer: plans/a.yaml, plans/b.yaml`, up to `_FILES_NAMED` names and
    how many more (the serve audit: 14 said, 10 named, no word of the rest); at the first build,
    and the first of a new day (`load.LoadCache.as_of`), the files are read, not changed."""
    said = count(len(names), "fil", "filer") if first else count(len(names), "ändrad fil", "ändrade filer")
    more = f" och {len(names) - _FILES_NAMED} till" if len(names) > _FILES_NAMED else ""
    return f"Läste in {said}: {', '.join(names[:_FILES_NAMED])}{more}"


def _log_warnings(warnings: list[LocatedError], with_errors: bool = False) -> None:
    """What `validate` would warn about, in the server's log after each rebuild until it is
    fixed. As information: in strict mode (mkdocs.yml) a logged warning fails the rebuild,
    and these files pass."""
    for line in warning_lines(warnings, with_errors):
        log.info(line)


def error_page(errors) -> str:
    """The page `mkdocs serve` shows while a plan or registry has errors (plan text escaped)."""
    def text(value) -> str:
        return str(html_text(value))

    rows = "\n".join(
        f"<li><code>{text(error.path)}:{error.line}:{error.col}</code>"
        f"{' <code>' + text(error.field) + '</code>' if error.field else ''}: {html_with_code(error.message_pieces)}"
        f"{' <em>Tips: ' + html_with_code(error.hint_pieces) + '</em>' if error.hint else ''}</li>"
        for error in errors)
    return ("---\nsearch:\n  exclude: true\n---\n\n# Sidorna kan inte byggas just nu\n\n"
            f"Kontrollen hittade {count(len(errors), 'fel', 'fel')} i planerna eller registren. Rätta dem och spara filen, "
            "så visas sidorna igen.\n\n"
            f'<ul class="vlv-build-errors">\n{rows}\n</ul>\n')


def on_pre_page(page, config, files):
    """A generated page's front matter is read as the JSON it is written in (`prerendered.front_matter`),
    unless a plugin gives the page's source itself."""
    if (page.file.src_uri in _Session.built and not os.environ.get(WHOLE_MARKDOWN_VARIABLE)
            and not config.plugins.events["page_read_source"]):
        def read_source(config):  # instead of MkDocs' Page.read_source, for this page and this build
            del page.read_source
            page.markdown, page.meta = prerendered.front_matter(page.file.content_string)
        page.read_source = read_source
    return page


def on_page_markdown(markdown, page, config, files):
    """A generated page of headings and raw HTML: Python-Markdown converts only the headings
    (`prerendered`), or `headings` does where they are plain; on_page_content puts the HTML back."""
    if page.file.src_uri not in _Session.built:  # a hand-written page, checked before the build (`_give_site_url`)
        return markdown
    if os.environ.get(WHOLE_MARKDOWN_VARIABLE):
        return markdown
    found = prerendered.split(markdown)
    if found is None:
        return markdown
    _split_pages[page.file.src_uri] = found
    converted = _Session.headings.convert(found.headings) if _Session.headings is not None else None
    if converted is not None:
        def render(config, files):  # instead of MkDocs' Page.render, for this page and this build
            del page.render
            if page.markdown == found.headings:
                converted.apply(page)
            else:  # a later plugin changed the Markdown: MkDocs converts what it has now
                page.render(config, files)
        page.render = render
    return found.headings


@event_priority(-100)  # the page's HTML as the search plugin will get it
def _offer_for_search(html, page, config, files):
    if _Session.search_workers is not None and not _excluded_from_search(page):
        _Session.search_workers.offer(page, html, _indexed_emptied(page))
    return html


def _assemble(html, page, config, files):
    found = _split_pages.pop(page.file.src_uri, None)
    if '<span lang="' in page.markdown:  # a heading may be in a document's own language
        mark_own_words_in_toc(page.toc, html)
    if found is None:
        return html
    whole = found.assemble(html)
    if whole is None:
        raise Abort(f"{page.file.src_uri}: rubrikerna gav inte en rad var; sidan kunde inte sättas ihop.")
    page.present_anchor_ids = prerendered.Anchors(page.present_anchor_ids or (), whole)
    log.debug(f"Converted {page.file.src_uri} heading by heading")
    return whole


on_page_content = CombinedEvent(_assemble, _offer_for_search)


def on_nav(nav, config, files):
    _Session.nav = nav
    _Session.headings = None if os.environ.get(MARKDOWN_HEADINGS_VARIABLE) else Headings.for_build(config)
    _Session.keep_from_search = _only_search_between(config)
    _stop_workers()
    search = _search_plugin(config)
    pages = files.documentation_pages()  # a walk of every file: once (3.6 ms at 1,000 plans)
    processes = workers.process_count(len(pages))
    if search is not None and search.config.enabled and processes > 1:
        _Session.search_workers = SearchWorkers(processes - 1)
    if processes > 1:
        _write_data_files_beside(files, pages)
    else:
        _render_data_files(files)
    return nav


def _write_data_files_beside(files, pages) -> None:
    """The data files (108 MB at 1,000 plans), written by a process of their own while this
    one converts the pages (`pages`, whose folders it makes first); MkDocs would write them here first."""
    data = [file for file in files if isinstance(file, _GeneratedFile) and not file.is_documentation_page()]
    later, _Session.data_later = _Session.data_later or _DataLater(None, {}), None
    if data:
        writes = [(file.abs_dest_path, file.src_uri, file.content_string) for file in data]
        folders = [os.path.dirname(file.abs_dest_path) for file in pages]
        _Session.data_writer = workers.Background(lambda: _write_files(writes, folders, later))
        for file in data:
            file.written_elsewhere = True


def _render_data_files(files) -> None:
    """The data files left for later (`_DataLater`), made in this process, for MkDocs to write."""
    later, _Session.data_later = _Session.data_later, None
    if later is not None:
        for file in files:
            if isinstance(file, _GeneratedFile) and file.src_uri in later.contents:
                file.content_string = later.text(file.src_uri, "")


def _write_files(writes: list[tuple[str, str, str]], folders: list[str], later: _DataLater) -> int:
    """The pages' folders first (MkDocs then finds them made), and each text at its path, as
    MkDocs writes a file with text content (`File.copy_file`): made first if it was left for
    later, in the order of the outputs (the data files share computed records, `opendata`)."""
    for folder in folders:
        os.makedirs(folder, exist_ok=True)
    for path, src_uri, text in writes:
        text = later.text(src_uri, text)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as output:
            output.write(text)
    return len(writes)


# MkDocs' sitemap.xml (mkdocs/templates/sitemap.xml) without its <lastmod>. MkDocs dates every
# page by the build's day, in UTC, and the site is built every night, so the sitemap said each
# night that every page had changed that day. The protocol's lastmod is the day the page last
# changed, and a search engine that finds it false stops reading it (Google: leave it out where
# it is not known). What changes a page (its plans, sources and registries, a template, a target
# year passing, a new term) is not known page by page, so no page is dated, as in Zensical's.
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{%- for file in pages -%}
    {% if not file.page.is_link and (file.page.abs_url or file.page.canonical_url) %}
    <url>
         <loc>{% if file.page.canonical_url %}{{ file.page.canonical_url|e }}{% else %}{{ file.page.abs_url|e }}{% endif %}</loc>
    </url>
    {%- endif -%}
{% endfor %}
</urlset>
"""


def on_env(env, config, files):
    theme_environment(env)
    _Session.fragments = None
    if theme_fragments.wrapped():
        _Session.fragments = theme_fragments.install(env, _Session.nav, config)
    return env


def theme_environment(env) -> None:
    """The theme's template environment as the hook gives it to MkDocs (`python -m
    generator.theme_templates` compiles its templates so): the sitemap without dates, the theme's
    repeated parts wrapped (`theme_fragments`) and its compiled templates kept (`template_cache`)."""
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({"sitemap.xml": SITEMAP}), env.loader])
    if theme_fragments.wrapped():
        theme_fragments.wrap(env)
    env.bytecode_cache = _THEME_TEMPLATES
    if env.cache is not None:
        # Jinja keeps its compiled templates in a bounded cache that moves the one asked for to the
        # front of a queue, at each of the twenty-odd `get_template` a page makes (0.1 s of the main
        # process at 1,000 plans); a dict, Jinja's cache of no bound, holds the theme's hundred.
        env.cache = dict(env.cache.items())


def _search_plugin(config) -> Any:
    return config.plugins.get("material/search") or config.plugins.get("search")


def _only_search_between(config) -> bool:
    """Whether every on_page_context handler is this hook's or the search plugin's: then no
    other plugin sees a page's HTML while it is kept from the search plugin."""
    search = _search_plugin(config)
    return all(getattr(handler, "__module__", None) == __name__ or getattr(handler, "__self__", None) is search
               for handler in config.plugins.events["page_context"])


def _search_settings(page) -> dict:
    """The page's front matter `search` (Material's: `exclude: true`, `boost: 2`), or none. A
    hand-written page's written as anything but a block of fields was refused before the build
    (`write.search_settings_errors`); a generated page's is a block (`outputs`)."""
    settings = page.meta.get("search")
    return settings if isinstance(settings, dict) else {}


def _excluded_from_search(page) -> bool:
    """The page's front matter leaves it out of the search index (`search: exclude: true`)."""
    return bool(_search_settings(page).get("exclude"))


def _indexed_emptied(page) -> bool:
    """Whether the search plugin gets the page without its excluded elements (`search_text`)."""
    return page.file.src_uri in _Session.built and not os.environ.get(WHOLE_SEARCH_HTML_VARIABLE)


@event_priority(50)  # before the search plugin indexes page.content
def _empty_excluded_for_search(context, page, config, nav):
    generated = _indexed_emptied(page)
    title = page.meta.get("plain_title")  # none on the page of errors `make serve` shows in a plan's place
    if title is not None and _is_generated(page.file.src_uri) and paths.is_plan_page(page.file.src_uri):
        _search_titles[_location(page.url)] = search_title(title)  # not the theme's, with its numeric references
    elif paths.is_plan_page(page.file.src_uri):
        _search_titles.pop(_location(page.url), None)
    words = page.meta.get(search_words.FIELD)  # a generated page's (`outputs`); a municipality's is no GENERATED_DIR
    if isinstance(words, list) and all(isinstance(word, str) for word in words):
        _hidden_search_words[_location(page.url)] = words
    else:
        _hidden_search_words.pop(_location(page.url), None)
    if _Session.search_workers is not None and not _excluded_from_search(page):
        # A worker parses the page; the plugin, told to leave it out, does all else it does.
        _Session.search_workers.parse(page, generated)
        _search_meta[page.file.src_uri] = page.meta.get("search", _NO_SEARCH_META)
        page.meta["search"] = {**_search_settings(page), "exclude": True}
    elif generated:
        searched = search_text.without_excluded(page.content)
        if searched is not page.content:
            log.debug(f"Search indexes {page.file.src_uri} without the elements it excludes")
            _whole_html[page.file.src_uri] = (page.content, searched)
            page.content = searched
    if _Session.keep_from_search and _excluded_from_search(page) and not search_text.plugin_rewrites(page.content):
        # The plugin would search the whole HTML for attributes to remove, and find none.
        _kept_from_search[page.file.src_uri] = page.content
        page.content = ""
    return context


@event_priority(-50)  # after the search plugin: the theme shows the whole page
def _restore_whole_html(context, page, config, nav):
    kept = _kept_from_search.pop(page.file.src_uri, None)
    if kept is not None:
        if page.content:
            raise Abort(f"{page.file.src_uri}: sökfunktionen ändrade en sida den inte indexerar.")
        page.content = kept
    if page.file.src_uri in _search_meta:
        meta = _search_meta.pop(page.file.src_uri)
        if meta is _NO_SEARCH_META:
            del page.meta["search"]
        else:
            page.meta["search"] = meta
    whole, searched = _whole_html.pop(page.file.src_uri, (None, None))
    if whole is not None:
        # The plugin rewrites the HTML it indexed only in pages that search_text hands over
        # whole (their `data-search-…="…"` attributes). A rewrite here means a plugin version
        # that does more, which the whole page would miss.
        if page.content != searched:
            raise Abort(f"{page.file.src_uri}: sökfunktionen ändrade sidans HTML; bygg med "
                        f"{WHOLE_SEARCH_HTML_VARIABLE}=1.")
        page.content = whole
    return context


def _note_rebuilt_page(context, page, config, nav):
    """Remember the page as rebuilt, and point its edit button at its YAML."""
    _Session.rebuilt.add(_location(page.url))
    source = _edit_paths.get(page.file.src_uri)
    url = edit_url(config.get("edit_uri") or "", source) if source else None
    if url:
        # edit_uri points at docs/ in the repository; generated pages are edited at their YAML.
        page.edit_url = url
    return context


on_page_context = CombinedEvent(_empty_excluded_for_search, _restore_whole_html, _note_rebuilt_page)


@event_priority(100)  # before the search plugin writes its index
def _finish_build(config):
    if not _Session.one_build:
        # Handed back to the collector, so that a rebuild of `mkdocs serve`, or a build run from
        # Python, leaves no model behind. A command-line build leaves it frozen until the process
        # ends (`on_shutdown`): its next full pass walked the whole model only to free it (846,687
        # objects at 1,000 plans, 0.4-0.9 s of processor time at the end of the build).
        collector.unfreeze()
    _minify_own_assets(config)
    _wait_for_data_files()
    if _Session.fragments is not None:
        log.debug(f"The theme's navigation and tabs were reused {_Session.fragments.hits} times")
    if _Session.search_workers is not None:
        search_workers, _Session.search_workers = _Session.search_workers, None
        for page in search_workers.add_entries(_search_plugin(config).search_index):
            log.debug(f"Search indexes {page.file.src_uri} without the elements it excludes")
    if _Session.dirty:
        _merge_search_index(config)
        _Session.hand_written = _Session.reading
    _title_plan_entries(_search_plugin(config).search_index)
    search_text.spaces_collapsed(_search_plugin(config).search_index.entries)
    search_words.hidden_in_entries(_search_plugin(config).search_index.entries, _hidden_search_words, titled=True)
    search_words.tags_on_pages_alone(_search_plugin(config).search_index.entries)
    search_words.headings_typed_plainly(_search_plugin(config).search_index.entries,
                                        [_location(paths.page_url(page)) for page in (paths.GUIDE, paths.GUIDE_FIELDS)])
    search_words.sections_typed_plainly(_search_plugin(config).search_index.entries, titled=True)
    search_words.numbers_as_typed(_search_plugin(config).search_index.entries, titled=True)
    if _Session.showing_errors:
        # The errors are on every page and in the log; the build that shows them must not
        # be aborted by strict mode (`mkdocs serve` would then stop answering). Strict mode
        # counts warnings with a handler it attached to the `mkdocs` logger for this build.
        for handler in logging.getLogger("mkdocs").handlers:
            if isinstance(handler, CountHandler):
                handler.counts.clear()


def _wait_for_data_files() -> None:
    """Until the process making and writing the data files is done (`_write_data_files_beside`);
    what failed there fails the build, with its message."""
    if _Session.data_writer is not None:
        data_writer, _Session.data_writer = _Session.data_writer, None
        try:
            data_writer.wait()
        except RuntimeError as error:
            raise Abort(f"Datafilerna kunde inte skapas eller skrivas: {log_text(error)}") from None


@event_priority(-100)  # after the search plugin has written its index
def _index_as_utf8(config):
    """Material's search plugin writes its index with every character beyond ASCII escaped, six
    bytes for the two of an å, ä or ö in UTF-8, and the index is Swedish text: written as it
    is, the real plans' index was 1.7 KB smaller gzipped (61,147 bytes -> 59,458; P3 of issue 13
    allows 60 KB). The theme reads the file as UTF-8 whatever the server says it is (a blob's
    text) and parses it to the same entries, so every search finds what it found."""
    search = _search_plugin(config)
    index = Path(config.site_dir) / "search" / "search_index.json"
    if search is not None and search.config.enabled and index.is_file():
        index.write_text(search_words.index_json(json.loads(index.read_text(encoding="utf-8"))), encoding="utf-8")


on_post_build = CombinedEvent(_finish_build, _index_as_utf8)


# A document's page, as the search lists it: `Sociala insatser – Liberalerna Eskilstuna
# (odaterat)` (its front matter's title), by its location in the index.
_search_titles: dict[str, str] = {}
# A page's words for the search alone, hidden in its entries (`search_words`), by its location.
_hidden_search_words: dict[str, list[str]] = {}


def _title_plan_entries(index) -> None:
    """A search result groups a page's sections under the page's entry, titled by its h1: a
    document's commitments were listed under its title alone ("Sociala insatser"), with no
    word of whose they are or how old (the neutrality audit). The entry takes the title the
    browser's tab shows, with the actor and the year."""
    for entry in index.entries:
        title = _search_titles.get(entry["location"])
        if title is not None:
            entry["title"] = title


def _location(url: str) -> str:
    """A page's URL as the search index writes it (the home page is `` there, `./` in MkDocs)."""
    return "" if url in (".", "./") else url


def _page_of(entry: dict) -> str:
    """The page a search index entry belongs to: its location without the section."""
    return entry["location"].split("#")[0]


def _merge_search_index(config) -> None:
    """After a dirty rebuild the search plugin holds entries of the rebuilt pages only. Keep
    the previous entries of every other page that still exists. (The plugin's own merge
    assumes one rebuilt page and drops entries by URL prefix: a municipality's page would
    take its comparison pages with it.) The entries are in a full build's order, the pages'
    order, so that the index is the same, and so is the order of equally good results."""
    search = _search_plugin(config)
    previous = getattr(search, "search_index_prev", None)
    if previous is None:
        return
    places = _Session.page_urls
    kept = [entry for entry in previous.entries
            if _page_of(entry) in places and _page_of(entry) not in _Session.rebuilt]
    search.search_index.entries = sorted(kept + search.search_index.entries,
                                         key=lambda entry: places.get(_page_of(entry), len(places)))
    search.search_index_prev = None  # merged here; the plugin keeps this index for the next rebuild


def _stop_workers() -> None:
    if _Session.search_workers is not None:
        _Session.search_workers.close()
        _Session.search_workers = None
    _search_meta.clear()
    if _Session.data_writer is not None:
        _Session.data_writer.stop()
        _Session.data_writer = None


def on_build_error(error):
    _stop_workers()
    # What this build's on_files counted as written may not be: the next build writes every page.
    _Session.failed = True


def on_shutdown():
    _stop_workers()
    for watcher in _Session.watchers:
        watcher.stop()
    _Session.watchers = []
    # The process ends: nothing left for the interpreter's last collection to walk.
    collector.freeze()


def _serving_after_all() -> None:
    """`mkdocs serve --clean` starts the hook as a build (`on_startup(command="build")`, MkDocs
    1.6) and builds once before `on_serve`: that first build's model, left frozen as a one-off
    build's is, is handed back to the collector, and each rebuild hands its own back."""
    _Session.one_build = False
    collector.unfreeze()


def on_serve(server, config, builder):
    _serving_after_all()
    # MkDocs looks for changed files every 0.5 s, a quarter of a second on average before a
    # rebuild even starts. The folders a party office edits are looked at every 0.1 s, so a
    # saved plan shows within a second. The interval is the watchdog observer's (its
    # `timeout`, which has no setter), read when each folder is scheduled.
    observer = server.observer
    default = getattr(observer, "_timeout", None)
    if default is not None:
        observer._timeout = min(default, WATCH_INTERVAL)
    try:
        for folder in WATCHED:
            server.watch(str(ROOT / folder))
        snapshot = _Session.rebuilds.snapshot
        _Session.watchers = [watcher for watcher in (_new_day(snapshot.day if snapshot is not None else clock.today()),
                                                     _new_commit(ROOT)) if watcher is not None]
        for watcher in _Session.watchers:
            watcher.start(server)
    finally:
        if default is not None:
            observer._timeout = default
    return server
