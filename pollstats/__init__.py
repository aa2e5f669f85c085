"""pollstats: survey statistics from prose, as span-grounded typed records.

>>> import pollstats
>>> ex = pollstats.extract("Two-thirds (66%) of respondents agreed, up 5 points.")
>>> for s in ex.statistics:
...     print(s.text, s.kind, s.low, s.unit)
Two-thirds share 66.667 percent
66% share 66.0 percent
5 points change 5.0 percentage_point
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import NumberParseError, PercentageParseError, PeriodParseError, PollstatsError

if TYPE_CHECKING:  # the names below load on first use: `import pollstats` stays fast
    from .comparison import Comparison
    from .export import to_csv, to_dataframe, to_jsonl
    from .model import Cue, Statistic
    from .parallel import extract_many
    from .parsing import parse_number, parse_percentage
    from .period import Period
    from .pipeline import Extraction, extract
    from .plot import plot_series
    from .stream import iter_statistics
    from .tracking import Series, SeriesPoint, series

#: Public name -> the module that defines it. The extractor compiles its patterns when its
#: module is first imported, so they are loaded on first use rather than at `import pollstats`.
_LAZY: dict[str, str] = {
    "Comparison": "comparison",
    "Cue": "model",
    "Extraction": "pipeline",
    "Series": "tracking",
    "SeriesPoint": "tracking",
    "Statistic": "model",
    "extract": "pipeline",
    "extract_many": "parallel",
    "iter_statistics": "stream",
    "parse_number": "parsing",
    "parse_percentage": "parsing",
    "Period": "period",
    "plot_series": "plot",
    "series": "tracking",
    "to_csv": "export",
    "to_dataframe": "export",
    "to_jsonl": "export",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pollstats' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Comparison",
    "Cue",
    "Extraction",
    "NumberParseError",
    "PercentageParseError",
    "Period",
    "PeriodParseError",
    "PollstatsError",
    "Series",
    "SeriesPoint",
    "Statistic",
    "extract",
    "extract_many",
    "iter_statistics",
    "parse_number",
    "parse_percentage",
    "plot_series",
    "series",
    "to_csv",
    "to_dataframe",
    "to_jsonl",
]

__version__ = "0.1.0"
