"""Flat, JSON-ready records (the schema the scorer and exports read)."""

from __future__ import annotations

from typing import Any

from .model import Cue, Statistic

__all__ = ["statistic_record"]

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
    }
    for name in _ATTRIBUTES:
        cue: Cue | None = getattr(st, name)
        rec[name] = cue.value if cue is not None else None
        rec[f"{name}_start"] = cue.start if cue is not None else None
        rec[f"{name}_end"] = cue.end if cue is not None else None
    return rec
