"""Pairing rules between groups: parallel figures of one survey ("men 44%, women 39%") and
ratios between groups ("twice as likely", "a gap of 12 points").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from ._data import alternation, alternation_of, words
from ._gate import ascii_folded
from .grouping import Group
from .model import Statistic
from .pair_shared import _CMP, _DATED, _F, _GROUP_WORD, _earlier, stance_of
from .pair_view import QUAL as _QUAL
from .pair_view import VERBS as _VERBS
from .pair_view import Candidate, Figure, Pair, PairRule, PairView, clash
from .periods import MONTH_WORDS, SURVEY_NOUNS, TIME, time_key

#: the time phrases of :data:`periods.TIME`, compiled once
_TIME_RE: Final = regex.compile(TIME, _F)

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


#: Words that are not a measure or option: comparison.txt [stopword], read only here.
STOPWORDS: Final = words(_CMP, "stopword")
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
        (x.subgroup is not None and clash(x.subgroup, y.subgroup or x.source))
        or (y.subgroup is not None and x.subgroup is None)  # "86% of Republicans" vs all
        for x, y in zip(a_figs, b_figs, strict=True)
    ):
        return None
    if _names_cross(view, s_a, a_figs, b_figs):
        return None  # "38% chose Ford and 33% Crombie. In April, Crombie led Ford 40% to 38%"
    t_b = time_key(said) if said is not None else None
    a_start = _PARALLEL_START.match(text, sents.start(s_a), a_figs[0].start)
    t_a = time_key(a_start["t"]) if a_start is not None else None
    order = _option_order(view, a_figs, b_figs)
    if order is None and _stances_differ(view, a_figs, b_figs):
        return None  # "Disapproval rose to 55%. In the last survey, 43% approved": the
        # earlier figure states another stance
    if order is None and _stances_cross(view, a_figs, b_figs):
        return None  # "24% said he was doing a poor job, while 12% withheld judgment. A week
        # earlier, approval had been 65% and disapproval 22%": other options, not in order
    later = [a_figs[k] for k in order] if order is not None else list(a_figs)
    return Candidate(
        tuple(Pair(x, y, "parallel", t_b, t_a) for x, y in zip(b_figs, later, strict=True))
    )


def _stances_differ(
    view: PairView, a_figs: tuple[Statistic, ...], b_figs: tuple[Statistic, ...]
) -> bool:
    """Whether some figure of the later sentence, taken in order, states a stance (the word
    right after it, "43% approved") and its figure of the earlier sentence another one
    ("Disapproval rose to 55%")."""
    for x, y in zip(a_figs, b_figs, strict=True):
        then = stance_of(view, bisect.bisect_left(view.fig_starts, y.start), before=False)
        if then is None:
            continue
        now = stance_of(view, bisect.bisect_left(view.fig_starts, x.start), before=True)
        if now is not None and now != then:
            return True
    return False


def _stances_cross(
    view: PairView, a_figs: tuple[Statistic, ...], b_figs: tuple[Statistic, ...]
) -> bool:
    """Whether the earlier sentence names two or more stances for its figures ("approval had
    been 65% and disapproval 22%", comparison.txt [stance_stem]) that the figures of the
    later sentence, taken in order, do not state."""
    def stances(figs: tuple[Statistic, ...]) -> list[str | None]:
        out: list[str | None] = []
        for st in figs:
            k = bisect.bisect_left(view.fig_starts, st.start)
            out.append(stance_of(view, k, before=True))
        return out

    then = stances(b_figs)
    if len({s for s in then if s is not None}) < 2:
        return False
    return any(y is not None and x != y for x, y in zip(stances(a_figs), then, strict=True))


def _names_cross(
    view: PairView, s_a: int, a_figs: tuple[Statistic, ...], b_figs: tuple[Statistic, ...]
) -> bool:
    """Whether the figures of two sentences, taken in order, belong to sides of different
    names (the later sentence names them in another order): then the names pair them."""
    def names(sent: int) -> dict[int, frozenset[str]]:
        found = {id(st): frozenset(x for x in w if not x.startswith("\x00"))
                 for w, st in _labels(view, sent)}
        return {k: w for k, w in found.items() if w}

    a_named, b_named = names(s_a), names(s_a + 1)
    for x, y in zip(a_figs, b_figs, strict=True):
        wa, wb = a_named.get(id(x)), b_named.get(id(y))
        if wa is not None and wb is not None and not (wa & wb):
            return True
    return False


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
        "In 2023, 48% approved and 45% disapproved. In 2021, 42% of men approved and 51% of "
        "men disapproved.",
        # other options than the stances the earlier sentence names
        "Some 31% rated the mayor's work poor, while 9% had no view. In March, approval had "
        "been 58% and disapproval 33%.",
        "About 40 per cent called the budget unfair and 15 per cent were unsure. A month "
        "earlier, support had stood at 52 per cent and opposition at 38 per cent.",
        # one figure of another stance than the earlier sentence's
        "Trust in the mayor is 38%. Disapproval of her work rose to 49%. In the previous "
        "survey, in April, 44% approved.",
    ),
)


# -- a stated ratio or gap between two groups -----------------------------------------------

#: "likely", "inclined" and "outnumber": comparison.txt, read here (pair_rules_near imports
#: the alternations).
LIKELY: Final = alternation_of(_CMP, "likelihood_word")
OUTNUMBER: Final = alternation_of(_CMP, "outnumber_verb")
_LIKELY, _OUTNUMBER = LIKELY, OUTNUMBER
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
        k = bisect.bisect_right(view.stats, m.start(), key=lambda o: o.start)
        if k and view.stats[k - 1].kind == "ratio" and m.start() < view.stats[k - 1].end:
            return None  # read as a ratio statistic ("to_one"): that one states the pair
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


# -- the same names in an earlier wave --------------------------------------------------------

_NAME = (
    r"\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]+\p{Lu}[\p{L}'’.-]{1,30}){0,3}"
    r"(?:[ \t]*\(\p{Lu}[\p{L}]{1,10}\))?"  # the Christian Democratic Union (CDU)
)
#: "the CDU on 29 percent", "Reform on 32%", "the Greens climbing three points to 23
#: percent", "Greens: 9.4 per cent": a name, then only lower-case words, before the figure.
_LABEL_BEFORE = regex.compile(
    rf"""(?r)(?<![\p{{L}}'’.-])(?P<name>{_NAME}(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME})?)
    (?:['’]s?)?[ \t]*:?
    (?:[ \t]+(?:[\p{{Ll}}0-9.-]{{1,20}})){{0,8}}?[ \t]{{0,2}}\Z""",
    regex.VERBOSE,  # case matters: a name is capitalised
)
#: "Whitfield leads Kessler 48% to 44%", "had Sherrill up 50% to 42%", "when Kessler held a
#: slim 47% to 45% lead": a split of two named sides, the first figure the first name's.
_SPLIT_BEFORE = regex.compile(
    rf"""(?r)(?<![\p{{L}}'’.-])(?P<a>{_NAME})[ \t]+
    (?:(?:is|was|now|still|would|could|will)[ \t]+)?
    (?:leads|lead|led|leading|tops|topped|beats|beat|edges|edged|up|ahead|held|holds|had)
    (?:[ \t]+(?P<b>{_NAME}))?
    (?:[ \t]+(?:by|of|an?|slim|narrow|wide|comfortable)){{0,4}}[ \t]{{1,3}}\Z""",
    regex.VERBOSE,  # case matters: a name is capitalised
)
#: A score named by its noun: "a net score of -6", "the lead narrowing to just six points",
#: "the gap was still 11 points" (leads, gaps and margins are one label, net scores another).
_SCORE_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?P<n>net(?:\s+\p{Ll}{3,15})?|lead|gap|margin|difference)(?!\w)
    (?:\s+\p{Ll}{1,15}){0,4}?\s+\Z""",
    regex.VERBOSE,
)
_SCORE_NOUNS: Final = {"net": "net", "lea": "lead", "gap": "lead", "mar": "lead", "dif": "lead"}
#: A name after these is the other side, not the figure's ("ahead of Labour on 31%").
_OBJECT_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:leads|led|leading|beats|beat|ahead\s+of|over|behind|trails|trailed"
    r"|against|than|versus|vs\.?)\s+(?:the\s+)?\Z",
    _F,
)
#: "27 per cent would vote for Dr Ruto", "19 percent backed Smith": the side after the figure.
_LABEL_AFTER = regex.compile(
    rf"""(?:[ \t]+of[ \t]+(?:\p{{Ll}}[\p{{L}}'’-]{{1,20}}[ \t]+){{0,2}}
       \p{{Ll}}[\p{{L}}'’-]{{1,20}})?                                  # "38% of respondents chose"
    [ \t]+(?:said\s+they\s+)?(?:would[ \t]+)?
    (?:vote[ \t]+for|voted[ \t]+for|back|backed|backing
       |support|supported|supporting|favou?r|favou?red|chose|choose|named|pick|picked|prefer
       |preferred)[ \t]+(?:the[ \t]+)?(?:(?:Dr|Mr|Mrs|Ms|President|Senator|Governor)\.?[ \t]+)?
    (?P<name>{_NAME})""",
    regex.VERBOSE,
)
#: "37 per cent for the Conservatives", "32% for Apruebo": the side named right after "for"
#: (before any name in front of the figure: "The Opinium poll has 27% for Labour")
_FOR_NAME = regex.compile(
    rf"""[ \t]+for[ \t]+(?:the[ \t]+)?(?:(?:Dr|Mr|Mrs|Ms|President)\.?[ \t]+)?
    (?P<name>{_NAME})""",
    regex.VERBOSE,  # case matters: a name is capitalised
)
#: "41% chose Ford and 33% Crombie": after a figure labelled by its verb, the next
#: figure's side follows it with the verb left out.
_NAME_RIGHT_AFTER = regex.compile(
    rf"""[ \t]+(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?(?P<name>{_NAME})
    (?=[ \t]*(?:[,.;)]|and(?!\w)|while(?!\w)|but(?!\w)|\Z))""",
    regex.VERBOSE,  # case matters: a name is capitalised
)
#: "when she led 55% to 42%": the side is the first name of the sentence.
_PRONOUN_SPLIT = regex.compile(
    r"""(?r)(?<!\w)(?P<a>)(?:she|he|they)\s+(?:(?:was|were|is|now|still)\s+)?
    (?:leads|lead|led|leading|held|holds|had|was\s+up|were\s+up)
    (?:\s+(?P<b>))?(?:\s+(?:by|an?|slim|narrow|wide|comfortable)){0,4}\s{1,3}\Z""",
    _F,
)
_FIRST_NAME = regex.compile(
    r"(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]+\p{Lu}[\p{L}'’.-]{1,30}){0,3}"
)


def _first_name(view: PairView, lo: int, hi: int) -> frozenset[str]:
    """The words of the first name in ``text[lo:hi]`` that is not an opener."""
    for m in _FIRST_NAME.finditer(view.text, lo, hi):
        key = _name_key(m[0])
        if key:
            return key
    return frozenset()


_SPLIT_TO = regex.compile(r"[ \t]*(?:to|-|–)[ \t]*")
#: Capitalised words that are not names: sentence openers, months, days.
_NOT_NAMES: Final = frozenset(
    w.casefold() for w in words(_CMP, "not_a_name")
) | frozenset(m.casefold() for m in MONTH_WORDS)
_OTHER = "\x00other"
_PAST_WAVE = regex.compile(
    rf"""(?<!\w)(?:previous|prior|preceding|earlier|last)\s+
    (?:(?-i:\p{{Lu}})[\w'’.&/-]{{1,25}}\s+){{0,4}}      # "previous Pennsylvania survey",
                                                     # "last Irish Times/Ipsos B&A poll"
    (?:{alternation(SURVEY_NOUNS)}|wave|round)(?!\w)""",
    _F,
)


_WORD = regex.compile(r"[\p{L}'’.-]+")


def _name_key(name: str) -> frozenset[str]:
    """A name's words without openers and possessives ("The Greens" -> {"greens"},
    "Democrat Ann Mora" -> {"democrat", "ann", "mora"}); empty when none is left."""
    kept = (w.removesuffix("'s").removesuffix("’s").strip(".'’") for w in
            _WORD.findall(name.casefold()))
    return frozenset(w for w in kept if w and w not in _NOT_NAMES)


Label = tuple[frozenset[str], Statistic]


def _labels(view: PairView, sent: int) -> list[Label]:
    """The level figures of sentence ``sent`` with the words of the name that labels each
    ("Reform on 32%", the two sides of "A leads B 48% to 44%"; the second side of "A up 50%
    to 42%" is the other one); a figure whose label is unknown is left out."""
    figs = view.by_sent.get(sent, ())
    if not figs or len(figs) > _NAMED_MOST:
        return []
    text, lo = view.text, view.sents.start(sent)
    out: list[Label] = []

    def add(words_: frozenset[str], st: Statistic) -> None:
        if words_ and st.source is not None and words_ <= _name_key(st.source.value):
            return  # "Kompas put satisfaction at 80.1%": a pollster is no side
        g = st.group
        tag = {f"\x00group:{g.key}"} if g is not None and g.key is not None else set()
        if g is not None and g.key is not None and g.key.startswith("party="):
            tag |= _name_key(g.key.removeprefix("party="))  # "the Liberals won": the party
        # "Liberals" and "Liberal": one name
        out.append((words_ | {w.removesuffix("s") for w in words_ if len(w) > 4} | tag, st))

    k = 0
    while k < len(figs):
        st = figs[k]
        nxt = figs[k + 1] if k + 1 < len(figs) else None
        split = _SPLIT_BEFORE.search(text, max(lo, st.start - 80), st.start)
        if split is None:
            split = _PRONOUN_SPLIT.search(text, max(lo, st.start - 40), st.start)
        if (
            split is not None and nxt is not None
            and _SPLIT_TO.fullmatch(text, st.end, nxt.start) is not None
        ):
            a_words = _name_key(split["a"]) if split["a"] else _first_name(view, lo, st.start)
            if a_words:
                add(a_words, st)
                b = _name_key(split["b"]) if split["b"] else frozenset()
                add(b or frozenset({_OTHER}), nxt)
                k += 2
                continue
        if nxt is not None and _SPLIT_TO.fullmatch(text, st.end, nxt.start) is not None:
            k += 2  # "it led Labor 51-49": a split whose sides are not named in order
            continue
        prev = figs[k - 1] if k > 0 and out and out[-1][1] is figs[k - 1] else None
        words_ = _single_label(text, (lo, view.sents.end(sent)), st, prev)
        if words_ is not None:
            add(words_, st)
        k += 1
    return out


def _single_label(text: str, bounds: tuple[int, int], st: Statistic, prev: Statistic | None
                  ) -> frozenset[str] | None:
    """The name that labels the one figure ``st`` (not a side of a split), None when unknown;
    ``bounds``: its sentence's start and end (a name never runs into the next sentence:
    "43 per cent for the NDP. The Alberta Party ..."); ``prev``: the figure before it in the
    sentence when that one has a label."""
    lo, hi = bounds
    noun = _SCORE_BEFORE.search(text, max(lo, st.start - 50), st.start)
    if noun is not None:  # "a net score of -6", "the gap was still 11 points"
        return frozenset({"\x00" + _SCORE_NOUNS[noun["n"].casefold()[:3]]})
    bare = _NAME_RIGHT_AFTER.match(text, st.end, min(hi, st.end + 50))
    if (
        bare is not None and _name_key(bare["name"]) and prev is not None
        and _LABEL_AFTER.match(text, prev.end, st.start) is not None
    ):
        return _name_key(bare["name"])  # "41% chose Ford and 33% Crombie"
    named_for = _FOR_NAME.match(text, st.end, min(hi, st.end + 60))
    if named_for is not None and _name_key(named_for["name"]):
        return _name_key(named_for["name"])
    after = _LABEL_AFTER.match(text, st.end, min(hi, st.end + 60))
    if after is not None and _name_key(after["name"]):
        # "27 per cent would vote for Dr Ruto", whatever name comes before ("The Ipsos
        # survey found 39% of voters would back the SNP")
        return _name_key(after["name"])
    m = _LABEL_BEFORE.search(text, max(lo, st.start - 50), st.start)
    if (
        m is not None and _name_key(m["name"])
        and _OBJECT_BEFORE.search(text, max(lo, m.start() - 20), m.start()) is None
    ):
        return _name_key(m["name"])
    if st.group is not None and st.group.key is not None:
        return frozenset()  # "independents 34 percent": its group is its label
    return None


_WAVE_DATED = regex.compile(
    rf"""(?:{alternation(SURVEY_NOUNS)}|wave|round)\s+(?:conducted\s+|taken\s+)?(?:in|from|of)
       \s+(?P<t1>{TIME})
     | (?P<t2>{TIME})(?:[ \t]{{0,2}}[-–—][ \t]{{0,2}}[0-9]{{1,2}}(?![\w%.]))?   # Nov. 15–16
       (?:['’]s)?\s+(?:{alternation(SURVEY_NOUNS)}|wave|round)(?!\w)""",
    _F,
)
_TIME_FIRST = regex.compile(
    rf"[\s“\"‘(]{{0,4}}(?:(?:and|but|yet|back)[\s,]{{1,4}})?(?P<t>{TIME})", _F
)


def _past_sentence(view: PairView, sent: int) -> bool:
    """Whether sentence ``sent`` speaks of an earlier wave (before its last figure): "the
    previous poll", a time that says earlier ("a fortnight earlier"), a sentence that starts
    with a time ("In September, ..."), or a dated survey ("Marist's June survey", "its poll in
    early October"); not the fieldwork dates of the current one ("taken Oct. 23-27")."""
    lo, figs = view.sents.start(sent), view.by_sent.get(sent, ())
    hi = figs[-1].start if figs else lo
    text = view.text
    # the time patterns have no literal prefix (a few microseconds per character): each is
    # searched only where a word all its matches (or the ones that count) hold is there
    folded = ascii_folded(text[lo:hi])
    past = _PAST_WORDS.search(folded) is not None
    if (past and _PAST_WAVE.search(text, lo, hi) is not None) or _PAST_VOTE.search(
            text, lo, hi):
        return True
    first = _TIME_FIRST.match(text, lo, hi)
    if first is not None and _earlier(first["t"]):
        return True
    if _WAVE_WORDS.search(folded) is not None:
        for m in _WAVE_DATED.finditer(text, lo, hi):
            if _earlier(m["t1"] or m["t2"]):
                return True
    if past and any(
        time_key(m[0]).past and not time_key(m[0]).present
        for m in _TIME_RE.finditer(text, lo, hi)
    ):
        return True
    return _level_then_dated_wave(view, sent)


#: a level stated in the past right before a figure: "were at", "was on", "had been on"
_PAST_LEVEL_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:was|were|had\s+been|stood)\s+(?:at|on)\s+(?:{_QUAL}\s+)?\Z""", _F
)


def _level_then_dated_wave(view: PairView, sent: int) -> bool:
    """Whether sentence ``sent`` states one past level and dates it by an earlier survey
    after the figure: "The Liberals were at 34% in Nanos's early-March survey"."""
    figs = view.by_sent.get(sent, ())
    if len(figs) != 1:
        return False
    st, text = figs[0], view.text
    lo = max(view.sents.start(sent), st.start - 30)
    if _PAST_LEVEL_BEFORE.search(text, lo, st.start) is None:
        return False
    hi = min(view.sents.end(sent), st.end + 80)
    if _WAVE_WORDS.search(ascii_folded(text[st.end:hi])) is None:
        return False
    m = _WAVE_DATED.search(text, st.end, hi)
    return m is not None and _earlier(m["t1"] or m["t2"])


#: Words one of which every past cue of :func:`periods.time_key` (dates.txt [past_cues]) and
#: every match of ``_PAST_WAVE`` holds, lower case (searched in :func:`ascii_folded` text).
PAST_GATE_WORDS: Final = ("previous", "prior", "preceding", "earlier", "last", "ago", "before",
                          "former", "back")
_PAST_WORDS: Final = re.compile("|".join(PAST_GATE_WORDS).encode())
#: The longest run of ASCII letters of each survey noun, "wave" and "round": one of them is in
#: every match of ``_WAVE_DATED``.
WAVE_GATE_WORDS: Final = tuple(sorted({
    max(re.findall("[a-z]+", n.lower()), key=len) for n in (*SURVEY_NOUNS, "wave", "round")}))
_WAVE_WORDS: Final = re.compile("|".join(WAVE_GATE_WORDS).encode())


#: "in the April 28 election", "at the last general election", "in the 2022 plebiscite": a
#: vote already held (not "at the next election")
_PAST_VOTE = regex.compile(
    r"""(?<!\w)(?:in|at)\s+the\s+(?!(?:next|upcoming|coming|forthcoming|planned)(?!\w))
    (?:[\w'’-]{1,20}\s+){0,3}?(?:elections?|referendums?|plebiscites?)(?!\w)
    (?!\s+(?:polls?|surveys?|campaign))""",
    _F,
)
#: How many sentences back a named earlier wave may look for the figures it names.
_NAMED_REACH: Final = 12
#: Sentences with more figures than this are tables or lists, not waves named side by side
#: (and the bound keeps name matching linear).
_NAMED_MOST: Final = 12


def _match(b: frozenset[str], a_labels: list[Label]) -> Statistic | None:
    """The one figure of ``a_labels`` whose name shares a word with ``b``; a name word
    shared before a group tag alone (every figure of "Among likely voters, A has 48% and B
    45%" carries the same group)."""
    named = [st for words_a, st in a_labels
             if any(not w.startswith("\x00group:") for w in words_a & b)]
    if len(named) == 1:
        return named[0]
    hits = [st for words_a, st in a_labels if words_a & b]
    return hits[0] if len(hits) == 1 else None


#: a line that opens with its own date and a colon ("Oct. 10-14: CPC 40%, LPC 41%"): a row
#: of a table of waves, whose rows pair in date order (rule list_series), not text order
_DATED_ROW = regex.compile(
    rf"""[ \t]{{0,4}}(?:(?:[-•·▪●*–—]|[0-9]{{1,2}}[.)])[ \t]{{1,3}})?
    (?:[0-9]{{1,2}}[\s–-]{{1,3}}(?:[0-9]{{1,2}}[\s]{{1,2}})?)?
    (?:{alternation(MONTH_WORDS)})[^:\n%]{{0,40}}:""",
    _F,
)


def _dated_row(view: PairView, sent: int) -> bool:
    """Whether sentence ``sent`` is a line that opens with its date and a colon."""
    lo = view.sents.start(sent)
    if lo > 0 and view.text[lo - 1] != "\n":
        return False
    return _DATED_ROW.match(view.text, lo, min(len(view.text), lo + 60)) is not None


def named_parallel(view: PairView, s_b: int) -> Candidate | None:
    """``... puts Reform on 31%, Labour on 24% and the Tories on 18%. The previous poll had
    Reform on 32% and Labour on 23%.``, ``Smith leads Jones 48% to 44% ... in June, when Jones
    held a 47% to 45% lead``, ``... a net score of -6. In June the same question gave a net
    score of +3`` (a net score, a lead or gap is labelled by its noun): a sentence about an
    earlier wave that names the sides again pairs each of its figures with the figure of the
    same name in the nearest sentence before (up to a dozen back) that names them all (or in
    two sentences of one paragraph that name them together: "Labour is on 35% and National on
    31%. The Greens are on 11%."), of the same group."""
    b_labels = [
        (w, st) for w, st in _labels(view, s_b) if not view.decided.paired_earlier(st)
    ]
    if not b_labels or not _past_sentence(view, s_b) or _dated_row(view, s_b):
        return None
    other = frozenset({_OTHER})
    named = [(w, st) for w, st in b_labels if not _is_other(w)]
    nameless = [st for w, st in named if all(x.startswith("\x00group:") for x in w)]
    if len(nameless) == 1 and len(named) >= 3:
        # "with Tisza on 45% and the ruling parties on 38%": one side named by no name (only
        # its group) is the remaining side, as "other" is
        named = [(w, st) for w, st in named if st is not nameless[0]]
        b_labels = [(other if st is nameless[0] else w, st) for w, st in b_labels]
    if not named or (len(named) < 2 and len(view.by_sent[s_b]) > 1 and len(b_labels) < 2):
        return None
    for s_a in range(s_b - 1, max(-1, s_b - _NAMED_REACH - 1), -1):
        if s_a not in view.by_sent:
            continue
        for a_labels in _earlier_labels(view, s_a, merge=len(named) >= 3):
            ends = _named_ends(named, b_labels, a_labels)
            if ends is None:
                continue
            shared = _one_group(ends)
            if not _same_pollster(view, s_a, s_b, ends):
                return None
            if all(_comparable(view, x, y, shared=shared) for x, y in ends):
                # the later sentence speaks of the earlier wave: the text orders the ends
                return Candidate(tuple(Pair(y, x, "parallel", orderable=False) for x, y in ends))
    return None


def _is_other(w: frozenset[str]) -> bool:
    """Whether a label names the other side of a split (whatever group tag it carries)."""
    return _OTHER in w and all(x == _OTHER or x.startswith("\x00group:") for x in w)


def _earlier_labels(view: PairView, s_a: int, *, merge: bool) -> Iterator[list[Label]]:
    """The labels of sentence ``s_a``, then (with ``merge``: a wave that names three sides or
    more) those of it and the sentence before it when both are of one paragraph ("Labour is
    on 35% and National on 31%. The Greens are on 11%.")."""
    here = _labels(view, s_a)
    yield here
    prev = s_a - 1
    if merge and prev in view.by_sent and "\n" not in view.text[view.sents.start(s_a) - 2:
                                                        view.sents.start(s_a)]:
        before = _labels(view, prev)
        if before and here and len(before) + len(here) <= _NAMED_MOST:
            yield before + here


def _named_ends(named: list[Label], b_labels: list[Label], a_labels: list[Label]
                ) -> list[tuple[Statistic, Statistic]] | None:
    """The (earlier sentence's, later sentence's) figures of each side ``named`` in the wave
    sentence, None when a side is not found. A split's unnamed side is the side left over:
    "A up 50% to 42%" after "A 48%, B 45%"; "Rodriguez leads 47% to 45%. In June, Tiffany had
    46% and Rodriguez 45%" (the one name not found is the other side before). A score label
    ("a lead of eight points") the earlier sentence does not have is left out."""
    a_named = [(w, st) for w, st in a_labels if not _is_other(w)]
    a_other = [st for w, st in a_labels if _is_other(w)]
    a_words: frozenset[str] = frozenset().union(*(w for w, _ in a_named))
    sides = [(w, st) for w, st in named
             if not (w & _SCORE_LABELS and not w & _SCORE_LABELS & a_words)]
    if not sides:
        return None
    found = [_match(w, a_named) for w, _ in sides]
    ends = [(x, y) for x, (_, y) in zip(found, sides, strict=True) if x is not None]
    missing = [y for x, (_, y) in zip(found, sides, strict=True) if x is None]
    if missing:
        if len(missing) != 1 or len(a_other) != 1 or len(a_labels) != len(sides) or not ends:
            return None
        ends.append((a_other[0], missing[0]))
    b_other = [st for w, st in b_labels if _is_other(w)]
    if b_other:  # "A up 50% to 42%": the other side is the other name
        rest = [st for _, st in a_named if all(st is not x for x, _ in ends)]
        if len(b_other) != 1 or len(a_named) != len(ends) + 1 or len(rest) != 1:
            return None
        ends.append((rest[0], b_other[0]))
    return ends


_SCORE_LABELS: Final = frozenset("\x00" + n for n in set(_SCORE_NOUNS.values()))


#: a pollster's own earlier survey: "In Mainstreet's Nov. 15–16 survey", "Ipsos's June poll"
_OWNED_SURVEY = regex.compile(
    rf"""(?<!\w)(?P<org>\p{{Lu}}[\p{{L}}&.-]{{1,30}})['’]s
    (?:\s+[^\s;%]{{1,20}}){{0,4}}?\s+(?:{alternation(SURVEY_NOUNS)}|wave|round)(?!\w)""",
    regex.VERBOSE,
)


def _same_pollster(
    view: PairView, s_a: int, s_b: int, ends: list[tuple[Statistic, Statistic]]
) -> bool:
    """Whether the earlier wave sentence ``s_b`` names no pollster's survey, or one the
    sentence ``s_a`` it repeats names too ("Mainstreet (Nov. 29–30): ... In Mainstreet's Nov.
    15–16 survey ..."), or its later figures are credited to."""
    if any(clash(x.source, y.source) and not (view.decided.is_result(x)
                                              or view.decided.is_result(y)) for x, y in ends):
        return False  # "..., which had A at 48% and B at 45%": another pollster's poll (an
        # official result has no pollster: "won 52.1 per cent, according to the AEC")
    lo = view.sents.start(s_b)
    figs = view.by_sent.get(s_b, ())
    hi = figs[0].start if figs else lo
    m = _OWNED_SURVEY.search(view.text, lo, hi)
    if m is None:
        return True
    org = m["org"].lower()
    a_lo = view.sents.start(s_a)
    a_figs = view.by_sent.get(s_a, ())
    a_hi = a_figs[-1].end if a_figs else a_lo
    if org in view.text[a_lo:a_hi].lower():
        return True
    return any(  # credited from before the earlier wave sentence, not from its own name
        x.source is not None and x.source.start < lo and org in x.source.value.lower()
        for x, _ in ends
    )


def _one_group(ends: list[tuple[Statistic, Statistic]]) -> bool:
    """Whether the later figures all belong to one group and the earlier ones to that group
    or, some of them, to none: "... Casey led McCormick 52% to 43% among likely voters" (the
    group read only for the side next to it) against "Among likely voters, Casey gets 49% and
    McCormick 46%"."""
    def key(st: Statistic) -> str | None:
        g = _not_party(st)
        return None if g is None else g.key
    later = {key(x) for x, _ in ends}
    earlier = {key(y) for _, y in ends}
    return len(later) == 1 and None not in later and earlier == later | {None}


def _comparable(view: PairView, x: Statistic, y: Statistic, *, shared: bool = False) -> bool:
    """Whether ``y`` can be the earlier value of ``x``: one kind and unit, one group (or
    both of everyone, or ``shared``: see :func:`_one_group`), and ``x`` not itself a
    baseline."""
    if (x.kind, x.unit) != (y.kind, y.unit) or view.decided.is_from(x):
        return False
    gx, gy = _not_party(x), _not_party(y)
    if (gx is None) != (gy is None):
        return shared
    return gx is None or not clash(x.subgroup, y.subgroup)


def _not_party(st: Statistic) -> Group | None:
    """The group of ``st``, but none for a party read as its group: a named side's share
    ("the 43.8 per cent the Liberals won") is the party's, not a group of voters'."""
    g = st.group
    if g is None or not (g.key or "").startswith("party="):
        return g
    return g if _PEOPLE.search(g.words.value) is not None else None


#: words of people in a party group: "Labour supporters", "Republican voters"
_PEOPLE = regex.compile(
    r"(?<!\w)(?:supporters?|voters?|backers?|members?|identifiers?|leaners?|partisans?"
    r"|electors?|people|those|respondents)(?!\w)",
    _F,
)


NAMED_PARALLEL_RULE: Final = PairRule(
    "named_parallel", "sentence", named_parallel,
    examples=(
        ("Redfield (Oct. 3-4): Labour 41%, Reform 30%, Tories 17%. In Redfield's Sept. "
         "19-20 survey Labour was at 38% and Reform at 33%.", (33, 30)),
        ("Abacus (Nov. 27–Dec. 1): CPC 41%, LPC 37%. In Abacus's Nov. 13–17 wave the CPC "
         "stood at 40% and the LPC at 39%.", (39, 37)),
        ("Resolve (March 4-8): Labor 36%, Coalition 33%. In Resolve's Feb. 5-9 poll Labor "
         "had 34% and the Coalition 35%.", (34, 36)),
        ("CVoter (Jan. 10–14): NDA 47%, INDIA 39%. In CVoter's Dec. 3–7 survey the NDA was "
         "at 45% and INDIA at 40%.", (40, 39)),
        ("The new poll puts Mora on 41%, Vidal on 30% and Roig on 12%. The previous poll, "
         "a month earlier, had Mora on 38% and Vidal on 33%.", (38, 41)),
        ("The new poll puts Mora on 41%, Vidal on 30% and Roig on 12%. The previous poll, "
         "a month earlier, had Mora on 38% and Vidal on 33%.", (33, 30)),
        # a candidate named with the party "of" which she is: both names label the figure
        ("A Datum poll put Ruiz of Fuerza Nueva at 15% and Vega of Somos at 11%. In the Datum "
         "poll in March, Ruiz had 13% and Vega 12%.", (12, 11)),
        # one past level, dated by an earlier survey after it
        ("Ipsos puts the Greens at 14% and Labour at 33%. The Greens were at 17% in Ipsos's "
         "late-January survey.", (17, 14)),
        ("The new poll has Vidal on 29 per cent and Roig on 12 per cent. Vidal was on 25 "
         "per cent in the April poll.", (25, 29)),
        ("Mora leads Vidal 48% to 44% among likely voters. Turnout may be low. In May, "
         "Vidal held a slim 47% to 45% lead.", (45, 48)),
        ("Asked about the economy, 38% were upbeat and 50% gloomy, a net score of -12. In "
         "March the same question gave a net score of -4.", (-4, -12)),
        ("Mora is on 40% and Vidal on 31%, a lead of nine points. In April the gap was 4 "
         "points, with Mora on 37% and Vidal on 33%.", (4, 9)),
        ("The poll of 900 registered voters ran in June. Among likely voters, Mora has 47% "
         "and Vidal 44%, with 7% unsure. In the May poll, Vidal had 46% to Mora's 43%.",
         (43, 47)),
        ("Asked who would make the better premier, 41% of voters chose Ford and 33% Crombie. "
         "In April, Crombie led Ford 40% to 38%.", (40, 33)),
        ("For chief minister, 40 per cent picked Siddaramaiah and 27 per cent Shivakumar. "
         "Back in the 2018 survey, Shivakumar was preferred by 12 per cent and Siddaramaiah "
         "by 34 per cent.", (34, 40)),
        # an election already held is the earlier wave; "for" names the side
        ("The Leger poll puts the Liberals at 40 per cent, compared with 36 per cent for the "
         "Conservatives. That compares with the 43.8 per cent of the vote the Liberals won in "
         "the April election, when the Conservatives took 41.3 per cent.", (41.3, 36)),
        ("The latest Opinium poll has 27% for Labour and 29% for Reform. At the last general "
         "election, Labour took 34% and Reform 14%.", (14, 29)),
        ("The Infratest poll has 31 percent for the Union and 21 percent for the AfD. In the "
         "February election, the Union took 28.5 percent and the AfD 20.8 percent.",
         (28.5, 31)),
        ("Newspoll has 33 per cent for Labor and 31 per cent for the Coalition. At the May "
         "2025 election, Labor won 34.6 per cent and the Coalition 31.8 per cent.",
         (34.6, 33)),
        ("The CVoter tracker has 46 per cent for the NDA and 41 per cent for the INDIA bloc. "
         "In the 2024 general election, the NDA polled 43.3 per cent and the INDIA bloc 41.6 "
         "per cent.", (41.6, 41)),
        # a split whose group is read only next to its second side
        ("Among likely voters, Ortiz gets 48 percent and Baker 45 percent. In the previous "
         "Ohio survey, conducted in May, Ortiz led Baker 51 percent to 42 percent among likely "
         "voters.", (51, 48)),
        ("Among likely voters, Ortiz gets 48 percent and Baker 45 percent. In the previous "
         "Ohio survey, conducted in May, Ortiz led Baker 51 percent to 42 percent among likely "
         "voters.", (42, 45)),
        # a gap named "a difference"; the side named by no name is the remaining one
        ("Among decided voters, Tisza stands at 47% and Fidesz at 37%, a difference of 10 "
         "points. In the previous poll, in February, the gap was seven points, with Tisza on "
         "45% and the ruling parties on 38%.", (45, 47)),
        ("Among decided voters, Tisza stands at 47% and Fidesz at 37%, a difference of 10 "
         "points. In the previous poll, in February, the gap was seven points, with Tisza on "
         "45% and the ruling parties on 38%.", (7, 10)),
        ("Among likely voters, the ANC has 41%, the DA 24% and the MK party 13%. In the "
         "March poll, the ANC had 43%, the DA 22% and the smaller parties together 12%.",
         (22, 24)),
        # "a fortnight ago" (Australian, British, Indian reporting) is an earlier wave
        ("The Essential tracker has Labor on 47% and the Coalition on 35%. A fortnight ago "
         "Labor was on 45% and the Coalition 36%.", (45, 47)),
        ("Savanta puts Labour on 33% and Reform on 28%. A fortnight earlier, Reform had 26% "
         "and Labour 35%.", (26, 28)),
        # "would back the SNP": the side after the verb, with its article; a name ends with
        # its sentence ("for the NDP. The Alberta Party ...")
        ("The Ipsos survey found 39% of voters would back the SNP, compared with 22% for "
         "Labour. The Greens split the rest. In the previous poll, the SNP had 41% and Labour "
         "20%.", (41, 39)),
        ("The poll found 44 per cent would back the NDP, compared with 41 per cent for the "
         "UCP. The Alberta Party trails. In the spring poll, the NDP had 40 per cent and the "
         "UCP 45 per cent.", (45, 41)),
        # the side named now but not in the earlier split is its other side
        ("Among adults, Haddad leads 46% to 41%. In the March survey, Freitas had 44% and "
         "Haddad 42%.", (44, 41)),
        ("Among adults, Haddad leads 46% to 41%. In the March survey, Freitas had 44% and "
         "Haddad 42%.", (42, 46)),
        ("Among likely voters, Kelly gets 49% and Lake 44%. In the station's June poll of the "
         "state, Kelly led 51% to 42% among likely voters.", (42, 44)),
        # the current wave named over two sentences of one paragraph
        ("Labour is on 34% and National on 30%. The Greens are on 12% and ACT on 7%. In the "
         "previous poll National was on 32%, Labour on 33% and the Greens on 10%.", (10, 12)),
        ("The Coalition is on 35% and Labor on 33%. One Nation is on 14% and the Greens on "
         "11%. In the previous poll, Labor had 34%, the Coalition 36% and One Nation 12%.",
         (12, 14)),
        # a lead the earlier sentence has not named is left out; the rest pairs
        ("The survey puts Reform on 28pc and Labour on 26pc. A fortnight ago the same "
         "pollster had Reform on 30pc and Labour on 24pc, a lead of six points.", (24, 26)),
        # a pollster named by several words before "poll"
        ("Fine Gael is on 23 per cent and Sinn Féin on 25 per cent. The last Sunday "
         "Independent/Ireland Thinks poll, in May, had Fine Gael on 21 per cent and Sinn "
         "Féin on 24 per cent.", (21, 23)),
    ),
    near_misses=(
        # a level after the figure's own current survey, not an earlier one
        "Ipsos puts the Greens at 14% and Labour at 33%. The Greens were at 17% among men "
        "in the same survey.",
        # two sides named by no name: which is which is not said
        "Among decided voters, Tisza stands at 47% and Fidesz at 37%. In the previous poll, "
        "in February, the opposition had 45% and the ruling parties 38%.",
        "Redfield (Oct. 3-4): Labour 41%, Reform 30%. In YouGov's Sept. 19-20 survey "
        "Labour was at 38% and Reform at 33%.",
        "Ipsos (May 2-5): Fianna Fáil 22%, Sinn Féin 24%. In Red C's April 8-11 poll Fianna "
        "Fáil was on 20% and Sinn Féin on 26%.",
        "Among likely voters, Ortiz gets 48 percent and Baker 45 percent. In the previous "
        "Ohio survey, Ortiz led Baker 51 percent to 42 percent among women.",
        "The new poll puts Mora on 41% and Vidal on 30%. Among women, Mora is on 38% and "
        "Vidal on 33%.",
        "The new poll puts Mora on 41% and Vidal on 30%. A second poll has Mora on 38% and "
        "Vidal on 33%.",
        "Mora is on 40% and Vidal on 31%. In April, Mora's rival Ruiz had 33%.",
        "Asked who would make the better premier, 41% of voters chose Ford and 33% Crombie. "
        "In April, Ford led Stiles 44% to 30%.",
        "The poll has 27% for Labour and 29% for Reform. At the next general election, Labour "
        "needs 34% and Reform 14%.",
        "The poll has 27% for Labour and 29% for Reform. Among Labour voters, 34% back Reform "
        "and 14% back the Greens.",
        # another pollster's poll, credited in its own sentence
        "A new Ipsos poll finds Kelly leads 49% to 44%. A Gallup poll last month had Lake on "
        "46% and Kelly on 45%.",
        # two paragraphs are not one wave
        "Labour is on 34% and National on 30%.\n\nThe Greens are on 12%. In the previous "
        "poll National was on 32%, Labour on 33% and the Greens on 10%.",
    ),
)


# -- "A rose from X" and A's new figure further on ---------------------------------------------

_MOVED_FROM = regex.compile(rf"(?r)(?<!\w)(?:{_VERBS})\s+from\s+(?:{_QUAL}\s+)?\Z", _F)
#: How many sentences ahead the later figure of "A rose from X" may be.
_FROM_REACH: Final = 3


def named_from(view: PairView, s_a: int) -> Candidate | None:
    """``The Greens rose from 7.6% in August, ... Greens: 9.4% overall``: a named side that
    moved "from" a figure with no "to" in its sentence pairs with the next figure of the same
    name (and group) in the next few sentences."""
    text = view.text
    for words_a, x in _labels(view, s_a):
        if view.decided.paired_earlier(x) or words_a == frozenset({_OTHER}):
            continue
        if _MOVED_FROM.search(text, max(view.sents.start(s_a), x.start - 40), x.start) is None:
            continue
        later = [st for st in view.by_sent[s_a] if st.start > x.start]
        if later:
            continue  # "rose from 7.6% to 9.4%" is from_to's; another figure is another side
        # the next figure of that name, else the one just before ("... 27% would vote for
        # Ruto. Ruto's support has slipped from 31% in August")
        ahead = range(s_a + 1, s_a + 1 + _FROM_REACH)
        back = range(s_a - 1, max(-1, s_a - 1 - _FROM_REACH), -1)
        for s_b in (*ahead, *back):
            y = _match(words_a, [(w, st) for w, st in _labels(view, s_b)])
            if y is None:
                continue
            if _comparable(view, y, x) and not view.decided.paired_earlier(y):
                return Candidate((Pair(x, y, "chain"),))
            return None
    return None


NAMED_FROM_RULE: Final = PairRule(
    "named_from", "sentence", named_from,
    examples=(
        ("The Greens rose from 7.1% in May, the best gain of any party. The breakdown was:"
         "\n\nGreens: 8.6% overall\n", (7.1, 8.6)),
        ("The poll found 29% would vote for Mora. Mora's support has slipped from 33% in "
         "March.", (33, 29)),
    ),
    near_misses=(
        "The Greens rose from 7.1% in May. Labour: 8.6% overall.",
        "The Greens rose from 7.1% in May. Among women, the Greens had 8.6%.",
    ),
)
