"""``Period``: when a survey was in the field, as a value — a year, a month or a day, or a span
from one of these to a later one.

Its string is the record's ``period`` field (``2024``, ``2024-10``, ``2024-10-05``,
``2007/2010``; a span is its two ends joined by ``/`` as in ISO 8601 intervals) and
:meth:`Period.parse` reads that string back. Periods are ordered by where they start, then
from the coarser to the finer (a year before its months, a month before its days, a longer
span before a shorter one that starts on the same day; then by how finely the two ends are
written), so that a period sorts before every period it strictly contains.

>>> p = Period.parse("2023-10")
>>> p, str(p), p.precision
(Period(year=2023, month=10, day=None, end=None), '2023-10', 'month')
>>> span = Period(2007, end=2010)
>>> str(span), span.end, span.contains(Period(2008, 5))
('2007/2010', Period(year=2010, month=None, day=None, end=None), True)
>>> Period(2023).contains(p), sorted([p, Period(2023)]) == [Period(2023), p]
(True, True)
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
from typing import Final, Literal

import attrs
import regex

from .errors import PeriodParseError

__all__ = ["Period", "Precision", "period_of"]

Precision = Literal["year", "month", "day"]
_RANK: Final[dict[str, int]] = {"year": 0, "month": 1, "day": 2}


def _to_end(value: Period | int | None) -> Period | None:
    """An end given as a year (``Period(2007, end=2010)``) is that year."""
    return Period(value) if isinstance(value, int) else value


def _check_year(instance: Period, attribute: attrs.Attribute[int], value: int) -> None:
    if not 1 <= value <= 9999:
        raise ValueError(f"year {value} is not between 1 and 9999")


def _check_month(instance: Period, attribute: attrs.Attribute[int | None], value: int | None
                 ) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month {value} is not between 1 and 12")


def _check_day(instance: Period, attribute: attrs.Attribute[int | None], value: int | None
               ) -> None:
    if value is None:
        return
    if instance.month is None:
        raise ValueError("a day needs a month")
    last = calendar.monthrange(instance.year, instance.month)[1]
    if not 1 <= value <= last:
        raise ValueError(f"day {value} is not in {instance.year:04d}-{instance.month:02d}")


def _check_end(instance: Period, attribute: attrs.Attribute[Period | None],
               value: Period | None) -> None:
    if value is None:
        return
    if value.end is not None:
        raise ValueError("the end of a span is a year, a month or a day, not another span")
    if value.first_day <= instance.first.last_day:
        raise ValueError(f"the end {value} does not come after the start {instance.first}")


@functools.total_ordering
@attrs.frozen(eq=True, order=False)
class Period:
    """A year, a month or a day (``month`` and ``day`` None when coarser), optionally with a
    later ``end`` that makes it a span (``2007/2010``). Invalid dates raise ``ValueError``."""

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)
    end: Period | None = attrs.field(default=None, converter=_to_end, validator=_check_end)

    # -- named constructors ------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> Period:
        """The period a record string gives: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, or two of
        these joined by ``/``; :class:`~pollstats.errors.PeriodParseError` on anything else.

        >>> Period.parse("2024-02-29").day
        29
        >>> Period.parse("2023-13")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        pollstats.errors.PeriodParseError: cannot read a period from '2023-13' at position 5: ...
        """
        if not isinstance(text, str):
            raise TypeError(f"Period.parse() takes a str, not {type(text).__name__}")
        m = _PERIOD.fullmatch(text)
        if m is None:
            near = _PERIOD.match(text)
            raise PeriodParseError(
                text, near.end() if near is not None else 0,
                "expected YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by '/'")
        first = _part(m, "", text)
        if m["ey"] is None:
            return first
        end = _part(m, "e", text)
        try:
            return cls(first.year, first.month, first.day, end)
        except ValueError as e:
            raise PeriodParseError(text, m.start("ey"), str(e)) from None

    @classmethod
    def of_date(cls, date: _dt.date, precision: Precision = "day") -> Period:
        """The year, month or day of a date: ``Period.of_date(date(2025, 6, 17), "month")``
        is ``2025-06``."""
        if precision == "year":
            return cls(date.year)
        if precision == "month":
            return cls(date.year, date.month)
        return cls(date.year, date.month, date.day)

    # -- parts -------------------------------------------------------------------------------

    @property
    def precision(self) -> Precision:
        """Of the start: ``year``, ``month`` or ``day``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def first(self) -> Period:
        """The start, without the end."""
        return self if self.end is None else Period(self.year, self.month, self.day)

    @property
    def last(self) -> Period:
        """The end of a span; the period itself when it is no span."""
        return self if self.end is None else self.end

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> _dt.date:
        last = self.last
        if last.day is not None and last.month is not None:
            return _dt.date(last.year, last.month, last.day)
        if last.month is not None:
            return _dt.date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
        return _dt.date(last.year, 12, 31)

    @property
    def middle(self) -> _dt.date:
        """Where a chart puts the period: a year at 1 July, a month on the 15th, a day on
        itself, a span halfway between its first day and the day after its last."""
        if self.end is None:
            if self.month is None:
                return _dt.date(self.year, 7, 1)
            return _dt.date(self.year, self.month, self.day or 15)
        after = self.last_day + _dt.timedelta(days=1)
        return self.first_day + (after - self.first_day) / 2

    # -- relations ---------------------------------------------------------------------------

    def contains(self, other: Period) -> bool:
        """Whether every day of ``other`` lies within this period (a period contains itself).

        >>> Period(2007, end=2010).contains(Period(2008, 5)), Period(2023, 5).contains(Period(2023))
        (True, False)
        """
        return self.first_day <= other.first_day and other.last_day <= self.last_day

    def _key(self) -> tuple[_dt.date, int, int, int]:
        return (self.first_day, -self.last_day.toordinal(), _RANK[self.precision],
                -1 if self.end is None else _RANK[self.end.precision])

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() < other._key()

    # -- derived periods ---------------------------------------------------------------------

    def by_month(self) -> Period:
        """As fieldwork is reported: a day, or a span that starts on a day or in a month (a
        quarter, a season), gives the month it starts in; years and spans of years stay as
        they are.

        >>> str(Period(2025, 3, 6, end=Period(2025, 3, 8)).by_month()), str(Period(2007, end=2010))
        ('2025-03', '2007/2010')
        >>> str(Period(2023, 7, end=Period(2023, 9)).by_month())  # the third quarter of 2023
        '2023-07'
        """
        if self.month is None or (self.day is None and self.end is None):
            return self
        return Period(self.year, self.month)

    def shift(self, unit: Literal["year", "month"] | str, offset: int) -> Period:
        """``offset`` years (a year) or months (a month) from the start: ``2024-09`` shifted
        by -1 year is ``2023``, by -1 month ``2024-08``; a year shifted by months starts in
        January. A span of years keeps its length (a year before ``2024/2025``, a financial
        year, is ``2023/2024``).

        >>> str(Period(2024, end=2025).shift("year", -1))
        '2023/2024'
        """
        if unit == "year":
            if self.month is None and self.end is not None and self.end.month is None:
                return Period(self.year + offset, end=self.end.year + offset)
            return Period(self.year + offset)
        total = self.year * 12 + (self.month or 1) - 1 + offset
        return Period(total // 12, total % 12 + 1)

    def __str__(self) -> str:
        head = f"{self.year:04d}"
        if self.month is not None:
            head += f"-{self.month:02d}"
        if self.day is not None:
            head += f"-{self.day:02d}"
        return head if self.end is None else f"{head}/{self.end}"


def period_of(value: object) -> Period | None:
    """A record's ``period`` field read back: a period string (around spaces allowed), a date
    (its day) or a Period; None for anything else (``"last year"``, ``"2024-13"``, ``None``).

    >>> period_of(" 2023-10 "), period_of("spring")
    (Period(year=2023, month=10, day=None, end=None), None)
    """
    if isinstance(value, Period):
        return value
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return Period.of_date(value)
    if not isinstance(value, str):
        return None
    try:
        return Period.parse(value.strip())
    except PeriodParseError:
        return None


#: The record strings: a year, a month or a day, or two of them joined by "/".
_PERIOD = regex.compile(
    r"""
    (?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?           # 2024, 2024-10, 2024-10-05
    (?:/(?P<ey>[0-9]{4})(?:-(?P<em>[0-9]{2})(?:-(?P<ed>[0-9]{2}))?)?)?  # /2025, /2025-03 ...
    """,
    regex.VERBOSE,
)


def _part(m: regex.Match[str], prefix: str, text: str) -> Period:
    """One end of a matched period string; the error names the part that is wrong."""
    y, mo, d = (m[prefix + k] for k in ("y", "m", "d"))
    try:
        return Period(int(y), None if mo is None else int(mo), None if d is None else int(d))
    except ValueError as e:
        reason = str(e)
        part = "m" if reason.startswith("month") else "d" if reason.startswith("day") else "y"
        raise PeriodParseError(text, m.start(prefix + part), reason) from None
