"""Series across documents: three short articles (written for these tests) on one tracking
question in different years, plus hand-made records."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import pytest

import pollstats
from pollstats import Series, SeriesPoint
from pollstats.tracking import default_key, normalize_measure

ARTICLES = {
    "2021.txt": (
        "Four-day week wins friends\n"
        "A YouGov survey of 1,650 adults, carried out in March 2021, found that 38% of workers "
        "would back a four-day working week. Some 22% opposed the idea.",
        "2021-03-20",
    ),
    "2023.txt": (
        "Four-day week: support grows\n"
        "The latest YouGov poll, conducted in April 2023, shows 46% of workers back a four-day "
        "working week, up from 38% two years ago. The margin of error is ±2.5 points.",
        "2023-04-30",
    ),
    "2025.txt": (
        "Most workers now want a four-day week\n"
        "A majority, 55% of workers, now back a four-day working week, YouGov found in a poll "
        "published this month. Opposition has fallen to 18%.",
        "2025-05-12",
    ),
}


def four_day_week(rec: Mapping[str, Any]) -> tuple[Any, ...] | None:
    context = rec["context"].lower()
    if "four-day working week" not in context or "back" not in context:
        return None
    return (rec["source"], "back a four-day week")


@pytest.fixture(scope="module")
def docs() -> dict[str, pollstats.Extraction]:
    # given in a scrambled order: the series is ordered by period, not by input
    order = ["2025.txt", "2021.txt", "2023.txt"]
    return {name: pollstats.extract(ARTICLES[name][0], published=ARTICLES[name][1])
            for name in order}


def test_three_articles_make_one_time_ordered_series(docs: dict[str, Any]) -> None:
    (s,) = pollstats.series(docs, key=four_day_week)
    assert isinstance(s, Series) and all(isinstance(p, SeriesPoint) for p in s.points)
    # the 2023 article's "up from 38% two years ago" is a baseline dated 2021 (#13 items 2
    # and 3: every figure its own date), never a 2023 figure; counted back two or more
    # years from a survey, it is that year (the earlier edition's month is not said)
    assert [(p.period, p.value, p.document) for p in s.points] == [
        ("2021-03", 38.0, "2021.txt"),
        ("2021", 38.0, "2023.txt"),
        ("2023-04", 46.0, "2023.txt"),
        ("2025-05", 55.0, "2025.txt"),
    ]
    assert s.source == "YouGov"
    assert all(p.text != "38%" or p.period.startswith("2021") for p in s.points)
    # the figures are about workers, a subgroup: the whole sample's 1,650 and ±2.5 points
    # are not theirs (pollstats.samples), so no error bars
    assert [p.margin_of_error for p in s.points] == [None, None, None, None]
    for p in s.points:
        text = ARTICLES[p.document][0]
        assert text[p.start : p.end] == p.text


def test_long_table(docs: dict[str, Any]) -> None:
    (s,) = pollstats.series(docs, key=four_day_week)
    rows = s.to_records()
    assert [r["period"] for r in rows] == ["2021-03", "2021", "2023-04", "2025-05"]
    assert {r["series"] for r in rows} == {s.label}
    assert {"series", "source", "measure", "population", "subgroup", "period", "low", "high",
            "value", "unit", "document", "text", "start", "end", "dated_by"} <= rows[0].keys()
    # the export helpers take the long table as records
    csv = pollstats.to_csv(rows)
    assert csv.count("\n") == 5


def test_iterable_of_extractions_uses_positions(docs: dict[str, Any]) -> None:
    (s,) = pollstats.series(list(docs.values()), key=four_day_week)
    assert [p.document for p in s.points] == ["1", "2", "2", "0"]


def test_dataframe(docs: dict[str, Any]) -> None:
    pd = pytest.importorskip("pandas")
    (s,) = pollstats.series(docs, key=four_day_week)
    frame = s.to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["value"]) == [38.0, 38.0, 46.0, 55.0]


def test_dataframe_without_pandas_names_the_extra(
    docs: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    (s,) = pollstats.series(docs, key=four_day_week)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pollstats-extract\[pandas\]"):
        s.to_dataframe()


def rec(doc: str, period: str | None, value: float, measure: str | None, *,
        source: str | None = "Pollco", subgroup: str | None = None, text: str = "",
        published: str | None = None, kind: str = "share") -> dict[str, Any]:
    return {"type": "statistic", "kind": kind, "text": text or f"{value:g}%", "start": 0,
            "end": 3, "low": value, "high": value, "unit": "percent", "qualifier": "exact",
            "source": source, "period": period, "population": None, "subgroup": subgroup,
            "measure": measure, "document": doc, "published": published}


def test_default_key_groups_by_source_normalized_measure_and_subgroup() -> None:
    records = [
        rec("a", "2020", 30, "Support the new Library"),
        rec("b", "2022", 35, "support for the new library"),
        rec("c", "2021", 33, "SUPPORT THE NEW LIBRARY!"),
        rec("c", "2021", 20, "support the new library", subgroup="renters"),
        rec("d", "2022", 60, "support the new library", source="Othercorp"),
        rec("d", "2022", 61, None),
        rec("d", "2022", 3, "support the new library", kind="margin_of_error"),
    ]
    out = pollstats.series(records)
    assert len(out) == 1
    (s,) = out
    assert [(p.period, p.value) for p in s.points] == [("2020", 30), ("2021", 33), ("2022", 35)]
    assert s.measure == "support new library" and s.source == "Pollco"
    assert len(pollstats.series(records, min_points=1)) == 3


def test_published_month_dates_a_figure_without_a_period() -> None:
    records = [rec("a", "2020-05", 30, "trust"), rec("b", None, 36, "trust", published="2021-02")]
    (s,) = pollstats.series(records)
    assert [(p.period, p.dated_by) for p in s.points] == [("2020-05", "period"),
                                                          ("2021-02", "published")]
    undated = [rec("a", "2020", 30, "trust"), rec("b", None, 36, "trust")]
    assert pollstats.series(undated) == ()


def test_duplicates_and_fraction_words() -> None:
    records = [
        rec("a", "2020", 66.667, "agree", text="two-thirds"),
        rec("a", "2020", 66, "agree", text="66%"),
        rec("b", "2020", 66, "agree", text="66%"),
        rec("c", "2021", 70, "agree"),
    ]
    (s,) = pollstats.series(records)
    assert [(p.period, p.value, p.document) for p in s.points] == [("2020", 66, "a"),
                                                                   ("2021", 70, "c")]


def test_documents_as_lists_of_records() -> None:
    docs = [[rec("x", "2019", 40, "trust")], [rec("y", "2018", 42, "trust")]]
    for r in docs[0] + docs[1]:
        del r["document"]
    (s,) = pollstats.series(docs)
    assert [(p.period, p.document) for p in s.points] == [("2018", "1"), ("2019", "0")]


@pytest.mark.parametrize("bad", ["some text", 42, [42], [[42]]])
def test_bad_input_is_a_type_error(bad: Any) -> None:
    with pytest.raises(TypeError):
        pollstats.series(bad)


def test_normalize_measure() -> None:
    assert normalize_measure("A positive view of Israel") == "positive view israel"
    assert normalize_measure("the") is None
    assert normalize_measure(None) is None
    assert default_key({"measure": None}) is None
    assert default_key({"measure": "Trust the press", "source": "S"}) == (
        "S", "trust press", None, None)


def test_series_split_by_the_subgroup_key_and_synonyms_meet() -> None:
    def grouped(doc: str, period: str, value: float, words: str | None,
                key: str | None) -> dict[str, Any]:
        r = rec(doc, period, value, "back the levy", subgroup=words)
        r["subgroup_key"] = key
        return r

    records = [
        grouped("a", "2021", 70, "GOP voters", "party=Republican"),
        grouped("b", "2023", 64, "Republicans", "party=Republican"),
        grouped("a", "2021", 30, "Democrats", "party=Democrat"),
        grouped("b", "2023", 35, "Democratic voters", "party=Democrat"),
        grouped("c", "2022", 50, None, None),
    ]
    out = pollstats.series(records, min_points=1)
    by_key = {s.subgroup_key: [p.value for p in s.points] for s in out}
    assert by_key == {"party=Republican": [70, 64], "party=Democrat": [30, 35], None: [50]}
    # a caller's own key never joins two groups
    same = pollstats.series(records, key=lambda r: "levy", min_points=1)
    assert sorted(len(s.points) for s in same) == [1, 2, 2]


def test_each_point_takes_the_n_of_its_own_survey() -> None:
    texts = {
        "a": "A Gallup poll of 1,000 adults in May 2022 found 41% trust the courts.",
        "b": "Ipsos polled 2,000 adults in June. A Gallup poll in May 2023 found 43% trust "
             "the courts.",
        "c": "A Gallup poll in May 2024 found 44% trust the courts (margin of error ±4 "
             "points).",
    }
    docs = {name: pollstats.extract(text) for name, text in texts.items()}
    (s,) = pollstats.series(docs, key=lambda r: (r["source"], "courts" in r["context"]))
    got = [(p.period, p.n_source, p.n, p.margin_of_error) for p in s.points]
    assert [g[:2] for g in got] == [("2022-05", "survey"), ("2023-05", None),
                                    ("2024-05", "stated")]
    assert got[0][2] == 1000 and got[0][3] == pytest.approx(3.1, abs=0.01)
    assert got[1][2:] == (None, None)  # Ipsos's 2,000 is another pollster's
    assert got[2][3] == 4.0  # the stated margin itself
    assert [r["n_source"] for r in s.to_records()] == ["survey", None, "stated"]
