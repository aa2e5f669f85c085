"""Static ReDoS check of every regular expression pollstats compiles, with regexploit.

``regexploit-py pollstats/`` cannot check our patterns: it reads only plain string literals
(ours are f-strings built from data tables) and it crashes on possessive quantifiers. So this
script imports every pollstats module, runs ``extract`` once so that lazily built patterns
exist too, collects each compiled ``regex.Pattern`` (module globals, containers in them, and the
``regex`` module's cache of compiled patterns), translates ``regex``-only syntax into what
``sre_parse`` reads, and feeds each pattern to regexploit's analysis. Any finding, or any
pattern it cannot analyse, fails the run.

Translation (documented, conservative where it can be):
- ``(?r)`` reverse patterns are analysed with their sequences reversed, as they match.
- ``\\p{..}``/``\\P{..}`` become ``\\w``/``\\W`` (a class that overlaps letters and digits).
- A possessive repeat ``x*+`` / atomic group ``(?>x)`` never gives characters back, so it is
  analysed as one optional occurrence of ``x``; regexploit has no model of either.
- Lookarounds are dropped, which only makes a pattern more permissive (regexploit would
  otherwise apply a reversed pattern's lookahead to the wrong neighbour).
- In a set, ``\\s`` is spelled out as every Unicode whitespace character, as the engine reads
  it; regexploit's own ``\\s`` is ASCII-only (its ``\\d`` and ``\\w`` stay ASCII-only).

Memo: the analysis of a pattern is deterministic, so a pattern already analysed with no
finding need not be analysed again. ``tools/regex_checked.txt`` lists one digest per such
pattern: SHA-256 of the source of the analysis (``analyse`` and the translation functions it
calls, with their constants), regexploit's version, the flags and the pattern text. Any change
to a pattern, to the analysis or to regexploit gives a new digest, and that pattern is
analysed again. CI analyses only the patterns without a digest in the file (and
fails on any finding, as before); ``--update`` analyses those and rewrites the file with the
digests of the patterns that passed added (a digest no pattern has any more is harmless:
it can only match that same pattern again); ``--all``
ignores the file and analyses every pattern (about 3 minutes on two cores).

Usage: ``python tools/check_regexes.py [-v] [--all | --update]`` (exit status 1 on any
finding).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import inspect
import multiprocessing
import os
import pkgutil
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import regex

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as C
    import sre_parse

from regexploit.ast.sre import SreOpParser
from regexploit.redos import find

import pollstats
from pollstats._gate import Gated

#: regexploit's own command-line threshold: polynomial degree (star height) above 2.
STARRINESS = 2
_SRE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE
_PROPERTY = re.compile(r"\\([pP])\{[^}]*\}")


class _Stdlib:
    """A stdlib ``re`` pattern (pollstats' byte scans) in the shape ``analyse`` reads."""

    def __init__(self, p: re.Pattern[Any]) -> None:
        src = p.pattern
        self.pattern = src.decode("latin-1") if isinstance(src, bytes) else src
        self.flags = p.flags & _SRE_FLAGS


def _patterns() -> Iterator[tuple[str, Any]]:
    """(where, pattern) for every compiled pattern reachable from pollstats."""
    for info in pkgutil.walk_packages(pollstats.__path__, "pollstats."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            stack: list[tuple[str, Any]] = [(f"{info.name}.{name}", value)]
            while stack:
                where, obj = stack.pop()
                if isinstance(obj, regex.Pattern):
                    yield where, obj
                elif isinstance(obj, re.Pattern):
                    yield where, _Stdlib(obj)
                elif isinstance(obj, dict):
                    stack.extend((f"{where}[{k!r}]", v) for k, v in obj.items())
                elif isinstance(obj, list | tuple | frozenset | set):
                    stack.extend((f"{where}[{i}]", v) for i, v in enumerate(obj))
                elif isinstance(obj, Gated):  # a pattern behind a word gate (pollstats/_gate.py)
                    stack.extend(((f"{where}.pattern", obj.pattern), (f"{where}.gate", obj.gate)))
                elif attrs.has(type(obj)) and not isinstance(obj, type):
                    # a registry row (RoleRule, MatchRule ...) holding its own patterns
                    stack.extend((f"{where}.{a.name}", getattr(obj, a.name, None))
                                 for a in attrs.fields(type(obj)))
    # patterns compiled on first use inside functions: run once, then read the regex cache
    sample = (
        "A Levada Center poll of 1,600 adults in October 2024 found 27% (up 5 points from 22% "
        "in 2023); two-thirds said so, one in five did not, and support doubled, 3.5 times as "
        "likely. The margin of error is ±3.1 percentage points. See www.x.org/?a=1%20b.\n\n"
        "According to the Northfield Institute, between 40% and 45% of voters agreed in May."
    )
    pollstats.extract(sample, published="2025-01-15")
    cache = getattr(sys.modules.get("regex._main"), "_cache", {})
    for key, value in list(cache.items()):
        if isinstance(value, regex.Pattern):
            yield f"regex cache: {str(key[0])[:40]!r}", value


def _convert(ops: Any, reverse: bool) -> list[Any]:
    """sre_parse ops with possessive repeats and atomic groups made analysable (see above)."""
    out: list[Any] = []
    for op, av in ops:
        if op is C.POSSESSIVE_REPEAT:
            lo, _hi, body = av
            out.append((C.MAX_REPEAT, (min(lo, 1), 1, _convert(body, reverse))))
        elif op is C.ATOMIC_GROUP:
            out.append((C.MAX_REPEAT, (1, 1, _convert(av, reverse))))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, body = av
            out.append((op, (lo, hi, _convert(body, reverse))))
        elif op is C.SUBPATTERN:
            group, add, dele, body = av
            out.append((op, (group, add, dele, _convert(body, reverse))))
        elif op is C.BRANCH:
            out.append((op, (av[0], [_convert(b, reverse) for b in av[1]])))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            continue  # dropped: the pattern only gets more permissive (and reversal-safe)
        elif op is C.IN:
            out.append((op, _unicode_set(av)))
        else:
            out.append((op, av))
    if reverse:
        out.reverse()
    return out


#: Every Unicode whitespace character: what ``\\s`` means to the engine in Unicode mode.
_UNICODE_SPACE = tuple(ord(c) for c in map(chr, range(0x3000 + 1)) if c.isspace())


def _unicode_set(items: list[Any]) -> list[Any]:
    """A character set with ``\\s`` spelled out as every Unicode whitespace character.
    regexploit models ``\\s`` as ASCII, so it would see ``[\\s\\u2009]+`` overlap ``[^\\s.]+`` on
    U+2009, where the engine sees none (and miss that ``\\s+`` overlaps ``[\\u2009a]+``)."""
    if not any(op is C.CATEGORY and av is C.CATEGORY_SPACE for op, av in items):
        return items
    return [*items, *((C.LITERAL, c) for c in _UNICODE_SPACE)]


_NAMED_GROUP = re.compile(r"\(\?P?<(?P<name>[A-Za-z_]\w*)>")


def _unique_group_names(text: str) -> str:
    """Give repeated group names a suffix: ``regex`` lets alternatives share one name, but
    ``sre_parse`` does not, and the name does not change what the pattern can match."""
    seen: dict[str, int] = {}

    def rename(m: re.Match[str]) -> str:
        name = m["name"]
        seen[name] = seen.get(name, 0) + 1
        if seen[name] == 1:
            return m[0]
        return f"(?P<{name}__{seen[name]}>"

    return _NAMED_GROUP.sub(rename, text)


def analyse(pattern: Any) -> list[Any]:
    """regexploit's findings for one compiled pattern (raises if it cannot be analysed)."""
    text = _PROPERTY.sub(lambda m: "\\w" if m[1] == "p" else "\\W", pattern.pattern)
    reverse = bool(pattern.flags & regex.REVERSE)
    text = text.replace("(?r)", "")
    text = _unique_group_names(text)
    ops = sre_parse.parse(text, pattern.flags & _SRE_FLAGS)
    parsed = SreOpParser().sequence_or_singleton(_convert(ops, reverse))
    if parsed is None:
        return []
    return [r for r in find(parsed) if r.starriness > STARRINESS]


class _Source:
    """A pattern's text and flags: what :func:`analyse` reads, and what crosses to a worker."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags


def _check(item: tuple[str, str, int]) -> tuple[str, list[tuple[int, str]], str | None]:
    """One pattern's findings as (starriness, example) pairs, or why it was not analysed."""
    where, text, flags = item
    try:
        found = analyse(_Source(text, flags))
    except Exception as e:  # a pattern we cannot check is a failure, not a pass
        return where, [], f"{type(e).__name__}: {e}"
    return where, [(r.starriness, str(r.example())) for r in found], None


MEMO = Path(__file__).resolve().with_name("regex_checked.txt")
_ANALYSER = importlib.metadata.version("regexploit")


def _analysis_source() -> bytes:
    """The code that decides a pattern's findings: a change to it invalidates every digest."""
    parts = [inspect.getsource(f) for f in (analyse, _convert, _unicode_set, _unique_group_names)]
    parts += [repr((STARRINESS, _SRE_FLAGS, _PROPERTY.pattern, _NAMED_GROUP.pattern))]
    return "\n".join(parts).encode()


def digest(text: str, flags: int) -> str:
    """The memo key of one pattern: this script, regexploit's version, the flags, the text."""
    h = hashlib.sha256(_SELF)
    h.update(_ANALYSER.encode())
    h.update(f"\0{flags}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def _memo() -> set[str]:
    if not MEMO.exists():
        return set()
    lines = MEMO.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


_SELF = _analysis_source()


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    memo = set() if "--all" in argv else _memo()
    seen: set[tuple[str, int]] = set()
    items: list[tuple[str, str, int]] = []
    passed: set[str] = set()
    for where, pattern in _patterns():
        key = (pattern.pattern, pattern.flags)
        if key in seen:
            continue
        seen.add(key)
        d = digest(pattern.pattern, pattern.flags)
        if d in memo:
            passed.add(d)
            continue
        items.append((where, pattern.pattern, pattern.flags))
    findings = failures = 0
    # each pattern's analysis is independent and some take a minute: one worker per core,
    # the longest patterns (the slowest to analyse) first, the report in the patterns' order
    order = sorted(range(len(items)), key=lambda k: -len(items[k][1]))
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        done = pool.map(_check, [items[k] for k in order], chunksize=1)
    results = [r for _, r in sorted(zip(order, done, strict=True))]
    for (where, found, error), (_, text, flags) in zip(results, items, strict=True):
        if error is not None:
            failures += 1
            print(f"NOT ANALYSED {where}: {error}")
            continue
        for starriness, example in found:
            findings += 1
            print(f"REDOS {where}: starriness {starriness}, e.g. {example}")
        if not found:
            passed.add(digest(text, flags))
            if verbose:
                print(f"ok {where}")
    print(f"checked {len(seen)} patterns: {len(seen) - len(items)} unchanged since their "
          f"analysis ({MEMO.name}), {len(items)} analysed now: {findings} findings, "
          f"{failures} not analysed")
    if "--update" in argv:
        head = "# digests of patterns analysed with no finding: see tools/check_regexes.py\n"
        kept = passed | _memo()
        MEMO.write_text(head + "".join(f"{d}\n" for d in sorted(kept)), encoding="utf-8")
    return 1 if findings or failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
