"""Atom feeds of what changed for voters: one for the whole site, one per topic, actor and
municipality, from the change history (`History`, read from git by `history.py`).

An entry is one commit that changed what voters see. Its id is a `tag:` URI with the
commit's hash (and, in a topic's, actor's or municipality's feed, the feed's scope) and its
`updated` the commit's date, so rebuilding never changes an
existing entry; the feeds are byte-identical for the same history. Links are absolute
(Atom allows no relative links), on the public address from mkdocs.yml. No I/O.
"""

from __future__ import annotations

import collections
import datetime
import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from typing import Callable, Optional
from urllib.parse import urlsplit

from markupsafe import Markup

from . import opendata, paths
from .escape import html_text, in_languages
from .link import Site, documents_from
from .model import lower_first
from .swedish import NBSP, count, swedish_date, swedish_moment

ATOM = "http://www.w3.org/2005/Atom"
SITE_NAME = "Vem lovar vad?"
# The public address when mkdocs.yml names none (`extra.public_url` there is the one in use).
DEFAULT_BASE_URL = "https://vem-lovar-vad.github.io/vem-lovar-vad/"


# --- the change history ------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemLine:
    """One item added, removed or changed."""

    verb: str  # "Ny punkt" | "Borttagen punkt" | "Ändrad punkt"
    kind: str  # Swedish label of the item's kind
    text: str
    plan_id: str
    item_id: str
    exists: bool  # False when removed: there is no anchor to link to
    topics: tuple[str, ...]  # topic ids before and after the change
    details: tuple[DetailLine, ...] = ()  # "text: »…» → »…»"


@dataclass(frozen=True)
class DetailLine:
    """One changed field of a document, or one of its tables added, removed or changed."""

    text: str  # "titel: »…» → »…»", "tabell »Resultatbudget», rubrik: »…» → »…»"
    topics: tuple[str, ...] = ()  # a table's: the topic ids it had before and after the change
    # The line in pieces, each with the BCP 47 tag of the document's own words it holds (a quote,
    # a locator) or "" for the site's Swedish, where some are in another language; else empty.
    pieces: tuple[tuple[str, str], ...] = ()


def actor_with_note(name: str, notes: list[str]) -> str:
    """An actor named once for some of its documents, each with its note on whose it is (the
    attribution note, or "" where the document says it itself), with what is true of them all:
    the note beside it where other sources name the actor of every one, and of how many where of
    some ("Mittenpartiet Dalby · tillskrivning från andra källor för 1 av 2 dokument"), since
    the note alone would say it of the others too, and the name alone, of none. A municipality's
    documents are named so too (`site_feeds`)."""
    attributed = [note for note in notes if note]
    if not attributed:
        return name
    if len(attributed) < len(notes):
        return f"{name} · {attributed[0]} för {len(attributed)} av {count(len(notes), 'dokument', 'dokument')}"
    return f"{name} · {attributed[0]}"


@dataclass(frozen=True)
class PlanPart:
    """What one commit changed in one document."""

    verb: str  # "Nytt dokument" | "Borttaget dokument" | "Ändrat dokument"
    plan_id: str
    title: str
    actor_id: str
    actor_name: str
    municipality_id: str
    exists: bool
    details: tuple[DetailLine, ...] = ()
    items: tuple[ItemLine, ...] = ()
    # The term the document is from, as its revision in this commit gives it and its pages say
    # it (link.Plan.term_note, in lasting words); empty for a document this change removed.
    term: tuple[str, str] = ("", "")
    # A document moved from another actor (or municipality) in this change: the one it left,
    # whose feeds tell of it too; empty for any other change.
    former_actor_id: str = ""
    former_municipality_id: str = ""
    # What is said beside its actor where the document does not say whose it is, as its pages say
    # it (link.Plan.attribution_note, as its revision in this commit gives it); else empty.
    attribution: str = ""

    @property
    def actor_said(self) -> str:
        """Its actor's name as the entry's title names it, with the note on whose it is beside it."""
        return actor_with_note(self.actor_name, [self.attribution])

    def of(self, scope: str, scope_id: str) -> bool:
        """Whether this change concerns the actor or municipality (`scope`) `scope_id`: the
        document is theirs, or was until this change."""
        if scope == "actor":
            return scope_id in (self.actor_id, self.former_actor_id)
        return scope_id in (self.municipality_id, self.former_municipality_id)

    def on_topic(self, topic_id: str) -> Optional["PlanPart"]:
        """What of this change the topic's page shows: its items and tables; None if nothing."""
        items = tuple(item for item in self.items if topic_id in item.topics)
        details = tuple(detail for detail in self.details if topic_id in detail.topics)
        return replace(self, details=details, items=items) if items or details else None


@dataclass(frozen=True)
class RegistryLine:
    text: str  # "Nytt ämne: Hemlöshet (hemloshet)"
    topic: Optional[str] = None  # the topic, actor or municipality it concerns
    actor: Optional[str] = None
    municipality: Optional[str] = None
    # For a line with a field's old and new words ("Ändrat ämne x, lättläst text: »…» → »…»"),
    # the line without them ("Ändrat ämne x, lättläst text"); empty for any other line. Search
    # finds the entry as it reads now on its own page, so the changelog keeps such a line out of
    # the index, and an entry of this line alone takes this as its title: the title is the
    # changelog's heading, which the index holds.
    title: str = ""
    # The line in pieces where it holds words in another language (a municipality's names in
    # minority languages: `changes.RegistryChange.pieces`), for the pages to mark them; else empty.
    pieces: tuple[tuple[str, str], ...] = ()

    @property
    def words(self) -> bool:
        return bool(self.title)


# What happened to a document and to an item, as the changelog, the feeds and a pull request's
# summary name it (history.py, changes.md.j2).
PLAN_VERBS = {"added": "Nytt dokument", "removed": "Borttaget dokument", "changed": "Ändrat dokument"}
# A changed document whose archived text is the same: what changed is how the site renders it
# (its lines, topics, fields), by the party or by the editors, not the document. The history
# says so, since a reader would otherwise take the change for the party's or the
# administration's own.
RENDERING_CHANGED = "Ändrad återgivning"
# What the history says of a changed document's archived text, after its title.
TEXT_NOTES = {PLAN_VERBS["changed"]: "Dokumentets arkiverade text har ändrats.",
              RENDERING_CHANGED: "Dokumentets arkiverade text är densamma; ändringen gäller webbplatsens rader eller "
                                 "uppgifter om dokumentet."}
ITEM_VERBS = {"added": "Ny punkt", "changed": "Ändrad punkt", "removed": "Borttagen punkt"}
_ITEM_COUNTS = {"added": ("ny punkt", "nya punkter"), "changed": ("ändrad punkt", "ändrade punkter"),
                "removed": ("borttagen punkt", "borttagna punkter")}


def _counted(items: tuple[ItemLine, ...]) -> list[str]:
    """`["2 nya punkter", "1 ändrad punkt"]`: the items by what happened to them."""
    verbs = [line.verb for line in items]
    return [count(verbs.count(ITEM_VERBS[kind]), *words) for kind, words in _ITEM_COUNTS.items()
            if ITEM_VERBS[kind] in verbs]


def _item_counts(part: PlanPart) -> str:
    """` – 2 nya punkter, 1 ändrad punkt`: what a reader needs to tell entries of one document apart.
    The dash is bound to the word before it, as on the site's pages: a changelog heading on a
    phone would otherwise begin a line with it."""
    shown = _counted(part.items)
    return NBSP + "– " + ", ".join(shown) if shown else ""


def _registry_title(lines: tuple[RegistryLine, ...]) -> str:
    """"Ändringar i registren: 2 ämnen, 1 aktör": what several registry changes concern, for a
    reader that shows titles only (each line is in the entry's content)."""
    topics = {line.topic for line in lines if line.topic}
    actors = {line.actor for line in lines if line.actor}
    municipalities = {line.municipality for line in lines if line.municipality and not line.actor}
    said = [count(len(ids), one, many) for ids, one, many in ((topics, "ämne", "ämnen"), (actors, "aktör", "aktörer"),
                                                               (municipalities, "kommun", "kommuner")) if ids]
    if any(not (line.topic or line.actor or line.municipality) for line in lines):
        said.append("mandatperioderna")
    return f"Ändringar i registren: {', '.join(said)}"


@dataclass(frozen=True)
class Entry:
    commit: str
    date: str  # ISO 8601 with offset, the commit's date
    plans: tuple[PlanPart, ...] = ()
    registry: tuple[RegistryLine, ...] = ()
    note_title: str = ""  # an entry that explains instead of listing changes (no history)
    note: str = ""
    # The ids this change replaced, as (kind, id before, id after): kind "topic", "actor",
    # "municipality", "plan" or "item" (an item's ids as "<plan id>#<item id>"). The history
    # gives the entries before it the ids after (`history._under_ids_of_today`).
    new_ids: tuple[tuple[str, str, str], ...] = ()
    # A moved feed's last entry (`moved_notice`): where the entry leads (a page) and the feed
    # that continues this one, both paths; empty for any other entry.
    page: str = ""
    feed: str = ""

    @property
    def title(self) -> str:
        if self.note_title:
            return self.note_title
        registry = (self.registry[0].title or self.registry[0].text) if len(self.registry) == 1 else _registry_title(self.registry)
        if len(self.plans) == 1:
            part = self.plans[0]
            title = f"{part.verb}: {part.title} ({part.actor_said}){_item_counts(part)}"
        elif self.plans:
            # Each actor once, with the note on whose its documents are (`actor_with_note`): a
            # document the site has from other sources is not said to be its actor's without it,
            # and an actor of one such document and one of its own was named twice, with and without it.
            notes: dict[str, list[str]] = {}
            for part in self.plans:
                notes.setdefault(part.actor_name, []).append(part.attribution)
            actors = [actor_with_note(name, theirs) for name, theirs in notes.items()]
            title = f"Ändringar i {len(self.plans)} dokument: {', '.join(actors)}"
        else:
            return registry
        # A new, renamed or removed topic or actor is named in the title too, where a feed reader
        # that shows titles only would otherwise never show it.
        return f"{title}; {lower_first(registry)}" if self.registry else title

    @property
    def anchor(self) -> str:
        return paths.change_anchor(self.commit)

    @property
    def day(self) -> str:
        return swedish_date(self.date)

    def scoped(self, scope: str, scope_id: str) -> Optional["Entry"]:
        """The part of this change that concerns one topic, actor or municipality; None if nothing."""
        if scope == "site" or self.note_title:
            return self
        if scope == "municipality_topic":
            # What the comparison page of one topic in one municipality shows: the topic's
            # items and tables in that municipality's documents; the topic, the municipality
            # and its actors (their names and texts are on the page).
            municipality_id, topic_id = scope_id.split("/")
            plans = tuple(part for part in (part.on_topic(topic_id) for part in self.plans
                                            if part.of("municipality", municipality_id)) if part)
            registry = tuple(line for line in self.registry
                             if line.topic == topic_id or line.municipality == municipality_id)
            return replace(self, plans=plans, registry=registry) if plans or registry else None
        if scope == "topic":
            plans = tuple(part for part in (part.on_topic(scope_id) for part in self.plans) if part)
        else:
            plans = tuple(part for part in self.plans if part.of(scope, scope_id))
        registry = tuple(line for line in self.registry if getattr(line, scope) == scope_id)
        return replace(self, plans=plans, registry=registry) if plans or registry else None


# The changelog page lists at most this many lines (changed items, and changed fields and
# tables of documents) in all, newest first, the rest counted per document. A new document's
# items are counted, not listed, there and in every feed but a topic's: they are all on its
# page, and a topic's feed holds only the new items on the topic, which are its news.
CHANGELOG_LINES = 150
# The changelog page also lists lines, the registry's among them, only while their HTML
# (`line_size`) fits in this many bytes in all, newest first; past it, it counts the rest (per
# document, and the registry's per change). 150 lines did not keep the page under 100 KB of
# HTML (P4): a changed quote's line shows its old and new words, up to 2,000 characters, and
# the registry's lines were not counted; the real plans' page was 129 KB, 36 KB of it the
# theme and the navigation. The rest of an entry (its heading, a document's line, the commit)
# is a few hundred bytes, and the history keeps 50 commits.
CHANGELOG_BYTES = 24_000
# A feed's entry lists at most this many lines of its change likewise, the rest counted per
# document: a feed keeps 50 entries, and a commit that changed 2,000 items of a document (a
# topic retagged everywhere), listed line by line in each, made the site's feed 45 MB, more
# than feed readers fetch; a topic's feed listed a new 2,000-item document's items so.
FEED_ENTRY_LINES = 150
# ... and only while their HTML (`line_size`) fits in this many bytes: 150 lines that each show
# a changed quote of 1,000 characters, old and new, made the site's feed 19 MB. 150 items of
# a few sentences each fit.
FEED_ENTRY_BYTES = 72_000


def _bytes(*texts: str) -> int:
    return sum(len(text.encode("utf-8")) for text in texts)


def line_size(line: "ItemLine | DetailLine | RegistryLine") -> int:
    """About how many bytes of HTML a listed line takes (`change_html`): its texts as written,
    escaped and with the marks of their language (`_detail_html`, `_item_html`), and its
    markup (an item's link to its anchor, the marks that keep it out of the search index)."""
    if isinstance(line, ItemLine):
        return 130 + _bytes(html_text(line.verb), _item_html(line), line.plan_id, line.item_id) + sum(
            line_size(detail) for detail in line.details)
    return 30 + _bytes(_detail_html(line))


@dataclass(frozen=True)
class ListedPart:
    """What the changelog page or a feed shows of one document's part of a change."""

    part: PlanPart
    details: tuple[DetailLine, ...]  # listed
    items: tuple[ItemLine, ...]  # listed
    more: str  # what is counted instead of listed ("150 nya punkter"), or ""
    full: bool = False  # a line was left out for want of bytes: no later line is listed

    def size_left(self, size: Optional[int]) -> Optional[int]:
        """Of a budget of `size` bytes (None: none), what is left after this part's lines."""
        if size is None:
            return None
        return -1 if self.full else size - sum(map(line_size, self.details + self.items))


def _fitting(lines: tuple, count_left: Optional[int], size_left: Optional[int]) -> tuple[int, bool]:
    """How many of `lines`, from the first, fit in `count_left` lines and `size_left` bytes
    (None: any), and whether one was left out for want of bytes."""
    fit = len(lines) if count_left is None else max(0, min(len(lines), count_left))
    if size_left is not None:
        for number, line in enumerate(lines[:fit]):
            size_left -= line_size(line)
            if size_left < 0:
                return number, True
    return fit, False


def listed_part(part: PlanPart, lines: Optional[int] = None, list_new: bool = False,
                size: Optional[int] = None) -> ListedPart:
    """`part` with at most `lines` lines listed, of at most `size` bytes in all (None: any), a
    new document's items counted unless `list_new`, and what is not listed counted."""
    fit, full = _fitting(part.details, lines, size)
    details = part.details[:fit]
    if part.verb == PLAN_VERBS["added"] and not list_new:
        items: tuple[ItemLine, ...] = ()
    else:
        size = None if size is None else -1 if full else size - sum(map(line_size, details))
        fit, full = _fitting(part.items, None if lines is None else lines - len(details), size)
        items = part.items[:fit]
    more = _counted(part.items[len(items):])
    if len(details) < len(part.details):
        more.append(count(len(part.details) - len(details), "ändring i dokumentets uppgifter eller tabeller",
                          "ändringar i dokumentets uppgifter eller tabeller"))
    return ListedPart(part, details, items, ", ".join(more), full)


def _listed_parts(entry: Entry, lines: int, list_new: bool = False,
                  size: Optional[int] = None) -> tuple[ListedPart, ...]:
    """`entry`'s documents' parts (`listed_part`), listing at most `lines` lines of at most
    `size` bytes among them."""
    parts = []
    for part in entry.plans:
        parts.append(listed := listed_part(part, lines, list_new, size))
        lines -= len(listed.details) + len(listed.items)
        size = listed.size_left(size)
    return tuple(parts)


@dataclass(frozen=True)
class Listed:
    """One entry as the changelog page shows it: its heading's words, the registry's lines it
    lists and what it counts of the rest, and its documents' parts."""

    entry: Entry
    when: str
    registry: tuple[RegistryLine, ...]
    registry_more: str
    parts: tuple[ListedPart, ...]


def changelog_listing(history: "History", lines: int = CHANGELOG_LINES,
                      size: Optional[int] = None) -> tuple[Listed, ...]:
    """Each entry with when it was made, as its heading says it, and the lines the changelog
    page lists of it, within `lines` and `size` bytes (`line_size`) for all entries, newest
    first: its registry's lines, then its documents' parts. The day, or also the time where
    another entry of the same day has the same title: two headings alike in a screen reader's
    list of headings and in the table of contents cannot be told apart. Where the minute is
    the same too (GitHub's "Rebase and merge" gives a pull request's commits one time), each is
    numbered, the oldest first: "kl. 18.00, ändring 2 av 2"."""
    size = CHANGELOG_BYTES if size is None else size
    alike = collections.Counter((entry.day, entry.title) for entry in history.entries)
    moments = [swedish_moment(entry.date) if alike[entry.day, entry.title] > 1 else entry.day
               for entry in history.entries]
    same = collections.Counter(zip(moments, (entry.title for entry in history.entries)))
    later: collections.Counter = collections.Counter()  # of each moment and title, the newer entries listed
    listing = []
    for entry, when in zip(history.entries, moments):
        fit, full = _fitting(entry.registry, None, size)
        registry, rest = entry.registry[:fit], len(entry.registry) - fit
        size = -1 if full else size - sum(map(line_size, registry))
        parts = _listed_parts(entry, lines, size=size)
        lines -= sum(len(listed.details) + len(listed.items) for listed in parts)
        for listed in parts:
            size = listed.size_left(size)
        total, heading = same[when, entry.title], when
        if total > 1:
            heading = f"{when}, ändring {total - later[when, entry.title]} av {total}"
            later[when, entry.title] += 1
        listing.append(Listed(entry, heading, registry,
                              count(rest, "ändring i registren", "ändringar i registren") if rest else "", parts))
    return tuple(listing)


@dataclass(frozen=True)
class Move:
    """A topic, actor or municipality given a new id: its pages and feeds moved to new addresses."""

    kind: str  # "topic" | "actor" | "municipality"
    old_id: str
    new_id: str  # the id it has today (after any later change of id)
    commit: str  # the commit that changed the id, and its date (ISO)
    date: str


@dataclass(frozen=True)
class History:
    commit: str  # the commit the site is built from, or "okänd"
    base_url: str  # the public address, ending in /
    entries: tuple[Entry, ...]  # newest first; never empty
    earlier: str = ""  # why changes older than the oldest entry are not listed, if some are not
    # The date (ISO) of the oldest revision read, where the listed changes begin; empty when
    # the entries are one note instead of changes (every feed holds that note).
    start: str = ""
    commit_date: str = ""  # the date (ISO) of `commit`; empty without git
    moves: tuple[Move, ...] = ()  # the ids replaced in the history read, oldest first


def data_date(site: Site) -> str:
    """A date for a history without commits: the day the newest source was retrieved."""
    newest = max((plan.data.source.retrieved for plan in site.plans), default=datetime.date(2000, 1, 1))
    return f"{newest.isoformat()}T00:00:00+00:00"


def unreadable_before(date: str) -> str:
    """Why the changes up to the version of `date` (ISO), the oldest one read, are not listed:
    the older files do not load, or their ids, references or quotes do not hold together
    (`checks.REVISION_RULES`); a rule that only judges how a file is written does not cut the
    history. (It said "before" the day, while that day's earlier changes and the version's own
    were not listed either.)"""
    return (f"Ändringar fram till och med versionen från den {swedish_moment(date)} visas inte: de äldre "
            "versionerna av planerna och registren går inte att läsa in med dagens regler för hur filerna är "
            "uppbyggda och hänger ihop, och kan därför inte jämföras med dagens.")


def without_history(site: Site, base_url: str, commit: str, date: Optional[str], shallow: bool,
                    unreadable_earlier: bool = False, revision: Optional[str] = None) -> History:
    """One clear entry instead of the changes, when the build has no history to read, or none
    since the oldest revision that reads today (`changes.site_at`) (`unreadable_earlier`: older ones exist).
    `commit` is the one the site is built from; the entry's id, anchor and `date` are those of
    `revision`, the revision of the plans and registries it stands for (default: `commit`), so
    that a commit touching neither gives the feeds no new entry."""
    if shallow:
        title = "Ändringshistoriken finns inte i det här bygget"
        note = ("Webbplatsen byggdes utan sin git-historik (till exempel från en grund klon), så tidigare "
                "ändringar kan inte visas här. De kommer med nästa gång webbplatsen byggs med hela historiken.")
    elif unreadable_earlier:
        title = "Ändringshistoriken börjar här"
        note = f"Planerna och registren har inte ändrats sedan dess. {unreadable_before(date)}"
    else:
        title = "Inga ändringar ännu"
        note = "Planerna och registren har inte ändrats sedan de första dokumenten lades in."
    # The linked model's figures, counted as the pages count them ("1 punkt", "25 000 punkter").
    note += f" Webbplatsen visar nu {count(site.item_count, 'punkt', 'punkter')} i {count(site.plan_count, 'dokument', 'dokument')}."
    # The entry's id and anchor need a commit. Without git it stands for "no history" and for
    # what the entry says: a build whose counts differ gives a new id, which a reader shows, and
    # the same plans the same. (Its `updated` cannot follow: without git no date of the change
    # is known but the newest retrieval, `data_date`, and the build's day would differ between
    # builds of the same plans. With one id, a reader kept showing the first counts.)
    revision = revision or commit
    ident = revision if all(c in "0123456789abcdef" for c in revision) else \
        "utan-git-" + hashlib.sha256(f"{title}\n{note}".encode()).hexdigest()[:12]
    return History(commit, base_url, (Entry(ident, date or data_date(site), note_title=title, note=note),))


# --- the feeds ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Feed:
    scope: str  # "site" | "topic" | "actor" | "municipality" | "municipality_topic"
    scope_id: str  # a municipality_topic's: "<municipality id>/<topic id>"
    about: str  # what it holds, in Swedish: "ändringar från Mittenpartiet" (a link's text on other pages)
    page: str  # the page the feed belongs to (its alternate link)
    subject: str = ""  # what it follows, as its title begins: "Mittenpartiet Dalby"; the site's none
    # What its changes concern, as its subtitle ends: "dokumenten från partiet i Dalby". A
    # municipality's feed said "partiernas och förvaltningarnas dokument" of one party too.
    concerns: str = ""
    # A feed at an address given up (`moved_feeds`): the change of id that moved it, and the feed
    # (today's id) that holds its changes now; `scope_id` is then the id given up.
    moved: Optional[Move] = None
    now: Optional["Feed"] = None

    @property
    def title(self) -> str:
        """The subject first: a reader's list of subscriptions shows a title's first 25 or so
        characters, and titles that began with the site's name, "Vem lovar vad? – ändringar
        om …", all read alike there."""
        return f"{self.subject} – ändringar på {SITE_NAME}" if self.subject else f"{SITE_NAME} – {self.about}"

    @property
    def subtitle(self) -> str:
        return f"Vad som har lagts till, tagits bort och ändrats i webbplatsens uppgifter om {self.concerns}."

    @property
    def path(self) -> str:
        return paths.feed_file(self.scope, self.scope_id)


def site_feeds(site: Site) -> list[Feed]:
    """Every feed, in a fixed order: the site, then topics, actors and municipalities in site
    order, then each topic of each municipality that has a comparison page, the page that
    announces it (a voter follows one topic where they live without the rest of the country).
    A municipality's actors are named by their kinds and number, as its page names them."""
    # The site's and a topic's across the country name its actors' kinds and number as a
    # municipality's do: "förvaltningarnas" said there were several where there was one.
    feeds = [Feed("site", "", "alla ändringar", paths.CHANGELOG, concerns=site.whose_documents)]
    feeds += [Feed("topic", t.id, f"ändringar om {t.name}", paths.topic_page(t.id), t.name,
                   f"{lower_first(t.name)} i {site.whose_documents}") for t in site.topics]
    # An actor's documents as its page names them, "dokumentet" of one, with the note beside
    # those whose actor only other sources name (`actor_with_note`).
    feeds += [Feed("actor", a.id, f"ändringar från {a.name}", paths.actor_page(a.id), a.name,
                   f"{documents_from(len(a.plans))} {actor_with_note(a.name, [plan.attribution_note for plan in a.plans])}")
              for a in site.actors]
    # A municipality's documents, its own and its topics' feeds, with the note as its page has it
    # beside each document whose actor only other sources name, and of how many where of some:
    # Falun's one document is such, and its feeds said nothing of it. Which actor's, its feed says.
    whose = {m.id: actor_with_note(m.whose_documents, [plan.attribution_note for plan in m.plans])
             for m in site.municipalities}
    feeds += [Feed("municipality", m.id, f"ändringar {m.located}", paths.municipality_page(m.id), m.name,
                   whose[m.id]) for m in site.municipalities]
    # The municipality first: its feeds of topics are listed together, and apart from another's.
    feeds += [Feed("municipality_topic", f"{m.id}/{row.topic.id}", f"ändringar om {row.topic.name} {m.located}",
                   paths.compare_page(m.id, row.topic.id), f"{m.name}: {row.topic.name}",
                   f"{lower_first(row.topic.name)} i {whose[m.id]}")
              for m in site.municipalities for row in m.topic_rows]
    return feeds


def moved_feeds(site_feeds: list[Feed], history: History) -> list[Feed]:
    """A feed at each address a change of id gave up, so that its subscribers hear where it went
    (GitHub Pages has no redirects: it was a 404): a topic's, actor's or municipality's, and a
    topic's in a municipality whose topic or municipality got the new id. It holds what it held
    when the id changed and, last, an entry saying where the feed is now (`moved_notice`); it
    never gets another. One per id given up and feed, while the history read holds the change;
    an address in use again (an id given back, or to another) is the feed there."""
    taken = {feed.path for feed in site_feeds}
    found: dict[str, Feed] = {}
    for place, move in enumerate(history.moves):
        for feed in site_feeds:
            if feed.scope == move.kind and feed.scope_id == move.new_id:
                old_id = move.old_id
            elif feed.scope == "municipality_topic" and move.kind in ("municipality", "topic"):
                municipality_id, topic_id = feed.scope_id.split("/")
                if (municipality_id if move.kind == "municipality" else topic_id) != move.new_id:
                    continue
                # The other half of the address as it was when this id changed, not as it is today.
                if move.kind == "municipality":
                    old_id = f"{move.old_id}/{_id_then(history.moves, place, 'topic', topic_id)}"
                else:
                    old_id = f"{_id_then(history.moves, place, 'municipality', municipality_id)}/{move.old_id}"
            else:
                continue
            moved = replace(feed, scope_id=old_id, moved=move, now=feed)
            if moved.path not in taken:
                found.setdefault(moved.path, moved)
    return list(found.values())


def _id_then(moves: tuple[Move, ...], place: int, kind: str, today_id: str) -> str:
    """The id the `kind` with `today_id` had when `moves[place]` was made: the one given up by its
    first change of id after that (or in the same commit), else the id it has today."""
    made = moves[place].commit
    return next((move.old_id for number, move in enumerate(moves)
                 if (number > place or move.commit == made) and number != place
                 and move.kind == kind and move.new_id == today_id), today_id)


_MOVED_KINDS = {"topic": "ämnet", "actor": "aktören", "municipality": "kommunen"}


def moved_notice(feed: Feed) -> Entry:
    """The last entry of a moved feed: where it went, dated by the change of id, so that it
    never changes (a reader shows it once)."""
    move, now = feed.moved, feed.now
    note = (f"Flödet har flyttat: {now.about} finns nu i ett flöde på en ny adress, eftersom "
            f"{_MOVED_KINDS[move.kind]} fick ett nytt id ({move.old_id} → {move.new_id}). Det här flödet får inga "
            "fler inlägg; prenumerera på det nya för att följa ändringarna. Inläggen nedan är de som fanns här då.")
    return Entry(move.commit, move.date, note_title=f"Flödet har flyttat: {now.title}", note=note,
                 page=now.page, feed=now.path)


def feed_entries(feed: Feed, history: History) -> list[Entry]:
    """The entries of `feed`, newest first; a moved feed's as they were when it moved, below
    the entry that says so."""
    follows = feed.now.scope_id if feed.now else feed.scope_id
    found = [scoped for entry in history.entries if (scoped := entry.scoped(feed.scope, follows))]
    if feed.moved:
        commits = [entry.commit for entry in history.entries]
        moved_at = commits.index(feed.moved.commit) if feed.moved.commit in commits else len(commits)
        before = set(commits[moved_at + 1:])
        found = [moved_notice(feed)] + [entry for entry in found if entry.commit in before]
    return found


def entry_link(entry: Entry, link: Callable[[str, str], str]) -> str:
    """Where an entry leads: the document, when one changed and still exists; a moved feed's
    last entry, the page at the new address; else the changelog."""
    if entry.page:
        return link(entry.page, "")
    if len(entry.plans) == 1 and not entry.registry and entry.plans[0].exists:
        return link(paths.plan_page(entry.plans[0].plan_id), "")
    return link(paths.CHANGELOG, entry.anchor)


def _feed_term(kind: str, text: str) -> Markup:
    """A document's term in a feed: its text alone (a feed reader has none of the site's styles)."""
    return html_text(text)


def _detail_html(detail: DetailLine | RegistryLine) -> str:
    """A changed field's line or a registry's, a document's own words or a name in a minority
    language in it marked with their language."""
    return in_languages(detail.pieces) if detail.pieces else html_text(detail.text)


def _item_html(item: ItemLine) -> str:
    """An item's words in its line: its kind and its text."""
    return f"{html_text(item.kind)}: {html_text(item.text)}"


def change_html(entry: Entry, parts: tuple[ListedPart, ...], link: Callable[[str, str], str],
                term: Callable[[str, str], Markup] = _feed_term, search_excluded: bool = False,
                registry: Optional[tuple[RegistryLine, ...]] = None, registry_more: str = "") -> Markup:
    """What one change says, as HTML: its note, its registry lines (`registry`, if not all,
    and `registry_more`, what is counted of the rest) and its documents' `parts` as listed
    (`listed_part`). The changelog page and the feeds both show a change this way;
    they differ in `link` (relative or absolute), how a document's `term` is shown, and
    whether an item still on the site is kept out of the search index (`search_excluded`),
    its whole line with what changed in it (its old and new words): search finds it on its
    document's page, as it reads now, and the change by its heading. So are a document's changed fields and a registry entry's (`words`).
    Every text passes through `html_text`."""
    out = []
    if entry.note:
        out.append(f"<p>{html_text(entry.note)}</p>")
    if entry.feed:
        feed, page = link(entry.feed, ""), link(entry.page, "")
        out.append(f'<p>Nytt flöde: <a href="{feed}">{html_text(feed)}</a><br>'
                   f'Sidan: <a href="{page}">{html_text(page)}</a></p>')
    exclude = " data-search-exclude" if search_excluded else ""
    registry = entry.registry if registry is None else registry
    if registry or registry_more:
        more = [f"<li{exclude}>{'Fler: ' if registry else ''}{html_text(registry_more)}</li>"] if registry_more else []
        out.append("<ul>" + "".join([f"<li{exclude if line.words else ''}>{_detail_html(line)}</li>"
                                     for line in registry] + more) + "</ul>")
    for listed in parts:
        part = listed.part
        title = html_text(part.title)
        if part.exists:
            title = f'<a href="{link(paths.plan_page(part.plan_id), "")}">{title}</a>'
        if part.term[1]:  # the commit's words (`history._entry`), also of a document removed since
            title = f"{title} ({term(part.term[0], lower_first(part.term[1]))})"
        # The same two sentences under every changed document: out of the search index, which
        # finds the change by its heading.
        note = html_text(TEXT_NOTES.get(part.verb, ""))
        note = (f" <span{exclude}>{note}</span>" if exclude else f" {note}") if note else ""
        # A document still on the site is found by its title, term and actor on its page, and
        # the change by its heading: its line, said again for each of its changes, stays out of
        # the index (about 7 gzipped bytes of the real plans' a change). A removed document's
        # words are on no other page.
        line_in = f"<p{exclude}>" if part.exists else "<p>"
        actor = html_text(part.actor_name)
        if part.attribution:  # as the pages say it beside the actor, linked to the document page's note
            said = html_text(part.attribution)
            if part.exists:
                said = f'<a href="{link(paths.plan_page(part.plan_id), paths.PLAN_ATTRIBUTION_ANCHOR)}">{said}</a>'
            actor = f"{actor} · {said}"
        out.append(f"{line_in}<strong>{html_text(part.verb)}:</strong> {title} – {actor}.{note}</p>")
        # A document still on the site is found as it reads now on its page: its changed
        # fields' old and new words stay out of the index, as an item's do.
        detail_in = f"<li{exclude}>" if part.exists else "<li>"
        lines = [f"{detail_in}{_detail_html(detail)}</li>" for detail in listed.details]
        for item in listed.items:
            text = _item_html(item)
            if item.exists:
                text = f'<a href="{link(paths.plan_page(item.plan_id), item.item_id)}">{text}</a>'
            line = f"<strong>{html_text(item.verb)}</strong> – {text}"
            if item.exists and exclude:
                # The whole line, verb and all: without the item's words the index held
                # "Ändrad punkt – " once for each, which finds nothing the change's heading does
                # not. (A span, not the `li`: the search plugin tracks an excluded element by its
                # tag, and the details' own `li` would end it. An `li` left empty it drops.)
                line = f"<span{exclude}>{line}</span>"
            details = "".join(f"<li>{_detail_html(detail)}</li>" for detail in item.details)
            listed_in = f"<ul{exclude}>" if item.exists else "<ul>"
            lines.append(f"<li>{line}" + (f"{listed_in}{details}</ul>" if details else "") + "</li>")
        if listed.more:
            # What is counted ("Fler: 4 ändrade punkter", as the registry's) finds nothing a
            # search needs, and the heading says the change's counts: out of the index (75
            # gzipped bytes of the real plans' index once the page counted by size).
            more = html_text(listed.more)
            lines.append(f"<li{exclude}>Fler: {more}</li>" if lines else f"<li{exclude}>{more}</li>")
        if lines:
            out.append("<ul>" + "".join(lines) + "</ul>")
    return Markup("\n".join(out))


def entry_html(entry: Entry, link: Callable[[str, str], str], list_new: bool = False) -> str:
    """A feed entry's content: up to `FEED_ENTRY_LINES` lines of `FEED_ENTRY_BYTES` listed, the rest counted, and a
    new document's items counted unless `list_new`. A plain string: ElementTree escapes it once
    more for the XML."""
    return str(change_html(entry, _listed_parts(entry, FEED_ENTRY_LINES, list_new, FEED_ENTRY_BYTES), link))


def _tag_id(base_url: str, feed: Feed, entry: Entry) -> str:
    """The entry's id in this feed. A topic's, actor's or municipality's feed holds only its
    part of a commit's change, so there the id names the feed too: a reader that follows two
    feeds and merges entries by id would otherwise show one feed's part in place of the other's.
    The site feed's entries hold the whole change under the commit's id alone."""
    host = urlsplit(base_url).hostname or "localhost"
    kind = "andring" if not entry.note_title else "lage"
    scope = f"{feed.scope}/{feed.scope_id}/" if feed.scope != "site" else ""
    return f"tag:{host},2026:{kind}/{scope}{entry.commit}"


def _element(parent: ET.Element, tag: str, text: Optional[str] = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def empty_feed_updated(history: History) -> str:
    """`updated` of a feed without entries (Atom requires one): not the newest change
    elsewhere on the site, which is not this feed's, but the date of the oldest revision the
    history read. No change to the feed's topic, actor or municipality is listed since then,
    so the feed has been as it is at least since that date (when its subject was added, it is
    an entry of its own). Failing that, the oldest entry's date."""
    return history.start or history.entries[-1].date


def newest_date(entries: list[Entry]) -> str:
    """The latest of the entries' dates, as an instant. The entries come in the order their
    commits reached the site, which is not always the order of their dates: a commit keeps
    the date its committer's clock gave it (one set wrong, a rebase that keeps the author's
    dates), and the feed's `updated`, taken from the first entry, then went back in time,
    so a reader that goes by it saw no news."""
    return max((entry.date for entry in entries), key=datetime.datetime.fromisoformat)


class FeedCache:
    """Each feed's Atom text, kept between the rebuilds of one `mkdocs serve` while the history
    is the same. A feed's text is made from the feed (its subject, address and page) and the
    history alone (`atom`); an edited plan changes neither until it is committed, yet each
    rebuild made all 86 of the real plans' feeds again, for the data files' index
    (`opendata.manifest`) lists every feed with its digest."""

    def __init__(self) -> None:
        self._history: Optional[History] = None
        self._texts: dict[Feed, str] = {}

    def atom(self, feed: Feed, history: History) -> str:
        if history is not self._history:
            if history != self._history:  # compared once a rebuild: its history is one object
                self._texts = {}
            self._history = history
        if feed not in self._texts:
            self._texts[feed] = atom(feed, history)
        return self._texts[feed]


def atom(feed: Feed, history: History) -> str:
    """The feed as Atom 1.0 XML; ElementTree escapes every text and attribute."""
    base = history.base_url
    absolute = lambda target, anchor: paths.absolute_url(base, target, anchor)  # noqa: E731
    entries = feed_entries(feed, history)
    root = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "sv"})
    _element(root, "id", paths.absolute_url(base, feed.path))
    _element(root, "title", feed.title)
    _element(root, "updated", newest_date(entries) if entries else empty_feed_updated(history))
    _element(root, "link", rel="self", type="application/atom+xml", href=paths.absolute_url(base, feed.path))
    _element(root, "link", rel="alternate", type="text/html", href=paths.absolute_url(base, feed.page))
    author = _element(root, "author")
    _element(author, "name", SITE_NAME)
    _element(root, "subtitle", feed.subtitle)
    _element(root, "rights", opendata.RIGHTS)
    for entry in entries:
        element = _element(root, "entry")
        _element(element, "id", _tag_id(base, feed, entry))
        _element(element, "title", entry.title)
        _element(element, "updated", entry.date)
        _element(element, "link", rel="alternate", type="text/html", href=entry_link(entry, absolute))
        _element(element, "content", entry_html(entry, absolute, list_new=feed.scope in ("topic", "municipality_topic")), type="html")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
