"""``plot_series``: a tracking question over time, one line per series (needs the ``plot`` extra).

matplotlib is imported when :func:`plot_series` is called, never by ``import pollstats``.

What it takes (duck-typed; each field is read as an attribute or a mapping key):

- a series (an object with ``points``), or an iterable of series — what
  :func:`pollstats.series` returns; a series' line is named by its ``label``;
- an iterable of points or of long-table records (``Series.to_records()``, or dicts you build),
  each with ``period`` (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY/YYYY``), ``low`` and
  ``high``, and optionally ``label`` (else ``series``, else source and subgroup joined) naming its
  line, ``margin_of_error`` (or ``moe``) and ``unit``.

A point is drawn at the middle of its period (a year at 1 July, a month on the 15th) and at the
middle of its interval; its error bar spans the interval widened by the margin of error, where
either is known. Points without a readable period are left out.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from .period import period_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["PlotPoint", "parse_period", "plot_points", "plot_series"]

_UNIT_LABELS: Final = {"percent": "%", "percentage_point": "percentage points",
                       "ratio": "ratio", "count": "count"}


@attrs.frozen
class PlotPoint:
    """One point as drawn: its line, the middle of its period, its interval and margin."""

    line: str
    when: _dt.date
    low: float
    high: float
    margin: float | None = None
    unit: str | None = None

    @property
    def value(self) -> float:
        return (self.low + self.high) / 2

    @property
    def error(self) -> tuple[float, float]:
        """Distances below and above :attr:`value` that the error bar covers."""
        moe = self.margin or 0.0
        return self.value - self.low + moe, self.high - self.value + moe


def parse_period(period: object) -> _dt.date | None:
    """The middle of a period (:attr:`Period.middle <pollstats.period.Period.middle>`), or
    ``None`` if it cannot be read (:func:`~pollstats.period.period_of`).

    >>> parse_period("2024"), parse_period("2023-10"), parse_period("2023-10-02")
    (datetime.date(2024, 7, 1), datetime.date(2023, 10, 15), datetime.date(2023, 10, 2))
    >>> parse_period("2023/2024"), parse_period("last year")
    (datetime.date(2024, 1, 1), None)
    """
    p = period_of(period)
    return None if p is None else p.middle


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def _line_name(obj: Any, default: str) -> str:
    for name in ("label", "series"):
        value = _get(obj, name)
        if value not in (None, ""):
            return str(value)
    parts = [str(v) for v in (_get(obj, "source"), _get(obj, "subgroup")) if v]
    return " · ".join(parts) or default


def _point(obj: Any, line: str) -> PlotPoint | None:
    when = parse_period(_get(obj, "period"))
    low, high = _get(obj, "low"), _get(obj, "high")
    if when is None or low is None:
        return None
    margin = _get(obj, "margin_of_error")
    if margin is None:
        margin = _get(obj, "moe")
    unit = _get(obj, "unit")
    return PlotPoint(line, when, float(low), float(low if high is None else high),
                     None if margin is None else abs(float(margin)),
                     None if unit is None else str(unit))


def plot_points(series: Any) -> list[PlotPoint]:
    """The points :func:`plot_series` draws, in input order (see the module docstring).

    >>> rows = [{"period": "2023", "low": 32.0, "high": 32.0, "label": "Levada"},
    ...         {"period": "2024-09", "low": 19.0, "high": 19.0, "label": "Levada",
    ...          "margin_of_error": 3.4}]
    >>> [(p.line, p.when.isoformat(), p.value, p.error) for p in plot_points(rows)]
    [('Levada', '2023-07-01', 32.0, (0.0, 0.0)), ('Levada', '2024-09-15', 19.0, (3.4, 3.4))]
    """
    if _get(series, "points") is not None and not isinstance(series, Mapping):
        series = [series]
    if isinstance(series, str | bytes) or not isinstance(series, Iterable):
        raise TypeError(f"plot_series() takes a series, series or points, not {series!r:.60}")
    points: list[PlotPoint] = []
    for k, item in enumerate(series):
        inner = None if isinstance(item, Mapping) else _get(item, "points")
        if inner is not None:  # a series: its points share its line
            line = _line_name(item, f"series {k + 1}")
            points += [p for p in (_point(pt, line) for pt in inner) if p is not None]
        else:
            p = _point(item, _line_name(item, "series"))
            if p is not None:
                points.append(p)
    return points


def _pyplot() -> Any:
    try:
        from matplotlib import pyplot
    except ImportError as e:
        raise ImportError(
            "plot_series() needs matplotlib: pip install 'pollstats-extract[plot]'"
        ) from e
    return pyplot


def plot_series(series: Any, *, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Draw each line of ``series`` over time, with error bars; returns the matplotlib Axes.

    Lines are drawn in order of first appearance, points in time order; the legend names the
    lines when there is more than one. Pass ``ax`` to draw into your own figure. Needs the
    ``plot`` extra (``pip install 'pollstats-extract[plot]'``); without it, raises
    :class:`ImportError`.
    """
    points = plot_points(series)
    if ax is None:
        _, ax = _pyplot().subplots(figsize=(7, 4))
    else:
        _pyplot()  # the same error message when matplotlib is missing
    assert ax is not None
    lines: dict[str, list[PlotPoint]] = {}
    for p in points:
        lines.setdefault(p.line, []).append(p)
    for name, pts in lines.items():
        pts.sort(key=lambda p: p.when)
        errors = [p.error for p in pts]
        has_bars = any(lo or hi for lo, hi in errors)
        yerr = [[lo for lo, _ in errors], [hi for _, hi in errors]] if has_bars else None
        when: Any = [p.when for p in pts]  # matplotlib reads dates; its stubs say floats
        ax.errorbar(when, [p.value for p in pts], yerr=yerr, marker="o",
                    capsize=3 if has_bars else 0, label=name)
    if points:
        from matplotlib import dates as _dates

        dates: Any = _dates  # its locator and formatter classes are not annotated
        locator = dates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
    units = {p.unit for p in points if p.unit}
    if len(units) == 1:
        ax.set_ylabel(_UNIT_LABELS.get(units.pop(), ""))
    if title:
        ax.set_title(title)
    if len(lines) > 1:
        ax.legend()
    ax.grid(True, alpha=0.3)
    return ax
