"""Group rules (pollstats.groups.GROUP_RULES): every rule's own examples and near misses, in
one generic test whose failure names the rule."""

from __future__ import annotations

import pytest

import pollstats
from pollstats._data import words
from pollstats.groups import (
    GROUP_RULES,
    GroupRule,
    GroupView,
    _place_after,
    _place_opening,
    decide,
)
from pollstats.groupwords import classify, is_population
from pollstats.model import Cue, Statistic


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
    assert all(rule.examples and rule.near_misses for rule in GROUP_RULES)


# -- every entry of the group sections of data/lexicon.txt (read by pollstats/groupwords.py and
# pollstats/groups.py) does what its section says ---------------------------------------------

_LEX = "lexicon.txt"


@pytest.mark.parametrize("noun", words(_LEX, "population_nouns"))
def test_each_population_noun_is_the_whole_sample(noun: str) -> None:
    assert is_population(noun)


@pytest.mark.parametrize("word", words(_LEX, "population_modifiers"))
def test_each_population_modifier_keeps_the_whole_sample(word: str) -> None:
    assert is_population(f"{word} voters")
    assert not is_population(f"{word} voters under 30")


@pytest.mark.parametrize("word", words(_LEX, "generic_group_words"))
def test_each_generic_word_names_no_subgroup(word: str) -> None:
    assert classify(Cue(word, 0, len(word), word))[0] is None
    assert classify(Cue(f"{word} cyclists", 0, 0, ""))[0] is not None


@pytest.mark.parametrize("demonym", [d for d in words(_LEX, "demonyms") if " " not in d])
def test_each_demonym_is_a_population(demonym: str) -> None:
    # (two-word demonyms such as "New Zealanders" serve attribution's population reader)
    assert is_population(demonym)
    assert is_population(f"{demonym} surveyed")


@pytest.mark.parametrize("country", words(_LEX, "countries"))
def test_each_country_is_no_breakdown_place(country: str) -> None:
    opening = f"In {country}, the poll found 29% opposed."
    after = f"The poll found 29% in {country} opposed."
    assert _place_opening(_view(opening, "29%")) is None
    assert _place_after(_view(after, "29%")) is None


@pytest.mark.parametrize("word", words(_LEX, "not_place"))
def test_each_not_place_word_stops_a_place(word: str) -> None:
    sentence = f"In {word.capitalize()} Valley, the poll found 29% opposed."
    assert _place_opening(_view(sentence, "29%")) is None
    assert _place_opening(_view("In Kaya Valley, the poll found 29% opposed.", "29%")) is not None


@pytest.mark.parametrize("head", words(_LEX, "group_heads"))
def test_each_group_head_makes_a_bracketed_phrase_a_group(head: str) -> None:
    sentence = f"Support was highest among some {head} (44%)."
    cues = decide(_view(sentence, "44%"))
    assert cues.measure is None or cues.measure.value != f"some {head}"
    assert (cues.subgroup or cues.population) is not None
