"""A sentence of a figure's history (pollstats.pair_rules_series.history) with months that
only a publication date places in a year: the list pairs by month, and its latest figure is
the baseline of the figure the sentence follows."""

from __future__ import annotations

import pytest

import pollstats

CASES = [
    # (text, published, pairs that must be made)
    ("Some 54% of likely voters back the bond in the Ipsos October poll. Support stood at "
     "58% in the Ipsos September survey and 61% in July.", "2025-10-20",
     {(61.0, 58.0), (58.0, 54.0)}),
    ("In the Leger poll, 44% backed the carbon levy and 48% opposed it. Support was 53% in "
     "June and 49% in early September, so the levy has lost ground.", "2025-10-02",
     {(53.0, 49.0), (49.0, 44.0)}),
    ("Ipsos's August survey finds 38 per cent of adults approve of the unity government. "
     "Approval was 45 "
     "per cent in March and 41 per cent in the Ipsos June wave.", "2025-08-15",
     {(45.0, 41.0), (41.0, 38.0)}),
]

NOT_PAIRED = [
    # the list's months are not all before the figure it follows
    ("Some 54% of likely voters back the bond in the Ipsos October poll. Support stood at "
     "58% in November and 61% in July.", "2025-10-20", (58.0, 54.0)),
    # a figure of its own group
    ("Some 54% of likely voters back the bond in the Ipsos October poll. Support stood at "
     "58% among renters in September.", "2025-10-20", (58.0, 54.0)),
]


def _pairs(text: str, published: str) -> set[tuple[float, float]]:
    return {
        (c.from_.value, c.to.value)
        for c in pollstats.extract(text, published=published).comparisons
    }


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_history_pairs(text: str, published: str, want: set[tuple[float, float]]) -> None:
    assert want <= _pairs(text, published)


@pytest.mark.parametrize(("text", "published", "pair"), NOT_PAIRED)
def test_history_near_misses(text: str, published: str, pair: tuple[float, float]) -> None:
    assert pair not in _pairs(text, published)
