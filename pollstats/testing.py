"""Hypothesis strategies for testing survey-statistic parsers (pollstats' own or yours).

Needs the ``testing`` extra (``pip install 'pollstats-extract[testing]'``); never imported by
``import pollstats``. Each phrase strategy yields a :class:`Phrase`: a short text and the one
statistic a correct parser must find in it (span, kind, value, unit, qualifier).
:func:`survey_sentences` strings phrases together with filler prose (and, if asked, numbers
that are *not* statistics) and yields the whole text with every statistic to find, as
:class:`Expected` values.

Spans follow pollstats' record schema (docs/schema.md): the span covers the figure with its
unit word (``27 per cent``, ``one in five``, ``9–14%``), not qualifier words (``nearly``) nor
the people counted, except for a sample size (``1,004 respondents``).

>>> from hypothesis import given
>>> from pollstats.testing import statistic_phrases
>>> @given(statistic_phrases())
... def test_finds_it(phrase):
...     (st,) = pollstats.extract(phrase.text).statistics
...     assert (st.low, st.unit, st.kind) == (phrase.low, phrase.unit, phrase.kind)
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Final

import attrs

try:
    from hypothesis import strategies as st
except ImportError as _e:  # pragma: no cover - tested in a subprocess
    raise ImportError(
        "pollstats.testing needs hypothesis: pip install 'pollstats-extract[testing]' "
        "(or pip install '.[testing]' in a checkout)"
    ) from _e

from .model import Kind, Qualifier, Unit

__all__ = [
    "FILLER_WORDS",
    "PERCENT_FORMS",
    "QUALIFIER_WORDS",
    "RANGE_DASHES",
    "WORD_HYPHENS",
    "Expected",
    "Phrase",
    "change_phrases",
    "filler",
    "fraction_phrases",
    "moe_phrases",
    "non_statistics",
    "number_words",
    "percent_phrases",
    "percentages",
    "qualified_phrases",
    "range_phrases",
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

#: The surface forms :func:`percent_phrases` writes, by name (``{v}`` is the number in digits,
#: ``{w}`` in words — used only for whole numbers).
PERCENT_FORMS: Final = {
    "sign": "{v}%",
    "space_sign": "{v} %",
    "nbsp_sign": "{v}\u00a0%",
    "percent": "{v} percent",
    "per_cent": "{v} per cent",
    "pct": "{v} pct",
    "words_percent": "{w} percent",
    "words_per_cent": "{w} per cent",
}

#: What may join the parts of a compound number word ("forty-five"): the hyphen, the
#: typographic hyphen U+2010, the non-breaking hyphen U+2011, the soft hyphen U+00AD, and a
#: hyphen ending a line (LF or CRLF) where the word wraps.
WORD_HYPHENS: Final = ("-", "\u2010", "\u2011", "\u00ad", "-\n", "-\r\n")
#: What may join the two ends of a digit range ("9-14%"): hyphens, dashes, the minus sign and
#: the full-width and small hyphen-minus.
RANGE_DASHES: Final = ("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212",
                       "\ufe63", "\uff0d")

#: Qualifier words a parser must read in front of a figure, with the qualifier they mean.
QUALIFIER_WORDS: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("nearly", "approximately"), ("almost", "approximately"), ("about", "approximately"),
    ("around", "approximately"), ("roughly", "approximately"),
    ("more than", "more_than"), ("over", "more_than"), ("at least", "at_least"),
    ("less than", "less_than"), ("under", "less_than"), ("up to", "at_most"),
    ("no more than", "at_most"),
)


@attrs.frozen
class Expected:
    """A statistic a parser must find in a longer text, located by its span."""

    start: int
    end: int
    kind: Kind
    low: float
    high: float
    unit: Unit
    qualifier: Qualifier = "exact"
    text: str = ""

    def record(self) -> dict[str, Any]:
        """The fields of a pollstats record (docs/schema.md) that this statistic fixes."""
        return {"type": "statistic", "kind": self.kind, "text": self.text, "start": self.start,
                "end": self.end, "low": self.low, "high": self.high, "unit": self.unit,
                "qualifier": self.qualifier}


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
    qualifier: Qualifier = "exact"

    @property
    def figure(self) -> str:
        """``text[start:end]``: what a parser's record must quote."""
        return self.text[self.start : self.end]

    def expected(self, offset: int = 0) -> Expected:
        """This statistic as found in a longer text where the phrase starts at ``offset``."""
        return Expected(self.start + offset, self.end + offset, self.kind, self.low, self.high,
                        self.unit, self.qualifier, self.figure)


def number_words(n: int) -> str:
    """English words for 0 <= n <= 100 (``22`` -> ``twenty-two``)."""
    if not 0 <= n <= 100:
        raise ValueError(f"number_words() covers 0 to 100, not {n}")
    if n == 100:
        return "one hundred"
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def percentages(
    min_value: float = 0.0, max_value: float = 100.0, *, places: int = 1
) -> st.SearchStrategy[float]:
    """Percent values as surveys report them: whole numbers or up to ``places`` decimals.

    Whole numbers are drawn as often as decimals, so number words get exercised.
    """
    if not 0 <= places <= 3:
        raise ValueError(f"places must be 0 to 3, not {places}")
    whole = st.integers(int(-(-min_value // 1)), int(max_value // 1)).map(float)
    if places == 0:
        return whole
    scale = 10**places
    lo, hi = int(-(-min_value * scale // 1)), int(max_value * scale // 1)
    return st.one_of(whole, st.integers(lo, hi).map(lambda n: n / scale))


def _phrase(before: str, figure: str, after: str, kind: Kind, low: float, high: float,
            unit: Unit, qualifier: Qualifier = "exact") -> Phrase:
    return Phrase(before + figure + after, len(before), len(before) + len(figure), kind, low,
                  high, unit, qualifier)


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _forms(forms: Collection[str] | None) -> tuple[str, ...]:
    names = tuple(PERCENT_FORMS) if forms is None else tuple(forms)
    unknown = set(names) - set(PERCENT_FORMS)
    if unknown or not names:
        raise ValueError(f"forms must be among {sorted(PERCENT_FORMS)}, not {sorted(unknown)}")
    return names


@st.composite
def _percent_phrases(draw: st.DrawFn, forms: tuple[str, ...]) -> Phrase:
    v = draw(percentages())
    usable = [n for n in forms if v == int(v) or not n.startswith("words")]
    if not usable:  # only word forms asked for, and v has decimals: round it
        v, usable = float(round(v)), list(forms)
    templ = PERCENT_FORMS[draw(st.sampled_from(usable))]
    w = number_words(int(v)) if v == int(v) else ""
    if "-" in w:  # "forty-five" also with a typographic hyphen or wrapped at the hyphen
        w = w.replace("-", draw(st.sampled_from(WORD_HYPHENS)))
    figure = templ.format(v=_fmt(v), w=w)
    people = draw(st.sampled_from(_PEOPLE))
    return _phrase("Of all ", figure, f" of {people} agreed", "share", v, v, "percent")


def percent_phrases(forms: Collection[str] | None = None) -> st.SearchStrategy[Phrase]:
    """``27%``, ``27 per cent``, ``twenty-seven percent``... as shares of a group; compound
    number words joined by any of :data:`WORD_HYPHENS` (``forty\u2010five``, ``Sixty-⏎five``).

    ``forms`` picks among :data:`PERCENT_FORMS` by name (all by default), to test a parser that
    reads only some of them; word forms get whole numbers.
    """
    return _percent_phrases(_forms(forms))


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
def range_phrases(draw: st.DrawFn) -> Phrase:
    """``9–14%``, ``9-14 per cent``, ``9%–14%``, ``9% to 14%``, ``between 14 and 9%``: one
    share from ``low`` to ``high`` (the dash any of :data:`RANGE_DASHES`)."""
    low = draw(st.integers(0, 98))
    high = draw(st.integers(low + 1, 100))
    dash = draw(st.sampled_from(RANGE_DASHES))
    templ = draw(st.sampled_from(["{a}{d}{b}%", "{a}{d}{b} percent", "{a}{d}{b} per cent",
                                  "{a}%{d}{b}%", "{a}% to {b}%",
                                  "{a} per cent to {b} per cent"]))
    people = draw(st.sampled_from(_PEOPLE))
    if draw(st.booleans()):
        # "between 45 and 60%", also written high end first ("between 60 and 45 per cent")
        a, b = (high, low) if draw(st.booleans()) else (low, high)
        unit = draw(st.sampled_from(["%", " percent", " per cent"]))
        templ = draw(st.sampled_from(["{a} and {b}{u}", "{a}{u} and {b}{u}"]))
        figure = templ.format(a=a, b=b, u=unit)
        return _phrase("It found that between ", figure, f" of {people} agreed", "share",
                       float(low), float(high), "percent")
    figure = templ.format(a=low, b=high, d=dash)
    return _phrase("Between them, ", figure, f" of {people} agreed", "share", float(low),
                   float(high), "percent")


@st.composite
def qualified_phrases(draw: st.DrawFn) -> Phrase:
    """``nearly 40% of voters``, ``more than one in five adults``: a share with its qualifier.

    The qualifier word stays outside the span (see :data:`QUALIFIER_WORDS`).
    """
    word, qualifier = draw(st.sampled_from(QUALIFIER_WORDS))
    inner = draw(st.one_of(percent_phrases(), fraction_phrases()))
    before = f"We found {word} "
    after = inner.text[inner.end :]
    return _phrase(before, inner.figure, after, "share", inner.low, inner.high, "percent",
                   qualifier)


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
    """``3.5 times as likely``, ``doubled``, ``halved``, ``tripled``."""
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


_BY_KIND: Final = {
    "share": (percent_phrases, fraction_phrases, range_phrases, qualified_phrases),
    "change": (change_phrases,),
    "ratio": (ratio_phrases,),
    "sample_size": (sample_phrases,),
    "margin_of_error": (moe_phrases,),
}


def statistic_phrases(kinds: Collection[Kind] | None = None) -> st.SearchStrategy[Phrase]:
    """Any of the phrase strategies above, or only those of the given ``kinds``."""
    chosen = list(_BY_KIND) if kinds is None else list(kinds)
    if not chosen or set(chosen) - set(_BY_KIND):
        raise ValueError(f"kinds must be among {list(_BY_KIND)}, not {chosen}")
    return st.one_of([make() for kind in chosen for make in _BY_KIND[kind]])


def filler(max_words: int = 30) -> st.SearchStrategy[str]:
    """Prose with no statistic in it, built from :data:`FILLER_WORDS`."""
    return st.lists(st.sampled_from(FILLER_WORDS), max_size=max_words).map(" ".join)


_MONTHS: Final = ("January", "March", "May", "July", "September", "November")


@st.composite
def non_statistics(draw: st.DrawFn) -> str:
    """A sentence with numbers that are *not* statistics: a correct parser finds nothing.

    Years, dates, times, money, ages, ordinals, lengths, counts of things that are not
    respondents, a percent sign inside a URL, and scientific notation (``1E-5%``).
    """
    n = draw(st.integers(2, 999))
    year = draw(st.integers(1950, 2030))
    ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(n % 10 if n % 100 not in (11, 12, 13) else 0,
                                               f"{n}th")
    templates = [
        f"The museum opened in {year}",
        f"The park reopened on {draw(st.sampled_from(_MONTHS))} {n % 28 + 1}, {year}",
        f"Tickets cost ${n} each",
        f"The bridge cost £{n} million",
        f"Visitors aged {n % 80 + 18} and older came by bus",
        f"She finished {ordinal} in the race",
        f"The road is {n} km long",
        f"The library lends {n} books a week",
        f"The meeting starts at {n % 12 + 1}:{n % 60:02d}",
        f"Room {n} was quiet",
        "See example.org/a%20b for the map",
        f"The sample held {n}E-{n % 9 + 1}% of the isotope",  # scientific notation
        f"The grid has 10^{n % 9 + 2} percent more cells",
    ]
    return draw(st.sampled_from(templates))


@st.composite
def survey_sentences(
    draw: st.DrawFn, max_phrases: int = 4, *, distractors: bool = False
) -> tuple[str, tuple[Expected, ...]]:
    """A text of filler and statistic phrases, each its own sentence, with what to find.

    With ``distractors``, sentences from :func:`non_statistics` are mixed in too.
    """
    parts: list[str] = []
    expected: list[Expected] = []
    pos = 0

    def add(sentence: str) -> None:
        nonlocal pos
        parts.append(sentence + ". ")
        pos += len(sentence) + 2

    for _ in range(draw(st.integers(1, max_phrases))):
        pad = draw(filler(12))
        if pad:
            add(pad)
        if distractors and draw(st.booleans()):
            add(draw(non_statistics()))
        ph = draw(statistic_phrases())
        expected.append(ph.expected(pos))
        add(ph.text)
    return "".join(parts), tuple(expected)
