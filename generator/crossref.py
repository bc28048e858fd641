"""Checks across files and the linked site model (topic ↔ items ↔ plans ↔ actors).

`build_site` is the one entry point: it reads registries and plans, collects every error
of every file (schema, cross-reference, quotes) and either raises them all together or
returns a `Site` whose objects point at each other both ways, in a fixed, neutral order.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import model
from .errors import LocatedError, ValidationFailed
from .load import Document, field_path, node_at, read_document, validate
from .coverage import measure
from .quotes import SourceText

PLANS_DIR = "plans"
REGISTRY_DIR = "registry"
SCHEMA_LINE = "# yaml-language-server: $schema=../docs/schema/plan.schema.json"


# --- the linked model -------------------------------------------------------------------
@dataclass(eq=False)
class Municipality:
    id: str
    name: str
    actors: list["Actor"] = field(default_factory=list)


@dataclass(eq=False)
class Actor:
    data: model.Actor
    municipality: Municipality
    plans: list["Plan"] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.data.id

    @property
    def name(self) -> str:
        return self.data.name


@dataclass(eq=False)
class Topic:
    data: model.Topic
    items: list["Item"] = field(default_factory=list)
    tables: list["Table"] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.data.id

    @property
    def name(self) -> str:
        return self.data.name

    def items_of(self, plan: "Plan") -> list["Item"]:
        return [item for item in self.items if item.plan is plan]

    def tables_of(self, plan: "Plan") -> list["Table"]:
        return [table for table in self.tables if table.plan is plan]


@dataclass(eq=False)
class Item:
    data: model.Item
    plan: "Plan"
    section: "Section"
    topics: list[Topic]
    line: int  # where the quote starts in the archived source
    end_line: int

    @property
    def id(self) -> str:
        return self.data.id


@dataclass(eq=False)
class Table:
    data: model.Table
    plan: "Plan"
    section: "Section"
    topics: list[Topic]
    lines: list[int]  # source line of each row

    @property
    def id(self) -> str:
        return self.data.id


@dataclass(eq=False)
class Section:
    data: model.Section
    anchor: str
    items: list[Item] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass(eq=False)
class Plan:
    data: model.Plan
    file: str  # repository path of the YAML file, e.g. plans/x.yaml
    actor: Actor
    municipality: Municipality
    source: SourceText
    sections: list[Section] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.data.id

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    @property
    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]

    @property
    def newest_year(self) -> Optional[int]:
        if self.data.year is not None:
            return self.data.year
        if self.data.period is not None:
            return self.data.period.end
        return None


@dataclass
class Site:
    municipalities: list[Municipality]
    actors: list[Actor]
    topics: list[Topic]
    plans: list[Plan]


def swedish_key(text: str) -> str:
    """Sort key for Swedish alphabetical order: å, ä, ö come after z."""
    table = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "è": "e", "ü": "y", "æ": "|", "ø": "}"})
    return text.casefold().translate(table)


# --- reading -------------------------------------------------------------------------------
@dataclass
class _Inputs:
    municipalities: list[model.Municipality] = field(default_factory=list)
    actors: list[model.Actor] = field(default_factory=list)
    topics: list[model.Topic] = field(default_factory=list)
    plans: list[tuple[model.Plan, Document]] = field(default_factory=list)
    registry_docs: dict[str, Document] = field(default_factory=dict)
    errors: list[LocatedError] = field(default_factory=list)


def _read(root: Path, relative: str, schema: type, errors: list[LocatedError]) -> tuple[Optional[object], Document]:
    document, found = read_document(root / relative, relative)
    parsed = None
    if not found:
        parsed, found = validate(document, schema)
    errors.extend(found)
    return parsed, document


def _read_inputs(root: Path) -> _Inputs:
    inputs = _Inputs()
    registries = (
        ("municipalities.yaml", model.MunicipalityRegistry, "municipalities"),
        ("actors.yaml", model.ActorRegistry, "actors"),
        ("topics.yaml", model.TopicRegistry, "topics"),
    )
    for name, schema, attribute in registries:
        relative = f"{REGISTRY_DIR}/{name}"
        parsed, document = _read(root, relative, schema, inputs.errors)
        inputs.registry_docs[attribute] = document
        if parsed is not None:
            setattr(inputs, attribute, list(getattr(parsed, attribute)))
    for path in sorted((root / PLANS_DIR).glob("*.yaml")):
        relative = f"{PLANS_DIR}/{path.name}"
        parsed, document = _read(root, relative, model.Plan, inputs.errors)
        if parsed is not None:
            inputs.plans.append((parsed, document))
    for path in sorted((root / PLANS_DIR).glob("*.yml")):
        inputs.errors.append(LocatedError(f"{PLANS_DIR}/{path.name}", 1, 1, "", "filändelsen .yml läses inte.",
                                          f"Byt namn till {path.stem}.yaml."))
    return inputs


# --- checking --------------------------------------------------------------------------------
class _Checker:
    def __init__(self, inputs: _Inputs, root: Path):
        self.inputs = inputs
        self.root = root
        self.errors = inputs.errors

    def at(self, document: Document, loc: tuple, message: str, hint: str = "", key: bool = False) -> None:
        node, _, key_mark = node_at(document.root, loc)
        line, col = key_mark if key and key_mark else (node.line, node.col)
        self.errors.append(LocatedError(document.path, line, col, field_path(loc), message, hint))

    def unknown(self, document: Document, loc: tuple, kind: str, value: str, known: list[str], registry: str) -> None:
        close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
        hint = f"Menade du '{close[0]}'? " if close else ""
        hint += f"Giltiga id finns i {REGISTRY_DIR}/{registry}."
        self.at(document, loc, f"okänt {kind} '{value}'.", hint)

    def duplicates(self, document: Document, entries: list, loc_of) -> None:
        seen: dict[str, int] = {}
        for index, entry in enumerate(entries):
            value = entry.id
            if value in seen:
                first_node, _, _ = node_at(document.root, loc_of(seen[value]))
                self.at(document, loc_of(index), f"id '{value}' finns redan (rad {first_node.line}).",
                        "Varje id måste vara unikt; byt namn på det ena.")
            else:
                seen[value] = index

    def registries(self) -> None:
        docs = self.inputs.registry_docs
        self.duplicates(docs["municipalities"], self.inputs.municipalities, lambda i: ("municipalities", i, "id"))
        self.duplicates(docs["actors"], self.inputs.actors, lambda i: ("actors", i, "id"))
        self.duplicates(docs["topics"], self.inputs.topics, lambda i: ("topics", i, "id"))
        municipality_ids = [m.id for m in self.inputs.municipalities]
        for index, actor in enumerate(self.inputs.actors):
            if actor.municipality not in municipality_ids:
                self.unknown(docs["actors"], ("actors", index, "municipality"), "kommun-id", actor.municipality,
                             municipality_ids, "municipalities.yaml")

    def plan(self, plan: model.Plan, document: Document, sources: dict[str, SourceText]) -> None:
        stem = Path(document.path).stem
        actor_ids = {a.id: a for a in self.inputs.actors}
        topic_ids = [t.id for t in self.inputs.topics]
        if plan.id != stem:
            self.at(document, ("id",), f"id '{plan.id}' stämmer inte med filnamnet {stem}.yaml.",
                    f"Skriv `id: {stem}` eller byt namn på filen till {plan.id}.yaml.")
        if plan.actor not in actor_ids:
            self.unknown(document, ("actor",), "aktörs-id", plan.actor, sorted(actor_ids), "actors.yaml")
        else:
            if not (stem == plan.actor or stem.startswith(plan.actor + "-")):
                self.at(document, ("actor",), f"filnamnet {stem}.yaml börjar inte med aktörens id '{plan.actor}'.",
                        f"Döp filen till {plan.actor}-….yaml så att rätt parti äger den.")
            expected = actor_ids[plan.actor].municipality
            if plan.municipality != expected:
                self.at(document, ("municipality",),
                        f"aktören '{plan.actor}' hör till kommunen '{expected}', inte '{plan.municipality}'.",
                        f"Skriv `municipality: {expected}`.")
        municipality_ids = [m.id for m in self.inputs.municipalities]
        if plan.municipality not in municipality_ids:
            self.unknown(document, ("municipality",), "kommun-id", plan.municipality, municipality_ids,
                         "municipalities.yaml")
        if not document.text.lstrip("\ufeff").startswith(SCHEMA_LINE):
            self.errors.append(LocatedError(document.path, 1, 1, "", "första raden ska peka ut schemat.",
                                            f"Lägg till raden `{SCHEMA_LINE}` överst, så hjälper editorn till."))
        anchors: dict[str, tuple] = {}
        for s_index, section in enumerate(plan.sections):
            for kind, entries in (("items", section.items), ("tables", section.tables)):
                for index, entry in enumerate(entries):
                    loc = ("sections", s_index, kind, index)
                    if entry.id in anchors:
                        first, _, _ = node_at(document.root, anchors[entry.id] + ("id",))
                        self.at(document, loc + ("id",), f"id '{entry.id}' finns redan i planen (rad {first.line}).",
                                "Varje punkt behöver ett eget id; det blir punktens ankare på sidan.")
                    else:
                        anchors[entry.id] = loc
                    for t_index, topic in enumerate(entry.topics):
                        if topic not in topic_ids:
                            self.unknown(document, loc + ("topics", t_index), "ämne", topic, topic_ids, "topics.yaml")
        self.quotes(plan, document, sources)

    def quotes(self, plan: model.Plan, document: Document, sources: dict[str, SourceText]) -> None:
        archive = plan.source.archive
        if archive not in sources:
            path = self.root / archive
            if not path.is_file():
                self.at(document, ("source", "archive"), f"källtexten {archive} finns inte i repot.",
                        "Lägg den arkiverade texten i mappen sources/ och skriv dess sökväg här.")
                return
            sources[archive] = SourceText(path.read_text(encoding="utf-8"))
        source = sources[archive]
        self.coverage(plan, document, source)
        for loc, quote in _quotes_of(plan):
            if source.find(quote) is None:
                passage, line = source.closest(quote)
                self.at(document, loc, f"citatet finns inte ordagrant i {archive}.",
                        f"Närmast liknande är rad {line}: «{_shorten(passage)}». Rätta citatet så att det "
                        "stämmer med källan ord för ord; ändra aldrig källtexten.")


    def coverage(self, plan: model.Plan, document: Document, source: SourceText) -> None:
        """Every list item of the source must be quoted by an item or deliberately excluded."""
        quotes = [quote for loc, quote in _quotes_of(plan) if loc[0] != "excluded"]
        report = measure(plan.source.archive, source, quotes, [e.quote for e in plan.excluded])
        loc = ("excluded",) if plan.excluded else ("sections",)
        for unit in report.uncovered_list_items:
            self.at(document, loc, f"listpunkten på rad {unit.line} i {plan.source.archive} finns inte med: "
                    f"«{_shorten(unit.text.strip())}».",
                    "Lägg till en punkt som citerar den, eller en post under excluded med quote och reason "
                    "som förklarar varför den medvetet lämnas utanför.", key=True)


def _quotes_of(plan: model.Plan):
    """Every quote of a plan with its location in the file."""
    for s_index, section in enumerate(plan.sections):
        for index, item in enumerate(section.items):
            yield ("sections", s_index, "items", index, "quote"), item.quote
        for index, table in enumerate(section.tables):
            for r_index, row in enumerate(table.rows):
                yield ("sections", s_index, "tables", index, "rows", r_index, "quote"), row.quote
    for index, exclusion in enumerate(plan.excluded):
        yield ("excluded", index, "quote"), exclusion.quote


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- linking ---------------------------------------------------------------------------------
def _link(inputs: _Inputs, sources: dict[str, SourceText]) -> Site:
    municipalities = {m.id: Municipality(m.id, m.name) for m in inputs.municipalities}
    actors = {a.id: Actor(a, municipalities[a.municipality]) for a in inputs.actors}
    topics = {t.id: Topic(t) for t in inputs.topics}
    plans: list[Plan] = []
    for data, document in inputs.plans:
        actor = actors[data.actor]
        plan = Plan(data, document.path, actor, municipalities[data.municipality], sources[data.source.archive])
        for index, section_data in enumerate(data.sections):
            section = Section(section_data, f"avsnitt-{index + 1}")
            for item_data in section_data.items:
                match = plan.source.find(item_data.quote)
                item = Item(item_data, plan, section, [topics[t] for t in item_data.topics], match.line, match.end_line)
                section.items.append(item)
                for topic in item.topics:
                    topic.items.append(item)
            for table_data in section_data.tables:
                lines = [plan.source.find(row.quote).line for row in table_data.rows]
                table = Table(table_data, plan, section, [topics[t] for t in table_data.topics], lines)
                section.tables.append(table)
                for topic in table.topics:
                    topic.tables.append(table)
            plan.sections.append(section)
        actor.plans.append(plan)
        plans.append(plan)
    # Neutral, documented order: actors and topics alphabetically by name, an actor's
    # documents newest first (undated last), never by how much anyone wrote.
    for actor in actors.values():
        actor.plans.sort(key=lambda p: (-(p.newest_year or 0), swedish_key(p.data.title)))
        actor.municipality.actors.append(actor)
    for municipality in municipalities.values():
        municipality.actors.sort(key=lambda a: swedish_key(a.name))
    return Site(
        municipalities=sorted(municipalities.values(), key=lambda m: swedish_key(m.name)),
        actors=sorted(actors.values(), key=lambda a: swedish_key(a.name)),
        topics=sorted(topics.values(), key=lambda t: swedish_key(t.name)),
        plans=sorted(plans, key=lambda p: (swedish_key(p.actor.name), -(p.newest_year or 0), p.id)),
    )


def build_site(root: Path) -> Site:
    """Read, check and link everything under `root`; raise ValidationFailed with every error."""
    inputs = _read_inputs(Path(root))
    checker = _Checker(inputs, Path(root))
    sources: dict[str, SourceText] = {}
    if not any(e.path.startswith(REGISTRY_DIR) for e in inputs.errors):
        checker.registries()
        owners: dict[str, str] = {}
        for plan, document in inputs.plans:
            if plan.id in owners:
                checker.at(document, ("id",), f"plan-id '{plan.id}' används redan av {owners[plan.id]}.",
                           "Varje dokument behöver ett eget id, samma som filnamnet.")
            owners.setdefault(plan.id, document.path)
            checker.plan(plan, document, sources)
    if inputs.errors:
        raise ValidationFailed(inputs.errors)
    return _link(inputs, sources)
