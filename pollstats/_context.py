"""Context around figures for :mod:`pollstats.comparison`: sentences and tails (the time
phrases in them are read by :mod:`pollstats.periods`).

Private helpers. Every pattern here runs on a bounded slice of the text (a gap between two
neighbouring figures, or a few dozen characters after one), so pairing stays linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Literal

import attrs
import regex

from ._data import alternation
from .groupwords import TAIL_STOP, generic_tail, group_tail, group_words
from .periods import MONTH_WORDS, SURVEY_NOUNS, TIME, TimeKey, time_key, time_words_in
from .text import Sentence, sentences

__all__ = [
    "Sentences",
    "Tail",
    "tail_after",
]

_CMP = "comparison.txt"
_F = regex.VERBOSE | regex.IGNORECASE

_SURVEY_NOUN = alternation(SURVEY_NOUNS)
#: "6.8 points across the national polls", "over all five surveys": polls, not a group
_TAIL_ACROSS_POLLS = regex.compile(
    rf"""\s+(?:across|over|in)\s+(?:(?:the|all|these|those|its|their)\s+)?
    (?:[\w'’-]{{1,20}}\s+){{0,2}}?(?:{_SURVEY_NOUN})(?!\w)""",
    _F,
)
#: a meeting that decided a figure, no group: "to 4.5% from 4.75% at its June meeting",
#: "held at 3% at the board's last session"
_TAIL_MEETING = regex.compile(
    r"""\s+at\s+(?:its|the|their|his|her|this|that|a)\s+(?:[\w'’-]{1,20}\s+){0,2}?
    (?:meeting|meetings|session|sitting|review|conference|decision)(?!\w)""",
    _F,
)
_A_MONTH = regex.compile(rf"(?<!\w)(?:{alternation(MONTH_WORDS)})(?!\w)", _F)

#: a span of time that ends at a date: "in the four weeks ending Dec. 5", "over the 12 months
#: to November 2025", "in the week to 3 March", "in the quarter ended June 30"
_TAIL_SPAN = regex.compile(
    rf"""[\s,]{{0,3}}(?:in|over|during|for)\s+the\s+
    (?:(?:past|last|previous|latest|prior|same)\s+)?
    (?:(?:[0-9]{{1,2}}|one|two|three|four|five|six|eight|nine|ten|twelve)[\s-])?
    (?:weeks?|months?|days?|quarters?|years?)\s+(?:ending|ended|to|through|up\s+to)\s+
    (?P<time>{TIME})""",
    _F,
)
_TAIL_TIME = regex.compile(
    rf"""
    [\s),]{{0,6}}                                                 # ") , "
    (?:(?P<prep>of|among|for)\s+                                  # of respondents, among men
       (?P<group>(?:(?!{TAIL_STOP}(?!\w))[\w'’-]{{1,30}}\s+){{1,3}}?))?
    (?:(?:who|that|which)\s+(?:said|did|felt|thought|agreed)(?:\s+so)?\s+  # who said so in 2023
      |(?:recorded|measured|seen|reported|registered|observed|logged)\s+  # recorded in 2015
      |as\s+(?:recently|late|early|long\s+ago)\s+as\s+)?             # as recently as July
    (?:\(\s{{0,2}})?(?P<time>{TIME})(?:\s{{0,2}}\))?                # in 2019, (October 2023)
    (?<!['’]s)(?!['’]s(?!\w))                          # not "in last month's poll"
    (?:[ \t]{{1,2}}(?:{_SURVEY_NOUN}|wave|round|edition)(?!\w))?   # "in the winter 2023 poll"
    """,
    _F,
)
#: A figure credited to a survey: "up from 63% in a CNN poll last month", "in Leger's poll a
#: week earlier", "in the firm's July survey" (a time among the words before the noun counts).
_TAIL_SURVEY = regex.compile(
    rf"""
    \s+(?:in|by|from|according\s+to)\s+
    (?:(?P<det>(?:last|this|the\s+previous|the\s+prior)\s+(?:week|month|year|quarter)['’]s)
       |an?|the|its|their|that|this|our|his|her                          # last month's
       |\p{{Lu}}[\w./&-]{{0,30}}(?:\s+\p{{Lu}}[\w./&-]{{0,30}}){{0,2}}['’]s?)\s+   # Leger's
    (?P<words>(?:[\w'’./&-]{{1,30}}\s+){{0,3}}?)
    (?:{_SURVEY_NOUN}|cycle|phase)(?!\w)              # "in the July 23-Aug. 19 cycle"
    (?:[\s,]{{1,4}}(?:(?:conducted|taken|carried\s+out|fielded|released|published)\s+)?
       (?P<time>{TIME})                                # "in a poll conducted in 2019"
       (?:\s{{0,2}}(?:[-–—]|to|through|until)\s{{0,2}}  # "taken Oct. 28 to Nov. 3": its end
          (?:(?-i:\p{{Lu}})[a-z]{{2,8}}\.?\s+)?[0-9]{{1,2}}(?!\w)(?:,\s{{0,2}}[0-9]{{4}})?)?)?
    """,
    _F,
)
#: A named survey said to be the one before: "in the previous Scottish Political Monitor",
#: "in Ipsos's last Political Monitor in February", "in the last Newspoll" (a proper name
#: after "previous"/"last", not a group: an earlier time)
_TAIL_PREVIOUS_NAMED = regex.compile(
    rf"""
    \s+(?:in|from|by)\s+
    (?:the|its|their|\p{{Lu}}[\w.&-]{{0,30}}['’]s?)\s+
    (?:previous|prior|last|preceding|earlier)\s+
    (?-i:\p{{Lu}})[\w.&-]{{1,30}}(?:\s+(?-i:\p{{Lu}})[\w.&-]{{1,30}}){{0,3}}(?!\w)
    (?:[\s,]{{1,4}}(?P<time>{TIME}))?
    """,
    _F,
)
#: A time given by an event, not a date: "at the start of the campaign", "before the
#: election", "in the previous one" (earlier than the survey it is set against).
_TAIL_EVENT = regex.compile(
    r"""
    [\s,]{1,3}(?:
        (?:at|by|in|near)\s+the\s+(?:start|beginning|outset|end|height|close|launch|time)
        \s+of\s+(?:the|this|that|his|her|their|its|last)\s+[\w-]{1,20}
      | (?:just\s+)?(?:before|ahead\s+of)\s+(?:the|this|last)\s+(?:[\w-]{1,20}\s+)?
        (?:election|campaign|vote|debate|referendum|budget|war|pandemic|summit)
      | (?:in|from)\s+(?:the|its|their)\s+(?:previous|prior|last|earlier|preceding)\s+
        (?:one|edition|round|instalment|installment|release|reading|quarter|wave
          |cycle|phase)                                              # in the previous one
      | (?:in|from)\s+(?:round|wave|phase|cycle|edition)\s+(?:[0-9]{1,3}|[IVX]{1,5})
                                                                # in Round 4, in wave 3
    )(?!\w)
    """,
    _F,
)
#: A result at an election: "9.6 per cent at the May 2021 election", "11.5 per cent of
#: list votes in the 2019 election" (not "at the next election": a voting intention).
_TAIL_ELECTION = regex.compile(
    r"""(?:\s+of\s+(?:the\s+)?(?:[\w-]{1,25}\s+){0,2}?(?:vote|votes|ballots))?
    [\s,]{1,3}
    (?:(?:at|in)\s+(?:the|last|that)\s+
       (?!(?:next|upcoming|coming|forthcoming|future)(?!\w))
       (?:[\w'’-]{1,20}\s+){0,3}?(?:election|elections|referendum|plebiscite|ballot|vote)
     | at\s+the\s+polls                                # "14.6% at the polls": the vote
    )(?!\w)""",
    _F,
)
#: A figure a subject "won", "took" or "recorded" at a time or an election: "the 49 percent
#: she recorded in August", "the 47.5 per cent they won together at the general election in
#: May 2022", "the 66 per cent it drew from them in the 2019 survey".
_TAIL_SUBJECT_VERB = regex.compile(
    rf"""(?:\s+of\s+(?:the\s+)?(?:[\w-]{{1,25}}\s+){{0,3}}?(?:vote|votes|ballots))?  # of the vote
    \s+(?:that\s+|which\s+)?(?:it|they|he|she|we|the\s+[\p{{L}}-]{{1,20}}
       |\p{{Lu}}[\w'’.-]{{0,20}}(?:\s+\p{{Lu}}[\w'’.-]{{0,20}}){{0,2}})\s+
    (?:had\s+)?(?:won|took|polled|recorded|registered|drew|got|secured|received|gained|had
       |scored|reached|posted|achieved|gave\s+\w+|took\s+home)\s+
    (?:(?!(?:and|but|while|whereas)(?!\w))[\w'’-]{{1,25}}\s+){{0,5}}?
    (?:(?P<time>{TIME})
      |(?P<event>(?:at|in)\s+the\s+(?:[\w'’-]{{1,20}}\s+){{0,3}}?
         (?:election|elections|vote|referendum|ballot|poll|polls|survey)(?!\w))
       (?:\s+(?P<time2>{TIME}))?)""",
    _F,
)
#: A time given by a clause: "63% when the survey first asked about it in 2012", "48%
#: when the council last asked, in 2019" (a few words, then a dated time).
_TAIL_WHEN = regex.compile(
    rf"""[\s,]{{1,3}}when\s+(?:(?!(?:and|but|while|whereas)(?!\w))[\w'’.-]{{1,30}},?\s+){{1,8}}?
    (?P<time>{TIME})""",
    _F,
)


#: A time given by a relative clause about the figure's people: "the 8 per cent that expected
#: to cut staff a year earlier", "the 31% who said so last spring" (a past time only: "who
#: plan to retire by 2030" is no earlier figure).
_TAIL_WHO = regex.compile(
    rf"""[\s,]{{1,3}}(?:who|that|which)\s+
    (?:(?!(?:and|but|while|whereas)(?!\w))[\w'’.-]{{1,30}},?\s+){{1,8}}?
    (?P<time>{TIME})""",
    _F,
)


#: The month a part of a month belongs to, after a time phrase that stops before it ("in
#: the first week" + " of January").
_OF_MONTH = regex.compile(
    rf"""\s+of\s+(?:that\s+month|the\s+same\s+month
       |(?:{alternation(MONTH_WORDS)})(?:\s+[0-9]{{4}})?)(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: A period that ends in a month, as statistics offices word it: "in the three months to
#: August", "in the year to the September quarter", "over the 12 months to March 2025", "in
#: the June quarter". The month (and year) is the time; without it "to May" reads as the
#: second end of a "from ... to ..." pair.
_TAIL_MONTH_ENDING = regex.compile(
    rf"""[\s,]{{1,3}}(?:in|for|over|during)\s+the\s+
    (?:(?:(?:three|six|nine|twelve|3|6|9|12)[\s-]months?|year|quarter|twelve\s+months)
       \s+(?:to|ending|ended)\s+(?:the\s+)?
     |(?=(?-i:\p{{Lu}})\w+\s+quarter(?!\w)))
    (?P<time>(?:{alternation(MONTH_WORDS)})(?:\s+[0-9]{{4}})?)(?!\w)
    (?:\s+quarter(?!\w))?""",
    _F,
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


def _previous_named(text: str, pos: int, stop: int) -> Tail | None:
    """The earlier time of "in the previous Political Monitor (in March)", else None."""
    m = _TAIL_PREVIOUS_NAMED.match(text, pos, stop)
    if m is None:
        return None
    said = time_key(m["time"]) if m["time"] else TimeKey(past=True)
    return Tail("time", "", said if said.period is not None else TimeKey(past=True), m.end())


def tail_after(text: str, pos: int, limit: int, *, gated: bool = True) -> Tail:
    """The tail of a figure ending at ``pos``, read up to ``limit`` (the sentence end). The
    patterns that need a time phrase are tried only when the 120 characters after the figure
    may hold one (``periods.time_words_in``; ``gated=False``, for tests, always tries them)."""
    stop = min(limit, pos + 80)
    m = _TAIL_MONTH_ENDING.match(text, pos, stop)
    if m is not None:
        return Tail("time", "", time_key(m["time"]), m.end())
    timed = not gated or time_words_in(text, pos, min(limit, pos + 120))
    m = _TAIL_TIME.match(text, pos, stop) if timed else None
    if m is not None:
        more = _OF_MONTH.match(text, m.end(), min(limit, m.end() + 40))
        if more is not None:  # "in the first week of January", "in the last week of that month"
            part = time_key(m["time"] + more[0])
            return Tail("time", group_words(m["group"]), part, more.end())
        return Tail("time", group_words(m["group"]), time_key(m["time"]), m.end())
    generic_end = generic_tail(text, pos, stop)
    if generic_end is not None:
        m = _TAIL_SUBJECT_VERB.match(text, pos, min(limit, pos + 120))
        if m is None:
            return Tail("none", "", None, generic_end)
        # "52% of the vote it won at the 2022 election": the whole vote, at a past time
        phrase = m["time"] or m["time2"]
        return Tail("time", "", time_key(phrase) if phrase else TimeKey(past=True), m.end())
    return _tail_later(text, pos, limit, timed)


def _tail_later(text: str, pos: int, limit: int, timed: bool) -> Tail:
    """tail_after's readings after the time phrase and the generic tail; the patterns that
    need a time phrase only when ``timed``."""
    stop = min(limit, pos + 80)
    m = _TAIL_SURVEY.match(text, pos, stop)
    if m is not None:
        phrase = m["time"] or m["det"] or m["words"]
        said = time_key(phrase) if phrase else None
        if (said is not None and said.period is None and not (said.past or said.present)
                and _A_MONTH.search(phrase or "") is None):
            said = None  # but "in its August survey": a month, as "in August" is
        return Tail("time" if said is not None else "none", "", said, m.end())
    m = _TAIL_EVENT.match(text, pos, stop)
    if m is not None:
        return Tail("time", "", TimeKey(past=True), m.end())
    m = _TAIL_ELECTION.match(text, pos, stop)
    if m is not None:
        said = time_key(m[0])
        return Tail("time", "", said if said.period is not None else TimeKey(past=True), m.end())
    m = _TAIL_SUBJECT_VERB.match(text, pos, min(limit, pos + 120))
    if m is not None:
        phrase = m["time"] or m["time2"]
        said = time_key(phrase) if phrase else TimeKey(past=True)
        return Tail("time", "", said, m.end())
    m = _TAIL_WHEN.match(text, pos, min(limit, pos + 120)) if timed else None
    if m is not None:
        said = time_key(m["time"])
        if said.year is not None or (said.past and not said.present):
            # "when the votes were counted last year": a past time without a year
            return Tail("time", "", said, m.end())
    m = _TAIL_WHO.match(text, pos, min(limit, pos + 120)) if timed else None
    if m is not None:
        said = time_key(m["time"])
        if said.past and not said.present:
            return Tail("time", "", said, m.end())
    m = _TAIL_SPAN.match(text, pos, stop) if timed else None
    if m is not None:  # "in the four weeks ending Dec. 5": a time, not a group
        return Tail("time", "", time_key(m["time"]), m.end())
    if (named := _previous_named(text, pos, stop)) is not None:
        return named
    if (m := _TAIL_ACROSS_POLLS.match(text, pos, stop)) is not None:
        return Tail("none", "", None, m.end())  # "across the polls published in February"
    if (m := _TAIL_MEETING.match(text, pos, stop)) is not None:
        return Tail("none", "", None, m.end())  # "at its June meeting": the decision's time
    g = group_tail(text, pos, stop)
    if g is not None:
        return Tail("of" if g.of else "group", g.words, None, g.end)
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
