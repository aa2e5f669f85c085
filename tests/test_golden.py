"""The golden records (tests/golden, written by ``python tools/golden.py``) stay identical.

A change that is meant to change records rewrites them with ``python tools/golden.py`` and
explains the difference (``git diff tests/golden``) in its commit message.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _golden() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pollstats_tools_golden",
                                                  ROOT / "tools" / "golden.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GOLDEN = _golden()


@pytest.mark.parametrize("name", list(GOLDEN.SOURCES))
def test_golden_records_unchanged(name: str) -> None:
    if not GOLDEN.available(name):
        pytest.skip("../shared is absent")
    diffs = GOLDEN.differences(name)
    assert not diffs, "records differ from tests/golden (python tools/golden.py --check):\n" + \
        "\n".join(diffs)


def test_golden_catches_a_change() -> None:
    """The comparison sees a changed record, a lost one and a new one."""
    old = [{"text": "27%", "low": 27.0}, {"text": "5 points", "low": 5.0}]
    new = [{"text": "27%", "low": 28.0}, {"text": "9%", "low": 9.0}]
    diff = GOLDEN._record_diff("x", old, new)
    assert any("- " in d and '"low": 27.0' in d for d in diff)
    assert any("+ " in d and '"9%"' in d for d in diff)
    assert any("- " in d and '"5 points"' in d for d in diff)
    assert GOLDEN._record_diff("x", old, old) == []
