"""Easy-to-read Swedish (lättläst): every topic has a short text, checked with LIX and shown
at the top of its page; the editors see each plan summary's LIX on the coverage page.
(The refusal of a text above LIX 35 is `test_checks.test_check_easy_read_lix`.)"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from generator import paths
from generator.readability import readability

REPO = Path(__file__).resolve().parent.parent
TOPICS = yaml.safe_load((REPO / "registry/topics.yaml").read_text(encoding="utf-8"))["topics"]


def test_lix_of_a_known_text():
    # 14 words, 2 sentences, 4 long words (more than six letters) → 14 / 2 + 100 × 4 / 14 = 7 + 28,57 = 35,57
    text = "Kommunen hjälper människor. Den som inte har pengar kan få ekonomiskt stöd av dem."
    measured = readability(text)
    assert (measured.words, len(measured.sentences), measured.long_words) == (
        14, 2, ("Kommunen", "hjälper", "människor", "ekonomiskt"))
    assert measured.lix == pytest.approx(35.571, abs=0.001)
    assert measured.score == 36


def test_a_sentence_ends_at_a_colon_question_or_exclamation_mark_and_digits_are_words():
    measured = readability("Vad gör kommunen? Den hjälper: 18 år! Bra")
    assert [s.words for s in measured.sentences] == [3, 2, 2, 1]


def test_every_topic_of_the_registry_has_an_easy_to_read_text_of_lix_35_or_less():
    assert TOPICS and all(readability(topic["easy_read"]).lix <= 35 for topic in TOPICS)


@pytest.mark.parametrize("topic", TOPICS[:3] + TOPICS[-1:], ids=lambda topic: topic["id"])
def test_the_topic_page_opens_with_its_easy_to_read_text_in_swedish(repo_site, topic):
    site, _ = repo_site
    page = (site / paths.page_url(paths.topic_page(topic["id"])) / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="vlv-easy-read[^"]*" lang="sv"[^>]*>(.*?)</section>', page, re.S)
    assert section, "no lättläst section"
    assert re.search(r"<h2[^>]*>Lättläst</h2>", section.group(1))
    text = html.unescape(re.sub(r"<[^>]+>", " ", section.group(1).split("</h2>", 1)[1]))
    assert " ".join(text.split()) == " ".join(topic["easy_read"].split())
    # at the top: before the topic's description and the first municipality
    assert page.index('class="vlv-easy-read"') < page.index('class="vlv-topic-description"')


def test_the_coverage_pages_show_each_plan_summarys_lix(repo_site):
    site, linked = repo_site
    shown = []
    for municipality in linked.municipalities:
        page = paths.municipality_coverage_page(municipality.id)
        text = (site / paths.page_url(page) / "index.html").read_text(encoding="utf-8")
        assert "LIX för sammanfattningen" in text
        shown += [int(value) for value in re.findall(r'data-lix="(\d+)"', text)]
    expected = []
    for plan_file in sorted((REPO / "plans").glob("*.yaml")):
        summary = yaml.safe_load(plan_file.read_text(encoding="utf-8"))["summary"]
        expected.append(readability(summary).score)
    assert sorted(shown) == sorted(expected) and len(shown) == len(linked.plans)
