"""Prefilters and gates (issue 16): each cheap test that lets the extractor skip work must
give exactly what the work it skips gives. Differential tests: the gated path against the
ungated one, on crafted strings and under hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pollstats import periods

#: Pieces that the date anchors and rules react to, glued by hypothesis into odd strings:
#: digits next to letters, time words inside words, letters that fold to ASCII ones.
_DATE_PIECES = [
    "2023", "19", "20", "1999", "3rd", "21st", "2nd", "4th", "12", "5", "-", " ", ", ", ".",
    "\n", "May", "March", "Sept", "Jan", "Q3", "Monday", "Friday", "year", "years", "Month",
    "WEEK", "weekend", "decade", "decadecade", "quarter", "spring", "summer", "Fall", "autumn",
    "winter", "short", "the", "last", "this", "ago", "two", "between", "and", "to", "of",
    "on", "from", "ſ", "K", "İ", "é", "x", "_",
]
_date_text = st.lists(st.sampled_from(_DATE_PIECES), max_size=40).map("".join)

CRAFTED = [
    "decadecade 2023rd 12023 HQ1 shortfall ſpring weeK Mondays 1st 123rd 20199 2019-20",
    "x1999 -2019 the 3rd and 4th of March 2024, from Friday to Sunday, Q2 2023",
    "ſummer İ K, a decade ago, last quarter, the spring of 2019, two years ago.",
]


def _anchor_spans(text: str, start: int, stop: int, fast: bool) -> list[tuple[object, ...]]:
    found = (periods._anchors(text, start, stop) if fast
             else periods._ANCHOR.finditer(text, start, stop))
    return [(a.span(), a.groupdict()) for a in found]


@pytest.mark.parametrize("text", CRAFTED)
def test_date_anchor_passes_equal_the_anchor_scan(text: str) -> None:
    for start in range(0, len(text), 7):
        for stop in (start, start + 13, len(text)):
            assert (_anchor_spans(text, start, stop, True)
                    == _anchor_spans(text, start, stop, False))


@given(_date_text, st.integers(0, 60), st.integers(0, 400))
def test_date_anchor_passes_equal_the_anchor_scan_generated(text: str, a: int, b: int) -> None:
    start, stop = min(a, len(text)), min(len(text), a + b)
    assert _anchor_spans(text, start, stop, True) == _anchor_spans(text, start, stop, False)
