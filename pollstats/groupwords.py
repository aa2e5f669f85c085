"""The words of a group phrase, read in one place for every stage that meets one.

The group sections of ``data/lexicon.txt`` are read here once: who the whole sample is
(``population_nouns``, ``population_modifiers``, ``demonyms``, ``countries``), which words name
no group (``generic_group_words``) and which words head one (``group_heads``). Two readers use
them:

* :mod:`pollstats.groups` (the group rules around one figure) asks :func:`classify` whether a
  phrase is the whole sample, a subgroup or neither;
* :mod:`pollstats._context` (the tail after a figure, for pairing) asks :func:`group_tail` and
  :func:`generic_tail` what group the words right after a figure name.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

from ._data import alternation_of, word_pattern, words
from .model import Cue

__all__ = [
    "COUNTRIES",
    "COUNTRY_NAMES",
    "HEADS",
    "TAIL_STOP",
    "GroupTail",
    "classify",
    "ends_in_demonym",
    "generic_tail",
    "group_tail",
    "group_words",
    "is_fragment",
    "is_population",
    "trim_fragment",
]

_LEX = "lexicon.txt"
_F = regex.VERBOSE | regex.IGNORECASE

_POPULATION: Final = frozenset(w.lower() for w in words(_LEX, "population_nouns"))
#: "groups", "respondents": lexicon.txt [generic_group_words], read only here.
GENERIC_WORDS: Final = words(_LEX, "generic_group_words")
_GENERIC: Final = frozenset(w.lower() for w in GENERIC_WORDS)
_POP_MODIFIERS: Final = frozenset(w.lower() for w in words(_LEX, "population_modifiers"))
#: Demonyms ("French", "Israelis"): lexicon.txt [demonyms], read only here.
DEMONYM_WORDS: Final = words(_LEX, "demonyms")
_DEMONYMS: Final = frozenset(w.lower() for w in DEMONYM_WORDS)
#: Countries as lexicon.txt [countries] writes them (read only here).
COUNTRY_WORDS: Final = words(_LEX, "countries")
#: Countries, lower case, each also without its dots ("u.s." and "us").
COUNTRIES: Final = frozenset(
    v for w in COUNTRY_WORDS for v in (w.lower(), w.lower().replace(".", ""))
)
#: Countries as the lexicon writes them, by their lower-case name ("chile" -> "Chile").
COUNTRY_NAMES: Final = {w.lower(): w for w in COUNTRY_WORDS}
#: Words that head a group of people ("voters", "Republicans", "low-income"): an alternation.
HEADS: Final = alternation_of(_LEX, "group_heads")

# -- a phrase: the whole sample, a subgroup, or no group --------------------------------------

_IN_COUNTRY = regex.compile(r"\s+(?:in|from|across)\s+(?P<place>.+)\Z", regex.IGNORECASE)


#: The people of a named survey: "Infotrak's respondents", "the poll's respondents", "TIFA
#: respondents" (an owner, then the sample's noun).
_OWNED = regex.compile(r"(?P<owner>.+?)(?P<poss>['’]s?)?\s+(?P<noun>[\w\-]+)")


@functools.cache
def _pollster_names() -> frozenset[str]:
    from .sources import pollsters  # sources reads this module's country table

    return frozenset(name.lower() for name in pollsters())


def _owned_sample(phrase: str) -> bool:
    """The whole sample of a survey named by its owner: "Infotrak's respondents", "the
    survey's participants", "TIFA respondents" (a pollster's name); not "Spain's three main
    problems" or "Labour respondents"."""
    m = _OWNED.fullmatch(phrase.strip())
    if m is None or m["noun"].lower() not in _POPULATION:
        return False
    owner = m["owner"].lower().removeprefix("the ")
    if owner in _pollster_names():
        return True
    if m["poss"] is None:
        return False
    # a survey's own people ("the poll's respondents", "Morgan's respondents"), not a
    # candidate's or a party's ("Trump's voters", "Labour's supporters")
    return (m["noun"].lower() not in _VOTE_NOUNS or _SURVEY_OWNER.search(owner) is not None
            or not m["owner"][:1].isupper() or _place_owner(owner))


def _place_owner(owner: str) -> bool:
    """Whether an owner is a country or a region ("Bihar's voters", "Canada's voters": the
    place's whole electorate), not a candidate ("Trump's voters")."""
    from .grouping import REGION_NAMES  # grouping reads this module's country table

    return owner in COUNTRIES or owner in REGION_NAMES


#: Nouns of people by whom they vote for: "Trump's voters" are his, not a survey's.
_VOTE_NOUNS: Final = frozenset({"voters", "supporters", "electors", "backers", "voter"})


#: The last word of an owner that is a survey: "the poll's", "this year's study's".
_SURVEY_OWNER = regex.compile(
    r"(?:survey|poll|study|panel|sample|census|barometer|tracker|index|research|institute)\Z")


#: The scope of a whole survey after its people: "households in five large Indian cities",
#: "adults across the 27 member states", "respondents in 12 countries".
_SCOPE = regex.compile(
    r"""\s(?:in|across|from)\s+(?:the\s+|all\s+)?
        (?:[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both)\s
        (?!(?:per\s?cent|percent|years?|months?)\b)""",
    regex.VERBOSE | regex.IGNORECASE,
)


def is_population(phrase: str) -> bool:
    """The whole sample: "respondents", "Russians surveyed", "American adults", "adults in
    Britain", "adult Filipinos" (people of a country: the survey's own population),
    "Infotrak's respondents" (a named survey's)."""
    low = phrase.lower()
    if (low in _POPULATION or low in _DEMONYMS or _owned_sample(phrase)
            or _SCOPE.search(phrase) is not None):
        return True
    inc = _IN_COUNTRY.search(low)
    if inc is not None:
        place = inc["place"].removeprefix("the ")
        return place in COUNTRIES and is_population(low[: inc.start()])
    ws = low.split()
    if not ws or len(ws) > 3:
        return False
    if ws[-1] in _POPULATION and all(w in _GENERIC or w in _POP_MODIFIERS for w in ws[:-1]):
        return True
    if (len(ws) == 2 and ws[-1] in _POPULATION and ws[0] + "s" in _DEMONYMS
            and ws[0] not in _ETHNIC):
        return True  # "Mexican adults", "Kenyan respondents": a country's people, by adjective
    if len(ws) == 2 and ws[0] in _ETHNIC and ws[1] in _POPULATION:
        return False  # "Chinese voters" in a Malaysian poll: an ethnic group
    if ws[-1] in _DEMONYMS and all(w in _POP_MODIFIERS for w in ws[:-1]):
        return True  # "adult Filipinos", "eligible Canadians": a country's people, all of them
    return len(ws) <= 2 and all(w in _GENERIC or w in _POPULATION or w in _DEMONYMS for w in ws)


#: Country adjectives that also name an ethnic group or a continent's people ("Indian
#: respondents" in a Malaysian poll): lexicon.txt [ethnic_demonyms].
_ETHNIC: Final = frozenset(w.lower() for w in words(_LEX, "ethnic_demonyms"))
_END_STOP: Final = frozenset(w.lower() for w in words(_LEX, "group_end_stop"))
_LAST_WORD = regex.compile(r"(?r)(?P<w>[\w'’\-$+]+)[\W_]*\Z")


def is_fragment(phrase: str) -> bool:
    """Whether a phrase is a clause fragment, not a group: it ends in a pronoun, a verb, a
    conjunction ("voters who said they", "adults and") or a possessive ("employees in
    Gallup's"), or has no word at all."""
    m = _LAST_WORD.search(phrase)
    if m is None:
        return True
    last = m["w"].lower()
    if any(ch.isdigit() for ch in last):
        return False  # "aged 18 to 34", "18-24", "over-65s"
    return last in _END_STOP or last.endswith(("'s", "’s"))


def ends_in_demonym(phrase: str) -> bool:
    """Whether a phrase ends with a people of a country, of one word or more: "Black South
    Africans", "Pacific New Zealanders", "White Britons" (its head names people)."""
    ws = phrase.lower().split()
    return any(" ".join(ws[-k:]) in _DEMONYMS for k in range(1, min(3, len(ws)) + 1))


_TRAILING_WORD = regex.compile(r"(?r)[\s,;:\-–—]*(?P<w>[\w'’\-$+]+)[\W_]*\Z")


def trim_fragment(cue: Cue) -> Cue | None:
    """The group of a phrase without the pronouns, conjunctions and verbs at its end ("those
    who had not been offered it" -> "those who had not been offered"); None when nothing of
    a group is left ("voters who said they", "adults and", "employees in Gallup's")."""
    text = cue.text
    for _ in range(6):
        if not is_fragment(text):
            break
        m = _TRAILING_WORD.search(text)
        if m is None or m["w"].lower().endswith(("'s", "’s")):
            return None
        text = text[: m.start()]
    if not text or is_fragment(text):
        return None
    if text == cue.text:
        return cue
    value = " ".join(text.replace("“", "").replace("”", "").replace('"', "").split())
    head = value.split()[0].lower() if value else ""
    if head in ("the", "a", "an"):
        value = value.split(maxsplit=1)[1] if " " in value else ""
    if not value or is_population(value) or _is_generic(value):
        return None
    return Cue(value, cue.start, cue.start + len(text), text)


def _is_generic(phrase: str) -> bool:
    return all(w in _GENERIC for w in phrase.lower().split())


def classify(cue: Cue) -> tuple[Cue | None, Cue | None]:
    """(subgroup, population) of a group phrase: the whole sample is the population, generic
    words ("the remaining") are neither, anything else is a subgroup."""
    if is_population(cue.value):
        return None, cue
    if _is_generic(cue.value):
        return None, None
    return cue, None


# -- the tail after a figure (pairing: "79% in Poland to 39% in Hungary") ---------------------

_ANY_GENERIC = alternation_of(_LEX, "population_nouns", "generic_group_words")
_ANY_GENERIC_RE = word_pattern(_LEX, "population_nouns", "generic_group_words")

#: Words that end a tail: "79% in Poland to 39%" stops before "to" (a regex fragment).
TAIL_STOP: Final = (
    r"(?:to|and|or|than|from|compared|versus|vs|while|but|then|in|since|during|by|as)"
)
#: Words after "of those", "among voters" that make them a subgroup: "of those ages 65 and
#: older", "among voters aged 65 and over", "of those with a degree", "of those 60 and older".
_NARROWING = (
    r"(?:aged|ages|age|who|whom|whose|with|without|under|over|above|below|in|of|among|from"
    r"|between|living|earning|making|born|across|at|on)(?!\w)|[0-9]"
)
_TAIL_GENERIC = regex.compile(
    rf"""
    \s+(?:of|among)\s+(?:{_ANY_GENERIC})(?!\w)(?:\s+(?:{_ANY_GENERIC})(?!\w))?
    (?!\s+(?:{_NARROWING}))
    """,
    _F,
)
_TAIL_GROUP = regex.compile(
    rf"""
    \s*\(\s*(?P<paren>[^()\d%]{{1,40}}?)\s*\)                    # 79% (Poland)
  | \s+(?P<prep>in|among|for|across|at|of|from|with)\s+
    (?P<what>[\w'’.-]{{1,30}}(?:\s+(?!{TAIL_STOP}(?!\w))[\w'’.-]{{1,30}}){{0,2}})  # in Poland
    """,
    _F,
)


def group_words(phrase: str | None) -> str:
    """The words of a group phrase that are not generic, lower case ("of respondents" -> "",
    "among older men" -> "older men")."""
    if not phrase:
        return ""
    return " ".join(_ANY_GENERIC_RE.sub(" ", phrase.lower()).split())


def generic_tail(text: str, pos: int, stop: int) -> int | None:
    """Where a tail naming only the whole sample ends ("of respondents", "among those
    polled"), read from ``pos`` up to ``stop``; None when the tail is not one."""
    m = _TAIL_GENERIC.match(text, pos, stop)
    return None if m is None else m.end()


@attrs.frozen
class GroupTail:
    """A group or place right after a figure: ``words`` lower case, ``of`` for an "of ..."
    population ("of Democrats"), ``end`` where the tail ends."""

    words: str
    of: bool
    end: int


def group_tail(text: str, pos: int, stop: int) -> GroupTail | None:
    """The group or place after a figure ending at ``pos``: "in Poland", "among men",
    "(Germany)", "of Democrats"; None when the words there name none."""
    m = _TAIL_GROUP.match(text, pos, stop)
    if m is None:
        return None
    if m["paren"] is not None:
        return GroupTail(m["paren"].lower(), False, m.end())
    return GroupTail(group_words(m["what"]) or m["what"].lower(), m["prep"].lower() == "of",
                     m.end())
