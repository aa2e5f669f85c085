"""Reliability fixes of the second red-team pass, each pinned with its own variants."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from invariants import check_all

import pollstats

# -- a "between ... and ..." range written high end first ---------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 60 and 45%", 45.0, 60.0),
        ("Support is between 60 and 45 percent.", 45.0, 60.0),
        ("between sixty and forty-five per cent of renters", 45.0, 60.0),
        ("It fell to between 60% and 45% of adults.", 45.0, 60.0),
        ("Between 9.5 and 2% said so.", 2.0, 9.5),
        ("Turnout was between 40 and 45%.", 40.0, 45.0),  # the usual order still works
    ],
)
def test_reversed_between_range_is_one_interval(text: str, low: float, high: float) -> None:
    (stat,) = pollstats.extract(text).statistics
    assert (stat.low, stat.high, stat.unit) == (low, high, "percent")
    check_all(text)


@pytest.mark.parametrize(
    "text",
    [
        "between 60 and 45 points",
        "between nearly 60 and 45%",
        "down between 60 and 45%",
        "between -2% and -5%",
        "between sixty and forty percent, between 9 and 2 per cent, between 60 and 45 pct",
    ],
)
def test_reversed_ranges_never_raise(text: str) -> None:
    check_all(text)  # extract, records and every invariant; no exception escapes


@given(st.integers(0, 100), st.integers(0, 100),
       st.sampled_from(["%", " percent", " per cent", " points", " percentage points"]),
       st.sampled_from(["", "nearly ", "about ", "more than "]))
def test_any_between_and_range_keeps_invariants(a: int, b: int, unit: str, q: str) -> None:
    text = f"Support is between {q}{a} and {b}{unit} this year."
    check_all(text)
    for stat in pollstats.extract(text).statistics:
        assert stat.low <= stat.high
