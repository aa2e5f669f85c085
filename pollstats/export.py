"""Exports of records: JSON Lines, CSV and (with the ``pandas`` extra) a DataFrame.

Every helper takes *items*, one of:

- an :class:`~pollstats.Extraction` — its records as they are;
- a mapping ``{name: Extraction}`` — each record gains ``document: name``;
- an iterable of extractions — each record gains ``document: i`` (0-based position);
- an iterable of record dicts (from :meth:`Extraction.records` or a file) — passed through.

>>> import pollstats
>>> docs = {"a.txt": pollstats.extract("41% agreed."), "b.txt": pollstats.extract("n=900")}
>>> print(to_jsonl(docs), end="")  # doctest: +ELLIPSIS
{"type": "statistic", "kind": "share", "text": "41%", ..., "document": "a.txt"}
{"type": "statistic", "kind": "sample_size", "text": "n=900", ..., "document": "b.txt"}
>>> print(to_csv(docs, columns=["document", "kind", "text", "low", "unit"]), end="")
document,kind,text,low,unit
a.txt,share,41%,41.0,percent
b.txt,sample_size,n=900,900.0,count
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias

if TYPE_CHECKING:
    import pandas

    from .pipeline import Extraction

__all__ = [
    "CSV_COLUMNS",
    "flatten",
    "format_comparison",
    "format_value",
    "iter_records",
    "to_csv",
    "to_dataframe",
    "to_jsonl",
]

Record: TypeAlias = Mapping[str, Any]
Items: TypeAlias = "Extraction | Mapping[str, Extraction] | Iterable[Extraction | Record]"

#: Columns of :func:`to_csv`, in order: statistic fields (a comparison's ``text``, ``start`` and
#: ``end`` are its evidence), then the flattened comparison fields (``from_low`` is
#: ``record["from"]["low"]``). The document name, when there is one, comes first.
CSV_COLUMNS: Final = (
    "type", "kind", "text", "start", "end", "low", "high", "unit", "qualifier",
    "source", "period", "population", "subgroup", "subgroup_key", "measure",
    "from_text", "from_low", "from_high", "from_period", "from_start", "from_end",
    "to_text", "to_low", "to_high", "to_period", "to_start", "to_end",
    "change_points", "change_relative", "stated", "consistent", "significant",
)


def iter_records(items: Items, *, name_field: str = "document") -> Iterator[dict[str, Any]]:
    """The records of *items* (see the module docstring), as fresh dicts, in order.

    ``name_field`` is the key that carries the document name or position.
    """
    from .pipeline import Extraction  # here: pipeline imports this module on first use

    if isinstance(items, Extraction):
        yield from items.records()
        return
    if isinstance(items, Mapping):
        for name, ex in items.items():
            if not isinstance(ex, Extraction):
                raise TypeError(f"a mapping must map names to Extractions, not to {ex!r:.60}")
            for rec in ex.records():
                rec[name_field] = name
                yield rec
        return
    if isinstance(items, str | bytes):
        raise TypeError("give an Extraction or records, not a string; call extract() first")
    for i, item in enumerate(items):
        if isinstance(item, Extraction):
            for rec in item.records():
                rec[name_field] = i
                yield rec
        elif isinstance(item, Mapping):
            yield dict(item)
        else:
            raise TypeError(f"expected an Extraction or a record dict, not {type(item).__name__}")


def flatten(record: Record) -> dict[str, Any]:
    """One level of nesting flattened with ``_``: ``{"from": {"low": 1}}`` -> ``{"from_low": 1}``.

    >>> flatten({"type": "comparison", "from": {"low": 52.0, "period": "2023"}})
    {'type': 'comparison', 'from_low': 52.0, 'from_period': '2023'}
    """
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            for sub, v in value.items():
                flat[f"{key}_{sub}"] = v
        else:
            flat[key] = value
    return flat


_QUALIFIER_SIGNS: Final = {
    "exact": "", "approximately": "~", "more_than": ">", "at_least": "≥", "less_than": "<",
    "at_most": "≤",
}
_UNIT_SUFFIXES: Final = {"percent": "%", "percentage_point": " pts", "ratio": "×", "count": ""}


def _number(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def format_value(
    low: float, high: float, unit: str, *, kind: str = "", qualifier: str = "exact"
) -> str:
    """A value as a person reads it: ``41%``, ``9–14%``, ``~66.667%``, ``-11 pts``, ``2.5×``.

    A change carries its sign; a margin of error gets ``±``; a qualifier becomes a sign in
    front (``~`` approximately, ``>``, ``≥``, ``<``, ``≤``).

    >>> format_value(9, 14, "percent"), format_value(-11, -11, "percentage_point", kind="change")
    ('9–14%', '-11 pts')
    >>> format_value(2.8, 2.8, "percentage_point", kind="margin_of_error")
    '±2.8 pts'
    >>> format_value(1214, 1214, "count", qualifier="more_than")
    '>1,214'
    """
    sign = "+" if kind == "change" and low > 0 else "±" if kind == "margin_of_error" else ""
    text = sign + _number(low)
    if high != low:
        text += "–" + _number(high)
    return _QUALIFIER_SIGNS.get(qualifier, "") + text + _UNIT_SUFFIXES.get(unit, " " + unit)


def _end(end: Mapping[str, Any] | None, unit: str) -> str:
    if not end or end.get("low") is None:
        return "?"
    high = end["low"] if end.get("high") is None else end["high"]
    text = format_value(end["low"], high, unit)
    return f"{text} ({end['period']})" if end.get("period") else text


def format_comparison(record: Record) -> str:
    """A comparison record in one line: ends, change, and any stated change with its verdict.

    >>> format_comparison({"type": "comparison", "unit": "percent",
    ...     "from": {"low": 18.0, "high": 18.0, "period": "2023"},
    ...     "to": {"low": 36.0, "high": 36.0, "period": None},
    ...     "change_points": 18.0, "change_relative": 1.0, "stated": "doubled",
    ...     "consistent": True})
    '18% (2023) → 36%: +18 pts (+100%); stated "doubled": consistent'
    """
    unit = str(record.get("unit") or "percent")
    text = f"{_end(record.get('from'), unit)} → {_end(record.get('to'), unit)}"
    points, relative = record.get("change_points"), record.get("change_relative")
    parts = []
    if points is not None:
        parts.append(format_value(points, points, "percentage_point", kind="change"))
    if relative is not None:
        rel = format_value(round(100 * relative, 1), round(100 * relative, 1), "percent",
                           kind="change")
        parts.append(f"({rel})" if parts else rel)
    if parts:
        text += ": " + " ".join(parts)
    if record.get("stated"):
        consistent = record.get("consistent")
        verdict = None if consistent is None else "consistent" if consistent else "INCONSISTENT"
        text += f'; stated "{record["stated"]}"' + (f": {verdict}" if verdict else "")
    significant = record.get("significant")
    if significant is not None:
        text += "; significant at 95%" if significant else "; within sampling error"
    return text


def to_jsonl(items: Items, *, name_field: str = "document") -> str:
    """One JSON object per record, one per line (UTF-8 text, not ASCII-escaped)."""
    return "".join(
        json.dumps(rec, ensure_ascii=False) + "\n"
        for rec in iter_records(items, name_field=name_field)
    )


def _named(rows: list[dict[str, Any]], name_field: str) -> bool:
    return any(name_field in r for r in rows)


def to_csv(
    items: Items, *, columns: Sequence[str] | None = None, name_field: str = "document"
) -> str:
    """CSV text with a header row; columns :data:`CSV_COLUMNS` (after ``name_field`` if any).

    The columns are fixed so that files from different runs line up; fields outside them
    (such as ``source_start``) are left out — use :func:`to_jsonl` or :func:`to_dataframe` for
    everything. Missing values are empty cells.
    """
    rows = [flatten(r) for r in iter_records(items, name_field=name_field)]
    if columns is None:
        columns = ((name_field,) if _named(rows, name_field) else ()) + CSV_COLUMNS
    buf = io.StringIO()
    writer = csv.DictWriter(buf, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "to_dataframe() needs pandas: pip install 'pollstats[pandas]'"
        ) from e
    return pandas


def to_dataframe(items: Items, *, name_field: str = "document") -> pandas.DataFrame:
    """A pandas DataFrame, one row per record, nested fields flattened like :func:`flatten`.

    Columns: ``name_field`` (if any), :data:`CSV_COLUMNS`, then any other fields in the order
    first seen, so an empty extraction still gives the usual columns. Needs the ``pandas``
    extra (``pip install 'pollstats[pandas]'``); without it, raises :class:`ImportError`.
    """
    pd = _pandas()
    rows = [flatten(r) for r in iter_records(items, name_field=name_field)]
    columns = list(((name_field,) if _named(rows, name_field) else ()) + CSV_COLUMNS)
    known = set(columns)
    for row in rows:
        for key in row:
            if key not in known:
                known.add(key)
                columns.append(key)
    frame: pandas.DataFrame = pd.DataFrame.from_records(rows, columns=columns)
    return frame
