"""Anchor-first scanning: the parts of a text that can hold a statistic.

Every rule of :mod:`pollstats.matchers` needs an *anchor* close to its number: a unit after it
(``%``, ``percent``, ``points``, ``times``), a cue before it (``margin of error``, ``n =``,
``a poll of``), a fraction or multiplier word (``half``, ``doubled``), or a digit pattern
(``52-48``, ``1 in 4``). :func:`regions` finds the anchors in a few passes over an ASCII,
lower-case copy of the text, each a single compiled pattern or a substring search running in C,
and returns the merged windows around them. Tokenizing and rule matching then look only inside
those windows, so prose without statistics costs little more than the scans, and the cost of
the rest is proportional to the anchors, not to the length of the text.

The windows come from ``data/anchors.txt`` (how far before and after each anchor word a figure
may lie); they are wider than the rules' own look-arounds, so a text gives the same statistics
as a scan of every number would.
"""

from __future__ import annotations

import re
from typing import Any, Final

import regex

from ._data import table
from .tokens import _FOLD, _WORD_START

__all__ = ["regions"]

#: Characters that end a word on either side of a window (a window never cuts a token).
_SNAP: Final = 64

_ANCHORS: Final = table("anchors.txt")


def _windows() -> tuple[dict[bytes, tuple[int, int]], list[str], list[str]]:
    spans: dict[bytes, tuple[int, int]] = {}
    prefix: list[str] = []
    whole: list[str] = []
    for section in ("unit", "cue_after", "cue_before", "number"):
        for word, value in _ANCHORS[section]:
            before, after, *flags = value.split()
            spans[word.encode()] = (int(before), int(after))
            (whole if "whole" in flags else prefix).append(word)
    return spans, prefix, whole


_SPANS, _PREFIX, _WHOLE = _windows()


def _trie(entries: dict[str, str]) -> str:
    """A regex alternation of the words of ``entries`` as a trie (one branch per letter), each
    word followed by its own pattern (``""``: the word may go on, as a prefix). The engine
    tries few branches at each position; longer words come first. Built from sorted keys, so
    the pattern does not depend on set or hash order."""
    tree: dict[str | None, Any] = {}
    for word in sorted(entries):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[None] = entries[word]

    def emit(node: dict[str | None, Any]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if None in node:
            branches.append(node[None])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


_NUMERATORS: Final = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
#: After a numerator word: the "in" of "one in five", "three out of four", "one of every ten".
_IN_EVERY: Final = r" {1,4}(?:in|out {1,4}of(?: {1,4}every)?|of {1,4}every|to {1,4}one) "
#: After "with": digits, perhaps after one word ("conducted ... with 1,000 voters").
_WITH: Final = r" {1,4}(?:[a-z]{1,20} {1,4})?[0-9]"


#: After a lead word: digits, perhaps after "by" and a qualifier ("up about 3", "ahead by 5").
_LEAD: Final = r" {1,4}(?:by {1,4})?(?:[a-z]{1,8} {1,4})?[0-9]"


def _entries() -> dict[str, str]:
    entries = {w: "" for w in _PREFIX}
    entries.update({w: "(?![a-z])" for w in _WHOLE})
    fraction = " {1,3}(?:" + "|".join(sorted(d for d, _ in _ANCHORS["denominator"])) + ")"
    for w in _NUMERATORS:
        entries[w] = _IN_EVERY
    for w in ("a", "an", *_NUMERATORS[:9]):  # "a third", "two-fifths"
        entries[w] = f"(?:{entries[w]}|{fraction})" if w in entries else fraction
    entries["with"] = _WITH
    for w in ("up", "ahead", "leads", "leading"):  # "Sherrill up about 3", "Lee ahead by 5"
        entries[w] = _LEAD
    return entries


#: Letters and digits stay, everything else becomes a space (one byte per character).
_ALNUM: Final = bytes(
    c if (0x61 <= c <= 0x7A or 0x30 <= c <= 0x39) else 0x20 for c in range(256)
)

#: One pass over the lower-case copy with every non-alphanumeric character turned into a
#: space: anchor words at the start of a word, number words before "in" / "out of" ("one in
#: five") and "with" before digits. A literal space first lets the engine skip to the next
#: word start quickly; the trie keeps the work at each word start small.
_WORD_PASS: Final = re.compile((" " + _trie(_entries())).encode())

#: One pass anchored on the first digit of a number: a short unit after it ("30pc", "5 pts",
#: "12percent"), or a second number ("52-48", "1/4", "9 to 14", "1 in 4"). Bounded repeats
#: and a possessive run only, so it cannot backtrack.
_NUMBER_WORD: Final = "|".join(sorted([*_NUMERATORS, "hundred"], key=lambda w: (-len(w), w)))
_SPLIT: Final = r"[ \t?]{0,3}(?:[-?]|to(?![a-z]))[ \t?]{0,3}"
_DIGIT_PASS: Final = re.compile(
    rf"""
    [0-9](?<![0-9.,][0-9])                                    # the first digit of a number
    (?:
        [0-9.,]{{0,40}}+
        (?:
            [ \t?]{{0,3}}-?[ \t?]{{0,2}}(?:%|pc|pct|pp|ppts?|pts?|bps?|fold|percent|point|times|x
                                          |p\.[ ]?c\.)
            (?![a-z])                                            # 30pc, 5 pts, 12percent
          | /[0-9]                                               # 1/4
          | [ \t]{{0,2}}\([ \t]{{0,2}}(?:[-+?=][ \t]{{0,2}}[0-9)]|nc\)|n/c\))  # 24 (-1), 11 (=)
          | [ \t\n?-]{{1,4}}(?:in|out[ \t\n?-]{{1,4}}of(?:[ \t\n?-]{{1,4}}every)?
                             |of[ \t\n?-]{{1,4}}every)
            [ \t\n?-]{{1,4}}
            (?:[0-9]|a[ \t\n?-]hundred|{_NUMBER_WORD})(?![a-z])    # 1 in 4, 3 out of ten
        )
        # the next item of a list of bare shares: "34, conservatives 27", "52 no 48",
        # "41 / disapprove 53", "(34), reform (21)"
      | [0-9]{{0,2}}(?:\.[0-9])?(?![0-9]|[.,][0-9])[ \t]{{0,2}}\)?[ \t]{{0,2}}
        (?:(?:[,;/|\n]|[ \t]and)[ \t]{{1,3}}(?:[a-z?][a-z?.'&/-]{{0,15}}[ \t]{{1,2}}){{1,4}}
           (?:on[ \t]|at[ \t]|:[ \t]?|\()?
         | [ \t]{{1,2}}(?:no|leave|disapprove|disagree|oppose|against|undecided|unsure|others?)
           [ \t]{{0,2}}:?
        )[ \t]{{0,2}}[0-9]
        # two shares of a split, one of them 10 or more: 52-48, 52 to 48, 5-95 (not 3-1, 2019-20)
      | [0-9]{{1,2}}(?:\.[0-9]{{1,2}})?{_SPLIT}[0-9]{{1,3}}(?![0-9])
      | (?:\.[0-9]{{1,2}})?{_SPLIT}[0-9]{{2,3}}(?![0-9])
        # odds against one: "by more than 2 to 1", "a 3-to-1 margin"
      | [0-9]?(?:[ \t]{{1,2}}to[ \t]{{1,2}}|-to-)1(?![0-9]|[.,][0-9])
    )
    """.encode(),
    re.VERBOSE,
)
#: A bullet line that ends in a bare number ("• Women - 27.1"): crosstab figures under a header
#: that states the unit once (non-ASCII bullets and dashes are "?" in the copy). Anchored on the
#: line break; bounded, so it cannot backtrack far.
_BULLET_PASS: Final = re.compile(
    rb"\n[ \t]{0,8}(?:[?*\-]|[0-9]{1,2}[.)])[ \t][^\n]{1,60}?(?:[ \t][-?:]|:)[ \t]{0,4}"
    rb"[0-9][0-9.,]{0,8}[ \t]{0,4}(?=\r?\n|\Z)"
)
#: The start of a table row of bare figures: "\nafd: 26 (forsa), 27", "\ncdu/csu 25 | 24.5"
#: (matchers' table_row rule); its window runs to the end of the line, at most _ROW_LINE long.
#: A day and its year are no row, nor a thousands separator: the dateline "BOISE (May 16,
#: 2021) — ..." of a news story and "The poll of 3,712 adults" would make a whole paragraph a
#: window.
_ROW_PASS: Final = re.compile(
    rb"\n[ \t]{0,8}[a-z][^\n:|0-9]{0,59}?(?::[ \t]{0,4}|[ \t]{1,4})[0-9]{1,3}(?:\.[0-9]{1,2})?"
    rb"(?![ \t]{0,4},[ \t]{0,4}[12][0-9]{3}(?![0-9])|,[0-9]{3}(?![0-9]))"
    rb"(?:[ \t]{0,4}\([a-z][^()\n]{0,40}\))?[ \t]{0,4}[,;|/][ \t]{0,4}[0-9]"
)
_ROW_LINE: Final = 800
#: A bare number that a share cue introduces (matchers' share_cue rule, which reads the share
#: in percent of its paragraph from far back): "Labour's 24", "the Greens' 11", "Reform were on
#: 29", "the final YouGov figure of 19". Found from the cue's last word, which a literal starts
#: (a fast scan); the name before a possessive or "on"/"at" is checked after, in a bounded
#: stretch, as case tells a name.
_CUE_PASS: Final = re.compile(r"(?:['’]s|s['’]|[ ]on|[ ]at|[ ]of)[ ](?:[a-z]{1,8}[ ])?[0-9]")
#: Before "on"/"at" or a possessive: a capitalized name, perhaps "is"/"were"; before "of" a
#: word of a share ("figure of").
_CUE_NAME_END: Final = regex.compile(
    r"(?r)(?:(?<![\w'’.\-])[A-Z][\w'’.\-]{0,30}(?:[ ](?:is|are|was|were|now|still)){0,2}"
    r"|(?i:figure|share|showing|result|standing))\Z"
)
#: Anchors found by substring search: signs, "n =", "+/-" and "-fold" (inside a word).
_LITERALS: Final = (b"%", b"=", b"+", b"fold")
#: What a window needs to hold a statistic: a digit, the start of a number word, or "a point"
#: ("fell a point"); read on the same copy as _WORD_PASS.
_NUMBERISH: Final = re.compile(
    b"[0-9] | " + _WORD_START.pattern
    + rb" | \ an?\ {1,3}(?:(?:single|full|whole)\ {1,3})?(?:percentage\ {1,3})?point",
    re.VERBOSE,
)
_DIGIT_WINDOW: Final = (120, 40)
_NUMBER_WINDOW: Final = (24, 24)
_CUE_WINDOW: Final = (100, 100)
#: Anchors that are not ASCII: percent signs of other scripts, the plus-minus and times signs.
_WIDE_ANCHORS: Final = ("\u066a", "\uff05", "\ufe6a", "\u00b1", "\u2213", "\u00d7")
_CASE_FOLDED: Final = "\u0130\u017f\u212a"
_WS: Final = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f\u2028\u2029\x1c\x1d\x1e\x1f\x85")


def _ascii_lower(text: str) -> bytes:
    """``text`` as lower-case ASCII bytes, one byte per character (others become ``?``);
    letters that case-insensitive patterns equate with ASCII ones (``ſ``, ``İ``, the Kelvin
    sign) become those."""
    if not text.isascii() and any(ch in text for ch in _CASE_FOLDED):
        text = text.translate(_FOLD)
    return text.encode("ascii", "replace").lower()


def _snap_left(text: str, pos: int) -> int:
    """The start of the word at ``pos`` (searching back at most ``_SNAP`` characters)."""
    if pos <= 0:
        return 0
    stop = max(0, pos - _SNAP)
    while pos > stop and text[pos - 1] not in _WS:
        pos -= 1
    return pos


def _snap_right(text: str, pos: int) -> int:
    """The end of the word at ``pos`` (searching ahead at most ``_SNAP`` characters)."""
    n = len(text)
    if pos >= n:
        return n
    stop = min(n, pos + _SNAP)
    while pos < stop and text[pos] not in _WS:
        pos += 1
    return pos


def regions(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint ``(start, end)`` windows of ``text`` that may hold a statistic.

    >>> text = "The weather was fine. Support rose to 45% in May."
    >>> [text[a:b] for a, b in regions(text)]
    ['The weather was fine. Support rose to 45% in May.']
    >>> regions("No figures in this sentence at all.")
    []
    """
    if not text:
        return []
    low = _ascii_lower(text)
    # in b" " + words, the word of a match starts at m.start() + 1, which is m.start() in text
    words = b" " + low.translate(_ALNUM)
    spans = _anchor_spans(text, low, words)
    spans.extend(_literal_spans(text, low))
    if not spans:
        return []
    return _snapped(text, words, _merged(spans))


def _anchor_spans(text: str, low: bytes, words: bytes) -> list[tuple[int, int]]:
    """The window of every anchor the passes find: words, digits, bullets, table rows, and
    party or pollster names before a bare figure."""
    n = len(text)
    spans: list[tuple[int, int]] = []
    add = spans.append
    for m in _WORD_PASS.finditer(words):
        start, end = m.start(), m.end() - 1
        before, after = _SPANS.get(m[0][1:], _NUMBER_WINDOW)
        add((start - before, end + after))
    for m in _DIGIT_PASS.finditer(low):
        add((m.start() - _DIGIT_WINDOW[0], m.end() + _DIGIT_WINDOW[1]))
    for m in _BULLET_PASS.finditer(low):
        add((m.start(), m.end()))
    for m in _ROW_PASS.finditer(low):
        stop = low.find(b"\n", m.end(), m.end() + _ROW_LINE)
        add((m.start(), stop if stop >= 0 else min(n, m.end() + _ROW_LINE)))
    for cue in _CUE_PASS.finditer(text):
        head = cue.start() if text[cue.start()] == " " else cue.start() + 2
        if text[cue.start()] != " " and text[cue.start()] in "sS":
            head = cue.start() + 1  # "Greens' 11": the name ends with its "s"
        if _CUE_NAME_END.search(text, max(0, head - 50), head) is not None:
            add((cue.end() - 1, cue.end() + _CUE_WINDOW[1] // 10))
    return spans


def _literal_spans(text: str, low: bytes) -> list[tuple[int, int]]:
    """The window of every literal anchor (a string search each) and, in text that is not
    ASCII, of every wide anchor character."""
    spans: list[tuple[int, int]] = []
    for lit in _LITERALS:
        i = low.find(lit)
        while i >= 0:
            spans.append((i - _DIGIT_WINDOW[0], i + len(lit) + _CUE_WINDOW[1]))
            i = low.find(lit, i + 1)
    if not text.isascii():
        for ch in _WIDE_ANCHORS:
            i = text.find(ch)
            while i >= 0:
                spans.append((i - _DIGIT_WINDOW[0], i + 1 + _CUE_WINDOW[1]))
                i = text.find(ch, i + 1)
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (not empty) sorted, overlapping ones merged."""
    spans.sort()
    merged: list[tuple[int, int]] = []
    cur_lo, cur_hi = spans[0]
    for lo, hi in spans[1:]:
        if lo <= cur_hi:
            if hi > cur_hi:
                cur_hi = hi
            continue
        merged.append((cur_lo, cur_hi))
        cur_lo, cur_hi = lo, hi
    merged.append((cur_lo, cur_hi))
    return merged


def _snapped(text: str, words: bytes, merged: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The merged windows snapped to word boundaries, those with no number in them dropped,
    and windows that now touch merged again."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for lo, hi in merged:
        lo = _snap_left(text, max(0, lo))
        hi = _snap_right(text, min(n, hi))
        if _NUMBERISH.search(words, lo, hi + 1) is None:
            continue  # a cue with no number near it ("said in an interview")
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
