"""Statistic rules for a number with its unit written after it: percentage points and the gaps
they measure, basis points, percent and ``percent of``, ``N times``/``N-fold``, ``one in every
N``, ``N to one``, multiplier words (``doubled``), mixed ranges (``9–14%``), fractions
(``two-thirds``) and net scores (``a net rating of -12``) with the balances they carry. Rows
of :data:`pollstats.matchers.RULES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs
import regex

from .match_rules_bare import (
    _BARE_END_AFTER,
    _SIGNED_END_AFTER,
    _after_bare_share,
    _in_url,
    _one_passage,
)
from .match_scan import _carried_sign, _index_points, _is_yearlike, _points_before, _Scan
from .match_words import (
    _AMOUNT_AFTER,
    _APPOSITIVE_GAP,
    _BALANCE_BEFORE,
    _BASIS_POINTS,
    _BETWEEN_BEFORE,
    _BY_BEFORE,
    _CLOSE_PAREN,
    _DIRECTION_BEFORE,
    _DOUBLE_ADJ_AFTER,
    _DOWN,
    _END_AFTER,
    _F,
    _FOLD,
    _FRACTION_PERCENT_AFTER,
    _FRACTION_POINT_AFTER,
    _FROM_BEFORE,
    _FROM_LAST_BEFORE,
    _GAP_NOUNS,
    _HALF_LINK_BEFORE,
    _HALF_OF_FIGURE_AFTER,
    _IN_OF,
    _INCOME_BOUND_AFTER,
    _LEVEL_GAP_AFTER,
    _LEVEL_LINK_BEFORE,
    _LIST_LINK_BEFORE,
    _MINUS_BEFORE,
    _NET_BEFORE,
    _NET_PCT_BEFORE,
    _NET_SENTENCE_BEFORE,
    _NOUN_OF_BEFORE,
    _OF_AFTER,
    _OF_PEOPLE_AFTER,
    _OF_UNIT_AFTER,
    _ORDINAL_BEFORE,
    _PAREN_PERCENT_AFTER,
    _PCT_OF_BEFORE,
    _PEOPLE_AFTER,
    _PERCENT,
    _PHRASAL_AFTER,
    _PLUS_BEFORE,
    _POINTS,
    _POINTS_OR,
    _POLL_NEAR,
    _POSSESSIVE_AFTER,
    _QUAL,
    _QUAL_RIGHT_BEFORE,
    _RANGE_OF_BEFORE,
    _SENTENCE_BREAK,
    _SHARE_NOUN,
    _SHARE_PAREN_BEFORE,
    _SHARE_SLASH_BEFORE,
    _SIGN_LINK_BEFORE,
    _SIGN_WORD_BEFORE,
    _SPACE,
    _SPORTS_NEAR,
    _SURVEY_VERB_AFTER,
    _THAT_CLAUSE_AFTER,
    _TIME_AFTER,
    _TIMES,
    _TO_END,
    _TWICE_AFTER,
    _UP,
    _WHOLE_AFTER,
)
from .model import Kind, Statistic, Unit
from .tokens import DASHES, NumberToken, fold_case


def _unit_stats(
    s: _Scan, i: int, unit_end: int, kind_of: Callable[[int, int], tuple[Kind, Unit, int] | None]
) -> bool:
    """Emit the statistic(s) ending in a unit word at ``unit_end``: one value, a range, or a
    run of values sharing the unit (``71 to 23 percent``, ``46/43 per cent``, ``5, 6 and 7%``)."""
    tok = s.toks[i]
    joined = s.prev_joined(i)
    if len(joined) == 1:
        j, conn = joined[0]
        prev = s.toks[j]
        is_range = False
        if conn["dash"] is not None:
            # "Republicans are split on it, 45 - 49 percent": the two sides, not a range
            is_range = prev.value < tok.value and s.before(_SPLIT_WORD_BEFORE, prev.start) is None
        elif conn["to"] is not None:
            is_range = prev.value < tok.value and s.before(_FROM_BEFORE, prev.start) is None
        elif conn["and"] is not None:
            # "between 60 and 45%" written high end first is still the interval 45-60
            is_range = s.before(_BETWEEN_BEFORE, prev.start) is not None
        elif conn["or"] is not None:
            # "four or five points", "2 or 3 percent": one rough figure, close ends
            is_range = (prev.form == tok.form and prev.value < tok.value <= prev.value + 5
                        and not tok.signed and not prev.signed)
        if is_range:
            decided = kind_of(prev.start, unit_end)
            if decided is None:
                return False
            kind, unit, sign = decided
            lo, hi = sorted((prev.value, tok.value))
            if sign < 0:
                lo, hi = -hi, -lo
            return s.emit(prev.start, unit_end, kind, lo, hi, unit, [j, i])
    # two sides of one question (a split) or a list: each value is its own figure; the text
    # of one without a unit of its own runs to the unit word
    for j, _ in reversed(joined):
        prev = s.toks[j]
        decided_prev = kind_of(prev.start, unit_end)
        if decided_prev is not None:
            kind, unit, sign = decided_prev
            v = prev.value * (sign or 1)
            s.emit(prev.start, unit_end, kind, v, v, unit, [j])
    decided = kind_of(tok.start, unit_end)
    if decided is None:
        return False
    kind, unit, sign = decided
    v = tok.value * (sign or 1)
    start = tok.start
    if s.merge_range(i, unit_end, kind, unit, v):
        return True
    minus = s.before(_MINUS_BEFORE, start)
    plus = (s.before(_PLUS_BEFORE, start)
            if unit == "percentage_point" and s.rule == "percent" else None)
    if minus is not None and v > 0:
        start, v = minus.start(), -v
    elif plus is not None and not tok.signed:
        start = plus.start()  # "a balance of plus 11 per cent": the sign is written out
    return s.emit(start, unit_end, kind, v, v, unit, [i])


def _rule_points(s: _Scan, i: int) -> bool:
    tok = s.toks[i]
    if tok.form not in ("digits", "words"):
        return False
    unit = s.after(_POINTS, tok.end)
    if unit is None or abs(tok.value) > 100:
        return False
    if tok.text == "2" and s.text[tok.end:unit.end()] == "PP":
        return False  # "2PP": two-party preferred, the name of a measure
    bare = unit["bare"] is not None

    if bare:
        lo, hi = max(0, tok.start - 250), tok.end + 250
        if (_SPORTS_NEAR.search(s.text, lo, hi) is not None
                and _POLL_NEAR.search(s.text, lo, hi) is None):
            return False  # "a 12-point deficit" in a basketball report
        if _index_points(s, i):
            return False  # "the TSX rose 71.3 points", "shed 240 points, or 0.8%"

    def kind_of(start: int, end: int) -> tuple[Kind, Unit, int] | None:
        d = s.direction(start, end) or _carried_point_sign(s, start)
        if tok.signed:
            return "change", "percentage_point", 1
        if bare and d == 0 and not (
            s.before(_NET_BEFORE, start) is not None
            or s.before(_BY_BEFORE, start) is not None  # "outpace men by 14 points"
            or _points_before(s, start)  # "stands at nine points, up from six points"
            or s.before(_GAP_COMMA_BEFORE, start) is not None  # "the lead, now six points,"
            or _points_said_again(s, start)  # "The lead is four points. In May it was ten points"
        ):
            return None
        return "change", "percentage_point", -1 if d < 0 else 1

    return _unit_stats(s, i, unit.end(), kind_of)


#: A gap named, then its size set off by a comma: "Reform's lead over Labour, ten points, is
#: ...", "the Liberal edge, now six points" (a gap is a positive change).
_GAP_COMMA_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:leads?|advantages?|edges?|gaps?|margins?)
    (?:{_SPACE}+(?:over|on|against|among){_SPACE}+[\w’'\-]+(?:{_SPACE}+[\w’'\-]+){{0,2}})?
    {_SPACE}*,(?:{_SPACE}+(?:now|currently|still|just|only|at))?{_SPACE}+\Z""",
    _F,
)
#: A pronoun for the measure just told, then its level: "In February it was ten points",
#: "A year ago that stood at six points".
_PRONOUN_LEVEL_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:it|that|this)(?:{_SPACE}+(?:had|has))?
    {_SPACE}+(?:was|were|is|been|stood{_SPACE}+at|sat{_SPACE}+at)
    (?:{_SPACE}+(?:just|only|still))?{_SPACE}+\Z""",
    _F,
)
#: How far back (characters) the point change is that such a pronoun refers to.
POINTS_SAID_REACH: Final = 160


def _points_said_again(s: _Scan, start: int) -> bool:
    """A bare point figure after "it was" in the sentence after a point change of the same
    paragraph: "The Yes lead now stands at four points. In February it was ten points"."""
    if not s.out or s.before(_PRONOUN_LEVEL_BEFORE, start) is None:
        return False
    last = s.out[-1]
    return (last.unit == "percentage_point" and last.kind == "change"
            and 0 <= start - last.end <= POINTS_SAID_REACH
            and "\n" not in s.text[last.end:start])


#: "and" or a comma right before a figure: the next item of a list of changes.
_LIST_AND_BEFORE = regex.compile(
    rf"(?r)(?:,|(?<!\w)and|,{_SPACE}*and){_SPACE}+(?:{_QUAL}{_SPACE}+)?\Z", _F
)
#: Between two changes of one list: short, with no verb or stop of its own ("6 percentage
#: points quarter-on-quarter and 4 points year-on-year").
_LIST_GAP = regex.compile(r"[^.;:!?()\n0-9]{0,40}", _F)


def _carried_point_sign(s: _Scan, start: int) -> int:
    """The sign of the point change just before, carried to the next of its list: "a decline
    of 6 percentage points quarter-on-quarter and 4 points year-on-year" (-4); 0 when
    nothing carries one."""
    if not s.out or s.before(_LIST_AND_BEFORE, start) is None:
        return 0
    last = s.out[-1]
    if (last.kind != "change" or last.unit != "percentage_point" or last.low == 0
            or last.rule not in ("points", "gap_points")
            or _LIST_GAP.fullmatch(s.text, last.end, start) is None):
        return 0
    return -1 if last.low < 0 else 1


#: A lead or gap named earlier in the sentence: "That lead is down from 9 points".
_GAP_NOUN_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:lead|leads|led|leading|ahead|margin|margins|gap|gaps|edge|advantage|race)"
    r"(?!\w)[^.!?\n]{0,120}\Z",
    _F,
)
#: The word before the size of an earlier or compared gap: "from", "compares with", "to".
_GAP_LINK_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:from|with|to|against|versus|vs\.?|(?:stands|stood|is|was|now){_SPACE}+at)"
    rf"{_SPACE}+(?:{_QUAL}{_SPACE}+)?\Z", _F
)


def _rule_gap_points(s: _Scan, i: int) -> bool:
    """The size of a lead told after a link word, a lead or a point change named earlier in
    the sentence: ``That lead is down from 9 points``, ``widened from 2 points in May to 6
    points``, ``her 7-point lead compares with 11 points``; and its unit carried to a second
    lead (``Ruiz by 3.2 points and Lee by 8.4``). A gap's size is positive."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or tok.signed or not 0 < tok.value <= 100:
        return False
    unit = s.after(_POINTS, tok.end)
    if unit is not None and unit["bare"] is not None:
        if (s.before(_GAP_LINK_BEFORE, tok.start) is None
                or s.before(_GAP_NOUN_BEFORE, tok.start) is None or _index_points(s, i)
                or _sports(s.text, tok.start, tok.end)):
            return False
        joined = s.prev_joined(i)
        if (len(joined) == 1 and joined[0][1]["to"] is not None
                and s.toks[joined[0][0]].value < tok.value
                and s.before(_FROM_BEFORE, s.toks[joined[0][0]].start) is None):
            return False  # "ahead by 3 to 7 points": a range (the points rule reads it)
        if len(joined) == 1 and joined[0][1]["to"] is not None:
            j = joined[0][0]
            first = s.toks[j]
            if (not first.signed and first.form == tok.form
                    and s.before(_FROM_BEFORE, first.start) is not None):
                # "the lead fell from 9 to 4 points": the earlier size too, the unit once
                s.emit(first.start, unit.end(), "change", first.value, first.value,
                       "percentage_point", [j])
        return s.emit(tok.start, unit.end(), "change", tok.value, tok.value,
                      "percentage_point", [i])
    if (unit is None and tok.form == "digits" and not _is_yearlike(tok)
            and s.before(_BY_BEFORE, tok.start) is not None
            and s.after(_BARE_END_AFTER, tok.end) is not None
            and _points_before(s, tok.start) and not _sports(s.text, tok.start, tok.end)):
        # the sign of a cut carried: "cut rates by 0.25 points, and the RBI by 0.5"
        v = -tok.value if s.out[-1].rule == "points" and s.out[-1].low < 0 else tok.value
        return s.emit(tok.start, tok.end, "change", v, v, "percentage_point", [i])
    return False


def _sports(text: str, start: int, end: int) -> bool:
    """Whether a game word and no poll word lie within 250 characters of a figure ("the
    Lakers' lead was cut from 9 points"); the last check of a rule, as it reads 500
    characters."""
    lo, hi = max(0, start - 250), end + 250
    return (_SPORTS_NEAR.search(text, lo, hi) is not None
            and _POLL_NEAR.search(text, lo, hi) is None)


def _rule_basis_points(s: _Scan, i: int) -> bool:
    """``a 25-basis-point cut``, ``50 bps``: hundredths of a percentage point."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words"):
        return False
    unit = s.after(_BASIS_POINTS, tok.end)
    if unit is None or abs(tok.value) > 10_000:
        return False
    d = s.direction(tok.start, unit.end())
    v = (-1 if d < 0 else 1) * tok.value / 100
    return s.emit(tok.start, unit.end(), "change", v, v, "percentage_point", [i])


def _rule_percent(s: _Scan, i: int) -> bool:
    tok = s.toks[i]
    if tok.form not in ("digits", "words"):
        return False
    unit = s.after(_PERCENT, tok.end)
    if unit is None or _in_url(s.text, tok.start):
        return False

    def kind_of(start: int, end: int) -> tuple[Kind, Unit, int]:
        if _balance_pct(s, start, end):
            return "change", "percentage_point", 1  # "a net 9% expect", "net -3%": a balance
        if tok.signed:
            return "change", "percent", 1
        d = s.direction(start, end)
        if d:
            return "change", "percent", d
        if i > 0 and _POINTS_OR.fullmatch(s.text, s.toks[i - 1].end, start) is not None:
            # "the Nikkei shed 240 points, or 0.8%": the percent change of an index
            gap = s.after(_APPOSITIVE_GAP, end)  # "60 points, or 0.1%, lower"
            d = s.direction(s.toks[i - 1].start, end)
            return "change", "percent", d or (-1 if gap is not None and gap["lower"] else 1)
        d = _carried_sign(s, start, end)
        if d:
            return "change", "percent", d
        return "share", "percent", 1

    return _unit_stats(s, i, unit.end(), kind_of)


def _balance_pct(s: _Scan, start: int, end: int) -> bool:
    """Whether the percent figure at ``start`` is a net balance (README: net scores), a change
    in percentage points: named so right before it ("a net balance of +4 per cent", "net
    confidence at +9 per cent", "a Net Employment Outlook (NEO) of 40 per cent"); signed, in a
    sentence naming a balance ("the net balance of firms ... fell to -8 per cent") or on a row
    under a header of net balances; or the next of a list of balances in one passage, in
    the same notation ("+6 per cent, from -18 per cent"; "at 44 per cent, followed by the
    North (41 per cent)"). Not a share that is no balance, "net migration", "net profit"."""
    if s.before(_NET_PCT_BEFORE, start) is not None:
        return True
    signed = (s.text[start:start + 1] in "+-−" or s.before(_MINUS_BEFORE, start) is not None
              or s.before(_PLUS_BEFORE, start) is not None)
    if signed and (_NET_SENTENCE_BEFORE.search(s.text, max(0, start - 200), start) is not None
                   or s.net.row(start)):
        return True
    last = _last_balance(s, start)
    if last is not None and s.direction(start, end) == 0:
        if signed:
            return True
        if s.before(_FROM_LAST_BEFORE, start) is not None and start - last.end <= 8:
            return True  # "fell to -1.9% from 2.4%": the earlier reading of one balance
        if (not _signed_text(last.text)
                and _SHARE_NOUN.search(s.text, last.end, start) is None
                and s.before(_LIST_LINK_BEFORE, start) is not None
                and s.after(_SURVEY_VERB_AFTER, end) is None
                and s.after(_OF_PEOPLE_AFTER, end) is None):
            return True
    return s.net.named(start)


def _last_balance(s: _Scan, start: int) -> Statistic | None:
    """The percent balance just read, in the passage of ``start`` and within reach, when no
    other figure but a change in points came after it."""
    for st in reversed(s.out[-3:]):
        if st.kind != "change" or st.unit != "percentage_point":
            return None
        if st.rule == "percent":
            if 0 <= start - st.end <= NET_CARRY and _one_passage(s.text[st.end:start]):
                return st
            return None
    return None


def _signed_text(text: str) -> bool:
    return text[:1] in "+-−±" or fold_case(text).startswith(("minus", "plus", "negative",
                                                             "positive"))


def _rule_percent_of(s: _Scan, i: int) -> bool:
    """``percent of 10``, ``per cent of twenty-two``: the unit word before its number."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words"):
        return False
    m = s.before(_PCT_OF_BEFORE, tok.start)
    if m is None or s.after(_END_AFTER, tok.end) is None:
        return False
    return s.emit(m.start(), tok.end, "share", tok.value, tok.value, "percent", [i])


_BY_WORD_BEFORE = regex.compile(r"(?r)\bby\s+(?:\w+\s+)?\Z")


_FACTOR_OF_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:an?{_SPACE}+)?factor{_SPACE}+of(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z", _F
)


def _rule_times(s: _Scan, i: int) -> bool:
    """``3.5 times as likely``, ``2-fold``, ``2.5x``, ``by a factor of three``."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or tok.value <= 0 or tok.signed:
        return False
    factor = s.before(_FACTOR_OF_BEFORE, tok.start)
    if (factor is not None and 1 < tok.value <= 100 and s.after(_PERCENT, tok.end) is None
            and s.after(_BARE_END_AFTER, tok.end) is not None):
        return s.emit(factor.start(), tok.end, "ratio", tok.value, tok.value, "ratio", [i],
                      s.qualifier(factor.start()))
    fold = s.after(_FOLD, tok.end)
    if fold is not None:
        return s.emit(tok.start, fold.end(), "ratio", tok.value, tok.value, "ratio", [i])
    m = s.after(_TIMES, tok.end)
    if m is None or s.after(_INCOME_BOUND_AFTER, tok.end) is not None:
        return False
    by = s.before(_BY_WORD_BEFORE, tok.start) is not None
    if m["follow"] is not None and s.after(_THAT_CLAUSE_AFTER, tok.end) is not None:
        return False  # "voters have shown three times that they are tired": occasions
    poss = m["follow"] is None and s.after(_POSSESSIVE_AFTER, m.end()) is not None
    if not tok.integer or by or m["follow"] is not None or poss:
        end = tok.end + len(m[0]) - len(m["follow"] or "")
        return s.emit(tok.start, end, "ratio", tok.value, tok.value, "ratio", [i])
    return False


#: A mark on a scale before "N out of M": "a mark of at least 6 out of 10", "rated it 7 in 10".
_SCORE_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:marks?|scores?|scored|scoring|ratings?|rated|rating|grades?|graded)"
    rf"(?:{_SPACE}+(?:of|at|it|them|him|her|as))?(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)


def _rule_in_every(s: _Scan, i: int) -> bool:
    """``one in five``, ``3 out of 10``, ``seven in ten``."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or not tok.integer or tok.value < 1:
        return False
    k = i + 1
    if k >= len(s.toks):
        return False
    den = s.toks[k]
    if den.form not in ("digits", "words") or not den.integer or not tok.value < den.value <= 1000:
        return False
    if _is_yearlike(den):
        return False
    conn = _IN_OF.fullmatch(s.text, tok.end, den.start)
    if conn is None:
        return False
    if conn["slash"] is not None and (
        tok.form != "digits" or den.form != "digits"
        or (s.after(_OF_AFTER, den.end) is None and not _slash_says(s, tok, den))
    ):
        return False  # "1/4 of" is a share; "46/43" is a split and "7/10" a date or a score
    if conn["slash"] is not None and s.after(_OF_UNIT_AFTER, den.end) is not None:
        return False  # "1/8 of a gallon", "3/4 of an inch": an amount, not a share
    if s.after(_TIME_AFTER, den.end) is not None or s.after(_PERCENT, den.end) is not None:
        return False
    if s.before(_SCORE_BEFORE, tok.start) is not None:
        return False  # "a mark of at least 6 out of 10", "rated it 7 out of 10": a score
    value = round(100.0 * tok.value / den.value, 3)
    return s.emit(tok.start, den.end, "share", value, value, "percent", [i, k])


#: Before a date or a score written with a slash: "on 2/3", "by 3/4", "dated 1/5".
_SLASH_DATE_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:on|by|since|until|till|from|dated|of|at|before|after|score|scored)"
    rf"{_SPACE}+\Z",
    _F,
)


def _slash_says(s: _Scan, tok: NumberToken, den: NumberToken) -> bool:
    """``2/3 said``, ``1/4 now say``: a slash fraction of people told by the verb of what they
    answered (a small denominator; not a date "on 2/3" or a score)."""
    return (den.value <= 10 and s.after(_SURVEY_VERB_AFTER, den.end) is not None
            and s.before(_SLASH_DATE_BEFORE, tok.start) is None)


_TO_ONE = regex.compile(rf"(?:{_SPACE}+to{_SPACE}+|-to-)(?:one|1)(?![\w-]|[.,:/][0-9])", _F)
#: Before "N to one": a majority or a lead told as odds ("outnumber critics three to one",
#: "favour the NDA by more than three to one", "a margin of two to one").
_TO_ONE_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:(?:outnumber(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?
                     |support(?:s|ed|ing)?|prefer(?:s|red|ring)?|reject(?:s|ed|ing)?
                     |oppos(?:e|es|ed|ing)|endors(?:e|es|ed|ing))   # "back the plan two to one"
                     (?:{_SPACE}+(?!(?:from|to|between)(?!\w))[\w'’\-]+){{0,3}}?
                     |by|margin{_SPACE}+of|ratio{_SPACE}+of|majority{_SPACE}+of)
    (?:{_SPACE}+{_QUAL})?(?:{_SPACE}+(?:a|an))?{_SPACE}+\Z""",
    _F,
)


#: After "N to one": the side it favours or the word of a margin ("two to one against him",
#: "three to one in favour of strike action", "a two-to-one margin").
_TO_ONE_SIDE_AFTER = regex.compile(
    rf"""{_SPACE}+(?:against|in{_SPACE}+favou?r|over|opposed|margin|majority
    |(?:among|with)(?={_SPACE}+(?:voters|respondents|women|men|independents|adults)(?!\w)))
    (?!\w)""",
    _F,
)


#: After hyphened odds, a noun they are a mix of ("a two-to-one mix of sand", "a 3-to-1
#: ratio of staff"): not a majority of the asked.
_TO_ONE_NOUN_AFTER = regex.compile(rf"{_SPACE}+(?:mix|blend|ratio{_SPACE}+of|dilution)(?!\w)", _F)


def _rule_to_one(s: _Scan, i: int) -> bool:
    """Odds of one side over the other: ``outnumber critics three to one``, ``favour the
    plan by more than two-to-one``, ``a margin of 3 to 1`` (a ratio of the two shares)."""
    tok = s.toks[i]
    if (tok.form not in ("digits", "words") or not tok.integer or not 1 < tok.value <= 20
            or i + 1 >= len(s.toks)):
        return False
    m = s.after(_TO_ONE, tok.end)
    if m is None or s.toks[i + 1].end != m.end():
        return False
    lo, hi = max(0, tok.start - 250), m.end() + 250
    cued = (s.before(_TO_ONE_BEFORE, tok.start) is not None
            or s.after(_TO_ONE_SIDE_AFTER, m.end()) is not None)
    # "backed the plan two-to-one in the poll": the hyphened odds alone, in poll copy and far
    # from any game words ("won two-to-one" is a score)
    if not cued and ("-to-" not in fold_case(m.group())
                     or _POLL_NEAR.search(s.text, lo, hi) is None
                     or _SPORTS_NEAR.search(s.text, lo, hi) is not None
                     or s.after(_TO_ONE_NOUN_AFTER, m.end()) is not None):
        return False
    if (_SPORTS_NEAR.search(s.text, lo, hi) is not None
            and _POLL_NEAR.search(s.text, lo, hi) is None):
        return False  # "won by three to one" in a match report
    return s.emit(tok.start, m.end(), "ratio", tok.value, tok.value, "ratio", [i, i + 1])


def _rule_multiplier(s: _Scan, i: int) -> bool:
    tok = s.toks[i]
    if tok.form != "multiplier":
        return False
    word = fold_case(tok.text)
    if word in ("double", "triple"):
        if (s.after(_DOUBLE_ADJ_AFTER, tok.end) is None
                and s.after(_POSSESSIVE_AFTER, tok.end) is None
                and (s.before(_QUAL_RIGHT_BEFORE, tok.start) is None
                     or s.text[tok.end:tok.end + 1] in "-‐")):  # not "nearly double-digit"
            return False
    elif word == "twice":
        if s.after(_TWICE_AFTER, tok.end) is None:
            return False
    elif "fold" not in word and s.after(_PHRASAL_AFTER, tok.end) is not None:
        return False  # "doubled down", "doubled as"
    return s.emit(tok.start, tok.end, "ratio", tok.value, tok.value, "ratio", [i])


_SPLIT_WORD_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:split|divided)(?:{_SPACE}+[^.;:!?\d\n]{{0,40}}?)?[,:]?{_SPACE}+\Z", _F
)
_RANGE_JOIN = regex.compile(rf"{_SPACE}+(?:and|to){_SPACE}+|{_SPACE}*[{DASHES}]{_SPACE}*", _F)


def _rule_mixed_range(s: _Scan, i: int) -> bool:
    """A range whose ends are written differently, a fraction word at one end: ``between a
    third and 40%``, ``between 30% and a third``, ``between a quarter and a third``,
    ``anywhere from a fifth to a quarter``. After ``between`` or a range word only (``from a
    third to 40%`` is two figures)."""
    tok = s.toks[i]
    if tok.form != "fraction" or tok.value >= 100:
        return False
    # the fraction closes a range opened by a percent: "between 30% and a third"
    if s.out and (i - 1) in s.used:
        last = s.out[-1]
        if (last.kind == "share" and last.unit == "percent" and not last.is_range
                and last.end <= tok.start
                and _RANGE_JOIN.fullmatch(s.text, last.end, tok.start) is not None
                and (s.before(_BETWEEN_BEFORE, last.start) is not None
                     or s.before(_RANGE_OF_BEFORE, last.start) is not None)):
            low, high = sorted((last.low, tok.value))
            s.out[-1] = attrs.evolve(last, text=s.text[last.start:tok.end], end=tok.end,
                                     low=low, high=high, rule=s.rule)
            s.used.add(i)
            return True
    if (s.before(_BETWEEN_BEFORE, tok.start) is None
            and s.before(_RANGE_OF_BEFORE, tok.start) is None):
        return False
    k = i + 1
    if k >= len(s.toks) or _RANGE_JOIN.fullmatch(s.text, tok.end, s.toks[k].start) is None:
        return False
    other = s.toks[k]
    if other.form == "fraction":
        end = other.end
    elif other.form in ("digits", "words") and not other.signed:
        unit = s.after(_PERCENT, other.end)
        if unit is None:
            return False
        end = unit.end()
    else:
        return False
    if other.value == tok.value or s.direction(tok.start, end) != 0:
        return False
    low, high = sorted((tok.value, other.value))
    return s.emit(tok.start, end, "share", low, high, "percent", [i, k])


_MAJORITY_AFTER = regex.compile(rf"{_SPACE}+(?:majority|minority)(?!\w)", _F)
#: A level a share moved from, to or past, before a fraction word: "down from a third",
#: "fell below a third", "rose to half".
_LEVEL_WORD_BEFORE = regex.compile(
    rf"(?r)(?:(?<!\w)(?:{_UP}|{_DOWN}|back|fallen|risen|sunk|slipped|dropped){_SPACE}+"
    rf"(?:from|to|below|above|under|beneath|past)|(?<!\w)from)(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)


def _rule_fraction(s: _Scan, i: int) -> bool:
    tok = s.toks[i]
    if tok.form != "fraction" or tok.value >= 100:
        return False  # "the two halves of the country": the whole, not a share of it
    if fold_case(tok.text).endswith("half"):
        whole = s.after(_WHOLE_AFTER, tok.end)
        if whole is not None:
            return s.emit(tok.start, whole.end(), "ratio", 0.5, 0.5, "ratio", [i])
        if (s.after(_HALF_OF_FIGURE_AFTER, tok.end) is not None
                and s.before(_HALF_LINK_BEFORE, tok.start) is not None):
            # "less than half the 21.9% they took": a ratio to the figure that follows
            return s.emit(tok.start, tok.end, "ratio", 0.5, 0.5, "ratio", [i])
        if fold_case(tok.text) == "half" and s.before(_ORDINAL_BEFORE, tok.start) is not None:
            return False
    pct = s.after(_FRACTION_PERCENT_AFTER, tok.end)
    if pct is not None:  # "a half percent", "one-quarter per cent": a fraction of one percent
        sign = s.direction(tok.start, pct.end())
        v = (-1 if sign < 0 else 1) * tok.value / 100
        return s.emit(tok.start, pct.end(), "change" if sign else "share", v, v, "percent", [i])
    pt = s.after(_FRACTION_POINT_AFTER, tok.end)
    if pt is not None:  # "cut rates by a quarter point", "half a percentage point"
        sign = -1 if s.direction(tok.start, pt.end()) < 0 else 1
        v = sign * tok.value / 100
        return s.emit(tok.start, pt.end(), "change", v, v, "percentage_point", [i])
    d = s.before(_DIRECTION_BEFORE, tok.start)
    if d is None or "by" not in d[0].lower().split():
        d = s.before(_NOUN_OF_BEFORE, tok.start)  # "a decline of about a fifth"
        if (d is not None and _TO_END.search(d[0]) is not None
                and fold_case(d["up"] or d["down"] or "") not in _GAP_NOUNS):
            d = None  # "cut to a third": the new level, not the size of the cut
    if d is not None:
        v = -tok.value if d["down"] else tok.value
        return s.emit(tok.start, tok.end, "change", v, v, "percent", [i])
    level = s.after(_LEVEL_GAP_AFTER, tok.end)
    if level is not None:  # "roughly a fifth below its previous forecast": a relative gap
        down = level["below"] is not None or level["below2"] is not None
        v = -tok.value if down else tok.value
        return s.emit(tok.start, tok.end, "change", v, v, "percent", [i])
    if (s.before(_LEVEL_WORD_BEFORE, tok.start) is not None
            and s.after(_OF_AFTER, tok.end) is None and s.after(_TIME_AFTER, tok.end) is None
            and (_POLL_NEAR.search(s.text, max(0, tok.start - 150), tok.end + 150) is not None
                 or any(st.kind == "share" and st.unit == "percent"
                        and 0 <= tok.start - st.end <= 150
                        and _SENTENCE_BREAK.search(s.text, st.end, tok.start) is None
                        for st in s.out[-2:]))):
        # "one in four would pay more, down from a third in 2021", "approval fell below a
        # third": the level of a share that moved
        return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    majority = s.after(_MAJORITY_AFTER, tok.end)  # "a two-thirds majority of voters"
    if (
        s.after(_PAREN_PERCENT_AFTER, tok.end) is not None
        or (majority is not None and s.after(_OF_PEOPLE_AFTER, majority.end()) is not None)
        or s.after(_OF_PEOPLE_AFTER, tok.end) is not None
        or s.after(_PEOPLE_AFTER, tok.end) is not None
        or s.after(_SURVEY_VERB_AFTER, tok.end) is not None
    ):
        return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    return False


#: A threshold a share passed or held, before a fraction word: "approval has exceeded
#: two-thirds", "support topped half", "stayed above a third".
_THRESHOLD_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:exceeded|exceeds|exceed|topped|tops|surpassed|surpasses|passed|crossed
    |stayed|stays|remained|remains|held|holds|hovered|hovers)
    (?:{_SPACE}+(?:above|below|under|over|at|near|around))?(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z""",
    _F,
)
#: A relative clause of people after a fraction word: "compared with a third who disagreed".
_WHO_AFTER = regex.compile(rf"{_SPACE}+who(?!\w)", _F)


def _rule_fraction_level(s: _Scan, i: int) -> bool:
    """A fraction word as the level of a share with no "of" after it: a threshold it passed
    ("approval has exceeded two-thirds", "stayed above a third") in a sentence of a poll, or
    the people it counts told by a relative clause ("compared with a third who disagreed")."""
    tok = s.toks[i]
    if tok.form != "fraction" or tok.value >= 100 or s.after(_OF_AFTER, tok.end) is not None:
        return False
    if s.after(_TIME_AFTER, tok.end) is not None:
        return False  # "stayed above half an hour"
    if s.after(_WHO_AFTER, tok.end) is not None and fold_case(tok.text) != "half":
        return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    if (s.before(_THRESHOLD_BEFORE, tok.start) is not None
            and _POLL_NEAR.search(s.text, max(0, tok.start - 150), tok.end + 150) is not None):
        return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    return False


def _rule_net(s: _Scan, i: int) -> bool:
    """``a net score of -25``, ``net favourability +12``, ``an improvement from minus 9``
    later in a sentence about a net score; ``21% / 56% / -35`` (approve / disapprove / net);
    a signed change in brackets after a share: ``31% (+2)``."""
    tok = s.toks[i]
    if (s.after(_PERCENT, tok.end) is not None or s.after(_POINTS, tok.end) is not None
            or s.after(_AMOUNT_AFTER, tok.end) is not None):
        return False
    lo = max(0, tok.start - 160)
    net = _NET_BEFORE.search(s.text, lo, tok.start) is not None
    if tok.form == "words" and fold_case(tok.text) == "zero":
        # "a balance of zero", "fell three points to zero": a net balance at nought
        if (s.before(_LEVEL_LINK_BEFORE, tok.start) is not None
                and s.after(_BARE_END_AFTER, tok.end) is not None
                and (net or _points_before(s, tok.start)
                     or _BALANCE_BEFORE.search(s.text, lo, tok.start) is not None)):
            return s.emit(tok.start, tok.end, "change", 0.0, 0.0, "percentage_point", [i])
        return False
    if tok.form != "digits" or abs(tok.value) > 200 or _is_yearlike(tok):
        return False
    word = s.before(_SIGN_WORD_BEFORE, tok.start)  # "(minus 1)", "(down 2)", "(up 3)"
    paren_at = word.start() if word is not None else tok.start
    in_paren = (
        (tok.signed or word is not None)
        and (s.before(_SHARE_PAREN_BEFORE, paren_at) is not None
             or _after_bare_share(s, paren_at))                # "the AfD at 24 (+1)"
        and s.after(_CLOSE_PAREN, tok.end) is not None
    )
    # "stands at minus 47", "rose to minus 19": a sign written out after a link word signs a
    # balance's figure too
    written = not tok.signed and s.before(_SIGN_LINK_BEFORE, tok.start) is not None
    balance = ((tok.signed or written) and abs(tok.value) < 100  # ±100: the scale's ends
               and s.after(_SIGNED_END_AFTER, tok.end) is not None
               and _BALANCE_BEFORE.search(s.text, lo, tok.start) is not None
               and not _sports(s.text, tok.start, tok.end))
    if (not net and not balance
            and s.before(_SHARE_SLASH_BEFORE, tok.start) is None and not in_paren):
        return False
    start, v = tok.start, tok.value
    if in_paren and word is not None and not tok.signed and abs(v) <= 100:
        if word["down"] is not None or word["minus"] is not None:
            v = -v
        if word["sign"] is not None:  # the sign is written out: "minus 1" is the figure
            start = word.start()
        return s.emit(start, tok.end, "change", v, v, "percentage_point", [i])
    minus = s.before(_MINUS_BEFORE, start)
    plus = s.before(_PLUS_BEFORE, start) if not tok.signed else None
    if minus is not None and v > 0:
        start, v = minus.start(), -v
    elif plus is not None and s.in_moe(tok.start):
        return False  # "plus or minus 3": the margin rule's
    elif plus is not None:
        start = plus.start()  # "a net score of plus 3"
    if not tok.signed and minus is None and plus is None:
        return False
    return s.emit(start, tok.end, "change", v, v, "percentage_point", [i])



#: How far back (characters) a net score read before carries its scale to a signed bare figure.
NET_CARRY: Final = 300
_UNIT_WORD_AFTER = regex.compile(
    rf"{_SPACE}*(?:°|º|degrees?|pts?|points?|goals?|runs?|shots?|strokes?|under|over|C\b|F\b)",
    _F,
)


def _rule_net_carried(s: _Scan, i: int) -> bool:
    """A signed bare figure soon after a net score, in its sentence or the next of its
    paragraph, is on the same scale: "a net rating of -22 overall. It falls to -71 among
    renters and is +19 among owners" (a change in points, the corpus's net-score rule)."""
    tok = s.toks[i]
    word = None if tok.signed else (s.before(_MINUS_BEFORE, tok.start)
                                    or s.before(_PLUS_BEFORE, tok.start))
    if (tok.form != "digits" or not (tok.signed or word is not None) or abs(tok.value) >= 100
            or s.after(_PERCENT, tok.end) is not None
            or s.after(_AMOUNT_AFTER, tok.end) is not None
            or s.after(_UNIT_WORD_AFTER, tok.end) is not None):
        return False
    last = next((o for o in reversed(s.out) if o.rule in ("net", "net_carried")), None)
    if (last is None or not 0 <= tok.start - last.end <= NET_CARRY
            or not _one_passage(s.text[last.end:tok.start]) or _sports(s.text, tok.start, tok.end)):
        return False
    start, v = tok.start, tok.value
    if word is not None:  # "from minus 21", "down from plus 8": the sign written out
        start = word.start()
        v = -v if fold_case(word.group()).strip().startswith(("minus", "negative")) else v
    return s.emit(start, tok.end, "change", v, v, "percentage_point", [i])
