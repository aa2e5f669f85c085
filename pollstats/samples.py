"""How many respondents stand behind a figure, and where that number came from.

One choice for comparisons (:mod:`pollstats.comparison`, ``significant``) and for series
(:mod:`pollstats.tracking`, error bars), first match wins:

``stated``  a sample size (or margin of error) given right after this figure in its sentence
            ("38% (n=412)", "38%, margin of error ±5 points");
``group``   a sample size (or margin) the text gives for the figure's own group ("a subsample
            of 412 Republicans" for a figure about Republicans; by group key when both have
            one), of the same wave (as for ``survey``);
``caller``  ``extract(..., sample_size=n)``: respondents per wave, for a figure of the whole sample;
``survey``  the sample size (or margin) of the whole survey, for a figure of the whole sample
            of that survey: not of another pollster (sources differ) nor another wave (periods
            differ, or the figure is the earlier end of a change and the wave's date is not
            known to be its own). When several such sizes disagree, none.

A subgroup figure never takes the whole sample's n (nor the caller's); without an n, None.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import Final, Literal

import attrs
import regex

from .checks import Z95, n_from_margin
from .grouping import group_key
from .groupwords import is_population

__all__ = ["NSource", "Sample", "SizeIndex", "Sized", "SizedEnd", "choose", "sample_group"]

NSource = Literal["stated", "group", "survey", "caller"]

#: Longest gap (characters) between a figure and a sample size stated for it.
STATED_GAP: Final = 40


_COUNTED = regex.compile(
    r"""\A[^\p{L}]{0,24}                  # 1,200 / n=  (no letters yet)
    (?:n\s?=\s?[0-9.,]{1,12}\s*)?         # n=1,200
    (?P<noun>\p{L}[\p{L}'’ -]{0,60})?\Z    # women, Republican voters
    """,
    regex.VERBOSE,
)


def sample_group(text: str) -> str | None:
    """The group a sample size counts, by its key ("400 women" -> ``gender=female``); None
    for the whole sample ("1,000 adults", "1,000 Britons", "n=900") and for words that name
    no known dimension ("1,000 likely voters")."""
    m = _COUNTED.match(text)
    if m is None or m["noun"] is None:
        return None
    noun = m["noun"].strip()
    if is_population(noun):
        return None
    key = group_key(noun)
    if key is None or key.startswith("other=") or key.startswith("country="):
        return None
    return key


def _fold(a: str | None) -> str | None:
    return None if a is None else a.casefold()


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


@attrs.frozen
class Sized:
    """A sample size the text states (a margin of error counts as the n it implies):
    where it is, its sentence, and the survey and group it is attributed to."""

    n: float
    start: int
    end: int
    sent: int
    source: str | None = None
    period: str | None = None
    group: str | None = None  # the group key, else the subgroup words
    #: the margin of error (points) when the text states one rather than a sample size
    margin: float | None = None

    @classmethod
    def of(
        cls, kind: str, value: float, start: int, end: int, sent: int, source: str | None,
        period: str | None, group: str | None,
    ) -> Sized | None:
        """A sample size or margin of error as a :class:`Sized`; None for other kinds."""
        if value <= 0:
            return None
        if kind == "sample_size":
            return cls(value, start, end, sent, source, period, group)
        if kind == "margin_of_error":
            return cls(n_from_margin(value), start, end, sent, source, period, group, value)
        return None


@attrs.frozen
class SizedEnd:
    """A figure whose n is wanted: its span and sentence, survey, group, and whether it is
    the earlier end of a change (``earlier``: another wave than the one the text is about)."""

    start: int
    end: int
    sent: int
    source: str | None = None
    period: str | None = None
    group: str | None = None
    earlier: bool = False


@attrs.frozen
class Sample:
    """The n of a figure and where it came from (``stated_margin``: the margin of error the
    text gives, when the n was read from one)."""

    n: float
    source: NSource
    stated_margin: float | None = None

    @property
    def margin(self) -> float:
        """The margin of error (points, 95%, at p = 0.5) for this n: the stated one if any."""
        if self.stated_margin is not None:
            return self.stated_margin
        return Z95 * math.sqrt(0.25 / self.n) * 100.0


def _same_wave(s: Sized, end: SizedEnd) -> bool:
    """Whether a size may be of the survey wave of ``end``: no other source, no other period,
    and for the earlier end of a change, the same period known on both."""
    if not (_same(s.source, end.source) and _same(s.period, end.period)):
        return False
    return not end.earlier or (s.period is not None and end.period is not None)


def _one(found: Sequence[Sized], source: NSource) -> Sample | None:
    """The one n of ``found`` (None when there is none, or they disagree)."""
    distinct = {s.n for s in found}
    if len(distinct) != 1:
        return None
    margins = {s.margin for s in found}
    return Sample(distinct.pop(), source, margins.pop() if len(margins) == 1 else None)


def choose(
    end: SizedEnd, sizes: Sequence[Sized], figure_starts: Sequence[int],
    caller: float | None = None,
) -> Sample | None:
    """The n behind ``end`` (see the module's order); ``figure_starts`` are the starts of
    every figure of the text (a size stated after another figure is that figure's)."""
    for s in sizes:
        if (
            s.sent == end.sent and 0 <= s.start - end.end <= STATED_GAP
            and not any(end.end <= x < s.start for x in figure_starts)
        ):
            return Sample(s.n, "stated", s.margin)
    return _pooled(end, sizes, caller)


def _pooled(end: SizedEnd, sizes: Sequence[Sized], caller: float | None) -> Sample | None:
    """The n of ``end`` when none is stated right after it: its group's, the caller's or its
    survey's (see the module's order)."""
    if end.group is not None:
        return _one([
            s for s in sizes
            if s.group is not None and s.group.casefold() == end.group.casefold()
            and _same_wave(s, end)
        ], "group")
    if caller is not None:
        return Sample(float(caller), "caller")
    return _one([s for s in sizes if s.group is None and _same_wave(s, end)], "survey")


class SizeIndex:
    """:func:`choose` for many figures of one document at a cost that does not grow with the
    document: the sizes stated after a figure are found by bisection on their starts (and
    the figures between by bisection on ``figure_starts``); the pooled choice (group, caller,
    survey) depends only on the figure's group, source, period and end, so it is computed
    once per distinct one. Answers are :func:`choose`'s (a test holds them equal)."""

    def __init__(self, sizes: Sequence[Sized], figure_starts: Sequence[int]) -> None:
        self._sizes = list(sizes)
        self._by_start = sorted(range(len(self._sizes)), key=lambda i: self._sizes[i].start)
        self._starts = [self._sizes[i].start for i in self._by_start]
        self._figures = sorted(figure_starts)
        self._pooled: dict[tuple[str | None, str | None, str | None, bool, float | None],
                           Sample | None] = {}
        # group -> source -> period -> sizes (case-folded keys; None where the text gives none)
        self._tree: dict[str | None, dict[str | None, dict[str | None, list[Sized]]]] = {}
        for s in self._sizes:
            self._tree.setdefault(_fold(s.group), {}).setdefault(
                _fold(s.source), {}).setdefault(_fold(s.period), []).append(s)

    def _candidates(self, end: SizedEnd) -> list[Sized]:
        """The sizes of ``end``'s group (None: the whole sample's) whose source and period
        may be its own (an unknown one on either side may): what :func:`_pooled` filters."""
        out: list[Sized] = []
        by_source = self._tree.get(_fold(end.group), {})
        src, per = _fold(end.source), _fold(end.period)
        for source in (by_source if src is None else (src, None)):
            by_period = by_source.get(source, {})
            for period in (by_period if per is None else (per, None)):
                out.extend(by_period.get(period, ()))
        return out

    def _stated(self, end: SizedEnd) -> Sample | None:
        lo = bisect.bisect_left(self._starts, end.end)
        hi = bisect.bisect_right(self._starts, end.end + STATED_GAP)
        # the first in the order of ``sizes`` (as choose scans them) among the candidates
        for i in sorted(self._by_start[lo:hi]):
            s = self._sizes[i]
            if s.sent == end.sent and (bisect.bisect_left(self._figures, end.end)
                                       == bisect.bisect_left(self._figures, s.start)):
                return Sample(s.n, "stated", s.margin)
        return None

    def choose(self, end: SizedEnd, caller: float | None = None) -> Sample | None:
        """What :func:`choose` gives for ``end`` among this document's sizes."""
        stated = self._stated(end)
        if stated is not None:
            return stated
        key = (end.group and end.group.casefold(), end.source, end.period, end.earlier,
               None if end.group is not None else caller)
        if key not in self._pooled:
            self._pooled[key] = _pooled(end, self._candidates(end), caller)
        return self._pooled[key]
