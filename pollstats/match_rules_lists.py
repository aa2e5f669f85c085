"""Statistic rules for bare figures read from lists and tables: answers and sides in a list
(``Yes 52 No 48``), a measure or a lead named before a bare share, a share cue earlier in the
paragraph, a unit carried to a list or stated at its end, and the cells of tables headed as
sample sizes, margins of error or percent. Rows of :data:`pollstats.matchers.RULES`.
"""

from __future__ import annotations

from typing import Final

import regex

from ._data import alternation, alternation_of, words
from .match_rules_bare import (
    _AGE_AFTER,
    _AGE_TAIL_AFTER,
    _BARE_END_AFTER,
    _BULLET_BEFORE,
    _CARRY_ACROSS,
    _FROM_BARE_BEFORE,
    _LINE_END_AFTER,
    _NAMED_BARE_BEFORE,
    _NAMED_ON_BEFORE,
    _NOT_NAMES,
    _ON_AT_BEFORE,
    _PHRASE_TO_BARE,
    _TO_BARE,
    _TO_NUMBER_AFTER,
    _bullet_header_has_percent,
    _header_states_percent,
)
from .match_rules_sample import _MONEY_BEFORE
from .match_rules_units import _sports
from .match_scan import _ends_age_band, _is_yearlike, _Scan
from .match_words import (
    _DIRECTION_BEFORE,
    _F,
    _FROM_BEFORE,
    _LEX,
    _OPEN_PAREN_BEFORE,
    _PERCENT,
    _POINTS,
    _POLL_WORD,
    _QUAL,
    _SENTENCE_BREAK,
    _SPACE,
    _SPORTS_NEAR,
    _TIME_AFTER,
    _TO_BEFORE,
    _sentence_start,
)
from .tokens import DASHES, fold_case

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
