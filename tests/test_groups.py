"""Group rules (pollstats.groups.GROUP_RULES): every rule's own examples and near misses, in
one generic test whose failure names the rule."""

from __future__ import annotations

import pytest

import pollstats
from pollstats.groups import GROUP_RULES, GroupRule, GroupView, decide
from pollstats.model import Statistic


def _figure(sentence: str, figure: str) -> Statistic:
    found = [st for st in pollstats.extract(sentence).statistics if st.text == figure]
    assert found, f"no statistic {figure!r} in {sentence!r}"
    return found[0]


def _view(sentence: str, figure: str) -> GroupView:
    return GroupView(sentence, 0, len(sentence), _figure(sentence, figure), survey=True)


EXAMPLES = [(rule, ex) for rule in GROUP_RULES for ex in rule.examples]
NEAR_MISSES = [(rule, nm) for rule in GROUP_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES,
    ids=[f"{rule.name}-{n}" for n, (rule, _) in enumerate(EXAMPLES)],
)
def test_rule_reads_its_examples(rule: GroupRule, example: tuple[str, str, str]) -> None:
    sentence, figure, group = example
    view = _view(sentence, figure)
    proposal = rule.propose(view)
    assert proposal is not None and proposal.subgroup is not None, (
        f"{rule.name} reads no subgroup in {sentence!r}")
    assert proposal.subgroup.value == group, rule.name
    assert sentence[proposal.subgroup.start:proposal.subgroup.end] == proposal.subgroup.text
    decided = decide(view).subgroup
    assert decided is not None and decided.value == group, (
        f"{rule.name}: an earlier rule wins in {sentence!r}")


@pytest.mark.parametrize(
    ("rule", "near_miss"), NEAR_MISSES,
    ids=[f"{rule.name}-{n}" for n, (rule, _) in enumerate(NEAR_MISSES)],
)
def test_rule_passes_over_its_near_misses(rule: GroupRule, near_miss: tuple[str, str]) -> None:
    sentence, figure = near_miss
    proposal = rule.propose(_view(sentence, figure))
    assert proposal is None or proposal.subgroup is None, (
        f"{rule.name} reads {proposal.subgroup.value!r} in {sentence!r}")


def test_every_rule_has_examples_and_a_unique_name() -> None:
    names = [rule.name for rule in GROUP_RULES]
    assert len(set(names)) == len(names)
    assert all(rule.examples for rule in GROUP_RULES)
