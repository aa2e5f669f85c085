"""Exports of records: JSON Lines, CSV and (with the ``pandas`` extra) a DataFrame.

Every helper takes *items*, one of:

- an :class:`~pollstats.Extraction` — its records as they are;
- a mapping ``{name: Extraction or list of records}`` — each record gains ``document: name``
  (``dict(extract_many(pairs))`` is one);
- an iterable of extractions, of lists of records (``extract_many(texts)``) or of
  ``(name, list of records)`` pairs (``extract_many(pairs)``) — each record gains
  ``document``: the position (0-based) or the name;
- an iterable of record dicts (from :meth:`Extraction.records` or a file) — passed through.

CSV cells: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading apostrophe (``'-5 points``), so that a spreadsheet shows it as text instead of
running it as a formula; numeric cells (``low``, offsets...) are never changed. Pass
``formula_guard=False`` for the cells exactly as in the records.

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
    "csv_rows",
    "flatten",
    "format_comparison",
    "format_statistic",
    "format_value",
    "guard_formula",
    "iter_records",
    "to_csv",
    "to_dataframe",
    "to_jsonl",
]

Record: TypeAlias = Mapping[str, Any]
Items: TypeAlias = "Extraction | Mapping[str, Extraction] | Iterable[Extraction | Record]"

#: Columns of :func:`to_csv` and :func:`to_dataframe`, in order: every field of a statistic
#: record, then every field of a comparison record not already named, its ``from``/``to``
#: ends flattened (``from_low`` is ``record["from"]["low"]``). A comparison's ``text``,
#: ``start`` and ``end`` are its evidence. The document name, when there is one, comes first;
#: fields outside this list (added by a later version) come last, in the order first seen.
CSV_COLUMNS: Final = (
    "type", "kind", "text", "start", "end", "low", "high", "unit", "qualifier", "survey",
    "source", "source_start", "source_end", "period", "period_start", "period_end",
    "period_first_day", "period_last_day",
    "population", "population_start", "population_end", "subgroup", "subgroup_start",
    "subgroup_end", "subgroup_key", "measure", "measure_start", "measure_end",
    "form", "rule",
    "from_text", "from_low", "from_high", "from_period", "from_start", "from_end",
    "from_subgroup", "from_subgroup_key", "from_source", "from_n", "from_n_source",
    "to_text", "to_low", "to_high", "to_period", "to_start", "to_end",
    "to_subgroup", "to_subgroup_key", "to_source", "to_n", "to_n_source",
    "change_points", "change_points_low", "change_points_high",
    "change_relative", "change_relative_low", "change_relative_high",
    "stated", "stated_value", "stated_unit", "stated_start", "stated_end", "wording",
    "consistent", "significant", "derived", "n_from", "n_to", "n_source",
)

#: DataFrame dtypes of the known columns, whatever the data (empty, statistics only, ...):
#: offsets nullable ``Int64``, values ``float64``, flags nullable ``boolean``, closed
#: vocabularies ``category`` with fixed categories, other text ``string``.
_CATEGORIES: Final = {
    "type": ("statistic", "comparison", "group_comparison"),
    "kind": ("share", "change", "ratio", "sample_size", "margin_of_error", "over_time",
             "between_groups"),
    "unit": ("percent", "percentage_point", "ratio", "count"),
    "qualifier": ("exact", "approximately", "more_than", "at_least", "less_than", "at_most"),
}
_FLOATS: Final = frozenset({
    "low", "high", "from_low", "from_high", "to_low", "to_high", "change_points",
    "change_points_low", "change_points_high", "change_relative", "change_relative_low",
    "change_relative_high", "stated_value", "n_from", "n_to", "from_n", "to_n",
})
_FLAGS: Final = frozenset({"survey", "consistent", "significant", "derived"})


def _dtype(column: str) -> str | None:
    """The dtype name of a known column (categories aside), or None to let pandas infer."""
    if column in _FLOATS:
        return "float64"
    if column in _FLAGS:
        return "boolean"
    if column in ("start", "end") or column.endswith(("_start", "_end")):
        return "Int64"
    if column in CSV_COLUMNS:
        return "string"
    return None


def iter_records(items: Items, *, name_field: str = "document") -> Iterator[dict[str, Any]]:
    """The records of *items* (see the module docstring), as fresh dicts, in order.

    ``name_field`` is the key that carries the document name or position.
    """
    from .pipeline import Extraction  # here: pipeline imports this module on first use

    if isinstance(items, Extraction):
        yield from items.records()
        return
    if isinstance(items, Mapping):
        for name, doc in items.items():
            yield from _document(doc, name, name_field)
        return
    if isinstance(items, str | bytes):
        raise TypeError("give an Extraction or records, not a string; call extract() first")
    for i, item in enumerate(items):
        if isinstance(item, Mapping):
            yield dict(item)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], list):
            yield from _document(item[1], item[0], name_field)  # from extract_many(pairs)
        else:
            yield from _document(item, i, name_field)


def _document(doc: Any, name: Any, name_field: str) -> Iterator[dict[str, Any]]:
    """The records of one document (an Extraction or a list of records), each named."""
    from .pipeline import Extraction

    if isinstance(doc, Extraction):
        records: Iterable[Any] = doc.records()
    elif isinstance(doc, list):
        records = doc
    else:
        raise TypeError("expected an Extraction, a list of records or a record dict, not "
                        f"{type(doc).__name__}")
    for rec in records:
        if not isinstance(rec, Mapping):
            raise TypeError(f"a document's records must be dicts, not {type(rec).__name__}")
        named = dict(rec)
        named[name_field] = name
        yield named


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


_ATTRIBUTION: Final = ("source", "period", "population", "subgroup", "measure")


def format_statistic(record: Record) -> str:
    """A statistic record in one line: kind, value, the text and where, then attribution.

    >>> format_statistic({"kind": "share", "text": "41%", "start": 12, "end": 15, "low": 41.0,
    ...     "high": 41.0, "unit": "percent", "qualifier": "exact", "source": "Gallup",
    ...     "period": "2024-05", "measure": None})
    'share 41% "41%" [12:15] · source Gallup · period 2024-05'
    """
    value = format_value(record["low"], record["high"], record["unit"], kind=record["kind"],
                         qualifier=record.get("qualifier", "exact"))
    text = f'{record["kind"]} {value} "{record["text"]}" [{record["start"]}:{record["end"]}]'
    parts = [f"{name} {record[name]}" for name in _ATTRIBUTION if record.get(name)]
    return " · ".join([text, *parts])


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


def _columns(rows: list[dict[str, Any]], name_field: str) -> list[str]:
    """``name_field`` (if any row has it), :data:`CSV_COLUMNS`, then other fields first seen."""
    columns = ([name_field] if any(name_field in r for r in rows) else []) + list(CSV_COLUMNS)
    known = set(columns)
    for row in rows:
        for key in row:
            if key not in known:
                known.add(key)
                columns.append(key)
    return columns


def _check_columns(columns: Sequence[str], rows: list[dict[str, Any]], name_field: str) -> None:
    """``KeyError`` naming the requested columns that are no field of any record."""
    if isinstance(columns, str):
        raise TypeError("columns must be a sequence of column names, not one str")
    known = set(_columns(rows, name_field)) | {name_field}
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise KeyError(f"unknown columns {unknown}; the columns are {sorted(known)}")


_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, with a leading apostrophe;
    anything else (numbers included) unchanged.

    >>> guard_formula("=HYPERLINK(1)"), guard_formula("-5 points"), guard_formula(-5.0)
    ("'=HYPERLINK(1)", "'-5 points", -5.0)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_rows(
    records: Iterable[Record], *, formula_guard: bool = True
) -> Iterator[dict[str, Any]]:
    """Records as CSV rows: flattened (:func:`flatten`), text cells guarded (module docs)."""
    for rec in records:
        row = flatten(rec)
        if formula_guard:
            row = {k: guard_formula(v) for k, v in row.items()}
        yield row


def to_csv(
    items: Items,
    *,
    columns: Sequence[str] | None = None,
    name_field: str = "document",
    formula_guard: bool = True,
) -> str:
    """CSV text with a header row; one row per record, every field.

    Columns: ``name_field`` (when there are documents), :data:`CSV_COLUMNS`, then any other
    field, so that files from different runs line up; ``columns`` picks some of them, in
    your order (``KeyError`` for a name that is no column). Missing values are empty cells;
    text cells that a spreadsheet would run as formulas get a leading apostrophe unless
    ``formula_guard=False`` (module docs).
    """
    rows = list(csv_rows(iter_records(items, name_field=name_field),
                         formula_guard=formula_guard))
    if columns is None:
        columns = _columns(rows, name_field)
    else:
        _check_columns(columns, rows, name_field)
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
            "to_dataframe() needs pandas: pip install 'pollstats-extract[pandas]'"
        ) from e
    return pandas


def to_dataframe(items: Items, *, name_field: str = "document") -> pandas.DataFrame:
    """A pandas DataFrame, one row per record, nested fields flattened like :func:`flatten`.

    The same columns in the same order with the same dtypes whatever the data (empty,
    statistics only, with comparisons): ``name_field`` when there are documents,
    :data:`CSV_COLUMNS`, then any other field in the order first seen. Offsets are nullable
    ``Int64``, values ``float64``, flags (``survey``, ``consistent``, ``significant``,
    ``derived``) nullable ``boolean``, ``type``/``kind``/``unit``/``qualifier`` ``category``
    with fixed categories, other text ``string``. Needs the ``pandas`` extra (``pip install
    'pollstats-extract[pandas]'``); without it, raises :class:`ImportError`.
    """
    pd = _pandas()
    rows = [flatten(r) for r in iter_records(items, name_field=name_field)]
    columns = _columns(rows, name_field)
    frame: pandas.DataFrame = pd.DataFrame.from_records(rows, columns=columns)
    dtypes: dict[str, Any] = {}
    for column in columns:
        if column in _CATEGORIES:
            dtypes[column] = pd.CategoricalDtype(_CATEGORIES[column])
        elif (dtype := _dtype(column)) is not None:
            dtypes[column] = dtype
    return frame.astype(dtypes) if dtypes else frame
