"""Find per-figure pattern calls whose window spans the text (issue 18).

A figure's context look-up must stay within its reach: a ``match``, ``fullmatch`` or ``search``
called for every figure with a window that grows with the sentence or the text costs quadratic
time in a long sentence of figures. The ``regex`` module makes this easy to miss: ``match`` with a
far end position first scans up to it for a literal the pattern requires, so even a short match
costs the whole window.

This tool wraps ``regex.compile`` before pollstats is imported, runs ``extract`` over the
adversarial families (long sentences without line breaks, many figures each), and counts, per
call site, the calls whose window (end position minus start position) is longer than ``--limit``
characters. A whole-text pass runs once or a few times per document; a call site that does it
for each figure shows up with a count near the number of figures.

    python tools/window_audit.py                 # every context family, 20K characters
    python tools/window_audit.py --chars 50000 --limit 3000

Exit status 1 when a call site exceeds ``--most`` long windows in some family.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
_LONG: collections.Counter[tuple[str, str]] = collections.Counter()
_METHODS = ("match", "fullmatch", "search", "finditer", "findall")
_compile = regex.compile


class _Audited:
    """A compiled pattern that records the window of each call and where it came from."""

    __slots__ = ("_limit", "_p")

    def __init__(self, pattern: Any, limit: int) -> None:
        self._p = pattern
        self._limit = limit

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._p, name)
        if name not in _METHODS:
            return attr

        def call(*args: Any, **kw: Any) -> Any:
            if args and isinstance(args[0], str):
                text = args[0]
                pos = args[1] if len(args) > 1 else kw.get("pos", 0)
                end = args[2] if len(args) > 2 else kw.get("endpos", len(text))
                if min(end, len(text)) - pos > self._limit:
                    frame = sys._getframe(1)
                    site = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
                    up = frame.f_back  # who called the helper that holds the call
                    if up is not None:
                        site += f" <- {Path(up.f_code.co_filename).name}:{up.f_lineno}"
                    _LONG[(name, site)] += 1
            return attr(*args, **kw)

        return call


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000, help="size of each family's text")
    parser.add_argument("--limit", type=int, default=2_000, help="a long window, in characters")
    parser.add_argument("--most", type=int, default=20,
                        help="long windows allowed per call site and family")
    args = parser.parse_args(argv)
    regex.compile = lambda *a, **kw: _Audited(_compile(*a, **kw), args.limit)  # type: ignore[assignment]
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from families import CONTEXT_FAMILIES

    import pollstats

    bad = 0
    for name, (gen, _) in sorted(CONTEXT_FAMILIES.items()):
        reps = 1
        while len(gen(reps)) < args.chars:
            reps *= 2
        _LONG.clear()
        text = gen(reps)
        figures = len(pollstats.extract(text, published="2025-03-01").statistics)
        worst = [(n, k) for k, n in _LONG.most_common() if n > args.most]
        print(f"{name}: {len(text)} characters, {figures} figures, "
              f"{len(worst)} call sites over {args.most} long windows")
        for n, (method, site) in worst:
            print(f"    {n:6d} {method:9s} {site}")
        bad += len(worst)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
