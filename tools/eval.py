#!/usr/bin/env python3
"""Score pollstats on a gold folder, passing each text's ``published`` date to ``extract``.

By default it uses the project's own scorer (tools/gold_score.py), so it works without
``../shared``; ``--shared`` scores with the shared scorer (../shared/tools/score.py) instead.

    python tools/eval.py tests/data/eval [--show-errors] [--no-published] [--shared]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer module."""
    return load(path, "pollstats_shared_score")


def evaluate(folder: Path, *, published: bool = True,
             scorer: ModuleType | None = None) -> tuple[dict[str, object], list[str]]:
    """Totals and errors on ``folder``: with the project's scorer, or ``scorer`` (the shared
    one) when given."""
    if scorer is None:
        own = load(ROOT / "tools" / "gold_score.py", "pollstats_gold_score")
        scores, errs = own.evaluate(folder, published=published)
        return dict(scores), list(errs)
    import pollstats

    tally = scorer.Tally()
    errors: list[str] = []
    for gold_path in sorted(folder.glob("*.json")):
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pub = gold.get("published") if published else None
        records = pollstats.extract(text, published=pub).records()
        scorer.score_text(text, gold, records, tally, errors, gold_path.stem)
    totals: dict[str, object] = scorer.totals(tally)
    return totals, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--no-published", action="store_true", help="call extract(text) alone")
    ap.add_argument("--shared", action="store_true", help="score with ../shared/tools/score.py")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    totals, errors = evaluate(args.folder, published=not args.no_published,
                              scorer=load_scorer() if args.shared else None)
    if args.show_errors:
        print("\n".join(errors), end="\n\n")
    for k, v in totals.items():
        if k != "counts":
            print(f"{k:22} {round(v, 3) if isinstance(v, float) else v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
