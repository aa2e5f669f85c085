"""Pairing rules: each way of writing a comparison is one named row of :data:`PAIR_RULES`.

A rule's ``propose(view, i)`` reads a :class:`~pollstats.pair_view.PairView` and returns a
:class:`~pollstats.pair_view.Candidate` or None; it writes nothing. The order of the tuple is
the priority: :func:`pollstats.resolver.resolve` asks the rules in that order and decides.
Each rule's row (``NAME_RULE``, right after its function) carries example sentences it must
pair and near misses it must not (``tests/test_pair_rules.py`` checks them all). A new way of
writing is one new function, one new row, and its place in :data:`PAIR_RULES`.

Pairing looks only at neighbouring figures (the next share in the text, or the pair before a
"respectively"), in the same or the next sentence, so it is linear in the number of figures.
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from ._data import alternation, words
from .groupwords import HEADS
from .matchers import DOWN_NOUNS, UP_NOUNS
from .model import Statistic
from .pair_view import CUE as _CUE
from .pair_view import CUE_DATED as _CUE_DATED
from .pair_view import CUE_KIND as _CUE_KIND
from .pair_view import MAX_GAP, MOTION_VERBS, Candidate, Figure, Pair, PairRule, PairView, clash
from .pair_view import QUAL as _QUAL
from .pair_view import VERBS as _VERBS
from .periods import SURVEY_NOUNS, TIME, TimeKey, find_dates, time_key

__all__ = ["MAX_GAP", "PAIR_RULES"]

_CMP = "comparison.txt"
_LEX = "lexicon.txt"
_F = regex.VERBOSE | regex.IGNORECASE

_MOTION = alternation(MOTION_VERBS)
_NOUNS = alternation(UP_NOUNS + DOWN_NOUNS)
#: Words that are not a measure or option: comparison.txt [stopword], read only here.
STOPWORDS: Final = words(_CMP, "stopword")
_SPREAD = alternation(words(_CMP, "spread_verb"))
_CHAIN = alternation(words(_CMP, "chain_word"))
_ANAPHOR = alternation(words(_CMP, "anaphor"))
_ANAPHOR_VERB = alternation(words(_CMP, "anaphor_verb"))

_NEW_CLAUSE = regex.compile(
    r"(?<!\w)(?:while|whereas|but|although|though|meanwhile|however|yet)(?!\w)|;", _F
)
_AND_GAP = regex.compile(rf"[\s,]{{0,4}}(?:and|&)\s+(?:{_QUAL}\s+)?", _F)
_DATED = regex.compile(TIME, _F)


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


# -- respectively --------------------------------------------------------------------------

_RESPECTIVELY = regex.compile(
    rf"[\s),]{{0,8}}(?:(?:{TIME})[\s,]{{0,4}})?respectively(?!\w)", _F
)
_PAST_OR_CUE = regex.compile(
    rf"""(?<!\w)(?:previous|previously|prior|earlier|last|ago|before|formerly|back\s+in
       |(?:19|20)[0-9]{{2}}|{_CUE})(?!\w)""",
    _F,
)
_PRESENT_CUE = regex.compile(r"(?<!\w)(?:now|currently|today|this\s+year|latest)(?!\w)", _F)
_WORD_LIST = regex.compile(r"(?<![\w%])\p{L}[\w'’-]{0,30}\s+(?:and|or|&)\s+\p{L}", _F)


def respectively(view: PairView, i: int) -> Candidate | None:
    """``8% and 7% ... previous surveys showed 12% and 10%, respectively``: figure ``i`` and
    the next are the earlier (or later) values of the two before them."""
    figs, text = view.figs, view.text
    if i < 2 or i + 1 >= len(figs):
        return None
    b1, b2 = figs[i], figs[i + 1]
    if b1.sent != b2.sent or _AND_GAP.fullmatch(text, b1.st.end, b2.st.start) is None:
        return None
    if _RESPECTIVELY.match(text, b2.st.end, min(len(text), b2.st.end + 60)) is None:
        return None
    a1, a2 = figs[i - 2], figs[i - 1]
    if not (b1.sent - 1 <= a1.sent <= a2.sent <= b1.sent) or a1.st.end > a2.st.start:
        return None
    if a2.sent == b1.sent and _AND_GAP.fullmatch(text, a2.st.end, b1.st.start) is not None:
        return None  # four figures in a row: a list, not two pairs
    clause = max(view.sents.start(b1.sent), b1.st.start - 200)
    past = _PAST_OR_CUE.search(text, clause, b1.st.start) is not None
    present = _PRESENT_CUE.search(text, clause, b1.st.start) is not None
    if (not past and not present) or _WORD_LIST.search(text, clause, b1.st.start):
        # "Among men and women, 45% and 50%, respectively": its own two groups
        return None
    earlier_is_b = past or not present
    pairs = []
    for a, b in ((i - 2, i), (i - 1, i + 1)):
        first, second = (b, a) if earlier_is_b else (a, b)
        pairs.append(view.pair(first, second, "respectively"))
    return Candidate(tuple(pairs), closes=(i - 1, i, i - 2))


RESPECTIVELY_RULE: Final = PairRule(
    "respectively", "figure", respectively,
    examples=(
        ("This year 35% ride buses and 25% ride trams; in 2018 the shares were 30% and "
         "28%, respectively.", (30, 35)),
        ("This year 35% ride buses and 25% ride trams; in 2018 the shares were 30% and "
         "28%, respectively.", (28, 25)),
        ("Some 14% now rent and 61% own. Earlier surveys found 11% and 66%, respectively.",
         (66, 61)),
    ),
    near_misses=(
        "Some 35% ride buses and 25% ride trams. Among men and women the shares were 30% "
        "and 28%, respectively.",
        "Some 35% ride buses and 25% ride trams. Rival firms carry 30% and 28%, "
        "respectively.",
    ),
)


# -- a second baseline joined by "and" -------------------------------------------------------


def baseline_list(view: PairView, i: int) -> Candidate | None:
    """``-35 compares with -31 in the previous poll and +19 after the election``: a second
    dated baseline joined by "and" to the first one gives a second pair."""
    near = _neighbours(view, i, same_kind=False)
    if near is None:
        return None
    a, b = near
    k = view.decided.later_of(a.st)
    if k is None or a.sent != b.sent or b.tail.kind != "time" or a.tail.kind != "time":
        return None
    if _AND_GAP.fullmatch(view.text, a.tail.end, b.st.start) is None:
        return None
    later = view.figs[k]
    if (later.st.kind, later.st.unit) != (b.st.kind, b.st.unit):
        return None
    pair = view.pair(i + 1, k, "baseline", b.tail.time, later.tail.time)
    return Candidate((pair,), reopens=later.st)  # one later figure, two baselines


BASELINE_LIST_RULE: Final = PairRule(
    "baseline_list", "neighbours", baseline_list,
    examples=(
        ("The council's net score of -20 compares with -14 in the last poll and +5 in "
         "the spring.", (5, -20)),
    ),
    near_misses=(
        "The council's net score of -20 compares with -14 in the last poll and +5 among "
        "tenants.",
        "The council's net score of -20 compares with -14 in the last poll.",
    ),
)


# -- from X to Y ---------------------------------------------------------------------------

_FROM_BEFORE = regex.compile(rf"(?r)(?<!\w)from\s+(?:{_QUAL}\s+)?\Z", _F)
_SPREAD_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{_SPREAD})(?:\s+[\w'’-]{{1,20}}){{0,3}}?\s+from\s+(?:{_QUAL}\s+)?\Z", _F
)
_TO_CONNECT = regex.compile(
    rf"[\s),]{{0,8}}(?:and\s+)?(?:then\s+)?to\s+(?:{_QUAL}\s+)?\(?", _F
)


def from_to(view: PairView, i: int) -> Candidate | None:
    """``fell from 45% to 38%``, ``(from 9–14% to 21%)``; not a spread ("ranged from 79% in
    Poland to 39% in Germany")."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    lo = max(0, a.st.start - 60)
    if _FROM_BEFORE.search(text, lo, a.st.start) is None:
        return None
    if _SPREAD_BEFORE.search(text, lo, a.st.start) is not None:
        return None
    if _TO_CONNECT.fullmatch(text, a.tail.end, b.st.start) is None:
        return None
    if a.tail.kind == "group" or (a.tail.kind == "of" and b.tail.kind in ("of", "group")):
        return None
    if _groups_clash(a, b):
        return None
    return view.one(view.pair(i, i + 1, "from_to", a.tail.time, b.tail.time, orderable=False))


FROM_TO_RULE: Final = PairRule(
    "from_to", "neighbours", from_to,
    examples=(
        ("Trust in the water board dropped from 58% to 49%.", (58, 49)),
        ("Bike use went from 12 percent in 2016 to 19 percent in 2024.", (12, 19)),
    ),
    near_misses=(
        "Bike use ranged from 12% in the suburbs to 19% downtown.",
        "Bike use went from 12% among retirees to 19% among students.",
    ),
)


# -- a baseline after a cue ----------------------------------------------------------------

_BASELINE_END = regex.compile(
    rf"""(?r)
    (?<!\w)(?P<cue>{_CUE})\s+                       # up from, compared with, than
    (?<!(?:more|less|fewer|greater|rather|other|no)\s+than\s+)   # "more than 40%": a qualifier
    (?:(?P<mid>{TIME})(?:['’]s)?)?                  # the previous year, October 2023
    [\s,:(]{{0,8}}                                   # "... year (56%)"
    (?:(?:a|an|the|its|their)\s+                       # "up from a record low of 21%"
       (?:(?:record|all-time|recent|previous|earlier|historic)[\s-]+)?
       (?:(?:low|high|peak|level|figure|reading|share|rate|average)\s+(?:of|at)\s+)?)?
    (?:(?:at|of|when\s+it\s+was|with)\s+)?
    (?:{_QUAL}\s+)?
    \Z
    """,
    _F,
)
_FOLLOWED_BY_TO = regex.compile(r"[\s),]{0,8}to\s", _F)
_SPLIT_DASH = regex.compile(r"[ \t]*[-–][ \t]*")


def _two_splits(view: PairView, i: int) -> bool:
    """``52-48, down from 55-45``: figures ``i`` and ``i + 1`` are halves of two splits."""
    figs, text = view.figs, view.text
    a, b = figs[i], figs[i + 1]
    return bool(
        i > 0 and i + 2 < len(figs)
        and _SPLIT_DASH.fullmatch(text, figs[i - 1].st.end, a.st.start)
        and _SPLIT_DASH.fullmatch(text, b.st.end, figs[i + 2].st.start)
    )


def baseline(view: PairView, i: int) -> Candidate | None:
    """``47%, up from 41% in 2019``, ``18% ... compared to 11% in October 2023``, ``19% —
    almost half the figure from October 2023 (32%)``: the second figure is the baseline."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    if b.st.start - a.st.end > MAX_GAP:
        return None
    m = _BASELINE_END.search(text, a.st.end, b.st.start)
    if m is None or _new_clause(text, a.st.end, m.start()):
        return None
    if _FOLLOWED_BY_TO.match(text, b.tail.end, b.tail.end + 8) is not None:
        return None  # "up from 41% to 47%": b starts a from-to pair
    if b.tail.kind in ("group", "of") or _groups_clash(a, b):
        return None
    if _two_splits(view, i):
        return None  # "52-48, down from 55-45": two splits, not 48 against 55
    cue = " ".join(m["cue"].lower().split())
    t_b = time_key(m["mid"]) if m["mid"] else b.tail.time
    t_a = a.tail.time
    if cue in _CUE_DATED and t_a is None and t_b is None:
        return None
    neutral = _CUE_KIND.get(cue) == "neutral"
    if neutral and t_a is None:
        # "11% said so in October 2023, compared with ...", "In 2023, 11% ..., compared"
        t_a = _time_in(view, a.st.end, m.start()) or _time_in(
            view, max(view.sents.start(a.sent), a.st.start - 120), a.st.start
        )
    pair = view.pair(i + 1, i, "baseline", t_b, t_a, orderable=neutral)
    return Candidate((pair,), baseline_of=(b.st, i))


BASELINE_RULE: Final = PairRule(
    "baseline", "neighbours", baseline,
    examples=(
        ("Some 52% now shop online weekly, up from 37% in 2020.", (37, 52)),
        ("Ferry use fell to 14% this summer, down from 18% last summer.", (18, 14)),
        ("Some 40% said so in March 2022, compared with 46% in May 2024.", (40, 46)),
    ),
    near_misses=(
        "Some 52% of women shop online weekly, compared with 37% of men.",
        "Some 52% shop online weekly, more than 37% in 2020 did at the mall.",
    ),
)


# -- two splits of two options --------------------------------------------------------------


def split_pair(view: PairView, i: int) -> Candidate | None:
    """``52-48, down from 55-45``: figures ``i - 1``-``i`` and ``i + 1``-``i + 2`` are two
    splits of the same two options joined by a baseline cue; they pair option by option
    (55 -> 52, 45 -> 48)."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent or not _two_splits(view, i):
        return None
    a, b = near
    text = view.text
    m = _BASELINE_END.search(text, a.st.end, b.st.start)
    if m is None or _new_clause(text, a.st.end, m.start()):
        return None
    later = view.figs[i + 2]
    if _FOLLOWED_BY_TO.match(text, later.tail.end, later.tail.end + 8) is not None:
        return None
    cue = " ".join(m["cue"].lower().split())
    t_b = time_key(m["mid"]) if m["mid"] else later.tail.time
    if cue in _CUE_DATED and t_b is None and a.tail.time is None:
        return None
    neutral = _CUE_KIND.get(cue) == "neutral"
    pairs = (
        view.pair(i + 1, i - 1, "baseline", t_b, a.tail.time, orderable=neutral),
        view.pair(i + 2, i, "baseline", t_b, a.tail.time, orderable=neutral),
    )
    return Candidate(pairs, closes=(i - 1, i + 1))


SPLIT_PAIR_RULE: Final = PairRule(
    "split_pair", "neighbours", split_pair,
    examples=(
        ("Labour leads 53-47, down from 56-44 in May.", (56, 53)),
        ("Labour leads 53-47, down from 56-44 in May.", (44, 47)),
        ("The Yes side is ahead 54-46, compared with 51-49 a month ago.", (49, 46)),
    ),
    near_misses=(
        "Labour leads 53-47 in the north, while the south splits 56-44.",
        "Labour leads 53-47 and 56-44 among women.",
    ),
)


# -- the baseline first --------------------------------------------------------------------

_LEADING_CUE = regex.compile(
    rf"""[\s“"‘(]{{0,6}}(?:(?:and|but|so)[\s,]{{1,4}})?
    (?P<cue>compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?
       |up\s+from|down\s+from|from)
    \s+(?:{_QUAL}\s+)?""",
    _F,
)


def leading(view: PairView, i: int) -> Candidate | None:
    """``Compared with 32% in 2023, only 19% now ...``, ``From 41% in 2019, support has
    risen to 47%``: the baseline first, at the start of the sentence."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    m = _LEADING_CUE.fullmatch(text, view.sents.start(a.sent), a.st.start)
    if m is None or b.st.start - a.tail.end > 120:
        return None
    if a.tail.kind in ("group", "of") or b.tail.kind in ("group", "of"):
        return None
    if _new_clause(text, a.tail.end, b.st.start):
        return None
    neutral = m["cue"].lower() != "from"
    return view.one(
        view.pair(i, i + 1, "baseline", a.tail.time, b.tail.time, orderable=neutral)
    )


LEADING_RULE: Final = PairRule(
    "leading", "neighbours", leading,
    examples=(
        ("Compared with 28% in 2019, about 35% now work from home.", (28, 35)),
        ("From 22% in 2017, the share of renters has climbed to 29%.", (22, 29)),
    ),
    near_misses=(
        "Compared with 28% of men, 35% of women work from home.",
        "Compared with 28% in Spain, 35% in Italy work from home.",
    ),
)


# -- a chain of values ---------------------------------------------------------------------

_MOTION_BEFORE = regex.compile(
    rf"""(?r)
    (?<!\w)
    (?:
        (?:{_VERBS})(?:\s+(?!from(?!\w))[^\s.;%]{{1,20}}){{0,3}}?\s+(?:to|at)
      | (?:{_MOTION})
    )
    \s+(?:{_QUAL}\s+)?\Z
    """,
    _F,
)
_CHAIN_GAP = regex.compile(
    rf"""
    [\s),;.]{{0,8}}
    (?:(?P<w>{_CHAIN}|{TIME})[\s,]{{1,4}}){{0,6}}?          # then, and, it had, by 2022,
    (?:(?P<verb>{_VERBS})\s+
       (?:(?:again|further|back|even|slightly|sharply|steadily|only)\s+){{0,2}})?
    (?:(?P<to>to|at)\s+)?
    (?:{_QUAL}\s+)?
    """,
    _F,
)
_ANAPHORS: Final = frozenset(w.lower() for w in words(_CMP, "anaphor")) | {"this", "that"}


def _in_motion(view: PairView, i: int) -> bool:
    """Whether figure ``i`` is a value something moved to ("rose to 19%") or already the
    later end of a comparison."""
    if view.is_to(i):
        return True
    st = view.figs[i].st
    lo = max(view.sents.start(view.figs[i].sent), st.start - 60)
    return _MOTION_BEFORE.search(view.text, lo, st.start) is not None


def chain(view: PairView, i: int) -> Candidate | None:
    """``rose to 19% in 2020, then to 26%``, ``... It climbed to 32%``: consecutive values of
    one series, in the same or the next sentence."""
    near = _neighbours(view, i)
    if near is None or near[1].sent not in (near[0].sent, near[0].sent + 1):
        return None
    a, b = near
    if a.tail.kind == "group" or b.tail.kind in ("group", "of"):
        return None
    if _groups_clash(a, b):
        return None
    m = _CHAIN_GAP.fullmatch(view.text, a.tail.end, b.st.start)
    if m is None:
        return None
    said = {" ".join(w.lower().split()) for w in m.captures("w")}
    pair = view.pair(i, i + 1, "chain", a.tail.time, b.tail.time, orderable=False)
    if view.is_to(i) and a.tail.kind == b.tail.kind == "time" and said <= {"and"}:
        return view.one(pair)  # "... rose to 19% in February, then 26% in April and 30% now"
    if not ("then" in said or m["to"] is not None or m["verb"] is not None):
        return None
    if not _in_motion(view, i) and not (
        # "Approval was 40% in 2022. It rose to 44% in 2023."
        b.sent == a.sent + 1 and said & _ANAPHORS and m["verb"] and m["to"]
    ):
        return None
    return view.one(pair)


CHAIN_RULE: Final = PairRule(
    "chain", "neighbours", chain,
    examples=(
        ("Membership rose to 12% in 2020, then to 15% in 2022.", (12, 15)),
        ("Ridership was 33% in 2021. It climbed to 38% in 2023.", (33, 38)),
    ),
    near_misses=(
        "Membership rose to 12% among men, then to 15% among women.",
        "Membership was 12% in 2020. Separately, 15% of staff left.",
    ),
)


# -- two dated figures ---------------------------------------------------------------------

_PAIR_CONNECT = regex.compile(
    rf"""
    [\s),;]{{0,8}}
    (?:(?:and|but|while|whereas|versus|vs\.?|against|compared\s+(?:with|to)|to|then|from)\s+)
       {{0,2}}
    (?:{_QUAL}\s+)?\(?
    """,
    _F,
)


def time_pair(view: PairView, i: int) -> Candidate | None:
    """``41% in 2019 and 47% in 2023``: two figures of one group, each with its own time."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    ta, tb = a.tail.time, b.tail.time
    if ta is None or tb is None or a.tail.group != b.tail.group:
        return None
    order = ta.before(tb)
    if order is None:
        return None
    if _PAIR_CONNECT.fullmatch(view.text, a.tail.end, b.st.start) is None:
        return None
    if order:
        return view.one(view.pair(i, i + 1, "time_pair", ta, tb))
    return view.one(view.pair(i + 1, i, "time_pair", tb, ta))


TIME_PAIR_RULE: Final = PairRule(
    "time_pair", "neighbours", time_pair,
    examples=(
        ("Turnout was 61% in 2015 and 66% in 2019.", (61, 66)),
        ("Turnout was 66% in 2019 and 61% in 2015.", (61, 66)),
    ),
    near_misses=(
        "Turnout was 61% among men in 2015 and 66% among women in 2019.",
        "Turnout was 61% in the city and 66% in the county.",
    ),
)


# -- a series of dated figures ---------------------------------------------------------------

_LIST_GAP = regex.compile(rf"[\s,;]{{0,4}}(?:(?:and|then)\s+){{0,2}}(?:{_QUAL}\s+)?", _F)


def _listed(view: PairView, i: int) -> bool:
    """Whether figures ``i`` and ``i + 1`` are neighbours of a list of dated figures in one
    sentence ("11% in 2021, 17% in November")."""
    if i < 0 or i + 1 >= len(view.figs):
        return False
    a, b = view.figs[i], view.figs[i + 1]
    return (
        a.sent == b.sent and a.tail.kind == b.tail.kind == "time"
        and (a.st.kind, a.st.unit) == (b.st.kind, b.st.unit)
        and _LIST_GAP.fullmatch(view.text, a.tail.end, b.st.start) is not None
    )


def series(view: PairView, i: int) -> Candidate | None:
    """``11% in 2021, 17% in November, 23% in March and 30% in June``: a list of three or more
    figures, each with its own time, gives consecutive pairs, proposed at the list's first
    figure: in the order written, or the other way round when the times that can be ordered
    all run backwards ("24% in 2025, 19% in 2024 and 15% in 2023")."""
    if _listed(view, i - 1) or not (_listed(view, i) and _listed(view, i + 1)):
        return None
    last = i
    while _listed(view, last):
        last += 1
    orders = []
    for j in range(i, last):
        a, b = view.figs[j], view.figs[j + 1]
        if _groups_clash(a, b):
            return None
        if a.tail.time is not None and b.tail.time is not None:
            orders.append(a.tail.time.before(b.tail.time))
    known = [o for o in orders if o is not None]
    backwards = bool(known) and not any(known)
    pairs = []
    for j in range(i, last):
        ta, tb = view.figs[j].tail.time, view.figs[j + 1].tail.time
        pairs.append(
            view.pair(j + 1, j, "chain", tb, ta, orderable=False) if backwards
            else view.pair(j, j + 1, "chain", ta, tb, orderable=False)
        )
    return Candidate(tuple(pairs), closes=tuple(range(i + 1, last)))


SERIES_RULE: Final = PairRule(
    "series", "neighbours", series,
    examples=(
        ("Use of the ferry was 12% in 2022, 15% in October, 19% in January and 24% in May.",
         (15, 19)),
        ("Use of the ferry was 24% in 2025, 19% in 2024 and 15% in 2023.", (15, 19)),
    ),
    near_misses=(
        "Use of the ferry was 24% in Bergen, 19% in Oslo and 15% in Tromso.",
        "Use of the ferry was 24% in May and 19% in June.",
    ),
)


# -- the last time the question was asked ----------------------------------------------------

_LAST_ASKED = alternation(words(_CMP, "last_asked_cue"))
_LAST_ASKED_START = regex.compile(
    rf"[\s“\"‘(]{{0,4}}(?:(?:and|but)[\s,]{{1,4}})?(?:{_LAST_ASKED})(?!\w)", _F
)


def last_asked(view: PairView, i: int) -> Candidate | None:
    """``... 46% agree with the plan. The last time the question was put, in March, 41%
    agreed.``: a sentence that starts with the last time the question was asked and holds one
    figure gives the baseline of the figure just before (the resolver checks that group,
    source and measure agree)."""
    near = _neighbours(view, i)
    if near is None or near[1].sent != near[0].sent + 1:
        return None
    a, b = near
    if len(view.by_sent.get(b.sent, ())) != 1 or b.tail.kind in ("group", "of"):
        return None
    if _LAST_ASKED_START.match(view.text, view.sents.start(b.sent), b.st.start) is None:
        return None
    if _GROUP_WORD.search(view.text, view.sents.start(b.sent), b.st.start) is not None:
        return None  # "The last time, among renters, 41% agreed": another group
    t_b = _time_in(view, view.sents.start(b.sent), b.st.start) or b.tail.time
    return view.one(view.pair(i + 1, i, "anaphor", t_b, a.tail.time, orderable=False))


LAST_ASKED_RULE: Final = PairRule(
    "last_asked", "neighbours", last_asked,
    examples=(
        ("Some 46% of voters back the levy. The last time the question was put, in May "
         "2023, 41% did.", (41, 46)),
        ("A majority, 58%, favour the ban. When the question was last asked, 52% agreed.",
         (52, 58)),
    ),
    near_misses=(
        "Some 46% of voters back the levy. The last time, among renters, 41% did.",
        "Some 46% of voters back the levy. Separately, 41% back the toll.",
    ),
)


# -- a clause that refers back -------------------------------------------------------------

_ANAPHOR_PREFIX = regex.compile(
    rf"""
    \s{{0,4}}(?:(?P<t0>{TIME})[\s,]{{1,4}})?
    (?:
        (?:{_ANAPHOR})\s+(?:(?P<t1>{TIME})[\s,]{{1,4}})?(?:{_ANAPHOR_VERB})
      | (?:that|this|it|the\s+figure)\s+(?P<cmp>compares|compared|is\s+up|is\s+down|was\s+up
           |was\s+down)\s+(?:with|to|from)
      | (?:{_ANAPHOR}|that|this)\s+(?:(?:has|had|have)\s+)?(?:(?:since|then|again)\s+)?
        (?P<verb>{_VERBS})\s+(?:(?:again|further|back)\s+)?(?:to|at)
    )
    \s+(?:(?P<t2>{TIME})[\s,]{{1,4}})?(?:{_QUAL}\s+)?
    """,
    _F,
)


def anaphor(view: PairView, i: int) -> Candidate | None:
    """``... 47% backed it. A year earlier, the figure was 41%.`` (or after a ``;``)."""
    near = _neighbours(view, i)
    if near is None or near[1].sent not in (near[0].sent, near[0].sent + 1):
        return None
    a, b = near
    nxt = view.figs[i + 2] if i + 2 < len(view.figs) else None
    if nxt is not None and nxt.sent == b.sent:
        return None
    clause = view.sents.start(b.sent)
    if a.sent == b.sent:
        semicolon = view.text.rfind(";", a.st.end, b.st.start)
        if semicolon < 0:
            return None
        clause = semicolon + 1
    m = _ANAPHOR_PREFIX.fullmatch(view.text, clause, b.st.start)
    if m is None or b.tail.kind in ("group", "of"):
        return None
    said = next((m[g] for g in ("t0", "t1", "t2") if m[g]), None)
    t_b = time_key(said) if said else b.tail.time
    if m["verb"] is not None:  # "By 2024 that had fallen to 26%": b is the later figure
        if a.sent == b.sent or (b.st.kind, b.st.unit) != (a.st.kind, a.st.unit):
            return None
        return view.one(view.pair(i, i + 1, "anaphor", a.tail.time, t_b, orderable=False))
    if t_b is None and m["cmp"] is None:
        return None
    neutral = m["cmp"] is not None and m["cmp"].lower().startswith("compare")
    return view.one(view.pair(i + 1, i, "anaphor", t_b, a.tail.time, orderable=neutral))


ANAPHOR_RULE: Final = PairRule(
    "anaphor", "neighbours", anaphor,
    examples=(
        ("In the new poll 54% backed the plan. Two years earlier, the figure was 47%.",
         (47, 54)),
        ("About 23% walk to school now; that compares with 31% in 2012.", (31, 23)),
    ),
    near_misses=(
        "In the new poll 54% backed the plan. Among renters, the figure was 47%.",
        "About 23% walk to school; 31% take the bus.",
    ),
)


# -- "higher than a year ago, X against Y" and "Y a year ago; now X" ------------------------

_THAN_TIME_BEFORE = regex.compile(
    rf"""(?r)
    (?<!\w)(?:higher|lower|more|less|greater|fewer|up|down|better|worse|bigger|smaller)
    \s+than\s+(?P<t>{TIME}|before)                    # higher than a year ago
    [\s,:(—–-]{{0,6}}
    (?:(?:with|at)\s+)?(?:{_QUAL}\s+)?\Z
    """,
    _F,
)
_AGAINST = regex.compile(
    rf"""[\s,]{{0,3}}(?:against|versus|vs\.?|compared\s+(?:with|to)|from)\s+
    (?:{_QUAL}\s+)?\(?""",
    _F,
)
_NOW_CLAUSE = regex.compile(
    rf"""
    [\s,]{{0,3}}(?:;|,|—|–|\.)\s{{0,3}}(?:(?:but|and|yet)\s+)?
    (?P<now>now|today|currently|this\s+year|at\s+present)[\s,]{{1,3}}
    (?:(?:it|that|the\s+figure|the\s+share|the\s+number|the\s+rate)\s+)?
    (?:is|stands\s+at|sits\s+at|'s|’s|has\s+(?:risen|fallen|climbed|dropped|grown|slipped)\s+to)?
    \s*(?:{_QUAL}\s+)?
    """,
    _F,
)


def than_then(view: PairView, i: int) -> Candidate | None:
    """``higher than a year ago, 46% against 40%``: a comparison with a time stated before two
    figures joined by "against"/"versus" (the first is now, the second then); and ``40% a
    year ago; now it is 46%``: a past figure, then a clause that says "now"."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    if a.tail.kind in ("group", "of") or b.tail.kind in ("group", "of") or _groups_clash(a, b):
        return None
    lo = max(view.sents.start(a.sent), a.st.start - 80)
    than = _THAN_TIME_BEFORE.search(text, lo, a.st.start)
    if than is not None and _AGAINST.fullmatch(text, a.tail.end, b.st.start) is not None:
        said = time_key(than["t"])
        return view.one(view.pair(i + 1, i, "baseline", said, a.tail.time, orderable=False))
    t_a = a.tail.time
    if t_a is None or not t_a.past or view.is_to(i):
        return None
    if _NOW_CLAUSE.fullmatch(text, a.tail.end, b.st.start) is None:
        return None
    return view.one(view.pair(i, i + 1, "anaphor", t_a, b.tail.time, orderable=False))


THAN_THEN_RULE: Final = PairRule(
    "than_then", "neighbours", than_then,
    examples=(
        ("Trust in the police is lower than a year ago, 52% against 58%.", (58, 52)),
        ("Trust in the police was 58% a year ago; now it is 52%.", (58, 52)),
        ("Trust in the police is higher than in 2022, at 61% versus 55%.", (55, 61)),
    ),
    near_misses=(
        "Trust in the police is lower than in the army, 52% against 58%.",
        "Trust in the police was 58% among men; now it is 52% among women.",
    ),
)


# -- X down to Y, X up to Y ----------------------------------------------------------------

_UP_DOWN_TO = regex.compile(
    rf"""
    [\s,;(—–-]{{0,6}}(?:and\s+)?(?:then\s+)?
    (?P<dir>down|up)\s+to\s+                          # "45%, down to 38%"
    (?:{_QUAL}\s+)?
    """,
    _F,
)


def up_down_to(view: PairView, i: int) -> Candidate | None:
    """``45% in May, down to 38% in June``, ``went from 30% up to 35%``: the first figure is
    the earlier. "up to" is also a ceiling ("30%, up to 35% in some models"): it pairs only
    after "from" or with a time next to a figure."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    m = _UP_DOWN_TO.fullmatch(text, a.tail.end, b.st.start)
    if m is None or a.tail.kind in ("group", "of") or b.tail.kind in ("group", "of"):
        return None
    if _groups_clash(a, b):
        return None
    lo = max(0, a.st.start - 60)
    if _SPREAD_BEFORE.search(text, lo, a.st.start) is not None:
        return None  # "ranging from 30% up to 35%"
    after_from = _FROM_BEFORE.search(text, lo, a.st.start) is not None
    timed = a.tail.time is not None or b.tail.time is not None
    if m["dir"].lower() == "up" and not (after_from or timed):
        return None
    return view.one(view.pair(i, i + 1, "from_to", a.tail.time, b.tail.time, orderable=False))


UP_DOWN_TO_RULE: Final = PairRule(
    "up_down_to", "neighbours", up_down_to,
    examples=(
        ("Trust in the regulator was 45% in May, down to 38% in June.", (45, 38)),
        ("Interest in the scheme went from 30% up to 35%.", (30, 35)),
        ("Satisfaction with buses was 61 percent, down to 55 percent.", (61, 55)),
    ),
    near_misses=(
        "Polls give the party 30%, up to 35% in the best case.",
        "Interest ranged from 30% up to 35% across regions.",
        "Interest was 30% among men, down to 25% among women.",
    ),
)


# -- a bracketed pair after a change -------------------------------------------------------

_BETWEEN_GROUPS = frozenset(w.lower() for w in words(_CMP, "between_groups_word"))
_CHANGE_BEFORE_BRACKET = regex.compile(
    rf"""(?r)
    (?<!\w)(?P<word>{_VERBS}|{_NOUNS})(?!\w)      # slipped, rose, a drop
    [^()\n.;%]{{0,80}}                             # 3 points with men  (no other share)
    \(\s{{0,2}}\Z
    """,
    _F,
)
_BRACKET_TO = regex.compile(rf"\s{{0,3}}(?:to|→|->)\s{{1,3}}(?:{_QUAL}\s+)?", _F)
_BRACKET_CLOSE = regex.compile(r"\s{0,2}\)")


def bracket_pair(view: PairView, i: int) -> Candidate | None:
    """``slipped 3 points with men (49 percent to 46 percent)``: a change word, then both
    ends in brackets, the earlier first; not a gap between groups ("leads among men (49% to
    46%)")."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    if _BRACKET_TO.fullmatch(text, a.st.end, b.st.start) is None:
        return None
    if _BRACKET_CLOSE.match(text, b.st.end, min(len(text), b.st.end + 3)) is None:
        return None
    lo = max(view.sents.start(a.sent), a.st.start - 100)
    m = _CHANGE_BEFORE_BRACKET.search(text, lo, a.st.start)
    if m is None or " ".join(m["word"].lower().split()) in _BETWEEN_GROUPS:
        return None
    if _new_clause(text, m.end("word"), a.st.start):
        return None
    return view.one(view.pair(i, i + 1, "from_to", orderable=False))


BRACKET_PAIR_RULE: Final = PairRule(
    "bracket_pair", "neighbours", bracket_pair,
    examples=(
        ("Backing for the tram slipped 3 points with renters (49 percent to 46 percent).",
         (49, 46)),
        ("Trust in the council dipped among women (44% to 41%).", (44, 41)),
        ("The share of cyclists saw a small rise (18% to 21%) this year.", (18, 21)),
    ),
    near_misses=(
        "The mayor leads among women (49% to 46%).",
        "Backing for the tram was split among renters (49% to 46%).",
        "Backing for the tram slipped, while renters were divided (49% to 46%).",
    ),
)


# -- parallel sentences --------------------------------------------------------------------

_PARALLEL_START = regex.compile(
    rf"\s{{0,4}}(?:(?:and|but|by\s+contrast|back)[\s,]{{1,4}})?(?P<t>{TIME})\s{{0,3}},", _F
)
_SAME_SURVEY = regex.compile(
    rf"""(?<!\w)(?:the\s+same|that|the\s+previous|the\s+prior|an\s+earlier|the\s+last
       |a\s+previous|a\s+prior|the\s+preceding)\s+(?:{alternation(SURVEY_NOUNS)}
       |question)(?!\w)""",
    _F,
)
_GROUP_WORD = regex.compile(
    rf"(?<!\w)(?:among|{HEADS})(?!\w)", regex.IGNORECASE
)


_OPTION_WORD = regex.compile(r"\p{L}[\p{L}'’-]{2,30}")
_OPTION_REACH: Final = 40


def _option_stems(view: PairView, figs: tuple[Statistic, ...], k: int) -> frozenset[str]:
    """The words right after figure ``k`` of a sentence (up to the next figure), cut to five
    letters: what it is a share of ("disapprove", "oppose the tax")."""
    st = figs[k]
    hi = min(st.end + _OPTION_REACH, view.sents.end(view.sents.index(st.start)))
    if k + 1 < len(figs):
        hi = min(hi, figs[k + 1].start)
    return frozenset(
        m[0].casefold()[:5] for m in _OPTION_WORD.finditer(view.text, st.end, hi)
        if m[0].casefold() not in _OPTION_STOP
    )


_OPTION_STOP: Final = frozenset(STOPWORDS) | {"said", "says", "were", "are"}


def _option_order(
    view: PairView, a_figs: tuple[Statistic, ...], b_figs: tuple[Statistic, ...]
) -> list[int] | None:
    """For each figure of ``b_figs``, the index of the figure of ``a_figs`` that names the
    same option ("44% support it ... 47% supported it"), when each names words only one
    figure of the other sentence shares; None otherwise."""
    a_words = [_option_stems(view, a_figs, k) for k in range(len(a_figs))]
    order: list[int] = []
    for k in range(len(b_figs)):
        b_words = _option_stems(view, b_figs, k)
        hits = [j for j, w in enumerate(a_words) if w & b_words]
        if len(hits) != 1:
            return None
        order.append(hits[0])
    return order if sorted(order) == list(range(len(a_figs))) else None


def parallel(view: PairView, s_a: int) -> Candidate | None:
    """``39% approve and 61% disapprove, a net of -22. In March, the same poll found 44%
    approving and 56% disapproving, a net of -12.``: a sentence that starts with a time
    (or names the same or a previous survey) and repeats the figures of sentence ``s_a``,
    same kinds in the same order, gives their earlier values (two or more figures, or one
    with the survey named)."""
    text, sents = view.text, view.sents
    a_figs, b_figs = view.by_sent[s_a], view.by_sent.get(s_a + 1)
    if not b_figs or len(a_figs) != len(b_figs) or len(a_figs) > 4:
        return None
    if [(x.kind, x.unit) for x in a_figs] != [(x.kind, x.unit) for x in b_figs]:
        return None
    if any(view.decided.paired_earlier(x) for x in a_figs + b_figs):
        return None
    lead = sents.start(s_a + 1)
    start = _PARALLEL_START.match(text, lead, b_figs[0].start)
    same = _SAME_SURVEY.search(text, lead, b_figs[0].start) is not None
    if (
        not same and start is None and len(a_figs) >= 2
        and _DATED.search(text, lead, min(b_figs[0].start, lead + 40)) is not None
        and _option_order(view, a_figs, b_figs) is not None
    ):
        # "In May the picture was reversed, with 50% approving and 45% disapproving": a
        # time, and the options named again
        start = _DATED.search(text, lead, min(b_figs[0].start, lead + 40))
    if not same and (start is None or len(a_figs) < 2):
        return None
    said = start[0] if start is not None else None
    if _GROUP_WORD.search(text, start.end() if start else lead, b_figs[0].start):
        return None  # "In March, Republicans gave 20% and 75%": another group
    if any(
        x.subgroup is not None and clash(x.subgroup, y.subgroup or x.source)
        for x, y in zip(a_figs, b_figs, strict=True)
    ):
        return None
    t_b = time_key(said) if said is not None else None
    a_start = _PARALLEL_START.match(text, sents.start(s_a), a_figs[0].start)
    t_a = time_key(a_start["t"]) if a_start is not None else None
    order = _option_order(view, a_figs, b_figs)
    later = [a_figs[k] for k in order] if order is not None else list(a_figs)
    return Candidate(
        tuple(Pair(x, y, "parallel", t_b, t_a) for x, y in zip(b_figs, later, strict=True))
    )


PARALLEL_RULE: Final = PairRule(
    "parallel", "sentence", parallel,
    examples=(
        ("In 2021, 48% approved and 45% disapproved. In 2023, 42% approved and 51% "
         "disapproved.", (48, 42)),
        ("In 2021, 48% approved and 45% disapproved. In 2023, 42% approved and 51% "
         "disapproved.", (45, 51)),
        ("Some 52% oppose the tax and 44% support it. In May, 47% supported it and 49% "
         "opposed it.", (47, 44)),
        ("The poll found 52% of Chileans disapprove of the senate, while 44% approve. In May "
         "the picture was reversed, with 50% approving and 45% disapproving.", (45, 52)),
    ),
    near_misses=(
        "In 2021, 48% approved and 45% disapproved. In 2023, among women, 42% and 51%.",
        "Some 48% approved and 45% disapproved. Then 42% approved and 51% disapproved.",
    ),
)


# -- a table of "now / then" pairs ---------------------------------------------------------

_SLASH_HEADER = regex.compile(
    r"\(\s{0,3}(?P<a>[^()/\n%]{1,40}?)\s{0,3}/\s{0,3}(?P<b>[^()/\n%]{1,40}?)\s{0,3}\)[ \t:]{0,3}$",
    regex.MULTILINE,
)
_LINE = regex.compile(r"[^\n]{0,400}")
_SLASH = regex.compile(r"\s{0,3}/\s{0,3}")


def _later(first: TimeKey, second: TimeKey) -> bool | None:
    """Whether the first of two header times ("this poll / previous poll", "2024 / 2023") is
    the later one; None when they cannot be told apart."""
    order = first.before(second)
    if order is not None:
        return not order
    if first.present and not second.present:
        return True
    if second.present and not first.present:
        return False
    return None


def table(view: PairView, _i: int) -> Candidate | None:
    """``Most important issues (this poll / previous poll):`` then lines such as
    ``Economy 41% / 44%``: each line's two figures, in the order the header gives."""
    text = view.text
    by_start = {f.st.start: f.st for f in view.figs}
    starts = sorted(by_start)
    pairs: list[Pair] = []
    for h in _SLASH_HEADER.finditer(text):
        first, second = time_key(h["a"]), time_key(h["b"])
        later_first = _later(first, second)
        if later_first is None:
            continue
        pos = h.end() + 1  # the line after the header
        for _ in range(12):  # the lines under the header, until one is not a pair
            line = _LINE.match(text, pos)
            if line is None or not line[0].strip():
                break
            k = bisect.bisect_left(starts, line.start())
            two = [by_start[x] for x in starts[k : k + 3] if x < line.end()]
            if len(two) != 2 or (two[0].kind, two[0].unit) != (two[1].kind, two[1].unit):
                break
            if _SLASH.fullmatch(text, two[0].end, two[1].start) is None:
                break
            x, y = two if not later_first else (two[1], two[0])
            pairs.append(Pair(x, y, "table", second if later_first else first,
                              first if later_first else second, orderable=False))
            pos = line.end() + 1
    return Candidate(tuple(pairs)) if pairs else None


TABLE_RULE: Final = PairRule(
    "table", "text", table,
    examples=(
        ("Priorities (this poll / last poll):\nHousing 38% / 33%\nJobs 21% / 25%\n",
         (33, 38)),
        ("Priorities (2022 / 2024):\nHousing 33% / 38%\nJobs 25% / 21%\n", (25, 21)),
    ),
    near_misses=(
        "Priorities (men / women):\nHousing 38% / 33%\nJobs 21% / 25%\n",
        "Priorities (this poll / last poll):\nHousing 38%, 33% and 30%\n",
    ),
)


# -- a baseline computed from a stated change ----------------------------------------------

_DERIVED_TO = regex.compile(
    rf"""
    \s{{0,3}}(?:(?:{_NOUNS})\s+)?
    (?:(?:since|from|compared\s+with|on)\s+(?P<time>{TIME})[\s,]{{1,4}})?
    to\s+(?:{_QUAL}\s+)?
    """,
    _F,
)
_DERIVED_LEAD = regex.compile(
    rf"""
    [\s),;(—–-]{{0,8}}
    (?:(?:{_VERBS}|an?\s+(?:{_NOUNS})\s+of|(?:{_NOUNS})\s+of)\s+)?
    (?:by\s+)?(?:{_QUAL}\s+)?
    """,
    _F,
)
_DERIVED_SINCE = regex.compile(
    rf"""
    (?:\s+(?:higher|lower|more|less))?
    \s+(?P<cue>than|from|since|compared\s+(?:with|to)|on|over)\s+(?P<time>{TIME})?
    """,
    _F,
)


def _derived(change: Statistic, to: Statistic, said: str | None) -> Pair:
    """A derived pair; ``said`` is the time phrase the text gives the baseline ("since 2022",
    "from a year earlier": dated, or relative to the later figure's period)."""
    if not said:
        return Pair(change, to, "derived")
    rel = next((d.relative for d in find_dates(said) if d.relative is not None), None)
    return Pair(change, to, "derived", time_key(said), rel_from=rel)


def derived(view: PairView, n: int) -> Candidate | None:
    """``increased 5 points to 47%`` and ``47%, up 5 points (from 2019)``: statistic ``n``, a
    change in points, and the figure it moved gives that figure's baseline (a ``derived``
    pair whose ``f`` is the change; ``t_from`` the time of the baseline)."""
    c, text = view.stats[n], view.text
    if c.kind != "change" or c.unit != "percentage_point":
        return None
    k = bisect.bisect_left(view.fig_starts, c.end)
    if k < len(view.figs):
        b = view.figs[k]
        to = _DERIVED_TO.fullmatch(text, c.end, b.st.start)
        if b.st.start - c.end <= 60 and not view.is_to(k) and to is not None:
            return view.one(_derived(c, b.st, to["time"]))
    k -= 1
    if k < 0 or view.is_to(k):
        return None
    a = view.figs[k]
    if a.tail.end > c.start or c.start - a.tail.end > 30:
        return None
    if _DERIVED_LEAD.fullmatch(text, a.tail.end, c.start) is None:
        return None
    since = _DERIVED_SINCE.match(text, c.end, min(len(text), c.end + 60))
    if since is not None and since["time"] is None and since["cue"].lower() != "on":
        return None  # "5 points higher than men": a gap between groups
    return view.one(_derived(c, a.st, since["time"] if since else None))


DERIVED_RULE: Final = PairRule(
    "derived", "statistic", derived,
    examples=(
        ("Approval of the transit plan climbed 4 points to 46%.", (42, 46)),
        ("Approval of the transit plan stands at 46%, down 3 points since 2022.", (49, 46)),
    ),
    near_misses=(
        "Approval of the transit plan reached 46%, 4 points higher than among renters.",
        "Approval of the transit plan reached 46%, 4 points higher than men.",
    ),
)


# -- a figure that did not move ------------------------------------------------------------

_STEADY = alternation(words(_CMP, "steady_word"))
_STEADY_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?P<cue>{_STEADY})\s+(?:at|on)\s+(?:{_QUAL}\s+)?\Z", _F
)
_STEADY_AFTER = regex.compile(
    rf"""
    (?:\s+\p{{L}}[\p{{L}}'’-]{{0,20}}){{0,6}}?               # trust the courts
    \s{{0,2}}[,;(—–]\s{{0,3}}                                # a comma or dash before the cue
    (?:
        (?P<cue>{_STEADY})                                   # 41%, unchanged
        (?:\s+(?:from|since|on|compared\s+(?:with|to)|with)\s+(?P<time>{TIME}))?
      | (?P<same>(?:about\s+|roughly\s+|much\s+)?the\s+same\s+as)\s+(?P<time2>{TIME})
    )
    (?![\w%]|[^\S\n]{{0,3}}(?:from|since|at|on|with)?[^\S\n]{{0,3}}[0-9(])   # no figure
    """,
    _F,
)


def _zero_change(view: PairView, fig: Figure, start: int, end: int) -> Statistic:
    """The change the words ``text[start:end]`` state for ``fig``: none, in points."""
    return attrs.evolve(
        fig.st, text=view.text[start:end], start=start, end=end, kind="change", low=0.0,
        high=0.0, unit="percentage_point", qualifier="exact",
    )


def unchanged(view: PairView, n: int) -> Candidate | None:
    """``held steady at 41%``, ``41%, unchanged from March``, ``41%, the same as in 2023``:
    a figure whose baseline the text gives as itself (a ``derived`` pair with equal ends;
    ``f`` is a change of zero points spanning the words). Not a figure that is already an
    end of a pair ("92%, essentially unchanged from 91% last year")."""
    st = view.stats[n]
    k = bisect.bisect_left(view.fig_starts, st.start)
    if k >= len(view.figs) or view.figs[k].st is not st or view.decided.paired_earlier(st):
        return None
    fig, text = view.figs[k], view.text
    lo = max(view.sents.start(fig.sent), st.start - 60)
    before = _STEADY_BEFORE.search(text, lo, st.start)
    if before is not None:
        change = _zero_change(view, fig, before.start("cue"), before.end("cue"))
        return view.one(Pair(change, st, "derived"))
    after = _STEADY_AFTER.match(text, fig.tail.end, view.sents.end(fig.sent))
    if after is None:
        return None
    cue = "same" if after["same"] is not None else "cue"
    change = _zero_change(view, fig, after.start(cue), after.end(cue))
    return view.one(_derived(change, st, after["time"] or after["time2"]))


UNCHANGED_RULE: Final = PairRule(
    "unchanged", "statistic", unchanged,
    examples=(
        ("Trust in the courts held steady at 41%.", (41, 41)),
        ("Some 41% trust the courts, unchanged from March.", (41, 41)),
        ("Some 41% trust the courts, the same as in 2023.", (41, 41)),
        ("The Greens were steady on 12 per cent.", (12, 12)),
    ),
    near_misses=(
        "Some 41% of women trust the courts, the same as men.",
        "Some 41% trust the courts, unchanged from 38% in March.",
        "Some 41% want the law left unchanged.",
    ),
)


# -- a stated ratio or gap between two groups -----------------------------------------------

_LIKELY = alternation(words(_CMP, "likelihood_word"))
_OUTNUMBER = alternation(words(_CMP, "outnumber_verb"))
_NUMBER_WORDS: Final = {
    "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
    "eight": 8.0, "nine": 9.0, "ten": 10.0,
}
_AS_LIKELY_AFTER = regex.compile(
    rf"""\s+(?:
        (?:as|more)\s+(?:{_LIKELY})(?!\w)                     # twice as likely, 3 times more likely
      | (?:higher|greater|larger|bigger|more)\s+than(?!\w)    # 2.5 times higher than
    )""",
    _F,
)
_OUTNUMBER_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{_OUTNUMBER})(?!\w)[^.;%\d]{{0,50}}\Z", _F
)
_TO_ONE = regex.compile(
    rf"""(?<![\w.])
    (?P<n>{alternation(list(_NUMBER_WORDS))}|[0-9]{{1,2}}(?:\.[0-9])?)   # three, 2.5
    (?:[\s-]{{1,3}}to[\s-]{{1,3}}|\s?:\s?)(?:one|1)(?![\w.:])           # to one, -to-1, :1
    """,
    _F,
)
_GAP_AFTER = regex.compile(
    r"""(?:[\s-]{0,2}(?:percentage[\s-])?points?)?     # "20 percentage point", "-point"
    [\s-]{0,2}(?:gap|difference|divide)(?!\w)""",
    _F,
)
_GAP_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:gap|difference|divide)\s+of\s+(?:{_QUAL}\s+)?\Z", _F)
#: Longest distance (characters) between a stated ratio or gap and the nearer of its figures.
_RATIO_REACH: Final = 120


def _stated_between(view: PairView, st: Statistic) -> bool:
    """Whether ``st`` states a ratio or gap between two groups at one time: "2.5 times as
    likely", "twice as many", "outnumber ... by 3 times", "a 20-point gap", "a gap of 15
    points"."""
    text = view.text
    if st.kind == "ratio" and st.unit == "ratio":
        if _AS_LIKELY_AFTER.match(text, st.end, min(len(text), st.end + 40)) is not None:
            return True
        lo = max(0, st.start - 60)
        return _OUTNUMBER_BEFORE.search(text, lo, st.start) is not None
    if st.kind == "change" and st.unit == "percentage_point":
        if _GAP_AFTER.match(text, st.end, min(len(text), st.end + 30)) is not None:
            return True
        return _GAP_BEFORE.search(text, max(0, st.start - 40), st.start) is not None
    return False


def _two_near(view: PairView, start: int, end: int, sent: int) -> tuple[Figure, Figure] | None:
    """The two neighbouring figures of sentence ``sent`` that a stated ratio or gap at
    ``start``-``end`` describes: the two right after it, else the two right before it."""
    k = bisect.bisect_left(view.fig_starts, end)
    figs = view.figs
    after = figs[k : k + 2]
    if (
        len(after) == 2 and all(f.sent == sent for f in after)
        and after[0].st.start - end <= _RATIO_REACH
    ):
        return after[0], after[1]
    j = bisect.bisect_left(view.fig_starts, start)
    before = figs[max(0, j - 2) : j]
    if (
        len(before) == 2 and all(f.sent == sent for f in before)
        and start - before[1].tail.end <= _RATIO_REACH
    ):
        return before[0], before[1]
    return None


def group_ratio(view: PairView, n: int) -> Candidate | None:
    """``backers outnumber critics three to one, 60% against 20%``, ``renters are twice as
    likely as owners to move (30% versus 15%)``, ``a 20-point gap between graduates (61%) and
    non-graduates (41%)``: a ratio or gap stated between two groups (or options) at one time,
    linked to the two figures it describes (a ``between_groups`` pair: the smaller figure
    first, the stated ratio or gap on the pair)."""
    st, text = view.stats[n], view.text
    sent = view.sents.index(st.start)
    stated: Statistic | None = None
    if _stated_between(view, st):
        stated = st
    elif st.kind == "share" and view.by_sent.get(sent, (None,))[0] is st:
        # the first figure of its sentence: a ratio in words ("three to one") before or after
        lo, hi = view.sents.start(sent), view.sents.end(sent)
        m = _TO_ONE.search(text, lo, hi)
        if m is None or _OUTNUMBER_BEFORE.search(text, max(lo, m.start() - 60), m.start()) is None:
            return None
        word = m["n"].lower()
        value = _NUMBER_WORDS.get(word) or float(word)
        stated = attrs.evolve(
            st, text=m[0], start=m.start(), end=m.end(), kind="ratio", low=value, high=value,
            unit="ratio", qualifier="exact",
        )
    if stated is None:
        return None
    two = _two_near(view, stated.start, stated.end, sent)
    if two is None:
        return None
    a, b = two
    if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit) or a.st.kind != "share":
        return None
    if view.decided.paired_earlier(a.st) and view.decided.paired_earlier(b.st):
        return None  # the two figures are already a change over time
    small, large = (a, b) if a.st.value <= b.st.value else (b, a)
    return view.one(Pair(small.st, large.st, "between", stated=stated, kind="between_groups"))


GROUP_RATIO_RULE: Final = PairRule(
    "group_ratio", "statistic", group_ratio,
    examples=(
        ("Backers of the tunnel outnumber critics three to one, 60% against 20%.", (20, 60)),
        ("Renters are twice as likely as owners to move: 30% versus 15%.", (15, 30)),
        ("There is a 20-point gap between graduates (61%) and non-graduates (41%).",
         (41, 61)),
        ("Cyclists were 2.5 times as likely as drivers to back the lane, 45% against 18%.",
         (18, 45)),
    ),
    near_misses=(
        "Support for the tunnel doubled, from 20% to 40%.",
        "Backers of the tunnel outnumber critics, 60% against 20%.",
        "The gap narrowed by 4 points; 60% back the tunnel and 20% oppose it.",
    ),
)


# -- the registry --------------------------------------------------------------------------

#: The pairing rules, highest priority first. Rules of one scope that follow each other are
#: asked in one sweep over the text (for each place, the first rule that proposes wins).
PAIR_RULES: Final[tuple[PairRule, ...]] = (
    RESPECTIVELY_RULE,
    BASELINE_LIST_RULE,
    FROM_TO_RULE,
    SPLIT_PAIR_RULE,
    BASELINE_RULE,
    LEADING_RULE,
    SERIES_RULE,
    CHAIN_RULE,
    TIME_PAIR_RULE,
    ANAPHOR_RULE,
    LAST_ASKED_RULE,
    THAN_THEN_RULE,
    UP_DOWN_TO_RULE,
    BRACKET_PAIR_RULE,
    PARALLEL_RULE,
    TABLE_RULE,
    GROUP_RATIO_RULE,
    DERIVED_RULE,
    UNCHANGED_RULE,
)
