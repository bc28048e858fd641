"""The rules across fields and files: one small function per rule, each returning located
errors. They read typed, located inputs (`load.Inputs`) and never the YAML parser.

`REGISTRY_RULES` and `PLAN_RULES` list the rules in the order they run; `run_checks` runs
every one of them over everything that loaded, so one error never hides another. A past
revision read for the change history is held only to `REVISION_RULES`, those its linked model
relies on; `CURRENT_ONLY_RULES` judge how the current files are written.
"""

from __future__ import annotations

import bisect
import datetime
import difflib
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Callable, Collection, Iterable, Iterator, NamedTuple, Optional, get_args

from . import lazy_regex, model, paths, workers
from .coverage import CONTENTS_LINE, add_measured, measure, measured, unit_kind
from .errors import LocatedError, code, coded, reading_order
from .escape import URL_PATTERN
from .lines import split_lines
from .quotes import FLATTENED_MARK, GOES_ON, GROUP_SPACES, LIST_MARKS, MINUS_SIGNS, FOOTNOTE_MARKS, HeadingCrossed, Match, SourceText, differences, look_alike, normalise, runs_on, cells as line_cells
from .quotes import SENTENCE_ENDED, SHORT_LINE, SUSPENDED
from .pages import (A_TABBED_ENTRY, PAGE_NUMBER, SPACE, last_page, numbered_pages, page_edges, page_furniture, page_mark, page_of,
                    tabbed_running_heads, two_pages_footer, two_pages_mark)
from .load import (id_hint, PLANS_DIR, REGISTRY_DIR, REGISTRY_FILES, SOURCES_DIR, COLUMN_TWICE_HINT, COLUMNS_TWICE, TOPIC_TWICE_HINT, TOPIC_TWICE_TABLE_HINT, columns_repeated, Inputs, Loaded, RefusedValue, name_prefixes, name_taken, owner_of,
                   archive_of, field_in_text, free_source_path, short_quote_allowed, swallowed_hint)
from .paths import FEED_FOLDER_NAMES, RESERVED_ACTOR_IDS, RESERVED_IN_MUNICIPALITY, RESERVED_TOP_LEVEL
from .suggest import NEW_PARTY_SECTION, TOPIC_FORM, TopicNames, new_actor_hint, suggest_actor, topic_suggestions
from .swedish import (FULLWIDTH_PLUS, SWEDISH_LETTERS, FUNCTION_WORDS, Plus, JUDGED_FROM_WORDS, MONTHS, NOT_SWEDISH_BELOW, OTHER_LANGUAGE_FROM, POSITION_WORD,
                      SEARCH_STOPWORDS, SEARCH_WORD_LENGTH, SWEDISH_FROM, WITHIN_WORD, as_id, cited, count, cut, fold, in_any_form, percent,
                      share_not_swedish, share_of, shorten, swedish_date, words_of)
from .yaml_syntax import TYPOGRAPHIC_QUOTES, as_value, quoted

SCHEMA_LINE = "# yaml-language-server: $schema=../docs/schema/plan.schema.json"
_EMPHASIS = lazy_regex.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")

Rule = Callable[[Inputs], list[LocatedError]]


# --- helpers -------------------------------------------------------------------------------
def _unknown(file: Loaded, loc: tuple, kind: str, value: str, known: list[str], registry: str,
             suggestions: list[str] | None = None, removed: str = "") -> LocatedError:
    return file.error(loc, *_unknown_said(kind, value, known, registry, suggestions, removed))


def _did_you_mean(close: list[str], spelled: dict[str, str] | None = None) -> str:
    """`Menade du 'a', 'b' eller 'c'? `, or nothing when there is nothing close. `spelled`: a
    registry text some of them were found by, as the registry spells it (`'brottsforebyggande'
    (»brå»)` for `bra`, which folding alone made alike: `suggest.topic_suggestions`)."""
    spelled = spelled or {}
    return "Menade du " + _listed([f"'{c}'" + (f" ({cited(spelled[c])})" if spelled.get(c) else "") for c in close],
                                  "eller") + "? " if close else ""


def _unknown_said(kind: str, value: str, known: list[str], registry: str, suggestions: list[str] | None = None,
                  removed: str = "", spelled: dict[str, str] | None = None) -> tuple[str, str]:
    """The message and hint for an id not in its registry (`spelled`: as `_did_you_mean`)."""
    close = suggestions if suggestions is not None else difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    hint = _did_you_mean(close, spelled)
    hint += f"Giltiga id finns i {REGISTRY_DIR}/{registry}." + (f" {removed}" if removed else "")
    return f"okänt {kind} '{value}'.", hint


def _repeated_ids(file: Loaded, ids: list[tuple[str, tuple]]) -> Iterator[tuple[str, object, int]]:
    """Each id of `ids` (an id and its entry's place in the typed file) met again, with where
    (that place, or a refused entry's `RefusedValue`) and the line of its first entry. The ids
    of entries the schema refused for another fault (`Loaded.refused_ids`) are among them, in
    the file's order: a repeated id is one whatever else is wrong."""
    first: dict[str, object] = {}
    for entry_id, where in _with_refused_ids(file, ids):
        if entry_id in first:
            yield entry_id, where, _line_of(file, first[entry_id])
        else:
            first[entry_id] = where


def _with_refused_ids(file: Loaded, ids: list[tuple[str, tuple]]) -> list[tuple[str, object]]:
    """`ids` (an id and its entry's place in the typed file) and the ids of the entries the
    schema refused for another fault (`Loaded.refused_ids`, each its `RefusedValue`), in the
    file's order."""
    if not file.refused_ids:  # only then are positions needed for all (a complete file has no tree read)
        return list(ids)
    return sorted(list(ids) + [(refused.text, refused) for refused in file.refused_ids],
                  key=lambda entry: _line_of(file, entry[1]))


def _id_error(file: Loaded, where: object, message: str, hint: str) -> LocatedError:
    """An error on an entry's id: a place in the typed file, or a refused entry's `RefusedValue`."""
    return where.error(file.path, message, hint) if isinstance(where, RefusedValue) else file.error(where + ("id",), message, hint)


def _entries(plan: model.Plan) -> tuple[tuple[tuple, object], ...]:
    """Every item and table of a plan with its location (`model.Plan.entries`, made once)."""
    return plan.entries


def _rows(plan: model.Plan) -> Iterator[tuple[tuple, model.Table, model.TableRow]]:
    """Every row of a plan's tables with its location and its table."""
    for loc, entry in _entries(plan):
        if isinstance(entry, model.Table):
            for index, row in enumerate(entry.rows):
                yield loc + ("rows", index), entry, row


def _items(plan: model.Plan) -> Iterator[tuple[tuple, model.Item]]:
    """Every item of a plan (not its tables), with its location."""
    for loc, entry in _entries(plan):
        if isinstance(entry, model.Item):
            yield loc, entry


def _items_with(plan: model.Plan, field: str) -> tuple[tuple[tuple, model.Item], ...]:
    """Every item of a plan that has `field` (its `indicator` or `risk`), with its location
    (`model.Plan.items_having`, found once)."""
    return plan.items_having[field]


def _measures(indicator: model.Indicator) -> Iterator[tuple[str, model.Measure]]:
    """An indicator's baseline, where it has one, and its target, by field name."""
    for name in ("baseline", "target"):
        measure_ = getattr(indicator, name)
        if measure_ is not None:
            yield name, measure_


def _quotes(plan: model.Plan, excluded: bool = False) -> Iterator[tuple[tuple, str, bool]]:
    """Every quote of a plan: (location, quote, is it a structured figure's row)."""
    for loc, entry in _entries(plan):
        if isinstance(entry, model.Item):
            yield loc + ("quote",), entry.quote, short_quote_allowed(loc, entry.indicator is not None)
        else:
            for r_index, row in enumerate(entry.rows):
                yield loc + ("rows", r_index, "quote"), row.quote, short_quote_allowed(loc + ("rows", r_index), False)
    if excluded:
        for index, exclusion in enumerate(plan.excluded):
            yield ("excluded", index, "quote"), exclusion.quote, False


def _named_for(actor: str, path: str) -> bool:
    """Whether a file's name starts with an actor's id (`plans/<actor>-….yaml`). The name is
    what follows the last `/`, as `PurePosixPath.name` gives it for a plan's path and for an
    archive (`model.ARCHIVE_PATTERN`: `sources/<name>.txt`), without making a path: rules ask
    it of every plan some twenty times in a run, 0.05 s of `validate` at 1,000 plans."""
    return path.rpartition("/")[2].startswith(f"{actor}-")


def _actor_meant(plan: Loaded, ids: Collection[str]) -> Optional[str]:
    """The actor whose plan this is: its `actor`, or, where the schema refused that or the
    registry (`ids`, while it is sound) does not know it, the actor its file is named for
    (`check_plan_actor` names the slip); for an unknown actor with no such file name, the one
    written; None if neither says."""
    if _stood_in(plan, "actor"):
        return owner_of(plan.path, ids) if ids else None
    if not ids or plan.value.actor in ids:
        return plan.value.actor
    return owner_of(plan.path, ids) or plan.value.actor


def _foreign_archive(plan: Loaded, actor: Optional[str]) -> bool:
    """A plan named for its actor (`_actor_meant`) whose archive is not named for it: most
    often a plan copied from another party's with its `archive` left as it was. (A plan file
    named for another actor is `check_plan_actor`'s to name: there `actor:` is the slip, and
    its archive is checked as it is.)"""
    archive = archive_of(plan)
    return (actor is not None and archive is not None and _named_for(actor, plan.path)
            and not _named_for(actor, archive))


def _sources_by_plan(inputs: Inputs) -> dict[str, tuple[str, SourceText]]:
    """`_plans_with_sources` by plan file: a rule that reads every plan, and its source where it loaded."""
    return {plan.path: (archive, source) for plan, archive, source in _plans_with_sources(inputs)}


def _plans_with_sources(inputs: Inputs) -> Iterator[tuple[Loaded, str, SourceText]]:
    """Each plan whose archived source loaded, with its archive path and text (loading has
    reported why the others did not). Not a plan that names another actor's source
    (`_foreign_archive`): every quote would be "not found" there and every list item missing;
    `check_archive_is_the_actors` says the one thing that is wrong."""
    ids = _actor_ids(inputs)
    for plan in inputs.plans:
        archive = archive_of(plan)
        if archive in inputs.sources and not _foreign_archive(plan, _actor_meant(plan, ids)):
            yield plan, archive, inputs.sources[archive]


def check_archive_is_the_actors(inputs: Inputs) -> list[LocatedError]:
    """A plan's source is one of its actor's files, which CODEOWNERS gives to it alone: no other
    party's pull request can change the text its quotes are checked against. By name, and,
    while the actor registry is sound, by the longest id (`eskilstuna-v-ung-….txt` is not
    `eskilstuna-v`'s)."""
    ids = _actor_ids(inputs)
    errors = []
    for plan in inputs.plans:
        actor, archive = _actor_meant(plan, ids), archive_of(plan)
        if actor is None or archive is None:
            continue  # refused by the schema, which says why
        owner = owner_of(archive, ids) if ids else None
        nested = bool(ids) and owner_of(plan.path, ids) == actor and owner not in (None, actor)
        if PurePosixPath(archive).stem == actor and PurePosixPath(archive).parent.name == SOURCES_DIR:
            # `sources/bergby-a.txt` was told it was not bergby-a's, its name not beginning with its
            # id; where there is no such file, its error says so.
            if archive in inputs.source_files:
                renamed = free_source_path(archive, inputs.source_files, actor, plan.path)
                errors.append(plan.error(("source", "archive"), f"källtexten {archive} heter bara som aktörens id: "
                                         f"namnet på en plans källtext är aktörens id, ett bindestreck och mer "
                                         f"({SOURCES_DIR}/{actor}-….txt).",
                                         f"Byt namn på filen {archive} till {renamed} och skriv archive: {renamed}."))
        elif _foreign_archive(plan, actor) or nested:
            errors.append(plan.error(("source", "archive"), f"källtexten {archive} hör inte till aktören "
                                     f"{actor}" + (f" utan till {owner}" if owner else "") +
                                     ": namnet på en plans källtext börjar med aktörens id.",
                                     f"Lägg ert dokuments oförändrade text i {SOURCES_DIR}/{actor}-….txt och skriv "
                                     "den sökvägen här. Varje aktör citerar sina egna källtexter, som ingen annan "
                                     "ändrar; citaten kontrolleras när källtexten är er."))
    return errors


_by_id: list = [None, {}]  # [the actor registry last indexed, its actors by id]


def _actors_by_id(inputs: Inputs) -> dict[str, model.Actor]:
    """The registry's actors by id, made once per registry object: the one-plan rules run
    plan by plan (`CheckCache`), and a table of 2,600 actors made for each of the country's
    plans would cost seconds."""
    if _by_id[0] is not inputs.actors:
        _by_id[:] = [inputs.actors, {a.id: a for a in inputs.actors.value.actors}]
    return _by_id[1]


def _actor_ids(inputs: Inputs) -> Collection[str]:
    """The registered actors' ids while they are known (`_ids_known`); none otherwise (the
    rules that place a file by its actor then say nothing of whose it is)."""
    return _ids_of(inputs.actors, "actors") if _ids_known(inputs.actors) else set()


def _ids_known(file: Optional[Loaded]) -> bool:
    """Whether every entry's id of a registry is known: it loaded, whole or with entries the
    schema refused for another fault, whose ids are kept (`Loaded.refused_ids`). Not while an
    entry was refused without its id, or a key was written twice (an entry whose dash was lost
    is in no list): an id the file means to list could then look unknown."""
    return file is not None and not file.keys_twice and not file.ids_lost


# {registry: (the file last read, its ids, whether one of them is entered twice)}
_ids_memo: dict[str, tuple[Loaded, frozenset[str], bool]] = {}


def _registry_ids(file: Loaded, name: str) -> tuple[frozenset[str], bool]:
    """The ids of the registry `name`'s entries, the refused ones' too, and whether one is
    entered twice, made once per registry object (the one-plan rules run plan by plan,
    `CheckCache`). Only `_ids_known` makes them all."""
    if name not in _ids_memo or _ids_memo[name][0] is not file:
        ids = [entry.id for entry in getattr(file.value, name)] + [refused.text for refused in file.refused_ids]
        _ids_memo[name] = (file, frozenset(ids), len(set(ids)) < len(ids))
    return _ids_memo[name][1:]


def _ids_of(file: Loaded, name: str) -> frozenset[str]:
    return _registry_ids(file, name)[0]


def _ids_compared(file: Optional[Loaded], name: str) -> bool:
    """Whether others can be compared with a registry's ids: all of them are known
    (`_ids_known`), and none is entered twice. An id entered twice is most often another
    entry's mistyped (the pairwise audit: `familjecentral` written as `ekonomi`), and every plan
    of that entry would be told its topic or actor is unknown, where the one mistake is the
    registry's, which `check_registry_ids_unique` names."""
    return _ids_known(file) and not _registry_ids(file, name)[1]


# --- registries ----------------------------------------------------------------------------
def _sound(file: Optional[Loaded]) -> bool:
    """Whether a registry loaded whole (its schema refused no entry)."""
    return file is not None and file.complete


def check_registry_ids_unique(inputs: Inputs) -> list[LocatedError]:
    errors = []
    for file, attribute in ((inputs.municipalities, "municipalities"), (inputs.actors, "actors"),
                            (inputs.topics, "topics"), (inputs.terms, "terms")):
        if file is not None:
            errors += [_id_error(file, where, f"id '{entry_id}' finns redan (rad {line}).",
                                 "Varje id måste vara unikt; är det samma sak två gånger, ta bort den ena, "
                                 "annars ge den ena ett eget id.")
                       for entry_id, where, line in _repeated_ids(
                           file, [(entry.id, (attribute, index)) for index, entry in enumerate(getattr(file.value, attribute))])]
    return errors


def check_registry_names_unique(inputs: Inputs) -> list[LocatedError]:
    """A municipality, an actor within its municipality and a topic each have a name of their
    own: two entries of one name are one entered twice (a name pasted from a PDF in another
    Unicode form, NFD, is read as NFC and is the same name), which the pages would show as two
    of one name. Names are compared folded, as ids are made (`Dals-Ed` is `dals ed`). A party
    of one name may stand in several municipalities (Sjukvårdspartiet Västernorrland)."""
    errors = []
    for attribute, (what, hint) in _NAMED_ENTRIES.items():
        registry = getattr(inputs, attribute)
        if registry is None:
            continue
        first: dict[tuple[str, str], tuple[int, str]] = {}  # (index, id) of the first of each name
        for index, entry in enumerate(getattr(registry.value, attribute)):
            # An actor's name is its own within its municipality.
            key = (getattr(entry, "municipality", ""), fold(entry.name))
            if key not in first:
                first[key] = (index, entry.id)
                continue
            # The line is looked up only for a name given twice: a position reads the file's
            # text again with the pure parser (`load.TypedFile._raw_tree`).
            at, other = first[key]
            line = registry.position((attribute, at, "id")).line
            where = f" i kommunen {key[0]}" if key[0] else ""
            errors.append(registry.error((attribute, index, "name"),
                                         f"namnet '{entry.name}' har redan {what} '{other}'{where} (rad {line}).", hint))
    return errors


def check_municipality_other_names(inputs: Inputs) -> list[LocatedError]:
    """A municipality's names in the minority languages (`other_names`): one for each language,
    as the law gives it one official name in each (the same name may stand for two, as
    Kiiruna does for Finnish and Meänkieli), and none its Swedish name again, which the page
    would show twice. Names are compared as written but for case: Malå's Ume Sami name Mála
    differs from it by its accents alone."""
    registry = inputs.municipalities
    errors = []
    for index, municipality in enumerate(registry.value.municipalities):
        first: dict[str, int] = {}
        for at, other in enumerate(municipality.other_names):
            where = ("municipalities", index, "other_names", at)
            if other.name.casefold() == municipality.name.casefold():
                errors.append(registry.error((*where, "name"), f"'{other.name}' är kommunens svenska namn.",
                                             "Skriv här bara namn som skiljer sig från kommunens svenska namn (name); "
                                             "ta bort posten."))
            elif other.lang in first:
                line = registry.position((*where[:-1], first[other.lang], "lang")).line
                label = model.MINORITY_LANGUAGES[other.lang]
                errors.append(registry.error((*where, "lang"), f"kommunen har redan ett namn på {label} ({other.lang}, "
                                                               f"rad {line}).",
                                             "En kommun har ett officiellt namn på varje språk: ta bort det ena, eller "
                                             "rätta språkkoden om namnet är på ett annat språk. Tillåtna språk: "
                                             + ", ".join(model.labelled_values(model.MINORITY_LANGUAGES)) + "."))
            first.setdefault(other.lang, at)
    return errors


def check_topic_keywords_once(inputs: Inputs) -> list[LocatedError]:
    """A topic's keywords each once, compared as the search folds them (`Jobb` is `jobb`, and
    `hemlöshet` is `hemloshet`, which the pages add for search anyway): the topic's page and
    its open data listed a keyword written twice twice, as every list of texts would."""
    registry = inputs.topics
    errors = []
    for index, topic in enumerate(registry.value.topics):
        first: dict[str, int] = {}
        for at, keyword in enumerate(topic.keywords):
            folded = _keyword_as_searched(keyword)
            if folded in first:
                line = registry.position(("topics", index, "keywords", first[folded])).line
                errors.append(registry.error(("topics", index, "keywords", at),
                                             f"sökordet '{keyword}' står redan i ämnets sökord "
                                             f"('{topic.keywords[first[folded]]}', rad {line}).",
                                             "Ta bort det ena; webbplatsens sökning hittar ett ord med eller utan "
                                             "å, ä och ö och med stor eller liten bokstav."))
            first.setdefault(folded, at)
    return errors


def _keyword_as_searched(keyword: str) -> str:
    """The keyword as the search finds it, word by word: in any case, and without accents, å, ä
    and ö where the pages add the word so (`swedish.typed_plainly`: none shorter than
    `SEARCH_WORD_LENGTH`, no stop word); `gå` and `ga` are two words to the search."""
    return " ".join(fold(word) if len(word) >= SEARCH_WORD_LENGTH and word not in SEARCH_STOPWORDS else word
                    for word in re.findall(r"\w+", keyword.casefold()))


def _named_twice_hint(what: str, otherwise: str) -> str:
    return (f"Varje {what} står en gång i registret. Är det samma {what}, ta bort den ena posten och skriv den andras "
            f"id där den här används; annars {otherwise}.")


_NAMED_ENTRIES = {
    "municipalities": ("kommunen", _named_twice_hint("kommun", "skriv kommunens namn som kommunen själv skriver det")),
    "actors": ("aktören", _named_twice_hint("aktör", "skriv aktörens namn som aktören själv skriver det")),
    "topics": ("ämnet", _named_twice_hint("ämne", "ge ämnena olika namn")),
}


def check_registry_sorted(inputs: Inputs) -> list[LocatedError]:
    """Each registry lists its entries by id, as its first lines and the guide say: a party
    office adds itself where it belongs, so additions by many offices do not collide at the
    end of the file, and a reviewer finds an entry where it should be. The entries out of
    place are those outside the longest run already in order (one entry appended at the end
    is one error, not an error for every entry after it)."""
    errors = []
    for file, attribute in ((inputs.municipalities, "municipalities"), (inputs.actors, "actors"),
                            (inputs.topics, "topics")):
        placed = _registry_ids_in_order(file, attribute)
        if placed is None:
            continue
        ids = [entry_id for entry_id, _ in placed]
        # A repeated id is its own error ("finns redan"); here it would also make its first
        # entry, already in its place, look out of order.
        first_at: dict[str, int] = {}
        for index, entry_id in enumerate(ids):
            first_at.setdefault(entry_id, index)
        first = list(first_at.values())  # each id's first entry, in file order
        # Of equally long runs, the one that keeps the earlier entries: an entry appended at
        # the end is named, not the one it belongs before (found from the end, as a run
        # descending there, which keeps the larger ids).
        keys = [ids[index] for index in first]
        rank = {entry_id: place for place, entry_id in enumerate(sorted(keys))}
        in_order = {first[len(keys) - 1 - at] for at in _longest_ascending([-rank[key] for key in reversed(keys)])}
        staying = sorted(ids[index] for index in in_order)
        moving = sorted(ids[index] for index in first if index not in in_order)
        for index in first:
            if index not in in_order:
                errors.append(_id_error(file, placed[index][1], f"'{ids[index]}' står inte i bokstavsordning efter id.",
                                        f"Flytta hela posten så att den står {_place_among(ids[index], staying, moving)}: "
                                        "registret sorteras på id."))
    return errors


def _place_among(entry_id: str, staying: list[str], moving: list[str]) -> str:
    """Where an entry out of order belongs, said by the entries in order around it, which stay
    where they are: an entry that also moves is no place to move to (the hint "directly after
    'ekonomi'" for an entry beside an `ekonomi` out of place was no move at all). Others moving
    into the same gap are named, to be put in order with it."""
    at = bisect.bisect(staying, entry_id)
    before, after = staying[at - 1] if at else None, staying[at] if at < len(staying) else None
    where = (f"mellan '{before}' och '{after}'" if before and after else
             f"sist i listan, efter '{before}'" if before else f"först i listan, före '{after}'" if after else "först i listan")
    beside = [other for other in moving if other != entry_id and bisect.bisect(staying, other) == at]
    return where + (f", i bokstavsordning med {' och '.join(repr(other) for other in beside)}" if beside else "")


def _registry_ids_in_order(file: Optional[Loaded], attribute: str) -> Optional[list[tuple[str, object]]]:
    """A registry's ids in the file's order, each with where it is, the entries the schema
    refused for another fault among them (`_with_refused_ids`): an entry added out of place and
    with a field missing is told both in one round. None while the order is not known: an
    entry refused without its id (a wrong id has no place yet), or a key written twice (an
    entry whose dash was lost is in no list)."""
    if not _ids_known(file):
        return None
    return _with_refused_ids(file, [(entry.id, (attribute, index))
                                    for index, entry in enumerate(getattr(file.value, attribute))])


def _longest_ascending(ids: list[int]) -> list[int]:
    """The indexes of a longest strictly ascending run (not necessarily adjacent) of `ids`;
    of equally long ones, the run whose every value is the smallest it can be."""
    tails: list[int] = []  # tails[k]: index of the smallest last id of an ascending run of k + 1
    tail_ids: list[int] = []  # the ids at those indexes
    before: list[Optional[int]] = [None] * len(ids)
    for index, entry_id in enumerate(ids):
        length = bisect.bisect_left(tail_ids, entry_id)
        before[index] = tails[length - 1] if length else None
        if length == len(tails):
            tails.append(index)
            tail_ids.append(entry_id)
        else:
            tails[length], tail_ids[length] = index, entry_id
    run, index = [], tails[-1] if tails else None
    while index is not None:
        run.append(index)
        index = before[index]
    return run[::-1]


def check_terms_follow_each_other(inputs: Inputs) -> list[LocatedError]:
    """Terms oldest first, each starting the day after the one before ends: an overlap would put
    a document in two terms, and a gap would leave documents dated in it without one."""
    errors = []
    terms = inputs.terms.value.terms
    before = terms[0] if terms else None
    for index in range(1, len(terms)):
        term = terms[index]
        loc = ("terms", index, "starts")
        flagged = len(errors)
        if (term.starts - before.ends).days > 1 and terms[index - 1] is not before and terms[index - 1].starts > before.starts:
            before = terms[index - 1]  # a term passed over lies in the gap: no term is missing there
        if term.starts <= before.starts:
            errors.append(inputs.terms.error(loc, f"mandatperioden {term.id} börjar före {before.id}, som står ovanför.",
                                             "Sortera mandatperioderna efter starts, den äldsta först."))
        elif term.starts <= before.ends:
            same_day = "samma dag som" if term.starts == before.ends else "innan"  # "innan … slutar (same date)" read as none
            errors.append(inputs.terms.error(loc, f"mandatperioden {term.id} börjar {term.starts.isoformat()}, {same_day} "
                                             f"{before.id} slutar ({before.ends.isoformat()}).",
                                             "En mandatperiod börjar dagen efter att den förra slutar (den 15 oktober valåret)."))
            following = terms[index + 1] if index + 1 < len(terms) else None
            if following is None or following.starts > term.ends:
                flagged = len(errors)  # the term before ends too late: the next is compared with this one
        elif (term.starts - before.ends).days > 1 and not any(before.ends < later.starts < term.starts
                                                              for later in terms[index + 1:]):
            # (a term further down that lies in the gap is out of order, and named there)
            errors.append(inputs.terms.error(loc, *_gap_said(before, term, terms)))
            flagged = len(errors)  # a gap: the terms after it are compared with the one after the gap
        if len(errors) == flagged:
            # The next term is compared with this one; a term out of place is passed over, so
            # that a term inserted where it overlaps the next one too is named, and not the
            # right one after it.
            before = term
    return errors


def _gap_said(before: model.Term, term: model.Term, terms: list[model.Term]) -> tuple[str, str]:
    """The days between two terms that no term covers, and how to mend it: a gap shorter than
    every registered term holds no missing term ("saknas en mandatperiod" said so of a day or
    two), only a date written wrong."""
    first, last = before.ends + datetime.timedelta(days=1), term.starts - datetime.timedelta(days=1)
    days = f"dagen {first.isoformat()}" if first == last else f"dagarna {first.isoformat()} – {last.isoformat()}"
    said = (f"{days}, mellan {before.id} (slutar {before.ends.isoformat()}) och {term.id} (börjar "
            f"{term.starts.isoformat()}), hör inte till någon mandatperiod.")
    if last - first < min(t.ends - t.starts for t in terms):
        return said, "Rätta datumen: en mandatperiod börjar dagen efter att den förra slutar (den 15 oktober valåret)."
    return said, ("Lägg till den saknade mandatperioden, eller rätta datumen: en period börjar dagen efter att den "
                  "förra slutar.")


def check_terms_name_their_years(inputs: Inputs) -> list[LocatedError]:
    """A term's id and name say its years: the pages tell voters "Nuvarande mandatperiod är
    2026–2030" from the name while the dates decide which documents belong to it, so a name
    that disagrees with the dates would mislead them without a word."""
    errors = []
    for index, term in enumerate(inputs.terms.value.terms):
        years = (term.starts.year, term.ends.year)
        for field_name, written, wanted in (("id", term.id, "%d-%d" % years), ("name", term.name, "%d–%d" % years)):
            if written != wanted:
                errors.append(inputs.terms.error(
                    ("terms", index, field_name), f"'{written}' stämmer inte med mandatperiodens datum "
                    f"({term.starts.isoformat()} till {term.ends.isoformat()}).",
                    f"Skriv {field_name}: {wanted}, eller rätta starts och ends."))
    return errors


def check_actor_municipality_known(inputs: Inputs) -> list[LocatedError]:
    """An actor's municipality is registered. The one its id begins with is the one suggested
    (`dalby-m` with `municipality: ebby`: the hint audit followed "Menade du 'bergby'?" into
    "id 'dalby-m' börjar inte med kommunens id")."""
    known = _ids_of(inputs.municipalities, "municipalities")

    def said(actor_id: str, municipality: str) -> tuple[str, str]:
        # Only the municipality the actor's id names can have been taken out of the registry: another
        # (`falun-x` with `municipality: faln`) is a slip, told to remove a municipality all the same.
        prefixes = list(name_prefixes(actor_id))
        own = municipality in prefixes or not actor_id
        named = [prefix for prefix in prefixes if prefix in known][:1]
        # The id's own municipality, registered in another spelling (`falum`, a new entry's slip): it was
        # offered, and the next run told the actor's id not to begin with it.
        other = difflib.get_close_matches(municipality, sorted(known), n=1, cutoff=0.6) if own and actor_id else []
        message, hint = _unknown_said("kommun-id", municipality, sorted(known), "municipalities.yaml",
                                      removed=MUNICIPALITY_NEW + (f" {MUNICIPALITY_REMOVED}" if own else ""),
                                      suggestions=named or ([] if other else None))
        return message, (f"Registret har '{other[0]}', som liknar det: är det samma kommun, rätta dess id i "
                         f"{REGISTRY_DIR}/municipalities.yaml till '{municipality}', som aktörens id '{actor_id}' "
                         f"börjar med. " if other and not named else "") + hint
    errors = [inputs.actors.error(("actors", index, "municipality"), *said(actor.id, actor.municipality))
              for index, actor in enumerate(inputs.actors.value.actors) if actor.municipality not in known]
    # An entry refused for another fault (`kind: parti`) keeps its municipality: told in the same round.
    ids = {refused.field.rpartition(".")[0]: refused.text for refused in inputs.actors.refused_ids}
    return errors + [refused.error(inputs.actors.path, *said(ids.get(refused.field.rpartition(".")[0], ""), refused.text))
                     for refused in inputs.actors.refused_municipalities if refused.text not in known]


# A party from a municipality the site does not have yet brings the municipality with it.
MUNICIPALITY_NEW = ("Är kommunen ny på webbplatsen, lägg till den i registry/municipalities.yaml i samma pull request "
                    "(se guiden Så lämnar ni in er plan).")
# A maintainer who took a municipality out of the registry meets the same error on each of its actors,
# which were told only to add it.
MUNICIPALITY_REMOVED = ("Har kommunen tagits bort ur registret tas först dess aktörer bort, med deras filer och rader i "
                        ".github/CODEOWNERS.")


def check_actor_ids_name_their_municipality(inputs: Inputs) -> list[LocatedError]:
    """An actor's id is `<municipality id>-<short name>`, as README and the guide say: the
    suggestions for a mistyped id and the review rules (each actor's files start with its
    id) rely on it, and `falun-x` filed under Eskilstuna would read as Falun's. Not for an
    actor of a municipality the registry does not have: that is the slip, said there."""
    registered = _ids_of(inputs.municipalities, "municipalities") if inputs.municipalities is not None else None
    ids = [actor.id for actor in inputs.actors.value.actors]
    return [inputs.actors.error(("actors", index, "id"), f"id '{actor.id}' börjar inte med kommunens id "
                                f"'{actor.municipality}-'.", _actor_id_example(actor, index, ids))
            for index, actor in enumerate(inputs.actors.value.actors)
            if (not actor.id.startswith(actor.municipality + "-") or actor.id == actor.municipality + "-")
            and (registered is None or actor.municipality in registered)]


# --- one plan --------------------------------------------------------------------------------
def check_plan_id_matches_file(inputs: Inputs) -> list[LocatedError]:
    errors = []
    files = {plan.path for plan in inputs.plans} | set(inputs.unloaded_plans)
    for plan in inputs.plans:
        stem = Path(plan.path).stem
        if plan.value.id != stem and not _stood_in(plan, "id"):
            # A file name that is no id (capitals, spaces, `.yaml.yaml`) cannot become one: rename the file.
            # Renaming the file after the id is offered only when the id is the actor's: a file
            # named after another actor's id would trade this error for one about its owner; and
            # only when no file has that name (a copy, `x (1).yaml`, would overwrite its original).
            target = f"{PLANS_DIR}/{plan.value.id}.yaml"
            theirs = plan.value.id.startswith(f"{plan.value.actor}-") or not stem.startswith(f"{plan.value.actor}-")
            hint = (f"Skriv {code(f'id: {stem}')}" + (f" eller byt namn på filen till {plan.value.id}.yaml."
                                              if theirs and target not in files else ".")
                    if re.fullmatch(model.ID_PATTERN, stem) else
                    name_taken(target) if target in files else
                    f"Byt namn på filen till {plan.value.id}.yaml: filnamnet är dokumentets id och adress, med bara "
                    "små bokstäver a–z, siffror och bindestreck.")
            errors.append(plan.error(("id",), f"id '{plan.value.id}' stämmer inte med filnamnet {Path(plan.path).name}.",
                                     hint))
    return errors


def _renamed_actor(plan: Loaded, inputs: Inputs) -> Optional[str]:
    """The registered actor that the plan's `actor`, an id the registry does not have, was
    renamed to (README, *Renaming or removing …*), or None: where the plan's file is named for
    it and no registered id is a closer spelling of it than that actor's (`suggest_actor`), the one whose
    id is made of its short name as the old id is (`bergby-a` of `A`), of its municipality or of
    one the registry no longer has where the plan's municipality is either (a municipality's id
    changed, and its actors' with it), and that has no plan nor archived text of its own, none
    naming it in `actor` nor named for it. Its plans' first error told a maintainer who had
    changed the id in the registry how a new party joins the site."""
    old = plan.value.actor
    if inputs.actors is None or not _named_for(old, plan.path):
        return None
    plans_actors = {plan.value.actor for plan in inputs.plans}
    files = [plan.path for plan in inputs.plans] + list(inputs.source_files)
    registered = _ids_of(inputs.municipalities, "municipalities") if inputs.municipalities is not None else frozenset()

    def made_of(actor) -> bool:
        was = old.removesuffix(f"-{as_id(actor.short)}")
        return was != old and (was == actor.municipality or was not in registered
                               and plan.value.municipality in (was, actor.municipality))

    found = [actor.id for actor in inputs.actors.value.actors
             if actor.id != old and made_of(actor)
             and actor.id not in plans_actors and not any(_named_for(actor.id, path) for path in files)]
    return found[0] if len(found) == 1 and suggest_actor(old, inputs.actors.value.actors) in (None, found[0]) else None


def _renamed_actor_hint(plan: Loaded, old: str, new: str, inputs: Inputs) -> str:
    """What to rename in a plan of an actor whose id changed from `old` to `new`, all at once:
    its `actor`, its `municipality` where the actor's is another, its file and `id`, and its
    source's file and `archive`."""
    name = Path(plan.path).name
    archive = archive_of(plan)
    source = (f", och döp källtexten {archive} till {SOURCES_DIR}/{new}{archive.rpartition('/')[2][len(old):]} och "
              f"skriv den nya sökvägen i {code('archive')}" if archive and _named_for(old, archive) else "")
    municipality = _actors_by_id(inputs)[new].municipality
    fields = code(f"actor: {new}") + (f" och {code(f'municipality: {municipality}')}"
                                      if municipality != plan.value.municipality else "")
    return (f"Har aktörens id bytts från '{old}' till '{new}' i {REGISTRY_DIR}/actors.yaml ('{new}' har ingen plan)? "
            f"Skriv då {fields}, döp filen till {new}{name[len(old):]} och skriv samma namn utan .yaml "
            f"i {code('id')}{source}.")


def check_plan_ids_unique(inputs: Inputs) -> list[LocatedError]:
    errors, owners = [], {}
    for plan in (plan for plan in inputs.plans if not _stood_in(plan, "id")):
        if plan.value.id in owners:
            errors.append(plan.error(("id",), f"plan-id '{plan.value.id}' används redan av {owners[plan.value.id]}.",
                                     "Varje dokument behöver ett eget id, samma som filnamnet."))
        owners.setdefault(plan.value.id, plan.path)
    return errors


def check_plan_actor(inputs: Inputs) -> list[LocatedError]:
    """The actor exists and owns the file name (its municipality is `check_plan_actor_municipality`'s)."""
    errors = []
    actors = _actor_ids(inputs)
    for plan in inputs.plans:
        data = plan.value
        if _stood_in(plan, "actor"):
            continue  # refused by the schema, which says why
        if data.actor not in actors:
            close = suggest_actor(data.actor, inputs.actors.value.actors)
            # A slip no spelling rule takes (`falun-vp` in plans/falun-v-….yaml) was told only to
            # add a new party: the file's name says whose it is, unless it is named for the new one.
            owner = None if close or _named_for(data.actor, plan.path) else owner_of(plan.path, actors)
            if owner:
                # The registered actor first: the whole way in for a new party (some 900
                # characters) buried the fix of one letter. That way is the guide's section.
                errors.append(plan.error(("actor",), f"okänt aktörs-id '{data.actor}'.", (
                    f"Filnamnet {Path(plan.path).name} hör till '{owner}': skriv {code(f'actor: {owner}')} om det är "
                    f"dess plan. Är '{data.actor}' ett nytt parti, döp filen till {data.actor}-….yaml, skriv samma namn utan "
                    f".yaml i {code('id')} och lägg till partiet i registret (docs/bidra.md, avsnittet ”{NEW_PARTY_SECTION}”).")))
                continue
            renamed = _renamed_actor(plan, inputs)
            if renamed:
                errors.append(plan.error(("actor",), f"okänt aktörs-id '{data.actor}'.",
                                         _renamed_actor_hint(plan, data.actor, renamed, inputs)))
                continue
            hint = f"Menade du '{close}'? " if close else new_actor_hint(data.actor) + " "
            # A maintainer who took the actor out of the registry meets the same error on its plans.
            removed = (f" Har aktören tagits bort ur registret tas också dess filer i {PLANS_DIR}/ och "
                       f"{SOURCES_DIR}/ bort, och dess rader i .github/CODEOWNERS.")
            errors.append(plan.error(("actor",), f"okänt aktörs-id '{data.actor}'.",
                                     hint + f"Giltiga id finns i {REGISTRY_DIR}/actors.yaml." + removed))
            continue
        owner = owner_of(plan.path, actors)
        if (owner != data.actor and not _stood_in(plan, "id") and Path(plan.path).stem != data.id
                and owner_of(f"{PLANS_DIR}/{data.id}.yaml", actors) == data.actor):
            continue  # the id's error tells to name the file as the id, which the actor owns: said once
        if owner != data.actor:
            whose = f"aktören '{owner}'" if owner else "ingen aktör"
            # A committee's or an administration's files are its own, no party's.
            kind = next((actor.kind for actor in inputs.actors.value.actors if actor.id == data.actor), None)
            rename = (f"döp filen till {data.actor}-….yaml så att rätt {'parti' if kind == 'party' else 'aktör'} "
                      f"äger den, och skriv samma namn utan .yaml i {code('id')}.")
            archive = archive_of(plan)
            if not owner and archive is not None and not _named_for(data.actor, archive):
                # A file named for no actor, most often one whose id changed: its source is then
                # not the actor's either (`check_archive_is_the_actors`), which showed only in the
                # run after the file was renamed. (Named for another actor, `actor:` may be the slip.)
                rename += (f" Döp också källtexten {archive} till {SOURCES_DIR}/{data.actor}-….txt och skriv den "
                           f"nya sökvägen i {code('archive')}.")
            # Either may be the slip: a plan saved under another actor's name, or one copied
            # from another actor's plan with its `actor:` left as it was.
            hint = (f"Hör planen till {owner}, skriv {code(f'actor: {owner}')}; hör den till {data.actor}, {rename}" if owner
                    else rename[:1].upper() + rename[1:])
            errors.append(plan.error(("actor",), f"filnamnet {Path(plan.path).name} hör till {whose}, inte till "
                                     f"'{data.actor}'.", hint))
    return errors


def check_plan_actor_municipality(inputs: Inputs) -> list[LocatedError]:
    """The plan's municipality is its actor's. Apart from `check_plan_actor`, since it waits
    until the actors' municipalities have been judged (`_unjudged`), which whether the actor
    exists does not."""
    errors = []
    actors = _actors_by_id(inputs)
    for plan in inputs.plans:
        data = plan.value
        if _stood_in(plan, "actor") or _stood_in(plan, "municipality") or data.actor not in actors:
            continue  # refused by the schema, or unknown: each said on its own
        owner = owner_of(plan.path, actors)
        if owner != data.actor and owner and actors[owner].municipality == data.municipality:
            continue  # the file's owner and the municipality agree: `actor:` is the slip, `check_plan_actor` says so
        expected = actors[data.actor].municipality
        if data.municipality != expected and not _registered_elsewhere(plan, actors, inputs):
            errors.append(plan.error(("municipality",),
                                     f"aktören '{data.actor}' hör till kommunen '{expected}', inte '{data.municipality}'.",
                                     f"Skriv {code(f'municipality: {expected}')}."))
    return errors


def _registered_elsewhere(plan: Loaded, actors: dict, inputs: Inputs) -> Optional[str]:
    """The registered municipality of the plan's registered actor, where the plan's own
    municipality is no registered one (dalby, after the ids changed to nordanby and
    nordanby-m): `check_plan_municipality_known` tells both at once. Its field was told twice,
    at the same place, each offering nordanby (unknown; the actor's is another)."""
    if (inputs.municipalities is None or _stood_in(plan, "actor") or plan.value.actor not in actors
            or not _ids_compared(inputs.municipalities, "municipalities")):
        return None
    known, expected = _ids_of(inputs.municipalities, "municipalities"), actors[plan.value.actor].municipality
    return expected if plan.value.municipality not in known and expected in known else None


def check_plan_municipality_known(inputs: Inputs) -> list[LocatedError]:
    """A plan's municipality is registered. Where its actor is registered with the same one, the
    municipality is new to the site, and the hint says how to add it, as the actor's error does
    (session 72's new party office read only 'Giltiga id finns i …' at its plan). So does it where
    the actor is not registered either: a new party, whose municipality may be new as well."""
    known = _ids_of(inputs.municipalities, "municipalities")
    errors = []
    actors = _actors_by_id(inputs) if inputs.actors is not None else {}
    for plan in inputs.plans:
        if plan.value.municipality in known or _stood_in(plan, "municipality"):
            continue
        expected = _registered_elsewhere(plan, actors, inputs)
        if expected:
            # A file of another actor's (`actor: dalby-m` in bergby-a-plan-2024.yaml): which is meant is
            # `check_plan_actor`'s question, and each answer its municipality, as its hint asks; told the
            # actor's alone, `actor: bergby-a` as told there and its municipality were refused next.
            owner = owner_of(plan.path, actors)
            other = actors[owner].municipality if owner and owner != plan.value.actor else None
            hint = (f"Hör planen till {owner}, skriv {code(f'municipality: {other}')}; hör den till {plan.value.actor}, "
                    f"skriv {code(f'municipality: {expected}')}." if other in known and other != expected
                    else f"Skriv {code(f'municipality: {expected}')}.")
            errors.append(plan.error(("municipality",), f"okänt kommun-id '{plan.value.municipality}'; aktören "
                                     f"'{plan.value.actor}' hör till kommunen '{expected}'.", hint))
            continue
        # An unreadable registry: whether the actor is new is not known. An actor whose id changed
        # with its municipality's (`_renamed_actor`): its new municipality, as its `actor`'s hint says.
        new = inputs.actors is not None and (plan.value.actor not in actors
                                             or actors[plan.value.actor].municipality == plan.value.municipality)
        renamed = _renamed_actor(plan, inputs) if new and plan.value.actor not in actors else None
        errors.append(_unknown(plan, ("municipality",), "kommun-id", plan.value.municipality, sorted(known),
                               "municipalities.yaml", [actors[renamed].municipality] if renamed else None,
                               removed=MUNICIPALITY_NEW if new and not renamed else ""))
    return errors


def check_schema_line(inputs: Inputs) -> list[LocatedError]:
    errors = []
    for plan in inputs.plans:
        text = plan.text.lstrip("\ufeff")
        if text.startswith(SCHEMA_LINE):
            continue
        # A line above it (`---`, a comment, a blank line): the line is there, only not first.
        lines = split_lines(text)
        below = next((number for number, line in enumerate(lines, start=1) if line.rstrip() == SCHEMA_LINE), None)
        # A schema line with another path (`$schema=docs/schema/…`, copied from elsewhere):
        # mended where it is, not added a second time.
        other = next((number for number, line in enumerate(lines, start=1) if "yaml-language-server" in line), None)
        if below:
            hint = f"Raden står på rad {below}; flytta den till rad 1, så hjälper redigeringsprogrammet till."
        elif other:
            hint = (f"Rad {other} pekar ut ett annat schema: skriv den som {code(SCHEMA_LINE)}"
                    + ("" if other == 1 else " och flytta den till rad 1") + ", så hjälper redigeringsprogrammet till.")
        else:
            hint = f"Lägg till raden {code(SCHEMA_LINE)} överst, så hjälper redigeringsprogrammet till."
        errors.append(LocatedError(plan.path, 1, 1, "", "första raden ska peka ut schemat.", hint))
    return errors


def _given(plan: Loaded, name: str) -> Optional[object]:
    """A plan's field as the file gives it; None where the schema refused it and the salvage
    put a stand-in (`Loaded.stood_in`), which no rule may read as the party office's."""
    return None if _stood_in(plan, name) else getattr(plan.value, name, None)


def _stood_in(plan: Loaded, name: str) -> bool:
    """Whether a plan's top-level field is the salvage's stand-in (`id: Bergby A` read as `x`)."""
    return (name,) in plan.stood_in


def check_follow_up_status(inputs: Inputs) -> list[LocatedError]:
    """A follow-up of election promises has the status `follow-up`: the guide says so, the
    document lists and feeds show the status, and a follow-up marked `proposal` reads as a
    party's proposal. Other documents may have that status too (an administration's own
    follow-up of its plan)."""
    errors = []
    for plan in inputs.plans:
        kind, status = _given(plan, "kind"), _given(plan, "status")
        if kind is None or status is None:
            continue  # refused by the schema, which says why
        if kind == "promise-follow-up" and status != "follow-up":
            what, hint = model.FOLLOW_UP_STATUS
            errors.append(plan.error(("status",), f"{what}, inte {status}.", model.said(hint)))
    return errors


def check_promises_followed_up(inputs: Inputs) -> list[LocatedError]:
    """In a follow-up of election promises each promise says how far it has come, as the guide
    asks: without `status` its line on the site shows no state, where the document gave one
    or said nothing (`unknown`, which is a state too). And only there: a party's platform
    does not follow up its own promises, and its page would show a state it never gave."""
    errors = []
    for plan in inputs.plans:
        kind = _given(plan, "kind")
        if kind is not None and kind != "promise-follow-up":
            # A promise the schema refused for another fault too (`load` pruned it).
            places = [functools.partial(plan.error, loc + ("status",)) for loc, entry in _entries(plan.value)
                      if isinstance(entry, model.Item) and entry.status is not None]
            places += [functools.partial(refused.error, plan.path) for refused in plan.refused_statuses]
            what, hint = model.STATUS_OUTSIDE_FOLLOW_UP
            errors += [error(f"{what}, och det här dokumentet har kind: {kind}.", model.said(hint)) for error in places]
        if kind != "promise-follow-up":
            continue
        what, hint = model.PROMISE_WITHOUT_STATUS
        errors += [plan.error(loc + ("kind",), f"{what}.", model.said(hint)) for loc, entry in _entries(plan.value)
                   if isinstance(entry, model.Item) and entry.kind == "promise" and entry.status is None]
        # And the promises the schema refused for another fault too.
        errors += [refused.error(plan.path, f"{what}.", model.said(hint)) for refused in plan.refused_unstated]
    return errors


# A dating key with a value as written, on its line or in a block below it; not `year:` or
# `year: null` alone, which say no dating, refused or not.
_NOTHING = r"[ \t]*(?:(?:null|Null|NULL|~)[ \t]*)?(?:#.*)?$"
_DATING_VALUED = {name: lazy_regex.compile(rf"^{name}:(?!{_NOTHING})|^{name}:{_NOTHING}\n(?:[ \t]*(?:#.*)?\n)*(?:[ \t]+\S|-[ \t\n])",
                                   re.MULTILINE) for name in model.DATINGS}


def check_one_dating(inputs: Inputs) -> list[LocatedError]:
    errors = []
    for plan in inputs.plans:
        # A value the schema refused (`period` with end before start) is pruned from the typed
        # plan, but it was given all the same: its own error says what is wrong with it.
        given = [name for name in model.DATINGS if getattr(plan.value, name) is not None
                 or (not plan.complete and _DATING_VALUED[name].search(plan.text))]
        # A misspelt one (`yaer: 2024`, "Menade du 'year'?") is the dating given, if none is.
        given = given or [name for name in model.DATINGS if name in plan.misspelt]
        # `year:` with nothing after it (or `null`): the line to fix, not the file.
        empty = [name for name in model.DATINGS
                 if not given and re.search(rf"^{name}:{_NOTHING}", plan.text, re.MULTILINE)]
        if len(given) != 1:
            loc = (given[1],) if len(given) > 1 else (empty[0],) if empty else ()
            what, hint = model.DATING_ONE
            errors.append(plan.error(loc, what + (f" ({empty[0]} har inget värde)." if empty else "."), model.said(hint)))
        elif plan.value.dating_inferred and (plan.value.undated is not None or not plan.value.dating_note):
            what, hint = model.DATING_INFERRED
            errors.append(plan.error(("dating_inferred",), f"{what}.", model.said(hint)))
    return errors


def check_entry_ids_unique(inputs: Inputs) -> list[LocatedError]:
    """Each item and table id once in its plan, the ids of entries the schema refused for
    another fault (`Loaded.refused_ids`) among them, in the file's order."""
    return [_id_error(plan, where, f"id '{entry_id}' finns redan i planen (rad {line}).",
                      "Varje punkt behöver ett eget id; det blir punktens ankare på sidan.")
            for plan in inputs.plans
            for entry_id, where, line in _repeated_ids(plan, [(entry.id, loc) for loc, entry in _entries(plan.value)])]


def _line_of(file: Loaded, where: object) -> int:
    """The line of an entry's id: a place in the typed file, or a refused entry's `RefusedValue`."""
    return where.line if isinstance(where, RefusedValue) else file.position(where + ("id",)).line


def check_entry_ids_free(inputs: Inputs) -> list[LocatedError]:
    """An item or table id is its anchor on the plan page, which names its own headings and its
    note on the attribution too."""
    return [plan.error(loc + ("id",), f"id '{entry.id}' är redan ankaret för en rubrik eller ruta på dokumentets "
                       "sida; länkar till punkten skulle hamna där.",
                       "Välj ett id som säger vad punkten handlar om, t.ex. "
                       f"'{_first_word(getattr(entry, 'text', None) or entry.caption)}-{entry.id}'.")
            for plan in inputs.plans for title_id in [paths.title_anchor(plan.value.title)]  # once a plan
            for loc, entry in _entries(plan.value) if paths.is_plan_page_anchor(entry.id, title_id)]


def _first_word(text: str) -> str:
    """The first long word of a text, as an id's part (a–z only), or `punkt`."""
    return next(iter(re.findall(r"[a-z]{4,}", fold(text))), "punkt")


def check_item_count(inputs: Inputs) -> list[LocatedError]:
    return [plan.error(("sections",), f"planen har {len(plan.value.items())} punkter (högst {model.MAX_ITEMS_TOTAL}).",
                       "Dela upp dokumentet i flera planer, t.ex. en per nämnd.", key=True)
            for plan in inputs.plans if len(plan.value.items()) > model.MAX_ITEMS_TOTAL]


# A maintainer who takes a topic out of the registry meets these errors in every plan using it.
TOPIC_REMOVED = coded("Har ämnet tagits bort ur registret, ge punkten ett annat ämne eller ta bort det ur `topics`; "
                       "en punkt utan ämne syns inte på någon ämnessida.")
# A topic that is no id at all was written by its name, or with å, ä, ö or capitals.
TOPIC_NOT_AN_ID = "Skriv ämnets id, inte dess namn: små bokstäver a–z (inte å, ä, ö), siffror och bindestreck."
# A topic like none of the registry's: the id pattern's own hint offered the text as an id
# (`äldreomsorg` as `aldreomsorg`), which, written so, was refused as an unknown topic.
TOPIC_NONE_FITS = coded(f"Passar inget ämne i listan, ta bort det ur punktens `topics` (`topics: []` om inget är kvar) "
                        f"och föreslå ämnet med formuläret ”{TOPIC_FORM}” på GitHub (Issues → New issue).")
TOPIC_NONE_LIKE = (f"Inget ämne i {REGISTRY_DIR}/topics.yaml liknar det: skriv id:t för ett av ämnena där (de står "
                   f"också i guiden, avsnittet ”Ämnen”). {TOPIC_NONE_FITS}")
_TOPIC_FIELD = lazy_regex.compile(r"\.topics\[\d+\]$")


def with_registry_and_source_hints(inputs: Inputs) -> list[LocatedError]:
    """The loading errors, where a topic was no id at all ("Hemlöshet och bostad",
    "Familjecentraler") hinted at with the topic it names, found among the topics' names and
    keywords: the id pattern's own hint can only offer the name as an id, and that id may not
    exist; and where an item's quote is missing, with the source's passage closest to the
    item's text. Each error stays where loading found it, with every other error of the same
    entry, so that one round of fixes is enough."""
    topics = inputs.topics.value.topics if inputs.topics is not None and inputs.topics.complete else []
    texts = _refused_item_texts(inputs) if any(_no_quote(error) for error in inputs.errors) else {}
    errors = []
    for error in inputs.errors:
        written = _topic_refused(error)
        if topics and written is not None:
            close, taken = _topics_offered(written, topics)
            error = replace(error, hint=_did_you_mean(list(close), close) + TOPIC_NOT_AN_ID if close
                            else _topic_id_taken(taken[0]) if taken else _said_of(TOPIC_NONE_LIKE, _of_a_table(error.field)))
        found = texts.get((error.path, error.field)) if _no_quote(error) else None
        if found is not None:
            error = replace(error, hint=f"Lägg till {code('quote:')} med de ord i källan som punkten bygger på, ordagrant. "
                                        f"Närmast punktens text är {_passage_shown(*found)}.")
        errors.append(_with_actor_meant(inputs, error) if error.field in ("actor", "municipality") and (
            error.kind == "missing" or _a_name_for_an_id(error)) else error)
    return errors


def _with_actor_meant(inputs: Inputs, error: LocatedError) -> LocatedError:
    """A plan's `actor` or `municipality` left out, or written as no id (`actor: Socialdemokraterna Falun`,
    `municipality: Falu kommun`), hinted at with the actor its file is named for and that actor's municipality
    in the registry (`_actor_meant`): "Lägg till `actor: …`" left the writer to look up what the file's name and
    the registry already say, and the id pattern's hint offered the text as an id (`falu-kommun`), which, written
    so, was refused next as unknown."""
    registry = inputs.actors
    actors = {actor.id: actor for actor in registry.value.actors} if registry is not None and registry.complete else {}
    plan = next((plan for plan in inputs.plans if plan.path == error.path), None)
    meant = _actor_meant(plan, actors) if plan is not None and actors else None
    named = next((actor.id for actor in actors.values() if error.kind != "missing" and actor.id != meant
                  and " ".join(actor.name.split()).casefold() == " ".join(str(error.refused).split()).casefold()), None)
    if error.field == "actor" and named and meant not in actors:
        # A registered actor's name in a file named for none was offered as an id (`arbetarpartiet-bergby`), refused next.
        return replace(error, hint=f"Det är namnet på aktören {named} i {REGISTRY_DIR}/actors.yaml: skriv "
                                   f"{code(f'actor: {named}')}.")
    if meant not in actors:
        return error
    write = (lambda line: f"Lägg till {code(line)} i blocket") if error.kind == "missing" else (
        lambda line: f"Skriv {code(line)}")
    if error.field == "actor" and named:
        # Another actor's name (`Östra listan Bergby` in bergby-a's file) was offered the file's actor alone, as though
        # the name were no actor's: either may be the slip, as where the other's id is written (`check_plan_actor`).
        return replace(error, hint=f"Det är namnet på aktören {named} i {REGISTRY_DIR}/actors.yaml. Hör planen till "
                                   f"{meant}, skriv {code(f'actor: {meant}')}: filens namn börjar med dess id; hör den "
                                   f"till {named}, skriv {code(f'actor: {named}')}, döp filen till {named}-….yaml och skriv "
                                   f"samma namn utan .yaml i {code('id')}.")
    if error.field == "actor":
        return replace(error, hint=f"{write(f'actor: {meant}')}: filens namn börjar med aktörens id.")
    municipality = actors[meant].municipality
    return replace(error, hint=f"{write(f'municipality: {municipality}')}: aktören {meant} hör till den kommunen i "
                               f"{REGISTRY_DIR}/actors.yaml.")


def _a_name_for_an_id(error: LocatedError) -> bool:
    """Whether the id pattern refused words where an id belongs (`Socialdemokraterna Falun`), told the generic id
    hint: not an id in typographic quotes, whose hint says to take them away, nor one with no letter (`''`, `!!`)."""
    return (error.kind == "string_pattern_mismatch" and any(char.isalpha() for char in str(error.refused))
            and error.hint.startswith(id_hint("").partition(",")[0]))


def _topic_refused(error: LocatedError) -> Optional[str]:
    """A topic the id pattern refused (`Familjecentraler`): what was written, as the error carries it."""
    return error.refused if error.kind == "string_pattern_mismatch" and _TOPIC_FIELD.search(error.field) else None


def _no_quote(error: LocatedError) -> bool:
    """An item's quote left out, as the schema refused it: by the error's kind and field, not its
    words, so that rewording `load.missing_said` cannot take the closest passage out of the hint."""
    return error.kind == "missing" and error.field.endswith(".quote")


def _refused_item_texts(inputs: Inputs) -> dict[tuple[str, str], tuple[str, int, SourceText]]:
    """For each item refused for want of its quote (by its plan's path and the quote's field):
    the passage of the plan's source closest to the item's text, its line and the source. Only where the
    passage shares at least half its letters with the text in order (`difflib`): a text that
    sums up a page has no passage to point at."""
    found = {}
    for plan, _, source in _plans_with_sources(inputs):
        for refused in plan.refused_items:
            text = refused.text.text
            passage, line = _closest_quotable(text, source)
            if passage and difflib.SequenceMatcher(None, normalise(text), passage, autojunk=False).ratio() >= 0.5:
                field = refused.text.field.removesuffix(".text") + ".quote"
                found[plan.path, field] = (passage, line, source)
    return found


def check_topics_known(inputs: Inputs) -> list[LocatedError]:
    """Every topic id is in the registry; an unknown one is matched against topic names and
    keywords, so `jamstalldhet` finds `lika-rattigheter`."""
    topics = inputs.topics.value.topics
    known = _ids_of(inputs.topics, "topics")
    errors = []
    for plan in inputs.plans:
        for loc, entry in _entries(plan.value):
            for index, topic in enumerate(entry.topics):
                if topic not in known:
                    errors.append(plan.error(loc + ("topics", index), *_unknown_topic(topic, entry.topics, known, topics,
                                                                                     table="tables" in loc)))
        # The topics of an entry the schema refused for another fault (`load` pruned it).
        beside: dict[str, list[str]] = {}
        for refused in plan.refused_topics:
            beside.setdefault(refused.field.rpartition("[")[0], []).append(refused.text)
        errors += [refused.error(plan.path, *_unknown_topic(refused.text, beside[refused.field.rpartition("[")[0]], known,
                                                            topics, table=_of_a_table(refused.field)))
                   for refused in plan.refused_topics if refused.text not in known]
    return errors


# The words of the topics' hints said of an item, and of a table (`_unknown_topic`).
_OF_A_TABLE = (("punktens", "tabellens"), ("punkten", "tabellen"), ("en punkt ", "en tabell "))


def _of_a_table(field: str) -> bool:
    """Whether an error's field (`sections[1].tables[0].topics[0]`) is in a table, not an item."""
    return ".tables[" in field


def _said_of(hint: str, table: bool) -> str:
    """A topics' hint said of an item, told of the table where the entry is one."""
    for item_word, table_word in _OF_A_TABLE if table else ():
        hint = hint.replace(item_word, table_word)
    return hint


def _unknown_topic(topic: str, beside: list[str], known: Collection[str], topics: list[model.Topic],
                   table: bool = False) -> tuple[str, str]:
    """The message and hint for an unknown topic among an entry's topics (`beside`): the topics
    it most likely means, but not one the entry has already, which the hint audit followed
    into "står två gånger" (`[hemloshet, hemlosheten]`): that one is said to be there. A
    `table`'s are told of the table ("ge tabellen ett annat ämne"), not of an item."""
    close, taken = _topics_offered(topic, topics)
    others, had = [c for c in close if c not in beside], [c for c in close if c in beside]
    removed = _said_of(TOPIC_REMOVED if others else f"{TOPIC_NONE_FITS} {TOPIC_REMOVED}", table)
    message, hint = _unknown_said("ämne", topic, sorted(known), "topics.yaml", others, removed, close)
    if taken and not close:
        return message, _topic_id_taken(taken[0])
    return message, (f"{'Tabellen' if table else 'Punkten'} har redan '{had[0]}': ta bort '{topic}' om det är samma "
                     "ämne. " if had and not others else "") + hint


def check_topics_not_repeated(inputs: Inputs) -> list[LocatedError]:
    errors = []
    for plan in inputs.plans:
        for loc, entry in _entries(plan.value):
            for index, topic in enumerate(entry.topics):
                if topic in entry.topics[:index]:
                    errors.append(plan.error(loc + ("topics", index), f"ämnet '{topic}' står två gånger.",
                                             TOPIC_TWICE_TABLE_HINT if "tables" in loc else TOPIC_TWICE_HINT))
        # And in the entries the schema refused for another fault (`load` pruned them).
        seen: dict[str, set[str]] = {}
        for refused in plan.refused_topics:
            topics = seen.setdefault(refused.field.rpartition("[")[0], set())
            if refused.text in topics:
                errors.append(refused.error(plan.path, f"ämnet '{refused.text}' står två gånger.",
                                            TOPIC_TWICE_TABLE_HINT if _of_a_table(refused.field) else TOPIC_TWICE_HINT))
            topics.add(refused.text)
    return errors


def check_commitments_on_named_topics(inputs: Inputs) -> list[LocatedError]:
    """A commitment whose text names a topic (`suggest.TopicNames`: its whole name, or its
    one-word id) is on that topic. Left off, it is missing from the topic's comparison, where
    its actor reads as saying nothing on it: the one thing the site must not get wrong. Other
    items may name a topic in passing; the change summary points those out to the reviewer."""
    names = TopicNames(inputs.topics.value.topics)
    known = {topic.id for topic in inputs.topics.value.topics}
    refused_topics: dict[str, list[LocatedError]] = {}
    for error in inputs.errors:
        if _topic_refused(error) is not None:
            refused_topics.setdefault(error.path, []).append(error)
    errors = []
    for plan in inputs.plans:
        # The commitments the schema refused for another fault too (`load` pruned them): each
        # with what makes its error and where, called only for an error (20,000 commitments at
        # 1,000 plans, and nearly none with one).
        items = [(plan.error, loc + ("text",), entry.text, entry.topics, loc) for loc, entry in _entries(plan.value)
                 if isinstance(entry, model.Item) and entry.kind in model.COMMITMENT_KINDS]
        items += [(refused.text.error, plan.path, refused.text.text, refused.topics, None)
                  for refused in plan.refused_items if refused.kind in model.COMMITMENT_KINDS]
        # The topics the id pattern refused (`Familjecentraler`), by the list they were in: an item keeps the rest.
        beside: dict[str, list[str]] = {}
        for refused in refused_topics.get(plan.path, ()):
            beside.setdefault(refused.field.rpartition("[")[0], []).append(_topic_refused(refused) or "")
        for error, where, text, topics, loc in items:
            for topic in names.named(text):
                if topic.id in topics:
                    continue
                written = [*topics, *beside.get(plan.error(loc + ("topics",), "").field, ())] if beside and loc else topics
                if not _offered_for_unknown(topic.id, written, known, inputs.topics.value.topics):
                    # `topics:` indented into the text above it is the text's, and the item has none.
                    swallowed = not topics and field_in_text(text, ["topics"])
                    errors.append(error(where, f"texten nämner ämnet {cited(topic.name)}, men punkten har inte ämnet "
                                        f"'{topic.id}', så den saknas i jämförelsen om ämnet och aktören kan se ut "
                                        "att inte säga något om det.",
                                        swallowed_hint("topics", "text") if swallowed
                                        else f"Lägg till '{topic.id}' i punktens {code('topics')}."))
    return errors


def _offered_for_unknown(topic_id: str, topics: Iterable[str], known: Collection[str], registry: list[model.Topic]) -> bool:
    """Whether an unknown topic among an item's `topics` is told to be `topic_id` (`_unknown_topic`, or
    `with_registry_and_source_hints` for one that is no id): `topics: [familjecentraler]` beside a text naming
    Familjecentraler was also told to add 'familjecentral', and the one who followed both hints had it twice."""
    return any(written not in known and topic_id in _topics_offered(written, registry)[0] for written in topics)


def _topics_offered(written: str, topics: list[model.Topic]) -> tuple[dict[str, str], list[model.Topic]]:
    """The topics an unknown topic most likely means (`topic_suggestions`), and apart those whose id the
    site refuses for a topic (`paths.RESERVED_IN_MUNICIPALITY`, `check_topic_ids_free`): a topic a
    maintainer renamed `dokument` was offered so ("Menade du 'dokument'?"), refused in the same run."""
    close = dict(topic_suggestions(written, topics))
    return ({topic_id: text for topic_id, text in close.items() if topic_id not in RESERVED_IN_MUNICIPALITY},
            [topic for topic in topics if topic.id in close and topic.id in RESERVED_IN_MUNICIPALITY])


def _topic_id_taken(topic: model.Topic) -> str:
    """The hint for an unknown topic like only a topic whose id is refused (`_topics_offered`)."""
    return (f"Ämnet {cited(topic.name)} liknar det, men dess id '{topic.id}' i {REGISTRY_DIR}/topics.yaml är upptaget "
            "(se felet där): skriv här det id ämnet får i stället.")


# A quote that states the actor's own goal: "Vårt mål för missbrukarvården är att …", "vårt
# absoluta mål är att …", "Vi har som mål att …". In the first person only: "Regeringens mål är
# att …" is someone else's, and a bare "Målsättningen är att …" is often an assignment's purpose.
STATED_GOAL = lazy_regex.compile(r"\b(?:vårt|vår|mitt|min)(?:\s+\w+){0,2}?\s+(?:mål|målsättning)(?:\s+för(?:\s+\w+){1,3}?)?"
                         r"\s+är\s+att\b|\bvi\s+har\s+som\s+mål\s+att\b", re.IGNORECASE)
# The kinds a stated goal is not: both stand under Bakgrund, away from the actor's commitments. A
# vision may state a goal, a summary recount one, and a commitment give one as its purpose.
NOT_A_GOAL = ("statement", "fact")


def warn_stated_goals_as_background(inputs: Inputs) -> list[LocatedError]:
    """An item whose quote states the actor's own goal (`STATED_GOAL`) filed as a statement or a
    fact stands under Bakgrund on the topic's page, while the other actors' stated goals stand
    among their commitments (a party's "Vårt mål för missbrukarvården är att …", until the
    review of every real item). A warning: the words may open a passage that is background all
    the same, and as an error it made every earlier version of that party's file one that
    today's rules refuse, which cut the change history to the day of its mend."""
    errors = []
    for plan in inputs.plans:
        for loc, entry in _items(plan.value):
            stated = STATED_GOAL.search(entry.quote) if entry.kind in NOT_A_GOAL else None
            if stated:
                label = model.lower_first(model.ITEM_KINDS[entry.kind])
                errors.append(plan.error(
                    loc + ("kind",),
                    f"citatet säger att det är aktörens eget mål ({cited(shorten(' '.join(stated.group(0).split())))}), "
                    f"men punkten har kind: {entry.kind} ({label}), så den står under Bakgrund och inte bland "
                    "aktörens åtaganden.",
                    "Skriv kind: goal, eller gör målet till en egen punkt med kind: goal."))
    return errors


_WORD = lazy_regex.compile(r"[^\W\d_]+")
# An exclamation mark that ends a word or a sentence; not Markdown's image (`![`) or an HTML
# comment (`<!--`), which `warn_markup_in_text` names. Only those: any `!` before a dash was
# passed over, so "Bostad åt alla!-" passed as no exclamation.
_EXCLAMATION = lazy_regex.compile(r"(?<!<)!(?!\[)|<!(?!--)")


# Where a text may hold what `_emphasis_added` looks for, found at C speed before a word of it
# is read: two capitals in a row (every word in capitals has them; Latin, Greek, Cyrillic), a
# character where symbols are (¦ © ® °, and from U+0482 on but for the general punctuation,
# –, ” and …), an exclamation mark. Reading every text's words and characters took 1.4 s of
# processor time over the 1,000 plans of `make bench`; one pattern for all three, 0.11 s.
# The symbols' set is written as what it is not (the same characters: ¦ © ® °, U+0482 to U+1FFF,
# U+2070 on): `re` compiles a range one character at a time, which took 15 ms of each run for
# the 64,000 of `[\xa6\xa9\xae\xb0\u0482-\u1fff\u2070-\U0010ffff]`, and 1 ms for these 1,300.
_CAPITALS_PAIR = lazy_regex.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏͰ-ϿЀ-ҁ]{2}")  # all of Greek and Cyrillic: Ё, Є, Ά lie outside Α-Ω, А-Я
_MAY_BE_SYMBOL = lazy_regex.compile(r"[^\x00-\xa5\xa7\xa8\xaa-\xad\xaf\xb1-\u0481\u2000-\u206f]")


def _may_stress(text: str) -> bool:
    return ("!" in text or (not text[1:].islower() and _CAPITALS_PAIR.search(text) is not None)
            or _MAY_BE_SYMBOL.search(text) is not None)


# A word in capitals of up to four letters is an abbreviation a summary may use where its
# document writes the name out ("LSS", "SKR", "BRÅ"), also two in one text ("LSS och LVU"), and
# so is a longer one joined to a number ("COVID-19", "PM10"), which no shouted word is; shouting
# is a longer word ("BOSTÄDER") or words in capitals side by side ("VI LOVAR"), which the review
# of the gaming audit's rule weighed against honest plans.
_ABBREVIATION_LENGTH = 4
# Up to six letters, a word in capitals is also an abbreviation where its document writes it as
# one, whatever else it writes: as a name in running text ("från Unicef", "(Unicef)"), in capitals
# among words in small letters ("plats på SÄBO" beside "säbo"), or joined to a number with a space
# ("covid 19"). "UNICEF", "UNESCO"; a longer word so written is a name, not its abbreviation.
_NAME_LENGTH = 6
_NUMBERED = lazy_regex.compile(r"([^\W\d_]+)-?(\d+)")
# Symbols that are a unit's, not emphasis: "20 °C" where the document writes "grader".
_UNIT_SYMBOLS = frozenset("°")


def _emphasis_added(text: str, original: str, words: Callable[[], Collection[str]],
                    named: Collection[str] = frozenset(), document: str = "", runs: bool = True,
                    places: Collection[str] = frozenset()) -> list[str]:
    """What `text` stresses that `original` (the quote, or the source) does not write: words in
    capitals (`VI LOVAR`) that stand in neither it nor, as a word or a word's start, in `words()`
    (an abbreviation from elsewhere in the document, as SKR, is the document's), nor `named` (a
    registered actor's name, as SD), nor abbreviations (`_shouted`; `document`: the source's
    text; `places`: the registered municipalities' names, which are none), symbols such as emoji, and exclamation marks: more of them, or, unless `runs` is
    false (a detail's are held to its quote: `_more_in_a_row`), more in a row."""
    if not _may_stress(text):
        return []
    written = set(_WORD.findall(original))
    capitals = [word for word in dict.fromkeys(_WORD.findall(text))
                if len(word) > 1 and word.isupper() and word not in written and word not in named]
    if capitals:
        # An abbreviation the document writes is its own, also as "SKRs" writes "SKR:s"; not a word
        # it writes plainly too, which a heading in capitals ("NÄRA STÖD") shouts (session 72).
        source_words = words()
        capitals = [word for word in capitals if _written_plainly(word, written, words)
                    or not any(other.startswith(word) for other in source_words)]
    if capitals:
        capitals = _shouted(text, capitals, written, words, document, places)
    symbols = [char for char in dict.fromkeys(text)
               if unicodedata.category(char) == "So" and char not in original and char not in _UNIT_SYMBOLS]
    said = []
    if capitals:
        said.append(f"versaler ({', '.join(cited(word) for word in capitals[:5])})")
    if symbols:
        said.append(f"tecken ({', '.join(cited(char) for char in symbols[:5])})")
    if "!" in text and (len(_EXCLAMATION.findall(text)) > len(_EXCLAMATION.findall(original))
                        or runs and _more_in_a_row(text, original)):
        said.append("utropstecken")
    return said


def _more_in_a_row(text: str, original: str) -> bool:
    """Whether `text` writes more exclamation marks in a row than `original` ever does."""
    return "!!" in text and _longest_run(text) > _longest_run(original)


def _longest_run(text: str) -> int:
    """The most exclamation marks in a row: "!!!" stresses more than the three of "Bra! Bättre! Bäst!"."""
    return max(map(len, _EXCLAMATION_RUN.findall(text)), default=0)


_EXCLAMATION_RUN = lazy_regex.compile("!+")


def _shouted(text: str, capitals: list[str], written: Collection[str], words: Callable[[], Collection[str]],
             document: str, places: Collection[str] = frozenset()) -> list[str]:
    """The words of `capitals` (in capitals, not the document's) that stress: each that is no
    abbreviation, and each that stands beside another of them ("VI LOVAR"), a phrase in
    capitals; beside a name the document or the registry writes in capitals, as "EU" of "EU
    ETS", an abbreviation is one still. An abbreviation is no word the quote or document writes
    plainly and has up to four letters ("LSS", not "SKA") or is joined to a number; or it is one
    as the document writes it (`_written_as_abbreviation`: "UNICEF" of "Unicef", "COVID-19" of
    "covid-19" or "covid 19"; not "SKA" of "ska", nor "BOSTÄDER2026" of "bostäder", nor a
    municipality's name of `places`, "FALUN" of "i Falun", which is written as a name is)."""
    numbered = {found.group(1): found for found in _NUMBERED.finditer(text)}
    phrase = _in_a_phrase(text, capitals)

    def abbreviation(word: str) -> bool:
        if not _written_plainly(word, written, words) and (len(word) <= _ABBREVIATION_LENGTH or word in numbered):
            return True
        return word.capitalize() not in places and _written_as_abbreviation(word, numbered.get(word), document)
    return [word for word in capitals if word in phrase or not abbreviation(word)]


def _written_as_abbreviation(word: str, number: Optional[re.Match], document: str) -> bool:
    """Whether `document` writes `word` (in capitals), whatever else it writes, as an
    abbreviation or a name: joined to the number it has in the text (`number`, a `_NUMBERED`
    match: "covid-19" for "COVID-19"; up to `_NAME_LENGTH` letters also with a space, "covid
    19"); or, up to `_NAME_LENGTH` letters, in running text with a capital after a word in small
    letters ("från Unicef", "barnfond (Unicef)", "enligt Unicefs"), or in capitals beside one
    ("på SÄBO"), which no sentence's first word ("Ska") and no heading in capitals ("NÄRA STÖD")
    is. In small letters alone ("säbo") it cannot be told from a word ("ska"): not one."""
    if number is not None and (re.search(re.escape(number.group()), document, re.IGNORECASE) or len(word) <= _NAME_LENGTH
                               and any(not document[found.start() - 1:found.start()].isalpha() for found in re.finditer(
                                   rf"{re.escape(word)}[-\s]?{number.group(2)}(?!\d)", document, re.IGNORECASE))):
        return True  # (no letter before it: a look behind for one took five times as long over a long source)
    if len(word) > _NAME_LENGTH:
        return False
    for form in (word, word.capitalize()):  # found as written (C speed): in any case, "OCH" read every "och"
        start = document.find(form)
        while start >= 0:
            end = start + len(form)
            if not _joined(document, start, end + (document[end:end + 1] == "s")):  # also "Unicefs"
                before = _WORD_BEFORE_NAME.search(document, max(0, start - _BEFORE_REACH), start)
                if before is not None and before.group(1).islower():
                    return True
                after = _WORD_AFTER_NAME.match(document, end) if form == word else None
                if after is not None and after.group(1).islower():
                    return True
            start = document.find(form, end)
    return False


def _joined(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is part of a longer word ("Sida" of "Sidan")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_") or (
        end < len(text) and (text[end].isalnum() or text[end] == "_"))


# The word right before a place on its line, with only space, a comma or an opening parenthesis
# between ("barnfond (Unicef)", "plats på SÄBO"); and the word right after, with only space.
_WORD_BEFORE_NAME = lazy_regex.compile(r"([^\W\d_]+)[^\S\n]*[,(]?[^\S\n]*\Z")
_BEFORE_REACH = 80  # characters looked back for it: more than any Swedish word and its space
_WORD_AFTER_NAME = lazy_regex.compile(r"[^\S\n]+([^\W\d_]+)")


def _in_a_phrase(text: str, capitals: Collection[str]) -> set[str]:
    """The words of `capitals` that stand in `text` next to another of them, with only space between."""
    phrase: set[str] = set()
    before = None
    for found in _WORD.finditer(text):
        word = found.group()
        upper = word in capitals
        if upper and before is not None and not text[before.end():found.start()].strip():
            phrase.update((before.group(), word))
        before = found if upper else None
    return phrase


def _written_plainly(word: str, written: Collection[str], words: Callable[[], Collection[str]]) -> bool:
    """Whether the quote or its document writes `word` (in capitals) as a plain word, "ska" or
    "Alla": then "SKA" or "ALLA" stresses it, and is no abbreviation (LSS, BUP, HVB are written
    in capitals wherever a document writes them)."""
    plain = (word.lower(), word.capitalize())
    return any(form in written for form in plain) or any(form in words() for form in plain)


_name_words: list = [None, frozenset()]  # [the actor registry last read, the words of its names]


def _actor_name_words(inputs: Inputs) -> frozenset[str]:
    """The words of the registered actors' names and short names (`SD`, `KD`), once per
    registry object, as `_actors_by_id` is: a party's name in its abbreviation is no emphasis,
    also where its document spells the name out ("SD:s förslag" of Sverigedemokraternas). None
    where the registry did not load: the warnings are still looked for beside its errors."""
    registry = inputs.actors
    return _words_once(_name_words, registry, lambda: () if registry is None or registry.value is None else (
        f"{actor.short} {actor.name}" for actor in _actors_by_id(inputs).values()))


def _words_once(memo: list, registry: object, names: Callable[[], Iterable[str]]) -> frozenset[str]:
    """The words of `names()`, made once per registry object (`memo`: [the registry last read,
    its words]): the rules that ask run plan by plan."""
    if memo[0] is not registry:
        memo[:] = [registry, frozenset(word for name in names() for word in _WORD.findall(name))]
    return memo[1]


def _place_words(inputs: Inputs) -> frozenset[str]:
    """The words of the registered municipalities' names, in Swedish and the minority languages,
    of the entries that loaded ("Falun", "Leakšagilli"): a place's name in capitals is shouted,
    though the document writes it as a name after a word in small letters ("i Falun"), as it
    writes an abbreviation it spells as a name ("från Unicef", `_written_as_abbreviation`).
    Once per registry object, as `_actor_name_words`: the rule runs plan by plan."""
    registry = inputs.municipalities
    return _words_once(_place_words_memo, registry, lambda: () if registry is None or registry.value is None else (
        name for municipality in registry.value.municipalities
        for name in (municipality.name, *(other.name for other in municipality.other_names))))


_place_words_memo: list = [None, frozenset()]  # [the municipality registry last read, the words of its names]


def check_emphasis_as_quoted(inputs: Inputs) -> list[LocatedError]:
    """An item's text and detail are the document's words or a faithful summary of its quote,
    and a plan's title and summary its document's: they stress nothing the document does not
    (`_emphasis_added`). On a comparison every actor's items stand side by side in the same
    form; a party's "VI LOVAR 🎉 BOSTAD ÅT ALLA!!!" over a quote that said "Vi vill att ingen ska
    behöva sova ute" stood out beside the others' (the gaming audit), and only that party's own
    reviewers approve its pull requests."""
    errors = []
    named, places = _actor_name_words(inputs), _place_words(inputs)
    for plan, archive, source in _plans_with_sources(inputs):
        words = functools.cache(lambda text=source.text: set(_WORD.findall(text)))  # read only if needed
        value = plan.value
        fields = [((name,), getattr(value, name), source.text, f"källtexten {archive}", None)
                  for name in ("title", "summary")]
        for loc, item in _items(value):
            # A text sums up its quote; a detail may tell more of the document than the quote,
            # but stresses no more than the passage it stands under: its marks in a row are the
            # quote's, not those of a slogan elsewhere in the document.
            fields.append((loc + ("text",), item.text, item.quote, "citatet", None))
            if item.detail:
                fields.append((loc + ("detail",), item.detail, source.text, f"källtexten {archive}", item.quote))
        for loc, text, original, against, passage in fields:
            said = _emphasis_added(text, original, words, named, source.text, passage is None, places)
            in_a_row = passage is not None and _more_in_a_row(text, passage)
            if (said or in_a_row) and not any(loc[:size] in plan.stood_in for size in range(1, len(loc) + 1)):
                parts = [f"{_listed(said, 'och')}, som {against} inte har"] if said else []
                if in_a_row:
                    parts.append(f"{_longest_run(text)} utropstecken i rad, som citatet inte har")
                errors.append(plan.error(loc, f"texten har {', och '.join(parts)}.",
                                         "Skriv med dokumentets ord, eller som en trogen sammanfattning av dem, utan "
                                         "versaler, tecken eller utropstecken som dokumentet inte har: webbplatsen "
                                         "visar alla aktörers punkter i samma form."))
    return errors


def _located_quotes(plan: Loaded) -> Iterator[tuple[Callable[..., LocatedError], str]]:
    """Every quote of the plan, excluded passages too, then the quotes of entries the schema
    refused (`load` pruned them, keeping where they stand): each with a function that makes
    an error there."""
    for loc, quote, _ in _quotes(plan.value, excluded=True):
        yield functools.partial(plan.error, loc), quote
    for refused in plan.refused_quotes:
        if refused.judged:
            yield functools.partial(refused.error, plan.path), refused.text


QUOTE_FIX = "Rätta citatet så att det stämmer med källan ord för ord; ändra aldrig källtexten."
# Past a source's `quotes.CLOSEST_BUDGET` a quote's error names no closest line: said, so that an
# editor does not take the want of one as the quote being nowhere near the source.
CLOSEST_SPENT = ("Så många citat saknas i källan att närmast liknande rad inte söks för fler i den här "
                 "körningen: rätta först citaten som har en sådan rad och kör igen.")


def _closest_quotable(text: str, source: SourceText) -> tuple[str, int]:
    """`source.closest` to `text`, taken on to the whole word or number its edge cuts (the sign
    too: `< 5`, `1 500`, `5 - 10`) and kept to one side of a heading or a page's furniture
    (`_page_taken_in`) it runs over, and its line: the passage a hint offers, copied as it
    stands, is a quote the checks accept. Its words are chosen by spaces, so "500 kronor" of
    "1 500 kronor" was offered, and for a quote cut so the passage was the quote itself: copied,
    it was refused again (the hint audit); for one written over a page break it took the page's
    number in, and copied it was refused for that. Never a page's furniture alone either
    (`_furniture_beside`, `_one_side_of`): a quote that took in a running head's words was offered
    the head (»Verksamhetsplan 2024 2«)."""
    passage, line = source.closest(text)
    if not line or not passage:
        return passage, line
    for step in range(5):  # each step mends one edge, one heading or one page's furniture
        found = source.find(passage) if passage else None
        if found is not None:
            # Not over a plain text's heading either, which the hint then names (`_where_it_differs`).
            page = _page_taken_in(passage, source)
            heading = None if page else _plain_heading_taken_in(passage, source)
            if page is None and heading is None:
                beside = _furniture_beside(passage, text, source)
                if beside:  # not a running head's words alone, which no quote may take in
                    passage = beside
                    continue
                return passage, line if step == 0 else found.line
            passage = _one_side_of(passage, page or heading, source, furniture=page is not None)
            continue
        heading = source.heading_crossed(passage) if passage else None
        cut = None if heading or not passage else source.cut_edge(passage)
        if heading:
            passage = _one_side_of(passage, heading, source)
        elif cut:
            passage = _taken_on(passage, *cut)
        else:
            break
    return source.closest(text)


def _passage_shown(passage: str, line: int, source: SourceText) -> str:
    """A closest passage as a hint names it, with its line, in the source's own characters
    (`SourceText.as_written`): shown as compared, an en dash was a hyphen and ”…” straight
    quotes, and copied so the plan's quote differed from the document on the site. One cut to
    `shorten`'s length says so, since its "…" copied into the quote was an error of its own
    (the hint audit)."""
    written = source.as_written(passage, line)
    shown = cut(written)
    return f"rad {line}{' (förkortat här; ta resten ur källan)' if shown != written else ''}: {cited(shown)}"


def _taken_on(passage: str, edge: str, _kind: str, piece: str) -> str:
    """`passage` begun or ended with the whole of `piece` (`SourceText.cut_edge`), which it
    overlaps by its first or last characters."""
    for size in range(min(len(piece), len(passage)), 0, -1):
        if edge == "start" and passage.startswith(piece[-size:]):
            return piece[:-size] + passage
        if edge == "end" and passage.endswith(piece[:size]):
            return passage + piece[size:]
    return passage


def _plain_heading_taken_in(passage: str, source: SourceText) -> Optional[int]:
    """The line of the first plain heading (`_plain_headings`) that the first occurrence of
    `passage` runs into or out of, or holds with text beyond it; else None."""
    plain = _plain_headings(source)
    spans = source.occurrences(passage) if plain else []
    crossing = source.span_crossing(*spans[0], plain) if spans else None
    return crossing.line if crossing else None


def _one_side_of(passage: str, line: int, source: SourceText, furniture: bool = False) -> str:
    """Of `passage` split at the heading or page's furniture on `line` of the source it runs
    over, the part on one side that the check finds, long enough to be a quote (the heading's
    line itself last). Never a page's `furniture` (a running head, a page's number), which no
    quote may take in: where the text on either side of it is too short to be a quote, the longer
    side with the source's words before or after it (`_widened_from`). Offered the running head
    alone ("Verksamhetsplan 2024 2"), the one part long enough, an office quoted page furniture."""
    start, end = source.line_spans()[line - 1]
    heading = source.normal[start:end]
    at = source.normal.find(passage)
    while at >= 0 and not (at < end and at + len(passage) > start):
        at = source.normal.find(passage, at + 1)
    if at < 0:
        return ""
    cuts = [at, *(edge for edge in (start, end) if at < edge < at + len(passage)), at + len(passage)]
    parts = [(source.normal[left:right].strip(), (left, right)) for left, right in zip(cuts, cuts[1:])
             if not (furniture and start <= left and right <= end)]
    found = [(part, span) for part, span in parts if part and source.find(part) is not None]
    part, span = max(found, default=("", (0, 0)), key=lambda found: (_long_enough(found[0]), found[0] not in heading,
                                                                     len(found[0])))
    return _widened_from(span, span[0] < start, source) if furniture and part and not _long_enough(part) else part


def _long_enough(part: str) -> bool:
    """Whether `part` is long enough to be a quote (`check_quotes_meaningful`)."""
    return len(part.split()) >= model.MIN_QUOTE_WORDS or len(part) >= model.MIN_QUOTE_CHARS


def _widened_from(span: tuple[int, int], before: bool, source: SourceText) -> str:
    """The text at `span` of the normalised source, beside a page's furniture and too short to be
    a quote, with the source's words before it (`before` the furniture) or after it, one by one
    until it is long enough, up to the next page's furniture (`_page_taken_in`'s) or the text's
    edge; furniture right beside an empty `span` (a page's number and the running head under it)
    is stepped over."""
    words, furniture = _text_words(source)
    start, end = span
    taken = source.normal[start:end].strip()
    at = (bisect.bisect_left(words, start, key=lambda word: word[1]) - 1 if before
          else bisect.bisect_left(words, end, key=lambda word: word[0]))
    while 0 <= at < len(words) and not _long_enough(taken):
        if furniture[at] and taken:
            break
        if not furniture[at]:
            start, end = (words[at][0], end if taken else words[at][1]) if before else (start if taken else words[at][0],
                                                                                      words[at][1])
            taken = source.normal[start:end].strip()
        at += -1 if before else 1
    return taken


def _text_words(source: SourceText) -> tuple[list[tuple[int, int]], list[bool]]:
    """The normalised text's words (their spans), and whether each is a page's furniture's
    (`_page_taken_in`'s lines). Once per source."""
    if "text words" not in source.memo:
        words = source.word_spans
        spans = source.line_spans()
        lines = sorted(spans[number - 1] for number in page_furniture(source) or two_pages_footer(source))
        starts = [start for start, _ in lines]
        inside = []
        for start, end in words:
            at = bisect.bisect_right(starts, start) - 1
            inside.append(at >= 0 and lines[at][0] <= start and end <= lines[at][1])
        source.memo["text words"] = words, inside
    return source.memo["text words"]


def _furniture_beside(passage: str, quote: str, source: SourceText) -> Optional[str]:
    """Where every occurrence of `passage` lies within a line of a page's furniture (`_page_taken_in`'s),
    the text on the side of its first that shares most words with `quote` (`_widened_from`); else None.
    A quote that took a running head's words in ("ska byggas ut Verksamhetsplan 2024") was offered the
    head's words alone."""
    spans = [source.line_spans()[number - 1] for number in page_furniture(source) or two_pages_footer(source)]
    occurrences = source.occurrences(passage)
    holding = [next((line for line in spans if line[0] <= left and right <= line[1]), None) for left, right in occurrences]
    if not holding or None in holding:
        return None
    start, end = holding[0]
    wanted = set(normalise(quote).casefold().split())
    sides = [_widened_from((start, start), True, source), _widened_from((end, end), False, source)]
    return max(sides, key=lambda side: (len(wanted & set(side.casefold().split())), len(side)))


def check_quotes_found(inputs: Inputs) -> list[LocatedError]:
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        for error, quote in _located_quotes(plan):
            if source.find(quote) is None:
                swallowed = _field_in_quote(quote, source)
                if swallowed:
                    errors.append(error(f"citatet finns inte ordagrant i {archive}: det slutar med {code(f'{swallowed}:')}, "
                                        "som står i källan utan det.", swallowed_hint(swallowed, "quote")))
                    continue
                passage, line = _closest_quotable(quote, source)
                if not line:  # the source's search for closest passages is spent (`quotes.CLOSEST_BUDGET`)
                    errors.append(error(f"citatet finns inte ordagrant i {archive}.", f"{QUOTE_FIX} {CLOSEST_SPENT}"))
                    continue
                why = _look_alike(quote, passage) + _how_it_misses(quote, source)
                errors.append(error(f"citatet finns inte ordagrant i {archive}.",
                                    f"Närmast liknande är {_passage_shown(passage, line, source)}.{why or _where_it_differs(quote, source)} "
                                    f"{QUOTE_FIX}"))
        # A table's row quotes its cells with spaces between them, each value its own: only other quotes.
        for loc, quote, _ in _quotes(plan.value, excluded=True):
            joined = "rows" not in loc and source.numbers_joined(quote)
            if joined:
                first, second = joined
                # A numbered list's item's number and a figure of its text ("3\u2003200 nya bostäder")
                # stand in one line, and cells, lines and paragraphs named it wrongly.
                apart = (f"{cited(first)} är numret på en punkt i en numrerad lista och {cited(second)} ett tal i "
                         f"punktens text" if source.lists_number_joined(quote) else "i olika celler, rader eller stycken")
                errors.append(plan.error(loc, f"citatet läser två tal som ett: {cited(first)} och {cited(second)} står åtskilda i "
                                              f"{archive} ({apart}), men i citatet ser de ut som "
                                              f"talet {cited(f'{first} {second}')}.",
                                         f"Låt citatet sluta före {cited(second)} eller börja efter {cited(first)}."))
    return errors


def _field_in_quote(quote: str, source: SourceText) -> Optional[str]:
    """The item's field a quote not found ends with, where the quote without it is found: the
    hint to mend the quote by the closest line lost the field (the hint audit)."""
    found = field_in_text(quote, model.Item.model_fields)
    return found.group(1) if found and source.find(quote[:found.start()]) is not None else None


_QUOTE_MARKS = "\"'”“„«»’‘"
_ELLIPSIS = lazy_regex.compile(r"…|\.\.\.")


# What a quote that stands in its source but begins or ends inside a word or number is told,
# by the edge and what it cuts (`quotes.SourceText.cut_edge`), with the source's text there.
_CUT_HINTS = {
    ("start", "sign"): (" Citatet börjar efter tecknet framför talet i källans {}: tecknet hör till talet, så ta med "
                        "det, eller låt citatet börja efter talet."),
    ("start", "number"): " Citatet börjar mitt i talet {} i källan: ta med hela talet, eller låt citatet börja efter det.",
    ("end", "number"): " Citatet slutar mitt i talet {} i källan: ta med hela talet, eller låt citatet sluta före det.",
    ("end", "range"): (" Citatet slutar vid det första talet i intervallet {} i källan: ta med hela intervallet, "
                       "eller låt citatet sluta före det."),
    ("start", "range"): (" Citatet börjar vid det sista talet i intervallet {} i källan: ta med hela intervallet, "
                         "eller låt citatet börja efter det."),
    ("start", "word"): " Citatet börjar mitt i ordet {} i källan: ta med hela ordet, eller låt citatet börja efter det.",
    ("end", "word"): " Citatet slutar mitt i ordet {} i källan: ta med hela ordet, eller låt citatet sluta före det.",
}


def _how_it_misses(quote: str, source: SourceText) -> str:
    """A sentence on a common way a quote misses its source, or nothing. Only for a quote that
    was not found, so the extra searches cost nothing in a plan that passes."""
    inner = quote.strip()
    if len(inner) > 2 and inner[0] in _QUOTE_MARKS and inner[-1] in _QUOTE_MARKS and source.find(inner[1:-1]):
        return " Ta bort citattecknen runt citatet: de hör inte till källans text."
    parts = [part for part in _ELLIPSIS.split(quote) if part.strip()]
    if len(parts) > 1 and all(source.find(part) for part in parts):
        return (" Citatet hoppar över text med …: ett citat är en sammanhängande del av källan. Citera den del "
                "punkten bygger på, eller dela upp punkten i flera.")
    needle = normalise(quote)
    crossing = source.heading_crossing(quote)
    if crossing:
        return _heading_crossed_hint(crossing)
    crossed = _page_break_crossed(quote, source)
    if crossed:
        return _page_break_hint(*crossed)
    unsigned = source.sign_missing(quote)
    if unsigned:
        return (f" Citatet börjar med ett streck före talet, men på rad {unsigned} i källan står inget streck före "
                "det, och ett streck före ett tal läses som ett minustecken: ta bort strecket ur citatet.")
    spaced = source.spaced_dash(quote)
    if spaced:
        return (f" Citatet börjar med ett minustecken tätt före talet, men på rad {spaced} i källan står ett streck "
                "med mellanslag före det, som kan stå mellan två ord: skriv strecket med mellanslag som i källan, "
                "eller ta bort det ur citatet.")
    if source.occurs_ignoring_case(quote):
        return " Citatet skiljer sig från källan bara i stora och små bokstäver; skriv dem som i källan."
    cut = source.cut_edge(quote) if needle and needle in source.normal else None
    if cut:  # there, but not at a word's or number's edges: the closest passage is the quote itself
        at = source.normal.find(needle)  # the first place it stands, which `cut_edge` names (none is whole)
        first, last = source.lines_of((at, at + len(needle)))
        return _CUT_HINTS[cut[:2]].format(cited(source.as_written(cut[2], first if cut[0] == "start" else last)))
    if needle and needle in source.normal:
        return (" Citatet börjar eller slutar inne i ett ord eller tal i källan, som »500» i »1 500» eller "
                "»vinstdrivande» i »icke-vinstdrivande»: ta med hela ordet eller talet.")
    if source.unbroken_lines(quote):
        return (" Ett ord är avstavat över två rader i källan, som »kom-» och »mun»: skriv det som det står där, "
                "med bindestreck och mellanslag (»kom- mun»).")
    return ""


def _page_break_hint(number: int, text: str) -> str:
    """What a quote over a page break is told: the page's furniture on line `number`, `text`."""
    return (f" Citatet går över ett sidbyte: rad {number} i källan, {cited(shorten(text, 80))}, är sidhuvud eller "
            "sidfot och hör inte till texten. Citera bara texten på den ena sidan om den, eller dela upp punkten i två.")


# What a quote over a whole heading is told, after the heading is named.
_OVER_A_HEADING = ("som inte hör ihop med texten före eller efter den. Citera bara texten på den ena sidan om rubriken, "
                   "eller bara hela rubriken.")


def _heading_crossed_hint(crossing: HeadingCrossed, also: bool = False) -> str:
    """What a quote that runs into or out of a Markdown heading is told: which of its words are
    the heading's (all of it, or its start or end, as cut from the longer line), the whole
    heading as the source writes it, and what to quote instead. It was told only that it ran
    over the heading's line, and copying the closest passage lost the heading it meant. `also`:
    after what else differs, the quote's words there as the source writes them."""
    where, heading = f"rubriken på rad {crossing.line} i källan, {cited(crossing.heading)}", crossing.heading
    if also:
        return f" Citatet går också över {where}, {_OVER_A_HEADING}"
    if crossing.how == "over":
        return f" Citatet går över {where}, {_OVER_A_HEADING}"
    side = "under" if crossing.how == "out" else "före"
    if crossing.part == heading:
        said = f"Citatet {'börjar' if side == 'under' else 'slutar'} med {where}, och resten står i texten {side} den"
    else:
        said = (f"Citatets {'början' if side == 'under' else 'slut'}, {cited(crossing.part)}, är "
                f"{'slutet' if side == 'under' else 'början'} av {where}, och resten står i texten {side} den")
    return (f" {said}, som rubriken inte hör ihop med. Citera antingen bara hela rubriken eller bara texten "
            f"{side} den.")


def _page_break_crossed(quote: str, source: SourceText) -> Optional[tuple[int, str]]:
    """The first line of a page's furniture (`page_furniture`; in a hint also a two pages'
    document's one line with its number, "Sida 2 av 2", which `numbered_pages` cannot tell by
    its pages counting up) that `quote` runs over, with its words, where the quote stands in the
    source but for such lines, also writing whole a word hyphenated at the page's end ("kol-", "2",
    "lo."). A pdf's text puts one between a page's last sentence and the next
    page's first, and a quote over it was told that the source has the running head's words
    there, which a quote then took in (session 72). Only lines surely a page's: a repeated
    heading, label or table header ("Beskrivning:", "Riskvärde⇥Sannolikhet⇥Konsekvens"), a
    contents page's "s. 12" or a follow-up's "Aktiviteter genomförda  4 av 5" is the document's
    text, which a hint must not call a page's head."""
    if "page lines" not in source.memo:  # once per source, not per quote not found
        numbered = page_furniture(source) or two_pages_mark(source)
        out = set(numbered)
        source.memo["page lines"] = numbered, (SourceText("\n".join(
            "" if number in out else line for number, line in enumerate(source.lines, 1)))
            if numbered else None)
    numbered, kept = source.memo["page lines"]
    if kept is None:
        return None
    lines = kept.occurrence_lines(quote) or kept.unbroken_lines(quote)
    if not lines:
        return None
    number = next((n for n in numbered if n >= lines[0]), None)
    return (number, " ".join(source.lines[number - 1].split())) if number else None


# A locator's page (`sida 4`, `sidan 4`, `s. 4`, `sidorna 4–5`, `sidorna 4 och 5`): its last number is the page
# checked. Within other words too (`högst upp på sidan 9`): a page so named passed unchecked, where `sida 9` did not;
# and two joined (`sida 2 och 3`, `andra och tredje sidan`), whose last past the source's pages passed by the first;
# and more than two (`sidorna 1–2 och 5`), each read: of two pages, it passed by the first join's.
_PAGE_PART = lazy_regex.compile(r"(?i)(?<!\w)(?:sida|sidan|sidorna|sid\.|s\.)\s*(?:\d{1,4}\s*(?:[-\u2013]|och(?!\w))\s*)*"
                                r"(?P<page>\d{1,4})(?![\d.,]\d|\d)")


@functools.lru_cache(maxsize=65536)
def _page_named(locator: str, places: Optional["_Places"] = None) -> Optional[int]:
    """The highest page a locator's parts name (`Ekonomi, sida 4` → 4, `högst upp på sidan 9` → 9),
    or None. Read once for each locator: the page's check and its warning ask of every item's.
    Given the source's places, a part that a line of the source begins with, as written or without
    its preposition, names that line and no page: `Andra sidan` of the heading "Andra sidan", and
    `På sidan 5 Trygghet` of that heading, was refused as page 5 of two or warned as unchecked."""
    pages = [int(number) for part, (written, _) in zip(_locator_parts(locator), _written_parts_and_marks(locator))
             if places is None or not any(places.has_line_starting(normalise(each).casefold()) for each in {part, written})
             for found in _PAGE_PART.finditer(_numbered(part))
             for number in re.findall(r"\d+", found[0])]  # each page joined (`sidorna 5 och 1–2` → 5)
    return max(pages, default=None)


def check_quotes_leave_out_page_furniture(inputs: Inputs) -> list[LocatedError]:
    """A quote that stands in its source but takes in a page's number or running head, which a
    pdf's text puts between a page's last sentence and the next page's first: the site showed
    the head's words inside the party's or the administration's quoted sentence, as if the
    document said them there (session 72). Only lines `page_furniture` is sure of, or a two
    pages' document's one number that names its page or stands at a form feed; a quote of
    the head alone (the document's title) takes in nothing else and passes, as does a quote
    that stands somewhere in the source without such a line."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        for loc, quote, found in _quotes_of_lines(plan.value, source):
            # A quote whose lines, where it first occurs, and the lines with words beside them
            # have no page's number takes none in, nor a running head, which stands beside one,
            # but in a text that keeps its page breaks as form feeds.
            if not _near_a_page_break(source, found.line, found.end_line):
                continue
            line = _page_taken_in(quote, source)
            if line:
                head = " ".join(source.lines[line - 1].split())
                split = ("" if "rows" in loc else
                         ", eller dela upp undantaget i två" if loc[0] == "excluded" else ", eller dela upp punkten i två")
                errors.append(plan.error(loc, f"citatet tar med {cited(shorten(head, 80))}, som är sidhuvud eller sidfot på "
                                              f"rad {line} i {archive} och inte hör till texten.",
                                         f"Citera bara texten på den ena sidan om sidbytet{split}: ett citat är en "
                                         "sammanhängande del av källan och hoppar inte över text med »…»."))
    return errors


def _near_a_page_break(source: SourceText, first: int, last: int) -> bool:
    """Whether lines `first` to `last` of `source`, or the line with words before or after them,
    hold a page's number (`page_mark`, or a running head's after a tab: `tabbed_running_heads`),
    or the source keeps form feeds (`page_edges`): only there may a quote over them take in a
    page's furniture. Each line read once per source."""
    if page_edges(source) is not None:
        return True
    lines = source.lines
    while first > 1 and not lines[first - 2].split():
        first -= 1
    while last < len(lines) and not lines[last].split():
        last += 1
    near = range(max(first - 1, 1), min(last + 1, len(lines)) + 1)
    return (any(page_mark(source, number) for number in near)
            or any("\t" in lines[number - 1] for number in near) and any(number in near for number in tabbed_running_heads(source)))


def _quotes_of_lines(plan: model.Plan, source: SourceText) -> Iterator[tuple[tuple, str, Match]]:
    """The quotes of a plan, excluded passages' too (`_quotes`), that stand in `source` over two
    lines or more where they first occur, each with its place there: a page's furniture stands
    on lines of its own, so a quote of one line takes none in. Without `_quotes`' locations,
    made only for these: the walk over every quote took 22 ms of `validate` at 1,000 plans."""
    find = source.find  # found once for every rule (`check_quotes_found`)
    for loc, entry in plan.entries:
        if isinstance(entry, model.Item):
            found = find(entry.quote)
            if found is not None and found.line != found.end_line:
                yield loc + ("quote",), entry.quote, found
        else:
            for index, row in enumerate(entry.rows):
                found = find(row.quote)
                if found is not None and found.line != found.end_line:
                    yield loc + ("rows", index, "quote"), row.quote, found
    for index, exclusion in enumerate(plan.excluded):
        found = find(exclusion.quote)
        if found is not None and found.line != found.end_line:
            yield ("excluded", index, "quote"), exclusion.quote, found


def _page_taken_in(quote: str, source: SourceText) -> Optional[int]:
    """The first line of a page's furniture (`page_furniture`, or a two pages' document's one
    page's number, `two_pages_footer`) that the first occurrence of `quote` takes in with text
    beyond it, where every occurrence takes one in; else None."""
    numbered = page_furniture(source) or two_pages_footer(source)
    spans = source.line_spans()
    edges = [spans[line - 1] for line in numbered]
    firsts = [start for start, _ in edges]
    taken = []
    for start, end in source.occurrences(quote):
        at = bisect.bisect_left(firsts, start)  # the first page's line at or after the start, and the one before
        line = next((numbered[index] for index in range(max(at - 1, 0), min(at + 1, len(edges)))
                     if edges[index][0] < end and start < edges[index][1]
                     and (start < edges[index][0] or end > edges[index][1])), None)
        if line is None:
            return None  # an occurrence without a page's line: the quote is the text's
        taken.append(line)
    return taken[0] if taken else None


def _where_it_differs(quote: str, source: SourceText) -> str:
    """A sentence on where the quote first departs from its closest passage, which the message
    shows cut at 160 characters: a quote of 400 with one word off at its end looked the same as
    the passage shown. Nothing when they differ in too many places to be one passage mistyped."""
    words = len(normalise(quote).split())
    start, end = source.closest_widened_span(quote, _CONTEXT_WORDS)
    found = differences(quote, source.normal[start:end])
    if not found or len(found) > _MOST_DIFFERENCES or sum(len(d.ours.split()) for d in found) * 2 > words:
        return ""
    furniture = page_furniture(source) or two_pages_footer(source)
    spans = source.line_spans()
    page = next((number for difference in found if difference.theirs for number in furniture
                 if spans[number - 1][0] < start + difference.where[1] and start + difference.where[0] < spans[number - 1][1]),
                None)
    if page is not None:
        # Told the source had a running head's words the quote lacked ("Verksamhetsplan 2024 2"), an
        # office took them in, and the quote was refused for page furniture.
        return _page_break_hint(page, " ".join(source.lines[page - 1].split()))
    first = found[0]
    theirs = cut(source.written(start + first.where[0], start + first.where[1]), 80)  # as the source writes it
    ours = cut(first.ours, 80)  # as the plan writes it
    where = f"Efter {cited(first.before)}" if first.before else "I början"
    plain = _plain_headings(source)
    heading = None if first.ours else source.heading_at(start + first.where[0], start + first.where[1], plain)
    if heading:
        # Told that the quote lacked a heading's words, an office put them in, and the quote then
        # ran over the heading (the review of session 80's heading hints).
        return f" {where} har källan rubriken på rad {heading[0]}, {cited(heading[1])}, {_OVER_A_HEADING}"
    what = (f"har citatet {cited(ours)} där källan har {cited(theirs)}"
            if first.ours and first.theirs else f"har citatet {cited(ours)}, som inte står där i källan"
            if first.ours else f"har källan {cited(theirs)}, som citatet saknar")
    more = f" Det är den första av {len(found)} skillnader." if len(found) > 1 else ""
    # A quote that differs and runs over a heading as well was told only the difference: mended
    # so, it was refused again for the heading. Not a plain text's (`_plain_headings`), which a
    # quote may run over: told to quote one side of a guess, an office cut a quote that only
    # had to be mended ("Vi vill att fler ska", the first line of a sentence broken over empty lines).
    crossing = source.span_crossing(*source.closest_widened_span(quote, 0))
    return f" {where} {what}.{more}" + (_heading_crossed_hint(crossing, also=True) if crossing else "")


# What `_kind` of coverage calls a heading but is none a quote may not run over: a lead-in
# ("Liberalerna vill:") or a question, which the text after it answers.
_LEADS_IN = (":", "?")


def _plain_headings(source: SourceText) -> frozenset[int]:
    """The lines of `source` (1-based) that are a plain text's headings, as a pdf's text writes
    them: a line that coverage calls a heading (short, without a sentence's end), alone between
    empty lines (or first), with a letter and not beginning with a small one, and neither a
    lead-in nor a page's furniture or number.
    Quotes may run over them, as the text cannot be told a heading for sure; a hint names them, as
    it names a Markdown heading, so that an office is not told to take their words in. Once per source."""
    if "plain headings" not in source.memo:
        lines, furniture = source.lines, set(page_furniture(source))
        source.memo["plain headings"] = frozenset(
            number for number, raw in enumerate(lines, 1)
            if raw.strip() and not raw.lstrip().startswith("#") and "\t" not in raw
            and (number == 1 or not lines[number - 2].strip()) and (number == len(lines) or not lines[number].strip())
            and any(char.isalpha() for char in raw) and not raw.rstrip().endswith(_LEADS_IN)
            and not raw.lstrip()[:1].islower()  # a sentence going on: "få jobb i kommunen"
            and unit_kind(raw) == "heading" and number not in furniture and not PAGE_NUMBER.fullmatch(raw.strip()))
    return source.memo["plain headings"]


_MOST_DIFFERENCES = 5
_CONTEXT_WORDS = 3  # of the source on either side of the closest passage, where the quote may begin or end


def _look_alike(quote: str, passage: str) -> str:
    """A sentence naming characters that look alike but differ, or nothing."""
    found = look_alike(quote, passage)
    if found is None:
        return ""
    ours, theirs = found

    def shown(text: str) -> str:
        codes = ", ".join(f"U+{ord(char):04X}" for char in text if not char.isascii())
        return cited(text) + (f" ({codes})" if codes else "")

    return (f" Citatet har {shown(ours)} där källan har {shown(theirs)}: tecknen ser likadana ut men är olika "
            "(det händer när text kopieras ur en pdf); skriv dem som i källan.")


def check_quotes_meaningful(inputs: Inputs) -> list[LocatedError]:
    """A quote proves something only if it is long enough and is the source's text."""
    errors = []
    for plan in inputs.plans:
        quotes = [(functools.partial(plan.error, loc), quote, figure) for loc, quote, figure in _quotes(plan.value)]
        # Not an excluded passage's, whose quote is not judged in a typed plan either.
        quotes += [(functools.partial(refused.error, plan.path), refused.text, refused.bare)
                   for refused in plan.refused_quotes if refused.judged and not refused.field.startswith("excluded")]
        for error, quote, figure in quotes:
            words = len(quote.split())
            if not figure and words < model.MIN_QUOTE_WORDS and len(quote.strip()) < model.MIN_QUOTE_CHARS:
                errors.append(error(f"citatet är för kort ({words} ord) {model.QUOTE_TOO_SHORT[0]}.", model.QUOTE_TOO_SHORT[1]))
            if ("*" in quote or "__" in quote) and _EMPHASIS.search(quote):  # (the pattern needs one)
                errors.append(error("citatet innehåller Markdown-betoning (* eller __).",
                                    "Skriv citatet utan asterisker och understreck; betoningen i källan räknas inte."))
    return errors


# --- figures: every number of a table row or an indicator stands in its quote ------------
_GROUP_MARKS = GROUP_SPACES  # a space between thousands in the source
_DIGITS = "0123456789"
_NOT_BEFORE_A_NUMBER = _DIGITS + ".," + MINUS_SIGNS  # part of a longer number, or its sign
_ZERO_WORD = lazy_regex.compile(r"\b[Nn]oll")  # a zero vision: `nollvision`, `noll vräkningar`


@dataclass(frozen=True)
class _Written:
    """How a value is written: its sign, its whole part in groups of three digits from the
    right, and its decimal mark and fraction (empty for a whole number)."""

    negative: bool
    groups: tuple[str, ...]
    tail: str
    zero: bool  # a whole zero, which may also be written as a word
    group_marks: str  # what may stand between thousands in the source


@functools.lru_cache(maxsize=None)
def _written(value: str, decimal: Optional[str]) -> _Written:
    # Keyed by the value as written in the plan (`1.0` and `1.00` have different fractions);
    # the same figures recur across plans.
    number = Decimal(value)
    whole, _, fraction = format(number.copy_abs(), "f").partition(".")  # exact: abs() rounds to 28 digits
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    mark = decimal or ","
    # The mark that is not the decimal mark may separate thousands, as in `1.250 tkr` in a
    # document that writes decimals with a comma: it cannot be a decimal mark there.
    other = "." if mark == "," else ","
    return _Written(bool(number.as_tuple().sign), (whole, *groups), mark + fraction if fraction else "",
                    number == 0 and not fraction, _GROUP_MARKS + other)


def figure_written(value: Decimal, decimal: Optional[str], quote: str, prose: bool = False) -> bool:
    """Whether `quote` writes `value`: its digits with the declared decimal mark (a comma
    unless declared otherwise), a minus sign (any dash the quote check reads as one: -, −, –, ‒ …) if it is negative, a space or the
    other mark (a point with a decimal comma) between thousands or nothing, and never as part
    of a longer number. A whole zero may also be a word
    beginning with `noll`. In `prose` (an indicator's quote, not a table row's, whose cells a
    space also separates), a longer number may also be one whose thousands a space separates:
    3 is not written in "3 000 platser", nor 500 in "1 500 platser"; and a sign a space before
    a number is its sign only where it can be nothing else (`_sign_stands_alone`: "Resultat: –
    3,5 %", not "2022 – 120 personer" or "55 – 60 %"). In a row, the source's cells tell such a
    sign from an empty cell's dash (`_cells_elsewhere`), so a row's quote is read with its tabs
    as spaces ("Summa\t–\t97,7", a sign a pdf put in a cell of its own); in an indicator's, a
    dash a tab before a figure is a cell of its own, never its sign. A table's figure with a plus
    (`swedish.Plus`, shown with it) has the plus right before it: one the quote does not write
    would show a sign the document has not; and a row's figure without one is not where its
    quote writes a plus before it (`+2,3`, a fullwidth `＋2,3` too), a sign the page would drop."""
    if not prose:
        quote = _as_a_row(quote).replace(FULLWIDTH_PLUS, "+")
    written = _written(str(value), decimal)
    plus = isinstance(value, Plus)
    if any(not (prose and (_in_spaced_thousands(quote, start, end, written)
                           or written.negative and quote[start - 1] in _GROUP_MARKS
                           and not _sign_stands_alone(quote, start - 2)
                           or not written.negative and _spaced_sign(quote, start - 2)
                           and _sign_stands_alone(quote, start - 2)))
           for start, end in _places(quote, written)
           if prose or written.negative or _plus_before(quote, start) == plus):
        return True
    return written.zero and _ZERO_WORD.search(quote) is not None


def _plus_before(quote: str, start: int) -> bool:
    """Whether a row's figure starting at `start` has a plus sign: right before it (`+2,3`), or
    a space before it and alone, as a pdf's text may write a cell (`+ 2,3`, as `_spaced_sign` a minus)."""
    return quote[start - 1:start] == "+" or (start >= 2 and quote[start - 2] == "+" and quote[start - 1] in _GROUP_MARKS
                                             and (start == 2 or quote[start - 3].isspace() or quote[start - 3] == "("))


def _as_a_row(quote: str) -> str:
    """A table row's quote as its figures are read: its tabs as spaces, so that a sign a pdf put
    in a cell of its own ("Summa\t–\t97,7") is read as the figure's (the source's cells tell it
    from an empty cell's dash: `_cells_elsewhere`)."""
    return quote.replace("\t", " ")


def _places(quote: str, written: _Written) -> Iterator[tuple[int, int]]:
    """Where `written` stands in `quote` in digits: the start (its first digit) and end of each
    place, as `_end_at` reads them."""
    start = quote.find(written.groups[0])
    while start >= 0:
        end = _end_at(quote, start, written)
        if end is not None:
            yield start, end
        start = quote.find(written.groups[0], start + 1)


def _end_at(quote: str, start: int, written: _Written) -> Optional[int]:
    """Where the number `written` ends in `quote` if it stands there with its first digit at
    `start`; None if it does not. A negative number's sign may stand a space before it, where
    the sign stands alone ("Summa – 97,7", as a pdf's text may write a cell "–97,7"), though a
    dash so spaced may also be a dash between words or an empty cell (`figure_written`)."""
    before = start - 1
    if written.negative:
        sign = before - 1 if _spaced_sign(quote, before - 1) else before
        if sign < 0 or quote[sign] not in MINUS_SIGNS or (sign > 0 and quote[sign - 1] in _DIGITS + ".,"):
            return None
    elif before >= 0 and quote[before] in _NOT_BEFORE_A_NUMBER and not _no_change(quote, start, written):
        return None
    end = start + len(written.groups[0])
    for group in written.groups[1:]:
        if end < len(quote) and quote[end] in written.group_marks:
            end += 1
        if not quote.startswith(group, end):
            return None
        end += len(group)
    if written.tail:
        if not quote.startswith(written.tail, end):
            return None
        end += len(written.tail)
    # A digit, or a decimal mark and a digit, after it would make it part of a longer number.
    if end < len(quote) and quote[end] in _DIGITS:
        return None
    if end + 1 < len(quote) and quote[end] in ".," and quote[end + 1] in _DIGITS:
        return None
    return end


def _no_change(quote: str, start: int, written: _Written) -> bool:
    """Whether a zero at `start` is written with both signs (`+/-0`, `+-0`: no change), which
    `model.sign_mended` offers to write as 0: its minus was read as the zero's, and the 0 offered
    was not found in the quote."""
    before = quote[max(0, start - 3):start].replace("\u2212", "-")
    return written.groups == ("0",) and not written.tail.strip(",.0") and before.endswith(model.BOTH_SIGNS)


def _sign_stands_alone(quote: str, at: int) -> bool:
    """Whether the sign a space before a number at `at` (`_spaced_sign`) can be nothing else in
    running text: it does not follow a number ("55 – 60 %", a range; "2022 – 120", a dash
    between them), and it is a true minus sign (−), or a dash after a colon, a parenthesis,
    "ca", "är", "var", "på" or nothing ("Resultat: – 3,5 %")."""
    before = quote[:at].rstrip()
    if before[-1:].isdigit() or before.endswith("%"):
        return False
    last = before.split()[-1].casefold() if before.split() else ""
    about = _about_word(before)
    if last == "runt" and about is None:
        return False  # "dygnet runt – 3 enheter"
    return (quote[at] == "\u2212" or not before or before[-1] in ":(" or about is not None or last in _TO_A_VALUE
            or last == "på")


def _spaced_sign(quote: str, at: int) -> bool:
    """Whether a minus sign stands alone at `at`, a space before a number: at the quote's
    start, after a space or after an opening parenthesis."""
    return (0 <= at and quote[at] in MINUS_SIGNS and quote[at + 1] in _GROUP_MARKS
            and (at == 0 or quote[at - 1].isspace() or quote[at - 1] == "("))


def _in_spaced_thousands(quote: str, start: int, end: int, written: _Written) -> bool:
    """Whether the number between `start` and `end` is part of a longer one written with
    spaces between its thousands: followed by a space and three digits, when its own first
    digits could lead such a number (three at most, and no fraction), or preceded by one to
    three digits and a space, when its own first digits are three, as a group of thousands
    is. A year and a count beside it, "2026 150 platser", are two numbers: no group of
    thousands has four digits."""
    leading = start
    while leading < end and quote[leading] in _DIGITS:
        leading += 1
    leading -= start
    group = quote[end + 1:end + 4]
    if (leading <= 3 and not written.tail and end < len(quote) and quote[end] in _GROUP_MARKS
            and len(group) == 3 and all(c in _DIGITS for c in group)
            and (end + 4 == len(quote) or quote[end + 4] not in _DIGITS)):
        return True
    if leading != 3 or start < 2 or quote[start - 1] not in _GROUP_MARKS or quote[start - 2] not in _DIGITS:
        return False
    first = start - 2
    while first > 0 and quote[first - 1] in _DIGITS:
        first -= 1
    # Digits after a decimal mark ("4,5 100") are a fraction, which no group of thousands follows.
    return start - 1 - first <= 3 and not (first > 0 and quote[first - 1] in ".,")


def _figures(plan: model.Plan) -> Iterator[tuple[tuple, object, str | None, str, tuple, bool]]:
    """Every figure of a plan: (its location, value, declared decimal mark, the quote, quote's
    location, whether the quote is prose rather than a table's row)."""
    for loc, entry in _entries(plan):
        if isinstance(entry, model.Item) and entry.indicator is not None:
            for name, measure_ in _measures(entry.indicator):
                yield (loc + ("indicator", name, "value"), measure_.value, measure_.decimal, entry.quote,
                       loc + ("quote",), True)
        elif isinstance(entry, model.Table):
            for r_index, row in enumerate(entry.rows):
                for v_index, value in enumerate(row.values):
                    if value is not None:
                        yield (loc + ("rows", r_index, "values", v_index), value, entry.decimal, row.quote,
                               loc + ("rows", r_index, "quote"), False)


def check_figures_quoted(inputs: Inputs) -> list[LocatedError]:
    """A figure is shown only if its quote — verified against the source — says it, as written.
    The figures of entries the schema refused are checked too (`Loaded.refused_figures`). Not
    a row's whose quote is another row's line (`_quotes_copied`): `check_table_rows_once` tells
    it to quote its own line, once; told here to write its figures as that quote has them, a
    row copied and given the figures of another "Övrigt" had two errors for one mistake, and
    the office, doing as told, the other row's figures."""
    errors = []
    sources: Optional[dict[str, tuple[str, SourceText]]] = None
    for plan in inputs.plans:
        copied: Optional[set[tuple]] = None
        for loc, value, decimal, quote, quote_loc, prose in _figures(plan.value):
            if not figure_written(value, decimal, quote, prose):
                if not prose:  # read only for a figure missing: a valid plan's rows are not read twice
                    sources = _sources_by_plan(inputs) if sources is None else sources
                    copied = _quotes_copied(plan, sources.get(plan.path)) if copied is None else copied
                    if quote_loc in copied:
                        continue
                # The quote's line in the plan file: other messages' "rad" is the source's.
                message, hint = _figure_missing(value, decimal, quote, plan.position(quote_loc).line, prose)
                errors.append(plan.error(loc, message, hint))
        for refused in plan.refused_figures:
            if not figure_written(refused.number, refused.mark, refused.quote, refused.prose):
                errors.append(refused.figure.error(plan.path, *_figure_missing(
                    refused.number, refused.mark, refused.quote, refused.quote_line, refused.prose)))
    return errors


def _quotes_copied(plan: Loaded, source: Optional[tuple[str, SourceText]]) -> set[tuple]:
    """The locations of the plan's rows' quotes that are another row's line (`_rows_on_anothers_line`)."""
    if source is None:
        return set()
    return {loc + ("rows", index, "quote") for loc, entry in _entries(plan.value) if isinstance(entry, model.Table)
            for index, _, _ in _rows_on_anothers_line(entry, source[1])}


def _shown(value: Decimal, decimal: Optional[str]) -> str:
    """A figure as a message says it: with the document's decimal mark, a true minus sign, and a
    plus where its table's cell writes one (`swedish.Plus`)."""
    return shorten(("+" if isinstance(value, Plus) else "") + format(value, "f").replace("-", "−").replace(".", decimal or ","), 80)


def _figure_missing(value: Decimal, decimal: Optional[str], quote: str, line: int, prose: bool) -> tuple[str, str]:
    shown = _shown(value, decimal)
    hint = "Skriv talet exakt som i källan (samma decimaler och tecken) och citera raden eller meningen där det står."
    if prose and "\t" not in quote and figure_written(value, decimal, quote):  # only as a part of a number spaced by thousands
        hint = (f"I citatet står {shown} bara som en del av ett större tal med mellanslag mellan tusentalen "
                "(som 3 000); skriv hela talet, eller citera en mening där talet står för sig.")
    elif not prose and not isinstance(value, Plus) and figure_written(Plus(value), decimal, quote):
        hint = f'Citatet skriver talet med plustecken, som sidan då visar; skriv det så: "{_shown(Plus(value), decimal)}".'
    return f"talet {shown} står inte i citatet på rad {line} i planen: {cited(shorten(quote))}.", hint


def check_row_figures_in_order(inputs: Inputs) -> list[LocatedError]:
    """A table row's values are its cells in the columns' order (`model.TableRow.values`): after
    the label its quote begins with, each figure is the next number, and each `null` the next
    lone dash (`–`) where the quote has one and nothing where it has none, with no other number
    or dash after the last. A figure in another column or twice, a `null` where the source has a
    number, and a column of the source left out are refused. A quote that does not begin with
    the label (`check_row_labels_quoted`) is read from any place of its first figure. A row with
    a figure not in its quote is `check_figures_quoted`'s, and one whose zero is written only as
    a word is not read here. Where the quote stands on a line of the source with tabs, the
    line's cells decide too (`_cells_elsewhere`): a space in the quote may be a cell's edge or
    a thousand's, and a cell with no figure may be left out of it."""
    errors = []
    sources = _sources_by_plan(inputs)
    for plan in inputs.plans:
        for row_loc, entry, row in _rows(plan.value):
            cells = [None if value is None else _written(str(value), entry.decimal) for value in row.values]
            figures = [cell for cell in cells if cell is not None]
            quote = _as_a_row(row.quote)
            if not figures or not all(any(_places(quote, figure)) for figure in figures):
                continue
            shown = [_shown(value, entry.decimal) if value is not None else "null" for value in row.values]
            read, end, _ = _row_read(quote, cells, _label_end(quote, row.label))
            if read == len(cells) and _next_cell(quote, end) is None:
                if plan.path in sources and (into := _into_another_row(sources[plan.path][1], row.quote)):
                    errors.append(plan.error(row_loc + ("quote",), (
                        f"citatet går över i nästa rad i tabellen, rad {into[0]} i {sources[plan.path][0]}: "
                        f"{cited(shorten(into[1], 60))}, så raden skulle få tal ur den."),
                        "Citera raden från dess rubrik till dess sista ruta, utan något av raden under."))
                elif plan.path in sources and (other := _cells_elsewhere(sources[plan.path][1], row.quote, cells)):
                    line, source_cells = other
                    written = ", ".join(cited(cell) if cell else "en tom ruta" for cell in source_cells[:len(cells) + 1])
                    errors.append(plan.error(row_loc + ("values",), (
                        f"raden har {'talen' if len(shown) > 1 else 'talet'} {'; '.join(shown)}, men i källan, rad "
                        f"{line} i {sources[plan.path][0]}, har raden efter rubriken {written}."), ROW_ORDER_HINT))
                continue
            last = next((value for value in reversed(row.values[:read]) if value is not None), None)
            after, line = quote[end:].strip(), plan.position(row_loc + ("quote",)).line
            if after:
                where = f"har efter {'rubriken' if last is None else _shown(last, entry.decimal)} {cited(shorten(after, 40))}"
            elif last is None:  # the figures are in the label
                where = f"har inga tal efter rubriken: {cited(shorten(row.quote))}"
            else:
                where = f"slutar med {_shown(last, entry.decimal)}: {cited(shorten(row.quote))}"
            errors.append(plan.error(row_loc + ("values",), (
                f"raden har {'talen' if len(shown) > 1 else 'talet'} {'; '.join(shown)}, men citatet på rad {line} "
                f"i planen {where}."), ROW_ORDER_HINT))
    return errors


def _into_another_row(source: SourceText, quote: str) -> Optional[tuple[int, str]]:
    """Where every place of a row's quote begins on a row of figures with tabs and goes on into
    a line below that begins another such row (its label, then figures): the first such line
    (1-based) and its text. None where a place stays on its row, or goes on only over a
    cell's or a label's wrapped words."""
    said = None
    for span in source.occurrences(quote):
        first, last = source.lines_of(span)
        lines = source.lines
        if first == last or "\t" not in lines[first - 1] or not _figure_row(lines[first - 1]):
            return None
        into = next((number for number in range(first + 1, last + 1) if "\t" in lines[number - 1]
                     and _figure_row(lines[number - 1]) and not _a_figure_cell(lines[number - 1].split("\t")[0].strip())
                     and lines[number - 1].split("\t")[0].strip()), None)
        if into is None:
            return None
        said = said or (into, " ".join(lines[into - 1].split()))
    return said


def _spacers_dropped(source: SourceText, line: int, cells: list[str], values: int) -> list[str]:
    """A row's `cells` after its label (on `line`, 1-based) without the empty cells it has beyond
    both its `values` and its table's header (the nearest above, `_headers`): a spacer a pdf's
    text put between the label and the figures ("Summa<tab><tab>97,7<tab>63,4" under
    "Intäkter<tab>Budget 2023<tab>Budget 2024", values [97,7, 63,4])."""
    headers = _headers(source)
    nearest = bisect.bisect_left(headers, line)
    if not nearest:
        return cells
    width = max(values, len(source.lines[headers[nearest - 1] - 1].rstrip().split("\t")) - 1)
    cells = list(cells)
    while len(cells) > width and "" in cells:
        cells.remove("")  # the first
    return cells


def _cells_elsewhere(source: SourceText, quote: str, cells: list[Optional[_Written]]) -> Optional[tuple[int, list[str]]]:
    """Where a row's quote, read in order (`_row_read`), stands on a line of the source whose
    cells say otherwise: a `null` over a figure the source gives ("Summa INTÄKTER\t97,7\t63,4"
    quoted "Summa INTÄKTER 97,7" for `[null, 97,7]`), a figure over an empty cell or a mark for
    none ("..", "−"), a figure in another cell (two of "1 731" split at its space). That line
    (1-based) and its cells after the one the quote begins in, where every place of the quote is
    such a line; None where one agrees or cannot be read so: a line without tabs, a quote over
    two lines or from within a cell, a cell of more than a figure and its unit."""
    said = None
    for span in source.occurrences(quote):
        first, last = source.lines_of(span)
        line = source.lines[first - 1]
        column = _quote_column(line, quote) if first == last and "\t" in line else None
        if column is None:
            return None
        following = _spacers_dropped(source, first, [" ".join(cell.split()) for cell in line.split("\t")[column + 1:]],
                                     len(cells))
        if not all(cell == "" or _a_figure_cell(cell) for cell in following):
            return None
        if any(_cells_agree(cells, reading) for reading in (following, _signs_joined(source, first, following))):
            return None
        said = said or (first, following + [""] * (len(cells) - len(following)))
    return said


def _cells_agree(cells: list[Optional[_Written]], following: list[str]) -> bool:
    """Whether a row's values (`cells`) are the source's cells after its label, one each."""
    following = following + [""] * (len(cells) - len(following))
    return all(cell is None and (text == "" or text in _NO_FIGURE_MARKS)
               or cell is not None and text not in _NO_FIGURE_MARKS and any(_places(text, cell))
               and (cell.negative or text[:1] not in MINUS_SIGNS)
               for cell, text in zip(cells, following))


def _signs_joined(source: SourceText, line: int, cells: list[str]) -> list[str]:
    """A row's `cells` after its label (on `line`, 1-based) with each minus sign that a pdf's
    text put in a cell of its own joined to the figure in the next ("–\t97,7" is "–97,7"),
    where the row has as many more cells than its table's header (the nearest above, as
    below) has columns for figures as it has such dashes: a
    dash where the header has a column is an empty cell, and where there are more dashes than
    that, which of them are signs is not said."""
    headers, starts = _headers(source), set(_table_starts(source))
    # The nearest, not a page's footer with tabs ("Socialnämnden\tSida 3 (12)"), nor a line of
    # two cells that begins no table (a running header, "Socialnämnden\tBergby kommun", or a
    # row with no figures, "Ny verksamhet\tEj budgeterad"); a table stacked under another has its own.
    above = [number for number in headers[:bisect.bisect_left(headers, line)]
             if not any(PAGE_NUMBER.fullmatch(cell.strip()) for cell in source.lines[number - 1].split("\t"))
             and (number in starts or _cell_count(source.lines[number - 1]) > 2)]
    if not above:
        return cells
    header = source.lines[above[-1] - 1].rstrip().split("\t")
    # "Budget 2023" first heads a column of figures where the others are "Budget 2024" …; not "Resultaträkning 2024".
    first = _A_YEAR.sub("", header[0]).strip()
    width = len(header) if _A_YEAR.search(header[0]) and (not first or any(
        _A_YEAR.sub("", other).strip() == first for other in header[1:])) else len(header) - 1
    signs = [index for index in range(len(cells) - 1) if cells[index] in MINUS_SIGNS
             and _a_figure_cell(cells[index + 1]) and cells[index + 1][:1] not in MINUS_SIGNS]
    if len(cells) <= width or len(signs) != len(cells) - width:
        return cells  # no sign, or more dashes before figures than signs: which are empty cells is not said
    joined = list(cells)
    for index in reversed(signs):
        joined[index:index + 2] = [joined[index] + joined[index + 1]]
    return joined


def check_row_labels_quoted(inputs: Inputs) -> list[LocatedError]:
    """A table row's label is the source's (`model.TableRow.label`): its quote, the row as the
    source writes it, begins with the label, as whole words, in either case and spacing, and
    no letter stands between the label and the row's first cell. A row with another row's
    label, or with a part of its own (`Summa` for `Summa INTÄKTER`, `Personal` for
    `Personalkostnader`, `Intäkter` for `Övriga intäkter`), would show its figures under a
    heading the source does not give them. Where the quote stands on lines of the source with
    tabs, it begins where a cell does: not with "intäkter" of "Övriga intäkter<tab>97,7". Not a
    row whose quote is another row's line (`_quotes_copied`): `check_table_rows_once` tells it so
    on its `quote`, the field to mend, with the line and the row it copied; told here too, on its
    `label`, with the same hint, the row had two errors for one mistake, one of them on a label
    that was right."""
    errors = []
    sources = _sources_by_plan(inputs)
    for plan in inputs.plans:
        copied_quotes: Optional[set[tuple]] = None
        for row_loc, table, row in _rows(plan.value):
            end = _label_end(row.quote, row.label)
            if end is not None and (label := _unapproximated(row.label).rstrip()) != row.label.rstrip() and label:
                errors.append(plan.error(row_loc + ("label",), (
                    f"radens rubrik {cited(shorten(row.label, 60))} slutar med ett ord för ungefär, som hör till talet efter "
                    "den och inte till rubriken."), f"Skriv rubriken {cited(shorten(label, 60))}, och kolumnen i radens "
                    f"{code('approximate')}, så visar sidan talet som ungefärligt (”ca”)."))
                continue
            if end is not None:
                cell = _next_cell(row.quote, end)
                head = row.quote[:cell[0] if cell else len(row.quote)]
                if cell and not cell[1]:  # the first figure's sign ("ca +2,3", "ca -2,3", "ca + 2,3") is its own, no label's
                    spaced = head.endswith(" ") and _plus_before(row.quote.replace(FULLWIDTH_PLUS, "+"), cell[0])
                    head = (head[:-1] if spaced else head).rstrip(MINUS_SIGNS + "+" + FULLWIDTH_PLUS)
                if not any(c.isalpha() for c in _unapproximated(head)[end:]):
                    inside = _within_a_cell(sources[plan.path][1], row.quote) if plan.path in sources else None
                    if inside is not None:
                        line, text = inside
                        errors.append(plan.error(row_loc + ("label",), (
                            f"{_plans_quote(plan, row_loc)} börjar inne i rutan {cited(shorten(text, 60))} på rad {line} i "
                            f"{sources[plan.path][0]}, så raden skulle visas under en del av källans rubrik."),
                            f"Skriv rubriken så som rutan i källan skriver den, {cited(shorten(text, 60))}, och citera "
                            "raden från dess början."))
                    continue
            if end is None:  # read only for a label missing: a valid plan's rows are not read twice
                copied_quotes = _quotes_copied(plan, sources.get(plan.path)) if copied_quotes is None else copied_quotes
                if row_loc + ("quote",) in copied_quotes:
                    continue
            label = shorten(row.label, 60)
            written = _unapproximated(_label_of(row.quote)).rstrip(" :,–-\t")
            # A quote copied from another row of the table, after it (from one before: `_row_twice`):
            # told to take that row's label, the row became that row with other figures.
            copied = end is None and any(other is not row and _as_read(other.label) == _as_read(written) for other in table.rows)
            errors.append(plan.error(row_loc + ("label",), (
                f"radens rubrik {cited(label)} är bara en del av rubriken i {_plans_quote(plan, row_loc)}" if end is not None
                else f"{_plans_quote(plan, row_loc)} börjar inte med radens rubrik {cited(label)}") + f": {cited(shorten(row.quote))}.",
                _own_line_hint(row.label) if copied else
                f"Skriv rubriken så som raden börjar i citatet och källan{f', {cited(written)}' if written else ''}, "
                "och citera raden från dess början."))
    return errors


def _unapproximated(text: str) -> str:
    """`text` without the word for "about" it ends with (`_about_word`): "ca" before a row's
    first figure is no part of its label ("Boende dygnet runt" keeps its "runt")."""
    found = _about_word(text)
    return text if found is None else text[:found.start(1)]


def _plans_quote(plan: Loaded, loc: tuple) -> str:
    """"citatet på rad 29 i planen": the quote of the entry at `loc`, as a message names it (only
    for an error: a complete plan's positions are read from its text again)."""
    return f"citatet på rad {plan.position(loc + ('quote',)).line} i planen"


def check_rows_in_one_table(inputs: Inputs) -> list[LocatedError]:
    """A table's rows are rows of one table of the source: no other table's header stands
    between the line its first row is quoted from and another row's (`_table_starts`: a line
    with tabs of two cells or more with text and no figure, after an empty line or a caption,
    other than the header nearest above the first row, repeated after a page break). A row
    from the table below would show its figures under this table's columns."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        for loc, entry in _entries(plan.value):
            if not isinstance(entry, model.Table) or len(entry.rows) < 2:
                continue
            firsts = source.occurrence_lines(entry.rows[0].quote)
            for index, row in enumerate(entry.rows[1:], start=1):
                lines = source.occurrence_lines(row.quote)
                if not firsts or not lines or any(_header_between(source, first, line) is None
                                                  for first in firsts for line in lines):
                    continue
                first = firsts[0]
                header, text = _header_between(source, first, lines[0])
                errors.append(plan.error(loc + ("rows", index, "quote"), (
                    f"raden står på rad {lines[0]} i {archive}, under en annan tabells huvud (rad {header}: "
                    f"{cited(shorten(text, 60))}) än tabellens första rad, rad {first}, så talen skulle visas under fel "
                    "kolumner."), "Ge raderna under det huvudet en egen tabell i planen, med dess rubrik och kolumner."))
    return errors


# How often a heading stands in `columns`, in words: the third spelling of one was told "står två gånger".
_TIMES = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio"}


def check_table_columns_once(inputs: Inputs) -> list[LocatedError]:
    """Each of a table's column headings once, read as a reader reads it ("Budget" and "budget"
    are one, `_as_read`): a row's `approximate` names a column by its heading, and tables.csv's
    key a figure by its table, row's line and heading (`opendata.PRIMARY_KEYS`). A heading
    spelt otherwise the first time is told both spellings: »budget» alone was not found twice.
    Each repeat says how many times the heading stands, and names every spelling: the third of
    `[Budget, budget, BUDGET]` was told it "står två gånger"."""
    errors = []
    for plan in inputs.plans:
        for loc, entry in _entries(plan.value):
            if isinstance(entry, model.Table):
                read = [_as_read(column) for column in entry.columns]
                for index, column in enumerate(entry.columns):
                    if read[index] not in read[:index]:
                        continue
                    spellings = list(dict.fromkeys(one for one, as_read in zip(entry.columns, read)
                                                   if as_read == read[index]))
                    both = f", som {_listed([cited(one) for one in spellings], 'och')}" if len(spellings) > 1 else ""
                    times = read.count(read[index])
                    said = f"kolumnen {cited(column)} {columns_repeated(_TIMES.get(times, str(times)))}{both}."
                    errors.append(plan.error(loc + ("columns", index), said, COLUMNS_TWICE[1]))
    return errors


def check_table_rows_once(inputs: Inputs) -> list[LocatedError]:
    """Each of a table's rows on a line of the source of its own where it shares its label with
    another, read as a reader reads it ("Övrigt" and "övrigt" are one, `_as_read`)
    (`SourceText.row_lines`, the line tables.csv's `source_line` gives, which its key names
    with the label, `opendata.PRIMARY_KEYS`): two such rows on one line are one row given twice. Rows of one label are not (a budget table's "Övrigt" under two groups), each quoted
    from its own line; nor are rows of two labels that a source's text writes on one line
    ("Summa INTÄKTER 97,7 63,4 Summa KOSTNADER -97,7 -63,4", as a pdf's text may), which were
    told they were one row, to be removed. A row on another's line whose quote lacks its own label
    has its quote copied from that row (`_row_twice`)."""
    return [_row_twice(plan, loc, entry, index, first, f"rad {line} i {archive}")
            for plan, archive, source in _plans_with_sources(inputs) for loc, entry in _entries(plan.value)
            if isinstance(entry, model.Table) for index, first, line in _rows_on_anothers_line(entry, source)]


def _rows_on_anothers_line(table: model.Table, source: SourceText) -> Iterator[tuple[int, int, int]]:
    """(index, the index of the other row whose line it quotes, that line) of each row of
    `table` that `check_table_rows_once` tells of: of one label with a row before (`_as_read`),
    or with a quote that lacks its own label, on the line of a row before or of a row after of
    another label whose quote begins with its own label. Copied from the row after ("Summa KOSTNADER …" under
    `label: Summa INTÄKTER`), it was told of its label and of each figure: followed, the figures'
    hints gave the row the other row's figures."""
    if len(table.rows) < 2:
        return
    lines = source.row_lines([row.quote for row in table.rows])
    # The row after that quotes each line with its own label, the line's owner, by line.
    owner = {line: index for index, (row, line) in reversed(list(enumerate(zip(table.rows, lines))))
             if line is not None and _as_read(row.label) in _as_read(row.quote)}
    first_on: dict[tuple[int, str], int] = {}  # by line and label as read (`_as_read`): "Övrigt", "övrigt"
    any_on: dict[int, int] = {}  # the first row on each line, whatever its label
    for index, (row, line) in enumerate(zip(table.rows, lines)):
        if line is None:
            continue
        label = _as_read(row.label)
        if (line, label) in first_on:
            yield index, first_on[line, label], line
        elif label not in _as_read(row.quote) and (line in any_on or owner.get(line, index) > index
                                                   and _as_read(table.rows[owner[line]].label) != label):
            # Its quote, without its label, copied from another row: told to quote its own line. Not
            # from a row after of its label: one row given twice, told there (told on both rows too,
            # "Ta bort den ena", followed twice, removed the row).
            yield index, any_on.get(line, owner.get(line)), line
        first_on.setdefault((line, label), index)
        any_on.setdefault(line, index)


def _row_twice(plan: Loaded, loc: tuple, table: model.Table, index: int, first: int, line: str) -> LocatedError:
    """The error of a table's row `index` quoting the `line` of the source its row `first` quotes.
    Of one label (`_as_read`), one row given twice, named once, with the plan's lines of both
    quotes; where their figures differ as the site shows them (`model.Table.shown_in`), more likely a row copied and given the figures of another
    of that label with its quote left, first told to quote its own line. Of another label, a row
    whose quote was copied from the row before, told to quote its own line (told to remove one
    of the two, it lost its figures); the row before named by its label and its quote's line in
    the plan, as an office finds it, not by its index (`rows[0]`)."""
    row, other = table.rows[index], table.rows[first]
    if _as_read(row.label) == _as_read(other.label):
        same = table.shown_in(row) == table.shown_in(other)  # as shown: `+2,3` is not `2,3` (`figure`)
        quotes = [plan.position(loc + ("rows", number, "quote")).line for number in (first, index)]
        return plan.error(loc + ("rows", index, "quote"), (
            f"raden {cited(shorten(row.label, 60))} står två gånger i tabellen{'' if same else ', med olika tal'}: "
            f"citaten på rad {quotes[0]} och rad {quotes[1]} i planen citerar båda {line}."),
            f"Ta bort den ena. {_ONE_LABEL_TWICE} citerar var och en sin egen rad i källan." if same else
            f"{_ONE_LABEL_TWICE} citera var och en sin egen rad i källan; annars ta bort den ena.")
    return plan.error(loc + ("rows", index, "quote"), (
        f"raden citerar {line}, som raden {cited(shorten(other.label, 60))} {'redan ' if first < index else ''}citerar (citatet på rad "
        f"{plan.position(loc + ('rows', first, 'quote')).line} i planen), så tabellen skulle visa den raden två gånger "
        f"och inte raden {cited(shorten(row.label, 60))}."), _own_line_hint(row.label))


_ONE_LABEL_TWICE = "Har dokumentets tabell två rader med samma rubrik, som ”Övrigt” under två grupper,"


def _as_read(text: str) -> str:
    """A row's label or quote as a reader compares them: its spaces and marks normalised
    (`normalise`) and case-folded, so "Övrigt" and "övrigt" are one label."""
    return normalise(text).casefold()


def _own_line_hint(label: str) -> str:
    """The hint to a table row whose quote is another row's line: to quote its own."""
    return f"Citera radens egen rad ur källan, den som börjar med {cited(shorten(label, 60))}."


def _a_header(line: str) -> bool:
    """Whether `line` reads as a table's header: tabs, two cells with text at least, no figure."""
    return "\t" in line and _cell_count(line) >= 2 and not _figure_row(line)


def _headers(source: SourceText) -> list[int]:
    """The lines (1-based) of the source that read as a table's header (`_a_header`): read once
    for a source, and looked up by bisection (a table of many rows)."""
    headers = source.memo.get("table headers")
    if headers is None:
        headers = source.memo["table headers"] = [number for number, text in enumerate(source.lines, 1) if _a_header(text)]
    return headers


def _above_another_tables_rows(source: SourceText, caption: int, row: int) -> bool:
    """Whether line `caption` stands above the header nearest over line `row` (a table's first
    row) with a table's rows between them (`_table_row`: not a page's number): another table's
    caption or header, whose rows the nearest header ends."""
    headers = _headers(source)
    nearest = bisect.bisect_left(headers, row)
    header = headers[nearest - 1] if nearest else None
    return (header is not None and caption < header
            and any(_table_row(source.lines[number - 1]) for number in range(caption + 1, header)))


def _table_starts(source: SourceText) -> list[int]:
    """The headers (`_headers`) that begin a table: after an empty line or a caption (a line of
    one cell of text, not a page's number), or with years heading its columns (`_years_head`:
    "Plan 2025", "2025"), and with no cell that is a page's number ("Sida 3 av 4": a page's footer with tabs).
    Not, right under a table's row, a row with no figures ("Ny verksamhet<tab>Ej budgeterad")
    nor a running header ("Socialnämnden<tab>Bergby kommun"). Read once for a source."""
    starts = source.memo.get("table starts")
    if starts is None:
        lines = source.lines
        starts = source.memo["table starts"] = [
            number for number in _headers(source)
            if not any(_a_pages_number(cell) for cell in lines[number - 1].split("\t"))
            and (number == 1 or not lines[number - 2].strip()
                 or _cell_count(lines[number - 2]) == 1 and not _table_row(lines[number - 2])
                 and not PAGE_NUMBER.fullmatch(lines[number - 2].strip())
                 or _years_head(lines[number - 1]))]
    return starts


# A column's heading of a year: "2025", "Plan 2026", "Budget 2024", "Utfall 2023–2024" (not "Hösten 2025"
# of a timetable's row, which the row's other cells tell from a header).
_A_YEARS_HEADING = lazy_regex.compile(r"(?:[^\W\d_]+\s+)?(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)?\d\d)?\S{0,2}")


def _years_head(line: str) -> bool:
    """Whether years head two columns of a header or more, and half of them at least ("tkr<tab>
    Budget 2025<tab>Prognos 2025<tab>Avvikelse"), not one cell of a timetable's row ("Bygga ny
    förskola<tab>Hösten 2025<tab>Barn- och utbildningsnämnden")."""
    columns = [cell.strip() for cell in line.split("\t")[1:] if cell.strip()]
    years = sum(1 for cell in columns if _A_YEARS_HEADING.fullmatch(cell))
    return years >= 2 and 2 * years >= len(columns)


def _a_pages_number(cell: str) -> bool:
    """Whether a cell is a page's number as a footer writes it ("Sida 3 av 4", "3 (12)"), not a
    bare number, which may be a column's year."""
    text = cell.strip()
    return bool(PAGE_NUMBER.fullmatch(text)) and not text.isdigit()


def _columns_key(line: str) -> tuple[str, ...]:
    """A header's column headings as two headers of one table are compared: without the first
    cell's words (a table continued: "Intäkter och kostnader (forts.)"), footnote marks or case."""
    return tuple(" ".join(_header_words(cell)) for cell in line.split("\t")[1:] if cell.strip())


def _header_between(source: SourceText, first: int, line: int) -> Optional[tuple[int, str]]:
    """Another table's header (`_table_starts`) between lines `first` (a table's first row) and
    `line` (1-based): its line and text; None where there is none, or only the nearest header
    above `first` again, of one line or more, by its column headings (repeated after a page
    break, "(forts.)" after its first cell; also over groups under subheadings)."""
    lines, headers, starts = source.lines, _headers(source), _table_starts(source)
    # The nearest header above the first row, with the lines right above it that are a header too.
    above, own = bisect.bisect_left(headers, first) - 1, set()
    while above >= 0 and (not own or headers[above] == headers[above + 1] - 1):
        own.add(_columns_key(lines[headers[above] - 1]))
        above -= 1
    for number in starts[bisect.bisect_right(starts, min(first, line)):bisect.bisect_left(starts, max(first, line))]:
        if _columns_key(lines[number - 1]) not in own:
            return number, " ".join(lines[number - 1].split())
    return None


def _within_a_cell(source: SourceText, quote: str) -> Optional[tuple[int, str]]:
    """Where every place of a row's quote is on one line of the source with tabs, and begins
    inside a cell (after its first words): the first such line (1-based) and that cell's text;
    None where a place begins a cell, or is on lines without tabs or over several."""
    said = None
    for span in source.occurrences(quote):
        first, last = source.lines_of(span)
        line = source.lines[first - 1]
        if first != last or "\t" not in line or _quote_column(line, quote) is not None:
            return None
        opening = normalise(quote).split()[0]
        cell = next((cell for cell in line.split("\t") if opening in re.split(r"[\s/]+", normalise(cell))), None)
        if cell is None:
            return None
        said = said or (first, " ".join(cell.split()))
    return said


def check_table_headings_quoted(inputs: Inputs) -> list[LocatedError]:
    """A table's caption and column headings are the source's (`model.Table`): the caption
    stands, as whole words in any case, on one of the four lines with text above the line the
    table's first row is quoted from, and the column headings on the lines between, one right
    after the other in the columns' order. On a line with tabs a heading is a whole cell (not
    `Budget 2024` for `Avvikelse mot budget 2024`) and the first heading the cell after the
    label column's (the line's second, or its first where the line begins with a tab); the
    caption may be that first cell; not a line over another table's rows above this table's
    header (`_above_another_tables_rows`). On a line without tabs (a pdf's text with spaces) the
    headings are words running to the end of the header. A header the pdf split over two
    lines is read as one where at least one heading begins on the upper line and ends on the
    lower: cell by cell where both lines have the same tabs ("Budget<tab>Budget" above
    "2023<tab>2024"), else as words, the headings' first parts ending the upper line and their
    other parts the lower. A footnote mark after a word of the header (`2023¹`) is no part of
    it. Columns in another order than the source's, which would show each row's figures under
    another heading (2023's under 2024), a column of the source left out before or between
    them, and a caption or heading not there are refused. Each place the first row is quoted
    from, with each line above it that has the caption (nearest first), is read until one gives
    the table's headings; else the first such reading is said. A table whose first row is not
    in the source (`check_quotes_found`) is not read."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        raw_lines = source.lines
        for loc, entry in _entries(plan.value):
            if not isinstance(entry, model.Table) or _row_refused(plan, loc, entry):
                continue
            row_lines = source.occurrence_lines(entry.rows[0].quote)
            if not row_lines:
                continue
            caption = _whole_words(entry.caption) if any(c.isalnum() for c in entry.caption) else None
            readings = []
            for row, line in ((row, number) for row in row_lines for number in _lines_above(raw_lines, row)
                              if caption and caption.search(normalise(raw_lines[number - 1]))
                              and not _above_another_tables_rows(source, number, row)):
                readings.append(_header_errors(plan, loc, entry, _header_lines(raw_lines, line, row, caption),
                                               (line, row), archive))
                if not readings[-1]:
                    break
            else:
                if readings:
                    errors += readings[0]
                else:
                    errors.append(plan.error(loc + ("caption",), (
                        f"tabellens rubrik {cited(shorten(entry.caption, 60))} står inte i {archive} på någon av de "
                        f"{_CAPTION_WITHIN} raderna med text före tabellens första rad (rad {row_lines[0]} i källan)."),
                        CAPTION_HINT))
    return errors


_CAPTION_WITHIN = 4  # lines with text above a table's first row where its caption may stand
CAPTION_HINT = ("Skriv tabellens rubrik så som den står närmast ovanför tabellen i källan. Har tabellen ingen egen "
                "rubrik där, eller står den under tabellen, skriv rubriken eller raden närmast ovanför tabellhuvudet.")
COLUMNS_HINT = ("Skriv kolumnernas rubriker så som tabellhuvudet i källan skriver dem, från den första kolumnen med tal, "
                "i samma ordning och utan att hoppa över någon: talen i varje rad visas under dem i den ordningen.")


def _header_words(text: str) -> tuple[str, ...]:
    """The words of a heading or of a stretch of a header, as headings are compared; a
    footnote's mark after a word (`Budget 2023¹`) is no part of it."""
    return tuple(word.casefold().rstrip(FOOTNOTE_MARKS) or word.casefold() for word in normalise(text).split())


def _lines_above(raw_lines: list[str], row: int, count: int = _CAPTION_WITHIN) -> list[int]:
    """The `count` lines with text above line `row` (1-based), nearest first: by default those
    where a table's caption may stand."""
    above: list[int] = []
    for number in range(row - 1, 0, -1):
        if len(above) == count:
            break
        if raw_lines[number - 1].strip():
            above.append(number)
    return above


def _figure_row(line: str) -> bool:
    """Whether `line` is a row of figures, a table's row rather than its caption or header: a
    cell after its first is a figure, alone or with its unit in small letters ("1 731
    kr/invånare", "ca 120 personer"), or a mark for none ("–", ".."), or, without tabs, its
    last word is a figure (not a year alone: "2023" heads a column)."""
    if "\t" in line:
        return any(_a_figure_cell(" ".join(cell.split())) for cell in line.split("\t")[1:])
    return _a_figure_word(line.split()[-1:])


def _a_figure_word(words: list[str]) -> bool:
    """Whether each of `words` (one at least) is a figure, not a year alone ("2023" heads a column)."""
    return bool(words) and all(_A_FIGURE.fullmatch(word) and not _A_YEAR.fullmatch(word) for word in words)


def _a_figure_cell(cell: str) -> bool:
    if cell in _NO_FIGURE_MARKS:
        return True
    figure = _A_FIGURE_CELL.fullmatch(cell)
    return figure is not None and not _A_YEAR.fullmatch(figure.group(1).strip())


_NO_FIGURE_MARKS = frozenset(MINUS_SIGNS) | {"..", "\u2026"}  # a cell with no figure in a row of them: a dash, or dots


def _table_row(line: str) -> bool:
    """Whether `line` is a row of a table, where a caption or note is read around one: a row of
    figures with tabs, or, without tabs, a line whose last two words are figures ("Summa
    INTÄKTER 97,7 63,4"), not a page's furniture ("Sida 12 av 30", "§ 112")."""
    if "\t" in line:
        return _figure_row(line)
    last = line.split()[-2:]
    return len(last) == 2 and _a_figure_word(last)


_A_FIGURE = lazy_regex.compile(rf"[{MINUS_SIGNS}+]?\s*+(?:ca\.?\s+)?\d[\d{_GROUP_MARKS}]*+(?:[,.]\d+)?\s*+%?")
# A cell of a row of figures: a figure, and after it its unit, a word or two in small letters.
_A_FIGURE_CELL = lazy_regex.compile(rf"({_A_FIGURE.pattern})(?:\s*[a-zåäö][\w/.%-]*(?:\s+[a-zåäö][\w/.-]*)?)?")
_A_YEAR = lazy_regex.compile(r"(?:19|20)\d\d")


def _head_lines(source: SourceText, row: int, count: int = _CAPTION_WITHIN) -> list[int]:
    """The lines (1-based) of the header and caption over line `row`, nearest first: past the
    rows of figures right above it (`_figure_row`: its table's rows above it), the lines with
    text with no empty line between, at most `count`. Till a header's line with tabs is read,
    rows of figures with as many cells as line `row` are passed over too (groups under
    subheadings: "Vuxna" over the row, "Barn och unga" and its rows above it); after it, or at
    another row of figures, they end (a table above this one, whose caption is not this
    table's)."""
    raw_lines = source.lines
    width = len(raw_lines[row - 1].split("\t"))
    number = _run_end(source, "figure rows", row - 1, -1, _a_figure_row)
    head: list[int] = []
    header = False
    while len(head) < count and number >= 1 and raw_lines[number - 1].strip():
        line = raw_lines[number - 1]
        if _figure_row(line):
            if header or "\t" not in line or len(line.split("\t")) != width:
                break
            number = _run_end(source, "figure rows", number, -1, _a_figure_row)
            continue
        head.append(number)
        header = header or _cell_count(line) > 1
        number -= 1
    return head


def _a_figure_row(line: str) -> bool:
    return bool(line.strip()) and _figure_row(line)


def _a_table_row(line: str) -> bool:
    return bool(line.strip()) and _table_row(line)


def _a_row_of_figures(line: str) -> bool:
    """Whether `line` is a table's row of two figures or more in cells after its first, or, without
    tabs, its last two words ("Summa INTÄKTER\t97,7\t63,4", "Summa INTÄKTER 97,7 63,4"): not a
    table of contents' line, its one figure its page's number ("Kap 1 Inledning\t2")."""
    if "\t" in line:
        return sum(_a_figure_cell(" ".join(cell.split())) for cell in line.split("\t")[1:] if cell.strip()) >= 2
    return _table_row(line)


def _cell_count(line: str) -> int:
    """How many cells of a line have text (a line with only empty cells after its first is text)."""
    return sum(1 for cell in line.split("\t") if cell.strip())


def _caption_lines(source: SourceText, row: int) -> list[int]:
    """The lines (1-based) above a table's first row `row` where its caption and header may
    give its unit, nearest first: past its rows right above it (`_table_row`), the
    `_CAPTION_WITHIN` lines with text, empty lines between them or not, up to another table's
    row (`_table_row`) or, past an empty line, a line right under one (that table's note:
    "Belopp i mnkr" under the table above)."""
    raw_lines = source.lines
    number = _run_end(source, "table rows", row - 1, -1, _a_table_row)
    lines: list[int] = []
    past_empty = False
    while len(lines) < _CAPTION_WITHIN and number >= 1:
        line = raw_lines[number - 1]
        if not line.strip():
            past_empty = True
        elif _table_row(line) or past_empty and number > 1 and _table_row(raw_lines[number - 2]):
            break
        else:
            lines.append(number)
        number -= 1
    return lines


def _note_lines(source: SourceText, row: int) -> list[int]:
    """The lines (1-based) after a table's last row `row` where a note may give its unit: past
    its rows right after it (`_table_row`), the `_UNIT_LINES_AFTER` lines with text, up to
    another table's row (`_table_row`), a list's item ("•\tFler platser"), a line right over
    the start of a table, or, past an empty line, a line over one after empty lines (the next
    table's caption or header)."""
    raw_lines = source.lines
    number = _run_end(source, "table rows below", row + 1, 1, _a_table_row)
    notes: list[int] = []
    past_empty = False
    while len(notes) < _UNIT_LINES_AFTER and number <= len(raw_lines):
        line = raw_lines[number - 1]
        if not line.strip():
            past_empty = True
        else:
            following = _lines_after(raw_lines, number, 1) if past_empty else [number + 1]
            if (_table_row(line) or _A_LIST_MARK.fullmatch(line.split("\t")[0].strip())
                    or any(n <= len(raw_lines) and _begins_a_table(raw_lines[n - 1]) for n in following)):
                break
            notes.append(number)
        number += 1
    return notes


def _begins_a_table(line: str) -> bool:
    """Whether `line` may be a table's header or first row: a row of figures, or a line of two
    or more cells that is not a label or a list's mark and its text ("Källa:\tEkonomikontoret",
    "•\tFler platser i härbärget.")."""
    if _table_row(line):
        return True
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    return len(cells) > 1 and not (len(cells) == 2 and (_A_LABEL.fullmatch(cells[0]) or _A_LIST_MARK.fullmatch(cells[0])))


# A list's mark before its text, as a word processor's list has it with a tab ("•\tFler platser."):
# any the quote check and coverage read as one (`quotes.LIST_MARKS`; "✓\tFler platser" was read as
# a table beginning, and the note above it was not the table's).
_A_LIST_MARK = lazy_regex.compile(rf"[{re.escape(LIST_MARKS)}]|\d{{1,2}}[.)]|[a-zåäö][.)]")


def _table_lines(source: SourceText, row: int) -> list[int]:
    """The lines (1-based) of the table that line `row` is a row of, where it may name what it
    gives for all of its rows: its header and caption (`_head_lines`), `row` itself, and a
    note on the line right after its last line with tabs; none where `row` has no tab."""
    raw_lines = source.lines
    if "\t" not in raw_lines[row - 1]:
        return []
    after = _run_end(source, "tabbed lines", row, 1, lambda line: "\t" in line)
    note = [after] if after <= len(raw_lines) and raw_lines[after - 1].strip() else []
    return [*_head_lines(source, row), row, *note]


def _run_end(source: SourceText, kind: str, line: int, step: int, inside: Callable[[str], bool]) -> int:
    """The first line (1-based) from `line` on, by `step` (1 down, -1 up), that is not `inside`
    a run of lines of a `kind` (0 or one past the last line where the source ends there):
    kept with the source, so that every row of a long table does not walk it again."""
    raw_lines, ends = source.lines, source.memo.setdefault(kind, {})
    passed = []
    number = line
    while 1 <= number <= len(raw_lines) and number not in ends and inside(raw_lines[number - 1]):
        passed.append(number)
        number += step
    end = ends.get(number, number)
    ends.update(dict.fromkeys(passed, end))
    return end


def _lines_after(raw_lines: list[str], row: int, count: int) -> list[int]:
    """The `count` lines with text after line `row` (1-based), nearest first."""
    after: list[int] = []
    for number in range(row + 1, len(raw_lines) + 1):
        if len(after) == count:
            break
        if raw_lines[number - 1].strip():
            after.append(number)
    return after


def _header_lines(raw_lines: list[str], caption_line: int, row: int, caption: re.Pattern) -> list[str]:
    """The lines with text between a table's caption and its first row (1-based lines), with
    the caption's own line where the caption is the first cell of a line with tabs (its other
    cells the header's)."""
    lines = [line for line in raw_lines[caption_line:row - 1] if line.strip()]
    own = raw_lines[caption_line - 1]
    first, tab, rest = own.partition("\t")
    if tab and caption.fullmatch(normalise(first)) and normalise(rest):
        lines.insert(0, own)
    return lines


def _header_errors(plan: Loaded, loc: tuple, table: model.Table, lines: list[str], between: tuple[int, int],
                   archive: str) -> list[LocatedError]:
    """The errors of a table's column headings on `lines`, the header between its caption's
    line and its first row's (`between`): none where they stand there as the rule asks."""
    columns = [_header_words(column) for column in table.columns]
    if any(_heads(line, columns) for line in lines) or _tabless_run(lines, columns) or _split_header(lines, columns):
        return []
    text = " ".join(normalise(line) for line in lines)
    shown = (f": {cited('…' + text[-119:] if len(text) > 120 else text)}." if text else
             ", där källan inte har någon text.")
    where = (f"mellan tabellens rubrik och dess första rad i {archive} (rad {between[0]} och {between[1]})")
    cells = {cell for line in lines for cell in _cells(line)} | {tuple(_header_words(" ".join(lines)))}
    if len(lines) > 1 and len(_cells(lines[-2])) == len(_cells(lines[-1])) > 1:  # a split header's cells
        cells |= {top + bottom for top, bottom in zip(_cells(lines[-2]), _cells(lines[-1]))}
    missing = [plan.error(loc + ("columns", index), f"kolumnrubriken {cited(shorten(column, 60))} står inte {where}{shown}",
                          COLUMNS_HINT)
               for index, (column, words) in enumerate(zip(table.columns, columns))
               if not words or not any(_holds(list(cell), words) if len(cell) > len(words) and not _tabbed(lines)
                                       else cell == words for cell in cells)]
    return missing or [plan.error(loc + ("columns",), f"kolumnrubrikerna står inte en efter en i den ordningen {where}{shown}",
                                  COLUMNS_HINT)]


def _tabbed(lines: list[str]) -> bool:
    return any("\t" in line for line in lines)


def _cells(line: str) -> list[tuple[str, ...]]:
    """A header line's cells (a line without tabs is one), each as its words; empty ones kept."""
    return [_header_words(cell) for cell in line.split("\t")]


def _heads(line: str, columns: list[tuple[str, ...]]) -> bool:
    """Whether a line with tabs has `columns` as its cells from the first after the label
    column's (its first cell, which may be empty)."""
    cells = _cells(line)
    return "\t" in line and any(cells[start:start + len(columns)] == columns and all(columns)
                                 for start in {1, 0 if not cells[0] else 1})


def _tabless_run(lines: list[str], columns: list[tuple[str, ...]]) -> bool:
    """Whether lines without tabs end with the headings' words, one heading after the other
    (one cell to a line, or a pdf's line of them with spaces)."""
    if _tabbed(lines) or not all(columns):
        return False
    words = [word for line in lines for word in _header_words(line)]
    wanted = [word for column in columns for word in column]
    return words[len(words) - len(wanted):] == wanted if len(wanted) <= len(words) else False


def _holds(words: list[str], run: tuple[str, ...]) -> bool:
    """Whether `run` stands in `words` one word right after the other (an empty run does)."""
    return not run or any(tuple(words[start:start + len(run)]) == run for start in range(len(words) - len(run) + 1))


def _split_header(lines: list[str], columns: list[tuple[str, ...]]) -> bool:
    """Whether the last two of `lines` are a header split over two lines (see
    `check_table_headings_quoted`), with at least one heading across both."""
    if len(lines) < 2 or not all(columns):
        return False
    upper_line, lower_line = lines[-2], lines[-1]
    if "\t" in upper_line or "\t" in lower_line:
        upper, lower = _cells(upper_line), _cells(lower_line)
        if len(upper) != len(lower):
            return False
        joined = "\t".join(" ".join(top + bottom) for top, bottom in zip(upper, lower))
        return joined != "\t".join(" ".join(cell) for cell in lower) and _heads(joined, columns)
    upper, lower = list(_header_words(upper_line)), list(_header_words(lower_line))

    @functools.lru_cache(maxsize=None)
    def fits(index: int, upper_end: int, lower_end: int, across: bool) -> bool:
        if index < 0:
            return across
        words = columns[index]
        for cut in range(len(words) + 1):
            top, bottom = words[:cut], words[cut:]
            if (upper_end >= len(top) and tuple(upper[upper_end - len(top):upper_end]) == top
                    and lower_end >= len(bottom) and tuple(lower[lower_end - len(bottom):lower_end]) == bottom
                    and fits(index - 1, upper_end - len(top), lower_end - len(bottom), across or 0 < cut < len(words))):
                return True
        return False

    return fits(len(columns) - 1, len(upper), len(lower), False)


def check_units_quoted(inputs: Inputs) -> list[LocatedError]:
    """A figure's unit is the document's (`model.Measure.unit`, `model.Table.unit`), since the
    site shows it beside the figure: "120 personer" and "120 %", "97,7 mnkr" and "97,7 tkr"
    say different things. Where a unit is read it is whole: "kr" is not the unit of "120 kr
    per invånare" nor "%" of "12 %-enheter"; and a spelling in `_UNIT_SPELLINGS` is one unit
    with the others (`%` and "procent", `mnkr` and "miljoner kronor", `/` and "per").

    An indicator's value has its unit right after it in the item's quote ("ca 15 % av
    resurserna"; anywhere in the quote where the value is a word, as "nollvision"), or the
    unit stands as a table's (`_unit_stands`) in the header or caption right above the quote in
    the source (`_head_lines`: "Ingångsvärde 2022 (%)" over its table's rows, not another row's
    "Andel nöjda brukare %" nor a paragraph before an empty line), or in the row's own label
    before its first figure, in the quote or in the source's row with its cells ("Andel hemlösa
    (%)", "Hemlösa\tpersoner\tca 120"), or that label counts it ("Antal hemlösa personer":
    `_counted`). A table's unit stands so on one of the lines with text above a line its first
    row is quoted from (`_caption_lines`: its caption or header, "Resultatbudget, mnkr",
    "Belopp (tkr)", not past another table's rows), on the two after its last row
    (`_note_lines`: "Belopp i mnkr", not the next table's caption), or in one of its rows'
    quotes; else the source writes it right after one of the table's figures ("620,9 miljoner
    kronor": `_unit_after_a_figure`). A table whose first row is not in the source
    (`check_quotes_found`) is not read."""
    errors = []
    with_sources = {id(plan): (archive, source) for plan, archive, source in _plans_with_sources(inputs)}
    for plan in inputs.plans:
        archive, source = with_sources.get(id(plan), ("", None))
        raw_lines = source.lines if source is not None else []
        for loc, entry in _entries(plan.value):
            if isinstance(entry, model.Item) and entry.indicator is not None:
                errors += _indicator_units_missing(plan, loc, entry, source, raw_lines)
            elif isinstance(entry, model.Table) and source is not None:
                errors += _table_unit_missing(plan, loc, entry, source, raw_lines, archive)
    return errors


def _indicator_units_missing(plan: Loaded, loc: tuple, item: model.Item, source: Optional[SourceText],
                             raw_lines: list[str]) -> list[LocatedError]:
    errors = []
    above = None
    for name, measure_ in _measures(item.indicator):
        written = _written(str(measure_.value), measure_.decimal)
        places = list(_places(item.quote, written))
        if places:
            if any(_unit_opens(measure_.unit, item.quote[end:end + 80]) for _, end in places):
                continue
        elif _unit_in(measure_.unit, item.quote):  # a zero written as a word: "nollvision"
            continue
        # A header's or label's unit is the value's only where the quote writes none after it:
        # no unit of `_UNIT_SPELLINGS` and no word ("120 personer" under "(%)"), only a next cell.
        if any(_unit_words(item.quote[end:end + 80])[:1] in _KNOWN_UNITS or not _bare(item.quote[end:])
               for _, end in places):
            header_lines: list[str] = []
        elif _counted(measure_.unit, item.quote, measure_.value):
            continue
        else:
            if above is None:  # the header's lines, and the row's own label ("Andel hemlösa (%)"),
                # as the source's row has it, with its cells ("Hemlösa\tpersoner\tca 120"), and the quote
                rows = source.occurrence_lines(item.quote) if source else []
                above = [raw_lines[number - 1] for row in rows for number in _head_lines(source, row)] + [
                    _label_of(cells) for row in rows for cells in _cells_quoted(raw_lines[row - 1], item.quote)] + [
                    _label_of(item.quote)]
            header_lines = above
        if any(_unit_stands(measure_.unit, line) for line in header_lines):
            continue
        line = plan.position(loc + ("quote",)).line
        errors.append(plan.error(loc + ("indicator", name, "unit"), (
            f"enheten {cited(shorten(measure_.unit, 40))} står inte efter värdet {_shown(measure_.value, measure_.decimal)} "
            f"i citatet på rad {line} i planen: {cited(shorten(item.quote))}."), UNIT_HINT))
    return errors


def _cells_quoted(line: str, quote: str) -> list[str]:
    """The part of a source's `line` from the cell the quote begins with (`_quote_column`), with
    its tabs: none where the quote begins inside a cell."""
    column = _quote_column(line, quote)
    return [] if column is None else ["\t".join(line.split("\t")[column:])]


def _counted(unit: str, quote: str, value: Decimal) -> bool:
    """Whether `quote`, before its first figure, counts what `unit` names: "antal" (or a sentence's
    "antalet") and the unit, or one word between ("Antal hemlösa personer" for "personer", "Antal barn i kö" for
    "barn"), or the unit first, a plural ("Vräkningar av barnfamiljer" for "vräkningar"; a
    whole `value`, and no "som" in the label: "Elever som är behöriga" may be a share), and
    no "per" after it ("Antal brukare per handläggare" is a ratio); the unit is
    then what a count written without one ("Ingångsvärde: ca 12") counts, unless the label
    also gives a unit of `_KNOWN_UNITS` ("Antal nöjda brukare (%)")."""
    words = normalise(unit).split()
    if any((word,) in _KNOWN_UNITS for word in _unit_words(_label_of(quote))):
        return False
    counted = r"\s+".join(map(re.escape, words)) + r"(?!\w)(?!\s*(?:per(?!\w)|/))"
    label = _label_of(quote)
    return bool(words) and (re.search(r"(?<!\w)antal(?:et)?(?:\s+\S+)?\s+" + counted, label, re.IGNORECASE) is not None
                            or value == value.to_integral_value() and _A_PLURAL.search(words[-1]) is not None
                            and words[0].casefold() not in _NO_COUNT and not re.search(r"(?<!\w)som(?!\w)", label)
                            and re.match(r"\W*" + counted, label, re.IGNORECASE) is not None)


# A plural noun that the label of a count may begin with, naming what it counts ("Vräkningar av
# barnfamiljer", "Placeringar utanför hemmet", "Elever"): its last word's ending; and the
# words that begin a label of a share or a count, which name no unit.
_A_PLURAL = lazy_regex.compile(r"(?:ar|er|or|na)$", re.IGNORECASE)
_NO_COUNT = frozenset({"andel", "andelen", "antal", "antalet", "summan", "kostnaden", "nivån", "totalen"})


def _bare(after: str) -> bool:
    """Whether a figure followed by `after` is written with no word after it that could be its
    unit: nothing, a sign or digit, a capital (a next cell, "Kolada"), or a word that is no
    unit (`_NO_UNIT`: "85 år 2022", "85 och 90", "85, minst 90")."""
    rest = after.lstrip()
    word = re.match(r"\w+", rest)
    return not rest or not rest[0].isalpha() or rest[0].isupper() or word is not None and word.group() in _NO_UNIT


# Words that may follow a figure without being its unit: a year, a next figure's words.
_NO_UNIT = frozenset({"år", "och", "eller", "samt", "respektive", "resp", "till", "mot", "av", "under", "över",
                      "minst", "högst", "från", "vid", "jämfört", "ca", "cirka"})


def _row_refused(plan: Loaded, loc: tuple, table: model.Table) -> bool:
    """Whether the schema refused the first or the last row of the table at `loc`. Such a
    table's caption, headings and unit are read once the row is mended: without it, its first
    row (or last) is another, whose lines around are not the table's (the editor audit: a first
    row refused for its empty label gave the table's right caption and unit an error each). A
    row refused between them changes neither (the review)."""
    if not plan.refused_entries:
        return False
    prefix = plan.position(loc).field + ".rows["
    refused = {int(place[len(prefix):].split("]", 1)[0]) for place in plan.refused_entries
               if place.startswith(prefix) and "." not in place[len(prefix):]}
    return bool(refused) and (0 in refused or len(table.rows) + len(refused) - 1 in refused)


def _table_unit_missing(plan: Loaded, loc: tuple, table: model.Table, source: SourceText, raw_lines: list[str],
                        archive: str) -> list[LocatedError]:
    if _row_refused(plan, loc, table):
        return []
    if any(_unit_stands(table.unit, row.quote) for row in table.rows):
        return []
    row_lines = source.occurrence_lines(table.rows[0].quote)
    if not row_lines:
        return []
    near = [number for row in row_lines for number in _caption_lines(source, row)]
    near += [number for last in source.occurrence_lines(table.rows[-1].quote) for number in _note_lines(source, last)]
    if any(_unit_stands(table.unit, raw_lines[number - 1]) for number in near) or _unit_after_a_figure(table, source):
        return []
    return [plan.error(loc + ("unit",), (
        f"enheten {cited(shorten(table.unit, 40))} står inte vid tabellen i {archive}: inte på de {_CAPTION_WITHIN} raderna "
        f"med text före dess första rad (rad {row_lines[0]} i källan) eller de {_UNIT_LINES_AFTER} efter dess sista, "
        "utan att gå förbi en annan tabell, inte i dess rader och inte direkt efter något av dess tal."),
        TABLE_UNIT_HINT + _unit_written_per(table.unit, near, raw_lines))]


def _unit_written_per(unit: str, near: list[int], raw_lines: list[str]) -> str:
    """A sentence showing the unit as a line near the table writes it with "per" after it
    ("tkr per år"), which is the table's unit whole and passes; or nothing. The message said
    only that the unit stands nowhere near, where the office saw it (session 72)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(unit) + r"\s+per\s+[^\W\d_]+", re.IGNORECASE)
    for number in sorted(set(near)):
        found = pattern.search(raw_lines[number - 1])
        if found:
            whole = " ".join(found.group().split())
            if _unit_stands(whole, raw_lines[number - 1]):
                return f" Källan skriver {cited(whole)} vid tabellen, på rad {number}: skriv hela enheten, {code(f'unit: {whole}')}."
    return ""


_UNIT_LINES_AFTER = 2  # lines with text after a table's last row where a note may give its unit

UNIT_HINT = ("Skriv enheten så som citatet skriver den direkt efter talet, hela, som »%» eller »procent», "
             "»kr/invånare» eller »personer», eller citera meningen där talet och enheten står. Är citatet en "
             "tabellrad kan enheten i stället stå i tabellhuvudet eller rubriken direkt ovanför eller i radens "
             "rubrik (som »Andel hemlösa (%)»). Ett antal utan enhet har det som räknas, som »personer» i »Antal "
             "hemlösa personer».")
TABLE_UNIT_HINT = ("Skriv enheten så som källan skriver den vid tabellen, i rubriken eller tabellhuvudet (som "
                   "»Resultatbudget, mnkr» eller »Belopp (tkr)»), eller efter ett av tabellens tal i texten (som "
                   "»620,9 miljoner kronor»).")
# Spellings of one unit (`_unit_text`): each as the first of its line. Longer ones are read
# first, so that "miljoner kronor" is read before "kronor" and "%-enheter" before "%".
_UNIT_SPELLINGS = {
    "mnkr": ("miljoner kronor", "miljoner kr", "milj. kronor", "milj. kr", "milj kr", "mn kr", "mkr", "mnkr", "msek"),
    "mdkr": ("miljarder kronor", "miljarder kr", "mdr kr", "md kr", "mdkr"),
    "tkr": ("tusentals kronor", "tusental kronor", "tusentals kr", "tusen kronor", "tusen kr", "tkr", "tsek"),
    "kr": ("kronor", "kr"),
    "procentenheter": ("procentenheter", "procentenhet", "%-enheter"),
    "%": ("procent", "%"),
    "per": ("per", "/"),
    "invånare": ("invånare", "inv.", "inv"),  # "kr/inv." is "kr/invånare"
}
_UNIT_SPELLING = lazy_regex.compile("|".join(
    rf"(?<!\w){re.escape(spelling)}(?!\w)" if spelling[-1].isalnum() else re.escape(spelling)
    for spelling in sorted((s for spellings in _UNIT_SPELLINGS.values() for s in spellings), key=len, reverse=True)))
_UNIT_OF = {spelling: unit for unit, spellings in _UNIT_SPELLINGS.items() for spelling in spellings}
_UNIT_WORD = lazy_regex.compile(r"\w+|[^\w\s]")
# The units that are a unit alone, not a word a unit goes on with ("per invånare").
_KNOWN_UNITS = {(unit,) for unit in _UNIT_SPELLINGS if unit not in ("per", "invånare")}
# Where a unit stands as a table's, not as a word of a heading or a row: after the line's or
# cell's start, a comma, a parenthesis, a colon or "i", and before its end, one of `),.;:` or a
# parenthesis with neither "per" (but for a date, "mnkr (prognos per augusti)", or a breakdown
# by `_BREAKDOWN_BY`, "mnkr (fördelning per verksamhet)") nor a magnitude ("mnkr (källa:
# ekonomikontoret)"; not "kr (per invånare)", "kr (kostnad per brukare)" nor "kr (tusental)");
# or a spaced dash ("Resultatbudget – mnkr"); or, a unit of `_KNOWN_UNITS` first, after a word
# or a year (not another figure, whose unit it is, nor "per") and a space at the line's or
# cell's end ("Resultatbudget Mkr", "Belopp tkr.", "Budget 2024 tkr").
_UNIT_BEFORE = r"(?:^|[,(:]\s*|(?<!\w)i\s+|\s[-\u2013\u2014]\s+)"
# What a breakdown's "per" names, where it tells how the figures are divided, not what they count:
# "mnkr (fördelning per verksamhet)", "tkr (per nämnd)"; not "kr (fördelat per invånare)".
_BREAKDOWN_BY = r"(?:verksamhet|nämnd|förvaltning|område|enhet|avdelning|stadsdel|kostnadsslag|projekt)\w*"
# At most this many characters of a parenthesis are read for "per" or a magnitude: a line of
# thousands of "kr (" without its ")" was read to its end at each.
_UNIT_AFTER = (r"\s*(?:$|[),.;:]|\((?![^)]{0,200}?\bper\b(?!\s+(?:den\s+)?(?:\d|januari|februari|mars|april|maj|"
               r"juni|juli|augusti|september|oktober|november|december)|\s+" + _BREAKDOWN_BY + r"\b))"
               r"(?![^)]{0,200}?\b(?:tusen\w*|miljon\w*|miljard\w*)\b))")
_UNIT_ENDING = r"(?<!\bper)(?:(?<=[^\W\d_])|(?<=(?<!\d)(?:19|20)\d\d))\s+"


def _unit_text(text: str, normalised: bool = False) -> str:
    """`text` as units are compared: case-folded, each spelling of a unit in `_UNIT_SPELLINGS`
    as the one unit, spaced; `normalised` where `text` is already (a source's text)."""
    folded = (text if normalised else normalise(text)).casefold()
    return " ".join(_UNIT_SPELLING.sub(lambda m: f" {_UNIT_OF[m.group()]} ", folded).split())


def _unit_words(text: str, normalised: bool = False) -> tuple[str, ...]:
    """The words and signs of `_unit_text`."""
    return tuple(word for part in _unit_text(text, normalised).split()
                 for word in ([part] if part in _UNIT_OF.values() else _UNIT_WORD.findall(part)))


def _unit_in(unit: str, text: str) -> bool:
    """Whether `text` has the unit, as whole words (`_unit_words`) one right after the other."""
    wanted, words = _unit_words(unit), _unit_words(text)
    return bool(wanted) and any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _unit_opens(unit: str, text: str, normalised: bool = False) -> bool:
    """Whether `text` begins with the whole unit: its words, and no "per" or "/" going on."""
    wanted, words = _unit_words(unit), _unit_words(text, normalised)
    return bool(wanted) and words[:len(wanted)] == wanted and words[len(wanted):len(wanted) + 1] != ("per",)


# A parenthesis after a unit that names its own magnitude again: "Mkr (miljoner)", "tkr (tusental)".
_OWN_MAGNITUDE = {"mnkr": r"(?:\s*\(miljoner\))?", "tkr": r"(?:\s*\(tusental\w*\))?", "mdkr": r"(?:\s*\(miljarder\))?"}


def _unit_stands(unit: str, line: str) -> bool:
    """Whether the unit stands in `line` (or a cell of it) as a table's unit stands
    (`_UNIT_BEFORE`, `_UNIT_AFTER`, `_UNIT_ENDING`): "Resultatbudget, mnkr", "Belopp (tkr)",
    "Belopp i mnkr", "Resultatbudget Mkr", a header's cell "tkr"."""
    wanted = _unit_text(unit)
    if not any(c.isalnum() or c == "%" for c in wanted):
        return False
    pattern = re.compile(_UNIT_BEFORE + re.escape(wanted) + _OWN_MAGNITUDE.get(wanted, "") + _UNIT_AFTER)
    ending = re.compile(_UNIT_ENDING + re.escape(wanted) + r"\s*\.?\s*$") if _unit_words(unit)[:1] in _KNOWN_UNITS else None
    return any(pattern.search(text) or (ending is not None and ending.search(text))
               for text in map(_unit_text, line.split("\t")))


def _unit_after_a_figure(table: model.Table, source: SourceText) -> bool:
    """Whether the source writes one of `table`'s figures with its whole unit right after it, as
    a sentence does ("… en budgetram om 620,9 miljoner kronor"), with or without its sign: the
    source's numbers read once (`_numbers_before_words`), each table's figures looked up there
    where a letter the unit may begin with follows them."""
    wanted = _unit_words(table.unit)
    if not wanted:
        return False
    # The first letters the unit may be written with, to pass by most places at once.
    openings = tuple({spelling[0] for spelling, unit in _UNIT_OF.items() if unit == wanted[0]} | {wanted[0][0]})
    figures = {format(value.copy_abs(), "f") for row in table.rows for value in row.values if value is not None}
    text = source.normal
    places = _numbers_before_words(source, table.decimal)
    return any(text[end + 1 if text.startswith(" ", end) else end:][:1].casefold().startswith(openings)
               and _unit_opens(table.unit, text[end:end + 80], normalised=True)
               for figure in figures for end in places.get(figure, ()))


def _numbers_before_words(source: SourceText, decimal: Optional[str]) -> dict[str, list[int]]:
    """Where each number of the source that a word or sign may follow stands (as
    `_figure_key` gives its value: the places where it ends), read once for a source and a
    decimal mark, so that each table looks its figures up."""
    memo = source.memo.setdefault("numbers before words", {})
    if decimal not in memo:
        text, places = source.normal, {}
        for number in _A_NUMBER_RUN.finditer(text):
            end = number.end()
            after = end + 1 if text.startswith(" ", end) else end
            if text[after:after + 1].strip() and not text[after].isdigit():
                for written in _number_ends(number.group()):
                    key = _figure_key(written, decimal)
                    if key is not None:
                        places.setdefault(key, []).append(end)
        memo[decimal] = places
    return memo[decimal]


# A run of digits with the marks that may stand inside a number (a decimal mark, a space
# between thousands), not starting inside a longer number nor after a range's dash ("1-2");
# it may hold several numbers
# ("år 2023 12,0"): `_number_ends`.
_A_NUMBER_RUN = lazy_regex.compile(rf"(?<![\d.,])(?<![\d.,][{MINUS_SIGNS}])\d(?:\d|[.,{_GROUP_MARKS}](?=\d))*")


def _number_ends(run: str) -> list[str]:
    """The numbers that may end where `run` ends: what follows each of its last
    `_MOST_GROUP_MARKS` spaces, and all of it where it has no more (a run of many numbers,
    one to a line, is read in one pass, not once for each of its spaces)."""
    marks = [index for index, char in enumerate(run) if char in _GROUP_MARKS]
    return [run[index + 1:] for index in marks[-_MOST_GROUP_MARKS:]] + ([run] if len(marks) <= _MOST_GROUP_MARKS else [])


_MOST_GROUP_MARKS = 6  # spaces between thousands in a figure: up to 10^21


def _figure_key(written: str, decimal: Optional[str]) -> Optional[str]:
    """A number written in the source (`written`: digits, marks between thousands, one
    decimal mark, the declared one or a comma) as its value is formatted without its sign
    (`format(value, "f")`), None where it is no well-written number."""
    mark = decimal or ","
    whole, _, fraction = written.partition(mark)
    if mark in fraction or not fraction.isdigit() and fraction:
        return None
    groups = re.split(rf"[{_GROUP_MARKS}{'.' if mark == ',' else ','}]", whole)
    if not all(group.isdigit() for group in groups) or len(groups) > 1 and (
            len(groups[0]) > 3 or any(len(group) != 3 for group in groups[1:])):
        return None
    return "".join(groups) + ("." + fraction if fraction else "")  # "01" is not 1


def check_data_sources_quoted(inputs: Inputs) -> list[LocatedError]:
    """An indicator's data source is the document's (`model.Indicator.data_source`): it stands
    in the item's quote, as whole words in any case ("Ingångsvärde: 1731 kr/invånare (2022,
    Kolada)"), or, where the quote is a row of a table (its line has tabs), where that table
    names it for its rows (`_table_lines`): in its header or caption right above, in the quoted
    row's other cells ("Kolada" in a column "Källa"), or in a note right after its last row
    ("Källa: Kolada"), not in other rows (of figures, with or without units: `_figure_row`)
    nor in text with an empty line between. The site
    shows it as the document's, beside the figures, and the open data say it is null where the
    document names none."""
    errors = []
    with_sources = {id(plan): (archive, source) for plan, archive, source in _plans_with_sources(inputs)}
    for plan in inputs.plans:
        archive, source = with_sources.get(id(plan), ("", None))
        for loc, entry in _items_with(plan.value, "indicator"):
            if entry.indicator.data_source is None:
                continue
            named = entry.indicator.data_source
            if not any(c.isalnum() for c in named):
                table = []
            elif _whole_words(named).search(normalise(entry.quote)):
                continue
            else:  # the table the quote is a row of: "Källa: Kolada" as its header, caption or note
                table = [number for row in source.occurrence_lines(entry.quote)
                         for number in _table_lines(source, row)] if source is not None else []
            if not any(_whole_words(named).search(normalise(source.lines[number - 1])) for number in table):
                line = plan.position(loc + ("quote",)).line
                where = (f" och inte där tabellen som citatet är en rad av ger den för raden (rad "
                         f"{_listed([str(number) for number in sorted(set(table))], 'och')} i {archive})" if table else "")
                errors.append(plan.error(loc + ("indicator", "data_source"), (
                    f"datakällan {cited(shorten(named, 40))} står inte i citatet på rad {line} i planen: "
                    f"{cited(shorten(entry.quote))}{where}."), DATA_SOURCE_HINT))
    return errors


DATA_SOURCE_HINT = ("Skriv datakällan så som dokumentet namnger den och citera den med värdena, som »Ingångsvärde: "
                    "1731 kr/invånare (2022, Kolada)», eller så som tabellen ger den som citatet är en rad av. Namnger "
                    "dokumentet ingen datakälla, ta bort data_source.")


def check_dating_quoted(inputs: Inputs) -> list[LocatedError]:
    """A document's year, or its period's first and last, stands in its source (`model.Plan`),
    as a number of its own ("Verksamhetsplan 2024", "mandatperioden 2023–2026"; the last also
    as "2023–26"): the site shows it as the document's date, which tells voters how old it is.
    A year the document does not write is inferred, and marked so (`dating_inferred` with its
    `dating_note`); those are not read."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        value = plan.value
        # `dating_inferred: ja`, refused as it stands: whether the year is inferred is not known,
        # and "året står inte i källan … skriv dating_inferred: true" beside it sent the writer
        # to the field they had just written.
        if value.dating_inferred or _stood_in(plan, "dating_inferred"):
            continue
        given = [(("year",), value.year, None)] if value.year is not None else []
        if value.period is not None:
            given += [(("period", "start"), value.period.start, None),
                      (("period", "end"), value.period.end, value.period.start)]
        for loc, year, start in given:
            if any(loc[:size] in plan.stood_in for size in (1, 2)) or _year_written(source.normal, year, start) \
                    or value.period is not None and _short_years_written(source.normal, value.period):
                continue
            errors.append(plan.error(loc, f"året {year} står inte i {archive}.", DATING_HINT))
    return errors


def check_dating_not_after_retrieval(inputs: Inputs) -> list[LocatedError]:
    """A document is for its year, or its period's first year, at the earliest the year after its
    text was retrieved (next year's plan, adopted in November, `link.Plan.in_force_from`), an
    election platform two years after (`model.PLATFORM_AHEAD`): a first year further after
    `source.retrieved` cannot be, and one of the two dates is mistyped (`year: 2028` for 2026,
    `retrieved: 2016-…` for 2026). Told at the year, naming the retrieval's line; a value the
    schema refused (a stand-in) is not read."""
    errors = []
    for plan in inputs.plans:
        value = plan.value
        loc, year = (("year",), value.year) if value.year is not None else (
            (("period", "start"), value.period.start) if value.period is not None else ((), None))
        if year is None or {loc[:1], loc, ("source",), ("source", "retrieved")} & plan.stood_in:
            continue
        retrieved = value.source.retrieved
        platform = value.kind == "election-platform"
        if year <= retrieved.year + (model.PLATFORM_AHEAD if platform else 1):
            continue
        line = plan.position(("source", "retrieved")).line
        earliest = (f"en valplattform hämtas tidigast {model.PLATFORM_AHEAD} år före sitt första år, som en plattform för "
                    "mandatperiodens första hela år" if platform else
                    "ett dokument hämtas tidigast året före det år det gäller, som nästa års plan")
        errors.append(plan.error(loc, (
            f"dokumentet gäller {year}, men texten hämtades {retrieved.isoformat()} (source.retrieved, rad {line}): "
            f"{earliest}."),
            f"Rätta det datum som är fel: {'year' if loc == ('year',) else 'period.start'} är året dokumentet gäller "
            "som dokumentet skriver det, och retrieved dagen då ni hämtade texten, ÅÅÅÅ-MM-DD."))
    return errors


DATING_HINT = ("Skriv året så som dokumentet ger det. Skriver dokumentet inget år, utan året är härlett (ur ett "
               "filnamn, en webbadress eller vad texten berättar), skriv dating_inferred: true och en dating_note "
               "som säger hur.")


def _year_written(text: str, year: int, start: Optional[int]) -> bool:
    """Whether `text` (a whole source) writes `year` as a number of its own, or, as a period's
    last year after its first (`start`), by its last two digits ("2023–26"). Each pattern is
    tried from where its year's digits first stand, and only until it matches: a pattern that
    begins with a condition is tried at every character, and listing every place a source
    writes the year took 0.1 s of `validate` at 1,000 plans (`make bench`)."""
    if _written_from(text, str(year), _year_pattern(year)):
        return True
    return start is not None and _written_from(
        text, str(start), rf"(?<![\d,.]){start}\s?[-\u2013\u2014/]\s?{year % 100:02d}(?![\d]|[,.]\d)")


def _short_years_written(text: str, period: model.Period) -> bool:
    """Whether `text` writes `period`'s two years by their last two digits ("Verksamhetsplan
    22/23", "14–18"), as `year: 22/23` is read as two years (`model._short_years`) and told to
    be the period it is: written so, the period was told that neither year stands in the source,
    and to write them as the document does, in the two digits refused. Not a date's or a time's
    ("2023-12-14", "14.00–18.00")."""
    first = f"{period.start % 100:02d}"
    if text.find(first) < 0:
        return False
    pattern = re.compile(rf"(?<![\d,.:\-/]){first}\s?[-\u2013\u2014/]\s?{period.end % 100:02d}(?!\d|[,.:\-/]\d)")
    hours = max(period.start % 100, period.end % 100) <= 24
    after = _NOT_YEARS_AFTER[hours]
    return any(not _said_not_years(text, found.start(), hours) and not after.match(text, found.end())
               for found in pattern.finditer(text, text.find(first)))


def _said_not_years(text: str, at: int, hours: bool) -> bool:
    """Whether the words before the two numbers at `at` in `text` say they are pages, hours (where
    `hours`) or the like (`_NOT_YEARS_BEFORE`), within `_NOT_YEARS_WITHIN` characters of them or
    of the first pair of the list they end (`_PAIR_IN_A_LIST`), walked back pair by pair: a list
    of hours longer than those characters ("Öppettider: 8–10, 10–12, 13–14, 15–16, 17–18 och
    20–21") was read by its last pair alone, and "20–21" passed as the period 2020–2021."""
    before = _NOT_YEARS_BEFORE[hours]
    while not before.search(text, max(0, at - _NOT_YEARS_WITHIN), at):
        pair = _A_PAIR_BEFORE.search(text, max(0, at - _LONGEST_PAIR_IN_A_LIST), at)
        if not pair:
            return False
        at = pair.start()
    return True


# Two numbers of two digits that are pages, hours, ages or shares, not a period's years ("se
# sidorna 20–21", "kl. 19–22", "20–21 år", "20–21 %", "för 13–18-åringar"): with them a period of
# no year in the source passed. Opening hours are as often written without "kl.", after the days
# or the word for them ("öppet 14–18", "Öppettider: mån–fre 8–17", "tisdagar 17–20", "Öppet
# alla dagar 14–18", "dagligen 10–16") or before the days ("14–18 på lördagar", "8–17 alla
# dagar", "8–17 vardagar"), or after "Tider". Hours end by 24: two numbers of which one is over
# 24 ("Öppet 22–26", "Tider: 22–26") are no hours, and only the words for pages, ages and shares
# tell them from years (`_NOT_YEARS_BEFORE[False]`). Not after "tid" alone: a dating line writes
# its period so ("Tid: 20–21", "Gäller tid 20–21"); hours after it name their days or "kl."
# ("Tid: mån–fre 8–17"), which say so themselves. Nor after "den mån" ("i den mån 20–21"), no
# Monday. Every pair of a list after those words is what its first is ("Öppettider: 8–12,
# 14–18", "kl. 8–12 och 13–16", "sidorna 8–9 och 20–21"), however long the list: only the first
# was, and the list's "14–18" passed as a period 2014–2018. (The text is normalised: dashes are plain.)
_DAYS = (r"(?:(?:mån(?=dag)|(?<!\bden\s)mån|tis|ons|tors?|fre|lör|sön)(?:dag(?:en|ar|arna)?|\.)?"
         r"|vardag(?:en|ar|arna)?|helg(?:en|er|erna)?|helgdag(?:en|ar|arna)?|(?:för|efter)middag(?:en|ar|arna)?"
         r"|kväll(?:en|ar|arna)?|kvällstid|dagtid)")
_EVERY_DAY = r"(?:dagligen|(?:alla|varje) (?:dag|dagar))"
_SOME_DAYS = rf"(?:{_DAYS}(?: ?(?:-|till|och) ?{_DAYS})?|{_EVERY_DAY})"
_OPENING_HOURS = r"(?:öppe[nt](?: hus)?|öppnar|öppettid(?:en|er|erna)?|tider(?:na)?)"
_HOURS_BEFORE = rf"|\b(?:kl|klockan)\.?|\b{_OPENING_HOURS}:?(?: {_SOME_DAYS})?|\b{_SOME_DAYS}"
_HOURS_PAIR = r"\d{1,2}(?:[.:]\d\d)?\s?-\s?\d{1,2}(?:[.:]\d\d)?"  # "8-12", "8.00-12.00"
_PAIR_IN_A_LIST = rf"{_HOURS_PAIR}(?:\s(?:på\s)?{_SOME_DAYS})?(?:,|\soch|\ssamt)\s*"  # "8-12, ", "8-12 på lördagar och "
_PAIRS_BEFORE = rf"(?:{_PAIR_IN_A_LIST})*"
# One such pair right before a place in the text (`_said_not_years`), not a part of a longer number.
_A_PAIR_BEFORE = lazy_regex.compile(rf"(?<![\d.:]){_PAIR_IN_A_LIST}\Z", re.IGNORECASE)
_LONGEST_PAIR_IN_A_LIST = 80  # characters: "10.00-12.00 på eftermiddagarna och kvällarna samt "
_NOT_YEARS_BEFORE = {hours: lazy_regex.compile(rf"(?:\b(?:s|sid|sida|sidan|sidorna|nr|punkt|punkterna)\.?|§"
                                       rf"{_HOURS_BEFORE if hours else ''}):?\s*{_PAIRS_BEFORE}\Z", re.IGNORECASE)
                     for hours in (False, True)}
_NOT_YEARS_WITHIN = 40  # characters before the two numbers that may say what they are ("Öppettider: …")
_HOURS_AFTER = rf"|(?:på )?{_SOME_DAYS}\b"
_NOT_YEARS_AFTER = {hours: lazy_regex.compile(rf"\s*(?:%|procent\b|år\b|års\b|timmar\b|minuter\b|-?åring\w*|h\b"
                                      rf"{_HOURS_AFTER if hours else ''})", re.IGNORECASE)
                    for hours in (False, True)}


def _written_from(text: str, digits: str, pattern: str) -> bool:
    """Whether `pattern`, which begins with `digits` (after a look behind), matches in `text`."""
    first = text.find(digits)
    return first >= 0 and re.compile(pattern).search(text, first) is not None


def check_section_headings_quoted(inputs: Inputs) -> list[LocatedError]:
    """A section's heading is the source's (`model.Section.heading`): it is a line of the
    source, in any case (after a number such as `1.2`, before a colon, and it may go on over
    the next lines), or it joins headings of the document with a spaced dash (`Verksamhetsplan
    2024 – Sammanfattning`, a part of the document and its heading) that each are a line there
    (`_not_lines`). A heading the document does not give, or words of its running text or a
    table's row, would frame the section's items in the editor's words on the document's page:
    refused."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        for index, section in enumerate(plan.value.sections):
            if any(("sections", index, "heading")[:size] in plan.stood_in for size in (1, 3)):
                continue  # a stand-in for a section the schema refused: not the file's
            said = _not_lines(section.heading, _JOINED_HEADINGS, source, "avsnittets rubrik", archive)
            if said:
                part = _heading_offered(section.heading, said, source, archive, _JOINED_HEADINGS)
                under = "" if part else _heading_quoted_under(section, source, archive)
                errors.append(plan.error(("sections", index, "heading"), said, _offered_hint(
                    "heading", part, source, "den rubriken avsnittet står under", "de rubrikerna avsnittet står under")
                    if part else f"Menade du {_as_written('heading', under)}, som {'citatet' if len(section.items) == 1 else 'citaten'} "
                    f"står under? {HEADING_HINT}"
                    if under else HEADING_HINT))
    return errors


def _heading_quoted_under(section: model.Section, source: SourceText, archive: str) -> str:
    """The heading every quote of a section's items stands under (`_Places.heading_above`), where so written it passes
    as the section's, or "": a heading in another word form (`Familjecentralerna` beside »Familjecentraler«) had the
    generic hint alone, as a locator naming nothing had (`_locator_hint`); its words cannot tell the form meant from
    another heading's, the quotes can."""
    places = _places_of(source)
    found = [places.source.occurrences(item.quote) for item in section.items]
    headings = {places.heading_above(spans[0][0]) for spans in found if spans}
    if not found or not all(found) or len(headings) != 1:
        return ""
    heading = headings.pop()
    # The section's own words on a line between that heading and the quotes ("**Mål och uppdrag** (sid 3)",
    # no heading as read) name the line meant: the heading above it (the document's title) was offered.
    if _named_below_the_heading(section.heading, places, min(spans[0][0] for spans in found)) is not None:
        return ""
    return heading if heading and not _not_lines(heading, _JOINED_HEADINGS, source, "avsnittets rubrik", archive) else ""


def _offered_hint(field: str, offered: str, source: SourceText, one: str, parts: str) -> str:
    """The hint that offers `offered` (`_heading_offered`) to write in `field`: one line of the
    source, "om det är" `one`, or lines joined, each part a line, "om det är" `parts`."""
    if source.is_a_line(offered):
        return f"Skriv {_as_written(field, offered)}, som står som en egen rad i källan, om det är {one}."
    return f"Skriv {_as_written(field, offered)}, vars delar var och en står som en egen rad i källan, om det är {parts}."


_PLAIN_HEADING = lazy_regex.compile(r"[^\W\d_][\w .,()–-]*")  # a heading written without quotes, as offered


def _as_written(field: str, line: str) -> str:
    """`field: line` as a hint offers a line of the source to write, in quotes where YAML needs them."""
    return code(f"{field}: {line if _PLAIN_HEADING.fullmatch(line) else quoted(line)}")
_HEADING_ENDS = " ,.:;–—-"


def _heading_offered(heading: str, said: str, source: SourceText, archive: str, joins: re.Pattern,
                     years: bool = False) -> str:
    """The heading a hint offers for `heading`, which is no line of the source (`said`, of
    `_not_lines`), or "": the line it is within (`_line_within`) or that goes on from it
    (`_line_going_on`, a year among its added words where `years`, a title's); of headings joined
    at `joins` (a spaced dash; a title's also a comma or a colon), each part that is no line
    replaced so, where each has one (`Mål och uppdrag – Familjecentraler i Bergby` of "Mål och
    uppdrag" and "Familjecentraler": `Mål och uppdrag – Familjecentraler`), unless the one line
    the whole begins or is within holds the join itself (`Mål 3 – Ekonomi i balans` of `Mål 3 –
    Ekonomi`, which was offered `Mål 3 – Ekonomi i balans – Ekonomi`)."""
    if said.endswith(f"står inte i {archive}."):
        return _lines_colon_joined(heading, source) or _line_within(heading, source)
    if said.endswith(_PART_OF_A_LINE):
        return _line_going_on(heading, source, years) or _line_ending_with(heading, source)
    whole = _line_going_on(heading, source, years) or _line_within(heading, source)
    if joins.search(whole):
        return whole
    pieces, last = [], 0
    for join in joins.finditer(heading):
        pieces += [heading[last:join.start()], join.group()]
        last = join.end()
    pieces.append(heading[last:])
    for index in range(0, len(pieces), 2):
        part = pieces[index].strip().strip(_QUOTE_MARKS)
        if not source.is_a_line(part):
            pieces[index] = _line_within(part, source) or _line_going_on(part, source, years)
            if not pieces[index]:
                return ""
    return "".join(pieces) if len(pieces) > 1 else ""


def _lines_colon_joined(heading: str, source: SourceText) -> str:
    """Headings joined with a colon (`"Verksamhetsmål: Indikator"`), each a line of the source as
    a heading is, joined as the guide joins them (`Verksamhetsmål – Indikator`), or "": the
    heading was offered its first part alone, `Verksamhetsmål`, the second left out."""
    parts = [part.strip() for part in _COLON_JOIN.split(heading)]
    return " – ".join(parts) if len(parts) > 1 and all(map(source.is_a_heading_line, parts)) else ""


_COLON_JOIN = lazy_regex.compile(r"\s*:\s+")


def _line_within(text: str, source: SourceText) -> str:
    """The longest run of `text`'s first or last words that is a line of the source, as a heading
    is (`SourceText.is_a_line`), or "": `heading: Familjecentraler i Falun`, where the source's
    heading is "Familjecentraler", was only told to write the heading as the source has it."""
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:size]), " ".join(words[-size:])):
            part = part.strip(_HEADING_ENDS).strip(_QUOTE_MARKS)
            if any(char.isalpha() for char in part) and source.is_a_heading_line(part):
                return part
    return ""


def _line_going_on(text: str, source: SourceText, years: bool = False) -> str:
    """The one line of the source that begins with `text`'s words and goes on with more
    (`SourceText.lines_going_on`), as a heading is written, or "": `heading: Mål`, where the
    source's heading is "Mål och uppdrag", was only told to write the heading as the source has
    it. Not a sentence (a paragraph's line, which ends with a full stop or runs on longer than a
    heading), nor a line whose added words hold a figure (a table's row, `Ekonomi 12`, or a table
    of contents' entry, `Ekonomi ..... 12`) but, where `years` (a title's), a year (`Verksamhetsplan
    2024`); and none where more than one line begins so: which the section stands under is the
    editor's to choose."""
    heading = text.strip().strip(_QUOTE_MARKS)
    headings = {line.rstrip(_HEADING_ENDS).strip(_QUOTE_MARKS) for line in source.lines_going_on(heading)
                if not line.endswith(".") and len(line) <= _LONGEST_OFFERED_HEADING
                and not any(char.isdigit() for char in _A_YEAR.sub("" if years else "0", " ".join(
                    line.split()[len(heading.split()):])))}
    return headings.pop() if len(headings) == 1 and source.is_a_heading_line(next(iter(headings))) else ""


def _line_ending_with(text: str, source: SourceText) -> str:
    """The one heading line of the source (`SourceText.is_a_heading_line`) that ends with `text`'s
    words after words of its own, none a figure, as the source writes it, or "": `heading: Tryggt hem`,
    where the source's heading is "Ett tryggt hem", was only told to write the heading as the source has it."""
    needle = " " + normalise(text.strip().strip(_QUOTE_MARKS)).casefold()
    lines = {" ".join(line.split()).rstrip(_HEADING_ENDS) for line in source.lines}
    found = [line for line in lines if (" " + normalise(line).casefold()).endswith(needle)
             and len(line) <= _LONGEST_OFFERED_HEADING and not any(char.isdigit() for char in line)
             and len(normalise(line)) > len(needle) - 1]
    return found[0] if len(found) == 1 and source.is_a_heading_line(found[0]) else ""


_PART_OF_A_LINE = "bara som en del av en rad, aldrig som en egen rad."
_LONGEST_OFFERED_HEADING = 80  # characters: a longer line is a paragraph's, no heading to offer
_A_YEAR = lazy_regex.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d|\d)")  # a year in a title's line


def check_source_title_quoted(inputs: Inputs) -> list[LocatedError]:
    """A source's title is the document's (`model.Source.title`): it is a line of the archived
    text (and may go on over the next lines), or, where the document writes it over lines that
    the title joins with a comma, a colon or a spaced dash (`Sverigedemokraterna Eskilstuna,
    Verksamhetsplan 2024, Socialnämnden`), each of them is a line there (`_not_lines`). The
    plan's own `title` is how the site names the document and may be shorter."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        if ("source", "title") in plan.stood_in:
            continue
        said = _not_lines(plan.value.source.title, _JOINED_TITLE, source, "källans titel", archive)
        if said:
            # A title is offered the source's lines as a heading is (`Socialnämndens verksamhetsplan` of
            # "Socialnämndens verksamhetsplan 2024"), each of its parts too; a year no table's figure.
            line = (_lines_space_joined(plan.value.source.title, said, source)
                    or _heading_offered(plan.value.source.title, said, source, archive, _JOINED_TITLE, years=True))
            errors.append(plan.error(("source", "title"), said, TITLE_HINT if not line else _offered_hint(
                "title", line, source, "dokumentets titel", "dokumentets titel")))
    return errors


def _lines_space_joined(title: str, said: str, source: SourceText) -> str:
    """A title of two lines of the source or more written with a space between (`Socialnämndens
    verksamhetsplan Resultatbudget` of "Socialnämndens verksamhetsplan 2024" and "Resultatbudget,
    mnkr"), each part a line or the one line going on from it (`_line_going_on`), joined with a
    comma as the title's tip says, or "". It got the generic tip, and written with the comma, the
    offer of each part on the next run; or the first line alone, the second left out. A part may
    be lines joined as a title joins them, or a line holding a comma (`… 2024 Resultatbudget,
    mnkr`, `Verksamhetsmål Ekonomi, Indikator`): such a title got the generic tip, or its parts'
    lines with one left out (`Verksamhetsmål, Indikator`). Three lines or more so written got the
    generic tip: each part after the first is cut as the title is. Not a title that stands within
    a line."""
    if said.endswith(_PART_OF_A_LINE):
        return ""
    words = title.split()

    @functools.cache  # each cut's rest is cut once
    def lines_from(start: int) -> tuple[str, ...]:
        """The words from `start` as one part or more, each lines of the source, or none; the
        whole title (`start` 0) only as two parts or more."""
        whole = _as_lines(" ".join(words[start:]), source) if start else ""
        if whole:
            return (whole,)
        for cut in range(start + 1, len(words)):
            if words[cut - 1][-1] in ",:" or _A_JOIN.fullmatch(words[cut - 1]) or _A_JOIN.fullmatch(words[cut]):
                continue  # a title's join (`2024, Resultatbudget`, `2024 - Resultatbudget`), kept as written
            first = _as_lines(" ".join(words[start:cut]), source)
            rest = lines_from(cut) if first else ()
            if rest:
                return (first, *rest)
        return ()
    return ", ".join(lines_from(0))


_A_JOIN = lazy_regex.compile("[-\u2013\u2014]")  # a spaced dash, as `_JOINED_TITLE` reads one


def _as_lines(part: str, source: SourceText) -> str:
    """A part of a title as lines of the source (`_lines_space_joined`): a line, lines joined as
    a title joins them, or the one line going on from it; or ""."""
    if source.is_a_line(part) or (_JOINED_TITLE.search(part) and _lines_joined(part, _JOINED_TITLE, source)):
        return part
    return _line_going_on(part, source, years=True)


def _not_lines(text: str, joins: re.Pattern, source: SourceText, named: str, archive: str) -> str:
    """What of `text` (`named` so: "avsnittets rubrik") is not a line of the source `archive`,
    said as a message, or "". The whole text passes where it is a line (in any case, after a
    number such as `1.2`, before a colon; `SourceText.is_a_line`); else it passes where `joins`
    divides it into parts that each are one, at some of its joins (a part may hold the join's
    mark: `Mål 3 – Ekonomi i balans`). Words that stand only within a line, of running text or
    a table's row, are no heading or title of the document. Quotation marks around a text are
    warned about (`warn_wrapped_in_quotes`), not said again here; a text of nothing but such
    marks or dashes is said. A text still holding the draft's placeholder is said as that
    (`check_no_placeholders`), not also as missing from the source."""
    if model.PLACEHOLDER in text or source.is_a_line(text.strip().strip(_QUOTE_MARKS)):
        return ""
    whole = f"{named} {cited(shorten(text, 80))}"
    if not any(c.isalnum() for c in text):
        return f"{whole} står inte i {archive}."
    parts = [part for part in joins.split(text) if part.strip()]
    if len(parts) > 1:
        if _lines_joined(text, joins, source):
            return ""
        missing = [part for part in parts if not source.is_a_line(part.strip().strip(_QUOTE_MARKS))]
        shown = _listed([cited(shorten(part.strip(), 60)) for part in missing], "och") if missing else ""
        return (f"{'delen' if len(missing) == 1 else 'delarna'} {shown} av {whole} står inte som en egen rad i "
                f"{archive}." if missing else f"{whole} står inte i {archive}, varken hel eller i delar som var "
                "och en står som en egen rad.")
    if source.occurs_ignoring_case(text.strip().strip(_QUOTE_MARKS)):
        return f"{whole} står i {archive} {_PART_OF_A_LINE}"
    return f"{whole} står inte i {archive}."


_MOST_JOINS = 12  # joins of a heading or title tried as places between its lines (a long text's first)


def _listed(names: list[str], last: str) -> str:
    """`names` as a Swedish list: "A", "A och B", "A, B och C" (`last` "och" or "eller")."""
    return f" {last} ".join(filter(None, [", ".join(names[:-1]), names[-1]]))


def _lines_joined(text: str, joins: re.Pattern, source: SourceText) -> bool:
    """Whether `text` is lines of the source joined at some of the places `joins` finds."""
    marks = [(m.start(), m.end()) for m in joins.finditer(text)][:_MOST_JOINS]

    @functools.lru_cache(maxsize=None)
    def from_(start: int) -> bool:  # the text from `start` is such lines
        return any(source.is_a_line(text[start:cut].strip().strip(_QUOTE_MARKS)) and from_(after)
                   for cut, after in marks if cut > start) or source.is_a_line(text[start:].strip().strip(_QUOTE_MARKS))
    return from_(0)


_HEADINGS_NUMBER = lazy_regex.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*[.):]?\s+")  # `1. `, `1.2 `, `3) ` before a heading's words
_JOINED_HEADINGS = lazy_regex.compile(r"\s[-\u2013\u2014]\s")  # `Del – rubrik`: a spaced dash
_JOINED_TITLE = lazy_regex.compile(r",\s|:\s|\s[-\u2013\u2014]\s")  # and a comma or colon before a space
HEADING_HINT = ("Skriv avsnittets rubrik så som den står på en egen rad i källan. Ett avsnitt under flera av "
                "dokumentets rubriker kan ha dem alla, åtskilda med ” – ”, som »Verksamhetsplan 2024 – Sammanfattning».")
TITLE_HINT = ("Skriv titeln så som den står på en egen rad i dokumentet. Står den på flera rader där, skriv dem i "
              "ordning, åtskilda med komma, som »Sverigedemokraterna Eskilstuna, Verksamhetsplan 2024».")


def _named_below_the_heading(text: str, places: _Places, at: int) -> Optional[str]:
    """The words of a heading or locator (`text`) on a line between `at`, a quote's place, and the heading
    above it (`_Places.heading_above`), a line read as no heading (»**Mål och uppdrag** (sid 3)«), as the source
    writes them; None where none stands there. In any case, before a colon and without a number before them, as a
    line passes (`MÅL OCH UPPDRAG`, `1. Mål och uppdrag:`): they name that line, and the heading above it (the
    document's title) was offered as the one meant. Only where they begin their line, after no letter (a number or
    a mark may come first): inside a sentence (»Nämnden arbetar för fler bostäder.«) they name no line, and the
    heading the quote stands under is offered a locator, as before they were read so."""
    start = places.heading_start_above(at)
    spans = places.source.line_spans()
    below = 0 if start is None else dict(spans)[start]
    starts = [line_start for line_start, _ in spans]

    def begins_a_line(found: int) -> bool:
        line_start = starts[bisect.bisect_right(starts, found) - 1]
        return not any(c.isalpha() for c in places.source.normal[line_start:found])

    found = next((span for span in places.source.occurrences(text) if below <= span[0] < at and begins_a_line(span[0])),
                 None)
    if found is not None:
        return places.source.written(*found)
    words = _HEADINGS_NUMBER.sub("", text.strip().strip(_QUOTE_MARKS)).rstrip(":. ")
    if not any(c.isalnum() for c in words):
        return None
    named = next((match for match in _whole_words(words).finditer(places.source.normal, below, at)
                  if begins_a_line(match.start())), None)
    return places.source.written(*named.span()) if named else None


def _whole_words(text: str) -> re.Pattern:
    """`text` normalised, as whole words in any case: a caption or heading in the source."""
    words = normalise(text).split()
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


# What may follow a row's label in a quote (`_label_end`): its footnote's marks, then no more of
# a word. A pattern of its own, matched where the label's words end: in each label's pattern, the
# marks' class made it six times as costly to compile (together 0.8 % of `validate`'s
# instructions on the real plans). The words match in one way only (each run of spaces whole,
# as a word begins with none), so the end is where the one pattern's was.
_AFTER_A_LABEL = lazy_regex.compile(rf"[{FOOTNOTE_MARKS}]*(?!\w)", re.IGNORECASE)


def _label_end(quote: str, label: str) -> Optional[int]:
    """Where `label` ends if `quote` begins with it as whole words, in any case and spacing,
    after the footnote's mark the source may give it ("Summa INTÄKTER¹"), which is no part of it."""
    words = label.split()
    found = re.match(r"\s*" + r"\s+".join(map(re.escape, words)), quote, re.IGNORECASE) if words else None
    after = _AFTER_A_LABEL.match(quote, found.end()) if found else None
    return after.end() if after else None


def _label_of(quote: str) -> str:
    """What a row's quote has before its first number: its label, as the source writes it."""
    return quote[:next((index for index, c in enumerate(quote) if c in _DIGITS), len(quote))].strip(
        " :–-\t").rstrip(FOOTNOTE_MARKS)


ROW_ORDER_HINT = coded("Skriv i `values` talen efter radens rubrik i citatet, ett för varje kolumn och i samma ordning "
                        "(`null` för en tom ruta). Har källan fler kolumner, ge tabellen dem också; bara kolumner sist i "
                        "raden kan lämnas utanför, om citatet slutar före dem.")
_DASHES = "-\u2013\u2014\u2212"  # a lone one is an empty cell: "Summa – 63,4"


# A figure's note that is no cell of its own: a year in parentheses after it ("97,7 (2022)").
_YEAR_NOTE = lazy_regex.compile(r"\((?:19|20)\d\d\)")


def _next_cell(quote: str, start: int) -> Optional[tuple[int, bool]]:
    """Where the next cell of a row's quote from `start` begins, and whether it is a lone dash
    (an empty cell) rather than a number (its first digit); None if no cell follows. A digit
    of a unit ("kr/m2", "CO2") or a year in parentheses after a figure is no cell."""
    index = start
    while index < len(quote):
        if quote[index] == "(" and (note := _YEAR_NOTE.match(quote, index)):
            index = note.end()
            continue
        if quote[index] in _DIGITS and index > 0 and quote[index - 1].isalpha():
            while index < len(quote) and quote[index] in _DIGITS:  # a unit's digits
                index += 1
            continue
        if quote[index] in _DIGITS:
            return index, False
        if (quote[index] in _DASHES and (index == 0 or quote[index - 1].isspace())
                and (index + 1 == len(quote) or quote[index + 1].isspace())):
            return index, True
        index += 1
    return None


def _row_read(quote: str, cells: list[Optional[_Written]], label_end: Optional[int]) -> tuple[int, int, list[int]]:
    """How many of a row's `cells` (a figure, or None for an empty one) stand one after another
    in `quote` from the label's end, where the last of them ends, and where each figure read
    begins (its first digit). Where the label's end is unknown (None), the reading begins at
    each place of the first figure, leaving out the empty cells before it: the first reading
    that reads them all and leaves no cell after them, else the one that reads the most."""
    if label_end is not None:
        starts, lead = [label_end], 0
    else:
        lead = next(index for index, cell in enumerate(cells) if cell is not None)
        starts = [start for start, _ in _places(quote, cells[lead])]
    best: tuple[int, int, list[int]] = (0, label_end or 0, [])
    for end in starts:
        read, places = lead, []
        for cell in cells[lead:]:
            following = _next_cell(quote, end)
            if cell is None:
                if following is not None and following[1]:
                    end = following[0] + 1
            elif (following is not None and following[1] and cell.negative
                  and quote.startswith(cell.groups[0], following[0] + 2)
                  and (spaced := _end_at(quote, following[0] + 2, cell)) is not None):
                end = spaced  # "– 97,7": its sign a space before it
                places.append(following[0] + 2)
            elif following is None or following[1] or not quote.startswith(cell.groups[0], following[0]):
                break
            else:
                cell_end = _end_at(quote, following[0], cell)
                if cell_end is None:
                    break
                end = cell_end
                places.append(following[0])
            read += 1
        if read == len(cells) and _next_cell(quote, end) is None:
            return read, end, places
        if read > best[0]:
            best = (read, end, places)
    return best


# --- risks: the scores that place a risk in the matrix stand in its quote -----------------
_SCORE_FIELDS = {"sannolikhet": "probability", "konsekvens": "consequence"}
# A score's word (`Sannolikhet`, `sannolikheten`), a lone digit 1–5 (not part of a longer
# number, a decimal or a range such as `1–5`), or the end of a sentence, where a word that has
# found no digit stops waiting for one.
_SCORE_TOKEN = lazy_regex.compile(r"\b(sannolikhet|konsekvens)(?:en)?\b|(?<![\d\u2013-])(?<!\d[,.])([1-5])(?!\d|[,.\u2013-]\d)"
                          r"|(\.(?!\d))", re.IGNORECASE)
# A scale the scores are given on, in parentheses or after "skala": its ends are no score
# ("Sannolikhet (1 – 5): 4", "(skala 1 till 5)", "(1—5)", "enligt skala 1 – 5: 4").
_SCALE = lazy_regex.compile(r"(?:\(\s*(?:skala\s*)?|\bskala\s+)[01]\s*(?:[-\u2010-\u2015\u2212]|till)\s*\d{1,2}(?:\s*\))?",
                    re.IGNORECASE)
# A risk table's headings of the two scores side by side, and under them, after the row's other
# cells ("Nr Risk Sannolikhet Konsekvens 1 Brist i bemanning 4 5"), its two scores side by side:
# two lone digits, no third beside them.
# Where the risk value's heading follows theirs, its value (their product) follows the scores:
# "Nr Risk Sannolikhet Konsekvens Riskvärde 1 Brist i bemanning 4 5 20".
_SCORES_HEADER = lazy_regex.compile(r"\b(sannolikhet|konsekvens)(?:\s*\([^()]{1,12}\))?\s+(?!\1)(sannolikhet|konsekvens)\b"
                            r"(?:\s*\([^()]{1,12}\))?(\s+riskvärde\b)?", re.IGNORECASE)  # "Sannolikhet (S)"
_SCORES_SIDE_BY_SIDE = lazy_regex.compile(r"(?<![\d,.\u2013-])(?<!\d\s)([1-5])\s+([1-5])(?![\d,.\u2013-]|\s+\d)")
# … or, where the risk value is no product of them (a sum, a word: "4 5 Hög"), two lone digits
# side by side, whatever follows.
_SCORES_BEFORE_ANY = lazy_regex.compile(r"(?<![\d,.\u2013-])(?<!\d\s)([1-5])\s+([1-5])(?![\d,.\u2013-])")
_SCORES_BEFORE_VALUE = lazy_regex.compile(r"(?<![\d,.\u2013-])(?<!\d\s)(?=([1-5])\s+([1-5])\s+(\d{1,2})(?![\d,.\u2013-]|\s+\d))")
# A risk table's headings with its risk value (their product) before the two scores, and under
# them a row's value and scores, lone numbers: "Riskvärde Sannolikhet Konsekvens 4 2 2",
# "Risk Riskvärde Sannolikhet (S) Konsekvens (K) Brist i bemanning 20 4 5".
_VALUE_FIRST_HEADER = lazy_regex.compile(r"\briskvärde(?:\s*\([^()]{1,12}\))?\s+sannolikhet(?:\s*\([^()]{1,12}\))?"
                                 r"\s+konsekvens\b(?:\s*\([^()]{1,12}\))?", re.IGNORECASE)
_VALUE_THEN_SCORES = lazy_regex.compile(r"(?<![\d,.\u2013-])(?=(\d{1,2})\s+([1-5])\s+([1-5])(?![\d,.\u2013-]))")
RISK_HINT = ("Skriv sannolikhet och konsekvens som källan ger dem, och citera riskens text med dem, som "
             "»Sannolikhet 4, konsekvens 5» eller riskmatrisens »Sannolikhet Konsekvens 4 5». I en tabell med en rad "
             "för varje risk räcker riskens rad, med talen under rubrikerna »Sannolikhet» och »Konsekvens».")


def _last(found: list[re.Match]) -> Optional[re.Match]:
    """The last of a risk table's rows read: the one a quote of the header and the rows above
    it ends with."""
    return found[-1] if found else None


def risk_scores_read(quote: str) -> dict[str, int]:
    """The scores a risk's quote gives (`probability`, `consequence`): each word's score is the
    first lone digit 1–5 after it in its sentence not taken by an earlier word, so "Sannolikhet
    4, konsekvens 5", "Sannolikheten bedöms till 4 och konsekvensen till 5" and a risk table's
    "Sannolikhet Konsekvens 4 5" all read as 4 and 5; a scale's ends are none (`_SCALE`:
    "Sannolikhet (1 – 5): 4"). A risk table that gives its risk value first, three digits where the first is the
    product of the others ("Riskvärde Sannolikhet Konsekvens 4 2 2"), reads as its last two; one
    whose two scores' headings stand side by side reads the two digits side by side after them
    ("Nr Risk Sannolikhet Konsekvens 1 Brist i bemanning 4 5": 4 and 5, not the risk's number),
    and after them the risk value their product where its heading follows theirs."""
    head = _VALUE_FIRST_HEADER.search(quote)
    rows = [] if head is None else [found for found in _VALUE_THEN_SCORES.finditer(quote, head.end())
                                    if int(found.group(1)) == int(found.group(2)) * int(found.group(3))]
    if rows:  # the last: the row the quote ends with, under a header quoted with the rows above it
        return {"probability": int(rows[-1].group(2)), "consequence": int(rows[-1].group(3))}
    quote = _SCALE.sub(" ", quote)
    header = _SCORES_HEADER.search(quote)
    scores = None
    if header is not None and header.group(3):
        scores = _last([found for found in _SCORES_BEFORE_VALUE.finditer(quote, header.end())
                        if int(found.group(1)) * int(found.group(2)) == int(found.group(3))]) or \
            _last(list(_SCORES_BEFORE_ANY.finditer(quote, header.end())))
    elif header is not None:
        scores = _last(list(_SCORES_SIDE_BY_SIDE.finditer(quote, header.end())))
    if header is not None and scores is not None:
        return {_score_field(header.group(index)): int(scores.group(index)) for index in (1, 2)}
    waiting: list[str] = []
    read: dict[str, int] = {}
    for found in _SCORE_TOKEN.finditer(quote):
        if found.group(1):
            waiting.append(_score_field(found.group(1)))
        elif found.group(3):
            waiting.clear()
        elif waiting:
            read.setdefault(waiting.pop(0), int(found.group(2)))
    return read


def check_risk_scores_quoted(inputs: Inputs) -> list[LocatedError]:
    """A risk's probability and consequence, which place it in the document's risk matrix, are
    those its quote gives (`risk_scores_read`); where the quote is a row of a table with a row
    for each risk, the row's cells under the headings "Sannolikhet" and "Konsekvens"
    (`_scores_in_columns`), which the words of the risk's text do not override ("… med
    konsekvens för hemlösa\t4\t5"). A score neither gives, or one given otherwise, is refused
    at the score."""
    errors = []
    sources = _sources_by_plan(inputs)
    for plan in inputs.plans:
        for loc, entry in _items_with(plan.value, "risk"):
            read = risk_scores_read(entry.quote)
            archive, source = sources.get(plan.path, (None, None))
            columns = _scores_in_columns(source, entry.quote) if source is not None else {}
            for word, field in _SCORE_FIELDS.items():
                value = getattr(entry.risk, field)
                given = columns[field].score if field in columns else read.get(field)
                if given == value:
                    continue
                where = f"citatet på rad {plan.position(loc + ('quote',)).line} i planen"
                if field in columns:
                    column = columns[field]
                    message = (f"{where} är en tabellrad i {archive} med {word}en {given} under rubriken "
                               f"{cited(shorten(column.heading, 40))} (källans rad {column.header}), inte {value}")
                elif given is not None:
                    message = f"{word}en {value} står inte i {where}, som ger {word}en {given}"
                else:
                    message = f"{where} ger ingen {word} (ordet och talet efter det)"
                errors.append(plan.error(loc + ("risk", field), f"{message}: {cited(shorten(entry.quote))}.", RISK_HINT))
    return errors


class _ScoreColumn(NamedTuple):
    score: int
    heading: str  # the column's heading, as the source writes it
    header: int  # the header's line (1-based)


def _scores_in_columns(source: SourceText, quote: str) -> dict[str, _ScoreColumn]:
    """The scores a risk table's row gives under its header's headings of the two scores
    ("Risk\tSannolikhet\tKonsekvens\tKontrollmoment" over "Brist i bemanning\t4\t5\t…"), where
    the quote takes in the row's score cells whole (`_score_header_over`, `_score_cells`): each
    a lone digit 1–5, or one and its words ("4 Sannolik"), or neither is read. A quote of
    several rows gives what they give alike: a quote that runs on into the next risk's row
    gives none. Where the quote stands more than once, only what every place gives alike."""
    readings = []
    for occurrence in source.occurrences(quote):
        rows_read: list[dict[str, _ScoreColumn]] = []
        reached = source.cells_reached(occurrence)
        for line in dict.fromkeys(line for line, _, _ in reached):
            columns = [column for reached_line, column, _ in reached if reached_line == line]
            header = _score_header_over(source.lines, line, min(columns), max(columns))
            if header is None:
                continue
            number, headings, cells = header
            taken = {column: " ".join(words.split()) for reached_line, column, words in reached if reached_line == line}
            given = {field: _ScoreColumn(int(cell[:1]), headings[field][1], number)
                     for field, (column, cell) in cells.items() if taken.get(column) == cell}
            if len(given) == len(_SCORE_FIELDS):
                rows_read.append(given)
        # A quote of several rows (the header and the rows down to the risk's, or into the next
        # one): what they give alike.
        alike = {tuple(sorted((field, given.score) for field, given in read.items())) for read in rows_read}
        readings.append(rows_read[0] if len(alike) == 1 else {})
    if not readings:
        return {}
    return {field: given for field, given in readings[0].items()
            if all(field in other and other[field].score == given.score for other in readings[1:])}


def _score_field(word: str) -> str:
    """The field a score's word names ("Sannolikhet", "KONSEKVENS"), by its first letter: a
    dotted capital İ ("SANNOLİKHET") casefolds to two characters."""
    return "probability" if word[:1] in "sS" else "consequence"


_A_SCORE_CELL = lazy_regex.compile(r"[1-5](?:\s+(?:[-\u2013]\s+)?[^\W\d_]+(?:\s[^\W\d_]+)?)?")  # "4", "4 Sannolik", "3 – Möjlig"
# A heading of a score's column: "Sannolikhet", "Bedömd sannolikhet", "Sannolikhet (S)",
# "Konsekvens 1–5", "Sannolikhet, 1–5", "Sannolikhet (S) 1–5", and with what it is of:
# "Sannolikhet att det inträffar", "Konsekvens för verksamheten".
_SCORE_HEADING = lazy_regex.compile(r"(?:bedömd\s+)?(sannolikhet|konsekvens)(?:en)?"
                            r"(?P<of>\s+(?:att|för|om|vid|av|i)(?:\s+[^\W\d_]+){1,4})?(?:\s*\([^()]{1,12}\))?"
                            r"(?:,?\s*\(?[1-5]\s*[\u2013-]\s*[1-5]\)?)?\W*", re.IGNORECASE)
# The heading over the risks' texts ("Risk", "Risker", "Riskbeskrivning", "Risk/händelse"), not
# one of a risk's figures or owner.
_RISK_TEXT_HEADING = lazy_regex.compile(r"(?:identifierad\s+)?(?!risk(?:värde|bedömning|nivå|ägare|nr|nummer|poäng|tal|område|"
                                r"kategori|typ|grupp)\b)risk[^\W\d_]*(?:\s*/\s*[^\W\d_]+)?\W*|händelse\W*|beskrivning\W*",
                                re.IGNORECASE)
def _risk_texts_column(header: list[str]) -> Optional[int]:
    """The column (0-based) of a header's heading over the risks' texts (`_RISK_TEXT_HEADING`)."""
    return next((index for index, cell in enumerate(header) if _RISK_TEXT_HEADING.fullmatch(cell)), None)


# A row's number before its risk ("3", "3.", "1.1", "R1").
_A_ROWS_NUMBER = lazy_regex.compile(r"(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-ZÅÄÖ]{1,2}\d{1,3})")
# A line of a table with a row for each risk that is no row: a group's name over its rows
# ("Lokaler", "2. Boende", "Område: Boende"), a few words, no full stop. (A running head a page
# break puts between them, "Bergby kommun – Internkontrollplan 2024", is a line the source repeats.)
_A_GROUPS_NAME = lazy_regex.compile(r"(?:\d{1,2}\.?\s+)?[^\W\d_][\w-]*:?(?:[ /&,]+[\w-]+){0,4}")
# A verb in what a score's heading says it is of, which makes it a cell's sentence ("Sannolikheten
# för brand är låg").
_SENTENCE_VERBS = r"\b(?:är|blir|bedöms|kan|har|var|ska|kommer|finns)\b"
_A_VERB_OF_A_SENTENCE = lazy_regex.compile(_SENTENCE_VERBS, re.IGNORECASE)
# A line that reads as a sentence, not a title: such a verb and a word in small letters after it ("Ekonomin ska vara
# i balans"), or a dozen words. Under a place's number alone (`_Places.title_below`) it may still be the place's title
# (a goal's, "Alla ska ha ett hem"), which a locator may write; but the hint offers the place alone (`Kap 3`).
_READS_AS_A_SENTENCE = lazy_regex.compile(rf"(?i:{_SENTENCE_VERBS})[ \t]+[a-zåäö]|(?:\S+\s+){{11}}\S")


def _score_header_over(lines: list[str], row: int, first: int, last: int) -> Optional[tuple[int, dict[str, tuple[int, str]],
                                                                                 dict[str, tuple[int, str]]]]:
    """The nearest line above line `row` (1-based) that heads a column for each score (one
    cell each, `_SCORE_HEADING`; a heading a pdf broke at a hyphen joined to its end on the line
    below, `_joined_at_hyphens`), within the table: its lines with tabs, and the empty lines and
    lines of one cell a page break, a wrapped cell, a group's name or a running head puts between
    them (`_furniture`, `_A_GROUPS_NAME`, `_a_running_head`); not past a line of running text (a
    caption), another table's header (a line of headings alone, `_risk_table_line`; one with no
    score that names both scores in words the rule does not read, "Konsekvens, skala 1–4"; or of
    short words where the scores would stand: "Risk\tK\tS\tRV", a table stacked under another),
    an empty line whose lines below are not this table's rows alone (each with a score, the
    header's number of cells, no numbers in order: "Risk\t1\t2\t3\t4"), a line with no score
    above such an empty line, nor `_RISK_TABLE_ROWS` up; a score's heading that says what it is
    of in a sentence ("Sannolikheten för brand är låg.") or in a row with scores is none. Its
    number, each score's column
    (0-based) and heading, and each score's column and cell in the row, read from its cell
    `first` on, the quote taking in its cells to `last` (`_score_offsets`, `_score_cells`); None
    where there is none, or the row's cells do not stand under the headings in one way alone."""
    between: list[list[str]] = []
    below: list[str] = []  # the cells of the line under this one, where it is between the header and the row
    # Whether the lines since the last empty line are this table's alone: each with tabs has a score
    # of its own (a row, no header: "Risk\tAvvikelser 2022\t…"), each of one cell is a page's
    # furniture or a running head the source repeats (not a caption or the next risk's name).
    rows_alone = True
    # The lines with tabs under an empty line crossed, the row's among them: each must have as many
    # cells as the header, a table's rows ("Antal avvikelser per kvartal\t1\t2\t3\t4" is another's).
    crossed: list[int] = []
    tabbed = [len(line_cells(lines[row - 1]))]
    for number in range(row - 1, max(0, row - 1 - _RISK_TABLE_ROWS), -1):
        line = lines[number - 1]
        if not line.strip():
            if not rows_alone:
                return None  # another table, or another risk, under an empty line
            crossed, below = tabbed, []
            continue
        running_head = "\t" not in line.strip() and not _furniture(line) and _a_running_head(lines, line)
        if "\t" not in line.strip() and not (_furniture(line) or _A_GROUPS_NAME.fullmatch(line.strip()) or running_head):
            return None
        cells = cells_of_header = [cell.strip() for cell in line_cells(line)]
        header, below = _joined_at_hyphens(cells, below), cells
        filled = [cell for cell in cells[1:] if cell]
        scored = any(_A_SCORE_CELL.fullmatch(cell) for cell in filled)  # a row's score: "2", "2 Låg"
        if "\t" in line.strip():
            # Under an empty line, numbers in order are taken for a header of quarters or tertials
            # ("Risk\t1\t2\t3\t4"), though a row's "1\t2\t3" may be its scores and their sum.
            rows_alone = rows_alone and scored and not (
                len(filled) >= 3 and filled == [str(at) for at in range(1, len(filled) + 1)])
            tabbed = tabbed + [len(cells)]
        elif not _furniture(line):
            rows_alone = rows_alone and running_head
        headings: dict[str, list[tuple[int, str, bool]]] = {}
        for index, cell in enumerate(header):
            found = _SCORE_HEADING.fullmatch(cell)
            if found and not (found.group("of") and (scored or cell[-1:] in ".!?"
                                                     or _A_VERB_OF_A_SENTENCE.search(found.group("of")))):
                headings.setdefault(_score_field(found.group(1)), []).append((index, cell, found.group("of") is None))
        if len(headings) == 1 and not any(plain for columns in headings.values() for _, _, plain in columns):
            headings = {}  # a sentence of a cell, a group's name ("Konsekvensen för brukarna blir allvarlig.")
        if headings:
            # A score's heading with what it is of beside its plain one ("Konsekvens för brukaren",
            # a column of text, beside "Konsekvens"): the plain one's.
            headings = {field: [one for one in columns if one[2]] if len(columns) > 1 else columns
                        for field, columns in headings.items()}
            if len(headings) < 2 or any(len(columns) != 1 for columns in headings.values()):
                return None  # one score's heading alone, or twice: no header this rule reads
            own = {field: columns[0][:2] for field, columns in headings.items()}
            cells_of_row = [cell.strip() for cell in line_cells(lines[row - 1])]
            # Each way the row may stand under the header that leaves no figure under a heading of
            # text; read only where they all give the same cells.
            readings = {}
            for text, offset in _score_offsets(header, cells_of_row, first):
                cells = _score_cells(header, own, cells_of_row, text, offset)
                if cells is not None and all(_A_SCORE_CELL.fullmatch(cell) for _, cell in cells.values()) \
                        and not _a_figure_under_words(header, own, cells_of_row[:last + 1], offset) and not any(
                        _another_tables_header(header, own, other, offset) for other in between):
                    readings[tuple(sorted(cells.items()))] = cells
            if len(readings) != 1 or any(count != len(cells_of_header) for count in crossed):
                return None
            return number, own, next(iter(readings.values()))
        if "\t" in line.strip():
            if _risk_table_line(line) in (_HEADS_RISK_TEXTS, _HEADS_OTHERS) or not scored and (crossed or _a_headers_first_cell(
                    header[0]) and sum(bool(_SCORES_IN_WORDS_UNREAD.match(cell)) for cell in header) > 1):
                # another table's header ("Område\tKonsekvens, skala 1–4\tSannolikhet, skala 1–4"); above an empty
                # line crossed, any line with no score ("Antal avvikelser\t2020\t2021\t…", a table stacked on this one)
                return None
            if header[0]:  # not a cell's words wrapped onto a line of their own, "\t\tmer text"
                between.append(header)
    return None


def _a_headers_first_cell(cell: str) -> bool:
    """Whether a line's first cell may be a header's: a few words with a capital first, no full
    stop ("Risk", "Område"); not a row's text ("Risken att lokalen brister.") nor its wrapped
    words ("hög beläggning.")."""
    return cell[:1].isupper() and not cell.endswith(".") and len(cell.split()) <= 3


def _a_running_head(lines: list[str], line: str) -> bool:
    """Whether a line of one cell is a running head a page break puts between a table's rows: a
    line the source repeats, no sentence (no full stop at its end) nor the name of a risk
    (`_begins_a_risk`: "Risk 2")."""
    return not line.rstrip().endswith(".") and not _begins_a_risk(line) and lines.count(line) > 1


# A heading that names a score with a scale in words the rule does not read ("Konsekvens, skala 1–4").
_SCORES_IN_WORDS_UNREAD = lazy_regex.compile(r"(?:sannolikhet|konsekvens)(?:en)?\b[^.]*\d", re.IGNORECASE)


def _joined_at_hyphens(cells: list[str], below: list[str]) -> list[str]:
    """A header's cells, each that a pdf broke at a hyphen joined to its end in the same column
    of the line `below` ("Sannolik-" over "het", "Konse-" over "kvens"); not a score's heading
    whole before its hyphen ("Konsekvens-" over "bedömning")."""
    return [cell[:-1] + below[index] if re.search(r"[^\W\d_]-\Z", cell) and index < len(below)
            and below[index][:1].islower() and not _SCORE_HEADING.fullmatch(cell) else cell
            for index, cell in enumerate(cells)]


def _another_tables_header(header: list[str], headings: dict[str, tuple[int, str]], line: list[str], offset: int) -> bool:
    """Whether a line between a score header and a row is another table's header: short words,
    no figure and no sentence ("Risk\tK\tS\tRV"), with words where the scores would stand, as
    the row stands (`offset`) or one column to the left (a cell merged over rows before it,
    "Boende\tRisken …", which this line lacks). Not a row that gives its scores in words ("Låg")
    beside a sentence."""
    filled = [cell for cell in line if cell]
    if not filled or any(len(cell.split()) > 3 or re.search(r"[\d.]", cell) for cell in filled):
        return False
    return all(any(cell and not _A_SCORE_CELL.fullmatch(cell)
                   for _, cell in _score_cells(header, headings, line, 0, shift, strict=False).values())
               for shift in (offset, offset - 1))


def _score_offsets(header: list[str], row: list[str], first: int) -> list[tuple[int, int]]:
    """The ways a row's cells may stand under a header's: the row's text, and how many columns
    to the right of the header's the row's stand. Under a heading of the risks' texts
    (`_RISK_TEXT_HEADING`) stands either of the row's first two cells from `first` on with
    words (no row's number, `_A_ROWS_NUMBER`, nor a score): the quote may begin with a
    process's cell before the risk's ("Boende\tRisken …") or with the risk's, the process's
    merged over rows and left out of this one. Where the header has no such heading, the
    scores follow the first of them where the header begins with the scores' headings
    ("Sannolikhet\tKonsekvens", a second line under a heading merged over both), or stand one
    for one where the header keeps its first column empty or the row has as many cells as the
    header; else none."""
    texts = [index for index in range(first, len(row)) if row[index] and not _A_ROWS_NUMBER.fullmatch(row[index])
             and not _A_SCORE_CELL.fullmatch(row[index])][:2]
    if not texts:
        return []
    anchor = _risk_texts_column(header)
    if anchor is not None:
        return [(text, text - anchor) for text in texts]
    if _SCORE_HEADING.fullmatch(header[0]):
        return [(texts[0], texts[0] + 1)]
    if not header[0] or _filled(row) == _filled(header):  # "\tSannolikhet\tKonsekvens": its first column kept
        return [(texts[0], 0)]
    return []


# A heading over a risk's value ("Riskvärde", "RV"), and one over figures other than the scores:
# a risk's value or priority, a row's number.
_RISK_VALUE = r"risk(?:värde|nivå|poäng|tal)"
_A_RISK_VALUE_HEADING = lazy_regex.compile(rf"{_RISK_VALUE}|rv\b", re.IGNORECASE)
_A_FIGURES_HEADING = lazy_regex.compile(rf"(?:{_RISK_VALUE}|rv|prioritet|prio|nr|nummer|id|#)\b", re.IGNORECASE)


def _a_figure_under_words(header: list[str], headings: dict[str, tuple[int, str]], row: list[str], offset: int) -> bool:
    """Whether the row (the cells the quote takes in), its columns `offset` to the right of the
    header's, has a figure alone under a heading of text ("Kontrollmoment" over "4"): it
    stands otherwise."""
    scores = {column for column, _ in headings.values()}
    return any(re.fullmatch(r"\d+", row[index + offset]) and not _A_FIGURES_HEADING.match(heading)
               for index, heading in enumerate(header)
               if heading and index not in scores and 0 <= index + offset < len(row))


def _score_cells(header: list[str], headings: dict[str, tuple[int, str]], row: list[str], text: int, offset: int,
                 strict: bool = True) -> Optional[dict[str, tuple[int, str]]]:
    """Each score's column in `row` and its cell, the row's columns standing `offset` to the
    right of the header's (`_score_offsets`). `strict`: None where a column between the text and
    the scores holds a lone digit 1–5 (a cell the row leaves out: "Orsak" over the scores), or
    where the row has more cells than the header and a score's cell is followed by another
    score under no score's heading (each score over two columns, "Före" and "Efter")."""
    cells = {field: (index + offset, row[index + offset] if 0 <= index + offset < len(row) else "")
             for field, (index, _) in headings.items()}
    if not strict:
        return cells
    columns = {column for column, _ in headings.values()}
    last = max(columns)
    if any(_A_SCORE_CELL.fullmatch(row[index + offset]) for index in range(max(text - offset + 1, 0), last)
           if index not in columns and 0 <= index + offset < len(row)
           and not _A_RISK_VALUE_HEADING.match(header[index] if index < len(header) else "")):
        return None
    if _filled(row) > _filled(header) + offset and any(
            0 <= index + offset + 1 < len(row) and _A_SCORE_CELL.fullmatch(row[index + offset + 1])
            and not (index + 1 < len(header) and _SCORE_HEADING.fullmatch(header[index + 1])) for index in columns):
        return None
    return cells


def check_risk_controls_quoted(inputs: Inputs) -> list[LocatedError]:
    """A risk's control, frequency and method are the document's (`model.Risk`), which the site
    shows under its own headings as the risk table's: each is whole cells of the source's
    lines, word for word (as a quote is found; `SourceText.cells_spanned`), within the lines
    that belong to the risk: its quote's and the `_RISK_ROWS_AFTER` lines with text after it,
    where a risk table gives them, but not past another risk's quote nor past a line that heads
    a text again after a line that begins another risk (the next risk's table), and only its
    own row in a table with a row for each risk (`_risk_lines`). Under a heading, it is
    the text's own (`_risk_column`, `_heading_field`: "Granskningsmoment" and
    "Frekvens/tidpunkt" head one text each): its column's in a table whose header names its
    columns, the cell's before it ("Kontrollmoment:\tRäkna …"), the line's above it
    ("Frekvens:") or its place's under a header a cell to a line, or the label before it on
    its line ("Frekvens: Varje vecka.", also after another text on that line, and then it ends
    before the next label); after a label that heads no risk text ("Uppföljning:") it may
    begin too. Words of the editor's own, a part of a cell, the table's own headings
    ("Kontrollmoment"), a text that takes in a heading (a label's, or a cell of the header:
    `_headings_over`), another heading's text (also "Ansvar:"), cells under other headings
    with its own ("Räkna lediga platser. Varje vecka.", also under a heading of no risk text:
    `_under_its_heading`) and another risk's control are refused. A risk whose quote is not in the source
    (`check_quotes_found`) is not read."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        risks = list(_items_with(plan.value, "risk"))
        if not risks:
            continue
        quoted = {loc: source.occurrence_spans(entry.quote) for loc, entry in risks}
        # Where each risk's quote begins, at every place it stands: a risk's lines end before
        # the next place after its quote where another risk's begins.
        starts = sorted((first, index) for index, spans in enumerate(quoted.values()) for first, _ in spans)
        for index, (loc, entry) in enumerate(risks):
            windows = [_risk_lines(source, entry.quote, first, last, _next_other(starts, last, index))
                       for first, last in quoted[loc]]
            if not windows:
                continue
            for field, named in _RISK_TEXTS.items():
                said = _risk_text_missing(getattr(entry.risk, field), field, source, windows, archive)
                if said:
                    errors.append(plan.error(loc + ("risk", field), said, RISK_TEXT_HINT))
    return errors


_RISK_ROWS_AFTER = 10  # lines with text after a risk's quote where its table may give its control
_RISK_TEXTS = {"control": "kontrollmomentet", "frequency": "frekvensen", "method": "metoden"}
# Each text's headings, above its column, on the line above it, or as a label before it on its
# line ("Frekvens: Varje vecka."), as messages name them.
_RISK_LABELS = {"control": ("kontrollmoment", "kontrollaktivitet", "kontroll"), "frequency": ("frekvens", "tidpunkt"),
                "method": ("kontrollmetod", "metod")}
# How a heading's word that heads a text ends ("Granskningsmoment", "Kontrollfrekvens",
# "Granskningsmetod"), and the words of a risk table's other headings, which head none of them.
_RISK_ENDINGS = {"control": ("moment", "kontroll", "kontrollaktivitet", "kontrollaktiviteter"),
                 "frequency": ("frekvens", "tidpunkt", "tidpunkter"), "method": ("metod", "metoder")}
_OTHER_RISK_HEADINGS = frozenset({"riskvärde", "sannolikhet", "konsekvens", "ansvarig", "ansvar", "risk", "riskägare",
                                  "rapporteras"})
_HEADING_JOINS = frozenset({"och", "eller"})  # "Frekvens och tidpunkt"
# A label: up to four words, joined by spaces, "/", "&" or commas, and a colon.
_A_LABEL = lazy_regex.compile(r"[^\W\d_][\w-]*(?:(?:\s*[/&,]\s*|\s+)[^\W\d_][\w-]*){0,3}\s*:\s*")
# A label inside a text: its last words before a colon ("… Frekvens/tidpunkt: …").
_LABEL_IN = lazy_regex.compile(r"(?<![\w/-])[^\W\d_][\w-]*(?:\s*[/&]\s*[^\W\d_][\w-]*)*(?=\s*:)")


def _word_heads(word: str) -> Optional[str]:
    """The risk text a heading's word heads ("kontrollmoment": "control"), "other" for a word
    of another of the risk table's headings ("sannolikhet"), None for a word of none."""
    return next((field for field, endings in _RISK_ENDINGS.items() if word.endswith(endings)),
                "other" if word in _OTHER_RISK_HEADINGS else None)


def _heading_words(text: str) -> set[str]:
    """The words of a heading, case-folded, without signs: "Kontrollmoment/åtgärd" has two."""
    return {word for word in re.split(r"\W+", text.casefold()) if word}


def _only_headings(words: set[str]) -> bool:
    """Whether `words` are a risk table's heading and nothing else ("Frekvens och tidpunkt")."""
    rest = words - _HEADING_JOINS
    return bool(rest) and all(_word_heads(word) for word in rest)


def _heading_field(words: set[str]) -> str:
    """The risk text a heading of `words` heads: a field of `_RISK_TEXTS` where its words head
    that one alone ("Frekvens/tidpunkt", "Kontrollmoment/åtgärd"), "other" where they head
    another or several ("Sannolikhet", "Kontroll/frekvens"), "" where none ("Åtgärd")."""
    heads = {_word_heads(word) for word in words} - {None}
    if len(heads) == 1 and "other" not in heads:
        return next(iter(heads))
    return "other" if heads else ""


def _label_field(text: str) -> Optional[str]:
    """The field a label heads (`_heading_field`), None where `text` is no label."""
    return _heading_field(_heading_words(text)) if _A_LABEL.fullmatch(text) else None


RISK_TEXT_HINT = ("Skriv kontrollmoment, frekvens och metod ordagrant så som källan ger dem vid risken: hela rutor i "
                  "riskens tabell, eller vad som står efter sin rubrik på en rad (som »Frekvens: Varje vecka.»); egna "
                  "ord om kontrollen hör hemma i detail.")


def _risk_lines(source: SourceText, quote: str, first: int, last: int, other: Optional[int]) -> tuple[int, int]:
    """The lines (1-based, first and last) that belong to a risk quoted on lines `first` to
    `last`: with the lines with text after it (`_RISK_ROWS_AFTER`), but not from line `other`
    on, where another risk's quote begins, nor from a line that heads a text again that a line
    after its quote already heads once a line has begun another risk since (`_begins_a_risk`,
    or a line of one cell that is not furniture (`_furniture`): "Personalförsörjning" over the
    next risk's table, also where the plan does not take that risk up). A header repeated
    after a page break ("Sida 2", a cell's wrapped words), or a second
    control under its own heading, stays the risk's. Not the lines before it, where the
    previous risk's table stands in the usual layout. Where the quote is a row of a table with
    a row for each risk (`_a_risk_tables_row`), its own row with the lines that go on with it
    (`_row_goes_on`): the rows after them are the next risks'."""
    raw_lines = source.lines
    if _a_risk_tables_row(raw_lines, last):
        column = _quote_column(raw_lines[first - 1], quote) or 0
        end = last
        while end < len(raw_lines) and end - last < _RISK_TABLE_ROWS and _row_goes_on(raw_lines[end], column):
            end += 1
        return first, end if other is None else min(end, max(last, other - 1))
    headed: set[str] = set()
    another = False
    end = last
    for number in _lines_after(raw_lines, last, _RISK_ROWS_AFTER):
        if other is not None and number >= other:
            break
        line = raw_lines[number - 1]
        fields = _texts_headed(line)
        if fields & headed and another:
            break
        headed |= fields
        another = another or bool(headed) and not fields and (
            _begins_a_risk(line) or _cell_count(line) < 2 and not _furniture(line))
        end = number
    return first, end


def _furniture(line: str) -> bool:
    """Whether a line of one cell is what a page break puts between a table's rows, not a
    line that begins something: a page's number ("Sida 2 av 3", "2 (3)"), or a cell's words
    wrapped onto a line of their own (a small letter first). Not a running header, which a
    line naming the next risk cannot be told from."""
    text = line.strip()
    return bool(PAGE_NUMBER.fullmatch(text)) or text[:1].islower()


def _quote_column(line: str, quote: str) -> Optional[int]:
    """The column (0-based) of the cell of `line` whose whole words open `quote`, None where none does."""
    wanted = normalise(quote)
    for index, cell in enumerate(line.split("\t")):
        text = normalise(cell)[:_QUOTE_OPENING]
        if text and wanted.startswith(text) and (len(text) == _QUOTE_OPENING or len(wanted) == len(text)
                                                 or not wanted[len(text)].isalnum()):
            return index  # the cell's words, whole, open the quote ("Boende" does not open "Boendet …")
    return None


_QUOTE_OPENING = 20  # characters of a cell compared with the quote's opening


def _row_goes_on(line: str, column: int) -> bool:
    """Whether a line goes on with the risk's row of a table above it: a row whose cell in the
    risk's `column` is empty (the risk's cell merged over its rows: a second control), or a
    cell's wrapped words alone on a line ("och intervjuer.")."""
    cells = line.split("\t")
    return bool(line.strip()) and (column < len(cells) and not cells[column].strip() and "\t" in line
                                   or _cell_count(line) == 1 and "\t" not in line.strip())


def _a_risk_tables_row(raw_lines: list[str], row: int) -> bool:
    """Whether line `row` is a row with tabs of a table with a row for each risk: its header,
    above its rows (and their wrapped words: `_row_goes_on`), at most `_RISK_TABLE_ROWS`
    lines up, has two or more headings alone, one of a risk's texts ("Risk\tKontrollmoment\t
    Frekvens"; not labels, "Metod:\tStickprov."), on its last line or the one above it (a
    header of two lines, "Sannolikhet\tKonsekvens" under "Riskbedömning"). A header of none of
    them (a risk's own small table, "Risk\tSannolikhet\tKonsekvens") or a line that begins a
    risk ("Risk\tBedömning", "Risk 2:\t…") ends the search."""
    own = raw_lines[row - 1]
    if _cell_count(own) < 2 or _cell_count(own) == 2 and _risk_table_line(own) == _BEGINS_A_RISK:
        return False  # no row, or a risk's label and its text ("Risk 2:\tRisken att …") over its own table
    for number in range(row - 1, max(0, row - 1 - _RISK_TABLE_ROWS), -1):
        line = raw_lines[number - 1]
        if not line.strip():
            return False
        kind = _risk_table_line(line)
        if kind == _HEADS_RISK_TEXTS:
            return True
        if kind == _HEADS_OTHERS:
            return number > 1 and _risk_table_line(raw_lines[number - 2]) == _HEADS_RISK_TEXTS
        if kind == _BEGINS_A_RISK:
            return False
    return False


_RISK_TABLE_ROWS = 200  # lines of a table with a row for each risk, above the row read and after it
_HEADS_RISK_TEXTS, _HEADS_OTHERS, _BEGINS_A_RISK = "heads risk texts", "heads others", "begins a risk"


@functools.lru_cache(maxsize=4096)
def _risk_table_line(line: str) -> Optional[str]:
    """What a line is to `_a_risk_tables_row`: a header of two or more headings alone that
    heads a risk's text, one that heads none, a line whose first cell begins a risk
    (`_RISK_FIRST_CELL`), or None: kept for the lines that every row of a long table reads."""
    cells = [cell.strip() for cell in line.split("\t")]
    headings = [cell for cell in cells if cell and not cell.endswith(":") and _only_headings(_heading_words(cell))]
    if len(headings) >= 2:
        return _HEADS_RISK_TEXTS if any(_heading_field(_heading_words(cell)) in _RISK_TEXTS for cell in headings) else _HEADS_OTHERS
    return _BEGINS_A_RISK if _RISK_FIRST_CELL.fullmatch(cells[0]) else None


# A first cell that begins a risk: "Risk", "Risk 2", "Riskbeskrivning", with or without a colon.
_RISK_FIRST_CELL = lazy_regex.compile(r"risk[^\W\d_]*(?:\s+(?:nr\.?\s*)?\d+)?\s*:?", re.IGNORECASE)


def _begins_a_risk(line: str) -> bool:
    """Whether a line begins a risk: a line of one cell, or one that begins with a label, whose
    first word begins with "risk" ("Risk", "Risk 2: …", "Riskbeskrivning: …", "Risk:\t…"), a
    first cell that is such a word alone ("Risk\tRisken att …", `_RISK_FIRST_CELL`), or
    a line with a risk's scores' words ("Sannolikhet 2, konsekvens 3", "Riskvärde"); not a
    control that begins with the word ("Riskanalys av beläggningen.\tVarje månad.")."""
    if _heading_words(line) & _RISK_SCORE_WORDS:
        return True
    first_cell = line.split("\t")[0].strip()
    return (first_cell.casefold().startswith("risk") and (_cell_count(line) < 2 or bool(_A_LABEL.match(first_cell)))
            or bool(_RISK_FIRST_CELL.fullmatch(first_cell)))


_RISK_SCORE_WORDS = frozenset({"sannolikhet", "konsekvens", "riskvärde"})


def _texts_headed(line: str) -> set[str]:
    """The risk texts (fields of `_RISK_TEXTS`) that a line heads: a cell of it that is a
    heading alone ("Kontrollmoment\tFrekvens") or begins with a label ("Frekvens: Varje vecka.")."""
    fields = set()
    for cell in line.split("\t"):
        words = _heading_words(cell)
        label = _A_LABEL.match(cell.strip())
        field = (_heading_field(words) if _only_headings(words)
                 else _label_field(label.group()) if label else None)
        if field in _RISK_TEXTS:
            fields.add(field)
    return fields


def _next_other(starts: list[tuple[int, int]], last: int, own: int) -> Optional[int]:
    """The first line after line `last` where a risk other than the `own`-th begins (`starts`:
    each place's first line and its risk's index, in order), None where none does."""
    for first, index in itertools.islice(starts, bisect.bisect_right(starts, (last, len(starts))), None):
        if index != own:
            return first
    return None


def _risk_column(raw_lines: list[str], row: int, column: int) -> Optional[tuple[str, str]]:
    """The heading over a text that begins a cell in `column` (0-based) of line `row`, and the
    field it heads (`_heading_field`): the cell before it on its line, where that is a label or
    a heading alone ("Kontrollmoment:\tRäkna lediga platser."); for a line without tabs, the
    heading of a run of lines that are headings alone above it, at the text's place under the
    run ("Frekvens:\nVarje vecka.", or a table's header a cell to a line: "Kontrollmoment\n
    Frekvens\nMetod\nRäkna …\nVarje vecka."); for a row of cells, the line above it alone
    where that is a heading, else the cell in its column of the nearest line above within
    `_RISK_ROWS_AFTER` with as many cells, two of them headings (or as many more as stand
    before its heading of the risks' texts, `_RISK_TEXT_HEADING`, which the row leaves out,
    merged over rows). None where there is no such heading, or the text follows a label in its
    cell (`column` -1)."""
    if column < 0:
        return None
    line = raw_lines[row - 1]
    before = [cell.strip() for cell in line.split("\t")[:column] if cell.strip()]
    if before and (_A_LABEL.fullmatch(before[-1]) or _only_headings(_heading_words(before[-1]))):
        return before[-1], _heading_field(_heading_words(before[-1]))
    above = _lines_above(raw_lines, row, _RISK_ROWS_AFTER)
    if "\t" not in line.strip():
        texts = 0
        for index, number in enumerate(above):
            if "\t" in raw_lines[number - 1].strip() or not _only_headings(_heading_words(raw_lines[number - 1])):
                texts += 1
                continue
            run = list(itertools.takewhile(
                lambda n: "\t" not in raw_lines[n - 1].strip() and _only_headings(_heading_words(raw_lines[n - 1])),
                above[index:]))[::-1]  # the headings, first first
            if texts >= len(run):
                return None
            heading = raw_lines[run[texts] - 1].strip()
            return heading, _heading_field(_heading_words(heading))
        return None
    if above and "\t" not in raw_lines[above[0] - 1].strip() and _only_headings(_heading_words(raw_lines[above[0] - 1])):
        heading = raw_lines[above[0] - 1].strip()
        return heading, _heading_field(_heading_words(heading))
    width = len(line.rstrip().split("\t"))
    for number in range(row - 1, max(0, row - 1 - _RISK_ROWS_AFTER), -1):
        cells = raw_lines[number - 1].rstrip().split("\t")
        if len(cells) < width or sum(1 for cell in cells if _heading_field(_heading_words(cell))) < 2:
            continue
        # A row that leaves out the columns before the risks' texts, merged over rows ("Process"
        # over "Boende"): its first cell, the risk's text, stands under their heading, and the
        # scores after it where the header has the risk's text ("Risken …\t4\t5" under
        # "Process\tRisk\tSannolikhet"; its last cells may be empty too), not a row that only leaves
        # its last cells empty.
        anchor = _risk_texts_column([cell.strip() for cell in cells]) or 0
        own = line.split("\t")
        if (anchor and len(cells) - width >= anchor and own[0].strip() and not _A_ROWS_NUMBER.fullmatch(own[0].strip())
                and anchor < len(own) and _A_SCORE_CELL.fullmatch(own[anchor].strip())):
            column += anchor
        # A heading merged over two columns stands in the first, the other cell empty.
        heading = next((cells[index].strip() for index in range(min(column, len(cells) - 1), -1, -1)
                        if cells[index].strip()), "")
        return heading, _heading_field(_heading_words(heading))
    return None


_A_HEADER_CELL = "header"  # a cell of a risk table's header, where a text's cells take one in


def _headings_over(raw_lines: list[str], span: tuple[int, int, int, int]) -> list[Optional[tuple[str, str]]]:
    """The heading over each cell with text that a text takes in (`span`, as
    `SourceText.cells_spanned` gives it), as `_risk_column` reads it, or the cell itself and
    `_A_HEADER_CELL` where the cell is a heading alone (the text takes in the table's header).
    After a label (column -1) only the label's, which `cells_spanned` has read."""
    first, last, column, last_column = span
    if column < 0:
        return [None]
    cells = [(number, index, cell.strip()) for number in range(first, last + 1)
             for index, cell in enumerate(raw_lines[number - 1].split("\t"))
             if cell.strip() and (first, column) <= (number, index) <= (last, last_column)]
    return [(cell, _A_HEADER_CELL) if _only_headings(_heading_words(cell)) else _risk_column(raw_lines, number, index)
            for number, index, cell in cells]


def _under_its_heading(headings: list[Optional[tuple[str, str]]], field: str) -> bool:
    """Whether a text's cells (`_headings_over`) stand under its own heading: each under no
    heading or one that heads `field`; a single cell also under a heading that heads none of
    the risk texts ("Åtgärd"), but not cells under several ("Rapportering", "Kommentar")."""
    return all(over is None or over[1] == field or over[1] == "" and len(headings) == 1 for over in headings)


def _risk_text_missing(text: str, field: str, source: SourceText, windows: list[tuple[int, int]], archive: str) -> str:
    """What is wrong with a risk's control (frequency, method: `field`) `text`, said as a
    message, or "" (`check_risk_controls_quoted`)."""
    shown = f"{_RISK_TEXTS[field]} {cited(shorten(text, 60))}"
    if _only_headings(_heading_words(text)):
        return f"{shown} är en rubrik i riskens tabell, inte vad den säger."
    labels = _listed([cited(f"{word.capitalize()}:") for word in _RISK_LABELS[field]], "eller")
    heading = next((label for label in _LABEL_IN.finditer(text) if _heading_field(_heading_words(label.group()))), None)
    if heading:
        return f"{shown} har med rubriken {cited(heading.group() + ':')}; skriv bara texten efter {labels}."
    within = [source.lines_of(span) for span in source.occurrences_within(text, windows)]
    spanned = source.cells_spanned(text, windows, lambda label: _label_field(label) in (field, ""),
                                   stop=_A_LABEL) if within else []
    # Each place's cells under their headings, read till one place's all fit.
    if any(_under_its_heading(_headings_over(source.lines, span), field) for span in spanned):
        return ""
    first, last = windows[0]
    lines = f"rad {first}" if first == last else f"rad {first}–{last}"
    if spanned:
        own = _listed([cited(word.capitalize()) for word in _RISK_LABELS[field]], "eller")
        headings = _headings_over(source.lines, spanned[0])
        where = f"på rad {spanned[0][0]} i {archive}"
        header = next((over[0] for over in headings if over is not None and over[1] == _A_HEADER_CELL), None)
        if header is not None:
            return f"{shown} tar {where} med rubriken {cited(shorten(header, 40))} i riskens tabell; skriv bara texten under {own}."
        named = [cited(shorten(over[0], 40)) for over in headings if over is not None]
        if len(headings) > 1:
            return (f"{shown} tar {where} flera rutor, under {_listed(named, 'och')}; skriv bara rutan "
                    f"under {own}.")
        return f"{shown} står {where} under rubriken {named[0]}, inte under {own}."
    labelled = source.cells_spanned(text, windows, lambda label: bool(_label_field(label)), stop=_A_LABEL) if within else []
    if labelled:
        return f"{shown} står på rad {labelled[0][0]} i {archive} efter en annan rubrik än {labels}."
    if within:
        return f"{shown} är bara en del av en ruta på rad {within[0][0]} i {archive}; skriv hela rutan."
    spans = source.occurrence_spans(text)
    if spans:
        return f"{shown} står i {archive} bara på rad {spans[0][0]}, inte vid risken ({lines} i källan)."
    return f"{shown} står inte i {archive}."


# --- an indicator's "ca": shown exactly where its quote says it -------------------------------
# The words a document writes before a figure it gives as approximate (`Measure.approximate`).
APPROXIMATE_WORDS = ("ca", "ca.", "c:a", "c.a", "c.a.", "cirka", "ungefär", "ung.", "omkring", "uppskattningsvis", "runt", "~",
                     "\u2248")
# "Runt" after these is "all … round" ("året runt 120 dagar"), no "about".
_ROUND_THE = frozenset({"året", "dygnet", "dygn", "veckan", "månaden", "klockan", "landet", "jorden"})
_WORD_BEFORE = lazy_regex.compile(r"(\S+)\s*$")
_AROUND_A_WORD = "([{\"'”“«»:"  # "(cirka 120", "ca: 50 %"


def _about_word(text: str) -> Optional[re.Match]:
    """The word for "about" (`APPROXIMATE_WORDS`, with the marks around it) that `text` ends
    with, as `_WORD_BEFORE` finds it; None where it ends with another, or with "runt" meaning
    "all … round" after a word of `_ROUND_THE` ("året runt")."""
    found = _WORD_BEFORE.search(text)
    word = found.group(1).strip(_AROUND_A_WORD).casefold() if found is not None else ""
    if word not in APPROXIMATE_WORDS:
        return None
    if word == "runt" and (previous := _WORD_BEFORE.search(text[:found.start()])) and \
            previous.group(1).casefold() in _ROUND_THE:
        return None
    return found


def _approximated(quote: str, value: Decimal, decimal: Optional[str], place: Optional[int] = None) -> list[str]:
    """The approximation word (`APPROXIMATE_WORDS`) right before `value` (before its sign, a plus too) at
    each place the quote writes it in digits, or at `place` alone where it is known (a table
    row's cell), as written: "" where there is none."""
    written = _written(str(value), decimal)
    words = []
    for start in [start for start, _ in _places(quote, written)] if place is None else [place]:
        if written.negative:
            start = start - 2 if _spaced_sign(quote, start - 2) else start - 1
        elif _plus_before(quote.replace(FULLWIDTH_PLUS, "+"), start):  # "ca +2,3", "ca + 2,3": before the plus
            start = start - 1 if quote[start - 1] in "+" + FULLWIDTH_PLUS else start - 2
        about = _about_word(quote[:start])
        words.append(about.group(1).strip(_AROUND_A_WORD) if about is not None else "")
    return words


def check_approximate_as_quoted(inputs: Inputs) -> list[LocatedError]:
    """A figure is marked approximate, and shown with "ca", when its quote writes it after "ca",
    "cirka" or another of `APPROXIMATE_WORDS`, and not when it writes it only so: the site
    neither adds an approximation the document does not make nor drops one it makes. An
    indicator's value is marked so by its `approximate: true`, a table row's figure by its
    column in the row's `approximate`, which names only columns of the table where the row has a
    figure, each once. A figure written both ways (a baseline "ca 85" and a target "85") may
    be either. A figure the quote does not write in digits is `check_figures_quoted`'s."""
    errors = []
    for plan in inputs.plans:
        for loc, entry in _items_with(plan.value, "indicator"):
            where = functools.partial(_plans_quote, plan, loc)
            for name, measure_ in _measures(entry.indicator):
                said = _approximation_missed(measure_.value, measure_.decimal, measure_.approximate, entry.quote, where,
                                             "värdet")
                if said is None:
                    continue
                if measure_.approximate:
                    errors.append(plan.error(loc + ("indicator", name, "approximate"), said, APPROXIMATE_HINT))
                else:
                    errors.append(plan.error(loc + ("indicator", name, "value"), said, coded("Skriv `approximate: true` i "
                                             "blocket, så visar sidan värdet som ungefärligt (”ca”), som dokumentet.")))
        for row_loc, table, row in _rows(plan.value):
            errors += _approximate_columns_unknown(plan, row_loc, table, row)
            where = functools.partial(_plans_quote, plan, row_loc)
            places = _cell_places(table, row)
            # A column named in other case is told its spelling (`_approximate_columns_unknown`), not
            # also that its figure lacks the mark it was given.
            named = [_as_read(name) for name in row.approximate]
            for index, (column, value) in enumerate(zip(table.columns, row.values)):
                marked = _as_read(column) in named
                said = None if value is None else _approximation_missed(value, table.decimal, marked, row.quote, where,
                                                                        "talet", places[index])
                if said is None:
                    continue
                if marked:
                    place = named.index(_as_read(column))
                    errors.append(plan.error(row_loc + ("approximate", place), said,
                                             f"Ta bort {cited(row.approximate[place])} ur radens {code('approximate')} om "
                                             "dokumentet ger talet exakt."))
                else:
                    errors.append(plan.error(row_loc + ("values", index), said, (
                        f"Skriv kolumnen i radens {code('approximate')} (som {code(f'approximate: [{column}]')}), så visar "
                        "sidan talet som ungefärligt (”ca”), som dokumentet.")))
    return errors


APPROXIMATE_HINT = coded("Ta bort `approximate: true` om dokumentet ger talet exakt; står ”ca” någon annanstans i "
                          "källan, citera den meningen.")


def _cell_places(table: model.Table, row: model.TableRow) -> list[Optional[int]]:
    """Where each of a row's figures begins in its quote, as the row is read in its columns'
    order (`_row_read`): None for an empty cell, and for every cell where the reading fails."""
    cells = [None if value is None else _written(str(value), table.decimal) for value in row.values]
    if all(cell is None for cell in cells):
        return [None] * len(cells)
    read, _, starts = _row_read(row.quote, cells, _label_end(row.quote, row.label))
    if read < len(cells):
        return [None] * len(cells)
    figures = iter(starts)
    return [None if cell is None else next(figures, None) for cell in cells]


def _approximation_missed(value: Decimal, decimal: Optional[str], marked: bool, quote: str, where: Callable[[], str],
                          noun: str, place: Optional[int] = None) -> Optional[str]:
    """What is wrong with a figure's mark of approximation (`marked`) against `quote` (at
    `place` where it is known), said of it as `noun` ("värdet", "talet") and its quote as
    `where` says it; None where the mark is right or the quote does not write the figure in
    digits."""
    words = _approximated(quote, value, decimal, place)
    if not words or any(bool(word) == marked for word in words):
        return None
    shown = _shown(value, decimal)
    if marked:
        return (f"{noun} {shown} är ungefärligt (visas med ”ca”), men {where()} har inget ”ca”, ”cirka”, ”ungefär” eller "
                f"”omkring” före talet: {cited(shorten(quote))}.")
    return (f"{where()} har {cited(f'{words[0]} {shown}')}, men {noun} är inte ungefärligt och visas utan ”{words[0]}”: "
            f"{cited(shorten(quote))}.")


def _approximate_columns_unknown(plan: Loaded, row_loc: tuple, table: model.Table, row: model.TableRow) -> list[LocatedError]:
    """A row's `approximate` naming a column the table does not have, one where the row has no
    figure, or one twice. A heading written other than in `columns` ("budget 2024") is told the
    column's spelling: the site and tables.csv match it as written, and it showed no "ca"."""
    errors = []
    for index, column in enumerate(row.approximate):
        loc = row_loc + ("approximate", index)
        if column in row.approximate[:index]:
            errors.append(plan.error(loc, f"kolumnen {cited(column)} står redan i radens {code('approximate')}.", COLUMN_TWICE_HINT))
        elif column not in table.columns and (written := _column_as_read(table, column)) is not None:
            errors.append(plan.error(loc, f"tabellens kolumn skrivs {cited(written)} i dess {code('columns')}, inte "
                                     f"{cited(column)}.", f"Skriv rubriken så som i tabellens {code('columns')}: "
                                     f"{code(f'approximate: [{written}]')}."))
        elif column not in table.columns:
            errors.append(plan.error(loc, f"tabellen har ingen kolumn {cited(column)}; dess "
                                     f"{'kolumn' if len(table.columns) == 1 else 'kolumner'} är "
                                     f"{_listed([cited(name) for name in table.columns], 'och')}.",
                                     coded("Skriv kolumnens rubrik så som i tabellens `columns`.")))
        elif (place := table.columns.index(column)) >= len(row.values) or row.values[place] is None:
            errors.append(plan.error(loc, f"raden har inget tal i kolumnen {cited(column)}, så inget tal där är ungefärligt.",
                                     coded("Ta bort kolumnen ur radens `approximate`.")))
    return errors


def _column_as_read(table: model.Table, heading: str) -> Optional[str]:
    """The column of `table` that `heading` names as a reader reads it (`_as_read`: "budget 2024"
    is "Budget 2024", as `check_table_columns_once` reads them), as its `columns` write it."""
    return next((column for column in table.columns if _as_read(column) == _as_read(heading)), None)


# --- an indicator's years, and each value and year in the role its quote gives it ----------
# Words that say which of an indicator's values follows: its baseline or its target, in the
# forms a label takes ("Ingångsvärde:", "Utgångsläget", "Målvärdet", "Ingångs- värde" over a
# pdf's line break). "Mål" and "Delmål" are a target's label only where a colon closes it
# ("Mål:", "Delmål 2025:"): "Målet är att …" is a sentence.
_BASELINE_WORDS = ("ingångs|värde", "utgångs|värde", "utgångs|läge", "bas|värde", "bas|linje", "start|värde",
                   "nuläges|värde", "nu|läge")
_TARGET_WORDS = ("mål|värde", "mål|nivå")


def _label_words(words: tuple[str, ...]) -> str:
    return "|".join(word.replace("|", r"(?:-\s?)?") for word in words)


# A number as a quote writes it, whole: "120", "1 731", "12,5" (not the "5" of "12,5").
_A_NUMBER = rf"(?<![\w,.])(?:\d{{1,3}}(?:[{_GROUP_MARKS}]\d{{3}})+|\d+)(?:[,.]\d+)?(?!\w)"
_ROLE_TOKEN = lazy_regex.compile(
    rf"(?P<baseline>(?<!\w)(?:{_label_words(_BASELINE_WORDS)})(?:na|en|et|t|n)?(?!\w))"
    rf"|(?P<target>(?<!\w)(?:{_label_words(_TARGET_WORDS)})(?:na|en|et|t|n)?(?!\w))"
    r"|(?P<goal>(?<!\w)(?:del)?mål(?:et)?(?!\w))"
    rf"|(?P<number>{_A_NUMBER})"
    r"|(?P<colon>:)|(?P<open>\()|(?P<close>\))|(?P<join>[,/]|(?<!\w)(?:och|samt|respektive|resp\.)(?!\w))"
    r"|(?P<word>[^\W\d_]+(?:[:.][^\W\d_]+)*\.?|[~\u2248])|(?P<other>\S)", re.IGNORECASE)
# What may stand between a label and its year: "Målvärde för 2027:", "Mål år 2027:", "Målvärde till år 2027:".
_BEFORE_A_LABELS_YEAR = frozenset({"för", "år", "till"})
# What may stand between a label and its value: "Ingångsvärdet är 120", "Målvärde: ca 25 %".
_TO_A_VALUE = frozenset({"är", "var", "blir", "="})
_UNIT_WORDS = 3  # tokens of a unit between a value and its year ("1731 kr/invånare (2022)") or the next value
_ROLE_NAMES = {"baseline": "ingångsvärde", "target": "målvärde"}
_OTHER_ROLE = {"baseline": "target", "target": "baseline"}


class _Token(NamedTuple):
    kind: str
    start: int
    end: int
    text: str


class _Given(NamedTuple):
    """A number's role in an indicator's quote: the role, the label that gives it (as
    written), and for a value the year its label or the parentheses after it give."""

    role: str
    label: str
    year: Optional[int] = None
    until: Optional[int] = None  # a span's later year, where the value's is one ("år 2025–2027"): either end


@dataclass(frozen=True)
class _Roles:
    """The roles an indicator's quote gives its numbers (`_roles`), by where each number's
    first digit stands: its values' and its years' (a label's, "Målvärde 2027:", or one in
    parentheses after a value, "120 personer (2022)")."""

    values: dict[int, _Given]
    years: dict[int, _Given]

    def of(self, start: int) -> Optional[_Given]:
        return self.values.get(start) or self.years.get(start)

    def years_of(self, role: str) -> set[int]:
        """The years the quote gives `role`."""
        return {given.year for given in self.years.values() if given.role == role and given.year is not None}


@functools.lru_cache(maxsize=1024)
def _roles(quote: str) -> _Roles:
    """Which numbers of `quote` its labels give a role, read as a label's words lay them out,
    and no further: a label's year ("Målvärde 2027:", "Ingångsvärdet (2022) var"), the value
    right after a label and its colon, or after "är" ("Ingångsvärde: ca 120", "Ingångsvärdet
    är 120"), and the year in parentheses after that value and its unit ("120 personer
    (2022)", "1731 kr/invånare (2022, Kolada)"). Labels side by side, joined by "och" or a
    comma and closed by a colon, give the values after them one each in their order
    ("ingångsvärde och målvärde: 120 respektive 60"); as a table's header, without a colon,
    only where the row after them has as many values as they are ("Indikator Ingångsvärde
    2022 Målvärde 2027 Andel nöjda brukare 85 % 90 %", not "Meritvärde åk 9 225 230"). A
    number anywhere else ("60 personer, jämfört med 120 personer 2022") has no role (what
    "från … till" says is a warning's: `_from_to_roles`)."""
    tokens = _tokens(quote)
    values: dict[int, _Given] = {}
    years: dict[int, _Given] = {}
    index = 0
    while index < len(tokens):
        if not _a_label(tokens, index):
            index += 1
            continue
        labels, index, headed = _label_group(tokens, index, quote)
        for given, year in labels:
            if year is not None:
                years[year.start] = given
        if labels:
            index = (_header_values if headed else _label_values)(tokens, index, [given for given, _ in labels],
                                                                  values, years)
    return _Roles(values, years)


def _tokens(quote: str) -> list[_Token]:
    return [_Token(match.lastgroup, match.start(), match.end(), match.group()) for match in _ROLE_TOKEN.finditer(quote)]


@functools.lru_cache(maxsize=1024)
def _from_to_roles(quote: str) -> dict[int, _Given]:
    """The roles "från X till Y" after a goal's verb gives the values of a quote whose labels
    give none (`_from_to_values`), by where each value's first digit stands."""
    roles = _roles(quote)
    return {} if roles.values or roles.years else _from_to_values(_tokens(quote))


# A goal's verb, in the infinitive or its passive, that may go from a value to another ("Minska
# antalet från ca 120 personer (2022) till 60 personer"): the first is its baseline, the second
# its target. A change the document reports ("har minskat från 150 till 120") has no such verb.
_GOAL_VERBS = frozenset({"minska", "minskas", "öka", "ökas", "sänka", "sänkas", "höja", "höjas", "halvera",
                         "halveras", "förbättra", "förbättras", "gå", "nå", "nås"})
# Words before the verb that make it no goal of the document's own: a change it reports ("har
# vi lyckats minska", "kunde sänkas", "var att minska", "lovade att minska"), a forecast ("väntas
# öka", "kommer att öka"), a condition ("om vi ska minska"), a negation ("får inte minska"),
# another's proposal refused ("nej till förslaget att höja") or another body's decision
# (`_DECIDED`).
_REPORTED = frozenset({"har", "hade", "kunde", "kunnat", "lyckats", "lyckades", "fått", "fick", "bidragit",
                       "bidrog", "var", "blev", "nåddes", "innebar", "medförde", "lovade", "tidigare", "väntas",
                       "förväntas", "beräknas", "bedöms", "kommer", "om", "inte", "ej", "aldrig", "nej", "förslag",
                       "förslaget", "förslagen", "avvisar", "avslår", "motsätter", "stoppa", "stoppar", "emot"})
# A decision taken, which reports the goal where another body took it ("Majoriteten beslutade att
# taxan ska höjas från …"), not where the plan's own may have ("Kommunfullmäktige beslutade att …").
_DECIDED = frozenset({"beslutade", "beslöt", "beslutat", "beslutats"})
# Words between the verb and "från" that begin a clause of its own, whose change "från … till"
# then is ("sänka taxan som majoriteten höjde från 300 till 350").
_A_CLAUSE_OF_ITS_OWN = frozenset({"som", "då", "när", "eftersom", "sedan", "vilket", "vilken", "vilka", "där"})
# Words after it in its sentence that report the goal reached ("… uppnåddes 2023").
_REACHED = frozenset({"uppnåddes", "nåddes", "nåtts", "uppnåtts", "infriades", "infriats", "klarades", "klarats",
                      "genomfördes", "höll"})
_TO_FROM = 6  # words from a goal's verb to its "från" ("Minska antalet hemlösa personer från")


def _from_to_values(tokens: list[_Token]) -> dict[int, _Given]:
    """The roles "från X till Y" after a goal's verb (`_GOAL_VERBS`, a few words before "från",
    in the same clause, where it states a goal: `_a_goals_from`) gives X and Y, a baseline's
    and a target's, by where each stands, in a quote that writes no other value; none after
    words that make it no goal of the document's own (`_REPORTED`: "har vi lyckats minska
    från"), before words that report it reached (`_REACHED`), or where either value reads like
    a year (`_from_to_pair`)."""
    given: dict[int, _Given] = {}
    if sum(1 for token in tokens if token.kind == "number" and not _A_YEAR.fullmatch(token.text)) != 2:
        return given  # "från 120 till 60 … Det nya målet är 40": which are the document's values now
    for index, token in enumerate(tokens):
        if token.text.casefold() == "från" and _a_goals_from(tokens, index) and (pair := _from_to_pair(tokens, index)):
            first, till, second = pair
            given[tokens[first].start] = _Given("baseline", token.text)
            given[tokens[second].start] = _Given("target", tokens[till].text)
    return given


def _a_goals_from(tokens: list[_Token], index: int) -> bool:
    """Whether the "från" at `index` follows a goal's verb a few words before it in its clause
    that states the document's own goal (`_a_goals_verb`, not `_reported`), with no clause of
    its own between them, and no word after it that reports the goal reached."""
    verb = index - 1
    while verb >= 0 and index - verb <= _TO_FROM and tokens[verb].kind == "word" \
            and tokens[verb].text.casefold() not in _GOAL_VERBS:
        verb -= 1
    if verb < 0 or index - verb > _TO_FROM or tokens[verb].text.casefold() not in _GOAL_VERBS:
        return False
    sentence_end = next((at for at in range(index, len(tokens)) if tokens[at].text in ".;!?"), len(tokens))
    return (_a_goals_verb(tokens, verb) and not _reported(tokens, verb)
            and not any(tokens[at].text.casefold() in _A_CLAUSE_OF_ITS_OWN for at in range(verb + 1, index))
            and not any(tokens[at].text.casefold() in _REACHED for at in range(index, sentence_end)))


def _from_to_pair(tokens: list[_Token], index: int) -> Optional[tuple[int, int, int]]:
    """From the "från" at `index`: its value, the "till" after its unit and year (in
    parentheses, after "år", or alone: "från 80 % 2022 till 90 % 2027") and the value after
    that, past words for about, now and bounds ("från idag ca 120 till högst 60"); None where
    either is a year ("från 2022 års nivå", "till 2027")."""
    first = _after_approximate_words(tokens, index + 1, _NOW)
    year = _value_year(tokens, first + 1) if first < len(tokens) else None
    till = _past_year(tokens, year) if year is not None else first + 1
    while till < min(first + 1 + _UNIT_WORDS, len(tokens)) and (
            tokens[till].kind in ("word", "other") or tokens[till].text == "/") and tokens[till].text.casefold() != "till":
        till += 1
    if (year is None and till + 1 < len(tokens) and tokens[till].kind == "number"
            and _A_YEAR.fullmatch(tokens[till].text) and tokens[till + 1].text.casefold() == "till"):
        till += 1
    second = _after_approximate_words(tokens, till + 1, _BOUNDS)
    if second >= len(tokens) or tokens[till].text.casefold() != "till" or any(
            tokens[at].kind != "number" or _A_YEAR.fullmatch(tokens[at].text) for at in (first, second)):
        return None
    return first, till, second


def _a_goals_verb(tokens: list[_Token], verb: int) -> bool:
    """Whether the verb at `verb` states the document's goal by where it stands: first in its
    sentence or list item ("Minska antalet …"), after "ska" ("Antalet ska minska"), or after
    a goal's "att" ("Målet är att minska", "har som mål att minska"); not where another's
    decision, wish or a past change frames it ("beslutade att höja", "Majoriteten vill höja",
    "lät hemlösheten öka", "i stället för att sänka"), nor after "ska" with another body before
    it (`_OTHER_BODIES`: "Regionen ska minska")."""
    words = [token.text.casefold() for token in tokens[max(verb - 3, 0):verb]]
    if words and words[-1] in ("ska", "skall"):  # not "Regionen ska minska vårdplatserna"
        return not _another_body([token.text.casefold() for token in tokens], verb - 1)
    if not words or words[-1] in _BEFORE_A_SENTENCE:
        return True
    return words[-1] == "att" and (words[-2:-1] in (["mål"], ["målet"], ["målsättningen"])
                                   or words[-3:-1] in (["mål", "är"], ["målet", "är"], ["målsättningen", "är"]))


def _another_body(words: list[str], verb: int) -> bool:
    """Whether the word before `words[verb]` (a verb: "ska", "beslutade") is a body other than
    the municipality's own (`_OTHER_BODIES`), alone its subject ("Regionen ska", not "Kommunen
    och regionen ska")."""
    return (verb >= 1 and words[verb - 1] in _OTHER_BODIES
            and not (verb >= 2 and words[verb - 2] in ("och", "samt", "eller", ",")))


# Bodies other than a municipality's own whose plans a document may state in a goal's words.
_OTHER_BODIES = frozenset({"regionen", "staten", "regeringen", "riksdagen", "landstinget", "länsstyrelsen", "majoriteten",
                           "styret", "oppositionen", "migrationsverket", "försäkringskassan", "arbetsförmedlingen"})
_BEFORE_A_SENTENCE = frozenset(".:;!?") | frozenset(LIST_MARKS)  # a sentence's end, a list item's mark ("✓ Minska …")


def _reported(tokens: list[_Token], verb: int) -> bool:
    """Whether a word of `_REPORTED` stands before the verb at `verb` in its clause (back to a
    full stop, colon or comma, a few words at most): "Under 2022 kunde kostnaden sänkas"; not
    "har" of "har som mål att". Or whether the verb names an effort ("Arbetet med att
    minska", "satsningen på att"), which may report what it did."""
    words = [token.text.casefold() for token in tokens]
    if verb >= 2 and words[verb - 1] == "att" and words[verb - 2] in ("med", "på"):
        return True
    for before in range(verb - 1, max(verb - _CLAUSE_WORDS, 0) - 1, -1):
        if words[before] in (".", ",", ";", ":", "!", "?"):
            return False
        if words[before] in _REPORTED and words[before + 1:before + 3] not in (["som", "mål"], ["som", "målsättning"]):
            return True
        if words[before] in _DECIDED and _another_body(words, before):
            return True
    return False


_CLAUSE_WORDS = 8


def _after_approximate_words(tokens: list[_Token], index: int, more: frozenset[str] = frozenset()) -> int:
    """The first token from `index` on that is no word for about ("ca", "cirka", "drygt"), nor
    one of `more`."""
    while index < len(tokens) and (tokens[index].text.casefold().strip(_AROUND_A_WORD) in APPROXIMATE_WORDS
                                   or tokens[index].text.casefold() in more):
        index += 1
    return index


_NOW = frozenset({"idag", "i", "dag", "nuvarande", "dagens", "dagsläget"})  # "från idag ca 120", "från i dag 120"
_BOUNDS = frozenset({"högst", "minst", "max", "maximalt", "som", "mest", "lägst", "under", "över"})  # "till högst 60"


def _a_label(tokens: list[_Token], index: int) -> bool:
    """Whether the token at `index` is a role's label: "Mål" only where a colon closes it,
    after its year if it has one ("Mål:", "Mål 2027:")."""
    kind = tokens[index].kind
    if kind != "goal":
        return kind in ("baseline", "target")
    after = index + 1
    while after < len(tokens) and (tokens[after].kind in ("open", "close")
                                   or tokens[after].text.casefold() in _BEFORE_A_LABELS_YEAR
                                   or tokens[after].kind == "number" and _A_YEAR.fullmatch(tokens[after].text)):
        after += 1
    return after < len(tokens) and tokens[after].kind == "colon"


def _label_group(tokens: list[_Token], index: int, quote: str) -> tuple[list[tuple[_Given, Optional[_Token]]], int, bool]:
    """The labels from `index` on, one or several side by side, each with its role, its words,
    its year and that year's token; where their values begin; and whether they are a table's
    header (side by side, no colon), whose values follow a row's label. No labels where a
    label's year may be its value ("Målvärde 2000 besök") or years follow one label for
    several ("för 2022 respektive 2027")."""
    labels: list[tuple[_Given, Optional[_Token]]] = []
    while index < len(tokens) and _a_label(tokens, index):
        label = tokens[index]
        after = index + 1
        parenthesised = False  # "Ingångsvärdet (2022) var 120": a year, not a value
        while after < len(tokens) and (tokens[after].text.casefold() in _BEFORE_A_LABELS_YEAR or tokens[after].kind == "open"):
            parenthesised = parenthesised or tokens[after].kind == "open"
            after += 1
        year, end, span = None, label.end, False
        if after < len(tokens) and tokens[after].kind == "number" and _A_YEAR.fullmatch(tokens[after].text):
            year, end, after = tokens[after], tokens[after].end, after + 1
            if _a_year_span(tokens, after - 1):  # "Ingångsvärde 2022/23:": a school year, the label's
                span, end, after = True, tokens[after + 1].end, after + 2
            while after < len(tokens) and tokens[after].kind == "close":
                end, after = tokens[after].end, after + 1
        else:
            after = index + 1
        given = _Given("baseline" if label.kind == "baseline" else "target", quote[label.start:end],
                       int(year.text) if year and not span else None)
        following = tokens[after] if after < len(tokens) else None
        joined = after
        while joined < len(tokens) and (tokens[joined].kind == "join" or tokens[joined].text in _DASHES):
            joined += 1  # "Ingångsvärde – målvärde: 120 – 60"
        if year is not None and joined > after and joined < len(tokens) and tokens[joined].kind == "number":
            return [], joined, False  # "målvärde för 2022 respektive 2027": whose year is whose
        if following is not None and following.kind == "colon":
            labels.append((given, year))
            return labels, after + 1, False
        if joined < len(tokens) and _a_label(tokens, joined):
            labels.append((given, year))
            index = joined
            continue
        if year is not None and not labels and not (
                parenthesised or following is not None and following.text.casefold() in _TO_A_VALUE):
            return [], after, False  # "Målvärde 2000 besök": its year or its value
        value = _after_approximate_words(tokens, after)  # "målnivån ca 120"
        if (year is None and not labels and value < len(tokens) and tokens[value].kind == "number"
                and label.text[-1:].casefold() in ("n", "t") and label.text[:1].islower() and index
                and tokens[index - 1].kind == "word" and tokens[index - 1].text[:1].islower()):
            return [], after, False  # "Andel brukare som når målnivån 45 %": a definite word inside a phrase names
        labels.append((given, year))
        return labels, after, len(labels) > 1 and not (following and following.text.casefold() in _TO_A_VALUE)
    return labels, index, False


def _a_year_span(tokens: list[_Token], index: int) -> bool:
    """Whether the year at `index` begins a span of years ("2022/23", "2022/2023", "2022–23")."""
    return (index + 2 < len(tokens) and tokens[index + 1].text in ("/", "-", "\u2013")
            and tokens[index + 2].kind == "number" and re.fullmatch(r"\d\d(?:\d\d)?", tokens[index + 2].text) is not None)


def _span_end(tokens: list[_Token], index: int) -> Optional[int]:
    """The later year a span from the year at `index` runs to, written whole or by its last two
    digits a few years on, as `_years_written` reads it: "2025–2027", "2025 - 2027", "2022/2023",
    "2025–27"; None where none does ("år 2023 – 10 procentenheter", "2027–25", "2022/23")."""
    if not _a_year_span(tokens, index):
        return None
    first, last = tokens[index].text, tokens[index + 2].text
    if len(last) == 2 and not (tokens[index + 1].text != "/"
                               and tokens[index].end == tokens[index + 1].start == tokens[index + 2].start - 1
                               and (index + 3 == len(tokens) or tokens[index + 3].kind != "word")):
        return None  # "år 2025 – 40 personer", "år 2025–30 personer": a value; "2022/23": a school year
    end = int(last if len(last) == 4 else first[:2] + last)
    return end if 0 < end - int(first) and (len(last) == 4 or end - int(first) <= 10) else None


def _value_year(tokens: list[_Token], index: int, measured: bool = True) -> Optional[int]:
    """Where a value's year stands, after its unit, from the token after the value at `index`:
    in parentheses ("personer (2022)", "kr/invånare (2022, Kolada)", after when it was measured
    where `measured`, its label giving no year: "(mätt 2022)", "(december 2022)",
    `_a_measurements_time`) or after "år" ("personer år 2022."); None where none follows. A
    year alone after the unit is read only where it ends
    the value's sentence or stands before a parenthesis (`_a_year_alone_after`): three reviews
    found it elsewhere a comparison's or a name's as often as the value's ("jfr 1990", "Agenda
    2030", "2019-nivån")."""
    for unit in range(index, min(index + _UNIT_WORDS + 1, len(tokens))):
        if (unit + 2 < len(tokens) and tokens[unit].kind == "open" and tokens[unit + 1].kind == "number"
                and _A_YEAR.fullmatch(tokens[unit + 1].text) and tokens[unit + 2].kind in ("close", "join")):
            return None if _a_year_span(tokens, unit + 1) else unit + 1  # "(2022/2023)": either end
        if measured and tokens[unit].kind == "open":  # "(mätt 2022)", "(december 2022)"
            year = next((at for at in range(unit + 2, min(unit + 6, len(tokens) - 1)) if tokens[at].kind != "word"), None)
            if (year is not None and tokens[year].kind == "number" and _A_YEAR.fullmatch(tokens[year].text)
                    and _a_measurements_time(tokens[unit + 1:year]) and _closes_with_words(tokens, year + 1)):
                return year
        if (unit + 1 < len(tokens) and tokens[unit].text.casefold() == "år" and tokens[unit + 1].kind == "number"
                and _A_YEAR.fullmatch(tokens[unit + 1].text)
                and (unit + 2 == len(tokens) or tokens[unit + 2].kind != "colon")):
            return unit + 1  # also a span's first year, "år 2025–2027" (`_give`)
        if not (tokens[unit].kind in ("word", "other") or tokens[unit].text == "/"):
            return None
    return None


def _closes_with_words(tokens: list[_Token], index: int) -> bool:
    """Whether a parenthesis closes at `index`, or after a comma and words alone ("(mätt 2022,
    Kolada)"; not "(mätt 2021 och 2022)", "(hösten 2019, före pandemin: 150 personer)", whose
    year is not the value's alone)."""
    if index < len(tokens) and tokens[index].kind == "close":
        return True
    if index >= len(tokens) or tokens[index].text != ",":
        return False
    close = next((at for at in range(index + 1, len(tokens)) if tokens[at].kind != "word"), len(tokens))
    return close < len(tokens) and tokens[close].kind == "close"


def _give(tokens: list[_Token], index: int, given: _Given, values: dict[int, _Given], years: dict[int, _Given]) -> int:
    """Give the value at `index`, and the year after it (`_value_year`; or written alone after
    its unit, `_a_year_alone_after`, where its label gives none), `given`'s role; the token
    after them."""
    year = _value_year(tokens, index + 1, measured=given.year is None)  # not "Ingångsvärde 2023: 120 (avser 2022)"
    if year is None and given.year is None:
        year = _a_year_alone_after(tokens, index + 1, strict=True)  # "Målvärde: 60 personer 2027 (Kolada)"
    own = _Given(given.role, given.label, int(tokens[year].text) if year is not None else given.year)
    if year is not None and tokens[year - 1].text.casefold() == "år" and (until := _span_end(tokens, year)):
        own = own._replace(until=until)  # "år 2025–2027", "år 2025–27": either end is its year
        years[tokens[year + 2].start] = own._replace(year=own.until)
    values[tokens[index].start] = own
    if year is None:
        return index + 1
    years[tokens[year].start] = own
    return year + 3 if own.until else _past_year(tokens, year)


def _past_year(tokens: list[_Token], year: int) -> int:
    """The token after a value's year at `year` and the parenthesis closing it, if one does
    ("(2022)", not "år 2022" nor "2022.")."""
    return year + 2 if year + 1 < len(tokens) and tokens[year + 1].kind == "close" else year + 1


def _label_values(tokens: list[_Token], index: int, labels: list[_Given], values: dict[int, _Given],
                  years: dict[int, _Given]) -> int:
    """Give the values from `index` on to `labels`, one each in their order, each right after
    the label and its colon or the one before it and its unit, and to a target's label alone
    the values joined to its own by "och" or a comma that have their own, later years, its
    steps ("Målvärde: 90 personer (2025) och 60 personer (2027)"); where the reading stopped."""
    between = 0
    alone = []  # the years written alone after each value but the last, before the next ("2022 respektive")
    for number, given in enumerate(labels):
        skipped, own_years = 0, []
        while index < len(tokens) and (tokens[index].kind != "number"
                                       or number and _a_year_before_the_next(tokens, index, own_years)):
            text = tokens[index].text.casefold()
            if _a_label(tokens, index) or skipped > between:
                return index
            if tokens[index].kind == "number":
                own_years.append(index)
            if not (text in _TO_A_VALUE or text.strip(_AROUND_A_WORD) in APPROXIMATE_WORDS
                    or number and tokens[index].kind == "join"
                    or number and _in_a_time_of_year(tokens, index, own_years)):
                skipped += 1
            index += 1
        if index == len(tokens) or skipped > between:
            return index
        if number:
            alone.append((last, own_years))
        last = index
        index = _give(tokens, index, given, values, years)
        between = _UNIT_WORDS  # a unit, and "och" or "respektive", before the next label's value
    # Each value's own year where none but the last has another: the last's after it.
    if alone and all(len(found) == 1 and values[tokens[value].start].year is None
                     and _a_unit_between(tokens, value + 1, found[0], strict=False) for value, found in alone):
        after = _a_year_alone_after(tokens, index, strict=False)
        if after is not None:
            alone.append((last, [after]))
            index = after + 1
        for value, (year,) in alone:
            if values[tokens[value].start].year is None:
                values[tokens[value].start] = own = values[tokens[value].start]._replace(year=int(tokens[year].text))
                years[tokens[year].start] = own
    # A target's steps, each with a later year: "Målvärde: 90 personer (2025) och 60 personer (2027)".
    steps_from = (values[tokens[last].start].until or values[tokens[last].start].year
                  if labels[0].role == "target" and len(labels) == 1 else None)
    chain, end = [], index
    while steps_from is not None and end < len(tokens) and tokens[end].kind == "join":
        value = _after_approximate_words(tokens, end + 1)
        year = _value_year(tokens, value + 1) if value < len(tokens) else None
        if (year is None or tokens[value].kind != "number" or _A_YEAR.fullmatch(tokens[value].text)
                or int(tokens[year].text) <= steps_from):
            break  # also a quote that ends at the join ("… (2022),"), or a year before the last ("100 % år 2027, 85 % år 2022")
        chain.append(value)
        steps_from, end = int(tokens[year].text), _past_year(tokens, year)
    # Only a series that ends there: not "…, 60 personer (2027) är målet", "… (2022) som utgångsläge",
    # nor one a parenthesis follows ("60 personer (2027), ca 120 personer (2022) (Kolada)": whose).
    if chain and (end == len(tokens) or tokens[end].text in ".;" or _a_label(tokens, end)):
        for value in chain:
            _give(tokens, value, labels[0], values, years)
        return end
    return index


def _a_year_alone_after(tokens: list[_Token], index: int, strict: bool) -> Optional[int]:
    """Where a year written alone stands after a value's unit, from the token after the value at
    `index` on, ending the quote or its sentence, before a parenthesis ("60 personer 2027
    (Kolada)") or a comma and words ("2027, enligt Kolada"); None where none does. `strict`
    for a single label's value (`_a_unit_between`)."""
    for at in range(index, min(index + _UNIT_WORDS + 5, len(tokens))):  # and a time of year, "i slutet av december"
        if tokens[at].kind == "number":
            following = tokens[at + 1] if at + 1 < len(tokens) else None
            after = tokens[at + 2] if at + 2 < len(tokens) else None
            return at if _A_YEAR.fullmatch(tokens[at].text) and _a_unit_between(tokens, index, at, strict) and (
                following is None or following.kind == "open" and not _a_label_after_parentheses(tokens, at + 1)
                or following.text in ".;" or following.text == "," and after is not None and after.kind == "word") else None
        if tokens[at].kind != "word":
            return None
    return None


def _a_label_after_parentheses(tokens: list[_Token], index: int) -> bool:
    """Whether the parenthesis opening at `index` closes before a colon: the year before it heads
    what follows ("60 personer 2025 (halvtid): 90 personer", where a pdf's line broke)."""
    close = next((at for at in range(index + 1, len(tokens)) if tokens[at].kind == "close"), None)
    return close is not None and close + 1 < len(tokens) and tokens[close + 1].kind == "colon"


def _a_unit_between(tokens: list[_Token], start: int, end: int, strict: bool) -> bool:
    """Whether the tokens from `start` to `end` are at most a value's unit: two words in small
    letters or signs, none that compares or names ("jämfört med 2018", "som 2018", "enligt
    Agenda 2030"), and the time of the year they may end with (`_a_time_of_year`: "i
    december"), so that the year after them is the value's own. `strict`, for a single label's
    value, whose year alone this session's reviews found to be another clause's as often: nor a
    verb's passive ("beslutades 2023", "utvärderas 2025", "antogs"; not a unit's genitive,
    "dagars väntetid") nor a sentence's end (a full stop, but an abbreviated unit's: "pers.").
    Values side by side ("… 2022 respektive …") keep the reading they had before."""
    between = tokens[start:end]
    time = next((at for at in range(len(between)) if _a_time_of_year(between[at:])), len(between))
    return time <= 2 and all(token.kind in ("word", "other") and not token.text[:1].isupper()
                             and token.text.casefold().rstrip(".") not in _NOT_A_UNIT
                             and not (strict and re.search(r"[^\W\d_]{3}(?:as|des|tes|ts|gs)\Z", token.text))
                             for token in between[:time]) \
        and not (strict and any(token.text[-1:] in ".:;" and token.text.casefold() not in _ABBREVIATED_UNITS
                                for token in between[:time]))  # "60 personer. 2025 (halvtid) …": the next sentence's


def _a_time_of_year(words: list[_Token], opening: bool = False) -> bool:
    """Whether `words`, before a year, say when in it a value was measured: "i december",
    "under hösten", "per december", "i slutet av", "hösten"; a month or season, not "under"
    alone, which may be "below" ("5 procentenheter under 2022"). `opening` where they open a
    parenthesis, whose first word may have a capital ("(Hösten 2027)")."""
    if any(word.text[:1].isupper() for word in words[1 if opening else 0:]):
        return False  # "60 personer. Hösten 2025 görs …", "… I december 2025": the next sentence's
    said = [word.text.casefold() for word in words]
    if said in (["i", "slutet", "av"], ["i", "början", "av"], ["vid", "utgången", "av"]):  # not "under", also "below"
        return True
    while said and said[0] in _TIME_LEADS:
        said = said[1:]
    return len(said) == 1 and (said[0] in MONTHS or said[0] in _SEASONS or said[0] in _MONTHS_SHORT)


def _a_measurements_time(words: list[_Token]) -> bool:
    """Whether `words`, in parentheses before a year, say when a value was measured: a time of
    year (`_a_time_of_year`: "(december 2022)", "(Hösten 2027)"), after a word for measured or not ("(mätt
    2022)", "(mätt i december 2022)", "(avser 2022)")."""
    said = [word.text.casefold() for word in words]
    if said[:1] in (["mätt"], ["uppmätt"], ["mätning"], ["avser"]):
        return len(said) == 1 or _a_time_of_year(words[1:])
    return _a_time_of_year(words, opening=True)


def _in_a_time_of_year(tokens: list[_Token], index: int, skipped: Collection[int]) -> bool:
    """Whether the word at `index` is one of the words that say when in a year written alone
    after a value and before the next value (`_a_time_of_year`, `_a_year_before_the_next`:
    "120 personer i december 2022 respektive …"; not "…, mätt i december 2022, respektive",
    nor "… personer. I december 2023 och 2024 …", the words taken whole)."""
    end = next((at for at in range(index + 1, min(index + 5, len(tokens)))
                if tokens[at].kind == "number" and _A_YEAR.fullmatch(tokens[at].text)), None)
    if end is None:
        return False
    start = end
    while start > 0 and end - start < 4 and tokens[start - 1].text.casefold() in _TIME_WORDS:
        start -= 1
    return start <= index and _a_time_of_year(tokens[start:end]) and _a_year_before_the_next(tokens, end, skipped)


_MONTHS_SHORT = frozenset({"jan.", "feb.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec."})
_SEASONS = frozenset({"våren", "sommaren", "hösten", "vintern", "vårterminen", "höstterminen"})
_TIME_LEADS = frozenset({"i", "per", "vid", "under", "slutet", "början", "mitten", "utgången", "av"})
_TIME_WORDS = _TIME_LEADS | frozenset(MONTHS) | _SEASONS | _MONTHS_SHORT


# Words after a value that make a year after them no year of its own: a comparison, a source.
_NOT_A_UNIT = frozenset({"jämfört", "jämför", "med", "som", "än", "enligt", "jfr", "jmf", "vs", "versus", "kontra",
                         "gentemot", "relativt", "motsvarande", "likt", "liksom", "mot", "sedan", "före", "innan",
                         "inför", "efter", "till", "från", "i", "under", "över", "av", "per", "inom", "vid"})
# Units written short with a full stop, which ends no sentence ("ca 120 pers. 2022 respektive …").
_ABBREVIATED_UNITS = frozenset({"pers.", "st.", "kr.", "tkr.", "mkr.", "mnkr.", "milj.", "mdr.", "inv.", "tim.", "min.",
                                "ggr.", "hush.", "elev.", "kvm.", "mån.", "dgr.", "lgh.", "km.", "proc.", "v.",
                                "veck.", "ans.", "bes.", "ärend.", "årsarb.", "anst.", "bost."})


def _a_year_before_the_next(tokens: list[_Token], index: int, skipped: Collection[int] = ()) -> bool:
    """Whether the number at `index`, among a label group's values, is a year written alone
    after the value before it, "respektive" or "och" and the next value after it ("ca 120
    personer 2022 respektive 60 personer 2027", also a list of them, "2022 och 2023 respektive"):
    no value of the next label's. Not a number right after a join but after such a year (among
    `skipped`), which is the next value ("120 respektive 2000, …", "1950, 2000 respektive 2050"),
    nor one before a slash ("2022/23")."""
    after = _after_approximate_words(tokens, index + 2) if index + 2 < len(tokens) else len(tokens)
    return (_A_YEAR.fullmatch(tokens[index].text) is not None and index + 1 < len(tokens)
            and (tokens[index - 1].kind != "join" or index - 2 in skipped)
            and tokens[index + 1].text != "/"
            and tokens[index + 1].kind == "join" and after < len(tokens) and tokens[after].kind == "number")


def _header_values(tokens: list[_Token], index: int, labels: list[_Given], values: dict[int, _Given],
                   years: dict[int, _Given]) -> int:
    """Give a table header's labels the values of the row after it, one each in their order,
    where the row (to the next label or the quote's end) has as many values as they are, not
    counting a year in parentheses after a value; where the row ends."""
    end = next((at for at in range(index, len(tokens)) if _a_label(tokens, at)), len(tokens))
    numbers, at = [], index
    while at < end:
        if tokens[at].kind == "number":
            numbers.append(at)
            year = _value_year(tokens, at + 1)
            at = _past_year(tokens, year) if year is not None else at + 1
        else:
            at += 1
    if len(numbers) == len(labels):
        for at, given in zip(numbers, labels):
            _give(tokens, at, given, values, years)
    return end


@functools.lru_cache(maxsize=64)
def _years_written(text: str) -> frozenset[int]:
    """Every number of four digits `text` writes as a number of its own, and the later year of a
    span it writes by its last two digits, a few years on ("2025–27"; not a date's month,
    "2023-12-14", nor a case number's, "2024/45"): the years it can give (a source's, read once
    for all its plan's values)."""
    spans = ((int(found.group(1)), int(found.group(1)[:2] + found.group(2))) for found in re.finditer(
        r"(?<![\d,.\-/])((?:19|20)\d\d)[-\u2013](\d\d)(?![\d\-/]|[,.]\d|\s*[^\W\d_])", text))
    written = {int(found.group()) for found in re.finditer(r"(?<![\d,.])\d{4}(?![\d]|[,.]\d)", text)}
    return frozenset(written | {end for first, end in spans if 0 < end - first <= 10})


def _year_places(text: str, year: int) -> list[int]:
    """Where `text` writes `year` as a number of its own."""
    return [found.start() for found in re.finditer(_year_pattern(year), text)]


def _year_pattern(year: int) -> str:
    return rf"(?<![\d,.]){year}(?![\d]|[,.]\d)"


def check_indicator_years_quoted(inputs: Inputs) -> list[LocatedError]:
    """An indicator's value's `year` stands in its source as a number of its own: in the
    item's quote ("Ingångsvärde: 120 personer (2022)", "Målvärde 2027: 60") or, where the
    document gives it once for all its indicators ("Indikatorerna är framtagna för år 2027"),
    elsewhere in it. The site shows it beside the value, and marks a target whose year has
    passed. A source that did not load is reported by loading, and its plan's years not read."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        for loc, entry in _items_with(plan.value, "indicator"):
            for name, measure_ in _measures(entry.indicator):
                if measure_.year is None or measure_.year in _years_written(source.normal) or \
                        _year_places(entry.quote, measure_.year):
                    continue
                errors.append(plan.error(loc + ("indicator", name, "year"), (
                    f"året {measure_.year} står varken i citatet på rad {plan.position(loc + ('quote',)).line} i planen "
                    f"eller någon annanstans i {archive}: {cited(shorten(entry.quote))}."),
                    coded("Skriv året som dokumentet ger för värdet, helst så att citatet tar med det. Säger dokumentet "
                          "inte vilket år värdet gäller, ta bort `year`.")))
    return errors


def check_indicator_roles_quoted(inputs: Inputs) -> list[LocatedError]:
    """An indicator's baseline and target are the values its quote gives those roles
    (`_roles`): a value or year the quote writes only where a label of the other role gives it
    ("Målvärde 2027: 60" for a baseline of 60) is refused, and so is a value the quote writes
    only as a label's year ("Målvärde 2027:") and a year other than the one the quote gives
    the value's role, where the quote does not write it. A value or year the quote also writes
    without a role, or in its own, passes. Where the quote's labels give a value no role, the
    headings of the table columns it stands in may (`_column_roles`: the quote is a row, its
    table's header above it in the source), and are held to the same way. A value or year the
    quote does not write is `check_figures_quoted`'s and `check_indicator_years_quoted`'s, as
    is a year the source does not write."""
    errors = []
    sources = _sources_by_plan(inputs)
    for plan in inputs.plans:
        for loc, entry in _items_with(plan.value, "indicator"):
            roles = _roles(entry.quote)
            where = functools.partial(_plans_quote, plan, loc)
            in_tables = None
            for name, measure_ in _measures(entry.indicator):
                starts = [start for start, _ in _places(entry.quote, _written(str(measure_.value), measure_.decimal))]
                values = [start for start in starts if start not in roles.years]
                shown = _shown(measure_.value, measure_.decimal)
                if starts and plan.path in sources and not any(roles.of(start) for start in starts):
                    archive, source = sources[plan.path]  # no label of the quote's: a column's heading may give one
                    in_tables = _column_roles(source, entry.quote) if in_tables is None else in_tables
                    if missed := _column_role_missed(plan, loc + ("indicator", name), name, measure_, len(starts),
                                                     in_tables, archive, source, entry.quote):
                        errors += missed
                        continue
                if starts and not values:
                    errors.append(plan.error(loc + ("indicator", name, "value"), (
                        f"talet {shown} står i {where()} bara som ett år (vid {cited(roles.years[starts[0]].label)}), inte "
                        f"som ett värde: {cited(shorten(entry.quote))}."),
                        coded("Skriv värdet som står efter rubriken, och året i `year`.")))
                elif said := _other_role(roles, values, name):
                    errors.append(plan.error(loc + ("indicator", name, "value"), (
                        f"värdet {shown} är {_ROLE_NAMES[name]} här, men {where()} skriver det "
                        f"bara som {_ROLE_NAMES[_OTHER_ROLE[name]]} (efter {cited(said)}): {cited(shorten(entry.quote))}."),
                        ROLE_HINT))
                elif measure_.year is not None and (plan.path not in sources
                                                    or measure_.year in _years_written(sources[plan.path][1].normal)):
                    errors += _role_year_missed(plan, loc + ("indicator", name), name, measure_, roles, values,
                                                entry.quote, where)
    return errors


# --- an indicator quoted from a table's row: the role its column's heading gives a value ----
class _Column(NamedTuple):
    """A cell of a table's row that a quote reaches into and that holds one figure: its words
    within the quote, the role and year its column's heading gives (`_heading_role`), and the
    lines of that heading and of the row."""

    words: str
    given: _Given
    header: int
    row: int


# A column's heading that gives a role: the label alone ("Målvärde", "Mål" only with a year),
# with its year or school year, and a unit in parentheses or after a comma ("Ingångsvärde 2022
# (personer)", "Utgångsläge 2022, personer", "Nuläge (2022)", "Mål 2027 (%)"); nothing more,
# so that neither a row's text ("Ingångsvärde tas fram 2024") nor a heading of two measures
# ("Mål/utfall 2023", "Målvärde 2027 jämfört med ingångsvärde 2022") gives one.
_ROLE_HEADING = lazy_regex.compile(
    rf"(?:(?P<baseline>{_label_words(_BASELINE_WORDS)})|(?P<target>{_label_words(_TARGET_WORDS)})"
    r"|(?P<goal>(?:del)?mål))(?:na|en|et|t|n)?"
    r"(?:(?:,\s*|\s+|(?=\())(?:[^\W\d_]{1,9}\.?\s+)?\(?(?P<year>(?:19|20)\d\d)"  # "2027", "år 2027", "till 2027", "dec 2022"
    r"(?:(?P<date>-\d\d-\d\d)|(?P<span>\s*[/\u2013-]\s*\d\d(?:\d\d)?))?\)?)?"
    r"(?:\s+[^\W\d_]+)?"  # "kvinnor", "totalt"
    r"(?:\s*\([^()]{1,30}\)|,\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)|\s*%)?\s*:?", re.IGNORECASE)
_HEADING_YEARS = lazy_regex.compile(r"\(?(?:19|20)\d\d\)?")  # a header's second line, its years alone: "\t2022\t2027"
# A line of another table's header, where the lines with tabs above a row are read no further:
# its first cell names the rows ("Indikator", "Nyckeltal", "Fokusområde", "Åtgärd"), or another cell is a heading of a
# kind that gives no role ("Utfall 2023", "Mål", "Källa") or holds a year ("2023", "Basår 2023").
_ROWS_HEADING = lazy_regex.compile(r"(?:indikator|nyckeltal|mått|mätetal|målindikator|resultatindikator|resultatmått)"
                           r"(?:er|erna|en|et)?\W*", re.IGNORECASE)
# A first cell that names the rows by what they are about: a header's only where it begins with
# a capital and has two headings or more beside it (`_another_header`), not a group's row or a
# description's ("Fokusområde\tBostad", "Beskrivning\tMåttet visar …").
_ROWS_NAMED = lazy_regex.compile(r"(?:(?:fokus|mål|verksamhets)?område|aktivitet|åtgärd|insats|uppdrag|strategi"
                         r"|verksamhet|kvalitetsfaktor|nämndmål)(?:er|erna|en|et|n|na)?\W*", re.IGNORECASE)
_OTHER_HEADING = lazy_regex.compile(r"(?:utfall|prognos|basår|målsättning|önskat läge|trend|kommentar|källa|datakälla|enhet"
                            r"|status|mål|ansvar|ansvarig|riktvärde|senaste mätning|mätning|resultat|jämförelse"
                            r"|förändring|riket|länet)(?:\W.*)?|.*(?<!\d)(?:19|20)\d\d(?!\d).*", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # tables repeat their headings
def _heading_role(heading: str) -> Optional[_Given]:
    """The role a table's column heading gives the values under it, and the year it gives
    them (none for a school year, "2022/23"), where it is a role's heading (`_ROLE_HEADING`;
    a footnote's mark after it aside)."""
    text = normalise(heading).rstrip(FOOTNOTE_MARKS + "*").strip()
    found = _ROLE_HEADING.fullmatch(text)
    if found is None or found.group("goal") and not found.group("year"):
        return None
    year = int(found.group("year")) if found.group("year") and not found.group("span") else None
    if len(set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text))) > 1:
        year = None  # "Ingångsvärde 2023 (avser 2022)": which year is the value's
    return _Given("baseline" if found.group("baseline") else "target", text, year)


def _another_header(line: str) -> bool:
    """Whether a line with tabs that gives no role is a table's header (`_ROWS_HEADING`,
    `_OTHER_HEADING`), not a row of figures or of text: a heading over the rows that names
    what they are about (`_ROWS_NAMED`) begins with a capital and has headings beside it (not
    a label's last word on a line of its own, "verksamheten", a group's row, "Insatser", or a
    unit's line, "Område\t(antal)")."""
    cells = [" ".join(cell.split()) for cell in line_cells(line)]
    rows_named = _ROWS_HEADING.fullmatch(cells[0]) is not None or (
        _ROWS_NAMED.fullmatch(cells[0]) is not None and cells[0][:1].isupper()
        and sum(1 for cell in cells[1:] if cell and not cell.startswith("(")) > 1)
    return not _figure_row(line) and (rows_named or any(_OTHER_HEADING.fullmatch(cell) for cell in cells[1:] if cell))


def _header_over(source: SourceText, row: int) -> Optional[tuple[int, list[str], list[Optional[_Given]]]]:
    """The header over a table's row `row` (1-based), its cells and the role each gives: the
    nearest line above it with a role's heading (`_heading_role`), within the lines with tabs
    right above the row, past rows of text, a unit's line or a header's second line, and not
    past another header (`_another_header`: a table above it, stacked without an empty line);
    else the nearest line of two cells or more over it, past subheadings (`_head_lines`). A
    second line of years alone under the header gives them to its headings ("Ingångsvärde\t
    Målvärde" over "\t2022\t2027"), and a header a pdf broke at a hyphen is read joined
    (`_hyphen_header`)."""
    raw_lines = source.lines
    number = _role_heading_above(source, row - 1)
    if number is None:
        return None
    if not number:
        number = next((line for line in _head_lines(source, row) if _cell_count(raw_lines[line - 1]) > 1), 0)
        if any(_A_HEADER_WITHOUT_TABS.match(raw_lines[line - 1]) for line in range(number + 1, row)):
            return None  # another table's header that lost its tabs ("Nyckeltal Mål Utfall 2023") is nearer
    split = _hyphen_header(source, number) if number else []
    headings = split or (line_cells(raw_lines[number - 1]) if number else [])
    givens = [_heading_role(cell) for cell in headings]
    if any(not _A_YEAR.fullmatch(found) for heading in headings for found in re.findall(_A_NUMBER, heading)):
        return None  # a label and its figure on each line ("Nuläge\tca 120 personer (2022)"): no header
    if not any(givens):
        return None
    under = number + 1 if split else number  # the header's last line
    below = line_cells(raw_lines[under]) if under + 1 < row else []
    if len(below) == len(givens) and _years_line(raw_lines[under]):
        givens = [given._replace(year=int(_A_YEAR.search(year).group()), label=f"{given.label} {year.strip()}")
                  if given and given.year is None and year.strip() else given for given, year in zip(givens, below)]
    return number, headings, givens


def _role_heading_above(source: SourceText, line: int) -> Optional[int]:
    """The line (1-based) from `line` up, within the lines with tabs, with a role's heading;
    None past another header (`_another_header`), 0 where the lines with tabs end first. The
    walk is `_run_end`'s, kept with the source, so the rows of a long table do not walk it
    again each."""
    number = _run_end(source, "lines under a role's heading", line, -1, _under_a_role_heading)
    text = source.lines[number - 1] if number >= 1 else ""
    if "\t" not in text:
        return 0
    if any(map(_heading_role, line_cells(text))):
        return number
    # A header whose headings a pdf broke at a hyphen, where the walk stopped at either line.
    return next((top for top in (number, number - 1) if top >= 1 and any(map(_heading_role, _hyphen_header(source, top)))),
                None)


_BROKEN_AT_A_HYPHEN = lazy_regex.compile(r"[^\W\d_]-$")


def _hyphen_header(source: SourceText, top: int) -> list[str]:
    """The headings of a header a pdf wrote over two lines, breaking a heading at a hyphen
    ("Indikator\tIngångs-\tMålvärde" over "\tvärde 2022\t2027"), joined cell by cell, where
    line `top` (1-based) is its first line; else none. Not where the second line holds a figure
    other than a year, or goes on in small letters under a heading that is no broken word
    (the line shifted, or another heading's second line)."""
    lines = source.lines
    if top >= len(lines):
        return []
    upper, lower = [cell.strip() for cell in line_cells(lines[top - 1])], [cell.strip() for cell in line_cells(lines[top])]
    if len(upper) != len(lower) or "\t" not in lines[top] or not any(_BROKEN_AT_A_HYPHEN.search(cell) for cell in upper):
        return []
    if any(not _A_YEAR.fullmatch(found) for cell in lower for found in re.findall(_A_NUMBER, cell)) or any(
            under[:1].islower() and not _BROKEN_AT_A_HYPHEN.search(over) for over, under in zip(upper, lower)):
        return []  # a row of figures under the header, or a second line shifted ("Indikator" over "värde 2022")
    return [over[:-1] + under if _BROKEN_AT_A_HYPHEN.search(over) else " ".join(filter(None, (over, under)))
            for over, under in zip(upper, lower)]


def _under_a_role_heading(line: str) -> bool:
    """Whether a walk up to a role's heading goes past `line`: a line with tabs that has none,
    and is no other table's header (a header's second line of years is passed)."""
    return ("\t" in line and not any(map(_heading_role, line_cells(line)))
            and (not _another_header(line) or _years_line(line)))


def _years_line(line: str) -> bool:
    """Whether a line's cells with text are years alone: a header's second line."""
    cells = [cell.strip() for cell in line_cells(line)]
    return any(cells) and all(not cell or _HEADING_YEARS.fullmatch(cell) for cell in cells)


def _aligned(headings: list[str], givens: list[Optional[_Given]], row: list[str]) -> Optional[int]:
    """Where a header's cells stand over a row's (empty cells at the ends of either aside): 0
    one for one, 1 from the row's second cell (a header without a heading over the rows'
    labels: it begins with a value's heading, not a goals' column's "Mål 2024", and the row
    with a label, not a figure, and has one cell more; a row of figures alone reaches the last
    role's heading); None
    where they may stand otherwise: a row indented under another (its first cell empty, its
    second text), or a row with more or fewer cells than the header has headings (a column
    the row leaves out, or a list's bullet it lost, tell nothing of where)."""
    heads, cells = _filled(headings), _filled(row)
    if givens[0] is not None and not _A_GOALS_HEADING.match(givens[0].label):
        if not row[0].strip():
            return None
        if _a_figure_cell(" ".join(row[0].split())):
            last = max(index for index, given in enumerate(givens) if given)
            return 0 if last < cells <= heads else None
        return 1 if cells == heads + 1 else None  # a label first: "Saknas" over an empty baseline is no label
    if not row[0].strip() and len(row) > 1 and row[1].strip() and not _a_figure_cell(" ".join(row[1].split())):
        return None
    return 0 if cells == heads else None


# A header whose cells a pdf's text joined with spaces: it names the rows, or holds a year and
# no colon (not "Kommunfullmäktiges mål 2024–2027: …", nor a line of years alone).
_A_HEADER_WITHOUT_TABS = lazy_regex.compile(r"(?![\d\s()]*$)[^\t:]*(?<!\d)(?:19|20)\d\d(?!\d)[^\t:]*$"
                                    r"|\s*(?:indikator|nyckeltal|mått|mätetal)(?:er|erna|en)?\s[^\t]*$", re.IGNORECASE)
# A goals' column's heading ("Mål 2024", "Delmål 2025"): it may head the rows' labels, as
# "Indikator" does, so a header that begins with it is read one for one.
_A_GOALS_HEADING = lazy_regex.compile(r"(?:del)?mål(?:en|et)?(?!\w)", re.IGNORECASE)


def _filled(cells: list[str]) -> int:
    """How many cells there are up to the last with text."""
    count = len(cells)
    while count and not cells[count - 1].strip():
        count -= 1
    return count


def _column_roles(source: SourceText, quote: str) -> list[list[_Column]]:
    """For each place `quote` stands in `source`, the cells of tables' rows it reaches into
    that hold one figure (a year in parentheses aside) and whose column's heading gives a role
    (`_header_over`, `_aligned`). Empty lists where the quote stands in no table, or no header's
    cells stand over its row's."""
    raw_lines = source.lines
    places = []
    for occurrence in source.occurrences(quote):
        reached = source.cells_reached(occurrence)
        headers = {line: _header_over(source, line) for line in dict.fromkeys(line for line, _, _ in reached)}
        own_headers = {header[0] for header in headers.values() if header}
        columns: list[_Column] = []
        for line, column, words in reached:
            if headers[line] is None or line in own_headers:
                continue  # no header, or the header of a row the quote goes on to
            header, headings, givens = headers[line]
            shift = _aligned(headings, givens, line_cells(raw_lines[line - 1]))
            given = givens[column - shift] if shift is not None and 0 <= column - shift < len(givens) else None
            if given is not None and len(re.findall(_A_NUMBER, _YEAR_IN_PARENTHESES.sub("", words))) == 1:
                columns.append(_Column(words, given, header, line))
        places.append(columns)
    return places


_YEAR_IN_PARENTHESES = lazy_regex.compile(r"\((?:19|20)\d\d\)")


def _column_role_missed(plan: Loaded, loc: tuple, name: str, measure_: model.Measure, quoted: int,
                        places: list[list[_Column]], archive: str, source: SourceText, quote: str) -> list[LocatedError]:
    """The error of a value that stands, everywhere the quote writes it (`quoted` places), in
    a table's column whose heading gives the other role ("Målvärde 2027" over a baseline); or
    of a year other than the one the headings of the columns the value stands in give it,
    where neither the quote, the row, nor the table's caption, note or a footnote the quote marks writes it. Where the quote stands in the
    source more than once, only if each place gives it."""
    errors = []
    for columns in places:
        found = _one_column_role_missed(plan, loc, name, measure_, quoted, columns, archive, source, quote)
        if not found:
            return []
        errors = errors or found
    return errors


def _one_column_role_missed(plan: Loaded, loc: tuple, name: str, measure_: model.Measure, quoted: int,
                            columns: list[_Column], archive: str, source: SourceText, quote: str) -> list[LocatedError]:
    written = _written(str(measure_.value), measure_.decimal)
    holding = [(cell, len(list(_places(cell.words, written)))) for cell in columns]
    other = [cell for cell, count in holding if count and cell.given.role != name]
    own = [cell for cell, count in holding if count and cell.given.role == name]
    shown = _shown(measure_.value, measure_.decimal)
    if other and sum(count for cell, count in holding if cell.given.role != name) >= quoted:
        return [plan.error(loc + ("value",), (
            f"värdet {shown} är {_ROLE_NAMES[name]} här, men i {archive} står det i kolumnen {cited(shorten(other[0].given.label, 60))} "
            f"(rubriken på rad {other[0].header}), som är tabellens {_ROLE_NAMES[_OTHER_ROLE[name]]}n: {cited(shorten(quote))}."),
            ROLE_HINT)]
    year = measure_.year
    if (year is None or not own or any(cell.given.year is None or cell.given.year == year for cell in own)
            or _year_places(quote, year) or year not in _years_written(source.normal)
            or any(_year_places(source.lines[cell.row - 1], year) for cell in own)
            or any(_year_places(source.lines[line - 1], year) for cell in own
                   for line in _note_lines(source, _table_end(source, cell.header)) + _lines_over(source, cell.header))
            or _footnote_gives(source, quote, year)):
        return []
    return [plan.error(loc + ("year",), (
        f"i {archive} står värdet {shown} i kolumnen {cited(shorten(own[0].given.label, 60))} (rubriken på rad {own[0].header}), "
        f"som ger det året {own[0].given.year}, inte {year}: {cited(shorten(quote))}."),
        "Skriv året som kolumnens rubrik ger för värdet.")]


def _footnote_gives(source: SourceText, quote: str, year: int) -> bool:
    """Whether a footnote whose mark the quote has ("Antal hemlösa¹") writes `year` on its
    line ("¹ Uppgiften avser 2021.")."""
    marks = {char for char in quote if char in FOOTNOTE_MARKS}
    return bool(marks) and any(line.lstrip()[:1] in marks and _year_places(line, year) for line in source.lines)


def _lines_over(source: SourceText, header: int) -> list[int]:
    """The lines (1-based) with text right above a table's header, up to an empty line: its
    caption, which may say which year its figures are from."""
    lines = []
    while len(lines) < _CAPTION_WITHIN and header - len(lines) > 1 and source.lines[header - len(lines) - 2].strip():
        lines.append(header - len(lines) - 1)
    return lines


def _table_end(source: SourceText, header: int) -> int:
    """The last line (1-based) of the run of lines with tabs from a table's `header` on."""
    return _run_end(source, "tabbed lines", header, 1, lambda line: "\t" in line) - 1


def _role_year_missed(plan: Loaded, loc: tuple, name: str, measure_: model.Measure, roles: _Roles, values: list[int],
                      quote: str, where: Callable[[], str]) -> list[LocatedError]:
    """A value's year that the quote writes only where the other role's label gives it; or
    other than the one the quote gives that value (its label's or the one in parentheses after
    it: "Målvärde 2025: 90 personer. Målvärde 2027: 60 personer"), or gives its role, where
    the quote does not write it so."""
    year = measure_.year
    if said := _other_role(roles, _year_places(quote, year), name):
        return [plan.error(loc + ("year",), (
            f"året {year} hör här till {_ROLE_NAMES[name]}t, men {where()} skriver det bara vid "
            f"{_ROLE_NAMES[_OTHER_ROLE[name]]}t (efter {cited(said)}): {cited(shorten(quote))}."), ROLE_HINT)]
    own = [roles.values[start] for start in values if start in roles.values and roles.values[start].role == name]
    if own and all(given.year is not None for given in own) and year not in {one for given in own
                                                                             for one in (given.year, given.until)}:
        return [plan.error(loc + ("year",), (
            f"{where()} ger värdet {_shown(measure_.value, measure_.decimal)} året {own[0].year}"
            f"{f' eller {own[0].until}' if own[0].until else ''} ({cited(own[0].label)}), inte "
            f"{year}: {cited(shorten(quote))}."), "Skriv året som citatet ger för värdet.")]
    given = roles.years_of(name)
    if given and year not in given and not _year_places(quote, year):
        return [plan.error(loc + ("year",), (
            f"{where()} ger {_ROLE_NAMES[name]}t {'året' if len(given) == 1 else 'åren'} "
            f"{_listed([str(other) for other in sorted(given)], 'och')}, inte "
            f"{year}: {cited(shorten(quote))}."), "Skriv året som citatet ger för värdet.")]
    return []


def _other_role(roles: _Roles, starts: list[int], name: str) -> str:
    """The label that gives the other role to the number at every one of `starts` (the
    first's), or "" where one of them has `name`'s role or none."""
    given = [roles.of(start) for start in starts]
    if not given or any(one is None or one.role != _OTHER_ROLE[name] for one in given):
        return ""
    return given[0].label


ROLE_HINT = coded("Byt plats på `baseline` och `target` om de har bytt plats: ett ingångsvärde är det som står efter "
                  "”Ingångsvärde”, ett målvärde det som står efter ”Målvärde”.")


# --- locators: a place the source has -----------------------------------------------------
_POSITION = lazy_regex.compile(r"^(?P<stem>.*?)\s*\(?(?P<number>[0-9]+(?:\.[0-9]+)*(?:\s?[a-zåäö])?)\)?\.?$")


def _locator_parts(locator: str) -> list[str]:
    """`Stabil ekonomi, Driftbudget` → its places, outermost first; `"Rubrik: underrubrik"`
    is two places; quotes and a trailing explanation in parentheses are not part of a name."""
    return [part for part, _ in _parts_and_marks(locator)]


@functools.lru_cache(maxsize=65536)
def _parts_and_marks(locator: str) -> tuple[tuple[str, str], ...]:
    """A locator's parts (`_locator_parts`), each with the mark that parts it from the one before
    it, a comma or a colon ("" for the first). Cached: a locator is split by a dozen rules and
    warnings (88,000 splits of 25,000 locators over the 1,000 plans of `make bench`)."""
    return tuple((_A_PREPOSITION_BEFORE_NUMBERED.sub("", part, count=1), mark)
                 for part, mark in _written_parts_and_marks(locator))


@functools.lru_cache(maxsize=65536)
def _written_parts_and_marks(locator: str) -> tuple[tuple[str, str], ...]:
    """`_parts_and_marks` as the locator writes them, a preposition before a place kept (`På sidan 2`):
    a part that a line of the source begins with names that line, the preposition its word."""
    parts, pieces = [], _PART_MARK.split(locator)
    for part, mark in zip(pieces[::2], [""] + pieces[1::2]):
        part = part.strip().strip('"\'«»”“').strip()
        if part:
            parts.append((part, mark if parts else ""))
    return tuple(parts)


_PART_MARK = lazy_regex.compile(r"(,|:)\s+")
# A preposition before a place's word the checks know and its number (`i Kap 3`, `under Mål 2`, `enligt punkt 4`):
# the part is that place (`Kap 3`), judged as it is. `i Kap 3` of a quote under "Kap 3" was refused with the generic
# tip where `Kap 3` passed, and `i Kap 9` given it too. Not before other words: a heading that begins with a
# preposition ("På väg 2030", "I trygghet 2") is its own name. A place numbered by a Roman numeral or a capital
# letter (`i Kap II`, `i Del B Ekonomi`) likewise: it was given the generic tip where `Kap II` and `Del B` passed.
# And "rubriken" after the preposition (`under rubriken Mål 2`), which names the heading that follows.
_A_PREPOSITION_BEFORE_NUMBERED = lazy_regex.compile(
    r"(?i)^(?:i|på|under|enligt)\s+(?:rubriken\s+)?(?=(?:kapitel|kap\.?|(?:del)?mål|bilag(?:a|an)|avsnitt(?:et)?|punkt(?:en)?"
    r"|sid(?:a|an|orna)|sid\.|s\.|stycke(?:t)?|tabell(?:en)?|risk(?:en)?|rad(?:en)?|del(?:en)?)"
    r"(?:\s*\d|\s+(?-i:[IVXLC]+|[A-ZÅÄÖ])(?!\w)))")


def _titled_by_colon(locator: str, places: "_Places") -> list[tuple[int, str]]:
    """The places a locator names by their words and number, and after a colon a title (`Kap 3:
    Budget`), as one place and its title (`Kap 3 Budget`, `_A_TITLED_PLACE`), where the words
    after the colon name no place of the source of their own (a heading, a line's start: then it
    is "Rubrik: underrubrik"): the index of the place's part, and the place so written. `Kap 3:
    Budget` passed by `Kap 3` alone where the source's line was "Kap 3 Ekonomi", as `Kap 3 – Budget`
    did not. Not where the source writes the place so, its colon too ("Kap 2: Ekonomi och" over
    "finansiering", a title wrapped onto a second line): `Kap 2: Ekonomi och finansiering` was
    refused, told the title was »Ekonomi och»."""
    marked = _parts_and_marks(locator)
    return [(index - 1, titled) for index, ((before, _), (after, mark)) in enumerate(zip(marked, marked[1:]), 1)
            if mark == ":" and (_stem_and_number(before)[1] is not None or _LETTERED_PLACE.fullmatch(before))
            and not _two_places(before)  # `Bilaga B: Budget` too
            and _titled_place(titled := f"{before} {after}") and not _names_a_place_in(before, after, places)
            and not _names_a_place(f"{before}: {after}", places)]


def _names_a_place_in(before: str, after: str, places: "_Places") -> bool:
    """Whether a locator's words `after` a colon name a place within the place `before` it names
    ("Rubrik: underrubrik"): a line within that place (`_Places.span`) beginning with them, or a
    heading there holding them, or a position's word (`Kap 3: punkt 2`) that is no other such
    place's title; any place of the source (`_names_a_place`) where the place's extent is not known.
    `Kap 3: Text` passed by any line beginning "Text.", and `Kap 3: Inledning` by chapter 1's title."""
    text, found = _stem_and_number(before)
    text = places.as_written(text)
    mark = re.match(_SECTION_NUMBER, found["number"]).group() if found else None
    if mark and (roman := _roman_appendix(text, mark, places)) and places.title_at(text, roman).split() == \
            normalise(after).casefold().split():
        # The title of appendix 2's line, of a source of Roman numerals ("Bilaga II Budget"): `Bilaga 2: Budget`
        # passed, warned that the source numbers its appendices so, where `Bilaga 2 Budget` is told its numeral.
        return False
    span = places.span(text, mark) if mark and not found["number"][len(mark):].strip() else None
    if span is None:
        return _names_a_place(after, places)
    words = places.as_written(_stem_and_number(after)[0])
    return places.written_within(words, *span) or (POSITION_WORD.search(words) is not None
                                                   and not places.titled_elsewhere(text, mark, words))


_A_MARK_AT_END = lazy_regex.compile(rf"(?:[{FOOTNOTE_MARKS}]*|{FLATTENED_MARK})\s*")  # after a word, ending its line
_FOOTNOTE_AT_END = lazy_regex.compile(rf"[ \t]*[{FOOTNOTE_MARKS}]+$", re.MULTILINE)  # "Verksamhetsmål¹", not "per m² lokalyta"


# A numbered caption or heading of its own under a place's number alone ("Bilaga 3" over "Tabell 1 Kostnader", "1.1
# Bakgrund"): not that place's title (`_Places.title_below`), and a locator's title from the contents is not refused by it.
_A_CAPTION_BELOW = lazy_regex.compile(r"(?i)\s*(?:(?:tabell|diagram|figur|bild|karta|bilaga|kap\.?|kapitel|mål|avsnitt)\s+)?\d")


# The words a line of running text may break after before a place it refers to ("Investeringarna redovisas i" over
# "Kap 2 …", "… se" over "Bilaga 2"), which end no heading: `_Places._running_on`, for a line shorter than `runs_on` reads.
_GOING_ON_WORDS = FUNCTION_WORDS | {"se", "enligt", "under", "om", "från", "ur", "inom"}


def _ends_going_on(line: str) -> bool:
    """Whether `line` ends in a word a sentence goes on from (`_GOING_ON_WORDS`): "Investeringarna redovisas i"."""
    words = line.split()
    return bool(words) and words[-1].casefold() in _GOING_ON_WORDS


# A line ending in a word hyphenated over its end ("bud-" over "geten").
_HYPHEN_AT_LINE_END = lazy_regex.compile(r"(?<=\w)-$")


class _Places:
    """The places of one source a locator may name: its lines and headings as quotes are
    compared (normalised, `SourceText`), case-folded. Each entry asks about several places,
    so lines are kept sorted (a prefix is found by bisection) and headings as one text."""

    def __init__(self, source: SourceText):
        self.named: dict[str, Optional[str]] = {}  # a locator's verdict, why it names no place: the items of a section share theirs
        self.source = source
        lines = [(source.normal[start:end].casefold(), raw, start)
                 for raw, (start, end) in zip(split_lines(source.text), source.line_spans()) if raw.strip()]
        self._line_starts = sorted(line for line, _, _ in lines)
        self._lines = lines
        self._numbered: dict[str, tuple[set[int], int]] = {}
        self._pointed: dict[str, set[int]] = {}  # of those numbers, the points' under the words alone (`_points_below`)
        self._points_at: dict[str, set[int]] = {}  # and where those points' lines begin
        self._sectioned: dict[str, tuple[set[tuple[int, ...]], set[tuple[int, ...]]]] = {}
        # Where each line numbering or sectioning a place begins, and its marks (`heads`).
        self._marked: dict[str, dict[int, frozenset[str]]] = {}
        self._capitals: set[tuple[str, str]] = set()  # the lettered parts' marks ("2 b") whose lines write a capital
        self._letters_at: dict[tuple[str, int], str] = {}  # a place's Roman numeral or letter by its line (`_letter_marked`)
        self._heads: dict[str, tuple[list[int], list[frozenset[str]]]] = {}
        self._titles: dict[str, frozenset[int]] = {}  # where the lines beginning with a place's words read as its title
        self._listed: dict[str, bool] = {}  # whether those lines are listed one under another
        self._normal = source.normal
        # One heading per line: a normalised place never holds a line break; a footnote's mark
        # after a heading is no part of it.
        following = [raw for _, raw, _ in lines[1:]] + [""]
        self._heading_starts = frozenset(start for (_, raw, start), after in zip(lines, following)
                                         if unit_kind(raw, after) == "heading")
        self._headings = _FOOTNOTE_AT_END.sub("", "\n".join(line for line, _, start in lines if start in self._heading_starts))

    def has_heading_with(self, text: str) -> bool:
        """Whether a heading holds `text` as whole words (not "Mål" in "Verksamhetsmål"), also
        before a footnote's mark ("Verksamhetsmål¹")."""
        return text in self._headings and _whole_words(text).search(self._headings) is not None

    def as_written(self, text: str) -> str:
        """A locator's words (`_stem_and_number`) as the source writes them: `Kap.` is its "Kap"
        where it writes that (an abbreviation's full stop, a way of writing it: `Kap. 2` was
        refused, "ingen rubrik … börjar så"), also beside "Kap. 3": the lines beginning "Kap"
        are those beginning "Kap." too (`numbers_after`), and `Kap. 2` was told "Kap." had
        only the number 3. A page's `s.` stays as it is."""
        if not text.endswith(".") or POSITION_WORD.fullmatch(text) or not self.has_line_starting(text[:-1]):
            return text
        return text[:-1]

    def has_line_starting(self, text: str) -> bool:
        """Whether a line begins with `text` as whole words (not "Ekonom" for "Ekonomi")."""
        index = bisect.bisect_left(self._line_starts, text)
        while index < len(self._line_starts) and self._line_starts[index].startswith(text):
            line = self._line_starts[index]
            after = line[len(text):len(text) + 1]
            if not (text[-1:].isalnum() and after.isalnum()) or _A_MARK_AT_END.fullmatch(line, len(text)):
                return True  # a whole word, or one with a footnote's mark ending the line: "Verksamhetsmål¹", "…mål1"
            index += 1
        return False

    def has_lines_starting(self, text: str) -> bool:
        """Whether a line and the next begin with `text` as whole words: a place's title that
        pdftotext wrapped onto a second line ("Kap 3 Ekonomi och" / "finansiering"), which a
        locator writes whole (`Kap 3 Ekonomi och finansiering` was told the title was »Ekonomi
        och», and offered it so); after a page's number too ("9   Kap 3 Ekonomi och": `Kap 3 Ekonomi
        och finansiering` was refused there, told the source wrote it so). The next line is the
        title's only where the title wraps onto it
        (`title_wrapped`): not the next heading, under an empty line (`Kap 3 Ekonomi Verksamhetsmål`
        passed for "Kap 3 Ekonomi" over "Verksamhetsmål")."""
        words = text.split()
        starting = [(line, start) for line, _, start in self._starting(" ".join(words[:2]))]
        for line, start in starting + [(rest, start) for rest, _, start in self._number_first(words[0])]:
            # and after a page's number before the words ("9   Kap 3 Ekonomi och" / "finansiering")
            after = self._line_at.get(start + len(self._line_at[start]) + 1, "")  # the next line, one space between
            # A word the title breaks at the line's end, written whole ("Kap 3 Ekonomi och verksamhets-" / "planering":
            # `Kap 3 Ekonomi och verksamhetsplanering` was told the title was »Ekonomi och verksamhets- planering«, and
            # offered so); not a suspended compound's first part ("Barn-" / "och unga").
            broken = re.search(r"[^\W\d_]-$", line) and not SUSPENDED.match(after)
            for head, rest in [(line + " ", text[len(line) + 1:])] + ([(line[:-1], text[len(line) - 1:])] if broken else []):
                if (text.startswith(head) and rest and after.startswith(rest) and self.title_wrapped(start)
                        and not (rest[-1:].isalnum() and after[len(rest):len(rest) + 1].isalnum())):
                    return True
        return False

    @functools.cached_property
    def _by_start(self) -> list[tuple[str, str, int]]:
        """The lines with their raw text and where each begins in the normalised text, sorted:
        for the numbers after a place's words (only where a locator has a number)."""
        return sorted(self._lines)

    def _starting(self, text: str) -> Iterator[tuple[str, str, int]]:
        """The lines (`_by_start`) whose normalised, case-folded text begins with `text`."""
        index = bisect.bisect_left(self._by_start, (text,))
        while index < len(self._by_start) and self._by_start[index][0].startswith(text):
            yield self._by_start[index]
            index += 1

    @functools.cached_property
    def _after_a_number(self) -> list[tuple[str, int, int]]:
        """Lines that begin with a number and then a place's words ("3 Verksamhetsmål – …",
        "2. Mål: …"): the words, the number, and where the line begins, sorted. Not a count before
        the words in small letters ("3 mål av 5 uppfylldes", `_A_COUNT_FIRST`): it is no goal 3,
        and `Mål 3` passed as one the source numbers where its goals were "Mål 1" and "Mål 2"."""
        return sorted((found.group(2), int(found.group(1)), start) for line, raw, start in self._lines
                      if (found := _NUMBER_FIRST.match(line)) and not _A_YEAR.fullmatch(found.group(1))
                      and not _A_COUNT_FIRST.match(raw))

    def numbers_after(self, text: str) -> tuple[set[int], int]:
        """The lines that begin with `text` as whole words (or with a footnote's digit after
        it: "Delmål1"): the numbers they write right after it, after a space ("Kap 3", "Kap.
        3", "Mål 2:", "Mål 3 och 4", "Mål 3–4", "Mål nr 3"), or before it ("3 Verksamhetsmål –
        …", "2. Mål: …"), and how many of them write none there (not a title that joins the
        words with others: "Mål och budget 2025", "MÅL OCH BUDGET"). A year
        is no number ("Mål 2030"), nor a figure ("Mål 90 % av brukarna", "Mål 60 personer"),
        nor a page number a table of contents writes at a line's end
        after a tab or dot leaders ("Besparingar\t6"). An appendix's line in a table of contents
        ("Bilaga 2 …… 14") is not the appendix: it counted as one the source has, unnumbered,
        and "numrerar inte alla sina bilagor" was said of a source that numbers each. The words
        alone over points numbered from 1 ("Mål" over "1. Bostad", "2. Trygghet") give those
        numbers (`_points_below`), as a heading of the places they number; not an appendix's,
        table's or section's word, whose own numbers are checked (`_MARKED_POSITIONS`). Read once
        for each `text`."""
        if text not in self._numbered:
            numbers: set[int] = set()
            unnumbered = 0
            marked: dict[int, frozenset[str]] = {}
            pointed: set[int] = set()
            points_at: set[int] = set()
            for line, raw, start in self._starting(text):
                rest = line[len(text):]
                if rest[:1].isalpha():
                    continue  # another word: "Ekonomin" for "Ekonomi"
                if text in _LABELLED_POSITIONS | _MARKED_POSITIONS and start in self._contents:
                    continue  # "Bilaga 2 …… 14", "Tabell 2 Kostnader …… 14" name it, which may not be in the text
                found = _NUMBERS_AFTER.match(rest)
                if found is None and _A_TITLE_GOING_ON.match(rest):
                    continue  # "Mål och budget 2025", "MÅL OCH BUDGET", "Mål- och resultatstyrning"
                if (found is None and not rest.strip(" :") and text not in _LABELLED_POSITIONS | _MARKED_POSITIONS
                        and (points := self._points_below(text, start))):
                    # No place itself; each point's line begins its place, as "Mål 3" does: a
                    # quote under "3. Ekonomi" passed `Mål 1`, the heading marking none.
                    pointed.update(points.values())
                    points_at.update(points)
                    marked.update((at, frozenset({str(point)})) for at, point in points.items())
                    continue
                after = start + len(text) + found.end() if found else 0
                if (found and not found.group(2) and found.end(1) == found.end() and not _A_YEAR.fullmatch(found.group(1))
                        and (lettered := _A_SUB_LETTER.match(self._normal, after, start + len(line)))):
                    # A place's lettered part ("Mål 2 a Polis", under "Mål 2"): goal 2's, in its order (`in_order`);
                    # an appendix's ("Bilaga 2 a Kostnader") is appendix 2's, which a locator names (`_appendices_named`).
                    numbers.add(int(found.group(1)))
                    written = lettered['letter'] or lettered['closed']
                    letter = "" if text in _LABELLED_POSITIONS else f" {written.casefold()}"
                    marked[start] = frozenset({found.group(1) + letter})
                    if letter and written.isupper():
                        self._capitals.add((text, found.group(1) + letter))
                    continue
                follows = self._normal[after:start + len(line)].lstrip()[:1] if found else ""
                if found is None or _A_YEAR.fullmatch(found.group(1)) or follows == "%" or follows.islower() or (
                        not follows.strip(" .:") and _PAGE_NUMBER_AT_END.search(raw)):
                    unnumbered += 1
                    marked[start] = frozenset()
                else:
                    line_numbers = _numbers_in(found.group(1), found.group(2))
                    numbers.update(line_numbers)
                    marked[start] = frozenset(map(str, line_numbers))
            for line, _, start in self._starting("bilagor") if text == "bilaga" else ():
                # "Bilagorna 2 och 3 Kostnader" begins appendices 2 and 3 as "Bilaga 2 och 3" does: read as no
                # appendix's line, a correct `Bilaga 2` of a quote under it was refused and offered `Bilaga 1`.
                found = _A_NUMBERED_APPENDIX.match(line)
                follows = self._normal[start + found.end():start + len(line)].lstrip()[:1] if found else ""
                if found and start not in self._contents and not _A_YEAR.fullmatch(found.group(1)) and not (
                        follows == "%" or follows.islower()):
                    numbers.update(line_numbers := _numbers_in(found.group(1), found.group(2)))
                    marked[start] = frozenset(map(str, line_numbers))
            for rest, number, start in self._number_first(text):
                if own := self._own_numbers(text, rest, start):
                    # "7   Kap 1 Inledning": a page's or a list's number before the chapter's line, read as "Kap 7"
                    numbers.update(own)
                    marked[start] = frozenset(map(str, own))
                else:
                    numbers.add(number)
                    marked[start] = frozenset({str(number)})
            self._numbered[text] = numbers | pointed, unnumbered
            self._pointed[text] = pointed - numbers
            self._points_at[text] = points_at
            self._marked[text] = marked
        return self._numbered[text]

    def _number_first(self, text: str) -> Iterator[tuple[str, int, int]]:
        """The lines beginning with a number and then the words `text` as whole words
        (`_after_a_number`: "2 Mål – Trygghet", "7   Kap 1 Inledning"): the words on, the number, and
        where the line begins."""
        index = bisect.bisect_left(self._after_a_number, (text,))
        while index < len(self._after_a_number) and self._after_a_number[index][0].startswith(text):
            rest, number, start = self._after_a_number[index]
            index += 1
            if not rest[len(text):len(text) + 1].isalpha():
                yield rest, number, start

    def _own_numbers(self, text: str, rest: str, start: int) -> set[int]:
        """The numbers a line beginning with a number writes after the place's words `text` as well
        ("7   Kap 1 Inledning", `rest` its words on: a page's or a list's number before the line of
        chapter 1, which read as chapter 7's), as `numbers_after` reads them after the words at a
        line's start: none for a year, a figure or a sentence's word after it ("2 Mål 2030 …")."""
        found = _NUMBERS_AFTER.match(rest, len(text))
        if found is None or _A_YEAR.fullmatch(found.group(1)):
            return set()
        line = self._line_at[start]
        at = start + len(line) - len(rest) + found.end()
        follows = self._normal[at:start + len(line)].lstrip()[:1]
        return set() if follows == "%" or follows.islower() else _numbers_in(found.group(1), found.group(2))

    def _own_lines(self, text: str) -> Iterator[tuple[str, int, int]]:
        """The lines that begin with the place's words `text` (`_starting`), and those that begin with
        a number before the words and their own number (`_own_numbers`: "7   Kap 1.2 Bakgrund"): each
        line, where in it the words begin, and where it begins, for the sections' numbers after them."""
        for line, _, start in self._starting(text):
            yield line, 0, start
        for rest, _, start in self._number_first(text):
            if self._own_numbers(text, rest, start):
                line = self._line_at[start]
                yield line, len(line) - len(rest), start

    def points_under(self, text: str) -> set[int]:
        """The numbers `numbers_after` gives `text` by points under its words alone only ("Mål" over
        "1. Bostad"), none of them written after the words: a reason tells them so."""
        self.numbers_after(text)
        return self._pointed[text]

    def _points_below(self, text: str, start: int) -> dict[int, int]:
        """The points numbered 1, 2, 3 … in turn ("1. Bostad", "2) Trygghet") below the line at
        `start` that writes a place's words `text` alone ("Mål"), up to the next line beginning
        with them or a point out of turn (another list's "1."): where each point's line begins
        and its number, the places numbered under that heading (`numbers_after`). A goal "3.
        Ekonomi" under "Mål" was refused `Mål 3`, told "Mål" stood without a number, and offered
        the generic `punkt 3`. Not a list under a heading of its own below the words' text
        ("Mål", a sentence, "Åtgärder" over "1. Bygga bostäder"): the heading's points, of no
        goal, passed `Mål 2`, and `Mål 3` was told »Mål« had the points 1 and 2."""
        points: dict[int, int] = {}
        for line, raw, at in self._lines[self._index_at[start] + 1:]:
            if line.startswith(text) and not line[len(text):len(text) + 1].isalpha():
                break
            if found := _A_NUMBERED_POINT.match(raw):
                if int(found.group(1)) != len(points) + 1:
                    break
                points[at] = len(points) + 1
            elif (not points and unit_kind(raw) == "heading" and not runs_on(raw) and not GOES_ON.match(raw)
                  and not raw.rstrip().endswith(":") and at not in self._furniture_at
                  and not PAGE_NUMBER.fullmatch(raw.strip())):
                break  # another heading before the first point, whose list it is; not its lead-in, nor a page's furniture
        return points

    @functools.cached_property
    def _furniture_at(self) -> frozenset[int]:
        """Where each line of a page's furniture (`page_furniture`) begins in the normalised text."""
        spans = self.source.line_spans()
        return frozenset(spans[line - 1][0] for line in page_furniture(self.source))

    @functools.cached_property
    def _index_at(self) -> dict[int, int]:
        """Each line's index among the lines with text by where it begins in the normalised text."""
        return {start: index for index, (_, _, start) in enumerate(self._lines)}

    @functools.cached_property
    def points(self) -> tuple[Optional[int], int]:
        """How far the source's points go, for a locator's `punkt 9`: the highest number a
        numbered point of it has ("4. mottagande av …", "4) …"), None where it has none, and
        the most a point's number may be by what it lists: the highest number first on any line
        ("12 Bilagor", "120 personer"), or its list items of every kind counted together, the
        more of them (a point may be the author's count of a bulleted list's)."""
        numbered = [int(found.group(1)) for _, raw, _ in self._lines if (found := _A_NUMBERED_POINT.match(raw))]
        first = [int(found.group(1)) for _, raw, _ in self._lines if (found := _A_NUMBER_FIRST.match(raw))]
        listed = sum(unit_kind(raw) == "list" for _, raw, _ in self._lines)
        return max(numbered, default=None), max(first + [listed])

    @functools.cached_property
    def appendix_letters(self) -> tuple[set[str], int]:
        """The capital letters the lines beginning with "Bilaga" write right after it ("Bilaga A",
        "BILAGA B: Risker", each of "Bilaga A och C", "Bilaga A–C"), in small letters, and how many such lines write none ("Bilaga 1",
        "Bilaga" alone; not a title going on, "Bilaga och …", nor another word, "Bilagor"): for
        a locator's `Bilaga A`, as `numbers_after` is for `bilaga 2`, and as it, not a table of
        contents' line ("Bilaga A …… 14"). A small letter after it is a word ("Bilaga i …")."""
        return self._letters_of(self._lettered.values())

    @functools.cached_property
    def appendix_titled_letters(self) -> tuple[set[str], int]:
        """`appendix_letters` read from the appendices' titles only (`appendix_titles`), where the
        source has any, as `appendix_numbers` reads numbers: a wrapped line of running text
        ("Bilaga C Investeringsbudget och följs upp …") was listed in "bara med bokstäverna A, B
        och C" and offered as `Bilaga C`, which the check of appendices then refused."""
        if not self.appendix_titles:
            return self.appendix_letters
        return self._letters_of(letters for start, letters in self._lettered.items() if start in self.appendix_titles)

    @staticmethod
    def _letters_of(lettered: Iterable[Optional[frozenset[str]]]) -> tuple[set[str], int]:
        """The letters of lines beginning an appendix (`_lettered`), and how many of them write none."""
        lettered = list(lettered)
        return set().union(*filter(None, lettered)), sum(letters is None for letters in lettered)

    @functools.cached_property
    def _lettered(self) -> dict[int, Optional[frozenset[str]]]:
        """Where each line beginning with "Bilaga" begins (`appendix_letters`), and its letters, None for
        none: none for a sentence of running text ("Bilaga A redovisar kostnaderna."), which was read
        as lettering an appendix, and `Bilaga A` passed unwarned where `bilaga 1` was warned."""
        lettered: dict[int, Optional[frozenset[str]]] = {}
        for line, raw, start in self._starting("bilaga"):
            rest = line[len("bilaga"):]
            if rest[:1].isalpha() or _A_TITLE_GOING_ON.match(rest) or start in self._contents:
                continue
            found = _A_LETTERED_APPENDIX.match(raw)
            # A sentence's word after the letter ("Bilaga A redovisar …") marks none, as after a number (`numbers_after`).
            follows = raw[found.end():].lstrip()[:1] if found else ""
            lettered[start] = frozenset(_letters_in(found.group(1))) if found and not follows.islower() else None
        return lettered

    def sections_after(self, text: str) -> tuple[set[tuple[int, ...]], set[tuple[int, ...]]]:
        """The sections' numbers the lines beginning with `text` write right after it ("Kap
        1.2", "Mål nr 1.2:"), for a locator's `Kap 1.4` as `numbers_after` is for `Kap 4`; and
        the sections whose parts a line writes joined with another's ("Kap 1.2–1.4": (1,), whose
        parts between are not each written). Read once for each `text`."""
        if text not in self._sectioned:
            sections: set[tuple[int, ...]] = set()
            joined: set[tuple[int, ...]] = set()
            for line, words, start in self._own_lines(text):
                if text in _MARKED_POSITIONS and start in self._contents:
                    continue  # a contents' "Tabell 2.1 Kostnader …… 14" (`numbers_after`)
                if found := _A_SECTION_AFTER.match(line, words + len(text)):
                    sections.add(section := _section(found["section"]))
                    if found["joined"]:
                        joined.add(section[:-1])
            self._sectioned[text] = sections, joined
        return self._sectioned[text]

    def heads(self, text: str) -> tuple[list[int], list[frozenset[str]]]:
        """The lines that begin with `text` (`numbers_after`), outside a table of contents, in the
        text's order: where each begins in the normalised text, and its marks as a locator's
        are read (`_appendices_named`): its numbers (`numbers_after`: "Kap 2" → "2", "Bilaga 1–3",
        "2. Mål: …"), a section's number where it writes one alone ("Kap 1.2" → "1.2", `sections_after`),
        an appendix's letters ("Bilaga B" → "b", `appendix_letters`); none where it writes no mark
        ("Mål" alone, "Mål 90 % av …"): a quote under it stands under no numbered "Mål 1" above it.
        What a quote stands under, as its last such line before it (`head_above`). Read once for each `text`."""
        if text not in self._heads:
            self.numbers_after(text)
            marked = dict(self._marked[text])
            for line, words, start in self._own_lines(text):
                if (found := _A_SECTION_AFTER.match(line, words + len(text))) and not found["joined"]:
                    marked[start] = frozenset({".".join(map(str, _section(found["section"])))})
            if text in _LABELLED_POSITIONS:
                marked.update((start, letters) for start, letters in self._lettered.items() if letters)
            # Not a sentence's line, wrapped to begin so in small letters ("kap. 3 i kommunallagen", "kap. 3 §
            # kommunallagen", read as a place 3), beside the places' lines: it begins no place. Beside "Kap 1" to
            # "Kap 3" it left their order unknown, and `Kap 2` passed for a quote under "Kap 3".
            if any(not self._in_a_sentence(start) for start in marked):
                marked = {start: marks for start, marks in marked.items() if not self._in_a_sentence(start)}
            # Not a chapter's line the source heads by its number alone ("2 Mål" over "Mål 1", "Mål 2": `_bare_chapters`),
            # read as goal 2: beside the goals' lines it left their order unknown, and `Mål 1` passed for a quote under
            # "Mål 2". (Such chapters are none beside "Kap" lines, whose own lines are read first.)
            if marked and text not in ("kap", "kapitel"):
                chapters = {start for _, _, start in _bare_chapters(self)}
                marked = {start: marks for start, marks in marked.items() if start not in chapters}
            if text not in _LABELLED_POSITIONS and marked and not any(marked.values()):
                marked = self._letter_marked(text, marked) or marked  # "Kap I" to "Kap III"
            starts: list[int] = []
            # (The pages' tops only where a line begins so: most sources begin none with "Bilaga".)
            tops, furniture = self._page_tops if marked else (frozenset(), frozenset())
            for start in sorted(start for start in marked if start not in self._contents and start not in furniture):
                # A chapter's running head ("Kap 2", or its line again, atop each of its pages) does not begin it again,
                # nor does the chapter's own line below it on its first page: the later a chapter's line so kept.
                if starts and marked[start] == marked[starts[-1]] and self._heads_again(text, starts[-1], start, tops):
                    starts[-1] = start if starts[-1] in tops and start not in tops else starts[-1]
                else:
                    starts.append(start)
            self._heads[text] = starts, [marked[start] for start in starts]
        return self._heads[text]

    def letters_of(self, text: str) -> set[str]:
        """The Roman numerals or capital letters the lines beginning with `text` mark their places by, in small
        letters (`_letter_marked`: "Kap I" to "Kap III"); none where they mark them otherwise."""
        self.heads(text)
        return {letter.casefold() for (words, _), letter in self._letters_at.items() if words == text}

    def letter_shown(self, text: str, mark: str) -> str:
        """A lettered part's mark ("2 b", `heads`) as a locator to write gives it: its letter in the capital
        its line writes ("Mål 2 B Skola" → "2 B"); any other mark as it is. `Mål 2 a` there was offered
        `Mål 2 b`, and goal 2 D told goal 2's letters »a och b»."""
        return mark.upper() if (text, mark) in self._capitals else mark

    def _letter_marked(self, text: str, lines: Iterable[int]) -> dict[int, frozenset[str]]:
        """The marks of the lines beginning with `text` (where each begins: `lines`) that mark their places by a
        Roman numeral or a capital letter ("Kap I Inledning", "Kap II Mål", "Del A", "Del B: Ekonomi"), in small
        letters, as `heads` reads an appendix's: where each line writes one (none otherwise: "Mål" alone, "Mål För
        alla"). Read as unmarked, a quote under "Kap III Ekonomi" passed `Kap I Inledning`."""
        found = {start: _A_LETTER_AFTER.match(self._raw_at[start].lstrip(), len(text)) for start in lines}
        # Not a line of a number `numbers_after` reads as no place's, a sentence wrapped to begin so ("kap. 3 i
        # kommunallagen"): beside it, `Kap III` of "Kap. I" to "Kap. III" was told no line began so.
        found = {start: letter for start, letter in found.items()
                 if letter or not _A_NUMBER_AFTER.match(self._raw_at[start].lstrip(), len(text))}
        if not found or not all(found.values()):
            return {}
        self._capitals.update((text, letter[1].casefold()) for letter in found.values())
        self._letters_at.update(((text, start), letter[1]) for start, letter in found.items())
        return {start: frozenset({letter[1].casefold()}) for start, letter in found.items()}

    def _in_a_sentence(self, start: int) -> bool:
        """Whether the line beginning at `start` begins with a small letter, as a sentence wrapped to begin a line with
        a place's word does ("kap. 3 § kommunallagen."), and no place's line beside others in a capital does (`heads`)."""
        return self._raw_at[start].lstrip()[:1].islower()

    def contents_head_above(self, text: str, at: int) -> Optional[tuple[int, frozenset[str]]]:
        """Where the source heads no place of `text` but lists them in a table of contents ("Kap 3
        Ekonomi\t5", `_contents`), the entry whose title heads the text a place `at` stands under: the
        last line before it, outside the contents, that is one entry's title alone ("Ekonomi"), and that
        entry's marks; None where it lists none so, or no such line stands above. A `Kap 4` under
        "Ekonomi", listed "Kap 3 Ekonomi\t5", was given the generic tip alone, where listed without the
        page's numbers it was offered `Kap 3`."""
        if self.heads(text)[0]:
            return None
        entries: dict[str, frozenset[str]] = {}
        for line, _, start in self._starting(text):
            found = _NUMBERS_AFTER.match(line[len(text):]) if start in self._contents else None
            if found and not found.group(2) and (title := self._title_of(text, start)):
                entries.setdefault(" ".join(title.split()), frozenset({found.group(1)}))
        index = bisect.bisect_right(self._starts, at) - 1
        while entries and index >= 0:
            line, _, start = self._lines[index]
            if start not in self._contents and (marks := entries.get(" ".join(line.split()))):
                return start, marks
            index -= 1
        return None

    def _heads_again(self, text: str, before: int, start: int, tops: frozenset[int]) -> bool:
        """Whether of two lines of the same marks, `before` and `start` (`heads`), one at a page's
        top (`_page_tops`) is the other's running head: without a title ("Kap 2"), or the other's line
        again, after which a running head's page's number may stand ("Kap 2 Mål   7"). Such a head with its
        page's number, or above the chapter's line on its first page, began the chapter again, and
        `Kap 1` passed for a quote under "Kap 3"."""
        if start in tops:
            top, other = start, before
        elif before in tops and start == self._below(before):  # not a goal's line written again further on
            top, other = before, start
        else:
            return False
        # The line whole, not its title: a wrapped sentence's "Bilaga 2 Investeringsbudget." above is no head.
        return not self._title_of(text, top) or _A_PAGE_NUMBER_AFTER.sub("", self._line_at[top]) == self._line_at[other]

    def _below(self, start: int) -> Optional[int]:
        """Where the line with words below the line at `start` begins, past a page's number ("7")."""
        below = start + len(self._line_at[start]) + 1
        while self._line_at.get(below, "").isdigit():
            below += len(self._line_at[below]) + 1
        return below if below in self._line_at else None

    @functools.cached_property
    def _page_tops(self) -> tuple[frozenset[int], frozenset[int]]:
        """Where each page's first line of text begins in the normalised text, the first line after
        a form feed that is no page furniture, and where each line of page furniture begins
        (`page_furniture`: a page's number, a running head the same atop every page), for
        `heads`. A running head naming the page's chapter ("Kap 2" atop each of its pages) read as
        chapter 2 beginning again, and the chapters' order was not known: a quote under "Kap 3"
        passed `Kap 1`."""
        numbers, tops, furniture, after_feed = set(page_furniture(self.source)), set(), set(), False
        for number, (raw, (start, _)) in enumerate(zip(self._raw_lines, self.source.line_spans()), 1):
            after_feed = after_feed or "\f" in raw
            if number in numbers:
                furniture.add(start)
            # Not a page's number above its head ("7", "Sida 7"), which no count of the pages may show as furniture.
            elif after_feed and raw.strip() and not (raw.strip().isdigit() or page_mark(self.source, number)):
                tops.add(start)
                after_feed = False
        return frozenset(tops), frozenset(furniture)

    @functools.cached_property
    def appendices_listed(self) -> bool:
        """`listed("bilaga")`: a source whose appendices are listed (`check_quotes_in_named_appendix`
        does not judge it)."""
        return self.listed("bilaga")

    def listed(self, text: str) -> bool:
        """Whether two lines that begin with `text` (`heads`) follow each other with no text
        between them, only headings (`unit_kind`: a page's number on a line of its own too; not a
        table's row of two figures or more, `_a_row_of_figures`, as a chapter may hold a table
        alone, while a contents' line holds one, its page's number): a list of the places ("Bilaga 1 Indikatorer", "Bilaga 2 Budget" in a decision's text; a
        table of contents, "Kap 1 Inledning 2", "1.1 Bakgrund 2", "Kap 2 Mål 4", its page numbers
        where pdftotext puts them, on the line or on one of their own), not where each begins.
        After such a list its last line is no place a quote stands in: `Bilaga 1` was refused for
        a quote of an appendix the source heads otherwise, and `Kap 1` for one of the text below a
        table of contents, whose chapters the source numbers without the word ("1 Inledning")
        (`check_quotes_in_named_appendix`, `check_quotes_under_named_heading` do not judge such a
        source). Not a chapter's line right above its first section's ("Kap 2 Mål" over "Kap 2.1
        Trygghet", `_opens_its_section`): `Kap 3` passed for a quote under "Kap 2.1". A list too
        whose titles are written again below its last line (`_titled_again`): a reading
        guide lists the chapters with a sentence each above the chapters themselves, and a right
        `Kap 1` was told it stood under the guide's »Kap 3». A line of running text that begins a
        sentence going on into the next line (`runs_on`, not going on from the line above in a
        small letter, as a long title's wrapped words do) is text, though under 90 characters
        and no sentence ended it reads as a heading: "Bilaga 1 Indikatorer", "Investeringarna för
        året redovisas i", "Bilaga 2 Budget och …" listed nothing, and left the source unjudged.
        Read once for each `text`."""
        if text not in self._listed:
            marked = dict(zip(*self.heads(text)))
            bare, last = False, None  # whether the last such line has had no text after it, and where it begins
            listed = self._titled_again(text)
            for _, raw, start in self._lines:
                if start in marked:
                    listed = listed or bare and not _opens_its_section(marked[last], marked[start])
                    bare, last = True, start
                elif bare and (unit_kind(raw) != "heading" or _a_row_of_figures(raw)
                               or runs_on(raw) and not GOES_ON.match(raw)):
                    bare = False
            self._listed[text] = listed
        return self._listed[text]

    def guides(self, text: str) -> bool:
        """Whether the lines beginning with `text` are a reading guide's (`_titled_again`): a quote
        below the guide's last line ("Kap 3 Ekonomi") stands in none of its places, but in a
        chapter written again below ("2 Mål")."""
        return self._titled_again(text)

    def _titled_again(self, text: str) -> bool:
        """Whether the lines beginning with `text` (`heads`: "Kap 1 Inledning", "Kap 2 Ekonomi") list
        the places, as a reading guide ("Läsanvisning") does, the places beginning below: each line,
        two at least, has text of its own below it up to the next such line (a sentence of what the
        place holds), and, in their order below the last, each place is written again
        (`_written_below`), the last one's after the sentence below its line. The places' titles
        as headings within a later place ("Kap 1 Bakgrund" and "Bakgrund" in "Kap 3 Ekonomi"; "Kap
        1 Trygghet", "Kap 2 Skola" and "Trygghet", "Skola" in "Kap 4 Uppföljning"), or a place's
        title written again within it ("Kap 2 Mål" over "Mål"), list nothing: the first two of the
        earlier chapters' titles left the source unjudged, and `Kap 1–2` passed for a quote under
        "Kap 4"."""
        starts, marks = self.heads(text)
        if len(starts) < 2:
            return False
        again = [starts[-1]]
        for start, marked in zip(starts, marks):
            at = self._written_below(self._title_of(text, start), marked, again[-1])
            if at is None:
                return False
            again.append(at)
        return all(self._text_between(above, below) for above, below in zip(starts, starts[1:] + again[1:2]))

    def _text_between(self, above: int, below: int) -> bool:
        """Whether a line with text stands between the lines beginning at `above` and at `below`: a
        reading guide's sentence for a place (`_titled_again`), of any shape, since pdftotext wraps
        it ("Här beskrivs planens syfte och" reads as a heading)."""
        return self._index_at[below] - self._index_at[above] > 1

    def _written_below(self, title: str, marked: frozenset[str], below: int) -> Optional[int]:
        """Where the first line after `below` begins that is the title `title` of a place marked
        `marked` (`_titled_again`): alone or after a number, or after the place's number with more
        words ("1 Inledning och syfte"); or a heading of the place's number and other words, where
        the one's words are all the other's (`_numbered_headings`: "2 Mål" for "Kap 2 Nämndens
        mål", a guide's words for the chapter, where a right `Kap 1` was refused under its last
        line; not "2 Metod" for "Kap 2 Riskanalys", a section of the last chapter); None where none is."""
        index = bisect.bisect_left(self._titles_read, (title,))
        said = set(re.findall(r"\w+", title))
        numbered = [next((at for at, words in headings[bisect.bisect_right(headings, below, key=lambda heading: heading[0]):]
                          if said and (said <= words or words <= said)), None)
                    for mark in marked for headings in [self._numbered_headings.get(mark, [])]]
        first = min(filter(None, numbered), default=None)
        while title and index < len(self._titles_read) and self._titles_read[index][0].startswith(title):
            words, number, at = self._titles_read[index]
            index += 1
            if at > below and (words == title or number in marked and not words[len(title)].isalnum()):
                first = at if first is None else min(first, at)
        return first

    def _title_of(self, text: str, start: int) -> str:
        """The words after the place's words and marks on the line at `start` ("Kap 1 Inledning" →
        "inledning", "2 Mål – Trygghet" → "trygghet"), case-folded, without a page's number; "" for none.
        A page's number after a tab ("Bilaga 2\t5") too, which the normalised line sets off by a space: read
        as the title »5«, a right `Bilaga 2 Budget` was refused where the line under it was "Budget"."""
        line = self._line_at[start]
        if _PAGE_NUMBER_AT_END.search(self._raw_at[start]):
            line = _A_PAGE_NUMBER_AFTER.sub("", line.rstrip())
        found = _place_written(text, line, self._mark_at(text, start))  # "Bilaga B Budget" too
        return _PAGE_NUMBER_AT_END.sub("", line[found.end():]).strip(" \t:.\u2013\u2014-") if found else ""

    def _mark_at(self, text: str, start: int) -> Optional[str]:
        """The one letter or Roman numeral of an appendix's line at `start` (`_A_LETTERED_APPENDIX`: "B"
        of "Bilaga B Budget"), for `_place_written`, or of another place's ("III" of "Kap III Ekonomi": `_letter_marked`);
        None for another line, or one of none or several."""
        if text != "bilaga":
            return self._letters_at.get((text, start))
        found = _A_LETTERED_APPENDIX.match(self._raw_at[start])
        return found[1] if found and _A_LETTER_ALONE.fullmatch(found[1]) else None

    @functools.cached_property
    def _line_at(self) -> dict[int, str]:
        """Each line's normalised, case-folded text by where it begins in the normalised text."""
        return {start: line for line, _, start in self._lines}

    @functools.cached_property
    def _numbered_headings(self) -> dict[str, list[tuple[int, frozenset[str]]]]:
        """Where each heading (`unit_kind`) that begins with a number and words begins, and its words,
        by that number ("2 Mål" → "2": "mål"), in the text's order: for `_written_below`. A list's
        item too ("2. Ekonomi"), as a chapter headed so, whose title `_titles_read` reads as well
        ("1. Inledning"): a right `Kap 1` was refused under a guide's last line where the chapters
        were headed so in words of their own. A goal so numbered within the last chapter lists the
        chapters only where each, the last too, is written again in its order (`_titled_again`).
        Not a table's row of figures ("\t4\t5")."""
        numbered: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for line, raw, start in self._lines:
            if ((found := _A_NUMBER_BEFORE_TITLE.match(line)) and line[found.end():found.end() + 1].isalpha()
                    and unit_kind(raw) in ("heading", "list")):
                numbered.setdefault(found["number"], []).append((start, frozenset(re.findall(r"\w+", line[found.end():]))))
        return numbered

    @functools.cached_property
    def _titles_read(self) -> list[tuple[str, str, int]]:
        """Each line's words as a title's are read, a number before them set apart ("1 Inledning och
        syfte" → "inledning och syfte", "1"; "" for none), and where it begins, sorted: for `_titled_again`."""
        read = []
        for line, _, start in self._lines:
            found = _A_NUMBER_BEFORE_TITLE.match(line)
            read.append((line[found.end():].strip(), found["number"], start) if found else (line.strip(), "", start))
        return sorted(read)

    @functools.cached_property
    def appendix_titles(self) -> frozenset[int]:
        """`titles("bilaga")`: the lines beginning an appendix that read as its title."""
        return self.titles("bilaga")

    def titles(self, text: str) -> frozenset[int]:
        """Where the lines beginning with `text` (`heads`: an appendix, a chapter, a goal) that read
        as its title begin: a heading's line (`unit_kind`) that goes on from no sentence on the line
        of text above it (`runs_on`, `_lines_above`: not from a page's running head or footer,
        `page_furniture`, under a head long and no sentence ended no appendix had a title, and none
        was judged) and into none in a small letter on the line right below. pdftotext wraps a sentence of running
        text that refers to an appendix ("Investeringarna redovisas i" over "Bilaga 2
        Investeringsbudget och följs upp …"), and that line was taken for where Bilaga 2 begins:
        `Bilaga 1` was refused for each quote of Bilaga 1 after it. A title's closing bracket after
        its words ("Bilaga 2 Investeringsbudget (tkr)") ends no sentence: coverage's reading took it
        for one, and quotes under that title went unchecked; nor does a short title's full stop
        (`_title_as_read`). A point numbered under the words alone ("3. Ekonomi" under "Mål",
        `_points_below`) is its place's title though a list's item, not a heading. Read once for
        each `text`."""
        if text in self._titles:
            return self._titles[text]
        starts = set(self.heads(text)[0])
        if not starts:  # no line begins so: none to read as a title (most sources, of "Bilaga")
            self._titles[text] = frozenset(self._points_at[text])
            return self._titles[text]
        lines = self._raw_lines
        above = self._lines_above(lines, set(page_furniture(self.source)))
        below, later = lines[1:] + [""], lines[2:] + ["", ""]
        self._titles[text] = frozenset(
            start for raw, (start, end), before, after, last in zip(lines, self.source.line_spans(), above, below, later)
            if start in starts and end > start and unit_kind(_title_as_read(raw), after) == "heading"
            and not runs_on(before) and (not GOES_ON.match(after) or _a_wrapped_title(raw, after, last))) | self._points_at[text]
        return self._titles[text]

    @staticmethod
    def _lines_above(lines: list[str], furniture: set[int]) -> list[str]:
        """The line of text each of `lines` goes on from, for `appendix_titles`: the line right
        above it, none under a page's running head or footer (`furniture`, by line number). A
        page's first line, or the first under the page's furniture, goes on from the previous
        page's last line of text (its furniture, page number and empty lines skipped) where the
        source has furniture to tell its pages by: a sentence wrapped across a page break ("…
        redovisas i", then the next page's "Bilaga 3 Investeringar och följs upp av") was taken
        for Bilaga 3's title, and a correct `Bilaga 2` below it refused. Where it has none, a
        page's first line goes on from none, as the source reader takes it. A page begins at a form
        feed whatever white space comes before it on the line (a typesetter's em space too,
        "\u2003\fBilaga 2", as `page_of` reads it), and a line of white space alone is no text."""
        above, previous, last_text = [], "", ""
        for number, line in enumerate(lines, 1):
            page_begins = "\f" in line[:len(line) - len(line.lstrip())]
            if furniture and (page_begins or (number - 1) in furniture):
                above.append(last_text)
            else:
                above.append("" if page_begins else previous)
            previous = "" if number in furniture else line
            if number not in furniture and line.strip():
                last_text = line
        return above

    @functools.cached_property
    def appendix_numbers(self) -> tuple[set[int], int]:
        """`numbers_after("bilaga")` read from the appendices' titles only (`appendix_titles`), where
        the source has any, as `appendix_above` reads them: a wrapped line of running text
        ("Bilaga 3 Investeringsbudget och följs upp …") was listed in "bara med numren 1, 2 och 3"
        and offered as `Bilaga 3`, which the check of appendices then refused."""
        numbers, unnumbered = self.numbers_after("bilaga")
        if not self.appendix_titles:
            return numbers, unnumbered
        titled = [marks for start, marks in self._marked["bilaga"].items() if start in self.appendix_titles]
        return {int(mark) for marks in titled for mark in marks}, sum(not marks for marks in titled)

    def appendix_written(self, start: int) -> str:
        """The word and marks of the line beginning an appendix at `start` (`heads`), as the source
        writes them ("Bilaga A–C", "BILAGA 2"), for a message that cites it: a line of several
        was shown as its marks listed, »Bilaga A, B och C»."""
        raw = self._raw_at[start]
        found = _A_LETTERED_APPENDIX.match(raw) or _A_NUMBERED_APPENDIX.match(raw)
        return (raw[:found.end()] if found else raw).strip()

    def line_raw(self, start: int) -> str:
        """The raw text of the line beginning at `start` in the normalised text (`heads`)."""
        return self._raw_at[start]

    def title_below(self, text: str, start: int) -> str:
        """The title of a place's line at `start` that carries none of its own ("Bilaga 3" alone, its
        title "Ekonomi" on the line below, as a cover page sets it), as the source writes it: the
        next line, where it reads as a heading (`unit_kind`) and begins no place of `text`; "" for
        none. An appendix's title so set was never compared (`Bilaga 3 Skatter` passed), and a
        chapter's was read as none (`Kap 3 Ekonomi` of "Kap 3" over "Ekonomi" was refused, told »Kap 3»
        had no title)."""
        if self._title_of(text, start):
            return ""
        lines, index = self._raw_lines, self._raw_index[start]
        after, later = (lines[index + 1:index + 3] + ["", ""])[:2]
        if (not after.strip() or _place_written(text, after) or _A_CAPTION_BELOW.match(after)
                or unit_kind(_title_as_read(after), later) != "heading"):
            return ""
        return " ".join(_PAGE_NUMBER_AT_END.sub("", after).split()).strip(" :.\u2013\u2014-")

    def title_wrapped(self, start: int) -> str:
        """The raw words a place's line beginning at `start` wraps its title onto, the next line's
        (`_a_wrapped_title`: "finansiering" under "Kap 3 Ekonomi och"); "" for a line that wraps none."""
        lines = self._raw_lines
        index = self._raw_index[start]
        after, later = (lines[index + 1:index + 3] + ["", ""])[:2]
        return after if GOES_ON.match(after) and _a_wrapped_title(lines[index], after, later) else ""

    @functools.cached_property
    def _raw_lines(self) -> list[str]:
        """The source's raw lines (`split_lines`), split once for `titles`, `title_wrapped` and the
        page furniture's reading."""
        return split_lines(self.source.text)

    @functools.cached_property
    def _raw_index(self) -> dict[int, int]:
        """Each line's index among the source's raw lines (`split_lines`), by where it begins in the normalised text."""
        return {start: index for index, (start, end) in enumerate(self.source.line_spans()) if end > start}

    @functools.cached_property
    def _raw_at(self) -> dict[int, str]:
        """Each line's raw text by where it begins in the normalised text."""
        return {start: raw for _, raw, start in self._lines}

    def heading_above(self, at: int) -> Optional[str]:
        """The last line read as a heading (`coverage.unit_kind`) that begins at or before `at`, a
        place in the normalised text, as a locator writes it: its words without Markdown's marks
        or a colon after them ("**Mål och uppdrag:**" is `Mål och uppdrag`), its dashes as the
        source writes them; None where none comes before. A page's running head is no heading the
        text stands under (`page_furniture`): "Bergby kommun - Verksamhetsplan" was offered."""
        start = self.heading_start_above(at)
        if start is None:
            return None
        end = dict(self.source.line_spans())[start]
        heading = self.source.normal[start:end].strip().rstrip(":").strip()
        raw = self._raw_at[start].strip().strip("#*_").strip().rstrip(":").strip()
        return (raw if normalise(raw) == heading else heading) or None

    def heading_start_above(self, at: int) -> Optional[int]:
        """Where the line `heading_above` reads begins in the normalised text; None where none comes before."""
        starts = [start for start in self._heading_starts if start <= at and start not in self._furniture_at]
        return max(starts) if starts else None

    def head_above(self, text: str, at: int) -> Optional[tuple[int, frozenset[str]]]:
        """The last line beginning with `text` (`heads`) at or before `at`, a place in the
        normalised text: its line's start and its marks (none for one writing none); None where
        no such line comes before."""
        starts, marks = self.heads(text)
        index = bisect.bisect_right(starts, at) - 1
        return (starts[index], marks[index]) if index >= 0 else None

    def in_order(self, text: str) -> bool:
        """Whether the lines beginning with `text` (`heads`) each mark one place by its number and go
        forward through the source ("Kap 1", "Kap 1.1", "Kap 2"), so that where each place begins
        and ends is known: not where a line writes none ("Mål" alone, "Mål 90 % av …", a wrapped
        sentence's "Kap 3 beskriver …") or several ("Mål 3 och 4"), nor where the numbering goes
        back or starts again ("Mål 1" under each of two chapters, a list of contents above the text).
        A count before the words in small letters ("3 mål av 5 uppfylldes") begins no place
        (`_after_a_number`): the quotes under it were refused as goal 3's."""
        heads = self.heads(text)[1]
        roman = _roman({mark for marks in heads for mark in marks})  # "Kap I", "Kap II" (`_letter_marked`)
        sections = [_place_order(next(iter(marks)), roman) if len(marks) == 1 else None for marks in heads]
        return bool(sections) and None not in sections and all(a < b for a, b in zip(sections, sections[1:]))

    def head_written(self, text: str, start: int) -> str:
        """The words and number of the line beginning with `text` at `start` (`heads`) as the source
        writes them ("Kap. 3", "2 Mål"; "Kap 1" of "7   Kap 1", not a number before them), for a message
        that cites it; the whole line where they are not found so. Their spaces, a tab's or a
        typesetter's too, are cited as plain ones: a tab was cited escaped, »Kap\\x093«."""
        raw = self._raw_at[start]
        found = _place_written(text, raw, self._mark_at(text, start))
        return " ".join((raw[found.start("own") if found["own"] else 0:found.end()] if found else raw).split())

    def span(self, text: str, mark: str) -> Optional[tuple[int, int]]:
        """Where the place of `text` marked `mark` ("Kap 3") begins and ends in the normalised text: its
        line (`heads`), and the next such line of a place outside it (not its sections', "Kap 3.1"),
        or the text's end; None where that is not known (`in_order`, `listed`) or no line marks it."""
        if not self.in_order(text) or self.listed(text):
            return None
        starts, marks = self.heads(text)
        begins = next((start for start, marked in zip(starts, marks) if marked == {mark}), None)
        if begins is None:
            return None
        ends = (start for start, marked in zip(starts, marks) if start > begins and not any(_in_place(m, mark) for m in marked))
        return begins, next(ends, len(self._normal))

    def written_within(self, text: str, after: int, before: int) -> bool:
        """Whether a line after `after` and before `before`, places in the normalised text, begins with
        `text` as whole words, or is a heading that holds them (`has_heading_with`)."""
        whole, starts = _whole_words(text), self._starts
        return any(whole.search(line) and (line.startswith(text) or start in self._heading_starts)
                   for line, _, start in self._lines[bisect.bisect_right(starts, after):bisect.bisect_left(starts, before)])

    @functools.cached_property
    def _starts(self) -> list[int]:
        """Where each line (`_lines`) begins in the normalised text, in the text's order."""
        return [start for _, _, start in self._lines]

    def title_at(self, text: str, mark: str) -> str:
        """The title (`_title_of`) the line beginning the place of `text` marked `mark` (`titled_heads`)
        carries, "Bilaga 3 Ekonomi" → "ekonomi"; "" for none, or no such line, or a page's number set off
        by spaces at its end ("Bilaga 3      5", as a page's layout sets it: `Bilaga 3 Ekonomi` was told
        the title was »5«, and offered `Bilaga 3 5`)."""
        start = next((start for start, marked in self.titled_heads(text) if marked == {mark}), None)
        found = None if start is None else _place_written(text, self._line_at[start], mark)
        if found is None or found["letter"] or found["closed"]:
            # "Bilaga 2 a Kostnader", a lettered part of appendix 2 (`heads`): its title is the part's, not the
            # appendix's, and `Bilaga 2 Intäkter` of part b's "Bilaga 2 b Intäkter" was refused.
            return ""
        title = self._title_of(text, start) or normalise(self.title_below(text, start)).casefold()
        return "" if title.isdigit() and _A_SPACED_PAGE_NUMBER.search(self._raw_at[start]) else title

    def title_below_at(self, text: str, mark: str) -> str:
        """`title_below` of the line beginning the place of `text` marked `mark` (`titled_heads`), normalised and
        case-folded as `title_at`'s; "" for none."""
        start = next((start for start, marked in self.titled_heads(text) if marked == {mark}), None)
        return "" if start is None else " ".join(normalise(self.title_below(text, start)).casefold().split())

    def titled_elsewhere(self, text: str, mark: str, title: str) -> bool:
        """Whether a line beginning a place of `text` (`titled_heads`) other than the one marked `mark`
        has `title` (normalised, case-folded) as its title: "Kap 1 Inledning" for `Kap 3 Inledning`."""
        return any(marked != {mark} and self._title_of(text, start).split() == title.split()
                   for start, marked in self.titled_heads(text))

    def titled_heads(self, text: str) -> list[tuple[int, frozenset[str]]]:
        """The lines beginning a place of `text` (`heads`) with their marks, whose titles a locator's
        is compared with: an appendix's only where they read as its title (`titles`). A sentence of
        running text that pdftotext wrapped before "Bilaga 2 Investeringsbudget och följs upp …" was
        read as appendix 2's line: `Bilaga 2 Ekonomi` beside "Bilaga 2 Budget" below it was told
        the title »Investeringsbudget och följs upp varje år» and offered a locator of the sentence's
        words, and so was `Bilaga 2 Budget` of a source with no appendix but that sentence. A chapter's
        or goal's likewise, where one of its lines reads so: "Kap 2 Ekonomi" below a sentence wrapped
        before "Kap 2 Investeringsbudget och följs upp …", and `Kap 2 Budget` was told the sentence's
        title and offered its words. Where none does, all of them, as a goal's title may be a sentence
        ("Mål 2 Alla ska ha ett hem."), which `titles` reads as none."""
        heads = list(zip(*self.heads(text)))
        titles = self.titles(text)
        if text in _LABELLED_POSITIONS:
            return [(start, marked) for start, marked in heads if start in titles]
        titled = {frozenset(marked) for start, marked in heads if start in titles}
        running = self._running_on(text)
        return [(start, marked) for start, marked in heads
                if start in titles or marked not in titled and start not in running]

    def sentence_at(self, text: str, mark: str) -> Optional[int]:
        """Where the source's only line beginning the place of `text` marked `mark` (`heads`) begins, where
        that line goes on from a sentence above (`_running_on`: "Investeringarna redovisas i" over "Kap 2
        Investeringsbudget och följs upp …"); None where no such line is, or another begins the place."""
        starts = [start for start, marked in zip(*self.heads(text)) if marked == {mark}]
        return starts[0] if len(starts) == 1 and starts[0] in self._running_on(text) else None

    def _running_on(self, text: str) -> frozenset[int]:
        """Where the lines beginning with `text` (`heads`) begin that go on from a sentence on the line of
        text above (`runs_on`, `_lines_above`, as `titles` reads them): a sentence pdftotext wrapped before
        "Kap 2 Investeringsbudget och följs upp …", which, as the source's only "Kap 2" line, gave chapter 2
        the sentence's words as its title (`Kap 2 Budget` was refused and offered them), where a wrapped
        sentence alone gives an appendix none."""
        starts = set(self.heads(text)[0])
        lines = self._raw_lines
        above = self._lines_above(lines, set(page_furniture(self.source)))
        return frozenset(start for (start, end), before in zip(self.source.line_spans(), above)
                         if start in starts and end > start and (runs_on(before) or _ends_going_on(before)))

    def begins_between(self, text: str, after: int, before: int) -> bool:
        """Whether a line beginning with `text` begins after `after` and before `before`, places in
        the normalised text."""
        return any(after < start < before for _, _, start in self._starting(text))

    def appendix_above(self, at: int) -> Optional[tuple[int, frozenset[str]]]:
        """The appendix a place `at` stands in, as `check_quotes_in_named_appendix` reads it: the last
        line before it beginning one (`head_above`) that reads as its title (`appendix_titles`),
        past a sentence's line that pdftotext wrapped before "Bilaga 3 …"; any such line where none
        reads so. The hint named the wrapped line's appendix, which the check does not take."""
        starts, marks = self.heads("bilaga")
        index = bisect.bisect_right(starts, at) - 1
        while self.appendix_titles and index >= 0 and starts[index] not in self.appendix_titles:
            index -= 1
        return (starts[index], marks[index]) if index >= 0 else None

    @functools.cached_property
    def zero_point(self) -> bool:
        """Whether the source numbers a point 0 ("0. Inledning", "0) …"), for a locator's `punkt 0`."""
        return any(_A_ZERO_POINT.match(raw) for _, raw, _ in self._lines)

    def spelt(self, text: str, written: str) -> str:
        """The words `text` (case-folded) as the first line beginning with them writes them
        ("Bilaga" for a locator's `bilaga`), `written` where no line's words are those letters."""
        for _, raw, _ in self._lines:
            words = raw.lstrip()[:len(text)]
            if words.casefold() == text:
                return words
        return written

    @functools.cached_property
    def unhyphenated(self) -> tuple[str, str]:
        """The source's text (normalised, case-folded) with a word hyphenated over a line's end written whole
        ("Verksamhets-" over "mål": "verksamhetsmål"), and with its hyphen kept ("EU-" over "medel": "eu-medel"), for
        words a locator writes whole (`_unwritten_within`). Only at a line's end ("barn- och ungdoms-" over "nämnden" is
        "barn- och ungdomsnämnden"), and over a page's furniture between the halves (its number, a running head). A
        soft hyphen's halves, which the normalised text joins ("boende\u00ad" over "platser"), as that text writes them:
        read apart, `Kap 2, Boendeplatser` was told »Boendeplatser» står inte i Kap 2, of the place that writes it."""
        return self.unhyphenated_within(0, len(self._normal))

    def unhyphenated_within(self, after: int, before: int) -> tuple[str, str]:
        """`unhyphenated` of the lines beginning from `after` and before `before`, places in the normalised text (a
        place's `span`). Written whole only where the next line goes on in a small letter, as a word broken there does
        ("Verksamhets-" over "mål"); before a capital, a name's ("Uppsala-" over "Stockholm"), with its hyphen kept
        alone: read case-folded, every line went on in a small letter, and "uppsalastockholm" was written. Before
        "och" or another word of `SUSPENDED` ("barn-" over "och ungdomsnämnden"), apart: "barnoch" was written."""
        furniture = set(page_furniture(self.source))
        spans = [(start, end) for number, (start, end) in enumerate(self.source.line_spans(), start=1)
                 if end > start and number not in furniture and after <= start < before]
        whole: list[str] = []
        kept: list[str] = []
        last = None
        for start, end in spans:
            line = self._normal[start:end]
            folded = line.casefold()
            if start == last:  # no space between them in the normalised text: one word
                whole[-1], kept[-1] = whole[-1] + folded, kept[-1] + folded
            else:
                # Not a suspended compound's first part ("barn-" over "och ungdomsnämnden"): no word broken there.
                broken = bool(kept) and _HYPHEN_AT_LINE_END.search(kept[-1]) is not None and not SUSPENDED.match(folded)
                if broken and line[:1].islower():
                    whole[-1] = whole[-1][:-1] + folded
                else:
                    whole.append(folded)
                if broken and line[:1].isalpha():
                    kept[-1] += folded
                else:
                    kept.append(folded)
            last = end
        return " ".join(whole), " ".join(kept)

    def writes(self, text: str, contents: bool = True) -> bool:
        """Whether the source writes `text` anywhere as whole words, a number in it whole ("Mål
        3" is not "mål 3,5 procent"); without `contents`, outside its table of contents' lines
        (an appendix it lists there may not be in the text)."""
        written = self._normal if contents else self._outside_contents
        return re.search(_whole_words(text).pattern + r"(?![.,]\d)", written, re.IGNORECASE) is not None

    @functools.cached_property
    def _outside_contents(self) -> str:
        """The source's lines (normalised, case-folded) but a table of contents' ("Bilaga 2 …… 14")."""
        return "\n".join(line for line, _, start in self._lines if start not in self._contents)

    @functools.cached_property
    def appendices_in_contents(self) -> int:
        """How many lines of a table of contents begin with "Bilaga" ("Bilaga 2 …… 14")."""
        return sum(line.startswith("bilaga") and start in self._contents for line, _, start in self._lines)

    def in_contents(self, text: str) -> bool:
        """Whether a line of a table of contents begins with `text` ("Tabell 2 Kostnader …… 14")."""
        return any(start in self._contents for _, _, start in self._starting(text))

    @functools.cached_property
    def _contents(self) -> frozenset[int]:
        """Where a table of contents' lines begin in the normalised text: each line with dot leaders
        before its page number ("Bilaga 2 …… 14"), and each with a tab before it ("Bilaga 2\t14")
        beside another of either, as a table of contents lists its entries one under another: "Bilaga
        2\t14" counted as an appendix the source has. A tab's line alone may be the appendix's own
        ("Bilaga 4\t12", a page's running head), and is read as it. A page's furniture between two
        entries (its number, a running head atop the next page: `page_furniture`) stands beside
        neither: the list goes on past it, where the entry after it was read as an appendix's line; but
        not to a line naming an entry it lists already ("Bilaga 1\t2" atop the page after the list's
        "Bilaga 1 Mål\t2"): that is the appendix's own line, and `Bilaga 1` was refused as in the
        contents alone. A running head that ends in its page's number after a tab
        ("Verksamhetsplan 2024\t2", `tabbed_running_heads`) is such furniture, not an entry beside
        the appendix's own line under it."""
        leaders = [CONTENTS_LINE.search(raw) is not None for _, raw, _ in self._lines]
        entries = [found["entry"].split() if (found := A_TABBED_ENTRY.fullmatch(raw)) else [] for _, raw, _ in self._lines]
        if any(entries):  # a running head ending in its page's number after a tab is no entry (`tabbed_running_heads`)
            spans = self.source.line_spans()
            heads = {spans[number - 1][0] for number in tabbed_running_heads(self.source)}
            entries = [[] if start in heads else entry for entry, (_, _, start) in zip(entries, self._lines)]
        tabbed = [len(entry) > 1 for entry in entries]
        listed = [one or bool(entry) for one, entry in zip(leaders, entries)]
        beside = [False] + listed + [False]
        contents = {index for index in range(len(self._lines))
                    if leaders[index] or tabbed[index] and (beside[index] or beside[index + 2])}
        if any(tabbed[index] and index not in contents for index in range(len(self._lines))):
            spans = self.source.line_spans()
            furniture = {spans[number - 1][0] for number in page_furniture(self.source)}
            kept = [index for index, (_, _, start) in enumerate(self._lines) if start not in furniture]
            listed_words = [raw.casefold().split() for _, raw, _ in self._lines]
            for before, index, after in zip([None] + kept, kept, kept[1:] + [None]):
                # Past the furniture, a line naming an entry the list has above it ("Bilaga 1\t2" under the running
                # head, the list's "Bilaga 1 Mål\t2" on the page before) is the entry's own line: no list names one twice.
                words = [word.casefold() for word in entries[index]]
                if tabbed[index] and (before is not None and listed[before] and not any(
                        listed_words[above][:len(words)] == words for above in contents if above < index)
                        or after is not None and listed[after]):
                    contents.add(index)
        return frozenset(self._lines[index][2] for index in contents)


# The numbers right after a place's words: "Kap 3", "Kap. 3", "Mål 1.2", "Mål 3 och 4", "Mål 3–4".
_NUMBERS_AFTER = lazy_regex.compile(r"\.?\s+(?:(?:nr|nummer)\.?\s*)?(\d+)(?:\.\d+)*((?:\s*(?:och|samt|,|&|/|\+|[-\u2013\u2014])\s*\d+(?![.,]\d))*)"
                            r"(?!\d|[.,]\d)")
# A line beginning an appendix by its numbers, as the source writes it ("Bilaga 1–3 Yttranden", "BILAGA 2 OCH 3"),
# after any white space, a page's form feed and a typesetter's em space too ("\u2003\fBilaga 2": cited
# whole, »Bilaga 2 Budget», where its marks were meant).
_AN_APPENDIX_LEAD = r"[^\S\n]*"
# The plural so too ("Bilagorna 2 och 3 Kostnader"), where the line writes the numbers.
_A_NUMBERED_APPENDIX = lazy_regex.compile(_AN_APPENDIX_LEAD + "bilag(?:a|or(?:na)?)" + _NUMBERS_AFTER.pattern, re.IGNORECASE)
# A section's number right after a place's words ("Kap 1.2", "Mål nr 1.2:"), and whether another
# number is joined to it ("Kap 1.2–1.4", "Mål 1.2 och 1.3").
_A_SECTION_AFTER = lazy_regex.compile(r"\.?\s+(?:(?:nr|nummer)\.?\s*)?(?P<section>\d+(?:\.\d+)+)(?!\d|[.,]\d)"
                              r"(?P<joined>\s*(?:och|samt|,|&|/|\+|[-\u2013\u2014])\s*\d)?")
# A place's words joined with another's into a title: "Mål och budget", "Mål- och resultatstyrning"
# (on the case-folded line; not "Mål för boende", a goal's heading, nor "Mål\tatt …", a cell).
_A_TITLE_GOING_ON = lazy_regex.compile(r"-? +(?:och|samt)(?!\w)")
_NUMBER_FIRST = lazy_regex.compile(r"(\d{1,4})[.):]?\s+(\S.*)")
# A running head's page number after its title, with spaces only ("Kap 2 Mål          7"), as pdftotext lays it out.
_A_PAGE_NUMBER_AFTER = lazy_regex.compile(r"\s+\d{1,4}$")
_A_SPACED_PAGE_NUMBER = lazy_regex.compile(r"\S[ \u00a0]{2,}\d{1,4}[ \t]*$")  # "Bilaga 3      5": `_Places.title_at`
_PAGE_NUMBER_AT_END = lazy_regex.compile(r"(?:\t|\.{2,}|\u2026)[\s.\u2026]*\d+\s*$")
# A numbered point's line ("4. mottagande av …", "4) …", "(4) …"), and any line that begins
# with a number of up to three digits and then a word ("12 Bilagor", "120 personer", a table's
# "12<tab>Åtgärd"; not a row of figures, "<tab>4<tab>5"), or is a point's number alone ("3.",
# whose words a pdf's text puts on the next line: its `punkt 3` was refused).
_A_NUMBERED_POINT = lazy_regex.compile(rf"{SPACE}*\(?(\d{{1,3}})[.)]{SPACE}+\S")
# A place's number before its title at a line's start ("1 Inledning", "1. Inledning", "2.1 Trygghet").
_A_NUMBER_BEFORE_TITLE = lazy_regex.compile(r"\s*(?P<number>\d+(?:\.\d+)*)[.):]?\s+")
# A count before a word in small letters at a line's start ("3 mål av 5 uppfylldes"), no place's
# number before its words ("2 Mål – Trygghet"): `_Places._after_a_number`. Not a statute's chapter,
# its word abbreviated, then its title ("2 kap. Nämndens uppgifter": read as a count, the source
# numbered no chapter and `Kap 3` passed); a reference's "6 kap. 38 §" is one, and a wrapped
# sentence's end, "3 mål.". Nor a place's word set off from a title in a capital by a colon or a
# dash ("3 mål: Trygghet", "3 mål – Trygghet"): goal 3's title, read as a count, and `Mål 3` of a
# quote under it was refused; a count's colon goes on in small letters ("3 mål: alla uppfyllda").
_A_COUNT_FIRST = lazy_regex.compile(rf"{SPACE}*\d{{1,4}}{SPACE}+[a-zåäö][^\W\d_]*(?![^\W\d_])"
                                    rf"(?!(?:[.:]|{SPACE}*[\u2013\u2014-]){SPACE}+[A-ZÅÄÖ])")
_A_NUMBER_FIRST = lazy_regex.compile(rf"{SPACE}*\(?(\d{{1,3}})(?:[.):]?{SPACE}+[^\W\d_]|[.)]{SPACE}*$)")
# An appendix lettered at a line's start ("Bilaga A", "BILAGA B: Risker", a contents' "Bilaga A–C",
# "BILAGA A OCH C"; not "Bilaga i", a word), or numbered by a Roman numeral of I, V and X ("Bilaga
# IV", warned as unlettered), and a locator's part naming one (`Bilaga A`, `bilaga b`, `bilaga iv`).
_A_ROMAN = "(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?![IVX])"  # of two numerals or more: "I", "V", "X" are letters too
_A_LETTER = rf"(?:{_A_ROMAN}|[A-ZÅÄÖ])"
_A_LETTERED_APPENDIX = lazy_regex.compile(rf"{_AN_APPENDIX_LEAD}(?i:bilaga)[ \t\u00a0]+({_A_LETTER}(?:\s*(?:(?i:och|samt)|[,&/+\u2013\u2014-])"
                                  rf"\s*{_A_LETTER}(?!\w))*)(?!\w)")
# A place's Roman numeral or capital letter after its words, on the line beginning it ("Kap III Ekonomi", "Del B:
# Ekonomi", "Kap II" alone): `_Places._letter_marked`. Not a sentence's word ("Del A är …"). After an abbreviation's
# full stop too ("Kap. III"), as a number is ("Kap. 3"): `Kap III` and `Kap IV` there were told no line began so.
_A_LETTER_AFTER = lazy_regex.compile(rf"\.?[ \t\u00a0]+({_A_LETTER})(?=[ \t\u00a0]*(?:[:.\u2013\u2014-]|$)|[ \t\u00a0]+[A-ZÅÄÖ0-9])")
_A_NUMBER_AFTER = lazy_regex.compile(r"\.?[ \t\u00a0]+\d")  # "kap. 3 i …": `_Places._letter_marked`
_A_LETTER_ALONE = lazy_regex.compile(_A_LETTER)  # one appendix's mark, not "A och C" (`_Places._mark_at`)
# A locator's place of a Roman numeral or a capital letter, and any title (`Kap III`, `Del B: Ekonomi`): `_heading_marks`.
# Not a lettered part's capital after its number (`Mål 2 A Skola`, `_A_LETTERED_PART`): read as a place »Mål 2» lettered
# »A», it was offered `Mål 2 2` for a quote under "Mål 2 B".
_A_CAPITAL_MARKED = lazy_regex.compile(rf"(?P<stem>\S.*?)(?<!\d)[ \t\u00a0]+(?P<number>{_A_LETTER})(?:[ \t\u00a0]*[:.\u2013\u2014-]?"
                                       r"[ \t\u00a0]+(?!(?i:och|samt|eller|till|resp\.?|respektive)[ \t\u00a0])(?P<title>[^\W\d].*))?")
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_A_LETTERS_MARK = rf"(?:(?i:{_A_ROMAN})|[^\W\d_])"  # in a locator, in any case: `bilaga iv`
_LETTERED_PLACE = lazy_regex.compile(rf"(?P<stem>\S.*?)\s+(?P<letter>{_A_LETTERS_MARK})")
# A place's part lettered after its number, in a small letter, before a title in a capital or
# alone ("Mål 2 a Polis", "Mål 2a: Polis", "Mål 2 b)"), as a source letters goal 2's sub-goals: read
# as unnumbered, a sentence's word, it left the goals' order unknown, and `Mål 1` passed for a quote
# under "Mål 2 b". Not "i", a word, but before a bracket ("Mål 2 i Kommunplanen"). In a capital too ("Mål 2 A
# Polis", "Mål 2 B Skola"), not "I", a title's word ("Mål 2 I samverkan"): `Mål 2 D` was told goal 2 A's title »D».
_A_SUB_LETTER = lazy_regex.compile(rf"[ \t\u00a0]?(?:(?P<closed>[a-zåäöA-ZÅÄÖ])\)|(?P<letter>[a-hj-zA-HJ-Z])[.:]?"
                                   rf"(?=[ \t\u00a0]+[A-ZÅÄÖ0-9]|[ \t\u00a0]*$))")
# A point numbered 0, with its words or alone on its line ("0. Inledning", "0.").
_A_ZERO_POINT = lazy_regex.compile(rf"{SPACE}*\(?0[.)](?:{SPACE}+\S|{SPACE}*$)")
# The positions that name a part by the document's own number (`bilaga 3`: its "Bilaga 3"), not
# by the author's count (`punkt 3`, `risk 2`): checked as a heading's number is (`_number_missing`).
_LABELLED_POSITIONS = frozenset({"bilaga"})
# The positions a source may mark by their own number at a line's start ("Tabell 3: Kostnader",
# "Avsnitt 2", "Risk 2 Lokaler", "Vallöfte 2: Trygghet"), the author's count in one that marks none
# (a party's promises as bullets): checked against those numbers where it marks each such line, as
# an appendix's are (`_number_missing`). `tabell 3` passed by its form in a source whose tables are
# "Tabell 1" and "Tabell 2", `Vallöfte 3` in one whose promises are "Vallöfte 1" and "Vallöfte 2".
_MARKED_POSITIONS = frozenset({"tabell", "avsnitt", "risk", "vallöfte"})
# Of those, the positions a source that numbers each begins with its line, which runs on to the next
# ("Risk 2 Lokaler" and its text): a quote under it stands in that place, as one under "Kap 2" does
# (`_headings_named`). `Risk 1` passed for a quote under "Risk 2", whose hint offered `risk 2`
# "som citatet står under". Not a table's: the text after its caption may be the page's.
_BEGUN_POSITIONS = frozenset({"avsnitt", "risk", "vallöfte"})
# A bracket closing a title after its words ("Investeringsbudget (tkr)"), which ends no sentence.
_A_CLOSING_BRACKET = lazy_regex.compile(r"(?<=\w)\s*\([^()]*\)\s*$")
# A title's words after an appendix's marks, and the one full stop that ends them: none ("Bilaga
# 2."); words set off from the marks by a full stop, a colon or a dash, as a title's are, however
# many (". Ekonomi.", ": Investeringsbudget och lokalförsörjningsplan 2024–2026."), beginning in a
# capital, not a sentence's; or after a space one word beginning in a capital, or a list of words
# joined by commas and "och", "samt", "eller" or "&", or by a preposition before a word or a year
# each, and its years (" Lokalförsörjningsplan.", " Risk- och sårbarhetsanalys.", " Budget
# 2024–2026.", " Budget för 2024.", " Kostnader per invånare och år."), the preposition's word
# after a genitive too: a word ending in s, not as a noun's own "us" or "ss" does ("hus",
# "process"), before a word that does not end in s as a verb's passive does, only as a noun's "ss",
# "us", "ens" or "ans" (" Budget för nämndens verksamhet.", " Plan för kommunens process.", and
# such a genitive and its word first: " Kompetensens utveckling.", " Nämndens mål och medel.", not
# " Budget för hus byggs.", nor " Kostnaden för hus stiger.", a noun and its verb); also a noun in
# "rs", "ts" or "ås" after a definite genitive ("ens", "ans", "ets", "nas"), before which no
# passive stands (" Plan för nämndens insats.", " Rutiner för kommunens resurs.", " Plan för
# kompetensens insats."), whether the line stands alone or has its text right under it, where
# after a noun of its own ("Plan för insats görs.") or a loanword whose own ending is "ens" or
# "ans" (`_LOANWORDS_IN_S`: "Ekonomi i balans nås.", "Plan för kompetens utförs.") such a word is
# still a sentence's passive verb. Other
# words after a space alone may be a sentence, its verb beside a word ("Bilaga 2 Nämnden
# beslutar.", "Bilaga 2 Investeringsbudget redovisar årets investeringar.", "Bilaga 2 Budget för
# 2024 fastställs."): a sentence taken for a title refuses the quotes under it, a title missed
# leaves them unchecked. Left as they are, their shape telling nothing: a title in a small letter
# ("Bilaga 2 budget och plan.", a sentence's verb as likely: "Bilaga 2 visar och förklarar."), and
# an imperative, whose verb is shaped as a title's first word ("Bilaga 2 Gå till sidan 4.").
_A_TITLES_WORD = r"[^\W\d_]+-?"
_A_TITLES_GENITIVE = r"[^\W\d_]*[^\W\d_us]s[ \t\u00a0]+[^\W\d_]*(?:[^\W\d_s]|ss|us|[ae]ns)"
# Loanwords whose own ending is "ens" or "ans", as a definite genitive's is, and the compounds
# ending in them ("arbetsbalans"), not their own definite genitive ("kompetensens", "balansens").
# Only words no definite genitive ends as: not "karens" ("läkarens"), "dans" ("sidans"), "vakans"
# (a vigil's, "vaka") or "essens" ("processens"). A loanword missing here ("Bilaga 2 Konkurrens
# råder.", "Bilaga 2 Plan för leverans utförs.") made a sentence the appendix's title, and the
# quotes under it were refused as standing in that appendix.
_LOANWORDS_IN_S = ("(?i:balans|kompetens|konferens|referens|frekvens|konsekvens|sekvens|licens|tendens|existens"
                   "|evidens|instans|distans|finans|substans|allians|ambulans|tolerans|relevans|resonans|dominans"
                   "|prevalens|incidens|transparens|preferens|differens|resistens|potens|chans|nyans"
                   "|konkurrens|leverans|assistans|konsistens|korrespondens|intelligens|signifikans|varians|turbulens"
                   "|ambivalens|kongruens|konvergens|divergens|abstinens|kontinens|interferens|koherens|persistens"
                   "|ekvivalens|resiliens|suppleans|ordinans|dissonans|excellens|solvens|kvittens|ignorans|arrogans)")
_A_DEFINITE_GENITIVE = (rf"(?![^\W\d_]*{_LOANWORDS_IN_S}[ \t\u00a0])"
                        r"[^\W\d_]*(?:[ae]n|et|na)s[ \t\u00a0]+[^\W\d_]*(?:[rt]|å)s")
# A title's first words may be a definite genitive and its word ("Kompetensens utveckling.",
# "Nämndens insats.", "Kommunernas samverkan."), not any word ending in s and a word: a passive
# verb first and its adverb or particle ("Bilaga 2 Bifogas separat.", "Bilaga 2 Lämnas
# senare.", "Bilaga 2 Tas fram under 2024.") is a sentence, which was read as a title, the
# quotes under it refused as the appendix's. A definite plural's "-nas" only after its "-or",
# "-ar" or "-er" ("Skolornas"), not a passive's ("Öppnas", "Räknas").
_A_TITLES_FIRST_GENITIVE = r"[^\W\d_]*(?:en|an|et|[aoe]rna)s[ \t\u00a0]+[^\W\d_]+"
_A_TITLES_YEAR = r"\d[\d\u2013\u2014/-]*"
_A_TITLES_PREPOSITION = "(?:för|i|om|av|till|inom|med|mot|vid|per|på|under|över|efter|från|kring|enligt|genom|hos|mellan)"


def _titles_full_stop(genitive: str) -> str:
    """`_TITLES_FULL_STOP` with `genitive` as a preposition's genitive and its word; the title's
    first words a definite genitive's (`_A_TITLES_FIRST_GENITIVE`: "Bilaga 2 Kompetensens
    utveckling.", "Bilaga 2 Nämndens insats."), not a loanword's own ending ("Bilaga 2 Balans
    råder.")."""
    return (rf"[ \t\u00a0]*(?:[.:\u2013\u2014-][ \t\u00a0]*(?:[A-ZÅÄÖ0-9][^.!?;]*)?"
            rf"|[ \t\u00a0]+(?=[A-ZÅÄÖ])(?:(?![^\W\d_]*{_LOANWORDS_IN_S}[ \t\u00a0]){_A_TITLES_FIRST_GENITIVE}|{_A_TITLES_WORD})"
            rf"(?:(?:,[ \t\u00a0]+|[ \t\u00a0]+(?:och|samt|eller|&)[ \t\u00a0]+){_A_TITLES_WORD}"
            rf"|[ \t\u00a0]+{_A_TITLES_PREPOSITION}[ \t\u00a0]+"
            rf"(?:{genitive}|{_A_TITLES_WORD}|{_A_TITLES_YEAR}))*"
            rf"(?:[ \t\u00a0]+{_A_TITLES_YEAR})*)?\.[ \t\u00a0]*")


_TITLES_FULL_STOP = lazy_regex.compile(_titles_full_stop(f"(?:{_A_TITLES_GENITIVE}|{_A_DEFINITE_GENITIVE})"))


def _a_wrapped_title(raw: str, after: str, later: str) -> bool:
    """Whether a place's line going on into the next in a small letter ("Kap 3 Ekonomi och" over
    "finansiering") is its title that pdftotext wrapped, not a sentence (`_Places.titles`): the next
    line short and ending no sentence, as a title's last words are, the two lines a heading's
    together, and no line going on from it in turn. Read as a sentence, the chapter under it was
    not judged: `Kap 1` passed for a quote under it."""
    rest = after.strip()
    return (len(rest) <= SHORT_LINE and not SENTENCE_ENDED.search(rest) and not GOES_ON.match(later)
            and unit_kind(f"{raw.strip()} {rest}") == "heading")


def _title_as_read(raw: str) -> str:
    """A line beginning an appendix as its title is read (`_Places.appendix_titles`): without a
    closing bracket after its words ("Bilaga 2 Investeringsbudget (tkr)"), nor the full stop of a
    line whose words after the marks are a title's by their shape (`_TITLES_FULL_STOP`: "Bilaga 2.
    Ekonomi.", "Bilaga 3 Lokalförsörjningsplan."). Such a line was read as a sentence, and the
    quotes under it went unchecked until the next title; a sentence stays one ("Bilaga 2 visar att
    kostnaderna ökar.", "Bilaga 2 Nämnden beslutar.": a title missed leaves its quotes unchecked,
    a sentence taken for one would refuse them). Its length is `unit_kind`'s to judge, as a
    title's without a full stop is: a title over 40 characters was read as a sentence. It may
    also end in a definite genitive's noun in "rs", "ts" or "ås" ("Bilaga 2 Plan för nämndens
    insats."), alone on its line or with its text right under it: there it was read as a
    sentence, and the quotes under it went unchecked."""
    line = _A_CLOSING_BRACKET.sub("", raw).rstrip()
    found = _A_LETTERED_APPENDIX.match(line) or _A_NUMBERED_APPENDIX.match(line)
    if found and _TITLES_FULL_STOP.fullmatch(line, found.end()):
        return line[:-1]
    return line
# A labelled position's word in its definite form or the plural, read as the word the source begins
# the line with: `Bilagan 9`, `Bilagan Foo`, `Bilagorna 1–3` passed by their form where `Bilaga 9`,
# `Bilaga Foo`, `bilaga 1–3` are checked.
_DEFINITE_LABELS = {"bilagan": "bilaga", "bilagor": "bilaga", "bilagorna": "bilaga"}


# A marked position's word in the plural, read as the word the source begins each line with:
# `Tabellerna 2–3`, `Avsnitten 2 och 3`, `Riskerna 1–3` passed by their form where `Tabell 3` is
# checked against the tables the source numbers (`_MARKED_POSITIONS`).
_PLURAL_MARKED = {"tabeller": "tabell", "tabellerna": "tabell", "avsnitten": "avsnitt", "risker": "risk",
                  "riskerna": "risk", "vallöften": "vallöfte", "vallöftena": "vallöfte", "punkter": "punkt",
                  "punkterna": "punkt"}  # `punkterna 2 och 7` checked as `punkt 2 och 7` is: it passed by its word


def _an_appendix_told(part: str) -> bool:
    """Whether a part names an appendix by its number in the definite form (`Bilagan 2`,
    `_DEFINITE_MARKED`), which is told `Bilaga 2` and names no appendix itself: it passed as
    `Bilaga 2`, while `Tabellen 3` was refused."""
    return (found := _DEFINITE_MARKED.fullmatch(part)) is not None and found["word"].casefold() == "bilag"


def _labelled(word: str) -> Optional[str]:
    """The labelled position a locator's word names (`Bilaga`, `bilagan` → "bilaga"), or None."""
    word = normalise(word).casefold()
    return word if word in _LABELLED_POSITIONS else _DEFINITE_LABELS.get(word)


def _numbers_in(first: str, more: str) -> set[int]:
    """The numbers of "3", "3 och 4", "3, 4", "3 samt 4", "3/4", and a range "3–5" each."""
    numbers = [int(first)] + [int(number) for number in re.findall(r"\d+", more)]
    joins = re.findall(r"och|samt|[,&/+]|[-\u2013\u2014]", more)
    found = set(numbers)
    for (low, high), join in zip(zip(numbers, numbers[1:]), joins):
        if join in "-\u2013\u2014" and 0 < high - low <= 50:
            found.update(range(low, high + 1))
    return found


def _letters_in(run: str) -> set[str]:
    """The letters of "A", "A och C", "A, B", and a range "A–C" each, in small letters: read
    as `_numbers_in` reads numbers, each letter by its place in the alphabet; Roman numerals
    ("I–IV", "II och III") by their values, as small Roman numerals."""
    marks = re.findall(rf"(?<!\w){_A_LETTER}(?!\w)", run)
    roman = _roman_run(marks)
    if not roman and any(len(mark) > 1 for mark in marks):
        return {mark.casefold() for mark in marks}  # letters and Roman numerals in one line: each as written
    numbered = re.sub(rf"(?<!\w){_A_LETTER}(?!\w)", lambda mark: str(_mark_order(mark[0], roman)), run)
    first, more = re.fullmatch(r"(\d+)(.*)", numbered.casefold(), re.DOTALL).groups()
    return {_roman_numeral(number) if roman else _ALPHABET[number - 1].casefold() for number in _numbers_in(first, more)}


def _roman(marks: Collection[str]) -> bool:
    """Whether the marks a source gives the places of one word (an appendix's, a chapter's) are Roman numerals
    ("I", "IV"), not letters: each of I, V and X only, and one of them more than one numeral ("Bilaga I" alone is
    lettered or numbered alike: `_roman_run`), or two or more of one numeral each ("Kap I", "Kap V", "Kap X").
    Those were read as letters, and `Kap 5` told "bokstäverna I, V och X": as letters they are no run (the letters
    of a source run A, B, C), as numerals 1, 5 and 10. Their order decides nothing: I, V, X ascend alike as letters
    and as numerals."""
    return _roman_run(marks) or (all(re.fullmatch("[IVXivx]", mark) for mark in marks)
                                 and len({mark.casefold() for mark in marks}) > 1)


def _roman_run(marks: Collection[str]) -> bool:
    """Whether a few marks named together, a range's ends or a list's (`V–X`, `I och V`), are Roman numerals: each
    of I, V and X only, and one of them more than one numeral (`II–IV`). Two of one numeral each are letters as
    well (`Bilaga V–X` beside "Bilaga A" to "Bilaga X" runs over "Bilaga W"): read as numerals (`_roman`), the range
    was VI–IX and refused for a quote in "Bilaga W", told it stood in "Bilaga W", not in Bilaga V–X."""
    return any(len(mark) > 1 for mark in marks) and all(re.fullmatch(f"(?i:{_A_ROMAN})|[IVXivx]", mark) for mark in marks)


def _mark_order(mark: str, roman: bool) -> int:
    """A letter's place in the alphabet ("C" → 3), or a Roman numeral's value ("IV" → 4)."""
    if not roman and len(mark) == 1:
        return _ALPHABET.index(mark.upper()) + 1
    values = [_ROMAN_VALUES[numeral] for numeral in mark.casefold()]
    return sum(-value if value < after else value for value, after in zip(values, values[1:] + [0]))


def _roman_numeral(number: int) -> str:
    """The small Roman numeral of a number up to 39 (4 → "iv")."""
    tens, ones = divmod(number, 10)
    return "x" * tens + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][ones]


def _roman_appendix(text: str, number: str, places: "_Places", written: bool = True) -> Optional[str]:
    """The Roman numeral ("ii") whose line begins appendix `number` ("2") where the source numbers its
    appendices so ("Bilaga II Budget") and begins none with the digit; None otherwise. `Bilaga 2 Skatter`
    there passed by the word "Bilaga", while `Bilaga 2 Budget` was told the source's numeral. Not
    `written`, the numeral whether or not a line begins with it (`Bilaga 3` beside "Bilaga I" and "Bilaga II")."""
    if text != "bilaga" or not number.isdigit() or not 0 < int(number) < 40:
        return None
    heads = places.titled_heads(text)
    marks, roman = {mark for _, marked in heads for mark in marked}, _roman_numeral(int(number))
    return roman if _roman(marks) and number not in marks and (
        not written or any(marked == {roman} for _, marked in heads)) else None


def _roman_place(text: str, number: str, places: "_Places") -> Optional[str]:
    """The small Roman numeral ("iv") of a place's `number` ("4") where the source marks each place of the words
    `text` by one (`_Places.letters_of`: "Kap I" to "Kap III"), as `_roman_appendix` an appendix's; None otherwise."""
    if not re.fullmatch(r"\d{1,2}", number) or not 0 < int(number) < 40 or not _roman(places.letters_of(text)):
        return None
    return _roman_numeral(int(number))


def _marks_shown(marks: Collection[str]) -> list[str]:
    """An appendix's letters or Roman numerals in their order, as capitals (`Bilaga IV`)."""
    roman = _roman(marks)
    return sorted((mark.upper() for mark in marks), key=lambda mark: _mark_order(mark, roman))


def _marks_named(marks: Collection[str], asked: str) -> str:
    """An appendix's marks named and listed: "bokstäverna A och B", "de romerska siffrorna I och
    II". A source's "Bilaga I" alone is either: named as the locator's `asked` mark is (`Bilaga
    II` was told the source's "bokstaven I"). Letters beside Roman numerals are named each by
    its kind: "bokstäverna A och II" was said of "Bilaga A" and "Bilaga II"."""
    shown = _marks_shown(marks)
    numerals = [mark for mark in shown if len(mark) > 1]
    if _roman(marks) or not numerals and _roman([asked]) and all(mark in "IVX" for mark in shown):
        return f"{'den romerska siffran' if len(shown) == 1 else 'de romerska siffrorna'} {_listed(shown, 'och')}"
    letters = [mark for mark in shown if len(mark) == 1]
    named = f"{'bokstaven' if len(letters) == 1 else 'bokstäverna'} {_listed(letters, 'och')}"
    if numerals:
        named += f" och {'den romerska siffran' if len(numerals) == 1 else 'de romerska siffrorna'} {_listed(numerals, 'och')}"
    return named


@functools.lru_cache(maxsize=4096)  # plans share their locators' parts
def _stem_and_number(part: str) -> tuple[str, Optional[re.Match]]:
    """A locator's place as the words that name it (normalised, in small letters) and its
    number: `Kap 3` → "kap" and 3, `Långsiktig verksamhetsplan (transformationskarta)` → its words."""
    found = _POSITION.match(part)
    stem = (found.group("stem") if found else part).strip()
    stem = re.sub(r"\s*\([^()]*\)$", "", stem)  # `Långsiktig verksamhetsplan (transformationskarta)`
    return normalise(stem).casefold(), found


# Two places of one word in one part (`punkt 3-4`, `punkt 3 och 4`, `Mål 3–4`, `Kap 2 och 3`,
# `bilaga 5–6`, `Bilaga A–B`, sections `Mål 1.2–1.3`): each end is checked as the single place is
# (`_single_places`); the range passed by its form alone (`Mål 3-4`, `Kap 2–3`, `Kap 1.2–1.3` were
# even refused, no line beginning "Mål 3-").
_SECTION_NUMBER = r"\d+(?:\.\d+)*"
# The word may stand again before the last (`Kap 2 och Kap 4`): read as no place, it was judged neither against the
# source's chapters nor against the quote, and kept in the locator offered.
_TWO_OF_A_POSITION = lazy_regex.compile(rf"(?P<word>\S.*?)\s+(?P<first>{_SECTION_NUMBER}|{_A_LETTERS_MARK})\s*"
                                rf"(?P<join>[-\u2013\u2014/&]|och|samt|eller)\s*(?:(?i:(?P=word))\s+)?"
                                rf"(?P<last>{_SECTION_NUMBER}|{_A_LETTERS_MARK})")
_RANGE_JOINS = "-\u2013\u2014"


def _section(mark: str) -> Optional[tuple[int, ...]]:
    """A place's number as a section's, compared part by part (`1.10` → (1, 10), after `1.9`:
    not the decimal 1.1), or None for a letter (`A`, `IV`)."""
    return tuple(int(number) for number in mark.split(".")) if re.fullmatch(_SECTION_NUMBER, mark) else None


def _place_order(mark: str, roman: bool = False) -> Optional[tuple[int, ...]]:
    """A place's mark as its order among the source's (`_Places.in_order`): a section's number
    (`_section`), a lettered part after its place and before the place's first section ("2 a"
    after "2", before "2.1"), a letter's or a Roman numeral's (`roman`) value ("Kap III": 3)."""
    number, _, letter = mark.partition(" ")
    if not letter and _section(number) is None:
        return (_mark_order(number, roman),) if _A_LETTER_ALONE.fullmatch(number.upper()) else None
    section = _section(number)
    return section + (0, ord(letter)) if section and letter else section


def _mark_cut(mark: str, depth: int) -> str:
    """A place's mark cut to `depth` parts: "2.2" → "2", a lettered part's "2 b" → "2"."""
    return re.match(rf"[^. ]+(?:[. ][^. ]+){{0,{depth - 1}}}", mark).group()


def _two_places(part: str) -> Optional[re.Match]:
    """The two places a locator's part names by one word (`Kap 2–3`, `punkt 3 och 4`, `Mål
    1.2–1.3`, `Bilaga A–B`), or None: by numbers after any word, by letters only after an appendix's.
    Not a section's end written short (`Mål 4.1–3`: `_written_short`)."""
    found = _TWO_OF_A_POSITION.fullmatch(part)
    if found is None:
        return None
    first, last = _section(found["first"]), _section(found["last"])
    if first and last:
        return None if _written_short(first, last) else found
    return found if _labelled(found["word"]) else None


def _written_short(first: tuple[int, ...], last: tuple[int, ...]) -> bool:
    """Whether a range's last end, shorter than its first, is that written short, not a place past
    it: `Mål 4.1–3`, 4.1 to 4.3 (goal 3 would run backwards). One past the first's place at its own
    depth is a range to it (`Kap 1.1–2`, section 1.1 through chapter 2), as `Kap 1–2.3` runs from
    chapter 1 through section 2.3: it was refused as uneven while that one passed."""
    return len(first) > len(last) and last <= first[:len(last)]


def _single_places(locator: str) -> list[str]:
    """A locator's parts (`_locator_parts`), a part naming two places as each of its ends
    (`punkt 3-4` → `punkt 3`, `punkt 4`; `Mål 3–4`; an appendix's letters too, `Bilaga A–B`):
    the parts whose numbers, or letters, are checked."""
    return list(_single_places_of(locator))


# An ordinal word before a place's word in its definite form (`andra stycket`, `tredje raden`,
# `andra bilagan`, `sjunde punkten`, `2:a stycket`): the place its numbered form names (`stycke 2`,
# `rad 3`, `bilaga 2`, `punkt 7`), checked and warned about as that is. They passed by their form alone.
_ORDINALS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte",
             "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde", "tjugonde")
# A page so too (`andra sidan`, `tredje sidan`: `sida 2`, `sida 3`), but not "andra" as "other" (`på andra sidan av
# …`, `å andra sidan`): `andra sidan` was no page, unchecked and unwarned where `sida 2` is. Two ordinals joined
# (`andra och tredje punkten`, `andra till fjärde stycket`) are the numbered form's two (`punkt 2 och 3`); and a
# preposition before the ordinal (`i andra bilagan`) is no words of the place's: `i första bilagan` passed unchecked.
_ORDINAL_WORDS = {"stycket": "stycke", "raden": "rad", "bilagan": "bilaga", "punkten": "punkt", "sidan": "sida"}
_AN_ORDINAL = r"(?:" + "|".join(_ORDINALS) + r"|\d{1,2}:[ae])"
# Nor "andra sidan" after "den" or "se", nor "sidan" before a word but a few prepositions (`på andra sidan gatan`,
# `den andra sidan`, `se andra sidan`: the other side), which were warned about as page 2.
_ORDINAL_PLACE = lazy_regex.compile(r"(?i)(?<!\w)(?<!\bå\s)(?:(?<!\bden\s)(?<!\bse\s)|(?!andra\s))"
                                    r"(?:^(?:i|på|under|enligt)\s+)?(?P<ordinal>" + _AN_ORDINAL
                                    + r")(?:\s+(?P<join>och|till|[-\u2013])\s+(?P<last>" + _AN_ORDINAL + r"))?\s+"
                                    r"(?P<word>" + "|".join(_ORDINAL_WORDS) + r")(?!\w)"
                                    r"(?!(?<=sidan)\s+(?!(?:i|under|efter|före|med)(?!\w))[^\W\d])")


# A preposition leading a locator's part (`i första bilagan`, `på andra sidan`), which a message names the place
# without: `i första bilagan` was told "inte i i första bilagan" and to "citera texten i i första bilagan".
_A_LEADING_PREPOSITION = lazy_regex.compile(r"(?i)(?:i|på|under|enligt)\s+(?=\S)")


def _place_said(part: str) -> str:
    """A locator's part as a message names it after its own "i": without a leading preposition
    (`i första bilagan` → "första bilagan")."""
    return _A_LEADING_PREPOSITION.sub("", part, count=1) if _A_LEADING_PREPOSITION.match(part) else part


def _ordinal_number(ordinal: str) -> int:
    """The number an ordinal word or figure names (`andra`, `2:a` → 2)."""
    ordinal = ordinal.casefold()
    return int(ordinal[:-2]) if ordinal[:1].isdigit() else _ORDINALS.index(ordinal) + 1


# A preposition before an appendix by its number (`i Bilaga 2`), as before an ordinal (`i andra bilagan`): no words of
# the place's. `i Bilaga 9` and `i Bilaga 1` of a quote in Bilaga 2 passed by the word "Bilaga", unchecked. So before a
# table, section, risk, election promise (`_MARKED_POSITIONS`) or point by its number: `i tabell 3` passed beside
# tables 1–2, `i punkt 7` past a source's last point.
_A_PREPOSITION_BEFORE_APPENDIX = lazy_regex.compile(
    r"(?i)^(?:i|på|under|enligt)\s+(?=bilag(?:a|an|or|orna)\s|(?:tabell(?:en|er|erna)?|avsnitt(?:et|en)?|"
    r"risk(?:en|er|erna)?|vallöft(?:e|et|en|ena)|punkt(?:en|er|erna)?)\s+\d)")


def _numbered(part: str) -> str:
    """A locator's part with each place named by an ordinal word (`andra stycket`) as its numbered
    form (`stycke 2`; `andra och tredje punkten` → `punkt 2 och 3`, `i andra bilagan` → `bilaga 2`)."""
    def numbered(found: re.Match) -> str:
        word, first = _ORDINAL_WORDS[found["word"].casefold()], _ordinal_number(found["ordinal"])
        if not found["last"]:
            return f"{word} {first}"
        join = "och" if found["join"].casefold() == "och" else "\u2013"
        return f"{word} {first} {join} {_ordinal_number(found['last'])}" if join == "och" else \
            f"{word} {first}{join}{_ordinal_number(found['last'])}"
    return _ORDINAL_PLACE.sub(numbered, _A_PREPOSITION_BEFORE_APPENDIX.sub("", part, count=1))


@functools.lru_cache(maxsize=65536)
def _single_places_of(locator: str) -> tuple[str, ...]:
    """`_single_places`, once per locator: the rules and warnings on places each ask. A place named
    by an ordinal word is read as its numbered form (`_numbered`)."""
    singles = []
    for part in map(_numbered, _locator_parts(locator)):
        # A list with a range among its places (`Kap 1–3 och 5`), each end of each: it was read as no place.
        for each in _items_with_a_range(part) or [part]:
            found = _two_places(each)
            singles += [f"{found['word']} {found['first']}", f"{found['word']} {found['last']}"] if found else [each]
    return tuple(singles)


def _reversed_range(part: str, places: Optional[_Places] = None) -> Optional[tuple[str, str]]:
    """Why a range (`Mål 4–2`, `Mål 1.10–1.9`, `Bilaga C–A`) is none, running from the later place
    back to the earlier, and the part written the right way round; None for any other part, or a
    year's (`Budget 2024–25`). Given the source's `places`, one of places it marks by Roman numerals or
    letters so too (`Kap III–I`: `_letters_apart`): it was given the generic tip, not `Kap I–III`. A list with a range
    among its places (`Kap 3–1 och 5`: `_items_with_a_range`) so too, by each range: it passed."""
    if items := _items_with_a_range(part):
        said, written = [], part
        for item in items:
            if turned := _reversed_range(item, places):
                said.append(turned[0])
                size = len(_A_LIST_WITH_A_RANGE.fullmatch(part)["word"]) + 1  # the range after its word
                span, right = item[size:], turned[1][size:]
                written = re.sub(rf"(?<![\d.]){re.escape(span)}(?![\d.])", right, written, count=1)
        return ("; ".join(said), written) if said else None
    found = _two_places(part) or (_letters_apart(part, places) if places else None)
    if found is None and places is not None:
        return _bare_range_reversed(part, places)
    if found is None or found["join"] not in _RANGE_JOINS or _A_YEAR.fullmatch(found["first"]):
        return None
    first, last = found["first"], found["last"]
    # Two marks of one numeral each are Roman numerals where the source marks its places so ("Kap I", "Kap V"; its
    # appendices by their titles: "Bilaga V", "Bilaga X"), letters otherwise (`Bilaga X–V` beside "Bilaga A" to
    # "Bilaga X"): it was told it ran from a higher number, and beside "Bilaga V" and "Bilaga X" from a later letter.
    start, end = _section(first), _section(last)
    text = _stem_and_number(found["word"])[0]
    roman = _roman_run([first, last]) or places is not None and _roman(
        places.appendix_titled_letters[0] if _labelled(text) == "bilaga" else places.letters_of(places.as_written(text)))
    digits = start is not None and end is not None
    if (start is None) != (end is None) or (start <= end if digits else
                                            _mark_order(first, roman) <= _mark_order(last, roman)):
        return None
    span = f"{first}{found['join']}{last}"
    order = ("från ett högre nummer till ett lägre" if digits or roman else "från en senare bokstav till en tidigare")
    return f"{span} går baklänges, {order}", part[:found.start("first")] + f"{last}{found['join']}{first}"


def _names_a_place(part: str, places: _Places) -> bool:
    text, found = _stem_and_number(part)
    text = places.as_written(text)
    if not text:
        return found is not None  # a bare section number such as `1.10` or `(2 a)`
    if places.has_heading_with(text) or places.has_line_starting(text):
        return True
    if _bare_chapters_listed(part, places):  # `2 Mål–3 Ekonomi`: it was refused, no line beginning so
        return True
    if _letters_together(part, places):  # `Kap I–III` beside "Kap I" to "Kap III"
        return True
    # One place of a Roman numeral or a letter, written with the full stop of the source's abbreviation or without it
    # (`Kap III` beside "Kap. III", `Kap. III` beside "Kap III"), as `Kap 3` and `Kap. 3` are: told no line began so.
    if (capital := _A_CAPITAL_MARKED.fullmatch(part)) and not capital["title"]:
        if capital["number"].casefold() in places.letters_of(places.as_written(_stem_and_number(capital["stem"])[0])):
            return True
    joined, lettered = _lettered_marks(part)
    if joined is not None:
        # Lettered parts named together (`Mål 2 a–b`) where the source letters that place's parts ("Mål 2 a
        # Polis"): each judged as `Mål 2 a` is, by the quote's place (`_heading_marks`). They were told goal 2's
        # title was »Trygghet», not »a–b».
        # A letter at an end the source gives no such part (`Mål 2 b och c` beside "Mål 2 a", "Mål 2 b") is
        # none (`_letters_missing`): it passed by the other, where `Mål 2 c` alone was refused.
        text = places.as_written(_stem_and_number(joined["stem"])[0])
        heads = places.heads(text)[1]
        if any(marks & lettered for marks in heads):
            return not _letters_unwritten(joined, heads)
        # An appendix's lettered parts ("Bilaga 2 a Kostnader", "Bilaga 2 b Intäkter") are appendix 2's, not places of
        # their own (`_Places.heads`), checked as it is (`check_quotes_in_named_appendix`): named together
        # (`Bilaga 2 a–b`), where lines begin with each, they were refused as appendix 2's wrong title.
        return all(places.has_line_starting(f"{text} {joined['number']} {joined[end].casefold()}") for end in ("first", "last"))
    if (single := _A_LETTERED_PART.fullmatch(part)) and not single["title"] and f"{single['number']} {single['letter'].casefold()}" \
            in frozenset().union(*places.heads(places.as_written(_stem_and_number(single["stem"])[0]))[1]):
        # A sub-goal the source letters, its capital close to its number (`Mål 2B` beside "Mål 2 B Skola"), judged as
        # `Mål 2 B` is (`_heading_marks`): it was refused, "ingen rubrik eller rad i källan börjar så".
        return True
    if (lettered := _A_LETTERED_TITLED_PLACE.fullmatch(part)) and _written_with_a_mark(
            places, places.as_written(normalise(lettered["stem"]).casefold()), lettered["number"].casefold(),
            normalise(lettered["title"]).casefold()):
        # A place of a Roman numeral or a letter (`Kap III Ekonomi`, `Del B Ekonomi`) with the mark its line writes
        # before the title left out ("Kap III – Ekonomi", "Del B: Ekonomi"), as of a number: it was refused, "ingen
        # rubrik eller rad i källan börjar så", where `Kap III Ekonomi` beside "Kap III Ekonomi" passes.
        return True
    titled = _titled_place(part)
    if titled and places.has_lines_starting(text):  # its number judged (`_heading_marks`)
        return True
    if titled:
        # A title that is another place's of the same words is none of this one's (`Kap 3 Inledning` beside "Kap 1
        # Inledning", told its own title, `_title_missing`): it passed by its position's word. So a place of a
        # position's word whose line carries a title (`Bilaga 3 Skatter` beside "Bilaga 3 Ekonomi"), judged by the
        # title's words alone: it passed by "Bilaga".
        stem, title = places.as_written(_stem_and_number(titled["stem"])[0]), normalise(titled["title"]).casefold()
        mark = titled["number"].casefold()
        if _written_with_a_mark(places, stem, mark, title) or places.title_below_at(stem, mark) == title:
            # The line's colon, dash or full stop left out ("Bilaga 3: Ekonomi", "Kap 3 – Ekonomi" for `Kap 3
            # Ekonomi`), as the guide writes a title either way: it was refused and offered `Bilaga 3`, or the line
            # with its dash. Or the title on the line below ("Kap 3" over "Ekonomi", `title_below`): it was refused,
            # told »Kap 3» had none.
            return True
        if places.titled_elsewhere(stem, mark, title) or _number_missing(f"{titled['stem']} {titled['number']}", places):
            return False  # a number past the source's too: `Bilaga 3 Skatter` passed by "Bilaga", beside appendices 1–2
        if places.title_at(stem, _roman_appendix(stem, mark, places) or mark):  # "Bilaga II Budget" for `Bilaga 2 …`
            return POSITION_WORD.search(title) is not None
    return POSITION_WORD.search(text) is not None


# The marks a place's line may write between its number and its title ("Kap 3: Ekonomi", "Kap 3 – Ekonomi", "Kap 3.
# Ekonomi"), which a locator's title may leave out (`_names_a_place`).
_MARKS_BEFORE_A_TITLE = (":", " \u2013", " \u2014", " -", ".")


def _written_with_a_mark(places: _Places, stem: str, mark: str, title: str) -> bool:
    """Whether a line writes the place (`stem`, its number or letter `mark`) and its `title` with a
    colon, dash or full stop between them (`_MARKS_BEFORE_A_TITLE`): all in small letters."""
    return any(places.has_line_starting(f"{stem} {mark}{between} {title}") for between in _MARKS_BEFORE_A_TITLE)


# A place named by its words, a Roman numeral or a letter, and its title (`Kap III Ekonomi`, `Del B Ekonomi`):
# `_A_TITLED_PLACE` names one by its number.
_A_LETTERED_TITLED_PLACE = lazy_regex.compile(rf"(?P<stem>\S.*?)\s+(?P<number>{_A_LETTERS_MARK})\s+(?P<title>[^\W\d].*)")


def _number_missing(part: str, places: _Places) -> Optional[str]:
    """Why the number of a place named by the words that begin lines of the source is none
    the source gives it (`_Places.numbers_after`): not one of the numbers it writes after
    them ("Kap 4" where it has "Kap 1" to "Kap 3"), and more than the lines that write them
    without one ("4-årigt verksamhetsmål 4" for three; the author's count, which begins at 1:
    `Kap 0` passed as within any count), and the words
    with the number stand nowhere in the source. Not a position's word (`punkt 3`: the
    author's count; but an appendix's, a table's and a section's, `_MARKED_POSITIONS`), a number in parentheses (`1-årig inriktning (2 c)`: a reference of the
    document's) nor a year (`Budget 2024`). A place named by an ordinal word as its numbered form (`_numbered`)."""
    if _an_appendix_told(part):
        return None  # told as the guide writes it (`_slip_missing`), and that one checked
    part = _numbered(part)
    text, found = _stem_and_number(part)
    text = _labelled(text) or _PLURAL_MARKED.get(text) or places.as_written(text)
    if found is not None and (roman := _roman_appendix(text, found["number"], places, written=False)):
        # `Bilaga 3` beside "Bilaga I" and "Bilaga II" is judged as `Bilaga III` is, told the numerals the source
        # writes: `Bilaga 3 Budget` passed unwarned by the word "Bilaga" where the title stood below the numeral.
        part = f"{part[:found.start('number')]}{roman.upper()}{part[found.end('number'):]}"
    elif found is not None and (roman := _roman_place(text, found["number"], places)):
        # `Kap 4` beside "Kap I" to "Kap III" is judged as `Kap IV` is (`_capital_missing`): it was told »Kap» stood
        # without a number on three lines, and offered `Kap III`.
        part, found = f"{part[:found.start('number')]}{roman.upper()}{part[found.end('number'):]}", None
    if (letter := _appendix_letter(part)) is not None:
        return _letter_missing(part, letter, places)
    if found is None and (marked := _A_CAPITAL_MARKED.fullmatch(part)) and not marked["title"]:
        return _capital_missing(part, marked, places)
    if text == "punkt" and found is not None:
        return _point_missing(part, int(re.match(r"\d+", found.group("number")).group()), places)
    if found is None and (words := _appendix_words_missing(part, places)):
        return words
    if (found is None or not text or part[found.start("number") - 1:found.start("number")] == "("
            or POSITION_WORD.search(text) and text not in _LABELLED_POSITIONS | _MARKED_POSITIONS):
        return None
    digits = re.match(r"\d+", found.group("number")).group()
    numbers, unnumbered = places.appendix_numbers if text == "bilaga" else places.numbers_after(text)
    number = int(digits)
    if text == "bilaga" and not numbers and (letters := _appendices_lettered(places)) and not 0 < number <= len(letters):
        # "Bilaga A" to "Bilaga D", each lettered: `Bilaga 5` was warned only that the source numbered no appendix,
        # where `Del 4` beside "Del A" to "Del C" is told the letters. One within their count is no letter's, unmapped.
        return (f"där står {cited(places.spelt(text, found['stem'].strip()))} bara med {_marks_named(letters, digits)}, "
                f"inte {digits}")
    if _A_YEAR.fullmatch(digits) or not (numbers or unnumbered) or 0 < number <= unnumbered:
        return None
    if number in numbers and (outside := _listed_alone(text, digits, places)) is not None \
            and not places.writes(part, contents=False):
        return (f"där står {cited(places.spelt(text, found['stem'].strip()))} bara med "
                f"{_numbers_named({int(mark) for mark in outside if mark.isdigit()})} utanför innehållsförteckningen")
    # A table is none of another's number: "Tabell 2.1" and "Tabell 2.2" hold no "Tabell 2", which passed.
    whole = _section(re.match(_SECTION_NUMBER, found["number"]).group())
    if number in numbers and (text != "tabell" or whole in _marks_written(text, places)):
        return _section_missing(text, re.match(_SECTION_NUMBER, found["number"]).group(), found["stem"].strip(), places)
    if text in _LABELLED_POSITIONS | _MARKED_POSITIONS and (unnumbered or not numbers):
        return None  # only where the source numbers each of them: "Bilaga" alone may have its number below
    if places.writes(part, contents=text not in _LABELLED_POSITIONS | _MARKED_POSITIONS):
        return None
    stem = found.group("stem").strip()
    with_numbers = f"med {_numbers_named(_marks_written(text, places) if text in _MARKED_POSITIONS else numbers)}"
    if not unnumbered and numbers == places.points_under(text):
        listed = _numbers_named(numbers).partition(" ")[2]  # "1, 2 och 3"
        return f"under {cited(places.spelt(text, stem))} står bara {'punkten' if len(numbers) == 1 else 'punkterna'} {listed}"
    if not unnumbered:
        return f"där står {cited(places.spelt(text, stem))} bara {with_numbers}{_beside_contents(text, places)}"
    if not numbers and (letters := places.letters_of(text)):
        # "Del A", "Del B" (`_Places.letters_of`): `Del 3` was told »Del» stood without a number on two lines, where
        # `Del C` is told the letters
        return f"där står {cited(places.spelt(text, stem))} bara med {_marks_named(letters, digits)}, inte {digits}"
    without = f"utan nummer på {'en rad' if unnumbered == 1 else f'{unnumbered} rader'}"
    return f"där står {cited(stem)} {with_numbers + ' och ' if numbers else ''}{without}, inte {digits}"


def _appendices_lettered(places: _Places) -> set[str]:
    """The letters of a source's appendices where it marks each by a capital letter, none by a Roman numeral
    (`_Places.appendix_titled_letters`: "Bilaga A" to "Bilaga D"); none otherwise."""
    letters, unlettered = places.appendix_titled_letters
    return letters if letters and not unlettered and not _roman(letters) else set()


def _marks_written(text: str, places: _Places) -> list[tuple[int, ...]]:
    """The numbers the source writes after `text` at lines' starts, whole: a table's numbered by its
    chapter ("Tabell 2.1" → 2.1), another's alone ("Tabell 3" → 3). A table's or a section's
    (`_MARKED_POSITIONS`) reason and hint named "Tabell 2" of "Tabell 2.1" and "Tabell 2.2", a
    table the source has not."""
    numbers, sections = places.numbers_after(text)[0], places.sections_after(text)[0]
    return sorted(sections | {(number,) for number in numbers if all(section[0] != number for section in sections)})


def _section_missing(text: str, number: str, stem: str, places: _Places) -> Optional[str]:
    """Why a section a locator names by its number (`Kap 1.4`), of a chapter the source has, is
    none the source gives it: it writes the chapter's other sections after the words, each on
    its own ("Kap 1.1" to "Kap 1.3", not "Kap 1.2–1.4": `_Places.sections_after`), and this
    number nowhere. Only the chapter's number was checked: `Kap 1.2–1.5` passed so."""
    section = _section(number)
    sections, joined = places.sections_after(text)
    siblings = {known for known in sections if known[:-1] == section[:-1]}
    if len(section) < 2 or not siblings or section in siblings or section[:-1] in joined or places.writes(number):
        return None
    return f"där står {cited(places.spelt(text, stem))} med {_numbers_named(siblings)} men inte {number}"


def _numbers_named(numbers: Collection[int | tuple[int, ...]]) -> str:
    """A place's numbers named and listed, the first eight of many: "numret 1", "numren 1, 2 och
    3", a section's "numren 1.9 och 1.10"."""
    ordered = [str(one) if isinstance(one, int) else ".".join(map(str, one)) for one in sorted(numbers)]
    listed = ", ".join(ordered[:8]) + " …" if len(ordered) > 8 else _listed(ordered, "och") if ordered else ""
    return f"{'numret' if len(numbers) == 1 else 'numren'} {listed}"


def _appendix_marks_each(places: _Places) -> Optional[tuple[list[str], str]]:
    """The marks of a source that letters, or numbers, each appendix it marks at a line's start
    (`_Places.appendix_titled_letters`, `_Places.appendix_numbers`), as a locator writes them (`A`, `IV`,
    `2`) and as a reason names them ("bokstäverna A och B", "numren 1 och 2"); None where it
    marks none so, or not each."""
    letters, others = places.appendix_titled_letters
    if letters and not others:
        return _marks_shown(letters), _marks_named(letters, "")
    numbers, unnumbered = places.appendix_numbers
    if numbers and not unnumbered:
        return [str(one) for one in sorted(numbers)], _numbers_named(numbers)
    return None


# An appendix's marks, one or two, before words of the locator's own ("A Sammanställning", "A–B Mål").
_MARKS_BEFORE_WORDS = lazy_regex.compile(rf"(?P<marks>{_A_LETTERS_MARK}(?:\s*(?:[-\u2013\u2014/&]|och|samt|eller)\s*"
                                 rf"{_A_LETTERS_MARK})?)\s+\S.*")


def _appendix_words_missing(part: str, places: _Places) -> Optional[str]:
    """Why `Bilaga IIII`, `Bilaga VIV`, `Bilaga Foo` is no appendix of a source that letters or
    numbers each of its appendices (`_appendix_marks_each`): no mark, and a word the source
    writes nowhere. Any such part passed by its position's word alone; one naming an appendix by
    its heading's words, each the source's (`Bilaga Riskanalys`, `Bilaga A Riskanalys` of
    "BILAGA A: Riskanalys"), passes. One naming it by a mark and words of its own (`Bilaga A
    Sammanställning`) is checked by its mark, as `Bilaga A` is: it was told the source had only
    "bokstäverna A och B", and offered the `Bilaga A` it names."""
    found = re.fullmatch(r"(\S+)\s+(\S.*)", part)
    if (found is None or not _labelled(found[1]) or re.search(r"\d", found[2])
            or _appendix_letter(part) is not None):
        return None
    if marked := _MARKS_BEFORE_WORDS.fullmatch(found[2]):
        return next(filter(None, (_number_missing(single, places)
                                  for single in _single_places(f"{found[1]} {marked['marks']}"))), None)
    if all(places.writes(word) for word in re.findall(r"\w+", found[2])) or (each := _appendix_marks_each(places)) is None:
        return None
    return f"där står {cited(places.spelt('bilaga', found[1]))} bara med {each[1]}{_beside_contents('bilaga', places)}"


def _appendix_letter(part: str) -> Optional[str]:
    """The letter of an appendix a locator's part names by one (`Bilaga A` → "a"), or None."""
    found = _LETTERED_PLACE.fullmatch(part)
    if found is None or not _labelled(found["stem"]):
        return None
    return found["letter"].casefold()


def _letter_missing(part: str, letter: str, places: _Places) -> Optional[str]:
    """Why `Bilaga C` is no appendix of the source: it letters each appendix it marks at a
    line's start, not C, and writes "bilaga C" nowhere (as `_number_missing` for a number); the
    letters of its appendices' titles where it has any (`_Places.appendix_titled_letters`)."""
    letters, others = places.appendix_titled_letters
    if not letters or others or letter in letters or places.writes(part, contents=False):
        return None
    stem = _LETTERED_PLACE.fullmatch(part)["stem"]
    return (f"där står {cited(places.spelt(_labelled(stem), stem))} bara med "
            f"{_marks_named(letters, letter)}{_beside_contents('bilaga', places)}")


def _beside_contents(text: str, places: _Places) -> str:
    """Where the appendices, or tables, a reason lists stand, in a source whose table of contents
    lists others too ("Bilaga 2 …… 14", "Tabell 2 Kostnader …… 14"): outside it, which alone is
    read as them."""
    if text in _MARKED_POSITIONS:
        return " utanför innehållsförteckningen" if places.in_contents(text) else ""
    return " utanför innehållsförteckningen" if text in _LABELLED_POSITIONS and places.appendices_in_contents else ""


def _capital_missing(part: str, marked: re.Match, places: _Places) -> Optional[str]:
    """Why a place named by a Roman numeral or a capital letter (`Kap IV`, `Del C`: `_A_CAPITAL_MARKED`) is none of
    the source, which marks each place of those words so (`_Places.letters_of`: "Kap I" to "Kap III") but not by
    that one, and writes it nowhere; None otherwise. It was given the generic tip, where `Kap 4` beside "Kap 1" to
    "Kap 3" is told the source's chapters."""
    stem = marked["stem"]
    text = places.as_written(normalise(stem).casefold())
    letters = places.letters_of(text)
    # One the table of contents alone lists ("Kap. IV Bilagor …… 5", `_listed_alone`) is none: it passed by that line.
    outside = _listed_alone(text, marked["number"], places) if marked["number"].casefold() in letters else None
    letters = letters & outside if outside is not None else letters
    if not letters or marked["number"].casefold() in letters or places.writes(part, contents=False):
        return None
    beside = "" if outside is None else " utanför innehållsförteckningen"
    return f"där står {cited(places.spelt(text, stem))} bara med {_marks_named(letters, marked['number'])}{beside}"


def _listed_alone(text: str, mark: str, places: _Places) -> Optional[frozenset[str]]:
    """The marks of the places of `text` whose lines the source has outside its table of contents ("Kap I" to "Kap
    III": `_Places.heads`, a section's or a lettered part's by its chapter's), where the contents alone lists one marked
    `mark` ("Kap. IV Bilagor …… 5"); None otherwise, and for an appendix or a table, whose contents lines are read as
    none already (`_Places.numbers_after`). A contents line is no chapter: `Kap IV` passed by it, unjudged. Not where
    the source heads no place of `text` outside its contents: it may head them by their titles alone
    (`_Places.contents_head_above`)."""
    if text in _LABELLED_POSITIONS | _MARKED_POSITIONS or not places.in_contents(text):
        return None
    outside = frozenset(re.split(r"[. ]", each)[0] for marks in places.heads(text)[1] for each in marks)
    return outside if outside and mark.casefold() not in outside else None


def _point_missing(part: str, number: int, places: _Places) -> Optional[str]:
    """Why `punkt 9` is no point of the source: it has numbered points, and neither they, nor
    any line's first number, nor its list items counted together reach 9 (`_Places.points`),
    nor does it write "punkt 9" anywhere. A source without numbered points is not asked: a point
    is the author's count there. `punkt 0` is none in any source that numbers no point 0."""
    if number == 0:
        # Points are counted from 1, by the document or the author: `punkt 0` passed as a
        # position's form, unless the source numbers a point 0 ("0. Inledning") or names it.
        if places.zero_point or places.writes(part):
            return None
        if places.points[0] is None:  # "ingen punkt 0" of a source that numbers no point at all misled
            return coded("källan har inga numrerade punkter; räkna punkterna i texten från 1 och skriv `punkt 1` för den första")
        return coded("en punkt räknas från 1, och källan har ingen punkt 0; skriv `punkt 1` för den första punkten")
    highest, most = places.points
    if highest is None or number <= most or places.writes(part):
        return None
    return f"källans numrerade punkter slutar vid {highest}, och ingen lista i den har {number} punkter"


# A page written as in English or cut short (`p. 3`, `page 3`, `sid 3`, `s 3`), which the
# position words do not take: the hint writes it as they do (`sida 3`). Two pages so too (`sid 1 och 2`,
# `sid 1–2`: the generic tip was given, where `sid 1` was offered `sida 1`).
_PAGE_SLIP_WORD = r"pg|page|sid"  # a page's word, not a letter (`sid 3`, `page 3`; not `p. 3`, `s 3`)
_PAGE_SLIP_PAGES = r"(\d{1,4}(?:\s*(?:och|[-\u2013\u2014])\s*\d{1,4})?)"
_PAGE_SLIP = lazy_regex.compile(rf"(?i)(?:pp?|s|{_PAGE_SLIP_WORD})\.?\s*{_PAGE_SLIP_PAGES}")
# Of those, a page's word only: `_slip_missing`.
_A_PAGE_CUT_SHORT = lazy_regex.compile(rf"(?i)(?:{_PAGE_SLIP_WORD})\.?\s*{_PAGE_SLIP_PAGES}")


def _place_offered(locator: str, places: _Places, quoted: list[tuple[int, int]]) -> Optional[str]:
    """The places of the source to write for the first of `locator`'s points or appendices that
    it has not (`_number_missing`), as the hint names them: its last numbered point
    (`punkt 2`), each appendix by its number or letter as the source spells it (`Bilaga 1`,
    `Bilaga 2`); None where the fault is another's, or the quote (`quoted`, its first place) stands
    before each place of a kind whose places are read by where they begin (`_before_each`). `punkt
    99`, `bilaga 9` were given the generic tip, whose `punkt 3` the source may not have either."""
    for part in _single_places(locator):
        if _number_missing(part, places) is None:
            continue
        text, found = _stem_and_number(part)
        letter = _appendix_letter(part)
        if text == "punkt" and found is not None:
            if not int(re.match(r"\d+", found.group("number")).group()):
                return None  # `punkt 0`: its reason says to write `punkt 1`
            return f"den punkt som citatet står i, t.ex. {code(f'punkt {places.points[0]}')} (källans sista numrerade punkt)"
        written = places.as_written(_PLURAL_MARKED.get(text, text))
        if sections := _sections_offered(part, places):
            return None if _before_each(written, places, quoted) else _each_offered(sections)
        if text in _MARKED_POSITIONS:  # each the source numbers (`_number_missing`: it numbers every such line)
            # A table's caption may stand above its text or the page's: which table the quote stands in is not known.
            word = places.spelt(text, found["stem"].strip())
            marks = [f"{word} {'.'.join(map(str, mark))}" for mark in _marks_written(text, places)]
            return (_each_offered(marks, known=False) if text == "tabell" else
                    None if _before_each(written, places, quoted) else _each_offered(marks))
        if found is not None and (points := places.points_under(written)):  # "Mål" over "1. Bostad"
            # Before the first point the quote stands in no goal: `Mål 1` was offered "den som citatet står i".
            word = places.spelt(written, found["stem"].strip())
            return None if _before_each(written, places, quoted) else _each_offered([f"{word} {point}" for point in sorted(points)])
        # An appendix's reason is given only of a source that marks each of them (`Bilaga Foo` too).
        each = _appendix_marks_each(places)
        if not _labelled(part.split()[0]) or each is None:
            return None
        word = places.spelt("bilaga", "Bilaga")
        if _appendices_checked(places) and quoted and places.appendix_above(quoted[0][0]) is None:
            return None  # before the first appendix, in none of them (`check_quotes_in_named_appendix`)
        return _each_offered([f"{word} {mark}" for mark in each[0]])
    return None


def _before_each(text: str, places: _Places, quoted: list[tuple[int, int]]) -> bool:
    """Whether the quote (`quoted`, its first place) was found before every line beginning a place
    of the words `text` (`_Places.head_above`): it stands in none of them, and a hint offering each
    as "den som citatet står i" misled, `Mål 1` of a quote above "Mål" over "1. Bostad"."""
    return bool(quoted) and places.head_above(text, quoted[0][0]) is None


def _each_offered(places: list[str], known: bool = True) -> str:
    """The places a hint offers, one of which the quote stands in: "`Bilaga 1` om citatet står i
    den", "`Kap 1.1` eller `Kap 1.2` (den som citatet står i)", the first and last of many; where
    which place holds a quote is not `known` (a table's: the text after its caption may be the
    page's), "… om citatet står i en av dem"."""
    named = [code(place) for place in places]
    if len(named) == 1:
        return f"{named[0]} om citatet står i den"
    listed = _listed(named, 'eller') if len(named) <= 4 else f't.ex. {named[0]} eller {named[-1]}'
    return f"{listed} (den som citatet står i)" if known else f"{listed} om citatet står i en av dem"


def _sections_offered(part: str, places: _Places) -> list[str]:
    """A section a locator's part names (`Kap 1.3`) as the places to write for it: its chapter's
    sections the source numbers after the words (`Kap 1.1`, `Kap 1.2`: `_Places.sections_after`),
    spelt as the source spells the words; none for a part naming no section, or one of a chapter
    whose sections the source does not number. `Kap 1.3` was given the generic tip on headings."""
    text, found = _stem_and_number(part)
    section = _section(re.match(_SECTION_NUMBER, found["number"]).group()) if found else None  # `Kap 1.5 a` too
    if section is None or len(section) < 2:
        return []
    text = places.as_written(text)
    siblings = sorted(known for known in places.sections_after(text)[0] if known[:-1] == section[:-1])
    word = places.spelt(text, found["stem"].strip())
    return [f"{word} {'.'.join(map(str, known))}" for known in siblings]


def _heading_meant(locator: str, places: _Places, quoted: list[tuple[int, int]]) -> Optional[tuple[str, str]]:
    """The locator with the numbered place the source has not (`Kap 4`, `Mål 3`, a section's `Kap
    1.3`, an appendix's `Bilaga 9`, `Bilaga C`) written as the place the quote stands under, where
    it was found (`quoted`, its first place): the last line before it that begins with the
    place's words (`_Places.head_above`), where that line writes one mark (`Kap 2`, `Kap 1.2`,
    `Bilaga 2`) and the locator so written names a place; and how the quote stands there, "under" a
    heading or "i" an appendix. None where the quote was not found or stands under no such line;
    not for a point, the author's count. A part naming two places, one of which the source has not
    (`Kap 0–2`, `Bilaga 4 och 1`), so too, where the quote stands outside the nearest the source
    has (`_range_meant`), or both (`Kap 4–5`, `bilaga c–d`), or running backwards where the quote
    stands outside it written forwards (`_locator_meant`). `Kap 4`, `Mål 3`, `Kap 4–5` were
    given the generic tip on headings, `Bilaga 9`, `Bilaga 4 och 1` and `bilaga c–d` each
    appendix of the source but not the one the quote stands in."""
    parts = _locator_parts(locator) if quoted else []
    # A part going on with a list after a comma as read with the place's words (`4` of `Kap 3, 4` as `Kap 4`), the
    # list written as the one place (`Kap 3`), as `Kap 3 och 4` is: `Kap 3, 4` was given the generic tip.
    judged = _parts_judged(parts, places)
    for index, part in enumerate(judged):
        first, last = index, index
        while judged[first] != parts[first] and not _mixed_place(parts[first], places):  # `Kap I och 4` begins its own
            first -= 1
        while last + 1 < len(parts) and judged[last + 1] != parts[last + 1]:
            last += 1
        before, after = parts[:first], parts[last + 1:]
        # Roman numerals or letters named backwards past the source's (`Kap IV–II`) too, as `Kap 5–2` is: generic tip
        two = _two_places(part) or _letters_apart(part, places)
        turned = two and not places.writes(part) and _reversed_range(part, places)
        text, found = _stem_and_number(two["word"] if two else part)
        # `Kap 4 Ekonomi`, `Kap IV Ekonomi`: told `Kap 3 Ekonomi`, `Kap III`
        titled = None if two or found else _A_TITLED_PLACE.fullmatch(part) or _capital_titled(part, places)
        single = f"{titled['stem']} {titled['number']}" if titled else part
        if (two and not turned and not any(_ends_missing(two, places))
                or not two and _number_missing(single, places) is None and _letter_unwritten(part, places) is None):
            continue  # a lettered part the source letters not (`Mål 2 d`) too: told the one the quote stands under
        if not two and _letter_unwritten(part, places):  # `Mål 2 D`, its letter a capital, which no number reads
            found = _A_LETTERED_PART.fullmatch(part)
            text = _stem_and_number(found["stem"])[0]
        elif not (two or found or titled) and (found := _A_CAPITAL_MARKED.fullmatch(part)):  # `Kap IV`, `Del C`
            text = _stem_and_number(found["stem"])[0]
        elif titled:
            found, text = titled, _stem_and_number(titled["stem"])[0]
        text, appendix = places.as_written(text), _labelled(part.split()[0])
        # Not a point, the author's count, nor a table: the text after its caption may be the table's or the page's;
        # nor under a reading guide's line, which lists the places but begins none: `Kap 4` was told `Kap 3`,
        # "som citatet står under", of a quote in the chapter "2 Mål" below the guide's "Kap 3 Ekonomi".
        head = (None if not (found or two or appendix) or text in ("punkt", "tabell") or not appendix and places.guides(text) else
                places.appendix_above(quoted[0][0]) if appendix else
                places.head_above(text, quoted[0][0]) or places.contents_head_above(text, quoted[0][0]))
        if head is None or len(head[1]) != 1:
            return None
        if appendix:
            written = _appendix_shown(head[1], places)
        else:  # the number, or both ends of two places, written as the heading's
            start, end = ((two.start("first"), two.end("last")) if two else
                          (found.start("number"), found.end("letter" if "letter" in found.re.groupindex else "number")))
            mark = places.letter_shown(text, next(iter(head[1])))  # "Mål 2 B Skola": `Mål 2 B`
            written = part[:start] + mark + part[end:]
        # A part written as another already is, named once: `Kap 9, Kap 3` was offered `Kap 3, Kap 3`. Another part
        # naming a place of the same words that holds none of the quote left out: `Kap 9 Ekonomi, Kap 2` was offered
        # `Kap 3 Ekonomi, Kap 2`, which passed, chapter 2 named for a quote it holds not.
        before, after = (_holding_only(others, text, quoted, places) for others in (before, after))
        meant = _each_place_once(before + [written] + after, places)
        retitled = not appendix and (titled or found and "title" in found.re.groupindex and found["title"])
        if retitled and _why_not_named(meant, places) is not None:
            # `Kap 4 Budget`, `Mål 2 d Polis`: the place alone, `Kap 3`, `Mål 2 b`
            meant = _each_place_once(before + [written[:start + len(mark)]] + after, places)
        if _why_not_named(meant, places) is None:
            # Each place once: `Kap 2–3, Kap 9` was offered `Kap 2–3, Kap 3`, told next run that it names chapter 3 twice.
            return _each_once(meant, places), "i" if appendix else "under"
        # Without words after it that the place mended writes not (`Kap 5, Personal` of chapter 1's "Personal", the
        # quote under "Kap 4": `Kap 4`), as `Kap 1, Personal` is offered `Kap 4`: it was given the generic tip.
        if (bare := _without_unwritten(meant, places)) and _why_not_named(bare, places) is None:
            return _each_once(bare, places), "i" if appendix else "under"
        # Another part the source has not after it (`Kap 9, Kap 7`), written so too: it was given the generic tip. Only
        # where the parts up to this one now pass, so each round mends a later part.
        mended = _each_place_once(before + [written], places)
        return _heading_meant(meant, places, quoted) if _why_not_named(mended, places) is None else None
    return None


def _holding_only(parts: list[str], text: str, quoted: list[tuple[int, int]], places: _Places) -> list[str]:
    """`parts` without those naming numbered places of the words `text` (as the source writes them) none of which holds
    a place of the quote (`quoted`: `_headings_outside`), nor the parts after such a part, within its place, up to one of
    its words, of words named before it, or a part or appendix (`Mål 3` of `Kap 2, Mål 3`: `Kap 2, Mål 3, Kap 4, Mål 3`
    of a quote under chapter 3's goal 3 was offered `Mål 3, Kap 3`); a part whose places' holding is not known is kept."""
    starts = [start for start, _ in quoted]
    words = {index: read for index, _, _, read in _parts_read(parts, places)}
    # An appendix ends a place left out too (`Bilaga 3` of `Bilaga 2, Kap 2, Bilaga 3, Kap 4`): it was left out with
    # chapter 2, and the place mended offered in the appendix the quote stands not in.
    words.update((index, "bilaga") for run, _ in _appendix_runs(parts) for index in run if index not in words)
    kept, outer = [], None  # outer: while within a part left out, the words that end its place
    for index, part in enumerate(parts):
        if words.get(index) == text or outer is not None and words.get(index) in outer:
            left_out = any(outside == text for outside, *_ in _headings_outside(part, starts, places))
            outer = ({text, *_OUTERMOST_PLACES} | {words[before] for before in words if before < index}) if left_out else None
        if outer is None:
            kept.append(part)
    return kept


def _each_place_once(parts: list[str], places: _Places) -> str:
    """A locator offered of `parts`, each place named once (`_places_repeated`: `Kap 3` beside `Kap 3 Ekonomi` left
    out, `Kap 9 Ekonomi, Kap 3` was offered `Kap 3 Ekonomi, Kap 3`), and a part no place is read of (a chapter headed by
    its number alone, `3 Ekonomi`) written as one before it. A place of the same words within another place is kept:
    `Kap 2, Mål 3, Kap 3, Mål 3` was offered `Kap 2, Mål 3, Kap 3`, goal 3 of chapter 3 left out."""
    told = _places_repeated(", ".join(parts), places)
    parts = _locator_parts(told[1]) if told and told[1] else parts
    read = {index for index, *_ in _parts_read(parts, places)}
    return ", ".join(part for index, part in enumerate(parts)
                     if index in read or part.casefold() not in {before.casefold() for before in parts[:index]})


def _locator_meant(locator: str, places: _Places, quoted: list[tuple[int, int]]) -> Optional[str]:
    """The locator with its page written `sida 3`, where a part of it is a page in another form,
    and a range the right way round (`Mål 2–4` for `Mål 4–2`), where the locator so written
    names a place (not where another part's number is the fault), and not a range the quote
    (`quoted`, its first place) stands outside (`_quote_outside`: `Bilaga B–C` for `Bilaga C–B` of
    a quote in Bilaga A, which the check of appendices then refused; `_heading_meant` names its
    place). Not a part the source writes itself (`P2` of a line "P2 Parkering", `S3` of
    "S3-projektet"): that is a name copied from it, not a page."""
    parts = _locator_parts(locator)
    written = [places.writes(part) for part in parts]
    pages = [None if writes else _PAGE_SLIP.fullmatch(part) for part, writes in zip(parts, written)]
    # A range of digits beside Roman-numbered chapters turned in their numerals (`Kap 3–1` → `Kap I–III`), as `Kap III–I`
    # is: it was offered `Kap III`, the place the quote stands under, where `Kap III–I` was offered `Kap I–III`.
    turned = [None if writes or not (turn := _reversed_range(part, places)) else (turn[0], _chapters_in_numerals(turn[1], places))
              for part, writes in zip(parts, written)]
    if not any(pages) and not any(turned):
        return None
    for turn in filter(None, turned):
        # A list with a range among its places (`Kap 1–3 och 5` for `Kap 3–1 och 5`), by each of them: `_reversed_range`
        if ranged := _marks_with_a_range(turn[1]):
            if _quote_outside(ranged[0], turn[1], ranged[1], places, quoted):
                return None
            continue
        found = _two_places(turn[1]) or _letters_apart(turn[1], places)
        if extents := _bare_chapter_extents(turn[1], places):  # `1 Inledning–3 Ekonomi`: where it holds the quote
            if quoted and not any(start <= quoted[0][0] < end for start, end in extents):
                return None
            continue
        if found is None:  # `Kap 1.9–2` for `Kap 2–1.9`, its last end short (`_uneven_range`): it names no place
            return None
        marks = itertools.chain((found["first"], found["last"]), _marks_toward(found["first"], found["last"]))
        if _quote_outside(found["word"], turn[1], marks, places, quoted):
            return None
    meant = ", ".join(f"sida {page.group(1)}" if page else turn[1] if turn else part
                      for part, page, turn in zip(parts, pages, turned))
    return meant if _why_not_named(meant, places) is None else None


def _why_not_named(locator: str, places: _Places) -> Optional[str]:
    """Why `locator` names no place of the source (`check_locators_exist`), or None."""
    parts = _locator_parts(locator)
    # A part the source writes itself is its name, not two places ("Tabell 3-2 Kostnader", "Mål
    # 2-1 Bostäder": a chapter's table or goal): `Mål 2-1`, copied so, was refused as running backwards.
    named = {part for part in parts if _two_places(part) and places.writes(part)}
    singles = [single for part in parts for single in ([part] if part in named else _single_places(part))]
    # Each part's reason, the first of those below: a wrong part hid another's (`Bilaga 3, Kap 9` was told the
    # appendix alone, and mended, refused again for the chapter).
    colon = dict(_titled_by_colon(locator, places))
    listed = {index for run, _ in _appendix_runs(parts) for index in run[1:]}
    going = _small_numerals_going_on(parts, places)
    judged = _parts_judged(parts, places)
    unwritten = _unwritten_after(locator, parts, judged, places)
    whys = [_uneven_range(part, places)[0]
            or _broken_word(part, places)[0]
            or (index in going and going[index][1])
            or (_number_missing(part, places) if part in named else _part_missing(judged[index], places))
            or (part not in named and (turned := _reversed_range(part, places)) and turned[0])
            or _slip_missing(part, places, _pages_alone(parts, places))
            or _letters_missing(part, places)
            or _title_missing(part, places)[0]
            or (index in colon and _title_missing(colon[index], places)[0])
            or (index in listed and _listed_appendix_missing(part, places))
            or (index in unwritten and _unwritten_told(index, parts, unwritten, places))
            for index, part in enumerate(parts)]
    whys = [None if index + 1 in going and going[index + 1][2] else why for index, why in enumerate(whys)]  # told after
    whys = _shared_missing_marked(judged, whys, places, {index for index, (part, read) in enumerate(zip(parts, judged))
                                                         if read != part})
    whys = _bare_chapters_together(parts, judged, whys, places)
    # A page past the last: `sida 99` took the form of a position alone (the hint audit). Told beside a place the
    # source has not (`Bilaga 3, sida 9`), which it hid: mended, the locator was refused again for the other; in the
    # locator's order, as the others are (`sida 9, Bilaga 3` was told the page last).
    last = last_page(places.source) if _page_named(locator, places) is not None else None
    pages = [_page_named(part, places) if last is not None else None for part in parts]
    pasts = [f"källan har {count(last, 'sida', 'sidor')}, och sida {page} är inte en av dem"
             if page is not None and page > last else None for page in pages]
    numbered = "; ".join(dict.fromkeys(filter(None, itertools.chain.from_iterable(zip(whys, pasts)))))
    # Pages the guide writes otherwise that, so written, name a page twice (`s 4, s 3–4` as `sida 4, sida 3–4`): told
    # so, as `sida 4, sida 3–4` is. `s 4, s 3–4` was told no line began so, and `sid 4, sid 3–4` its words alone.
    if (numbered and any(_page_slip(part, places, _pages_alone(parts, places)) for part in parts)
            and (spelled := _spelled_out(locator, places)) and (repeated := _places_repeated(spelled, places))):
        numbered += f"; skriven så {repeated[0].replace('nämner', 'nämner den', 1)}"
    return (f"{numbered}." if numbered else
            None if any(_names_a_place(part, places) for part in parts + singles + judged) else
            NO_LINE_BEGINS)


# Why a locator names no place where none of its parts is read as one (`_why_not_named`).
NO_LINE_BEGINS = "ingen rubrik eller rad i källan börjar så."


def _unwritten_within(before: str, part: str, places: _Places) -> bool:
    """Whether a part after a comma, following a place named by its number or letter, with its title or without (`foo` of
    `Kap III, foo`, of `Kap 3 Ekonomi, foo`; of a place the source has not, `Kap 4`, `Kap IV`, beside its others),
    names nothing: words the source writes nowhere (`_Places.writes`), no number, no marks going on with a list
    (`IV` of `Kap III, IV`, told by its own reason), no position's word (`punkt`, `sida`: `POSITION_WORD`) nor a kind of
    text or its order within the place (`sista meningen`, `faktarutan`: `WITHIN_WORD`), read as a
    place within that place. It passed by the place before it alone,
    where `Kap 9` is told. A title the source writes (`Kap III, Ekonomi`) is written, in any of its words' forms
    (`Kap III, Ekonomin`: `in_any_form`); so is any of its words' run. Not
    after a heading's words alone (`Sociala insatser, motivering`, a real plan's: what kind of text stands there), nor
    before a place (`Tjänsteskrivelse, Förslag till beslut`, the document's kind). Words of running text the source
    writes only outside the place, where its extent is known (`Kap 3, Personal` of chapter 1's "Personalen ska
    öka": `_words_within`), name nothing within it either."""
    # After a chapter headed by its number alone (`3 Ekonomi, foo`: `_bare_chapter_extents`), words judged within it, as
    # after `Kap 3 Ekonomi`: they passed, read as words after a heading's words alone.
    if before[:1].isdigit() and (extents := _bare_chapter_extents(before, places)):
        return not (any(char.isdigit() for char in part) or POSITION_WORD.search(part) or WITHIN_WORD.search(part)
                    or any(_words_written(part, places, places.unhyphenated_within(*extent)) for extent in extents))
    # A list or range of places (`Kap 3 och 2, foo`, `Kap 2–3, foo`; of Roman numerals or letters, `Kap II–III, foo`,
    # `_letters_apart`) judged as each of its places: it passed, read as no one place.
    if (ends := _two_places(before) or _letters_apart(before, places)) and not places.writes(before):
        marks = [f"{ends['word']} {mark}" for mark in _range_marks(ends, part, places)]
        # Of those the source has, where it has some (`Kap 2–5, Personal` beside chapters 1 to 4, of chapter 1's
        # "Personal"): told the missing end alone, and mended as offered, refused again for »Personal«.
        marks = [place for place in marks if not _number_missing(place, places)] or marks
        return bool(marks) and all(_unwritten_within(place, part, places) for place in marks)
    # So lettered parts named together (`Mål 2 a–c, foo`, `Mål 2 b och c, foo`), each part of them.
    joined, lettered = _lettered_marks(before)
    if joined is not None:
        return all(_unwritten_within(f"{joined['stem']} {mark}", part, places) for mark in sorted(lettered))
    # The cheap first: most parts follow no numbered place, and the source is searched last.
    if (not (_stem_and_number(before)[1] or _A_CAPITAL_MARKED.fullmatch(before) or _titled_place(before))
            or any(char.isdigit() for char in part) or _LETTERS_ALONE.fullmatch(part) or _NUMERALS_ALONE.fullmatch(part) or _MIXED_ALONE.fullmatch(part)
            # A place of Roman numerals or letters where the source marks its words' places so, as one of digits (`Kap
            # II–III` of `Kap iii, Kap II–III`, `Bilaga B–C` of `Bilaga A–B, Bilaga B–C`): told »Kap II–III» står inte i
            # Kap III, words within chapter III.
            or _lettered_place(part, places)
            or POSITION_WORD.search(part) or WITHIN_WORD.search(part)
            or not (_names_a_place(before, places) or _lettered_kind(before, places) or _lettered_part(before, places))
            # A heading or a line's start of its own stands within the place before it too, as words of running text
            # do: `Kap 3, Personal` of chapter 1's heading "Personal" passed, where `Kap 3: Personal` was told.
            or _names_a_place(part, places) and _words_within(before, part, places)
            or (places.writes(part) or _words_written(part, places)) and _words_within(before, part, places)):
        return False
    return True


def _places_had(place: str, places: _Places) -> str:
    """A list or range of places as the source has them where it lacks some (`Kap 2–4` beside chapters 1 to 3: "Kap
    2–3"; `Kap 2 och 4`: "Kap 2"), those `_unwritten_within` judges the words after it in; `place` otherwise. Words
    after `Kap 2–4` were told not in Kap 2–4, of a chapter the source has not, and looked for in two."""
    ends = _two_places(place) or _letters_apart(place, places)
    if not ends or places.writes(place):
        return place
    marks = _range_marks(ends, "", places)
    had = [mark for mark in marks if not _number_missing(f"{ends['word']} {mark}", places)]
    if not had or len(had) == len(marks):
        return place
    at = marks.index(had[0])
    if ends["join"] in _RANGE_JOINS and len(had) > 1 and marks[at:at + len(had)] == had:
        return f"{ends['word']} {had[0]}{ends['join']}{had[-1]}"
    return f"{ends['word']} {_listed(had, 'och')}"


def _lettered_place(part: str, places: _Places) -> bool:
    """Whether a part names places by Roman numerals or letters where the source marks the places of its words so
    (`_marks_lettered`: `Kap II–III`, `Bilaga B–C`, `Bilaga B`)."""
    marked = _part_marks(part, places)
    found = None if marked else _two_places(part) or _A_CAPITAL_MARKED.fullmatch(part)
    word = marked[0] if marked else found and found["word" if "word" in found.re.groupindex else "stem"]
    return bool(word) and bool(_marks_lettered(word, places))


def _marks_lettered(word: str, places: _Places) -> frozenset[str]:
    """The Roman numerals or letters the source marks the places of a locator's `word` by (`Kap` beside "Kap I" to
    "Kap III"; an appendix's, `Bilaga` beside "Bilaga A" and "Bilaga B"); none where it marks them not so."""
    text = places.as_written(_stem_and_number(word)[0])
    return frozenset(places.appendix_titled_letters[0] if _labelled(text) == "bilaga" else places.letters_of(text))


def _range_marks(ends: re.Match, part: str, places: _Places) -> list[str]:
    """The places of a list or range (`_two_places`) whose extent `part`'s words are judged in: a list's two, a
    range's of whole numbers each from its first to its last (`Kap 1–3, Rekrytering` of chapter 2's "Rekryteringen"
    was told »Rekrytering» står inte i Kap 1–3, its ends alone judged), of Roman numerals or letters the source's places
    from its first to its last. Of another range (`Mål 1.2–1.4`), whose places between are not counted here, none where
    the source writes the words anywhere."""
    first, last = _section(ends["first"]), _section(ends["last"])
    if ends["join"] not in _RANGE_JOINS:
        return [ends["first"], ends["last"]]
    if first and last and len(first) == len(last) == 1:
        return [str(number) for number in range(min(first[0], last[0]), max(first[0], last[0]) + 1)][:100]
    # Of Roman numerals or letters (`Kap II–IV`, `Del B–D`, `Bilaga B–D`), the source's places of those marks from its
    # first to its last, and the ends: `Kap II–IV, Personal` passed of chapter I's "personal", where `Kap 2–4, Personal`
    # is told. Over a source marking "Bilaga A" and "Bilaga C" alone, `Bilaga A–C` is those two.
    had = _marks_lettered(ends["word"], places)
    if had and not (first or last):
        roman = _roman(had) or _roman_run([ends["first"], ends["last"]])
        low, high = sorted(_mark_order(end, roman) for end in (ends["first"], ends["last"]))
        between = sorted((mark.upper() for mark in had if low <= _mark_order(mark, roman) <= high),
                         key=lambda mark: _mark_order(mark, roman))
        return list(dict.fromkeys([ends["first"], *between, ends["last"]]))
    return [] if _written_anywhere(part, places) else [ends["first"], ends["last"]]


def _written_anywhere(part: str, places: _Places) -> bool:
    """Whether the source writes `part` somewhere: a place's name, its words whole, or each in any of its forms."""
    return _names_a_place(part, places) or places.writes(part) or _words_written(part, places)


def _words_within(before: str, part: str, places: _Places) -> bool:
    """Whether the source writes each of `part`'s words (`_words_written`) within the place `before` names, where its
    extent is known (`_Places.span`), as a title is judged: `Kap 1, Kostnader` passed by "Kostnader" of chapter 3. So
    of a place with its title, or marked by a Roman numeral or a letter (`Kap 3 Ekonomi`, `Kap III`, `Del B`,
    `Bilaga B`: `_place_marked`), whose words of another place passed."""
    marked = _place_marked(before, places)
    span = places.span(*marked) if marked else None
    return span is None or _words_written(part, places, places.unhyphenated_within(*span))


def _place_marked(part: str, places: _Places) -> Optional[tuple[str, str]]:
    """The words, as the source writes them, and the mark, as `_Places.heads` reads it, of a place a locator's part
    names by its number, or by a letter or Roman numeral of an appendix or of words the source marks its places by so,
    with its title or without (`Kap 3`, `Kap 3 Ekonomi`: "kap", "3"; `Kap III Ekonomi`: "kap", "iii"), and a lettered
    part's (`Mål 2 b`: "mål", "2 b"; read as goal 2's, goal 2 a's words passed after it); None for another part."""
    if lettered := _lettered_part(part, places):  # `Mål 2 b`: "mål", "2 b"
        return places.as_written(_stem_and_number(lettered["stem"])[0]), f"{lettered['number']} {lettered['letter'].casefold()}"
    text, found = _stem_and_number(part)
    if not (found and re.fullmatch(_SECTION_NUMBER, found["number"])):
        found = _titled_place(part) or _A_CAPITAL_MARKED.fullmatch(part)
        text = _stem_and_number(found["stem"])[0] if found else text
    if found is None:
        return None
    text, number = places.as_written(text), found["number"]
    if number[0].isdigit():  # `Kap 3` of "Kap III", which it names
        return text, _roman_place(text, number, places) or number
    return (text, number.casefold()) if places.letters_of(text) or _labelled(text) == "bilaga" else None


def _lettered_part(part: str, places: _Places) -> Optional[re.Match]:
    """A part naming a place's lettered part (`Mål 2 b`, `Mål 2 c`, `Mål 2 b Budget`: `_A_LETTERED_PART`) where the
    source letters that place's parts ("Mål 2 a Polis", "Mål 2 b Skola"); None otherwise."""
    lettered = _A_LETTERED_PART.fullmatch(part)
    text = places.as_written(_stem_and_number(lettered["stem"])[0]) if lettered else ""
    return lettered if lettered and _letters_written(lettered["number"], places.heads(text)[1]) else None


def _lettered_kind(part: str, places: _Places) -> bool:
    """Whether a part names a place by a Roman numeral or a capital letter (`Kap IV`, `Del C Ekonomi`:
    `_A_CAPITAL_MARKED`) of words the source marks its places by so (`_Places.letters_of`: "Kap I" to "Kap III"),
    whether or not it has that place; as `Kap 4` is read beside "Kap 1" to "Kap 3"."""
    marked = _A_CAPITAL_MARKED.fullmatch(part)
    return bool(marked and places.letters_of(places.as_written(_stem_and_number(marked["stem"])[0])))


# A word of a locator's part, hyphens within it kept (`EU-medel`); and the words that join or lead into places' names,
# or abbreviate what follows (`Kap 3, Trygghet m.fl.`, `Kap 3 ff.`), which the source need not write.
_A_PARTS_WORD = lazy_regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LEADING_WORDS = frozenset("ff fl mm etc osv ibid samt hela helhet".split()) | SEARCH_STOPWORDS


def _words_written(part: str, places: _Places, texts: Optional[tuple[str, str]] = None) -> bool:
    """Whether the source writes each of `part`'s words, in any of its forms (`in_any_form`), one hyphenated over a
    line's end whole or with its hyphen (`_Places.unhyphenated`); not the words that join or lead into a place's name
    (`Trygghet och Kostnader`, `under Trygghet`: `_LEADING_WORDS`) nor a letter alone (`m.m.`). `Kap 3, Trygghet och
    Kostnader`, two of its headings, and `Kap 3, Trygghet.` were told the source wrote them nowhere."""
    words = [word for word in _A_PARTS_WORD.findall(normalise(part).casefold())
             if len(word) > 1 and word not in _LEADING_WORDS]
    return all(any(in_any_form(word).search(text) for text in texts or places.unhyphenated) for word in words)


def _unwritten_after(locator: str, parts: list[str], judged: list[str], places: _Places) -> dict[int, str]:
    """The parts after a comma that name nothing within the place before them (`_unwritten_within`), each with that
    place as read (`_parts_judged`: `Kap 2` of `Kap 3, 2, foo`; `Kap III` of `Kap iii, foo`: `_read_as_a_place`); a
    part after such a part is read after the place too (`bar` of `Kap 3, foo, bar`): it was told once `foo` was
    mended."""
    unwritten: dict[int, str] = {}
    listed = {index for run, _ in _appendix_runs(parts) for index in run[1:]}
    # Marks going on with a list of appendices (`2` of `Bilaga 1, 2, foo`) with the appendix's word, as `Kap 2` of
    # `Kap 3, 2, foo` is read: told "ingen rubrik eller rad i 2", and `Bilaga A, B, foo` passed.
    read = [f"{places.spelt('bilaga', 'Bilaga')} {each}" if index in listed else each for index, each in enumerate(judged)]
    going = {index for index, each in enumerate(parts) if index and (index in listed or read[index] != each) and (
        _NUMBERS_ALONE.fullmatch(each) or _LETTERS_ALONE.fullmatch(each) or _MIXED_ALONE.fullmatch(each))}
    judged_within: dict[int, list[str]] = {}
    for index, (part, mark) in enumerate(_parts_and_marks(locator)):
        if mark != "," or judged[index] != part:
            continue
        # Each of a list's places going on after a comma (`Kap 1, 3, Personal`), the last named, as a list joined by
        # "och" is judged: "Personalen" of chapter 1 was told not in Kap 3, where `Kap 1 och 3, Personal` passes.
        first = next(start for start in range(index - 1, -1, -1) if start not in going)
        within = judged_within.get(index - 1) or [_read_as_a_place(each, places) for each in reversed(read[first:index])]
        if all(_unwritten_within(place, part, places) for place in within):
            unwritten[index], judged_within[index] = within[0], within
    return unwritten


def _read_as_a_place(place: str, places: _Places) -> str:
    """A locator's place before a part after a comma as `_unwritten_after` judges the part within it."""
    # A place in small Roman numerals (`Kap iii, foo`) as the source writes it, told so by its own reason: the words
    # after it were told once it was mended.
    place = (raised := _numerals_in_capitals(place, places)) and raised[0] or place
    # A place with a title the source gives it not, or of a number it has not (`Kap 3 Budget, foo`, `Kap 9 Ekonomi,
    # foo`, `Kap III Budget, foo`), by its number alone, its title told by its own reason: the words after it were told
    # once it was mended. A lettered part (`Mål 2 b Budget`, `Mål 2 c`) by its number and letter as written: `Mål 2 b,
    # foo` was told »foo» not in »Mål 2 B», which the source writes not, and `Mål 2 b Budget, foo` not in goal 2.
    # Lettered parts named together (`Mål 2 b och c`) as they are, each judged as a list's places are.
    joined = _lettered_marks(place)[0] is not None
    if lettered := None if joined else _lettered_part(place, places):
        return place if _names_a_place(place, places) else f"{lettered['stem']} {lettered['number']} {lettered['letter']}"
    # Not a list of appendices (`Bilaga B och C, Budget` of appendix C's "Budget"), read as `Bilaga B` titled "och C".
    if (not joined and not _two_places(place) and (titled := _titled_place(place) or _capital_titled(place, places))
            and not _names_a_place(place, places)):
        return f"{titled['stem']} {titled['number']}"
    # A place of a small letter (`Bilaga b, foo`) as of its capital, which it names as the source writes it: it passed.
    # Not a lettered part's (`Bilaga 2 b`), which it writes so.
    if (small := _LETTERED_PLACE.fullmatch(place)) and small["letter"].islower() and not _A_LETTERED_PART.fullmatch(place):
        return place[:small.start("letter")] + small["letter"].upper() + place[small.end("letter"):]
    return place


def _without_unwritten(locator: str, places: _Places, elsewhere: bool = True) -> Optional[str]:
    """`locator` without its parts written nowhere after a place (`_unwritten_after`: `Kap 4` of `Kap 4, foo`), or None
    where it has none; without `elsewhere`, those the source writes outside that place kept."""
    parts = _locator_parts(locator)
    unwritten = _unwritten_after(locator, parts, _parts_judged(parts, places), places)
    if not elsewhere:
        unwritten = {index: place for index, place in unwritten.items() if not _written_anywhere(parts[index], places)}
    return ", ".join(part for index, part in enumerate(parts) if index not in unwritten) if unwritten else None


def _unwritten_told(index: int, parts: list[str], unwritten: dict[int, str], places: _Places) -> Optional[str]:
    """The reason of the part at `index` and of those after it within the one place (`_unwritten_after`), told at the
    first of them: "»foo» och »bar» står inte i källan, och ingen rubrik eller rad i Kap 3 börjar så"; not the lines
    of a place the source numbers not (`Kap 4, foo` beside "Kap 1" to "Kap 3"), which its own reason tells."""
    if unwritten.get(index - 1) == unwritten[index]:
        return None
    run = list(itertools.takewhile(lambda after: unwritten.get(after) == unwritten[index], range(index, len(parts))))
    place = _place_said(_places_had(unwritten[index], places))
    # Words the source writes under another place (`Kap 1, Kostnader` of chapter 3's "Kostnader"): not in that place;
    # told apart from words it writes nowhere (`Kap 3, foo, Personal` told both not in Kap 3, »foo» looked for elsewhere).
    elsewhere = [after for after in run if _written_anywhere(parts[after], places)]
    told = f"{_listed([cited(parts[after]) for after in elsewhere], 'och')} står inte i {place}" if elsewhere else ""
    if len(elsewhere) == len(run):
        return told
    said = f"{_listed([cited(parts[after]) for after in run if after not in elsewhere], 'och')} står inte i källan"
    missing = _part_missing(unwritten[index], places) or _letters_missing(unwritten[index], places)  # `Mål 2 c`
    said = said if missing else f"{said}, och ingen rubrik eller rad i {place} börjar så"
    return f"{said}; {told}" if told else said


def _shared_missing_marked(parts: list[str], whys: list[Optional[str]], places: _Places,
                           going: Collection[int] = ()) -> list[Optional[str]]:
    """Each part's reason (`whys`), the one that several places the source numbers not share (`_number_missing`: `Kap 9,
    Kap 7` beside "Kap 1" to "Kap 3") naming their marks ("…, inte 9 och 7"), as one end of a range is named: told
    once, naming neither, which was left to guess, and the locator mended by one refused again for the other. A reason
    naming its marks already (`_naming`: "…, inte 3") shares its marks so: `Bilaga 3, 4` beside "Bilaga A", "Bilaga B"
    was told the reason twice, once for each. A part going on with a list after a comma (`going`: `4` of `Kap 3, 4`)
    is named alone too, as `Kap 4` is not: its reason named nothing that was wrong."""
    said: list[Optional[tuple[str, list[str]]]] = []
    for index, (part, why) in enumerate(zip(parts, whys)):
        named = _MARKS_NAMED.fullmatch(why or "")
        # A place with a title (`Kap 9 Ekonomi`) by its number alone, as `_title_missing` tells it: `Kap 9 Ekonomi, Kap 7`
        # was told once, naming neither.
        titled = None if _two_places(part) else _titled_place(part) or _capital_titled(part, places)
        place = f"{titled['stem']} {titled['number']}" if titled else part
        mark = None if named or not why else _stem_and_number(place)[1] or _A_CAPITAL_MARKED.fullmatch(place)
        said.append((named["why"], _LIST_NAMED.split(named["marks"])) if named else
                    (why, [mark["number"]]) if mark and _number_missing(place, places) == why else None)
    reasons = [each[0] if each else None for each in said]
    for index, reason in enumerate(reasons):
        if reason and (reasons.count(reason) > 1 or index in going and _MARKS_NAMED.fullmatch(whys[index]) is None):
            marks = [mark for each in said if each and each[0] == reason for mark in each[1]]
            # Each once: `Kap 9, Kap 9` was told "inte 9 och 9".
            whys[index] = f"{reason}, inte {_listed(list(dict.fromkeys(marks)), 'och')}"
    return whys


# A reason naming the marks it was refused for (`_naming`, `_shared_missing_marked`): "…, inte 3", "…, inte 5 och 6".
_MARKS_NAMED = lazy_regex.compile(r"(?P<why>.+), inte (?P<marks>[\w.]+(?:(?:, | och )[\w.]+)*)")
_LIST_NAMED = lazy_regex.compile(r", | och ")


def _title_missing(part: str, places: _Places) -> tuple[Optional[str], Optional[str]]:
    """Why a part naming a place by its words, number and title (`Kap 3 Budget`: `_A_TITLED_PLACE`)
    names none, where the source begins that place with a line of other words ("Kap 3 Ekonomi"),
    or numbers none so (`_number_missing`); and the part as that line writes it (`Kap 3 Ekonomi`), for
    the hint. (None, None) for a part naming a place, or no such part: it was told only that no
    line began so, and given the generic tip. A line with a page's number before the place's words
    ("9   Kap 3 Ekonomi", `_Places._own_numbers`) begins it too: `Kap 3: Skatter` passed there. A
    title wrapped onto the next line ("Kap 3 Ekonomi och" / "finansiering") is told whole: it was
    told »Ekonomi och», and that offered. A lettered part's title (`Mål 2 b Polis` of "Mål 2 b
    Skola") is its own: it was told goal 2's, »Trygghet», not »b Polis». A line under the place's number
    alone that reads as a sentence (`_READS_AS_A_SENTENCE`) is told as what stands under it, and the
    place alone offered (`Kap 3`), not the sentence as its title."""
    titled = None if _two_places(part) else _titled_place(part) or _capital_titled(part, places)  # not `Kap 1 och 2`
    if (titled is None or _names_a_place(part, places) or _A_YEAR.fullmatch(titled["number"])
            or _letter_unwritten(part, places)):  # `Mål 2 D`: a letter, not a title »D»
        return None, None
    stem, number, said, ends = titled["stem"], titled["number"], titled["title"], titled.end("number")
    text = places.as_written(_stem_and_number(stem)[0])
    if not (places.has_line_starting(text) or places.heads(text)[0]):  # "7   Kap 3 Ekonomi" too (`_own_numbers`)
        return None, None
    if _lettered_title(part, text, places):
        # `Mål 2 b Polis` of "Mål 2 b Skola" (a lettered part): its title, not goal 2's, was told »Trygghet», not »b Polis»
        lettered = _A_LETTER_TITLED.fullmatch(said)
        number, said, ends = f"{number} {lettered['letter'].casefold()}", lettered["title"], titled.start("title") + lettered.end("letter")
    if missing := _number_missing(f"{stem} {number}", places):
        return missing, None
    lines = [start for start, marks in places.titled_heads(text) if marks == {number.casefold()}]  # "b" of `Bilaga B`
    if not lines and (roman := _roman_appendix(text, number, places) or _roman_place(text, number, places)):
        # `Bilaga 2 Budget` of "Bilaga II Budget": told as the source numbers its appendices; it was given the generic tip.
        # So `Kap 3 Ekonomi` of "Kap III Ekonomi" (`_roman_place`).
        lines, number = [start for start, marks in places.titled_heads(text) if marks == {roman}], roman.upper()
    if not lines and (sentence := places.sentence_at(text, number.casefold())) is not None:
        # "Kap 2" only in a sentence wrapped before it: it was given the generic tip, where `Kap 2` passes.
        return (f"{cited(places.head_written(text, sentence))} står i källan bara i en mening och har ingen titel, "
                f"inte {cited(said)}"), f"{stem} {number}"
    found = _place_written(text, places.line_raw(lines[0]), number) if lines else None
    if found is None:
        return None, None
    after = " ".join(_PAGE_NUMBER_AT_END.sub("", places.line_raw(lines[0])[found.end():]).split()
                     + places.title_wrapped(lines[0]).split())  # "Kap 3 Ekonomi och" / "finansiering": its title whole
    title = after.strip(" :.\u2013\u2014-")
    written = places.head_written(text, lines[0])
    if not title and (below := places.title_below(text, lines[0])):  # "Kap 3" over "Ekonomi"
        if _READS_AS_A_SENTENCE.search(below) and _why_not_named(f"{stem} {number}", places) is None:
            # "Kap 3" over "Ekonomin ska vara i balans": the whole sentence was offered as the chapter's title
            return f"under {cited(written)} står {cited(below)} i källan, inte {cited(said)}", f"{stem} {number}"
        meant = f"{part[:ends]} {below}"
        meant = meant if _names_a_place(meant, places) else f"{written} {below}"  # `Bilaga II Budget` for `Bilaga 2 …`
        if normalise(below).casefold().split() == normalise(said).casefold().split():
            # "Bilaga II" over "Budget": `Bilaga 2 Budget` was told the title »Budget», not »Budget»
            return f"källan skriver {cited(written)} med titeln {cited(below)} på raden under, inte {cited(part)}", meant
        return f"{cited(written)} har titeln {cited(below)} i källan, inte {cited(said)}", meant
    if not title:
        return f"{cited(written)} har ingen titel i källan, inte {cited(said)}", f"{stem} {number}"
    # The line's own mark before its title ("Kap 3 – Ekonomi"): `Kap 3 Ekonomi` of it was told »Kap 3» had
    # the title »Ekonomi», not »Ekonomi», and offered no locator. Not a colon, which parts a locator's places.
    between = after[:after.index(title)]
    between = between if between.startswith((" ", ".", ":")) else f" {between}"
    meant = f"{stem} {number}" if ":" in between else part[:ends] + between + title
    if not _names_a_place(meant, places):  # `Kap. 3 Ekonomi` of "Kap 3 Ekonomi": as the line writes the place too
        meant = f"{stem} {number}" if ":" in between else written + between + title
    if normalise(title).casefold().split() == normalise(said).casefold().split():
        return f"källan skriver {cited(written + between + title)}, inte {cited(part)}", meant
    return f"{cited(written)} har titeln {cited(title)} i källan, inte {cited(said)}", meant


def _capital_titled(part: str, places: _Places) -> Optional[re.Match]:
    """A part naming a place by its Roman numeral or capital letter and a title (`Kap III Skatter`, `Del B: Skatter`:
    `_A_CAPITAL_MARKED`), where the source marks each place of those words so (`_Places.letters_of`), for
    `_title_missing`; None otherwise. `Kap III Skatter` beside "Kap III Ekonomi" was given the generic tip."""
    marked = _A_CAPITAL_MARKED.fullmatch(part)
    return marked if marked and marked["title"] and places.letters_of(
        places.as_written(normalise(marked["stem"]).casefold())) else None


def _listed_appendix_missing(marks: str, places: _Places) -> Optional[str]:
    """Why a part of marks alone going on with a list of appendices (`Bilagorna 1, 2 och 9`, `Bilaga
    2, 9`: `_appendix_runs`) names appendices the source has not, checked as `Bilaga 9` is, the
    reason naming the mark: the part named no place, and `Bilagorna 1, 2 och 9` passed."""
    why = _part_missing(f"bilaga {marks}", places)
    # The reason naming it already (lettered appendices: »…, inte 3»), not twice: it was told "inte 3, inte 3".
    return _naming(why, marks) if why and not _two_places(f"bilaga {marks}") else why


def _slip_missing(part: str, places: _Places, alone: bool) -> Optional[str]:
    """Why a part writes an appendix, a table, a section or a page as the guide does not (`Bil. 2`,
    `Tabellen 3`, `sid 3`, `p. 3`: `_part_spelled_out`, `_PAGE_SLIP`), in any part: `Ekonomi, Bil. 9`
    passed by its heading alone, unchecked where `Ekonomi, bilaga 9` is refused. Not a part the
    source writes itself ("Bil. 2 Ekonomi", "P2 Parkering"): that names its line; but an appendix
    the source abbreviates so in a sentence and writes in full too ("… i bil. 2.", "Bilaga 2":
    `_abbreviated_appendix`) is one, and `Mål, bil. 2` passed by the sentence's words, unchecked.
    Nor, beside other parts, a page written by a letter alone (`p. 3`, `S 1`, not
    `_A_PAGE_CUT_SHORT`), which may be a point of minutes (`Beslut, p. 3`) or a name's
    (`Strategier, S 1`): told `sida 3`, it meant another place."""
    if spelled := _part_spelled_out(part, places):
        # Written so, it is checked as `Bilaga 2 och 3` is: the hint offers the places it names
        # that the source has (`Bilaga 2`), and the reason says why the others were dropped.
        # A list mixing digits and numerals (`Kap i och 4` as `Kap I och 4`) each place alone, the one it lacks named, as
        # after a comma: told the numerals alone, `Kap I och 4`, mended so, was refused again for chapter 4.
        read = _parts_judged([spelled[0]], places)[0]
        missing = spelled[2] if len(spelled) > 2 else _shared_missing_marked(
            [read], [_part_missing(read, places)], places, {0} if read != spelled[0] else ())[0]
        return f"{spelled[1]}, inte {cited(part)}{f', och {missing}' if missing else ''}"
    if not _page_slip(part, places, alone):
        return None
    said = "sidor skrivs {} och sina" if re.search(r"\d\D+\d", part) else "en sida skrivs {} och sitt"  # `sid 1 och 2`
    return f"{said.format(cited('sida'))} nummer, inte {cited(part)}"


def _pages_alone(parts: list[str], places: _Places) -> bool:
    """Whether a locator's parts name pages alone (`s 3`; `s 3, s 2–3`, `s 3, sida 2–3`), where a letter names a page
    (`_page_slip`), as in a locator of one part: `s 3, s 2–3` was told no line began so, and `s 3, sida 2–3` passed."""
    return len(parts) == 1 or all(
        _PAGE_SLIP.fullmatch(part) or (marked := _heading_marks(part)) and marked[0].casefold() in _PAGE_WORDS
        for part in parts)


def _page_slip(part: str, places: _Places, alone: bool) -> Optional[re.Match]:
    """A part naming a page as the guide does not (`sid 3`; alone in its locator, `p. 3` too: `_slip_missing`), which
    the source writes not itself and which names no place; None otherwise. Its group 1 is the pages."""
    found = (_PAGE_SLIP if alone else _A_PAGE_CUT_SHORT).fullmatch(part)
    return None if found is None or places.writes(part) or _names_a_place(part, places) else found


def _abbreviation_heads(part: str, places: _Places) -> bool:
    """Whether the source begins a line, or a heading holds, the words of a part abbreviating an
    appendix (`_APPENDIX_SLIP`: "Bil. 2 Ekonomi" for `Bil. 2`), or naming a table in the definite
    form (`_DEFINITE_MARKED`: "Tabellen 3"): then the part names that line, as `_names_a_place`
    reads it; not by a title's word that is a position's (`Bil. 2 Risker`, as `risk 2`), by which
    it passed beside "Bilaga 2 Risker"."""
    text = places.as_written(_stem_and_number(part)[0])
    return places.has_heading_with(text) or places.has_line_starting(text)


def _ends_missing(found: re.Match, places: _Places) -> list[Optional[str]]:
    """Why each end of a part naming two places (`_two_places`: `Kap 2–4`) is none the source has
    (`_number_missing`), the first's and the last's; None for an end it has."""
    return [_number_missing(f"{found['word']} {found[end]}", places) for end in ("first", "last")]


def _part_missing(part: str, places: _Places) -> Optional[str]:
    """Why a locator's part names no place the source numbers (`_number_missing`), each end of two
    places (`Kap 2–4`, `Bilaga 4 och 1`) checked as one alone; where the other end is the source's,
    the reason names the end it lacks ("… bara med numren 1, 2 och 3, inte 4"): it named the
    source's places alone, and which end was wrong was left to guess. Two named by ordinal words
    (`andra och sjunde punkten`: `_numbered`) so too: the last was not checked."""
    # A list with a range among its places (`Kap 1–3 och 9`), each place: it was told no line began so.
    if items := _items_with_a_range(part):
        said: dict[str, list[str]] = {}  # each reason once, naming the places it is of ("…, inte 6, 7 och 9")
        for item in items:
            if why := _part_missing(item, places):
                named = _MARKS_NAMED.fullmatch(why)
                said.setdefault(named["why"] if named else why, []).extend(
                    _LIST_NAMED.split(named["marks"]) if named else [item.rpartition(" ")[2]])
        return "; ".join(f"{why}, inte {_listed(list(dict.fromkeys(marks)), 'och')}" for why, marks in said.items()) or None
    found = _two_places(_numbered(part)) or _letters_apart(part, places)
    if found is None:
        return _number_missing(part, places)
    whys = _ends_missing(found, places)
    why = next(filter(None, whys), None)
    if why is None:
        return why
    if lacking := _range_lacking(found, whys, places):
        return lacking
    if all(whys):
        # Both ends for one reason (`Bilaga 5 och 6` beside "Bilaga 1", "Bilaga 2"): each named ("…, inte 5 och 6"),
        # as one end is; neither was, and which was wrong was left to guess. For two reasons, the first's alone.
        ends = [found[end] if found[end][0].isdigit() else found[end].upper() for end in ("first", "last")]
        return _naming(why, _listed(list(dict.fromkeys(ends)), "och")) if whys[0] == whys[1] else why
    mark = found["first" if whys[0] else "last"]
    return _naming(why, mark if mark[0].isdigit() else mark.upper())


def _range_lacking(found: re.Match, whys: list[Optional[str]], places: _Places) -> Optional[str]:
    """The reason of a range's end (`found`, `_two_places`), naming each place of the range the source has not for
    that reason, its ends' and those between them ("…, inte 4 och 5" of `Kap 3–5` beside "Kap 1" to "Kap 3", "4–6" of
    `Kap 3–6`, a run of three or more); None for two places not a range, a range backwards, or one of more than 50
    between its ends. `Kap 3–5` was told "inte 5", chapter 4 unnamed."""
    between = list(itertools.islice(_marks_toward(found["first"], found["last"]), 51))
    if found["join"] not in _RANGE_JOINS or len(between) > 50 or _reversed_range(found.string, places):
        return None
    marks = [mark if mark[0].isdigit() else mark.upper() for mark in (found["first"], *between, found["last"])]
    reasons = [whys[0], *(_number_missing(f"{found['word']} {mark}", places) for mark in between), whys[1]]
    reasons = [reason and _naming(reason, mark) for mark, reason in zip(marks, reasons)]
    # Each reason naming its place last ("…, inte 4", "… men inte 1.4"), compared without it; none other ("ingen lista
    # i den har 4 punkter"), which is told as it was.
    said = [reason[:-len(mark)] if reason and reason.endswith(f"inte {mark}") else None for mark, reason in zip(marks, reasons)]
    if any(reason and not stem for reason, stem in zip(reasons, said)):
        return None
    base = next(filter(None, said))
    lacking = [mark for mark, stem in zip(marks, said) if stem == base]
    run = len(lacking) > 2 and len(lacking) == len(marks) - said.index(base)
    return base + (f"{lacking[0]}\u2013{lacking[-1]}" if run else _listed(lacking, "och"))


def _naming(why: str, mark: str) -> str:
    """`why`, a place's reason, naming the `mark` it was refused for (", inte 3") where it names it not already: "… men
    inte 1.5", "… utan nummer …, inte 3", "… har 4 punkter" stand."""
    return why if re.search(rf"(?<![\w.]){re.escape(mark)}(?!\w|\.\d)", why) else f"{why}, inte {mark}"


def _marks_toward(mark: str, other: str) -> Iterator[str]:
    """The marks between a range's end `mark` and its other end, the nearest to `mark` first, as
    the locator writes them (`Kap 2` toward 4: "3"; `Mål 1.2` toward 1.5: "1.3", "1.4"; `bilaga
    a` toward d: "b", "c"; Roman numerals so too); none for ends of different kinds. Made as
    they are asked for: a far end mistyped (`Kap 2–999999`) has as many."""
    start, end = _section(mark), _section(other)
    if start is not None and end is not None:
        if len(start) != len(end) or start[:-1] != end[:-1]:
            return iter(())
        step = 1 if start[-1] < end[-1] else -1
        return (".".join(map(str, start[:-1] + (number,))) for number in range(start[-1] + step, end[-1], step))
    if start is not None or end is not None:
        return iter(())
    roman = _roman_run([mark, other])
    first, last = _mark_order(mark, roman), _mark_order(other, roman)
    step = 1 if first < last else -1
    shown = (_roman_numeral(number) if roman else _ALPHABET[number - 1] for number in range(first + step, last, step))
    return (one.upper() if mark.isupper() else one.casefold() for one in shown)


def _quote_outside(word: str, written: str, marks: Iterable[str], places: _Places,
                   quoted: list[tuple[int, int]]) -> bool:
    """Whether the quote (`quoted`, its first place) stands outside the places of a locator's part
    `written`, with the place's `word` and the `marks` it names: in no appendix of it (the check
    of appendices would refuse it), or under a heading of one mark not among them (`Kap 2–3` under
    "Kap 1"; a section under its chapter is in it), where `_heading_meant` names its place
    instead. Marks are read as they come: a range's marks are made as asked for (`_marks_toward`).
    Not a table's (`Tabell 0–1`): the text after its caption may be the table's or the page's, as
    `_heading_meant` reads it, and the hint offered `Tabell 1` or each table by the caption above."""
    if not quoted or places.as_written(_stem_and_number(word)[0]) == "tabell":
        return False
    if _labelled(word):
        head = places.appendix_above(quoted[0][0])
        return head is None or not _appendices_of(head[1]) & _appendices_named(written)
    head = places.head_above(places.as_written(_stem_and_number(word)[0]), quoted[0][0])
    return head is not None and len(head[1]) == 1 and not any(
        _in_place(mark, under) for mark in map(str.casefold, marks) for under in head[1])


def _in_place(mark: str, under: str) -> bool:
    """Whether a place a locator names by its `mark` holds a quote under a line that marks `under`:
    the same place, or a section is in its chapter and a chapter holds its sections (`Mål 1.9–1.10`
    under "Mål 1", `Kap 1` under "Kap 1.2")."""
    mark, under = mark.replace(" ", "."), under.replace(" ", ".")  # a lettered part's "2 a" within goal 2's "2"
    return f"{mark}.".startswith(f"{under}.") or f"{under}.".startswith(f"{mark}.")


def _place_written(text: str, line: str, mark: Optional[str] = None) -> Optional[re.Match]:
    """Where a line beginning a place (`_Places.heads`) writes the place's words `text` and its
    number ("Kap 3", "Kap. 3", "2 Mål", a lettered part's "Mål 2 a"), in any case, after any white
    space (a page's form feed after a typesetter's em space too: the line was cited whole, »Kap 3
    Ekonomi»), and after a number before them too ("7   Kap 1": the group `own` without it, `_Places._own_numbers`);
    or, given the line's `mark`, a letter or Roman numeral ("Bilaga B", "Bilaga II": `heads`), that mark
    after the words, where no number is: a lettered appendix's title was never read, and `Bilaga B
    Skatter` passed beside "Bilaga B Budget"; after the words' full stop too ("Kap. III Ekonomi"), whose title was
    never read either. None where it does not so."""
    words = r"\s+".join(map(re.escape, text.split()))
    if mark and not mark[0].isdigit():
        return re.match(rf"[^\S\n]*(?P<own>{words}\.?[ \t\u00a0]+{re.escape(mark)})(?!\w)(?P<letter>)(?P<closed>)", line,
                        re.IGNORECASE)
    return re.match(rf"[^\S\n]*(?:(?:\d+[.):]?\s+)?(?P<own>{words}{_NUMBERS_AFTER.pattern}(?:{_A_SUB_LETTER.pattern})?)"
                    rf"|\d+[.):]?\s+{words})", line, re.IGNORECASE)


def _opens_its_section(chapter: frozenset[str], section: frozenset[str]) -> bool:
    """Whether a line marking `section` (`_Places.heads`) begins the first section of the place a
    line right above it marks `chapter`: "Kap 2.1" below "Kap 2" (`_Places.listed`)."""
    return len(chapter) == len(section) == 1 and next(iter(section)) == f"{next(iter(chapter))}.1"


def _range_meant(locator: str, places: _Places, quoted: list[tuple[int, int]]) -> Optional[str]:
    """The locator with a part naming two places (`Kap 2–4`, `Bilaga 4 och 1`), one end of which the
    source has not (`_part_missing`), written as the nearest that names a place: a range shortened
    to the places the source has, each of them, from the end it has (`Kap 2–3`; `Kap 3` for `Kap
    3–5` of "Kap 1" to "Kap 3"; `Kap 2–3` for `Kap 2–6` of "Kap 1, 2, 3, 5"), a list
    without that end (`Bilaga 1`). None where neither end is the source's, or the quote (`quoted`,
    its first place) stands in no appendix of the part so written or under a heading of one mark
    outside it (`Kap 1–2` under "Kap 3": `_heading_meant` offers that one), or for points, the author's
    count (`_place_offered` names the last). It was given the generic tip, or each appendix of
    the source."""
    parts = _locator_parts(locator)
    for index, part in enumerate(parts):
        found = None if places.writes(part) else _two_places(part) or _letters_apart(part, places)
        whys = _ends_missing(found, places) if found else [None, None]
        if not any(whys):
            continue
        if all(whys) or _stem_and_number(found["word"])[0] == "punkt":
            return None
        wrong, kept = ("first", "last") if whys[0] else ("last", "first")
        # The range's places the source has, from the end it has up to the first it has not: each
        # mark down from the far end was asked for (`Kap 2–99999` kept `validate` busy for 20 s),
        # and the first that passed was a year's number, a heading's year (`Kap 2–2099`).
        toward = _marks_toward(found[kept], found[wrong]) if found["join"] in _RANGE_JOINS else iter(())
        walked = list(itertools.takewhile(lambda mark: _number_missing(f"{found['word']} {mark}", places) is None, toward))
        nearest = walked[-1] if walked else None
        ends = found[kept] if nearest is None else "".join(
            (nearest, found["join"], found["last"]) if wrong == "first" else (found["first"], found["join"], nearest))
        # Cut down to one place, a plural's word is one place's: `Tabellerna 2–3` was offered `Tabellerna 2`.
        word = found["word"] if nearest is not None else _one_places_word(found["word"], places)
        written = word + part[found.end("word"):found.start("first")] + ends + part[found.end("last"):]
        if _quote_outside(found["word"], written, [found[kept], *walked], places, quoted):
            return None
        meant = ", ".join(parts[:index] + [written] + parts[index + 1:])
        # Without the words after it that no place of it writes (`Kap 2–5, Personal` of chapter 1's "Personal": `Kap
        # 2–4`); it was given the generic tip.
        meant = _without_unwritten(meant, places) or meant if _why_not_named(meant, places) else meant
        return meant if _why_not_named(meant, places) is None else None
    return None


def _list_meant(locator: str, places: _Places, quoted: list[tuple[int, int]]) -> Optional[str]:
    """The locator with a list of appendices going on in parts of marks alone (`Bilagorna 1, 2 och
    9`: `_appendix_runs`), some of which the source has not, written with those it has alone
    (`Bilagorna 1 och 2`; `Bilaga 2` of one, `_one_places_word`), where the quote (`quoted`, its
    first place) stands in one of them (`_quote_outside`) and so written the locator names a place.
    It was given the generic tip, as `Bilaga 1 och 9` was not."""
    parts = _locator_parts(locator)
    for run, marks in _appendix_runs(parts):
        if len(run) < 2:
            continue  # a part of its own: `_range_meant`
        kept = [mark for mark in marks if _number_missing(f"bilaga {mark}", places) is None]
        if not kept or len(kept) == len(marks):
            continue
        word = parts[run.start].split()[0]
        shown = sorted(kept, key=int) if kept[0].isdigit() else _marks_shown(kept)
        written = f"{word if len(kept) > 1 else _one_places_word(word, places)} {_listed(shown, 'och')}"
        if _quote_outside(word, written, kept, places, quoted):
            # The one the quote stands in, where it stands in one: `Bilaga A, 3` of a quote in "Bilaga B" was given the
            # generic tip, where `Bilaga B, 3` is offered `Bilaga B`.
            head = places.appendix_above(quoted[0][0]) if quoted else None
            held = sorted(_appendices_of(head[1])) if head else []
            if len(held) != 1:
                return None
            written = f"{_one_places_word(word, places)} {held[0] if held[0][0].isdigit() else _marks_shown(held)[0]}"
        meant = ", ".join(parts[:run.start] + [written] + parts[run.stop:])
        return meant if _why_not_named(meant, places) is None else None
    return None


def _one_places_word(word: str, places: _Places) -> str:
    """A locator's word for places in the plural (`Tabellerna`, `Bilagorna`: `_PLURAL_MARKED`,
    `_DEFINITE_LABELS`) as the source spells one of them (`Tabell`, `Bilaga`); any other as it is.
    After a preposition too (`i bilagorna` → `i bilaga`): `i bilagorna 2 och 3` was offered `i
    bilagorna 2`."""
    before, _, last = word.rpartition(" ")
    folded = normalise(last).casefold()
    one = _PLURAL_MARKED.get(folded) or (_DEFINITE_LABELS.get(folded) if folded.startswith("bilagor") else None)
    if not one:
        return word
    return (f"{before} " if before else "") + places.spelt(one, one.capitalize() if last[:1].isupper() else one)


def _places_of(source: SourceText) -> _Places:
    """A source's places (`_Places`), read once for every rule that asks (kept in its memo)."""
    if "places" not in source.memo:
        source.memo["places"] = _Places(source)
    return source.memo["places"]


def _parts_meant(locator: str, places: _Places, elsewhere: bool = False) -> Optional[str]:
    """The locator with a place's title written as the line beginning that place writes it (`Kap 3
    Ekonomi` for `Kap 3 Budget`: `_title_missing`), and a range's last end written whole (`Mål
    4.1–4.3` for `Mål 4.1–3`: `_uneven_range`), where so written it names a place. With `elsewhere`, the words after a
    place that the source writes outside it kept, so written whether it names a place or not, for the place the quote
    stands under to be written in (`_locator_hint`)."""
    parts = _locator_parts(locator)
    rewritten = [_letters_meant(part, places) or _title_missing(part, places)[1] or _uneven_range(part, places)[1]
                 or _broken_word(part, places)[1] for part in parts]
    # A place and its title after a colon (`Kap 3: Budget`) as one part, written as the line writes them.
    for index, titled in _titled_by_colon(locator, places):
        if written := _title_missing(titled, places)[1]:
            rewritten[index:index + 2] = [written, ""]
    # Words the source writes nowhere after a place (`Kap III, foo`: `_unwritten_within`) left out: given the generic tip.
    unwritten = _unwritten_after(locator, parts, _parts_judged(parts, places), places)
    rewritten = ["" if index in unwritten and not written and not (elsewhere and _written_anywhere(parts[index], places))
                 else written for index, written in enumerate(rewritten)]
    if not any(written is not None for written in rewritten):
        return None
    meant = _each_place_once([written or part for part, written in zip(parts, rewritten) if written != ""], places)
    return meant if elsewhere or _why_not_named(meant, places) is None else None


# A word's first half in a locator's part, broken with a hyphen before a space (`Verksamhets- 2 mål`): `_broken_word`.
_HALF_BEFORE_A_SPACE = lazy_regex.compile(r"(?<![^\W\d_])(?P<half>[^\W\d_]+)-[ \t\u00a0]+")
_A_PAGES_NUMBER = lazy_regex.compile(r"[\d\W]+")  # "2", "-", "(2)": a page's number, however it is marked
_MOST_BETWEEN = 6  # words between a broken word's halves: a page's number and running head ("- 2 -", "Bergby plan 2024")


def _broken_word(part: str, places: _Places) -> tuple[Optional[str], Optional[str]]:
    """Why a part writes a word the source hyphenates over a page's end with the page's number or running head between
    its halves (`Verksamhets- 2 mål`), and the part with the word whole (`Verksamhetsmål`; after capitals, an
    abbreviation's, with its hyphen: `EU-medel`); (None, None) for any other part. Not the halves as a line's end
    leaves them (`Verksamhets- mål`), as the guide tells a quote to write them, nor a suspended compound's first part
    (`barn- och ungdomsnämnden`: `SUSPENDED`), nor halves the source writes not whole. `Kap 2, Verksamhets- 2 mål`
    passed, the page's number shown in the heading, where a quote so taken is told."""
    halves = [half for half in _HALF_BEFORE_A_SPACE.finditer(part) if not SUSPENDED.match(part, half.end())]
    # The words of the page's furniture (its running heads), and a page's number (`- 2 -`): only they stand between the
    # halves.
    furniture = {word for number in (page_furniture(places.source) if halves else ())
                 for word in normalise(places.source.lines[number - 1]).casefold().split()}
    for half in halves:
        words = list(re.finditer(r"\S+", part[half.end():]))[:_MOST_BETWEEN + 1]
        found = None  # the last word that, joined to the half, the source writes: "mål" of `Verksamhets- Bergby plan mål`
        for word in words[1:]:
            between = part[half.end():half.end() + word.start()]
            rest = re.fullmatch(r"([^\W\d_]+)(\W*)", word[0])
            kept = half["half"].isupper()
            whole = rest and half["half"] + ("-" if kept else "") + rest[1]
            if (whole and all(each in furniture or _A_PAGES_NUMBER.fullmatch(each) for each in normalise(between).casefold().split())
                    and re.search(rf"(?<![^\W\d_]){re.escape(whole.casefold())}(?![^\W\d_])", places.unhyphenated[kept])):
                found = (whole, between.strip(), half.end() + word.start() + len(rest[1]), rest[1])
        if found:
            whole, between, end, second = found
            # What stands between as the source has it, where the part has other words or figures there (`Verksamhets-
            # 3 mål` over "- 2 -"): it was told »3» emellan, the part's figure, which the source has not there.
            # At any of the source's breaks of the word (`Verksamhets- 3 mål` over "- 3 -", the second): it was told the
            # first break's "- 2 -", which the part did not copy.
            breaks = _lines_between_halves(half["half"], second, places)
            said = set(normalise(between).casefold().split())
            if any(said <= {word for line in lines for word in normalise(line).casefold().split()} for lines in breaks):
                between = cited(between)
            else:  # the first break's lines; the source's break not found, no figure said
                between = _listed([cited(line) for line in breaks[0]], "och") if breaks else ""
            return (f"{cited(part[half.start():end])} är ordet {cited(whole)}, som källan delar över ett sidbyte"
                    + (f", med {between} emellan" if between else ""), part[:half.start()] + whole + part[end:])
    return None, None


def _lines_between_halves(first: str, second: str, places: _Places) -> list[list[str]]:
    """The lines, as the source writes them (their spaces made one), that it has between a word's halves it breaks over a
    page (`_broken_word`: "- 2 -" and "Bergby plan 2024" between "Verksamhets-" and "mål"), at each such break in order;
    none where none is found. Normalised, "Bergby plan 2024–2026" was told »Bergby plan 2024-2026», a dash the source
    has not."""
    raw = [" ".join(line.split()) for line in places.source.lines]
    lines = [normalise(line) for line in places.source.lines]
    ending = re.compile(rf"(?<![^\W\d_]){re.escape(first.casefold())}-$")
    beginning = re.compile(rf"{re.escape(second.casefold())}(?![^\W\d_])")
    breaks = []
    for number, line in enumerate(lines):
        if not ending.search(line.casefold()):
            continue
        for after in range(number + 1, min(number + 2 + _MOST_BETWEEN, len(lines))):
            if beginning.match(lines[after].casefold()):
                if between := [raw[at] for at in range(number + 1, after) if lines[at]]:
                    breaks.append(between)
                break
    return breaks


def _uneven_range(part: str, places: _Places) -> tuple[Optional[str], Optional[str]]:
    """Why a part naming a range of sections writes its last end shorter than its first (`Mål
    4.1–3`: 4.1 to 4.3 written short, or to goal 3?), and the part with the last end's number
    completed from the first's (`Mål 4.1–4.3`), for the hint; (None, None) for any other part, or
    one the source writes itself. It was told only that no line began so, with the generic tip. A
    last end longer (`Kap 1–1.10`, chapter 1 up to its section 1.10) is a range of its own
    (`_two_places`), and one running backwards so (`Kap 2–1.9`) is told so (`_reversed_range`)."""
    found = _TWO_OF_A_POSITION.fullmatch(part)
    first, last = (_section(found["first"]), _section(found["last"])) if found else (None, None)
    if not (first and last) or len(first) <= len(last) or found["join"] not in _RANGE_JOINS or places.writes(part):
        return None, None
    completed = first[:len(first) - len(last)] + last
    meant = ".".join(map(str, completed))
    # A range to a later chapter (`Kap 1.1–2`) is one, but where the source has no such chapter and has the
    # section so completed ("Kap 1.2"), it is that written short: told so, not that chapter 2 is none. Not
    # where so completed it runs backwards (`Kap 1.3–2` beside "Kap 1.2"): it was told to write that end whole.
    if not _written_short(first, last) and not (_number_missing(f"{found['word']} {found['last']}", places)
                                                and _number_missing(f"{found['word']} {meant}", places) is None
                                                and completed > first):
        return None, None
    if completed <= first:
        # Back to an earlier chapter (`Kap 2.1–1`, `Kap 1.2–1`): no range written short, which was offered
        # `Kap 2.1–2.1`, a range of one place, or nothing; told as one running backwards, and offered turned.
        return (f"{found['first']}{found['join']}{found['last']} går baklänges, från ett högre nummer till ett lägre",
                part[:found.start("first")] + found["last"] + found["join"] + found["first"] + part[found.end("last"):])
    return (f"båda ändarna av ett intervall skrivs med hela sina nummer (t.ex. {code(found['word'] + ' 1.1–1.3')}), "
            f"inte {cited(found['first'] + found['join'] + found['last'])}",
            part[:found.start("last")] + meant + part[found.end("last"):])


def _why_not_named_once(locator: str, places: _Places) -> Optional[str]:
    """`_why_not_named`, said once for each locator of a source: the items of a section share theirs."""
    if locator not in places.named:
        places.named[locator] = _why_not_named(locator, places)
    return places.named[locator]


def check_locators_exist(inputs: Inputs) -> list[LocatedError]:
    """A locator names a place the source has: one of its comma-separated places is a
    heading of the source or the start of a line, as whole words (not "Mål" in
    "Verksamhetsmål", nor "Ekonom"), or a position by its word in any form (`punkt 3`, `sida 4`,
    "Inledningen"; not "Riskhantering"). A place's number is one the source gives it or
    counts within the places it writes without one (`_number_missing`), whatever the other
    parts name."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        places = _places_of(source)  # plans may share one source
        # The locators of entries the schema refused for another fault too (`load` pruned them).
        locators = [(functools.partial(plan.error, loc + ("locator",)), entry.locator, _entry_quote(entry), None)
                    for loc, entry in _entries(plan.value)]
        # A refused entry's quote, where it is judged, gives its hint the heading it stands under, as a typed entry's does.
        judged = {refused.field: refused.text for refused in plan.refused_quotes if refused.judged}
        locators += [(functools.partial(refused.error, plan.path), refused.text, "",
                      judged.get(refused.field.removesuffix("locator") + "quote", "")) for refused in plan.refused_locators]
        for error, locator, quote, hinted in locators:
            if (why := _why_not_named_once(locator, places)) and not (
                    _elsewhere_alone(locator, quote, places) and (_appendix_not_quoted(locator, quote, archive, places)
                                                                   or _heading_not_quoted(locator, quote, archive, source,
                                                                                          places))):
                errors.append(error(f"platsen '{locator}' finns inte i {archive}: {why}",
                                    _locator_hint(locator, places, quote if hinted is None else hinted, archive)))
    return errors


def _elsewhere_alone(locator: str, quote: str, places: _Places) -> bool:
    """Whether an entry's locator, of a `quote`, is refused only for words after a numbered place or an appendix that
    the source writes outside it alone (`_unwritten_within`: `Mål 1, Verksamhetsmål` of goal 2's heading). Where the
    quote stands in none of those places, the quote's checks tell it (`check_quotes_under_named_heading`,
    `check_quotes_in_named_appendix`), not `check_locators_exist`: they name the place the quote stands in, and offer
    it with those words (`Mål 2, Verksamhetsmål`), where this one offered `Mål 2` alone."""
    parts = _locator_parts(locator)
    unwritten = _unwritten_after(locator, parts, _parts_judged(parts, places), places) if quote else {}
    return (bool(unwritten) and all(_written_anywhere(parts[index], places) for index in unwritten)
            and not _why_not_named_once(", ".join(part for index, part in enumerate(parts) if index not in unwritten), places))


_HEADINGS_TIP = coded("rubrikerna som de står i källan, från den yttersta, åtskilda med komma (t.ex. `Mål, Bostad`)")
_GENERIC_TIP = f"Skriv {_HEADINGS_TIP}, eller en position som {code('punkt 3')} eller {code('sida 4')}."


def _locator_hint(locator: str, places: _Places, quote: str, archive: str) -> str:
    """The hint for a locator that names no place of the source (`check_locators_exist`): the
    locator meant, where so written it passes, or the places to write. An appendix abbreviated
    (`Bil. 2`), or a table in the definite form (`Tabellen 3`), is told as the guide writes it
    (`_spelled_out`), and, where the locator so written names no place either, or the quote stands
    in another appendix or chapter (`Kapitlet 2` under "Kapitel 3"), as that one would be."""
    spelled = _spelled_out(locator, places)
    if spelled is not None and (added := _bare_chapter_added(locator, spelled, quote, places)):
        return f"Menade du {code(f'locator: {as_value(added)}')}, som citatet står under? {_GENERIC_TIP}"
    if spelled:
        if _why_not_named_once(spelled, places):
            return _locator_hint(spelled, places, quote, archive)
        # Where the quote stands in another appendix or chapter, the hint is the one the locator so written would get.
        misplaced = (_appendix_not_quoted(spelled, quote, archive, places)
                     or _heading_not_quoted(spelled, quote, archive, places.source, places))
        if misplaced:
            return misplaced[1]
        if under := _bare_chapter_quoted(spelled, quote, places):  # `Kap 2` of a quote under "3 Ekonomi"
            return f"Menade du {code(f'locator: {under}')}, som citatet står under? {_GENERIC_TIP}"
        return f"Menade du {code(f'locator: {_each_once(spelled, places)}')}? {_GENERIC_TIP}"
    # Words written nowhere after a place the source has not (`Kap 4, foo`): the hint of the place alone (the place the
    # quote stands under), where it had the generic tip.
    if (bare := _without_unwritten(locator, places, elsewhere=False)) and _why_not_named_once(bare, places):
        return _locator_hint(bare, places, quote, archive)
    if under := _bare_chapter_quoted(locator, quote, places):  # `1 Inledning, Budgeten` of "3 Ekonomi"'s "Budgeten"
        return f"Menade du {code(f'locator: {under}')}, som citatet står under? {_GENERIC_TIP}"
    quoted = places.source.occurrences(quote) if quote else []
    meant = (_locator_meant(locator, places, quoted) or _range_meant(locator, places, quoted)
             or _list_meant(locator, places, quoted) or _parts_meant(locator, places))
    # Each place once: `Kap 2–3, Kap 3–4` beside chapters 1 to 3 was offered `Kap 2–3, Kap 3`, told next run.
    meant = meant and _each_once(meant, places)
    # A locator meant that holds not the quote is offered as the place the quote stands under, where so written it passes.
    held = _quoted_meant(meant, places, quoted) if meant else None
    under = (held, "under") if held and held != meant else None
    meant = meant if held == meant else None
    if meant and (misplaced := _appendix_not_quoted(meant, quote, archive, places)):
        return misplaced[1]  # an appendix's title told (`Bilaga 2 Skatter`), the quote in another appendix
    under = under or (None if meant else _heading_meant(locator, places, quoted))
    # Words after a place that the source writes outside it but within the place the quote stands under kept there
    # (`Kap 2 Skatter, Verksamhetsmål` → `Kap 3, Verksamhetsmål`): they were dropped, and `Kap 3` offered.
    if under and under[1] == "under" and (kept := _parts_meant(locator, places, elsewhere=True)):
        under = (moved, "under") if (moved := _quoted_meant(kept, places, quoted)) and moved != kept else under
    # A locator meant, or the heading the quote stands under, is told alone; an appendix before the source's others, if any.
    each = _appendix_marks_each(places)
    alone = meant or under and (under[1] == "under" or each is not None and len(each[0]) == 1)
    offered = None if alone else _place_offered(locator, places, quoted)
    # Else, where no part names a place, the heading the quote stands under, where so written it names one (`Kap 2`,
    # `Familjecentralerna` in a source headed "Familjecentraler" without numbers): they had the generic tip alone.
    # A quote written in two places under two headings stands under neither alone: which is meant is the editor's to choose.
    # Its words on a line over the quote read as no heading (`Mål och uppdrag:` over »**Mål och uppdrag** (sid 3)«) name
    # that line, and are offered where they pass: the heading above it, the document's title, was offered.
    named = (not (meant or under or offered) and quoted and _why_not_named_once(locator, places) == NO_LINE_BEGINS
             and next(filter(None, (_named_below_the_heading(locator, places, at) for at, _ in quoted)), None))
    if named:
        meant = named if _why_not_named_once(named, places) is None else None
    elif not (meant or under or offered) and quoted and _why_not_named_once(locator, places) == NO_LINE_BEGINS \
            and len(headings := {places.heading_above(at) for at, _ in quoted}) == 1 \
            and (heading := headings.pop()) and _why_not_named_once(heading, places) is None:
        under = (heading, "under")
    return ((f"Menade du {code(f'locator: {as_value(meant)}')}? " if meant else
             f"Menade du {code(f'locator: {as_value(under[0])}')}, som citatet står {under[1]}? " if under else "") +
            (f"Skriv {offered}, eller {_HEADINGS_TIP}." if offered else _GENERIC_TIP))


# An appendix abbreviated as Swedish documents refer to one (`Bil. 2`, `bil 2`, `Bil. A–B`), which the
# guide and the pages write in full (`bilaga 2`): refused, as a page cut short is (`_PAGE_SLIP`), and
# told in full. Not where the source begins a line so ("Bil. 2 Ekonomi"): then it names that line.
# A letter only after a full stop or a space: "Bild 2", a figure, is no "Bil" and "d 2".
_APPENDIX_SLIP = lazy_regex.compile(rf"(?i)bil(?:\.?[ \t\u00a0]*(?=\d)|[. \t\u00a0][ \t\u00a0]*(?={_A_LETTERS_MARK}(?!\w)))(?P<marks>.+)")


def _spelled_out(locator: str, places: _Places) -> Optional[str]:
    """`locator` with each part the guide writes otherwise written as it does (`_part_spelled_out`:
    `Bil. 2` → `Bilaga 2`, `Tabellen 3` → `Tabell 3`; a page, `_page_slip`: `sid 3` → `sida 3`), or None where it
    has none such. `Kap 9, sid 1` was given the generic tip, where `Kap 9, sida 1` is offered `Kap 2, sida 1`."""
    parts = _locator_parts(locator)
    spelled = [_part_spelled_out(part, places) or ((f"sida {page[1]}",) if (page := _page_slip(part, places, _pages_alone(parts, places)))
                                                   else None) for part in parts]
    # Roman numerals in small letters going on with a list raised with it (`Kap i, ii och iii` → `Kap I, II och III`):
    # offered `Kap III, ii och iii`, which passed.
    for index, (raised, _, _) in _small_numerals_going_on(parts, places).items():
        spelled[index] = spelled[index] or (raised,)
    # Numbers going on with a chapter by its word beside chapters headed by their numbers alone (`3` of `Kap 2, 3`
    # beside "3 Ekonomi"), each its line too: `Kap 2, 3` was offered `3 Ekonomi, 3`.
    word = None
    for index, part in enumerate(parts):
        if word and not spelled[index] and _NUMBERS_ALONE.fullmatch(part):
            spelled[index] = _bare_chapter(f"{word} {part}", places)
        chapter = _CHAPTER_MARKED.fullmatch(part)
        word = chapter["word"] if chapter and spelled[index] and _bare_chapter(part, places) else word if spelled[index] else None
    if not any(spelled):
        return None
    # A chapter the source heads none with (`Kap 4` of `Kap 3, Kap 4` beside "1 Inledning" to "3 Ekonomi": "") left
    # out: `Kap 3, Kap 4` was offered `3 Ekonomi, Kap 4`.
    return ", ".join(_titles_once([_appendix_in_numerals(written[0] if written else part, places)
                                   for part, written in zip(parts, spelled) if not written or written[0]], places))


def _titles_once(parts: list[str], places: _Places) -> list[str]:
    """`parts` without each that is the title of a chapter's line, headed by its number alone (`_bare_chapters`), just
    before it (`Ekonomi` of `3 Ekonomi, Ekonomi`), as the line names it: `Kap 3, Ekonomi` beside "3 Ekonomi" was
    offered `3 Ekonomi, Ekonomi`, the title twice."""
    titles = {normalise(line).casefold(): normalise(_NUMBER_FIRST.match(line)[2]).casefold()
              for _, line, _ in _bare_chapters(places)}
    # After the lines of a range or two (`2 Mål, 3 Ekonomi, Ekonomi` of `Kap 2–3, Ekonomi`), the last's: it stood twice.
    return [part for index, part in enumerate(parts)
            if not index or titles.get(normalise(parts[index - 1].rpartition(", ")[2]).casefold()) != normalise(part).casefold()]


def _small_numerals_going_on(parts: list[str], places: _Places) -> dict[int, tuple[str, str, bool]]:
    """The parts of Roman numerals alone, one in small letters, going on with a list of chapters after a comma (`ii och
    iii` of `Kap III, ii och iii`) where the source marks those places by capital ones (`_Places.letters_of`), each
    with its numerals raised (`II och III`) and the reason's words: "källan skriver »Kap» med romerska siffror i
    versaler, …"; and whether the part before, in small letters too (`Kap i` of `Kap i, ii`), is told in it, not by
    itself. `Kap III, ii och iii` passed."""
    going: dict[int, tuple[str, str, bool]] = {}
    for index in range(1, len(parts)):
        before, part = parts[index - 1], parts[index]
        if not _NUMERALS_ALONE.fullmatch(part) or not _SMALL_NUMERAL.search(part):
            continue  # most parts: the place before them is not read
        found = _letters_apart(before, places) or _LETTERED_PLACE.fullmatch(before)
        word = found and (found["word"] if "word" in found.re.groupindex else found["stem"])
        if not found or not _roman(places.letters_of(places.as_written(_stem_and_number(word)[0]))):
            continue
        raised = _SMALL_NUMERAL.sub(lambda numeral: numeral.group().upper(), part)
        # A numeral the source has not (`Kap III, iv`) told so too, as `Kap iv` is: it was told only that the source
        # wrote »Kap III, IV«, which it writes not.
        missing = _part_missing(f"{word} {raised}", places)
        # Named beside the place before it (`Kap III, iv`: "…, inte IV"), as `Kap III, IV` is: it named neither.
        missing = missing and (_naming(missing, raised) if re.fullmatch(r"[IVX]+", raised) else missing)
        # The place before in small letters too (`Kap i, ii`), told with it, each part in the source's form: it was
        # told alone, »Kap I», inte »Kap i», and the part after it not at all.
        told = _numerals_in_capitals(before, places)
        said = (f"{told[1].removesuffix(cited(told[0]))}{cited(f'{told[0]}, {raised}')}" if told else
                f"källan skriver {cited(word)} med romerska siffror i versaler, {cited(f'{before}, {raised}')}")
        missing = " och ".join(dict.fromkeys(filter(None, [told and _part_missing(told[0], places), missing])))
        going[index] = raised, f"{said}, inte {cited(f'{before}, {part}')}{f', och {missing}' if missing else ''}", bool(told)
    return going


def _appendix_in_numerals(part: str, places: _Places) -> str:
    """`part` with an appendix's digit written as the source's Roman numeral (`Bilaga 2` → `Bilaga II` beside "Bilaga I"
    and "Bilaga II": `_roman_appendix`), as the warning on `Bilaga 2` offers (`_appendix_unchecked_hint`); `part`
    otherwise. `Bilaga 2, sid 1` was offered `Bilaga 2, sida 1`, which passed, then warned to write `Bilaga II`."""
    text, found = _stem_and_number(part)
    two = _two_places(part)
    if found is not None and two is None:
        roman = _roman_appendix(_labelled(text) or text, found["number"], places)
        return f"{part[:found.start('number')]}{roman.upper()}{part[found.end('number'):]}" if roman else part
    # Appendices named together (`Bilaga 1–2, sid 1`) so too, each end: offered `Bilaga 1–2, sida 1`, warned then.
    text = two and _stem_and_number(two["word"])[0]
    romans = [two and _roman_appendix(_labelled(text) or text, two[end], places) for end in ("first", "last")]
    return _ends_in_numerals(part, two, romans)


def _ends_in_numerals(part: str, two: Optional[re.Match], romans: list[Optional[str]]) -> str:
    """`part`, naming two places (`two`, `_two_places`), with both ends written as the Roman numerals `romans` in
    capitals; `part` where either is None."""
    if not all(romans):
        return part
    return (f"{part[:two.start('first')]}{romans[0].upper()}{part[two.end('first'):two.start('last')]}{romans[1].upper()}"
            f"{part[two.end('last'):]}")


def _chapters_in_numerals(part: str, places: _Places) -> str:
    """`part`, places named together by digits (`Kap 1–3`) where the source marks those places by Roman numerals
    ("Kap I" to "Kap III": `_roman_place`), with both ends written as its numerals (`Kap I–III`); `part` otherwise."""
    two = _two_places(part)
    text = two and places.as_written(_stem_and_number(two["word"])[0])
    return _ends_in_numerals(part, two, [two and _roman_place(text, two[end], places) for end in ("first", "last")])


# A table or a section named in the definite form by its number (`Tabellen 3`, `Avsnittet 2`): it
# passed by its position's word, unchecked where `tabell 3` is checked against the tables the
# source numbers (`_MARKED_POSITIONS`); refused as an abbreviated appendix is, and told `Tabell 3`.
# Not a plural, which Swedish writes so (`Avsnitten 2 och 3`, `Tabellerna 2–3`). A chapter so too
# (`Kapitlet 2`), told as the source begins its chapters' lines, "Kapitel 2" or "Kap 2": it was
# given the generic tip alone. An appendix so too (`Bilagan 2`): it passed as `Bilaga 2`, while
# `Tabellen 3` was refused. Chapters and goals in the plural (`Kapitlen 2–3`, `Målen 2–3`), and a
# goal in the definite form (`Målet 2`), so too: they were given the generic tip alone. An appendix
# by its letter so too (`Bilagan B`, after "an" and a space alone): it passed, while `Bilagan 2` was refused.
_DEFINITE_MARKED = lazy_regex.compile(r"(?i)(?P<word>tabell(?=en)|avsnitt(?=et)|kapitl(?=e[tn])|bilag(?=an)|mål(?=e[tn]))"
                                      r"(?P<ending>en|et|an)[ \t\u00a0]*(?P<marks>\d.*|(?<=an[ \t\u00a0])[a-zåäö](?![^\W\d_]).*)")
_MARKED_SAID = {"tabell": ("en tabell", "Tabell"), "avsnitt": ("ett avsnitt", "Avsnitt"), "kapitl": ("ett kapitel", "Kapitel"),
                "bilag": ("en bilaga", "Bilaga"), "mål": ("ett mål", "Mål")}
# The words of `Kapitlen 2–3`, `Målen 2–3`: "kapitel skrivs … och sina nummer"; and of two places in the definite
# singular, `Bilagan 2–3`, `Tabellen 2 och 3`, which were told "en bilaga skrivs … och sitt nummer".
_PLURAL_SAID = {"tabell": "tabeller", "avsnitt": "avsnitt", "kapitl": "kapitel", "bilag": "bilagor", "mål": "mål"}
# A chapter by the word the source does not number its chapters' lines with (`Kapitel 2–3` where it writes
# "Kap 2", `Kap 3` where it writes "Kapitel 3"): it was given the generic tip alone.
# By a Roman numeral too (`Kapitel III` beside "Kap III"): it was given the generic tip alone.
_CHAPTER_MARKED = lazy_regex.compile(r"(?i)(?P<word>kapitel|kap\.?)[ \t\u00a0]*(?P<marks>\d.*|(?<=[ \t\u00a0])(?-i:[IVX]+)(?!\w).*)")


def _part_spelled_out(part: str, places: _Places) -> Optional[tuple[str, str]]:
    """A part the guide writes otherwise, an appendix abbreviated (`_abbreviated_appendix`: `Bil.
    2`) or a table, section, chapter or appendix in the definite form (`_DEFINITE_MARKED`: `Tabellen 3`,
    `Kapitlet 2`, `Bilagan 2`), as the guide writes it, its word spelt as the source spells it (`Bilaga 2`,
    `Tabell 3`, `Kap 2`), and the reason's
    words on how the guide writes it; None for any other part, or one the source writes itself."""
    if slip := _abbreviated_appendix(part, places):
        word = places.spelt("bilaga", "Bilaga")
        return f"{word} {slip['marks']}", f"en bilaga skrivs {cited(word)} utan förkortning"
    definite = _DEFINITE_MARKED.fullmatch(part)
    if definite is None or places.writes(part) or _abbreviation_heads(part, places):
        return (_chapter_spelled_out(part, places) or _bare_chapter(part, places) or _numerals_in_capitals(part, places)
                or _range_in_words(part, places))
    text = definite["word"].casefold()
    named, default = _MARKED_SAID[text]
    if text == "kapitl":  # the chapters' word the source numbers their lines with, "Kap" where it numbers no "Kapitel"
        text, default = ("kap", "Kap") if _chapters_word(places) == "kap" else ("kapitel", default)
    word = places.spelt(default.casefold(), default)
    # Two places (`Kapitlen 2–3`, `Bilagan 2–3`): told in the plural; one in the plural's word (`Kapitlen 3`) in
    # the singular, as the one place it names: it was told "kapitel skrivs »Kap» och sina nummer".
    several = _two_places(f"bilaga {definite['marks']}") is not None
    return f"{word} {definite['marks']}", _marks_said(definite["word"].casefold(), named, word, definite["marks"], several)


# A range in words (`Kap 2 till 3`, `Kap 2 t.o.m. 3`, `Bilaga A till och med C`), which the guide writes with a dash
# (`Kap 2–3`): it was told no line began so, with a tip for another place.
_A_RANGE_IN_WORDS = lazy_regex.compile(
    rf"(?P<word>\S.*?)\s+(?P<first>{_SECTION_NUMBER}|{_A_LETTERS_MARK})\s+"
    rf"(?i:till\s+och\s+med|t\.\s*o\.\s*m\.?|tom|till)\s+(?P<last>{_SECTION_NUMBER}|{_A_LETTERS_MARK})")


def _range_in_words(part: str, places: _Places) -> Optional[tuple[str, ...]]:
    """A part naming a range in words (`_A_RANGE_IN_WORDS`: `Kap 2 till 3`) written with a dash (`Kap 2–3`), as the guide
    writes a range, and the reason's words, with those on the chapters the source heads not by their numbers alone, as
    `_bare_chapter` says them of the dash's range (`Kap 2 till 4` beside "1 Inledning" to "3 Ekonomi": "… inte 4", which
    was left unsaid, chapter 4 dropped from the locator offered); None for any other part, one of a place alone (`Kap 3
    till 3`), or one the source writes itself."""
    found = _A_RANGE_IN_WORDS.fullmatch(part)
    if found is None or found["first"].casefold() == found["last"].casefold() or places.writes(part):
        return None
    # Words of a title with numbers in it (`Barn 1 till 3` beside "Barn från 1 till 3 år") are no range: told one, it
    # was offered `Barn 1`. A range's word is a page's, a chapter's, an appendix's or another the guide numbers places
    # by, or one the source numbers lines with.
    word = normalise(found["word"]).casefold()
    if not (word in _PAGE_WORDS or _CHAPTER_MARKED.fullmatch(f"{word} 1") or _labelled(word) or word in _PLURAL_MARKED
            or _DEFINITE_MARKED.fullmatch(f"{word} 1") or word in {said[1].casefold() for said in _MARKED_SAID.values()}
            or places.numbers_after(found["word"])[0]
            or any(places.has_line_starting(f"{word} {normalise(found[end]).casefold()}") for end in ("first", "last"))):
        return None
    dashed = f"{found['word']} {found['first']}\u2013{found['last']}"
    return dashed, f"ett intervall skrivs med tankstreck: {cited(dashed)}", *(_bare_chapter(dashed, places) or ())[2:]


def _marks_said(text: str, named: str, word: str, marks: str, several: bool) -> str:
    """How the guide writes a place or places (`_part_spelled_out`) of a word (`_MARKED_SAID`'s, `text`),
    `word` as the source spells it, by `marks`: "en bilaga skrivs »Bilaga» och sitt nummer", "… sin
    bokstav" (`Bilagan B`), "bilagor skrivs »Bilaga» och sina nummer" (`several`, `Bilagan 2–3`)."""
    letters = marks[0].isalpha()
    if re.match(f"{_A_ROMAN}(?!\\w)", marks):  # `Kapitel III` beside "Kap III": "sin bokstav" was said of its numeral
        return (f"{_PLURAL_SAID[text]} skrivs {cited(word)} och sina romerska siffror" if several else
                f"{named} skrivs {cited(word)} och sin romerska siffra")
    if several:
        return f"{_PLURAL_SAID[text]} skrivs {cited(word)} och sina {'bokstäver' if letters else 'nummer'}"
    return f"{named} skrivs {cited(word)} och {'sin bokstav' if letters else 'sitt nummer'}"


def _chapters_word(places: _Places) -> Optional[str]:
    """The word the source numbers its chapters' lines with, "kap" or "kapitel", where it numbers them
    with one of them alone; None otherwise. By numbered lines, not any line: a sentence wrapped onto one
    ("kapitel 4 beskriver …") beside "Kap 1 Mål" had `Kapitlet 2` told »Kapitel», which names no place there."""
    numbers = {word: any(places.heads(word)[1]) for word in ("kap", "kapitel")}
    return "kap" if numbers["kap"] and not numbers["kapitel"] else "kapitel" if numbers["kapitel"] and not numbers["kap"] else None


def _chapter_spelled_out(part: str, places: _Places) -> Optional[tuple[str, str]]:
    """A part naming chapters by the word the source does not number them with (`_CHAPTER_MARKED`:
    `Kapitel 2–3` where it writes "Kap 2", `Kap 3` where it writes "Kapitel 3"), written with the
    source's word, and the reason's words; None for any other part, or one that names a place."""
    chapter = _CHAPTER_MARKED.fullmatch(part)
    if chapter is None or _names_a_place(part, places) or places.writes(part):
        return None
    theirs = "kap" if chapter["word"].casefold() == "kapitel" else "kapitel"
    if _chapters_word(places) != theirs:
        return None
    word = places.spelt(theirs, theirs.capitalize())
    return f"{word} {chapter['marks']}", _marks_said("kapitl", "ett kapitel", word, chapter["marks"],
                                                     _two_places(f"{word} {chapter['marks']}") is not None)


def _bare_chapter(part: str, places: _Places) -> Optional[tuple[str, ...]]:
    """A part naming one chapter by its word and number (`Kap 3`, `Kapitel 3`), or with its line's title too (`Kap 3
    Ekonomi`), where the source heads its chapters by their numbers alone (`_bare_chapters`: "3 Ekonomi"), written as
    that chapter's line, and the reason's words; of two or a range, the words on the numbers it heads no chapter with
    too, if any; "" for a part whose numbers it heads none with (`Kap 4`), which names no place; None for any other part
    (`Kap 3 Budget`). `Kap 3` was told no line began so, with the generic tip, where `Kap 3` beside "Kapitel 3" is
    offered `Kapitel 3`."""
    read = _bare_chapter_read(part, places)
    return read and (", ".join(read[1]), *_bare_chapters_said(cited(read[0]), read[1], read[2], places))


def _bare_chapter_read(part: str, places: _Places) -> Optional[tuple[str, list[str], list[str]]]:
    """The word of a part naming chapters by it (`_bare_chapter`), the lines of those the source heads by their numbers
    alone, and the numbers of those it heads none with; None for any other part."""
    chapter = _CHAPTER_MARKED.fullmatch(part)
    number = chapter and re.match(r"\d+", chapter["marks"])
    if number is None or _names_a_place(part, places) or places.writes(part) or not _bare_chapters(places):
        return None
    heads = {number: line for number, line, _ in _bare_chapters(places)}
    # Two chapters, or a range of them (`Kap 2–3`, `Kap 2 och 3`), as each one's line (`2 Mål, 3 Ekonomi`), as `Kap 3`
    # is: they were told no line began so, with the generic tip. A list of three, or with a range among its places (`Kap
    # 1 och 2 och 3`, `Kap 1–2 och 3`: `_marks_with_a_range`), each of them: told chapters 2 and 3 alone, or no line.
    if ranged := _marks_with_a_range(part):
        numbers = sorted(map(int, ranged[1]))
    elif (two := _two_places(part)) and two["first"].isdigit() and two["last"].isdigit():
        first, last = int(two["first"]), int(two["last"])
        numbers = list(range(first, last + 1) if two["join"] in _RANGE_JOINS else dict.fromkeys((first, last)))
    else:
        line = heads.get(int(number[0]))
        # With the title of its line (`Kap 3 Ekonomi` beside "3 Ekonomi"), as without: it was told no line began so.
        if line is not None and (chapter["marks"].isdigit()
                                 or normalise(chapter["marks"]).casefold() == normalise(line).casefold()):
            return chapter["word"], [line], []
        # One the source heads no chapter with (`Kap 4`, `Kap 4 Ekonomi` beside "1 Inledning" to "3 Ekonomi"), by its
        # number: it was told no line began so, and beside a line's words (`Kap 9, Budgeten`) it passed.
        if line is not None or not _BARE_NUMBER.fullmatch(chapter["marks"]):
            return None
        numbers = [int(number[0])]
    # A number it heads no chapter with (`Kap 2 och 4` beside "1 Inledning" to "3 Ekonomi") told after, as `Kap 2
    # och 4` beside "Kap 1" to "Kap 3" is: it was told no line began so, with the generic tip.
    return (chapter["word"], [heads[each] for each in numbers if each in heads],
            [str(each) for each in numbers if each not in heads])


# A chapter's number alone, or with a title of no numbers (`4`, `4 Ekonomi`); not a section's (`4.1`), nor a range in
# words (`4 till 5`).
_BARE_NUMBER = lazy_regex.compile(r"\d+(?:\s+[^\W\d][^\d]*)?")


def _bare_chapters_said(words: str, lines: list[str], missing: list[str], places: _Places) -> tuple[str, ...]:
    """The reason's words on chapters named by `words` (»Kap») beside chapters the source heads by their numbers alone:
    the `lines` of those it has, and after, the numbers of those it has not (`missing`), if any."""
    heads = {number for number, _, _ in _bare_chapters(places)}
    return (f"källan skriver kapitlen utan {words}, med bara sitt nummer"
            + (": " + _listed([cited(line) for line in lines], "och") if lines else ""), *(
                [f"kapitlen har bara {_numbers_named(heads)}, inte {_listed(missing, 'och')}"] if missing else []))


def _bare_chapters_together(parts: list[str], judged: list[str], whys: list[Optional[str]],
                            places: _Places) -> list[Optional[str]]:
    """Each part's reason (`whys`), the chapters that several parts name by their word beside chapters the source heads
    by their numbers alone (`_bare_chapter`: `Kap 1, 2 och 4`, `Kap 1, Kap 2, Kap 4`) told together in the first one's:
    the lines of those it has and the numbers of those it has not. `Kap 1, 2 och 4` was told chapter 1 alone, and `Kap 1,
    Kap 2, Kap 4` chapters 1 and 2 in a sentence each, chapter 4 in none."""
    read = [(index, found) for index, part in enumerate(judged) if (found := _bare_chapter_read(part, places))]
    if len(read) < 2:
        return whys
    said = _bare_chapters_said(_listed([cited(word) for word in dict.fromkeys(found[0] for _, found in read)], "eller"),
                               list(dict.fromkeys(line for _, found in read for line in found[1])),
                               list(dict.fromkeys(number for _, found in read for number in found[2])), places)
    whys = [None if index in dict(read) else why for index, why in enumerate(whys)]
    written = ", ".join(parts[index] for index, _ in read)
    whys[read[0][0]] = f"{said[0]}, inte {cited(written)}{f', och {said[1]}' if len(said) > 1 else ''}"
    return whys


def _bare_chapters(places: _Places) -> list[tuple[int, str, int]]:
    """The source's chapters headed by their numbers alone ("1 Inledning", "2 Mål", "3 Ekonomi"), each number with its
    line as written (its spaces one each) and where it begins in the normalised text, in the text's order: two or more, numbered 1, 2, 3 … in that order, each a heading as the coverage
    reads it (not a list's item, nor a sentence) and its title in a capital, where no line begins with "Kap" or
    "Kapitel" and a number; none otherwise. Read once for each source."""
    if "bare chapters" not in places.named:
        heads: list[tuple[int, str, int]] = []
        if not any(any(places.heads(word)[1]) for word in ("kap", "kapitel")):
            kinds = {unit.line: unit.kind for unit in measure("", places.source, [], []).units}
            for _, number, start in sorted(places._after_a_number, key=lambda found: found[2]):
                # Its spaces one each, as a locator writes them: "3<tab>Ekonomi", a word processor's numbered heading
                # copied, was cited and offered as `3\x09Ekonomi`, which names nothing.
                raw = " ".join(places.line_raw(start).split())
                title = _NUMBER_FIRST.match(raw)
                if title and title.group(2)[:1].isupper() and kinds.get(places.source.lines_of((start, start + 1))[0]) == "heading":
                    heads.append((number, raw, start))
        numbered = [number for number, _, _ in heads]
        places.named["bare chapters"] = heads if len(heads) >= 2 and numbered == list(range(1, len(heads) + 1)) \
            and _bare_chapters_head_text(heads, places) else []
    return places.named["bare chapters"]


def _bare_chapters_head_text(heads: list[tuple[int, str, int]], places: _Places) -> bool:
    """Whether numbered lines read as chapters' (`_bare_chapters`) each head text of its own: a line of text between
    each and the next, no two the same words after their numbers, and not each's words a line of its own again below
    the last, in order. Lines one under another are a contents list's ("1 Verksamhetsmål", "2 Ekonomi" over the
    chapters headed "Verksamhetsmål", "Ekonomi"), the same words after each number a page's number before a running
    head ("1 Verksamhetsplan", "2 Verksamhetsplan"), and words written again an overview's, a sentence under each line
    ("1 Bostad", "2 Trygghet" over the sections "Bostad", "Trygghet"), as a reading guide lists numbered places
    (`_Places._titled_again`): read as chapters, a quote in the document's text after them was refused for `1 Bostad`,
    as standing under the last."""
    rows = [places.source.lines_of((start, start + 1))[0] for _, _, start in heads]
    titles = [normalise(_NUMBER_FIRST.match(line).group(2)).casefold() for _, line, _ in heads]
    if len(set(titles)) < len(heads) or not all(any(line.strip() for line in places.source.lines[row:next_row - 1])
                                                for row, next_row in zip(rows, rows[1:])):
        return False
    below = iter(normalise(line).casefold() for line in places.source.lines[rows[-1]:])
    return not all(title in below for title in titles)  # each after the one before


def _bare_chapter_extents(part: str, places: _Places) -> list[tuple[int, int]]:
    """Where each chapter a part names by its line, headed by its number alone (`_bare_chapters_listed`: `3 Ekonomi`,
    `1 Inledning och 2 Mål`), begins and ends in the normalised text: from its line to the next such line, or the
    text's end; none for another part."""
    heads, named = _bare_chapters(places), _bare_chapters_listed(part, places) or ()
    ends = [start for _, _, start in heads[1:]] + [len(places.source.normal)]
    return [(start, end) for (number, _, start), end in zip(heads, ends) if number in named]


def _bare_chapters_listed(part: str, places: _Places) -> Optional[list[int]]:
    """The numbers of the chapters headed by their numbers alone (`_bare_chapters`) that a part names by their lines, in
    any case: one (`3 Ekonomi`), two (`1 Inledning och 2 Mål`) or a range, those between too (`1 Inledning–3
    Ekonomi`); None for another part. Two in one part passed unjudged (`1 Inledning och 2 Mål`, by its word
    "Inledning"), or were refused, no line beginning so (`2 Mål–3 Ekonomi`)."""
    heads = _bare_chapters(places) if part[:1].isdigit() else []
    said = normalise(part).casefold() if heads else ""
    if one := [number for number, line, _ in heads if normalise(line).casefold() == said]:
        return one
    if (ends := _bare_chapter_ends(part, places)) is None:
        return None
    (first, _), (last, _), listed = ends
    # A range from a chapter to itself (`3 Ekonomi–3 Ekonomi`) names it, as `Kap 3–3`: it was refused, no line beginning
    # so, and `1 Inledning–1 Inledning` passed, unjudged.
    return [first, last] if listed else list(range(first, last + 1)) if first <= last else None


def _bare_chapter_ends(part: str, places: _Places) -> Optional[tuple[tuple[int, str], tuple[int, str], bool]]:
    """The two chapters headed by their numbers alone (`_bare_chapters`) whose lines a part joins (`_LINES_JOINED`: `1
    Inledning och 2 Mål`, `3 Ekonomi–1 Inledning`), each's number and line, and whether a list's word joins them (not a
    range's dash); None for another part."""
    heads = _bare_chapters(places) if part[:1].isdigit() else []
    lines = {normalise(line).casefold(): (number, line) for number, line, _ in heads}
    said = normalise(part).casefold() if lines else ""
    for join in _LINES_JOINED.finditer(said):
        first, last = lines.get(said[:join.start()]), lines.get(said[join.end():])
        if first and last:
            return first, last, bool(join["word"])
    return None


def _bare_chapter_parts(locator: str, places: _Places) -> list[str]:
    """A locator's parts (`_locator_parts`), those that together write the line of a chapter headed by its number alone
    (`_bare_chapters`) read as one (`2 Mål, syfte och vision`, the line "2 Mål, syfte och vision"). Split at its comma,
    `2 Mål` named no chapter, and a quote under "3 Ekonomi" passed."""
    marked = _parts_and_marks(locator)
    lines = {said for _, line, _ in _bare_chapters(places) if "," in (said := normalise(line).casefold()) or ":" in said}
    parts, index = [], 0
    while index < len(marked):
        joined = [marked[index][0] + "".join(f"{mark} {part}" for part, mark in marked[index + 1:end])
                  for end in range(len(marked), index + 1, -1)] if lines else []
        # So in a list or a range with another chapter's line (`1 Inledning och 2 Mål, syfte och vision`): it passed.
        whole = next((at for at, part in enumerate(joined)
                      if normalise(part).casefold() in lines or _bare_chapter_ends(part, places)), None)
        parts.append(marked[index][0] if whole is None else joined[whole])
        index += 1 if whole is None else len(marked) - whole - index
    return parts


def _bare_range_reversed(part: str, places: _Places) -> Optional[tuple[str, str]]:
    """Why a range of chapters the source heads by their numbers alone, named by their lines, is none, running from the
    later back to the earlier (`3 Ekonomi–1 Inledning`), and the part written the right way round, as the source writes
    the lines (`1 Inledning–3 Ekonomi`), as `_reversed_range` tells `Kap 3–1`; None for any other part. It passed."""
    ends = _bare_chapter_ends(part, places)
    if ends is None or ends[2] or ends[0][0] <= ends[1][0]:
        return None
    (_, first), (_, last), _ = ends
    return f"{cited(part)} går baklänges, från ett högre nummer till ett lägre", f"{last}\u2013{first}"


# Between two chapters' lines in one part (`_bare_chapters_listed`), normalised: a dash (a range) or a list's word.
_LINES_JOINED = lazy_regex.compile(r"\s*-\s*|\s+(?P<word>och|samt|eller)\s+")


def _bare_chapter_quoted(locator: str, quote: str, places: _Places) -> Optional[str]:
    """`locator` with its part naming a chapter headed by its number alone (`_bare_chapters`: `2 Mål`) written as the
    one the quote stands under, where that is another ("3 Ekonomi": the last such line before the quote's first place);
    None otherwise. `Kap 2` of a quote under "3 Ekonomi" was offered `2 Mål`, which passed."""
    heads = _bare_chapters(places)
    quoted = places.source.occurrences(quote) if quote and heads else []
    above = [(number, line) for number, line, start in heads if quoted and start <= quoted[0][0]]
    # Each part read in any case (`_bare_chapters_listed`): `2 mål` was offered no line. Two in one part too, a list or
    # a range (`1 Inledning och 2 Mål`).
    parts = {part: _bare_chapters_listed(part, places) for part in _bare_chapter_parts(locator, places)}
    # Not where another part names that chapter: `Kap 2–3`, read `2 Mål, 3 Ekonomi`, was offered `3 Ekonomi`.
    if not above or any(above[-1][0] in (numbers or ()) for numbers in parts.values()) or not any(parts.values()):
        return None
    # Without the words after it that it writes not (`Kap 1, Personal` of chapter 1's "personal": `3 Ekonomi`).
    meant = _each_place_once(_titles_once([above[-1][1] if numbers else part for part, numbers in parts.items()], places),
                             places)
    meant = _within_chapter(meant, quoted[0][0], places)
    meant = _without_unwritten(meant, places) or meant if meant and _why_not_named(meant, places) else meant
    return meant if meant and _why_not_named(meant, places) is None else None


def _within_chapter(locator: str, at: int, places: _Places) -> str:
    """`locator` with each numbered place it names (`_headings_named`: `Mål 1`) written as the one the quote (its first
    place `at`) stands under within its chapter headed by its number alone (`_bare_chapters`), or left out where it
    stands under none there. `2 Mål, Mål 1` of a quote under "3 Ekonomi", the goals in chapter 2, was offered `3
    Ekonomi, Mål 1`, which names a goal the chapter has not, and `3 Ekonomi, Mål 1` of one under chapter 2's "Mål 2"
    `3 Ekonomi, Mål 2`."""
    chapter = max(start for _, _, start in _bare_chapters(places) if start <= at)
    parts = _locator_parts(locator)
    outside = []
    for text, (indices, marks) in _headings_named(parts, places).items():
        head = places.head_above(text, at)
        if head is None or head[0] < chapter or not head[1]:
            outside.append((text, indices, chapter, None))  # left out
        elif not any(_in_place(mark, under) for mark in marks for under in head[1]):
            outside.append((text, indices, head[0], next(iter(head[1]))))
    return _outside_rewritten(parts, outside, places) if outside else locator


def _bare_chapter_added(locator: str, spelled: str, quote: str, places: _Places) -> Optional[str]:
    """`spelled` (`locator` as `_spelled_out` writes it) after the line of the chapter the quote stands under, headed by
    its number alone (`_bare_chapters`), where it left out a chapter the source heads none with (`Kap 9` of `Kap 9,
    Budgeten`: `_bare_chapter`'s "") and names no chapter's line; None otherwise, or where so written it names no
    place. `Kap 9, Budgeten` was offered `Budgeten`, and `Kap 4` the generic tip alone."""
    heads = _bare_chapters(places)
    quoted = places.source.occurrences(quote) if quote and heads else []
    above = [line for _, line, start in heads if quoted and start <= quoted[0][0]]
    kept = _locator_parts(spelled) if spelled else []
    lines = {line for _, line, _ in heads}
    if not above or any(part in lines for part in kept) or not any(
            (read := _bare_chapter(part, places)) and not read[0] for part in _parts_judged(_locator_parts(locator), places)):
        return None
    meant = ", ".join([above[-1], *kept])
    return meant if _why_not_named(meant, places) is None else None


def _numerals_in_capitals(part: str, places: _Places) -> Optional[tuple[str, str]]:
    """A place named by a Roman numeral in small letters, or two (`Kap ii`, `Kap i–iii`), where the source marks each
    place of its words by capital ones ("Kap I", "Kap II": `_Places.letters_of`), written as the source writes them
    (`Kap II`), and the reason's words; None otherwise, or for an appendix (`bilaga ii` is one, as `bilaga b`). Read
    in any case, the source writes `Kap ii` as it writes "Kap II" (`_Places.writes`). `Kap i` passed for a quote under "Kap II", unjudged, and `Kap iv` was given the
    generic tip."""
    two = _letters_apart(part, places)
    # Small numerals in a list with digits without a comma (`Kap i och 3`), read as `Kap I och 3` is (`_mixed_place`):
    # it was told no line began so, with the generic tip. A digit first (`Kap 3 och i`) too, not a place »Kap 3 och»
    # lettered »i«: it was told »Kap III» had the title »Ekonomi», not »och i».
    mixed = None if two else _A_SMALL_NUMERALS_MIXED.fullmatch(part)
    single = None if two or mixed else _LETTERED_PLACE.fullmatch(part)
    found, ends = (two, ("first", "last")) if two else (single, ("letter",)) if single else (mixed, ("marks",))
    if found is None:
        return None
    word = found["word" if two else "stem"]
    text = _stem_and_number(word)[0]
    marks = [found[end] for end in ends]
    # One end in small letters is written otherwise too (`Kap i–III`, `Kap III och i` passed where `Kap i–iii` was
    # refused), and only the numerals go to capitals: `Kap iii och i` was told »Kap III OCH I».
    if (_labelled(text) or not mixed and not all(re.fullmatch(f"(?i:{_A_ROMAN})|[ivxIVX]", mark) for mark in marks)
            or not any(mark.islower() for mark in marks) or not _roman(places.letters_of(places.as_written(text)))):
        return None
    written = part
    for end in reversed(ends):
        raised = _SMALL_NUMERAL.sub(lambda numeral: numeral.group().upper(), found[end])
        written = written[:found.start(end)] + raised + written[found.end(end):]
    if places.as_written(text) != text:  # `Kap. iii` beside "Kap III": told »Kap. III«, which the source writes not either
        word = word[:-1]
        written = written[:found.start("word" if two else "stem")] + word + written[found.end("word" if two else "stem"):]
    return written, f"källan skriver {cited(word)} med romerska siffror i versaler, {cited(written)}"


def _abbreviated_appendix(part: str, places: _Places) -> Optional[re.Match]:
    """A part abbreviating an appendix (`_APPENDIX_SLIP`: `Bil. 2`) that names no line of the source,
    matched; None for any other (`_slip_missing` refuses these). Also one the source writes in a
    sentence ("… i bil. 2."), which names no place (its hint was the generic one), where the source
    writes that appendix in full too: not a name ("Bil 2030")."""
    slip = _APPENDIX_SLIP.fullmatch(part)
    if slip is None or _abbreviation_heads(part, places) or places.writes(part) and not places.writes(f"bilaga {slip['marks']}"):
        return None
    return slip


# The marks of appendices a locator's part names, joined ("1–3", "A och C", "2 eller 3"), and
# perhaps words of its own after them ("B Riskanalys").
_MARKS_JOIN = r"\s*(?:och|samt|eller|respektive|resp\.|[-\u2013\u2014/&,+])\s*"  # read as "och" (`_appendices_named`)
_MARKS = rf"\d+(?:{_MARKS_JOIN}\d+)*|{_A_LETTERS_MARK}(?:{_MARKS_JOIN}{_A_LETTERS_MARK})*"
_APPENDIX_MARKS = lazy_regex.compile(rf"(?P<marks>{_MARKS})(?:\s+\S.*)?")


def _appendices_named(part: str) -> frozenset[str]:
    """The appendices a locator's part names by their marks, as `_Places.heads` gives a line's
    (`Bilaga 2` → "2", `bilaga b` → "b", `bilaga 1–3` → "1", "2" and "3", `Bilaga A och C`,
    `Bilaga B Riskanalys` → "b"); none for a part that names no appendix so (`Bilaga
    Riskanalys`, `Risk`); `andra bilagan` as `bilaga 2` (`_numbered`)."""
    part = _numbered(part)
    word, _, rest = part.partition(" ")
    found = _APPENDIX_MARKS.fullmatch(rest.strip()) if _labelled(word) and not _an_appendix_told(part) else None
    if found is None:
        return frozenset()
    marks = re.sub(r"eller|respektive|resp\.", "och", found["marks"])  # as `_numbers_in` reads a list
    if marks[0].isdigit():
        first, more = re.fullmatch(r"(\d+)(.*)", marks, re.DOTALL).groups()
        return frozenset(map(str, _numbers_in(first, more)))
    return frozenset(_letters_in(marks.upper()))


def _appendix_runs(parts: list[str]) -> list[tuple[range, frozenset[str]]]:
    """The runs of a locator's parts that name appendices by their marks (`_appendices_named`),
    each with the marks it names: a part that does (`Bilagorna 1`), and the parts of marks
    alone after it, which go on with its list (`Bilagorna 1, 2 och 3`): a list of appendices is
    written with commas too, and "2 och 3", read as a place under Bilaga 1, named none."""
    runs: list[tuple[range, frozenset[str]]] = []
    for index, part in enumerate(parts):
        if marks := _appendices_named(part):
            runs.append((range(index, index + 1), marks))
        elif runs and runs[-1][0].stop == index and re.fullmatch(_MARKS, part.strip()):
            runs[-1] = (range(runs[-1][0].start, index + 1), runs[-1][1] | _appendices_named(f"bilaga {part}"))
    return runs


def _appendices_of(marks: frozenset[str]) -> frozenset[str]:
    """The appendices a line beginning with "Bilaga" marks (`_Places.heads`), a section's as the
    appendix it is part of ("Bilaga 1.1" → "1"), which a locator's `Bilaga 1` names: read as
    "1.1", it was no appendix's mark, and the check stopped in a traceback."""
    return frozenset(mark.partition(".")[0] for mark in marks)


def _appendix_shown(marks: Collection[str], places: _Places) -> str:
    """An appendix's line as a locator to write names it: its word as the source spells it and its
    marks ("Bilaga 2"); a message citing the line cites it as written (`_Places.appendix_written`)."""
    # Numbers, or an appendix's section ("1.2", `Bilaga 1.3` told `Bilaga 1.2`), read as letters stopped in a traceback.
    numbered = any(mark[:1].isdigit() for mark in marks)
    shown = sorted(marks, key=lambda mark: [int(number) for number in mark.split(".")]) if numbered else _marks_shown(marks)
    return f"{places.spelt('bilaga', 'Bilaga')} {_listed(shown, 'och')}"


# The hint for a quote standing before the first of the places its locator names, in none of them
# (an appendix's, a chapter's), where the locator names nothing else.
_HEADINGS_ABOVE_TIP = coded("Skriv rubrikerna som citatet står under, från den yttersta, åtskilda med komma (t.ex. `Mål, Bostad`)")


def check_quotes_in_named_appendix(inputs: Inputs) -> list[LocatedError]:
    """An entry whose locator names appendices by their marks (`Bilaga 1`, `Bilaga B`) quotes one
    of them, where its source marks each appendix at a line's start (`_appendix_marks_each`):
    its quote stands after the line that begins the appendix and before the next one's
    (`_Places.head_above`). `Bilaga 1` passed where the quote stood under "Bilaga 2". Not a
    locator `check_locators_exist` refuses, nor one naming no appendix the source begins a line
    with ("se bilaga 3" in its text), nor a quote not found (`check_quotes_found` says so), nor
    one after a line that may be a wrapped sentence's as well as an appendix's title
    (`_Places.appendix_titles`), nor in a source none of whose lines reads as such a title."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        places = _places_of(source)
        if not _appendices_checked(places):
            continue
        for loc, entry in _entries(plan.value):
            why = _appendix_not_quoted(entry.locator, _entry_quote(entry), archive, places)
            if why is not None:
                errors.append(plan.error(loc + ("locator",), *why))
    return errors


def _entry_quote(entry: model.Item | model.Table) -> str:
    """The quote whose place an entry's locator names: an item's, a table's first row's ("" for none)."""
    return entry.quote if isinstance(entry, model.Item) else entry.rows[0].quote if entry.rows else ""


def _appendices_checked(places: _Places) -> bool:
    """Whether which appendix a quote stands in is known (`check_quotes_in_named_appendix`): the
    source marks each appendix at a line's start, outside a list of them, and a line reads as one's title."""
    return _appendix_marks_each(places) is not None and not places.appendices_listed and bool(places.appendix_titles)


def _appendix_not_quoted(locator: str, quote: str, archive: str, places: _Places) -> Optional[tuple[str, str]]:
    """Why a `quote` (an item's, a table's first row's) stands in none of the
    appendices its entry's `locator` names (`check_quotes_in_named_appendix`), and the hint; None
    where it stands in one, or where that is not known."""
    if not _appendices_checked(places):
        return None
    source = places.source
    parts = _locator_parts(locator)
    runs = _appendix_runs(parts)
    # An appendix's digit where the source numbers them in Roman numerals only (`Bilaga 1` beside "Bilaga I" and
    # "Bilaga II") is its numeral's, warned so (`_appendix_unchecked`): it passed for a quote in "Bilaga II".
    marks = frozenset(_roman_appendix("bilaga", mark, places) or mark for _, named in runs for mark in named)
    heads = map(_appendices_of, places.heads("bilaga")[1])
    if (not marks & frozenset().union(*heads)
            or _why_not_named_once(locator, places) and not _elsewhere_alone(locator, quote, places)):
        return None
    above = [head and (head[0], _appendices_of(head[1]))
             for head in (places.head_above("bilaga", start) for start, _ in source.occurrences(quote))] if quote else []
    # After a line that may be a wrapped sentence's as well as an appendix's title, which
    # appendix the quote stands in is not known.
    if not above or any(head and (head[1] & marks or head[0] not in places.appendix_titles) for head in above):
        return None
    said = _listed([_place_said(", ".join(parts[index] for index in run)) for run, _ in runs], "och")
    in_runs = {index for run, _ in runs for index in run}
    fault = f"platsen '{locator}' stämmer inte med citatet: det står"
    if above[0] is None:
        # The locator without the appendix, where so written it names a place: `Bilaga 1, Skatter`, whose
        # "Skatter" the source has nowhere (the appendix named a place), was offered `Skatter`, refused next run.
        rest = ", ".join(part for index, part in enumerate(parts) if index not in in_runs)
        title = min(places.appendix_titles)
        first = f"{cited(places.appendix_written(title))} på rad {source.lines_of((title, title + 1))[0]}"
        return (f"{fault} före källans första bilaga, {first} i {archive}, och alltså inte i {said}.",
                (f"Skriv {code('locator: ' + rest)} utan bilagan" if rest and _why_not_named_once(rest, places) is None
                 else _HEADINGS_ABOVE_TIP)
                + f", eller citera texten i {said}.")
    start, marked = above[0]
    where = f"{cited(places.appendix_written(start))} (rad {source.lines_of((start, start + 1))[0]} i {archive})"
    firsts = {run.start for run, _ in runs}  # each run written as the appendix, the rest of it dropped
    shown = places.appendix_written(start) if len(marked) > 1 else _appendix_shown(marked, places)  # "Bilaga A–C"
    # Each appendix once: `Bilaga B, Bilaga B` of a quote in Bilaga C was offered `Bilaga C, Bilaga C`, told next run.
    meant = _each_once(", ".join(shown if index in firsts else part
                                 for index, part in enumerate(parts) if index in firsts or index not in in_runs), places)
    if len(marked) > 1:  # a line beginning several ("Bilaga 2 och 3 Kostnader", "Bilaga A–C Yttranden")
        # Offered where so written it passes: `Bilaga 2 och 3`; it was told no locator.
        passes = _why_not_named_once(meant, places) is None and _appendix_not_quoted(meant, quote, archive, places) is None
        return (f"{fault} under {where}, inte i {said}.",
                f"Skriv {code(f'locator: {meant}')}, bilagorna som citatet står under, eller citera texten i {said}."
                if passes else f"Skriv den bilaga som citatet står i, eller citera texten i {said}.")
    return (f"{fault} i {where}, inte i {said}.",
            f"Skriv {code(f'locator: {meant}')}, bilagan som citatet står i, eller citera texten i {said}.")


def check_quotes_under_named_heading(inputs: Inputs) -> list[LocatedError]:
    """An entry whose locator names chapters, goals or sections by their numbers (`Kap 3`,
    `Kapitel 3`, `Mål 2`, `Kap 1.3`, `Kap 1–2`, `Kap 2 och 3`, `avsnitt 2`) quotes one of them, where its source
    begins each such place with a line of its words and number, in order (`_Places.in_order`): its
    quote stands after one such line of a place named, or of its chapter or a section of it, and
    before the next (`_Places.head_above`). `Kap 1–2` passed where the quote stood under "Kap 3",
    and the site linked to a place that does not hold it. So too a chapter the source heads by its
    number alone, named by its line (`1 Inledning`: `_bare_chapter_not_quoted`). Not where that is not known
    (`_headings_outside`), nor a locator `check_locators_exist` refuses, nor a quote not found
    (`check_quotes_found` says so)."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        places = _places_of(source)
        for loc, entry in _entries(plan.value):
            # The chapter first, headed by its number alone: `3 Ekonomi, Mål 1` of a quote under chapter 2's "Mål 2" was
            # told of the goal alone, and offered `3 Ekonomi, Mål 2`.
            why = (_bare_chapter_not_quoted(entry.locator, _entry_quote(entry), archive, places)
                   or _heading_not_quoted(entry.locator, _entry_quote(entry), archive, source, places))
            if why is not None:
                errors.append(plan.error(loc + ("locator",), *why))
    return errors


def check_locator_places_once(inputs: Inputs) -> list[LocatedError]:
    """A locator names each numbered place once (`Kap 3, Kap 3`, `Kap 3, 3`, `Kap 3 och 3`, `Kap 2–3, Kap 3`,
    `Bilaga A, Bilaga A`: `_places_repeated`), as an entry names each topic once: they passed as written, the place
    twice, where a slip for another place is likely. Told with the locator each place written once, where so written it
    passes; not a locator `check_locators_exist` or the quote's checks refuse, whose hints name each place once."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        places = _places_of(source)
        for loc, entry in _entries(plan.value):
            quote = _entry_quote(entry)
            if (told := _places_repeated(entry.locator, places)) is None or _why_not_named_once(entry.locator, places) or (
                    quote and (_heading_not_quoted(entry.locator, quote, archive, source, places)
                               or _appendix_not_quoted(entry.locator, quote, archive, places))):
                continue
            said, meant = told
            quoted = [start for start, _ in source.occurrences(quote)] if quote else []
            offered = f": {code(f'locator: {meant}')}" if meant and _holds_quote(meant, quoted, places) else ""
            errors.append(plan.error(loc + ("locator",), f"platsen '{entry.locator}' {said}.",
                                     f"Skriv varje plats en gång{offered}."))
    return errors


def _places_repeated(locator: str, places: _Places, apart: bool = True) -> Optional[tuple[str, str]]:
    """What a locator names twice ("nämner »Kap 3» två gånger"; a place within another part's: "nämner en plats två
    gånger: »Kap 3» och »Kap 2–3»"), and the locator with each place once (the later of two alike left out, a digit for
    a source's Roman numeral first), or None where it names each once. Places of a heading's words (`_parts_read`, a
    digit as the Roman numeral it names) and appendices by their marks (`_appendix_runs`); a section is no repeat of its
    chapter (`Kap 3, Kap 3.1`). Not `apart`, a list's places shared within it are not looked for."""
    parts = _locator_parts(locator)
    if listed := _list_repeated(parts, places):
        # Beside a part naming one of its places again (`Kap 3, Kap 3 och 3 och 3`), each of its places as a part
        # (`Kap 3, Kap 3, Kap 3, Kap 3`), told how often in all: it was told three times, and offered `Kap 3, Kap 3`.
        if _places_repeated(listed[1], places) is None:
            return listed
        return _places_repeated(", ".join(_list_as_parts(parts, places)), places)
    # A list with a range among its places naming one of them again (`Kap 1–3 och 2–5`, `Kap 1–3 och 3`), each of its
    # places as a part, as `Kap 1–3, 2–5` is: it passed. Where two parts share one too, as they are told, unless the
    # locator so offered names one again (`Kap 5, Kap 1–3 och 2–5`: `Kap 1–3 och 2–5`).
    # A part the source writes whole (a title holding "och") is no list; asked only of a part read as one, since
    # `writes` searches the whole source (it was a third of `validate`'s time on the real plans).
    items = [[] if each and places.writes(part) else each for part, each in ((part, _items_with_a_range(part)) for part in parts)]
    if apart and any(_items_overlap(each) for each in items):
        whole = _places_repeated(locator, places, apart=False)
        if whole and (not whole[1] or _places_repeated(whole[1], places) is None):
            return whole
        return _places_repeated(", ".join(item for part, each in zip(parts, items) for item in each or [part]), places)
    # A chapter the source heads by its number alone, named twice by its line in one part's list (`3 Ekonomi och 3
    # Ekonomi`: `_bare_chapters_listed`), as `Kap 3 och 3`: it passed. Offered once, as the source writes it. A line with
    # a comma read whole (`_bare_chapter_parts`: `3 Ekonomi, budget och skatt och 3 Ekonomi, budget och skatt`).
    whole = _bare_chapter_parts(locator, places)
    for index, part in enumerate(whole):
        if (numbers := _bare_chapters_listed(part, places)) and len(numbers) == 2 and numbers[0] == numbers[1]:
            line = next(line for number, line, _ in _bare_chapters(places) if number == numbers[0])
            return f"nämner {cited(line)} två gånger", ", ".join(whole[:index] + [line] + whole[index + 1:])
    read_parts = list(_parts_read(parts, places))
    named = [(range(index, index + 1), read, text, frozenset(_roman_place(text, mark, places) or mark for mark in marked[1]))
             for index, read, marked, text in read_parts]
    digits = {at for at, (_, _, marked, text) in enumerate(read_parts)
              if any(_roman_place(text, mark, places) for mark in marked[1])}
    reads = {run.start: read for run, read, _, _ in named}
    named += [(run, ", ".join(parts[run.start:run.stop]), "bilaga", marks) for run, marks in _appendix_runs(parts)]
    # Pages (`sida 3, sida 3`, `sida 4, sida 3–4`), which no place holds, as a chapter named twice: they passed.
    named += [(range(index, index + 1), parts[index], "sida", marks) for index, marks in _pages_named(parts, places)]
    # Chapters the source heads by their numbers alone, by their lines (`3 Ekonomi, 3 Ekonomi`), as `Kap 3, Kap 3`: they
    # passed.
    named += [(range(index, index + 1), parts[index], "kapitel", marks)
              for index, marks in _bare_chapters_named(parts, places)]
    # One part's list naming a place twice (`Kap 3 och 3`, `3 och 3` of `Kap 1, 3 och 3`): its first end alone.
    for run, read, _, _ in named:
        ends, part = _two_places(read), parts[run.start]
        if (ends and read.endswith(part) and ends["join"] not in _RANGE_JOINS
                and ends["first"].casefold() == ends["last"].casefold()):
            once = read[:ends.end("first")] + read[ends.end("last"):]
            shift = len(read) - len(part)  # the words a list going on after a comma is read with
            written = part[:ends.end("first") - shift] + part[ends.end("last") - shift:]
            return f"nämner {cited(once)} två gånger", ", ".join(parts[:run.start] + [written] + parts[run.stop:])
    # A part whose places other parts name, of the same words, within the same place: the later of two left out.
    # `Del 1, Kap 3, Del 2, Kap 3` and `Kap 2, Mål 3, Kap 3, Mål 3` name two chapters 3, two goals 3, one in each part
    # or chapter: they were told »Kap 3» two times.
    within = _places_within(named)
    # A place by a digit where the source marks it by a Roman numeral left out first: `Kap 3, Kap III` was offered
    # `Kap 3`, where `Kap III, Kap 3` is offered `Kap III`.
    # A place without the title another part gives it left out first too: `Kap 3, Kap 3 Ekonomi` was offered `Kap 3`.
    titled = {at for at, (run, read, _, _) in enumerate(named) if read == parts[run.start] and _titled_place(read)}
    dropped: dict[int, str] = {}
    for at in sorted(range(len(named)), key=lambda at: (at not in digits, at in titled, -at)):
        run, read, text, marks = named[at]
        others = [other for other in range(len(named)) if other != at and other not in dropped and named[other][2] == text
                  and within[other] == within[at]]
        if marks and marks <= frozenset().union(*(named[other][3] for other in others)):
            dropped[at] = next(named[other][1] for other in others if named[other][3] & marks)
    # Two parts sharing a place, neither within the other (`Kap 2–3, Kap 3–4`, `Kap 1, 3 och 3`'s lists): told as a
    # place named twice, and offered as one range (`Kap 2–4`) or the list without the place (`Kap 2–3, Kap 4`) where so
    # written it names the same places; they passed.
    overlaps = [(at, other) for at in range(len(named)) for other in range(at + 1, len(named))
                if at not in dropped and other not in dropped and named[at][2] == named[other][2]
                and within[at] == within[other] and named[at][3] & named[other][3]]
    if not dropped and not overlaps:
        return None
    # Said once, however many (`Kap 2–3, Kap 3–4, Kap 4`): "nämner en plats två gånger" was said for each.
    # Each place by how often it stands, in whichever words (`Kap 3, Kap 3, Kap 3`: »Kap 3» tre gånger, which was said
    # »Kap 3» och »Kap 3»; `sida 3, sid. 3, s. 3`: en plats tre gånger, which was said platser två gånger).
    spellings: dict[tuple[str, frozenset[str]], list[str]] = {}
    for at, other in sorted(dropped.items()):
        spellings.setdefault((other.casefold(), named[at][3]), [other]).append(named[at][1])
    by_times: dict[int, list[str]] = {}
    pairs, several = [], []
    for each in spellings.values():
        written: dict[str, str] = {}
        times: dict[str, int] = {}
        for spelling in each:
            written.setdefault(spelling.casefold(), cited(spelling))
            times[spelling.casefold()] = times.get(spelling.casefold(), 0) + 1
        words = list(written.values())
        if len(words) == 1:
            by_times.setdefault(len(each), []).append(words[0])
        elif len(each) == 2:
            pairs.append(f"{words[1]} och {words[0]}")
        else:
            # Each spelling by how often it stands (`sida 3, Sida 3, s. 3`: »sida 3» två gånger och »s. 3»): it was
            # said »sida 3» och »s. 3», two spellings for three mentions.
            counted = [word + (f" {_TIMES.get(times[key], str(times[key]))} gånger" if times[key] > 1 else "")
                       for key, word in written.items()]
            several.append(f"en plats {_TIMES.get(len(each), str(len(each)))} gånger: {_listed(counted, 'och')}")
    alike = " och ".join(f"{_listed(names, 'och')} {_TIMES.get(count, str(count))} gånger" for count, names in by_times.items())
    pairs += [f"{cited(named[at][1])} och {cited(named[other][1])}" for at, other in overlaps]
    said = ["nämner " + " och ".join(filter(None, [
        alike, pairs and f"{'en plats' if len(pairs) == 1 else 'platser'} två gånger: {'; '.join(pairs)}", *several]))]
    gone = {index for at in dropped for index in named[at][0]}
    rewritten = {}
    for at, other in overlaps:
        joined = _overlap_joined(named[at], named[other], parts, places)
        if joined is None or {at, other} & set(rewritten) or {*named[at][0], *named[other][0]} & gone:
            return "; ".join(said), ""
        rewritten.update(joined)
    # A list going on after a part left out written with its word (`Kap III, II och III` → `Kap II och III`).
    kept = [rewritten.get(index, reads[index] if index - 1 in gone and index in reads else part)
            for index, part in enumerate(parts) if index not in gone and rewritten.get(index) != ""]
    return "; ".join(said), ", ".join(kept)


def _items_overlap(items: list[str]) -> bool:
    """Whether two of a list's places (`_items_with_a_range`: `Kap 1–3`, `Kap 2–5`) share a place."""
    marks = [found[1] if (found := _heading_marks(item)) else frozenset() for item in items]
    return any(one & other for index, one in enumerate(marks) for other in marks[index + 1:])


def _list_as_parts(parts: list[str], places: _Places) -> list[str]:
    """A locator's `parts`, each listing three places or more by one word (`_A_LIST_OF_THREE`: `Kap 3 och 3 och 4`) as
    its places, each with the word (`Kap 3`, `Kap 3`, `Kap 4`)."""
    written = []
    for part in parts:
        listed = None if places.writes(part) else _A_LIST_OF_THREE.fullmatch(part)
        written += [f"{listed['word']} {mark}" for mark in _LIST_JOINED.split(listed["marks"])] if listed else [part]
    return written


def _list_repeated(parts: list[str], places: _Places) -> Optional[tuple[str, str]]:
    """What a part listing three places or more by one word names again (`sida 3 och 3 och 3`: "nämner »sida 3» tre
    gånger"; `_A_LIST_OF_THREE`), and the locator with each of its places once (`sida 3`; `sida 2 och 3` of `sida 2 och
    3 och 3`), as `_places_repeated` tells two; None where none does. They passed."""
    for index, part in enumerate(parts):
        listed = _A_LIST_OF_THREE.fullmatch(part)
        if listed is None or places.writes(part):
            continue
        times: dict[str, int] = {}
        for mark in _LIST_JOINED.split(listed["marks"]):
            times[mark] = times.get(mark, 0) + 1
        by_times: dict[int, list[str]] = {}
        for mark, count in times.items():
            if count > 1:
                by_times.setdefault(count, []).append(cited(f"{listed['word']} {mark}"))
        if by_times:
            said = " och ".join(f"{_listed(names, 'och')} {_TIMES.get(count, str(count))} gånger"
                                for count, names in sorted(by_times.items(), reverse=True))
            written = f"{listed['word']} {_listed(list(times), 'och')}"
            return f"nämner {said}", ", ".join(parts[:index] + [written] + parts[index + 1:])
    return None


def _overlap_joined(first: tuple[range, str, str, frozenset[str]], last: tuple[range, str, str, frozenset[str]],
                    parts: list[str], places: _Places) -> Optional[dict[int, str]]:
    """Two parts of one place's words sharing a place (`_places_repeated`'s reads) written once each: two ranges of
    digits, Roman numerals or letters as one (`Kap 2–3, Kap 3–4` → `Kap 2–4`, the second part left out as ""), or a list of two, one of them
    shared, as its other alone (`Kap 2–3, Kap 3 och 4` → `Kap 4`); None where neither is so."""
    ends = [_two_places(read) or _letters_apart(read, places) for _, read, _, _ in (first, last)]
    if all(ends) and all(end["join"] in _RANGE_JOINS for end in ends):
        # Of Roman numerals or letters by their order (`Kap II–III, Kap III–IV` → `Kap II–IV`, `Bilaga B–C, Bilaga C–D`
        # → `Bilaga B–D`), written in capitals: they were told to write each place once with no locator offered.
        marks = first[3] | last[3]
        digits = all(mark.isdigit() for mark in marks)
        roman = not digits and _roman(marks)
        if not digits and not all(_A_LETTER_ALONE.fullmatch(mark.upper()) and (roman or len(mark) == 1) for mark in marks):
            return None
        order = {int(mark) if digits else _mark_order(mark, roman): mark if digits else mark.upper() for mark in marks}
        numbers = sorted(order)
        if numbers != list(range(numbers[0], numbers[-1] + 1)):
            return None
        read = first[1]
        merged = f"{read[:ends[0].start('first')]}{order[numbers[0]]}{ends[0]['join']}{order[numbers[-1]]}"
        return {first[0].start: merged[len(read) - len(parts[first[0].start]):], last[0].start: ""}
    for (run, read, _, marks), end in reversed(list(zip((first, last), ends))):
        shared = marks & (last[3] if run is first[0] else first[3])
        # A list going on after a comma too (`3 och 4` of `Kap 1, 3 och 4, Kap 2–3` → `4`): it was offered no locator.
        shift = len(read) - len(parts[run.start])
        if (end is None or end["join"] in _RANGE_JOINS or not read.endswith(parts[run.start]) or end.start("first") < shift
                or len(shared) != 1 or len(marks) != 2):
            continue
        mark = next(iter(shared))
        other = "last" if end["first"].casefold() == mark else "first" if end["last"].casefold() == mark else None
        if other:
            return {run.start: read[shift:end.start("first")] + end[other]}
    return _runs_joined(first, last, parts)


def _runs_joined(first: tuple[range, str, str, frozenset[str]], last: tuple[range, str, str, frozenset[str]],
                 parts: list[str]) -> Optional[dict[int, str]]:
    """Two parts of chapters' numbers by one word sharing a place, a list with a range among them (`_overlap_joined`:
    `Kap 3–5, Kap 1–3 och 5`), as the runs their places make, in the first (`Kap 1–5`; `Kap 1–2, 4–5` of `Kap 4–5, Kap 1–2
    och 5`), the second left out (""); None for any other two."""
    marks = first[3] | last[3]
    # The first written whole, where the second, left out, may go on with a list after a comma (`3–5 och 5` of `Kap 1–3,
    # 3–5 och 5`).
    if (first[1] != parts[first[0].start] or not all(mark.isdigit() for mark in marks)
            or not any(_marks_with_a_range(read) for _, read, _, _ in (first, last))):
        return None
    heads = _heading_marks(first[1])
    runs: list[list[int]] = []
    for number in sorted(map(int, marks)):
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    written = ", ".join(f"{run[0]}\u2013{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)
    return {first[0].start: f"{heads[0]} {written}", last[0].start: ""}


# The words of places no other holds: a document's parts and its appendices (`_appendix_runs`' "bilaga").
_OUTERMOST_PLACES = frozenset({"del", "bilaga", "sida"})
# A page's words (`sida 3`, `sidorna 3–4`, `s. 3`), as `_PAGE_PART` reads them.
_PAGE_WORDS = frozenset({"sida", "sidan", "sidorna", "sid.", "s."})


def _pages_named(parts: list[str], places: _Places) -> Iterator[tuple[int, frozenset[str]]]:
    """Each of a locator's parts naming pages alone (`sida 3`, `sidorna 3–4`, `s. 3 och 4`): its index and the pages'
    numbers (`_heading_marks`, a range's between too). Not a part a line of the source begins with, which names that
    line (`_page_named`)."""
    for index, part in enumerate(parts):
        marked = _heading_marks(part)
        if marked and marked[0].casefold() in _PAGE_WORDS and not places.has_line_starting(normalise(part).casefold()):
            yield index, marked[1]


def _bare_chapters_named(parts: list[str], places: _Places) -> Iterator[tuple[int, frozenset[str]]]:
    """Each of a locator's parts naming a chapter the source heads by its number alone by its line, in any case (`3
    Ekonomi`, `3 ekonomi`: `_bare_chapters`), or two in one (`2 Mål–3 Ekonomi`: `_bare_chapters_listed`): its index
    and the chapters' numbers."""
    for index, part in enumerate(parts):
        if numbers := _bare_chapters_listed(part, places):
            yield index, frozenset(map(str, numbers))


def _places_within(named: list[tuple[range, str, str, frozenset[str]]]) -> list[Optional[tuple[str, frozenset[str]]]]:
    """For each place `_places_repeated` reads, the place of other words a locator names last before it, which holds it
    (`Del 2` of the second `Kap 3` in `Del 1, Kap 3, Del 2, Kap 3`, `Kap 3` of the second `Mål 3` in `Kap 2, Mål 3,
    Kap 3, Mål 3`): its words and marks; None for a part or appendix, which no place holds, or a place named first. Not a
    place of words the locator names within a place of its own words: in `Kap 3, Mål 3, Kap 3` the goal is chapter 3's,
    which holds it, and the chapter named twice passed as one within goal 3."""
    said = sorted(((run.start, text.casefold(), marks) for run, _, text, marks in named), key=lambda place: place[0])
    holders: dict[int, Optional[tuple[str, frozenset[str]]]] = {}
    held: dict[str, set[str]] = {}  # the words of places each words' places hold, as the locator names them so far
    for start, text, _ in said:
        holder = None if text in _OUTERMOST_PLACES else next(
            ((words, marks) for before, words, marks in reversed(said)
             if before < start and words != text and words not in held.get(text, ())), None)
        holders[start] = holder
        if holder:
            held.setdefault(holder[0], set()).update({text} | held.get(text, set()))
    return [holders[run.start] for run, *_ in named]


def _each_once(locator: str, places: _Places) -> str:
    """`locator` with each place it names twice written once (`_places_repeated`), where so written it names places;
    itself otherwise. A hint offering `Kap III, II och III` for `Kap III, ii och iii` was refused on the next run. A part
    written as the one before it is left out too: `Kap 3, 3 Ekonomi` beside "3 Ekonomi" was offered `3 Ekonomi, 3
    Ekonomi`, a chapter headed by its number alone, which `_places_repeated` reads not."""
    parts = _locator_parts(locator)
    meant = _each_place_once(parts, places)
    # As written where no place is left out: `i bilaga 2` was offered `Bilaga 2`, its parts as read.
    return meant if meant and meant != ", ".join(parts) and _why_not_named(meant, places) is None else locator


# A locator's part of numbers alone after a part naming a heading's, going on with its list (`Kap 2, 3 och 4`).
# A caption's word: a figure's caption may stand below the figure ("Figur 2 Hemlösheten" under
# the chart), so it begins no place that runs on to the next one, and a quote of figure 2 after
# figure 1's caption was refused as standing under »Figur 1« (`_headings_named`).
_A_CAPTION = lazy_regex.compile(r"(?:figur|diagram|bild|graf|karta|foto|illustration)(?:en|er|erna|et|n|na|or|orna)?")
_NUMBERS_ALONE = lazy_regex.compile(rf"{_SECTION_NUMBER}(?:{_MARKS_JOIN}{_SECTION_NUMBER})*")
# Roman numerals or capital letters alone, going on with a list as numbers do (`Kap I, II och III`, `Del A, B`): read
# as a place under Kap I, `Kap I, II och III` was refused for a quote under "Kap III" where `Kap 1, 2 och 3` passed.
_LETTERS_ALONE = lazy_regex.compile(rf"{_A_LETTER}(?:{_MARKS_JOIN}{_A_LETTER})*")
_SMALL_NUMERAL = lazy_regex.compile(r"(?<!\w)[ivx]+(?!\w)")
_NUMERALS_ALONE = lazy_regex.compile(rf"(?i:(?:{_A_ROMAN}|[ivx])(?:{_MARKS_JOIN}(?:{_A_ROMAN}|[ivx]))*)")  # in any case


# A place named by its words, its number and its title, as the line beginning it writes them (`Kap 1
# Inledning`, `Mål 2: Trygghet`): it passed by the line's words, the quote not judged against its number.
# Not a title going on to another place (`Kap 3 och 4 Ekonomi`, `Kap 3 till och med 4`): it was judged as
# Kap 3's. A title of such a word ("Kap 2 Till sist") is one: as no place's, `Kap 2 Till sist` passed under "Kap 3".
# Nor a list going on with a Roman numeral or a letter (`Kap 3 och I`, `Kap 3 och ii`): told »Kap III» had the title
# »Ekonomi», not »och I», where `Kap I och 3` is read as a list (`_mixed_place`).
_A_TITLED_PLACE = lazy_regex.compile(
    rf"(?P<stem>\S.*?)\s+(?P<number>{_SECTION_NUMBER})\.?\s*[:\u2013\u2014-]?\s+(?P<title>(?!(?:och|samt|eller|till|"
    r"resp\.?|respektive|t\.o\.m\.?)\s+(?:(?:\w+\.?\s+){0,2}\d|(?:[ivx]+|[^\W\d_])\s*$))[^\W\d].*)", re.IGNORECASE)

# An appendix named by its letter or Roman numeral and its title (`Bilaga B Budget`, `Bilaga II: Budget`), as
# `_A_TITLED_PLACE` names one by its number: its title was never compared, and `Bilaga B Skatter` passed beside
# "Bilaga B Budget" by the word "Bilaga".
_A_LETTERED_TITLED_APPENDIX = lazy_regex.compile(
    rf"(?P<stem>(?i:bilaga))\s+(?P<number>{_A_LETTERS_MARK})\s*[:\u2013\u2014-]?\s+(?P<title>[^\W\d].*)")


def _titled_place(part: str) -> Optional[re.Match]:
    """A part naming a place by its words, its number or an appendix's letter, and its title
    (`_A_TITLED_PLACE`, `_A_LETTERED_TITLED_APPENDIX`); None for another part."""
    return _A_TITLED_PLACE.fullmatch(part) or _A_LETTERED_TITLED_APPENDIX.fullmatch(part)


# A lettered part's letter before its title, after a place's number (`Mål 2 b Skola`: `_title_missing`); not a
# list of parts (`Mål 2 a och b`), whose first was offered with its title though the quote stood under the other.
_A_LETTER_TITLED = lazy_regex.compile(r"(?P<letter>[a-zåäö])\)?[ \t\u00a0]+(?P<title>(?!(?:och|samt|eller|till|resp\.?|"
                                      r"respektive|t\.o\.m\.?)[ \t\u00a0])\S.*)", re.IGNORECASE)

# Lettered parts of one place's number named together after it (`Mål 2 a–b`, `Mål 2 a och b`, `Mål 2 a)–c)`), the
# letters set as in `Mål 2b` too, the number perhaps written again (`Mål 2a–b`, `Mål 2a–2b`, `Mål 2 a och 2 b`): each
# letter a part as in `Mål 2 a` (`_lettered_marks`). They were refused as a wrong title of goal 2, and `Mål 2a–b`,
# where `Mål 2b` passed, as no line's start.
_LETTERS_JOINED = lazy_regex.compile(rf"(?P<stem>\S.*?)[ \t\u00a0]+(?P<number>{_SECTION_NUMBER})[ \t\u00a0]*"
                                     r"(?P<first>[a-zåäö])\)?[ \t\u00a0]*(?P<join>[-\u2013\u2014/&,]|och|samt|eller)"
                                     r"[ \t\u00a0]*(?:(?P=number)[ \t\u00a0]*)?(?P<last>[a-zåäö])\)?", re.IGNORECASE)
# One lettered part after a place's number (`Mål 2 d`, `Mål 2d`, `Mål 2 d)`, `Mål 2 D`), and any title (`Mål 2 d
# Skola`, told goal 2's title was »Trygghet», not »d Skola»): `_letters_missing`.
_A_LETTERED_PART = lazy_regex.compile(rf"(?P<stem>\S.*?)[ \t\u00a0]+(?P<number>{_SECTION_NUMBER})[ \t\u00a0]*"
                                      r"(?P<letter>(?i:[a-zåäö]))\)?(?:[ \t\u00a0]+(?<!(?i:[iåö])[ \t\u00a0])(?P<title>[^\W\d].*))?")
# (not a title's first word "i", "å", "ö": `Mål 2 i samverkan`; `Mål 2 D` too: it was told a title »D»)


def _lettered_marks(part: str) -> tuple[Optional[re.Match], frozenset[str]]:
    """The lettered parts a locator's part names together after a place's number (`_LETTERS_JOINED`: `Mål 2 a–c`
    → "2 a", "2 b" and "2 c"; `Mål 2 a och c`, `Mål 2a och 2c` → "2 a" and "2 c"), as `_Places.heads` reads such a
    part's line ("Mål 2 b Skola"), and the part so read; none for another part, or a range running backwards."""
    joined = _LETTERS_JOINED.fullmatch(part)
    if joined is None:
        return None, frozenset()
    first, last = (SWEDISH_LETTERS.index(joined[end].casefold()) for end in ("first", "last"))
    letters = SWEDISH_LETTERS[first:last + 1] if joined["join"] in _RANGE_JOINS else {joined["first"], joined["last"]}
    return joined, frozenset(f"{joined['number']} {letter.casefold()}" for letter in letters)


def _letters_unwritten(joined: re.Match, heads: list[frozenset[str]]) -> list[str]:
    """The letters at the ends of lettered parts named together (`_lettered_marks`: a and c of `Mål 2 a–c`, b and c
    of `Mål 2 b och c`) that no line of the place's words marks (`heads`, `_Places.heads`'s)."""
    written = frozenset().union(*heads)
    return [letter for letter in dict.fromkeys(joined[end].casefold() for end in ("first", "last"))
            if f"{joined['number']} {letter}" not in written]


def _letters_missing(part: str, places: _Places) -> Optional[str]:
    """Why lettered parts named together (`Mål 2 a–c`, `Mål 2 b och c`) name none of the source: it letters that
    place's parts ("Mål 2 a Polis", "Mål 2 b Skola"), not with a letter at an end (c), as `_number_missing` tells
    a number. `Mål 2 b och c` passed by goal 2 b, `Mål 2 c–d` was told goal 2's title was »Trygghet», not »c–d»;
    None for any other part, or a place whose parts the source letters not."""
    joined, lettered = _lettered_marks(part)
    if joined is None:
        return _letter_unwritten(part, places)
    text = places.as_written(_stem_and_number(joined["stem"])[0])
    heads, number = places.heads(text)[1], joined["number"]
    letters = _letters_written(number, heads)
    if letters and joined["join"] in _RANGE_JOINS and not lettered:  # `Mål 2 b–a`, told it was goal 2's title »b–a»
        return f"{joined['first']}{joined['join']}{joined['last']} går baklänges, från en senare bokstav till en tidigare"
    if not letters or not (missing := _letters_unwritten(joined, heads)):
        return None
    said = {joined[end].casefold(): joined[end] for end in ("first", "last")}  # `Mål 2 C–D`: »C och D», not »c och d»
    return (f"där står {cited(places.spelt(text, joined['stem'].strip()) + ' ' + number)} bara med "
            f"{'bokstaven' if len(letters) == 1 else 'bokstäverna'} {_listed(_letters_shown(text, number, letters, places), 'och')}, "
            f"inte {_listed([said[letter] for letter in missing], 'och')}")


def _letter_unwritten(part: str, places: _Places) -> Optional[str]:
    """Why one lettered part (`Mål 2 d`: `_A_LETTERED_PART`) names none of the source, where the source letters
    that place's parts ("Mål 2 a Polis", "Mål 2 b Skola") but not with that letter: it was judged by the quote
    alone, told the quote stood under »Mål 2 b», as though goal 2 d were a place. None for any other part, or a
    place whose parts the source letters not (`Mål 2 d` is then no lettered part the source has to compare)."""
    single = _A_LETTERED_PART.fullmatch(part)
    if single is None:
        return None
    text = places.as_written(_stem_and_number(single["stem"])[0])
    heads, number, letter = places.heads(text)[1], single["number"], single["letter"].casefold()
    letters = _letters_written(number, heads)
    if not letters or letter in letters:
        return None
    return (f"där står {cited(places.spelt(text, single['stem'].strip()) + ' ' + number)} bara med "
            f"{'bokstaven' if len(letters) == 1 else 'bokstäverna'} {_listed(_letters_shown(text, number, letters, places), 'och')}")


def _letters_written(number: str, heads: list[frozenset[str]]) -> list[str]:
    """The letters of the parts of the place numbered `number` that lines of its words mark (`heads`,
    `_Places.heads`'s: "Mål 2 a Polis" → a), in the alphabet's order."""
    return sorted({mark.rpartition(" ")[2] for marks in heads for mark in marks if mark.rpartition(" ")[0] == number},
                  key=SWEDISH_LETTERS.index)


def _letters_shown(text: str, number: str, letters: list[str], places: _Places) -> list[str]:
    """The `letters` of the lettered parts of the place of `text` numbered `number` as its lines write
    them (`_Places.letter_shown`: "A", "B" of "Mål 2 A Polis", "Mål 2 B Skola")."""
    return [places.letter_shown(text, f"{number} {letter}").rpartition(" ")[2] for letter in letters]


def _letters_meant(part: str, places: _Places) -> Optional[str]:
    """Lettered parts named together (`_lettered_marks`) written as the nearest the source has, for the hint: a
    range turned the right way round (`Mål 2 a–b` for `Mål 2 b–a`), shortened to the letters the source has
    (`Mål 2 a–b` for `Mål 2 a–c` beside "Mål 2 a", "Mål 2 b"), a pair without the letter it has not (`Mål 2 b` for
    `Mål 2 b och c`); None for another part, one the source has, or none of its letters. They were offered goal
    2's title (`Mål 2 Trygghet`), or the generic tip alone."""
    joined, lettered = _lettered_marks(part)
    if joined is None:
        return None
    heads = places.heads(places.as_written(_stem_and_number(joined["stem"])[0]))[1]
    letters, order = _letters_written(joined["number"], heads), SWEDISH_LETTERS.index
    first, last = (joined[end].casefold() for end in ("first", "last"))
    backwards = joined["join"] in _RANGE_JOINS and not lettered
    if not backwards and not _letters_unwritten(joined, heads):
        return None
    if backwards:
        present = [letter for letter in letters if order(last) <= order(letter) <= order(first)]
    elif joined["join"] in _RANGE_JOINS:
        present = [letter for letter in letters if f"{joined['number']} {letter}" in lettered]
    else:
        present = [letter for letter in (first, last) if letter in letters]
    if not present:
        return None
    text = places.as_written(_stem_and_number(joined["stem"])[0])
    present = _letters_shown(text, joined["number"], present, places)
    ends = present[0] if len(present) == 1 else present[0] + part[joined.end("first"):joined.start("last")] + present[-1]
    return part[:joined.start("first")] + ends + part[joined.end("last"):]


def _heading_marks(part: str) -> Optional[tuple[str, frozenset[str], tuple[int, int]]]:
    """The words, the marks and where the marks stand in a locator's part naming numbered places,
    the marks as `_Places.heads` reads a line's: `Kap 3` → "Kap", "3"; `Mål 1.2`; a range each place
    of it (`Kap 1–3` → "1", "2" and "3"; `Kap 1–2.3`, `Kap 1.2–2.3` → "1" and "2", the chapters they run through), a
    list each (`Kap 2 och 3`). None for a part naming none so: a number in parentheses (`1-årig
    inriktning (2 c)`, the document's reference), a year (`Budget 2024`, `Strategiska mål
    2016-2019`), a range whose places between are not known (one of more than 50)."""
    if ranged := _marks_with_a_range(part):
        return ranged
    two = _two_places(part)
    if two is not None:
        first, last = two["first"], two["last"]
        if _section(first) is None or _A_YEAR.fullmatch(first):
            return None
        between = []
        if two["join"] in _RANGE_JOINS:
            # Ends of two depths (`Kap 1–2.3`, `Kap 1–1.10`) as the places of the shallower one's depth they
            # run through (chapters 1 and 2, chapter 1), each whole: they were not judged, and `Kap 1–2.3` passed for
            # a quote under "Kap 3". A quote under a section of the last chapter past its end ("Kap 2.4") passes.
            # Sections of two chapters (`Kap 1.1–2.1`) so too, as the chapters they run through: they passed for
            # a quote under "Kap 3", the sections between them not known.
            ends = _section(first), _section(last)
            depth = min(len(ends[0]), len(ends[1]), *(index + 1 for index, (one, other) in enumerate(zip(*ends))
                                                      if one != other and ends[0] < ends[1]))
            first, last = (".".join(map(str, _section(end)[:depth])) for end in (first, last))
            between = list(itertools.islice(_marks_toward(first, last), 51))
            if len(between) > 50 or not between and _section(first)[:-1] != _section(last)[:-1]:
                return None
        return two["word"], frozenset([first, last, *between]), (two.start("first"), two.end("last"))
    _, found = _stem_and_number(part)
    joined, lettered = _lettered_marks(part)
    if joined is not None:  # lettered parts named together (`Mål 2 a–b`, `Mål 2a–2b`) are each their own place
        return None if _A_YEAR.fullmatch(joined["number"]) else (joined["stem"], lettered, (joined.start("number"), joined.end()))
    if found is None and (single := _A_LETTERED_PART.fullmatch(part)) and not single["title"]:
        # A lettered part in a capital (`Mål 2 A`), as `Mål 2 a` is: read as goal 2 titled »A», it passed for a
        # quote under "Mål 2 B".
        return None if _A_YEAR.fullmatch(single["number"]) else (
            single["stem"], frozenset({f"{single['number']} {single['letter'].casefold()}"}),
            (single.start("number"), single.end()))
    if found is None and (lettered := _A_CAPITAL_MARKED.fullmatch(part)):
        # A place of a Roman numeral or a capital letter (`Kap I`, `Kap III Ekonomi`, `Del B`), as the source's lines
        # mark them (`_Places._letter_marked`): it passed by the words "Kap I" for a quote under "Kap III".
        return lettered["stem"], frozenset({lettered["number"].casefold()}), (lettered.start("number"), lettered.end())
    if found is None and (titled := _A_TITLED_PLACE.fullmatch(part)):
        # The title is the line's (`check_locators_exist` says so), and goes with the number it replaces.
        return None if _A_YEAR.fullmatch(titled["number"]) else (titled["stem"], frozenset({titled["number"]}),
                                                                 (titled.start("number"), titled.end("title")))
    if found is None or not found["stem"] or part[found.start("number") - 1:found.start("number")] == "(":
        return None
    number = re.match(_SECTION_NUMBER, found["number"]).group()
    if letter := found["number"][len(number):].strip():  # `Mål 2 a`: goal 2's lettered part
        return found["stem"].strip(), frozenset({f"{number} {letter}"}), (found.start("number"), found.end("number"))
    return None if _A_YEAR.fullmatch(number) else (found["stem"].strip(), frozenset({number}),
                                                   (found.start("number"), found.end("number")))


def _items_with_a_range(part: str) -> list[str]:
    """The places of a list of chapters' numbers one of which is a range, or of three or more (`_A_LIST_WITH_A_RANGE`),
    each with its word: `Kap 1–3 och 5` → `Kap 1–3`, `Kap 5`; `Kap 3–5 och Kap 5` so too; `Kap 1 och 2 och 3`, which
    was told no line began so, → `Kap 1`, `Kap 2`, `Kap 3`. None for any other part: two places, `_two_places`'."""
    listed = _A_LIST_WITH_A_RANGE.fullmatch(part)
    items = _LIST_JOINED.split(listed["marks"]) if listed else []
    if not any(re.search(f"[{_RANGE_JOINS}]", item) for item in items) and len(items) < 3:
        return []
    return [f"{listed['word']} {item[len(listed['word']):].strip() if item[:1].isalpha() else item}" for item in items]


def _marks_with_a_range(part: str) -> Optional[tuple[str, frozenset[str], tuple[int, int]]]:
    """`_heading_marks` of a list of chapters' numbers one of which is a range (`Kap 1–3 och 5`: "Kap", 1, 2, 3 and 5),
    which `_two_places` reads not; None for any other part, a year's (`Budget 2023–2024 och 2025`), or a range of
    more than 50. `Kap 3–5, Kap 1–3 och 5` passed, chapters 3 and 5 named twice."""
    items = _items_with_a_range(part)
    if not items:
        return None
    listed = _A_LIST_WITH_A_RANGE.fullmatch(part)
    marks: list[int] = []
    for item in items:
        ends = [int(end) for end in re.split(rf"\s*[{_RANGE_JOINS}]\s*", item[len(listed["word"]):].strip())]
        if any(_A_YEAR.fullmatch(str(end)) for end in ends) or ends[-1] - ends[0] > 50:
            return None
        marks += range(ends[0], ends[-1] + 1)
    return listed["word"], frozenset(map(str, marks)), listed.span("marks")


def _headings_named(parts: list[str], places: _Places) -> dict[str, tuple[list[int], frozenset[str]]]:
    """The numbered places a locator's parts name by a heading's words (`_heading_marks`), by those
    words as the source writes them (`Kap.` → "kap"): the parts naming them, in order, and their
    marks; a list's parts together, one of numbers alone going on with the part before it (`Kap 2,
    3`), and parts naming places by the same words (`Kap 2, Kap 3`). Not a position's, the author's
    count (`punkt 3`), but a section's, a risk's or a promise's (`avsnitt 2`, `risk 2`: `_BEGUN_POSITIONS`),
    which a source may begin each with its line ("Avsnitt 2 Risker": `avsnitt 1` passed for a quote under it); nor a table's, whose caption's
    text may be the page's (`_heading_meant`), nor an appendix's (`check_quotes_in_named_appendix`), nor a
    caption's (`Figur 2`, `_A_CAPTION`), nor two places the source writes as one name ("Mål 2-1
    Bostäder": `_why_not_named`)."""
    named: dict[str, tuple[list[int], frozenset[str]]] = {}
    for index, _, marked, text in _parts_read(parts, places):
        part = parts[index]
        indices, marks = named.get(text, ([], frozenset()))
        # A chapter by its digit beside Roman numerals (`Kap 1` beside "Kap I" to "Kap III") as its numeral (`_roman_place`):
        # it passed for a quote under "Kap III", unjudged.
        numerals = frozenset(_roman_place(text, mark, places) or mark for mark in marked[1])
        named[text] = indices + [index], marks | (_lettered_title(part, text, places) or numerals)
    return named


def _parts_read(parts: list[str], places: _Places) -> Iterator[tuple[int, str, tuple[str, frozenset[str], tuple[int, int]], str]]:
    """Each of a locator's parts naming numbered places by a heading's words (`_headings_named`): its index, the part
    as read, with the words of the place before it where it goes on with a list after a comma (`3` of `Kap 2, 3` read
    `Kap 3`, `II och IV` of `Kap I, II och IV` read `Kap II och IV`), its marks (`_place_marks`), and the words as the
    source writes them."""
    word = text = None
    for index, part in enumerate(parts):
        going_on = text is not None and (_NUMBERS_ALONE.fullmatch(part) or places.letters_of(text) and (
            _LETTERS_ALONE.fullmatch(part) or _MIXED_ALONE.fullmatch(part)))
        read = f"{word} {part}" if going_on else part
        # A place in small Roman numerals (`Kap i` of `Kap i, 4`) as its capitals, told by its own reason: the list going
        # on after it was read as no place's, and `4` told once `Kap I` was mended.
        raised = _SMALL_NUMERAL.search(part) and not going_on and _numerals_in_capitals(part, places)
        marked = _place_marks(read, places, listed=True) if going_on else _part_marks(raised[0] if raised else part, places)
        if going_on and not _NUMBERS_ALONE.fullmatch(part) and not _LETTERS_ALONE.fullmatch(part):
            marked = _mixed_marks(word, part, places)
        if _two_places(part) and places.writes(part):
            marked = None
        word, text = (marked[0], places.as_written(_stem_and_number(marked[0])[0])) if marked else (None, None)
        if not text or POSITION_WORD.search(text) and text not in _BEGUN_POSITIONS or _A_CAPTION.fullmatch(text):
            word = text = None
            continue
        yield index, read, marked, text


# Digits and Roman numerals or letters mixed in a list going on after a comma (`2 och III` of `Kap I, 2 och III`), not
# a range, whose places between are not known: `_mixed_marks`.
_LIST_JOIN = r"\s*(?:och|samt|eller|respektive|resp\.|[/&+])\s*"
_LIST_JOINED = lazy_regex.compile(_LIST_JOIN)
# A list of numbers by one word, one of them a range (`Kap 1–3 och 5`, `Kap 1 och 3–5`), or three or more (`Kap 1 och 2
# och 3`): `_items_with_a_range`.
_A_RANGE_OF_NUMBERS = rf"\d+\s*[{_RANGE_JOINS}]\s*\d+"
_A_LIST_WITH_A_RANGE = lazy_regex.compile(  # the word may be cut short with a point (`Kap. 1–3 och 5`)
    rf"(?P<word>[^\d,]*[^\W\d]\.?)\s+(?P<marks>(?:{_A_RANGE_OF_NUMBERS}|\d+)"
    rf"(?:{_LIST_JOIN}(?:(?i:(?P=word))\s+)?(?:{_A_RANGE_OF_NUMBERS}|\d+))+)")
# A list of three places or more by one word (`sida 2 och 3 och 4`), which `_two_places` reads not.
_A_LIST_OF_THREE = lazy_regex.compile(  # the word may be cut short with a point (`s. 2 och 3 och 3`)
    rf"(?P<word>[^\d,]*[^\W\d]\.?)\s+(?P<marks>{_SECTION_NUMBER}(?:{_LIST_JOIN}{_SECTION_NUMBER}){{2,}})")
_MIXED_ALONE = lazy_regex.compile(rf"(?:{_SECTION_NUMBER}|{_A_LETTER})(?:{_LIST_JOIN}(?:{_SECTION_NUMBER}|{_A_LETTER}))+")


def _part_marks(part: str, places: _Places) -> Optional[tuple[str, frozenset[str], tuple[int, int]]]:
    """A locator's part's numbered places (`_place_marks`), a list mixing digits with Roman numerals or letters without a
    comma (`Kap I och 3`, `Del A och 2`: `_mixed_place`) each read alone, as after a comma (`_mixed_marks`): it was told
    no line began so, with the generic tip, read as a place »Del A och» marked »2«, and offered `Del A och B`."""
    if (mixed := _mixed_place(part, places)) is None:
        return _place_marks(part, places)
    marked = _mixed_marks(mixed["word"], mixed["marks"], places)
    return marked and (marked[0], marked[1], (mixed.start("marks"), len(part)))


def _mixed_place(part: str, places: _Places) -> Optional[re.Match]:
    """A part naming places by a heading's words and a list mixing digits with Roman numerals or letters (`Kap I och 3`,
    `Del A och 2`: `_A_MIXED_PLACE`) where the source marks the places of those words by such (`_Places.letters_of`),
    read as `Kap I, 3` is (`_mixed_marks`); None for any other, most parts."""
    mixed = _A_MIXED_PLACE.fullmatch(part)
    return mixed if mixed and places.letters_of(places.as_written(_stem_and_number(mixed["word"])[0])) \
        and not places.writes(part) else None


_A_MIXED_PLACE = lazy_regex.compile(rf"(?P<word>\S.*?)\s+(?P<marks>(?=\S*\d|.*\s\d)(?=.*(?<!\w){_A_LETTER}(?!\w))"
                                    rf"(?:{_SECTION_NUMBER}|{_A_LETTER})(?:{_LIST_JOIN}(?:{_SECTION_NUMBER}|{_A_LETTER}))+)")


# Small Roman numerals in a list with digits without a comma (`Kap i och 3`): `_numerals_in_capitals`.
_A_SMALL_NUMERALS_MIXED = lazy_regex.compile(rf"(?P<stem>\S.*?)\s+(?P<marks>(?=.*\d)(?=.*(?<!\w)[ivx]+(?!\w))"
                                             rf"(?:{_SECTION_NUMBER}|[ivx]+)(?:{_LIST_JOIN}(?:{_SECTION_NUMBER}|[ivx]+))+)")


def _mixed_marks(word: str, part: str, places: _Places) -> Optional[tuple[str, frozenset[str], tuple[int, int]]]:
    """The marks of a list going on after a comma that mixes digits with Roman numerals or letters (`2 och III` of
    `Kap I, 2 och III`), each read with the place's `word` (`Kap 2`, `Kap III`) as `_place_marks` reads it; None where
    one is no place's. Read as a place under Kap I alone, `Kap I, 2 och III` was offered `Kap III, 2 och III`."""
    each = [_place_marks(f"{word} {mark}", places) for mark in _LIST_JOINED.split(part)]
    return (each[0][0], frozenset().union(*(marked[1] for marked in each)), (0, len(part))) if all(each) else None


def _parts_judged(parts: list[str], places: _Places) -> list[str]:
    """Each of a locator's parts as `_why_not_named` judges it: one going on with a list after a comma (`4` of `Kap 3,
    4`) as read with the words of the place before it (`Kap 4`: `_parts_read`), as that place: `Kap 3, 4` beside "Kap
    1" to "Kap 3" passed, where `Kap 3 och 4` is told the source has no chapter 4. Digits mixed with numerals (`2 och
    III`) each alone (`Kap 2`, `Kap III`), the first the source has not, if any. Most locators have none such: read
    only where a part after the first is of numbers or letters alone."""
    if not any(_NUMBERS_ALONE.fullmatch(part) or _LETTERS_ALONE.fullmatch(part) or _MIXED_ALONE.fullmatch(part)
               for part in parts[1:]) and not any(_mixed_place(part, places) for part in parts):
        return parts
    judged = list(parts)
    for index, read, _, _ in _parts_read(parts, places):
        mixed = read == parts[index] and _mixed_place(read, places)  # `Kap I och 3`, each alone too
        if not mixed and (read == parts[index] or _NUMBERS_ALONE.fullmatch(parts[index])
                          or _LETTERS_ALONE.fullmatch(parts[index])):
            judged[index] = read
            continue
        word, marks = (mixed["word"] + " ", mixed["marks"]) if mixed else (read[:-len(parts[index])], parts[index])
        each = [f"{word}{mark}" for mark in _LIST_JOINED.split(marks)]
        judged[index] = next((one for one in each if _part_missing(one, places)), each[0])
    return judged


def _letters_apart(part: str, places: _Places) -> Optional[re.Match]:
    """A part naming places of Roman numerals or capital letters together (`Kap II–IV`, `Del B och D`: two ends of
    `_TWO_OF_A_POSITION`) where the source marks each place of those words so (`_Places.letters_of`), for
    `_part_missing` to tell each end as `Kap IV` is; None otherwise. `Kap II–IV` was told "ingen rubrik eller rad i
    källan börjar så"."""
    found = _TWO_OF_A_POSITION.fullmatch(part)
    if found is None or _section(found["first"]) or _section(found["last"]):
        return None
    return found if places.letters_of(places.as_written(_stem_and_number(found["word"])[0])) else None


def _place_marks(part: str, places: _Places, listed: bool = False) -> Optional[tuple[str, frozenset[str], tuple[int, int]]]:
    """A locator's part's numbered places as `_heading_marks` gives them, or places of Roman numerals or letters
    named together (`_letters_together`: `Kap I och II`, read as a place »Kap I och» marked »II»); `listed` for a
    part going on with a list after a comma, read with the words before it (`Kap II och IV` of `Kap I, II och IV`)."""
    return _letters_together(part, places, listed) or _heading_marks(part)


def _letters_together(part: str, places: _Places,
                      listed: bool = False) -> Optional[tuple[str, frozenset[str], tuple[int, int]]]:
    """A part naming places of Roman numerals or capital letters together (`Kap I–III`, `Kap II och III`, `Del A–B`)
    whose ends the source marks each place of those words by (`_Places.letters_of`), as `_heading_marks` gives a
    number's: its words, the marks of its places (a range's between too) and where they stand; None otherwise.
    They were refused, "ingen rubrik eller rad i källan börjar så", where `Kap 2–3` passed. Going on with a list
    after a comma (`listed`: `II och IV` of `Kap I, II och IV`), ends the source has not too, as a number's are
    (`Kap 1, 2 och 4`): the list was read as a place under Kap I alone, and offered `Kap III, II och IV`."""
    if (found := _letters_apart(part, places)) is None:
        return None
    letters = places.letters_of(places.as_written(_stem_and_number(found["word"])[0]))
    ends = found["first"].casefold(), found["last"].casefold()
    if not listed and not all(end in letters for end in ends):
        return None
    roman = _roman(letters)
    first, last = (_mark_order(end, roman) for end in ends)
    marks = ({letter for letter in letters if first <= _mark_order(letter, roman) <= last} | set(ends)
             if found["join"] in _RANGE_JOINS else set(ends))
    return (found["word"], frozenset(marks), (found.start("first"), found.end())) if marks else None


def _lettered_title(part: str, text: str, places: _Places) -> Optional[frozenset[str]]:
    """The lettered part a place's number and a title beginning with its letter name (`Mål 2 b Skola`: "2 b"),
    where the source so letters a part of that place (`_Places.heads` of its words `text`); None otherwise
    ("Mål 3 i skolan"). Read as goal 2's, `Mål 2 b Skola` passed for a quote under "Mål 2 c Polis", and
    `Mål 2 b Polis` was offered `Mål 2 b Skola`, so."""
    titled = _A_TITLED_PLACE.fullmatch(part)
    lettered = _A_LETTER_TITLED.fullmatch(titled["title"]) if titled else None
    mark = frozenset({f"{titled['number']} {lettered['letter'].casefold()}"}) if lettered else None
    return mark if mark in places.heads(text)[1] else None


def _headings_outside(locator: str, quoted: list[int],
                      places: _Places) -> list[tuple[str, list[int], int, Optional[str]]]:
    """The numbered places `locator` names (`_headings_named`) none of which holds a place of the
    quote (`quoted`, where it begins in the normalised text): each stands under a line of the
    places' words that marks another (`_in_place`), or before the first such line, in none of
    them (`Kap 1` of a foreword above "Kap 1 Inledning" passed); their words, the locator's parts
    naming them, and the line the quote's first place stands under and its mark, or the first line
    and None where it stands before it. Not where that is not known: the source
    does not begin each such place with a line of its own, in order (`_Places.in_order`), or lists
    those lines one under another (`_Places.listed`), or begins none named so; or the quote stands
    after a line that may be a wrapped sentence's (`_Places.titles`), or before a first line that
    may be one, or under
    a line of a heading the locator names outside the place (`Ekonomi` of `Ekonomi, Mål 1`) after
    the place's line, where the place may have ended."""
    parts = _locator_parts(locator)
    outside = []
    for text, (indices, marks) in _headings_named(parts, places).items():
        if (not quoted or not places.in_order(text) or places.listed(text)
                or not any(_in_place(mark, under) for mark in marks for (under,) in places.heads(text)[1])):
            continue
        outer = [words for part in parts[:indices[0]] if (words := places.as_written(_stem_and_number(part)[0]))]
        # So a chapter the source heads by its number alone, named before (`2 Mål, Mål 1`: `_bare_chapters_listed`):
        # the place may have ended at the next chapter's line.
        chapters = [start for _, _, start in _bare_chapters(places)] if any(
            _bare_chapters_listed(part, places) for part in parts[:indices[0]]) else []
        first = places.heads(text)[0][0]
        above = [places.head_above(text, at) or (first, None) for at in quoted]
        if all(head[0] in places.titles(text)
               and (head[1] is None or not any(_in_place(mark, under) for mark in marks for under in head[1])
                    and not any(places.begins_between(words, head[0], at) for words in outer)
                    and not any(head[0] < chapter <= at for chapter in chapters))
               for head, at in zip(above, quoted)):
            outside.append((text, indices, above[0][0], above[0][1] and next(iter(above[0][1]))))
    return outside


def _outside_rewritten(parts: list[str], outside: list[tuple[str, list[int], int, Optional[str]]],
                       places: _Places) -> str:
    """A locator's `parts` with the numbered places that hold none of the quote's (`outside`,
    `_headings_outside`) written as the one the quote stands under, by as many numbers as the
    part's (`Kap 3` for `Kap 1–2` under "Kap 3.2", a title dropped: `Kap 3` for `Kap 2 Mål`), a lettered part's
    letter as its line writes it (`_Places.letter_shown`), and those the quote stands before dropped; "" where none is left."""
    written, dropped = {}, set()
    for text, indices, _, under in outside:
        if under is None:  # before the first such line: the locator without those places
            dropped.update(indices)
            continue
        _, marks, (begins, ends) = _part_marks(parts[indices[0]], places)
        depth = min(len(re.split("[. ]", mark)) for mark in marks)
        shown = _mark_cut(places.letter_shown(text, under), depth)  # "Mål 2 B Skola" → `Mål 2 B`
        written[indices[0]] = parts[indices[0]][:begins] + shown + parts[indices[0]][ends:]
        dropped.update(indices[1:])
    return ", ".join(written.get(index, part) for index, part in enumerate(parts) if index not in dropped)


def _quoted_meant(locator: str, places: _Places, quoted: list[tuple[int, int]]) -> Optional[str]:
    """A locator a hint offers (`_locator_hint`), which names places of the source, as one that
    holds the quote too (`quoted`, its places): itself where it does, or where that is not known
    (`_headings_outside`); rewritten as the place the quote stands under where so written it passes
    (`_outside_rewritten`); None where neither. `Kap 2: Skatter` of a quote under "Kap 3" was
    offered `Kap 2 Mål`, which the next run refused for the quote."""
    starts = [start for start, _ in quoted]
    outside = _headings_outside(locator, starts, places)
    if not outside:
        return locator
    meant, passes = _rewritten_to_hold(_locator_parts(locator), outside, starts, places)
    return meant if passes else None


def _rewritten_to_hold(parts: list[str], outside: list[tuple[str, list[int], int, Optional[str]]], quoted: list[int],
                       places: _Places) -> tuple[str, bool]:
    """`parts` written as the place the quote stands under (`_outside_rewritten`), and whether so they pass
    (`_holds_quote`); without the words after a place that then stand outside it (`_without_unwritten`: `Kap 3` for
    `Kap 1, Personal` of chapter 1's heading "Personal", the quote under "Kap 3"), where so they pass."""
    meant = _outside_rewritten(parts, outside, places)
    if _holds_quote(meant, quoted, places):
        return meant, True
    bare = _without_unwritten(meant, places) if meant else None
    return (bare, True) if bare and _holds_quote(bare, quoted, places) else (meant, False)


def _holds_quote(locator: str, quoted: list[int], places: _Places) -> bool:
    """Whether a locator a hint offers passes: it names places of the source, and none of its numbered
    places holds none of the quote's (`quoted`, where it begins: `_headings_outside`)."""
    return bool(locator) and _why_not_named(locator, places) is None and not _headings_outside(locator, quoted, places)


def _heading_not_quoted(locator: str, quote: str, archive: str, source: SourceText,
                        places: _Places) -> Optional[tuple[str, str]]:
    """Why an entry's `quote` (a table's first row's) stands in none of the numbered places its
    `locator` names (`check_quotes_under_named_heading`), and the hint: the locator with those places
    written as the one the quote stands under, by as many numbers as the locator's (`Kap 3` for
    `Kap 1–2` under "Kap 3.2"), where so written it passes; None where the quote stands in one, or
    where that is not known."""
    if not quote or _why_not_named_once(locator, places) and not _elsewhere_alone(locator, quote, places):
        return None
    quoted = [start for start, _ in source.occurrences(quote)]
    outside = _headings_outside(locator, quoted, places)
    if not outside:
        return None
    parts = _locator_parts(locator)
    wheres, saids = [], []
    for text, indices, start, under in outside:
        saids.append(", ".join(parts[index] for index in indices))
        line = source.lines_of((start, start + 1))[0]
        if under is None:  # before the first such line
            wheres.append(f"före {cited(places.head_written(text, start))} (rad {line} i {archive}), källans första "
                          f"{cited(places.spelt(text, text))}, och alltså inte i {saids[-1]}")
        else:
            wheres.append(f"under {cited(places.head_written(text, start))} (rad {line} i {archive}), inte i {saids[-1]}")
    meant, passes = _rewritten_to_hold(parts, outside, quoted, places)
    said = ", ".join(saids)  # the places the locator names, outermost first
    return (f"platsen '{locator}' stämmer inte med citatet: det står {_listed(wheres, 'och')}.",
            (f"Skriv {code(f'locator: {meant}')}, platsen som citatet står under" if passes else
             "Skriv platsen som citatet står under" if meant else _HEADINGS_ABOVE_TIP) + f", eller citera texten i {said}.")


def _bare_chapter_not_quoted(locator: str, quote: str, archive: str, places: _Places) -> Optional[tuple[str, str]]:
    """Why an entry's `quote` (a table's first row's) stands in none of the chapters headed by their numbers
    alone (`_bare_chapters`: "1 Inledning" to "3 Ekonomi") that `locator` names by their lines (`1 Inledning`), and the
    hint, as `_heading_not_quoted` tells a numbered place's: the locator with them written as the one the quote stands
    under (`_bare_chapter_quoted`), where so written it passes; None where the quote stands in one, or it names none,
    or the locator is one `check_locators_exist` refuses (`1 Inledning, Budgeten` of chapter 3's "Budgeten": it offers
    `3 Ekonomi, Budgeten`). `1 Inledning` passed for a quote under "3 Ekonomi", where `Kap 1` beside "Kap 1 Inledning"
    is refused."""
    if not quote or not _bare_chapters(places) or _why_not_named_once(locator, places):
        return None
    quoted = [start for start, _ in places.source.occurrences(quote)]
    parts = _bare_chapter_parts(locator, places)
    named = {part: extents for part in parts if (extents := _bare_chapter_extents(part, places))}
    if not named or not quoted or any(start <= at < end for at in quoted for extents in named.values()
                                      for start, end in extents):
        return None
    heads = _bare_chapters(places)
    above = [(line, start) for _, line, start in heads if start <= quoted[0]]
    said = ", ".join(named)
    if above:
        line, start = above[-1]
        meant = _bare_chapter_quoted(locator, quote, places)
    else:  # before the first such line: the locator without those chapters
        _, line, start = heads[0]
        meant = ", ".join(part for part in parts if part not in named)
        meant = meant if meant and _holds_quote(meant, quoted, places) else None
    row = places.source.lines_of((start, start + 1))[0]
    where = (f"under {cited(line)} (rad {row} i {archive}), inte i {said}" if above else
             f"före {cited(line)} (rad {row} i {archive}), källans första kapitel, och alltså inte i {said}")
    return (f"platsen '{locator}' stämmer inte med citatet: det står {where}.",
            (f"Skriv {code(f'locator: {meant}')}, platsen som citatet står under" if meant else
             "Skriv platsen som citatet står under" if above else _HEADINGS_ABOVE_TIP) + f", eller citera texten i {said}.")


def check_list_items_covered(inputs: Inputs) -> list[LocatedError]:
    """Every list item of a source is quoted by an item or deliberately excluded."""
    errors = []
    for plan, archive, source in _plans_with_sources(inputs):
        if plan.swallowed:
            continue  # its items read as a text's lines are in no list (`texts_waited_for`)
        # Quotes of entries the schema refused still count, and a quote refused itself (too long)
        # too: their errors are reported already.
        quotes = [quote for loc, quote, _ in _quotes(plan.value)] + [r.text for r in plan.refused_quotes]
        report = measure(archive, source, quotes, [e.quote for e in plan.value.excluded])
        loc = ("excluded",) if plan.value.excluded else ("sections",)
        # A list item that a quote misses by a slip: the quote's error names its line as the
        # closest passage, and mending the quote covers it; said twice, it read as missing.
        # So for a quote the schema refused itself (too long), whose own error names the slip.
        unjudged = [refused.text for refused in plan.refused_quotes if not refused.judged]
        missed = [quote for quote in [quote for _, quote in _located_quotes(plan)] + unjudged if source.find(quote) is None]
        lines = {source.closest(quote)[1] for quote in missed}
        # Past the source's budget a quote has no closest line (0): a list item like it is taken
        # as its slip, compared with the few list items left uncovered, not the whole source.
        unplaced = [normalise(quote) for quote in missed if not source.closest(quote)[1]]
        for unit in report.uncovered_list_items:
            if unit.line in lines or any(_alike(quote, normalise(unit.text)) for quote in unplaced):
                continue
            errors.append(plan.error(loc, f"listpunkten på rad {unit.line} i {archive} finns inte med: "
                                          f"{cited(shorten(unit.text))}.",
                                     "Lägg till en punkt som citerar den, eller en post under excluded med quote "
                                     "och reason som förklarar varför den medvetet lämnas utanför.", key=True))
    return errors


def _alike(quote: str, text: str) -> bool:
    """Whether a quote not found reads as `text` with a slip: at least 0.8 of their letters
    shared in order (the cheap bounds first, as a plan may miss hundreds of quotes)."""
    matcher = difflib.SequenceMatcher(None, quote, text, autojunk=False)
    return matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def check_no_placeholders(inputs: Inputs) -> list[LocatedError]:
    """A draft from `new` still holding its placeholder text is not a document yet."""
    errors = []
    for plan in inputs.plans:
        if model.PLACEHOLDER in plan.text:
            errors += _placeholders(plan)
        source = inputs.sources.get(archive_of(plan))
        if source is not None and model.PLACEHOLDER in source.text:
            errors.append(plan.error(("source", "archive"), f"{archive_of(plan)} innehåller mallens platshållartext.",
                                     "Ersätt hela filen med den oförändrade texten ur ert dokument."))
    return errors


def _placeholders(plan: Loaded) -> list[LocatedError]:
    """Each field still holding the placeholder, named; failing that (the text is in an entry
    the schema refused), each line that holds it outside a comment."""
    message, hint = f"{model.PLACEHOLDER_LEFT[0]}.", model.PLACEHOLDER_LEFT[1]
    found = [plan.error(loc, message, hint) for loc, text in _strings(plan.value.model_dump()) if model.PLACEHOLDER in text]
    if found:
        return found
    return [LocatedError(plan.path, number, line.index(model.PLACEHOLDER) + 1, "", message, hint)
            for number, line in enumerate(split_lines(plan.text), start=1)
            if model.PLACEHOLDER in line and not line.lstrip().startswith("#")]  # the draft's comments may name it


def _strings(value: object, loc: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every text of a file's typed value (`model_dump()`), with its location."""
    if isinstance(value, dict):
        for key, entry in value.items():
            yield from _strings(entry, loc + (key,))
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            yield from _strings(entry, loc + (index,))
    elif isinstance(value, str):
        yield loc, value


def check_sources_used(inputs: Inputs) -> list[LocatedError]:
    # A plan that did not load and names no archived text may have meant any of its actor's
    # sources (its own error comes first); while the actors are not known, any source at all.
    ids = _actor_ids(inputs)
    held = {owner_of(path, ids) for path in inputs.unread_plans}
    if None in held and inputs.unread_plans:
        return []
    used = inputs.named_sources
    # A plan that names no source of its own may be the one meant: copied from another
    # actor's plan, or with a slip in its `archive`.
    unsourced = {}
    for plan in inputs.plans:
        # An actor the schema refused (read as a stand-in), or not registered, is known by the file's name.
        actor = _actor_meant(plan, ids)
        if actor is not None and archive_of(plan) is not None and (
                _foreign_archive(plan, actor) or archive_of(plan) not in inputs.source_files):
            unsourced.setdefault(actor, plan)
    errors = []
    for path in inputs.source_files:
        if path in used or (held and owner_of(path, ids) in held):
            continue
        # Its name's prefixes, and those of the name it may have (`bergby-a plan 2024.txt` is
        # bergby-a's), and that name whole: `bergby-a.txt`, the actor's id alone, is bergby-a's too.
        name = PurePosixPath(path)
        own = as_id(name.stem)
        actor = next((actor for actor in (*name_prefixes(name.name), *name_prefixes(own), own) if actor in unsourced),
                     None)
        owner = unsourced[actor] if actor else None
        # A name no `archive` may give (`bergby-a plan 2024.txt`, as GitHub's editor lets one be
        # saved, or `bergby-a.txt`): writing it there was refused; the file takes the name its
        # plan gives, if no file has it.
        wanted = owner.value.source.archive if owner else None
        hint = (f"Bygger {owner.path} på den här texten, byt namn på filen till {wanted}, som planen anger."
                if owner and (not re.fullmatch(model.ARCHIVE_PATTERN, path) or own == actor)
                and wanted not in inputs.source_files
                and not _foreign_archive(owner, _actor_meant(owner, ids)) else
                f"Bygger {owner.path} på den här texten, skriv {code(f'archive: {path}')} där (nu står det "
                f"{owner.value.source.archive})." if owner else
                f"Lägg till planen som citerar den i plans/, eller ta bort filen ur {SOURCES_DIR}/.")
        errors.append(LocatedError(path, 1, 1, "", "ingen plan använder den här källtexten.", hint))
    return errors



# --- comparison pages: free municipality ids, known follow-up references --------------------
def _taken_address(entry_id: str, scope: str, page: str) -> str:
    """The address an id would take from the site: its feed's, where the feed folder already
    has a file of that name (`paths.FEED_FOLDER_NAMES`), else its page's."""
    return paths.feed_file(scope, entry_id) if entry_id in FEED_FOLDER_NAMES else page


def _offered_in_place(stem: str, offered: str, index: int, ids: list[str], what: str) -> str:
    """The id `offered` for the entry at `index` of a registry's `ids` (file order), and where the
    entry then goes when that id sorts elsewhere (`check_registry_sorted` told it a run later); not
    an id another entry (`what`: "ett annat ämne") has, which `validate` would refuse as given twice:
    then only how it begins (`stem`)."""
    before, after = ids[:index], ids[index + 1:]
    if offered in before + after:  # 'dokument-amne' beside a topic of that id: refused as given twice
        return f"'{stem}-…'; inte '{offered}', som {what} har."
    if (not before or before[-1] < offered) and (not after or offered < after[0]):
        return f"'{offered}'."
    return (f"'{offered}'. Med '{offered}' flyttar du hela posten så att den står "
            f"{_place_among(offered, sorted(before + after), [])}: registret sorteras på id.")


def check_municipality_ids_free(inputs: Inputs) -> list[LocatedError]:
    """A municipality's pages live at /<id>/, so its id must not be one of the site's own paths."""
    registry = inputs.municipalities
    ids = [municipality.id for municipality in registry.value.municipalities]
    return [registry.error(("municipalities", index, "id"),
                           f"id '{municipality.id}' är redan en adress på webbplatsen "
                           f"(/{_taken_address(municipality.id, 'municipality', municipality.id + '/')}).",
                           "Välj ett annat id, t.ex. "
                           f"{_offered_in_place(municipality.id, municipality.id + '-kommun', index, ids, 'en annan kommun')} "
                           f"Upptagna: {', '.join(RESERVED_TOP_LEVEL)}.")
            for index, municipality in enumerate(registry.value.municipalities) if municipality.id in RESERVED_TOP_LEVEL]


def _actor_id_example(actor: model.Actor, index: int, ids: list[str]) -> str:
    """How an actor's id is made, with the one its municipality and short name make (and where the
    entry then goes), unless another actor has that id."""
    offered = f"{actor.municipality}-{as_id(actor.short) or 'parti'}"
    return ("Ett aktörs-id är <kommunens id>-<kort namn>, t.ex. "
            f"{_offered_in_place(actor.municipality, offered, index, ids, 'en annan aktör')}")


def check_actor_ids_free(inputs: Inputs) -> list[LocatedError]:
    """An actor's page is /partier/<id>/: `index` would replace the list of every actor."""
    registry = inputs.actors
    ids = [actor.id for actor in registry.value.actors]
    return [registry.error(("actors", index, "id"), f"id '{actor.id}' är redan en adress på webbplatsen "
                           f"(/{_taken_address(actor.id, 'actor', f'partier/{actor.id}/')}).",
                           _actor_id_example(actor, index, ids))
            for index, actor in enumerate(registry.value.actors) if actor.id in RESERVED_ACTOR_IDS]


def check_topic_ids_free(inputs: Inputs) -> list[LocatedError]:
    """A topic's comparison pages live at /<municipality>/<topic id>/, beside the municipality's
    own pages (its documents, its table, its coverage), so a topic id must not be one of theirs."""
    registry = inputs.topics
    municipalities = inputs.municipalities.value.municipalities if _sound(inputs.municipalities) else []
    example = next((m.id for m in municipalities), "kommun")
    ids = [topic.id for topic in registry.value.topics]
    return [registry.error(("topics", index, "id"),
                           f"id '{topic.id}' är redan en adress " + (
                               f"på webbplatsen (/{paths.feed_file('topic', topic.id)})" if topic.id in FEED_FOLDER_NAMES
                               else f"under varje kommun (/{example}/{topic.id}/)") + ".",
                           "Välj ett annat id, t.ex. "
                           f"{_offered_in_place(topic.id, topic.id + '-amne', index, ids, 'ett annat ämne')} "
                           f"Upptagna: {', '.join(RESERVED_IN_MUNICIPALITY)}.")
            for index, topic in enumerate(registry.value.topics) if topic.id in RESERVED_IN_MUNICIPALITY]


def _plan_id(plan: Loaded) -> str:
    return PurePosixPath(plan.path).stem if _stood_in(plan, "id") else plan.value.id


def check_follow_ups_known(inputs: Inputs) -> list[LocatedError]:
    """`follows_up: <plan id>#<item id>` must name an item of a plan on the site, by the same
    actor, from a follow-up of promises: the original's page shows the follow-up and its state,
    so one party must not put a verdict on another party's promise."""
    # Items the schema refused for another fault are there all the same (`Loaded.refused_ids`),
    # and a plan that did not load at all may hold the item: its own errors come first.
    # A plan whose id or actor the schema refused (read as a stand-in) is known by its file's
    # name, and has no actor to compare.
    known = {_plan_id(plan): {item.id for item in plan.value.items()} | {r.text for r in plan.refused_ids}
             for plan in inputs.plans}
    owners = {_plan_id(plan): plan.value.actor for plan in inputs.plans if not _stood_in(plan, "actor")}
    # A plan that reads lines of its items as a text's may have the item there (`texts_waited_for`).
    swallowed = {_plan_id(plan) for plan in inputs.plans if plan.swallowed}
    # A plan file that did not load is known by its name, and its actor by that name too.
    ids = _actor_ids(inputs)
    unloaded = {PurePosixPath(path).stem: owner_of(path, ids) for path in inputs.unloaded_plans}
    owners.update({stem: actor for stem, actor in unloaded.items() if actor is not None and stem not in owners})
    errors = []
    for plan in inputs.plans:
        # (where to say it, the reference): the typed items', and those the schema refused for another fault.
        references = [(functools.partial(plan.error, loc + ("follows_up",)), entry.follows_up)
                      for loc, entry in _entries(plan.value) if getattr(entry, "follows_up", None) is not None]
        references += [(functools.partial(refused.error, plan.path), refused.text) for refused in plan.refused_follow_ups]
        for error, reference in references:
            plan_id, _, item_id = reference.partition("#")
            kind = _given(plan, "kind")
            if kind is not None and kind != "promise-follow-up":
                what, hint = model.FOLLOWS_UP_OUTSIDE_FOLLOW_UP
                errors.append(error(f"{what}, och det här dokumentet har kind: {kind}.", model.said(hint)))
            elif plan_id == _plan_id(plan):  # the editor audit: it passed, and was offered as the plan meant
                errors.append(error("punkten hänvisar till en punkt i samma dokument; en uppföljning följer upp löften "
                                    "i ett annat dokument.", "Skriv id:t för dokumentet med det ursprungliga löftet, #, "
                                    "och löftets id; finns det dokumentet inte på webbplatsen, ta bort follows_up."))
            elif plan_id in owners and owners[plan_id] != plan.value.actor and not _stood_in(plan, "actor"):
                errors.append(error(f"'{plan_id}' tillhör aktören {owners[plan_id]}; en "
                                    f"uppföljning följer upp sin egen aktörs ({plan.value.actor}) löften.",
                                    "Ta bort follows_up. En annan aktörs löften följs upp i den aktörens egen uppföljning."))
            elif plan_id not in known:
                if plan_id in unloaded:
                    continue  # the plan is there but did not load: its own errors say why
                errors.append(error(f"okänt plan-id '{plan_id}'.",
                                    _follow_up_meant(plan_id, item_id, {k: v for k, v in known.items()
                                                                        if k != _plan_id(plan)}, unloaded, owners,
                                                     None if _stood_in(plan, "actor") else plan.value.actor)
                                    + "Skriv <planens id>#<punktens id> för ett dokument som finns i plans/; "
                                    "finns det ursprungliga dokumentet inte på webbplatsen, ta bort follows_up."))
            elif item_id not in known[plan_id] and plan_id not in swallowed:
                close = difflib.get_close_matches(item_id, sorted(known[plan_id]), n=1, cutoff=0.6)
                errors.append(error(f"planen '{plan_id}' har ingen punkt '{item_id}'.",
                                    (f"Menade du '{plan_id}#{close[0]}'? " if close else "")
                                    + f"Punkternas id står under id: i plans/{plan_id}.yaml."))
    return errors + _follow_up_rings(inputs)


def _follow_up_rings(inputs: Inputs) -> list[LocatedError]:
    """Follow-ups that follow each other up in a ring (A follows up B, B follows up A) passed:
    each page showed the other as the original promise, which neither is. Said at each item of
    the ring; a reference within its own document is said as such above. One pass over the
    items, then the follow-ups alone."""
    followed, where = {}, {}
    for plan in inputs.plans:
        plan_id = _plan_id(plan)
        for loc, item in _items(plan.value):
            if item.follows_up:
                followed[plan_id, item.id] = tuple(item.follows_up.split("#", 1))
                where[plan_id, item.id] = plan, loc
    errors = []
    for start, first in followed.items():
        if first[0] == start[0]:
            continue
        seen, step = set(), first
        while step in followed and step not in seen and step != start:
            seen.add(step)
            step = followed[step]
        if step == start:
            plan, loc = where[start]
            errors.append(plan.error(loc + ("follows_up",), f"punkten följer upp {'#'.join(first)}, som "
                                     "genom follows_up leder tillbaka hit: uppföljningarna följer upp varandra i en ring.",
                                     "Låt follows_up peka på löftet i dokumentet där det gavs, inte på en "
                                     "uppföljning av det."))
    return errors


def _follow_up_meant(plan_id: str, item_id: str, known: dict[str, set[str]], unloaded: dict[str, Optional[str]],
                     owners: dict[str, str], actor: Optional[str]) -> str:
    """"Menade du …?" for a reference to an unknown plan: the closest plan of the follow-up's own
    actor (another's is the next error), with the closest of its items when the item is not
    one of them (the hint audit followed a corrected plan with the misspelt item still in it)."""
    plans = [other for other in [*known, *unloaded] if actor is None or owners.get(other, actor) == actor]
    close = difflib.get_close_matches(plan_id, plans, n=1, cutoff=0.6)
    if not close:
        return ""
    meant = close[0]
    if meant not in known or item_id in known[meant]:
        return f"Menade du '{meant}#{item_id}'? "
    item = difflib.get_close_matches(item_id, sorted(known[meant]), n=1, cutoff=0.6)
    if item:
        return f"Menade du '{meant}#{item[0]}'? "
    return f"Menade du planen '{meant}'? Den har ingen punkt '{item_id}': punkternas id står under id: i plans/{meant}.yaml. "


REGISTRY_RULES: tuple[Rule, ...] = (check_registry_ids_unique, check_registry_names_unique, check_municipality_other_names,
                                    check_topic_keywords_once,
                                    check_registry_sorted, check_terms_follow_each_other,
                                    check_terms_name_their_years,
                                    check_actor_municipality_known, check_actor_ids_name_their_municipality,
                                    check_municipality_ids_free, check_actor_ids_free,
                                    check_topic_ids_free)
PLAN_RULES: tuple[Rule, ...] = (
    check_plan_id_matches_file, check_plan_ids_unique, check_plan_actor, check_plan_actor_municipality,
    check_plan_municipality_known,
    check_schema_line, check_one_dating, check_follow_up_status, check_promises_followed_up, check_entry_ids_unique,
    check_entry_ids_free, check_item_count,
    check_topics_known, check_commitments_on_named_topics, check_emphasis_as_quoted,
    check_topics_not_repeated, check_quotes_found, check_quotes_meaningful, check_quotes_leave_out_page_furniture,
    check_list_items_covered,
    check_figures_quoted, check_row_figures_in_order, check_row_labels_quoted, check_rows_in_one_table,
    check_table_columns_once, check_table_rows_once, check_table_headings_quoted,
    check_units_quoted, check_data_sources_quoted,
    check_section_headings_quoted, check_source_title_quoted, check_dating_quoted, check_dating_not_after_retrieval,
    check_risk_scores_quoted, check_risk_controls_quoted,
    check_approximate_as_quoted, check_indicator_years_quoted, check_indicator_roles_quoted, check_locators_exist,
    check_quotes_in_named_appendix, check_quotes_under_named_heading, check_locator_places_once,
    check_no_placeholders, check_sources_used, check_follow_ups_known, check_archive_is_the_actors,
)


# The plan rules that compare plans with each other; every other plan rule looks at one plan
# at a time (with the registries and its source).
CROSS_PLAN_RULES: tuple[Rule, ...] = (check_plan_ids_unique, check_sources_used, check_follow_ups_known)


# The plan rules that compare a plan with a registry (its actor, municipality, topics), and
# the registry each reads. While that registry is refused the rule waits; the others run: a
# mistake in actors.yaml does not hide an unknown topic. The other plan rules read only plans
# and sources.
REGISTRY_READING_RULES: dict[Rule, str] = {check_plan_actor: "actors", check_plan_actor_municipality: "actors",
                                           check_plan_municipality_known: "municipalities",
                                           check_topics_known: "topics", check_commitments_on_named_topics: "topics",
                                           check_emphasis_as_quoted: "actors"}
# Of those, the rules that read what another registry's rule judges in their registry (an
# actor's municipality, `check_actor_municipality_known`): they wait for that judgement too
# (`_unjudged`), while the others compare the plans with the registry at once.
REGISTRY_READING_JUDGED: tuple[Rule, ...] = (check_plan_actor_municipality,)
# And the rules that read only the registry's ids (whether a plan's actor, municipality or
# topic is registered): they compare as soon as every id is known, once (`_ids_compared`), whatever
# else is wrong in the registry. A party office that adds itself and its first plan, and
# leaves out a field of its entry, learns of an unknown topic or actor in its plan at once. The
# emphasis rule reads the actors' names too, of the entries that loaded: a word in capitals is
# no emphasis when it names an actor, and waiting for the whole registry would hold back every
# exclamation mark and emoji of the plans.
REGISTRY_IDS_READING: tuple[Rule, ...] = (check_plan_actor, check_plan_municipality_known, check_topics_known,
                                          check_emphasis_as_quoted)
# What the closing note says each of the other rules has not compared, and with what, while
# it waits (`registries_waited_for`).
_NOT_COMPARED: dict[Rule, tuple[str, str]] = {
    check_plan_actor_municipality: ("planernas kommuner", "aktörernas i {file}"),
    check_commitments_on_named_topics: ("punkternas texter", "ämnenas namn i {file}"),
}


# The registries each registry rule reads. While one of them is refused by its schema the rule
# waits; the others run, so a mistake in actors.yaml does not hide a repeated id or a misplaced
# entry in topics.yaml. The two rules that go through every registry in turn skip a refused one
# themselves (none listed); a rule not listed here reads them all, and waits for them all.
ALL_REGISTRIES = tuple(name for name, _ in REGISTRY_FILES)
REGISTRY_RULE_READS: dict[Rule, tuple[str, ...]] = {
    check_registry_ids_unique: (), check_registry_names_unique: (), check_registry_sorted: (),
    check_terms_follow_each_other: ("terms",), check_terms_name_their_years: ("terms",),
    check_actor_municipality_known: ("actors", "municipalities"),
    check_actor_ids_name_their_municipality: ("actors",), check_municipality_ids_free: ("municipalities",),
    check_actor_ids_free: ("actors",), check_topic_ids_free: ("topics",),
    check_municipality_other_names: ("municipalities",), check_topic_keywords_once: ("topics",),
}
# Of those, the registries a rule judges entry by entry: what loaded of them is enough (the
# entries the schema refused are left out, `load.validate`'s salvage), since an entry left out
# changes nothing in the verdict on another. Three mistakes in one registry (a missing name, a
# repeated id, an unknown municipality) took three rounds of `validate`. An entry is not judged
# against a registry that lost entries: an actor of a municipality whose entry was refused
# would be told the municipality is unknown. Repeated ids are looked for among what loaded.
REGISTRY_RULE_TAKES_WHAT_LOADED: dict[Rule, tuple[str, ...]] = {
    check_terms_name_their_years: ("terms",), check_actor_municipality_known: ("actors",),
    check_actor_ids_name_their_municipality: ("actors",), check_municipality_ids_free: ("municipalities",),
    check_actor_ids_free: ("actors",), check_topic_ids_free: ("topics",),
    check_municipality_other_names: ("municipalities",), check_topic_keywords_once: ("topics",),
}
# And the registries whose ids alone a rule reads (an actor's municipality is registered): it
# runs as soon as they are known, once each (`_ids_compared`).
REGISTRY_RULE_TAKES_IDS: dict[Rule, tuple[str, ...]] = {check_actor_municipality_known: ("municipalities",)}


def _registry_rule_runs(rule: Rule, inputs: Inputs) -> bool:
    """Whether `rule` can run: each registry it reads is whole, or loaded and read entry by
    entry; one whose ids alone it reads, once they can be compared with (`_ids_compared`), also
    when it loaded whole: a municipality's id entered twice would have every actor of the
    municipality mistyped told its municipality is unknown."""
    partial, ids = REGISTRY_RULE_TAKES_WHAT_LOADED.get(rule, ()), REGISTRY_RULE_TAKES_IDS.get(rule, ())
    for name in REGISTRY_RULE_READS.get(rule, ALL_REGISTRIES):
        loaded = getattr(inputs, name)
        if not (_ids_compared(loaded, name) if name in ids else
                _sound(loaded) or (name in partial and loaded is not None)):
            return False
    return True


def run_checks(inputs: Inputs, cache: Optional["CheckCache"] = None, linked: bool = True,
               rules: Optional[Collection[Rule]] = None) -> list[LocatedError]:
    """Every rule over everything that loaded, or only `rules` (a past revision's,
    `REVISION_RULES`). Each registry rule runs on the registries it
    reads that loaded whole; plans are compared with a registry only once it is sound, and
    every other plan rule runs regardless, so a party office that adds itself and its first
    plan in one pull request sees the errors of both at once. With a `cache` (kept by
    `mkdocs serve`) the one-plan rules run only for plans that changed; the errors are the same.
    For inputs not to be `linked`, workers keep where they found the quotes to themselves."""
    for source in inputs.sources.values():  # a run's own budget, also for sources kept between rebuilds
        source.renew_closest_budget()
    found = _registry_errors(inputs, rules)
    errors = [error for found_errors in found.values() for error in found_errors]
    if errors or not inputs.registries_ok:
        return errors + _rules_without_registries(inputs, found, rules)
    plan_rules = _chosen(PLAN_RULES, rules)
    if cache is None:
        return _plan_rules_on_every_core(inputs, linked, plan_rules)
    found = cache.found(inputs, [rule for rule in plan_rules if rule not in CROSS_PLAN_RULES])
    return [error for rule in plan_rules
            for error in (rule(inputs) if rule in CROSS_PLAN_RULES else
                          [error for plan in found for error in plan[rule]])]


def _chosen(listed: tuple[Rule, ...], rules: Optional[Collection[Rule]]) -> tuple[Rule, ...]:
    """The rules of `listed` that are to run, in their order: all of them, or those in `rules`."""
    return listed if rules is None else tuple(rule for rule in listed if rule in rules)


def _registry_errors(inputs: Inputs, rules: Optional[Collection[Rule]] = None) -> dict[Rule, list[LocatedError]]:
    """What each registry rule (of `rules`, default all) that can run found."""
    return {rule: rule(inputs) for rule in _chosen(REGISTRY_RULES, rules) if _registry_rule_runs(rule, inputs)}


def _sound_registries(inputs: Inputs, found: dict[Rule, list[LocatedError]]) -> set[str]:
    """The registries the plans can be compared with: loaded whole, with no error of a rule.
    An entry out of order, with an easy-read text too hard to read, with another's name or with
    a keyword written twice, is still a sound entry: the plans are compared with that registry at once, so that moving a
    renamed topic into place, or rewording a text or a name, does not reveal the plans' errors after."""
    refused = {error.path for rule, found_errors in found.items()
               if rule not in (check_registry_sorted, check_registry_names_unique, check_easy_read_lix,
                               check_topic_keywords_once)
               for error in found_errors}
    return {name for name, file in REGISTRY_FILES
            if (loaded := getattr(inputs, name)) is not None and loaded.complete and f"{REGISTRY_DIR}/{file}" not in refused}


def _unjudged(found: dict[Rule, list[LocatedError]], rules: Optional[Collection[Rule]] = None) -> dict[str, list[str]]:
    """The registries whose entries a rule has not judged, since another registry it reads is
    refused, with those: an actor's municipality never compared with the municipality
    registry is none to compare a plan's with ("Skriv `municipality: ebby`"). (Only the actors'
    municipalities are judged so: `check_actor_municipality_known`.) A rule left out of
    `rules` (a past revision's, `run_checks`) judges nothing, and waits for nothing."""
    unjudged: dict[str, list[str]] = {}
    for rule, judged in REGISTRY_RULE_TAKES_WHAT_LOADED.items():
        if rule not in found and (rules is None or rule in rules):
            for name in judged:
                unjudged.setdefault(name, []).extend(read for read in REGISTRY_RULE_READS[rule] if read not in judged)
    return unjudged


def _rules_without_registries(inputs: Inputs, found: dict[Rule, list[LocatedError]],
                              rules: Optional[Collection[Rule]] = None) -> list[LocatedError]:
    """The plan rules (of `rules`, default all) that can run while some registry is unsound:
    those reading no registry, and those whose registry is sound (and judged, for
    `REGISTRY_READING_JUDGED`)."""
    sound, unjudged = _sound_registries(inputs, found), _unjudged(found, rules)
    runnable = [rule for rule in _chosen(PLAN_RULES, rules)
                if rule not in REGISTRY_READING_RULES or _compares(rule, inputs, sound, unjudged)]
    return [error for rule in runnable for error in rule(inputs)]


def _compares(rule: Rule, inputs: Inputs, sound: set[str], unjudged: dict[str, list[str]]) -> bool:
    """Whether a plan rule that reads a registry (`REGISTRY_READING_RULES`) can run."""
    name = REGISTRY_READING_RULES[rule]
    if rule in REGISTRY_IDS_READING:
        return _ids_compared(getattr(inputs, name), name)
    return name in sound and not (rule in REGISTRY_READING_JUDGED and name in unjudged)


def registries_waited_for(inputs: Inputs, errors: Collection[LocatedError] = ()) -> list[tuple[str, str, str]]:
    """What the plans were not compared with, as (what, with what, why): a registry with
    errors, whole where its ids cannot be compared with (`_ids_compared`), or else what its
    rules read beyond them (an actor's municipality, a topic's names); or an actor's
    municipality that waits for the municipality registry to be judged (`_unjudged`). The plans' errors against
    them come when those are mended, which `validate` says, so that a second round of errors
    is no surprise. Where registry/ itself could not be read (an error of `errors` on the
    folder), no registry was, and that is said once."""
    if not inputs.plans:
        return []
    if any(error.path == REGISTRY_DIR for error in errors):
        return [("planerna", "registren", f"eftersom mappen {REGISTRY_DIR}/ inte kunde läsas")]
    found = _registry_errors(inputs)
    sound, unjudged, named = _sound_registries(inputs, found), _unjudged(found), dict(REGISTRY_FILES)
    waited = []
    for name, file in REGISTRY_FILES:
        rules = [rule for rule, read in REGISTRY_READING_RULES.items() if read == name]
        waiting = [rule for rule in rules if not _compares(rule, inputs, sound, unjudged)]
        if not waiting:
            continue
        path = f"{REGISTRY_DIR}/{file}"
        why = ("som har fel" if name not in sound
               else "som väntar på " + " och ".join(f"{REGISTRY_DIR}/{named[other]}" for other in unjudged[name]))
        if waiting == rules:
            waited.append(("planerna", path, why))
        else:
            waited += [(_NOT_COMPARED[rule][0], _NOT_COMPARED[rule][1].format(file=path), why) for rule in waiting]
    return waited


def texts_waited_for(inputs: Inputs) -> list[tuple[str, str, str]]:
    """What was not compared with a plan, as (what, with what, why): the plan has a text over
    lines that reads lines of its fields as its own (`Loaded.swallowed`, a `quote: >-` moved
    left with its text), so the items on them are in no list. Each list item of its source
    they quote would be said to be missing (the hint audit: hundreds, for one text moved), and
    each item a follow-up names there to be no item of the plan."""
    waited = []
    for plan in inputs.plans:
        if not plan.swallowed:
            continue
        why = "där " + " och ".join(f"rad {text.line + 1}–{text.end} läses som texten i {code(text.key)} (rad {text.line})"
                                    for text in plan.swallowed)
        archive = archive_of(plan)
        if archive in inputs.sources:
            waited.append((f"listpunkterna i {archive}", plan.path, why))
        waited += [(f"uppföljningen i {other.path}", plan.path, why) for other in inputs.plans
                   if other is not plan and _plan_id(plan) in _plans_followed_up(other)]
    return waited


def _plans_followed_up(plan: Loaded) -> set[str]:
    """The ids of the plans whose items `plan` follows up (`follows_up: <plan>#<item>`)."""
    references = [entry.follows_up for _, entry in _entries(plan.value) if getattr(entry, "follows_up", None)]
    return {reference.partition("#")[0] for reference in references + [r.text for r in plan.refused_follow_ups]}


def sources_waited_for(inputs: Inputs, errors: list[LocatedError]) -> list[tuple[str, str, str]]:
    """Whose quotes were not compared with their archived text, as (what, with what, why): the
    text has errors of its own by which it could not be read as it is meant (a letter lost,
    U+FFFD; bytes that are no UTF-8), so a wrong quote in those plans is said in the next round,
    as `validate` says (`registries_waited_for`); or sources/ itself could not be read, and no
    plan's quotes were compared (the plans' archived texts are not said to be missing then)."""
    if inputs.plans and any(error.path == SOURCES_DIR for error in errors):
        return [("citaten i planerna", "källtexterna", f"eftersom mappen {SOURCES_DIR}/ inte kunde läsas")]
    broken = {error.path for error in errors if error.path.startswith(f"{SOURCES_DIR}/")}
    waited = []
    for plan in inputs.plans:
        archive = archive_of(plan)
        if archive in broken and archive not in inputs.sources:
            waited.append((f"citaten i {plan.path}", archive, "som har fel"))
        elif archive is None or archive not in inputs.source_files:
            # `archive` refused or naming no file, said at `source.archive` without a word of the
            # quotes: the party-office audit's wrong quotes came a round later, unannounced. (An
            # empty text, or another actor's, has its error say so.)
            waited.append((f"citaten i {plan.path}", "sin källtext", coded("eftersom `source.archive` har fel")))
    return waited


# Below this many plans, starting a worker costs more than checking on one core saves.
PARALLEL_FROM_PLANS = 200


def _plan_rules_on_every_core(inputs: Inputs, linked: bool, plan_rules: tuple[Rule, ...]) -> list[LocatedError]:
    """Every plan rule (of `plan_rules`) over every plan. For many plans the one-plan rules run on every core,
    each process on its own run of consecutive plans; since each rule lists its errors plan
    by plan, joining the runs' errors rule by rule gives the errors of one run. Where the
    inputs are to be `linked`, each worker hands back what linking reads of its sources."""
    one_plan = [rule for rule in plan_rules if rule not in CROSS_PLAN_RULES]

    def check(run: range) -> tuple[list[list[LocatedError]], dict[str, tuple[dict, dict]]]:
        some = replace(inputs, plans=inputs.plans[run.start:run.stop])
        errors = [rule(some) for rule in one_plan]
        # Where the quotes were found and how much of each source they cover: linking needs
        # the same, and this process may be a worker whose findings would end with it. (For
        # `validate`, which does not link, about 5 MB at 1,000 plans not pickled for nothing.)
        if not linked:
            return errors, {}
        sources = {archive: source for _, archive, source in _plans_with_sources(some)}
        return errors, {archive: (source.found(), measured(source)) for archive, source in sources.items()}

    processes = workers.process_count(len(inputs.plans), PARALLEL_FROM_PLANS)
    shares = workers.in_shares(check, workers.runs(len(inputs.plans), processes))
    for _, findings in shares[1:]:
        for archive, (found_quotes, reports) in findings.items():
            inputs.sources[archive].add_found(found_quotes)
            add_measured(inputs.sources[archive], reports)
    found = {rule: [error for share, _ in shares for error in share[index]] for index, rule in enumerate(one_plan)}
    return [error for rule in plan_rules for error in (rule(inputs) if rule in CROSS_PLAN_RULES else found[rule])]


class CheckCache:
    """What the one-plan rules found in each plan, kept between the rebuilds of `mkdocs serve`.

    The serve cache (`load.LoadCache`) hands back the very same parsed objects for files
    whose bytes did not change. A plan's findings are reused while the plan, its source and
    the four registries are the objects they were found in; otherwise the rules run again
    on that plan alone. Each rule lists its errors plan by plan, so putting the plans'
    findings side by side, rule by rule, gives the errors of one run over every plan. A rule
    asked for that has not run on a plan yet (a revision read with `REVISION_RULES`, then one
    with every rule) runs on it then."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple, dict[Rule, list[LocatedError]]]] = {}
        self._in_files: dict[tuple[Callable, str], tuple[Loaded, list[LocatedError]]] = {}

    def in_file(self, judge: Callable[[Loaded], list[LocatedError]], file: Loaded) -> list[LocatedError]:
        """What `judge`, which reads the file alone, found in `file`: found again only in a file
        parsed anew (its bytes changed), not in the very object it was found in."""
        known = self._in_files.get((judge, file.path))
        if known is None or known[0] is not file:
            known = self._in_files[(judge, file.path)] = (file, judge(file))
        return known[1]

    def found(self, inputs: Inputs, rules: list[Rule]) -> list[dict[Rule, list[LocatedError]]]:
        """What each of the one-plan `rules` found in each plan, plan by plan."""
        registries = (inputs.municipalities, inputs.actors, inputs.topics, inputs.terms)
        known, self._known = self._known, {}
        result = []
        for plan in inputs.plans:
            made_from = (plan, inputs.sources.get(archive_of(plan)), *registries)
            previous = known.get(plan.path)
            reusable = previous is not None and all(old is new for old, new in zip(previous[0], made_from))
            findings = dict(previous[1]) if reusable else {}
            missing = [rule for rule in rules if rule not in findings]
            if missing:
                alone = replace(inputs, plans=[plan])
                findings.update((rule, rule(alone)) for rule in missing)
            self._known[plan.path] = (made_from, findings)
            result.append(findings)
        return result


def check_easy_read_lix(inputs: Inputs) -> list[LocatedError]:
    """Every topic's lättläst text has LIX ≤ 35; a harder one names its long sentences and words."""
    from .readability import EASY_READ_MAX, readability  # here, so this rule stays one block of the file

    errors = []
    for index, topic in enumerate(inputs.topics.value.topics):
        measured = readability(topic.easy_read)
        if measured.lix <= EASY_READ_MAX:
            continue
        # A whole number where it shows the fault; 35,3 where the whole number is the limit
        # itself (the documentation audit: "har LIX 35 men får ha högst 35").
        # In tenths, and above the limit however little: 35,03 is "35,1", never "35,0" (the third review).
        shown = (measured.score if measured.score > EASY_READ_MAX
                 else f"{max(round(measured.lix, 1), EASY_READ_MAX + 0.1):.1f}".replace(".", ","))
        parts = [f"den lättlästa texten har LIX {shown} men får ha högst {EASY_READ_MAX}."]
        if measured.long_sentences():
            parts.append("Långa meningar: " + "; ".join(f"{cited(shorten(s.text, 120))} ({s.words} ord)"
                                                        for s in measured.long_sentences()) + ".")
        if measured.long_words:
            parts.append("Långa ord: " + ", ".join(measured.distinct_long_words()[:12]) + ".")
        errors.append(inputs.topics.error(("topics", index, "easy_read"), " ".join(parts),
                                          "Dela långa meningar (högst 15 ord) och byt långa ord mot korta, "
                                          "t.ex. 'Kommunen hjälper barn som inte kan bo hemma.'"))
    return errors


REGISTRY_RULES += (check_easy_read_lix,)
REGISTRY_RULE_READS[check_easy_read_lix] = ("topics",)
REGISTRY_RULE_TAKES_WHAT_LOADED[check_easy_read_lix] = ("topics",)


# --- the rules a past revision is read with -------------------------------------------------
# The change history (the changelog, the feeds) and a pull request's summary read earlier
# revisions of plans/, registry/ and sources/ from git (`changes.site_at`) and compare their
# linked models. A revision is read with the rules the linked model needs to be built and
# compared correctly: every id known and once, every quote found (an item's lines, a
# document's coverage), every reference resolved, every document in one term. The other
# rules judge how a plan or a registry is written (a figure quoted as the source writes it,
# a topic named in a text, an entry in order); a revision that broke one of them still reads
# as what it said, and the history goes on past it. Were a past revision read with every
# rule, each new rule that an older file breaks would cut the history at the commit that
# mended the file. The current files (`validate`, the site's build) keep every rule.
# Each rule stands in one of the two lists (`tests/test_checks.py` holds it so): a new rule
# is placed consciously, in `CURRENT_ONLY_RULES` unless linking or comparing relies on it.
REVISION_RULES: tuple[Rule, ...] = (
    # Ids: `link` makes dicts by id, and `changes` matches entries across revisions by id,
    # and a registry entry whose id changed by its name (`scope.paired_ids`).
    check_registry_ids_unique, check_registry_names_unique, check_plan_ids_unique, check_entry_ids_unique,
    # References that `link` looks up: an unknown one is a KeyError, a wrong one a plan in
    # the wrong municipality; a topic twice on an entry would count it twice.
    check_actor_municipality_known, check_plan_actor, check_plan_actor_municipality, check_plan_municipality_known,
    check_topics_known, check_topics_not_repeated, check_follow_ups_known,
    # Terms: each dated document in exactly one term (`link._term_of`), by one dating.
    check_terms_follow_each_other, check_one_dating,
    # Quotes: each item has the lines it quotes, and the coverage counts what was quoted and
    # excluded, only where the source is the actor's own (others' are not searched).
    check_archive_is_the_actors, check_quotes_found,
)
CURRENT_ONLY_RULES: tuple[Rule, ...] = (
    # How a registry is written: order, names, readability, ids that pages' paths reserve.
    check_registry_sorted, check_terms_name_their_years, check_actor_ids_name_their_municipality,
    check_municipality_ids_free, check_municipality_other_names, check_topic_keywords_once, check_actor_ids_free,
    check_topic_ids_free, check_easy_read_lix,
    # How a plan is written: its file, its form, its wording as the source's.
    check_plan_id_matches_file, check_schema_line, check_follow_up_status, check_promises_followed_up,
    check_entry_ids_free, check_item_count, check_commitments_on_named_topics, check_emphasis_as_quoted,
    check_quotes_meaningful, check_list_items_covered, check_figures_quoted, check_row_figures_in_order,
    check_row_labels_quoted, check_rows_in_one_table, check_table_columns_once, check_table_rows_once,
    check_table_headings_quoted, check_units_quoted,
    check_data_sources_quoted, check_section_headings_quoted, check_source_title_quoted, check_dating_quoted,
    check_dating_not_after_retrieval, check_risk_scores_quoted, check_risk_controls_quoted, check_approximate_as_quoted,
    check_indicator_years_quoted, check_indicator_roles_quoted, check_locators_exist, check_quotes_in_named_appendix,
    check_quotes_under_named_heading, check_locator_places_once,
    check_no_placeholders, check_sources_used, check_quotes_leave_out_page_furniture,
)


# --- warnings: what the site shows other than the writer may expect, but is still valid -------
# `validate` prints them and exits 0; under GitHub Actions they are `::warning` annotations.
# Every text is shown as typed (`escape.html_text`), so formatting written into a text shows
# its marks. Only a pair or a whole tag of HTML's common elements counts: a lone `*` after a
# figure, `<` or `>` between spaces, `<reviderad>` or `_` inside a word is plain text and not
# warned about.
_MARKUP = lazy_regex.compile(
    r"\*\*\S(?:.*?\S)?\*\*|__\S(?:.*?\S)?__"  # **fet**, __fet__
    r"|(?<![\w*])\*[^\s*](?:[^*]*?[^\s*])?\*(?![\w*])"  # *kursiv*
    r"|(?<![\w_])_[^\s_](?:[^_]*?[^\s_])?_(?![\w_])"  # _kursiv_
    r"|</?(?:a|abbr|article|aside|audio|b|base|big|blockquote|body|br|button|caption|center|cite|code|dd|del|"
    r"details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|"
    r"ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|script|section|select|"
    r"small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|th|thead|title|tr|"
    r"tt|u|ul|video)"
    r"(?:\s[^<>]*)?/?>"  # <b>, </b>, <br/>, <a href="…">, <img src=x>; not <reviderad>
    r"|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);"  # &amp;, &#42;
    r"|!?\[[^\]]*\]\([^)\s]+\)"  # [text](adress), ![bild](adress)
    r"|`[^`]+`"  # `kod`
    # The safety audit found these passed without a word (the page shows them as written):
    r"|<!--|<!\[CDATA\["  # an HTML comment, a CDATA section
    r"|\{:[^}]*\}|\{[ \t]*[.#][a-z][\w-]*[^}]*\}|\{[ \t]*[a-z][\w-]*=[^}]*\}"  # {: .klass }, {lang=en}
    r"|(?:^|(?<=\n))[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[a-z]"  # !!! warning, an admonition
    r"|(?:^|(?<=\n))[ \t]*\*\[[^\]]+\]:"  # *[HTML]: an abbreviation
    r"|\[\^[^\]\s]+\]"  # [^1], a footnote
    r"|~~\S(?:.*?\S)?~~"  # ~~struken~~
    r"|--8<--",  # a snippet
    re.IGNORECASE)
# A list's or a heading's mark first in a text of one line: "- Fler", "1. Fler", "# Mål". Only
# in running text (`_PROSE`): a heading, a row's label or a locator is written as in the
# document, numbered as it is there ("1. Socialnämnden ska …").
_LEADING_MARK = lazy_regex.compile(r"(?:[-–•*+]|#{1,6}|\d+[.)])[ \t]+\S+")
_PROSE = ("text", "detail", "summary", "note", "claim", "reason", "undated", "dating_note")
# What in a file can make a value of several lines or one that starts with a mark: a block
# scalar (`text: |`, `text: >-`), an escape (`"…\n…"`), a blank line (in a text without
# quotes or within them, a line break) or a mark after a key (`text: 1. Fler`, `text: "- Fler"`).
# Substring tests and patterns that start with a literal: one pattern for all of it took
# 0.4 s over the 1,000 files of `make bench`; these take about 0.04 s.
_BLANK_LINE = lazy_regex.compile(r"\n[ \t]*\n")
# The value on the key's line, or on the next (there an unquoted `- ` starts a list, no text).
_MARK_AFTER_KEY = lazy_regex.compile(r":(?: [\"']?(?:[-–•+]|#+|\d+[.)])[ \t]"
                             r"|[ \t]*\n[ \t]+(?:[\"'][-–•+#\d]|(?:[–•+]|#+|\d+[.)])[ \t]))")


def _key(loc: tuple) -> str:
    """The field a location ends in: `columns` for `(…, "columns", 0)`."""
    return next(part for part in reversed(loc) if isinstance(part, str))


def _may_break_or_mark(text: str) -> bool:
    return (any(mark in text for mark in ("|", ">", "\\")) or _BLANK_LINE.search(text) is not None
            or _MARK_AFTER_KEY.search(text) is not None)


def _field_names(schema: type) -> set[str]:
    """The names of every field of a model and of the models inside it."""
    names = set()
    for name, info in schema.model_fields.items():
        names.add(name)
        for inner in (info.annotation, *get_args(info.annotation),
                      *(arg for outer in get_args(info.annotation) for arg in get_args(outer))):
            if isinstance(inner, type) and issubclass(inner, model.Strict):
                names |= _field_names(inner)
    return names


# The plan's keys with an underscore (`dating_note`, `follows_up`): their underscores are no mark.
_UNDERSCORED_KEYS = tuple(sorted(name for name in _field_names(model.Plan) if "_" in name))


# What every match of `_MARKUP` holds: a character, or a few after one another with a character
# of theirs that plan files seldom hold, looked for first (`--8<--` holds `<`). A search for one
# character runs at memory speed, one for several (`](`, `~~`) some twenty times slower: the
# five took half of this test's 0.1 s over the 1,000 files of `make bench`.
_MARK_CHARACTERS = ("*", "<", "&", "`", "{")
_MARKS_AFTER_ONE = (("]", "]("), ("!", "!!!"), ("?", "???"), ("^", "[^"), ("~", "~~"))


def _may_hold_markup(text: str) -> bool:
    """Whether a plan file's text has what every match of `_MARKUP` holds, or an underscore
    beyond those of its keys: counts and substring tests at C speed, where the pattern itself
    took 0.4 s over the 1,000 files of `make bench`, a fifth of `validate`."""
    if (any(mark in text for mark in _MARK_CHARACTERS) or any(char in text and mark in text for char, mark in _MARKS_AFTER_ONE)
            or _may_break_or_mark(text)):
        return True
    underscores = text.count("_")  # the keys are counted only in a file that has one
    return underscores > 0 and underscores > sum(text.count(key) * key.count("_") for key in _UNDERSCORED_KEYS)


def _text_may_hold_markup(text: str) -> bool:
    """Whether one text has what every match of `_MARKUP` holds (an underscore, for `_kursiv_`
    and `__fet__`): the pattern is searched for in that text only. In a file that may hold
    markup it was searched for in each of its texts, nearly all holding none of it, at every
    character: 7 % of `validate`'s instructions on the real plans, its compiling included."""
    return ("_" in text or any(mark in text for mark in _MARK_CHARACTERS)
            or any(mark in text for _, mark in _MARKS_AFTER_ONE))


# Fields whose value is not prose: quotes have their own rule (emphasis is an error there),
# addresses and paths are links.
_NOT_PROSE = ("quote", "url", "archive")


def warn_markup_in_text(inputs: Inputs) -> list[LocatedError]:
    """A title or text holding Markdown or HTML (`**Förslag**`, `<b>…</b>`, a list's `- `) is
    shown with its marks; one holding line breaks (paragraphs, a list on lines of its own) is
    shown as one paragraph."""
    # The registries' names and texts show on every page too (the safety audit: an actor named
    # `<img src=x>` had no word).
    return [warning for file in _saved_files(inputs) for warning in _markup_in_file(file)]


def _markup_in_file(plan: Loaded) -> list[LocatedError]:
    """`warn_markup_in_text` in one plan or registry. The file's text first: a plan with no
    character a mark needs (nearly every plan) is not walked value by value."""
    warnings: list[LocatedError] = []
    if _may_hold_markup(plan.text):
        for loc, text in _strings(plan.value.model_dump()):
            if loc[-1] in _NOT_PROSE:
                continue
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            if len(lines) > 1:
                warnings.append(plan.error(loc, f"texten delas i {len(lines)} stycken eller rader (den andra börjar "
                                           f"{cited(shorten(lines[1], 40))}), men webbplatsen visar den som ett enda "
                                           "stycke, med mellanslag där den delas.",
                                           f"Skriv texten som ett stycke: efter {code(f'{_key(loc)}: >-')} blir radbrytningar "
                                           "i filen mellanslag, men tomma rader blir kvar. Är det en lista med "
                                           "flera åtaganden, gör en egen punkt av vart och ett."))
            found = ((_text_may_hold_markup(text) and _MARKUP.search(text))
                     or (len(lines) == 1 and loc[-1] in _PROSE and _LEADING_MARK.match(lines[0])))
            if found:
                warnings.append(plan.error(loc, f"texten innehåller formatering ({cited(shorten(found.group(), 60))}), som "
                                           "webbplatsen visar som den är skriven, med alla tecken.",
                                           "Skriv texten utan Markdown och HTML; webbplatsen formaterar rubriker, "
                                           "punkter och länkar själv. Hör tecknen till texten kan de stå kvar."))
    return warnings


def warn_plain_http(inputs: Inputs) -> list[LocatedError]:
    """An address with http:// is valid (some archives serve nothing else), but https:// is
    what the guide asks for: browsers warn about, or refuse, a page sent unencrypted."""
    files = [*inputs.plans, *([inputs.actors] if inputs.actors is not None else [])]
    found = [(file, loc) for file in files if "http://" in file.text
             for loc, text in _strings(file.value.model_dump()) if loc[-1] == "url" and text.startswith("http://")]
    return [file.error(loc, "adressen börjar med http://, så sidan hämtas okrypterad och webbläsare kan varna för den.",
                       "Skriv https:// om adressen fungerar så (öppna den med https:// och se att samma sida "
                       "visas). Finns sidan bara med http://, låt adressen stå.") for file, loc in found]


# A date written as ISO writes it, a word of its own ("2026-11-22", not "KS-2026-11-22"), and
# what holds dates that are no date of the note's: a quotation of the document (within "…", ”…”,
# “…”, „…“ or »…», or the single marks of a quotation within one, ’…’ and '…', which open before
# a word and close after one: an apostrophe after a word, "Lars’ anteckning", opens none) and a
# web address ("/2022-09-09-en-ledare", "?datum=2026-03-01").
_ISO_DATE = lazy_regex.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])")
_QUOTE_OR_ADDRESS = lazy_regex.compile(r'"[^"]*"|”[^”]*”|“[^“”]*[”“]|„[^“”]*[“”]|»[^»«]*[»«]|(?<!\w)([’\'])(?=\w)[^’\']*(?<=\S)\1(?!\w)|'
                               + URL_PATTERN)


def warn_iso_date_in_dating(inputs: Inputs) -> list[LocatedError]:
    """An editor's note on a document's date (`undated`, `dating_note`) is shown as typed, and
    a date in it as written: `2026-11-22`, where the page's other dates read `22 november 2026`.
    Turning it into that on the page would put words in the editor's note they did not write
    (and in the open data's, which keeps it as typed), so the note is warned about, with the
    date to write instead. A date within quotation marks quotes the document, and one in a web
    address is part of it: both are left."""
    warnings = []
    for plan in inputs.plans:
        for field in ("undated", "dating_note"):
            note = getattr(plan.value, field, None)
            dates = [date for date in _ISO_DATE.finditer(_QUOTE_OR_ADDRESS.sub(" ", note or "")) if _a_day(date)]
            if dates:
                written = dates[0].group()
                warnings.append(plan.error((field,), f"datumet {written} visas som det är skrivet, medan webbplatsen "
                                           f"annars skriver datum med månadens namn: {swedish_date(written)}.",
                                           f"Skriv {cited(swedish_date(written))} i stället för {cited(written)}"
                                           + _and_the_others(len(dates) - 1)
                                           + ". Citerar ni dokumentet, sätt citattecken runt citatet: då står datumet "
                                           "som i dokumentet."))
    return warnings


def warn_page_unchecked(inputs: Inputs) -> list[LocatedError]:
    """A locator's page (`sida 4`) is checked against the source's page marks (`last_page`);
    in a text without any, `sida 99` passed as well as `sida 4`. The guide lets a locator be a
    page, so the plan is not refused: it is warned, at its first such locator, that the page
    cannot be checked, and told how it can be (said once a plan: its items may all name pages)."""
    return _warn_unchecked(inputs, _page_unchecked, "sidan",
                           lambda *_: "Kopiera dokumentets text till källtexten med sidbrytningarna kvar (som pdftotext "
                                     "gör), eller skriv rubriken som sidan står under i stället för sidan.")


def _page_unchecked(locator: str, source: SourceText) -> Optional[str]:
    """Why the page a locator names (`sida 4`) cannot be checked, or None (no page, or page marks,
    or a line of the source that the part naming a page begins: `_page_named`)."""
    if _page_named(locator) is None or last_page(source) is not None or _page_named(locator, _places_of(source)) is None:
        return None
    return "har inga sidbrytningar eller sidnummer"


def warn_count_unchecked(inputs: Inputs) -> list[LocatedError]:
    """A locator's paragraph or row by the author's count (`stycke 2`, `rad 3`: `_counted_unchecked`)
    cannot be checked: nothing in a source's text numbers its paragraphs or a table's rows (a pdf's
    text breaks its lines and paragraphs alike), and `stycke 99` passed as `stycke 2` did. Warned
    as a page without page marks is (`warn_page_unchecked`), and told to name the heading instead."""
    return (_warn_unchecked(inputs, functools.partial(_counted_unchecked, "stycke"), "stycket",
                            lambda *_: f"Skriv rubriken som stycket står under, utan styckets nummer (t.ex. "
                                       f"{code('Mål, Bostad')}): citatet visar var det står.")
            + _warn_unchecked(inputs, functools.partial(_counted_unchecked, "rad"), "raden",
                              lambda *_: f"Skriv rubriken som raden står under, utan radens nummer (t.ex. "
                                         f"{code('Mål, Bostad')}), eller radens egen märkning som källan skriver den "
                                         f"först på raden ({code('rad 3 b')} för »3 b) …»)."))


# A paragraph's or a row's word in its forms (`stycke`, `stycket`, `styckena`; `rad`, `raden`, `rader`),
# and anywhere in a locator before a number: most locators name neither, and are not read further.
_COUNTED_WORD = lazy_regex.compile(r"(?P<word>stycke|rad)(?:t|n|na|en|et|ena|er|erna)?")
_COUNTED_IN = lazy_regex.compile(r"(?i)(?<!\w)(?:stycke|rad)\w*\s*\d")
_COUNTED_SAID = {"stycke": "numrerar inte sina stycken", "rad": "numrerar inte sina rader"}


def _counted_unchecked(word: str, locator: str, source: SourceText) -> Optional[str]:
    """Why the paragraph or row (`word`) a locator names by a number (`stycke 2`, `rad 3–4`)
    cannot be checked, or None: a locator naming none so. Not one the source begins a line with
    ("Stycke 2 …"), nor a row by a mark it begins a line with before a bracket (`rad 3 b` for "3
    b) …"): the row's own label, which names it."""
    if not _COUNTED_IN.search(locator) and not _ORDINAL_PLACE.search(locator):
        return None
    places = _places_of(source)
    for part in _single_places(locator):
        text, found = _stem_and_number(part)
        counted = _COUNTED_WORD.fullmatch(text)
        if counted is None or counted["word"] != word or found is None or places.has_line_starting(normalise(part).casefold()):
            continue
        if not (word == "rad" and places.has_line_starting(f"{found['number'].casefold()})")):
            return _COUNTED_SAID[word]
    return None


def warn_appendix_unchecked(inputs: Inputs) -> list[LocatedError]:
    """A locator's appendix (`bilaga 2`) is checked against the appendices the source numbers
    ("Bilaga 2" first on a line: `_number_missing`); in a text that numbers none, or not each,
    `bilaga 9` passed as `bilaga 1` did. Warned as a page without page marks is
    (`warn_page_unchecked`); an appendix the source numbers is no cause."""
    return _warn_unchecked(inputs, _appendix_unchecked, "bilagan", _appendix_unchecked_hint, _appendix_not_quoted)


def _appendix_unchecked_hint(locator: str, why: str) -> str:
    """How the appendix `locator` names, unchecked for `why` (`_UNLETTERED`, `_UNNUMERALLED`, `_UNNUMBERED`), can
    be checked, by its own letter or number: the heading to copy it with begins as `Bilaga C` or
    `Bilaga 9`. The example was »Bilaga 2» for each, and an appendix copied with it, as told,
    was warned again (the hint audit of session 80)."""
    numbered, lettered = _appendix_marks(locator)
    if why.startswith(_IN_ROMAN_NUMERALS):  # `Bilaga 2` beside "Bilaga I" and "Bilaga II": the numeral offered
        # (each the source writes: `Bilaga 3` there is refused, unwarned, `_appendix_unchecked`)
        offered = [f"`Bilaga {_roman_numeral(number).upper()}`" for number in sorted(numbered)]
        return f"Skriv bilagan med källans romerska siffra, som {_listed(offered, 'och')}, så kontrolleras den mot källan."
    if why in _UNLETTERED + _UNNUMERALLED:
        marks, kind = _marks_shown(lettered), "romerska siffra" if why in _UNNUMERALLED else "bokstav"
    else:
        marks, kind = [str(number) for number in sorted(numbered)], "nummer"
    copied = ("bilagan till källtexten med sin rubrik så som dokumentet skriver den, på en rad" if len(marks) == 1 else
              "bilagorna till källtexten med sina rubriker så som dokumentet skriver dem, på rader")
    return (f"Skriv rubriken som citatet står under i bilagan i stället för bilagans {kind}, eller kopiera {copied} "
            "som börjar med " + _listed([f"»Bilaga {mark}»" for mark in marks], "och") + ".")


def _appendix_unchecked(locator: str, source: SourceText) -> Optional[str]:
    """Why the appendix a locator names by its number (`bilaga 2`, `Bilaga 3 b`) cannot be
    checked, or None: the source numbers each appendix it marks at a line's start, or this one.
    Said truly of a source that numbers some but not all ("Bilaga 1 …" and "Bilaga" alone).
    A lettered appendix (`Bilaga A`) likewise by the letters the source writes. Both read from
    the appendices' titles, where the source has any, as the check of the appendix reads them
    (`_Places.appendix_numbers`, `appendix_titled_letters`): a sentence of running text beginning
    "Bilaga till protokollet …" made the source one that "numrerar inte alla sina bilagor", said
    beside the refusal of `bilaga 9` by the titles' numbers."""
    named, lettered = _appendix_marks(locator)
    if lettered and (why := _marks_unchecked(lettered, source, lambda places: places.appendix_titled_letters,
                                              _UNNUMERALLED if _roman_run(lettered) else _UNLETTERED)):
        return why
    if not named:
        return None
    why = _marks_unchecked(named, source, lambda places: places.appendix_numbers, _UNNUMBERED)
    places = _places_of(source)
    letters = _appendices_lettered(places) if why == _UNNUMBERED[0] else set()
    if letters and (max(named) > len(letters) or min(named) < 1):  # `Bilaga 0` too: it was warned only
        return None  # `Bilaga 5` beside "Bilaga A" to "Bilaga D" is refused, told the letters (`_number_missing`)
    if why == _UNNUMBERED[0] and max(named) < 40:
        marks, unmarked = places.appendix_titled_letters
        if marks and not unmarked and _roman(marks):
            # "Bilaga I", "Bilaga II": it numbers them, in Roman numerals, which "numrerar inga
            # bilagor" denied, and its tip asked for a line "Bilaga 2" the document does not write.
            # `Bilaga 2: Budget` of "Bilaga II Budget" is refused, told the numeral, as `Bilaga 2 Budget` is; `Bilaga 3`
            # there told the numerals (`_number_missing`): it was warned too that it could not be checked.
            past = any(_roman_numeral(number) not in {mark.casefold() for mark in marks} for number in named)
            return None if past or _titled_by_colon(locator, places) else (f"{_IN_ROMAN_NUMERALS} (" + _listed([f"»Bilaga {mark}»" for mark in _marks_shown(marks)], "och")
                    + "), inte med siffror")
    return why


@functools.lru_cache(maxsize=65536)
def _appendix_marks(locator: str) -> tuple[frozenset[int], frozenset[str]]:
    """The appendices a locator names, by number (`bilaga 2–3`: 2 and 3) and by letter (`bilaga
    A–C`: a and c, as `_appendix_letter` gives them): what is checked, and what the hint of one
    unchecked names. The hint read the letters from the locator's parts, not its single places,
    so `bilaga A–C` in a source with no lettered appendix named none and stopped `validate`
    with a traceback (review of session 80). Read once for each locator (every item's is asked)."""
    places = _single_places(locator)
    numbered = frozenset(int(re.match(r"\d+", found.group("number")).group())
                         for part in places if not _an_appendix_told(part)
                         for text, found in [_stem_and_number(part)] if found is not None and _labelled(text))
    return numbered, frozenset(letter for part in places if (letter := _appendix_letter(_untitled(part))) is not None)


def _untitled(part: str) -> str:
    """An appendix named by its letter or Roman numeral and its title (`Bilaga III Skatter`:
    `_A_LETTERED_TITLED_APPENDIX`) as named by its mark alone (`Bilaga III`), a small single
    letter left as it is (`Bilaga i årsredovisningen`); any other part as it is. Beside a
    source numbering its appendices 1 and 2, `Bilaga III Skatter` passed unwarned, where
    `Bilaga III` is warned that the source marks none so."""
    titled = _A_LETTERED_TITLED_APPENDIX.fullmatch(part)
    if titled is None or not (len(titled["number"]) > 1 or titled["number"].isupper()):
        return part
    return f"{titled['stem']} {titled['number']}"


# Why a source's appendices cannot be checked by their numbers, or their letters (`Bilaga A`):
# it marks none so, or not each, or lists them only in its table of contents.
_CONTENTS_ONLY = ("utanför innehållsförteckningen (bilagorna själva finns inte i källtexten, bara innehållsförteckningens "
                  "rader om dem)")
# A source with no appendix's title so marked: "ingen rubrik", not "ingen rad", where a sentence of
# its text begins so ("Bilaga 1 redovisar kostnaderna."), which marks no appendix.
_IN_ROMAN_NUMERALS = "numrerar sina bilagor med romerska siffror"  # and none with digits (`_appendix_unchecked`)
_UNNUMBERED = ("numrerar inga bilagor (ingen rubrik börjar med »Bilaga» och ett nummer)",
               "numrerar inte alla sina bilagor (en rad börjar med »Bilaga» utan nummer)",
               f"numrerar inga bilagor {_CONTENTS_ONLY}")


def _unmarked(mark: str) -> tuple[str, str, str]:
    """Why a source's appendices cannot be checked by a `mark` ("bokstav", "romersk siffra")."""
    return (f"märker inga bilagor med {mark} (ingen rubrik börjar med »Bilaga» och en {mark})",
            f"märker inte alla sina bilagor med {mark} (en rad börjar med »Bilaga» utan {mark})",
            f"märker inga bilagor med {mark} {_CONTENTS_ONLY}")


_UNLETTERED = _unmarked("bokstav")
_UNNUMERALLED = _unmarked("romersk siffra")  # `Bilaga IV`: said "med bokstav" of a source with "Bilaga 4"


def _marks_unchecked(named: set, source: SourceText, read: Callable[[_Places], tuple[set, int]],
                     why: tuple[str, str, str]) -> Optional[str]:
    """Why the appendices a locator names by their marks (numbers, letters) cannot be checked,
    or None: the source marks each appendix it begins a line with so (`read`), or these ones.
    The source's places are read once (kept in its memo)."""
    places = _places_of(source)
    marks, unmarked = read(places)
    if marks and not unmarked or named <= marks:
        return None
    if marks:
        return why[1]
    return why[2] if places.appendices_in_contents else why[0]


def _warn_unchecked(inputs: Inputs, unchecked: Callable[[str, SourceText], Optional[str]], what: str,
                    hint: Callable[[str, str], str], refused: Optional[Callable] = None) -> list[LocatedError]:
    """A plan's locators that name a place its source gives no way to check (`unchecked` says
    why): warned at the first, with the count of the others (said once a plan: its items may
    all name such places). Not one that an error `refused` (locator, quote, archive, places) tells
    the place the quote stands in: `Bilaga 1` of a quote in "Bilaga II" was told to write `Bilaga I`."""
    warnings = []
    for plan, archive, source in _plans_with_sources(inputs):
        named = [(loc, entry.locator, why) for loc, entry in _entries(plan.value)
                 if (why := unchecked(entry.locator, source)) and not (
                     refused and refused(entry.locator, _entry_quote(entry), archive, _places_of(source)))]
        if named:
            (loc, locator, why), others = named[0], ""
            if len(named) > 1:
                others = f" (och {count(len(named) - 1, 'plats', 'platser')} till)"
            warnings.append(plan.error(loc + ("locator",), f"{what} i '{locator}'{others} kan inte kontrolleras: "
                                                           f"{archive} {why}.", hint(locator, why)))
    return warnings


def _and_the_others(others: int) -> str:
    """` och likadant för det andra datumet`, `… för de 2 andra datumen`; nothing without others."""
    if not others:
        return ""
    return " och likadant för det andra datumet" if others == 1 else f" och likadant för de {others} andra datumen"


def _a_day(date: re.Match) -> bool:
    """Whether `2026-11-22` is a day of the calendar (`2026-13-45` is none, and is left)."""
    try:
        datetime.date(*(int(part) for part in date.groups()))
    except ValueError:
        return False
    return True


# Quotation marks that YAML keeps as part of a value: a word processor's (`yaml_syntax`'s list),
# and a straight " where YAML did not read it as its own (in a block, `>-` or `|`, or inside a
# value it quoted with ').
_WRAPPING_MARKS = TYPOGRAPHIC_QUOTES + '"'
# An apostrophe between letters (Rock’n’roll) is no quotation mark.
_APOSTROPHE = lazy_regex.compile(r"(?<=\w)[’'](?=\w)")
# Where a value can begin with such a mark in a file's text: a word processor's mark anywhere,
# a straight " first on a line (a block's text) or inside '…'. YAML's own "…" around a value
# (`decimal: ","`), in nearly every file, is none: a file without these is not walked.
_QUOTE_FIRST_ON_A_LINE = lazy_regex.compile(r'^[ \t]*"', re.M)


def _may_wrap(text: str) -> bool:
    """Whether a plan file's text may hold a value that begins with such a mark. Substring
    tests first: one pattern for all of it took 0.2 s over the 1,000 files of `make bench`
    (a file of Latin-1 letters is passed over at once for marks it cannot hold)."""
    return (any(mark in text for mark in TYPOGRAPHIC_QUOTES)
            or ('"' in text and ("'\"" in text or _QUOTE_FIRST_ON_A_LINE.search(text) is not None)))


def warn_wrapped_in_quotes(inputs: Inputs) -> list[LocatedError]:
    """A title or text pasted with its quotation marks around it (`locator: ”Inledningen”`) is
    shown with them: YAML removes only the straight quotes that enclose a whole value on its
    key's line. A value with another such mark inside (`”A” och ”B”`) quotes more than itself
    and is left."""
    warnings = []
    for plan in (plan for plan in inputs.plans if _may_wrap(plan.text)):
        for loc, text in _strings(plan.value.model_dump()):
            if (loc[-1] in _NOT_PROSE or len(text) < 3 or text[0] not in _WRAPPING_MARKS
                    or text[-1] not in _WRAPPING_MARKS
                    or any(mark in _APOSTROPHE.sub("", text[1:-1]) for mark in _WRAPPING_MARKS)):
                continue
            warnings.append(plan.error(loc, f"texten står inom citattecken ({text[0]}…{text[-1]}), som webbplatsen "
                                       "visar som en del av texten.",
                                       f"Ta bort {text[0]} först och {text[-1]} sist om de inte hör till texten. "
                                       "YAML tar bara bort raka citattecken (\" eller ') som omger hela värdet på "
                                       "nyckelns rad."))
    return warnings


def warn_from_and_to_swapped(inputs: Inputs) -> list[LocatedError]:
    """An indicator's baseline that its quote writes only as the "till" of a goal's "från …
    till …", or its target only as the "från" (`_from_to_roles`), where no label gives roles:
    a warning, since seven reviews found such words as often in another's decision or a change
    already made, which an opposition's plan quotes to undo or to keep the level ("Majoriteten
    beslutade att taxan ska höjas från 300 till 350"), as in the document's own goal."""
    warnings = []
    for plan in inputs.plans:
        for loc, entry in _items_with(plan.value, "indicator"):
            given = _from_to_roles(entry.quote) if "från" in entry.quote.casefold() else {}
            for name, measure_ in _measures(entry.indicator) if given else ():
                starts = [start for start, _ in _places(entry.quote, _written(str(measure_.value), measure_.decimal))]
                if starts and all(start in given and given[start].role != name for start in starts):
                    warnings.append(plan.error(loc + ("indicator", name, "value"), (
                        f"värdet {_shown(measure_.value, measure_.decimal)} är {_ROLE_NAMES[name]} här, men "
                        f"{_plans_quote(plan, loc)} skriver det efter {cited(given[starts[0]].label)} i ett mål som går "
                        f"från ett värde till ett annat, där det brukar vara {_ROLE_NAMES[_OTHER_ROLE[name]]}t: "
                        f"{cited(shorten(entry.quote))}."),
                        "Se efter om baseline och target har bytt plats. Gäller orden något annat än dokumentets eget "
                        "mål, som en annan aktörs beslut eller en ändring som redan har skett, stämmer planen."))
    return warnings


def warn_editor_files(inputs: Inputs) -> list[LocatedError]:
    """An editor's temporary file beside a plan, a source or a registry (`load.EDITOR_TEMPORARY`)
    is not read, and said so: it goes when the editor closes the file, and belongs in no pull
    request (the scope check refuses it there, as a file no actor owns)."""
    return [LocatedError(path, 1, 1, "", "filen ser ut att vara ett redigeringsprograms tillfälliga fil och läses inte.",
                         "Den försvinner när redigeringsprogrammet stänger filen; ligger den kvar, ta bort den.")
            for path in inputs.editor_files]


def warn_platform_term_unregistered(inputs: Inputs) -> list[LocatedError]:
    """An election platform of an election year whose term the registry does not have yet
    (`model.election_of`) is shown as of no term, "Mandatperiod okänd": valid, but whoever keeps
    the registry is told, on the platform's year, which term to add."""
    warnings = []
    terms = inputs.terms.value.terms if inputs.terms is not None else []  # None: the registry did not load
    for plan in inputs.plans:
        value = plan.value
        loc, year = (("year",), value.year) if value.year is not None else (
            (("period", "start"), value.period.start) if value.period is not None else ((), None))
        if value.kind != "election-platform" or year is None:
            continue
        election, starting = model.election_of(year, terms)
        ending = next((term for term in terms if term.ends.year == year), None)
        if not election or starting is not None or ending is None:
            continue
        # The next term as long as the one the election ends, from the day after it.
        years = max(ending.ends.year - ending.starts.year, 1)
        starts = ending.ends + datetime.timedelta(days=1)
        ends = datetime.date(starts.year + years, starts.month, 1) + datetime.timedelta(days=starts.day - 2)
        warnings.append(plan.error(loc, (
            f"valplattformen hör till mandatperioden som valet {year} inleder, och den finns inte i "
            f"{REGISTRY_DIR}/terms.yaml, så sidorna säger att mandatperioden är okänd."),
            f"Lägg till mandatperioden i {REGISTRY_DIR}/terms.yaml, t.ex. id: {starts.year}-{ends.year}, "
            f"name: {starts.year}–{ends.year}, starts: {starts.isoformat()}, ends: {ends.isoformat()}."))
    return warnings


# The commonest words of the languages besides Swedish a document is most often in, by which
# `warn_language_unsaid` names the code to write: (words, least share). English's are a fifth
# of an English text's words (19–21 %: GnuPG's help text, the GPL), Finnish's 7 % of GnuPG's
# Finnish help text; in every other text measured (the real Swedish sources, German, and
# English's in that Finnish text, whose untranslated keys are English) they are under 5 % and 1 %.
_TELLING_WORDS = {
    "en": (frozenset("the and of to is in for that".split()), 0.10),
    "fi": (frozenset("ja on että ei tai se ovat kanssa".split()), 0.05),
}


def warn_language_unsaid(inputs: Inputs) -> list[LocatedError]:
    """A plan that names no `language` is taken for Swedish, and its quotes and archived text
    are read so by a screen reader. Where its archived text does not read as Swedish (few of
    Swedish's commonest words: `swedish.FUNCTION_WORDS`), a warning at `source.archive` says so,
    with the code to write where the text's words tell its language, else the common codes. A
    warning, not an error: a text of tables and names may be Swedish with few such words."""
    warnings = []
    for plan in inputs.plans:
        archive = archive_of(plan)
        source = inputs.sources.get(archive) if archive else None
        if source is None or "language" in plan.value.model_fields_set:
            continue
        words = words_of(source.text)
        swedish = share_of(words, FUNCTION_WORDS)
        if len(words) < JUDGED_FROM_WORDS or swedish >= NOT_SWEDISH_BELOW:
            continue
        told = [code for code, (telling, least) in _TELLING_WORDS.items() if share_of(words, telling) >= least]
        if len(told) == 1:
            code = told[0]
            hint = (f"Skriv language: {code} om dokumentet är på {model.DOCUMENT_LANGUAGES[code]}, som texten ser "
                    "ut att vara.")
        else:
            hint = ("Skriv language: en om dokumentet är på engelska, language: fi om det är på finska; koderna för "
                    "samiska, meänkieli, romani chib och jiddisch står i guidens fälttabell.")
        warnings.append(plan.error(("source", "archive"), (
            f"källtexten ser inte ut att vara på svenska: bara {percent(swedish, 0)} av dess ord är vanliga svenska "
            "ord som ”och”, ”att” och ”som”, och planen anger inget språk (language), så sidorna visar texten som "
            "svenska."), hint + " Då märks citaten och källtexten med språket, så att en skärmläsare läser dem rätt. "
                                "Är texten ändå på svenska, skriv language: sv."))
    return warnings


def warn_language_unlike_text(inputs: Inputs) -> list[LocatedError]:
    """The reverse of `warn_language_unsaid`: a plan that says its document is in another
    language than Swedish (`language: fi`) over an archived text that reads as Swedish (as
    many of Swedish's commonest words as a Swedish text has: `swedish.SWEDISH_FROM`), whose
    quotes and text a screen reader would then read in that language. Said at `language`; not
    where the declared language's own common words are as many as its texts have (a document
    in both languages), nor, for a language whose words the rule does not know (Sami,
    Meänkieli …), where a quarter of the text's prose does not read as Swedish
    (`swedish.share_not_swedish`): a document printed in Swedish and Northern Sami is half
    Swedish, and was told to drop `language: se`. A warning: a party office knows its document."""
    warnings = []
    for plan in inputs.plans:
        code = plan.value.language
        archive = archive_of(plan)
        source = inputs.sources.get(archive) if archive else None
        if source is None or code == "sv":
            continue
        words = words_of(source.text)
        swedish = share_of(words, FUNCTION_WORDS)
        if len(words) < JUDGED_FROM_WORDS or swedish < SWEDISH_FROM:
            continue
        if code in _TELLING_WORDS:
            telling, least = _TELLING_WORDS[code]
            if share_of(words, telling) >= least:
                continue
        elif share_not_swedish(source.text) >= OTHER_LANGUAGE_FROM:
            continue
        language = model.DOCUMENT_LANGUAGES[code]
        warnings.append(plan.error(("language",), (
            f"planen anger att dokumentet är på {language}, men källtexten {archive} ser ut att vara på svenska: "
            f"{percent(swedish, 0)} av dess ord är vanliga svenska ord som ”och”, ”att” och ”som”, och sidorna "
            f"märker citaten och källtexten som {language}, så en skärmläsare läser dem med fel uttal."),
            f"Ta bort raden language: {code} om dokumentet är på svenska. Är det på {language}, kontrollera att "
            f"{archive} är dokumentets egen text och inte en svensk översättning."))
    return warnings


_TITLE_WORDS_TELLING = 2  # words with letters a copied title needs before it tells a language


def warn_title_in_documents_language(inputs: Inputs) -> list[LocatedError]:
    """A plan's `title` is the site's name for the document, its page's heading and its name in
    every list, shown as Swedish; the document's own title, in its words, is `source.title`,
    which the pages mark with the document's language (docs/bidra.md). A `title` that is
    `source.title`'s words, all of them or a run of them, in a document said to be in another
    language (`language: en`) is the document's own title: a screen reader reads it with a
    Swedish voice. Said at `title`, where the copied words are at least two words with letters
    (`_TITLE_WORDS_TELLING`), and not where the archived text reads as Swedish too
    (`swedish.SWEDISH_FROM`, as `warn_language_unlike_text` reads it): a document printed in
    Swedish and Northern Sami has its own title in both, and its Swedish half is the right
    `title`. A warning: a title may be the same in both languages."""
    warnings = []
    names = {word.casefold() for word in _actor_name_words(inputs) | _place_words(inputs)}
    for plan in inputs.plans:
        code, data = plan.value.language, plan.value
        # A stand-in for a refused field is not the file's.
        if code == "sv" or any(field in plan.stood_in for field in (("language",), ("title",), ("source",),
                                                                    ("source", "title"))):
            continue
        archive = archive_of(plan)
        source = inputs.sources.get(archive) if archive else None
        if source is not None and share_of(words_of(source.text), FUNCTION_WORDS) >= SWEDISH_FROM:
            continue  # printed in Swedish too: its own title may be Swedish and its other language's
        # Words without the marks beside them: `Social policy` is the start of `Social policy: …`.
        title, own = (tuple(word for word in re.split(r"\W+", text.casefold()) if word)
                      for text in (data.title, data.source.title))
        if len(_words_telling_a_language(data.title, source, names)) < _TITLE_WORDS_TELLING:
            continue  # `Budget 2026`, `Agenda 2030 Eskilstuna`: a lone word, and names, are as often Swedish
        if not _holds(list(own), title):
            continue
        language = model.DOCUMENT_LANGUAGES[code]
        warnings.append(plan.error(("title",), (
            f"titeln är dokumentets egen titel på {language} (orden i source.title), men sidorna visar title som "
            "svensk text, som sidans rubrik och i listorna, så en skärmläsare läser den med svenskt uttal."),
            "Skriv title på svenska, som summary och punkternas text. Dokumentets egen titel står kvar i source.title "
            f"och märks med {language}. Är titeln densamma på svenska, låt den stå."))
    return warnings


def _words_telling_a_language(title: str, source: Optional[SourceText], names: set[str]) -> list[str]:
    """The words of a title that tell its language: not a number (`2030`), not a registered
    municipality's or actor's name (`names`, casefolded), and not a name as the title writes it,
    capitalised after its first word where the archived text never writes it in small letters
    (`Agenda 2030 Torshälla`; an English title's `Social Policy` is in small letters in its text)."""
    words = _WORD.findall(title)
    written = set(_WORD.findall(source.text)) if source is not None else set()
    return [word for index, word in enumerate(words)
            if word.casefold() not in names
            and not (index and word[0].isupper() and word.lower() not in written)]


# What the site reads the same but a pull request's diff does not: the form a file was saved
# in by an editor on Windows or a web editor (CRLF, a space at a line's end, no line break after
# the last line). Warnings, not errors: an office in GitHub's web editor cannot always change
# it, and nothing on the site changes; said, since its next save shows lines changed that
# it never touched.


def _saved_files(inputs: Inputs) -> list[Loaded]:
    """The plans and registries, as an office or a maintainer saves them."""
    registries = (inputs.municipalities, inputs.actors, inputs.topics, inputs.terms)
    return [*inputs.plans, *(registry for registry in registries if registry is not None)]


def warn_crlf(inputs: Inputs) -> list[LocatedError]:
    """A file saved with CRLF line ends (`Loaded.crlf`), said at the end of the first line that
    has one: line 1 where the whole file was saved so, the first pasted line where only some
    were, with how many more."""
    warnings = []
    for file in _saved_files(inputs):
        first, lines = file.crlf
        if not lines:
            continue
        every = lines == file.text.count("\n")
        more = f", och så gör {count(lines - 1, 'rad', 'rader')} till" if lines > 1 else ""
        warnings.append(LocatedError(file.path, first, len(file.text.split("\n")[first - 1]) + 1, "",
                                     "raderna slutar med radslut från Windows (CRLF)." if every else
                                     f"raden slutar med radslut från Windows (CRLF){more}.",
                                     "Spara filen med radslutet LF: i VS Code och github.dev, klicka på CRLF längst ned "
                                     "till höger och välj LF. Det ändrar inget på webbplatsen, men nästa gång filen sparas "
                                     "med LF visar pull requesten varje sådan rad som ändrad."))
    return warnings


def warn_spaces_at_line_ends(inputs: Inputs) -> list[LocatedError]:
    """Lines ending in spaces or tabs, said once per file: at the first, with the others' numbers.
    The pages show them the same; in a text written with `|` or `>` they are part of the text,
    which the open data carry as it is, so the hint does not say the site stays the same."""
    warnings = []
    for file in _saved_files(inputs):
        lines = file.text.split("\n")
        spaced = [number for number, line in enumerate(lines, start=1) if line != line.rstrip(" \t")]
        if not spaced:
            continue
        first, more = lines[spaced[0] - 1], spaced[1:]
        others = (f", och så gör {count(len(more), 'rad', 'rader')} till (rad "
                  f"{_listed([str(number) for number in more[:5]], 'och')}{' …' if len(more) > 5 else ''})" if more else "")
        warnings.append(LocatedError(file.path, spaced[0], len(first.rstrip(" \t")) + 1, "",
                                     f"raden slutar med {'tabb' if first.endswith(chr(9)) else 'mellanslag'}{others}.",
                                     "Ta bort tecknen efter radens sista synliga tecken. Sidorna visar texten likadant, men tas "
                                     "de bort senare visar pull requesten raden som ändrad."))
    return warnings


def warn_no_final_line_break(inputs: Inputs) -> list[LocatedError]:
    """A file whose last line has no line break, said at that line's end."""
    return [LocatedError(file.path, file.text.count("\n") + 1, len(file.text.rsplit("\n", 1)[-1]) + 1, "",
                         "filen slutar utan radbrytning efter sista raden.",
                         "Tryck Enter i slutet av sista raden och spara. Utan den markerar GitHub raden (No newline at "
                         "end of file), och lägger någon till en rad efter den visar pull requesten också den sista "
                         "raden som ändrad.")
            for file in _saved_files(inputs) if file.text and not file.text.endswith("\n")]


WARNING_RULES: tuple[Rule, ...] = (warn_markup_in_text, warn_plain_http, warn_iso_date_in_dating, warn_wrapped_in_quotes,
                                   warn_from_and_to_swapped, warn_page_unchecked, warn_appendix_unchecked,
                                   warn_count_unchecked, warn_editor_files, warn_platform_term_unregistered,
                                   warn_stated_goals_as_background, warn_crlf, warn_spaces_at_line_ends,
                                   warn_no_final_line_break, warn_language_unsaid, warn_language_unlike_text,
                                   warn_title_in_documents_language)


# Warning rules that judge each plan and registry alone: the rule, and its judge of one file.
FILE_WARNING_RULES: dict[Rule, Callable[[Loaded], list[LocatedError]]] = {warn_markup_in_text: _markup_in_file}


def find_warnings(inputs: Optional[Inputs], cache: Optional[CheckCache] = None) -> list[LocatedError]:
    """Every warning of `inputs`, sorted as errors are, beside any errors: so that one round
    of fixes is enough. A plan its schema refused in part is warned about in the parts it
    kept (`load.validate`'s salvage; its refused entries are out, its stand-ins are plain), as
    the plan rules check them, and so is the actor registry. None (nothing was read) has none.
    With a `cache` (kept by `mkdocs serve`) the rules that judge each file alone judge only the
    files that changed (`warn_markup_in_text` walked every value of every plan: 19 ms a rebuild)."""
    if inputs is None:
        return []
    found = {warning for rule in WARNING_RULES if cache is None or rule not in FILE_WARNING_RULES
             for warning in rule(inputs)}
    if cache is not None:
        found.update(warning for judge in FILE_WARNING_RULES.values() for file in _saved_files(inputs)
                     for warning in cache.in_file(judge, file))
    return sorted(found, key=reading_order)
