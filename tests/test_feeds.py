"""Atom feeds and the changelog, from the git history of plans/ and registry/."""

from __future__ import annotations

import calendar
import datetime
import functools
import html
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from conftest import (AS_A_TEST, FIXTURE, NEW_ITEM, PLAN, PLATFORM, PLATFORM_PLAN, PLATFORM_SOURCE, REPO, SOURCE, add_site_code,
                      git, mkdocs_build, once_per_run, run_module)
from generator import feeds, paths, swedish
from generator.history import read_history
from generator.outputs import site_outputs
from generator.render import render_outputs, render_site
from generator.site import build_site
from generator.swedish import swedish_date, swedish_moment

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "https://vem-lovar-vad.github.io/vem-lovar-vad/"
DATES = ("2026-01-10T09:00:00+01:00", "2026-02-14T10:30:00+01:00", "2026-03-20T16:45:00+01:00")


def commit_at(root, date: str, message: str) -> str:
    """Commit everything with a fixed date, so entries and feeds are predictable."""
    env = {**os.environ, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date}
    for args in (["add", "-A"], ["commit", "-q", "-m", message]):
        subprocess.run(["git", "-C", str(root), *AS_A_TEST, *args], check=True, env=env, capture_output=True)
    return git(root, "rev-parse", "HEAD").strip()


def edit(root, name: str, change) -> None:
    path = root / name
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def commit_history(base_repo, repo) -> None:
    """Base, then three commits: an item added, the plan renamed, another plan removed."""
    shutil.copytree(base_repo, repo, dirs_exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", repo / "mkdocs.yml")  # the public address
    commit_at(repo, "2026-01-01T08:00:00+01:00", "mkdocs.yml")  # touches neither plans/ nor registry/
    edit(repo, PLAN, lambda text: text.replace("      - id: kollo", NEW_ITEM + "      - id: kollo"))
    edit(repo, SOURCE, lambda text: text + "- Ett nytt härbärge öppnas.\n")
    commit_at(repo, DATES[0], "Nytt härbärge")
    edit(repo, PLAN, lambda text: text.replace("title: Förslag till verksamhetsplan 2024",
                                               "title: Reviderat förslag 2024"))
    commit_at(repo, DATES[1], "Ny titel")
    (repo / "plans" / "bergby-o-webb.yaml").unlink()
    (repo / "sources" / "bergby-o-webb.txt").unlink()
    commit_at(repo, DATES[2], "Östra listans plan tas bort")


@pytest.fixture(scope="session")
def history_template(tmp_path_factory, base_repo):
    """The history of `commit_history`, committed once per run (read only), and its three commits."""
    template = once_per_run(tmp_path_factory, "history-repo", functools.partial(commit_history, base_repo))
    return template, git(template, "rev-list", "--first-parent", "-n3", "--reverse", "HEAD").split()


@pytest.fixture
def history_repo(project, history_template):
    """A writable copy of the history of `commit_history` in the project's folder: copying it
    costs no git process, committing it costs thirteen."""
    template, shas = history_template
    shutil.rmtree(project)
    shutil.copytree(template, project)
    return project, list(shas)


def parse_atom(text: str) -> ET.Element:
    """Parse a feed and check the elements RFC 4287 requires, with absolute links."""
    feed = ET.fromstring(text.encode("utf-8"))
    assert feed.tag == ATOM + "feed"
    for tag in ("id", "title", "updated"):
        assert feed.find(ATOM + tag).text.strip(), tag
    datetime.datetime.fromisoformat(feed.find(ATOM + "updated").text)
    rels = {link.get("rel"): link.get("href") for link in feed.findall(ATOM + "link")}
    assert rels["self"].startswith("https://") and rels["alternate"].startswith("https://")
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Vem lovar vad?"
    assert "CC BY 4.0" in feed.find(ATOM + "rights").text
    for entry in feed.findall(ATOM + "entry"):
        for tag in ("id", "title", "updated"):
            assert entry.find(ATOM + tag).text.strip(), tag
        datetime.datetime.fromisoformat(entry.find(ATOM + "updated").text)
        assert entry.find(ATOM + "link").get("href").startswith(BASE)
        assert entry.find(ATOM + "content").get("type") == "html" and entry.find(ATOM + "content").text
    return feed


def entries(feed: ET.Element) -> list[tuple[str, str, str]]:
    return [(e.find(ATOM + "title").text, e.find(ATOM + "updated").text, e.find(ATOM + "link").get("href"))
            for e in feed.findall(ATOM + "entry")]


def built_pages(root) -> dict[str, str]:
    site = build_site(root)
    return render_site(site, read_history(root, site))


def built_feeds(root) -> dict[str, str]:
    return {path: text for path, text in built_pages(root).items() if path.startswith("flode/")}


def test_a_dated_commit_starts_no_upkeep_of_git(repo, tmp_path, monkeypatch):
    """`commit_at`, which makes every history these tests read, is one git process each for
    adding, committing and reading the commit: git started its upkeep after each commit too
    (`git maintenance run --auto`), a process that found nothing to do in a test's few objects."""
    trace = tmp_path / "git-trace"
    monkeypatch.setenv("GIT_TRACE", str(trace))
    edit(repo, PLAN, lambda text: text.replace("      - id: kollo", NEW_ITEM + "      - id: kollo"))
    commit_at(repo, DATES[0], "Ny punkt")
    started = [line.split("trace: ", 1)[1] for line in trace.read_text(encoding="utf-8").splitlines() if "trace: " in line]
    assert started == ["built-in: git add -A", "built-in: git commit -q -m 'Ny punkt'", "built-in: git rev-parse HEAD"]


def test_site_feed_has_an_entry_per_commit_that_changed_a_plan_newest_first(history_repo):
    root, shas = history_repo
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    assert entries(feed) == [
        ("Borttaget dokument: Östra listans socialpolitik (Östra listan Bergby)\u00a0– 1 borttagen punkt", DATES[2],
         f"{BASE}andringar/#andring-{shas[2][:12]}"),
        ("Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)", DATES[1],
         f"{BASE}dokument/bergby-a-plan-2024/"),
        ("Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt", DATES[0],
         f"{BASE}dokument/bergby-a-plan-2024/"),
    ]
    assert feed.find(ATOM + "updated").text == DATES[2]
    ids = [e.find(ATOM + "id").text for e in feed.findall(ATOM + "entry")]
    assert ids == [f"tag:vem-lovar-vad.github.io,2026:andring/{sha}" for sha in reversed(shas)]


def test_entry_content_names_the_change_and_links_the_item(history_repo):
    root, _ = history_repo
    feed = ET.fromstring(built_feeds(root)["flode/alla.xml"].encode("utf-8"))
    oldest = feed.findall(ATOM + "entry")[-1].find(ATOM + "content").text
    assert (f'<li><strong>Ny punkt</strong> – <a href="{BASE}dokument/bergby-a-plan-2024/#nytt-harbarge">'
            "Förslag: Ett nytt härbärge öppnas.</a></li>") in oldest
    renamed = feed.findall(ATOM + "entry")[1].find(ATOM + "content").text
    assert "<li>titel: »Förslag till verksamhetsplan 2024» → »Reviderat förslag 2024»</li>" in renamed


def test_topic_actor_and_municipality_feeds_hold_only_their_changes(history_repo):
    root, _ = history_repo
    built = built_feeds(root)
    titles = lambda path: [title for title, _, _ in entries(parse_atom(built[path]))]  # noqa: E731
    assert titles("flode/amnen/hemloshet.xml") == [
        "Borttaget dokument: Östra listans socialpolitik (Östra listan Bergby)\u00a0– 1 borttagen punkt",
        "Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt"]
    assert titles("flode/amnen/sommarkollo.xml") == []
    assert titles("flode/partier/bergby-a.xml") == [
        "Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)",
        "Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt"]
    assert len(titles("flode/kommuner/bergby.xml")) == 3 and titles("flode/kommuner/dalby.xml") == []


def test_a_topic_in_one_municipality_has_a_feed_of_its_own_changes(history_repo):
    """A voter who follows homelessness in Bergby subscribes to that alone: the feed holds
    Bergby's changes on the topic, not Dalby's nor Bergby's on other topics, and its new
    items are listed, as in the topic's feed."""
    root, shas = history_repo
    edit(root, "plans/dalby-m-uppfoljning.yaml",
         lambda text: text.replace("topics: [sommarkollo]", "topics: [hemloshet, sommarkollo]"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt ämne på en punkt i Dalby")
    built = built_feeds(root)
    feed = parse_atom(built["flode/kommuner/bergby/hemloshet.xml"])
    assert feed.find(ATOM + "title").text == "Bergby: Hemlöshet och bostad – ändringar på Vem lovar vad?"
    assert [title for title, _, _ in entries(feed)] == [
        "Borttaget dokument: Östra listans socialpolitik (Östra listan Bergby)\u00a0– 1 borttagen punkt",
        "Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt"]
    assert "Ett nytt härbärge öppnas." in feed.findall(ATOM + "entry")[-1].find(ATOM + "content").text
    links = {link.get("rel"): link.get("href") for link in feed.findall(ATOM + "link")}
    assert links == {"self": f"{BASE}flode/kommuner/bergby/hemloshet.xml", "alternate": f"{BASE}bergby/hemloshet/"}
    assert [e.find(ATOM + "id").text for e in feed.findall(ATOM + "entry")] == [
        f"tag:vem-lovar-vad.github.io,2026:andring/municipality_topic/bergby/hemloshet/{sha}" for sha in (shas[2], shas[0])]
    dalby = ("Ändrad återgivning: Uppföljning av våra vallöften (Mittenpartiet Dalby · tillskrivning från andra "
             "källor)\u00a0– 1 ändrad punkt")
    assert [title for title, _, _ in entries(parse_atom(built["flode/kommuner/dalby/hemloshet.xml"]))] == [dalby]
    assert entries(parse_atom(built["flode/kommuner/bergby/sommarkollo.xml"])) == []
    # The changelog, where a reader looks for what to subscribe to, says that this feed exists.
    assert "ett flöde per ämne, parti, förvaltning eller kommun, eller för ett ämne i en kommun" in \
        built_pages(root)["andringar/index.md"]


def test_a_feed_without_changes_is_dated_where_its_history_begins_not_by_another_feeds_change(history_repo):
    """RFC 4287 requires a feed's `updated`: a feed with no entries was dated by the newest
    change anywhere on the site, so a feed reader saw it updated by another topic's change."""
    root, shas = history_repo
    built = built_feeds(root)
    first = git(root, "rev-list", "--max-parents=0", "HEAD").strip()  # the oldest revision read: the base
    base = git(root, "log", "-1", "--format=%cI", first).strip()
    for path in ("flode/amnen/sommarkollo.xml", "flode/kommuner/dalby.xml"):
        feed = parse_atom(built[path])
        assert entries(feed) == [], path
        assert feed.find(ATOM + "updated").text == base != DATES[2], path
    assert parse_atom(built["flode/alla.xml"]).find(ATOM + "updated").text == DATES[2]


def test_a_feed_is_updated_at_its_newest_entrys_date_when_a_later_commit_has_an_earlier_one(history_repo):
    """A commit keeps the date its committer's clock gave it: one set wrong, or a rebase that
    keeps the author's dates, put a commit dated 1 March after one of 20 March. The feed's
    `updated` was the first entry's, so the feed went back three weeks in time, and a reader
    that goes by it saw nothing new, while the entries of 20 March were newer than the feed."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer ska vräkas."))
    commit_at(root, "2026-03-01T09:00:00+01:00", "En klocka som går fel")
    built = built_feeds(root)
    for path, newest in (("flode/alla.xml", DATES[2]), ("flode/amnen/hemloshet.xml", DATES[2])):
        feed = parse_atom(built[path])
        assert entries(feed)[0][1] == "2026-03-01T09:00:00+01:00", path  # in the order the commits came
        assert feed.find(ATOM + "updated").text == newest, path


def test_an_entry_has_its_own_id_in_each_feed_that_holds_a_part_of_its_change(history_repo):
    """A topic's feed holds only that topic's part of a commit, an actor's only that actor's. With
    one id for every part, a feed reader that follows two feeds and merges entries by id showed
    one feed's part under the other's subscription."""
    root, shas = history_repo
    built = built_feeds(root)
    ids = {path: [entry.find(ATOM + "id").text for entry in parse_atom(text).findall(ATOM + "entry")]
           for path, text in built.items() if "<feed " in text}
    every = [entry_id for feed_ids in ids.values() for entry_id in feed_ids]
    assert len(every) == len(set(every)) > len(ids["flode/alla.xml"])
    tag = "tag:vem-lovar-vad.github.io,2026:andring/"
    assert ids["flode/amnen/hemloshet.xml"] == [f"{tag}topic/hemloshet/{shas[2]}", f"{tag}topic/hemloshet/{shas[0]}"]
    assert ids["flode/partier/bergby-a.xml"] == [f"{tag}actor/bergby-a/{shas[1]}", f"{tag}actor/bergby-a/{shas[0]}"]


def test_changelog_page_lists_the_same_changes_newest_first(history_repo):
    root, shas = history_repo
    site = build_site(root)
    page = render_site(site, read_history(root, site))["andringar/index.md"]
    # Each change's heading tells its widest word (--vlv-widest) for a phone with large text.
    headings = [re.sub(r' style="--vlv-widest: \d+"\}$', "}", line) for line in page.splitlines() if line.startswith("## ")]
    assert headings == [
        f"## 20 mars 2026: Borttaget dokument: Östra listans socialpolitik (Östra listan Bergby)\u00a0– 1 borttagen punkt "
        f"{{#andring-{shas[2][:12]}}}",
        f"## 14 februari 2026: Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby) "
        f"{{#andring-{shas[1][:12]}}}",
        f"## 10 januari 2026: Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt "
        f"{{#andring-{shas[0][:12]}}}",
        "## Dataformatet {#dataformat}",
    ]
    assert ('<li><span data-search-exclude><strong>Ny punkt</strong> – <a href="../dokument/bergby-a-plan-2024/'
            '#nytt-harbarge">Förslag: Ett nytt härbärge öppnas.</a></span></li>') in page


def test_rebuilding_in_a_new_process_gives_byte_identical_feeds(history_repo):
    root, _ = history_repo
    first = run_module("--root", str(root), "build")
    assert first.returncode == 0, first.stderr
    feed_dir = root / "docs" / "flode"
    before = {p.relative_to(feed_dir): p.read_bytes() for p in sorted(feed_dir.rglob("*.xml")) if p.name != "sitemap.xml"}
    assert len(before) == 1 + 4 + 5 + 2 + 2 * 4  # the site, topics, actors, municipalities, topics in each
    second = run_module("--root", str(root), "build")
    assert second.returncode == 0 and second.stdout.startswith("0 sidor ändrade"), second.stdout
    assert {p.relative_to(feed_dir): p.read_bytes() for p in sorted(feed_dir.rglob("*.xml")) if p.name != "sitemap.xml"} == before


def test_shallow_clone_gives_one_clear_entry(history_repo, tmp_path):
    root, shas = history_repo
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{root}", str(clone)], check=True)
    site = build_site(clone)
    feed = parse_atom(render_site(site, read_history(clone, site))["flode/alla.xml"])
    assert entries(feed) == [("Ändringshistoriken finns inte i det här bygget", DATES[2],
                              f"{BASE}andringar/#andring-{shas[2][:12]}")]
    assert "Webbplatsen visar nu 9 punkter i 3 dokument." in feed.find(f"{ATOM}entry/{ATOM}content").text


def test_a_shallow_clone_deep_enough_for_some_changes_says_that_older_ones_may_be_missing(history_repo, tmp_path):
    """A clone of depth 2 (CI's `fetch-depth: 2`) listed the one change it could see with no
    word that the history was cut: a site like one built from the full history, but with
    every earlier change gone."""
    root, _ = history_repo
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "2", f"file://{root}", str(clone)], check=True)
    site = build_site(clone)
    history = read_history(clone, site)
    assert [entry.date for entry in history.entries] == [DATES[2]]
    page = render_site(site, history)["andringar/index.md"]
    assert ('<p class="vlv-change-horizon">Här står ändringarna sedan den 14 februari 2026, så långt som git-historiken '
            "i det här bygget räcker: webbplatsen byggdes från en grund klon. Äldre ändringar kan finnas i projektets "
            "git-historik och kommer med nästa gång webbplatsen byggs med hela historiken.</p>") in page


def test_folder_without_git_builds_with_one_clear_entry(project):
    site = build_site(project)
    history = read_history(project, site)
    assert history.commit == "okänd"
    feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], history))
    assert [title for title, _, _ in entries(feed)] == ["Ändringshistoriken finns inte i det här bygget"]
    assert feed.find(f"{ATOM}entry/{ATOM}updated").text == "2026-11-22T00:00:00+00:00"  # newest retrieval


def test_the_entry_without_history_counts_the_sites_items_as_the_pages_do(project):
    """A site of one document with one item said "1 punkter i 1 dokument"."""
    for plan in ("bergby-a-plan-2024", "bergby-socialnamnden-vp-2024", "dalby-m-uppfoljning"):
        (project / "plans" / f"{plan}.yaml").unlink()
        (project / "sources" / f"{plan}.txt").unlink()
    site = build_site(project)
    feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], read_history(project, site)))
    assert "Webbplatsen visar nu 1 punkt i 1 dokument." in feed.find(f"{ATOM}entry/{ATOM}content").text


def test_commit_that_changes_nothing_voters_see_has_no_entry(history_repo):
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("summary:", "# En kommentar för redaktörerna.\nsummary:"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Kommentar")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    assert len(entries(feed)) == 3 and entries(feed)[0][1] == DATES[2]


def test_a_paragraph_added_to_a_source_alone_has_no_entry(history_repo):
    """Its coverage line is the reviewers' (the change summary); no item or field voters read
    changed."""
    root, _ = history_repo
    edit(root, SOURCE, lambda text: text + "\nVi vill också att fler fritidsgårdar håller öppet på kvällarna.\n")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ett stycke till i källtexten")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    assert len(entries(feed)) == 3 and entries(feed)[0][1] == DATES[2]


def test_a_later_change_is_not_credited_with_an_archived_text_changed_in_a_commit_of_its_own(history_repo):
    """A commit that changed an archived text alone was not read: the next commit of its plan,
    which only gave an item one more topic, was said to have changed the document's text."""
    root, _ = history_repo
    edit(root, SOURCE, lambda text: text + "\nVi vill också att fler fritidsgårdar håller öppet på kvällarna.\n")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ett stycke till i källtexten")
    edit(root, PLAN, lambda text: text.replace("topics: [hemloshet]", "topics: [hemloshet, familjecentral]", 1))
    commit_at(root, "2026-04-08T12:00:00+02:00", "Ett ämne till")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    assert [(title, updated) for title, updated, _ in entries(feed)][:2] == [
        ("Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)\u00a0– 1 ändrad punkt",
         "2026-04-08T12:00:00+02:00"),
        ("Borttaget dokument: Östra listans socialpolitik (Östra listan Bergby)\u00a0– 1 borttagen punkt", DATES[2])]
    assert "Dokumentets arkiverade text har ändrats." not in feed.find(f"{ATOM}entry/{ATOM}content").text


def test_a_corrected_item_id_is_reported_as_a_changed_item_not_a_dropped_one(history_repo):
    """Voters follow the feeds: an id fixed in a plan must not read as a promise removed."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("- id: inga-vrakningar", "- id: inga-vrakningar-2024"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt id")
    built = built_feeds(root)
    newest = ET.fromstring(built["flode/alla.xml"].encode("utf-8")).find(ATOM + "entry")
    content = newest.find(ATOM + "content").text
    assert (f'<li><strong>Ändrad punkt</strong> – <a href="{BASE}dokument/bergby-a-plan-2024/#inga-vrakningar-2024">'
            "Mål: Ingen barnfamilj ska vräkas.</a>") in content
    assert "id (punktens ankare i adressen): inga-vrakningar → inga-vrakningar-2024" in content
    assert "Borttagen punkt" not in content and "Ny punkt" not in content
    # The item's topic feed has the entry too.
    assert entries(parse_atom(built["flode/amnen/hemloshet.xml"]))[0][1] == "2026-04-01T12:00:00+02:00"


def test_a_renamed_document_is_reported_as_changed_not_as_removed_and_added(history_repo):
    root, _ = history_repo
    text = (root / PLAN).read_text(encoding="utf-8").replace("id: bergby-a-plan-2024", "id: bergby-a-plan-2024-ny", 1)
    (root / PLAN).unlink()
    (root / "plans" / "bergby-a-plan-2024-ny.yaml").write_text(text, encoding="utf-8")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt filnamn")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    title, updated, link = entries(feed)[0]
    assert (title, updated) == ("Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)",
                                "2026-04-01T12:00:00+02:00")
    assert link == f"{BASE}dokument/bergby-a-plan-2024-ny/"
    content = feed.find(ATOM + "entry").find(ATOM + "content").text
    assert "id (dokumentets adress): bergby-a-plan-2024 → bergby-a-plan-2024-ny" in content
    assert "Borttag" not in content and "Nytt dokument" not in content



def test_a_document_moved_to_another_actor_is_one_change_in_both_actors_feeds(history_repo):
    """An editor who corrects which party a document is from moves its file to the other
    party's name: the document, its items and its text are the same, so the feeds say it moved,
    to the readers of both parties' feeds, not that one party dropped every promise and the
    other made them."""
    root, _ = history_repo
    moved = "bergby-t-plan-2024"
    text = (root / PLAN).read_text(encoding="utf-8").replace("bergby-a-plan-2024", moved).replace(
        "actor: bergby-a\n", "actor: bergby-t\n")
    (root / SOURCE).rename(root / "sources" / f"{moved}.txt")  # named for its actor too
    (root / PLAN).unlink()
    (root / "plans" / f"{moved}.yaml").write_text(text, encoding="utf-8")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Dokumentet var Trygghetspartiets")
    built = built_feeds(root)
    for path in ("flode/alla.xml", "flode/partier/bergby-a.xml", "flode/partier/bergby-t.xml", "flode/kommuner/bergby.xml"):
        newest = parse_atom(built[path]).find(ATOM + "entry")
        assert newest.find(ATOM + "updated").text == "2026-04-01T12:00:00+02:00", path
        assert newest.find(ATOM + "title").text == "Ändrad återgivning: Reviderat förslag 2024 (Trygghetspartiet Bergby)"
        content = newest.find(ATOM + "content").text
        assert "aktör: flyttad från Arbetarpartiet Bergby till Trygghetspartiet Bergby" in content, path
        assert "Borttag" not in content and "Nytt dokument" not in content and "Ny punkt" not in content, path
    assert len(entries(parse_atom(built["flode/partier/bergby-t.xml"]))) == 1  # its earlier changes were the other's


def _new_id(root, old: str, new: str, *folders: str) -> None:
    """Give a topic, actor, municipality or document a new id everywhere the files name it,
    file names included, as an editor does with search and replace."""
    for folder in folders:
        for path in sorted((root / folder).iterdir()):
            text = path.read_text(encoding="utf-8")
            path.unlink()
            (path.parent / path.name.replace(old, new)).write_text(re.sub(rf"\b{old}\b", new, text), encoding="utf-8")


def test_a_topics_feed_keeps_its_earlier_changes_when_the_topic_gets_a_new_id(history_repo):
    """A researcher who follows the topic at its new address reads what changed on it before
    the id changed too, as the changelog lists it: the feed began again with the change of id."""
    root, shas = history_repo
    before = entries(parse_atom(built_feeds(root)["flode/amnen/hemloshet.xml"]))
    _new_id(root, "hemloshet", "hemlosa", "registry", "plans")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt id för ämnet")
    built = built_feeds(root)
    now = entries(parse_atom(built["flode/amnen/hemlosa.xml"]))
    assert now[0][0].startswith("Nytt id för ämne Hemlöshet och bostad: hemloshet → hemlosa")
    assert now[1:] == before and len(before) == 2
    assert [title for title, _, _ in entries(parse_atom(built["flode/kommuner/bergby/hemlosa.xml"]))][1:] == [
        title for title, _, _ in before]


def test_a_feed_at_an_id_given_up_says_where_it_moved_above_what_it_held_and_never_changes_again(history_repo):
    """GitHub Pages has no redirects: a subscriber of the old address got a 404 and never heard
    of the move. The feed stays, with one last entry, dated by the change of id, that names the
    new feed and page; below it the entries it held, under the ids the reader already has."""
    root, shas = history_repo
    before = {path: parse_atom(built_feeds(root)[path]) for path in ("flode/amnen/hemloshet.xml",
                                                                      "flode/kommuner/bergby/hemloshet.xml")}
    _new_id(root, "hemloshet", "hemlosa", "registry", "plans")
    moved_at = "2026-04-01T12:00:00+02:00"
    commit_at(root, moved_at, "Nytt id för ämnet")
    edit(root, PLAN, lambda text: text.replace("title: Reviderat förslag 2024", "title: Plan 2024"))
    commit_at(root, "2026-05-01T12:00:00+02:00", "Ny titel igen")  # after the move: not in the old feed
    built = built_feeds(root)
    for path, then in before.items():
        old = parse_atom(built[path])
        assert old.find(ATOM + "id").text == then.find(ATOM + "id").text == f"{BASE}{path}"
        assert old.find(ATOM + "updated").text == moved_at
        notice, *kept = old.findall(ATOM + "entry")
        new_feed = f"{BASE}{path.replace('hemloshet', 'hemlosa')}"
        new_page = f"{BASE}amnen/hemlosa/" if path == "flode/amnen/hemloshet.xml" else f"{BASE}bergby/hemlosa/"
        assert notice.find(ATOM + "title").text.startswith("Flödet har flyttat: ")
        assert notice.find(ATOM + "updated").text == moved_at
        assert notice.find(ATOM + "link").get("href") == new_page
        content = notice.find(ATOM + "content").text
        assert content.startswith("<p>Flödet har flyttat: ändringar om Hemlöshet och bostad")
        assert "ämnet fick ett nytt id (hemloshet → hemlosa)" in content
        assert f'<a href="{new_feed}">{new_feed}</a>' in html.unescape(content) and f'<a href="{new_page}">' in content
        assert [(e.find(ATOM + "id").text, e.find(ATOM + "title").text, e.find(ATOM + "updated").text) for e in kept] == [
            (e.find(ATOM + "id").text, e.find(ATOM + "title").text, e.find(ATOM + "updated").text)
            for e in then.findall(ATOM + "entry")]
    # The site's feed and the new address tell of the move in the same words.
    assert entries(parse_atom(built["flode/amnen/hemlosa.xml"]))[0][0] == (
        "Nytt id för ämne Hemlöshet och bostad: hemloshet → hemlosa (sidor med hemloshet i adressen finns inte "
        "längre; flödena där får ett sista inlägg om den nya adressen)")


def test_a_topics_feed_in_a_municipality_stays_at_each_address_it_had_when_both_got_new_ids(history_repo):
    """The topic got a new id, then the municipality: its feed in the municipality was at
    `bergby/hemloshet`, then `bergby/hemlosa`, now `berga/hemlosa`. A feed stayed at
    `berga/hemloshet`, an address it never had, and its first subscribers' address was a 404:
    the topic's id was read as today's at the municipality's change, and the municipality's at
    the topic's."""
    root, _ = history_repo
    _new_id(root, "hemloshet", "hemlosa", "registry", "plans")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt id för ämnet")
    _new_id(root, "bergby", "berga", "registry", "plans", "sources")
    commit_at(root, "2026-05-01T12:00:00+02:00", "Nytt id för kommunen")
    built = built_feeds(root)
    assert "flode/kommuner/berga/hemloshet.xml" not in built
    for path, moved_at in (("flode/kommuner/bergby/hemloshet.xml", "2026-04-01T12:00:00+02:00"),
                           ("flode/kommuner/bergby/hemlosa.xml", "2026-05-01T12:00:00+02:00")):
        notice = parse_atom(built[path]).find(ATOM + "entry")
        assert notice.find(ATOM + "updated").text == moved_at, path
        assert notice.find(ATOM + "link").get("href") == f"{BASE}berga/hemlosa/", path


def test_an_actors_new_id_reports_its_documents_as_renamed_not_as_removed_and_added(history_repo):
    """The document's file name begins with its actor's id, so it changes with it: the same
    document, as when its own id changes, not one dropped with its every item and a new one."""
    root, _ = history_repo
    _new_id(root, "bergby-a", "bergby-ap", "registry", "plans", "sources")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt id för partiet")
    newest = parse_atom(built_feeds(root)["flode/alla.xml"]).find(ATOM + "entry")
    assert newest.find(ATOM + "title").text == (
        "Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby); nytt id för aktör Arbetarpartiet Bergby: "
        "bergby-a → bergby-ap (sidor med bergby-a i adressen finns inte längre; flödena där får ett sista inlägg om "
        "den nya adressen)")
    content = newest.find(ATOM + "content").text
    assert "id (dokumentets adress): bergby-a-plan-2024 → bergby-ap-plan-2024" in content
    assert "Borttag" not in content and "Nytt dokument" not in content


def test_an_actors_feed_and_its_entries_links_follow_a_new_id_of_the_actor(history_repo):
    """An actor's new id renames its documents (their file names begin with it): its feed keeps
    the changes made before, and they lead to the documents' pages and items at their new
    addresses, not to the changelog with the document unlinked."""
    root, _ = history_repo
    _new_id(root, "bergby-a", "bergby-ap", "registry", "plans", "sources")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt id för partiet")
    feed = parse_atom(built_feeds(root)["flode/partier/bergby-ap.xml"])
    assert [(title, updated) for title, updated, _ in entries(feed)][1:] == [
        ("Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)", DATES[1]),
        ("Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt", DATES[0])]
    assert [link for _, _, link in entries(feed)][1:] == [f"{BASE}dokument/bergby-ap-plan-2024/"] * 2
    oldest = feed.findall(ATOM + "entry")[-1].find(ATOM + "content").text
    assert f'<a href="{BASE}dokument/bergby-ap-plan-2024/#nytt-harbarge">Förslag: Ett nytt härbärge öppnas.</a>' in oldest


def test_a_municipalitys_feed_keeps_its_earlier_changes_when_the_municipality_gets_a_new_id(history_repo):
    """Its actors' ids, which begin with the municipality's, change with it: the feeds of the
    municipality and of its topics at the new addresses hold the changes made before."""
    root, _ = history_repo
    before = entries(parse_atom(built_feeds(root)["flode/kommuner/bergby.xml"]))
    _new_id(root, "bergby", "berga", "registry", "plans", "sources")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt id för kommunen")
    built = built_feeds(root)
    titles = [title for title, _, _ in entries(parse_atom(built["flode/kommuner/berga.xml"]))]
    assert titles[0] == ("Ändringar i 2 dokument: Arbetarpartiet Bergby, Socialnämnden i Bergby; "
                         "ändringar i registren: 4 aktörer, 1 kommun")
    assert titles[1:] == [title for title, _, _ in before] and len(before) == 3
    assert len(entries(parse_atom(built["flode/kommuner/berga/hemloshet.xml"]))) == 3


def test_a_documents_earlier_entries_link_it_at_its_new_address(history_repo):
    """A document given a new id is the same document: the entries of its earlier changes lead
    to its page, as the entry of the change of id does."""
    root, _ = history_repo
    _new_id(root, "bergby-a-plan-2024", "bergby-a-plan-2024-ny", "plans", "sources")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt filnamn")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    assert [link for _, _, link in entries(feed)] == [
        f"{BASE}dokument/bergby-a-plan-2024-ny/", f"{BASE}andringar/#andring-{history_repo[1][2][:12]}",
        f"{BASE}dokument/bergby-a-plan-2024-ny/", f"{BASE}dokument/bergby-a-plan-2024-ny/"]


def test_an_earlier_entry_links_an_item_at_its_new_anchor(history_repo):
    """An item given a new id is the same item (its quote is the same): the entry that added it
    still leads to it, not to an anchor its page no longer has."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("- id: nytt-harbarge", "- id: nytt-harbarge-2026"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt id för punkten")
    oldest = parse_atom(built_feeds(root)["flode/alla.xml"]).findall(ATOM + "entry")[-1].find(ATOM + "content").text
    assert (f'<li><strong>Ny punkt</strong> – <a href="{BASE}dokument/bergby-a-plan-2024/#nytt-harbarge-2026">'
            "Förslag: Ett nytt härbärge öppnas.</a></li>") in oldest


@pytest.fixture
def repo_with_unreadable_start(project):
    """A first commit that no longer loads (an item kind since renamed), then the fixed plan."""
    git(project, "init", "-q", "-b", "main")
    edit(project, PLAN, lambda text: text.replace("kind: assignment", "kind: uppdrag", 1))
    commit_at(project, "2025-12-01T09:00:00+01:00", "Planen med en äldre regel")
    edit(project, PLAN, lambda text: text.replace("kind: uppdrag", "kind: assignment", 1))
    fixed = commit_at(project, DATES[0], "Planen följer dagens regler")
    return project, fixed


def test_history_that_starts_at_a_refused_revision_says_older_changes_are_not_shown(repo_with_unreadable_start):
    """"Inga ändringar ännu" would be untrue: the plans did change, but the older files cannot be read."""
    root, fixed = repo_with_unreadable_start
    site = build_site(root)
    history = read_history(root, site)
    [entry] = history.entries
    assert (entry.title, entry.date, entry.commit) == ("Ändringshistoriken börjar här", DATES[0], fixed)
    assert entry.note.startswith("Planerna och registren har inte ändrats sedan dess. Ändringar fram till och med "
                                 "versionen från den 10 januari 2026 kl. 09.00 visas inte: de äldre versionerna av "
                                 "planerna och registren går inte att läsa in med dagens regler för hur filerna är uppbyggda")
    page = render_site(site, history)["andringar/index.md"]
    assert f"## 10 januari 2026: Ändringshistoriken börjar här {{#andring-{fixed[:12]} style=\"--vlv-widest: 884\"}}" in page

    edit(root, PLAN, lambda text: text.replace("      - id: kollo", NEW_ITEM + "      - id: kollo"))
    edit(root, SOURCE, lambda text: text + "- Ett nytt härbärge öppnas.\n")
    commit_at(root, DATES[1], "Nytt härbärge")
    site = build_site(root)
    history = read_history(root, site)
    assert [entry.title for entry in history.entries] == [
        "Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt"]
    page = render_site(site, history)["andringar/index.md"]
    assert ('<p class="vlv-change-horizon">Ändringar fram till och med versionen från den 10 januari 2026 kl. 09.00 '
            "visas inte: de äldre versionerna av planerna och registren går inte att läsa in med dagens regler för hur "
            "filerna är uppbyggda och hänger ihop") in page
    assert page.index("vlv-change-horizon") > page.index("Ny punkt")  # after the oldest change listed


# An item's text that stresses what its quote does not: `check_emphasis_as_quoted` refuses it
# in the current files, while the linked model of a revision that has it is sound.
STRESSED = ("text: Kolloverksamheten byggs ut så att fler barn får åka på kollo.",
            "text: VI LOVAR att kolloverksamheten byggs ut så att fler barn får åka på kollo!!!")


def test_history_reads_past_revisions_that_break_a_rule_on_how_a_plan_is_written(project):
    """A rule added since, which an older file breaks, must not cut the voters' history at the
    commit that mended the file: the older changes are listed, the history does not start there."""
    git(project, "init", "-q", "-b", "main")
    edit(project, PLAN, lambda text: text.replace(*STRESSED))
    commit_at(project, "2025-12-01T09:00:00+01:00", "Planen med en versal text")
    edit(project, PLAN, lambda text: text.replace("      - id: kollo", NEW_ITEM + "      - id: kollo"))
    edit(project, SOURCE, lambda text: text + "- Ett nytt härbärge öppnas.\n")
    added = commit_at(project, DATES[0], "Nytt härbärge")
    edit(project, PLAN, lambda text: text.replace(*reversed(STRESSED)))
    mended = commit_at(project, DATES[1], "Texten som citatet")
    site = build_site(project)
    history = read_history(project, site)
    assert [(entry.title, entry.commit) for entry in history.entries] == [
        ("Ändrad återgivning: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ändrad punkt", mended),
        ("Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt", added)]
    assert history.earlier == ""
    page = render_site(site, history)["andringar/index.md"]
    assert "VI LOVAR att kolloverksamheten byggs ut så att fler barn får åka på kollo!!!" in page
    assert "vlv-change-horizon" not in page


@pytest.mark.parametrize("unsound", [
    ("quote: Kolloverksamheten ska byggas ut", "quote: Kolloverksamheten byggs ut"),  # not in the source
    ("topics: [sommarkollo]", "topics: [kollo]"),  # no such topic
    ("actor: bergby-a\n", "actor: bergby-x\n"),  # no such actor
], ids=["quote-not-found", "unknown-topic", "unknown-actor"])
def test_history_steps_over_a_revision_whose_model_is_unsound(project, unsound):
    """An item without the lines it quotes, on no topic, or of nobody: what such a revision
    changed cannot be told right, so the history starts after it, saying so."""
    git(project, "init", "-q", "-b", "main")
    edit(project, PLAN, lambda text: text.replace(*unsound, 1))
    commit_at(project, "2025-12-01T09:00:00+01:00", "Planen med ett fel")
    edit(project, PLAN, lambda text: text.replace(*reversed(unsound), 1))
    mended = commit_at(project, DATES[0], "Planen rättad")
    history = read_history(project, build_site(project))
    [entry] = history.entries
    assert (entry.title, entry.commit) == ("Ändringshistoriken börjar här", mended)
    assert "Ändringar fram till och med versionen från den 10 januari 2026 kl. 09.00 visas inte" in entry.note


@pytest.mark.parametrize("iso, said", [("2026-12-01T02:50:15Z", "1 december 2026 kl. 03.50"),
                                       ("2026-06-30T22:30:00+00:00", "1 juli 2026 kl. 00.30"),
                                       # The night the clocks go back, 02.30 comes twice (00.30
                                       # and 01.30 UTC); the hours around it are said as always.
                                       ("2026-10-25T00:30:00Z", "25 oktober 2026 kl. 02.30 (sommartid)"),
                                       ("2026-10-25T01:30:00Z", "25 oktober 2026 kl. 02.30 (normaltid)"),
                                       ("2026-10-24T23:59:00Z", "25 oktober 2026 kl. 01.59"),
                                       ("2026-10-25T02:00:00Z", "25 oktober 2026 kl. 03.00"),
                                       ("2026-03-29T01:30:00Z", "29 mars 2026 kl. 03.30")])
def test_where_the_history_starts_is_said_in_swedish_time(iso, said):
    """The changelog said "Ändringar före den 1 december 2026 visas inte" where the oldest
    version read was from 02:50 that day (UTC): that day's earlier changes were missing too.
    Two commits an hour apart on the night the clocks go back were both "kl. 02.30"."""
    assert swedish_moment(iso) == said
    assert feeds.unreadable_before(iso).startswith(f"Ändringar fram till och med versionen från den {said} visas inte")


def test_history_cut_at_its_limit_says_where_it_starts(history_repo):
    root, _ = history_repo
    site = build_site(root)
    history = read_history(root, site, limit=3)  # the three newest of four revisions: two changes
    assert [entry.date for entry in history.entries] == [DATES[2], DATES[1]]
    assert history.earlier == ("Här står ändringarna i de senaste 3 versionerna av planerna och registren, sedan "
                               "den 10 januari 2026. Äldre ändringar finns i projektets git-historik.")
    assert read_history(root, site, limit=4).earlier == ""
    assert "vlv-change-horizon" not in render_site(site, read_history(root, site))["andringar/index.md"]


def test_entries_link_only_to_documents_and_items_that_still_exist(history_repo):
    """A feed reader opens old entries too: once an item or a document is gone, its entries
    still name it, as text, and lead to the changelog instead of a page that does not exist."""
    root, shas = history_repo
    edit(root, PLAN, lambda text: text.replace(NEW_ITEM, ""))
    edit(root, SOURCE, lambda text: text.replace("- Ett nytt härbärge öppnas.\n", ""))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Härbärget stryks")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    oldest = feed.findall(ATOM + "entry")[-1].find(ATOM + "content").text
    assert "<li><strong>Ny punkt</strong> – Förslag: Ett nytt härbärge öppnas.</li>" in oldest
    assert "#nytt-harbarge" not in built_feeds(root)["flode/alla.xml"]

    (root / PLAN).unlink()
    (root / SOURCE).unlink()
    commit_at(root, "2026-05-01T12:00:00+02:00", "Planen tas bort")
    site = build_site(root)
    history = read_history(root, site)
    feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], history))
    assert [link for _, _, link in entries(feed)][3:] == [f"{BASE}andringar/#andring-{shas[1][:12]}",
                                                           f"{BASE}andringar/#andring-{shas[0][:12]}"]
    page = render_site(site, history)["andringar/index.md"]
    assert "dokument/bergby-a-plan-2024/" not in page
    # Named as the change named it then, with its term: only the link went with the document.
    assert ("<p><strong>Ändrad återgivning:</strong> Reviderat förslag 2024 (<span class=\"vlv-term vlv-term-earlier\">"
            "2024, från mandatperioden <span class=\"vlv-nowrap\">2022–2026</span></span>) – Arbetarpartiet Bergby. <span "
            "data-search-exclude>Dokumentets arkiverade text är densamma; ändringen gäller webbplatsens rader eller "
            "uppgifter om dokumentet.</span></p>") in page


def _indexed(root, tmp_path, *places: str) -> list[str]:
    """The site built with mkdocs: the search index's titles and texts at each place (a
    location's beginning), each place's without the places before it."""
    result = mkdocs_build(add_site_code(root), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    docs = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    found = []
    for n, place in enumerate(places):
        found.append(" ".join(entry["title"] + " " + entry["text"] for entry in docs
                              if entry["location"].startswith(place)
                              and not any(entry["location"].startswith(earlier) for earlier in places[:n])))
    return found


def test_search_finds_a_changed_document_on_its_page_and_the_change_by_its_heading(history_repo, tmp_path):
    """Each change names each document it changed, its title, term and actor: on the real
    plans' changelog the same few lines again for every commit to plans/, 169 of the gzipped
    index's 58,341 bytes (P3: 61,440) and growing. A document still on the site is found by
    those words on its page, and the change by its heading, which names the document or its
    actor; the line stays out of the index. A removed document's line is found: its words are
    on no other page."""
    root, _ = history_repo
    changelog, document = _indexed(root, tmp_path, "andringar/", "dokument/bergby-a-plan-2024/")
    assert "Reviderat förslag 2024" in document and "Arbetarpartiet Bergby" in document
    assert "Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)" in changelog
    assert "– Arbetarpartiet Bergby." not in changelog and "från mandatperioden" not in changelog
    assert "Borttaget dokument: Östra listans socialpolitik – Östra listan Bergby." in changelog
    shown = html.unescape((tmp_path / "site" / "andringar" / "index.html").read_text(encoding="utf-8"))
    assert re.search(r"<p data-search-exclude><strong>Ändrad återgivning:</strong> <a [^>]+>Reviderat förslag 2024</a> "
                     r"\(.*från mandatperioden.*\) – Arbetarpartiet Bergby\.", shown)


def test_search_finds_an_item_on_its_documents_page_not_again_on_the_changelog(history_repo, tmp_path):
    """An item still on the site is indexed once, where it lives: its document's page. Its line
    on the changelog stays out of the index, its words, old or new, and its verb: a search finds
    what the document says now, and the change by its heading (the verb alone was "Ändrad
    punkt – " in the index, once for each item, 150 bytes of the real plans'). A removed item's
    words are on no other page, so the changelog's line for it is found."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: re.sub(r"      - id: kollo\n(        .*\n)+?(?=      - id:)", "", text)
         .replace("text: Ingen barnfamilj ska vräkas.", "text: Ingen barnfamilj ska behöva vräkas."))
    edit(root, SOURCE, lambda text: text.replace("- Kolloverksamheten ska byggas ut så att fler barn får åka på kollo.\n", ""))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Kollo stryks")
    changelog, document = _indexed(root, tmp_path, "andringar/", "dokument/bergby-a-plan-2024/")
    assert "Ett nytt härbärge öppnas." in document
    assert "Ett nytt härbärge öppnas." not in changelog and "Ny punkt" not in changelog
    assert "Kolloverksamheten byggs ut" not in document
    assert "Borttagen punkt" in changelog and "Kolloverksamheten byggs ut" in changelog
    assert "Ingen barnfamilj ska behöva vräkas." in document and "Ändrad punkt" not in changelog
    assert "vräkas" not in changelog and "Ändrat dokument: Förslag till verksamhetsplan 2024" in changelog
    shown = (tmp_path / "site" / "andringar" / "index.html").read_text(encoding="utf-8")
    assert "Ny punkt" in shown and "Ändrad punkt" in shown and "Ingen barnfamilj ska behöva vräkas." in shown


def test_search_finds_a_documents_or_topics_new_words_on_its_page_not_their_old_ones_on_the_changelog(
        history_repo, tmp_path):
    """A registry field or a document's summary rewritten came back in the changelog's search
    entries with its old and new words, in full: a topic's easy-read texts, reworded in one
    commit, were 1.5 KB of the real plans' gzipped index. A search finds the topic and the
    document as they read now on their pages; the changelog keeps what changed."""
    root, _ = history_repo
    edit(root, "registry/topics.yaml", lambda text: text.replace(
        "description: Hemlöshet och vräkningar.", "description: Härbärgen, bostad först och avhysningar."))
    edit(root, PLAN, lambda text: text.replace("summary: Arbetarpartiets förslag för socialnämnden i Bergby 2024.",
                                               "summary: Arbetarpartiets nya förslag, med fler härbärgesplatser."))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nya texter")
    changelog, elsewhere = _indexed(root, tmp_path, "andringar/", "")
    for words in ("avhysningar", "fler härbärgesplatser"):
        assert words in elsewhere and words not in changelog, words
    assert "Hemlöshet och vräkningar" not in changelog and "Ändrad återgivning" in changelog
    shown = (tmp_path / "site" / "andringar" / "index.html").read_text(encoding="utf-8")
    assert "avhysningar" in shown and "fler härbärgesplatser" in shown  # still on the page


def test_a_registry_field_changed_alone_keeps_its_old_words_out_of_the_changelogs_heading(history_repo, tmp_path):
    """A commit that changes one topic's text alone is an entry of one line, and the entry's
    title, the changelog's heading for it, was that line: the heading, which the index holds,
    carried the old and new words that the line itself keeps out of it."""
    root, _ = history_repo
    edit(root, "registry/topics.yaml", lambda text: text.replace(
        "description: Hemlöshet och vräkningar.", "description: Härbärgen, bostad först och avhysningar."))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ny beskrivning")
    changelog, _ = _indexed(root, tmp_path, "andringar/", "")
    assert "vräkningar" not in changelog and "avhysningar" not in changelog
    assert "Ändrat ämne Hemlöshet och bostad, beskrivning" in changelog
    shown = (tmp_path / "site" / "andringar" / "index.html").read_text(encoding="utf-8")
    assert "vräkningar" in shown and "avhysningar" in shown  # still on the page


TABLE_PLAN = "plans/bergby-socialnamnden-vp-2024.yaml"


def test_a_changed_table_reaches_the_feeds_of_its_topics_before_and_after_in_swedish(history_repo):
    """A table counts on its topics' pages: retagged from one topic to another and given a
    new caption, it changes both pages, so both feeds tell it, by caption and in Swedish."""
    root, _ = history_repo
    # The caption as the source writes it above the table: a new wording the site and the feeds tell.
    edit(root, TABLE_PLAN, lambda text: text.replace("caption: Resultatbudget", "caption: Resultatbudget, mnkr")
         .replace("topics: [ekonomi]", "topics: [hemloshet]"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Tabellen om hemlöshet")
    built = built_feeds(root)
    for topic in ("hemloshet", "ekonomi"):
        feed = parse_atom(built[f"flode/amnen/{topic}.xml"])
        assert entries(feed)[0][:2] == ("Ändrad återgivning: Socialnämndens verksamhetsplan 2024 (Socialnämnden i Bergby)",
                                        "2026-04-01T12:00:00+02:00"), topic
        content = feed.find(ATOM + "entry").find(ATOM + "content").text
        assert "<li>tabell »Resultatbudget, mnkr», rubrik: »Resultatbudget» → »Resultatbudget, mnkr»</li>" in content
        assert "<li>tabell »Resultatbudget, mnkr», ämnen: + Hemlöshet och bostad, − Ekonomi och budget</li>" in content
        assert "caption" not in content and "topics" not in content
    assert entries(parse_atom(built["flode/amnen/sommarkollo.xml"])) == []


def test_a_changed_figure_is_told_by_row_and_column_as_the_site_writes_it(history_repo):
    root, _ = history_repo
    edit(root, TABLE_PLAN, lambda text: text.replace('values: ["97,7", "63,4"]', 'values: ["97,7", "64,1"]'))
    edit(root, "sources/bergby-socialnamnden-vp-2024.txt",
         lambda text: text.replace("Summa INTÄKTER\t97,7\t63,4", "Summa INTÄKTER\t97,7\t64,1"))
    edit(root, TABLE_PLAN, lambda text: text.replace("quote: Summa INTÄKTER 97,7 63,4", "quote: Summa INTÄKTER 97,7 64,1"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Rättad intäkt")
    content = parse_atom(built_feeds(root)["flode/amnen/ekonomi.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    # The figure that changed, not the whole row twice (the maintainers' audit).
    assert "<li>tabell »Resultatbudget», rad »Summa INTÄKTER»: Budget 2024: 63,4 → Budget 2024: 64,1</li>" in content


def test_a_new_documents_table_reaches_its_topics_feed(history_repo):
    """Only the table of the new document is about `ekonomi`: the topic's page counts it."""
    root, _ = history_repo
    text = (root / TABLE_PLAN).read_text(encoding="utf-8")
    (root / "plans" / "bergby-socialnamnden-vp-2025.yaml").write_text(
        text.replace("vp-2024", "vp-2025").replace("year: 2024", "year: 2025")
        .replace("verksamhetsplan 2024", "verksamhetsplan 2025"), encoding="utf-8")
    source = (root / "sources" / "bergby-socialnamnden-vp-2024.txt").read_text(encoding="utf-8")
    (root / "sources" / "bergby-socialnamnden-vp-2025.txt").write_text(
        source.replace("verksamhetsplan 2024", "verksamhetsplan 2025"), encoding="utf-8")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ny verksamhetsplan")
    feed = parse_atom(built_feeds(root)["flode/amnen/ekonomi.xml"])
    assert entries(feed)[0][:2] == ("Nytt dokument: Socialnämndens verksamhetsplan 2025 (Socialnämnden i Bergby)",
                                    "2026-04-01T12:00:00+02:00")
    content = feed.find(ATOM + "entry").find(ATOM + "content").text
    assert "<li>ny tabell: »Resultatbudget»</li>" in content
    assert "Ny punkt" not in content  # the items are not about this topic


def test_a_commit_outside_plans_and_registry_gives_the_no_changes_entry_no_new_id_or_date(repo):
    """A feed reader shows an entry with a new id as new: a README or code commit must not
    make "Inga ändringar ännu" appear again in every feed."""
    shutil.copy(REPO / "mkdocs.yml", repo / "mkdocs.yml")
    commit_at(repo, DATES[0], "mkdocs.yml")
    plans_revision = git(repo, "log", "-1", "--format=%H", "--", "plans").strip()

    def placeholder():
        site = build_site(repo)
        history = read_history(repo, site)
        feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], history))
        [entry] = feed.findall(ATOM + "entry")
        return history.commit, entry.find(ATOM + "title").text, entry.find(ATOM + "id").text, \
            entry.find(ATOM + "updated").text, feed.find(ATOM + "updated").text

    first = placeholder()
    assert first[1:3] == ("Inga ändringar ännu", f"tag:vem-lovar-vad.github.io,2026:lage/{plans_revision}")
    (repo / "README.md").write_text("Bara dokumentation.\n", encoding="utf-8")
    head = commit_at(repo, DATES[1], "README")
    second = placeholder()
    assert second[1:] == first[1:]
    assert second[0] == head  # the open data still name the commit the site is built from


def test_a_revision_with_a_submodule_in_plans_is_stepped_over_as_refused(project):
    """A checkout of such a revision has a folder in plans/, which the loader refuses; reading
    the same revision for the feeds stopped the build with a traceback (git has no file to give
    for a submodule)."""
    git(project, "init", "-q", "-b", "main")
    commit_at(project, DATES[0], "Planerna")
    # A submodule: a commit of another repository, which this one does not have.
    git(project, "update-index", "--add", "--cacheinfo", f"160000,{'1' * 40},plans/annat")
    env = {**os.environ, "GIT_COMMITTER_DATE": DATES[1], "GIT_AUTHOR_DATE": DATES[1]}
    subprocess.run(["git", "-C", str(project), *AS_A_TEST, "commit", "-q", "-m", "En undermodul"], check=True, env=env, capture_output=True)
    git(project, "rm", "-q", "--cached", "plans/annat")
    edit(project, PLAN, lambda text: text.replace("      - id: kollo", NEW_ITEM + "      - id: kollo"))
    edit(project, SOURCE, lambda text: text + "- Ett nytt härbärge öppnas.\n")
    last = commit_at(project, DATES[2], "Nytt härbärge")
    history = read_history(project, build_site(project))
    [entry] = history.entries  # the last commit against the first: the one between is refused
    assert entry.commit == last
    assert [part.plan_id for part in entry.plans] == [PLAN.removeprefix("plans/").removesuffix(".yaml")]


def test_history_starting_at_a_refused_revision_still_names_the_commit_built_from(repo_with_unreadable_start):
    """The open data page and index.json cite the commit the site is built from, not the
    revision the changelog's first entry stands for."""
    root, fixed = repo_with_unreadable_start
    (root / "README.md").write_text("Bara dokumentation.\n", encoding="utf-8")
    head = commit_at(root, DATES[1], "README")
    history = read_history(root, build_site(root))
    assert (history.commit, history.entries[0].commit, history.entries[0].date) == (head, fixed, DATES[0])


def test_each_feed_leads_back_to_the_page_that_links_it(history_repo):
    """A feed reader's "open website" goes to the feed's own page: the topic's, the actor's,
    the municipality's (each links its feed), and the changelog for the site's."""
    root, _ = history_repo
    built = built_feeds(root)
    alternate = lambda path: {link.get("rel"): link.get("href")  # noqa: E731
                              for link in parse_atom(built[path]).findall(ATOM + "link")}["alternate"]
    assert alternate("flode/alla.xml") == f"{BASE}andringar/"
    assert alternate("flode/amnen/hemloshet.xml") == f"{BASE}amnen/hemloshet/"
    assert alternate("flode/partier/bergby-a.xml") == f"{BASE}partier/bergby-a/"
    assert alternate("flode/kommuner/bergby.xml") == f"{BASE}bergby/"
    site = build_site(root)
    page = render_site(site, read_history(root, site))["bergby/index.md"]
    assert "flode/kommuner/bergby.xml" in page


def test_a_renamed_municipality_is_an_entry_in_its_feed_and_the_sites(history_repo):
    """Its pages and feed titles change with the name: the feeds say so, like an actor's rename."""
    root, _ = history_repo
    edit(root, "registry/municipalities.yaml", lambda text: text.replace("name: Bergby", "name: Bergby kommun"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nytt namn")
    built = built_feeds(root)
    expected = ("Nytt namn på kommun: Bergby → Bergby kommun", "2026-04-01T12:00:00+02:00")
    for path in ("flode/alla.xml", "flode/kommuner/bergby.xml"):
        assert entries(parse_atom(built[path]))[0][:2] == expected, path
    assert entries(parse_atom(built["flode/kommuner/dalby.xml"])) == []
    assert entries(parse_atom(built["flode/partier/bergby-a.xml"]))[0][1] != expected[1]


def test_feeds_state_the_licence_and_its_exception_for_quotes_as_license_data_does(history_repo):
    """A feed carries item texts and changed quotes: whoever republishes it must learn that the
    site's texts are CC BY 4.0 and the quotes are not, as LICENSE-DATA.md says."""
    root, _ = history_repo
    licence = (REPO / "LICENSE-DATA.md").read_text(encoding="utf-8")
    url = re.search(r"CC BY 4\.0, (https://\S+)\)", licence).group(1)
    assert "22 § upphovsrättslagen" in licence
    # An item's text may repeat the document's wording: those words are not the site's either.
    assert "an item's text (`text`) where it repeats the document's wording" in " ".join(licence.split())
    feeds = {path: text for path, text in built_feeds(root).items()
             if path.endswith(".xml") and not path.endswith("sitemap.xml")}
    assert "flode/alla.xml" in feeds and len(feeds) > 3  # the site's, each topic's, actor's and municipality's
    for path, text in feeds.items():
        rights = parse_atom(text).find(ATOM + "rights").text
        assert f"CC BY 4.0 ({url})" in rights, path
        assert ("Citaten ur dokumenten, de arkiverade källtexterna och punkttexter som återger dokumentets ord "
                "omfattas inte av licensen") in rights
        assert "citaträtten (22 § upphovsrättslagen)" in rights


def test_an_entry_title_counts_the_items_so_entries_of_one_document_differ(history_repo):
    """Five entries all titled "Ändrat dokument: Sociala insatser (…)" told a reader nothing."""
    root, _ = history_repo
    second = NEW_ITEM.replace("nytt-harbarge", "fler-harbargen").replace("Ett nytt härbärge öppnas.",
                                                                          "Ett till härbärge öppnas.")
    edit(root, PLAN, lambda text: text.replace("      - id: kollo", second + "      - id: kollo").replace(
        "text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer vräks."))
    edit(root, SOURCE, lambda text: text + "- Ett till härbärge öppnas.\n")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Två ändringar")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    assert entries(feed)[0][0] == "Ändrat dokument: Reviderat förslag 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt, 1 ändrad punkt"


def test_plan_text_with_markup_and_cdata_end_reaches_a_feed_reader_as_text(repo):
    """A title with `<`, `&` and `]]>` is the entry's plain title, and in its HTML content only text."""
    title = 'Skola & vård <b>nu</b> ]]> "alla"'
    edit(repo, PLAN, lambda text: text.replace("title: Förslag till verksamhetsplan 2024", f"title: '{title}'"))
    commit_at(repo, DATES[0], "Ny titel")
    feed = parse_atom(built_feeds(repo)["flode/alla.xml"])
    entry = feed.findall(ATOM + "entry")[0]
    assert entry.find(ATOM + "title").text == f"Ändrad återgivning: {title} (Arbetarpartiet Bergby)"
    content = ET.fromstring(f"<div>{entry.find(ATOM + 'content').text}</div>")  # the HTML a reader shows
    assert "".join(content.find("p").itertext()) == \
        f"Ändrad återgivning: {title} (2024, från mandatperioden 2022–2026) – Arbetarpartiet Bergby. Dokumentets " \
        "arkiverade text är densamma; ändringen gäller webbplatsens rader eller uppgifter om dokumentet."
    assert content.find(".//b") is None


def test_an_actors_name_with_markup_reaches_the_changelog_and_a_feed_reader_as_text(repo):
    """The actor's name beside a changed document comes from the registry, not the plan: with
    `<` and `&` in it, it is text in the feed's HTML content and on the changelog page too."""
    name = "Vård & <b>omsorg</b> i Bergby"
    edit(repo, "registry/actors.yaml", lambda text: text.replace("name: Arbetarpartiet Bergby", f"name: '{name}'"))
    commit_at(repo, DATES[0], "Nytt namn")
    edit(repo, PLAN, lambda text: text.replace("title: Förslag till verksamhetsplan 2024", "title: Reviderat förslag 2024"))
    commit_at(repo, DATES[1], "Ny titel")
    site = build_site(repo)
    pages = render_site(site, read_history(repo, site))
    entry = parse_atom(pages["flode/alla.xml"]).findall(ATOM + "entry")[0]
    content = ET.fromstring(f"<div>{entry.find(ATOM + 'content').text}</div>")  # the HTML a reader shows
    assert f") – {name}. Dokumentets" in "".join(content.find("p").itertext())
    assert content.find(".//b") is None
    changelog = pages["andringar/index.md"]
    assert "– Vård &#38; &#60;b&#62;omsorg&#60;/b&#62; i Bergby." in changelog and "<b>" not in changelog


def test_an_items_text_with_markup_reaches_a_feed_reader_as_text(repo):
    """A changed item is listed in the feeds with its new text and, below it, its old and new
    words: with `<` and `&` in them, a reader shows the text and no element of it."""
    text = "Ingen barnfamilj ska <b>vräkas</b> & ingen ska sova ute."
    edit(repo, PLAN, lambda plan: plan.replace("text: Ingen barnfamilj ska vräkas.", f"text: '{text}'"))
    commit_at(repo, DATES[0], "Ny text")
    entry = parse_atom(built_feeds(repo)["flode/alla.xml"]).findall(ATOM + "entry")[0]
    content = ET.fromstring(f"<div>{entry.find(ATOM + 'content').text}</div>")  # the HTML a reader shows
    assert [item for item in content.iter("li") if "".join(item.itertext()).startswith("Ändrad punkt")]
    assert any("".join(link.itertext()).endswith(f": {text}") for link in content.iter("a"))
    assert content.find(".//b") is None


def test_an_entry_says_whether_the_document_changed_or_only_how_the_site_renders_it(history_repo):
    """Every entry read "Ändrat dokument" and the feeds "what the parties have changed in their
    documents", so an editor's rewording of a party's lines read as the party's own change of
    its plan. The history now names a change whose archived text is the same as a change of
    the rendering, and says of each changed document whether its text changed."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer vräks."))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Omformulerad rad")
    edit(root, SOURCE, lambda text: text.replace("- Ingen barnfamilj ska vräkas.", "- Ingen barnfamilj ska någonsin vräkas."))
    edit(root, PLAN, lambda text: text.replace("quote: Ingen barnfamilj ska vräkas.",
                                               "quote: Ingen barnfamilj ska någonsin vräkas."))
    commit_at(root, "2026-04-02T12:00:00+02:00", "Ny version av dokumentet")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    (text_changed, _, _), (rendering, _, _) = entries(feed)[:2]
    assert text_changed == "Ändrat dokument: Reviderat förslag 2024 (Arbetarpartiet Bergby)\u00a0– 1 ändrad punkt"
    assert rendering == "Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)\u00a0– 1 ändrad punkt"
    first, second = (entry.find(ATOM + "content").text for entry in feed.findall(ATOM + "entry")[:2])
    assert "– Arbetarpartiet Bergby. Dokumentets arkiverade text har ändrats.</p>" in first
    assert ("– Arbetarpartiet Bergby. Dokumentets arkiverade text är densamma; ändringen gäller webbplatsens rader "
            "eller uppgifter om dokumentet.</p>") in second
    assert feed.find(ATOM + "subtitle").text.startswith("Vad som har lagts till, tagits bort och ändrats i "
                                                        "webbplatsens uppgifter om partiernas")


def test_a_changed_document_says_which_term_it_is_from_in_the_feeds_and_the_changelog(history_repo):
    """A correction to a plan from an earlier term read, in a feed reader and on the changes page,
    like news of current policy. Each document still on the site is named with its term as its
    pages name it; a removed one has no pages to go by."""
    root, _ = history_repo
    site = build_site(root)
    history = read_history(root, site)
    plan = next(p for p in site.plans if p.id == "bergby-a-plan-2024")
    assert plan.earlier_term and plan.term.name == "2022–2026"  # dated 2024; today is in 2026–2030
    # Inside the sentence, in lower case, after the document's year: every line naming a document
    # says how old it is (the neutrality audit: dated ones gave only their term).
    term = "2024, från mandatperioden 2022–2026"
    rendered = render_site(site, history)
    contents = [entry.find(ATOM + "content").text for entry in parse_atom(rendered["flode/alla.xml"]).findall(ATOM + "entry")]
    named = [content for content in contents if "dokument/bergby-a-plan-2024/" in content]
    assert len(named) == 2 and all(f"</a> ({term}) – Arbetarpartiet Bergby. Dokumentets arkiverade text " in content
                                   for content in named)
    removed = next(content for content in contents if "Östra listans socialpolitik" in content)
    assert "mandatperiod" not in removed.lower()
    page = rendered["andringar/index.md"]
    assert page.count(f'</a> (<span class="vlv-term vlv-term-earlier">2024, från mandatperioden '
                      f'<span class="vlv-nowrap">2022–2026</span></span>) – Arbetarpartiet Bergby. <span '
                      'data-search-exclude>Dokumentets ') == 2


def test_an_earlier_entry_keeps_its_words_when_the_document_is_edited_or_removed_later(history_repo):
    """A feed reader shows an entry again only when its `updated` changes, which it does not:
    an entry whose words followed the document as it is today (its year, its term; a removed
    one's, none) read one way to those who read it first and another to those who came later,
    with nothing to tell them. Its words are its commit's; only where its links lead follows."""
    root, _ = history_repo
    def older(built):
        return [(e.find(ATOM + "updated").text, e.find(ATOM + "content").text)
                for e in parse_atom(built["flode/alla.xml"]).findall(ATOM + "entry") if e.find(ATOM + "updated").text in DATES[:2]]
    before = older(built_feeds(root))
    assert all("(2024, från mandatperioden 2022–2026)" in content for _, content in before) and len(before) == 2
    edit(root, PLAN, lambda text: text.replace("\nyear: 2024\n", "\nyear: 2023\ndating_inferred: true\n"
                                               "dating_note: Året står i filnamnet.\n", 1))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Rättat år")
    assert older(built_feeds(root)) == before
    (root / PLAN).unlink()
    (root / SOURCE).unlink()
    commit_at(root, "2026-05-01T12:00:00+02:00", "Dokumentet tas bort")
    assert [(date, re.sub(r"<a [^>]*>|</a>", "", content)) for date, content in older(built_feeds(root))] == [
        (date, re.sub(r"<a [^>]*>|</a>", "", content)) for date, content in before]


def test_a_feed_says_when_a_term_not_yet_begun_begins_which_stays_true(history_repo, monkeypatch):
    """The dates audit: an entry said "Gäller mandatperioden …, som inte har börjat", and a feed
    reader keeps an entry as it was when read (its `updated` does not change), so the words
    were still shown, untrue, once the term had begun. The entry names the day it begins."""
    root, _ = history_repo
    # A term not begun: the plan, as the newest commit has it, is dated in one registered after today's.
    edit(root, "registry/terms.yaml", lambda text: text + "  - id: 2030-2034\n    name: 2030–2034\n"
         "    starts: 2030-10-15\n    ends: 2034-10-14\n")
    edit(root, PLAN, lambda text: text.replace("\nyear: 2024\n", "\nyear: 2031\ndating_inferred: true\n"
                                               "dating_note: Året står i filnamnet.\n", 1)
         .replace("retrieved: 2026-11-22", "retrieved: 2030-06-01"))
    # Built as of its retrieval: a document is for a year at most one after it was retrieved.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(calendar.timegm((2030, 6, 1, 12, 0, 0))))
    commit_at(root, "2030-06-01T12:00:00+02:00", "Ny mandatperiod och nytt år")
    site = build_site(root)
    plan = next(p for p in site.plans if p.id == "bergby-a-plan-2024")
    assert plan.term_note() == ("upcoming", "Gäller mandatperioden 2030–2034, som inte har börjat")  # as its page says
    rendered = render_site(site, read_history(root, site))
    contents = [entry.find(ATOM + "content").text for entry in parse_atom(rendered["flode/alla.xml"]).findall(ATOM + "entry")]
    assert "</a> (ca\u00a02031, gäller mandatperioden 2030–2034, som börjar den 15 oktober 2030) – " in contents[0]
    assert not any("inte har börjat" in content for content in contents)


ATTRIBUTED_PLAN = "plans/dalby-m-uppfoljning.yaml"  # the fixture's document whose actor outside sources name


def test_a_document_whose_actor_other_sources_name_says_so_in_the_feeds_and_the_changelog(history_repo):
    """A feed and the changelog named the Dalby follow-up as Mittenpartiet's ("(Mittenpartiet
    Dalby)", "– Mittenpartiet Dalby.") with no word that the site has whose it is from other
    sources, which every page showing it as the party's says. Its entry says so in the same
    words, in its title and beside the actor, linked to the document page's note; a document
    that says whose it is carries no such words."""
    root, _ = history_repo
    edit(root, ATTRIBUTED_PLAN, lambda text: text.replace("text: Fler platser på barnkolonin.",
                                                          "text: Fler platser på barnkolonin i sommar."))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Omformulerad rad")
    built = built_pages(root)
    note = "tillskrivning från andra källor"
    for path in ("flode/alla.xml", "flode/partier/dalby-m.xml", "flode/kommuner/dalby.xml",
                 "flode/kommuner/dalby/sommarkollo.xml"):
        feed = parse_atom(built[path])
        titles = [title for title, _, _ in entries(feed)]
        assert titles[0] == f"Ändrad återgivning: Uppföljning av våra vallöften (Mittenpartiet Dalby · {note})\u00a0– 1 ändrad punkt", path
        contents = [entry.find(ATOM + "content").text for entry in feed.findall(ATOM + "entry")]
        assert (f'</a> (2020–2021, från mandatperioden 2018–2022) – Mittenpartiet Dalby · <a href="'
                f'{BASE}dokument/dalby-m-uppfoljning/#tillskrivning">{note}</a>. Dokumentets') in contents[0], path
    site_titles = [title for title, _, _ in entries(parse_atom(built["flode/alla.xml"]))]
    assert len(site_titles) == 4 and not any(note in title for title in site_titles[1:])
    assert not any(note in built[path] for path in ("flode/partier/bergby-a.xml", "flode/kommuner/bergby.xml"))
    page = built["andringar/index.md"]
    assert page.count(note) == 2
    assert (f'– Mittenpartiet Dalby · <a href="../dokument/dalby-m-uppfoljning/#tillskrivning">{note}</a>. '
            '<span data-search-exclude>') in page

@pytest.fixture(scope="module")
def fixture_pages():
    """The fixture project's pages and files, and its linked model."""
    site = build_site(FIXTURE)
    return render_site(site), site


def test_a_documents_page_links_its_actors_feed(fixture_pages):
    """A reader of a party's document can follow that party's changes from the page: a link
    at its end, and the feed announced in its head for feed readers."""
    pages, site = fixture_pages
    for plan in site.plans:
        page = pages[f"dokument/{plan.id}.md"]
        feed = f"flode/partier/{plan.actor.id}.xml"
        assert (f'<p><strong>Följ ändringar:</strong> <a href="../../{feed}" type="application/atom+xml">'
                f"Atom-flöde med ändringar från {plan.actor.name}</a>") in page, plan.id
        assert f'\nfeed: "{feed}"\nfeed_title: "{plan.actor.name} – ändringar på Vem lovar vad?"\n' in page
        assert feed in pages


def test_a_comparison_page_links_the_feed_of_its_topic_in_its_municipality(fixture_pages):
    """The page of one topic in one municipality offers that subscription: a link at its end,
    and the feed announced in its head for feed readers."""
    pages, site = fixture_pages
    checked = 0
    for municipality in site.municipalities:
        for row in municipality.topic_rows:
            feed = f"flode/kommuner/{municipality.id}/{row.topic.id}.xml"
            page = pages[f"{municipality.id}/{row.topic.id}.md"]
            assert (f'<p><strong>Följ ändringar:</strong> <a href="../../{feed}" type="application/atom+xml">'
                    "Atom-flöde för den här sidan</a>") in page, (municipality.id, row.topic.id)
            assert (f'\nfeed: "{feed}"\nfeed_title: "{municipality.name}: {row.topic.name} '
                    f'– ändringar på Vem lovar vad?"\n') in page
            assert feed in pages
            checked += 1
    assert checked >= 2 * len(site.topics)


def test_each_feed_says_whose_documents_its_changes_concern(fixture_pages):
    """Every feed's subtitle said it followed "partiernas och förvaltningarnas dokument", also
    Dalby's, whose one actor is a party, a party's own feed and a topic's in one municipality.
    Each now says whose documents it follows, a municipality's named by its actors' kinds and
    number as its page names them, and as the ones on the site ("dokumenten från partiet i
    Dalby" read, in a feed reader, as if Dalby had one party); the site's and a topic's across
    the country name the site's actors so too ("förvaltningarnas" of the one administration on
    the site). An actor's says, as its page does beside each document,
    where only other sources name the actor: Mittenpartiet's said nothing of it, nor Dalby's,
    whose page says it beside its one document, Mittenpartiet's follow-up. Of one document,
    an actor's and a municipality's say "dokumentet", as their pages do: "dokumenten" said more."""
    _, site = fixture_pages
    history = feeds.without_history(site, BASE, "0" * 40, DATES[0], shallow=False)
    said = {feed.path: ET.fromstring(feeds.atom(feed, history).encode("utf-8")).find(ATOM + "subtitle").text
            for feed in feeds.site_feeds(site)}
    changed = "Vad som har lagts till, tagits bort och ändrats i webbplatsens uppgifter om "
    assert said["flode/alla.xml"] == changed + "partiernas och förvaltningens dokument."
    assert said["flode/amnen/hemloshet.xml"] == changed + "hemlöshet och bostad i partiernas och förvaltningens dokument."
    # Its one document is the follow-up, whose actor only other sources name, as its page says.
    assert said["flode/partier/dalby-m.xml"] == changed + "dokumentet från Mittenpartiet Dalby · tillskrivning från andra källor."
    assert said["flode/partier/bergby-a.xml"] == changed + "dokumentet från Arbetarpartiet Bergby."
    assert said["flode/kommuner/dalby.xml"] == (
        changed + "dokumentet från partiet i Dalby som finns på webbplatsen · tillskrivning från andra källor.")
    assert said["flode/kommuner/bergby.xml"] == changed + "dokumenten från partierna och förvaltningen i Bergby som finns på webbplatsen."
    assert said["flode/kommuner/bergby/hemloshet.xml"] == (
        changed + "hemlöshet och bostad i dokumenten från partierna och förvaltningen i Bergby "
        "som finns på webbplatsen.")


def test_the_changelog_page_says_whose_documents_it_lists_as_the_site_feed_does(fixture_pages):
    """The changelog page lists the site feed's changes, and its lead and description said
    "partiernas och förvaltningarnas dokument" where the feed, since this session, names the
    site's actors by their kinds and number: one administration is "förvaltningens"."""
    pages, site = fixture_pages
    page = pages[paths.CHANGELOG]
    lead = "Vad som har lagts till, tagits bort och ändrats i webbplatsens uppgifter om partiernas och förvaltningens dokument, nyaste först."
    assert site.whose_documents == "partiernas och förvaltningens dokument"
    front = yaml.safe_load(page.split("---\n")[1])
    assert f'<p class="vlv-lead">{lead} ' in page and html.unescape(front["description"]) == lead
    assert "förvaltningarnas" not in page


@pytest.mark.parametrize("about", [paths.ABOUT, paths.OPEN_DATA])
def test_the_about_and_open_data_pages_say_whose_documents_the_site_holds_as_its_feeds_do(fixture_pages, about):
    """The about page (its lead and description) and the open-data page (what the feeds follow)
    said "partiernas och förvaltningarnas dokument" where the feeds and the changelog name the
    site's actors by their kinds and number: one administration is "förvaltningens"."""
    pages, site = fixture_pages
    page = pages[about]
    assert site.whose_documents == "partiernas och förvaltningens dokument"
    assert site.whose_documents in page and "förvaltningarnas" not in page


def test_the_home_page_names_the_sites_actors_as_its_feeds_do(fixture_pages):
    """The home page's lead said "vad partierna och förvaltningarna åtar sig", several
    administrations where the site has one, which its feeds and about page name so."""
    pages, site = fixture_pages
    assert site.who == "partierna och förvaltningen"
    assert '<p class="vlv-lead">Här kan du jämföra vad partierna och förvaltningen åtar sig inom socialtjänsten' in pages[paths.HOME]


HOME_CHOICE = "Under kommunen väljer du ett ämne och ser då åtagandena från kommunens {} på webbplatsen sida vid sida."
TOPIC_CHOICE = "Välj din kommun för att se vad dess {} på webbplatsen åtar sig om ämnet, sida vid sida."


def test_the_home_and_topic_pages_name_a_municipalitys_actors_as_every_municipality_has_them(fixture_pages, project):
    """The home page said the documents chosen under a municipality were "kommunens partier och
    förvaltning", and a topic's page "dess partier och förvaltning", also of Dalby, whose one
    actor is a party. Where the municipalities' actors differ they are "aktörer", as the topic's
    page counts them; where every one has parties and an administration, as Bergby has, the
    words are those again (`link.Site.theirs`). The list of topics and of actors name the
    site's as the home page's lead does: "förvaltningarna" said several where there is one."""
    pages, site = fixture_pages
    assert HOME_CHOICE.format("aktörer") in pages[paths.HOME]
    assert TOPIC_CHOICE.format("aktörer") in pages[paths.topic_page("hemloshet")]
    assert "Välj ett ämne för att se vad partierna och förvaltningen på webbplatsen åtar sig" in pages[paths.TOPICS]
    actors = pages[paths.ACTORS]
    assert '\ndescription: "Partierna och förvaltningen som webbplatsen tar upp, kommun för kommun."\n' in actors
    assert "<p>Partierna och förvaltningen som webbplatsen tar upp. Välj en kommun" in actors
    registry = project / "registry" / "actors.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + (
        "  - {id: dalby-sn, name: Socialnämnden i Dalby, short: SN, kind: administration, municipality: dalby}\n"
        "  - {id: dalby-x, name: Xpartiet Dalby, short: X, kind: party, municipality: dalby}\n"),
        encoding="utf-8")
    alike = build_site(project)
    pages = render_outputs(alike, [output for output in site_outputs(alike)
                                   if output.path in (paths.HOME, paths.topic_page("hemloshet"))], workers=1)
    assert HOME_CHOICE.format("partier och förvaltning") in pages[paths.HOME]
    assert TOPIC_CHOICE.format("partier och förvaltning") in pages[paths.topic_page("hemloshet")]


def test_the_home_and_topic_pages_say_side_by_side_only_where_a_municipality_has_several_actors(project):
    """Where every municipality has one actor, as Bergby's party and Dalby's are here, the home
    page said the one chosen under a municipality stood "kommunens parti på webbplatsen sida vid
    sida", a topic's page "dess parti … åtar sig om ämnet, sida vid sida", and the list of topics
    "vad partierna på webbplatsen åtar sig, sida vid sida": nothing stands beside it
    (`link.Site.side_by_side`), as a municipality's pages say it of one actor."""
    registry = project / "registry" / "actors.yaml"
    gone = ("bergby-o", "bergby-socialnamnden", "bergby-t")
    actors = registry.read_text(encoding="utf-8").split("\n  - ")
    registry.write_text("\n  - ".join(actor for actor in actors if not actor.startswith(tuple(f"id: {id}\n" for id in gone))),
                        encoding="utf-8")
    for folder, suffix in (("plans", ".yaml"), ("sources", ".txt")):
        for path in (project / folder).glob(f"*{suffix}"):
            if path.name.startswith(gone):
                path.unlink()
    alone = build_site(project)
    assert [municipality.actor_count for municipality in alone.municipalities] == [1, 1]
    pages = render_outputs(alone, [output for output in site_outputs(alone)
                                   if output.path in (paths.HOME, paths.TOPICS, paths.topic_page("hemloshet"))], workers=1)
    assert HOME_CHOICE.replace(" sida vid sida", "").format("parti") in pages[paths.HOME]
    assert TOPIC_CHOICE.replace(", sida vid sida", "").format("parti") in pages[paths.topic_page("hemloshet")]
    assert "Välj ett ämne för att se vad partierna på webbplatsen åtar sig. Siffrorna" in pages[paths.TOPICS]
    assert "sida vid sida" not in pages[paths.HOME] + pages[paths.TOPICS] + pages[paths.topic_page("hemloshet")]


def test_an_actors_feed_says_of_how_many_of_its_documents_other_sources_name_the_actor(project):
    """An actor's feed subtitle says whose documents it follows as the actor's page says it
    beside each of them: Mittenpartiet's platform says whose it is, its follow-up does not, so the
    note is said of the one, not of both nor of none."""
    (project / "plans" / f"{PLATFORM}.yaml").write_text(PLATFORM_PLAN, encoding="utf-8")
    (project / "sources" / f"{PLATFORM}.txt").write_text(PLATFORM_SOURCE, encoding="utf-8")
    site = build_site(project)
    feed = next(feed for feed in feeds.site_feeds(site) if feed.path == "flode/partier/dalby-m.xml")
    history = feeds.without_history(site, BASE, "0" * 40, DATES[0], shallow=False)
    assert ET.fromstring(feeds.atom(feed, history).encode("utf-8")).find(ATOM + "subtitle").text == (
        "Vad som har lagts till, tagits bort och ändrats i webbplatsens uppgifter om dokumenten från "
        "Mittenpartiet Dalby · tillskrivning från andra källor för 1 av 2 dokument.")


def test_a_municipalitys_feeds_say_of_how_many_of_its_documents_other_sources_name_the_actor(project):
    """A municipality's feed and its topics' say whose documents they follow as the municipality's
    page says it beside each of them, of how many where of some: Dalby's platform says whose it
    is, Mittenpartiet's follow-up does not. Neither said anything of it."""
    (project / "plans" / f"{PLATFORM}.yaml").write_text(PLATFORM_PLAN, encoding="utf-8")
    (project / "sources" / f"{PLATFORM}.txt").write_text(PLATFORM_SOURCE, encoding="utf-8")
    site = build_site(project)
    history = feeds.without_history(site, BASE, "0" * 40, DATES[0], shallow=False)
    said = {feed.path: ET.fromstring(feeds.atom(feed, history).encode("utf-8")).find(ATOM + "subtitle").text
            for feed in feeds.site_feeds(site)}
    whose = "dokumenten från partiet i Dalby som finns på webbplatsen · tillskrivning från andra källor för 1 av 2 dokument."
    changed = "Vad som har lagts till, tagits bort och ändrats i webbplatsens uppgifter om "
    assert said["flode/kommuner/dalby.xml"] == changed + whose
    assert said["flode/kommuner/dalby/hemloshet.xml"] == changed + "hemlöshet och bostad i " + whose
    assert said["flode/kommuner/bergby.xml"] == (
        changed + "dokumenten från partierna och förvaltningen i Bergby som finns på webbplatsen.")


def _history_of(site, parts_per_entry: list[feeds.PlanPart]) -> feeds.History:
    """A history of one commit per part, newest first."""
    start = datetime.datetime(2026, 6, 30, 12, tzinfo=datetime.timezone.utc)
    entries = tuple(feeds.Entry(f"{n:040x}", (start - datetime.timedelta(days=n)).isoformat(), (part,))
                    for n, part in enumerate(parts_per_entry))
    return feeds.History("0" * 40, feeds.DEFAULT_BASE_URL, entries)


def _part(site, verb: str, item_verb: str, items: int) -> feeds.PlanPart:
    plan = next(p for p in site.plans if p.id == "bergby-a-plan-2024")
    text = "Socialtjänsten ska ge stöd till alla som behöver det, i hela kommunen och hela året. " * 3
    lines = tuple(feeds.ItemLine(item_verb, "Mål", text, plan.id, f"punkt-{i}", True, ("hemloshet",))
                  for i in range(items))
    return feeds.PlanPart(verb, plan.id, plan.data.title, plan.actor.id, plan.actor.name, plan.municipality.id,
                          True, (), lines, plan.term_note(True))


def test_the_changelog_page_stays_small_when_every_commit_adds_a_large_document():
    """P4 for the changelog: the history keeps 50 commits, and one commit may add a document of
    up to 2,000 items. Listed item by item, the page would grow past 100 KB with a few new
    documents (the whole country adds hundreds a year); a new document's items are on its page,
    so the changelog counts them, and so do the feeds, but for a topic's: there the new items
    on the topic are the news."""
    site = build_site(FIXTURE)
    history = _history_of(site, [_part(site, "Nytt dokument", "Ny punkt", 2000) for _ in range(50)])
    page = render_site(site, history)["andringar/index.md"]
    one = render_site(site, _history_of(site, [_part(site, "Nytt dokument", "Ny punkt", 2000)]))["andringar/index.md"]
    # Each entry of 2,000 items takes under 1 KB (about 570 bytes; listed, one would take 100 KB);
    # the page's fixed part (its lead, the data format's changes) grows only with the format. The
    # theme adds about 16 KB around the page: 84 KB keeps it under P4's 100 KB.
    assert (len(page.encode("utf-8")) - len(one.encode("utf-8"))) / 49 < 1024
    assert len(page.encode("utf-8")) < 84 * 1024
    assert page.count("<li data-search-exclude>2000 nya punkter</li>") == 50 and "<strong>Ny punkt</strong>" not in page
    contents = {(feed.scope, feed.scope_id): [entry.find(ATOM + "content").text
                                              for entry in parse_atom(feeds.atom(feed, history)).findall(ATOM + "entry")]
                for feed in feeds.site_feeds(site)}
    for scope in (("site", ""), ("actor", "bergby-a"), ("municipality", "bergby")):
        assert len(contents[scope]) == 50 and all("<li>2000 nya punkter</li>" in text and "Ny punkt" not in text
                                                  for text in contents[scope]), scope
    # A topic's feed lists them, up to an entry's limit, and counts the rest.
    rest = swedish.count(2000 - feeds.FEED_ENTRY_LINES, "ny punkt", "nya punkter")
    assert all(text.count("<strong>Ny punkt</strong>") == feeds.FEED_ENTRY_LINES and f"<li>Fler: {rest}</li>" in text
               for text in contents[("topic", "hemloshet")])


def test_a_feeds_entry_lists_a_large_change_up_to_its_limit_then_counts_it():
    """A feed keeps 50 entries: a commit that changed 2,000 items of a document, listed line by
    line in each, made the site's feed 45 MB (the feeds audit), more than a feed reader fetches."""
    site = build_site(FIXTURE)
    history = _history_of(site, [_part(site, "Ändrat dokument", "Ändrad punkt", 2000) for _ in range(50)])
    rest = swedish.count(2000 - feeds.FEED_ENTRY_LINES, "ändrad punkt", "ändrade punkter")
    for feed in feeds.site_feeds(site)[:1]:
        atom = feeds.atom(feed, history)
        contents = [entry.find(ATOM + "content").text for entry in parse_atom(atom).findall(ATOM + "entry")]
        assert len(contents) == 50 and all(text.count("<strong>Ändrad punkt</strong>") == feeds.FEED_ENTRY_LINES
                                           and f"<li>Fler: {rest}</li>" in text for text in contents)
        assert len(atom.encode("utf-8")) < 5 * 1024 * 1024


def test_the_changelog_page_lists_changed_items_up_to_its_limit_then_counts_them(monkeypatch):
    monkeypatch.setattr(feeds, "CHANGELOG_BYTES", 10**6)  # the limit of lines, apart from the one of size
    site = build_site(FIXTURE)
    history = _history_of(site, [_part(site, "Ändrat dokument", "Ändrad punkt", 100) for _ in range(3)])
    page = render_site(site, history)["andringar/index.md"]
    assert page.count("<strong>Ändrad punkt</strong>") == feeds.CHANGELOG_LINES == 150
    newest, middle, oldest = page.split("\n## ")[1:4]
    assert newest.count("<strong>Ändrad punkt</strong>") == 100 and "Fler:" not in newest
    assert middle.count("<strong>Ändrad punkt</strong>") == 50 and "<li data-search-exclude>Fler: 50 ändrade punkter</li>" in middle
    assert "<strong>Ändrad punkt</strong>" not in oldest and "<li data-search-exclude>100 ändrade punkter</li>" in oldest
    feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], history))
    assert [entry.find(ATOM + "content").text.count("<strong>Ändrad punkt</strong>")
            for entry in feed.findall(ATOM + "entry")] == [100, 100, 100]


def test_the_changelog_page_stays_small_when_every_commit_changes_long_quotes():
    """P4 by size: 150 lines kept the page short only while its lines were. A changed quote's
    line shows its old and new words; the real plans' page was 129 KB of HTML with the theme.
    50 commits of 150 items whose quotes of 1,000 characters changed, and 200 registry lines:
    the page lists newest first what fits and counts the rest, per document and per change."""
    site = build_site(FIXTURE)
    old, new = "»" + "Gammal lydelse. " * 62 + "»", "»" + "Ny lydelse här. " * 62 + "»"
    quote = (feeds.DetailLine(f"text: {old} → {new}"),)
    part = _part(site, "Ändrat dokument", "Ändrad punkt", 150)
    part = replace(part, items=tuple(replace(item, details=quote) for item in part.items))
    # The oldest change is one short line, which would fit in what the others leave: newest
    # first, nothing is listed once a line has not fitted.
    history = _history_of(site, [part] * 49 + [_part(site, "Ändrat dokument", "Ändrad punkt", 1)])
    registry = tuple(feeds.RegistryLine(f"Ändrat ämne t{n}, beskrivning: {old} → {new}", topic=f"t{n}", title=f"Ändrat ämne t{n}")
                     for n in range(200))
    history = replace(history, entries=(replace(history.entries[0], plans=(), registry=registry),) + history.entries[1:])
    page = render_site(site, history)["andringar/index.md"]
    assert len(page.encode("utf-8")) < 84 * 1024
    newest, second, *_, oldest = page.split("\n## ")[1:51]
    listed = newest.count("<li data-search-exclude>Ändrat ämne")
    assert 0 < listed < 200 and f"<li data-search-exclude>Fler: {200 - listed} ändringar i registren</li>" in newest
    assert "<li data-search-exclude>150 ändrade punkter</li>" in second and "<li data-search-exclude>1 ändrad punkt</li>" in oldest
    # Without the registry's lines, the newest document's items are listed while they fit.
    newest = render_site(site, _history_of(site, [part] * 50))["andringar/index.md"].split("\n## ")[1]
    listed = newest.count("<strong>Ändrad punkt</strong>")
    assert 0 < listed < 150 and f"<li data-search-exclude>Fler: {150 - listed} ändrade punkter</li>" in newest
    # A feed's entry lists what fits in its own limit, each entry anew, and counts the rest:
    # listed to 150 lines, the site's feed was 19 MB.
    atom = feeds.atom(feeds.site_feeds(site)[0], history)
    contents = [entry.find(ATOM + "content").text for entry in parse_atom(atom).findall(ATOM + "entry")]
    assert contents[0].count("Ändrat ämne t") == 200 and len(atom.encode("utf-8")) < 5 * 1024 * 1024
    listed = contents[1].count("<strong>Ändrad punkt</strong>")
    assert 0 < listed < 150 and all(text.count("<strong>Ändrad punkt</strong>") == listed
                                    and f"<li>Fler: {150 - listed} ändrade punkter</li>" in text for text in contents[1:-1])


def test_a_feeds_entry_and_the_changelog_list_lines_in_another_language_within_their_bytes_marks_and_all():
    """A changed row of an English document's table names each changed figure's column, each in
    a span that says its language: a line's bytes were measured without those marks, half of
    what it writes here, so a feed's entry listed 150 such lines, 97 KB where 72 KB are allowed.
    The lines listed, as written, fit; the rest are counted."""
    site = build_site(FIXTURE)
    pieces = (("tabell »", ""), ("Operating budget", "en"), ("», rad »", ""), ("Total costs", "en"), ("»: ", ""))
    for year in range(2020, 2032):
        pieces += ((f"Year {year}", "en"), (": 12 → 13; ", ""))
    row = feeds.DetailLine("".join(text for text, _ in pieces), pieces=pieces)
    history = _history_of(site, [replace(_part(site, "Ändrat dokument", "Ändrad punkt", 0), details=(row,) * 150)])
    entry = parse_atom(feeds.atom(feeds.site_feeds(site)[0], history)).find(ATOM + "entry").find(ATOM + "content").text
    page = render_site(site, history)["andringar/index.md"]
    for html_, limit in ((entry, feeds.FEED_ENTRY_BYTES), (page, feeds.CHANGELOG_BYTES)):
        lines = re.findall(r"<li(?: data-search-exclude)?>tabell ».*?</li>", html_)
        assert 'lang="en"' in lines[0] and 0 < len(lines) < 150, len(lines)
        assert len("".join(lines).encode("utf-8")) <= limit
        assert f"Fler: {150 - len(lines)} ändringar i dokumentets uppgifter eller tabeller</li>" in html_


def test_the_changelog_page_says_how_much_of_a_change_a_feed_lists():
    """The page said "Flödena visar alla ändringar" after each feed's entry came to list at
    most `FEED_ENTRY_LINES` lines and count the rest (aff0577): a reader who found a count in
    their feed reader was told it would list everything. It says the limit, and that a topic's
    feed, also one topic's in one municipality, lists a new document's items."""
    site = build_site(FIXTURE)
    page = render_site(site, _history_of(site, [_part(site, "Ändrat dokument", "Ändrad punkt", 1)]))["andringar/index.md"]
    assert "Flödena visar alla ändringar" not in page
    assert (f"Ett flöde visar högst {feeds.FEED_ENTRY_LINES}&nbsp;ändringar per post och räknar resten; ett nytt "
            "dokuments punkter visas bara i flödena för ett ämne, i hela landet eller i en kommun.") in page


def test_the_changelog_page_lists_a_documents_changed_fields_and_tables_up_to_its_limit_then_counts_them(monkeypatch):
    """A changed table of 100 rows is 100 lines too: within the page's limit like changed
    items and sharing it with them, the rest counted, and every one of them in the feeds."""
    monkeypatch.setattr(feeds, "CHANGELOG_BYTES", 10**6)  # the limit of lines, apart from the one of size
    site = build_site(FIXTURE)
    rows = tuple(feeds.DetailLine(f"tabell »Resultatbudget», rad {row}: »12« → »13«") for row in range(100))
    history = _history_of(site, [replace(_part(site, "Ändrat dokument", "Ändrad punkt", 0), details=rows)
                                 for _ in range(3)])
    page = render_site(site, history)["andringar/index.md"]
    newest, middle, oldest = page.split("\n## ")[1:4]
    assert newest.count("»Resultatbudget»") == 100 and "Fler:" not in newest
    assert middle.count("»Resultatbudget»") == 50
    assert "<li data-search-exclude>Fler: 50 ändringar i dokumentets uppgifter eller tabeller</li>" in middle
    assert "»Resultatbudget»" not in oldest and "<li data-search-exclude>100 ändringar i dokumentets uppgifter eller tabeller</li>" in oldest
    feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], history))
    assert [entry.find(ATOM + "content").text.count("»Resultatbudget»") for entry in feed.findall(ATOM + "entry")] == [100] * 3
    # Rows and items of one document share the limit: 100 rows leave room for 50 items.
    both = replace(_part(site, "Ändrat dokument", "Ändrad punkt", 100), details=rows)
    page = render_site(site, _history_of(site, [both]))["andringar/index.md"]
    assert page.count("»Resultatbudget»") == 100 and page.count("<strong>Ändrad punkt</strong>") == 50
    assert "<li data-search-exclude>Fler: 50 ändrade punkter</li>" in page


def test_a_project_in_a_folder_of_a_larger_repository_reads_its_own_history(project, tmp_path):
    """A project kept in a folder of another repository (an organisation's own repository)
    builds its changelog and feeds from the commits of its files. Git names a file from the
    repository's root (`vem-lovar-vad/plans/…`); read as the project's own path, the first
    earlier revision stopped the build with a traceback."""
    outer = tmp_path / "organisation"
    root = outer / "vem-lovar-vad"
    shutil.copytree(project, root)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    subprocess.run(["git", "init", "-q", str(outer)], check=True)
    commit_at(outer, DATES[0], "Början")
    edit(root, PLAN, lambda text: text.replace("      - id: kollo", NEW_ITEM + "      - id: kollo"))
    edit(root, SOURCE, lambda text: text + "- Ett nytt härbärge öppnas.\n")
    commit_at(outer, DATES[1], "Nytt härbärge")
    feed = parse_atom(built_feeds(root)["flode/alla.xml"])
    assert entries(feed)[0] == ("Ändrat dokument: Förslag till verksamhetsplan 2024 (Arbetarpartiet Bergby)\u00a0– 1 ny punkt",
                                DATES[1], f"{BASE}dokument/bergby-a-plan-2024/")


def test_a_project_unpacked_in_another_repositorys_folder_has_no_history_there(project, tmp_path):
    """A release tarball unpacked inside the folder of some other repository (a home folder
    kept in git, a CI workspace) found that repository's git: the changelog said the plans had
    not changed since the first documents were added, and the open data named that
    repository's commit as the one the site was built from."""
    outer = tmp_path / "annat-repo"
    subprocess.run(["git", "init", "-q", str(outer)], check=True)
    (outer / "README.md").write_text("Ett annat projekt.\n", encoding="utf-8")
    commit_at(outer, DATES[0], "Ett annat projekt")
    root = outer / "vem-lovar-vad"
    shutil.copytree(project, root)  # unpacked, not committed
    site = build_site(root)
    history = read_history(root, site)
    assert (history.commit, history.commit_date) == ("okänd", "")
    feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], history))
    assert [title for title, _, _ in entries(feed)] == ["Ändringshistoriken finns inte i det här bygget"]


def test_the_changelog_and_the_feeds_name_a_kind_or_status_in_swedish_without_its_yaml_value(history_repo, cli):
    """"Förslag (proposal) → Antagen (adopted)" put English words before voters: the YAML value
    helps the party office that writes it, in the pull request's summary, and only there."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("status: proposal", "status: adopted")
         .replace("        kind: goal\n        text: Ingen barnfamilj", "        kind: priority\n        text: Ingen barnfamilj"))
    edit(root, "registry/actors.yaml", lambda text: text.replace("short: A\n    kind: party", "short: A\n    kind: other"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Antagen plan")
    site = build_site(root)
    rendered = render_site(site, read_history(root, site))
    content = parse_atom(rendered["flode/alla.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    page = rendered["andringar/index.md"]
    for shown in (content, page):
        assert ">status: Förslag → Antagen</li>" in shown
        assert "<li>typ: Mål → Prioritering</li>" in shown
        assert "typ: Parti → Annan aktör" in shown
        assert not re.search(r"\((proposal|adopted|goal|priority|party|other)\)", shown)
    summary = cli("--root", str(root), "changes", "--base", "HEAD~1").out
    assert "- status: Förslag (proposal) → Antagen (adopted)" in summary
    assert "  - typ: Mål (goal) → Prioritering (priority)" in summary


def test_a_registry_change_names_its_entry_as_the_pages_do_not_by_its_id(history_repo):
    """"Ändrat ämne hemloshet" named a topic by its id, a word of its address voters never see
    written; its page calls it by its name. The job summary, for the editors, keeps the id."""
    root, _ = history_repo
    edit(root, "registry/topics.yaml", lambda text: text.replace(
        "description: Hemlöshet och vräkningar.", "description: Härbärgen och vräkningar."))
    edit(root, "registry/actors.yaml", lambda text: text.replace("short: A\n", "short: AP\n"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ny beskrivning och förkortning")
    site = build_site(root)
    topic = next(t for t in site.topics if t.id == "hemloshet")
    actor = next(a for a in site.actors if a.id == "bergby-a")
    content = parse_atom(built_feeds(root)["flode/alla.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    assert f"<li>Ändrat ämne {topic.name}, beskrivning: »Hemlöshet och vräkningar.» → »Härbärgen och vräkningar.»</li>" \
        in content
    assert f"<li>Ändrad aktör {actor.name}, förkortning: »A» → »AP»</li>" in content
    assert "hemloshet," not in content and "bergby-a," not in content


def test_an_entry_of_several_registry_changes_says_what_they_concern_in_its_title(history_repo):
    """A reader that shows titles only showed "Ändringar i registren" for any such change: a
    new actor and 26 topics' easy-read texts read alike. The title counts what changed."""
    root, _ = history_repo
    edit(root, "registry/topics.yaml", lambda text: text.replace(
        "description: Hemlöshet och vräkningar.", "description: Härbärgen och vräkningar.").replace(
        "description: Familjecentraler för barnfamiljer.", "description: Familjecentraler i Bergby."))
    edit(root, "registry/actors.yaml", lambda text: text.replace("short: A\n", "short: AP\n"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Två beskrivningar och en förkortning")
    built = built_feeds(root)
    assert entries(parse_atom(built["flode/alla.xml"]))[0][0] == "Ändringar i registren: 2 ämnen, 1 aktör"
    # A feed that holds one of the changes names it, as before.
    assert entries(parse_atom(built["flode/amnen/hemloshet.xml"]))[0][0] == "Ändrat ämne Hemlöshet och bostad, beskrivning"


def test_a_registry_change_beside_a_documents_is_in_the_entrys_title(history_repo):
    """A commit that changed a document and added a topic was titled after the document alone:
    a feed reader that shows titles never showed the new topic."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("title: Reviderat förslag 2024", "title: Reviderat förslag 2024 B"))
    edit(root, "registry/topics.yaml", lambda text: text.replace("  - id: familjecentral\n", (
        "  - id: fa-nytt\n    name: Ett nytt ämne\n    description: Något nytt.\n    easy_read: Det är nytt.\n"
        "    keywords: [nytt]\n  - id: familjecentral\n")))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ny titel och nytt ämne")
    (title, _, _), *_ = entries(parse_atom(built_feeds(root)["flode/alla.xml"]))
    assert title.startswith("Ändrad återgivning: Reviderat förslag 2024 B (Arbetarpartiet Bergby)") and \
        title.endswith("; nytt ämne: Ett nytt ämne"), title


def test_two_changes_alike_on_one_day_have_headings_of_their_own_in_the_changelog(history_repo):
    """Two commits of one day that changed the same document as much had the same heading,
    "2 december 2026: Ändrad återgivning: … – 1 ändrad punkt": alike in a screen reader's list
    of headings and in the table of contents. Each then says its time too."""
    root, _ = history_repo
    for hour, old, new in ((9, "Ingen barnfamilj ska vräkas.", "Inga barnfamiljer ska vräkas."),
                           (14, "Inga barnfamiljer ska vräkas.", "Ingen barnfamilj ska vräkas.")):
        edit(root, PLAN, lambda text: text.replace(f"text: {old}", f"text: {new}"))
        commit_at(root, f"2026-04-01T{hour:02d}:00:00+02:00", new)
    site = build_site(root)
    page = render_site(site, read_history(root, site))["andringar/index.md"]
    headings = re.findall(r"(?m)^## (.*?) \{#", page)
    alike = "Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)\u00a0– 1 ändrad punkt"
    assert headings[:2] == [f"1 april 2026 kl. 14.00: {alike}", f"1 april 2026 kl. 09.00: {alike}"], headings
    assert len(set(headings)) == len(headings)
    assert headings[2].startswith(swedish_date(DATES[2]) + ": ")  # a day's only entry of its kind: the day alone


def test_changes_alike_made_in_the_same_minute_have_headings_of_their_own_in_the_changelog():
    """GitHub's "Rebase and merge" gives a pull request's commits one time: two commits that
    changed the same document as much were headed alike even with the time ("6 december 2026
    kl. 18.00: …" twice), one heading in a screen reader's list for two changes."""
    same = feeds.RegistryLine("Nytt namn på ämne: Hemlöshet → Hemlöshet och bostad")
    history = feeds.History("0" * 40, feeds.DEFAULT_BASE_URL, (
        feeds.Entry("c" * 40, "2026-12-06T17:00:00Z", registry=(same,)),
        feeds.Entry("b" * 40, "2026-12-06T18:00:00+01:00", registry=(same,)),
        feeds.Entry("a" * 40, "2026-12-06T17:00:00+00:00", registry=(same,)),
        feeds.Entry("9" * 40, "2026-12-06T09:00:00+01:00", registry=(same,))))
    assert [listed.when for listed in feeds.changelog_listing(history)] == [
        "6 december 2026 kl. 18.00, ändring 3 av 3", "6 december 2026 kl. 18.00, ändring 2 av 3",
        "6 december 2026 kl. 18.00, ändring 1 av 3", "6 december 2026 kl. 09.00"]


@pytest.mark.parametrize("date", ["2026-04-01T23:30:00+00:00", "2026-04-01T18:30:00-05:00", "2026-04-02T01:30:00+02:00"])
def test_a_change_is_dated_by_its_day_in_sweden_whatever_the_committers_time_zone(history_repo, date):
    """A change committed at 01:30 on 2 April, Swedish time, was headed "1 april 2026" where the
    commit's time was written in UTC (as on a CI runner) or in New York's time: the day in the
    committer's time zone, while its time, where shown, was Sweden's. One moment, one day,
    whichever zone the committer's machine was set to."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer ska vräkas."))
    commit_at(root, date, "Ny formulering")
    site = build_site(root)
    page = render_site(site, read_history(root, site))["andringar/index.md"]
    assert re.findall(r"(?m)^## (.*?) \{#", page)[0].startswith("2 april 2026: ")


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="signing a commit needs ssh-keygen")
def test_the_history_is_read_where_gits_config_shows_signatures(history_repo, tmp_path, monkeypatch):
    """With `log.showSignature = true` in a contributor's git config, git printed its verdict
    on each signed commit ("No signature", "Good signature …"; every merge made on GitHub's
    pages is signed) among the commits the history reads: the build stopped with a traceback
    on a commit named "No", or dated the open data's commit by that line."""
    root, _ = history_repo
    key = tmp_path / "key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True, capture_output=True)
    edit(root, PLAN, lambda text: text.replace("text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer ska vräkas."))
    env = {**os.environ, "GIT_COMMITTER_DATE": "2026-04-01T12:00:00+02:00", "GIT_AUTHOR_DATE": "2026-04-01T12:00:00+02:00"}
    subprocess.run(["git", "-C", str(root), *AS_A_TEST, "-c", "gpg.format=ssh", "-c", f"user.signingkey={key}", "commit", "-q", "-S", "-am", "Signerad"],
                   check=True, env=env, capture_output=True)
    config = tmp_path / "gitconfig"
    config.write_text("[log]\n\tshowSignature = true\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    site = build_site(root)
    history = read_history(root, site)
    assert history.commit_date == "2026-04-01T12:00:00+02:00"
    assert [(entry.commit, entry.date) for entry in history.entries][0] == (
        git(root, "rev-parse", "HEAD").strip(), "2026-04-01T12:00:00+02:00")
    assert history.entries[0].title == ("Ändrad återgivning: Reviderat förslag 2024 (Arbetarpartiet Bergby)\u00a0– "
                                        "1 ändrad punkt")


def test_a_redated_term_is_told_with_its_dates_written_out_in_the_changelog_and_the_feeds(history_repo, cli):
    """The changelog read "2026–2030 (2026-10-15 – 2030-10-14)" where the about page writes
    "15 oktober 2026": ISO dates are how terms.yaml writes them, for the job summary's readers."""
    root, _ = history_repo
    edit(root, "registry/terms.yaml", lambda text: text.replace("ends: 2030-10-14", "ends: 2030-10-13"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ny slutdag")
    site = build_site(root)
    term = next(t for t in site.terms if t.data.ends == datetime.date(2030, 10, 13))
    start = swedish_date(term.data.starts.isoformat())
    rendered = render_site(site, read_history(root, site))
    line = f"Ändrad mandatperiod {term.name}: {term.name} ({start} – 14 oktober 2030) → {term.name} ({start} – 13 oktober 2030)"
    assert f"<li>{line}</li>" in parse_atom(rendered["flode/alla.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    assert line in rendered["andringar/index.md"]
    summary = cli("--root", str(root), "changes", "--base", "HEAD~1").out
    assert f"({term.data.starts.isoformat()} – 2030-10-13)" in summary


def test_the_entry_without_history_counts_items_not_the_budget_tables_beside_them(project):
    """The entry a site built without git shows counts the items of every document, as the
    pages' "N punkter" do; a document's budget table is no item."""
    plans = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((project / "plans").glob("*.yaml"))]
    items = sum(len(section.get("items", [])) for plan in plans for section in plan["sections"])
    assert any(section.get("tables") for plan in plans for section in plan["sections"])
    site = build_site(project)
    feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], read_history(project, site)))
    assert (f"Webbplatsen visar nu {items} punkter i {len(plans)} dokument."
            in feed.find(f"{ATOM}entry/{ATOM}content").text)


def test_an_entry_title_of_several_documents_names_each_actor_once_with_what_is_true_of_its_documents(history_repo):
    """"Ändringar i 2 dokument: …" counts the documents and names their actors once each. It
    named the Dalby follow-up's actor without the note that only other sources say whose it is,
    which its own line in the entry, and a title of it alone ("(Mittenpartiet Dalby · tillskrivning
    från andra källor)"), carry: the title said the party's two documents were the party's alike.
    It then named the party twice, with the note and without it. The party is named once, with
    the note and of how many of its documents it is true, in every feed that has the entry."""
    root, _ = history_repo
    (root / "plans" / f"{PLATFORM}.yaml").write_text(PLATFORM_PLAN, encoding="utf-8")
    (root / "sources" / f"{PLATFORM}.txt").write_text(PLATFORM_SOURCE, encoding="utf-8")
    edit(root, ATTRIBUTED_PLAN, lambda text: text.replace("text: Fler platser på barnkolonin.",
                                                          "text: Fler platser på kolonin."))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Två dokument")
    assert "attribution" not in yaml.safe_load(PLATFORM_PLAN)
    assert "attribution" in yaml.safe_load((root / ATTRIBUTED_PLAN).read_text(encoding="utf-8"))
    built = built_feeds(root)
    for path in ("flode/alla.xml", "flode/partier/dalby-m.xml", "flode/kommuner/dalby.xml"):
        assert entries(parse_atom(built[path]))[0][0] == (
            "Ändringar i 2 dokument: Mittenpartiet Dalby · tillskrivning från andra källor för 1 av 2 dokument"), path


def test_an_entry_title_of_several_documents_says_the_note_of_each_actor_as_true_of_its_documents():
    """Each actor once: with the note alone where only other sources name it for every one of
    its documents in the change, as a single document's title has it; with how many where for
    some; and its name alone where for none."""
    def part(plan_id: str, actor: str, attribution: str) -> feeds.PlanPart:
        return feeds.PlanPart(feeds.PLAN_VERBS["changed"], plan_id, plan_id, actor.lower(), actor, "dalby",
                              True, attribution=attribution)

    note = "tillskrivning från andra källor"
    entry = feeds.Entry("0" * 40, "2026-04-01T12:00:00+02:00",
                        (part("a", "Mittenpartiet Dalby", note), part("b", "Östra listan Dalby", ""),
                         part("c", "Vänsterpartiet Dalby", ""), part("d", "Mittenpartiet Dalby", note),
                         part("e", "Vänsterpartiet Dalby", note), part("f", "Vänsterpartiet Dalby", "")))
    assert entry.title == (f"Ändringar i 6 dokument: Mittenpartiet Dalby · {note}, Östra listan Dalby, "
                           f"Vänsterpartiet Dalby · {note} för 1 av 3 dokument")


# --- every feed, as RFC 4287 and a feed reader take it ---------------------------------------
# A date-time of RFC 3339 (section 5.6), which Atom's dates must be: `fromisoformat` also takes
# a date alone, a time without its offset and a space for the `T`.
RFC_3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module", params=["fixture", "real"])
def every_feed(request, history_template):
    """Every page and feed of the fixture project with its history, and of the real plans with
    the repository's: rendered once per module for the tests that only read them (the history
    is read from the run's read-only template, not from a copy made for each test)."""
    root = history_template[0] if request.param == "fixture" else REPO
    site = build_site(root)
    built = render_site(site, read_history(root, site))
    feeds_built = {path: text for path, text in built.items()
                   if path.startswith("flode/") and not path.endswith("/sitemap.xml")}
    assert len(feeds_built) > 1 + len(site.topics) + len(site.actors) + len(site.municipalities)
    return built, feeds_built


def _one(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.findall(ATOM + tag)
    assert len(found) == 1, (tag, len(found))
    return found[0]


def test_every_feed_has_what_rfc_4287_requires(every_feed):
    """Feed and entries: one id, title and updated each, dates in RFC 3339; an author on the
    feed (so none is needed on each entry); one alternate link per entry, absolute; the
    feed's self link its own address; Swedish as its language; every id its own."""
    _, built = every_feed
    ids = []
    for path, text in built.items():
        feed = ET.fromstring(text.encode("utf-8"))
        assert feed.tag == ATOM + "feed" and feed.get(XML_LANG) == "sv", path
        for tag in ("id", "title", "updated"):
            assert _one(feed, tag).text.strip(), (path, tag)
        assert RFC_3339.fullmatch(_one(feed, "updated").text), path
        assert _one(_one(feed, "author"), "name").text.strip(), path
        links = [(link.get("rel"), link.get("type"), link.get("href")) for link in feed.findall(ATOM + "link")]
        assert sorted(rel for rel, _, _ in links) == ["alternate", "self"], path
        assert ("self", "application/atom+xml", f"{BASE}{path}") in links, path
        ids.append(_one(feed, "id").text)
        dates = []
        for entry in feed.findall(ATOM + "entry"):
            for tag in ("id", "title", "updated"):
                assert _one(entry, tag).text.strip(), (path, tag)
            assert RFC_3339.fullmatch(_one(entry, "updated").text), path
            alternate = [link for link in entry.findall(ATOM + "link") if link.get("rel", "alternate") == "alternate"]
            assert len(alternate) == 1 and alternate[0].get("href").startswith(BASE), path
            assert _one(entry, "content").get("type") == "html", path
            ids.append(_one(entry, "id").text)
            dates.append(datetime.datetime.fromisoformat(_one(entry, "updated").text))
        # A reader that goes by the feed's date sees news whenever an entry is newer.
        if dates:
            assert datetime.datetime.fromisoformat(_one(feed, "updated").text) == max(dates), path
    assert len(ids) == len(set(ids))


def test_every_feed_is_announced_in_the_head_of_the_page_it_names_as_its_own(every_feed):
    """A feed reader or a browser's extension finds a feed in the `<link rel="alternate">` of
    the page a voter reads; the feed's own alternate link leads back to that page."""
    pages, built = every_feed
    announced: dict[str, set[str]] = {}
    for page, text in pages.items():
        named = re.search(r'^feed: "([^"]+)"$', text.split("\n---\n", 1)[0], re.MULTILINE) if page.endswith(".md") else None
        if named:
            announced.setdefault(named.group(1), set()).add(f"{BASE}{paths.page_url(page)}")
    # A feed at an address a change of id gave up is announced by no page: it says where it went.
    moved = {path for path, text in built.items()
             if (parse_atom(text).findtext(f"{ATOM}entry/{ATOM}title") or "").startswith("Flödet har flyttat: ")}
    assert set(announced) == set(built) - moved
    for path, text in built.items():
        alternate = {link.get("rel"): link.get("href") for link in parse_atom(text).findall(ATOM + "link")}["alternate"]
        assert alternate in announced[path], path


# A feed reader's list of subscriptions (a phone's, a sidebar) shows about this many characters
# of a title before it cuts it.
LISTED_CHARACTERS = 25


def test_feeds_are_told_apart_in_a_readers_list_of_subscriptions(every_feed):
    """Each title begins with what the feed follows (a topic, a party, a municipality), which
    a reader's narrow list still shows, not with the site's name, which every feed shares."""
    _, built = every_feed
    titles = {path: _one(ET.fromstring(text.encode("utf-8")), "title").text for path, text in built.items()}
    shown = [title[:LISTED_CHARACTERS] for title in titles.values()]
    assert len(set(shown)) == len(shown), sorted(title for title in shown if shown.count(title) > 1)
    assert titles["flode/alla.xml"] == "Vem lovar vad? – alla ändringar"


def test_every_generated_page_announces_a_feed(every_feed):
    """Whatever page a voter or researcher gives a feed reader, it finds a feed: the page's
    own, that of the changes it shows, or the site's (the about page and the editors' coverage
    page had none)."""
    pages, _ = every_feed
    silent = sorted(page for page, text in pages.items()
                    if page.endswith(".md") and not re.search(r'^feed: "flode/[^"]+\.xml"$',
                                                              text.split("\n---\n", 1)[0], re.MULTILINE))
    assert silent == []


def test_a_changed_quote_of_a_document_in_english_is_marked_english_in_the_feeds_and_the_changelog(history_repo):
    """A screen reader read an English document's quotes in a change with a Swedish voice (WCAG
    3.1.2): the quote and a passage newly left out carry the language the document has at each
    side of the change (declared English in this very commit), the site's words around them do not."""
    root, _ = history_repo
    edit(root, SOURCE, lambda text: text.replace("byggas ut så att fler barn får åka på kollo.", "byggas ut.")
         + "\nRead more\n")
    edit(root, PLAN, lambda text: text.replace("\nkind:", "\nlanguage: en\nkind:", 1)
         .replace("quote: Kolloverksamheten ska byggas ut så att fler barn får åka på kollo.",
                  "quote: Kolloverksamheten ska byggas ut.")
         + "excluded:\n  - quote: Read more\n    reason: Navigeringstext.\n")
    commit_at(root, "2026-04-01T12:00:00+02:00", "Dokumentet är på engelska")
    pages = built_pages(root)
    quote = ('<li>citat: »Kolloverksamheten ska byggas ut så att fler barn får åka på kollo.» → '
             '<span lang="en">»Kolloverksamheten ska byggas ut.»</span></li>')
    excluded = '<li data-search-exclude>medvetet uteslutet: tillagt <span lang="en">»Read more»</span></li>'
    content = parse_atom(pages["flode/alla.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    assert quote in content and excluded.replace(" data-search-exclude", "") in content
    assert quote in pages[paths.CHANGELOG] and excluded in pages[paths.CHANGELOG]


def test_a_changed_locator_of_a_document_in_english_marks_its_places_english_and_its_positions_swedish(history_repo):
    """A locator's positions (`punkt 1`) are the site's Swedish, as on the item's card; the
    changelog and the feeds marked the whole locator English, `punkt 1` read with an English
    voice. The place the document names (`Goals`) carries its language."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("\nkind:", "\nlanguage: en\nkind:", 1))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Dokumentet är på engelska")
    edit(root, PLAN, lambda text: text.replace("locator: Mål och uppdrag", "locator: Mål och uppdrag, punkt 1", 1))
    commit_at(root, "2026-04-02T12:00:00+02:00", "Platsen har punktens nummer")
    pages = built_pages(root)
    line = ('plats i källan: »<span lang="en">Mål och uppdrag</span>» → '
            '»<span lang="en">Mål och uppdrag</span>, punkt 1»</li>')
    content = parse_atom(pages["flode/alla.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    assert line in content and line in pages[paths.CHANGELOG]


def test_a_changed_tables_caption_and_row_in_a_document_in_english_are_marked_english_in_the_change(history_repo):
    """A change to a table names it and its row by the document's own words (`tabell »…», rad »…»`),
    and a changed figure by its column's (`Budget 2024: 64,1`): a screen reader read them with a
    Swedish voice in an English document's change; they now carry its language (the column's
    before the change as the document had it then, in Swedish), the site's words and the figures
    around them do not."""
    root, _ = history_repo
    source = "sources/bergby-socialnamnden-vp-2024.txt"
    edit(root, source, lambda text: text.replace("Summa INTÄKTER\t97,7\t63,4", "Summa INTÄKTER\t97,7\t64,1"))
    edit(root, TABLE_PLAN, lambda text: text.replace("\nkind:", "\nlanguage: en\nkind:", 1)
         .replace('values: ["97,7", "63,4"]', 'values: ["97,7", "64,1"]')
         .replace("quote: Summa INTÄKTER 97,7 63,4", "quote: Summa INTÄKTER 97,7 64,1"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Dokumentet är på engelska")
    pages = built_pages(root)
    named = 'tabell <span lang="en">»Resultatbudget»</span>, rad <span lang="en">»Summa INTÄKTER»</span>'
    figures = f'<li data-search-exclude>{named}: Budget 2024: 63,4 → <span lang="en">Budget 2024</span>: 64,1</li>'
    quote = (f'<li data-search-exclude>{named}, citat: »Summa INTÄKTER 97,7 63,4» → '
             '<span lang="en">»Summa INTÄKTER 97,7 64,1»</span></li>')
    content = parse_atom(pages["flode/alla.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    for line in (figures, quote):
        assert line.replace(" data-search-exclude", "") in content and line in pages[paths.CHANGELOG], line


def test_a_municipalitys_names_in_minority_languages_are_marked_with_their_languages_in_the_change(history_repo):
    """A screen reader read a municipality's names in minority languages in a change with a
    Swedish voice (WCAG 3.1.2), where its page marks each in its language: in the changelog and
    the feeds each name carries the language the registry gives it (a name kept in another
    language the one it has now), the site's words and the languages' Swedish names do not."""
    root, _ = history_repo
    edit(root, "registry/municipalities.yaml", lambda text: text.replace("      - {name: Laaksokylä, lang: fit}\n", "")
         .replace("      - {name: Leakšagilli, lang: se}\n", "      - {name: Leakšagilli, lang: se}\n"
                  "      - {name: Vaarakylä, lang: fit}\n"))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Dalbys namn på minoritetsspråk")
    pages = built_pages(root)
    line = ('<li data-search-exclude>Ändrad kommun Dalby, namn på minoritetsspråk: tillagt <span lang="fit">»Vaarakylä»</span> '
            '(meänkieli); ändrat <span lang="fi">»Laaksokylä»</span> (finska och meänkieli → finska)</li>')
    content = parse_atom(pages["flode/alla.xml"]).find(f"{ATOM}entry/{ATOM}content").text
    assert line.replace(" data-search-exclude", "") in content and line in pages[paths.CHANGELOG]


def test_a_changed_retrieval_day_is_written_in_words_on_the_changelog_as_on_the_documents_page(history_repo):
    """The document's page says "hämtad 22 november 2026": the changelog said »2026-11-22» for
    the same day, one date written two ways on the pages voters read."""
    root, _ = history_repo
    edit(root, PLAN, lambda text: text.replace("  retrieved: 2026-11-22\n", "  retrieved: 2026-11-23\n"))
    commit_at(root, "2026-11-24T10:00:00+01:00", "Ny hämtning")
    site = build_site(root)
    page = render_site(site, read_history(root, site))["andringar/index.md"]
    assert "källa (hämtad): 22 november 2026 → 23 november 2026" in page
    assert "2026-11-2" not in html.unescape(re.sub(r'datetime="[^"]*"', "", page))


def test_a_new_actor_is_named_on_the_changelog_by_its_name_not_its_id(history_repo):
    """Voters know an actor by its name, as every page shows it: "Ny aktör: Lokala partiet
    Bergby (bergby-lp)" showed them the registry's id too, a word no page explains."""
    root, _ = history_repo
    edit(root, "registry/actors.yaml", lambda text: text.replace(
        "  - id: bergby-o\n", "  - id: bergby-lp\n    name: Lokala partiet Bergby\n    short: LP\n    kind: party\n"
        "    municipality: bergby\n  - id: bergby-o\n", 1))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Ny aktör")
    site = build_site(root)
    history = read_history(root, site)
    page = render_site(site, history)["andringar/index.md"]
    assert history.entries[0].title == "Ny aktör: Lokala partiet Bergby"
    assert "bergby-lp" not in page.split("## Dataformatet")[0]


def add_local_parties(root: Path, bergby_name: str, dalby_name: str) -> None:
    """Commits a local party in Bergby (`bergby-lp`) and one in Dalby (`dalby-lp`), both `LP`."""
    edit(root, "registry/actors.yaml", lambda text: text.replace(
        "  - id: bergby-o\n", f"  - id: bergby-lp\n    name: {bergby_name}\n    short: LP\n    kind: party\n"
        "    municipality: bergby\n  - id: bergby-o\n", 1).replace(
        "  - id: dalby-m\n", f"  - id: dalby-lp\n    name: {dalby_name}\n    short: LP\n    kind: party\n"
        "    municipality: dalby\n  - id: dalby-m\n", 1))
    commit_at(root, "2026-04-01T12:00:00+02:00", "Nya aktörer")


def test_a_new_actor_whose_name_another_bears_is_told_by_its_id_too(history_repo):
    """An actor's name is its own within its municipality only (one party may stand in two):
    two added under one name read "Ny aktör: Lokala partiet" twice, which a voter could not tell
    apart. The id, which names the municipality, is told beside each (review of 24902a93)."""
    root, _ = history_repo
    add_local_parties(root, "Lokala partiet", "Lokala partiet")
    site = build_site(root)
    page = render_site(site, read_history(root, site))["andringar/index.md"]
    assert "Ny aktör: Lokala partiet (bergby-lp)" in page and "Ny aktör: Lokala partiet (dalby-lp)" in page


def test_an_actor_renamed_or_changed_under_a_name_another_bears_is_told_by_its_id_too(history_repo):
    """A renamed or changed actor was named by its name alone, as an added one was before: "Nytt
    namn på aktör: Lokala partiet Dalby → Lokala partiet" and "Ändrad aktör Lokala partiet,
    förkortning" did not say which municipality's party, when two bear the name. The id, which
    names the municipality, is told beside it, as beside an added one; a name no other bears
    is left as it is."""
    root, _ = history_repo
    add_local_parties(root, "Lokala partiet", "Lokala partiet Dalby")
    edit(root, "registry/actors.yaml", lambda text: text.replace(
        "name: Lokala partiet Dalby\n", "name: Lokala partiet\n", 1).replace(
        "name: Lokala partiet\n    short: LP", "name: Lokala partiet\n    short: LB", 1).replace(
        "name: Östra listan Bergby\n    short: Ö", "name: Östra listan Bergby\n    short: ÖL", 1))
    commit_at(root, "2026-04-02T12:00:00+02:00", "Nytt namn, nya förkortningar")
    site = build_site(root)
    history = read_history(root, site)
    page = render_site(site, history)["andringar/index.md"]
    assert "Nytt namn på aktör: Lokala partiet Dalby → Lokala partiet (dalby-lp)" in page
    assert "Ändrad aktör Lokala partiet (bergby-lp), förkortning: »LP» → »LB»" in page
    assert "Ändrad aktör Östra listan Bergby, förkortning: »Ö» → »ÖL»" in page


def test_an_actor_changed_beside_one_renamed_from_its_name_is_told_by_its_id_too(history_repo):
    """Where one of two actors bearing a name is renamed and the other changed in the same
    change, both lines named "Lokala partiet": "Nytt namn på aktör: Lokala partiet → Lokala
    partiet Dalby (dalby-lp)" and "Ändrad aktör Lokala partiet, förkortning", which a voter reads
    as Dalby's party too. The changed one is told by its id, as the renamed one is."""
    root, _ = history_repo
    add_local_parties(root, "Lokala partiet", "Lokala partiet")
    edit(root, "registry/actors.yaml", lambda text: text.replace(
        "name: Lokala partiet\n    short: LP\n    kind: party\n    municipality: dalby",
        "name: Lokala partiet Dalby\n    short: LP\n    kind: party\n    municipality: dalby", 1).replace(
        "name: Lokala partiet\n    short: LP", "name: Lokala partiet\n    short: LB", 1))
    commit_at(root, "2026-04-02T12:00:00+02:00", "Nytt namn, ny förkortning")
    site = build_site(root)
    page = render_site(site, read_history(root, site))["andringar/index.md"]
    assert "Nytt namn på aktör: Lokala partiet → Lokala partiet Dalby (dalby-lp)" in page
    assert "Ändrad aktör Lokala partiet (bergby-lp), förkortning: »LP» → »LB»" in page


def test_an_entry_without_history_is_a_new_entry_when_its_counts_change_and_the_same_for_the_same_plans(project):
    """Built without git, every feed holds one entry, "Webbplatsen visar nu N punkter …", whose
    id was "utan-git" whatever it said, and whose `updated` is the newest retrieval: a reader
    that had shown it never showed the new counts. Its id now follows what it says; the same
    plans give the same id (the build's day is in neither)."""
    def entry(root):
        site = build_site(root)
        feed = parse_atom(feeds.atom(feeds.site_feeds(site)[0], read_history(root, site)))
        return tuple(feed.find(f"{ATOM}entry/{ATOM}{field}").text for field in ("id", "updated", "content"))

    before = entry(project)
    assert entry(project) == before
    (project / "plans" / "dalby-m-uppfoljning.yaml").unlink()
    (project / "sources" / "dalby-m-uppfoljning.txt").unlink()
    after = entry(project)
    assert after[2] != before[2] and after[1] == before[1]  # a document fewer, no newer retrieval
    assert after[0] != before[0]
    assert before[0].startswith("tag:") and "utan-git-" in before[0]
