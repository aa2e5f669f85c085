"""Value objects shared by the stages: frozen, hashable, each with its character span."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from .period import Period

if TYPE_CHECKING:  # pint is imported lazily, on first use of Statistic.quantity
    import pint

    from .grouping import Group

__all__ = [
    "KINDS",
    "QUALIFIERS",
    "UNITS",
    "Cue",
    "Kind",
    "Qualifier",
    "Statistic",
    "Unit",
]

Kind = Literal["share", "change", "ratio", "sample_size", "margin_of_error"]
Unit = Literal["percent", "percentage_point", "ratio", "count"]
Qualifier = Literal["exact", "approximately", "more_than", "at_least", "less_than", "at_most"]

KINDS: Final = ("share", "change", "ratio", "sample_size", "margin_of_error")
UNITS: Final = ("percent", "percentage_point", "ratio", "count")
QUALIFIERS: Final = ("exact", "approximately", "more_than", "at_least", "less_than", "at_most")


def _check_period(instance: Cue, attribute: attrs.Attribute[Period | None],
                  value: Period | None) -> None:
    if value is not None and instance.value != str(value):
        raise ValueError(f"a period cue's value {instance.value!r} is not {str(value)!r}")


@attrs.frozen
class Cue:
    """A value read from the text (a source, a period, a subgroup...) and where it was read.

    ``value`` is normalized (``"Levada Center"``, ``"2024-10"``); ``text`` is what the input says
    between ``start`` and ``end`` (``"Levada-Center"``, ``"October 2024"``). A period cue also
    carries its typed ``period`` (made by :meth:`for_period`; ``value`` is then its string),
    and, when the text dates it more precisely than the record's convention (fieldwork by the
    month it started), the ``exact`` period it gives (``Dec. 28, 2023 and Jan. 3, 2024``: a span
    of days). ``exact`` takes no part in equality: two cues of one month are one period.
    """

    value: str
    start: int
    end: int
    text: str
    period: Period | None = attrs.field(default=None, validator=_check_period)
    exact: Period | None = attrs.field(default=None, eq=False)

    @classmethod
    def for_period(cls, period: Period, start: int, end: int, text: str,
                   exact: Period | None = None) -> Cue:
        """The cue of a period read from ``text`` (its string is the record's ``period``);
        ``exact``, the text's own precision, when it is finer than ``period``."""
        return cls(str(period), start, end, text, period,
                   None if exact == period else exact)

    @property
    def days(self) -> Period | None:
        """The period as precisely as the text gives it (``exact``, else ``period``)."""
        return self.exact if self.exact is not None else self.period


def _check_interval(instance: Statistic, attribute: attrs.Attribute[float], value: float) -> None:
    if value < instance.low:
        raise ValueError(f"high {value} is below low {instance.low}")


@attrs.frozen
class Statistic:
    """One statistic found in a text: ``text == source_text[start:end]``.

    ``low``/``high`` hold the value as an interval in ``unit`` (equal for a point value).
    Attribution fields are ``None`` until :mod:`pollstats.attribution` fills them.
    """

    text: str
    start: int
    end: int
    kind: Kind = attrs.field(validator=attrs.validators.in_(KINDS))
    low: float
    high: float = attrs.field(validator=_check_interval)
    unit: Unit = attrs.field(validator=attrs.validators.in_(UNITS))
    qualifier: Qualifier = attrs.field(
        default="exact", validator=attrs.validators.in_(QUALIFIERS)
    )
    source: Cue | None = None
    period: Cue | None = None
    population: Cue | None = None
    subgroup: Cue | None = None
    measure: Cue | None = None
    #: How the number is written: ``digits`` (``45%``), ``words`` (``forty-five percent``),
    #: ``fraction`` (``two-thirds``) or ``multiplier`` (``doubled``).
    form: str = "digits"
    #: The :data:`pollstats.matchers.RULES` rule that read it (``percent``, ``points``...).
    rule: str = ""

    @property
    def value(self) -> float:
        """The point value, or the middle of a range."""
        return (self.low + self.high) / 2

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def group(self) -> Group | None:
        """The subgroup as a :class:`~pollstats.grouping.Group` (its words and their key)."""
        from .grouping import Group

        return None if self.subgroup is None else Group.of(self.subgroup)

    @property
    def quantity(self) -> pint.Quantity[Any]:
        """The value as a pint Quantity in pollstats' private unit registry."""
        from .units import quantity

        return quantity(self.value, self.unit)

    # REPL and notebook manners (formatting lives in export.py, records.py and html.py)

    def to_dict(self) -> dict[str, Any]:
        """The flat record of this statistic (as in :meth:`Extraction.records`, but ``survey``
        is None: the flag needs the text around the figure)."""
        from .records import statistic_record

        return statistic_record(self)

    def __str__(self) -> str:
        """One readable line: ``share 41% "41%" [12:15] · source Gallup · period 2024-05``."""
        from .export import format_statistic

        return format_statistic(self.to_dict())

    def _repr_html_(self) -> str:
        from .html import statistic_html

        return statistic_html(self)
