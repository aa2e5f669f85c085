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

from .comparison import Comparison
from .errors import NumberParseError, PercentageParseError, PollstatsError
from .export import to_csv, to_dataframe, to_jsonl  # pandas only when to_dataframe is called
from .model import Cue, Statistic
from .parsing import parse_number, parse_percentage
from .pipeline import Extraction, extract
from .plot import plot_series  # matplotlib only when plot_series is called
from .stream import iter_statistics
from .tracking import Series, SeriesPoint, series

__all__ = [
    "Comparison",
    "Cue",
    "Extraction",
    "NumberParseError",
    "PercentageParseError",
    "PollstatsError",
    "Series",
    "SeriesPoint",
    "Statistic",
    "extract",
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
