"""Flat, JSON-ready records (the schema the scorer and exports read)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .grouping import group_key
from .model import Cue, Statistic
from .period import Period

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["comparison_record", "statistic_record"]

_ATTRIBUTES = ("source", "period", "population", "subgroup", "measure")


def statistic_record(st: Statistic) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "type": "statistic",
        "kind": st.kind,
        "text": st.text,
        "start": st.start,
        "end": st.end,
        "low": st.low,
        "high": st.high,
        "unit": st.unit,
        "qualifier": st.qualifier,
        "form": st.form,
        "rule": st.rule,
    }
    for name in _ATTRIBUTES:
        cue: Cue | None = getattr(st, name)
        rec[name] = cue.value if cue is not None else None  # a period cue's value: str(period)
        rec[f"{name}_start"] = cue.start if cue is not None else None
        rec[f"{name}_end"] = cue.end if cue is not None else None
        if name == "subgroup":
            rec["subgroup_key"] = group_key(cue.value) if cue is not None else None
    return rec


def _end_record(st: Statistic, period: Period | None) -> dict[str, Any]:
    return {
        "low": st.low, "high": st.high, "period": None if period is None else str(period),
        "start": st.start, "end": st.end,
        "text": st.text,
    }


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def comparison_record(c: Comparison, text: str) -> dict[str, Any]:
    """A comparison as a flat record (``from``/``to`` are dicts; schema in docs/schema.md)."""
    rel = c.change_relative_interval
    stated = c.stated
    return {
        "type": "comparison",
        "form": c.form,
        "text": text[c.start : c.end],
        "start": c.start,
        "end": c.end,
        "from": _end_record(c.from_, c.from_period),
        "to": _end_record(c.to, c.to_period),
        "unit": c.unit,
        "change_points": _rounded(c.change_points),
        "change_points_low": _rounded(c.change_points_interval[0]),
        "change_points_high": _rounded(c.change_points_interval[1]),
        "change_relative": _rounded(c.change_relative),
        "change_relative_low": _rounded(rel[0]) if rel is not None else None,
        "change_relative_high": _rounded(rel[1]) if rel is not None else None,
        "stated": stated.text if stated is not None else None,
        "stated_value": stated.value if stated is not None else None,
        "stated_unit": stated.unit if stated is not None else None,
        "stated_start": stated.start if stated is not None else None,
        "stated_end": stated.end if stated is not None else None,
        "wording": c.wording,
        "consistent": c.consistent,
        "significant": c.significant,
        "derived": c.derived,
        "measure": c.measure.value if c.measure is not None else None,
        "source": c.source.value if c.source is not None else None,
    }
