"""`mkdocs serve` picks up edits to plans and registries, and does not rebuild in a loop."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import FIXTURE, make_site_project


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(predicate, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError("timed out")


def test_serve_reloads_edited_plans_and_registries_without_looping(tmp_path):
    project = make_site_project(tmp_path / "project", FIXTURE)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    server = subprocess.Popen([str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}/"
        _wait_for(lambda: "Öppna ett härbärge för kvinnor." in _get(base + "dokument/bergby-o-webb/"))

        plan = project / "plans" / "bergby-o-webb.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace(
            "text: Öppna ett härbärge för kvinnor.", "text: Öppna två härbärgen för kvinnor."), encoding="utf-8")
        _wait_for(lambda: "Öppna två härbärgen för kvinnor." in _get(base + "dokument/bergby-o-webb/"))

        topics = project / "registry" / "topics.yaml"
        topics.write_text(topics.read_text(encoding="utf-8").replace("name: Sommarkollo", "name: Sommarkollo och läger"),
                          encoding="utf-8")
        _wait_for(lambda: "Sommarkollo och läger" in _get(base + "amnen/sommarkollo/"))

        # Quiet now: no further builds may follow on their own.
        time.sleep(1.5)
        log.flush()
        builds_before = open(log.name, encoding="utf-8").read().count("Building documentation")
        time.sleep(4)
        builds_after = open(log.name, encoding="utf-8").read().count("Building documentation")
        assert builds_after == builds_before, "mkdocs serve keeps rebuilding"
        assert builds_before <= 4
        assert not any(p.name.endswith(".md") for p in (project / "docs").rglob("*") if "amnen" in p.parts)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
