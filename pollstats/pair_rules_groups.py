"""Pairing rules between groups: parallel figures of one survey ("men 44%, women 39%") and
ratios between groups ("twice as likely", "a gap of 12 points").
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from ._data import alternation, words
from .model import Statistic
from .pair_shared import _CMP, _DATED, _F, _GROUP_WORD
from .pair_view import QUAL as _QUAL
from .pair_view import Candidate, Figure, Pair, PairRule, PairView, clash
from .periods import SURVEY_NOUNS, TIME, time_key

# -- parallel sentences --------------------------------------------------------------------

_PARALLEL_START = regex.compile(
    rf"\s{{0,4}}(?:(?:and|but|by\s+contrast|back)[\s,]{{1,4}})?(?P<t>{TIME})\s{{0,3}},", _F
)
_SAME_SURVEY = regex.compile(
    rf"""(?<!\w)(?:the\s+same|that|the\s+previous|the\s+prior|an\s+earlier|the\s+last
       |a\s+previous|a\s+prior|the\s+preceding)\s+(?:{alternation(SURVEY_NOUNS)}
       |question)(?!\w)""",
    _F,
)


_OPTION_WORD = regex.compile(r"\p{L}[\p{L}'’-]{2,30}")
_OPTION_REACH: Final = 40


def _option_stems(view: PairView, figs: tuple[Statistic, ...], k: int) -> frozenset[str]:
    """The words right after figure ``k`` of a sentence (up to the next figure), cut to five
    letters: what it is a share of ("disapprove", "oppose the tax")."""
    st = figs[k]
    hi = min(st.end + _OPTION_REACH, view.sents.end(view.sents.index(st.start)))
    if k + 1 < len(figs):
        hi = min(hi, figs[k + 1].start)
    return frozenset(
        m[0].casefold()[:5] for m in _OPTION_WORD.finditer(view.text, st.end, hi)
        if m[0].casefold() not in _OPTION_STOP
    )


#: Words that are not a measure or option: comparison.txt [stopword], read only here.
STOPWORDS: Final = words(_CMP, "stopword")
_OPTION_STOP: Final = frozenset(STOPWORDS) | {"said", "says", "were", "are"}


def _option_order(
    view: PairView, a_figs: tuple[Statistic, ...], b_figs: tuple[Statistic, ...]
) -> list[int] | None:
    """For each figure of ``b_figs``, the index of the figure of ``a_figs`` that names the
    same option ("44% support it ... 47% supported it"), when each names words only one
    figure of the other sentence shares; None otherwise."""
    a_words = [_option_stems(view, a_figs, k) for k in range(len(a_figs))]
    order: list[int] = []
    for k in range(len(b_figs)):
        b_words = _option_stems(view, b_figs, k)
        hits = [j for j, w in enumerate(a_words) if w & b_words]
        if len(hits) != 1:
            return None
        order.append(hits[0])
    return order if sorted(order) == list(range(len(a_figs))) else None


def parallel(view: PairView, s_a: int) -> Candidate | None:
    """``39% approve and 61% disapprove, a net of -22. In March, the same poll found 44%
    approving and 56% disapproving, a net of -12.``: a sentence that starts with a time
    (or names the same or a previous survey) and repeats the figures of sentence ``s_a``,
    same kinds in the same order, gives their earlier values (two or more figures, or one
    with the survey named)."""
    text, sents = view.text, view.sents
    a_figs, b_figs = view.by_sent[s_a], view.by_sent.get(s_a + 1)
    if not b_figs or len(a_figs) != len(b_figs) or len(a_figs) > 4:
        return None
    if [(x.kind, x.unit) for x in a_figs] != [(x.kind, x.unit) for x in b_figs]:
        return None
    if any(view.decided.paired_earlier(x) for x in a_figs + b_figs):
        return None
    lead = sents.start(s_a + 1)
    start = _PARALLEL_START.match(text, lead, b_figs[0].start)
    same = _SAME_SURVEY.search(text, lead, b_figs[0].start) is not None
    if (
        not same and start is None and len(a_figs) >= 2
        and _DATED.search(text, lead, min(b_figs[0].start, lead + 40)) is not None
        and _option_order(view, a_figs, b_figs) is not None
    ):
        # "In May the picture was reversed, with 50% approving and 45% disapproving": a
        # time, and the options named again
        start = _DATED.search(text, lead, min(b_figs[0].start, lead + 40))
    if not same and (start is None or len(a_figs) < 2):
        return None
    said = start[0] if start is not None else None
    if _GROUP_WORD.search(text, start.end() if start else lead, b_figs[0].start):
        return None  # "In March, Republicans gave 20% and 75%": another group
    if any(
        x.subgroup is not None and clash(x.subgroup, y.subgroup or x.source)
        for x, y in zip(a_figs, b_figs, strict=True)
    ):
        return None
    t_b = time_key(said) if said is not None else None
    a_start = _PARALLEL_START.match(text, sents.start(s_a), a_figs[0].start)
    t_a = time_key(a_start["t"]) if a_start is not None else None
    order = _option_order(view, a_figs, b_figs)
    later = [a_figs[k] for k in order] if order is not None else list(a_figs)
    return Candidate(
        tuple(Pair(x, y, "parallel", t_b, t_a) for x, y in zip(b_figs, later, strict=True))
    )


PARALLEL_RULE: Final = PairRule(
    "parallel", "sentence", parallel,
    examples=(
        ("In 2021, 48% approved and 45% disapproved. In 2023, 42% approved and 51% "
         "disapproved.", (48, 42)),
        ("In 2021, 48% approved and 45% disapproved. In 2023, 42% approved and 51% "
         "disapproved.", (45, 51)),
        ("Some 52% oppose the tax and 44% support it. In May, 47% supported it and 49% "
         "opposed it.", (47, 44)),
        ("The poll found 52% of Chileans disapprove of the senate, while 44% approve. In May "
         "the picture was reversed, with 50% approving and 45% disapproving.", (45, 52)),
    ),
    near_misses=(
        "In 2021, 48% approved and 45% disapproved. In 2023, among women, 42% and 51%.",
        "Some 48% approved and 45% disapproved. Then 42% approved and 51% disapproved.",
    ),
)


# -- a stated ratio or gap between two groups -----------------------------------------------

_LIKELY = alternation(words(_CMP, "likelihood_word"))
_OUTNUMBER = alternation(words(_CMP, "outnumber_verb"))
_NUMBER_WORDS: Final = {
    "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
    "eight": 8.0, "nine": 9.0, "ten": 10.0,
}
_AS_LIKELY_AFTER = regex.compile(
    rf"""\s+(?:
        (?:as|more)\s+(?:{_LIKELY})(?!\w)                     # twice as likely, 3 times more likely
      | (?:higher|greater|larger|bigger|more)\s+than(?!\w)    # 2.5 times higher than
    )""",
    _F,
)
_OUTNUMBER_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{_OUTNUMBER})(?!\w)[^.;%\d]{{0,50}}\Z", _F
)
_TO_ONE = regex.compile(
    rf"""(?<![\w.])
    (?P<n>{alternation(list(_NUMBER_WORDS))}|[0-9]{{1,2}}(?:\.[0-9])?)   # three, 2.5
    (?:[\s-]{{1,3}}to[\s-]{{1,3}}|\s?:\s?)(?:one|1)(?![\w.:])           # to one, -to-1, :1
    """,
    _F,
)
_GAP_AFTER = regex.compile(
    r"""(?:[\s-]{0,2}(?:percentage[\s-])?points?)?     # "20 percentage point", "-point"
    [\s-]{0,2}(?:gap|difference|divide)(?!\w)""",
    _F,
)
_GAP_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:gap|difference|divide)\s+of\s+(?:{_QUAL}\s+)?\Z", _F)
#: Longest distance (characters) between a stated ratio or gap and the nearer of its figures.
_RATIO_REACH: Final = 120


def _stated_between(view: PairView, st: Statistic) -> bool:
    """Whether ``st`` states a ratio or gap between two groups at one time: "2.5 times as
    likely", "twice as many", "outnumber ... by 3 times", "a 20-point gap", "a gap of 15
    points"."""
    text = view.text
    if st.kind == "ratio" and st.unit == "ratio":
        if _AS_LIKELY_AFTER.match(text, st.end, min(len(text), st.end + 40)) is not None:
            return True
        lo = max(0, st.start - 60)
        return _OUTNUMBER_BEFORE.search(text, lo, st.start) is not None
    if st.kind == "change" and st.unit == "percentage_point":
        if _GAP_AFTER.match(text, st.end, min(len(text), st.end + 30)) is not None:
            return True
        return _GAP_BEFORE.search(text, max(0, st.start - 40), st.start) is not None
    return False


def _two_near(view: PairView, start: int, end: int, sent: int) -> tuple[Figure, Figure] | None:
    """The two neighbouring figures of sentence ``sent`` that a stated ratio or gap at
    ``start``-``end`` describes: the two right after it, else the two right before it."""
    k = bisect.bisect_left(view.fig_starts, end)
    figs = view.figs
    after = figs[k : k + 2]
    if (
        len(after) == 2 and all(f.sent == sent for f in after)
        and after[0].st.start - end <= _RATIO_REACH
    ):
        return after[0], after[1]
    j = bisect.bisect_left(view.fig_starts, start)
    before = figs[max(0, j - 2) : j]
    if (
        len(before) == 2 and all(f.sent == sent for f in before)
        and start - before[1].tail.end <= _RATIO_REACH
    ):
        return before[0], before[1]
    return None


def group_ratio(view: PairView, n: int) -> Candidate | None:
    """``backers outnumber critics three to one, 60% against 20%``, ``renters are twice as
    likely as owners to move (30% versus 15%)``, ``a 20-point gap between graduates (61%) and
    non-graduates (41%)``: a ratio or gap stated between two groups (or options) at one time,
    linked to the two figures it describes (a ``between_groups`` pair: the smaller figure
    first, the stated ratio or gap on the pair)."""
    st, text = view.stats[n], view.text
    sent = view.sents.index(st.start)
    stated: Statistic | None = None
    if _stated_between(view, st):
        stated = st
    elif st.kind == "share" and view.by_sent.get(sent, (None,))[0] is st:
        # the first figure of its sentence: a ratio in words ("three to one") before or after
        lo, hi = view.sents.start(sent), view.sents.end(sent)
        m = _TO_ONE.search(text, lo, hi)
        if m is None or _OUTNUMBER_BEFORE.search(text, max(lo, m.start() - 60), m.start()) is None:
            return None
        k = bisect.bisect_right(view.stats, m.start(), key=lambda o: o.start)
        if k and view.stats[k - 1].kind == "ratio" and m.start() < view.stats[k - 1].end:
            return None  # read as a ratio statistic ("to_one"): that one states the pair
        word = m["n"].lower()
        value = _NUMBER_WORDS.get(word) or float(word)
        stated = attrs.evolve(
            st, text=m[0], start=m.start(), end=m.end(), kind="ratio", low=value, high=value,
            unit="ratio", qualifier="exact",
        )
    if stated is None:
        return None
    two = _two_near(view, stated.start, stated.end, sent)
    if two is None:
        return None
    a, b = two
    if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit) or a.st.kind != "share":
        return None
    if view.decided.paired_earlier(a.st) and view.decided.paired_earlier(b.st):
        return None  # the two figures are already a change over time
    small, large = (a, b) if a.st.value <= b.st.value else (b, a)
    return view.one(Pair(small.st, large.st, "between", stated=stated, kind="between_groups"))


GROUP_RATIO_RULE: Final = PairRule(
    "group_ratio", "statistic", group_ratio,
    examples=(
        ("Backers of the tunnel outnumber critics three to one, 60% against 20%.", (20, 60)),
        ("Renters are twice as likely as owners to move: 30% versus 15%.", (15, 30)),
        ("There is a 20-point gap between graduates (61%) and non-graduates (41%).",
         (41, 61)),
        ("Cyclists were 2.5 times as likely as drivers to back the lane, 45% against 18%.",
         (18, 45)),
    ),
    near_misses=(
        "Support for the tunnel doubled, from 20% to 40%.",
        "Backers of the tunnel outnumber critics, 60% against 20%.",
        "The gap narrowed by 4 points; 60% back the tunnel and 20% oppose it.",
    ),
)
