"""Group keys: the words of a subgroup as comparable dimensions.

``group_key("GOP voters") == group_key("Republican voters") == "party=Republican"``;
``group_key("women aged 18 to 29") == group_key("18-29-year-old women")
== "age=18-29; gender=female"``.

A key lists ``dimension=value`` pairs joined by ``"; "`` in the fixed order of
:data:`DIMENSIONS` (age, generation, gender, party, vote, designation, ideology, education,
race, religion, income, grade, employment, sector, housing, family, region, country, other);
several values of one dimension are sorted and joined by ``/`` (``gender=female/male``). The
words come from ``data/groups.txt``; ages, incomes and ``voted X`` are read by the patterns below:

* age: ``18-29``, ``18 to 29``, ``between 18 and 29``, ``18-to-29-year-olds`` -> ``18-29``;
  ``65 and over``, ``65+``, ``over-65s``, ``over 65`` -> ``65+``; ``under 30``, ``under-30s``
  -> ``<30``; ``29 and under`` -> ``<30``; ``in their 20s`` -> ``20-29``; ``aged 55`` -> ``55``;
  words: ``young``, ``older``; a birth cohort is ``generation=`` (``Gen Zers``, ``millennials``,
  ``the Silent Generation``);
* income: ``earning under $30,000`` -> ``<$30000``; ``$50k to $100k`` -> ``$50000-$100000``;
  words: ``low-income`` -> ``low`` ...;
* vote: ``those who voted Conservative``, ``2019 Conservative voters`` -> ``vote=Conservative``
  (a party's voters are ``party=``, how people voted is ``vote=``: ``Leave voters``, ``Trump
  voters``, a party's voters of a past election);
* grade: social grades ``ABC1``, ``C2DE``, ``class D`` -> ``grade=``; designation: ``Nationalists``,
  ``Unionists`` -> ``designation=``.

Words that name no dimension leave a place named in capitals as ``region`` (``Rift Valley``)
and anything else as ``other`` (``those who rely on radio for news`` ->
``other=rely on radio for news``); a phrase of only generic words has no key (None).
"""

from __future__ import annotations

import functools
import itertools
from typing import Final

import attrs
import regex

from ._data import table, words
from .groupwords import COUNTRY_NAMES
from .model import Cue

__all__ = ["DIMENSIONS", "GENERATION_WORDS", "LONGEST", "PARTY_WORDS", "Group", "group_key"]

_FILE = "groups.txt"
#: The longest words (characters) read as a group: group phrases are short.
LONGEST: Final = 300
_F = regex.VERBOSE | regex.IGNORECASE

#: The dimensions of a key, in the order a key lists them.
DIMENSIONS: Final = words(_FILE, "dimensions")
#: The region names the [region] section maps place words to.
REGION_VALUES: Final = tuple(v for _, v in table(_FILE)["region"])
#: The same values in lower case, for membership tests of a written place.
REGION_NAMES: Final = frozenset(v.lower() for v in REGION_VALUES)
#: The [region] section's (words, value) rows.
REGION_ENTRIES: Final = table(_FILE)["region"]
#: The words of the party table ("labour", "gop"): a party is never a pollster (sources).
PARTY_WORDS: Final = words(_FILE, "party")
#: The names of birth cohorts ("gen z", "silent generation"): people, for the group rules.
GENERATION_WORDS: Final = words(_FILE, "generation")
_ORDER: Final = {d: i for i, d in enumerate(DIMENSIONS)}

Values = tuple[tuple[str, str], ...]  # ((dimension, value), ...)


_SEPARATORS = regex.compile(r"[\s\-]+")


def _norm(phrase: str) -> str:
    return " ".join(_SEPARATORS.split(phrase.lower().strip()))


@functools.cache
def _lexicon() -> dict[str, Values]:
    """Normalized words -> what they stand for (empty for generic words)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, value in COUNTRY_NAMES.items():
        out.setdefault(_norm(name), []).append(("country", value.removeprefix("the ")))
    for section, entries in table(_FILE).items():
        if section == "dimensions":
            continue
        dim = "country" if section == "demonym" else section
        for entry, value in entries:
            got = out.setdefault(_norm(entry), [])
            if section == "ignore":
                continue
            got[:] = [dv for dv in got if dv[0] != dim] + [(dim, value)]
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _demonyms() -> frozenset[str]:
    return frozenset(_norm(e) for e in words(_FILE, "demonym"))


def demonyms() -> frozenset[str]:
    """A country's people and adjectives as groups.txt [demonym] lists them ("swedish")."""
    return _demonyms()


@functools.cache
def _firsts() -> dict[str, int]:
    """The first word of every entry of several words -> the most words of such an entry."""
    out: dict[str, int] = {}
    for k in _lexicon():
        ws = k.split()
        out[ws[0]] = max(out.get(ws[0], 1), len(ws))
    return out


@functools.lru_cache(maxsize=8192)
def _lookup(matched: str) -> tuple[str, Values] | None:
    """The entry of words as written and what it stands for ("Tories" -> "tories",
    "renters" -> "renter", "voters." -> "voter"); None for words no table knows."""
    key = matched.lower()
    if " " in key or "-" in key:
        key = _norm(key)
    lex = _lexicon()
    for base in (key, key.rstrip("."), key.removesuffix("'s").removesuffix("’s")):
        plural = base[:-1] if base.endswith("s") else ""
        for cand in (base, plural, plural[:-1] if plural.endswith("e") else ""):
            if cand and cand in lex:
                return cand, lex[cand]
    return None


_TOKEN = regex.compile(r"[\w'’.&+/]+")
_JOIN = regex.compile(r"[\s\-]+")  # what may stand between the words of one entry


def _tokens(text: str) -> tuple[list[regex.Match[str]], list[bool]]:
    """The words of ``text`` and, for each, whether the next one may continue an entry."""
    toks = list(_TOKEN.finditer(text))
    joins = [_JOIN.fullmatch(text, a.end(), b.start()) is not None
             for a, b in itertools.pairwise(toks)] + [False]
    return toks, joins


def _entry_at(
    toks: list[regex.Match[str]], joins: list[bool], i: int
) -> tuple[int, str, Values] | None:
    """The longest entry that starts at word ``i``: (its number of words, entry, values)."""
    longest, n = _firsts().get(toks[i][0].lower(), 1), 1
    while n < longest and i + n < len(toks) and joins[i + n - 1]:
        n += 1
    for k in range(n, 0, -1):
        found = _lookup(" ".join(t[0] for t in toks[i : i + k]))
        if found is not None:
            return k, *found
    return None


# -- ages ----------------------------------------------------------------------------------------

_TENS: Final = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
_TENS_WORD = "(?:" + "|".join(_TENS) + ")"
_TENS_SEEN = regex.compile(_TENS_WORD, regex.IGNORECASE)  # an age in words, if any
_N = r"(?<![\d.,$£€])[0-9]{1,3}(?![\d,])"
_YEARS = r"(?:\s*-?\s*(?:years?|yrs?)(?:\s*-?\s*olds?|\s+of\s+age|\s+old)?|\s*-?\s*year-olds?)?"
_AGE = regex.compile(
    rf"""
    (?=[0-9]|(?<!\w)[iboauyl])          # a digit or a word that can start an age (fast path)
    (?:
      (?:in\s+their\s+)?(?P<dec>[1-9]0)['’]?s(?:\s+and\s+(?P<dec2>[1-9]0)['’]?s)?  # 20s and 30s
      (?!\w)
    | (?:in\s+their\s+)(?P<decw>{_TENS_WORD})                       # in their twenties
    | (?P<dec3>[1-9]0)\s*-?\s*somethings?                           # 30-somethings
    | (?:between\s+)(?P<a>{_N})\s*(?:-|and|to)\s*(?P<b>{_N}){_YEARS}  # between 18 and 24
    | (?P<c>{_N})\s*-?\s*(?:to\s*-?\s*)?(?P<d>{_N})s?{_YEARS}       # 18-24, 18- to 24-year-olds
    | (?P<plus>{_N}){_YEARS}\s*(?:-\s*)?
      (?:\+|plus|(?:and|or)\s+(?:over|older|above|up|more))         # 65+, 65 and over
    | (?:over|older\s+than|above)\s*-?\s*(?:the\s+age\s+of\s+)?
      (?:(?P<over>{_N})(?:['’]?s)?|(?P<overw>{_TENS_WORD}))        # over-65s, over-sixties
    | (?:under|younger\s+than|below|less\s+than)\s*-?\s*(?:the\s+age\s+of\s+)?
      (?:(?P<under>{_N})(?:['’]?s)?|(?P<underw>{_TENS_WORD}))      # under 30, under-thirties
    | (?P<upto>{_N}){_YEARS}\s+(?:and|or)\s+(?:under|younger|below)  # 29 and under
    | (?:aged?|ages)\s+(?P<one>{_N})                                  # aged 55
      (?!{_YEARS}\s*(?:[-+]|(?:to|and|or|plus)(?!\w)))
    )
    """,
    _F,
)


def _age_value(m: regex.Match[str]) -> str | None:
    if m["dec"]:
        return "/".join(f"{d}-{int(d) + 9}" for d in (m["dec"], m["dec2"]) if d)
    if m["decw"] or m["dec3"]:
        d = _TENS[m["decw"].lower()] if m["decw"] else int(m["dec3"])
        return f"{d}-{d + 9}"
    lo, hi = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
    if lo:
        return f"{int(lo)}-{int(hi)}" if int(lo) < int(hi) <= 120 else None
    if m["plus"] or m["over"]:
        return f"{int(m['plus'] or m['over'])}+"
    if m["overw"]:
        return f"{_TENS[m['overw'].lower()]}+"
    if m["under"] or m["underw"]:
        return f"<{int(m['under']) if m['under'] else _TENS[m['underw'].lower()]}"
    if m["upto"]:
        return f"<{int(m['upto']) + 1}"
    return str(int(m["one"]))


# -- incomes -------------------------------------------------------------------------------------

_MONEY = (r"(?P<{c}>[$£€])\s?(?P<{n}>[0-9][0-9,]*(?:\.[0-9]+)?)"
          r"\s*(?P<{k}>k|m|thousand|million)?(?!\w)")
_INCOME = regex.compile(
    rf"""
      (?P<cmp>under|less\s+than|below|up\s+to|over|more\s+than|above|at\s+least)\s+
      {_MONEY.format(c="cur", n="n", k="k")}
    | {_MONEY.format(c="cur1", n="n1", k="k1")}\s*(?:-|to)\s*
      {_MONEY.format(c="cur2", n="n2", k="k2")}
    | {_MONEY.format(c="cur3", n="n3", k="k3")}
    """,
    _F,
)
_SCALE: Final = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000}


def _money(cur: str, n: str, k: str | None) -> str:
    value = float(n.replace(",", "")) * _SCALE.get((k or "").lower(), 1)
    return f"{cur}{value:.0f}"


def _income_value(m: regex.Match[str]) -> str:
    if m["cmp"]:
        low = m["cmp"].split()[0].lower() in ("under", "less", "below", "up")
        return ("<" if low else ">") + _money(m["cur"], m["n"], m["k"])
    if m["cur1"]:
        return f"{_money(m['cur1'], m['n1'], m['k1'])}-{_money(m['cur2'], m['n2'], m['k2'])}"
    return _money(m["cur3"], m["n3"], m["k3"])


#: A socio-economic class by its letters: "class D", "Class ABC", "the AB class".
_CLASS = regex.compile(
    r"(?i:class(?:es)?)\s+(?P<a>[A-E]{1,3}[12]?)(?!\w)|(?<!\w)(?P<b>[A-E]{1,3}[12]?)\s+(?i:class)")
_VOTED = regex.compile(  # "those who voted Labour", "backed Remain", "voted for the Greens"
    r"(?<!\w)(?:voted|backed|supported)\s+(?:for\s+)?(?:the\s+)?", regex.IGNORECASE
)
#: An election year before a party's voters is how they voted then: "2019 Conservative voters",
#: "2024 Labour voters" (the party's word must follow: see :func:`_read_words`).
_PAST_YEAR = regex.compile(r"(?<![\w$£€.,])(?:19[5-9][0-9]|20[0-9]{2})\s+")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—−"} | {"’": "'"})
_WORD = regex.compile(r"[\w'.&]+")
_PEOPLE_ENDING = regex.compile(r"(?:ers|ors|ists|ans|ants|ents|ees|ics|ites)\Z")
#: An acronym's plural names people or things, never a place: "MPs", "CEOs", "NGOs".
_ACRONYM_PLURAL = regex.compile(r"\p{Lu}{2,}['’]?s")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _read_words(text: str) -> tuple[list[tuple[str, str]], str]:
    """(dimension, value) pairs of the table words in ``text``, and ``text`` with every
    matched word blanked (generic words too)."""
    found: list[tuple[str, str]] = []
    toks, joins = _tokens(text)
    starts = {t.start(): i for i, t in enumerate(toks)}
    votes = [(v.start(), v.end()) for v in _VOTED.finditer(text)]
    votes += [(y.start(), y.end()) for y in _PAST_YEAR.finditer(text)]
    for v_start, v_end in votes:  # how people voted: "those who voted Labour", "2019 Tories"
        at = starts.get(v_end)
        hit = _entry_at(toks, joins, at) if at is not None else None
        choice = [val for dim, val in hit[2] if dim in ("party", "vote")] if hit else []
        if at is not None and hit is not None and choice:
            found.append(("vote", choice[0]))
            text = _blank(text, v_start, toks[at + hit[0] - 1].end())
    toks, joins = _tokens(text)
    i = 0
    while i < len(toks):
        hit = _entry_at(toks, joins, i)
        if hit is None:
            i += 1
            continue
        n, entry, dims = hit
        if n > 1 and toks[i][0][:1].islower() and any(d == "party" for d, _ in dims):
            # "liberal Democrats" is an ideology and a party, "Liberal Democrats" one party
            first = _lookup(toks[i][0])
            if first is not None and any(d == "ideology" for d, _ in first[1]):
                n, (entry, dims) = 1, first
        if {"party", "ideology"} <= {d for d, _ in dims}:  # Liberal (party), liberal
            keep = "party" if toks[i][0][:1].isupper() else "ideology"
            dims = tuple((d, v) for d, v in dims if d == keep)
        found += [("demonym" if d == "country" and entry in _demonyms() else d, v)
                  for d, v in dims]
        text = _blank(text, toks[i].start(), toks[i + n - 1].end())
        i += n
    return found, text


def _render(found: list[tuple[str, str]]) -> str | None:
    if any(d != "demonym" for d, _ in found):
        found = [(d, v) for d, v in found if d != "demonym"]
    if any(d == "age" and (v[:1].isdigit() or v[:1] == "<") for d, v in found):
        # a stated age range says more than a word: "young people aged 18 to 35"
        found = [(d, v) for d, v in found
                 if d != "age" or v[:1].isdigit() or v[:1] == "<"]
    by: dict[str, set[str]] = {}
    for d, v in found:
        by.setdefault("country" if d == "demonym" else d, set()).add(v)
    if not by:
        return None
    return "; ".join(f"{d}={'/'.join(sorted(by[d]))}" for d in sorted(by, key=_ORDER.__getitem__))


def _generic_word(w: str) -> bool:
    found = _lookup(w)
    return found is not None and not found[1]


def _capital_place(text: str, rest: str) -> str | None:
    """A place written in capitals that the tables do not know whole: "Rift Valley", "Mt
    Kenya", "Madison and Dane County" (not people: "Hispanic Americans")."""
    content = [t for t in _WORD.finditer(text) if not _generic_word(t[0])]
    if not content or not all(t[0][:1].isupper() for t in content):
        return None
    if (_PEOPLE_ENDING.search(content[-1][0]) is not None
            or _ACRONYM_PLURAL.fullmatch(content[-1][0]) is not None):
        return None  # people: "Hispanic Americans", "MPs", "CFOs"
    if _WORD.search(text, content[-1].end()) is not None:
        return None  # people after it: "Disabled adults"
    if not any(w[:1].isupper() for w in _WORD.findall(rest)):
        return None  # every word of it is known: "British Columbia and Ontario"
    return " ".join(_WORD.findall(text, content[0].start(), content[-1].end()))


def _other(text: str, rest: str) -> list[tuple[str, str]]:
    """``other``: the words after the generic ones that open the phrase, lower case ("those
    who rely on radio for news" -> "rely on radio for news"); none when every word is
    generic (``rest`` is ``text`` with the generic words blanked)."""
    if not [w for w in _WORD.findall(rest) if w.strip(".")]:
        return []
    ws = [w for w in _WORD.findall(text) if w.strip(".")]
    while ws and _generic_word(ws[0]):
        ws.pop(0)
    return [("other", " ".join(ws).lower())] if ws else []


_PLACE_DIMS: Final = ("region", "country", "demonym")


@functools.lru_cache(maxsize=4096)
def group_key(words: str) -> str | None:
    """The key of a group's words: ``"women aged 18 to 29"`` -> ``"age=18-29; gender=female"``;
    None when the words name no group ("the rest") or are longer than any group phrase
    (more than :data:`LONGEST` characters)."""
    if len(words) > LONGEST:
        return None
    text = words.translate(_DASHES)
    found: list[tuple[str, str]] = []
    money = any(c in text for c in "$£€")
    for m in list(_INCOME.finditer(text)) if money else ():
        found.append(("income", _income_value(m)))
        text = _blank(text, m.start(), m.end())
    for m in list(_CLASS.finditer(text)):  # "class D", "the ABC class": grade=class ABC
        found.append(("grade", f"class {m['a'] or m['b']}"))
        text = _blank(text, m.start(), m.end())
    ages = any(c.isdigit() for c in text) or _TENS_SEEN.search(text) is not None
    for m in list(_AGE.finditer(text)) if ages else ():
        value = _age_value(m)
        if value is not None:
            found.append(("age", value))
            text = _blank(text, m.start(), m.end())
    table_found, rest = _read_words(text)
    found += table_found
    place = _capital_place(text, rest)
    if place is not None and all(d in _PLACE_DIMS for d, _ in found):
        found = [("region", place)]
    elif not found:
        found = _other(text, rest)
    return _render(found)


@attrs.frozen
class Group:
    """Whom a figure is about: the words as the text gives them (``words``, with their span)
    and their normalized ``key`` (``"age=18-29; gender=female"``, None for no known group)."""

    words: Cue
    key: str | None

    @classmethod
    def of(cls, words: Cue) -> Group:
        return cls(words, group_key(words.value))
