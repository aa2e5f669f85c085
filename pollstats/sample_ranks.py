"""How wide the population of a survey's sample is, read once per document: "803
registered voters" tells a sample of registered voters, so "among likely voters" in that
poll is a part of it (:mod:`pollstats.group_narrow`), while in a poll of "612 likely voters"
it is the whole sample."""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from ._data import alternation_of, words

__all__ = ["NARROW_WORDS", "RANKS", "SampleIndex"]

_LEX: Final = "lexicon.txt"
#: How wide a population is: adults (0), registered voters (1), likely voters (2).
RANKS: Final = {w.lower(): rank for rank, section in enumerate(
    ("adult_samples", "voter_samples", "narrow_voters")) for w in words(_LEX, section)}
_SAMPLE_WORDS: Final = alternation_of(_LEX, "adult_samples", "voter_samples", "narrow_voters")
#: Voters, every kind narrower than all adults: "registered voters", "likely voters".
NARROW_WORDS: Final = alternation_of(_LEX, "voter_samples", "narrow_voters")
#: A sample described by its size: "803 registered voters", "1,204 U.S. adults".
_SAMPLE = regex.compile(
    rf"""(?<![\w.,])[0-9]{{1,3}}(?:,[0-9]{{3}})*[ \t]+(?:[\w.'’\-]+[ \t]+)?
    (?P<pop>{_SAMPLE_WORDS})(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_SAMPLE_REACH: Final = 4000  # characters on each side of a figure where its sample is told


@attrs.frozen
class SampleIndex:
    """Every sample a text describes by its size ("803 registered voters"): where it is told
    and the rank of its population (0 adults, 1 registered voters, 2 likely voters), read
    once per document; the samples near a position are a bisection away."""

    starts: tuple[int, ...] = ()
    ranks: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str) -> SampleIndex:
        """The samples ``text`` tells."""
        found = [(m.start(), RANKS[" ".join(m["pop"].lower().split())])
                 for m in _SAMPLE.finditer(text)]
        return cls(tuple(w for w, _ in found), tuple(r for _, r in found))

    def widest(self, at: int) -> int | None:
        """The rank of the widest population a sample told near ``at`` is described by,
        None when no sample is told there (one article of a long text of several)."""
        lo = bisect.bisect_left(self.starts, at - _SAMPLE_REACH)
        hi = bisect.bisect_right(self.starts, at + _SAMPLE_REACH)
        return min(self.ranks[lo:hi]) if hi > lo else None

    def narrower(self, phrase: str, at: int) -> bool:
        """Whether ``phrase`` ("likely voters") names voters narrower than the sample told
        near ``at`` ("803 registered voters"; not the registered voters of that sample,
        though it also tells a part of likely voters: they are the whole sample)."""
        rank = RANKS.get(" ".join(phrase.lower().removeprefix("the ").split()))
        widest = self.widest(at) if rank is not None and rank > 0 else None
        return rank is not None and widest is not None and rank > widest
