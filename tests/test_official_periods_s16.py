"""Reference periods written the way statistics offices and their reporters write them:
a change's basis between the figure and its month ("4.1% year on year in June"), a quarter
named by its last month with its year ("the June 2025 quarter", New Zealand and Australia), and
"the quarter to/through/ending June" (its three months)."""
from __future__ import annotations

import pytest

import pollstats


def _period(text: str, published: str = "2025-07-15") -> str | None:
    recs = [r for r in pollstats.extract(text, published=published).records()
            if r["type"] == "statistic"]
    return recs[0]["period"]


@pytest.mark.parametrize(("text", "period"), [
    # Poland, US, UK, euro area, Japan: the basis of the change before the month
    ("Consumer prices climbed 3.9% year on year in June, the statistics office said.", "2025-06"),
    ("Core CPI rose 2.8% year-over-year in May, the Labor Department said.", "2025-05"),
    ("Retail volumes slipped 0.6% month-on-month in May, official data showed.", "2025-05"),
    ("Industrial output rose 1.4% y/y in June.", "2025-06"),
    ("Household spending fell 0.9% from a year earlier in May, the ministry said.", "2025-05"),
    ("Wages grew 0.5% quarter on quarter in the first quarter of 2025.", "2025-01"),
    # New Zealand and Australia: a quarter named by its last month, with its year
    ("The jobless rate rose to 5.3 per cent in the June 2025 quarter.", "2025-04"),
    ("Employment fell 0.2 per cent in the December 2024 quarter.", "2024-10"),
    # a quarter ending in a month
    ("Brazil's jobless rate was 5.9% in the quarter through June.", "2025-04"),
    ("Unemployment averaged 6.1% in the quarter ended June 2025, the agency said.", "2025-04"),
    ("Hours worked rose 0.7% in the quarter to May.", "2025-03"),
])
def test_an_official_reference_period(text: str, period: str) -> None:
    assert _period(text) == period


@pytest.mark.parametrize(("text", "period"), [
    # near misses: no month after the basis (the publication month of a current release), a
    # quarter named without a month, and the year-on-year change of a quarter
    ("Consumer prices climbed 3.9% year on year, the statistics office said on Friday.",
     "2025-07"),
    ("The economy grew 0.4% in the second quarter.", "2025-04"),
    ("GDP rose 0.3% in the March quarter.", "2025-01"),
])
def test_near_misses(text: str, period: str) -> None:
    assert _period(text) == period
