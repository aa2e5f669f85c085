"""Atheris harness: ``pollstats.extract`` on arbitrary text, asserting the invariants of
``tests/invariants.py`` (never raises, spans and values hold, deterministic, prefix-stable).

Needs the ``fuzz`` extra (``pip install '.[fuzz]'``). Run from the project root::

    python fuzz/fuzz_extract.py -atheris_runs=1000000 -max_len=2048 fuzz/corpus

An input is either raw Unicode from the fuzzer (surrogates included) or a sequence of pieces
from ``invariants.PIECES`` (numbers, units, cue words, odd characters), so the fuzzer reaches the
rules, not only the tokenizer. A broken invariant raises, and libFuzzer saves the input; with
``POLLSTATS_FUZZ_LOG=path`` it is appended to that file as JSON and the run goes on instead
(at most 20 inputs per kind of finding), for long unattended runs.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

try:  # coverage of pollstats only, without comparison tracing (about 4x more inputs a second)
    from atheris.import_hook import HookManager

    _hooks = HookManager({"pollstats"}, set(), True, trace_dataflow=False)
except (ImportError, TypeError):  # another atheris version: its public default
    _hooks = atheris.instrument_imports(include=["pollstats"])
with _hooks:  # pollstats imports its stages on first use: make that happen in here
    import pollstats

    pollstats.extract("A poll of 1,000 adults found 27%, up from 20% in May 2020 (Gallup).")

from invariants import PIECES, InvariantError, check_all

_LOG = os.environ.get("POLLSTATS_FUZZ_LOG")
_seen: Counter[str] = Counter()


def make_text(data: bytes) -> str:
    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        return str(fdp.ConsumeUnicode(fdp.remaining_bytes()))
    parts = []
    while fdp.remaining_bytes():
        parts.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
    return "".join(parts)


def test_one_input(data: bytes) -> None:
    text = make_text(data)
    try:
        # spans and values every time; a second run and the prefix test on every 4th input
        check_all(text, rerun=len(data) % 4 == 0)
    except InvariantError as e:
        if not _LOG:
            raise
        kind = re.sub(r"'.*'|\d+", "_", str(e))
        _seen[kind] += 1
        if _seen[kind] <= 20:
            with open(_LOG, "a", encoding="utf-8") as f:
                f.write(json.dumps({"kind": kind, "error": str(e), "text": text},
                                   ensure_ascii=True) + "\n")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
