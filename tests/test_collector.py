"""The build pauses Python's cyclic garbage collector and keeps its finished model out of
the collector's passes while MkDocs makes the pages (`generator/collector.py`). A build must
leave the collector as it found it: otherwise every rebuild of a long `mkdocs serve`
session would keep its model, and a command run from Python would run without a collector."""

import gc
import subprocess
import sys
from pathlib import Path

import pytest

import conftest
from conftest import (FIXTURE, _freeze_what_a_full_pass_leaves, collection_kept_frozen, fail_if_collection_left_unfrozen,
                      make_site_project)
from generator import collector
from generator.cli import main

# Two builds in one process, as `mkdocs serve` rebuilds: the collector's state after each,
# then how many linked models are still alive once nothing refers to them.
TWO_BUILDS = """
import gc, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
for run in range(2):
    build(load_config("mkdocs.yml", site_dir=sys.argv[1]))
    print(gc.isenabled(), gc.get_freeze_count())
gc.collect()
from generator.link import Site
print(sum(isinstance(o, Site) for o in gc.get_objects()))
"""


def test_mkdocs_builds_leave_nothing_frozen_and_no_model_behind(tmp_path):
    project = make_site_project(tmp_path / "project", FIXTURE)
    result = subprocess.run([sys.executable, "-c", TWO_BUILDS, str(tmp_path / "site")], cwd=project,
                            capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n") == ["True 0", "True 0", "0", ""]


# `mkdocs build` from the command line, as `make build` runs it: whether the model is still
# frozen once every plugin's on_post_build has run.
COMMAND_LINE_BUILD = """
import gc, sys
from mkdocs import plugins
from mkdocs.__main__ import cli
seen = []
post_build = plugins.PluginCollection.on_post_build
def after_post_build(self, **kwargs):
    post_build(self, **kwargs)
    seen.append(gc.get_freeze_count() > 0)
plugins.PluginCollection.on_post_build = after_post_build
cli(["build", "--quiet", "--site-dir", sys.argv[1]], standalone_mode=False)
print(seen)
"""


def test_a_command_line_mkdocs_build_leaves_its_model_frozen_to_the_end(tmp_path):
    """A command-line build's process ends after it: the model stays out of the collector's
    passes to the end, where handed back, the next full pass walked all of it (846,687 objects
    at 1,000 plans) only to free what the process was about to drop."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    result = subprocess.run([sys.executable, "-c", COMMAND_LINE_BUILD, str(tmp_path / "site")], cwd=project,
                            capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n") == ["[True]", ""]


def test_a_server_started_as_a_build_hands_its_first_model_back_and_keeps_none_after(tmp_path):
    """`mkdocs serve --clean` starts the hook as a command-line build would and builds once before
    serving: that build's model was left frozen for as long as the server ran, and each rebuild
    after it was taken for a one-off build too."""
    from generator import mkdocs_hook

    mkdocs_hook.on_startup(command="build", dirty=False)
    with collection_kept_frozen():
        gc.freeze()  # as `_finish_build` leaves a one-off build's model
        try:
            mkdocs_hook._serving_after_all()
            assert gc.get_freeze_count() == 0
            assert not mkdocs_hook._Session.one_build
        finally:
            gc.unfreeze()
            mkdocs_hook.on_startup(command="build", dirty=False)
            mkdocs_hook._Session.one_build = False


def test_the_hook_run_in_a_tests_process_leaves_the_runs_collection_frozen_and_its_garbage_freed():
    """The hook's `on_files` hands every frozen object back to the collector, the test run's
    collection too: the tests after it in that process walked it again at each full pass.
    `collection_kept_frozen` freezes it again, once a cycle the test left is collected."""
    import weakref

    class Cycle:
        pass

    assert gc.get_freeze_count()  # the run's collection (conftest)
    with collection_kept_frozen(), collector.paused():
        garbage = Cycle()
        garbage.itself = garbage
        left = weakref.ref(garbage)
        del garbage
        collector.unfreeze()  # as `on_files` does first
    assert gc.get_freeze_count()
    assert left() is None  # not frozen for the rest of the run


def test_a_full_pass_while_the_hook_runs_kept_frozen_fails_no_test():
    """A full pass the collector makes by itself while the hook runs (10,001 errors made in it)
    freezes what it leaves without counting as a freeze: `collection_kept_frozen` took the freeze
    count for the collection kept, froze nothing, and the test failed at its teardown as if it had
    run the hook without it."""
    with collection_kept_frozen():
        collector.unfreeze()  # as `on_files` does first
        _freeze_what_a_full_pass_leaves("stop", {"generation": 2})  # a pass the collector made by itself
    fail_if_collection_left_unfrozen()  # what conftest's `pytest_runtest_teardown` does after each test


def test_a_test_that_runs_the_hook_without_keeping_the_collection_frozen_fails_and_is_told_how():
    """A test that left the run's collection back in the collector's passes (the hook's `on_files`
    run without `collection_kept_frozen`) slowed every test after it in its process, and nothing
    said so: it fails, naming what keeps it frozen, and the tests after it find it frozen again."""
    collector.unfreeze()  # as `on_files` does first
    with pytest.raises(pytest.fail.Exception, match=r"run the hook in `with collection_kept_frozen\(\):`"):
        fail_if_collection_left_unfrozen()  # what conftest's `pytest_runtest_teardown` does after each test
    assert gc.get_freeze_count()
    fail_if_collection_left_unfrozen()


def test_a_command_leaves_the_collector_on(project, capsys):
    assert main(["--root", str(project), "validate"]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["--root", str(project), "validate"]) == 0
        assert not gc.isenabled()  # as the caller had it
    finally:
        gc.enable()


def test_paused_nests_and_restores_the_state_it_found():
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause ends, the outer one still holds
    assert gc.isenabled()


ONE_COMMAND = """
import gc
from generator import collector
with collector.for_one_command():
    during = gc.isenabled()
    model = [[n] for n in range(1000)]
print(during, gc.isenabled(), gc.get_freeze_count() >= 1000)
"""


def test_a_command_line_run_leaves_its_model_to_no_collector_pass():
    """`python -m generator` runs one command and exits: the collector stays off, and what
    is alive at the end is frozen, so the interpreter's last collection does not walk it."""
    result = subprocess.run([sys.executable, "-c", ONE_COMMAND], cwd=Path(__file__).parent.parent,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "True"]


def test_what_a_full_pass_of_the_collector_leaves_alive_is_set_aside_for_the_passes_after_it():
    """Each full pass walked every object the tests had made and kept (modules, caches, compiled
    templates) again: conftest freezes what a pass the collector makes by itself leaves alive,
    and what is alive at the end of the run. Each list here is alive and was not frozen before."""
    alive = [[number] for number in range(1000)]
    frozen = gc.get_freeze_count()
    gc.collect()  # called, as Hypothesis does before it asks what refers to its random generator
    assert gc.get_freeze_count() == frozen
    assert conftest._freeze_what_a_full_pass_leaves in gc.callbacks
    conftest._freeze_what_a_full_pass_leaves("stop", {"generation": 2})  # as after a pass the collector made itself
    assert gc.get_freeze_count() >= frozen + len(alive)
    alive = [[number] for number in range(1000)]
    frozen = gc.get_freeze_count()
    conftest.pytest_unconfigure(None)
    assert gc.get_freeze_count() >= frozen + len(alive)
