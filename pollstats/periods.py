"""The one date grammar: date mentions with spans, read as :class:`~pollstats.period.Period`
values, and the time phrases after figures (:data:`TIME`, :func:`time_key`).

This module only finds and reads dates; deciding which date is a survey's fieldwork period
is :mod:`pollstats.attribution`'s job. Relative dates (``last month``) carry an offset and a
month without a year (``in May``) its month; both are resolved against a publication date,
never the clock. Month names and every other time word come from ``data/dates.txt``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from ._data import alternation, table, words
from .period import Period

__all__ = [
    "MONTHS",
    "TIME",
    "DateMention",
    "TimeKey",
    "dateline",
    "find_dates",
    "published_period",
    "resolve",
    "time_key",
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
_PART = alternation(words(_DATES, "part_of_month"))
_SURVEY_NOUN = alternation(words(_DATES, "survey_nouns"))
_BASELINE = alternation(words(_DATES, "baseline_cues"))
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2})"
_DAY = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|through|until|and)\s*"

_DATE = regex.compile(
    rf"""
    (?<![\w-])
    (?:
        (?P<iso>(?P<iy>{_YEAR})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9]))      # 2024-03-06
      | (?:(?i:{_PART})[-\s]+)?
        (?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY})
        (?:{_TO}(?:(?:{_MONTH})\.?\s+)?{_DAY})?                           # March 6 to 8
        (?:,?\s+(?P<y1>{_YEAR}))?                                         # , 2012
      | (?P<d2>{_DAY})(?:{_TO}{_DAY})?\s+(?P<m2>{_MONTH})\.?                  # 6-8 March
        (?:{_TO}{_DAY}\s+(?:{_MONTH})\.?)?                                    # 30 May to 3 June
        (?:,?\s+(?P<y2>{_YEAR}))?
      | (?:(?i:{_PART})[-\s]+)?
        (?P<m3>{_MONTH})\.?(?:{_TO}(?:{_MONTH})\.?)?                      # September-October
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
_RANGE_INSIDE = regex.compile(r"[0-9]\s*(?:-|–|—|to|through|until|and)\s*[0-9A-Z]")
_RANGE_AFTER = regex.compile(r"\s*(?:-|–|—|to|through|until)\s*(?:[0-9]|[A-Z][a-z]+\.?\s+[0-9])")
#: Dates of events, not of fieldwork: "founded in 1987", "since he took office in 2017".
_NOT_FIELDWORK_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:since|founded|established|began|begun|started|launched|created|born|
        took\s+office|elected|set\s+up|opened|going\s+back\s+to|dating\s+back\s+to|
        voted|won|lost|joined|moved|retired|graduated|died|begins|begin|due|scheduled|
        expected|will|ends|end|until|before|after|prior\s+to|as\s+early\s+as|
        seek|seeks|seeking|prepares|preparing|plans|planning|intends|hopes|aims|faces|facing)
    (?:\s+[^\s.;]+){0,8}?\s+\Z""",
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
            month = MONTHS[m[mk].lower()]
            day = int("".join(c for c in m[dk] if c.isdigit()))
            if not 1 <= day <= _LONGEST_MONTH[month - 1]:
                return _NOTHING
            if m[yk]:
                return Period(int(m[yk]), month, day), None, None
            return None, month, day
    if m["m3"]:
        month = MONTHS[m["m3"].lower()]
        if m["y3"]:
            return Period(int(m["y3"]), month), None, None
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


#: Every date has a year, a month name or the word "year"/"month" in it: those are found
#: first (fast), then the full patterns are tried in a short window around each.
_ANCHOR = regex.compile(
    rf"""
    (?<![\w-])(?P<abs>(?:19|20)[0-9]{{2}}|{_MONTH})(?![\w])
  | (?P<rel>(?i:year|month))(?![\w])
    """,
    regex.VERBOSE,
)
_BACK: Final = 40  # how far a date may start before its anchor ("between 2007", "6-8 March")
_AHEAD: Final = 40
_LEAD_IN: Final = 28


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMention]:
    """Date mentions in ``text[start:end]``, in order (absolute and relative merged)."""
    stop = len(text) if end is None else end
    found: list[DateMention] = []
    abs_end = rel_end = start
    for a in _ANCHOR.finditer(text, start, stop):
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
            if month is not None and m["m3"] == "May" and not _month_context(text, m.start()):
                continue  # "May" the verb
            found.append(_mention(text, m.start(), m.end(), value, None, month, day))
        else:
            if a.start() < rel_end:
                continue
            m = _first_covering(_RELATIVE, text, max(lo, rel_end), hi, a.start())
            if m is None:
                continue
            rel_end = m.end()
            rel = RELATIVE[" ".join(m[0].lower().split())]
            found.append(_mention(text, m.start(), m.end(), None, rel, None, None))
    found.sort(key=lambda d: d.start)
    return iter(found)


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


def _month_context(text: str, pos: int) -> bool:
    return _MONTH_PREP.search(text, max(0, pos - 12), pos) is not None


_DRAWN_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:drawn|taken|based|derived|sourced|comes?|came|compiled|data|results|"
    r"figures|findings|estimates)\s+\Z",
    regex.IGNORECASE,
)


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
    if rel is not None and any(w in text[s:e].lower() for w in ("previous", "earlier", "before")):
        baseline = True
    not_fieldwork = _NOT_FIELDWORK_BEFORE.search(text, max(0, s - 80), s) is not None
    names_survey = _SURVEY_AFTER.match(text, e, min(len(text), e + 80)) is not None
    return DateMention(s, e, text[s:e], value, rel, baseline, names_survey, not_fieldwork,
                       month, day)


def resolve(
    mention: DateMention, anchor: Period | None, published: Period | None = None
) -> Period | None:
    """The period of ``mention``. Relative dates count from ``anchor`` (the survey in
    question) for years and from ``published`` for months; a month without a year is the
    latest such month not after ``published`` (``in December`` in a February article is last
    December), else in ``anchor``'s year.

    >>> d = next(find_dates("It ran in December."))
    >>> [str(resolve(d, None, Period(2025, 2))), str(resolve(d, Period(2024, 3))), resolve(d, None)]
    ['2024-12', '2024-12', None]
    """
    if mention.relative is not None:
        unit, offset = mention.relative
        base = anchor if unit == "year" else published
        return base.shift(unit, offset) if base is not None else None
    if mention.value is not None or mention.month is None:
        return mention.value
    month = mention.month
    if published is not None and published.month is not None:
        year = published.year - (month > published.month)
    elif anchor is not None:
        year = anchor.year
    else:
        return None
    try:
        return Period(year, month, mention.day)
    except ValueError:  # "February 29" in a year without one
        return Period(year, month)


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
    (?P<date>
        (?P<m1>{_MONTH})\.?[ \t]+(?P<d1>[0-3]?[0-9]),?[ \t]+(?P<y1>(?:19|20)[0-9]{{2}})
      | (?P<d2>[0-3]?[0-9])[ \t]+(?P<m2>{_MONTH})\.?,?[ \t]+(?P<y2>(?:19|20)[0-9]{{2}})
    )
    \)?[ \t]*(?:[—–]|--?|/[^/\n]{{1,40}}/|\(AP\)|$)
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
    if m is None:
        return None
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    day, year = int(m["d1"] or m["d2"]), int(m["y1"] or m["y2"])
    try:
        return _dt.date(year, month, day), m.start("date"), m.end("date")
    except ValueError:
        return None


# -- time phrases after figures ------------------------------------------------------------

_TIME_NOUN = alternation(words(_DATES, "time_nouns"))
_PAST = alternation(words(_DATES, "past_cues"))
_F = regex.VERBOSE | regex.IGNORECASE
#: A month name in a time phrase, matched case-sensitively ("may" is not "May"); an
#: abbreviation needs its full stop there ("in Jan. 2023").
_PHRASE_MONTH = (
    "(?-i:" + alternation([m.capitalize() for m in MONTHS if m not in _ABBREVIATED])
    + "|" + alternation([m.capitalize() + "." for m in _ABBREVIATED]) + ")"
)
_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})"
_DET = r"(?:the|a|an|that|this|its|their|our)"

#: A time phrase: "in October 2023", "the previous year", "a year earlier", "in the 2023 survey",
#: "2007–2010", "last year's". Bounded: every repeat has a fixed maximum.
TIME: Final = rf"""
(?:(?:in|since|during|by|as\s+of|back\s+in|from|of|at|for|over|on|through)\s+)?
(?:
    (?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s]{{1,2}})?
    {_PHRASE_MONTH}(?!\w)(?:\s+[0-9]{{1,2}}(?![0-9])(?:st|nd|rd|th)?,?)?
    (?:\s+(?:of\s+)?{_YEAR}(?!\w))?                                # October 2023, Oct. 5, 2023
  | (?:{_DET}\s+)?{_YEAR}(?:\s*[-–—/]\s*(?:{_YEAR}|[0-9]{{2}}))?(?!\w)(?:['’]s)?
    (?:\s+(?:{_TIME_NOUN})(?!\w))?                                 # 2023, 2007–2010, 2023 survey
  | (?:{_DET}\s+)?
    (?:previous|prior|preceding|earlier|last|former|same|latest|current|this|next|recent
       |most\s+recent|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)\s+
    (?:{_TIME_NOUN})(?!\w)(?:['’]s)?                               # the previous year
    (?:\s{{0,2}}\(\s{{0,2}}{_YEAR}(?:\s{{0,2}}[-–—/]\s{{0,2}}(?:{_YEAR}|[0-9]{{2}}))?\s{{0,2}}\))?
                                                                  # the sixth wave (2010–2014)
  | (?:{_DET}\s+)?(?:{_TIME_NOUN})\s+(?:before|earlier|prior|ago|after|following)(?!\w)
                                                                  # the year before
  | {_NUMBER_WORD}\s+(?:{_TIME_NOUN})\s+(?:ago|earlier|before|prior|previously)(?!\w)
  | (?:the|this|last|that|early|late)\s+(?:spring|summer|autumn|fall|winter)
    (?:\s+(?:of\s+)?{_YEAR})?(?!\w)                             # the spring, last fall
  | (?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}(?!\w)   # fall 2023
  | (?:previously|earlier|before|formerly|now|today|currently|at\s+the\s+time)(?!\w)
)
"""
_PAST_RE = regex.compile(rf"(?<!\w)(?:{_PAST})(?!\w)", _F)
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
