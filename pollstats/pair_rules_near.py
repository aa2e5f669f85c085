"""Pairing rules for neighbour forms: "respectively", "from 30% to 41%", baselines, splits,
leads, "than ... then", "up/down to", and a bracketed "(30% to 41%)".
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from ._data import alternation, alternation_of, words
from .model import Statistic
from .pair_rules_groups import LIKELY as _LIKELY
from .pair_rules_groups import OUTNUMBER as _OUTNUMBER
from .pair_shared import (
    _CMP,
    _F,
    _GROUP_WORD,
    _MONTH,
    _NOUNS,
    _earlier,
    _groups_clash,
    _neighbours,
    _new_clause,
    _time_in,
)
from .pair_view import CUE as _CUE
from .pair_view import CUE_DATED as _CUE_DATED
from .pair_view import CUE_KIND as _CUE_KIND
from .pair_view import GAP_WHICH_TO, MAX_GAP, Candidate, Figure, PairRule, PairView
from .pair_view import QUAL as _QUAL
from .pair_view import VERBS as _VERBS
from .periods import MONTHS, SURVEY_NOUNS, TIME, TimeKey, time_key, time_words_in

#: the time phrases of :data:`periods.TIME`, compiled once
_TIME_RE: Final = regex.compile(TIME, _F)

_SPREAD = alternation_of(_CMP, "spread_verb")

_SURVEY_NOUN = alternation(SURVEY_NOUNS)
_AND_GAP = regex.compile(rf"[\s,]{{0,4}}(?:and|&)\s+(?:{_QUAL}\s+)?", _F)


# -- respectively --------------------------------------------------------------------------

_RESPECTIVELY = regex.compile(
    rf"""[\s),]{{0,8}}(?:(?:of|among)\s+[\w'’-]{{1,25}}(?:\s+[\w'’-]{{1,25}})?[\s,]{{1,4}})?
    (?:(?:{TIME})[\s,]{{0,4}})?respectively(?!\w)""",  # "20.9% and 6.9% of adults, respectively"
    _F,
)
#: "Both figures have climbed since 2021, when ...": a sentence that takes up the two figures
#: before it, even across a paragraph break or a sentence between them
_BOTH_FIGURES = regex.compile(
    r"""\s*(?:both|the\s+two|these\s+two|those\s+two)\s+
    (?:figures|numbers|shares|rates|measures|readings|percentages|proportions)(?!\w)""",
    _F,
)
_PAST_OR_CUE = regex.compile(
    rf"""(?<!\w)(?:previous|previously|prior|earlier|last|ago|before|formerly|back\s+in
       |(?:19|20)[0-9]{{2}}|{_CUE})(?!\w)""",
    _F,
)
_PRESENT_CUE = regex.compile(r"(?<!\w)(?:now|currently|today|this\s+year|latest)(?!\w)", _F)
#: "Among men and women": two groups named in the clause ("10.9 per cent and Québec
#: solidaire 9.6 per cent" joins two figures, not two words: a percent word is no group)
_WORD_LIST = regex.compile(
    r"(?<![\w%])(?!(?:cent|percent|pc|pct)\s)\p{L}[\w'’-]{0,30}\s+(?:and|or|&)\s+\p{L}",
    _F,
)


def respectively(view: PairView, i: int) -> Candidate | None:
    """``8% and 7% ... previous surveys showed 12% and 10%, respectively``: figure ``i`` and
    the next are the earlier (or later) values of the two before them."""
    figs, text = view.figs, view.text
    if i < 2 or i + 1 >= len(figs):
        return None
    b1, b2 = figs[i], figs[i + 1]
    if b1.sent != b2.sent or _AND_GAP.fullmatch(text, b1.st.end, b2.st.start) is None:
        return None
    resp = _RESPECTIVELY.match(text, b2.st.end, min(len(text), b2.st.end + 60))
    if resp is None:
        return None
    j1, j2 = _two_before(view, i)
    a1, a2 = figs[j1], figs[j2]
    both = _BOTH_FIGURES.match(text, view.sents.start(b1.sent), b1.st.start) is not None
    if not (b1.sent - 1 - both <= a1.sent <= a2.sent <= b1.sent) or a1.st.end > a2.st.start:
        return None
    if "\n" in text[a1.st.end:b1.st.start] and not (both and a2.sent == b1.sent - 1):
        return None  # a paragraph break: the two before belong to another passage
    if a2.sent == b1.sent and _AND_GAP.fullmatch(text, a2.st.end, b1.st.start) is not None:
        return None  # four figures in a row: a list, not two pairs
    clause = max(view.sents.start(b1.sent), b1.st.start - 200)
    # "In February, those numbers were 38% and 60%, respectively": a month is a past time
    past = (_PAST_OR_CUE.search(text, clause, b1.st.start) is not None
            or _MONTH.search(text, clause, b1.st.start) is not None
            or earlier_after(text, resp.end()))
    present = _PRESENT_CUE.search(text, clause, b1.st.start) is not None
    if (not past and not present) or _WORD_LIST.search(text, clause, b1.st.start):
        # "Among men and women, 45% and 50%, respectively": its own two groups
        return None
    earlier_is_b = past or not present
    pairs = []
    for a, b in ((j1, i), (j2, i + 1)):
        first, second = (b, a) if earlier_is_b else (a, b)
        pairs.append(view.pair(first, second, "respectively"))
    return Candidate(tuple(pairs), closes=(j2, i, j1))


def _two_before(view: PairView, i: int) -> tuple[int, int]:
    """The two figures before figure ``i`` that "respectively" takes up: the two right before
    it, or, when one of those is of another kind or unit than figure ``i`` ("22.4% and 18.8%,
    a gap of 3.6 points. ... 23.5% and 17.6% respectively"), the two before that of its kind."""
    figs = view.figs
    key = (figs[i].st.kind, figs[i].st.unit)
    same = [j for j in range(i - 1, max(-1, i - 4), -1)
            if (figs[j].st.kind, figs[j].st.unit) == key]
    if len(same) >= 2 and (figs[i - 1].st.kind, figs[i - 1].st.unit) != key and (
            same[0] == same[1] + 1):
        return same[1], same[0]
    return i - 2, i - 1


#: a time right after a figure or after "respectively": "..., respectively, in June"
_TIME_AFTER_RESP = regex.compile(rf"[\s,]{{0,3}}(?P<t>{TIME})", _F)


def earlier_after(text: str, pos: int) -> bool:
    """Whether an earlier time follows ``pos`` ("47% and 48%, respectively, in June")."""
    m = _TIME_AFTER_RESP.match(text, pos, min(len(text), pos + 40))
    return m is not None and _earlier(m["t"])


RESPECTIVELY_RULE: Final = PairRule(
    "respectively", "figure", respectively,
    examples=(
        ("This year 35% ride buses and 25% ride trams; in 2018 the shares were 30% and "
         "28%, respectively.", (30, 35)),
        ("This year 35% ride buses and 25% ride trams; in 2018 the shares were 30% and "
         "28%, respectively.", (28, 25)),
        ("Some 14% now rent and 61% own. Earlier surveys found 11% and 66%, respectively.",
         (66, 61)),
        # "both figures" takes up the two figures of the sentences before
        ("The ABS found 14.2% of Australians smoke daily. Vaping was reported by 7.0% of "
         "adults.\n\nBoth figures have changed since 2019, when 16.1% and 2.5% of adults, "
         "respectively, said so.", (2.5, 7.0)),
        ("Some 31% of Britons are obese. Another 38% are overweight. Both figures are up "
         "since 2010, when 26% and 36% of adults, respectively, were.", (26, 31)),
        ("Some 52% of Canadians back the pipeline and 31% oppose it. In March, those figures "
         "were 47% and 36%, respectively.", (36, 31)),
        # two figures joined by "per cent and": no list of groups
        ("The Conservatives took 10.9 per cent and Québec solidaire 9.6 per cent, down from "
         "12.9 per cent and 15.4 per cent respectively.", (15.4, 9.6)),
        # a gap between the two sides is of another unit: the two shares before it
        ("Labour has 36% and the Greens 29%, a lead of 7 points. In the March survey the "
         "parties had 33% and 31% respectively.", (31, 29)),
        # the earlier time after "respectively", the clause before it saying now
        ("Now 52% of Australians approve of the treaty and 39% disapprove; the shares were "
         "48% and 41%, respectively, in March.", (48, 52)),
        ("Today 61% of Britons are satisfied and 30% dissatisfied; it was 57% and 35%, "
         "respectively, in the autumn.", (35, 30)),
    ),
    near_misses=(
        "Some 35% ride buses and 25% ride trams. Among men and women the shares were 30% "
        "and 28%, respectively.",
        "Some 35% ride buses and 25% ride trams. Rival firms carry 30% and 28%, "
        "respectively.",
        "Some 35% ride buses and 25% ride trams.\n\nIn earlier surveys, the shares were 30% "
        "and 28%, respectively.",
        "Some 31% of Britons are obese. Another 38% are overweight. Most want help.\n\nBoth "
        "figures have risen since 2010, when 26% and 36% of adults, respectively, were.",
    ),
)


# -- two earlier values in one bracket after two options ----------------------------------------

#: "(from 49% and 36%)", "(previously 49 and 36 per cent)", "(down from 49% and 36% in May)":
#: the opening of a bracket that gives the two options' earlier values
_BRACKET_TWO_OPEN = regex.compile(
    rf"""\s{{0,2}}\(\s{{0,2}}
    (?:(?:{_CUE}|previously|earlier|before|last\s+(?:time|poll|survey|month|week|wave))
       [\s:,]{{1,3}})
    (?:{_QUAL}\s+)?""",
    _F,
)
_BRACKET_TWO_AND = regex.compile(rf"\s{{0,2}}(?:,|and|&)\s{{1,2}}(?:{_QUAL}\s+)?", _F)
_BRACKET_TWO_JOINED = regex.compile(r"[0-9][0-9.]{0,5}\s{1,2}(?:and|&)\s{1,2}", _F)
_BRACKET_TWO_CLOSE = regex.compile(r"[^()%0-9]{0,40}\)", _F)


def _second_in_bracket(view: PairView, i: int) -> bool:
    """Whether figure ``i + 1`` follows figure ``i`` as its second value in one bracket:
    "49% and 36%)", or "49 and 36 per cent)" (one figure for both, its unit once)."""
    b1, b2 = view.figs[i].st, view.figs[i + 1].st
    if b1.start < b2.start < b1.end:
        joined = b2.end == b1.end and _BRACKET_TWO_JOINED.fullmatch(
            view.text, b1.start, b2.start) is not None
    else:
        joined = _BRACKET_TWO_AND.fullmatch(view.text, b1.end, b2.start) is not None
    return joined and _BRACKET_TWO_CLOSE.match(
        view.text, b2.end, min(len(view.text), b2.end + 42)) is not None


def bracket_two(view: PairView, i: int) -> Candidate | None:
    """``Labor on 48% and the Coalition on 37% (from 49% and 36%)``: a bracket right after
    two options' figures gives their earlier values in the same order; each pairs with its
    own option (never the second option's now with the first one's before)."""
    figs = view.figs
    if i < 2 or i + 1 >= len(figs):
        return None
    a1, a2, b1, b2 = figs[i - 2], figs[i - 1], figs[i], figs[i + 1]
    if not (a1.sent == a2.sent == b1.sent == b2.sent) or a1.st.end > a2.st.start:
        return None
    if _BRACKET_TWO_OPEN.fullmatch(view.text, a2.st.end, b1.st.start) is None:
        return None
    if not _second_in_bracket(view, i) or a2.st.start - a1.st.end > MAX_GAP:
        return None
    if len({(f.st.kind, f.st.unit) for f in (a1, a2, b1, b2)}) != 1:
        return None
    return Candidate(
        (view.pair(i, i - 2, "baseline", orderable=False),
         view.pair(i + 1, i - 1, "baseline", orderable=False)),
        closes=(i - 2, i - 1, i),
    )


BRACKET_TWO_RULE: Final = PairRule(
    "bracket_two", "figure", bracket_two,
    examples=(
        ("The poll has Labor on 48% and the Coalition on 37% (from 49% and 36%).", (49, 48)),
        ("The poll has Labor on 48% and the Coalition on 37% (from 49% and 36%).", (36, 37)),
        ("Yes is on 44 per cent and No on 41 per cent (previously 40 and 45 per cent).",
         (45, 41)),
        ("The BJP is at 38% and the Congress at 27% (last poll: 41%, 25%).", (41, 38)),
        ("Approval stands at 45 per cent and disapproval at 48 per cent (compared with 47 "
         "and 46 per cent in March).", (46, 48)),
    ),
    near_misses=(
        # a bracket of groups' figures, not earlier values
        "Labor is on 48% and the Coalition on 37% (49% and 36% among women).",
        "Labor is on 48% and the Coalition on 37% (the Greens 12% and One Nation 6%).",
        "Labor is on 48% and the Coalition on 37%, from 49% and 36% in May among women.",
    ),
)


# -- a second baseline joined by "and" -------------------------------------------------------


#: "... down from 57.8% in 2021 and far below the 70.0% recorded in 2015", "... down from 28%
#: at the election and from 25.5% in October": a second baseline with a cue of its own
AND_CUE_GAP = regex.compile(
    rf"""[\s,]{{0,4}}(?:and|&|but|though|although|yet)\s+
    (?:(?:it|they|this|that)\s+(?:(?:still|now)\s+)?(?=(?:is|was|remains|remained|sits|stays|stands)\s))?
                                                    # "though it remains well below": its subject
    (?:(?:is|was|remains|remained|sits|stays|stands)\s+)?   # "and is well below": a 2nd predicate
    (?:(?:far|well|much|slightly|just|still|only|somewhat)\s+){{0,2}}  # "but still well below"
    (?:{_CUE})\s+(?:(?:the|its|a|an)\s+)?
    (?:(?:record|previous|all-time|earlier|prior)[\s-]+(?:(?:high|low|peak)\s+(?:of\s+)?)?)?
    (?:(?:high|low|peak)\s+of\s+)?                 # "and well below the high of 64%"
                                                    # "but below the record 71%"
    (?:(?:19|20)[0-9]{{2}}\s+(?:high|low|peak|level|figure)\s+(?:of\s+)?)?
                                                    # "and far below the 2022 peak of 63%"
    (?:(?:net\s+)?(?:score|rating|balance|figure|share|reading|level)\s+of\s+)?
                                                    # "and compares with a net score of +2"
    (?:{_QUAL}\s+)?""",
    _F,
)
#: the words of a baseline's own time or survey before the "and": "44.8% in the February
#: edition of the poll, and ...", "28% at the election and ..."
_BASELINE_WHEN = regex.compile(
    r"""\s+(?:in|at)\s+(?:[^\d;:,.%()]|(?<![0-9])[0-9]{1,4}+(?![0-9]|\s{0,2}(?:%|per|pc|pct))
                      |\(|\)|/){1,50}?        # a run of digits read one way only: no backtracking
    (?=[\s,]{0,4}(?:and|&|but|though|although|yet)\s)""",  # "in Round 9 (2021/2022), though"
    _F,
)


#: where a second baseline joined by a bare "and" ends: its clause ends too
_CLAUSE_END = regex.compile(
    r"""(?:\s+(?:(?:after|before|following|of|at|on|in)\s+(?:the\s+|an?\s+|last\s+)?
          |the\s+|an?\s+|last\s+)
       [\w'’-]{1,20}(?:\s+[\w'’-]{1,20}){0,2})?    # "+19 in the week after the election"
    \s{0,2}(?:[.;:,)!?—–-]|\Z)""",
    _F,
)


#: a bare "and" before a second dated baseline, which may be named a high or low: "down from
#: 44% in 2015 and a peak of 68% in 1975", "and the all-time low of 19% in 2008"
_AND_PEAK_GAP = regex.compile(
    rf"""[\s,]{{0,4}}(?:and|&)\s+
    (?:(?:a|an|the|its|their)\s+(?:(?:record|all-time|historic|previous)[\s-]+)?
       (?:high|low|peak|level)\s+(?:of\s+)?)?
    (?:{_QUAL}\s+)?""",
    _F,
)


_MOVED_FROM_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:up|down|fallen|risen|fell|rose)\s+from\s+(?:{_QUAL}\s+)?\Z", _F
)


def dated_and(text: str, a: Figure, b: Figure) -> bool:
    """Whether baseline ``b`` follows baseline ``a`` after a bare "and", both dated, and ends
    its clause: "down from 41% in May and 45% in March." (not "... and 45% in March said")."""
    if a.tail.kind != "time" or b.tail.kind != "time":
        return False
    if _AND_GAP.fullmatch(text, a.tail.end, b.st.start) is None and (
        _AND_PEAK_GAP.fullmatch(text, a.tail.end, b.st.start) is None
        or _MOVED_FROM_BEFORE.search(text, max(0, a.st.start - 30), a.st.start) is None
    ):
        return False  # a high or low joined by "and" only after "up/down from": a move
    return _CLAUSE_END.match(text, b.tail.end, min(len(text), b.tail.end + 60)) is not None


#: how many months back a second dated baseline may be and still be the previous step of a
#: tracker read backwards ("down from 41% in April and 45% in February")
_WAVE_MONTHS: Final = 11


_MONTH_NAME = regex.compile(
    rf"(?<!\w)(?P<m>{alternation(list(MONTHS))})(?!\w)", _F
)


def _month_of(text: str, f: Figure) -> tuple[int | None, int] | None:
    """The (year or None, month) a figure's time names: "in April", "in May 2024"."""
    if f.tail.kind != "time":
        return None
    m = _MONTH_NAME.search(text, f.st.end, f.tail.end)
    if m is None:
        return None
    month = MONTHS.get(m["m"].lower())
    if month is None:
        return None
    period = f.tail.time.period if f.tail.time is not None else None
    return (period.year if period is not None else None), month


def _wave_before(text: str, later: Figure, earlier: Figure) -> bool:
    """Whether two baselines' times are months of one tracker, ``earlier`` one to
    :data:`_WAVE_MONTHS` months before ``later`` ("in April" then "in February"; "in
    November 2024" then "in March 2024"; not "in 2024" then "in 2016")."""
    lt, e = _month_of(text, later), _month_of(text, earlier)
    if lt is None or e is None or (lt[0] is None) != (e[0] is None):
        return False
    gap = ((lt[0] or 0) - (e[0] or 0)) * 12 + lt[1] - e[1]
    return 0 < gap <= _WAVE_MONTHS


def baseline_list(view: PairView, i: int) -> Candidate | None:
    """A second baseline after a first one is a second baseline of the same later figure:
    with a cue of its own (``46.2%, up from 44.8% in February, and well above the 43.3% it
    polled in 2024``, ``24.4%, down from 28% at the election and from 25.5% in October``), or
    dated and joined by a bare "and" (``-35 compares with -31 in the previous poll and +19
    after the election``, ``43%, down from 46% in August and 49% in July``).

    Annotators read a bare "and" two ways: two months a few waves apart, going back in time
    (``36%, down from 41% in April and 45% in February``), are the steps of one tracker read
    backwards, a chain (45 -> 41 -> 36, :func:`_wave_before`); other dated baselines (years
    apart, ``down from 53% in 2024 and 70% in 2016``, or going forward) are each set against
    the current figure."""
    near = _neighbours(view, i, same_kind=False)
    if near is None:
        return None
    a, b = near
    k = view.decided.later_of(a.st)
    own_later = False
    if k is None and (t := view.decided.later_end(a.st)) is not None and t.start < a.st.start:
        # "That is down from -37 in February and compares with +2 in July 2024": the first
        # baseline's later end was found further back
        k = bisect.bisect_left(view.fig_starts, t.start)
        own_later = k < len(view.figs) and view.figs[k].st is t
        k = k if own_later else None
    if k is None or a.sent != b.sent or b.tail.kind in ("group", "of"):
        return None
    text = view.text
    later = view.figs[k]
    if (later.st.kind, later.st.unit) != (b.st.kind, b.st.unit):
        return None
    when = _BASELINE_WHEN.match(text, a.st.end, b.st.start)
    starts = (a.tail.end if a.tail.kind == "time" else a.st.end,) + (
        (when.end(),) if when is not None else ()
    )
    own_cue = any(AND_CUE_GAP.fullmatch(text, at, b.st.start) is not None for at in starts)
    if own_later and not own_cue and (
        (i > 0 and view.figs[i - 1].sent == a.sent)
        or _BASELINE_END.search(text, max(0, a.st.start - 60), a.st.start) is None
    ):
        # a bare "and" after a back reference only when the first baseline opens its
        # sentence ("That's up from 52% in 2019 and 55% in 2022"), not inside a list read
        # as a chain ("That is down from 36.9% in May, 38.4% in April and 39.1% in March")
        return None
    if not own_cue and not dated_and(text, a, b):
        return None
    if not own_cue and _wave_before(text, a, b):
        return view.one(view.pair(i + 1, i, "baseline", b.tail.time, a.tail.time))
    pair = view.pair(i + 1, k, "baseline", b.tail.time, later.tail.time)
    return Candidate((pair,), reopens=later.st)  # one later figure, two baselines


BASELINE_LIST_RULE: Final = PairRule(
    "baseline_list", "neighbours", baseline_list,
    examples=(
        ("The council's net score of -20 compares with -14 in the last poll and +5 in "
         "the spring.", (5, -20)),
        ("Some 41% rated it good, down from 45% in 2022 and well below the 58% recorded in "
         "2016.", (58, 41)),
        ("Confidence in the courts is 44%, down from 49% in June 2023 and 63% when the survey "
         "first asked about it in 2012.", (63, 44)),
        # two months of one tracker, read backwards: a chain (45 -> 41 -> 38)
        ("Approval of the cabinet is 38%, down from 41% in May and 45% in March.", (45, 41)),
        ("Some 29 per cent back the Premier, down from 33 per cent in August and 36 per cent "
         "in June.", (36, 33)),
        ("Modi's approval stands at 62%, up from 58% in January 2025 and 55% in October "
         "2024.", (55, 58)),
        # years apart: each baseline against the current figure
        ("Trust in the press stands at 29%, down from 35% in 2020 and 40% in 2016.", (40, 29)),
        # "well off the high of": a second baseline with a cue of its own
        ("Some 48 per cent trust the BBC, down from 51 per cent in 2022 and well off the high "
         "of 71 per cent in 2003.", (71, 48)),
        # the second baseline named a high or low
        ("Just 27 per cent trust the unions, down from 35 per cent in 2012 and a peak of 58 "
         "per cent in 1979.", (58, 27)),
        ("Some 46% of Indians back the scheme, down from 52% in 2022 and the all-time high "
         "of 64% in 2014.", (64, 46)),
        # after a back reference "That's", the first baseline opening its sentence
        ("Some 61% of Britons fear for the NHS. That's up from 52% in 2019 and 55% in 2022.",
         (55, 61)),
        ("Only 29 percent of Americans trust Congress. That is down from 35 percent in 2020 "
         "and 40 percent in 2016.", (40, 29)),
        ("Net migration worries 63% in the new poll. The figure is down from 71% in 2016 and "
         "68% in 2019, the survey found.", (68, 63)),
        ("The Greens are at 9.1 per cent, down from 12.6 per cent at the election and from "
         "10.2 per cent in the October poll.", (10.2, 9.1)),
        ("The alliance is projected at 46.2 per cent, up from 44.8 per cent in the spring "
         "edition of the poll, and well above the 43.3 per cent it polled in 2024.",
         (43.3, 46.2)),
        ("The coalition partners are on 39 per cent together, compared with 41 per cent in "
         "last week's poll, and far below the 47.5 per cent they won at the last election.",
         (47.5, 39)),
        # "but"/"though" and a record before the second baseline
        ("Some 69% back same-sex marriage, up from 27% in 1996 but slightly below the record "
         "71% measured in 2022.", (71, 69)),
        ("The Greens are on 11 per cent, up from 8 per cent in May though well below the "
         "previous high of 17 per cent in 2019.", (17, 11)),
        ("The NDA's vote share is 46.6 per cent, up from 45.1 per cent in 2019 but below the "
         "all-time peak of 48 per cent recorded in 1998.", (48, 46.6)),
        # a dated peak as the second baseline
        ("Only 14 per cent of firms report shortages, down from 19 per cent in May and far "
         "below the 2022 peak of 63 per cent.", (63, 14)),
        ("Some 31% of Britons trust the press, up from 27% last year but below the 2016 high "
         "of 36%.", (36, 31)),
        # a second predicate of the same subject: "and remains well below the high of ..."
        ("Support for the Greens is 11 per cent, down from 13 per cent in May, and remains "
         "well below the high of 17 per cent in 2019.", (17, 11)),
        ("Trust in Parliament stands at 24%, up from 21% in 2023, and is still below the "
         "peak of 35% in 2001.", (35, 24)),
        # a pronoun subject of the second predicate; a numbered round as the first's time
        ("Trust in the courts climbed to 38% from 33% in Round 8 (2019/2021), though it "
         "remains well below the 52% recorded in Round 4.", (52, 38)),
        ("Satisfaction with the NHS rose to 35 per cent from 31 per cent in wave 12, but it "
         "is still below the 40 per cent recorded in wave 3.", (40, 35)),
        ("Confidence in the RBI rose to 61% from 57% in 2022, though it remains below the "
         "66% recorded in 2016.", (66, 61)),
    ),
    near_misses=(
        "Some 61% of Britons fear for the NHS. That's up from 52% in 2019, and 55% in 2022 "
        "said waiting times were the worst problem.",
        "The council's net score of -20 compares with -14 in the last poll and +5 among "
        "tenants.",
        "The council's net score of -20 compares with -14 in the last poll.",
        "Approval of the cabinet is 38%, down from 41% in May, and 45% of renters want an "
        "election.",
        "Some 41% rated it good, up from 35% in 2022 but 60% of renters rated it poor.",
        "Only 14 per cent of firms report shortages, down from 19 per cent in May and the "
        "2022 figure of 63 per cent among exporters.",
        "Trust in the courts climbed to 38% from 33% in Round 8, though it remains well "
        "below the 52% of renters.",
    ),
)


# -- from X to Y ---------------------------------------------------------------------------

#: A fraction word whose digits follow in brackets: "from around a quarter (26%)".
_FRACTION_PAREN = (
    r"(?:(?:an?|one|two|three)[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?)\s{0,2}\(\s{0,2}"
)
_FROM_BEFORE = regex.compile(
    rf"(?r)(?<!\w)from\s+(?:{_QUAL}\s+)?(?:{_FRACTION_PAREN})?\Z", _F
)
_SPREAD_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{_SPREAD})(?:\s+[\w'’-]{{1,20}}){{0,3}}?\s+from\s+(?:{_QUAL}\s+)?\Z", _F
)
_WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH_WORD = alternation(list(MONTHS))
_TO_CONNECT = regex.compile(
    rf"""(?:\s{{1,2}}on\s{{1,2}}{_WEEKDAY})?                     # "on Monday, Sept. 15, to"
    (?:,?\s{{1,2}}(?:(?:{_MONTH_WORD})\.?\s{{1,2}}[0-9]{{1,2}}
       |[0-9]{{1,2}}\s{{1,2}}(?:{_MONTH_WORD})\.?)(?!\w)(?:,?\s{{1,2}}(?:19|20)[0-9]{{2}})?)?
    (?:,[ \t]{{1,2}}(?:(?:shortly|just|soon)[ \t]+)?(?:after|before|when|as|following|amid)
       [ \t][^,;.%()0-9\n]{{1,50}}(?=,))?              # ", shortly after it took office,"
    [\s),]{{0,8}}(?:and\s+)?(?:then\s+)?to\s+
    (?:(?:today|this\s+(?:week|month|quarter|year|poll|survey))['’]s\s+    # "to today's 49%"
       |the\s+(?:current|latest|present)\s+
       |an?\s+(?:average|level|reading)\s+of\s+)?        # "to an average of 62%"
    (?:{_QUAL}\s+)?(?:{_FRACTION_PAREN}|\()?""",
    _F,
)


def _split_before(view: PairView, i: int) -> bool:
    """Whether the "from" pair at figures ``i``, ``i + 1`` is the baseline of a split just
    before it in its sentence ("leads 54% to 46%, down from 57% to 43%"), not a change of its
    own ("rose from 41% to 47%. Then it rose from 47% to 52%")."""
    if i < 2 or not _two_splits(view, i - 1):
        return False
    first, last = view.figs[i - 2], view.figs[i - 1]
    if first.sent != view.figs[i].sent:
        return False
    m = _BASELINE_END.search(view.text, last.st.end, view.figs[i].st.start)
    return m is not None and m["cue"].lower() != "from"


#: the number that opens a figure's quote ("40" of "40 to 45 per cent")
_FIRST_WORD = regex.compile(r"[^\s]{0,30}")


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
    joined = a.st.start < b.st.start < a.st.end  # "from 40 to 45 per cent": one unit
    a_end = _FIRST_WORD.match(text, a.st.start).end() if joined else a.tail.end
    if _TO_CONNECT.fullmatch(text, a_end, b.st.start) is None:
        return None
    if a.tail.kind == "group" or (a.tail.kind == "of" and b.tail.kind in ("of", "group")):
        return None
    if _groups_clash(a, b):
        return None
    if _split_before(view, i):
        return None  # "leads 54% to 46%, down from 57% to 43%": split against split
    return view.one(view.pair(i, i + 1, "from_to", a.tail.time, b.tail.time, orderable=False))


FROM_TO_RULE: Final = PairRule(
    "from_to", "neighbours", from_to,
    examples=(
        # an aside about the earlier figure's time, and "an average of" before the later one
        ("Backing for the mayor slid from 64% in May, just after the floods, to an average of "
         "55% over the autumn.", (64, 55)),
        ("Trust in the water board dropped from 58% to 49%.", (58, 49)),
        ("Bike use went from 12 percent in 2016 to 19 percent in 2024.", (12, 19)),
        ("Approval of the chancellor rose from 38% in the first week of January to 42% in "
         "the last week of that month.", (38, 42)),
        ("Bike use rose from about a tenth (11%) in 2016 to a fifth (20%) now.", (11, 20)),
        # the later end named as now's
        ("The pro-Union vote has slipped from 53% in 2021 to today's 49%.", (53, 49)),
        ("Support for a four-day week has grown from 31 per cent in 2019 to this year's 46 "
         "per cent.", (31, 46)),
        ("Trust in the ANC fell from 48% in 2019 to the current 37%.", (48, 37)),
        # the unit said once, after the later figure
        ("Backing for the carbon tax rose from 40 to 45 per cent.", (40, 45)),
        # a weekday's date after the earlier figure's time
        ("Approval slid from 55 percent on Monday, Sept. 8, to 51 percent on Friday.",
         (55, 51)),
        ("Trust in Albanese fell from 48% on Tuesday, 4 March, to 45% on Sunday.", (48, 45)),
        ("The Coalition's lead fell from 9 to 4 points.", (9, 4)),
    ),
    near_misses=(
        "Bike use ranged from 12% in the suburbs to 19% downtown.",
        "Bike use went from 12% among retirees to 19% among students.",
        "Estimates of turnout range from 40 to 45 per cent.",
    ),
)


# -- a baseline after a cue ----------------------------------------------------------------

_BASELINE_END = regex.compile(
    rf"""(?r)
    (?<!\w)(?P<cue>{_CUE})\s+                       # up from, compared with, than
    (?<!(?:more|less|fewer|greater|rather|other|no)\s+than\s+)   # "more than 40%": a qualifier
    (?:(?P<mid>{TIME})(?:['’]s)?                    # the previous year, October 2023
      |(?P<srv>(?:the|its|their|last)\s+(?:[\w-]{{1,20}}\s+){{0,2}}?(?:{_SURVEY_NOUN}|wave|round))
       ['’]s
      |(?P<who>the\s+(?:share|proportion|percentage|number)\s+(?:who|that)\s+[^()%;.]{{1,60}}?
       \()                                          # "double the share who said so in 2015 ("
    )?                                              # "the July survey's 37 percent"
    [\s,:(]{{0,8}}                                   # "... year (56%)"
    (?:(?:a|an|the|its|their|his|her|our)\s+          # "up from a record low of 21%"
       (?:(?P<bmonth>(?:{_MONTH_WORD})\.?(?:\s+(?:19|20)[0-9]{{2}})?)\s+
          (?=(?:figure|level|reading|share|rate)\s))?
                                                    # "the October 2024 figure of 35%", "the
                                                    # February reading of 38%"
       (?:(?:record|all-time|recent|previous|earlier|historic)[\s-]+)?
       (?:(?:low|high|peak|level|figure|reading|share|rate|average)\s+(?:of|at)\s+)?)?
    (?:(?:low|high|peak|level|figure|reading|share|rate|average)\s+(?:of|at)\s+)?
                                                    # "half the 2015 level of 18%"
    (?:(?:at|of|when\s+it\s+was|with)\s+)?
    (?:(?:a\s+)?net\s+(?:balance\s+of\s+)?)?          # "down from a net 44%"
    (?:{_QUAL}\s+)?
    \Z
    """,
    _F,
)
#: cues that are also fraction words: "nearly half (47 per cent)" is one figure, not a cue
_MULTIPLIER_CUES = frozenset({"half", "double", "twice"})
#: ", with 30% saying ...": an absolute clause after a baseline's time, not its figure
_WITH_CLAUSE = regex.compile(r",\s{0,3}with\s", _F)
_FOLLOWED_BY_TO = regex.compile(r"[\s),]{0,8}to\s", _F)
_SPLIT_DASH = regex.compile(r"[ \t]*[-–][ \t]*")
_NUMBER_DASH = regex.compile(r"[0-9][0-9.]{0,5}[ \t]*[-–][ \t]*")
#: "49 to 35 per cent": one figure for a split written with "to", its unit once at the end
_NUMBER_TO = regex.compile(r"[0-9][0-9.]{0,5}[ \t]{1,3}to[ \t]{1,3}", _F)
#: "52 per cent to 48 per cent", "from 56 to 44": two sides of one question joined by "to"
_SPLIT_TO = regex.compile(rf"[ \t]{{1,3}}to[ \t]{{1,3}}(?:{_QUAL}\s+)?", _F)


def _split(view: PairView, i: int) -> bool:
    """Whether figures ``i`` and ``i + 1`` are the two sides of one split: "52-48", or "53
    per cent to 47 per cent" when the two shares fit in one whole (not a change "from 40% to
    70%")."""
    if i < 0 or i + 1 >= len(view.figs):
        return False
    a, b = view.figs[i].st, view.figs[i + 1].st
    if a.start < b.start < a.end:
        # "52-48 percent", "a 49 to 35 per cent lead": one figure for the split and one for
        # its second side
        return b.end == a.end and (
            _NUMBER_DASH.fullmatch(view.text, a.start, b.start) is not None
            or (a.low + b.high <= 100.5
                and _NUMBER_TO.fullmatch(view.text, a.start, b.start) is not None)
        )
    if _SPLIT_DASH.fullmatch(view.text, a.end, b.start):
        return True
    return (
        a.kind == b.kind == "share" and a.high + b.high <= 100.5
        and _SPLIT_TO.fullmatch(view.text, a.end, b.start) is not None
    )


def _dash_split(view: PairView, i: int) -> bool:
    """Whether figures ``i`` and ``i + 1`` are one split written with a dash: "55-45", or
    "56-17 percent" (one figure for the split, one for its second side)."""
    a, b = view.figs[i].st, view.figs[i + 1].st
    if a.start < b.start < a.end:
        return b.end == a.end and _NUMBER_DASH.fullmatch(view.text, a.start, b.start) is not None
    return _SPLIT_DASH.fullmatch(view.text, a.end, b.start) is not None


def _two_splits(view: PairView, i: int) -> bool:
    """``52-48, down from 55-45``, ``leads 54 per cent to 46 per cent, down from 57 per cent
    to 43 per cent``: figures ``i`` and ``i + 1`` are halves of two splits."""
    if not (i > 0 and _split(view, i - 1) and _split(view, i + 1)):
        return False
    first = view.figs[i - 1].st
    if _SPLIT_DASH.fullmatch(view.text, first.end, view.figs[i].st.start):
        return True
    # "rose from 41% to 47%, then from 47% to 52%": a change, not a split of two sides
    return _FROM_BEFORE.search(view.text, max(0, first.start - 60), first.start) is None


#: A new clause whose subject is the figure before: "although that was", "but this is"
_THAT_WAS = regex.compile(
    r"""(?r)(?<!\w)(?:although|though|but|while|yet)\s+(?:that|this|it|which)\s+
    (?:is|was|has\s+been|had\s+been|remains)\s+
    (?:(?:still|also|now|well|only|slightly|just|sharply)\s+)?\Z""",
    _F,
)


#: a new clause that goes on about the same subject, its verb left out: "27%, still its best
#: group but down from 31%", "41%, though well up from 35%"
_ELLIPTIC = regex.compile(
    r"""(?r)(?<!\w)(?:but|though|although|yet|while)\s+
    (?:(?:still|well|only|slightly|sharply|just|also|now|far|much)\s+)?\Z""",
    _F,
)


def _survey_time(phrase: str | None) -> TimeKey | None:
    """The time of a survey named before a baseline ("the July survey's", "the previous
    poll's"): a date or an earlier time; None when it names neither."""
    if phrase is None:
        return None
    said = time_key(phrase)
    if said.period is None and not said.past and _MONTH.search(phrase) is None:
        return None
    return said


#: "since May, when it stood at 44%": a baseline stated after its time
_STOOD_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)when\s+(?:it|they|she|he)\s+(?:stood|was|were|sat)\s+(?:at\s+)?
    (?:{_QUAL}\s+)?\Z""",
    _F,
)


def baseline(view: PairView, i: int) -> Candidate | None:
    """``47%, up from 41% in 2019``, ``18% ... compared to 11% in October 2023``, ``19% —
    almost half the figure from October 2023 (32%)``: the second figure is the baseline."""
    near = _neighbours(view, i, same_kind=False)
    if near is None or near[0].sent != near[1].sent or not _rate_or_same_kind(*near):
        return None
    a, b = near
    if b.st.start - a.st.end > MAX_GAP:
        return None
    m = _BASELINE_END.search(view.text, a.st.end, b.st.start)
    if m is None or _baseline_blocked(view, i, a, b, m):
        return None
    cue = " ".join(m["cue"].lower().split())
    times = _baseline_times(view, a, b, m, cue)
    if times is None:
        return None
    t_a, t_b = times
    neutral = _CUE_KIND.get(cue) == "neutral"
    main = _absolute_clause_head(view, i, m.start())
    if main is None:
        main = _aside_head(view, i, m.start())
    if main is None:
        main = _leader_of_split(view, i)
    if main is None:
        main = _noun_head(view, i, b)
    again: Statistic | None = None
    if main is None:
        main = _later_of_from(view, i)
        again = view.figs[main].st if main is not None else None  # its second baseline
    if main is not None:
        # "46%, with 49% disapproving, down from 50%": the baseline is the main clause's
        pair = view.pair(i + 1, main, "baseline", t_b, view.figs[main].tail.time,
                         orderable=neutral)
        return Candidate((pair,), baseline_of=(b.st, main), reopens=again)
    pair = view.pair(i + 1, i, "baseline", t_b, t_a, orderable=neutral)
    return Candidate((pair,), baseline_of=(b.st, i))


def _later_of_from(view: PairView, i: int) -> int | None:
    """The later figure of the from-to pair whose earlier figure is ``i``, in its sentence:
    "slowed to 1.8% in March from 2.1% in February, well below the 3.7% recorded a year
    before" sets the 1.8%, not the 2.1%, against the 3.7%."""
    a = view.figs[i]
    later = view.decided.later_end(a.st) if view.decided.is_from(a.st) else None
    if later is None:
        return None
    k = bisect.bisect_left(view.fig_starts, later.start)
    if k >= len(view.figs) or view.figs[k].st is not later or view.figs[k].sent != a.sent:
        return None
    return k


#: a lead verb before a split: "Sununu leads Brown 58% to 27%", "is ahead of Labour 41-24"
_LEADS_SPLIT_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:leads?|leading|led|ahead|beats?|beating|tops?|topped|topping)(?!\w)
    [^.;:%\d]{0,60}\Z""",
    _F,
)


def _leader_of_split(view: PairView, i: int) -> int | None:
    """The first side of the split that figure ``i`` closes, when a lead verb opens the split
    and one baseline follows it: "Sununu leads Brown 58% to 27%, up from 51% in September"
    (the leader's earlier share; not "52% to 44%, up from 50% to 45%", split against split)."""
    if i == 0 or not _split(view, i - 1) or _split(view, i + 1):
        return None
    head = view.figs[i - 1]
    if head.sent != view.figs[i].sent:
        return None
    lo = max(view.sents.start(head.sent), head.st.start - 60)
    if _LEADS_SPLIT_BEFORE.search(view.text, lo, head.st.start) is None:
        return None
    return i - 1


def _rate_or_same_kind(a: Figure, b: Figure) -> bool:
    """Whether ``b`` can be the baseline of ``a``: one kind and unit, or ``a`` a growth rate
    in percent ("rose 3.6 per cent", a change the view keeps as a level) and ``b`` the earlier
    rate read as a share ("down from 4.0 per cent")."""
    if (a.st.kind, a.st.unit) == (b.st.kind, b.st.unit):
        return True
    return (a.st.kind, b.st.kind) == ("change", "share") and a.st.unit == b.st.unit == "percent"


#: a target date right after a figure: "3.5% by the end of next year", "60 per cent by 2030"
_BY_DEADLINE = regex.compile(r"\s{1,2}by\s+(?:the\s+|next\s+|[0-9]{4}(?!\w))", _F)


#: a time right after a figure, maybe "early/late" before it: "after 66% late last year"
_TIME_RIGHT_AFTER = regex.compile(rf"[ \t]{{1,2}}(?:(?:early|late)[ \t]+)?(?:{TIME})", _F)


def _baseline_blocked(
    view: PairView, i: int, a: Figure, b: Figure, m: regex.Match[str]
) -> bool:
    """Why the cue ``m`` between ``a`` and ``b`` does not make ``b`` the baseline of ``a``."""
    text = view.text
    if _WITH_CLAUSE.search(text, m.start(), b.st.start) is not None:
        return True  # "61%, unchanged from last week, with 30% saying ...": a new clause
    if m["cue"].lower() == "after" and not (
            (b.tail.kind == "time" and not b.tail.group)
            or _TIME_RIGHT_AFTER.match(text, b.st.end, min(len(text), b.st.end + 40))):
        return True  # "fell to 20% in May after 40% of its members quit": a clause's figure;
        # only "2.4% in March, after 2.7% in February", a figure and its time, is a baseline
    if m["cue"].lower() == "after" and _AND_GAP.match(
            text, b.tail.end if b.tail.kind == "time" else b.st.end) is not None:
        return True  # "minus 4, after plus 6 in June and plus 1 in July": a series
        # of readings, left to the rules of series
    if (m["cue"].lower() in _MULTIPLIER_CUES and "(" in text[m.end("cue") : b.st.start]
            and m["who"] is None):
        return True  # "and nearly half (47 per cent) expect ...": the same figure in words
    if _new_clause(text, a.st.end, m.start()) and _THAT_WAS.search(
        text, max(a.st.end, m.start() - 60), m.start()
    ) is None and _ELLIPTIC.search(text, max(a.st.end, m.start() - 40), m.start()) is None:
        return True  # but "..., although that was up from 24%", "27%, its best group but
        # down from 31%": the clause is about a
    if _FOLLOWED_BY_TO.match(text, b.tail.end, b.tail.end + 8) is not None:
        return True  # "up from 41% to 47%": b starts a from-to pair
    if _SPREAD_BEFORE.search(text, max(a.st.end, b.st.start - 60), b.st.start) is not None:
        return True  # "..., and since 2015 it has ranged from 13% to 45%": a spread
    if b.tail.kind in ("group", "of") or _groups_clash(a, b):
        return True
    if _two_splits(view, i):
        return True  # "52-48, down from 55-45": two splits, not 48 against 55
    if AND_CUE_GAP.fullmatch(text, a.tail.end if a.tail.kind == "time" else a.st.end,
                             b.st.start) is not None and (_BASELINE_END.search(
            text, max(view.sents.start(a.sent), a.st.start - 60), a.st.start) is not None
            or _STOOD_BEFORE.search(text, max(0, a.st.start - 40), a.st.start) is not None):
        return True  # "That is down from 41% in May and well below the 52% ...": two baselines
    if m["srv"] is not None and _survey_time(m["srv"]) is None:
        return True  # "compared with the Labour poll's 39%": another poll, not an earlier one
    if (b.tail.time is not None and b.tail.time.present
            and _BY_DEADLINE.match(text, a.st.end, min(len(text), a.st.end + 40)) is not None):
        return True  # "3.5 per cent by the middle of next year, compared with 4 per cent
        # today": a forecast set against now, not an earlier value
    # "now stands at -33, down from -26 in February, and is well below the -19 recorded a
    # year ago": the second baseline is the subject's (-33, paired by the anaphor rule)
    return _subject_again(view, i, m.start())


def _baseline_times(
    view: PairView, a: Figure, b: Figure, m: regex.Match[str], cue: str
) -> tuple[TimeKey | None, TimeKey | None] | None:
    """The times of the figure ``a`` and of its baseline ``b``; None when the cue needs a
    date that neither has, or when a neutral cue's figures are told apart by place instead."""
    text = view.text
    t_b = (time_key(m["mid"]) if m["mid"] else _survey_time(m["srv"])
           or (_time_in(view, m.start("who"), m.end("who")) if m["who"] else None)
           or b.tail.time or _time_in(view, m.end("cue"), m.end())  # "the March 2023 reading"
           or (time_key(m["bmonth"]) if m["bmonth"] else None))  # "the February reading of"
    t_a = a.tail.time
    neutral = _CUE_KIND.get(cue) == "neutral"
    if cue in _CUE_DATED and t_a is None and t_b is None and not (
            neutral and _wave_before_in_sentence(view, a)):
        return None
    if neutral and t_a is None:
        # "11% said so in October 2023, compared with ...", "In 2023, 11% ..., compared"
        t_a = _time_in(view, a.st.end, m.start()) or _time_in(
            view, max(view.sents.start(a.sent), a.st.start - 120), a.st.start
        )
        month = _MONTH.search(text, max(view.sents.start(a.sent), a.st.start - 120), a.st.start)
        if t_a is None and month is not None:
            t_a = time_key(month[0])  # "The March poll found 49% ...": a month, no year
    if neutral and t_b is None and _other_side(view, a, b, t_a is None):
        return None
    if t_a is not None and _NOW_WORD.search(text, a.st.end, m.start()) is not None:
        t_a = TimeKey(present=True)  # "one in five who voted for him in 2022 now say ..."
    return t_a, t_b


def _wave_before_in_sentence(view: PairView, a: Figure) -> bool:
    """Whether a figure before ``a`` in its sentence is already set against an earlier value
    ("The Tories are on 18% (17% last month) and the Lib Dems on 14%, versus 13%"): a list
    of one poll's figures against its previous wave, whose later cues need no time."""
    k = bisect.bisect_left(view.fig_starts, a.st.start)
    for j in range(k - 1, max(-1, k - 6), -1):
        f = view.figs[j]
        if f.sent != a.sent:
            return False
        if view.is_to(j) and f.tail.kind not in ("group", "of"):
            return True
    return False


#: ", with " before a figure and "disapproving, " after it: an absolute clause inside the
#: clause of the figure before ("stood at 46%, with 49% disapproving, down from 50%")
_WITH_BEFORE = regex.compile(rf"\s{{0,2}},\s{{0,2}}with\s+(?:{_QUAL}\s+)?", _F)
_ABSOLUTE_AFTER = regex.compile(
    r"(?:\s+(?!(?:and|but|while)(?!\w))\p{L}[\p{L}'’-]{1,25}){1,3}\s{0,2},\s{0,2}", _F
)


def _absolute_clause_head(view: PairView, i: int, cue_at: int) -> int | None:
    """The figure before figure ``i`` when ``i`` sits in an absolute clause after it (", with
    49% disapproving,") that ends right before a baseline cue; None otherwise."""
    if i == 0:
        return None
    p, a = view.figs[i - 1], view.figs[i]
    if p.sent != a.sent or (p.st.kind, p.st.unit) != (a.st.kind, a.st.unit):
        return None
    if a.tail.kind in ("group", "of") or p.tail.kind in ("group", "of"):
        return None  # "with 49% of independents disapproving": a group's figure
    if _WITH_BEFORE.fullmatch(view.text, p.st.end, a.st.start) is None:
        return None
    if _ABSOLUTE_AFTER.fullmatch(view.text, a.st.end, cue_at) is None:
        return None
    return i - 1


#: the close of an aside between dashes or in brackets between a figure and a baseline cue:
#: "21% of adults – 28% of men and 14% of women – down from 24%", "38% of adults (44% of
#: men and 32% of women) now own one, up from 29%"
_ASIDE_CLOSE = regex.compile(
    r"[^%;.()–—]{0,60}?(?:\s-(?=\s)|[–—)])[^%;.()–—]{0,80}", _F
)
_ASIDE_OPEN = regex.compile(r"\s-(?=\s)|[–—(]", _F)
_OPENS_AT = regex.compile(rf"\s{{0,2}}(?:{_QUAL}\s+)?", _F)
_ASIDE_MARKS = regex.compile(r"\s-(?=\s)|[–—()]", _F)


def _aside_head(view: PairView, i: int, cue_at: int) -> int | None:
    """The figure before an aside (between dashes or in brackets) that holds figure ``i``
    and closes before a baseline cue: the baseline is that figure's ("21 per cent of adults
    – 28 per cent of men and 14 per cent of women – down from 24 per cent")."""
    a = view.figs[i]
    if _ASIDE_CLOSE.fullmatch(view.text, a.st.end, cue_at) is None:
        return None
    for j in range(i - 1, max(-1, i - 5), -1):
        head, nxt = view.figs[j], view.figs[j + 1]
        if head.sent != a.sent:
            return None
        opener = _ASIDE_OPEN.search(view.text, head.st.end, nxt.st.start)
        if opener is not None:
            if _ASIDE_MARKS.search(view.text, opener.end(), a.st.start) is not None:
                return None  # the aside closed before figure ``i``
            if (j == i - 1 and a.tail.kind not in ("group", "of")
                    and _OPENS_AT.fullmatch(view.text, opener.end(), a.st.start) is not None):
                return None  # "More than half of respondents – 57 per cent – ...",
                # "Republicans (2.7%)": the bracket gives figure ``i`` itself, no group's
            same = (head.st.kind, head.st.unit) == (a.st.kind, a.st.unit)
            return j if same else None
    return None


#: the noun right after a baseline figure: "compared with 45% approval in June"
_NOUN_AFTER = regex.compile(r"[ \t]{1,2}(?P<noun>\p{L}{4,20})(?!\w)", _F)
#: the figure's own noun right before it: "approval at 42%", "approval rating of 42%",
#: "disapproval was 51%"
_NOUN_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?!(?:stood|stands|remained|remains|were|sits)(?!\w))
    (?P<noun>\p{{L}}{{4,20}})(?:[ \t]+rating)?[ \t]+
    (?:(?:stood|stands|was|is|remained|remains|sat|sits)(?:[ \t]+at)?|at|of|on|to)[ \t]+
    (?:{_QUAL}[ \t]+)?\Z""",
    _F,
)


def _noun_head(view: PairView, i: int, b: Figure) -> int | None:
    """The figure of ``i``'s sentence whose noun the baseline ``b`` repeats, when figure
    ``i`` has another: "approval at 42% and disapproval at 51 per cent, compared with 45%
    approval in June" (42 is the later end, not 51)."""
    m = _NOUN_AFTER.match(view.text, b.st.end, min(len(view.text), b.st.end + 24))
    if m is None:
        return None
    noun = m["noun"].lower()
    a = view.figs[i]
    own = _NOUN_BEFORE.search(view.text, max(view.sents.start(a.sent), a.st.start - 40),
                              a.st.start)
    if own is None or own["noun"].lower() == noun:
        return None
    for j in range(i - 1, max(-1, i - 4), -1):
        head = view.figs[j]
        if head.sent != a.sent:
            return None
        said = _NOUN_BEFORE.search(view.text, max(view.sents.start(a.sent), head.st.start - 40),
                                   head.st.start)
        if said is not None and said["noun"].lower() == noun:
            same = (head.st.kind, head.st.unit) == (a.st.kind, a.st.unit)
            return j if same else None
    return None


_NOW_WORD = regex.compile(r"(?<!\w)(?:now|currently|today)(?!\w)", _F)
_AND_AGAIN = regex.compile(r",?\s+and\s+(?:is|are|was|were|remains|remained|stays|sits)\s", _F)


def _subject_again(view: PairView, i: int, cue_at: int) -> bool:
    """Whether figure ``i`` is itself the baseline of figure ``i - 1`` in its sentence and a
    coordinated clause about the same subject ("..., and is well below") brings the cue."""
    if i == 0:
        return False
    p, a = view.figs[i - 1], view.figs[i]
    if p.sent != a.sent or (p.st.kind, p.st.unit) != (a.st.kind, a.st.unit):
        return False
    first = _BASELINE_END.search(view.text, p.st.end, a.st.start)
    return first is not None and _AND_AGAIN.search(view.text, a.st.end, cue_at) is not None


_OTHER_OPTION_AFTER = regex.compile(
    r"""\s+(?:who|that)\s+
    (?!(?:said|did|thought|felt)\s+(?:so|the\s+same(?!\s+(?:of|about|for))|that\s+way))\p{L}""",
    _F,
)
_WIDER_SCOPE_AFTER = regex.compile(
    r"""\s+(?:globally|worldwide|internationally|nationally|elsewhere|overall
       |across\s+(?:the\s+)?(?:country|world|region|[\w-]+\s+countries))(?!\w)""",
    _F,
)
_BETWEEN_BEFORE = regex.compile(
    rf"""(?<!\w)(?:(?:as|more|less)\s+(?:{_LIKELY})|twice\s+as|(?:{_OUTNUMBER}))(?!\w)""", _F
)


def _other_side(view: PairView, a: Figure, b: Figure, undated: bool) -> bool:
    """Whether "compared with" and a baseline with no time of its own set another option or
    group against ``a``: ``52% were worried, compared with 36% who felt hopeful``, and with
    no time at all, ``twice as likely ..., at 27% compared with 13%``."""
    if _OTHER_OPTION_AFTER.match(view.text, b.st.end, min(len(view.text), b.st.end + 30)):
        return True
    if _WIDER_SCOPE_AFTER.match(view.text, b.st.end, min(len(view.text), b.st.end + 30)):
        return True  # "41% of Irish CEOs ..., compared with 39% globally": a wider group
    lo = view.sents.start(a.sent)
    # "Millennials, born from 1981, are twice as likely as retirees ..., at 44% compared with
    # 22%": a ratio between two groups, whatever years the sentence names
    del undated
    return _BETWEEN_BEFORE.search(view.text, lo, a.st.start) is not None


BASELINE_RULE: Final = PairRule(
    "baseline", "neighbours", baseline,
    examples=(
        ("Some 52% now shop online weekly, up from 37% in 2020.", (37, 52)),
        # a second baseline after a from-to pair is the later figure's
        ("Inflation in Ghana eased to 21.5% in May from 23.1% in April, the statistics "
         "service said, well below the 54.1% peak of December 2022.", (54.1, 21.5)),
        # a baseline dated by a survey wave called a "reading"
        ("Datum puts the mayor's net rating at -4 points, against +6 points in its April "
         "reading.", (6, -4)),
        # a gap taken up by a demonstrative; a baseline after "than last year's"
        ("That 19-point gap between Labor and Coalition voters is down from 25 points in "
         "2022.", (25, 19)),
        # a lead or edge named with whose it is
        ("That 5-point Liberal edge is up from 2 points in June.", (2, 5)),
        ("This 12-point Yes lead is down from 15 points in the spring.", (15, 12)),
        ("The BJP's 7-point advantage compares with 11 points a month ago.", (11, 7)),
        ("The gender gap of 9 percentage points is wider than last year's six points.",
         (6, 9)),
        ("Ferry use fell to 14% this summer, down from 18% last summer.", (18, 14)),
        ("Ferry use fell to 8% in 2024, about half the 2016 level of 17%.", (17, 8)),
        ("Some 41% of adults reported high stress, up from the October 2024 figure of 37%.",
         (37, 41)),
        ("Trust in the RBA was 44 per cent, against the March 2023 reading of 49 per cent.",
         (49, 44)),
        # a month without a year as the earlier reading's label
        ("Backing for the carbon levy was 36%, down from the April reading of 39%.", (39, 36)),
        ("Trust in the ECB stood at 47 per cent, level with the January figure of 47 per cent.",
         (47, 47)),
        # equal ends with the earlier figure in brackets after its time
        ("Some 31% of Irish renters plan to buy within five years, the same share as a year "
         "earlier (31%).", (31, 31)),
        ("Half of small firms expect higher costs, the same proportion as in 2023 (50%).",
         (50, 50)),
        ("Seven in ten Kiwis back the ban, exactly where the figure stood in 2021 (70%).",
         (70, 70)),
        ("Some 44 percent of Filipinos rate the economy as poor, where it was a year ago "
         "(44 percent).", (44, 44)),
        ("Some 40% said so in March 2022, compared with 46% in May 2024.", (40, 46)),
        ("Concern about crime reached 64%, up from 57% in Round 4.", (57, 64)),
        ("Exports confidence rose to 41%, compared with 35% in the previous quarter.", (35, 41)),
        ("The premier's rating is 48 percent, a point below the 49 percent she recorded in "
         "August.", (49, 48)),
        ("Plaid's 17 per cent compares with the 11 per cent of constituency votes it won at "
         "the Senedd election.", (11, 17)),
        ("The BJP's 41 per cent is well above the 37 per cent it polled in the 2019 Lok Sabha "
         "election.", (37, 41)),
        ("A further 23 percent were undecided, compared with 26 percent a month earlier.",
         (26, 23)),
        ("Only three in ten renters said they felt secure, although that was up from 24% in "
         "its autumn survey.", (24, 30)),
        ("A net 38% of Canadians expect rents to rise, down from a net 45% in the spring.",
         (45, 38)),
        ("One in four people who backed the Greens in 2020 now say they will vote Labour, "
         "against 11 percent a year ago.", (11, 25)),
        ("Some 58 per cent call bus fares too high, a share that has hardly changed since "
         "last winter (57 per cent).", (57, 58)),
        ("The EFF is on 8 per cent, compared with 9.5 per cent at the polls.", (9.5, 8)),
        ("The red-green parties have 45.4 per cent, against 49.2 per cent when the votes were "
         "counted last year.", (49.2, 45.4)),
        ("The governor's approval stood at 46%, with 49% disapproving, down from 50% in June.",
         (50, 46)),
        ("Trust in the broadcaster is 58 per cent, with 30 per cent distrustful, up from 54 per "
         "cent in 2022.", (54, 58)),
        ("Some 59% would now reject the draft, compared with 61.9% in the plebiscite.",
         (61.9, 59)),
        # a lead: one baseline after the split is the leader's
        ("Among Labour members, Burnham leads Streeting 58% to 27%, up from 51% in "
         "September.", (51, 58)),
        ("Labor leads the Coalition 41 per cent to 24 per cent in Victoria, up from 36 per "
         "cent in June.", (36, 41)),
        # a list of one poll's figures against its previous wave: later cues need no time
        ("Labour is on 29 per cent (31 per cent last month) and Reform on 27 per cent, versus "
         "25 per cent.", (25, 27)),
        ("The Liberals have 38% (down from 41% in May), the NDP 17%, against 15%.", (15, 17)),
        # "down on" / "up on" (British, Irish, Australian): a baseline
        ("Fianna Fáil is on 19 per cent, down on the 22 per cent it took at the last general "
         "election.", (22, 19)),
        ("Support for the levy stands at 44%, up on last month's 41%.", (41, 44)),
        ("Retail footfall was 62%, up on 58% a year earlier.", (58, 62)),
        # a share "of the vote" a party won at a dated election
        ("Labor's 48.5 per cent is well down on the 52.1 per cent of the two-party vote it won "
         "at the 2022 federal election.", (52.1, 48.5)),
        ("The SNP is on 31%, down from the 45% of the vote it won in 2019.", (45, 31)),
        # the baseline named by its survey's possessive
        ("Some 37% have great confidence in the courts, unchanged from the July survey's 37%.",
         (37, 37)),
        ("Support for the levy is 44 per cent, up from the previous poll's 39 per cent.",
         (39, 44)),
        ("Trust in the RBI stands at 71%, down from the last CVoter survey's 74%.", (74, 71)),
        ("Approval is at 52 per cent, compared with the March wave's 49 per cent.", (49, 52)),
        ("Some 28% of Quebecers back sovereignty, against the last Léger poll's 31%.",
         (31, 28)),
        # a clause that leaves out its verb goes on about the same figure
        ("Among under-35s the Greens are on 19%, still their best age group but down from "
         "24% in the 2021 poll.", (24, 19)),
        ("Fine Gael polled 21 per cent in Munster, its weakest region though well up from 16 "
         "per cent in February.", (16, 21)),
        ("The DA took 22% in Gauteng, short of its target yet up from 18% in 2019.", (18, 22)),
        # "double the share who said so ... (16%)": the baseline named by its share
        ("Some 30 percent are very worried, nearly double the share who said so in March "
         "2015 (16 percent).", (16, 30)),
        ("In Kerala 44 per cent back the scheme, about half the proportion that backed it in "
         "2019 (81 per cent).", (81, 44)),
        # a change noun with "on" or "over"
        ("The Liberals won 22.1 per cent, an improvement on the 14.4 per cent they took in "
         "2022.", (14.4, 22.1)),
        ("Labour's 34% is a gain on the 29% it polled at the Senedd election.", (29, 34)),
        ("The ANC's 40.2% is a drop on the 57.5% it won in 2019.", (57.5, 40.2)),
        ("At 61 per cent, approval of the taoiseach marks a rise on 55 per cent in the spring.",
         (55, 61)),
        ("Support for the SPD is 16%, a decline on the 20.5% it drew in the federal election.",
         (20.5, 16)),
        # signed net balances with a percent word
        ("That lifted the net confidence reading to +6 per cent, from -18 per cent last "
         "quarter.", (-18, 6)),
        ("Sheep producers' net confidence was +9 per cent, compared with -31 per cent in "
         "March.", (-31, 9)),
        ("The balance of trust and distrust stands at +36%, compared with +41% in May.",
         (41, 36)),
        ("The net balance of firms reporting higher cash flow fell to -8 per cent, from -2 per "
         "cent in the previous survey.", (-2, -8)),
        ("Ifo's export balance rose to minus 3 per cent, up from minus 9 per cent in June.",
         (-9, -3)),
        # a relative clause with a past time dates the baseline
        ("Some 15 per cent plan cuts, nearly double the 8 per cent that expected to reduce "
         "staff a year earlier.", (8, 15)),
        ("In Pune 44% back the metro, up from the 31% who said so last spring.", (31, 44)),
        # an aside of groups' figures between dashes or in brackets: the baseline is the
        # figure before it
        ("About 31 per cent of adults smoke – 35 per cent of men and 27 per cent of women – "
         "down from 36 per cent in 2015.", (36, 31)),
        ("Some 38% of Americans (44% of men and 32% of women) now own a smart watch, up from "
         "29% in 2021.", (29, 38)),
        ("More than half of Irish renters – 54 per cent – expect rents to rise, up from 47 "
         "per cent in the spring.", (47, 54)),
        # a bracket that labels a group's figure is no aside
        ("Women (41%) and men (38%) are less likely than students (29%) to drive, and among "
         "students the share is down from 33% in 2019.", (33, 29)),
        ("Some 62 per cent of households – 70 per cent in cities – own a two-wheeler, up from "
         "55 per cent in 2019.", (55, 62)),
        # a fraction word restating the figure in digits before it is no end of its own
        ("About 26 per cent of Kenyans, or roughly a quarter, skip meals, up from 21 per cent "
         "in 2022.", (21, 26)),
        ("Some 14% of Britons – about one in seven – used a food bank, up from 11% in 2023.",
         (11, 14)),
        # a span of time that ends at a date is the baseline's time, not a group
        ("Some 41.2 per cent of Australians expect prices to rise in the four weeks ending "
         "March 7, up from 38.5 per cent in the four weeks ending Feb. 7.", (38.5, 41.2)),
        ("Sales volumes rose 2.1% over the 12 months to June, compared with 1.4% over the 12 "
         "months to March.", (1.4, 2.1)),
        ("Support for the monarchy stands at 55 per cent, well off its peak of 75 per cent "
         "in 2012.", (75, 55)),
        # a growth rate set against its earlier rate
        ("Average weekly earnings rose 5.2 per cent on the year, down from 5.9 per cent in "
         "the three months to June.", (5.9, 5.2)),
        ("Consumer prices climbed 2.9% in the year to March, up from 2.6% in February.",
         (2.6, 2.9)),
        ("Retail sales grew 4.1 per cent year on year, compared with 3.7 per cent a year "
         "earlier.", (3.7, 4.1)),
        ("Food inflation increased by 7.4 percent in August, up from 6.8 percent in July.",
         (6.8, 7.4)),
        # a growth rate set against its earlier rate by a verb of pace or by "after"
        ("Consumer prices rose 3.2% in June from a year earlier, slowing from 3.6% in May.",
         (3.6, 3.2)),
        ("Wages grew 4.4 per cent in the first quarter, after 4.9 per cent in the fourth "
         "quarter of 2024.",
         (4.9, 4.4)),
        # "after" a figure with its own earlier time
        ("Annual inflation eased to 2.3% in April, after 2.8% in March.", (2.8, 2.3)),
        ("Trust in the courts stood at 58 per cent in the autumn survey, after 63 per cent "
         "late last year.", (63, 58)),
        # an earlier time that is part of a year, a quarter named by its months
        ("The Greens averaged 11.4% in the autumn polls, against 13.1% in the first half of "
         "the year.", (13.1, 11.4)),
        ("Labor averaged 34 per cent in Newspoll across the spring, against 37 per cent over "
         "the first six months of the year.", (37, 34)),
        ("Satisfaction with the council was 47 percent in the July–September quarter, "
         "compared with 51 percent in the first half of 2024.", (51, 47)),
        # the baseline repeats the noun of an earlier figure of the sentence
        ("The poll put the mayor's approval at 39% and her disapproval at 54 per cent, "
         "compared with 44% approval in March.", (44, 39)),
        ("Trust stood at 61 per cent and distrust at 30 per cent, compared with 66 per cent "
         "trust in May 2023.", (66, 61)),
        # a meeting that decided the move is no group of the earlier figure
        ("The Reserve Bank trimmed its cash rate to 3.85 per cent from 4.1 per cent at its "
         "May meeting.", (4.1, 3.85)),
    ),
    near_misses=(
        # "after" before a clause with a figure of its own
        "Support for the party fell to 18% in June after 35% of its councillors quit in May.",
        "Backing for the deal slid to 44% in the week after 52% of members voted in March.",
        # "after" before two dated readings: a series, not two baselines of one figure
        "His net rating is minus 4, after plus 6 in June and plus 1 in July.",
        "Some 41% of women back the ban, the same share as among men (41%).",
        "Some 41% of Albertans back the ban, exactly where it stood among Quebecers (41%).",
        "That 5-point Liberal edge in Ontario compares with a 2-point Conservative edge in "
        "Alberta.",
        # no earlier wave named in the sentence: "versus" sets two figures side by side
        "Labour is on 29 per cent and Reform on 27 per cent, versus 25 per cent.",
        "Support fell to 7% in 2008, and between 2015 and 2024 it ranged from 13% to 45%.",
        # a growth rate and a share of another measure
        "Rents rose 6 per cent, while 30 per cent of tenants said they were in arrears.",
        "Wages grew 4 per cent among nurses, compared with 6 per cent among doctors.",
        "Some 40% of nurses took time off, compared with 25% of doctors.",
        # a forecast by a target date set against now
        "Economists polled by Reuters see the policy rate at 5.5 per cent by the end of next "
        "year, compared with 6.5 per cent today.",
        "Analysts expect unemployment to reach 4.9% by 2027, compared with 4.4% now.",
        "The 14-point gap between men and women compares with a 9-point gap among the young.",
        "Women back the levy by a 20-point gap over men, up from 30% in 2019.",
        "Some 52% of women shop online weekly, compared with 37% of men.",
        "Some 52% shop online weekly, more than 37% in 2020 did at the mall.",
        "In a 2024 poll, 52% of staff were worried, compared with 36% who felt hopeful.",
        "Nurses were twice as likely as doctors to quit, at 27% compared with 13%.",
        "Some 41% of voters back Labour, well below the 47% they gave the Greens among "
        "students.",
        "Millennials, born from 1981 onwards, are twice as likely as retirees to rent, at 44% "
        "compared with 22%.",
        "The premier's approval is 61 per cent, unchanged from last week, with 30 per cent "
        "saying she is doing badly.",
        "Some 44% of staff rank flexible hours as very important, compared with 41% who said "
        "the same of pay.",
        "Some 45 per cent of chief executives were confident in the 2025 survey, and nearly "
        "half (47 per cent) expect growth to improve.",
        "On hiring, 41 per cent of Irish CEOs expect to add staff, compared with 39 per cent "
        "globally.",
        "The Liberal Democrats are on 30%, up on the Greens at 12%.",
        "Turnout was 62%, up on 41% among renters.",
        "Some 44% of Tories back the plan, compared with the Labour poll's 39%.",
        # a new clause with a subject of its own
        "Among under-35s the Greens are on 19%, but Labour is down from 24% in the 2021 poll.",
        # "nearly half (47%)" is one figure in words and digits
        "Some 30 percent are worried, and nearly half (47 percent) say so about floods.",
        # an improvement on another group's figure
        "The Liberals won 22.1 per cent, an improvement on the 14.4 per cent of students.",
        # a relative clause with a later time
        "Some 44% back the metro, compared with 31% who plan to move by 2030.",
        # a net balance in brackets after a share is its change
        "Labour is on 31% (+2%), with the Greens on 9%.",
    ),
)


# -- two splits of two options --------------------------------------------------------------


#: ", having trailed ", ", after leading ": the same sides' split at an earlier time
_HAVING_LED = regex.compile(
    r"""\s{0,2},?\s+(?:having|after)\s+(?:(?:been|earlier|previously)\s+)?
    (?:trailed|trailing|led|leading|lagged|lagging|been\s+(?:behind|ahead))
    \s+(?:(?:by|at|on)\s+)?""",
    _F,
)


#: ", after 55-45 three weeks ago": the same sides' earlier split after "after", once the
#: earlier split carries its own time (a short phrase of what the split is may come first:
#: "leads 53-47 on two-party preferred, after ...")
_AFTER_SPLIT = regex.compile(r"[^0-9%;.,]{0,40},\s{1,2}after\s+(?:an?\s+)?", _F)


#: ", a narrowing from ", ", a shift from ": a noun after the split names its move from the
#: earlier split ("ahead 55 per cent to 45 per cent, a narrowing from 58 per cent to 42")
_APPOSITIVE_FROM = regex.compile(
    r"[^0-9%;.,]{0,60},\s{0,2}(?:an?\s+)?[a-z-]{3,20}\s+", _F
)


#: "; last month Leger had them ahead ", ", but in March it was ahead ": a clause that opens
#: with an earlier time and gives the same sides' lead by a pronoun
_THEN_LED = regex.compile(
    rf"""\s{{0,2}}(?:;|,\s{{0,2}}(?:while|but|and|whereas))\s+(?P<t>{TIME})[\s,]{{1,3}}
    (?:[\p{{L}}'’.&-]{{1,25}}\s+){{0,3}}?
    (?:had\s+(?:them|it|him|her)\s+(?:ahead|behind|leading|trailing|in\s+front)
      |(?:it|they|he|she)\s+(?:was|were|had\s+been)\s+(?:ahead|behind|leading|trailing)
      |(?:it|they|he|she)\s+(?:led|trailed))
    \s+(?:by\s+)?(?:{_QUAL}\s+)?""",
    _F,
)


def split_pair(view: PairView, i: int) -> Candidate | None:
    """``52-48, down from 55-45``: figures ``i - 1``-``i`` and ``i + 1``-``i + 2`` are two
    splits of the same two options joined by a baseline cue; they pair option by option
    (55 -> 52, 45 -> 48)."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent or not _two_splits(view, i):
        return None
    a, b = near
    text = view.text
    if _HAVING_LED.fullmatch(text, a.st.end, b.st.start) is not None:
        # "leads 51.5 per cent to 48.5 per cent, having trailed 49.5 to 50.5 a week earlier"
        t_b = view.figs[i + 2].tail.time
        if t_b is None or t_b.present:
            return None  # its own time, not now
        return Candidate((
            view.pair(i + 1, i - 1, "baseline", t_b, a.tail.time, orderable=False),
            view.pair(i + 2, i, "baseline", t_b, a.tail.time, orderable=False),
        ), closes=(i - 1, i + 1))
    then = _THEN_LED.fullmatch(text, a.st.end, b.st.start) or (
        _THEN_LED.fullmatch(text, a.tail.end, b.st.start) if a.tail.kind != "group" else None)
    if then is not None:
        # "the Liberals lead 43% to 40%; last month Leger had them ahead 47% to 36%"
        if not _earlier(then["t"]):
            return None
        t_b = time_key(then["t"])
        return Candidate((
            view.pair(i + 1, i - 1, "baseline", t_b, a.tail.time, orderable=False),
            view.pair(i + 2, i, "baseline", t_b, a.tail.time, orderable=False),
        ), closes=(i - 1, i + 1))
    if _AFTER_SPLIT.fullmatch(text, a.st.end, b.st.start) is not None:
        t_b = view.figs[i + 2].tail.time
        if t_b is None or t_b.present or view.figs[i + 2].tail.group:
            return None  # "53-47, after 55-45 among women": not an earlier time
        return Candidate((
            view.pair(i + 1, i - 1, "baseline", t_b, a.tail.time, orderable=True),
            view.pair(i + 2, i, "baseline", t_b, a.tail.time, orderable=True),
        ), closes=(i - 1, i + 1))
    m = _BASELINE_END.search(text, a.st.end, b.st.start)
    if m is None or _new_clause(text, a.st.end, m.start()):
        return None
    if (m["cue"].lower() == "from" and not _dash_split(view, i + 1)
            and _APPOSITIVE_FROM.fullmatch(text, a.st.end, m.start()) is None):
        return None  # "... (from 12% to 22%)": a change from one figure to the other
    later = view.figs[i + 2]
    if _FOLLOWED_BY_TO.match(text, later.tail.end, later.tail.end + 8) is not None:
        return None
    if later.tail.group and not view.figs[i].tail.group:
        return None  # "leads 53-47, a rise from 40-45 in the north": another group's split
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
        # the earlier split in a clause of its own, opened by an earlier time
        ("In Alberta, the UCP leads 51 per cent to 38 per cent; last month Abacus had it "
         "ahead 55 per cent to 35 per cent.", (35, 38)),
        ("Yes leads 52% to 48% in the new poll, but in March it was ahead 55% to 45%.",
         (55, 52)),
        ("The Yes side is ahead 54-46, compared with 51-49 a month ago.", (49, 46)),
        ("Labour leads the Tories 54 per cent to 46 per cent, down from 57 per cent to 43 per "
         "cent in the spring.", (43, 46)),
        ("The Liberals lead the Conservatives 44% to 39% among decided voters, up from 41% "
         "to 40% in the spring.", (40, 39)),
        ("Kast beats Jara 52% to 41% in a run-off, versus 49% to 44% in March.",
         (49, 52)),
        ("In Queensland the LNP now leads 51.5 per cent to 48.5 per cent, having trailed 49.5 "
         "per cent to 50.5 per cent a week earlier.", (50.5, 48.5)),
        ("Yes leads No 52% to 48%, after trailing 47% to 53% in the spring.", (47, 52)),
        # the earlier wave named by its pollster's survey: no group of its own
        ("Remain is ahead of Leave by 54-46, down from 57-43 in Ipsos's last Issues Monitor "
         "in March.", (43, 46)),
        ("Yes is ahead 51-49, compared with 53-47 in the previous Red C omnibus in May.",
         (53, 51)),
        # a split with its unit once after both sides ("52-48 percent")
        ("Residents preferred the tram to the bus 61-39 percent, compared with 57-43 percent "
         "in 2023.", (57, 61)),
        ("Labor leads 53-47 per cent after preferences, down from 56-44 per cent in May.",
         (44, 47)),
        # the earlier split named as a lead ("a 45-36 percent edge") and joined by "from"
        ("The mayor leads her rival 51-38 percent, up from a 46-40 percent edge in June.",
         (46, 51)),
        ("Fine Gael leads Sinn Féin 34-29 per cent, compared with a 31-30 per cent "
         "margin in the spring.", (30, 29)),
        ("The ANC leads the DA 44-27 percent, little changed from 43-28 percent in February.",
         (43, 44)),
        ("Carney leads Poilievre 47-39 per cent among decided voters, unchanged from 47-39 "
         "per cent last month.", (39, 39)),
        ("Sheinbaum's approval stands at 70-24 percent, down from a 74-21 percent advantage "
         "in the first quarter.", (21, 24)),
        ("Albanese is preferred prime minister 52-36 per cent, from 49-38 per cent three "
         "weeks ago.", (38, 36)),
        ("Modi leads 58-31 per cent, little changed from his 59-30 per cent lead in March.",
         (59, 58)),
        # the earlier split written "49 to 35 per cent", one figure with its unit at the end
        ("In Quebec the Bloc now leads 38 per cent to 31 per cent, compared with a 41 to 28 "
         "per cent advantage in the fall.", (28, 31)),
        ("Labour is ahead 44% to 37%, compared with 40 to 39% in the spring.", (40, 44)),
        # a noun after the split names its move: "a narrowing from"
        ("Newspoll has Labor ahead 54% to 46% on a two-party basis, a narrowing from 56% to "
         "44% three weeks earlier.", (44, 46)),
        ("The Democrat leads 49 percent to 45 percent, a tightening from 51 percent to 42 "
         "percent in September.", (51, 49)),
        # "after" an earlier split with its own time, a short phrase of the split first
        ("The Coalition leads 52-48 on a two-party basis, after 54-46 a fortnight ago.",
         (46, 48)),
        ("Yes leads 55-45 among decided voters, after 51-49 in the spring.", (51, 55)),
        # a split that leaves room for undecided voters, restated without a lead word
        ("Dutton leads Albanese 41-39 as preferred prime minister, down from 44-36.",
         (36, 39)),
        ("Poilievre leads Carney 38-36 as best prime minister, compared with 40-33 in May.",
         (40, 38)),
        ("Modi leads Gandhi 56-29 as the preferred PM, up from 52-31 in January.", (52, 56)),
    ),
    near_misses=(
        "Labour leads 53-47 in the north, while the south splits 56-44.",
        "Labour leads 53-47 and 56-44 among women.",
        "Labour leads 53-47 in the cities, having trailed 46-54 in the suburbs.",
        "Labour leads 53-47 per cent in the north and 56-44 per cent in the south.",
        "Turnout rose from 55 per cent to 61 per cent, up from 40 per cent to 55 per cent in "
        "the decade before.",
        # a range after "from" is no earlier split
        "Labour leads 53-47 per cent, from a base of 40 per cent to 45 per cent in 2019.",
        "Labour leads 53-47 per cent, and 56-44 per cent among women.",
        # the second split is another group's move
        "Labour leads 53% to 47%, a rise from 40% to 45% in the north.",
        # "after" a split of no earlier time, or of another group
        "Labor leads 53-47 on two-party preferred, after 55-45 among women.",
        "Labour leads 53-47 overall, after preferences from minor parties.",
    ),
)


# -- "the figures were X and Y": two earlier values given back ------------------------------

_FIGURES_NOUN = alternation_of(_CMP, "figures_noun")
#: "... the comparable numbers were ", "the figures had been ", "the split stood at "
_FIGURES_WERE = regex.compile(
    rf"""(?r)(?<!\w)(?:the|those|these|its|their)\s+
    (?:(?:corresponding|comparable|equivalent|respective|same|previous|earlier)\s+)?
    (?:{_FIGURES_NOUN})\s+
    (?:were|was|had\s+been|stood\s+at|came\s+in\s+at)\s+(?:{_QUAL}\s+)?\Z""",
    _F,
)
_TWO_JOIN = regex.compile(rf"[\s,]{{0,4}}(?:and|to|&|versus|vs\.?)?\s*(?:{_QUAL}\s+)?", _F)


def figures_were(view: PairView, i: int) -> Candidate | None:
    """``Carney leads 45% to 33%, but in early March the figures were 50% to 28%``, ``...
    38% rate it as good and 55% as poor. A year before, in May 2024, the comparable numbers
    were 42% and 51%.``: two figures that a clause with an earlier
    time calls "the figures" are the earlier values of the two figures before, in order."""
    figs, text = view.figs, view.text
    if i < 2 or i + 1 >= len(figs):
        return None
    a1, a2, b1, b2 = figs[i - 2], figs[i - 1], figs[i], figs[i + 1]
    if b1.sent != b2.sent or a1.sent != a2.sent or b1.sent not in (a2.sent, a2.sent + 1):
        return None
    kinds = {(f.st.kind, f.st.unit) for f in (a1, a2, b1, b2)}
    if len(kinds) != 1 or _TWO_JOIN.fullmatch(text, b1.st.end, b2.st.start) is None:
        return None
    nxt = figs[i + 2] if i + 2 < len(figs) else None
    if nxt is not None and nxt.sent == b2.sent and _TWO_JOIN.fullmatch(
        text, b2.st.end, nxt.st.start
    ):
        return None  # three figures given back: not these two
    lo = a2.st.end if a2.sent == b1.sent else view.sents.start(b1.sent)
    m = _FIGURES_WERE.search(text, max(lo, b1.st.start - 60), b1.st.start)
    if m is None:
        return None
    when = text[lo : m.start()]
    if not _earlier(when) or _GROUP_WORD.search(when) is not None:
        return None  # "Among men in 2019, the shares were ...": another group
    if _RESPECTIVELY.match(text, b2.st.end) is not None:
        return None
    if any(view.decided.paired_earlier(f.st) for f in (a1, a2, b1, b2)):
        return None
    t_b = time_key(when)
    pairs = (
        view.pair(i, i - 2, "parallel", t_b, a1.tail.time, orderable=False),
        view.pair(i + 1, i - 1, "parallel", t_b, a2.tail.time, orderable=False),
    )
    return Candidate(pairs, closes=(i - 1, i))


FIGURES_WERE_RULE: Final = PairRule(
    "figures_were", "neighbours", figures_were,
    examples=(
        ("Carney is preferred as prime minister by 45 per cent against 33 per cent for "
         "Poilievre; back in early March the figures were 50 per cent and 28 per cent.",
         (50, 45)),
        ("Some 38% rate the council's work as good and 55% as poor. A year before, in May "
         "2024, the comparable numbers were 42% and 51%.", (51, 55)),
        ("Trust in the ABC stands at 61% and in commercial TV at 34%. A year earlier the "
         "numbers were 64% and 36%.", (64, 61)),
        ("Modi's rating is 58% approve and 37% disapprove; in the 2022 round the split was "
         "62% to 33%.", (33, 37)),
        ("In the DeutschlandTrend the Union stands at 31 per cent and the SPD at 16 per "
         "cent. In January the figures were 30 per cent and 15 per cent.", (15, 16)),
    ),
    near_misses=(
        "Some 38% rate the council's work as good and 55% as poor. Among renters, the figures "
        "were 42% and 51%.",
        "Some 38% rate the council's work as good and 55% as poor. The figures were 42% and "
        "51% for the mayor.",
        "Some 38% rate it as good and 55% as poor. In May the figures were 42%, 51% and 7%.",
    ),
)


# -- an estimate against the actual result ---------------------------------------------------

#: between an estimate and the outcome it is measured against: "46 per cent for the NDA
#: overshot the actual 44.1 per cent", "put Labour on 38%, against an actual 33.7%"
_ACTUAL_GAP = regex.compile(
    rf"""(?:\s+(?:for|of)\s+(?:the\s+)?[\w'’.&-]{{1,30}}(?:\s+[\w'’.&-]{{1,30}}){{0,2}}?)?
    [\s,]{{0,4}}(?:(?:which|that)\s+)?
    (?:overshot|undershot|overstated|understated|overestimated|underestimated|exceeded|missed
       |beat|against|compared\s+(?:with|to)|versus|vs\.?|beside|set\s+against)
    \s+(?:the|an?|its|their)\s+(?:actual|real|final|official|eventual|true)
    (?:\s+(?:result|outcome|count|tally|share|vote|figure|turnout)(?:\s+of)?)?
    \s+(?:{_QUAL}\s+)?""",
    _F,
)


def estimate_actual(view: PairView, i: int) -> Candidate | None:
    """``Axis My India's projection of 46 per cent for the NDA overshot the actual 44.1 per
    cent``, ``The final poll had Labour on 38%, against an actual 33.7%``: an estimate (a
    poll, an exit poll, a projection) set against the result it tried to measure; the
    estimate is the earlier end, the actual result the later."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    if a.tail.kind == "of" or b.tail.kind in ("group", "of") or _groups_clash(a, b):
        return None  # (a "for the NDA" tail names the party, not a group)
    if _ACTUAL_GAP.fullmatch(view.text, a.st.end, b.st.start) is None:
        return None
    return view.one(view.pair(i, i + 1, "baseline", orderable=False))


ESTIMATE_ACTUAL_RULE: Final = PairRule(
    "estimate_actual", "neighbours", estimate_actual,
    examples=(
        ("Axis My India's projection of 46 per cent for the NDA overshot the actual 44.1 per "
         "cent by nearly two points.", (46, 44.1)),
        ("YouGov's final poll had Labour on 39%, against an actual 33.7%.", (39, 33.7)),
        ("The exit poll gave the CDU 29 per cent, compared with the official result of 28.5 "
         "per cent.", (29, 28.5)),
        ("Léger's final estimate of 41 per cent for the CAQ understated the actual share of "
         "41.6 per cent.", (41, 41.6)),
        ("Newspoll put Labor's two-party vote at 53 per cent, versus a final tally of 54.8 per "
         "cent.", (53, 54.8)),
    ),
    near_misses=(
        # no word of an actual result
        "The exit poll gave the CDU 29 per cent, compared with 28.5 per cent for the SPD.",
        # another group's figure
        "The poll had 46 per cent of men for the NDA, against an actual 44.1 per cent of women.",
    ),
)


# -- the baseline first --------------------------------------------------------------------

_LEADING_REACH: Final = 200  # characters of a sentence's opening cue before its baseline
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
    lo = view.sents.start(a.sent)
    m = (None if a.st.start - lo > _LEADING_REACH  # a short opening only
         else _LEADING_CUE.fullmatch(text, lo, a.st.start))
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
    (?P<now>now|today|currently|this\s+year|at\s+present
       |in\s+the\s+(?:latest|new|current|most\s+recent)\s+(?:{_SURVEY_NOUN}|wave|round))
    [\s,]{{1,3}}
    (?:(?:it|that|the\s+figure|the\s+share|the\s+number|the\s+rate)\s+)?
    (?:is|stands\s+at|sits\s+at|'s|’s|has\s+(?:risen|fallen|climbed|dropped|grown|slipped)\s+to)?
    \s*(?:{_QUAL}\s+)?
    """,
    _F,
)


#: a time that opens a sentence: "In 2015 the gap ...", "Back in March, ..."; read within
#: the sentence's first _LEAD_REACH characters
_LEAD_REACH: Final = 120
_LEAD_TIME = regex.compile(rf"[\s“\"‘(]{{0,4}}(?:back\s+)?(?P<t>{TIME})[\s,]", _F)


def _lead_time(text: str, lo: int, hi: int, *, gated: bool = True) -> regex.Match[str] | None:
    """_LEAD_TIME matched at ``lo`` up to ``hi``, only where its time phrase may be
    (``periods.time_words_in``; ``gated=False``, for tests, always tries it)."""
    if gated and not time_words_in(text, lo, hi):
        return None
    return _LEAD_TIME.match(text, lo, hi)


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
    earlier = t_a is not None and _earlier(text[a.st.end : a.tail.end])
    if t_a is None:
        # "In 2015 the gap was 40 points; this year it is 59": the clause opens with its time
        opening = view.sents.start(a.sent)  # the time opens the sentence: a short look
        lead = _lead_time(text, opening, min(a.st.start, opening + _LEAD_REACH))
        if lead is not None:
            t_a = time_key(lead["t"])
            earlier = _earlier(lead["t"])
    if t_a is None or not earlier or view.is_to(i):
        return None  # "32% in 2022; this year it is 29%": a dated figure counts as then
    if _NOW_CLAUSE.fullmatch(text, a.tail.end, b.st.start) is None:
        return None
    return view.one(view.pair(i, i + 1, "anaphor", t_a, b.tail.time, orderable=False))


THAN_THEN_RULE: Final = PairRule(
    "than_then", "neighbours", than_then,
    examples=(
        ("Trust in the police is lower than a year ago, 52% against 58%.", (58, 52)),
        ("Trust in the police was 58% a year ago; now it is 52%.", (58, 52)),
        ("Trust in the police is higher than in 2022, at 61% versus 55%.", (55, 61)),
        ("Trust in the police was 58% in 2021; this year it is 52%.", (58, 52)),
        ("Trust in the police stood at 58% in May; in the latest poll it is 52%.", (58, 52)),
        # the earlier time opens the sentence; a gap taken up by "it"
        ("In 2015 the gap between Democrats and Republicans was 40 points; this year it is 59 "
         "points.", (40, 59)),
        ("Back in March the Coalition's lead was 6 points; now it is 2 points.", (6, 2)),
        ("In 2022 the trust gap between city and village was 11 points; today it stands at 15 "
         "points.", (11, 15)),
        ("In 2019 the Kenyan figure was 44 per cent; now it is 51 per cent.", (44, 51)),
    ),
    near_misses=(
        "Trust in the police is lower than in the army, 52% against 58%.",
        "Trust in the police was 58% among men; now it is 52% among women.",
        # the opening time is the current one
        "This year the gap was 40 points; now it is 59 points.",
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


#: "Casey's 9-point lead", "its 45% approval rating", "the 12-point gap": a figure that
#: modifies the subject after a possessive or an article
_MODIFIER_BEFORE = regex.compile(
    r"(?r)(?:\p{L}['’]s?|(?<!\w)(?:its|his|her|their|the|a|an))\s{1,2}\Z", _F
)
#: "... lead has shrunk to ", "... approval rating fell sharply to ": the rest of the
#: subject, then a change verb and "to"
_SUBJECT_TO = regex.compile(
    rf"""(?:[\s-]{{1,2}}[\p{{L}}'’-]{{1,20}}){{1,3}}?
    \s+(?:(?:has|have|had)\s+)?(?:(?:now|since|already)\s+)?
    (?:{_VERBS})\s+(?:(?:sharply|slightly|further|steadily|again)\s+)?to\s+(?:{_QUAL}\s+)?""",
    _F,
)


def subject_to(view: PairView, i: int) -> Candidate | None:
    """``Casey's 9-point lead has shrunk to 3 points``, ``its 45% approval rating fell to 38%
    this month``: a figure that modifies the subject noun is the earlier value of what the
    verb moves to the second figure."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    if _gap_which_to(view, a, b) and b.tail.kind not in ("group", "of"):
        return view.one(view.pair(i, i + 1, "from_to", None, b.tail.time, orderable=False))
    lo = max(view.sents.start(a.sent), a.st.start - 30)
    if _MODIFIER_BEFORE.search(text, lo, a.st.start) is None:
        return None
    if a.tail.kind != "none" or b.tail.kind == "of" or _groups_clash(a, b):
        return None
    if b.tail.kind == "group" and _GROUP_WORD.search(text, b.st.end, b.tail.end) is not None:
        return None  # "fell to 38% among renters" (not "to 3 points in two months")
    if _SUBJECT_TO.fullmatch(text, a.st.end, b.st.start) is None:
        return None
    return view.one(view.pair(i, i + 1, "from_to", None, b.tail.time, orderable=False))


def _gap_which_to(view: PairView, a: Figure, b: Figure) -> bool:
    """Whether ``a`` is a gap or lead stated and ``b`` what it moved to in a relative clause
    ("a gap of 9.6 points that has since shrunk to 3.4 points")."""
    m = GAP_WHICH_TO.search(view.text, max(0, a.st.start - 40), b.st.start)
    return m is not None and m.start("num") == a.st.start


SUBJECT_TO_RULE: Final = PairRule(
    "subject_to", "neighbours", subject_to,
    examples=(
        ("Casey's 9-point lead has shrunk to 3 points in two months.", (9, 3)),
        ("The government's 45% approval rating fell to 38% this month.", (45, 38)),
        ("Labor's 52 per cent two-party vote has slipped to 49 per cent.", (52, 49)),
        ("The Liberals' 6-point edge has grown to 11 points since the budget.", (6, 11)),
        ("Sinn Féin's 31 per cent share dropped sharply to 26 per cent in the new poll.",
         (31, 26)),
        # a gap or lead stated, then what it moved to in a relative clause
        ("In January Labour led by 44 per cent to 35 per cent, a gap of 9 points that has "
         "since shrunk to 4 points.", (9, 4)),
        ("The Coalition trailed 47-53 in March, a gap of 6 points which has now narrowed "
         "to 2 points.", (6, 2)),
        ("The NDA held a lead of 7.5 points, which has since widened to 10.2 points.",
         (7.5, 10.2)),
    ),
    near_misses=(
        "Some 45% say approval fell to 38% among renters.",
        "The 45% approval rating among men fell to 38% among women.",
        "About 45% of voters said support fell to 38%.",
        "Labour has a lead of 9 points, and support among men has fallen to 41%.",
    ),
)


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


#: a further group's bracketed pair after a first one, its change left out: "... (62% to
#: 58%) and 3 points among renters (27% to 24%)", "..., and with men (44% to 40%)"
_AND_BRACKET_BEFORE = regex.compile(
    r"""(?r)\)\s{0,2},?\s{0,2}(?:and|&)\s+
    (?:by\s+)?(?:(?:[0-9][0-9.]{0,4}|one|two|three|four|five|six|seven|eight|nine|ten)
       [\s-]{1,2}(?:percentage[\s-]{1,2})?(?:points?|pts?)\s+)?
    (?:among|with|for|in)\s[^()\n.;%0-9]{1,60}\(\s{0,2}\Z""",
    _F,
)
#: how many bracketed pairs one change word may lead ("... (a to b) and ... (c to d)")
_BRACKET_RUN: Final = 4


def _bracketed(view: PairView, i: int) -> bool:
    """Whether figures ``i`` and ``i + 1`` are "(a to b)" in brackets of one sentence."""
    a, b = view.figs[i], view.figs[i + 1]
    text = view.text
    return (
        a.sent == b.sent
        and _BRACKET_TO.fullmatch(text, a.st.end, b.st.start) is not None
        and _BRACKET_CLOSE.match(text, b.st.end, min(len(text), b.st.end + 3)) is not None
    )


def _change_leads(view: PairView, i: int) -> bool:
    """Whether a change word leads the bracketed pair at figure ``i`` in its clause, or leads
    the first of a run of bracketed pairs joined by "and" and a group ("dipped 4 points
    among men (62% to 58%) and 3 points among women (27% to 24%)")."""
    text = view.text
    for _ in range(_BRACKET_RUN):
        a = view.figs[i]
        lo = max(view.sents.start(a.sent), a.st.start - 100)
        m = _CHANGE_BEFORE_BRACKET.search(text, lo, a.st.start)
        if m is not None:
            return (" ".join(m["word"].lower().split()) not in _BETWEEN_GROUPS
                    and not _new_clause(text, m.end("word"), a.st.start))
        if (i < 2 or _AND_BRACKET_BEFORE.search(text, lo, a.st.start) is None
                or not _bracketed(view, i - 2)
                or view.figs[i - 1].st.end > a.st.start):
            return False
        i -= 2
    return False


def bracket_pair(view: PairView, i: int) -> Candidate | None:
    """``slipped 3 points with men (49 percent to 46 percent)``: a change word, then both
    ends in brackets, the earlier first; not a gap between groups ("leads among men (49% to
    46%)"). A further group's pair joined by "and" shares the change word."""
    near = _neighbours(view, i)
    if near is None or not _bracketed(view, i):
        return None
    if not _change_leads(view, i):
        return None
    return view.one(view.pair(i, i + 1, "from_to", orderable=False))


BRACKET_PAIR_RULE: Final = PairRule(
    "bracket_pair", "neighbours", bracket_pair,
    examples=(
        ("Backing for the tram slipped 3 points with renters (49 percent to 46 percent).",
         (49, 46)),
        ("Trust in the council dipped among women (44% to 41%).", (44, 41)),
        ("The share of cyclists saw a small rise (18% to 21%) this year.", (18, 21)),
        # a further group's pair joined by "and", its change word left out
        ("Trust in the police fell 5 points among Londoners (48% to 43%) and 2 points among "
         "Scots (55% to 53%).", (55, 53)),
        ("Support for the carbon tax rose among Quebecers (41% to 47%) and among "
         "Albertans (19% to 22%).", (19, 22)),
        ("Approval of the Premier slipped 3 points with men (49 percent to 46 percent), and 4 "
         "points with women (45 percent to 41 percent).", (45, 41)),
        ("Backing for the BJP edged up among rural voters (38% to 40%) and by 1 point among "
         "urban voters (35% to 36%).", (35, 36)),
    ),
    near_misses=(
        "The mayor leads among women (49% to 46%).",
        "Opinion on the police is split among Londoners (48% to 43%) and 2 points among "
        "Scots (55% to 53%).",
        "The mayor leads among women (49% to 46%) and among men (52% to 44%).",
        "Backing for the tram was split among renters (49% to 46%).",
        "Backing for the tram slipped, while renters were divided (49% to 46%).",
    ),
)


# -- an earlier value in brackets ------------------------------------------------------------

_PAST_WORD = r"(?:previous|prior|last|earlier|ago|before|prev\.?|formerly|was|were)"
_BRACKET_OPEN = regex.compile(
    rf"""[ \t]{{0,2}}\([ \t]{{0,2}}
    (?P<lead>(?:[\p{{L}}0-9'’.-]{{1,20}}[ \t]{{1,2}}){{0,4}}?[\p{{L}}0-9'’.-]{{1,20}}[ \t]{{0,2}}:?
       [ \t]{{0,2}})?
    (?:{_QUAL}[ \t]+)?""",
    _F,
)
_BRACKET_TRAIL = regex.compile(r"(?P<trail>[^()%\n]{0,40}?)[ \t]{0,2}\)", _F)
_PAST_IN = regex.compile(rf"(?<!\w){_PAST_WORD}(?!\w)", _F)
_CUED_BRACKET_BEFORE = regex.compile(
    rf"\([^()\n]{{0,40}}(?<!\w){_PAST_WORD}(?!\w)[^()\n]{{0,40}}\)", _F
)


def _earlier_words(text: str, *, gated: bool = True) -> bool:
    """Whether bracketed words put a figure before the current one ("previous poll",
    "in 2023", "a month ago"). The time pattern runs only where one of its words is
    (``periods.time_words_in``; ``gated=False``, for tests, always runs it)."""
    if _PAST_IN.search(text) is not None:
        return True
    if gated and not time_words_in(text):
        return False
    return any(
        (k := time_key(m[0])).past or (k.period is not None and not k.present)
        for m in _TIME_RE.finditer(text)
    )


def bracket_baseline(view: PairView, i: int) -> Candidate | None:
    """``30% (previous poll: 31%)``, ``30% (32% in the previous poll)``, and after one of
    these in the sentence, ``Reform on 28% (26%)``: the figure in brackets right after a
    figure is its earlier value."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    text = view.text
    opened = _BRACKET_OPEN.fullmatch(text, a.st.end, b.st.start)
    if opened is None:
        return None
    trail = _BRACKET_TRAIL.match(text, b.st.end, min(len(text), b.st.end + 45))
    if trail is None:
        return None
    words_ = (opened["lead"] or "") + " " + trail["trail"]
    if words_.strip():
        if not _earlier_words(words_):
            return None
    elif _CUED_BRACKET_BEFORE.search(text, view.sents.start(a.sent), a.st.start) is None:
        return None  # "Men (27%)": a bare bracket pairs only after a cued one
    t_b = _time_in(view, opened.start(), trail.end())
    # "73% (September 2024: 64%)": a tail read into the bracket is the baseline's time
    t_a = a.tail.time if a.tail.end <= opened.start() + 1 else None
    return view.one(view.pair(i + 1, i, "baseline", t_b, t_a, orderable=False))


BRACKET_BASELINE_RULE: Final = PairRule(
    "bracket_baseline", "neighbours", bracket_baseline,
    examples=(
        ("The Greens would get 12 percent (previous poll: 14 percent).", (14, 12)),
        ("Labour is on 30% (32% in the previous poll) and Reform on 28% (26%).", (26, 28)),
        ("Trust in the courts is 44% (2021: 49%).", (49, 44)),
        # a month and year as the bracket's label
        ("• Liberals: 73% (March 2024: 64%)\n• NDP: 59%", (64, 73)),
        ("Backing for the Voice in Queensland stood at 38 per cent (August 2023: 43 per cent).",
         (43, 38)),
    ),
    near_misses=(
        "Labour is on 30% (32% among men) and Reform on 28% (26%).",
        "Trust in the courts is 44% (49% of women).",
    ),
)


# -- a year column in a row ------------------------------------------------------------------

#: between a row's figure and its year column: an optional bracketed change ("(+0.3)",
#: "(unchanged)"), a separator, then the year as a label ("2022:", "2019 election:")
_YEAR_COLUMN = regex.compile(
    r"""(?:[ \t]*\([^()\n]{1,20}\))?
    [ \t]*(?:[-–—|;/,][ \t]*)
    (?P<year>(?:19|20)[0-9]{2})
    (?:[ \t]+(?:general[ \t]+|federal[ \t]+|state[ \t]+|last[ \t]+)?
       (?:election|result|vote|poll|survey|census|wave|figure))?
    [ \t]*[:=][ \t]*""",
    _F,
)


def year_column(view: PairView, i: int) -> Candidate | None:
    """``Brothers of Italy 31.2% (+0.3) - 2022: 26.0%``, ``Labor 34.5% | 2022 election:
    32.6%``: a row's figure followed, on its line, by a figure labelled with an earlier year
    is set against it (the labelled one is the baseline)."""
    near = _neighbours(view, i)
    if near is None:
        return None
    a, b = near
    if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit):
        return None
    m = _YEAR_COLUMN.fullmatch(view.text, a.st.end, b.st.start)
    if m is None:
        return None
    year = int(m["year"])
    cue = a.st.period
    if (cue is not None and cue.period is not None and cue.period.year is not None
            and not m.start() <= cue.start < m.end() and cue.period.year <= year):
        return None  # the column is not earlier than the row's own figure
    said = time_key(m["year"])
    return view.one(view.pair(i + 1, i, "baseline", said, a.tail.time, orderable=False))


YEAR_COLUMN_RULE: Final = PairRule(
    "year_column", "neighbours", year_column,
    examples=(
        ("Voting intention (last week's change in brackets, 2022 result after the dash):\n"
         "Fratelli d'Italia 29.5% (+0.4) - 2022: 26.0%\nPartito Democratico 21.8% (-0.2) - "
         "2022: 19.1%\n", (19.1, 21.8)),
        ("Labor 34.5% | 2022 election: 32.6%\nCoalition 36.0% | 2022 election: 35.7%\n",
         (35.7, 36.0)),
        ("Smokers by state, latest survey:\nBavaria 18.2% (-0.4) – 2019: 21.0%\n",
         (21.0, 18.2)),
    ),
    near_misses=(
        "Labor 34.5% | Greens: 12.1%\n",
        "Labor 34.5% - 2022: 32 seats\n",
        "Turnout in 2024 was 61.2% - 2027: 63% projected\n",
    ),
)
