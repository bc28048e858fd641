"""Swedish wording shared by the pages and the messages: a count with its noun in the right
number, a figure and a date written out, Swedish text folded to plain letters (for ids and
matching), the words the site's search leaves out, and the words a page adds for it typed
plainly. No I/O."""

from __future__ import annotations

import datetime
import os
import re
import unicodedata
from decimal import Decimal
from typing import Iterable

from . import lazy_regex
from .clock import SWEDEN

# Between a figure and its unit or noun: a line never breaks there ("12" / "punkter" in a
# narrow table column). The pages' escaping keeps it (`escape.html_text`).
NBSP = "\u00a0"

# lunr-languages' Swedish stop words (lunr.sv.min.js), which Material's search leaves out of
# its index: a word the search can never find as itself. Its comparison pages' hidden words
# leave them out (`link.Topic.search_words`), and the MkDocs hook drops them from a query
# (`mkdocs_hook._drop_stopwords_from_queries`); tests/test_search_results.py holds the list
# to the theme's.
SEARCH_STOPWORDS = frozenset(
    "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du där då "
    "efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom "
    "inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på "
    "samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara "
    "varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över".split())



def stopword_alternatives() -> str:
    """A regular expression's alternatives for a word that is one of the stop words, lower-case
    or with a capital first letter (as a phone writes a query's first word):
    `[Aa](?:lla|llt|tt|v)|…`, longest first. The MkDocs hook anchors them to a whole query word;
    engines.py gives Zensical's search them between letters that are no part of a word."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(SEARCH_STOPWORDS):
        by_letter.setdefault(word[0], []).append(word[1:])
    groups = []
    for letter, rests in sorted(by_letter.items()):
        cased = f"[{letter.upper()}{letter}]"
        endings = [re.escape(rest) for rest in sorted(rests, key=lambda rest: (-len(rest), rest))]
        groups.append(cased + (f"(?:{'|'.join(endings)})" if endings != [""] else ""))
    return "|".join(groups)


# Swedish's commonest function words, by which `checks.warn_language_unsaid` tells a text
# that does not read as Swedish: in each real archived text they are a quarter of its words
# (22.9–27.6 %, six texts), in the fixture's short, table-heavy plan 4.3 %, and in English and
# Finnish texts 0 % (GnuPG's help texts in English and Finnish, the GPL). A text of at least
# `JUDGED_FROM_WORDS` words in which they are under `NOT_SWEDISH_BELOW` is not read as Swedish.
FUNCTION_WORDS = frozenset("och att som för det på är med av till en i".split())
NOT_SWEDISH_BELOW = 0.03
JUDGED_FROM_WORDS = 40
# A text in which they are at least this share reads as Swedish (`checks.warn_language_unlike_text`):
# between the fixture's table-heavy plan's and the lowest of the real texts'.
SWEDISH_FROM = 0.15


def words_of(text: str) -> list[str]:
    """The words of a text, lower-case, as its spaces and line breaks part them (a word keeps
    a comma or a full stop after it): a third of the time of a regular expression's letters,
    for every source of every `validate` (56 ms of processor time at 1,000 plans, not 150)."""
    return text.lower().split()


def share_of(words: list[str], among: frozenset[str]) -> float:
    """How many of `words` are `among` those, as a share of all."""
    return sum(map(among.__contains__, words)) / len(words) if words else 0.0


# A line of prose (`PROSE_LINE_WORDS` words or more, at most a fifth of them figures) with none
# of `FUNCTION_WORDS` does not read as Swedish. In the real archived texts such lines hold 0–1.5 %
# of their prose's words; in a text printed in Swedish and Northern Sami, paragraph by paragraph,
# 43 %. From `OTHER_LANGUAGE_FROM` a text holds another language beside Swedish, whatever it is
# (`checks.warn_language_unlike_text`). Lines of figures, a table's, are no prose.
PROSE_LINE_WORDS = 6
OTHER_LANGUAGE_FROM = 0.25


def share_not_swedish(text: str) -> float:
    """The share of `text`'s prose, by words, in lines that do not read as Swedish."""
    lines = [words for words in map(words_of, text.splitlines()) if len(words) >= PROSE_LINE_WORDS
             and sum(any(char.isdigit() for char in word) for word in words) * 5 <= len(words)]
    prose = sum(map(len, lines))
    return sum(len(words) for words in lines if FUNCTION_WORDS.isdisjoint(words)) / prose if prose else 0.0


# The shortest word the pages add for the search in its form without accents, å, ä and ö
# (`typed_plainly`); a shorter word is found only as written, since shorter words (`e` of
# e-tjänster, `18`) match most of the index as a search completes them.
SEARCH_WORD_LENGTH = 3

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")


def grouped(number: int) -> str:
    """`25 000`, as Swedish writes a whole number of five digits or more: a narrow no-break
    space between thousands, as `figure` writes a table's figures; `1250` as it is."""
    return f"{number:,}".replace(",", "\u202f") if abs(number) >= 10_000 else str(number)


# A plus sign in full width (`＋2,3`), as a text copied from some documents writes one: a plus all the same.
# The alphabet in Swedish order, as lettered places and lists count (`Bilaga A–C`, "a)", "b)").
SWEDISH_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"
FULLWIDTH_PLUS = "\uff0b"


class Plus(Decimal):
    """A figure its document writes with a plus sign (`+2,3`, in a table's column of changes):
    its value, which `figure` shows with the plus, as written. Arithmetic gives a plain `Decimal`."""

    __slots__ = ()


def figure(value: Decimal) -> str:
    """A figure as Swedes write it: decimal comma, minus sign, thin spaces between thousands;
    a plus sign where the document writes one (`Plus`). A zero written with a minus (`-0,0`, a
    change rounded to nothing) keeps it, as its quote has it: read as `value < 0`, it was lost."""
    sign = "−" if value.is_signed() else "+" if isinstance(value, Plus) else ""
    whole, _, fraction = format(abs(value), "f").partition(".")
    if len(whole) > 4:
        whole = f"{int(whole):,}".replace(",", "\u202f")
    return sign + whole + ("," + fraction if fraction else "")


def count(number: int, one: str, many: str, space: str = " ") -> str:
    """`1 punkt`, `3 punkter`, `25 000 punkter`; pages put a no-break space (`space`) between."""
    return f"{grouped(number)}{space}{one if number == 1 else many}"


def listed(words: list[str], limit: int = 0) -> str:
    """`a, b och c`; with a `limit`, the first `limit` words and how many more: `a, b och 3 till`."""
    if limit and len(words) > limit:
        return f"{', '.join(words[:limit])} och {len(words) - limit} till"
    return "".join(before + word for before, word in zip(list_separators(len(words)), words))


def list_separators(count: int) -> list[str]:
    """What goes before each of `count` words listed as `listed` lists them: `["", ", ", " och "]`
    (for a caller that marks each word apart, e.g. with its language)."""
    return ["" if at == 0 else " och " if at == count - 1 else ", " for at in range(count)]


def percent(share: float, decimals: int = 1, space: str = " ") -> str:
    """`12,3 %`: a share as Swedes write it, with a decimal comma and a space before the sign."""
    return f"{share * 100:.{decimals}f}".replace(".", ",") + space + "%"


def swedish_date(iso: str) -> str:
    """`2026-11-22` or `2026-11-22T11:46:04+00:00` → `22 november 2026`. A moment (a commit's
    date, in its committer's time zone) is told by its day in Sweden, as `swedish_moment` tells
    its time: `2026-04-01T23:30:00+00:00` is 2 April there. A date or a time without an offset
    is taken as written."""
    moment = datetime.datetime.fromisoformat(iso)
    # Without an offset, a time is taken as written: the machine's zone must never decide the day.
    day = moment.astimezone(SWEDEN).date() if moment.tzinfo else moment.date()
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# Months as a date written out may shorten them (`5 dec. 2026`, `1 sept 2026`).
_MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, 1)} | {
    short: number for number, shorts in enumerate(
        ("jan", "feb febr", "mar", "apr", "", "jun", "jul", "aug", "sep sept", "okt", "nov", "dec"), 1)
    for short in shorts.split()}
# `2026-09-01 14:30`, `2026-11-22 kl 10`, `2026-11-22T10:00:00Z` (as a program writes a moment, its
# seconds' fraction and its offset too): the day is meant. An hour alone only after `kl`.
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?"
_TIME_AFTER = (rf"(?:[ t]+(?:kl\.?\s*(?:{_CLOCK}|\d{{1,2}})|{_CLOCK})(?:\s*(?:z|utc|[+-]\d{{2}}(?::?\d{{2}})?))?)?")
_ISO_SEPARATOR = r"(?:\s*[-–—/.]\s*|\s+)"  # a hyphen, a word processor's dash, a slash, a dot or a space
# `5/12/2026`, `5/12 2026`, `05.12.2026`, `den 5/12-2026`: the day first, as Swedish writes it;
# and with the year's last two digits, as a letter or a form may (`5/12-26`, `05.12.26`, `5/12 26`);
# with a time or without (`5/12/2026 kl 10`: the guide says a date with its time is offered its day)
_DAY_FIRST = lazy_regex.compile(r"(?:den\s+)?(?P<d>\d{1,2})\s*[/.]\s*(?P<m>\d{1,2})\s*[-/. ]\s*(?P<y>\d{4}|\d{2})"
                                + _TIME_AFTER)
_DATE_FORMS = (
    # `5 december 2026`, `den 5 dec. 2026`, `5 dec. 26`
    (lazy_regex.compile(r"(?:den\s+)?(?P<d>\d{1,2})\.?\s+(?P<m>[a-zåäö]+)\.?\s+(?P<y>\d{4}|\d{2})" + _TIME_AFTER),
     True),
    # `2026-9-1`, `2026/09/01`, `2026.09.01`, `2026–09–01` (a word processor's dashes), `2026 09 01`,
    # `20260901`, with a time or without
    (lazy_regex.compile(rf"(?P<y>\d{{4}}){_ISO_SEPARATOR}(?P<m>\d{{1,2}}){_ISO_SEPARATOR}(?P<d>\d{{1,2}})"
                + _TIME_AFTER), False),
    (lazy_regex.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"), False),
    (_DAY_FIRST, False),
    # `22-11-26`: day first with hyphens, the year's last two digits (`_YEAR_FIRST` reads it too)
    (lazy_regex.compile(r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{2})"), False),
)
# `26-11-22`, `18.10.14`: the year's last two digits first, Swedish's short form of a date, which
# is also a day first where its last part is a year (`18.10.14`: 18 October 2014 or 14 October
# 2018): `date_readings` names each, never choosing for the writer.
_YEAR_FIRST = lazy_regex.compile(r"(?P<y>\d{2})(?P<s>[-.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})")


# A month and its year without the day (`november 2026`, `nov. 2026`, `2026-11`): no day to offer.
_MONTH_ONLY = (lazy_regex.compile(r"(?P<m>[a-zåäö]+)\.?\s+(?P<y>\d{4})"),
               lazy_regex.compile(r"(?P<y>\d{4})\s*[-–/.]\s*(?P<m>\d{1,2})"))


def month_meant(written: str) -> datetime.date | None:
    """The first day of the month a date written without its day names (`november 2026` →
    2026-11-01), or None where it names no month so."""
    text = written.strip().lower()
    for form, named in zip(_MONTH_ONLY, (True, False)):
        found = form.fullmatch(text)
        if found is None:
            continue
        month = _MONTH_NUMBERS.get(found["m"]) if named else int(found["m"])
        return datetime.date(int(found["y"]), month, 1) if month and 1 <= month <= 12 else None
    return None


def _year(found: re.Match, century: int) -> int:
    """The year `found` names: its last two digits (`5/12-26`) in `century` (2000: 2026)."""
    return century + int(found["y"]) if len(found["y"]) == 2 else int(found["y"])


def year_in_two_digits(written: str) -> bool:
    """Whether a date written otherwise than ÅÅÅÅ-MM-DD gives its year's last two digits only
    (`5/12-26`, `5 dec. 26`), which leave the century to the reader."""
    text = written.strip().lower()
    return _YEAR_FIRST.fullmatch(text) is not None or any(
        (found := form.fullmatch(text)) is not None and len(found["y"]) == 2 for form, _ in _DATE_FORMS)


def date_meant(written: str, century: int = 2000) -> datetime.date | None:
    """The day a date written otherwise than ÅÅÅÅ-MM-DD names, as a Swede writes it
    (`5 december 2026`, `5/12/2026` as 5 December, `2026-9-1`), a year of two digits in
    `century` (`5/12-26`: 5 December 2026); None where it names none or no day of the calendar
    (`12/25/2026`, with no 25th month, is not read the American way)."""
    text = written.strip().lower()
    for form, named in _DATE_FORMS:
        found = form.fullmatch(text)
        if found is None:
            continue
        month = _MONTH_NUMBERS.get(found["m"]) if named else int(found["m"])
        try:
            return datetime.date(_year(found, century), month, int(found["d"])) if month else None
        except ValueError:
            return None
    return None


def date_readings(written: str, century: int = 2000) -> tuple[tuple[datetime.date, str], ...]:
    """The days a date written otherwise than ÅÅÅÅ-MM-DD may name, each with what it is read
    first (`dag`, `månad`, `år`): the day `date_meant` reads first, and for one written in
    digits day first (`10/12/2026`, 10 December) the day read month first as well (12 October),
    where that is another day of the calendar; for one whose first part may be a year's last two
    digits (`_YEAR_FIRST`), the day read year first too, before the others where written with
    hyphens (`26-11-22`, as Swedish's short form is most often written). Where day first names
    no day (`12/25/2026`), month first is the one day it can name. Nothing where no reading names
    a day (`31/4/2026`). A year of two digits is read in `century`."""
    text = written.strip().lower()
    found = _DAY_FIRST.fullmatch(text)
    readings = [(date_meant(written, century), "dag"),
                (_day(found, century, found and int(found["d"]), found and int(found["m"])), "månad")]
    year_first = _YEAR_FIRST.fullmatch(text)
    if year_first:
        read = (_day(year_first, century, int(year_first["m"]), int(year_first["d"])), "år")
        readings = [read, *readings] if year_first["s"] == "-" else [*readings, read]
    kept: dict[datetime.date, tuple[datetime.date, str]] = {}
    for day, first in readings:
        if day is not None:
            kept.setdefault(day, (day, first))
    return tuple(kept.values())


def _day(found: re.Match | None, century: int, month: int | None, day: int | None) -> datetime.date | None:
    """The day of `month` and `day` in the year `found` names, None where it is no day of the calendar."""
    try:
        return datetime.date(_year(found, century), month, day) if found else None
    except ValueError:
        return None


def swedish_moment(iso: str) -> str:
    """`2026-12-01T02:50:15Z` → `1 december 2026 kl. 03.50`: the day and time in Sweden. In the
    hour the clocks go back (02.00–03.00 on October's last Sunday), which comes twice, the time
    says which: `kl. 02.30 (sommartid)`, then `kl. 02.30 (normaltid)`."""
    moment = datetime.datetime.fromisoformat(iso).astimezone(SWEDEN)
    said = f"{swedish_date(moment.isoformat())} kl. {moment.hour:02d}.{moment.minute:02d}"
    if moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset():
        said += " (sommartid)" if moment.dst() else " (normaltid)"
    return said


# Letters that NFKD leaves whole, having no accent to take off, as their base letter: ø and æ
# (Danish, Norwegian), đ, ŋ and ŧ (Northern Sami: Đavvi, Ŋuorra), ð (Icelandic, Faroese). As
# a sign, they became a space, and `as_id("Đavvi")` was `avvi`.
_BASE_LETTERS = {"ø": "o", "æ": "a", "đ": "d", "ŋ": "n", "ŧ": "t", "ð": "d"}


class _Folded(dict):
    """Each character `fold` meets beyond ASCII, with what it becomes: its compatibility
    decomposition (NFKD) without combining marks, a letter of `_BASE_LETTERS` as its base
    letter, and any other sign as a space. Filled as characters are met: the same for each,
    wherever it stands in a text."""

    def __missing__(self, char: str) -> str:
        kept = (part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part))
        value = "".join(_BASE_LETTERS.get(part, part if _ASCII_WORD.fullmatch(part) else " ") for part in kept)
        self[char] = value
        return value


_ASCII_WORD = lazy_regex.compile(r"[a-z0-9]+")
_BEYOND_ASCII = lazy_regex.compile(r"[^\x00-\x7f]")
_FOLDED = _Folded()


# Swedish's own letters beyond ASCII (and é), replaced whole before any is looked up alone.
_COMMON_LETTERS = (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"))
# ASCII's letters and digits as they are, every other ASCII character a space.
_ASCII_SIGNS_AS_SPACES = str.maketrans({chr(code): chr(code) if chr(code).isalnum() else " " for code in range(128)})


def fold(text: str) -> str:
    """Lowercase, without accents (å/ä → a, ö → o, é → e), hyphens and other signs as spaces.
    Swedish's letters are replaced at once and any other beyond ASCII looked up (`_Folded`);
    the signs of the ASCII text left become spaces by one table: the texts of every commitment
    are folded on each `validate` (checks.check_commitments_on_named_topics)."""
    lowered = text.casefold()
    if not lowered.isascii():
        for letter, plain in _COMMON_LETTERS:
            if letter in lowered:
                lowered = lowered.replace(letter, plain)
        if not lowered.isascii():
            lowered = _BEYOND_ASCII.sub(lambda found: _FOLDED[found.group()], lowered)
    return " ".join(lowered.translate(_ASCII_SIGNS_AS_SPACES).split())


def as_id(text: str) -> str:
    """The id a Swedish text would have: `Hemlöshet och bostad` → `hemloshet-och-bostad`."""
    return fold(text).replace(" ", "-")


def unit_added(caption: str, unit: str) -> bool:
    """Whether a table's caption is followed by its unit in the site's words (`Resultatbudget
    (mnkr)`): not where the caption ends with it (`Driftbudget, mnkr`). `link.Table.caption_pieces`."""
    written = caption.rstrip()
    return not (written == unit or written.endswith((f" {unit}", f",{unit}", f"({unit})")))


# Units that documents abbreviate and a voter may not know, with what they stand for.
UNIT_WORDS = {"mnkr": "miljoner kronor", "mkr": "miljoner kronor", "mdkr": "miljarder kronor",
              "tkr": "tusen kronor"}


def unit_explained(unit: str, lang: str = "") -> tuple[tuple[str, str], ...]:
    """`mnkr (miljoner kronor)` in pieces for `escape.in_languages`: the unit the document's
    word, in its language `lang` ("" for Swedish), what it stands for the site's Swedish; a unit
    not abbreviated, or not known here, as it is. `link.Table.unit_pieces`."""
    words = UNIT_WORDS.get(unit.strip().lower())
    return ((unit, lang),) + (((f" ({words})", ""),) if words else ())


DESCRIPTION_LENGTH = 155  # characters: about what a search engine shows of a page's description
# A description cut at a sentence's end at least this far in ends there, whole, rather than
# at the last word that fits with "…": two thirds of what a search engine shows.
_SENTENCE_END_NEAR = 2 / 3
# A number's magnitude written out after its digits ("620,9 miljoner kronor"): part of the number.
_MAGNITUDE = lazy_regex.compile(r"(?:tusen|miljon|miljoner|miljard|miljarder|milj\.)", re.IGNORECASE)
# A piece of an abbreviation written with spaces ("t. ex.", "bl. a.", "m. m.").
_ABBREVIATION_PART = lazy_regex.compile(r"[a-zåäö]{1,3}\.")
# An abbreviation written without spaces ("t.ex.", "bl.a.", "fr.o.m."), or an initial ("A.").
_ABBREVIATION_WHOLE = lazy_regex.compile(r"(?:[a-zåäö]{1,4}\.){2,}|[A-ZÅÄÖ]\.")
# Abbreviations of one part: a full stop after one of them ends no sentence ("ca. 30", "kl. 14").
_ABBREVIATIONS = frozenset("ang bet ca dnr dvs enl etc ev exkl inkl jfr kap kl milj nr obs osv pga prop resp s sid "
                           "st tel".split())
# Words that lead a number they name ("nr 5", "§ 3", "kl. 14.30", "ca 30"): never cut off from it.
_NUMBER_LEADS = frozenset("ca cirka kap kl nr s sid §".split())
# A year, a span of years or a day written in digits ("2024", "2023–2026", "2024-03-01"): whole
# by itself, where "30" may count the word after it ("30 platser").
_YEAR = lazy_regex.compile(r"(?:19|20)\d\d(?:[-–/](?:(?:19|20)?\d\d)(?:-\d\d)?)?")
# Words that go on after a number: its unit, or a second number joined to it ("25 till 30").
_AFTER_NUMBER = frozenset("% procent kr kronor st stycken och till eller av à per respektive – -".split()) | set(UNIT_WORDS)
# What may close a sentence's last word after its full stop ("…nämnden.)" or "…»").
_CLOSING = "\"'”’»)]"
# A month written short ("12 dec. 2023", "sept. 2023"): its full stop ends no sentence before a year.
_SHORT_MONTHS = frozenset("jan febr feb mar apr jun jul aug sept sep okt nov dec".split())
# A list's number ("1. Minska …"), where it begins the text or follows a sentence's end or a colon.
_LIST_NUMBER = lazy_regex.compile(r"\d{1,2}\.")


def _abbreviation(word: str) -> bool:
    """Whether `word` is an abbreviation whose full stop ends no sentence: `t.ex.`, `ca.`, `A.`."""
    return bool(_ABBREVIATION_WHOLE.fullmatch(word) or _ABBREVIATION_PART.fullmatch(word)
                and word[:-1].lower() in _ABBREVIATIONS)


def _ends_sentence(word: str, following: str) -> bool:
    """Whether a sentence ends with `word` ("nämnden.", "2024.", "klart?"): its full stop is no
    abbreviation's nor a short month's before its year ("dec. 2023"), and the next word begins
    a sentence."""
    core = word.rstrip(_CLOSING)
    if core.endswith(".") and core[:-1].lower() in _SHORT_MONTHS and following[:1].isdigit():
        return False
    return (core.endswith((".", "!", "?")) and not (core.endswith(".") and _abbreviation(core))
            and (following[:1].isupper() or following[:1].isdigit() or following[:1] in "\"”»'("))


def _list_number(word: str, previous: str) -> bool:
    """Whether `word` is a list's number ("1.", "2.") rather than a number that ends a sentence:
    it begins the text (`previous` empty) or follows a sentence's end or a colon."""
    return bool(_LIST_NUMBER.fullmatch(word)) and (not previous or previous.rstrip(_CLOSING)[-1:] in ".!?:")


def _number_goes_on(before: str, after: str, in_number: bool) -> bool:
    """Whether the number `before` is (or ends) goes on into `after`: its digit groups, unit,
    magnitude, a month ("1 mars 2024") or a number joined to it, or the noun it counts
    ("30 platser"); a year goes on only into a unit, and a number closed by a comma or a
    full stop not at all."""
    if not in_number or before[-1:] in ",;:.!?)":
        return False
    if _YEAR.fullmatch(before):
        return after.lower() in _AFTER_NUMBER or bool(_MAGNITUDE.fullmatch(after))
    return after.lower() not in SEARCH_STOPWORDS or after.lower() in _AFTER_NUMBER


def _cut_forbidden(before: str, after: str, in_number: bool, in_abbreviation: bool) -> bool:
    """Whether the words `before` and `after` belong together: a number with what goes on
    from it, a month with its year, a word that leads a number with it, an abbreviation with
    the rest of it ("t. ex.") or what it abbreviates in ("t.ex. polisen", "t. ex. polisen"), or
    a name of capitalised words."""
    lead = before.lower().rstrip(".")
    return (_number_goes_on(before, after, in_number)
            or (after[:1].isdigit() and (lead in MONTHS or lead in _SHORT_MONTHS or lead in _NUMBER_LEADS))
            or (before.endswith(".") and _abbreviation(before)) or in_abbreviation
            or (before[:1].isupper() and after[:1].isupper() and before[-1:].isalnum()))


def description(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """A page's description as a search engine or a link preview shows it: on one line, and
    where longer than `limit`, cut between words. A cut at a sentence's end shows it whole,
    without "…", and is taken where it keeps two thirds of `limit`; elsewhere the cut is at
    the last word that fits, with "…". Never inside a number with its digit groups, magnitude
    and unit ("12 500 kr", "620,9 miljoner kronor", "25 %": the cut goes before it, not after
    "12" or "miljoner"), a date ("1 mars 2024", "12 dec. 2023"), after an abbreviation
    ("t.ex.", "t. ex.", "ca.", whose full stop ends no sentence), after a list's number
    ("1. Minska …"), nor inside a name of capitalised words ("Vänsterpartiet Eskilstuna"); a
    comma or dash left at the cut goes. A word longer than the limit (an address) is cut
    inside, as `shorten` cuts."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    words = text.split(" ")
    end = len(words[0])  # where the text up to words[i] ends
    cuts, sentence_ends = [], []
    in_number = False  # whether `before` is a number's digits or their magnitude
    in_abbreviation = False  # whether `before` is a part of an abbreviation written with spaces
    for previous, before, after in zip(["", *words], words, words[1:]):
        if end > limit:
            break
        in_number = any(c.isdigit() for c in before) or (in_number and bool(_MAGNITUDE.fullmatch(before)))
        in_abbreviation = bool(_ABBREVIATION_PART.fullmatch(before)) and (
            bool(_ABBREVIATION_PART.fullmatch(after)) or in_abbreviation)
        if _list_number(before, previous):
            pass  # "1." goes on into what it numbers: neither a sentence's end nor a cut
        elif _ends_sentence(before, after) and not in_abbreviation:
            sentence_ends.append(end)
        elif end + 1 <= limit and not _cut_forbidden(before, after, in_number, in_abbreviation):
            cuts.append(end)
        end += 1 + len(after)
    if sentence_ends and (sentence_ends[-1] >= limit * _SENTENCE_END_NEAR or not cuts or sentence_ends[-1] > cuts[-1]):
        return text[:sentence_ends[-1]]
    if not cuts:
        return shorten(text, limit)
    return text[:cuts[-1]].rstrip(",;:–—- ") + "…"


# Words that name a place by its position rather than by a heading: `punkt 3`, `sida 4`,
# `Vallöfte 2`, `risk 5`, `rad 3 b`. The number is the author's count; the word is not a heading.
POSITION_WORDS = ("punkt", "sida", "s.", "sid.", "rad", "stycke", "avsnitt", "tabell", "bilaga", "risk", "vallöfte",
                  "inledning", "underskrift", "huvudrubrik")
# A position word as a word of its own, in any of its forms ("Inledningen", "vallöftena"), not
# the start of another ("Riskhantering", "Radonmätning", "Tabellverket"); "s." before a page's number.
# The endings a Swedish noun takes: definite, plural, genitive ("Ekonomi", "Ekonomin", "Ekonomins").
_ENDINGS = ("en", "et", "n", "t", "na", "er", "erna", "ar", "arna", "or", "orna", "s", "ens", "ets", "ns", "ts")


def in_any_form(text: str) -> re.Pattern:
    """`text`'s words as whole words in any case, each in any of its forms (`_ENDINGS`): "Kap 3, Ekonomin" names the
    source's "Ekonomi", and "Ekonomi" its "Ekonomin". Each word's stem is itself, or itself less an ending with three
    letters left."""
    def stems(word: str) -> str:
        found = {word} | {word[:-len(ending)] for ending in _ENDINGS if word.endswith(ending) and len(word) - len(ending) >= 3}
        return "(?:" + "|".join(map(re.escape, sorted(found, key=len, reverse=True))) + ")"
    return re.compile(r"(?<!\w)" + r"\s+".join(stems(word) + "(?:" + "|".join(_ENDINGS) + ")?" for word in text.split())
                      + r"(?!\w)", re.IGNORECASE)


def _inflected(words: tuple[str, ...]) -> str:
    """A pattern of `words` (those ending in a letter), each a word of its own in any of its forms ("Inledningen",
    "vallöftena"), not the start of another ("Riskhantering"); "sidor", "bilagorna": a word in -a has its plural in -or."""
    return (r"(?<!\w)(?:" + "|".join(re.escape(word) for word in words if word[-1].isalpha())
            + r")(?:" + "|".join(_ENDINGS) + r")?(?!\w)"
            + "".join(r"|(?<!\w)" + re.escape(word[:-1]) + r"or(?:na)?(?!\w)" for word in words if word.endswith("a")))


POSITION_WORD = lazy_regex.compile(_inflected(POSITION_WORDS)
                           + "".join(r"|(?<!\w)" + re.escape(word) + r"(?=\s?\d|\s*$)"  # "s. 4", not "s.k."
                                     for word in POSITION_WORDS if not word[-1].isalpha()))
# The kinds of text and places within a document's place a locator names after it (`Kap 3, sista meningen`, `Kap 3,
# faktarutan`, `Sociala insatser, motivering`), which the source need not write; and the order words that pick one of
# them out (`Kap 3, tredje strecksatsen`), also as adverbs (`Kap 3, överst`, `Kap 3, längst ner`). "diagramm":
# "diagrammet"; "kapitl": "kapitlet".
WITHIN_WORDS = ("mening", "strecksats", "ingress", "faktaruta", "ruta", "diagram", "diagramm", "figur", "bild", "bildtext",
                "karta", "fotnot", "not", "sammanfattning", "början", "slut", "mitt", "halva", "brödtext", "text", "lista",
                "punktlista", "listpunkt", "citat", "motivering", "kommentar", "rubrik", "underrubrik", "mellanrubrik", "ram",
                "textruta", "bakgrund", "beskrivning", "fråga", "svar", "kapitel", "kapitl", "avslutning", "tabellrad",
                "spalt", "kolumn", "sidfot", "sidhuvud")
ORDER_WORDS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "sista",
               "näst", "översta", "nedersta", "övre", "nedre", "inledande", "avslutande", "föregående", "följande",
               "först", "sist", "överst", "nederst", "längst", "högra", "vänstra")
WITHIN_WORD = lazy_regex.compile(_inflected(WITHIN_WORDS) + r"|(?<!\w)(?:" + "|".join(ORDER_WORDS) + r")(?!\w)",
                                 re.IGNORECASE)


# The marks a message puts around a passage of plan or source text, the first of them that the
# passage does not hold: Swedish »…», or, for a passage with » of its own (a source quoting with
# »…»), ”…”, and then ’…’ and ›…›. The passage itself is shown as written, its own marks
# unchanged, since a hint's passage is copied into the plan.
_CITING_MARKS = "»”’›"


def cited(text: str) -> str:
    """`»text»`: a passage of plan or source text as every message cites it, between marks the
    passage does not hold (`_CITING_MARKS`), so that where it ends is never in doubt:
    `»Vi vill»`, but `”Vi kallar det »trygga boenden»”`."""
    mark = next((mark for mark in _CITING_MARKS if mark not in text), _CITING_MARKS[0])
    return f"{mark}{text}{mark}"


def shorten(text: str, limit: int = 160) -> str:
    """`text` on one line, cut to `limit` characters with "…" where it was cut."""
    return cut(" ".join(str(text).split()), limit)


def cut(text: str, limit: int = 160) -> str:
    """`text` cut as `shorten` cuts it, its spaces as they are (a no-break space a source writes)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shorten_both(before: str, after: str, limit: int = 160) -> tuple[str, str]:
    """`before` and `after` cut as `shorten` cuts them; when the cut leaves both the same (the
    words changed past it), each from a few words before where they first differ instead,
    with "…" for what is left out at the start, so that the change itself shows."""
    before, after = " ".join(str(before).split()), " ".join(str(after).split())
    cut = shorten(before, limit), shorten(after, limit)
    if cut[0] != cut[1] or before == after:
        return cut
    differ = len(os.path.commonprefix([before, after]))
    # At a word some 40 characters before the difference, or there if no word begins in the
    # 60 before that: a longer word (a web address) must not push the difference past the cut.
    space = before.rfind(" ", max(differ - 100, 0), differ - 40)
    start = space + 1 if space >= 0 else differ - 40
    return tuple("…" + shorten(text[start:], limit - 1) for text in (before, after))  # type: ignore[return-value]


# The stop words as written and typed without å, ä and ö: the search drops both from a query.
_DROPPED_FROM_QUERIES = SEARCH_STOPWORDS | frozenset(map(fold, SEARCH_STOPWORDS))


def typed_plainly(names: Iterable[str]) -> list[str]:
    """The words of `names` as a Swedish keyboard types them without accents, å, ä and ö, which
    the site's search matches only as written (`hemloshet`, `vansterpartiet`): a page's words
    for the search alone (`search_words`). Only where they differ from the words as written,
    which the page shows and the search finds as typed; long enough to be searched, no stop
    word, nor one so typed, which the search drops from a query (`vara` of `våra`; `nar` of
    `när`, which the page's script asks as the stop word: vlv-search-on-demand.js), and none
    that begins another: the search completes a word typed (`hemlos` finds `hemlosa`). Sorted."""
    written = set(re.findall(r"\w+", " ".join(names).casefold()))
    folded = {word for word in fold(" ".join(written)).split()
              if len(word) >= SEARCH_WORD_LENGTH and word not in _DROPPED_FROM_QUERIES}
    return sorted(word for word in folded - written
                  if not any(other != word and other.startswith(word) for other in folded | written))
