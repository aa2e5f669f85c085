"""Stable tables: DataFrame columns and dtypes whatever the data, CSV with every field,
formula-safe cells, and many documents in the shapes extract_many gives (#15 items 4-5)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import pollstats
from pollstats import export

pd = pytest.importorskip("pandas")

STATS_ONLY = "A survey of 1,100 adults found 38% in favour; two-thirds of renters agreed."
WITH_COMPARISON = ("A Gallup poll of 1,012 adults found support doubled from 12% to 24% "
                   "(margin of error ±3 points), up 5 points from May.")
CASES = {
    "empty": "No figures here.",
    "statistics only": STATS_ONLY,
    "with comparisons": WITH_COMPARISON,
}


def _frame(text: str) -> pd.DataFrame:
    return pollstats.extract(text).to_dataframe()


def test_same_columns_and_dtypes_whatever_the_data() -> None:
    frames = {name: _frame(text) for name, text in CASES.items()}
    assert len(frames["empty"]) == 0 and len(frames["with comparisons"]) > 0
    assert any(frames["with comparisons"]["type"] == "comparison")
    reference = frames["with comparisons"].dtypes
    for name, frame in frames.items():
        assert list(frame.columns) == list(export.CSV_COLUMNS), name
        assert frame.dtypes.equals(reference), name


def test_dtypes_are_the_documented_ones() -> None:
    dtypes = _frame(CASES["empty"]).dtypes
    assert str(dtypes["start"]) == "Int64" and str(dtypes["source_start"]) == "Int64"
    assert str(dtypes["from_start"]) == "Int64"
    assert str(dtypes["low"]) == "float64" and str(dtypes["change_relative"]) == "float64"
    assert str(dtypes["consistent"]) == "boolean" and str(dtypes["derived"]) == "boolean"
    assert str(dtypes["kind"]) == "category"
    # a statistic's kind, or a comparison's (over time, or between groups at one time)
    assert list(dtypes["kind"].categories) == ["share", "change", "ratio", "sample_size",
                                               "margin_of_error", "over_time", "between_groups"]
    assert str(dtypes["text"]) == "string" and str(dtypes["source"]) == "string"


def test_many_documents_add_a_leading_document_column() -> None:
    docs = {name: pollstats.extract(text) for name, text in CASES.items()}
    frame = pollstats.to_dataframe(docs)
    assert list(frame.columns) == ["document", *export.CSV_COLUMNS]
    assert set(frame["document"]) == {"statistics only", "with comparisons"}
    assert frame.drop(columns="document").dtypes.equals(_frame(WITH_COMPARISON).dtypes)


def test_csv_keeps_every_record_field() -> None:
    ex = pollstats.extract(WITH_COMPARISON)
    rows = list(csv.DictReader(io.StringIO(ex.to_csv())))
    for rec, row in zip(ex.records(), rows, strict=True):
        flat = export.flatten(rec)
        assert set(flat) <= set(row), set(flat) - set(row)
        for key, value in flat.items():
            assert row[key] == ("" if value is None else str(value)), key


def test_to_csv_unknown_column_is_a_key_error() -> None:
    ex = pollstats.extract(STATS_ONLY)
    with pytest.raises(KeyError, match="no_such_column"):
        ex_csv = pollstats.to_csv(ex, columns=["text", "no_such_column"])
        del ex_csv
    with pytest.raises(KeyError, match="document"):  # no documents here
        pollstats.to_csv(ex, columns=["documnet"])
    assert pollstats.to_csv(ex, columns=["low", "text"]).splitlines()[:2] == ["low,text",
                                                                               "1100.0,\"1,100 adults\""]


@pytest.mark.parametrize(("cell", "guarded"), [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+5 points", "'+5 points"),
    ("-3%", "'-3%"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("41%", "41%"),
    ("Gallup", "Gallup"),
])
def test_formula_cells_get_an_apostrophe(cell: str, guarded: str) -> None:
    rec = {"type": "statistic", "kind": "change", "text": cell, "start": 0, "end": 3,
           "low": -3.0, "high": -3.0, "unit": "percent", "qualifier": "exact",
           "measure": cell}
    rows = list(csv.DictReader(io.StringIO(pollstats.to_csv([rec]))))
    assert rows[0]["text"] == guarded and rows[0]["measure"] == guarded
    assert rows[0]["low"] == "-3.0"  # numeric cells never change
    raw = list(csv.DictReader(io.StringIO(pollstats.to_csv([rec], formula_guard=False))))
    assert raw[0]["text"] == cell


def test_formula_guard_on_extracted_text() -> None:
    ex = pollstats.extract("Approval: -5 points since May; +3% among men.")
    rows = list(csv.DictReader(io.StringIO(ex.to_csv())))
    assert rows and all(not r["text"].startswith(("-", "+", "=", "@")) for r in rows)


def test_extract_many_results_go_straight_into_every_export() -> None:
    texts = [CASES["statistics only"], CASES["with comparisons"]]
    pairs = [("a.txt", texts[0]), ("b.txt", texts[1])]
    as_lists = list(pollstats.extract_many(texts, workers=1))
    as_pairs = list(pollstats.extract_many(pairs, workers=1))
    as_dict = dict(pollstats.extract_many(pairs, workers=1))
    for items, names in ((as_lists, {0, 1}), (as_pairs, {"a.txt", "b.txt"}),
                         (as_dict, {"a.txt", "b.txt"})):
        recs = [json.loads(line) for line in pollstats.to_jsonl(items).splitlines()]
        assert {r["document"] for r in recs} == names
        assert len(recs) == sum(len(pollstats.extract(t).records()) for t in texts)
        rows = list(csv.DictReader(io.StringIO(pollstats.to_csv(items))))
        assert {r["document"] for r in rows} == {str(n) for n in names}
        frame = pollstats.to_dataframe(items)
        assert frame.columns[0] == "document" and len(frame) == len(recs)

    tracked = dict(pollstats.extract_many([
        ("2021", "In a Gallup poll taken in March 2021, 52% backed the mayor's plan."),
        ("2023", "In a Gallup poll taken in March 2023, 44% backed the mayor's plan."),
    ], workers=1))
    (line,) = pollstats.series(tracked, key=lambda r: r["source"])  # the same shape
    assert [p.value for p in line.points] == [52.0, 44.0]
    assert [p.document for p in line.points] == ["2021", "2023"]


def test_parquet_round_trip(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    docs = {name: pollstats.extract(text) for name, text in CASES.items()}
    frame = pollstats.to_dataframe(docs)
    path = tmp_path / "stats.parquet"
    frame.to_parquet(path)
    back = pd.read_parquet(path)
    pd.testing.assert_frame_equal(back, frame)
