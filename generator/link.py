"""The linked site model: topic ↔ items ↔ plans ↔ actors ↔ municipality, linked both ways,
with every figure a page shows computed here, once.

What counts: an actor *addresses* a topic with every item and every table of its
documents tagged with that topic; each counts as one (`Mentions.count`). Pages, the
matrix and the indexes all show that one number. Order is neutral and documented:
municipalities, actors and topics alphabetically by name (Swedish collation), an actor's
documents newest first; never by how much anyone wrote.

How current: every dated document belongs to a term of office (`registry/terms.yaml`),
the one that contains 1 July of its year (or of its period's first year); undated
documents belong to none. The current term is the one that contains the build date, and a
dated target (an indicator's target year) is past when its year is before the build
date's year.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

import icu

from . import clock, model, paths
from .coverage import SourceCoverage, measure
from .lines import split_lines
from .letters import width
from .load import Inputs
from .quotes import SourceText
from .readability import Readability, readability
from .swedish import (NBSP, POSITION_WORD, figure, listed, shorten, swedish_date, typed_plainly,
                      unit_added, unit_explained)

_COLLATOR = icu.Collator.createInstance(icu.Locale("sv_SE"))
# Numbers within a name by their value, as a reader counts: "Lista 9" before "Lista 10".
_COLLATOR.setAttribute(icu.UCollAttribute.NUMERIC_COLLATION, icu.UCollAttributeValue.ON)


def swedish_key(text: str) -> bytes:
    """Sort key in Swedish alphabetical order (å, ä, ö after z; Á, Ç, Ñ with their base letter;
    a number by its value)."""
    return _COLLATOR.getSortKey(text)


def document_order(plan: "Plan") -> tuple:
    """Where a document stands in every list of documents: by its municipality's name, its
    actor's name, then newest first by its (last) year, then by title (README, *Neutral order*)."""
    actor = plan.actor
    return (swedish_key(actor.municipality.name), actor.municipality.id, swedish_key(actor.name), actor.id,
            -(plan.newest_year or 0), swedish_key(plan.data.title), plan.id)


class _Linked:
    """Objects that point at each other: a short repr (the default one would follow every link)."""

    def __repr__(self) -> str:
        name = getattr(self, "id", None) or getattr(getattr(self, "topic", None), "id", "")
        return f"<{type(self).__name__} {name}>"


class _FromData(_Linked):
    """An object of the site model made from one declared entry (`data`), named by its id."""

    data: Any

    @property
    def id(self) -> str:
        return self.data.id


class _Named(_FromData):
    @property
    def name(self) -> str:
        return self.data.name

    @property
    def widest_word(self) -> int:
        """Hundredths of an em of the widest word of its name (`model.widest_word`): the room a
        page's heading needs for it on a phone with large text (`--vlv-widest` in extra.css)."""
        return model.widest_word(self.name)

    @property
    def widest_bold_word(self) -> int:
        """As `widest_word`, in bold letters: a matrix's row name (a table's heading cell)."""
        return model.widest_word(self.name, bold=True)


GROUP_OF_KIND = {kind: group for group, (_, _, kinds) in model.ITEM_GROUPS.items() for kind in kinds}


# --- the objects ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RiskBand:
    id: str
    label: str
    low: int  # lowest and highest score of the band
    high: int


RISK_BANDS = tuple(RiskBand(band, label, low, (model.RISK_BANDS[i + 1][0] - 1) if i + 1 < len(model.RISK_BANDS) else 25)
                   for i, (low, band, label) in enumerate(model.RISK_BANDS))


@dataclass(frozen=True)
class RiskLevel:
    score: int  # probability × consequence, 1–25
    band: str  # id of the band in model.RISK_BANDS
    label: str


def risk_level(probability: int, consequence: int) -> RiskLevel:
    score = probability * consequence
    low, band, label = [b for b in model.RISK_BANDS if b[0] <= score][-1]
    return RiskLevel(score, band, label)


@dataclass(eq=False, repr=False)
class Term(_Linked):
    """A term of office; `current` when it contains the build date, `upcoming` when it starts
    after it (an election platform written before the election is for the term it begins)."""

    data: model.Term
    current: bool = False
    upcoming: bool = False

    @property
    def id(self) -> str:
        return self.data.id

    @property
    def name(self) -> str:
        return self.data.name


@dataclass(frozen=True)
class OtherName:
    """One of a municipality's official names in a minority language, once however many of
    its languages name it so (Kiiruna, Finnish and Meänkieli): `lang`, the first one's tag, is
    the one its element is marked with, and `languages` what the page says of them in Swedish
    (`finska och meänkieli`)."""

    name: str
    langs: tuple[str, ...]

    @property
    def lang(self) -> str:
        return self.langs[0]

    @property
    def languages(self) -> str:
        return listed([model.MINORITY_LANGUAGES[lang] for lang in self.langs])


def other_names(written: list[model.OtherName]) -> tuple[OtherName, ...]:
    """A municipality's names in the minority languages, in the registry's order, each name once."""
    langs: dict[str, list[str]] = {}
    for other in written:
        langs.setdefault(other.name, []).append(other.lang)
    return tuple(OtherName(name, tuple(tags)) for name, tags in langs.items())


# Each kind's word (`model.Actor.kind`) for one and for several, in the definite form
# ("partiet") and in the form after a possessive ("kommunens parti").
_KIND_WORDS = {
    "party": {True: ("partiet", "partierna"), False: ("parti", "partier")},
    "administration": {True: ("förvaltningen", "förvaltningarna"), False: ("förvaltning", "förvaltningar")},
}


_ACTOR_WORDS = {True: ("aktören", "aktörerna"), False: ("aktör", "aktörer")}  # any kind, as `_KIND_WORDS`


def who(kinds: list[str], definite: bool = True) -> str:
    """A municipality's actors named by their kinds (`model.Actor.kind`, one per actor), each
    kind by its number: "partiet", "partierna och förvaltningen", "partiet och förvaltningarna"
    (a municipality may have several committees, each an administration of its own). Where
    another kind is among them, or none is, "aktörerna", "aktören" of one. Not `definite`, as
    after a possessive: "partier och förvaltning", "aktörer", "aktör"."""
    counts = [(kind, kinds.count(kind)) for kind in _KIND_WORDS]
    if not kinds or sum(count for _, count in counts) < len(kinds):
        return _ACTOR_WORDS[definite][len(kinds) != 1]
    return " och ".join(_KIND_WORDS[kind][definite][count > 1] for kind, count in counts if count)


def theirs(kinds: list[list[str]]) -> str:
    """The actors of any one municipality, each given by its actors' kinds (`model.Actor.kind`),
    named after a possessive, where a sentence speaks of each in turn ("Välj din kommun för att se
    vad dess partier och förvaltning …"): by their kinds and number (`who`) where every one has
    alike, else "aktörer", or "aktör" where every one has one. "partier och förvaltning" was said
    of Falun too, whose one actor is a party. Hugo's stand-in (bench/hugo_site.py) says it alike."""
    named = {who(each, definite=False) for each in kinds}
    if len(named) == 1:
        return named.pop()
    return _ACTOR_WORDS[False][not kinds or any(len(each) != 1 for each in kinds)]


def documents_from(plans: int) -> str:
    """How a sentence begins that names whose documents of `plans` it means: "dokumentet från"
    of one, as an actor's and a municipality's pages say it, else "dokumenten från"."""
    return "dokumentet från" if plans == 1 else "dokumenten från"


def whose(who: str) -> str:
    """Actors named by `who` as their documents' owners: "partiets och förvaltningarnas". Each
    word is a noun in its definite form, whose genitive adds an s."""
    return " och ".join(f"{word}s" for word in who.split(" och "))


@dataclass(eq=False, repr=False)
class Municipality(_Linked):
    id: str
    name: str
    county: Optional[str] = None
    actors: list["Actor"] = field(default_factory=list)
    plans: list["Plan"] = field(default_factory=list)
    topic_rows: list["TopicRow"] = field(default_factory=list)  # the matrix and comparison pages: a row per topic
    addressed_rows: list["TopicRow"] = field(default_factory=list)  # topics at least one actor addresses
    actor_count: int = 0
    who: str = "aktörerna"  # its actors named by their kinds and number (`who`): "partiet och förvaltningarna"
    # The widest word in its actors' names (`model.widest_word`), in regular and bold letters: a
    # comparison's room for it in its list, chooser and columns' headings, and the matrix's.
    widest_name_word: int = 0
    widest_bold_name_word: int = 0
    widest_fact_word: int = 0  # the widest word its documents' table shows in a fact (`_fact_room`)
    documents_width: int = 0  # its documents' table's narrowest width as a table (`_documents_width`)
    plan_count: int = 0
    open_plan_count: int = 0  # plans whose source has paragraphs neither quoted nor excluded (editors)
    table_count: int = 0  # its documents' budget tables: without any, its tables.csv holds a header alone
    preposition: str = "i"  # "på" for an island's municipality: "på Gotland"
    other_names: tuple[OtherName, ...] = ()  # its official names in minority languages (Jåhkåmåhkke)

    @property
    def actors_without_plans(self) -> list["Actor"]:
        """Its actors of whom no document is on the site yet, in actor order: a list of its
        documents names them, as every other page does, rather than leave them out unsaid."""
        return [actor for actor in self.actors if not actor.plans]

    @property
    def located(self) -> str:
        """The municipality where a sentence says where: `i Eskilstuna`, `på Gotland`."""
        return f"{self.preposition} {self.name}"

    @property
    def whose_documents(self) -> str:
        """Whose documents its pages, feeds and data hold, its actors named by their kinds and
        number (`who`) as those on the site: `dokumenten från partiet och förvaltningarna i
        Eskilstuna som finns på webbplatsen`. Read away from its pages (a feed reader, a data
        package), "dokumenten från partiet i Falun" read as if Falun had one party. Of one
        document, "dokumentet", as its pages say it (`documents_from`)."""
        return f"{documents_from(self.plan_count)} {self.who} {self.located} som finns på webbplatsen"

    @property
    def search_words(self) -> list[str]:
        """The words of its names typed without accents, å, ä and ö (`malmo`; `jahkamahkke`,
        `varregilli` for Várregilli in a minority language: a Swedish keyboard has no á), where
        they differ from the names as written, which the page shows and the search finds as
        typed. Its actors' pages hold its name so typed too (`Socialnämnden i Malmö`): without
        it here, `malmo` listed them and not the municipality."""
        return typed_plainly([self.name, *(other.name for other in self.other_names)])


@dataclass(eq=False, repr=False)
class County(_Linked):
    """The home page's groups; `name` is None for municipalities without a county."""

    name: Optional[str]
    municipalities: list[Municipality] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class TopicCounty(_Linked):
    """A topic's rows of one county's municipalities (the national topic page's groups)."""

    county: County
    rows: list["TopicRow"] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class TermPlans(_Linked):
    """One step of an actor's timeline: its documents of one term. Without a term, either its
    undated documents (`undated`) or its dated ones that no registered term covers."""

    term: Optional[Term]
    plans: list["Plan"] = field(default_factory=list)
    undated: bool = False
    before_term: Optional[Term] = None  # documents dated before every registered term: the first


@dataclass(eq=False, repr=False)
class Topic(_Named):
    data: model.Topic
    items: list["Item"] = field(default_factory=list)
    tables: list["Table"] = field(default_factory=list)
    count: int = 0  # items + tables
    actor_count: int = 0  # actors that address it
    municipalities: list["TopicRow"] = field(default_factory=list)  # each municipality's actors on it
    counties: list["TopicCounty"] = field(default_factory=list)  # the same rows, grouped as on the home page

    @functools.cached_property
    def search_words(self) -> list[str]:
        """The topic's name and keywords without å, ä and ö (`hemloshet`, `typed_plainly`), for
        its comparison pages to hold hidden. The keywords as written are the pages' search tags,
        which the search weighs near a title word (mkdocs.yml)."""
        return typed_plainly([self.data.name, *self.data.keywords])

    @functools.cached_property
    def name_search_words(self) -> list[str]:
        """The words of its name without å, ä and ö (`hemloshet`, `typed_plainly`), for the topic's
        own page to hold hidden, as the list pages hold their titles' (`outputs`): only its
        comparisons were found so. Not its keywords': the page has them as written, its search
        tags, and the comparisons so typed."""
        return typed_plainly([self.data.name])


@dataclass(eq=False, repr=False)
class Mentions(_Linked):
    """What some documents (one plan, or all of one actor's) say on one topic."""

    topic: Topic
    items: list["Item"] = field(default_factory=list)
    tables: list["Table"] = field(default_factory=list)
    commitments: list["Item"] = field(default_factory=list)
    background: list["Item"] = field(default_factory=list)
    count: int = 0

    def add_item(self, item: "Item") -> None:
        self.items.append(item)
        (self.commitments if item.group == "commitment" else self.background).append(item)
        self.count += 1

    def add_table(self, table: "Table") -> None:
        self.tables.append(table)
        self.count += 1

    @property
    def commitment_count(self) -> int:
        return len(self.commitments)

    @property
    def background_count(self) -> int:
        return len(self.background)

    @property
    def table_count(self) -> int:
        return len(self.tables)


@dataclass(eq=False, repr=False)
class PlanTopic(Mentions):
    plan: Optional["Plan"] = None


@dataclass(eq=False, repr=False)
class ActorTopic(Mentions):
    actor: Optional["Actor"] = None
    plans: list[PlanTopic] = field(default_factory=list)  # every plan of the actor, in order
    addressing: list[PlanTopic] = field(default_factory=list)  # the plans that say something on it
    silent: list[PlanTopic] = field(default_factory=list)  # the actor's other plans, which say nothing on it


@dataclass(eq=False, repr=False)
class TopicRow(_Linked):
    """One topic in one municipality: each of its actors' mentions, in actor order."""

    topic: Topic
    municipality: Municipality
    cells: list[ActorTopic] = field(default_factory=list)
    actor_count: int = 0  # actors of the municipality that address the topic
    addressing: list[ActorTopic] = field(default_factory=list)  # their cells, in actor order

    @property
    def actor_total(self) -> int:
        return len(self.cells)


@dataclass(eq=False, repr=False)
class Actor(_Named):
    data: model.Actor
    municipality: Municipality
    plans: list["Plan"] = field(default_factory=list)
    topics: list[ActorTopic] = field(default_factory=list)  # every topic, in topic order
    addressed: list[ActorTopic] = field(default_factory=list)  # topics with count > 0
    newest_year: Optional[int] = None
    timeline: list[TermPlans] = field(default_factory=list)  # newest term first, then no known term, undated last

    @property
    def years_label(self) -> str:
        """The years of the actor's documents, newest first, each once: `2024`, `2024, 2017`,
        `odaterat` (the matrix counts every document's items, of whatever age)."""
        return ", ".join(dict.fromkeys(plan.year_label for plan in self.plans))

    @property
    def name_parts(self) -> tuple[str, str]:
        """The name as (its own words, the municipality's): ("Socialnämnden och
        socialförvaltningen", "i Skinnskatteberg"), ("Liberalerna", "Eskilstuna"); ("…", "")
        where the name does not end with the municipality's. A comparison's list of actors
        shows the first part, under a title that names the municipality, and a screen reader
        hears both: the same cut for every actor, so every box stays the same size. Cut before
        either word that may stand before a municipality's name, not only the one its sentences
        use: "Socialnämnden i Orust" of a municipality written `på Orust` showed "Socialnämnden i"."""
        name = self.municipality.name
        for place in (*(f"{word} {name}" for word in model.PREPOSITIONS), name):
            if self.name.endswith(f" {place}") and len(self.name) > len(place) + 1:
                return self.name[:-len(place) - 1], place
        return self.name, ""

    @property
    def search_words(self) -> list[str]:
        """The short name a voter types for the actor (`SD`) where its name lacks it: the facts
        box that shows it is left out of the site's search, so the actor's page held it nowhere.
        Then the words of both typed without å, ä and ö (`typed_plainly`): `socialnamnden`
        found only the guide, `vansterpartiet` nothing."""
        named = set(re.findall(r"\w+", self.name.casefold()))
        short = [] if self.data.short.casefold() in named else [self.data.short]
        return short + typed_plainly([self.name, *short])


@dataclass(frozen=True)
class LocatorPart:
    """A place of a locator as the pages show it: named in the document's own words (a heading,
    a line's first words), or by the site's Swedish (a position: `punkt 3`, `sida 4`); and the
    mark after it, `,` or `:`, with a space on the pages ("" for the last)."""

    text: str
    documents: bool
    mark: str


# A place named by its position: a position word first, with its number or alone (`punkt 3`,
# `sida 4 b`, `Inledningen`). A heading with such a word among its own (`Risks we see`, `Risk
# management`) is the document's words: read in its language.
_A_POSITION = re.compile(rf"(?:{POSITION_WORD.pattern})(?=\s*\(?[0-9]|\s*$)")


@functools.lru_cache(maxsize=4096)  # items of a section share their locator
def locator_parts(locator: str) -> tuple[LocatorPart, ...]:
    """`Goals, punkt 3` → "Goals" (the document's) and "punkt 3" (the site's): the pages mark
    the document's words with its language, where it is not Swedish (WCAG 3.1.2). Split where
    `checks` splits a locator into places."""
    pieces = re.split(r"([,:])\s+", locator)
    return tuple(LocatorPart(text, _A_POSITION.match(text.casefold()) is None, mark)
                 for text, mark in zip(pieces[::2], pieces[1::2] + [""]))


@dataclass(eq=False, repr=False)
class Item(_FromData):
    data: model.Item
    plan: "Plan"
    section: "Section"
    topics: list[Topic]
    line: int  # where the quote starts in the archived source
    end_line: int
    group: str  # "commitment" | "background"
    risk_level: Optional[RiskLevel] = None
    past_target_year: Optional[int] = None  # an indicator's target year before the build date's year
    follows: Optional["Item"] = None  # the promise this follow-up item reports on
    followed_up_by: list["Item"] = field(default_factory=list)  # follow-up items reporting on this one
    link_name: str = ""  # what a screen reader's list of links calls the item's own link (`_link_names`)
    number: int = 0  # its place among its document's items, in the order its page shows them, 1 first

    @property
    def locator_parts(self) -> tuple[LocatorPart, ...]:
        return locator_parts(self.data.locator)


@dataclass(eq=False, repr=False)
class Table(_FromData):
    data: model.Table
    plan: "Plan"
    section: "Section"
    topics: list[Topic]
    lines: list[int]  # source line of each row, two rows never on one (`SourceText.row_lines`)
    approximate: list[list[bool]]  # of each row, whether each column's figure is shown with "ca"
    # On a phone with large text the table is set in one size, the largest at which its row
    # names' widest word and its first column of figures fit the screen side by side
    # (`--vlv-names-width` and `--vlv-first-width` in extra.css): the width of each, in
    # hundredths of an em (`letters.width`).
    names_width: int
    first_column_width: int  # its heading's widest word, or its widest figure with "ca "
    figure_room: int  # its widest figure's, with a reader's text spacing (`_figure_room`)
    # Its caption as its table, its chart and a comparison print it (`escape.in_languages`),
    # and its unit as its note does ("Tal i mnkr (miljoner kronor)").
    caption_pieces: tuple[tuple[str, str], ...]
    unit_pieces: tuple[tuple[str, str], ...]

    @property
    def locator_parts(self) -> tuple[LocatorPart, ...]:
        return locator_parts(self.data.locator)


@dataclass(eq=False, repr=False)
class Section(_Linked):
    data: model.Section
    anchor: str
    items: list[Item] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    shows_risk_matrix: bool = False  # the first section with risks carries the plan's matrix


@dataclass(frozen=True)
class RiskCell:
    probability: int
    consequence: int
    level: RiskLevel
    items: tuple[Item, ...]


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: str
    items: tuple[Item, ...]  # the items whose quotes cover this line

    # A text taken from a laid-out PDF may indent a centred heading by 40 characters or more:
    # shown as deep, it started beside the screen of a phone. Deeper lines show this far in.
    MAX_INDENT = 8

    @property
    def indent(self) -> int:
        """How far the line is indented in the archived text, in characters (a tab as four):
        the page shows the text unchanged, and an indented list item as indented."""
        expanded = self.text.expandtabs(4)
        return min(len(expanded) - len(expanded.lstrip()), self.MAX_INDENT)

    @property
    def lead(self) -> str:
        """The white space the line begins with: the page shows it as its indent (`indent`),
        and keeps the characters, which take no room there, for a copy of the line."""
        return self.text[:len(self.text) - len(self.text.lstrip())]

    @property
    def after_lead(self) -> str:
        return self.text[len(self.lead):]

    @property
    def blank(self) -> bool:
        """An empty line of the archived text, or one of white space alone: it holds no part of
        a quote (no items), and the page shows it, numbered, for a copied passage to keep it."""
        return not self.text.strip()


# Beside a document wherever a page, a feed or a change summary names it as its actor's, when
# outside sources say whose it is (`Plan.attribution_note`); in the table of documents, in its
# actor's cell.
ATTRIBUTION_NOTE = "tillskrivning från andra källor"


@dataclass(eq=False, repr=False)
class Plan(_FromData):
    data: model.Plan
    file: str  # repository path of the YAML file, e.g. plans/x.yaml
    actor: Actor
    municipality: Municipality
    source: SourceText
    sections: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    topics: list[PlanTopic] = field(default_factory=list)  # every topic, in topic order
    newest_year: Optional[int] = None
    term: Optional[Term] = None  # None: undated, or a year no registered term covers
    before_term: Optional[Term] = None  # dated before every registered term: the first of them
    # The last year of the year or period the document is for, where that includes the build
    # date's year (a plan for 2025–2027 in 2027, a plan for 2026 in December 2026), else None: a
    # document of an ended term, or from before every term, that is still in force is not marked
    # as older. Never for an election platform, whose years are its term's: once the next term
    # has begun, the platform is one of an earlier term, whatever year it is (`_in_force_until`).
    in_force_until: Optional[int] = None
    # The first year the document is for, where that is after the build date's year (a plan for
    # 2027 adopted in November 2026), else None: said beside the current term, whose other
    # documents are for this year (`_in_force_from`).
    in_force_from: Optional[int] = None
    coverage: Optional[SourceCoverage] = None
    item_count: int = 0
    table_count: int = 0
    quote_count: int = 0  # items' and table rows' quotes
    excluded_count: int = 0  # passages of the source deliberately left out (`excluded`)
    status_tally: list[tuple[str, int]] = field(default_factory=list)  # (promise state, items)
    # A follow-up none of whose items is linked to a promise on the site: its pages say so once
    # for the document, not under each of its items (where some are linked, each item says it).
    unlinked_follow_up: bool = False
    risks: list[Item] = field(default_factory=list)  # highest level first
    risk_grid: list[list[RiskCell]] = field(default_factory=list)  # consequence 5→1 × probability 1→5
    summary_lix: Optional[Readability] = None  # readability of the summary, for the editors
    link_name: str = ""  # how a link to the plan, or into it, names it out of context (`_plan_link_names`)

    @property
    def search_words(self) -> list[str]:
        """The words of its title as the search lists it, its own and its actor's name (the page's
        title), typed without å, ä and ö (`typed_plainly`): `socialnamndens` found nothing."""
        return typed_plainly([self.data.title, self.actor.name])

    @functools.cached_property
    def source_lines(self) -> list[SourceLine]:
        """Every line of the source, each with the items whose quotes cover it (a blank line's
        none). Only the source page shows them: made once, when it is rendered (by whichever
        process renders it), not for every plan of every build before rendering starts."""
        quoting: dict[int, list[Item]] = {}
        for item in self.items:
            for line in range(item.line, item.end_line + 1):
                quoting.setdefault(line, []).append(item)
        return [SourceLine(number, text, tuple(quoting.get(number, ())) if text.strip() else ())
                for number, text in enumerate(split_lines(self.source.text), start=1)]

    @property
    def attribution_note(self) -> str:
        """What every page, feed and change summary says beside the document where it names it as
        its actor's, when the document does not say whose it is and the site has that from other
        sources (`model.Plan.attribution`); "" for a document that says it itself."""
        return ATTRIBUTION_NOTE if self.data.attribution else ""

    @property
    def term_ended(self) -> bool:
        """From a term before the current one (not one that has not begun)."""
        return self.term is not None and not self.term.current and not self.term.upcoming

    @property
    def earlier_term(self) -> bool:
        """From a term before the current one, or dated before every registered term, and no
        longer in force: marked on every page that shows the document."""
        return (self.before_term is not None or self.term_ended) and self.in_force_until is None

    @property
    def foreign_lang(self) -> Optional[str]:
        """The BCP 47 tag its own words (archived text, quotes) are marked with, where the
        document is not in Swedish, the pages' language; None for a Swedish one, whose words
        need no mark of their own."""
        return None if self.data.language == "sv" else self.data.language

    @property
    def foreign_language(self) -> Optional[str]:
        """What its pages say of that language: `engelska`, `finska`; None for Swedish."""
        return model.DOCUMENT_LANGUAGES[self.foreign_lang] if self.foreign_lang else None

    @property
    def year_label(self) -> str:
        """`2024`, `2023–2026`, `ca 2020–2021` (a year or period the document does not print), `odaterat`.
        For the pages: a no-break space after "ca", which a phone left at a line's end."""
        data = self.data
        about = "ca" + NBSP if data.dating_inferred else ""
        if data.year is not None:
            return f"{about}{data.year}"
        if data.period is not None:
            return f"{about}{data.period.start}–{data.period.end}"
        return "odaterat"

    def term_note(self, year_beside: bool = True, lasting: bool = False) -> tuple[str, str]:
        """Which term the document is from, as every page and feed says it: (kind, text), the
        kind being "earlier", "current", "upcoming" or "none". `year_beside`: the year ("odaterat") is shown
        next to the note, which then does not repeat it; else the note begins with it (`2024, från
        mandatperioden 2022–2026`), so that no line names a document without its age. `lasting`:
        said so that it stays true after the build (a feed's entry, which a reader keeps as it
        was): a term not begun "som börjar den 15 oktober 2026", not "som inte har börjat"."""
        kind, text = self._term(year_beside)
        if lasting and kind == "upcoming":
            text = f"Gäller mandatperioden {self.term.name}, som börjar den {swedish_date(self.term.data.starts.isoformat())}"
        if year_beside or self.data.undated:
            return kind, text
        return kind, f"{self.year_label}, {text[:1].lower()}{text[1:]}"

    def _term(self, year_beside: bool) -> tuple[str, str]:
        # A year the document does not print is said with "ca", as its year label says it.
        about = "ca" + NBSP if self.data.dating_inferred else ""
        if self.term_ended and self.in_force_until is not None:
            return "current", f"Från mandatperioden {self.term.name}, gäller till och med {about}{self.in_force_until}"
        if self.before_term is not None and self.in_force_until is not None:
            return "current", f"Från före mandatperioden {self.before_term.name}, gäller till och med {about}{self.in_force_until}"
        if self.term is not None and self.earlier_term:
            return "earlier", f"Från mandatperioden {self.term.name}"
        if self.before_term is not None:
            return "earlier", f"Från före mandatperioden {self.before_term.name}"
        if self.term is not None and self.term.upcoming:
            return "upcoming", f"Gäller mandatperioden {self.term.name}, som inte har börjat"
        if self.term is not None and self.in_force_from is not None:
            return "current", f"Mandatperioden {self.term.name}, gäller från {about}{self.in_force_from}"
        if self.term is not None:
            return "current", f"Mandatperioden {self.term.name}"
        if self.data.undated:
            return "none", "Ingen mandatperiod" if year_beside else "Odaterat, ingen mandatperiod"
        return "none", "Mandatperiod okänd"


@dataclass(repr=False)
class Site(_Linked):
    municipalities: list[Municipality]
    actors: list[Actor]
    topics: list[Topic]
    plans: list[Plan]
    item_count: int = 0
    actor_count: int = 0
    plan_count: int = 0
    open_plan_count: int = 0  # as Municipality.open_plan_count, in the whole country
    terms: list[Term] = field(default_factory=list)  # oldest first
    current_term: Optional[Term] = None
    # A term that has not begun, for the about page's example of how such documents are marked:
    # the first registered one, or after the registry's last the next of the same length.
    upcoming_term_name: str = ""
    today: Optional[datetime.date] = None  # the build date that decides what is current and past
    counties: list[County] = field(default_factory=list)
    who: str = "aktörerna"  # its actors named by their kinds and number, as a municipality's (`who`)
    # A municipality's actors after a possessive, as every one with actors has them (`theirs`):
    # the home page's and a topic's page's "kommunens partier och förvaltning".
    theirs: str = "aktörer"

    @property
    def side_by_side(self) -> bool:
        """Whether a municipality's actors stand side by side anywhere: some municipality has
        more than one. Where every one has one ("kommunens parti"), the home page and a topic's
        said "sida vid sida" of it all the same."""
        return any(municipality.actor_count > 1 for municipality in self.municipalities)

    @property
    def whose_documents(self) -> str:
        """Whose documents the site's feeds and data hold, by its actors' kinds and number:
        "partiernas och förvaltningens dokument" while one administration is on the site."""
        return f"{whose(self.who)} dokument"


# --- linking -----------------------------------------------------------------------------
def _newest_year(data: model.Plan) -> Optional[int]:
    if data.year is not None:
        return data.year
    return data.period.end if data.period is not None else None


def _link_plan(data: model.Plan, file: str, actor: Actor, topics: dict[str, Topic], source: SourceText) -> Plan:
    """`topics`: in their order (`link`), which an item's and a table's topics keep."""
    order = {topic_id: at for at, topic_id in enumerate(topics)}
    plan = Plan(data, file, actor, actor.municipality, source, newest_year=_newest_year(data))
    for index, section_data in enumerate(data.sections):
        section = Section(section_data, paths.section_anchor(index + 1))
        for item_data in section_data.items:
            match = source.find(item_data.quote)
            risk = item_data.risk
            item = Item(item_data, plan, section, [topics[t] for t in sorted(item_data.topics, key=order.__getitem__)],
                        match.line, match.end_line,
                        GROUP_OF_KIND[item_data.kind],
                        risk_level(risk.probability, risk.consequence) if risk else None)
            section.items.append(item)
        for table_data in section_data.tables:
            lines = source.row_lines([row.quote for row in table_data.rows])
            approximate = [table_data.approximate_in(row) for row in table_data.rows]
            section.tables.append(Table(table_data, plan, section,
                                        [topics[t] for t in sorted(table_data.topics, key=order.__getitem__)], lines,
                                        approximate, max(model.widest_word(row.label) for row in table_data.rows),
                                        _first_column_width(table_data, approximate),
                                        _figure_room(table_data, approximate),
                                        _caption_pieces(table_data, plan.foreign_lang or ""),
                                        unit_explained(table_data.unit, plan.foreign_lang or "")))
        plan.sections.append(section)
        plan.items += section.items
        plan.tables += section.tables
    return plan


def _first_column_width(table: model.Table, approximate: list[list[bool]]) -> int:
    """Hundredths of an em of the widest line its first column of figures holds: its heading's widest word, or
    a figure as the page writes it (`ca −753,1`; a missing one is a dash)."""
    figures = [width(("ca " if shown_ca[0] else "") + figure(row.values[0]))
               for row, shown_ca in zip(table.rows, approximate) if row.values[0] is not None]
    return max([model.widest_word(table.columns[0]), *figures])


# WCAG 1.4.12's spacing in hundredths of an em: .12em after each letter, .16em more at a space.
_LETTER_SPACING, _WORD_SPACING = 12, 16


def _figure_room(table: model.Table, approximate: list[list[bool]]) -> int:
    """Hundredths of an em of the widest figure of any of its columns as the page writes it
    (`ca −753,1`), with WCAG 1.4.12's text spacing: the room its row names leave beside them on a
    phone, where they stay at the region's left edge and the figures scroll under them
    (`--vlv-figure-room` in extra.css). With the spacing the names grow to hold their words whole;
    a narrower room hid a figure's first letters under them (its minus sign). No text is sized
    from it: it bounds the names' width only where a word would otherwise take the room."""
    shown = [("ca " if shown_ca else "") + figure(value) for row, approximate_row in zip(table.rows, approximate)
             for value, shown_ca in zip(row.values, approximate_row) if value is not None]
    return max((width(text) + _LETTER_SPACING * len(text) + _WORD_SPACING * text.count(" ") for text in shown),
               default=0)


def _caption_pieces(table: model.Table, lang: str) -> tuple[tuple[str, str], ...]:
    """`Resultatbudget (mnkr)`: the table's caption, and the unit the site adds after it in
    brackets, both the document's words in its language (`lang`, "" for Swedish), the brackets
    the site's, but `Driftbudget, mnkr` as it is (`swedish.unit_added`): the unit once, not
    twice. (The unit was marked Swedish, as the site's addition; it is the document's word,
    checked against its text, as an indicator's unit is.)"""
    added = ((" (", ""), (table.unit, lang), (")", "")) if unit_added(table.caption, table.unit) else ()
    return ((table.caption, lang),) + added


def _link_names(items: list[Item]) -> None:
    """Each item's link name: its text's beginning, and where two items of the document begin
    alike ("Kommunövergripande fokus under mandatperioden, som nämnden …"), its id as well, so
    that no two links to different items share a name."""
    names = [shorten(item.data.text, LINK_NAME_LENGTH) for item in items]
    repeated = {name for name, n in Counter(names).items() if n > 1}
    for item, name in zip(items, names):
        item.link_name = f"{name} ({item.id})" if name in repeated else name


LINK_NAME_LENGTH = 90


def _plan_link_names(plans: list[Plan]) -> None:
    """Each plan's link name among a municipality's plans: its title; where two share it, with
    the actor's name, and where that is shared too (one actor's two plans), with the plan's id.
    Links that read alike on a page ("källa, rad 59", "JSON") say in it which plan they lead
    to, for a screen reader's list of links, where no column or row tells."""
    for plan in plans:
        plan.link_name = plan.data.title
    for naming in (lambda plan: f"{plan.data.title} ({plan.actor.name})",
                   lambda plan: f"{plan.data.title} ({plan.id})"):
        repeated = {name for name, n in Counter(plan.link_name for plan in plans).items() if n > 1}
        for plan in plans:
            if plan.link_name in repeated:
                plan.link_name = naming(plan)


def _plan_figures(plan: Plan) -> None:
    data = plan.data
    quotes = [item.data.quote for item in plan.items] + [row.quote for t in plan.tables for row in t.data.rows]
    plan.item_count, plan.table_count, plan.quote_count = len(plan.items), len(plan.tables), len(quotes)
    plan.excluded_count = len(data.excluded)
    plan.summary_lix = readability(data.summary)
    plan.coverage = measure(data.source.archive, plan.source, quotes, [e.quote for e in data.excluded])
    states = [item.data.status.state for item in plan.items if item.data.status]
    plan.status_tally = [(state, states.count(state)) for state in model.PROMISE_STATES if state in states]
    plan.unlinked_follow_up = bool(states) and not any(item.data.follows_up for item in plan.items)
    _link_names(plan.items)
    for number, item in enumerate(plan.items, start=1):
        item.number = number
    plan.risks = sorted((i for i in plan.items if i.risk_level), key=lambda i: (-i.risk_level.score, i.id))
    if plan.risks:
        plan.risk_grid = [[RiskCell(p, c, risk_level(p, c), tuple(
            i for i in plan.risks if (i.data.risk.probability, i.data.risk.consequence) == (p, c)))
            for p in range(1, 6)] for c in range(5, 0, -1)]
        next(s for s in plan.sections if any(i.risk_level for i in s.items)).shows_risk_matrix = True


def _link_topics(site: Site) -> None:
    """Mentions per plan, actor and municipality row, shared both ways. Linear in items
    plus plans × topics: every item is visited once per topic it carries."""
    for actor in site.actors:
        actor.topics = [ActorTopic(topic, actor=actor) for topic in site.topics]
        by_topic = {mentions.topic.id: mentions for mentions in actor.topics}
        for plan in actor.plans:
            plan.topics = [PlanTopic(topic, plan=plan) for topic in site.topics]
            on_plan = {mentions.topic.id: mentions for mentions in plan.topics}
            for item in plan.items:
                for topic in item.topics:
                    on_plan[topic.id].add_item(item)
                    by_topic[topic.id].add_item(item)
            for table in plan.tables:
                for topic in table.topics:
                    on_plan[topic.id].add_table(table)
                    by_topic[topic.id].add_table(table)
            for mentions in plan.topics:
                by_topic[mentions.topic.id].plans.append(mentions)
                (by_topic[mentions.topic.id].addressing if mentions.count
                 else by_topic[mentions.topic.id].silent).append(mentions)
        actor.addressed = [m for m in actor.topics if m.count]
    # A municipality in the registry without actors yet has nothing to compare: no topic rows,
    # and so no comparison pages (290 municipalities × 40 topics of empty pages otherwise).
    compared = [municipality for municipality in site.municipalities if municipality.actors]
    for index, topic in enumerate(site.topics):
        for municipality in compared:
            row = TopicRow(topic, municipality, [actor.topics[index] for actor in municipality.actors])
            row.addressing = [cell for cell in row.cells if cell.count]
            row.actor_count = len(row.addressing)
            municipality.topic_rows.append(row)
            if row.actor_count:
                municipality.addressed_rows.append(row)
            topic.municipalities.append(row)
        topic.count = len(topic.items) + len(topic.tables)
        topic.actor_count = sum(row.actor_count for row in topic.municipalities)


def _dated_year(data: model.Plan) -> Optional[int]:
    """The year that places a document in a term: its year, or its period's first year."""
    return data.year if data.year is not None else (data.period.start if data.period is not None else None)


def _term_of(data: model.Plan, terms: list[Term]) -> Optional[Term]:
    """The term containing 1 July of the document's year (or its period's first year). An
    election platform of an election year is for the term that the election begins, not the
    one it was written in: a 2026 platform belongs to 2026–2030. Where that term is not yet
    registered (a 2030 platform, the registry ending with 2026–2030, whose end in 2030 makes it
    an election year), the platform has no term: not the one its election ends."""
    year = _dated_year(data)
    if year is None:
        return None
    if data.kind == "election-platform":
        election, starting = model.election_of(year, [term.data for term in terms])
        if election:
            return next((term for term in terms if term.data is starting), None)
    middle = datetime.date(year, 7, 1)
    return next((term for term in terms if term.data.starts <= middle <= term.data.ends), None)


def _placement(data: model.Plan, terms: list[Term]) -> tuple[Optional[Term], Optional[Term]]:
    """(term, before_term) by the document's own dating: its term (`_term_of`), or, dated before
    every registered term, the first of them."""
    term, year = _term_of(data, terms), _dated_year(data)
    if term is None and year is not None and terms and datetime.date(year, 7, 1) < terms[0].data.starts:
        return None, terms[0]
    return term, None


def _follow_up_placement(plan: Plan, placed: dict[str, tuple[Optional[Term], Optional[Term]]],
                         order: dict[str, int]) -> Optional[tuple[Optional[Term], Optional[Term]]]:
    """A follow-up of promises belongs to the term of the promises it follows up, where its items
    name them (`follows_up`), however late it is written: a 2031 follow-up of a 2026 platform's
    promises reports on 2026–2030, and is not a document of the term under way. Of promises from
    several terms, the latest; None where no item names a placed promise (its own dating places it)."""
    if plan.data.kind != "promise-follow-up":
        return None
    originals = [placed[item.data.follows_up.split("#", 1)[0]] for item in plan.items if item.data.follows_up]
    in_terms = [term for term, _ in originals if term is not None]
    if in_terms:
        return max(in_terms, key=lambda term: order[term.id]), None
    before = next((before for _, before in originals if before is not None), None)
    return (None, before) if before is not None else None


# The kinds whose years are those of the term they belong to: an election platform, and a
# follow-up of its promises, which reports on that term's promises however late it is written.
# The open data state the rule with them (`opendata.IN_FORCE_STEPS`).
TERM_BOUND_KINDS = frozenset({"election-platform", "promise-follow-up"})


def _in_force_until(data: model.Plan, today: datetime.date) -> Optional[int]:
    """The last year the document is for (its year, or its period's last), where the document is
    for `today`'s year; None otherwise, and for an election platform or a follow-up of its
    promises, which are for their term (a platform for 2022–2026 is an earlier term's from the
    election of 2026, not from New Year; so is the follow-up of its promises written in 2026)."""
    if data.kind in TERM_BOUND_KINDS:
        return None
    first, last = _dated_year(data), _newest_year(data)
    return last if first is not None and first <= today.year <= last else None


def _in_force_from(data: model.Plan, today: datetime.date) -> Optional[int]:
    """The first year the document is for, where that is after `today`'s year; None otherwise,
    and for an election platform or a follow-up of its promises, which are for their term."""
    if data.kind in TERM_BOUND_KINDS:
        return None
    first = _dated_year(data)
    return first if first is not None and first > today.year else None


def _link_terms(site: Site, inputs: Inputs) -> None:
    site.terms = sorted((Term(t) for t in inputs.terms.value.terms), key=lambda t: t.data.starts)
    site.current_term = next((t for t in site.terms if t.data.covers(site.today)), None)
    if site.current_term is not None:
        site.current_term.current = True
    for term in site.terms:
        term.upcoming = term.data.starts > site.today
    upcoming = next((term for term in site.terms if term.upcoming), None)
    if upcoming is not None:
        site.upcoming_term_name = upcoming.name
    elif site.terms:  # the registry's last term, moved on by its own length until it has not begun
        last = site.terms[-1].data
        years = max(last.ends.year - last.starts.year, 1)
        start = last.starts.year
        while (start, last.starts.month, last.starts.day) <= (site.today.year, site.today.month, site.today.day):
            start += years
        site.upcoming_term_name = f"{start}–{start + years}"
    order = {term.id: index for index, term in enumerate(site.terms)}
    placed = {plan.id: _placement(plan.data, site.terms) for plan in site.plans}
    for plan in site.plans:
        plan.term, plan.before_term = _follow_up_placement(plan, placed, order) or placed[plan.id]
        plan.in_force_until = _in_force_until(plan.data, site.today)
        plan.in_force_from = _in_force_from(plan.data, site.today)
        for item in plan.items:
            target = item.data.indicator.target if item.data.indicator else None
            if target is not None and target.year is not None and target.year < site.today.year:
                item.past_target_year = target.year
    for actor in site.actors:
        # Without a term: first the documents dated before every registered term, then the dated
        # ones no registered term covers, then the undated.
        by_term: dict[float, TermPlans] = {}
        for plan in actor.plans:
            undated = plan.data.undated is not None
            key = -order[plan.term.id] if plan.term else 0.5 if plan.before_term else 2 if undated else 1
            by_term.setdefault(key, TermPlans(plan.term, undated=undated, before_term=plan.before_term)).plans.append(plan)
        actor.timeline = [by_term[key] for key in sorted(by_term)]


# A term marked as not the current one (extra.css, .vlv-term-earlier, .vlv-term-none): set in bold
# letters and padded by .3em a side (in hundredths of an em).
_MARKED_TERMS, _MARKED_TERM_ROOM = ("earlier", "none"), 2 * 30


def _fact_room(site: Site) -> None:
    """Each municipality's room for the facts of its documents' table on a phone, in hundredths
    of an em (`model.widest_word`): the widest word of its actors' names, and of each document's
    type, status and term as the table shows them, a marked term's in bold with its padding
    (`--vlv-widest` in municipality_plans.md.j2). Its names alone were told: Falun's set "Från
    mandatperioden 2022–2026", marked, at a size "mandatperioden" broke at on a phone with the
    text at 250 %."""
    for municipality in site.municipalities:
        room = [municipality.widest_name_word]
        for plan in municipality.plans:
            kind, term = plan.term_note()
            marked = kind in _MARKED_TERMS
            room += [model.widest_word(model.PLAN_KINDS[plan.data.kind]),
                     model.widest_word(model.PLAN_STATUSES[plan.data.status]),
                     model.widest_word(term, marked) + (_MARKED_TERM_ROOM if marked else 0)]
        municipality.widest_fact_word = max(room)


# A municipality's table of documents: its columns' headings, and each cell's padding and lines,
# in hundredths of an em of the table's text (extra.css: .6rem a side in text of .75rem; a line of
# 1 px a side, a fifteenth of an em at the normal text size and less above it).
DOCUMENT_COLUMNS = ("Dokument", "Aktör", "År", "Mandatperiod", "Typ", "Status", "Punkter", "Tabeller", "Data")
_CELL_ROOM = 2 * 80 + 14


def _documents_width(site: Site) -> None:
    """Each municipality's table of documents at its narrowest as a table, in hundredths of an
    em of its text: each column as wide as its widest heading or cell can be made, each cell's
    word by word (`letters.width`), with its padding and line. Narrower, the table is a block
    for each document (`--vlv-table-width` in municipality_plans.md.j2): as nine columns it
    scrolled sideways at widths up to 1,010 px. A year range and a date are never broken
    (`render.unbroken`), so a year's and a term's words are those between spaces. No room is
    left for a reader's text spacing (`model.widest_word`): with it the table was blocks on a
    desktop's screen; with that spacing it scrolls inside its region where it just fitted."""
    def between_spaces(text: str, bold: bool = False) -> int:
        """The widest of `text`'s words between spaces: a year range and a date break nowhere else."""
        return max(width(word, bold) for word in text.split(" "))

    widest = model.widest_word

    for municipality in site.municipalities:
        columns = [[widest(heading)] for heading in DOCUMENT_COLUMNS]
        for plan in municipality.plans:
            kind, term = plan.term_note()
            marked = kind in _MARKED_TERMS
            actor = max(widest(plan.actor.name), widest(plan.attribution_note))
            cells = (widest(plan.data.title), actor, between_spaces(plan.year_label),
                     between_spaces(term, marked) + (_MARKED_TERM_ROOM if marked else 0),
                     widest(model.PLAN_KINDS[plan.data.kind]),
                     widest(model.PLAN_STATUSES[plan.data.status]), width(str(plan.item_count)),
                     width(str(plan.table_count)), width("JSON"))
            for column, cell in zip(columns, cells):
                column.append(cell)
        municipality.documents_width = sum(max(column) + _CELL_ROOM for column in columns)


def _link_follow_ups(site: Site) -> None:
    items = {(item.plan.id, item.id): item for plan in site.plans for item in plan.items}
    for plan in site.plans:
        for item in plan.items:
            if item.data.follows_up:
                original = items[tuple(item.data.follows_up.split("#", 1))]
                item.follows = original
                original.followed_up_by.append(item)
    for item in items.values():
        item.followed_up_by.sort(key=lambda i: (-(i.plan.newest_year or 0), i.plan.id, i.id))


def _link_counties(site: Site) -> None:
    groups: dict[Optional[str], County] = {}
    for municipality in site.municipalities:  # already in name order
        groups.setdefault(municipality.county, County(municipality.county)).municipalities.append(municipality)
    site.counties = sorted(groups.values(), key=lambda c: (c.name is None, swedish_key(c.name or "")))
    for topic in site.topics:
        row_of = {row.municipality: row for row in topic.municipalities}
        # Only municipalities with actors have a row (`_link_topics`); a county of none is left out.
        topic.counties = [TopicCounty(county, rows) for county in site.counties
                          if (rows := [row_of[m] for m in county.municipalities if m in row_of])]


def link(inputs: Inputs, today: Optional[datetime.date] = None) -> Site:
    """The site model of inputs that passed every check, as of `today` (default: the build date)."""
    municipalities = {m.id: Municipality(m.id, m.name, m.county, preposition=m.preposition,
                                         other_names=other_names(m.other_names))
                      for m in inputs.municipalities.value.municipalities}
    actors = {a.id: Actor(a, municipalities[a.municipality]) for a in inputs.actors.value.actors}
    # In the order of their names, as every list of topics is (the about page): an item's or a
    # table's topics too, whatever order its plan lists them in (the neutrality audit).
    topics = {topic.id: topic for topic in sorted((Topic(t) for t in inputs.topics.value.topics),
                                                  key=lambda t: (swedish_key(t.name), t.id))}
    plans = []
    for loaded in inputs.plans:
        data = loaded.value
        plan = _link_plan(data, loaded.path, actors[data.actor], topics, inputs.sources[data.source.archive])
        _plan_figures(plan)
        for item in plan.items:
            for topic in item.topics:
                topic.items.append(item)
        for table in plan.tables:
            for topic in table.topics:
                topic.tables.append(table)
        plan.actor.plans.append(plan)
        plans.append(plan)
    for actor in actors.values():
        actor.plans.sort(key=document_order)
        actor.newest_year = max((p.newest_year for p in actor.plans if p.newest_year), default=None)
        actor.municipality.actors.append(actor)
    for municipality in municipalities.values():
        municipality.actors.sort(key=lambda a: (swedish_key(a.name), a.id))
        municipality.plans = [plan for actor in municipality.actors for plan in actor.plans]
        _plan_link_names(municipality.plans)
        municipality.actor_count, municipality.plan_count = len(municipality.actors), len(municipality.plans)
        municipality.who = who([actor.data.kind for actor in municipality.actors])
        municipality.widest_name_word = max((actor.widest_word for actor in municipality.actors), default=0)
        municipality.widest_bold_name_word = max((actor.widest_bold_word for actor in municipality.actors), default=0)
        municipality.open_plan_count = sum(1 for plan in municipality.plans if plan.coverage.open_units)
        municipality.table_count = sum(plan.table_count for plan in municipality.plans)
    ordered_municipalities = sorted(municipalities.values(), key=lambda m: (swedish_key(m.name), m.id))
    site = Site(
        municipalities=ordered_municipalities,
        actors=[actor for m in ordered_municipalities for actor in m.actors],
        topics=list(topics.values()),
        plans=[plan for m in ordered_municipalities for plan in m.plans],
        item_count=sum(len(plan.items) for plan in plans),
        actor_count=len(actors),
        plan_count=len(plans),
        open_plan_count=sum(m.open_plan_count for m in municipalities.values()),
        today=today or clock.today(),
        who=who([actor.data.kind for actor in actors.values()]),
        theirs=theirs([[actor.data.kind for actor in municipality.actors]
                       for municipality in ordered_municipalities if municipality.actors]),
    )
    _link_topics(site)
    _link_terms(site, inputs)
    _fact_room(site)
    _documents_width(site)
    _link_follow_ups(site)
    _link_counties(site)
    return site
