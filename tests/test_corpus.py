"""Scores on the development corpus in ../shared (skipped when it is not there)."""

from __future__ import annotations

import json

import pytest

import pollstats

from .conftest import SHARED


def test_stat_f1(corpus_totals: dict[str, float]) -> None:
    assert corpus_totals["stat_f1"] >= 0.95
    assert corpus_totals["kind_accuracy"] >= 0.95
    assert corpus_totals["qualifier_accuracy"] >= 0.90


@pytest.mark.parametrize("name", ["seed3", "seed4"])
def test_negative_controls_give_no_statistic(name: str) -> None:
    path = SHARED / "corpus" / f"{name}.txt"
    if not path.exists():
        pytest.skip("../shared is not beside this checkout")
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert gold["stats"] == []
    assert pollstats.extract(path.read_text(encoding="utf-8")).statistics == ()
