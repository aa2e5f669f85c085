"""Whole-string parsers: the string must be exactly one number or one percentage.

They raise :class:`~pollstats.errors.PollstatsError` subclasses that quote the input and the
position where reading failed; searching prose is :func:`pollstats.extract`'s job.
"""

from __future__ import annotations

from .errors import NumberParseError, PercentageParseError
from .matchers import find_statistics
from .tokens import iter_tokens, tokens

__all__ = ["parse_number", "parse_percentage"]


def _strip(s: object, name: str) -> tuple[str, int]:
    if not isinstance(s, str):
        raise TypeError(f"{name}() takes a str, not {type(s).__name__}")
    stripped = s.strip()
    return stripped, len(s) - len(s.lstrip())


def parse_number(s: str) -> float:
    """Read one number written in digits or words; the whole string must be that number.

    >>> parse_number("1,600")
    1600.0
    >>> parse_number("twenty-two")
    22.0
    >>> parse_number("  3.5 ")
    3.5
    >>> parse_number("3.5.1")
    Traceback (most recent call last):
    ...
    pollstats.errors.NumberParseError: cannot read a number from '3.5.1' at position 0: ...
    """
    stripped, offset = _strip(s, "parse_number")
    if not stripped:
        raise NumberParseError(s, 0, "the string is empty")
    found = list(iter_tokens(stripped))
    if not found:
        raise NumberParseError(s, offset, "no number found")
    tok = found[0]
    if tok.start != 0:
        raise NumberParseError(s, offset, f"unexpected text {stripped[: tok.start]!r}")
    if len(found) > 1 or tok.end != len(stripped):
        raise NumberParseError(s, offset + tok.end, f"unexpected text {stripped[tok.end:]!r}")
    if tok.form not in ("digits", "words"):
        raise NumberParseError(s, offset, f"{tok.text!r} is a {tok.form}, not a number")
    return tok.value


def parse_percentage(s: str) -> float:
    """Read one share in percent: ``27%``, ``27 per cent``, ``two-thirds``, ``one in five``.

    >>> parse_percentage("27 per cent")
    27.0
    >>> parse_percentage("two-thirds")
    66.667
    >>> parse_percentage("one in five")
    20.0
    >>> parse_percentage("27 points")
    Traceback (most recent call last):
    ...
    pollstats.errors.PercentageParseError: cannot read a percentage from '27 points' at ...
    """
    stripped, offset = _strip(s, "parse_percentage")
    if not stripped:
        raise PercentageParseError(s, 0, "the string is empty")
    toks = tokens(stripped)
    if not toks:
        raise PercentageParseError(s, offset, "no number found")
    if len(toks) == 1 and toks[0].form == "fraction" and toks[0].end == len(stripped):
        if toks[0].start != 0:
            extra = stripped[: toks[0].start]
            raise PercentageParseError(s, offset, f"unexpected text {extra!r}")
        return toks[0].value
    stats = [st for st in find_statistics(stripped, toks) if st.unit == "percent"]
    if not stats:
        raise PercentageParseError(s, offset, "no percentage found")
    st = stats[0]
    if st.start != 0:
        raise PercentageParseError(s, offset, f"unexpected text {stripped[: st.start]!r}")
    if len(stats) > 1 or st.end != len(stripped):
        raise PercentageParseError(s, offset + st.end, f"unexpected text {stripped[st.end:]!r}")
    if st.is_range:
        raise PercentageParseError(s, offset, f"{st.text!r} is a range, not one percentage")
    return st.low
