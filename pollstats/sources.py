"""Source mentions: which organization a passage says produced a survey or figure.

Two kinds of mention, each with its span:

* **known** organizations from ``data/pollsters.txt`` (canonical name and aliases; ``Levada``,
  ``Levada-Center`` and ``Yuri Levada Analytical Center`` are all ``Levada Center``). Matching is
  anchor-first: a capitalized word is looked up by its first word, and only then are that
  word's aliases tried at the position.
* **unknown** organizations named by the wording around them: ``a survey by the X Institute``,
  ``according to X``, ``X's latest poll``, ``the X poll found``, ``conducted by X``, ``X/Y poll``,
  and the named rows of :data:`WORDING_RULES` (``a survey conducted by X``, ``commissioned by
  X``, ``X fielded the poll``, ``X Survey: ...`` in a headline). They are reported as written
  (``the`` and a possessive ``'s`` dropped).

A pollster's short name that is also a word, a place or a surname (``Resolve``, ``Essential``,
``Siena``; ``data/sources.txt`` [short_names]) names it only where the text names the full name
too or poll wording surrounds it (:data:`SHORT_NAME_RULES`: ``Resolve puts Labor on 49``,
``with Essential``, ``the latest Siena poll``).

A survey programme resolves to its organization when the table says whose it is
(``Politbarometer`` is Forschungsgruppe Wahlen's); a renamed firm keeps the name the text uses
(``ComRes`` stays ``ComRes``); a generic noun (``the company``), a place (``Chicago``) or a news
outlet (``Reuters``, ``X for the Herald``) is never a source's name (``data/sources.txt``).

Two more registries say what the document does with its mentions:

* :data:`ROLE_RULES` give a mention its role in the passage (``SourceMention.role``, read by
  :mod:`pollstats.passage`): ``fieldwork`` ("The poll, conducted for the Herald by X": the
  firm that ran a survey already named, which keeps that name when it is a table's),
  ``aside`` ("the 2.8% inflation rate recorded by X": the source of that one figure) and
  ``separate`` ("A separate poll by X": a digression of one paragraph, unless the text names
  X in another paragraph too).
* :data:`NAME_RULES` give each organization the name the document gives it: the full name
  spelled out for a bare abbreviation of the table (``CIS`` -> ``Centro de Investigaciones
  Sociológicas``), a short name defined in brackets, capitals that spell the initials of an
  organization named before (``CSO`` after ``the Central Statistics Office``), and a news
  outlet that commissioned or published a poll named by the firm that ran it (``an X poll for
  the daily Y``: ``according to Y`` later is X).

A mention also keeps the noun the text describes it by (``the loneliness charity X``,
``X, a Prague think tank,``: :func:`described_as`), so ``the charity`` later names it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Final

import attrs
import regex

from ._data import alternation, read_text, table, words
from .grouping import PARTY_WORDS
from .groupwords import COUNTRY_WORDS
from .match_words import INTERVIEW_MODES
from .periods import MONTH_WORDS

__all__ = [
    "CENTRAL_BANK_WORDS", "NAME_RULES", "ROLE_RULES", "SHORT_NAMES", "SHORT_NAME_RULES",
    "WORDING_RULES", "NameRule", "RoleRule", "ShortNameRule", "SourceMention", "WordingRule",
    "described_as", "find_sources", "firm_lines", "official_bodies", "other_programme",
    "pollsters", "programmes",
]


@attrs.frozen
class SourceMention:
    start: int
    end: int
    text: str
    name: str  # canonical name for known organizations, the words as written otherwise
    known: bool
    forward: bool = False  # names only the figures after it ("the ministry expects 5.4%")
    commissioner: bool = False  # paid for the survey ("commissioned by X"); its pollster wins
    #: published the findings ("published today by X"); the organization its sentence says
    #: carried the survey out wins ("... carried out by Y")
    publisher: bool = False
    #: "(52pc) told the CBI": its sentence's dates are what was said, not its fieldwork
    told: bool = False
    #: what the mention does in its passage (:data:`ROLE_RULES`): ``fieldwork`` (the firm that
    #: ran the survey the passage is on), ``aside`` (the source of the one figure before it),
    #: ``separate`` (a digression from the story's survey); None: an ordinary naming
    role: str | None = None
    #: the noun the text describes it by ("the loneliness charity X", "X, the Leeds-based
    #: pollster,"): "the charity" later names it (:func:`described_as`)
    noun: str | None = None


_OTHER_NAME: Final = ("formerly ", "now ")  # a renamed firm's other name: kept as written


def _table_lines() -> Iterator[tuple[str, list[tuple[str, bool]]]]:
    """Each line of ``data/pollsters.txt``: its canonical name (a programme's organization)
    and its names as written, each with whether it is a renamed firm's other name
    (``formerly X``, ``now X``, the prefix dropped)."""
    for raw in read_text("pollsters.txt").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, aliases = line.partition("|")
        name, _, owner = head.partition(">")
        names: list[tuple[str, bool]] = []
        for alias in [name, *aliases.split(";")]:
            alias = " ".join(alias.split())
            other = next((p for p in _OTHER_NAME if alias.startswith(p)), None)
            names.append((alias[len(other):], True) if other is not None else (alias, False))
        yield " ".join((owner or name).split()), names


@functools.cache
def pollsters() -> dict[str, str]:
    """``{alias or canonical name: canonical name}`` from ``data/pollsters.txt``. A survey
    programme (``Programme > Organization``) and its aliases give the organization; a renamed
    firm's other name (``formerly X``, ``now X``) gives itself."""
    out: dict[str, str] = {}
    for canonical, names in _table_lines():
        out.setdefault(canonical, canonical)
        for alias, renamed in names:
            if renamed:
                out[alias] = alias
            elif alias:
                out[alias] = canonical
    return out


@functools.cache
def firm_lines() -> dict[str, str]:
    """``{name: the canonical name of its table line}``, a renamed firm's other name
    (``now Verian Sifo``) with its line's: which names the table lists as one firm."""
    out: dict[str, str] = {}
    for canonical, names in _table_lines():
        out.setdefault(canonical, canonical)
        for alias, _ in names:
            if alias:
                out.setdefault(alias, canonical)
    return out


#: The table's sections of official bodies: statistics offices, central banks, vote counters.
_OFFICIAL_SECTIONS: Final = ("# == Statistics offices", "# == Central banks",
                             "# == Electoral bodies")


@functools.cache
def official_bodies() -> frozenset[str]:
    """The canonical names of the table's official bodies (``data/pollsters.txt``: its
    statistics offices, central banks and vote counters), whose counts and rates are theirs."""
    out: set[str] = set()
    inside = False
    for raw in read_text("pollsters.txt").splitlines():
        line = raw.strip()
        if line.startswith("# =="):
            inside = line.startswith(_OFFICIAL_SECTIONS)
        elif inside and line and not line.startswith("#"):
            head = line.partition("|")[0]
            name, _, owner = head.partition(">")
            out.add(" ".join((owner or name).split()))
    return frozenset(out)


@functools.cache
def programmes() -> dict[str, str]:
    """``{programme name or alias: organization}``: the table's ``Programme > Organization``
    lines (``Politbarometer`` is Forschungsgruppe Wahlen's)."""
    out: dict[str, str] = {}
    for raw in read_text("pollsters.txt").splitlines():
        line = raw.strip()
        if line.startswith("#") or ">" not in line.partition("|")[0]:
            continue
        head, _, aliases = line.partition("|")
        name, _, owner = head.partition(">")
        for alias in [name, *aliases.split(";")]:
            if alias.strip():
                out[" ".join(alias.split())] = " ".join(owner.split())
    return out


_WORD_CHARS = r"[\w&\-]"
_HEAD = regex.compile(rf"{_WORD_CHARS}+(?:[./]{_WORD_CHARS}+)*")


@functools.cache
def _by_head() -> dict[str, tuple[str, ...]]:
    """Aliases grouped by their first word, longest first."""
    groups: dict[str, list[str]] = {}
    for alias in pollsters():
        m = _HEAD.match(alias)
        head = m[0] if m else alias
        groups.setdefault(head, []).append(alias)
        slash = head.split("/")[0]
        if slash != head:
            groups.setdefault(slash, []).append(alias)
    return {k: tuple(sorted(set(v), key=lambda a: (-len(a), a))) for k, v in groups.items()}


@functools.cache
def _head_pattern(head: str) -> regex.Pattern[str]:
    """The aliases starting with ``head`` as one alternation, matched at a known position."""
    alts = "|".join(r"\s+".join(regex.escape(w) for w in a.split()) for a in _by_head()[head])
    return regex.compile(rf"(?:{alts})(?![\w\-])")


_CANDIDATE = regex.compile(
    r"""
    (?<![\w\-./])                  # a fresh word, capitalized or a digit ("1News"); names in
    [\p{Lu}0-9]                    # lower case ("uComms") are matched by _lowercase_aliases
    [\w&\-]*+(?:[./][\w&\-]++)*+   # the rest of the word: "Levada-Center", "CNN/SSRS"
    """,
    regex.VERBOSE,
)


@functools.cache
def _lowercase_aliases() -> regex.Pattern[str] | None:
    """Aliases that start in lower case ("gfs bern"): too few to anchor on, matched directly."""
    low = sorted((a for a in pollsters() if a[:1].islower()), key=lambda a: (-len(a), a))
    if not low:
        return None
    alts = "|".join(r"\s+".join(regex.escape(w) for w in a.split()) for a in low)
    return regex.compile(rf"(?<![\w\-./])(?:{alts})(?![\w\-])")


def _fold(name: str) -> str:
    """``Ipsos Perú`` -> ``ipsos peru``: case and accents dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
                   ).casefold()


def _as_written(alias: str, canonical: str) -> str:
    """The canonical name, but in the text's own spelling when the two differ only in accents,
    case or a space (``Ipsos Perú`` stays ``Ipsos Perú``, ``NOIPolls`` stays ``NOIPolls``;
    ``Levada-Center`` gives ``Levada Center``)."""
    return alias if alias != canonical and (
        _fold(alias).replace(" ", "") == _fold(canonical).replace(" ", "")
        and "-" not in alias) else canonical


#: No alias is longer than this (with generous room for extra spaces between its words).
_LONGEST: Final = 160


def _known(text: str, start: int, end: int) -> Iterator[SourceMention]:
    names = pollsters()
    lower = _lowercase_aliases()
    if lower is not None:
        for hit in lower.finditer(text, start, end):
            name = names[" ".join(hit[0].split())]
            yield SourceMention(hit.start(), hit.end(), hit[0], name, True)
    table = _by_head()
    pos = start
    for m in _CANDIDATE.finditer(text, start, end):
        if m.start() < pos:
            continue
        word = m[0]
        heads = [word]
        if "/" in word:
            heads.append(word.split("/")[0])
        for head in heads:
            if head not in table:
                continue
            hit = _head_pattern(head).match(text, m.start(), min(end, m.start() + _LONGEST))
            if hit is not None:
                alias = " ".join(hit[0].split())
                name = _as_written(alias, names[alias])
                yield SourceMention(hit.start(), hit.end(), hit[0], name, True)
                pos = hit.end()
                break


# -- organizations in no table, recognized by the words around them ---------------------------

_CONNECT = r"(?:of|for|the|and|&|on|de|du|at|in|y|ng|del|des|für)"  # "Bangko Sentral ng Pilipinas"
#: A capitalized word of a name, or one whose second letter is the capital ("iData").
_CAP = (r"(?:(?:[\p{Lu}]|[a-z](?=\p{Lu}))[\w&\-]*+(?:\.[\w&\-]++)*+"
        r"(?:\.|(?<=s)['’](?=[ \t]+\p{Lu}))?(?![\w]))")
_ORG = (  # "Harbourview Institute", "Center for Civic Polling", "Marlow/Fenwick"
    rf"(?P<org>{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+){{0,2}}{_CAP}){{0,6}}"
    rf"(?:/{_CAP}(?:[ \t]+{_CAP}){{0,3}})?)"
)
_SURVEY = (
    r"(?i:poll|polls|survey|surveys|study|research|data|report|analysis|measurements?|polling"
    r"|barometer|tracker|index|indicator)"  # "the Quarterly Economic Indicator from X"
)
_LOWER_ADJ = r"(?:(?i:the|a|an)[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,4}?"  # "by social platform X"

#: A run of capitalized words (with "of", "for"... between): every unknown organization is
#: one. Runs are found first (fast), then the words around each run are checked.
_ORG_RUN = regex.compile(rf"(?<![\w\-./&'’]){_ORG}")
_ORG_BEFORE = regex.compile(
    rf"""(?r)
    (?:(?i:according[ \t]+to)                                                 # according to X
      | {_SURVEY},?[ \t]+(?:(?i:conducted|carried[ \t]+out|released|published|fielded|run|done)
            [ \t]+)?(?i:by|from)                                               # a survey by X
      | (?i:surveyed|polled|interviewed|conducted|fielded|released|published|carried[ \t]+out
           |run|undertaken)
        (?:[ \t]+[^\s.;,]{{1,20}}){{0,5}}?[ \t]+(?i:by)    # conducted (in April for the city) by X
    )
    [ \t]+{_LOWER_ADJ}\Z
    """,
    regex.VERBOSE,
)
_ROLE_BEFORE = regex.compile(  # "by the pollster Criteria", "recruitment firm Hayes Lane"
    r"""(?r)(?<!\w)(?i:pollster|polling[ \t]+(?:firm|company|agency|institute)|research[ \t]+
    (?:firm|company|group|institute)|survey[ \t]+(?:firm|company)|market[ \t]+researcher
    |(?-i:[A-Za-z][a-z\-]{2,})[ \t]+(?:firm|consultancy|charity)|think[ \t]+tank)
    [ \t]+\Z""",
    regex.VERBOSE,
)
_FOR_CLIENT = regex.compile(  # "a survey for the mental health charity Mind, by YouGov"
    # (or after the firm's own description: "by X, a research consultancy, for the think tank Y")
    r"""(?r)(?:(?<!\w)(?i:poll|survey|study|research|report)[ \t]+|,[ \t]*)(?i:for)[ \t]+
    (?:(?i:the)[ \t]+)?(?:[\w\-'’]+[ \t]+){0,4}?\Z""",
    regex.VERBOSE,
)
#: The body a survey was done for: "carried out by X on behalf of the Y".
_ON_BEHALF = regex.compile(
    r"""(?r)(?<!\w)(?i:on[ \t]+behalf[ \t]+of)[ \t]+(?:(?i:the)[ \t]+)?
    (?:[\w\-'’]+[ \t]+){0,4}?\Z""",
    regex.VERBOSE)
#: A month's name, not a survey's title ("Marquette's May survey").
_MONTH = rf"(?i:{'|'.join(sorted(MONTH_WORDS, key=lambda w: (-len(w), w)))})"
_POSSESSIVE_POLL = regex.compile(
    rf"""(?:['’]s|(?<=s)['’])[ \t]+
    (?:(?i:latest|new|recent|annual|monthly|weekly|own|first|last)[ \t]+)?
    (?:(?!{_MONTH}(?!\w))                            # X's annual Title Words survey
      {_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)?{_CAP}){{0,4}}[ \t]+)?
    {_SURVEY}(?!\w)                                                           # X's latest poll
    """,
    regex.VERBOSE,
)
_MODE_WORDS = alternation(list(INTERVIEW_MODES))
_NOUN_POLL = regex.compile(  # the X poll; "a Kestrel telephone survey", "an X online poll"
    rf"""[ \t]+(?:(?i:{_MODE_WORDS})[ \t]+)?
    (?i:poll|survey|study|barometer|tracking[ \t]+poll)(?!\w)""", regex.VERBOSE
)
#: The X, a few lower-case words, then its survey: "the Westpac-Harbour consumer confidence
#: survey", "the Lloyds Bank business barometer" (:func:`_noun_polled`).
_NOUN_POLL_WIDE = regex.compile(
    r"""[ \t]+(?:\p{Ll}[\w\-]*[ \t]+){1,3}?
    (?i:poll|survey|study|barometer|index|tracker|monitor)(?!\w)""", regex.VERBOSE)
#: A joint name of two organizations ("Westpac-McDermott Miller", "ANZ/Roy Morgan").
_JOINT_CAPS = regex.compile(r"\p{L}[\-/–]\p{Lu}")
_ARTICLE_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?i:the|a|an|new|latest|recent)[ \t]+(?:[\w\-]+[ \t]+){0,2}\Z"
)
_SAID_AFTER = regex.compile(
    r"""(?:[ \t]*\([^()\n]{1,16}\))?(?:,[^,\n]{1,60},)?[ \t]+   # "X (XYZ) said"
    (?:(?i:later|also|then|officially)[ \t]+)?  # "The X later declared ..."
    (?i:said|says|reported|reports|found|finds|showed|shows|released|publishes|published|
        declared|announced|
        cut|raised|lowered|held|kept|estimated|estimates|expects|forecast|forecasts
        |(?<!(?:Survey|Index|Poll|Monitor|Barometer|Tracker|Study|Report)[ \t]+)  # a title's
          (?:put|puts|pegged|pegs|recorded|records))(?!\w)  # "the agency put the rate at"
    """,
    regex.VERBOSE,
)
#: The verbs of a rate put at a level ("the agency put the rate at"), which "Polls put Kast
#: ahead" shares: a name of one word is no organization by them.
_PUT = regex.compile(r"(?i:put|puts|pegged|pegs|recorded|records)\Z")
#: Capitalized words that do not name an organization on their own.
_NOT_ORG: Final = frozenset(m.capitalize() for m in MONTH_WORDS) | frozenset(
    """
    The A An This That These Those It Its In On At For And Of Our Their His Her We They He She
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Professor Prof Dr Mr Mrs Ms
    President Minister Senator Governor Rep Sen
    """.split()
)


#: A quarter, a half or a fiscal year written like a name ("Q3", "H1", "FY2025").
_TIME_WORD = regex.compile(r"(?:Q[1-4]|H[12]|FY[0-9]{2,4})")


#: "Researchers at the Kestrel Institute": the people who work at an organization.
_STAFF_AT = regex.compile(
    r"""(?:Researchers|Scientists|Academics|Experts|Analysts|Economists|Pollsters|Authors)
    [ \t]+(?:at|from|with)[ \t]+""", regex.VERBOSE)


def _clean_org(org: str) -> str:
    words = org.split()
    while words and words[0] in ("The", "the"):
        words = words[1:]
    name = " ".join(words).rstrip(".")
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


#: Last words that make a capitalized name an organization ("the Harbor Safety Trust said").
_ORG_WORDS: Final = frozenset(
    """
    Center Centre Institute Institution Foundation University College Research Polling Poll
    Polls Associates Analytics Strategies Insights Trust Council Agency Bureau Office Group
    Partners Consulting Commission Ministry Department Society Association Federation League
    Union Fund Project Network Observatory Monitor Barometer Survey Surveys Statistics Lab
    Reserve Bank Treasury Authority Service Administration Office Board Chamber Chambers
    Commerce Industry Confederation Unions Consortium Labs Ministry Directorate
    Inc Corp Corporation Ltd Limited LLC Plc PLC GmbH AG Holdings Company Data Metrics
    Intelligence Consultants Consultancy
    Army Mission Alliance Coalition Forum Movement Initiative Campaign Aid Relief Cross
    Crescent Partnership Appeal
    Conseil Conseils Consultores Consultora Consultoría Consultoria Sondages Sondaggi Sondagens
    Pesquisas Estudios Estudos Investigaciones Ricerche Instituto Institut Istituto Instytut
    Centro Fundación Fundação Stiftung Forschung Agencia Agência Agence Agenzia Grupo Groupe
    Gruppo
    """.split()  # (the words of other languages: "Sigma Conseil", "Datos Consultores")
)


#: Last words of a unit inside a larger body ("the University of Sydney's Matilda Centre").
_UNIT_WORDS: Final = frozenset(
    "Centre Center Institute Unit Lab Laboratory School Observatory Department Faculty".split())
_UNIT_AFTER = regex.compile(
    rf"""['’]s[ \t]+(?P<unit>(?:\p{{Lu}}[\w\-]*[ \t]+){{0,3}}(?:{"|".join(sorted(_UNIT_WORDS))}))
    (?![\w\-])""", regex.VERBOSE)


_ROLE_WORDS: Final = ("poll", "firm", "research", "compan", "survey", "consultanc", "charity",
                      "think tank")
_BEFORE_WORDS: Final = ("according", "by", "from")


def _has_any(chunk: str, needles: tuple[str, ...]) -> bool:
    return any(n in chunk for n in needles)


#: Abbreviations a name keeps inside it ("Acme Co. Research", "Smith Bros. Polling").
_ABBREVIATIONS: Final = frozenset("Inc Co Corp Ltd Bros Jr Sr St Mt Dr Mr Mrs Ms Prof No".split())


def _sentence_cut(org: str) -> int | None:
    """Where a run of capitalized words crosses into the next sentence: the full stop before
    a word that starts sentences and names nothing ("University. Of", "Inc. The"), or any
    full stop after a word that is no abbreviation or initial ("Elections. Unaffiliated")."""
    i = org.find(". ")
    while i >= 0:
        nxt = org[i + 2 :].split(" ", 1)[0].rstrip(".")
        last = org[:i].rsplit(" ", 1)[-1].rsplit(".", 1)[-1]
        if nxt in _NOT_ORG or (len(last) > 1 and last not in _ABBREVIATIONS):
            return i
        i = org.find(". ", i + 1)
    return None


@attrs.frozen
class WordingRule:
    """One wording that makes a run of capitalized words an organization that produced a
    survey: ``before`` (a reversed pattern ending where the name starts) or ``after`` (matched
    where it ends). ``examples`` are (sentence, the organization's name) pairs; in
    ``near_misses`` the rule names nothing. A ``strict`` rule's wording fits a person or a
    newspaper too ("Jones's report", "told The Times"), so it names no person-like name and
    no news outlet."""

    name: str
    before: regex.Pattern[str] | None
    after: regex.Pattern[str] | None
    examples: tuple[tuple[str, str], ...]
    near_misses: tuple[str, ...]
    strict: bool = False


#: Nouns of a survey's or a data series' own name: "the CBI's distributive trades survey".
_SERIES = (
    r"(?i:surveys?|polls?|monitor|index|tracker|barometer|study|report|data|figures|statistics)"
)
#: Words that end a survey's descriptive name: "the Premier's rating in the survey", "the
#: Greens' leader each poll 4%" name no survey of theirs.
_GAP_STOP = (
    r"(?i:the|a|an|in|of|on|for|to|at|by|with|and|or|but|each|all|both|who|which|that|its|"
    r"their|his|her|this|these|those|is|are|was|were|be|been|has|have|had|will|would|can|"
    r"could|may|might|also|now|still|only|just|around|about|rating|ratings|approval)"
)
_SAYS = r"(?i:said|says|found|finds|showed|shows|reported|reports|estimated|estimates)"


#: What a text calls a firm that polls, in an apposition ("X, a Lima polling firm that ...").
_FIRM_NOUNS = (r"(?:polling|research|survey|market[ \t]+research|opinion[ \t]+research)"
               r"[ \t]+(?:firm|company|agency|house|consultancy|institute)|firm|consultancy"
               r"|market[ \t]+researcher")
_DONE = (r"conducted|published|fielded|carried[ \t]+out|run|done|released|undertaken"
         r"|produced|compiled|prepared")
_PAID = r"commissioned|sponsored|funded|paid[ \t]+for"
_MADE = rf"{_DONE}|{_PAID}"
WORDING_RULES: Final[tuple[WordingRule, ...]] = (
    WordingRule(
        "survey_done_by",  # "a survey conducted by X", "the study, published by X,"
        regex.compile(
            rf"""(?r)(?<!\w){_SURVEY},?[ \t]+(?i:{_DONE})[ \t]+(?i:by)
            [ \t]+{_LOWER_ADJ}\Z""", regex.VERBOSE),
        None,
        (("A survey conducted by Brightline Insights found 47% of renters were stressed.",
          "Brightline Insights"),
         ("The study, published by the Kestrel Trust in Leeds, found 29% skip breakfast.",
          "Kestrel Trust"),
         ("Una encuesta — a survey fielded by Opina Norte — found 38% in favour.",
          "Opina Norte"),
         ("The annual report, produced by the Tasman Social Research Centre, found 17% in "
          "stress.", "Tasman Social Research Centre"),
         ("The index, compiled by the Ontario Food Policy Institute, puts the share at 16%.",
          "Ontario Food Policy Institute")),
        ("The survey, conducted by phone in March, found 40%.",
         "A poll conducted by telephone found 52% in favour."),
    ),
    WordingRule(
        "commissioned_by",  # "the poll, commissioned by X,", "research paid for by X"
        regex.compile(
            rf"""(?r)(?<!\w)(?i:{_PAID})
            (?:[ \t]+[^\s.;,]{{1,20}}){{0,4}}?[ \t]+(?i:by)[ \t]+{_LOWER_ADJ}\Z""",
            regex.VERBOSE),
        None,
        (("The poll, commissioned by the Acme Foundation, found 52% backed a levy.",
          "Acme Foundation"),
         ("Research commissioned last year by the Harbour Trust shows 61% agree.",
          "Harbour Trust"),
         ("Figures funded by Maple Street Capital put support at 44%.",
          "Maple Street Capital")),
        ("The project was funded by taxpayers; 30% objected.",
         "The poll was commissioned by a local charity; 30% objected."),
    ),
    WordingRule(
        # "The Kestrel agency, which interviewed 1,100 adults for Nova TV, ...": a name, then
        # the lower-case noun of a polling firm, then what it did
        "name_agency_did",
        None,
        regex.compile(
            r"""[ \t]+(?:(?i:polling|research|survey|opinion)[ \t]+)?
            (?i:agency|firm|company|pollster|institute)
            (?:[ \t]*,[ \t]+(?i:which|that))?
            [ \t]+(?:(?i:has|had|also|recently|last[ \t]+week)[ \t]+)?
            (?i:surveyed|polled|interviewed|questioned|conducted|fielded|carried[ \t]+out)
            (?!\w)""", regex.VERBOSE),
        (("The Kestrel agency, which interviewed 1,100 adults for Nova TV, puts the party on "
          "21 percent.", "Kestrel"),
         ("The Medis polling firm surveyed 900 voters in Varna; 44% back the mayor.", "Medis")),
        ("The Sarah Okafor firm, which polled 900 voters, found 44% agree.",
         "The Kestrel agency welcomed 44 new staff in May."),
        strict=True,
    ),
    WordingRule(
        # "the Harbour Pulse poll that Kestrel Research conducted for the daily X": the firm
        # that ran a poll, named after the poll (and its title) in a relative clause
        "poll_that_x_ran",
        regex.compile(
            r"""(?r)(?<!\w)(?i:poll|survey|study|barometer|tracker)[ \t]+(?i:that|which)[ \t]+
            (?:(?i:the)[ \t]+)?\Z""", regex.VERBOSE),
        None,
        (("Labour leads on 31%, shows the Harbour Pulse poll that Kestrelmedia conducted for "
          "the daily Vjesnik.", "Kestrelmedia"),
         ("The survey which Datamar ran for the broadcaster in May put the party on 22%.",
          "Datamar")),
        ("The poll that Sarah Okafor commissioned put the party on 22%.",
         "The survey that March brought put the party on 22%."),
        strict=True,
    ),
    WordingRule(
        # "X, a Quito polling firm that fielded ...", "A third firm, X, which ...": the text
        # describes the name as a firm's; a one-word name no table knows is one too
        "described_firm",
        regex.compile(
            rf"""(?r)(?<!\w)(?i:a|an|the|another)[ \t]+(?:[\w\-'’]+[ \t]+){{0,3}}?
            (?i:{_FIRM_NOUNS})[ \t]*,[ \t]+\Z""", regex.VERBOSE),
        regex.compile(
            rf"""[ \t]*,[ \t]+(?i:a|an|the)[ \t]+
            (?:(?!(?i:of|at|for|in|with|from|to|and|who)[ \t])[\w\-'’]+[ \t]+){{0,3}}?
            (?:(?i:{_FIRM_NOUNS})(?=[ \t]+(?i:that|which)(?!\w)|[ \t]*[,;])
              |(?i:pollster)(?=[ \t]+(?i:that|which)(?!\w)))  # a person is a pollster too""",
            regex.VERBOSE),
        (("Votara, a Quito polling firm that fielded an online survey, put the mayor on 41%.",
          "Votara"),
         ("A second firm, Medidora, which ran a phone poll for the daily La Hora, had 38%.",
          "Medidora"),
         ("Kestrel, a Nairobi pollster that surveys by SMS, found 52% agree.", "Kestrel")),
        ("Okafor, a veteran pollster, told reporters 40% agree.",
         "Okafor, a pollster who worked for the party, said 40% agree.",
         "A third firm, in Quito, had 38%."),
        strict=True,
    ),
    WordingRule(
        "made_the_survey",  # "X conducted the survey", "X, which fielded the poll,"
        None,
        regex.compile(
            rf"""(?:[ \t]*\([\p{{Lu}}][\p{{L}}0-9&\-]{{1,11}}\))?  # "X (XYZ) conducted the poll"
            (?:,[ \t]+(?i:which|who|that)|,[^,\n]{{1,100}},)?          # X, the platform,
            (?:[ \t]+(?i:today|recently|yesterday|also|has|have|on[ \t]+\w+day))?
            [ \t]+(?i:{_MADE}|ran)[ \t]+
            (?:(?i:the|a|an|this|its|their|new|latest|online|national|annual|monthly)[ \t]+){{0,3}}
            (?:[\w\-]+[ \t]+){{0,6}}?{_SURVEY}(?!\w)""", regex.VERBOSE),
        (("Brightline Insights conducted the survey of 1,000 adults; 47% were stressed.",
          "Brightline Insights"),
         ("Harrow Analytics fielded the poll in May, and 61% agreed.", "Harrow Analytics"),
         ("The Acme Foundation, which commissioned the study, said 52% backed a levy.",
          "Acme Foundation"),
         ("Quillsoft, the payroll platform, today released its 2025 Workplace Pay Report; 48% "
          "of staff want raises.", "Quillsoft")),
        ("President Okafor commissioned the survey; 40% agreed.",
         "Ms Lindqvist published the data, and 33% agreed."),
    ),
    WordingRule(
        # "the barometer, which Kestrel Research fields each winter for the X": an
        # organization that runs a survey by habit, or for a client
        "runs_it_for",
        None,
        regex.compile(
            r"""[ \t]+(?i:conducts|fields|runs|carries[ \t]+out|compiles|produces)
            (?:[ \t]+(?i:each|every|twice|annually|monthly|weekly|quarterly)(?!\w)
              |(?:[ \t]+[^\s.!?]+){0,4}?[ \t]+(?i:for|on[ \t]+behalf[ \t]+of)[ \t])""",
            regex.VERBOSE),
        (("The barometer, which Kestrel Research fields each winter for the Marlow Institute, "
          "found 24% trust the government.", "Kestrel Research"),
         ("In the Harbour Trends survey, which Tasman Polling conducts for the Marlow Bank, 41% "
          "expect prices to rise.", "Tasman Polling"),
         ("Harbourview Metrics runs the tracker monthly for the city; 38% are satisfied.",
          "Harbourview Metrics")),
        ("Sarah Okafor runs the numbers each week; 41% agree.",
         "The Marlow Bank runs on Fridays, and 38% of staff agree."),
        strict=True,
    ),
    WordingRule(
        # "Trend, which polls for the daily Y,", "X, an agency that regularly polls for Y":
        # how papers introduce a firm by its client; the firm is the source
        "polls_for_client",
        None,
        regex.compile(
            r"""(?:,[ \t]+(?i:which|who|that)
              |,[ \t]+(?i:an?|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?i:which|that))
            (?:[ \t]+(?i:regularly|also|usually|often|now|traditionally))?
            [ \t]+(?i:polls|conducts[ \t]+(?:polls|surveys|polling)|does[ \t]+(?:the[ \t]+)?polling
              |carries[ \t]+out[ \t]+(?:polls|surveys))
            (?:[ \t]+(?i:regularly|monthly|weekly))?[ \t]+(?i:for|on[ \t]+behalf[ \t]+of)[ \t]""",
            regex.VERBOSE),
        (("Trend, which polls for the Sofia daily 24 Chasa, put the party at 26%.", "Trend"),
         ("Datum, which polls for the Lima paper El Comercio, found 75% disapprove.", "Datum"),
         ("Kestrelpoll, an agency that regularly polls for Nova TV, had the party on 31%.",
          "Kestrelpoll"),
         ("Harbourview, which conducts polls for the Toronto Star, put the Liberals at 38%.",
          "Harbourview")),
        ("Dana Orel, who polls for the Labour Party, put the figure at 31%.",
         "Trend, which fell for the third month, put output at 26% of capacity."),
        strict=True,
    ),
    WordingRule(
        "surveyed_people",  # "Vantage Insights surveyed 1,000 adults", "X polled 2,000 voters"
        None,
        regex.compile(
            r"""(?:[ \t]*\([\p{Lu}][\p{L}0-9&\-]{1,11}\))?  # "X (XYZ) polled 1,486 ..."
            (?:,[^,\n]{1,60},)?[ \t]+(?i:surveyed|polled|interviewed|questioned)[ \t]+
            (?:(?i:more[ \t]+than|over|nearly|almost|about|around|some|close[ \t]+to)[ \t]+)?
            [0-9][0-9,.]*[ \t]+(?!(?i:per[ \t]?cent|percent|points?|seats)(?!\w))[\p{L}]""",
            regex.VERBOSE),
        (("Vantage Insights surveyed 1,000 adults and found 44% back the levy.",
          "Vantage Insights"),
         ("Datos Norte Research, a Monterrey firm, polled more than 2,000 voters; 38% back "
          "the governor.", "Datos Norte Research"),
         ("Kestrel Research interviewed 1,502 Kenyans in March and 61% agreed.",
          "Kestrel Research"),
         ("The Royal College of Harbour Nurses (RCHN) polled 1,200 of its members; 61% had "
          "worked unpaid hours.", "Royal College of Harbour Nurses"),
         ("The Canadian Kestrel Federation (CKF) surveyed 2,400 small firms and 38% cut "
          "staff.", "Canadian Kestrel Federation")),
        ("Sarah Okafor surveyed 1,000 farmers; 44% agreed.",
         "Researchers surveyed 1,000 adults and 44% agreed.",
         "The Northern Alliance polled 46.6 per cent of the vote."),
        strict=True,
    ),
    WordingRule(
        # "The Marlow Federation of Industry (MFI), in its annual survey of 380 firms, said
        # 64% ...": an organization, then the survey it ran, introduced by "in its"
        "in_its_survey",
        None,
        regex.compile(
            rf"""(?:[ \t]*\([\p{{Lu}}][\p{{L}}0-9&\-]{{1,11}}\))?  # "X (MFI), in its ..."
            # the body it belongs to: "the Centre for Policy Studies (CPS) at Kestrel University"
            (?:[ \t]+(?i:at)[ \t]+(?:the[ \t]+)?\p{{Lu}}[\w\-]*
              (?:[ \t]+(?:of[ \t]+)?\p{{Lu}}[\w\-]*){{0,4}})?
            ,[ \t]+(?i:in|through|with)[ \t]+(?i:its|their|a|an)[ \t]+
            (?:(?!{_GAP_STOP}[ \t])[\w\-]+[ \t]+){{0,4}}?{_SERIES}(?!\w)""", regex.VERBOSE),
        (("The Marlow Federation of Industry (MFI), in its yearly poll of 455 manufacturers, "
          "said 64% listed energy costs first.", "Marlow Federation of Industry"),
         ("The Harbour Traders' Union, in its quarterly survey of 1,150 members, found 38% "
          "had cut hours.", "Harbour Traders' Union"),
         ("Kestrel Trust, through its monthly tracker, found 41% of renters behind on "
          "payments.", "Kestrel Trust"),
         # "in a poll", and the university the centre belongs to between
         ("The Centre for Policy Studies (CPS) at Kestrel University, in a poll conducted "
          "March 3-9 among 1,500 adults, found 44% trust parliament.",
          "Centre for Policy Studies"),
         # an "and" inside the name's "of" part
         ("The Federation of Small and Medium Traders (FSMT), in its annual survey of 900 "
          "members, found 44% had cut staff.", "Federation of Small and Medium Traders")),
        ("Sarah Okafor, in her annual report, said 40% agreed.",
         "The minister, in his speech, said 31% of firms were hiring.",
         "Smith and Jones, in their annual survey, found 40% agreed."),
        strict=True,
    ),
    WordingRule(
        "headline_noun_poll",  # a headline's or a caption's "...: LocalPulse survey" at its end
        None,
        regex.compile(r"[ \t]+(?i:survey|poll|study)(?=[ \t]*(?:\n|\Z))"),
        (("Potholes top residents' concerns: Civicly survey\n\n61% named them.", "Civicly"),
         ("Reform extends lead in Opinara poll\n\nReform is on 31%.", "Opinara")),
        ("Reform extends lead in new poll\n\nReform is on 31%.",
         "Concerns grow in Leeds survey\n\n61% named potholes."),
    ),
    WordingRule(
        "headline_survey",  # a press release's headline: "Quillsoft Survey: Half of ..."
        None,
        regex.compile(r"[ \t]+(?:Survey|Poll|Study|Report|Research)[ \t]*:"),
        (("Quillsoft Survey: Half of Staff Want Raises\n\nSome 48% said so.", "Quillsoft"),
         ("Marlow Trust Poll: Renters Squeezed\n\n61% of renters agree.", "Marlow Trust")),
        ("New Survey: Half of Staff Want Raises\n\nSome 48% said so.",),
    ),
    WordingRule(
        "possessive_series",  # "the CBI's quarterly distributive trades survey", "X's data"
        None,
        regex.compile(
            rf"""(?:['’]s|(?<=s)['’])[ \t]+
            (?:(?:(?!{_GAP_STOP}[ \t])[\w\-]+
               |(?-i:of|the)(?=[ \t]+(?:the[ \t]+)?\p{{Lu}}))  # "State of the Nation"
             [ \t]+){{0,6}}?{_SERIES}(?!\w)""", regex.VERBOSE),
        (("The CBI's quarterly distributive trades survey, based on 91 retailers, showed sales "
          "fell 12pc.", "CBI"),
         ("The British Chambers of Commerce's quarterly economic survey, which polled 5,100 "
          "firms, found 31pc expected higher prices.", "British Chambers of Commerce"),
         ("HarlowIQ's monthly Footfall Monitor put visits down 3.4pc.", "HarlowIQ"),
         ("The Kestrel Mission's annual State of the City report said 14% more families "
          "sought help.", "Kestrel Mission"),
         ("Quillsoft's card spending data showed a 1.4pc rise in May.", "Quillsoft")),
        ("Sarah Okafor's annual report found 31pc of staff were unhappy.",
         "The Premier's rating in the survey: approve 38, disapprove 55.",
         "Labour's Ana Ruiz and the Greens' Tom Reyes each poll around 4%.",
         "Leeds's footfall data showed visits down 3.4pc.",
         "Last year's survey found 31pc were unhappy."),
        strict=True,
    ),
    WordingRule(
        "figures_from",  # "figures from the Harlow-Vantage footfall monitor showed ..."
        regex.compile(
            rf"""(?r)(?<!\w)(?i:figures|data|statistics|numbers|readings
              # an official count: "final results from the X" (not a blog's "results from")
              |(?:final|official|provisional|preliminary|certified)[ \t]+results)[ \t]+
            (?:(?i:compiled|published|released|collected|gathered)[ \t]+)?(?i:from|by)
            [ \t]+{_LOWER_ADJ}\Z""", regex.VERBOSE),
        None,
        (("Figures from the Harlow-Vantage footfall monitor showed visits fell 3.4pc.",
          "Harlow-Vantage"),
         ("Data compiled by Quillsoft put card spending up 1.4pc.", "Quillsoft"),
         ("Official results from the Harbour Electoral Commission gave the mayor 51.2%.",
          "Harbour Electoral Commission")),
        ("Figures from March showed visits fell 3.4pc.",
         "Results from Lagos gave the mayor 51.2%.",
         "Data from Leeds showed visits fell 3.4pc.",
         "Figures from Sarah Okafor showed 31pc agreed."),
        strict=True,
    ),
    WordingRule(
        # "pointing to Harbour Border Agency figures showing a 35% rise": not strict, as an
        # agency's name often fits a person's pattern ("Australian Border Force")
        "figures_showing",
        None,
        regex.compile(
            r"""[ \t]+(?:(?i:own|latest|new|official|monthly|quarterly|annual)[ \t]+)?
            (?i:figures|data|statistics|numbers)[ \t]+
            (?i:showing|show|shows|showed|suggesting|suggest|suggests|suggested|revealing|
               revealed|reveal|reveals|indicating|indicate|indicates|indicated)(?!\w)""",
            regex.VERBOSE),
        (("The minister pointed to Harbour Border Agency figures showing seizures rose 35 per "
          "cent.", "Harbour Border Agency"),
         ("Kestrel Trust data showed 35 per cent more renters in arrears.", "Kestrel Trust"),
         ("Opposition MPs cited Nord Employment Service figures suggesting 12% were idle.",
          "Nord Employment Service"),
         ("Officials point to Transnet Freight Rail official figures indicating a 9 per cent "
          "fall.", "Transnet Freight Rail"),
         ("Ontario Hydro Board numbers show 41% of bills were late.", "Ontario Hydro Board")),
        ("Leeds figures show visits down 3.4pc.",
         "Labour figures showed 31pc agreed.",
         "Sky News figures showed 31pc agreed.",
         "March figures showed visits fell 3.4pc."),
    ),
    WordingRule(
        "told_the_org",  # "more than half of retailers (57pc) told the CBI ..."
        regex.compile(
            r"""(?r)(?:\)|\d(?:pc|%)|(?<!\w)[a-z]{2,}s|(?i:respondents|members))[ \t]+
            (?i:told)[ \t]+(?:the[ \t]+)?\Z""", regex.VERBOSE),
        None,
        (("More than half of retailers (57pc) told the CBI they expected sales to fall.", "CBI"),
         ("Some 31pc of firms told the Harbour Trust they would hire.", "Harbour Trust")),
        ("Some 31pc of voters told The Times they would switch.",
         "Two in five workers told Sarah Okafor they were unhappy; 40% agreed.",
         "He told the Harbour Trust that 31pc agreed."),
        strict=True,
    ),
    WordingRule(
        "whose_data_said",  # "Quillsoft, whose data track card payments, said spending grew"
        None,
        regex.compile(
            rf"""(?:[ \t]*\([\p{{Lu}}][\p{{L}}0-9&\-]{{1,11}}\))?  # "X (XYZ), whose ..."
            ,[ \t]+(?:(?i:whose)[ \t]+(?:(?!{_GAP_STOP}[ \t])[\w\-]+[ \t]+){{0,3}}?{_SERIES}
                |(?i:which)[ \t]+(?i:tracks|track|monitors|measures|compiles|collects|processes|
                                   surveys|polls|analyses|analyzes))
            [^,\n]{{0,60}},[ \t]+{_SAYS}(?!\w)""", regex.VERBOSE),
        (("Quillsoft, whose data track card payments, said spending grew 1.4pc in May.",
          "Quillsoft"),
         ("HarlowIQ, which tracks footfall in 400 towns, said visits fell 3.4pc.",
          "HarlowIQ"),
         ("The Nordic-Baltic Chamber of Trade (NBCT), whose annual business survey of 180 "
          "members ran in May, found 31% expect growth.", "Nordic-Baltic Chamber of Trade")),
        ("Sarah Okafor, whose data track card payments, said spending grew 1.4pc.",
         "Quillsoft, which is based in Leeds, said spending grew 1.4pc."),
        strict=True,
    ),
    WordingRule(
        "appositive_said",  # "Fedvendas, the retailers' association, said sales fell 2%"
        None,
        regex.compile(
            rf""",[ \t]+(?i:the|a|an)[ \t]+
            (?:(?!(?i:of|at|for|in|with|from|to|and)[ \t])[\w\-'’]+[ \t]+){{0,4}}?
            (?i:group|body|association|federation|confederation|union|council|institute|
               think[ \t]+tank|charity|lobby|organi[sz]ation|firm|company|consultancy|agency|
               pollster|regulator|watchdog|network|alliance|chamber)
            [ \t]*,[ \t]+(?:(?i:also|separately|has|had|on[ \t]+\w+day)[ \t]+)?{_SAYS}(?!\w)""",
            regex.VERBOSE),
        (("Fedvendas, the retailers' association, said sales fell 2% in May.", "Fedvendas"),
         ("Kovar, a Prague think tank, found 41% favour the euro.", "Kovar"),
         ("Solvyn, the Lagos-based polling firm, said 58% back the reform.", "Solvyn"),
         ("Mahlangu Ndlovu Associates, a Durban consultancy, said 33% had cut back.",
          "Mahlangu Ndlovu Associates")),
        ("Okafor, the group's chairman, said 40% agreed.",
         "Tremblay, a member of the union, said 30% agreed.",
         "Sarah Okafor, the charity's founder, said 40% agreed."),
        strict=True,
    ),
)

#: News outlets: a poll "for The Times" or figures "told the BBC" are not theirs.
_MEDIA: Final = frozenset(" ".join(w.casefold().split()) for w in words("sources.txt", "media"))
_CAPWORD = regex.compile(r"[\p{Lu}][\p{Ll}]+")


def _person_like(name: str) -> bool:
    """Two or three capitalized words with no organization word ("Sarah Okafor"): a wording
    that fits a person too names no organization by it. A country's name at the end is a
    national body's, not a surname ("Foodbank Australia", "Oxfam India", "Mission Canada")."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(_CAPWORD.fullmatch(w) for w in parts) and (
        parts[-1] not in _ORG_WORDS) and parts[-1] not in _COUNTRY_ENDS


#: Countries that end a body's name ("Foodbank Australia"), not the ones that are surnames or
#: given names too ("Michael Jordan", "Kenya Moore" is first; "Georgia", "Chad", "Israel").
_COUNTRY_ENDS: Final = frozenset(
    w for w in COUNTRY_WORDS if " " not in w and w[:1].isupper() and not w.isupper()
) - frozenset("Jordan Georgia Chad Israel America Niger Guinea Dominica Mali Jamaica".split())


#: A scholar's or analyst's title just before a name ("run by sociologist Dana Orel"):
#: ``data/sources.txt`` [scholar_titles].
_PERSON_TITLE = regex.compile(
    rf"""(?<![\w\-])(?i:{alternation(words("sources.txt", "scholar_titles"))})[ \t]+\Z""",
    regex.VERBOSE)


#: A person's firm: "conducted by Dana Orel's firm", "Ivo Marek's polling company".
_PERSONS_FIRM = regex.compile(
    r"""['’]s[ \t]+(?:(?i:polling|research|survey|own)[ \t]+)?
    (?i:firm|company|agency|outfit|consultancy|team)(?!\w)""", regex.VERBOSE)
#: Languages interviews were held in: ``data/sources.txt`` [languages].
_LANGUAGES: Final = frozenset(words("sources.txt", "languages"))
_NAME_WORDS = regex.compile(r"[^\s,/&]+")


def _not_an_org(text: str, s: int, e: int, name: str) -> bool:
    """Whether the run ``name`` at ``text[s:e]`` names a person or languages, not an
    organization: a scholar's title before a person's name ("run by sociologist Dana Orel",
    "by statistician Ivo Marek for Channel 9"), a person's firm ("conducted by Dana Orel's
    firm": the firm goes unnamed), or only languages ("by telephone in Hebrew and Arabic")."""
    person = _person_like(name.partition(" for ")[0])
    if person and (_PERSON_TITLE.search(text, max(0, s - 30), s) is not None
                   or _PERSONS_FIRM.match(text, e, min(len(text), e + 40)) is not None):
        return True
    parts = [w for w in _NAME_WORDS.findall(name) if w != "and"]
    return bool(parts) and all(w in _LANGUAGES for w in parts)


def _noun_polled(text: str, s: int, e: int, org: str) -> bool:
    """Whether a run is named as the maker of "the X poll": a survey noun right after it, or
    after a few lower-case words when the run is a joint name or ends with an organization's
    word ("the Westpac-Harbour consumer confidence survey", "the Kestrel Bank business
    barometer"; not "the Premier League fan survey" nor "the Joe Biden approval poll")."""
    if _ARTICLE_BEFORE.search(text, max(0, s - 40), s) is None:
        return False
    if _NOUN_POLL.match(text, e, min(len(text), e + 40)) is not None:
        return True
    name = _clean_org(org)
    return (_NOUN_POLL_WIDE.match(text, e, min(len(text), e + 60)) is not None
            and (_JOINT_CAPS.search(name) is not None
                 or name.partition(" of ")[0].split()[-1] in _ORG_WORDS))


def _strict_ok(org: str) -> bool:
    name = _clean_org(org)
    return not _person_like(name) and (" and " not in name or _and_inside(name)) and (
        " ".join(name.casefold().split()) not in _MEDIA)


_OF_NAME = regex.compile(  # "the German-Irish Chamber of Industry and Commerce" too
    r"(?:The[ \t]+)?(?:\p{Lu}[\w\-]*[ \t]+){0,3}?(?P<head>\p{Lu}\w+)[ \t]+(?:of|for)[ \t]+\p{Lu}")


def _and_inside(name: str) -> bool:
    """An "and" inside an organization's "of" part is part of its name ("the Federation of
    Small and Medium Enterprises", "Chamber of Commerce and Industry"); elsewhere it joins
    two names ("Smith and Jones")."""
    m = _OF_NAME.match(name)
    return m is not None and m["head"] in _ORG_WORDS


#: Places are never sources: a city or a country ("Chicago's latest poll").
_PLACES: Final = frozenset(
    " ".join(w.casefold().split()) for w in words("sources.txt", "cities") + COUNTRY_WORDS)
_GENERIC_NOUNS: Final = frozenset(words("sources.txt", "generic_nouns"))
#: How a survey was done is no organization: "an SMS survey", "a CATI poll", "Online survey".
_MODES: Final = frozenset(w.casefold() for w in INTERVIEW_MODES)


_OUTLET_WORDS: Final = frozenset(words("sources.txt", "outlet_words"))


def _is_outlet(name: str) -> bool:
    """A news outlet: in the media table, or named as one ("the Herald", "Nine's mastheads")."""
    folded = " ".join(name.casefold().split())
    folded = folded.removeprefix("the ")
    return folded in _MEDIA or (bool(name.split()) and name.split()[-1] in _OUTLET_WORDS)


#: A place or a time written after a place ("released in Abuja on Monday", "in Lagos this
#: week"): the words after the place are a time, and a time is never a name either.
_PLACE_TIME_TAIL = regex.compile(
    r"""\s+(?:on|this|last|next|in|at|early|late)\s+.{1,40}\Z""", regex.IGNORECASE)
_TIME_WORDS: Final = frozenset(w.casefold() for w in (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today",
    "yesterday", "weekend", "morning", "afternoon", "evening", "night"))


def _is_place(name: str) -> bool:
    """A place, a place followed by a time ("Abuja on Monday"), or a time ("Monday")."""
    folded = " ".join(name.casefold().split())
    if folded in _PLACES or folded in _TIME_WORDS:
        return True
    cut = _PLACE_TIME_TAIL.search(folded)
    return cut is not None and (folded[:cut.start()] in _PLACES or (
        folded.split()[-1] in _TIME_WORDS))


def _is_time(words_: str) -> bool:
    """A day or a month written after a name ("Monday", "Tuesday morning", "March"): a time
    the text gives, never part of the name."""
    first = words_.split()[0].rstrip(".,").casefold() if words_.split() else ""
    return first in _TIME_WORDS or first in _MONTHS


_MONTHS: Final = frozenset(w.casefold() for w in MONTH_WORDS if len(w) > 3)


_MONTH_NAMES: Final = frozenset(m.capitalize() for m in MONTH_WORDS if len(m) > 2)


def _time_tail(tail: str) -> bool:
    """A month alone after "in": "Kestrel Research in May" (the time is the text's, not the
    name's)."""
    return tail.rstrip(".,") in _MONTH_NAMES


#: Parties are never pollsters ("Labour's leader said one poll ..."): the party table.
_PARTIES: Final = frozenset(" ".join(k.casefold().split()) for k in PARTY_WORDS)
_BASED: Final = ("-based", "-headquartered")


def _descriptor_or_party(name: str) -> bool:
    """A party ("Labour", "the Greens") or a place descriptor ("Ankara-based", "Buenos
    Aires-based pollster X": the run of capitals stops before the lower-case noun)."""
    folded = " ".join(name.casefold().split())
    return (folded in _PARTIES or folded.removesuffix("s") in _PARTIES
            or folded.removesuffix(" party") in _PARTIES or folded.endswith(_BASED))


#: Capitalized words that start a headline or a name but name nothing alone ("New Survey:").
_NOT_ALONE: Final = frozenset(
    "New Latest Annual National Global Major Big First Our Survey Poll Study Report Research "
    "Data Analysis Index Figures Results Researchers Pollsters Analysts Economists Scientists "
    "Officials Authorities Experts Organisers Organizers Academics "
    # adjectives of a data series that start a sentence: "Official figures show ..."
    "Official Provisional Preliminary Government Federal Recent Fresh Separate Updated "
    "Revised Final Early Quarterly Monthly Weekly "
    # what a data series is about, starting a sentence: "Social data show the strain"
    "Social Economic Economy Health Housing Labour Labor Employment Jobs Trade Crime "
    "Migration Population Price Prices Wage Wages Retail Consumer Business Energy Food "
    "Tourism Education Poverty Income Inflation Unemployment Spending Sales".split())
_HEADLINE_TAIL = regex.compile(r"[ \t]+(?:Survey|Poll|Study|Report|Research)\Z")
_COLON = regex.compile(r"[ \t]*:")
_ITS = regex.compile(r"[^.;\n]{0,80}?[ \t](?i:its)[ \t]")
_PAID_WORD = regex.compile(rf"(?<!\w)(?:{_PAID})(?!\w)", regex.IGNORECASE)


#: How far after a name its wording may reach ("X, a Tokyo news-technology company that has
#: run its own surveys since 2021, fielded an online poll").
_WORDED_REACH: Final = 200


def _worded(text: str, s: int, e: int) -> tuple[str, bool] | None:
    """The name of the first WORDING_RULES row that makes ``text[s:e]`` an organization, and
    whether its wording makes it the survey's commissioner ("commissioned by X")."""
    strict_ok: bool | None = None  # whether a strict rule may name it: read once, if asked
    for rule in WORDING_RULES:
        if rule.strict:
            if strict_ok is None:
                strict_ok = _strict_ok(text[s:e])
            if not strict_ok:
                continue
        m = (rule.before.search(text, max(0, s - 80), s) if rule.before is not None
             else None) or (rule.after.match(text, e, min(len(text), e + _WORDED_REACH))
                            if rule.after is not None else None)
        if m is not None:
            return rule.name, _PAID_WORD.search(m[0]) is not None
    return None


#: A survey's title and its owner in one run of capitals: "the Wellbeing Survey of the
#: Kestrel Agency", "the Small Business Index from Harbour Chamber" (a title of two words or
#: more: "Surveys of Consumers" is a title alone).
_TITLE_OF = regex.compile(
    r"""\A\p{Lu}[\w&\-]*(?:[ \t]+[\w&\-]+){0,4}?[ \t]+
    (?:Survey|Poll|Tracker|Index|Monitor|Barometer|Study)
    [ \t]+(?:of[ \t]+the|from(?:[ \t]+the)?|by(?:[ \t]+the)?)[ \t]+(?=\p{Lu})""",
    regex.VERBOSE)


def _trimmed_run(text: str, s: int, e: int, org: str) -> tuple[int, int, str]:
    """A run of capitals without the words around it that name nothing: leading "A", "In",
    "Researchers at the", a headline's tail before a colon, a next sentence."""
    while True:  # "A Marlow/Fenwick", "In October": drop leading words that name nothing
        head, _, rest = org.partition(" ")
        if (head.rstrip(".") not in _NOT_ORG and not head[:1].islower()) or not rest:
            break  # (a connecting word left at the front too: "In the X survey": "X")
        s += len(head) + 1
        org = rest.lstrip()
        s += len(rest) - len(org)
    staff = _STAFF_AT.match(org)
    if staff is not None and staff.end() < len(org):  # "Researchers at the X": X
        s, org = s + staff.end(), org[staff.end():]
    tail = _HEADLINE_TAIL.search(org)
    if tail is not None and _COLON.match(text, e) and len(org) > len(tail[0]):
        org, e = org[: tail.start()], e - len(tail[0])  # "Quillsoft Survey: ..." is Quillsoft
    cut = _sentence_cut(org)
    if cut is not None:  # "... at Millbrook State University. Of the 1,118 ...": stop there
        org = org[:cut]
        e = s + len(org)
    return s, e, org


def _org_name(text: str, s: int, e: int, org: str) -> tuple[int, int, str]:
    """The organization a run names, and its span: without a trailing place ("the Kestrel
    Trust in Leeds"), an outlet it polled for, a survey title before its owner, and with the
    unit a possessive names ("the University of Sydney's Matilda Centre")."""
    name = _clean_org(org)
    for word in (" on ", " in "):  # "the Statistics Office on Monday", "... in March"
        head, sep, tail = name.rpartition(word)
        if sep and head and ((_is_time(tail) and (head.split()[-1] in _ORG_WORDS or any(
                len(w) > 1 and _ABBREVIATION.fullmatch(w) for w in head.split())))
                or (word == " in " and len(head.split()) >= 2 and _time_tail(tail))):
            # (an abbreviation too: "a survey done by the IMA in August", "published by NHS
            # England on Thursday", "HSE Ireland on Monday")
            name, e = head, e - len(sep) - len(tail)
    head, sep, tail = name.rpartition(" in ")
    if sep and _is_place(tail):  # "the Kestrel Trust in Leeds": the trust, not its city
        name, e = head, e - len(sep) - len(tail)
    head, sep, tail = name.partition(" for ")
    if sep and (_is_outlet(tail) or ((head.split()[-1] in _FIRM_ENDS or _initialled_firm(head))
                                      and tail.removeprefix("the ")[:1].isupper())):
        # "Kestrel Research for the Herald", "Kestrel Analytics for the Marlow Foundation":
        # the pollster (a firm's name ends so; "Center for Civic Polling" is one name)
        name, e = head, e - len(sep) - len(tail)
    owner = _TITLE_OF.search(name)
    if owner is not None:  # "the Lifestyle Survey of the Kestrel Agency": the agency
        s, name = s + owner.end(), name[owner.end():]
    unit = _UNIT_AFTER.match(text, e, min(len(text), e + 80))
    if unit is not None:  # "the University of Sydney's Matilda Centre": the centre
        s, e = unit.span("unit")
        name = unit["unit"]
    return s, e, name


#: The last words of a firm's name, which takes no "for" complement ("Kestrel Analytics for
#: the Marlow Foundation" is the firm and its client; "Institute for Fiscal Studies" is one).
_FIRM_ENDS: Final = frozenset(
    "Research Analytics Strategies Strategy Insights Insight Polling Polls Group Partners "
    "Associates Consulting Consultants Data Metrics Inc Inc. Ltd Ltd. LLC Corp Corp. Plc PLC "
    "GmbH Intelligence Opinion Panel".split())


#: the parts of a name joined by hyphens or slashes ("KMR-AXA", "ORC/WIN")
_JOINED_PARTS = regex.compile(r"[\-/–]")


def _initialled_firm(head: str) -> bool:
    """A firm's name of one word in capitals or joined capitals ("KMR for the Herald",
    "ABC-Delta for the Marlow Institute"): such a name takes no "for" complement, so the
    words from "for" on name its client, never more of its own name."""
    word = head.strip()
    return " " not in word and len(word) > 1 and any(
        _ABBREVIATION.fullmatch(part) is not None for part in _JOINED_PARTS.split(word)
    ) and word.upper() == word


#: A part of an organization named before it: its figures are the organization's ("a survey
#: by the Kerala State branch of the Indian Medical Association", "the Ontario chapter of the
#: Canadian Nurses Association", "the polling arm of X").
_PART_OF = regex.compile(
    rf"""[ \t]+(?i:branch|chapter|unit|arm|division|wing|affiliate|section)[ \t]+(?i:of)[ \t]+
    (?:(?i:the)[ \t]+)?{_ORG}""",
    regex.VERBOSE,
)


#: A run that only qualifies an issue of a survey: "the Irish edition of the Trust Barometer",
#: "the Canadian version of the study", "the Kenyan wave of the Afrobarometer" (the survey's
#: own name, found apart, says whose it is).
_EDITION_OF = regex.compile(
    r"""[ \t]+(?:[a-z][\w\-]*[ \t]+)?
    (?i:edition|editions|version|versions|wave|waves|round|rounds|instalment|installment|
       iteration|leg|release|component|module|strand)
    [ \t]+(?i:of|for)(?!\w)""",
    regex.VERBOSE,
)


#: A name in capitals ("the CSO said", "KNBS reported"): an organization's initials, never a
#: person's name, so a verb of saying after it names the organization (not a party's "the
#: CAQ held 24 per cent" nor a broadcaster's "a poll for DR published").
_ACRONYM = regex.compile(r"[\p{Lu}][\p{Lu}0-9&]{1,7}")
_REPORTED = regex.compile(r"(?<!\w)(?:said|says|reported|reports|estimated|estimates)\Z")


#: After a place or a language that describes an outlet, the outlet's noun and its name: "the
#: Guayaquil daily Expreso", "the Cebu broadcaster Kestrel TV" (the name after the noun).
_OUTLET_OF_PLACE = regex.compile(
    rf"""[ \t]+(?:(?i:morning|evening|afternoon|business|financial|private|public|local)[ \t]+)?
    (?i:daily|newspaper|paper|tabloid|weekly|broadsheet|magazine|broadcaster|network|channel
      |station|news[ \t]+site|website|radio|television)
    [ \t]+(?P<org>{_ORG})""", regex.VERBOSE)


#: Between a research unit's name and the body it belongs to: "the Centre for Policy Studies
#: (CPS) at the University of Kestrel", "the Survey Research Unit at Harbour College".
_UNIT_AT = regex.compile(
    r"""(?r)(?:\)|(?<![\w\-])(?-i:Centre|Center|Institute|Unit|Lab|Laboratory|School|Observatory
      |Department|Faculty|Studies|Research|Programme|Program|Project))
    [ \t]+at[ \t]+(?:the[ \t]+)?\Z""", regex.VERBOSE)


#: A name whose word comes back after "to" ("One to One for Research", "Face to Face
#: Analytics"): the run goes on through it.
_TWIN_NAME = regex.compile(r"[ \t]+to[ \t]+(?P<word>\p{Lu}[\w\-]*)")


def _generic(text: str, start: int, end: int) -> Iterator[SourceMention]:
    last = start
    for m in _ORG_RUN.finditer(text, start, end):
        s, e = m.span("org")
        org = m["org"]
        if org.rstrip(".") in _NOT_ORG:
            continue  # a lone "The", "In", "March", "Jan.": the commonest run by far
        twin = _TWIN_NAME.match(text, e, min(len(text), e + 30))
        if twin is not None and twin["word"] == org.split()[-1]:
            rest = _ORG_RUN.match(text, twin.start("word"), end)
            if rest is not None:  # "One to One for Research and Polling": one name
                e = rest.end("org")
                org = text[s:e]
        s, e, org = _trimmed_run(text, s, e, org)
        said = client = initials = False
        window = text[max(0, s - 80) : s].lower()  # literal pre-checks keep the loop cheap
        worded = _worded(text, s, e)
        if worded is not None:
            # a person can commission a survey too ("Okafor commissioned"), but releases "its"
            said = worded[0] == "made_the_survey" and not _ITS.match(
                text, e, min(len(text), e + 120))
            # "by X, a research consultancy, for the think tank Y surveyed ...": Y's client
            client = " for " in window[-60:] and _FOR_CLIENT.search(
                text, max(0, s - 80), s) is not None
        elif _has_any(window[-40:], _ROLE_WORDS) and (
                _ROLE_BEFORE.search(text, max(0, s - 40), s) is not None):
            # "the pollster Criteria"; "a survey for the charity Mind": its client
            client = _FOR_CLIENT.search(text, max(0, s - 80), s) is not None
        elif not (_has_any(window, _BEFORE_WORDS)
                  and _ORG_BEFORE.search(text, max(0, s - 80), s) is not None) and (
            _POSSESSIVE_POLL.match(text, e, min(len(text), e + 40)) is None
            or not _strict_ok(org)  # "Sarah Okafor's latest poll": hers to report
        ) and not _noun_polled(text, s, e, org):
            verb = _SAID_AFTER.match(text, e, min(len(text), e + 80))
            if verb is None or (" " not in org.strip() and _PUT.search(verb[0])):
                continue  # (not "Polls put Kast ahead")
            said = True
            initials = _ACRONYM.fullmatch(org) is not None and (
                _REPORTED.search(verb[0]) is not None)
        if said and org.split()[-1].rstrip(".") not in _ORG_WORDS and (
                org.partition(" of ")[0].split()[-1] not in _ORG_WORDS) and (
                " of " in org or org.partition(" for ")[0].split()[-1] not in _ORG_WORDS) and (
                not initials):
            continue  # "Smith said": a person, not an organization ("Ministry of Health",
            # "the Centre for Cities" are)
        first = org.split()[0].rstrip(".")
        if first in _NOT_ORG or (first.upper() == first and len(first) == 1) or (
                _TIME_WORD.fullmatch(first)):
            continue  # "the Q3 survey", "the 2024 poll": a time, not an organization
        if _EDITION_OF.match(text, e, min(len(text), e + 60)) is not None:
            continue  # "the Irish edition of X": the edition of a survey names no one
        if _UNIT_AT.search(text, max(0, s - 40), s) is not None:
            continue  # the body a unit named before it belongs to, not a source of its own
        part = _PART_OF.match(text, e, min(len(text), e + 200)) or (
            _OUTLET_OF_PLACE.match(text, e, min(len(text), e + 80)))
        if part is not None:  # "the Kerala State branch of the Indian Medical Association";
            # "the Guayaquil daily Expreso": the daily, not its city
            s, e, org = part.start("org"), part.end("org"), part["org"]
        s, e, name = _org_name(text, s, e, org)
        if s < last:
            continue  # the unit a possessive before it already named
        last = e
        if name and not _is_place(name) and name.lower() not in _GENERIC_NOUNS and (
                name not in _NOT_ALONE) and name.casefold() not in _MODES and (
                    " ".join(name.casefold().split()) not in _MEDIA
                    or _polled_forecasters(text, s, e)) \
                and not _descriptor_or_party(name) and not _not_an_org(text, s, e, name):
            # a news outlet reports ("economists polled by Reuters"); its own polls are in
            # pollsters.txt under their joint names
            yield SourceMention(s, e, text[s:e], name, False,
                                commissioner=(worded is not None and worded[1]) or client
                                or ("behalf" in window
                                    and _ON_BEHALF.search(text, max(0, s - 80), s) is not None),
                                publisher=_PUBLISHED_BY.search(text, max(0, s - 80), s)
                                is not None,
                                told=worded is not None and worded[0] == "told_the_org")


#: Bodies named in lower case whose own figures a text cites: "the council's own figures show".
_BODY_FIGURES = regex.compile(
    r"""(?<!\w)(?i:the)[ \t]+
    (?P<org>(?:[\w\-]+[ \t]+){0,2}?
        (?:council|ministry|department|agency|bureau|office|commission|government|police|
           charity|regulator|authority|company|firm|bank|watchdog))
    (?:['’]s[ \t]+(?:own[ \t]+)?(?:figures|data|statistics|numbers|estimates)
      |[ \t]+(?:figures|data|statistics|estimates)[ \t]+(?:show|showed|suggest|suggested)
      |[ \t]+(?:said|says|expects|expected|estimates|estimated|forecasts|forecast|projects|
               projected|reported|reports))(?!\w)
    """,
    regex.VERBOSE,
)


_PRODUCT_GAP = regex.compile(r"['’]s?[ \t]+(?:[\w\-]+[ \t]+)?")


#: "a survey by the bank of 2,000 adults": a lower-case noun that can only mean the body the
#: text named before it; never a source of its own.
_SURVEY_BY_THE = regex.compile(
    r"""(?<!\w)(?i:survey|poll|study|research)[ \t]+
    (?:(?i:conducted|carried[ \t]+out|commissioned|published)[ \t]+)?(?i:by)[ \t]+(?i:the)[ \t]+
    (?P<org>bank|lender|retailer|company|firm|group|charity|insurer|trust)(?!\w)""",
    regex.VERBOSE,
)


def _bodies(text: str, start: int, end: int) -> Iterator[SourceMention]:
    for m in _BODY_FIGURES.finditer(text, start, end):
        s, e = m.span("org")
        yield SourceMention(s, e, m["org"], " ".join(m["org"].split()), False, forward=True)


def _surveys_by_the(text: str, start: int, end: int,
                    named: list[SourceMention]) -> Iterator[SourceMention]:
    """"A survey by the bank": within its paragraph, the last organization whose name has
    the noun in it ("Harbour Bank"), else the one the paragraph names first (the body it is
    about, not an office it quotes in passing); no organization before it, no source."""
    for m in _SURVEY_BY_THE.finditer(text, start, end):
        s, e = m.span("org")
        para = text.rfind("\n", max(0, s - _BACK_REACH), s) + 1
        before = [n for n in named if para <= n.start and n.end <= s]
        noun = m["org"].casefold()
        alike = [n for n in before if noun in n.name.casefold()]
        if alike or before:  # "the Harbour Bank", or the body the paragraph is about
            n = alike[-1] if alike else before[0]
            yield SourceMention(s, e, m["org"], n.name, n.known, forward=True)


_BACK_REACH: Final = 1500  # how far back a generic noun ("the company") looks for its name


def _refer_back(body: SourceMention, named: list[SourceMention]) -> SourceMention | None:
    """A generic noun is never a source: "the company said 12%" is the organization the text
    described by that noun before it ("recruitment firm X"), else the one named last before
    it (within _BACK_REACH characters), or no source at all."""
    noun = body.name.lower()
    if noun not in _GENERIC_NOUNS:
        return body
    named = [m for m in named if m.role != "consensus"]
    described = [m for m in named if m.end <= body.start and m.noun == noun]
    before = described or [
        m for m in named if m.end <= body.start and body.start - m.end <= _BACK_REACH]
    if not before:
        return None
    return attrs.evolve(body, name=before[-1].name, known=before[-1].known)


#: the head noun of an organization's name (sources.txt [head_nouns]), "center" for "centre"
_HEAD_NOUNS: Final = frozenset(
    "center" if w == "centre" else w for w in words("sources.txt", "head_nouns"))
#: "the " right before a mention: "the Center's 1996 survey"
_THE_BEFORE: Final = regex.compile(r"(?<![\w\-])the\s{1,3}\Z", regex.IGNORECASE)


def _head_key(word: str) -> str:
    w = word.casefold()
    return "center" if w == "centre" else w


def _heads_back(text: str, out: list[SourceMention]) -> list[SourceMention]:
    """"The Center's 1996 survey", "the Foundation found": a mention that is only the head noun
    of an organization's name, after "the", is the organization named before it with that
    noun in its name (Pew Research Center), however far back; with none, it stays as it is
    ("the council's own figures": a body citing its own figures)."""
    kept: list[SourceMention] = []
    for m in out:
        head = _head_key(m.name)
        if m.known or " " in m.name.strip() or head not in _HEAD_NOUNS or _THE_BEFORE.search(
                text, max(0, m.start - 8), m.start) is None:
            kept.append(m)
            continue
        alike = [n for n in kept if n.end <= m.start and n.name != m.name
                 and head in {_head_key(w) for w in n.name.split()}]
        kept.append(attrs.evolve(m, name=alike[-1].name, known=alike[-1].known) if alike else m)
    return kept


def _disjoint(new: list[SourceMention], old: list[SourceMention]) -> list[SourceMention]:
    """The mentions of ``new`` (sorted) that overlap none of ``old`` (sorted)."""
    out, k = [], 0
    for m in new:
        while k < len(old) and old[k].end <= m.start:
            k += 1
        if not (k < len(old) and old[k].start < m.end):
            out.append(m)
    return out


_SENTENCE_END = regex.compile(r"[.!?](?:\s|\Z)")
_COMMISSION_REACH: Final = 200


#: Who published findings and who did the fieldwork: "published today by X ... carried out by
#: Y" (the fieldwork organization produced the data; the publisher reports it).
_PUBLISHED_BY = regex.compile(
    rf"""(?r)(?<!\w)(?i:published|released|issued|launched)(?:[ \t]+[^\s.;,]{{1,20}}){{0,3}}?
    [ \t]+(?i:by)[ \t]+{_LOWER_ADJ}\Z""", regex.VERBOSE)
_FIELDWORK_BY = regex.compile(
    r"""(?r)(?<!\w)(?:(?i:carried[ \t]+out|conducted|fielded|undertaken)
    (?:[ \t]+[^\s.;,]{1,20}){0,3}?[ \t]+(?i:by)
    |(?i:fieldwork|interviews|interviewing)[ \t]+(?i:by|was[ \t]+by|were[ \t]+by))
    [ \t]+(?:(?i:the)[ \t]+)?\Z""", regex.VERBOSE)


def _fieldwork_near(text: str, found: list[SourceMention], i: int) -> bool:
    """Whether the sentence of a publisher ("published by the Marlow Trust") names the
    organization that carried the survey out ("carried out by Kestrel Research")."""
    m = found[i]
    for j in (i - 1, i + 1, i + 2):
        if 0 <= j < len(found) and not found[j].publisher:
            o = found[j]
            lo, hi = (o.end, m.start) if j < i else (m.end, o.start)
            # (from the name's last character: "... by the Salvation Army." ends a sentence)
            if (0 <= hi - lo <= _COMMISSION_REACH
                    and _SENTENCE_END.search(text, max(0, lo - 1), hi) is None
                    and _FIELDWORK_BY.search(text, max(0, o.start - 60), o.start) is not None):
                return True
    return False


def _pollster_near(text: str, found: list[SourceMention], i: int) -> bool:
    """Whether the sentence of a commissioner ("commissioned by Ridgeway Bank and carried out
    by YouGov") names another organization, which did the survey."""
    m = found[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(found) and not found[j].commissioner:
            o = found[j]
            lo, hi = (o.end, m.start) if j < i else (m.end, o.start)
            if 0 <= hi - lo <= _COMMISSION_REACH and (
                    _SENTENCE_END.search(text, lo, hi) is None or (
                        j > i and _NEXT_SURVEY.fullmatch(text, lo, hi) is not None
                        and _FIELDWORK_BY.search(text, max(0, o.start - 60), o.start)
                        is not None)):
                return True
    return False


#: The next sentence goes on about the same survey: "... commissioned by X. The survey of
#: 2,074 adults, carried out by Y, ..." (Y did the fieldwork of X's poll).
_NEXT_SURVEY = regex.compile(
    r"""[^.!?\n]*[.!?]\s{1,4}(?i:the|this|that|its)[ \t]+(?:[\w\-]+[ \t]+){0,2}?
    (?i:survey|poll|research|study|polling|fieldwork)(?!\w)[^.!?\n]*""", regex.VERBOSE)


#: "X's ", "X's latest ", "X's monthly ": an owner's possessive before what it owns.
_POSSESSIVE_GAP = regex.compile(r"['’]s[ \t]+(?:\p{Ll}[\w\-]*[ \t]+){0,2}")




#: "the CDC's statistics agency", "the ministry's research arm": an unnamed unit of the
#: organization named before it, in lower case.
_UNNAMED_UNIT = regex.compile(
    r"""['’]s[ \t]+(?:\p{Ll}[\w\-]*[ \t]+){1,2}?
    (?:agency|arm|unit|office|bureau|division|branch|wing|team)(?![\w\-])
    (?![ \t]+\p{Lu})""", regex.VERBOSE)


def _owns_unit(text: str, found: list[SourceMention], i: int) -> bool:
    """Whether a mention only owns an unnamed unit ("the CDC's statistics agency runs the
    survey") right after another organization was named (the unit, "the National Center for
    Health Statistics"): the unit is the source, not its parent."""
    m = found[i]
    return (i > 0 and found[i - 1].name != m.name and m.start - found[i - 1].end <= _BACK_REACH
            and _UNNAMED_UNIT.match(text, m.end, min(len(text), m.end + 50)) is not None)


def _owner_of(text: str, found: list[SourceMention], i: int) -> bool:
    """Whether an unknown name is the possessive owner of the source right after it: of a
    table's firm ("Mano Geva's Midgam institute") or of a unit of its own ("the University
    of Sydney's Matilda Centre", "Harvard's Kennedy School"); the firm or the unit is."""
    m = found[i]
    nxt = found[i + 1] if i + 1 < len(found) else None
    return (not m.known and nxt is not None
            and (nxt.known or nxt.name.split()[-1] in _UNIT_WORDS)
            and _POSSESSIVE_GAP.fullmatch(text, m.end, nxt.start) is not None)


# -- short names that are also words, places or surnames ("Resolve", "Essential", "Siena") ----

_SHORT_TABLE: Final = table("sources.txt")["short_names"]
_PLACE_MARK: Final = "PLACE:"
#: ``{short name: pollster}`` (data/sources.txt [short_names]).
SHORT_NAMES: Final[dict[str, str]] = {
    k: v.removeprefix(_PLACE_MARK).strip() for k, v in _SHORT_TABLE}
SHORT_PLACES: Final = frozenset(k for k, v in _SHORT_TABLE if v.startswith(_PLACE_MARK))
_SHORT = regex.compile(  # case-sensitive: "Resolve" the pollster, not "resolve" the verb
    rf"(?<![\w\-./&'’]){alternation(list(SHORT_NAMES))}(?![\w\-&]|[ \t]+\p{{Lu}})")
_SHORT_REACH: Final = 60


@attrs.frozen
class ShortNameRule:
    """One wording that makes a short name (``Resolve``) its pollster: ``before`` (a
    reversed pattern ending where the name starts) or ``after`` (matched where it ends).
    ``places``: whether it holds for a short name that is also a place (``Suffolk``).
    ``examples`` are (sentence, pollster) pairs; in ``near_misses`` it names nothing."""

    name: str
    before: regex.Pattern[str] | None
    after: regex.Pattern[str] | None
    places: bool
    examples: tuple[tuple[str, str], ...]
    near_misses: tuple[str, ...]


SHORT_NAME_RULES: Final[tuple[ShortNameRule, ...]] = (
    ShortNameRule(
        "short_name_puts",  # "Resolve puts Labor on 49", "Essential has it at 51 per cent"
        None,
        regex.compile(
            r"""(?:,[ \t]+(?:meanwhile|though|however),)?[ \t]+
            (?:has|had|puts|put|gives|gave|shows|showed|finds|found|records|recorded|pegs|
               pegged|measures|measured|registers|registered|sees|saw|estimates|estimated)
            (?:[ \t]+[\w\-'’]{1,20}){0,4}?[ \t]+(?:on|at|ahead|behind|level|up|down|leading|
               trailing|[0-9])""",
            regex.VERBOSE),
        False,
        (("Essential has Labor on 51 per cent after preferences.", "Essential Research"),
         ("Resolve puts the Coalition at 36 per cent.", "Resolve Strategic"),
         ("Morgan had the ALP ahead 53.5 to 46.5.", "Roy Morgan"),
         ("Abacus, meanwhile, has the Liberals up four points.", "Abacus Data")),
        ("Essential has been the word for the budget, with 40% of it spent on care.",
         "Resolve had to wait; 30% of the talks failed."),
    ),
    ShortNameRule(
        "short_name_poll",  # "the Siena poll", "Emerson's latest survey", "Redfield's numbers"
        None,
        regex.compile(
            r"""(?:['’]s)?[ \t]+(?:(?:latest|new|recent|final|last|monthly|weekly|own|
               national|state|online)[ \t]+){0,2}
            (?:polls?|polling|surveys?|numbers|figures|tracker|tracking|panel)(?!\w)""",
            regex.VERBOSE),
        True,  # "the latest Siena poll": a pollster, also where it is a place
        (("The latest Siena poll has her at 48 percent.", "Siena College"),
         ("Emerson's final survey put him on 47%.", "Emerson College"),
         ("Redfield's numbers show Labour on 39%.", "Redfield & Wilton Strategies"),
         ("Criteria's online panel of 1,100 voters put Labor on 31%.", "Criteria Research")),
        ("Suffolk voters were 12% of the sample.",
         "Essential workers were 12% of the sample."),
    ),
    ShortNameRule(
        "short_name_with",  # "with Essential", "polling by Redfield", "according to Suffolk"
        regex.compile(
            r"(?r)(?<!\w)(?:(?P<any>according[ \t]+to|(?:poll|polling|survey|study|research)[ \t]+"
            r"(?:(?:conducted|carried[ \t]+out|done)[ \t]+)?by)|with|by|from|for)[ \t]+"
            r"(?:the[ \t]+)?\Z",
            regex.IGNORECASE),
        None,
        True,  # only "according to" and "a survey by" for places (the group named "any")
        (("Labor leads 52 to 48 with Essential.", "Essential Research"),
         ("Polling by Redfield shows Labour on 39%.", "Redfield & Wilton Strategies"),
         ("According to Suffolk, 46% back the governor.", "Suffolk University"),
         ("A survey by Monmouth and Kestrel Research found 44% agree.",
          "Monmouth University")),
        ("Voters from Suffolk were 12% of the sample.",
         "Turnout in Monmouth reached 61%.",
         "A survey of voters by Suffolk residents found 44% agree."),
    ),
    ShortNameRule(
        "short_name_role",  # "Monmouth director Patrick Murray said", "Essential's Peter Lewis"
        None,
        regex.compile(
            r"""(?:['’]s)?[ \t]+(?:(?:research|polling|managing|executive)[ \t]+)?
            (?:director|chief[ \t]+executive|chief|founder|co-founder|principal|partner|
               pollster|spokesperson|spokesman|spokeswoman|chairman|chairwoman|CEO)
            [ \t]+\p{Lu}[\p{Ll}\-'’]+(?:[ \t]+\p{Lu}[\p{Ll}\-'’]+)?""",
            regex.VERBOSE),
        True,  # a place's director has a title ("Suffolk director of public health")
        (("Monmouth director Patrick Murray said 44% agree.", "Monmouth University"),
         ("Resolve director Jim Reed said 31% back the plan.", "Resolve Strategic"),
         ("Morgan chief executive Michele Levine said 52% agree.", "Roy Morgan")),
        ("Suffolk director of public health Anna Kerr said 12% smoke.",
         "Essential workers' chief Dana Moss said 40% agree."),
    ),
)


def _short_rule(text: str, s: int, e: int, place: bool) -> str | None:
    """The name of the first SHORT_NAME_RULES row that makes the short name at
    ``text[s:e]`` its pollster."""
    for rule in SHORT_NAME_RULES:
        if place and not rule.places:
            continue
        if rule.before is not None:
            m = rule.before.search(text, max(0, s - _SHORT_REACH), s)
            if m is not None and (not place or m["any"]):
                return rule.name
        if rule.after is not None and rule.after.match(
                text, e, min(len(text), e + _SHORT_REACH)) is not None:
            return rule.name
    return None


def _short_names(text: str, start: int, end: int, named: set[str]) -> Iterator[SourceMention]:
    """Short names that name their pollster: the text names the full name too (``Resolve``
    in a story about Resolve Strategic), or a SHORT_NAME_RULES row says so."""
    for m in _SHORT.finditer(text, start, end):
        short = m[0]
        name = SHORT_NAMES[" ".join(short.split())]
        if name in named or _short_rule(text, m.start(), m.end(),
                                        short in SHORT_PLACES) is not None:
            yield SourceMention(m.start(), m.end(), short, name, True)


# -- what a mention does in its passage (ROLE_RULES) ----------------------------------------

#: Where a sentence starts: after a full stop and a space, a line break, or the text's start.
_STARTS = r"""(?:(?<=[.!?]['"’”)]?[ \t]+)|(?<=\n)|(?<!.))"""


@attrs.frozen
class RoleRule:
    """One wording that gives a source mention a role in its passage (``SourceMention.role``,
    read by :mod:`pollstats.passage`): ``before`` is a reversed pattern ending where the
    mention starts, searched back from it. ``examples`` are (sentence, the mention's name)
    pairs where the mention takes the role; in ``near_misses`` it takes none."""

    name: str
    before: regex.Pattern[str]
    examples: tuple[tuple[str, str], ...]
    near_misses: tuple[tuple[str, str], ...]
    #: the role it gives (its name when None): several wordings may give one role
    role: str | None = None
    #: a pattern the words right after the mention must match (at its end), when given
    after: regex.Pattern[str] | None = None


_ROLE_REACH: Final = 240
#: "poll of economists", "survey of City analysts": a poll of forecasters after a name.
_FORECASTERS_AFTER: Final = regex.compile(
    r"""(?:['’]s)?[ \t]+(?i:poll|survey|consensus)[ \t]+(?i:of)[ \t]+(?:[\w\-]+[ \t]+){0,2}?
    (?i:economists|analysts|forecasters|strategists|traders)(?!\w)""", regex.VERBOSE)
#: A generic noun that describes the organization named right after it: "by the research
#: company Verian", "by polling firm Kestrel" (``[generic_nouns]``, plural-free).
_DESCRIPTOR: Final = alternation(words("sources.txt", "generic_nouns"))

ROLE_RULES: Final[tuple[RoleRule, ...]] = (
    RoleRule(
        # "inside the Harbour Reserve Bank's target range of 2% to 4%", "above the ECB's 2
        # per cent inflation target": a body's own target is its figure, and only that one
        # (role "target": the figure right after it; the passage's survey goes on)
        "target_owner",
        regex.compile(r"(?r)\Z"),
        (("Inflation was 3.5%, above the Bank of Canada's 2 per cent target, a Leger poll "
          "found 41% worried.", "Bank of Canada"),
         ("Prices rose 4.2%, outside the Bank of Mexico's target range of 2% to 4%.",
          "Bank of Mexico"),
         ("The RBI's inflation target of 4 per cent was missed again.", "Reserve Bank of India"),
         ("Inflation is inside the Reserve Bank of Australia's 2-3 per cent target band.",
          "Reserve Bank of Australia"),
         ("Rice prices fell, and inflation sat below the Bangko Sentral ng Pilipinas' 3 "
          "percent target.", "Bangko Sentral ng Pilipinas")),
        (("The Bank of Canada's survey found 41% of firms expect prices to rise.",
          "Bank of Canada"),
         ("The ECB's economists target 2% inflation by 2026.", "European Central Bank")),
        role="target",
        after=regex.compile(  # (the possessive of a name ending in s: "... Pilipinas'")
            r"""(?:['’]s|(?<=s)['’])[ \t]+(?:(?i:own|official|medium-term|annual)[ \t]+)?
            (?:[0-9][0-9.,]*[ \t]*(?:%|pc|per[ \t]?cent|percent)?
               (?:[ \t]*(?:to|-|–)[ \t]*[0-9][0-9.,]*[ \t]*(?:%|pc|per[ \t]?cent|percent)?)?
               [ \t]+)?
            (?:(?i:inflation|price|policy)[ \t]+)?(?i:target|goal|ceiling)(?!\w)""",
            regex.VERBOSE),
    ),
    RoleRule(
        # "The poll, conducted for the Herald by Kestrel Research, ...": the firm that did the
        # fieldwork of the survey the passage is already on (the passage keeps the name it
        # gave that survey: a poll brand in the table, "the latest Newspoll")
        "fieldwork",
        regex.compile(
            rf"""(?r)
            (?:{_STARTS}[ \t"“]*  # "In Kenya(,) the fieldwork"
               (?:(?i:in)[ \t]+\p{{Lu}}[\w\-]*(?:[ \t]+\p{{Lu}}[\w\-]*)?,?[ \t]+)?
               (?:(?i:the|this|that|its|their)[ \t]+
                  (?:[\w\-'’]+[ \t]+){{0,4}}?(?:\p{{Lu}}[\w\-]*)?  # "the latest Newspoll"
                  (?i:poll|survey|study|research|fieldwork|interviews)
                | (?i:fieldwork|interviewing|interviews))  # "Fieldwork was carried out by"
             | # mid-sentence, a brand poll only: "... than the most recent Newspoll, conducted by"
               (?<=(?<!\w)(?i:than|with|to)[ \t])(?i:the)[ \t]+(?:[\w\-'’]+[ \t]+){{0,3}}?
               \p{{Lu}}[\w\-]*(?i:poll|survey)
             | # a named survey, then in an aside who ran it: "the most recent Afrobarometer
               # survey for Ghana, conducted in March 2023 by ...", "A Kestrel poll for
               # Channel 9 News, conducted by ..."
               (?<=(?<!\w)(?i:the|an?)[ \t])(?:[\w\-'’]+[ \t]+){{0,3}}?\p{{Lu}}[\w\-]*[ \t]+
               (?i:poll|survey|study)(?:[ \t]+(?i:for|of|in)[ \t]+(?:(?i:the)[ \t]+)?
                 \p{{Lu}}[\w\-]*(?:[ \t]+(?:\p{{Lu}}[\w\-]*|[0-9]{{1,3}})){{0,2}})?
               (?=[ \t]*,))(?!\w)
            [^.!?\n]{{0,120}}?(?<!\w)(?i:conducted|carried[ \t]+out|fielded|undertaken|done|run)
            (?:[ \t]+[^\s.;:!?]{{1,25}}){{0,7}}?[ \t]+(?i:by)[ \t]+(?:(?i:the)[ \t]+)?
            # a descriptor before the name: "by the research company X", "by polling firm X"
            (?:(?:\p{{Ll}}[\w\-]*[ \t]+){{0,2}}(?i:{_DESCRIPTOR})[ \t]+)?
            (?:(?:\p{{Lu}}[\w\-]*[ \t]+){{0,2}}\p{{Lu}}[\w\-]*['’]s[ \t]+)?\Z""",
            regex.VERBOSE),
        (("The poll, conducted for the Herald by Kestrel Research from 3 to 6 May, has Labor "
          "on 52%.", "Kestrel Research"),
         ("The survey was carried out by Dan Tremblay's Pollara firm; 44% agree.",
          "Pollara Strategic Insights"),
         ("This survey was carried out online by Pollara among 1,500 Canadians; 44% agree.",
          "Pollara Strategic Insights"),
         ("The latest wave of the study was fielded by Ipsos in March, and 61% agreed.",
          "Ipsos"),
         ("The survey, carried out for the Commission by the research company Kestrel "
          "Research, ran in October.", "Kestrel Research"),
         ("Fieldwork was done by Ipsos; the survey found 61% agree.", "Ipsos"),
         ("Interviews were conducted by polling firm Pollara in both official languages.",
          "Pollara Strategic Insights"),
         ("The study was run for the ministry by the market research agency Kestrel Research.",
          "Kestrel Research"),
         ("The latest Newspoll, conducted by Pyxis for The Australian, has Labor on 51%.",
          "Pyxis Polls & Insights"),
         ("Labor is higher than the last Newspoll, conducted by Pyxis, which had it on 49%.",
          "Pyxis Polls & Insights"),
         ("The figures echo the latest Eurobarometer survey, carried out in March by Kantar "
          "Public, in which 61% backed the euro.", "Kantar Public"),
         ("Results match the most recent Afrobarometer survey for Ghana, conducted in 2024 "
          "by the Centre for Democratic Development, which found 64%.",
          "Centre for Democratic Development"),
         ("An Ipsos survey for the Toronto Star, conducted by Kestrel Research among 1,000 "
          "adults, found 41% agree.", "Kestrel Research")),
        (("A poll conducted by Kestrel Research for the Herald has Labor on 52%.",
          "Kestrel Research"),
         ("Support has risen to the poll carried out by Red C in April, 44 per cent.",
          "Red C"),
         ("Ipsos did the fieldwork; the survey found 61% agree.", "Ipsos"),
         ("Researchers said the survey was commissioned by Ipsos clients in March.", "Ipsos")),
    ),
    RoleRule(
        # "In the Australian Election Study, run by the Australian National University, ...",
        # "According to the latest Newspoll, conducted by Pyxis, ...": a sentence that opens on
        # a named survey in a prepositional lead and says in an aside who ran it; the firm is
        # the survey's fieldwork, the survey keeps the name the text gives it
        "fieldwork_lead",
        regex.compile(
            rf"""(?r)
            {_STARTS}[ \t"“]*
            (?i:in|according[ \t]+to|from|under|for)[ \t]+(?i:the|this|that|its|their)[ \t]+
            (?:[\w\-'’]+[ \t]+){{0,6}}?(?:\p{{Lu}}[\w\-]*[ \t]+){{0,4}}
            (?:\p{{Lu}}[\w\-]*)?(?i:poll|survey|study|barometer|monitor|panel)(?!\w)
            [ \t]*,[ \t]+(?:(?i:which|that)[ \t]+(?i:is|was)[ \t]+)?
            (?i:conducted|carried[ \t]+out|fielded|undertaken|done|run)
            (?:[ \t]+[^\s.,;:!?]{{1,25}}){{0,4}}?[ \t]+(?i:by)[ \t]+(?:(?i:the)[ \t]+)?
            (?:(?:\p{{Ll}}[\w\-]*[ \t]+){{0,2}}(?i:{_DESCRIPTOR})[ \t]+)?\Z""",
            regex.VERBOSE),
        (("In the Australian Election Study, run by the Australian National University after "
          "each federal poll, 9 per cent named climate.", "Australian National University"),
         ("According to the latest Newspoll, conducted by Pyxis for The Australian, Labor "
          "leads 53 to 47.", "Pyxis Polls & Insights"),
         ("In the British Election Study, carried out online by YouGov, 41% said the economy "
          "mattered most.", "YouGov"),
         ("In this year's Politbarometer, conducted by Forschungsgruppe Wahlen, 38% backed "
          "the coalition.", "Forschungsgruppe Wahlen"),
         ("From the Canadian Election Study, which was fielded by Leger in May, 27% trust "
          "parliament.", "Leger"),
         ("In the latest Afrobarometer survey, conducted by the research company Ipsos, "
          "62 per cent backed term limits.", "Ipsos")),
        (("In the poll by YouGov, 41% said the economy mattered most.", "YouGov"),
         ("In the same week Ipsos, run by a new chief, found 41% agree.", "Ipsos"),
         ("According to Leger, which was run by Jean-Marc Léger, 27% trust parliament.",
          "Léger"),
         ("In the Australian Election Study, voters told the Australian National University "
          "run by Canberra that 9 per cent named climate.", "Australian National University")),
        role="fieldwork",
    ),
    RoleRule(
        # "KFF surveyed 1,312 adults through the SSRS Opinion Panel", "interviewed via Ipsos's
        # KnowledgePanel": the panel a survey drew its sample from is its fieldwork; the
        # survey keeps the name the text gives it
        "panel_provider",
        regex.compile(
            r"""(?r)(?<!\w)(?i:through|via|using|from|on|drawn[ \t]+from)[ \t]+
            (?:(?i:the|its|an?)[ \t]+)?\Z""", regex.VERBOSE),
        (("KFF surveyed 1,312 adults online through the SSRS Opinion Panel; 41% owe money.",
          "SSRS"),
         ("The Harbour Institute polled 2,000 adults via Ipsos's KnowledgePanel; 38% agree.",
          "Ipsos"),
         ("Kestrel Research interviewed 1,500 voters drawn from the YouGov panel; 44% agree.",
          "YouGov")),
        (("Some 41% owe money, according to data from SSRS.", "SSRS"),
         ("Voters on the YouGov tracker put Labour at 31%.", "YouGov")),
        role="panel",
        after=regex.compile(
            r"""(?:['’]s)?[ \t]+(?:\p{Lu}[\w\-]*[ \t]+){0,2}?(?i:panel|knowledgepanel)(?!\w)""",
            regex.VERBOSE),
    ),
    RoleRule(
        # "... ahead of the 2.8% inflation rate recorded by the Harbour Statistics Office":
        # the source of the one percentage just before it, not of the sentence
        "aside",
        regex.compile(
            r"""(?r)[0-9][ \t]*(?:%|pc|per[ \t]?cent|percent)(?![\w])
            (?:[ \t]+[\w\-'’]+){0,5}?[ \t]+
            (?i:recorded|reported|published|estimated|measured|released|compiled|registered|
               calculated|set)
            (?:[ \t]+(?i:earlier|on[ \t]+\w+|last[ \t]+\w+|this[ \t]+\w+))?[ \t]+(?i:by)
            [ \t]+(?:(?i:the)[ \t]+)?\Z""",
            regex.VERBOSE),
        (("Pay rose 3.9pc, ahead of the 2.1pc inflation rate recorded by Statistics Canada.",
          "Statistics Canada"),
         ("Spending grew 1.1%, below the 3.6% rate of inflation reported by the ONS.",
          "Office for National Statistics"),
         ("Wages rose 5%, above the 4 per cent rate published on Tuesday by Stats NZ.",
          "Stats NZ")),
        (("The survey of 2,000 adults published by Ipsos found 40% agree.", "Ipsos"),
         ("Some 40% agree, the poll published by Ipsos found.", "Ipsos")),
    ),
    RoleRule(
        # "Inflation, which stood at 4.1% in May according to the Harbour Statistics Office,
        # is the top worry for 38%": the source of the figure in the relative clause only
        "aside_in_clause",
        regex.compile(
            r"""(?r),[ \t]+(?i:which|that)[ \t]+(?:[\w\-'’]+[ \t]+){0,3}?
            [0-9][0-9.,]*[ \t]*(?:%|pc|per[ \t]?cent|percent)(?![\w])
            (?:[ \t]+[\w\-'’]+){0,4}?,?[ \t]+(?i:according[ \t]+to)[ \t]+(?:(?i:the)[ \t]+)?\Z""",
            regex.VERBOSE),
        (("Unemployment, which was 6.1% in May according to Statistics Canada, worries 40% "
          "of those polled.", "Statistics Canada"),),
        (("Unemployment was 6.1% in May, according to Statistics Canada.",
          "Statistics Canada"),),
        role="aside",
    ),
    RoleRule(
        # "Economists polled by Reuters had expected 2.9%": a news agency's poll of
        # forecasters, a consensus beside the story's survey, not a new passage of its own
        "forecasters_poll",
        regex.compile(
            r"""(?r)(?<!\w)(?i:economists|analysts|forecasters|strategists|traders)
            (?:[ \t]+[\w\-'’]+){0,2}?[ \t]+(?i:polled|surveyed|canvassed|questioned|asked)
            [ \t]+(?i:by)[ \t]+(?:(?i:the)[ \t]+)?\Z""",
            regex.VERBOSE),
        (("Economists surveyed by Harbour Wire had expected a reading of 54.0.", "Harbour Wire"),
         ("Economists polled by Dow Jones had forecast a 0.4% rise.", "Dow Jones"),
         ("Analysts polled by Marlow Research had forecast inflation of 2.9 per cent.",
          "Marlow Research"),
         ("City economists polled by Fenwick Data expected the index to hold at 48.",
          "Fenwick Data"),
         ("The 0.4% rise beat what traders surveyed by Kestrel Analytics had expected.",
          "Kestrel Analytics"),
         ("Forecasters surveyed by the Harbour Times had pencilled in 1.8%.", "Harbour Times")),
        (("Voters polled by Ipsos backed the plan by 52% to 41%.", "Ipsos"),
         ("A survey of 1,200 economists by Kestrel Research found 41% expect a recession.",
          "Kestrel Research")),
        role="consensus",
    ),
    RoleRule(
        # "Economists in a Reuters poll expect growth of 0.2%", "analysts in the latest
        # Bloomberg survey": forecasters answering the agency's poll, named before it
        "forecasters_in_poll",
        regex.compile(
            r"""(?r)(?<!\w)(?i:economists|analysts|forecasters|strategists|traders)
            (?:[ \t]+[\w\-'’]+){0,2}?[ \t]+(?i:in|from)[ \t]+(?i:a|an|the)
            (?:[ \t]+(?i:latest|new|monthly|quarterly|weekly|recent))?[ \t]+\Z""",
            regex.VERBOSE),
        (("Economists in a Reuters poll expect growth of 0.2% this year.", "Reuters"),
         ("Analysts in the latest Harbour Wire survey see inflation at 2.9 per cent.",
          "Harbour Wire"),
         ("City economists in a Bloomberg poll had pencilled in 1.8%.", "Bloomberg")),
        (("Voters in a Kestrel Research poll backed the plan by 52% to 41%.",
          "Kestrel Research"),
         ("Economists in Leeds cited an Ipsos poll showing 41% expect a recession.", "Ipsos")),
        role="consensus",
        after=regex.compile(
            r"(?:['’]s)?[ \t]+(?i:poll|survey|consensus)(?!\w)"),
    ),
    RoleRule(
        # "A Reuters poll of economists had forecast 1.7%": the agency's poll of forecasters,
        # named before it
        "forecasters_poll_named",
        regex.compile(r"(?r)(?<!\w)(?i:a|an|the)[ \t]+\Z"),
        (("A Harbour Wire poll of economists had forecast a 0.3% rise.", "Harbour Wire"),
         ("The Reuters survey of analysts pointed to 4.1 per cent.", "Reuters")),
        (("The Harbour Wire poll of voters found 41% agree.", "Harbour Wire"),
         ("The Kestrel Research survey of adults found 4.1 per cent unsure.",
          "Kestrel Research")),
        role="consensus",
        after=_FORECASTERS_AFTER,
    ),
    RoleRule(
        # "Economists had expected the rate to hold at 7.1 per cent, according to LSEG", "the
        # consensus forecast compiled by FactSet", "a Reuters poll of economists": the provider
        # of a consensus of forecasts beside an agency's release, the source of that forecast
        # only; the release's figures stay the agency's
        "consensus_provider",
        regex.compile(
            r"""(?r)(?:
              (?<!\w)(?i:economists?|analysts?|forecasters?|markets?|traders|strategists?)
              (?!\w)(?:[^.!?\n]|(?<=[0-9])\.(?=[0-9])){0,40}?
              (?<!\w)(?i:expect(?:ed|ing|s)?|forecasts?|forecasting|predicted|anticipated
                 |pencill?ed[ \t]+in|projected)(?!\w)
              (?:[^.!?\n]|(?<=[0-9])\.(?=[0-9])){0,150}?(?<!\w)(?i:according[ \t]+to)
              [ \t]+(?:(?i:a|the)[ \t]+)?(?:(?i:poll|survey|consensus)[ \t]+
                 (?:(?i:of)[ \t]+(?:\w+[ \t]+){0,2}?)?(?i:by|from)[ \t]+(?:(?i:the)[ \t]+)?)?
            | (?<!\w)(?i:consensus)(?:[ \t]+(?i:estimates?|forecasts?|expectations?))?
              [ \t]+(?:(?i:compiled|gathered|collected)[ \t]+)?(?i:by|from|of)
              [ \t]+(?:(?i:the)[ \t]+)?)\Z""",
            regex.VERBOSE),
        (("Economists had expected the rate to hold at 7.1 per cent, according to Fenwick "
          "Data.", "Fenwick Data"),
         ("Analysts had forecast growth of 0.2%, according to a poll by Harbour Wire.",
          "Harbour Wire"),
         ("Markets had expected 2.9 per cent, according to a Kestrel Analytics poll of "
          "economists.", "Kestrel Analytics"),
         ("Markets had pencilled in 3.1pc, according to the consensus from Marlow Research.",
          "Marlow Research")),
        (("According to Kestrel Analytics, 41% of firms expect to hire.", "Kestrel Analytics"),
         ("Few expect the service to improve, according to a Kestrel Research poll.",
          "Kestrel Research"),
         ("Prices rose 2.9 per cent, according to Statistics Canada.", "Statistics Canada")),
        role="consensus",
    ),
    RoleRule(
        # "... a cut of about 23% unless Congress acts, according to the latest Harbour trustees
        # report": a report cited for the one figure before it, inside another survey's
        # story (a report leads the passage only when the story has no survey yet)
        "report_aside",
        regex.compile(
            r"""(?r)[0-9][ \t]*(?:%|pc|per[ \t]?cent|percent)(?![\w])
            (?:[^.!?\n0-9]){0,80}?,?[ \t]+(?i:according[ \t]+to)[ \t]+(?:(?i:the|a|an)[ \t]+)?
            (?:(?i:latest|most[ \t]+recent|annual|new|recent|official)[ \t]+)?\Z""",
            regex.VERBOSE),
        (("Benefits would be cut by 21% unless Parliament acts, according to the latest Harbour "
          "Pensions Board trustees report.", "Harbour Pensions Board"),
         ("The fund would run short by 2034, a gap of 18 per cent, according to the annual "
          "Marlow Trust report.", "Marlow Trust")),
        (("According to the latest Marlow Trust report, 41% of members agree.", "Marlow Trust"),
         ("Some 41% agree, according to a Marlow Trust survey.", "Marlow Trust")),
        role="aside",
        after=regex.compile(
            r"""(?:['’]s)?[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?i:report|projections?)(?!\w)""",
            regex.VERBOSE),
    ),
    RoleRule(
        # "Union: 25 (Forsa), 24.5 (INSA)", "Labour 41% (YouGov), 38% (Opinium)": the pollster
        # in brackets right after a figure, as tables of several polls give it, is the source
        # of that one figure
        "bracket_aside",
        regex.compile(
            r"""(?r)[0-9][ \t]*(?:%|pc|per[ \t]?cent|percent)?
            [ \t]*\([ \t]*(?:(?i:the)[ \t]+)?\Z""",
            regex.VERBOSE),
        (("Union (CDU/CSU): 25 (Forsa), 24.5 (INSA), 26 (Infratest dimap)", "INSA"),
         ("Labour is on 41% (YouGov), 38% (Opinium) and 40% (Ipsos) this week.", "Opinium"),
         ("Reform vote share: 29 (YouGov), 27 (Survation), 30 (Ipsos).", "Survation"),
         ("NDA vote share: 44 (CVoter), 46 (Axis My India).", "CVoter"),
         ("Liberal support, per cent: 41 (Leger), 39 (Abacus Data), 42 (Nanos).", "Abacus Data")),
        (("A poll (Ipsos, 1,000 adults) found 41% agree.", "Ipsos"),
         ("The latest poll by Ipsos (2,000 adults) puts Labour on 34%.", "Ipsos")),
        role="aside",
    ),
    RoleRule(
        # "A separate poll by Kestrel Research ...", "Separately, the Ipsos tracker ...",
        # "Separate figures from Eurostat show ...": a digression; the story returns to its
        # own survey with the next paragraph
        "separate",
        regex.compile(
            rf"""(?r){_STARTS}[ \t"“]*
            (?:(?i:separately)[ \t]*,|(?i:in[ \t]+)?(?i:a|an)[ \t]+
               (?i:separate|rival|different|competing)|(?i:another)|(?i:separate))(?!\w)
            [^.!?\n]{{0,100}}?\Z""",
            regex.VERBOSE),
        (("A separate poll by Kestrel Research put the figure at 44%.", "Kestrel Research"),
         ("Separately, the Ipsos tracker found 38% trust the police.", "Ipsos"),
         ("Separate figures from Statistics Canada show 41% rent.", "Statistics Canada"),
         ("Another survey, from Pollara, had 52% in favour.", "Pollara Strategic Insights")),
        (("The Ipsos poll, separate from its tracker, found 38%.", "Ipsos"),
         ("A poll by Kestrel Research, a separate firm, found 44%.", "Kestrel Research")),
    ),
    RoleRule(
        # "The finding echoes the Lokniti-CSDS study ...", "broadly in line with a survey
        # released last month by X": another organization's survey the story compares its
        # own with, a digression of one paragraph (role "separate")
        "compared_survey",
        regex.compile(
            r"""(?r)(?<!\w)(?i:echo(?:es|ed)?|mirror(?:s|ed)?|in[ \t]+line[ \t]+with
            |consistent[ \t]+with|similar[ \t]+to|chimes?[ \t]+with|contrasts?[ \t]+with
            |at[ \t]+odds[ \t]+with|tall(?:y|ies|ied)[ \t]+with|contradicts?|unlike
            |(?:closely|broadly|largely)[ \t]+track(?:s|ed)?|tracks|tracked|bears?[ \t]+out
            |confirm(?:s|ed)?|lines?[ \t]+up[ \t]+with|lined[ \t]+up[ \t]+with
            |more[ \t]+\w+[ \t]+than|less[ \t]+\w+[ \t]+than
            |sits?[ \t]+(?:awkwardly|uneasily|oddly)[ \t]+with|jars?[ \t]+with
            |(?:differs?|diverges?|departs?)[ \t]+from|at[ \t]+variance[ \t]+with
            |out[ \t]+of[ \t]+(?:step|line)[ \t]+with|runs?[ \t]+counter[ \t]+to
            |(?:reversal|turnaround|reversing|turning[ \t]+around)[ \t]+(?:from|of|on)
            |compared[ \t]+(?:with|to))
            [ \t]+(?:(?i:those|that)[ \t]+of[ \t]+)?(?:(?i:the|a|an)[ \t]+)?
            (?:[^\s.;!?]+[ \t]+){0,7}?\Z""",
            regex.VERBOSE),
        (("The finding echoes the Kestrel Research study conducted before the 2024 election.",
          "Kestrel Research"),
         ("The results are broadly in line with a survey released last month by Pollara.",
          "Pollara Strategic Insights"),
         ("That is consistent with the latest Ipsos poll, which put the figure at 41%.",
          "Ipsos"),
         ("The picture contrasts with a YouGov survey in May that found 38% agree.", "YouGov"),
         ("Unlike the Datafolha poll, which had Lula on 35%, the figure here is 32%.",
          "Datafolha"),
         ("The pattern broadly tracks the Kestrel Research study of 2019, which found 44%.",
          "Kestrel Research"),
         ("These results are more upbeat than the latest Ipsos survey, which put it at 30%.",
          "Ipsos"),
         ("That bears out the YouGov poll in March, which had 41 per cent agreeing.", "YouGov"),
         ("The findings line up with the Conference Board's index, which fell to 94.",
          "Conference Board"),
         ("This lines up with a Leger poll from May that had 38 per cent opposed.", "Leger"),
         ("The result sits awkwardly with a Pollara survey in June that found 44% support.",
          "Pollara Strategic Insights"),
         ("It is at variance with the YouGov poll of May, which had 38% opposed.", "YouGov"),
         ("That differs from an Ipsos study last year, which put the share at 30%.", "Ipsos"),
         ("Labour leads 41% to 35%, a reversal from the 2019 Kestrel Research study, which "
          "had the Tories ahead by 6 points.", "Kestrel Research"),
         ("Support is 52 per cent, compared with the Leger poll of 2022, which found 47 per "
          "cent.", "Leger"),
         ("The party is ahead, a turnaround from last year's YouGov survey, when it trailed.",
          "YouGov")),
        (("Ipsos found 38% agree, in line with expectations.", "Ipsos"),
         ("Support is higher than a year ago, Ipsos found.", "Ipsos"),
         ("Economists track the Ipsos index closely; it rose to 44.", "Ipsos"),
         ("Voters lined up to back the plan, Ipsos found: 44% agree.", "Ipsos"),
         ("The results, released by Pollara, echo concerns about prices.",
          "Pollara Strategic Insights")),
        role="separate",
    ),
    RoleRule(
        # "Housing dominates. A Red C poll for the Business Post found 41%": another pollster's
        # poll brought in with an indefinite article once the story is on its own survey is a
        # digression of one paragraph (role "separate"); the first pollster of a story is no
        # digression (the passage has no survey yet), nor is "a new X poll" (a new story)
        "indefinite_other_poll",
        regex.compile(
            rf"""(?r){_STARTS}[ \t"“]*(?i:a|an)
            (?:[ \t]+(?i:recent|earlier|previous|similar|rival|smaller|larger|separate))?
            [ \t]+\Z""",
            regex.VERBOSE),
        (("A Red C poll for the Business Post found 41 per cent named housing.", "Red C"),
         ("An Ipsos survey in May had put the figure at 33%.", "Ipsos"),
         ("A recent Leger poll put the Conservatives on 38%.", "Leger"),
         ("An Angus Reid Institute study found 52 per cent agree.", "Angus Reid Institute"),
         ("A Datafolha poll last month had Lula on 35%.", "Datafolha")),
        (("A new Ipsos poll finds 41% agree.", "Ipsos"),
         ("The Red C poll for the Business Post found 41 per cent.", "Red C"),
         ("A spokesman for Ipsos said 41% agree.", "Ipsos"),
         ("An Ipsos spokesman said the poll was weighted.", "Ipsos")),
        role="separate",
        after=regex.compile(
            r"""(?:['’]s)?[ \t]+(?:[\w\-/&]+[ \t]+){0,2}?
            (?i:poll|survey|study|opinion[ \t]+poll|tracker|tracking[ \t]+poll)s?(?!\w)""",
            regex.VERBOSE),
    ),
)


def _polled_forecasters(text: str, at: int, end: int) -> bool:
    """Whether a news agency named from ``at`` to ``end`` polled forecasters ("economists
    polled by Reuters", "a Reuters poll of economists"): the one way an outlet's name is a
    source (of that consensus forecast)."""
    return _FORECASTERS_POLL.before.search(text, max(0, at - _ROLE_REACH), at) is not None or (
        _FORECASTERS_AFTER.match(text, end, min(len(text), end + 60)) is not None) or (
        _FORECASTERS_IN.before.search(text, max(0, at - 80), at) is not None
        and _FORECASTERS_IN.after is not None
        and _FORECASTERS_IN.after.match(text, end, min(len(text), end + 20)) is not None)


_FORECASTERS_POLL: Final = next(r for r in ROLE_RULES if r.name == "forecasters_poll")
_FORECASTERS_IN: Final = next(r for r in ROLE_RULES if r.name == "forecasters_in_poll")


def _role(text: str, m: SourceMention) -> str | None:
    """The first ROLE_RULES row whose wording comes before ``m``."""
    lo = max(0, m.start - _ROLE_REACH)
    for rule in ROLE_RULES:
        if rule.before.search(text, lo, m.start) is not None and (
                rule.after is None
                or rule.after.match(text, m.end, min(len(text), m.end + 60)) is not None):
            return rule.role or rule.name
    return None


# -- the names a document gives an organization (NAME_RULES) -------------------------------

@attrs.frozen
class NameRule:
    """One way a document tells the name an organization goes by: ``read`` takes the
    document's mentions (text order) and returns them renamed, with the further uses of a
    short name the document defined. ``examples`` are (text, the mention as written, its
    name); in ``near_misses`` (the same triples) the rule leaves the mention the name it has
    alone."""

    name: str
    read: Callable[[str, list[SourceMention]], list[SourceMention]]
    examples: tuple[tuple[str, str, str], ...]
    near_misses: tuple[tuple[str, str, str], ...]


def _written(m: SourceMention) -> str:
    """A mention's words as written, without a leading article or a possessive."""
    parts = m.text.split()
    while parts and parts[0] in ("The", "the"):
        parts = parts[1:]
    name = " ".join(parts)
    for suffix in ("'s", "’s"):
        name = name.removesuffix(suffix)
    return name


#: A bare abbreviation: one word of capitals ("CIS", "KFF"), no name's words in it.
_ABBREVIATION = regex.compile(r"[\p{Lu}0-9]*[\p{Lu}][\p{Lu}0-9]*")
#: A short form of one word with two capitals or more: an abbreviation, or a contraction
#: ("TurkStat", "DataReportal"); the organization goes by the name of words the text spells.
_SHORT_FORM = regex.compile(r"[\p{Lu}0-9][\p{L}0-9]*")


def _contracted_head(name: str, form: str) -> bool:
    """Whether a table name of words starts with a contraction or an abbreviation whose
    capitals are the initials of the words the text spells instead ("NatCen Social Research"
    written "National Centre for Social Research", "UNH Survey Center" written "University
    of New Hampshire Survey Center")."""
    head, _, rest = name.partition(" ")
    caps = "".join(c for c in head if c.isupper())
    initials = "".join(w[0] for w in form.split() if w.casefold() not in _INITIALS_SKIP)
    return bool(rest) and len(caps) > 1 and head not in form and initials.startswith(caps)


def _full_form(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A table organization whose name is a bare abbreviation, a one-word contraction or a
    name that starts with one ("NatCen Social Research") goes
    by the full name the text spells out ("Centro de Investigaciones Sociológicas" for all its
    mentions, "CIS" too; "Turkish Statistical Institute" for "TurkStat" where the text writes
    both, before or after):
    the abbreviation shares no word with it. A name of words ("AP-NORC", "Lokniti-CSDS",
    "Resolve Strategic") stays as the table gives it, and a programme's name is not its
    organization's name."""
    names, progs = pollsters(), programmes()
    best: dict[str, str] = {}
    written = {_written(m) for m in ms}
    for m in ms:
        form = _written(m)
        if m.known and sum(c.isupper() for c in m.name) > 1 and (
                _ABBREVIATION.fullmatch(m.name)
                # a contraction ("TurkStat") when the text writes it too: a transliterated
                # name the text never writes ("VTsIOM") stays the table's
                or (_SHORT_FORM.fullmatch(m.name) and m.name in written)
                or _contracted_head(m.name, form)) \
                and form in names and form not in progs and " " in form and len(form) > len(
                best.get(m.name, m.name)) and _fold(form) != _fold(m.name):
            best[m.name] = form
    return [attrs.evolve(m, name=best[m.name]) if m.known and m.name in best else m for m in ms]


_BRACKETED = regex.compile(r"[ \t]*\((?P<abbr>[\p{Lu}][\p{L}0-9&\-.]{1,11})\)")


def _defined(ms: list[SourceMention], short: dict[str, SourceMention]) -> list[SourceMention]:
    """Each mention written as a key of ``short`` after the mention that defined it takes
    that mention's name (one pass: linear in the mentions)."""
    out = []
    for o in ms:
        d = short.get(_written(o))
        if d is not None and o.start >= d.end and o.name != d.name:
            o = attrs.evolve(o, name=d.name)
        out.append(o)
    return out


def _bracketed(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """"the Harbour Employers' Federation (Hefed)": the bracketed short name is that
    organization wherever the text names it as a source after (a use that names no source,
    "Hefed President Ana Ruiz", stays none)."""
    short: dict[str, SourceMention] = {}
    table = {m.start: m for m in ms if m.known}
    named: dict[int, SourceMention] = {}
    for i, m in enumerate(ms):
        b = _BRACKETED.match(text, m.end, min(len(text), m.end + 16))
        if b is None or " " not in m.name or b["abbr"] == _written(m):
            continue
        own = table.get(b.start("abbr"))
        if own is not None and not m.known and official(own.name):
            # "the Federal Statistical Office (Destatis)": a description of a table's body
            # named in brackets is that body (its name is decided by the text's uses)
            named[i] = attrs.evolve(m, name=own.name, known=True)
        else:
            short.setdefault(b["abbr"], m)
    if named:
        ms = [named.get(i, m) for i, m in enumerate(ms)]
    return _defined(ms, short) if short else ms


def official(name: str) -> bool:
    """Whether ``name`` is a table's official body (a statistics office, a central bank, a
    vote counter)."""
    return name in official_bodies()


def _goes_by(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A statistics office goes by the name the text writes for it: the table's own name when
    the text writes it (not only as the short name in brackets after a description: "the
    Federal Statistical Office (Destatis) ... Destatis confirmed" is Destatis, "Statistics
    Canada ... StatCan" is Statistics Canada), else the longest other name the text writes
    ("Stats SA" alone is Stats SA; "the Federal Statistical Office (Destatis)" alone is the
    office), never a bare abbreviation ("ONS" alone is the Office for National Statistics).
    A central bank keeps the table's full name (:func:`_central_bank`)."""
    written: dict[str, set[str]] = {}
    progs = programmes()
    for m in ms:
        if m.known and official(m.name) and not _central_bank(m.name):
            form = " ".join(_written(m).split())
            if form and not _ABBREVIATION.fullmatch(form.replace(".", "")) and (
                    form not in progs) and not _defining(text, m) and (
                    form not in _BARE_BANKS):  # "the Reserve Bank" says not whose
                written.setdefault(m.name, set()).add(form)
    best: dict[str, str] = {}
    for name, forms in written.items():
        if name not in forms:
            best[name] = max(forms, key=lambda f: (len(f), f))
    return [attrs.evolve(m, name=best[m.name]) if m.known and m.name in best else m
            for m in ms] if best else ms


#: Words of a central bank's name, in any language the table writes them ("Riksbank",
#: "Banco de Portugal", "Bangko Sentral ng Pilipinas", "Monetary Authority of Singapore").
CENTRAL_BANK_WORDS: Final = ("bank", "reserve", "banco", "banque", "banca", "bangko",
                             "monetary authority")


def _central_bank(name: str) -> bool:
    """A central bank of the table goes by its full name ("the RBA", "the New York Fed" are
    the Reserve Bank of Australia, the Federal Reserve Bank of New York)."""
    folded = name.casefold()
    return any(w in folded for w in CENTRAL_BANK_WORDS)


def _defining(text: str, m: SourceMention) -> bool:
    """Whether ``m`` is the short name in brackets right after a longer name ("(Destatis)")."""
    return text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")"


_INITIALS_SKIP: Final = frozenset("of for the and & de del des la le y on in at du".split())
_NAME_PARTS: Final = regex.compile(r"[\s\-]+")


def _initials(name: str) -> str:
    parts = [w for w in _NAME_PARTS.split(name) if w and w.casefold() not in _INITIALS_SKIP]
    return "".join(w[0] for w in parts).upper() if len(parts) >= 3 else ""


def _initialled(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """"according to CSO figures" after "the Central Statistics Office": capitals that spell
    the initials (three or more) of an organization the text named before are that
    organization."""
    short: dict[str, SourceMention] = {}
    for m in ms:
        letters = _initials(m.name)
        if letters and _fold(letters) not in _MEDIA:
            short.setdefault(letters, m)
    return _defined(ms, short) if short else ms


#: Words between an organization and its programme's title: "X's most recent", "X's biennial".
_PROGRAMME_ADJ: Final = alternation(words("sources.txt", "programme_adjectives"))
#: A programme's name right after its organization's: "Cadem's Plaza Pública survey", "the
#: Harbourview Institute Civic Pulse poll" (a few capitalized words before a survey noun).
_PROGRAMME_AFTER = regex.compile(
    rf"""(?:['’]s|(?<=s)['’])?[ \t]+
    (?:(?i:{_PROGRAMME_ADJ})[ \t]+)?
    (?P<prog>{_CAP}(?:[ \t]+{_CAP}){{0,3}})
    (?:[ \t]+(?i:survey|poll|tracker|tracking[ \t]+poll|index|monitor|barometer|study)(?!\w)
      |(?<=(?i:survey|poll|tracker|index|monitor|barometer)))  # the Ipsos Political Monitor""",
    regex.VERBOSE)


def _programme_words(name: str) -> bool:
    """Whether capitalized words can name a programme: not a generic noun, a month or a
    place alone ("the Ipsos March poll", "YouGov's London survey")."""
    return not (name in _NOT_ORG or name.casefold() in _GENERIC_NOUNS or _is_place(name))


#: A survey's title names its programme, not an organization: "the Household Finance Tracker".
_TITLE_NOUN = regex.compile(
    r"[ \t](?:Survey|Poll|Tracker|Index|Indicator|Monitor|Barometer|Study|Report)\Z")
#: A title whose survey noun is followed by the place or the subject it covers: "the Health
#: Survey for England", "the National Survey for Wales", "the Survey of Consumer Finances".
_TITLE_SCOPE = regex.compile(
    r"""(?:\A|[ \t])(?:Survey|Poll|Study|Index|Monitor|Barometer|Tracker)[ \t]+
    (?:for|of|on|in)[ \t]+\p{Lu}""", regex.VERBOSE)
#: Between a title and the organization that made it: "... Tracker published today by X".
_TITLE_BY = regex.compile(
    r"""(?:[ \t]+\([\p{Lu}][\p{L}0-9&\-]{1,11}\))?  # "the ... Survey (PLFS) report released by"
    (?:[ \t]+(?i:report|data|figures|results|findings|bulletin|release))?
    [ \t]*,?[ \t]+(?i:published|conducted|released|carried[ \t]+out|run|compiled|produced
    |fielded|commissioned|issued)(?:[ \t]+[\w\-]+){0,2}?[ \t]+(?i:by)[ \t]+(?:(?i:the)[ \t]+)?""",
    regex.VERBOSE)
#: A programme's name, then its survey noun in lower case, then who made it: "the Civic Pulse
#: survey published by X", "the TALIS 2024 teacher questionnaires released by the X".
_NAME_NOUN_BY = regex.compile(
    r"""[ \t]+(?:(?:19|20)[0-9]{2}(?:[/\-][0-9]{2,4})?[ \t]+)?(?:\p{Ll}[\w\-]*[ \t]+){0,2}?
    (?:surveys?|polls?|questionnaires?|study|studies|census|tracker|index|monitor|barometer)
    (?!\w)""" + _TITLE_BY.pattern, regex.VERBOSE)
#: A programme's name, its survey noun, then the firm that ran it in a relative clause or
#: after "by": "the Civic Pulse poll that X conducted for the daily Y" (WORDING_RULES
#: "poll_that_x_ran"), "the quarterly Civic Pulse survey by X".
_NAME_NOUN_THAT = regex.compile(
    r"""[ \t]+(?i:poll|survey|study|barometer|tracker)[ \t]+(?i:that|which|by)[ \t]+
    (?:(?i:the)[ \t]+)?""", regex.VERBOSE)
#: A table's name that is a programme's title ("Eurobarometer", "World Values Survey").
_OWN_TITLE = regex.compile(r"(?i:barometer|survey|index|monitor|tracker|poll)\Z")
#: Who owns a survey, not who ran it: "published by", "commissioned by".
_OWNED_BY = regex.compile(r"(?<!\w)(?i:published|commissioned|issued)(?!\w)")
#: Right after a title, the organization that owns it: "the ... Survey from X", "the ...
#: Survey (OPN) of the X", "the ... Index by X".
_TITLE_OWNER = regex.compile(
    r"""(?:[ \t]+\([\p{Lu}][\p{L}0-9&\-]{1,11}\))?[ \t]+(?i:from|of|by)[ \t]+
    (?:(?i:the)[ \t]+)?""", regex.VERBOSE)
#: A title anywhere in a name: "Surveys of Consumers", "Business Conditions Survey".
_TITLE_WORD = regex.compile(
    r"(?<!\w)(?:Surveys?|Poll|Tracker|Index|Indicator|Monitor|Barometer|Study)(?!\w)")
#: Between an owner and its programme: "X's Surveys of Consumers", "X's annual ... Survey".
_OWNER_TITLE_GAP = regex.compile(
    rf"""(?:['’]s|(?<=s)['’])[ \t]+(?:(?i:{_PROGRAMME_ADJ})[ \t]+){{0,2}}""", regex.VERBOSE)
#: A survey introduced with its organization: "a survey released today by X", "X's new poll".
_INTRODUCED = regex.compile(
    r"""(?r)(?<!\w)(?i:a|an|its|new|latest|their)[ \t]+(?:[\w\-]+[ \t]+){0,2}?
    (?i:survey|poll|study|report|tracker)(?!\w)[^.!?\n]{0,80}?\Z""", regex.VERBOSE)
_TITLE_REACH: Final = 300
#: A title whose owner the text names by a noun or a pronoun: "the central bank's Consumer
#: Expectations Survey", "the agency's Labour Force Survey", "its Household Pulse Survey".
_DESCRIBED_OWNER = regex.compile(
    rf"""(?r)(?<!\w)(?:(?i:the)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}[a-z][\w\-]*(?:['’]s|(?<=s)['’])
    |(?i:its|their))
    [ \t]+(?:(?i:{_PROGRAMME_ADJ})[ \t]+){{0,2}}(?:(?i:the)[ \t]+)?\Z""", regex.VERBOSE)
_DESCRIBED_REACH: Final = 1500


#: A company's legal form or a title, not a programme ("Gallup Inc.", "Lord Ashcroft").
_LEGAL_FORMS: Final = frozenset(
    "Inc Inc. Ltd Ltd. LLC Plc PLC Co Co. Corp Corp. GmbH AG SA S.A. Lord Sir Dr "
    "Institut Istituto Instituto Intézet Marketing Consulere Unlimited Partners Group "
    "Associates Analytics Strategic".split())


@functools.cache
def _table_programmes() -> dict[str, frozenset[str]]:
    """``{canonical name: programme names}`` the table's aliases spell with the organization's
    name ("Cadem Plaza Pública", "Plaza Pública Cadem": Cadem's "Plaza Pública"): a text that
    names the organization may name its programme alone."""
    out: dict[str, set[str]] = {}
    by_name: dict[str, list[str]] = {}  # the aliases of each canonical name
    for alias, canonical in pollsters().items():
        by_name.setdefault(canonical, []).append(alias)
    for alias, canonical in pollsters().items():
        for name in {canonical, *(a for a in by_name[canonical] if len(a) < len(alias))}:
            rest = (alias[len(name) + 1:] if alias.startswith(name + " ")
                    else alias[: -len(name) - 1] if alias.endswith(" " + name) else "")
            if rest[:1].isupper() and len(rest.split()) >= 2 and _programme_words(rest) and (
                    rest not in pollsters() and not _is_outlet(rest)) and not any(
                    w in _LEGAL_FORMS or (w in _ORG_WORDS and not _TITLE_WORD.fullmatch(w))
                    for w in rest.split()):
                out.setdefault(canonical, set()).add(rest)
    return {k: frozenset(v) for k, v in out.items()}


def _published_by(text: str, m: SourceMention, nxt: SourceMention) -> bool:
    """Whether ``m`` names a programme, with its survey noun in lower case, that ``nxt``
    made ("the Civic Pulse survey published by X"); a table's programme too when the text
    says who published it ("a Special Eurobarometer survey published by the European
    Commission"), not who ran it (its fieldwork)."""
    return _NAME_NOUN_BY.fullmatch(text, m.end, nxt.start) is not None and (
        not m.known or (_OWN_TITLE.search(m.name) is not None
                        and _OWNED_BY.search(text, m.end, nxt.start) is not None))


def _programme_of(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A survey programme the text names with its organization ("Cadem's Plaza Pública
    survey", "the Cadem Plaza Pública survey", "the Household Finance Tracker published by
    X") is that organization wherever the text names the programme alone; a survey's title
    named alone ("The National Public Opinion Survey, carried out ...") right after the text
    introduced a survey by an organization ("a survey released by X") is that one's. Linear:
    each mention looks at its own neighbourhood and its neighbour once."""
    progs: dict[str, SourceMention] = {}
    for i, m in enumerate(ms):
        written = _written(m)
        for prog in _table_programmes().get(m.name, ()) if m.known else ():
            progs.setdefault(prog, m)  # the table's "Cadem Plaza Pública": "Plaza Pública"
        if written.startswith(m.name + " "):  # the table's "Cadem Plaza Pública"
            rest = written[len(m.name) + 1:]
            if _programme_words(rest):
                progs.setdefault(rest, m)
        hit = _PROGRAMME_AFTER.match(text, m.end, min(len(text), m.end + 80))
        if hit is not None and _programme_words(hit["prog"]):
            progs.setdefault(hit["prog"], m)
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if (nxt is not None and (_TITLE_NOUN.search(written) is not None
                                 or _TITLE_SCOPE.search(written) is not None)
                # a study the table lists as an organization of its own ("the Australian
                # Election Study, run by the Australian National University") keeps its name:
                # who ran it did its fieldwork (ROLE_RULES "fieldwork_lead")
                and not (m.known and _TITLE_NOUN.search(" " + m.name) is not None)
                and (_TITLE_BY.fullmatch(text, m.end, nxt.start) is not None
                     or (not m.known
                         and _TITLE_OWNER.fullmatch(text, m.end, nxt.start) is not None))):
            progs.setdefault(written, nxt)  # "the ... Survey from X": X's
        if nxt is not None and _written(nxt) not in progs and _published_by(text, m, nxt):
            progs.setdefault(written, nxt)  # "the Civic Pulse survey published by X": X's
        if (nxt is not None and not m.known and _written(nxt) not in progs
                and _NAME_NOUN_THAT.fullmatch(text, m.end, nxt.start) is not None
                and _programme_words(written)):
            progs.setdefault(written, nxt)  # "the Civic Pulse poll that X conducted": X's
        if (nxt is not None and not nxt.known and _TITLE_WORD.search(_written(nxt)) is not None
                and _OWNER_TITLE_GAP.fullmatch(text, m.end, nxt.start) is not None):
            progs.setdefault(_written(nxt), m)  # "X's Surveys of Consumers": X's
    out: list[SourceMention] = []
    for m in ms:
        written = _written(m)
        owner = progs.get(written) or (progs.get(m.name) if not m.known else None)
        if owner is not None and m.known and written in programmes():
            owner = None  # "ZDF's Politbarometer": the table's programme is its pollster's
        if owner is not None and owner.name != m.name and owner.name not in progs:
            m = attrs.evolve(m, name=owner.name, known=owner.known)
        elif (owner is None and not m.known and out and _TITLE_WORD.search(written) is not None
              and _TITLE_WORD.search(_written(out[-1])) is None
              and 0 <= m.start - out[-1].end <= _DESCRIBED_REACH
              and _DESCRIBED_OWNER.search(text, max(0, m.start - 60), m.start) is not None):
            # "X ... the central bank's Consumer Expectations Survey": X's
            progs.setdefault(written, out[-1])
            m = attrs.evolve(m, name=out[-1].name, known=out[-1].known)
        elif (owner is None and not m.known and out and _TITLE_NOUN.search(written) is not None
              and _TITLE_NOUN.search(_written(out[-1])) is None
              and 0 <= m.start - out[-1].end <= _TITLE_REACH
              and _INTRODUCED.search(text, max(0, out[-1].start - 80), out[-1].start)):
            m = attrs.evolve(m, name=out[-1].name, known=out[-1].known)
        out.append(m)
    return out


@functools.cache
def _shared_aliases() -> frozenset[str]:
    """The names and aliases of the table's programmes whose title several statistics
    offices use (``data/sources.txt`` [shared_titles]: the ``General Social Survey``, ``GSS``)."""
    shared = {" ".join(w.split()) for w in words("sources.txt", "shared_titles")}
    out: set[str] = set()
    for raw in read_text("pollsters.txt").splitlines():
        head, _, aliases = raw.strip().partition("|")
        name = " ".join(head.partition(">")[0].split())
        if ">" in head and name in shared:
            out.update(a for a in (" ".join(x.split()) for x in [name, *aliases.split(";")]) if a)
    return frozenset(out)


#: An official data body's name: a statistics office or bureau, a census bureau, a ministry.
_STATISTICS_BODY = regex.compile(
    r"""(?<!\w)(?:statisti\w*|stats?|census|bureau|ministry|department|office)(?!\w)""",
    regex.IGNORECASE | regex.VERBOSE)


def _shared_title(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A survey title several statistics offices use (the table's ``General Social Survey``
    is NORC's) is the survey of the official data body the text names ("figures from Stats
    NZ ... The General Social Survey"), unless the text names the table's owner too; the
    body nearest before the title's first mention, else the first after it."""
    shared = _shared_aliases()
    hits = {i for i, m in enumerate(ms) if m.known and _written(m) in shared}
    if not hits:
        return ms
    first = min(hits)
    owner = ms[first].name
    if any(m.name == owner for i, m in enumerate(ms) if i not in hits):
        return ms
    bodies = [m for i, m in enumerate(ms) if i not in hits and m.role in (None, "fieldwork")
              and _statistics_body(m.name)]  # "Destatis" too
    before = [m for m in bodies if m.start < ms[first].start]
    body = before[-1] if before else (bodies[0] if bodies else None)
    if body is None:
        return ms
    return [attrs.evolve(m, name=body.name, known=body.known) if i in hits else m
            for i, m in enumerate(ms)]


_NATIONAL_TITLES: Final = frozenset(
    " ".join(w.casefold().split()) for w in words("sources.txt", "national_titles"))


def _national_title(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A title many statistics offices give their own programme ("the latest Labour Force
    Survey showed", "the Wage Price Index rose") is the programme of the statistics office
    the text names: the nearest before it, else the first after it; a title in a text that
    names none stays as written."""
    hits = [i for i, m in enumerate(ms) if not m.known
            and " ".join(m.name.casefold().split()) in _NATIONAL_TITLES]
    if not hits:
        return ms
    bodies = [m for m in ms if m.role in (None, "fieldwork") and _statistics_body(m.name)]
    if not bodies:
        return ms
    out = list(ms)
    starts = [b.start for b in bodies]
    for i in hits:
        k = bisect.bisect_left(starts, ms[i].start)  # the nearest before, else the first
        body = bodies[k - 1] if k > 0 else bodies[0]
        out[i] = attrs.evolve(ms[i], name=body.name, known=body.known)
    return out


def other_programme(m: SourceMention, current: SourceMention) -> bool:
    """Whether ``m`` names by its title a programme several offices run, which the text gave
    the official body the passage is on ("Destatis ... the EU-SILC survey"): a survey of its
    own, whose dates are its own. (A body's own programme, "the NCHS ... based on the
    National Health Interview Survey", and a title every office uses, "the agency's Labour
    Force Survey", are the release the passage is on.)"""
    title = " ".join(_written(m).split())
    return m.known and official(m.name) and title != m.name and (
        programmes().get(title, m.name) != m.name) and (  # a shared title the text resolved
        title != " ".join(_written(current).split()))


def _statistics_body(name: str) -> bool:
    """Whether ``name`` is a statistics office (not a central bank nor an outlet): its name
    says so ("Statistics Canada", "Census Bureau"), or the table's official bodies hold it
    ("Destatis", "INSEE")."""
    return (_STATISTICS_BODY.search(name) is not None or official(name)) and (
        not _central_bank(name)) and not _is_outlet(name)


def _letters(name: str) -> str:
    """The initials of two words or more ("University of Texas" -> "UT")."""
    parts = [w for w in _NAME_PARTS.split(name) if w and w.casefold() not in _INITIALS_SKIP]
    return "".join(w[0] for w in parts).upper() if len(parts) >= 2 else ""


def _joint_spelled(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A joint name whose first part is an abbreviation ("UT/Texas Politics Project") goes by
    the joint name the text spells out with the same partner ("University of Texas/Texas
    Politics Project"), before or after it: the partner makes two initials enough."""
    spelled: dict[str, str] = {}
    for m in ms:
        written = _written(m)
        head, sep, tail = written.partition("/")
        letters = _letters(head) if sep else ""
        if letters:
            spelled.setdefault(f"{letters}/{tail}", written)
    if not spelled:
        return ms
    return [attrs.evolve(m, name=spelled[m.name]) if m.name in spelled else m for m in ms]


def _joint_partner(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A joint name in no table ("Post/Freshwater") whose part is the first word of a
    pollster the document names in full ("Freshwater Strategy") goes by the joint name with
    that part spelled out ("Post/Freshwater Strategy"): the outlet stays, the firm is the one
    the text names."""
    full: dict[str, str] = {}
    for m in ms:
        head = m.name.split()[0] if m.known and " " in m.name and "/" not in m.name else ""
        if head:
            full.setdefault(head, m.name)
    out = []
    for m in ms:
        parts = m.name.split("/") if not m.known and "/" in m.name else []
        if len(parts) == 2 and any(p.strip() in full for p in parts):
            name = "/".join(full.get(p.strip(), p.strip()) for p in parts)
            m = attrs.evolve(m, name=name)
        out.append(m)
    return out


#: Between a pollster and the firm it polled with: "X, polling with Y,", "X in partnership
#: with Y", "X, working alongside Y,": the first-named firm is the pollster, Y its partner.
_WITH_PARTNER = regex.compile(
    r"""(?:['’]s[ \t]+(?:[\w\-]+[ \t]+){0,4}?  # "X's consumer sentiment monitor, run with Y"
      (?i:survey|poll|monitor|tracker|index|barometer|study|report|panel))?
    [ \t]*,?[ \t]+(?:(?i:polling|working|partnering|teamed[ \t]+up|run|conducted|carried[ \t]+out
      |done|produced|compiled)[ \t]+
     # an apposition: "X, a Lima polling firm that works with Y", "X, which partners with Y"
     |(?:(?i:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?i:firm|company|pollster|agency|outfit
         |consultancy)[ \t]+)?
      (?i:that|which|who)[ \t]+(?i:works?|worked|partners?|partnered|teams?[ \t]+up
         |teamed[ \t]+up|polls?|polled)[ \t]+)?
    (?:(?i:together[ \t]+)?(?i:with|alongside)
      |(?i:in)[ \t]+(?i:partnership|conjunction|collaboration|association)[ \t]+(?i:with))
    [ \t]+(?:(?i:the|a|an)[ \t]+)?(?:(?i:research[ \t]+firm|polling[ \t]+firm|pollster|fieldwork
      [ \t]+(?:agency|partner)|consultancy|research[ \t]+group|(?:[\w\-]+[ \t]+)?firm)[ \t]+)?""",
    regex.VERBOSE)
_PARTNER_GAP: Final = 90  # characters between a pollster and its partner's name at most


def _fielding_partner(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A firm named right after a pollster as the one it polled with ("RedBridge, polling
    with Accent Research,"; "Ipsos in partnership with Kestrel Metrics") is that pollster's
    partner: its figures are the pollster's. Each mention looks at the one before it once."""
    out: list[SourceMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev is not None and prev.name != m.name
                and 0 <= m.start - prev.end <= _PARTNER_GAP
                and _WITH_PARTNER.fullmatch(text, prev.end, m.start) is not None):
            m = attrs.evolve(m, name=prev.name, known=prev.known)
        out.append(m)
    return out


#: Before the first partner of a joint poll: "a joint poll by the", "the joint survey of".
_JOINT_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?i:joint)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?i:poll|survey|study)
    (?:[ \t]+(?i:conducted|carried[ \t]+out|run|released|published))?
    [ \t]+(?i:by|of|from)[ \t]+(?:(?i:the)[ \t]+)?\Z""", regex.VERBOSE)
#: After the first partner: "and Nippon Television", "and the Herald" (its name's capitals).
_JOINT_PARTNER = regex.compile(
    r"""[ \t]+(?i:and)[ \t]+(?:(?i:the)[ \t]+)?
    (?P<partner>\p{Lu}[\w&\-.]*(?:[ \t]+(?:(?:of|de|do|da|del|des|du)[ \t]+)?
      \p{Lu}[\w&\-.]*){0,3}(?<!\.))(?P<poss>['’]s?)?""",
    regex.VERBOSE)
#: After both partners, one poll: "the Nikkei and TV Tokyo poll" (not "polls").
_JOINT_NOUN = regex.compile(r"[ \t]+(?:joint[ \t]+)?(?i:poll|survey)(?![\w\-])")
_ARTICLE_RIGHT_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?i:the|a|an)[ \t]+(?:(?i:latest|new|recent|last|weekly|monthly)[ \t]+)?\Z")


def _joint_named(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """One poll by two organizations ("a joint poll by the Yomiuri Shimbun and Nippon
    Television", "the Kestrel Research and Harbour Herald poll") goes by their joint name
    ("Yomiuri Shimbun/Nippon Television"), as the table's joint polls do; the partner's own
    mention inside it is no source apart."""
    out: list[SourceMention] = []
    inside = -1
    for m in ms:
        if m.start < inside:
            continue  # the partner of the joint name just made
        pair = _JOINT_PARTNER.match(text, m.end, min(len(text), m.end + 60))
        if pair is not None and "/" not in m.name and (
                _JOINT_BEFORE.search(text, max(0, m.start - 60), m.start) is not None or (
                    _JOINT_NOUN.match(text, pair.end(), min(len(text), pair.end() + 20))
                    is not None
                    and _ARTICLE_RIGHT_BEFORE.search(text, max(0, m.start - 20), m.start)
                    is not None)):
            partner = next((o.name for o in ms if o.start == pair.start("partner")),
                           pair["partner"])
            if partner != m.name and not _is_place(partner):
                m = attrs.evolve(m, name=f"{m.name}/{partner}")
                inside = pair.end()
        out.append(m)
    return out


#: Words that name a news outlet before its name ("for the daily Rzeczpospolita").
_OUTLET_NOUNS = (r"(?:public[ \t]+broadcaster|news[ \t]+site|daily|newspaper|paper|tabloid|"
                 r"weekly|broadsheet|magazine|broadcaster|channel|network|station|website|"
                 r"masthead|outlet)s?")  # "for the private broadcasters A and B"
#: "X poll for the daily Y", "conducted by X for Y", "X's survey of 1,000 adults for the Y":
#: the words after a firm's name that make Y the outlet its poll was for.
_FOR_OUTLET = regex.compile(
    rf"""(?:['’]s)?(?:[ \t]+[\w,\-]+){{0,4}}?[ \t]+(?i:for)[ \t]+(?:(?i:the)[ \t]+)?
    (?:(?:\p{{Ll}}[\p{{Ll}}\-]*[ \t]+)?(?P<noun>(?i:{_OUTLET_NOUNS}))[ \t]+)?
    (?P<outlet>\p{{Lu}}[\w\-'’]*(?:[ \t]+(?:\p{{Lu}}[\w\-'’]*|[0-9]{{1,3}})){{0,4}})
    (?:[ \t]+(?i:and)[ \t]+(?:(?i:the)[ \t]+)?                    # "... TVI and CNN Portugal"
      (?P<second>\p{{Lu}}[\w\-'’]*(?:[ \t]+(?:\p{{Lu}}[\w\-'’]*|[0-9]{{1,3}})){{0,4}}))?""",
    regex.VERBOSE)
#: What comes between an outlet and the firm in "a Channel 9 News poll conducted by X".
_OUTLET_POLL_BY = regex.compile(
    r"""(?:['’]s)?[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?i:poll|survey|opinion[ \t]+poll)(?!\w)
    [^.!?\n]{0,120}?(?<!\w)(?i:conducted|carried[ \t]+out|fielded|undertaken|run|done)
    (?:[ \t]+[^\s.;:!?]{1,25}){0,4}?[ \t]+(?i:by)[ \t]+(?:(?i:the)[ \t]+)?""",
    regex.VERBOSE)
_OUTLET_REACH: Final = 600  # how far back a "The poll, conducted by X" looks for its outlet


def _folded(name: str) -> str:
    return " ".join(name.casefold().split()).removeprefix("the ")


def _outlet_client(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A news outlet that commissioned or published a poll ("an X poll for the daily Y", "a
    Y poll ... The poll, conducted by X", "a Y poll conducted by X") goes by the name of the
    firm that ran it wherever the text names it ("Y's survey", "according to Y"): the source
    of a poll is who did its fieldwork. A client that is no outlet (a charity, a party) keeps
    its own name. Linear: each mention looks at its own neighbourhood and its neighbour."""
    firm: dict[str, SourceMention] = {}
    spans: list[tuple[int, int, SourceMention]] = []
    for i, m in enumerate(ms):
        if _is_outlet(m.name):
            continue
        hit = _FOR_OUTLET.match(text, m.end, min(len(text), m.end + 120))
        outlet = "" if hit is None else hit["outlet"]
        if hit is not None and (hit["noun"] or _is_outlet(outlet)):
            firm.setdefault(_folded(outlet), m)
            for key in ("outlet", "second"):  # the outlets as written ("CNN Portugal")
                if hit[key] and (hit["noun"] or _is_outlet(hit[key])):
                    firm.setdefault(_folded(hit[key]), m)
                    spans.append((hit.start(key), hit.end(key), m))
        prev = ms[i - 1] if i > 0 else None
        if prev is None or not _is_outlet(prev.name) or m.start - prev.end > _OUTLET_REACH:
            continue
        if m.role == "fieldwork" or _OUTLET_POLL_BY.fullmatch(text, prev.end, m.start):
            firm.setdefault(_folded(prev.name), m)
            firm.setdefault(_folded(_written(prev)), m)
    if not firm:
        return ms
    out = []
    j = 0
    for m in ms:
        while j < len(spans) and spans[j][1] <= m.start:
            j += 1
        inside = spans[j][2] if j < len(spans) and spans[j][0] <= m.start else None
        f = firm.get(_folded(m.name)) or firm.get(_folded(_written(m))) or (
            inside if inside is not m else None)
        out.append(m if f is None else attrs.evolve(m, name=f.name, known=f.known))
    return out


#: A word a hyphen joins to a pollster's name within the one name ("Levada-Center").
_JOINED_NAME_WORDS: Final = frozenset(
    "center centre institute institut research poll polls polling survey group analytics "
    "international".split())


def _joint_with_outlet(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A hyphenated name in no table, one of whose parts is a pollster the table knows and the
    other a capitalised name that is no pollster ("a Cadem-Mercurio poll", "the Tribune-Datum
    survey": the firm and the outlet it polled for) goes by the pollster: the source of a poll
    is who did its fieldwork, and the text names the firm alone too ("fielded by Cadem for El
    Mercurio"). Two pollsters joined ("Ifop-Fiducial") keep their joint name."""
    names = pollsters()
    out = []
    for m in ms:
        parts = [p.strip() for p in m.name.split("-")] if (
            not m.known and "-" in m.name and "/" not in m.name) else []
        firms = [p for p in parts if p in names]
        rest = [p for p in parts if p not in names]
        # (an outlet of one word: "West Health-Gallup", a foundation's, keeps its name)
        if len(parts) == 2 and len(firms) == 1 and rest[0][:1].isupper() and (
                " " not in rest[0]) and (
                rest[0].casefold() not in _JOINED_NAME_WORDS and not _is_place(rest[0])):
            m = attrs.evolve(m, name=names[firms[0]], known=True)
        out.append(m)
    return out


NAME_RULES: Final[tuple[NameRule, ...]] = (
    NameRule(
        # a pollster joined by a hyphen to the outlet it polled for goes by the pollster
        "pollster_outlet_joint", _joint_with_outlet,
        (("Approval of the mayor fell to 41%, a Cadem-Mercurio survey found.",
          "Cadem-Mercurio", "Cadem"),
         ("The Tribuna-Datafolha poll put the governor on 35 percent.", "Tribuna-Datafolha",
          "Datafolha")),
        (("A Kestrel-Harbour survey found 41% agree.", "Kestrel-Harbour", "Kestrel-Harbour"),
         ("The Ifop-Fiducial poll put the RN on 33%.", "Ifop-Fiducial", "Ifop-Fiducial")),
    ),
    NameRule(
        "full_form", _full_form,
        (("The Centro de Investigaciones Sociológicas (CIS) found 34% approve. The CIS "
          "poll had 36% a month before.", "CIS", "Centro de Investigaciones Sociológicas"),
         ("A Kaiser Family Foundation survey found 40% worry; KFF said costs rose.",
          "KFF", "Kaiser Family Foundation"),
         ("Inflation eased to 33 percent, TurkStat said. The Turkish Statistical Institute "
          "revised March.", "TurkStat", "Turkish Statistical Institute"),
         ("Satisfaction fell to 24 per cent, the National Centre for Social Research found.",
          "National Centre for Social Research", "National Centre for Social Research"),
         # a table name that opens with an abbreviation, spelled out by the text
         ("Approval of the governor held at 52%, the University of New Hampshire Survey "
          "Center found.", "University of New Hampshire Survey Center",
          "University of New Hampshire Survey Center")),
        (("The CIS poll found 34% approve.", "CIS", "CIS"),
         ("The latest Politbarometer found 41% agree; Forschungsgruppe Wahlen said so.",
          "Politbarometer", "Forschungsgruppe Wahlen"),
         ("The Associated Press-NORC Center for Public Affairs Research found 41% agree; "
          "the AP-NORC poll had 38% in May.", "AP-NORC", "AP-NORC"),
         ("A Galaxy Research poll found 52% back Labor.", "Galaxy Research", "YouGov Galaxy")),
    ),
    NameRule(
        "bracketed_abbreviation", _bracketed,
        (("The Harbour Employers' Federation (Hefed) said 31% plan to hire. Hefed members expect "
          "pay to rise 3%, a survey by Hefed found.", "Hefed", "Harbour Employers' Federation"),
         ("A survey by the Instituto Nacional de Opinión (INO) found 44% agree. The INO poll "
          "had 40% in May.", "INO", "Instituto Nacional de Opinión")),
        (("The Harbour Employers' Federation said 31% plan to hire; a survey by Hefed found "
          "pay would rise 3%.", "Hefed", "Hefed"),),
    ),
    NameRule(
        "initials", _initialled,
        (("Inflation was 2.8%, the Central Statistics Office said. Unemployment rose to 4.9%, "
          "according to CSO figures.", "CSO", "Central Statistics Office"),
         ("The Marlow Polling Institute found 41% agree. According to MPI, 12% were unsure.",
          "MPI", "Marlow Polling Institute")),
        (("According to CSO figures, unemployment rose to 4.9%.", "CSO", "CSO"),
         ("The Marlow Polling Institute found 41% agree. According to MPA, 12% were unsure.",
          "MPA", "MPA")),
    ),
    NameRule(
        # a statistics office goes by the name the text writes for it
        "goes_by", _goes_by,
        (("Prices rose 2.1 per cent, the Federal Statistical Office (Destatis) said. Destatis "
          "also said output grew 0.4 per cent.", "Destatis", "Destatis"),
         ("Unemployment was 32.9%, Stats SA said on Tuesday.", "Stats SA", "Stats SA"),
         ("Jobless claims rose 3 percent, Statistics New Zealand said.",
          "Statistics New Zealand", "Statistics New Zealand")),
        (("Inflation was 3.4 per cent, the Office for National Statistics said. The ONS also "
          "said wages rose 5 per cent.", "ONS", "Office for National Statistics"),
         ("Unemployment rose to 6.9%, Statistics Canada said. StatCan revised May to 7.0%.",
          "StatCan", "Statistics Canada"),
         ("The RBA held the cash rate at 3.85 per cent.", "RBA", "Reserve Bank of Australia"),
         ("The New York Fed's survey found 38% expect higher rents.", "New York Fed",
          "Federal Reserve Bank of New York")),
    ),
    NameRule(
        "joint_spelled", _joint_spelled,
        (("Abbott leads by 9 points in a new UT/Texas Politics Project poll. The University "
          "of Texas/Texas Politics Project poll found 48% back him.", "UT/Texas Politics Project",
          "University of Texas/Texas Politics Project"),
         ("The University of Sydney/Lowy Institute poll found 41% agree; the US/Lowy "
          "Institute poll had 38% last year.", "US/Lowy Institute",
          "University of Sydney/Lowy Institute"),
         ("A new UNF/Florida Chamber survey found 52% approve. The University of North "
          "Florida/Florida Chamber poll had 49% in May.", "UNF/Florida Chamber",
          "University of North Florida/Florida Chamber")),
        (("A new UT/Texas Politics Project poll found 48% back him. The University of "
          "Tulsa/Oklahoma Policy Institute poll had 41%.", "UT/Texas Politics Project",
          "UT/Texas Politics Project"),),
    ),
    NameRule(
        "joint_partner", _joint_partner,
        (("Tax plan splits voters - Herald/Freshwater poll\n\nA new poll for the Herald by "
          "Freshwater Strategy found 44 per cent back it.", "Herald/Freshwater",
          "Herald/Freshwater Strategy"),
         ("A Sun/Pollara survey found 41% agree. Pollara Strategic Insights polled 1,500 "
          "Canadians.", "Sun/Pollara", "Sun/Pollara Strategic Insights")),
        (("A Herald/Kestrel poll found 44 per cent back it; Freshwater Strategy had 40 per "
          "cent.", "Herald/Kestrel", "Herald/Kestrel"),),
    ),
    NameRule(
        # a title several statistics offices use is the one's the text names
        "shared_title", _shared_title,
        (("Loneliness rose, according to figures from Stats NZ. The General Social Survey "
          "found 5.1 percent felt lonely.", "General Social Survey", "Stats NZ"),
         ("Statistics Canada said on Tuesday that 41% of adults volunteer, according to its "
          "General Social Survey.", "General Social Survey", "Statistics Canada"),
         ("The General Social Survey (GSS), run by the Central Statistics Office, found 12% "
          "had no close friend.", "GSS", "Central Statistics Office"),
         ("The Harbour Bureau of Statistics released its General Social Survey on Monday. "
          "The GSS found 38 per cent trust the police.", "GSS",
          "Harbour Bureau of Statistics")),
        (("The General Social Survey found 41% trust most people.", "General Social Survey",
          "NORC at the University of Chicago"),
         ("NORC at the University of Chicago runs the General Social Survey; the Census "
          "Bureau found 12% moved.", "General Social Survey",
          "NORC at the University of Chicago"),
         ("A YouGov poll found 40% agree. The General Social Survey found 30% did.",
          "General Social Survey", "NORC at the University of Chicago")),
    ),
    NameRule(
        # a title every statistics office uses is the one's the text names
        "national_title", _national_title,
        (("Unemployment was 6.9%, the latest Labour Force Survey showed. Statistics Canada "
          "said youth jobs fell.", "Labour Force Survey", "Statistics Canada"),
         ("Prices rose 2.4 per cent, the Australian Bureau of Statistics said. The Household "
          "Expenditure Survey showed rents up 9 per cent.", "Household Expenditure Survey",
          "Australian Bureau of Statistics")),
        (("The latest Labour Force Survey showed unemployment at 6.9%.",
          "Labour Force Survey", "Labour Force Survey"),
         ("The Reserve Bank of Australia held rates. The Household Expenditure Survey showed "
          "rents up 9 per cent.", "Household Expenditure Survey",
          "Household Expenditure Survey")),
    ),
    NameRule(
        # a survey programme named with its organization first, then alone
        "programme_of", _programme_of,
        (("Labour holds 31%, shows the Harbour Pulse poll that Kestrelmedia conducted for the "
          "daily Vjesnik.", "Harbour Pulse", "Kestrelmedia"),
         ("The quarterly Civic Pulse survey by Datamar found 61% pessimistic. Civic Pulse "
          "said so.", "Civic Pulse", "Datamar"),
         ("Approval fell to 47%, according to the Cadem Plaza Pública survey. The Plaza "
          "Pública survey was carried out from April 8 to 10.", "Plaza Pública", "Cadem"),
         ("Kestrel Research's Harbour Pulse survey found 41% agree. The Harbour Pulse survey "
          "was conducted May 3-6.", "Harbour Pulse", "Kestrel Research"),
         ("The Ipsos Political Monitor found 38% satisfied. According to the Political "
          "Monitor, 52% disagree.", "Political Monitor", "Ipsos"),
         ("Angus Reid's Spending Pulse tracker shows 44% cutting back. The Spending Pulse "
          "survey found 61% worried.", "Spending Pulse", "Angus Reid Institute"),
         ("Support reached 38% in Datafolha's Brasil Opinião survey. The Brasil Opinião "
          "survey interviewed 2,004 people.", "Brasil Opinião", "Datafolha"),
         ("One in four are struggling, according to the Household Money Tracker published "
          "today by Harbour Bank. The Household Money Tracker polled 1,000 adults.",
          "Household Money Tracker", "Harbour Bank"),
         ("Prices worry 68%, says a survey released today by pollster Kestrel Research.\n\n"
          "The National Opinion Survey, carried out in June, found 11% cite jobs.",
          "National Opinion Survey", "Kestrel Research"),
         # a title with its owner after it ("from/of/by X") or before it ("X's")
         ("Hiring plans rose to 31 per cent, according to the quarterly Business Conditions "
          "Survey from Business Hunter.", "Business Conditions Survey", "Business Hunter"),
         ("Confidence fell to 44%, according to the Small Business Index by Harbour Chamber "
          "of Commerce.", "Small Business Index", "Harbour Chamber of Commerce"),
         ("Some 61 percent expect prices to rise, according to Kestrel University's Surveys "
          "of Consumers released on Friday.", "Surveys of Consumers", "Kestrel University"),
         ("Trust rose to 52 per cent in the Marlow Foundation's annual Civic Confidence "
          "Monitor released in Johannesburg.", "Civic Confidence Monitor", "Marlow Foundation"),
         ("Cash flow worsened, according to the latest Quarterly Trade Indicator from Harbour "
          "Chambers of Commerce. The Quarterly Trade Indicator had 412 replies.",
          "Quarterly Trade Indicator", "Harbour Chambers of Commerce"),
         ("Hiring intentions fell to 21 per cent, according to the Regional Jobs Indicator "
          "published by the Kestrel Employers Forum.", "Regional Jobs Indicator",
          "Kestrel Employers Forum"),
         ("Joblessness held at 3.2 per cent, according to the Periodic Household Survey "
          "(PHS) report released by the Harbour Statistics Office on Monday.",
          "Periodic Household Survey", "Harbour Statistics Office"),
         # the table spells a programme with its pollster ("Cadem Plaza Pública"): a text
         # that names the pollster may name the programme alone
         ("A Cadem poll out on Sunday put the leader on 31%. In the weekly Plaza Publica "
          "survey, his rival had 26%.", "Plaza Publica", "Cadem"),
         # a title whose owner is named by a noun or a pronoun, and its abbreviation
         ("Households grew gloomier, the Harbour Reserve Bank said. The central bank's "
          "Household Outlook Survey found 41% expect higher prices.",
          "Household Outlook Survey", "Harbour Reserve Bank"),
         ("The Kestrel Statistics Office released new figures on Monday. Its Labour Market "
          "Survey showed 5.1% were jobless.", "Labour Market Survey",
          "Kestrel Statistics Office"),
         ("The Marlow Institute, a Toronto think tank, says trust is falling: the institute's "
          "annual Civic Trust Monitor found 38 per cent agree.", "Civic Trust Monitor",
          "Marlow Institute"),
         ("Twin surveys by the Kestrel Reserve Bank (KRB) showed firms were cautious. The "
          "bank's Business Outlook Survey (BOS) polled 1,200 firms; the BOS found 42% "
          "cite weak demand.", "BOS", "Kestrel Reserve Bank")),
        (("The Harbour Pulse survey found 41% agree. Kestrel Research said May was quiet.",
          "Harbour Pulse", "Harbour Pulse"),
         ("Ipsos found 38% agree. The European Social Survey found 44% do.",
          "European Social Survey", "European Social Survey"),
         ("Kestrel Research's Harbour Pulse survey found 41% agree. The Civic Pulse survey "
          "found 38% do.", "Civic Pulse", "Civic Pulse"),
         ("Ipsos's London survey found 38% agree. The London Policy Institute found 40% "
          "do.", "London Policy Institute", "London Policy Institute"),
         ("The European Social Survey by Kestrel Research found 44% agree.",
          "European Social Survey", "European Social Survey"),
         ("The Civic Pulse Survey found 41% agree, and Kestrel Research found 38% do.",
          "Civic Pulse Survey", "Civic Pulse Survey"),
         ("The Harbour Reserve Bank cut rates. Separately, the Household Outlook Survey "
          "found 41% expect higher prices.", "Household Outlook Survey",
          "Household Outlook Survey"),
         ("In the weekly Plaza Publica survey, the leader had 31%.", "Plaza Publica",
          "Plaza Publica")),
    ),
    NameRule(
        # an outlet that commissioned or published a poll is the firm that ran it
        "outlet_client", _outlet_client,
        (("Labor leads 53-47 in a new Kestrel Research poll for the Herald Sun. According to "
          "the Herald Sun, 41% back the budget.", "Herald Sun", "Kestrel Research"),
         ("Support rose to 31.2 per cent in an Ankara Metrics survey for the daily Cumhuriyet."
          " According to Cumhuriyet, the opposition is on 28 per cent.", "Cumhuriyet",
          "Ankara Metrics"),
         ("According to a Channel 13 News poll, 44% back the plan. The poll, conducted by "
          "Kestrel Research, sampled 800 voters.", "Channel 13 News", "Kestrel Research"),
         ("A Dublin Evening Post poll carried out by Red C found 27% support Sinn Féin. The "
          "Dublin Evening Post said 30% were undecided.", "Dublin Evening Post", "Red C"),
         ("The BJP is on 41 per cent in a Lokniti survey for the news channel NDTV Metro. "
          "According to NDTV Metro, 52 per cent back the scheme.", "NDTV Metro", "CSDS-Lokniti"),
         # a poll for two outlets: both are the firm's clients, the second as written
         ("A separate exit poll by Kestrel Research for the private broadcasters TVI and CNN "
          "Portugal had the AD at 31.5%.", "CNN", "Kestrel Research"),
         ("An exit poll by Harbour Metrics for the networks Nine and CNN put Labor on 52 per "
          "cent.", "CNN", "Harbour Metrics")),
        (("A Kestrel Research poll for the charity Harbour Trust found 41% agree. The Harbour "
          "Trust said 30% had cut back.", "Harbour Trust", "Harbour Trust"),
         ("A Kestrel Research poll found 41% agree. According to the Herald Sun, 30% were "
          "undecided.",
          "Herald Sun", "Herald Sun"),
         ("According to the Daily Courier, 44% back the plan. A Kestrel Research poll for "
          "the Harbour Trust found 38% did.", "Daily Courier", "Daily Courier"),
         ("A Kestrel Research poll for the charity Harbour Trust found 41% agree, and CNN had "
          "38%.", "CNN", "CNN")),
    ),
    NameRule(
        # the firm a pollster polled with is its partner: the figures are the pollster's
        "fielding_partner", _fielding_partner,
        (("Leger, polling with Abacus Data, had the Liberals on 41 per cent.",
          "Abacus Data", "Leger"),
         ("A poll by Ipsos in partnership with Harbour Metrics found 41% of Canadians agree.",
          "Harbour Metrics", "Ipsos"),
         ("The survey by Datafolha, working with the research firm Tasman Dados, put Lula on "
          "35%.", "Tasman Dados", "Datafolha"),
         ("In a poll by Red C in conjunction with Ipsos, 1,200 voters in Dublin were asked; "
          "41% agree.", "Ipsos", "Red C"),
         ("The Kestrel Retail Federation's shopper confidence tracker, run with YouGov among "
          "2,000 adults, showed 41% cutting back.", "YouGov", "Kestrel Retail Federation"),
         # the partner in an apposition of the pollster
         ("Invamer, a Bogotá-based polling firm that works with the consultancy Ipsos, put the "
          "mayor on 38%.", "Ipsos", "Invamer"),
         ("Leger, a Montreal firm that teams up with Abacus Data, found 41 per cent.",
          "Abacus Data", "Leger"),
         ("CVoter, which partners with Lokniti, put the BJP at 41 per cent.", "Lokniti",
          "CVoter")),
        (("Labor is on 37% with Resolve and 35% with Essential.", "Essential",
          "Essential Research"),
         ("The YouGov figure, compared with Ipsos, is 41%.", "Ipsos", "Ipsos"),
         ("Support was 41% with YouGov, against 38% with Opinium.", "Opinium", "Opinium")),
    ),
    NameRule(
        # one poll by two organizations goes by their joint name
        "joint_poll", _joint_named,
        (("In a joint poll by the Yomiuri Shimbun and Nippon Television, approval was 58 "
          "percent.", "Yomiuri Shimbun", "Yomiuri Shimbun/Nippon Television"),
         ("A joint survey by Ipsos and the Harbour Herald found 41% agree.",
          "Ipsos", "Ipsos/Harbour Herald"),
         ("A joint poll by Datafolha and Folha de S.Paulo put Lula on 35%.", "Datafolha",
          "Datafolha/Folha de S.Paulo"),
         ("The latest Gallup Korea and Hankook Ilbo poll put approval at 38%.", "Gallup Korea",
          "Gallup Korea/Hankook Ilbo"),
         ("The Leger and Postmedia poll had the Liberals on 41 per cent.", "Leger",
          "Leger/Postmedia")),
        (("Leger and Abacus Data polls had the Liberals on 41 per cent.", "Leger", "Leger"),
         ("YouGov and the Harbour Herald found 41% agree.", "YouGov", "YouGov"),
         ("A poll by Kestrel Research and another by Harbour Metrics found 41% agree.",
          "Kestrel Research", "Kestrel Research")),
    ),
)


def _document_names(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    for rule in NAME_RULES:
        ms = rule.read(text, ms)
    return ms


#: An organization the survey asked about, not the one that asked: "trust in the CDC fell to
#: 52%", "confidence in the Reserve Bank", "views of the BBC", "58% trust the police",
#: "rated the NHS", "satisfaction with the council". Its figures are the passage's pollster's.
_OBJECT_OF = regex.compile(
    r"""(?r)(?<![\w\-])
    (?:(?i:trust|distrust|mistrust|confidence|faith)[ \t]+(?i:in)
     |(?i:trust|distrust|mistrust|confidence|faith|satisfaction|dissatisfaction|approval
         |disapproval|favou?rability|favou?rable[ \t]+views?|unfavou?rable[ \t]+views?
         |views?|opinions?|perceptions?|attitudes?|feelings?)
       [ \t]+(?i:of|with|toward|towards)
     |(?i:trust|trusts|trusted|distrust|distrusts|distrusted|rate|rates|rated|approve[ \t]+of
         |approves[ \t]+of|approved[ \t]+of|disapprove[ \t]+of|disapproves[ \t]+of
         |disapproved[ \t]+of))
    [ \t]+(?:(?i:the)[ \t]+)?(?:(?i:country's|nation's|state's|federal|national|local|US|U\.S\.)
    [ \t]+)?\Z""", regex.VERBOSE)


#: Right after an organization the survey asked about: "X was trusted by 22 per cent", "X
#: is the least trusted", and a share in brackets in a list of what is trusted ("followed by
#: X (52%)", read with :data:`_TRUST_WORD` before it).
_OBJECT_AFTER = regex.compile(
    r"""[ \t]+(?i:was|were|is|are|remains?|remained)[ \t]+
    (?:(?i:the|most|least|more|less|widely|still|also)[ \t]+){0,2}
    (?i:trusted|distrusted|rated|favou?red|approved|disliked)(?!\w)""", regex.VERBOSE)
_SHARE_BRACKET = regex.compile(
    r"[ \t]*\([ \t]*[0-9][0-9.,]*[ \t]*(?:%|(?i:per[ \t]?cent|percent))[ \t]*\)")
_TRUST_WORD = regex.compile(
    r"(?r)(?i:trust|trusted|confidence|favou?rab|approval)[^.!?\n]{0,150}\Z")


def _object_of(text: str, m: SourceMention) -> bool:
    """Whether a mention names what the survey asked about ("trust in the CDC", "the central
    bank was trusted by 22 per cent", "most trusted ..., followed by the X (52%)")."""
    after = min(len(text), m.end + 40)
    return _OBJECT_OF.search(text, max(0, m.start - 50), m.start) is not None or (
        _OBJECT_AFTER.match(text, m.end, after) is not None) or (
        _SHARE_BRACKET.match(text, m.end, after) is not None
        and _TRUST_WORD.search(text, max(0, m.start - 160), m.start) is not None)


#: Before an organization that uses a measure, not one that made it: "the harmonised index,
#: the measure used by the Eurosystem", "the gauge favoured by the Fed".
_USED_BY = regex.compile(
    r"""(?r)(?<![\w\-])(?i:measure|gauge|index|yardstick|benchmark|indicator|metric)[ \t]+
    (?i:used|preferred|favou?red|watched|targeted|tracked)[ \t]+(?i:by)[ \t]+
    (?:(?i:the)[ \t]+)?\Z""", regex.VERBOSE)


#: Before a client in the list a firm worked for: "X, working for the Herald, RTV and Nova,
#: interviewed ..." (each of them; the firm is the source).
_CLIENT_LISTED = regex.compile(
    r"""(?r)(?<!\w)(?i:working|polling|fielding)[ \t]+(?i:for)[ \t]+
    (?:[^,.;:!?()\n]{1,40}(?:,|[ \t]+(?i:and))[ \t]+){0,5}(?:(?i:the)[ \t]+)?\Z""",
    regex.VERBOSE)


def _user_of(text: str, m: SourceMention) -> bool:
    """Whether a mention names who uses a measure ("the gauge used by the central bank"),
    whose figures are still those of the body that published them, or a client in the list
    a firm polled for ("X, working for the Herald, RTV and Nova, interviewed ...")."""
    return _USED_BY.search(text, max(0, m.start - 60), m.start) is not None or (
        _CLIENT_LISTED.search(text, max(0, m.start - 240), m.start) is not None)


#: Between an organization and a name inside the relative clause that describes it: "the
#: Kestrel Central Bank (KCB), which answers to the regional Monetary Union from May, set ...".
_RELATIVE_BEFORE = regex.compile(
    r"""[ \t]*(?:\([^()\n]{1,16}\)|\))?,[ \t]+  # its abbreviation, or the end of it
    (?i:which|who)(?!\w)[^,.;:!?()\n]{1,100}""",
    regex.VERBOSE)
#: The rest of that clause: it closes with a comma before the sentence goes on.
_RELATIVE_AFTER = regex.compile(r"[^,.;:!?()\n]{0,60},")


def _in_relative_clause(text: str, ms: list[SourceMention], i: int) -> bool:
    """Whether a mention sits inside a clause set off by commas that describes the
    organization named right before it ("X, which will hand its policy to the Y in May,
    set the rate at 2%"): the sentence's figures are X's, not Y's."""
    m = ms[i]
    if i == 0:
        return False
    prev = ms[i - 1]
    return (0 < m.start - prev.end <= 130 and _fold(m.name) != _fold(prev.name)
            and _RELATIVE_BEFORE.fullmatch(text, prev.end, m.start) is not None
            and _RELATIVE_AFTER.match(text, m.end, min(len(text), m.end + 61)) is not None
            # a partner it polled with is its own (NAME_RULES "fielding_partner")
            and _WITH_PARTNER.fullmatch(text, prev.end, m.start) is None)


#: An organization that names a group of countries, not who measured: "across the 38 OECD
#: countries", "in EU member states", "among G7 and G20 economies", "the ASEAN nations".
_BLOC_AFTER = regex.compile(
    r"""(?:[ \t]+(?:and|or|&)[ \t]+[\p{Lu}][\p{Lu}0-9\-]*)?[ \t]+
    (?:(?:member|partner)[ \t]+)?(?:countries|nations|states|economies)(?!\w)""",
    regex.VERBOSE)


#: The table's bodies that set a statistical standard (``data/sources.txt``).
_STANDARD_SETTERS: Final = frozenset(words("sources.txt", "standard_setters"))
#: A measure's word after such a body: "ILO unemployment rate", "ILO-defined", "ILO measure".
_MEASURE_AFTER = regex.compile(
    r"""[ \t]*(?:-[ \t]*)?(?:(?i:adjusted|harmonised|harmonized)[ \t]+)?
    (?i:defined|definitions?|measures?|standards?|basis|concepts?|methodology|unemployment
      |jobless(?:ness)?|employment|underemployment)(?!\w)""",
    regex.VERBOSE)


def _bloc_of(text: str, m: SourceMention) -> bool:
    """Whether a mention names a bloc of countries ("the 43 OECD and EU countries") or the
    standard a measure follows ("the ILO unemployment rate"), not who measured."""
    return _BLOC_AFTER.match(text, m.end, min(len(text), m.end + 60)) is not None or (
        m.name in _STANDARD_SETTERS
        and _MEASURE_AFTER.match(text, m.end, min(len(text), m.end + 40)) is not None)


#: Between a firm and the body it ran a survey for: "X fields each winter for the Y", "X,
#: which conducted the poll for Y", "X polled 2,000 adults for the Y".
_FIELDED_FOR = regex.compile(
    r"""(?:,?[ \t]+(?i:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:(?i:the)[ \t]+)?  # "X for the Y"
      (?:(?!(?i:by)[ \t])[\w'’\-]+[ \t]+){0,2}?\Z
    |[^.!?\n]{0,60}?(?<!\w)(?i:fields?|fielded|conducts?|conducted|runs?|ran
      |carries[ \t]+out|carried[ \t]+out|polls|polled|surveyed)(?!\w)
    [^.!?\n]{0,40}?[ \t](?i:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:(?i:the)[ \t]+)?
    (?:(?!(?i:by)[ \t])[\w'’\-]+[ \t]+){0,4}?)""",
    regex.VERBOSE)


#: Between a client and the firm that ran its poll: "Yle's monthly poll by", "the Herald's
#: latest survey, conducted by", "CBC's tracker carried out by the".
_POLL_BY = regex.compile(
    r"""['’]s?[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?i:poll|survey|tracker|barometer|study)
    [ \t]*,?[ \t]+(?:(?i:conducted|carried[ \t]+out|fielded|done|run)[ \t]+)?(?i:by)
    [ \t]+(?:(?i:the)[ \t]+)?""",
    regex.VERBOSE)
#: The same with the client's name as a noun ("The NDI survey, carried out by"), after an
#: article ("the Yomiuri and NTV poll, conducted by" names a joint poll's second partner).
_NOUN_POLL_BY = regex.compile(
    r"""[ \t]+(?i:poll|survey|tracker|barometer|study),[ \t]+
    (?i:conducted|carried[ \t]+out|fielded|done|run)[ \t]+(?i:by)[ \t]+(?:(?i:the)[ \t]+)?""",
    regex.VERBOSE)
_THE_RIGHT_BEFORE = regex.compile(r"(?r)(?<!\w)(?i:the|an?)[ \t]+\Z")


def _client_before(text: str, ms: list[SourceMention], i: int) -> bool:
    """Whether ``ms[i]`` is the client whose poll the organization named right after it ran
    ("Yle's monthly poll by Taloustutkimus", "the Herald's latest survey by Kestrel"): a
    commissioner, whose pollster then wins."""
    m = ms[i]
    if i + 1 >= len(ms) or m.commissioner:
        return False
    nxt = ms[i + 1]
    return (nxt.name != m.name and 0 <= nxt.start - m.end <= 60
            and (_POLL_BY.fullmatch(text, m.end, nxt.start) is not None
                 or ("/" not in m.name  # (a joint poll's partners keep their poll)
                     and _NOUN_POLL_BY.fullmatch(text, m.end, nxt.start) is not None
                     and _THE_RIGHT_BEFORE.search(text, max(0, m.start - 6), m.start)
                     is not None)))


def _client_after(text: str, ms: list[SourceMention], i: int) -> bool:
    """Whether ``ms[i]`` is the body the organization named just before it in its sentence
    ran the survey for ("which OpinionWay fields each winter for Sciences Po's CEVIPOF"): a
    commissioner, whose pollster then wins."""
    m = ms[i]
    if i == 0 or m.commissioner:
        return False
    prev = ms[i - 1]
    return (prev.name != m.name and 0 <= m.start - prev.end <= 120
            and _FIELDED_FOR.fullmatch(text, prev.end, m.start) is not None)


_OPEN_BRACKET = regex.compile(r"[ \t]*\(")


def _bracket_clients(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A client's abbreviation in brackets right after its name ("for the Marlow Democratic
    Institute (MDI)") goes with the client's name, whose pollster wins."""
    out: list[SourceMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev is not None and prev.commissioner and not m.commissioner
                and prev.name == m.name and 0 <= m.start - prev.end <= 3
                and _OPEN_BRACKET.fullmatch(text, prev.end, m.start) is not None):
            continue  # the client's name then goes with it
        out.append(m)
    return out


def known_names(text: str) -> tuple[SourceMention, ...]:
    """The mentions of the tables' names (pollsters, official bodies) in the whole text, as
    :func:`find_sources` and :func:`written_names` read them, found once for both."""
    return tuple(_known(text, 0, len(text)))


def find_sources(text: str, start: int = 0, end: int | None = None, *,
                 known_found: Sequence[SourceMention] | None = None) -> list[SourceMention]:
    """Source mentions in ``text[start:end]`` in text order; a known name wins an overlap.
    ``known_found``: :func:`known_names` of the whole text, when the caller has them (only
    with the whole text: ``start`` 0 and ``end`` None)."""
    stop = len(text) if end is None else end
    known = sorted(_known(text, start, stop) if known_found is None else known_found,
                   key=lambda s: s.start)
    full = {m.name for m in known}
    known = sorted(known + _disjoint(list(_short_names(text, start, stop, full)), known),
                   key=lambda s: s.start)
    known = sorted(known + list(_bare_banks(text, start, stop, known)), key=lambda s: s.start)
    out = list(known)
    k = 0
    for g in _generic(text, start, stop):
        while k < len(known) and known[k].end <= g.start:
            k += 1
        if k < len(known) and known[k].start < g.end:
            continue  # overlaps a known name
        if k > 0 and _PRODUCT_GAP.fullmatch(text, known[k - 1].end, g.start):
            continue  # "Ipsos's latest Political Monitor" is Ipsos
        out.append(g)
    out.sort(key=lambda s: s.start)
    out = [m for i, m in enumerate(out) if not _object_of(text, m) and not _bloc_of(text, m)
           and not _user_of(text, m) and not _in_relative_clause(text, out, i)]
    out = [attrs.evolve(m, commissioner=True)
           if _client_after(text, out, i) or _client_before(text, out, i) else m
           for i, m in enumerate(out)]
    out = _bracket_clients(text, out)
    out = [m for i, m in enumerate(out) if not (m.commissioner and _pollster_near(text, out, i))
           and not (m.publisher and _fieldwork_near(text, out, i))
           and not _owner_of(text, out, i) and not _owns_unit(text, out, i)]
    out = [attrs.evolve(m, noun=n) if (n := described_as(text, m)) is not None else m
           for m in out]
    # a consensus provider ("according to LSEG", beside an agency's release) is no body
    # "the agency" refers back to
    out = [m for m in out if _role(text, m) != "consensus"] + [
        attrs.evolve(m, role="consensus") for m in out if _role(text, m) == "consensus"]
    out.sort(key=lambda s: s.start)
    for body in _bodies(text, start, stop):
        named = _refer_back(body, out)
        if named is not None:
            out.append(named)
    out.sort(key=lambda s: s.start)
    out = _heads_back(text, out)
    out += _disjoint(list(_surveys_by_the(text, start, stop, out)), out)
    out.sort(key=lambda s: s.start)
    out = [attrs.evolve(m, role=r) if (r := _role(text, m)) is not None else m for m in out]
    return _subjects(text, _abbreviated(text, start, stop, _document_names(text, out)))


def _bare_bank_table() -> dict[str, tuple[tuple[regex.Pattern[str], str], ...]]:
    """``{bare name: ((the country's words as one pattern, its bank), ...)}`` from
    ``data/sources.txt`` [bare_banks]."""
    out: dict[str, list[tuple[regex.Pattern[str], str]]] = {}
    for line in words("sources.txt", "bare_banks"):
        bare, _, rest = line.partition("|")
        country, _, bank = rest.rpartition("|")
        alts = alternation([w.strip() for w in country.split(";") if w.strip()])
        out.setdefault(bare.strip(), []).append(
            (regex.compile(rf"(?<![\w\-])(?:{alts})(?![\w\-])"), bank.strip()))
    return {k: tuple(v) for k, v in out.items()}


_BARE_BANKS: Final = _bare_bank_table()
#: "the Reserve Bank", "the Central Bank's target": capitalized, with no country or "of" to
#: say whose (not "Federal Reserve Bank", "South African Reserve Bank", "Reserve Bank of X").
_BARE_BANK = regex.compile(
    rf"""(?<!\p{{Lu}}[\w\-]*[ \t]+)(?<![\w\-])(?P<bank>{alternation(list(_BARE_BANKS))})
    (?![\w\-])(?![ \t]+(?:of|for)[ \t])""", regex.VERBOSE)
_COUNTRY_REACH: Final = 3000  # characters read for the story's country (its opening)


def _bare_banks(text: str, start: int, stop: int,
                known: list[SourceMention]) -> Iterator[SourceMention]:
    """"The Reserve Bank" named without its country: the bank of the country whose words
    the story's opening uses most (its name, its people, its cities: "SYDNEY —",
    "Australians"), when the table knows that country's bank; none when no country is
    named or two tie."""
    country: dict[str, str | None] = {}
    starts = [k.start for k in known]  # ``known`` is sorted by start
    reach = list(itertools.accumulate((k.end for k in known), max))  # the furthest end so far
    for m in _BARE_BANK.finditer(text, start, stop):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and reach[i] > m.start():
            continue  # inside a full name the table knows
        bare = m["bank"]
        if bare not in country:
            opening = text[: min(len(text), _COUNTRY_REACH)]
            counts = sorted(((len(p.findall(opening)), bank) for p, bank in _BARE_BANKS[bare]),
                            reverse=True)
            top = counts[0] if counts and counts[0][0] > 0 else None
            tied = top is not None and len(counts) > 1 and counts[1][0] == top[0]
            country[bare] = top[1] if top is not None and not tied else None
        bank = country[bare]
        if bank is not None:
            yield SourceMention(m.start(), m.end(), m[0], bank, True, forward=True)


#: A word of capitals: a bracketed abbreviation's later use ("the CSO noted").
_CAPS_WORD = regex.compile(r"(?<![\w\-])[\p{Lu}][\p{Lu}0-9&]{1,10}(?![\w\-])")
#: After an abbreviation, words of a body reporting its figures ("the CSO noted", "CSO
#: data", "the KSB's survey"), not of its staff or its campaigns ("CFNU President", "the
#: CFNU is calling").
_REPORTS_AFTER = regex.compile(
    r"""(?:['’]s)?[ \t]+(?i:said|says|noted|notes|cautioned|warned|added|found|finds|estimated
    |estimates|reported|reports|showed|shows|data|figures|statistics|survey|surveys|report
    |estimate|poll|polls|respondents  # "two-thirds of CPS respondents"
    |published|publishes|released|releases
    |(?:has|had|have)(?:[ \t]+(?:not|also))?[ \t]+(?:published|released|reported|put)
    )(?!\w)""", regex.VERBOSE)


def _abbreviated(text: str, start: int, stop: int,
                 ms: list[SourceMention]) -> list[SourceMention]:
    """An abbreviation defined in brackets after an organization's name ("the Central
    Statistics Office (CSO)"), or read as its initials, names it wherever the text reports its
    figures by it after that ("the CSO noted", "CSO data"). One scan of the text's capitals."""
    defs: dict[str, tuple[int, SourceMention]] = {}
    for m in ms:
        b = _BRACKETED.match(text, m.end, min(len(text), m.end + 20))
        if b is not None and b["abbr"] not in defs and _fold(b["abbr"]) not in _MEDIA:
            defs[b["abbr"]] = (b.end(), m)
    for m in ms:  # "The CSO's survey" read as the Central Statistics Office's: so is "the CSO"
        if m.text != m.name and _CAPS_WORD.fullmatch(m.text) and m.text not in defs:
            defs[m.text] = (m.end, m)
    if not defs:
        return ms
    # a mention that is only the abbreviation, in no table ("IMA survey" in the headline, "the
    # IMA's survey"), is the organization the text spells it for
    ms = [attrs.evolve(m, name=defs[m.name][1].name, known=defs[m.name][1].known)
          if not m.known and m.name in defs and defs[m.name][1] is not m else m for m in ms]
    first = min(end for end, _ in defs.values())
    taken = sorted((m.start, m.end) for m in ms)
    new: list[SourceMention] = []
    k = 0
    for hit in _CAPS_WORD.finditer(text, max(start, first), stop):
        end, owner = defs.get(hit[0], (len(text), ms[0]))
        if hit.start() < end or _REPORTS_AFTER.match(
                text, hit.end(), min(len(text), hit.end() + 20)) is None:
            continue  # not defined yet, the definition itself, or no report of figures
        while k < len(taken) and taken[k][1] <= hit.start():
            k += 1
        if k < len(taken) and taken[k][0] < hit.end():
            continue  # inside a mention already found ("(CSO)" itself)
        m = SourceMention(hit.start(), hit.end(), hit[0], owner.name, owner.known)
        new.append(attrs.evolve(m, role=r) if (r := _role(text, m)) is not None else m)
    return sorted(ms + new, key=lambda m: m.start) if new else ms


#: Nouns that describe an organization, for "the charity" to name it later.
_DESCRIPTORS = (r"(?:charity|trust|union|bank|lender|firm|pollster|agency|institute|"
                r"think[ \t]+tank|group|company|council|association|federation|society|body|"
                r"consultancy|"
                r"regulator|watchdog|network|foundation|university|college|organi[sz]ation|"
                r"centre|center|bureau|recruiter|retailer|insurer)")
_DESCRIBED_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:(?i:the|a|an)[ \t]+)?(?:[\w\-'’]+[ \t]+){{0,3}}?
    (?P<noun>(?i:{_DESCRIPTORS}))[ \t]+(?:(?i:the)[ \t]+)?\Z""", regex.VERBOSE)
_DESCRIBED_AFTER = regex.compile(
    rf"""(?:['’]s)?[ \t]*,[ \t]+(?i:the|a|an)[ \t]+
    (?:(?!(?i:of|at|for|in|with|from|to|and)[ \t])[\w\-'’]+[ \t]+){{0,3}}?
    (?P<noun>(?i:{_DESCRIPTORS}))(?=[ \t]*[,.;:)\n])""", regex.VERBOSE)


def described_as(text: str, m: SourceMention) -> str | None:
    """The noun the text describes an organization by, in the words right before its name
    ("recruitment firm X", "the loneliness charity X") or in an apposition after it ("X, the
    Bristol-based charity,"), lower case and singular; None if it has none."""
    hit = _DESCRIBED_BEFORE.search(text, max(0, m.start - 60), m.start) or (
        _DESCRIBED_AFTER.match(text, m.end, min(len(text), m.end + 80)))
    return None if hit is None else " ".join(hit["noun"].casefold().split())


_JOINT_SPLIT = regex.compile(r"[\-/–]")


def _one_firm(a: str, b: str) -> bool:
    """Whether two names are one firm's: the same, or one a part of the other's joint name
    ("Ifop" and "Ifop-Fiducial", "NORC" and "AP-NORC")."""
    return a == b or a in _JOINT_SPLIT.split(b) or b in _JOINT_SPLIT.split(a)


def _recurs(text: str, surface: str, lo: int, hi: int) -> bool:
    """Whether ``surface`` (a name as written) recurs, as a whole word, outside the paragraph
    ``text[lo:hi]``: a name read only with its survey noun ("A Kantar Public survey for ...")
    is still the story's subject when a later paragraph repeats it bare ("said Kantar Public
    analyst ...", "The Kantar Public poll has a margin of error ...")."""
    return _outside(_whole_words(text, surface), lo, hi)


def _outside(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``starts`` lies outside ``[lo, hi)``."""
    return bool(starts) and (starts[0] < lo or starts[-1] >= hi)


def _whole_words(text: str, surface: str) -> list[int]:
    """Where ``surface`` occurs in ``text`` as a whole word (no letter or digit on either
    side), in text order, reading the text from the left and going on after each occurrence
    (an occurrence inside an earlier one is not seen); none for a surface shorter than three
    characters. One scan of the text (in C) per surface."""
    if len(surface) < 3:
        return []
    out = []
    at = text.find(surface)
    while at >= 0:
        end = at + len(surface)
        if not (at > 0 and text[at - 1].isalnum()) and not (
                end < len(text) and text[end].isalnum()):
            out.append(at)
        at = text.find(surface, end)
    return out


def _overlaps_itself(surface: str) -> bool:
    """Whether two occurrences of ``surface`` can overlap (it ends with its own start)."""
    return any(surface.startswith(surface[i:]) for i in range(1, len(surface)))


#: A maximal run of letters and digits (``str.isalnum``: the stdlib's ``\w`` without ``_``).
_ALNUM_RUN: Final = re.compile(r"[^\W_]+")
_LINE_BREAK: Final = re.compile("\n")
#: Above this many names to look up, :func:`_whole_words_all` reads the text's words once
#: instead of scanning the text once per name.
_FIND_LIMIT: Final = 8


def _whole_words_all(text: str, surfaces: set[str]) -> dict[str, list[int]]:
    """:func:`_whole_words` of each surface. Many names (a text of many pollsters, each a
    digression) are looked up in one pass over the text's words: a whole-word occurrence of
    a name starting with a letter or digit starts a run of them, the run that the name
    itself starts with, so only those runs' starts are checked (linear in the text). A
    name that can overlap itself is scanned for alone, as :func:`_whole_words` skips an
    occurrence inside an earlier one."""
    if len(surfaces) <= _FIND_LIMIT:
        return {s: _whole_words(text, s) for s in surfaces}
    out: dict[str, list[int]] = {}
    by_head: dict[str, list[str]] = {}
    for s in surfaces:
        head = _ALNUM_RUN.match(s)
        if len(s) < 3:
            out[s] = []
        elif head is None or _overlaps_itself(s):
            out[s] = _whole_words(text, s)
        else:
            by_head.setdefault(head[0], []).append(s)
            out[s] = []
    if by_head:
        n = len(text)
        for run in _ALNUM_RUN.finditer(text):
            names = by_head.get(run[0])
            if names is None:
                continue
            at = run.start()
            for s in names:
                end = at + len(s)
                if text.startswith(s, at) and not (end < n and text[end].isalnum()):
                    out[s].append(at)
    return out


def _subjects(text: str, ms: list[SourceMention]) -> list[SourceMention]:
    """A "separate" survey whose organization the text names in another paragraph too (its
    headline, or paragraphs after) is a subject of the story, not a digression."""
    if not any(m.role == "separate" for m in ms):
        return ms
    # where each name is mentioned, and the joint names each part belongs to (_one_firm)
    starts: dict[str, list[int]] = {}
    for o in ms:
        starts.setdefault(o.name, []).append(o.start)
    for at in starts.values():
        at.sort()
    parts: dict[str, set[str]] = {}
    for name in starts:
        for part in _JOINT_SPLIT.split(name):
            parts.setdefault(part, set()).add(name)
    separate = [m for m in ms if m.role == "separate"]
    found = _whole_words_all(text, {text[m.start:m.end] for m in separate})
    breaks = [b.start() for b in _LINE_BREAK.finditer(text)]
    out = []
    for m in ms:
        if m.role == "separate":
            k = bisect.bisect_left(breaks, m.start)  # the paragraph's line: [lo, hi)
            lo = breaks[k - 1] + 1 if k > 0 else 0
            k = bisect.bisect_left(breaks, m.end, k)
            hi = breaks[k] if k < len(breaks) else len(text)
            firms = {m.name} | parts.get(m.name, set()) | {
                p for p in _JOINT_SPLIT.split(m.name) if p in starts}
            if any(_outside(starts[f], lo, hi) for f in firms if f in starts) or _outside(
                    found[text[m.start:m.end]], lo, hi):
                m = attrs.evolve(m, role=None)
        out.append(m)
    return out


# -- the name a record gives a known organization: the text's own written form --------------

#: Before an abbreviation in brackets: the full name the text gives it ("the Public Opinion
#: Research Centre (CVVM)").
_FULL_BEFORE = regex.compile(
    r"""(?r)(?<![\w\-])(?P<full>\p{Lu}[\w\-]*(?:[ \t]+(?:(?:of|for|and|de|the)[ \t]+)?
    \p{Lu}[\w\-]*){1,6})[ \t]*\(\Z""", regex.VERBOSE)
#: After a name: its abbreviation in brackets ("Banco de México (Banxico)").
_ABBR_AFTER = regex.compile(r"[ \t]*\((?P<abbr>\p{Lu}[\w\-]{1,11})\)")


def _full_written(alias: str) -> bool:
    """An alias that spells a name out (words in lower case after a capital, two or more)."""
    return len(alias.split()) >= 2 and any(c.islower() for c in alias)


def _spelled_official(name: str) -> bool:
    """An official body the table names in words ("Hungarian National Bank", "Bank of
    Mexico"), whose name a text writes in its own language; a pollster, or a body the table
    names by its short name ("TurkStat"), keeps the table's name."""
    return name in official_bodies() and len(name.split()) >= 2


def written_names(text: str,
                  known_found: Sequence[SourceMention] | None = None) -> dict[str, str]:
    """``{canonical name: the name as the text first writes it}`` for the known organizations
    whose first mention spells a name out (an official body's: "Magyar Nemzeti Bank" stays
    so, not the table's "Hungarian National Bank"), with the abbreviation the text gives it
    in brackets ("Public Opinion Research Centre (CVVM)"). Passages compare canonical
    names; only the records' values take these (a survey programme's name never does).
    ``known_found``: :func:`known_names` of the text, when the caller has them."""
    out: dict[str, str] = {}
    progs = programmes()
    for m in known_names(text) if known_found is None else known_found:
        alias = _clean_org(" ".join(m.text.split()))
        if m.name in out or alias in progs:
            continue
        after = _ABBR_AFTER.match(text, m.end, min(len(text), m.end + 16))
        before = _FULL_BEFORE.search(text, max(0, m.start - 100), m.start)
        if _full_written(alias) and _spelled_official(m.name) and (
                len(alias.split()) >= len(m.name.split())
                # "Latvijas Banka" for the Bank of Latvia: a name in the text's own language
                or not set(_fold(alias).split()) & set(_fold(m.name).split())) and (
                _fold(alias.split()[0]) != _fold(m.name.split()[0])  # "Rating sociological
                and not text.startswith("(", m.start - 1)):  # group"; a gloss in brackets
            out[m.name] = alias if after is None else f"{alias} ({after['abbr']})"
        elif before is not None and text.startswith(")", m.end) and (
                (full := _clean_org(" ".join(before["full"].split()))) not in pollsters()):
            out[m.name] = f"{full} ({alias})"
        else:
            out[m.name] = m.name
    return {k: v for k, v in out.items() if v != k}
