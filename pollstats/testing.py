"""Hypothesis strategies for testing survey-statistic parsers (pollstats' own or yours).

Needs the ``testing`` extra (``pip install 'pollstats[testing]'``); never imported by
``import pollstats``. Each phrase strategy yields a :class:`Phrase`: the text and the statistic a
correct parser must find in it. :func:`survey_sentences` embeds phrases in filler prose and
yields the whole text with the expected spans.

>>> from hypothesis import given
>>> from pollstats.testing import statistic_phrases
>>> @given(statistic_phrases())
... def test_finds_it(phrase):
...     (st,) = pollstats.extract(phrase.text).statistics
...     assert (st.low, st.unit, st.kind) == (phrase.low, phrase.unit, phrase.kind)
"""

from __future__ import annotations

from typing import Final

import attrs
from hypothesis import strategies as st

from .model import Kind, Unit

__all__ = [
    "Expected",
    "Phrase",
    "change_phrases",
    "filler",
    "fraction_phrases",
    "moe_phrases",
    "percent_phrases",
    "percentages",
    "ratio_phrases",
    "sample_phrases",
    "statistic_phrases",
    "survey_sentences",
]

_UNITS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS: Final = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen")
_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety")
_FRACTIONS: Final = (
    ("half", 50.0), ("a third", 33.333), ("two-thirds", 66.667), ("a quarter", 25.0),
    ("three-quarters", 75.0), ("one-fifth", 20.0), ("two-fifths", 40.0), ("one-tenth", 10.0),
)
_PEOPLE: Final = ("respondents", "adults", "voters", "parents", "teachers", "drivers")
#: Words for filler text: no digits, number words, units, qualifiers or change verbs.
FILLER_WORDS: Final = (
    "the", "city", "council", "report", "said", "on", "Tuesday", "officials", "in", "river",
    "plan", "budget", "with", "new", "park", "weather", "committee", "and", "local", "map",
    "library", "was", "green", "open", "street", "morning", "museum", "road", "is", "quiet",
)


@attrs.frozen
class Phrase:
    """A statistic phrase: ``text[start:end]`` is the figure a parser must report."""

    text: str
    start: int
    end: int
    kind: Kind
    low: float
    high: float
    unit: Unit


@attrs.frozen
class Expected:
    """A statistic a parser must find in a longer text, located by its span."""

    start: int
    end: int
    kind: Kind
    low: float
    high: float
    unit: Unit


def number_words(n: int) -> str:
    """English words for 0 <= n <= 100 (``22`` -> ``twenty-two``)."""
    if n == 100:
        return "one hundred"
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def percentages() -> st.SearchStrategy[float]:
    """Percent values as surveys report them: whole numbers or one decimal, 0 to 100."""
    return st.one_of(
        st.integers(0, 100).map(float),
        st.integers(0, 999).map(lambda n: n / 10),
    )


def _phrase(before: str, figure: str, after: str, kind: Kind, low: float, high: float,
            unit: Unit) -> Phrase:
    return Phrase(before + figure + after, len(before), len(before) + len(figure), kind, low,
                  high, unit)


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


@st.composite
def percent_phrases(draw: st.DrawFn) -> Phrase:
    """``27%``, ``27 per cent``, ``twenty-seven percent``... as shares of a group."""
    v = draw(percentages())
    forms = [f"{_fmt(v)}%", f"{_fmt(v)} %", f"{_fmt(v)}\u00a0%", f"{_fmt(v)} percent",
             f"{_fmt(v)} per cent", f"{_fmt(v)} pct"]
    if v == int(v):
        forms += [f"{number_words(int(v))} percent", f"{number_words(int(v))} per cent"]
    figure = draw(st.sampled_from(forms))
    people = draw(st.sampled_from(_PEOPLE))
    return _phrase("Of all ", figure, f" of {people} agreed", "share", v, v, "percent")


@st.composite
def fraction_phrases(draw: st.DrawFn) -> Phrase:
    """``two-thirds of voters``, ``one in five adults``, ``3 out of 10 parents``."""
    people = draw(st.sampled_from(_PEOPLE))
    if draw(st.booleans()):
        word, value = draw(st.sampled_from(_FRACTIONS))
        return _phrase("We found ", word, f" of {people} agreed", "share", value, value,
                       "percent")
    den = draw(st.sampled_from([2, 3, 4, 5, 10, 20, 100]))
    num = draw(st.integers(1, den - 1))
    link = draw(st.sampled_from([" in ", " out of "]))
    as_words = den <= 20 and draw(st.booleans())
    figure = (number_words(num) + link + number_words(den)) if as_words else f"{num}{link}{den}"
    value = round(100.0 * num / den, 3)
    return _phrase("We found ", figure, f" {people} agreed", "share", value, value, "percent")


@st.composite
def change_phrases(draw: st.DrawFn) -> Phrase:
    """``up 5 points``, ``fell 3 percentage points``, ``an 18 percent drop``."""
    v = float(draw(st.integers(1, 60)))
    form = draw(st.integers(0, 3))
    if form == 0:
        return _phrase("Support was up ", f"{_fmt(v)} points", " overall", "change", v, v,
                       "percentage_point")
    if form == 1:
        return _phrase("Support fell ", f"{_fmt(v)} percentage points", " overall", "change",
                       -v, -v, "percentage_point")
    if form == 2:
        return _phrase("There was an ", f"{_fmt(v)} percent", " drop overall", "change", -v, -v,
                       "percent")
    return _phrase("Support grew by ", f"{_fmt(v)}%", " overall", "change", v, v, "percent")


@st.composite
def ratio_phrases(draw: st.DrawFn) -> Phrase:
    """``3.5 times as likely``, ``twofold``, ``doubled``, ``halved``."""
    if draw(st.booleans()):
        v = draw(st.integers(11, 99)) / 10
        return _phrase("Renters were ", f"{v} times", " as likely to agree", "ratio", v, v,
                       "ratio")
    word, v = draw(st.sampled_from([("doubled", 2.0), ("tripled", 3.0), ("halved", 0.5),
                                    ("quadrupled", 4.0)]))
    return _phrase("The share ", word, " since then", "ratio", v, v, "ratio")


@st.composite
def sample_phrases(draw: st.DrawFn) -> Phrase:
    """``1,004 respondents``, ``n=1,012``."""
    n = draw(st.integers(100, 99_999))
    if draw(st.booleans()):
        return _phrase("In all, ", f"{n:,} respondents", " took part", "sample_size", n, n,
                       "count")
    return _phrase("The panel was large (", f"n={n:,}", ")", "sample_size", n, n, "count")


@st.composite
def moe_phrases(draw: st.DrawFn) -> Phrase:
    """``margin of error of ±3.1 percentage points``, ``plus or minus 3 points``."""
    v = draw(st.integers(5, 99)) / 10
    cue = draw(st.sampled_from(["The margin of error is ±", "The margin of error is plus or minus ",
                                "It has a margin of error of "]))
    unit = draw(st.sampled_from([" percentage points", " points", "%"]))
    return _phrase(cue, f"{v}{unit}", "", "margin_of_error", v, v, "percentage_point")


def statistic_phrases() -> st.SearchStrategy[Phrase]:
    """Any of the phrase strategies above."""
    return st.one_of(percent_phrases(), fraction_phrases(), change_phrases(), ratio_phrases(),
                     sample_phrases(), moe_phrases())


def filler(max_words: int = 30) -> st.SearchStrategy[str]:
    """Prose with no statistic in it, built from :data:`FILLER_WORDS`."""
    return st.lists(st.sampled_from(FILLER_WORDS), max_size=max_words).map(" ".join)


@st.composite
def survey_sentences(
    draw: st.DrawFn, max_phrases: int = 4
) -> tuple[str, tuple[Expected, ...]]:
    """A text of filler and statistic phrases, each its own sentence, with what to find."""
    parts: list[str] = []
    expected: list[Expected] = []
    pos = 0
    for _ in range(draw(st.integers(1, max_phrases))):
        pad = draw(filler(12))
        if pad:
            parts.append(pad + ". ")
            pos += len(pad) + 2
        ph = draw(statistic_phrases())
        expected.append(Expected(pos + ph.start, pos + ph.end, ph.kind, ph.low, ph.high, ph.unit))
        parts.append(ph.text + ". ")
        pos += len(ph.text) + 2
    return "".join(parts), tuple(expected)
