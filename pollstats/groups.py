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

import functools
from collections.abc import Callable, Sequence
from typing import Final, Literal

import attrs
import regex

from ._data import PLURAL_NOUN, alternation, words
from .grouping import REGION_VALUES, group_key
from .groupwords import COUNTRIES, GENERIC_WORDS, HEADS, classify, is_fragment, trim_fragment
from .matchers import DOWN_VERBS, PEOPLE_WORDS, SURVEY_VERBS, UP_VERBS
from .model import Cue, Statistic
from .periods import MONTH_WORDS, SURVEY_NOUNS
from .sources import pollsters
from .text import Sentence
from .text import sentences as _sentences

__all__ = [
    "FRAME_EXAMPLES",
    "GROUP_RULES",
    "GroupCues",
    "GroupRule",
    "GroupView",
    "Proposal",
    "carry_frames",
    "carry_frames_in",
    "frame_of",
    "group_cues",
]

_LEX = "lexicon.txt"
_REACH: Final = 160  # characters looked at on each side of a figure
_QUOTES = " \u00a0\t\"“”'’"

# A plural noun that can end a group: "voters", "Americans" (not "this", "was", "its").
_PLURAL = PLURAL_NOUN
#: A plural that names people: a group word, a capitalized plural ("Republicans"), or a
#: plural of the shapes people nouns take ("renters", "students", "Canadians", "retirees").
_PRONOUNS: Final = frozenset({"them", "us", "all", "everyone", "those"})
_PEOPLE_NOUNS = alternation([w for w in PEOPLE_WORDS if w not in _PRONOUNS])
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
    *SURVEY_VERBS,
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
      | (?i:under|over)-?[0-9]{{2}}s(?!\w)                 # of over-65s, of under-35s
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
#: Verbs of a figure moving, after "among <group>": "Support among Hispanic voters dipped to".
_AMONG_MOVES = alternation([
    w for w in UP_VERBS + DOWN_VERBS
    if " " not in w and w not in ("up", "down", "higher", "lower")
])
_AMONG_BEFORE = regex.compile(
    rf"""
    (?<!\w)among\s+
    (?P<group>[^,;:()\[\].!?%\n]{{1,60}}?{_AGE}?)
    (?=\s*(?:,|\s(?:is|was|were|are|stood|rose|fell|it|support|opposition|approval
                   |has|have|had|reached|hit|remains|remained|climbed|dropped|slipped|grew
                   |jumped|sank|increased|declined|doubled|tripled|quadrupled|halved
                   |{_AMONG_MOVES})\b))
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
_POLL_NOUNS = alternation(SURVEY_NOUNS)
#: A plural of people written in lower case ("graduates", "renters", "women", "young people"):
#: after "for" a capitalized name is a party's vote ("41% for Democrats"), not a group.
_LOWER_PEOPLE = rf"""(?:(?:{_PEOPLE_NOUNS})
    |(?:{HEADS})
    |[a-z][\w\-]*(?:ers|ors|ents|ants|ians|ists|ees|ites|olds)
    |men|women|people|youth)(?!\w)"""
_LOWER_MODIFIER = rf"""(?:[a-z][\w\-]*-[\w\-]+|[a-z]{{2,}}(?:ed|ing|al|ic|ive)|(?:{HEADS}))"""
_WITH_AFTER = regex.compile(  # "29% with women", "41% for graduates", "3 points with men"
    rf"""
    \s+(?P<prep>with|for)\s+
    (?P<group>
        those\s+(?:aged|ages|under|over|who|with)\s+[^,;:()\[\].!?\n]{{1,60}}?{_THOSE_END}
      | (?:(?:{_LOWER_MODIFIER}|\p{{Lu}}[\w'’\-]*)\s+){{0,2}}
        {_LOWER_PEOPLE}(?<=s|men|people|youth){_AGE}?{_LOCATED}?
      | (?:\p{{Lu}}[\w'’\-]*\s+)?\p{{Lu}}\w*(?:ans|ats|ists|ers|ents){_AGE}?  # with Republicans
    )
    (?:{_GROUP_END}
      | (?=\s+in\s+(?:the|this|a|its|their)\s+(?:\p{{Lu}}[\w'’\-]*\s+){{0,2}}(?:{_POLL_NOUNS})\b))
    """,
    regex.VERBOSE,
)
_WITH_OPENING = regex.compile(  # "With younger voters he is at 25%", "For renters the figure is"
    rf"""[\s"“•·*\-–]*(?:With|For|Among)\s+
    (?P<group>(?:(?:{_LOWER_MODIFIER}|\p{{Lu}}[\w'’\-]*)\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?)
    (?:\s*,|\s+(?=(?:the|he|she|it|they|his|her|its|their|this|that|support|backing|approval
                    |opposition|trust|satisfaction|[0-9])\b))
    """,
    regex.VERBOSE,
)
#: A figure later in a bracket that follows a group: "with men (49 percent to 46 percent)",
#: "Graduates (47% v 45%)": the words from the bracket to the figure are figures and joins.
_IN_BRACKET = regex.compile(
    r"""(?r)\(\s*(?:[0-9][0-9.,]*\s*(?:%|per\s?cent|percent|points?)?\s*
                 (?:to|vs\.?|v\.?|versus|against|and|,|/|–|-)\s*){1,3}\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: One item of a label list or crosstab line: "Democrats 84%", "Under-35s: 62%", "Scotland 44"
#: (after the start of the sentence, a list separator or a join word; the label is up to four
#: words and the figure follows it).
_LIST_ITEM = regex.compile(
    r"""(?:^|(?<=[,;:\n•·(])|(?<!\w)(?:and|while|but|versus|vs\.?|against)(?!\w))[ \t]*
    (?P<label>(?:[^\W\d_]|(?i:under|over)[\s\-]?[0-9]|[0-9]{2}(?=[\-–+s]))[\w'’\-+]*
              (?:[ \t]+[\w'’\-+]+){0,3}?)
    [ \t]*(?::[ \t]*)?(?=[0-9])""",
    regex.VERBOSE,
)
_PEOPLE_WORD = regex.compile(_LOWER_PEOPLE, regex.VERBOSE)
_SEPARATOR = regex.compile(r"[,;:\n•·]")
_ANSWERS: Final = frozenset(w.lower() for w in words(_LEX, "answer_labels"))
_REGIONS: Final = frozenset(v.lower() for v in REGION_VALUES)
#: The dimensions a label names a group by ("party" and "vote" alone may be a party's share).
_LABEL_DIMENSIONS: Final = ("age", "gender", "party", "vote", "ideology", "education", "race",
                            "religion", "income", "employment", "housing", "family", "region",
                            "country")
_MORE_LIKELY = regex.compile(
    rf"""
    [\s"“•·*\-–]*(?P<a>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)
    (?:\s+in\s+the\s+(?:survey|poll|sample|study))?
    \s+(?:are|were|is|was)\s+(?:\w+\s+)?(?:more|less)\s+[\w\-]{{3,20}}+\s+than\s+
    (?:(?:are|were|do|did)\s+)?(?P<b>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)(?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_AS_SIDE = rf"""(?:those\s+(?:aged\s+)?[0-9]{{2}}\s+(?:and|or)\s+(?:older|over|younger|under)
    | (?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)"""
_AS_LIKELY = regex.compile(  # "Renters were twice as likely as homeowners to ... (24% v 12%)"
    rf"""
    (?<!\w)(?!(?:and|while|but|whereas|so)\s)(?P<a>{_AS_SIDE})
    \s+(?:are|were|is|was)\s+(?:(?:nearly|almost|about|roughly|around|more\s+than)\s+)?
    (?:twice|three\s+times|four\s+times|half|[0-9]+(?:\.[0-9]+)?\s*(?:times|x))
    \s+as\s+[\w\-]{{3,20}}\s+as\s+(?:(?:are|were|do|did)\s+)?
    (?P<b>{_AS_SIDE})(?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where a clause that may open with a group starts: ", and", "; while", ", but".
_CLAUSE_START = regex.compile(r"(?r)[,;:]\s*(?:and|while|but|whereas)?\s*\Z", regex.IGNORECASE)
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
_MOVES = alternation([w for w in UP_VERBS + DOWN_VERBS
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
             (?=\s*(?:[,;:.!?)]|\Z|\s+(?:and(?!\s+(?:older|over|up|above|younger|under)\b)
                                         |but|while|compared)\b))
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
_COUNTRY_AFTER = regex.compile(  # "64% in Hungary"
    rf"[ \t]+in[ \t]+(?P<group>{_PLACE})(?![\w'’])", regex.VERBOSE
)
_FIGURE_IN = regex.compile(  # any figure of the sentence followed by "in <Place>"
    rf"[0-9](?:%|[ \t]*(?i:per[ \t]?cent|percent))[ \t]+in[ \t]+(?P<group>{_PLACE})",
    regex.VERBOSE,
)
_SPLIT_PLACE = regex.compile(  # "leads 61% to 33% in the Milwaukee area"
    rf"""(?:[ \t]*(?:%|(?i:per[ \t]?cent|percent)))?[ \t]*(?:to|-|–|/|v\.?|vs\.?)[ \t]*
    [0-9][0-9.]*(?:[ \t]*(?:%|(?i:per[ \t]?cent|percent)))?
    [ \t]+(?:in|across)[ \t]+(?P<group>{_PLACE})(?![\w'’])(?![ \t]+(?:{_POLL_NOUNS})\b)""",
    regex.VERBOSE,
)
_SAID = regex.compile(r"(?<!\w)(?:said|says|told|added|according)(?!\w)", regex.IGNORECASE)
_NOT_PLACE: Final = frozenset(
    w.lower() for w in MONTH_WORDS + words(_LEX, "not_place")
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
    if "(" not in v.text[max(v.start, v.st.start - 3) : v.st.start]:
        return None
    return _bracket_group(v, v.st.start)


def _bracket_group(v: GroupView, at: int) -> Proposal | None:
    """The group (or the measure) written right before the bracket that opens just before
    ``at``."""
    text, start = v.text, v.start
    # the window starts at the character that ends the previous sentence (a full stop or a
    # newline, before any indentation), so the phrase starts the same way wherever the
    # sentence is in the text
    lead = start
    while lead > 0 and start - lead < 8 and text[lead - 1] in " \t\u00a0":
        lead -= 1
    bp = _BEFORE_PAREN.search(text, max(0, lead - 2, at - _REACH), at)
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


def _with_after(v: GroupView) -> Proposal | None:
    """``29% with women``, ``41% for graduates``, ``slipped 3 points with men`` (not ``41%
    for the Greens`` or ``41% for Democrats``: a vote)."""
    m = _WITH_AFTER.match(v.text, v.st.end, v.hi)
    if m is None:
        return None
    if m["prep"] == "for" and m["group"].split()[-1][:1].isupper():
        return None
    return Proposal(*classify(_cue(v.text, m)), tail_end=m.end())


def _with_opening(v: GroupView) -> Proposal | None:
    """``With younger voters he is at 25%``, ``For renters the figure is 54%``: a sentence
    that opens with its group, with or without a comma."""
    return _subgroup_of(v, _WITH_OPENING.match(v.text, v.start, v.head_end))


def _bracket_series(v: GroupView) -> Proposal | None:
    """``slipped 3 points with men (49 percent to 46 percent)``: the later figures of a
    bracket after a group are the group's too."""
    at = v.text.rfind("(", max(v.lo, v.st.start - 40), v.st.start)
    if at < 0 or _IN_BRACKET.search(v.text, at, v.st.start) is None:
        return None
    p = _bracket_group(v, at + 1)
    return None if p is None or p.subgroup is None else Proposal(p.subgroup)


@functools.lru_cache(maxsize=4096)
def _label_dims(label: str) -> tuple[str, ...] | None:
    """The dimensions a list label names a group by, or None when it names none: an answer
    ("Yes", "Don't know"), words of a clause (a verb, pronoun, conjunction or preposition
    anywhere: "while men back"), the whole sample, a word of no group, or a capitalized
    name that is no known region or country ("Harris")."""
    low = label.lower()
    if (low in _ANSWERS or any(is_fragment(w) for w in label.split())
            or classify(Cue(label, 0, len(label), label))[0] is None):
        return None
    key = group_key(label)
    if key is None:
        return None
    last = label.split()[-1]
    head_named = (last == label or _HEAD_WORD.fullmatch(last) is not None
                  or _PEOPLE_WORD.fullmatch(last) is not None or _label_dims(last) is not None)
    if not head_named:
        return None  # a label ends with its group: "men back Ruiz" is a clause
    dims = []
    for part in key.split("; "):
        dim, _, value = part.partition("=")
        if dim not in _LABEL_DIMENSIONS:
            return None
        if dim == "region" and value.lower() not in _REGIONS:
            return None
        dims.append(dim)
    return tuple(dims)


def _label_list(v: GroupView) -> Proposal | None:
    """``Democrats 84%, Republicans 11%, independents 38%``, ``Under-35s: 62%; over-65s:
    31%``, ``Scotland 44%, Wales 39%``: a list of labelled figures (two or more items). A list
    of parties alone is their shares of the vote (``Labour 38%, Conservatives 24%``), read as
    no group; one group of another kind in it ("independents", an age) makes them groups."""
    # the items near the figure: from a list separator at most _REACH before it (the
    # sentence's start when nearer) to _REACH after it, so a long list costs linear time
    lo = v.start
    if v.st.start - lo > _REACH:
        cut = _SEPARATOR.search(v.text, v.st.start - _REACH, v.st.start)
        if cut is None:
            return None
        lo = cut.end()
    window = v.text[lo:min(v.end, v.st.end + _REACH)]
    items = [(m, _label_dims(m["label"])) for m in _LIST_ITEM.finditer(window, overlapped=True)]
    labelled = [(m, dims) for m, dims in items if dims is not None]
    mine = next((m for m, dims in labelled if lo + m.end() == v.st.start), None)
    if mine is None or len(labelled) < 2:
        return None
    if all(set(dims) <= {"party", "vote"} and "independent" not in m["label"].lower()
           for m, dims in labelled):
        return None
    s, e = lo + mine.start("label"), lo + mine.end("label")
    words_ = " ".join(v.text[s:e].split())
    return Proposal(Cue(words_, s, e, v.text[s:e]))


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


def _as_likely(v: GroupView) -> Proposal | None:
    """``Renters were twice as likely as homeowners to borrow (24% versus 12%)``, ``Men
    were 1.4 times as likely as women``: the multiplier and the first figure after it are
    the first group's, a later figure the second's. The phrase opens a sentence or a clause
    (", and residents under 35 were nearly twice as likely as those 65 and older")."""
    found = None
    for m in _AS_LIKELY.finditer(v.text, v.start, v.end):
        if m.start() >= v.st.end:
            break
        opens = not v.text[v.start:m.start()].strip(_QUOTES + "•·*-–")
        if opens or _CLAUSE_START.search(v.text, v.start, m.start()) is not None:
            found = m
    if found is None:
        return None
    if v.st.start < found.end():
        return _subgroup_of(v, found, "a")
    second = _FIGURE.search(v.text, found.end(), v.st.start) is not None
    return _subgroup_of(v, found, "b" if second else "a")


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


def _country_of(name: str) -> str | None:
    """The country a place phrase names ("the Netherlands", "U.S."), or None."""
    bare = " ".join(name.split()).rstrip(".,")
    bare = bare[4:] if bare.lower().startswith("the ") else bare
    low = bare.lower()
    return low if low in COUNTRIES or low.replace(".", "") in COUNTRIES else None


def _country_spread(v: GroupView) -> Proposal | None:
    """``64% in Hungary but 41% in Austria``: in a sentence that gives figures for two or
    more countries, each figure's country is its group (one country alone is the survey's
    own population, not a breakdown)."""
    m = _COUNTRY_AFTER.match(v.text, v.st.end, v.hi)
    if m is None or _country_of(m["group"]) is None:
        return None
    countries = {c for f in _FIGURE_IN.finditer(v.text, v.start, v.end)
                 if (c := _country_of(f["group"])) is not None}
    if len(countries) < 2:
        return None
    s, e = m.span("group")
    if v.text[s:s + 4].lower() == "the ":
        s += 4
    while e > s and v.text[e - 1] in ".,":
        e -= 1
    return Proposal(Cue(" ".join(v.text[s:e].split()), s, e, v.text[s:e]))


def _split_place(v: GroupView) -> Proposal | None:
    """``She leads 61% to 33% in the Milwaukee area``: the first figure of a split is the
    place's too."""
    if not _survey_share(v):
        return None
    return _place_proposal(v, _SPLIT_PLACE.match(v.text, v.st.end, v.hi))


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
            ("The Savanta poll found 52% of over-65s oppose the change.", "52%", "over-65s"),
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
        "bracket_series", _bracket_series,
        examples=(
            ("The premier slipped 3 points with men (49 percent to 46 percent).", "46 percent",
             "men"),
            ("Support held up among pensioners (52% v 51%) in the Ipsos poll.", "51%",
             "pensioners"),
        ),
        near_misses=(
            ("The premier slipped 3 points (49 percent to 46 percent).", "46 percent"),
            ("Men (51%) and women (44%) differ.", "44%"),
        ),
    ),
    GroupRule(
        "label_list", _label_list,
        examples=(
            ("Approval by party: Democrats 84%, Republicans 11%, independents 38%.", "11%",
             "Republicans"),
            ("Under-35s: 62%; over-65s: 31%.", "31%", "over-65s"),
            ("By nation, the Savanta poll has Scotland 44%, Wales 39% and England 35%.",
             "39%", "Wales"),
            ("Agreement by age: 18-24s 58%, 65+ 22%.", "58%", "18-24s"),
            ("Trust in the police: men 61%, women 57%.", "57%", "women"),
        ),
        near_misses=(
            ("Voting intention: Labour 38%, Conservatives 24%, Reform 17%.", "24%"),
            ("Women favour Ng 51%, while men back Ruiz 53%.", "53%"),
            ("The referendum: Yes 52%, No 41%, Don't know 7%.", "41%"),
            ("Harris 47%, Trump 45% in the Marist poll.", "45%"),
            ("Support rose from 41% to 45%, the poll found.", "45%"),
        ),
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
        "with_after", _with_after, after_figure=True,
        examples=(
            ("The Prime Minister's approval is 29% with women, Newspoll finds.", "29%", "women"),
            ("The Coalition polls 41 per cent for graduates, Resolve finds.", "41 per cent",
             "graduates"),
            ("Merz has lost 4 points with younger voters since March.", "4 points",
             "younger voters"),
            ("Her rating sits at 62% with Republicans.", "62%", "Republicans"),
            ("The Taoiseach is on 33% with those aged 65 and over.", "33%",
             "those aged 65 and over"),
        ),
        near_misses=(
            ("The party polls 41% for Democrats and 39% for Republicans.", "41%"),
            ("He won 52% with a strong lead in Ontario.", "52%"),
            ("The levy is 12% for the Greens.", "12%"),
        ),
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
            ("Trust among Ontarians has nearly doubled, to 44%.", "44%", "Ontarians"),
            ("Use among pensioners had climbed to 31 per cent by May.", "31 per cent",
             "pensioners"),
            ("Backing among Latino voters dipped to 38 percent from 44 percent.", "44 percent",
             "Latino voters"),
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
        "with_opening", _with_opening, family="opening",
        examples=(
            ("With younger voters he is at 25% in the Angus Reid poll.", "25%",
             "younger voters"),
            ("For renters the figure is 54%, the CSO survey shows.", "54%", "renters"),
            ("With Scottish graduates, Labour's lead is 12 points.", "12 points",
             "Scottish graduates"),
            ("For first-time buyers the share was 61%.", "61%", "first-time buyers"),
        ),
        near_misses=(
            ("With inflation at 4%, rates will rise.", "4%"),
            ("For years the figure was 54%.", "54%"),
            ("With that, 38% said no.", "38%"),
        ),
    ),
    GroupRule(
        "share_of_who", _share_of_who,
        examples=(
            ("The share of farmers who expect a loss rose to 44%.", "44%", "farmers"),
        ),
        near_misses=(("The share of the vote that went to him was 44%.", "44%"),),
    ),
    GroupRule(
        "as_likely", _as_likely,
        examples=(
            ("Renters were twice as likely as homeowners to skip a bill (26% versus 13%).",
             "13%", "homeowners"),
            ("Renters were twice as likely as homeowners to skip a bill (26% versus 13%).",
             "26%", "Renters"),
            ("Smokers were 1.6 times as likely as non-smokers to report it.", "1.6 times",
             "Smokers"),
            ("Costs bite, and graduates were nearly three times as likely as those 60 and older "
             "to move (33% against 11%).", "11%", "those 60 and older"),
            ("Women were keener than men, and students were twice as likely as retirees to "
             "agree (40% v 20%).", "40%", "students"),
        ),
        near_misses=(
            ("Prices were twice as high as in 2019, at 14%.", "14%"),
            ("Costs bite as graduates were twice as likely as pensioners to move (33%).", "33%"),
            ("It was twice as likely to rain (40%).", "40%"),
        ),
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
        "country_spread", _country_spread,
        examples=(
            ("Trust in the EU stood at 64% in Hungary but 41% in Austria.", "41%", "Austria"),
            ("The Eurobarometer found 58 per cent in Ireland and 37 per cent in the "
             "Netherlands.", "37 per cent", "Netherlands"),
        ),
        near_misses=(
            ("Trust in the EU stood at 64% in Hungary, the poll found.", "64%"),
            ("Trust stood at 64% in Hungary in March and 41% in May.", "41%"),
        ),
    ),
    GroupRule(
        "split_place", _split_place,
        examples=(
            ("The Liberals lead 44% to 31% in the Greater Toronto Area.", "44%",
             "Greater Toronto Area"),
            ("Fianna Fáil leads by 38 per cent to 29 per cent in Munster, the poll shows.",
             "38 per cent", "Munster"),
        ),
        near_misses=(
            ("The Liberals lead 44% to 31% in May.", "44%"),
            ("The Liberals lead 44% to 31% in the Abacus poll.", "44%"),
        ),
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


#: Words that make a party's name a group of people: "Labour voters", "the Tory camp".
_PARTY_PEOPLE = regex.compile(
    r"(?<!\w)(?:voters|supporters|backers|members|identifiers|partisans|leaners|camp|base"
    r"|who|those|people|adults)(?!\w)",
    regex.IGNORECASE,
)
#: "Labour on 38%", "the Greens are at 11%": a party's or a candidate's standing, right
#: between the name and its figure.
_STANDING = regex.compile(
    r"""[\s,]*(?:(?:is|are|was|were|stands?|stood|sits?|sat|remains?|remained|third|second
                    |fourth|fifth|last|first|level|steady|unchanged)[\s,]+){0,2}
        (?:on|at)\s+(?:(?:just|only|about|around|roughly|some)\s+)?""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: "among independents", "of the Greens": people, whatever follows.
_GROUP_PREP = regex.compile(r"(?r)(?<!\w)(?:among|of|with|for|from|by)\s+(?:the\s+)?\Z",
                            regex.IGNORECASE)


def _vote_share(view: GroupView, cue: Cue) -> bool:
    """A party's share of the vote, not a group: "The Conservatives are third on 17 per
    cent", "Labour on 38%" (a party name, without a people word, written with its article or
    standing "on"/"at" its figure)."""
    if (_PARTY_PEOPLE.search(cue.value) is not None
            or _GROUP_PREP.search(view.text, max(0, cue.start - 12), cue.start) is not None):
        return False
    key = group_key(cue.value)
    if key is None or not key.startswith("party=") or ";" in key:
        return False
    with_article = view.text[max(0, cue.start - 4):cue.start].lower().endswith("the ") or (
        cue.text.lower().startswith("the "))
    standing = (cue.end <= view.st.start
                and _STANDING.fullmatch(view.text, cue.end, view.st.start) is not None)
    return with_article or standing


def _accepted(view: GroupView, cue: Cue | None) -> Cue | None:
    """The subgroup a rule read without the pronouns, verbs and conjunctions at its end
    (:func:`~pollstats.groupwords.trim_fragment`), unless nothing of a group is left or it
    is a party's vote share."""
    if cue is None:
        return None
    trimmed = trim_fragment(cue)
    return None if trimmed is None or _vote_share(view, trimmed) else trimmed


def decide(view: GroupView, rules: tuple[GroupRule, ...] = GROUP_RULES) -> GroupCues:
    """The one place that decides: the rules in order until one reads a subgroup; the first
    population and the first measure read are kept. A subgroup that is no group (a clause
    fragment, a party's vote share) is not kept (see :func:`_accepted`)."""
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
        subgroup = _accepted(view, p.subgroup)
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


# -- frames that carry: "Among renters, the picture is bleak. 44% fear a rise." -------------

#: A sentence that opens with a group frame: "Among renters, ...", "For graduates aged 25 to
#: 34, ...", "Within the Conservative camp, ...", "In the Labour camp, ...".
_FRAME_OPENING = regex.compile(
    rf"""[\s"“•·*\-–]*
    (?:(?:Among|Amongst|For|With|Within|Inside)\s+
         (?P<group>(?:the\s+)?(?:(?:\p{{Lu}}[\w'’\-]*|{_LOWER_MODIFIER})\s+){{0,3}}?
                   {_PEOPLE_PLURAL}{_AGE}?)
     | (?:In|Within|Inside)\s+(?P<group>the\s+(?:[\w'’\-]+\s+){{1,2}}?
                   (?:camp|cohort|base|bloc|segment|group))
    )\s*,""",
    regex.VERBOSE,
)
_RESETS = alternation(words(_LEX, "frame_resets"))
#: A sentence that returns to the whole sample: "Overall, ...", "Across all adults, ...".
_FRAME_RESET = regex.compile(rf"""[\s"“•·*\-–]*(?i:{_RESETS})(?!\w)""", regex.VERBOSE)


def frame_of(text: str, start: int, end: int) -> Cue | Literal[False] | None:
    """What the sentence ``text[start:end]`` does to the paragraph's frame: a group it
    opens with (a :class:`Cue`), ``False`` when it returns to the whole sample ("Overall,",
    "Among all adults,"), ``None`` when it says neither."""
    if _FRAME_RESET.match(text, start, end) is not None:
        return False
    m = _FRAME_OPENING.match(text, start, min(end, start + _REACH))
    if m is None:
        return None
    subgroup, population = classify(_cue(text, m))
    if population is not None:
        return False
    return None if subgroup is None else trim_fragment(subgroup)


_CARRIED_KINDS: Final = frozenset({"share", "change", "ratio"})


def carry_frames(
    text: str, sentences: Sequence[tuple[int, int]], stats: Sequence[Statistic]
) -> tuple[Statistic, ...]:
    """``stats`` of one paragraph (sorted), whose sentences are the spans ``sentences`` in
    order, with a group frame carried: after a sentence that opens with a group ("Among
    renters, the picture is bleak."), a later figure of the paragraph with neither a
    subgroup nor a population is about that group, until a sentence opens with another
    group or returns to everyone ("Overall, ...", "Across all adults, ..."), a sentence
    names another group (a group word, "among"), or a figure names another group or the
    whole sample. Pure: nothing but ``stats`` is read."""
    out = list(stats)
    frame: Cue | None = None
    j = 0
    before: list[int] = []  # the figures of the sentence before
    for s, e in sentences:
        here = [k for k in range(j, len(out)) if s <= out[k].start < e]
        _respectively(text, s, e, out, before, here)
        before = here
        opened = frame_of(text, s, e)
        if opened is not None:
            frame = opened if isinstance(opened, Cue) else None
        elif frame is not None and _names_group(text, s, e, frame):
            frame = None
        named_other = False
        while j < len(out) and out[j].start < e:
            if j > 0 and out[j].start >= s and out[j - 1].start >= s:
                out[j] = _compared_within(text, out[j - 1], out[j])
            st = out[j]
            if st.start >= s and frame is not None:
                if st.subgroup is not None or st.population is not None:
                    named_other = named_other or (
                        st.population is not None or (opened is None and _other(st, frame)))
                elif st.kind in _CARRIED_KINDS:
                    out[j] = attrs.evolve(st, subgroup=frame)
            j += 1
        if named_other:
            frame = None
    return tuple(out)


_RESPECTIVELY = regex.compile(r"(?<!\w)respectively(?!\w)", regex.IGNORECASE)


def _respectively(text: str, start: int, end: int, out: list[Statistic], before: list[int],
                  here: list[int]) -> None:
    """"In 2022, the figures were 41% and 36%, respectively.": the figures of a sentence
    with "respectively" and no group of their own take, in order, the distinct groups of the
    figures of the sentence before (as many as there are figures)."""
    if len(here) < 2 or _RESPECTIVELY.search(text, start, end) is None:
        return
    if any(out[k].subgroup is not None or out[k].population is not None for k in here):
        return
    groups: list[Cue] = []
    for k in before:
        g = out[k].subgroup
        if g is not None and all(g.value.casefold() != h.value.casefold() for h in groups):
            groups.append(g)
    if len(groups) != len(here):
        return
    for k, g in zip(here, groups, strict=True):
        out[k] = attrs.evolve(out[k], subgroup=g)


#: Right before a figure compared with the one before it in its sentence: "compared with",
#: "up from", "versus", "an increase of", "a 26-point fall" (the change's own words follow).
_COMPARED_JOIN = regex.compile(
    r"""(?r)(?:(?<!\w)(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|versus|vs\.?|v\.?
                  |against|to|than|increase\s+of|rise\s+of|fall\s+of|drop\s+of|decline\s+of
                  |gain\s+of|jump\s+of|by|—|–|-|,)
        \s*(?:(?:a|an|some|about|nearly|almost|around|just|only)\s+)?)\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: After a figure: the whole sample, not the group before it ("62% overall").
#: After a figure: the whole sample ("62% overall") or words of its own about whom ("29% in
#: the public sector", "39% of developers with ten years' experience", "36% who felt
#: hopeful": another answer, not the same figure over time).
_MONTHS = alternation(MONTH_WORDS)
_WHOLE_AFTER = regex.compile(
    rf"""\s*(?:overall|nationally|in\s+total|(?:of|among|for|with|across|from|who|that)\s
           |in\s+(?![0-9])(?!(?:early|late|mid|last|this|that|the\s+(?:previous|last|same|earlier
                                |first|second|third|fourth|spring|summer|autumn|fall|winter)
                            |{_MONTHS})\b))""",
    regex.VERBOSE | regex.IGNORECASE,
)
_GAP_GROUP = regex.compile(r"(?<!\w)(?:among|overall|nationally|of\s+all)(?!\w)", regex.IGNORECASE)


def _compared_within(text: str, prev: Statistic, st: Statistic) -> Statistic:
    """``st`` with the group of the figure before it in its sentence when it is that figure's
    baseline or change ("Just 36% of Democrats now say so, compared with 62% in 2024 — a
    26-point fall"; "with men (49% to 46%)"): no group of its own, a comparison word right
    before it, nothing between the two figures that names another group or everyone."""
    if (st.subgroup is not None or st.population is not None or prev.subgroup is None
            or st.kind not in _CARRIED_KINDS):
        return st
    gap_start = max(prev.end, prev.subgroup.end)
    if st.start - gap_start > 140 or _COMPARED_JOIN.search(text, gap_start, st.start) is None:
        return st
    if (_GAP_GROUP.search(text, gap_start, st.start) is not None
            or _HEAD_WORD.search(text, gap_start, st.start) is not None
            or _WHOLE_AFTER.match(text, st.end) is not None):
        return st
    return attrs.evolve(st, subgroup=prev.subgroup)


_GENERIC_WORDS: Final = frozenset(w.lower() for w in GENERIC_WORDS)
_AMONG = regex.compile(r"(?<!\w)among(?!\w)", regex.IGNORECASE)


def _names_group(text: str, start: int, end: int, frame: Cue) -> bool:
    """Whether a sentence names a group other than the frame's ("In May, Republicans gave
    20%", "In June, Tory voters gave 22%", "... and among older staff"): "among", or a group
    word written as a name (capitalized, or after a capitalized word) that the frame's words
    do not contain ("live with parents" names no group)."""
    if _AMONG.search(text, start, end) is not None:
        return True
    own = " ".join(frame.value.casefold().split())
    for m in _HEAD_WORD.finditer(text, start, end):
        head = m[0]
        if head.lower() in _GENERIC_WORDS:
            continue
        prev = _PREV_WORD.search(text, start, m.start())
        phrase = head
        if prev is not None and prev["w"][:1].isupper() and prev.start("w") > start:
            phrase = f"{prev['w']} {head}"
        elif not head[:1].isupper():
            continue
        if phrase.casefold() not in own:
            return True
    return False


def _other(st: Statistic, frame: Cue) -> bool:
    """Whether ``st`` names a group other than the frame's."""
    return st.subgroup is not None and st.subgroup.value.casefold() != frame.value.casefold()


def carry_frames_in(text: str, stats: Sequence[Statistic],
                    sentences: Sequence[Sentence] | None = None) -> tuple[Statistic, ...]:
    """:func:`carry_frames` over every paragraph of ``text`` (``stats`` sorted by start);
    ``sentences`` are the text's (the Document's), else it is split here."""
    by_para: dict[int, list[tuple[int, int]]] = {}
    for sent in _sentences(text) if sentences is None else sentences:
        by_para.setdefault(sent.paragraph, []).append((sent.start, sent.end))
    out: list[Statistic] = []
    i = 0
    for spans in by_para.values():
        lo, hi = spans[0][0], spans[-1][1]
        while i < len(stats) and stats[i].start < lo:
            out.append(stats[i])
            i += 1
        k = i
        while k < len(stats) and stats[k].start < hi:
            k += 1
        out.extend(carry_frames(text, spans, stats[i:k]))
        i = k
    out.extend(stats[i:])
    return tuple(out)


#: (paragraph, figure, group it is about or None): the frame carry's examples; the figure is
#: the first statistic with that text.
FRAME_EXAMPLES: Final[tuple[tuple[str, str, str | None], ...]] = (
    ("Among renters, the outlook is grim. 44% fear a rent rise and 31% have cut back.",
     "31%", "renters"),
    ("For graduates aged 25 to 34, the squeeze is real. Some 52 per cent live with parents. "
     "Another 18 per cent share a flat.", "18 per cent", "graduates aged 25 to 34"),
    ("In the Conservative camp, the mood is sour. Just 38% back the leader.", "38%",
     "Conservative camp"),
    ("Among Albertans, frustration runs high. 61% want a new deal. Overall, 40% agree.",
     "40%", None),
    ("Among pensioners, worry is high. 57% fear the cut, and 20% of all adults agree. "
     "Another 12% are unsure.", "12%", None),
    ("Among farmers, the mood is tense. Women are split (48%). 33% expect losses.", "33%",
     None),
    ("For years the figure was stable. 44% agree.", "44%", None),
    ("Only 39% of Albertans now trust Ottawa, compared with 52% in 2021 — a 13-point fall.",
     "52%", "Albertans"),
    ("Only 39% of Albertans now trust Ottawa, compared with 52% in 2021 — a 13-point fall.",
     "13-point", "Albertans"),
    ("Some 27% of carers feel supported, up from 19% in 2019.", "19%", "carers"),
    ("Some 27% of carers feel supported, against 35% overall.", "35%", None),
    ("Some 27% of carers feel supported, while among nurses it is 41%.", "41%", "nurses"),
    ("Some 27% of carers feel supported, compared with 45% of adults.", "45%", None),
    ("Use ranges from 61% of nurses in Dublin to 33% in Cork.", "33%", None),
    ("Among Greens, 57% say so, compared with 49% of Liberals. In 2021, the figures were 40% "
     "and 35%, respectively.", "35%", "Liberals"),
    ("Among Greens, 57% say so. In 2021, the figures were 40% and 35%, respectively.", "35%",
     "Greens"),
    ("Among Labour voters, 71% back the plan. In June, Tory voters gave 22%.", "22%", None),
    ("Among nurses, pay dominates. Support is highest in rural Wales, at 58%, and among "
     "older staff.", "58%", None),
)
