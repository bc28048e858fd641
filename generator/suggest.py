"""Did-you-mean suggestions for unknown topic and actor ids, how to add a missing party, and
which topics a text names.

Topics are matched by meaning as far as plain text allows: an unknown id is compared with
every topic's id, name and keywords (`registry/topics.yaml`), after folding Swedish
spelling (case, å/ä/ö and accents, hyphens) and cutting common word endings, so that
`vald-mot-kvinnor` finds the topic whose keyword is "mäns våld mot kvinnor".

Actors are matched the other way round: only a typing mistake in one party's own id is
suggested, never a different party, because a volunteer who follows a suggestion would
otherwise write into another party's files (see `suggest_actor`).

The functions take registry objects (anything with the attributes named) and return ids;
they print nothing and raise nothing for unknown input.
"""

from __future__ import annotations

import difflib
import re
from typing import Generic, Iterable, Optional, Protocol, TypeVar

from .errors import code
from .swedish import fold

MAX_TOPIC_SUGGESTIONS = 3
TOPIC_CUTOFF = 0.5  # below this a match is more likely to mislead than help
CONTAINED = 0.75  # every word of the query in a longer name: good, not as good as the same name
TYPO_SIMILARITY = 0.85  # whole texts this alike differ by a slip of the keyboard
PARTY_FORM = "Lägg till vårt parti"
PARTY_FORM_FILE = ".github/ISSUE_TEMPLATE/nytt-parti.yml"
TOPIC_FORM = "Föreslå ett ämne"  # the name of .github/ISSUE_TEMPLATE/nytt-amne.yml

# Short words that carry no topic ("våld mot kvinnor" and "våld i nära relationer" share
# only "våld"): left out of the word overlap, kept in the whole-text comparison.
_STOPWORDS = {"i", "och", "mot", "for", "av", "med", "till", "pa", "om", "att", "en", "ett", "som", "det", "den",
              "de", "vid", "fran", "ur", "under", "efter", "utan", "alla", "sin", "sina"}
# Swedish inflection endings, longest first; a word keeps at least three letters.
_ENDINGS = ("arnas", "ernas", "ornas", "andes", "arna", "erna", "orna", "ande", "ende", "aste", "heten", "are",
            "ast", "ens", "ets", "en", "et", "er", "ar", "or", "na", "ns", "es", "as", "s", "a", "e")


class _Topic(Protocol):
    id: str
    name: str
    keywords: list[str]


class _Named(Protocol):
    id: str
    name: str


_T = TypeVar("_T", bound=_Named)


class _Actor(Protocol):
    id: str
    municipality: str


# --- Swedish text folding ------------------------------------------------------------------------
def stem(word: str) -> str:
    """`relationer` → `relation`, `kvinnor` → `kvinn`: the word without a common Swedish ending."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _stems(folded: str) -> list[str]:
    return [stem(word) for word in folded.split() if word not in _STOPWORDS]


def _same_word(a: str, b: str) -> bool:
    """Equal stems, one a compound's first part (`hemlos`/`hemloshet`), or a slip after the first letter.

    (`kostnad` and `bostad` are alike but different words: slips rarely hit the first letter.)
    """
    if a == b:
        return True
    if min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)):
        return True
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def _word_overlap(query: list[str], candidate: list[str]) -> float:
    """How many words the texts share: the Dice coefficient, or – a little lower – the share
    of the query's words found in the candidate (`skola` in "placerade barns skola och hälsa")."""
    if not query or not candidate:
        return 0.0
    left = list(candidate)
    matched = 0
    for word in query:
        hit = next((other for other in left if _same_word(word, other)), None)
        if hit is not None:
            left.remove(hit)
            matched += 1
    return max(2 * matched / (len(query) + len(candidate)), CONTAINED * matched / len(query))


def _similarity(query: str, candidate: str) -> float:
    """How close a folded query is to one folded name, keyword or id (0–1).

    Whole texts count only when they are nearly the same and start alike (a typo); words
    that merely share letters (`bostader`, `kostnader`) do not.
    """
    whole = difflib.SequenceMatcher(None, query.replace(" ", ""), candidate.replace(" ", "")).ratio()
    typo = whole >= TYPO_SIMILARITY and query[:1] == candidate[:1]
    return max(whole if typo else 0.0, _word_overlap(_stems(query), _stems(candidate)))


def topic_suggestions(value: str, topics: Iterable[_Topic]) -> list[tuple[str, str]]:
    """Up to three topics an unknown topic id most likely means, best first: each topic's id
    and, when the match came through a name or keyword that only folding made alike (its å, ä,
    ö or accents taken away), that text as the registry spells it, else "".

    Each topic is scored by its best-matching id, name or keyword: the larger of the
    character similarity of the whole texts (when it is a typo's) and the overlap of their
    word stems (stop words left out). Topics
    scoring below `TOPIC_CUTOFF` are left out; ties are ordered by id.

    Folding finds `brå` (Brottsförebyggande rådet) for `bra` ("good"), as it must, since an id
    has no å; said as the folded word alone, the suggestion would read as another Swedish word
    than the registry's, so the registry's own spelling goes with it. Among other words, a short
    one is another word folded (`bra-boende` is good housing, not Brå's): see `_folded_among`.
    """
    query = fold(value)
    if not query:
        return []
    among = " " in query
    query = _folded_among(value) if among else query
    scored = []
    for topic in topics:
        texts = [topic.name, *(getattr(topic, "keywords", None) or [])]
        score, _, text = max((_similarity(query, _folded_among(text) if among else fold(text)), -index, text)
                             for index, text in enumerate([topic.id, *texts]))  # the first text of a tie
        if score >= TOPIC_CUTOFF:
            folded_alone = text in texts and _similarity(_lowered(value), _lowered(text)) < score  # not as typed
            scored.append((-score, topic.id, text if folded_alone else ""))
    return [(topic_id, spelled) for _, topic_id, spelled in sorted(scored)[:MAX_TOPIC_SUGGESTIONS]]


def _folded_among(text: str) -> str:
    """`text` folded for a query of several words, but its short words (three letters or fewer,
    stop words aside) as they are spelt: folded, they are other words (`bra` "good" and `brå`,
    `bor` and `bör`, `mal` and `mål`), and one among others is more likely the word typed than
    an abbreviation that lost its å. A longer word folds (`vard` is `vård` in `god-vard`)."""
    return " ".join(word if len(word) <= 3 and fold(word) not in _STOPWORDS else fold(word)
                    for word in _lowered(text).split())


def _lowered(text: str) -> str:
    """`text` as `fold` writes it but with its letters as they are: lower case, signs as spaces."""
    return " ".join(re.sub(r"[^\w]|_", " ", text.casefold()).split())


# --- actors ------------------------------------------------------------------------------------
def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _squeeze(text: str) -> str:
    """`vv` → `v`: a key held down too long."""
    return re.sub(r"(.)\1+", r"\1", text)


def _same_party(typed: str, party: str) -> bool:
    """Whether `typed` can only be a slip in the party part `party` of an id.

    Party abbreviations are one to three letters and differ from each other by a single
    letter (S/SD, M/MP, V/KD …), so for them only a doubled letter (`vv`) or two swapped
    letters (`ds`) count. Longer parts (`socialnamnden`) allow one edit, two from eight letters.
    """
    if typed == party:
        return True
    if len(party) <= 3:
        return _squeeze(typed) == _squeeze(party) or (sorted(typed) == sorted(party) and _distance(typed, party) == 1)
    return _distance(typed, party) <= (2 if len(party) >= 8 else 1)


def _municipality_of(actor) -> str:
    return getattr(actor, "municipality", None) or actor.id.rsplit("-", 1)[0]


def suggest_actor(value: str, actors: Iterable[_Actor]) -> Optional[str]:
    """The registered actor id that `value` is a typing mistake of, or None.

    An actor id is `<municipality>-<party>`, e.g. `eskilstuna-v`. The rule, so that a
    suggestion never sends a volunteer into another party's files:

    - A known id (in any letter case) is not a mistake: None (but `Eskilstuna-V` gives
      `eskilstuna-v`).
    - `value` is split into a municipality part and a party part the way each candidate
      is, at the hyphen that makes the municipality part closest to the candidate's.
    - The municipality part may differ from the candidate's municipality by at most two
      edits (a swap of neighbouring letters is one), and must not be another municipality
      in the registry: `falun-v` never suggests `eskilstuna-v`.
    - The party part must be the candidate's own party, mistyped: for abbreviations of up
      to three letters only a doubled letter or two swapped letters (`eskilstuna-vv` and
      `eskilstuna-ds` suggest `eskilstuna-v` and `eskilstuna-sd`), never another letter
      (`eskilstuna-c` never suggests `eskilstuna-v`, `eskilstuna-s` never `eskilstuna-sd`);
      for longer parts one edit, or two from eight letters on.
    - A party part that is the party of a registered actor elsewhere (`c` in `falun-c`)
      is a real party, not a slip: None.
    - If two actors fit equally well, None: a guess between two parties is no help.
    - An id written without its hyphen (`eskilstunav`) is that actor's, and no other's.
    """
    actors = list(actors)
    typed = value.strip().casefold()
    known = {actor.id for actor in actors}
    if typed in known:
        return typed if typed != value else None
    if "-" not in typed:
        joined = [actor.id for actor in actors if actor.id.replace("-", "") == typed]
        return joined[0] if len(joined) == 1 else None
    municipalities = {_municipality_of(actor) for actor in actors}
    parties = {actor.id[len(_municipality_of(actor)) + 1:] for actor in actors}
    best: list[tuple[int, str]] = []
    for actor in actors:
        municipality = _municipality_of(actor)
        party = actor.id[len(municipality) + 1:]
        splits = [(typed[:at], typed[at + 1:]) for at, char in enumerate(typed) if char == "-"]
        if not splits:
            continue
        place, typed_party = min(splits, key=lambda split: _distance(split[0], municipality))
        distance = _distance(place, municipality)
        if distance > 2 or (place != municipality and place in municipalities):
            continue
        if typed_party != party and typed_party in parties:
            continue
        if _same_party(typed_party, party):
            best.append((distance + _distance(typed_party, party), actor.id))
    best.sort()
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]


NEW_PARTY_SECTION = "Nytt parti på webbplatsen"  # the guide's section (docs/bidra.md) on a party's way in


def new_actor_hint(value: str) -> str:
    """How a party that is not in the registry gets there, in Swedish, with the command as a
    code span (`errors.code`: `errors.plain` where no `LocatedError` is made of it)."""
    example = value.strip().casefold() or "kommun-parti"
    return (f"Är ert parti inte med i registret än? Lägg till er själva i registry/actors.yaml, vid behov kommunen "
            f"i registry/municipalities.yaml och era två rader i .github/CODEOWNERS, i samma pull request som er "
            f"första plan (guiden, avsnittet ”{NEW_PARTY_SECTION}”), så behöver ni inte vänta; "
            f"eller öppna ett issue med formuläret ”{PARTY_FORM}” på GitHub (Issues → New issue; formuläret finns "
            f"i {PARTY_FORM_FILE}), så lägger redaktionen in partiet. Sedan skapar ni planen med "
            f"{code(f'.venv/bin/python -m generator new --actor {example} …')}.")


# --- topics a text names -------------------------------------------------------------------------
class TopicNames(Generic[_T]):
    """The topics a text names, as whole words in any case and with or without å, ä and ö: by
    name ("psykisk hälsa"), or by id where that is one word ("verksamhetsutveckling"). The rule
    `validate` holds commitments to (checks.check_commitments_on_named_topics) and the change
    summary points out for other items. Made once for a list of topics; `named` finds every
    name in one pass of a pattern over the folded text."""

    def __init__(self, topics: Iterable[_T]):
        self.topics = list(topics)
        self.by_name: dict[str, list[int]] = {}
        for index, topic in enumerate(self.topics):
            for name in _names(topic.name, topic.id):
                self.by_name.setdefault(name, []).append(index)
        names = sorted(self.by_name, key=len, reverse=True)
        # At each space, the longest name that follows it as whole words (a lookahead: names may
        # overlap); a shorter name that begins the same way is found with it (`within`).
        self.pattern = re.compile(" (?=(" + _longest_first(names) + ") )") if names else None
        self.within = {name: [shorter for shorter in names if name.startswith(shorter + " ")] for name in names}

    def named(self, text: str) -> list[_T]:
        if self.pattern is None:
            return []
        found = set(self.pattern.findall(f" {fold(text)} "))
        if not found:
            return []
        found.update(*(self.within[name] for name in found))
        return [self.topics[index] for index in sorted({index for name in found for index in self.by_name[name]})]


def _longest_first(names: Iterable[str]) -> str:
    """A pattern that matches the longest of `names` that the text goes on with, as names sorted
    longest first and joined by `|` do, written as a tree of their shared beginnings: at each
    character the pattern tries the few names that begin so, not every name in turn, which
    took 0.07 s of `validate` over the 20,000 commitments of 1,000 plans (`make bench`), now
    0.03 s. Two branches part at a character, so at most one can match: a longer name is tried
    before the name that ends where it goes on."""
    tree: dict[str, dict] = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def written(node: dict) -> str:
        branches = [re.escape(char) + written(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return joined
        return (joined if len(branches) > 1 else "(?:" + joined + ")") + "?"

    return written(tree)


def _names(name: str, topic_id: str) -> tuple[str, ...]:
    """A topic's name folded, and its id if that is one word."""
    return (fold(name),) + ((topic_id,) if "-" not in topic_id else ())
