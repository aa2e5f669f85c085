"""Public API: types, errors, records, pint quantities, lazy imports."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import pollstats
from pollstats import NumberParseError, PercentageParseError, PollstatsError


@pytest.mark.parametrize("bad", [b"27%", None, 27, ["27%"]])
def test_extract_rejects_non_text_with_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        pollstats.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01%", "\ud800 27% \udfff", "\u202e27%\u202c", "%" * 1000, "9" * 5000 + "%"],
)
def test_extract_never_raises_on_odd_text(text: str) -> None:
    ex = pollstats.extract(text)
    for r in ex.records():
        assert text[r["start"] : r["end"]] == r["text"]


def test_records_are_json_ready_with_schema_fields() -> None:
    text = "A poll of 1,200 adults found 41% support, down 3 points."
    recs = pollstats.extract(text).records()
    json.dumps(recs)
    fields = {"type", "kind", "text", "start", "end", "low", "high", "unit", "qualifier",
              "form", "rule", "source", "period", "population", "subgroup", "subgroup_key",
              "measure"}
    for r in recs:
        assert fields <= r.keys()
        assert text[r["start"] : r["end"]] == r["text"]
    assert [(r["kind"], r["low"]) for r in recs] == [
        ("sample_size", 1200.0), ("share", 41.0), ("change", -3.0)
    ]
    assert [(r["form"], r["rule"]) for r in recs] == [
        ("digits", "sample"), ("digits", "percent"), ("digits", "points")
    ]


def test_records_say_how_each_figure_was_written_and_read() -> None:
    text = "Two-thirds of voters, forty-one percent of men and fell a point; sales doubled."
    got = [(r["text"], r["form"], r["rule"]) for r in pollstats.extract(text).records()
           if r["type"] == "statistic"]
    assert got == [
        ("Two-thirds", "fraction", "fraction"),
        ("forty-one percent", "words", "percent"),
        ("a point", "words", "a_point"),
        ("doubled", "multiplier", "multiplier"),
    ]


def test_statistics_are_frozen_and_hashable() -> None:
    st = pollstats.extract("Only 12% agreed.").statistics[0]
    assert hash(st) == hash(st)
    with pytest.raises(AttributeError):
        st.low = 3.0  # type: ignore[misc]


def test_quantity_uses_private_registry() -> None:
    import pint

    st = pollstats.extract("Only 12% agreed, up 2 points.").statistics
    share, change = st
    assert share.quantity.to("ratio").magnitude == pytest.approx(0.12)
    assert str(change.quantity.units) == "percentage_point"
    assert share.quantity._REGISTRY is not pint.get_application_registry()


def test_published_accepts_date_and_string() -> None:
    a = pollstats.extract("x", published="2024-05-02")
    b = pollstats.extract("x", published=dt.date(2024, 5, 2))
    assert a.published == b.published == dt.date(2024, 5, 2)
    with pytest.raises(TypeError):
        pollstats.extract("x", published=2024)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("s", "value"),
    [("1,600", 1600.0), ("3.5", 3.5), ("twenty-two", 22.0), ("one hundred", 100.0),
     ("-25", -25.0), ("  7 ", 7.0), ("seventy", 70.0), ("one and a half", 1.5)],
)
def test_parse_number(s: str, value: float) -> None:
    assert pollstats.parse_number(s) == value


@pytest.mark.parametrize(
    ("s", "position"), [("", 0), ("abc", 0), ("3.5.1", 0), ("12 apples", 2), ("two-thirds", 0)]
)
def test_parse_number_errors_quote_input_and_position(s: str, position: int) -> None:
    with pytest.raises(NumberParseError) as info:
        pollstats.parse_number(s)
    assert info.value.position == position
    assert repr(s) in str(info.value)
    assert isinstance(info.value, PollstatsError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("s", "value"),
    [("27%", 27.0), ("27 per cent", 27.0), ("twenty percent", 20.0), ("two-thirds", 66.667),
     ("one in five", 20.0), ("3 out of 10", 30.0), ("27.5 pct", 27.5)],
)
def test_parse_percentage(s: str, value: float) -> None:
    assert pollstats.parse_percentage(s) == value


@pytest.mark.parametrize("s", ["", "27", "27 points", "9–14%", "27% of them", "about 27%"])
def test_parse_percentage_errors(s: str) -> None:
    with pytest.raises(PercentageParseError, match="cannot read a percentage"):
        pollstats.parse_percentage(s)


def test_parse_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="bytes"):
        pollstats.parse_percentage(b"27%")  # type: ignore[arg-type]


def test_import_is_light() -> None:
    code = "import sys, pollstats; print(sorted(m for m in ('pint','hypothesis','pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
