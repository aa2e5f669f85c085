"""Pairing rules for chains, series and tables: "rose to 41% and then to 44%", dated pairs,
listed series, "when last asked", anaphors ("that figure"), and slash tables.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Final

import attrs
import regex

from ._data import alternation, alternation_of, words
from .model import Statistic
from .pair_rules_groups import _FIRST_NAME, _SPLIT_BEFORE, STOPWORDS, _name_key
from .pair_rules_near import _FROM_BEFORE, _SPLIT_TO, AND_CUE_GAP, dated_and, earlier_after
from .pair_shared import (
    _CMP,
    _F,
    _GROUP_WORD,
    STANCE_AFTER,
    _earlier,
    _groups_clash,
    _neighbours,
    _time_in,
    stance_of,
)
from .pair_view import MOTION_VERBS, Candidate, Figure, Pair, PairRule, PairView
from .pair_view import QUAL as _QUAL
from .pair_view import VERBS as _VERBS
from .period import Period
from .periods import MONTHS, SURVEY_NOUNS, TIME, TimeKey, time_key, time_words_in

_MOTION = alternation(MOTION_VERBS)
_CHAIN = alternation_of(_CMP, "chain_word")
_ANAPHOR = alternation_of(_CMP, "anaphor")
_ANAPHOR_VERB = alternation_of(_CMP, "anaphor_verb")


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
    (?:(?P<w>{_CHAIN}|{TIME})
       (?:,\s{{1,2}}(?:before|after|during|amid)\s[^,.;%\d]{{1,40}}(?=,))?  # ", before 2020"
       [\s,.]{{1,4}}){{0,6}}?                             # then, and, it had, by 2022,
    (?:(?P<verb>{_VERBS})\s+
       (?:(?:again|further|back|even|slightly|sharply|steadily|only)\s+){{0,2}})?
    (?:(?P<to>to|at|on)\s+)?                           # "In March they were on 10.5%"
    (?:(?:this|last|that)\s+(?:week|month|quarter|year)['’]s\s+)?   # "to this week's 58.7%"
    (?:{_QUAL}\s+)?
    """,
    _F,
)
#: "then", "before", "later": words that join a chain, not times of its figures
_CHAIN_WORDS: Final = frozenset(w.lower() for w in words(_CMP, "chain_word"))
_ANAPHORS: Final = frozenset(w.lower() for w in words(_CMP, "anaphor")) | {"this", "that"}


#: an aside about a figure's time, set off by commas: ", when emergency benefits peaked,"
_WHEN_ASIDE = regex.compile(r",\s{1,2}(?:when|as|amid)\s[^.;%()\d,]{1,100},", _F)
#: the rest of a short clause after a figure, to a semicolon: "backed unity;"
_CLAUSE_SEMI = regex.compile(r"(?:\s+(?!(?:and|but|while)(?!\w))[\w'’-]{1,20}){1,6}\s{0,2};", _F)


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
    one series, in the same or the next sentence (not the two sides of a split, "its lead
    narrowed, at 46% to 40%")."""
    near = _neighbours(view, i)
    if near is None or near[1].sent not in (near[0].sent, near[0].sent + 1):
        return None
    a, b = near
    if a.tail.kind == "group" or b.tail.kind in ("group", "of"):
        return None
    if _groups_clash(a, b):
        return None
    if (
        b.sent == a.sent and a.st.kind == b.st.kind == "share" and a.st.high + b.st.high <= 100.5
        and _SPLIT_TO.fullmatch(view.text, a.st.end, b.st.start) is not None
        and _FROM_BEFORE.search(view.text, max(0, a.st.start - 60), a.st.start) is None
    ):
        return None  # "Tisza's lead is narrower, at 46% to 40%": two sides of one split
    if b.sent != a.sent and b.st.start - view.sents.start(b.sent) <= _BACKREF_REACH and (
        _HAD_STOOD_START.fullmatch(
        view.text, view.sents.start(b.sent), b.st.start
    ) is not None):
        return None  # "The figure had dropped to 49% in 2021": earlier (back_reference)
    m = _CHAIN_GAP.fullmatch(view.text, a.tail.end, b.st.start)
    if m is None and b.sent == a.sent and a.tail.kind == "time":
        # "6.4% in 2020, when pandemic benefits were at their height, before climbing back
        # to 7.4%": an aside about the first figure's time
        aside = _WHEN_ASIDE.match(view.text, a.tail.end, b.st.start)
        if aside is not None:
            m = _CHAIN_GAP.fullmatch(view.text, aside.end(), b.st.start)
    clause = None
    if m is None and b.sent == a.sent:
        # "37% backed unity; that rose to 39%": a short clause, then one about "that"
        clause = _CLAUSE_SEMI.match(view.text, a.tail.end, b.st.start)
        if clause is not None:
            m = _CHAIN_GAP.fullmatch(view.text, clause.end(), b.st.start)
    if m is None:
        return None
    said = {" ".join(w.lower().split()) for w in m.captures("w")}
    if clause is not None and not (said & _ANAPHORS and m["verb"] and m["to"]):
        return None
    pair = view.pair(i, i + 1, "chain", a.tail.time, b.tail.time, orderable=False)
    level = m["verb"] or next((w for w in reversed(m.captures("w"))
                               if " ".join(w.lower().split()) in _LEVEL_VERBS), None)
    back = _then_after_now(view, i, m.captures("w"), level)
    if back:
        # "... is now at 28%. In January it stood at 35%": the second figure is the earlier
        pair = view.pair(i + 1, i, "chain", b.tail.time, a.tail.time, orderable=False)
        current = _years_back_current(view, i, m.captures("w"))
        if current is not None:
            # "41%, up from 37% in 2024. In 2019, it stood at 51%": years before the first
            # baseline, a second baseline of the current figure
            return Candidate((attrs.evolve(pair, t=current),), reopens=current)
    if view.is_to(i) and a.tail.kind == "time" and (
            (b.tail.kind == "time" and said <= {"and"}) or said in ({"now"}, {"and", "now"})):
        # "... rose to 19% in February, then 26% in April and 30% now", "..., 24% in April
        # and now 21%"
        return view.one(pair)
    if not ("then" in said or m["to"] is not None or m["verb"] is not None):
        return None
    if not _in_motion(view, i) and not (
        # "Approval was 40% in 2022. It rose to 44% in 2023.", "37% backed it; that rose to"
        (b.sent == a.sent + 1 or clause is not None)
        and said & _ANAPHORS and level and m["to"]
    ) and not (
        # "which took 12.9% at the 2023 election, has fallen to 1.4%": a dated first figure
        b.sent == a.sent and a.tail.kind == "time" and a.tail.time is not None
        and (a.tail.time.past or a.tail.time.period is not None)
        and m["verb"] and m["to"]
    ):
        return None
    return view.one(pair)


#: how many years before a first baseline a time must be for the value then to be set
#: against the current figure rather than chained to the first baseline
_YEARS_APART: Final = 2


def _years_back_current(view: PairView, i: int, words_: list[str]) -> Statistic | None:
    """The current figure that figure ``i`` is the baseline of, when the time in ``words_``
    lies :data:`_YEARS_APART` or more years before figure ``i``'s own dated year."""
    a = view.figs[i]
    t = view.decided.later_end(a.st)
    year = a.tail.time.year if a.tail.time is not None else None
    if year is None and a.st.period is not None and a.st.period.period is not None:
        year = a.st.period.period.year  # "34.8% in the same period last year": its period
    if t is None or year is None:
        return None
    years = [time_key(w).year for w in words_
             if " ".join(w.lower().split()) not in _CHAIN_WORDS]
    known = [y for y in years if y is not None]
    if not known or year - max(known) < _YEARS_APART:
        return None
    return t


_NOW_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:now|currently|today|at\s+present)(?!\w)[^.;%\d]{0,25}\Z", _F
)


#: verbs of a level, not of a move: "In February it stood at 2%" after a figure with no time
#: of its own puts the second figure earlier (a move, "it rose to", puts it later)
_LEVEL_VERBS: Final = frozenset({"stood", "was", "were", "sat", "had been", "been"})


def _then_after_now(view: PairView, i: int, words_: list[str], verb: str | None = None) -> bool:
    """Whether figure ``i`` is said to be now (or, in a series, at a date) and the words
    before figure ``i + 1`` put it earlier ("In January", "a year ago"); so too when figure
    ``i`` has no time of its own and ``verb`` is one of a level ("Aontú registers 4%. In
    February it stood at 2%")."""
    a = view.figs[i]
    earlier = [
        time_key(w) for w in words_ if " ".join(w.lower().split()) not in _CHAIN_WORDS
        and _earlier(w)
    ]
    if not earlier:
        return False
    ta = a.tail.time
    if ta is None and verb is not None and " ".join(verb.lower().split()) in _LEVEL_VERBS:
        return True
    if (ta is not None and ta.present) or view.decided.is_from(a.st):
        return True  # "now at 28%", or a figure already set before a later one
    lo = max(view.sents.start(a.sent), a.st.start - 40)
    if _NOW_BEFORE.search(view.text, lo, a.st.start) is not None:
        return True
    return ta is not None and not ta.past and any(k.past for k in earlier)


CHAIN_RULE: Final = PairRule(
    "chain", "neighbours", chain,
    examples=(
        ("Membership rose to 12% in 2020, then to 15% in 2022.", (12, 15)),
        # years before the first baseline: a second baseline of the current figure
        ("Trust in Parliament is 29%, up from 26% in 2023. In 2016, it stood at 40%.",
         (40, 29)),
        # a series' last step said to be now
        ("Backing for the levy slid from 31% in January to 29% in March, 27% in May and now "
         "25%.", (27, 25)),
        # a figure without a time, then a level at an earlier time: the second is earlier
        ("The Bloc registers 9% in the Léger poll. In February it stood at 7%.", (7, 9)),
        # "was on", "were on": a level with "on", the subject a pronoun
        ("The Free Democrats poll 5.5%. In April they were on 7%.", (7, 5.5)),
        ("The Centre Party takes 8.1 per cent. In the spring it was on 9.4 per cent.",
         (9.4, 8.1)),
        ("The share reporting high stress was 28.4%, down from 30.1% in 2024. In 2018, before "
         "the pandemic, it stood at 21.2%.", (21.2, 28.4)),
        ("Some 48 per cent of Canadians back the carbon levy, down from 51 per cent in 2024. "
         "In 2019 it had been 63 per cent.", (63, 48)),
        # an aside about the first figure's time
        ("Unemployment fell from 7.9% in 2021 to 4.1% in 2023, when hiring was at its peak, "
         "before rising again to 5.2% in 2025.", (4.1, 5.2)),
        ("Trust in the NHS dropped from 71 per cent in 2019 to 52 per cent in 2022, amid "
         "strikes and long waits, then recovered to 56 per cent this year.", (52, 56)),
        # a peak, then the fall from it; a part of a year as its time
        ("Trust in unions peaked at 62% in mid-2020 before sliding to 48% in late 2024.",
         (62, 48)),
        ("Support for the euro peaked at 74% in early 2002 before collapsing to 39% in "
         "October 2011.", (74, 39)),
        ("Labor's primary vote fell from 36 per cent in March to 31 per cent in June, and has "
         "now ticked back up to 33 per cent.", (31, 33)),
        ("Ridership was 33% in 2021. It climbed to 38% in 2023.", (33, 38)),
        ("Confidence in the port is now at 41%. In March it stood at 46%.", (46, 41)),
        ("The party, which took 9.6 per cent at the 2021 election, has fallen to 3% in the "
         "new poll.", (9.6, 3)),
        ("The FDP won 11.5 per cent of list votes in the 2019 election and has slumped to 4 "
         "per cent.", (11.5, 4)),
        ("The DA, which won 21.8% in the 2024 election, has since climbed to 24%.",
         (21.8, 24)),
        ("The premier's rating climbed to 44% in the second week of June, before slipping to "
         "41% in the first week of July and recovering to this week's 43%.", (41, 43)),
        ("The premier's rating climbed to 44% in the second week of June, before slipping to "
         "41% in the first week of July and recovering to this week's 43%.", (44, 41)),
        # a series of dated figures, then a last step ("before edging up to")
        ("Turnout then climbed to 61% in 2015, 64% in 2019 and 66% in 2023, before edging "
         "down to 65% in 2024.", (66, 65)),
        ("Support rose to 31 per cent in May before inching up to 33 per cent in June.",
         (31, 33)),
        # "; that rose to": the same series after a semicolon
        ("In the 2021 tracker, 37% backed unity; that rose to 39% in 2022.", (37, 39)),
        ("Some 22 per cent of Canadians owned an EV in 2020; this climbed to 31 per cent by "
         "2024.", (22, 31)),
        ("In 2019, 18% of Germans said they used cash rarely; it rose to 29% in 2023.",
         (18, 29)),
        # a time named with its survey ("in the winter 2023 poll") ends the first figure
        ("Backing rose to 40% in the winter 2023 poll, before falling back to 38% last "
         "February.", (40, 38)),
        # "as recently as July 2024": the first figure's time
        ("Her rating stood at 13 percent as recently as July 2024 before falling to 9 percent "
         "in September and 5 percent in November.", (9, 5)),
        ("Support for the Greens was 17 per cent as late as 2019, then fell to 11 per cent in "
         "2023.", (17, 11)),
        ("Trust in the Garda stood at 72 per cent as recently as March 2022, before sliding to "
         "64 per cent in 2024.", (72, 64)),
        ("Approval of Ramaphosa was 61% as late as 2019, then dropped to 38% by 2024.",
         (61, 38)),
    ),
    near_misses=(
        "Membership rose to 12% among men, then to 15% among women.",
        "The party, which hopes for 30% at the next election, has fallen to 22% in the poll.",
        "Membership was 12% in 2020. Separately, 15% of staff left.",
        "In 2021, 37% backed unity; 39% rose to their feet in 2022.",
        "In 2021, 37% of men backed unity; that rose to 39% among women.",
        # two sides of one split after a word of motion
        "Among certain voters Tisza's lead is narrower, at 46% to 40%, the pollster noted.",
        "Labour's lead has shrunk to 41% to 37% in the latest Opinium poll.",
        "The Yes side's edge narrowed, at 52 per cent to 48 per cent, in Scotland.",
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


#: "up from 64% in 2020 and 48% in 2009": two baselines of a figure before, not a pair
_BASELINE_CUE_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:{_QUAL}\s+)?\Z""", _F
)


def time_pair(view: PairView, i: int) -> Candidate | None:
    """``41% in 2019 and 47% in 2023``: two figures of one group, each with its own time."""
    near = _neighbours(view, i)
    if near is None or near[0].sent != near[1].sent:
        return None
    a, b = near
    if _BASELINE_CUE_BEFORE.search(view.text, max(0, a.st.start - 40), a.st.start):
        return None
    ta, tb = a.tail.time, b.tail.time
    if ta is None or tb is None or a.tail.group != b.tail.group:
        return None
    # months without a year ("53% in June and 49% in early September"): by the periods
    # attributed to both, else by the months' order within one year
    order = _listed_before(view, a, b)
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
        # months without a year
        ("Backing for the levy was 53% in June and 49% in early September.", (53, 49)),
        ("Support stood at 58 per cent in September and 61 per cent in July.", (61, 58)),
        ("Labor's primary vote was 33 per cent in February and 36 per cent in May.", (33, 36)),
        ("Confidence in the rand was 41% in March and 37% in August.", (41, 37)),
        ("The PQ's share was 32 per cent in October and 29 per cent in April.", (29, 32)),
    ),
    near_misses=(
        "Turnout was 61% among men in 2015 and 66% among women in 2019.",
        "Turnout was 61% in the city and 66% in the county.",
        "Turnout was 61% among men in June and 66% among women in September.",
        "Turnout was 61% in June and 66% in the June by-election.",
        # two baselines of the figure before
        "Trust in the press is 31%. That is down from 36% in 2019 and 44% in 2009.",
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


_MONTH_WORD = regex.compile(rf"(?<!\w)(?P<m>{alternation(list(MONTHS))})(?!\w)", _F)


def _listed_before(view: PairView, a: Figure, b: Figure) -> bool | None:
    """Whether listed figure ``a`` is earlier than ``b`` (None when unknown): by their tails'
    dated times; for months without a year ("32% in May, 35% in April"), by the periods
    attributed to both, else by the months' order within one year."""
    ta, tb = a.tail.time, b.tail.time
    if ta is None or tb is None:
        return None
    if ta.year is not None and tb.year is not None:
        return ta.before(tb)
    if ta.year is not None or tb.year is not None:
        return None
    pa, pb = a.st.period, b.st.period
    if (
        pa is not None and pb is not None and pa.period is not None and pb.period is not None
        and pa.period.month is not None and pb.period.month is not None
    ):
        return TimeKey(pa.period).before(TimeKey(pb.period))
    ma = _MONTH_WORD.search(view.text, a.st.end, a.tail.end)
    mb = _MONTH_WORD.search(view.text, b.st.end, b.tail.end)
    if ma is None or mb is None:
        return None
    na, nb = MONTHS[ma["m"].lower()], MONTHS[mb["m"].lower()]
    return None if na == nb else na < nb


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
        orders.append(_listed_before(view, a, b))
    known = [o for o in orders if o is not None]
    backwards = bool(known) and not any(known)
    pairs = []
    for j in range(i, last):
        ta, tb = view.figs[j].tail.time, view.figs[j + 1].tail.time
        pairs.append(
            view.pair(j + 1, j, "chain", tb, ta, orderable=False) if backwards
            else view.pair(j, j + 1, "chain", ta, tb, orderable=False)
        )
    head = _series_head(view, i)
    if head is not None:
        # "14% named it in 2021, 19% in November, ...": the first figure's time is further on
        t_head, ta = head, view.figs[i].tail.time
        first = (
            view.pair(i, i - 1, "chain", ta, t_head, orderable=False) if backwards
            else view.pair(i - 1, i, "chain", t_head, ta, orderable=False)
        )
        pairs.insert(0, first)
    return Candidate(tuple(pairs), closes=tuple(range(i + 1, last)))


# -- a list of dated labels: "March 2024: 44% • June 2024: 41%" ----------------------------

#: a dated label right before a figure: "January 2025: ", "2024 - ", "Q3 2025 = "
_LABEL_BEFORE = regex.compile(
    rf"(?r)(?:^|(?<=[\n•·▪●*|;,(:]))[ \t]{{0,3}}(?P<t>{TIME})[ \t]{{0,2}}[:=–—-][ \t]{{0,3}}\Z",
    _F | regex.MULTILINE,
)
#: nothing but separators between one labelled figure and the next label
_LABEL_SEP = regex.compile(r"[\s•·▪●*|;,)]{1,12}")


def _labelled(view: PairView, i: int) -> TimeKey | None:
    """The time of the dated label right before figure ``i``, if it has one with a year."""
    st = view.figs[i].st
    m = _LABEL_BEFORE.search(view.text, max(0, st.start - 40), st.start)
    if m is None:
        return None
    key = time_key(m["t"])
    return key if key.year is not None else None


def dated_list(view: PairView, i: int) -> Candidate | None:
    """``• March 2024: 44% • June 2024: 41% • September 2024: 39%``: figures each under a dated
    label, with nothing but separators between them, are a series: each pair of neighbours
    in the order of their dates."""
    near = _neighbours(view, i)
    if near is None:
        return None
    a, b = near
    ta, tb = _labelled(view, i), _labelled(view, i + 1)
    if ta is None or tb is None:
        return None
    m = _LABEL_BEFORE.search(view.text, max(0, b.st.start - 40), b.st.start)
    if m is None or _LABEL_SEP.fullmatch(view.text, a.st.end, m.start("t")) is None:
        return None
    order = ta.before(tb)
    if order is None:
        return None
    if order:
        return view.one(view.pair(i, i + 1, "chain", ta, tb, orderable=False))
    return view.one(view.pair(i + 1, i, "chain", tb, ta, orderable=False))


DATED_LIST_RULE: Final = PairRule(
    "dated_list", "neighbours", dated_list,
    examples=(
        ("Share saying rents rose:\n• February 2024: 48%\n• May 2024: 52%\n• August 2024: 50%",
         (52, 50)),
        ("Trust in the ABC, by year: 2022: 48% | 2023: 51% | 2024: 47%", (48, 51)),
        ("Approval (Nanos): March 2025 - 44%; June 2025 - 41%; September 2025 - 39%",
         (41, 39)),
        ("Backing for the Voice: October 2023: 39%, August 2023: 43%", (43, 39)),
        ("Rating of the Lok Sabha, 2019: 58%\n2024: 63%", (58, 63)),
    ),
    near_misses=(
        "Turnout by region:\n• Leinster: 61%\n• Munster: 58%",
        "February 2024: 48% of adults said rents rose, while in the north 52% did.",
        "Results:\n• February 2024: 48% say rents rose\n• 52% of tenants agree",
    ),
)


_HEAD_GAP = regex.compile(
    rf"(?:[^%;.\d\n]{{1,80}}?\s)?(?P<t>{TIME})[\s,;]{{0,4}}(?:(?:and|then)\s+)?(?:{_QUAL}\s+)?",
    _F,
)


def _series_head(view: PairView, i: int) -> TimeKey | None:
    """The time of the figure before a series that starts at figure ``i``, when the words
    after it end with a dated time right before the series ("14% named it their top issue in
    2021, 19% in November, ..."); None otherwise."""
    if i < 1:
        return None
    a, b = view.figs[i - 1], view.figs[i]
    if a.sent != b.sent or (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit):
        return None
    if a.tail.kind in ("group", "of") or view.decided.is_from(a.st) or view.is_to(i - 1):
        return None
    m = _HEAD_GAP.fullmatch(view.text, a.st.end, b.st.start)
    if m is None:
        return None
    key = time_key(m["t"])
    return key if key.year is not None else None


SERIES_RULE: Final = PairRule(
    "series", "neighbours", series,
    examples=(
        ("Use of the ferry was 12% in 2022, 15% in October, 19% in January and 24% in May.",
         (15, 19)),
        ("Use of the ferry was 24% in 2025, 19% in 2024 and 15% in 2023.", (15, 19)),
        ("Approval is 30%, down from 32% in May, 35% in April and 37% in March.", (37, 35)),
        ("Some 9% named the ferry their usual route in 2020, 12% in May, 15% in October and "
         "19% in March.", (9, 12)),
    ),
    near_misses=(
        "Use of the ferry was 24% in Bergen, 19% in Oslo and 15% in Tromso.",
        "Use of the ferry was 24% in May and 19% in June.",
    ),
)


# -- the last time the question was asked ----------------------------------------------------

_LAST_ASKED = alternation_of(_CMP, "last_asked_cue")
_LAST_ASKED_START = regex.compile(
    rf"""[\s“\"‘(]{{0,4}}(?:(?:and|but)[\s,]{{1,4}})?
    (?:{_LAST_ASKED}
     |when\s+(?:[\w'’.&-]{{1,30}}\s+){{1,4}}?last\s+(?:asked|put)     # "When YouGov last asked"
     )(?!\w)""",
    _F,
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
    # the figure of the same group: "64% back it, including 71% of Labor voters. The last
    # time ..., 58% did" sets 58% against the 64%
    j = view.latest_like(i + 1, 1)
    if j is None or view.figs[j].sent != a.sent:
        j = i  # none of its own group: the figure just before ("44% of drivers ...")
    j = _of_stance(view, i + 1, j)
    return view.one(view.pair(i + 1, j, "anaphor", t_b, view.figs[j].tail.time, orderable=False))


def _of_stance(view: PairView, i: int, j: int) -> int:
    """Of figure ``j`` and the figures before it in its sentence, the one that states the
    stance figure ``i`` states ("57% back it, while 35% oppose it. ... 51% had been in
    favour" sets 51% against 57%); ``j`` when the stances say nothing."""
    mine = stance_of(view, i, before=False)
    if mine is None or stance_of(view, j, before=True) in (mine, None):
        return j
    for k in range(i - 1, max(-1, i - 5), -1):  # its sentence's last four figures
        if view.figs[k].sent != view.figs[j].sent:
            break
        if stance_of(view, k, before=True) == mine and not _groups_clash(
                view.figs[k], view.figs[i]):
            return k
    return j


#: "... up two points from March, when ", "That is up a little from February, when ",
#: "eased since June 2024, when its score was ": a time set against now, then "when"
_WHEN_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:from|since|than|on|over|below|above|versus|vs\.?
       |compared\s+(?:with|to))\s+
    (?:(?:in|at)\s+the\s+same\s+[\w-]{{1,20}}\s+)?                 # "in the same cycle last year"
    (?P<t>{TIME}|(?:the|last)\s+(?:[\w'’-]{{1,20}}\s+){{0,3}}?     # the 2019 state election
       (?:election|elections|referendum|vote|poll|survey))
    \s{{0,2}},?\s{{1,3}}when\s+
    (?:(?!(?:and|but|while|whereas|to)(?!\w))[\w'’-]{{1,30}},?\s+){{0,8}}?
    (?:{_QUAL}\s+)?\Z""",
    _F,
)
_SPLIT_AFTER = regex.compile(r"[ \t]{0,2}(?:to|-|–)[ \t]{0,2}[0-9]", _F)
#: "... has fallen since the start of the war, when it stood at ": "since" an event that is
#: no date, then "when" (the event is earlier by the word "since")
_SINCE_EVENT_WHEN = regex.compile(
    rf"""(?r)(?<!\w)since\s+(?P<ev>(?:[\w'’-]{{1,30}}\s+){{0,7}}?[\w'’-]{{1,30}})
    \s{{0,2}},\s{{1,3}}when\s+
    (?:it|they|this|that|the\s+(?:figure|share|rate|level|number))\s+
    (?:stood\s+at|was|were|reached|hit|peaked\s+at|topped|sat\s+at|had\s+been)\s+
    (?:{_QUAL}\s+)?\Z""",
    _F,
)


def when_baseline(view: PairView, i: int) -> Candidate | None:
    """``54% back the governor, up two points from March, when 52% did so.``, ``That is up a
    little from February, when 38 percent approved.``: a figure in a "when" clause after an
    earlier time the clause before is set against is the baseline of the figure that clause
    is about (the first of its group in the same sentence, else in the sentence before)."""
    near = _neighbours(view, i)
    if near is None or near[1].sent not in (near[0].sent, near[0].sent + 1):
        return None
    a, b = near
    if b.sent == a.sent and (second := _when_second(view, i)) is not None:
        return second
    lo = max(view.sents.start(b.sent), a.st.end)
    m = _WHEN_BEFORE.search(view.text, max(lo, b.st.start - 160), b.st.start)
    if m is not None and _earlier(m["t"]):
        t_end, t_b = m.end("t"), time_key(m["t"])
    else:
        # "has lost ground since the early months of the pandemic, when it reached 51%"
        m = _SINCE_EVENT_WHEN.search(view.text, max(lo, b.st.start - 160), b.st.start)
        if m is None:
            return None
        t_end, t_b = m.end("ev"), b.tail.time or TimeKey(past=True)
    if _SPLIT_AFTER.match(view.text, b.st.end) is not None:
        if _AMONG.search(view.text, t_end, b.st.start) is not None:
            return None  # "when the Liberals led among owners 44% to 40%": another group
        return _when_split(view, i, t_end)  # "when they preferred Mensah 46% to 45%"
    if _GROUP_WORD.search(view.text, t_end, b.st.start) is not None:
        return None  # "from May, when among renters 41% ...": another group
    if b.tail.kind in ("group", "of"):
        return None
    j = view.latest_like(i + 1, 0 if a.sent == b.sent else 1)
    if j is None:
        return None
    return view.one(
        view.pair(i + 1, j, "anaphor", t_b, view.figs[j].tail.time, orderable=False)
    )


#: "49 percent approved and ": a figure, the word of its option, "and"
_OPTION_AND = regex.compile(r"(?:\s+[\p{L}'’-]{1,25}){1,3}?[\s,]{1,3}and\s+(?:{_QUAL}\s+)?".replace(
    "{_QUAL}", _QUAL), _F)
_OPTION_WORDS = regex.compile(
    r"(?:\s+(?:(?:would|said|say|were|was|are|is|felt)\s+)?([\p{L}'’-]{3,25}))", _F
)


_OPTION_REACH: Final = 60


def _option_stem(view: PairView, st_end: int, limit: int) -> str:
    """The first five letters of the word right after a figure ("approved", "disapprove":
    "appro", "disap"), or ""."""
    m = _OPTION_WORDS.match(view.text, st_end, min(limit, st_end + 40))
    return m[1].casefold()[:5] if m is not None else ""


def _when_second(view: PairView, i: int) -> Candidate | None:
    """``... 46% approve and 54% disapprove. That is down from July, when 49% approved and
    51% disapproved.``: the second figure of a "when" clause whose first figure is already
    the baseline of an earlier figure is the baseline of the figure after that one, when each
    names the same option (the word after the figure) as its counterpart."""
    a, b = view.figs[i], view.figs[i + 1]
    t = view.decided.later_end(a.st)
    if t is None or view.decided.is_from(b.st) or view.is_to(i + 1):
        return None
    if b.tail.kind in ("group", "of"):
        return None  # "and 47% of renters disapproved": another group
    k = bisect.bisect_left(view.fig_starts, t.start)
    if k + 1 >= len(view.figs) or view.figs[k].st is not t or k + 1 >= i:
        return None
    u = view.figs[k + 1]
    if u.sent != view.figs[k].sent or view.is_to(k + 1) or view.decided.is_from(u.st):
        return None
    if len({(f.st.kind, f.st.unit) for f in (a, b, view.figs[k], u)}) != 1:
        return None
    if _OPTION_AND.fullmatch(view.text, a.st.end, b.st.start) is None:
        return None
    end_a = view.sents.end(a.sent)
    sa, sb = _option_stem(view, a.st.end, end_a), _option_stem(view, b.st.end, end_a)
    # the first option is named before the second figure, the second after the first
    lo = max(view.sents.start(u.sent), t.start - _OPTION_REACH)
    before_t = _stems(view.text[lo : t.start])
    theirs_t = before_t | _stems(view.text[t.end : u.st.start])
    theirs_u = _stems(view.text[t.end : min(view.sents.end(u.sent), u.st.end + _OPTION_REACH)])
    if not (sa and sb and sa != sb and sa in theirs_t and sb in theirs_u
            and sb not in before_t):
        return None
    return view.one(view.pair(i + 1, k + 1, "anaphor", a.tail.time, u.tail.time,
                              orderable=False))


def _group_key(view: PairView, k: int) -> frozenset[str]:
    g = view.figs[k].st.group
    return _name_key(g.words.value) if g is not None else frozenset()


def _last_name(view: PairView, lo: int, hi: int) -> frozenset[str]:
    key: frozenset[str] = frozenset()
    for m in _FIRST_NAME.finditer(view.text, lo, hi):
        key = _name_key(m[0]) or key
    return key


#: "when Elabe had him winning", "when she led": one person taken up by a pronoun, the
#: subject of the clause before (whose figure comes first in "A would beat B 53% to 47%")
_PERSON_PRONOUN = regex.compile(r"(?<!\w)(?:he|she|him|her)(?!\w)", _F)
#: "when YouGov had his rival ahead", "her main opponent": the other side
_RIVAL_OF = regex.compile(
    r"(?<!\w)(?:his|her)\s+(?:[\w-]{1,15}\s+)?(?:rival|opponent|challenger)s?(?!\w)", _F
)
_SUBJECT: Final = frozenset({"\x00subject"})
_RIVAL: Final = frozenset({"\x00rival"})


def _when_lead(view: PairView, when_end: int, b1: Figure) -> frozenset[str]:
    """The side a "when" clause names before its split: its last name that is not the
    pollster of the split ("when Elabe had ..."), else :data:`_RIVAL` for "his rival",
    :data:`_SUBJECT` for a person taken up by a pronoun, else nothing."""
    source = _name_key(b1.st.source.value) if b1.st.source is not None else frozenset()
    key: frozenset[str] = frozenset()
    for m in _FIRST_NAME.finditer(view.text, when_end, b1.st.start):
        name = _name_key(m[0])
        if name and not name <= source:
            key = name
    if key:
        return key
    if _RIVAL_OF.search(view.text, when_end, b1.st.start) is not None:
        return _RIVAL
    if _PERSON_PRONOUN.search(view.text, when_end, b1.st.start) is not None:
        return _SUBJECT
    return key


def _when_split(view: PairView, i: int, when_end: int) -> Candidate | None:
    """``back Okafor 51% to 42%, a turnaround from March, when they preferred Mensah 46% to 45%``,
    ``71% of Conservatives ..., compared with 64% of Labour supporters, a reversal from April,
    when Labour supporters were keener, 69% to 62%``: a split in a "when" clause against the two
    figures before it, side by side by the side it names first (its leader): the same side as
    the first figure before, or the second; a named leader that is neither is the other side of
    a named first figure."""
    if i < 1 or i + 2 >= len(view.figs):
        return None
    a1, a2, b1, b2 = view.figs[i - 1], view.figs[i], view.figs[i + 1], view.figs[i + 2]
    if b2.sent != b1.sent or a1.sent not in (b1.sent, b1.sent - 1):
        return None
    if a2.sent != b1.sent and not (a2.sent == a1.sent == b1.sent - 1 and _SPLIT_TO_ONLY.fullmatch(
            view.text, a1.st.end, a2.st.start)):
        return None  # the split before may close the sentence before ("... in front 51.5
        # per cent to 48.5 per cent. ... a reversal from the previous week, when ...")
    if len({(f.st.kind, f.st.unit) for f in (a1, a2, b1, b2)}) != 1:
        return None
    if not _SPLIT_TO_ONLY.fullmatch(view.text, b1.st.end, b2.st.start):
        return None
    if b2.tail.kind in ("group", "of"):
        return None  # "when No led 52% to 48% among women": another group
    if any(view.decided.paired_earlier(f.st) for f in (a1, a2, b1, b2)):
        return None
    lead = _when_lead(view, when_end, b1)
    if not lead:
        return None
    if lead in (_SUBJECT, _RIVAL):
        # "when Elabe had him winning 56% to 44%": the same leader; "when CIS had her rival
        # ahead 52% to 48%": the other side leads
        first, second = (i - 1, i) if lead == _SUBJECT else (i, i - 1)
        return Candidate((
            view.pair(i + 1, first, "anaphor", None, view.figs[first].tail.time, orderable=False),
            view.pair(i + 2, second, "anaphor", None, view.figs[second].tail.time,
                      orderable=False),
        ))
    n1 = _last_name(view, max(view.sents.start(a1.sent), a1.st.start - 40), a1.st.start)
    n2 = _last_name(view, max(a1.st.end, a2.st.start - 40), a2.st.start)
    sides = _SPLIT_BEFORE.search(
        view.text, max(view.sents.start(a1.sent), a1.st.start - 80), a1.st.start
    )
    if sides is not None and sides["b"]:  # "Bardella would beat Philippe by 53% to 47%"
        n1, n2 = _name_key(sides["a"]), _name_key(sides["b"])
    if n1:  # "back Okafor 51% to 42%": named sides
        same, other = lead & n1, lead & n2 if n2 else frozenset({"x"})
    else:  # "71% of Conservatives ..., compared with 64% of Labour supporters": groups
        g1, g2 = _group_key(view, i - 1), _group_key(view, i)
        if not g1 or not g2 or g1 == g2:
            return None
        same, other = lead & g1, lead & g2
    if same and not other:
        first, second = i - 1, i  # the same side leads
    elif other and not same:
        first, second = i, i - 1  # the other side leads now
    else:
        return None
    return Candidate((
        view.pair(i + 1, first, "anaphor", None, view.figs[first].tail.time, orderable=False),
        view.pair(i + 2, second, "anaphor", None, view.figs[second].tail.time, orderable=False),
    ))


_AMONG = regex.compile(r"(?<!\w)(?:among|amongst|of|in)(?!\w)", _F)
_SPLIT_TO_ONLY = regex.compile(r"[ \t]{0,2}(?:to|-|–)[ \t]{0,2}", _F)


WHEN_BASELINE_RULE: Final = PairRule(
    "when_baseline", "neighbours", when_baseline,
    examples=(
        ("Some 54% back the governor, up two points from March, when 52% did so.", (52, 54)),
        ("Ford's job approval stands at 41 percent. That is up a little from February, when "
         "38 percent approved.", (38, 41)),
        ("Trust in the Garda stands at 61 per cent, up from 2023, when 55 per cent said they "
         "trusted the force.", (55, 61)),
        ("Modi's approval is 68%, compared with March, when it stood at 71%.", (71, 68)),
        ("The ANC polls 40%, well below 2019, when it won 57.5% of the vote.", (57.5, 40)),
        ("Only 31% of Canadians feel optimistic, a sharp fall since the spring, when 44% "
         "said so.", (44, 31)),
        ("Labour is on 29%, a swing of 6 points against it compared with the 2024 general "
         "election, when it polled 35%.", (35, 29)),
        ("Suburban voters back Okafor 51 percent to 42 percent, a turnaround from March, when "
         "they preferred Mensah 46 percent to 45 percent.", (45, 51)),
        ("Suburban voters back Okafor 51 percent to 42 percent, a turnaround from March, when "
         "they preferred Mensah 46 percent to 45 percent.", (46, 42)),
        ("Some 71 percent of Conservatives are certain to vote, compared with 64 percent of "
         "Labour supporters, a reversal from April, when Labour supporters were keener, 69 "
         "percent to 62 percent.", (69, 64)),
        # the split before closes the sentence before
        ("The poll puts the Coalition in front 51 per cent to 49 per cent after preferences. "
         "That marks a reversal from the previous week, when Labor led 52 per cent to 48 per "
         "cent.", (52, 49)),
        ("Voters in the suburbs back Okafor 53 percent to 44 percent. That is a swing from "
         "March, when they preferred Mensah 47 percent to 46 percent.", (46, 53)),
        # "since" an event that is no date, then "when it stood at"
        ("Trust in the army, at 62 per cent, has slipped since the start of the war, when it "
         "stood at 74 per cent.", (74, 62)),
        ("Backing for the union, now 48%, has eroded since the Brexit vote, when it was 57%.",
         (57, 48)),
        # the pollster named in the "when" clause is no side; a pronoun is the leader before,
        # "his rival" the other side; "A would beat B by" gives A's figure first
        ("In a run-off, Meloni would beat Schlein by 54% to 46%, a closer race than in "
         "January, when SWG had her winning 57% to 43%.", (57, 54)),
        ("Sánchez would beat Feijóo 51% to 49% in a head-to-head, a reversal from May, when "
         "CIS had his rival ahead 52% to 48%.", (52, 49)),
        ("Carney would beat Poilievre by 48 per cent to 44 per cent, a wider gap than in "
         "March, when Poilievre led 47 per cent to 45 per cent.", (47, 44)),
        # the second figure of the "when" clause: the second option, by its word
        ("Some 41% of voters approve of the mayor and 52% disapprove. That is a slide from "
         "March, when 45% approved and 47% disapproved.", (47, 52)),
        ("Support for the pipeline stands at 58 per cent, with 35 per cent opposed. That is up "
         "from 2022, when 51 per cent supported it and 42 per cent opposed it.", (42, 35)),
        ("Satisfaction with the premier is at 47 per cent and dissatisfaction at 45 per cent, "
         "down from February, when 52 per cent were satisfied and 40 per cent dissatisfied.",
         (40, 45)),
        ("The chief minister's approval is 63 per cent and disapproval 31 per cent, compared "
         "with the 2023 survey, when 57 per cent approved and 36 per cent disapproved.",
         (36, 31)),
        # "than in the same cycle last year, when it stood at": a gap taken up by "it"
        ("The gap between Black and white adults, 17.8 percentage points, was wider than in "
         "the same cycle last year, when it stood at 15.1 points.", (15.1, 17.8)),
        ("Labour's lead is 9 points, bigger than at the same point last year, when it was 4 "
         "points.", (4, 9)),
    ),
    near_misses=(
        # "since" with no "when it ..." of the same figure
        "Since the pandemic, when 30% of staff worked from home, office use has grown to 70%.",
        "Some 54% back the governor, up from March, when 52% of men did so.",
        "Some 54% back the governor, up from March, when they favoured the rival 44% to 40%.",
        "Renters back Carney 52% to 38%, up from May, when the Liberals led among owners 44% "
        "to 40%.",
        "Some 54% back the governor, while 61% say so when asked about schools.",
        "The survey has Yes ahead 55% to 45%. That is a reversal from May, when No led 52% to "
        "48% among women.",
    ),
)


LAST_ASKED_RULE: Final = PairRule(
    "last_asked", "neighbours", last_asked,
    examples=(
        ("Some 46% of voters back the levy. The last time the question was put, in May "
         "2023, 41% did.", (41, 46)),
        ("A majority, 58%, favour the ban. When the question was last asked, 52% agreed.",
         (52, 58)),
        ("Some 61% back the levy, including 70% of renters. The last time the question was "
         "put, in May, 55% did.", (55, 61)),
        # a pollster named in the opening; the figure of the same stance, not the one before
        ("Some 62 per cent of Australians support a treaty, while 30 per cent oppose it. When "
         "Essential last asked the question in March, 58 per cent had been in favour.",
         (58, 62)),
        ("Some 44% of Canadians back the carbon levy and 49% reject it. When Abacus last put "
         "the question, in June, 52% rejected it.", (52, 49)),
        ("About 57% of Indians approve of the scheme, while 31% disapprove. When CVoter last "
         "asked, 35% disapproved.", (35, 31)),
    ),
    near_misses=(
        "Some 62 per cent of Australians support a treaty. When Essential last asked about "
        "the Voice, among renters, 58 per cent were in favour.",
        "Some 46% of voters back the levy. The last time, among renters, 41% did.",
        "Some 46% of voters back the levy. Separately, 41% back the toll.",
    ),
)


# -- a past sentence, then one that says "now" ---------------------------------------------

_NOW_START = regex.compile(
    r"""[\s“"‘(]{0,4}(?:(?:and|but|yet|so)[\s,]{1,4})?
    (?:now|today|these\s+days|this\s+time|currently|at\s+present)(?!\w)""",
    _F,
)
#: A verb standing for the whole predicate, so the subject is the one before: "Now 48% do"
_ELLIPSIS_AFTER = regex.compile(
    r"\s+(?:do|does|did|say\s+so|think\s+so|agree|are|is)\s{0,2}[.;,]", _F
)
#: "In the previous poll, in May, ...", "In Cadem's last survey, from 3 to 5 June, ...": an
#: earlier wave of the survey named before the time that dates it
_WAVE_NOUN = alternation(sorted(SURVEY_NOUNS))
#: "When Maskína asked the same question in March, ...": its time is the earlier wave's
_EARLIER_WAVE_OPENING = rf"""
    (?:in\s+(?:the|its|their|our|[\p{{Lu}}][\w.&-]{{0,30}}(?:'s|’s|'|’))\s+
       (?:previous|last|earlier|prior|preceding)\s+(?:[\w-]{{1,20}}\s+){{0,2}}?
       (?:{_WAVE_NOUN})
       \s*,?\s+(?:(?:conducted|carried\s+out|taken|fielded)\s+)?
     |when\s+(?:[\w'’.&-]{{1,30}}\s+){{1,3}}?(?:last\s+)?(?:asked|put)\s+
       (?:the\s+same|this|that|a\s+similar|an\s+identical)\s+question\s*,?\s+
    )"""
_THEN_START = regex.compile(
    rf"""[\s“"‘(]{{0,4}}(?:(?:and|but|yet|so)[\s,]{{1,4}})?(?P<wave>{_EARLIER_WAVE_OPENING})?
    (?:back\s+then|at\s+(?:that|the)\s+time(?!\s+of)|then|(?:{_LAST_ASKED})(?!\w)
       |(?P<wave>in\s+(?:the|its|their)\s+)(?P<t>{TIME})\s+    # "In the March wave of the
        (?:{_WAVE_NOUN})(?:\s+of\s+the\s+same\s+(?:{_WAVE_NOUN}))?\s*,  # same survey, ..."
       |(?P<t>{TIME}))
    (?!\w)""",
    _F,
)


def then_now(view: PairView, i: int) -> Candidate | None:
    """``At the time, 54% said yes. Now 61% do.``, ``When the question was last asked, in
    May, 38% agreed. Today 45% do.``: a sentence that starts with an earlier time (or the
    last time a question was asked) and the next one that starts with "now" give the two
    figures of one question."""
    near = _neighbours(view, i)
    if near is None or near[1].sent != near[0].sent + 1:
        return None
    a, b = near
    if b.tail.kind in ("group", "of"):
        return None
    if a.tail.kind in ("group", "of") and _ELLIPSIS_AFTER.match(view.text, b.st.end) is None:
        return None  # but "62% of Labour voters said so. Now 48% do": the same people
    if view.by_sent[b.sent][0] is not b.st or view.by_sent[a.sent][-1] is not a.st:
        return None
    text = view.text
    if _NOW_START.match(text, view.sents.start(b.sent), b.st.start) is None:
        return None
    then = _THEN_START.match(text, view.sents.start(a.sent), a.st.start)
    t_a = a.tail.time
    if then is not None and then["t"] is not None:
        key = time_key(then["t"])
        if not key.past and key.period is None:
            return None  # "Now ..." twice, or "This year ..."
        t_a = key
    elif then is None and (t_a is None or not (t_a.past or t_a.period is not None)):
        return None
    if _GROUP_WORD.search(text, view.sents.start(b.sent), b.st.start) is not None:
        return None  # "Now, among renters, 61% do": another group
    return view.one(view.pair(i, i + 1, "anaphor", t_a, b.tail.time, orderable=False))


THEN_NOW_RULE: Final = PairRule(
    "then_now", "neighbours", then_now,
    examples=(
        ("The council asked in 2021 whether the park should close. At the time, 35% said "
         "yes. Now 48% do.", (35, 48)),
        ("When the question was last asked, in May, 62% agreed. Today 57% do.", (62, 57)),
        ("In the 2023 poll, 62 percent of Labour voters called the NHS good. Now 48 percent "
         "do.", (62, 48)),
    ),
    near_misses=(
        "At the time, 35% said yes. Now, among renters, 48% do.",
        "In 2023, 62% of Labour voters called the NHS good. Now 48% want reform.",
        "At the time of the survey, 9% were unsure. Now 12% are.",
        "Some 35% said yes. Now 48% want a vote.",
    ),
)


# -- "In the spring, only 47% did." ---------------------------------------------------------

_THEN_DID_AFTER = regex.compile(
    r"""(?:\s+of\s+(?:all\s+)?(?:respondents|those\s+(?:polled|asked|surveyed)|adults))?
    (?:\s+in\s+the\s+same\s+(?:survey|poll|series|tracker|study))?  # "... in the same series"
    \s+(?:(?:had|have)\s+)?(?:did|do|had|agreed|disagreed|said\s+so|thought\s+so
       |felt\s+(?:that\s+way|the\s+same)|were|was
       # "22% had named it", "31% had done so", "18% had cited them": a pluperfect verb
       # whose object stands for what the sentence before measured
       |(?<=had\s)\p{L}{3,20}\s+(?:it|so|them|this|that|the\s+same))(?!\w)\s{0,2}[.!;]""",
    _F,
)


def then_did(view: PairView, i: int) -> Candidate | None:
    """``Some 55% back the measure. In the spring, only 47% did.``: a sentence that starts
    with an earlier time and holds one figure with only "did" (or "said so", "agreed") after
    it gives the earlier value of the figure of the same group in the sentence before."""
    near = _neighbours(view, i)
    if near is None or near[1].sent != near[0].sent + 1:
        return None
    a, b = near
    text = view.text
    if len(view.by_sent[b.sent]) != 1 or _THEN_DID_AFTER.match(text, b.st.end) is None:
        return None
    then = _THEN_START.match(text, view.sents.start(b.sent), b.st.start)
    if then is None or (then["t"] is not None and not _earlier(then["t"])):
        return None
    if then["t"] is not None and then["t"].lower().startswith("by"):
        return None  # "By June 2023, 47% agreed": a later time
    if _GROUP_WORD.search(text, view.sents.start(b.sent), b.st.start) is not None:
        return None  # "In May, among renters, 47% did": another group
    j = view.latest_like(i + 1, 1)
    whole = view.latest_like(i + 1, 2) if b.st.group is None else None
    if ((j is None or view.figs[j].sent != a.sent) and whole is not None
            and view.figs[whole].sent == a.sent - 1
            and all(st.group is not None for st in view.by_sent[a.sent])):
        # "57% say so. Among pensioners it was 68%, among students 41%. In March, 63% had
        # said so": the whole sample's figure before a sentence of groups only
        j = whole
    elif j is None or view.figs[j].sent != a.sent:
        # none of its own group ("55% of drivers ... 47% did"): the sentence's first figure
        first = view.by_sent[a.sent][0]
        j = bisect.bisect_left(view.fig_starts, first.start)
        if (first.kind, first.unit) != (b.st.kind, b.st.unit) or view.decided.is_from(first):
            return None
    # the time of the figure it is set against ("41%, up from 35% in March. A year earlier,
    # 24% had said so": the 41%'s, not its March baseline's)
    said_a = _THEN_START.match(text, view.sents.start(a.sent), view.figs[j].st.start)
    t_a = view.figs[j].tail.time or (time_key(said_a["t"]) if said_a and said_a["t"] else None)
    if then["t"] is not None and t_a is not None and time_key(then["t"]).before(t_a) is False:
        return None  # "In May 2022, 40% agreed. In June 2023, 47% did.": b is the later
    t_b = time_key(then["t"]) if then["t"] is not None else None
    pair = view.pair(i + 1, j, "anaphor", t_b, view.figs[j].tail.time, orderable=False)
    # a figure already set against one earlier wave takes this one too ("41%, up from 35% in
    # March. A year earlier, 24% had said so": 35 -> 41 and 24 -> 41)
    return Candidate((pair,), reopens=view.figs[j].st if view.is_to(j) else None)


THEN_DID_RULE: Final = PairRule(
    "then_did", "neighbours", then_did,
    examples=(
        # the whole sample named again before "said so"
        ("Some 58% of Danes expect prices to keep rising. In April 2024, 71% of respondents "
         "in the same survey said so.", (71, 58)),
        ("Some 55% of drivers back the toll. In the spring, only 47% did.", (47, 55)),
        ("About 38% trust the council, with 9% unsure. A year ago, 44% did.", (44, 38)),
        # a pluperfect verb with a pronoun object standing for the measure
        ("Some 34% of Ontario firms cited labour shortages. A year earlier, 27% had named "
         "them.", (27, 34)),
        # a figure already set against a nearer wave takes the year-earlier one too
        ("Some 46% of Mumbai renters expect higher rents, up from 41% in March. A year "
         "earlier, 33% had said so.", (33, 46)),
        # a sentence of group figures between; the earlier wave named by its month
        ("A Median poll shows 44% of Slovaks expect a recession. Among the unemployed the "
         "share is 61%, and among managers 29%. In the January wave of the same survey, 38% "
         "had said so.", (38, 44)),
    ),
    near_misses=(
        "Some 55% of drivers back the toll. In the spring, among cyclists, 47% did.",
        "Some 34% of Ontario firms cited labour shortages. A year earlier, 27% had cut jobs.",
        "Some 55% of drivers back the toll. In Leeds, 47% did.",
        "In May 2022, 40% agreed. By June 2023, 47% did.",
        "In May 2022, 40% agreed. In June 2023, 47% did.",
    ),
)


# -- a clause that refers back -------------------------------------------------------------

_ANAPHOR_PREFIX = regex.compile(
    rf"""
    \s{{0,4}}(?:(?P<t0>{TIME}(?:\s+(?:last|this)\s+year)?)[\s,]{{1,4}})?   # "In April last year"
    (?:(?:in|at|during)\s+the\s+[^;%\n]{{1,60}}?,\s{{1,3}})?   # ", in the cycle that began ...,"
    (?:
        (?:{_ANAPHOR})\s+(?:(?P<t1>{TIME})[\s,]{{1,4}})?(?:{_ANAPHOR_VERB})
      | (?:that|this|it|the\s+figure)(?:\s+|(?=['’]s\s))(?P<cmp>compares|compared
           |(?:is|was|['’]s)\s+(?:(?:slightly|sharply|well|only|just|marginally|also|still)\s+)?
            (?:up|down))\s+(?:with|to|from)                # "That was slightly down from"
      | (?:{_ANAPHOR}|that|this)\s+(?:(?:has|had|have)\s+)?(?:(?:since|then|again|now)\s+)?
        (?P<verb>{_VERBS})\s+(?:(?:again|further|back)\s+)?(?:to|at)
    )
    \s+(?:(?P<t2>{TIME})[\s,]{{1,4}})?(?:{_QUAL}\s+)?
    """,
    _F,
)


#: "that figure", "this share": a demonstrative points at the figure named last, not at the
#: subject of the sentence before ("61% said X, and one in four Y. That figure was 18%")
_DEMONSTRATIVE = regex.compile(
    rf"""(?<!\w)(?:{alternation([w for w in words(_CMP, "anaphor")
                                if w.split()[0].lower() in ("that", "this")])})(?!\w)""",
    _F,
)
#: "44% back it, with 5% unsure": a figure in an absolute clause is no antecedent of its own
_WITH_BEFORE = regex.compile(
    rf"(?r)(?<!\w)with\s+(?:(?:{_QUAL}|just|only|some|another)\s+)?\Z", _F
)
#: a second "from" after a baseline: "up from 3.9% in 2018, and from 3.5% in 2014"
_AND_FROM = regex.compile(rf"[\s,]{{0,4}}and\s+(?:(?:up|down)\s+)?from\s+(?:{_QUAL}\s+)?", _F)


#: an earlier value after a back reference, its verb left out: "A fortnight ago it was
#: -35, and at the start of the year -29", "... it was 45%, and 49% in January"
_ELIDED_GAP = regex.compile(
    rf"""[\s,;]{{0,4}}(?:and|while)\s+(?:(?P<t>{TIME})[\s,]{{1,4}})?(?:{_QUAL}\s+)?""", _F
)


def _elided(view: PairView, b: Figure, nxt: Figure) -> TimeKey | None:
    """The time of ``nxt`` when it is a further earlier value of ``b``'s measure with its
    verb left out (its own time before or after it, not "now"); else None."""
    if nxt.sent != b.sent or (nxt.st.kind, nxt.st.unit) != (b.st.kind, b.st.unit):
        return None
    m = _ELIDED_GAP.fullmatch(view.text, b.tail.end if b.tail.kind == "time" else b.st.end,
                              nxt.st.start)
    if m is None or nxt.tail.kind in ("group", "of"):
        return None
    t = time_key(m["t"]) if m["t"] else (nxt.tail.time if nxt.tail.kind == "time" else None)
    return None if t is None or t.present else t


def anaphor(view: PairView, i: int) -> Candidate | None:
    """``... 47% backed it. A year earlier, the figure was 41%.`` (or after a ``;``); a
    further earlier value with its verb left out (``..., and in January 38%``) is the step
    before the baseline."""
    near = _neighbours(view, i)
    if near is None or near[1].sent not in (near[0].sent, near[0].sent + 1):
        return None
    a, b = near
    nxt = view.figs[i + 2] if i + 2 < len(view.figs) else None
    t_nxt = _elided(view, b, nxt) if nxt is not None and not _listed(view, i + 1) else None
    if nxt is not None and nxt.sent == b.sent and not _listed(view, i + 1) and (
        _AND_FROM.fullmatch(view.text, b.tail.end if b.tail.kind == "time" else b.st.end,
                            nxt.st.start) is None
    ) and t_nxt is None:
        # but "That is down from 36% in May, 38% in April ...": a series follows ("That was
        # up from 3.9% in 2018, and from 3.5% in 2014": a second baseline, paired later)
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
    later = said is not None and said.lstrip().lower().startswith("by ")
    if m["verb"] is not None or later:
        # "By 2024 that had fallen to 26%", "by March the figure was 44%": b is the later
        if (m["verb"] is not None and a.sent == b.sent) or (b.st.kind, b.st.unit) != (
            a.st.kind, a.st.unit
        ):
            return None
        return view.one(view.pair(i, i + 1, "anaphor", a.tail.time, t_b, orderable=False))
    if t_b is None and m["cmp"] is None:
        return None
    neutral = m["cmp"] is not None and m["cmp"].lower().startswith("compare")
    # what "the figure" refers to: the first figure of its group in the clause before ("44%
    # back it, with 5% unsure. The figure was 51% in May" sets 51% against the 44%)
    j = view.latest_like(i + 1, 0 if a.sent == b.sent else 1)
    if j is None or view.figs[j].sent != a.sent:
        j = i
    elif (j != i and _DEMONSTRATIVE.search(m[0]) is not None
          and not view.decided.is_from(a.st)
          and _WITH_BEFORE.search(view.text, max(0, a.st.start - 30), a.st.start) is None):
        j = i  # "..., and one in four said so. That figure was 18% a year ago"
    t_j = view.figs[j].tail.time
    pair = view.pair(i + 1, j, "anaphor", t_b, t_j, orderable=neutral)
    if _dated_after(t_b, t_j, view.figs[j].st):
        # "Some 12% said so in 2021. In 2023 the figure was 19%": the later date is later
        pair = view.pair(j, i + 1, "anaphor", t_j, t_b, orderable=False)
    pairs: tuple[Pair, ...] = (pair,)
    if t_nxt is not None and said is not None:
        pairs += (view.pair(i + 2, i + 1, "anaphor", t_nxt, t_b, orderable=False),)
    return Candidate(pairs, reopens=view.figs[j].st if j != i and view.is_to(j) else None)


def _dated_after(t_b: TimeKey | None, t_j: TimeKey | None, st: Statistic) -> bool:
    """Whether the time ``t_b`` a later sentence gives its figure is a year after that of
    the figure ``st`` it refers back to (its own time ``t_j``, else its attributed period)."""
    if t_b is None or t_b.year is None:
        return False
    year = t_j.year if t_j is not None else None
    if year is None and st.period is not None and st.period.period is not None:
        year = st.period.period.year
    return year is not None and t_b.year > year


ANAPHOR_RULE: Final = PairRule(
    "anaphor", "neighbours", anaphor,
    examples=(
        # a month and "last year" before the anaphor
        ("Just 14% of builders expect more orders. In May last year the figure was 22%.",
         (22, 14)),
        # the later sentence's year after the figure's own: the later one
        ("Some 12% of Kenyans used mobile loans in 2021. In 2024 the figure was 19%.",
         (12, 19)),
        ("In the new poll 54% backed the plan. Two years earlier, the figure was 47%.",
         (47, 54)),
        ("About 23% walk to school now; that compares with 31% in 2012.", (31, 23)),
        ("About 38% of Australians trust the ABC. That's up from 33% in 2022.", (33, 38)),
        ("Some 46 per cent of Indians back the reform; it’s down from 52 per cent last year.",
         (52, 46)),
        ("In May, 40% said they would cycle; by July the figure was 46%.", (40, 46)),
        ("Two years ago, 30% used the app. That number has now risen to 38%.", (30, 38)),
        ("Some 41.5% rate the council as good. That is down from 43% in August, 45% in July "
         "and 46% in June.", (43, 41.5)),
        # an adverb before "down"; a second "from" after the baseline
        ("The survey found 33.6 per cent of nurses felt burnt out. That was slightly down from "
         "34.9 per cent a year earlier.", (34.9, 33.6)),
        ("In 2023, 5.1 percent felt lonely. That was up from 3.9 percent in the 2018 survey, "
         "and from 3.5 percent in 2014.", (3.9, 5.1)),
        ("In the latest Ipsos poll 62% trust the RBI. That is well up from 55% in 2022, and up "
         "from 49% in 2019.", (55, 62)),
        # the earlier survey described after the time
        ("Some 47% of Scots back independence. A year earlier, in the poll taken before the "
         "budget, the figure was 44%.", (44, 47)),
        ("In the latest cycle 37.8% found bills hard to pay, up from 35.9% in July. A year "
         "earlier, in the cycle that began Aug. 9, 2023, the figure was 36.4%.", (36.4, 37.8)),
        # "that figure", "this share": the figure named last, in a clause of its own
        ("Among tenants, 58 per cent said rent was their biggest bill, and one in four had "
         "missed a payment. That figure was 22 per cent a year ago.", (22, 25)),
        ("Only 41 percent of nurses knew the new law, and just 16 percent of those assaulted "
         "had reported it. That share stood at 11 percent in 2022.", (11, 16)),
        ("Some 52% of farmers expect a poor harvest, while 27% have cut their herds. This "
         "proportion was 19% in 2023.", (19, 27)),
        ("Nearly 63% of Dubliners back the levy; 35% say they would pay more. That number was "
         "29% in 2021.", (29, 35)),
        ("About 48 per cent of Gauteng residents feel unsafe at night, but only 14 per cent "
         "have reported a crime. That percentage was 17 per cent in 2020.",
         (17, 14)),
        # ... but a figure in a "with" clause is no antecedent of its own
        ("Some 44% back the new pipeline, with 6% unsure. That figure was 39% in May.",
         (39, 44)),
        # a further earlier value, its verb left out: the step before the baseline
        ("The Premier's net satisfaction is minus 12. A month ago it was minus 7, and at the "
         "start of the year plus 2.", (2, -7)),
        ("Trudeau's approval is 31%. In June it was 35%, and in January 39%.", (39, 35)),
        ("Some 52 per cent back the Voice. Last month it was 56 per cent, and 61 per cent in "
         "March.", (61, 56)),
    ),
    near_misses=(
        "Some 52 per cent back the Voice. Last month it was 56 per cent, and 61 per cent of "
        "women agreed.",
        "Trudeau's approval is 31%. Among men it was 35%, and in January 39%.",
        "In the new poll 54% backed the plan. Among renters, the figure was 47%.",
        "Some 41.5% rate the council as good. That is down from 43% in August, while 45% rate "
        "the mayor well.",
        "About 23% walk to school; 31% take the bus.",
        "Some 47% of Scots back independence. Among men, in the same poll, the figure was 44%.",
    ),
)


# -- a baseline that refers back to a figure sentences before -------------------------------

_BACK_NOUN = alternation_of(_CMP, "back_reference_noun")
#: characters from a sentence's start to its figure a back reference can span (a longer
#: opening holds none, and fullmatch over it would scan it for a literal first)
_BACKREF_REACH: Final = 300
_BACKREF_START = regex.compile(
    rf"""
    [\s“"‘(]{{0,4}}(?:(?:and|but|yet|so)[\s,]{{1,4}})?
    (?P<subj>(?:(?P<name>(?-i:\p{{Lu}})[\w.&-]{{1,25}}(?:\s(?-i:\p{{Lu}})[\w.&-]{{1,25}}){{0,2}})
          ['’]s?                                   # "The NDA's projected share"
         |that|this|the|its|his|her|their)
       \s+(?P<mods>(?:[\w'’-]{{1,20}}\s+){{0,2}})(?:{_BACK_NOUN})
       |that|this|it)
    \s+(?:(?:still|now|also)\s+)?
    (?:(?:is|was|has\s+been|remains|remained|stays|stood|stands|sits|compares|compared
       |would\s+be|will\s+be|came\s+in|comes\s+in|fell|falls|dropped|slipped|sank
       |is\s+now|was\s+now)\s+)?                      # "The figure also came in below"
    (?:(?:still|now|also)\s+)?
    (?:(?:well|far|slightly|just|only|much|somewhat|sharply)\s+)?
    (?P<cue>down\s+from|up\s+from|with|below|above|under|beneath|higher\s+than|lower\s+than
       |short\s+of
       |(?:down|up)\s+(?:{_QUAL}\s+)?[\w.]{{1,8}}\s+(?:percentage[\s-])?points?\s+(?:on|from))
                                                    # "That would be up 8 points on the"
    \s+(?:(?:the|a|an|its)\s+)?
    (?P<rec>(?:previous|record|all-time|earlier|prior|former)[\s-]+(?:low|high|peak)\s+of\s+)?
                                                    # "below the previous low of 27.6%"
    (?:(?:average|overall|national|net|two-party)\s+)?
    (?:(?:lead|gap|margin|advantage|edge|deficit|rating|score|share)\s+of\s+)?
                                                    # "down from an average lead of 6.8 points"
    (?:{_QUAL}\s+)?
    """,
    _F,
)
#: "Her rating had stood at 71% in September": a back-reference subject in the past perfect,
#: then the figure with a time of its own
_HAD_STOOD_START = regex.compile(
    rf"""
    [\s“"‘(]{{0,4}}(?:(?:and|but|yet)[\s,]{{1,4}})?
    (?:(?P<name>(?-i:\p{{Lu}})[\w.&-]{{1,25}}(?:\s(?-i:\p{{Lu}})[\w.&-]{{1,25}}){{0,2}})['’]s?
       |that|this|the|its|his|her|their)
    \s+(?:[\w'’-]{{1,20}}\s+){{0,2}}(?:{_BACK_NOUN})
    \s+had\s+(?:(?:already|previously|earlier|only)\s+)?
    (?:stood\s+at|been|sat\s+at|hovered\s+at|reached|peaked\s+at|bottomed\s+out\s+at
       |(?:risen|fallen|climbed|dropped|slipped|slumped|sunk)\s+to)
    \s+(?:{_QUAL}\s+)?""",
    _F,
)
_RECORD_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:below|above|under|beneath|short\s+of|higher\s+than|lower\s+than
       |surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|match(?:es|ed|ing)?
       |top(?:s|ped|ping)?)
    \s+(?:the|its|his|her|their)\s+(?:{_QUAL}\s+)?\Z""",
    _F,
)
_RECORD_AFTER = regex.compile(
    r"""\s+(?:[\p{L}'’.-]{1,30}\s+){0,3}?
    (?:recorded|registered|scored|posted|hit|reached|had|got|polled|measured|logged|achieved
       |won|saw|found|showed)(?!\w)""",
    _F,
)
#: "from 2015, when AP-NORC first asked the question and": a time, a clause about it, then
#: the figure that ends it with "said so" (:data:`_SAID_SO_AFTER`)
_WHEN_AND_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:since|from|in|back\s+in)\s+(?P<t>{TIME}),?\s+when\s+
    (?:(?!(?:and|but|while)(?!\w))[\w'’.-]{{1,20}}\s+){{1,8}}?and\s+(?:{_QUAL}\s+)?\Z""",
    _F,
)
_SAID_SO_AFTER = regex.compile(
    r"""(?:\s+of\s+(?:[\w'’-]{1,20}\s+){1,3}?)?\s+
    (?:said\s+so|did\s+so|did|agreed|thought\s+so|felt\s+that\s+way)(?!\w)""",
    _F,
)
_SINCE_WHEN_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:(?:since|in|back\s+in)\s+(?P<t>{TIME})
       |(?P<t>(?:[\w-]{{1,12}}\s+)?(?:days?|weeks?|months?|years?)\s+(?:ago|earlier)))
    [\s,]{{1,3}}when\s+                                # "four months ago, when"
    (?:(?!(?:and|but)(?!\w))[\w'’-]{{1,20}}\s+){{0,3}}?(?:{_QUAL}\s+)?\Z""",
    _F,
)
#: a sentence that opens with a name and goes on about it: "Quebec was also the lowest in
#: 2022, when its rate was 16.0%"
_OPENING_NAME = regex.compile(
    r"""[\s“"‘(]{0,4}(?P<name>(?-i:\p{Lu})[\w.&'’-]{1,25}(?:\s(?-i:\p{Lu})[\w.&'’-]{1,25}){0,2})
    \s+(?:was|were|is|are|had|has|have|also|again|remained|remains|stood)(?!\w)""",
    _F,
)


#: the clause after a baseline figure, to its first stop: "the 17% Gallup recorded a year ago"
_CLAUSE_AFTER = regex.compile(r"[^,;:.!?()\n]{1,60}", _F)
_PAST_TIME = regex.compile(rf"(?<!\w){TIME}", _F)


def _past_in(view: PairView, b: Figure, end: int) -> TimeKey | None:
    """A relative past time in the clause after figure ``b`` ("the 19% recorded a year
    ago", "the 31% of last spring"), when the clause names no group."""
    c = _CLAUSE_AFTER.match(view.text, b.st.end, min(end, b.st.end + 60))
    if c is None or _GROUP_WORD.search(view.text, b.st.end, c.end()) is not None:
        return None
    return _past_time(view.text, b.st.end, c.end())


def _past_time(text: str, lo: int, hi: int, *, gated: bool = True) -> TimeKey | None:
    """The first relative past time in ``text[lo:hi]``, looked for only where a time phrase
    may be (``periods.time_words_in``; ``gated=False``, for tests, always looks)."""
    if gated and not time_words_in(text, lo, hi):
        return None
    for m in _PAST_TIME.finditer(text, lo, hi):
        key = time_key(m[0])
        if key.past and not key.present:
            return key
    return None


def back_reference(view: PairView, n: int) -> Candidate | None:
    """A baseline that refers back to a figure stated before it, not its neighbour:
    ``... That lead is down from 8 points`` or ``The rating is still well below the 38% ...``
    (a sentence that starts with "that lead", "the rating"); ``below the 18% he recorded in
    December 2018`` (a figure "recorded" at a past date); ``... reached 7.5%, tripling since
    2010, when 2.5% did``. The later end is the nearest figure before it of the same kind and
    group that is not itself a baseline (:meth:`PairView.latest_like`); it may be the later
    end of another pair too."""
    i = bisect.bisect_left(view.fig_starts, view.stats[n].start)
    if i >= len(view.figs) or view.figs[i].st is not view.stats[n]:
        return None  # not a level figure
    b, text = view.figs[i], view.text
    if view.decided.is_from(b.st) or view.is_to(i):
        return None
    if (second := _second_back(view, i)) is not None:
        return second
    start, end = view.sents.start(b.sent), view.sents.end(b.sent)
    said = None
    back = 2
    grouped = b.tail.kind in ("group", "of")  # "when 3% of drivers did": its group decides
    if (not grouped and b.st.start - start <= _BACKREF_REACH
            and (m := _BACKREF_START.fullmatch(text, start, b.st.start)) is not None):
        if "point" in m["cue"].lower() and m["subj"].lower() not in ("that", "this", "it"):
            return None  # "The BJP's share is up 1 point from 38%": its own earlier figure
        said = _time_in(view, b.st.end, min(end, b.st.end + 80)) or _past_in(view, b, end)
        if m["rec"] and _GROUP_WORD.search(text, b.st.end, min(end, b.st.end + 40)):
            return None  # "above the previous low of 31% seen among bankers": a group's
        if said is None and not m["cue"].lower().startswith(("up", "down")) and not m["rec"]:
            return None  # "That is well below the 51% seen among owners": not a time
    elif (not grouped and b.st.start - start <= _BACKREF_REACH and b.tail.kind == "time"
          and b.tail.time is not None and not b.tail.time.present
          and (m := _HAD_STOOD_START.fullmatch(text, start, b.st.start)) is not None):
        said = b.tail.time  # "Her rating had stood at 71% in September"
    elif not grouped and _RECORD_BEFORE.search(
        text, max(start, b.st.start - 40), b.st.start
    ) is not None:
        verb = _RECORD_AFTER.match(text, b.st.end, min(end, b.st.end + 60))
        if verb is None:
            return None
        said = _time_in(view, verb.end(), min(end, verb.end() + 50))
        if said is None:
            return None
    else:
        m = _SINCE_WHEN_BEFORE.search(text, max(start, b.st.start - 80), b.st.start)
        if m is None and _SAID_SO_AFTER.match(text, b.st.end, min(end, b.st.end + 40)):
            # "up 9 points from 2015, when the poll first asked the question and 38% said so"
            m = _WHEN_AND_BEFORE.search(text, max(start, b.st.start - 120), b.st.start)
        if m is None:
            return None
        said, back = time_key(m["t"]), 0
    j = view.latest_like(i, back)
    if (j is None and m is not None and m.re is _SINCE_WHEN_BEFORE
            and (opening := _OPENING_NAME.match(text, start, b.st.start)) is not None):
        # "... and Quebec the lowest, at 18.5%. Quebec was also the lowest in 2022, when its
        # rate was 16.0%": the named subject's figure in the sentences before
        j = _named_later(view, i, _name_key(opening["name"]), None)
    if m is not None and m.re in (_BACKREF_START, _HAD_STOOD_START) and m["name"]:
        j = _named_later(view, i, _name_key(m["name"]), j)
    elif m is not None and m.re is _BACKREF_START and m["mods"]:
        j = _described_later(view, i, _stems(m["mods"].replace("-", " ")), j)
    if j is None:
        return None
    j = _topic(view, j)
    a = view.figs[j]
    pair = view.pair(i, j, "anaphor", said or b.tail.time, a.tail.time, orderable=False)
    return Candidate((pair,), reopens=a.st if view.is_to(j) else None)


def _second_back(view: PairView, i: int) -> Candidate | None:
    """``That is down from -37 in February and compares with a net score of +2 in July
    2024``: figure ``i`` after a cue of its own joined to a baseline before it in its sentence
    whose later end was found further back is a second baseline of that later end."""
    if i == 0 or view.figs[i - 1].sent != view.figs[i].sent:
        return None
    a, b = view.figs[i - 1], view.figs[i]
    t = view.decided.later_end(a.st)
    if t is None or t.start >= view.sents.start(a.sent) or b.tail.kind in ("group", "of"):
        return None
    if (t.kind, t.unit) != (b.st.kind, b.st.unit):
        return None
    gb, gt = b.st.group, t.group
    if (gb is None) != (gt is None) or (gb is not None and gt is not None and (
            gb.key or gb.words.value.casefold()) != (gt.key or gt.words.value.casefold())):
        return None  # "and well below the 52% of farmers recorded in 2020": another group
    at = a.tail.end if a.tail.kind == "time" else a.st.end
    if AND_CUE_GAP.fullmatch(view.text, at, b.st.start) is None and not (
        # "The latest reading is up from 64% in 2020 and 48% in 2009": a bare "and" when the
        # first baseline opens its sentence's figures (not a list read as a chain)
        (i < 2 or view.figs[i - 2].sent != a.sent) and dated_and(view.text, a, b)
    ):
        return None
    k = bisect.bisect_left(view.fig_starts, t.start)
    if k >= len(view.figs) or view.figs[k].st is not t:
        return None
    pair = view.pair(i, k, "anaphor", b.tail.time, view.figs[k].tail.time, orderable=False)
    return Candidate((pair,), reopens=t)


def _topic(view: PairView, j: int) -> int:
    """Figure ``j``, or, when its sentence looks back from a figure stated before it ("fell
    5.6 points from 33.0% in April, while disapproval rose to 58.9%" after "dropped to
    27.4%"), that earlier figure: a figure of ``j``'s sentence before it is the baseline of
    a figure in an earlier sentence, which is what the sentence is about."""
    a = view.figs[j]
    for k in range(j - 1, max(-1, j - 12), -1):
        f = view.figs[k]
        if f.sent != a.sent:
            break
        if (f.st.kind, f.st.unit) != (a.st.kind, a.st.unit):
            continue
        t = view.decided.later_end(f.st)
        if t is not None and t.start < view.sents.start(a.sent):
            at = bisect.bisect_left(view.fig_starts, t.start)
            if at < len(view.figs) and view.figs[at].st is t:
                return at
    return j


#: characters before a figure its name is looked for in; the text before a named back
#: reference its name must appear in (it names something the text has named already)
_NAME_BEFORE: Final = 60
_NAME_SEEN: Final = 2000
_WORD_RE = regex.compile(r"[\p{L}&]+")


def _named_later(view: PairView, i: int, name: frozenset[str], j: int | None) -> int | None:
    """The later end of a back reference whose subject is named ("The NDA's projected share
    is up from ..."): the nearest earlier figure of the same kind with that name right before
    it, within two sentences; else ``j`` (the sentence's first figure) when the name was
    named before the reference at all; else none ("The Tories' share is down from 40%" after
    a sentence about Labour only)."""
    if not name:
        return None
    b = view.figs[i]
    for k in range(i - 1, max(-1, i - 1 - 24), -1):
        a = view.figs[k]
        if a.sent < b.sent - 2:
            break
        if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit) or view.decided.is_from(a.st):
            continue
        lo = max(view.sents.start(a.sent), a.st.start - _NAME_BEFORE)
        if k > 0 and view.figs[k - 1].sent == a.sent:
            lo = max(lo, view.figs[k - 1].st.end)  # "Noboa 50.6% against 49.4%": not the 49.4
        if any(w.casefold() in name for w in _WORD_RE.findall(view.text, lo, a.st.start)):
            return k
    start = view.sents.start(b.sent)
    seen = _WORD_RE.findall(view.text, max(0, start - _NAME_SEEN), start)
    if j is not None and any(w.casefold() in name for w in seen):
        return j
    return None


_CLAUSE_MARK = regex.compile(r"[,;:()—–]")
#: how far a figure's clause is read on each side of it
_CLAUSE_REACH: Final = 120


def _clause_stems(view: PairView, k: int) -> frozenset[str]:
    """The stems of the words of figure ``k``'s own clause (between the commas, semicolons,
    colons, brackets or dashes around it, at most :data:`_CLAUSE_REACH` characters away)."""
    f, text = view.figs[k], view.text
    lo = max(view.sents.start(f.sent), f.st.start - _CLAUSE_REACH)
    hi = min(view.sents.end(f.sent), f.st.end + _CLAUSE_REACH)
    before = list(_CLAUSE_MARK.finditer(text, lo, f.st.start))
    after = _CLAUSE_MARK.search(text, f.st.end, hi)
    lo = before[-1].end() if before else lo
    hi = after.start() if after is not None else hi
    return _stems(text[lo:hi].replace("-", " "))


def _described_later(view: PairView, i: int, mods: frozenset[str], j: int | None) -> int | None:
    """The later end of a back reference whose subject noun is described ("The
    wrong-direction figure is up from 57%"): the nearest earlier figure, within two
    sentences, of the same kind whose own clause holds all the describing words ("64% say
    the country is going in the wrong direction, against 22% who ..."); else ``j``."""
    if not mods:
        return j
    b = view.figs[i]
    for k in range(i - 1, max(-1, i - 1 - 24), -1):
        a = view.figs[k]
        if a.sent < b.sent - 2:
            break
        if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit) or view.decided.is_from(a.st):
            continue
        if _groups_clash(a, b) or a.sent == b.sent:
            continue
        if mods <= _clause_stems(view, k):
            return k
    return j


BACK_REFERENCE_RULE: Final = PairRule(
    "back_reference", "statistic", back_reference,
    examples=(
        ("The tram scheme is backed by 44% of residents, with 5% unsure. That share is down "
         "from 51% in the spring.", (51, 44)),
        # a relative time before "when": "four months ago, when it stood at"
        ("Her net rating is +7, half what it was four months ago, when it stood at +14.",
         (14, 7)),
        ("Support for the tax is 41%, down from where it was a year ago, when it stood at 47%.",
         (47, 41)),
        # a named subject taken up again, its earlier value after "when"
        ("Ontario had the highest vacancy rate, at 4.1%, and Manitoba the lowest, at 2.2%. "
         "Manitoba was also the lowest in 2021, when its rate was 1.8%.", (1.8, 2.2)),
        ("Kerala has the highest literacy rate, 94 per cent, and Bihar the lowest, 62 per "
         "cent. Bihar was also last in 2011, when its rate was 61.8 per cent.", (61.8, 62)),
        # the subject noun described by words of the later figure's own clause
        ("A new Ipsos poll finds 58% of Britons think the NHS is getting worse, while 21% "
         "say it is improving. The getting-worse share is up from 49% in the spring.",
         (49, 58)),
        ("Some 61 per cent of Quebecers oppose the pipeline, against 30 per cent who back "
         "it. The opposition figure is up from 55 per cent in 2023.", (55, 61)),
        # the earlier level named as a lead or gap of its own
        ("The BJP is at 41 per cent and Congress at 30 per cent, a lead of 11 points. That is "
         "down from a lead of 15 points in January.", (15, 11)),
        ("Averaged together, the polls give Labour a lead of 3.1 points. That is down from an "
         "average lead of 7.4 points across the spring polls.", (7.4, 3.1)),
        # a second dated baseline after a bare "and"
        ("In Alberta, 57 per cent back the pipeline. The latest reading is up from 49 per cent "
         "in 2021 and 41 per cent in 2018.", (41, 57)),
        ("Just 12% now trust the board, down from 15% in May. The survey puts it below the "
         "14% it recorded in 2019, its previous low.", (14, 12)),
        ("Among drivers, car-sharing reached 9.5%, a rate that has tripled since 2012, when "
         "about 3% of drivers did so.", (3, 9.5)),
        ("Now 58% of Canadians back the levy, up 14 points from 2019, when Abacus first "
         "asked the question and 44% said so.", (44, 58)),
        ("The mayor leads her rival by 6 points, with 9% undecided. That lead is down from "
         "10 points in June.", (10, 6)),
        ("Plaid is on 19 per cent in the final poll. That would be well above "
         "the 11 per cent the party took in 2021.", (11, 19)),
        # a named subject: the figure after that name, or the sentence's first figure
        ("The ANC polls 41% in the Ipsos survey. The ANC's share is well below the 57.5% it "
         "won in 2019.", (57.5, 41)),
        ("Abacus has the Liberals at 38% and the Tories at 36%. The Tories' total is up from "
         "the 33% they recorded in January 2025.", (33, 36)),
        ("Fianna Fáil is on 22 per cent in the Red C poll. Fianna Fáil's projected share is "
         "down from the 26 per cent the party polled in 2020.", (26, 22)),
        # a previous record needs no date of its own
        ("Cabinet support slid to 23.1 percent, the survey showed. The rating also came in "
         "below the previous low of 24.0 percent logged in the spring.", (24.0, 23.1)),
        ("The AfD stands at 21 percent in the Forsa poll. The figure is now above the record "
         "high of 19 percent it reached last year.", (19, 21)),
        # the sentence between looks back from the current figure: that figure is the topic
        # the past perfect with a time of its own
        ("President Ortiz ended the year with the approval of 62% of adults. Her rating had "
         "stood at 66% in June.", (66, 62)),
        ("Support for the Greens is 12 per cent. Their share had been 15 per cent in the "
         "spring.", (15, 12)),
        ("The NDP is at 17% in the Angus Reid poll. The NDP's share had fallen to 14% in "
         "2023 before a recovery.", (14, 17)),
        ("Trust in the IEC is 58%. The figure had previously dropped to 49% in 2021.",
         (49, 58)),
        # a second baseline joined to the first by its own cue
        ("The mayor's net rating stands at −12 in the poll. That is down from −5 in March and "
         "compares with a net score of +8 after the election in 2022.", (8, -12)),
        ("Satisfaction with the Taoiseach is 38 per cent. That is down from 41 per cent in "
         "May and well below the 52 per cent recorded in 2020.", (52, 38)),
        ("Approval of the council has dropped to 31%. It fell 4 points from 35% in May, while "
         "disapproval rose to 60%. The figure also came in below the previous low of 32% "
         "recorded in 2022.", (32, 31)),
        # a relative past time after the baseline, not a date
        ("Gallup finds 41% of Americans back the union. The figure is above the 36% recorded "
         "a year ago.", (36, 41)),
        ("Some 58 per cent of Britons want rail nationalised. The figure remains well above "
         "the 49 per cent of last spring.", (49, 58)),
        ("Only 33% of Australians trust the ABC. That rating is below the 38% Roy Morgan found "
         "two years ago.", (38, 33)),
    ),
    near_misses=(
        "Some 58 per cent of Britons want rail nationalised. The figure remains well above "
        "the 49 per cent seen among Tory voters last spring.",
        "The tram scheme is backed by 44% of residents, with 5% unsure. Among renters, "
        "backing is down from 51% in the spring.",
        "Just 12% now trust the board. The survey puts it below the 14% average of its peers.",
        # the named subject has no figure before
        "Ontario had the highest vacancy rate, at 4.1%. Manitoba was the lowest in 2021, when "
        "its rate was 1.8%.",
        "The scheme is backed by 44% of residents and 30% of renters. That is well below the "
        "51% seen among owners.",
        "Labour won 41% of the vote in 2019. The Greens' share is up 2 points from 6% in 2019.",
        "The Conservatives are on 25% in the poll. Labour's share is up from 30% in 2019.",
        "Trust in the ECB stands at 38%. That is above the previous low of 31% seen among "
        "bankers.",
        "Approval of the mayor is 44%. Her rating had stood at 38% among men in 2023.",
        "Approval of the mayor is 44%. Her rating had stood at 38% for most of the term.",
    ),
)




# -- a group's baseline that refers back to the group's figure --------------------------------

#: "Among Black Americans, support is down from 44% in 2016", "For boomers, the figure was
#: barely changed from 30 per cent a year earlier": a sentence that opens with a group (or
#: whose subject is a back-reference noun of a group) and gives only that group's baseline.
_GROUP_BACK_START = regex.compile(
    rf"""
    [\s“"‘(]{{0,4}}(?:(?:and|but|yet|so)[\s,]{{1,4}})?
    (?:(?:among|for|with)\s+(?P<grp>[^,;:%()]{{2,60}}?),\s{{1,3}}(?:though\s+|however,\s+)?
      |in\s+(?P<grp>\p{{Lu}}[^,;:%()]{{1,40}}?)(?:,\s{{1,3}}|\s+(?=(?:the|that|this|its)\s)))?
                                                    # "In Tunisia that figure has fallen from"
    (?:(?:the|that|this|their|its)\s+)?(?:[\w'’-]{{1,20}}\s+)?(?:{_BACK_NOUN})
    (?:\s+(?:among|for|of)\s+(?P<grp2>[^,;:%()]{{2,50}}?))?
    \s+(?:(?:has|have|had)\s+(?:(?:also|since|now|only|already)\s+)?)?
    (?:(?:is|are|was|were|been)\s+)?
    (?:(?:still|now|also)\s+)?
    (?:(?:barely|little|largely|essentially|virtually|almost|slightly|sharply|well)\s+)?
    (?:(?:edged|inched|ticked|moved|gone|come)\s+)?
    (?P<cue>(?:up|down)\s+from|(?:un)?changed\s+from|(?:{_VERBS})\s+from)
    \s+(?:(?:the|a|an)\s+)?(?:{_QUAL}\s+)?""",
    _F,
)


def group_back_reference(view: PairView, n: int) -> Candidate | None:
    """A group's baseline in a sentence of its own: ``... Black adults (33%) ... Among Black
    Americans, support is down from 44% in 2016.`` The sentence opens with the group ("among
    X,", "support among X") and holds no other figure before the baseline; the later end is
    the nearest figure before it with the same group key (:meth:`PairView.latest_like`), one
    or two sentences back. Without a group on both, nothing is paired."""
    i = bisect.bisect_left(view.fig_starts, view.stats[n].start)
    if i >= len(view.figs) or view.figs[i].st is not view.stats[n]:
        return None
    b, text = view.figs[i], view.text
    if view.decided.is_from(b.st) or view.is_to(i) or b.st.group is None:
        return None
    if b.tail.kind in ("group", "of"):
        return None
    start = view.sents.start(b.sent)
    if b.st.start - start > _BACKREF_REACH:
        return None
    m = _GROUP_BACK_START.fullmatch(text, start, b.st.start)
    if m is None or (m["grp"] is None and m["grp2"] is None):
        return None
    j = view.latest_like(i, 2)
    if j is None or view.figs[j].sent == b.sent:
        return None
    a = view.figs[j]
    said = b.tail.time if b.tail.kind == "time" else _time_in(
        view, b.st.end, min(view.sents.end(b.sent), b.st.end + 80))
    if said is None:
        return None
    pair = view.pair(i, j, "anaphor", said, a.tail.time, orderable=False)
    return Candidate((pair,), reopens=a.st if view.is_to(j) else None)


GROUP_BACK_REFERENCE_RULE: Final = PairRule(
    "group_back_reference", "statistic", group_back_reference,
    examples=(
        ("Some 48% of Hispanic adults back the wall, as do 61% of White adults. Among "
         "Hispanic Americans, support is up from 39% in 2019.", (39, 48)),
        ("Labour is on 34 per cent among voters under 35. For those under 35, the figure is "
         "down from 41 per cent a year earlier.", (41, 34)),
        ("Nearly 38 per cent of Dalit voters back the BJP, the CSDS survey shows. Among Dalit "
         "respondents, support is up from 31 per cent in 2019.", (31, 38)),
        ("Some 56% of Germans under 30 trust the EU, against 41% of those over 60. For the "
         "under-30s, the share is up from 48% in 2021.", (48, 56)),
        # a country of a survey taken in several countries
        ("The Afrobarometer round covered four countries. In Ghana, 44% trust parliament, "
         "compared with 27% in Kenya and 21% in Uganda. In Kenya that figure is down from 35% "
         "in 2021.", (35, 27)),
    ),
    near_misses=(
        # another group than the figure before
        "Some 48% of Hispanic adults back the wall. Among Black Americans, support is up "
        "from 39% in 2019.",
        # no time for the baseline: a comparison of groups, not of waves
        "Some 48% of Hispanic adults back the wall. Among Hispanic Americans, support is up "
        "from 39% among the young.",
        # no group: the back_reference rule's business
        "Some 48% back the wall. Support is up from 39% in 2019 among all adults.",
        # a figure of everyone before
        "Some 48% back the wall, the poll found. Among renters, backing is down from 51% in "
        "the spring.",
    ),
)


# -- an earlier value of the same stance in a sentence of its own ----------------------------

#: how many sentences back "In X's previous survey, in May, ..." finds the current figures
_THEN_WAVE_SENTS: Final = 4
_THEN_GAP: Final = 90  # characters from a time opening to a figure it dates
#: How long a time opening can be ("In the poll's previous wave, in late January 2024, ..."):
#: a figure further into its sentence than this and the gap is not dated by the opening, and
#: no per-figure match runs over a long sentence of figures.
_THEN_REACH: Final = 300


_WORD_RE_STEMS = regex.compile(r"[\p{L}'’]{3,}")


#: the object after a stance word: "backed the government", "backed a rival plan" (not
#: "approved of his work", "backed it": a pronoun takes up the object before)
_OBJECT = regex.compile(
    r"""\p{L}*+\s+(?:of\s+)?+(?!(?:it|them|him|her|his|its|their|this|that|these|those|and|or
       |but|while|in|at|on|a\s+year|last)(?!\w))
    (?:(?:the|a|an)\s+)?(?P<o>[\p{L}'’-]{2,25}(?:\s+[\p{L}'’-]{2,25})?)""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _object_words(view: PairView, i: int) -> frozenset[str]:
    """The first five letters of the words of the object after figure ``i``'s stance word."""
    f, text = view.figs[i], view.text
    m = STANCE_AFTER.match(text, f.st.end, min(len(text), f.st.end + 60))
    if m is None:
        return frozenset()
    o = _OBJECT.match(text, m.end(), min(view.sents.end(f.sent), m.end() + 60))
    if o is None:
        return frozenset()
    return frozenset(w.casefold()[:5] for w in _WORD_RE_STEMS.findall(o["o"])
                     if w.casefold() not in STOPWORDS)


def _clause_words(view: PairView, j: int) -> frozenset[str]:
    """The first five letters of the words around figure ``j`` in its sentence."""
    f, text = view.figs[j], view.text
    lo = max(view.sents.start(f.sent), f.st.start - 80)
    hi = min(view.sents.end(f.sent), f.st.end + 80)
    return frozenset(w.casefold()[:5] for w in _WORD_RE_STEMS.findall(text, lo, hi))


def then_stance(view: PairView, n: int) -> Candidate | None:
    """``... approval rating has risen to 51pc ... 42pc disapproved ... In January, 41pc had
    approved and 56pc disapproved``, ``33 per cent support the government ... A year ago, 36
    per cent backed it``: a figure in a sentence that opens with an earlier time, followed by
    the word of a stance (comparison.txt [stance_stem]), is the earlier value of the nearest
    figure of the same stance and group in the two sentences before."""
    return _then_stance(view, n, noun=False)


def then_stance_noun(view: PairView, n: int) -> Candidate | None:
    """``... approval stood at 64% ... A week earlier, approval had been 65% and disapproval
    22%``: as :func:`then_stance`, the stance named by its noun before the figure in its
    clause (asked after the one-figure frames of ``past_frame``)."""
    return _then_stance(view, n, noun=True)


def _then_stance(view: PairView, n: int, *, noun: bool) -> Candidate | None:
    """:func:`then_stance`; with ``noun``, the stance word is looked for before the figure."""
    i = bisect.bisect_left(view.fig_starts, view.stats[n].start)
    if i >= len(view.figs) or view.figs[i].st is not view.stats[n]:
        return None
    b, text = view.figs[i], view.text
    if view.decided.is_from(b.st) or view.is_to(i) or b.tail.kind in ("group", "of"):
        return None
    start = view.sents.start(b.sent)
    if b.st.start - start > _THEN_REACH + _THEN_GAP:
        return None  # the figure is too far into its sentence for its opening to date it
    then = _THEN_START.match(text, start, b.st.start)
    if (then is None or then["t"] is None or not _earlier(then["t"])
            or then["t"].lower().startswith("by") or b.st.start - then.end() > _THEN_GAP):
        return None
    if _GROUP_WORD.search(text, start, b.st.start) is not None:
        return None  # "In May, among renters, 47% backed it": another group
    stance = stance_of(view, i, before=False)
    if noun:
        stance = stance_of(view, i, before=True) if stance is None else None
    if stance is None:
        return None
    t_b = time_key(then["t"])
    # a sentence that names the survey's earlier wave looks further back for the current one
    reach = _THEN_WAVE_SENTS if then["wave"] else 2
    for j in range(i - 1, -1, -1):
        a = view.figs[j]
        if a.sent < b.sent - reach:
            return None
        if a.sent == b.sent or (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit):
            continue
        if view.decided.is_from(a.st) or _groups_clash(a, b) or (a.st.group is None) != (
                b.st.group is None):
            continue
        if stance_of(view, j, before=True) != stance:
            continue
        if not noun and not then["wave"] and not _object_words(view, i) <= _clause_words(
                view, j):
            return None  # "44% backed a rival plan": the earlier clause names another object
            # (the previous wave of the survey asked the same question, in its own words)
        if a.tail.time is not None and t_b.before(a.tail.time) is False:
            return None  # b is not the earlier one
        pair = view.pair(i, j, "anaphor", t_b, a.tail.time, orderable=False)
        return Candidate((pair,), reopens=a.st if view.is_to(j) else None)
    return None


THEN_STANCE_RULE: Final = PairRule(
    "then_stance", "statistic", then_stance,
    examples=(
        # a third figure after "and" takes no stance from the clause before it
        ("Some 52% backed the levy, 30% were against and 18% were unsure. In March, 25% were "
         "against.", (25, 30)),
        ("Approval of the Chancellor has fallen to 31 per cent, according to the ARD survey. "
         "Last autumn, 38 per cent approved of his work.", (38, 31)),
        ("Some 58% of Canadians now support the carbon levy, while 35% oppose it. A year ago, "
         "49% backed it.", (49, 58)),
        ("Nearly 62% of Indians trust the Election Commission. In 2019, 71% trusted it, the "
         "CSDS survey found.", (71, 62)),
        # the earlier wave named before the time that dates it
        ("Boric's approval is 33%, a Cadem survey shows, and 61% disapprove. In Cadem's "
         "previous survey, in late March, 36% approved and 58% disapproved.", (36, 33)),
        ("Boric's approval is 33%, a Cadem survey shows, and 61% disapprove. In Cadem's "
         "previous survey, in late March, 36% approved and 58% disapproved.", (58, 61)),
        ("The premier's approval has slipped to 40%. Disapproval climbed to 52%. In the last "
         "poll, taken in early June, 45% approved.", (45, 40)),
        ("Of those asked, 52% would vote to keep the monarchy, 38% were against and 10% "
         "undecided. When Gallup asked the same question in 2019, 57% were in favour and 33% "
         "against.", (33, 38)),
        # sentences about the fieldwork between; the question in other words
        ("Opinion is split on joining the pact, with 46% in favour and 42% against, a "
         "Promocija Plus survey shows. It polled 1,300 adults by phone. The margin of error "
         "is 2.7 points. In its previous pact survey, in March, 51% backed the move and 37% "
         "rejected it.", (37, 42)),
    ),
    near_misses=(
        # another stance
        "Some 58% of Canadians now support the carbon levy. A year ago, 49% opposed it.",
        # a later time
        "Some 58% of Canadians support the levy. By next year, 49% will back it.",
        # another group in the later sentence
        "Some 58% of Canadians support the levy. A year ago, among Albertans, 49% backed it.",
        # no stance word
        "Some 58% of Canadians support the levy. A year ago, 49% were unsure about it.",
    ),
)


THEN_STANCE_NOUN_RULE: Final = PairRule(
    "then_stance_noun", "statistic", then_stance_noun,
    examples=(
        ("Support for the Voice stood at 43% in the Resolve poll. Some 49% were opposed. In "
         "August, support was 46% and opposition 44%.", (46, 43)),
        ("Labour's approval rating is 38 per cent, the Ipsos poll found. Some 51 per cent "
         "disapprove and 11 per cent are unsure. In March, approval had been 41 per cent and "
         "disapproval 47 per cent.", (41, 38)),
    ),
    near_misses=(
        # another stance than the figure before states
        "Some 58% of Canadians now support the carbon levy. A year ago, opposition was 49%.",
        # a later time
        "Approval of the mayor is 41%. By next year, approval may reach 49% and disapproval "
        "40%.",
        # no stance named
        "Some 58% of Canadians support the levy. A year ago, 49% were unsure and 20% had no "
        "view.",
    ),
)


# -- a sentence of a figure's history -------------------------------------------------------

#: "Support stood at ", "• Backing was ", "His approval had been ": a sentence that opens
#: with a measure noun in the past tense, right before its first figure
_HISTORY_START = regex.compile(
    rf"""
    [\s“"‘(•·▪●*–—-]{{0,6}}
    (?:(?:the|its|his|her|their)\s+)?
    (?:[\w'’-]{{1,20}}\s+){{0,2}}?(?:{_BACK_NOUN})
    \s+(?:had\s+)?(?:was|were|stood\s+at|been|sat\s+at|came\s+in\s+at|polled\s+at)
    \s+(?:{_QUAL}\s+)?""",
    _F,
)
#: a history figure's own time right after it: " in June", " in PPIC's September survey"
_HISTORY_WHEN = regex.compile(
    rf"""[\s,]{{0,3}}(?:(?:in|at|during)\s+(?:[\w'’.-]{{1,20}}\s+){{0,3}}?)?(?:{TIME})
    (?:\s+(?:{alternation(list(SURVEY_NOUNS))}|wave|round|edition))?""",
    _F,
)
#: nothing but a list's joint between one dated history figure and the next
_HISTORY_AND = regex.compile(rf"[\s,]{{0,3}}(?:(?:and|then)\s+)?(?:{_QUAL}\s+)?", _F)
#: words that put a history sentence in the present: it is not all past
_NOW_WORD = regex.compile(r"(?<!\w)(?:now|currently|today|this\s+(?:week|month|year))(?!\w)", _F)


def _period_of(st: Statistic) -> Period | None:
    cue = st.period
    return cue.period if cue is not None else None


def _month_index(p: Period) -> int | None:
    return p.year * 12 + p.month if p.month is not None else None


def history(view: PairView, n: int) -> Candidate | None:
    """``... 54% would vote yes. Support stood at 58% in September and 61% in July.``,
    ``Yes 44%, no 48%. Support was 53% in June and 49% in early September, so ...``: a
    sentence that opens with a measure noun in the past tense and whose figures are all of
    earlier months than the figure it follows gives, by its latest figure, the baseline of
    what the sentence before is about (:meth:`PairView.latest_like`: the first figure of the
    nearest sentence of the same kind and group); the figures among themselves pair by time
    (``time_pair``, ``series``)."""
    i = bisect.bisect_left(view.fig_starts, view.stats[n].start)
    if i >= len(view.figs) or view.figs[i].st is not view.stats[n]:
        return None  # not a level figure
    b, text = view.figs[i], view.text
    start, end = view.sents.start(b.sent), view.sents.end(b.sent)
    if i > 0 and view.figs[i - 1].sent == b.sent:
        return None  # the sentence's first figure only
    if b.st.start - start > _BACKREF_REACH or b.tail.kind in ("group", "of"):
        return None
    if _HISTORY_START.fullmatch(text, start, b.st.start) is None:
        return None
    if _NOW_WORD.search(text, start, end) is not None:
        return None
    mine = [i]
    while mine[-1] + 1 < len(view.figs) and view.figs[mine[-1] + 1].sent == b.sent:
        mine.append(mine[-1] + 1)
    months: list[int] = []
    for k in mine:
        f = view.figs[k]
        p = _period_of(f.st)
        m = _month_index(p) if p is not None else None
        if (f.st.kind, f.st.unit) != (b.st.kind, b.st.unit) or m is None:
            return None
        if f.tail.kind in ("group", "of") or (f.tail.time is not None and f.tail.time.present):
            return None
        when = _HISTORY_WHEN.match(text, f.st.end, min(end, f.st.end + 60))
        if when is None:
            return None  # each figure has a time of its own
        if k != mine[-1] and _HISTORY_AND.fullmatch(
            text, when.end(), view.figs[k + 1].st.start
        ) is None:
            return None  # a list: "58% in May and 61% in March", not "... before falling to"
        months.append(m)
    top = max(months)
    if months.count(top) != 1:
        return None
    latest = mine[months.index(top)]
    if view.decided.is_from(view.figs[latest].st):
        return None
    j = view.latest_like(i, 2)
    if j is None:
        return None
    a = view.figs[j]
    pa = _period_of(a.st)
    now = _month_index(pa) if pa is not None else None
    if now is None or top > now or min(months) >= now:
        return None  # not all earlier than the figure it follows
    pairs = [
        view.pair(latest, j, "anaphor", view.figs[latest].tail.time, a.tail.time, orderable=False)
    ]
    if len(mine) > 1 and len(set(months)) == len(months) and not any(
        view.is_to(k) or view.decided.is_from(view.figs[k].st) for k in mine
    ):
        # the list itself, when no rule paired it ("58% in PPIC's September survey and
        # 61% in July"): consecutive pairs in the order of their months
        order = sorted(zip(months, mine, strict=True))
        pairs.extend(
            view.pair(k1, k2, "chain", view.figs[k1].tail.time, view.figs[k2].tail.time,
                      orderable=False)
            for (_, k1), (_, k2) in itertools.pairwise(order)
        )
    return Candidate(tuple(pairs), reopens=a.st if view.is_to(j) else None)


HISTORY_RULE: Final = PairRule(
    "history", "statistic", history,
    examples=(
        ("In the June 2025 poll, 54% of voters backed the bond. Support stood at 58% in May "
         "2025 and 61% in March 2025.", (58, 54)),
        ("In the October 2024 Leger poll, 44% backed the levy, with 48% opposed. "
         "Support was 53% in June 2024 and 49% in September 2024, so the levy has lost "
         "ground.", (49, 44)),
        ("The Ipsos poll of November 2024 found 38% of adults approve of the unity "
         "government. Approval was 45% in June 2024 and 41% in August 2024.", (41, 38)),
        ("Some 31 per cent of Irish adults backed the plan in the December 2023 Red C poll. "
         "Support had been 27 per cent in May 2023.", (27, 31)),
        ("Fieldwork ran in October 2025: 62% of Indians said the economy is improving. The "
         "share was 55% in April 2025 and 58% in July 2025.", (58, 62)),
    ),
    near_misses=(
        # the figures are not all earlier than the figure before
        "In the June 2025 poll, 54% of voters backed the bond. Support stood at 58% in July "
        "2025 and 61% in May 2025.",
        # a present word: not a history
        "In the June 2025 poll, 54% of voters backed the bond. Support was 58% in May 2025 "
        "but is now higher.",
        # a group of its own
        "In the June 2025 poll, 54% of voters backed the bond. Support stood at 58% among "
        "renters in May 2025.",
        # no measure noun opening the sentence
        "In the June 2025 poll, 54% of voters backed the bond. Renters were 58% in May 2025.",
        # a figure without a time of its own; a narrative, not a list
        "In the June 2025 poll, 6.2% of loans were late. The rate was 5.4% for car loans.",
        "Approval of the mayor is 31% in the June 2025 poll. Her rating stood at 43% in "
        "January 2025 before falling to 35% in April 2025.",
        # a figure of the same month: not earlier
        "In the June 2025 poll, 54% of voters backed the bond. Support was 58% in June 2025.",
    ),
)


# -- a sentence framed in an earlier survey ---------------------------------------------------

#: "In October, ", "In the 2019 round, only ", "in its July wave, " at the
#: start of a sentence (or after ";"): what follows is from an earlier time
_PAST_FRAME = regex.compile(
    rf"""[\s“"‘(;]{{0,4}}(?:(?:and|but|by\s+contrast|back)[\s,]{{1,4}})?
    (?:in\s+(?:(?:the|its|their|that|an?)\s+|\p{{Lu}}[\w'’.&-]{{0,25}}['’]s?\s+)?
    (?P<when>(?:[\w'’-]{{1,25}}\s+){{0,4}}?
       (?:(?:{TIME})|previous|prior|earlier|last|(?:19|20)[0-9]{{2}}
          |{alternation(list(MONTHS))})
       (?:[\s-]+[\w'’][\w'’-]{{0,24}}){{0,4}}?)   # a word opens without "-": a run of
                                                    # hyphens splits one way only
      |(?P<when>{TIME})(?=\s{{0,2}},))              # "A year ago, ", "Last year, "
    (?:\s{{0,2}},\s{{1,3}}
       # "In March 2024 the ...", "In February his approval was": no comma after a year or
       # a month when a determiner opens the clause's subject
       |(?<=(?:(?:19|20)[0-9]{{2}}|{alternation(list(MONTHS))}))\s{{1,3}}
        (?=(?:the|his|her|its|their)\s))
    (?:(?:[\w'’-]{{1,25}}\s+){{1,4}}?
       (?:stood\s+at|was|were|reached|hit|at|had|drew|polled|won)\s+)?
                                                    # "disapproval stood at "
    (?:(?:only|just|some|about|nearly|almost|roughly|around|over)\s+)?""",
    _F,
)
#: "LSI's previous survey, in July last year, had recorded approval at ", "The last poll
#: put it at ": a sentence whose subject is an earlier survey (of a pollster named, or "its")
_PAST_SUBJECT = regex.compile(
    rf"""[\s“"‘(]{{0,4}}
    (?:(?:the|its|their)\s+|(?-i:\p{{Lu}})[\w'’.&-]{{0,25}}(?:\s+(?-i:\p{{Lu}})[\w'’.&-]{{0,25}}){{0,3}}['’]s?\s+)
    (?P<when>(?:previous|prior|earlier|last)\s+(?:{alternation(SURVEY_NOUNS)}|wave|round|edition))
    (?:\s{{0,2}},[^,;.%\d]{{1,40}},)?                  # ", in July last year,"
    \s+(?:had\s+)?(?:found|showed|shown|recorded|registered|put|measured|gave|given|had|was)
    \s+(?:(?!(?:and|but)(?!\w))[\w'’-]{{1,25}}\s+){{0,4}}?(?:(?:at|on)\s+)?
    (?:(?:only|just|some|about|nearly|almost|roughly|around|over)\s+)?""",
    _F,
)
_YEAR = regex.compile(r"(?<![\w.])(?:19|20)[0-9]{2}(?!\w)")
#: a frame a whole year or more back ("A year ago, ", "Last year, "): a further baseline of
#: a figure already set against a nearer wave, not a step before that wave
_YEARS_BACK = regex.compile(
    r"""(?<!\w)(?:(?:a|one|two|three|four|five|[0-9]{1,2})\s+years?\s+(?:ago|earlier|before)
       |(?:last|previous|the\s+previous|the\s+prior)\s+year|the\s+year\s+before)(?!\w)""",
    _F,
)
_FRAME_WORD = regex.compile(r"\p{L}[\p{L}'’-]{2,30}")
#: a pronoun object or subject standing for something named elsewhere ("named it as ...")
_PRONOUN = regex.compile(r"(?<!\w)(?:it|them|this|that|these|those)(?!\w)", _F)
_FRAME_BACK: Final = 3
#: characters from a clause's start to its figure that a frame can span, at most (the
#: pattern's own bound; the module's match scans to its end position for a literal)
_FRAME_REACH: Final = 600
_DATED_WORDS = regex.compile(TIME, _F)
#: words that say nothing of what is measured
_FRAME_STOP: Final = frozenset(w.casefold() for w in STOPWORDS) | {
    "said", "say", "says", "were", "was", "are", "had", "has", "have", "been", "per", "cent",
    "percent", "only", "just", "some", "about", "nearly", "almost", "respondents", "people",
    "adults", "voters", "survey", "poll", "the", "and", "who", "they", "their", "stood",
    "compared", "with", "while", "further", "his", "her", "its", "him",
}


def _window(view: PairView, k: int) -> str:
    """The words of figure ``k``: from it to the next figure of its sentence (or the
    sentence's end), and, for the first figure of a sentence, the words before it."""
    f = view.figs[k]
    lo = f.st.start
    if k == 0 or view.figs[k - 1].sent != f.sent:
        lo = view.sents.start(f.sent)
    hi = view.sents.end(f.sent)
    if k + 1 < len(view.figs) and view.figs[k + 1].sent == f.sent:
        hi = min(hi, view.figs[k + 1].st.start)
    return view.text[lo:hi]


#: endings taken off before a word's first five letters are compared: "named" and "name",
#: "housing" and "houses", "worries" and "worried" are one word
_ENDINGS: Final = ("ing", "ies", "ied", "ed", "es", "s", "e", "y")


def _stem(word: str) -> str:
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)][:5]
    return word[:5]


def _stems(words: str) -> frozenset[str]:
    text = _DATED_WORDS.sub(" ", words)
    return frozenset(
        _stem(w.group().casefold()) for w in _FRAME_WORD.finditer(text)
        if w.group().casefold() not in _FRAME_STOP
    )


def past_frame(view: PairView, n: int) -> Candidate | None:
    """``Only 22% of retailers plan to hire ... In October, 31% had planned to hire.``, ``... 57 per
    cent said they were fully satisfied ... In the 2019 round, only 44 per cent had been fully
    satisfied.``: a sentence (or a clause after ";") framed in an earlier time or survey, with
    one figure, gives the baseline of the nearest earlier figure, within three sentences, of the
    same kind whose words share at least two content words with it (or, in the same or the next
    sentence, hold all of its few words: "60% disapproval; in its July wave, disapproval stood
    at 57%") — not when its words stand for something named elsewhere ("named it as the top
    problem"). The resolver checks that groups, sources and measures agree."""
    i = bisect.bisect_left(view.fig_starts, view.stats[n].start)
    if i >= len(view.figs) or view.figs[i].st is not view.stats[n]:
        return None  # not a level figure
    b, text = view.figs[i], view.text
    start, end = view.sents.start(b.sent), view.sents.end(b.sent)
    semi = text.rfind(";", max(start, b.st.start - _FRAME_REACH), b.st.start)
    lo = semi if semi >= 0 else start
    if b.st.start - lo > _FRAME_REACH:
        return None  # the frame is a short opening: far from the figure, none can reach it
    m = _PAST_FRAME.match(text, lo, b.st.start)
    if m is None or m.end() != b.st.start:
        m = _PAST_SUBJECT.fullmatch(text, lo, b.st.start)
    if m is None or m.end() != b.st.start or not _earlier(m["when"]):
        return None
    if view.decided.is_from(b.st) or view.is_to(i) or b.tail.kind == "group":
        return None
    if i + 1 < len(view.figs) and view.figs[i + 1].sent == b.sent:
        return None  # one figure only
    if _GROUP_WORD.search(text, m.start("when"), m.end("when")) is not None:
        return None  # "In 2023, among renters, ..."
    if _PRONOUN.search(text, b.st.end, end) is not None:
        return None  # "8% named it as the top worry": "it" is named elsewhere
    # after a subject frame, its pollster's name too ("LSI's previous survey ...")
    said_from = m.start() if m.re is _PAST_SUBJECT else m.end("when")
    mine = _stems(text[said_from : b.st.start] + " " + text[b.st.end : end])
    for j in range(i - 1, max(-1, i - 1 - 24), -1):
        a = view.figs[j]
        if a.sent < b.sent - _FRAME_BACK:
            return None
        if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit) or view.decided.is_from(a.st):
            continue
        again = view.is_to(j)
        if again and _YEAR.search(m["when"]) is None and _YEARS_BACK.search(m["when"]) is None:
            continue
        theirs = _stems(_window(view, j))
        shared = mine & theirs
        if len(shared) >= 2 or (shared and mine <= theirs and a.sent >= b.sent - 1):
            if not _object_words(view, i) <= _clause_words(view, j):
                return None  # "44% backed a rival plan": another object
            # a frame dated to a year may set a second baseline ("In March 2024 the score
            # stood at -16" after "rose to -18 in March, from -21 in February")
            pair = view.pair(i, j, "anaphor", time_key(m["when"]), a.tail.time, orderable=False)
            return Candidate((pair,), reopens=a.st if again else None)
    return None


PAST_FRAME_RULE: Final = PairRule(
    "past_frame", "statistic", past_frame,
    examples=(
        ("Only 22% of retailers plan to hire staff this spring. Costs are biting. In "
         "October, 31% had planned to hire staff.", (31, 22)),
        ("Some 57 per cent of farmers said they were fully satisfied with the new subsidy. In "
         "the 2019 round, only 44 per cent had been fully satisfied.", (44, 57)),
        ("The Cadem tracker shows 33% approval and 60% disapproval; in its July wave, "
         "disapproval stood at 57%.", (57, 60)),
        ("Some 64% of Ontarians say transit fares are too high. In the 2023 edition, 58% "
         "said fares were too high.", (58, 64)),
        ("About 72% of Kenyans describe the economy as bad and 20% as good. In the previous "
         "round, 67% described the economy as bad.", (67, 72)),
        # a sentence whose subject is a pollster's earlier survey
        ("A Kompas survey put satisfaction with the president at 80.1 percent. Kompas's "
         "previous survey, in July, had recorded satisfaction at 79.3 percent.", (79.3, 80.1)),
        ("Gallup Korea put approval of the president at 61 percent this week. Gallup Korea's "
         "previous survey had recorded approval at 58 percent.", (58, 61)),
        ("Datafolha found 35% rate the government as good. Datafolha's last poll, in April, "
         "had put the government's good rating at 31%.", (31, 35)),
        ("Red C found 44 per cent of Irish adults support the levy. Red C's previous poll had "
         "found support for the levy at 39 per cent.", (39, 44)),
        # a frame dated to a year without a comma; a second baseline of the later figure
        ("The headline index rose to -18 in March, from -21 in February. In March 2024 the "
         "headline index stood at -16.", (-16, -18)),
        ("Some 44% of Kiwis trust the news media, up from 41% last year. In 2019 the media "
         "trust figure was 53%.", (53, 44)),
        # a frame of a time alone ("A year ago, "), and a year back after a nearer wave
        ("Some 52% of Welsh adults said bus services were poor. Two years ago, 45% said bus "
         "services were poor.", (45, 52)),
        ("Some 29% of Danes called jobs plentiful, compared with 27% in May. A year ago, 36% "
         "had called jobs plentiful.", (36, 29)),
        ("Some 61% of Germans back the debt brake, compared with 58% in January. In 2022 the "
         "debt brake's backing stood at 70%.", (70, 61)),
        # no comma after the month: a determiner opens the subject
        ("Macron's approval rating is 31 per cent, says Ifop. In June his approval rating "
         "stood at 35 per cent.", (35, 31)),
        ("Albanese's approval is 44%, with 47% disapproving. In March his approval was 49%.",
         (49, 44)),
        ("Ramaphosa's approval rating is 40%. In March her approval rating was 35%.", (35, 40)),
        # a word and its inflections are one word ("cite", "cited"; "name", "named")
        ("Around 35% of Canadians cite housing as the top issue. In the 2021 wave, 27% cited "
         "housing.", (27, 35)),
        ("When asked to name the biggest issue, 31% of New Zealanders picked housing. In the "
         "2022 survey, 26% had named housing.", (26, 31)),
    ),
    near_misses=(
        "Around 35% of Canadians cite housing as the top issue. In the 2021 wave, 27% cited "
        "crime.",
        "Some 39% named housing as the main worry and 14% crime. In the spring survey, only "
        "8% named it as the top worry.",
        "Some 64% of Ontarians say transit fares are too high. In the 2023 edition, 58% of "
        "Quebecers said fares were too high.",
        "Some 64% of Ontarians say transit fares are too high. In 2023, 12% of firms cut "
        "wages.",
        "Some 39% of Irish voters back the plan. In March, 44% backed a rival plan.",
        "Some 52% of Welsh adults said bus services were poor. Next year, 45% may say bus "
        "services are poor.",
        "According to Futures Forum, 47 per cent of South Africans trust the IEC. Ipsos's "
        "previous survey had recorded trust in the IEC at 52 per cent.",
        "Kompas put satisfaction at 80.1 percent. Kompas's previous survey had recorded 64 "
        "percent backing the new capital.",
        "Some 61% of Germans back the debt brake. In 2022 the euro's share stood at 70%.",
        "The headline index rose to -18 in March, from -21 in February. In March the "
        "headline index stood at -16.",
        "Modi's approval is 62 per cent. In January his approval was 66 per cent among men.",
        "Ramaphosa's trust rating is 40%. In March his approval rating was 35%.",
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


# -- earlier values in brackets, under a header that says so -------------------------------

_SURVEY_NOUN = alternation(list(SURVEY_NOUNS))
#: a header line that says what its brackets hold: "(2022 figures in brackets):",
#: "(previous poll in parentheses)", "(Round 9 results in brackets)"
_BRACKET_HEADER = regex.compile(
    r"""
    \(\s{0,3}(?P<t>[^()\n%]{1,50}?)
    (?:\s{1,3}(?:figures?|results?|numbers?|scores?|shares?|values?|readings?|percentages?))?
    [,;]?\s{1,3}(?:are\s{1,3}|shown\s{1,3}|given\s{1,3}){0,2}in\s{1,3}(?:brackets|parentheses|parens)
    \s{0,3}\)[ \t]{0,3}[:.]?[ \t]{0,3}$
    """,
    _F | regex.MULTILINE,
)
#: a time a bracket header names without a date: "(second quarter in brackets)", "(last
#: month's poll in brackets)"
_TIME_NOUN_HEADER = regex.compile(
    rf"(?<!\w)(?:quarter|month|week|year|wave|round|edition|release|{_SURVEY_NOUN})(?!\w)", _F
)
#: a line under a bracket header that names a block without figures ("Primary vote")
_SUBHEAD = regex.compile(r"[ \t]{0,4}[\p{L}][^\n\d%.!?]{0,60}")
#: a numbered wave with no date: "Round 9", "wave 3"
_NUMBERED_WAVE = regex.compile(rf"(?<!\w)(?:{_SURVEY_NOUN})\s{{1,2}}[0-9]{{1,3}}(?!\w)", _F)
#: between a figure and the bracket that holds its earlier value: " (", "("
_OPEN = regex.compile(r"[ \t]{0,3}\([ \t]{0,3}")
_CLOSE = regex.compile(r"[ \t]{0,3}\)")


def _earlier_header(t: str) -> TimeKey | None:
    """The time a bracket header names ("2022", "previous poll", "Round 9"), None when it
    names no earlier time (a group: "men in brackets")."""
    key = time_key(t)
    if key.period is not None or key.past:
        return key
    if (_NUMBERED_WAVE.search(t) is not None or _MONTH_WORD.search(t) is not None
            or _TIME_NOUN_HEADER.search(t) is not None):
        return TimeKey(past=True)  # "Round 9", "March", "second quarter": earlier
    return None


def bracket_header(view: PairView, _i: int) -> Candidate | None:
    """``Trust in each (2022 figures in brackets):`` then lines ``• Courts: 41% (44%)``: the
    header says the bracketed figure of each line is its earlier value (44 → 41). Without such
    a header a bracket after a share may hold a range, a sample or a change, and is left."""
    text = view.text
    # every statistic, not only the level figures: under such a header a bracketed "(+1%)"
    # is the earlier net balance, not a change
    by_start = {st.start: st for st in view.stats}
    starts = sorted(by_start)
    pairs: list[Pair] = []
    for h in _BRACKET_HEADER.finditer(text):
        then = _earlier_header(h["t"])
        if then is None:
            continue
        pos = h.end() + 1
        blank = _LINE.match(text, pos)
        if blank is not None and not blank[0].strip() and blank.end() < len(text):
            pos = blank.end() + 1  # one blank line after the header
        paired = False
        for _ in range(30):  # the lines under the header, until one is not "X% (Y%)"
            line = _LINE.match(text, pos)
            if line is None or (not line[0].strip() and not paired):
                break
            if not line[0].strip() or _SUBHEAD.fullmatch(line[0]) is not None:
                # a blank line or a block's name ("Primary vote") inside the list: the
                # header still holds if a figure line follows
                nxt = _LINE.match(text, line.end() + 1) if line.end() < len(text) else None
                if nxt is None or (not nxt[0].strip() and not paired):
                    break
                pos = line.end() + 1
                continue
            k = bisect.bisect_left(starts, line.start())
            two = [by_start[x] for x in starts[k : k + 3] if x < line.end()]
            if len(two) != 2 or (two[0].kind, two[0].unit) != (two[1].kind, two[1].unit):
                break
            now, before = two
            if (
                _OPEN.fullmatch(text, now.end, before.start) is None
                or _CLOSE.match(text, before.end, line.end()) is None
            ):
                break
            pairs.append(Pair(before, now, "baseline", then, None, orderable=False))
            paired = True
            pos = line.end() + 1
    return Candidate(tuple(pairs)) if pairs else None


BRACKET_HEADER_RULE: Final = PairRule(
    "bracket_header", "text", bracket_header,
    examples=(
        ("Confidence in each (2022 figures in brackets):\n• Courts: 41% (44%)\n"
         "• Police: 36% (33%)\n", (33, 36)),
        ("Top issues for Irish voters (previous poll in brackets):\n\nHousing 38% (35%)\n"
         "Health 22% (24%)\n", (24, 22)),
        ("Ratings of Canada's premiers (last quarter in parentheses):\n- Ford: 31% (29%)\n"
         "- Eby: 47% (49%)\n", (49, 47)),
        ("Trust in institutions (Round 8 results in brackets):\n• Army: 72% (75%)\n", (75, 72)),
        ("Share who back a four-day week, by state (March figures in brackets):\n"
         "NSW: 54% (50%)\nVictoria: 57% (55%)\n", (50, 54)),
        # a comma before "in brackets", blocks with names of their own, equal values
        ("The full results (previous poll, 3-9 March, in brackets):\n\nPrimary vote\n"
         "• Labor 34% (35%)\n• Greens 12% (12%)\n\nTwo-party preferred\n"
         "• Labor 56% (56%)\n", (56, 56)),
        ("Vote intention (last month's poll in parentheses)\n\nFirst preferences\n"
         "Fianna Fáil 19% (21%)\nSinn Féin 24% (22%)\n", (22, 24)),
        # signed net balances in brackets are the earlier readings, not changes
        ("Net balances, third quarter 2025 (second quarter in brackets)\n"
         "Export sales: -6% (+1%)\nServices employment: +5% (+7%)\n", (1, -6)),
        ("Business confidence by province (previous quarter, in brackets):\n"
         "- Gauteng: +12% (-3%)\n- Western Cape: +20% (+18%)\n", (-3, 12)),
    ),
    near_misses=(
        "Trust in the courts, by gender (men in brackets):\n• Women: 41% (44%)\n",
        "Support by region:\n• Gauteng: 41% (38%)\n• Limpopo: 52% (47%)\n",
        "Backing for the levy:\n• Dublin: 41% (n=320)\n• Cork: 38% (+2)\n",
        "Results (2022 figures in brackets): the courts are trusted by 41% of adults (range "
        "38%-44%).",
        # a prose paragraph after the list is not part of it
        "Primary vote (previous poll in brackets):\n\nSenate count\n\nThe Greens won 12% "
        "(13%) in a separate count of the Senate vote.\n",
    ),
)


# -- list lines that each open with a date or a wave ---------------------------------------

#: a list line: a bullet, a date or wave label, a colon, and the figures
_LIST_LINE = regex.compile(
    r"""
    ^[ \t]{0,4}(?:(?P<bullet>[-•·▪●*–—]|[0-9]{1,2}[.)])[ \t]{1,3})?   # a bullet, or a row
    (?P<label>[^:\n%]{2,60}?)[ \t]{0,2}:[ \t]{0,3}                      # of a table of waves
    (?P<rest>[^\n]{1,300})$
    """,
    _F | regex.MULTILINE,
)
_DAY_NUM = regex.compile(r"(?<![\w.])(?P<d>[0-3]?[0-9])(?![0-9])")
_OPTION_GAP = regex.compile(r"[\s,;:/|]{0,6}(?:and\s+)?(?P<w>[^\n]{0,40}?)[\s,;:/|.]{0,6}")
_HAS_LETTER = regex.compile(r"\p{L}")


_DIGIT_RUN: Final = regex.compile(r"[0-9]+")
_WORD_RUN: Final = regex.compile(r"\p{L}[\p{L}'’-]*")


def _line_key(label: str) -> tuple[int | None, int, int] | None:
    """When a list label puts its line: (year or None, month, day), else None. A numbered
    wave ("Wave 3", "Round 9") is (None, 0, its number)."""
    wave = _NUMBERED_WAVE.search(label)
    if wave is not None:
        return None, 0, int(_DIGIT_RUN.findall(wave[0])[0])
    m = _MONTH_WORD.search(label)
    if m is None:
        return None
    month = MONTHS[m["m"].lower()]
    key = time_key(label)
    year = key.year
    day_m = _DAY_NUM.search(label)
    day = int(day_m["d"]) if day_m is not None else 0
    if key.period is not None and key.period.month is not None:
        month = key.period.month
    return year, month, day


def _options(view: PairView, figs: list[Statistic], rest_start: int, end: int) -> list[str]:
    """The option each figure of a list line names ("approve 29%, disapprove 38%" or "29%
    approve, 38% disapprove"), lower-cased; "" for a line's only bare figure."""
    text = view.text
    before = _HAS_LETTER.search(text, rest_start, figs[0].start) is not None
    out = []
    for k, st in enumerate(figs):
        if before:
            lo = figs[k - 1].end if k else rest_start
            seg = text[lo : st.start]
        else:
            hi = figs[k + 1].start if k + 1 < len(figs) else end
            seg = text[st.end : hi]
        words_ = _WORD_RUN.findall(seg)
        out.append(" ".join(w.lower() for w in words_ if w.lower() != "and"))
    return out


def list_series(view: PairView, _i: int) -> Candidate | None:
    """``- 4 to 15 June 2025: 52%`` / ``- 30 July to 10 August 2025: 55%``: consecutive list
    lines, each opening with a date or a wave, are a series; neighbours pair in date order,
    figure by figure when each line has one, else option by option by the words each figure
    names (``• April 2025: approve 29%, disapprove 38%``). A pair the prose already states
    ("up from 57% in the previous wave") is not made twice."""
    text = view.text
    by_start = {f.st.start: f.st for f in view.figs}
    starts = sorted(by_start)
    stated = {
        (round(bv, 3), round(f.st.value, 3))
        for f in view.figs
        if (bv := view.decided.baseline_value(f.st)) is not None
    }
    rows: list[tuple[int, int, tuple[int | None, int, int], list[Statistic], list[str]]] = []
    for m in _LIST_LINE.finditer(text):
        key = _line_key(m["label"])
        if m["bullet"] is None and (key is None or (key[0] is None and key[1] == 0)):
            key = None  # a line without a bullet is a row only when it opens with a date
        k = bisect.bisect_left(starts, m.start("rest"))
        figs = [by_start[x] for x in starts[k : k + 7] if x < m.end()]
        if key is None or not figs or len(figs) > 6:
            rows.append((m.start(), m.end(), (None, -1, -1), [], []))
            continue
        rows.append((m.start(), m.end(), key, figs, _options(view, figs, m.start("rest"), m.end())))
    pairs: list[Pair] = []
    for (s0, e0, k0, f0, o0), (s1, _e1, k1, f1, o1) in itertools.pairwise(rows):
        if not f0 or not f1 or s1 != e0 + 1 or k0[1] < 0 or k1[1] < 0:
            continue
        if (k0[0] is None) != (k1[0] is None) or len(set(o0)) != len(o0):
            continue
        a, b = (k0[0] or 0, k0[1], k0[2]), (k1[0] or 0, k1[1], k1[2])
        if a == b:
            continue
        forward = a < b
        t0 = TimeKey(time_key(text[s0:e0]).period) if k0[0] is not None else None
        t1 = TimeKey(time_key(text[s1:_e1]).period) if k1[0] is not None else None
        for x, ox in zip(f0, o0, strict=True):
            if ox not in o1:
                continue
            y = f1[o1.index(ox)]
            if (x.kind, x.unit) != (y.kind, y.unit):
                continue
            early, late, te, tl = (x, y, t0, t1) if forward else (y, x, t1, t0)
            if (round(early.value, 3), round(late.value, 3)) in stated:
                continue
            pairs.append(Pair(early, late, "chain", te, tl, orderable=False))
    return Candidate(tuple(pairs)) if pairs else None


LIST_SERIES_RULE: Final = PairRule(
    "list_series", "text", list_series,
    examples=(
        ("Share finding it hard to pay bills:\n- 2 to 13 April 2025: 41%\n"
         "- 28 May to 8 June 2025: 44%\n- 9 to 20 July 2025: 46%\n", (44, 46)),
        ("Approval of the premier:\n• April 2025: approve 29%, disapprove 38%\n"
         "• August 2025: approve 31%, disapprove 37%\n", (38, 37)),
        ("Support for the Voice, Newspoll:\n* Oct. 2-5: Yes 41%, No 48%\n"
         "* Sept. 4-7: Yes 44%, No 45%\n", (44, 41)),
        ("Modi's rating by round:\n1. Wave 3: 58% satisfied, 30% dissatisfied\n"
         "2. Wave 4: 61% satisfied, 28% dissatisfied\n", (30, 28)),
        ("Trust in the Bundestag:\n– March 2024: 38%\n– March 2025: 35%\n", (38, 35)),
        # rows of a table of waves, one line each, with no bullets
        ("How the last three waves compare:\n\nSept. 26-30: CPC 38%, LPC 42%, NDP 9%\n"
         "Oct. 10-14: CPC 40%, LPC 41%, NDP 8%\nOct. 24-28: CPC 39%, LPC 40%, NDP 9%\n",
         (41, 40)),
        ("Vote intention by month:\nJanuary 2025: Labour 27%, Reform 24%\n"
         "February 2025: Labour 25%, Reform 26%\n", (24, 26)),
        ("The tracker so far:\n12-15 May: BJP 41%, INC 29%\n2-5 June: BJP 39%, INC 31%\n",
         (29, 31)),
    ),
    near_misses=(
        "Turnout by province:\n- Ontario: 52%\n- Quebec: 61%\n",
        "Backing for the plan, March 2025:\n- Men: 44%\n- Women: 51%\n",
        "Who backs the levy:\n• 2024: 48% of farmers\n• 2025: 52% of retailers\n",
        "Approval in April 2025:\n• Labour voters: approve 61%\n• Tory voters: approve 22%\n",
        # rows without bullets that open with a place, not a date
        "Vote intention by province:\nOntario: CPC 38%, LPC 42%\nQuebec: CPC 21%, LPC 36%\n",
    ),
)


# -- two earlier values, each named by its stance --------------------------------------------

#: "..., after ", "; compared with ", ", down from ": the cue before two earlier values
_STANCE_TWO_CUE = regex.compile(
    r"""[\s,;]{1,3}(?:(?:up|down)\s+from|compared\s+(?:with|to)|after|against|versus|from)
    \s+(?:(?:a|an)\s+)?""",
    _F,
)
#: "; in July it was ", ", while a month earlier the figures were ": an earlier time that
#: opens the clause of the two earlier values
_STANCE_TWO_THEN = regex.compile(
    rf"""[\s,;]{{1,3}}(?:(?:and|but|while|whereas)\s+)?(?P<t>{TIME})[\s,]{{1,3}}
    (?:(?:it|they|those|these|the\s+(?:figures|numbers|split|shares|results?|ratings?))\s+
       (?:was|were|had\s+been|stood\s+at)\s+)?(?:(?:a|an)\s+)?""",
    _F,
)
#: the joint of the two earlier values: "46% approval and 53% disapproval"
_STANCE_TWO_AND = regex.compile(r"\s{1,2}[\p{L}\s-]{0,30}?(?:,\s{1,2}|\s{1,2}(?:and|&)\s{1,2})", _F)
#: two earlier values with no words of their own: "compared with 47% and 49% in the spring"
_BARE_AND = regex.compile(r"\s{0,2},?\s{1,2}(?:and|&)\s{1,2}", _F)
#: the earlier time right after the second of two bare earlier values
#: how far before two earlier values the two later ones may end
_STANCE_TWO_GAP: Final = 60


def _two_before(view: PairView, i: int) -> tuple[int, int] | None:
    """The two figures of figure ``i``'s kind and unit right before it in its sentence, over
    at most one figure of another kind between them ("44%, with 55% disapproving — a net
    rating of minus 11 — after")."""
    figs, b = view.figs, view.figs[i]
    found: list[int] = []
    for j in range(i - 1, max(-1, i - 4), -1):
        a = figs[j]
        if a.sent != b.sent:
            break
        if (a.st.kind, a.st.unit) == (b.st.kind, b.st.unit):
            found.append(j)
            if len(found) == 2:
                return found[1], found[0]
    return None


def _stance_two_cue(view: PairView, a1: Figure, a2: Figure, b1: Figure) -> bool:
    """Whether the words between two later values and two earlier ones of one sentence say
    earlier: a cue ("after", "compared with") or an earlier time opening their clause ("; in
    July it was"), not later than a time the later values' clause gives ("In 2021, ...; in
    2023 it was ..." goes forward)."""
    text = view.text
    if b1.st.start - a2.st.end > _STANCE_TWO_GAP or b1.sent != a2.sent:
        return False
    m = _STANCE_TWO_CUE.search(text, a2.st.end, b1.st.start)
    if m is not None and m.end() == b1.st.start:
        return True
    t_a = _time_in(view, max(view.sents.start(a1.sent), a1.st.start - 120), a1.st.start)
    for m in _STANCE_TWO_THEN.finditer(text, a2.st.end, b1.st.start, overlapped=True):
        if m.end() == b1.st.start and _earlier(m["t"]):
            if t_a is not None and time_key(m["t"]).before(t_a) is not True:
                return False
            return text[a2.st.end:m.start()].strip(" \t,") != ""
    return False


def stance_two(view: PairView, i: int) -> Candidate | None:
    """``His approval is 44%, with 55% disapproving, after 46% approval and 53% disapproval
    in June``, ``... 47%, with 52% disapproving; in July it was 48% approve, 51%
    disapprove``: two figures of two stances (comparison.txt [stance_stem]), then a cue or
    an earlier time and two earlier figures each followed by its stance word; each earlier
    figure pairs with the figure of its own stance, whatever their order. Two earlier figures
    with no words of their own after a cue and before an earlier time ("45% approve and 51%
    disapprove, compared with 47% and 49% in the spring") are the two before, in order."""
    figs = view.figs
    two = _two_before(view, i) if i + 1 < len(figs) else None
    if two is None:
        return None
    a1, a2, b1, b2 = figs[two[0]], figs[two[1]], figs[i], figs[i + 1]
    if b1.sent != b2.sent or a1.st.end > a2.st.start or (
            (b2.st.kind, b2.st.unit) != (b1.st.kind, b1.st.unit)):
        return None
    if not _stance_two_cue(view, a1, a2, b1):
        return None
    end = min(view.sents.end(b2.sent), b2.st.end + 40)
    if (any(f.tail.group for f in (b1, b2)) or _groups_clash(a1, a2)
            or _GROUP_WORD.search(view.text, b2.st.end, end) is not None):
        return None  # "after 52% approval among women": another group
    order = _stance_order(view, two, i)
    if order is None:
        return None
    t_b = b2.tail.time or b1.tail.time
    return Candidate(
        (view.pair(i, order[0], "baseline", t_b, a1.tail.time, orderable=False),
         view.pair(i + 1, order[1], "baseline", t_b, a1.tail.time, orderable=False)),
        closes=(two[0], two[1], i),
    )


def _stance_order(view: PairView, two: tuple[int, int], i: int) -> tuple[int, int] | None:
    """The later figures (of ``two``) of the earlier figures ``i`` and ``i + 1``, in that
    order: by their stance words, or in order when the earlier two are bare and dated."""
    text, b1, b2 = view.text, view.figs[i], view.figs[i + 1]
    now = (stance_of(view, two[0], before=True), stance_of(view, two[1], before=True))
    then = (stance_of(view, i, before=False), stance_of(view, i + 1, before=False))
    if then == (None, None) and _BARE_AND.fullmatch(text, b1.st.end, b2.st.start):
        if not earlier_after(text, b2.st.end) or (now[0] is not None and now[0] == now[1]):
            return None
        return two  # "compared with 47% and 49% in the spring": respectively, unsaid
    if _STANCE_TWO_AND.fullmatch(text, b1.st.end, b2.st.start) is None:
        return None
    if None in now or None in then or len(set(now)) != 2 or set(now) != set(then):
        return None
    return two if now[0] == then[0] else (two[1], two[0])


STANCE_TWO_RULE: Final = PairRule(
    "stance_two", "figure", stance_two,
    examples=(
        ("The premier's approval is 44%, with 55% disapproving, after 46% approval and 53% "
         "disapproval in June.", (53, 55)),
        ("Some 41 per cent back the plan and 52 per cent oppose it, compared with 47 per "
         "cent support and 45 per cent opposition in March.", (47, 41)),
        # the earlier values in the other order: the stance words decide
        ("Approval of the cabinet is 39%, with 54% disapproving, compared with 49% "
         "disapproval and 45% approval in May.", (49, 54)),
        ("Modi's approval stands at 68%, with 27% disapproving, up from 63% approval and "
         "31% disapproval in January.", (63, 68)),
        # a net score between the later values and the earlier ones
        ("The governor's approval is 52%, with 41% disapproving — a net rating of plus 11 "
         "— after 49% approval and 44% disapproval in April.", (44, 41)),
        # an earlier time opens the clause, or the next sentence, of the earlier values
        ("The premier's approval is 47%, with 49% disapproving; in March it was 50% approve, "
         "45% disapprove.", (45, 49)),
        # two bare earlier values after a cue, dated: an unsaid "respectively"
        ("Some 45% of voters approve of the senator's work and 51% disapprove, compared with "
         "47% and 49% in the spring.", (47, 45)),
        ("Some 45% of voters approve of the senator's work and 51% disapprove, compared with "
         "47% and 49% in the spring.", (49, 51)),
        ("In the latest Ipsos poll, 38 per cent are favourable towards the minister and 44 "
         "per cent unfavourable, against 41 and 40 per cent in November.", (40, 44)),
    ),
    near_misses=(
        # the earlier values name no stance of their own, nor a time
        "His approval is 44%, with 55% disapproving, after 46% and 53% for his predecessor.",
        # another group's values
        "His approval is 44%, with 55% disapproving, after 46% approval and 53% disapproval "
        "among women.",
        # stances that do not match
        "Some 41% back the plan and 52% oppose it, compared with 47% agreeing and 45% "
        "disagreeing in March.",
        # two bare values with no earlier time: two other groups, not an earlier wave
        "Some 45% of voters approve of the senator's work and 51% disapprove, compared with "
        "47% and 49% of the state's mayors.",
        "Some 45% of voters approve and 51% disapprove, compared with 47% and 49% for the "
        "governor in May.",
        # a later time
        "His approval is 44%, with 55% disapproving; by next year it will be 46% approve, "
        "53% disapprove.",
        "In 2021, 48% approved, with 45% disapproving; in 2023 it was 42% approve, 51% "
        "disapprove.",
        # four figures in a row are a list
        "Labour 31%, Conservatives 24%; Reform 18%, Greens 9% in the June poll.",
    ),
)
