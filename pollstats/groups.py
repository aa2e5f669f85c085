"""Who a figure is about: subgroup (``men``, ``aged 55 and older``), population (``Russians``)
and a short measure phrase, read from the clause around one statistic.

Each way prose says whom is one :class:`GroupRule` in :data:`GROUP_RULES` (a tuple whose order
is the priority), with its own example sentences and near misses:

* after the figure: ``44% of those aged 55 and older``, ``27 percent among voters aged 65 and
  over``, ``one in five respondents under 30``;
* before it: ``Men (27%)``, ``Among women aged 18–29, 61% ...``, ``For renters, ...``, ``the
  share of Republicans who ...``, ``Women are more likely than men (71% vs 62%)``, a sentence
  or clause that opens with its group (``Republicans remain loyal: 84% approve``);
* places of a survey's breakdown: ``12 per cent in Mt Kenya``, ``In Nyanza, ...``.

Rules are pure (a :class:`GroupView` in, a :class:`Proposal` out); :func:`decide` is the one
place that chooses. Whether a phrase is the whole sample (``Russians``, ``respondents``,
``registered voters``: the population), a subgroup or no group is :mod:`pollstats.groupwords`'s
call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs
import regex

from ._data import PLURAL_NOUN, alternation, words
from .groupwords import COUNTRIES, HEADS, classify
from .model import Cue, Statistic
from .sources import pollsters

__all__ = ["GROUP_RULES", "GroupCues", "GroupRule", "GroupView", "Proposal", "group_cues"]

_LEX = "lexicon.txt"
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
    \s+(?P<group>(?:(?:\p{{Lu}}[\w'’\-]*|\w+-[\w\-]+|{HEADS}|[a-z]{{2,}}(?:ed|ing|al|ic|ive))\s+){{0,2}}?
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
    (?P<group>(?:(?:\p{{Lu}}[\w'’\-]*|[\w]+-[\w\-]+|(?i:{HEADS}))\s+){{0,2}}?
        (?:(?i:{HEADS})|\p{{Lu}}\w*(?:ans|ats|ists|ers|ents))(?<=s|men){_AGE}?
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
  | (?<![\w\-])(?:{HEADS})\s*\Z
  | (?<!\w)(?:aged|ages|under|over)\s+[0-9]
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_HEAD_WORD = regex.compile(rf"(?<![\w\-])(?:{HEADS})(?![\w\-])", regex.IGNORECASE)
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
    if (bare.lower() in COUNTRIES or name.lower() in COUNTRIES
            or bare.lower().replace(".", "") in COUNTRIES or bare in pollsters()):
        return None
    start, end = m.start("group"), m.start("group") + len(value)
    if name is not bare:  # drop the article: "the Rift Valley" -> "Rift Valley"
        start += len(value) - len(value[3:].lstrip())
    return Cue(" ".join(text[start:end].split()), start, end, text[start:end])


# -- the group rules ---------------------------------------------------------------------------


@attrs.frozen
class GroupView:
    """One figure in its sentence ``text[start:end]``, as every group rule sees it; ``survey``
    says whether the figure is a survey's (a place is a subgroup only of a survey figure)."""

    text: str
    start: int
    end: int
    st: Statistic
    survey: bool = False

    @property
    def lo(self) -> int:
        """Where the look before the figure starts."""
        return max(self.start, self.st.start - _REACH)

    @property
    def hi(self) -> int:
        """Where the look after the figure ends."""
        return min(self.end, self.st.end + _REACH)

    @property
    def head_end(self) -> int:
        """Where patterns anchored at the sentence's start stop."""
        return min(self.st.start, self.start + _REACH)


@attrs.frozen
class Proposal:
    """What one rule reads: a subgroup, the population, a measure (a bracketed item that is
    not a group: "the economy (45%)"), and ``tail_end``, where an "of" phrase right after the
    figure ends (the rules reading there then stand down; the measure is read after it).
    A proposal without a subgroup still speaks for its rule's family."""

    subgroup: Cue | None = None
    population: Cue | None = None
    measure: Cue | None = None
    tail_end: int | None = None


#: (sentence, figure, subgroup): the rule reads ``subgroup`` for ``figure`` and wins there.
Example = tuple[str, str, str]
#: (sentence, figure): the rule reads no subgroup for ``figure``.
NearMiss = tuple[str, str]


@attrs.frozen
class GroupRule:
    """One way prose says whom a figure is about.

    ``propose`` is pure. ``family`` joins alternative spellings of one place to look: the
    first of a family whose phrase matches decides for all of it, even without a subgroup.
    ``after_figure`` rules read the words right after the figure and stand down when an "of"
    phrase took them; ``no_population`` rules run only while no population is known.
    """

    name: str
    propose: Callable[[GroupView], Proposal | None]
    examples: tuple[Example, ...]
    near_misses: tuple[NearMiss, ...] = ()
    family: str = ""
    after_figure: bool = False
    no_population: bool = False

    @property
    def decides_for(self) -> str:
        """The family this rule speaks for (its own name when it has none)."""
        return self.family or self.name


def _of_group(v: GroupView) -> Proposal | None:
    """``44% of those aged 55 and older``, ``two-thirds (64%) of renters``."""
    m = _OF_GROUP.match(v.text, v.st.end, v.hi)
    if m is None:
        return None
    subgroup, population = classify(_cue(v.text, m))
    return Proposal(subgroup, population, tail_end=m.end())


def _before_paren(v: GroupView) -> Proposal | None:
    """``Men (27%)``, ``highest among low-income respondents (44%)``; a bracketed item that is
    no group is the measure: ``named the economy (45%)``."""
    text, st, start = v.text, v.st, v.start
    if "(" not in text[max(start, st.start - 3) : st.start]:
        return None
    # the window starts at the character that ends the previous sentence (a full stop or a
    # newline, before any indentation), so the phrase starts the same way wherever the
    # sentence is in the text
    lead = start
    while lead > 0 and start - lead < 8 and text[lead - 1] in " \t\u00a0":
        lead -= 1
    bp = _BEFORE_PAREN.search(text, max(0, lead - 2, st.start - _REACH), st.start)
    if bp is None:
        return None
    cue = _from_head(_trim_comparative(_cue(text, bp)))
    if _GROUP_SHAPE.search(cue.value) is not None and len(cue.value.split()) <= 14:
        return Proposal(*classify(cue))
    if cue.value and len(cue.value.split()) <= 8:
        return Proposal(measure=cue)
    return None


def _among_after(v: GroupView) -> Proposal | None:
    """``27 percent among voters aged 65 and over``."""
    m = _AMONG_AFTER.match(v.text, v.st.end, v.hi)
    return None if m is None else Proposal(*classify(_cue(v.text, m)))


def _people_after(v: GroupView) -> Proposal | None:
    """``one in five respondents under 30``; after a sample size the people are the
    population: ``n=2,150 professional developers``."""
    m = _PEOPLE_AFTER.match(v.text, v.st.end, v.hi)
    if m is None:
        return None
    subgroup, population = classify(_cue(v.text, m))
    if v.st.kind == "sample_size" and subgroup is not None:
        subgroup, population = None, subgroup
    return Proposal(subgroup, population)


def _subgroup_of(v: GroupView, m: regex.Match[str] | None, group: str = "group") -> Proposal | None:
    """The subgroup of a matched phrase (a population read there is not kept)."""
    return None if m is None else Proposal(classify(_cue(v.text, m, group))[0])


def _among_opening(v: GroupView) -> Proposal | None:
    """``Among Republicans, 80% approve``: the last "among" phrase before the figure."""
    return _subgroup_of(v, _last(_AMONG_BEFORE, v.text, v.lo, v.st.start))


def _for_opening(v: GroupView) -> Proposal | None:
    """``For renters, the figure is 54%``: a sentence that opens with the group."""
    return _subgroup_of(v, _FOR_OPENING.match(v.text, v.start, v.head_end))


def _share_of_who(v: GroupView) -> Proposal | None:
    """``the share of Republicans who approve ... 45%``."""
    return _subgroup_of(v, _last(_SHARE_OF_WHO, v.text, v.lo, v.st.start))


def _more_likely(v: GroupView) -> Proposal | None:
    """``Women are more likely than men (71% compared to 62%)``: the first figure is the
    first group's, a later one the second's."""
    m = _MORE_LIKELY.match(v.text, v.start, v.head_end)
    if m is None:
        return None
    second = _FIGURE.search(v.text, max(m.end(), v.lo), v.st.start) is not None
    return _subgroup_of(v, m, "b" if second else "a")


def _no_than(v: GroupView) -> bool:
    """No "than" before the figure: a subject there is one side of a comparison."""
    return _THAN.search(v.text, v.lo, v.st.start) is None


def _subject_proposal(v: GroupView, m: regex.Match[str] | None) -> Proposal | None:
    return None if m is None else Proposal(*classify(_cue(v.text, m)))


def _clause_subject(v: GroupView) -> Proposal | None:
    """``while adults aged 70 and over were the least likely, at 4.6%``."""
    if not _no_than(v):
        return None
    return _subject_proposal(v, _last(_CLAUSE_SUBJECT, v.text, v.lo, v.st.start))


def _opening_subject(v: GroupView) -> Proposal | None:
    """``Republicans remain loyal: 84% approve``: a sentence that opens with its group."""
    if not _no_than(v):
        return None
    return _subject_proposal(v, _SUBJECT.match(v.text, v.start, v.head_end))


def _subject_moves(v: GroupView) -> Proposal | None:
    """``Independents slipped to 53% from 58%`` (not ``The Greens fell to 11%``: a party's
    vote share, with its article)."""
    if not _no_than(v):
        return None
    return _subject_proposal(v, _SUBJECT_MOVES.match(v.text, v.start, v.head_end))


def _survey_share(v: GroupView) -> bool:
    return v.survey and v.st.kind in ("share", "change", "ratio")


def _place_proposal(v: GroupView, m: regex.Match[str] | None) -> Proposal | None:
    cue = _place(v.text, m)
    return None if cue is None else Proposal(cue)


def _place_after(v: GroupView) -> Proposal | None:
    """``58 per cent in the Rift Valley``."""
    if not _survey_share(v):
        return None
    return _place_proposal(v, _PLACE_AFTER.match(v.text, v.st.end, v.hi))


def _place_before(v: GroupView) -> Proposal | None:
    """``... but in the South approval is just 36%`` (no other figure and no speaker between
    the place and the figure)."""
    if not _survey_share(v):
        return None
    text, st = v.text, v.st
    near = _last(_PLACE_BEFORE, text, max(v.lo, st.start - 45), st.start)
    if near is None or (_FIGURE.search(text, near.end(), st.start) is not None
                        or _SAID.search(text, near.end(), st.start) is not None):
        return None
    return _place_proposal(v, near)


def _place_where(v: GroupView) -> Proposal | None:
    """``most widespread in the North East, where four in ten ...``."""
    if not _survey_share(v):
        return None
    return _place_proposal(v, _last(_PLACE_WHERE, v.text, v.lo, v.st.start))


def _place_opening(v: GroupView) -> Proposal | None:
    """``In Nyanza, nearly two in three respondents ...``."""
    if not _survey_share(v):
        return None
    return _place_proposal(v, _PLACE_OPENING.match(v.text, v.start, v.head_end))


#: The group rules, most specific first: the first rule that reads a subgroup gives it.
GROUP_RULES: Final[tuple[GroupRule, ...]] = (
    GroupRule(
        "of_group", _of_group,
        examples=(
            ("Fully 58% of retired teachers back the pension plan.", "58%", "retired teachers"),
            ("Nearly 40 per cent of those aged 18 to 24 said they rent.", "40 per cent",
             "those aged 18 to 24"),
            ("Some 31% of people who cycle to work want more lanes.", "31%",
             "people who cycle to work"),
            ("Almost three-quarters (74%) of dairy farmers fear the tariff.", "74%",
             "dairy farmers"),
            ("Among graduates, 58% of women agree.", "58%", "women"),  # before among_opening
        ),
        near_misses=(
            ("About 52% of respondents backed the levy.", "52%"),
            ("Some 64% of the budget went on wages.", "64%"),
        ),
    ),
    GroupRule(
        "before_paren", _before_paren,
        examples=(
            ("Renters (62%) were the keenest of all.", "62%", "Renters"),
            ("Support was strongest among rural voters (57%).", "57%", "rural voters"),
            ("Pensioners (48%) and students (39%) disagreed.", "39%", "students"),
            ("Among graduates, women (58%) agree.", "58%", "women"),
        ),
        near_misses=(("Most named the economy (45%) as their worry.", "45%"),),
    ),
    GroupRule(
        "among_after", _among_after, after_figure=True,
        examples=(
            ("Backing for the levy was 35 percent among independents.", "35 percent",
             "independents"),
            ("It reached 41% among voters aged 65 and over.", "41%", "voters aged 65 and over"),
            ("Among graduates, it was 58% among women.", "58%", "women"),
        ),
        near_misses=(("Backing was 35 percent among those polled.", "35 percent"),),
    ),
    GroupRule(
        "people_after", _people_after, after_figure=True, no_population=True,
        examples=(
            ("Roughly one in three drivers under 25 had crashed.", "one in three",
             "drivers under 25"),
            ("Among graduates, one in three drivers under 25 had crashed.", "one in three",
             "drivers under 25"),
        ),
        near_misses=(
            ("One in three adults had crashed a car.", "One in three"),
            ("The poll reached n=1,850 dairy farmers.", "n=1,850"),
        ),
    ),
    GroupRule(
        "among_opening", _among_opening, family="opening",
        examples=(
            ("Among graduates, 71% favour the treaty.", "71%", "graduates"),
            ("Among voters aged 18 to 34, backing is 62%.", "62%", "voters aged 18 to 34"),
        ),
        near_misses=(("Among the rest, 9% had no view.", "9%"),),
    ),
    GroupRule(
        "for_opening", _for_opening, family="opening",
        examples=(
            ("For pensioners, the figure was 12%.", "12%", "pensioners"),
            ("For pensioners, the share of renters who agree is 44%.", "44%", "pensioners"),
        ),
        near_misses=(("For the rest, the figure was 12%.", "12%"),),
    ),
    GroupRule(
        "share_of_who", _share_of_who,
        examples=(
            ("The share of farmers who expect a loss rose to 44%.", "44%", "farmers"),
        ),
        near_misses=(("The share of the vote that went to him was 44%.", "44%"),),
    ),
    GroupRule(
        "more_likely", _more_likely,
        examples=(
            ("Women were more likely than men to agree (64% against 51%).", "64%", "Women"),
            ("Women were more likely than men to agree (64% against 51%).", "51%", "men"),
        ),
        near_misses=(("Women were more likely to agree, at 64%.", "64%"),),
    ),
    GroupRule(
        "clause_subject", _clause_subject, family="subject", no_population=True,
        examples=(
            ("Most backed it, while students were the least keen, at 22%.", "22%", "students"),
        ),
        near_misses=(("Most backed it, while the rest were unsure, at 22%.", "22%"),),
    ),
    GroupRule(
        "opening_subject", _opening_subject, family="subject", no_population=True,
        examples=(
            ("Retirees remain wary: 61% distrust the bank.", "61%", "Retirees"),
            ("Retirees remain wary: 61% in the Midlands distrust the bank.", "61%", "Retirees"),
        ),
        near_misses=(("Retirees are keener than others: 61% agree.", "61%"),),
    ),
    GroupRule(
        "subject_moves", _subject_moves, family="subject", no_population=True,
        examples=(("Independents dropped to 37% from 42%.", "37%", "Independents"),),
        near_misses=(("The Greens dropped to 9% in the poll.", "9%"),),
    ),
    GroupRule(
        "place_after", _place_after,
        examples=(("The poll put him at 33% in the Midlands.", "33%", "Midlands"),),
        near_misses=(
            ("The poll put him at 33% in May.", "33%"),
            ("The poll put him at 33% in Chile.", "33%"),
        ),
    ),
    GroupRule(
        "place_before", _place_before,
        examples=(
            ("Most in the north agree, but in the South the poll has 36%.", "36%", "South"),
        ),
        near_misses=(("In the South, Kaya said, 36% agree in the poll.", "36%"),),
    ),
    GroupRule(
        "place_where", _place_where,
        examples=(
            ("The poll found worry highest in the North East, where 44% agree.", "44%",
             "North East"),
        ),
        near_misses=(("The poll found worry highest in March, where 44% agree.", "44%"),),
    ),
    GroupRule(
        "place_opening", _place_opening,
        examples=(("In Bavaria, the poll found 29% opposed.", "29%", "Bavaria"),),
        near_misses=(("In Monday's poll, 29% opposed.", "29%"),),
    ),
)


def _measure_after(v: GroupView, at: int) -> Cue | None:
    """``45% of voters said they would move``: the verb phrase after the figure (and after
    its "of" phrase)."""
    m = _MEASURE_AFTER.match(v.text, at, v.hi)
    return None if m is None else _cue(v.text, m, "m")


def decide(view: GroupView, rules: tuple[GroupRule, ...] = GROUP_RULES) -> GroupCues:
    """The one place that decides: the rules in order until one reads a subgroup; the first
    population and the first measure read are kept."""
    subgroup = population = measure = None
    tail_end: int | None = None
    decided: set[str] = set()
    for rule in rules:
        if subgroup is not None:
            break
        if (rule.decides_for in decided or (rule.after_figure and tail_end is not None)
                or (rule.no_population and population is not None)):
            continue
        p = rule.propose(view)
        if p is None:
            continue
        decided.add(rule.decides_for)
        subgroup = p.subgroup
        population = population or p.population
        measure = measure or p.measure
        tail_end = p.tail_end if p.tail_end is not None else tail_end
    if measure is None:
        measure = _measure_after(view, view.st.end if tail_end is None else tail_end)
    return GroupCues(subgroup, population, measure)


def group_cues(
    text: str, start: int, end: int, st: Statistic, survey: bool = False
) -> GroupCues:
    """Subgroup, population and measure of ``st`` from its sentence ``text[start:end]``; a
    place ("in the North East") is a subgroup only of a ``survey`` figure."""
    return decide(GroupView(text, start, end, st, survey))
