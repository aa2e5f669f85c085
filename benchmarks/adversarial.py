"""Adversarial benchmark (issues 7, 18): CPU time per MB, µs per statistic and 4n/n ratios of
every input family, checked against absolute bounds, and peak memory (per input character and
per statistic) against the budget of 64 MB + 64 bytes per input character.

    python benchmarks/adversarial.py                 # everything (many minutes)
    python benchmarks/adversarial.py --mb 0.25 --runs 2
    python benchmarks/adversarial.py --mb 1 --families percent_flood,article
    python benchmarks/adversarial.py --no-ratio --no-memory

Families come from ``tests/families.py`` (FAMILIES and CONTEXT_FAMILIES). CPU is process CPU
time (``time.process_time``), the best of --runs runs. The 4n/n ratio is measured between
--mb / 4 and --mb characters (so at --mb 0.25 the larger input is >= 250K characters).

Bound checked for every family (a flood's cost is its statistics times the per-statistic
cost, issue 16 item 4): CPU s/MB <= S_PER_MB + statistics per MB * US_PER_STAT / 10**6.
A family without statistics is held to S_PER_MB; a flood mostly to US_PER_STAT.
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

from families import CONTEXT_FAMILIES, FAMILIES, article

import pollstats
from pollstats.stream import iter_blocks

BUDGET_FIXED = 64 * 2**20
BUDGET_PER_CHAR = 64
#: absolute bounds (docs/performance.md): CPU seconds per MB of text, plus µs per statistic
S_PER_MB = 1.0
US_PER_STAT = 100.0
RATIO_MAX = 5.0
ALL_FAMILIES = {**FAMILIES, **CONTEXT_FAMILIES}


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
    ap.add_argument("--runs", type=int, default=2, help="best of this many runs (default 2)")
    ap.add_argument("--families", default="", help="comma-separated subset")
    ap.add_argument("--no-ratio", action="store_true")
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--no-families", action="store_true", help="only the memory table")
    ap.add_argument("--memory-mb", default="1,4,10", help="article sizes for the memory table")
    ap.add_argument("--memory-families-mb", type=float, default=0.25,
                    help="size of each family in the memory table (0: leave them out)")
    args = ap.parse_args()
    wanted = set(args.families.split(",")) - {""}
    names = [n for n in ALL_FAMILIES if not wanted or n in wanted]
    chars = int(args.mb * 1e6)
    pollstats.extract("Gallup found 9% in May 2020.").records()  # warm-up: compile patterns

    if not args.no_families:
        print(f"{'family':24} {'4n/n':>6} {'n s':>7} {'chars':>10} {'CPU s':>7} {'s/MB':>7} "
              f"{'stats':>8} {'µs/stat':>8} {'bound':>7}")
        worst = ("", 0.0)
        failed: list[str] = []
        for name in names:
            gen, n = ALL_FAMILIES[name]
            text = sized(gen, n, chars)
            secs = extract_cpu(text, args.runs)
            count = len(pollstats.extract(text).statistics)
            mb = len(text) / 1e6
            per_mb = secs / mb
            r = f"{'':6} {'':7}"
            ok = True
            if not args.no_ratio:
                small = sized(gen, n, chars // 4)
                t1 = extract_cpu(small, args.runs)
                q = secs * len(small) / len(text) / max(t1, 1e-9) * 4
                # the ratio of the two inputs' CPU, scaled to exactly 4x the characters
                r = f"{q:6.2f} {t1:7.3f}"
                ok = q < RATIO_MAX
            bound = S_PER_MB + count / mb * US_PER_STAT / 1e6
            ok = ok and per_mb <= bound
            if not ok:
                failed.append(name)
            if per_mb > worst[1]:
                worst = (name, per_mb)
            # µs per statistic only where statistics are what the text is made of
            us = f"{secs / count * 1e6:8.1f}" if count >= 100 else f"{'-':>8}"
            print(f"{name:24} {r} {len(text):>10} {secs:7.2f} {per_mb:7.2f} {count:>8} {us} "
                  f"{bound:7.2f}{'' if ok else '  OVER'}", flush=True)
        print(f"worst: {worst[0]} at {worst[1]:.2f} CPU s/MB; bound per family: "
              f"{S_PER_MB:g} s/MB + {US_PER_STAT:g} µs per statistic, 4n/n < {RATIO_MAX:g}; "
              f"over: {', '.join(failed) or 'none'}")

    if args.no_memory:
        return
    print(f"\n{'peak memory (tracemalloc)':44} {'chars':>10} {'stats':>8} {'peak MB':>8} "
          f"{'budget MB':>9} {'B/char':>7} {'B/stat':>7}")
    cases: list[tuple[str, str, Callable[[str], object]]] = []
    if args.memory_families_mb > 0:
        for name in names:
            gen, n = ALL_FAMILIES[name]
            cases.append((f"extract().records(), {name}",
                          sized(gen, n, int(args.memory_families_mb * 1e6)),
                          lambda t: pollstats.extract(t).records()))
    for amb in (float(x) for x in args.memory_mb.split(",") if x):
        cases.append((f"extract, article {amb:g} MB", article(int(amb * 1e6)), pollstats.extract))
    flood = FAMILIES["percent_flood"][0](333_333)
    cases.append(("extract, 9% flood 1 MB", flood, pollstats.extract))
    cases.append(("extract(...).records(), 9% flood 1 MB", flood,
                  lambda t: pollstats.extract(t).records()))
    cases.append(("extract(...).records(), article 1 MB", article(1_000_000),
                  lambda t: pollstats.extract(t).records()))

    def streamed(t: str) -> int:
        return _drain(pollstats.iter_statistics(t[i : i + 65536] for i in range(0, len(t), 65536)))

    def streamed_records(t: str) -> int:
        """Records block by block, as the command line writes them (each block dropped)."""
        return sum(len(pollstats.extract(block).records()) for _, block in
                   iter_blocks(t[i : i + 65536] for i in range(0, len(t), 65536)))

    cases.append(("iter_statistics, 9% flood 1 MB", flood, streamed))
    cases.append(("iter_blocks + records(), 9% flood 1 MB", flood, streamed_records))
    cases.append(("iter_statistics, 9% flood 4 MB", FAMILIES["percent_flood"][0](1_333_333),
                  streamed))
    cases.append(("iter_statistics, article 10 MB", article(10_000_000), streamed))
    for label, text, fn in cases:
        top = peak(lambda fn=fn, text=text: fn(text))
        stats = len(pollstats.extract(text).statistics) if len(text) <= 2_000_000 else 0
        budget = BUDGET_FIXED + BUDGET_PER_CHAR * len(text)
        flag = "" if top <= budget else "  OVER"
        per_stat = f"{top / stats:7.0f}" if stats else f"{'-':>7}"
        print(f"{label:44} {len(text):>10} {stats or '':>8} {top / 2**20:8.1f} "
              f"{budget / 2**20:9.1f} {top / len(text):7.1f} {per_stat}{flag}", flush=True)


if __name__ == "__main__":
    main()
