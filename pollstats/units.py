"""A private, lazily built pint registry with the four units of pollstats.

The global ``pint`` registry is never touched; ``pint`` itself is imported on first use only
(importing it costs about 100 ms), so ``import pollstats`` stays fast.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ._data import read_text

if TYPE_CHECKING:
    import pint

__all__ = ["quantity", "registry"]


@functools.cache
def registry() -> pint.UnitRegistry[Any]:
    """The registry, built from ``data/units.txt`` on first call."""
    import pint

    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(None, cache_folder=None)
    for line in read_text("units.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            reg.define(line)
    return reg


def quantity(value: float, unit: str) -> pint.Quantity[Any]:
    """``value`` in ``unit`` (one of percent, percentage_point, ratio, count)."""
    reg = registry()
    return reg.Quantity(value, unit)
