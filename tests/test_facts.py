"""The generic tests of the fact registries: every row of ``pollstats.facts.FACT_RULES`` decides
its fact in its example texts and finds nothing in its near misses (a failure names the row),
and the precomputed ``decider`` of each fact agrees with ``deciding``, the plain definition;
every row of ``BIND_RULES`` binds its example date to its figure and nothing in its near
misses."""
from __future__ import annotations

import pytest

import pollstats
from pollstats.document import Document, Slices
from pollstats.facts import (
    BIND_RULES,
    FACT_RULES,
    BindRule,
    FactRule,
    binding,
    decider,
    deciding,
    paragraph_facts,
    sentence_facts,
)

EXAMPLES = [(r, e) for r in FACT_RULES for e in r.examples]
NEAR_MISSES = [(r, n) for r in FACT_RULES for n in r.near_misses]


def _stretches(rule: FactRule, text: str) -> list[tuple[int, int]]:
    """Where the row is asked: the whole text, or each figure's or date's span."""
    if rule.scope in ("paragraph", "sentence"):
        return [(0, len(text))]
    statistics = pollstats.extract(text).statistics
    if rule.scope == "figure":
        return [(st.start, st.end) for st in statistics]
    return [(d.start, d.end) for d in Document.read(text, statistics).dates]


@pytest.mark.parametrize(("rule", "text"), EXAMPLES,
                         ids=[f"{r.name}:{e[:40]}" for r, e in EXAMPLES])
def test_rule_decides_its_fact_in_its_examples(rule: FactRule, text: str) -> None:
    stretches = _stretches(rule, text)
    assert stretches, f"{rule.name}: no {rule.scope} in the example"
    won = [(s, e) for s, e in stretches if deciding(rule.fact, text, s, e) is rule]
    assert won, rule.name
    for s, e in won:  # the precomputed decision agrees
        assert (decider(rule.fact)(text, s, e) is not None) == rule.says, rule.name


@pytest.mark.parametrize(("rule", "text"), NEAR_MISSES,
                         ids=[f"{r.name}:{n[:40]}" for r, n in NEAR_MISSES])
def test_rule_finds_nothing_in_its_near_misses(rule: FactRule, text: str) -> None:
    assert all(rule.find(text, s, e) is None for s, e in _stretches(rule, text)), rule.name


@pytest.mark.parametrize(("rule", "text"), EXAMPLES + NEAR_MISSES,
                         ids=[f"{r.name}:{t[:40]}" for r, t in EXAMPLES + NEAR_MISSES])
def test_decider_agrees_with_deciding(rule: FactRule, text: str) -> None:
    for s, e in _stretches(rule, text):
        first = deciding(rule.fact, text, s, e)
        assert (decider(rule.fact)(text, s, e) is not None) == (
            first is not None and first.says), rule.fact


def test_every_rule_has_examples_near_misses_and_a_unique_name() -> None:
    names = [r.name for r in FACT_RULES]
    assert len(set(names)) == len(names)
    assert all(r.examples and r.near_misses for r in FACT_RULES)
    facts = {r.fact for r in FACT_RULES}
    assert all(any(r.says for r in FACT_RULES if r.fact == f) for f in facts)


def test_a_row_that_says_false_outranks_a_later_row_that_says_true() -> None:
    text = "Inflation is at 3.1%, and 58% of voters think it will rise."
    rule = deciding("off_survey", text, 0, len(text))
    assert rule is not None and rule.name == "survey_talk" and not rule.says
    assert decider("off_survey")(text, 0, len(text)) is None
    plain = "Inflation is at 3.1%."
    assert decider("off_survey")(plain, 0, len(plain)) is not None


def test_an_unknown_fact_has_no_decider() -> None:
    with pytest.raises(KeyError):
        decider("no_such_fact")


# -- BIND_RULES: a date written as one figure's own --------------------------------------------

BIND_EXAMPLES = [(r, e) for r in BIND_RULES for e in r.examples]
BIND_NEAR_MISSES = [(r, n) for r in BIND_RULES for n in r.near_misses]


def _figures(text: str) -> tuple[Document, list[tuple[int, Slices]]]:
    """The document of ``text`` and each figure's index with its sentence's slices."""
    doc = Document.read(text, pollstats.extract(text).statistics)
    return doc, [(i, sl) for sl in doc.sentence_slices for i in sl.stats]


@pytest.mark.parametrize(("rule", "example"), BIND_EXAMPLES,
                         ids=[f"{r.name}:{e[0][:40]}" for r, e in BIND_EXAMPLES])
def test_bind_rule_binds_its_examples(rule: BindRule, example: tuple[str, str, str]) -> None:
    text, figure, date = example
    doc, figures = _figures(text)
    (i, sl), = [(i, sl) for i, sl in figures if doc.statistics[i].text == figure]
    assert binding(doc, sl, doc.statistics[i]) is rule, rule.name
    # and the sentence's facts carry it
    k = next(k for k, s in enumerate(doc.sentence_slices) if s is sl)
    facts = sentence_facts(doc, k, paragraph_facts(doc, doc.sentences[k].paragraph))
    assert facts is not None
    bound = {g.index: g.bound for g in facts.figures}[i]
    assert bound is not None and bound.text == date, rule.name


@pytest.mark.parametrize(("rule", "text"), BIND_NEAR_MISSES,
                         ids=[f"{r.name}:{n[:40]}" for r, n in BIND_NEAR_MISSES])
def test_bind_rule_binds_nothing_in_its_near_misses(rule: BindRule, text: str) -> None:
    doc, figures = _figures(text)
    assert figures, rule.name
    assert all(rule.bind(doc, sl, doc.statistics[i]) is None for i, sl in figures), rule.name


def test_every_bind_rule_has_examples_near_misses_and_a_unique_name() -> None:
    names = [r.name for r in BIND_RULES]
    assert len(set(names)) == len(names)
    assert all(r.examples and r.near_misses for r in BIND_RULES)


def test_no_date_binds_to_a_sample_nor_a_change_from_it() -> None:
    text = ("The firm surveyed 2,301 adults in June 2024; support rose 3 points from June 2024 "
            "and trust fell 2 points in May 2025.")
    doc, figures = _figures(text)
    kinds = [doc.statistics[i].kind for i, _ in figures]
    assert kinds == ["sample_size", "change", "change"]
    bound = [binding(doc, sl, doc.statistics[i]) for i, sl in figures]
    assert bound[0] is None and bound[1] is None  # the survey's date; a change's base
    assert bound[2] is not None and bound[2].name == "date_after"  # measured "in" May 2025


def _periods(text: str, published: str) -> dict[str, str | None]:
    return {r["text"]: r["period"] for r in pollstats.extract(text, published=published).records()
            if r["type"] == "statistic"}


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("The unemployment rate held at 5.2 per cent in the quarter, according to the Labour Force "
     "Survey conducted by Statistics Nova in March 2025.\n\nThe youth unemployment rate rose "
     "to 11.8 per cent.", "2025-04-20", "11.8 per cent", "2025-03"),
    ("Inflation expectations eased to 3.4%, according to a Westpac-Melbourne Institute survey "
     "of 1,200 households conducted in May 2024.\n\nExpected inflation among renters was "
     "4.1%.", "2024-06-30", "4.1%", "2024-05"),
    ("The jobless rate was 7.9 per cent in 2023-24, the Periodic Household Survey run by the "
     "statistics office found.\n\nIn rural areas the jobless rate was 6.1 per cent.",
     "2024-09-23", "6.1 per cent", "2023/2024"),
])
def test_a_survey_s_own_measure_continues_its_passage(text: str, published: str, figure: str,
                                                      period: str) -> None:
    assert _periods(text, published)[figure] == period


def _last_paragraph_off(text: str) -> bool:
    doc = Document.read(text, pollstats.extract(text).statistics)
    return paragraph_facts(doc, len(doc.paragraphs) - 1).off_survey


@pytest.mark.parametrize("text", [
    "The unemployment rate held at 5.2 per cent, the Labour Force Survey found.\n\nThe youth "
    "unemployment rate rose to 11.8 per cent.",
    "Inflation expectations eased to 3.4%, according to a Westpac survey of households.\n\n"
    "Expected inflation among renters was 4.1%.",
    "In the CSO's household survey, the jobless rate was 4.4%.\n\nIn Munster, the jobless rate "
    "was 5.0%.",
])
def test_a_survey_s_own_measure_is_not_off_the_survey(text: str) -> None:
    assert not _last_paragraph_off(text)


@pytest.mark.parametrize("text", [
    # the poll measured votes, not inflation: the official figure is no finding of it
    "Labour is on 38 per cent in a YouGov poll.\n\nInflation eased to 2.4 per cent.",
    "Support for the levy is 44%, an Ipsos survey found.\n\nMortgage rates hit 6.5%.",
    # the word was spoken of, but not in a paragraph of a survey's figures
    "Inflation is a worry, economists say.\n\nSome 44% back the plan, an Ipsos poll "
    "found.\n\nInflation eased to 2.4%.",
])
def test_other_figures_still_break_off_the_passage(text: str) -> None:
    assert _last_paragraph_off(text)
