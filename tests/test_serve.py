"""`mkdocs serve`: edits show up (re-reading only the edited file), a broken plan shows its
errors instead of hanging, and the server does not rebuild in a loop."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from conftest import FIXTURE, make_site_project
from generator import asset_versions

PLAN = "plans/bergby-o-webb.yaml"
PAGE = "dokument/bergby-o-webb/"
ORIGINAL_TEXT = "text: Öppna ett härbärge för kvinnor."
ORIGINAL_TEXT_SHOWN = "Öppna ett härbärge för kvinnor."


STOP_SECONDS = 30  # for Ctrl-C to stop the server, on a machine as busy as the test suite makes it


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _poll(predicate, seconds: float = 60.0, every: float = 0.05):
    """Poll until `predicate` is true; return the seconds it took."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            if predicate():
                return time.monotonic() - start
        except OSError:
            pass
        time.sleep(every)
    raise AssertionError("timed out")


class Served:
    def __init__(self, project: Path, port: int, log_path: Path, temporary: Path):
        self.project, self.base, self.log_path = project, f"http://127.0.0.1:{port}/", log_path
        self.temporary = temporary
        self.stopped_on_ctrl_c: bool | None = None  # set when the server has been stopped
        self.log_start = 0  # where the log of the test using the server begins (`shared_serve`)

    def page(self, path: str) -> str:
        return _get(self.base + path)

    def shows(self, path: str, text: str) -> bool:
        return text in self.page(path)

    def log(self) -> str:
        """What the server logged since the test using it began."""
        return self.log_path.read_text(encoding="utf-8")[self.log_start:]

    def edit(self, relative: str, old: str, new: str) -> None:
        path = self.project / relative
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _ctrl_c_as_in_a_terminal() -> None:
    """A shell starts a job in the background (`make test &`) with Ctrl-C ignored, and a
    process that starts so keeps ignoring it: the server gets it as a terminal would give it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextmanager
def served(tmp_path: Path, dirty: bool = True, before=None, ready: tuple[str, str] = (PAGE, ORIGINAL_TEXT_SHOWN)):
    """`mkdocs serve --dirty`, as `make serve` runs it (`dirty=False`: plain `mkdocs serve`).
    `before(project)`: what is done to the project before the server starts; `ready`: the page
    and the text it shows once the server has built."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    if before is not None:
        before(project)
    port = _free_port()
    log_path = tmp_path / "serve.log"
    mkdocs = Path(sys.executable).parent / "mkdocs"
    # mkdocs serve builds into a folder of its own under TMPDIR: here one the tests can look into.
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    with log_path.open("w") as log:
        server = subprocess.Popen([str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{port}",
                                   *(["--dirty"] if dirty else [])], cwd=project,
                                  stdout=log, stderr=subprocess.STDOUT, preexec_fn=_ctrl_c_as_in_a_terminal,
                                  # PYTHONFAULTHANDLER: SIGABRT writes every thread's stack to the log.
                                  env={**os.environ, "TMPDIR": str(temporary), "PYTHONFAULTHANDLER": "1"})
        try:
            serve = Served(project, port, log_path, temporary)
            _poll(lambda: serve.shows(*ready))
            yield serve
        finally:
            # Ctrl-C, as one stops `make serve`.
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=STOP_SECONDS)
                serve.stopped_on_ctrl_c = True
            except subprocess.TimeoutExpired:
                # Where it hangs goes to the log, for the test that needs it to stop.
                server.send_signal(signal.SIGABRT)
                try:
                    server.wait(timeout=STOP_SECONDS)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
                serve.stopped_on_ctrl_c = False


# What a test may edit in the project, and so what a test sharing a server must leave as it found it.
_EDITABLE = ("mkdocs.yml", "docs", "plans", "registry", "sources", "generator/templates")


def _inputs(project: Path) -> dict[str, bytes]:
    files = {}
    for name in _EDITABLE:
        paths = [project / name] if (project / name).is_file() else sorted((project / name).rglob("*"))
        files.update({path.relative_to(project).as_posix(): path.read_bytes()
                      for path in paths if path.is_file() and "__pycache__" not in path.parts})
    return files


class _SharedServer:
    """One `mkdocs serve --dirty` of the test project, started when a test first asks for it
    and again after a test that left the project changed (a failed one, most likely)."""

    def __init__(self, folder: Path):
        self.folder, self.started, self.stack = folder, 0, ExitStack()
        self.serve: Served | None = None

    def get(self) -> Served:
        if self.serve is None:
            self.started += 1
            self.serve = self.stack.enter_context(served(self.folder / f"server-{self.started}"))
            self.pristine = _inputs(self.serve.project)
        self.serve.log_start = len(self.serve.log_path.read_text(encoding="utf-8"))
        return self.serve

    def left_as_found(self) -> bool:
        """Whether the test just done left every input as the server started with it; if not,
        the server is stopped (a later test gets a new one)."""
        if _inputs(self.serve.project) == self.pristine:
            return True
        self.stop()
        return False

    def stop(self) -> None:
        self.serve = None
        self.stack.close()


@pytest.fixture(scope="module")
def _shared_server(tmp_path_factory):
    shared = _SharedServer(tmp_path_factory.mktemp("shared-serve"))
    yield shared
    shared.stop()


@pytest.fixture
def shared_serve(_shared_server) -> Served:
    """A server that several tests use in turn, as a party office keeps `make serve` running
    while it edits: each test finds the project as it was when the server started (its last
    edit undone, with the page showing it again), and its `log()` begins where the test did.
    Each server's start costs about 0.8 s of processor time (the first build of the site)."""
    serve = _shared_server.get()
    yield serve
    assert _shared_server.left_as_found(), "the test left the project changed: it must undo its edits"


def test_serve_reloads_edited_plans_and_registries_without_looping(shared_serve):
    serve = shared_serve
    serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna två härbärgen för kvinnor.")
    _poll(lambda: serve.shows(PAGE, "Öppna två härbärgen för kvinnor."))
    # Only the edited file was parsed again.
    assert f"Läste in 1 ändrad fil: {PLAN}" in serve.log()

    serve.edit("registry/topics.yaml", "name: Sommarkollo", "name: Sommarkollo och läger")
    _poll(lambda: serve.shows("amnen/sommarkollo/", "Sommarkollo och läger"))

    # Quiet now: watch the log for a while; no further builds may follow on their own.
    builds = serve.log().count("Building documentation")
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        assert serve.log().count("Building documentation") == builds, "mkdocs serve keeps rebuilding"
        time.sleep(0.1)
    assert builds <= 3  # the two edits', and one more at most
    assert not any(p.name.endswith(".md") for p in (serve.project / "docs").rglob("*") if "amnen" in p.parts)

    serve.edit(PLAN, "text: Öppna två härbärgen för kvinnor.", ORIGINAL_TEXT)
    serve.edit("registry/topics.yaml", "name: Sommarkollo och läger", "name: Sommarkollo")
    _poll(lambda: serve.shows(PAGE, ORIGINAL_TEXT_SHOWN) and not serve.shows("amnen/sommarkollo/", "Sommarkollo och läger"))


def _search_index(serve: Served, ordered: bool = True) -> list[tuple[str, str]]:
    """(location, title + text) of every entry of the served search index, sorted (`ordered`)
    or in the index's own order."""
    index = json.loads(serve.page("search/search_index.json"))
    entries = [(entry["location"], entry["title"] + " " + entry["text"]) for entry in index["docs"]]
    return sorted(entries) if ordered else entries


def test_stopping_serve_with_ctrl_c_leaves_no_copy_of_the_site_behind(tmp_path):
    with served(tmp_path) as serve:
        assert list(serve.temporary.iterdir()), "mkdocs serve no longer builds under TMPDIR: this test sees nothing"
    assert serve.stopped_on_ctrl_c, f"Ctrl-C did not stop the server in {STOP_SECONDS} s; its log:\n{serve.log()[-6000:]}"
    assert not list(serve.temporary.iterdir()), serve.log()[-3000:]


def test_a_dirty_rebuild_keeps_the_search_index_whole_and_current(tmp_path):
    """`make serve` rebuilds only the pages an edit changed; search still finds every page once,
    with the edit. Renaming a document and putting its item on a second topic changes the index
    of three pages: the document's own, the comparison where its actor now has a column, and the
    topics' table, which counts the topic's items."""
    with served(tmp_path) as serve:
        before = _search_index(serve)
        full_build_order = [location for location, _ in _search_index(serve, ordered=False)]
        compare = "bergby/sommarkollo/"
        assert "Östra listan Bergby" not in dict(before)[compare]  # silent there: its column is not indexed
        serve.edit(PLAN, "title: Östra listans socialpolitik", "title: Östra listans nya socialpolitik")
        serve.edit(PLAN, "topics: [hemloshet]", "topics: [hemloshet, sommarkollo]")
        _poll(lambda: serve.shows(PAGE, "Östra listans nya socialpolitik"))
        _poll(lambda: "Östra listans nya socialpolitik" in str(_search_index(serve))
              and "Östra listan Bergby" in dict(_search_index(serve))[compare])
        after = _search_index(serve)
        assert [location for location, _ in after] == [location for location, _ in before]  # none lost, none twice
        changed = {location for location, text in after if (location, text) not in before}
        assert {location.split("#")[0] for location in changed} == {PAGE, compare, "amnen/"}
        assert "Östra listans socialpolitik" not in str(after)
        assert [entry for entry in after if entry[0] not in changed] == [entry for entry in before
                                                                         if entry[0] not in changed]
        # In a full build's order, so that equally good results come in the same order.
        assert [location for location, _ in _search_index(serve, ordered=False)] == full_build_order


def test_serve_stays_at_the_root_and_its_404_page_loads_the_theme_from_there(shared_serve):
    """A build takes the public address (/vem-lovar-vad/ on GitHub Pages) as its site_url;
    `make serve` does not: the site is at /, and so are the 404 page's styles and links."""
    serve = shared_serve
    assert "<h1" in serve.page("")
    with pytest.raises(urllib.error.HTTPError) as missing:
        serve.page("finns/inte/")
    html = missing.value.read().decode("utf-8")
    assert missing.value.code == 404
    assert 'href="/assets/stylesheets/' in html and 'href="/amnen/"' in html
    assert 'href="/vem-lovar-vad/' not in html


def test_plain_serve_rebuilds_everything_and_shows_edits_too(tmp_path):
    with served(tmp_path, dirty=False) as serve:
        serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna två härbärgen för kvinnor.")
        _poll(lambda: serve.shows(PAGE, "Öppna två härbärgen för kvinnor."))
        assert "Öppna ett härbärge för kvinnor." not in str(_search_index(serve))


def test_serve_shows_the_errors_of_a_broken_plan_and_recovers_when_it_is_fixed(shared_serve):
    serve = shared_serve
    serve.edit(PLAN, "kind: web-platform", "kind: <b>webb</b>")
    _poll(lambda: serve.shows(PAGE, "Sidorna kan inte byggas just nu"))
    page = serve.page(PAGE)
    assert (f"<code>{PLAN}:7:7</code> <code>kind</code>: &#39;&#60;b&#62;webb&#60;/b&#62;&#39; är inte ett "
            "tillåtet värde." in page)
    assert "<b>webb</b>" not in page
    assert "Sidorna kan inte byggas just nu" in serve.page("")  # the home page too

    serve.edit(PLAN, "kind: <b>webb</b>", "kind: web-platform")
    _poll(lambda: serve.shows(PAGE, "Öppna ett härbärge för kvinnor."))
    assert "Sidorna kan inte byggas just nu" not in serve.page("")


def _last_rebuild(serve: Served) -> str:
    """What the server logged since its last rebuild began."""
    return serve.log().rpartition("Building documentation")[2]


def test_serve_logs_the_warnings_validate_gives_after_every_rebuild_until_they_are_fixed(shared_serve):
    """A party office previewing with `make serve` saw no warning at all: `**…**` in a text
    showed its asterisks on the page, and only `validate` or the pull request's check said so."""
    serve = shared_serve
    original = (serve.project / PLAN).read_text(encoding="utf-8")
    serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna **ett** härbärge för kvinnor.")
    _poll(lambda: "Filerna godtas ändå." in _last_rebuild(serve))
    rebuild = _last_rebuild(serve)
    line = 1 + (serve.project / PLAN).read_text(encoding="utf-8").split("text: Öppna **ett**")[0].count("\n")
    assert f"Varning: {PLAN}:{line}:" in rebuild and "texten innehåller formatering (»**ett**»)" in rebuild
    assert "1 varning i 1 fil. Filerna godtas ändå." in rebuild
    assert "Sidorna kan inte byggas just nu" not in serve.page(PAGE)  # a warning stops nothing

    # An error beside it (a quote the source does not have): the warning follows the errors.
    serve.edit(PLAN, "quote: Öppna ett härbärge för kvinnor.", "quote: Öppna ett stort härbärge för kvinnor.")
    _poll(lambda: serve.shows(PAGE, "Sidorna kan inte byggas just nu"))
    _poll(lambda: "Dessutom 1 varning i 1 fil." in _last_rebuild(serve))
    rebuild = _last_rebuild(serve)
    assert rebuild.index(f"{PLAN}:{line + 2}:16: sections[0].items[0].quote:") < rebuild.index(f"Varning: {PLAN}:{line}:")

    (serve.project / PLAN).write_text(original, encoding="utf-8")  # both fixed in one save
    _poll(lambda: "Sidorna kan inte byggas just nu" not in serve.page(PAGE)
          and serve.shows(PAGE, "Öppna ett härbärge för kvinnor."))
    _poll(lambda: "Reloading browsers" in _last_rebuild(serve))
    assert "Varning" not in _last_rebuild(serve)


def test_serve_logs_a_file_name_as_text_never_as_a_terminal_escape(shared_serve):
    """A pull request's file name may hold control characters (git allows them): the line that
    names the files read again showed `\\x1b]0;…\\x07` as it is, which set the title of the
    terminal running `make serve` and could recolour or hide what the log said."""
    serve = shared_serve
    name = "plans/bergby-o-x\x1b]0;PWNED\x07\x1b[31m.yaml"
    (serve.project / name).write_text((serve.project / PLAN).read_text(encoding="utf-8"), encoding="utf-8")
    _poll(lambda: serve.shows(PAGE, "Sidorna kan inte byggas just nu"))
    _poll(lambda: "Läste in 1 ändrad fil" in serve.log())
    log = serve.log()
    assert "Läste in 1 ändrad fil: plans/bergby-o-x\\x1b]0;PWNED\\x07\\x1b[31m.yaml" in log
    assert "\x07" not in log and "PWNED\x07" not in log
    (serve.project / name).unlink()
    _poll(lambda: serve.shows(PAGE, ORIGINAL_TEXT_SHOWN) and not serve.shows(PAGE, "Sidorna kan inte byggas just nu"))


def _missing(serve: Served, path: str) -> bool:
    try:
        serve.page(path)
    except urllib.error.HTTPError as error:
        return error.code == 404
    return False


def test_a_dirty_rebuild_drops_a_deleted_plans_pages_and_follows_the_theme(tmp_path):
    """`make serve` rebuilds only what changed and keeps site/ as it was: a deleted plan's
    pages and data file were still served with their old text; an edit of the theme reached
    no page whose Markdown stayed the same; and while a plan was broken, the data files and
    feeds were replaced by the error page's Markdown."""
    with served(tmp_path) as serve:
        serve.edit(PLAN, "kind: web-platform", "kind: webb")
        _poll(lambda: serve.shows(PAGE, "Sidorna kan inte byggas just nu"))
        assert json.loads(serve.page("data/v1/items.json"))["items"]  # still the data, not the error page
        serve.edit(PLAN, "kind: webb", "kind: web-platform")
        _poll(lambda: serve.shows(PAGE, "Öppna ett härbärge för kvinnor."))

        (serve.project / PLAN).unlink()
        (serve.project / "sources" / "bergby-o-webb.txt").unlink()
        _poll(lambda: _missing(serve, PAGE))
        assert _missing(serve, "kallor/bergby-o-webb/") and _missing(serve, "data/v1/plans/bergby-o-webb.json")
        assert "<h1" in serve.page("dokument/bergby-a-plan-2024/")

        serve.edit("docs/overrides/main.html", "{% block extrahead %}", "{% block extrahead %}<!-- ny mall -->")
        _poll(lambda: serve.shows("dokument/bergby-a-plan-2024/", "<!-- ny mall -->"))
        assert serve.shows("bidra/", "<!-- ny mall -->")

        # A file added to the theme's overrides, in a new folder, is served; removed, it is gone
        # and the server keeps rebuilding (MkDocs never wrote the override itself, nor its folder).
        # The theme is listed again because a folder of it changed (`theme_files`).
        icon = serve.project / "docs/overrides/assets/images/vlv-ny-ikon.svg"
        icon.parent.mkdir()
        icon.write_text('<svg xmlns="http://www.w3.org/2000/svg"><title>ny ikon</title></svg>\n', encoding="utf-8")
        _poll(lambda: serve.shows("assets/images/vlv-ny-ikon.svg", "ny ikon"))
        icon.unlink()
        _poll(lambda: _missing(serve, "assets/images/vlv-ny-ikon.svg"))

        # The site's own style sheet is asked for by its content (`?v=`): an edit of it reached
        # only the pages whose Markdown changed, the others asked for it at its old address.
        # A rule, not a comment: the site publishes it minified, without comments.
        css = serve.project / "docs/stylesheets/extra.css"
        before = asset_versions.versioned("stylesheets/extra.css", serve.project / "docs")
        css.write_text(css.read_text(encoding="utf-8") + "\n.vlv-ny-stil { color: red; }\n", encoding="utf-8")
        address = asset_versions.versioned("stylesheets/extra.css", serve.project / "docs")
        assert address != before
        _poll(lambda: serve.shows("dokument/bergby-a-plan-2024/", address), seconds=20)
        assert serve.shows("bidra/", address) and serve.shows("stylesheets/extra.css", ".vlv-ny-stil{color:red}")


def test_a_theme_file_an_override_hid_is_served_again_once_the_override_is_removed(tmp_path):
    """A file in docs/overrides hides the theme's file of the same name (Material's favicon,
    which the site uses). Removed, the theme's file is served again: MkDocs copies a file only
    when it is newer than its copy in site/, and the theme's, installed long before the override
    was copied, was never copied again: the removed override was served until a restart."""
    import material

    theme_icon = (Path(material.__file__).parent / "templates/assets/images/favicon.png").read_bytes()
    with served(tmp_path) as serve:
        def icon() -> bytes:
            with urllib.request.urlopen(serve.base + "assets/images/favicon.png", timeout=5) as response:
                return response.read()

        assert icon() == theme_icon
        own = serve.project / "docs/overrides/assets/images/favicon.png"
        own.parent.mkdir(parents=True, exist_ok=True)
        own.write_bytes(b"\x89PNG webbplatsens egen ikon")
        _poll(lambda: icon() == own.read_bytes())
        own.unlink()
        serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna nu ett härbärge för kvinnor.")  # a rebuild after the removal's own
        _poll(lambda: serve.shows(PAGE, "Öppna nu ett härbärge för kvinnor."))
        assert icon() == theme_icon


def test_the_theme_listing_is_kept_only_for_a_mkdocs_filter_reading_what_its_key_holds(monkeypatch):
    """`mkdocs serve` keeps MkDocs' listing of the theme's files while its folders and the key
    (`static_templates`, the Markdown extensions) are unchanged (`theme_files`). A MkDocs whose
    filter read more, the configuration's `exclude_docs` say, would have been answered from the
    kept listing and served a file it now leaves out: its filter is not recognised. This MkDocs'
    filter is, or an update fails here rather than making every rebuild list the theme again."""
    import fnmatch

    from mkdocs.structure.files import Files

    from generator import theme_files

    assert theme_files._mkdocs_filter() is not None

    def add_files_from_theme(self, env, config):
        def filter(name):
            return not any(fnmatch.fnmatch(name, pattern) for pattern in config.exclude_docs)
        return env.list_templates(filter_func=filter)

    monkeypatch.setattr(Files, "add_files_from_theme", add_files_from_theme)
    assert theme_files._mkdocs_filter() is None


def test_a_theme_file_added_in_the_time_stamp_of_the_last_listing_is_listed(tmp_path):
    """A file system's time stamps are coarse (a clock tick; two seconds on FAT), so a file
    added in a theme's folder just after the last listing looked at it can leave the folder's
    time as it was then: the kept listing (`theme_files`) would lack the file, and the server
    would not serve it until another file came or went there. A folder changed that recently
    is listed again at the next rebuild."""
    from types import SimpleNamespace

    import jinja2
    from mkdocs.structure.files import Files

    from generator import theme_files

    theme = tmp_path / "overrides"
    (theme / "assets").mkdir(parents=True)
    (theme / "assets" / "vlv-gammal.svg").write_text("<svg/>", encoding="utf-8")
    config = SimpleNamespace(theme=SimpleNamespace(static_templates=set(), dirs=[str(theme)]),
                             site_dir=str(tmp_path / "site"), use_directory_urls=True)
    kept = theme_files.ThemeFiles()

    def listed() -> list[str]:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(theme)]))
        kept.keep(env, config.theme.static_templates)
        files = Files([])
        files.add_files_from_theme(env, config)
        return sorted(file.src_uri for file in files)

    assert listed() == ["assets/vlv-gammal.svg"]
    listed_at = os.stat(theme / "assets").st_mtime_ns
    (theme / "assets" / "vlv-ny.svg").write_text("<svg/>", encoding="utf-8")
    os.utime(theme / "assets", ns=(listed_at, listed_at))  # the same tick
    assert listed() == ["assets/vlv-gammal.svg", "assets/vlv-ny.svg"]


def test_a_broken_template_is_shown_where_it_is_broken_and_the_server_keeps_answering(shared_serve):
    """A template saved half-written stopped the rebuild with a traceback ("the server will
    appear stuck"): every request hung until the next save."""
    serve = shared_serve
    serve.edit("generator/templates/plan.md.j2", "{{", "{{ (")
    _poll(lambda: serve.shows(PAGE, "mallen går inte att använda"))
    assert "generator/templates/plan.md.j2" in serve.page(PAGE)
    serve.edit("generator/templates/plan.md.j2", "{{ (", "{{")
    _poll(lambda: serve.shows(PAGE, "Öppna ett härbärge för kvinnor."))


def _git(project: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(project), "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
                          check=True, capture_output=True, text=True).stdout.strip()


def _committed(project: Path) -> None:
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "base")


def test_a_dirty_rebuild_drops_hand_written_files_deleted_and_follows_a_commit(tmp_path):
    """The serve audit: a hand-written page or a style sheet deleted from docs/ was still served
    with its old text (MkDocs' dirty build never deletes), and a commit left the changelog, the
    feeds and the open data's commit as they were until the next save of a watched file."""
    with served(tmp_path, before=_committed) as serve:
        page, sheet = serve.project / "docs" / "testsida.md", serve.project / "docs" / "stylesheets" / "gammal.css"
        page.write_text("# Testsida\n\nEn sida som tas bort.\n", encoding="utf-8")
        sheet.write_text(".gammal { color: red; }\n", encoding="utf-8")
        _poll(lambda: not _missing(serve, "testsida/") and serve.shows("testsida/", "En sida som tas bort."))
        assert serve.shows("stylesheets/gammal.css", ".gammal")
        page.unlink()
        sheet.unlink()
        _poll(lambda: _missing(serve, "testsida/") and _missing(serve, "stylesheets/gammal.css"))

        serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna två härbärgen för kvinnor.")
        _poll(lambda: serve.shows(PAGE, "Öppna två härbärgen för kvinnor."))
        _git(serve.project, "add", "-A")
        _git(serve.project, "commit", "-q", "-m", "Två härbärgen")
        head = _git(serve.project, "rev-parse", "HEAD")
        _poll(lambda: json.loads(serve.page("data/v1/index.json"))["commit"] == head)


def _committed_in_a_worktree(project: Path) -> None:
    """The project as a worktree of another repository: its `.git` is a file naming a folder in
    that repository's `.git`, which holds its branch and its reflogs."""
    main, aside = project.parent / "main", project.parent / "aside"
    shutil.copytree(project, main)
    _committed(main)
    project.rename(aside)
    _git(main, "worktree", "add", "-q", "-b", "preview", str(project))
    shutil.copytree(aside, project, dirs_exist_ok=True)  # what git does not track comes too
    shutil.rmtree(aside)
    assert (project / ".git").is_file()


def _committed_without_a_reflog(project: Path) -> None:
    _git(project, "init", "-q", "-b", "main")
    _git(project, "config", "core.logAllRefUpdates", "false")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "base")
    assert not (project / ".git" / "logs").exists()


@pytest.mark.parametrize("repository", [_committed_in_a_worktree, _committed_without_a_reflog],
                         ids=["worktree", "no-reflog"])
def test_serve_follows_a_commit_in_a_worktree_and_in_a_repository_without_a_reflog(tmp_path, repository):
    """The server noticed a commit by the line git writes to `.git/logs/HEAD`: in a worktree
    (`git worktree add`, where `.git` is a file) and with `core.logAllRefUpdates=false` there is
    none, and the changelog, the feeds and the open data's commit stayed as they were until the
    next save of a watched file."""
    with served(tmp_path, before=repository) as serve:
        serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna två härbärgen för kvinnor.")
        _poll(lambda: serve.shows(PAGE, "Öppna två härbärgen för kvinnor."))
        _git(serve.project, "add", "-A")
        _git(serve.project, "commit", "-q", "-m", "Två härbärgen")
        head = _git(serve.project, "rev-parse", "HEAD")
        _poll(lambda: json.loads(serve.page("data/v1/index.json"))["commit"] == head, seconds=30)


def test_a_file_in_docs_put_back_with_an_older_time_stamp_is_served_as_it_is_now(shared_serve):
    """MkDocs' dirty build copies a file from docs/ (a schema, a picture) only when it is newer
    than its copy in site/: one replaced by a version with its own, older time (`cp -p`,
    `touch -r`, an archive unpacked) was served with its old bytes until it was saved again."""
    serve = shared_serve
    schema = serve.project / "docs" / "schema" / "terms.schema.json"
    old = schema.stat()
    shown = serve.page("schema/terms.schema.json")
    assert shown == schema.read_text(encoding="utf-8")
    schema.write_text(shown.replace("{", "{ ", 1), encoding="utf-8")
    os.utime(schema, ns=(old.st_atime_ns, old.st_mtime_ns))
    _poll(lambda: serve.page("schema/terms.schema.json") == schema.read_text(encoding="utf-8"), seconds=20)
    schema.write_text(shown, encoding="utf-8")
    _poll(lambda: serve.page("schema/terms.schema.json") == shown, seconds=20)


def _broken_kind(project: Path) -> None:
    path = project / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("kind: web-platform", "kind: webb", 1), encoding="utf-8")


def test_a_server_started_on_a_broken_plan_shows_its_errors_under_every_tab(tmp_path):
    """The serve audit: with no good build before, only a list of the nav's pages kept by hand
    showed the errors, and the changelog's and the open data's tabs answered 404."""
    with served(tmp_path, before=_broken_kind, ready=("", "Sidorna kan inte byggas just nu")) as serve:
        for tab in ("andringar/", "oppna-data/", "amnen/", "partier/", "dokument/", "jamforelse/", "om/"):
            assert serve.shows(tab, "Sidorna kan inte byggas just nu"), tab
        assert "is included in the 'nav' configuration" not in serve.log()
        # The first build read them all, none of them changed; ten are named, and how many more.
        read = [*(serve.project / "plans").glob("*.yaml"), *(serve.project / "registry").glob("*.yaml"),
                *(serve.project / "sources").glob("*.txt")]
        assert len(read) > 10 and f"Läste in {len(read)} filer: " in serve.log()
        assert f" och {len(read) - 10} till\n" in serve.log()
        # Mended, the plan is a file that changed, as every later read says.
        serve.edit(PLAN, "kind: webb", "kind: web-platform")
        _poll(lambda: serve.shows(PAGE, ORIGINAL_TEXT_SHOWN))
        assert f"Läste in 1 ändrad fil: {PLAN}" in serve.log()


# A hook of the test project's own, run while MkDocs converts a generated page: with
# `save-during-build.txt` there, the guide is saved with its text, as an editor's save lands in a
# rebuild; with `fail-during-build.txt`, the rebuild fails, as it does on any plugin's error.
_SAVE_DURING_BUILD = '''
from pathlib import Path


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).parent
    order, failure = root / "save-during-build.txt", root / "fail-during-build.txt"
    if page.file.src_uri.startswith("dokument/") and order.exists():
        (Path(config.docs_dir) / "bidra.md").write_text(order.read_text(encoding="utf-8"), encoding="utf-8")
        order.unlink()
    if page.file.src_uri.startswith("dokument/") and failure.exists():
        failure.unlink()
        raise RuntimeError("a plugin failed")
    return markdown
'''


def _saving_during_builds(project: Path) -> None:
    (project / "save_during_build.py").write_text(_SAVE_DURING_BUILD, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - generator/mkdocs_hook.py\n", "  - generator/mkdocs_hook.py\n  - save_during_build.py\n", 1), encoding="utf-8")


def test_a_page_saved_during_a_rebuild_shows_once_the_rebuild_it_causes_is_done(tmp_path):
    """The fuzzing audit: MkDocs' dirty build asks a hand-written page twice whether it changed,
    by its time stamp, once before converting the pages and once before writing them. The guide
    saved in between was written unconverted: the rebuild failed with a TypeError, and the
    generated pages it had been making were never written, nor made by any later rebuild (the
    plan's edit stayed missing). Saved after it was read, the guide was written with its old
    text, newer than the saved file: no later rebuild made it again."""
    with served(tmp_path, before=_saving_during_builds) as serve:
        guide = serve.project / "docs" / "bidra.md"
        original = guide.read_text(encoding="utf-8")
        order = serve.project / "save-during-build.txt"
        # The guide unchanged when the rebuild began, saved while it runs.
        order.write_text(original + "\nSparad under bygget.\n", encoding="utf-8")
        serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna två härbärgen för kvinnor.")
        _poll(lambda: not order.exists())
        _poll(lambda: serve.shows("bidra/", "Sparad under bygget."), seconds=20)
        _poll(lambda: serve.shows(PAGE, "Öppna två härbärgen för kvinnor."), seconds=20)
        assert "Sparad under bygget." in str(_search_index(serve))

        # The guide saved in the same rebuild, then again after it was read.
        order.write_text(original + "\nSparad en andra gång.\n", encoding="utf-8")
        guide.write_text(original + "\nSparad före bygget.\n", encoding="utf-8")
        serve.edit(PLAN, "text: Öppna två härbärgen för kvinnor.", "text: Öppna tre härbärgen för kvinnor.")
        _poll(lambda: not order.exists())
        _poll(lambda: serve.shows("bidra/", "Sparad en andra gång."), seconds=20)
        assert serve.shows(PAGE, "Öppna tre härbärgen för kvinnor.")
        assert "Sparad före bygget." not in serve.page("bidra/") + str(_search_index(serve))


def test_a_rebuild_after_one_that_failed_writes_what_the_failed_one_did_not(tmp_path):
    """A rebuild that failed half-way had counted its pages as written: the next dirty rebuild
    kept the plan's page, and its search entries, as they were before the edit."""
    with served(tmp_path, before=_saving_during_builds) as serve:
        failure = serve.project / "fail-during-build.txt"
        failure.write_text("", encoding="utf-8")
        serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna fyra härbärgen för kvinnor.")
        _poll(lambda: "An error happened during the rebuild" in serve.log())
        guide = serve.project / "docs" / "bidra.md"
        guide.write_text(guide.read_text(encoding="utf-8") + "\nSparad efter felet.\n", encoding="utf-8")
        _poll(lambda: serve.shows("bidra/", "Sparad efter felet."), seconds=20)
        assert serve.shows(PAGE, "Öppna fyra härbärgen för kvinnor.")
        assert "Öppna fyra härbärgen för kvinnor." in str(_search_index(serve))
        assert "Öppna ett härbärge för kvinnor." not in str(_search_index(serve))


# A hook of the test project's own: the server's clock (`SOURCE_DATE_EPOCH`) is what
# `clock.txt` says, read at the start and again and again while the server runs, as the
# machine's clock moves on.
_CLOCK_FROM_FILE = '''
import os
import threading
from pathlib import Path

CLOCK = Path.cwd() / "clock.txt"


def _set():
    os.environ["SOURCE_DATE_EPOCH"] = CLOCK.read_text(encoding="utf-8").strip()


def _follow():
    while True:
        _set()
        threading.Event().wait(0.05)


def on_startup(command, dirty):
    _set()


def on_serve(server, config, builder):
    threading.Thread(target=_follow, daemon=True).start()
    return server
'''


def _seconds(year: int, month: int, day: int, hour: int, minute: int = 0) -> str:
    """A moment given in Swedish time, as `SOURCE_DATE_EPOCH` counts it."""
    from generator.clock import SWEDEN
    return str(int(datetime.datetime(year, month, day, hour, minute, tzinfo=SWEDEN).timestamp()))


def _clock_from_file(project: Path) -> None:
    (project / "clock.txt").write_text(_seconds(2027, 12, 31, 23, 58), encoding="utf-8")
    (project / "clock_from_file.py").write_text(_CLOCK_FROM_FILE, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - generator/mkdocs_hook.py\n", "  - clock_from_file.py\n  - generator/mkdocs_hook.py\n", 1), encoding="utf-8")


def test_a_server_left_running_past_midnight_shows_the_new_days_pages(tmp_path):
    """MkDocs rebuilds when a watched file changes, and nothing else does: a server running at
    New Year kept showing the year before's pages until the next save, a target year that had
    passed unmarked and the about page built "31 december"."""
    document = "dokument/bergby-socialnamnden-vp-2024/"
    with served(tmp_path, before=_clock_from_file) as serve:
        assert serve.shows("om/", "31\u00a0december 2027")
        assert not serve.shows(document, "ett år som har passerat")
        (serve.project / "clock.txt").write_text(_seconds(2028, 1, 1, 0, 1), encoding="utf-8")
        _poll(lambda: serve.shows(document, "ett år som har passerat"), seconds=30)
        assert serve.shows("om/", "1\u00a0januari 2028")
