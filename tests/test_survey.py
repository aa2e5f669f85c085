"""The survey flag: poll figures apart from other percentages (inflation, an index, sales),
on mixed economic and poll stories (#15 item 8)."""

from __future__ import annotations

import pytest

import pollstats
from pollstats import survey
from pollstats.survey import RULES, decide, facts

FIGURES = ("share", "change", "ratio")


def _decided(sentence: str) -> list[tuple[str, str]]:
    ex = pollstats.extract(sentence)
    stats = [st for st in ex.statistics]
    return [(st.text, decide(f).name) for st, f in zip(stats, facts(sentence, stats), strict=True)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_decides_its_examples_and_not_its_near_misses(rule: survey.SurveyRule) -> None:
    for sentence in rule.examples:
        decided = _decided(sentence)
        assert decided, sentence
        if rule.name != "survey_design":
            decided = [(t, n) for t, n in decided
                       if next(st for st in pollstats.extract(sentence).statistics
                               if st.text == t).kind in FIGURES]
        assert decided and all(n == rule.name for _, n in decided), (sentence, decided)
    for sentence in rule.near_misses:
        decided = _decided(sentence)
        assert decided, sentence
        assert all(n != rule.name for _, n in decided), (sentence, decided)


def test_rules_are_ordered_and_end_with_a_default() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert RULES[-1].applies(survey.Facts(kind="share"))


STORY_ECONOMY_AND_POLL = """\
Consumer prices rose 3.4% in the year to March, the statistics office said, and the central \
bank held its base rate at 5.25%.

A YouGov poll of 2,100 adults, taken the same week, found 62% think the cost of living is the \
country's biggest problem, up 8 points since January. Only 21% approve of the government's \
handling of the economy.

Retail sales fell 1.2% in March. Among those over 65, 71% said they had cut back on heating.
"""

STORY_SCORES = """\
The school's average score rose 4% this year and turnout at parent evenings was 80%.
In a survey of parents, 55% said homework loads are about right; 30% want less.
"""


@pytest.mark.parametrize(("text", "expected"), [
    (STORY_ECONOMY_AND_POLL, {"3.4%": False, "5.25%": False, "2,100 adults": True, "62%": True,
                              "8 points": True, "21%": True, "1.2%": False, "71%": True}),
    (STORY_SCORES, {"4%": False, "80%": False, "55%": True, "30%": True}),
])
def test_mixed_stories(text: str, expected: dict[str, bool]) -> None:
    got = {r["text"]: r["survey"] for r in pollstats.extract(text).records()
           if r["type"] == "statistic"}
    assert got == expected


def test_every_statistic_record_has_a_bool_flag_and_keep_only_polls() -> None:
    recs = pollstats.extract(STORY_ECONOMY_AND_POLL).records()
    stats = [r for r in recs if r["type"] == "statistic"]
    assert all(isinstance(r["survey"], bool) for r in stats)
    polls = [r["text"] for r in stats if r["survey"]]
    assert "62%" in polls and "3.4%" not in polls


def test_survey_column_in_exports() -> None:
    pd = pytest.importorskip("pandas")
    frame = pollstats.extract(STORY_SCORES).to_dataframe()
    assert str(frame["survey"].dtype) == "boolean"
    assert frame.columns.get_loc("survey") == frame.columns.get_loc("qualifier") + 1
    del pd
