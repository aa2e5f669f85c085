"""Scores on our own independently annotated articles (tests/data/eval*), as a regression
guard for the held-out style of text. Uses the shared scorer; skipped when it is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {
    "stat_f1": 0.97,
    "kind_accuracy": 0.97,
    "qualifier_accuracy": 0.95,
    "source_recall": 0.93,
    "source_precision": 0.93,
    "period_year_recall": 0.9,
    "period_precision": 0.85,
    "subgroup_recall": 0.5,
    "subgroup_precision": 0.7,
}


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pollstats_tools_eval", ROOT / "tools" / "eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: eval4 was measured once before any change made for it (see its commit message); its floors
#: guard what the fixes since reached, below those of the sets tuned on longer.
EVAL4_FLOORS = {
    "stat_f1": 0.95,
    "kind_accuracy": 0.97,
    "qualifier_accuracy": 0.95,
    "source_recall": 0.8,
    "source_precision": 0.93,
    "period_year_recall": 0.78,
    "period_precision": 0.8,
    "subgroup_recall": 0.55,
    "subgroup_precision": 0.85,
}


@pytest.mark.parametrize(
    ("folder", "floors"),
    [("eval", FLOORS), ("eval2", FLOORS), ("eval3", FLOORS), ("eval4", EVAL4_FLOORS)],
)
def test_eval_set_scores(folder: str, floors: dict[str, float], scorer: ModuleType) -> None:
    totals, _ = _eval_module().evaluate(ROOT / "tests" / "data" / folder, scorer=scorer)
    low = {k: totals[k] for k, floor in floors.items() if (totals[k] or 0.0) < floor}
    assert not low, f"below the floors {floors}: {low}"
