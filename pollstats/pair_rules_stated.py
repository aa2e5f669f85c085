"""Pairing rules that read a stated change with its stated baseline: "fallen 15 points since
October, when it stood at 66 percent", "now eight points below the 55% it registered", "the
BJP's share is up 1 point from 38 per cent". The later figure is often in another sentence
(the headline figure, or the next sentence); the arithmetic the text states (baseline plus or
minus the change) finds it, and the same arithmetic keeps a cue from pairing the baseline with
a figure the change does not lead to (:func:`stated_change`, read by the resolver too).
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from ._data import table
from .matchers import DOWN_NOUNS, DOWN_VERBS, UP_NOUNS, UP_VERBS
from .model import Statistic
from .pair_rules_single import derived
from .pair_shared import _CMP, _F, _new_clause, _time_in
from .pair_view import Candidate, Figure, Pair, PairRule, PairView, clash
from .periods import TimeKey

__all__ = ["STATED_BASELINE_RULE", "STATED_DERIVED_RULE", "stated_change"]

#: words between a change and its baseline that give the direction: "eight points below
#: the 55%", "a swing of 4 points against the party compared with ..." (comparison.txt)
_GAP_DIRECTION: Final[dict[str, int]] = {
    " ".join(w.lower().split()): (1 if d.strip() == "up" else -1)
    for w, d in table(_CMP)["stated_change_gap"]
}
#: words of a lead, a gap or a swing say nothing of which way a figure moved
_NOT_DIRECTION: Final = frozenset({
    "lead", "leads", "led", "leading", "ahead", "advantage", "edge", "gap", "margin", "race",
    "swing", "trails", "trailed", "trailing", "behind", "deficit",
})
_UP: Final = frozenset(w.lower() for w in UP_VERBS + UP_NOUNS) - _NOT_DIRECTION
_DOWN: Final = frozenset(w.lower() for w in DOWN_VERBS + DOWN_NOUNS) - _NOT_DIRECTION


def _words_pattern(phrases: frozenset[str] | list[str]) -> str:
    return "|".join(
        r"\s+".join(regex.escape(p) for p in w.split())
        for w in sorted(phrases, key=lambda w: (-len(w), w))
    )


_DIRECTION_WORD = regex.compile(
    rf"(?<!\w)(?P<up>{_words_pattern(_UP)})(?!\w)|(?<!\w)(?P<down>{_words_pattern(_DOWN)})(?!\w)",
    _F,
)
_GAP_WORD = regex.compile(rf"(?<!\w)(?:{_words_pattern(list(_GAP_DIRECTION))})(?!\w)", _F)
#: the cue that sets the figure after a change as its baseline
_CUE = regex.compile(
    r"""(?<!\w)(?:from|since|on|below|beneath|under|above|than|short\s+of
       |compared\s+(?:with|to)|versus|vs\.?)(?!\w)""",
    _F,
)
#: "month on month", "year on year": how a change is measured, not a cue
_PER_PERIOD = regex.compile(
    r"(?<!\w)(?:week|month|quarter|year)\s+on\s+(?:week|month|quarter|year)(?!\w)", _F
)
#: words that open another comparison inside the gap: "up 2 points on May and above ..."
_AND = regex.compile(r"(?<!\w)(?:and|or|then)(?!\w)|[;:()]", _F)
#: how far a baseline may follow its change
_GAP: Final = 110
#: how close the later figure must be to the baseline plus or minus the change
_EXACT: Final = 0.11
#: how far (sentences) the later figure may be, before or after
_REACH: Final = 3
#: how far (sentences) after its change a derived baseline's stated figure may be
_DERIVED_REACH: Final = 5


def _level_index(view: PairView, st: Statistic) -> int | None:
    """The index of ``st`` among the level figures, if it is one."""
    k = bisect.bisect_left(view.fig_starts, st.start)
    if k < len(view.figs) and view.figs[k].st is st:
        return k
    return None


def _change_before(view: PairView, b: int) -> Statistic | None:
    """The change in points stated just before level figure ``b`` in its sentence, with only
    a baseline cue between them (the nearest statistic before ``b``)."""
    fig = view.figs[b]
    k = bisect.bisect_left(view.stat_starts, fig.st.start) - 1
    if k < 0:
        return None
    c = view.stats[k]
    if c.kind != "change" or c.unit != "percentage_point" or c.value == 0:
        return None
    if _level_index(view, c) is not None or c.end > fig.st.start:
        return None
    if fig.st.start - c.end > _GAP or view.sents.index(c.start) != fig.sent:
        return None
    return c


def stated_change(view: PairView, b: int) -> float | None:
    """The signed change in points the text states from level figure ``b`` as its baseline:
    ``fallen 15 points since October, when it stood at 66 percent`` gives -15 for the 66, ``up
    1 percentage point from 38 per cent`` +1 for the 38; None when no change leads to ``b``
    through one baseline cue, or its direction is not said."""
    c = _change_before(view, b)
    if c is None:
        return None
    text, fig = view.text, view.figs[b]
    gap = text[c.end : fig.st.start]
    cues = [m for m in _CUE.finditer(gap) if _PER_PERIOD.search(gap, max(0, m.start() - 8),
                                                                m.end() + 8) is None]
    if not cues and _GAP_WORD.search(gap) is not None:
        cues = [None]  # "a swing of 4 points against the party": the direction is the cue
    if len(cues) != 1 or _AND.search(gap) is not None or _new_clause(text, c.end, fig.st.start):
        return None
    sign = 0
    for m in _GAP_WORD.finditer(gap):
        sign = _GAP_DIRECTION[" ".join(m[0].lower().split())]
    if sign == 0:
        lo = max(view.sents.start(fig.sent), c.start - 60)
        for m in _DIRECTION_WORD.finditer(text, lo, c.start):
            sign = 1 if m["up"] is not None else -1
    if sign == 0:
        return None
    return sign * abs(c.value)


def _same_group(a: Statistic, b: Statistic, *, place: bool) -> bool:
    """Whether later figure ``a`` and baseline ``b`` are of one group; with ``place``, a
    later figure of a place frame ("In West Bengal, ...") goes with a baseline that names no
    group (its sentence does not repeat the place)."""
    ga, gb = a.group, b.group
    if ga is None or gb is None:
        if place and gb is None and ga is not None and (ga.key or "").startswith("region="):
            return True
        return ga is None and gb is None
    return (ga.key or ga.words.value.casefold()) == (gb.key or gb.words.value.casefold())


def stated_baseline(view: PairView, n: int) -> Candidate | None:
    """``Kast is eight points below the 55% approval he registered in March``, ``The rating
    has slipped 4 points from this year's high of 65 percent``, ``54.3 percent, a drop of 6.1
    points from January, when it stood at 60.4 percent``: level figure ``b`` is the baseline
    of a stated change; the later figure is the one, in its sentence or up to three sentences
    before or after (nearest first), of the same kind and group whose value is the baseline
    plus the change (a figure of a place frame, "In West Bengal, ...", when the baseline names no
    group and no figure of no group fits). It may be the later end of another pair too ("from
    50% to 47%")."""
    b = _level_index(view, view.stats[n])
    if b is None:
        return None
    change = stated_change(view, b)
    if change is None:
        return None
    base = view.figs[b]
    if view.decided.is_from(base.st):
        return None
    target = base.st.value + change
    for place in (False, True):  # a figure of its own group first, then one of a place
        found = _later_end(view, base, target, place=place)
        if found is not None:
            return found
    return None


def _later_end(view: PairView, base: Figure, target: float, *, place: bool) -> Candidate | None:
    """The pair of ``base`` and the nearest figure of value ``target`` (see
    :func:`stated_baseline`)."""
    for sent in _sentences_near(base.sent):
        for st in view.by_sent.get(sent, ()):
            if st is base.st or (st.kind, st.unit) != (base.st.kind, base.st.unit):
                continue
            if abs(st.value - target) > _EXACT or st.is_range:
                continue
            if not _same_group(st, base.st, place=place):
                continue
            j = _level_index(view, st)
            if j is None or view.decided.is_from(st):
                continue
            lo = max(view.sents.start(base.sent), base.st.start - _GAP)
            said = _time_in(view, lo, base.st.start) or base.tail.time
            pair = Pair(base.st, st, "baseline", said, view.figs[j].tail.time, orderable=False)
            return Candidate((pair,), reopens=st if view.is_to(j) else None)
    return None


def _sentences_near(sent: int, ahead: int = _REACH) -> list[int]:
    """The sentence itself, then those before and after it, nearest first (up to ``ahead``
    sentences after it)."""
    out = [sent]
    for d in range(1, max(_REACH, ahead) + 1):
        out += ([sent - d] if d <= _REACH else []) + ([sent + d] if d <= ahead else [])
    return [s for s in out if s >= 0]


STATED_BASELINE_RULE: Final = PairRule(
    "stated_baseline", "statistic", stated_baseline,
    examples=(
        ("Approval of the premier fell to 47% this week. She is now eight points below the "
         "55% approval she registered in her first poll in March.", (55, 47)),
        ("Labor's primary vote is 33 per cent. That has fallen 1.6 percentage points from "
         "the 34.6 per cent it won at the May election.", (34.6, 33)),
        ("The Cabinet's support rate has fallen 15 points since October, when it stood at 66 "
         "percent. In the weekend survey, support stood at 51 percent.", (66, 51)),
        ("A separate survey put the rating at 54.3 percent, a drop of 6.1 percentage points "
         "from its mid-January poll, when it stood at 60.4 percent.", (60.4, 54.3)),
        ("The exit poll puts the BJP at 39 per cent. The BJP's share is up 1 percentage point "
         "from 38 per cent.", (38, 39)),
        ("The ANC is on 36% and the DA on 25%. That is a drop of two points for the ANC since "
         "March, when it stood at 38%, while the DA has gained two points, from 23%.",
         (23, 25)),
        ("In KwaZulu-Natal, MK is on 41%, the IFP on 18% and the ANC on 17%. In Gauteng, the "
         "ANC polls 31%. Its support has slipped five points from the 36% it won at the 2024 "
         "election.", (36, 31)),
        ("The Left stands at 11 per cent in the ARD survey. Its support has risen by 3 points "
         "month on month, from 8 per cent in May.", (8, 11)),
    ),
    near_misses=(
        # the arithmetic leads to no figure of the text
        "Approval fell to 47% this week. It is now three points below the 55% she "
        "registered in March.",
        # another group's figure has the value
        "Some 51% of men back the mayor. Support has fallen 15 points since October, when it "
        "stood at 66%.",
        # the direction is not said
        "Approval is 47% this week, eight points off the 55% she registered in March.",
        # two baselines in the gap: the change is measured from the first one
        "Labour is on 30%. It is up 5 points on May and well above the 25% it won in 2019.",
        # too far away
        "Approval is 47%. The economy grew. Prices rose. Rents rose. It is now eight points "
        "below the 55% she registered in March.",
    ),
)


# -- a derived baseline the text states elsewhere ---------------------------------------------


def _earlier_than(st: Statistic, fig: Figure, later: Statistic, view_sent: int) -> bool:
    """Whether figure ``st`` is put before ``later`` (in sentence ``view_sent``): by their
    periods, by a period of its own in another sentence when ``later`` has none, or by a past
    time phrase after it ("... a week earlier")."""
    sp = st.period.period if st.period is not None else None
    lp = later.period.period if later.period is not None else None
    if sp is not None and lp is not None:
        return TimeKey(sp).before(TimeKey(lp)) is True
    if sp is not None and fig.sent != view_sent:
        return True  # a dated figure in another sentence than the undated current one
    return fig.tail.time is not None and fig.tail.time.past


def stated_derived(view: PairView, n: int) -> Candidate | None:
    """``Lai's approval rose to 47.3 percent, up 4.1 percentage points from last month`` and,
    sentences later, ``... last month, when his approval had dipped to 43.2 percent``: the
    baseline a stated change gives a figure (its derived baseline, 47.3 - 4.1) is stated in
    the text; the figure of that value, up to three sentences before or after, of the same
    kind and group and put earlier (by its period or a past time after it), is the baseline
    of a stated pair instead of a derived one."""
    cand = derived(view, n)
    if cand is None or len(cand.pairs) != 1:
        return None
    change, later = cand.pairs[0].f, cand.pairs[0].t
    if change.value == 0:
        return None
    k = _level_index(view, later)
    if k is None or view.decided.baseline_value(later) is not None:
        return None
    target = later.value - change.value
    fig = view.figs[k]
    # a paragraph that looks back at the previous wave may follow a few sentences on ("Labour
    # is up two points to 23% ... In the late-October wave Labour had stood at 21%"): the
    # arithmetic and an earlier time keep the wider reach safe
    for sent in _sentences_near(fig.sent, _DERIVED_REACH):
        for st in view.by_sent.get(sent, ()):
            if st is later or (st.kind, st.unit) != (later.kind, later.unit) or st.is_range:
                continue
            if abs(st.value - target) > _EXACT or not _same_group(st, later, place=False):
                continue
            if clash(st.source, later.source):
                continue  # another pollster's figure of that value
            j = _level_index(view, st)
            if j is None or view.decided.is_from(st) or view.is_to(j):
                continue
            if not _earlier_than(st, view.figs[j], later, fig.sent):
                continue
            pair = Pair(st, later, "baseline", view.figs[j].tail.time, fig.tail.time,
                        orderable=False)
            return view.one(pair)
    return None


STATED_DERIVED_RULE: Final = PairRule(
    "stated_derived", "statistic", stated_derived,
    examples=(
        ("The president's approval rose to 47.3 percent in September 2025, up 4.1 percentage "
         "points from last month. In August 2025 his approval had dipped to 43.2 percent.",
         (43.2, 47.3)),
        ("Trust in the Garda stands at 61 per cent in the 2025 survey, up 3 points on 2023. In "
         "the 2023 survey, 58 per cent trusted the force.", (58, 61)),
        ("In the 2022 round, 44% of Kenyans said the country was headed the wrong way. That "
         "figure is now 52%, up 8 points.", (44, 52)),
        ("Labor's primary vote fell 2 points to 31 per cent in the latest Newspoll. Back in "
         "February 2024 it had been at 33 per cent.", (33, 31)),
        ("Approval of the French president stood at 38 percent in March 2025, Ifop found. In "
         "its June 2025 poll it slipped 2 points to 36 percent.", (38, 36)),
        # a paragraph that looks back at the previous wave, four sentences on
        ("The November 2025 poll puts Reform on 28 per cent, down three points. Labour is on "
         "23 per cent. The Tories are on 18 per cent. The Greens are on 11 per cent.\n\nIn "
         "the October 2025 wave the party had stood at 31 per cent.", (31, 28)),
    ),
    near_misses=(
        # the other figure of the same poll, not an earlier one
        "Labour is on 30% (+2), with the Conservatives on 28%.",
        # another group's figure has the value
        "Approval rose 4 points to 47% this month. In August, 43% of men approved.",
        # a later figure, not an earlier one
        "Approval rose 4 points to 47% in March 2024. By June 2024 it was 43%.",
        # the change leads to no stated figure
        "Approval rose 4 points to 47% this month. In August it had been 41%.",
        # another pollster's earlier figure of that value
        "The Ipsos poll put Labour on 30%, up two points. A YouGov poll in May had Labour on "
        "28%.",
    ),
)
