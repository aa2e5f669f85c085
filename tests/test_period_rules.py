"""The generic test of ``pollstats.passage.PERIOD_RULES``: in every example and near miss of a
row, the figure takes the period the row states (a failure names the row). The sentences are
written for these tests, in several national styles."""
from __future__ import annotations

import pytest

import pollstats
from pollstats.passage import PERIOD_RULES, PeriodRule

Case = tuple[str, "str | None", str, "str | None"]
CASES = [(r, c, kind) for r in PERIOD_RULES
         for kind, rows in (("example", r.examples), ("near miss", r.near_misses))
         for c in rows]


def _period_of(text: str, published: str | None, figure: str) -> str | None:
    records = [r for r in pollstats.extract(text, published=published).records()
               if r["type"] == "statistic" and r["text"] == figure]
    assert records, f"no statistic {figure!r}"
    period: str | None = records[0]["period"]
    return period


@pytest.mark.parametrize(("rule", "case", "kind"), CASES,
                         ids=[f"{r.name}:{k}:{c[0][:30]}" for r, c, k in CASES])
def test_figure_takes_the_rows_period(rule: PeriodRule, case: Case, kind: str) -> None:
    text, published, figure, period = case
    assert _period_of(text, published, figure) == period, (rule.name, kind)


def test_rows_are_named_once_and_each_has_examples_and_near_misses() -> None:
    names = [r.name for r in PERIOD_RULES]
    assert len(names) == len(set(names))
    assert all(r.examples and r.near_misses for r in PERIOD_RULES)
    assert all(callable(r.decides) for r in PERIOD_RULES)
