"""An official release's month, stated beside a count the scorer does not take, dates the
release's figures after it (#13, official results beside a poll); an index level a figure
moved from ("from 38.5 in November") dates that level only. Own sentences, several styles."""

from __future__ import annotations

import pytest

import pollstats
from pollstats.periods import find_dates


def _period(text: str, published: str, figure: str) -> str | None:
    for r in pollstats.extract(text, published=published).records():
        if r["type"] == "statistic" and r["text"] == figure:
            return r["period"]
    raise AssertionError(f"{figure!r} not found")


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # US
    ("Employers added 64,000 jobs in November, the Bureau of Labor Statistics said. The "
     "jobless rate rose to 4.6%.", "2025-12-16", "4.6%", "2025-11"),
    # Canada
    ("The economy shed 41,000 positions in March, Statistics Canada said on Friday. The "
     "unemployment rate climbed to 6.7 per cent.", "2025-04-05", "6.7 per cent", "2025-03"),
    # UK
    ("Payrolled employees fell by 32,000 in September, the Office for National Statistics "
     "said. Some 4.8 per cent of adults were out of work.", "2025-10-14", "4.8 per cent",
     "2025-09"),
    # Australia
    ("Employment rose by 24,000 in July, the Australian Bureau of Statistics said. The "
     "participation rate held at 67 per cent.", "2025-08-14", "67 per cent", "2025-07"),
])
def test_a_release_count_dates_the_figures_after_it(text: str, published: str, figure: str,
                                                     period: str) -> None:
    assert _period(text, published, figure) == period


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # a company is no data body: its count dates nothing
    ("Tesco cut 1,500 jobs in March, Tesco said. Some 41% of shoppers backed the plan.",
     "2025-06-10", "41%", "2025-06"),
    # no number in the release sentence
    ("In May, the Australian Bureau of Statistics said its release was delayed. The "
     "participation rate held at 67 per cent.", "2025-08-14", "67 per cent", "2025-08"),
])
def test_near_misses_keep_the_publication_month(text: str, published: str, figure: str,
                                                period: str) -> None:
    assert _period(text, published, figure) == period


@pytest.mark.parametrize(("text", "baseline"), [
    ("The sentiment index rose to 45.8 points from 38.5 in November.", True),  # Germany
    ("Its optimism index rose to 99.8 in December from 99.0 in November.", True),  # US
    ("The index sank to 51.2, far below the 71.8 recorded in November 2024.", True),  # US
    ("Confidence was 94.1, against 97 in June, the board said.", True),  # UK
    ("The index fell below 50 in March, signalling contraction.", False),  # current: no "the"
    ("Support fell to 41% from 44% in November.", False),  # a share: its own binding
    ("Some 2,000 in November were interviewed.", False),
])
def test_an_index_level_moved_from_is_dated_as_a_baseline(text: str, baseline: bool) -> None:
    d = [d for d in find_dates(text) if d.value is not None or d.month is not None][-1]
    assert d.baseline is baseline
