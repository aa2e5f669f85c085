#!/usr/bin/env python3
"""The project's own scorer for its own gold sets (tests/data/eval*), so CI scores them without
``../shared``. It follows the matching rules the gold format documents:

- a statistic matches a gold stat when their spans overlap and ``low``/``high`` agree within
  0.05 + 0.1 % and the units are equal (each record used once, gold in text order);
- sources match when their names, without generic words (center, institute, poll, ...), contain
  one another; subgroups when they share a content word; periods exactly (and by year);
- a comparison matches when both ends' ``low``/``high`` agree; records marked ``derived`` are
  not scored.

    python tools/gold_score.py tests/data/eval4 [--show-errors] [--no-published]

``tests/test_eval.py`` checks that it agrees with the shared scorer whenever that is present.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]

#: Words that do not tell two organizations apart ("Pew Research Center" ~ "Pew").
ORG_GENERIC = frozenset(
    "the center centre research institute foundation poll polls polling survey inc llc "
    "organization organisation group company agency of and for &".split()
)
#: Words that do not tell two groups apart ("those aged 65 and over" ~ "aged 65+").
GROUP_STOP = frozenset(
    "the a an of and or who those that in on to with respondents people adults voters among "
    "aged age ages".split()
)
_WORD = regex.compile(r"[a-z0-9]+")

Record = Mapping[str, Any]


def _close(a: object, b: object) -> bool:
    if a is None or b is None:
        return False
    x, y = float(a), float(b)  # type: ignore[arg-type]
    return abs(x - y) <= 0.05 + 0.001 * abs(y)


def _interval(end: object) -> tuple[object, object]:
    """A value as (low, high): a record or comparison end, a [low, high] pair, or a number."""
    if isinstance(end, Mapping):
        return end.get("low", end.get("value")), end.get("high", end.get("value"))
    if isinstance(end, list | tuple) and len(end) == 2:
        return end[0], end[1]
    return end, end


def _words(s: object, drop: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(str(s or "").lower()) if w not in drop)


def same_org(pred: object, gold: object) -> bool:
    def key(name: object) -> frozenset[str]:
        every = frozenset(_WORD.findall(str(name or "").lower()))
        return (every - ORG_GENERIC) or every

    p, g = key(pred), key(gold)
    return bool(p) and bool(g) and (p <= g or g <= p)


def same_group(pred: object, gold: object) -> bool:
    g, p = _words(gold, GROUP_STOP), _words(pred, GROUP_STOP)
    return bool(p & g) if g else not p


def gold_span(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    """The ``occurrence``-th match of ``quote`` (plain substring search, 1-based)."""
    at = -1
    for _ in range(occurrence):
        at = text.find(quote, at + 1)
        if at < 0:
            raise ValueError(f"quote {quote!r} occurrence {occurrence} is not in the text")
    return at, at + len(quote)


def _match(text: str, g: Record, stats: Sequence[Record],
           used: set[int]) -> tuple[int | None, int | None]:
    """(the matching record, the first record whose span overlaps) for gold stat ``g``."""
    gs, ge = gold_span(text, g["quote"], g.get("occurrence", 1))
    first = None
    for i, p in enumerate(stats):
        if i in used or not isinstance(p.get("start"), int) or not isinstance(p.get("end"), int):
            continue
        if not (gs < p["end"] and p["start"] < ge):
            continue
        first = i if first is None else first
        lo, hi = _interval(p)
        if _close(lo, g["low"]) and _close(hi, g["high"]) and p.get("unit") == g["unit"]:
            return i, first
    return None, first


def _attribution(name: str, g: Record, p: Record | None, n: Counter[str],
                 errors: list[str]) -> None:
    where = f"{name} {g['quote']!r}"
    for field in ("source", "period", "subgroup"):
        if g.get(field):
            n[f"gold_{field}"] += 1
    if p is None:
        return
    if g.get("source") and same_org(p.get("source"), g["source"]):
        n["source_ok"] += 1
    elif g.get("source"):
        errors.append(f"SRC   {where} gold {g['source']!r} got {p.get('source')!r}")
    if p.get("source"):
        n["pred_source"] += 1
        n["pred_source_ok"] += bool(g.get("source")) and same_org(p["source"], g.get("source"))
    period = str(p.get("period") or "")
    if g.get("period"):
        n["period_ok"] += period == g["period"]
        n["period_year_ok"] += bool(period[:4]) and period[:4] == g["period"][:4]
        if period != g["period"]:
            errors.append(f"DATE  {where} gold {g['period']} got {p.get('period')}")
    if period:
        n["pred_period"] += 1
        n["pred_period_ok"] += bool(g.get("period")) and period[:4] == str(g.get("period"))[:4]
    group = p.get("subgroup")
    if g.get("subgroup"):
        ok = bool(group) and same_group(group, g["subgroup"])
        n["subgroup_ok"] += ok
        if not ok:
            errors.append(f"GROUP {where} gold {g['subgroup']!r} got {group!r}")
    if group:
        n["pred_subgroup"] += 1
        n["pred_subgroup_ok"] += bool(g.get("subgroup")) and same_group(group, g.get("subgroup"))


def _comparisons(name: str, gold: Iterable[Record], comps: Sequence[Record], n: Counter[str],
                 errors: list[str]) -> None:
    used: set[int] = set()
    for g in gold:
        n["gold_comps"] += 1
        for i, p in enumerate(comps):
            ends = (*_interval(p.get("from")), *_interval(p.get("to")))
            want = (*g["from"], *g["to"])
            if i not in used and all(_close(a, b) for a, b in zip(ends, want, strict=True)):
                used.add(i)
                n["comps_ok"] += 1
                break
        else:
            errors.append(f"CMISS {name} {g['from']} -> {g['to']}")
    n["pred_comps"] += len(comps)


def score_text(text: str, gold: Record, records: Sequence[Record], n: Counter[str],
               errors: list[str], name: str) -> None:
    """Add one text's counts to ``n`` and its misses to ``errors``."""
    stats = [r for r in records if r.get("type") == "statistic"]
    comps = [r for r in records if r.get("type") == "comparison" and not r.get("derived")]
    used: set[int] = set()
    n["gold_stats"] += len(gold["stats"])
    n["pred_stats"] += len(stats)
    for g in gold["stats"]:
        best, first = _match(text, g, stats, used)
        n["span_found"] += first is not None
        if best is None:
            errors.append(f"MISS  {name} {g['quote']!r} {g['kind']} [{g['low']},{g['high']}]")
            _attribution(name, g, None, n, errors)
            continue
        used.add(best)
        p = stats[best]
        n["matched"] += 1
        n["kind_ok"] += p.get("kind") == g["kind"]
        n["qualifier_ok"] += (p.get("qualifier") or "exact") == g.get("qualifier", "exact")
        _attribution(name, g, p, n, errors)
    errors += [f"FALSE {name} {p.get('text')!r}" for i, p in enumerate(stats) if i not in used]
    _comparisons(name, gold.get("comparisons", []), comps, n, errors)


def totals(n: Counter[str]) -> dict[str, float | None]:
    def ratio(a: str, b: str) -> float | None:
        return n[a] / n[b] if n[b] else None

    def f1(p: float | None, r: float | None) -> float | None:
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    sp, sr = ratio("matched", "pred_stats"), ratio("matched", "gold_stats")
    cp, cr = ratio("comps_ok", "pred_comps"), ratio("comps_ok", "gold_comps")
    return {
        "stat_precision": sp, "stat_recall": sr, "stat_f1": f1(sp, sr),
        "span_recall": ratio("span_found", "gold_stats"),
        "kind_accuracy": ratio("kind_ok", "matched"),
        "qualifier_accuracy": ratio("qualifier_ok", "matched"),
        "source_recall": ratio("source_ok", "gold_source"),
        "source_precision": ratio("pred_source_ok", "pred_source"),
        "period_recall": ratio("period_ok", "gold_period"),
        "period_year_recall": ratio("period_year_ok", "gold_period"),
        "period_precision": ratio("pred_period_ok", "pred_period"),
        "subgroup_recall": ratio("subgroup_ok", "gold_subgroup"),
        "subgroup_precision": ratio("pred_subgroup_ok", "pred_subgroup"),
        "comparison_precision": cp, "comparison_recall": cr, "comparison_f1": f1(cp, cr),
    }


def evaluate(folder: Path, *, published: bool = True) -> tuple[dict[str, float | None], list[str]]:
    """Score ``pollstats.extract`` on every NAME.txt/NAME.json pair of ``folder``."""
    import pollstats

    n: Counter[str] = Counter()
    errors: list[str] = []
    for gold_path in sorted(folder.glob("*.json")):
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pub = gold.get("published") if published else None
        records = pollstats.extract(text, published=pub).records()
        score_text(text, gold, records, n, errors, gold_path.stem)
    return totals(n), errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--no-published", action="store_true", help="call extract(text) alone")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    scores, errors = evaluate(args.folder, published=not args.no_published)
    if args.show_errors:
        print("\n".join(errors), end="\n\n")
    for k, v in scores.items():
        print(f"{k:22} {round(v, 3) if isinstance(v, float) else v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
