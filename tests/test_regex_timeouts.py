"""Every compiled pattern of pollstats stays fast on runs of one character class.

Fuzz run 10 found a pattern whose repeated alternation could split a run of digits in
exponentially many ways (``pair_rules_near._BASELINE_WHEN``: 24 digits took 1.7 s, 30 took
minutes). The ReDoS analysis of ``tools/check_regexes.py`` did not see it, so every pattern is
also run here on such runs, with the ``regex`` module's own timeout as the bound.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

#: Runs of one kind of character, with the words the patterns look for around them.
_RUNS = (
    " in " + "1" * 80 + "x",
    "1" * 160,
    "1 " * 80,
    "1," * 80 + "%",
    "a" * 200,
    "Aa " * 70,
    " " * 200 + "%",
    "( " * 80 + "1%",
    "-" * 120 + "1",
    "from " * 40 + "1%",
    # fuzz run 11: a run of hyphens after a date, which a separator class and a word class
    # that both took "-" split in polynomially many ways
    " in October 2024" + "-" * 120 + "0 points",
    " in March " + "'" * 120 + "0 points",
)
_TIMEOUT = 2.0  # seconds per call: a linear pattern needs microseconds here


def _patterns() -> Iterator[tuple[str, Any]]:
    """Every compiled pattern of pollstats, as tools/check_regexes.py walks them."""
    pytest.importorskip("regexploit")  # the checker's own import
    path = Path(__file__).resolve().parents[1] / "tools" / "check_regexes.py"
    spec = importlib.util.spec_from_file_location("check_regexes", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    yield from mod._patterns()


@pytest.mark.slow
def test_no_pattern_backtracks_on_runs() -> None:
    slow: list[str] = []
    seen: set[int] = set()
    for where, pattern in _patterns():
        if (id(pattern) in seen or not isinstance(pattern, regex.Pattern)
                or not isinstance(pattern.pattern, str)):
            continue
        seen.add(id(pattern))
        for run in _RUNS:
            try:
                pattern.search(run, timeout=_TIMEOUT)
                pattern.match(run, 1, timeout=_TIMEOUT)
            except TimeoutError:
                slow.append(f"{where} on {run[:24]!r}...")
    assert len(seen) > 500  # the walk found the package's patterns
    assert not slow, slow


@pytest.mark.slow
def test_the_bound_catches_a_backtracking_pattern() -> None:
    # the shape fuzz run 10 found: overlapping digit runs inside a lazy bounded repeat
    bad = regex.compile(r"\s+in\s+(?:[^\d]|[0-9]{1,4}){1,50}?(?=\s+and\s)")
    with pytest.raises(TimeoutError):
        bad.search(" in " + "1" * 80 + "x", timeout=0.5)
