"""Stage 3: statistics from number tokens.

Each number token is tried against a fixed list of rules, most specific first (margin of error,
sample size, percentage points, percent, multipliers, fractions, net scores). A rule looks only
at a bounded window around its token, so the stage is linear in the text. A rule may take a
neighbouring token too (the ``9`` of ``9–14%``, the ``five`` of ``one in five``); each token
belongs to at most one statistic.

This module holds the rules, their registry :data:`RULES` and :func:`find_statistics`; the word
lists and shared patterns are in :mod:`pollstats.match_words`, the scan state and shared
helpers in :mod:`pollstats.match_scan`. The names other modules import from here are
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

from ._data import PLURAL_NOUN, alternation, alternation_of, words
from .grouping import group_key
from .groupwords import DEMONYM_WORDS
from .match_scan import (
    _LEADS_BEFORE,
    _PARAGRAPH_BREAK,
    Rule,
    _carried_sign,
    _ends_age_band,
    _index_points,
    _is_yearlike,
    _points_before,
    _Scan,
)
from .match_scan import folded as folded
from .match_words import (
    _AMONG_NUM_BEFORE,
    _AMOUNT_AFTER,
    _ANY_PLURAL_AFTER,
    _APPOSITIVE_GAP,
    _BALANCE_BEFORE,
    _BASIS_POINTS,
    _BETWEEN_BEFORE,
    _BY_BEFORE,
    _CLOSE_AFTER,
    _CLOSE_PAREN,
    _CONDUCTED_WITH_BEFORE,
    _CONNECTOR,
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
    _LEAD_WORDS,
    _LEVEL_GAP_AFTER,
    _LEVEL_LINK_BEFORE,
    _LEX,
    _LIST_LINK_BEFORE,
    _MINUS_BEFORE,
    _MONTH_AFTER,
    _N_EQUALS_BEFORE,
    _NET_BEFORE,
    _NET_PCT_BEFORE,
    _NET_SENTENCE_BEFORE,
    _NOUN_AFTER,
    _NOUN_OF_BEFORE,
    _OF_AFTER,
    _OF_PEOPLE_AFTER,
    _OF_UNIT_AFTER,
    _OPEN_PAREN_BEFORE,
    _ORDINAL_BEFORE,
    _PAREN_DETAILS_BEFORE,
    _PAREN_PERCENT_AFTER,
    _PCT_OF_BEFORE,
    _PCT_OF_THE_BEFORE,
    _PEOPLE,
    _PEOPLE_AFTER,
    _PER_CENT,
    _PERCENT,
    _PHRASAL_AFTER,
    _PLUS_BEFORE,
    _POINTS,
    _POINTS_OR,
    _POLL_NEAR,
    _POLL_WORD,
    _POSSESSIVE_AFTER,
    _QUAL,
    _QUAL_RIGHT_BEFORE,
    _RANGE_OF_BEFORE,
    _RECEIVED_BEFORE,
    _RESPONDENTS,
    _SAMPLE_BEFORE,
    _SAMPLE_MADE_OF_BEFORE,
    _SAMPLE_NOUN_AFTER,
    _SAMPLE_NOUNS,
    _SHARE_NOUN,
    _SHARE_PAREN_BEFORE,
    _SHARE_SLASH_BEFORE,
    _SIGN_LINK_BEFORE,
    _SIGN_WORD,
    _SIGN_WORD_BEFORE,
    _SPACE,
    _SPORTS_NEAR,
    _SURVEY_REACHES_BEFORE,
    _SURVEY_VERB_AFTER,
    _SURVEYED_AFTER,
    _THAT_CLAUSE_AFTER,
    _TIME_AFTER,
    _TIMES,
    _TO_BEFORE,
    _TO_END,
    _TWICE_AFTER,
    _UP,
    _WHOLE_AFTER,
    MOE_CUES,
    RESPONDENT_NOUNS,
    SAMPLE_NOUNS,
    WINDOW,
    _sentence_start,
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
from .model import Kind, Statistic, Unit
from .periods import MONTH_WORDS
from .tokens import DASHES, NumberToken, fold_case

__all__ = ["RULES", "MatchRule", "find_statistics"]



#: Between a margin of error and the next of a list of them: "4.2 points for registered voters
#: and 4.8 points for likely voters", "about 2 points for the largest parties and at less than
#: one point for the smallest" (no figure between, one clause).
_MOE_NEXT = (
    rf"(?:{_SPACE}+(?:for|among|in|of|with)[^\d.;:!?()\n]{{1,60}}?)?,?{_SPACE}+(?:and|while|but)"
    rf"(?:{_SPACE}+(?:at|of|is|was|are|to))?(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z"
)
_MOE_NEXT_BEFORE = regex.compile(rf"(?r){_MOE_NEXT}", _F)
#: The same read forward over all of the stretch between two margins, as one whole: "6 points
#: for Republicans and for Democrats, and 7 points for independents".
_MOE_NEXT_BETWEEN = regex.compile(_MOE_NEXT, _F)


_MOE_TAIL_AFTER = regex.compile(
    rf"{_SPACE}+(?:for|among|in|on|with|respectively)(?!\w)|{_SPACE}*(?:[.,;:)]|\Z)", _F
)


#: The same with the figure a margin is given for: "three points for a party share of 40
#: percent and about two points for a share of 10 percent".
_MOE_NEXT_FOR_BEFORE = regex.compile(
    rf"(?r){_SPACE}+for{_SPACE}+(?:(?:a|an|the|each){_SPACE}+)?(?:[\w\-]+{_SPACE}+){{0,2}}?"
    rf"(?:share|level|result|figure|reading)s?{_SPACE}+of{_SPACE}+(?:{_QUAL}{_SPACE}+)?"
    rf"[0-9]{{1,2}}(?:\.[0-9])?{_SPACE}*(?:%|percent|{_PER_CENT})"
    rf",?{_SPACE}+(?:and|while|but)(?:{_SPACE}+(?:at|of|is|was|are|to))?(?:{_SPACE}+{_QUAL})?"
    rf"{_SPACE}+\Z",
    _F,
)


def _moe_goes_on(s: _Scan, start: int) -> bool:
    """Whether the figure at ``start`` is the next of a list of margins of error that the
    statistic just before opens (or the one before that, when the share the first margin is
    given for stands between)."""
    if not s.out:
        return False
    last = s.out[-1]
    if last.kind == "margin_of_error" and 0 <= start - last.end <= 80:
        m = _MOE_NEXT_BEFORE.search(s.text, last.end, start)
        if (m is not None and m.start() == last.end) or _MOE_NEXT_BETWEEN.fullmatch(
                s.text, last.end, start) is not None:
            return True
    if len(s.out) < 2 or s.out[-2].kind != "margin_of_error" or last.kind != "share":
        return False
    first = s.out[-2]
    if not 0 <= start - first.end <= 120:
        return False
    m = _MOE_NEXT_FOR_BEFORE.search(s.text, first.end, start)
    return m is not None and m.start() == first.end


#: A margin of error named right after its figure: "a 3.1-point margin of error", "a ±2.8%
#: error margin", "a 4 per cent margin of sampling error".
_MOE_NOUN_AFTER = regex.compile(
    rf"""{_SPACE}*(?:-{_SPACE}*)?(?:(?:sampling|statistical){_SPACE}+)?
    (?:error{_SPACE}+margins?
      |margins?{_SPACE}+of{_SPACE}+(?:(?:sampling|statistical){_SPACE}+)?error
      |sampling{_SPACE}+error)(?!\w)""",
    _F,
)


def _moe_named_after(s: _Scan, tok: NumberToken) -> bool:
    """Whether a margin-of-error noun follows the figure and its unit ("3.1-point margin of
    error"); a figure without a unit is not read so."""
    unit = s.after(_POINTS, tok.end) or s.after(_PERCENT, tok.end)
    return unit is not None and s.after(_MOE_NOUN_AFTER, unit.end()) is not None


def _rule_moe(s: _Scan, i: int) -> bool:
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or tok.value <= 0 or tok.value > 25:
        return False
    named_after = _moe_named_after(s, tok)
    goes_on = not (s.in_moe(tok.start) or named_after)
    if goes_on and not _moe_goes_on(s, tok.start):
        return False
    end, high, used = tok.end, abs(tok.value), [i]
    k = i + 1
    if k < len(s.toks) and s.toks[k].form == tok.form and abs(tok.value) < s.toks[k].value <= 25:
        conn = _CONNECTOR.fullmatch(s.text, tok.end, s.toks[k].start)
        if conn is not None and (conn["dash"] or conn["to"] or conn["and"]):
            end, high, used = s.toks[k].end, s.toks[k].value, [i, k]  # between 1.4 and 2.8 points
    unit = s.after(_POINTS, end) or s.after(_PERCENT, end)
    if unit is not None:
        end = unit.end()
    elif s.after(_BARE_END_AFTER, end) is None:
        return False  # "accurate to within 2 seconds": a noun of its own
    if s.after(_NOUN_AFTER, end) is not None and s.after(_MOE_NOUN_AFTER, end) is None:
        return False  # "the one-point dip in approval" near a margin of error is a change
    if goes_on and s.after(_MOE_TAIL_AFTER, end) is None:
        return False  # "the margin is 3 points and 12% back the plan": a share of its own
    return s.emit(
        tok.start, end, "margin_of_error", abs(tok.value), high, "percentage_point",
        used, s.moe_qualifier(tok.start),
    )


#: A part of a sample just given: "803 registered voters, including 612 considered likely to
#: vote", "a sample of 1,502 adults, of whom 1,371 are registered voters".
_PART_OF_SAMPLE_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:including|includes|included|of{_SPACE}+whom|of{_SPACE}+them|among{_SPACE}+them"
    rf"|of{_SPACE}+which|of{_SPACE}+these|with"
    rf"|(?:over|boost|booster{_SPACE}+)samples?{_SPACE}+of)"  # "an oversample of 412 adults"
    rf"(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)
#: After the part of a sample, who they are: a people noun, or a clause that narrows them.
_PART_AFTER = regex.compile(
    rf"{_SPACE}+(?:who|considered|deemed|classed|judged|described|identified|said|likely"
    rf"|certain|registered|(?:were|was|are){_SPACE}+(?:in|from|based|living))(?!\w)",
    _F,
)
#: A sample told as a list item, its noun after a dash: "• 1,200 – voters interviewed face to
#: face" (the verb of interviewing must follow the noun).
_DASH_SAMPLE_AFTER = regex.compile(
    rf"[ \t]*[{DASHES}:][ \t]*(?:[\w'’\-]+[ \t]+){{0,2}}?(?:{_PEOPLE}|{_RESPONDENTS}"
    rf"|{_SAMPLE_NOUNS})[ \t]+(?:(?:who|that)[ \t]+(?:were|was)[ \t]+)?"
    rf"(?:interviewed|surveyed|polled|questioned|sampled|asked)(?!\w)",
    _F,
)
#: A survey that covered a number of people: "The study ... covered 6,240 households in five
#: cities" (a survey word earlier in the sentence, a sample noun after).
_COVERED_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:covered|covers|covering|reached|reaches|spanned|spans|involved|involves"
    rf"|involving|comprised|comprises|drew{_SPACE}+on|drawing{_SPACE}+on)"
    rf"(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)
_SURVEY_NOUN = regex.compile(r"(?<!\w)(?:survey|poll|study|panel|census|barometer)s?(?!\w)", _F)


def _sample_in_sentence(s: _Scan, start: int) -> Statistic | None:
    """The sample size read earlier in the sentence of ``start`` (among the last three
    statistics: "1,428 voters ..., margin of error ±2.6 points, including 1,152 likely")."""
    for last in reversed(s.out[-3:]):
        if (last.kind == "sample_size" and 0 <= start - last.end <= 200
                and _SENTENCE_BREAK.search(s.text, last.end, start) is None):
            return last
    return None


#: "a total of 753 adults", "753 in all": the whole of the parts of a sample just given.
_TOTAL_OF_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:total(?:ling|ing)?|altogether|in{_SPACE}+all)(?:{_SPACE}+of)?"
    rf"(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)
#: The next of a list of samples: "the samples of 312 Republicans, 299 Democrats and 380
#: independents".
_SAMPLE_LIST_JOIN = regex.compile(rf"(?:,|{_SPACE}+and|,{_SPACE}+and){_SPACE}+", _F)


#: A part of a sample given by where or who it is, after a list mark: "1,500 adults
#: nationwide: 600 in Balance Luzon and 300 each in Metro Manila", "500 in each market (300 in
#: Luxembourg)" (a name follows).
_PART_JOIN_BEFORE = regex.compile(rf"(?r)(?:[:;,(]|(?<!\w)and|(?<!\w)with){_SPACE}*\Z", _F)
_PART_PLACE_AFTER = regex.compile(
    rf"(?:{_SPACE}+each)?{_SPACE}+(?:in|from|for)(?:{_SPACE}+the)?{_SPACE}+(?-i:\p{{Lu}})", _F
)


#: How or where a part of a sample was reached, in lower case: "723 by landline and 351 by
#: mobile phone", "2,557 in areas outside the capital" (right after another sample).
_PART_HOW_AFTER = regex.compile(
    rf"(?:{_SPACE}+each)?{_SPACE}+(?:by|via|through|online|in|from)(?!\w)", _F
)


def _larger_sample_in_sentence(s: _Scan, tok: NumberToken) -> bool:
    """Whether a larger sample size was read earlier in the sentence of ``tok``."""
    for last in reversed(s.out[-4:]):
        if (last.kind == "sample_size" and last.low > tok.value
                and 0 <= tok.start - last.end <= 200
                and _SENTENCE_BREAK.search(s.text, last.end, tok.start) is None):
            return True
    return False


#: digits with thousands commas only ("1,500"): no decimal point, sign or suffix
_PLAIN_DIGITS: Final = regex.compile(r"[0-9][0-9,]*")


def _rule_sample_part(s: _Scan, i: int) -> bool:
    """A bare count after a sample in its sentence, set in a list and followed by a place or
    group name, is the sample of that part: "interviews of 1,500 adults: 600 in Balance Luzon
    and 300 each in Metro Manila, the Visayas and Mindanao"."""
    tok = s.toks[i]
    if (tok.form != "digits" or not tok.integer or tok.signed or tok.value < 10
            or not _PLAIN_DIGITS.fullmatch(tok.text) or _is_yearlike(tok)
            or s.before(_PART_JOIN_BEFORE, tok.start) is None
            or not _larger_sample_in_sentence(s, tok)):
        return False
    if s.after(_PART_PLACE_AFTER, tok.end) is None and (
            s.after(_PART_HOW_AFTER, tok.end) is None
            or s.out[-1].kind != "sample_size"
            or _SENTENCE_BREAK.search(s.text, s.out[-1].end, tok.start) is not None):
        return False  # "723 by landline", "2,557 in areas outside": right after a sample
    return s.emit(tok.start, tok.end, "sample_size", tok.value, tok.value, "count", [i])


#: An adjective of taking part before the plural of who was asked: "the 211 participating fund
#: managers", "the 1,000 surveyed voters", "the 800 responding firms".
_ASKED_ADJ_AFTER = regex.compile(
    rf"""{_SPACE}+(?:participating|responding|surveyed|polled|interviewed|questioned|sampled)
    (?:{_SPACE}+[\w'’\-]+){{0,2}}?{_SPACE}+{PLURAL_NOUN}(?!\w)""",
    _F,
)


#: Before the next part of a sample named with the same noun: a list mark ("..., and around
#: 500 individuals"); after it, where the part is or the end of the clause.
_SAME_NOUN_JOIN_BEFORE = regex.compile(
    rf"(?r)(?:,|;|(?<!\w)and|(?<!\w)plus|(?<!\w)with)(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z", _F
)
_PART_WHERE_AFTER = regex.compile(
    rf"{_SPACE}+(?:in|from|across|per|for)(?!\w)|{_SPACE}*(?:[,.;:)]|\Z)", _F
)


def _beside_sample(s: _Scan, tok: NumberToken) -> int | None:
    """Where a sample told beside the sample just read in the sentence ends ("19% of the 211
    participating fund managers", "and around 500 individuals in each of the others", "312
    Republicans, 299 Democrats", "a total of 753 adults", "including 612 considered likely
    to vote"), else None."""
    whole = _sample_in_sentence(s, tok.start)
    if not _is_yearlike(tok) and tok.form == "digits":
        asked = s.after(_ASKED_ADJ_AFTER, tok.end)
        if asked is not None:
            lo, hi = _sentence_start(s.text, tok.start), _sentence_end(s.text, tok.end)
            if (_SURVEY_SENTENCE_WORD.search(s.text, lo, hi) is not None
                    or _PCT_OF_THE_BEFORE.search(s.text, lo, tok.start) is not None):
                # "19% of the 211 participating fund managers": who took part, the sample
                return int(asked.end())
        same = (s.after(_SAMPLE_NOUN_AFTER, tok.end)
                if whole is not None and whole.unit == "count" else None)
        if (whole is not None and whole.unit == "count" and same is not None
                and fold_case(same.group().split()[-1]) == fold_case(whole.text.split()[-1])
                and s.before(_SAME_NOUN_JOIN_BEFORE, tok.start) is not None
                and s.after(_PART_WHERE_AFTER, same.end()) is not None):
            # "about 1,000 individuals in each of ten markets, and around 500 individuals in
            # each of the others": the same noun as the sample just read, a part of it
            return int(same.end())
    if (whole is not None and whole.unit == "count" and whole is s.out[-1]
            and _SAMPLE_LIST_JOIN.fullmatch(s.text, whole.end, tok.start) is not None
            and " " in whole.text and not _is_yearlike(tok)):
        # "samples of 312 Republicans, 299 Democrats and 380 independents"
        anyn = s.after(_ANY_PLURAL_AFTER, tok.end)
        if anyn is not None and s.after(_TIME_AFTER, tok.end) is None:
            return int(anyn.end())
    if (whole is not None and tok.value > whole.low
            and s.before(_TOTAL_OF_BEFORE, tok.start) is not None):
        noun = s.after(_SAMPLE_NOUN_AFTER, tok.end)  # "..., a total of 753 adults"
        if noun is not None:
            return int(noun.end())
    if (whole is not None and tok.value < whole.low
            and s.before(_PART_OF_SAMPLE_BEFORE, tok.start) is not None):
        # "803 registered voters ..., including 612 considered likely to vote"
        noun = s.after(_SAMPLE_NOUN_AFTER, tok.end)
        if noun is not None:
            return int(noun.end())
        if s.after(_PART_AFTER, tok.end) is not None:
            return tok.end
    return None


_CONTAINING_BEFORE = regex.compile(
    rf"(?r){_SPACE}+(?:containing|comprising|with{_SPACE}+a{_SPACE}+total{_SPACE}+of)"
    rf"(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)


def _contained_sample(s: _Scan, tok: NumberToken) -> bool:
    """Whether ``tok`` counts the people inside a sample just read: "responses from 4,693
    households containing 11,386 individuals" (both are sample sizes)."""
    m = s.before(_CONTAINING_BEFORE, tok.start)
    return (m is not None and bool(s.out) and s.out[-1].kind == "sample_size"
            and s.out[-1].end == m.start())


def _sample_cue_before(s: _Scan, tok: NumberToken, noun: regex.Match[str] | None) -> bool:
    """Whether the words before ``tok`` introduce a sample ("a poll of", "surveyed", "a survey
    that reached", "conducted among", "the study covered ... households", "the survey received
    ... responses"); ``noun``: the sample noun read after it, if any."""
    return (s.before(_SAMPLE_BEFORE, tok.start) is not None
            or s.before(_SURVEY_REACHES_BEFORE, tok.start) is not None  # a survey that
            or s.before(_CONDUCTED_WITH_BEFORE, tok.start) is not None  # among 412 nurses
            or (s.before(_COVERED_BEFORE, tok.start) is not None         # the study
                and noun is not None                                     # covered 6,240
                and _SURVEY_NOUN.search(s.text, _sentence_start(s.text, tok.start),
                                        tok.start) is not None)         # households
            or (s.before(_RECEIVED_BEFORE, tok.start) is not None     # the survey
                and noun is not None and noun["weak"] is not None      # received 9,000
                and _received_by_survey(s.text, _sentence_start(s.text, tok.start),
                                        tok.start)))                   # responses


def _received_by_survey(text: str, lo: int, hi: int) -> bool:
    """Whether what received the answers is a poll: "the survey received", "the panel
    collected", "the study gathered" (not "the party received 9,000 members")."""
    return (_POLL_WORD.search(text, lo, hi) is not None
            or _SURVEY_NOUN.search(text, lo, hi) is not None)


def _rule_sample(s: _Scan, i: int) -> bool:
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or not tok.integer or tok.value < 10 or tok.signed:
        return False
    part_end = _beside_sample(s, tok)
    if part_end is not None:
        return s.emit(tok.start, part_end, "sample_size", tok.value, tok.value, "count", [i])
    dash = s.after(_DASH_SAMPLE_AFTER, tok.end)
    if dash is not None and not _is_yearlike(tok):
        return s.emit(tok.start, tok.end, "sample_size", tok.value, tok.value, "count", [i])
    if s.before(_N_EQUALS_BEFORE, tok.start) is not None:
        m = s.before(_N_EQUALS_BEFORE, tok.start)
        assert m is not None
        return s.emit(m.start(), tok.end, "sample_size", tok.value, tok.value, "count", [i])
    noun = s.after(_SAMPLE_NOUN_AFTER, tok.end)
    made_of = s.before(_SAMPLE_MADE_OF_BEFORE, tok.start) is not None and not _is_yearlike(tok)
    if made_of and noun is None:
        # "the sample included 402 Republicans": a group's count; not "40 wines"
        group = s.after(_ANY_PLURAL_AFTER, tok.end)
        key = group_key(group.group().strip()) if group is not None else None
        if group is not None and key is not None and not key.startswith("other="):
            return s.emit(tok.start, group.end(), "sample_size", tok.value, tok.value, "count",
                          [i])
        return False
    cue_before = made_of or _sample_cue_before(s, tok, noun)
    if noun is not None:
        # "1,004 respondents"; "a poll of 1,600 adults"; "2,000 adults were surveyed" — but
        # not "companies with 2,500 employees" or "1,200 people were killed", nor a year
        # before a party or a candidate ("among 2024 Labour voters": how they voted then)
        if _is_yearlike(tok) and s.text[tok.end:tok.end + 2][1:].isupper():
            return False
        if (noun["strong"] is not None or cue_before
                or _contained_sample(s, tok)  # "4,693 households containing 11,386 people"
                or s.before(_AMONG_NUM_BEFORE, tok.start) is not None  # among 1,214 voters
                or (s.before(_PAREN_DETAILS_BEFORE, tok.start) is not None
                    and s.after(_CLOSE_AFTER, noun.end()) is not None)
                or s.before(_CONDUCTED_WITH_BEFORE, tok.start) is not None
                or s.after(_SURVEYED_AFTER, noun.end()) is not None):
            return s.emit(tok.start, noun.end(), "sample_size", tok.value, tok.value, "count", [i])
        return False
    if cue_before and not _is_yearlike(tok) and s.after(_PERCENT, tok.end) is None:
        if any(s.after(p, tok.end) for p in (_POINTS, _TIMES, _TIME_AFTER, _MONTH_AFTER)):
            # "the sample was 48 minutes": a length of time, not of a sample; "fieldwork took
            # place between Monday, 29 September and ...": a day of a date
            return False
        anyn = s.after(_ANY_PLURAL_AFTER, tok.end)
        end = anyn.end() if anyn is not None else tok.end
        return s.emit(tok.start, end, "sample_size", tok.value, tok.value, "count", [i])
    return False



#: Words of a survey's fieldwork anywhere in a sentence: a people count in it is its sample
#: ("The survey collected answers for about 46,000 children and youth").
_SURVEY_SENTENCE_WORD = regex.compile(
    r"""(?<!\w)(?:survey|surveys|surveyed|poll|polls|polled|polling|interviews?|interviewed
    |questionnaires?|respondents|fieldwork|sample|sampled|sampling|margin{_S}+of{_S}+error
    |cross-section|valid{_S}+(?:answers|responses|replies)
    |(?:plus{_S}+or{_S}+minus{_S}+|±{_S}*)[0-9.]{1,5}{_S}*
     (?:points?|percentage{_S}+points?|percent|per{_S}?cent|%))(?!\w)
    """.replace("{_S}", r"\s"),
    regex.IGNORECASE | regex.VERBOSE,
)
_NOT_SAMPLE_VERB_AFTER = regex.compile(
    rf"""(?:{_SPACE}+(?:were|was|have|had|has|been|who|that|are|is|to|be|being|reportedly
    |already|also|still|now|in|from|their|they|the|have{_SPACE}+been)){{0,3}}
    {_SPACE}+(?:{alternation_of(_LEX, "not_sample_verbs")})(?!\w)""",
    _F,
)
#: A margin of error stated between two counts of people: each is the sample of its margin.
_MARGIN_WORDS = regex.compile(r"±|(?<!\w)(?:plus\s+or\s+minus|margin)(?!\w)", regex.IGNORECASE)
#: A later count of respondents in the sentence: the one before it is of people contacted ("It
#: called 2,958 eligible people, and 1,213 respondents answered").
_LATER_RESPONDENTS = regex.compile(
    rf"(?<![\w.,])[0-9][0-9,]{{2,8}}{_SPACE}+(?:{_RESPONDENTS})(?!\w)"
)
#: The pool a later count is drawn from, opening its sentence: "Of the 2,406 people reached".
_OF_THE_POOL_BEFORE = regex.compile(
    rf"(?r)(?:\A|[.!?:\n]{_SPACE}*)(?-i:Of){_SPACE}+(?:the|those|these|all){_SPACE}+\Z", _F
)
_LATER_COUNT = regex.compile(r"(?<![\w.,])[0-9][0-9,]{2,8}(?![\w.,%])")
#: A count that sizes something rather than a sample: "firms with 250 employees", the end of a
#: range "between 100 and 2,500 employees", "50 to 249 workers".
_SIZE_OF_BEFORE = regex.compile(
    rf"(?r)(?:(?<!\w)with|[0-9]{_SPACE}*(?:and|to|or|[{DASHES}])){_SPACE}*\Z", _F
)
_MONEY_BEFORE = regex.compile(r"(?r)[$£€¥₹]\s?\Z|(?<!\w)(?:Rs\.?|R|US|A|C|NZ)\$?\s?\Z")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (at most 300 characters on)."""
    m = _SENTENCE_BREAK.search(text, pos, min(len(text), pos + 300))
    return m.start() if m is not None else min(len(text), pos + 300)


#: After a count of people that opens a bracket: its fieldwork dates ("(1,318 eligible voters,
#: 8–10 June)", "(1,529 voters, March 7-9)").
_PAREN_FIELDWORK_AFTER = regex.compile(
    rf"""(?:[ \t]+[^(),;\n0-9]{{0,12}}[0-9]{{2}}[^(),;\n]{{0,16}}?)?   # "adults aged 18+"
    [ \t]*[,;][ \t]*[^()\n]{{0,30}}?(?:(?<!\w)(?:{alternation(MONTH_WORDS)})(?!\w)
    |[0-9]{{1,2}}[ \t]?[{DASHES}][ \t]?[0-9]{{1,2}})[^()\n]{{0,30}}\)""",
    _F,
)


#: The nouns of people asked that make a bracketed count a sample with no survey word near:
#: "(1,318 eligible voters, 8–10 June)"; not "(1,300 people, 8–10 June)" after a march.
_ASKED_NOUN_END = regex.compile(r"(?<!\w)(?:voters|adults|respondents|electors|interviewees)\Z",
                                regex.IGNORECASE)


#: A name right before the bracket of a sample: "Mori (1,010 adults 18+)", "Léger (1,529 voters)".
_NAME_PAREN_BEFORE = regex.compile(r"(?r)(?<![\w'’.&/\-])\p{Lu}[\w.&/’'\-]*[ \t]*\([ \t]*\Z")
#: The rest of a bracket that holds only a sample and perhaps its ages: "18+)", "aged 18-75)".
_PAREN_SAMPLE_CLOSE = regex.compile(
    rf"""(?:[ \t]+(?:aged[ \t]+)?[0-9]{{2}}(?:[ \t]*\+|[ \t]+(?:and|or)[ \t]+(?:over|older)
                                    |[ \t]*[{DASHES}][ \t]*[0-9]{{2}}))?[ \t]*\)
    (?:[ \t]*:|,?[ \t]+(?:which[ \t]+|that[ \t]+)?(?:(?:also|now)[ \t]+)?
       (?:found|finds|find|put|puts|has|had|have|gave|gives|give|shows?|showed|reports?
         |reported|records?|recorded|places?|placed)(?!\w))  # the poll's finding follows""",
    _F,
)


def _named_paren_sample(s: _Scan, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the count of people asked at ``start``..``end`` fills a bracket right after a
    name, in a sentence that gives a share in percent: "Mori (1,010 adults 18+) found 40%"."""
    return (s.before(_NAME_PAREN_BEFORE, start) is not None
            and s.after(_PAREN_SAMPLE_CLOSE, end) is not None
            and _UNIT_IN_LINE.search(s.text, lo, hi) is not None)


def _rule_sample_survey(s: _Scan, i: int) -> bool:
    """A count of people (100 or more, in digits) in a sentence that speaks of a survey is its
    sample, wherever the survey word stands: "NHK's survey ... and 1,215 people aged 18 or
    older gave valid answers" — not a count of what happened to people ("1,500 people died"),
    not a year, money or millions, and not when the sentence already gave a sample."""
    tok = s.toks[i]
    if (tok.form != "digits" or not tok.integer or tok.signed or not 100 <= tok.value < 1e6
            or not _PLAIN_DIGITS.fullmatch(tok.text) or _is_yearlike(tok)
            or s.before(_MONEY_BEFORE, tok.start) is not None
            or s.before(_SIZE_OF_BEFORE, tok.start) is not None):
        return False
    noun = s.after(_SAMPLE_NOUN_AFTER, tok.end)
    if noun is None or s.after(_NOT_SAMPLE_VERB_AFTER, noun.end()) is not None:
        return False
    lo, hi = _sentence_start(s.text, tok.start), _sentence_end(s.text, tok.end)
    if _SURVEY_SENTENCE_WORD.search(s.text, lo, hi) is None and (
            s.before(_OPEN_PAREN_BEFORE, tok.start) is None
            or _ASKED_NOUN_END.search(s.text, noun.start(), noun.end()) is None
            or (s.after(_PAREN_FIELDWORK_AFTER, noun.end()) is None
                and not _named_paren_sample(s, tok.start, noun.end(), lo, hi))):
        return False  # "DeutschlandTrend for ARD (1,318 eligible voters, 8–10 June)": the
        # poll's details in brackets, its fieldwork dates after the sample
    later = _LATER_RESPONDENTS.search(s.text, noun.end(), hi)
    if later is not None and _MARGIN_WORDS.search(s.text, noun.end(), later.start()) is None:
        return False  # (but "for the 318 adults under 30, it is plus or minus 7.6 points, and
        # for the 684 respondents who...": each count has its own margin, each is a sample)
    if (s.before(_OF_THE_POOL_BEFORE, tok.start) is not None
            and _LATER_COUNT.search(s.text, noun.end(), hi) is not None):
        return False  # "Of the 2,406 people found eligible, 1,218 people ... answered": the
        # pool the sample was drawn from
    if any(o.kind == "sample_size" and lo <= o.start < tok.start for o in s.out):
        return False  # "a survey of 500 firms employing 12,000 workers": one sample a sentence
    return s.emit(tok.start, noun.end(), "sample_size", tok.value, tok.value, "count", [i])


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


def _one_passage(between: str) -> bool:
    """Whether a net score and a later signed figure are in one passage: the same line, or the
    next paragraph ("... fell one point to +27.⏎⏎Younger consumers were more upbeat: the
    forecast stood at +19"), not further rows or lines of a list."""
    newlines = between.count("\n")
    return newlines == 0 or (newlines == 2 and _PARAGRAPH_BREAK.search(between) is not None)


def _after_bare_share(s: _Scan, pos: int) -> bool:
    """Whether a bracket opens at ``pos`` right after a share just read without a unit of its
    own ("the AfD at 24 (+1)", the percent carried)."""
    if not s.out:
        return False
    last = s.out[-1]
    return (last.kind == "share" and last.unit == "percent" and last.end <= pos
            and _OPEN_PAREN_AFTER.fullmatch(s.text, last.end, pos) is not None)


_OPEN_PAREN_AFTER = regex.compile(r"[ \t]*\([ \t]*")
_MOVE_WORD_CLOSE = regex.compile(
    r"[ \t]+(?:(?P<down>fewer|less|lower|down)|more|higher|up)(?:[ \t]+(?:pts?|points?))?"
    r"(?:[ \t]+than[^()\n]{0,30})?[ \t]*\)",
    _F,
)


def _rule_paren_change(s: _Scan, i: int) -> bool:
    """A change in points told in words in brackets after a share, as party lists give it:
    ``Labour 34% (up two)``, ``Greens 9% (three fewer)``, ``(2 more)``."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or tok.signed or not 0 < tok.value <= 30:
        return False
    word = s.before(_SIGN_WORD_BEFORE, tok.start)  # "(up two)", "(down three)"
    after = s.after(_MOVE_WORD_CLOSE, tok.end)  # "(three fewer)"
    if (word is None) == (after is None) or (word is not None and word["sign"] is not None):
        return False  # one direction word, before or after ("minus 1" is the net rule's)
    paren_at = word.start() if word is not None else tok.start
    if s.before(_SHARE_PAREN_BEFORE, paren_at) is None:
        return False
    if word is not None and s.after(_CLOSE_PAREN, tok.end) is None:
        return False
    down = (word is not None and word["down"] is not None) or (
        after is not None and after["down"] is not None)
    v = -tok.value if down else tok.value
    return s.emit(tok.start, tok.end, "change", v, v, "percentage_point", [i])


def _rule_bare_split(s: _Scan, i: int) -> bool:
    """``leads 52-48``, ``ahead 53.5-46.5``: two shares that add up to 100, written without a
    unit in poll reporting (not ages such as ``45-54``, not a ``50-50`` toss-up)."""
    tok = s.toks[i]
    k = i + 1
    if tok.form != "digits" or tok.signed or k >= len(s.toks):
        return False
    other = s.toks[k]
    if other.form != "digits" or not (0 < tok.value <= 100 and 0 < other.value <= 100):
        return False
    total = tok.value + other.value
    if total > 101 or (tok.value == other.value == 50
                       and s.before(_TWO_PARTY_BEFORE, tok.start) is None
                       and not _poll_tie(s, tok.start)):
        return False  # "a 50-50 chance" is a toss-up; "the two-party split is now 50-50" and
        # "voters are split 50-50" are two shares
    # a split that leaves room for undecided voters needs a lead word right before it:
    # "Harris leads Trump 48-44"
    if total < 98 and not (total >= 70 and (s.before(_LEADS_BEFORE, tok.start) is not None
                                            or s.before(_SPLIT_THEN_BEFORE, tok.start))):
        return False
    if _SPLIT_JOIN.fullmatch(s.text, tok.end, other.start) is None:
        return False
    if any(s.after(p, other.end) for p in (_PERCENT, _POINTS, _AGE_AFTER)):
        return False
    if (s.before(_AGE_BEFORE, tok.start) is not None
            and s.before(_MOVED_FROM_BEFORE, tok.start) is None):  # not "down from 55-45"
        return False
    lo, hi = max(0, tok.start - 150), other.end + 150
    if _SPLIT_CONTEXT.search(s.text, lo, hi) is None:
        return False
    s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    return s.emit(other.start, other.end, "share", other.value, other.value, "percent", [k])


#: A split, then a baseline cue before a second split of the same two sides: "leads 48-33 as
#: preferred PM, down from 51-30", "53-38, compared with 54-36", "53-47, after 55-45".
_SPLIT_THEN_BEFORE = regex.compile(
    rf"""(?r)(?<![\d.])(?<!(?:aged|ages|age|between){_SPACE})
    \d{{1,2}}(?:\.\d)?{_SPACE}*[{DASHES}]{_SPACE}*\d{{1,2}}(?:\.\d)?(?![\d%])
    [^.;!?\n0-9%]{{0,60}}?[,;(]{_SPACE}*
    (?:(?:up|down|changed|little{_SPACE}+changed|unchanged)(?:{_SPACE}+from)?
    |compared{_SPACE}+(?:with|to)|after|against|versus|vs\.?|from){_SPACE}+(?:an?{_SPACE}+)?\Z""",
    _F,
)


#: Two sides level, then their shares: "tied at 50-50", "split 50-50", "evenly divided, 50-50",
#: "deadlocked at 50-50" (the shares of a vote or a question; the split's context is checked).
_TIED_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:tied|deadlocked|level|locked|split|splits|divided|even|evenly)
    (?:{_SPACE}+(?:evenly|down{_SPACE}+the{_SPACE}+middle))?
    (?:{_SPACE}*,|{_SPACE}+(?:at|on))?{_SPACE}+\Z""",
    _F,
)
#: Words of a vote or a poll near a tie ("split 50-50" alone may be a bill or a custody split).
_TIE_CONTEXT = regex.compile(
    rf"{_POLL_NEAR.pattern}|(?<!\w)(?:referend\w*|electorate|undecided|don['’]t{_SPACE}+knows?)(?!\w)",
    regex.IGNORECASE,
)


def _poll_tie(s: _Scan, start: int) -> bool:
    """``tied at 50-50``, ``split 50-50`` with words of a poll or a vote within 150 characters."""
    return (s.before(_TIED_BEFORE, start) is not None
            and _TIE_CONTEXT.search(s.text, max(0, start - 150), start + 150) is not None)


_TWO_PARTY_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:two[\s-]party|2PP|TPP)(?:[\s-]+(?:preferred|vote))?[\s-]+(?:split|result|"
    r"vote|race|contest|count)?(?:\s+(?:is|was|stands|stood|sits|sat))?(?:\s+(?:now|at|still)){0,2}"
    r"\s+\Z",
    _F,
)
_SPLIT_JOIN = regex.compile(rf"{_SPACE}*[{DASHES}]{_SPACE}*|{_SPACE}+to{_SPACE}+", _F)
_AGE_AFTER = regex.compile(rf"{_SPACE}*-?{_SPACE}*(?:years?|yrs?|year-olds?|age)(?!\w)", _F)
_AGE_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:aged|ages|age|those|between|from|under|over){_SPACE}+\Z", _F
)
_MOVED_FROM_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:up|down|compared|changed){_SPACE}+from{_SPACE}+\Z", _F
)
_SPLIT_CONTEXT = regex.compile(
    r"(?<!\w)(?:two[\s-]party|2PP|TPP|preferred|leads?|leading|led|trails?|trailing|ahead|"
    r"behind|margin|split|poll\w*|runoff|run-off|ballot|vote|voters|voting|referendum)(?!\w)",
    regex.IGNORECASE,
)


_URL_CHUNK = regex.compile(r"(?r)\S{0,256}\Z")


def _in_url(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a URL-like run of non-space characters."""
    m = _URL_CHUNK.search(text, max(0, pos - 256), pos)
    if m is None:
        return False
    chunk = m[0]
    return "://" in chunk or chunk.startswith("www.") or "=" in chunk or "?" in chunk


_SHARE_MOVE_BEFORE = regex.compile(
    rf"(?r)(?:%|{_PER_CENT}|percent),?{_SPACE}+(?P<dir>up|down){_SPACE}+\Z", _F
)


def _rule_share_move(s: _Scan, i: int) -> bool:
    """``33 per cent, down one since January``: a change in points right after a share, in poll
    copy that leaves out the word "points"."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or tok.signed or not 0 < tok.value <= 20:
        return False
    m = s.before(_SHARE_MOVE_BEFORE, tok.start)
    if m is None or any(s.after(p, tok.end) for p in (_PERCENT, _POINTS, _BASIS_POINTS, _TIMES)):
        return False
    v = -tok.value if m["dir"].lower() == "down" else tok.value
    return s.emit(tok.start, tok.end, "change", v, v, "percentage_point", [i])


_UPDOWN_BEFORE = regex.compile(rf"(?r)(?<!\w)(?P<dir>up|down){_SPACE}+\Z", _F)
#: "down one to 18 per cent", "up two, to 24%": the new level of the figure whose move it is.
_TO_LEVEL_AFTER = regex.compile(
    rf",?{_SPACE}+(?:to|at|on)(?:{_SPACE}+{_QUAL})?{_SPACE}+[0-9]{{1,3}}(?:[.,][0-9]{{1,2}})?"
    rf"(?:{_SPACE}*%|{_SPACE}+(?:percent|{_PER_CENT}|pc|pct)(?!\w))",
    _F,
)
#: "Aontú, which is up one.", "the Greens are each down one,": a move told after a share.
_IS_UPDOWN_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:is|are|was|were|has{_SPACE}+gone|have{_SPACE}+gone)"
    rf"(?:{_SPACE}+(?:each|both|also|now|still|all)){{0,2}}{_SPACE}+(?P<dir>up|down){_SPACE}+\Z",
    _F,
)


def _rule_updown_level(s: _Scan, i: int) -> bool:
    """A change in points with the word "points" left out, in party copy: ``Fianna Fáil is
    down one to 18 per cent``, ``the Greens are down two, to 3 per cent``, and after a share
    in its sentence ``Aontú is on 4 per cent, as is Sinn Féin, which is up one.``"""
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or tok.signed or not 0 < tok.value <= 20:
        return False
    m = s.before(_UPDOWN_BEFORE, tok.start)
    if m is None or any(s.after(p, tok.end) for p in (_PERCENT, _POINTS, _BASIS_POINTS, _TIMES)):
        return False
    if s.after(_TO_LEVEL_AFTER, tok.end) is None:
        if tok.value > 10 or s.after(_END_AFTER, tok.end) is None:
            return False
        if s.before(_IS_UPDOWN_BEFORE, tok.start) is None or not any(
            st.unit == "percent" and st.kind == "share" and 0 <= tok.start - st.end <= 120
            and _SENTENCE_BREAK.search(s.text, st.end, tok.start) is None
            for st in s.out[-2:]
        ):
            return False
    v = -tok.value if m["dir"].lower() == "down" else tok.value
    return s.emit(m.start(), tok.end, "change", v, v, "percentage_point", [i])


#: Between a share and the size of its gap told in words: "Labour's 20 is three fewer than
#: ...", "the 41% is two higher than in May".
_SHARE_IS_LINK = regex.compile(
    rf"(?:{_SPACE}+(?:in|among|with|for|on)(?:{_SPACE}+[\w'’\-]+){{1,4}}?)?"  # in the Ipsos poll
    rf"(?:,{_SPACE}*(?:which|that))?"
    rf"{_SPACE}+(?:is|was|are|were|stands|stood|sits|sat)(?:{_SPACE}+(?:now|still|just|only"
    rf"|also))?{_SPACE}+",
    _F,
)
#: After the size: a comparative without a noun, then "than", a baseline or the end of the
#: clause ("three fewer than", "two higher on March"; not "three fewer seats").
_GAP_WORD_AFTER = regex.compile(
    rf"""{_SPACE}+(?:(?P<down>fewer|less|lower|down|smaller)|more|higher|up|greater|bigger)
    (?={_SPACE}+(?:than|on|from|since|compared|against)(?!\w)|{_SPACE}*(?:[,.;:!?)]|\Z))""",
    _F,
)


def _rule_share_gap_words(s: _Scan, i: int) -> bool:
    """The gap of a share just read to an earlier or another figure, told with a comparative
    and no unit: ``Labour's 20 is three fewer than in February``, ``the Greens' 11% is two
    higher than last month`` (a change in points)."""
    tok = s.toks[i]
    if (tok.form not in ("digits", "words") or tok.signed or not 0 < tok.value <= 30
            or not s.out):
        return False
    last = s.out[-1]
    if (last.kind != "share" or last.unit != "percent" or not 0 < tok.start - last.end <= 60
            or _SHARE_IS_LINK.fullmatch(s.text, last.end, tok.start) is None):
        return False
    m = s.after(_GAP_WORD_AFTER, tok.end)
    if m is None:
        return False
    v = -tok.value if m["down"] is not None else tok.value
    return s.emit(tok.start, m.end(), "change", v, v, "percentage_point", [i])


# -- a unit stated once, carried to bare numbers ------------------------------------------------

#: What may follow a bare number that takes a unit stated nearby: the end of a clause or a
#: word that goes on with the list ("4.8 and", "4.4 in the previous round").
_BARE_END_AFTER = regex.compile(
    rf"{_SPACE}*(?:[,.;:)]|\Z|\n)|{_SPACE}+(?:and|while|whereas|but|in|among|with|"
    rf"respectively|overall|last|next|this|a{_SPACE}+(?:year|month|week)|over|during|since|by|"
    rf"at|on|for|after|before|between|across|under|as|then|now|earlier|previously)(?!\w)",
    _F,
)
#: After a signed balance: what may follow a bare figure, a bracket ("+14 (Q3: +17)") or a
#: participle ("well below the -19 recorded in March"), never a unit of its own ("-5C").
_SIGNED_END_AFTER = regex.compile(
    rf"{_BARE_END_AFTER.pattern}|{_SPACE}*\(|{_SPACE}+(?:recorded|seen|posted|registered|reported"
    rf"|logged|measured|reached|a{_SPACE}+(?:month|year|quarter){_SPACE}+(?:ago|earlier)"
    # "the index fell to -31 from -24", "-12 versus -9 in May": the earlier value follows
    rf"|from{_SPACE}+(?:{_SIGN_WORD}{_SPACE}+|[+{DASHES}])?[0-9]{{1,5}}"
    rf"|compared{_SPACE}+(?:with|to)|versus|vs)(?!\w)",
    _F,
)
#: After a bare number, an age: "Canadians 55 and older", "those 65+", "voters 18-24".
_AGE_TAIL_AFTER = regex.compile(
    rf"{_SPACE}*(?:\+|(?:and|or){_SPACE}+(?:older|over|above|up|under|younger|below)(?!\w)"
    rf"|[{DASHES}]{_SPACE}*[0-9]|-?{_SPACE}*(?:years?|yrs?)(?!\w))",
    _F,
)


#: "from 6.5 percent to 2.9": between the first figure and the bare number.
_TO_BARE = regex.compile(rf"{_SPACE}+to(?:{_SPACE}+{_QUAL})?{_SPACE}+", _F)
#: "from 6.5 percent at the end of 2022 to 2.9": a time or place phrase of the first figure
#: between it and the bare number (a few words, no figure of its own but a year).
_PHRASE_TO_BARE = regex.compile(
    rf"""{_SPACE}+(?:at|in|on|by|during|among|for|over)
    (?:{_SPACE}+(?:[^\W\d]['’\w\-]*|(?:19|20)[0-9]{{2}})){{1,5}}?,?
    {_SPACE}+to(?:{_SPACE}+{_QUAL})?{_SPACE}+""",
    _F,
)
#: "6.2 percent, down from 4.4": the earlier level of a figure just given.
_FROM_BARE_BEFORE = regex.compile(
    rf"(?r)(?:%|{_PER_CENT}|percent|pct|pc)(?:{_SPACE}+[^.;%\n]{{1,40}}?)?,?{_SPACE}+"
    rf"(?:(?:up|down){_SPACE}+from|compared"
    rf"{_SPACE}+(?:with|to)|against|versus|vs\.?)(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)
#: "while the Pirates get 4.8": a named party or candidate (capitalized), perhaps a verb of
#: polling, before the number, after a list word.
#: Capitalized words before a number that are not the names of parties or candidates.
_NOT_NAMES = "|".join(
    regex.escape(w.capitalize()) for w in sorted(
        words(_LEX, "numbered_nouns") + MONTH_WORDS, key=lambda w: (-len(w), w)
    )
)
_NAMED_BARE_BEFORE = regex.compile(
    rf"""(?r)(?:(?<!\w)(?:and|while|whereas|but|with)|,)
    {_SPACE}+(?:the{_SPACE}+)?(?:\p{{Lu}}[\w'’.\-]*{_SPACE}+){{0,2}}
    (?!(?:{_NOT_NAMES})\b)\p{{Lu}}[\w'’.\-]*{_SPACE}+   # "the Pirates", not "Section" or "May"
    (?:(?:get|gets|got|getting|on|at|polled|polls|polling|scored|scores|score|takes|took
       |wins|won|receives|received|secures|secured|registers|registered|drew|draws|records
       |recorded|garnered|garners|stands{_SPACE}+at|stood{_SPACE}+at|has|had
       |(?:is|are|was|were|held|holds|sits|sat|stays|stayed|remains|remained){_SPACE}+(?:at|on))
       (?:{_SPACE}+{_QUAL})?{_SPACE}+)?\Z""",
    regex.VERBOSE,  # case matters: the name is capitalized
)
#: "five points clear of the Greens on 23.7", "Labour is on 31": a named party or candidate
#: on or at a bare number, after any word (case matters: the name is capitalized).
_NAMED_ON_BEFORE = regex.compile(
    rf"""(?r)(?<![\w'’.\-])(?:(?i:the){_SPACE}+)?(?:\p{{Lu}}[\w'’.\-]*{_SPACE}+){{0,2}}
    (?!(?:{_NOT_NAMES})\b)\p{{Lu}}[\w'’.\-]*{_SPACE}+
    (?:(?:is|are|was|were|stands|stood|sits|sat|remains|remained|stays|stayed|held|holds
       |now|still){_SPACE}+){{0,2}}
    (?:on|at)(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z""",
    regex.VERBOSE,
)
_ON_AT_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:on|at)(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z", _F)
#: How far (characters) back a share in the previous sentence of the paragraph may state the
#: unit for a named party's bare number ("National is on 34 per cent. Labour is on 31.").
_CARRY_ACROSS = 100
#: A crosstab bullet: "• Aged 18-34 - 12.6" (the number ends its line).
_BULLET_BEFORE = regex.compile(
    r"(?r)(?:^|\n)[ \t]*[•·▪‣◦*\-–][ \t]+[^\n]{1,60}?(?:[ \t][-–—:]|:)[ \t]*\Z"
)
_LINE_END_AFTER = regex.compile(r"[ \t]*(?:\r?\n|\Z)")
#: The start of a bullet line ("• ", "  - ", "* "), at most eight columns indented.
BULLET_LINE: Final = regex.compile(r"[ \t]{0,8}[•·▪‣◦*\-–][ \t]")
_UNIT_IN_LINE = regex.compile(rf"[0-9][ \t]?(?:%|percent|{_PER_CENT}|pct)", _F)
#: A header that states the unit once, with no figure, at the end of its line: "Approve of the
#: premier's handling of the economy, percent:", "(all figures in per cent)", "Vote share (%)".
_UNIT_STATED_END = regex.compile(
    rf"(?<![0-9])(?:[,(][ \t]*|(?<!\w)in[ \t]+|(?<!\w)figures[ \t]+in[ \t]+)"
    rf"(?:%|percent|{_PER_CENT}|pct)(?!\w)[ \t]*\)?[ \t]*:?[ \t]*\r?\Z",
    _F,
)
#: A header that states the unit inside it, before a comma or a colon: "Approval of the
#: president, in per cent, by party:", "Trust by age group (percentages):"; or one that opens
#: with the word of a share: "Percentage backing the plan in each region:", "Proportion who
#: trust the police, by province:" (a colon ends it).
_UNIT_STATED_MID = regex.compile(
    rf"""(?:[,(][ \t]*|(?<!\w)in[ \t]+|(?<!\w)figures[ \t]+in[ \t]+)
    (?:%|percent|{_PER_CENT}|pct|percentages)(?!\w)[ \t]*\)?[ \t]*[,;:]""",
    _F,
)
_SHARE_WORD_HEADER = regex.compile(
    rf"""[ \t]*(?:(?:percentage|proportion|per{_SPACE}?cent|percent)(?:{_SPACE}+of)?
               {_SPACE}+(?:who|that|of|with|in{_SPACE}+favou?r|[a-z]+ing)
             | share{_SPACE}+(?:of|who|that|saying|backing|supporting|opposing|wanting
                              |agreeing|trusting|approving|disapproving|voting))(?!\w)
    [^\n0-9]{{0,100}}:[ \t]*\r?\Z""",
    _F,
)


def _header_states_percent(line: str) -> bool:
    """Whether a header line (of bullets or table rows) states the percent once: a figure in
    percent, the unit at its end or inside before a comma or colon, or a share word opening
    it."""
    tail = max(0, len(line) - 80)
    return (_UNIT_STATED_END.search(line, tail) is not None
            or _UNIT_STATED_MID.search(line, max(0, len(line) - 160)) is not None
            or (len(line) <= 120 and _SHARE_WORD_HEADER.match(line) is not None))


#: How far back the header of a list of bullets may be (lines, characters).
_BULLET_LINES = 12
_BULLET_REACH = 1500


def _bullet_header_has_percent(text: str, pos: int) -> bool:
    """Whether the line heading the bullets that ``pos`` is in states a percent."""
    end = text.rfind("\n", max(0, pos - _BULLET_REACH), pos)
    for _ in range(_BULLET_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", max(0, pos - _BULLET_REACH), end) + 1
        line = text[start:end]
        if line.strip() and BULLET_LINE.match(line) is None:
            return _UNIT_IN_LINE.search(line) is not None or _header_states_percent(line)
        end = start - 1
    return False


_TO_NUMBER_AFTER = regex.compile(
    rf"{_SPACE}+to(?:{_SPACE}+(?:reach|hit|stand{_SPACE}+at|sit{_SPACE}+at|end{_SPACE}+(?:at|on)"
    rf"|finish{_SPACE}+(?:at|on)))?{_SPACE}+[0-9]",
    _F,
)


def _rule_points_carried(s: _Scan, i: int) -> bool:
    """``fell two points to 31 per cent, while Labor's rose one to 33``: a change told by a
    verb, its "points" stated once earlier in the sentence."""
    tok = s.toks[i]
    if tok.form not in ("digits", "words") or tok.signed or not 0 < tok.value <= 20:
        return False
    d = s.before(_DIRECTION_BEFORE, tok.start)
    if (d is None or _LEAD_WORDS.match(d[0])
            or (s.after(_TO_NUMBER_AFTER, tok.end) is None
                and s.after(_MOVE_END_AFTER, tok.end) is None)
            or any(s.after(p, tok.end) for p in (_PERCENT, _POINTS, _BASIS_POINTS, _TIMES))
            or not _points_before(s, tok.start, back=2)):
        return False
    v = -tok.value if d["down"] else tok.value
    return s.emit(tok.start, tok.end, "change", v, v, "percentage_point", [i])


#: After a move whose "points" were stated earlier in the sentence, with no new level: the end
#: of its clause or its baseline ("and the SPD up one.", "the Greens up six on 2021").
_MOVE_END_AFTER = regex.compile(
    rf"{_SPACE}*(?:[,.;:!?)]|\Z|\n)|{_SPACE}+(?:and|but|while|whereas|on|since|from|compared"
    rf"|against|in{_SPACE}+(?:the{_SPACE}+)?(?:latest|new|same|last|previous))(?!\w)",
    _F,
)


#: "Con 24 (-1), Lab 44 (+2), LD 11 (=)": a party (capitalized, perhaps abbreviated) and its
#: share, a bracketed change after it, in a list.
_PARTY_BEFORE = regex.compile(
    r"(?r)(?:^|[:;,•·\n]|[ \t][-–—]|\A)[ \t]*(?:\p{Lu}[\w.'’&/\-]*[ \t]+){0,2}"
    rf"(?!(?:{_NOT_NAMES})\b)\p{{Lu}}[\w.'’&/\-]*[ \t]+\Z"
)
#: A change told in words inside the brackets: "(up two)", "(three fewer)", "(down 1)".
_WORD_NUM = r"(?:[0-9]{1,2}(?:\.[0-9])?|[a-z]{3,6})"
_WORD_UP = r"up|plus|down|minus"
_WORD_MORE = r"more|higher|up|fewer|less|lower|down"
_PAREN_BODY = (r"\([ \t]*(?:(?:\+/?-|[-+\u2212±])[ \t]?[0-9]{1,2}(?:\.[0-9])?|=|0(?:\.0)?"
               rf"|(?i:{_WORD_UP})[ \t]+{_WORD_NUM}|{_WORD_NUM}[ \t]+(?i:{_WORD_MORE})"
               r"|(?i:nc|n/c|no[ \t]change|unchanged|unch\.?)|-|–)[ \t]*\)")
_PARTY_NAME = r"(?:\p{Lu}[\w.'’&/\-]*[ \t]+){1,3}"  # "Con", "Lib Dems", "CDU/CSU" (case matters)
#: The next or the previous item of a party list: ", Lab 44 (+2)".
#: Items are parted by a comma or semicolon, or stand one a line under a header.
_PARTY_SEP = r"[ \t]*(?:[,;]|\r?\n)[ \t]*"
_PARTY_NEXT = regex.compile(
    rf"{_PARTY_SEP}{_PARTY_NAME}[0-9]{{1,3}}(?:\.[0-9])?[ \t]*{_PAREN_BODY}"
)
_PARTY_PREVIOUS = regex.compile(
    rf"(?r)[0-9]{{1,3}}(?:\.[0-9])?[ \t]*{_PAREN_BODY}{_PARTY_SEP}{_PARTY_NAME}\Z"
)
_PARTY_PAREN_AFTER = regex.compile(
    rf"""[ \t]*\([ \t]*(?:(?P<sign>\+/?-|[-+\u2212±])[ \t]?(?P<change>[0-9]{{1,2}}(?:\.[0-9])?)
    |(?P<wdir>{_WORD_UP})[ \t]+(?P<wnum>{_WORD_NUM})        # (up two)
    |(?P<wnum>{_WORD_NUM})[ \t]+(?P<wdir>{_WORD_MORE})       # (three fewer)
    |(?P<zero>0(?:\.0)?)                                    # (0): no change, unsigned
    |=|nc|n/c|no[ \t]change|unchanged|unch\.?|-|–)[ \t]*\)""",
    regex.IGNORECASE | regex.VERBOSE,
)
_MOE_SIGNS = frozenset({"±", "+/-", "+-"})
_WORD_DOWN = frozenset({"down", "minus", "fewer", "less", "lower"})
#: Before a party list: a poll word, or words saying its figures are shares of the vote or in
#: percent ("List vote shares, changes on 2021:", "(figures in per cent)", "Lab 30%, Con 24").
_LIST_CONTEXT = regex.compile(
    rf"(?<!\w)(?:voting[\s-]intention|vote[\s-]shares?|shares?[\s-]of[\s-]the[\s-]vote|poll\w*"
    rf"|survey\w*|ballot|primary[\s-]vote|first[\s-]preferences?|support|interviews|respondents"
    rf"|percent|{_PER_CENT})(?!\w)|[0-9][ \t]?%",
    regex.IGNORECASE,
)


#: The line of a list item before a label that opens its line: "...4.1 (+0.2)\nOther parties ".
_PARTY_PREVIOUS_LINE = regex.compile(
    rf"(?r)[0-9]{{1,3}}(?:\.[0-9])?[ \t]*{_PAREN_BODY}[ \t]*\r?\n"
    r"[ \t]*\p{Lu}[\w.'’&/\-]*(?:[ \t]+[\w.'’&/\-]+){0,3}[ \t]+\Z"
)


def _rule_party_list(s: _Scan, i: int) -> bool:
    """A party list without a unit, each share with its change in brackets, in poll copy:
    ``Voting intention: Con 24 (-1), Lab 44 (+2), LD 11 (=)``. Needs a second item of the
    same shape next to it and a poll word before."""
    tok = s.toks[i]
    if tok.form != "digits" or tok.signed or not 0 <= tok.value <= 100 or _is_yearlike(tok):
        return False
    previous = s.before(_PARTY_PREVIOUS, tok.start)
    # the item before was read as a list item: the list goes on, however long it is
    goes_on = previous is not None and any(
        st.rule == "party_list" and previous.start() <= st.start < tok.start for st in s.out[-3:]
    )
    paren = s.after(_PARTY_PAREN_AFTER, tok.end)
    if paren is None:
        # the list's last line without a change: "Other parties 2.3"
        line = s.before(_PARTY_PREVIOUS_LINE, tok.start)
        if (line is not None and s.after(_LINE_END_AFTER, tok.end) is not None
                and any(st.rule == "party_list" and line.start() <= st.start < tok.start
                        for st in s.out[-3:])):
            return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
        return False
    if s.before(_PARTY_BEFORE, tok.start) is None:
        return False
    neighbour = s.after(_PARTY_NEXT, paren.end()) is not None or previous is not None
    # "Lab 22.1 (-17.9)": a share and its change both to a tenth is a result, not a score
    tenths = "." in tok.text and paren["change"] is not None and "." in paren["change"]
    if not neighbour or not (
        goes_on or tenths
        or _LIST_CONTEXT.search(s.text, max(0, tok.start - 200), tok.start) is not None
    ):
        return False
    s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    if (paren["sign"] in _MOE_SIGNS and float(paren["change"]) > 0) or i + 1 >= len(s.toks):
        pass  # "Con 24 (±2)", "(+/- 3)": a margin of error, read by its own rule; "(±0)" is
        # no change (the corpus README: a margin is given as ±, a change signed + or -)
    elif paren["sign"] is not None:
        nxt = s.toks[i + 1]
        if paren.start("sign") <= nxt.start < paren.end():
            v = nxt.value if nxt.signed else float(paren["change"])
            if paren["sign"] in "-\u2212" and v > 0:
                v = -v
            s.emit(nxt.start, nxt.end, "change", v, v, "percentage_point", [i + 1])
    elif paren["zero"] is not None:
        nxt = s.toks[i + 1]  # "LD 14 (0)": no change, written as an unsigned zero
        if paren.start("zero") <= nxt.start < paren.end("zero") and not nxt.signed:
            s.emit(nxt.start, nxt.end, "change", 0.0, 0.0, "percentage_point", [i + 1])
    elif paren["wdir"] is not None:
        nxt = s.toks[i + 1]  # the number of "(up two)" must be a number token
        if paren.start("wnum") <= nxt.start < paren.end("wnum") and not nxt.signed:
            v = -nxt.value if paren["wdir"].lower() in _WORD_DOWN else nxt.value
            start = min(paren.start("wdir"), paren.start("wnum"))
            end = max(paren.end("wdir"), paren.end("wnum"))
            s.emit(start, end, "change", v, v, "percentage_point", [i + 1])
    return True


#: An answer or side named before a bare share in a list: "Yes 52 No 48", "Approve 41 /
#: Disapprove 53" (lexicon.txt [list_labels]; any case).
LIST_LABELS: Final = words(_LEX, "list_labels")
_ANSWER_LABEL = rf"(?i:{alternation(LIST_LABELS)})(?![\w'’])"
#: A party or candidate named before a bare share: one to four capitalized words, the last not
#: a numbered noun ("Lib Dems", "New Zealand First"; not "Section" or "May").
_LIST_NAME = (rf"(?:\p{{Lu}}[\w.'’&/\-]*[ \t]+){{0,3}}(?!(?:{_NOT_NAMES})(?![\w'’]))"
              r"\p{Lu}[\w.'’&/\-]*")
_LIST_LABEL = rf"(?:(?i:the)[ \t]+)?(?:{_ANSWER_LABEL}|{_LIST_NAME})"
#: Between a label and its figure: nothing, "on"/"at", a colon or an opening bracket.
_LIST_LINK = r"[ \t]*+(?:(?:on|at)[ \t]++|:[ \t]*+|\([ \t]*+)?"
#: The first item's label, right before its figure.
_LIST_FIRST_BEFORE = regex.compile(
    rf"(?r)(?<![\w'’.&/\-]){_LIST_LABEL}{_LIST_LINK}\Z", regex.VERBOSE
)
#: From one item's figure to the next one's: "34, Conservatives 27", "41 / Disapprove 53",
#: "52 No 48", "(34), Reform (21)", one item a line.
_LIST_JOIN = regex.compile(
    rf"""[ \t]*+(?:\)[ \t]*+)?
    (?:(?:[,;/|]|\r?\n)[ \t]*+)?
    (?:(?:and|&|vs\.?|versus)[ \t]++)?
    (?<![0-9.])                                   # "52 No 48": a space at least
    {_LIST_LABEL}{_LIST_LINK}""",
    regex.VERBOSE,
)
#: After a list's last figure: the end of a clause or a word that goes on with the sentence,
#: never a noun ("27 seats") or a unit.
_LIST_END_AFTER = regex.compile(
    rf"[ \t]*\)?(?:[ \t]*(?:[,;:.!?—–]|\r?\n|\Z)|{_SPACE}+(?:in|among|with|for|according|from"
    rf"|while|but|as|after|before|on|at|among|ahead|behind|respectively)(?!\w))",
    _F,
)
_LIST_POLL = regex.compile(
    r"(?<!\w)(?:voting[\s-]intention|vote[\s-]share|poll\w*|survey\w*|ballot|primary[\s-]vote|"
    r"first[\s-]preference|referendum|approv\w*|disapprov\w*|favou?rab\w*|respondents|"
    r"two[\s-]party|2PP|TPP)(?!\w)",
    regex.IGNORECASE,
)
#: Things counted, before a list in its sentence: its figures are counts, not shares.
_COUNT_NOUN = regex.compile(
    r"(?<!\w)(?:seats?|mandates|MPs|MSPs|MLAs|TDs|councillors|councilors|delegates"
    r"|electoral[ \t]+votes|medals|goals|wins)(?!\w)",
    regex.IGNORECASE,
)
#: How many items a list may have (the walk along it is bounded).
_LIST_MAX = 16


def _list_item(s: _Scan, k: int) -> bool:
    """Whether token ``k`` can be a bare share of a list: an unused whole or one-decimal
    number from 0 to 100, not a year and not signed."""
    tok = s.toks[k]
    return (k not in s.used and tok.form == "digits" and not tok.signed
            and 0 <= tok.value <= 100 and not _is_yearlike(tok)
            and "," not in tok.text and len(tok.text) <= 4)


def _rule_bare_list(s: _Scan, i: int) -> bool:
    """Shares without a unit in a list of parties, candidates or answers, in poll copy:
    ``Labour 34, Conservatives 27, Reform 21``, ``Labour (34), Reform (21), Greens (9)``,
    ``Yes 52 No 48``, ``Approve 41 / Disapprove 53``. Each figure right after its label; two
    items at least (three when the figures are in brackets, as ages often are); together at
    most 100 (and at least 25, with one of 10 or more), a poll word close by, and no noun or
    unit after the last."""
    if not _list_item(s, i):
        return False
    text, toks = s.text, s.toks
    tok = toks[i]
    if s.before(_LIST_FIRST_BEFORE, tok.start) is None:
        return False
    if (i > 0 and _list_item(s, i - 1)
            and _LIST_JOIN.fullmatch(text, toks[i - 1].end, tok.start) is not None):
        return False  # not the first item: the list was judged at its first figure
    items = [i]
    k = i + 1
    while k < len(toks) and len(items) < _LIST_MAX and _list_item(s, k):
        if _LIST_JOIN.fullmatch(text, toks[k - 1].end, toks[k].start) is None:
            break
        items.append(k)
        k += 1
    values = [toks[k].value for k in items]
    bracketed = s.before(_OPEN_PAREN_BEFORE, tok.start) is not None
    if (len(items) < (3 if bracketed else 2) or not 25 <= sum(values) <= 101
            or max(values) < 10):
        return False
    last = toks[items[-1]]
    if s.after(_LIST_END_AFTER, last.end) is None:
        return False
    lo = max(_sentence_start(text, tok.start), tok.start - 120)
    if _COUNT_NOUN.search(text, lo, tok.start) is not None:
        return False  # "On seats that translates as Plaid 34, Reform 31": counts, not shares
    if _LIST_POLL.search(text, max(0, tok.start - 250), min(len(text), last.end + 150)) is None:
        return False
    for k in items:
        st = toks[k]
        s.emit(st.start, st.end, "share", st.value, st.value, "percent", [k])
    return True


#: The entries of [share_measures], for the key words of the rules' needs
#: (matchers._RULE_NEEDS).
SHARE_MEASURES: Final = words(_LEX, "share_measures")
#: A poll measure that is a share of everyone asked, before a bare number: "the Coalition's
#: primary vote fell to 31", "his approval rating stands at 41" (lexicon.txt [share_measures]).
_SHARE_MEASURE_BEFORE = regex.compile(
    rf"""(?r)(?<![\w-])(?:{alternation_of(_LEX, "share_measures")})(?![\w-])
    (?:{_SPACE}+[^\s.;:!?()]{{1,24}}){{0,5}}?
    {_SPACE}+(?:to|at|on|of|from|is|was|hit|hits|reached|reaches|touched|stands{_SPACE}+at
             |stood{_SPACE}+at|sits{_SPACE}+at|sat{_SPACE}+at)
    (?:{_SPACE}+(?:just|only|a{_SPACE}+mere|{_QUAL}))?{_SPACE}+\Z""",
    _F,
)
#: After such a bare share: the end of a clause or a word that goes on with the sentence
#: ("to 31 from 35", "31 in the Newspoll"), never a noun or a unit.
_MEASURE_END_AFTER = regex.compile(
    rf"{_SPACE}*(?:[,;:.!?)]|\Z|\n)|{_SPACE}+(?:to|from|in|among|with|for|after|while|but|and"
    rf"|since|as|according|this|last|on|at|a{_SPACE}+(?:year|month|week))(?!\w)",
    _F,
)


_NUMBER_TO_BEFORE = regex.compile(
    rf"(?r)(?:[0-9]{_SPACE}*(?:to|and|[{DASHES}])|(?<!\w)(?:aged|ages|age|over|under)){_SPACE}*\Z",
    _F,
)


def _rule_measure_bare(s: _Scan, i: int) -> bool:
    """A share without a unit after a poll measure that is one (``the Coalition's primary
    vote fell to 31 from 35``, ``her approval rating stands at 41``), with a poll word close
    by; never a number that a noun follows (``support rose to 31 members``)."""
    tok = s.toks[i]
    if (tok.form != "digits" or tok.signed or _is_yearlike(tok) or not 0 < tok.value <= 100
            or "," in tok.text or s.after(_MEASURE_END_AFTER, tok.end) is None):
        return False
    if (s.before(_SHARE_MEASURE_BEFORE, tok.start) is None
            or s.before(_NUMBER_TO_BEFORE, tok.start) is not None):
        return False  # "support among those aged 18 to 29 at 33%": an age band's end
    if s.after(_TO_NUMBER_AFTER, tok.end) is None and any(
            s.after(p, tok.end) for p in (_TIME_AFTER, _AGE_AFTER)):
        return False
    start = _sentence_start(s.text, tok.start)
    if _LIST_POLL.search(s.text, max(0, start - 250), min(len(s.text), tok.end + 150)) is None:
        return False
    return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])


#: A named candidate or party and its lead, the points left out: "Sherrill up about 3",
#: "Lee ahead by 4", "Okafor leads by 6", "Ruiz +3" (the name is capitalized).
_NAMED_LEAD_BEFORE = regex.compile(
    rf"""(?r)(?<![\w'’.\-])(?!(?:{_NOT_NAMES})\b)\p{{Lu}}[\w'’.\-]*{_SPACE}+
    (?:(?:is|was|now|still){_SPACE}+)?
    (?:up|ahead(?:{_SPACE}+by)?|leads{_SPACE}+by|leading{_SPACE}+by|led{_SPACE}+by)
    (?:{_SPACE}+{_QUAL})?{_SPACE}+\Z""",
    regex.VERBOSE,
)
_NAME_SIGN_BEFORE = regex.compile(
    rf"(?r)(?<![\w'’.\-])(?!(?:{_NOT_NAMES})\b)\p{{Lu}}[\w'’.\-]*{_SPACE}+"
    rf"(?:(?:is|are|was|were|on|at){_SPACE}+)?\Z"   # "Ruiz +3", "Labour is +2"
)


def _rule_lead_bare(s: _Scan, i: int) -> bool:
    """A lead in points with the unit left out, as poll averages and live blogs give it:
    ``Averages: Sherrill up about 3, Spanberger up almost 9``, ``Lee ahead by 4``, ``Ruiz
    +3``; a poll word close by, no game words, and the number ends its clause."""
    tok = s.toks[i]
    if (tok.form != "digits" or abs(tok.value) > 30 or (tok.value == 0 and not tok.signed)
            or _is_yearlike(tok) or s.after(_BARE_END_AFTER, tok.end) is None
            or s.after(_AGE_TAIL_AFTER, tok.end) is not None):
        return False
    if tok.signed:
        if s.before(_NAME_SIGN_BEFORE, tok.start) is None:
            return False
    elif s.before(_NAMED_LEAD_BEFORE, tok.start) is None:
        return False
    lo, hi = max(0, tok.start - 250), tok.end + 250
    if _SPORTS_NEAR.search(s.text, lo, hi) is not None:
        return False  # "Smith up 3 going into the final round", even with a fans' poll
    if _LIST_POLL.search(s.text, lo, min(len(s.text), hi)) is None:
        return False
    return s.emit(tok.start, tok.end, "change", tok.value, tok.value, "percentage_point", [i])


#: Capitalized words before "'s" that are not a party, a candidate or a pollster: "It's 24",
#: "Tonight's 19", "Today's 31" (a time or a pronoun owns nothing polled).
_NOT_OWNERS = ("It|That|This|There|Here|What|Who|Where|Let|Today|Tonight|Yesterday|Tomorrow"
               "|Everyone|Nobody|Everybody|Somebody|Someone|Year|Week|Month|Last|Next")
#: A cue that a bare number is a party's or an answer's share: "the final Opinium figure of
#: 31", "a vote share of 24", "Labour's 24 in the last poll", "the Greens' 11".
_SHARE_CUE_BEFORE = regex.compile(
    rf"""(?r)(?:
        (?<!\w)(?i:figure|share|result|reading|showing|standing){_SPACE}+of   # figure of 31
      | (?<![\w'’.\-])(?!(?:{_NOT_NAMES}|{_NOT_OWNERS})(?:['’]|\b))
        \p{{Lu}}[\w.\-]*(?:['’]s|s['’])                                  # Labour's 24
    )(?:{_SPACE}+(?i:{_QUAL}))?{_SPACE}+\Z""",
    regex.VERBOSE,
)
#: After a cued bare share: what may follow a bare figure, or a verb of which it is the
#: subject ("Labour's 20 is three fewer", "a figure of 19 would be half that").
_CUE_END_AFTER = regex.compile(
    rf"{_BARE_END_AFTER.pattern}|{_SPACE}+(?:is|was|were|are|would|will|could|might|may"
    rf"|has|had|marks|represents|compares|matches|equals)(?!\w)",
    _F,
)
#: How far back (characters, one paragraph) a share in percent makes the paragraph one of
#: shares, for a bare number with a share cue.
_CUE_REACH = 500


def _rule_share_cue(s: _Scan, i: int) -> bool:
    """A bare number that a share cue introduces, in a paragraph that reads shares in percent:
    ``the final Opinium figure of 31``, ``Labour's 24 in the last poll``, ``Reform were on 29,
    the Greens on 11``. The paragraph gives a share in percent before it and a poll word near;
    never a number a noun or a unit follows (``Labour's 24 seats``), an age, a time, money,
    a count where seats or votes are counted, or a score in a game report."""
    tok = s.toks[i]
    if (tok.form != "digits" or tok.signed or _is_yearlike(tok) or not 0 < tok.value <= 100
            or "," in tok.text or len(tok.text) > 4
            or s.after(_CUE_END_AFTER, tok.end) is None
            or s.after(_AGE_TAIL_AFTER, tok.end) is not None
            or s.before(_MONEY_BEFORE, tok.start) is not None
            or _ends_age_band(s.text, tok.start)):
        return False
    if (s.before(_SHARE_CUE_BEFORE, tok.start) is None
            and s.before(_NAMED_ON_BEFORE, tok.start) is None):
        return False
    # the paragraph reads shares in percent: one of the last statistics, no line break between
    if not any(st.kind == "share" and st.unit == "percent"
               and 0 <= tok.start - st.end <= _CUE_REACH
               and "\n" not in s.text[st.end:tok.start]
               for st in s.out[-4:]):
        return False
    lo = max(_sentence_start(s.text, tok.start), tok.start - 150)
    if _COUNT_NOUN.search(s.text, lo, tok.start) is not None:
        return False  # "on seats, Plaid's 34": counts, not shares
    if _LIST_POLL.search(s.text, max(0, tok.start - 300), min(len(s.text), tok.end + 150)) is None:
        return False
    if _sports(s.text, tok.start, tok.end):
        return False
    return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])


_PAREN_CHANGE_AFTER = regex.compile(
    r"[ \t]*\([ \t]*(?:[-+\u2212±][ \t]?[0-9]|(?i:up|down|minus|plus)[ \t]|=|(?i:unch))"
)


def _rule_carried_unit(s: _Scan, i: int) -> bool:
    """A bare number that takes the percent stated once nearby: ``from 6.5 percent to 2.9``,
    ``6.2 percent, down from 4.4``, ``3.1 percent, while the Pirates get 4.8 and the Greens
    6.2 percent``, and crosstab bullets under a header in percent (``• Aged 18-34 - 12.6``).
    A party named on or at a bare number takes the percent of a share just before it, in its
    sentence or the one before in the paragraph (``five points clear of the Greens on 23.7``,
    ``National is on 34 per cent. Labour is on 31``).
    Never where no percent is in play (ages, counts, years)."""
    tok = s.toks[i]
    if (tok.form != "digits" or tok.signed or _is_yearlike(tok) or not 0 <= tok.value <= 100
            or (s.after(_BARE_END_AFTER, tok.end) is None
                and (s.after(_PAREN_CHANGE_AFTER, tok.end) is None   # "the AfD at 24 (+1)"
                     or s.before(_NAMED_ON_BEFORE, tok.start) is None))
            or s.after(_AGE_TAIL_AFTER, tok.end) is not None
            or _ends_age_band(s.text, tok.start)):  # "68% of those aged 50 to 64 and 72%"
        return False
    # the figure that states the unit: the last share, or the one before a change in points
    # ("to 31 per cent, while Labor's rose one to 33")
    shares = [st for st in s.out[-2:] if st.unit == "percent" and st.kind == "share"]
    last = shares[-1] if shares else None
    near = (last is not None
            and 0 <= tok.start - last.end <= 120
            and _SENTENCE_BREAK.search(s.text, last.end, tok.start) is None)
    named_on = s.before(_NAMED_ON_BEFORE, tok.start) is not None
    if (named_on and last is not None and not near
            and 0 <= tok.start - last.end <= _CARRY_ACROSS
            and "\n" not in s.text[last.end:tok.start]
            and s.before(_ON_AT_BEFORE, last.start) is not None):
        # the unit stated in the previous sentence of the paragraph, by a share of the same
        # shape: "National is on 34 per cent. Labour is on 31."
        return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    to_bare = (_TO_BARE.fullmatch(s.text, last.end, tok.start)
               if last is not None and near else None)  # bounded: only a share near
    if near and last is not None and (
        named_on                                                      # clear of the Greens on 23.7
        or ((to_bare is not None
             or _PHRASE_TO_BARE.fullmatch(s.text, last.end, tok.start) is not None)
            and s.before(_FROM_BEFORE, last.start) is not None)       # from 6.5 percent to 2.9
        or (to_bare is not None and last is s.out[-1]                # won 55 per cent to 45:
            and last.low + tok.value <= 101                           # two sides of one question
            and s.before(_DIRECTION_BEFORE, last.start) is None
            and s.before(_TO_BEFORE, last.start) is None)
        or s.before(_FROM_BARE_BEFORE, tok.start) is not None         # 6.2 percent, down from 4.4
        or s.before(_NAMED_BARE_BEFORE, tok.start) is not None        # while the Pirates get 4.8
        or (s.before(_TO_BEFORE, tok.start) is not None               # ... to 31 per cent,
            and s.before(_TO_BEFORE, last.start) is not None)         # while Labor's rose one to 33
    ):
        return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    if (s.after(_LINE_END_AFTER, tok.end) is not None
            and s.before(_BULLET_BEFORE, tok.start) is not None
            and _bullet_header_has_percent(s.text, tok.start)):
        return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])
    return False


#: A label of a list item: one to three words, the first capitalized ("KO", "Polish Crown",
#: "The Left", "the Greens").
_ITEM_LABEL = r"(?:the[ \t]+)?\p{Lu}[\w'’.&/\-]{0,24}(?:[ \t]+\p{Lu}[\w'’.&/\-]{0,24}){0,2}"
_ITEM_NUM = r"[0-9]{1,2}(?:\.[0-9]{1,2})?"
_ITEM_SEP = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
#: The rest of a list whose unit only its last item states: ", PiS 29.1, Confederation 14.0
#: and The Left 6.1 per cent".
_LIST_UNIT_AFTER = regex.compile(
    rf"""(?:{_ITEM_SEP}{_ITEM_LABEL}[ \t]+(?P<num>{_ITEM_NUM})){{1,10}}
    [ \t]?(?:%|percent(?!\w)|per[ \t]?cent(?!\w)|pc(?!\w))""",
    regex.VERBOSE,
)
#: Before an item of such a list: its label, and before that a figure of the item before
#: ("..., PiS 29.1, Konfederacja " before 14.0) or not (the first item).
_LIST_LABEL_BEFORE = regex.compile(
    rf"(?r)(?<![\w'’.&/\-])(?P<prev>[0-9][ \t]*{_ITEM_SEP})?{_ITEM_LABEL}[ \t]+\Z"
)


def _rule_unit_at_list_end(s: _Scan, i: int) -> bool:
    """A bare figure of a list of labelled shares whose last item alone states the unit:
    ``KO 30.2, PiS 29.1, Confederation 14.0 and The Left 6.1 per cent`` (each figure right
    after its label; together at most 100; the first item in a sentence of a poll, each next
    one after an item read so)."""
    tok = s.toks[i]
    if (tok.form != "digits" or tok.signed or _is_yearlike(tok) or not 0 <= tok.value <= 100):
        return False
    label = s.before(_LIST_LABEL_BEFORE, tok.start)
    if label is None:
        return False
    if label["prev"] is not None:
        if not s.out or s.out[-1].rule != "unit_at_list_end" or s.out[-1].end < label.start():
            return False
    elif _POLL_WORD.search(s.text, _sentence_start(s.text, tok.start), tok.start) is None:
        return False
    m = _LIST_UNIT_AFTER.match(s.text, tok.end, min(len(s.text), tok.end + 400))
    if m is None or tok.value + sum(float(n) for n in m.captures("num")) > 101:
        return False
    return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])


#: A row of a table in percent: a label, then bare figures parted by commas, semicolons or
#: bars, each perhaps with its source in brackets: "Union (CDU/CSU): 25 (Forsa), 24.5 (INSA)",
#: "CDU/CSU 25 | 24.5 | 26". The label holds no figure and no colon (not "Aged 18-34:").
_ROW_NUM = r"[0-9]{1,3}(?:\.[0-9]{1,2})?"
_ROW_SOURCE = r"(?:[ \t]*\(\p{L}[^()\n]{0,40}\))?"
_ROW_SEP = r"[ \t]*[,;|/][ \t]*"
_ROW_LABEL = r"[ \t]*\p{L}[^\n:|0-9]{0,59}?(?::[ \t]*|[ \t]+)"
_ROW_BEFORE = regex.compile(
    rf"(?r)(?:\A|\n){_ROW_LABEL}(?P<items>(?:{_ROW_NUM}{_ROW_SOURCE}{_ROW_SEP}){{0,12}})\Z"
)
_ROW_NEXT_AFTER = regex.compile(rf"{_ROW_SOURCE}{_ROW_SEP}[0-9]")
_ROW_END_AFTER = regex.compile(rf"{_ROW_SOURCE}(?:{_ROW_SEP}|[ \t]*(?:\r?\n|\Z))")
_ROW_LINE = regex.compile(
    rf"{_ROW_LABEL}(?:{_ROW_NUM}{_ROW_SOURCE}{_ROW_SEP}){{1,12}}{_ROW_NUM}{_ROW_SOURCE}[ \t]*\r?"
)
#: How far back (characters) a row's label may be from one of its figures.
_ROW_BACK = 700
#: How far back the header of a table may be (lines, characters).
_ROW_LINES = 16
_ROW_REACH = 2000


def _row_header_states_percent(text: str, pos: int) -> bool:
    """Whether the line heading the table rows that ``pos`` is in states the unit once, with
    no figure (``(all figures in per cent):``); blank lines and other rows are passed over."""
    floor = max(0, pos - _ROW_REACH)
    end = text.rfind("\n", floor, pos)
    for _ in range(_ROW_LINES):
        if end <= floor:
            return False
        start = text.rfind("\n", floor, end) + 1
        line = text[start:end]
        if line.strip() and _ROW_LINE.fullmatch(line) is None:
            return _header_states_percent(line)
        end = start - 1
    return False


#: The header cells of a table column of sample sizes and of margins of error (case-folded,
#: spaces single): lexicon [sample_size_headers], [margin_headers].
_SAMPLE_HEADERS: Final = frozenset(fold_case(w) for w in words(_LEX, "sample_size_headers"))
_MARGIN_HEADERS: Final = frozenset(fold_case(w) for w in words(_LEX, "margin_headers"))
#: A rule line between a table's header and its rows: "---|---|---", "|:--|--:|".
_TABLE_RULE_LINE = regex.compile(r"[\s|:+=\-]{1,400}")
#: How many lines up a table's header may be from one of its cells.
_TABLE_LINES = 60
_CELL_EDGE = regex.compile(r"\A[^\w±+]{0,4}|[^\w±/\-]{0,4}\Z")


def _column_header(text: str, pos: int) -> str | None:
    """The header cell, case-folded, of the column of the table cell at ``pos``: the first
    line of the block of lines split by the same number of ``|`` (or tabs) as the cell's own
    line, a rule line passed over; None outside a table or in its first line."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None:
        return None
    column, width = text.count(sep, start, pos), line.count(sep)
    header = None
    stop = start - 1
    for _ in range(_TABLE_LINES):
        if stop <= 0:
            break
        up = text.rfind("\n", 0, stop) + 1
        above = text[up:stop].rstrip("\r")
        if above.count(sep) != width:
            break
        if _TABLE_RULE_LINE.fullmatch(above) is None:
            header = above
        stop = up - 1
    if header is None:
        return None
    cell = _CELL_EDGE.sub("", header.split(sep)[column].strip())
    return " ".join(fold_case(cell).split())


def _rule_table_column(s: _Scan, i: int) -> bool:
    """A cell of a table column headed as sample sizes or as margins of error: ``Group |
    Unweighted sample size | Plus or minus`` then ``Ages 18-29 | 488 | 5.9 percentage
    points`` (a sample size, a margin), in the methodology tables of pollsters' reports."""
    tok = s.toks[i]
    if tok.form != "digits" or tok.signed or tok.value <= 0:
        return False
    header = _column_header(s.text, tok.start)
    if header is None:
        return False
    if header in _SAMPLE_HEADERS and tok.integer and tok.value >= 10 and not _is_yearlike(tok):
        return s.emit(tok.start, tok.end, "sample_size", tok.value, tok.value, "count", [i])
    if header in _MARGIN_HEADERS and tok.value <= 25:
        unit = s.after(_POINTS, tok.end) or s.after(_PERCENT, tok.end)
        end = unit.end() if unit is not None else tok.end
        return s.emit(tok.start, end, "margin_of_error", tok.value, tok.value,
                      "percentage_point", [i], "exact")
    return False


def _rule_table_row(s: _Scan, i: int) -> bool:
    """Bare figures in the rows of a table whose header states the unit once: ``(all figures
    in per cent):`` then ``Union (CDU/CSU): 25 (Forsa), 24.5 (INSA), 26 (FGW)`` or ``CDU/CSU 25
    | 24.5 | 26``, several pollsters' numbers a party. Two figures a row at least; never under a
    header that states no percent (counts, ages, scores)."""
    tok = s.toks[i]
    if (tok.form != "digits" or tok.signed or _is_yearlike(tok) or not 0 <= tok.value <= 100
            or "," in tok.text or s.after(_ROW_END_AFTER, tok.end) is None):
        return False
    row = _ROW_BEFORE.search(s.text, max(0, tok.start - _ROW_BACK), tok.start)
    if row is None or not (row["items"] or s.after(_ROW_NEXT_AFTER, tok.end) is not None):
        return False
    if not _row_header_states_percent(s.text, tok.start):
        return False
    return s.emit(tok.start, tok.end, "share", tok.value, tok.value, "percent", [i])


Example = tuple[str, str, Kind, float, float]


@attrs.frozen
class MatchRule:
    """One way of writing a statistic, as a row of :data:`RULES`.

    ``name`` is recorded on what the rule reads (:attr:`Statistic.rule`); ``apply`` tries the
    rule on token ``i`` and emits what it reads. ``examples`` are sentences it reads, each with
    the text, kind and value (``low``, ``high``) of the figure; ``near_misses`` are sentences
    that look alike where it must read nothing. One generic test runs them all
    (tests/test_matchers.py); a failure names the rule.
    """

    name: str
    apply: Rule
    examples: tuple[Example, ...]
    near_misses: tuple[str, ...] = ()


#: The rules, most specific first: each token is tried against them in this order and the first
#: that reads something wins.
RULES: Final[tuple[MatchRule, ...]] = (
    MatchRule("table_column", _rule_table_column, (
        ("Group | Unweighted sample size | Plus or minus\nAll adults | 3,210 | 2.0 percentage "
         "points\nAges 18-34 | 488 | 5.6 percentage points", "488", "sample_size", 488.0, 488.0),
        ("Group | Unweighted sample size | Plus or minus\nAll adults | 3,210 | 2.0 percentage "
         "points\nAges 18-34 | 488 | 5.6 percentage points", "5.6 percentage points",
         "margin_of_error", 5.6, 5.6),
        ("Region\tSample size\tMargin of error\nOntario\t1,020\t3.1%\nQuebec\t812\t3.4%",
         "812", "sample_size", 812.0, 812.0),
        ("| Subgroup | n | MoE |\n|---|---|---|\n| Women | 1,104 | ±3.0 |", "1,104",
         "sample_size", 1104.0, 1104.0),
        ("| Subgroup | n | MoE |\n|---|---|---|\n| Women | 1,104 | ±3.0 |", "3.0",
         "margin_of_error", 3.0, 3.0),
    ), (
        "Sample size | 2024 | 2025",
        "Party | Seats | Votes\nLabour | 412 | 9,708,716",
    )),
    MatchRule("moe", _rule_moe, (
        ("The margin of error is 3.1 percentage points.", "3.1 percentage points",
         "margin_of_error", 3.1, 3.1),
        ("The institute says the statistical error does not exceed 3.2%.", "3.2%",
         "margin_of_error", 3.2, 3.2),
        ("Results are accurate to ±2.5 points.", "2.5 points", "margin_of_error", 2.5, 2.5),
        ("with a margin of sampling error of between 1.4 and 2.8 points",
         "1.4 and 2.8 points", "margin_of_error", 1.4, 2.8),
        ("The poll is accurate to within 2.5 points, 19 times out of 20.", "2.5 points",
         "margin_of_error", 2.5, 2.5),
        ("The margin of error is 3.1 points for all adults and 4.4 points for Latinos.",
         "4.4 points", "margin_of_error", 4.4, 4.4),
        ("Subsamples this small carry margins of error of more than 9 points.", "9 points",
         "margin_of_error", 9.0, 9.0),
        ("Sifo puts the error margin at 2 points for big parties and under one point for "
         "the smallest.", "one point", "margin_of_error", 1.0, 1.0),
        ("The Marquette poll of 800 voters has a 4.2-point margin of error.", "4.2-point",
         "margin_of_error", 4.2, 4.2),
        ("Pulse Asia reported a ±2.8% error margin for national figures.", "2.8%",
         "margin_of_error", 2.8, 2.8),
        ("The Léger poll carries a 3.1 per cent margin of error, 19 times out of 20.",
         "3.1 per cent", "margin_of_error", 3.1, 3.1),
        ("The Newspoll has a plus or minus 2.5 per cent margin of error.", "2.5 per cent",
         "margin_of_error", 2.5, 2.5),
        ("CVoter puts a 3 percentage point margin of sampling error on state figures.",
         "3 percentage point", "margin_of_error", 3.0, 3.0),
        ("The Ipsos MORI figures carry a sampling error of plus or minus 2 points.", "2 points",
         "margin_of_error", 2.0, 2.0),
        ("Infratest gives a margin of error of 3 points for a party share of 40 percent and "
         "about two points for a share of 10 percent.", "two points", "margin_of_error", 2.0,
         2.0),
        ("The error margin is 2.5 points for a figure of 50% and 1.5 points for one of 10%.",
         "1.5 points", "margin_of_error", 1.5, 1.5),
        # ± in brackets after a share is its margin (a change is signed + or -; ±0 is none)
        ("Nanos tracking poll, margins in brackets: Liberals 38 (±3), Conservatives 35 (±3).",
         "3", "margin_of_error", 3.0, 3.0),
        ("Ipsos poll, first round: PS 24 (+/- 2.5), LR 21 (+/- 2.5), RN 30 (+/-2.5).",
         "2.5", "margin_of_error", 2.5, 2.5),
        ("The Red C figures: Sinn Féin 24% (±3), Fianna Fáil 19% (±3).", "3",
         "margin_of_error", 3.0, 3.0),
        # a list of margins for subgroups, a group named twice between two of them
        ("The margin of error is 5 points for Labour and for Reform voters, and 8 points for "
         "Greens.", "8 points", "margin_of_error", 8.0, 8.0),
        ("Margins of error are 4.2 points among men and among women, and 7 points among "
         "those aged 18 to 24.", "7 points", "margin_of_error", 7.0, 7.0),
    ), (
        "The margin of victory was 40 seats.",
        "Labour's 4-point margin over the Tories held in the poll.",
        "The ANC and DA are within the margin of error of each other, with the EFF on 13%.",
        "Biden and Trump are inside the margin of error of one another at 44%.",
        "Her 6% margin of victory was the largest since 1990.",
        "Labour gained 3 points for a vote share of 40 percent and two points for a share of "
        "10 percent.",
        "The clock is accurate to within 2 seconds a year.",
        "Margin of error aside, the one-point dip in approval stands.",
        "Emnid poll, changes on last week: Union 31 (±0), SPD 16 (+1), AfD 24 (-1).",
        "Newspoll, changes in brackets: Labor 34% (+2), Coalition 31% (-2).",
    )),
    MatchRule("in_every", _rule_in_every, (
        ("One in five drivers admitted it.", "One in five", "share", 20.0, 20.0),
        ("3 out of 10 parents agreed.", "3 out of 10", "share", 30.0, 30.0),
        ("Some 1/4 of tenants pay late.", "1/4", "share", 25.0, 25.0),
        ("Four out of every ten tenants pay late.", "Four out of every ten", "share", 40.0, 40.0),
        ("Seven out of every 10 drivers agreed.", "Seven out of every 10", "share", 70.0, 70.0),
        ("In the survey, 2/3 said housing would not get cheaper.", "2/3", "share", 66.667,
         66.667),
        ("Of Kenyans polled, 1/4 now say the economy is improving.", "1/4", "share", 25.0,
         25.0),
        ("Three-in-ten Canadians said so in the Angus Reid poll.", "Three-in-ten", "share",
         30.0, 30.0),
        ("About 2/3 of respondents backed it.", "2/3", "share", 66.667, 66.667),
    ), (
        "The meeting on 2/3 said nothing new.",
        "The 24/7 service said it would reopen.",
        "He scored one in 2019 and one in 2020.",
        "The vote split 46/43 in the chamber.",
        "One in ten minutes is wasted.",
        "Stir in 1/8 of a gallon of stock.",
        "In the poll, voters gave him a mark of at least 6 out of 10.",
        "Diners rated it 7 out of 10 in the survey.",
        "The board is 3/4 inch thick and 1/2 of an inch wide.",
    )),
    MatchRule("basis_points", _rule_basis_points, (
        ("The bank cut rates by 25 basis points.", "25 basis points", "change", -0.25, -0.25),
        ("Yields rose 12 bps on the day.", "12 bps", "change", 0.12, 0.12),
    ), (
        "The basis of the plan is 12 pages long.",
    )),
    MatchRule("gap_points", _rule_gap_points, (
        ("Her lead in the poll is down from 9 points in May.", "9 points", "change", 9.0, 9.0),
        # the earlier size of a lead, the unit once: "fell from 9 to 4 points"
        ("Labour's lead fell from 9 to 4 points in the Opinium poll.", "9 to 4 points",
         "change", 9.0, 9.0),
        # a lead that grew: the smaller figure first is no range after "from"
        ("The Democrats' edge on the generic ballot grew from 2 to 5 points.", "2 to 5 points",
         "change", 2.0, 2.0),
        ("The BJP's lead in the CVoter tracker widened from 3 to 8 points.", "8 points",
         "change", 8.0, 8.0),
        # a cut's sign carried to the next by: "and the RBI by 0.5"
        ("The Bank of England cut rates by 0.25 percentage points, and the RBI by 0.5.", "0.5",
         "change", -0.5, -0.5),
        ("The Liberal margin widened from 2 points in June to 6 points.", "6 points", "change",
         6.0, 6.0),
        ("The Liberal margin widened from 2 points in June to 6 points.", "2 points", "change",
         2.0, 2.0),
        ("The averages have Ruiz winning by 3.2 points and Lee by 8.4.", "8.4", "change",
         8.4, 8.4),
        ("The gap between the two main parties in the Ipsos poll now stands at 13.7 points.",
         "13.7 points", "change", 13.7, 13.7),
        ("Labor's lead over the Coalition in Newspoll was at 6 points last week.", "6 points",
         "change", 6.0, 6.0),
        ("The BJP's edge in the CVoter tracker stood at 9 points in June.", "9 points",
         "change", 9.0, 9.0),
    ), (
        "The Lakers' lead was cut from 9 points to 2 points in the fourth quarter.",
        "She moved from 9 points to 12 on the scoring table.",
        "The averages have Ruiz winning by 3.2 points and Lee by 2030.",
        "Ruiz won by 3 points. Lee by 8.",
        "Ruiz leads by 3 points and Lee by 8 votes.",
        "The Lakers' lead stood at 13 points after the third quarter.",
        "The gap on the scoreboard was at 7 points when the buzzer went.",
    )),
    MatchRule("points", _rule_points, (
        ("Mendes's 6-point lead in the survey is her largest.", "6-point", "change", 6.0, 6.0),
        ("Fresh poll: a 2-point race in Nevada", "2-point", "change", 2.0, 2.0),
        ("Support is 31 percent, two points down on March.", "two points", "change", -2.0, -2.0),
        # the verb before its object and a comma: "cut the rate twice, by a combined 0.5 points"
        ("The Reserve Bank has cut the cash rate twice this year, by a combined 0.5 percentage "
         "points.", "0.5 percentage points", "change", -0.5, -0.5),
        ("Confidence deteriorated by three points to -25 in the GfK survey.", "three points",
         "change", -3.0, -3.0),
        # a survey's net balance just read: the index's bare points are its points
        ("GfK's consumer confidence index fell three points to -21 in March. The index is now "
         "five points lower than a year ago.", "five points", "change", -5.0, -5.0),
        # the sign of a list's first change carried to the next
        ("Hiring intentions in Gauteng slid 5 points on the quarter and 3 points on the year.",
         "3 points", "change", -3.0, -3.0),
        ("In the Ipsos poll Sinn Féin dropped two points in Dublin, and four points in Munster.",
         "four points", "change", -4.0, -4.0),
        ("Support fell 5 percentage points.", "5 percentage points", "change", -5.0, -5.0),
        ("Labour is up three points since May in the poll.", "three points", "change", 3.0, 3.0),
        ("In Metron's previous survey, the gap had been 3.1 points.", "3.1 points", "change",
         3.1, 3.1),
        ("Labor's lead over the Coalition has been 4 points for a month, Newspoll shows.",
         "4 points", "change", 4.0, 4.0),
        ("The Liberal edge remains 6 points in Ontario, the Abacus poll finds.", "6 points",
         "change", 6.0, 6.0),
        ("Approval is 4 ppts higher among women.", "4 ppts", "change", 4.0, 4.0),
        ("Okafor trails Brandt by 6 points in the Siena poll.", "6 points", "change", 6.0, 6.0),
        ("Her approval is 61 percent, two points below the 63 percent of May.", "two points",
         "change", -2.0, -2.0),
        ("On 37 per cent, the two parties are seven points short of the 44 per cent they won.",
         "seven points", "change", -7.0, -7.0),
        ("The CVoter survey shows a swing of 4 percentage points against the ruling alliance.",
         "4 percentage points", "change", -4.0, -4.0),
        ("Two-thirds of Americans (64%) say tariffs have raised the prices they pay, up 9 points "
         "since September.", "9 points", "change", 9.0, 9.0),
        ("Some 58 per cent of Australians say grocery prices are their top worry, up 6 points.",
         "6 points", "change", 6.0, 6.0),
        ("Among registered voters it is 48 percent to 44 percent, a four-point Democratic edge.",
         "four-point", "change", 4.0, 4.0),
        ("The Angus Reid poll shows a five-point Liberal lead in Ontario.", "five-point",
         "change", 5.0, 5.0),
        ("Ipsos has Fianna Fáil on 22 per cent, a three-point Labour deficit.", "three-point",
         "change", -3.0, -3.0),
        # a lead told as an average or a range of polls
        ("The ANC has led the DA in every Ipsos poll, by an average of 7.6 points.",
         "7.6 points", "change", 7.6, 7.6),
        ("Leger has had the Liberals ahead each month, by between 3 and 7 points.",
         "3 and 7 points", "change", 3.0, 7.0),
        ("In Red C polls Fine Gael is ahead by 2 to 5 points.", "2 to 5 points", "change",
         2.0, 5.0),
        # a gap set off by commas, its move told as narrower or wider, an index's improvement
        ("Reform's lead over Labour, nine points, is the smallest since spring.", "nine points",
         "change", 9.0, 9.0),
        ("The Liberal edge, now six points, is the widest Nanos has recorded.", "six points",
         "change", 6.0, 6.0),
        ("The Coalition's deficit is four points, two points narrower than in May.",
         "two points", "change", -2.0, -2.0),
        ("The BJP's lead is 11 points, three points wider than in the last CVoter poll.",
         "three points", "change", 3.0, 3.0),
        ("The optimism index stands at -40, an improvement of eight points on March.",
         "eight points", "change", 8.0, 8.0),
        ("The barometer shows a deterioration of three points since the spring.",
         "three points", "change", -3.0, -3.0),
        # the same measure's earlier level in the next sentence, told by a pronoun
        ("The Yes lead now stands at four points. In March it was nine points.", "nine points",
         "change", 9.0, 9.0),
        ("Labor's lead is six points in Newspoll. A month ago it was just two points.",
         "two points", "change", 2.0, 2.0),
    ), (
        "Approval is 41% in the poll. In May it was 38 points on the index.",
        "The team's lead, two points, was cut in the final minutes of the match.",
        "The Lakers won by 12 points in the final game.",
        "About 40% of traders were bullish, and the FTSE rose 71 points.",
        "Stocks rose 300 points after 60% of firms beat forecasts.",
        "The plan has 5 points to it.",
        "Labor leads 53-47 on a 2PP basis in the poll.",
        "Toronto's TSX climbed 71.3 points by the close.",
        "Wheat futures were off 0.4 points in early trade.",
        "The Nikkei shed 24 points, or 0.8%, in Tokyo.",
    )),
    MatchRule("percent", _rule_percent, (
        ("Of the tenants, 27 per cent agreed.", "27 per cent", "share", 27.0, 27.0),
        ("Turnout was 9–14% in the wards.", "9–14%", "share", 9.0, 14.0),
        ("There was an 18 percent drop in visits.", "18 percent", "change", -18.0, -18.0),
        ("Support was 30pc among renters.", "30pc", "share", 30.0, 30.0),
        ("Pollsters put it at 14 per cent to 19 per cent.", "14 per cent to 19 per cent",
         "share", 14.0, 19.0),
        ("Only .5% of votes were void.", ".5%", "share", 0.5, 0.5),
        ("Hotel bookings remain 9% below their pre-pandemic level.", "9%", "change", -9.0, -9.0),
        # a comparative as an adjective of the noun after the figure: a level, not a change
        ("On a lower 50% turnout model the ANC drops to 35%.", "50%", "share", 50.0, 50.0),
        ("Under the higher 60 per cent turnout scenario Labor wins.", "60 per cent", "share",
         60.0, 60.0),
        # a verb with a rate: "contracted at an annualised rate of"
        ("Real GDP contracted at an annualised rate of 1.1 per cent, Statistics Canada said.",
         "1.1 per cent", "change", -1.1, -1.1),
        ("The economy grew at an annual pace of 7.8 per cent, the ministry said.",
         "7.8 per cent", "change", 7.8, 7.8),
        ("Output rebounded from a 0.4% contraction in the first quarter.", "0.4%", "change",
         -0.4, -0.4),
        # one verb for two groups: "fell 7% among Republicans and 4% among independents"
        ("Sentiment fell 7% among Republicans and 4% among independents.", "4%", "change",
         -4.0, -4.0),
        ("House prices rose 2.1 per cent in Perth, 1.4 per cent in Adelaide last month.",
         "1.4 per cent", "change", 1.4, 1.4),
        ("A net 12% of firms expect to hire, against a net -4% in June.", "-4%", "change",
         -4.0, -4.0),
        ("Well over half — 57 per cent — of Dubliners want the levy.", "57 per cent", "share",
         57.0, 57.0),
        ("The Greens narrowly lost the Galway seat, 47.5% to 51.9%.", "51.9%", "share",
         51.9, 51.9),
        ("In KwaZulu-Natal the ANC took the ward 61% to 37%, the IEC said.", "61%", "share",
         61.0, 61.0),
        ("Asked where to put savings, paying down the mortgage was picked by 22%.", "22%",
         "share", 22.0, 22.0),
        ("The premier's approval slipped below 30% in the Léger poll.", "30%", "share",
         30.0, 30.0),
        ("Labor trailed 48 per cent to 52 per cent among men.", "48 per cent", "share",
         48.0, 48.0),
        ("In the BCC survey 33% reported higher orders and 21% lower.", "21%", "share",
         21.0, 21.0),
        ("Republicans are split on the question, 45 - 49 percent.", "49 percent", "share",
         49.0, 49.0),
        ("It is 37 percent of those earning $50,000 to $99,999 and 19 percent of the rest.",
         "19 percent", "share", 19.0, 19.0),
        ("Worry climbs to 61% of those aged 45 to 64 and 70% of those over 65.", "70%",
         "share", 70.0, 70.0),
        ("It was 52 per cent among those aged 18 to 34 and 40 per cent among pensioners.",
         "40 per cent", "share", 40.0, 40.0),
        # net balances told in percent (README: net scores), and the lists they govern
        ("The BCC's net balance of exporters reporting more orders fell to -6 per cent.",
         "-6 per cent", "change", -6.0, -6.0),
        ("In the Ibec survey, builders posted a balance of plus 11 per cent.", "plus 11 per cent",
         "change", 11.0, 11.0),
        ("The CFIB's net hiring outlook stood at 14 per cent in Quebec, followed by Ontario "
         "(12 per cent).", "12 per cent", "change", 12.0, 12.0),
        ("Pune posted a Net Employment Outlook (NEO) of 37 per cent; the national NEO across "
         "all zones stood at 35 per cent.", "35 per cent", "change", 35.0, 35.0),
        ("The BER's business confidence balance was -12% in Gauteng and -18% in Durban.",
         "-18%", "change", -18.0, -18.0),
        ("Quarterly survey: net balances\nExport orders: -5% (+2%)\nEmployment: +8% (+6%)",
         "+8%", "change", 8.0, 8.0),
        # a survey's confidence index told in percent is a net balance too
        ("The central bank's consumer confidence index (CCI) sank to -8.4% from -3.1%.",
         "-3.1%", "change", -3.1, -3.1),
        ("Bank Indonesia's survey put the business outlook index at 21.6% for the quarter.",
         "21.6%", "change", 21.6, 21.6),
        ("The SARB's consumer confidence index (CCI) eased. The CCI fell to 14% from 19%.",
         "19%", "change", 19.0, 19.0),
        ("The Ibec survey's business sentiment index stood at 12 per cent; in Munster the index "
         "was 9 per cent.", "9 per cent", "change", 9.0, 9.0),
        ("The Fedesarrollo consumer confidence index rose to 4.7%, its highest since May.",
         "4.7%", "change", 4.7, 4.7),
    ), (
        "See example.org/a%20b for the map.",
        "The percentage of the budget is not known.",
    )),
    MatchRule("sample", _rule_sample, (
        ("The poll of 1,600 adults ran online.", "1,600 adults", "sample_size", 1600.0, 1600.0),
        ("The study drew on 2,310 households containing 6,042 persons in five provinces.",
         "6,042 persons", "sample_size", 6042.0, 6042.0),
        ("Abacus fielded it online Sept. 12 to 15 among 1,500 adult Canadians.",
         "1,500 adult Canadians", "sample_size", 1500.0, 1500.0),
        ("The survey, fielded in May, covered 2,400 employers in six states.", "2,400 employers",
         "sample_size", 2400.0, 2400.0),
        ("It interviewed 2,004 respondents.", "2,004 respondents", "sample_size", 2004.0, 2004.0),
        ("In the poll, with 1,800 people taking part, most said no.", "1,800 people",
         "sample_size", 1800.0, 1800.0),
        ("Base: n=1,012.", "n=1,012", "sample_size", 1012.0, 1012.0),
        ("The new poll, of 1,250 Quebecers, was taken online.", "1,250 Quebecers",
         "sample_size", 1250.0, 1250.0),
        ("The study was carried out by Ifop among 1,340 salaried teachers.",
         "1,340 salaried teachers", "sample_size", 1340.0, 1340.0),
        ("The civic poll, open for three weeks, received nearly 12,500 responses from residents.",
         "12,500 responses", "sample_size", 12500.0, 12500.0),
        ("The panel is a web survey that reaches about 4,000 teachers a term.",
         "4,000 teachers", "sample_size", 4000.0, 4000.0),
        ("Datafolha conducted 2,010 face-to-face interviews in 130 towns.",
         "2,010 face-to-face interviews", "sample_size", 2010.0, 2010.0),
        ("Forsa ran 1,512 online and telephone interviews last week.",
         "1,512 online and telephone interviews", "sample_size", 1512.0, 1512.0),
        ("Valid responses were gathered from 1,104 people by phone.", "1,104 people",
         "sample_size", 1104.0, 1104.0),
        ("A survey by the Reserve Bank of 2,100 households found few savers.",
         "2,100 households", "sample_size", 2100.0, 2100.0),
        ("• Opinium (for the Observer), fieldwork 3-5 May, 1,150 Welsh adults: Plaid 30%",
         "1,150 Welsh adults", "sample_size", 1150.0, 1150.0),
        # an abbreviation's full stop does not end the sentence ("Oct. 3-7", "the U.S.")
        ("The Marist poll of 1,220 U.S. adults ran from Sept. 9-11 by phone, including 1,004 "
         "likely voters.", "1,004 likely voters", "sample_size", 1004.0, 1004.0),
        ("The poll reached 1,003 adults, including 640 deemed certain to vote.", "640",
         "sample_size", 640.0, 640.0),
        ("Key numbers:\n• 29% – back the plan\n• 1,000 – adults interviewed online\n",
         "1,000", "sample_size", 1000.0, 1000.0),
        ("The census-style study covered 6,240 households in Pune and Kolkata.",
         "6,240 households", "sample_size", 6240.0, 6240.0),
        ("The exit poll was based on interviews with 2,41,860 voters.", "2,41,860 voters",
         "sample_size", 241860.0, 241860.0),
        ("CVoter's tracker is based on a sample of 1.2 lakh respondents.",
         "1.2 lakh respondents", "sample_size", 120000.0, 120000.0),
        ("Based on samples of 410 Liberals, 388 Conservatives and 201 New Democrats, the "
         "margins are wider.", "201 New Democrats", "sample_size", 201.0, 201.0),
        ("Respondents numbered 1,018; the margin of error is 3.1 points.", "1,018",
         "sample_size", 1018.0, 1018.0),
        ("Ipsos polled 640 Catholics and 420 Protestants, a total of 1,060 adults.",
         "1,060 adults", "sample_size", 1060.0, 1060.0),
        ("Source: Opinium. Base: c. 2,050 UK adults", "2,050 UK adults", "sample_size",
         2050.0, 2050.0),
        ("Some 1,428 voters were surveyed, margin of error ±2.6 points, including 1,152 "
         "likely voters.", "1,152 likely voters", "sample_size", 1152.0, 1152.0),
        ("Among the 320 Welsh business owners who took part, 41% expect to hire.",
         "320 Welsh business owners", "sample_size", 320.0, 320.0),
        ("The TPOF poll collected 1,068 valid samples by phone.", "1,068 valid samples",
         "sample_size", 1068.0, 1068.0),
        ("The Ipsos study reached 2,000 South Africans online.", "2,000 South Africans",
         "sample_size", 2000.0, 2000.0),
        ("The Ifop poll of 1,003 French chief executives ran in May.",
         "1,003 French chief executives", "sample_size", 1003.0, 1003.0),
        ("A total of 1,010 Argentinians took part in the survey.", "1,010 Argentinians",
         "sample_size", 1010.0, 1010.0),
        ("The Nanos poll (sample size 1,000) found 40% support.", "1,000", "sample_size",
         1000.0, 1000.0),
        ("A net 19% of the 211 participating fund managers were bullish on UK stocks.",
         "211 participating fund managers", "sample_size", 211.0, 211.0),
        ("Of the 1,000 surveyed Kenyans, 40% backed the levy.", "1,000 surveyed Kenyans",
         "sample_size", 1000.0, 1000.0),
        ("Ipsos interviewed about 1,000 adults in each of Canada, France and Japan, and around 500 "
         "adults in each of the other markets.", "500 adults", "sample_size", 500.0, 500.0),
        ("The Leger survey (n = 1,529 Canadians, online, May 3-5) found 40% support.",
         "n = 1,529", "sample_size", 1529.0, 1529.0),
        ("Gallup's poll (sample: 1,015 US adults) found 40% support.", "1,015 US adults",
         "sample_size", 1015.0, 1015.0),
        ("The sample included 512 Conservatives, 498 Labour voters and 140 Liberal Democrats.",
         "498 Labour voters", "sample_size", 498.0, 498.0),
        ("The Ontario sample comprised 610 men and 640 women.", "610 men", "sample_size",
         610.0, 610.0),
        ("The South African sample consisted of 1,540 adults in nine provinces.",
         "1,540 adults", "sample_size", 1540.0, 1540.0),
        ("Datafolha polled 2,004 voters, of which 804 were in São Paulo state.", "804",
         "sample_size", 804.0, 804.0),
        ("Ipsos polled 812 Gen Zs in Germany.", "812 Gen Zs", "sample_size", 812.0, 812.0),
        ("The Irish Times said it got responses from a total of 1,200 people.",
         "1,200 people", "sample_size", 1200.0, 1200.0),
        ("CSDS surveyed a total of 9,500 voters across 19 states.", "9,500 voters",
         "sample_size", 9500.0, 9500.0),
    ), (
        "The sample size grew by 1,000 after the fire.",
        "The 32 participating teams played in the final.",
        "The ministry received 12,500 responses to its consultation.",
        "Some 1,200 nurses went on strike after the poll.",
        "The survey found 300 firms closed last year.",
        "The poll says 154 Irish expats left last year.",
        "The median commute across the sample was 48 minutes.",
        "The poll had 900 adults. Fieldwork ran between Monday, 2 June and Friday, 6 June.",
        "Fieldwork took place from Tuesday, 14th of October, online.",
        "The ash cloud covered 6,240 households in Pune.",
        "The poll found 30% agree, including 40 MPs.",
        "Pay rose by 1.1 lakh rupees a year.",
        "The base fee is 2,000 euros, a total of 3,000 euros with tax.",
        "The video drew 41,000 responses on social media.",
        "The floods displaced 1,200 people.",
        "Companies with 2,500 employees pay more.",
        "Among 2024 Labour voters, 18% now back the Greens.",
        "The tasting sample included 40 wines from six regions.",
        "The blood samples contained 300 cells per slide.",
        "The sample included 40 wines and 12 ciders.",
    )),
    MatchRule("sample_part", _rule_sample_part, (
        ("SWS interviewed 1,500 adults nationwide: 600 in Balance Luzon and 300 each in Metro "
         "Manila, the Visayas and Mindanao.", "300", "sample_size", 300.0, 300.0),
        ("SWS interviewed 1,500 adults nationwide: 600 in Balance Luzon and 300 each in Metro "
         "Manila, the Visayas and Mindanao.", "600", "sample_size", 600.0, 600.0),
        ("The survey had at least 500 respondents per market (250 in Malta).", "250",
         "sample_size", 250.0, 250.0),
        ("Lord Ashcroft polled 4,000 adults, with 1,000 in Scotland and 500 in Wales.", "1,000",
         "sample_size", 1000.0, 1000.0),
        ("Ipsos sampled 2,200 Indians; 400 from Kerala, 600 from Tamil Nadu.", "400",
         "sample_size", 400.0, 400.0),
        ("The Leger web survey of 1,607 Canadians, 1,000 in Quebec, ran April 4-6.", "1,000",
         "sample_size", 1000.0, 1000.0),
        ("Ipsos interviewed 1,012 adults, 612 by phone and 400 online.", "612", "sample_size",
         612.0, 612.0),
        ("Ipsos interviewed 1,012 adults, 612 by phone and 400 online.", "400", "sample_size",
         400.0, 400.0),
        ("The Red C poll received 1,001 responses, 701 via its web panel and 300 by telephone.",
         "300", "sample_size", 300.0, 300.0),
        ("Statistics SA surveyed 3,100 homes, of which 1,900 were in towns and 1,200 in rural "
         "areas.", "1,200", "sample_size", 1200.0, 1200.0),
    ), (
        "The survey of 1,500 adults found 600 in Balance Luzon approve.",
        "Nanos surveyed 1,000 Canadians, and 2,000 in Ontario lost power that week.",
        "The poll of 1,200 voters ran in 2024 and in 2025, in March.",
        "Ipsos polled 1,000 adults. Another 600 in Ohio were turned away.",
        "Ipsos polled 1,012 adults; 40% said yes, and 300 by phone said no.",
        "Ipsos polled 1,012 adults, and 3,000 by phone said no.",
        "Ipsos polled 1,012 adults. 612 by phone said no.",
    )),
    MatchRule("sample_survey", _rule_sample_survey, (
        ("Ipsos said 1,215 people aged 18 or older took the survey by phone.", "1,215 people",
         "sample_size", 1215.0, 1215.0),
        ("Infratest dimap's DeutschlandTrend for ARD (1,318 eligible voters, 8–10 June) was "
         "grim.", "1,318 eligible voters", "sample_size", 1318.0, 1318.0),
        ("Leger's omnibus for Postmedia (1,529 voters, March 7-9) had the Tories ahead.",
         "1,529 voters", "sample_size", 1529.0, 1529.0),
        ("The Mood of the Nation series for India Today (2,100 voters, 4-12 July) is out.",
         "2,100 voters", "sample_size", 2100.0, 2100.0),
        ("The Realmeter poll was carried out on 2,508 adults nationwide in March.",
         "2,508 adults", "sample_size", 2508.0, 2508.0),
        ("Newspoll's fieldwork for the poll took in 1,437 Australian electors in every state.",
         "1,437 Australian electors", "sample_size", 1437.0, 1437.0),
        ("The federal survey gathered answers on about 46,000 children and youth in 2025.",
         "46,000 children and youth", "sample_size", 46000.0, 46000.0),
        ("CVoter's tracking poll spoke to 5,312 registered voters in Uttar Pradesh last week.",
         "5,312 registered voters", "sample_size", 5312.0, 5312.0),
        ("For the Irish Times poll, 1,200 adults in all 43 constituencies were visited at home.",
         "1,200 adults", "sample_size", 1200.0, 1200.0),
        ("Afrobarometer's questionnaire went to 2,400 South African adults in their language.",
         "2,400 South African adults", "sample_size", 2400.0, 2400.0),
        ("Ipsos (1,002 adults aged 18+, online, 3–5 May) put the Coalition on 31%.",
         "1,002 adults", "sample_size", 1002.0, 1002.0),
        ("Ipsos MORI (1,010 adults 18+) found 40% backing for the levy.", "1,010 adults",
         "sample_size", 1010.0, 1010.0),
        ("Léger (1,529 voters) put the CAQ on 30% in Quebec.", "1,529 voters", "sample_size",
         1529.0, 1529.0),
        ("The Sunday Independent commissioned Ireland Thinks (1,200 adults aged 18-75), which "
         "found 40% support.", "1,200 adults", "sample_size", 1200.0, 1200.0),
        ("Survation (1,034 Scottish adults): SNP 34%, Labour 30%.", "1,034 Scottish adults",
         "sample_size", 1034.0, 1034.0),
        # a margin of error or valid answers in the sentence make its count of people a sample
        ("For the 640 likely voters, the margin is plus or minus 3.9 points.",
         "640 likely voters", "sample_size", 640.0, 640.0),
        ("Among the 1,100 Irish adults reached, results are accurate to plus or minus 3 "
         "points.", "1,100 Irish adults", "sample_size", 1100.0, 1100.0),
        ("Of the 3,010 people contacted, 1,460 people, or 48.5 percent, gave valid answers.",
         "1,460 people", "sample_size", 1460.0, 1460.0),
        ("In all 2,214 South Africans gave valid responses in the Afrobarometer round.",
         "2,214 South Africans", "sample_size", 2214.0, 2214.0),
    ), (
        "Hospital admissions in Leeds (1,200 adults) rose 5%.",
        "Mori (1,010 adults 18+) met in the hall.",
        "The poll came after 1,500 people died in the floods.",
        "The march through Durban (1,300 people, 8–10 June) was peaceful.",
        "The floods in Assam (1,200 families, 4-12 July) displaced many.",
        "The festival in Galway (4,000 visitors, all weekend) sold out.",
        "The survey says firms cut 2,000 jobs this year.",
        "The poll suggests Labour would win 300 seats.",
        "The survey counted 46,000 homes without power.",
        "A poll of 500 firms found they employ 12,000 workers.",
        "The poll was published as 2,300 workers were laid off in Ontario.",
        "The poll found 1.2 million Canadians lack a family doctor.",
        "Before the poll, 1,800 adults lived in the district.",
        "Pollsters rang 2,900 eligible people, and 1,210 respondents took part.",
        "The poll covered Irish firms with 250 workers or more.",
        "The survey took in firms of between 50 and 249 employees.",
        "About 1,500 people queued for the launch of the poll app.",
        "Since 2024 voters have told the poll the same thing.",
        "Of the 3,010 people in the survey area, 1,460 people lost their homes.",
        "The 640 workers earn plus or minus $20 an hour, the union said.",
    )),
    MatchRule("times", _rule_times, (
        ("Women were 3.5 times as likely to agree.", "3.5 times", "ratio", 3.5, 3.5),
        ("Sales grew 2-fold.", "2-fold", "ratio", 2.0, 2.0),
        ("Demand for the loans grew by a factor of four.", "a factor of four", "ratio",
         4.0, 4.0),
        ("Among students it stands at 36 per cent, more than three times Fine Gael's 11 per "
         "cent.", "three times", "ratio", 3.0, 3.0),
        ("A home now costs 7.4 times the median household income in Toronto.", "7.4 times",
         "ratio", 7.4, 7.4),
    ), (
        "He called 3 times on Monday.",
        "Households earning at least four times the poverty line were left out.",
        "Voters have said three times that they want a change of government.",
        "She rang three times Monday's hotline.",
        "Age is a factor of 10 concerns raised.",
    )),
    MatchRule("to_one", _rule_to_one, (
        ("In the poll, supporters of the ban outnumber opponents three to one.",
         "three to one", "ratio", 3.0, 3.0),
        ("Farmers back the levy by more than two to one in the survey.", "two to one",
         "ratio", 2.0, 2.0),
        ("Independent voters are now roughly two to one against the governor.", "two to one",
         "ratio", 2.0, 2.0),
        ("Nurses are three to one in favour of strike action, the RCN poll finds.",
         "three to one", "ratio", 3.0, 3.0),
        ("Women back her two to one over the Premier in the Resolve survey.", "two to one",
         "ratio", 2.0, 2.0),
        ("Tories favour the cut by a two to one margin, YouGov says.", "two to one", "ratio",
         2.0, 2.0),
        ("In Gauteng, township residents prefer the ANC four to one over the EFF in the poll.",
         "four to one", "ratio", 4.0, 4.0),
        ("Voters in the Gallup poll backed the tariff cut two-to-one.", "two-to-one", "ratio",
         2.0, 2.0),
        ("In the Leger survey Quebecers reject the pipeline three-to-one.", "three-to-one",
         "ratio", 3.0, 3.0),
        ("The CVoter poll finds rural voters support the scheme two to one.", "two to one",
         "ratio", 2.0, 2.0),
        ("Irish voters favour a united Ireland by a 3-to-1 margin, the poll says.", "3-to-1",
         "ratio", 3.0, 3.0),
        ("Postal votes for the Greens outnumbered those for the FDP by more than 3 to 1.",
         "3 to 1", "ratio", 3.0, 3.0),
    ), (
        "Arsenal won two-to-one at home in the league match after 60% of possession.",
        "Mix a two-to-one mix of sand and cement for the poll station steps.",
        "The poll backed cutting the seats from two to one in the chamber.",
        "The survey found one-to-one tutoring helps.",
        "The hosts won by three to one in the final game of the season.",
        "She turned three to one side of the road.",
        "Tickets went from three to one in a day.",
        "The hosts were two to one up against Leinster at half-time in the match.",
        "Prices went from five to one for a dollar.",
    )),
    MatchRule("multiplier", _rule_multiplier, (
        ("The share of renters doubled.", "doubled", "ratio", 2.0, 2.0),
        ("Their support halved in a year.", "halved", "ratio", 0.5, 0.5),
        ("Among the poorest, Morena has 52%, more than double Acción Nacional's 20%.",
         "double", "ratio", 2.0, 2.0),
        ("Among young voters he takes 38%, nearly double his support overall.", "double",
         "ratio", 2.0, 2.0),
        ("Premiums would more than double, rising by 114% on average.", "double", "ratio",
         2.0, 2.0),
    ), (
        "The leader doubled down on the plan.",
        "The room doubled as an office.",
        "He booked a double room at the Hilton.",
        "Inflation ran at nearly double-digit rates.",
    )),
    MatchRule("mixed_range", _rule_mixed_range, (
        ("Between a third and 40% of landlords plan rent rises.", "a third and 40%", "share",
         33.333, 40.0),
        ("Between 30% and a third of landlords plan rent rises.", "30% and a third", "share",
         30.0, 33.333),
        ("Between a quarter and a third of landlords plan rent rises.",
         "a quarter and a third", "share", 25.0, 33.333),
    ), (
        "Support went from a third to 40% of landlords.",
        "A third and 40% of two different groups agreed.",
        "Between them, a third and 40% agreed.",
    )),
    MatchRule("fraction", _rule_fraction, (
        ("Two-thirds of voters agreed.", "Two-thirds", "share", 66.667, 66.667),
        # a dash or a bracket, and a unit of any typing, restating the fraction in digits
        ("Close to three-quarters (74pc) of Cork renters said so.", "three-quarters", "share",
         75.0, 75.0),
        ("Roughly a quarter -- 26 percent -- of Texans disagree.", "a quarter", "share",
         25.0, 25.0),
        ("Nearly half - 47 per cent - of Albertans are worried.", "half", "share", 50.0, 50.0),
        ("More than half of LGBTQ+ adults in the survey say they are bisexual.", "half",
         "share", 50.0, 50.0),
        ("The poll gives the Bloc about a fifth of the vote in Quebec.", "a fifth", "share",
         20.0, 20.0),
        ("Of teachers polled, 40% work weekends, nearly half of whom said it hurt.", "half",
         "share", 50.0, 50.0),
        ("Attendance fell by nearly a quarter.", "a quarter", "change", -25.0, -25.0),
        ("Rates were cut by a quarter point.", "a quarter point", "change", -0.25, -0.25),
        ("A three-fifths majority of members backed the strike.", "three-fifths", "share",
         60.0, 60.0),
        ("More than a third now say the tram was a mistake.", "a third", "share", 33.333,
         33.333),
        ("Half of the 1,200 nurses polled said they were exhausted.", "Half", "share", 50.0,
         50.0),
        ("Only one in five would pay more tax, down from a third in 2021, Afrobarometer found.",
         "a third", "share", 33.333, 33.333),
        ("The premier's approval fell below a third in the poll.", "a third", "share",
         33.333, 33.333),
        ("The pollster estimated that around a third of current Green voters backed Labour.",
         "a third", "share", 33.333, 33.333),
        ("The Tories, on 10%, are at less than half the 21.9% they won in 2021.", "half",
         "ratio", 0.5, 0.5),
        ("Labor's primary vote is now half the 38 per cent it won at the election.", "half",
         "ratio", 0.5, 0.5),
        ("The Greens' 6% is barely half their 11.5 percent of 2019.", "half", "ratio", 0.5,
         0.5),
        ("The grocer now expects earnings roughly a fifth below its previous forecast.",
         "a fifth", "change", -20.0, -20.0),
        ("Footfall in the BRC survey is still a quarter below its pre-pandemic level.",
         "a quarter", "change", -25.0, -25.0),
        ("Labour won 36 per cent in 2021; its 19% in the poll is roughly half that, a record "
         "low.", "half that", "ratio", 0.5, 0.5),
        ("Three-tenths of respondents in the Ipsos poll said yes.", "Three-tenths", "share",
         30.0, 30.0),
        ("Seven-eighths of respondents agreed.", "Seven-eighths", "share", 87.5, 87.5),
        ("Two fifths of Nigerians polled expect prices to rise.", "Two fifths", "share", 40.0,
         40.0),
        ("One-fifth of Indians surveyed said yes.", "One-fifth", "share", 20.0, 20.0),
        ("Three quarters of South Africans polled agreed.", "Three quarters", "share", 75.0,
         75.0),
        ("Of the 1,000 Kenyans polled, half of them said crime was the biggest worry.", "half",
         "share", 50.0, 50.0),
        ("In the Forsa poll just over half of CDU/CSU supporters opted for Merz.", "half",
         "share", 50.0, 50.0),
        ("When a quarter of the workforce needs time off, the survey says, firms suffer.",
         "a quarter", "share", 25.0, 25.0),
    ), (
        "Half that said they would vote stayed home.",
        "The board cut the plan to a third of its size, below its previous forecast.",
        "The second half of the game was dull.",
        "Half of the remaining hostages are held in the south.",
        "Half of which is left to chance.",
        "The poll found the fleet was cut to a third of its size.",
        "Waiting times in the survey fell to a third of an hour.",
        "The bill needs a two-thirds majority to pass.",
        "It won a two-thirds majority of the seats.",
        "The two halves of the country vote very differently, the poll shows.",
        "Half the 60% who back the plan are Tories.",
    )),
    MatchRule("fraction_level", _rule_fraction_level, (
        ("Approval of the union has exceeded two-thirds in each Gallup poll since 2021.",
         "two-thirds", "share", 66.667, 66.667),
        ("Trust in the NHS stayed above half in the Ipsos survey all year.", "half", "share",
         50.0, 50.0),
        ("Backing for the treaty has topped three-quarters in every Eurobarometer poll.",
         "three-quarters", "share", 75.0, 75.0),
        ("Some 41% expected rates to rise, compared with a third who expected a cut.",
         "a third", "share", 33.333, 33.333),
        ("In the CVoter survey, 58 per cent were hopeful, against a quarter who were not.",
         "a quarter", "share", 25.0, 25.0),
    ), (
        "The team has exceeded two-thirds of its budget.",
        "The meeting stayed above half an hour.",
        "Output has topped a third since the new plant opened.",
        "He gave half who asked for it.",
    )),
    MatchRule("net", _rule_net, (
        ("His net favourability is -25 this month.", "-25", "change", -25.0, -25.0),
        ("In the INSA poll the Union is at 30 percent (±0), the AfD at 24 (+1).", "+1",
         "change", 1.0, 1.0),
        ("Labour 33% (+2), Reform 28%.", "+2", "change", 2.0, 2.0),
        ("The CDU is at 30% (±0), the SPD at 16% (-1).", "±0", "change", 0.0, 0.0),
        ("Fine Gael is on 19 per cent (+1 on the last Ipsos poll).", "+1", "change", 1.0, 1.0),
        ("The CBI's balance of firms reporting higher orders was -18 in May.", "-18", "change",
         -18.0, -18.0),
        ("The ZEW expectations index slumped to -24 in March, from -17 in February.", "-17",
         "change", -17.0, -17.0),
        ("The Sensis index of small-business confidence fell four points to zero.", "zero",
         "change", 0.0, 0.0),
        ("Morgan's premier gets a net rating of +9, while Lee's is -2.", "-2", "change",
         -2.0, -2.0),
        ("Her net score of plus 3 is the best of any leader.", "plus 3", "change", 3.0, 3.0),
        ("The Taoiseach's net satisfaction rating is positive 6 in the Red C poll.",
         "positive 6", "change", 6.0, 6.0),
        ("Modi's net approval stood at plus 41 in the CVoter tracker.", "plus 41", "change",
         41.0, 41.0),
        # a balance's figure with its earlier value after it; a sign written out
        ("Westpac's consumer sentiment index fell to -8 from -3 in April.", "-8", "change",
         -8.0, -8.0),
        ("The CII business confidence score slipped to +9 from +21 last quarter.", "+9",
         "change", 9.0, 9.0),
        ("GfK's consumer climate index rose to minus 19 from minus 24 in May.", "minus 19",
         "change", -19.0, -19.0),
        ("The Conference Board's expectations index stood at minus 6 compared with minus 9 a "
         "month earlier.", "minus 6", "change", -6.0, -6.0),
        # a balance's level with its sign written out, or with the level it moved from
        ("The consumer confidence index, which asks about the year ahead, stands at minus 47.",
         "minus 47", "change", -47.0, -47.0),
        ("Westpac's consumer sentiment index fell to minus 9 in June.", "minus 9",
         "change", -9.0, -9.0),
        ("The CBI's retail sales balance was plus 12 in November.", "plus 12", "change", 12.0,
         12.0),
        ("The economic confidence index fell to -31 from -24 in February.", "-31", "change",
         -31.0, -31.0),
        ("His score in the capital region slipped to +9 from +21, the pollster said.", "+9",
         "change", 9.0, 9.0),
    ), (
        "The net cost was 25 dollars.",
        "Overnight the temperature fell to -5 from 2, the forecast said.",
        "The index fund fell to -4 percent from 3 percent.",
        "The net margin of error is plus or minus 3 in the poll.",
        "Net profit was 12 million, plus 4 million in grants.",
        "The golfer was at -12 after the third round of the tour event.",
        "Cases fell to zero in May.",
        "The FTSE 100 index closed at 8,100, its peak.",
        "The Nikkei index rose 40 points, plus 12 on the day before.",
        "The Sensex index fell to 71,000 from 72,400 on Monday.",
    )),
    MatchRule("net_carried", _rule_net_carried, (
        ("The council's net approval is -22 overall. It falls to -71 among renters.", "-71",
         "change", -71.0, -71.0),
        ("Carney's net favourability stands at +14. Poilievre's is -9 in the same Leger poll.",
         "-9", "change", -9.0, -9.0),
        ("Net satisfaction with the Taoiseach fell to +3. Among farmers it is +12 this month.",
         "+12", "change", 12.0, 12.0),
        ("Modi's net rating of +41 is steady; Gandhi's stands at +8, unchanged since June.",
         "+8", "change", 8.0, 8.0),
        ("Ramaphosa scores a net +5 in the survey. In Gauteng it is -4, in the Western Cape -11.",
         "-11", "change", -11.0, -11.0),
        ("His net rating was +38 in December. It was +44 in Berlin (from +53).", "+53",
         "change", 53.0, 53.0),
        ("Her net score is minus 16. That is better than minus 21 in October.", "minus 21",
         "change", -21.0, -21.0),
        ("His net approval is plus 3. A month ago it was plus 8 in the same poll.", "plus 8",
         "change", 8.0, 8.0),
        # the next paragraph of the same passage
        ("Net approval of the premier was -8 in Alberta.\n\nAmong rural voters the figure "
         "stood at -19.", "-19", "change", -19.0, -19.0),
        ("The savings balance rose to +27.\n\nYounger adults were more upbeat: their outlook "
         "stood at +21.", "+21", "change", 21.0, 21.0),
    ), (
        "Net migration was +12. Overnight it fell to -5 degrees in Ottawa.",
        "His net score is +6.\n\nRents rose again.\n\nThe side finished the season on -4.",
        "His net rating was +38.\nThe golfer finished on -12.",
        "Her net score is +6. Oil fell -3% on Friday.",
        "The net rating was +10. Aged 18-24, they split 40-60.",
        "His net score is +4. Temperatures fell to minus 12 overnight.",
        "Her net rating is -3. The budget ended plus 12 million on the year.",
    )),
    MatchRule("paren_change", _rule_paren_change, (
        ("Labour 34% (up two), Reform 29%.", "two", "change", 2.0, 2.0),
        ("Greens 9% (three fewer), Liberals 12%.", "three", "change", -3.0, -3.0),
        ("The SNP is on 31 per cent (2 more than in May).", "2", "change", 2.0, 2.0),
    ), (
        "Labour won 34 seats (up two) in the council.",
        "Greens 9% (three in all), Liberals 12%.",
    )),
    MatchRule("bare_split", _rule_bare_split, (
        ("Harris leads Trump 52-48 in the new poll.", "52", "share", 52.0, 52.0),
        ("Voters backed the treaty by 57 to 43.", "43", "share", 43.0, 43.0),
        # two sides level: "tied at", "split", "deadlocked at" 50-50 in a poll or a vote
        ("With undecided voters set aside, Yes and No are tied at 50-50 in the Ipsos poll.",
         "50", "share", 50.0, 50.0),
        ("Canadians are split 50-50 on the carbon levy, the Angus Reid survey found.", "50",
         "share", 50.0, 50.0),
        ("The Voice referendum is deadlocked at 50-50 in the Essential poll.", "50", "share",
         50.0, 50.0),
        # a second split of the same sides after a baseline cue, room left for undecided
        ("Albanese leads Dutton 46-35 as better PM, down from 49-32.", "32", "share", 32.0,
         32.0),
        ("Carney leads Poilievre 44-38, compared with 41-40 in March.", "41", "share", 41.0,
         41.0),
    ), (
        "Poll respondents aged 55-64, up from 35-44 in the last wave, were the largest group.",
        "Voters aged 45-54 were split.",
        "The vote was 50-50 in the poll.",
        "The couple split 50-50 on the rent and the power bills.",
        "Bookmakers give the Senate race a 50-50 chance.",
        "The two firms are tied at 50-50 ownership of the joint venture.",
    )),
    MatchRule("percent_of", _rule_percent_of, (
        ("Renters as a share, percent of 12.", "percent of 12", "share", 12.0, 12.0),
    ), (
        "Ten percent of 400 voters is 40.",
    )),
    MatchRule("unit_at_list_end", _rule_unit_at_list_end, (
        ("In the Angus Reid poll: Liberals 38.1, Conservatives 36.4, NDP 11.2 and the Bloc 7.0 "
         "per cent.", "36.4", "share", 36.4, 36.4),
        ("Support in the YouGov survey: SNP 33, Labour 25, Reform 17 and the Conservatives 11%.",
         "25", "share", 25.0, 25.0),
        ("The poll found KO 30.2, PiS 29.1, Konfederacja 14.0, and The Left 6.1 per cent.",
         "30.2", "share", 30.2, 30.2),
    )),
    MatchRule("carried_unit", _rule_carried_unit, (
        ("Joblessness fell from 6.5 percent to 2.9 in a decade.", "2.9", "share", 2.9, 2.9),
        ("Joblessness in Ontario fell from 8.1 per cent in the spring of 2021 to 6.4 by March.",
         "6.4", "share", 6.4, 6.4),
        ("Backing for the euro rose from 41 percent among Poles in 2015 to 48 in the CBOS poll.",
         "48", "share", 48.0, 48.0),
        ("The Greens polled 6.2 percent, down from 4.4 in the last round.", "4.4", "share",
         4.4, 4.4),
        ("The Left is on 3.1 percent, while the Pirates get 4.8 and the Greens 6.2 percent.",
         "4.8", "share", 4.8, 4.8),
        ("Greens: 9.4 per cent overall\n• Aged 18-34 - 12.6\n• Aged 35-54 - 8.1\n",
         "12.6", "share", 12.6, 12.6),
        ("Approve of the president's handling of inflation, percent:\n• All adults – 38\n"
         "• Women – 35\n", "35", "share", 35.0, 35.0),
        ("Trust in the ABC, by state (per cent):\n• NSW – 61\n• Queensland – 54\n", "54",
         "share", 54.0, 54.0),
        ("Backing for the Bill, figures in per cent:\n- Gauteng: 47\n- Limpopo: 58\n", "58",
         "share", 58.0, 58.0),
        ("Satisfied with the Taoiseach, %:\n• Dublin – 41\n• Connacht–Ulster – 37\n", "37",
         "share", 37.0, 37.0),
        ("Support for a referendum, in percent:\n* Quebec - 44\n* Alberta - 29\n", "29",
         "share", 29.0, 29.0),
        ("Approval of the president, in per cent, by party:\n• Republicans – 82\n"
         "• Democrats – 6\n", "6", "share", 6.0, 6.0),
        ("Percentage backing the grant in each province:\n• Gauteng – 47\n"
         "• Western Cape – 52\n", "52", "share", 52.0, 52.0),
        ("Trust in the Garda by age group (percentages):\n• 18-29 – 34\n• 65+ – 51\n", "34",
         "share", 34.0, 34.0),
        ("Proportion who trust the police, by province:\n- Ontario: 61\n- Quebec: 55\n", "55",
         "share", 55.0, 55.0),
        ("Share of Germans who back the plan, by Land:\n* Bavaria - 44\n* Berlin - 39\n",
         "39", "share", 39.0, 39.0),
        ("The Liberals hold 30.5 percent, four points clear of the Bloc on 26.1.", "26.1",
         "share", 26.1, 26.1),
        ("The measure passed 62 per cent to 38.", "38", "share", 38.0, 38.0),
        ("Fianna Fáil is on 22 per cent in the poll. Sinn Féin is on 24, down one.", "24",
         "share", 24.0, 24.0),
        ("In the INSA poll the Union is at 30 percent (±0), the AfD at 24 (+1).", "24",
         "share", 24.0, 24.0),
    ), (
        "The mayor, 62, won 45 percent, while Jones is 58.",
        "The Liberals are at 56 per cent with Canadians 55 and older.",
        "Turnout was 45 percent; the hall holds 300 and opened in 1999.",
        "Teams:\n• Under 12s - 14\n• Under 14s - 9\n",
        "Squad sizes, percent aside:\n• Under 12s - 14\n",
        "Interviews by region (1,200 in all):\n• Dublin – 410\n• Munster – 300\n",
        "Fieldwork in per cent of target reached. Teams:\n• North - 14\n",
        "Support is 40%. Room 12 was full.",
        "Support is 40% in Leeds.\nSmith is on 31 not out.",
        "Support is 40%. The Mayor is on 3 May in Leeds.",
        "Support rose 5 per cent to 45 in the spring.",
        "The Tories are at 31 per cent with Britons 65 and older.",
        "Support was 55 per cent to 65 in the wards.",
        "Worry rises to 61% of those aged 45 to 64 and 70% of pensioners.",
        "Backing climbs to 58 per cent of Canadians aged 35 to 54, the poll says.",
        "It rose to 44 percent among those between the ages of 18 and 29.",
        "Some 68% of those aged 50 to 64 and 72% of the over-65s agree.",
        "It is 41 per cent among voters aged 35-49 and 44 per cent among older ones.",
        "Rents rose from 5 percent of income in 2020 to 12 million renters.",
        "Share trading volumes by firm:\n• BHP – 12\n• Rio – 9\n",
        "Percentage points gained, by party:\n• Labour – 3\n• Reform – 5\n",
        "Squad sizes, in order, by club:\n• Leeds – 24\n• Hull – 22\n",
        "Support went from 40 percent in the city, he said to 31 reporters.",
    )),
    MatchRule("points_carried", _rule_points_carried, (
        ("The Coalition fell two points to 31 per cent, while Labor rose one to 33.", "one",
         "change", 1.0, 1.0),
        ("The INSA poll puts the Union down half a point and the SPD up one.", "one", "change",
         1.0, 1.0),
        ("Labour is three points behind, and the Greens up six on the notional 2021 result.",
         "six", "change", 6.0, 6.0),
        ("In the Ipsos poll Fine Gael gained two points while Sinn Féin dropped three.",
         "three", "change", -3.0, -3.0),
        ("The Liberals climbed 4 points in the Abacus poll; the NDP fell 2, since March.", "2",
         "change", -2.0, -2.0),
        ("The ANC slipped three points in the Ipsos poll and the DA gained one, compared with "
         "May.", "one", "change", 1.0, 1.0),
    ), (
        "Sales fell two points to 31 per cent. Profits rose one to 33.",
        "Labor rose one to 33.",
        "The Union fell two points, and the SPD rose 3 percent.",
        "The Union fell two points and turnout rose 2 million.",
        "The Union fell two points. The SPD rose one.",
    )),
    MatchRule("party_list", _rule_party_list, (
        ("Voting intention: Con 24 (-1), Lab 44 (+2), LD 11 (=), Reform 11 (-1).", "44",
         "share", 44.0, 44.0),
        ("Voting intention: Con 24 (-1), Lab 44 (+2), LD 11 (=), Reform 11 (-1).", "+2",
         "change", 2.0, 2.0),
        ("Federal poll, first preferences (changes in brackets):\nCoalition 36 (down one)\n"
         "Labor 33 (two more)\nGreens 12 (+1)\n", "down one", "change", -1.0, -1.0),
        ("Federal poll, first preferences (changes in brackets):\nCoalition 36 (down one)\n"
         "Labor 33 (two more)\nGreens 12 (+1)\n", "two more", "change", 2.0, 2.0),
        ("Ipsos poll for Le Monde, first round:\nRN 33 (up 2)\nEnsemble 21 (-1)\n", "21",
         "share", 21.0, 21.0),
        ("Sifo poll, changes on May in brackets:\nSocial Democrats 33.9 (-0.2)\n"
         "Sweden Democrats 20.1 (+0.6)\nModerates 18.3 (+0.1)\nLeft Party 7.5 (-0.3)\n"
         "Centre Party 5.2 (+0.2)\nGreens 4.9 (-0.1)\nChristian Democrats 4.2 (+0.3)\n"
         "Other parties 2.1\n", "2.1", "share", 2.1, 2.1),
        ("Sifo poll, changes on May in brackets:\nSocial Democrats 33.9 (-0.2)\n"
         "Sweden Democrats 20.1 (+0.6)\nModerates 18.3 (+0.1)\nLeft Party 7.5 (-0.3)\n"
         "Centre Party 5.2 (+0.2)\nGreens 4.9 (-0.1)\nChristian Democrats 4.2 (+0.3)\n",
         "+0.3", "change", 0.3, 0.3),
        ("List vote shares, changes on 2021:\nPlaid 41.2 (+6.8), Reform 27.9 (+21.3), "
         "Lab 14.6 (-13.1)", "+21.3", "change", 21.3, 21.3),
        ("In Ottawa Centre: Lib 44.2 (-3.1), NDP 30.5 (+4.4), Con 18.9 (+0.7).", "30.5",
         "share", 30.5, 30.5),
        # no change written as an unsigned zero, in the middle of the list
        ("Opinium poll, changes on a fortnight ago:\nLab 29 (-1)\nCon 21 (0)\nRef 25 (+2)\n",
         "0", "change", 0.0, 0.0),
        ("Opinium poll, changes on a fortnight ago:\nLab 29 (-1)\nCon 21 (0)\nRef 25 (+2)\n",
         "25", "share", 25.0, 25.0),
        ("Red C poll: SF 23 (+1), FF 21 (0.0), FG 19 (-2).", "21", "share", 21.0, 21.0),
        ("Forsa trend, 2,500 interviews: AfD 26 (+1), Union 25 (unchanged), SPD 14 (-1).", "25",
         "share", 25.0, 25.0),
        ("Final call, in per cent: ANC 41 (-2), DA 23 (+1), MK 12 (+3), EFF 9 (-1).", "+3",
         "change", 3.0, 3.0),
        ("Share of the vote after 40 of 52 seats: BJP 36 (+2), INC 29 (-1), AAP 11 (+4).",
         "29", "share", 29.0, 29.0),
        ("Emnid poll, changes on last week: Union 31 (±0), SPD 16 (+1), AfD 24 (-1).", "±0",
         "change", 0.0, 0.0),
        ("Nanos tracking poll, margins in brackets: Liberals 38 (±3), Conservatives 35 (±3).",
         "35", "share", 35.0, 35.0),
    ), (
        "Scores: Leeds 2 (1), Hull 3 (0).",
        "Standings: Leeds 2 (+1), Hull 3 (-2), York 1 (unchanged).",
        "Medal table: Kenya 4 (+1), Ethiopia 3 (-2), Uganda 2 (+1).",
        "League table:\nLeeds 42 (up two)\nHull 39 (down one)\n",
        "Poll day:\nRoom 12 (two more)\n",
        "See Chapter 24 (p. 3), Section 11 (2).",
        "Voting intention: Con 24 (-1).",
        "Fixtures:\nLeeds 2 (1)\nHull 3 (0)\nYork 1\n",
    )),
    MatchRule("table_row", _rule_table_row, (
        ("Where the institutes stand (all figures in per cent):\n\n"
         "Union (CDU/CSU): 25 (Forsa), 24.5 (INSA), 26 (FGW)\n"
         "AfD: 26 (Forsa), 27 (INSA), 25 (FGW)\n",
         "24.5", "share", 24.5, 24.5),
        ("Where the institutes stand (all figures in per cent):\n\n"
         "Union (CDU/CSU): 25 (Forsa), 24.5 (INSA), 26 (FGW)\n"
         "AfD: 26 (Forsa), 27 (INSA), 25 (FGW)\n",
         "27", "share", 27.0, 27.0),
        ("First-round polls, in %:\nRN 33 | 34 | 31.5\nEnsemble 21 | 20 | 22\n", "31.5", "share",
         31.5, 31.5),
        ("Provincial polls, vote share in percent:\nLiberal: 41 (Leger), 39 (Abacus)\n"
         "Conservative: 37 (Leger), 38 (Abacus)\n", "38", "share", 38.0, 38.0),
        ("Lok Sabha trackers, figures in per cent:\nNDA: 44 (CVoter); 46 (Axis)\n"
         "INDIA bloc: 39 (CVoter); 38 (Axis)\n", "39", "share", 39.0, 39.0),
        ("Coalition support by firm, per cent:\nCoalition: 36 (Newspoll), 35 (Resolve)\n", "36",
         "share", 36.0, 36.0),
        ("Ireland, first preferences (%):\nSinn Féin 24 / 22 / 25\nFine Gael 19 / 20 / 18\n",
         "20", "share", 20.0, 20.0),
        ("Where the pollsters stand, in per cent, by firm:\nLabour: 34 (YouGov), 33 (Ipsos)\n"
         "Reform: 29 (YouGov), 30 (Ipsos)\n", "33", "share", 33.0, 33.0),
    ), (
        "Seats projected by each model:\nUnion: 25 (Forsa), 24 (INSA)\n",
        "Final scores:\nLeeds: 2 (Smith), 3 (Jones)\n",
        "Turnout was high (all figures in per cent).\nThe vote was close.\nLeeds: 12, 14\n",
        "Support in per cent:\nThe council has met.\nWard 12: 3 (North), 4 (South)\n",
        "Ages of the candidates, per cent aside:\nSmith: 45 (Lab), 52 (Con)\n",
        "Figures in per cent:\nAged 18-34: 25, 30\n",
        "Results in per cent:\nLabour 34 seats\n",
    )),
    MatchRule("bare_list", _rule_bare_list, (
        ("The latest Kantar poll has Labour 34, Conservatives 27, Reform 21, Lib Dems 10.",
         "27", "share", 27.0, 27.0),
        ("Senate poll, first round: Ruiz (38), Okafor (31), Lindqvist (14), others (9).",
         "31", "share", 31.0, 31.0),
        ("Asked about the new levy, it was Yes 46 No 44 in the referendum poll.", "44",
         "share", 44.0, 44.0),
        ("Governor's approval: Approve 41 / Disapprove 53.", "53", "share", 53.0, 53.0),
        ("Mayoral poll:\nPatel 39\nMorgan 35\nUndecided 14\n", "14", "share", 14.0, 14.0),
        ("Okafor 47, Brandt 45 — dead heat in the Siena poll", "45", "share", 45.0, 45.0),
    ), (
        "Final scores in the poll-tax protest league: Leeds 2, Hull 3, York 1.",
        "In the survey, candidates Ruiz (45), Okafor (38) and Lee (52) are all lawyers.",
        "The poll shows Biden 81, Trump 78 as the oldest pair ever to run.",
        "See the survey report, Section 12, Chapter 3 and Table 4.",
        "The council voted Yes 7, No 5 on the ballot measure.",
        "Labour won 34 seats, the Conservatives 27 seats, in the poll.",
        "In the poll's seat projection that gives Labour 34, Reform 31, Greens 8.",
        "On seats the exit poll translates as Plaid 34, Reform 31, Labour 18, Lib Dems 2.",
        "The Ipsos projection of delegates after the primary: Ruiz 44, Okafor 39.",
        "The survey covered Ward 12, Ward 14 and Ward 15.",
    )),
    MatchRule("measure_bare", _rule_measure_bare, (
        ("In the Newspoll the Coalition's primary vote fell to 31, its lowest this term.", "31",
         "share", 31.0, 31.0),
        ("The Coalition's primary vote slid to 31 from 35 in the Newspoll.", "35", "share",
         35.0, 35.0),
        ("The premier's approval rating now stands at 41 in the Léger survey.", "41", "share",
         41.0, 41.0),
        ("Labor's two-party preferred vote is 53, Resolve found.", "53", "share", 53.0, 53.0),
    ), (
        "In the poll, support for the treaty rose to 31 member states.",
        "The survey found approval of the plan was 12 March at the latest.",
        "The team's support rose to 31 by the end of the season.",
        "The poll's approval rating rose to 31 points.",
        "The poll put support among those aged 18 to 29 at 33%.",
    )),
    MatchRule("share_cue", _rule_share_cue, (
        ("A YouGov poll puts Labour on 21 per cent. The final Opinium figure of 31 for Reform "
         "was higher.", "31", "share", 31.0, 31.0),
        ("Labour polled 26% in the Survation poll. Labour's 24 in the last poll was its "
         "worst.", "24", "share", 24.0, 24.0),
        ("In the YouGov poll Plaid led with 30 per cent. Reform were on 29, the Greens on 11.",
         "29", "share", 29.0, 29.0),
        ("The Newspoll survey has Labor at 34 per cent; the Greens' 12 is their best this "
         "term.", "12", "share", 12.0, 12.0),
        ("Leger has the Liberals at 41% in Quebec, and the Bloc's 30 is a four-point slide in "
         "the poll.", "30", "share", 30.0, 30.0),
        ("The CVoter survey gives the NDA 44 per cent. The INDIA bloc's best showing of 39 was "
         "in May.", "39", "share", 39.0, 39.0),
        ("Fine Gael is on 20% in the Red C poll, while the Sinn Féin figure of 24 is unchanged.",
         "24", "share", 24.0, 24.0),
    ), (
        "Labour's 24 seats in the poll compare with its 30% vote share.",
        "The poll put Labour on 30 per cent. Labour's 24 MPs rebelled.",
        "Reform were on 29, the Greens on 11 in the poll.",
        "Labour won 31% in the poll.\nReform were on 29 in the count.",
        "The ANC took 40% in the poll. On seats, the ANC's 159 and the DA's 87 follow.",
        "Support was 40% in the poll. It's 24 degrees in Perth.",
        "Labour polled 30%. Tonight's 19 would be a record low in the poll.",
        "The poll gave Biden 31%. Biden's 81 years are an issue.",
        "Approval is 45% in the poll. The figure of 12 million households is new.",
        "Some 60% of the runs came in boundaries. Kohli's 82 in the final won the game.",
        "The poll found 40% support; the Greens on 11 seats are next.",
        "The poll found 40% support; the council's figure of $31 is a fee.",
        "The poll found 40% support, and Labour's 65 and older voters are loyal.",
    )),
    MatchRule("lead_bare", _rule_lead_bare, (
        ("Polling averages: Okafor up about 4, Brandt up almost 7", "4", "change", 4.0, 4.0),
        ("In the latest Siena poll Lee is ahead by 5, a swing from June.", "5", "change",
         5.0, 5.0),
        ("Latest poll of the race: Ruiz +3", "+3", "change", 3.0, 3.0),
        ("Changes since the last YouGov poll: Con -2, Lab +3, LD ±0, Reform +1.", "±0",
         "change", 0.0, 0.0),
        ("Against the May poll, Labour is +2 and the Greens -1.", "+2", "change", 2.0, 2.0),
    ), (
        "Poll of fans: Rahm up 3 going into the final round of the tournament.",
        "The survey found March up 3 from February.",
        "In the poll, Smith up 3 seats.",
        "Poll: Lee is ahead by 5 votes.",
    )),
    MatchRule("updown_level", _rule_updown_level, (
        ("In the Red C poll, Fianna Fáil is down one to 18 per cent.", "down one", "change",
         -1.0, -1.0),
        ("Labor is up two, to 36%, in the Newspoll.", "up two", "change", 2.0, 2.0),
        ("Plaid is on 4 per cent, as is Reform, which is up one.", "up one", "change",
         1.0, 1.0),
        ("The NDP and the Greens are each down three, to 9 per cent.", "down three", "change",
         -3.0, -3.0),
    ), (
        "Prices are down one to 18 dollars.",
        "The lift is up one floor.",
        "Turnout is on 4 per cent. Shares are up one.",
        "The share is 4 per cent, and the team is up 12.",
    )),
    MatchRule("share_gap_words", _rule_share_gap_words, (
        ("A poll in May put Labour on 24 per cent. Labour's 20 is three fewer than in "
         "February.",
         "three fewer", "change", -3.0, -3.0),
        ("In the Leger poll the Bloc's 30% is two higher than in March.", "two higher",
         "change", 2.0, 2.0),
        ("The ANC's 40 per cent in the Ipsos survey is 5 lower than in 2019.", "5 lower",
         "change", -5.0, -5.0),
        ("Fianna Fáil at 19% in the Red C poll was four down on January.", "four down",
         "change", -4.0, -4.0),
        ("The CVoter survey gives the BJP 41 per cent, which is three more than in 2019.",
         "three more", "change", 3.0, 3.0),
    ), (
        "Labour won 24% in the poll and is three fewer seats short.",
        "The poll gave Labour 24%, and is three higher than that.",
        "The poll gave Labour 24%; turnout is three times higher than that.",
    )),
    MatchRule("share_move", _rule_share_move, (
        ("Labour is on 33 per cent, down one since January.", "one", "change", -1.0, -1.0),
    ), (
        "Labour is on 33 per cent, down 40 seats since January.",
    )),
)


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
