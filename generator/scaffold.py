"""A new plan's first draft, and the field help party offices read in it and in the guide.

`scaffold` writes `plans/<plan id>.yaml`, a commented skeleton in which `validate` flags only
the placeholders, and
`sources/<plan id>.txt`, a placeholder archived text that the skeleton's example item
quotes. The plan id is `<actor>-<body>-<year>`, `<actor>-<body>-<start>-<end>` for a
period, or `<actor>-<body>` for an undated document. Both files say `PLACEHOLDER`
where the party's own words go, so a check can tell an unfinished plan
(`checks.check_no_placeholders`), and a reviewer sees it at once (`changes` warns about it too).

The comments in the skeleton and the field table in docs/bidra/falt.md come from one place,
`field_help`, which reads the schema's descriptions and vocabularies from `model`.
"""

from __future__ import annotations

import dataclasses
import datetime
import html
import json
import os
import re
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args, get_origin

from pydantic import BaseModel

from . import clock, model, paths
from .model import PLACEHOLDER
from .checks import MUNICIPALITY_NEW, SCHEMA_LINE
from .errors import plain
from .escape import html_text
from .load import PLANS_DIR, REGISTRY_DIR
from .load import load_file
from .suggest import new_actor_hint, suggest_actor
from .swedish import as_id

SOURCES_DIR = "sources"
EXAMPLE_QUOTE = "Här står en punkt ur dokumentet som planen citerar ordagrant."
EXAMPLE_HEADING = "Exempelavsnitt"
EXAMPLE_TITLE = "Exempeldokumentets titel"
GUIDE = "Så lämnar ni in er plan"

# Rules that span fields, said at each field they concern.
_NOTES = {name: "Ange precis ett av year, period och undated." for name in ("Plan.year", "Plan.period", "Plan.undated")}


class ScaffoldError(Exception):
    """Why no draft was written; the message is Swedish and says what to do instead."""


# --- field help -------------------------------------------------------------------------------
def _vocabulary(annotation) -> dict[str, str] | None:
    if get_origin(annotation) is Literal:
        values = get_args(annotation)
        return next((v for v in model.VOCABULARIES if tuple(v) == values), None)
    return None


def field_help(schema: type[BaseModel], name: str, with_values: bool = True) -> str:
    """What a field means, in Swedish; for a fixed vocabulary, also its allowed values."""
    info = schema.model_fields[name]
    key = f"{schema.__name__}.{name}"
    text = " ".join(filter(None, [info.description, _NOTES.get(key)]))
    vocabulary = _vocabulary(info.annotation)
    if vocabulary and with_values:
        text += " Tillåtna värden: " + ", ".join(model.labelled_values(vocabulary)) + "."
    return text


def _nested(annotation) -> type[BaseModel] | None:
    """The model inside `X`, `Optional[X]` or `list[X]`, if any."""
    candidates = [annotation, *get_args(annotation)]
    for candidate in candidates:
        for inner in (candidate, *get_args(candidate)):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def field_rows(schema: type[BaseModel] = model.Plan, prefix: str = "") -> list[tuple[str, bool, str]]:
    """(path, required, help) for every field a plan file has, in schema order: a block's row,
    then a row for each of its fields, every block opened up as the schema nests it, so that a
    search finds each field by its name. A list of blocks kept by hand left `risk`, `indicator`
    and `attribution` one row each, naming their fields in passing: a party office searching for
    `probability` or `claim` found no row saying what it holds, nor whether it is required."""
    rows = []
    for name, info in schema.model_fields.items():
        inner = _nested(info.annotation)
        is_list = get_origin(info.annotation) is list
        path = f"{prefix}{name}"
        rows.append((path, info.is_required(), field_help(schema, name)))
        if inner is not None:
            rows += field_rows(inner, f"{path}[]." if is_list else f"{path}.")
    return rows


def topic_table(root: Path) -> str:
    """The guide's list of topics (id, name, description, keywords), from the registry
    (docs/bidra.md holds a copy, kept current by a test). A list rather than a table, so it
    reads on a phone without sideways scrolling.

    Search finds a topic's id and name here, for the party office writing `topics`; its
    description and keywords stay out of the index (`data-search-exclude`), as the table of
    fields' descriptions do: they are searched where they live, on the topic's pages, and here
    they cost the real plans' gzipped index about 1 KB of P3's 60 (issue 13) and put the guide
    among a voter's results for a topic's words."""
    topics = sorted(_registry(root, "topics.yaml", model.TopicRegistry).topics, key=lambda t: t.id)
    # The registry's text as text, through the pages' one rule (`escape.html_text`): the guide
    # is a page of the site too. (Ids are a–z, 0–9 and `-`, nothing a code span could show otherwise.)
    lines = [f"- `{t.id}` – **{html_text(t.name)}**<span data-search-exclude>: {html_text(t.description)}"
             + (f" *Sökord: {', '.join(html_text(keyword) for keyword in t.keywords)}.*" if t.keywords else "")
             + "</span>"
             for t in topics]
    return "\n".join(lines) + "\n"


def field_table() -> str:
    """The guide's table of fields, derived from the schema (docs/bidra/falt.md holds a copy). In
    HTML, as Python-Markdown writes a table, to carry `data-search-exclude`: the search finds a
    field by its name here (the guide's examples, which name the fields too, are out of the
    index), while whether it is required and what it is stay out. A reference the editors'
    schema offers as a party office types, the whole table cost the real plans' search index
    1.6 KB of P3's 60 KB (issue 13), the names alone about 240 bytes, and about 100 more since a
    table's fields have rows of their own (named only in `sections[].tables`' description, `rows`
    was found nowhere in the guide)."""
    def cell(text: str) -> str:
        return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text, quote=False))

    # Named after its heading, each row headed by its field, so that a screen reader reads a
    # cell as "period.end, Krävs, ja": it read "ja" and "nej" with the column alone, and the
    # table had no name in the page's list of tables.
    # The column headings on lines of their own, as Python-Markdown writes cells: the search
    # plugin joins the text of cells with nothing between them, and indexed "FältKrävsVad det är".
    lines = ['<table aria-labelledby="alla-falt">', "<thead>", "<tr>",
             '<th scope="col">Fält</th>', '<th scope="col">Krävs</th>', '<th scope="col">Vad det är</th>',
             "</tr>", "</thead>", "<tbody>"]
    lines += [f"<tr><th scope=\"row\"><code>{html.escape(path, quote=False)}</code></th><td data-search-exclude>{'ja' if required else 'nej'}</td>"
              f"<td data-search-exclude>{cell(text)}</td></tr>" for path, required, text in field_rows()]
    return "\n".join(lines + ["</tbody>", "</table>"]) + "\n"


# The guide's two lists made from the model and the registry, each between its markers in its
# page (`<!-- ämnen: början … -->` … `<!-- ämnen: slut -->` in docs/bidra.md, the `fält` ones in
# docs/bidra/falt.md); `generator schema` writes them with the editors' schemas, and a test
# holds them to what they are made from.
GUIDE_BLOCK = re.compile(r"(<!-- (fält|ämnen): början[^\n]*-->\n)(.*?)(<!-- \2: slut -->)", re.S)
GUIDE_BLOCK_PAGES = {"ämnen": paths.GUIDE, "fält": paths.GUIDE_FIELDS}


def guide_blocks(root: Path) -> dict[str, str]:
    """The text between each pair of markers, as the guide lays it out (the topics framed by
    blank lines, the field table not)."""
    return {"fält": field_table(), "ämnen": "\n" + topic_table(root) + "\n"}


def refresh_guide(root: Path) -> list[str]:
    """Write the guide's lists (`guide_blocks`) into their pages (`GUIDE_BLOCK_PAGES`); the pages
    that changed. ScaffoldError, before any is written, if a page has lost its pair of markers."""
    blocks = guide_blocks(root)
    texts = {page: (root / "docs" / page).read_text(encoding="utf-8") for page in sorted(set(GUIDE_BLOCK_PAGES.values()))}
    for name, page in GUIDE_BLOCK_PAGES.items():
        if name not in {m.group(2) for m in GUIDE_BLOCK.finditer(texts[page])}:
            raise ScaffoldError(f"docs/{page} saknar markeringarna för {name} "
                                f"(<!-- {name}: början … --> och <!-- {name}: slut -->), så listan skrivs inte. "
                                "Sätt tillbaka dem runt listan, som på main.")
    changed = []
    for page, text in texts.items():
        refreshed = GUIDE_BLOCK.sub(lambda m: m.group(1) + blocks[m.group(2)] + m.group(4)
                                    if GUIDE_BLOCK_PAGES[m.group(2)] == page else m.group(0), text)
        if refreshed != text:
            (root / "docs" / page).write_text(refreshed, encoding="utf-8")
            changed.append(page)
    return changed


# --- the registries ---------------------------------------------------------------------------
def _registry(root: Path, name: str, schema: type[BaseModel]):
    return load_file(root, f"{REGISTRY_DIR}/{name}", schema)


def resolve_actor(actors: list[model.Actor], municipalities: list[model.Municipality],
                  name: str, municipality: str | None = None) -> model.Actor:
    """The actor meant by an id (`eskilstuna-v`) or a short name and municipality (`v`, `eskilstuna`).
    Read as NFC, as the registries are: a name copied from a PDF may come as a letter and its
    combining mark (NFD), which looks the same."""
    wanted = unicodedata.normalize("NFC", name.strip()).casefold()
    place = None
    if municipality:
        written = unicodedata.normalize("NFC", municipality.strip()).casefold()
        place = next((m for m in municipalities if written in (m.id, m.name.casefold())), None)
        if place is None:
            known = ", ".join(m.id for m in municipalities)
            raise ScaffoldError(f"okänd kommun '{municipality}'. Kommuner i {REGISTRY_DIR}/municipalities.yaml: {known}. "
                                "Finns er kommun inte med? Lägg till den där tillsammans med er aktör. "
                                + plain(new_actor_hint(_actor_id(wanted, as_id(municipality)))))
    by_id = next((a for a in actors if a.id == wanted), None)
    if by_id is not None:
        if place is not None and by_id.municipality != place.id:
            raise ScaffoldError(f"aktören '{by_id.id}' hör till kommunen '{by_id.municipality}', inte '{place.id}'. "
                                f"Utelämna --municipality eller ange rätt kommun.")
        return by_id
    matches = [a for a in actors if a.short.casefold() == wanted and (place is None or a.municipality == place.id)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        options = ", ".join(f"{a.id} ({a.municipality})" for a in matches)
        raise ScaffoldError(f"förkortningen '{name}' finns i flera kommuner: {options}. "
                            f"Ange kommunen med --municipality, t.ex. --municipality {matches[0].municipality}.")
    close = suggest_actor(wanted, actors)
    hint = f"Menade du '{close}'? " if close else ""
    listed = ", ".join(f"{a.id} ({a.short})" for a in actors)
    where = f" i kommunen {place.name}" if place is not None else ""
    raise ScaffoldError(f"okänd aktör '{name}'{where}. {hint}Aktörer i {REGISTRY_DIR}/actors.yaml: {listed}. "
                        + plain(new_actor_hint(_actor_id(wanted, place.id if place is not None else None))))


def _actor_id(wanted: str, municipality: str | None) -> str:
    """The id an actor asked for by short name (`v`) and municipality would have: `stockholm-v`."""
    return f"{municipality}-{as_id(wanted)}" if municipality and "-" not in wanted else wanted


# --- the draft ---------------------------------------------------------------------------------
def _scalar(value: str) -> str:
    """A YAML scalar: plain when nothing in it could be read as YAML syntax, else quoted."""
    if re.fullmatch(r"[A-Za-zÅÄÖåäöÉé0-9][^:#\[\]{}\"'`|>&*!%@]*", value) and not value.endswith(" "):
        return value
    return json.dumps(value, ensure_ascii=False)


def _comment(text: str, indent: int) -> list[str]:
    # Ids such as `placerade-barns-skola-och-halsa` stay whole on one line.
    lines = textwrap.wrap(text, 92 - indent, break_on_hyphens=False, break_long_words=False)
    return [" " * indent + "# " + line for line in lines]


@dataclass(frozen=True)
class Dating:
    """When a document applies: exactly one of a year, a period (start, end) or why it has no date."""

    year: int | None = None
    period: tuple[int, int] | None = None
    undated: str | None = None

    def __post_init__(self) -> None:
        given = [name for name in model.DATINGS if getattr(self, name) is not None]
        if len(given) != 1:
            raise ScaffoldError("ange precis ett av --year, --period och --undated, t.ex. --year 2026, "
                                "--period 2026-2027 eller --undated \"Webbsida utan datum, hämtad 1 mars 2026\".")
        years = [self.year] if self.year is not None else list(self.period or ())
        for year in years:
            if not 1900 <= year <= 2100:
                raise ScaffoldError(f"året {year} ser inte rätt ut; ange ett år mellan 1900 och 2100, t.ex. "
                                    "--year 2026.")
        if self.period is not None and self.period[1] < self.period[0]:
            raise ScaffoldError(f"perioden {self.period[0]}-{self.period[1]} slutar före den börjar; skriv "
                                "första året först, t.ex. --period 2026-2027.")
        if self.period is not None and self.period[1] == self.period[0]:  # a draft `validate` refused: said as it says it
            raise ScaffoldError(f"perioden börjar och slutar samma år ({self.period[0]}); skriv --year {self.period[0]} "
                                "i stället för --period.")
        if self.undated is not None and not self.undated.strip():
            raise ScaffoldError("--undated behöver en förklaring av vad som är känt om dateringen, t.ex. "
                                "--undated \"Webbsida utan datum, hämtad 1 mars 2026\".")

    def id_suffix(self) -> str:
        """What the plan id ends with: `-2026`, `-2026-2027`, or nothing for an undated document."""
        if self.year is not None:
            return f"-{self.year}"
        if self.period is not None:
            return f"-{self.period[0]}-{self.period[1]}"
        return ""

    def yaml_lines(self) -> list[str]:
        if self.year is not None:
            return [f"year: {self.year}"]
        if self.period is not None:
            return ["period:", f"  start: {self.period[0]}", f"  end: {self.period[1]}"]
        return [f"undated: {_scalar(self.undated.strip())}"]

    def written(self) -> str:
        """The dating as a document writes it, on the line after its title: `2026`, `2026–2027`,
        or nothing (with the line break before it)."""
        if self.year is not None:
            return f"\n{self.year}"
        if self.period is not None:
            return f"\n{self.period[0]}\u2013{self.period[1]}"
        return ""


@dataclass(frozen=True)
class Draft:
    plan_id: str
    plan_path: str
    source_path: str
    plan_text: str
    source_text: str
    # The actor's municipality where the registry lacks it: the pull request must add it too.
    new_municipality: str = ""


def _first_year(dating: "Dating") -> int | None:
    """The first year a dating names: its year, or its period's start; None for undated."""
    return dating.year if dating.year is not None else dating.period[0] if dating.period is not None else None


def _a_platform(actor: model.Actor, dating: "Dating", today: datetime.date) -> bool:
    """Whether the draft is a party's election platform: a party's document from the year after
    next, which only a platform may be, retrieved `model.PLATFORM_AHEAD` years before its first."""
    return actor.kind == "party" and _first_year(dating) == today.year + model.PLATFORM_AHEAD


def _kind_and_status(actor: model.Actor, dating: "Dating", today: datetime.date) -> tuple[str, str]:
    if dating.undated is not None and actor.kind == "party":  # the guide's "En webbsida utan datum"
        return "web-platform", "published"
    if _a_platform(actor, dating, today):  # as the guide's example of a platform
        return "election-platform", "adopted"
    return {"party": ("party-plan", "proposal"), "administration": ("administration-plan", "adopted")}.get(
        actor.kind, ("other", "published"))


def draft(actor: model.Actor, topics: list[model.Topic], dating: Dating, body: str, today: datetime.date) -> Draft:
    """The skeleton plan and placeholder source for `actor`, `body` and `dating`."""
    plan_id = f"{actor.id}-{as_id(body)}{dating.id_suffix()}"
    archive = f"{SOURCES_DIR}/{plan_id}.txt"
    kind, status = _kind_and_status(actor, dating, today)
    lines = [SCHEMA_LINE, "#"]
    lines += _comment(f"Utkast till en plan för {actor.name}, skapat av `python -m generator new`. Ersätt allt "
                      f"som börjar med {PLACEHOLDER} med ert dokuments innehåll, och byt texten i {archive} mot "
                      f"dokumentets oförändrade text. Guiden ”{GUIDE}” på webbplatsen (docs/bidra.md) förklarar "
                      "varje steg; `make validate` kontrollerar planen.", 0)
    lines.append("")

    def field(schema: type[BaseModel], name: str, value: str, indent: int = 0, key: str | None = None) -> None:
        lines.extend(_comment(field_help(schema, name), indent))
        lines.append(" " * indent + f"{key or name}:" + (f" {value}" if value else ""))

    field(model.Plan, "id", plan_id)
    field(model.Plan, "actor", actor.id)
    field(model.Plan, "municipality", actor.municipality)
    field(model.Plan, "body", _scalar(body))
    lines += _comment("När dokumentet gäller: ett år (year), flera år (period med start och end) eller, om "
                      "dokumentet saknar datum, undated med en förklaring av vad som är känt. Ange precis ett av "
                      "dem.", 0)
    lines += dating.yaml_lines()
    field(model.Plan, "kind", kind)
    field(model.Plan, "status", status)
    field(model.Plan, "title", _scalar(f"{PLACEHOLDER} – dokumentets titel"))
    field(model.Plan, "source", "")
    field(model.Source, "title", _scalar(f"{PLACEHOLDER} – {EXAMPLE_TITLE}"), 2)
    lines += _comment(field_help(model.Source, "url") + " Ta bort # och mellanslaget efter det, så att url står "
                      "rakt under title, och skriv adressen.", 2)
    lines.append("  # url: https://")
    field(model.Source, "archive", archive, 2)
    field(model.Source, "retrieved", today.isoformat(), 2)
    field(model.Plan, "summary", _scalar(f"{PLACEHOLDER} – en kort, neutral sammanfattning av dokumentet."))
    field(model.Plan, "sections", "")
    field(model.Section, "heading", _scalar(f"{PLACEHOLDER} – {EXAMPLE_HEADING}"), 2, key="- heading")
    field(model.Section, "items", "", 4)
    lines += _comment("En exempelpunkt: ersätt den med dokumentets egna punkter.", 6)
    field(model.Item, "id", "exempelpunkt", 6, key="- id")
    field(model.Item, "kind", "goal", 8)
    field(model.Item, "text", _scalar(f"{PLACEHOLDER} – punkten med dokumentets egna ord"), 8)
    lines += _comment(field_help(model.Item, "topics") + " Ämnen i registret: "
                      + ", ".join(t.id for t in topics) + ".", 8)
    lines.append("        topics: []")
    field(model.Item, "quote", _scalar(EXAMPLE_QUOTE), 8)
    field(model.Item, "locator", _scalar(EXAMPLE_HEADING), 8)
    lines += _comment("Varje listpunkt i källtexten ska bli en punkt eller stå under excluded (på samma nivå som "
                      "sections) med sitt citat (quote) och ett skäl (reason).", 0)
    plan_text = "\n".join(lines) + "\n"
    source_text = (f"{PLACEHOLDER} – ersätt hela den här filen med den oförändrade texten ur ert dokument.\n\n"
                   f"{EXAMPLE_TITLE}{dating.written()}\n\n{EXAMPLE_HEADING}\n\n- {EXAMPLE_QUOTE}\n")
    return Draft(plan_id, f"{PLANS_DIR}/{plan_id}.yaml", archive, plan_text, source_text)


def _refuse_years_ahead(actor: model.Actor, dating: Dating, today: datetime.date) -> None:
    """A first year more than a year after today, but a party's election platform's
    (`_a_platform`): the draft's `retrieved` is today, and a document is retrieved the year
    before its year at the earliest (`checks.check_dating_not_after_retrieval`), so the draft's
    first `validate` refused it."""
    first = _first_year(dating)
    if first is None or first <= today.year + 1 or _a_platform(actor, dating, today):
        return
    latest = f"högst --year {today.year + 1}" if dating.year is not None else f"en period som börjar senast {today.year + 1}"
    platform = (f" Bara ett partis valplattform får hämtas {model.PLATFORM_AHEAD} år före sitt första år."
                if first == today.year + model.PLATFORM_AHEAD else "")
    raise ScaffoldError(f"utkastet skriver dagens datum ({today.isoformat()}) som retrieved, och ett dokument hämtas "
                        f"tidigast året före det år det gäller, så det kan inte gälla från {first}. Kontrollera året "
                        f"mot dokumentet och ange {latest}.{platform}")


def scaffold(root: Path, actor: str, dating: Dating, body: str, municipality: str | None = None,
             today: datetime.date | None = None) -> Draft:
    """Write a new draft plan and its placeholder source under `root`; never overwrite a file."""
    if not as_id(body):
        raise ScaffoldError("--body behöver minst en bokstav eller siffra, t.ex. --body Socialnämnden.")
    municipalities = _registry(root, "municipalities.yaml", model.MunicipalityRegistry).municipalities
    actors = _registry(root, "actors.yaml", model.ActorRegistry).actors
    topics = _registry(root, "topics.yaml", model.TopicRegistry).topics
    chosen = resolve_actor(actors, municipalities, actor, municipality)
    today = today or clock.today()
    _refuse_years_ahead(chosen, dating, today)
    result = draft(chosen, topics, dating, body, today)
    if chosen.municipality not in {known.id for known in municipalities}:
        result = dataclasses.replace(result, new_municipality=chosen.municipality)
    if len(result.plan_id) > model.ID_MAX_LENGTH:  # refused now, not after the party has filled it in
        raise ScaffoldError(f"--body ger ett för långt id ({len(result.plan_id)} tecken, högst {model.ID_MAX_LENGTH}): "
                            f"{result.plan_id}. Skriv en kortare --body, t.ex. --body Socialnämnden.")
    # A link, even one leading nowhere, is there already: writing through it would reach a
    # file outside the repository.
    existing = [path for path in (result.plan_path, result.source_path) if os.path.lexists(root / path)]
    if existing:
        raise ScaffoldError(f"{' och '.join(existing)} finns redan; new skriver aldrig över en fil. "
                            "Ändra den befintliga planen, eller välj ett annat år, en annan period eller ett annat "
                            "--body.")
    real_root = os.path.realpath(root)
    for folder in (PLANS_DIR, SOURCES_DIR):
        if os.path.islink(root / folder) or os.path.realpath(root / folder) != os.path.join(real_root, folder):
            raise ScaffoldError(f"{folder}/ är en symbolisk länk eller pekar utanför repot; new skriver bara i repot. "
                                f"Gör {folder}/ till en vanlig mapp i repot.")
        (root / folder).mkdir(parents=True, exist_ok=True)
    for path, text in ((result.plan_path, result.plan_text), (result.source_path, result.source_text)):
        try:
            with open(root / path, "x", encoding="utf-8") as written:  # never through a link made meanwhile
                written.write(text)
        except FileExistsError:
            raise ScaffoldError(f"{path} kom till medan new skrev; new skriver aldrig över en fil. Kör new igen.") from None
    return result


def next_steps(result: Draft) -> str:
    """What a party office does after `new`, in Swedish."""
    return "\n".join([
        "Skapade:",
        f"  {result.plan_path}   planen, med kommentarer som förklarar varje fält",
        f"  {result.source_path}   platshållare för dokumentets text",
        "",
        "Nästa steg:",
        f"  1. Byt texten i {result.source_path} mot dokumentets oförändrade text.",
        f"  2. Fyll i {result.plan_path}: ersätt allt som börjar med {PLACEHOLDER}, och byt",
        "     exempelpunkten mot en punkt per mål eller förslag, var och en med ett ordagrant citat.",
        "  3. Kontrollera planen: make validate",
        "  4. Lägg in båda filerna i en pull request (git add plans sources; git commit; git push).",
        *([f"Kommunen {result.new_municipality} finns inte i registry/municipalities.yaml. {MUNICIPALITY_NEW}"]
          if result.new_municipality else []),
        f"Guiden ”{GUIDE}” (docs/bidra.md) beskriver varje steg.",
    ])
