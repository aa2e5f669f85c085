"""The ``survey`` flag of a statistic record: is the figure attributed to a survey — a poll's
share, change, sample size or margin of error — or another percentage of the text (inflation,
an index, a rate, sales)? So that a user can keep only poll figures.

Detection is pure: :func:`facts` reads, around one statistic, the nearest survey word and the
nearest other-figure word of its sentence (``data/survey.txt``), whether a survey is named in
the passage before it, and its attribution (a known pollster, a population or subgroup). The
decision is one place: :data:`RULES`, a tuple of named rules whose order is their priority —
the first that applies decides. Each rule carries example sentences whose figures it decides
and near misses it must not decide; one generic test runs them all.

>>> from pollstats import extract
>>> text = ("Inflation rose to 3.2% in May. In a Gallup poll, 61% of adults said prices are "
...         "too high.")
>>> [(r["text"], r["survey"]) for r in extract(text).records()]
[('3.2%', False), ('61%', True)]
"""

from __future__ import annotations

import bisect
import functools
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

import attrs
import regex

from ._data import PLURAL_NOUN, alternation_of, words
from .model import Statistic

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["RULES", "Facts", "SurveyRule", "decide", "facts", "survey_flags"]

_DATA = "survey.txt"
_F = regex.VERBOSE | regex.IGNORECASE

#: How far (characters) a cue word may be from the figure, within its sentence.
NEAR: Final = 120
#: How far before the figure a survey named in the passage still counts.
PASSAGE: Final = 600


#: A word: letters, then letters, digits, hyphens and apostrophes ("year-on-year", "don't").
_WORD: Final = regex.compile(r"[^\W\d_][\w'’\-]*")
_KINDS: Final = ("survey", "other", "passage")


@functools.cache
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    """First word -> ((words of a phrase, its kinds), ...), longest phrase first, from the
    word tables of ``data/survey.txt``."""
    kinds: dict[tuple[str, ...], set[str]] = {}
    for kind in _KINDS:
        for phrase in words(_DATA, kind):
            kinds.setdefault(tuple(phrase.lower().split()), set()).add(kind)
    first: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for key in sorted(kinds, key=lambda k: (-len(k), k)):
        first.setdefault(key[0], []).append((key, frozenset(kinds[key])))
    return {w: tuple(v) for w, v in first.items()}


def _cues(text: str, windows: Sequence[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Spans of the survey, other-figure and passage phrases inside ``windows`` (sorted,
    disjoint), longest phrase first at each word; one pass over the words of each window,
    holding only as many words as the longest phrase has."""
    table = _phrases()
    longest = max(len(phrase) for entries in table.values() for phrase, _ in entries)
    out: dict[str, list[tuple[int, int]]] = {kind: [] for kind in _KINDS}
    for lo, hi in windows:
        found = _WORD.finditer(text, lo, hi)
        buf: deque[tuple[int, int, str]] = deque()
        while True:
            while len(buf) < longest and (m := next(found, None)) is not None:
                buf.append((m.start(), m.end(), m[0].lower().replace("’", "'")))
            if not buf:
                break
            step = 1
            for phrase, kinds in table.get(buf[0][2], ()):
                n = len(phrase)
                if n <= len(buf) and all(buf[j][2] == phrase[j] for j in range(n)):
                    for kind in kinds:
                        out[kind].append((buf[0][0], buf[n - 1][1]))
                    step = n
                    break
            for _ in range(step):
                buf.popleft()
    return out


#: Right after a figure: the people it counts ("of renters", "of those aged 60 and over",
#: "(64%) of respondents") or what they said ("say", "approve"): a survey's figure.
_PEOPLE_AFTER: Final = regex.compile(
    rf"""
    \)? \s{{0,3}}                                         # "(64%) of": inside brackets
    (?: \( [^()\n]{{0,24}} \) \s{{0,3}} )?                  # "(64%)" after "two-thirds"
    (?: of \s+ (?: those | all | the | [\w\-]{{1,24}} \s+ ){{0,3}}? {PLURAL_NOUN} (?![\w-])
      | of \s+ those (?![\w-])
      | (?: {alternation_of(_DATA, "said")} ) (?![\w-])
    )
    """,
    _F,
)
#: Before a figure, in its sentence: the people it counts ("the share of Canadians who
#: smoke ... fell to 9.7%"), or people right before its bracket ("Asian adults (6.8%)").
_PEOPLE_SHARE: Final = regex.compile(
    rf"""
    (?: share | proportion | percentage | number | majority | minority ) \s+ of \s+
    (?: [\w\-]{{1,24}} \s+ ){{0,3}}? {PLURAL_NOUN} \s+ (?: who | saying | reporting )
    (?![\w-])
    """,
    _F,
)
_PEOPLE_BRACKET: Final = regex.compile(
    rf"""
    {PLURAL_NOUN} \s{{0,2}} \( \s{{0,2}} \Z             # "Asian adults (" right before it
    """,
    _F,
)


def _people_before(text: str, lo: int, start: int) -> bool:
    """Whether the people a figure counts are named before it (cheap checks first: most
    figures have neither a bracket nor "who" before them)."""
    seg_lo = max(lo, start - NEAR)
    seg = text[seg_lo:start]
    if seg.rstrip().endswith("(") and _PEOPLE_BRACKET.search(
            text, max(seg_lo, start - 48), start) is not None:
        return True
    low = seg.lower()
    return (" of " in low and ("who" in low or "saying" in low or "reporting" in low)
            and _PEOPLE_SHARE.search(text, seg_lo, start) is not None)


#: How close after a survey word an other-figure word is its topic ("approval on the economy",
#: "say inflation", "worried about prices"), not the figure's subject.
TOPIC: Final = 30
_STOP: Final = regex.compile(r"[.!?;\n]")


@attrs.frozen
class Facts:
    """What the detectors read around one statistic (distances in characters, or None)."""

    kind: str
    people_after: bool = False  # "41% of renters", "41% say": people or their answer after it
    people_before: bool = False  # "the share of adults who ...", "Asian adults (6.8%)"
    group: bool = False  # a population or subgroup attributed ("of renters")
    survey_word: int | None = None  # to the nearest survey word of the sentence
    other_word: int | None = None  # to the nearest other-figure word (not a survey's topic)
    pollster: bool = False  # attributed to a known pollster named in its sentence
    passage: bool = False  # a survey named in the passage before the figure


@attrs.frozen
class SurveyRule:
    """A named rule: ``applies(facts)`` decides ``survey``; ``examples`` are sentences whose
    every share/change/ratio it decides, ``near_misses`` sentences whose figures it must not
    decide (a rule of higher priority, or none, does)."""

    name: str
    survey: bool
    applies: Callable[[Facts], bool]
    examples: tuple[str, ...]
    near_misses: tuple[str, ...] = ()


def _other_nearer(f: Facts) -> bool:
    return f.other_word is not None and (f.survey_word is None or f.other_word < f.survey_word)


RULES: Final[tuple[SurveyRule, ...]] = (
    SurveyRule(
        "survey_design", True, lambda f: f.kind in ("sample_size", "margin_of_error"),
        examples=("The poll of 1,020 adults has a margin of error of 3 points.",),
        near_misses=("Prices rose 4% in the year to March.",),
    ),
    SurveyRule(
        "people_after", True, lambda f: f.people_after,
        examples=("Prices aside, 58% of pensioners are cutting back.",
                  "On inflation, 40% say the worst is over.",
                  "Two-thirds (66%) of respondents agreed."),
        near_misses=("The deficit will reach 5.4 percent of gross domestic product.",
                     "Tariffs of 25 per cent apply to steel."),
    ),
    SurveyRule(
        "people_before", True, lambda f: f.people_before,
        examples=("The share of Canadians who smoke daily fell to 9.7% last year.",
                  "Rates were lowest among Asian adults (6.8%) overall."),
        near_misses=("The share of exports fell to 9.7% last year.",
                     "Rates of growth (6.8%) were lower."),
    ),
    SurveyRule(
        "group", True, lambda f: f.group,
        examples=("Among women under 30 the figure is 52%.",),
    ),
    SurveyRule(
        "other_figure_nearer", False, _other_nearer,
        examples=("Inflation eased to 2.4% in April.",
                  "The economy grew 0.3% in the third quarter.",
                  "The council's figures show ridership fell 12 percent.",
                  "Unemployment held at 4.1%, the statistics office reported."),
        near_misses=("Approval on the economy stood at 35% in the poll.",
                     "Some 44% think inflation is the top concern."),
    ),
    SurveyRule(
        "survey_wording", True, lambda f: f.survey_word is not None,
        examples=("Support for the plan is at 44% now.",
                  "Approval of the mayor slipped 3 points.",
                  "His net satisfaction score is -41."),
        near_misses=("Mortgage rates climbed to 6.9% last week.",
                     "Turnout reached 61% in the capital."),
    ),
    SurveyRule(
        "pollster", True, lambda f: f.pollster,
        examples=("Ipsos has the figure at 39%.",),
        near_misses=("It was 39% in the spring.",),
    ),
    SurveyRule(
        "survey_passage", True, lambda f: f.passage,
        examples=("A new poll is out. Two years ago the figure was 38%.",),
        near_misses=("A new poll is out. Separately, sales were up 7%.",),
    ),
    SurveyRule(
        "no_survey", False, lambda f: True,
        examples=("It was 38% two years ago.",),
    ),
)


def decide(f: Facts) -> SurveyRule:
    """The first rule of :data:`RULES` that applies to ``f``."""
    return next(rule for rule in RULES if rule.applies(f))


@functools.cache
def _pollster_names() -> frozenset[str]:
    from .sources import pollsters

    return frozenset(pollsters().values())


def _nearest(spans: Sequence[tuple[int, int]], starts: Sequence[int], st: Statistic,
             lo: int, hi: int, reach: int) -> int | None:
    """Distance from ``st`` to the nearest span inside ``[lo, hi)`` within ``reach``."""
    best: int | None = None
    i = bisect.bisect_left(starts, st.start)
    if i > 0:  # the last span starting before the figure
        s, e = spans[i - 1]
        if s >= lo and e <= st.start and st.start - e <= reach:
            best = st.start - e
    j = bisect.bisect_left(starts, st.end)
    if j < len(spans):  # the first span starting after the figure
        s, e = spans[j]
        if e <= hi and s - st.end <= reach and (best is None or s - st.end < best):
            best = s - st.end
    return best


def _windows(statistics: Sequence[Statistic], n: int) -> list[tuple[int, int]]:
    """The stretches of text the facts look at: from :data:`PASSAGE` before each figure to
    :data:`NEAR` after it (and a little more, so that a phrase is never cut), merged."""
    out: list[tuple[int, int]] = []
    for st in sorted(statistics, key=lambda s: s.start):
        lo, hi = max(0, st.start - PASSAGE - 40), min(n, st.end + NEAR + 40)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _not_topics(text: str, other: list[tuple[int, int]], survey: list[tuple[int, int]]
                ) -> list[tuple[int, int]]:
    """The other-figure words that are no survey's topic: not within :data:`TOPIC`
    characters after a survey word of the same sentence ("say the economy", "approval on
    prices")."""
    ends = [e for _, e in survey]
    out = []
    for s, e in other:
        i = bisect.bisect_right(ends, s) - 1
        if i >= 0 and s - ends[i] <= TOPIC and not _STOP.search(text, ends[i], s):
            continue
        out.append((s, e))
    return out


def facts(text: str, statistics: Sequence[Statistic]) -> list[Facts]:
    """The :class:`Facts` of each statistic (one pass over the text for each word table)."""
    from .text import sentences

    sents = sentences(text)
    sent_starts = [s.start for s in sents]
    cues = _cues(text, _windows(statistics, len(text)))
    survey = cues["survey"]
    survey_at = [s for s, _ in survey]
    other = _not_topics(text, cues["other"], survey)
    other_at = [s for s, _ in other]
    passage = cues["passage"]
    passage_at = [s for s, _ in passage]
    names = _pollster_names()
    out = []
    for st in statistics:
        k = bisect.bisect_right(sent_starts, st.start) - 1
        lo, hi = (sents[k].start, sents[k].end) if k >= 0 else (0, len(text))
        hi = max(hi, st.end)
        source = st.source
        out.append(Facts(
            kind=st.kind,
            people_after=_PEOPLE_AFTER.match(text, st.end, min(len(text), st.end + 80))
            is not None,
            people_before=_people_before(text, lo, st.start),
            group=st.population is not None or st.subgroup is not None,
            survey_word=_nearest(survey, survey_at, st, lo, hi, NEAR),
            other_word=_nearest(other, other_at, st, lo, hi, NEAR),
            pollster=source is not None and source.value in names and lo <= source.start < hi,
            passage=_nearest(passage, passage_at, st, max(0, st.start - PASSAGE), hi,
                             PASSAGE) is not None,
        ))
    return out


def survey_flags(text: str, statistics: Sequence[Statistic],
                 comparisons: Sequence[Comparison] = ()) -> list[bool]:
    """The ``survey`` flag of each statistic (see the module docstring): the first rule of
    :data:`RULES` that applies; then both ends of a comparison are a survey's figures when
    either is ("48% now, up from 37% in December")."""
    flags = [decide(f).survey for f in facts(text, statistics)]
    index = {id(st): i for i, st in enumerate(statistics)}
    for c in comparisons:
        ends = [index.get(id(c.from_)), index.get(id(c.to))]
        if any(i is not None and flags[i] for i in ends):
            for i in ends:
                if i is not None:
                    flags[i] = True
    return flags
