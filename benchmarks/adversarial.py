"""Adversarial benchmark (issue 7): CPU time per MB and 4n/n ratios of every input family, and
peak memory against the budget of 64 MB + 64 bytes per input character.

    python benchmarks/adversarial.py                 # everything (several minutes)
    python benchmarks/adversarial.py --mb 1 --families percent_flood,article
    python benchmarks/adversarial.py --no-ratio --no-memory

Families come from ``tests/families.py``. CPU is process CPU time (``time.process_time``).
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from families import FAMILIES, article

import pollstats

BUDGET_FIXED = 64 * 2**20
BUDGET_PER_CHAR = 64


def cpu(fn: Callable[[], object], runs: int = 1) -> float:
    best = math.inf
    for _ in range(runs):
        gc.collect()
        t0 = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t0)
        del out
    return best


def sized(gen: Callable[[int], str], n: int, chars: int) -> str:
    """``gen`` at the repetition count that gives about ``chars`` characters."""
    per = max(1, len(gen(n)) // n) if n else 1
    k = max(1, chars // per)
    text = gen(k)
    while len(text) < chars * 0.9 and k < 10**9:
        k = int(k * chars / max(1, len(text))) + 1
        text = gen(k)
    return text


def extract_cpu(text: str, runs: int = 1) -> float:
    return cpu(lambda: pollstats.extract(text), runs)


def ratio(gen: Callable[[int], str], n: int) -> tuple[int, float, float]:
    """(n, CPU at n, CPU at 4n), best of 3, as tests/test_adversarial.py measures them: n from
    n / 64, doubled until one run takes 50 ms."""
    n = max(1, n // 64)
    while len(gen(n)) < 4_000_000 and extract_cpu(gen(n)) < 0.05:
        n *= 2
    return n, extract_cpu(gen(n), 3), extract_cpu(gen(4 * n), 3)


def peak(fn: Callable[[], object]) -> int:
    """Peak traced memory (bytes) while ``fn`` runs and its result is alive."""
    gc.collect()
    tracemalloc.start()
    out = fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del out
    return top


def _drain(it: Iterator[object]) -> int:
    return sum(1 for _ in it)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="input size for the s/MB column")
    ap.add_argument("--families", default="", help="comma-separated subset")
    ap.add_argument("--no-ratio", action="store_true")
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--memory-mb", default="1,4,10", help="article sizes for the memory table")
    args = ap.parse_args()
    names = [n for n in FAMILIES if not args.families or n in args.families.split(",")]

    print(f"{'family':24} {'4n/n':>6} {'n (ms)':>9} {'chars':>10} {'CPU s':>7} {'s/MB':>7} "
          f"{'stats':>8}")
    worst = ("", 0.0)
    for name in names:
        gen, n = FAMILIES[name]
        r = ""
        if not args.no_ratio:
            _, t1, t4 = ratio(gen, n)
            r = f"{t4 / t1:6.2f} {t1 * 1000:9.1f}"
        else:
            r = f"{'':6} {'':9}"
        text = sized(gen, n, int(args.mb * 1e6))
        gc.collect()
        t0 = time.process_time()
        count = len(pollstats.extract(text).statistics)
        secs = time.process_time() - t0
        per_mb = secs / (len(text) / 1e6)
        if per_mb > worst[1]:
            worst = (name, per_mb)
        print(f"{name:24} {r} {len(text):>10} {secs:7.2f} {per_mb:7.2f} {count:>8}",
              flush=True)
    print(f"worst: {worst[0]} at {worst[1]:.2f} CPU s/MB (target 1.0)")

    if args.no_memory:
        return
    print(f"\n{'peak memory (tracemalloc)':40} {'chars':>10} {'peak MB':>8} {'budget MB':>9} "
          f"{'B/char':>7}")
    cases: list[tuple[str, str, Callable[[str], object]]] = []
    for mb in (float(x) for x in args.memory_mb.split(",") if x):
        cases.append((f"extract, article {mb:g} MB", article(int(mb * 1e6)), pollstats.extract))
    flood = FAMILIES["percent_flood"][0](333_333)
    cases.append(("extract, 9% flood 1 MB", flood, pollstats.extract))
    cases.append(("extract(...).records(), article 1 MB", article(1_000_000),
                  lambda t: pollstats.extract(t).records()))
    def streamed(t: str) -> int:
        return _drain(pollstats.iter_statistics(t[i : i + 65536] for i in range(0, len(t), 65536)))

    cases.append(("iter_statistics, 9% flood 4 MB", FAMILIES["percent_flood"][0](1_333_333),
                  streamed))
    cases.append(("iter_statistics, article 10 MB", article(10_000_000), streamed))
    for label, text, fn in cases:
        top = peak(lambda fn=fn, text=text: fn(text))
        budget = BUDGET_FIXED + BUDGET_PER_CHAR * len(text)
        flag = "" if top <= budget else "  OVER"
        print(f"{label:40} {len(text):>10} {top / 2**20:8.1f} {budget / 2**20:9.1f} "
              f"{top / len(text):7.1f}{flag}", flush=True)


if __name__ == "__main__":
    main()
