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
