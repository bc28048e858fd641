"""Open data: every item, plan, actor, topic, municipality and budget figure as JSON and CSV
under /data/v1/, with JSON Schemas and a manifest.

The export records are declared once here (pydantic); the published JSON Schemas and the
field tables of the "Öppna data" page are derived from them. Each format has its own
writing rule: JSON via `json.dumps`, CSV via the `csv` module (RFC 4180, UTF-8 with a
byte order mark so Excel reads å, ä and ö). No I/O: the commit and the public address
come from the caller, so the same model always gives the same bytes.

Versioning promise of `v1`: fields are never removed or renamed and never change their
meaning; new fields and files may be added, and a schema may be made stricter where the files
already keep to it (each listed on the changelog page).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import posixpath
from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType
from typing import Annotated, Any, Callable, Iterator, Literal, Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from . import model, paths
from .escape import formula_free_pattern, formula_pattern, spreadsheet_text
from .link import TERM_BOUND_KINDS, Actor, Item, Municipality, Plan, Site, Table, Term, Topic
from .swedish import Plus

VERSION = "v1"
UNKNOWN_COMMIT = "okänd"
JSON_SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
LIST_SEPARATOR = ";"  # lists (topics, follow-ups) in one CSV cell
# --- what the schemas check ---------------------------------------------------------------------
# The allowed values come from the plans' model (`model.ITEM_KINDS` …), never copied, so the
# published schemas name every kind, status and risk level the site knows, and no other.
def _one_of(values) -> Any:
    return Literal[tuple(values)]  # type: ignore[valid-type]


ItemGroup = _one_of(model.ITEM_GROUPS)
RiskBand = _one_of(band for _, band, _ in model.RISK_BANDS)
DataVersion = _one_of([VERSION])
RecordId = Annotated[str, StringConstraints(pattern=model.ID_PATTERN)]  # as in the registries and plans
StableId = Annotated[str, StringConstraints(pattern=model.FOLLOW_UP_PATTERN)]  # <plan id>#<item or table id>
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
# Whole numbers with the bounds the plans' model gives them, so a validator refuses what the
# site cannot write (a year 20, a line 0, a count below zero); the CSV schemas say the same
# with a pattern (`_whole_number_pattern`).
DataYear = Annotated[int, Field(ge=model.YEARS[0], le=model.YEARS[1])]
SourceLine = Annotated[int, Field(ge=1)]  # the archived text's lines are numbered from 1
Count = Annotated[int, Field(ge=0)]
# Every text of a record is one the plans' model refuses blank (`model.Text`, `ShortText`), or
# the site's own: never empty, so an empty CSV cell means only null, as the CSV schemas say.
Words = Annotated[str, StringConstraints(min_length=1)]
CommitId = Annotated[str, StringConstraints(pattern=f"^([0-9a-f]{{40}}|[0-9a-f]{{64}}|{UNKNOWN_COMMIT})$")]
# Formats for the schema's readers; the records are made from validated plans and the public
# address. A pattern too, since many validators only note a format.
WebUrl = Annotated[str, Field(json_schema_extra={"format": "uri", "pattern": r"^https?://\S+$"})]
# An address from a plan or the registry, as its author wrote it: it may hold letters such as
# å, ä and ö, which an IRI (RFC 3987) allows and a URI (RFC 3986, ASCII only) does not.
SourceUrl = Annotated[str, Field(json_schema_extra={"format": "iri", "pattern": r"^https?://\S+$"})]
IsoDate = Annotated[str, Field(json_schema_extra={"format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})]
# As git writes a commit's time (`%cI`): with its offset from UTC.
IsoDateTime = Annotated[str, Field(json_schema_extra={
    "format": "date-time", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2}|Z)$"})]


# Each JSON file names its own schema, as JSON files commonly do (`"$schema": "<address>"`), so an
# editor or a validator finds it without index.json. Added to v1 later: last in each file.
SCHEMA_LINK = dict(alias="$schema", description="Filens JSON Schema: adressen under data/v1/schema/ som beskriver "
                                                "filen (samma som `schema_url` i index.json).")


# --- what the schemas say ----------------------------------------------------------------------
# The descriptions name each allowed value with the Swedish label the pages show, from the
# same vocabularies, so a reader of the data knows what `promise` or `high` means.
def _labelled(vocabulary: dict[str, str]) -> str:
    """`summary (sammanfattning), vision (vision), …`"""
    return ", ".join(model.labelled_values(vocabulary))


def _risk_bands() -> str:
    """`low (låg risk, 1–4), …`: each level with the scores it covers."""
    starts = [start for start, _, _ in model.RISK_BANDS] + [5 * 5 + 1]  # a score is 1–5 × 1–5
    return ", ".join(f"{band} ({model.lower_first(label)}, {start}–{starts[index + 1] - 1})"
                     for index, (start, band, label) in enumerate(model.RISK_BANDS))


def _groups() -> str:
    return " eller ".join(f"{group} ({model.lower_first(name)}: {', '.join(kinds)})"
                          for group, (name, _, kinds) in model.ITEM_GROUPS.items())


def _schema_text(description: str) -> ConfigDict:
    """A record's description in its published schema, in Swedish (without it the schema
    would carry the class's English docstring)."""
    return ConfigDict(json_schema_extra={"description": description})


# Which term a document belongs to, as `link._link_terms` places it and the about page says.
_TERM_RULE = ("den mandatperiod som omfattar den 1 juli dokumentets år eller periodens första år, som på "
              "webbplatsen; en valplattform från ett valår hör till perioden som valet inleder (en valplattform "
              "2026 till `2026-2030`), och till ingen medan den perioden inte finns i terms.json; en uppföljning av "
              "vallöften vars punkter anger löftena de följer upp (`follows_up`) hör till löftenas period")
# Which documents are in force depends on the build's day, so no file says it (the files change
# with the plans alone); the open-data page and terms.json's schema give the rule that
# `link.Plan.term_note` applies, for a reader to apply it to the files on the day they read them.
IN_FORCE_STEPS = (
    "Nuvarande mandatperiod är den i terms.json vars `starts`–`ends` omfattar dagens datum.",
    "Ett dokument vars `term` är nuvarande mandatperiod gäller nu; ett dokument för ett kommande år, som nästa "
    "års plan, gäller från sitt första år (`year` eller `period_start`).",
    "Ett dokument vars `term` är en mandatperiod som inte har börjat gäller från periodens första dag.",
    "Ett dokument från en mandatperiod som har slutat, eller daterat före den första i terms.json (`term` null), "
    "gäller nu bara om innevarande år ligger inom dess år eller period (`year`, eller `period_start`–`period_end`), "
    "och aldrig om det är av typen " + " eller ".join(
        f"`{kind}` ({model.lower_first(model.PLAN_KINDS[kind])})" for kind in sorted(TERM_BOUND_KINDS)) +
    ", som hör till sin mandatperiod. "
    "Annars markerar webbplatsen det som från en tidigare mandatperiod.",
    "Om ett odaterat dokument (`year` och `period_start` null) gäller nu går inte att se, inte heller om ett "
    "dokument daterat efter den sista mandatperioden i terms.json (`term` null) gör det.",
)
# Where a field's value is what the site's file for the document says (or leaves out), not what the
# document says: the file in the repository, named so, since a data user does not know the
# editors' word "plan" for it and read "planen" as the document.
DOCUMENT_FILE = "dokumentets fil i repot (`plans/<id>.yaml`)"
TERM_DESCRIPTION = (f"Mandatperioden som dokumentet hör till, som id i terms.json (t.ex. `2022-2026`): {_TERM_RULE}. "
                    "Saknas (null) för ett odaterat dokument, ett år utanför registrets perioder, en valplattform "
                    "vars period registret inte har än och en uppföljning av vallöften vars löften är från före den "
                    "första perioden i terms.json, också när uppföljningen själv är från en registrerad periods år.")


# The fields that name a record of another file say which file's `id` they are, so a reader of the
# data knows what to join them with (the registries they come from are the repository's, not the data's).
PLAN_KEY = "Dokumentets id, som `id` i dokumentets fil `plans/<id>.json`"
ACTOR_KEY = "Aktörens id, som `id` i actors.json"
MUNICIPALITY_KEY = "Kommunens id, som `id` i municipalities.json"
TOPICS_KEY = "Ämnenas id, som `id` i topics.json"
# How a list field of items.csv is written, said in the CSV's schema and on the open-data page (whose
# table is items.json's and items.csv's), not in the JSON schemas (`json_schema`), where it is a JSON list.
IN_CSV_LIST = "I CSV åtskilda med semikolon."
# ... and of a list that may be empty, which the CSV writes as an empty field, not as an empty list.
IN_CSV_LIST_OR_EMPTY = "I CSV åtskilda med semikolon, och en tom lista är ett tomt fält."
PLANS_KEY = "Dokumentens id, som `id` i varje dokuments fil `plans/<id>.json`"
ACTORS_KEY = "Aktörernas id, som `id` i actors.json"


# --- the export records -----------------------------------------------------------------------
class Record(BaseModel):
    # `populate_by_name`: a file's `$schema` (SCHEMA_LINK) is given by its Python name.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ItemRecord(Record):
    """One item of one plan: a line of items.json and a row of items.csv."""

    model_config = _schema_text("En punkt i ett dokument: en post i items.json och i dokumentets fil, en rad i items.csv.")

    id: StableId = Field(description="Stabilt id: `<dokument-id>#<punkt-id>`. Ändras inte så länge punkten finns.")
    plan: RecordId = Field(description=f"{PLAN_KEY}.")
    item: RecordId = Field(description="Punktens id inom dokumentet; ankare på dokumentsidan.")
    actor: RecordId = Field(description=f"{ACTOR_KEY}.")
    actor_name: Words = Field(description="Aktörens namn.")
    municipality: RecordId = Field(description=f"{MUNICIPALITY_KEY}.")
    term: Optional[RecordId] = Field(description=TERM_DESCRIPTION)
    year: Optional[DataYear] = Field(description="Året dokumentet gäller, om det gäller ett år. null när det gäller flera år (se `period_start`) eller är odaterat.")
    period_start: Optional[DataYear] = Field(description="Första året, om dokumentet gäller flera år; annars null.")
    period_end: Optional[DataYear] = Field(description="Sista året, om dokumentet gäller flera år; annars null.")
    plan_kind: model.PlanKind = Field(description="Dokumentets typ: " + _labelled(model.PLAN_KINDS) + ".")
    plan_status: model.PlanStatus = Field(description="Dokumentets status: " + _labelled(model.PLAN_STATUSES) + ".")
    plan_title: Words = Field(description="Dokumentets titel.")
    section: Words = Field(description="Rubriken på avsnittet där punkten står.")
    kind: model.ItemKind = Field(description="Punktens typ: " + _labelled(model.ITEM_KINDS) + ".")
    group: ItemGroup = Field(description="Gruppen som jämförelsesidorna visar punkten i, efter typen: " + _groups() + ".")
    topics: list[RecordId] = Field(description=f"{TOPICS_KEY}. {IN_CSV_LIST}")
    text: Words = Field(description=f"Punkten med dokumentets ord eller en trogen sammanfattning, så som {DOCUMENT_FILE} skriver den; den kan formuleras om (se sidan Ändringar). Dokumentets egna ord står i `quote`: citera det, inte `text`, när du återger vad dokumentet säger.")
    detail: Optional[Words] = Field(description="Mer om punkten; null när dokumentet inte säger mer.")
    quote: Words = Field(description="Ordagrant citat ur källan, kontrollerat mot den arkiverade texten. Kontrollen "
                                   "bortser bara från uppställningen (radbrytningar, listtecken, # och *, avstavning, "
                                   "typografiska tecken), så citatet står inte alltid tecken för tecken i källan.")
    locator: Words = Field(description="Var i källan: rubrik eller sida.")
    source_line_start: SourceLine = Field(description="Första raden i den arkiverade texten där citatet står.")
    source_line_end: SourceLine = Field(description="Sista raden i den arkiverade texten där citatet står.")
    source_url: Optional[SourceUrl] = Field(description=f"Var dokumentet är publicerat; null när {DOCUMENT_FILE} inte anger någon adress (texten finns då bara arkiverad, se `archive_url`).")
    archive_url: WebUrl = Field(description="Citatets rad i den arkiverade texten på webbplatsen.")
    page_url: WebUrl = Field(description="Punkten på dokumentsidan.")
    follows_up: list[StableId] = Field(description="Löftet som punkten följer upp, som `id` i items.json (`<dokument-id>#<punkt-id>`); tom lista om punkten inte anger något. " + IN_CSV_LIST_OR_EMPTY)
    status: Optional[model.PromiseState] = Field(description="Läget som en uppföljning anger för ett vallöfte: " + _labelled(model.PROMISE_STATES) + ". null när punkten inte har något läge (den är inte ett löfte i en uppföljning).")
    status_note: Optional[Words] = Field(description=f"Vad dokumentet säger om läget, med egna ord i {DOCUMENT_FILE}: webbplatsens text, inte dokumentets ord (dem citerar `quote`). null när `status` är null.")
    indicator_baseline_value: Optional[float] = Field(description="Indikatorns ingångsvärde, i enheten `indicator_baseline_unit`. null när punkten inte har någon indikator eller indikatorn inget ingångsvärde.")
    indicator_baseline_unit: Optional[Words] = Field(description="Ingångsvärdets enhet, t.ex. `%` eller `kr/invånare`; null som `indicator_baseline_value`.")
    indicator_baseline_year: Optional[DataYear] = Field(description="Ingångsvärdets år; null när dokumentet inte anger något år eller det inte finns något ingångsvärde.")
    indicator_baseline_approximate: Optional[bool] = Field(description="true om dokumentet säger ”ca” om ingångsvärdet; null när det inte finns något ingångsvärde.")
    indicator_target_value: Optional[float] = Field(description="Indikatorns målvärde, i enheten `indicator_target_unit`. null när punkten inte har någon indikator.")
    indicator_target_unit: Optional[Words] = Field(description="Målvärdets enhet, t.ex. `%` eller `kr/invånare`; null när punkten inte har någon indikator.")
    indicator_target_year: Optional[DataYear] = Field(description="Målvärdets år; null när dokumentet inte anger något år eller punkten inte har någon indikator.")
    indicator_target_approximate: Optional[bool] = Field(description="true om dokumentet säger ”ca” om målvärdet; null när punkten inte har någon indikator.")
    indicator_data_source: Optional[Words] = Field(description="Indikatorns datakälla, t.ex. Kolada; null när dokumentet inte anger någon eller punkten inte har någon indikator.")
    # The ranges in the schema too (`minimum`, `maximum`), not only in the description.
    risk_probability: Optional[int] = Field(ge=1, le=5, description="Riskens sannolikhet, heltal 1–5 (5 störst). Bara för punkter av typen risk; annars null, som alla risk-fält.")
    risk_consequence: Optional[int] = Field(ge=1, le=5, description="Riskens konsekvens, heltal 1–5 (5 störst); null utom för punkter av typen risk.")
    risk_score: Optional[int] = Field(ge=1, le=25, description="Sannolikhet gånger konsekvens, heltal 1–25; null utom för punkter av typen risk.")
    risk_level: Optional[RiskBand] = Field(description="Risknivå efter `risk_score`: " + _risk_bands() + "; null utom för punkter av typen risk.")
    risk_control: Optional[Words] = Field(description="Kontrollmoment; null utom för punkter av typen risk.")
    risk_frequency: Optional[Words] = Field(description="När kontrollen rapporteras; null utom för punkter av typen risk.")
    risk_method: Optional[Words] = Field(description="Metod; null utom för punkter av typen risk.")
    # Added to v1 later: new fields come last, so the CSV's columns keep their places.
    indicator_baseline_label: Optional[Words] = Field(description="Vad ingångsvärdet mäter, när dokumentet säger det och det skiljer sig från indikatorn, t.ex. `andel av resurserna inom öppen verksamhet`; som dokumentsidan visar det efter värdet. Annars null.")
    indicator_target_label: Optional[Words] = Field(description="Vad målvärdet mäter, när dokumentet säger det och det skiljer sig från indikatorn; som dokumentsidan visar det efter värdet. Annars null.")
    dating_inferred: bool = Field(description="true när dokumentets år eller period (`year`, `period_start`, `period_end`) inte står i dokumentet utan har härletts ur texten; webbplatsen skriver då ”ca” före året, och `dating_note` i dokumentets fil säger varför.")


# What a reader who sums figures must know: a table's rows and columns are as the document has them.
TABLE_CAVEAT = ("Tecknet är dokumentets (en kostnad är ofta negativ), och en rad eller kolumn kan vara en summa "
                "eller avvikelse: summera inte en hel kolumn.")


# A figure's plus sign, which the page shows as written (`swedish.Plus`) and the number drops.
def _plus_description(numbers: str) -> str:
    return ("true om dokumentet skriver talet med plustecken (+2,3, t.ex. i en kolumn med förändringar), som sidan "
            f"visar det; {numbers} talet utan tecknet.")


class RowRecord(Record):
    model_config = _schema_text("En rad i en tabell. " + TABLE_CAVEAT)

    label: Words = Field(description="Radens rubrik.")
    values: list[Optional[float]] = Field(description="Talen i raden, i kolumnernas ordning och i tabellens enhet (`unit`); null där dokumentet saknar tal.")
    quote: Words = Field(description="Raden ordagrant ur källan.")
    source_line: SourceLine = Field(description="Radens nummer i den arkiverade texten.")
    # Added to v1 later, last.
    approximate: list[bool] = Field(description="För varje tal i `values`: true om dokumentet säger ”ca” om det.")
    plus: list[bool] = Field(description="För varje tal i `values`: " + _plus_description("`values` har"))


class TableRecord(Record):
    model_config = _schema_text("En tabell med tal, t.ex. en budget, som i dokumentet.")

    id: StableId = Field(description="Stabilt id: `<dokument-id>#<tabell-id>`, som `table` i `tables.csv`.")
    table: RecordId = Field(description="Tabellens id inom dokumentet, utan dokumentets id; fältet `table` i "
                                        "`tables.csv` är hela id:t, som `id` här.")
    caption: Words = Field(description="Tabellens rubrik.")
    unit: Words = Field(description="Enhet för talen, t.ex. mnkr.")
    columns: list[Words] = Field(description="Kolumnernas rubriker.")
    rows: list[RowRecord] = Field(description="Raderna.")
    locator: Words = Field(description="Var i källan.")
    topics: list[RecordId] = Field(description=f"{TOPICS_KEY}.")


class SectionRecord(Record):
    model_config = _schema_text("Ett avsnitt i dokumentet.")

    heading: Words = Field(description="Avsnittets rubrik som i dokumentet.")
    items: list[ItemRecord] = Field(description="Avsnittets punkter i dokumentets ordning (samma poster som i items.json).")
    tables: list[TableRecord] = Field(description="Avsnittets tabeller.")


class SourceRecord(Record):
    model_config = _schema_text("Källan: dokumentet som punkterna är hämtade ur, och den arkiverade texten som citaten kontrolleras mot.")

    title: Words = Field(description="Källans titel.")
    url: Optional[SourceUrl] = Field(description=f"Var källan är publicerad; null när {DOCUMENT_FILE} inte anger någon adress.")
    archive: Words = Field(description="Den arkiverade textens sökväg i repot.")
    archive_url: WebUrl = Field(description="Den arkiverade texten på webbplatsen.")
    retrieved: IsoDate = Field(description="Dagen texten hämtades, ÅÅÅÅ-MM-DD.")
    publisher: Optional[Words] = Field(description=f"Vem som gav ut dokumentet; null när {DOCUMENT_FILE} inte anger det.")
    # Added to v1 later: new fields come last.
    text_url: WebUrl = Field(description=(
        "Den arkiverade texten som ren text, med radnumren i `source_line`: en rad slutar vid radbrytning (LF) och bara där."))


class ReferenceRecord(Record):
    model_config = _schema_text("En offentlig källa som stöder vem dokumentet tillskrivs.")

    title: Words = Field(description="Källans titel.")
    url: Optional[SourceUrl] = Field(description="Var källan är publicerad; null när den inte har någon adress.")
    note: Optional[Words] = Field(description=f"Vad källan visar om vem dokumentet kommer ifrån; null när {DOCUMENT_FILE} inte säger det.")


class ExclusionRecord(Record):
    model_config = _schema_text("Ett stycke i källan som medvetet inte blivit en punkt.")

    quote: Words = Field(description="Stycket i källan som medvetet inte blivit en punkt.")
    reason: Words = Field(description="Varför det lämnas utanför.")


class PlanRecord(Record):
    """One document with its sections, items, tables and exclusions: plans/<id>.json."""

    model_config = _schema_text("Ett dokument med avsnitt, punkter, tabeller och medvetet uteslutna stycken: plans/<id>.json.")

    id: RecordId = Field(description="Dokumentets id.")
    actor: RecordId = Field(description=f"{ACTOR_KEY}.")
    municipality: RecordId = Field(description=f"{MUNICIPALITY_KEY}.")
    body: Words = Field(description="Nämnd eller område.")
    title: Words = Field(description="Dokumentets titel.")
    kind: model.PlanKind = Field(description="Dokumentets typ: " + _labelled(model.PLAN_KINDS) + ".")
    status: model.PlanStatus = Field(description="Dokumentets status: " + _labelled(model.PLAN_STATUSES) + ".")
    term: Optional[RecordId] = Field(description=TERM_DESCRIPTION)
    year: Optional[DataYear] = Field(description="Året dokumentet gäller. Ett dokument har precis ett av `year`, `period_start`/`period_end` och `undated`; de andra är null.")
    period_start: Optional[DataYear] = Field(description="Första året, om dokumentet gäller flera år; annars null.")
    period_end: Optional[DataYear] = Field(description="Sista året, om dokumentet gäller flera år; annars null.")
    undated: Optional[Words] = Field(description="Vad som är känt om ett odaterat dokument; null för ett daterat.")
    dating_note: Optional[Words] = Field(description=f"Hur året eller perioden har bestämts; null när {DOCUMENT_FILE} inte förklarar det.")
    dating_inferred: bool = Field(description="true när året eller perioden inte står i dokumentet utan är härledd ur texten (se `dating_note`); webbplatsen skriver då ”ca” före året.")
    summary: Words = Field(description="Kort, neutral sammanfattning.")
    follows_up: list[RecordId] = Field(description="Dokumenten vars löften detta följer upp: varje dokument som punkternas `follows_up` pekar på, i den ordning de först nämns; tom lista om inget. " f"{PLANS_KEY}.")
    source: SourceRecord = Field(description="Källan.")
    attribution: Optional[Words] = Field(description="Vem dokumentet tillskrivs, när det inte själv säger det; annars null.")
    attribution_sources: list[ReferenceRecord] = Field(description="De offentliga källor som stöder `attribution`, som dokumentsidan listar dem: titel, adress och vad källan visar. Tom lista när dokumentet inte tillskrivs någon.")
    page_url: WebUrl = Field(description="Dokumentsidan.")
    sections: list[SectionRecord] = Field(description="Avsnitten i dokumentets ordning.")
    excluded: list[ExclusionRecord] = Field(description="Stycken i källan som medvetet inte blivit punkter.")
    # Added to v1 later: new fields come last.
    language: model.DocumentLanguage = Field(description=(
        "Dokumentets språk som språkkod (BCP 47), som citaten och källtexten är skrivna på: "
        + _labelled(model.DOCUMENT_LANGUAGES) + ". Punkternas `text` och `summary` är på svenska."))
    described_by: WebUrl = Field(**SCHEMA_LINK)  # the file's last field, as in every JSON file


class ActorRecord(Record):
    model_config = _schema_text("Ett parti, en förvaltning eller en annan aktör.")

    id: RecordId = Field(description="Aktörens id.")
    name: Words = Field(description="Namn.")
    short: Words = Field(description="Förkortning.")
    kind: model.ActorKind = Field(description="Slags aktör: " + _labelled(model.ACTOR_KINDS) + ".")
    municipality: RecordId = Field(description=f"{MUNICIPALITY_KEY}.")
    url: Optional[SourceUrl] = Field(description="Aktörens webbplats; null när registret inte anger någon.")
    plans: list[RecordId] = Field(description=f"Aktörens dokument, nyaste först. {PLANS_KEY}.")
    page_url: WebUrl = Field(description="Aktörssidan.")
    feed_url: WebUrl = Field(description="Atom-flödet med aktörens ändringar.")


class TopicRecord(Record):
    model_config = _schema_text("Ett ämne, med en sida som jämför vad aktörerna säger om det.")

    id: RecordId = Field(description="Ämnets id.")
    name: Words = Field(description="Namn.")
    description: Words = Field(description="Vad ämnet omfattar.")
    keywords: list[Words] = Field(description="Sökord.")
    mentions: Count = Field(description="Punkter och tabeller om ämnet, alla aktörer (samma tal som på sidan Ämnen, /amnen/).")
    actor_count: Count = Field(description="Aktörer vars dokument tar upp ämnet.")
    page_url: WebUrl = Field(description="Ämnessidan.")
    feed_url: WebUrl = Field(description="Atom-flödet med ämnets ändringar.")
    # Added to v1 later: new fields come last.
    easy_read: Words = Field(description="Ämnet på lättläst svenska, som ämnessidan och jämförelserna visar det.")


class OtherNameRecord(Record):
    model_config = _schema_text("Ett av kommunens officiella namn på ett nationellt minoritetsspråk.")

    name: Words = Field(description="Namnet som det skrivs, t.ex. Jåhkåmåhkke.")
    lang: model.MinorityLanguage = Field(description="Språket som språkkod (BCP 47): "
                                                     + _labelled(model.MINORITY_LANGUAGES) + ".")
    language: Words = Field(description="Språkets namn på svenska, som kommunens sida anger det, t.ex. lulesamiska.")


class MunicipalityRecord(Record):
    model_config = _schema_text("En kommun med sina aktörer och dokument.")

    id: RecordId = Field(description="Kommunens id.")
    name: Words = Field(description="Namn.")
    actors: list[RecordId] = Field(description="Aktörerna i webbplatsens neutrala ordning: efter aktörens namn "
                                          f"i bokstavsordning (å, ä och ö efter z), inte efter id. {ACTORS_KEY}.")
    plans: list[RecordId] = Field(description="Dokumenten: aktörernas i ordningen i `actors`, varje aktörs nyaste först. "
                                              f"{PLANS_KEY}.")
    feed_url: WebUrl = Field(description="Atom-flödet med kommunens ändringar.")
    # Added to v1 later: new fields come last.
    items_json_url: WebUrl = Field(description="Kommunens punkter som JSON, `kommuner/<kommun-id>/items.json`: samma poster som i items.json, bara kommunens, i samma ordning.")
    items_csv_url: WebUrl = Field(description="Kommunens punkter som CSV, `kommuner/<kommun-id>/items.csv`: samma rader som i items.csv, bara kommunens, i samma ordning.")
    tables_csv_url: WebUrl = Field(description="Talen i kommunens budgettabeller som CSV, `kommuner/<kommun-id>/tables.csv`: samma rader som i tables.csv, bara kommunens, i samma ordning.")
    page_url: WebUrl = Field(description="Kommunens sida.")
    county: Optional[Words] = Field(description="Länet, som webbplatsens sidor grupperar kommunerna efter, t.ex. Södermanlands län; null när registret inte anger något.")
    preposition: Literal["i", "på"] = Field(description="Ordet som webbplatsens meningar sätter före kommunens namn: i (i Eskilstuna) eller på (på Gotland).")
    other_names: list[OtherNameRecord] = Field(description="Kommunens officiella namn på nationella minoritetsspråk, ett för varje språk, i den ordning kommunens sida visar dem (ett namn som är detsamma på två språk, som Kiiruna på finska och meänkieli, står en gång för varje); en tom lista när kommunen inte har några.")
    data_package_url: WebUrl = Field(description="Datapaketet som beskriver kommunens CSV-filer, `kommuner/<kommun-id>/datapackage.json` (Frictionless Data Package).")


class TermRecord(Record):
    model_config = _schema_text("En mandatperiod.")

    id: RecordId = Field(description="Periodens id, som punkternas och dokumentens `term` anger, t.ex. `2022-2026`.")
    name: Words = Field(description="Namnet som webbplatsen visar, t.ex. 2022–2026.")
    starts: IsoDate = Field(description="Första dagen, ÅÅÅÅ-MM-DD: den 15 oktober valåret.")
    ends: IsoDate = Field(description="Sista dagen, ÅÅÅÅ-MM-DD: dagen innan nästa period börjar.")


# The order of tables.csv, which a reader who lays a table out again from its rows relies on.
TABLES_CSV_ORDER = ("Raderna står dokument för dokument i den ordning som municipalities.json listar dokumenten "
                    "(som i items.csv), och i varje dokument tabell för tabell, rad för rad och kolumn för kolumn, "
                    "som i dokumentet (`rows` och `columns` i dokumentets fil).")


class TableCellRecord(Record):
    """One figure of one budget table: a row of tables.csv."""

    model_config = _schema_text("Ett tal i en av dokumentens tabeller: en rad i tables.csv. " + TABLES_CSV_ORDER)

    table: StableId = Field(description="Tabellens stabila id: `<dokument-id>#<tabell-id>`, som `id` (inte "
                                        "`table`) i tabellens post i `plans/<id>.json`.")
    plan: RecordId = Field(description=f"{PLAN_KEY}.")
    actor: RecordId = Field(description=f"{ACTOR_KEY}.")
    municipality: RecordId = Field(description=f"{MUNICIPALITY_KEY}.")
    caption: Words = Field(description="Tabellens rubrik.")
    unit: Words = Field(description="Enhet, t.ex. mnkr.")
    row: Words = Field(description="Radens rubrik.")
    column: Words = Field(description="Kolumnens rubrik.")
    # The plan model does not mark a sum or a deviation (model.TableRow): the caveat, not a guess from the label.
    value: Optional[float] = Field(description="Talet, i enheten `unit`, med punkt som decimaltecken; tomt där dokumentet saknar tal. "
                                               + TABLE_CAVEAT)
    source_line: SourceLine = Field(description="Radens nummer i den arkiverade texten: två rader i en tabell med "
                                                "samma rubrik (`row`) har olika nummer.")
    topics: list[RecordId] = Field(description=f"{TOPICS_KEY}, åtskilda med semikolon.")
    # Added to v1 later: new fields come last, so the CSV's columns keep their places.
    page_url: WebUrl = Field(description="Tabellen på dokumentsidan.")
    archive_url: WebUrl = Field(description="Talets rad (`source_line`) i den arkiverade texten på webbplatsen.")
    approximate: bool = Field(description="true om dokumentet säger ”ca” om talet.")
    plus: bool = Field(description=_plus_description("`value` är"))


class ItemsFile(Record):
    model_config = _schema_text("items.json: alla punkter i alla dokument. kommuner/<kommun-id>/items.json har "
                                "samma form, med bara kommunens punkter.")

    items: list[ItemRecord] = Field(description="Alla punkter i alla dokument (i kommuner/<kommun-id>/items.json: i kommunens dokument), i webbplatsens ordning: dokumenten som `municipalities.json` listar dem (kommunerna efter namn, i varje kommun aktörerna efter namn, varje aktörs dokument nyaste först), och i varje dokument punkterna i dokumentets ordning. items.csv har raderna i samma ordning.")
    described_by: WebUrl = Field(**SCHEMA_LINK)  # added to v1 later


class ActorsFile(Record):
    model_config = _schema_text("actors.json: alla aktörer.")

    actors: list[ActorRecord] = Field(description="Alla aktörer.")
    described_by: WebUrl = Field(**SCHEMA_LINK)  # added to v1 later


class TopicsFile(Record):
    model_config = _schema_text("topics.json: alla ämnen.")

    topics: list[TopicRecord] = Field(description="Alla ämnen.")
    described_by: WebUrl = Field(**SCHEMA_LINK)  # added to v1 later


class TermsFile(Record):
    model_config = _schema_text("terms.json: mandatperioderna.")

    terms: list[TermRecord] = Field(description=f"Mandatperioderna i tidsordning. Ett daterat dokument hör till {_TERM_RULE}. "
                                                f"Vilka dokument som gäller nu står inte i filerna: {' '.join(IN_FORCE_STEPS)}")
    described_by: WebUrl = Field(**SCHEMA_LINK)  # added to v1 later


class MunicipalitiesFile(Record):
    model_config = _schema_text("municipalities.json: alla kommuner.")

    municipalities: list[MunicipalityRecord] = Field(description="Alla kommuner, efter namn i bokstavsordning (å, ä och ö efter z).")
    described_by: WebUrl = Field(**SCHEMA_LINK)  # added to v1 later


class ManifestFile(Record):
    model_config = _schema_text("En datafil i innehållsförteckningen.")

    path: Words = Field(description="Filens sökväg under /data/v1/.")
    url: WebUrl = Field(description="Filens adress.")
    bytes: Count = Field(description="Storlek i byte.")
    records: Count = Field(description="Antal poster: punkter i items.json, items.csv och plans/<id>.json, tal (rader) i tables.csv (likaså i kommunens filer under kommuner/<kommun-id>/), och aktörer, ämnen, kommuner och mandatperioder i actors.json, topics.json, municipalities.json och terms.json.")
    sha256: Sha256 = Field(description="SHA-256 av filens innehåll.")
    schema_url: WebUrl = Field(description="Filens JSON Schema.")


class ManifestOtherFile(Record):
    model_config = _schema_text("En fil i innehållsförteckningen som inte är en datafil: ett JSON Schema, en källtext, ett datapaket eller ett Atom-flöde.")

    url: WebUrl = Field(description="Filens adress.")
    bytes: Count = Field(description="Storlek i byte.")
    sha256: Sha256 = Field(description="SHA-256 av filens innehåll.")


class Manifest(Record):
    model_config = _schema_text("index.json: innehållsförteckningen över datafilerna, deras scheman och flödena.")

    version: DataVersion = Field(description="Dataversionen; v1 ändras bara genom tillägg.")
    commit: CommitId = Field(description="Git-commit som webbplatsen byggdes från, eller ”okänd”.")
    licence: Words = Field(description="Licensen för webbplatsens egna texter, ämnesindelningen och datastrukturen. "
                                     "Citaten (`quote`), de arkiverade källtexterna och en punkts `text` där den "
                                     "återger dokumentets ord omfattas inte: de återges med stöd av citaträtten "
                                     "(22 § upphovsrättslagen).")
    licence_url: WebUrl = Field(description="Licensens adress.")
    files: list[ManifestFile] = Field(description="Varje datafil.")
    # Added to v1 later: new fields come last.
    other_files: list[ManifestOtherFile] = Field(description="Varje JSON Schema, källtext, datapaket och Atom-flöde.")
    commit_date: Optional[IsoDateTime] = Field(description="Dag och tid för `commit`, ISO 8601 med tidszon, t.ex. 2026-12-02T10:42:28+00:00. Det är när webbplatsens kod eller data senast ändrades; när ett dokument ändrades står i flödena. null när bygget inte hade tillgång till git.")
    described_by: WebUrl = Field(**SCHEMA_LINK)
    data_package: WebUrl = Field(description="Datapaketet (Frictionless Data Package) `datapackage.json`, som beskriver "
                                             "items.csv och tables.csv för verktyg som läser standarden: fälten, deras "
                                             "typer och tillåtna värden. Varje kommuns mapp kommuner/<kommun-id>/ har ett "
                                             "eget för kommunens CSV-filer.")  # added to v1 later


# --- building the records --------------------------------------------------------------------
def _number(value: Optional[Decimal]) -> Optional[float | int]:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _written_with_plus(value: Optional[Decimal]) -> bool:
    """Whether a table's figure is written with a plus sign, which `_number` drops (`swedish.Plus`)."""
    return isinstance(value, Plus)


def _term(plan: Plan) -> Optional[str]:
    """The id of the term the plan belongs to, as its pages show it (`link`: `plan.term`)."""
    return plan.term.id if plan.term is not None else None


def _followed_plans(plan: Plan) -> list[str]:
    """The plans whose promises the plan's items follow up, in the order first named."""
    return list(dict.fromkeys(item.follows.plan.id for item in plan.items if item.follows is not None))


def _float(value: Optional[Decimal]) -> Optional[float]:
    """A figure in a field the schema types as a number with decimals: 120 is written 120.0,
    as the record model (`ItemRecord`) validates it."""
    return None if value is None else float(value)


def _measure(prefix: str, measure: Optional[model.Measure]) -> dict[str, Any]:
    return {
        f"{prefix}_value": _float(measure.value) if measure else None,
        f"{prefix}_unit": measure.unit if measure else None,
        f"{prefix}_year": measure.year if measure else None,
        f"{prefix}_approximate": measure.approximate if measure else None,
    }


def item_values(item: Item, base_url: str) -> dict[str, Any]:
    """The item's `ItemRecord` as the JSON values its model dump would give, field by field
    in the model's order, without building the model: there is one record for each of tens
    of thousands of items, and building it took a third of the data files' time. The values
    come from the validated plan; tests validate every record of the fixture and of the
    real plans with `ItemRecord` and compare its JSON with this, byte for byte."""
    data, plan = item.data, item.plan
    plan_data, indicator, risk, status, level = plan.data, data.indicator, data.risk, data.status, item.risk_level
    return {
        "id": f"{plan.id}#{item.id}", "plan": plan.id, "item": item.id, "actor": plan.actor.id,
        "actor_name": plan.actor.name, "municipality": plan.municipality.id,
        "term": _term(plan),
        "year": plan_data.year,
        "period_start": plan_data.period.start if plan_data.period else None,
        "period_end": plan_data.period.end if plan_data.period else None,
        "plan_kind": plan_data.kind, "plan_status": plan_data.status, "plan_title": plan_data.title,
        "section": item.section.data.heading, "kind": data.kind, "group": item.group,
        "topics": [topic.id for topic in item.topics], "text": data.text, "detail": data.detail,
        "quote": data.quote, "locator": data.locator, "source_line_start": item.line,
        "source_line_end": item.end_line, "source_url": plan_data.source.url,
        "archive_url": paths.absolute_url(base_url, paths.source_page(plan.id), paths.line_anchor(item.line)),
        "page_url": paths.absolute_url(base_url, paths.plan_page(plan.id), item.id),
        "follows_up": [data.follows_up] if data.follows_up else [],
        "status": status.state if status else None, "status_note": status.note if status else None,
        **_measure("indicator_baseline", indicator.baseline if indicator else None),
        **_measure("indicator_target", indicator.target if indicator else None),
        "indicator_data_source": indicator.data_source if indicator else None,
        "risk_probability": risk.probability if risk else None,
        "risk_consequence": risk.consequence if risk else None,
        "risk_score": level.score if level else None, "risk_level": level.band if level else None,
        "risk_control": risk.control if risk else None, "risk_frequency": risk.frequency if risk else None,
        "risk_method": risk.method if risk else None,
        "indicator_baseline_label": indicator.baseline.label if indicator and indicator.baseline else None,
        "indicator_target_label": indicator.target.label if indicator else None,
        "dating_inferred": plan_data.dating_inferred,
    }


def _table_record(table: Table) -> TableRecord:
    data = table.data
    return TableRecord(
        id=f"{table.plan.id}#{table.id}", table=table.id, caption=data.caption, unit=data.unit,
        columns=list(data.columns), locator=data.locator, topics=[topic.id for topic in table.topics],
        rows=[RowRecord(label=row.label, values=[_number(v) for v in row.values], quote=row.quote, source_line=line,
                        approximate=approximate, plus=[_written_with_plus(v) for v in row.values])
              for row, line, approximate in zip(data.rows, table.lines, table.approximate)],
    )


def plan_record(plan: Plan, base_url: str) -> PlanRecord:
    """The plan's record; its sections' `items` are left empty and filled in by `plan_json`
    with the records items.json carries, so each item's record is made once."""
    data = plan.data
    return PlanRecord(
        id=plan.id, actor=plan.actor.id, municipality=plan.municipality.id, body=data.body, title=data.title,
        kind=data.kind, status=data.status, term=_term(plan), year=data.year,
        period_start=data.period.start if data.period else None, period_end=data.period.end if data.period else None,
        undated=data.undated, dating_note=data.dating_note, dating_inferred=data.dating_inferred, summary=data.summary,
        follows_up=_followed_plans(plan),
        source=SourceRecord(title=data.source.title, url=data.source.url, archive=data.source.archive,
                            archive_url=paths.absolute_url(base_url, paths.source_page(plan.id)),
                            retrieved=data.source.retrieved.isoformat(), publisher=data.source.publisher,
                            text_url=paths.absolute_url(base_url, paths.plan_source_text(plan.id))),
        attribution=data.attribution.claim if data.attribution else None,
        attribution_sources=[ReferenceRecord(title=source.title, url=source.url, note=source.note)
                             for source in (data.attribution.sources if data.attribution else [])],
        page_url=paths.absolute_url(base_url, paths.plan_page(plan.id)),
        sections=[SectionRecord(heading=section.data.heading, items=[],
                                tables=[_table_record(table) for table in section.tables])
                  for section in plan.sections],
        excluded=[ExclusionRecord(quote=e.quote, reason=e.reason) for e in data.excluded],
        language=data.language, described_by=schema_url(base_url, PLAN_SCHEMA),
    )


@dataclass(frozen=True)
class _PlanShare:
    """One plan's part of the data files, as text: its own file, its records in items.json
    (comma-separated), and its rows of items.csv and tables.csv."""

    plan_json: str
    plan_json_digest: tuple[int, str]  # its bytes and SHA-256, for the manifest
    items_json: str
    items_csv: str
    tables_csv: str


class PlanDataCache:
    """Each plan's part of the data files, kept between the rebuilds of one `mkdocs serve`.

    A plan's part is made from its parsed file, its archived source, its actor's registry
    entry, the registry entry of its term, and the public address. The serve cache (`load.LoadCache`) hands back the very
    same parsed objects for files whose bytes did not change, so a part is reused only when
    all of them are the same objects as when it was made; an edit makes it again."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple, _PlanShare]] = {}

    def share(self, plan: Plan, base_url: str, make: Callable[[], _PlanShare]) -> _PlanShare:
        # The term a record names comes from the terms' registry (which term holds the year).
        made_from = (plan.data, plan.source, plan.actor.data, plan.term.data if plan.term else None)
        known = self._known.get(plan.file)
        if known is not None:
            made, share = known  # (data, source, actor, term, address)
            if made[-1] == base_url and all(old is new for old, new in zip(made, made_from)):
                return share
        share = make()
        self._known[plan.file] = ((*made_from, base_url), share)
        return share

    def keep_only(self, plans: list[Plan]) -> None:
        """Forget removed plans."""
        files = {plan.file for plan in plans}
        self._known = {file: known for file, known in self._known.items() if file in files}


class _SiteData:
    """The data files of one build, made from each plan's part: each item's record is made
    once and carried by items.json, items.csv and the plan's own file."""

    def __init__(self, site: Site, base_url: str, cache: Optional[PlanDataCache]):
        # Without a cache kept between builds, one for this build alone.
        self.site, self.base_url, self.cache = site, base_url, cache or PlanDataCache()
        self.cache.keep_only(site.plans)

    @functools.cached_property
    def shares(self) -> dict[str, _PlanShare]:
        return {plan.id: self.cache.share(plan, self.base_url, lambda plan=plan: self._share(plan))
                for plan in self.site.plans}

    def _share(self, plan: Plan) -> _PlanShare:
        items = [item_values(item, self.base_url) for item in plan.items]
        cells = [cell.model_dump(mode="json") for cell in _table_cells(plan, self.base_url)]
        item_texts = [_json_value(values) for values in items]  # each item's JSON, written once
        plan_json = self._plan_json(plan, item_texts)
        return _PlanShare(plan_json, _digest(plan_json), ",".join(item_texts),
                          _csv_rows(items, ItemRecord), _csv_rows(cells, TableCellRecord))

    def _plan_json(self, plan: Plan, item_texts: list[str]) -> str:
        record = plan_record(plan, self.base_url).model_dump(mode="json", by_alias=True)
        remaining = iter(item_texts)  # plan.items is the sections' items in order
        sections = [_json_object(values, items="[" + ",".join(next(remaining) for _ in section.items) + "]")
                    for section, values in zip(plan.sections, record["sections"])]
        return _json_object(record, sections="[" + ",".join(sections) + "]") + "\n"

    def plan_json(self, plan: Plan) -> str:
        return self.shares[plan.id].plan_json

    def plan_json_digest(self, plan: Plan) -> tuple[int, str]:
        return self.shares[plan.id].plan_json_digest

    # items.json, items.csv and tables.csv of `plans` (the site's, or one municipality's, in
    # the site's order): each plan's part joined, so a row is written once for both. Joined
    # in one pass with what goes before and after it: each `+` of the whole text made another
    # copy of it (items.json is 43 MB at 1,000 plans, and each municipality's is made too).
    def items_json(self, plans: list[Plan]) -> str:
        parts = [part for part in (self.shares[plan.id].items_json for plan in plans) if part]
        link = _json_value(schema_url(self.base_url, "items.json"))
        return "".join(['{"items":[', *_separated(parts, ","), '],"$schema":', link, "}\n"])

    def items_csv(self, plans: list[Plan]) -> str:
        return "".join([_csv_header(ItemRecord), *(self.shares[plan.id].items_csv for plan in plans)])

    def tables_csv(self, plans: list[Plan]) -> str:
        return "".join([_csv_header(TableCellRecord), *(self.shares[plan.id].tables_csv for plan in plans)])

    @staticmethod
    def table_cells(plans: list[Plan]) -> int:
        # Counted from the model: the open-data page shows the count, and a worker that
        # renders it must not make every plan's part to count rows.
        return sum(len(_cell_places(table)) for plan in plans for table in plan.tables)


def _separated(parts: list[str], separator: str) -> Iterator[str]:
    """`parts` with `separator` between them, for a join that adds more around them."""
    for index, part in enumerate(parts):
        if index:
            yield separator
        yield part


def _cell_places(table: Table) -> list[tuple[Any, int, str, Any, bool]]:
    """(row, its source line, column, value, whether it is approximate) of each figure of a
    table, in CSV order."""
    return [(row, line, column, value, approximate)
            for row, line, row_approximate in zip(table.data.rows, table.lines, table.approximate)
            for column, value, approximate in zip(table.data.columns, row.values, row_approximate)]


def _table_cells(plan: Plan, base_url: str) -> list[TableCellRecord]:
    cells = []
    for table in plan.tables:
        # What every figure of the table shares, made once per table.
        shared = dict(table=f"{plan.id}#{table.id}", plan=plan.id, actor=plan.actor.id,
                      municipality=plan.municipality.id, caption=table.data.caption, unit=table.data.unit,
                      topics=[topic.id for topic in table.topics],
                      page_url=paths.absolute_url(base_url, paths.plan_page(plan.id), table.id))
        cells += [TableCellRecord(**shared, row=row.label, column=column, value=_number(value), source_line=line,
                                  archive_url=paths.absolute_url(base_url, paths.source_page(plan.id),
                                                                 paths.line_anchor(line)), approximate=approximate,
                                  plus=_written_with_plus(value))
                  for row, line, column, value, approximate in _cell_places(table)]
    return cells


def _actor_record(actor: Actor, base_url: str) -> ActorRecord:
    data = actor.data
    return ActorRecord(id=actor.id, name=data.name, short=data.short, kind=data.kind,
                       municipality=actor.municipality.id, url=data.url, plans=[plan.id for plan in actor.plans],
                       page_url=paths.absolute_url(base_url, paths.actor_page(actor.id)),
                       feed_url=paths.absolute_url(base_url, paths.feed_file("actor", actor.id)))


def _topic_record(topic: Topic, base_url: str) -> TopicRecord:
    data = topic.data
    return TopicRecord(id=topic.id, name=data.name, description=data.description, keywords=list(data.keywords),
                       mentions=topic.count, actor_count=topic.actor_count,
                       page_url=paths.absolute_url(base_url, paths.topic_page(topic.id)),
                       feed_url=paths.absolute_url(base_url, paths.feed_file("topic", topic.id)),
                       easy_read=data.easy_read)


def _municipality_record(municipality: Municipality, base_url: str) -> MunicipalityRecord:
    return MunicipalityRecord(id=municipality.id, name=municipality.name,
                              actors=[actor.id for actor in municipality.actors],
                              plans=[plan.id for plan in municipality.plans],
                              feed_url=paths.absolute_url(base_url, paths.feed_file("municipality", municipality.id)),
                              items_json_url=paths.absolute_url(base_url, paths.municipality_data(municipality.id, "items.json")),
                              items_csv_url=paths.absolute_url(base_url, paths.municipality_data(municipality.id, "items.csv")),
                              tables_csv_url=paths.absolute_url(base_url, paths.municipality_data(municipality.id, "tables.csv")),
                              page_url=paths.absolute_url(base_url, paths.municipality_page(municipality.id)),
                              county=municipality.county, preposition=municipality.preposition,
                              other_names=[OtherNameRecord(name=other.name, lang=lang,
                                                           language=model.MINORITY_LANGUAGES[lang])
                                           for other in municipality.other_names for lang in other.langs],
                              data_package_url=paths.absolute_url(
                                  base_url, paths.municipality_data(municipality.id, DATA_PACKAGE)))


def _term_record(term: Term) -> TermRecord:
    return TermRecord(id=term.id, name=term.name, starts=term.data.starts.isoformat(), ends=term.data.ends.isoformat())


# --- writing: one rule per format ------------------------------------------------------------
def json_text(record: BaseModel) -> str:
    return _json_dumps(record.model_dump(mode="json", by_alias=True))  # `$schema` by its name in the file


def _json_dumps(values: Any) -> str:
    return _json_value(values) + "\n"


def _json_value(values: Any) -> str:
    # Compact: Python's C encoder writes it (an indented file goes through the pure-Python
    # encoder, several seconds for a thousand plans), and the files are a third smaller.
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def _json_object(values: dict[str, Any], **written: str) -> str:
    """`values` as `_json_value` writes a dict, key by key in order, where the keys named in
    `written` take that JSON text as their value (records written once, used twice)."""
    return "{" + ",".join(f"{_json_value(key)}:{written[key] if key in written else _json_value(value)}"
                          for key, value in values.items()) + "}"


def csv_cell(value: Any, text: bool) -> str:
    """One CSV cell: empty for a missing value, lists joined with `;`, true/false, numbers with
    a point as decimal sign and no exponent; text that a spreadsheet would run as a formula
    gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(entry) for entry in value)
    if isinstance(value, float):
        value = repr(value)  # the figure's digits (`model.MAX_DIGITS`), never an exponent: 1e-05 is 0.00001
        return format(Decimal(value), "f") if "e" in value else value
    value = str(value)
    return spreadsheet_text(value) if text else value


def _csv_header(record_type: type[Record]) -> str:
    """The start of a CSV file: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte order mark,
    a header row of field names. The rows of each plan's part follow (`_csv_rows`)."""
    out = io.StringIO()
    _csv_writer(out).writerow(list(record_type.model_fields))
    return "\ufeff" + out.getvalue()


def _csv_rows(rows: list[dict[str, Any]], record_type: type[Record]) -> str:
    """`rows`, records of `record_type` as JSON values, as CSV rows."""
    out = io.StringIO()
    writer = _csv_writer(out)
    cells = _csv_columns(record_type)
    for values in rows:
        # Most cells are text or empty: those are written here, the rest by `csv_cell`.
        writer.writerow(["" if value is None else
                         ((spreadsheet_text(value) if text else value)
                          if value.__class__ is str else csv_cell(value, text))
                         for name, text in cells for value in (values[name],)])
    return out.getvalue()


def _csv_writer(out: io.StringIO):
    return csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


@functools.cache
def _csv_columns(record_type: type[Record]) -> list[tuple[str, bool]]:
    """Each column's name, and whether it holds text (which a formula guard may prefix)."""
    properties = record_type.model_json_schema()["properties"]
    return [(name, bool(_json_types(properties[name]) & {"string", "array"})) for name in record_type.model_fields]


def _json_types(schema: dict) -> set[str]:
    if "anyOf" in schema:
        return {t for option in schema["anyOf"] for t in _json_types(option)}
    return {schema["type"]} if "type" in schema else {"object"}



# --- schemas -----------------------------------------------------------------------------------
_CELL_PATTERNS = {  # what a CSV cell of each JSON type looks like
    "integer": r"-?[0-9]+", "number": r"-?[0-9]+(\.[0-9]+)?", "boolean": r"true|false",  # never an exponent
}


def json_schema(record_type: type[Record], title: str, url: str) -> dict:
    schema = _without_csv_lists(record_type.model_json_schema(mode="serialization", schema_generator=model.UntitledJsonSchema))
    return {"$schema": JSON_SCHEMA_DRAFT, "$id": url, "title": title,
            **{key: value for key, value in schema.items() if key != "title"}}


def _without_csv_lists(schema: Any) -> Any:
    """A JSON schema whose fields' descriptions leave out how the CSV writes a list (`IN_CSV_LIST`,
    `IN_CSV_LIST_OR_EMPTY`): items.json's `topics` is a JSON list, not "åtskilda med semikolon"."""
    if isinstance(schema, list):
        return [_without_csv_lists(value) for value in schema]
    if not isinstance(schema, dict):
        return schema
    found = {key: _without_csv_lists(value) for key, value in schema.items()}
    if isinstance(found.get("description"), str):
        found["description"] = found["description"].removesuffix(f" {IN_CSV_LIST}").removesuffix(f" {IN_CSV_LIST_OR_EMPTY}")
    return found


CSV_ROW_DESCRIPTION = ("En rad i CSV-filen som en CSV-läsare (t.ex. Pythons csv.DictReader, med filen öppnad som "
                       "UTF-8 med BOM: encoding=\"utf-8-sig\") läser den: varje fält är text. Ett tomt fält står för "
                       "null, det vill säga att uppgiften saknas; listor står i ett fält med semikolon emellan; tal "
                       "skrivs med punkt som decimaltecken och sant och falskt som true och false. En text som ett "
                       "kalkylprogram skulle köra som formel, eller som själv börjar med en apostrof, har en apostrof "
                       "först; ta bort den första apostrofen så har du texten.")


def _between(low: str, high: str) -> str:
    """A pattern of the whole numbers from `low` to `high`, both written with as many digits:
    those that share the first digit, then whole runs of first digits, then the rest."""
    if low == high:
        return low
    if len(low) == 1:
        return f"[{low}-{high}]"
    rest = len(low) - 1
    if low[0] == high[0]:
        return low[0] + _grouped(_between(low[1:], high[1:]))
    first, last, parts, tail = int(low[0]), int(high[0]), [], []
    if low[1:] != "0" * rest:  # 1900–1999 of 1900–2100
        parts.append(low[0] + _grouped(_between(low[1:], "9" * rest)))
        first += 1
    if high[1:] != "9" * rest:  # 2000–2100 of 1900–2100
        tail.append(high[0] + _grouped(_between("0" * rest, high[1:])))
        last -= 1
    if first <= last:
        parts.append(_between(str(first), str(last)) + ("[0-9]" if rest == 1 else f"[0-9]{{{rest}}}"))
    return "|".join(parts + tail)


def _grouped(pattern: str) -> str:
    return f"({pattern})" if "|" in pattern else pattern


def _whole_number_pattern(schema: dict) -> str:
    """A CSV cell of the integer `schema`, as `csv_cell` writes it (no leading zeros), within
    its `minimum` and `maximum`: `[1-5]` for 1–5, `[1-9][0-9]*` for 1 and more."""
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None:
        return _CELL_PATTERNS["integer"]
    lengths = range(len(str(low)), len(str(high)) + 1 if high is not None else len(str(low)) + 1)
    parts = [_between(str(max(low, 10 ** (length - 1) if length > 1 else 0)),
                      str(10 ** length - 1 if high is None else min(high, 10 ** length - 1)))
             for length in lengths]
    if high is None:  # and every number with more digits
        parts.append(f"[1-9][0-9]{{{len(str(low))},}}")
    return "|".join(parts)


def _list_cell_pattern(entry: str) -> str:
    """A list's cell (`csv_cell`): its entries, each as its JSON schema's `entry` pattern
    (anchored, `^…$`) says, joined with `;`; empty for an empty list. Ids hold no `;`, so a
    reader who splits the cell gets the entries back."""
    one = f"({entry.removeprefix('^').removesuffix('$')})"
    return f"^({one}({LIST_SEPARATOR}{one})*)?$"


def _text_option(schema: dict) -> dict:
    """The text a field's JSON schema allows, where it allows one (beside null): {} where not."""
    return next((option for option in schema.get("anyOf", [schema]) if option.get("type") == "string"), {})


def _free_text(schema: dict) -> Optional[dict[str, Any]]:
    """A CSV cell of free text, of the field whose JSON schema is `schema`: the rules beside the
    formula guard that the row schemas (`csv_schema`) and the Table Schemas (`table_schema`) both
    state, a `minLength` where the text cannot be null (an empty cell would be null). None for any
    other cell: a number, true or false, an allowed value, an id, an address or a list of ids."""
    types, text = _json_types(schema), _text_option(schema)
    if types & set(_CELL_PATTERNS) or {"enum", "pattern"} & set(text) or "pattern" in schema.get("items", {}):
        return None
    return {"minLength": text["minLength"]} if "null" not in types and "minLength" in text else {}


def csv_schema(record_type: type[Record], title: str, url: str) -> dict:
    """The schema of one CSV row as csv.DictReader reads it: every cell is text; numbers,
    true/false and empty cells for missing values follow the patterns below."""
    properties = {}
    for name, schema in record_type.model_json_schema()["properties"].items():
        types = _json_types(schema)
        cell: dict[str, Any] = {"type": "string", "description": schema.get("description", "")}
        scalar = sorted(types & set(_CELL_PATTERNS))
        text = _text_option(schema)
        free_text = _free_text(schema)
        if free_text is not None:  # what a spreadsheet would run has the guard's apostrophe first (`csv_cell`)
            cell.update(free_text, **{"not": {"pattern": formula_pattern()}})
        elif scalar:
            optional = "|" if "null" in types else ""
            number = next((option for option in schema.get("anyOf", [schema]) if option.get("type") == "integer"), {})
            cell["pattern"] = (f"^({'|'.join(_whole_number_pattern(number) if t == 'integer' else _CELL_PATTERNS[t] for t in scalar)}"
                               f"{optional})$")
        elif "enum" in text:  # an empty cell: the value is missing (null in JSON)
            cell["enum"] = text["enum"] + ([""] if "null" in types else [])
        elif "pattern" in text:
            cell["pattern"] = text["pattern"] if "null" not in types else f"^$|{text['pattern']}"
        elif "pattern" in schema.get("items", {}):
            cell["pattern"] = _list_cell_pattern(schema["items"]["pattern"])
        properties[name] = cell
    described = record_type.model_config["json_schema_extra"]["description"]  # what a row is, and the rows' order
    return {"$schema": JSON_SCHEMA_DRAFT, "$id": url, "title": title, "description": f"{described} {CSV_ROW_DESCRIPTION}",
            "type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


# --- the files ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DataFile:
    """One file under /data/v1/: what it holds (for the open-data page) and how to make it."""

    name: str  # path under data/v1/, e.g. items.json or plans/<id>.json
    title: str  # Swedish, for the open-data page
    description: str
    record_type: type[Record]  # the schema's model (for CSV: one row)
    schema_name: str  # file under data/v1/schema/
    csv: bool
    content: Callable[[], str]
    count: Callable[[], int]  # records (CSV rows, list entries)
    # Its bytes and SHA-256 where they are kept with the text (a plan's file, made once
    # while the plan is unchanged); otherwise the manifest measures the text.
    digest: Optional[Callable[[], tuple[int, str]]] = None
    # What the open-data page adds after the description, pointing at its own sections; the data
    # package repeats the description alone, where no "below" exists.
    page_note: str = ""

    @property
    def path(self) -> str:
        return paths.data_file(self.name)

    @property
    def schema_path(self) -> str:
        return paths.schema_file(self.schema_name)


# The licence as LICENSE-DATA.md states it: the site's texts and the data's structure under
# CC BY 4.0; the quotes and archived sources are the authors' words, reproduced as quotations.
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
RIGHTS = (f"Webbplatsens egna texter och data får användas enligt {LICENCE} ({LICENCE_URL}) om du anger "
          "Vem lovar vad? som källa. Citaten ur dokumenten, de arkiverade källtexterna och punkttexter som "
          "återger dokumentets ord omfattas inte av licensen: de är upphovspersonernas egna ord och återges med stöd av citaträtten "
          "(22 § upphovsrättslagen). Återge dem som citat, med källan angiven.")

# --- the data package ------------------------------------------------------------------------------
# A Frictionless Data Package (https://specs.frictionlessdata.io/, v1, the profile "tabular-data-package")
# describes the CSV files for tools that read the standard: per file a Table Schema of the same fields,
# types, Swedish descriptions and constraints as the row schemas above, and the dialect as written.
DATA_PACKAGE = paths.DATA_PACKAGE
# Its `$schema`, as every JSON file of the data names its schema: the standard's own for a v1
# package, which v2 names by `$schema` (a package without one is read as v1). Not v2's
# (`profiles/2.0/`): v1's `profile` stays, as v1 of the data keeps its fields, and a v2 package
# would give each resource `type` instead.
DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/1.0/datapackage.json"
_TABLE_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean",
                "array": "string"}  # a list is one text cell, its entries joined with `;`
CSV_DIALECT = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": True, "header": True}
DATA_PACKAGE_LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": LICENCE_URL}
def _unanchored(pattern: str) -> str:
    """A Table Schema `pattern` matches the whole cell, without `^` and `$` (XML Schema's rule)."""
    return pattern.removeprefix("^").removesuffix("$")


# Each CSV file's key: the columns whose values no two rows share (tests assert it on the real
# plans and the fixture). A figure of tables.csv is the one in its table's row and column: the
# row by its line in the source and its label, since two rows may share a label (a budget
# table's "Övrigt" under two groups) but then never a line (`checks.check_table_rows_once`), and
# a source's text may write two rows of two labels on one line, as a pdf's may; the column by
# its heading, which `checks.check_table_columns_once` holds once in a table.
PRIMARY_KEYS: dict[type[Record], list[str]] = {ItemRecord: ["id"],
                                               TableCellRecord: ["table", "source_line", "row", "column"]}
# The columns that name another row's key, which a validator of the package follows: the promise
# an item follows up is an item of the same file, since a follow-up follows up its own actor's
# promises (`checks.check_follow_ups_known`), and so of its own municipality. An item names one
# promise at most (`model.Item.follows_up`), so its cell holds one id or none.
FOREIGN_KEYS: dict[type[Record], list[dict]] = {
    ItemRecord: [{"fields": "follows_up", "reference": {"resource": "", "fields": "id"}}],  # "": the same file
}


@functools.cache
def table_schema(record_type: type[Record]) -> dict:
    """The Table Schema of one CSV file of `record_type` rows: every field in the file's order,
    required where it cannot be null (an empty cell is a missing value), with the allowed values,
    pattern, range and least length its JSON schema gives, the CSV row schema's formula guard
    for free text, and the file's keys."""
    fields = []
    for name, schema in record_type.model_json_schema()["properties"].items():
        types = _json_types(schema)
        value = next(option for option in schema.get("anyOf", [schema]) if option.get("type") != "null")
        field: dict[str, Any] = {"name": name, "type": _TABLE_TYPES[value["type"]], "description": schema["description"]}
        if value["type"] == "boolean":
            field.update(trueValues=["true"], falseValues=["false"])
        constraints: dict[str, Any] = {}
        if "null" not in types and value["type"] != "array":  # an empty list is an empty cell
            constraints["required"] = True
        if "enum" in value:
            constraints["enum"] = value["enum"]
        if "pattern" in value:
            constraints["pattern"] = _unanchored(value["pattern"])
        elif "pattern" in value.get("items", {}):
            constraints["pattern"] = _unanchored(_list_cell_pattern(value["items"]["pattern"]))
        constraints.update({key: value[key] for key in ("minimum", "maximum") if key in value})
        free_text = _free_text(schema)
        # As the row schema's `not`, which a Table Schema lacks; white space written as itself, as
        # XML Schema's syntax has no `\uXXXX` (frictionless reads it as Python does).
        if free_text is not None:
            constraints.update(free_text, pattern=formula_free_pattern())
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    keys = {"foreignKeys": FOREIGN_KEYS[record_type]} if record_type in FOREIGN_KEYS else {}
    return {"fields": fields, "missingValues": [""], "primaryKey": PRIMARY_KEYS[record_type], **keys}


def data_package(name: str, title: str, files: list[DataFile], base_url: str, homepage: str,
                 documents: str = paths.PLANS, *, whose: str) -> str:
    """datapackage.json beside the CSV `files` (in one folder): each file a resource with its
    Table Schema, path relative to the package, encoding and dialect; the licence and sources;
    `homepage` the page that shows what the files hold (the site's, or a municipality's page),
    and `documents` the page that lists the documents they come from (the site's, or the
    municipality's documents table), which hold `whose` documents."""
    resources = [{"name": posixpath.splitext(posixpath.basename(data_file.name))[0],
                  "path": posixpath.basename(data_file.name), "profile": "tabular-data-resource",
                  "title": data_file.title, "description": data_file.description,
                  "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                  "dialect": CSV_DIALECT, "schema": table_schema(data_file.record_type)}
                 for data_file in files if data_file.csv]
    package = {"profile": "tabular-data-package", "name": name, "title": title,
               "description": f"{DATA_PACKAGE_DESCRIPTION} {RIGHTS}", "homepage": homepage,
               "licenses": [DATA_PACKAGE_LICENCE],
               "sources": [{"title": f"{whose[:1].upper()}{whose[1:]}. {DATA_PACKAGE_SOURCES}",
                            "path": paths.absolute_url(base_url, documents)}],
               "resources": resources, "$schema": DATA_PACKAGE_PROFILE}  # added to v1 later: last
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


DATA_PACKAGE_TITLE = "Vem lovar vad? – punkterna och budgettabellernas tal"
DATA_PACKAGE_DESCRIPTION = (
    "CSV-filerna beskrivna som ett datapaket (Frictionless Data Package): fälten, deras typer och tillåtna värden. "
    "Filerna är UTF-8 med BOM, har en rubrikrad och CRLF som radslut; ett tomt fält betyder att uppgiften saknas "
    "(null), och en lista står i ett fält med semikolon emellan. En text som ett kalkylprogram skulle köra som "
    "formel, eller som själv börjar med en apostrof, har en apostrof först.")
DATA_PACKAGE_SOURCES = ("Varje rad anger sitt dokument (`plan`), var det är publicerat (`source_url`, i items.csv) "
                        "och raden i den arkiverade texten (`archive_url`).")


# What has been added to v1, or made stricter in its schemas, since it was first published (see
# the module's docstring), newest first: (date, Swedish text) for the changelog page's "Dataformatet".
FORMAT_CHANGES = (
    ("2026-12-07", "`tables.csv` och kommunernas `tables.csv` har fått fältet `plus`, som sista kolumn: true när "
                   "dokumentet skriver talet med plustecken (+2,3, t.ex. i en kolumn med förändringar), som sidan "
                   "visar det. I `plans/<id>.json` har tabellernas rader fått fältet `plus`, true eller false för "
                   "varje tal i `values`. Talet självt (`value`, `values`) står som förut utan tecknet, så +2,3 och "
                   "2,3 gick inte att skilja åt."),
    ("2026-12-07", "Beskrivningen av `follows_up` i schemat för `items.csv` och på sidan om fälten säger nu att en "
                   "tom lista är ett tomt fält i CSV-filen, som filen alltid har skrivit den. Schemana för JSON-filerna "
                   "säger som förut ”tom lista”. Filerna själva är oförändrade."),
    ("2026-12-07", "Beskrivningarna av `topics` och `follows_up` i schemana för `items.json`, kommunernas `items.json` "
                   "och `plans/<id>.json` säger inte längre ”I CSV åtskilda med semikolon”: där är fälten JSON-listor. "
                   "Schemat för `items.csv` säger det som förut. Filerna själva är oförändrade."),
    ("2026-12-07", "I ett bygge utan git-historik får flödenas enda inlägg, som säger hur många punkter och dokument "
                   "webbplatsen visar, ett nytt id (`…:lage/utan-git-<kod>`) när inläggets text ändras, så att en "
                   "flödesläsare visar det; id:t var alltid `…:lage/utan-git`. Samma planer ger samma id."),
    ("2026-12-07", "Beskrivningen av `term` säger nu att den är null också för en uppföljning av vallöften vars "
                   "löften är från före den första mandatperioden i `terms.json`, som webbplatsen redan räknade. "
                   "Filerna själva är oförändrade."),
    ("2026-12-07", "Beskrivningen av `status_note` säger nu att fältet är webbplatsens text, med egna ord om vad "
                   "dokumentet säger om läget, inte dokumentets ord, och licensen räknar det till webbplatsens egna "
                   "texter. Filerna själva är oförändrade."),
    ("2026-12-06", "`datapackage.json` och varje kommuns datapaket anger nu sitt schema i fältet `$schema`, som varje "
                   "annan JSON-fil gör: standardens schema för Data Package v1."),
    ("2026-12-06", "Datapaketens tabellscheman är nu lika stränga som schemana för `items.csv` och `tables.csv`: en "
                   "text som inte kan saknas är aldrig tom (`minLength`), och en text som ett kalkylprogram skulle köra "
                   "som formel godtas bara med apostrofen först (`pattern`). De anger också nycklarna: `table`, "
                   "`source_line`, `row` och `column` i `tables.csv` (`primaryKey`; två rader i en tabell med samma "
                   "rubrik har aldrig samma rad i källan), och att `follows_up` i `items.csv` är `id` för en rad i "
                   "samma fil (`foreignKeys`). Ett kommunpakets `homepage` är kommunens sida och dess källa kommunens "
                   "dokumenttabell, och `municipalities.json` anger varje kommuns datapaket (`data_package_url`). `source_line` och "
                   "`archive_url` i `tables.csv` ger nu radens egen rad i källan också när tabellen har samma citat på "
                   "två rader (som ”Övrigt 0 0” under två grupper); båda hade den förstas rad. Filerna är annars "
                   "oförändrade."),
    ("2026-12-06", "Nya filer: `datapackage.json`, ett datapaket (Frictionless Data Package) som beskriver `items.csv` och "
                   "`tables.csv` för verktyg som läser standarden, och likadant `kommuner/<kommun-id>/datapackage.json` "
                   "för varje kommuns CSV-filer. `index.json` har fått fältet `data_package`, sist i filen, med "
                   "datapaketets adress, och listar datapaketen under `other_files`."),
    ("2026-12-06", "`plans/<id>.json` har fått fältet `language`, före `$schema`: dokumentets språk som språkkod (BCP 47), "
                   "`sv` för svenska, `en` för engelska eller ett nationellt minoritetsspråks kod som `fi`."),
    ("2026-12-05", "Schemana säger nu att en text aldrig är tom (`minLength`). I schemana för `items.csv` och "
                   "`tables.csv` godtas ett tomt fält bara där fältet kan saknas (null) eller är en lista, eftersom ett "
                   "tomt fält betyder att uppgiften saknas; ett tomt `text`, `quote` eller `row` godtogs tidigare. "
                   "Filerna själva är oförändrade."),
    ("2026-12-05", "Schemana anger nu gränserna för heltalen: årtal 1900–2100 (`year`, `period_start`, `period_end` och "
                   "indikatorernas år), radnummer från 1 (`source_line_start`, `source_line_end`, `source_line`) och "
                   "antal och storlekar från 0 (`mentions`, `actor_count`, `bytes`, `records`). Schemana för "
                   "`items.csv` och `tables.csv` håller nu samma gränser som JSON-filernas, också riskfältens 1–5 och "
                   "1–25, som tidigare bara stod i beskrivningen. Filerna själva är oförändrade."),
    ("2026-12-05", "Schemana för `items.csv` och `tables.csv` godtar nu inte en text som ett kalkylprogram skulle köra "
                   "som formel (som börjar med `=`, `+`, `-` eller `@`, också efter mellanslag, eller med tabb eller "
                   "vagnretur) utan apostrofen först, som filerna skriver den. Filerna själva är oförändrade."),
    ("2026-12-05", "`municipalities.json` har fått fältet `other_names`, kommunens officiella namn på nationella "
                   "minoritetsspråk (t.ex. Jåhkåmåhkke på lulesamiska), vart och ett med `name`, språkkoden `lang` "
                   "(BCP 47) och språkets namn `language`; en tom lista när kommunen inte har några."),
    ("2026-12-05", "`term` för en uppföljning av vallöften vars punkter anger löftena de följer upp (`follows_up`) är "
                   "löftenas mandatperiod, också när uppföljningen är skriven efter periodens slut; den var tidigare "
                   "perioden för uppföljningens eget år. Beskrivningen av `term` säger det."),
    ("2026-12-05", "Varje JSON-fil (`items.json`, `plans/<id>.json`, `actors.json`, `topics.json`, "
                   "`municipalities.json`, `terms.json`, `index.json` och kommunernas `items.json`) har fått fältet "
                   "`$schema`, sist i filen: adressen till filens JSON Schema, samma som `schema_url` i `index.json`. "
                   "Varje schema har sin adress som `$id`."),
    ("2026-12-05", "Schemana för `items.csv` och `tables.csv` anger nu hur listfälten `topics` och `follows_up` ser ut: "
                   "id åtskilda med semikolon, eller tomt. Filerna själva är oförändrade."),
    ("2026-12-05", "`municipalities.json` har fått fältet `preposition`, ordet som webbplatsens meningar sätter före "
                   "kommunens namn: ”i” (i Eskilstuna) eller ”på” (på Gotland)."),
    ("2026-12-05", "`term` är null för en valplattform från ett valår vars mandatperiod inte finns i `terms.json` än "
                   "(en valplattform 2030 när den sista perioden är `2026-2030`); den angav tidigare perioden som "
                   "valet avslutar. Beskrivningen av `term` säger det."),
    ("2026-12-05", "Schemana för `tables.csv` och `plans/<id>.json` säger nu att `table` i `tables.csv` är tabellens "
                   "hela id, som `id` i tabellens post i `plans/<id>.json`, där `table` är id:t inom dokumentet. "
                   "Filerna själva är oförändrade."),
    ("2026-12-04", "`tables.csv` och kommunernas `tables.csv` har fått fältet `approximate`, som sista kolumn: true "
                   "när dokumentet skriver talet med ”ca”. I `plans/<id>.json` har tabellernas rader fått fältet "
                   "`approximate`, true eller false för varje tal i `values`. Tal skrivna med ”ca” var tidigare "
                   "inte märkta."),
    ("2026-12-02", "Schemat för `index.json` kräver att `commit_date` har tidszon. Beskrivningen av `term` säger nu "
                   "att en valplattform från ett valår hör till perioden som valet inleder, som webbplatsen redan "
                   "räknade."),
    ("2026-12-02", "`index.json` har fått fältet `commit_date`, dag och tid för den commit som datan byggdes från."),
    ("2026-12-02", "Ny fil: `terms.json`, mandatperioderna med id, namn och första och sista dag, som `term` i "
                   "punkterna och dokumenten hänvisar till. `municipalities.json` har fått fältet `county`, länet."),
    ("2026-12-02", "`items.json`, `items.csv` och kommunernas filer har fått fältet `dating_inferred`, som sista "
                   "kolumn: true när dokumentets år eller period inte står i dokumentet utan har härletts ur texten "
                   "och webbplatsen skriver ”ca” före året, som `plans/<id>.json` redan hade."),
    ("2026-12-02", "Schemana för `items.csv` och `tables.csv` godtar nu bara tal utan exponent, som sidan lovar, så "
                   "som filerna har skrivits sedan den 1 december 2026. Filerna själva är oförändrade."),
    ("2026-12-01", "Nytt: `plans/<id>.txt`, källtexten (`source.text_url`), och i `index.json` `other_files`: "
                   "scheman, källtexter och flöden med SHA-256."),
    ("2026-12-01", "`municipalities.json` har fått fältet `page_url`, kommunens sida, som aktörerna och ämnena har."),
    ("2026-12-01", "Schemana för `items.json` och `plans/<id>.json` anger nu riskfältens gränser som minimum och "
                   "maximum (`risk_probability` och `risk_consequence` 1–5, `risk_score` 1–25), inte bara i "
                   "beskrivningen; i CSV-filernas scheman står de i beskrivningen. Filerna själva är oförändrade."),
    ("2026-12-01", "`topics.json` har fått fältet `easy_read`, ämnet på lättläst svenska som webbplatsen visar det."),
    ("2026-12-01", "`tables.csv` har fått fälten `page_url`, tabellen på dokumentsidan, och `archive_url`, talets rad "
                   "i den arkiverade texten, som de två sista kolumnerna, så att varje tal går att följa till sin "
                   "källa som punkterna i `items.csv`."),
    ("2026-12-01", "Sidan och schemana för `items.csv` och `tables.csv` säger nu hur ett program läser filerna: som "
                   "UTF-8 med BOM (i Python `utf-8-sig`), annars hamnar BOM:en i det första fältnamnet. "
                   "Filerna själva är oförändrade."),
    ("2026-12-01", "I `items.csv` och `tables.csv` skrivs tal nu aldrig med exponent: 0.00001, inte 1e-05. En text som "
                   "själv börjar med en apostrof får nu också en apostrof först, så att texten alltid fås tillbaka "
                   "genom att den första apostrofen tas bort. Schemat för `items.json` beskriver nu `status` rätt: "
                   "`unknown` är ett löfte som uppföljningen tar upp utan att säga hur långt det har kommit, och null "
                   "en punkt utan läge, och fältet `quote` säger vad kontrollen mot källan bortser från. JSON-filerna är "
                   "oförändrade."),
    ("2026-11-30", "Nya filer per kommun: `kommuner/<kommun-id>/items.json`, `items.csv` och `tables.csv` har samma "
                   "poster, fält och scheman som `items.json`, `items.csv` och `tables.csv`, i samma ordning, men bara "
                   "kommunens rader. `index.json` listar dem, och `municipalities.json` har fått fälten "
                   "`items_json_url`, `items_csv_url` och `tables_csv_url` med deras adresser."),
    ("2026-11-30", "Atom-flödena för ämnen, aktörer och kommuner visar bara sin del av en ändring och ger den nu ett "
                   "eget id (`…:andring/topic/<ämne>/<commit>` och så vidare), skilt från id:t i flödet för hela "
                   "webbplatsen. En flödesläsare som följer flera flöden visar då varje flödes del. Den kan en gång "
                   "visa de ändringar som redan fanns i flödet som nya."),
    ("2026-11-30", "I `items.csv` och `tables.csv` får nu också en text som börjar med mellanslag eller radbrytningar "
                   "före `=`, `+`, `-` eller `@` en apostrof först, så att kalkylprogram inte kör den som en formel. "
                   "JSON-filerna är oförändrade."),
    ("2026-11-30", "Schemana beskriver nu på svenska varje slags post, när varje fält är null, vad varje tillåtet värde "
                   "för typer, lägen, grupper och risknivåer betyder (med risknivåernas poänggränser) och i vilken "
                   "enhet talen står. Adresser som dokumenten och registret anger (`source_url`, `url`) har formatet "
                   "`iri`, så att de får innehålla å, ä och ö. Filerna själva är oförändrade."),
    ("2026-11-30", "Schemana anger nu vilka värden som är tillåtna för typer, lägen och risknivåer, och hur id, "
                   "datum, adresser och SHA-256 ser ut. Filerna själva är oförändrade."),
    ("2026-11-30", "`items.json`, `items.csv` och `plans/<id>.json` har fått fälten `indicator_baseline_label` och "
                   "`indicator_target_label`, vad ingångs- och målvärdet mäter (i `items.csv` som de två sista "
                   "kolumnerna), och `plans/<id>.json` fältet `attribution_sources`, källorna som stöder "
                   "`attribution`."),
    ("2026-11-30", "`index.json` har fått fältet `licence_url`, licensens adress."),
    ("2026-11-30", "`plans/<id>.json` har fått fältet `dating_inferred`: true när året eller perioden är härledd ur "
                   "texten och inte står i dokumentet."),
)


PLAN_SCHEMA = "plan.json"


@dataclass(frozen=True)
class DataFiles:
    """The data files of one build."""

    national: list[DataFile]  # each listed on the open-data page
    plans: list[DataFile]  # one per plan, in `site.plans` order
    # Per municipality id its share of items.json, items.csv and tables.csv (`municipality_data_files`).
    municipalities: dict[str, list[DataFile]]


def data_files(site: Site, base_url: str, cache: Optional[PlanDataCache] = None) -> DataFiles:
    """The files of the whole site, one file per plan and each municipality's rows.
    `cache` (kept by `mkdocs serve`) spares making again the parts of unchanged plans."""
    # Each record and each file's text is made once per build: the manifest hashes the same
    # text that is published, and items.json, items.csv, the plans' files and the
    # municipalities' files share records.
    data = _SiteData(site, base_url, cache)
    return DataFiles(national_data_files(site, base_url, data), plan_data_files(site, data),
                     municipality_data_files(site, data))


def _row_files(plans: list[Plan], data: _SiteData, name: Callable[[str], str], items: str, tables: str,
               whose: str) -> list[DataFile]:
    """items.json, items.csv and tables.csv of `plans`: the whole site's, or one municipality's
    (`name` gives the file's name under data/v1/ from the national one's; `items`, `tables` and
    `whose` their Swedish words: "Alla punkter", "Budgettabellernas tal", "varje dokument")."""
    item_count = sum(plan.item_count for plan in plans)
    return [
        DataFile(name("items.json"), f"{items} (JSON)", f"Varje punkt i {whose}, en post per punkt.",
                 ItemsFile, "items.json", False, lambda: data.items_json(plans), lambda: item_count),
        DataFile(name("items.csv"), f"{items} (CSV)", "Samma poster som items.json, en rad per punkt, för "
                 "kalkylprogram.", ItemRecord, "items.csv.json", True,
                 lambda: data.items_csv(plans), lambda: item_count, page_note="Se nedan hur du öppnar den."),
        DataFile(name("tables.csv"), f"{tables} (CSV)", f"Varje tal i tabellerna i {whose}, en rad per "
                 f"tal (tabell, rad, kolumn), som tal med punkt som decimaltecken. {TABLES_CSV_ORDER}", TableCellRecord,
                 "tables.csv.json", True, lambda: data.tables_csv(plans), lambda: data.table_cells(plans)),
    ]


def national_data_files(site: Site, base_url: str, data: _SiteData) -> list[DataFile]:
    files = _row_files(site.plans, data, lambda name: name, "Alla punkter", "Budgettabellernas tal",
                       "varje dokument") + [
        _list_file("actors.json", "Aktörer", "Partier och förvaltningar med sina dokument.", ActorsFile, "actors",
                   lambda: [_actor_record(a, base_url) for a in site.actors], lambda: len(site.actors), base_url),
        _list_file("topics.json", "Ämnen", "Ämnena med beskrivning, sökord och hur många punkter och tabeller "
                   "som handlar om dem.", TopicsFile, "topics",
                   lambda: [_topic_record(t, base_url) for t in site.topics], lambda: len(site.topics), base_url),
        _list_file("municipalities.json", "Kommuner", "Kommunerna med sina aktörer och dokument.",
                   MunicipalitiesFile, "municipalities",
                   lambda: [_municipality_record(m, base_url) for m in site.municipalities],
                   lambda: len(site.municipalities), base_url),
        _list_file("terms.json", "Mandatperioder", "Mandatperioderna som punkternas och dokumentens `term` "
                   "hänvisar till, med första och sista dag.", TermsFile, "terms",
                   lambda: [_term_record(term) for term in site.terms], lambda: len(site.terms), base_url),
    ]
    return _made_once(files)


def _list_file(name: str, title: str, description: str, file_type: type[Record], field: str,
               records: Callable[[], list], count: Callable[[], int], base_url: str) -> DataFile:
    """A national JSON file of one list (`field` of `file_type`), its schema named after it and
    linked as the file's `$schema`, its last field."""
    return DataFile(name, title, description, file_type, name, False,
                    lambda: json_text(file_type(**{field: records()}, described_by=schema_url(base_url, name))),
                    count)


def plan_data_files(site: Site, data: _SiteData) -> list[DataFile]:
    """One file per plan: too many to list on one page, so each municipality's documents
    table links its own (the manifest lists them all)."""
    return _made_once([DataFile(f"plans/{plan.id}.json", f"Dokumentet {plan.data.title}",
                                "Ett dokument med avsnitt, punkter, tabeller och medvetet uteslutna stycken.",
                                PlanRecord, PLAN_SCHEMA, False,
                                (lambda plan=plan: data.plan_json(plan)),
                                (lambda plan=plan: plan.item_count),
                                (lambda plan=plan: data.plan_json_digest(plan)))
                       for plan in site.plans])


def municipality_data_files(site: Site, data: _SiteData) -> dict[str, list[DataFile]]:
    """Per municipality its share of items.json, items.csv and tables.csv: the same records
    in the same order, only its rows, joined from the same plans' parts. A journalist who
    follows one municipality need not fetch every municipality's rows; each municipality's
    page links its own (the manifest lists them all)."""
    return {municipality.id: _made_once(_row_files(
                municipality.plans, data, functools.partial(paths.municipality_data_name, municipality.id),
                f"Punkterna {municipality.located}", f"Budgettabellernas tal {municipality.located}",
                f"dokumenten från {municipality.name}"))
            for municipality in site.municipalities}


def _made_once(files: list[DataFile]) -> list[DataFile]:
    """Each file's text made at most once per build (the manifest and the file itself read it)."""
    return [replace(data_file, content=functools.cache(data_file.content)) for data_file in files]


SCHEMA_TITLES = {
    "items.json": "Vem lovar vad? – alla punkter (items.json)",
    "items.csv.json": "Vem lovar vad? – en rad i items.csv",
    "tables.csv.json": "Vem lovar vad? – en rad i tables.csv",
    "actors.json": "Vem lovar vad? – aktörer (actors.json)",
    "topics.json": "Vem lovar vad? – ämnen (topics.json)",
    "municipalities.json": "Vem lovar vad? – kommuner (municipalities.json)",
    "terms.json": "Vem lovar vad? – mandatperioder (terms.json)",
    "plan.json": "Vem lovar vad? – ett dokument (plans/<id>.json)",
    "index.json": "Vem lovar vad? – innehållsförteckning (index.json)",
}


@functools.cache
def schemas(base_url: str) -> Mapping[str, str]:
    """{schema file name: JSON text} for every data file, and the manifest. Made once a process
    for each address: the schemas are the record types' own, and `mkdocs serve` made them again
    on every rebuild (17 model schemas, about 5% of a rebuild after one plan's edit)."""
    types: dict[str, tuple[type[Record], bool]] = {
        "items.json": (ItemsFile, False), "items.csv.json": (ItemRecord, True),
        "tables.csv.json": (TableCellRecord, True), "actors.json": (ActorsFile, False),
        "topics.json": (TopicsFile, False), "municipalities.json": (MunicipalitiesFile, False),
        "terms.json": (TermsFile, False), "plan.json": (PlanRecord, False), "index.json": (Manifest, False),
    }
    out = {}
    for name, (record_type, is_csv) in types.items():
        url = schema_url(base_url, name)
        schema = (csv_schema if is_csv else json_schema)(record_type, SCHEMA_TITLES[name], url)
        out[name] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return MappingProxyType(out)


def schema_url(base_url: str, name: str) -> str:
    """The address of the schema `name` under data/v1/schema/: its `$id`, the manifest's
    `schema_url` and the `$schema` of the file it describes."""
    return paths.absolute_url(base_url, paths.schema_file(name))


def _digest(text: str) -> tuple[int, str]:
    data = text.encode("utf-8")
    return len(data), hashlib.sha256(data).hexdigest()


def source_text(plan: Plan) -> str:
    """The archived source as its lines are numbered (`source_line`, the source page): with
    LF line breaks and NFC, as the quotes are checked against it. The authors' text, not
    under the licence (`RIGHTS`), as the quotes."""
    return plan.source.text


def manifest(files: list[DataFile], base_url: str, commit: str, schema_texts: Mapping[str, str],
             other_texts: list[tuple[str, Callable[[], str]]], commit_date: str = "") -> Manifest:
    """Every data file with its size, record count and SHA-256, and every schema
    (`schema_texts`) and other file (`other_texts`: its path on the site and text: the
    sources' texts and the feeds) with its size and SHA-256; the same input gives the same bytes."""
    def other(path: str, text: str) -> ManifestOtherFile:
        size, sha256 = _digest(text)
        return ManifestOtherFile(url=paths.absolute_url(base_url, path), bytes=size, sha256=sha256)

    entries = []
    for data_file in sorted(files, key=lambda f: f.name):
        size, sha256 = data_file.digest() if data_file.digest else _digest(data_file.content())
        entries.append(ManifestFile(
            path=data_file.name, url=paths.absolute_url(base_url, data_file.path), bytes=size,
            records=data_file.count(), sha256=sha256, schema_url=schema_url(base_url, data_file.schema_name)))
    return Manifest(version=VERSION, commit=commit, licence=LICENCE, licence_url=LICENCE_URL, files=entries,
                    other_files=[other(paths.schema_file(name), text) for name, text in sorted(schema_texts.items())]
                    + [other(path, text()) for path, text in other_texts], commit_date=commit_date or None,
                    described_by=schema_url(base_url, "index.json"),
                    data_package=paths.absolute_url(base_url, paths.data_file(DATA_PACKAGE)))


# --- the open-data page: fields from the schema ----------------------------------------------------
@dataclass(frozen=True)
class FieldDoc:
    name: str  # dotted: rows[].label
    type: str  # Swedish
    description: str


_TYPE_NAMES = {"string": "text", "integer": "heltal", "number": "tal", "boolean": "true/false",
               "array": "lista", "object": "objekt"}


def _resolve(schema: dict, definitions: dict) -> dict:
    ref = schema.get("$ref")
    return definitions[ref.rsplit("/", 1)[-1]] if ref else schema


def field_docs(record_type: type[Record], in_csv: bool = False) -> tuple[FieldDoc, ...]:
    """Each field of a record, nested lists and objects as `parent[].field`, read from its JSON Schema:
    saying how a CSV writes a list (`IN_CSV_LIST`) only where the records are a CSV's rows too
    (`in_csv`); plans/<id>.json, no CSV, said "I CSV åtskilda med semikolon" of its items' topics."""
    root = record_type.model_json_schema(mode="serialization")
    root = root if in_csv else _without_csv_lists(root)
    definitions = root.get("$defs", {})
    found: list[FieldDoc] = []

    def walk(schema: dict, prefix: str) -> None:
        schema = _resolve(schema, definitions)
        for name, prop in schema.get("properties", {}).items():
            options = [_resolve(option, definitions) for option in prop.get("anyOf", [prop])]
            types = [option.get("type", "object") for option in options]
            optional = "null" in types
            main = next((option for option in options if option.get("type", "object") != "null"), options[0])
            kind = main.get("type", "object")
            label = _TYPE_NAMES.get(kind, kind)
            if kind == "array":
                inner = _resolve(main.get("items", {}), definitions)
                inner_types = [o.get("type", "object") for o in inner.get("anyOf", [inner])]
                label = "lista av " + " eller ".join(_TYPE_NAMES.get(t, t) if t != "null" else "null"
                                                     for t in inner_types)
            found.append(FieldDoc(prefix + name, label + (", kan saknas (null)" if optional else ""),
                                  prop.get("description", "")))
            if kind == "array" and "properties" in _resolve(main.get("items", {}), definitions):
                walk(main["items"], f"{prefix}{name}[].")
            elif kind == "object" and "properties" in main:
                walk(main, f"{prefix}{name}.")

    walk(root, "")
    return tuple(found)


@dataclass(frozen=True)
class FieldSection:
    """One table of fields on the page of fields (`paths.OPEN_DATA_FIELDS`), and its line on the
    open-data page: which files hold these records."""

    heading: str
    anchor: str
    files: str
    fields: tuple[FieldDoc, ...]


@functools.cache
def field_sections() -> tuple[FieldSection, ...]:
    """The record types' fields, read once a process from their schemas (as `schemas`)."""
    return (
        FieldSection("Punkter", "falt-punkter", "items.json (under items), items.csv (en kolumn per fält) och "
                     "varje kommuns kommuner/<kommun-id>/items.json och items.csv",
                     field_docs(ItemRecord, in_csv=True)),
        FieldSection("Dokument", "falt-dokument", "plans/<id>.json", field_docs(PlanRecord)),
        FieldSection("Budgettabellernas tal", "falt-tabeller", "tables.csv och varje kommuns kommuner/<kommun-id>/tables.csv",
                     field_docs(TableCellRecord, in_csv=True)),
        FieldSection("Aktörer", "falt-aktorer", "actors.json (under actors)", field_docs(ActorRecord)),
        FieldSection("Ämnen", "falt-amnen", "topics.json (under topics)", field_docs(TopicRecord)),
        FieldSection("Kommuner", "falt-kommuner", "municipalities.json (under municipalities)",
                     field_docs(MunicipalityRecord)),
        FieldSection("Mandatperioder", "falt-mandatperioder", "terms.json (under terms)", field_docs(TermRecord)),
        FieldSection("Innehållsförteckningen", "falt-index", "index.json", field_docs(Manifest)),
    )
