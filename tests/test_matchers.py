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
