"""The one date grammar: date mentions with spans, read as :class:`~pollstats.period.Period`
values, and the time phrases after figures (:data:`TIME`, :func:`time_key`).

This module only finds and reads dates; deciding which date is a survey's fieldwork period
is :mod:`pollstats.attribution`'s job. Relative dates (``last month``) carry an offset and a
month without a year (``in May``) its month; both are resolved against a publication date,
never the clock. Every other relative or partial way of writing a date (``two decades ago``,
``this spring``, ``the third quarter of 2023``, ``from Friday to Sunday``, ``on the 3rd and
4th``) is a named row of :data:`DATE_RULES`; the dates of events (an election, a referendum, an
anniversary, a law, a war, ``since 2010, when ...``) are flagged by :data:`EVENT_RULES`
(``DateMention.event``). Month names and every other time word come from ``data/dates.txt``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import re as stdlib_re
from collections.abc import Callable, Iterator
from typing import Final

import attrs
import regex

from ._data import alternation, alternation_of, table, word_pattern, words
from ._gate import ascii_folded
from .period import Period
from .tokens import _FOLD, fold_case

__all__ = [
    "DATE_RULES",
    "EVENT_RULES",
    "MONTHS",
    "TIME",
    "TIME_WORDS",
    "DateMention",
    "DateRule",
    "EventRule",
    "TimeKey",
    "cycle_month",
    "dateline",
    "dateline_span",
    "days_written",
    "find_dates",
    "in_cycle",
    "names_vote",
    "published_period",
    "resolve",
    "time_key",
    "time_words_in",
]

_DATES = "dates.txt"
#: Month names (lower case, abbreviations without their full stop) -> month number.
MONTHS: Final[dict[str, int]] = {k: int(v.split()[0]) for k, v in table(_DATES)["months"]}
_ABBREVIATED: Final = frozenset(k for k, v in table(_DATES)["months"] if "abbreviated" in v)
RELATIVE: Final[dict[str, tuple[str, int]]] = {
    k.lower(): (v.split()[0], int(v.split()[1])) for k, v in table(_DATES)["relative"]
}
_MONTH = "|".join(
    sorted((m.capitalize() for m in MONTHS), key=lambda w: (-len(w), w))
)
_PART = alternation_of(_DATES, "part_of_month")
#: "survey", "poll", "wave": nouns naming a survey (dates.txt [survey_nouns], read only here).
SURVEY_NOUNS: Final = words(_DATES, "survey_nouns")
#: "year", "wave", "games": nouns counting time or occasions (dates.txt [time_nouns]).
TIME_NOUNS: Final = words(_DATES, "time_nouns")
#: The month names and abbreviations (dates.txt [months]).
MONTH_WORDS: Final = words(_DATES, "months")
_SURVEY_NOUN = alternation(SURVEY_NOUNS)
_BASELINE = alternation_of(_DATES, "earlier_date_cues")
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2})"
_DAY = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|through|until|and)\s*"

_DATE = regex.compile(
    rf"""
    (?:(?<![\w-])|(?<=(?<![\w-]){_YEAR}\s?[-–—]\s?)  # "April 2023-March 2024" too
       |(?<=(?<![\w-])FY)(?=[0-9]))                      # "FY2024-25": a fiscal year
    (?:
        (?P<iso>(?P<iy>{_YEAR})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9]))      # 2024-03-06
      | (?:(?i:{_PART})[-\s]+)?
        (?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY})
        (?:{_TO}(?:(?P<m1e>{_MONTH})\.?\s+)?(?P<d1e>{_DAY}))?               # March 6 to 8
        (?:,?\s+(?P<y1>{_YEAR}))?                                         # , 2012
      | (?P<d2>{_DAY})(?:{_TO}{_DAY})?\s+(?P<m2>{_MONTH})\.?                  # 6-8 March
        (?:{_TO}(?P<d2e>{_DAY})\s+(?P<m2e>{_MONTH})\.?)?                        # 30 May to 3 June
        (?:,?\s+(?P<y2>{_YEAR}))?
      | (?:(?i:{_PART})[-\s]+)?
        (?P<m3>{_MONTH})\.?(?:{_TO}(?:(?i:{_PART})[-\s]+)?(?P<m3b>{_MONTH})\.?)?  # September-
                                                          # October, late May to early June
        (?:,?\s+(?:of\s+)?(?P<y3>{_YEAR}))?                               # 2024
      | (?i:between)\s+(?P<ya>{_YEAR})\s+and\s+(?P<yb>{_YEAR})            # between 2007 and 2010
      | (?P<y4>{_YEAR})(?:\s*(?:-|–|—|/|to|through)\s*(?P<y5>{_YEAR}|[0-9]{{2}}(?![0-9])))?
                                                                  # 2023, 2007–2010, 2023/24
    )
    (?![\w%])                                                            # not 1990s, 2024%
    """,
    regex.VERBOSE,
)
_RELATIVE = regex.compile(rf"(?<!\w)(?P<rel>{alternation(list(RELATIVE))})(?!\w)", regex.I)
_BASELINE_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:{_BASELINE})
    (?:\s+(?:data|figures|results|levels?|the|a|an|its|in|of|from|same|period|survey|poll)){{0,3}}
    \s+\Z""",
    regex.I | regex.VERBOSE,
)
#: A span inside a date: "October 8 to 10", "6-8 March", "16 February to 1 March".
_RANGE_INSIDE = regex.compile(
    rf"""[0-9]\s*(?:-|–|—|to|through|until|and)\s*[0-9A-Z]|\s(?:to|through|until|and)\s+[0-9]
    |\p{{L}}\.?\s*(?:-|–|—)\s*\p{{Lu}}|\s(?:to|through|until)\s+\p{{Lu}}
    |\s(?:to|through|until)\s+(?i:{_PART})[-\s]+\p{{Lu}}  # late May to early June""",
    regex.VERBOSE)
#  ... and a span of months: "from January to March" is fieldwork, not a baseline
_RANGE_AFTER = regex.compile(  # "from Dec. 28, 2024, to Jan. 3, 2025": a span, no baseline
    r",?\s*(?:-|–|—|to|through|until)\s*(?:[0-9]|[A-Z][a-z]+\.?\s+[0-9])")
#: Dates of events, not of fieldwork: "founded in 1987", "since he took office in 2017",
#: "expect their headcount to grow in 2026" (a forecast).
_NOT_FIELDWORK_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:since|founded|established|began|begun|started|launched|created|born|
        took\s+office|elected|set\s+up|opened|going\s+back\s+to|dating\s+back\s+to|
        voted|won|lost|joined|moved|retired|graduated|died|begins|begin|due|scheduled|
        expected|will|ends|end(?!\s+of)|as\s+early\s+as|
        seek|seeks|seeking|prepares|preparing|plans|planning|intends|hopes|aims|faces|facing|
        expect|expects|expecting|predict|predicts|predicted|predicting|forecast|forecasts|
        forecasting|anticipate|anticipates|anticipating|projected|projecting|planned|
        intend|intended|intending|released|published|unveiled|
        suspended|abolished|scrapped|repealed|enacted|   # a policy's event: "suspended in 2011"
        who\s+(?:backed|supported|chose|picked))         # a group: who backed him in 2022
    (?:\s+[^\s.;]+){0,10}?\s+\Z
  | (?<!\w)(?:until|before|after|prior\s+to)(?:\s+[^\s.;,]+){0,2}?\s+\Z  # "before the 2019
                                    # vote"; not "after housing costs in", "before the war, in"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: When a body spoke, written without a year ("the statistics office said in June", "Stats
#: SA reported on Tuesday"): the release's date, not the period its figures cover.
_SAID_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:said|says|reported|announced)
    [ \t]+(?:(?:in|on|earlier[ \t]+in)[ \t]+)?\Z""",  # "said last month", "said Monday"
    regex.VERBOSE | regex.IGNORECASE,
)
#: "Fieldwork began on 12 February", "interviewing started on the 3rd": the start of the
#: survey's own fieldwork, not of something else ("since the war began in 2022").
_FIELDWORK_BEGAN = regex.compile(
    r"""(?r)(?<!\w)(?:fieldwork|interviewing|interviews|polling|data\s+collection|
        (?:the|this|our|its)\s+(?:\w+\s+)?(?:survey|poll|study))
    \s+(?:(?:has|had|was)\s+)?(?:began|begun|started|commenced|opened|begins|starts)
    (?:\s+[^\s.;]+){0,3}?\s+\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_SURVEY_AFTER = regex.compile(  # "the 2023 survey", "the 2024 National Health Interview Survey"
    rf"(?:'s)?(?:\s+(?:{_SURVEY_NOUN})|(?:\s+(?-i:\p{{Lu}})[\w\-]*){{1,5}}?\s+(?:{_SURVEY_NOUN}|System))"
    rf"(?!\w)",
    regex.I,
)


@attrs.frozen
class DateMention:
    """A date as written. ``value`` is None for a relative date (``relative``) and for a date
    without a year (``month``, ``day``) until :func:`resolve` reads it against a date."""

    start: int
    end: int
    text: str
    value: Period | None
    relative: tuple[str, int] | None = None  # ("year", -1) for "last year"
    baseline: bool = False  # "compared with 2019", "up from 40% in 2000"
    names_survey: bool = False  # "the 2023 survey"
    not_fieldwork: bool = False  # "founded in 1987", "since he took office in 2017"
    month: int | None = None  # "in May", "on April 19": a date without a year
    day: int | None = None
    rule: str | None = None  # the DATE_RULES row that read a relative or partial date
    parts: tuple[int, ...] = ()  # what that rule read (weekdays, days, a quarter, a season)
    event: str | None = None  # the EVENT_RULES row: an election's, a law's date, not fieldwork
    #: "last February": the month's latest occurrence before the publication month, not in it
    last: bool = False
    #: "June last year" (-1), "in March this year" (0): the month of the year so counted from
    #: the publication's (rule ``month_of_year``)
    year_offset: int | None = None

    @property
    def month_only(self) -> bool:
        """A month (and day) without a year: ``in May``, ``on April 19``."""
        return self.value is None and self.month is not None

    @property
    def year(self) -> int | None:
        return self.value.year if self.value is not None else None


_Read = tuple[Period | None, int | None, int | None]  # a period, or a month and day without year
_NOTHING: Final[_Read] = (None, None, None)
_LONGEST_MONTH: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _value(m: regex.Match[str]) -> _Read:
    """What a match of :data:`_DATE` says; nothing for an impossible date (``2024-13-45``,
    ``February 30``)."""
    try:
        return _read(m)
    except ValueError:
        return _NOTHING


def _read(m: regex.Match[str]) -> _Read:
    if m["iso"]:
        return Period(int(m["iy"]), int(m["im"]), int(m["id"])), None, None
    for mk, dk, yk in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if m[mk]:
            month = MONTHS[fold_case(m[mk])]
            day = int("".join(c for c in m[dk] if c.isdigit()))
            if not 1 <= day <= _LONGEST_MONTH[month - 1]:
                return _NOTHING
            if m[yk]:
                return _day_span(m, mk, int(m[yk]), month, day), None, None
            return None, month, day
    if m["m3"]:
        month = MONTHS[fold_case(m["m3"])]
        if m["y3"]:
            year = int(m["y3"])
            if m["m3b"]:  # "January to March 2025", "November to February 2025": keep the end
                last = MONTHS[fold_case(m["m3b"])]
                start = year if month <= last else year - 1
                return Period(start, month, end=Period(year, last)), None, None
            return Period(year, month), None, None
        return None, month, None
    if m["ya"]:  # "between 2007 and 2010" (or written the other way round)
        ya, yb = sorted((int(m["ya"]), int(m["yb"])))
        return (Period(ya) if ya == yb else Period(ya, end=yb)), None, None
    y4 = int(m["y4"])
    if m["y5"]:
        y5 = int(m["y5"]) if len(m["y5"]) == 4 else y4 // 100 * 100 + int(m["y5"])
        if y5 > y4:
            return Period(y4, end=y5), None, None
    return Period(y4), None, None


def _day_span(m: regex.Match[str], mk: str, year: int, month: int, day: int) -> Period:
    """A day, or a span of days across months ("15 October and 18 November 2025", "Dec. 28
    to Jan. 3, 2024": the year written is the end's) with its end; a span within one month
    ("March 6 to 8") is read as its first day."""
    e_month = m[mk + "e"]
    if not e_month:
        return Period(year, month, day)
    last = MONTHS[e_month.lower()]
    e_day = int("".join(c for c in m["d1e" if mk == "m1" else "d2e"] if c.isdigit()))
    if last == month:
        return Period(year, month, day)
    return Period(year - (last < month), month, day, end=Period(year, last, e_day))


#: Two days of one month joined into a span: "6-8", "3 to 7", "15 and 16" (with ordinals).
_DAYS_SPAN = regex.compile(rf"(?<![0-9])(?P<a>{_DAY}){_TO}(?P<b>{_DAY})(?![0-9])")


def days_written(text: str, day: Period) -> Period:
    """The span of days a date's words give when they join two days of one month ("March 6
    to 8, 2025", "6-8 March", "on the 15th and 16th"), read from ``day``, its first; ``day``
    itself otherwise. Dates keep their first day (:func:`_day_span`); a record's days come
    from here.

    >>> str(days_written("March 6-8, 2025", Period(2025, 3, 6)))
    '2025-03-06/2025-03-08'
    >>> str(days_written("March 6, 2025", Period(2025, 3, 6)))
    '2025-03-06'
    """
    if day.day is None or day.month is None or day.end is not None:
        return day
    m = _DAYS_SPAN.search(text)
    if m is None or int(m["a"].rstrip("stndrh")) != day.day:
        return day
    last = int(m["b"].rstrip("stndrh"))
    if not day.day < last <= calendar.monthrange(day.year, day.month)[1]:
        return day
    return Period(day.year, day.month, day.day, end=Period(day.year, day.month, last))


# -- relative and partial dates: one named rule per way of writing (#13 item 2) -------------
#
# A rule reads a match into a _Reading: a value when the text gives the year ("the third
# quarter of 2023", "spring 2024"), else what resolve() needs to read it against the
# publication date (a weekday span, days of a month, a season, a quarter, "two decades ago").

_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"
_SEASONS: Final[dict[str, int]] = {  # the month a season starts (northern hemisphere)
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}
_ORDINALS: Final[dict[str, int]] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}
_COUNTS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "several": 3,
    "twelve": 12, "eighteen": 18,
}
_COUNT = alternation(list(_COUNTS))


@attrs.frozen
class _Reading:
    value: Period | None = None
    relative: tuple[str, int] | None = None
    parts: tuple[int, ...] = ()


@attrs.frozen
class DateRule:
    """One way of writing a relative or partial date: ``pattern`` found around a "year",
    "week", season, quarter, weekday or ordinal anchor, ``read`` into a value or parts,
    ``resolve`` (when the text gives no year) against the publication date. ``examples`` are
    (sentence, publication day, the record's period) triples; ``near_misses`` sentences in
    which the rule finds nothing."""

    name: str
    pattern: regex.Pattern[str]
    read: Callable[[regex.Match[str]], _Reading | None]
    resolve: Callable[[DateMention, Period], Period | None] | None
    examples: tuple[tuple[str, str, str | None], ...]
    near_misses: tuple[str, ...]


def _read_table(m: regex.Match[str]) -> _Reading:
    return _Reading(relative=RELATIVE[" ".join(m[0].lower().split())])


_AGO = regex.compile(
    rf"""(?<!\w)(?P<n>{_COUNT}|[0-9]{{1,2}})\s+(?P<unit>years?|months?|weeks?|decades?)
    \s+(?:ago|earlier|before(?=[ \t]*(?:[,.;:)\n]|\Z)))(?!\w)  # "five years earlier", not
    """,                                                # "two years before the vote"
    regex.VERBOSE | regex.IGNORECASE,
)


def _read_ago(m: regex.Match[str]) -> _Reading:
    n = _COUNTS.get(" ".join(m["n"].lower().split())) or int(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "decade":
        return _Reading(relative=("year", -10 * n))
    return _Reading(relative=(unit, -n))


#: "this spring", "last autumn", "in the spring of 2023", "fall 2024"; not "the Arab Spring",
#: "spring cleaning" (no year, no "this"/"last").
_SEASON = regex.compile(
    r"""(?<!\w)
    (?<!(?-i:(?!(?:In|During|By|Since|Until|From|Last|This|Early|Late|Mid)\s)\p{Lu}\p{Ll}+)\s)
    (?:(?P<det>this|last|past|early|late|mid|the)[-\s]+)?
    (?P<s>spring|summer|autumn|fall|winter)
    (?:\s+(?:of\s+)?(?P<y>(?:19|20)[0-9]{2}))?
    (?![\w%])""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _read_season(m: regex.Match[str]) -> _Reading | None:
    first = _SEASONS[fold_case(m["s"])]
    det = (m["det"] or "").lower()
    if m["y"]:  # "spring 2012", "winter 2024": the year (a season is too vague for months)
        return _Reading(Period(int(m["y"])))
    if det not in ("this", "last", "past"):
        return None
    return _Reading(relative=("season", 0 if det == "this" else -1), parts=(first,))


def _resolve_season(d: DateMention, pub: Period) -> Period | None:
    """The year of a season (of its middle month: this winter's December–February is the
    year of its January). This spring: the one starting between eight months before and
    three months after the publication month (in December, "this spring" is the coming
    one); last spring: the latest one over before the publication month."""
    assert d.relative is not None
    first, now = d.parts[0], pub.year * 12 + (pub.month or 12) - 1
    start = (pub.year + 1) * 12 + first - 1
    if d.relative[1] == 0:
        while start > now + 3:
            start -= 12
    else:
        while start + 2 >= now:
            start -= 12
    return Period((start + 1) // 12)


_QUARTER = regex.compile(
    rf"""(?<!\w)(?:
        (?:the\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter
        (?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<this>this|last)\s+year))?           # the third quarter
      | (?-i:Q(?P<qn>[1-4]))(?:\s+of)?\s*(?P<y2>{_YEAR})                        # Q3 2023
      | (?P<y3>{_YEAR})\s*(?-i:Q(?P<qn2>[1-4]))                                 # 2023 Q3
      | (?P<rel>last|this|the\s+previous|the\s+past)\s+quarter                  # last quarter
      | (?<=(?<!\w)(?:in|for|during|over|of|to|than|from)\s)
        (?-i:Q(?P<qn3>[1-4]))                                                   # in Q2
      | (?:the\s+)?(?-i:(?P<qm>March|June|September|Sept\.|Sep\.|December|Dec\.))
        (?:\s+(?P<y5>{_YEAR}))?                                                  # June 2025
        \s+quarter(?:\s+(?:of\s+)?(?P<y4>{_YEAR}))?                          # the June quarter
    )(?![\w%-])""",
    regex.VERBOSE | regex.IGNORECASE,
)


_QUARTER_ENDING: Final[dict[str, int]] = {"Mar": 1, "Jun": 2, "Sep": 3, "Dec": 4}


def _quarter(year: int, q: int) -> Period:
    return Period(year, 3 * q - 2, end=Period(year, 3 * q))


def _read_quarter(m: regex.Match[str]) -> _Reading:
    if m["rel"]:
        return _Reading(relative=("quarter", 0 if m["rel"].lower() == "this" else -1))
    if m["qm"]:  # "the September quarter" (Australia, New Zealand): the one ending then
        q = _QUARTER_ENDING[m["qm"][:3]]
    else:
        q = _ORDINALS[fold_case(m["q"])] if m["q"] else int(m["qn"] or m["qn2"] or m["qn3"])
    year = m["y"] or m["y2"] or m["y3"] or m["y4"] or m["y5"]
    if year:
        return _Reading(_quarter(int(year), q))
    return _Reading(relative=("quarter", -1 if (m["this"] or "").lower() == "last" else 0),
                    parts=(q,))


def _resolve_quarter(d: DateMention, pub: Period) -> Period | None:
    """A numbered quarter: the latest one starting not after the publication month (a year
    earlier for "of last year"); "last quarter": the one before the publication's."""
    assert d.relative is not None
    month = pub.month or 12
    if d.parts:
        q = d.parts[0]
        year = pub.year - (3 * q - 2 > month) + d.relative[1]
        return _quarter(year, q)
    q = (month - 1) // 3 + 1 + d.relative[1]
    return _quarter(pub.year - (q < 1), (q - 1) % 4 + 1)


#: "the second half of 2024", "the first six months of the year", "the final three months of
#: last year", "H1 2025": a part of a year, from its first month to its last.
_PART_OF_YEAR = regex.compile(
    rf"""(?<!\w)(?:
        (?:the\s+)?(?P<which>first|second|latter|last|final|opening|closing)\s+
        (?:(?P<half>half)|(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven
                                |1[01]|[2-9])\s+months)
        \s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|the)\s+year)
      | (?-i:H(?P<h>[12]))\s*(?P<y2>{_YEAR})                                   # H1 2025
      | (?P<y3>{_YEAR})\s*(?-i:H(?P<h3>[12]))                                  # 2025 H1
    )(?![\w%-])""",
    regex.VERBOSE | regex.IGNORECASE,
)
_PART_COUNTS: Final[dict[str, int]] = {
    **{w: n for n, w in enumerate(
        "two three four five six seven eight nine ten eleven".split(), start=2)},
    **{str(n): n for n in range(2, 12)},
}  # "the first four months of the year", "the first 5 months of 2025"


def _read_part_of_year(m: regex.Match[str]) -> _Reading:
    """The months a part of a year covers (its first and last) and its year, when written;
    "of this year" (0), "of last year" (-1) or "of the year" (the latest such part over by
    publication, 1) when not."""
    if m["h"] or m["h3"]:
        half = int(m["h"] or m["h3"])
        first, last = (1, 6) if half == 1 else (7, 12)
    else:
        n = 6 if m["half"] else _PART_COUNTS[fold_case(m["n"])]
        early = m["which"].lower() in ("first", "opening")
        if m["half"] and m["which"].lower() == "second":
            early = False
        first, last = (1, n) if early else (13 - n, 12)
    year = m["y"] or m["y2"] or m["y3"]
    if year:
        return _Reading(Period(int(year), first, end=Period(int(year), last)))
    offset = {"this": 0, "last": -1}.get(m["rel"].lower(), 1)
    return _Reading(relative=("year", offset), parts=(first, last))


def _resolve_part_of_year(d: DateMention, pub: Period) -> Period | None:
    """A part of this year or last year; "of the year": the latest one over by the
    publication month (in January, the second half of the year is last year's)."""
    assert d.relative is not None
    first, last = d.parts
    offset = d.relative[1]
    if offset == 1:
        year = pub.year - ((pub.month or 12) <= last if pub.month is not None else 0)
    else:
        year = pub.year + offset
    return Period(year, first, end=Period(year, last))


_WEEKDAY_SPAN = regex.compile(
    rf"""(?<!\w)
    (?<!(?i:every|each|works?|working|worked|open|opens|closed|shifts?|usually|typically)\s+
        (?i:from\s+|between\s+)?)
    (?:(?P<between>(?i:between)\s+)|(?i:from)\s+
      |(?P<pair>(?i:on|last|this\s+past)\s+
         # "the survey, conducted Saturday and Sunday": a fieldwork verb right before
         |(?<=(?<!\w)(?i:conducted|carried\s+out|fielded|taken|done|held|interviewed)\s)))?
    (?P<a>{_WEEKDAY})
    (?(between)\s+(?i:and)\s+
      |(?(pair)\s+(?i:and)\s+                               # on Monday and Tuesday
        |\s*(?:-|–|—|\s(?i:to|through|until|till)\s)\s*))
    (?P<b>{_WEEKDAY})(?![\w'’])""",
    regex.VERBOSE,
)


def _read_weekdays(m: regex.Match[str]) -> _Reading | None:
    a, b = _WEEKDAYS.index(m["a"]), _WEEKDAYS.index(m["b"])
    return None if a == b else _Reading(relative=("day", 0), parts=(a, b))


def _resolve_weekdays(d: DateMention, pub: Period) -> Period | None:
    """The latest such span ending by the publication day; the publication month when only
    the month is known."""
    if pub.day is None or pub.month is None:
        return Period(pub.year, pub.month) if pub.month is not None else None
    a, b = d.parts
    end = pub.first_day - _dt.timedelta(days=(pub.first_day.weekday() - b) % 7)
    start = end - _dt.timedelta(days=(b - a) % 7)
    return Period(start.year, start.month, start.day,
                  end=Period(end.year, end.month, end.day))


_DAY_FOLLOW = (r"in|at|on|with|by|among|across|when|while|before|after|and|but|or|that|which|"
               r"this|last|the|a|an|found|showed|shows|finds|respondents|people|adults|voters")
_DAY_SPAN = regex.compile(
    rf"""(?<!\w)(?i:on|between|from|over)\s+the\s+(?P<a>[0-3]?[0-9])(?:st|nd|rd|th)
    (?:\s*(?:-|–|(?i:and|to|through|until))\s*(?:the\s+)?(?P<b>[0-3]?[0-9])(?:st|nd|rd|th))?
    (?:\s+of\s+(?P<m>{_MONTH})\.?(?:,?\s+(?P<y>{_YEAR}))?(?![\w%]))?     # of March 2024
    (?=\s*(?:[.,;:)!?]|\Z|(?i:(?:of\s+)?(?:this|last|the)\s+month)|(?i:{_DAY_FOLLOW})(?!\w)))
    """,
    regex.VERBOSE,
)


def _read_days(m: regex.Match[str]) -> _Reading | None:
    a = int(m["a"])
    b = int(m["b"]) if m["b"] else a
    if not (1 <= a <= 31 and 1 <= b <= 31):
        return None
    if m["m"] is None:
        return _Reading(relative=("day", 0), parts=(a, b))
    month = MONTHS[fold_case(m["m"])]
    if m["y"] is None:
        return None if a > b else _Reading(relative=("day", 0), parts=(a, b, month))
    try:
        start, end = Period(int(m["y"]), month, a), Period(int(m["y"]), month, b)
    except ValueError:
        return None
    return None if a > b else _Reading(start if a == b else attrs.evolve(start, end=end))


def _resolve_days(d: DateMention, pub: Period) -> Period | None:
    """Days of the publication month, or of the month before when they come after the
    publication day; the publication month when only that is known."""
    if pub.month is None:
        return None
    if len(d.parts) == 3:  # "the 9th and 10th of March": the latest March not after publication
        a, b, month = d.parts
        year = pub.year - (month > pub.month)
        try:
            start, end = Period(year, month, a), Period(year, month, b)
        except ValueError:
            return Period(year, month)
        return start if a == b else attrs.evolve(start, end=end)
    a, b = d.parts
    if pub.day is None:
        return Period(pub.year, pub.month)
    end_month = Period(pub.year, pub.month).shift("month", -1 if b > pub.day else 0)
    start_month = end_month.shift("month", -1) if a > b else end_month
    try:
        end = Period(end_month.year, end_month.month, b)
        start = Period(start_month.year, start_month.month, a)
    except ValueError:
        return Period(start_month.year, start_month.month)
    return start if start == end else Period(start.year, start.month, start.day, end=end)


DATE_RULES: Final[tuple[DateRule, ...]] = (
    DateRule(
        "relative_phrase", _RELATIVE, _read_table, None,
        (("Fieldwork ran last month among 900 tenants.", "2025-03-10", "2025-02"),
         ("The panel was asked last week about fares.", "2025-03-10", "2025-03"),
         ("The council polled residents this year.", "2025-03-10", "2025"),
         ("Interviews took place over the past week in Lagos.", "2024-11-20", "2024-11")),
        ("Monthly figures are published by the bureau.", "A year-long study began.",
         "The weekly tracker is out."),
    ),
    DateRule(
        "ago", _AGO, _read_ago, None,
        (("Two decades ago, 31% of Danes agreed.", "2025-03-10", "2005"),
         ("Support fell to 44% in favour, against 52% three years earlier.", "2025-03-10",
          "2022"),
         ("Backing stood at 61 per cent in 2019, against 70 per cent a decade before.",
          "2025-03-10", "2015"),
         ("Three years ago the share was 40%.", "2025-03-10", "2022"),
         ("Six months ago, Ifop found 28%.", "2024-05-02", "2023-11"),
         ("Twelve months earlier the share was 38%.", "2025-03-10", "2024-03")),
        ("The ago-old question remains.", "Decades of surveys show it.",
         "Two years before the vote, turnout was low.", "Years earlier, it was not.",
         "Years later the numbers had changed."),
    ),
    DateRule(
        "season", _SEASON, _read_season, _resolve_season,
        (("The survey was fielded this spring in Ontario.", "2025-06-12", "2025"),
         ("Interviews were done last autumn across Wales.", "2025-03-10", "2024"),
         ("A poll in the spring of 2023 found 44% in favour.", "2025-03-10", "2023"),
         ("The study was fielded in fall 2024.", "2025-03-10", "2024"),
         ("Pollsters asked voters this winter.", "2025-01-15", "2025"),
         ("Pollsters asked voters last summer.", "2025-08-15", "2024")),
        ("After the Arab Spring of 2011, trust fell.", "Spring cleaning is a chore.",
         "The Prague Spring remains a touchstone.", "Shares could fall sharply."),
    ),
    DateRule(
        "quarter", _QUARTER, _read_quarter, _resolve_quarter,
        (("Sales were surveyed in the third quarter of 2023.", "2025-03-10", "2023-07"),
         ("The index was measured in Q2 2024 by the bank.", "2025-03-10", "2024-04"),
         ("Confidence was gauged in the fourth quarter.", "2025-03-10", "2024-10"),
         ("Firms were polled last quarter.", "2025-05-10", "2025-01"),
         ("Prices rose 1.3 per cent in the September quarter.", "2025-10-29", "2025-07"),
         ("Wages grew 0.8 per cent in the June quarter of 2024.", "2025-03-10", "2024-04"),
         ("Output rose 0.4 per cent in Q2, the bureau said.", "2025-08-28", "2025-04"),
         ("Sales grew 2% in the December quarter, the company said.", "2025-02-20",
          "2024-10")),
        ("A quarter of voters said so.", "Three quarters of Kenyans agreed.",
         "The Q2 team met in June.", "Sales rose, and Q3 staff cheered.",
         "He lives in the French Quarter.", "The quarter-final drew 41% of viewers."),
    ),
    DateRule(
        "part_of_year", _PART_OF_YEAR, _read_part_of_year, _resolve_part_of_year,
        (("Across the second half of 2024, the party averaged 35% in the polls.", "2025-01-16",
          "2024-07"),
         ("Approval averaged 48% in the first six months of the year.", "2025-07-20",
          "2025-01"),
         ("In January, the first half of the year is last year's: it averaged 41%.",
          "2025-01-10", "2024-01"),
         ("The rate was 7.3% in the final three months of 2024.", "2025-05-16", "2024-10"),
         ("Hunger averaged 14.2 percent in the first half of 2024, SWS said.", "2025-04-10",
          "2024-01"),
         ("Sales fell 3% in the last six months of last year.", "2025-03-01", "2024-07"),
         ("Trust rose to 52 per cent in the first three months of this year.", "2025-05-02",
          "2025-01"),
         ("Output grew 1.1% in H1 2025, the bureau said.", "2025-08-30", "2025-01"),
         ("Exports rose 8.2% in the first four months of the year, Turkstat said.",
          "2025-06-02", "2025-01"),
         ("Tourist arrivals fell 3% in the last 2 months of 2024.", "2025-02-11", "2024-11")),
        ("Half of the year's budget was spent.", "The first half of March was dry.",
         "In the first half, the team scored twice.", "Three months of the year were wet.",
         "The first four months were the hardest.",
         "The H1N1 outbreak of 2009 hit 20% of pupils."),
    ),
    DateRule(
        "weekday_span", _WEEKDAY_SPAN, _read_weekdays, _resolve_weekdays,
        (("The poll was conducted from Friday to Sunday.", "2025-03-12", "2025-03"),
         ("Datafolha interviewed voters between Tuesday and Thursday.", "2024-10-05",
          "2024-10"),
         ("Fieldwork ran Thursday-Saturday among 1,002 adults.", "2025-03-03", "2025-02"),
         ("The survey, conducted Saturday and Sunday, reached 1,050 people.", "2025-06-01",
          "2025-05"),
         ("The phone poll was carried out Tuesday and Wednesday.", "2024-09-12", "2024-09")),
        ("Shops are open Monday to Friday.", "Those who work Monday through Friday agree.",
         "Friday's poll showed 40%.", "Tickets are sold Saturday and Sunday."),
    ),
    DateRule(
        "day_span", _DAY_SPAN, _read_days, _resolve_days,
        (("Interviews were held on the 3rd and 4th, the institute said.", "2025-03-10",
          "2025-03"),
         ("It polled 1,000 adults between the 28th and the 30th.", "2025-03-10", "2025-02"),
         ("The survey ran on the 9th.", "2024-07-20", "2024-07"),
         ("Voters were polled on the 9th and 10th of March.", "2025-02-20", "2024-03"),
         ("Voters were polled on the 9th and 10th of March 2023.", "2025-02-20", "2023-03")),
        ("She lives on the 3rd floor.", "The bill passed on the 2nd reading.",
         "He finished on the 4th lap."),
    ),
)
_RULES_BY_NAME: Final[dict[str, DateRule]] = {r.name: r for r in DATE_RULES}

#: What a match of a DATE_RULES row must contain, tested on the stretch of text it is looked
#: for in (as written, and case-folded) before the pattern runs there: most time anchors
#: ("said on Wednesday", "years") start no date of these rules. A test checks every match of
#: each row's pattern against its entry; a row without an entry is always tried.
_RULE_NEEDS: Final[dict[str, Callable[[str, str], bool]]] = {
    "ago": lambda seg, low: "ago" in low or "earlier" in low or "before" in low,
    "season": lambda seg, low: any(w in low for w in _SEASONS),
    "quarter": lambda seg, low: "quarter" in low or "Q" in seg,
    "part_of_year": lambda seg, low: "half" in low or "months" in low or "H" in seg,
    "weekday_span": lambda seg, low: seg.count("day") >= 2,  # two (case-sensitive) weekdays
    "day_span": lambda seg, low: "the" in seg and any(c in seg for c in "0123456789"),
}


#: Every date has a year, a month name or a time word in it ("year", "week", a season, a
#: quarter, a weekday, an ordinal day): those are found first (fast), then the full patterns
#: are tried in a short window around each.
_ANCHOR = regex.compile(
    rf"""
    (?:(?<![\w-])|(?<=(?<![\w-])(?i:mid|early|late)-)   # "mid-March" too
       |(?<=(?<![\w-])FY)(?=[0-9]))                      # "FY2024-25"
    (?P<abs>(?:19|20)[0-9]{{2}}|{_MONTH})(?![\w])
  | (?P<rel>(?i:years?|months?|weeks?|weekends?|decades?|quarters?|spring|summer|autumn|fall
               |winter|half)|{_WEEKDAY}|Q[1-4]|H[12]|[0-9]{{1,2}}(?:st|nd|rd|th))(?![\w])
    """,
    regex.VERBOSE,
)
#: Where an _ANCHOR match can start, found by passes of the stdlib engine over one-byte-per-
#: character copies of the text (a case-sensitive one and a lower-case, case-folded one): the
#: anchor's alternatives without their look-arounds. _ANCHOR itself (a case-insensitive
#: alternation with no literal prefix) costs about a microsecond per character when it scans;
#: it is only tried where a pass found something (see _anchors).
#: An anchor is one short word; matching it with an end position far away would cost a
#: scan to that end (the regex module looks for a required literal there first).
_ANCHOR_REACH: Final = 48
_YEAR_AT: Final = stdlib_re.compile(rb"(?:19|20)[0-9][0-9]")  # a year after a digit is no anchor
_ORDINAL_AT: Final = stdlib_re.compile(rb"[0-9](?:st|nd|rd|th)")  # its match starts 0-1 before
_NAME_AT: Final = regex.compile(rf"{_MONTH}|{_WEEKDAY}|Q[1-4]|H[12]")  # faster in regex than in re
_TIME_WORD_AT: Final = stdlib_re.compile(
    rb"year|month|week|decade|quarter|spring|summer|autumn|fall|winter|half")


def _anchors(text: str, start: int, stop: int) -> Iterator[regex.Match[str]]:
    """The matches of _ANCHOR in ``text[start:stop]``, as ``_ANCHOR.finditer`` gives them:
    _ANCHOR is tried (in text order, past the previous match) only at the positions where
    one of the passes above matches, which include every position where it can match."""
    chunk = text[start:stop]
    raw = chunk.encode("ascii", "replace")  # one byte per character
    folded = chunk
    if not chunk.isascii():  # str.translate is slow; these letters are rare
        for ch, to in _FOLD.items():
            if chr(ch) in folded:
                folded = folded.replace(chr(ch), str(to))
    low = (raw if folded is chunk else folded.encode("ascii", "replace")).lower()
    at = [m.start() for m in _YEAR_AT.finditer(raw)]
    at += [m.start() for m in _NAME_AT.finditer(chunk)]
    for m in _ORDINAL_AT.finditer(raw):
        at += (m.start() - 1, m.start())
    w = _TIME_WORD_AT.search(low)
    while w is not None:  # overlapping matches too ("decadecade")
        at.append(w.start())
        w = _TIME_WORD_AT.search(low, w.start() + 1)
    pos = start
    for p in sorted(at):
        p += start
        if p < pos:
            continue
        a = _ANCHOR.match(text, p, min(stop, p + _ANCHOR_REACH))  # see _ANCHOR_REACH
        if a is not None:
            yield a
            pos = a.end()


#: "the three months to August", "the four weeks ending Jan. 2", "the 10 days to 14 March",
#: "the week ending 27 December": a span that ends on the date after it, so started that long
#: before it (rule ``span_ending``; the start is the fieldwork's, #13 item 5). Months count
#: whole months (the UK's labour figures: the three months to August started in June); days
#: and weeks need the end's day. A year ("the year to July", "the 12 months to March") is the
#: month's own reading, no span: an annual rate is dated by its reference month.
_SPAN_TO = regex.compile(
    r"""(?r)(?<!\w)(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|
        fourteen|[2-9]|[1-9][0-9])[\s-]{1,2}(?P<unit>months?|weeks?|days?)
      | (?<=(?<!\w)(?:the|a)\s+)(?P<unit1>week|quarter))     # "the quarter through June"
    [\s-]{1,2}(?:to|through|thru|up\s+to|ending(?:\s+(?:in|on))?|ended(?:\s+(?:in|on))?)
    \s+(?:the\s+end\s+of\s+)?\Z""",
    regex.VERBOSE | regex.IGNORECASE)
_SPAN_COUNTS: Final[dict[str, int]] = {
    **{k: v for k, v in _COUNTS.items() if " " not in k},
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
}
_BACK: Final = 40  # how far a date may start before its anchor ("between 2007", "6-8 March")
_AHEAD: Final = 40
_LEAD_IN: Final = 28


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMention]:
    """Date mentions in ``text[start:end]``, in order (absolute and relative merged)."""
    stop = len(text) if end is None else end
    found: list[DateMention] = []
    abs_end = rel_end = start
    for a in _anchors(text, start, stop):
        lo = max(a.start() - _BACK, start)
        hi = min(a.end() + _AHEAD, stop)
        if a["abs"] is not None:
            if a.start() < abs_end:
                continue
            # a date starts at most _LEAD_IN characters before its first year or month ("the
            # second half of March"); one that starts further back holds an earlier month
            # anchor, which was read first
            lo = max(lo, a.start() - _LEAD_IN, abs_end)
            m = _first_covering(_DATE, text, lo, hi, a.start())
            if m is None:
                continue
            abs_end = m.end()
            value, month, day = _value(m)
            if value is None and month is None:
                continue
            to = _SPAN_TO.search(text, max(0, m.start() - 40), m.start())
            if month is not None and m["m3"] == "May" and to is None and not _month_context(
                    text, m.start(), m.end()):
                continue  # "May" the verb
            if (month is not None and m["m3"] and m["m3"].lower() in _ABBREVIATED
                    and not m[0].rstrip().endswith(".")):
                continue  # "Jan Suraaj Party", "Mar": an abbreviation needs its full stop
            ending = _span_ending(text, to, m.end(), value, month, day) if to else None
            if ending is None and value is not None and value.month is not None:
                ending = _year_ending(text, m.start(), m.end(), value)
            if ending is not None:  # "the three months to August": from June
                found.append(ending)
            else:
                found.append(_of_year(text, _mention(text, m.start(), m.end(), value, None,
                                                     month, day), stop))
        else:
            if a.start() < rel_end:
                continue
            lo = max(lo, rel_end)
            seg = text[lo:hi]
            low = fold_case(seg)
            for rule in DATE_RULES:  # the registry's order is its priority
                need = _RULE_NEEDS.get(rule.name)
                if need is not None and not need(seg, low):
                    continue
                m = _first_covering(rule.pattern, text, lo, hi, a.start())
                reading = rule.read(m) if m is not None else None
                if m is None or reading is None:
                    continue
                rel_end = m.end()
                found.append(_rule_mention(text, m, rule.name, reading))
                break
    return iter(_same_month(text, _spans(text, _week_of(text, _outermost(found))), start, stop))


#: "for the same month", "in that quarter": the month or quarter named just before (not "the
#: same month last year", a relative date of its own).
_SAME_MONTH = regex.compile(
    r"""(?<!\w)(?:in|for|during|of|over)[ \t]+(?:the[ \t]+same|that)[ \t]+(?P<u>month|quarter)
    (?![\w-])(?![ \t]+(?:last|a|the|of|in|one)(?!\w))""", regex.VERBOSE | regex.IGNORECASE)
_SAME_REACH: Final = 300


#: What every _SAME_MONTH match holds, in an ASCII-folded copy (_gate.ascii_folded).
_SAME_MONTH_WORDS: Final = stdlib_re.compile(rb"(?:same|that)[ \t]+(?:month|quarter)")


def _same_month(text: str, found: list[DateMention], start: int, stop: int, *,
                gated: bool = True) -> list[DateMention]:
    """Each "the same month" / "that quarter" read as a copy of the month or quarter named
    last before it in its paragraph, within a few sentences (rule ``same_month``): "Destatis
    put the rate at 3.5% in March. Eurostat's average for the same month was 6.2%". The
    pattern runs only where its words are (``gated=False``, for tests, always runs it)."""
    low = text[start:stop]
    if "same" not in low and "that" not in low:
        return found
    if gated and _SAME_MONTH_WORDS.search(ascii_folded(low)) is None:
        return found  # the pattern (no literal prefix) costs ~70 ns a character
    out = list(found)
    for m in _SAME_MONTH.finditer(text, start, stop):
        k = bisect.bisect_left([d.start for d in out], m.start()) - 1
        if k < 0:
            continue
        d = out[k]
        if (m.start() - d.end > _SAME_REACH or "\n" in text[d.end:m.start()]
                or d.relative is not None or not (d.month_only or (
                    d.value is not None and d.value.month is not None))):
            continue
        out.insert(k + 1, attrs.evolve(d, start=m.start(), end=m.end(), text=m[0],
                                       rule="same_month", baseline=False, names_survey=False,
                                       not_fieldwork=False, event=None))
    return out


#: "June last year", "in March of this year", "12 May next year": a month without a year
#: whose year is counted from the publication's (not "last year's", a possessive).
_OF_YEAR = regex.compile(
    r",?[ \t]+(?:of[ \t]+)?(?P<w>last|this|next)[ \t]+year(?![\w'’])", regex.IGNORECASE)
_YEAR_WORDS: Final[dict[str, int]] = {"last": -1, "this": 0, "next": 1}


def _of_year(text: str, d: DateMention, stop: int) -> DateMention:
    """A month (and day) without a year followed by "last year", "this year" or "next year"
    reads as one mention of that month in that year (rule ``month_of_year``)."""
    if not d.month_only:
        return d
    m = _OF_YEAR.match(text, d.end, min(stop, d.end + 16))
    if m is None:
        return d
    return attrs.evolve(d, end=m.end(), text=text[d.start:m.end()], rule="month_of_year",
                        year_offset=_YEAR_WORDS[fold_case(m["w"])])


#: "over the weekend of February 28–March 1", "in the week of 3 March": the words before "of"
#: name the span the date after it gives, so the date is read, not "the weekend" (this one).
_OF_DATE = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?\Z", regex.IGNORECASE)


def _week_of(text: str, found: list[DateMention]) -> list[DateMention]:
    """Without a relative week or weekend written just before "of" and a date."""
    return [d for k, d in enumerate(found) if not (
        d.relative is not None and d.relative[0] == "week" and k + 1 < len(found)
        and found[k + 1].relative is None and found[k + 1].start - d.end <= 9
        and _OF_DATE.fullmatch(text, d.end, found[k + 1].start) is not None)]


#: "the year ending March 2025", "the financial year to 30 June 2024": a year of data that
#: ends in that month (the UK's survey years, a financial year) spans two calendar years.
_YEAR_ENDING = regex.compile(
    r"""(?r)(?<!\w)(?:the|a)\s+(?:(?:financial|fiscal|tax)\s+year\s+(?:ending|ended|to)
    |year\s+(?:ending|ended))(?:\s+(?:in|on))?\s+\Z""",
    regex.VERBOSE | regex.IGNORECASE)


def _year_ending(text: str, s: int, e: int, value: Period) -> DateMention | None:
    """"The year ending March 2025": the span of years 2024/2025 (a year ending in December is
    that calendar year); None without those words before the date."""
    w = _YEAR_ENDING.search(text, max(0, s - 40), s)
    if w is None or value.end is not None:
        return None
    year = Period(value.year) if value.month == 12 else Period(value.year - 1, end=value.year)
    return _mention(text, w.start(), e, year, None, None, None)


def _span_ending(text: str, to: regex.Match[str], end: int, value: Period | None,
                 month: int | None, day: int | None) -> DateMention | None:
    """"The three months to August", "the four weeks ending Jan. 2" (``to`` the words before
    the date, which ends at ``end``): a mention from the span's first month or day, with the
    span's end when the year is given; None when the span is a year or more of months, or
    counts days or weeks to a date without its day."""
    n = 1 if to["unit1"] else (_SPAN_COUNTS.get(to["n"].lower()) or int(to["n"]))
    unit = (to["unit"] or to["unit1"]).lower().rstrip("s")
    if unit == "quarter":  # "the quarter to June": its three months
        n, unit = 3, "month"
    if unit == "month":
        if n >= 12 or (value is not None and value.day is not None) or day is not None:
            return None
        if value is not None and value.month is not None:
            value = attrs.evolve(value.shift("month", 1 - n), end=value)
            return _mention(text, to.start(), end, value, None, None, None)
        if month is None:
            return None
        start = (month - n) % 12 + 1
        return attrs.evolve(_mention(text, to.start(), end, None, None, start, None),
                            rule="span_ending", parts=(month,))
    back = _dt.timedelta(days=(7 * n if unit == "week" else n) - 1)
    if value is not None and value.day is not None and value.end is None:
        first = value.first_day - back
        value = Period(first.year, first.month, first.day, end=value)
        return _mention(text, to.start(), end, value, None, None, None)
    if value is None and month is not None and day is not None:  # no year: a common year's
        first = _dt.date(2001, month, day) - back
        return attrs.evolve(_mention(text, to.start(), end, None, None, first.month, first.day),
                            rule="span_ending", parts=(month,))
    return None


def _rule_mention(text: str, m: regex.Match[str], rule: str, reading: _Reading) -> DateMention:
    """The mention a DATE_RULES row read. A numbered quarter without a year ("in the June
    quarter", "in Q2") is a month without one, like "in April" (its first month, the latest
    such quarter not after publication), so it dates its sentence as a month does."""
    if rule == "quarter" and reading.relative == ("quarter", 0) and reading.parts:
        q = reading.parts[0]
        return attrs.evolve(_mention(text, m.start(), m.end(), None, None, 3 * q - 2, None),
                            rule=rule, parts=reading.parts)
    return attrs.evolve(
        _mention(text, m.start(), m.end(), reading.value, reading.relative, None, None),
        rule=rule, parts=reading.parts)


#: Between two dates of one span: "April 2023 to March 2024", "Dec. 28, 2023-Jan. 3, 2024",
#: "between late October and mid-November 2025" ("and" only after "between").
_SPAN_JOIN = regex.compile(r",?\s*(?P<to>-|–|—|to|through|till|until|and)\s*\Z", regex.I)
_BETWEEN_BEFORE = regex.compile(r"(?r)(?<!\w)between\s+\Z", regex.I)


def _spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two dates written as the two ends of one span read as one mention whose value starts
    at the first and ends at the second (the fieldwork of "April 2023 to March 2024" started
    in April 2023). A start without a year takes the end's ("late October and mid-November
    2025"), the year before when its month comes later. The two are joined only when nothing
    but the connecting word lies between them and the end comes after the start."""
    out: list[DateMention] = []
    for d in found:
        joined = _span(text, out[-1], d) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(d)
    return out


def _span(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    if (b.value is None or b.value.end is not None or b.start - a.end > 12 or a.relative
            or b.relative or a.rule is not None or b.rule is not None):
        return None
    m = _SPAN_JOIN.match(text, a.end, b.start)
    if m is None or (m["to"].lower() == "and" and _BETWEEN_BEFORE.search(
            text, max(0, a.start - 10), a.start) is None):
        return None
    end = b.value
    if a.value is not None:
        start = a.value
    elif a.month is not None:
        year = end.year if end.month is None or a.month <= end.month else end.year - 1
        start = Period(year, a.month, a.day)
    else:
        return None
    if start.end is not None:
        return None
    try:
        value = Period(start.year, start.month, start.day, end)
    except ValueError:  # the end is not later: two dates, not a span
        return None
    return attrs.evolve(a, end=b.end, text=text[a.start:b.end], value=value, month=None,
                        day=None, names_survey=a.names_survey or b.names_survey,
                        event=a.event or b.event)



#: A yearly cycle that does not start in January, stated by its months: "each round runs from
#: July to June", "the financial year (April to March)", "covers July 2023 to June 2024". The
#: first month follows the last (a twelve-month cycle).
_CYCLE = regex.compile(
    rf"""(?<![\w-])(?P<a>{_MONTH})\.?(?:\s+(?P<ya>{_YEAR}))?
    \s*(?:-|–|—|to|through|until)\s*
    (?P<b>{_MONTH})\.?(?:,?\s+(?P<yb>{_YEAR}))?(?![\w%])""",
    regex.VERBOSE,
)
#: A year written as two consecutive years ("2023-24", "2022/23", "2017–2018").
_SPLIT_YEAR = regex.compile(rf"{_YEAR}\s*[-–—/]\s*(?:{_YEAR}|[0-9]{{2}})")


def cycle_month(text: str) -> int | None:
    """The month a yearly cycle starts in when the text states one (the same one each
    time) and writes years as two consecutive years: in a report whose rounds "run from July
    to June", the 2023-24 round started in July 2023."""
    if _SPLIT_YEAR.search(text) is None:
        return None
    found: set[int] = set()
    for m in _CYCLE.finditer(text):
        a, b = MONTHS[fold_case(m["a"])], MONTHS[fold_case(m["b"])]
        if a == 1 or (a - b) % 12 != 1:
            continue
        if m["ya"] and not (m["yb"] and int(m["yb"]) == int(m["ya"]) + 1):
            continue
        found.add(a)
    return found.pop() if len(found) == 1 else None


def in_cycle(dates: tuple[DateMention, ...], month: int) -> tuple[DateMention, ...]:
    """Each split year ("2023-24", two consecutive years) read as the twelve months of the
    cycle that starts in ``month`` of its first year."""
    out = []
    for d in dates:
        v = d.value
        if (v is not None and v.month is None and v.end is not None and v.end.month is None
                and v.end.year == v.year + 1 and _SPLIT_YEAR.fullmatch(d.text) is not None):
            end = Period(v.year, month - 1) if month > 1 else Period(v.year, 12)
            d = attrs.evolve(d, value=Period(v.year, month, end=Period(v.year + 1, end.month)))
        out.append(d)
    return tuple(out)

def _outermost(found: list[DateMention]) -> list[DateMention]:
    """In text order, without a mention inside a longer one ("2023" in "the third quarter of
    2023", "March" in "on the 6th of March")."""
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[DateMention] = []
    for d in found:
        if out and d.end <= out[-1].end:
            continue
        out.append(d)
    return out


def _first_covering(
    pattern: regex.Pattern[str], text: str, lo: int, hi: int, at: int
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``text[lo:hi]`` that covers position ``at``."""
    pos = lo
    while pos <= at:
        m = pattern.search(text, pos, hi)
        if m is None or m.start() > at:
            return None
        if m.end() > at:
            return m
        pos = max(m.end(), pos + 1)
    return None


_MONTH_PREP = regex.compile(
    r"(?r)(?<!\w)(?:in|during|since|from|until|by|of|early|mid|late|last|this)\s+\Z", regex.I
)


#: "figures for May", "the data for May": a release's reference month (not "voted for May";
#: not after words a person's ratings take: "poll numbers for May").
_DATA_FOR = regex.compile(
    r"""(?r)(?<!\w)(?:figures|data|statistics|readings?|estimates?|index|report|release|
        print)\s+for\s+\Z""", regex.VERBOSE | regex.IGNORECASE)
_LAST_BEFORE = regex.compile(r"(?r)(?<!\w)last\s+\Z", regex.IGNORECASE)


def _month_context(text: str, pos: int, end: int) -> bool:
    """Whether "May" is the month: after a preposition ("in May"), or naming a survey
    ("Marquette's May survey", not "Theresa May poll ratings")."""
    if (_MONTH_PREP.search(text, max(0, pos - 12), pos) is not None
            or _DATA_FOR.search(text, max(0, pos - 16), pos) is not None):
        return True
    if _MAY_SURVEY.match(text, end, min(len(text), end + 24)) is None:
        return False
    name = _NAME_BEFORE.search(text, max(0, pos - 20), pos)
    return name is None or name["w"].lower() in _DETERMINERS


_MAY_SURVEY = regex.compile(rf"[ \t]+(?:{_SURVEY_NOUN})(?!\w)", regex.IGNORECASE)
_NAME_BEFORE = regex.compile(r"(?r)(?<!\w)(?P<w>\p{Lu}[\p{Ll}\-]+)[ \t]+\Z")
_DETERMINERS: Final = frozenset(("the", "a", "an", "its", "their", "this", "that", "our"))


_DRAWN_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:drawn|taken|based|derived|sourced|comes?|came|compiled|data|results|"
    r"figures|findings|estimates)\s+\Z",
    regex.IGNORECASE,
)
#: "carried out by phone over four days from June 11", "fielded online from 3 March": the
#: first day of the survey's fieldwork, not a level it moved from (no figure in between:
#: "conducted in May found 41%, up from 38% in March" keeps its baseline).
_FIELDWORK_FROM = regex.compile(
    r"""(?r)(?<!\w)(?:conducted|carried\s+out|fielded|interviewed|surveyed|polled|questioned|
        in\s+the\s+field)(?:\s+[^\s.;:!?%0-9]{1,20}){0,6}?\s+\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: "down from a revised November reading of 49.2", "from the December level of 3.1%": a date
#: inside the noun phrase of the level a figure moved from dates that level only (the words
#: between "from" and the date are the phrase's own: an article, up to two modifiers).
_READING_FROM = regex.compile(
    r"(?r)(?<!\w)from\s+(?:a|an|the|its|their)(?:\s+(?-i:\p{Ll})[\w-]*){0,2}\s+\Z",
    regex.IGNORECASE)
#: "rose to 45.8 from 38.5 in November", "up from 99.0 in November": an index level (a bare
#: unsigned number, not a share; a signed one such as "-19" is read as a figure, which binds
#: its own date) the figure moved from, dated by the date after it.
_LEVEL_FROM = regex.compile(
    r"""(?r)(?<!\w)(?:
        (?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?
        (?<![-−+])[0-9]{1,4}(?:[.,][0-9]{1,2})?(?:\s+(?:points?|pts))?
        (?:\s+(?:recorded|seen|reached|registered|posted|logged))?
      | (?:below|above)\s+the\s+(?<![-−+])[0-9]{1,4}(?:[.,][0-9]{1,2})?(?:\s+(?:points?|pts))?
        \s+(?:recorded|seen|reached|registered|posted|logged))    # "far below the 71.8
    \s+(?:in|during|for)\s+(?:the\s+)?\Z""",                  # recorded in November 2024"
    regex.VERBOSE | regex.IGNORECASE)
#: "still above the 2007 low of 63%", "its 2019 peak of 45 per cent": the date of an
#: extreme level, an earlier one, not the sentence's current date.
_EXTREME_AFTER = regex.compile(
    r"(?:['’]s)?\s+(?:all-time\s+|record\s+)?(?:low|high|peak|trough|nadir|record)s?"
    r"\s+(?:of|at)\s+[-−–]?[0-9]", regex.IGNORECASE)
_READING_AFTER = regex.compile(
    r"(?:['’]s)?\s+(?:reading|level|figure|print|estimate|score|rate|value|result)s?"
    r"\s+(?:of|at)\s+[-−–]?[0-9]", regex.IGNORECASE)


def _mention(text: str, s: int, e: int, value: Period | None, rel: tuple[str, int] | None,
             month: int | None, day: int | None) -> DateMention:
    cue = _BASELINE_BEFORE.search(text, max(0, s - 60), s)
    # "from October 8 to 10" is a fieldwork span, not the earlier point of a comparison
    baseline = cue is not None and not (
        cue[0].lower().split()[0] == "from" and (_RANGE_INSIDE.search(text, s, e) is not None
                                                 or _RANGE_AFTER.match(text, e, e + 40) is not None)
    )
    if baseline and cue is not None and cue[0].lower().split()[0] == "from" and (
        _DRAWN_BEFORE.search(text, max(0, cue.start() - 24), cue.start()) is not None
    ):
        baseline = False  # "drawn from the 2024 survey": where the data come from
    if baseline and cue is not None and cue[0].lower().split()[0] == "from" and (
        _FIELDWORK_FROM.search(text, max(0, cue.start() - 100), cue.start()) is not None
    ):
        baseline = False  # "carried out over four days from June 11": fieldwork's first day
    if not baseline and ((_READING_FROM.search(text, max(0, s - 50), s) is not None and (
            _READING_AFTER.match(text, e, min(len(text), e + 40)) is not None))
            or _LEVEL_FROM.search(text, max(0, s - 40), s) is not None
            or _EXTREME_AFTER.match(text, e, min(len(text), e + 40)) is not None):
        # "fell to 61.2 from a final March reading of 63.0", "above the 2007 low of 63%"
        baseline = True
    said = text[s:e].lower()
    if rel is not None and any(w in said for w in ("previous", "earlier", "before")) and not (
            said.startswith("earlier")):  # "a year earlier" looks back; "earlier this year" not
        baseline = True
    not_fieldwork = (_NOT_FIELDWORK_BEFORE.search(text, max(0, s - 80), s) is not None and (
        _FIELDWORK_BEGAN.search(text, max(0, s - 60), s) is None)) or (
        value is None and _SAID_BEFORE.search(text, max(0, s - 30), s) is not None)
    names_survey = _SURVEY_AFTER.match(text, e, min(len(text), e + 80)) is not None
    last = month is not None and _LAST_BEFORE.search(text, max(0, s - 8), s) is not None
    return DateMention(s, e, text[s:e], value, rel, baseline, names_survey, not_fieldwork,
                       month, day, event=_event(text, s, e), last=last)


# -- dates of events, not of fieldwork (#13 item 4) -----------------------------------------
#
# An event rule looks at the words just before a date (``before``, a reversed pattern ending
# at the date) or just after it (``after``, matched at the date's end). The date of a survey
# said to be taken then ("a poll conducted on the day of the 2016 referendum") is no event.

_EVENT_SPAN: Final = 70


@attrs.frozen
class EventRule:
    """One way a text dates an event: words before the date or after it (or, with ``both``,
    before and after). ``examples`` are (sentence, the date's text) pairs whose date the rule
    flags; in ``near_misses`` it flags no date."""

    name: str
    before: regex.Pattern[str] | None
    after: regex.Pattern[str] | None
    examples: tuple[tuple[str, str], ...]
    near_misses: tuple[str, ...]
    both: bool = False


_EV = regex.VERBOSE | regex.IGNORECASE
_GAP = r"(?:\s+[^\s.;:!?]{1,20}){0,3}?"  # up to three words between
_SURVEY_NEXT = r"(?!\s+(?:survey|study|poll|panel|wave)s?(?!\w))"  # "the 2020 election study"
_ELECTION_WORDS = (r"elections?|(?:by-?|general\s+|presidential\s+|parliamentary\s+|local\s+)?"
                   r"votes?|ballots?|midterms?|primar(?:y|ies)|caucus(?:es)?|run-?offs?|"
                   r"voting|go(?:es|ing)?\s+to\s+the\s+polls")  # "plan on voting in November"
_REFERENDUM_WORDS = r"referendums?|referenda|plebiscites?|independence\s+votes?|Brexit\s+vote"


def _event_after(words: str) -> regex.Pattern[str]:
    """A date followed, within a few words, by an event noun: "the 2024 election"."""
    return regex.compile(rf"(?:['’]s)?{_GAP}\s+(?:{words})(?!\w){_SURVEY_NEXT}", _EV)


def _event_before(words: str, verbs: str = r"held|scheduled|set|due|called|taking\s+place") -> (
        regex.Pattern[str]):
    """A date after an event noun: "the general election in May 2024"."""
    return regex.compile(  # "the election set for July", "a vote due in May"
        rf"(?r)(?<!\w)(?:{words})(?:\s+(?:{verbs})\s+(?:for|in|on)|\s+(?:in|on|of))\s+\Z", _EV)


EVENT_RULES: Final[tuple[EventRule, ...]] = (
    EventRule(
        "election",
        _event_before(_ELECTION_WORDS),
        _event_after(_ELECTION_WORDS),
        (("Ahead of the 2024 presidential election, 41% backed the incumbent.", "2024"),
         ("Voters go to the polls in the general election in May 2026.", "May 2026"),
         ("Since the November 5 election, approval has slipped to 38%.", "November 5"),
         ("Before the 2022 midterms, turnout intentions stood at 60%.", "2022"),
         ("A new Emerson poll finds 44% plan on voting in November, up from 39%.", "November"),
         ("Half of Canadians say they are certain of voting in April, Nanos found.", "April"),
         ("Irish voters go to the polls in October; 38% back Connolly.", "October"),
         ("With an upper house election set for July, 61% want a tax cut.", "July"),
         ("With the state election scheduled for March, Labor leads on 52 per cent.", "March"),
         ("Ahead of a general election due in May, 44% back the government.", "May")),
        ("In the 2020 election study, 44% said so.",
         "The voting-intention poll was fielded in November among 1,000 adults.",
         "The poll was conducted in May 2025 among 1,000 voters.",
         "At the 2019 election the party won 43.6% of the vote.",  # the event's own result
         "The election set a record; a poll in July found 61% satisfied."),
    ),
    EventRule(
        "referendum",
        _event_before(_REFERENDUM_WORDS),
        _event_after(_REFERENDUM_WORDS),
        (("After the 2016 referendum, 52% of Britons wanted to leave.", "2016"),
         ("The independence referendum of 2014 split Scotland 55% to 45%.", "2014"),
         ("Chile's plebiscite in September 2022 rejected the draft.", "September 2022")),
        ("A Cadem survey in September 2022 found 56% opposed.",),
    ),
    EventRule(
        "anniversary",
        regex.compile(rf"(?r)(?<!\w)(?:anniversary|years\s+since|years\s+after){_GAP}"
                      rf"(?:\s+(?:in|on|of|since|from))?\s+\Z", _EV),
        regex.compile(rf"{_GAP}\s+(?:anniversary)(?!\w)", _EV),
        (("On the 30th anniversary of the 1994 genocide, 70% of Rwandans said so.", "1994"),
         ("Fifty years since the 1974 revolution, 65% of Portuguese view it well.", "1974"),
         ("Ahead of the March 2025 anniversary, 48% remembered the strike.", "March 2025")),
        ("The anniversary poll, fielded in March 2024, found 41%.",),
    ),
    EventRule(
        "law",
        regex.compile(
            r"""(?r)(?<!\w)(?:
                (?:law|act|legislation|bill|ban|reform|amendment|constitution|treaty|directive|
                   ordinance|statute|regulation)s?,?
                (?:\s+[^\s.;:!?]{1,20}){0,3}?
                \s+(?:was\s+|were\s+|had\s+been\s+|been\s+)?
                (?:passed|adopted|enacted|introduced|signed|approved|ratified|took\s+effect|
                   came\s+into\s+(?:force|effect)|went\s+into\s+effect|entered\s+into\s+force|
                   in\s+force\s+since)
              | (?-i:Act|Law|Treaty|Accords?|Agreement|Amendment)\s+of)
            \s+(?:in|on|of|since)?\s*\Z""", _EV),
        regex.compile(r"(?:\s+(?-i:\p{Lu}[\w\-]*)){1,4}\s+(?-i:Act|Law|Treaty|Accords?|Agreement)"
                      r"(?!\w)", _EV),
        (("Support for the law passed in 2019 stands at 58%.", "2019"),
         ("The Affordable Care Act of 2010 is backed by 62% of adults.", "2010"),
         ("Since the 2015 Paris Agreement, concern has risen to 71%.", "2015"),
         ("The ban, which came into force in January 2024, is backed by 48%.",
          "January 2024")),
        ("Support for the act stood at 41% in 2023.",
         "The bill was debated while 1,000 adults were surveyed in 2024."),
    ),
    EventRule(
        "war_or_crisis",
        regex.compile(
            r"""(?r)(?<!\w)(?:war|invasion|conflict|fighting|offensive|occupation|attacks?|
                pandemic|lockdown|crisis|coup|revolution|uprising|annexation|outbreak)
            (?:\s+(?:of|on|against)\s+[^\s.;:!?]{1,20})?
            (?:\s+(?:began|begun|started|broke\s+out|erupted|was\s+launched|launched|struck|hit))?
            \s+(?:in|on|of|since)\s+\Z""", _EV),
        regex.compile(r"(?:['’]s)?(?:\s+[\w\-]{1,20}){0,2}?\s+(?:war|invasion|attacks?|coup|"
                      r"crisis|pandemic|lockdown|uprising|revolution|earthquake|massacre|"
                      r"crash|protests|riots|unrest|floods)(?!\w)" + _SURVEY_NEXT, _EV),
        (("Since the invasion in February 2022, 80% of Ukrainians back the army.",
          "February 2022"),
         ("Trust has not recovered from the 2008 financial crisis; it is 35%.", "2008"),
         ("After the war broke out in 2023, 60% said they felt unsafe.", "2023"),
         ("Among under-35s, 45 per cent backed last year's protests against the budget.",
          "last year"),
         ("After the 2024 riots, 52% of Britons see the country as divided.", "2024")),
        ("Surveyed in February 2022, before the invasion, 41% expected war.",
         # protests dated after the noun: when a level was registered, at their height
         "It is below the 19% he had at the height of the protests in December 2018.",
         "In the 2021 poll, 30% feared a crisis within a year."),
    ),
    EventRule(
        # "the customs deal, which came into force in March 2019", "the scrapping of the rice
        # subsidy in June 2022": a clause or a noun that tells when something began, took effect or
        # ended dates that happening, not the survey beside it (a survey's own "which began"
        # is fieldwork: "the poll, which started on Monday")
        "began_or_took_effect",
        regex.compile(
            r"""(?r)(?:
                (?<!\w)(?:which|that|since\s+it|after\s+it|when\s+it)\s+(?:first\s+)?
                (?:began|started|took\s+effect|came\s+into\s+(?:force|effect)|ended|erupted|
                   went\s+into\s+effect|entered\s+into\s+force|kicked\s+off|opened|
                   (?:was|were)\s+(?:introduced|launched|imposed|removed|scrapped|abolished|
                   lifted|signed|announced|enacted|rolled\s+out))
                (?<!(?:survey|poll|study|fieldwork|interviews|panel|wave|polling|census)s?,?
                   \s+(?:which|that|since\s+it|after\s+it|when\s+it)\s+(?:first\s+)?\w+)
              | (?<!\w)(?:removal|introduction|abolition|repeal|scrapping|launch|rollout|
                   imposition|lifting|devaluation|signing)
                \s+of\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[^\s.;:!?,]{1,20}\s+){0,3}?
                [^\s.;:!?,]{1,20}(?<!(?:survey|poll|study|wave|panel|report|data|index)s?)
            )\s+(?:in|on|from|since)\s+\Z""", _EV),
        None,
        (("Asked about the customs deal, which took effect in March 2019, 38% said exporters "
          "lost out.", "March 2019"),
         ("Just 9 per cent said the scrapping of the rice subsidy in June 2022 helped them.",
          "June 2022"),
         ("Of those aged 18 to 35, 45 per cent joined the protests, which began on June 18, "
          "2024.", "June 18, 2024"),
         ("The levy, introduced in 2019, is opposed by 38% of Britons; the scheme that started "
          "in April 2023 by 51%.", "April 2023"),
         ("Since the introduction of GST in July 2017, 60 per cent of traders say sales fell.",
          "July 2017")),
        ("The poll, which began on June 3, found 41% in favour.",
         "The survey, which started in March 2025, put support at 38%.",
         "Support for the tariffs rose to 44% in March 2025.",
         "The launch of the survey in May 2025 found 30% worried."),
    ),
    EventRule(
        "past_vote",  # how people voted then: a group of voters, no date of the survey
        regex.compile(
            r"""(?r)(?<!\w)(?:backed|voted(?:\s+for)?|supported|chose)
            (?:\s+(?-i:\p{Lu}[\w\-]*)){1,3}\s+(?:in|at)\s+(?:the\s+)?\Z""", _EV),
        regex.compile(r"(?:\s+(?-i:\p{Lu}[\w\-]*)){0,2}\s+(?:voters|supporters|backers)(?!\w)",
                      _EV),
        (("Of those who voted Green in 2021, 62% now favour the tax.", "2021"),
         ("Among people who backed Remain in 2016, 9% regret it.", "2016"),
         ("The share of 2020 Biden voters who approve fell to 71%.", "2020"),
         ("Among the party's 2023 voters, approval fell to 71%.", "2023")),
        ("Support for the plan fell to 41% in March.",
         "In 2019, 38% backed the mayor.",
         "Of the 2022 survey's voters, 44% were renters."),
    ),
    EventRule(
        "since_when",
        regex.compile(r"(?r)(?<!\w)since\s+\Z", _EV),
        regex.compile(
            r"""\s*,?\s+when\s+(?!(?:[^\s.;]{1,20}\s+){0,6}?
                (?:survey|poll|asked|fielded|conducted|interviewed|questioned)\w*)""", _EV),
        (("Since 2010, when the coalition took office, trust has fallen to 22%.", "2010"),
         ("Turnout has slid since 1998, when the ward was redrawn.", "1998")),
        ("Since March 2024, when the survey was first fielded, approval has held at 45%.",
         "It is up from 24% in February, when ratings hit their low."),
        both=True,
    ),
)

#: "a poll conducted on the day of the 2016 referendum": the survey was taken then ("had
#: taken part in last year's protests" is no survey's).
_TAKEN_THEN = regex.compile(
    r"""(?r)(?<!\w)(?:conducted|taken(?!\s+part)|fielded|carried\s+out|surveyed|polled|
        interviewed|questioned|in\s+the\s+field|exit\s+polls?)
    [^.;!?]{0,40}\Z""", _EV)


#: "At the 2022 election Labor won 52.1 per cent": the date dates the event's own result (a
#: result verb and a number; "when the coalition took office" is no result).
_EVENT_RESULT = regex.compile(
    r"""[^.;!?]{0,60}?(?<!\w)(?:won|wins|took|received|secured|garnered|captured|gained|lost|
        scored|turnout\s+(?:was|reached|hit|of))(?!\w)
    (?:\s+[^\s.;,!?0-9]{1,20}){0,3}\s+[0-9]                    # won 77 seats, took 41%
    """, _EV)


_ELECTION_NEEDS: Final = ("election", "vote", "ballot", "midterm", "primar", "caucus", "runoff",
                          "run-off", "voting", "polls")
_LAW_NEEDS: Final = ("law", "act", "legislation", "bill", "ban", "reform", "amendment",
                     "constitution", "treaty", "directive", "ordinance", "statute", "regulation",
                     "accord", "agreement")
_WAR_NEEDS: Final = ("war", "invasion", "conflict", "fighting", "offensive", "occupation",
                     "attack", "pandemic", "lockdown", "crisis", "coup", "revolution", "uprising",
                     "annexation", "outbreak", "earthquake", "massacre", "crash", "protests",
                     "riots", "unrest", "floods")
#: Words (case-folded) of which a match of an EVENT_RULES row's ``before`` pattern holds one,
#: and those of which a match of its ``after`` pattern holds one: when the stretches around a
#: date hold none of them, no row is tried (most dates have no event word near them). A test
#: checks every match of each row's patterns against its entry; every row must have one.
_EVENT_NEEDS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "election": (_ELECTION_NEEDS, _ELECTION_NEEDS),
    "referendum": (("referend", "plebiscite", "vote"), ("referend", "plebiscite", "vote")),
    "anniversary": (("anniversary", "years"), ("anniversary",)),
    "law": (_LAW_NEEDS, _LAW_NEEDS),
    "war_or_crisis": (_WAR_NEEDS, _WAR_NEEDS),
    "began_or_took_effect": (("which", "that", " it ", "removal", "introduction", "abolition",
                              "repeal", "scrapping", "launch", "rollout", "imposition", "lifting",
                              "devaluation", "signing"), ()),
    "past_vote": (("backed", "voted", "supported", "chose"), ("voters", "supporters", "backers")),
    "since_when": (("since",), ("when",)),
}


_EVENT_WORDS: Final = tuple(sorted(
    {w for sides in _EVENT_NEEDS.values() for side in sides for w in side}))


_VOTE_AFTER: Final = _event_after(f"{_ELECTION_WORDS}|{_REFERENDUM_WORDS}")
_VOTE_BEFORE: Final = _event_before(f"{_ELECTION_WORDS}|{_REFERENDUM_WORDS}")


def names_vote(text: str, d: DateMention) -> bool:
    """Whether a date names an election or a referendum ("the September 2025 election", "the
    general election in May 2024", "last year's vote"), whatever the clause says of it: where
    the text states a vote's date, for "at the election" later to remember it."""
    lo, hi = max(0, d.start - _EVENT_SPAN), min(len(text), d.end + _EVENT_SPAN)
    return (_VOTE_AFTER.match(text, d.end, hi) is not None
            or _VOTE_BEFORE.search(text, lo, d.start) is not None)


def _event(text: str, s: int, e: int) -> str | None:
    """The name of the first EVENT_RULES row that makes the date at ``text[s:e]`` an
    event's, unless the survey is said to be taken then or the clause gives the event's own
    result."""
    lo, hi = max(0, s - _EVENT_SPAN), min(len(text), e + _EVENT_SPAN)
    near = fold_case(text[lo:hi])
    if not any(w in near for w in _EVENT_WORDS):
        return None
    for rule in EVENT_RULES:
        hits = (rule.before is not None and rule.before.search(text, lo, s) is not None,
                rule.after is not None and rule.after.match(text, e, hi) is not None)
        if all(hits) if rule.both else any(hits):
            if (_TAKEN_THEN.search(text, max(0, s - 50), s) is not None
                    or _EVENT_RESULT.match(text, e, hi) is not None):
                return None
            return rule.name
    return None


def _deictic(m: DateMention) -> bool:
    """Whether a relative date counts from the day of writing ("last year", "this year", "two
    years ago"), not from the survey in question ("the previous year", "a year earlier")."""
    t = " ".join(m.text.lower().split())
    return t.startswith(("this ", "last ")) or t.endswith(" ago")


def resolve(
    mention: DateMention, anchor: Period | None, published: Period | None = None,
    pub_day: Period | None = None,
) -> Period | None:
    """The period of ``mention``. Relative dates count from ``published`` ("last year", "two
    decades ago", "last month"; ``anchor`` for years when there is no publication date), and
    from ``anchor`` (the survey in question) for "the previous year", "a year earlier", "a month
    earlier" (when the survey's month is known); weekday
    and day spans, seasons and quarters without a year from ``published`` (a day, or only its
    month, which then is their month); a month without a year is the
    latest such month not after ``published`` (``in December`` in a February article is last
    December), else in ``anchor``'s year. ``pub_day``: the day of publication, when known, for
    the spans of weekdays and days ("from Friday to Sunday" in a Tuesday 1 April article is
    the end of March).

    >>> d = next(find_dates("It ran in December."))
    >>> [str(resolve(d, None, Period(2025, 2))), str(resolve(d, Period(2024, 3))), resolve(d, None)]
    ['2024-12', '2024-12', None]
    """
    rule = _RULES_BY_NAME.get(mention.rule or "")
    if (mention.rule == "quarter" and mention.value is None and not mention.parts
            and not _deictic(mention) and anchor is not None and anchor.month is not None):
        # "from 7.5 per cent in the previous quarter" beside a third-quarter figure: the
        # second, counted from the figure's own quarter, not from the publication's
        return _resolve_quarter(mention, anchor)
    if rule is not None and rule.resolve is not None and mention.value is None and not (
            mention.month is not None and mention.relative is None):  # a quarter's month
        on = pub_day if pub_day is not None else published
        return rule.resolve(mention, on) if on is not None else None
    if mention.relative is not None:
        return _relative(mention, mention.relative, anchor, published, pub_day)
    if mention.value is not None or mention.month is None:
        return mention.value
    month = mention.month
    if mention.year_offset is not None:  # "June last year": the year counted from publication
        base = published if published is not None else anchor
        if base is None:
            return None
        year = base.year + mention.year_offset
    elif mention.rule == "span_ending" and published is not None and published.month is not None:
        # "the four weeks ending Jan. 2": the latest such end not after publication, and the
        # start in its year or the one before
        last = mention.parts[0]
        year = published.year - (last > published.month) - (month > last)
    elif published is not None and published.month is not None:
        year = published.year - (month > published.month
                                  or (mention.last and month == published.month))
    elif anchor is not None:
        year = anchor.year
    else:
        return None
    if mention.rule == "quarter":  # "the June quarter": its first month, keeping its end
        return _quarter(year, (month + 2) // 3)
    try:
        return Period(year, month, mention.day)
    except ValueError:  # "February 29" in a year without one
        return Period(year, month)


def _relative(
    mention: DateMention, relative: tuple[str, int], anchor: Period | None,
    published: Period | None, pub_day: Period | None,
) -> Period | None:
    """The period of a relative date ("two weeks ago", "a year earlier", "last month"); see
    :func:`resolve`."""
    unit, offset = relative
    if unit == "week":  # "two weeks ago": from the publication day (else its month)
        on = pub_day if pub_day is not None else published
        if (not _deictic(mention) and anchor is not None and anchor.month is not None
                and on is not None and on.month is not None
                and 0 <= (on.year - anchor.year) * 12 + on.month - anchor.month <= 2):
            # "four weeks earlier" beside a recent survey: from its day, else mid-month
            on = anchor if anchor.day is not None else Period(anchor.year, anchor.month, 15)
        if on is None or on.month is None:
            return None
        if on.day is None:
            return Period(on.year, on.month)
        if "weekend" in mention.text.lower():  # "last weekend": the latest Saturday
            back = (on.first_day.weekday() - 5) % 7
            day = on.first_day - _dt.timedelta(days=back or (7 if offset < 0 else 0))
        else:
            day = on.first_day + _dt.timedelta(weeks=offset)
        return Period(day.year, day.month)
    deictic = _deictic(mention) and published is not None
    base = anchor if unit == "year" and not deictic else published
    if (unit == "month" and not _deictic(mention) and anchor is not None
            and anchor.month is not None):
        base = anchor  # "17% a month earlier" beside a January survey: December
    return base.shift(unit, offset) if base is not None else None


def published_period(published: _dt.date | None) -> Period | None:
    """The month of a publication date."""
    return None if published is None else Period.of_date(published, "month")


#: A dateline or byline date at the top of an article: "MILLBROOK, June 18, 2025 —",
#: "LONDON, 17 June 2025 –", "BRASÍLIA (January 14, 2026) —", "SAN FRANCISCO, Oct. 14, 2025
#: /PRNewswire/ --", "By Claire Donnelly | February 16, 2026". It is when the text was
#: published, not when a survey was in the field.
_DATELINE = regex.compile(
    rf"""
    (?:^[\p{{Lu}}][\p{{Lu}}\p{{Ll}} .,'’\-]{{1,40}}?(?:,[ \t]*|[ \t]*\()   # CITY, or CITY (
      | \|[ \t]*)                                                         # byline | date
    (?:{_WEEKDAY},?[ \t]+)?                                # "NAIROBI, Tuesday February 4, 2025"
    (?P<date>
        (?P<m1>{_MONTH})\.?[ \t]+(?P<d1>[0-3]?[0-9])(?:,?[ \t]+(?P<y1>(?:19|20)[0-9]{{2}}))?
      | (?P<d2>[0-3]?[0-9])[ \t]+(?P<m2>{_MONTH})\.?(?:,?[ \t]+(?P<y2>(?:19|20)[0-9]{{2}}))?
    )
    \)?[ \t]*(?:\([^()\n]{{1,30}}\)[ \t]*)?(?:[—–]|--?|/[^/\n]{{1,40}}/|\(AP\)|$)
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_DATELINE_REACH: Final = 800


def dateline(text: str) -> tuple[_dt.date, int, int] | None:
    """The publication date an article states in its dateline or byline (within its first
    lines), with the span of that date; None when there is none.

    >>> dateline("Title\\n\\nLONDON, 17 June 2025 – Savers ...")
    (datetime.date(2025, 6, 17), 15, 27)
    """
    m = _DATELINE.search(text, 0, min(len(text), _DATELINE_REACH))
    if m is None or not (m["y1"] or m["y2"]):
        return None
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    day, year = int(m["d1"] or m["d2"]), int(m["y1"] or m["y2"])
    try:
        return _dt.date(year, month, day), m.start("date"), m.end("date")
    except ValueError:
        return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """The span of the date of an article's dateline, with or without its year
    ("WASHINGTON (July 3) —", "LONDON, 12 August —"): the day of publication, never a
    date the text speaks of; None when there is no dateline.

    >>> dateline_span("Title\\n\\nLONDON, 12 August — Unemployment rose ...")
    (15, 24)
    """
    m = _DATELINE.search(text, 0, min(len(text), _DATELINE_REACH))
    return None if m is None else (m.start("date"), m.end("date"))


# -- time phrases after figures ------------------------------------------------------------

_TIME_NOUN = alternation(TIME_NOUNS)
_F = regex.VERBOSE | regex.IGNORECASE
#: A month name in a time phrase, matched case-sensitively ("may" is not "May"); an
#: abbreviation needs its full stop there ("in Jan. 2023").
_PHRASE_MONTH = (
    "(?-i:" + alternation([m.capitalize() for m in MONTHS if m not in _ABBREVIATED])
    + "|" + alternation([m.capitalize() + "." for m in _ABBREVIATED]) + ")"
)
#: The seasons, the adverbs that are a time phrase alone, and the noun of "the start of the
#: year" (each a literal word of :data:`TIME`, also read by :func:`time_words_in`).
_SEASON_WORDS: Final = tuple(_SEASONS)
_TIME_ADVERBS: Final = ("previously", "earlier", "before", "formerly", "now", "today",
                        "currently", "at the time")
_TURN_NOUN: Final = "year"
_SEASON_WORD = "|".join(_SEASON_WORDS)
_TIME_ADVERB = "|".join(w.replace(" ", r"\s+") for w in _TIME_ADVERBS)
_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})"
_DET = r"(?:the|a|an|that|this|its|their|our)"

#: A time phrase: "in October 2023", "the previous year", "a year earlier", "in the 2023 survey",
#: "2007–2010", "last year's". Bounded: every repeat has a fixed maximum.
TIME: Final = rf"""
(?:(?:in|since|during|by|as\s+of|back\s+in|from|of|at|for|over|on|through)\s+)?
(?:
    (?:the\s+)?{_PHRASE_MONTH}\s{{0,2}}[-–—]\s{{0,2}}{_PHRASE_MONTH}(?:\s+{_YEAR})?\s+quarter(?!\w)
    (?:\s+(?:of\s+)?{_YEAR}(?!\w))?                              # the July–September quarter
  | (?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s]{{1,2}})?
    {_PHRASE_MONTH}(?!\w)(?:\s+[0-9]{{1,2}}(?![0-9])(?:st|nd|rd|th)?,?)?
    (?:\s+(?:of\s+)?{_YEAR}(?!\w))?                                # October 2023, Oct. 5, 2023
  | (?:{_DET}\s+|(?:early|late|mid)[-\s]{{1,2}})?                  # early 1999, mid-2022
    {_YEAR}(?:\s*[-–—/]\s*(?:{_YEAR}|[0-9]{{2}}))?(?!\w)(?:['’]s)?
    (?:\s+(?:{_TIME_NOUN})(?!\w))?                                 # 2023, 2007–2010, 2023 survey
  | (?:the\s+)?(?:first|second|third|fourth|final|last|latter)\s+
    (?:half|quarter|(?:two|three|four|six|nine)\s+months)\s+of\s+
    (?:(?:the|last|this)\s+year|{_YEAR})(?!\w)                    # the first half of last year
  | (?:{_DET}\s+)?
    (?:previous|prior|preceding|earlier|last|former|same|latest|current|this|next|recent
       |most\s+recent|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)\s+
    (?:{_TIME_NOUN})(?!\w)(?:['’]s)?                               # the previous year
    (?:\s{{0,2}}\(\s{{0,2}}{_YEAR}(?:\s{{0,2}}[-–—/]\s{{0,2}}(?:{_YEAR}|[0-9]{{2}}))?\s{{0,2}}\))?
                                                                  # the sixth wave (2010–2014)
  | (?:{_DET}\s+)?(?:{_TIME_NOUN})\s+(?:before|earlier|prior|ago|after|following)(?!\w)
                                                                  # the year before
  | {_NUMBER_WORD}\s+(?:{_TIME_NOUN})\s+(?:ago|earlier|before|prior|previously)(?!\w)
  | (?:the|this|last|that|early|late)\s+(?:{_SEASON_WORD})
    (?:\s+(?:of\s+)?{_YEAR})?(?!\w)                             # the spring, last fall
  | (?:{_SEASON_WORD})\s+(?:of\s+)?{_YEAR}(?!\w)   # fall 2023
  | (?:{_TIME_ADVERB})(?!\w)
  | the\s+(?:start|beginning|end|turn)\s+of\s+(?:the|last)\s+{_TURN_NOUN}(?!\w)
                                                                  # the start of the year
)
"""


def _fewest(words: list[str]) -> tuple[str, ...]:
    """``words`` without those that hold another of them ("years" holds "year")."""
    return tuple(sorted(w for w in set(words) if not any(o != w and o in w for o in words)))


#: Every match of :data:`TIME` holds one of these words (lower case; a test checks it on every
#: dev text and under hypothesis), read from the pattern's parts: each of its alternatives
#: needs a time noun, a season, a time adverb (its last word: "at the time"), "year", a year
#: or a month name (the two below). Substrings, as TIME matches them ("now" in "know").
TIME_WORDS: Final = _fewest([*(w.lower() for w in TIME_NOUNS), *_SEASON_WORDS,
                             *(w.split()[-1] for w in _TIME_ADVERBS), _TURN_NOUN])


def _by_first_letter(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` grouped by their first letter ("s(?:pring|ummer)"): the
    same strings, tried faster by an engine that tries each alternative in turn."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(stdlib_re.escape(w[1:]))
    return "|".join(stdlib_re.escape(k) + (f"(?:{'|'.join(v)})" if len(v) > 1 else v[0])
                    for k, v in sorted(groups.items()))


_TIME_WORDS_AT: Final = stdlib_re.compile(_by_first_letter(TIME_WORDS).encode())
#: A year as TIME writes one, or a month name as it writes one (capitalized, matched
#: case-sensitively; an abbreviation is the start of its name: "Sept." holds "Sep"); faster
#: in regex than in re.
_TIME_CASED_AT: Final = regex.compile(
    "(?:19|20)[0-9]{2}|" + _by_first_letter(_fewest([m.capitalize() for m in MONTHS])))


def time_words_in(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether ``text[pos:endpos]`` may hold a match of :data:`TIME`: a year, a month name
    or one of :data:`TIME_WORDS` (any case). A pattern that needs a TIME match may skip a
    stretch without one: TIME has no literal prefix and costs ~5 µs per character it is
    searched over; this costs a small fraction of that.

    >>> time_words_in("41% in 2019"), time_words_in("41% of men, 30% of women")
    (True, False)
    """
    end = len(text) if endpos is None else endpos
    return (_TIME_CASED_AT.search(text, pos, end) is not None
            or _TIME_WORDS_AT.search(ascii_folded(text[pos:end])) is not None)


_PAST_RE = word_pattern(_DATES, "past_cues")
_PRESENT_RE = regex.compile(
    r"(?<!\w)(?:now|today|currently|this|latest|current|most\s+recent)(?!\w)", _F
)


@attrs.frozen
class TimeKey:
    """When a time phrase puts a figure: a period (a year, a month, a span of years), or
    only "earlier" (``past``) or "now" (``present``)."""

    period: Period | None = None
    past: bool = False
    present: bool = False

    @property
    def year(self) -> int | None:
        return None if self.period is None else self.period.year

    @property
    def month(self) -> int | None:
        return None if self.period is None else self.period.month

    def before(self, other: TimeKey) -> bool | None:
        """Whether this time is earlier than ``other``; None when the two cannot be ordered
        (by year, then month when both have one)."""
        if self.period is not None and other.period is not None:
            a, b = self.period, other.period
            if a.year != b.year:
                return a.year < b.year
            if a.month is not None and b.month is not None and a.month != b.month:
                return a.month < b.month
            return None
        if self.past and not other.past:
            return True
        if other.past and not self.past:
            return False
        return None


def time_key(phrase: str) -> TimeKey:
    """The :class:`TimeKey` of a time phrase such as ``in late October 2023``: its first
    dated mention (read by :func:`find_dates`, by the month), and whether it says "earlier"
    or "now".

    >>> str(time_key("in late October 2023").period), str(time_key("(2010–14)").period)
    ('2023-10', '2010/2014')
    >>> str(time_key("on Oct. 5, 2023").period), time_key("the previous year").past
    ('2023-10', True)
    """
    period = next((d.value.by_month() for d in find_dates(phrase) if d.value is not None), None)
    return TimeKey(
        period,
        past=_PAST_RE.search(phrase) is not None,
        present=_PRESENT_RE.search(phrase) is not None,
    )
