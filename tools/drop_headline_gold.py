"""Bring gold files in line with the corpus README: no statistics inside the title line.

    python tools/drop_headline_gold.py [--write] [DIR...]     (default: tests/data/eval*)

The README (../shared/corpus/README.md, "Exclude: ... numbers inside titles/URLs") leaves the
headline's figures out; some older sets annotated them. For every gold file whose text's first
line is its ``title``, this drops the stats whose quote (located by ``occurrence``, the
README's counting) starts inside that line, and the comparisons with an end that no remaining
stat of the same unit carries (the title figure was that end). Occurrences of the other stats
do not change: they count over the whole text, title included. Prints what it drops; writes
only with ``--write``, in the file's own format (its indent, ``ensure_ascii=False``, a final
newline if it had one), so the diff is only the dropped records.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from typing import Any


def _start(text: str, quote: str, occurrence: int) -> int:
    i = -1
    for _ in range(occurrence):
        i = text.find(quote, i + 1)
        if i < 0:
            return -1
    return i


def _carried(value: list[float], unit: str, stats: list[dict[str, Any]]) -> bool:
    return any(s["unit"] == unit and abs(s["low"] - value[0]) < 1e-6
               and abs(s["high"] - value[1]) < 1e-6 for s in stats)


def drop(gold: dict[str, Any], text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The stats and comparisons of ``gold`` dropped (``gold`` is changed in place)."""
    first = text.split("\n", 1)[0]
    title = (gold.get("title") or "").strip()
    if "\n" not in text or not title or first.strip() != title:
        return [], []
    end = len(first)
    gone = [s for s in gold["stats"] if 0 <= _start(text, s["quote"], s.get("occurrence", 1)) < end]
    if not gone:
        return [], []
    gold["stats"] = [s for s in gold["stats"] if s not in gone]
    lost = [c for c in gold.get("comparisons", [])
            if not (_carried(c["from"], c["unit"], gold["stats"])
                    and _carried(c["to"], c["unit"], gold["stats"]))
            and any(_carried(c[end_], c["unit"], gone) for end_ in ("from", "to"))]
    gold["comparisons"] = [c for c in gold.get("comparisons", []) if c not in lost]
    return gone, lost


def _indent(raw: str) -> int:
    """The file's own indent (the spaces before its second line's key)."""
    second = raw.split("\n", 2)[1] if raw.count("\n") >= 2 else "  "
    return len(second) - len(second.lstrip(" ")) or 2


def main(argv: list[str]) -> int:
    write = "--write" in argv
    dirs = [a for a in argv if a != "--write"] or sorted(glob.glob("tests/data/eval*"))
    n_files = n_stats = n_comps = 0
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "*.json"))):
            with open(path, encoding="utf-8") as f:
                raw = f.read()
            gold = json.loads(raw)
            with open(path[:-5] + ".txt", encoding="utf-8") as f:
                text = f.read()
            gone, lost = drop(gold, text)
            if not gone:
                continue
            n_files += 1
            n_stats += len(gone)
            n_comps += len(lost)
            for s in gone:
                print(f"{path}: stat {s['quote']!r} ({s['kind']} {s['low']:g})")
            for c in lost:
                print(f"{path}: comparison {c['from']} -> {c['to']} {c['unit']}")
            if write:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(json.dumps(gold, ensure_ascii=False, indent=_indent(raw))
                            + ("\n" if raw.endswith("\n") else ""))
    print(f"{n_files} files, {n_stats} headline stats, {n_comps} comparisons"
          f"{' dropped' if write else ' would be dropped'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
