"""`mkdocs serve` parses, checks and renders again only what an edit can reach
(`incremental.Rebuilds`, which the MkDocs hook runs for every rebuild).

A series of edits, each followed by such a rebuild, and each result compared with a fresh
full build of the same tree: every page and data file must be the same, byte for byte.
"""

import shutil
from pathlib import Path

import pytest

from conftest import PLATFORM, PLATFORM_ITEM, TERMS_REDATED, add_platform, commit, git
from generator.checks import CheckCache, find_warnings, run_checks
from generator.history import read_history
from generator.incremental import Rebuilds
from generator.load import LoadCache, load_inputs
from generator.outputs import site_outputs
from generator.render import render_outputs
from generator.site import build_site, checked_inputs


class Edits:
    """A project edited step by step and rebuilt after each step as `mkdocs serve` does."""

    def __init__(self, root: Path):
        self.root, self.rebuilds = root, Rebuilds()
        self.pages: dict[str, str] = {}
        self.scopes: dict[str, object] = {}

    def edit(self, relative: str, old: str, new: str) -> None:
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def rebuild(self) -> dict[str, str]:
        """Rebuild incrementally; assert it equals a fresh full build; return the pages that changed."""
        outputs, pages = self.rebuilds.build(self.root)
        site = build_site(self.root)
        full = render_outputs(site, site_outputs(site, read_history(self.root, site)))
        assert list(pages) == list(full)
        assert [path for path in full if pages[path] != full[path]] == []
        changed = {path: text for path, text in pages.items() if self.pages.get(path) != text}
        self.pages, self.scopes = pages, {output.path: output.municipality for output in outputs}
        return changed

    @property
    def rendered_count(self) -> int:
        return self.rebuilds.rendered_count

    @property
    def total(self) -> int:
        return len(self.pages)

    def municipalities(self, paths) -> set:
        return {self.scopes[path] for path in paths}


@pytest.fixture
def rebuilds(project) -> Edits:
    built = Edits(project)
    built.rebuild()
    assert built.rendered_count == built.total  # the first build renders everything
    return built


def test_a_plan_edit_renders_its_municipality_and_the_national_outputs_only(rebuilds):
    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: ", "title: Ändrad ")
    changed = rebuilds.rebuild()
    assert rebuilds.municipalities(changed) <= {"bergby", None}
    assert "dokument/bergby-a-plan-2024.md" in changed
    dalby = [path for path, scope in rebuilds.scopes.items() if scope == "dalby"]
    assert dalby and rebuilds.rendered_count <= rebuilds.total - len(dalby)


def test_a_follow_up_is_rendered_with_the_plan_it_follows(rebuilds):
    add_platform(rebuilds.root, follow=False)
    rebuilds.rebuild()
    rebuilds.edit("plans/dalby-m-uppfoljning.yaml", "        kind: promise\n",
                  f"        kind: promise\n        follows_up: {PLATFORM_ITEM}\n")
    changed = rebuilds.rebuild()
    assert {f"dokument/{PLATFORM}.md", "dokument/dalby-m-uppfoljning.md"} <= set(changed)
    # The followed-up item's text is shown on the follow-up's page too.
    rebuilds.edit(f"plans/{PLATFORM}.yaml", "text: Fler platser på barnkolonin.", "text: Fler platser på barnkolonin i år.")
    assert "dokument/dalby-m-uppfoljning.md" in rebuilds.rebuild()
    rebuilds.edit("plans/dalby-m-uppfoljning.yaml", f"        follows_up: {PLATFORM_ITEM}\n", "")
    assert f"dokument/{PLATFORM}.md" in rebuilds.rebuild()


def test_a_source_edit_renders_the_plans_that_quote_it(rebuilds):
    source = rebuilds.root / "sources/bergby-o-webb.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nEtt nytt stycke som ingen punkt citerar.\n",
                      encoding="utf-8")
    changed = rebuilds.rebuild()
    assert "kallor/bergby-o-webb.md" in changed
    assert rebuilds.municipalities(changed) <= {"bergby", None}
    assert rebuilds.rendered_count < rebuilds.total


def test_removing_adding_and_moving_plans(rebuilds, tmp_path):
    root = rebuilds.root
    for relative in ("plans/bergby-o-webb.yaml", "sources/bergby-o-webb.txt"):
        shutil.move(root / relative, tmp_path / Path(relative).name)
    assert "kallor/bergby-o-webb.md" not in rebuilds.rebuild() and "kallor/bergby-o-webb.md" not in rebuilds.pages
    for relative in ("plans/bergby-o-webb.yaml", "sources/bergby-o-webb.txt"):
        shutil.move(tmp_path / Path(relative).name, root / relative)
    assert "kallor/bergby-o-webb.md" in rebuilds.rebuild()
    # The document moves to another actor in another municipality (files of that actor).
    plan = (root / "plans/bergby-o-webb.yaml").read_text(encoding="utf-8")
    actor = next(line for line in plan.splitlines() if line.startswith("actor: "))
    (root / "plans/bergby-o-webb.yaml").unlink()
    shutil.move(root / "sources/bergby-o-webb.txt", root / "sources/dalby-m-webb.txt")
    (root / "plans/dalby-m-webb.yaml").write_text(
        plan.replace("id: bergby-o-webb", "id: dalby-m-webb", 1)
        .replace("archive: sources/bergby-o-webb.txt", "archive: sources/dalby-m-webb.txt", 1)
        .replace(f"{actor}\nmunicipality: bergby", "actor: dalby-m\nmunicipality: dalby", 1), encoding="utf-8")
    changed = rebuilds.rebuild()
    assert "dokument/dalby-m-webb.md" in changed and "dokument/bergby-o-webb.md" not in rebuilds.pages
    assert rebuilds.municipalities(changed) >= {"bergby", "dalby"}


def test_registry_edits_and_rebuilds_without_input_changes_render_everything(rebuilds):
    rebuilds.edit("registry/topics.yaml", "name: ", "name: Nytt namn för ")
    rebuilds.rebuild()
    assert rebuilds.rendered_count == rebuilds.total
    # An actor's name is in every record of its items (items.json, items.csv, its plans' files).
    rebuilds.edit("registry/actors.yaml", "name: ", "name: Omdöpta ")
    assert {"data/v1/items.json", "data/v1/items.csv"} <= set(rebuilds.rebuild())
    assert rebuilds.rendered_count == rebuilds.total
    rebuilds.rebuild()  # what a template or hand-written page edit triggers
    assert rebuilds.rendered_count == rebuilds.total


def test_a_failed_rebuild_makes_the_next_one_render_everything(rebuilds):
    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: ", "title: Ändrad ")
    rebuilds.rebuild()
    rebuilds.rebuilds.forget()  # what the hook does when a rebuild shows errors instead
    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: Ändrad ", "title: ")
    rebuilds.rebuild()
    assert rebuilds.rendered_count == rebuilds.total


def test_a_commit_between_rebuilds_reaches_the_changelog_and_the_feeds(repo):
    """What git says of HEAD is kept between rebuilds (`history.KeptHead`): a commit, and one
    amended in its place, must still reach the changelog, the feeds and the open data's commit."""
    built = Edits(repo)
    built.rebuild()
    built.edit("plans/bergby-a-plan-2024.yaml", "title: ", "title: Vårversion ")
    assert "andringar/index.md" not in built.rebuild()  # not committed yet: no change in the history
    commit(repo, {})
    assert "Vårversion " in built.rebuild()["andringar/index.md"]
    built.edit("plans/bergby-a-plan-2024.yaml", "title: Vårversion ", "title: Höstversion ")
    git(repo, "commit", "-q", "-a", "--amend", "-m", "omskriven")
    changed = built.rebuild()
    assert "Höstversion " in changed["andringar/index.md"] and "Vårversion " not in changed["andringar/index.md"]
    assert git(repo, "rev-parse", "HEAD").strip() in changed["data/v1/index.json"]


def test_git_failing_once_is_asked_again_at_the_next_rebuild(repo, monkeypatch):
    """What git says of HEAD is kept between rebuilds (`history.KeptHead`), but not its failure:
    git failing in passing (missing for a moment, an object unreadable) kept the changelog and
    the feeds at their note of no history until the next commit, where a fresh build lists it."""
    from generator import history
    from generator.scope import GitError

    answering, failures = history.git, [GitError("git rev-parse HEAD misslyckades")]

    def git(root, *args, **kwargs):
        if args[:2] == ("rev-parse", "HEAD") and failures:
            raise failures.pop()
        return answering(root, *args, **kwargs)

    monkeypatch.setattr(history, "git", git)
    built = Edits(repo)
    _, pages = built.rebuilds.build(repo)
    assert not failures and "okänd" in pages["data/v1/index.json"]  # the failure: no commit
    built.rebuild()  # as a fresh build: the history and its commit


def _errors(root: Path, cache: LoadCache, checked) -> list[str]:
    return [str(error) for error in run_checks(load_inputs(root, cache), checked)]


def test_checks_kept_between_rebuilds_report_what_a_fresh_run_reports(project):
    """Errors in several plans, found by one-plan and cross-plan rules; then one is fixed
    and another made. The serve caches give the same errors, in the same order, each time."""
    edits = [("plans/bergby-o-webb.yaml", "topics: [hemloshet]", "topics: [hemlöshet, hemloshet, hemloshet]"),
             ("plans/bergby-o-webb.yaml", "locator: Östra listan vill", "locator: Ingenstans"),
             ("plans/bergby-socialnamnden-vp-2024.yaml", "quote: Socialnämnden ska minska hemlösheten.",
              "quote: Socialnämnden ska öka hemlösheten."),
             ("plans/dalby-m-uppfoljning.yaml", "# yaml-language-server", "# language-server"),
             ("plans/dalby-m-uppfoljning.yaml", "id: dalby-m-uppfoljning", "id: bergby-o-webb")]
    for relative, old, new in edits:
        path = project / relative
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    cache, checked = LoadCache(), CheckCache()
    fresh = _errors(project, LoadCache(enabled=False), None)
    assert len(fresh) >= 6 and len({error.split(":")[0] for error in fresh}) == 3
    assert _errors(project, cache, checked) == fresh
    assert _errors(project, cache, checked) == fresh  # every plan's findings from the cache
    path = project / "plans/bergby-o-webb.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("locator: Ingenstans", "locator: Östra listan vill")
                    .replace("title: ", "title: PLATSHÅLLARE ", 1), encoding="utf-8")
    fresh = _errors(project, LoadCache(enabled=False), None)
    assert any("platshållartext" in error for error in fresh) and not any("Ingenstans" in e for e in fresh)
    assert _errors(project, cache, checked) == fresh


def test_the_warnings_kept_between_rebuilds_are_those_a_fresh_run_gives(rebuilds):
    """The serve log's warnings, as `validate` gives them: the rules that judge each file alone
    judge again only the files that changed (`checks.CheckCache.in_file`). Markup put in one
    plan and then taken out is warned about, and then not, beside another plan's."""
    def warned() -> list[str]:
        return [str(warning) for warning in rebuilds.rebuilds.warnings]

    def fresh() -> list[str]:
        return [str(warning) for warning in find_warnings(checked_inputs(rebuilds.root, LoadCache(enabled=False), None))]

    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: ", "title: Med **fet** stil, ")
    rebuilds.rebuild()
    assert warned() == fresh() and any("**fet**" in warning for warning in warned())
    rebuilds.edit("plans/dalby-m-uppfoljning.yaml", "title: ", "title: Med <b>html</b>, ")
    rebuilds.rebuild()
    assert warned() == fresh() and any("»<b>»" in warning for warning in warned())
    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: Med **fet** stil, ", "title: ")
    rebuilds.rebuild()
    assert warned() == fresh() and not any("**fet**" in warning for warning in warned())
    assert any("»<b>»" in warning for warning in warned())


def test_a_template_saved_with_a_plan_renders_every_page(rebuilds, monkeypatch, tmp_path):
    """A checkout or pull changes a template and a plan at once: only the plan's municipality
    was rendered again, and the other municipality's pages kept the old template."""
    from generator import incremental, render

    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES, templates)
    monkeypatch.setattr(incremental, "TEMPLATES", templates)
    rebuilds.rebuild()  # the stamp of the copied templates
    (templates / "plan.md.j2").write_text((templates / "plan.md.j2").read_text(encoding="utf-8") + "\n",
                                          encoding="utf-8")
    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: ", "title: Ändrad ")
    rebuilds.rebuild()
    assert rebuilds.rendered_count == rebuilds.total


def test_a_rebuild_that_failed_midway_makes_the_next_one_render_everything(rebuilds, monkeypatch):
    """A template error stopped a rebuild after the caches had read an edit: the next rebuild
    saw no edit there, and the edited plan's pages kept their old text."""
    from generator import incremental

    rebuilds.edit("plans/dalby-m-uppfoljning.yaml", "title: ", "title: Ändrad ")

    def broken(site, outputs):
        raise RuntimeError("mallen gick inte att läsa")

    with monkeypatch.context() as patched:
        patched.setattr(incremental, "render_outputs", broken)
        with pytest.raises(RuntimeError):
            rebuilds.rebuilds.build(rebuilds.root)
    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: ", "title: Ändrad ")
    rebuilds.rebuild()  # compared with a full build: Dalby's edit is there
    assert rebuilds.rendered_count == rebuilds.total


def test_a_changed_term_reaches_the_data_files_of_documents_that_did_not_change(rebuilds):
    """A term's entry in the registry changed (taken out, or given another id): the pages of
    its documents followed, but their records in the data files kept the old term."""
    for old, new in TERMS_REDATED:  # 2024's documents move to 2018-2024
        rebuilds.edit("registry/terms.yaml", old, new)
    changed = rebuilds.rebuild()  # and equal to a full build's
    assert "data/v1/items.json" in changed and '"term":"2018-2024"' in changed["data/v1/items.json"]


def test_a_rebuild_that_midnight_strikes_during_is_followed_by_pages_of_the_new_day(project, monkeypatch):
    """A rebuild links the site as of one day; if midnight struck before it finished, it noted
    the new day as the one it rendered, and the next rebuild, after an edit in another
    municipality, kept the first one's pages: a target year that had passed at New Year was
    still unmarked on them, while a fresh build marked it."""
    import datetime

    from generator import clock, incremental

    today = [datetime.date(2027, 12, 31)]
    monkeypatch.setattr(clock, "today", lambda: today[0])
    linked = incremental.link

    def link_then_midnight(*args, **kwargs):
        site = linked(*args, **kwargs)
        today[0] = datetime.date(2028, 1, 1)
        return site

    monkeypatch.setattr(incremental, "link", link_then_midnight)
    rebuilds = Rebuilds()
    rebuilds.build(project)
    plan = project / "plans" / "dalby-m-uppfoljning.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("title: ", "title: Ändrad ", 1), encoding="utf-8")
    _, pages = rebuilds.build(project)
    page = pages["dokument/bergby-socialnamnden-vp-2024.md"]
    assert "Mål för 2027&nbsp;– ett år som har passerat" in page
    site = build_site(project)
    assert page == render_outputs(site, site_outputs(site, read_history(project, site)))[
        "dokument/bergby-socialnamnden-vp-2024.md"]


def test_a_retrieval_date_refused_as_tomorrows_is_accepted_once_that_day_has_come(project, monkeypatch):
    """`mkdocs serve` kept each file as parsed while its bytes were unchanged, refusals
    included: a text fetched and dated just after midnight, while the server still counted the
    day before, stayed refused "i dag är det 2026-12-05" all the next day, until the plan
    was saved again."""
    import datetime

    from generator import clock
    from generator.errors import ValidationFailed

    today = [datetime.date(2026, 12, 5)]
    monkeypatch.setattr(clock, "today", lambda: today[0])
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("retrieved: 2026-11-22", "retrieved: 2026-12-06"),
                    encoding="utf-8")
    rebuilds = Rebuilds()
    with pytest.raises(ValidationFailed) as refused:
        rebuilds.build(project)
    assert "datumet 2026-12-06 har inte varit än" in str(refused.value.errors)
    today[0] = datetime.date(2026, 12, 6)
    _, pages = rebuilds.build(project)
    assert "hämtad 6\u00a0december 2026" in pages["dokument/bergby-a-plan-2024.md"]


def test_the_serve_log_does_not_call_the_files_read_again_on_a_new_day_changed(project, monkeypatch, caplog):
    """A new day has every file read again (`load.LoadCache.as_of`); the log said "Läste in 12
    ändrade filer" of files nobody had touched. It says what the first build says."""
    import datetime
    import logging

    from generator import clock
    from generator import mkdocs_hook as hook

    today = [datetime.date(2026, 12, 5)]
    monkeypatch.setattr(clock, "today", lambda: today[0])
    monkeypatch.setattr(hook, "ROOT", project)
    monkeypatch.setattr(hook._Session, "serving", True)
    monkeypatch.setattr(hook._Session, "rebuilds", Rebuilds())
    monkeypatch.setattr(hook._Session, "read", False)
    with caplog.at_level(logging.INFO, logger=hook.log.name):
        hook._render(None)
        today[0] = datetime.date(2026, 12, 6)
        hook._render(None)
    read = [record.getMessage() for record in caplog.records if record.getMessage().startswith("Läste in")]
    assert len(read) == 2 and read[1] == read[0] and "ändrad" not in read[1], read


def test_a_template_saved_again_with_the_same_size_and_time_stamp_is_rendered_as_saved(rebuilds, monkeypatch, tmp_path):
    """A template saved twice within one tick of the file system's clock, or put back with its
    old time stamp (`touch -r`, `cp -p`, an archive unpacked), kept its size and modification
    time: the rebuild took it for unchanged and Jinja kept its compiled text, so the pages
    showed the template as it was until it was saved again at another time."""
    import os

    from generator import incremental, render

    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES, templates)
    monkeypatch.setattr(incremental, "TEMPLATES", templates)
    monkeypatch.setattr(render, "TEMPLATES", templates)
    render._environment.cache_clear()  # compiled from the copies, and again from the originals after the test
    try:
        _rendered_as_saved(rebuilds, templates)
    finally:
        render._environment.cache_clear()


def _rendered_as_saved(rebuilds, templates: Path) -> None:
    import os

    rebuilds.rebuild()
    about = templates / "om.md.j2"
    text, stamp = about.read_text(encoding="utf-8"), about.stat()
    assert "Sidorna byggdes senast" in text
    about.write_text(text.replace("Sidorna byggdes senast", "Sidorna gjordes senast"), encoding="utf-8")
    os.utime(about, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert (about.stat().st_size, about.stat().st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)
    rebuilds.edit("plans/bergby-a-plan-2024.yaml", "title: ", "title: Ändrad ")
    _, pages = rebuilds.rebuilds.build(rebuilds.root)
    assert "Sidorna gjordes senast" in pages["om/index.md"]
