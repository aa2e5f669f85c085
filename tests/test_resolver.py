"""The one check against pairing across groups, measures, pollsters or places at one time
(:func:`pollstats.resolver.never_pairs`), on hand-made figures and on whole sentences."""

from __future__ import annotations

import pytest

import pollstats
from pollstats._context import Sentences
from pollstats.model import Cue, Statistic
from pollstats.pair_view import Form, Pair
from pollstats.periods import time_key
from pollstats.resolver import never_pairs


def _fig(start: int, value: float, **cues: str) -> Statistic:
    made = {name: Cue(v, 0, len(v), v) for name, v in cues.items()}
    return Statistic(f"{value:g}%", start, start + 3, "share", value, value, "percent", **made)


def _pair(f: Statistic, t: Statistic, form: Form = "baseline", times: tuple[str, str] | None = None
          ) -> Pair:
    tf, tt = (time_key(times[0]), time_key(times[1])) if times else (None, None)
    return Pair(f, t, form, tf, tt)


def test_one_group_pollster_and_measure_pairs() -> None:
    assert never_pairs(_pair(_fig(0, 40, subgroup="women"), _fig(10, 45, subgroup="women"))) is None
    assert never_pairs(_pair(_fig(0, 40), _fig(10, 45))) is None


@pytest.mark.parametrize(("a", "b"), [("women", "men"), ("GOP voters", "Democrats"),
                                      ("under-30s", "over-65s")])
def test_two_groups_never_pair(a: str, b: str) -> None:
    assert never_pairs(_pair(_fig(0, 40, subgroup=a), _fig(10, 45, subgroup=b))) == "group"


def test_two_wordings_of_one_group_pair() -> None:
    # one key for two wordings: the same group
    pair = _pair(_fig(0, 40, subgroup="GOP voters"), _fig(10, 45, subgroup="Republican voters"))
    assert never_pairs(pair) is None


def test_two_pollsters_never_pair_but_from_to_may() -> None:
    f, t = _fig(0, 40, source="Ipsos"), _fig(10, 45, source="YouGov")
    assert never_pairs(_pair(f, t)) == "source"
    assert never_pairs(_pair(f, t, "from_to")) is None  # the text joins its ends itself


def test_two_measures_in_two_sentences_never_pair() -> None:
    text = "Some 40% trust the police. Some 45% trust judges."
    sents = Sentences.of(text)
    f = _fig(5, 40, measure="trust the police in 2022")
    t = _fig(32, 45, measure="trust judges")
    assert never_pairs(_pair(f, t), sents) == "measure"
    same = _fig(32, 45, measure="trust the police in 2024")  # only the time words differ
    assert never_pairs(_pair(f, same), sents) is None
    # in one sentence a baseline's measure is often only its time words: not weighed
    near = _fig(12, 45, measure="trust judges")
    assert never_pairs(_pair(f, near), sents) is None


def test_one_dated_time_for_both_ends_is_a_spread() -> None:
    pair = _pair(_fig(0, 71), _fig(10, 44), "time_pair", ("in May 2023", "in May 2023"))
    assert never_pairs(pair) == "one_time"
    pair = _pair(_fig(0, 71), _fig(10, 44), "time_pair", ("in May 2023", "in June 2023"))
    assert never_pairs(pair) is None


@pytest.mark.parametrize("text", [
    "Backing for the levy was 38% among farmers, compared with 52% among teachers.",
    "The levy was backed by 38% of men in 2021 and 44% of women in 2023.",
    "Ipsos put backing for the levy at 38% in 2021. YouGov put it at 44% in 2023.",
])
def test_no_comparison_across_groups_or_pollsters(text: str) -> None:
    assert pollstats.extract(text).comparisons == ()


def test_measures_in_two_sentences_compare_by_content_words() -> None:
    # an inflection or a shorter wording of the same measure is the same measure
    text = "Some 49% approve of the plan. In May, 46% approved."
    sents = Sentences.of(text)
    f = _fig(36, 46, measure="approved")
    t = _fig(5, 49, measure="approve of the plan")
    assert never_pairs(_pair(f, t), sents) is None
    assert never_pairs(_pair(f, _fig(5, 49, measure="oppose the plan")), sents) == "measure"


def test_an_official_result_pairs_with_a_poll_after_it() -> None:
    f, t = _fig(0, 52.1, source="Electoral Commission"), _fig(10, 48, source="Redbridge")
    assert never_pairs(_pair(f, t)) == "source"
    assert never_pairs(_pair(f, t), results=frozenset({(f.start, f.end)})) is None


@pytest.mark.parametrize(("text", "ends"), [
    ("The latest Resolve poll has the Coalition ahead. Labor's 47 per cent is well down on the "
     "52.1 per cent of the two-party vote it won at the May 2022 election, according to "
     "Australian Electoral Commission figures.", (52.1, 47.0)),
    ("A new Ipsos poll for the Irish Times was out on Friday. Sinn Féin's 22 per cent is up on "
     "the 19 per cent of first-preference votes it won at the 2024 general election, according "
     "to the Electoral Commission.", (19.0, 22.0)),
])
def test_a_poll_against_the_result_an_official_body_gives(
        text: str, ends: tuple[float, float]) -> None:
    assert [(c.from_.low, c.to.low) for c in pollstats.extract(text).comparisons] == [ends]


@pytest.mark.parametrize(("text", "ends"), [
    ("Labor leads 53 per cent to 47 per cent in the latest Newspoll.\n\nAt the last election "
     "Labor won 52.1 per cent of the two-party vote, according to the Australian Electoral "
     "Commission.\n\nSome 41 per cent are satisfied with the Prime Minister.", (52.1, 53.0)),
    ("The Liberals are on 42 per cent and the Conservatives on 38 per cent in the latest Leger "
     "poll. At the 2021 election the Liberals won 32.6 per cent and the Conservatives 33.7 per "
     "cent, according to Elections Canada.", (32.6, 42.0)),
])
def test_a_wave_of_parties_against_an_official_result(
        text: str, ends: tuple[float, float]) -> None:
    # an election result has no pollster: the two-pollster rejection does not apply to it
    assert ends in [(c.from_.low, c.to.low) for c in pollstats.extract(text).comparisons]
