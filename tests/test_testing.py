"""pollstats.testing: the strategies are sound, pollstats passes them, and they catch bugs."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

import pollstats
from pollstats import testing as pt

UNIT_OF_KIND = {"share": {"percent"}, "change": {"percent", "percentage_point"},
                "ratio": {"ratio"}, "sample_size": {"count"},
                "margin_of_error": {"percentage_point"}}
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _key(s: object) -> tuple[object, ...]:
    return (s.start, s.end, s.kind, round(s.low, 3), round(s.high, 3), s.unit,  # type: ignore[attr-defined]
            s.qualifier)  # type: ignore[attr-defined]


@SETTINGS
@given(pt.statistic_phrases())
def test_phrases_are_well_formed(ph: pt.Phrase) -> None:
    assert 0 <= ph.start < ph.end <= len(ph.text)
    assert ph.figure == ph.text[ph.start : ph.end] == ph.figure.strip()
    assert ph.low <= ph.high and ph.unit in UNIT_OF_KIND[ph.kind]
    assert re.search(r"[0-9]|[a-z]", ph.figure)
    assert ph.expected(10).start == ph.start + 10 and ph.expected().text == ph.figure


@SETTINGS
@given(pt.statistic_phrases())
def test_pollstats_finds_every_phrase_with_its_qualifier(ph: pt.Phrase) -> None:
    assert [_key(s) for s in pollstats.extract(ph.text).statistics] == [_key(ph)]


@SETTINGS
@given(st.one_of(pt.range_phrases(), pt.qualified_phrases()))
def test_pollstats_reads_ranges_and_qualifiers(ph: pt.Phrase) -> None:
    (rec,) = pollstats.extract(ph.text).records()
    assert {k: rec[k] for k in ph.expected().record()} == ph.expected().record()


@SETTINGS
@given(pt.survey_sentences(distractors=True))
def test_survey_sentences_with_distractors(case: tuple[str, tuple[pt.Expected, ...]]) -> None:
    text, expected = case
    ends = [0] + [e.end for e in expected]
    for prev_end, e in zip(ends, expected, strict=False):
        assert prev_end <= e.start < e.end <= len(text)  # in order, not overlapping
        assert text[e.start : e.end] == e.text
    assert [_key(s) for s in pollstats.extract(text).statistics] == [_key(e) for e in expected]


@SETTINGS
@given(pt.non_statistics())
def test_non_statistics_have_numbers_but_no_statistic(sentence: str) -> None:
    assert re.search(r"[0-9]", sentence)
    assert pollstats.extract(sentence + ".").statistics == ()


@SETTINGS
@given(pt.percent_phrases(forms=["per_cent", "words_per_cent"]))
def test_percent_forms_can_be_chosen(ph: pt.Phrase) -> None:
    assert ph.figure.endswith(" per cent")


@SETTINGS
@given(pt.percent_phrases(forms=["words_percent"]))
def test_word_forms_round_decimals(ph: pt.Phrase) -> None:
    assert ph.low == int(ph.low) and pollstats.parse_percentage(ph.figure) == ph.low


@SETTINGS
@given(pt.statistic_phrases(kinds=["ratio", "margin_of_error"]))
def test_kinds_can_be_chosen(ph: pt.Phrase) -> None:
    assert ph.kind in ("ratio", "margin_of_error")


@SETTINGS
@given(pt.percentages(10, 20, places=2))
def test_percentages_bounds_and_places(v: float) -> None:
    assert 10 <= v <= 20 and round(v, 2) == v


def test_bad_arguments_raise() -> None:
    with pytest.raises(ValueError, match="forms must be among"):
        pt.percent_phrases(forms=["percentish"])
    with pytest.raises(ValueError, match="kinds must be among"):
        pt.statistic_phrases(kinds=["vibes"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="places"):
        pt.percentages(places=5)
    with pytest.raises(ValueError, match="0 to 100"):
        pt.number_words(101)


@pytest.mark.parametrize(("n", "words"), [(0, "zero"), (13, "thirteen"), (40, "forty"),
                                          (99, "ninety-nine"), (100, "one hundred")])
def test_number_words(n: int, words: str) -> None:
    assert pt.number_words(n) == words


def test_strategies_catch_a_parser_that_misses_a_form() -> None:
    """A regex parser that knows only ``%``: hypothesis finds the word forms it misses."""
    sign = re.compile(r"(\d+(?:\.\d+)?)\s?%")

    def misses(ph: pt.Phrase) -> bool:
        return [(m.start(), m.end()) for m in sign.finditer(ph.text)] != [(ph.start, ph.end)]

    found = find(pt.percent_phrases(), misses, settings=settings(database=None))
    assert "%" not in found.figure


def test_strategies_catch_a_wrong_value() -> None:
    """A parser that reads one in N as N percent is caught by fraction_phrases."""

    def naive(text: str) -> float | None:
        m = re.search(r"\b(\d+) (?:in|out of) (\d+)\b", text)
        return float(m[2]) if m else None

    found = find(pt.fraction_phrases(), lambda ph: naive(ph.text) not in (None, ph.low),
                 settings=settings(database=None))
    assert naive(found.text) != found.low


def test_import_pollstats_does_not_import_the_strategies() -> None:
    import subprocess
    import sys

    code = "import sys, pollstats; print('pollstats.testing' in sys.modules, 'hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    assert out.split() == ["False", "False"]


def test_a_quarter_of_people_does_not_hide_a_point_change() -> None:
    # found by survey_sentences: the sports cue "quarter" also matched the share "a quarter of"
    text = "We found a quarter of adults agreed. Support was up 5 points overall."
    assert [s.text for s in pollstats.extract(text).statistics] == ["a quarter", "5 points"]


def test_import_without_hypothesis_names_the_extra() -> None:
    import subprocess
    import sys

    code = ("import sys\nsys.modules['hypothesis'] = None\n"
            "try:\n    import pollstats.testing\nexcept ImportError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    assert "pip install 'pollstats-extract[testing]'" in out
