"""The youngest or oldest group resolves to the age band the paragraph names before it."""

from __future__ import annotations

import pytest

import pollstats
from pollstats.group_extremes import EXTREME_EXAMPLES, EXTREME_NEAR_MISSES, resolve_extreme
from pollstats.group_view import span_cue


@pytest.mark.parametrize(("text", "phrase", "band"), EXTREME_EXAMPLES)
def test_the_extreme_group_is_its_band(text: str, phrase: str, band: str) -> None:
    at = text.index(phrase)
    cue = resolve_extreme(text, span_cue(text, at, at + len(phrase)))
    assert cue.value == band
    assert text[cue.start:cue.end] == cue.text


@pytest.mark.parametrize(("text", "phrase"), EXTREME_NEAR_MISSES)
def test_no_band_leaves_the_phrase(text: str, phrase: str) -> None:
    at = text.index(phrase)
    cue = span_cue(text, at, at + len(phrase))
    assert resolve_extreme(text, cue) == cue


def test_a_figure_of_the_youngest_group_takes_the_band() -> None:
    text = ("The poll of 1,000 adults found support at 51 per cent among those aged 50 to 64 "
            "and 34 per cent among those aged 18 to 29. In the youngest group, opposition "
            "reached 45 per cent.")
    st = next(s for s in pollstats.extract(text).statistics if s.text == "45 per cent")
    assert st.subgroup is not None and st.subgroup.value == "aged 18 to 29"
