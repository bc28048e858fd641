"""What a pull request changes for voters: the plans of two git revisions, compared.

Each revision's plans, registries and archived sources are read with `git show` into a
temporary folder and loaded with the same loader as the site (`crossref.build_site`), so
the comparison sees exactly what the site would show. The result is Swedish Markdown for
the pull request's job summary: documents and items added, removed and changed, first per
actor, then per topic (what changes on each topic page).
"""

from __future__ import annotations

import html
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import crossref, model
from .crossref import Site, swedish_key
from .errors import LocatedError, ValidationFailed
from .scaffold import PLACEHOLDER
from .scope import export_revision, git, resolve

FOLDERS = (crossref.PLANS_DIR, crossref.REGISTRY_DIR, "sources")

# Swedish names of the fields a reviewer sees change.
ITEM_LABELS = {
    "section": "avsnitt", "kind": "typ", "text": "text", "detail": "mer om punkten", "topics": "ämnen",
    "quote": "citat", "locator": "plats i källan", "indicator": "indikator", "status": "läge", "risk": "risk",
}
PLAN_LABELS = {
    "title": "titel", "municipality": "kommun", "body": "nämnd eller område", "year": "år", "period": "period",
    "undated": "odaterat", "dating_note": "datering", "kind": "typ", "status": "status", "source": "källa",
    "attribution": "tillskrivning", "summary": "sammanfattning",
}
VOCABULARIES = {
    ("item", "kind"): model.ITEM_KINDS, ("item", "status.state"): model.PROMISE_STATES,
    ("plan", "kind"): model.PLAN_KINDS, ("plan", "status"): model.PLAN_STATUSES,
}


class RevisionUnreadable(Exception):
    """The plans at a revision do not load; carries every error, located."""

    def __init__(self, rev: str, errors: list[LocatedError]):
        super().__init__(rev)
        self.rev, self.errors = rev, errors


# --- reading a revision --------------------------------------------------------------------
def site_at(root: Path, rev: str) -> Site:
    """The linked site model of the plans as they are at `rev`."""
    with tempfile.TemporaryDirectory(prefix="vlv-changes-") as folder:
        export_revision(root, rev, FOLDERS, Path(folder))
        try:
            return crossref.build_site(Path(folder))
        except ValidationFailed as failure:
            raise RevisionUnreadable(rev, failure.errors)


# --- the comparison -------------------------------------------------------------------------
@dataclass
class ItemChange:
    kind: str  # "added" | "removed" | "changed"
    item: crossref.Item  # as it is after the change (before, when removed)
    differences: list[tuple[str, str]] = field(default_factory=list)  # (label, Markdown "före → efter")


@dataclass
class PlanChange:
    kind: str  # "added" | "removed" | "changed"
    plan: crossref.Plan
    differences: list[tuple[str, str]] = field(default_factory=list)
    items: list[ItemChange] = field(default_factory=list)


@dataclass
class TopicChange:
    name: str
    entered: list[crossref.Item] = field(default_factory=list)
    left: list[crossref.Item] = field(default_factory=list)
    changed: list[crossref.Item] = field(default_factory=list)


@dataclass
class Changes:
    base: str
    head: str
    plans: list[PlanChange]
    topics: list[TopicChange]
    registry: list[str]
    placeholders: list[str]

    def count(self, kind: str) -> int:
        return sum(1 for plan in self.plans for item in plan.items if item.kind == kind)


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


def _show(value, vocabulary: Optional[dict[str, str]] = None) -> str:
    """One value as Markdown, escaped: what a plan says never becomes markup in the summary."""
    if value is None:
        return "(tomt)"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if vocabulary and value in vocabulary:
        return f"{_md(vocabulary[value])} ({_md(value)})"
    if isinstance(value, list):
        return _md(", ".join(str(v) for v in value)) or "(inga)"
    return f"«{_md(_shorten(str(value)))}»"


def _order(key: str, labels: dict[str, str]) -> tuple[int, str]:
    """Fields in the order a reader knows them from the plan file."""
    top = key.split(".")[0].split("[")[0]
    return (list(labels).index(top) if top in labels else len(labels), key)


def _differences(before: dict, after: dict, labels: dict[str, str], scope: str) -> list[tuple[str, str]]:
    flat_before, flat_after = _flatten(before), _flatten(after)
    found = []
    for key in sorted(set(flat_before) | set(flat_after), key=lambda k: _order(k, labels)):
        old, new = flat_before.get(key), flat_after.get(key)
        if old == new:
            continue
        top, _, rest = key.partition(".")
        label = labels.get(top, top) + (f" ({rest})" if rest else "")
        vocabulary = VOCABULARIES.get((scope, key))
        found.append((label, f"{_show(old, vocabulary)} → {_show(new, vocabulary)}"))
    return found


def _item_data(item: crossref.Item) -> dict:
    data = item.data.model_dump(mode="json", exclude={"id", "topics"})
    return {"section": item.section.data.heading, **data}


def _topic_difference(before: crossref.Item, after: crossref.Item) -> Optional[tuple[str, str]]:
    old = {t.id: t.name for t in before.topics}
    new = {t.id: t.name for t in after.topics}
    if list(old) == list(new):
        return None
    parts = [f"+ {new[t]}" for t in new if t not in old] + [f"− {old[t]}" for t in old if t not in new]
    return ITEM_LABELS["topics"], _md(", ".join(parts)) or "ny ordning"


def _compare_items(before: Optional[crossref.Plan], after: Optional[crossref.Plan]) -> list[ItemChange]:
    old = {item.id: item for item in before.items} if before else {}
    new = {item.id: item for item in after.items} if after else {}
    changes = []
    for item_id, item in new.items():
        if item_id not in old:
            changes.append(ItemChange("added", item))
            continue
        differences = _differences(_item_data(old[item_id]), _item_data(item), ITEM_LABELS, "item")
        topics = _topic_difference(old[item_id], item)
        if topics:
            differences.insert(0, topics)
        if differences:
            changes.append(ItemChange("changed", item, differences))
    changes += [ItemChange("removed", item) for item_id, item in old.items() if item_id not in new]
    return changes


def _plan_meta(plan: crossref.Plan) -> dict:
    return plan.data.model_dump(mode="json", exclude={"id", "actor", "sections", "excluded"})


def _compare_tables(before: crossref.Plan, after: crossref.Plan) -> list[tuple[str, str]]:
    old = {table.id: table.data.model_dump(mode="json") for table in before.tables}
    new = {table.id: table.data.model_dump(mode="json") for table in after.tables}
    found = []
    for table_id in sorted(set(old) | set(new)):
        if table_id not in old:
            found.append(("tabell", f"ny tabell `{table_id}` ({_md(new[table_id]['caption'])})"))
        elif table_id not in new:
            found.append(("tabell", f"borttagen tabell `{table_id}` ({_md(old[table_id]['caption'])})"))
        elif old[table_id] != new[table_id]:
            keys = sorted(k for k in new[table_id] if old[table_id].get(k) != new[table_id].get(k))
            found.append(("tabell", f"`{table_id}` ändrad: {', '.join(keys)}"))
    return found


def _compare_exclusions(before: crossref.Plan, after: crossref.Plan) -> list[tuple[str, str]]:
    old = {e.quote for e in before.data.excluded}
    new = {e.quote for e in after.data.excluded}
    found = [("medvetet utelämnat (excluded)", f"tillagt {_show(q)}") for q in sorted(new - old)]
    found += [("medvetet utelämnat (excluded)", f"borttaget {_show(q)}") for q in sorted(old - new)]
    return found


def _compare_plans(base: Site, head: Site) -> list[PlanChange]:
    old = {plan.id: plan for plan in base.plans}
    new = {plan.id: plan for plan in head.plans}
    changes = []
    for plan_id in sorted(set(old) | set(new)):
        before, after = old.get(plan_id), new.get(plan_id)
        if before is None:
            changes.append(PlanChange("added", after, items=_compare_items(None, after)))
        elif after is None:
            changes.append(PlanChange("removed", before, items=_compare_items(before, None)))
        else:
            differences = _differences(_plan_meta(before), _plan_meta(after), PLAN_LABELS, "plan")
            differences += _compare_tables(before, after) + _compare_exclusions(before, after)
            items = _compare_items(before, after)
            if differences or items:
                changes.append(PlanChange("changed", after, differences, items))
    changes.sort(key=lambda c: (swedish_key(c.plan.actor.name), c.plan.id))
    return changes


def _compare_topics(base: Site, head: Site, plans: list[PlanChange]) -> list[TopicChange]:
    """What changes on each topic page: items that enter it, leave it, or change on it."""
    changed = {(p.plan.id, i.item.id) for p in plans for i in p.items if i.kind == "changed"}
    old = {t.id: t for t in base.topics}
    new = {t.id: t for t in head.topics}
    result = []
    for topic_id in set(old) | set(new):
        before = {(i.plan.id, i.id): i for i in old[topic_id].items} if topic_id in old else {}
        after = {(i.plan.id, i.id): i for i in new[topic_id].items} if topic_id in new else {}
        change = TopicChange((new.get(topic_id) or old[topic_id]).name)
        change.entered = [item for key, item in after.items() if key not in before]
        change.left = [item for key, item in before.items() if key not in after]
        change.changed = [item for key, item in after.items() if key in before and key in changed]
        if change.entered or change.left or change.changed:
            result.append(change)
    return sorted(result, key=lambda t: swedish_key(t.name))


def _compare_registry(base: Site, head: Site) -> list[str]:
    lines = []
    # (what, new, removed): Swedish adjectives agree with the noun's gender.
    for (what, added, removed), old_list, new_list in ((("ämne", "Nytt", "Borttaget"), base.topics, head.topics),
                                                        (("aktör", "Ny", "Borttagen"), base.actors, head.actors)):
        old = {entry.id: entry.name for entry in old_list}
        new = {entry.id: entry.name for entry in new_list}
        lines += [f"{added} {what}: {_md(new[i])} (`{i}`)" for i in sorted(set(new) - set(old))]
        lines += [f"{removed} {what}: {_md(old[i])} (`{i}`)" for i in sorted(set(old) - set(new))]
        lines += [f"Nytt namn på {what} `{i}`: {_md(old[i])} → {_md(new[i])}"
                  for i in sorted(set(old) & set(new)) if old[i] != new[i]]
    return lines


def _placeholders(plans: list[PlanChange]) -> list[str]:
    """Plan files and archived sources that still hold the scaffold's placeholder text."""
    found = set()
    for change in plans:
        if change.kind == "removed":
            continue
        if PLACEHOLDER in json.dumps(change.plan.data.model_dump(mode="json"), ensure_ascii=False):
            found.add(change.plan.file)
        if PLACEHOLDER in change.plan.source.text:
            found.add(change.plan.data.source.archive)
    return sorted(found)


def compare(root: Path, base: str, head: str = "HEAD") -> Changes:
    """Compare the plans at `base` (the merge base, as GitHub does) with those at `head`."""
    head_commit = resolve(root, head)
    base_commit = resolve(root, base)
    # Like `git diff base...head`: only what the change itself did, not what the base did since.
    merge_base = git(root, "merge-base", base_commit, head_commit).decode().strip() or base_commit
    before, after = site_at(root, merge_base), site_at(root, head_commit)
    plans = _compare_plans(before, after)
    return Changes(merge_base, head_commit, plans, _compare_topics(before, after, plans),
                   _compare_registry(before, after), _placeholders(plans))


# --- Markdown -------------------------------------------------------------------------------
def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _md(text: str) -> str:
    """Plain text safe inside Markdown: no markup, links or HTML from a plan reach the summary."""
    text = html.escape(" ".join(str(text).split()), quote=False)
    for char in "\\`*_[]|#":
        text = text.replace(char, "\\" + char)
    return text


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _item_line(item: crossref.Item) -> str:
    kind = model.ITEM_KINDS[item.data.kind]
    topics = ", ".join(t.name for t in item.topics) or "inget ämne"
    return f"{kind} `{item.id}`: {_md(_shorten(item.data.text))} *({_md(topics)})*"


ITEM_VERBS = {"added": "Ny punkt", "removed": "Borttagen punkt", "changed": "Ändrad punkt"}
PLAN_VERBS = {"added": "Nytt dokument", "removed": "Borttaget dokument", "changed": "Ändrat dokument"}


def _plan_lines(change: PlanChange) -> list[str]:
    plan = change.plan
    lines = ["", f"**{PLAN_VERBS[change.kind]}: {_md(plan.data.title)}** – `{plan.file}`", ""]
    lines += [f"- {_md(label)}: {text}" for label, text in change.differences]
    if change.kind == "removed":
        lines.append(f"- {len(plan.items)} punkter försvinner från webbplatsen.")
        return lines
    for item_change in change.items:
        lines.append(f"- **{ITEM_VERBS[item_change.kind]}** – {_item_line(item_change.item)}")
        lines += [f"  - {_md(label)}: {text}" for label, text in item_change.differences]
    return lines


def to_markdown(changes: Changes) -> str:
    added, removed, changed = (changes.count(k) for k in ("added", "removed", "changed"))
    actors = {p.plan.actor.id for p in changes.plans}
    lines = ["## Vad ändringen betyder för väljarna", "",
             f"Jämför `{changes.base[:12]}` (basen) med `{changes.head[:12]}` (ändringen)."]
    if not changes.plans and not changes.registry:
        lines += ["", "Ändringen påverkar inget som väljarna ser i planerna eller registren."]
        return "\n".join(lines) + "\n"
    lines += ["", f"{_count(added, 'punkt tillagd', 'punkter tillagda')}, "
                  f"{_count(removed, 'borttagen', 'borttagna')} och {_count(changed, 'ändrad', 'ändrade')} i "
                  f"{len(changes.plans)} dokument från {_count(len(actors), 'aktör', 'aktörer')}."]
    for archive in changes.placeholders:
        lines += ["", f"> **Obs:** `{archive}` innehåller fortfarande mallens platshållartext "
                      "och ska ersättas med dokumentets egen text innan ändringen tas in."]
    if changes.registry:
        lines += ["", "### Register", ""] + [f"- {line}" for line in changes.registry]
    if changes.plans:
        lines += ["", "### Per aktör"]
        current = None
        for change in changes.plans:
            if change.plan.actor.id != current:
                current = change.plan.actor.id
                lines += ["", f"#### {_md(change.plan.actor.name)} (`{current}`)"]
            lines += _plan_lines(change)
    if changes.topics:
        lines += ["", "### Per ämne", "", "Så ändras ämnessidorna."]
        for topic in changes.topics:
            lines += ["", f"#### {_md(topic.name)}", ""]
            for verb, items in (("Ny på sidan", topic.entered), ("Ändrad", topic.changed),
                                ("Försvinner från sidan", topic.left)):
                lines += [f"- **{verb}** – {_md(item.plan.actor.name)}: {_item_line(item)}" for item in items]
    return "\n".join(lines) + "\n"


def unreadable_markdown(failure: RevisionUnreadable, limit: int = 20) -> str:
    """Why no summary could be made: the revision whose plans do not load, and its errors."""
    lines = ["## Vad ändringen betyder för väljarna", "",
             f"Ändringen kunde inte sammanfattas: planerna i `{failure.rev[:12]}` går inte att läsa "
             f"({len(failure.errors)} fel). Rätta felen som steget *Validera* visar; då kommer "
             "sammanfattningen med nästa gång kontrollen körs.", ""]
    lines += [f"- {_md(str(error))}" for error in failure.errors[:limit]]
    if len(failure.errors) > limit:
        lines.append(f"- … och {len(failure.errors) - limit} fel till.")
    return "\n".join(lines) + "\n"
