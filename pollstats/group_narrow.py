"""A group rule for voters narrower than the document's sample: in a poll of "803 registered
voters, including 612 likely voters", "Among likely voters, 48% ..." is a subgroup, not the
whole sample (the word lists of :mod:`pollstats.groupwords` read "likely voters" as the
population, which is right only when the sample itself is likely voters).
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from ._data import alternation_of, words
from .group_view import Anchored, GroupRule, GroupView, Proposal, _cue

_LEX: Final = "lexicon.txt"
#: How wide a population is: adults (0), registered voters (1), likely voters (2).
_RANKS: Final = {w.lower(): rank for rank, section in enumerate(
    ("adult_samples", "voter_samples", "narrow_voters")) for w in words(_LEX, section)}
_SAMPLE_WORDS: Final = alternation_of(_LEX, "adult_samples", "voter_samples", "narrow_voters")
#: A sample described by its size: "803 registered voters", "1,204 U.S. adults".
_SAMPLE = regex.compile(
    rf"""(?<![\w.,])[0-9]{{1,3}}(?:,[0-9]{{3}})*[ \t]+(?:[\w.'’\-]+[ \t]+)?
    (?P<pop>{_SAMPLE_WORDS})(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_NARROW: Final = alternation_of(_LEX, "voter_samples", "narrow_voters")
#: The last group preposition before the figure: "Among likely voters, Smith has 48%".
_PREP_BEFORE = regex.compile(
    rf"""(?<!\w)(?:among|with|for|of)\s+(?:the\s+)?(?:(?P<group>{_NARROW})(?!\w)
                                               |(?![0-9]))""",
    regex.VERBOSE | regex.IGNORECASE,
)
_PREP_BEFORE_AT: Final = Anchored(
    _PREP_BEFORE, regex.compile(r"(?<!\w)(?:among|with|for|of)", regex.IGNORECASE))
#: Right after the figure: "48% of likely voters" (not "the Liberals at 44 per cent among
#: decided voters": a party's standing on the poll's usual base).
_AFTER = regex.compile(
    rf"\s+(?:(?P<prep>of|among)\s+(?:the\s+)?)?(?P<group>{_NARROW})(?!\w)", regex.IGNORECASE
)
#: A party's standing right before its figure: "the Greens at 14% among decided voters".
_STANDING_BEFORE = regex.compile(r"(?r)(?<!\w)(?:at|on)\s+(?:(?:just|only|about|around)\s+)?\Z",
                                 regex.IGNORECASE)


_DIGIT = regex.compile(r"[0-9]")
_SAMPLE_REACH: Final = 4000  # characters on each side of a figure where its sample is told


@functools.lru_cache(maxsize=16)
def _samples(text: str) -> tuple[tuple[int, int], ...]:
    """(where, rank) of every sample the text describes by its size: the rank of its
    population (0 adults, 1 registered voters, 2 likely voters)."""
    return tuple((m.start(), _RANKS[" ".join(m["pop"].lower().split())])
                 for m in _SAMPLE.finditer(text))


def widest_sample(text: str, at: int) -> int | None:
    """The rank of the widest population a sample told near ``at`` is described by, None
    when no sample is told there (one article of a long text of several)."""
    ranks = [rank for where, rank in _samples(text) if abs(where - at) <= _SAMPLE_REACH]
    return min(ranks) if ranks else None


def narrower_than_sample(text: str, phrase: str, at: int) -> bool:
    """Whether ``phrase`` ("likely voters") names voters narrower than the sample told near
    ``at`` ("803 registered voters")."""
    rank = _RANKS.get(" ".join(phrase.lower().removeprefix("the ").split()))
    widest = widest_sample(text, at) if rank is not None and rank > 0 else None
    return rank is not None and widest is not None and rank > widest


def _narrowed(v: GroupView) -> Proposal | None:
    """``Among likely voters, 48% ...`` (or ``48% of likely voters``) in a document whose
    sample is a wider population ("803 registered voters", "1,000 adults")."""
    m = _AFTER.match(v.text, v.st.end, v.hi)
    if m is not None and (m["prep"] or "").lower() != "of" and _STANDING_BEFORE.search(
            v.text, max(v.start, v.st.start - 20), v.st.start) is not None:
        m = None  # "the Greens at 14% among decided voters": a standing on the usual base
    if m is None:
        last = v.sentence.last(_PREP_BEFORE_AT, v.lo, v.st.start + 1)  # + 1: "with 51%"
        m = last if last is not None and last["group"] is not None else None
        if m is not None and _DIGIT.search(v.text, max(v.start, m.start() - 16), m.start()):
            return None  # "at 44 per cent among decided voters, down from 46 per cent": the
            # phrase is the tail of the figure before it
    if m is None:
        return None
    widest = widest_sample(v.text, v.st.start)
    rank = _RANKS[" ".join(m["group"].lower().split())]
    if widest is None or rank <= widest:
        return None
    return Proposal(_cue(v.text, m, "group"))


NARROWED_SAMPLE_RULE: Final = GroupRule(
    "narrowed_sample", _narrowed,
    examples=(
        ("Of 940 registered voters polled, 700 were likely voters; among likely voters, "
         "Ruiz leads with 51%.", "51%", "likely voters"),
        ("The poll of 1,100 adults found 44% of registered voters back the levy.", "44%",
         "registered voters"),
        ("The poll of 1,100 adults found that among decided voters, Ng has 39 percent and "
         "Ruiz 35 percent.", "35 percent", "decided voters"),
        ("Ruiz leads Ng 54 - 41 percent among likely voters. The poll surveyed 1,428 "
         "registered voters, including 1,152 likely voters.", "54 - 41 percent",
         "likely voters"),
        ("Nearly 6 in 10 likely voters say Ruiz deserves a second term. The poll surveyed "
         "1,428 registered voters, including 1,152 likely voters.", "6 in 10",
         "likely voters"),
    ),
    near_misses=(
        ("The poll of 700 likely voters found 51% of likely voters back Ruiz.", "51%"),
        ("Among likely voters, Ruiz leads with 51%.", "51%"),
        ("The poll of 1,100 adults found support among likely voters, with women at 44%.",
         "44%"),
        ("The poll of 1,100 adults puts the Greens at 14% among decided voters.", "14%"),
        ("The poll of 1,100 adults puts the Greens at 14% among decided voters, up from 11%.",
         "11%"),
    ),
)
