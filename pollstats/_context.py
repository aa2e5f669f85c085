"""Context around figures for :mod:`pollstats.comparison`: sentences, time phrases, tails.

Private helpers. Every pattern here runs on a bounded slice of the text (a gap between two
neighbouring figures, or a few dozen characters after one), so pairing stays linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final, Literal

import attrs
import regex

from ._data import alternation, table, words
from .text import Sentence, sentences

__all__ = [
    "MONTHS",
    "TIME",
    "Sentences",
    "Tail",
    "TimeKey",
    "tail_after",
    "time_key",
]

_CMP = "comparison.txt"
_LEX = "lexicon.txt"
_F = regex.VERBOSE | regex.IGNORECASE

MONTHS: Final[dict[str, int]] = {m.lower(): int(v) for m, v in table(_CMP)["month"]}
#: Month names as written (capitalized, matched case-sensitively: "may" is not "May").
_MONTH = "(?-i:" + alternation([m.capitalize() for m in MONTHS]) + ")"
_TIME_NOUN = alternation(words(_CMP, "time_noun"))
_SURVEY_NOUN = alternation(words(_CMP, "survey_noun"))
_PAST_WORDS: Final = frozenset(w.lower() for w in words(_CMP, "past_cue"))
_PAST = alternation(words(_CMP, "past_cue"))
_YEAR = r"(?:19|20)[0-9]{2}"
_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})"
_DET = r"(?:the|a|an|that|this|its|their|our)"

#: A time phrase: "in October 2023", "the previous year", "a year earlier", "in the 2023 survey",
#: "2007–2010", "last year's". Bounded: every repeat has a fixed maximum.
TIME: Final = rf"""
(?:(?:in|since|during|by|as\s+of|back\s+in|from|of|at|for|over|on|through)\s+)?
(?:
    (?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s]{{1,2}})?
    (?:{_MONTH})(?!\w)(?:\s+[0-9]{{1,2}}(?![0-9])(?:st|nd|rd|th)?,?)?
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
_YEAR_RE = regex.compile(
    rf"(?<!\d)(?P<y1>{_YEAR})(?:\s*[-–—/]\s*(?P<y2>{_YEAR}|[0-9]{{2}}))?(?!\d)"
)
_MONTH_RE = regex.compile(rf"(?<!\w)(?P<m>{_MONTH})(?!\w)")
_PAST_RE = regex.compile(rf"(?<!\w)(?:{_PAST})(?!\w)", _F)
_PRESENT_RE = regex.compile(
    r"(?<!\w)(?:now|today|currently|this|latest|current|most\s+recent)(?!\w)", _F
)
_GENERIC = alternation(words(_LEX, "population_nouns") + words(_LEX, "generic_group_words"))

#: Words that end a tail: "79% in Poland to 39%" stops before "to".
_STOPWORDS = r"(?:to|and|or|than|from|compared|versus|vs|while|but|then|in|since|during|by|as)"
_TAIL_TIME = regex.compile(
    rf"""
    [\s),]{{0,6}}                                                 # ") , "
    (?:(?P<prep>of|among|for)\s+                                  # of respondents, among men
       (?P<group>(?:(?!{_STOPWORDS}(?!\w))[\w'’-]{{1,30}}\s+){{1,3}}?))?
    (?:(?:who|that|which)\s+(?:said|did|felt|thought|agreed)(?:\s+so)?\s+  # who said so in 2023
      |(?:recorded|measured|seen|reported|registered|observed|logged)\s+)?  # recorded in 2015
    (?:\(\s{{0,2}})?(?P<time>{TIME})(?:\s{{0,2}}\))?                # in 2019, (October 2023)
    """,
    _F,
)
#: Words after "of those", "among voters" that make them a subgroup: "of those ages 65 and
#: older", "among voters aged 65 and over", "of those with a degree", "of those 60 and older".
_NARROWING = (
    r"(?:aged|ages|age|who|whom|whose|with|without|under|over|above|below|in|of|among|from"
    r"|between|living|earning|making|born|across|at|on)(?!\w)|[0-9]"
)
_TAIL_GENERIC = regex.compile(
    rf"""
    \s+(?:of|among)\s+(?:{_GENERIC})(?!\w)(?:\s+(?:{_GENERIC})(?!\w))?
    (?!\s+(?:{_NARROWING}))
    """,
    _F,
)
#: A figure credited to a survey: "up from 63% in a CNN poll last month".
_TAIL_SURVEY = regex.compile(
    rf"""
    \s+(?:in|by|from|according\s+to)\s+(?:an?|the|its|their|that|this|our)\s+
    (?:[\w'’./&-]{{1,30}}\s+){{0,3}}?
    (?:{_SURVEY_NOUN})(?!\w)
    (?:[\s,]{{1,4}}(?P<time>{TIME}))?
    """,
    _F,
)
_TAIL_GROUP = regex.compile(
    rf"""
    \s*\(\s*(?P<paren>[^()\d%]{{1,40}}?)\s*\)                    # 79% (Poland)
  | \s+(?P<prep>in|among|for|across|at|of|from|with)\s+
    (?P<what>[\w'’.-]{{1,30}}(?:\s+(?!{_STOPWORDS}(?!\w))[\w'’.-]{{1,30}}){{0,2}})  # in Poland
    """,
    _F,
)
_GENERIC_RE = regex.compile(rf"(?<!\w)(?:{_GENERIC})(?!\w)", _F)


def _group_words(words: str | None) -> str:
    """The words of a group phrase that are not generic ("of respondents" -> "")."""
    if not words:
        return ""
    return " ".join(_GENERIC_RE.sub(" ", words.lower()).split())


@attrs.frozen
class TimeKey:
    """When a time phrase puts a figure: a year (and month), or only "earlier"/"now"."""

    year: int | None = None
    month: int | None = None
    year2: int | None = None
    past: bool = False
    present: bool = False

    @property
    def period(self) -> str | None:
        """As a record's ``period``: ``YYYY``, ``YYYY-MM`` or ``YYYY/YYYY``; None without a
        year."""
        if self.year is None:
            return None
        if self.year2 is not None:
            return f"{self.year}/{self.year2}"
        if self.month is not None:
            return f"{self.year}-{self.month:02d}"
        return str(self.year)

    def before(self, other: TimeKey) -> bool | None:
        """Whether this time is earlier than ``other``; None when the two cannot be ordered."""
        if self.year is not None and other.year is not None:
            if self.year != other.year:
                return self.year < other.year
            if self.month is not None and other.month is not None and self.month != other.month:
                return self.month < other.month
            return None
        if self.past and not other.past:
            return True
        if other.past and not self.past:
            return False
        return None


def time_key(phrase: str) -> TimeKey:
    """The :class:`TimeKey` of a time phrase such as ``in late October 2023``."""
    year = month = year2 = None
    y = _YEAR_RE.search(phrase)
    if y is not None:
        year = int(y["y1"])
        if y["y2"] is not None:
            y2 = y["y2"]
            year2 = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
            if year2 <= year:
                year2 = None
    m = _MONTH_RE.search(phrase)
    if m is not None and year2 is None:
        month = MONTHS.get(m["m"].lower())
    return TimeKey(
        year, month, year2,
        past=_PAST_RE.search(phrase) is not None,
        present=_PRESENT_RE.search(phrase) is not None,
    )


TailKind = Literal["time", "group", "of", "none"]


@attrs.frozen
class Tail:
    """What follows a figure: a time phrase ("in 2019", possibly after a group: "among men in
    2019"), a group or place ("in Poland", "among men", "(Germany)"), an "of ..." population
    ("of Democrats"), or none of these. ``group`` holds the non-generic group words."""

    kind: TailKind
    group: str = ""
    time: TimeKey | None = None
    end: int = 0


def tail_after(text: str, pos: int, limit: int) -> Tail:
    """The tail of a figure ending at ``pos``, read up to ``limit`` (the sentence end)."""
    stop = min(limit, pos + 80)
    m = _TAIL_TIME.match(text, pos, stop)
    if m is not None:
        return Tail("time", _group_words(m["group"]), time_key(m["time"]), m.end())
    m = _TAIL_GENERIC.match(text, pos, stop)
    if m is not None:
        return Tail("none", "", None, m.end())
    m = _TAIL_SURVEY.match(text, pos, stop)
    if m is not None:
        said = time_key(m["time"]) if m["time"] else None
        return Tail("time" if said is not None else "none", "", said, m.end())
    m = _TAIL_GROUP.match(text, pos, stop)
    if m is not None:
        if m["paren"] is not None:
            return Tail("group", m["paren"].lower(), None, m.end())
        kind: TailKind = "of" if m["prep"].lower() == "of" else "group"
        return Tail(kind, _group_words(m["what"]) or m["what"].lower(), None, m.end())
    return Tail("none", "", None, pos)


# -- sentences -----------------------------------------------------------------------------


@attrs.frozen
class Sentences:
    """The sentences of a text (:func:`pollstats.text.sentences`) as sorted start offsets,
    so the sentence of any position is one bisection away."""

    starts: tuple[int, ...]
    length: int

    @classmethod
    def of(cls, text: str, sents: Sequence[Sentence] | None = None) -> Sentences:
        starts = [s.start for s in (sentences(text) if sents is None else sents)]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        return cls(tuple(starts), len(text))

    def index(self, pos: int) -> int:
        """The number of the sentence holding position ``pos``."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def start(self, i: int) -> int:
        return self.starts[i]

    def end(self, i: int) -> int:
        return self.starts[i + 1] if i + 1 < len(self.starts) else self.length
