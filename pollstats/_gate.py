"""Word gates: a case-insensitive word pattern searched only where one of its words occurs.

A pattern such as ``(?<!\\w)(?:survey\\w*|poll\\w*|...)(?!\\w)`` with ``IGNORECASE`` has no
literal prefix, so the ``regex`` engine tries the whole alternation at every character (about
half a microsecond each); most sentences hold none of its words. :class:`Gated` first looks
for the words themselves with the stdlib engine in a lower-case ASCII copy of the stretch
(about ten times faster), and runs the pattern only when one is there. Every match of the
pattern must contain one of the words as written (case aside): tests/test_prefilters.py
checks that each gated pattern gives what the pattern alone gives.
"""

from __future__ import annotations

import re
from typing import Final

import attrs
import regex

__all__ = ["Gated", "ascii_folded"]

#: Letters that case-insensitive matching equates with ASCII ones (see tokens._FOLD).
_FOLDS: Final = (("\u0130", "i"), ("\u017f", "s"), ("\u212a", "k"))


def ascii_folded(chunk: str) -> bytes:
    """``chunk`` lower-cased, the letters of :data:`_FOLDS` folded, non-ASCII as ``?``: an
    ASCII word a case-insensitive pattern matches in ``chunk`` is in it, lower-cased."""
    if not chunk.isascii():
        for ch, to in _FOLDS:
            if ch in chunk:
                chunk = chunk.replace(ch, to)
    return chunk.lower().encode("ascii", "replace")


@attrs.frozen
class Gated:
    """``pattern``, searched only when ``text[pos:endpos]`` holds one of ``words`` (lower
    case ASCII, any case in the text): ``search`` returns what ``pattern.search`` returns."""

    pattern: regex.Pattern[str]
    words: tuple[str, ...] = attrs.field()
    gate: re.Pattern[bytes] = attrs.field(init=False)

    @words.validator
    def _ascii_lower(self, _: object, value: tuple[str, ...]) -> None:
        if not value or any(not w or not w.isascii() or w != w.lower() for w in value):
            raise ValueError(f"gate words must be lower-case ASCII: {value!r}")

    @gate.default
    def _gate(self) -> re.Pattern[bytes]:
        return re.compile("|".join(re.escape(w) for w in sorted(self.words)).encode())

    def search(self, text: str, pos: int = 0, endpos: int | None = None
               ) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.gate.search(ascii_folded(text[max(0, pos):end])) is None:
            return None
        return self.pattern.search(text, pos, end)
