"""Stage 3's scan state: what the statistic rules read and emit as they walk one text's tokens.

:class:`_Reader` reads the words around a figure (its qualifier, a change's direction, a gap's
side), :class:`_NetBalances` remembers a text's net measures, and :class:`_Scan` holds the
statistics read so far and emits new ones; the module functions after them tell what the scan
has read already (points, carried signs, net balances) for the rules of the ``match_rules_*``
modules. ``Rule`` is the type of a rule function.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from ._data import alternation
from .match_words import (
    _AGAINST_AFTER,
    _AND_BEFORE,
    _ARTICLE_BEFORE,
    _AT_END,
    _BALANCE_INDEX,
    _BALANCE_LINK,
    _BETWEEN_BEFORE,
    _CARRIED_BY_BEFORE,
    _CLAUSE_END,
    _COMPARATIVE_ADJ_BEFORE,
    _CONNECTOR,
    _DIRECTION_BEFORE,
    _F,
    _FROM_BEFORE,
    _GAP_AFTER,
    _GAP_NOUNS,
    _INDEX_NEAR,
    _LEAD_WORDS,
    _LEVEL_GAP_AFTER,
    _LEVEL_QUAL,
    _MARKET_NEAR,
    _MERE,
    _MOE_BEFORE,
    _MOE_SIGN_BEFORE,
    _MOVED_UP_TO,
    _MULTIPLIED_BEFORE,
    _NAMED_HEADS,
    _NET_HEADER,
    _NET_NAMED,
    _NOUN_AFTER,
    _NOUN_OF_BEFORE,
    _OPEN_PAREN_BEFORE,
    _OTHER_INDEX,
    _PARALLEL_BEFORE,
    _PASSIVE,
    _POINTS_OR,
    _POLL_WORD,
    _QUAL,
    _QUAL_BEFORE,
    _RANGE_OF_BEFORE,
    _SENTENCE_BREAK,
    _SPACE,
    _SURVEY_INDEX_NEAR,
    _TIE_WORDS,
    _TILDE_BEFORE,
    _TO_BEFORE,
    _TO_END,
    _TRAIL_WORDS,
    _VERB_BY_BEFORE,
    _VERB_TO,
    QUALIFIER_CODES,
    SURVEY_INDEX_REACH,
    WINDOW,
    _descending_split,
    _sentence_start,
)
from .model import Kind, Qualifier, Statistic, Unit
from .tokens import DASHES, NumberToken, fold_case, fold_letters


def _is_yearlike(tok: NumberToken) -> bool:
    return (
        tok.form == "digits" and tok.integer and "," not in tok.text and 1800 <= tok.value <= 2100
    )


#: an article before a change word makes it a noun ("backed a cut 58%-42%"), not a verb
_A_NOUN_BEFORE = regex.compile(r"(?r)(?<!\w)(?:a|an|the)\s+\Z", regex.IGNORECASE)


@attrs.define
class _Reader:
    """What the words around a figure of one text say: its qualifier, a change's direction,
    a margin of error (the read-only half of :class:`_Scan`)."""

    text: str

    def before(self, pattern: regex.Pattern[str], pos: int) -> regex.Match[str] | None:
        return pattern.search(self.text, max(0, pos - WINDOW), pos)

    def after(self, pattern: regex.Pattern[str], pos: int) -> regex.Match[str] | None:
        return pattern.match(self.text, pos, min(len(self.text), pos + WINDOW))

    def qualifier(self, start: int) -> Qualifier:
        m = self.before(_QUAL_BEFORE, start)
        if m is None:
            return "approximately" if self.before(_TILDE_BEFORE, start) else "exact"
        code = QUALIFIER_CODES.get(" ".join(m["q"].lower().split()), "exact")
        if code == "at_most" and self.before(_MOVED_UP_TO, start) is not None:
            return "exact"
        return code

    def direction(self, start: int, end: int) -> int:
        """+1 / -1 when words around the figure make it a change; 0 when nothing does."""
        m = self.before(_DIRECTION_BEFORE, start)
        if self.after(_SIDE_TO_AFTER, end) and self.before(_LED_BY_BEFORE, start):
            return 0  # "led Ley by 42 per cent to 22 per cent": the two sides' shares
        if (m is not None and (_LEAD_WORDS.match(m[0]) or _TRAIL_WORDS.match(m[0]))
                and " by" not in m[0].lower()):
            m = None  # "leads 48% to 44%", "trailed 48% to 52%" give the two shares
        if (m is not None and _LEVEL_QUAL.search(m[0]) is not None
                and " by" not in m[0].lower()):
            m = None  # "dips below 30%", "rose above half": a level passed, not a change
        if m is not None and self.before(_COMPARATIVE_ADJ_BEFORE, start) is not None:
            m = None  # "on a lower 50% turnout": an adjective of the noun after, not a move
        if m is None:
            m = self.before(_NOUN_OF_BEFORE, start)
            if m is not None and _VERB_TO.fullmatch(m[0]) is not None:
                m = None  # "falls to 35%", "jumps to 40%": a verb giving the new level
            if (m is not None and _TO_END.search(m[0]) is not None
                    and fold_case(m["up"] or m["down"] or "") not in _GAP_NOUNS):
                m = None  # "rates were cut to 4.5%", "a rise to 5%": the new level
            if m is not None and m["grp"] is not None and _AT_END.search(m[0]) is not None:
                m = None  # "a lead among women at 56%": the group's share

        if m is None:
            m = self.before(_VERB_BY_BEFORE, start)
            if m is not None and _PASSIVE.search(m[0]) is not None:
                m = None  # "paying down debt was chosen by 22%": the share who chose it
        if m is not None and (" by" in m[0].lower() or fold_case(m["up"] or m["down"] or "")
                              in _GAP_NOUNS or self.before(_A_NOUN_BEFORE, m.start()) is not None
                              ) and self.opens_split(start, end):
            return 0  # "favoured a cut by 58%-42%", "a margin of 55 to 45 per cent", "backed
            # a rise 61-39%": a split
        if m is not None:
            if _TRAIL_WORDS.match(m[0]):
                return 1  # "trails Philippe by 6 points": a gap, positive like a lead
            if (m["up"] or "").lower() == "swing" and self.after(_AGAINST_AFTER, end):
                return -1  # "a swing of 4 points against the party"
            return -1 if m["down"] else 1
        m = self.after(_NOUN_AFTER, end)
        if m is not None and self.before(_ARTICLE_BEFORE, start) is not None:
            if (fold_case(m["up"] or m["down"] or "") in _GAP_NOUNS
                    and _descending_split(self.text[start:end])):
                return 0  # "a 45-36 percent edge": the split's two shares; the gap is theirs
            return -1 if m["down"] else 1
        gap = self.after(_GAP_AFTER, end)
        if gap is not None and not self.elliptical_answer(start, gap.end()):
            return -1 if gap["lower"] is not None else 1
        level = self.after(_LEVEL_GAP_AFTER, end)
        if level is not None:  # "18% below its 2019 level", "two points below the 79 percent"
            return -1 if level["below"] is not None or level["below2"] is not None else 1
        return 0

    def opens_split(self, start: int, end: int) -> bool:
        """Whether the figure after "by" opens a split of two shares, the larger first and the
        two near a whole ("carried by 58%-42%", "by 61 to 39 per cent", "by 55-45%"): a vote's
        or a preference's two sides, not the size of a change ("fell by 5% to 7%" is low-high;
        "cut by 2% to 48%" is far from a whole)."""
        figure = self.text[start:end]
        if _descending_split(figure):
            return True
        first = _LEADING_SHARE.match(figure)
        rest = _SPLIT_REST_AFTER.match(self.text, end, min(len(self.text), end + 24))
        if first is None or rest is None:
            return False
        a, b = float(first[0]), float(rest["b"])
        return a > b and _SPLIT_WHOLE[0] <= a + b <= _SPLIT_WHOLE[1]

    def elliptical_answer(self, start: int, end: int) -> bool:
        """``31% reported higher sales and 24% lower``: the comparative after the second
        figure is its answer, parallel to the first figure's (a share), not a gap."""
        if (self.before(_AND_BEFORE, start) is None
                or _CLAUSE_END.match(self.text, end, end + 3) is None):
            return False
        parallel = _PARALLEL_BEFORE.get(self.text[start:end].split()[-1].lower())
        return parallel is not None and parallel.search(
            self.text, _sentence_start(self.text, start), start) is not None

    def in_moe(self, start: int) -> bool:
        if self.before(_MOE_SIGN_BEFORE, start) is not None:
            return True
        m = self.before(_MOE_BEFORE, start)
        # "within the margin of error of each other, with the EFF on 13%": a tie, no margin
        return m is not None and _TIE_WORDS.search(m["rest"]) is None

    def moe_qualifier(self, start: int) -> Qualifier:
        q = self.qualifier(start)
        if q != "exact":
            return q
        m = self.before(_MOE_BEFORE, start)
        if m is not None:
            low = m["rest"].lower()
            if any(w in low for w in ("exceed", "within", "no more than", "up to", "at most")):
                return "at_most"
        return "exact"


@attrs.define
class _NetBalances:
    """What one text says of net balances, for the figures that may be one: the rows of
    blocks headed as net balances and the names the text gives a net measure."""

    text: str
    #: Read once, on first use: the rows of blocks headed as net balances, and the pattern of
    #: the names a net measure is given in this text (None when it names none).
    net_rows: list[tuple[int, int]] | None = None
    net_names: regex.Pattern[str] | bool | None = False

    def row(self, pos: int) -> bool:
        """Whether ``pos`` is on a row under a header line naming net balances, in one block
        (no blank line between): "At a glance: net balances ...⏎Services employment: +5%"."""
        if self.net_rows is None:
            rows: list[tuple[int, int]] = []
            starts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(self.text))]
            ends = [*(m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)), len(self.text)]
            for lo, hi in zip(starts, ends, strict=True):
                nl = self.text.find("\n", lo, hi)
                if nl > lo and nl - lo <= 200 and _NET_HEADER.search(self.text, lo, nl):
                    rows.append((nl + 1, hi))
            self.net_rows = rows
        k = bisect.bisect_right(self.net_rows, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.net_rows[k][0] <= pos < self.net_rows[k][1]

    def named(self, start: int) -> bool:
        """Whether a name this text gives a net measure ("Net Employment Outlook (NEO)": the
        head "outlook", the short name "NEO") links to the figure at ``start``: "the
        strongest outlook at 44 per cent", "the global NEO across 42 countries stood at 24%"."""
        if self.net_names is False:
            names: set[str] = set()
            for m in _NET_NAMED.finditer(self.text):
                if m["abbr"]:
                    names.add(m["abbr"])
                if fold_case(m["head"]) in _NAMED_HEADS:
                    names.add(fold_case(m["head"]))
            indices = list(_BALANCE_INDEX.finditer(self.text))
            for m in indices:
                # "the consumer confidence index (CI) ... fell to -13.6%"; then "the CI"
                names.add(" ".join(fold_case(m["name"]).split()))
                if m["abbr"]:
                    names.add(m["abbr"])
            if indices and _OTHER_INDEX.search(self.text) is None:
                # with no other kind of index in the text, "the index" is the survey's
                names.update(("the index", "the indices", "the indexes", "the indicator"))
            self.net_names = _named_net_pattern(frozenset(names)) if names else None
        pattern = self.net_names
        return isinstance(pattern, regex.Pattern) and pattern.search(
            self.text, max(0, start - WINDOW), start) is not None


@attrs.define
class _Scan(_Reader):
    """Mutable scanning state for one text (not exported; results are frozen Statistics)."""

    toks: Sequence[NumberToken]
    used: set[int] = attrs.field(factory=set)
    out: list[Statistic] = attrs.field(factory=list)
    #: The name of the rule being tried (recorded on what it emits).
    rule: str = ""
    #: what the text says of net balances (read once, on first use)
    net: _NetBalances = attrs.field(
        default=attrs.Factory(lambda self: _NetBalances(self.text), takes_self=True))
    #: the text case-folded for the rules' word gates (made on first use)
    low: str | None = None

    def folded(self) -> str:
        if self.low is None:
            self.low = folded(self.text)
        return self.low

    def emit(
        self,
        start: int,
        end: int,
        kind: Kind,
        low: float,
        high: float,
        unit: Unit,
        consumed: Sequence[int],
        qualifier: Qualifier | None = None,
    ) -> bool:
        if qualifier is None:
            qualifier = self.qualifier(start)
        if high < low:  # an interval whose ends the text gives high first
            low, high = high, low
        form = self.toks[consumed[0]].form if consumed else "words"
        self.out.append(
            Statistic(
                self.text[start:end], start, end, kind, low, high, unit, qualifier,
                form=form, rule=self.rule,
            )
        )
        self.used.update(consumed)
        return True

    def merge_range(self, i: int, end: int, kind: Kind, unit: Unit, value: float) -> bool:
        """Widen the last statistic into a range when this one closes it: ``between 40% and
        45%``, ``9%–14%``, ``6% to 11%``, ``a rebound of 14% to 19%``. Returns whether it did."""
        if not self.out or (i - 1) not in self.used:
            return False
        last = self.out[-1]
        if last.unit != unit or last.is_range or last.low == value:
            return False
        if self.toks[i - 1].end > last.end or last.end > self.toks[i].start:
            return False
        conn = _CONNECTOR.fullmatch(self.text, last.end, self.toks[i].start)
        if conn is None:
            return False
        if last.form == "fraction" and conn["dash"] is not None:
            return False  # "more than half — 54 percent —": the figure restates the fraction
        # "a rebound of 14 per cent to 19 per cent": the noun makes the first a change
        of_change = (last.kind == "change" and kind == "share" and conn["to"] is not None
                     and self.before(_NOUN_OF_BEFORE, last.start) is not None)
        # "12 per cent to 15 per cent higher": the word after the range makes the second a
        # change; the range is one figure, its kind decided below from both ends
        after_change = (last.kind == "share" and kind == "change" and conn["or"] is None
                        and self.before(_DIRECTION_BEFORE, self.toks[i].start) is None)
        if after_change:
            kind, value = "share", abs(value)
        if last.kind != kind and not of_change:
            return False
        if of_change:
            kind, value = "change", -value if last.low < 0 else value
        between = conn["and"] is not None and self.before(_BETWEEN_BEFORE, last.start) is not None
        if conn["dash"] is None and not (
            between or of_change
            or (conn["to"] is not None and (self.before(_RANGE_OF_BEFORE, last.start) is not None
                                            or self.unit_twice_range(last, value)))
        ):
            return False
        if (abs(last.low) > abs(value) if of_change else last.low > value) and not between:
            return False  # only "between 60% and 45%" may name the high end first
        low, high = sorted((last.low, value))
        if kind == "share" and unit == "percent" and self.direction(last.start, end) != 0:
            kind = "change"  # "an expected 6% to 11% gain"
            if self.direction(last.start, end) < 0:
                low, high = -high, -low
        self.out[-1] = attrs.evolve(
            last, text=self.text[last.start : end], end=end, low=low, high=high, kind=kind
        )
        self.used.add(i)
        return True

    def unit_twice_range(self, last: Statistic, value: float) -> bool:
        """``6% to 11%``, ``14 per cent to 19 per cent``: one range with the unit on both ends,
        unless a ``from`` (``rose from 5% to 10%``), a change verb (``rose 5% to 10%``: the
        first is then a change, not a share like the second) or a lead (``leads 48% to 44%``)
        makes the two a pair; its low end comes first."""
        return (
            last.kind == "share" and last.low < value
            and self.before(_FROM_BEFORE, last.start) is None
            and self.before(_TO_BEFORE, last.start) is None  # "from 1% to 2% to 3%": a chain
            and self.before(_OPEN_PAREN_BEFORE, last.start) is None  # "a rise (18% to 21%)"
            and self.before(_LEADS_BEFORE, last.start) is None
            and self.before(_SIDES_AT_BEFORE, last.start) is None  # "behind, at 37% to 41%"
            and self.before(_MULTIPLIED_BEFORE, last.start) is None
            and not self.two_sides(last, value)
        )

    def two_sides(self, last: Statistic, value: float) -> bool:
        """Whether ``X% to Y%`` gives the two sides of a result (README: two figures joined by
        ``to`` of two sides of one question are two shares): a result verb earlier in the
        sentence ("lost Muscatine County, 48.9% to 50.4%") and two shares that together make
        up about the whole (90 to 100.5), not the ends of a range ("won 5% to 10% more")."""
        return (90.0 <= last.low + value <= 100.5
                and _RESULT_VERB_BEFORE.search(self.text, max(0, last.start - 160),
                                               last.start) is not None)

    def prev_joined(self, i: int) -> list[tuple[int, regex.Match[str]]]:
        """The unused plain numbers just before token ``i`` that share its unit, nearest first,
        each with the connector after it: ``9-14%``, ``71 to 23 percent``, ``46/43``,
        ``81, 55 and 52 percent``. Only the nearest may be joined by and/or/to/slash/dash;
        the ones before it by commas (a list)."""
        chain: list[tuple[int, regex.Match[str]]] = []
        tok = self.toks[i]
        j = i - 1
        while j >= 0 and j not in self.used and len(chain) < 10:
            prev = self.toks[j]
            if prev.form not in ("digits", "words") or _is_yearlike(prev) or prev.signed:
                break
            if _money_sign(self.text, prev.start):
                break  # "$50,000 to $99,999 and 19 percent": an amount, not a share
            if (self.before(_AGE_NUMBER_BEFORE, prev.start) is not None
                    or _ends_age_band(self.text, prev.start)):
                break  # "of those aged 45 to 64 and 70%": the end of an age band
            if (prev.form == "words") != (tok.form == "words"):
                break
            m = _CONNECTOR.fullmatch(self.text, prev.end, self.toks[j + 1].start)
            if m is None or (m["comma"] is not None) != bool(chain):
                break
            chain.append((j, m))
            j -= 1
        return chain


# -- what the scan has read so far says of points and signs (module functions: _Scan holds
# -- only its state and the emitting) -----------------------------------------------------------


def _index_points(scan: _Scan, i: int) -> bool:
    """Whether the bare points after token ``i`` count a market index, a price or a score:
    ``the TSX rose 71.3 points``, ``the Nikkei shed 240 points, or 0.8%``."""
    tok = scan.toks[i]
    m = _POINTS_OR.match(scan.text, tok.end, tok.end + 40)
    if m is not None and i + 1 < len(scan.toks) and scan.toks[i + 1].start == m.end():
        return True
    lo = max(0, tok.start - 150)
    for brk in _SENTENCE_BREAK.finditer(scan.text, lo, tok.start):
        lo = brk.end()
    hi = min(len(scan.text), tok.end + 80)
    stop = _SENTENCE_BREAK.search(scan.text, tok.end, hi)
    hi = stop.start() if stop is not None else hi
    cue = _INDEX_NEAR.search(scan.text, lo, tok.start)
    if cue is None or _POLL_WORD.search(scan.text, lo, hi) is not None:
        return False
    back = max(0, tok.start - SURVEY_INDEX_REACH)
    if ((_signed_near(scan, i, lo, hi) or _net_just_before(scan, tok.start))
            and _SURVEY_INDEX_NEAR.search(scan.text, back, tok.start) is not None
            and _MARKET_NEAR.search(scan.text, back, hi) is None):
        # a survey's net balance, told with its sign: "the headline index rose 3 points to
        # -18" (a level index, "the sentiment index fell 3.8 points to 51.2", keeps them)
        return False
    # "two-thirds (64%) say tariffs have raised prices, up 9 points": after a share of the
    # sentence, points near a common noun (prices, scores) move the share; only a named
    # index ("the FTSE rose 71 points") keeps them index points
    named = any(c.group()[:1].isupper()
                for c in _INDEX_NEAR.finditer(scan.text, lo, tok.start))
    return named or not any(
        st.kind == "share" and st.unit == "percent" and lo <= st.start and st.end <= tok.start
        for st in scan.out[-3:]
    )

#: How far back (characters) a net balance just read makes an index's bare points its points.
NET_BALANCE_REACH: Final = 300


def _net_just_before(scan: _Scan, start: int) -> bool:
    """Whether a net balance was read just before ``start`` ("fell two points to -19 ... The
    index is now three points lower than a year ago": the same balance, in points)."""
    return any(st.rule in ("net", "net_carried") and 0 <= start - st.end <= NET_BALANCE_REACH
               for st in scan.out[-3:])


def _signed_near(scan: _Scan, i: int, lo: int, hi: int) -> bool:
    """Whether a signed figure ("-18", "+3") is among the few tokens around token ``i``
    inside ``lo``..``hi`` (its sentence)."""
    return any(lo <= t.start and t.end <= hi and t.signed
               for t in scan.toks[max(0, i - 3):i + 4])

#: Between two changes told of two groups with one verb: "fell 8% among Democrats and 6%
#: among independents", "rose 3% in Ontario, 2% in Quebec" (the group words after each).
_GROUP_GAP = regex.compile(
    rf"""{_SPACE}+(?:among|for|in|with)(?:{_SPACE}+[\w'’\-]+){{1,4}}?
    (?:{_SPACE}*,|{_SPACE}*,?{_SPACE}+(?:and|while|but|whereas))(?:{_SPACE}+{_QUAL})?{_SPACE}+""",
    _F,
)
#: The group of the next figure, a short phrase that ends its clause ("6% among independents
#: in July", not "40% among women now back it": a clause of its own).
_GROUP_AFTER = regex.compile(
    rf"""{_SPACE}+(?:among|for|in|with)(?:{_SPACE}+[\w'’\-]+){{1,3}}?
    (?={_SPACE}*(?:[,.;:)]|\Z)
      |{_SPACE}+(?:and|while|but|whereas|compared|from|since|in|on|at|over|last|this|versus
                  |vs)(?!\w))""",
    _F,
)


def _carried_sign(scan: _Scan, start: int, end: int | None = None) -> int:
    """The sign of the change just before, when ``by`` alone carries its verb to this
    figure (``fell 1.8%, and imports by 2.3%``), or the figure is the next group's of one
    verb (``fell 8% among Democrats and 6% among independents``: ``end``, the figure's end,
    is needed for it); 0 otherwise."""
    if not scan.out:
        return 0
    last = scan.out[-1]
    if scan.before(_CARRIED_BY_BEFORE, start) is None and not (
            end is not None and _GROUP_GAP.fullmatch(scan.text, last.end, start) is not None
            and scan.after(_GROUP_AFTER, end) is not None):
        return 0
    if (last.kind != "change" or last.unit != "percent" or not 0 <= start - last.end <= 80
            or _SENTENCE_BREAK.search(scan.text, last.end, start) is not None):
        return 0
    return -1 if last.low < 0 else 1

def _points_before(scan: _Scan, start: int, back: int = 1) -> bool:
    """Whether a point change was read earlier in the same sentence, close by (among the
    last ``back`` statistics)."""
    return any(
        last.unit == "percentage_point" and last.kind == "change"
        and 0 <= start - last.end <= 150
        and _SENTENCE_BREAK.search(scan.text, last.end, start) is None
        for last in scan.out[-back:]
    )


_MONEY_SIGNS: Final = frozenset("$£€¥₹")
#: Before the upper end of an age band: "aged 26 to ", "ages 50-", "between the ages of 18 and ".
_AGE_RANGE_END_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:aged|ages|age|between{_SPACE}+the{_SPACE}+ages{_SPACE}+of)
    {_SPACE}+[0-9]{{1,3}}{_SPACE}*(?:to|and|[{DASHES}]){_SPACE}*\Z""",
    _F,
)


def _ends_age_band(text: str, start: int) -> bool:
    """Whether the number at ``start`` closes an age band ("those aged 50 to 64")."""
    return _AGE_RANGE_END_BEFORE.search(text, max(0, start - WINDOW), start) is not None


def _money_sign(text: str, start: int) -> bool:
    """Whether a currency sign is written against the number at ``start`` ("$99,999")."""
    return start > 0 and text[start - 1] in _MONEY_SIGNS


Rule = Callable[[_Scan, int], bool]


# -- patterns and helpers the scan methods share with the rule families -------------------


@functools.cache
def _named_net_pattern(names: frozenset[str]) -> regex.Pattern[str]:
    """The names of a text's net measures before a link to a figure (see _Scan.named_net)."""
    return regex.compile(
        rf"""(?r)(?<!\w)(?:{alternation(sorted(names))})(?!\w)
        (?:(?:{_SPACE}|-)+[\w'’()-]+){{0,6}}?{_SPACE}+{_BALANCE_LINK}(?:{_SPACE}+(?:{_QUAL}|{_MERE}))?{_SPACE}*\Z""",
        _F,
    )


_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r]*\n")
#: the second side of a split after a lead "by": "led Ley by 42 per cent to 22 per cent"
#: The leading number of a figure ("58" of "58%", "61" of "61 per cent").
_LEADING_SHARE = regex.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})?(?![0-9.,])")
#: After a figure, the other side of its split: "-42%", " to 39 per cent", "–45".
_SPLIT_REST_AFTER = regex.compile(
    r"""[ \t]{0,2}(?:[-\u2010-\u2015]|to(?!\w))[ \t]{0,2}   # a dash or "to"
    (?P<b>[0-9]{1,2}(?:\.[0-9]{1,2})?)(?![0-9.,])        # the smaller share""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The sum of a split's two sides: a whole, less those undecided.
_SPLIT_WHOLE: Final = (90.0, 100.5)
_SIDE_TO_AFTER = regex.compile(
    r"[ \t]{1,3}to[ \t]{1,3}[0-9]{1,2}(?:\.[0-9])?[ \t]?(?:%|per[ \t]?cent|percent)",
    regex.IGNORECASE,
)
#: a lead verb, up to four capitalized words of whom it leads, then "by"
_LED_BY_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:leads?|leading|led|trails?|trailing|trailed|ahead|behind|beats?|beat)
    (?:{_SPACE}+(?:the|(?-i:\p{{Lu}})[\p{{L}}'’.-]{{0,25}})){{0,4}}?  # "Ley", "the Coalition"
    (?:{_SPACE}+(?:narrowly|comfortably|easily|again|still|now|there|here|nationally
                    |overall))?{_SPACE}+by{_SPACE}+\Z""",
    _F,
)
_LEADS_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:leads?|leading|led|trails?|trailing|trailed|ahead|behind|edges?|edged|beats?|beat|margin\s+of)"
    rf"(?:{_SPACE}+\p{{Lu}}[\w'’\-]*){{0,2}}(?:{_SPACE}+by)?{_SPACE}+\Z",
    _F,
)
#: A side ahead or behind, then "at" before the first of two shares: "the Yes side is narrowly
#: behind, at 37 per cent to 41 per cent" (the two sides, not a range).
_SIDES_AT_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:behind|ahead|trails?|trailing|trailed|leads?|leading|led|tied|level
    |neck{_SPACE}+and{_SPACE}+neck)(?!\w)[^.;!?\n%0-9]{{0,30}}?{_SPACE}+at{_SPACE}+\Z""",
    _F,
)
#: A verb of a result earlier in the sentence: "lost the county, 48.9% to 50.4%".
_RESULT_VERB_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:won|wins|win|lost|loses|lose|carried|carries|took|takes|beat|beats|defeated"
    r"|split|splits|divided|voted|went)(?!\w)(?:[^.;!?\n]|\.[0-9]){0,150}\Z",
    _F,
)
#: An age in years right before a number: "of those under 35", "of voters aged 65".
_AGE_NUMBER_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:aged|ages|(?:those|people|adults|voters|respondents|men|women)
    {_SPACE}+(?:under|over)){_SPACE}+\Z""",
    _F | regex.VERBOSE,
)


def folded(text: str) -> str:
    """``text`` lower-cased as the case-insensitive patterns compare it, one character for
    one: the letters that fold to ASCII ones (``ſ``, ``K``, ``İ``, ``ı``) as those."""
    if not text.isascii():
        text = fold_letters(text).replace("\u0131", "i")
    return text.lower()
