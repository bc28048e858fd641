"""The widths a page's layout is computed from (generator/letters.py): a budget table's size on a
phone with large text and the width at which a municipality's table of documents becomes a
block for each document. Too narrow a width breaks a word between letters or lets a table
scroll; too wide a one sets a budget's figures smaller than the reader asked for."""

import math
from decimal import Decimal

from generator.letters import width
from generator.swedish import figure


def test_a_figure_of_millions_counts_its_thousands_spaces_as_spaces():
    """A figure's thousands are set apart by narrow no-break spaces, in neither font measured:
    counted as the widest letter, a table of figures in the millions (a budget in kronor) was
    set a third smaller on a phone with large text than its first column needs."""
    assert figure(Decimal("-1234567")) == "−1\u202f234\u202f567"
    assert width(figure(Decimal("-1234567"))) == width("−1 234 567")


def test_an_emoji_counts_as_wide_as_android_draws_it():
    """Noto Color Emoji, Android's, draws every emoji 1.245 em wide (2,550 of 2,048 units), plus
    the twentieth allowed for San Francisco; the table's widest letter is 1.015 em."""
    assert width("🏫") >= 1245 * 1.05 / 10
    assert width("Skola🏫") - width("Skola") >= 1245 * 1.05 / 10 - 1  # each rounded up


def test_a_sami_word_counts_each_letter_as_its_own_width():
    """Northern Sami's letters beyond Swedish's (a municipality's Sami name, a document in Sami)
    are as wide as the Latin letters they are built on, not counted as the widest letter."""
    for sami, latin in (("Čearru", "Cearru"), ("Sámediggi", "Samediggi"), ("ŊŊ", "NN"), ("đŧŋšžčá", "dtnszca")):
        assert width(sami) <= width(latin) + math.ceil(len(sami) * 60 / 10), (sami, latin)
        assert width(sami, bold=True) <= width(latin, bold=True) + math.ceil(len(sami) * 60 / 10), (sami, latin)

