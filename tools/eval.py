#!/usr/bin/env python3
"""Score pollstats on a gold folder, passing each text's ``published`` date to ``extract``.

The shared scorer (../shared/tools/score.py) calls ``extract(text)`` without a publication
date; this runner reuses its scoring functions but gives ``extract`` the gold's ``published``,
so relative dates ("last month") can be judged too.

    python tools/eval.py tests/data/eval [--show-errors] [--no-published]
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


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("pollstats_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(folder: Path, *, published: bool = True,
             scorer: ModuleType | None = None) -> tuple[dict[str, object], list[str]]:
    import pollstats

    sc = scorer or load_scorer()
    tally = sc.Tally()
    errors: list[str] = []
    for gold_path in sorted(folder.glob("*.json")):
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pub = gold.get("published") if published else None
        records = pollstats.extract(text, published=pub).records()
        sc.score_text(text, gold, records, tally, errors, gold_path.stem)
    totals: dict[str, object] = sc.totals(tally)
    return totals, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--no-published", action="store_true", help="call extract(text) as score.py")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    totals, errors = evaluate(args.folder, published=not args.no_published)
    if args.show_errors:
        print("\n".join(errors), end="\n\n")
    for k, v in totals.items():
        if k != "counts":
            print(f"{k:22} {round(v, 3) if isinstance(v, float) else v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
