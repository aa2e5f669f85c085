"""The generic test of the matcher registry: every rule of ``pollstats.matchers.RULES`` reads
its example sentences and nothing in its near misses (a failure names the rule)."""
from __future__ import annotations

import pytest

import pollstats
from pollstats.matchers import RULES, Example, MatchRule

EXAMPLES = [(r, e) for r in RULES for e in r.examples]
NEAR_MISSES = [(r, n) for r in RULES for n in r.near_misses]


def _read(sentence: str, rule: str) -> list[tuple[str, str, float, float]]:
    return [(s.text, s.kind, s.low, s.high) for s in pollstats.extract(sentence).statistics
            if s.rule == rule]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES,
                         ids=[f"{r.name}:{e[0][:40]}" for r, e in EXAMPLES])
def test_rule_reads_its_examples(rule: MatchRule, example: Example) -> None:
    sentence, text, kind, low, high = example
    assert (text, kind, low, high) in _read(sentence, rule.name), rule.name


@pytest.mark.parametrize(("rule", "sentence"), NEAR_MISSES,
                         ids=[f"{r.name}:{n[:40]}" for r, n in NEAR_MISSES])
def test_rule_reads_nothing_in_its_near_misses(rule: MatchRule, sentence: str) -> None:
    assert _read(sentence, rule.name) == [], rule.name


def test_every_rule_has_examples_and_a_unique_name() -> None:
    names = [r.name for r in RULES]
    assert len(set(names)) == len(names)
    assert all(r.examples for r in RULES)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Approval is 80.6 percent among those aged 26 to 40 and 83.9 percent among the over-55s.",
     [("80.6 percent", 80.6), ("83.9 percent", 83.9)]),
    ("Some 68% of those aged 50 to 64 and 72% of the over-65s agree.",
     [("68%", 68.0), ("72%", 72.0)]),
    ("Trust is 31 per cent between the ages of 18 and 24 and 40 per cent above that.",
     [("31 per cent", 31.0), ("40 per cent", 40.0)]),
])
def test_the_end_of_an_age_band_is_no_share(sentence: str,
                                             expected: list[tuple[str, float]]) -> None:
    got = [(s.text, s.low) for s in pollstats.extract(sentence).statistics]
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In the Politbarometer the Union is still a point ahead of the AfD.", 1.0),
    ("In the Leger poll the Bloc sits a point behind the Liberals in Quebec.", -1.0),
    ("Newspoll has Labor a point clear on primaries for the first time this year.", 1.0),
    ("A 48 to 44 percent split in the Marist poll, a four-point edge that was a single point "
     "in December.", 1.0),
    ("In the Ipsos poll Fianna Fáil's lead over Sinn Féin, a point in May, has widened.", None),
    ("The BJP's margin in the CSDS survey had been a full point in the spring.", 1.0),
    ("The gap in the Abacus poll narrowed from a full point to nothing.", 1.0),
    # the size of a gap or an error after "by"
    ("The final Red C poll missed the Fine Gael share by barely a point.", 1.0),
    ("Newspoll was off by just a point on Labor's primary vote.", 1.0),
    ("In the Datafolha survey Lula beat the forecast by a point.", 1.0),
])
def test_a_point_as_a_lead(sentence: str, expected: float | None) -> None:
    got = [s.low for s in pollstats.extract(sentence).statistics if s.rule == "a_point"]
    assert got == ([] if expected is None else [expected])


@pytest.mark.parametrize("sentence", [
    "The Lakers were a point ahead at half-time.",
    "Arsenal are a point clear at the top of the league table.",
    "The lead in the poll was a point of contention among staff.",
    "She raised a point of order about the survey.",
    "The Bulls led by a point ahead of the final quarter.",
    "The motion on the survey was carried by a point of order.",
    "The Proteas won by a point in the final over.",
])
def test_a_point_near_misses(sentence: str) -> None:
    assert [s for s in pollstats.extract(sentence).statistics if s.rule == "a_point"] == []


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The mayor leads 51-38 percent, up from a 46-40 percent edge in June.", "share"),
    ("Labour's 44-31 per cent lead is its widest this year.", "share"),
    ("Ramaphosa's 55-35 per cent advantage held among urban voters.", "share"),
    # a range, written low-high, before a change noun stays a change
    ("Analysts expect a 5-7 percent gain in wages.", "change"),
    ("Economists see a 2-3 per cent rise in rents.", "change"),
])
def test_a_split_named_as_a_lead_is_its_shares(sentence: str, kind: str) -> None:
    first = pollstats.extract(sentence).statistics[0]
    assert first.kind == kind, (sentence, first)
