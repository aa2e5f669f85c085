"""Pairing rules that complete a pair from one stated figure: a change with the level it
reached (derived), and a share that held steady (unchanged).
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from ._data import alternation_of
from .model import Statistic
from .pair_shared import _CMP, _F, _NOUNS
from .pair_view import QUAL as _QUAL
from .pair_view import VERBS as _VERBS
from .pair_view import Candidate, Figure, Pair, PairRule, PairView
from .periods import TIME, find_dates, time_key

# -- a baseline computed from a stated change ----------------------------------------------

_DERIVED_TO = regex.compile(
    rf"""
    \s{{0,3}}(?:(?:{_NOUNS})\s+)?
    (?:(?:since|from|compared\s+with|on)\s+(?P<time>{TIME})[\s,]{{1,4}})?
    to\s+(?:{_QUAL}\s+)?
    """,
    _F,
)
_DERIVED_LEAD = regex.compile(
    rf"""
    [\s),;(—–-]{{0,8}}
    (?:(?:{_VERBS}|an?\s+(?:{_NOUNS})\s+of|(?:{_NOUNS})\s+of)\s+)?
    (?:by\s+)?(?:{_QUAL}\s+)?
    """,
    _F,
)
_DERIVED_SINCE = regex.compile(
    rf"""
    (?:\s+(?:higher|lower|more|less))?
    \s+(?P<cue>than|from|since|compared\s+(?:with|to)|on|over)\s+(?P<time>{TIME})?
    """,
    _F,
)


def _derived(change: Statistic, to: Statistic, said: str | None) -> Pair:
    """A derived pair; ``said`` is the time phrase the text gives the baseline ("since 2022",
    "from a year earlier": dated, or relative to the later figure's period)."""
    if not said:
        return Pair(change, to, "derived")
    rel = next((d.relative for d in find_dates(said) if d.relative is not None), None)
    return Pair(change, to, "derived", time_key(said), rel_from=rel)


def _has_baseline(view: PairView, st: Statistic, change: Statistic) -> bool:
    """Whether ``st`` already has the baseline ``change`` leads to, stated in the text ("up 3
    points to 49%, from 46%"); a stated baseline of another time ("up 3 points to 15%, more
    than double the 7% it won at the election") leaves room for the derived one."""
    base = view.decided.baseline_value(st)
    return base is not None and abs(st.value - change.value - base) <= 0.6


def derived(view: PairView, n: int) -> Candidate | None:
    """``increased 5 points to 47%`` and ``47%, up 5 points (from 2019)``: statistic ``n``, a
    change in points, and the figure it moved gives that figure's baseline (a ``derived``
    pair whose ``f`` is the change; ``t_from`` the time of the baseline)."""
    c, text = view.stats[n], view.text
    if c.kind != "change" or c.unit != "percentage_point":
        return None
    k = bisect.bisect_left(view.fig_starts, c.end)
    if k < len(view.figs):
        b = view.figs[k]
        to = _DERIVED_TO.fullmatch(text, c.end, b.st.start)
        if b.st.start - c.end <= 60 and not _has_baseline(view, b.st, c) and to is not None:
            return view.one(_derived(c, b.st, to["time"]))
    k -= 1
    if k < 0 or view.is_to(k):
        return None
    a = view.figs[k]
    if a.tail.end > c.start or c.start - a.tail.end > 30:
        return None
    if _DERIVED_LEAD.fullmatch(text, a.tail.end, c.start) is None:
        return None
    since = _DERIVED_SINCE.match(text, c.end, min(len(text), c.end + 60))
    if since is not None and since["time"] is None and since["cue"].lower() != "on":
        return None  # "5 points higher than men": a gap between groups
    return view.one(_derived(c, a.st, since["time"] if since else None))


DERIVED_RULE: Final = PairRule(
    "derived", "statistic", derived,
    examples=(
        ("Approval of the transit plan climbed 4 points to 46%.", (42, 46)),
        ("Approval of the transit plan stands at 46%, down 3 points since 2022.", (49, 46)),
    ),
    near_misses=(
        "Approval of the transit plan reached 46%, 4 points higher than among renters.",
        "Approval of the transit plan reached 46%, 4 points higher than men.",
    ),
)


# -- a figure that did not move ------------------------------------------------------------

_STEADY = alternation_of(_CMP, "steady_word")
_STEADY_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?P<cue>{_STEADY})\s+(?:at|on)\s+(?:{_QUAL}\s+)?\Z", _F
)
_STEADY_REACH: Final = 320  # characters after a figure its steady cue is looked for in
_STEADY_AFTER = regex.compile(
    rf"""
    (?:\s+\p{{L}}[\p{{L}}'’-]{{0,20}}){{0,6}}?               # trust the courts
    \s{{0,2}}[,;(—–]\s{{0,3}}                                # a comma or dash before the cue
    (?:
        (?P<cue>{_STEADY})                                   # 41%, unchanged
        (?:\s+(?:from|since|on|compared\s+(?:with|to)|with)\s+(?P<time>{TIME}))?
      | (?P<same>(?:about\s+|roughly\s+|much\s+)?the\s+same
           (?:\s+(?:level|figure|share|rate|score|result))?\s+as)\s+(?P<time2>{TIME})
    )
    (?![\w%]|[^\S\n]{{0,3}}(?:from|since|at|on|with)?[^\S\n]{{0,3}}[0-9(])   # no figure
    """,
    _F,
)


def _zero_change(view: PairView, fig: Figure, start: int, end: int) -> Statistic:
    """The change the words ``text[start:end]`` state for ``fig``: none, in points."""
    return attrs.evolve(
        fig.st, text=view.text[start:end], start=start, end=end, kind="change", low=0.0,
        high=0.0, unit="percentage_point", qualifier="exact",
    )


def unchanged(view: PairView, n: int) -> Candidate | None:
    """``held steady at 41%``, ``41%, unchanged from March``, ``41%, the same as in 2023``:
    a figure whose baseline the text gives as itself (a ``derived`` pair with equal ends;
    ``f`` is a change of zero points spanning the words). Not a figure that is already an
    end of a pair ("92%, essentially unchanged from 91% last year")."""
    st = view.stats[n]
    k = bisect.bisect_left(view.fig_starts, st.start)
    if k >= len(view.figs) or view.figs[k].st is not st or view.decided.paired_earlier(st):
        return None
    fig, text = view.figs[k], view.text
    lo = max(view.sents.start(fig.sent), st.start - 60)
    before = _STEADY_BEFORE.search(text, lo, st.start)
    if before is not None:
        change = _zero_change(view, fig, before.start("cue"), before.end("cue"))
        return view.one(Pair(change, st, "derived"))
    after = _STEADY_AFTER.match(  # a short look: a far end position would be scanned whole
        text, fig.tail.end, min(view.sents.end(fig.sent), fig.tail.end + _STEADY_REACH))
    if after is None:
        return None
    cue = "same" if after["same"] is not None else "cue"
    change = _zero_change(view, fig, after.start(cue), after.end(cue))
    return view.one(_derived(change, st, after["time"] or after["time2"]))


UNCHANGED_RULE: Final = PairRule(
    "unchanged", "statistic", unchanged,
    examples=(
        ("Trust in the courts held steady at 41%.", (41, 41)),
        ("Some 41% trust the courts, unchanged from March.", (41, 41)),
        ("Some 41% trust the courts, the same as in 2023.", (41, 41)),
        ("Trust in the courts is 41%, the same level as in 2023.", (41, 41)),
        ("The Greens were steady on 12 per cent.", (12, 12)),
    ),
    near_misses=(
        "Some 41% of women trust the courts, the same as men.",
        "Some 41% trust the courts, unchanged from 38% in March.",
        "Some 41% want the law left unchanged.",
    ),
)
