"""What a pull request changes for voters: the plans of two git revisions, compared.

Each revision's plans, registries and archived sources are read with `git show` into a
temporary folder and loaded with the same loader as the site (`site.build_site`), so
the comparison sees exactly what the site would show. An earlier revision is checked with
the rules that the linked model needs (`checks.REVISION_RULES`), not those that judge how
its files were written: a rule added since does not make it unreadable. The result is Swedish Markdown for
the pull request's job summary: documents and items added, removed and changed, first per
actor, then per topic (what changes on each topic page). The same comparison makes the
changelog's and the feeds' entries (`history.py`); only the job summary names a kind's or a
status's YAML value beside its Swedish name (`yaml_values`), for the party office that
writes it.
"""

from __future__ import annotations

import collections
import datetime
import functools
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Optional, TypeVar

from . import model
from .link import Actor, Item, Plan, Site, Table, Topic, document_order, locator_parts, swedish_key
from .checks import REVISION_RULES, CheckCache
from .load import PLANS_DIR, REGISTRY_DIR, SOURCES_DIR, LoadCache
from .site import build_site
from .errors import LocatedError, ValidationFailed
from .escape import html_with_code, log_text
from .feeds import PLAN_VERBS, RENDERING_CHANGED
from .scope import export_revision, git, paired_ids, resolve
from .suggest import TopicNames
from .swedish import cited, count, grouped, list_separators, percent, shorten, shorten_both, swedish_date

T = TypeVar("T", Item, Plan)

FOLDERS = (PLANS_DIR, REGISTRY_DIR, SOURCES_DIR)

# Swedish names of the fields a reviewer sees change.
ITEM_LABELS = {
    "id": "id (punktens ankare i adressen)", "section": "avsnitt", "kind": "typ", "text": "text",
    "detail": "mer om punkten", "topics": "ämnen", "quote": "citat", "locator": "plats i källan",
    "indicator": "indikator", "status": "läge", "risk": "risk", "follows_up": "följer upp",
}
PLAN_LABELS = {
    "id": "id (dokumentets adress)", "title": "titel", "language": "språk", "municipality": "kommun", "body": "nämnd eller område",
    "year": "år", "period": "period", "undated": "datering (utan datum)", "dating_note": "datering",
    "dating_inferred": "årtal som inte står i dokumentet (visas med ca)", "kind": "typ", "status": "status", "source": "källa",
    "attribution": "tillskrivning", "summary": "sammanfattning", "term": "mandatperiod", "actor": "aktör",
}
TABLE_LABELS = {
    "caption": "rubrik", "unit": "enhet", "decimal": "decimaltecken", "columns": "kolumner", "row": "rad",
    "row_added": "ny rad", "row_removed": "borttagen rad", "quote": "citat", "locator": "plats i källan",
    "topics": "ämnen",
}
# The fields that hold a document's own words, as it writes them (`_flatten`'s keys): their
# changes carry its language (`Difference.side_words`). An item's text and a plan's title and summary
# are the editors' Swedish.
ITEM_WORDS = frozenset({"section", "quote", "locator", "risk.control", "risk.frequency", "risk.method"})
PLAN_WORDS = frozenset({"source.title"})
TABLE_WORDS = frozenset({"caption", "columns"})
# Swedish names of the fields inside an item's or a document's blocks (indicator, status, risk,
# source, attribution, period), as the pages and the guide name them.
SUBFIELD_LABELS = {
    "baseline": "ingångsvärde", "target": "målvärde", "value": "värde", "decimal": "decimaltecken",
    "unit": "enhet", "year": "år", "approximate": "ungefärligt", "label": "vad värdet mäter",
    "data_source": "datakälla", "state": "läge", "probability": "sannolikhet", "consequence": "konsekvens",
    "control": "kontrollmoment", "frequency": "frekvens", "method": "metod", "start": "första året",
    "end": "sista året", "title": "titel", "url": "webbadress", "archive": "arkiverad text",
    "retrieved": "hämtad", "publisher": "utgivare", "claim": "uppgift", "sources": "källa",
}
# A note is named by its block: a status's is the document's words on how far a promise has
# come, a reference's what that source shows.
NOTE_LABELS = {"status": "vad dokumentet säger", "sources": "vad källan visar"}
# What a registry change is called: an entry added or removed, by kind; a rename is "Nytt namn på …".
REGISTRY_VERBS = {("added", "ämne"): "Nytt ämne", ("removed", "ämne"): "Borttaget ämne",
                  ("added", "aktör"): "Ny aktör", ("removed", "aktör"): "Borttagen aktör",
                  ("added", "kommun"): "Ny kommun", ("removed", "kommun"): "Borttagen kommun",
                  ("added", "mandatperiod"): "Ny mandatperiod", ("removed", "mandatperiod"): "Borttagen mandatperiod",
                  ("changed", "mandatperiod"): "Ändrad mandatperiod", ("changed", "ämne"): "Ändrat ämne",
                  ("changed", "aktör"): "Ändrad aktör", ("changed", "kommun"): "Ändrad kommun"}
# Registry fields besides the name that the pages show, with their Swedish names: a change to
# one is a change voters see (a topic's texts on its page, an actor's kind in every column
# head, a municipality's county on the home page), so the summary and the feeds name it.
REGISTRY_FIELDS = {"ämne": {"description": "beskrivning", "easy_read": "lättläst text", "keywords": "sökord"},
                   "aktör": {"short": "förkortning", "kind": "typ", "url": "webbplats"},
                   "kommun": {"county": "län", "preposition": "ordet före namnet",
                              "other_names": "namn på minoritetsspråk"}}
# Registry fields that are lists, told by the entries added and removed (`_listed_change`): a
# topic's keywords, a municipality's names in minority languages (each as its page says it, and
# one kept in another language as changed: `_names_pieces`).
LISTED = frozenset({"keywords", "other_names"})
# A table added or removed is one difference under these labels; any other is a changed table's.
TABLE_ADDED, TABLE_REMOVED = "ny tabell", "borttagen tabell"
TABLE_KINDS = {TABLE_ADDED: "added", TABLE_REMOVED: "removed"}
# A promise's state as said after the label "läge": a state the follow-up does not give "anges
# inte", as the promise's page says "Läget anges inte i …"; "läge: Genomfört → Läget anges inte"
# named it twice.
STATES_AFTER_LABEL = {**model.PROMISE_STATES, "unknown": "anges inte"}
VOCABULARIES = {
    ("item", "kind"): model.ITEM_KINDS, ("item", "status.state"): STATES_AFTER_LABEL,
    ("plan", "kind"): model.PLAN_KINDS, ("plan", "status"): model.PLAN_STATUSES,
    ("plan", "language"): model.DOCUMENT_LANGUAGES,
}


class RevisionUnreadable(Exception):
    """The plans at a revision do not load; carries every error, located, and whether the
    revision is the base a change is compared with (`base`), whose errors are not the change's."""

    def __init__(self, rev: str, errors: list[LocatedError], base: bool = False):
        super().__init__(rev)
        self.rev, self.errors, self.base = rev, errors, base


# --- reading a revision --------------------------------------------------------------------
def site_at(root: Path, rev: str, caches: Optional[tuple[LoadCache, CheckCache]] = None,
            every_rule: bool = False) -> Site:
    """The linked site model of the plans as they are at `rev`, checked with the rules the
    model needs (`checks.REVISION_RULES`), or, for the change under review, with `every_rule`.
    `caches`, shared by the reads of several revisions, spare parsing and checking again the
    files one has as the last had."""
    with tempfile.TemporaryDirectory(prefix="vlv-changes-") as folder:
        export_revision(root, rev, FOLDERS, Path(folder))
        try:
            return build_site(Path(folder), *(caches or (None, None)), rules=None if every_rule else REVISION_RULES)
        except ValidationFailed as failure:
            raise RevisionUnreadable(rev, failure.errors)


# --- the comparison -------------------------------------------------------------------------
@dataclass(frozen=True)
class Difference:
    """One changed field, as plain text (templates escape it): before → after."""

    label: str = ""  # given, or where the label is in pieces (`label_words`), them joined
    before: str = ""
    after: str = ""
    note: str = ""  # instead of before → after, e.g. "+ Hemlöshet och bostad"
    topics: tuple[str, ...] = ()  # a table's change: the topics (ids) it had before and after
    table: str = ""  # a table's change: its id
    # A note that ends in the document's own words ("tillagt »…»"): those words and their tag.
    words: tuple[str, str] = ("", "")
    # A label that names a table or a row by the document's words (`tabell »…», rad »…»`): the
    # label in pieces, each with the tag of those words or "" for the site's Swedish; else empty.
    label_words: tuple[tuple[str, str], ...] = ()
    # Where a side holds the document's own words (`ITEM_WORDS`, `PLAN_WORDS`: a quote, a locator,
    # a heading), each side in pieces, as `label_words`, so that the changelog and the feeds mark
    # them (WCAG 3.1.2): a side whole in the language of the document before or after (its
    # `language` may change with them), a row's changed figures each named by its column
    # (`Budget 2024: 63,4`), a locator's places, whose positions (`punkt 3`) are the site's
    # Swedish (`_sides`); else empty: both sides are the site's Swedish.
    side_words: tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = ((), ())
    # A note with the document's words in several places (a table's columns added and removed,
    # `_listed_pieces`) in pieces, as `label_words`; else empty (`words` marks its end).
    note_words: tuple[tuple[str, str], ...] = ()

    def __post_init__(self):
        # A label in pieces is those pieces joined, here only: the plain line (`history`, the job
        # summary) and the marked one (`pieces`) say the same label, whatever label `replace` kept.
        if self.label_words:
            object.__setattr__(self, "label", "".join(text for text, _ in self.label_words))

    @property
    def label_pieces(self) -> tuple[tuple[str, str], ...]:
        return self.label_words or ((self.label, ""),)

    @property
    def pieces(self) -> tuple[tuple[str, str], ...]:
        """The line `label: before → after` (or `label: note`) in pieces, each with the tag of the
        document's own words it holds or "" for the site's Swedish, where some are in another
        language (the changelog, the feeds and the job summary mark them); else empty."""
        if self.note:
            words, lang = self.words
            note = self.note_words or ((self.note[:len(self.note) - len(words)], ""), (words, lang))
            pieces = (*self.label_pieces, (": ", ""), *note)
        else:
            pieces = (*self.label_pieces, (": ", ""),
                      *(self.side_words[0] or ((self.before, ""),)), (" → ", ""),
                      *(self.side_words[1] or ((self.after, ""),)))
        return pieces if any(lang for _, lang in pieces) else ()


def _sides(before: str, after: str, langs: tuple[str, str],
           locator: bool = False) -> tuple[tuple[tuple[str, str], ...], ...]:
    """A changed field's two sides in pieces (`Difference.side_words`), the words before in
    `langs[0]`, those after in `langs[1]`: each side whole, or a `locator`'s in its places; none
    where both are the site's Swedish."""
    if not any(langs):
        return (), ()
    if locator:
        return _locator_side(before, langs[0]), _locator_side(after, langs[1])
    return ((before, langs[0]),), ((after, langs[1]),)


def _locator_side(shown: str, lang: str) -> tuple[tuple[str, str], ...]:
    """One side of a locator's change in pieces, each with its tag: between its quotation marks
    as its item's card shows it, its places in `lang` and its positions (`punkt 3`) and marks
    in the site's Swedish (`link.locator_parts`)."""
    if not lang or len(shown) < 2:
        return ((shown, lang),)
    pieces = [(shown[0], "")]
    for part in locator_parts(shown[1:-1]):
        pieces.append((part.text, lang if part.documents else ""))
        if part.mark:
            pieces.append((f"{part.mark} ", ""))
    return (*pieces, (shown[-1], ""))


@dataclass(frozen=True)
class RegistryChange:
    kind: str  # "added" | "removed" | "renamed" | "changed" (a term's name or dates) | "new-id"
    what: str  # "ämne" | "aktör" | "kommun" | "mandatperiod"
    id: str
    before: str = ""  # the name before (removed, renamed); the id before (new-id)
    after: str = ""  # the name after (added, renamed); the id after (new-id)
    name: str = ""  # the entry's name (new-id; changed: its name now, which voters know it by)
    field: str = ""  # the changed field's Swedish name (changed, besides a term's dates)
    # A changed list's words added and removed (`_listed_change`), said instead of before → after.
    note: str = ""
    # The note in pieces where it holds words in another language than Swedish (a municipality's
    # names in minority languages, `_names_pieces`), as `Difference.note_words`; else empty.
    note_words: tuple[tuple[str, str], ...] = ()
    # Named by a name another entry bears too (one party in two municipalities): added, renamed
    # (before or after) or changed under it (or under one another bore before the change: the
    # other's line, renamed from it, names it too).
    alike: bool = False

    @property
    def verb(self) -> str:
        """`Nytt ämne`, `Nytt namn på kommun`, `Nytt id för ämne`."""
        if self.kind == "new-id":
            return f"Nytt id för {self.what}"
        return f"Nytt namn på {self.what}" if self.kind == "renamed" else REGISTRY_VERBS[(self.kind, self.what)]

    @property
    def text(self) -> str:
        """The change as one line of plain text (the changelog and the feeds), naming the entry
        by its name, as the pages do. An id is told where addresses go, an entry removed or given
        a new id, and beside an entry added, renamed or changed under a name another bears
        (`alike`: an actor's name is its own within its municipality only), whose two lines read
        alike without it (the job summary's template names ids throughout, for the editors)."""
        gone = f" ({self.gone_note[0]} {self.gone} {self.gone_note[1]})" if self.gone else ""
        if self.kind == "new-id":
            return f"{self.verb} {self.name}: {self.before} → {self.after}{gone}"
        if self.kind == "renamed":
            return f"{self.verb}: {self.before} → {self.after}{self._told_apart}"
        if self.kind == "changed":
            return f"{self._changed}: {self.change}"
        return f"{self.verb}: {self.after or self.before}{self._told_apart}{gone}"

    @property
    def pieces(self) -> tuple[tuple[str, str], ...]:
        """`text` in pieces, each with the tag of the words in another language it holds or ""
        for the site's Swedish, where its note has such words (the changelog and the feeds mark
        them, WCAG 3.1.2); else empty."""
        if self.kind != "changed" or not any(lang for _, lang in self.note_words):
            return ()
        return (f"{self._changed}: ", ""), *self.note_words

    @property
    def change(self) -> str:
        """A changed entry's words after its field: its `note`, else `before → after`."""
        return self.note or f"{self.before} → {self.after}"

    @property
    def title(self) -> str:
        """A changed field's line without its old and new words (`Ändrat ämne Hemlöshet, lättläst text`)."""
        return self._changed if self.field else self.text

    @property
    def _changed(self) -> str:
        """A changed entry's line before its words, its field's name where it has one: the start
        of `text`, `pieces` and `title` alike (`Ändrad kommun Dalby, namn på minoritetsspråk`)."""
        return f"{self.verb} {self.named}{', ' + self.field if self.field else ''}"

    @property
    def named(self) -> str:
        """The entry of a changed field by the name voters know it by, and its id where another
        bears the name too: `Ändrad aktör Lokala partiet (bergby-lp), förkortning`."""
        return f"{self.name or self.id}{self._told_apart}"

    @property
    def _told_apart(self) -> str:
        """` (bergby-lp)` beside a name another entry bears too (`alike`), else nothing."""
        return f" ({self.id})" if self.alike else ""

    @property
    def gone_note(self) -> tuple[str, str]:
        """What becomes of the addresses with the `gone` id, as the words before and after it (the
        changelog, the feeds and the job summary say it in brackets, the summary with the id as
        code): a new id's pages go, its feeds stay to say where they went
        (`feeds.moved_feeds`); a removed entry's pages and feeds both go."""
        if self.kind == "new-id":
            return "sidor med", "i adressen finns inte längre; flödena där får ett sista inlägg om den nya adressen"
        return "sidor och flöden med", "i adressen finns inte längre"

    @property
    def gone(self) -> str:
        """The id whose pages and feeds are gone: a removed topic's, actor's or municipality's,
        or the id before a new one; '' for any other change (a term has no pages)."""
        if self.kind == "new-id":
            return self.before
        return self.id if self.kind == "removed" and self.what != "mandatperiod" else ""


@dataclass
class ItemChange:
    kind: str  # "added" | "removed" | "changed"
    item: Item  # as it is after the change (before, when removed)
    differences: list["Difference"] = field(default_factory=list)
    previous: Optional[Item] = None  # a changed item as it was (its id may differ)
    # Topics the text of an added or changed item names without the item being on them, for
    # the reviewer to look at (`suggest.TopicNames`): left off, the item is missing from that topic's
    # comparison, where its actor may read as saying nothing on it.
    unlisted: list[Topic] = field(default_factory=list)


@dataclass
class PlanChange:
    kind: str  # "added" | "removed" | "changed"
    plan: Plan
    differences: list["Difference"] = field(default_factory=list)
    items: list[ItemChange] = field(default_factory=list)
    previous: Optional[Plan] = None  # a changed plan as it was (its id may differ)
    # How much of its source the plan covers, before → after, when a change moves it: for the
    # reviewer (an item removed can leave a paragraph of the source unquoted without a word
    # elsewhere); the changelog, for voters, leaves it out.
    coverage: Optional[tuple[str, str]] = None

    @property
    def rendering_only(self) -> bool:
        """Whether a changed plan's archived text is what it was, so that what changed is how the
        site renders the document, not the document (`feeds.RENDERING_CHANGED`)."""
        return self.kind == "changed" and self.previous is not None and self.previous.source.text == self.plan.source.text

    @property
    def verb(self) -> str:
        """What happened to the document, as the summary, the changelog and the feeds name it."""
        return RENDERING_CHANGED if self.rendering_only else PLAN_VERBS[self.kind]


@dataclass
class TopicChange:
    name: str
    kind: str = "changed"  # "added" or "removed" with the registry's entry: its pages come or go
    entered: list[Item] = field(default_factory=list)
    left: list[Item] = field(default_factory=list)
    changed: list[Item] = field(default_factory=list)
    # Tables count on a topic page like items (a table tagged with the topic is one mention).
    tables_entered: list[Table] = field(default_factory=list)
    tables_left: list[Table] = field(default_factory=list)
    tables_changed: list[Table] = field(default_factory=list)


@dataclass
class Changes:
    base: str
    head: str
    plans: list[PlanChange]
    topics: list[TopicChange]
    registry: list[RegistryChange]
    added: int = 0  # items, over all plans
    removed: int = 0
    changed: int = 0
    # Tables, over all plans: a table counts on its topics' pages like an item, so a change to
    # tables alone is not "0 punkter" in the count line (the maintainers' audit).
    tables_added: int = 0
    tables_removed: int = 0
    tables_changed: int = 0
    actor_count: int = 0  # actors whose plans changed
    plan_count: int = 0  # documents changed, added or removed

    def __post_init__(self) -> None:
        kinds = [item.kind for plan in self.plans for item in plan.items]
        self.added, self.removed, self.changed = (kinds.count(k) for k in ("added", "removed", "changed"))
        tables = {(plan.plan.id, d.table): TABLE_KINDS.get(d.label, "changed")
                  for plan in self.plans for d in plan.differences if d.table}
        kinds = list(tables.values())
        self.tables_added, self.tables_removed, self.tables_changed = (
            kinds.count(k) for k in ("added", "removed", "changed"))
        self.actor_count = len({plan.plan.actor.id for plan in self.plans})
        self.plan_count = len(self.plans)


def _flatten(value, prefix: str = "") -> dict[str, object]:
    """Nested data as dotted keys, so a change deep in an indicator names its place."""
    if isinstance(value, dict):
        flat: dict[str, object] = {}
        for key, child in value.items():
            flat.update(_flatten(child, f"{prefix}.{key}" if prefix else key))
        return flat
    if isinstance(value, list) and any(isinstance(entry, (dict, list)) for entry in value):
        flat = {}
        for index, child in enumerate(value):
            flat.update(_flatten(child, f"{prefix}[{index}]"))
        return flat
    return {prefix: value}


def _show(value, vocabulary: Optional[dict[str, str]] = None, yaml_values: bool = False) -> str:
    """One value as plain text (the template escapes it). A value of a `vocabulary` by its
    Swedish name, with the YAML value beside it if `yaml_values` (`Antagen (adopted)`): the
    party office writes that value in the plan file; a voter reads the name alone. A date
    likewise: in words for a voter, as the file writes it for the party office."""
    if value is None:
        return "(tomt)"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime.date):  # `22 november 2026`, as the pages write it; the file's `2026-11-22`
        return value.isoformat() if yaml_values else swedish_date(value.isoformat())
    if vocabulary and value in vocabulary:
        return f"{vocabulary[value]} ({value})" if yaml_values else vocabulary[value]
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(inga)"
    return cited(shorten(str(value)))


def _order(key: str, labels: dict[str, str]) -> tuple[int, str]:
    """Fields in the order a reader knows them from the plan file."""
    top = key.split(".")[0].split("[")[0]
    return (list(labels).index(top) if top in labels else len(labels), key)


def _lang(plan: Optional[Plan]) -> str:
    """The tag a document's own words are marked with: "" for a Swedish one (`link.Plan.foreign_lang`)."""
    return (plan.foreign_lang or "") if plan is not None else ""


def _differences(before: dict, after: dict, labels: dict[str, str], scope: str,
                 yaml_values: bool = False, words: frozenset[str] = frozenset(),
                 langs: tuple[str, str] = ("", "")) -> list[Difference]:
    """The changed fields; those of `words` hold the document's own words, in `langs` before and after."""
    flat_before, flat_after = _flatten(before), _flatten(after)
    found = []
    for key in sorted(set(flat_before) | set(flat_after), key=lambda k: _order(k, labels)):
        old, new = flat_before.get(key), flat_after.get(key)
        if old == new:
            continue
        label = _field_label(key, labels)
        vocabulary = VOCABULARIES.get((scope, key))
        marked = (langs[0] if isinstance(old, str) else "", langs[1] if isinstance(new, str) else "")
        marked = marked if key in words else ("", "")
        shown = _show_both(old, new, vocabulary, yaml_values)
        found.append(Difference(label, *shown, side_words=_sides(*shown, marked, locator=key == "locator")))
    return found


def _field_label(key: str, labels: dict[str, str]) -> str:
    """A changed field's Swedish name, a field inside a block with the block's: `källa (utgivare)`
    for `source.publisher`, `tillskrivning (källa 2, webbadress)`, `läge` for `status.state`. The
    changelog and the feeds show these to voters, who know no YAML keys."""
    top, _, rest = key.partition(".")
    label, words, parent = labels.get(top, top), [], top
    for part in rest.split(".") if rest else []:
        name, _, index = part.partition("[")
        word = NOTE_LABELS.get(parent, name) if name == "note" else SUBFIELD_LABELS.get(name, name)
        words.append(f"{word} {int(index.rstrip(']')) + 1}" if index else word)
        parent = name
    words = [word for word in words if word != label]  # `läge`, not `läge (läge)`
    return label + (f" ({', '.join(words)})" if words else "")


def _show_both(old, new, vocabulary: Optional[dict[str, str]] = None, yaml_values: bool = False) -> tuple[str, str]:
    """A changed value before and after, as `_show` shows each, but never the same on both sides."""
    shown = _show(old, vocabulary, yaml_values), _show(new, vocabulary, yaml_values)
    if shown[0] == shown[1] and isinstance(old, str) and isinstance(new, str):
        # Changed past the cut: »…» → »…» with the same words on both sides said nothing.
        return tuple(cited(text) for text in shorten_both(old, new))  # type: ignore[return-value]
    return shown


def _item_data(item: Item) -> dict:
    data = item.data.model_dump(mode="json", exclude={"id", "topics"})
    return {"section": item.section.data.heading, **data}


def _names_difference(old: dict[str, str], new: dict[str, str]) -> Optional[Difference]:
    """Topics ({id: name}) added and removed, by name. A topic whose id alone changed in the
    registry is no change of the item's: the party did nothing, and a voter sees the same. Nor
    is another order: the pages list an item's topics in the order of their names, so a topic
    renamed, or the plan's order changed, moves nothing (the review: a topic's new name made
    each of its 23 items "ändrad", "ny ordning")."""
    if set(old) == set(new) or sorted(old.values()) == sorted(new.values()):
        return None
    parts = [f"+ {new[t]}" for t in new if t not in old] + [f"− {old[t]}" for t in old if t not in new]
    return Difference(ITEM_LABELS["topics"], note=", ".join(parts))


def _compare_items(before: Optional[Plan], after: Optional[Plan], yaml_values: bool = False) -> list[ItemChange]:
    old = {item.id: item for item in before.items} if before else {}
    new = {item.id: item for item in after.items} if after else {}
    renamed = _renamed([item for item_id, item in old.items() if item_id not in new],
                       [item for item_id, item in new.items() if item_id not in old])
    changes = []
    for item_id, item in new.items():
        previous = old.get(item_id) or renamed.get(item_id)
        if previous is None:
            changes.append(ItemChange("added", item))
            continue
        differences = _differences(_item_data(previous), _item_data(item), ITEM_LABELS, "item", yaml_values,
                                   ITEM_WORDS, (_lang(before), _lang(after)))
        topics = _names_difference({t.id: t.name for t in previous.topics}, {t.id: t.name for t in item.topics})
        if topics:
            differences.insert(0, topics)
        if previous.id != item.id:
            differences.insert(0, Difference(ITEM_LABELS["id"], previous.id, item.id))
        if differences:
            changes.append(ItemChange("changed", item, differences, previous))
    kept = {item.id for item in renamed.values()}
    changes += [ItemChange("removed", item) for item_id, item in old.items() if item_id not in new and item_id not in kept]
    return changes


def _renamed(gone: list[Item], arrived: list[Item]) -> dict[str, Item]:
    """{new id: the item as it was} for items whose id changed and whose quote did not: the
    same passage of the source, so the same item. Reported as one removed and one added
    item, a new id would tell the change feeds' readers that a promise was dropped."""
    return _pairs(gone, arrived, lambda item: item.data.quote)


def _pairs(gone: list[T], arrived: list[T], same: Callable[[T], object]) -> dict[str, T]:
    """{id of an arrived entry: the gone entry it continues}, the first with the same key."""
    waiting: dict[object, list[T]] = {}
    for entry in gone:
        waiting.setdefault(same(entry), []).append(entry)
    return {entry.id: waiting[same(entry)].pop(0) for entry in arrived if waiting.get(same(entry))}


def _plan_meta(plan: Plan) -> dict:
    meta = plan.data.model_dump(mode="json", exclude={"id", "actor", "sections", "excluded"})
    # The retrieval day stays a date, so `_show` writes it as the document's page does.
    meta["source"]["retrieved"] = plan.data.source.retrieved
    return meta


def _compare_tables(before: Optional[Plan], after: Optional[Plan], yaml_values: bool = False) -> list[Difference]:
    """Each table added, removed or changed, named by its caption. Every difference names the
    topics the table had before and after: those topic pages count it, so their feeds show it."""
    old = {table.id: table for table in before.tables} if before else {}
    new = {table.id: table for table in after.tables} if after else {}
    found = []
    for table_id in sorted(set(old) | set(new)):
        was, now = old.get(table_id), new.get(table_id)
        topics = tuple(dict.fromkeys(t.id for t in (now.topics if now else []) + (was.topics if was else [])))
        if was is None:
            caption = _show(now.data.caption)
            found.append(Difference(TABLE_ADDED, note=caption, topics=topics, table=table_id,
                                    words=(caption, _lang(after))))
        elif now is None:
            caption = _show(was.data.caption)
            found.append(Difference(TABLE_REMOVED, note=caption, topics=topics, table=table_id,
                                    words=(caption, _lang(before))))
        else:
            caption = _show(now.data.caption)
            named = (("tabell ", ""), (caption, _lang(after)), (", ", ""))
            found += [replace(d, topics=topics, table=table_id, label_words=named + d.label_pieces)
                      for d in _table_differences(was, now, yaml_values, (_lang(before), _lang(after)))]
    return found


def _table_differences(before: Table, after: Table, yaml_values: bool = False,
                       langs: tuple[str, str] = ("", "")) -> list[Difference]:
    """One table's changed fields, in the order of the plan file, with Swedish labels; the
    document's own words in `langs`, the tags of the plan before and after."""
    old, new = before.data, after.data
    found = []
    for name, vocabulary in (("caption", None), ("unit", None), ("decimal", model.DECIMAL_MARKS), ("columns", None)):
        if name == "columns" and old.columns != new.columns:
            # Which columns were added and removed, as a registry's changed list is told: the
            # whole lists before and after hid which heading changed.
            pieces = _listed_pieces(old.columns, new.columns, TABLE_LABELS[name], langs=langs, common=True)
            found.append(Difference(TABLE_LABELS[name], note="".join(text for text, _ in pieces), note_words=pieces))
        elif getattr(old, name) != getattr(new, name):
            shown = _show(getattr(old, name), vocabulary, yaml_values), _show(getattr(new, name), vocabulary, yaml_values)
            found.append(Difference(TABLE_LABELS[name], *shown,
                                    side_words=_sides(*shown, langs if name in TABLE_WORDS else ("", ""))))
    found += _row_differences(old, new, langs)
    if old.locator != new.locator:
        shown = _show(old.locator), _show(new.locator)
        found.append(Difference(TABLE_LABELS["locator"], *shown, side_words=_sides(*shown, langs, locator=True)))
    topics = _names_difference({t.id: t.name for t in before.topics}, {t.id: t.name for t in after.topics})
    if topics:
        found.append(topics)
    return found


def _row_differences(old: model.Table, new: model.Table, langs: tuple[str, str] = ("", "")) -> list[Difference]:
    """Rows added, removed, or with other figures (or figures now shown with "ca", or no longer)
    or another quote, each named by its label (a label that occurs twice: the first row of it
    matched with the first)."""
    before, after = _rows_by_label(old), _rows_by_label(new)
    found = [Difference(TABLE_LABELS["row_added"], note=_show(key[0]), words=(_show(key[0]), langs[1]))
             for key in after if key not in before]
    found += [Difference(TABLE_LABELS["row_removed"], note=_show(key[0]), words=(_show(key[0]), langs[0]))
              for key in before if key not in after]
    for key, row in after.items():
        was = before.get(key)
        named = ((f"{TABLE_LABELS['row']} ", ""), (_show(key[0]), langs[1]))  # the row's label as it is now
        # As shown, not as read: `+97,7` (`swedish.Plus`), `-0,0` and `97,70` read as 97,7, 0 and
        # 97,7 but show otherwise, as "ca 63,4" does 63,4.
        if was is not None and _figures_shown(old, was) != _figures_shown(new, row):
            then, now = _changed_figures(old, was, new, row)
            found.append(Difference(before=_joined(then), after=_joined(now), label_words=named,
                                    side_words=(_in_pieces(then, langs[0]), _in_pieces(now, langs[1]))))
        if was is not None and was.quote != row.quote:
            quotes = _show(was.quote), _show(row.quote)
            found.append(Difference(before=quotes[0], after=quotes[1], side_words=_sides(*quotes, langs),
                                    label_words=named + ((f", {TABLE_LABELS['quote']}", ""),)))
    return found


def _figures_shown(table: model.Table, row: model.TableRow) -> list[str]:
    """A row's figures as the site shows them (`_cells`), without their columns."""
    return [shown for _, shown in _cells(table, row)]


def _rows_by_label(table: model.Table) -> dict[tuple[str, int], model.TableRow]:
    """{(label, how many rows before it have the same label): row}, in the table's order."""
    keyed: dict[tuple[str, int], model.TableRow] = {}
    seen: dict[str, int] = {}
    for row in table.rows:
        keyed[(row.label, seen.get(row.label, 0))] = row
        seen[row.label] = seen.get(row.label, 0) + 1
    return keyed


Cells = list[tuple[str, str]]  # a row's figures, each with its column: [("Budget 2024", "ca 63,4")]


def _changed_figures(old: model.Table, was: model.TableRow, new: model.Table, row: model.TableRow
                     ) -> tuple[Cells, Cells]:
    """A row's figures before and after as the site shows them, each with its column (`Budget
    2024: ca 63,4`): only those that changed, where the columns are the same (the maintainers'
    audit: the whole row twice hid the one figure that changed), else all of them."""
    before, after = _cells(old, was), _cells(new, row)
    if old.columns == new.columns:
        changed = [at for at, (then, now) in enumerate(zip(before, after)) if then != now]
        before, after = [before[at] for at in changed], [after[at] for at in changed]
    return before, after


def _cells(table: model.Table, row: model.TableRow) -> Cells:
    return list(zip(table.columns, table.shown_in(row)))


def _joined(cells: Cells) -> str:
    return "; ".join(f"{column}: {shown}" for column, shown in cells)


def _in_pieces(cells: Cells, lang: str) -> tuple[tuple[str, str], ...]:
    """`_joined` in pieces: each column in the document's words (`lang`), its figure the site's."""
    pieces: list[tuple[str, str]] = []
    for at, (column, shown) in enumerate(cells):
        pieces += [("; ", "")] if at else []
        pieces += [(column, lang), (f": {shown}", "")]
    return tuple(pieces)


def _compare_exclusions(before: Plan, after: Plan, yaml_values: bool = False) -> list[Difference]:
    old = {e.quote for e in before.data.excluded}
    new = {e.quote for e in after.data.excluded}
    label = "medvetet uteslutet (excluded)" if yaml_values else "medvetet uteslutet"
    found = [Difference(label, note=f"tillagt {_show(q)}", words=(_show(q), _lang(after))) for q in sorted(new - old)]
    found += [Difference(label, note=f"borttaget {_show(q)}", words=(_show(q), _lang(before))) for q in sorted(old - new)]
    return found


def _compare_plans(base: Site, head: Site, yaml_values: bool = False,
                   actor_ids: Optional[dict[str, str]] = None) -> list[PlanChange]:
    """`actor_ids`: {old id: new id} of the actors whose id changed in the registry."""
    actor_ids = actor_ids or {}
    old = {plan.id: plan for plan in base.plans}
    new = {plan.id: plan for plan in head.plans}
    renamed = _renamed_plans([plan for plan_id, plan in old.items() if plan_id not in new],
                             [plan for plan_id, plan in new.items() if plan_id not in old], actor_ids)
    kept = {plan.id for plan in renamed.values()}
    changes = []
    for plan_id in sorted(set(old) | set(new)):
        before, after = old.get(plan_id) or renamed.get(plan_id), new.get(plan_id)
        if before is None:
            changes.append(PlanChange("added", after, _compare_tables(None, after, yaml_values),
                                      _compare_items(None, after, yaml_values)))
        elif after is None:
            if plan_id not in kept:
                changes.append(PlanChange("removed", before, _compare_tables(before, None, yaml_values),
                                          _compare_items(before, None, yaml_values)))
        else:
            differences = _differences(_plan_meta(before), _plan_meta(after), PLAN_LABELS, "plan", yaml_values,
                                       PLAN_WORDS, (_lang(before), _lang(after)))
            differences += _compare_tables(before, after, yaml_values) + _compare_exclusions(before, after, yaml_values)
            # New dates in terms.yaml move documents between terms: every page that shows the
            # document names its term, and the actor's timeline lists it under it.
            if _term_name(before) != _term_name(after):
                differences.append(Difference(PLAN_LABELS["term"], _term_name(before), _term_name(after)))
            if before.actor.id != after.actor.id and actor_ids.get(before.actor.id) != after.actor.id:
                differences.insert(0, Difference(PLAN_LABELS["actor"], note=f"flyttad från {before.actor.name} "
                                                                            f"till {after.actor.name}"))
            if before.id != after.id:
                differences.insert(0, Difference(PLAN_LABELS["id"], before.id, after.id))
            items = _compare_items(before, after, yaml_values)
            # Coverage alone moves when the archived text gains a paragraph no item quotes; a
            # text changed where no item quotes it moves nothing, but its page shows it.
            change = PlanChange("changed", after, differences, items, before, _coverage_change(before, after))
            if differences or items or change.coverage or not change.rendering_only:
                changes.append(change)
    # As the pages list them: an actor's documents newest first, not by id (the neutrality audit).
    changes.sort(key=lambda c: document_order(c.plan))
    return changes


def _coverage_text(coverage) -> str:
    """As the source page says it: what is quoted or deliberately left out, and the share of the text."""
    return (f"{grouped(coverage.list_done)} av {count(coverage.list_total, 'listpunkt', 'listpunkter')} och "
            f"{grouped(coverage.paragraphs_done)} av {count(coverage.paragraphs_total, 'stycke', 'stycken')} är "
            f"citerade eller medvetet uteslutna; {percent(coverage.share)} av texten")


def _coverage_change(before: Plan, after: Plan) -> Optional[tuple[str, str]]:
    old, new = _coverage_text(before.coverage), _coverage_text(after.coverage)
    return (old, new) if old != new else None


def _term_name(plan: Plan) -> str:
    return plan.term.name if plan.term is not None else "(ingen)"


def _renamed_plans(gone: list[Plan], arrived: list[Plan], actor_ids: dict[str, str]) -> dict[str, Plan]:
    """{new id: the plan as it was} for a document of the same actor whose id (its file name)
    changed and whose archived source did not: the same document, renamed. As one removed
    and one added document, the feeds would report its every item as dropped and added.
    A source file is named like its plan, so a rename (`git mv`) usually moves both: a
    document not paired by its archive's path is paired by its archived text, the same.
    An actor given a new id (`actor_ids`, old → new) is the same actor: its documents' file
    names, which begin with its id, change with it. Last, a document of one actor gone and one
    of another arrived with the same archived text is the same document moved to the other
    actor (a correction of whose it is: its file names begin with the actor's id, so they
    change), told as such (`_compare_plans`), not as one actor's promises dropped and the
    other's made."""
    actor = lambda plan: actor_ids.get(plan.actor.id, plan.actor.id)  # noqa: E731
    paired: dict[str, Plan] = {}
    for same in (lambda plan: (actor(plan), plan.data.source.archive), lambda plan: (actor(plan), plan.source.text),
                 lambda plan: plan.source.text):
        kept = {plan.id for plan in paired.values()}
        paired.update(_pairs([plan for plan in gone if plan.id not in kept],
                             [plan for plan in arrived if plan.id not in paired], same))
    return paired


def _compare_topics(base: Site, head: Site, plans: list[PlanChange],
                    topic_ids: dict[str, str]) -> list[TopicChange]:
    """What changes on each topic page: items that enter it, leave it, or change on it."""
    changed = {(p.plan.id, i.item.id) for p in plans for i in p.items if i.kind == "changed"}
    # An item with a new id, or in a document with a new id, is keyed by its new ids on both
    # sides: it changed, it did not leave the page and enter it again.
    renamed: dict[tuple[str, str], tuple[str, str]] = {}
    for p in plans:
        new_ids = {i.previous.id: i.item.id for i in p.items if i.previous is not None}
        if p.previous is not None and p.previous.id != p.plan.id:
            for item in p.previous.items:
                renamed[(p.previous.id, item.id)] = (p.plan.id, new_ids.get(item.id, item.id))
        else:
            renamed.update({(p.plan.id, old): (p.plan.id, new) for old, new in new_ids.items() if old != new})
    # Tables keep their ids; a document with a new id keys them by its new id on both sides.
    # A table changed where the plan's comparison found a difference in it.
    plan_ids = {p.previous.id: p.plan.id for p in plans if p.previous is not None}
    changed_tables = {(p.plan.id, d.table) for p in plans if p.kind == "changed" for d in p.differences if d.table}
    old = {t.id: t for t in base.topics}
    new = {t.id: t for t in head.topics}
    # A topic with a new id in the registry (`topic_ids`: old id → new) is the same topic: its
    # items did not leave it.
    old.update({new_id: old.pop(old_id) for old_id, new_id in topic_ids.items()})
    result = []
    for topic_id in sorted(set(old) | set(new)):  # in id order, so that names alike stay in one order
        before = {renamed.get((i.plan.id, i.id), (i.plan.id, i.id)): i
                  for i in old[topic_id].items} if topic_id in old else {}
        after = {(i.plan.id, i.id): i for i in new[topic_id].items} if topic_id in new else {}
        change = TopicChange((new.get(topic_id) or old[topic_id]).name,
                             "added" if topic_id not in old else "removed" if topic_id not in new else "changed")
        change.entered = [item for key, item in after.items() if key not in before]
        change.left = [item for key, item in before.items() if key not in after]
        change.changed = [item for key, item in after.items() if key in before and key in changed]
        tables_before = {(plan_ids.get(t.plan.id, t.plan.id), t.id): t
                         for t in old[topic_id].tables} if topic_id in old else {}
        tables_after = {(t.plan.id, t.id): t for t in new[topic_id].tables} if topic_id in new else {}
        change.tables_entered = [t for key, t in tables_after.items() if key not in tables_before]
        change.tables_left = [t for key, t in tables_before.items() if key not in tables_after]
        change.tables_changed = [t for key, t in tables_after.items() if key in tables_before and key in changed_tables]
        if (change.entered or change.left or change.changed or change.tables_entered or change.tables_left
                or change.tables_changed):
            result.append(change)
    return sorted(result, key=lambda t: swedish_key(t.name))


def _compare_registry(base: Site, head: Site, yaml_values: bool = False) -> list[RegistryChange]:
    found = []
    for what, old_list, new_list in (("ämne", base.topics, head.topics), ("aktör", base.actors, head.actors),
                                     ("kommun", base.municipalities, head.municipalities)):
        old = {entry.id: entry.name for entry in old_list}
        new = {entry.id: entry.name for entry in new_list}
        new_ids = paired_ids({entry.id: _rename_keys(entry) for entry in old_list},
                             {entry.id: _rename_keys(entry) for entry in new_list})
        # In the order of their names, as the pages list topics, actors and municipalities.
        by_name = {**old, **new}
        in_order = functools.partial(sorted, key=lambda i: (swedish_key(by_name[i]), i))
        found += [RegistryChange("new-id", what, new_ids[old_id], old_id, new_ids[old_id], name=new[new_ids[old_id]])
                  for old_id in in_order(new_ids)]
        # Names several entries bear, before and after (an actor's is its own within its
        # municipality only): a line naming one of them tells its id too (`RegistryChange.alike`);
        # a changed entry's where its name was another's before, whose rename line names it too.
        shared_before, shared = _shared_names(old), _shared_names(new)
        found += [RegistryChange("added", what, i, after=new[i], alike=new[i] in shared)
                  for i in in_order(set(new) - set(old)) if i not in new_ids.values()]
        found += [RegistryChange("removed", what, i, before=old[i]) for i in in_order(set(old) - set(new))
                  if i not in new_ids]
        found += [RegistryChange("renamed", what, i, old[i], new[i], alike=old[i] in shared_before or new[i] in shared)
                  for i in in_order(set(old) & set(new)) if old[i] != new[i]]
        found += _changed_fields(what, {entry.id: entry for entry in old_list}, {entry.id: entry for entry in new_list},
                                 in_order(set(old) & set(new)), yaml_values, shared | shared_before)
    # A term's dates decide which term every dated document belongs to, and which is current.
    old = {term.id: _term_text(term, yaml_values) for term in base.terms}
    new = {term.id: _term_text(term, yaml_values) for term in head.terms}
    found += [RegistryChange("added", "mandatperiod", i, after=new[i]) for i in sorted(set(new) - set(old))]
    found += [RegistryChange("removed", "mandatperiod", i, before=old[i]) for i in sorted(set(old) - set(new))]
    names = {term.id: term.name for term in head.terms}
    found += [RegistryChange("changed", "mandatperiod", i, old[i], new[i], name=names[i])
              for i in sorted(set(old) & set(new)) if old[i] != new[i]]
    return found


def _shared_names(names: dict[str, str]) -> frozenset[str]:
    """The names ({id: name}) that more than one entry bears."""
    return frozenset(name for name, bearers in collections.Counter(names.values()).items() if bearers > 1)


def _changed_fields(what: str, old: dict, new: dict, ids: list[str], yaml_values: bool = False,
                    shared: frozenset[str] = frozenset()) -> list[RegistryChange]:
    """Each shown field (`REGISTRY_FIELDS`) of an entry kept under its id that changed; an
    entry whose name is among `shared` told by its id too."""
    def value(entry, name: str):
        if name == "other_names":  # as the municipality's page says them: `»Jåhkåmåhkke» (lulesamiska)`
            return [f"{cited(other.name)} ({other.languages})" for other in entry.other_names]
        return getattr(entry, name) if name in ("county", "preposition") else getattr(entry.data, name)

    def note(i: str, name: str, label: str) -> dict:
        if name == "other_names":  # each name marked with its language
            words = _names_pieces(old[i].other_names, new[i].other_names, label)
            return {"note": "".join(text for text, _ in words), "note_words": words}
        return {"note": _listed_change(value(old[i], name), value(new[i], name), label) if name in LISTED else ""}

    vocabulary = {"kind": model.ACTOR_KINDS}
    return [RegistryChange("changed", what, i, *_show_both(value(old[i], name), value(new[i], name), vocabulary.get(name),
                                                        yaml_values), name=new[i].name, field=label,
                           **note(i, name, label), alike=new[i].name in shared)
            for i in ids for name, label in REGISTRY_FIELDS[what].items() if value(old[i], name) != value(new[i], name)]


def _listed_change(old: list[str], new: list[str], label: str, cite: bool = True) -> str:
    """A list's words added and removed (`tillagda »bostadslös» och »boende»; borttaget »vräkning»`),
    or the same words in another order: the whole lists before and after hid which word changed.
    Without `cite`, the entries are shown as they are (already cited where they cite a name)."""
    return "".join(text for text, _ in _listed_pieces(old, new, label, cite))


# The words `_listed_pieces` says a list's entries with: (one, several) added, removed and
# changed, for a noun of the neuter (`ett sökord`) and of the common gender (`en kolumn`).
_LISTED_VERBS = {False: (("tillagt", "tillagda"), ("borttaget", "borttagna"), ("ändrat", "ändrade")),
                 True: (("tillagd", "tillagda"), ("borttagen", "borttagna"), ("ändrad", "ändrade"))}


def _listed_pieces(old: list[str], new: list[str], label: str, cite: bool = True, langs: tuple[str, str] = ("", ""),
                   common: bool = False, changed: list[tuple[tuple[str, str], ...]] = ()) -> tuple[tuple[str, str], ...]:
    """`_listed_change` in pieces, each with its tag (`Difference.note_words`): the words added in
    `langs[1]`, those removed in `langs[0]`, the site's words between them ""; `common`: the
    entries are of the common gender (`tillagd kolumn`); an entry of `old` or `new` may be given
    in its pieces, shown as they are; `changed`: entries kept with something of theirs changed,
    each in its pieces (`ändrat …`); the entries kept, where they are in another
    order too, said so after them (`övriga kolumner i ny ordning`)."""
    def each(words: list, lang: str = "") -> list[tuple[str, str]]:
        """The entries listed, each a word in `lang` or already in its pieces (`_names_pieces`)."""
        shown = [word if isinstance(word, tuple) else ((cited(word) if cite else word, lang),) for word in words]
        return [piece for before, word in zip(list_separators(len(shown)), shown) for piece in ((before, ""), *word)]

    def said(verb: tuple[str, str], words: list, lang: str) -> list[tuple[str, str]]:
        return [(f"{verb[len(words) > 1]} ", ""), *each(words, lang)] if words else []

    added, removed, altered = _LISTED_VERBS[common]
    # The entries kept, in another order too (a column renamed and moved at once): told apart,
    # since the page shows them in their new order and the words added and removed do not say so.
    moved = [word for word in old if word in new] != [word for word in new if word in old]
    parts = [part for part in (said(added, [word for word in new if word not in old], langs[1]),
                               said(removed, [word for word in old if word not in new], langs[0]),
                               [(f"{altered[len(changed) > 1]} ", ""), *each(list(changed))] if changed else [])
             if part]
    if parts and moved:
        parts.append([(f"övriga {label} i ny ordning", "")])
    pieces = [piece for i, part in enumerate(parts) for piece in ([("; ", "")] if i else []) + part]
    return tuple(piece for piece in pieces if piece[0]) or ((f"samma {label} i ny ordning", ""),)


def _names_pieces(old: tuple, new: tuple, label: str) -> tuple[tuple[str, str], ...]:
    """A municipality's names in minority languages (`link.OtherName`) added and removed, each as
    its page says it, and a name kept in another language as that: `ändrat »Laaksokylä» (finska och
    meänkieli → finska)`, not as the name added and the name removed, which it is not. In pieces
    (`Difference.note_words`): each name in its language, as its page marks it (WCAG 3.1.2), a
    name kept in another language in the one it has now; the languages' Swedish names the site's."""
    before, after = ({other.name: other for other in names} for names in (old, new))
    relanguaged = [name for name in after if name in before and before[name].languages != after[name].languages]

    def shown(names: tuple) -> list[tuple[tuple[str, str], ...]]:
        return [((cited(other.name), other.lang), (f" ({other.languages})", ""))
                for other in names if other.name not in relanguaged]

    return _listed_pieces(shown(old), shown(new), label, cite=False, changed=[
        ((cited(name), after[name].lang), (f" ({before[name].languages} → {after[name].languages})", ""))
        for name in relanguaged])


def _rename_keys(entry) -> tuple:
    """What ties an entry's new id to its old one (`scope.paired_ids`): its name, and first an
    actor's name within its municipality, where a party's name is its own."""
    return ((entry.municipality.id, entry.name), entry.name) if isinstance(entry, Actor) else (entry.name,)


def _term_text(term, yaml_values: bool = False) -> str:
    """`2022–2026 (15 oktober 2022 – 14 oktober 2026)`, as the about page writes a term; with
    `yaml_values`, the dates as terms.yaml writes them (`2022-10-15 – 2026-10-14`)."""
    dates = (term.data.starts.isoformat(), term.data.ends.isoformat())
    if not yaml_values:
        dates = tuple(swedish_date(day) for day in dates)
    return f"{term.name} ({dates[0]} – {dates[1]})"


def compare(root: Path, base: str, head: str = "HEAD", yaml_values: bool = False) -> Changes:
    """Compare the plans at `base` (the merge base, as GitHub does) with those at `head`;
    `yaml_values`: as `compare_sites`."""
    head_commit = resolve(root, head)
    base_commit = resolve(root, base)
    # Like `git diff base...head`: only what the change itself did, not what the base did since.
    merge_base = git(root, "merge-base", base_commit, head_commit).decode().strip() or base_commit
    caches = (LoadCache(), CheckCache())
    # The base is a past revision; the head is the change under review, held to every rule
    # as `validate` holds it: a summary is not made of files the site would refuse. A base
    # that does not load either (an actor taken out of the registry on main, its plans left)
    # is named as the base, after the head's own errors if it has any: its errors were told
    # as the change's, to be mended as `validate` shows them, which shows none of them then.
    try:
        before = site_at(root, merge_base, caches)
    except RevisionUnreadable as failure:
        site_at(root, head_commit, caches, every_rule=True)
        raise RevisionUnreadable(failure.rev, failure.errors, base=True) from None
    return compare_sites(before, site_at(root, head_commit, caches, every_rule=True), merge_base, head_commit, yaml_values)


def compare_sites(before: Site, after: Site, base: str, head: str, yaml_values: bool = False) -> Changes:
    """Compare two site models already read (the feeds read each revision once, not twice).
    `yaml_values`: name a kind's or a status's YAML value beside its Swedish name, for the
    party offices reading a pull request's summary; voters (the changelog, the feeds) read
    the Swedish name alone."""
    registry = _compare_registry(before, after, yaml_values)
    new_ids = lambda what: {change.before: change.after for change in registry  # noqa: E731
                            if change.kind == "new-id" and change.what == what}
    plans = _compare_plans(before, after, yaml_values, new_ids("aktör"))
    names = TopicNames(after.topics)
    for item_change in (item for plan in plans for item in plan.items if item.kind != "removed"):
        on_topics = {topic.id for topic in item_change.item.topics}
        item_change.unlisted = [topic for topic in names.named(item_change.item.data.text) if topic.id not in on_topics]
    topic_ids = new_ids("ämne")
    return Changes(base, head, plans, _compare_topics(before, after, plans, topic_ids), registry)


# --- Markdown ----------------------------------------------------------------------------
def unreadable_markdown(failure: RevisionUnreadable, limit: int = 20, terminal: bool = False) -> str:
    """Why no summary could be made: the revision whose plans do not load, and its errors
    (escaped for the job summary, or with `terminal` for a console)."""
    said = count(len(failure.errors), 'fel', 'fel')
    one = len(failure.errors) == 1  # "felet", "det är rättat"; several: "felen", "de är rättade"
    lines = ["## Vad ändringen betyder för väljarna", "",
             f"Ändringen kunde inte sammanfattas: planerna i basen `{failure.rev[:12]}`, som ändringen jämförs med, går "
             f"inte att läsa ({said}). {'Felet' if one else 'Felen'} står i basen, inte i ändringen: sammanfattningen "
             f"kommer med nästa gång kontrollen körs efter att {'det är rättat' if one else 'de är rättade'} där."
             if failure.base else
             f"Ändringen kunde inte sammanfattas: planerna i `{failure.rev[:12]}` går inte att läsa ({said}). Rätta "
             f"{'felet' if one else 'felen'} som steget *Validera planer och register* visar; då kommer sammanfattningen "
             "med nästa gång kontrollen körs.", ""]
    lines += [f"- {log_text(error) if terminal else html_with_code(error.pieces())}" for error in failure.errors[:limit]]
    if len(failure.errors) > limit:
        lines.append(f"- … och {count(len(failure.errors) - limit, 'fel', 'fel')} till.")
    return "\n".join(lines) + "\n"
