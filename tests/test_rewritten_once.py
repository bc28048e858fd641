"""The test modules' asserts rewritten once in a run (`rewritten_once`): a speed-up only, so
whatever it cannot do leaves the module to pytest's own import, which rewrites it and says what
failed where it stands; it never stops the run."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import sys
import types
import warnings

from _pytest.assertion.rewrite import AssertionRewritingHook

import rewritten_once
from conftest import REPO

PLAIN = "def test_plain():\n    assert 1 == 1\n"
ALWAYS_TRUE = "def test_tuple():\n    assert (1 == 2, 'never false')\n"


def test_a_module_whose_rewrite_fails_is_left_to_its_import_to_report(tmp_path, monkeypatch, pytestconfig):
    """Under `pytest -W error`, an assert pytest warns of (a tuple, always true) made the
    rewrite before the collection raise, and the whole run stopped with an INTERNALERROR:
    that module is left to pytest's own import, which reports it as its collection error; the
    others are cached as before."""
    (tmp_path / "test_always_true.py").write_text(ALWAYS_TRUE, encoding="utf-8")
    (tmp_path / "test_plain.py").write_text(PLAIN, encoding="utf-8")
    monkeypatch.setattr(pytestconfig, "args", [str(tmp_path)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rewritten_once.rewrite_test_modules(pytestconfig)
    assert [path.name.split(".")[0] for path in (tmp_path / "__pycache__").iterdir()] == ["test_plain"]


def test_a_pytest_without_its_private_functions_leaves_the_run_as_pytest_makes_it(tmp_path, monkeypatch, pytestconfig):
    """The cache is written by pytest's private functions: a pytest that renamed one made every
    test fail at conftest.py's import. Then nothing is rewritten ahead, and each process
    rewrites what it imports, as pytest does."""
    monkeypatch.setitem(sys.modules, "_pytest.assertion.rewrite", types.ModuleType("_pytest.assertion.rewrite"))
    spec = importlib.util.spec_from_file_location("rewritten_once_under_another_pytest", rewritten_once.__file__)
    elsewhere = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(elsewhere)
    (tmp_path / "test_plain.py").write_text(PLAIN, encoding="utf-8")
    monkeypatch.setattr(pytestconfig, "args", [str(tmp_path)])
    elsewhere.rewrite_test_modules(pytestconfig)
    assert not (tmp_path / "__pycache__").exists()


def test_a_mistyped_test_file_is_left_to_pytest_to_name(tmp_path, monkeypatch, pytestconfig):
    """`pytest tests/test_validat.py` stopped with an INTERNALERROR and a traceback of this
    rewrite, not pytest's "file or directory not found: tests/test_validat.py"."""
    monkeypatch.setattr(pytestconfig, "args", [str(tmp_path / "test_validat.py")])
    rewritten_once.rewrite_test_modules(pytestconfig)
    assert not (tmp_path / "__pycache__").exists()


def test_a_plugins_own_modules_are_imported_without_rewriting():
    """pytest rewrote every module of hypothesis as it imported it, in every test process (75
    modules, 0.7 s of processor time each where PYTHONDONTWRITEBYTECODE is set, as on CI): it
    rewrites the whole package of a plugin it loads by its entry point. pytest.ini names the
    plugins (`-p`), so only their plugin modules are rewritten, and hypothesis is imported as
    Python imports it."""
    import hypothesis.core

    assert not isinstance(hypothesis.core.__spec__.loader, AssertionRewritingHook)


def test_every_pytest_plugin_that_requirements_in_installs_is_loaded(pytestconfig):
    """With the plugins named in pytest.ini, not found by their entry points, one that a package
    of requirements.in brings and pytest.ini does not name would not load, and the run would go
    on without it: without hypothesis' plugin, its checks of a property test's fixtures and its
    options (`--hypothesis-seed`) are gone."""
    lines = (line.split("#")[0].strip() for line in (REPO / "requirements.in").read_text(encoding="utf-8").splitlines())
    required = {_canonical(re.match(r"[\w.-]+", line).group()) for line in lines if line}
    plugins = {entry.value for dist in importlib.metadata.distributions() if _canonical(dist.metadata["Name"]) in required
               for entry in dist.entry_points.select(group="pytest11")}
    assert plugins >= {"xdist.plugin", "_hypothesis_pytestplugin"}
    unloaded = {name for name in plugins
                if name not in sys.modules or not pytestconfig.pluginmanager.is_registered(sys.modules[name])}
    assert not unloaded, f"name them in pytest.ini's addopts: {' '.join(f'-p {name}' for name in sorted(unloaded))}"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
