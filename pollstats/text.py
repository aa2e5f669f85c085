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

__all__ = ["ABBREVIATIONS", "NUMBERED", "Paragraph", "Sentence", "paragraphs", "sentences"]

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
