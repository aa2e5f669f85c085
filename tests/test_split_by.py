"""A split of two shares after "by" or "a margin of" is the two sides' shares, not a change.

"Members favoured a cut by 58%-42%" reads "cut by 58%" as a fall of 58% unless the figure after
"by" is seen to open a split: the larger share first and the two near a whole (a range is
written low-high; a change and a new level are far from a whole)."""
from __future__ import annotations

import pytest

import pollstats


def _stats(text: str) -> list[tuple[str, str, float]]:
    return [(r["text"], r["kind"], r["low"]) for r in pollstats.extract(text).records()
            if r["type"] == "statistic"]


@pytest.mark.parametrize(("text", "first"), [
    # UK: a members' ballot
    ("Union members backed a pay cut by 58%-42% in the ballot.", "58%"),
    # US: a survey question with a dash and no spaces
    ("Voters in the county favoured lower property taxes by 61%–37%.", "61%"),
    # Australia: "to" between the sides, per cent written out
    ("Respondents preferred a rate cut by 57 per cent to 41 per cent.", "57 per cent"),
    # Canada: one unit for both sides
    ("Quebecers opposed the reduction by 55-45%, the Léger survey found.", "55-45%"),
    # Ireland: "a margin of"
    ("Farmers rejected the quota cut by a margin of 64 to 33 per cent.", "64 to 33 per cent"),
    # India: a decimal split
    ("Members endorsed the fee cut by 52.5%-47.5% in the online vote.", "52.5%"),
    # no "by": an article makes the change word a noun ("a cut", "a rise")
    ("Shareholders approved a cut 63%-37% at the meeting.", "63%"),
    ("Nurses backed a rise 71%–29% in the union's consultation.", "71%"),
])
def test_a_split_after_by_is_two_shares(text: str, first: str) -> None:
    found = _stats(text)
    assert found[0][0] == first
    assert found[0][1] == "share" and found[0][2] > 50
    assert all(kind == "share" for _, kind, _ in found)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Support fell by 5%-7% in the quarter.", "change", -5.0),           # a range, low-high
    ("The tariff was cut by 2 points to 48%.", "change", -2.0),          # far from a whole
    ("Rents rose by 12% to 14% across the region.", "change", 12.0),      # low-high
    ("Labour's lead was cut by 6 points.", "change", -6.0),               # no second side
    ("Approval dropped by 30% over the decade.", "change", -30.0),
    ("Prices saw a cut 10%-15% below list.", "change", -10.0),            # low-high, no whole
])
def test_near_misses_stay_changes(text: str, kind: str, value: float) -> None:
    found = _stats(text)
    assert found[0][1] == kind and found[0][2] == value
