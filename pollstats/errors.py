"""The one error hierarchy of pollstats.

``extract`` never raises these for a ``str``; the whole-string parsers (``parse_number``,
``parse_percentage``) do, quoting the input and the position where reading stopped.
"""

from __future__ import annotations

__all__ = ["NumberParseError", "PercentageParseError", "PeriodParseError", "PollstatsError"]


class PollstatsError(ValueError):
    """Base class for every error pollstats raises on malformed input."""


class NumberParseError(PollstatsError):
    """A string given to :func:`pollstats.parse_number` is not one number."""

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(f"cannot read a number from {text!r} at position {position}: {reason}")


class PercentageParseError(PollstatsError):
    """A string given to :func:`pollstats.parse_percentage` is not one percentage."""

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(
            f"cannot read a percentage from {text!r} at position {position}: {reason}"
        )


class PeriodParseError(PollstatsError):
    """A string given to :meth:`pollstats.period.Period.parse` is not one period."""

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(f"cannot read a period from {text!r} at position {position}: {reason}")
