"""LIX, the Swedish readability index: words per sentence plus the share of long words.

LIX = words / sentences + 100 × long words / words, where a long word has more than six
letters and a sentence ends at `.`, `!`, `?` or `:` (Björnsson's definition). Used by the
check on the topics' easy-to-read texts and for the plan summaries on the coverage page.
No imports from the rest of the generator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EASY_READ_MAX = 35  # the highest LIX an easy-to-read (lättläst) text may have
LONG_WORD = 6  # a word with more letters than this is long
LONG_SENTENCE = 15  # sentences with more words than this are named when a text is too hard

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|(?<=[.!?:])$")
# LIX bands as commonly published for Swedish text.
LIX_BANDS = ((25, "mycket lättläst"), (30, "lättläst"), (40, "medelsvår"), (50, "svår"), (float("inf"), "mycket svår"))


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: tuple[Sentence, ...]
    long_words: tuple[str, ...]  # every long word, in order of appearance (with repeats)
    lix: float

    @property
    def score(self) -> int:
        """LIX as it is usually reported: a whole number."""
        return int(self.lix + 0.5)

    @property
    def band(self) -> str:
        return next(label for limit, label in LIX_BANDS if self.lix < limit)

    def long_sentences(self, limit: int = LONG_SENTENCE) -> list[Sentence]:
        return [sentence for sentence in self.sentences if sentence.words > limit]

    def distinct_long_words(self) -> list[str]:
        return list(dict.fromkeys(word.lower() for word in self.long_words))


def _letters(word: str) -> int:
    return sum(1 for char in word if char.isalpha())


def readability(text: str) -> Readability:
    """The LIX of a text; an empty text has LIX 0."""
    parts = [part.strip() for part in _SENTENCE_END.split(" ".join(text.split()))]
    sentences = tuple(Sentence(part, len(_WORD.findall(part))) for part in parts if _WORD.search(part))
    words = [word for sentence in sentences for word in _WORD.findall(sentence.text)]
    long_words = tuple(word for word in words if _letters(word) > LONG_WORD)
    if not words:
        return Readability(0, (), (), 0.0)
    return Readability(len(words), sentences, long_words, len(words) / len(sentences) + 100 * len(long_words) / len(words))
