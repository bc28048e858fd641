"""Did-you-mean: topics by meaning from the registry's names and keywords; actors only by typo.

The cases run against the real registries, since the suggestions are only as good as the
keywords in `registry/topics.yaml`.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import NEW_PARTY_HINT, REPO
from generator import model
from generator.cli import summary_markdown
from generator.errors import LocatedError
from generator.escape import html_text
from generator.load import read_document, validate
from generator.suggest import TopicNames, new_actor_hint, suggest_actor, topic_suggestions
from generator.swedish import fold


def suggest_topics(value, topics) -> list[str]:
    """The ids of the topics `topic_suggestions` offers, best first."""
    return [topic_id for topic_id, _ in topic_suggestions(value, topics)]


def registry(name: str, schema):
    document, errors = read_document(REPO, f"registry/{name}")
    parsed, more = validate(document, schema)
    assert not errors + more
    return parsed.value


TOPICS = registry("topics.yaml", model.TopicRegistry).topics
ACTORS = registry("actors.yaml", model.ActorRegistry).actors


def without(*ids: str) -> list[model.Actor]:
    """The real actors but `ids`: a case that types a party the registry lacks stays that case
    when the party joins."""
    return [actor for actor in ACTORS if actor.id not in ids]


def registry_with(*ids: str) -> list[model.Actor]:
    """The real actors and `ids` (`<municipality>-<abbreviation>`), each added where the registry
    lacks it: a case that types a slip of a registered actor's id stays that case when the actor
    is given a new id (README's steps for renaming an actor)."""
    known = {actor.id for actor in ACTORS}
    return ACTORS + [model.Actor(id=actor_id, name=actor_id, short=actor_id.split("-", 1)[1], kind="party",
                                 municipality=actor_id.split("-", 1)[0]) for actor_id in ids if actor_id not in known]


def test_a_phrase_from_a_topics_keywords_suggests_that_topic():
    # "mäns våld mot kvinnor" is a keyword of vald-i-nara-relationer
    assert suggest_topics("vald-mot-kvinnor", TOPICS)[0] == "vald-i-nara-relationer"


def test_a_keyword_without_swedish_letters_suggests_its_topic():
    # "jämställdhet" is a keyword of lika-rattigheter
    assert suggest_topics("jamstalldhet", TOPICS) == ["lika-rattigheter"]


def test_a_typo_in_a_topic_id_suggests_the_id():
    assert suggest_topics("hemloshett", TOPICS) == ["hemloshet"]


def test_swedish_letters_and_endings_are_folded():
    assert suggest_topics("Hemlösa_kvinnor", TOPICS)[0] == "hemloshet"
    assert suggest_topics("familjecentraler", TOPICS) == ["familjecentral"]


def test_a_word_folding_alone_matched_is_offered_with_the_registrys_spelling():
    """`bra` folds to the keyword "brå" (Brottsförebyggande rådet), as an id must write it: the
    hint says "brå" as the registry spells it, not a topic on crime for the word "bra"."""
    from generator.checks import _unknown_topic

    _, hint = _unknown_topic("bra", [], {topic.id for topic in TOPICS}, TOPICS)
    assert hint.startswith("Menade du 'brottsforebyggande' (»brå»)? ")
    _, hint = _unknown_topic("vald-mot-kvinnor", [], {topic.id for topic in TOPICS}, TOPICS)
    assert hint.startswith("Menade du 'vald-i-nara-relationer' (»mäns våld mot kvinnor») eller 'hedersrelaterat-vald'? ")
    _, hint = _unknown_topic("brå", [], {topic.id for topic in TOPICS}, TOPICS)  # typed as the registry spells it
    assert hint.startswith("Menade du 'brottsforebyggande'? ")


@pytest.mark.parametrize("typed", ["bra-stod", "bra-boende"])
def test_a_short_word_among_others_is_not_read_as_another_word_folded(typed):
    """`bra-boende` is good housing: folded among other words, "bra" ("good") was taken for
    "brå" and a party office was offered Brottsförebyggande rådet's topic first."""
    from generator.checks import _unknown_topic

    _, hint = _unknown_topic(typed, [], {topic.id for topic in TOPICS}, TOPICS)
    assert "brottsforebyggande" not in hint and "brå" not in hint, hint


def test_words_that_only_share_letters_are_not_suggested():
    # "bostäder" is about housing; "kostnader" (a keyword of ekonomi-och-budget) only looks alike
    assert suggest_topics("bostader", TOPICS) == ["hemloshet"]


def test_at_most_three_topics_and_none_for_nonsense():
    assert len(suggest_topics("barn", TOPICS)) == 3
    assert suggest_topics("xyz", TOPICS) == []
    assert suggest_topics("---", TOPICS) == []


@pytest.mark.parametrize("typed", ["eskilstuna-c", "eskilstuna-s", "eskilstuna-kd", "falun-v"])
def test_another_partys_id_is_never_suggested(typed):
    assert suggest_actor(typed, without(typed)) is None


def test_a_slip_in_the_municipality_suggests_the_same_party():
    assert suggest_actor("eskilstuan-v", registry_with("eskilstuna-v")) == "eskilstuna-v"
    assert suggest_actor("falu-c", registry_with("falun-c")) == "falun-c"


def test_a_doubled_or_swapped_letter_in_the_party_suggests_the_same_party():
    assert suggest_actor("eskilstuna-vv", registry_with("eskilstuna-v")) == "eskilstuna-v"
    assert suggest_actor("eskilstuna-ds", registry_with("eskilstuna-sd")) == "eskilstuna-sd"


def test_a_slip_in_a_long_actor_id_is_suggested():
    assert suggest_actor("eskilstuna-socialnamden", registry_with("eskilstuna-socialnamnden")) == "eskilstuna-socialnamnden"


def test_an_id_without_its_hyphen_suggests_that_actor_only():
    assert suggest_actor("eskilstunav", registry_with("eskilstuna-v")) == "eskilstuna-v"
    assert suggest_actor("eskilstunasd", registry_with("eskilstuna-sd")) == "eskilstuna-sd"
    assert suggest_actor("eskilstunac", without("eskilstuna-c")) is None  # not registered: a new party, not a slip


def test_a_known_id_is_not_a_suggestion_but_its_letter_case_is():
    assert suggest_actor("eskilstuna-sd", registry_with("eskilstuna-sd")) is None
    assert suggest_actor("Eskilstuna-SD", registry_with("eskilstuna-sd")) == "eskilstuna-sd"


def test_two_equally_likely_actors_give_no_suggestion():
    actors = [model.Actor(id="bergby-s", name="S Bergby", short="S", kind="party", municipality="bergby"),
              model.Actor(id="berga-s", name="S Berga", short="S", kind="party", municipality="berga")]
    assert suggest_actor("bergb-s", actors) is None




def test_the_new_party_hint_names_both_ways_in_and_the_command():
    """A party can add itself in its first pull request without waiting; the form is the other way."""
    error = LocatedError("plans/eskilstuna-c-plan.yaml", 4, 8, "actor", "okänd aktör.", new_actor_hint("eskilstuna-c"))
    assert error.hint == NEW_PARTY_HINT + "`.venv/bin/python -m generator new --actor eskilstuna-c …`."


def test_the_new_party_hints_command_is_code_in_the_job_summary_with_the_actor_as_text():
    """The command reached the job summary between `&#96;` marks. The actor in it is the plan's
    `actor` as written: a backtick or a pipe of its own stays text inside the code."""
    error = LocatedError("plans/x.yaml", 4, 8, "actor", "okänd aktör.", new_actor_hint("a`b|c"))
    assert (f"<code>{html_text('.venv/bin/python -m generator new --actor a`b|c …')}</code>. |"
            in summary_markdown([error]))


# --- folding, and the topics a text names ----------------------------------------------------------
def folded_by_its_definition(text: str) -> str:
    """`swedish.fold` as its docstring states it, the slow way: compatibility decomposition,
    combining marks dropped, ø, æ, đ, ŋ, ŧ and ð as o, a, d, n, t and d, every run of other
    signs one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.translate(str.maketrans("øæđŋŧð", "oadntd"))).split())


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("åäöÅÄÖéüøæÆßĐŊŦÐđŋŧð–- \u00a0\u0301\u030aﬁ½"))))
@example("Hemlöshet och BOSTAD – Ærø, naïve café, ﬁ ½, a\u030a, Đavvi Ŋuorra")
def test_fold_follows_its_rule_on_any_text(text):
    """Ids (`as_id`), did-you-mean and the topics a commitment names all match folded text;
    fold looks up only the letters beyond ASCII, each once, and must fold as the rule says."""
    assert fold(text) == folded_by_its_definition(text)


class Topic:
    def __init__(self, topic_id: str, name: str):
        self.id, self.name = topic_id, name


@pytest.mark.parametrize("text, named", [
    ("Fler UNGA ska få jobb.", ["unga"]),  # in any case
    ("Stödet till unga vuxna ska öka.", ["unga", "unga-vuxna"]),  # a name, and the name it begins with
    ("Ungas vuxnas", []),  # whole words only
    ("En familjecentral till.", ["familjecentral"]),  # a one-word id
    ("Fler familjecentraler och spelberoende.", ["familjecentral", "spelberoende"]),  # the name
    ("Hemlöshet-och-bostad", ["hemloshet-och-bostad"]),  # with or without å, ä, ö; hyphens as spaces
    ("Bostad och hemlöshet", []),  # a two-word id is no name
])
def test_a_text_names_a_topic_by_its_whole_name_or_its_one_word_id(text, named):
    topics = [Topic("unga", "Unga"), Topic("unga-vuxna", "Unga vuxna"), Topic("familjecentral", "Familjecentraler"),
              Topic("spelberoende", "Spelberoende"), Topic("hemloshet-och-bostad", "Hemlöshet och bostad")]
    assert [topic.id for topic in TopicNames(topics).named(text)] == named
