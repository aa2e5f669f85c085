"""Stage 2: numeric tokens with their spans.

A token is one number as written: digits (``1,600``, ``3.5``, ``-25``), number words
(``twenty-two``, ``one hundred``), a fraction word (``two-thirds``, ``a quarter``, ``half``) or a
multiplier word (``doubled``, ``twofold``, ``twice``). Tokens know nothing of units; the matchers
(:mod:`pollstats.matchers`) look around them for ``%``, ``percent``, ``points``...

Two scans, each anchored on something rare enough to be fast: a digit followed by a possessive
run of digits and separators, and a whole-word alternation of number words built from the tables
below. Digit runs are parsed in Python after a length check, so no pattern can backtrack on
``9`` × n and ``int()``/``float()`` never see more than 32 digits.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterator, Sequence
from typing import Final, Literal

import attrs
import regex

__all__ = ["DASHES", "HYPHENS", "MAX_DIGITS", "NumberToken", "fold_case", "iter_tokens", "tokens"]

#: Numbers with more digits than this are not values (no survey reports them).
MAX_DIGITS: Final = 32

Form = Literal["digits", "words", "fraction", "multiplier"]

UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
TEENS: Final = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Denominators of fraction words ("two-thirds" -> 3).
DENOMINATORS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
#: Multiplier words and their ratio ("halved" -> 0.5).
MULTIPLIERS: Final = {
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "double": 2.0, "twice": 2.0,
    "tripled": 3.0, "triples": 3.0, "tripling": 3.0, "trebled": 3.0, "triple": 3.0,
    "quadrupled": 4.0, "quadrupling": 4.0, "halved": 0.5, "halving": 0.5,
}
NUMERATORS: Final = {"a": 1, "an": 1, **UNITS}


#: Characters that join the parts of a compound number word as "-" does ("forty-five"): the
#: hyphen, the typographic hyphen U+2010, the non-breaking hyphen U+2011 and the soft hyphen
#: U+00AD (a regex character class body).
HYPHENS: Final = "\\-\u2010\u2011\u00ad"
#: Characters that join the two ends of a digit range as "-" does ("45-50%"): the hyphens, the
#: figure dash, en and em dashes, the minus sign U+2212, the small and full-width hyphen-minus
#: (a regex character class body).
DASHES: Final = HYPHENS + "\u2012\u2013\u2014\u2212\ufe58\ufe63\uff0d"
#: Between the parts of a compound number word: a space, or a hyphen, perhaps with a line
#: break after it ("Sixty-" at the end of one line, "five percent" on the next; CRLF too).
_JOIN = rf"(?:[{HYPHENS}](?:[ \t]{{0,4}}\r?\n[ \t]{{0,4}})?|\s)"


def _alt(words: dict[str, int] | dict[str, float]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_UNITS = _alt(UNITS)
_TEENS = _alt(TEENS)
_TENS = _alt(TENS)
_NONZERO = _alt({k: v for k, v in UNITS.items() if v})
_BELOW_100 = rf"(?:(?:{_TENS})(?:{_JOIN}(?:{_NONZERO}))?|{_TEENS}|{_UNITS})"

_WORDS = regex.compile(
    rf"""
    (?:(?<![\w{HYPHENS}])|(?<=\w-(?:in|of|every|to)-))  # whole word ("one-off" is not
                                                 # one), but "one-in-five", "1-in-4" and
                                                 # "two-to-one" are
    (?:
        (?P<fraction>
            (?:(?P<num>{_alt(NUMERATORS)})(?:[{HYPHENS}\s]{{1,3}}|{_JOIN})
               (?P<den>{_alt(DENOMINATORS)}))    # "two-thirds", "a quarter", "one fifth"
          | (?P<half>half)                       # bare "half"
        )
      | (?P<fold>(?P<fnum>{_alt(UNITS)}|ten)[-\s]?fold)    # "twofold", "two-fold"
      | (?P<mult>{_alt(MULTIPLIERS)})            # "doubled", "halved", "twice"
      | (?P<words>
            (?:(?P<hmul>a|one|{_UNITS})\s+hundred
               (?:\s+(?:and\s+)?(?P<hrest>{_BELOW_100}))?)   # "one hundred", "a hundred and five"
          | (?P<whole>{_BELOW_100})                 # "twenty-two"
            (?:\s+and\s+a\s+(?P<andhalf>half))?     # "one and a half"
        )
    )
    (?:(?![\w{HYPHENS}])|(?=-(?:in|out-of|to)-\w)  # not "third-party"; "one-in-five" is,
       |(?=-(?:point|percentage|percent|per-cent|fold)\b))  # and "a one-point gain"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_DIGIT_RUN = regex.compile(
    r"""
    (?:(?<![\w.,])         # not inside a word or another number ("A1", "3.5.1"),
      | (?<=[%\u066a\uff05\ufe6a],))  # but after a percent and a comma: "12%,13%,14%"
    (?:\.(?=[0-9]))?       # a decimal without its leading zero: ".5%"
    [0-9][0-9,.]*+         # a possessive run: cannot backtrack, checked in Python below
    """,
    regex.VERBOSE,
)

_DIGIT_NUMBER = regex.compile(
    r"""
    (?P<int>[0-9]{1,3}(?:,[0-9]{3})++     # 1,600  12,345,678
          | [0-9]{1,2}(?:,[0-9]{2}){1,6},[0-9]{3}  # 2,41,860  1,20,00,000 (Indian grouping)
          | [0-9]{1,32}+)                 # 1600   3
    (?:\.(?P<frac>[0-9]{1,32}+))?         # .5
    """,
    regex.VERBOSE,
)
#: A decimal comma before a percent ("23,5 %", "12,5 per cent"): European
#: copy in English; a thousands separator always has three digits after it.
_DECIMAL_COMMA = regex.compile(
    r"(?P<int>[0-9]{1,3}),(?P<frac>[0-9]{1,2})"
    r"(?=[\s\u00a0\u202f]?(?:%|(?i:percent|per[ -]?cent|pct|p\.c\.)(?!\w)))"
)
#: A sign right before a figure (after a space or a bracket): the hyphen-minus, the minus sign
#: U+2212 and the en dash typesetters use for it ("–0.3 per cent"); "9–14%" is a range (a digit
#: before the dash), " – 47 per cent – " an aside (a space after it).
_SIGN_BEFORE = frozenset("-\u2212\u2013+")
#: Scientific notation is not a survey figure: neither the exponent of "1E-5", "2.5e+3",
#: "10^2", "10**2" nor its mantissa is a number of its own (no "5%" read from "1E-5%").
_EXPONENT_BEFORE = regex.compile(r"(?r)(?:[0-9][eE][-+\u2212]?|\^[-+\u2212]?|\*\*[-+\u2212]?)\Z")
_EXPONENT_AFTER = regex.compile(r"[eE][-+\u2212]?[0-9]|\^|\*\*[-+\u2212]?[0-9]")
#: A number glued to digits, letters or separators across invisible characters (zero-width
#: spaces, bidi marks, soft hyphens, combining marks, control characters other than
#: whitespace, such as the NULs of UTF-16 read as UTF-8): "2\u200b7" reads as 27 and
#: "1,\u200b600" as 1,600, so neither "7" nor "600" is a number of its own. Bounded, so a
#: flood of them stays linear.
_INVISIBLE = r"[\p{Cf}\p{M}\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
_DIGIT = r"[\p{Nd}\p{Numeric_Type=Digit}]"  # any digit: "7", "٧", "²", "①"
_GLUED_BEFORE = regex.compile(rf"(?r)(?:[\w.,]|{_DIGIT}){_INVISIBLE}{{1,16}}+\Z")
_GLUED_AFTER = regex.compile(
    rf"(?:[.,]?+{_INVISIBLE}{{1,16}}+|{_INVISIBLE}{{1,16}}+[.,]{_INVISIBLE}{{0,16}}+){_DIGIT}"
    # "2\u200b7", "2\u202e,5", "50\u200b,\x0050"
)
#: Printable ASCII other than separators: a neighbour that cannot glue (skips the patterns).
_PLAIN = frozenset(map(chr, range(0x20, 0x7F))) - frozenset(".,")
#: Characters before a digit run that cannot end an exponent marker (skips the pattern).
_PLAIN_BEFORE_EXPONENT = _PLAIN - frozenset("eE^*-+")
#: Letters that a case-insensitive match equates with an ASCII letter of a number word
#: ("ſix" matches "six"); folded so the word tables see the ASCII spelling.
_FOLD: Final = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})
_FOLD_PAIRS: Final = (("\u0130", "i"), ("\u017f", "s"), ("\u212a", "k"))


def fold_case(word: str) -> str:
    """Lower-case ``word`` as the case-insensitive patterns compare it (``ſIX`` -> ``six``)."""
    return fold_letters(word).lower()


def fold_letters(chunk: str) -> str:
    """``chunk`` with the letters of :data:`_FOLD` replaced by their ASCII ones; the same as
    ``chunk.translate(_FOLD)``, which is slow (per character) on text that is not ASCII."""
    if not chunk.isascii():
        for ch, to in _FOLD_PAIRS:
            if ch in chunk:
                chunk = chunk.replace(ch, to)
    return chunk


@attrs.frozen
class NumberToken:
    """One number as written in the text, with its span and value.

    ``value`` is the number for digits and words, the share in percent for fractions
    (``two-thirds`` -> 66.667) and the multiplier for multiplier words (``halved`` -> 0.5).
    """

    start: int
    end: int
    text: str
    value: float
    form: Form
    integer: bool = True
    signed: bool = False


def _digits_value(run: str) -> tuple[float, bool] | None:
    """Value of a digit run such as ``1,600`` or ``3.5``; None if it is not one number."""
    if len(run) <= MAX_DIGITS and run.isdigit():  # plain "27" (the run is ASCII): no pattern
        return float(int(run)), True
    m = _DIGIT_NUMBER.fullmatch(run)
    if m is None:
        return None
    int_part = m["int"].replace(",", "")
    frac = m["frac"]
    if len(int_part) + len(frac or "") > MAX_DIGITS:
        return None
    if frac is None:
        return float(int(int_part)), True
    return float(f"{int_part}.{frac}"), False


#: A fraction of a unit written with a slash, perhaps after a whole number: "2 1/2 percent",
#: "2-1/2 per cent", "3/4 of a point", "1/2%" (the old wire style). Only a proper fraction
#: with a small denominator before a unit: "46/43 per cent" is a split.
_SLASH_FRACTION = regex.compile(
    r"""(?:(?P<whole>[0-9]{1,3})[ \u00a0-])?(?P<num>[0-9]{1,2})/(?P<den>[0-9]{1,2})
    (?=[ \u00a0]?(?:%|percent|per[ -]?cent|pct|percentage|points?(?!\w)
                    |of[ ]an?[ ](?:percentage[ ])?point))""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _slash_fraction(text: str, start: int) -> NumberToken | None:
    m = _SLASH_FRACTION.match(text, start, start + 40)
    if m is None:
        return None
    num, den = int(m["num"]), int(m["den"])
    if not 0 < num < den <= 16:
        return None
    value = (int(m["whole"]) if m["whole"] else 0) + num / den
    return NumberToken(start, m.end(), m[0], value, "digits", False, False)


#: Indian number words after digits: "1.1 lakh respondents" (110,000), "2 crore" (20 million).
_SCALES: Final = {"lakh": 100_000.0, "crore": 10_000_000.0}
_SCALE_AFTER = regex.compile(r"[ \u00a0](?P<scale>lakhs?|crores?)(?![\w\-])", regex.IGNORECASE)


def _glued_left(text: str, start: int) -> bool:
    """Whether a digit run at ``start`` goes on a number to its left: a digit of another
    script ("²1/5%") or a number split by invisible characters."""
    return bool(start) and (text[start - 1].isdigit() or (
        text[start - 1] not in _PLAIN
        and _GLUED_BEFORE.search(text, max(0, start - 17), start) is not None))


def _digit_tokens(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[NumberToken]:
    skip = -1
    for m in _DIGIT_RUN.finditer(text, pos, len(text) if endpos is None else endpos):
        start, end = m.span()
        if start < skip:
            continue  # inside a slash fraction read whole
        if "/" in text[end:end + 4] and not _glued_left(text, start):
            whole = _slash_fraction(text, start)
            if whole is not None:
                skip = whole.end
                yield whole
                continue
        run = m[0].rstrip(".,")
        end = start + len(run)
        if _glued_left(text, start) or (end < len(text) and (text[end].isdigit() or (
                text[end] not in _PLAIN and _GLUED_AFTER.match(text, end, end + 20)))):
            continue  # glued to a digit of another script ("²5", "5٧") or part of a longer
            # number split by invisible characters: not a number we can read
        if (start and text[start - 1] not in _PLAIN_BEFORE_EXPONENT
                and _EXPONENT_BEFORE.search(text, max(0, start - 4), start)) or (
            end < len(text) and text[end] in "eE^*" and _EXPONENT_AFTER.match(text, end, end + 4)
        ):
            continue  # "1E-5", "10^2": scientific notation
        dc = _DECIMAL_COMMA.match(text, start, start + 24) if "," in run else None
        if dc is not None and dc.end() >= end:
            value: float = float(f"{dc['int']}.{dc['frac']}")
            integer = False
            end = dc.end()
        else:
            parsed = _digits_value("0" + run if run[0] == "." else run)
            if parsed is None:
                continue
            value, integer = parsed
        scale = _SCALE_AFTER.match(text, end, end + 12) if end < len(text) else None
        if scale is not None:
            value = round(value * _SCALES[scale["scale"].lower().rstrip("s")], 6)
            integer = value.is_integer()
            end = scale.end()
        signed = False
        if start > 0 and text[start - 1] == "±" and value == 0 and (
            start == 1 or text[start - 2] in " \t\n(\u00a0[:"
        ):
            signed = True  # "(±0)", "LD ±0": no change, told with a sign
            start -= 1
        elif start > 0 and text[start - 1] in _SIGN_BEFORE and (
            start == 1 or text[start - 2] in " \t\n(\u00a0[:"
        ):
            signed = True
            if text[start - 1] != "+":
                value = -value
            start -= 1
        yield NumberToken(start, end, text[start:end], value, "digits", integer, signed)


def _words_value(m: regex.Match[str]) -> tuple[float, Form, bool]:
    if m["fraction"] is not None:
        if m["half"] is not None:
            return 50.0, "fraction", False
        num = NUMERATORS[fold_case(m["num"])]
        den = DENOMINATORS[fold_case(m["den"])]
        return round(100.0 * num / den, 3), "fraction", False
    if m["fold"] is not None:
        fnum = fold_case(m["fnum"])
        return float(UNITS.get(fnum, 10)), "multiplier", True
    if m["mult"] is not None:
        return MULTIPLIERS[fold_case(m["mult"])], "multiplier", True
    if m["hmul"] is not None:
        hmul = fold_case(m["hmul"])
        mul = 1 if hmul in ("a", "one") else UNITS[hmul]
        rest = _below_100(m["hrest"]) if m["hrest"] else 0
        return float(mul * 100 + rest), "words", True
    value = float(_below_100(m["whole"]))
    if m["andhalf"]:
        return value + 0.5, "words", False
    return value, "words", True


_WORD_SEP = regex.compile(rf"[{HYPHENS}\s]+")


def _below_100(words: str) -> int:
    parts = _WORD_SEP.split(fold_case(words))
    total = 0
    for p in parts:
        total += UNITS.get(p) or TEENS.get(p) or TENS.get(p) or 0
    return total


#: Where a number word may start, on an ASCII lower-case copy with every character other than
#: a letter turned into a space (one byte per character): a cheap pass in C that leaves the
#: full pattern above to run only at these places.
_ALPHA: Final = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
_DENOMS = "|".join(sorted(DENOMINATORS, key=lambda w: (-len(w), w)))
_WORD_START: Final = stdlib_re.compile(
    rf"""\ (?=
        (?:{_alt(UNITS)}|{_alt(TEENS)}|{_alt(TENS)}|half|{_alt(MULTIPLIERS)})
      | an?\ {{1,3}}(?:{_DENOMS}|hundred)
    )""".encode(),
    stdlib_re.VERBOSE,
)


def _word_tokens(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[NumberToken]:
    end = len(text) if endpos is None else endpos
    chunk = b" " + fold_letters(text[pos:end]).encode("ascii", "replace").lower()
    last = pos
    for c in _WORD_START.finditer(chunk.translate(_ALPHA)):
        start = pos + c.start()  # chunk offset + 1 (the word after the space) - 1
        if start < last:
            continue  # inside the previous token ("two-thirds", "twenty-two")
        m = _WORDS.match(text, start, end)
        if m is not None:
            last = m.end()
            value, form, integer = _words_value(m)
            yield NumberToken(m.start(), m.end(), m[0], value, form, integer)


def iter_tokens(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[NumberToken]:
    """Yield every number token of ``text`` (or of ``text[pos:endpos]``, read in the context
    of the whole text) in text order, digits and words merged."""
    digits = _digit_tokens(text, pos, endpos)
    words = _word_tokens(text, pos, endpos)
    d = next(digits, None)
    w = next(words, None)
    while d is not None or w is not None:
        if w is None or (d is not None and d.start <= w.start):
            assert d is not None
            yield d
            d = next(digits, None)
        else:
            yield w
            w = next(words, None)


def tokens(text: str, spans: Sequence[tuple[int, int]] | None = None) -> tuple[NumberToken, ...]:
    """All number tokens of ``text``, in text order; only those inside ``spans`` (sorted,
    disjoint ``(start, end)`` windows such as :func:`pollstats.anchors.regions` gives) when
    given."""
    if spans is None:
        return tuple(iter_tokens(text))
    return tuple(tok for lo, hi in spans for tok in iter_tokens(text, lo, hi))
