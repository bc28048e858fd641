"""`mkdocs serve`: edits show up (re-reading only the edited file), a broken plan shows its
errors instead of hanging, and the server does not rebuild in a loop."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from conftest import FIXTURE, make_site_project

PLAN = "plans/bergby-o-webb.yaml"
PAGE = "dokument/bergby-o-webb/"
ORIGINAL_TEXT = "text: Öppna ett härbärge för kvinnor."


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
    def __init__(self, project: Path, port: int, log_path: Path):
        self.project, self.base, self.log_path = project, f"http://127.0.0.1:{port}/", log_path

    def page(self, path: str) -> str:
        return _get(self.base + path)

    def shows(self, path: str, text: str) -> bool:
        return text in self.page(path)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def edit(self, relative: str, old: str, new: str) -> None:
        path = self.project / relative
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@contextmanager
def served(tmp_path: Path):
    project = make_site_project(tmp_path / "project", FIXTURE)
    port = _free_port()
    log_path = tmp_path / "serve.log"
    mkdocs = Path(sys.executable).parent / "mkdocs"
    with log_path.open("w") as log:
        server = subprocess.Popen([str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                                  stdout=log, stderr=subprocess.STDOUT)
        try:
            serve = Served(project, port, log_path)
            _poll(lambda: serve.shows(PAGE, "Öppna ett härbärge för kvinnor."))
            yield serve
        finally:
            server.terminate()
            server.wait(timeout=10)


def test_serve_reloads_edited_plans_and_registries_without_looping(tmp_path):
    with served(tmp_path) as serve:
        serve.edit(PLAN, ORIGINAL_TEXT, "text: Öppna två härbärgen för kvinnor.")
        _poll(lambda: serve.shows(PAGE, "Öppna två härbärgen för kvinnor."))
        # Only the edited file was parsed again.
        assert f"Läste in 1 ändrad(e) fil(er): {PLAN}" in serve.log()

        serve.edit("registry/topics.yaml", "name: Sommarkollo", "name: Sommarkollo och läger")
        _poll(lambda: serve.shows("amnen/sommarkollo/", "Sommarkollo och läger"))

        # Quiet now: watch the log for a while; no further builds may follow on their own.
        builds = serve.log().count("Building documentation")
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            assert serve.log().count("Building documentation") == builds, "mkdocs serve keeps rebuilding"
            time.sleep(0.1)
        assert builds <= 4
        assert not any(p.name.endswith(".md") for p in (serve.project / "docs").rglob("*") if "amnen" in p.parts)


def test_serve_shows_the_errors_of_a_broken_plan_and_recovers_when_it_is_fixed(tmp_path):
    with served(tmp_path) as serve:
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
