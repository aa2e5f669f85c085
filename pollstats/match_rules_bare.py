"""Statistic rules for figures written without a unit of their own: a bracketed change after a
share (``(+2)``), a bare split (``48-33``), a share's move or level (``up to 41``), the gap
words of a share, and figures carried by a unit stated once (``points`` carried to the next
figure, the shares of a party list ``Con 30 (-2), Lab 41 (+1)``). Rows of
:data:`pollstats.matchers.RULES`.
"""

from __future__ import annotations

from typing import Final

import regex

from ._data import words
from .match_scan import _LEADS_BEFORE, _PARAGRAPH_BREAK, _is_yearlike, _points_before, _Scan
from .match_words import (
    _BASIS_POINTS,
    _CLOSE_PAREN,
    _DIRECTION_BEFORE,
    _END_AFTER,
    _F,
    _LEAD_WORDS,
    _LEX,
    _PER_CENT,
    _PERCENT,
    _POINTS,
    _POLL_NEAR,
    _QUAL,
    _SENTENCE_BREAK,
    _SHARE_PAREN_BEFORE,
    _SIGN_WORD,
    _SIGN_WORD_BEFORE,
    _SPACE,
    _TIMES,
)
from .periods import MONTH_WORDS
from .tokens import DASHES


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
                                            or s.before(_SPLIT_THEN_BEFORE, tok.start)
                                            or s.before(_SPLIT_IS_BEFORE, tok.start))):
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


#: A split named as such, then its two sides: "The split is now 54-41 in favour", "the
#: Yes-No breakdown stood at 47-44", "the tally is 51-38" (room left for undecided).
_SPLIT_IS_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:split|breakdown|tally)
    {_SPACE}+(?:is|was|stands{_SPACE}+at|stood{_SPACE}+at|sits{_SPACE}+at|sat{_SPACE}+at)
    (?:{_SPACE}+(?:now|currently|still))?{_SPACE}+\Z""",
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
