"""Flat, JSON-ready records (the schema the scorer and exports read).

Lone surrogates (``"\\ud800"``: a ``str`` may hold them, UTF-8 cannot) never reach a record:
each is replaced by U+FFFD in every text field, so that JSON Lines and CSV always encode as
UTF-8. One code point for one, so every offset stays valid; a record's ``text`` then differs
from ``input[start:end]`` exactly where the input holds a lone surrogate.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import regex

from .grouping import group_key
from .model import Cue, Statistic
from .period import Period

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["comparison_record", "shift_record", "statistic_record", "utf8_safe"]

_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")


def utf8_safe(value: Any) -> Any:
    """``value`` with every lone surrogate of a ``str`` (also inside a dict) made U+FFFD.

    >>> utf8_safe({"text": "41%\\ud800", "low": 41.0})
    {'text': '41%\ufffd', 'low': 41.0}
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {k: utf8_safe(v) for k, v in value.items()}
    return value


def shift_record(record: Mapping[str, Any], k: int) -> dict[str, Any]:
    """A copy of ``record`` with every character offset moved ``k`` right: the integer fields
    named ``start``, ``end`` or ending in ``_start``/``_end``, also in nested dicts (a
    comparison's ``from`` and ``to``). For the records of a piece of a longer text.

    >>> shift_record({"start": 3, "end": 6, "source_start": None, "from": {"start": 0}}, 10)
    {'start': 13, 'end': 16, 'source_start': None, 'from': {'start': 10}}
    """
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            out[key] = shift_record(value, k)
        elif (isinstance(value, int) and not isinstance(value, bool)
              and (key in ("start", "end") or key.endswith(("_start", "_end")))):
            out[key] = value + k
        else:
            out[key] = value
    return out

_ATTRIBUTES = ("source", "period", "population", "subgroup", "measure")


def statistic_record(st: Statistic, *, survey: bool | None = None) -> dict[str, Any]:
    """A statistic as a flat record; ``survey`` is its survey flag (see
    :mod:`pollstats.survey`), None when not computed (a statistic on its own)."""
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
        "survey": survey,
    }
    for name in _ATTRIBUTES:
        cue: Cue | None = getattr(st, name)
        rec[name] = cue.value if cue is not None else None  # a period cue's value: str(period)
        rec[f"{name}_start"] = cue.start if cue is not None else None
        rec[f"{name}_end"] = cue.end if cue is not None else None
        if name == "subgroup":
            rec["subgroup_key"] = group_key(cue.value) if cue is not None else None
        if name == "period":  # the days it covers: "October 2024" is 2024-10-01..2024-10-31
            when = cue.days if cue is not None else None
            rec["period_first_day"] = when.first_day.isoformat() if when is not None else None
            rec["period_last_day"] = when.last_day.isoformat() if when is not None else None
    return utf8_safe(rec)  # type: ignore[no-any-return]


def _end_record(
    st: Statistic, period: Period | None, n: float | None, n_source: str | None
) -> dict[str, Any]:
    """One end of a comparison: its value, period, span, and whom (group), whose (source)
    and how many respondents (``n``, ``n_source``) it is about."""
    group = st.group
    return {
        "low": st.low, "high": st.high, "period": None if period is None else str(period),
        "start": st.start, "end": st.end,
        "text": st.text,
        "subgroup": group.words.value if group is not None else None,
        "subgroup_key": group.key if group is not None else None,
        "source": st.source.value if st.source is not None else None,
        "n": n, "n_source": n_source,
    }


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def comparison_record(c: Comparison, text: str) -> dict[str, Any]:
    """A comparison as a flat record (``from``/``to`` are dicts; schema in docs/schema.md)."""
    return utf8_safe(_comparison_record(c, text))  # type: ignore[no-any-return]


def _comparison_record(c: Comparison, text: str) -> dict[str, Any]:
    rel = c.change_relative_interval
    stated = c.stated
    return {
        # a comparison over time is a "comparison" (the corpus sense); two groups at one time
        # with a stated ratio or gap are a "group_comparison" of the same fields
        "type": "comparison" if c.kind == "over_time" else "group_comparison",
        "form": c.form,
        "text": text[c.start : c.end],
        "start": c.start,
        "end": c.end,
        "kind": c.kind,
        "from": _end_record(c.from_, c.from_period, c.n_from, c.n_source_from),
        "to": _end_record(c.to, c.to_period, c.n_to, c.n_source_to),
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
        "n_from": c.n_from,
        "n_to": c.n_to,
        "n_source": c.n_source,
        "derived": c.derived,
        "measure": c.measure.value if c.measure is not None else None,
        "source": c.source.value if c.source is not None else None,
    }
