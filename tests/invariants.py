"""Invariants every output of ``pollstats.extract`` must satisfy, on any ``str``.

Used by the adversarial tests, the property tests and the atheris harness (``fuzz/``). The
checker is an independent oracle: it does not import pollstats' tokenizer; it re-reads each
reported span with its own small tables and accepts a value only if the span spells it.

>>> [r["text"] for r in check_all("Two-thirds (66%) of voters agreed.")]
['Two-thirds', '66%']
>>> spelled_values("one in five") >= {1.0, 5.0, 20.0}
True
>>> 2.0 in spelled_values("½%")       # NFKC would turn this into 1⁄2; the checker does not
False
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import pollstats

__all__ = [
    "PIECES",
    "InvariantError",
    "check_all",
    "check_records",
    "has_number",
    "shift_records",
    "spelled_values",
]

Record = dict[str, Any]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
MULTIPLIERS = {
    "double": 2.0, "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "twice": 2.0,
    "triple": 3.0, "tripled": 3.0, "triples": 3.0, "tripling": 3.0, "treble": 3.0,
    "trebled": 3.0, "quadruple": 4.0, "quadrupled": 4.0, "quadrupling": 4.0, "halve": 0.5,
    "halved": 0.5, "halving": 0.5,
}
ARTICLES = {"a": 1, "an": 1}
#: Longest digit string whose value the checker accepts (pollstats reads at most 32).
MAX_DIGITS = 40


class InvariantError(AssertionError):
    """An output of pollstats that breaks one of the invariants."""


def fold(word: str) -> str:
    """Case-fold a word the way a case-insensitive match sees it (``ſix`` = ``six``, ``İ`` = i)."""
    return word.replace("\u0130", "i").casefold()


def _is_number_word(w: str) -> bool:
    return (
        w in UNITS or w in TENS or w in SCALES or w in DENOMINATORS or w in MULTIPLIERS
        or (w.endswith("fold") and (w[:-4] in UNITS or w[:-4] in TENS))
    )


def _words(text: str) -> list[str]:
    """Runs of letters (no digits, no underscore), folded."""
    out: list[str] = []
    cur: list[str] = []
    for c in text:
        if c.isalpha():
            cur.append(c)
        elif cur:
            out.append(fold("".join(cur)))
            cur = []
    if cur:
        out.append(fold("".join(cur)))
    return out


def has_number(text: str) -> bool:
    """Whether ``text`` has a decimal digit of any script or an English number word."""
    if any(c.isdecimal() for c in text):
        return True
    return any(_is_number_word(w) for w in _words(text))


def _digit_runs(span: str) -> Iterator[str]:
    """ASCII renderings of the numbers written in digits in ``span``.

    A run is a maximal sequence of digit characters and ``.``/``,``. A run that mixes scripts
    or holds a digit that is not a decimal digit (``²``, ``①``) spells no number at all.
    """
    i, n = 0, len(span)
    while i < n:
        if not span[i].isdigit():
            i += 1
            continue
        j = i
        while j < n and (span[j].isdigit() or span[j] in ".,"):
            j += 1
        run = span[i:j].rstrip(".,")
        if i and span[i - 1] == "." and (i < 2 or not span[i - 2].isalnum()):
            run = "0." + run if "." not in run else run  # ".5%": a decimal without its zero
        i = j
        zeros = {ord(c) - unicodedata.decimal(c) for c in run if c.isdecimal()}
        if len(zeros) != 1 or any(c.isdigit() and not c.isdecimal() for c in run):
            continue
        yield "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in run)


def _run_values(run: str) -> set[float]:
    """The values a digit run may spell: ``1,600`` -> 1600 (and 1, 600); ``52,5`` -> 52.5."""
    vals: set[float] = set()

    def add(s: str) -> None:
        digits = s.replace(".", "")
        if s and digits.isdigit() and len(digits) <= MAX_DIGITS and s.count(".") <= 1:
            vals.add(float(s))

    groups = run.split(",")
    if all(len(g.split(".")[0]) == 3 for g in groups[1:]) and "." not in "".join(groups[:-1]):
        add(run.replace(",", ""))  # 1,600 / 12,345.5
    if (len(groups) >= 3 and len(groups[-1].split(".")[0]) == 3
            and all(len(g) == 2 for g in groups[1:-1]) and "." not in "".join(groups[:-1])):
        add(run.replace(",", ""))  # Indian grouping: 52,51,600 (lakh and crore)
    if run.count(",") == 1 and "." not in run:
        add(run.replace(",", "."))  # decimal comma: 52,5
    for g in groups:
        add(g)  # a list: 5,6,7
        for p in g.split("."):
            add(p)
    return vals


def _word_values(span: str) -> set[float]:
    """Values spelled by number words: cardinals, fractions (in percent), multipliers."""
    words = _words(span)
    vals: set[float] = set()
    for i, w in enumerate(words):
        if w in MULTIPLIERS:
            vals.add(MULTIPLIERS[w])
        if w.endswith("fold") and w[:-4] in {**UNITS, **TENS}:
            vals.add(float({**UNITS, **TENS}[w[:-4]]))
        if w in DENOMINATORS:
            den = DENOMINATORS[w]
            nums = {1}
            if i > 0 and words[i - 1] in {**UNITS, **ARTICLES}:
                nums.add({**UNITS, **ARTICLES}[words[i - 1]])
            for k in nums:
                vals.add(round(100.0 * k / den, 3))  # two-thirds of voters: 66.667%
                vals.add(k / den)  # a quarter point: 0.25 points
            if w == "half":
                vals.update((0.5, 50.0))
    # cardinals: every run of up to 6 consecutive number words, read left to right
    for i in range(len(words)):
        total, cur, seen = 0, 0, False
        for w in words[i : i + 6]:
            if w in UNITS:
                cur += UNITS[w]
            elif w in TENS:
                cur += TENS[w]
            elif w in SCALES:
                if w == "hundred":
                    cur = max(cur, 1) * 100
                else:
                    total += max(cur, 1) * SCALES[w]
                    cur = 0
            elif w in ARTICLES or w == "and":
                if not seen:
                    cur = 1 if w in ARTICLES else cur
                continue
            elif w in DENOMINATORS and w.startswith("half"):
                vals.add(total + cur + 0.5)  # one and a half
                break
            else:
                break
            seen = True
            vals.add(float(total + cur))
    return vals


@functools.lru_cache(maxsize=1 << 16)
def spelled_values(span: str) -> frozenset[float]:
    """Every value a correct reader could derive from the digits and number words of ``span``:
    the numbers themselves, their negatives, and ratios ``100 * a / b`` (``one in five``)."""
    base: set[float] = set(_word_values(span))
    for run in _digit_runs(span):
        base.update(_run_values(run))
    capped = sorted(base)[:64]
    derived = set(base)
    derived.update(v / 100 for v in base)  # "a half percent": half of one percent
    for a in capped:
        for b in capped:
            if b:
                derived.add(round(100.0 * a / b, 3))
                if len(capped) <= 8:  # "2 1/2 percent": a whole number and a fraction
                    derived.add(a / b)
                    derived.update(w + a / b for w in capped)
    derived.update([-v for v in derived])
    return frozenset(derived)


def _spelled(value: float, span: str) -> bool:
    return any(math.isclose(value, v, rel_tol=1e-9, abs_tol=6e-4) for v in spelled_values(span))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_span(text: str, obj: Record, where: str, unit: object) -> None:
    start, end = obj["start"], obj["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise InvariantError(f"{where}: span {start}..{end} out of bounds 0..{len(text)}")
    # a lone surrogate of the input is U+FFFD in records (one for one: offsets stay valid)
    if "text" in obj and _SURROGATE.sub("\ufffd", text[start:end]) != obj["text"]:
        raise InvariantError(f"{where}: text {obj['text']!r} != span {text[start:end]!r}")
    span = text[start:end]
    for field in ("low", "high"):
        value = obj.get(field)
        if isinstance(value, float | int) and not _spelled(float(value), span):
            raise InvariantError(f"{where}: {field}={value} is not spelled by {span!r}")
    if "low" in obj and unit == "percent" and ("‰" in span or "‱" in span):
        raise InvariantError(f"{where}: per mille read as percent in {span!r}")
    _check_whole_number(text, start, end, where)


_INVISIBLE = frozenset(("Cf", "Mn", "Me", "Mc"))


def _invisible(c: str) -> bool:
    """Format characters, combining marks and control characters other than whitespace."""
    cat = unicodedata.category(c)
    return cat in _INVISIBLE or (cat == "Cc" and not c.isspace())


def _visible(text: str, i: int, step: int) -> int:
    """Index of the first visible character from ``i`` in direction ``step`` (may be out of
    range): skips at most 16 invisible characters (zero-width, bidi, marks, NUL...)."""
    k = 0
    while 0 <= i < len(text) and k < 16 and _invisible(text[i]):
        i += step
        k += 1
    return i


def _digit_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isdigit()


def _check_whole_number(text: str, start: int, end: int, where: str) -> None:
    """A span that begins or ends with a digit does not cut a number in two, even across
    zero-width, bidi or combining characters (``2\u200b7%`` is not ``7%``, ``1,\u200b600``
    is not ``600``)."""
    if start < end and text[start].isdigit():
        i = _visible(text, start - 1, -1)
        hidden = i != start - 1
        if _digit_at(text, i) or (
            hidden and i >= 0 and text[i] in ".," and _digit_at(text, _visible(text, i - 1, -1))
        ):
            raise InvariantError(f"{where}: span {text[start:end]!r} cuts a number on the left")
    if start < end and text[end - 1].isdigit():
        i = _visible(text, end, 1)
        hidden = i != end
        if _digit_at(text, i) or (
            hidden and i < len(text) and text[i] in ".," and _digit_at(text, _visible(text, i + 1, 1))
        ):
            raise InvariantError(f"{where}: span {text[start:end]!r} cuts a number on the right")


def _walk(obj: Any, where: str, unit: object = None) -> Iterator[tuple[Record, str, object]]:
    """Every dict inside a record (the record itself, ``from``/``to`` of comparisons...) with
    the unit in force there (a comparison's ends have the comparison's unit)."""
    if isinstance(obj, dict):
        unit = obj.get("unit", unit)
        yield obj, where, unit
        for k, v in obj.items():
            yield from _walk(v, f"{where}.{k}", unit)
    elif isinstance(obj, list | tuple):
        for i, v in enumerate(obj):
            yield from _walk(v, f"{where}[{i}]", unit)


def _as_checked(rec: Record) -> Record:
    """A derived comparison's earlier end is computed, not read: its span is the stated change
    ("climbed 4 points to 46%": 42 from "4 points"), so what its span must spell is the change,
    the later end's value less the earlier one's."""
    f, t = rec.get("from"), rec.get("to")
    if rec.get("form") != "derived" or not (isinstance(f, dict) and isinstance(t, dict)):
        return rec
    f = dict(f)
    for field in ("low", "high"):
        a, b = f.get(field), t.get(field)
        if isinstance(a, float | int) and isinstance(b, float | int):
            f[field] = abs(float(b) - float(a))
    f["low"], f["high"] = sorted((f.get("low", 0.0), f.get("high", 0.0)))
    return {**rec, "from": f}


def check_records(text: str, records: list[Record]) -> None:
    """Raise :class:`InvariantError` unless ``records`` are well-formed for ``text``."""
    if records and not has_number(text):
        raise InvariantError(f"{len(records)} record(s) from a text without numbers")
    for n, rec in enumerate(records):
        try:  # JSON Lines of any record encode as UTF-8 (no lone surrogate in any field)
            json.dumps(rec, ensure_ascii=False).encode("utf-8")
        except (UnicodeEncodeError, TypeError, ValueError) as e:
            raise InvariantError(f"record {n} is not JSON encodable as UTF-8: {e}") from e
        for obj, where, unit in _walk(_as_checked(rec), f"record {n}"):
            if isinstance(obj.get("start"), int) or isinstance(obj.get("end"), int):
                _check_span(text, obj, where, unit)
            for key, value in obj.items():
                if key.endswith("_start") and value is not None:
                    other = obj.get(key[: -len("start")] + "end")
                    if not (isinstance(value, int) and isinstance(other, int)
                            and 0 <= value <= other <= len(text)):
                        raise InvariantError(f"{where}.{key}: cue span {value}..{other} bad")
            low, high = obj.get("low"), obj.get("high")
            if isinstance(low, float) and isinstance(high, float) and not low <= high:
                raise InvariantError(f"{where}: low {low} > high {high}")


def shift_records(records: list[Record], k: int) -> list[Record]:
    """``records`` with every offset (``start``, ``end``, ``*_start``, ``*_end``) moved by k."""

    def shift(obj: Any, key: str = "") -> Any:
        if isinstance(obj, dict):
            return {kk: shift(v, kk) for kk, v in obj.items()}
        if isinstance(obj, list):
            return [shift(v) for v in obj]
        if isinstance(obj, int) and not isinstance(obj, bool) and (
            key in ("start", "end") or key.endswith(("_start", "_end"))
        ):
            return obj + k
        return obj

    out: list[Record] = shift(records)
    return out


#: Building blocks of structured fuzz inputs: numbers, units, cue words, odd characters.
PIECES: tuple[str, ...] = (
    "0", "1", "2", "5", "9", "10", "27", "45", "100", "1,600", "3.5", "52,5", "2024", "1800",
    "%", " %", "\u00a0%", "٪", "％", "‰", "‱", " percent", " per cent", " pct", " points",
    " percentage points", " pp", " times", "-fold", "fold", " in ", " out of ", " of ",
    "one", "two", "five", "ten", "twenty-two", "hundred", "a", "an", "and", "half", "a third",
    "two-thirds", "quarter", "doubled", "halved", "twice", "triple",
    " ", "  ", "\n", "\n\n", "\t", "-", "–", "—", "−", "+", "±", "+/-", "/", ",", ".", ";", "(",
    ")", "[", "]", "=", "n=", "?", "://", "www.", "%20", "%25",
    "about ", "nearly ", "more than ", "up to ", "under ", "between ", "from ", " to ",
    "up ", "down ", "fell ", "rose ", "a drop", " increase", " higher", "net ", "minus ",
    "margin of error", "sample of ", " adults", " respondents", " voters", " surveyed",
    " people", "poll", "survey", "Levada Center", "according to ", "in October 2024",
    "\u200b", "\u200e", "\u202e", "\u2066", "\u00ad", "\u0301", "\ufe0f", "\x00", "\ud800",
    "½", "①", "²", "٣", "७", "２", "𝟗", "İ", "ſ", "K", "ß",
)

#: An unrelated paragraph: no digits, number words, pollsters, survey or time words.
PREFIX = "The committee met by the river on a quiet morning. Nobody said much.\n\n"


def check_all(
    text: str,
    extract: Callable[[str], list[Record]] | None = None,
    *,
    rerun: bool = True,
) -> list[Record]:
    """Run every single-process invariant on ``text``; return its records.

    Never raises for a ``str`` (any exception is re-raised as :class:`InvariantError` with
    its type), spans and values hold; with ``rerun``, also: a second run gives the
    same records and prefixing an unrelated paragraph only shifts spans (of the records
    with the headline's figures kept: after the prefix, the text's first line is no longer
    the first line, so no headline of the text's own is left out).
    """
    run = extract or (lambda t: pollstats.extract(t).records())
    whole = extract or (lambda t: pollstats.extract(t, headline_stats=True).records())
    try:
        records = run(text)
    except Exception as e:  # the invariant: nothing escapes extract for a str
        raise InvariantError(f"extract raised {type(e).__name__}: {e}") from e
    check_records(text, records)
    if not rerun:
        return records
    if run(text) != records:
        raise InvariantError("second run gave different records")
    shifted = run(PREFIX + text)
    if shifted != shift_records(whole(text), len(PREFIX)):
        raise InvariantError("prefixing an unrelated paragraph changed more than offsets")
    return records
