"""What pairing rules look at and what they propose.

The figures that can be ends of a comparison (:func:`level_figures`), the read-only
:class:`PairView` a rule reads, the :class:`Candidate` it proposes and the :class:`PairRule`
row of the registry (:data:`pollstats.pairing.PAIR_RULES`). Rules never write: what a rule used
to record while proposing is data on its candidate, and only :mod:`pollstats.resolver` decides.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Literal, Protocol

import attrs
import regex

from ._context import Sentences, Tail, tail_after
from ._data import alternation, table, words
from .checks import WORDING_PHRASES
from .matchers import DOWN_VERBS, QUALIFIER_WORDS, UP_VERBS
from .model import Cue, Statistic
from .periods import TimeKey

__all__ = [
    "GAP_WHICH_TO", "MAX_GAP", "Candidate", "Decided", "Example", "Figure", "Form", "Kind",
    "Pair", "PairRule", "PairView", "Scope", "level_figures",
]

Form = Literal[
    "from_to", "baseline", "time_pair", "chain", "anaphor", "respectively", "parallel",
    "table", "derived", "between",
]

#: What a pair compares: one figure at two times, or two groups (or options) at one time.
Kind = Literal["over_time", "between_groups"]

#: What the ``i`` of ``propose(view, i)`` counts: a figure, a pair of neighbouring figures
#: (``i`` and ``i + 1``, in order and at most ``2 * MAX_GAP`` characters apart), a sentence
#: number that holds figures, the whole text (``i`` is 0), or a statistic of any kind.
Scope = Literal["figure", "neighbours", "sentence", "text", "statistic"]

#: Longest gap (characters) between two figures of one comparison in a sentence.
MAX_GAP: Final = 250
#: How many figures back :meth:`PairView.latest_like` looks (bounded, so pairing stays linear).
_LOOK_BACK: Final = 24

_CMP = "comparison.txt"
_LEX = "lexicon.txt"
_F = regex.VERBOSE | regex.IGNORECASE

# -- word lists shared by the rules ------------------------------------------------------------

QUAL: Final = alternation(QUALIFIER_WORDS + WORDING_PHRASES)
CUE_KIND: Final[dict[str, str]] = {
    c.lower(): k.split()[0] for c, k in table(_CMP)["baseline_figure_cue"]
}
CUE_DATED: Final = frozenset(
    c.lower() for c, k in table(_CMP)["baseline_figure_cue"] if "dated" in k.split()
)
CUE: Final = alternation(list(CUE_KIND))
#: "moved", "shifted": comparison.txt [motion_verb], read only here.
MOTION_VERBS: Final = words(_CMP, "motion_verb")
VERBS: Final = alternation(UP_VERBS + DOWN_VERBS + MOTION_VERBS)

# -- figures -------------------------------------------------------------------------------

_BRACKET_BEFORE = regex.compile(r"(?r)\(\s{0,2}\Z")
_MOVED_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{VERBS}|by)(?:\s+by)?\s+(?:{QUAL}\s+)?(?:an?\s+)?\Z", _F
)
_GAP_NOUN_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:lead|gap|margin|advantage|edge|deficit|net|difference)(?!\w)[^.;\d%]{0,40}\Z",
    _F,
)
#: a gap named earlier in the sentence and taken up by a pronoun: "The gap ..., 17.8 points,
#: was wider than last year, when it stood at 15.1 points", "In 2015 the gap was 40 points;
#: this year it is 59 points"
_GAP_PRONOUN_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:lead|gap|margin|advantage|edge|deficit|difference)(?!\w)
    (?:[^.%!?]|\.(?=[0-9])){{0,150}}?
    (?<!\w)(?:it|that|this)\s+(?:is|was|stood\s+at|stands\s+at|sat\s+at|sits\s+at
       |had\s+been|has\s+been|remained\s+at|remains\s+at|came\s+to|reached)
    \s+(?:{QUAL}\s+)?\Z""",
    _F,
)
_CUE_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:{CUE})\s+
    (?<!(?:more|less|fewer|greater|rather|other|no)\s+than\s+)   # "more than 5 points": qualifier
    (?:(?:last|the\s+previous|the\s+prior|the\s+last)\s+
       (?:year|month|week|quarter|time|poll|survey|wave|round)['’]s\s+)?  # "than last year's"
    (?:{QUAL}\s+)?\Z""",
    _F,
)
#: "That 36-point gap is the widest on record, up from 21 points": a gap taken up by a
#: demonstrative is a level of its measure (not "a 20-point gap" between two groups)
_THAT_GAP_BEFORE = regex.compile(r"(?r)(?<!\w)(?:that|this|the)\s+\Z", _F)
#: ... and the sentence goes on to an earlier value of it: "..., up from 21 points in 2001"
_GAP_MOVED_AFTER = regex.compile(
    r"""[^.;!?]{0,120}?(?<!\w)(?:(?:up|down|wider|narrower|higher|lower)\s+(?:from|than)
       |since|compared\s+with\s+(?:the\s+)?[0-9.]{1,5}[\s-]{1,2}(?:percentage[\s-])?points?
       \s+(?:in|a|last))(?!\w)""",
    _F,
)
#: "That 5-point Democratic edge", "this 12-point Yes lead": one or two words may name whose
_GAP_AFTER = regex.compile(
    r"""(?:[\s-]{0,2}(?:percentage[\s-])?points?)?(?:\s[\w'’-]{1,25}){0,2}?
    [\s-](?:gap|lead|margin|edge|advantage)(?!\w)""",
    _F,
)
#: A lead stated with "by": "ahead by 3.4 points", "leading Jack Smith by 5 points", "trails
#: by 8" (not "up by 3 points", a change).
_LEAD_BY_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:ahead|behind|lead|leads|leading|led|trail|trails|trailing|trailed)
    (?:\s+(?!by(?!\w))[\w'’.-]{{1,30}}){{0,4}}?\s+by\s+(?:{QUAL}\s+)?\Z""",
    _F,
)
#: A lead named after the figure: "12 points ahead of Labour", "a 10-point lead", "a 6.1-point
#: edge" (not a "20-point gap" between groups, which is a stated gap).
_LEAD_AFTER = regex.compile(
    r"""[\s-]{0,2}(?:percentage[\s-])?(?:points?[\s-]{1,2})?
    (?:ahead|behind|clear|lead|edge|advantage|margin|deficit)(?!\w)""",
    _F,
)
#: The later end of a lead that moved "from 2 points in July to 4 points".
_LEAD_FROM_TO_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:lead|gap|margin|advantage|edge|deficit)(?!\w)[^.;%\d]{{0,40}}
    (?<!\w)from\s+(?:{QUAL}\s+)?[0-9][0-9.]{{0,5}}(?:[\s-]{{1,2}}(?:percentage[\s-])?points?)?
    [^.;%\d]{{0,30}}?\s+to\s+(?:{QUAL}\s+)?\Z""",
    _F,
)
#: A gap or lead stated, then what it moved to in a relative clause: "a gap of 9.6 points
#: that has since shrunk to 3.4 points", "a lead of 11 points, which has narrowed to 4" (the
#: ``num`` is the earlier level, the match ends before the later).
GAP_WHICH_TO: Final = regex.compile(
    rf"""(?r)(?<!\w)(?:lead|gap|margin|advantage|edge|deficit|difference)\s+of\s+
    (?:{QUAL}\s+)?(?P<num>[0-9][0-9.]{{0,5}}(?:[\s-]{{1,2}}(?:percentage[\s-]{{1,2}})?points?)?)
    \s{{0,2}},?\s{{1,2}}(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:(?:now|since|already)\s+)?
    (?:{VERBS}|widened|narrowed|tightened|closed|stretched|extended)
    \s+(?:(?:sharply|slightly|further|steadily|again)\s+)?to\s+(?:{QUAL}\s+)?\Z""",
    _F,
)
#: a signed net score, the sign a symbol or a word ("-22", "minus 41", "plus 4")
_NET_TEXT = regex.compile(
    r"(?:[+\-−]|minus\s+|negative\s+|plus\s+|positive\s+)[0-9][0-9.,]{0,12}", _F
)
_NET_PERCENT_TEXT = regex.compile(
    r"""(?:[+\-−]|minus\s+|negative\s+|plus\s+|positive\s+)[0-9][0-9.,]{0,12}
    \s?(?:%|per\s?cent|percent|pc)""",
    _F,
)
_PERCENT_TEXT = regex.compile(r"%|percent|per\s?cent|pct", regex.IGNORECASE)
#: A growth rate set against its earlier rate in its clause: "wages rose 3.6 per cent on a
#: year-over-year basis, down from 4.0 per cent", "prices climbed 2.9% in the year to March,
#: up from 2.6%" (the rate is a level of its own measure, not a move between two levels)
_RATE_BASELINE_AFTER = regex.compile(
    r"""[^.;%()]{0,80}?[\s,]\s{0,2}
    (?:(?:down|up|slowing|easing|quickening|accelerating|slowed|eased)\s+
       (?:(?:slightly|sharply|marginally|only\s+slightly)\s+)?from
     |compared\s+(?:with|to)|after)\s+(?:(?:about|around|nearly|almost)\s+)?
    [0-9]{1,2}(?:\.[0-9]{1,2})?\s?(?:%|per\s?cent|percent)""",
    _F,
)
#: "one in five respondents (19%)", "nearly a third of Tory voters from 2019 (31%)": the
#: words of one noun phrase, then the same figure in digits in brackets
_DUPLICATE_GAP = regex.compile(r"(?:\s+[\w'’-]{1,20}){0,6}\s*\(\s*")
#: "About 6 in 10 U.S. adults, 61%, say ...", "two-thirds of Republicans, 64 per cent, back
#: it": the same figure in digits set off by commas (its value close to the words')
_DUPLICATE_COMMA = regex.compile(r"(?:\s+[\w'’.-]{1,20}){0,6}\s{0,2},\s{0,2}")
_COMMA_AFTER = regex.compile(r"\s{0,2}[,—–]")


@attrs.frozen
class Figure:
    """A figure that can be an end of a comparison, its sentence number and what follows it."""

    st: Statistic
    sent: int
    tail: Tail


def _is_level(text: str, st: Statistic) -> bool:
    """A figure that can be an end of a comparison: a share in percent, or a score in points —
    a net score ("a net rating of -22", not a bracketed change "31% (+2)"), a lead or gap
    ("its lead now stands at nine points", "ahead by 3 points", "a 10-point lead", "12 points
    ahead of", not "the gap narrowed by 3 points"), or points after a baseline cue ("up from
    six points")."""
    if st.kind == "share":
        return st.unit == "percent"
    lo = max(0, st.start - 60)
    if st.kind == "change" and _NET_PERCENT_TEXT.fullmatch(st.text) is not None:
        # a net balance written with its sign and a percent word ("+6 per cent, from -18 per
        # cent", "a balance of minus 19 per cent"), whichever unit it was read in
        return _BRACKET_BEFORE.search(text, lo, st.start) is None
    if (st.kind == "change" and st.unit == "percent" and st.low == st.high > 0
            and _RATE_BASELINE_AFTER.match(text, st.end, min(len(text), st.end + 130))):
        return _MOVED_BEFORE.search(text, lo, st.start) is not None
    if st.kind != "change" or st.unit != "percentage_point":
        return False
    if (st.rule == "percent" and _PERCENT_TEXT.search(st.text) is not None
            and _BRACKET_BEFORE.search(text, lo, st.start) is None
            and _MOVED_BEFORE.search(text, lo, st.start) is None):
        # a net balance in percent without a sign ("the outlook index fell to 27.2% from
        # 34.4%"): a level of its measure
        return True
    if _NET_TEXT.fullmatch(st.text) is not None:
        return _BRACKET_BEFORE.search(text, lo, st.start) is None
    if _LEAD_BY_BEFORE.search(text, lo, st.start) is not None:
        return True
    if _MOVED_BEFORE.search(text, lo, st.start) is not None:
        return False
    if _LEAD_AFTER.match(text, st.end, min(len(text), st.end + 30)) is not None:
        return True
    if (_THAT_GAP_BEFORE.search(text, lo, st.start) is not None
            and _GAP_AFTER.match(text, st.end, min(len(text), st.end + 30)) is not None
            and _GAP_MOVED_AFTER.match(text, st.end, min(len(text), st.end + 150)) is not None):
        return True
    if _LEAD_FROM_TO_BEFORE.search(text, max(0, st.start - 120), st.start) is not None:
        return True
    if GAP_WHICH_TO.search(text, max(0, st.start - 120), st.start) is not None:
        return True  # "a gap of 9.6 points that has since shrunk to 3.4 points"
    return (
        _GAP_NOUN_BEFORE.search(text, lo, st.start) is not None
        or _CUE_BEFORE.search(text, lo, st.start) is not None
        or _GAP_PRONOUN_BEFORE.search(text, max(0, st.start - 200), st.start) is not None
    )


def _comma_duplicate(text: str, words: Statistic, digits: Statistic) -> bool:
    """Whether ``digits`` repeats the fraction word ``words`` in an apposition set off by
    commas ("About 6 in 10 U.S. adults, 61%, say"), its value within 5 points."""
    return (
        abs(words.low - digits.low) <= 5
        and _DUPLICATE_COMMA.fullmatch(text, words.end, digits.start) is not None
        and _COMMA_AFTER.match(text, digits.end, min(len(text), digits.end + 4)) is not None
    )


#: "14% of people – roughly one in seven –", "61 per cent (about three in five)", "26%, or
#: about a quarter": a fraction word that restates the figure in digits just before it
_RESTATED_GAP = regex.compile(
    r"""(?:\s+[\w'’.-]{1,20}){0,6}\s{0,2}(?:[,(–—:]|\s-)\s{0,2}    # "of people in the UK – "
    (?:(?:or|that\s+is|i\.e\.)\s+)?
    (?:(?:roughly|about|around|approximately|nearly|almost|some|just\s+(?:over|under))\s+)?""",
    _F,
)


def _restated(text: str, digits: Statistic | None, words: Statistic) -> bool:
    """Whether the fraction word ``words`` restates ``digits`` just before it ("14% –
    roughly one in seven"), its value within 2 points."""
    return (
        digits is not None
        and _PERCENT_TEXT.search(words.text) is None
        and _PERCENT_TEXT.search(digits.text) is not None
        and abs(words.low - digits.low) <= 2
        and _RESTATED_GAP.fullmatch(text, digits.end, words.start) is not None
    )


def level_figures(text: str, stats: Sequence[Statistic]) -> list[Statistic]:
    """The figures that can be ends of a comparison (:func:`_is_level`). A fraction word
    next to the same figure in digits ("one in five respondents (19%)", "14% – roughly one
    in seven") gives way to the digits."""
    shares = [st for st in stats if _is_level(text, st)]
    out: list[Statistic] = []
    for k, st in enumerate(shares):
        nxt = shares[k + 1] if k + 1 < len(shares) else None
        if _restated(text, shares[k - 1] if k > 0 else None, st):
            continue
        if (
            nxt is not None
            and _PERCENT_TEXT.search(st.text) is None
            and _PERCENT_TEXT.search(nxt.text) is not None
            and nxt.start - st.end <= 60
            and (_DUPLICATE_GAP.fullmatch(text, st.end, nxt.start) is not None
                 or _comma_duplicate(text, st, nxt))
        ):
            continue
        out.append(st)
    return out


# -- what a rule proposes ------------------------------------------------------------------


@attrs.frozen
class Pair:
    """Two figures a rule reads as one comparison: ``f`` the earlier (or baseline), ``t`` the
    later. ``t_from``/``t_to`` are times the text gives next to them. For a ``derived`` pair,
    ``f`` is the stated change in points the baseline is computed from."""

    f: Statistic
    t: Statistic
    form: Form
    t_from: TimeKey | None = None
    t_to: TimeKey | None = None
    #: whether attributed or stated times may swap the ends (not for "from X to Y")
    orderable: bool = True
    #: the name of the rule that proposed it (set by the resolver)
    rule: str = ""
    #: the baseline's time relative to the later end's period ("a year earlier": ("year", -1))
    rel_from: tuple[str, int] | None = None
    #: a ratio or gap the text states for a ``between_groups`` pair ("three to one")
    stated: Statistic | None = None
    kind: Kind = "over_time"


@attrs.frozen
class Candidate:
    """What one rule proposes at one place: its pairs, and the marks the resolver keeps
    whether or not it accepts the pairs.

    ``closes``: neighbour pairs (by the index of their first figure) no later rule may pair
    ("8% and 7% ... 12% and 10%, respectively" closes the pairs inside each list).
    ``baseline_of``: the baseline figure and the index of the later figure it is the baseline
    of, so that a second baseline joined by "and" can find that later figure.
    ``reopens``: a later figure that takes a second baseline (its place as a later end is
    freed before the pairs are weighed).
    """

    pairs: tuple[Pair, ...]
    closes: tuple[int, ...] = ()
    baseline_of: tuple[Statistic, int] | None = None
    reopens: Statistic | None = None


class Decided(Protocol):
    """What rules may read of the decisions made so far (never write)."""

    def is_to(self, st: Statistic) -> bool:
        """Whether ``st`` is the later end of an accepted pair."""
        ...

    def later_of(self, st: Statistic) -> int | None:
        """The index of the later figure ``st`` was proposed as the baseline of, if any."""
        ...

    def paired_earlier(self, st: Statistic) -> bool:
        """Whether ``st`` was an end of an accepted pair when the current sweep began."""
        ...

    def is_from(self, st: Statistic) -> bool:
        """Whether ``st`` is the earlier end of an accepted pair."""
        ...

    def baseline_value(self, st: Statistic) -> float | None:
        """The value of the earlier end of the accepted pair whose later end is ``st``."""
        ...

    def later_end(self, st: Statistic) -> Statistic | None:
        """The later end of the accepted pair whose earlier end is ``st``."""
        ...

    def is_result(self, st: Statistic) -> bool:
        """Whether ``st`` states an official result (an election's, a referendum's: it has
        no pollster, :func:`pollstats.results.official_results`)."""
        ...


@attrs.frozen(eq=False)
class PairView:
    """The figures of one text, read-only: what a rule's ``propose(view, i)`` looks at."""

    text: str
    sents: Sentences
    stats: tuple[Statistic, ...]
    figs: tuple[Figure, ...]
    fig_starts: tuple[int, ...]
    #: the indices ``i`` of neighbouring figures ``i``, ``i + 1`` close enough to pair
    neighbours: tuple[int, ...]
    #: the level figures of each sentence that has any, in text order
    by_sent: Mapping[int, tuple[Statistic, ...]]
    decided: Decided
    #: the starts of ``stats`` (sorted), to find the statistic before a place by bisection
    stat_starts: tuple[int, ...] = ()

    @classmethod
    def of(
        cls, text: str, sents: Sentences, stats: Sequence[Statistic], decided: Decided
    ) -> PairView:
        """The view of ``stats`` (sorted by position) in ``text``."""
        figs = []
        for st in level_figures(text, stats):
            sent = sents.index(st.start)
            figs.append(Figure(st, sent, tail_after(text, st.end, sents.end(sent))))
        by_sent: dict[int, list[Statistic]] = {}
        for f in figs:
            by_sent.setdefault(f.sent, []).append(f.st)
        near = tuple(
            i for i, (a, b) in enumerate(itertools.pairwise(figs))
            # "from 40 to 45 per cent": the earlier figure's quote ends with the later's unit
            if (a.st.end <= b.st.start or (a.st.start < b.st.start and a.st.end == b.st.end))
            and b.st.start - a.st.end <= MAX_GAP * 2
        )
        return cls(
            text, sents, tuple(stats), tuple(figs), tuple(f.st.start for f in figs), near,
            {s: tuple(v) for s, v in by_sent.items()}, decided,
            tuple(st.start for st in stats),
        )

    def indices(self, scope: Scope) -> Sequence[int]:
        """The places a rule of ``scope`` is asked about, in order."""
        if scope == "figure":
            return range(len(self.figs))
        if scope == "neighbours":
            return self.neighbours
        if scope == "sentence":
            return sorted(self.by_sent)
        if scope == "text":
            return range(1)
        return range(len(self.stats))

    def pair(
        self, i_from: int, i_to: int, form: Form, t_from: TimeKey | None = None,
        t_to: TimeKey | None = None, *, orderable: bool = True,
    ) -> Pair:
        """The pair of figures ``i_from`` (earlier) and ``i_to`` (later)."""
        return Pair(self.figs[i_from].st, self.figs[i_to].st, form, t_from, t_to, orderable)

    def one(self, pair: Pair) -> Candidate:
        """A candidate of one pair and no marks."""
        return Candidate((pair,))

    def is_to(self, i: int) -> bool:
        """Whether figure ``i`` is already the later end of a comparison."""
        return self.decided.is_to(self.figs[i].st)

    def latest_like(self, i: int, back: int = 2) -> int | None:
        """The figure before figure ``i`` that a baseline stated later refers back to: the
        nearest one in the same or the ``back`` sentences before, of the same kind and unit,
        of the same group (both of everyone, or one group key), and not itself a baseline;
        the first such figure of the nearest sentence that has one (what a sentence is about
        comes first: "44% back it, with 5% unsure")."""
        b = self.figs[i]
        found: int | None = None
        for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
            a = self.figs[j]
            if a.sent < b.sent - back or (found is not None and a.sent != self.figs[found].sent):
                return found
            if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit) or self.decided.is_from(a.st):
                continue
            ga, gb = a.st.group, b.st.group
            if (ga is None) != (gb is None):
                continue
            if ga is not None and gb is not None and (ga.key or ga.words.value.casefold()) != (
                gb.key or gb.words.value.casefold()
            ):
                continue
            found = j
        return found


def clash(a: Cue | None, b: Cue | None) -> bool:
    """Whether two attributed values are both known and differ."""
    return a is not None and b is not None and a.value.casefold() != b.value.casefold()


#: An example sentence and the (from, to) values its rule must pair in it.
Example = tuple[str, tuple[float, float]]


@attrs.frozen
class PairRule:
    """One way of writing a comparison: ``propose(view, i)`` for each place of its ``scope``
    (pure: it reads the view and returns a candidate or None), with sentences it must pair
    (``examples``) and sentences it must not (``near_misses``)."""

    name: str
    scope: Scope
    propose: Callable[[PairView, int], Candidate | None]
    examples: tuple[Example, ...]
    near_misses: tuple[str, ...]
