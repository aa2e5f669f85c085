"""Round-trip property tests for the forms of issue #17 read by pollstats.matchers (value ->
text -> value): net scores with the sign in words, odds "N to one" with the side after them,
margins of error named after their figure, parts of a sample listed after it, and "half" of a
figure. The sentences are generated, not taken from any corpus."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import pollstats
from pollstats.testing import number_words

NAMES = st.sampled_from(["Allan", "Poilievre", "the Taoiseach", "Ramaphosa", "Modi", "Merz"])
PLACES = st.sampled_from(["Metro Manila", "Gauteng", "Leinster", "Ontario", "Kerala", "Wales"])



def _read(text: str) -> list[tuple[str, str, float]]:
    return [(s.text, s.kind, round(s.low, 3)) for s in pollstats.extract(text).statistics]


@given(NAMES, st.sampled_from(["plus", "minus"]), st.integers(1, 60), st.integers(1, 60))
def test_net_score_in_words_and_the_one_carried_after_it(name: str, sign: str, a: int,
                                                         b: int) -> None:
    text = (f"{name} has a net rating of {sign} {a} in the poll. "
            f"That compares with {sign} {b} in May.")
    v = 1 if sign == "plus" else -1
    assert _read(text) == [(f"{sign} {a}", "change", v * a), (f"{sign} {b}", "change", v * b)]


@given(st.integers(2, 9), st.sampled_from(["against the plan", "in favour of the strike",
                                           "over the Greens"]))
def test_odds_to_one_with_their_side(n: int, side: str) -> None:
    word = number_words(n)
    text = f"Voters in the survey are roughly {word} to one {side}."
    assert _read(text) == [(f"{word} to one", "ratio", float(n))]


@given(st.integers(10, 60), st.sampled_from(["%", " per cent", "-point", " percentage point"]),
       st.sampled_from(["margin of error", "error margin", "margin of sampling error"]))
def test_margin_named_after_its_figure(tenths: int, unit: str, noun: str) -> None:
    value = tenths / 10
    text = f"The poll of voters has a {value:g}{unit} {noun}."
    assert _read(text) == [(f"{value:g}{unit}", "margin_of_error", value)]


@given(st.integers(3, 9), PLACES, PLACES)
def test_parts_of_a_sample(hundreds: int, first: str, second: str) -> None:
    total, part = hundreds * 200, hundreds * 100
    text = (f"The survey interviewed {total:,} adults: {part:,} in {first} and "
            f"{part // 2:,} each in {second}.")
    got = _read(text)
    assert got[1:] == [(f"{part:,}", "sample_size", float(part)),
                       (f"{part // 2:,}", "sample_size", float(part // 2))]


@given(st.integers(110, 600))
def test_half_of_a_figure_is_a_ratio(tenths: int) -> None:
    value = tenths / 10
    text = f"The party is now at less than half the {value:g}% it won in 2021."
    assert _read(text) == [("half", "ratio", 0.5), (f"{value:g}%", "share", round(value, 3))]
