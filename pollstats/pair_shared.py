"""What the pairing rules share: the word tables and patterns more than one rule family reads,
and the neighbour, clause and time helpers (:mod:`pollstats.pairing` holds the registry).
"""

from __future__ import annotations

import re
from typing import Final

import regex

from ._data import alternation, table
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
#: a year as :data:`TIME` writes one (19xx, 20xx): no time phrase without one names a year
_YEAR_DIGITS = re.compile(r"(?:19|20)[0-9]{2}")
_MONTH = regex.compile(
    rf"(?<!\w)(?:{alternation(MONTH_WORDS)}|spring|summer|autumn|fall|winter)(?!\w)", _F
)


def _earlier(phrase: str) -> bool:
    """Whether a time phrase puts a figure before now: past words, a date, a month or a
    season ("In March", "in the spring": without a year, still before the current survey;
    "this spring" is now)."""
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


def _time_in(view: PairView, lo: int, hi: int, *, gated: bool = True) -> TimeKey | None:
    """The first dated time phrase in ``text[lo:hi]`` (a bounded slice). A phrase dates by
    its year (``time_key`` reads no year from "in October" or "a year ago"), so a slice
    without year digits holds none: the large pattern (~2 µs a character) is tried only
    when the stdlib engine finds one (``gated=False``, for tests, always tries it)."""
    if gated and _YEAR_DIGITS.search(view.text, lo, hi) is None:
        return None
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


# -- stances (comparison.txt [stance_stem]) -------------------------------------------------

_STANCE: Final[dict[str, str]] = dict(table(_CMP)["stance_stem"])
_STANCE_WORD = regex.compile(
    rf"(?<!\w)(?P<s>{alternation(list(_STANCE))})\p{{L}}*", regex.IGNORECASE
)
#: what may stand between a figure and the word of its stance: "41pc had approved", "36 per
#: cent backed", "42pc of respondents disapproved", "33 per cent of Poles support"
STANCE_AFTER = regex.compile(
    r"""\s{1,3}(?:of\s+(?:[\w'’-]{1,25}\s+){1,3}?)?
    (?:(?:had|have|has|are|were|is|was|now|still|would|been|said\s+they)\s+){0,2}
    (?:in\s+(?=favou?r))?                                       # "51% had been in favour"
    (?=\p{L})""",
    regex.VERBOSE | regex.IGNORECASE,
)


def stance_word(word: str) -> str:
    """The stance a word states ("backed" -> "support", "favour" -> "support"), or the word
    itself when it states none: measures worded with synonyms are one measure."""
    m = _STANCE_WORD.fullmatch(word)
    return _STANCE[m["s"].lower()] if m is not None else word


def stance_of(view: PairView, i: int, *, before: bool) -> str | None:
    """The stance figure ``i`` states: the word right after it ("41pc had approved"), else
    (with ``before``) the last stance word between the figure before it in its sentence and
    it ("Sharif's approval rating has risen to 51pc")."""
    f, text = view.figs[i], view.text
    m = STANCE_AFTER.match(text, f.st.end, min(len(text), f.st.end + 60))
    if m is not None:
        w = _STANCE_WORD.match(text, m.end(), min(len(text), m.end() + 20))
        if w is not None:
            return _STANCE[w["s"].lower()]
    if not before:
        return None
    lo = max(view.sents.start(f.sent), f.st.start - 60)
    if i > 0 and view.figs[i - 1].sent == f.sent:
        lo = max(lo, view.figs[i - 1].st.end)
    lo = max(lo, text.rfind(",", lo, f.st.start) + 1, text.rfind(";", lo, f.st.start) + 1)
    if i > 0 and view.figs[i - 1].sent == f.sent:
        # "36% were against and 17% were undecided": after "and" a clause of its own
        lo = max(lo, text.rfind(" and ", lo, f.st.start) + 1)
    found = list(_STANCE_WORD.finditer(text, lo, f.st.start))  # in the figure's own clause
    return _STANCE[found[-1]["s"].lower()] if found else None
