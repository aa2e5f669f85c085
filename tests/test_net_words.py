"""A net score with its sign written as a word ("plus 4", "minus 41") is a level that can be
an end of a comparison, like "+4" and "-41" (``pair_view._is_level``)."""

from __future__ import annotations

import pytest

import pollstats


def pairs(text: str) -> set[tuple[float, float]]:
    return {
        (round(c.from_.value, 3), round(c.to.value, 3))
        for c in pollstats.extract(text, published="2025-06-20").comparisons
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # UK
        ("The First Minister's net satisfaction rating is plus 6. In March, it was plus 13.",
         (13, 6)),
        # Australia
        ("Albanese's net approval is plus 3, up from minus 5 in April.", (-5, 3)),
        # Canada
        ("Carney's net favourability stands at plus 18, compared with plus 24 in May.",
         (24, 18)),
        # New Zealand, "positive"
        ("The Prime Minister's net favourability is positive 7. In April it was positive 12.",
         (12, 7)),
    ],
)
def test_a_worded_plus_sign_makes_a_net_level(text: str, pair: tuple[float, float]) -> None:
    assert (float(pair[0]), float(pair[1])) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed change is not a level
        "Reform is on 29% (plus 4). Labour is on 22% (minus 3).",
        # a margin of error
        "The margin of error is plus or minus 3 points. In 2022 it was plus or minus 4 points.",
    ],
)
def test_worded_signs_that_are_not_net_levels(text: str) -> None:
    made = pairs(text)
    assert (4.0, -3.0) not in made and (-3.0, 4.0) not in made and (4.0, 3.0) not in made, made


def test_the_start_of_the_year_is_a_time_phrase() -> None:
    from pollstats.periods import time_key

    assert time_key("at the end of last year").past
    made = pairs("Her net rating is minus 20. At the start of the year it was minus 9.")
    assert (-9.0, -20.0) in made, made
