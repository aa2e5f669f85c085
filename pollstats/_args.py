"""Checks of the arguments at the API boundary (``published=``, ``sample_size=``).

Kept apart from the extractor so that the command line can check its options without
compiling a pattern.
"""

from __future__ import annotations

import datetime as _dt
import numbers
from typing import Final

import regex

from .errors import PollstatsError

__all__ = ["MAX_SAMPLE_SIZE", "PUBLISHED_FORMS", "published_date", "sample_size"]

#: The forms ``published=`` accepts, as error messages and the docs name them.
PUBLISHED_FORMS: Final = "a date, a datetime, or a string YYYY-MM-DD, YYYY-MM or YYYY"

#: The largest ``sample_size`` accepted (more respondents than people alive is an error).
MAX_SAMPLE_SIZE: Final = 10_000_000_000

_ISO: Final = regex.compile(
    r"""
    (?P<year>[0-9]{4})             # 2024
    (?: - (?P<month>[0-9]{2})      # -05
        (?: - (?P<day>[0-9]{2}) )? # -02
    )?
    """,
    regex.VERBOSE | regex.ASCII,
)


def published_date(value: object) -> _dt.date | None:
    """A publication date from ``None``, a date, a datetime, ``YYYY-MM-DD``, ``YYYY-MM`` (the
    first of the month) or ``YYYY`` (the first of January); anything else raises.

    ``TypeError`` for another type; :class:`~pollstats.PollstatsError` for a string of another
    form or an impossible date, the message quoting the input and the accepted forms.

    >>> published_date("2024-05"), published_date("2024")
    (datetime.date(2024, 5, 1), datetime.date(2024, 1, 1))
    >>> published_date("May 2, 2024")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pollstats.errors.PollstatsError: published='May 2, 2024' is not a date: give ... or YYYY
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"published must be {PUBLISHED_FORMS} or None, not {type(value).__name__}")
    m = _ISO.fullmatch(value)
    problem = "is not a date"
    if m is not None:
        try:
            return _dt.date(int(m["year"]), int(m["month"] or 1), int(m["day"] or 1))
        except ValueError as e:
            problem = f"is not a date ({e})"
    raise PollstatsError(f"published={value!r:.80} {problem}: give {PUBLISHED_FORMS}")


def sample_size(value: object) -> int | None:
    """``None``, or a whole number of respondents from 1 to :data:`MAX_SAMPLE_SIZE`.

    ``TypeError`` for anything but an integer (``True``, ``"1000"`` and ``1000.0`` included);
    :class:`~pollstats.PollstatsError` for an integer out of range (0, negative, huge).
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"sample_size must be an int or None, not {type(value).__name__}")
    n = int(value)
    if not 1 <= n <= MAX_SAMPLE_SIZE:
        shown = str(n) if len(str(n)) <= 24 else f"{str(n)[:12]}...({len(str(n))} digits)"
        raise PollstatsError(
            f"sample_size={shown} is not a number of respondents: give 1 to {MAX_SAMPLE_SIZE:,}"
        )
    return n
