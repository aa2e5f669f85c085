"""Throughput benchmark (issue 6): pollstats.extract on realistic news corpora, against targets.

    python benchmarks/run.py                  # everything, about a minute on 2 cores
    python benchmarks/run.py --quick          # a smoke test: smaller corpus, 3 runs
    python benchmarks/run.py --only a,c,g --json numbers.json
    python benchmarks/run.py --peers          # also quantulum3 and Recognizers-Text, if installed

Measures, each the median of --runs runs (default 5):
  (a) extract() throughput, MB/s, on the poll-dense corpus (benchmarks/corpus.py)
  (b) extract() throughput on plain news prose without statistics
  (c) latency per ~2 KB poll-dense document, µs
  (d) the corpus as one document vs as ~2 KB documents: both throughputs and their ratio
  (e) `import pollstats` time in fresh interpreters, and the first extraction's warm-up
  (f) peak memory after import and a first extraction, in a fresh interpreter
  (g) extract_many() throughput with 1, 2 and os.cpu_count() workers, and the speed-up
  (h) the per-statistic cost (issue 16): CPU µs per statistic on the poll-dense corpus and on a
      flood of bare figures ('9% ' repeated, --mb / 4), and where the time goes by stage
(a)-(d) are process CPU time with this process pinned to one core; (e)-(g) are wall time.
MB are 10**6 bytes of UTF-8.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents, plain_prose, poll_dense

import pollstats

ROOT = Path(__file__).resolve().parents[1]

#: name -> (target, "min" if the number must be at least the target, "max" if at most)
TARGETS: dict[str, tuple[float, str]] = {
    "a_mb_s": (5.0, "min"),
    "b_mb_s": (50.0, "min"),
    "c_median_us": (400.0, "max"),
    "e_import_ms": (60.0, "max"),
    "f_rss_mb": (35.0, "max"),
    "h_flood_us_per_stat": (25.0, "max"),
}
RATIO_TOLERANCE = 0.20  # (d): documents vs one text, within ±20%


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                                capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, text=True, capture_output=True).stdout.strip()
        commit += " (with uncommitted changes)" if dirty else ""
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    available = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                 else os.cpu_count())
    return {
        "cpu": cpu, "cores": os.cpu_count(), "available_cores": available,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(), "pollstats_commit": commit,
        "date": time.strftime("%Y-%m-%d"),
    }


@contextlib.contextmanager
def one_core() -> Iterator[None]:
    """Pin this process to one core (the last available one) while the block runs."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {max(before)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def cpu_seconds(fn: Callable[[], object]) -> float:
    gc.collect()
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def megabytes(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def verdict(key: str, value: float) -> str:
    target, how = TARGETS[key]
    ok = value >= target if how == "min" else value <= target
    sign = ">=" if how == "min" else "<="
    return f"(target {sign} {target:g}: {'PASS' if ok else 'MISS'})"


def subprocess_json(code: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                         capture_output=True, check=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


IMPORT_CODE = """
import json, time
t0 = time.perf_counter(); c0 = time.process_time()
import pollstats
t1 = time.perf_counter(); c1 = time.process_time()
text = {doc!r}
pollstats.extract(text).records()
t2 = time.perf_counter()
pollstats.extract(text).records()
t3 = time.perf_counter()
print(json.dumps({{"import_s": t1 - t0, "import_cpu_s": c1 - c0, "first_s": t2 - t1,
                  "second_s": t3 - t2}}))
"""

MEMORY_CODE = """
import json, resource, sys
if {traced}:
    import tracemalloc
    tracemalloc.start()
import pollstats
text = {doc!r}
pollstats.extract(text).records()
out = {{"maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}
out["rss_mb"] = out["maxrss_mb"]
try:  # this process image's own high-water mark (Linux); see below
    with open("/proc/self/status") as f:
        out["rss_mb"] = [int(l.split()[1]) for l in f if l.startswith("VmHWM:")][0] / 1024
except (OSError, IndexError):
    pass
if {traced}:
    out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
out["pint_loaded"] = "pint" in sys.modules
print(json.dumps(out))
"""

BASELINE_CODE = MEMORY_CODE.replace("import pollstats", "").replace(
    "pollstats.extract(text).records()", "")

#: Why (f) reads VmHWM: on Linux a child's ru_maxrss starts from its parent's high-water mark
#: (the mark of the memory image it replaced at exec), so ru_maxrss of a subprocess of this
#: benchmark reports at least this benchmark's own peak. VmHWM in /proc/self/status is the
#: peak of the child's own image; ru_maxrss is printed too.


def stages(text: str) -> dict[str, float]:
    """CPU seconds of each stage of ``pollstats.extract(text).records()``, the pipeline of
    pollstats/pipeline.py spelled out stage by stage (the same calls in the same order)."""
    from pollstats import pipeline as pl
    from pollstats.records import comparison_record, statistic_record
    from pollstats.survey import survey_flags

    out: dict[str, float] = {}
    clock = time.process_time

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t0 = clock()
        value = fn()
        out[name] = out.get(name, 0.0) + clock() - t0
        return value

    gc.collect()
    spans = timed("regions (anchor scan)", lambda: pl.regions(text))
    toks = timed("tokens", lambda: pl.tokens(text, spans))
    found = timed("matchers (statistic rules)", lambda: pl.find_statistics(text, toks, spans))
    doc = timed("document (sentences, mentions)", lambda: pl.Document.read(text, found))
    attributed = timed("facts + passage (attribute)", lambda: pl.attribute(doc, None))
    stats = timed("groups (carry_frames_in)",
                  lambda: pl.carry_frames_in(text, attributed, doc.sentences,
                                             doc.samples))
    comps = timed("comparisons", lambda: pl.find_comparisons(text, stats, sample_size=None,
                                                            sentences=doc.sentences))
    flags = timed("survey flag", lambda: survey_flags(text, tuple(stats), comps, doc.sentences))
    timed("records", lambda: [statistic_record(st, survey=f) for st, f in
                                 zip(stats, flags, strict=True)]
          + [comparison_record(c, text) for c in comps])
    out["(statistics)"] = float(len(stats))
    return out


def run_peers(text: str, docs: list[str], ours_mb_s: float, results: dict[str, Any]) -> None:
    """The same documents through quantulum3 and Recognizers-Text, when importable."""
    sample = docs[: max(1, len(docs) // 5)]
    mb = sum(map(megabytes, sample))
    peers: list[tuple[str, Callable[[str], object]]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q_parser
        peers.append(("quantulum3 parse", q_parser.parse))
    except Exception as exc:  # an ImportError, or a dependency that fails on import
        print(f"  quantulum3: skipped ({type(exc).__name__}: {exc})")
    try:
        from recognizers_number import Culture, recognize_percentage

        peers.append(("Recognizers-Text percent",
                      lambda t: recognize_percentage(t, Culture.English)))
    except Exception as exc:
        print(f"  Recognizers-Text: skipped ({type(exc).__name__}: {exc})")
    out: dict[str, Any] = {}
    for name, fn in peers:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(sample[0])  # warm-up
            secs = cpu_seconds(lambda fn=fn: [fn(d) for d in sample])
        rate = mb / secs
        out[name] = {"mb_s": rate, "pollstats_ratio": ours_mb_s / rate}
        print(f"  {name:28} {rate:8.3f} MB/s on {mb:.2f} MB of ~2 KB documents; "
              f"pollstats is {ours_mb_s / rate:.2f}x its speed")
    results["peers"] = out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="0.25 MB corpora, 3 runs")
    ap.add_argument("--runs", type=int, default=None, help="runs per number (default 5)")
    ap.add_argument("--mb", type=float, default=None, help="corpus size (default 1.0)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", default="", help="comma-separated subset of a,b,c,d,e,f,g,h")
    ap.add_argument("--json", metavar="PATH", help="save the numbers as JSON")
    ap.add_argument("--peers", action="store_true", help="quantulum3, Recognizers-Text too")
    args = ap.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    mb = args.mb or (0.25 if args.quick else 1.0)
    only = set(args.only.split(",")) - {""} or set("abcdefgh")

    info = machine()
    results: dict[str, Any] = {"machine": info, "runs": runs, "corpus_mb": mb, "targets": {
        k: {"target": t, "kind": how} for k, (t, how) in TARGETS.items()}}
    print(f"machine: {info['cpu']}, {info['cores']} cores ({info['available_cores']} "
          f"available), {info['python']}, {info['platform']}")
    print(f"pollstats commit {info['pollstats_commit']}, {info['date']}; median of {runs} "
          f"runs; (a)-(d) CPU time on one core")

    dense = poll_dense(mb, args.seed)
    dense_mb = megabytes(dense)
    docs = documents(dense, 2048)
    pollstats.extract(docs[0]).records()  # warm-up: patterns compile on first use

    with one_core():
        if only & {"a", "d"}:
            secs = [cpu_seconds(lambda: pollstats.extract(dense)) for _ in range(runs)]
            rate = dense_mb / statistics.median(secs)
            ex = pollstats.extract(dense)
            per_kb = len(ex.statistics) / (dense_mb * 1000)
            results["a_mb_s"] = rate
            results["a_statistics_per_kb"] = per_kb
            results["a_statistics"] = len(ex.statistics)
            results["a_comparisons"] = len(ex.comparisons)
            del ex
            if "a" in only:
                print(f"(a) poll-dense {dense_mb:.2f} MB: {rate:.3f} MB/s "
                      f"{verdict('a_mb_s', rate)}; {results['a_statistics']} statistics "
                      f"({per_kb:.2f}/KB), {results['a_comparisons']} comparisons")
        if "b" in only:
            plain = plain_prose(mb, args.seed)
            plain_mb = megabytes(plain)
            secs = [cpu_seconds(lambda: pollstats.extract(plain)) for _ in range(runs)]
            rate = plain_mb / statistics.median(secs)
            found = len(pollstats.extract(plain).statistics)
            results["b_mb_s"] = rate
            results["b_statistics"] = found
            print(f"(b) plain prose {plain_mb:.2f} MB: {rate:.3f} MB/s {verdict('b_mb_s', rate)}"
                  f"; {found} statistics found")
        if only & {"c", "d"}:
            per_doc: list[list[int]] = [[] for _ in docs]
            totals: list[float] = []
            for _ in range(runs):
                gc.collect()
                for i, doc in enumerate(docs):
                    t0 = time.process_time_ns()
                    pollstats.extract(doc)
                    per_doc[i].append(time.process_time_ns() - t0)
                totals.append(sum(times[-1] for times in per_doc) / 1e9)
            lat = sorted(statistics.median(times) / 1000 for times in per_doc)
            med = statistics.median(lat)
            p90 = lat[int(0.9 * (len(lat) - 1))]
            p99 = lat[int(0.99 * (len(lat) - 1))]
            mean_kb = dense_mb * 1000 / len(docs)
            results.update(c_median_us=med, c_p90_us=p90, c_p99_us=p99, c_max_us=lat[-1],
                           c_documents=len(docs), c_mean_doc_kb=mean_kb)
            if "c" in only:
                print(f"(c) {len(docs)} poll-dense documents of {mean_kb:.2f} KB on average: "
                      f"median {med:.0f} µs {verdict('c_median_us', med)}; p90 {p90:.0f} µs, "
                      f"p99 {p99:.0f} µs, max {lat[-1]:.0f} µs")
            if "d" in only:
                whole = results["a_mb_s"]
                split = dense_mb / statistics.median(totals)
                ratio = split / whole
                ok = abs(ratio - 1) <= RATIO_TOLERANCE
                results.update(d_whole_mb_s=whole, d_documents_mb_s=split, d_ratio=ratio)
                print(f"(d) one {dense_mb:.2f} MB text: {whole:.3f} MB/s; as {len(docs)} ~2 KB "
                      f"documents: {split:.3f} MB/s; ratio {ratio:.2f} (target 1 ± "
                      f"{RATIO_TOLERANCE:g}: {'PASS' if ok else 'MISS'})")

    if "h" in only:
        with one_core():
            flood = "9% " * int(mb * 1e6 / 12)  # mb / 4 characters
            per_stat: dict[str, float] = {}
            for label, text in (("poll-dense", dense), ("flood", flood)):
                n = len(pollstats.extract(text).statistics)
                best = min(cpu_seconds(lambda text=text: pollstats.extract(text))
                           for _ in range(max(2, runs // 2)))
                per_stat[label] = best / n * 1e6
                results[f"h_{label.replace('-', '_')}_us_per_stat"] = best / n * 1e6
                results[f"h_{label.replace('-', '_')}_stats_per_mb"] = n / megabytes(text)
                print(f"(h) {label} {megabytes(text):.2f} MB: {n} statistics, "
                      f"{best / n * 1e6:.1f} CPU µs per statistic of extract() (best of "
                      f"{max(2, runs // 2)}); {n / megabytes(text):,.0f} statistics per MB, "
                      f"so {best / megabytes(text):.2f} CPU s per MB"
                      + (f" {verdict('h_flood_us_per_stat', per_stat[label])}"
                         if label == "flood" else ""))
            for label, text in (("poll-dense", dense), ("flood", flood)):
                prof = min((stages(text) for _ in range(2)),
                           key=lambda d: sum(v for k, v in d.items() if k[0] != "("))
                n = prof.pop("(statistics)")
                total = sum(prof.values())
                results[f"h_{label.replace('-', '_')}_stages_s"] = prof
                print(f"    stages of extract().records(), {label} (CPU s, share, µs per "
                      f"statistic):")
                for name, secs in prof.items():
                    print(f"      {name:32} {secs:7.3f} {secs / total:6.1%} "
                          f"{secs / n * 1e6:8.1f}")
                print(f"      {'total':32} {total:7.3f} {1:6.1%} {total / n * 1e6:8.1f}")

    if "e" in only:
        rows = [subprocess_json(IMPORT_CODE.format(doc=docs[0])) for _ in range(runs)]
        imp = statistics.median(r["import_s"] for r in rows) * 1000
        imp_cpu = statistics.median(r["import_cpu_s"] for r in rows) * 1000
        first = statistics.median(r["first_s"] for r in rows) * 1000
        second = statistics.median(r["second_s"] for r in rows) * 1000
        results.update(e_import_ms=imp, e_import_cpu_ms=imp_cpu, e_first_extract_ms=first,
                       e_second_extract_ms=second, e_warm_up_ms=first - second)
        print(f"(e) import pollstats: {imp:.1f} ms wall, {imp_cpu:.1f} ms CPU "
              f"{verdict('e_import_ms', imp)}; first extract of a 2 KB document {first:.0f} ms,"
              f" the next {second:.1f} ms (warm-up {first - second:.0f} ms)")

    if "f" in only:
        base = subprocess_json(BASELINE_CODE.format(traced=False, doc=""))["rss_mb"]
        rss = subprocess_json(MEMORY_CODE.format(traced=False, doc=docs[0]))
        traced = subprocess_json(MEMORY_CODE.format(traced=True, doc=docs[0]))
        results.update(f_rss_mb=rss["rss_mb"], f_maxrss_mb=rss["maxrss_mb"],
                       f_traced_peak_mb=traced["traced_peak_mb"],
                       f_bare_interpreter_rss_mb=base, f_pint_loaded=rss["pint_loaded"])
        print(f"(f) peak RSS after import + first extraction of a 2 KB document: "
              f"{rss['rss_mb']:.1f} MB {verdict('f_rss_mb', rss['rss_mb'])} (bare interpreter "
              f"{base:.1f} MB; ru_maxrss {rss['maxrss_mb']:.1f} MB, which on Linux includes "
              f"this benchmark's own peak, inherited at exec); tracemalloc peak "
              f"{traced['traced_peak_mb']:.1f} MB; pint loaded: {rss['pint_loaded']}")

    if "g" in only:
        counts = sorted({1, 2, os.cpu_count() or 1})
        serial_records = None
        rates: dict[int, float] = {}
        for workers in counts:
            walls = []
            for _ in range(runs):
                gc.collect()
                t0 = time.perf_counter()
                out = list(pollstats.extract_many(docs, workers=workers))
                walls.append(time.perf_counter() - t0)
            if serial_records is None:
                serial_records = out
            assert out == serial_records, "extract_many results differ between worker counts"
            rates[workers] = dense_mb / statistics.median(walls)
        results["g_mb_s"] = {str(k): v for k, v in rates.items()}
        results["g_speedup"] = {str(k): v / rates[1] for k, v in rates.items()}
        line = ", ".join(f"{k} worker{'s' if k > 1 else ''} {v:.3f} MB/s ({v / rates[1]:.2f}x)"
                         for k, v in rates.items())
        print(f"(g) extract_many over {len(docs)} ~2 KB documents, wall time including pool "
              f"start-up: {line}")

    if args.peers:
        print("peers (CPU time, one process):")
        ours = results.get("d_documents_mb_s")
        if ours is None:
            ours = dense_mb / cpu_seconds(lambda: [pollstats.extract(d) for d in docs])
        run_peers(dense, docs, ours, results)

    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"numbers saved to {args.json}")


if __name__ == "__main__":
    main()
