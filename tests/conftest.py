from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# Hypothesis profiles for every test file: "ci" (the default) runs a few hundred examples per
# property; HYPOTHESIS_PROFILE=long runs a long fuzzing session.
settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=20_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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
