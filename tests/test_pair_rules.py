"""The pairing registry: every rule of ``PAIR_RULES`` pairs its example sentences and none of
its near misses (a failure names the rule), and rules only read."""

from __future__ import annotations

import copy
from collections.abc import Callable

import attrs
import pytest

import pollstats
from pollstats._context import Sentences
from pollstats._data import words
from pollstats.pair_view import Candidate, PairRule, PairView, Scope
from pollstats.pairing import PAIR_RULES
from pollstats.resolver import Ledger, resolve

EXAMPLES = [
    pytest.param(rule, text, pair, id=f"{rule.name}-{n}")
    for rule in PAIR_RULES
    for n, (text, pair) in enumerate(rule.examples)
]
NEAR_MISSES = [
    pytest.param(rule, text, id=f"{rule.name}-{n}")
    for rule in PAIR_RULES
    for n, text in enumerate(rule.near_misses)
]


def made_by(rule: PairRule, text: str) -> list[tuple[float, float]]:
    """The (from, to) values of the comparisons ``rule`` made in ``text``."""
    return [
        (round(c.from_.value, 3), round(c.to.value, 3))
        for c in pollstats.extract(text).comparisons
        if c.rule == rule.name
    ]


@pytest.mark.parametrize(("rule", "text", "pair"), EXAMPLES)
def test_rule_pairs_its_examples(rule: PairRule, text: str, pair: tuple[float, float]) -> None:
    made = made_by(rule, text)
    assert (float(pair[0]), float(pair[1])) in made, (
        f"rule {rule.name!r} did not pair {pair} in {text!r} (it made {made})"
    )


@pytest.mark.parametrize(("rule", "text"), NEAR_MISSES)
def test_rule_leaves_its_near_misses(rule: PairRule, text: str) -> None:
    assert pollstats.extract(text).statistics, f"near miss of {rule.name!r} has no figure"
    made = made_by(rule, text)
    assert made == [], f"rule {rule.name!r} paired {made} in its near miss {text!r}"


def test_every_rule_is_named_once_and_carries_examples_and_near_misses() -> None:
    names = [rule.name for rule in PAIR_RULES]
    assert len(names) == len(set(names))
    for rule in PAIR_RULES:
        assert rule.examples and rule.near_misses, rule.name
        assert rule.propose.__doc__, rule.name


def test_rules_of_one_scope_are_consecutive() -> None:
    # the resolver sweeps runs of one scope: a scope split in two would be two sweeps
    scopes = [rule.scope for rule in PAIR_RULES]
    runs = [s for k, s in enumerate(scopes) if k == 0 or scopes[k - 1] != s]
    assert len(runs) == len(set(runs)), scopes


@pytest.mark.parametrize("rule", PAIR_RULES, ids=lambda r: r.name)
def test_rules_only_read(rule: PairRule) -> None:
    # after a whole resolution, asking the rule again at every place proposes the same and
    # leaves the decided state as it was
    for text, _ in rule.examples:
        stats = sorted(pollstats.extract(text).statistics, key=lambda st: (st.start, st.end))
        found = resolve(text, Sentences.of(text), stats)
        view, ledger = found.view, found.view.decided
        assert isinstance(ledger, Ledger)
        before = copy.deepcopy(attrs.asdict(ledger, recurse=False))
        for i in view.indices(rule.scope):
            assert rule.propose(view, i) == rule.propose(view, i), (rule.name, i)
        assert attrs.asdict(ledger, recurse=False) == before, rule.name


# -- the resolver's policy, with rules made for the test ------------------------------------

POLICY_TEXT = "Some 45% agreed in 2019. Then 40% agreed in 2021, and 30% agreed in 2023."


def _resolve_with(*rules: PairRule) -> list[tuple[str, float, float]]:
    stats = sorted(pollstats.extract(POLICY_TEXT).statistics, key=lambda st: st.start)
    found = resolve(POLICY_TEXT, Sentences.of(POLICY_TEXT), stats, rules)
    return [(p.rule, p.f.value, p.t.value) for p in found.pairs]


def _rule(name: str, propose: Callable[[PairView, int], Candidate | None],
          scope: Scope = "neighbours") -> PairRule:
    return PairRule(name, scope, propose, examples=(), near_misses=())


def _always(view: PairView, i: int) -> Candidate | None:
    return view.one(view.pair(i, i + 1, "chain"))


def _first_figure_twice(view: PairView, i: int) -> Candidate | None:
    return view.one(view.pair(0, i + 1, "chain"))  # figure 0 as the earlier end each time


def test_the_first_proposal_wins_even_when_turned_away() -> None:
    # at i = 1 the first rule proposes 45% -> 30% again: turned away (45% is already an
    # earlier end), and the second rule is not asked there
    got = _resolve_with(_rule("first", _first_figure_twice), _rule("second", _always))
    assert got == [("first", 45, 40)]
    assert _resolve_with(_rule("second", _always)) == [("second", 45, 40), ("second", 40, 30)]


def test_a_candidate_closes_neighbour_pairs_for_later_sweeps() -> None:
    def close_first(view: PairView, i: int) -> Candidate | None:
        return Candidate((), closes=(0,)) if i == 0 else None

    got = _resolve_with(_rule("closer", close_first, "figure"), _rule("pairs", _always))
    assert got == [("pairs", 40, 30)]


def test_sweeps_follow_the_registry_order() -> None:
    def later_sweep(view: PairView, s: int) -> Candidate | None:
        return view.one(view.pair(0, 1, "parallel")) if s == 0 else None

    # the sentence sweep comes first: it takes 45% -> 40%, the neighbour sweep the rest
    got = _resolve_with(_rule("sentences", later_sweep, "sentence"), _rule("pairs", _always))
    assert got == [("sentences", 45, 40), ("pairs", 40, 30)]
    got = _resolve_with(_rule("pairs", _always), _rule("sentences", later_sweep, "sentence"))
    assert got == [("pairs", 45, 40), ("pairs", 40, 30)]


def made_by_name(name: str, text: str) -> list[tuple[float, float]]:
    return [(c.from_.value, c.to.value) for c in pollstats.extract(text).comparisons
            if c.rule == name]


@pytest.mark.parametrize("word", words("comparison.txt", "steady_word"))
def test_every_steady_word(word: str) -> None:
    assert made_by_name("unchanged", f"Trust in the courts was {word} at 41%.") == [(41, 41)]
    assert made_by_name("unchanged", f"Some 41% trust the courts, {word} since 2022.") == [
        (41, 41)]


@pytest.mark.parametrize("word", words("comparison.txt", "between_groups_word"))
def test_every_between_groups_word(word: str) -> None:
    # each of these is a change word too: without the entry, the bracket would pair
    assert made_by_name("bracket_pair", f"On the {word} among women (49% to 46%), it is safe.") == []
    assert made_by_name("bracket_pair", "On the fall among women (49% to 46%), it is safe.") == [
        (49, 46)]


def test_an_unchanged_figure_is_a_derived_comparison_with_a_zero_change() -> None:
    ex = pollstats.extract("Some 41% trust the courts, unchanged from May 2023.")
    (c,) = ex.comparisons
    assert c.derived and c.form == "derived" and c.rule == "unchanged"
    assert c.stated is not None and (c.stated.text, c.stated.value) == ("unchanged", 0)
    assert (c.from_.value, c.to.value, c.change_points, str(c.from_period)) == (41, 41, 0,
                                                                            "2023-05")
    assert [r["type"] for r in ex.records()] == ["statistic", "comparison"]  # derived: true


def test_figures_about_different_groups_are_never_paired() -> None:
    # the same words wherever the group stands; a synonym of one group is the same group
    split = "Among renters, 41% agree; among homeowners, 52% agree, up from 40% last year."
    comps = pollstats.extract(split).comparisons
    assert all(c.from_.group is not None and c.to.group is not None
               and c.from_.group.key == c.to.group.key for c in comps)
    assert (41, 52) not in [(c.from_.value, c.to.value) for c in comps]


@pytest.mark.parametrize("when", [
    "when 45% approved and 47% of renters disapproved",  # another group
    "when 45% disapproved and 47% approved",  # the options the other way round
    "when 45% approved and 47% were unsure",  # an option the later sentence does not name
])
def test_a_second_when_figure_pairs_only_its_own_option(when: str) -> None:
    text = f"Some 41% of voters approve of the mayor and 52% disapprove. That is a slide from March, {when}."
    assert (47, 52) not in made_by_name("when_baseline", text)


def test_a_second_back_reference_baseline_needs_its_own_cue_and_no_group() -> None:
    first = "Satisfaction with the Taoiseach is 38 per cent. That is down from 41 per cent in May"
    assert (52, 38) in made_by_name("back_reference", first + " and well below the 52 per cent recorded in 2020.")
    for rest in [", and 52 per cent of farmers disapprove.",
                 " and well below the 52 per cent of farmers recorded in 2020."]:
        made = made_by_name("back_reference", first + rest)
        assert (41, 38) in made and (52, 38) not in made
