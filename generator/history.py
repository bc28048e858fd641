"""The change history of plans/, registry/ and sources/, read from git, as the feeds' entries.

Walks the newest commits on the first-parent line that touch plans/, registry/ or sources/
and compares each with the previous one (`changes.compare_sites`, what a pull request's summary
shows); commits whose plans do not load with today's code, or whose linked model would be
unsound (an unknown id, a quote not in its source: `checks.REVISION_RULES`), are stepped over. Each revision
is read once, and the files it shares with the revision before are neither parsed nor
checked again (`_Revisions`); entries are kept per pair of commits (and day) for the life of the
process, so `mkdocs serve` rebuilds without reading history again. Without git, or in a
shallow clone that holds no change, the history is one entry saying so: the site still builds.
Entries from before a topic, actor, municipality, document or item got a new id are read with
the id it has today (`_under_ids_of_today`), so the feed at its new address keeps them; the ids
given up are listed (`History.moves`), so the feed at an old address can say where it went.
A shallow clone that holds some changes lists them and says that older ones may be missing.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path
from typing import Optional

import yaml

from . import clock, model
from .changes import Changes, RevisionUnreadable, compare_sites, site_at
from .checks import CheckCache
from .feeds import (DEFAULT_BASE_URL, ITEM_VERBS, DetailLine, Entry, History,
                    ItemLine, Move, PlanPart, RegistryLine, unreadable_before, without_history)
from .link import Plan, Site
from .load import PLANS_DIR, REGISTRY_DIR, SOURCES_DIR, LoadCache
from .opendata import UNKNOWN_COMMIT
from .scope import GitError, git
from .swedish import swedish_date

MAX_COMMITS = 50  # relevant commits walked; each costs one load of that revision's plans

_entries: dict[tuple, Optional[Entry]] = {}  # (older, newer commit, day) → entry, None: nothing visible
_readable: dict[str, bool] = {}


class _Tolerant(yaml.SafeLoader):
    """Reads mkdocs.yml even where it uses tags such as !!python/name (they are not needed here)."""


_Tolerant.add_multi_constructor("", lambda loader, suffix, node: None)


def public_url(root: Path) -> str:
    """The published address (`extra.public_url` in mkdocs.yml), ending in `/`."""
    try:
        text = (Path(root) / "mkdocs.yml").read_text(encoding="utf-8")
    except OSError:
        text = ""
    return _public_url_in(text)


@functools.lru_cache(maxsize=4)
def _public_url_in(text: str) -> str:
    """`public_url` of mkdocs.yml's text: parsed once per text, not at each rebuild of `mkdocs
    serve` (5 ms of the real plans' rebuild after one plan's edit)."""
    try:
        config = yaml.load(text, Loader=_Tolerant) or {}
    except yaml.YAMLError:
        config = {}
    url = str((config.get("extra") or {}).get("public_url") or DEFAULT_BASE_URL)
    return url.rstrip("/") + "/"


def _difference(d) -> DetailLine:
    """A changed field's line, in pieces where it holds a document's own words in another
    language than Swedish (`changes.Difference.pieces`), for the pages to mark them."""
    return DetailLine(f"{d.label}: {d.note}" if d.note else f"{d.label}: {d.before} → {d.after}", d.topics, d.pieces)


def _entry(changes: Changes, before: Site, after: Site, date: str) -> Optional[Entry]:
    """The structured changes as an entry, or None when voters see no difference."""
    # A document whose archived text alone changed, moving its coverage (`PlanChange.coverage`),
    # is the reviewers' concern, as it always was: no item or field that voters read changed.
    plan_changes = [change for change in changes.plans if change.kind != "changed" or change.differences or change.items]
    if not plan_changes and not changes.registry:
        return None
    old_items = {(item.plan.id, item.id): item for plan in before.plans for item in plan.items}
    new_ids = _new_ids(changes)
    # The actor or municipality a document moved from: not one that only got a new id.
    same = {(kind, old): new for kind, old, new in new_ids}
    former = lambda kind, then, now: then if then != now and same.get((kind, then)) != now else ""  # noqa: E731
    parts = []
    for plan_change in plan_changes:
        plan = plan_change.plan
        lines = []
        for change in plan_change.items:
            item = change.item
            old = change.previous or old_items.get((plan.id, item.id))
            topics = dict.fromkeys([t.id for t in item.topics] + [t.id for t in (old.topics if old else [])])
            lines.append(ItemLine(ITEM_VERBS[change.kind], model.ITEM_KINDS[item.data.kind], item.data.text,
                                  plan.id, item.id, change.kind != "removed", tuple(topics),
                                  tuple(_difference(d) for d in change.differences)))
        previous = plan_change.previous or plan
        # The term as the document's revision in this commit gives it, in words that stay true while a
        # reader keeps the entry (`lasting`): a later edit of the document, or its removal, does not
        # rewrite the words of this entry, whose `updated` stays (`_linking_today`).
        term = plan.term_note(year_beside=False, lasting=True) if plan_change.kind != "removed" else ("", "")
        parts.append(PlanPart(plan_change.verb, plan.id, plan.data.title, plan.actor.id, plan.actor.name,
                              plan.municipality.id, plan_change.kind != "removed",
                              tuple(_difference(d) for d in plan_change.differences),
                              tuple(lines),
                              former_actor_id=former("actor", previous.actor.id, plan.actor.id),
                              former_municipality_id=former("municipality", previous.municipality.id,
                                                            plan.municipality.id), term=term,
                              attribution=plan.attribution_note))
    actors = {actor.id: actor for actor in before.actors + after.actors}
    registry = []
    for change in changes.registry:
        if change.what == "ämne":
            scope = {"topic": change.id}
        elif change.what == "kommun":
            scope = {"municipality": change.id}
        elif change.what == "mandatperiod":  # every dated document: the site's feed
            scope = {}
        else:
            scope = {"actor": change.id, "municipality": actors[change.id].municipality.id}
        registry.append(RegistryLine(change.text, **scope, title=change.title if change.field else "", pieces=change.pieces))
    return Entry(changes.head, date, tuple(parts), tuple(registry), new_ids=new_ids)


_REGISTRY_KINDS = {"ämne": "topic", "aktör": "actor", "kommun": "municipality"}


def _new_ids(changes: Changes) -> tuple[tuple[str, str, str], ...]:
    """The ids the change replaced: a topic's, actor's or municipality's in the registry, a
    document's (its file name), an item's (`Entry.new_ids`)."""
    found = [(_REGISTRY_KINDS[change.what], change.before, change.after) for change in changes.registry
             if change.kind == "new-id" and change.what in _REGISTRY_KINDS]
    for plan_change in changes.plans:
        plan, previous = plan_change.plan, plan_change.previous
        if previous is not None and previous.id != plan.id:
            found.append(("plan", previous.id, plan.id))
        found += [("item", f"{plan.id}#{change.previous.id}", f"{plan.id}#{change.item.id}")
                  for change in plan_change.items if change.previous is not None and change.previous.id != change.item.id]
    return tuple(found)


def _under_ids_of_today(entries: list[Entry]) -> tuple[list[Entry], tuple[Move, ...]]:
    """The entries (oldest first) with the ids a later change replaced as they are now: a topic,
    actor or municipality given a new id is the same one, so its feed at the new address keeps the
    changes made before (it began again with the change of id), and an earlier entry leads to a
    renamed document's page and its items at their new anchors. And each topic's, actor's or
    municipality's id given up, with the id it has today, oldest first: its feed at the old
    address says where it went (`feeds.moved_feeds`)."""
    now: dict[str, dict[str, str]] = {kind: {} for kind in ("topic", "actor", "municipality", "plan", "item")}
    renamed, moves = [], []
    for entry in reversed(entries):  # newest first: an entry is reached once every later new id is known
        renamed.append(_with_ids(entry, now))
        for kind, before, after in entry.new_ids:
            if kind == "item":  # keyed by the document's id of today, which a later change may have replaced
                plan_id, before = before.split("#", 1)
                plan_id = now["plan"].get(plan_id, plan_id)
                before, after = f"{plan_id}#{before}", f"{plan_id}#{after.split('#', 1)[1]}"
            now[kind][before] = now[kind].get(after, after)
            if kind in ("topic", "actor", "municipality"):
                moves.append(Move(kind, before, now[kind][before], entry.commit, entry.date))
    return renamed[::-1], tuple(moves[::-1])


def _with_ids(entry: Entry, now: dict[str, dict[str, str]]) -> Entry:
    """`entry` with the ids `now` maps (id then → id today; `_under_ids_of_today`)."""
    if not any(now.values()):
        return entry
    today = lambda kind, ident: now[kind].get(ident, ident) if ident else ident  # noqa: E731
    topics = lambda ids: tuple(dict.fromkeys(today("topic", ident) for ident in ids))  # noqa: E731

    def item(line: ItemLine) -> ItemLine:
        plan_id = today("plan", line.plan_id)
        item_id = today("item", f"{plan_id}#{line.item_id}").split("#", 1)[1]
        return replace(line, plan_id=plan_id, item_id=item_id, topics=topics(line.topics))

    parts = tuple(replace(part, plan_id=today("plan", part.plan_id), actor_id=today("actor", part.actor_id),
                          municipality_id=today("municipality", part.municipality_id),
                          former_actor_id=today("actor", part.former_actor_id),
                          former_municipality_id=today("municipality", part.former_municipality_id),
                          details=tuple(replace(detail, topics=topics(detail.topics)) for detail in part.details),
                          items=tuple(item(line) for line in part.items))
                  for part in entry.plans)
    registry = tuple(replace(line, topic=today("topic", line.topic), actor=today("actor", line.actor),
                             municipality=today("municipality", line.municipality)) for line in entry.registry)
    return replace(entry, plans=parts, registry=registry)


def _linking_today(entry: Entry, plans: dict[str, Plan], items: set[tuple[str, str]]) -> Entry:
    """The entry with links only to the documents and items the site has today (`plans`,
    `items`: their ids): one removed or renamed since has no page or anchor to link to. Only
    where the links lead follows today's site; the words are the commit's (`_entry`). A reader
    that keeps the entry as it first read it (its `updated` does not change) keeps words that
    stay true; re-dating every earlier entry at each change of id or removal would show them
    all again as if they were news (RFC 4287 leaves which edits count to the publisher)."""
    parts = tuple(replace(part, exists=part.plan_id in plans,
                          items=tuple(replace(line, exists=(line.plan_id, line.item_id) in items) for line in part.items))
                  for part in entry.plans)
    return replace(entry, plans=parts) if parts != entry.plans else entry


class _Revisions:
    """The revisions read by one walk through the history, each once: the site models still
    needed, and what each revision's files gave, for the next (most files of one revision are
    the bytes of the one before, and are neither parsed nor checked again)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sites: dict[str, Site] = {}
        self.caches = (LoadCache(), CheckCache())

    def readable(self, commit: str) -> bool:
        if commit not in _readable:
            try:
                self.sites[commit] = site_at(self.root, commit, self.caches)
                _readable[commit] = True
            except RevisionUnreadable:
                _readable[commit] = False
        return _readable[commit]

    def site(self, commit: str) -> Site:
        if commit not in self.sites:
            self.sites[commit] = site_at(self.root, commit, self.caches)
        return self.sites[commit]


def _relevant_commits(root: Path, limit: int) -> tuple[list[tuple[str, str]], bool]:
    """(commit, ISO date) of the newest `limit` commits touching plans/, registry/ or sources/,
    oldest first, and whether older ones exist. A commit that changes an archived text alone
    is compared too, though it seldom changes what voters read: skipped, its change was
    counted in the next commit of its plan, which the history then said had changed the
    document's text."""
    log = git(root, "log", "--first-parent", f"-n{limit + 1}", "--format=%H %cI", "--",
              PLANS_DIR, REGISTRY_DIR, SOURCES_DIR)
    lines = [tuple(line.split(" ", 1)) for line in log.decode().splitlines() if line.strip()]
    return list(reversed(lines[:limit])), len(lines) > limit


_HeadFacts = tuple[str, str, bool, list[tuple[str, str]], bool]  # head, its date, shallow, commits, older ones


def _head_facts(root: Path, limit: int) -> Optional[_HeadFacts]:
    """What git says of HEAD (four processes): its commit and date, whether the clone is shallow,
    and the commits that touched the inputs (`_relevant_commits`); None where git cannot tell."""
    try:
        head = git(root, "rev-parse", "HEAD").decode().strip()
        head_date = git(root, "log", "-1", "--format=%cI", "HEAD").decode().strip()
        shallow = git(root, "rev-parse", "--is-shallow-repository").decode().strip() == "true"
        commits, older = _relevant_commits(root, limit)
    except GitError:
        return None
    return head, head_date, shallow, commits, older


class KeptHead:
    """`_head_facts` kept between the rebuilds of `mkdocs serve`, asked of git again only when
    what HEAD points at changed (`head_state`) or the clone's depth did (`.git/shallow`): four
    git processes, about 40 ms of each rebuild after one plan's edit. What HEAD points at is read
    before git is asked, so that a commit made meanwhile is found at the next rebuild.
    Uncommitted edits are no part of it: the history is read from commits alone."""

    def __init__(self) -> None:
        self._folders: dict[Path, Optional[tuple[Path, Path]]] = {}  # root: its `git_folders`
        self._key: Optional[tuple] = None
        self._facts: Optional[_HeadFacts] = None

    def facts(self, root: Path, limit: int) -> Optional[_HeadFacts]:
        if root not in self._folders:
            self._folders[root] = git_folders(root)
        folders = self._folders[root]
        if folders is None:  # no repository (yet): asked every time, as without this
            return _head_facts(root, limit)
        key = (root, limit, head_state(folders), _stat(folders[1] / "shallow"))
        if key != self._key:
            self._key, self._facts = None, _head_facts(root, limit)
            if self._facts is not None:  # git that failed is asked again next time, as without this
                self._key = key
        return self._facts


def read_history(root: Path, site: Site, limit: int = MAX_COMMITS, kept: Optional[KeptHead] = None) -> History:
    """The changes voters saw, newest first; one explaining entry when there is no history.
    `kept`: what git said of HEAD at the last rebuild of `mkdocs serve`."""
    root = Path(root)
    base_url = public_url(root)
    facts = kept.facts(root, limit) if kept is not None else _head_facts(root, limit)
    if facts is None:
        return without_history(site, base_url, UNKNOWN_COMMIT, None, shallow=True)
    head, head_date, shallow, commits, older = facts
    if not commits:
        # No commit holds these plans: the folder is inside another repository that does not
        # track it (a tarball unpacked there). Its commits are not this site's history.
        return without_history(site, base_url, UNKNOWN_COMMIT, None, shallow=True)
    # The commit's own date goes with every history read from git (the open data's index).
    return replace(_changes(root, site, limit, base_url, (head, head_date), shallow, commits, older),
                   commit_date=head_date)


def _changes(root: Path, site: Site, limit: int, base_url: str, head_and_date: tuple[str, str], shallow: bool,
             commits: list[tuple[str, str]], older: bool) -> History:
    """`read_history` once git has named the commits: the entries, or the note standing for them."""
    head, head_date = head_and_date
    entries: list[Entry] = []
    revisions = _Revisions(root)
    previous: Optional[str] = None
    since = None  # (commit, date) of the oldest revision read, where the listed changes begin
    unreadable = False  # a revision before it was stepped over
    day = clock.today()  # an entry's words name the document's term as of the build's day
    for commit, date in commits:
        key = (previous, commit, day)
        if previous is not None and key in _entries:
            entry = _entries[key]
        elif not revisions.readable(commit):
            unreadable = unreadable or previous is None
            continue
        elif previous is None:
            entry, since = None, (commit, date)
        else:
            before, after = revisions.site(previous), revisions.site(commit)
            entry = _entries[key] = _entry(compare_sites(before, after, previous, commit), before, after, date)
        if entry:
            entries.append(entry)
        revisions.sites.pop(previous, None)  # only the newest revision is needed for the next comparison
        previous = commit
    if not entries and unreadable and since:
        return without_history(site, base_url, head, since[1], shallow=False, unreadable_earlier=True,
                               revision=since[0])
    if not entries and previous is not None and not shallow:
        # Dated and named by the newest revision of the plans, not by HEAD: a commit elsewhere
        # (the README, the code) must not give every feed a new entry saying nothing changed.
        return without_history(site, base_url, head, dict(commits)[previous], shallow=False, revision=previous)
    if not entries:
        return without_history(site, base_url, head, head_date, shallow=shallow)
    plans, items = {plan.id: plan for plan in site.plans}, {(plan.id, item.id) for plan in site.plans for item in plan.items}
    entries, moves = _under_ids_of_today(entries)
    entries = [_linking_today(entry, plans, items) for entry in entries]
    earlier = ""
    if unreadable:
        earlier = unreadable_before(since[1])
    elif older:
        earlier = (f"Här står ändringarna i de senaste {limit} versionerna av planerna och registren, sedan den "
                   f"{swedish_date(since[1])}. Äldre ändringar finns i projektets git-historik.")
    elif shallow:  # the clone's depth, not the project's first commit, may be where the walk stopped
        earlier = (f"Här står ändringarna sedan den {swedish_date(since[1])}, så långt som git-historiken i det här "
                   "bygget räcker: webbplatsen byggdes från en grund klon. Äldre ändringar kan finnas i projektets "
                   "git-historik och kommer med nästa gång webbplatsen byggs med hela historiken.")
    return History(head, base_url, tuple(reversed(entries)), earlier, since[1], moves=moves)


# --- what HEAD points at, for `mkdocs serve` -----------------------------------------------------
def git_folders(root: Path) -> Optional[tuple[Path, Path]]:
    """The repository's own folder (HEAD; a worktree's own) and its common one (branches,
    packed refs; the same folder outside a worktree), asked of git once; None without git. In
    a worktree `.git` is a file that names the first, inside the main repository's `.git`."""
    try:
        found = git(root, "rev-parse", "--absolute-git-dir", "--git-common-dir").decode("utf-8", "surrogateescape")
    except GitError:
        return None
    own, common = found.splitlines()
    return Path(own), Path(root, common).resolve()  # the common folder is told relative to `root`


def head_state(folders: tuple[Path, Path]) -> tuple:
    """What tells which commit HEAD is, read from the files that hold it without running git:
    HEAD, the ref it names (a loose ref in the worktree's own folder or the common one), and
    the packed refs and reftable's list by their size and time. A commit, checkout, reset,
    merge or pull changes one of them, whether or not git keeps a reflog
    (`core.logAllRefUpdates=false`), in a worktree too; packing refs changes one without a new
    commit, which costs one rebuild."""
    own, common = folders
    head = _bytes(own / "HEAD")
    state: list = [head]
    if head is not None and head.startswith(b"ref: "):
        name = head[5:].strip().decode("utf-8", "surrogateescape")
        state += [_bytes(folder / name) for folder in dict.fromkeys((own, common))]
    state += [_stat(listing) for listing in (common / "packed-refs", common / "reftable" / "tables.list")]
    return tuple(state)


def _stat(path: Path) -> Optional[tuple[int, int, int]]:
    """A file's identity, size and time, or None where there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _bytes(path: Path) -> Optional[bytes]:
    try:
        return path.read_bytes()
    except OSError:  # no such ref (a branch not yet committed to, or packed), or no such file
        return None
