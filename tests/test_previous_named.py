"""A named survey said to be the previous one ("in the previous Political Monitor", "in the
last Newspoll") is an earlier time after a figure, not a group (``_context.tail_after``)."""

from __future__ import annotations

import pytest

import pollstats
from pollstats._context import tail_after


def pairs(text: str) -> set[tuple[float, float]]:
    return {
        (round(c.from_.value, 3), round(c.to.value, 3))
        for c in pollstats.extract(text, published="2025-06-20").comparisons
    }


@pytest.mark.parametrize(
    "tail",
    [
        " in the previous Welsh Political Barometer.",
        " in Ipsos's last Political Monitor in March.",
        " in the last Newspoll.",
        " in Leger's previous Omnibus.",
    ],
)
def test_a_previous_named_survey_is_an_earlier_time(tail: str) -> None:
    t = tail_after(tail, 0, len(tail))
    assert t.kind == "time" and t.time is not None and t.time.past, t


@pytest.mark.parametrize(
    "tail",
    [" in the Scottish Highlands.", " in the North East.", " in Greater Manchester."],
)
def test_a_named_place_stays_a_group(tail: str) -> None:
    assert tail_after(tail, 0, len(tail)).kind != "time"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # UK, a split across two waves
        ("Leave is ahead 51-49, down from 54-46 in the previous Welsh Political Barometer.",
         (54, 51)),
        # Australia
        ("Labor leads 53-47 on two-party preferred, up from 51-49 in the last Newspoll.",
         (51, 53)),
        # Canada
        ("The Conservatives are on 38%, compared with 41% in Abacus's previous Data Tracker.",
         (41, 38)),
    ],
)
def test_a_baseline_from_a_previous_named_survey_pairs(
    text: str, pair: tuple[float, float]
) -> None:
    assert (float(pair[0]), float(pair[1])) in pairs(text)
