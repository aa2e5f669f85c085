"""A current figure with two dated baselines joined by a bare "and": months of one tracker
read backwards are a chain; baselines years apart, or listed forwards, are each set against
the current figure (``pair_rules_near.baseline_list``)."""

from __future__ import annotations

import pytest

import pollstats


def pairs(text: str, published: str | None = None) -> set[tuple[float, float]]:
    return {
        (round(c.from_.value, 3), round(c.to.value, 3))
        for c in pollstats.extract(text, published=published).comparisons
    }


@pytest.mark.parametrize(
    ("text", "published", "chain"),
    [
        # UK
        ("Just 21 per cent are satisfied with the Chancellor, down from 24 per cent in July "
         "and 30 per cent in March.", "2025-09-10", [(24, 21), (30, 24)]),
        # Ireland
        ("Some 33pc back the Coalition, down from 37pc in June and 40pc in April.",
         "2025-08-01", [(37, 33), (40, 37)]),
        # US
        ("Biden's approval is 39%, down from 42% in September and 45% in June.",
         "2024-10-15", [(42, 39), (45, 42)]),
        # Australia, years given
        ("Labor's primary vote is 34 per cent, up from 31 per cent in March 2025 and 29 per "
         "cent in December 2024.", "2025-05-01", [(31, 34), (29, 31)]),
        # Canada, going up
        ("The Liberals are on 41%, up from 38% in May and 33% in April.", "2025-06-20",
         [(38, 41), (33, 38)]),
    ],
)
def test_tracker_months_read_backwards_are_a_chain(
    text: str, published: str, chain: list[tuple[float, float]]
) -> None:
    made = pairs(text, published)
    for pair in chain:
        assert (float(pair[0]), float(pair[1])) in made, (text, made)
    later = chain[0][1]
    assert (float(chain[1][0]), float(later)) not in made, (text, made)


@pytest.mark.parametrize(
    ("text", "published", "both"),
    [
        # years apart: a long-run comparison with the current figure
        ("Only 31% of Indians trust the media, down from 38% in 2019 and 52% in 2011.",
         "2025-03-01", [(38, 31), (52, 31)]),
        ("Some 44 per cent of Germans fear a recession, up from 36 per cent in 2022 and 20 "
         "per cent in 2015.", "2025-03-01", [(36, 44), (20, 44)]),
        # more than a year between the two months
        ("Approval is 40%, down from 44% in March 2025 and 51% in January 2024.",
         "2025-06-01", [(44, 40), (51, 40)]),
        # the months listed forwards, not a tracker read backwards
        ("Approval is 40%, down from 46% in February and 43% in April.", "2025-06-01",
         [(46, 40), (43, 40)]),
        # a second baseline with a cue of its own
        ("Satisfaction is 35%, down from 39% in May and well below the 48% of March.",
         "2025-07-01", [(39, 35), (48, 35)]),
    ],
)
def test_other_second_baselines_stay_against_the_current_figure(
    text: str, published: str, both: list[tuple[float, float]]
) -> None:
    made = pairs(text, published)
    for pair in both:
        assert (float(pair[0]), float(pair[1])) in made, (text, made)
    assert (float(both[1][0]), float(both[0][0])) not in made, (text, made)
