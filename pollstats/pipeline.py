"""``extract``: text in, an :class:`Extraction` of statistics (and later comparisons) out."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

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

    def records(self) -> list[dict[str, Any]]:
        """Flat JSON-ready dicts, one per statistic (schema in docs/schema.md)."""
        from .records import statistic_record

        return [statistic_record(st) for st in self.statistics]


def _published(value: _dt.date | str | None) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value if not isinstance(value, _dt.datetime) else value.date()
    if isinstance(value, str):
        return _dt.date.fromisoformat(value.strip()[:10]) if len(value.strip()) >= 10 else (
            _dt.date.fromisoformat(value.strip() + "-01")
        )
    raise TypeError(f"published must be a date, an ISO date string or None, not {type(value).__name__}")


def extract(text: str, *, published: _dt.date | str | None = None) -> Extraction:
    """Every survey statistic in ``text``.

    >>> ex = extract("Support fell to 38% (n=1,012).")
    >>> [(s.text, s.kind, s.low) for s in ex.statistics]
    [('38%', 'share', 38.0), ('n=1,012', 'sample_size', 1012.0)]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    pub = _published(published)
    stats = find_statistics(text, tokens(text))
    return Extraction(text, tuple(stats), pub)
