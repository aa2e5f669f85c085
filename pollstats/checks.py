"""Checks on a pair of figures: does a stated change fit them, and is the change significant?

Pure functions on :class:`~pollstats.model.Statistic` values; :mod:`pollstats.comparison` calls
them for every comparison it finds. The tolerance table and the test are documented (with
examples that run as doctests) in ``docs/comparisons.md``.

Every figure is read as an interval: a range ``9–14%`` is [9, 14], and a figure printed as a
whole number stands for anything that rounds to it (``38%`` is [37.5, 38.5]; ``3.5%`` is
[3.45, 3.55]). A stated change fits when the interval of the actual change meets the band
that the wording allows around the stated value.
"""

from __future__ import annotations

import math
from typing import Final, Literal

import regex

from ._data import alternation, table
from .model import Statistic

__all__ = [
    "TOLERANCES",
    "Wording",
    "actual_interval",
    "n_from_margin",
    "significant_change",
    "stated_fits",
    "wording_before",
]

Wording = Literal["exact", "nearly", "about", "more_than", "at_least", "less_than", "at_most"]

#: Band around a stated magnitude ``s``, as factors: the actual magnitude must reach
#: ``[lo * s, hi * s]``. "nearly" falls short of the stated value and never overshoots it by
#: more than rounding; "about" may miss on either side.
#: A bound read on the inverse of a ratio below one.
_INVERSE_WORDING: Final[dict[Wording, Wording]] = {
    "less_than": "more_than", "at_most": "at_least", "more_than": "less_than",
    "at_least": "at_most",
}
TOLERANCES: Final[dict[Wording, tuple[float, float]]] = {
    "exact": (0.9, 1.1),
    "nearly": (0.8, 1.02),
    "about": (0.85, 1.15),
    "more_than": (0.98, math.inf),
    "at_least": (0.98, math.inf),
    "less_than": (0.0, 1.02),
    "at_most": (0.0, 1.02),
}

#: z for a two-sided test at 95%.
Z95: Final = 1.959964

_WORDING: Final[dict[str, Wording]] = {
    phrase.lower(): code  # type: ignore[misc]
    for phrase, code in table("comparison.txt")["change_wording"]
}
#: The words before a stated change (comparison.txt [change_wording], read only here).
WORDING_PHRASES: Final = tuple(phrase for phrase, _ in table("comparison.txt")["change_wording"])
_WORDING_BEFORE = regex.compile(
    rf"""(?r)
    (?<!\w)(?P<w>{alternation(list(_WORDING))})   # "nearly", "more than", "about"
    (?:\s+(?:a|an|by))?                           # "nearly a quarter", "by nearly a fifth"
    \s+\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_DECIMALS = regex.compile(r"[0-9]+(?:[.,](?P<frac>[0-9]{1,6}))?")


def wording_before(text: str, stated: Statistic) -> Wording:
    """The tolerance class of a stated change, from the words just before it.

    >>> from pollstats import extract
    >>> text = "Support has nearly doubled."
    >>> wording_before(text, extract(text).statistics[0])
    'nearly'
    """
    m = _WORDING_BEFORE.search(text, max(0, stated.start - 40), stated.start)
    if m is not None:
        return _WORDING.get(" ".join(m["w"].lower().split()), "exact")
    return {
        "approximately": "about", "more_than": "more_than", "at_least": "at_least",
        "less_than": "less_than", "at_most": "at_most",
    }.get(stated.qualifier, "exact")  # type: ignore[return-value]


def _rounding(st: Statistic) -> float:
    """Half a unit of the last digit printed (``38%`` -> 0.5); 0 for words ("two-thirds")."""
    half = 0.0
    for m in _DECIMALS.finditer(st.text):
        frac = m["frac"]
        half = max(half, 0.5 * 10.0 ** -(len(frac) if frac else 0))
    return half


def _bounds(st: Statistic) -> tuple[float, float]:
    r = _rounding(st)
    return st.low - r, st.high + r


def actual_interval(
    unit: str, from_: Statistic, to: Statistic
) -> tuple[float, float] | None:
    """The change from ``from_`` to ``to`` as an interval, in the terms of a stated ``unit``:
    ``ratio`` (to / from), ``percent`` (relative change, in percent) or ``percentage_point``
    (to − from). None when it is undefined (a ratio to a zero baseline)."""
    f_lo, f_hi = _bounds(from_)
    t_lo, t_hi = _bounds(to)
    if unit == "percentage_point":
        return t_lo - f_hi, t_hi - f_lo
    if f_lo <= 0 or t_lo < 0:
        return None
    lo, hi = t_lo / f_hi, t_hi / f_lo
    if unit == "ratio":
        return lo, hi
    if unit == "percent":
        return 100.0 * (lo - 1.0), 100.0 * (hi - 1.0)
    return None


def stated_fits(
    stated: Statistic, from_: Statistic, to: Statistic, wording: Wording = "exact"
) -> bool | None:
    """Whether a stated change (a ``ratio`` such as "doubled", or a ``change`` in percent or
    points) fits the move from ``from_`` to ``to``, within the band of ``wording``.

    Ratios below 1 ("halved") are compared as their inverse, and decreases by magnitude, so
    "nearly halved" falls short of halving just as "nearly doubled" falls short of doubling.
    None when the stated figure is not a change or ratio, or the change is undefined.
    """
    if stated.kind not in ("ratio", "change") or stated.is_range:
        return None
    s = stated.value
    actual = actual_interval(stated.unit, from_, to)
    if actual is None or s == 0:
        return None
    lo, hi = actual
    if stated.unit == "ratio":
        if s <= 0:
            return None
        if s < 1:
            if lo <= 0:
                return False
            s, lo, hi = 1.0 / s, 1.0 / hi, 1.0 / lo
            if stated.rule == "fraction":
                # a level told as a fraction of another ("less than half the 21.9%"): its
                # bound turns over with the inverse, unlike a verb ("more than halved")
                wording = _INVERSE_WORDING.get(wording, wording)
    elif s < 0:
        s, lo, hi = -s, -hi, -lo
    f_lo, f_hi = TOLERANCES[wording]
    return hi >= f_lo * s and lo <= f_hi * s


def n_from_margin(margin: float) -> float:
    """The sample size a margin of error (percentage points, 95%) implies at p = 0.5:
    ``n = 1.96² · 0.25 / (m/100)²``.

    >>> round(n_from_margin(3.1))
    999
    """
    if margin <= 0:
        raise ValueError(f"a margin of error must be positive, not {margin}")
    return Z95**2 * 0.25 / (margin / 100.0) ** 2


def significant_change(
    from_: Statistic, to: Statistic, n_from: float, n_to: float
) -> bool:
    """Two-proportion z-test at 95% on two shares (percent) with sample sizes ``n_from`` and
    ``n_to``. For ranges, the two closest values are tested (the least favourable case), so a
    change between overlapping intervals is never significant."""
    if to.low > from_.high:
        p1, p2 = from_.high / 100.0, to.low / 100.0
    elif from_.low > to.high:
        p1, p2 = from_.low / 100.0, to.high / 100.0
    else:
        return False
    pooled = (p1 * n_from + p2 * n_to) / (n_from + n_to)
    var = pooled * (1.0 - pooled) * (1.0 / n_from + 1.0 / n_to)
    if var <= 0:
        return p1 != p2
    return abs(p2 - p1) / math.sqrt(var) > Z95
