"""``extract``: text in, an :class:`Extraction` of statistics (and later comparisons) out."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from .anchors import regions
from .attribution import attribute
from .comparison import Comparison, find_comparisons
from .matchers import find_statistics
from .model import Statistic
from .tokens import tokens

__all__ = ["Extraction", "extract"]


@attrs.frozen
class Extraction:
    """The result of :func:`extract` on one text."""

    text: str = attrs.field(repr=False)
    statistics: tuple[Statistic, ...]
    published: _dt.date | None = None
    comparisons: tuple[Comparison, ...] = ()

    def records(self) -> list[dict[str, Any]]:
        """Flat JSON-ready dicts, one per statistic, then one per comparison (schema in
        docs/schema.md). A comparison with a baseline computed from a stated change ("up 5
        points to 47%" gives 42 -> 47) has ``derived: true``."""
        from .records import comparison_record, statistic_record

        recs = [statistic_record(st) for st in self.statistics]
        recs += [comparison_record(c, self.text) for c in self.comparisons]
        return recs

    # Exports and the notebook view live in export.py and html.py (imported on first use).

    def to_jsonl(self) -> str:
        """The records as JSON Lines text (see :func:`pollstats.export.to_jsonl`)."""
        from .export import to_jsonl

        return to_jsonl(self)

    def to_csv(self) -> str:
        """The records as CSV text with a header (see :func:`pollstats.export.to_csv`)."""
        from .export import to_csv

        return to_csv(self)

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame; needs ``pip install 'pollstats[pandas]'``."""
        from .export import to_dataframe

        return to_dataframe(self)

    def _repr_html_(self) -> str:
        """The text with every statistic highlighted, for Jupyter (see :mod:`pollstats.html`)."""
        from .html import render

        return render(self)


def _published(value: _dt.date | str | None) -> _dt.date | None:
    """A publication date from a date, a datetime, ``YYYY-MM-DD`` or ``YYYY-MM``."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        iso = value.strip()
        return _dt.date.fromisoformat(iso[:10] if len(iso) >= 10 else iso + "-01")
    kind = type(value).__name__
    raise TypeError(f"published must be a date, an ISO date string or None, not {kind}")


def extract(
    text: str, *, published: _dt.date | str | None = None, sample_size: int | None = None
) -> Extraction:
    """Every survey statistic in ``text``, and the comparisons between them.

    ``sample_size`` (respondents per survey wave), when known, lets comparisons say whether a
    change exceeds sampling error; sample sizes and margins of error in the text serve too.

    >>> ex = extract("Support fell to 38% (n=1,012).")
    >>> [(s.text, s.kind, s.low) for s in ex.statistics]
    [('38%', 'share', 38.0), ('n=1,012', 'sample_size', 1012.0)]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    pub = _published(published)
    spans = regions(text)
    found = find_statistics(text, tokens(text, spans), spans) if spans else []
    if not found:
        return Extraction(text, (), pub, ())
    stats = attribute(text, found, pub)
    comparisons = find_comparisons(text, stats, sample_size=sample_size)
    return Extraction(text, tuple(stats), pub, comparisons)
