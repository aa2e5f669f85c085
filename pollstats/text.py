"""Stage 1: paragraphs and sentences with character spans.

A paragraph is a run of non-empty lines (news text puts one paragraph on a line). A sentence
ends at ``.``, ``!`` or ``?`` (with closing quotes or brackets) before whitespace, unless the
word before the full stop is a known abbreviation (``U.S.``, ``Dr.``, ``Jan.``, ``No.``), a
single initial (``B. Grushin``) or the stop sits inside a number (``3.5``). One pass, linear.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs
import regex

__all__ = [
    "ABBREVIATIONS", "HEADLINE_CHARS", "NUMBERED", "Paragraph", "Sentence", "headline",
    "paragraphs", "sentences",
]

#: Words that end with a full stop without ending a sentence (compared in lower case).
ABBREVIATIONS: Final = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen gov sen rep col lt sgt capt cmdr adm pres rev hon jan
    feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    vol vols figs pp para ed eds est approx dept univ assn inc ltd corp co vs v etc e.g i.e cf
    al u.s u.k u.n e.u u.s.a d.c a.m p.m ph.d b.a m.a
    """.split()
)

#: Abbreviations only when a number follows ("No. 5", "fig. 2"); else ordinary words.
NUMBERED: Final = frozenset({"no", "nos", "p", "fig", "art", "sec", "ch"})

_BOUNDARY = regex.compile(
    r"""
    [.!?]++                     # the stop (or several: "?!")
    [\"'”’)\]»]*+               # closing quotes and brackets stay with the sentence
    (?=\s)                      # and whitespace follows
    """,
    regex.VERBOSE,
)
#: The longest first line read as a headline (characters, without surrounding whitespace).
HEADLINE_CHARS: Final = 200

#: A text's first line, then a line break, a blank line or not, and the first character of
#: the line after it (a headline stands on its own line above more text).
_FIRST_LINE = regex.compile(
    r"""
    [\s\ufeff]{0,64}+                    # leading blank lines or a byte-order mark
    (?P<line>[^\n]{1,400})
    \n [^\S\n]{0,64}+ (?:\n[^\S\n]{0,64}+){0,8}+
    (?P<next>\S)
    """,
    regex.VERBOSE,
)
#: What a first line that is no headline ends with: a sentence's stop (with closing quotes
#: or brackets after it), a colon or semicolon (a label or an opening), a comma, a hyphen or
#: a joining word (a line wrapped in mid-sentence).
_NOT_HEADLINE_END = regex.compile(
    r"""(?r)
    (?: [.!?:;,…]  [\"'”’)\]»]{0,3}+
      | (?<!\w)(?:and|or|but|the|a|an|of|to|in|for|with|that|than)
      | [\-–—/]
    ) \s{0,8}+ \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A bullet or a list number at the start of a line: "- ", "• ", "1. ", "(a) ".
_BULLET: Final = r"(?:[\-*•·▪◦‣–—>+]|\(?(?:[0-9]{1,3}|[a-zA-Z])[.)]\s)"
#: A first line that is an item or a row, not a headline: a bullet or list number
#: ("- Labour 38%", "• 41% agree", "1. Economy", "(a) Jobs"), a heading mark ("#"), a table
#: row ("|", a tab) or a short label with a figure ("Support: 38%", "Margin of error: 3.1
#: points").
_BULLET_START = regex.compile(_BULLET)
_ITEM_LINE = regex.compile(
    rf"""
    \s{{0,8}}+
    (?: {_BULLET} | \#
      | [^\n]{{0,400}}? [|\t]
      | (?:[^\s:]{{1,40}}\s{{1,4}}){{0,3}}+ [^\s:]{{1,40}} : \s{{0,4}}+
        [^\s]{{0,4}}[0-9] [^\s]{{0,40}} (?:\s{{1,4}}+[^\s]{{1,40}}){{0,3}}+ \s{{0,8}}+ \Z
    )""",
    regex.VERBOSE,
)
#: Figures and words of a first line: a line of little but figures ("Labour 38%, Reform 27%",
#: "Yes 52 No 48") is a row of results, not a headline.
_FIGURE = regex.compile(r"[0-9][0-9.,]*+")
_WORD = regex.compile(r"[^\W\d_][\w'’\-]*+")
_WORD_BEFORE = regex.compile(r"(?r)[\w.]{1,12}\Z")
_LINES = regex.compile(r"[^\n]+")


@attrs.frozen
class Sentence:
    start: int
    end: int
    paragraph: int


@attrs.frozen
class Paragraph:
    start: int
    end: int


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Non-blank lines, with surrounding whitespace trimmed from the span."""
    out = []
    for m in _LINES.finditer(text):
        s, e = m.span()
        line = m[0]
        stripped = line.strip()
        if not stripped:
            continue
        s += len(line) - len(line.lstrip())
        e = s + len(stripped)
        out.append(Paragraph(s, e))
    return tuple(out)


def _is_boundary(text: str, stop: int, after: int) -> bool:
    """Whether the stop at ``stop`` (ending at ``after``) ends a sentence."""
    if text[stop] != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    word = m[0].lower() if m else ""
    if word in ABBREVIATIONS:
        return False
    if word in NUMBERED and text[after:after + 2].strip()[:1].isdigit():
        return False
    if len(word) == 1 and word.isalpha() and text[stop - 1].isupper():
        return False  # an initial: "B. Grushin"
    nxt = text[after:after + 3].lstrip()
    return not (nxt[:1].islower() or (nxt[:1].isdigit() and word.isdigit()))


def _split(text: str, para: Paragraph, index: int) -> Iterator[Sentence]:
    start = para.start
    for m in _BOUNDARY.finditer(text, para.start, para.end):
        if _is_boundary(text, m.start(), m.end()):
            yield Sentence(start, m.end(), index)
            start = m.end()
            while start < para.end and text[start].isspace():
                start += 1
    if start < para.end:
        yield Sentence(start, para.end, index)


def sentences(text: str, paras: tuple[Paragraph, ...] | None = None) -> tuple[Sentence, ...]:
    """Every sentence of ``text`` in order, each knowing its paragraph's index (``paras``, when
    given, are ``paragraphs(text)``)."""
    if paras is None:
        paras = paragraphs(text)
    return tuple(s for i, p in enumerate(paras) for s in _split(text, p, i))


def headline(text: str) -> Paragraph | None:
    """The span of ``text``'s headline: its first line when a line break and more text follow
    it, it is at most :data:`HEADLINE_CHARS` long, holds a letter, does not end as a sentence
    or a wrapped line ends (``.``, ``!``, ``?``, ``:``, ``;`` or a comma, with closing quotes
    after them; a hyphen; a joining word such as "and") and is not a bullet, list, table or
    label line; the line after it does not go on in lower case and is no such item or row.
    None otherwise.

    >>> text = "Support for the levy falls to 38%, poll finds\\n\\nSupport fell to 38% in May."
    >>> span = headline(text)
    >>> text[span.start:span.end]
    'Support for the levy falls to 38%, poll finds'
    >>> headline("Support fell to 38% in May.\\nIt was 41% in April.") is None
    True
    """
    m = _FIRST_LINE.match(text)
    if m is None or m["next"].islower():
        return None
    nxt = text[m.start("next"):text.find("\n", m.start("next")) % (len(text) + 1)].strip()
    if _ITEM_LINE.match(nxt) is not None and ("%" in nxt or _BULLET_START.match(nxt)):
        return None  # the line after it is an item or a row of figures ("• ...", "2024: 63%"),
        # not a byline or a date ("Published: 9 February"): a list's or a table's first line
    line = m["line"]
    stripped = line.strip()
    if (not stripped or len(stripped) > HEADLINE_CHARS
            or not any(c.isalpha() for c in stripped)
            or _NOT_HEADLINE_END.search(stripped) is not None
            or _ITEM_LINE.match(stripped) is not None
            or _row(stripped)):
        return None
    start = m.start("line") + len(line) - len(line.lstrip())
    return Paragraph(start, start + len(stripped))


def _row(line: str) -> bool:
    """``line`` holds figures and hardly a word more than one per figure (a row of results)."""
    figures = len(_FIGURE.findall(line))
    return figures > 0 and len(_WORD.findall(line)) <= figures + 1
