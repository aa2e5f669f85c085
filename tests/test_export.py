"""Exports: JSON Lines, CSV, DataFrame (pandas extra), for one or many extractions."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

import pollstats
from pollstats import export

TEXT_A = "A survey of 1,100 adults found 38% in favour, down 4 points."
TEXT_B = "Nearly one in three \"renters\" agreed, but 9–14% of owners did."


@pytest.fixture
def ex_a() -> pollstats.Extraction:
    return pollstats.extract(TEXT_A)


@pytest.fixture
def ex_b() -> pollstats.Extraction:
    return pollstats.extract(TEXT_B)


def test_extraction_to_jsonl_round_trips_records(ex_a: pollstats.Extraction) -> None:
    text = ex_a.to_jsonl()
    assert text.endswith("\n") and text.count("\n") == len(ex_a.records()) >= 3
    assert [json.loads(line) for line in text.splitlines()] == ex_a.records()


def test_jsonl_keeps_non_ascii_readable(ex_b: pollstats.Extraction) -> None:
    assert '"9–14%"' in ex_b.to_jsonl()


def test_extraction_to_csv(ex_b: pollstats.Extraction) -> None:
    rows = list(csv.DictReader(io.StringIO(ex_b.to_csv())))
    assert [(r["text"], r["low"], r["high"], r["qualifier"]) for r in rows] == [
        ("one in three", "33.333", "33.333", "approximately"),
        ("9–14%", "9.0", "14.0", "exact"),
    ]
    assert list(rows[0]) == list(export.CSV_COLUMNS)
    assert rows[0]["source"] == "" and rows[0]["from_low"] == ""


def test_empty_extraction_exports() -> None:
    ex = pollstats.extract("No figures here.")
    assert ex.to_jsonl() == ""
    assert ex.to_csv() == ",".join(export.CSV_COLUMNS) + "\n"


def test_many_extractions_by_name(ex_a: pollstats.Extraction, ex_b: pollstats.Extraction) -> None:
    recs = [json.loads(line) for line in export.to_jsonl({"a": ex_a, "b": ex_b}).splitlines()]
    assert [r["document"] for r in recs] == ["a", "a", "a", "b", "b"]
    rows = list(csv.DictReader(io.StringIO(export.to_csv({"a": ex_a, "b": ex_b}))))
    assert list(rows[0])[:2] == ["document", "type"]
    assert [r["document"] for r in rows] == ["a", "a", "a", "b", "b"]


def test_many_extractions_by_position(ex_a: pollstats.Extraction,
                                      ex_b: pollstats.Extraction) -> None:
    recs = list(export.iter_records([ex_a, ex_b], name_field="doc"))
    assert [r["doc"] for r in recs] == [0, 0, 0, 1, 1]
    # a generator works as well as a list, and the source records are not modified
    again = list(export.iter_records(ex for ex in (ex_a, ex_b)))
    assert [r["document"] for r in again] == [0, 0, 0, 1, 1]
    assert "document" not in ex_a.records()[0]


def test_records_pass_through(ex_a: pollstats.Extraction) -> None:
    recs = ex_a.records()
    assert export.to_jsonl(recs) == ex_a.to_jsonl()
    assert export.to_csv(recs) == ex_a.to_csv()


def test_comparison_records_flatten_into_csv() -> None:
    comp = {"type": "comparison", "unit": "percent",
            "from": {"low": 45.0, "high": 45.0, "period": "2019", "start": 5, "end": 8},
            "to": {"low": 38.0, "high": 38.0, "period": "2024", "start": 12, "end": 15},
            "change_points": -7.0, "change_relative": -0.156, "stated": None,
            "consistent": None}
    (row,) = csv.DictReader(io.StringIO(export.to_csv([comp])))
    assert (row["type"], row["from_low"], row["from_period"], row["to_low"], row["to_end"],
            row["change_points"]) == ("comparison", "45.0", "2019", "38.0", "15", "-7.0")
    assert row["kind"] == "" and row["stated"] == ""


def test_bad_items_raise_type_error(ex_a: pollstats.Extraction) -> None:
    with pytest.raises(TypeError, match="call extract"):
        export.to_jsonl("38% agreed")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        export.to_jsonl([ex_a, 3])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="a list of records or a record dict, not str"):
        export.to_jsonl({"a": "38%"})  # type: ignore[dict-item]


def test_format_value_forms() -> None:
    fv = export.format_value
    assert fv(41, 41, "percent") == "41%"
    assert fv(66.667, 66.667, "percent", qualifier="approximately") == "~66.667%"
    assert fv(5, 5, "percentage_point", kind="change") == "+5 pts"
    assert fv(-18, -18, "percent", kind="change") == "-18%"
    assert fv(0.5, 0.5, "ratio") == "0.5×"
    assert fv(2_000_000, 2_000_000, "count", qualifier="at_least") == "≥2,000,000"
    assert fv(9, 14, "percent", qualifier="at_most") == "≤9–14%"
    assert fv(1 / 3, 1 / 3, "ratio") == "0.333×"


def test_format_comparison_without_periods_or_stated() -> None:
    rec = {"type": "comparison", "unit": "percent", "from": {"low": 45.0, "high": 45.0},
           "to": {"low": 38.0, "high": 38.0}, "change_points": -7.0, "change_relative": None,
           "stated": "fell", "consistent": False}
    assert export.format_comparison(rec) == '45% → 38%: -7 pts; stated "fell": INCONSISTENT'


def test_to_dataframe(ex_a: pollstats.Extraction, ex_b: pollstats.Extraction) -> None:
    pd = pytest.importorskip("pandas")
    df = ex_a.to_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert list(df["text"]) == ["1,100 adults", "38%", "4 points"]
    assert list(df["low"]) == [1100.0, 38.0, -4.0]
    assert list(df.columns[: len(export.CSV_COLUMNS)]) == list(export.CSV_COLUMNS)
    assert "source_start" in df.columns  # fields beyond the CSV columns are kept
    many = export.to_dataframe({"a": ex_a, "b": ex_b})
    assert list(many.columns[:2]) == ["document", "type"]
    assert many.groupby("document").size().to_dict() == {"a": 3, "b": 2}


def test_to_dataframe_of_nothing_has_the_usual_columns() -> None:
    pytest.importorskip("pandas")
    df = pollstats.extract("No figures.").to_dataframe()
    assert len(df) == 0 and list(df.columns) == list(export.CSV_COLUMNS)


def test_to_dataframe_without_pandas_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, ex_a: pollstats.Extraction
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install 'pollstats-extract\[pandas\]'"):
        ex_a.to_dataframe()
    with pytest.raises(ImportError, match=r"pollstats-extract\[pandas\]"):
        export.to_dataframe([ex_a])
