"""Stage 5: comparisons — two figures of one measure at two times, and the change between them.

Forms (docs/comparisons.md has an example of each):

``from_to``       "fell from 45% to 38%", "(from 9–14% to 21%)"
``baseline``      "47%, up from 41% in 2019", "18% ... compared to 11% in October 2023",
                  "52-48, down from 55-45" (option by option), "lower than a year ago, 52%
                  against 58%",
                  "19% — almost half the figure from October 2023 (32%)",
                  "62% ... slightly higher than the previous year (56%)"
``time_pair``     "41% in 2019 and 47% in 2023"
``chain``         "rose to 19% in 2020, then to 26% ... It climbed to 32%" (consecutive pairs);
                  "11% in 2021, 17% in November, 23% in March and 30% in June" (a series)
``anaphor``       "... 47% backed it. A year earlier, the figure was 41%.", "... The last time
                  the question was put, in March, 41% agreed.", "41% a year ago; now it is 47%"
``respectively``  "8% and 7% ... previous surveys showed 12% and 10%, respectively"
``parallel``      "39% approve and 61% disapprove. In March, the same poll found 44% and 56%."
``table``         "Issues (this poll / previous poll):" then lines "Economy 41% / 44%"
``derived``       "increased 5 points to 47%" (baseline 42% computed, ``derived=True``)
``between``       "backers outnumber critics three to one, 60% against 20%": two groups (or
                  options) at one time with a stated ratio or gap (``kind="between_groups"``)

Each form is one or more named rules of :data:`pollstats.pairing.PAIR_RULES` (the figures and
what a rule proposes in :mod:`pollstats.pair_view`); :func:`pollstats.resolver.resolve` decides
which proposals become comparisons. This module links stated changes, sample sizes and
periods to the accepted pairs. Pairing looks only at neighbouring figures (the next share in
the text, or the pair before a "respectively"), in the same or the next sentence, so it is
linear in the number of figures. A spread across places or groups ("from 79% in Poland to 39%
in Germany", "45% of men compared with 30% of women") is not a change over time (only a
ratio or gap stated for two groups makes them a ``between`` pair); nor is a split
("71 to 23 percent"), nor one figure with a multiplier ("halved, dropping to 6%").
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import regex

from ._context import Sentences
from ._data import alternation_of
from .checks import Wording, significant_change, stated_fits, wording_before
from .model import Cue, Statistic
from .pair_view import QUAL, Form, Kind, Pair
from .period import Period
from .periods import TimeKey
from .resolver import Resolution, resolve
from .samples import NSource, Sample, Sized, SizedEnd, SizeIndex, sample_group
from .text import Sentence

__all__ = ["Comparison", "Form", "Kind", "find_comparisons"]

_F = regex.VERBOSE | regex.IGNORECASE
_BREAK = alternation_of("comparison.txt", "clause_break")
_AFTER_STATED = regex.compile(
    rf"[\s,;:(—–-]{{0,8}}(?:(?!(?:{_BREAK})(?!\w))[\w'’-]{{1,20}}\s+){{0,4}}?(?:{QUAL}\s+)?",
    _F,
)


@attrs.frozen
class Comparison:
    """Two figures of one measure: ``from_`` the earlier or baseline value, ``to`` the later.

    ``start``/``end`` cover the evidence (both figures and a stated change). ``stated`` is a
    change or ratio the text gives for the pair ("doubled", "dropped by nearly a quarter");
    ``consistent`` says whether it fits the numbers (tolerances in :mod:`pollstats.checks`).
    ``significant`` is the two-proportion test at 95% when both sample sizes are known.
    ``derived`` marks a ``from_`` computed from a stated change ("up 5 points to 47%"); its span
    is that of the change. ``significant`` is None unless both ends have an n
    (``n_from``/``n_to``, with where each came from: :mod:`pollstats.samples`).
    """

    from_: Statistic
    to: Statistic
    form: Form
    start: int
    end: int
    stated: Statistic | None = None
    wording: Wording | None = None
    consistent: bool | None = None
    significant: bool | None = None
    derived: bool = False
    from_period: Period | None = None
    to_period: Period | None = None
    #: the pairing rule that made it (:data:`pollstats.pairing.PAIR_RULES`)
    rule: str = ""
    #: ``over_time`` (one measure of one group at two times) or ``between_groups`` (two
    #: groups, or two options, at one time: "backers outnumber critics three to one")
    kind: Kind = "over_time"
    #: respondents behind each end and where each number came from (:mod:`pollstats.samples`)
    n_from: float | None = None
    n_to: float | None = None
    n_source_from: NSource | None = None
    n_source_to: NSource | None = None

    @property
    def n_source(self) -> str | None:
        """Where the two ends' sample sizes came from: one word when both agree ("stated"),
        else both joined by "/" ("group/caller"); None when neither is known."""
        a, b = self.n_source_from, self.n_source_to
        if a is None and b is None:
            return None
        if a == b:
            return a
        return f"{a or 'none'}/{b or 'none'}"

    @property
    def unit(self) -> str:
        return self.to.unit

    @property
    def change_points_interval(self) -> tuple[float, float]:
        """to − from as an interval: from 9–14% to 21% gives (7, 12)."""
        return self.to.low - self.from_.high, self.to.high - self.from_.low

    @property
    def change_points(self) -> float:
        """to − from between the middles of the two intervals (9–14% → 21% gives 9.5)."""
        return self.to.value - self.from_.value

    @property
    def change_relative_interval(self) -> tuple[float, float] | None:
        """(to − from) / from as an interval, a fraction (−0.156 for 45% → 38%)."""
        if self.from_.low <= 0:
            return None
        return self.to.low / self.from_.high - 1.0, self.to.high / self.from_.low - 1.0

    @property
    def change_relative(self) -> float | None:
        """(to − from) / from between the middles, a fraction; None for a zero baseline."""
        if self.from_.value <= 0:
            return None
        return self.change_points / self.from_.value

    @property
    def measure(self) -> Cue | None:
        return self.to.measure or self.from_.measure

    @property
    def source(self) -> Cue | None:
        return self.to.source or self.from_.source

    # REPL and notebook manners (formatting lives in export.py, records.py and html.py)

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """The flat record of this comparison; its ``text`` (the evidence) needs the input
        ``text``, else it is None."""
        from .records import comparison_record

        rec = comparison_record(self, text if text is not None else "")
        if text is None:
            rec["text"] = None
        return rec

    def __str__(self) -> str:
        """One readable line: ``45% (2023) → 38% (2024): -7 pts (-15.6%)``."""
        from .export import format_comparison

        return format_comparison(self.to_dict())

    def _repr_html_(self) -> str:
        from .html import comparison_html

        return comparison_html(self)



# -- stated changes ------------------------------------------------------------------------


def _link_stated(
    text: str, sents: Sentences, comps: list[tuple[Statistic, Statistic] | None],
    pool: Sequence[Statistic], fig_starts: list[int],
) -> list[Statistic | None]:
    """For each comparison (its two ends in text order), the stated change that describes it:
    one lying between its ends, else one just before it in the sentence, else one just after.
    Each stated change describes at most one comparison."""
    starts = [s.start for s in pool]
    taken: set[int] = set()
    out: list[Statistic | None] = [None] * len(comps)

    def free_between(lo: int, hi: int) -> bool:
        k = bisect.bisect_left(fig_starts, lo)
        return k >= len(fig_starts) or fig_starts[k] >= hi

    for n, ends in enumerate(comps):
        if ends is None:
            continue
        first, second = ends
        k = bisect.bisect_left(starts, first.end)
        if k < len(pool) and pool[k].end <= second.start and k not in taken:
            out[n] = pool[k]
            taken.add(k)
    for n, ends in enumerate(comps):
        if ends is None or out[n] is not None:
            continue
        first = ends[0]
        k = bisect.bisect_left(starts, first.start) - 1
        if k < 0 or k in taken:
            continue
        s = pool[k]
        if (
            s.end <= first.start
            and first.start - s.end <= 80
            and sents.index(s.start) == sents.index(first.start)
            and free_between(s.end, first.start)
        ):
            out[n] = s
            taken.add(k)
    for n, ends in enumerate(comps):
        if ends is None or out[n] is not None:
            continue
        second = ends[1]
        k = bisect.bisect_left(starts, second.end)
        if k >= len(pool) or k in taken:
            continue
        s = pool[k]
        if (
            s.start - second.end <= 40
            and sents.index(s.start) == sents.index(second.start)
            and free_between(second.end, s.start)
            and _AFTER_STATED.fullmatch(text, second.end, s.start) is not None
        ):
            out[n] = s
            taken.add(k)
    return out


# -- sample sizes --------------------------------------------------------------------------


def _sample_lookup(
    sents: Sentences, stats: Sequence[Statistic], fig_starts: Sequence[int],
    sample_size: float | None,
) -> Callable[[Statistic, Period | None, bool], Sample | None]:
    """How many respondents stand behind an end of a comparison, and where that number came
    from (:func:`pollstats.samples.choose`): the end, its period in the comparison and
    whether it is the earlier end of a change over time."""
    sizes = [
        sized for st in stats
        if (sized := Sized.of(
            st.kind, st.value, st.start, st.end, sents.index(st.start), _value(st.source),
            _value(st.period), _group(st) or sample_group(st.text),
        )) is not None
    ]

    def lookup(st: Statistic, period: Period | None, earlier: bool) -> Sample | None:
        end = SizedEnd(
            st.start, st.end, sents.index(st.start), _value(st.source),
            str(period) if period is not None else _value(st.period), _group(st), earlier,
        )
        return index.choose(end, sample_size)

    index = SizeIndex(sizes, fig_starts)
    return lookup


def _value(cue: Cue | None) -> str | None:
    return None if cue is None else cue.value


def _group(st: Statistic) -> str | None:
    """A figure's group as :mod:`pollstats.samples` compares it: its key, else its words."""
    g = st.group
    if g is None:
        return None
    return g.key or g.words.value


# -- assembly ------------------------------------------------------------------------------


def _period_key(cue: Cue | None) -> TimeKey | None:
    """A :class:`TimeKey` from an attributed period (``2023-10``, ``2007/2010``)."""
    if cue is None or cue.period is None:
        return None
    return TimeKey(cue.period)


_Period = tuple[Period | None, TimeKey | None]


def _periods(
    f: Statistic, t: Statistic, said_f: TimeKey | None, said_t: TimeKey | None
) -> tuple[_Period, _Period]:
    """The periods of two ends: a dated time phrase right after a figure ("41% in 2019")
    first, else the attributed period. Two ends of a change cannot share one period: when
    they do, the one not read next to its figure (the baseline, if neither is) is dropped."""

    def pick(st: Statistic, said: TimeKey | None) -> tuple[Period | None, TimeKey | None, bool]:
        if said is not None and said.year is not None:
            return said.period, said, True
        key = _period_key(st.period)
        if key is not None:
            return key.period, key, False
        return None, said, False

    fp, fk, f_local = pick(f, said_f)
    tp, tk, t_local = pick(t, said_t)
    if fp is not None and fp == tp:
        if f_local and not t_local:
            tp, tk = None, said_t
        else:
            fp, fk = None, said_f
    return (fp, fk), (tp, tk)

def _text_dates_baseline(said_f: TimeKey | None, said_t: TimeKey | None) -> bool:
    """Whether the words next to the figures already say the baseline is the earlier one: a
    time given for the baseline alone ("58%, compared with 52% in June"), or one that says
    "earlier" for it and not for the other ("23%, compared with 26% a month earlier"). Then
    periods attributed from further away do not turn the pair round."""
    if said_f is None:
        return False
    if said_t is None:
        return not said_f.present  # "in April", "in 2023", "a year ago"
    return said_f.past and not said_t.past and said_f.period is None and said_t.period is None


def find_comparisons(
    text: str, statistics: Iterable[Statistic], *, sample_size: float | None = None,
    sentences: Sequence[Sentence] | None = None,
) -> tuple[Comparison, ...]:
    """Every comparison in ``text`` between its ``statistics`` (in text order).

    >>> from pollstats import extract
    >>> text = "Support fell from 45% in 2023 to 38% in 2024."
    >>> (c,) = find_comparisons(text, extract(text).statistics)
    >>> c.from_.text, c.to.text, str(c.from_period), str(c.to_period), round(c.change_points, 1)
    ('45%', '38%', '2023', '2024', -7.0)
    """
    stats = sorted(statistics, key=lambda st: (st.start, st.end))
    sents = Sentences.of(text, sentences)  # the Document's, else split here
    found = resolve(text, sents, stats)
    stated = _stated_changes(text, sents, stats, found)
    lookup = _sample_lookup(sents, stats, found.view.fig_starts, sample_size)
    out: list[Comparison] = []
    for pair, said in zip(found.pairs, stated, strict=True):
        f, t = pair.f, pair.t
        (fp, fk), (tp, tk) = _periods(f, t, pair.t_from, pair.t_to)
        if (
            pair.orderable and fk is not None and tk is not None and tk.before(fk)
            and not _text_dates_baseline(pair.t_from, pair.t_to)
        ):
            f, t, fp, tp = t, f, tp, fp
        out.append(_comparison(text, f, t, pair, said, fp, tp, lookup))
    for pair in found.derived:
        change, t = pair.f, pair.t
        # rounded: 49.3 - 2.1 is 47.199999999999996 in binary floating point, not what a
        # reader of the record (or a table of it) should see
        low, high = round(t.low - change.high, 9), round(t.high - change.low, 9)
        if low < 0 and t.kind == "share":
            continue  # a share below zero: the change is not of this figure
        if not (math.isclose(t.low - low, change.high, rel_tol=1e-6, abs_tol=1e-6)
                and math.isclose(t.high - high, change.low, rel_tol=1e-6, abs_tol=1e-6)):
            # a figure so large that the change is lost in its float ("1.5e19 %"), at either
            # end of a range ("4-12000000000000000%, up 1 pp")
            continue
        base = attrs.evolve(
            t, text=change.text, start=change.start, end=change.end, low=low, high=high,
            period=None, qualifier="exact",
        )
        tp = t.period.period if t.period is not None else None
        fp = pair.t_from.period if pair.t_from is not None else None
        if fp is None and tp is not None and pair.rel_from is not None:
            fp = tp.shift(*pair.rel_from)  # "up 5 points from a year earlier"
        out.append(_comparison(text, base, t, pair, change, fp, tp, lookup))
    for pair in found.between:
        stated_ratio = pair.stated
        fp = pair.f.period.period if pair.f.period is not None else None
        tp = pair.t.period.period if pair.t.period is not None else None
        out.append(_comparison(
            text, pair.f, pair.t, pair, stated_ratio, fp, tp, lookup, "between_groups"
        ))
    out.sort(key=lambda c: (c.start, c.end))
    return tuple(out)


def _stated_changes(
    text: str, sents: Sentences, stats: Sequence[Statistic], found: Resolution
) -> list[Statistic | None]:
    """For each accepted pair, the stated change that describes it: ratios and changes that
    are neither an end nor a derived baseline, linked by :func:`_link_stated`."""
    taken = {(p.f.start, p.f.end) for p in found.derived} | found.ends | {
        (p.stated.start, p.stated.end) for p in found.between if p.stated is not None
    }
    pool = [
        st for st in stats
        if st.kind in ("ratio", "change") and (st.start, st.end) not in taken
    ]
    ends: list[tuple[Statistic, Statistic] | None] = []
    for pair in found.pairs:
        x, y = pair.f, pair.t
        if pair.form in ("parallel", "respectively"):  # ends in two sentences: none to link
            ends.append(None)
        else:
            ends.append((x, y) if x.start < y.start else (y, x))
    return _link_stated(text, sents, ends, pool, list(found.view.fig_starts))


def _comparison(
    text: str, f: Statistic, t: Statistic, pair: Pair, stated: Statistic | None,
    fp: Period | None, tp: Period | None,
    lookup: Callable[[Statistic, Period | None, bool], Sample | None],
    kind: Kind = "over_time",
) -> Comparison:
    derived = pair.form == "derived"
    spans = [f, t] + ([stated] if stated is not None else [])
    wording: Wording | None = None
    consistent: bool | None = None
    if stated is not None and not derived:
        wording = wording_before(text, stated)
        consistent = stated_fits(stated, f, t, wording)
    significant: bool | None = None
    n_f, n_t = lookup(f, fp, kind == "over_time"), lookup(t, tp, False)
    if kind == "between_groups" and _group(f) is not None and _group(f) == _group(t):
        # two groups read as one: attribution missed one of them, so neither group's n holds
        n_f = None if n_f is not None and n_f.source == "group" else n_f
        n_t = None if n_t is not None and n_t.source == "group" else n_t
    if n_f is not None and n_t is not None and f.kind == t.kind == "share":
        significant = significant_change(f, t, n_f.n, n_t.n)
    return Comparison(
        f, t, pair.form, min(s.start for s in spans), max(s.end for s in spans), stated,
        wording, consistent, significant, derived, fp, tp, pair.rule, kind,
        n_f.n if n_f else None, n_t.n if n_t else None,
        n_f.source if n_f else None, n_t.source if n_t else None,
    )
