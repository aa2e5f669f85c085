"""What the pairing rules share: the word tables and patterns more than one rule family reads,
and the neighbour, clause and time helpers (:mod:`pollstats.pairing` holds the registry).
"""

from __future__ import annotations

import regex

from ._data import alternation
from .groupwords import HEADS
from .matchers import DOWN_NOUNS, UP_NOUNS
from .pair_view import Figure, PairView
from .periods import MONTH_WORDS, TIME, TimeKey, time_key

_CMP = "comparison.txt"
_LEX = "lexicon.txt"
_F = regex.VERBOSE | regex.IGNORECASE
_NOUNS = alternation(UP_NOUNS + DOWN_NOUNS)

_NEW_CLAUSE = regex.compile(
    r"(?<!\w)(?:while|whereas|but|although|though|meanwhile|however|yet)(?!\w)|;", _F
)
_DATED = regex.compile(TIME, _F)
_MONTH = regex.compile(rf"(?<!\w)(?:{alternation(MONTH_WORDS)})(?!\w)", _F)


def _earlier(phrase: str) -> bool:
    """Whether a time phrase puts a figure before now: past words, a date, or a month
    ("In March": without its year, still a time before the current survey)."""
    key = time_key(phrase)
    if key.present:
        return False
    return key.past or key.period is not None or _MONTH.search(phrase) is not None


def _new_clause(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` starts a new clause ("while", "but", ";") outside quotation
    marks (quoted survey wording may say anything: "heard something but without details")."""
    for m in _NEW_CLAUSE.finditer(text, lo, hi):
        before = text[lo : m.start()]
        opened = before.count("“") - before.count("”") + before.count('"') % 2
        if opened <= 0:
            return True
    return False


def _groups_clash(a: Figure, b: Figure) -> bool:
    """Whether the tails of two figures name different groups or places."""
    return bool(a.tail.group) and bool(b.tail.group) and a.tail.group != b.tail.group


def _time_in(view: PairView, lo: int, hi: int) -> TimeKey | None:
    """The first dated time phrase in ``text[lo:hi]`` (a bounded slice)."""
    for m in _DATED.finditer(view.text, lo, hi):
        key = time_key(m[0])
        if key.year is not None:
            return key
    return None


def _neighbours(view: PairView, i: int, *, same_kind: bool = True) -> tuple[Figure, Figure] | None:
    """Neighbouring figures ``i`` and ``i + 1`` (the scope ``neighbours`` keeps them in order
    and not too far apart) when, with ``same_kind``, they are of one kind and unit (not a
    share and a net score)."""
    a, b = view.figs[i], view.figs[i + 1]
    if same_kind and (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit):
        return None
    return a, b
_GROUP_WORD = regex.compile(
    rf"(?<!\w)(?:among|{HEADS})(?!\w)", regex.IGNORECASE
)
