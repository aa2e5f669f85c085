"""Date mentions with spans, normalized to ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY/YYYY``.

This module only finds and normalizes dates; deciding which date is a survey's fieldwork period
is :mod:`pollstats.attribution`'s job. Relative dates (``last month``, ``in May``) carry an
offset and are resolved against a publication date, never the clock.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Final, Literal

import attrs
import regex

from ._data import alternation, table, words

__all__ = ["DateMention", "dateline", "find_dates", "resolve", "shift"]

_DATES = "dates.txt"
MONTHS: Final[dict[str, int]] = {k: int(v) for k, v in table(_DATES)["months"]}
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
      | (?P<y4>{_YEAR})(?:\s*(?:-|–|—|to|through)\s*(?P<y5>{_YEAR}|[0-9]{{2}}(?![0-9])))?
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
    """A date as written. ``value`` is None for a relative date until resolved."""

    start: int
    end: int
    text: str
    value: str | None
    relative: tuple[str, int] | None = None  # ("year", -1) for "last year"
    month_only: bool = False  # "in May": a month without a year
    baseline: bool = False  # "compared with 2019", "up from 40% in 2000"
    names_survey: bool = False  # "the 2023 survey"
    not_fieldwork: bool = False  # "founded in 1987", "since he took office in 2017"

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value else None


def _value(m: regex.Match[str]) -> tuple[str | None, bool]:
    if m["iso"]:
        return f"{m['iy']}-{m['im']}-{m['id']}", False
    for mk, dk, yk in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if m[mk]:
            month = MONTHS[m[mk].lower()]
            day = int("".join(c for c in m[dk] if c.isdigit()))
            if not 1 <= day <= 31:
                return None, False
            if m[yk]:
                return f"{m[yk]}-{month:02d}-{day:02d}", False
            return f"{month:02d}-{day:02d}", True
    if m["m3"]:
        month = MONTHS[m["m3"].lower()]
        if m["y3"]:
            return f"{m['y3']}-{month:02d}", False
        return f"{month:02d}", True
    if m["ya"]:
        return f"{m['ya']}/{m['yb']}", False
    y4 = m["y4"]
    if m["y5"]:
        y5 = m["y5"] if len(m["y5"]) == 4 else y4[:2] + m["y5"]
        if int(y5) > int(y4):
            return f"{y4}/{y5}", False
    return y4, False


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
            value, month_only = _value(m)
            if value is None:
                continue
            if month_only and m["m3"] == "May" and not _month_context(text, m.start()):
                continue  # "May" the verb
            found.append(_mention(text, m.start(), m.end(), value, None, month_only))
        else:
            if a.start() < rel_end:
                continue
            m = _first_covering(_RELATIVE, text, max(lo, rel_end), hi, a.start())
            if m is None:
                continue
            rel_end = m.end()
            rel = RELATIVE[" ".join(m[0].lower().split())]
            found.append(_mention(text, m.start(), m.end(), None, rel, False))
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


def _mention(text: str, s: int, e: int, value: str | None, rel: tuple[str, int] | None,
             month_only: bool) -> DateMention:
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
    return DateMention(s, e, text[s:e], value, rel, month_only, baseline, names_survey,
                       not_fieldwork)


def shift(period: str, unit: Literal["year", "month"] | str, offset: int) -> str:
    """``shift("2024-09", "year", -1) == "2023"``; months keep the month granularity."""
    year = int(period[:4])
    if unit == "year":
        return str(year + offset)
    month = int(period[5:7]) if len(period) >= 7 else 1
    total = year * 12 + (month - 1) + offset
    return f"{total // 12}-{total % 12 + 1:02d}"


def resolve(mention: DateMention, anchor: str | None, published: str | None = None) -> str | None:
    """The period of ``mention``. Relative dates count from ``anchor`` (the survey in
    question, ``YYYY`` or ``YYYY-MM``) for years and from ``published`` for months; a month
    without a year is the latest such month not after ``published`` (``in December`` in a
    February article is last December), else in ``anchor``'s year.

    >>> d = next(find_dates("It ran in December."))
    >>> resolve(d, None, "2025-02"), resolve(d, "2024-03"), resolve(d, None)
    ('2024-12', '2024-12', None)
    """
    if mention.relative is None and not mention.month_only:
        return mention.value
    if mention.relative is not None:
        unit, offset = mention.relative
        base = anchor if unit == "year" else published
        return shift(base, unit, offset) if base is not None else None
    assert mention.value is not None
    if published is not None and len(published) >= 7:
        year = int(published[:4]) - (int(mention.value[:2]) > int(published[5:7]))
        return f"{year}-{mention.value}"
    if anchor is None:
        return None
    return f"{anchor[:4]}-{mention.value}"


def published_period(published: _dt.date | None) -> str | None:
    """``YYYY-MM`` of a publication date."""
    return None if published is None else f"{published.year:04d}-{published.month:02d}"


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
