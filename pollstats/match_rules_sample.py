"""Statistic rules for a survey's design figures: margins of error (``±3 points``, ``a margin of
error of 3.1 percentage points``) and sample sizes (``a survey of 1,004 adults``, ``n=1,500``,
the parts of a sample listed after it, a sample named anywhere in a sentence about a survey).
Rows of :data:`pollstats.matchers.RULES`.
"""

from __future__ import annotations

from typing import Final

import regex

from ._data import PLURAL_NOUN, alternation, alternation_of
from .grouping import group_key
from .match_rules_bare import _BARE_END_AFTER, _UNIT_IN_LINE
from .match_scan import _is_yearlike, _Scan
from .match_words import (
    _AMONG_NUM_BEFORE,
    _ANY_PLURAL_AFTER,
    _CLOSE_AFTER,
    _CONDUCTED_WITH_BEFORE,
    _CONNECTOR,
    _F,
    _LEX,
    _MONTH_AFTER,
    _N_EQUALS_BEFORE,
    _NOUN_AFTER,
    _OPEN_PAREN_BEFORE,
    _PAREN_DETAILS_BEFORE,
    _PCT_OF_THE_BEFORE,
    _PEOPLE,
    _PER_CENT,
    _PERCENT,
    _POINTS,
    _POLL_WORD,
    _QUAL,
    _RECEIVED_BEFORE,
    _RESPONDENTS,
    _SAMPLE_BEFORE,
    _SAMPLE_MADE_OF_BEFORE,
    _SAMPLE_NOUN_AFTER,
    _SAMPLE_NOUNS,
    _SENTENCE_BREAK,
    _SPACE,
    _SURVEY_REACHES_BEFORE,
    _SURVEYED_AFTER,
    _TIME_AFTER,
    _TIMES,
    _sentence_start,
)
from .model import Statistic
from .periods import MONTH_WORDS
from .tokens import DASHES, NumberToken, fold_case

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
