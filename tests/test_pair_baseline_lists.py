"""Baselines after a back reference joined by a bare "and", and figures whose time is a period
ending in a month ("in the three months to August"): pairs and near misses in several styles."""

from __future__ import annotations

import pytest

import pollstats


def pairs(text: str) -> set[tuple[float, float]]:
    return {
        (round(c.from_.value, 3), round(c.to.value, 3))
        for c in pollstats.extract(text).comparisons
        if not c.derived
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UK: the period of a labour-market figure ends in a month
        ("Unemployment rose to 4.6 per cent in the three months to June, up from 4.4 per cent "
         "in the three months to March.", {(4.4, 4.6)}),
        ("Wage growth eased to 5.2 per cent in the three months to July from 5.5 per cent in "
         "the three months to April.", {(5.5, 5.2)}),
        # Australia, New Zealand: quarters named by their month
        ("Annual inflation picked up to 2.9 per cent in the year to the December quarter, from "
         "2.4 per cent in the September quarter.", {(2.4, 2.9)}),
        ("Food inflation was 3.1 per cent in the 12 months to March 2025, down from 3.8 per cent "
         "in the 12 months to December.", {(3.8, 3.1)}),
        # US, Canada, India: two baselines of a figure in the sentence before
        ("Some 61% of Americans fear for Medicare. That's up from 52% in 2019 and 55% in 2022.",
         {(52, 61), (55, 61)}),
        ("In Quebec, 44 per cent back sovereignty. The latest reading is down from 48 per cent "
         "in 2020 and 51 per cent in 2015.", {(48, 44), (51, 44)}),
        # the earlier survey's time after a participle
        ("Some 58% of Canadians want an election. That's up from 49% in an Abacus poll "
         "conducted in 2023 and 46% in 2021.", {(49, 58), (46, 58)}),
        # a survey's dates given as a range after a participle
        ("The Greens rose to 13 percent from 11 percent in Infratest's previous poll, taken "
         "Sept. 2 to Sept. 4.", {(11, 13)}),
        ("About 72% of Indians trust the army. It’s up from 66% in 2018 and 63% in 2014.",
         {(66, 72), (63, 72)}),
    ],
)
def test_pairs(text: str, expected: set[tuple[float, float]]) -> None:
    assert expected <= pairs(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the second figure starts a new clause of its own
        ("Some 61% of Americans fear for Medicare. That's up from 52% in 2019, and 55% in 2022 "
         "said premiums were too high.", (55, 61)),
        # two baselines are not a pair of their own
        ("In Quebec, 44 per cent back sovereignty. The latest reading is down from 48 per cent "
         "in 2020 and 51 per cent in 2015.", (51, 48)),
        # a list read as a chain keeps its chain
        ("Some 41.5% rate the council as good. That is down from 43% in August, 45% in July "
         "and 46% in June.", (46, 41.5)),
        # "to" a month in a from-to pair is no period of its own
        ("Wages rose from 3.1 per cent to 3.4 per cent over the year.", (3.4, 3.1)),
    ],
)
def test_near_misses(text: str, absent: tuple[float, float]) -> None:
    assert absent not in pairs(text)
