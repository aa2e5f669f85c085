"""Stage 3: statistics from number tokens.

Each number token is tried against a fixed list of rules, most specific first (margin of error,
sample size, percentage points, percent, multipliers, fractions, net scores). A rule looks only
at a bounded window around its token, so the stage is linear in the text. A rule may take a
neighbouring token too (the ``9`` of ``9–14%``, the ``five`` of ``one in five``); each token
belongs to at most one statistic.

This module is the stage's entry: :func:`find_statistics` and the plan of which rules a token
may need (:class:`Needs`, ``_RULE_NEEDS``). The rules live in modules by family:
:mod:`pollstats.match_words` (word lists and shared patterns), :mod:`pollstats.match_scan` (the
scan state and shared helpers), :mod:`pollstats.match_rules_sample` (margins of error, sample
sizes), :mod:`pollstats.match_rules_units` (points, percent, times, fractions, net scores),
:mod:`pollstats.match_rules_bare` and :mod:`pollstats.match_rules_lists` (figures without a
unit of their own, lists, tables), and :mod:`pollstats.match_registry` (:class:`MatchRule` and
:data:`RULES`, in the order the rules are tried). The names other modules import from here are
re-exported.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import regex

from .groupwords import DEMONYM_WORDS
from .match_registry import RULES, MatchRule
from .match_registry import Example as Example
from .match_rules_bare import BULLET_LINE as BULLET_LINE
from .match_rules_lists import _CUE_REACH, SHARE_MEASURES, _list_item
from .match_rules_units import _GAP_NOUN_BEFORE, _sports
from .match_scan import _Scan
from .match_scan import folded as folded
from .match_words import (
    _DIRECTION_BEFORE,
    _F,
    _LEAD_WORDS,
    _NOUN_OF_BEFORE,
    _OF_AFTER,
    _POLL_NEAR,
    _QUAL,
    _SPACE,
    _TO_END,
    MOE_CUES,
    RESPONDENT_NOUNS,
    SAMPLE_NOUNS,
    WINDOW,
)
from .match_words import _SENTENCE_BREAK as _SENTENCE_BREAK
from .match_words import _SENTENCE_BREAK_FULL as _SENTENCE_BREAK_FULL
from .match_words import DOWN_NOUNS as DOWN_NOUNS
from .match_words import DOWN_VERBS as DOWN_VERBS
from .match_words import PEOPLE_WORDS as PEOPLE_WORDS
from .match_words import QUALIFIER_WORDS as QUALIFIER_WORDS
from .match_words import SURVEY_VERBS as SURVEY_VERBS
from .match_words import UP_NOUNS as UP_NOUNS
from .match_words import UP_VERBS as UP_VERBS
from .model import Statistic
from .tokens import NumberToken, fold_case

__all__ = ["RULES", "MatchRule", "find_statistics"]


# -- what a rule needs near its token (issue 16) ----------------------------------------------


def _key_words(entries: Sequence[str], *, bounded: bool = True) -> tuple[str, ...]:
    """One word that each entry, matched by :func:`alternation` as a whole phrase, holds as a
    whole word: its longest run of letters, lower case ("voting intention": "intention",
    "first-preference vote": "preference", "2PP": "pp"); for an entry without letters, its
    first sign of :data:`_CUE_SIGNS` ("±", "+/-": "+"). ``bounded=False``, for a pattern
    that lets its phrase run on into a longer word ("error margin" in "error marginal"): not
    the last run of an entry of several."""
    out = set()
    for entry in entries:
        runs = regex.findall(r"[a-z]+", fold_case(entry))
        if not bounded and len(runs) > 1:
            runs = runs[:-1]
        if runs:
            out.add(max(runs, key=len))
            continue
        signs = [ch for ch in entry if ch in _CUE_SIGNS]
        if not signs:
            raise ValueError(f"no word or sign to look for in {entry!r}")
        out.add(signs[0])
    return tuple(sorted(out))


#: How far (characters) before and after a token its needed words are collected.
CUE_REACH: Final = 2 * WINDOW
#: Signs a rule may need near its token, each collected as a word of its own.
_CUE_SIGNS: Final = "%\u066a\uff05()=+*-\u00b1\u2022\u00b7\u25aa\u2023\u25e6\u2013"
_CUE_WORD: Final = re.compile(f"[a-z]+|[{re.escape(_CUE_SIGNS)}]")
_LETTERS: Final = re.compile("[a-z]+")


def _word_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(words)


@attrs.frozen
class Needs:
    """What a rule needs near its token before it can read anything: a word of ``before`` in
    the :data:`CUE_REACH` characters before the token, a word of ``after`` in those after its
    end, or ``state``: what the scan has read so far (a sample or a share just before), or
    what a test of its own finds. Each word list names, for every way the rule can read its
    token, one word that way's own patterns require: a whole word of ASCII letters (lower
    case, any case in the text) or one sign of :data:`_CUE_SIGNS`. The words near a token
    are found once for all rules (:class:`_Cues`, one scan each side of it); most
    tokens of prose without statistics (years, days, money, counts near "vote" or
    "support") then skip most rules. A rule without an entry in :data:`_RULE_NEEDS` is
    always tried; tests/test_prefilters.py holds the gated scan equal to the ungated one."""

    before: frozenset[str] = attrs.field(default=frozenset(), converter=_word_set)
    after: frozenset[str] = attrs.field(default=frozenset(), converter=_word_set)
    state: Callable[[_Scan, int], bool] | None = None

    @before.validator
    @after.validator
    def _words(self, _: object, value: frozenset[str]) -> None:
        bad = [w for w in value if not _CUE_WORD.fullmatch(w)]
        if bad:
            raise ValueError(f"needed words are lower-case ASCII words or signs: {bad!r}")

    def met(self, s: _Scan, i: int, cues: _Cues) -> bool:
        """Whether the rule may read token ``i`` (False: it would read nothing)."""
        return (not (self.before.isdisjoint(cues.before) and self.after.isdisjoint(cues.after))
                or (self.state is not None and self.state(s, i)))


@attrs.frozen
class _Cues:
    """The words of :class:`Needs` near a token: those in the :data:`CUE_REACH` characters
    before it and after it, each stretch read on its own (a run of letters glued to the
    token counts with the part on its side: "twofold" after "two" gives "fold")."""

    before: frozenset[str]
    after: frozenset[str]

    @classmethod
    def of(cls, low: str, start: int, end: int) -> _Cues:
        """The cues of the token at ``start:end`` of the folded text ``low`` (only the words
        and signs some rule needs: a scan for words, one for signs)."""
        lo, hi = max(0, start - CUE_REACH), end + CUE_REACH
        before = _BEFORE_WORDS.intersection(_LETTERS.findall(low, lo, start))
        after = _AFTER_WORDS.intersection(_LETTERS.findall(low, end, hi))
        signs_before = _BEFORE_SIGNS.findall(low, lo, start)
        signs_after = _AFTER_SIGNS.findall(low, end, hi)
        if low.find("%", lo, start) >= 0:  # the common sign apart: a flood has one a figure
            signs_before.append("%")
        if low.find("%", end, hi) >= 0:
            signs_after.append("%")
        return cls(before.union(signs_before) if signs_before else before,
                   after.union(signs_after) if signs_after else after)


def _sample_just_read(s: _Scan, i: int) -> bool:
    """A sample size among the last three statistics, ending at most 200 characters before the
    token (what :func:`_sample_in_sentence` needs, without its sentence check)."""
    start = s.toks[i].start
    return any(st.kind == "sample_size" and 0 <= start - st.end <= 200 for st in s.out[-3:])


def _moe_just_read(s: _Scan, i: int) -> bool:
    """A margin of error as one of the last two statistics (:func:`_moe_goes_on` needs it)."""
    return any(st.kind == "margin_of_error" for st in s.out[-2:])


def _share_just_read(s: _Scan, i: int) -> bool:
    """A share in percent as one of the last two statistics (the unit a bare figure takes)."""
    return any(st.unit == "percent" and st.kind == "share" for st in s.out[-2:])


def _word_token(s: _Scan, i: int) -> bool:
    return s.toks[i].form == "words"


#: What _LIST_UNIT_AFTER ends with: a figure and its unit, "6.1 per cent".
_LIST_UNIT_END: Final = re.compile("[0-9][ \t]?(?:%|per[ \t]?cent|pc)")


def _list_unit_ahead(s: _Scan, i: int) -> bool:
    """A figure and its percent in the 400 characters after the token (_LIST_UNIT_AFTER)."""
    end = s.toks[i].end
    return _LIST_UNIT_END.search(s.text, end, end + 400) is not None


def _next_list_item(s: _Scan, i: int) -> bool:
    return i + 1 < len(s.toks) and _list_item(s, i + 1)


def _signed(s: _Scan, i: int) -> bool:
    return s.toks[i].signed


def _x_after(s: _Scan, i: int) -> bool:
    """An "x" or "×" right after the token ("2.5x"; _TIMES)."""
    end = s.toks[i].end
    return s.text[end:end + 1] in ("x", "X", "\u00d7")


def _share_cue_read(s: _Scan, i: int) -> bool:
    """A share in percent among the last four statistics, at most _CUE_REACH before."""
    start = s.toks[i].start
    return any(st.kind == "share" and st.unit == "percent" and 0 <= start - st.end <= _CUE_REACH
               for st in s.out[-4:])


def _point_change_read(s: _Scan, i: int) -> bool:
    """A change in points among the last two statistics, at most 150 characters before."""
    start = s.toks[i].start
    return any(st.unit == "percentage_point" and st.kind == "change"
               and 0 <= start - st.end <= 150 for st in s.out[-2:])


def _party_item_read(s: _Scan, i: int) -> bool:
    return any(st.rule == "party_list" for st in s.out[-3:])


#: Verbs of being asked after a count: "1,000 surveyed voters", "• 1,200 – voters interviewed"
#: (_ASKED_ADJ_AFTER, _DASH_SAMPLE_AFTER).
_ASKED_WORDS: Final = ("participating", "responding", "surveyed", "polled", "interviewed",
                       "questioned", "sampled", "asked")
#: A word each way of writing a sample needs before its figure: _SAMPLE_BEFORE (its
#: bracketed details anywhere in a word), _SURVEY_REACHES_BEFORE, _CONDUCTED_WITH_BEFORE,
#: _SAMPLE_MADE_OF_BEFORE ("sample"), _N_EQUALS_BEFORE ("=").
_SAMPLE_CUE_WORDS: Final = (
    "=", "(", "sample", "samples", "sampled", "subsample", "subsamples", "base", "respondents",
    "participants", "interviewees", "survey", "surveys", "surveyed", "poll", "polls", "polled",
    "study", "studys", "panel", "panels", "canvass", "canvasss", "canvassed", "census",
    "censuss", "questionnaire", "questionnaires", "questioned", "interviewed", "interviews",
    "responses", "answers", "replies", "based", "fieldwork", "conducted", "carried", "fielded",
    "done", "held",
)

#: A word of every sample noun (_SAMPLE_NOUN_AFTER: respondents, sample nouns, the plural
#: names of nationals).
_SAMPLE_NOUN_WORDS: Final = _key_words([
    *RESPONDENT_NOUNS, *SAMPLE_NOUNS,
    *(w for w in DEMONYM_WORDS if w.endswith("s"))])

#: The words of a percent (_PERCENT, _PCT_OF_BEFORE: "percent", "per cent", "percentages").
_PERCENT_WORDS: Final = ("percent", "percentage", "percents", "percentages", "per")
#: A word of every way _POINTS writes points ("percentage points", "of a percentage point",
#: "percent pts", "pct pts", "ppts", "pp", "points", "pts").
_POINT_WORDS: Final = ("percentage", "percent", "pct", "ppt", "ppts", "pp", "point", "points",
                       "pt", "pts")

#: Rule name -> what it needs near its token (see :class:`Needs`).
_RULE_NEEDS: Final[dict[str, Needs]] = {
    # a sample read beside one just read; a verb of asking or a sample noun after the figure;
    # a sample cue before it ("a poll of", "n =", "conducted ... among", "(fieldwork ...,")
    "sample": Needs(before=_SAMPLE_CUE_WORDS, after=(*_ASKED_WORDS, *_SAMPLE_NOUN_WORDS),
                    state=_sample_just_read),
    # "±3", "+/-3", "margin of error of 3" before (_MOE_SIGN_BEFORE, _MOE_BEFORE); "a 3-point
    # margin of error" after; the next of a list of margins
    "moe": Needs(before=("\u00b1", "+", *_key_words(MOE_CUES, bounded=False)),
                 after=("error",), state=_moe_just_read),
    # "net" or a balance's noun in the 160 characters before (_NET_BEFORE, _BALANCE_BEFORE),
    # "21% / 56% / -35", a bracket closing after a change ("(+2)"); "zero" is a word token
    "net": Needs(before=("net", "balance", "balances", "index", "indexes", "indices", "barometer",
                         "gauge", "score", "scores", "reading", "readings", "%"),
                 after=(")",), state=_word_token),
    # the list's unit after its last item, at most 400 characters on (_LIST_UNIT_AFTER)
    "unit_at_list_end": Needs(state=_list_unit_ahead),
    # a percent sign or word after the figure (_PERCENT: "27%", "5 per cent", "30pc", "p.c.")
    "percent": Needs(after=("%", "\u066a", "\uff05", *_PERCENT_WORDS, "pct", "pc", "p")),
    # points after the figure (_POINTS: "5 points", "0.3 of a percentage point", "2 ppts")
    "points": Needs(after=_POINT_WORDS),
    # basis points after the figure (_BASIS_POINTS)
    "basis_points": Needs(after=("basis", "bps", "bp")),
    # points after the figure, or a point change just read (_points_before)
    "gap_points": Needs(after=_POINT_WORDS, state=_point_change_read),
    # "up" or "down" right before the figure (_UPDOWN_BEFORE, _SHARE_MOVE_BEFORE)
    "updown_level": Needs(before=("up", "down")),
    "share_move": Needs(before=("up", "down")),
    # a second item right after the figure (a list has two at least; _list_item)
    "bare_list": Needs(state=_next_list_item),
    # the paragraph's share in percent among the last four statistics
    "share_cue": Needs(state=_share_cue_read),
    # a larger sample read just before (_larger_sample_in_sentence)
    "sample_part": Needs(state=_sample_just_read),
    # a sample noun after the figure (_SAMPLE_NOUN_AFTER)
    "sample_survey": Needs(after=_SAMPLE_NOUN_WORDS),
    # a measure that is a share before the figure (_SHARE_MEASURE_BEFORE)
    "measure_bare": Needs(before=_key_words(SHARE_MEASURES)),
    # a lead word after a name (_NAMED_LEAD_BEFORE), or a signed figure ("Ruiz +3")
    "lead_bare": Needs(before=("up", "ahead", "leads", "leading", "led"), state=_signed),
    # a point change just read in the sentence (_points_before)
    "points_carried": Needs(state=_point_change_read),
    # a signed figure, or its sign in words (_MINUS_BEFORE, _PLUS_BEFORE)
    "net_carried": Needs(before=("minus", "negative", "plus", "positive"), state=_signed),
    # the bracketed change after the share (_PARTY_PAREN_AFTER), or a list item just read
    "party_list": Needs(after=("(",), state=_party_item_read),
    # the bracket after the share (_SHARE_PAREN_BEFORE), a window before the word at most
    "paren_change": Needs(before=("(",)),
    # "percent of" before the figure (_PCT_OF_BEFORE)
    "percent_of": Needs(before=_PERCENT_WORDS),
    # "a factor of", "-fold", "times" (_FACTOR_OF_BEFORE, _FOLD, _TIMES), or "x" right after
    "times": Needs(before=("factor",), after=("fold", "times"), state=_x_after),
    # a share in percent just read, or a bullet line before the figure (_BULLET_BEFORE)
    "carried_unit": Needs(before=("\u2022", "\u00b7", "\u25aa", "\u2023", "\u25e6", "*", "-",
                                  "\u2013"),
                          state=_share_just_read),
}
_GATED_RULES: Final = tuple((rule, _RULE_NEEDS.get(rule.name)) for rule in RULES)
#: Every word some rule needs before, and after, its token.
_BEFORE_WORDS: Final = frozenset(w for n in _RULE_NEEDS.values() for w in n.before)
_AFTER_WORDS: Final = frozenset(w for n in _RULE_NEEDS.values() for w in n.after)
_BEFORE_SIGNS: Final = re.compile(
    f"[{re.escape(''.join(sorted(w for w in _BEFORE_WORDS if w in _CUE_SIGNS and w != '%')))}]")
_AFTER_SIGNS: Final = re.compile(
    f"[{re.escape(''.join(sorted(w for w in _AFTER_WORDS if w in _CUE_SIGNS and w != '%')))}]")


#: The states of :data:`_RULE_NEEDS` that look at the token alone, not at what was read.
_TOKEN_STATES: Final = frozenset({_word_token, _signed, _x_after, _list_unit_ahead,
                                  _next_list_item})


@functools.lru_cache(maxsize=4096)
def _plan(cues: _Cues, read: bool
          ) -> tuple[tuple[MatchRule, Callable[[_Scan, int], bool] | None], ...]:
    """The rules to try on a token with these cues, in order, each with the state it still
    needs (None: tried whatever the scan has read); ``read``: whether the scan has read a
    statistic yet (before the first, no state of what was read holds). The same few cues
    recur, so the plan is worked out once for each."""
    plan: list[tuple[MatchRule, Callable[[_Scan, int], bool] | None]] = []
    for rule, needs in _GATED_RULES:
        if needs is None or not (needs.before.isdisjoint(cues.before)
                                 and needs.after.isdisjoint(cues.after)):
            plan.append((rule, None))
        elif needs.state is not None and (read or needs.state in _TOKEN_STATES):
            plan.append((rule, needs.state))
    return tuple(plan)


_UNGATED: Final = tuple((rule, None) for rule in RULES)


def find_statistics(
    text: str, toks: Sequence[NumberToken], spans: Sequence[tuple[int, int]] | None = None,
    *, gated: bool = True,
) -> list[Statistic]:
    """Every statistic of ``text``, in text order, given its number tokens (and the anchor
    windows they were read from, see :mod:`pollstats.anchors`). A rule whose needs
    (:data:`_RULE_NEEDS`) a token does not meet is not tried on it; ``gated=False`` tries
    every rule on every token (the same statistics)."""
    scan = _Scan(text, toks)
    low = scan.folded() if gated else ""
    for i in range(len(toks)):
        if i in scan.used:
            continue
        plan = (_plan(_Cues.of(low, toks[i].start, toks[i].end), bool(scan.out)) if gated
                else _UNGATED)
        for rule, state in plan:
            if state is not None and not state(scan, i):
                continue  # the words the rule needs are not near, nor what it has read
            scan.rule = rule.name
            if rule.apply(scan, i):
                break
    scan.rule = "a_point"
    _a_point(scan, ((0, len(text)),) if spans is None else spans)
    scan.out.sort(key=lambda st: (st.start, st.end))
    return scan.out


_A_POINT = regex.compile(
    rf"(?<!\w)a{_SPACE}+(?:(?:single|full|whole){_SPACE}+)?(?:percentage{_SPACE}+)?point(?![\w-])",
    _F,
)


def _a_point(s: _Scan, spans: Sequence[tuple[int, int]]) -> None:
    """``fell a point``, ``down a point``, ``up by a percentage point``: a change of one
    point, with no number token to hang it on; not inside a figure read already ("half a
    point ahead": the fraction's)."""
    read = sorted((st.start, st.end) for st in s.out)
    ends = [e for _, e in read]
    for m in (m for lo, hi in spans for m in _A_POINT.finditer(s.text, lo, hi)):
        if s.after(_OF_AFTER, m.end()) is not None:
            continue  # "a point of contention", "a point of order"
        k = bisect.bisect_right(ends, m.start())
        if k < len(read) and read[k][0] <= m.start():
            continue
        d = s.before(_DIRECTION_BEFORE, m.start())
        if d is None or _LEAD_WORDS.match(d[0]):
            d = s.before(_NOUN_OF_BEFORE, m.start())  # "shifts of a single point"
            if d is None or d["up"] is None or _TO_END.search(d[0]) is not None:
                v = _a_point_gap(s, m.start(), m.end())
                if v:
                    s.emit(m.start(), m.end(), "change", v, v, "percentage_point", [])
                continue
        v = -1.0 if d["down"] else 1.0
        s.emit(m.start(), m.end(), "change", v, v, "percentage_point", [])


#: After "a point": the lead it is ("still a point ahead of the AfD", "a point behind").
_A_POINT_LEAD_AFTER = regex.compile(
    rf"{_SPACE}+(?:ahead|clear|in{_SPACE}+front|(?P<behind>behind|adrift))(?!\w)", _F
)
#: "by (barely|just|...) a point": the size of a gap or an error, in poll copy.
_BY_A_POINT_BEFORE = regex.compile(
    rf"(?r)(?<!\w)by(?:{_SPACE}+(?:{_QUAL}|barely|just|only|merely|all{_SPACE}+of))?{_SPACE}+\Z", _F
)
#: Before "a point", the link of an earlier or compared size of a lead named before it in the
#: sentence: "a four-point edge that was a single point in December".
_A_POINT_LINK_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:was|were|is|had{_SPACE}+been|has{_SPACE}+been|from|with|of|to|versus)"
    rf"{_SPACE}+\Z",
    _F,
)


def _a_point_gap(s: _Scan, start: int, end: int) -> float:
    """A lead of one point told as ``a point``: ``still a point ahead of the AfD`` (behind:
    negative, as ``three points behind``), or the earlier size of a lead named before it in the
    sentence, ``a four-point edge that was a single point in December`` (positive); 0 when
    neither, or in a game report."""
    lead = _A_POINT_LEAD_AFTER.match(s.text, end, min(len(s.text), end + 20))
    if lead is not None:
        v = -1.0 if lead["behind"] is not None else 1.0
    elif (s.before(_A_POINT_LINK_BEFORE, start) is not None
          and s.before(_GAP_NOUN_BEFORE, start) is not None
          and s.after(_OF_AFTER, end) is None):  # not "the lead was a point of contention"
        v = 1.0
    elif (s.before(_BY_A_POINT_BEFORE, start) is not None
          and _POLL_NEAR.search(s.text, max(0, start - 200), end + 100) is not None):
        v = 1.0  # "the poll was off by barely a point", "missed the result by a point": a gap
    else:
        return 0.0
    return 0.0 if _sports(s.text, start, end) else v
