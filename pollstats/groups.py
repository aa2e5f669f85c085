"""Who a figure is about: subgroup (``men``, ``aged 55 and older``), population (``Russians``)
and a short measure phrase, read from the clause around one statistic.

Cues, each a bounded look around the figure within its sentence:

* ``44% of those aged 55 and older`` / ``52% of Russians surveyed`` (after the figure);
* ``low-income respondents (44%)`` / ``Men (27%)`` (the phrase before a bracketed figure);
* ``among women aged 18–29, 61% ...`` / ``61% among women`` (an ``among`` phrase).

A group is the *population* when it is the whole sample (``Russians``, ``respondents``,
``registered voters``) and a *subgroup* otherwise.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from ._data import PLURAL_NOUN, alternation, words
from .model import Cue, Statistic
from .sources import pollsters

__all__ = ["GroupCues", "group_cues"]

_LEX = "lexicon.txt"
_POPULATION: Final = frozenset(w.lower() for w in words(_LEX, "population_nouns"))
_GENERIC: Final = frozenset(w.lower() for w in words(_LEX, "generic_group_words"))
_HEADS = alternation(words(_LEX, "group_heads"))
_POP_MODIFIERS: Final = frozenset(w.lower() for w in words(_LEX, "population_modifiers"))
_DEMONYMS: Final = frozenset(w.lower() for w in words(_LEX, "demonyms"))
_REACH: Final = 160  # characters looked at on each side of a figure
_QUOTES = " \u00a0\t\"“”'’"

# A plural noun that can end a group: "voters", "Americans" (not "this", "was", "its").
_PLURAL = PLURAL_NOUN
#: A plural that names people: a group word, a capitalized plural ("Republicans"), or a
#: plural of the shapes people nouns take ("renters", "students", "Canadians", "retirees").
_PRONOUNS: Final = frozenset({"them", "us", "all", "everyone", "those"})
_PEOPLE_NOUNS = alternation([w for w in words(_LEX, "people") if w not in _PRONOUNS])
_PEOPLE_PLURAL = rf"""(?:(?i:{_PEOPLE_NOUNS})
    |\p{{Lu}}[\w'’\-]*s
    |[\w\-]+(?:ers|ors|ents|ants|ians|ans|ists|ees|ives|ites|ards|ics|olds)
    |men|women|people|youth|children)(?!\w)"""
_AGE = r"""(?:\s+(?:aged|ages|age|under|over|between)\s+
            [0-9]{1,3}(?:\s*(?:-|–|to|and)\s*[0-9]{1,3})?           # 18-29, 18 to 24
            (?:\s+(?:and|or)\s+(?:older|over|up|above|younger|under))?  # and older
            (?:\s*(?:-?year-olds|years\s+old|years))?)"""
# A group ends at its plural head unless a modifier continues it:
# "52% of Russians | closely follow", "of young people in rural areas | say".
_GROUP_END = r"""
    (?=\s*(?:[,;:()\[\]—–.!?"“”\n]|\Z)
      | \s+(?!(?:in|from|with|aged|ages|living|under|over|between|of|who|whose|at)\b)\w)
"""

# Where a group lives: "in the south", "in rural areas", "in the southern States" (a capital,
# a plural or a word after "the" ends it; no verb, digit, survey or time word inside).
_PLACE_WORD_STOP = (
    r"(?:survey|surveys|poll|polls|study|sample|month|months|year|years|week|past|last|recent)"
)
_LOCATED = rf"""(?:\s+(?:in|from|living\s+in|across)\s+(?:the\s+)?
    (?:(?!{_PLACE_WORD_STOP}\b)[^\W\d_][\w'’\-]*\s+){{0,2}}
    (?!{_PLACE_WORD_STOP}\b)(?:\p{{Lu}}[\w'’\-]*|[^\W\d_][\w\-]*s|(?<=the\s)[^\W\d_][\w\-]*)(?!\w))"""

# "those ..." runs to the clause's end or its verb: "of those aged 55 and older | said".
_CLAUSE_VERBS = alternation([
    *words(_LEX, "survey_verb"),
    *"was is could should can may might back backed voted remain remained worry worried".split(),
])
_THOSE_END = rf"""
    (?=\s*(?:[,;:()\[\]—–.!?"“”\n]|\Z)
      | \s+{_CLAUSE_VERBS}\b)
"""

_OF_GROUP = regex.compile(
    rf"""
    (?:\s*\([^()]{{0,24}}\))?\)?                   # "two-thirds (64%) of renters", "64%) of"
    \s*of\s+
    (?P<group>
        (?:those|people|adults|voters|respondents|men|women|Americans|Britons)\s+
        (?:who|with|without|aged|ages|that|whose|under|over|able)\s+
        [^,;:()\[\].!?\n]{{1,80}}?{_THOSE_END}                # of people who voted Labour
      | those\s+[^,;:()\[\].!?\n]{{1,80}}?{_THOSE_END}   # of those aged 55 and older
      | (?:[\w'’\-]+\s+){{0,3}}?{_PEOPLE_PLURAL}{_AGE}?  # of young Americans, of women aged 18-29
        {_LOCATED}?                                     # of voters in the south
        (?:\s+(?:surveyed|polled|asked|questioned|interviewed))?
        {_GROUP_END}
    )
    """,
    regex.VERBOSE,
)
_BEFORE_PAREN = regex.compile(
    r"""(?r)
    (?:^|[,;:()\[\]—–.!?\n]                                      # start of the phrase
      | (?<!\w)(?:and(?!\s+(?:older|over|up|above|younger|under)\b)|or|among|including|while
                  |followed\s+by|compared\s+with|versus)
        (?!\w))
    \s*
    (?P<group>[^,;:()\[\]—–.!?%\n]{1,120}?)                    # Men, low-income respondents
    \s*\(\s*\Z                                                             # right before "(27%"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_AMONG_BEFORE = regex.compile(
    rf"""
    (?<!\w)among\s+
    (?P<group>[^,;:()\[\].!?%\n]{{1,60}}?{_AGE}?)
    (?=\s*(?:,|\s(?:is|was|were|are|stood|rose|fell|it|support|opposition|approval)\b))
    (?P<gap>[^.;!?\n]{{0,100}})\Z                     # the same sentence part as the figure
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_PEOPLE_AFTER = regex.compile(  # "one in five respondents under 30", "1 in 10 adults"
    rf"""
    \s+(?P<group>(?:(?:\p{{Lu}}[\w'’\-]*|\w+-[\w\-]+|{_HEADS}|[a-z]{{2,}}(?:ed|ing|al|ic|ive))\s+){{0,2}}?
        {_PEOPLE_PLURAL}{_AGE}?
        {_LOCATED}?)
    {_GROUP_END}
    """,
    regex.VERBOSE,
)
_FOR_OPENING = regex.compile(
    rf"""[\s"“]*(?:For|Among|In)\s+(?P<group>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?),""",
    regex.VERBOSE,
)
_MORE_LIKELY = regex.compile(
    rf"""
    [\s"“•·*\-–]*(?P<a>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)
    (?:\s+in\s+the\s+(?:survey|poll|sample|study))?
    \s+(?:are|were|is|was)\s+(?:\w+\s+)?(?:more|less)\s+[\w\-]{{3,20}}+\s+than\s+
    (?:(?:are|were|do|did)\s+)?(?P<b>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)(?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_FIGURE = regex.compile(r"[0-9](?:[0-9.,]*)\s*(?:%|per\s?cent|percent)", regex.IGNORECASE)
_THAN = regex.compile(r"(?<!\w)than(?!\w)", regex.IGNORECASE)
_SHARE_OF_WHO = regex.compile(
    rf"""
    (?<!\w)(?:share|percentage|proportion|number|fraction)\s+of\s+
    (?P<group>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)
    \s+(?:who|that)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: A sentence that opens with a group of people is about it: "Republicans remain loyal: 84%
#: approve", "Adults under 30 stand out: 39% of them say".
#: Verbs of a group's figure moving: "Independents slipped to 53% from 58%".
_MOVES = alternation([w for w in words(_LEX, "change_verb_up") + words(_LEX, "change_verb_down")
                      if w not in ("up", "down", "higher", "lower", "ahead", "behind")])
_SUBJECT_BODY = rf"""
    (?P<group>(?:(?:\p{{Lu}}[\w'’\-]*|[\w]+-[\w\-]+|(?i:{_HEADS}))\s+){{0,2}}?
        (?:(?i:{_HEADS})|\p{{Lu}}\w*(?:ans|ats|ists|ers|ents))(?<=s|men){_AGE}?
        (?:\s+(?:of|in|from)\s+(?:the\s+)?\p{{Lu}}[\w'’\-]*(?:\s+\p{{Lu}}[\w'’\-]*)?)?
                                                            # Residents of Quebec, of the Greens
        (?:\s+in\s+the\s+(?:survey|poll|sample|study))?)                    # Women in the survey
    \s+(?=(?:remain|remained|are|were|is|was|stand|stood|say|said|have|had|continue|continued|
          also|still|largely|mostly|overwhelmingly|broadly|outpace|outpaced|outnumber|trail|
          trailed|lead|led|favou?r|back|backed|support|supported|oppose|opposed|prefer|
          preferred|agree|agreed|think|thought|believe|believed|feel|felt|report|reported|
          tend|tended|rate|rated|tilt|tilts|tilted|lean|leans|leaned|split|side|sided|
          break|broke|give|gave{{moves}})\b)   # a verb follows (a look-ahead: cheap to check)
"""
#: A sentence (after a bullet) that opens with a group of people is about it: "Republicans
#: remain loyal: 84% approve", "Adults under 30 stand out: 39% of them say".
_SUBJECT = regex.compile(
    rf"""[\s"“•·*\-–]*{_SUBJECT_BODY.replace("{moves}", "")}""", regex.VERBOSE
)
#: ... or with a figure that moves: "Independents slipped to 53%" (not "The Greens fell to
#: 11 per cent": a party's vote share, with its article)
_SUBJECT_MOVES = regex.compile(
    rf"""[\s"“•·*\-–]*(?!(?i:the|a|an)\s){_SUBJECT_BODY.replace("{moves}", "|" + _MOVES)}""",
    regex.VERBOSE,
)
#: ... and so is a clause: "while adults aged 70 and over were the least likely, at 4.6%".
_CLAUSE_SUBJECT = regex.compile(
    r"""(?:(?<!\w)(?:while|whereas|but)|[;:]|,\s+and)\s+(?:the\s+)?"""
    + _SUBJECT_BODY.replace("{moves}", ""),
    regex.VERBOSE | regex.IGNORECASE,
)
_AMONG_AFTER = regex.compile(
    rf"""
    \s+among\s+
    (?P<group>those\s+(?:who|with|aged|ages|under|over|in|living)\s+[^,;:()\[\].!?\n]{{1,60}}?
             (?=\s*(?:[,;:.!?)]|\Z|\s+(?:and|but|while|compared)\b))
      | (?:[\w'’\-]+\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?{_LOCATED}?)   # among adults in households
    (?=\s*(?:[,;:.!?)]|\Z|\s+(?:and|but|while|who|in|compared|earning|making|living|with)\b))
    """,
    regex.VERBOSE,
)
#: A phrase names a group when it starts with a group word and a restrictive word, ends with a
#: group word, or gives an age: "those who rely on TV", "low-income respondents", "Men".
_GROUP_SHAPE = regex.compile(
    rf"""
    \A(?:those|people|respondents|adults|voters|men|women)
      (?:\s+(?:who|with|without|aged|under|over|in|from|living|born|able|that|whose)\b|\Z)
  | \Athose\s+\w+(?:ing|ed)\b                                 # those renting their homes
  | (?<![\w\-])(?:{_HEADS})\s*\Z
  | (?<!\w)(?:aged|ages|under|over)\s+[0-9]
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_HEAD_WORD = regex.compile(rf"(?<![\w\-])(?:{_HEADS})(?![\w\-])", regex.IGNORECASE)
_PREV_WORD = regex.compile(r"(?r)(?P<w>[\w\-]+)\s+\Z")
_MODIFIERS: Final = frozenset({"more", "most", "less", "least", "very", "highly", "better", "lower",
                               "upper", "self-described", "self-identified",
                               *words(_LEX, "group_modifiers")})
_COMPARATIVE = regex.compile(r"(?r)(?<!\w)(?:than|versus|vs\.?|compared\s+(?:with|to))\s+", regex.I)
_MEASURE_AFTER = regex.compile(
    r"""
    \s+(?:of\s+(?:[\w'’\-]+\s+){0,3}?[\w\-]+\s+)?          # 45% of (young) voters ...
    (?P<m>(?:said|say|says|think|believe|support|oppose|back|agree|expressed|reported|stated|
            indicated|had|have|hold|held|view|viewed|follow|followed|sided|favor|favour|want|
            wanted|approve|disapprove)
          [^,;:()\[\].!?\n]{0,80})
    """,
    regex.VERBOSE,
)


@attrs.frozen
class GroupCues:
    subgroup: Cue | None = None
    population: Cue | None = None
    measure: Cue | None = None


def _cue(text: str, m: regex.Match[str], group: str = "group") -> Cue:
    """The cue of a matched phrase: outer quotes trimmed from the span, inner ones from the
    value; a leading article dropped from the value."""
    s, e = m.span(group)
    raw = text[s:e]
    stripped = raw.strip(_QUOTES)
    s += len(raw) - len(raw.lstrip(_QUOTES))
    words_ = stripped.replace("“", "").replace("”", "").replace('"', "").split()
    while words_ and words_[0].lower() in ("the", "a", "an", "with", "among", "for", "of"):
        words_ = words_[1:]
    return Cue(" ".join(words_), s, s + len(stripped), stripped)


_IN_COUNTRY = regex.compile(r"\s+(?:in|from|across)\s+(?P<place>.+)\Z", regex.IGNORECASE)


def _is_population(phrase: str) -> bool:
    """The whole sample: "respondents", "Russians surveyed", "American adults", "adults in
    Britain" (people of a country: the survey's own population)."""
    low = phrase.lower()
    if low in _POPULATION:
        return True
    inc = _IN_COUNTRY.search(low)
    if inc is not None:
        place = inc["place"].removeprefix("the ")
        return place in _COUNTRIES and _is_population(low[: inc.start()])
    ws = low.split()
    if not ws or len(ws) > 3:
        return False
    if ws[-1] in _POPULATION and all(w in _GENERIC or w in _POP_MODIFIERS for w in ws[:-1]):
        return True
    return len(ws) <= 2 and all(w in _GENERIC or w in _POPULATION or w in _DEMONYMS for w in ws)


def _is_generic(phrase: str) -> bool:
    return all(w in _GENERIC for w in phrase.lower().split())


def _classify(cue: Cue) -> tuple[Cue | None, Cue | None]:
    """(subgroup, population) of a group phrase."""
    if _is_population(cue.value):
        return None, cue
    if _is_generic(cue.value):
        return None, None
    return cue, None


def _last(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]`` (a forward scan of a short window)."""
    found = None
    pos = lo
    while pos < hi:
        m = pattern.search(text, pos, hi)
        if m is None:
            break
        found, pos = m, m.start() + 1
    return found


def _from_head(cue: Cue) -> Cue:
    """The group from its first group word, with up to two modifiers before it:
    "Backing came from low-income respondents" -> "low-income respondents",
    "were keener than Labour voters" -> "Labour voters"."""
    m = _HEAD_WORD.search(cue.text)
    if m is None:
        return cue
    at = m.start()
    for _ in range(2):
        prev = _PREV_WORD.search(cue.text, 0, at)
        if prev is None or not (prev["w"][:1].isupper() or prev["w"].lower() in _MODIFIERS):
            break
        at = prev.start("w")
    if at == 0:
        return cue
    rest = cue.text[at:]
    value = " ".join(rest.replace("“", "").replace("”", "").replace('"', "").split())
    return Cue(value, cue.start + at, cue.end, rest)


def _trim_comparative(cue: Cue) -> Cue:
    """"were more supportive than women" -> "women": the group after a comparison word."""
    m = _COMPARATIVE.search(cue.value)
    if m is None:
        return cue
    rest = cue.value[m.end():]
    at = cue.text.rfind(rest) if rest else -1
    start = cue.start + at if at >= 0 else cue.start
    return Cue(rest, start, start + len(rest), rest)


# -- places: a regional breakdown of a survey ("12 per cent in Mt Kenya", "In Nyanza, ...") --

#: A place name: capitalized words ("the Rift Valley", "North East", "British Columbia and
#: Ontario"), checked against _NOT_PLACE in Python.
_PLACE = r"""(?:the\s+)?\p{Lu}[\w'’.\-]*+(?:\s+(?:of\s+|and\s+)?\p{Lu}[\w'’.\-]*+){0,3}"""
_POLL_NOUNS = alternation(words("dates.txt", "survey_nouns"))
_PLACE_AFTER = regex.compile(  # "58 per cent in the Rift Valley"
    rf"[ \t]+in[ \t]+(?P<group>{_PLACE})(?![\w'’])(?![ \t]+(?:{_POLL_NOUNS})\b)", regex.VERBOSE
)
_PLACE_OPENING = regex.compile(  # "In Nyanza, nearly two in three respondents ..."
    rf"""[\s"“•·*\-–]*In[ \t]+(?P<group>{_PLACE}(?:,?[ \t]+and[ \t]+{_PLACE})?)[ \t]*,""",
    regex.VERBOSE,
)
_PLACE_WHERE = regex.compile(  # "most widespread in the North East, where four in ten ..."
    rf"(?<!\w)in[ \t]+(?P<group>{_PLACE})(?:,[^,.;:]{{1,60}})?,[ \t]+(?:where|at)(?!\w)",
    regex.VERBOSE,
)
_PLACE_BEFORE = regex.compile(  # "... but in the South approval is just 36%"
    rf"""(?<!\w)(?<!(?i:confidence|trust|faith|interest|belief|investment|stake|support|role)[ \t])
    in[ \t]+(?P<group>{_PLACE})(?![\w'’])(?![ \t]+(?i:{_POLL_NOUNS})\b)""",
    regex.VERBOSE,
)
_SAID = regex.compile(r"(?<!\w)(?:said|says|told|added|according)(?!\w)", regex.IGNORECASE)
_NOT_PLACE: Final = frozenset(
    w.lower() for w in words("dates.txt", "months") + words(_LEX, "not_place")
)


_COUNTRIES: Final = frozenset(
    v for w in words(_LEX, "countries") for v in (w.lower(), w.lower().replace(".", ""))
)


def _place(text: str, m: regex.Match[str] | None) -> Cue | None:
    """The place of ``m`` unless a word of it names a month, a day, a pronoun or a survey,
    or it is a country (a country's own poll, not a breakdown) or a pollster."""
    if m is None:
        return None
    value = m["group"].rstrip(".")
    if value[-2:] in ("'s", "’s") or any(ch.isdigit() for ch in value):
        return None  # "In Gallup's data", "in 2024"
    capitals = [w.rstrip(".,") for w in value.split() if w[:1].isupper()]
    if not capitals or any(w.lower() in _NOT_PLACE for w in capitals):
        return None
    name = " ".join(value.split())
    bare = name[4:] if name.lower().startswith("the ") else name
    if (bare.lower() in _COUNTRIES or name.lower() in _COUNTRIES
            or bare.lower().replace(".", "") in _COUNTRIES or bare in pollsters()):
        return None
    start, end = m.start("group"), m.start("group") + len(value)
    if name is not bare:  # drop the article: "the Rift Valley" -> "Rift Valley"
        start += len(value) - len(value[3:].lstrip())
    return Cue(" ".join(text[start:end].split()), start, end, text[start:end])


def group_cues(
    text: str, start: int, end: int, st: Statistic, survey: bool = False
) -> GroupCues:
    """Subgroup, population and measure of ``st`` from its sentence ``text[start:end]``; a
    place ("in the North East") is a subgroup only of a ``survey`` figure."""
    lo = max(start, st.start - _REACH)
    hi = min(end, st.end + _REACH)
    head_end = min(st.start, start + _REACH)  # patterns anchored at the sentence's start
    subgroup = population = measure = None

    of = _OF_GROUP.match(text, st.end, hi)
    if of is not None:
        subgroup, population = _classify(_cue(text, of))

    if subgroup is None and "(" in text[max(start, st.start - 3) : st.start]:
        # the window starts at the character that ends the previous sentence (a full stop or
        # a newline, before any indentation), so the phrase starts the same way wherever the
        # sentence is in the text
        lead = start
        while lead > 0 and start - lead < 8 and text[lead - 1] in " \t\u00a0":
            lead -= 1
        bp = _BEFORE_PAREN.search(text, max(0, lead - 2, st.start - _REACH), st.start)
        if bp is not None:
            cue = _from_head(_trim_comparative(_cue(text, bp)))
            if _GROUP_SHAPE.search(cue.value) is not None and len(cue.value.split()) <= 14:
                subgroup, pop = _classify(cue)
                population = population or pop
            elif cue.value and len(cue.value.split()) <= 8:
                measure = cue

    if subgroup is None and of is None:
        aa = _AMONG_AFTER.match(text, st.end, hi)  # "27 percent among voters aged 65 and over"
        if aa is not None:
            subgroup, pop = _classify(_cue(text, aa))
            population = population or pop
    if subgroup is None and population is None and of is None:
        pa = _PEOPLE_AFTER.match(text, st.end, hi)  # "one in five respondents under 30"
        if pa is not None:
            subgroup, population = _classify(_cue(text, pa))
            if st.kind == "sample_size" and subgroup is not None:
                subgroup, population = None, subgroup  # "n=2,150 professional developers"
    if subgroup is None:
        am = _last(_AMONG_BEFORE, text, lo, st.start)  # "Among Republicans, 80% approve"
        if am is None:
            am = _FOR_OPENING.match(text, start, head_end)  # "For Republicans, it is ±6.1"
        if am is not None:
            subgroup, _ = _classify(_cue(text, am))

    if subgroup is None:
        sh = _last(_SHARE_OF_WHO, text, lo, st.start)  # "the share of Republicans who ... 45%"
        if sh is not None:
            subgroup, _ = _classify(_cue(text, sh))
    if subgroup is None:
        ml = _MORE_LIKELY.match(text, start, head_end)  # "Women are more likely than men (71%
        if ml is not None:                               # compared to 62%)": one each
            second = _FIGURE.search(text, max(ml.end(), lo), st.start) is not None
            subgroup, _ = _classify(_cue(text, ml, "b" if second else "a"))
    if subgroup is None and population is None and _THAN.search(text, lo, st.start) is None:
        sj = _last(_CLAUSE_SUBJECT, text, lo, st.start)
        sj = sj or _SUBJECT.match(text, start, head_end)  # "Republicans remain loyal: 84% approve"
        sj = sj or _SUBJECT_MOVES.match(text, start, head_end)
        if sj is not None:
            subgroup, population = _classify(_cue(text, sj))

    if subgroup is None and survey and st.kind in ("share", "change", "ratio"):
        near = _last(_PLACE_BEFORE, text, max(lo, st.start - 45), st.start)
        if near is not None and (_FIGURE.search(text, near.end(), st.start) is not None
                                 or _SAID.search(text, near.end(), st.start) is not None):
            near = None  # the place of another figure, or of a speaker
        subgroup = (
            _place(text, _PLACE_AFTER.match(text, st.end, hi))
            or _place(text, near)
            or _place(text, _last(_PLACE_WHERE, text, lo, st.start))
            or _place(text, _PLACE_OPENING.match(text, start, head_end))
        )

    if measure is None:
        mm = _MEASURE_AFTER.match(text, of.end() if of is not None else st.end, hi)
        if mm is not None:
            measure = _cue(text, mm, "m")
    return GroupCues(subgroup, population, measure)
