"""Every compiled pattern of pollstats stays fast on runs of one character class.

Fuzz run 10 found a pattern whose repeated alternation could split a run of digits in
exponentially many ways (``pair_rules_near._BASELINE_WHEN``: 24 digits took 1.7 s, 30 took
minutes). The ReDoS analysis of ``tools/check_regexes.py`` did not see it, so every pattern is
also run here on such runs, with the ``regex`` module's own timeout as the bound.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import regex

import pollstats

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
)
_TIMEOUT = 2.0  # seconds per call: a linear pattern needs microseconds here


def _patterns() -> Iterator[tuple[str, regex.Pattern[str]]]:
    for info in pkgutil.walk_packages(pollstats.__path__, "pollstats."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            stack: list[tuple[str, Any]] = [(f"{info.name}.{name}", value)]
            while stack:
                where, obj = stack.pop()
                if isinstance(obj, regex.Pattern):
                    yield where, obj
                elif isinstance(obj, dict):
                    stack.extend((f"{where}[{k!r}]", v) for k, v in obj.items())
                elif isinstance(obj, list | tuple | frozenset | set):
                    stack.extend((f"{where}[{i}]", v) for i, v in enumerate(obj))
                elif attrs.has(type(obj)) and not isinstance(obj, type):
                    stack.extend((f"{where}.{a.name}", getattr(obj, a.name, None))
                                 for a in attrs.fields(type(obj)))


@pytest.mark.slow
def test_no_pattern_backtracks_on_runs() -> None:
    slow: list[str] = []
    seen: set[int] = set()
    for where, pattern in _patterns():
        if id(pattern) in seen or not isinstance(pattern.pattern, str):
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
