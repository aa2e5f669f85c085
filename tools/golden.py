#!/usr/bin/env python3
"""Golden records: the records of every text we have, written once and compared ever after.

A restructuring must keep them identical; a change of behaviour shows here as a reviewed
difference in the commit that makes it.

    python tools/golden.py            # (re)write tests/golden/*.json from the current code
    python tools/golden.py --check    # compare, print the differences, exit 1 if any

Sources (each one file under tests/golden/):

- ``eval``: every article of tests/data/eval*/ with its gold ``published`` date;
- ``sentences``: every string literal of tests/*.py (3 to 600 characters) and every doctest
  line of docs/*.md that calls ``extract``, with its records (an empty list kept too, so a
  sentence that starts giving records is a difference);
- ``benchmarks``: the seeded benchmark corpora (0.2 MB poll-dense, 0.2 MB plain prose);
- ``shared``: the shared dev corpus when ``../shared`` is present, stored as one digest per
  text (its sentences are not ours to copy into the project).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

Texts = dict[str, tuple[str, str | None]]  # key -> (text, published)


def _eval_texts() -> Texts:
    out: Texts = {}
    for gold in sorted((ROOT / "tests" / "data").glob("eval*/*.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        text = gold.with_suffix(".txt").read_text(encoding="utf-8")
        out[f"{gold.parent.name}/{gold.stem}"] = (text, meta.get("published"))
    return out


def _literals(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and 3 <= len(node.value) <= 600):
            yield node.value


def _sentence_texts() -> Texts:
    found: set[str] = set()
    for path in sorted((ROOT / "tests").glob("*.py")):
        found.update(_literals(path))
    for path in sorted((ROOT / "docs").glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith(">>>") and "extract(" in line:
                try:
                    found.update(_literals_of(line.split(">>>", 1)[1].strip()))
                except SyntaxError:
                    continue
    # a text JSON cannot give back as it was (two lone surrogates that read as one pair) is left out
    return {hashlib.sha1(t.encode("utf-8", "surrogatepass")).hexdigest()[:16]: (t, None)
            for t in sorted(found) if json.loads(json.dumps(t)) == t}


def _literals_of(source: str) -> Iterator[str]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 3:
            yield node.value


def _benchmark_texts() -> Texts:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus  # benchmarks/corpus.py
    finally:
        sys.path.pop(0)
    return {"poll_dense_0.2mb": (corpus.poll_dense(0.2, seed=0), None),
            "plain_prose_0.2mb": (corpus.plain_prose(0.2, seed=0), None)}


def _shared_texts() -> Texts:
    out: Texts = {}
    for gold in sorted(SHARED_CORPUS.glob("*.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        text = gold.with_suffix(".txt").read_text(encoding="utf-8")
        out[gold.stem] = (text, meta.get("published"))
    return out


SOURCES: dict[str, tuple[Callable[[], Texts], bool]] = {
    # name: (texts, stored as digests only)
    "eval": (_eval_texts, False),
    "sentences": (_sentence_texts, False),
    "benchmarks": (_benchmark_texts, False),
    "shared": (_shared_texts, True),
}


def records_of(text: str, published: str | None) -> list[dict[str, Any]]:
    import pollstats

    recs: list[dict[str, Any]] = pollstats.extract(text, published=published).records()
    return json.loads(json.dumps(recs, sort_keys=True))  # floats and keys as stored


def _digest(recs: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(recs, sort_keys=True).encode()).hexdigest()


def compute(name: str, only: set[str] | None = None) -> dict[str, Any]:
    texts_of, digest_only = SOURCES[name]
    out: dict[str, Any] = {}
    for key, (text, published) in texts_of().items():
        if only is not None and key not in only:
            continue
        recs = records_of(text, published)
        if digest_only:
            out[key] = {"digest": _digest(recs), "n": len(recs)}
        elif name == "sentences":
            out[key] = {"text": text, "records": recs}
        else:
            out[key] = {"records": recs}
    return out


def dump(data: dict[str, Any]) -> str:
    """One record per line, so that a difference is a line in ``git diff``."""
    lines = ["{"]
    keys = sorted(data)
    for n, key in enumerate(keys):
        entry = data[key]
        head = {k: v for k, v in entry.items() if k != "records"}
        lines.append(f"{json.dumps(key)}: {{")
        for k, v in head.items():
            lines.append(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=True)},")
        recs = entry.get("records")
        if recs is None:
            lines[-1] = lines[-1].rstrip(",")
        else:
            lines.append(' "records": [')
            lines += [f"  {json.dumps(r, sort_keys=True, ensure_ascii=True)}"
                      + ("," if i < len(recs) - 1 else "") for i, r in enumerate(recs)]
            lines.append(" ]")
        lines.append("}" + ("," if n < len(keys) - 1 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def path_of(name: str) -> Path:
    return GOLDEN / f"{name}.json"


def available(name: str) -> bool:
    return name != "shared" or SHARED_CORPUS.is_dir()


def differences(name: str, limit: int = 20) -> list[str]:
    """What the current code gives differently from the stored golden records of ``name``:
    texts stored there are recomputed (a new test sentence is no difference until written)."""
    stored: dict[str, Any] = json.loads(path_of(name).read_text(encoding="utf-8"))
    if name == "sentences":
        now = {}
        for key, entry in stored.items():
            now[key] = {"text": entry["text"], "records": records_of(entry["text"], None)}
    else:
        now = compute(name, only=set(stored))
    out: list[str] = []
    for key in sorted(set(stored) | set(now)):
        a, b = stored.get(key), now.get(key)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"{name}/{key}: {'new text' if a is None else 'text gone'}")
        elif "records" in a:
            out += _record_diff(f"{name}/{key}", a["records"], b["records"])
        else:
            out.append(f"{name}/{key}: digest {a['digest'][:12]} (n={a['n']}) -> "
                       f"{b['digest'][:12]} (n={b['n']})")
        if len(out) >= limit:
            break
    return out


def _record_diff(where: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[str]:
    olds = [json.dumps(r, sort_keys=True) for r in old]
    news = [json.dumps(r, sort_keys=True) for r in new]
    gone = [r for r in olds if r not in news]
    came = [r for r in news if r not in olds]
    return [f"{where}: - {r}" for r in gone] + [f"{where}: + {r}" for r in came]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    ap.add_argument("names", nargs="*", default=list(SOURCES), help="sources (default: all)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    status = 0
    for name in args.names:
        if not available(name):
            print(f"{name}: skipped (../shared is absent)")
            continue
        if args.check:
            diffs = differences(name, limit=200)
            print(f"{name}: {'identical' if not diffs else f'{len(diffs)}+ differences'}")
            for d in diffs:
                print("  " + d)
            status |= bool(diffs)
        else:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            data = compute(name)
            path_of(name).write_text(dump(data), encoding="utf-8")
            print(f"{name}: {len(data)} texts -> {path_of(name).relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
