"""Property tests: phrases from pollstats.testing are found exactly; extract never raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from invariants import check_all

import pollstats
from pollstats.testing import Phrase, filler, number_words, statistic_phrases, survey_sentences

# Hypothesis profiles ("ci", "long"; HYPOTHESIS_PROFILE selects) are set in conftest.py.


def _key(s: object) -> tuple[object, ...]:
    return (s.start, s.end, s.kind, round(s.low, 3), round(s.high, 3), s.unit)  # type: ignore[attr-defined]


@given(statistic_phrases())
def test_phrase_is_found_alone(phrase: Phrase) -> None:
    stats = pollstats.extract(phrase.text).statistics
    assert [_key(s) for s in stats] == [
        (phrase.start, phrase.end, phrase.kind, round(phrase.low, 3), round(phrase.high, 3),
         phrase.unit)
    ]


@given(survey_sentences())
def test_phrases_found_in_filler(case: tuple[str, tuple[object, ...]]) -> None:
    text, expected = case
    check_all(text)
    got = [_key(s) for s in pollstats.extract(text).statistics]
    assert got == [_key(e) for e in expected]


@given(st.text(max_size=300))
def test_extract_never_raises_and_spans_hold(text: str) -> None:
    for r in check_all(text):  # spans, spelled values, determinism, prefix (tests/invariants.py)
        assert 0 <= r["start"] < r["end"] <= len(text)


@given(st.text(alphabet=st.sampled_from(list("0123456789%.,-–/ perctnofin")), max_size=200))
def test_number_soup_never_raises(text: str) -> None:
    check_all(text)


@given(st.text(max_size=200))
def test_same_input_same_output(text: str) -> None:
    assert pollstats.extract(text).records() == pollstats.extract(text).records()


@given(filler(40), statistic_phrases())
def test_prefix_only_shifts_spans(prefix: str, phrase: Phrase) -> None:
    base = pollstats.extract(phrase.text).records()
    shifted = pollstats.extract(prefix + ". " + phrase.text).records()
    k = len(prefix) + 2
    assert [(r["start"] + k, r["end"] + k, r["low"]) for r in base] == [
        (r["start"], r["end"], r["low"]) for r in shifted
    ]


@given(st.integers(0, 100))
def test_number_words_round_trip(n: int) -> None:
    assert pollstats.parse_number(number_words(n)) == n
    assert pollstats.parse_percentage(number_words(n) + " percent") == n


@given(st.integers(0, 10**12))
def test_digits_round_trip(n: int) -> None:
    assert pollstats.parse_number(f"{n:,}") == n
    assert pollstats.parse_number(str(n)) == n


@pytest.mark.parametrize("filler_text", ["", "the city council said on Tuesday"])
def test_filler_has_no_statistics(filler_text: str) -> None:
    assert pollstats.extract(filler_text).statistics == ()
