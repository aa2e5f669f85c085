from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """The shared scorer module (../shared/tools/score.py); skips when it is absent."""
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        pytest.skip("../shared is not beside this checkout")
    spec = importlib.util.spec_from_file_location("pollstats_shared_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def corpus_totals(scorer: ModuleType) -> dict[str, float]:
    import json

    import pollstats

    t = scorer.Tally()
    errors: list[str] = []
    for gold_path in sorted((SHARED / "corpus").glob("*.json")):
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        records = pollstats.extract(text).records()
        scorer.score_text(text, gold, records, t, errors, gold_path.stem)
    totals: dict[str, float] = scorer.totals(t)
    return totals
