"""Stage 5: comparisons — two figures of one measure at two times, and the change between them.

Forms (docs/comparisons.md has an example of each):

``from_to``       "fell from 45% to 38%", "(from 9–14% to 21%)"
``baseline``      "47%, up from 41% in 2019", "18% ... compared to 11% in October 2023",
                  "19% — almost half the figure from October 2023 (32%)",
                  "62% ... slightly higher than the previous year (56%)"
``time_pair``     "41% in 2019 and 47% in 2023"
``chain``         "rose to 19% in 2020, then to 26% ... It climbed to 32%" (consecutive pairs)
``anaphor``       "... 47% backed it. A year earlier, the figure was 41%."
``respectively``  "8% and 7% ... previous surveys showed 12% and 10%, respectively"
``parallel``      "39% approve and 61% disapprove. In March, the same poll found 44% and 56%."
``table``         "Issues (this poll / previous poll):" then lines "Economy 41% / 44%"
``derived``       "increased 5 points to 47%" (baseline 42% computed, ``derived=True``)

Pairing looks only at neighbouring figures (the next share in the text, or the pair before a
"respectively"), in the same or the next sentence, so it is linear in the number of figures.
A spread across places or groups ("from 79% in Poland to 39% in Germany", "45% of men compared
with 30% of women") is not a comparison; nor is a split ("71 to 23 percent"), nor one figure with
a multiplier ("halved, dropping to 6%").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Final, Literal

import attrs
import regex

from ._context import TIME, Sentences, Tail, TimeKey, tail_after, time_key
from ._data import alternation, table, words
from .checks import Wording, n_from_margin, significant_change, stated_fits, wording_before
from .model import Cue, Statistic
from .text import Sentence

__all__ = ["Comparison", "Form", "find_comparisons"]

Form = Literal[
    "from_to", "baseline", "time_pair", "chain", "anaphor", "respectively", "parallel",
    "table", "derived",
]

_CMP = "comparison.txt"
_LEX = "lexicon.txt"
_F = regex.VERBOSE | regex.IGNORECASE

#: Longest gap (characters) between two figures of one comparison in a sentence.
MAX_GAP: Final = 250


@attrs.frozen
class Comparison:
    """Two figures of one measure: ``from_`` the earlier or baseline value, ``to`` the later.

    ``start``/``end`` cover the evidence (both figures and a stated change). ``stated`` is a
    change or ratio the text gives for the pair ("doubled", "dropped by nearly a quarter");
    ``consistent`` says whether it fits the numbers (tolerances in :mod:`pollstats.checks`).
    ``significant`` is the two-proportion test at 95% when both sample sizes are known.
    ``derived`` marks a ``from_`` computed from a stated change ("up 5 points to 47%"); its span
    is that of the change.
    """

    from_: Statistic
    to: Statistic
    form: Form
    start: int
    end: int
    stated: Statistic | None = None
    wording: Wording | None = None
    consistent: bool | None = None
    significant: bool | None = None
    derived: bool = False
    from_period: str | None = None
    to_period: str | None = None

    @property
    def unit(self) -> str:
        return self.to.unit

    @property
    def change_points_interval(self) -> tuple[float, float]:
        """to − from as an interval: from 9–14% to 21% gives (7, 12)."""
        return self.to.low - self.from_.high, self.to.high - self.from_.low

    @property
    def change_points(self) -> float:
        """to − from between the middles of the two intervals (9–14% → 21% gives 9.5)."""
        return self.to.value - self.from_.value

    @property
    def change_relative_interval(self) -> tuple[float, float] | None:
        """(to − from) / from as an interval, a fraction (−0.156 for 45% → 38%)."""
        if self.from_.low <= 0:
            return None
        return self.to.low / self.from_.high - 1.0, self.to.high / self.from_.low - 1.0

    @property
    def change_relative(self) -> float | None:
        """(to − from) / from between the middles, a fraction; None for a zero baseline."""
        if self.from_.value <= 0:
            return None
        return self.change_points / self.from_.value

    @property
    def measure(self) -> Cue | None:
        return self.to.measure or self.from_.measure

    @property
    def source(self) -> Cue | None:
        return self.to.source or self.from_.source


# -- patterns ------------------------------------------------------------------------------

_QUAL = alternation(words(_LEX, "qualifier") + words(_CMP, "wording"))
_CUE_KIND: Final[dict[str, str]] = {
    c.lower(): k.split()[0] for c, k in table(_CMP)["baseline_cue"]
}
_CUE_DATED: Final = frozenset(
    c.lower() for c, k in table(_CMP)["baseline_cue"] if "dated" in k.split()
)
_CUE = alternation(list(_CUE_KIND))
_VERBS = alternation(
    words(_LEX, "change_verb_up") + words(_LEX, "change_verb_down") + words(_CMP, "motion_verb")
)
_MOTION = alternation(words(_CMP, "motion_verb"))
_NOUNS = alternation(words(_LEX, "change_noun_up") + words(_LEX, "change_noun_down"))
_SPREAD = alternation(words(_CMP, "spread_verb"))
_CHAIN = alternation(words(_CMP, "chain_word"))
_ANAPHOR = alternation(words(_CMP, "anaphor"))
_ANAPHOR_VERB = alternation(words(_CMP, "anaphor_verb"))
_BREAK = alternation(words(_CMP, "clause_break"))

_FROM_BEFORE = regex.compile(rf"(?r)(?<!\w)from\s+(?:{_QUAL}\s+)?\Z", _F)
_SPREAD_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{_SPREAD})(?:\s+[\w'’-]{{1,20}}){{0,3}}?\s+from\s+(?:{_QUAL}\s+)?\Z", _F
)
_TO_CONNECT = regex.compile(
    rf"[\s),]{{0,8}}(?:and\s+)?(?:then\s+)?to\s+(?:{_QUAL}\s+)?\(?", _F
)
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
_SPLIT_DASH = regex.compile(r"[ \t]*[-–][ \t]*")
_NEW_CLAUSE = regex.compile(
    r"(?<!\w)(?:while|whereas|but|although|though|meanwhile|however|yet)(?!\w)|;", _F
)
_FOLLOWED_BY_TO = regex.compile(r"[\s),]{0,8}to\s", _F)
_PAIR_CONNECT = regex.compile(
    rf"""
    [\s),;]{{0,8}}
    (?:(?:and|but|while|whereas|versus|vs\.?|against|compared\s+(?:with|to)|to|then|from)\s+)
       {{0,2}}
    (?:{_QUAL}\s+)?\(?
    """,
    _F,
)
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
_ANAPHORS: Final = frozenset(w.lower() for w in words(_CMP, "anaphor")) | {"this", "that"}
_AND_GAP = regex.compile(rf"[\s,]{{0,4}}(?:and|&)\s+(?:{_QUAL}\s+)?", _F)
_RESPECTIVELY = regex.compile(
    rf"[\s),]{{0,8}}(?:(?:{TIME})[\s,]{{0,4}})?respectively(?!\w)", _F
)
_PAST_OR_CUE = regex.compile(
    rf"""(?<!\w)(?:previous|previously|prior|earlier|last|ago|before|formerly|back\s+in
       |(?:19|20)[0-9]{{2}}|{_CUE})(?!\w)""",
    _F,
)
_DATED = regex.compile(TIME, _F)
_LEADING_CUE = regex.compile(
    rf"""[\s“"‘(]{{0,6}}(?:(?:and|but|so)[\s,]{{1,4}})?
    (?P<cue>compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?
       |up\s+from|down\s+from|from)
    \s+(?:{_QUAL}\s+)?""",
    _F,
)
_PARALLEL_START = regex.compile(
    rf"\s{{0,4}}(?:(?:and|but|by\s+contrast|back)[\s,]{{1,4}})?(?P<t>{TIME})\s{{0,3}},", _F
)
_SAME_SURVEY = regex.compile(
    rf"""(?<!\w)(?:the\s+same|that|the\s+previous|the\s+prior|an\s+earlier|the\s+last
       |a\s+previous|a\s+prior|the\s+preceding)\s+(?:{alternation(words(_CMP, "survey_noun"))}
       |question)(?!\w)""",
    _F,
)
_GROUP_WORD = regex.compile(
    rf"(?<!\w)(?:among|{alternation(words(_LEX, 'group_heads'))})(?!\w)", regex.IGNORECASE
)
_BRACKET_BEFORE = regex.compile(r"(?r)\(\s{0,2}\Z")
_MOVED_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{_VERBS}|by)(?:\s+by)?\s+(?:{_QUAL}\s+)?(?:an?\s+)?\Z", _F
)
_GAP_NOUN_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:lead|gap|margin|advantage|edge|deficit|net)(?!\w)[^.;\d%]{0,40}\Z", _F
)
_CUE_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:{_CUE})\s+(?:{_QUAL}\s+)?\Z", _F)
_SLASH_HEADER = regex.compile(
    r"\(\s{0,3}(?P<a>[^()/\n%]{1,40}?)\s{0,3}/\s{0,3}(?P<b>[^()/\n%]{1,40}?)\s{0,3}\)[ \t:]{0,3}$",
    regex.MULTILINE,
)
_LINE = regex.compile(r"[^\n]{0,400}")
_SLASH = regex.compile(r"\s{0,3}/\s{0,3}")
_NET_TEXT = regex.compile(r"(?:[+\-−]|minus\s+|negative\s+)[0-9][0-9.,]{0,12}", _F)
_WORD_LIST = regex.compile(r"(?<![\w%])\p{L}[\w'’-]{0,30}\s+(?:and|or|&)\s+\p{L}", _F)
_PRESENT_CUE = regex.compile(r"(?<!\w)(?:now|currently|today|this\s+year|latest)(?!\w)", _F)
_DERIVED_TO = regex.compile(
    rf"""
    \s{{0,3}}(?:(?:{_NOUNS})\s+)?
    (?:(?:since|from|compared\s+with|on)\s+{TIME}[\s,]{{1,4}})?
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
_AFTER_STATED = regex.compile(
    rf"[\s,;:(—–-]{{0,8}}(?:(?!(?:{_BREAK})(?!\w))[\w'’-]{{1,20}}\s+){{0,4}}?(?:{_QUAL}\s+)?",
    _F,
)
_PERCENT_TEXT = regex.compile(r"%|percent|per\s?cent|pct", regex.IGNORECASE)
_DUPLICATE_GAP = regex.compile(r"(?:\s+[\w'’-]{1,20}){0,3}\s*\(\s*")
_PERIOD_VALUE = regex.compile(
    r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2}))?(?:-[0-9]{2})?(?:/(?P<y2>[0-9]{4}))?"
)


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


def _clash(a: Cue | None, b: Cue | None) -> bool:
    """Whether two attributed values are both known and differ."""
    return a is not None and b is not None and a.value.casefold() != b.value.casefold()


def _new_clause(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` starts a new clause ("while", "but", ";") outside quotation
    marks (quoted survey wording may say anything: "heard something but without details")."""
    for m in _NEW_CLAUSE.finditer(text, lo, hi):
        before = text[lo : m.start()]
        opened = before.count("“") - before.count("”") + before.count('"') % 2
        if opened <= 0:
            return True
    return False


# -- figures -------------------------------------------------------------------------------


@attrs.frozen
class _Fig:
    st: Statistic
    sent: int
    tail: Tail


def _is_level(text: str, st: Statistic) -> bool:
    """A figure that can be an end of a comparison: a share in percent, or a score in points —
    a net score ("a net rating of -22", not a bracketed change "31% (+2)"), a lead or gap
    ("its lead now stands at nine points", not "the gap narrowed by 3 points"), or points
    after a baseline cue ("up from six points")."""
    if st.kind == "share":
        return st.unit == "percent"
    if st.kind != "change" or st.unit != "percentage_point":
        return False
    lo = max(0, st.start - 60)
    if _NET_TEXT.fullmatch(st.text) is not None:
        return _BRACKET_BEFORE.search(text, lo, st.start) is None
    if _MOVED_BEFORE.search(text, lo, st.start) is not None:
        return False
    return (
        _GAP_NOUN_BEFORE.search(text, lo, st.start) is not None
        or _CUE_BEFORE.search(text, lo, st.start) is not None
    )


def _candidates(text: str, stats: Sequence[Statistic]) -> list[Statistic]:
    """The figures that can be ends of a comparison (:func:`_is_level`). A fraction word
    followed by the same figure in digits ("one in five respondents (19%)") gives way to the
    digits."""
    shares = [st for st in stats if _is_level(text, st)]
    out: list[Statistic] = []
    for k, st in enumerate(shares):
        nxt = shares[k + 1] if k + 1 < len(shares) else None
        if (
            nxt is not None
            and _PERCENT_TEXT.search(st.text) is None
            and _PERCENT_TEXT.search(nxt.text) is not None
            and nxt.start - st.end <= 60
            and _DUPLICATE_GAP.fullmatch(text, st.end, nxt.start) is not None
        ):
            continue
        out.append(st)
    return out


def _period_key(cue: Cue | None) -> TimeKey | None:
    """A :class:`TimeKey` from an attributed period (``2023-10``, ``2007/2010``)."""
    if cue is None:
        return None
    m = _PERIOD_VALUE.match(cue.value)
    if m is None:
        return None
    return TimeKey(
        int(m["y"]), int(m["m"]) if m["m"] else None, int(m["y2"]) if m["y2"] else None
    )


@attrs.frozen
class _Pair:
    f: Statistic
    t: Statistic
    form: Form
    t_from: TimeKey | None = None
    t_to: TimeKey | None = None
    #: whether attributed or stated times may swap the ends (not for "from X to Y")
    orderable: bool = True


# -- the forms -----------------------------------------------------------------------------


@attrs.define
class _Pairing:
    """Mutable state of one pass over the figures (results are frozen Comparisons)."""

    text: str
    sents: Sentences
    figs: list[_Fig]
    pairs: list[_Pair] = attrs.field(factory=list)
    as_from: set[tuple[int, int]] = attrs.field(factory=set)
    as_to: set[tuple[int, int]] = attrs.field(factory=set)
    blocked: set[tuple[int, int]] = attrs.field(factory=set)
    #: span of a baseline -> index of the later figure it is the baseline of
    baseline_of: dict[tuple[int, int], int] = attrs.field(factory=dict)

    def add(self, pair: _Pair) -> None:
        """Keep ``pair`` unless an end is taken or attribution names two groups or (but for
        "from X to Y") two sources."""
        f, t = (pair.f.start, pair.f.end), (pair.t.start, pair.t.end)
        if f in self.as_from or t in self.as_to:
            return
        if _clash(pair.f.subgroup, pair.t.subgroup):
            return
        if pair.form != "from_to" and _clash(pair.f.source, pair.t.source):
            return
        self.pairs.append(pair)
        self.as_from.add(f)
        self.as_to.add(t)

    def pair(
        self, i_from: int, i_to: int, form: Form, t_from: TimeKey | None = None,
        t_to: TimeKey | None = None, *, orderable: bool = True,
    ) -> _Pair:
        return _Pair(
            self.figs[i_from].st, self.figs[i_to].st, form, t_from, t_to, orderable
        )

    def is_to(self, i: int) -> bool:
        """Whether figure ``i`` is already the later end of a comparison."""
        st = self.figs[i].st
        return (st.start, st.end) in self.as_to

    def sentence_end(self, i: int) -> int:
        return self.sents.end(self.figs[i].sent)

    def groups_clash(self, a: Tail, b: Tail) -> bool:
        """Whether two tails name different groups or places."""
        return bool(a.group) and bool(b.group) and a.group != b.group

    # -- respectively --
    def respectively(self, i: int) -> bool:
        """``8% and 7% ... previous surveys showed 12% and 10%, respectively``."""
        figs, text = self.figs, self.text
        if i < 2 or i + 1 >= len(figs):
            return False
        b1, b2 = figs[i], figs[i + 1]
        if b1.sent != b2.sent or _AND_GAP.fullmatch(text, b1.st.end, b2.st.start) is None:
            return False
        if _RESPECTIVELY.match(text, b2.st.end, min(len(text), b2.st.end + 60)) is None:
            return False
        a1, a2 = figs[i - 2], figs[i - 1]
        if not (b1.sent - 1 <= a1.sent <= a2.sent <= b1.sent) or a1.st.end > a2.st.start:
            return False
        if a2.sent == b1.sent and _AND_GAP.fullmatch(text, a2.st.end, b1.st.start) is not None:
            return False  # four figures in a row: a list, not two pairs
        clause = max(self.sents.start(b1.sent), b1.st.start - 200)
        past = _PAST_OR_CUE.search(text, clause, b1.st.start) is not None
        present = _PRESENT_CUE.search(text, clause, b1.st.start) is not None
        if (not past and not present) or _WORD_LIST.search(text, clause, b1.st.start):
            # "Among men and women, 45% and 50%, respectively": its own two groups
            return False
        earlier_is_b = past or not present
        for a, b in ((i - 2, i), (i - 1, i + 1)):
            first, second = (b, a) if earlier_is_b else (a, b)
            self.add(self.pair(first, second, "respectively"))
        self.blocked.update({(i - 1, i), (i, i + 1), (i - 2, i - 1)})
        return True

    # -- neighbours --
    def neighbours(self, i: int) -> _Pair | None:
        a, b = self.figs[i], self.figs[i + 1]
        if a.st.end > b.st.start or b.st.start - a.st.end > MAX_GAP * 2:
            return None
        if a.sent == b.sent and (listed := self.baseline_list(i)) is not None:
            return listed
        if (a.st.kind, a.st.unit) != (b.st.kind, b.st.unit):
            return None  # a share and a net score
        if a.sent == b.sent:
            return (
                self.from_to(i) or self.baseline(i) or self.leading(i) or self.chain(i)
                or self.time_pair(i) or self.anaphor(i)
            )
        if b.sent == a.sent + 1:
            return self.chain(i) or self.anaphor(i)
        return None

    def from_to(self, i: int) -> _Pair | None:
        a, b = self.figs[i], self.figs[i + 1]
        text = self.text
        lo = max(0, a.st.start - 60)
        if _FROM_BEFORE.search(text, lo, a.st.start) is None:
            return None
        if _SPREAD_BEFORE.search(text, lo, a.st.start) is not None:
            return None
        if _TO_CONNECT.fullmatch(text, a.tail.end, b.st.start) is None:
            return None
        if a.tail.kind == "group" or (a.tail.kind == "of" and b.tail.kind in ("of", "group")):
            return None
        if self.groups_clash(a.tail, b.tail):
            return None
        return self.pair(i, i + 1, "from_to", a.tail.time, b.tail.time, orderable=False)

    def baseline(self, i: int) -> _Pair | None:
        a, b = self.figs[i], self.figs[i + 1]
        text = self.text
        if b.st.start - a.st.end > MAX_GAP:
            return None
        m = _BASELINE_END.search(text, a.st.end, b.st.start)
        if m is None or _new_clause(text, a.st.end, m.start()):
            return None
        if _FOLLOWED_BY_TO.match(text, b.tail.end, b.tail.end + 8) is not None:
            return None  # "up from 41% to 47%": b starts a from-to pair
        if b.tail.kind in ("group", "of") or self.groups_clash(a.tail, b.tail):
            return None
        if (i > 0 and i + 2 < len(self.figs)
                and _SPLIT_DASH.fullmatch(text, self.figs[i - 1].st.end, a.st.start)
                and _SPLIT_DASH.fullmatch(text, b.st.end, self.figs[i + 2].st.start)):
            return None  # "52-48, down from 55-45": two splits, not 48 against 55
        cue = " ".join(m["cue"].lower().split())
        t_b = time_key(m["mid"]) if m["mid"] else b.tail.time
        t_a = a.tail.time
        if cue in _CUE_DATED and t_a is None and t_b is None:
            return None
        neutral = _CUE_KIND.get(cue) == "neutral"
        self.baseline_of[(b.st.start, b.st.end)] = i
        if neutral and t_a is None:
            # "11% said so in October 2023, compared with ...", "In 2023, 11% ..., compared"
            t_a = self.time_in(a.st.end, m.start()) or self.time_in(
                max(self.sents.start(a.sent), a.st.start - 120), a.st.start
            )
        return self.pair(i + 1, i, "baseline", t_b, t_a, orderable=neutral)

    def time_in(self, lo: int, hi: int) -> TimeKey | None:
        """The first dated time phrase in ``text[lo:hi]`` (a bounded slice)."""
        for m in _DATED.finditer(self.text, lo, hi):
            key = time_key(m[0])
            if key.year is not None:
                return key
        return None

    def baseline_list(self, i: int) -> _Pair | None:
        """``-35 compares with -31 in the previous poll and +19 after the election``: a second
        dated baseline joined by "and" to the first one gives a second pair."""
        a, b = self.figs[i], self.figs[i + 1]
        k = self.baseline_of.get((a.st.start, a.st.end))
        if k is None or a.sent != b.sent or b.tail.kind != "time" or a.tail.kind != "time":
            return None
        if _AND_GAP.fullmatch(self.text, a.tail.end, b.st.start) is None:
            return None
        later = self.figs[k]
        if (later.st.kind, later.st.unit) != (b.st.kind, b.st.unit):
            return None
        pair = self.pair(i + 1, k, "baseline", b.tail.time, later.tail.time)
        self.as_to.discard((later.st.start, later.st.end))  # one later figure, two baselines
        return pair

    def leading(self, i: int) -> _Pair | None:
        """``Compared with 32% in 2023, only 19% now ...``, ``From 41% in 2019, support has
        risen to 47%``: the baseline first, at the start of the sentence."""
        a, b = self.figs[i], self.figs[i + 1]
        text = self.text
        lead = self.sents.start(a.sent)
        m = _LEADING_CUE.fullmatch(text, lead, a.st.start)
        if m is None or b.st.start - a.tail.end > 120:
            return None
        if a.tail.kind in ("group", "of") or b.tail.kind in ("group", "of"):
            return None
        if _new_clause(text, a.tail.end, b.st.start):
            return None
        neutral = m["cue"].lower() != "from"
        return self.pair(i, i + 1, "baseline", a.tail.time, b.tail.time, orderable=neutral)

    def time_pair(self, i: int) -> _Pair | None:
        a, b = self.figs[i], self.figs[i + 1]
        ta, tb = a.tail.time, b.tail.time
        if ta is None or tb is None or a.tail.group != b.tail.group:
            return None
        order = ta.before(tb)
        if order is None:
            return None
        if _PAIR_CONNECT.fullmatch(self.text, a.tail.end, b.st.start) is None:
            return None
        if order:
            return self.pair(i, i + 1, "time_pair", ta, tb)
        return self.pair(i + 1, i, "time_pair", tb, ta)

    def in_motion(self, i: int) -> bool:
        if self.is_to(i):
            return True
        st = self.figs[i].st
        lo = max(self.sents.start(self.figs[i].sent), st.start - 60)
        return _MOTION_BEFORE.search(self.text, lo, st.start) is not None

    def chain(self, i: int) -> _Pair | None:
        a, b = self.figs[i], self.figs[i + 1]
        if a.tail.kind == "group" or b.tail.kind in ("group", "of"):
            return None
        if self.groups_clash(a.tail, b.tail):
            return None
        m = _CHAIN_GAP.fullmatch(self.text, a.tail.end, b.st.start)
        if m is None:
            return None
        said = {" ".join(w.lower().split()) for w in m.captures("w")}
        if self.is_to(i) and a.tail.kind == b.tail.kind == "time" and said <= {"and"}:
            # "... rose to 19% in February, then 26% in April and 30% now"
            return self.pair(i, i + 1, "chain", a.tail.time, b.tail.time, orderable=False)
        if not ("then" in said or m["to"] is not None or m["verb"] is not None):
            return None
        if not self.in_motion(i) and not (
            # "Approval was 40% in 2022. It rose to 44% in 2023."
            b.sent == a.sent + 1 and said & _ANAPHORS and m["verb"] and m["to"]
        ):
            return None
        return self.pair(i, i + 1, "chain", a.tail.time, b.tail.time, orderable=False)

    def anaphor(self, i: int) -> _Pair | None:
        """``... 47% backed it. A year earlier, the figure was 41%.`` (or after a ``;``)."""
        a, b = self.figs[i], self.figs[i + 1]
        nxt = self.figs[i + 2] if i + 2 < len(self.figs) else None
        if nxt is not None and nxt.sent == b.sent:
            return None
        clause = self.sents.start(b.sent)
        if a.sent == b.sent:
            semicolon = self.text.rfind(";", a.st.end, b.st.start)
            if semicolon < 0:
                return None
            clause = semicolon + 1
        m = _ANAPHOR_PREFIX.fullmatch(self.text, clause, b.st.start)
        if m is None or b.tail.kind in ("group", "of"):
            return None
        said = next((m[g] for g in ("t0", "t1", "t2") if m[g]), None)
        t_b = time_key(said) if said else b.tail.time
        if m["verb"] is not None:  # "By 2024 that had fallen to 26%": b is the later figure
            if a.sent == b.sent or (b.st.kind, b.st.unit) != (a.st.kind, a.st.unit):
                return None
            return self.pair(i, i + 1, "anaphor", a.tail.time, t_b, orderable=False)
        if t_b is None and m["cmp"] is None:
            return None
        neutral = m["cmp"] is not None and m["cmp"].lower().startswith("compare")
        return self.pair(i + 1, i, "anaphor", t_b, a.tail.time, orderable=neutral)

    # -- a table of "now / then" pairs --
    def slash_table(self) -> None:
        """``Most important issues (this poll / previous poll):`` then lines such as
        ``Economy 41% / 44%``: each line's two figures, in the order the header gives."""
        text = self.text
        by_start = {f.st.start: f.st for f in self.figs}
        starts = sorted(by_start)
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
                pair = [by_start[x] for x in starts[k : k + 3] if x < line.end()]
                if len(pair) != 2 or (pair[0].kind, pair[0].unit) != (pair[1].kind, pair[1].unit):
                    break
                if _SLASH.fullmatch(text, pair[0].end, pair[1].start) is None:
                    break
                x, y = pair if not later_first else (pair[1], pair[0])
                self.add(_Pair(x, y, "table", second if later_first else first,
                               first if later_first else second, orderable=False))
                pos = line.end() + 1

    # -- parallel sentences --
    def parallel(self) -> None:
        """``39% approve and 61% disapprove, a net of -22. In March, the same poll found 44%
        approving and 56% disapproving, a net of -12.``: a sentence that starts with a time
        (or names the same or a previous survey) and repeats the figures of the sentence before,
        same kinds in the same order, gives their earlier values (two or more figures, or one
        with the survey named)."""
        text, sents = self.text, self.sents
        by_sent: dict[int, list[Statistic]] = {}
        for f in self.figs:
            by_sent.setdefault(f.sent, []).append(f.st)
        used = self.as_from | self.as_to
        for s_a in sorted(by_sent):
            a_figs, b_figs = by_sent[s_a], by_sent.get(s_a + 1)
            if not b_figs or len(a_figs) != len(b_figs) or len(a_figs) > 4:
                continue
            a_figs.sort(key=lambda st: st.start)
            b_figs.sort(key=lambda st: st.start)
            if [(x.kind, x.unit) for x in a_figs] != [(x.kind, x.unit) for x in b_figs]:
                continue
            if any((x.start, x.end) in used for x in a_figs + b_figs):
                continue
            lead = sents.start(s_a + 1)
            start = _PARALLEL_START.match(text, lead, b_figs[0].start)
            same = _SAME_SURVEY.search(text, lead, b_figs[0].start) is not None
            if not same and (start is None or len(a_figs) < 2):
                continue
            if _GROUP_WORD.search(text, start.end() if start else lead, b_figs[0].start):
                continue  # "In March, Republicans gave 20% and 75%": another group
            if any(
                x.subgroup is not None and _clash(x.subgroup, y.subgroup or x.source)
                for x, y in zip(a_figs, b_figs, strict=True)
            ):
                continue
            t_b = time_key(start["t"]) if start is not None else None
            a_start = _PARALLEL_START.match(text, sents.start(s_a), a_figs[0].start)
            t_a = time_key(a_start["t"]) if a_start is not None else None
            for x, y in zip(b_figs, a_figs, strict=True):
                self.add(_Pair(x, y, "parallel", t_b, t_a))

    # -- derived baselines --
    def derived(
        self, stats: Sequence[Statistic], fig_starts: list[int]
    ) -> list[tuple[int, Statistic, TimeKey | None]]:
        """``increased 5 points to 47%`` and ``47%, up 5 points (from 2019)``: (index of the
        later figure, the change, the time of the baseline)."""
        text = self.text
        out: list[tuple[int, Statistic, TimeKey | None]] = []
        for c in stats:
            if c.kind != "change" or c.unit != "percentage_point":
                continue
            k = bisect.bisect_left(fig_starts, c.end)
            if k < len(self.figs):
                b = self.figs[k]
                if (
                    b.st.start - c.end <= 60
                    and not self.is_to(k)
                    and _DERIVED_TO.fullmatch(text, c.end, b.st.start) is not None
                ):
                    out.append((k, c, None))
                    continue
            k -= 1
            if k < 0 or self.is_to(k):
                continue
            a = self.figs[k]
            if a.tail.end > c.start or c.start - a.tail.end > 30:
                continue
            if _DERIVED_LEAD.fullmatch(text, a.tail.end, c.start) is None:
                continue
            since = _DERIVED_SINCE.match(text, c.end, min(len(text), c.end + 60))
            if since is not None and since["time"] is None and since["cue"].lower() != "on":
                continue  # "5 points higher than men": a gap between groups
            out.append((k, c, time_key(since["time"]) if since and since["time"] else None))
        return out


# -- stated changes ------------------------------------------------------------------------


def _link_stated(
    text: str, sents: Sentences, comps: list[tuple[Statistic, Statistic] | None],
    pool: Sequence[Statistic], fig_starts: list[int],
) -> list[Statistic | None]:
    """For each comparison (its two ends in text order), the stated change that describes it:
    one lying between its ends, else one just before it in the sentence, else one just after.
    Each stated change describes at most one comparison."""
    starts = [s.start for s in pool]
    taken: set[int] = set()
    out: list[Statistic | None] = [None] * len(comps)

    def free_between(lo: int, hi: int) -> bool:
        k = bisect.bisect_left(fig_starts, lo)
        return k >= len(fig_starts) or fig_starts[k] >= hi

    for n, ends in enumerate(comps):
        if ends is None:
            continue
        first, second = ends
        k = bisect.bisect_left(starts, first.end)
        if k < len(pool) and pool[k].end <= second.start and k not in taken:
            out[n] = pool[k]
            taken.add(k)
    for n, ends in enumerate(comps):
        if ends is None or out[n] is not None:
            continue
        first = ends[0]
        k = bisect.bisect_left(starts, first.start) - 1
        if k < 0 or k in taken:
            continue
        s = pool[k]
        if (
            s.end <= first.start
            and first.start - s.end <= 80
            and sents.index(s.start) == sents.index(first.start)
            and free_between(s.end, first.start)
        ):
            out[n] = s
            taken.add(k)
    for n, ends in enumerate(comps):
        if ends is None or out[n] is not None:
            continue
        second = ends[1]
        k = bisect.bisect_left(starts, second.end)
        if k >= len(pool) or k in taken:
            continue
        s = pool[k]
        if (
            s.start - second.end <= 40
            and sents.index(s.start) == sents.index(second.start)
            and free_between(second.end, s.start)
            and _AFTER_STATED.fullmatch(text, second.end, s.start) is not None
        ):
            out[n] = s
            taken.add(k)
    return out


# -- sample sizes --------------------------------------------------------------------------


def _sample_lookup(
    stats: Sequence[Statistic], sample_size: float | None
) -> Callable[[Statistic], float | None]:
    """How many respondents stand behind a figure: ``sample_size`` if given; else a sample
    size (or a margin of error, as n) attributed to the same source and period; else the one
    sample size (or margin) of the document when it gives only one."""
    if sample_size is not None:
        n = float(sample_size)
        return lambda _st: n
    sized = [(st, st.value) for st in stats if st.kind == "sample_size" and st.value > 0]
    margins = [
        (st, n_from_margin(st.value)) for st in stats
        if st.kind == "margin_of_error" and st.value > 0
    ]
    known = sized or margins
    by_survey: dict[tuple[str, str], float] = {}
    for st, n in known:
        if st.source is not None and st.period is not None:
            by_survey.setdefault((st.source.value, st.period.value), n)
    only = {n for _, n in known}
    single = only.pop() if len(only) == 1 else None

    def lookup(st: Statistic) -> float | None:
        if st.source is not None and st.period is not None:
            hit = by_survey.get((st.source.value, st.period.value))
            if hit is not None:
                return hit
        return single

    return lookup


# -- assembly ------------------------------------------------------------------------------


_Period = tuple[str | None, TimeKey | None]


def _periods(
    f: Statistic, t: Statistic, said_f: TimeKey | None, said_t: TimeKey | None
) -> tuple[_Period, _Period]:
    """The periods of two ends: a dated time phrase right after a figure ("41% in 2019")
    first, else the attributed period. Two ends of a change cannot share one period: when
    they do, the one not read next to its figure (the baseline, if neither is) is dropped."""

    def pick(st: Statistic, said: TimeKey | None) -> tuple[str | None, TimeKey | None, bool]:
        if said is not None and said.year is not None:
            return said.period, said, True
        key = _period_key(st.period)
        if key is not None and st.period is not None:
            return st.period.value, key, False
        return None, said, False

    fp, fk, f_local = pick(f, said_f)
    tp, tk, t_local = pick(t, said_t)
    if fp is not None and fp == tp:
        if f_local and not t_local:
            tp, tk = None, said_t
        else:
            fp, fk = None, said_f
    return (fp, fk), (tp, tk)


def find_comparisons(
    text: str, statistics: Iterable[Statistic], *, sample_size: float | None = None,
    sentences: Sequence[Sentence] | None = None,
) -> tuple[Comparison, ...]:
    """Every comparison in ``text`` between its ``statistics`` (in text order).

    >>> from pollstats import extract
    >>> text = "Support fell from 45% in 2023 to 38% in 2024."
    >>> (c,) = find_comparisons(text, extract(text).statistics)
    >>> c.from_.text, c.to.text, c.from_period, c.to_period, round(c.change_points, 1)
    ('45%', '38%', '2023', '2024', -7.0)
    """
    stats = sorted(statistics, key=lambda st: (st.start, st.end))
    sents = Sentences.of(text, sentences)  # the Document's, else split here
    cands = _candidates(text, stats)
    figs = [
        _Fig(st, sents.index(st.start), tail_after(text, st.end, sents.end(sents.index(st.start))))
        for st in cands
    ]
    pairing = _Pairing(text, sents, figs)
    for i in range(len(figs)):
        pairing.respectively(i)
    for i in range(len(figs) - 1):
        if (i, i + 1) in pairing.blocked:
            continue
        pair = pairing.neighbours(i)
        if pair is not None:
            pairing.add(pair)
    pairing.parallel()
    pairing.slash_table()
    fig_starts = [f.st.start for f in figs]
    derived = pairing.derived(stats, fig_starts)

    # stated changes: ratios and changes that are neither an end nor a derived baseline
    taken = {(c.start, c.end) for _, c, _ in derived} | pairing.as_from | pairing.as_to
    pool = [
        st for st in stats
        if st.kind in ("ratio", "change") and (st.start, st.end) not in taken
    ]
    ends: list[tuple[Statistic, Statistic] | None] = []
    for pair in pairing.pairs:
        x, y = pair.f, pair.t
        if pair.form in ("parallel", "respectively"):  # ends in two sentences: none to link
            ends.append(None)
        else:
            ends.append((x, y) if x.start < y.start else (y, x))
    stated = _link_stated(text, sents, ends, pool, fig_starts)
    lookup = _sample_lookup(stats, sample_size)

    out: list[Comparison] = []
    for pair, said in zip(pairing.pairs, stated, strict=True):
        f, t = pair.f, pair.t
        (fp, fk), (tp, tk) = _periods(f, t, pair.t_from, pair.t_to)
        if pair.orderable and fk is not None and tk is not None and tk.before(fk):
            f, t, fp, tp = t, f, tp, fp
        out.append(_comparison(text, f, t, pair.form, said, fp, tp, lookup, derived=False))
    for k, change, since in derived:
        t = figs[k].st
        low, high = t.low - change.high, t.high - change.low
        if low < 0:
            continue
        base = attrs.evolve(
            t, text=change.text, start=change.start, end=change.end, low=low, high=high,
            period=None, qualifier="exact",
        )
        fp = since.period if since is not None else None
        tp = t.period.value if t.period is not None else None
        out.append(_comparison(text, base, t, "derived", change, fp, tp, lookup, derived=True))
    out.sort(key=lambda c: (c.start, c.end))
    return tuple(out)


def _comparison(
    text: str, f: Statistic, t: Statistic, form: Form, stated: Statistic | None,
    fp: str | None, tp: str | None, lookup: Callable[[Statistic], float | None],
    *, derived: bool,
) -> Comparison:
    spans = [f, t] + ([stated] if stated is not None else [])
    wording: Wording | None = None
    consistent: bool | None = None
    if stated is not None and not derived:
        wording = wording_before(text, stated)
        consistent = stated_fits(stated, f, t, wording)
    significant: bool | None = None
    n_f, n_t = lookup(f), lookup(t)
    if n_f is not None and n_t is not None and f.kind == t.kind == "share":
        significant = significant_change(f, t, n_f, n_t)
    return Comparison(
        f, t, form, min(s.start for s in spans), max(s.end for s in spans), stated, wording,
        consistent, significant, derived, fp, tp,
    )
