"""The schema: typed models of plans and registries, declared once.

Everything else that describes the data (the JSON Schema for editors, the Swedish labels
on the site, the scaffold) is derived from this module. It does no I/O. Keys are English;
descriptions are Swedish because party offices read them in their editor.
"""

from __future__ import annotations

import datetime
import functools
import re
import sys
from decimal import Decimal
from typing import Annotated, Callable, Literal, Optional, get_args

from pydantic import (
    BaseModel,
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import InitErrorDetails, PydanticCustomError

from . import clock, lazy_regex
from .escape import URL_PATTERN, no_web_host
from .letters import width
from .swedish import FULLWIDTH_PLUS, MONTHS, Plus, count, figure, date_readings, listed, month_meant, swedish_date, year_in_two_digits

# --- caps: inputs larger than this are refused, never truncated -------------------------
MAX_TEXT = 4000  # characters in one text value
MAX_LIST = 500  # entries in one list
# Entries in the municipality and actor registries: the whole country, with room to spare
# (Sweden has 290 municipalities, with about nine actors each: some 2,600 actors).
MAX_REGISTRY = 5000
MAX_ITEMS_TOTAL = 2000  # items in one plan (checked by `checks`)

# --- vocabularies with their Swedish labels --------------------------------------------
# One dict per vocabulary: the key is what a plan file says, the value what a voter reads.
# An administration is a "Förvaltning", as the tab "Partier och förvaltningar" and every
# sentence naming actors by kind ("partierna och förvaltningarna") call it.
ACTOR_KINDS = {
    "party": "Parti",
    "administration": "Förvaltning",
    "other": "Annan aktör",
}
PLAN_KINDS = {
    "party-plan": "Partiets förslag till verksamhetsplan",
    "administration-plan": "Nämndens verksamhetsplan",
    "web-platform": "Partiets politik på webben",
    "election-platform": "Valplattform",
    "promise-follow-up": "Uppföljning av vallöften",
    "motion": "Motion eller initiativ",
    "other": "Annat dokument",
}
PLAN_STATUSES = {
    "proposal": "Förslag",
    "proposal-for-decision": "Förslag till beslut",
    "adopted": "Antagen",
    "published": "Publicerad",
    "follow-up": "Uppföljning",
}
ITEM_KINDS = {
    "summary": "Sammanfattning",
    "vision": "Vision",
    "goal": "Mål",
    "priority": "Prioritering",
    "saving": "Besparing",
    "assignment": "Uppdrag",
    "direction": "Inriktning",
    "indicator": "Indikator",
    "risk": "Risk",
    "promise": "Vallöfte",
    "proposal": "Förslag",
    "statement": "Ställningstagande",
    "fact": "Lägesbild",  # the situation as the document describes it: the site vouches for nothing
}
# How the comparison pages group item kinds: what an actor commits to, and the rest of what
# the document says on the topic: the situation, visions and positions (a statement is a
# position, so the group is not named as a description of the situation). Every kind is in
# exactly one group (tested).
COMMITMENT_KINDS = ("goal", "priority", "proposal", "assignment", "saving", "promise", "indicator", "direction")
BACKGROUND_KINDS = ("fact", "statement", "summary", "vision", "risk")
ITEM_GROUPS = {
    "commitment": ("Åtaganden", "Vad aktören åtar sig", COMMITMENT_KINDS),
    "background": ("Bakgrund", "Läget, visioner och ställningstaganden", BACKGROUND_KINDS),
}
# Risk level of a risk: probability × consequence (1–25) in four bands, as in the
# administrations' internal-control matrices. Shown on the plan pages and in `om`.
RISK_BANDS = (  # (lowest score, id, Swedish label)
    (1, "low", "Låg risk"),
    (5, "medium", "Måttlig risk"),
    (10, "high", "Hög risk"),
    (16, "very-high", "Mycket hög risk"),
)
PROMISE_STATES = {
    "done": "Genomfört",
    "partly": "Delvis genomfört",
    "not-started": "Inte påbörjat",
    "unknown": "Läget anges inte",  # the follow-up names the promise but not how far it has come
}
# Sweden's national minority languages (lag 2009:724: Finnish, Meänkieli, Sami, Romani chib
# and Yiddish) as BCP 47 tags, each Sami language of Sweden by its own tag (Northern Sami by its
# two-letter `se`, as BCP 47 prefers it to `sme`), with their Swedish names: a municipality's
# official names in them (`Municipality.other_names`), which its page marks with the tag (`lang`)
# so that a screen reader reads each in its language. Inari and Skolt Sami (`smn`, `sms`) are
# Finland's and Russia's, and no Swedish municipality has a name in them.
MINORITY_LANGUAGES = {
    "se": "nordsamiska",
    "smj": "lulesamiska",
    "sje": "pitesamiska",
    "sju": "umesamiska",
    "sma": "sydsamiska",
    "fi": "finska",
    "fit": "meänkieli",
    "rom": "romani chib",
    "yi": "jiddisch",
}
# The languages a document may be written in (`Plan.language`), as BCP 47 tags with their
# Swedish names: Swedish, English, and the minority languages, in which a municipality in an
# administrative area may publish. Its quotes and archived text are marked with the tag, so that
# a screen reader reads them in it (WCAG 2.1, 3.1.2), and its page says the language.
DOCUMENT_LANGUAGES = {"sv": "svenska", "en": "engelska", **MINORITY_LANGUAGES}
VOCABULARIES = (ACTOR_KINDS, PLAN_KINDS, PLAN_STATUSES, ITEM_KINDS, PROMISE_STATES, MINORITY_LANGUAGES,
                DOCUMENT_LANGUAGES)
# Sweden's 21 counties as their names are written, in the order of their county codes (AB … BD).
# The home page groups the municipalities by these names: a misspelt one made a group of its own.
COUNTIES = ("Stockholms län", "Uppsala län", "Södermanlands län", "Östergötlands län", "Jönköpings län",
            "Kronobergs län", "Kalmar län", "Gotlands län", "Blekinge län", "Skåne län", "Hallands län",
            "Västra Götalands län", "Värmlands län", "Örebro län", "Västmanlands län", "Dalarnas län",
            "Gävleborgs län", "Västernorrlands län", "Jämtlands län", "Västerbottens län", "Norrbottens län")


def lower_first(label: str) -> str:
    """A label inside a sentence: `Nämndens verksamhetsplan` → `nämndens verksamhetsplan`. A
    label that begins with an abbreviation (`LSS-insatser`, `KD:s förslag`) keeps it as it is."""
    if label[1:2].isupper():
        return label
    return label[:1].lower() + label[1:]


# Where Chromium breaks a line inside a name or heading (measured in Chromium 156, every text in a
# box of no width): at a space (not a no-break space), on both sides of an em dash, and after a
# hyphen, an en dash, a question mark or an ellipsis, each staying on the line before
# (`CSV-|filerna`, `2023–|2024`, `Vad?|Nej`), but not
# - before what cannot begin a line: a slash (`över-/underskott` is one run), a closing bracket,
#   a stop, a comma, a colon, a question or exclamation mark, a quotation mark (but " and '
#   after a hyphen), an en dash, an ellipsis; nor before a hyphen after a dash or an ellipsis
#   (`a–-|b`), nor before a no-break space but after a hyphen or an en dash;
# - before an em dash after an opening bracket, a quotation mark or a no-break space;
# - after a minus sign: a hyphen before a digit not after an ASCII letter or digit (`-46,7`,
#   `(-5)`; `2023-2024` and `A-5` break);
# - after an en dash that begins a word, before a letter (`–varav`; `–5` breaks).
# And before an opening bracket after a sign (`(1)|(2)`, `Nej!|(Ja)`), never after a letter or
# digit. Never at a slash alone (`och/eller`). tests/test_model.py holds texts measured there.
# Compiled at its first use: only pages measure words, and `validate` spent 0.3 % of its
# instructions compiling it.
_NOT_FIRST = "!),./:;?\\]}»«“”’–…"
_LINE_BREAKS = lazy_regex.compile(rf"""
    [ \t\n]+
  | (?<![(\[«»“”’"'\u00a0])(?=—)
  | (?<=[!"#%&)*+,.:;=\]])(?=[(\[])
  | (?<=[-–—?…])
    (?![{_NOT_FIRST}])
    (?!(?<=[–—?…])["'])
    (?!(?<=[–—…])-)
    (?!(?<=[—?…])\u00a0)
    (?!(?<=-)(?<![A-Za-z0-9]-)\d)
    (?!(?<=–)(?<!\S–)\D)
""", re.VERBOSE)


def unbroken_runs(text: str) -> list[str]:
    """The runs of `text` a line cannot break, as Chromium keeps them (`CSV-filerna`: `CSV-`,
    `filerna`); `widest_word` measures them."""
    return _LINE_BREAKS.split(text)


# WCAG 1.4.12's text spacing (.12em after each letter, .16em more at each space), which a
# reader's style may set and a page's CSS cannot read, is given no room: a heading or a column
# sized for it would be up to a fifth smaller for every reader with large text (WCAG 1.4.4,
# "Verksamhetsutveckling" at 25 px where 32 fit at 360 px), and the documents table would be a
# block for each document on a desktop's screen (at 1,280 px, Eskilstuna's). Where the spacing
# makes a word wider than its room, it breaks inside the word instead (`overflow-wrap` in
# extra.css), and a table scrolls inside its own region, so nothing runs past the page; there a
# budget's names' column grows to hold its words whole, up to the room its figures need
# (link._figure_room).
def widest_word(text: str, bold: bool = False) -> int:
    """Hundredths of an em of the widest run of `text` a line cannot break (`unbroken_runs`),
    in the widths of the pages' fonts (`letters.width`): the room a heading, a column or a cell
    needs for it on a phone with large text (`--vlv-widest`, `--vlv-names-width` in extra.css).
    Every layout that must hold a word whole is sized from this one estimate."""
    return max((width(word, bold) for word in unbroken_runs(text)), default=0)


def labelled_values(vocabulary: dict[str, str]) -> list[str]:
    """`summary (sammanfattning)`, …: each value a file writes, with what a voter reads for it,
    as messages, the guide's field table and the data's schemas list them."""
    return [f"{key} ({lower_first(label)})" for key, label in vocabulary.items()]


def said(*parts: str, capital: bool = True) -> str:
    """The parts of a message as a rule gives them (`what is wrong`, `how to fix it`), as the
    sentences an editor shows beside the field (`errorMessage` in the editors' schemas). A
    message that begins with a field's name (`status hör bara till …`) keeps it as written."""
    return " ".join((part[:1].upper() if capital or index else part[:1]) + part[1:].rstrip(".") + "."
                    for index, part in enumerate(parts))


class UntitledJsonSchema(GenerateJsonSchema):
    """A JSON Schema without the titles pydantic makes from English names ("Risk Score",
    "ItemRecord"): the published schemas, the data's (opendata) and the editors' (schema),
    describe each field in Swedish (`description`), and an editor or a schema browser
    showed the English title beside it. Each schema's own Swedish title is set by its caller."""

    def field_title_should_be_set(self, schema) -> bool:
        return False

    def model_schema(self, schema):
        json_schema = super().model_schema(schema)
        json_schema.pop("title", None)
        return json_schema


def _literal(vocabulary: dict[str, str]):
    return Literal[tuple(vocabulary)]  # type: ignore[valid-type]


ActorKind = _literal(ACTOR_KINDS)
County = Literal[COUNTIES]  # type: ignore[valid-type]
PlanKind = _literal(PLAN_KINDS)
PlanStatus = _literal(PLAN_STATUSES)
ItemKind = _literal(ITEM_KINDS)
PromiseState = _literal(PROMISE_STATES)
MinorityLanguage = _literal(MINORITY_LANGUAGES)
DocumentLanguage = _literal(DOCUMENT_LANGUAGES)

# --- scalar types -----------------------------------------------------------------------
# `load` reads every scalar as text, so `year: "2026"` is `year: 2026` to `validate`. An
# editor's YAML reader types them (a number, a string), so the editors' schema of a year, a
# score, a figure and a flag accepts both forms, the text as `validate` reads it.
def _as_number_or_text(number: dict, text_pattern: str, description: str) -> WithJsonSchema:
    return WithJsonSchema({"anyOf": [number, {"type": "string", "pattern": text_pattern}], "description": description})


ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_MAX_LENGTH = 80
ID_DESCRIPTION = "Id med små bokstäver a–z, siffror och bindestreck."
Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH),
    Field(description=ID_DESCRIPTION),
]
# What is wrong with a value and how to fix it, as `validate` says it after the value and as
# the editors' schemas say it (`schema._swedish_messages`).
BLANK = ("texten består bara av mellanslag", "skriv en text eller ta bort fältet om det är frivilligt")
NOT_A_YEAR = ("inget årtal med fyra siffror", "skriv t.ex. 2024")
NOT_A_DATE = ("inget datum", "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01")
NOT_A_SCORE = ("inget heltal", "skriv ett heltal från 1 till 5, t.ex. 3")
NOT_A_FIGURE = ("inte ett tal", "skriv t.ex. 620,9 eller -46,7, utan mellanslag mellan tusental")
# As an editor says it, where its pattern (`FIGURE_TEXT`) also refuses a plus sign or a zero first.
NOT_A_FIGURE_IN_EDITORS = (NOT_A_FIGURE[0], NOT_A_FIGURE[1] + ", plustecken eller nollor först")
NOT_TRUE_OR_FALSE = ("varken true eller false", "skriv true eller false")
PLACEHOLDER = "PLATSHÅLLARE"  # what the scaffold (`new`) writes where a party's words go
PLACEHOLDER_LEFT = ("mallens platshållartext står kvar", f"Ersätt allt som börjar med {PLACEHOLDER} med ert dokuments innehåll.")
# An item's quote proves what the item says only at this length (a table row's and an
# indicator's may be shorter: their figures are checked instead).
MIN_QUOTE_WORDS = 4
MIN_QUOTE_CHARS = 20
QUOTE_TOO_SHORT = ("för att visa vad punkten säger",
                   f"Citera minst {MIN_QUOTE_WORDS} ord eller {MIN_QUOTE_CHARS} tecken ur källan, helst hela meningen.")
SCORE_BOUNDS = (1, 5)  # a risk's probability and consequence


def out_of_range(low: bool, bound: object) -> tuple[str, str]:
    """A number beyond its bounds (a score, a year), said by `validate` (`load`), by the model
    where the loader leaves the number as text (`_whole_score`) and by the editors (`schema`):
    which way it is wrong, and the bound it passes."""
    word = "minst" if low else "högst"
    return f"för {'lågt' if low else 'högt'} ({word} {bound})", f"Kontrollera värdet mot dokumentet: det får vara {word} {bound}."


def _not_blank(value: str) -> str:
    """A text of only spaces would be an empty heading or cell on the site."""
    if not value.strip():
        raise ValueError("; ".join(BLANK))
    return value


# `_not_blank` as editors can check it: somewhere in the text a character that is not a space.
# (The editors' schemas leave a text's length to `validate`, `schema._texts_in_editors`.)
_TEXT_IN_EDITORS = Field(json_schema_extra={"pattern": r"\S"})


SHORT_TEXT = 300
Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT), _TEXT_IN_EDITORS,
                 AfterValidator(_not_blank)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=SHORT_TEXT), _TEXT_IN_EDITORS,
                      AfterValidator(_not_blank)]
def _on_the_web(value: str) -> str:
    """An address whose host is no web site's (`escape.no_web_host`: `https://C:\\Users\\kd\\plan.pdf`)
    is refused as one the pattern refuses, and told so (`load.address_hint`)."""
    if no_web_host(value):
        raise PydanticCustomError("string_pattern_mismatch", "String should match pattern '{pattern}'",
                                  {"pattern": f"^{URL_PATTERN}$"})
    return value


Url = Annotated[
    str,
    StringConstraints(pattern=f"^{URL_PATTERN}$", max_length=500),
    AfterValidator(_on_the_web),
    Field(description="En webbadress som börjar med https:// (http:// godtas, med en varning)."),
]
# What `validate` reads as a number when it is written as a text (`year: "2024"`), and which of
# those texts are below and above the bounds: the editors' schemas say a quoted value outside
# them in `validate`'s words (`schema._text_bounds_in_swedish`).
YEAR_FORM = "[0-9]{4}"
YEAR_BELOW = "0[0-9]{3}|1[0-8][0-9]{2}"
YEAR_ABOVE = "210[1-9]|21[1-9][0-9]|2[2-9][0-9]{2}|[3-9][0-9]{3}"
SCORE_FORM = "0|[1-9][0-9]*"
SCORE_BELOW = "0"
SCORE_ABOVE = "[6-9]|[1-9][0-9]+"


# What stands between two years: a hyphen, a slash, or a character a word processor or a PDF
# writes for one, a minus sign or any dash (`2022—2024`, `2022−2024`, `2022‐2025` were told
# t.ex. 2024, while `2022–2024` was told flera år).
_BETWEEN_YEARS = r"\s*[-\u2010-\u2015\u2212/]\s*"
# `year: 2026-2027`, `2026–2027`, `2026/2027`, and a school or financial year as it is mostly
# written, `2026/27` (`both_years`). Not two digits a month may be (`2024-06`, `2024/12`): a
# document's year and month, which were told to become `period: {start: 2024, end: 2106}`.
TWO_YEARS = rf"([0-9]{{4}}){_BETWEEN_YEARS}([0-9]{{4}}|1[3-9]|[2-9][0-9])"
# The same typed with two dashes (`2022——2024`, `2022--2024`), a dash too many: it was told t.ex. 2024.
_TWO_DASHES = r"\s*[-\u2010-\u2015\u2212]\s*[-\u2010-\u2015\u2212]\s*"
TWO_YEARS_TWO_DASHES = rf"([0-9]{{4}}){_TWO_DASHES}([0-9]{{4}}|1[3-9]|[2-9][0-9])"
# A year and its month (`2024-06`, `2024—06`, `2024.06`, `06/2024`), which no two years are; with two dashes between
# (`2024——06`) too, as two years are read with them: it was told no more than to write the year.
_MONTH_MARK = rf"(?:\.|{_BETWEEN_YEARS}|{_TWO_DASHES})"
_YEAR_AND_MONTH = rf"([0-9]{{4}}){_MONTH_MARK}(0[1-9]|1[0-2])|(0[1-9]|1[0-2]){_MONTH_MARK}([0-9]{{4}})"


def _two_years_form() -> str:
    """`TWO_YEARS` as the editors' schemas may say "flera år" of it, which `_four_digits` says
    only of two years that differ, the later up to 2100 (`YEAR_TEXT`): `2024—2024`, `2024-24`
    (the same year twice), `2024-13` and `2024—2131` (an end past 2100) were told flera år there,
    offered a period the next run refused. A schema cannot compare or count: the years differ in
    one digit's place at least (a lookahead each), a second of two digits after a year of the
    1900s or before is any other, after one of the 2000s a later one (in the first's tens, or
    tens above)."""
    def digits(count: int) -> str:
        return "[0-9]" * min(count, 1) + f"{{{count}}}" * (count > 1)

    def differ(width: int) -> str:
        return "(?=(?:" + "|".join(f"{digits(place)}{digit}{digits(width - 1 - place)}\\D+{digits(place)}(?!{digit})[0-9]"
                                   for place in range(width) for digit in range(10)) + "))"
    year, second = "(?:[01][0-9]{3}|20[0-9]{2}|2100)", "(?:1[3-9]|[2-9][0-9])"
    tens_above = "|".join(f"{tens}[0-9]\\D+[{tens + 1}-9]" for tens in range(9))
    tens_alike = "|".join(f"{tens}[0-9]\\D+{tens}" for tens in range(10))
    unit_above = "|".join(f"{unit}\\D+[0-9][{unit + 1}-9]" for unit in range(9))
    later = f"(?=(?:{tens_above}|(?=(?:{tens_alike}))[0-9](?:{unit_above})))"
    # One mark between, or two dashes (`2022——2024`, told flera år, med två streck emellan, as `_four_digits` tells them).
    between = rf"(?:{_BETWEEN_YEARS}|{_TWO_DASHES})"
    return (f"(?:{differ(4)}{year}{between}{year}|[01][0-9]{differ(2)}[0-9]{{2}}{between}{second}"
            f"|20{later}[0-9]{{2}}{between}{second})")


# `TWO_YEARS` that `_four_digits` tells flera år, as the editors' schemas can say it.
TWO_YEARS_FORM = _two_years_form()


def both_years(first: str, last: str) -> tuple[str, str]:
    """The two years `TWO_YEARS` found, the second in full (`2026/27`: 2026 and 2027), in order."""
    if len(last) == 2:
        full = int(first) - int(first) % 100 + int(last)
        last = str(full + 100 if full < int(first) else full)
    return min(first, last), max(first, last)


def years_as_written(text: str) -> Optional[tuple[int, int]]:
    """The two years `TWO_YEARS` reads in `text`, in the order written and the second in full
    (`2026—2027`, `2026/27`: 2026 and 2027), as `new --period` takes them; None where it reads none, or
    an end past 2100, which `_four_digits` reads as no two years (`2026-13`, a year and no month). A
    second of two digits up to `_SHORT_SPAN` years before the first in its century (`2027/26`) is that year, as
    `2027-2026` is, for `new` to tell that it ends before it starts: it was read 2126 and told no period."""
    found = re.fullmatch(TWO_YEARS, text.strip())
    if not found:
        return None
    first, last = found.groups()
    if len(last) == 2 and 0 < int(first) % 100 - int(last) <= _SHORT_SPAN:
        last = str(int(first) - int(first) % 100 + int(last))
    last = both_years(first, last)[1] if len(last) == 2 else last
    return (int(first), int(last)) if int(last) <= YEARS[1] else None


def two_years(first: str, last: str, document: bool) -> tuple[str, str]:
    """What is wrong with two years where one belongs, and how to fix it: a document's may be a
    `period` instead, which a measure's year or a period's first or last year cannot. (The
    editors' schemas say it without the years, `schema._text_bounds_in_swedish`.)"""
    if document:
        return "flera år", (f"skriv ett år, eller för ett dokument som gäller flera år period: {{start: {first}, "
                            f"end: {last}}} i stället för year")
    return "flera år", f"skriv ett av dem, {first} eller {last}" if first else "skriv ett av dem"


# How many years after its retrieval an election platform's first year may be: a platform for the
# term from the election (2026–2030) may be published the year before it, and one that gives the
# term's first whole year (2027–2030) then two years before (the last review). Any other document
# is retrieved the year before its year at the earliest (`checks.check_dating_not_after_retrieval`).
PLATFORM_AHEAD = 2

# A year of two digits (`98`), or two such years (`14-18`, `98-02`), where four belong: the
# century is the writer's, never read into it here. Two years at most `_SHORT_SPAN` apart (a
# term, a plan of some years), not a year and its month (`24-06`).
_SHORT_YEARS = rf"([0-9]{{2}})(?:{_BETWEEN_YEARS}([0-9]{{2}}))?"
_SHORT_SPAN = 10
# A year of two digits as the editors' schemas say it (`schema._text_bounds_in_swedish`), which
# cannot name the years a value can be, as `_in_centuries` does: the centuries to choose from.
SHORT_YEAR_FORM = "[0-9]{2}"
SHORT_YEAR_IN_EDITORS = (NOT_A_YEAR[0], "två siffror kan vara ett år på 2000-talet eller på 1900-talet: skriv det år "
                                        "som menas, med fyra siffror, som 2024 eller 1924 för 24")


def _short_years_form(span: int) -> str:
    """`_SHORT_YEARS`' two years, at most `span` (up to ten) apart, as a pattern for the editors'
    schemas, which cannot count: the second in the first's tens with a unit up to `span` above
    the first's, or in the next tens (`98-02`) with a unit up to `span` - 10 above it. Each
    way a lookahead on the tens, then the units by the first year's."""
    gap = _BETWEEN_YEARS
    forms = []
    for step, units in ((0, [(unit, unit + 1, min(9, unit + span)) for unit in range(10)]),
                        (1, [(unit, 0, unit + span - 10) for unit in range(10)])):
        tens = "|".join(f"{ten}[0-9]{gap}{(ten + step) % 10}" for ten in range(10))
        after = "|".join(f"{unit}{gap}[0-9][{low}-{high}]" for unit, low, high in units if low <= high)
        if after:
            forms.append(f"(?=(?:{tens}))[0-9](?:{after})")
    return "|".join(forms)


# Two years of two digits (`year: 14-18`) as the editors' schemas say them (`_in_centuries`
# names the years, which a schema's fixed message cannot): a document's may be a `period`.
SHORT_YEARS_FORM = _short_years_form(_SHORT_SPAN)
SHORT_YEARS_IN_EDITORS = {
    True: ("flera år", "skriv ett år, eller för ett dokument som gäller flera år period: {start: …, end: …} i stället "
                       "för year, med åren i fyra siffror: två siffror kan vara år på 2000-talet eller på 1900-talet, "
                       "som period: {start: 2014, end: 2018} eller period: {start: 1914, end: 1918} för 14-18"),
    False: ("flera år", "skriv ett av dem med fyra siffror: två siffror kan vara ett år på 2000-talet eller på "
                        "1900-talet, som 2024 eller 1924 för 24"),
}


def _short_years(first: str, last: Optional[str], dated: bool, span: int = _SHORT_SPAN) -> list[tuple[int, int]]:
    """The readings of the years `_SHORT_YEARS` found in this century and the last, each its
    first and last year (one year twice), within `YEARS`; none where two are no span (more than
    `span` apart: a period's two fields, which hold no month, may be further). A
    document's first year (`dated`: its year, its period's start) is at most `PLATFORM_AHEAD`
    after today's, the latest its text can have been retrieved: `year: 98` was offered 2098,
    which the next run refused."""
    latest = clock.today().year + PLATFORM_AHEAD if dated else YEARS[1]
    readings = []
    for century in (2000, 1900):
        start = century + int(first)
        end = start if last is None else century + int(last) + (100 if int(last) < int(first) else 0)
        if end <= YEARS[1] and start <= latest and (last is None or 0 < end - start <= span):
            readings.append((start, end))
    return readings


def _in_centuries(readings: list[tuple[int, int]], one: bool, document: bool) -> tuple[str, str]:
    """What is wrong with a year or years of two digits, and the hint naming each reading."""
    if one:
        years = " eller ".join(str(start) for start, _ in readings)
        return NOT_A_YEAR[0], f"två siffror kan vara {years}: skriv det år som menas, med fyra siffror"
    meant = [(f"{start}–{end}", start, end) for start, end in readings]
    if document:
        return "flera år", ("skriv ett år, eller för ett dokument som gäller flera år " + ", eller ".join(
            f"period: {{start: {start}, end: {end}}} om ni menar {span}" for span, start, end in meant) + ", i stället för year")
    return "flera år", "skriv ett av dem med fyra siffror: " + ", ".join(
        f"{start} eller {end} om ni menar {span}" for span, start, end in meant)


class ShortYear(ValueError):
    """A year of two digits (`year: 98`): typed so once, mostly typed so throughout a plan, which
    `load` says once a plan. Told by its type, as `MarkFault` is."""


def _four_digits(value: object, document: bool = False, dated: bool = False) -> object:
    """A year is exactly four digits as written: `02017`, `2_017`, `2017.0` are refused. Two
    years (`year: 2026-2027`) are one year too many (`two_years`), a document's told it may
    write a period. A year of two digits is told the years it can be (`_short_years`), a
    document's first year (`dated`) only those it can be by today."""
    if isinstance(value, str) and not re.fullmatch(YEAR_FORM, value):
        doubled = re.fullmatch(TWO_YEARS_TWO_DASHES, value.strip())
        years = re.fullmatch(TWO_YEARS, value.strip()) or doubled
        first, last = both_years(*years.groups()) if years else ("", "")
        if first == last and years:  # `2022–2022`, `2022-22`: was told flera år, offered a period the next run refused
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: det är samma år två gånger; skriv bara året: {first}")
        if years and int(last) <= YEARS[1]:  # `2024-13` was offered a period ending 2113, refused next run
            said, hint = two_years(first, last, document)
            raise ValueError(f"'{value}' är {said}{', med två streck emellan' if doubled else ''}; {hint}")
        short = re.fullmatch(_SHORT_YEARS, value.strip())
        readings = _short_years(*short.groups(), dated) if short else []
        if readings:
            fault = ShortYear if short[2] is None else ValueError
            raise fault(f"'{value}' är " + "; ".join(_in_centuries(readings, short[2] is None, document)))
        signed = re.fullmatch(r"([-\u2010-\u2015\u2212])\s*[0-9]+(?:[.,][0-9]+)?", value.strip())
        if signed:  # below zero (or zero), or a dash before it (`–2022`, which was offered 2022): no year
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: det har {_DASHES_SAID[signed[1]]} först; "
                             f"{YEAR_AS_WRITTEN} och utan tecken före")
        monthly = re.fullmatch(_YEAR_AND_MONTH, value.strip())
        year = monthly and (monthly[1] or monthly[4])
        # `2022.05`, `05.2022` were told decimaler, `2022—05` no more than to write the year: a year and its month
        if year and re.fullmatch(YEAR_TEXT, year):
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: det kan vara år och månad, "
                             f"{MONTHS[int(monthly[2] or monthly[3]) - 1]} {year}; skriv bara året: {year}")
        monthly = re.fullmatch(r"([0-9]{4})\.[1-9]|[1-9]\.([0-9]{4})", value.strip())
        if monthly and re.fullmatch(YEAR_TEXT, monthly[1] or monthly[2]):  # `2024.1`: 2024,1, or January? Neither guessed
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: det kan vara ett tal med decimaler eller år och månad; "
                             f"{YEAR_AS_WRITTEN}")
        if re.fullmatch(r"[0-9]+[.,][0-9]*[1-9][0-9]*", value.strip()):  # `2022.5` was offered 2022, its half dropped
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: det är ett tal med decimaler; {YEAR_AS_WRITTEN}")
        fraction = re.fullmatch(_FRACTION_AFTER, value.strip())
        if fraction:  # `2022½`, `2022 1/2` were offered 2022, the half dropped, as `2022.5` was
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: det är ett tal med bråket {fraction[1] or fraction[2]}; "
                             f"{YEAR_AS_WRITTEN}")
        fraction = re.fullmatch(_FRACTION_BEFORE, value.strip())
        if fraction:  # `½2022` was offered 2022
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: det har bråket {fraction[1] or fraction[2]} först; "
                             f"{YEAR_AS_WRITTEN}")
        # A date or a decimal (`3 maj 2026`, `2026-05-03`, `2026.0`) holds the year meant: the hint
        # gave another (`2024`) in the party-office audit.
        # A year written with zeros or a plus first (`02017`) holds the year read, which it was not offered.
        meant = _figure_meant(value.strip()) if _INTEGER.match(value.strip()) else None
        if meant and not re.fullmatch(YEAR_TEXT, meant):  # `00022`, `+22`: the number read is told, no year
            raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}: utan {_first_said(value.strip())} först läses det {meant}; "
                             f"{YEAR_AS_WRITTEN}")
        held = [meant] if meant else re.findall(r"(?<!\d)(?:19\d\d|20\d\d|2100)(?!\d)", value)
        raise ValueError(f"'{value}' är {NOT_A_YEAR[0]}; " + (f"skriv bara året: {held[0]}" if len(held) == 1
                                                               else NOT_A_YEAR[1]))
    return value


# A fraction beside a year, a character of its own (`2022½`) or typed with a slash or a fraction
# slash (`2022 1/2`, `1⁄2 2022`), which makes no whole year: none is offered, as none for `2022.5`.
_VULGAR_FRACTION = "[\u00bc-\u00be\u2150-\u215e]"
_TYPED_FRACTION = "[1-9][/\u2044][1-9][0-9]?"
_FRACTION_AFTER = rf"[0-9]+(?:\s*({_VULGAR_FRACTION})|\s+({_TYPED_FRACTION}))"
# Before the year, a day and a month with a slash (`1/6 2024`, the first of June) are a date, as `15/6 2024`
# is, told its year: only a fraction slash or a number no month is (`1⁄2 2022`, `1/16 2022`) makes a fraction.
_FRACTION_BEFORE = rf"(?:({_VULGAR_FRACTION})\s*|([1-9](?:\u2044[1-9][0-9]?|/(?:1[3-9]|[2-9][0-9])))\s+)[0-9]+"


# How to write a year written with a sign or zeros first that is read as no year (`-2022`,
# `00022`): none is offered, since none is written (`-2022` was offered 2022, its minus dropped).
YEAR_AS_WRITTEN = "skriv årtalet som dokumentet skriver det, med fyra siffror"
_DASHES_SAID = {"-": "ett minustecken", "\u2212": "ett minustecken", "\u2010": "ett bindestreck", "\u2011": "ett bindestreck",
                **dict.fromkeys("\u2012\u2013\u2014\u2015", "ett tankstreck")}


def _first_said(text: str) -> str:
    """What a figure written with a plus or zeros first (`+22`, `00022`) has before its digits."""
    zeros = len(text.lstrip("+")) - len(text.lstrip("+").lstrip("0"))
    return " och ".join(said for said in ("plustecknet" if text[:1] == "+" else "",
                                          "nollan" if zeros == 1 else "nollorna" if zeros else "") if said)


# The Field first: after a validator, pydantic writes its bounds into the JSON Schema as `ge`
# and `le`, which editors do not know, instead of `minimum` and `maximum`.
YEARS = (1900, 2100)  # the pattern for a year written as text says the same
YEAR_TEXT = "^(19[0-9]{2}|20[0-9]{2}|2100)$"
def _year(read: Callable[[object], object]) -> object:
    return Annotated[int, Field(ge=YEARS[0], le=YEARS[1], description="Årtal med fyra siffror."), BeforeValidator(read),
                     _as_number_or_text({"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]},
                                        YEAR_TEXT, "Årtal med fyra siffror.")]


Year = _year(_four_digits)
DocumentYear = _year(functools.partial(_four_digits, document=True, dated=True))  # two years may be told to write a `period`
PeriodStart = _year(functools.partial(_four_digits, dated=True))  # a document's first year, as its `year` is
EARLIEST_RETRIEVED = datetime.date(1990, 1, 1)


DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ÅÅÅÅ-MM-DD, as written


def _iso_date(value: object, example: str = NOT_A_DATE[1],
              refusal: Callable[[datetime.date], Optional[tuple[str, str]]] = lambda day: None) -> object:
    """A date written otherwise than ÅÅÅÅ-MM-DD refused, with the day it names as the hint
    (`_days_meant`) and `example` where it names none; `refusal` says why a day cannot be the
    field's (`_no_retrieval_day`), and is None for any day."""
    if isinstance(value, str) and not DATE_PATTERN.fullmatch(value):
        readings = _readings_in_century(value, refusal)
        if readings:
            whole_year = ", med året i fyra siffror" if year_in_two_digits(value) else ""
            raise ValueError(f"'{value}' är inte skrivet som ÅÅÅÅ-MM-DD{whole_year}; {_days_meant(readings, refusal)}")
        month = month_meant(value)
        if month is not None:  # `november 2026`: the day is what is missing
            named = MONTHS[month.month - 1]
            # A month the field cannot be in (`januari 2027` before it has come) is named with why,
            # never offered as ÅÅÅÅ-MM-DD, as `_days_meant` names such a day: it was given the
            # form's example, 2026-03-01, as though no month were written.
            refused = refusal(month)
            if refused is not None:
                raise ValueError(f"'{value}' är {NOT_A_DATE[0]}, dagen saknas, och {named} {month.year} "
                                 f"{refused[0]}; {_RETRIEVAL_DAY}")
            raise ValueError(f"'{value}' är {NOT_A_DATE[0]}, dagen saknas; skriv dagen också, som ÅÅÅÅ-MM-DD: "
                             f"{month.isoformat()[:8]}DD med dagen i {named}")
        raise ValueError(f"'{value}' är {NOT_A_DATE[0]}; {example}")
    return value


def _readings_in_century(written: str, refusal: Callable[[datetime.date], Optional[tuple[str, str]]]
                         ) -> tuple[tuple[datetime.date, str], ...]:
    """`date_readings` of a date, its year of two digits (`5/6-26`) read in the centuries whose
    reading can be the field's: in this one or the last alone where only that one's can be
    (`5/6-98`, retrieved: 5 June 1998; 2098 has not come), so that the hint never offers a day
    the field then refuses; in both, this one's first, where either can be (a term's
    `ends: 14.10.30`), so that the century is never chosen for the writer."""
    readings = date_readings(written)
    if not year_in_two_digits(written):
        return readings
    earlier = date_readings(written, century=1900)
    fitting = [days for days in (readings, earlier) if any(refusal(day) is None for day, _ in days)]
    if fitting:
        return sum(fitting, ())
    # None can be: the last century's where only the document's year refuses them (`5/6-98` of
    # a plan for 2024 is told 1998 is too early, not that 2098 has not come), else this one's.
    return earlier if earlier and all(_no_retrieval_day(day) is None for day, _ in earlier) else readings


def _days_meant(readings: tuple[tuple[datetime.date, str], ...],
                refusal: Callable[[datetime.date], Optional[tuple[str, str]]]) -> str:
    """The hint for a date written otherwise (`date_readings`): the day as it is to be written,
    and named, so that one who meant another (12 May for `5/12`) sees that the hint's is not
    theirs. Where several readings can be the field's (`05/06/2026`: 5 June or 6 May;
    `26-11-22`: 22 November 2026 or 26 November 2022), each is offered with its name, and the
    editor writes the one meant. A day the field cannot be (a retrieval date after today, before
    1990) is named with why, never offered to be written: following the hint gave the next
    error. Where the first reading cannot be one and another can, each is named with what it is
    read first (`läst dag först`), and those that can be offered."""
    refused = [refusal(day) for day, _ in readings]
    said = [swedish_date(day.isoformat()) for day, _ in readings]
    offered = [(day, name) for (day, _), name, why in zip(readings, said, refused) if why is None]
    if refused[0] is None:
        return "skriv " + ", eller ".join(f"{day.isoformat()} om ni menar {name}" for day, name in offered)
    if len(readings) == 1:
        return f"det är {said[0]}, och den dagen {refused[0][0]}; {_RETRIEVAL_DAY}"
    named = [f"läst {first} först {name}" for (_, first), name in zip(readings, said)]
    cannot = [(read, why) for read, why in zip(named, refused) if why is not None]
    if len(cannot) == 1 or len({why for _, why in cannot}) == 1:
        why = refused[0][0] if len(cannot) == 1 else refused[0][1]
        told = (f"{listed([read for read, _ in cannot]).replace(' först ', ' först är det ', 1)}, och "
                f"{'den dagen ' if len(cannot) == 1 else ''}{why}")
    else:  # each for its own reason: one has not come, another is too early for the document
        told = "; ".join(f"{read.replace(' först ', ' först är det ', 1)}, och den dagen {why[0]}" for read, why in cannot)
    if not offered:
        return f"{told}; {_RETRIEVAL_DAY}"
    can = listed([read for read, why in zip(named, refused) if why is None]).replace(" först ", " först är det ", 1)
    if len(offered) == 1:
        return f"{told}; {can}: skriv {offered[0][0].isoformat()} om ni menar den dagen"
    return f"{told}; {can}: skriv " + ", eller ".join(f"{day.isoformat()} om ni menar {name}" for day, name in offered)


_RETRIEVAL_DAY = "skriv dagen då texten hämtades, som ÅÅÅÅ-MM-DD"


def _no_retrieval_day(day: datetime.date) -> Optional[tuple[str, str]]:
    """Why `day` cannot be the day a text was retrieved, said of it and of two such days
    (`har inte varit än`, `ingen av dagarna har varit än`); None where it can be."""
    if day > clock.today():
        return f"har inte varit än ({clock.today_said()})", f"ingen av dagarna har varit än ({clock.today_said()})"
    if day < EARLIEST_RETRIEVED:
        return f"är före {EARLIEST_RETRIEVED.year}", f"båda dagarna är före {EARLIEST_RETRIEVED.year}"
    return None


def _not_future(value: datetime.date) -> datetime.date:
    refused = _no_retrieval_day(value)
    if refused is not None:
        raise ValueError(f"datumet {value.isoformat()} {refused[0]}; skriv dagen då texten hämtades")
    return value


# Editors need not check `format: date`; the pattern lets every one of them flag 22/11/2026, and
# a day the calendar does not have (2026-02-30, 2026-02-29), which `validate` refuses too.
_MONTH_DAYS = ("(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])", "(0[469]|11)-(0[1-9]|[12][0-9]|30)", "02-(0[1-9]|1[0-9]|2[0-8])")
_LEAP_YEAR = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)"
DATE_IN_EDITORS = f"^([0-9]{{4}}-({'|'.join(_MONTH_DAYS)})|{_LEAP_YEAR}-02-29)$"
_DATE_IN_EDITORS = Field(json_schema_extra={"pattern": DATE_IN_EDITORS})
def _retrieval_refusal(context: object) -> Callable[[datetime.date], Optional[tuple[str, str]]]:
    """Why a day cannot be the day a plan's text was retrieved (`_no_retrieval_day`), and, where
    the plan's first year is known (`dating_context`), neither a day more than a year before it
    (`PLATFORM_AHEAD` for an election platform; `checks.check_dating_not_after_retrieval`):
    `retrieved: 24.10.18` of a plan for 2024 was offered 2018-10-24, which the next run refused."""
    context = context if isinstance(context, dict) else {}
    first_year, ahead = context.get("first_year"), context.get("ahead", 1)
    if not isinstance(first_year, int):
        return _no_retrieval_day
    before = f"före {first_year - ahead}, {'året' if ahead == 1 else f'{ahead} år'} före {first_year}, som dokumentet gäller"

    def refusal(day: datetime.date) -> Optional[tuple[str, str]]:
        refused = _no_retrieval_day(day)
        if refused is None and day.year < first_year - ahead:
            return f"är {before}", f"de dagarna är {before}"
        return refused
    return refusal


def dating_context(year: object, start: object, kind: object) -> dict[str, int]:
    """What a plan's `retrieved` is read with (`_retrieval_refusal`): its first year, written in
    four digits (its `year`, or its period's `start`), and how many years before it its text can
    be retrieved; nothing where neither is so written."""
    first = next((int(str(value)) for value in (year, start) if re.fullmatch(YEAR_TEXT, str(value))), None)
    return {} if first is None else {"first_year": first,
                                     "ahead": PLATFORM_AHEAD if kind == "election-platform" else 1}


def _retrieved(value: object, info: ValidationInfo) -> object:
    return _iso_date(value, refusal=_retrieval_refusal(info.context or {}))


RetrievedDate = Annotated[datetime.date, _DATE_IN_EDITORS, BeforeValidator(_retrieved), AfterValidator(_not_future)]


def _whole_score(value: object) -> object:
    """A score is digits as written: `5.0`, `+5`, `05` or `' 5'` are not read as 5. One of 1 to 5
    written with a plus sign or zeros first is offered as a figure is (`+4`: 4), and a whole
    number beyond them (`+6`, `00`, `-4`) is told which bound it passes, where each was told it
    was no whole number."""
    if isinstance(value, str) and not re.fullmatch(SCORE_FORM, value):
        if not _INTEGER.match(value):
            raise ValueError(f"'{value}' är " + "; ".join(NOT_A_SCORE))
        meant = _figure_meant(value) or value  # `-4` is written as read
        if re.fullmatch(SCORE_TEXT, meant):
            raise ValueError(f"'{value}' " + "; ".join(_read_without(value, meant)))
        raise ValueError(f"'{value}' " + "; ".join(_score_beyond(value, meant)))
    return value


def _score_beyond(text: str, meant: str) -> tuple[str, str]:
    """The message and the hint to a whole number beyond a score's bounds written with a sign or
    zeros first (`+6`, `06`, `00`, `-4`), which YAML and the loader leave as text: it was told
    it was no whole number."""
    low = int(meant.replace("\u2212", "-")) < SCORE_BOUNDS[0]
    what, hint = out_of_range(low, SCORE_BOUNDS[0 if low else 1])
    if meant == text:
        return f"är {what}", hint
    return f"{_added_first(text, meant)} och är {what}", hint.rstrip(".") + ", utan plustecken eller nollor först."


SCORE_TEXT = "^[1-5]$"
# {a number's text within its bounds: (every text read as such a number, those below, those
# above, the bounds, and the least and greatest number whose text has that form, as far as an
# editor, which reads `year: 20` as the number 20, can tell: a year of 20 is no four digits;
# None: every whole number, a score of -1 being too low)}
TEXTS_OUT_OF_BOUNDS = {YEAR_TEXT: (YEAR_FORM, YEAR_BELOW, YEAR_ABOVE, YEARS, (1000, 9999)),
                       SCORE_TEXT: (SCORE_FORM, SCORE_BELOW, SCORE_ABOVE, SCORE_BOUNDS, (None, None))}
Score = Annotated[int, Field(ge=SCORE_BOUNDS[0], le=SCORE_BOUNDS[1], description="Ett heltal från 1 till 5."), BeforeValidator(_whole_score),
                  _as_number_or_text({"type": "integer", "minimum": SCORE_BOUNDS[0], "maximum": SCORE_BOUNDS[1]}, SCORE_TEXT, "Ett heltal från 1 till 5.")]

# The booleans of YAML 1.2 (and of the editors' JSON Schema). The schema alone would also
# read `no`, `off`, `n`, `0` as false and `yes`, `on`, `y`, `1` as true: YAML 1.1's guesses.
BOOLEAN_WORDS = {"true", "True", "TRUE", "false", "False", "FALSE"}


def _true_or_false(value: object) -> object:
    if isinstance(value, str) and value not in BOOLEAN_WORDS:
        raise ValueError(f"'{value}' är " + "; ".join(NOT_TRUE_OR_FALSE))
    return value


Flag = Annotated[bool, BeforeValidator(_true_or_false),
                 WithJsonSchema({"anyOf": [{"type": "boolean"}, {"type": "string", "enum": sorted(BOOLEAN_WORDS)}]})]

_INTEGER = re.compile(r"^[+\-\u2212]?[0-9]+$")
_DECIMAL = re.compile(r"^[+\-\u2212]?[0-9]+[.,][0-9]+$")
DECIMAL_MARKS = {",": "komma", ".": "punkt"}
# An editor offers the fields a rule requires (`required`) as one suggestion, named by the
# rule's title: without one, by the schema's ("Plan för Vem lovar vad?").
RULE_TITLES = {"year": "Datering: ett år (year)", "period": "Datering: flera år (period)",
               "undated": "Datering: utan datum (undated)", "decimal": "Decimaltecken (decimal)",
               "status": "Vallöftets läge (status)"}
_MARK = Literal[",", "."]


# A figure of more significant digits than a double holds cannot be written exactly in the
# open data's JSON (whose readers take numbers as doubles): refused, never rounded.
MAX_DIGITS = 15


def _exact_in_data(number: Decimal, written: object) -> Decimal:
    digits = len(number.normalize().as_tuple().digits)
    if digits > MAX_DIGITS:
        raise ValueError(f"'{written}' har {digits} siffror; högst {MAX_DIGITS} kan återges exakt i de öppna "
                         "datafilerna, och talet avrundas aldrig")
    return number


class _Written(str):
    """A figure with a decimal mark, as written, and the decimal mark its table or value
    declares (None: not declared). `Number` reads it only when the two agree. `where` is where
    its `decimal` is written, as a hint names it (`_TABLES_BLOCK`, `_VALUES_BLOCK`)."""

    declared: Optional[str] = None
    where: str = ""


def _parse_number(value: object) -> object:
    """Read a figure exactly as written in a Swedish document: `620,9`, `-46,7`, `−1`, `1250`.

    Whole numbers need nothing more. A figure with a decimal mark is read only with the
    mark declared (`decimal: ","` on its table or value): `1.250` could be 1,25 or 1 250,
    so the mark is never guessed. Thousands separators are refused, never read.
    """
    if isinstance(value, str):
        text = value.strip().replace("\u2212", "-")
        written = figure_as_written(value)
        # A table's figure keeps a plus sign its document writes (`+2,3`, a change), shown so.
        plus = getattr(value, "where", "") == _TABLES_BLOCK and text.startswith("+")
        meant = _figure_meant(value.strip(), plus) if written is not None else None
        declared = getattr(value, "declared", None)
        if meant is not None and written[1] is not None and declared is None:
            # `"+97,7"` with no `decimal`: both faults at once, the figure read and the mark to
            # declare; told the plus alone, the next run refused the mark.
            (plus, write_so), (no_mark, declare) = (_read_without(value.strip(), meant),
                                                    undeclared_mark(written[1], getattr(value, "where", "")
                                                                    or _TABLES_BLOCK))
            raise SignedMark(f"'{value}' {plus}{SIGNED_AND_MARK[0]}{no_mark.removeprefix('har ')}; "
                             f"{write_so}{SIGNED_AND_MARK[1]}{declare}")
        if meant is not None and (written[1] is None or declared not in DECIMAL_MARKS or declared == written[1]):
            raise ValueError(f"'{value}' " + "; ".join(_read_without(value.strip(), meant)))
        if meant is not None:  # and the other mark declared: its hint offers the figure as read (`+97.7`: 97,7)
            text = meant.replace("\u2212", "-")
        if written is not None and written[1] is None:
            return _signed(_exact_in_data(written[0], value), plus)
        if written is None:
            if not any(char.isdigit() for char in text):  # `–` in an empty cell of the document's table
                if any(char.isalpha() for char in text):
                    # `två`: a figure in words, in a table's cell or a measure, where null (for an
                    # empty cell alone) is refused (the editor audit: it was told to write null).
                    raise ValueError(f"'{value}' är inte ett tal; skriv talet med siffror. Är en tabellcell tom "
                                     "eller ett streck i dokumentet, skriv null (utan citattecken)")
                raise ValueError(f"'{value}' är inte ett tal; är cellen tom eller ett streck i dokumentet, skriv null "
                                 "(utan citattecken)")
            # `12 %`, `5 mnkr`: a unit after the figure. The run begins where no such character
            # stands before it: tried at each character of a long run, the search took seconds.
            unit = re.search(r"(?<![^\d\s.,+-])[^\d\s.,+-]+\.?$", text)
            figure = text[:unit.start()].strip() if unit else ""
            if re.fullmatch(r"0[xXoObB][0-9A-Fa-f]+", text):  # `0xF`: a programmer's figure, no unit after a 0
                figure = ""
            if _INTEGER.match(figure) or _DECIMAL.match(figure):
                # Offered as it is read (`+97,7 %` of a value: 97,7), or written so it was refused next for its sign.
                figure = _figure_meant(figure, plus) or figure
                raise ValueError(f"'{value}' är inte ett tal; skriv bara talet ({figure}) här och enheten "
                                 f"({unit.group()}) i fältet unit")
            if mended := sign_mended(text, getattr(value, "where", "") == _TABLES_BLOCK):
                what, offered = mended
                mark = figure_as_written(offered)[1]
                if mark is not None and declared is None:
                    # `"+ 97,7"` with no `decimal`: both faults at once, as `"+97,7"` (`SignedMark`);
                    # told the space alone, the figure so written was refused for its mark.
                    no_mark, declare = undeclared_mark(mark, getattr(value, "where", "") or _TABLES_BLOCK)
                    raise SignedMark(f"'{value}' har {what}{SIGNED_AND_MARK[0]}{no_mark.removeprefix('har ')}; "
                                     f"skriv talet så: {offered}{SIGNED_AND_MARK[1]}{declare}")
                raise ValueError(f"'{value}' har {what}; skriv talet så: {offered}")
            if getattr(value, "where", "") == _TABLES_BLOCK and (interval := _interval(text)):
                raise ValueError(f"'{value}' är {interval}; {AN_INTERVAL_IN_A_TABLE}")
            raise ValueError(f"'{value}' är " + "; ".join(NOT_A_FIGURE))
        number, mark = written
        if declared == _REFUSED_MARK:
            # The table's or value's `decimal` is itself refused, and said so there once: its
            # figures are not each reported as having no mark declared. Never shown: the file
            # has an error.
            return _exact_in_data(number, value)
        if declared is None:
            raise MarkFault(f"'{value}' " + "; ".join(undeclared_mark(mark, getattr(value, "where", "")
                                                                      or _TABLES_BLOCK)), None)
        if declared != mark:
            wrong, as_mark, as_thousands = other_mark(mark, declared)
            # Only a point or comma before three digits can separate thousands: `97.7` was
            # offered "t.ex. 977", ten times the figure, where `97,7` was meant.
            third = (f"{as_thousands} (t.ex. {text.replace(mark, '')})"
                     if re.fullmatch(rf"[-+]?\d{{1,3}}{re.escape(mark)}\d{{3}}", text) else
                     f"står talet med {DECIMAL_MARKS[declared]} i dokumentet, skriv det så ({text.replace(mark, declared)})")
            raise MarkFault(f"'{value}' {wrong}; {as_mark}; {third}", declared)
        return _signed(_exact_in_data(number, value), plus)
    if isinstance(value, int) and not isinstance(value, bool):
        return _exact_in_data(Decimal(value), value)
    return value


def _figure_meant(text: str, plus: bool = False) -> Optional[str]:
    """A figure (`figure_as_written`) as it is read, where it is written with a plus sign or a
    zero before its digits that it is read without (`+15`, `015`, `+0,5`); None where it is
    written as read. YAML and the loader read `015` and `+15` as 15, so the page showed a figure
    other than the one written. With `plus` (a table's figure, shown with its plus) a plus is
    kept, and only zeros first are read without (`+02,3`: +2,3)."""
    sign = text[:1] if text[:1] in "+-\u2212" else ""
    digits = text[len(sign):]
    whole = digits.lstrip("0")
    if not whole[:1].isdigit():
        whole = "0" + whole  # `0,5` and `0` keep their zero
    if plus:
        return None if whole == digits else sign + whole
    return None if sign != "+" and whole == digits else sign.replace("+", "") + whole


def sign_mended(text: str, table: bool) -> Optional[tuple[str, str]]:
    """What is wrong with a figure whose sign is written as its quote may write it (`＋2,3`,
    `+ 2,3`, `- 2,3`: a plus in full width, a space after the sign) and the figure to write: a
    table's figure (`table`) keeps the plus, an ordinary one right before its digits, as a minus
    is written, and zeros first are left out as the figure is read (`_figure_meant`); None for
    any other text. A zero written with both signs (`±0`, `+/-0`: no change) is read as 0 and
    offered so; "inte ett tal" and a figure of 620,9 to copy told not how to enter it."""
    text = text.replace("\u2212", "-")
    both = next((sign for sign in BOTH_SIGNS if text.startswith(sign)), None)
    rest = text[len(both or ""):].lstrip()
    if both and rest[:1].isdigit() and (zero := figure_as_written(rest)) and zero[0] == 0:
        said = "ett plus-minustecken (±)" if both == "\u00b1" else f"tecknen {both}"
        return f"{said} först, som talet läses utan", _figure_meant(rest) or rest
    sign, rest = text[:1], text[1:].lstrip()
    if not ((sign == FULLWIDTH_PLUS or sign in "+-" and rest != text[1:]) and figure_as_written(rest) is not None):
        return None
    kept = "-" if sign == "-" else "+" if table else ""
    what = ("ett plustecken i full bredd (＋) först" if sign == FULLWIDTH_PLUS else
            f"mellanslag efter {'minustecknet' if sign == '-' else 'plustecknet'}")
    return what, _figure_meant(kept + rest, table) or kept + rest


# A zero's two signs at once, as a column of changes writes no change (`sign_mended`).
BOTH_SIGNS = ("\u00b1", "+/-", "+-")
# A table's cell holds one figure: an interval (`±5`, `5–10`) is none, and the row is quoted by an item.
AN_INTERVAL_IN_A_TABLE = ("en tabellruta har ett enda tal, och ett intervall citeras helt: citera raden i en punkt "
                          "under items i stället, med intervallet som i källan")


def _interval(text: str) -> Optional[str]:
    """What a table's cell written as an interval is (`±5`, `+/-5`: from -5 to +5; `5–10`), or
    None: it was told 'inte ett tal' with 620,9 to copy, as though one figure were meant."""
    figure, cent = r"[0-9]+(?:[.,][0-9]+)?", r"(\s*%)?"  # its ends may have a minus and a per cent sign (`-5–10`, `5–10 %`)
    both = re.fullmatch(r"(?:\u00b1|\+/-|\+-)\s*(" + figure + ")" + cent, text)
    if both:
        return f"ett intervall från -{both[1]}{both[2] or ''} till +{both[1]}{both[2] or ''}, inte ett tal"
    end = f"[-\u2212]?{figure}{cent}"
    return "ett intervall, inte ett tal" if re.fullmatch(f"{end}(?:\\s*[-\u2013]\\s*|\\s+till\\s+){end}", text) else None


def _signed(number: Decimal, plus: bool) -> Decimal:
    """`number` as `Plus` where its table's cell writes it with a plus sign (`_parse_number`)."""
    return Plus(number) if plus else number


def _added_first(text: str, meant: str) -> str:
    """What a figure written with a plus or zeros first (`_figure_meant`) has before its digits."""
    zeros = len(text.lstrip("+-\u2212")) - len(meant.lstrip("+-\u2212"))
    added = (["ett plustecken"] if text.startswith("+") and not meant.startswith("+") else []) + (
        ["en nolla" if zeros == 1 else f"{zeros} nollor"] if zeros else [])
    return f"har {listed(added)} först"


def _read_without(text: str, meant: str) -> tuple[str, str]:
    """The message and the hint to a figure written with a plus or zeros first (`_figure_meant`)."""
    return f"{_added_first(text, meant)}, som talet läses utan", f"skriv talet så: {meant}"


class MarkFault(ValueError):
    """A figure written with a decimal mark its table or value does not declare: a fault of the
    declaration more than of the figure, which `load` says once a table. Told by its type, not
    by its words, so that rewording the message cannot change how often it is said. Carries the
    mark declared (None: none), which with the figure's own says which fault it is."""

    def __init__(self, message: str, declared: Optional[str]):
        super().__init__(message)
        self.declared = declared


class SignedMark(ValueError):
    """A figure with a plus sign or a zero first and a decimal mark where none is declared
    (`"+97,7"`): told both, the figure read and the mark to declare. Where its table's other
    figures tell the mark (`MarkFault`, said once a table), `load` tells this one the plus alone,
    cut at `SIGNED_AND_MARK`: told both, the `decimal` to write was told twice."""


# What joins the two faults of a `SignedMark` in its message and in its hint.
SIGNED_AND_MARK = (", och ", " och ")


def undeclared_mark(mark: str, where: str) -> tuple[str, str]:
    """What is wrong with a figure with the decimal mark `mark` where none is declared, and how
    to fix it `where` (`_TABLES_BLOCK`, `_VALUES_BLOCK`): said by `validate` and by the editors."""
    return ("har decimaltecken men inget decimaltecken är angivet",
            f"skriv decimal: \"{mark}\" {where} om {DECIMAL_MARKS[mark]} är decimaltecknet i dokumentet")


# Where a figure's `decimal` is written, as its hint says: a table's figures share one, on the
# table; an indicator's value has its own, beside `value`. Validate said "på tabellen eller
# värdet" for both: an indicator has no table, and a table's row takes no `decimal` (the hint
# audit of session 80).
_TABLES_BLOCK = "på tabellen"
_VALUES_BLOCK = "i samma block som value"


def other_mark(mark: str, declared: str) -> tuple[str, str, str]:
    """A figure with `mark` where the other mark is declared: what is wrong, and the two ways to
    fix it (the mark is the document's decimal mark, or it separates thousands)."""
    name = DECIMAL_MARKS[mark]
    return (f"har {name} men decimaltecknet är angivet som {DECIMAL_MARKS[declared]} (decimal: \"{declared}\")",
            f"är {name} decimaltecknet i dokumentet, skriv decimal: \"{mark}\"",
            # "ett komma", "en punkt"
            f"skiljer {name} tusental, skriv talet utan {'det' if mark == ',' else 'den'}")


def figure_as_written(value: str) -> Optional[tuple[Decimal, Optional[str]]]:
    """A figure as a document writes it (`620,9`, `−1`, `1250`): its value and its decimal
    mark (None for a whole number); None for anything else. Also what `load` reads of a figure
    in an entry the schema refused."""
    text = value.strip().replace("\u2212", "-")
    if _INTEGER.match(text):
        return Decimal(text), None
    if _DECIMAL.match(text):
        return Decimal(text.replace(",", ".")), "," if "," in text else "."
    return None


# The mark of a `decimal` written as something else than "," or "." (`komma`, `{}`).
_REFUSED_MARK = "refused"


def _declare(value: object, declared: object, where: str) -> object:
    """Tag a written figure with its declared decimal mark, or None, and where that is written
    (see `_Written`)."""
    if isinstance(value, str) and not isinstance(value, _Written):
        tagged = _Written(value)
        # The mark as written may be anything (a list, a mapping): `DecimalMark` says what is wrong.
        tagged.declared = (None if declared is None else declared if isinstance(declared, str)
                           and declared in DECIMAL_MARKS else _REFUSED_MARK)
        tagged.where = where
        return tagged
    return value


# `.inf` and `-.inf`, which an editor's reader makes numbers, as editors can mark them: any finite
# number may be a figure (1000000000000000 has one significant digit of MAX_DIGITS).
_FIGURE_BOUNDS = {"minimum": -sys.float_info.max, "maximum": sys.float_info.max}
# No plus sign nor a zero before the digits, which `_parse_number` refuses (`_figure_meant`). An
# editor's YAML reader makes `+15` and `015` the number 15, which no schema tells from 15; "+15"
# and `097,7` stay text, which this marks.
FIGURE_TEXT = "^\\s*[\\-\u2212]?(0|[1-9][0-9]*)([.,][0-9]+)?\\s*$"
NUMBER_DESCRIPTION = "Ett tal som i dokumentet, t.ex. 620,9 eller -46,7; med decimaltecken krävs `decimal`."
Number = Annotated[
    Decimal,
    BeforeValidator(_parse_number),
    Field(description=NUMBER_DESCRIPTION),
    # As text, what `_parse_number` reads: digits with a sign and one decimal mark, nothing else.
    _as_number_or_text({"type": "number", **_FIGURE_BOUNDS}, FIGURE_TEXT, NUMBER_DESCRIPTION),
]
# A table's figure, which keeps a plus sign its document writes (`+2,3` in a column of changes)
# and shows it (`swedish.Plus`): zeros first are still refused, as `FIGURE_TEXT` refuses them.
TABLE_FIGURE_TEXT = "^\\s*[+\\-\u2212]?(0|[1-9][0-9]*)([.,][0-9]+)?\\s*$"
NOT_A_TABLE_FIGURE_IN_EDITORS = (NOT_A_FIGURE[0], NOT_A_FIGURE[1] + " eller nollor först")
TABLE_FIGURE_DESCRIPTION = ("Ett tal som i dokumentet, t.ex. 620,9, -46,7 eller +2,3 (med plustecknet, som det visas); "
                            "med decimaltecken krävs `decimal`.")
TableFigure = Annotated[
    Decimal,
    # Runs after `_parse_number`: pydantic's own reading of a `Decimal` makes a `Plus` a plain one.
    WrapValidator(lambda value, read: _signed(read(value), isinstance(value, Plus))),
    BeforeValidator(_parse_number),
    Field(description=TABLE_FIGURE_DESCRIPTION),
    _as_number_or_text({"type": "number", **_FIGURE_BOUNDS}, TABLE_FIGURE_TEXT, TABLE_FIGURE_DESCRIPTION),
]
# The rule on decimal marks as editors can check it: a figure with a mark needs `decimal` with
# that mark. An editor's YAML reader makes `12.5` a number and keeps `"12,5"` and `12,5` text.
# (`12.0` is a whole number to it, so that one is `validate`'s alone.)
_FIGURE_WITH_MARK = {
    ".": {"anyOf": [{"type": "number", "not": {"type": "integer"}, **_FIGURE_BOUNDS},
                    {"type": "string", "pattern": "^\\s*[+\\-\u2212]?[0-9]+\\.[0-9]+\\s*$"}]},
    ",": {"type": "string", "pattern": "^\\s*[+\\-\u2212]?[0-9]+,[0-9]+\\s*$"},
}


def _marks_declared(where: str, figures_with) -> list[dict]:
    """`if` a figure has a mark (`figures_with` a figure's schema gives the schema of a block
    holding one), `then` its block declares that mark, as `_parse_number` asks: said as a mark
    not declared (`decimal` missing or empty) or as the other mark declared. A `decimal` that is
    no mark at all (`komma`) is its own field's error alone, as in `validate`."""
    rules = []
    for mark, figure in _FIGURE_WITH_MARK.items():
        other = next(other for other in DECIMAL_MARKS if other != mark)
        what, hint = undeclared_mark(mark, where)
        undeclared = said(f"ett tal {what}", hint)
        wrong, *fixes = other_mark(mark, other)
        rules += [
            {"if": {"allOf": [figures_with(figure), {"anyOf": [{"not": {"required": ["decimal"]}},
                                                               {"properties": {"decimal": {"type": "null"}}}]}]},
             "then": {"required": ["decimal"], "errorMessage": undeclared, "title": RULE_TITLES["decimal"],
                      "properties": {"decimal": {"const": mark, "errorMessage": undeclared}}}},
            {"if": {"allOf": [figures_with(figure), {"required": ["decimal"], "properties": {"decimal": {"const": other}}}]},
             "then": {"properties": {"decimal": {"const": mark, "errorMessage": said(f"ett tal {wrong}", *fixes)}}}},
        ]
    return rules


DecimalMark = Annotated[
    Optional[_MARK],
    Field(default=None, description="Decimaltecknet i dokumentet: \",\" eller \".\". Krävs när något tal har decimaler."),
]


def _none_yet() -> list:
    """A list field's default: a new empty list. Not `list` itself: pydantic reads each default
    factory's signature, and a built-in's is parsed from its text by `tokenize`, whose patterns
    were then compiled for it alone (0.9 % of `validate`'s instructions on the real plans)."""
    return []


class Strict(BaseModel):
    """Base of every model: unknown keys are errors, nothing is coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- registries ---------------------------------------------------------------------------
class OtherName(Strict):
    name: ShortText = Field(description="Kommunens officiella namn på språket, som det skrivs, t.ex. Jåhkåmåhkke.")
    lang: MinorityLanguage = Field(description="Språket som språkkod (BCP 47), t.ex. smj för lulesamiska.")


# The word a sentence puts before a municipality's name: i Eskilstuna, på Gotland.
Preposition = Literal["i", "på"]
PREPOSITIONS: tuple[str, ...] = get_args(Preposition)


class Municipality(Strict):
    id: Id = Field(description="Kommunens namn med små bokstäver a–z, siffror och bindestreck, t.ex. `eskilstuna` "
                               "eller `upplands-vasby`; blir adressen till kommunens sidor.")
    name: ShortText = Field(description="Kommunens namn, t.ex. Eskilstuna.")
    county: Optional[County] = Field(default=None, description="Länet, t.ex. Södermanlands län, som länets namn skrivs. "
                                                             "Startsidan grupperar kommunerna efter län.")
    preposition: Preposition = Field(default="i", description=(
        "Ordet före kommunens namn i en mening: i (i Eskilstuna) eller på (på Gotland, på Tjörn). Utelämnas för i."))
    other_names: list[OtherName] = Field(default_factory=_none_yet, max_length=MAX_LIST, description=(
        "Kommunens officiella namn på nationella minoritetsspråk, ett per språk, t.ex. {name: Jåhkåmåhkke, lang: smj}. "
        "Kommunens sida visar dem under namnet, och sökningen hittar kommunen på dem. Bara namn som är officiella; "
        "utelämnas när kommunen inte har några."))


class Actor(Strict):
    id: Id = Field(description="Aktörens id; planfiler för aktören heter `<id>-….yaml`.")
    name: ShortText = Field(description="Fullständigt namn, t.ex. Vänsterpartiet Eskilstuna.")
    short: ShortText = Field(description="Förkortning, t.ex. V.")
    kind: ActorKind = Field(description="party, administration eller other.")
    municipality: Id = Field(description="Kommunens id i registret.")
    url: Optional[Url] = Field(default=None, description="Aktörens webbplats.")


class Topic(Strict):
    id: Id = Field(description="Ämnets id med små bokstäver a–z, siffror och bindestreck, t.ex. `hemloshet`; blir "
                               "adressen till ämnets sidor.")
    name: ShortText = Field(description="Ämnets namn på svenska.")
    description: Text = Field(description="En eller två meningar om vad ämnet omfattar.")
    easy_read: Text = Field(
        description="Lättläst text: vad ämnet är och vilken del kommunen har i det, utan att värdera "
                    "eller säga vad någon gör eller lovar; 2–4 korta meningar. LIX högst 35 (kontrolleras)."
    )
    keywords: list[ShortText] = Field(
        default_factory=_none_yet,
        max_length=MAX_LIST,
        description="Synonymer och delord som väljare kan söka på.",
    )


# A term's day, written otherwise, is told the day it names as a retrieval date is: any day
# may be one (the terms' order is checked across them).
Date = Annotated[datetime.date, _DATE_IN_EDITORS,
                 BeforeValidator(functools.partial(_iso_date, example="skriv ÅÅÅÅ-MM-DD, t.ex. 2026-10-15"))]


class Term(Strict):
    # A term of office (mandatperiod) of the municipal councils. (A comment, not a docstring:
    # a docstring would be the schema's description, which editors show in English.)
    id: Id = Field(description="Periodens id, t.ex. `2022-2026`.")
    name: ShortText = Field(description="Som väljare läser den, t.ex. 2022–2026.")
    starts: Date = Field(description="Första dagen, ÅÅÅÅ-MM-DD (den 15 oktober valåret).")
    ends: Date = Field(description="Sista dagen, ÅÅÅÅ-MM-DD (den 14 oktober nästa valår).")

    @field_validator("ends")
    @classmethod
    def _after_start(cls, ends: datetime.date, info: ValidationInfo) -> datetime.date:
        starts = info.data.get("starts")  # absent when starts is itself wrong
        if starts is not None and ends <= starts:
            raise ValueError(f"mandatperioden slutar {ends.isoformat()}, inte efter att den börjar ({starts.isoformat()}); "
                             "en mandatperiod slutar den 14 oktober fyra år efter att den börjar, t.ex. "
                             "starts: 2030-10-15 och ends: 2034-10-14")
        return ends

    def covers(self, day: datetime.date) -> bool:
        """Whether `day` is within the term, its first and last days included."""
        return self.starts <= day <= self.ends


def election_of(year: int, terms: list[Term]) -> tuple[bool, Optional[Term]]:
    """Whether an election is held in `year` by the registry (a term starts or ends in it), and
    the term that election begins, None where it is not registered yet (a 2030 election, with
    2026–2030 the last term). An election platform of that year is for that term."""
    starting = next((term for term in terms if term.starts.year == year), None)
    return starting is not None or any(term.ends.year == year for term in terms), starting


class MunicipalityRegistry(Strict):
    municipalities: list[Municipality] = Field(max_length=MAX_REGISTRY, description="Kommunerna, en post per kommun.")


class ActorRegistry(Strict):
    actors: list[Actor] = Field(max_length=MAX_REGISTRY, description="Aktörerna, en post per parti eller förvaltning och kommun.")


class TopicRegistry(Strict):
    topics: list[Topic] = Field(max_length=MAX_LIST, description="Ämnena, en post per ämne.")


class TermRegistry(Strict):
    terms: list[Term] = Field(min_length=1, max_length=MAX_LIST, description="Mandatperioderna i tidsordning.")


# --- plans --------------------------------------------------------------------------------
def _start_told_by_end(data: object) -> Optional[str]:
    """What a period's start of two digits can be before its end of four (`period: {start: 20,
    end: 2024}`): the last year before the end that ends in those digits, as the end after a
    start is the first after it (`Period._end_after_start`), and not after the latest a document
    can begin (`_short_years`: `start: 30` before `end: 2040` is 1930, as `year: 30` is, while
    2030 is too far ahead); None where the start is no such year or the end none to read it by."""
    start, end = (data.get("start"), data.get("end")) if isinstance(data, dict) else (None, None)
    if not (isinstance(start, str) and re.fullmatch("[0-9]{2}", start.strip())
            and re.fullmatch(YEAR_FORM, str(end).strip()) and YEARS[0] <= int(end) <= YEARS[1]):
        return None
    end = int(end)
    last = min(end - 1, clock.today().year + PLATFORM_AHEAD)
    meant = last - (last - int(start)) % 100
    # The reading in the end's century, where it is the end or after it, named as the one that
    # cannot be: "bara vara 1921" alone before `end: 2020` read as if 2021 had been thought of.
    in_its_century = end - end % 100 + int(start)
    after = f" ({in_its_century} är inte före end)" if in_its_century > end else ""
    if meant >= YEARS[0] and in_its_century == end:
        # The end's own year (`start: 24` before `end: 2024`) is a period of one year, a `year`:
        # it was offered 1924 alone, a century before.
        return (f"'{start}' är {NOT_A_YEAR[0]}; gäller dokumentet bara {end}, skriv year: {end} i stället för period; "
                f"annars kan två siffror före end: {end} bara vara {meant}: skriv det år som menas, med fyra siffror")
    if meant >= YEARS[0]:
        return (f"'{start}' är {NOT_A_YEAR[0]}; före end: {end} kan två siffror bara vara {meant}{after}: skriv det år "
                "som menas, med fyra siffror")
    # No year from 1900 on before the end ends so (`start: 20` before `end: 1915`).
    return (f"'{start}' är {NOT_A_YEAR[0]}; inget år mellan {YEARS[0]} och end: {end} slutar på {start.strip()}: skriv "
            f"periodens första år med fyra siffror, ett tidigare år än {end}")


class Period(Strict):
    start: PeriodStart = Field(description="Första året.")
    end: Year = Field(description="Sista året.")

    @model_validator(mode="before")
    @classmethod
    def _two_digits_each(cls, data: object) -> object:
        """`period: {start: 98, end: 02}` is told the periods it can be, as `year: 98-02` is
        (`_short_years`): each year alone was offered both centuries, start 2098 too. Told as the
        two fields to write, which fits a period written as a block (`start: 98` on its own line,
        where the error is said) as well as on one line: "skriv period: {start: 1998, end: 2002}",
        written on `start`'s line as told, left the block unreadable (the hint audit). Years
        more than ten apart too (`start: 98, end: 21`, which were told one by one): a
        period's fields hold no month that `_SHORT_SPAN` keeps a span from."""
        years = [data.get(field) for field in ("start", "end")] if isinstance(data, dict) else []
        if len(years) == 2 and all(isinstance(year, str) and re.fullmatch("[0-9]{2}", year.strip()) for year in years):
            readings = _short_years(years[0].strip(), years[1].strip(), dated=True, span=YEARS[1] - YEARS[0])
            if readings:
                raise ValueError(f"start '{years[0]}' och end '{years[1]}' har två siffror; skriv " + ", eller ".join(
                    f"start: {start} och end: {end} om ni menar {start}–{end}" for start, end in readings))
        return data

    @model_validator(mode="wrap")
    @classmethod
    def _start_before_end(cls, data: object, handler: Callable[[object], "Period"]) -> "Period":
        """`start: 20` before `end: 2024` was offered 2020 or 1920, and `start: 21` before `end:
        2020` 2021, after the end: a start of two digits is read with the end as an end is with
        its start (`_end_after_start`), and told at `start` in place of the centuries alone,
        every other fault of the period said with it."""
        try:
            return handler(data)
        except ValidationError as refused:
            told = _start_told_by_end(data)
            if told is None:
                raise
            raise ValidationError.from_exception_data(refused.title, [
                InitErrorDetails(type="value_error", loc=("start",), input=data["start"], ctx={"error": ShortYear(told)})
                if error["loc"] == ("start",) else
                InitErrorDetails(**{key: error[key] for key in ("type", "loc", "input", "ctx") if key in error})
                for error in refused.errors()]) from None

    @field_validator("end", mode="before")
    @classmethod
    def _end_after_start(cls, end: object, info: ValidationInfo) -> object:
        """`end: 98` after `start: 2020` was offered 2098 or 1998, and 1998 is before the start:
        the end is the first year after the start that ends in those digits (`both_years`)."""
        start = info.data.get("start")
        if isinstance(end, str) and re.fullmatch("[0-9]{2}", end.strip()) and isinstance(start, int):
            meant = start - start % 100 + int(end) + (100 if int(end) <= start % 100 else 0)
            if int(end) == start % 100:
                # The start's own year (`end: 24` after `start: 2024`), a period of one year, a `year`:
                # it was told that 2124 is too far ahead, or offered 2098 after `start: 1998`.
                raise ShortYear(f"'{end}' är {NOT_A_YEAR[0]}; gäller dokumentet bara {start}, skriv year: {start} i "
                                "stället för period; annars skriv periodens sista år med fyra siffror, ett senare år "
                                f"än {start}")
            if meant <= YEARS[1]:
                raise ShortYear(f"'{end}' är {NOT_A_YEAR[0]}; efter start: {start} kan två siffror bara vara {meant}: "
                                "skriv det år som menas, med fyra siffror")
            # No year after the start ends so (`end: 19` after `start: 2020`): it was offered 2019 or
            # 1919, each before the start and refused as such when written.
            raise ShortYear(f"'{end}' är {NOT_A_YEAR[0]}; {meant - 100} är före start: {start}, och {meant} ligger "
                            f"för långt fram: skriv periodens sista år med fyra siffror, ett senare år än {start}")
        return end

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.end < self.start:
            raise ValueError(f"slutåret ({self.end}) får inte vara före startåret ({self.start}); skriv det första "
                             "året som start och det sista som end, t.ex. period: {start: 2023, end: 2026}")
        if self.end == self.start:
            # A period is of several years (open data's `period_end`); one year showed as "2021–2021".
            raise ValueError(f"perioden börjar och slutar samma år ({self.start}); skriv year: {self.start} i stället "
                             "för period")
        return self


ARCHIVE_PATTERN = r"^sources/[a-z0-9][a-z0-9._-]*\.txt$"


def written_as_a_date(value: str) -> bool:
    """Whether a text is a date in a form the hints read: `2026-03-01` (a day of the calendar or
    not), `mars 2026`, `5/3/2026` (`swedish.month_meant`, `swedish.date_readings`)."""
    return bool(DATE_PATTERN.fullmatch(value.strip()) or month_meant(value) or date_readings(value))


def _no_date(value: str) -> str:
    """A document's publisher is a name: `publisher: mars 2026` (or `2026-03-01`, `5/3/2026`),
    the document's date written in the field nearest to "published", passed as a publisher's
    name (review of session 90)."""
    if written_as_a_date(value):
        raise ValueError(f"'{value}' är ett datum, inte den som gav ut dokumentet; skriv utgivarens namn (t.ex. "
                         "Socialnämnden) eller ta bort fältet. Dagen då texten hämtades står i `retrieved`, och året "
                         "dokumentet gäller i planens `year`")
    return value


Publisher = Annotated[ShortText, AfterValidator(_no_date)]


class Source(Strict):
    title: ShortText = Field(description="Dokumentets titel som den står i källan.")
    url: Optional[Url] = Field(default=None, description="Var dokumentet finns publicerat.")
    archive: Annotated[str, StringConstraints(pattern=ARCHIVE_PATTERN)] = Field(
        description="Sökväg till den arkiverade texten i repot, t.ex. `sources/eskilstuna-v-….txt`."
    )
    retrieved: RetrievedDate = Field(description="Datum då texten hämtades, ÅÅÅÅ-MM-DD.")
    publisher: Optional[Publisher] = Field(default=None, description="Vem som gav ut dokumentet.")


class Reference(Strict):
    title: ShortText = Field(description="Källans titel.")
    url: Optional[Url] = Field(default=None, description="Var källan finns publicerad.")
    note: Optional[Text] = Field(default=None, description="Vad källan visar.")


class Attribution(Strict):
    claim: Text = Field(description="Vem eller var dokumentet kommer ifrån, när dokumentet inte själv säger det.")
    sources: list[Reference] = Field(min_length=1, max_length=MAX_LIST, description="Offentliga källor som stöder påståendet.")


class Measure(Strict):
    value: Number
    decimal: DecimalMark
    unit: ShortText = Field(description="Enhet som citatet skriver den efter talet (eller tabellhuvudet ovanför), t.ex. `%` eller `kr/invånare`; för ett antal det som räknas.")
    year: Optional[Year] = Field(default=None, description="Året värdet gäller, som dokumentet skriver det (helst i citatet).")
    approximate: Flag = Field(default=False, description="true om citatet har ”ca”, ”cirka”, ”ungefär” eller ”omkring” före talet, annars false.")
    label: Optional[ShortText] = Field(default=None, description="Vad värdet mäter, om det skiljer sig från indikatorn.")

    model_config = ConfigDict(json_schema_extra={"allOf": _marks_declared(
        _VALUES_BLOCK, lambda figure: {"required": ["value"], "properties": {"value": figure}})})

    @model_validator(mode="before")
    @classmethod
    def _declare_decimal(cls, data: object) -> object:
        if isinstance(data, dict) and "value" in data:
            data = dict(data, value=_declare(data["value"], data.get("decimal"), _VALUES_BLOCK))
        return data


class Indicator(Strict):
    baseline: Optional[Measure] = Field(default=None, description="Ingångsvärde: värdet som citatet ger efter ”Ingångsvärde”, eller utan sådant ord.")
    target: Measure = Field(description="Målvärde: värdet som citatet ger efter ”Målvärde”, eller utan sådant ord.")
    data_source: Optional[ShortText] = Field(default=None, description="Datakälla som citatet, eller tabellen det är en rad av, namnger, t.ex. Kolada.")


class PromiseStatus(Strict):
    state: PromiseState = Field(description="done, partly, not-started eller unknown (texten tar upp löftet men säger inte hur långt det har kommit).")
    note: Text = Field(description="Vad dokumentet säger om läget, med egna ord.")


class Risk(Strict):
    probability: Score = Field(description="Sannolikhet 1–5, som citatet ger den.")
    consequence: Score = Field(description="Konsekvens 1–5, som citatet ger den.")
    control: Text = Field(description="Kontrollmoment, ordagrant som källan ger det vid risken: en hel ruta i riskens tabell eller vad som står efter »Kontrollmoment:».")
    frequency: Text = Field(description="Frekvens, när kontrollen rapporteras, ordagrant som i källan.")
    method: Text = Field(description="Metod, ordagrant som i källan.")


# A topic once in an entry's topics (`checks.check_topics_not_repeated`), and a column once in a
# table's columns (`checks.check_table_columns_once`) and a row's approximate, as editors can check it.
_ONCE_EACH = {"uniqueItems": True}

FOLLOW_UP_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]+(-[a-z0-9]+)*$"
FollowUpRef = Annotated[str, StringConstraints(pattern=FOLLOW_UP_PATTERN, max_length=161)]


# A part of an item that belongs to one kind: (field, kind, what is wrong, how to fix it).
KIND_PARTS = (
    ("status", "promise", "status hör bara till punkter med kind: promise",
     # (Only a follow-up's promise has one: the hint audit followed "skriv kind: promise" in a
     # party's platform into the next error.)
     "ta bort status, eller skriv kind: promise om punkten är ett vallöfte och dokumentet en uppföljning av "
     "vallöften (kind: promise-follow-up)"),
    ("risk", "risk", "risk hör bara till punkter med kind: risk",
     "ta bort risk, eller skriv kind: risk om punkten är en risk i nämndens riskanalys"),
)


def _parts_fault(kind: str, has_status: bool, has_risk: bool) -> Optional[str]:
    given = {"status": has_status, "risk": has_risk}
    for field, owner, what, hint in KIND_PARTS:
        if given[field] and kind != owner:
            return f"{what}, och den här har kind: {kind}; {hint}"
    return None


def _parts_in_editors() -> list[dict]:
    """`_parts_fault` as editors can check it: on an item of another (known) kind, the part is
    not given."""
    return [{"if": {"required": ["kind"], "properties": {"kind": {"enum": [k for k in ITEM_KINDS if k != owner]}}},
             "then": {"properties": {field: {"type": "null", "errorMessage": said(what, hint, capital=False)}}}}
            for field, owner, what, hint in KIND_PARTS]


def _quote_long_enough_in_editors() -> dict:
    """An item's quote long enough to prove it, unless it has an indicator
    (`checks.check_quotes_meaningful`), as editors can check it: words and characters as
    JavaScript's patterns count them, a letter and its marks apart (`validate` counts the text
    as read, composed)."""
    long_enough = fr"^\s*(\S+(\s+\S+){{{MIN_QUOTE_WORDS - 1}}}|\S[\s\S]{{{MIN_QUOTE_CHARS - 2},}}\S)"
    no_indicator = {"anyOf": [{"not": {"required": ["indicator"]}},
                              {"required": ["indicator"], "properties": {"indicator": {"type": "null"}}}]}
    return {"if": no_indicator, "then": {"properties": {"quote": {
        "pattern": long_enough, "patternErrorMessage": said(f"citatet är för kort {QUOTE_TOO_SHORT[0]}", QUOTE_TOO_SHORT[1])}}}}


class Item(Strict):
    id: Id = Field(description="Unikt i planen; blir ankare i webbadressen (#id). Ändra inte i onödan.")
    kind: ItemKind = Field(description="Typ av punkt: goal, priority, saving, assignment, …")
    text: Text = Field(description="Punkten med dokumentets egna ord eller en trogen sammanfattning.")
    detail: Optional[Text] = Field(default=None, description="Mer om punkten.")
    topics: list[Id] = Field(default_factory=_none_yet, max_length=50, json_schema_extra=_ONCE_EACH, description="Ämnen ur registret som punkten faktiskt handlar om. Nämner ett åtagande ett ämne vid namn, ska ämnet stå här.")
    quote: Text = Field(description="Ordagrant citat ur källtexten. Kontrolleras mot den arkiverade texten.")
    locator: ShortText = Field(description="Var i källan: rubriker från den yttersta, åtskilda med komma, t.ex. `Mål, Bostad` eller `Mål, punkt 3`.")
    indicator: Optional[Indicator] = Field(default=None, description=(
        "För en indikator, eller ett mål med ett tal att nå: ingångsvärde (baseline) och målvärde (target), var "
        "och en med value, unit och `decimal: \",\"` om talet har decimaler; talen ska stå i citatet."))
    status: Optional[PromiseStatus] = Field(default=None, description=(
        "Bara för kind: promise i en uppföljning: läget (state) och vad dokumentet säger (note)."))
    risk: Optional[Risk] = Field(default=None, description="Bara för kind: risk: sannolikhet och konsekvens (som citatet ger dem), kontrollmoment, frekvens och metod (control, frequency, method).")
    follows_up: Optional[FollowUpRef] = Field(
        default=None,
        description="För en punkt i en uppföljning av vallöften (`kind: promise-follow-up`): aktörens eget löfte som "
                    "den följer upp, som `<planens id>#<punktens id>`. Andra aktörers löften följs upp i deras egna "
                    "uppföljningar.")

    model_config = ConfigDict(json_schema_extra={"allOf": [*_parts_in_editors(), _quote_long_enough_in_editors()]})

    @model_validator(mode="after")
    def _parts_match_kind(self) -> "Item":
        fault = _parts_fault(self.kind, self.status is not None, self.risk is not None)
        if fault:
            raise ValueError(fault)
        return self

    @staticmethod
    def fault_as_written(data: dict) -> Optional[str]:
        """The rule across the item's fields, on an item the schema refused for a fault of
        one of them: said at once, when the fields it reads are as they should be."""
        kind = data.get("kind")
        if not isinstance(kind, str) or kind not in ITEM_KINDS:
            return None
        return _parts_fault(kind, data.get("status") is not None, data.get("risk") is not None)


class TableRow(Strict):
    label: ShortText = Field(description="Radens rubrik som i dokumentet.")
    values: list[Optional[TableFigure]] = Field(max_length=50, description="Talen i raden, i kolumnernas ordning.")
    quote: Text = Field(description="Raden ordagrant ur källan.")
    approximate: list[ShortText] = Field(default_factory=_none_yet, max_length=50, json_schema_extra=_ONCE_EACH, description=(
        "Kolumnerna (rubrikerna som i `columns`) vars tal citatet skriver med ”ca”, ”cirka”, ”ungefär” eller ”omkring” "
        "före; de visas med ”ca”."))


class Table(Strict):
    id: Id = Field(description="Unikt i planen, med små bokstäver a–z, siffror och bindestreck; blir ankare i "
                               "webbadressen (#id), t.ex. `resultatbudget`.")
    caption: ShortText = Field(description="Tabellens rubrik som den står ovanför tabellen i dokumentet.")
    unit: ShortText = Field(description="Enhet för talen som källan ger den vid tabellen, t.ex. mnkr.")
    decimal: DecimalMark
    columns: list[ShortText] = Field(min_length=1, max_length=50, json_schema_extra=_ONCE_EACH, description=(
        "Kolumnernas rubriker som i tabellhuvudet och i dess ordning, t.ex. årtalen."))
    rows: list[TableRow] = Field(min_length=1, max_length=MAX_LIST, description="Raderna i dokumentets ordning.")
    locator: ShortText = Field(description="Var i källan tabellen står, som för en punkt.")
    topics: list[Id] = Field(default_factory=_none_yet, max_length=50, json_schema_extra=_ONCE_EACH,
                             description="Ämnen ur registret som tabellen faktiskt handlar om.")

    model_config = ConfigDict(json_schema_extra={"allOf": _marks_declared(_TABLES_BLOCK, lambda figure: {
        "required": ["rows"], "properties": {"rows": {"type": "array", "contains": {
            "type": "object", "required": ["values"], "properties": {"values": {"type": "array", "contains": figure}}}}}})})

    def approximate_in(self, row: TableRow) -> list[bool]:
        """Which of `row`'s figures, column by column, the site shows with "ca"."""
        return [column in row.approximate for column in self.columns]

    def shown_in(self, row: TableRow) -> list[str]:
        """`row`'s figures, column by column, as the site shows them: "ca" where approximate, the
        document's plus and a zero's minus kept (`figure`), "–" where missing. `+2,3` and `2,3`
        read alike but are shown apart, and a summary or message comparing rows compares these."""
        return ["–" if value is None else ("ca " if approximate else "") + figure(value)
                for value, approximate in zip(row.values, self.approximate_in(row))]

    @model_validator(mode="before")
    @classmethod
    def _declare_decimal(cls, data: object) -> object:
        if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
            return data
        rows = [dict(row, values=[_declare(v, data.get("decimal"), _TABLES_BLOCK) for v in row["values"]])
                if isinstance(row, dict) and isinstance(row.get("values"), list) else row for row in data["rows"]]
        return dict(data, rows=rows)

    @model_validator(mode="after")
    def _rows_fit_columns(self) -> "Table":
        fault = _misfit(len(self.columns), [(index, len(row.values)) for index, row in enumerate(self.rows)])
        if fault:
            raise ValueError(fault)
        return self

    @staticmethod
    def fault_as_written(data: dict) -> Optional[str]:
        """The rule across the table's fields, on a table the schema refused for another
        fault (a wrong `decimal`, a wrong figure): the rows' lengths as written, for every
        row whose values are a list."""
        columns, rows = data.get("columns"), data.get("rows")
        if not isinstance(columns, list) or not isinstance(rows, list):
            return None
        return _misfit(len(columns), [(index, len(row["values"])) for index, row in enumerate(rows)
                                      if isinstance(row, dict) and isinstance(row.get("values"), list)], len(rows))


def _misfit(columns: int, lengths: list[tuple[int, int]], rows: Optional[int] = None) -> Optional[str]:
    """Every row that does not fit its table's columns, in one message: a party office fixes
    them in one round. `rows`: how many rows the table has, where `lengths` leaves out some
    (those whose values are no list)."""
    wrong = [(index, values) for index, values in lengths if values != columns]
    if not wrong:
        return None
    if len(wrong) == (len(lengths) if rows is None else rows) > 1 and len({values for _, values in wrong}) == 1:
        # The columns are what is off, more likely than every row (the editor audit: ten rows named one by one).
        said = f"alla {len(wrong)} rader har {count(wrong[0][1], 'värde', 'värden')}"
        hint = ("skriv en rubrik i columns för varje kolumn i dokumentets tabell, eller ett värde per kolumn på "
                "varje rad")
    else:
        by_count: dict[int, list[str]] = {}
        for index, values in wrong:
            by_count.setdefault(values, []).append(f"rows[{index}]")
        said = listed([f"{listed(indexes)} har {count(values, 'värde', 'värden')}" for values, indexes in by_count.items()])
        hint = "skriv ett värde per kolumn, i kolumnernas ordning"
    if any(values > columns for _, values in wrong):
        # `[84,6, 75,9]` is four values to YAML: the comma also separates the list.
        hint += ('. Ett tal med decimalkomma skrivs inom citattecken, som "84,6", och tabellen behöver '
                 'decimal: ","; utan citattecken delar kommat talet i två')
    return f"{said}, men tabellen har {count(columns, 'kolumn', 'kolumner')}; {hint}"


class Section(Strict):
    heading: ShortText = Field(description=(
        "Avsnittets rubrik som i dokumentet (flera av dess rubriker åtskilda med ” – ”)."))
    items: list[Item] = Field(default_factory=_none_yet, max_length=MAX_LIST,
                              description="Punkterna i avsnittet, en per mål, förslag, löfte eller uppdrag.")
    tables: list[Table] = Field(default_factory=_none_yet, max_length=50, description=(
        "Tabeller med tal ur dokumentet (id, caption, unit, decimal, columns, rows, locator); "
        "`decimal: \",\"` krävs när något tal har decimaler; radens citat börjar med dess rubrik, och talen står där i kolumnernas ordning."))


class Exclusion(Strict):
    quote: Text = Field(description="Stycket eller listpunkten i källan som medvetet inte blivit en punkt.")
    reason: Text = Field(description="Varför den lämnas utanför.")


# Rules across a plan's fields that `checks` owns (with every other error of the file), as
# (what is wrong, how to fix it); the editors' schema says them too (`_plan_rules_in_editors`).
FOLLOW_UP_STATUS = ("en uppföljning av vallöften (kind: promise-follow-up) har status: follow-up",
                    "skriv status: follow-up")
STATUS_OUTSIDE_FOLLOW_UP = ("status hör bara till löften i en uppföljning av vallöften (kind: promise-follow-up)",
                            "ta bort status, eller ändra dokumentets kind om det är en uppföljning av vallöften")
PROMISE_WITHOUT_STATUS = (
    "löftet saknar status: i en uppföljning säger varje löfte hur långt det har kommit enligt texten",
    "lägg till ett block status med state (done, partly, not-started eller unknown) och note, som i guidens "
    "exempel; säger texten inte hur långt löftet har kommit, skriv state: unknown")
FOLLOWS_UP_OUTSIDE_FOLLOW_UP = (
    "follows_up hör bara till punkter i en uppföljning av vallöften (kind: promise-follow-up)",
    "ta bort follows_up, eller ändra dokumentets kind om det är en uppföljning av vallöften")
DATING_INFERRED = ("dating_inferred gäller ett härlett år eller en härledd period, och då förklarar dating_note hur "
                   "det har härletts", "skriv year eller period och en dating_note, eller ta bort dating_inferred")


def _plan_rules_in_editors() -> list[dict]:
    def each_item(rule: dict) -> dict:  # the `sections` property of a plan whose every item holds `rule`
        return {"sections": {"items": {"properties": {"items": {"items": rule}}}}}
    follow_up = {"required": ["kind"], "properties": {"kind": {"const": "promise-follow-up"}}}
    given = {"not": {"type": "null"}}
    other_kind = {"required": ["kind"], "properties": {"kind": {"enum": [k for k in PLAN_KINDS if k != "promise-follow-up"]}}}
    return [
        # (`status:` with no value is its own field's error alone.)
        {"if": {"required": ["kind", "status"], "properties": {"kind": {"const": "promise-follow-up"}, "status": given}},
         "then": {"properties": {"status": {"const": "follow-up", "errorMessage": said(*FOLLOW_UP_STATUS)}}}},
        {"if": follow_up, "then": {"properties": {
            **each_item({"if": {"required": ["kind"], "properties": {"kind": {"const": "promise"}}},
                         "then": {"required": ["status"], "errorMessage": said(*PROMISE_WITHOUT_STATUS), "title": RULE_TITLES["status"],
                                  "properties": {"status": {"type": "object", "errorMessage": said(*PROMISE_WITHOUT_STATUS)}}}})}}},
        # A status on an item of another kind is the item's own rule (`_parts_in_editors`).
        {"if": other_kind, "then": {"properties": each_item({
            "properties": {"follows_up": {"type": "null", "errorMessage": said(*FOLLOWS_UP_OUTSIDE_FOLLOW_UP, capital=False)}},
            "if": {"required": ["kind"], "properties": {"kind": {"const": "promise"}}},
            "then": {"properties": {"status": {"type": "null", "errorMessage": said(*STATUS_OUTSIDE_FOLLOW_UP, capital=False)}}}})}},
        # An inferred dating is a year or a period, explained: marked on `dating_inferred`, as
        # `validate` marks it.
        {"if": {"required": ["dating_inferred"], "properties": {"dating_inferred": {"enum": [True, *sorted(
                    word for word in BOOLEAN_WORDS if word.lower() == "true")]}},
                "anyOf": [{"not": {"required": ["dating_note"], "properties": {"dating_note": given}}},
                          {"required": ["undated"], "properties": {"undated": given}}]},
         "then": {"properties": {"dating_inferred": {"const": False, "errorMessage": said(*DATING_INFERRED, capital=False)}}}},
    ]


def _plan_in_editors() -> dict:
    dating = _one_dating_in_editors()
    return {"anyOf": dating["anyOf"], "allOf": dating["allOf"] + _plan_rules_in_editors()}


DATINGS = ("year", "period", "undated")
_DATING_ONE = "Ett dokument har precis ett av year, period och undated, med ett värde."
DATING_ONE = ("ange precis ett av year, period eller undated",
              "skriv year: 2024 för ett år, period: {start: 2023, end: 2026} för flera år eller undated: \"…\" "
              "(vad som är känt) för ett dokument utan datum")


def _one_dating_in_editors() -> dict:
    """Exactly one of year, period and undated, with a value, as editors can say it in Swedish:
    at least one (`anyOf`, whose `required` carries the message), and no other beside one given
    (`if`/`then`; a `oneOf` or a `not` is said only in the editor's English). A key with no
    value, `year:`, counts as not given, as in `checks.check_one_dating`."""
    message = said(*DATING_ONE)
    given = {"type": ["string", "number", "boolean", "object", "array"], "errorMessage": message}
    return {
        "anyOf": [{"required": [name], "errorMessage": message, "title": RULE_TITLES[name],
                   "properties": {name: {**given, "description": _DATING_ONE}}} for name in DATINGS],
        "allOf": [{"if": {"required": [name], "properties": {name: {"not": {"type": "null"}}}},
                   "then": {"properties": {other: {"type": "null", "errorMessage": message}
                                           for other in DATINGS if other != name}}} for name in DATINGS],
    }


class Plan(Strict):
    id: Id = Field(description="Samma som filnamnet utan .yaml; börjar med aktörens id.")
    actor: Id = Field(description="Aktörens id i registret.")
    municipality: Id = Field(description="Kommunens id i registret; samma kommun som aktörens.")
    body: ShortText = Field(description="Nämnd eller område, t.ex. Socialnämnden.")
    year: Optional[DocumentYear] = Field(default=None, description="Året dokumentet gäller.")
    period: Optional[Period] = Field(default=None, description="Om dokumentet gäller flera år.")
    undated: Optional[Text] = Field(default=None, description="Om dokumentet saknar datum: förklara vad som är känt.")
    dating_note: Optional[Text] = Field(default=None, description="Hur året eller perioden har bestämts.")
    dating_inferred: Flag = Field(default=False, description=(
        "true när året eller perioden inte står i dokumentet utan är härledd ur texten; förklara hur i dating_note. "
        "Webbplatsen skriver då ”ca” före året."))
    kind: PlanKind = Field(description="Vilken sorts dokument det är.")
    status: PlanStatus = Field(description="Dokumentets status.")
    title: ShortText = Field(description=(
        "Dokumentets titel som den visas på webbplatsen, på svenska; dokumentets egen titel på ett annat språk står "
        "i source.title."))
    language: DocumentLanguage = Field(default="sv", description=(
        "Dokumentets språk som språkkod (BCP 47), t.ex. en för engelska eller fi för finska; utelämnas för svenska. "
        "Citaten och den arkiverade texten märks med språket, och dokumentets sida säger vilket det är."))
    source: Source = Field(description="Var texten kommer ifrån: ett block med fälten nedan.")
    attribution: Optional[Attribution] = Field(default=None, description=(
        "Bara när dokumentet inte själv säger vem som skrivit det: vem, och offentliga "
        "källor som visar det (claim, sources)."))
    summary: Text = Field(description="Kort, neutral sammanfattning av dokumentet.")
    sections: list[Section] = Field(min_length=1, max_length=MAX_LIST,
                                    description="Dokumentets avsnitt i dokumentets ordning, minst ett.")
    excluded: list[Exclusion] = Field(default_factory=_none_yet, max_length=MAX_LIST, description=(
        "Listpunkter eller stycken i källtexten som medvetet inte blivit punkter, var och en "
        "med citat (quote) och skäl (reason)."))

    # Exactly one of year, period and undated: a rule across fields, so `checks` owns it
    # (there it is reported together with every other error of the file). The editors'
    # schema says it too, so that an editor marks a plan with two of them or none.
    # (A key with no value, `year:`, counts as not given, in both.)
    model_config = ConfigDict(json_schema_extra=_plan_in_editors())

    def items(self):
        """Every item in document order."""
        return [item for section in self.sections for item in section.items]

    @functools.cached_property
    def entries(self) -> tuple[tuple[tuple, Item | Table], ...]:
        """Every item and table with its place in the plan (`("sections", 0, "items", 2)`),
        section by section, each section's items before its tables. Made once for the plan (a
        frozen model): the checks walk them some thirty times, and making them on each walk
        took 0.17 s of `validate` at 1,000 plans (`make bench`)."""
        return tuple((("sections", s_index, kind, index), entry)
                     for s_index, section in enumerate(self.sections)
                     for kind, entries in (("items", section.items), ("tables", section.tables))
                     for index, entry in enumerate(entries))

    @functools.cached_property
    def items_having(self) -> dict[str, tuple[tuple[tuple, Item], ...]]:
        """The items that have an `indicator`, and those that have a `risk`, by that field,
        each with its place as in `entries`. Made in one walk for the plan: seven checks ask
        for them, where each walked every item to find the few (0.023 s of processor time at
        1,000 plans, 0.012 s so; cProfile's own cost per step made it look like 0.44 s)."""
        having: dict[str, list[tuple[tuple, Item]]] = {"indicator": [], "risk": []}
        for loc, entry in self.entries:
            if isinstance(entry, Item):
                if entry.indicator is not None:
                    having["indicator"].append((loc, entry))
                if entry.risk is not None:
                    having["risk"].append((loc, entry))
        return {field: tuple(found) for field, found in having.items()}

    def tables(self):
        return [table for section in self.sections for table in section.tables]


# The fields every plan has at its top level (`id`, `actor`, `title`, `sections` …): two of them
# there make a file in sources/ a plan, not a document's text (`load._holds_plan`).
REQUIRED_PLAN_FIELDS = frozenset(name for name, field in Plan.model_fields.items() if field.is_required())
