"""Group rules for places: "58 per cent in the Rift Valley", "In Nyanza, ...", "64% in Hungary".
"""

from __future__ import annotations

from typing import Final

import regex

from ._data import alternation, words
from ._gate import Gated, ascii_folded
from .group_view import (
    _FIGURE,
    _POLL_NOUNS,
    Anchored,
    GroupRule,
    GroupView,
    Proposal,
    _last,
    _place,
    span_cue,
)
from .grouping import REGION_ENTRIES, REGION_NAMES, group_key
from .groupwords import COUNTRIES
from .model import Cue

# -- places: a regional breakdown of a survey ("12 per cent in Mt Kenya", "In Nyanza, ...") --

#: The capitalized words of one place ("the Rift Valley", "North East", "British Columbia and
#: Ontario"; "/" joins the provinces of one polling region: "Daegu/North Gyeongsang").
_NAME_WORDS = r"""\p{Lu}[\w'’.\-]*+(?:(?:\s+(?:of\s+|and\s+)?|/)\p{Lu}[\w'’.\-]*+){0,3}"""
#: A place name: capitalized words, or a list of them that ends with "and" ("Busan, Ulsan and
#: South Gyeongsang", "North Holland, South Holland and Utrecht"), or a city with its metro
#: area ("Mexico City and its metropolitan area"); or the rest of the country; checked
#: against _NOT_PLACE in Python.
_PLACE_NAME = rf"""(?:the\s+)?(?:
    rest\s+of\s+the\s+(?:country|nation|state|province|region|island|UK|U\.S\.)(?![\w'’])
  | (?:rest\s+of\s+(?:the\s+)?)?                         # "the rest of Leinster"
    (?:(?:regional|rural|outer|inner|metropolitan|metro|coastal|central
                                  |greater|suburban|urban|former)\s+)?
    (?:{_NAME_WORDS}(?:,\s+(?:the\s+)?{_NAME_WORDS}){{1,4}},?\s+and\s+(?:the\s+)?{_NAME_WORDS}
      | {_NAME_WORDS})
    (?:\s+and\s+its\s+(?:metropolitan|metro|surrounding)\s+areas?)?)"""
#: A region by compass point, written in lower case: "the west", "the eastern states", "the
#: north-east", "western Germany", "southern Ontario" (never a bare "west" or "eastern"); the
#: macro-regions of a compound point ("the south-southeast", "the centre-west", "the
#: north-central zone").
_COMPASS = r"""(?:(?:north|south)(?:[\-\s]?(?:east|west))?|east|west|centre|center)
    (?:-(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center|central))?"""
_COMPASS_REGION = rf"""(?:
    the\s+(?:{_COMPASS})(?:ern)?
    (?:(?:\s+\p{{Lu}}[\w'’\-]*+)?                 # "the eastern German states"
       \s+(?:states|regions|provinces|counties|Länder|Laender)
      | (?!\s+(?!(?:and|or|but|while|where|whereas|the|it|its|he|she|they|with|compared|than|to
                  |on|at|for|of|is|was|are|were|has|had)\b)[a-z]))   # not "the west wing"
  | (?:{_COMPASS})ern\s+\p{{Lu}}[\w'’.\-]*+(?:\s+\p{{Lu}}[\w'’.\-]*+)?)(?![\w'’\-])"""
_PLACE = rf"""(?:{_COMPASS_REGION}|{_PLACE_NAME})"""
_PLACE_AFTER = regex.compile(  # "58 per cent in the Rift Valley", "41% outside Lima"
    rf"""[ \t]+(?:in|outside|across)[ \t]+(?P<group>{_PLACE})(?![\w'’])
    (?![ \t]+(?:{_POLL_NOUNS})\b)""",
    regex.VERBOSE,
)
_PLACE_OPENING = regex.compile(  # "In Nyanza, nearly two in three respondents ..."
    rf"""[\s"“•·*\-–]*(?:(?P<only>(?:Only|Even)[ \t]+(?:in|across))|In|Across|Outside)
    [ \t]+(?P<group>{_PLACE}(?:,?[ \t]+and[ \t]+{_PLACE})?)
    (?:[ \t]+(?:regions?|provinces?|states?|areas?|prefectures?|counties|county|districts?
               |zones?|metro(?:politan)?[ \t]+area)(?:[ \t]+of[ \t]+{_PLACE_NAME})?)?
    (?P<parts>[ \t]*[—–(][ \t]*\p{{Lu}}[^—–()\n]{{0,80}}[—–)])?  # "In northern Taiwan — Taipei —"
    (?:[ \t]*,|[ \t]+(?=the[ \t])   # "In western Germany the CDU/CSU leads ..."
      |(?(parts)[ \t]+|(?!))
      |(?(only)[ \t]+(?=(?:does|do|did|is|are|was|were|has|have|can|could|would|will)[ \t])
              |(?!)))                # "Only in London does Labour still lead, on 32pc" """,
    regex.VERBOSE,
)
_PLACE_WHERE = regex.compile(  # "most widespread in the North East, where four in ten ..."
    rf"""(?<!\w)(?:in|except|excluding|including|outside|than|and|is|was)[ \t]+
    (?P<group>{_PLACE})(?:,[^,.;:]{{1,60}})?,[ \t]+(?:where|at)(?!\w)
    | (?<!\w)(?i:region|province|state|area|areas|regions|provinces|states)[ \t]+(?:is|was)
      [ \t]+(?P<group>{_PLACE})[ \t]+at(?!\w)   # "its best region is Munster at 25pc"
    """,
    regex.VERBOSE,
)
#: Nouns whose "in <Place>" is what is measured: "weak demand in Europe (37%)".
_OF_NOUN = alternation(words("lexicon.txt", "place_of_noun"))
_PLACE_BEFORE = regex.compile(  # "... but in the South approval is just 36%", "In Wales it is"
    rf"""(?<!\w)(?<!(?<!\w)(?i:{_OF_NOUN})[ \t])
    (?:[Ii]n|(?<!(?i:highest|lowest|largest|smallest|most|least|best|worst|anywhere)[ \t])
          [Oo]utside)[ \t]+(?P<group>{_PLACE})(?![\w'’/])
    (?![ \t]+\p{{Lu}})   # all of a name ("ABC News")
    (?![ \t]+(?i:{_POLL_NOUNS})\b)""",
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
#: "responses from residents in Leeds, of which 63% were men": a share of the responses.
_OF_WHICH = regex.compile(r"(?<!\w)of[ \t]+(?:which|whom)(?!\w)", regex.IGNORECASE)


#: A sentence that says it breaks its figures down by place: "By state, sentiment rose ...".
_BY_PLACE = regex.compile(
    r"""[\s"“•·*\-–]*(?i:by|across)[ \t]+(?:(?:the|each|every)[ \t]+)?
        (?i:states?|regions?|provinces?|cities|city|zones?|counties|county|territories)[ \t]*,""",
    regex.VERBOSE,
)


def _survey_share(v: GroupView) -> bool:
    """A survey's share, change or ratio; or any figure of a sentence that opens by saying it
    breaks down by place ("By state, sentiment rose 15.2% in Victoria")."""
    return v.st.kind in ("share", "change", "ratio") and (
        v.survey or _BY_PLACE.match(v.text, v.start, v.head_end) is not None)


def _place_proposal(v: GroupView, m: regex.Match[str] | None) -> Proposal | None:
    cue = _place(v.text, m)
    return None if cue is None else Proposal(cue)


def _country_of(name: str) -> str | None:
    """The country a place phrase names ("the Netherlands", "U.S."), or None."""
    bare = " ".join(name.split()).rstrip(".,")
    bare = bare[4:] if bare.lower().startswith("the ") else bare
    low = bare.lower()
    return low if low in COUNTRIES or low.replace(".", "") in COUNTRIES else None


# -- the document's survey spans many countries (one fact of the whole document) -------------

_MANY = r"""(?:[3-9]|[1-9][0-9]{1,2}|dozens[ \t]+of|several|many|multiple
              |(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty
                 |forty|fifty|sixty)(?:-[a-z]+)?)"""
#: Words of a survey taken in many countries: "across the 30 countries covered", "in 29
#: markets", "a 24-nation study", "the global average", "the countries surveyed".
_MANY_COUNTRIES = regex.compile(
    rf"""(?<![\w\-])(?i:
        (?:across|in|of|from|spanning|spans?|spanned|covering|covers?|covered|among
         |surveyed|polled)[ \t]+
        (?:(?:the|all|some|more[ \t]+than|over|nearly|almost|about|around)[ \t]+){{0,2}}
        {_MANY}[ \t]+(?:countries|markets|nations|economies|member[ \t]+states)
      | (?:[3-9]|[1-9][0-9]{{1,2}})-(?:country|nation|market)
      | (?:each|every)[ \t]+(?:member[ \t]+state|country|market)[ \t]+(?:surveyed|polled)
      | (?:global|worldwide|international|cross-national|multinational|multi-country)[ \t]+
        (?:[\w\-]+[ \t]+){{0,2}}?(?:survey|study|poll|average)
      | (?:countries|markets|nations)[ \t]+(?:surveyed|polled|covered|studied)
      | global[ \t]+country[ \t]+average
    )(?![\w\-])""",
    regex.VERBOSE,
)
#: Every match of _MANY_COUNTRIES holds one of these words (case aside) and no line break (its
#: gaps are spaces and tabs), so only the lines that hold one are searched.
_MANY_GATE: Final = Gated(_MANY_COUNTRIES, (
    "countr", "market", "nation", "econom", "member", "global", "worldwide"))
#: A country labelled with its figure after "in": "in Chile (63%)".
_IN_LABEL = regex.compile(
    rf"(?<!\w)in[ \t]+(?P<group>{_PLACE_NAME})[ \t]*\([ \t]*[0-9]", regex.VERBOSE
)


def says_many_countries(text: str, *, gated: bool = True) -> bool:
    """Whether ``_MANY_COUNTRIES`` matches in ``text``, searched only in the lines that hold
    one of its words (``gated=False``, for tests, searches the whole text)."""
    if not gated:
        return _MANY_COUNTRIES.search(text) is not None
    low = ascii_folded(text)  # one byte per character
    pos = 0
    while (m := _MANY_GATE.gate.search(low, pos)) is not None:
        lo = low.rfind(b"\n", 0, m.start()) + 1
        hi = low.find(b"\n", m.end())
        hi = len(low) if hi < 0 else hi
        if _MANY_COUNTRIES.search(text, lo, hi) is not None:
            return True
        pos = hi
    return False


def multi_country(text: str) -> bool:
    """Whether a document's survey spans many countries: it says so ("across 30 countries",
    "in 29 markets", "a global survey", "the global average"), or it gives figures for three
    or more countries ("58% in Chile", "in Peru (61%)"). Read once per document."""
    if says_many_countries(text):
        return True
    found: set[str] = set()
    for pattern in (_FIGURE_IN, _IN_LABEL):
        for m in pattern.finditer(text):
            c = _country_of(m["group"])
            if c is not None:
                found.add(c)
                if len(found) >= 3:
                    return True
    return False


#: A figure of the whole survey: "the global average of 7%", "23% globally", "across all
#: countries", "an average of 32% across the 30 countries".
_WHOLE_BEFORE = regex.compile(
    r"""(?i:(?:global|worldwide|international)[ \t]+(?:country[ \t]+)?average
           |\bglobally|\bworldwide|on[ \t]+average|an[ \t]+average)
        (?:[ \t]+(?:of|is|was|stood[ \t]+at|stands[ \t]+at|by))?[ \t]*,?[ \t]*\Z""",
    regex.VERBOSE,
)
_WHOLE_AFTER = regex.compile(
    r"""[ \t]*,?[ \t]*(?i:globally|worldwide|internationally|on[ \t]+average
        |(?:across|in)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?(?:[0-9]+[ \t]+)?
         (?:countries|markets|nations|economies))(?![\w\-])""",
    regex.VERBOSE,
)


def _whole_survey(v: GroupView) -> bool:
    """Whether the figure is one of the whole multi-country survey ("the global average of
    7%", "23% globally"): it has no country."""
    return (_WHOLE_BEFORE.search(v.text, max(v.start, v.st.start - 40), v.st.start) is not None
            or _WHOLE_AFTER.match(v.text, v.st.end, v.hi) is not None)


def _country_spread(v: GroupView) -> Proposal | None:
    """``64% in Hungary but 41% in Austria``: in a sentence that gives figures for two or
    more countries, each figure's country is its group (one country alone is the survey's
    own population, not a breakdown, unless the document's survey spans many countries)."""
    m = _COUNTRY_AFTER.match(v.text, v.st.end, v.hi)
    if m is None or _country_of(m["group"]) is None:
        return None
    countries = {c for f in _FIGURE_IN.finditer(v.text, v.start, v.end)
                 if (c := _country_of(f["group"])) is not None}
    if len(countries) < (1 if v.countries else 2):
        return None
    return _country_cue(v.text, *m.span("group"))


def _country_cue(text: str, s: int, e: int) -> Proposal:
    """The country named in ``text[s:e]``, without a leading "the" or a trailing stop."""
    if text[s:s + 4].lower() == "the ":
        s += 4
    while e > s and text[e - 1] in ".,":
        e -= 1
    return Proposal(span_cue(text, s, e))


COUNTRY_SPREAD_RULE: Final = GroupRule(
    "country_spread", _country_spread, needs=("in",),
    examples=(
        ("Trust in the EU stood at 64% in Hungary but 41% in Austria.", "41%", "Austria"),
        ("The Eurobarometer found 58 per cent in Ireland and 37 per cent in the "
         "Netherlands.", "37 per cent", "Netherlands"),
        ("Across the 27 countries surveyed, trust stood at 64% in Hungary.", "64%", "Hungary"),
        ("In the global poll, optimism was 71 per cent in India, the report said.",
         "71 per cent", "India"),
        ("The 12-market study found 44 percent in Mexico would switch banks.", "44 percent",
         "Mexico"),
    ),
    near_misses=(
        ("Trust in the EU stood at 64% in Hungary, the poll found.", "64%"),
        ("Trust stood at 64% in Hungary in March and 41% in May.", "41%"),
        ("Britons' views of France soured: 41% in France were hostile, the poll found.",
         "41%"),
        ("The 30-country poll put trust at 64% across all countries.", "64%"),
    ),
)


def _split_place(v: GroupView) -> Proposal | None:
    """``She leads 61% to 33% in the Milwaukee area``: the first figure of a split is the
    place's too."""
    if not _survey_share(v):
        return None
    return _place_proposal(v, _SPLIT_PLACE.match(v.text, v.st.end, v.hi))


SPLIT_PLACE_RULE: Final = GroupRule(
    "split_place", _split_place, needs=("in", "across"),
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
)


def _place_after(v: GroupView) -> Proposal | None:
    """``58 per cent in the Rift Valley``."""
    if not _survey_share(v):
        return None
    return _place_proposal(v, _PLACE_AFTER.match(v.text, v.st.end, v.hi))


def place_follows(v: GroupView) -> bool:
    """Whether a place of the region table follows the figure right after it ("and reached
    61% in the Northeast"): the figure's own group, whatever people an earlier clause named."""
    cue = _place(v.text, _PLACE_AFTER.match(v.text, v.st.end, v.hi))
    return cue is not None and _known_place(cue.value)


def _known_place(value: str) -> bool:
    """Whether a place phrase is one of the region table or a compass region."""
    return value.lower() in REGION_NAMES or _COMPASS_START_RE.match(value) is not None


_COMPASS_START_RE = regex.compile(rf"(?:{_COMPASS})(?![\w'’])", regex.VERBOSE)


PLACE_AFTER_RULE: Final = GroupRule(
    "place_after", _place_after, needs=("in", "outside", "across"),
    examples=(
        ("The poll put him at 33% in the Midlands.", "33%", "Midlands"),
        ("The Ifop poll has the party at 28 per cent in the north-east.", "28 per cent",
         "north-east"),
        ("The survey puts her at 41% in southern Ontario.", "41%", "southern Ontario"),
        ("The Kantar poll has them on 19% in the western provinces.", "19%",
         "western provinces"),
        ("By state, sentiment rose 15.2% in Victoria and 8.1% in NSW.", "8.1%", "NSW"),
        # the centre of a country, beside its compass regions
        ("The Ipsos Peru poll has her at 7 percent in the north and 9 percent in the center.",
         "9 percent", "center"),
        ("The Rating poll puts trust at 66% in the centre.", "66%", "centre"),
        ("The Realmeter poll put him at 44% in Busan/Ulsan/South Gyeongsang.", "44%",
         "Busan/Ulsan/South Gyeongsang"),
        ("The Ipsos poll put support at 38 per cent in Dublin and 44 per cent in the rest of "
         "Leinster.", "44 per cent", "rest of Leinster"),
        ("The Newspoll has Labor on 52% in the rest of NSW.", "52%", "rest of NSW"),
        # compound compass macro-regions, lists of provinces, the rest of the country
        ("The El Financiero poll has approval at 69% in the south-southeast.", "69%",
         "south-southeast"),
        ("The Datafolha survey puts him at 41% in the centre-west.", "41%", "centre-west"),
        ("The Gallup Korea poll put him at 39% in Busan, Ulsan and South Gyeongsang.", "39%",
         "Busan, Ulsan and South Gyeongsang"),
        ("The Angus Reid poll has the Conservatives at 44 per cent in the rest of the "
         "country.", "44 per cent", "rest of the country"),
        ("The Pulse Asia poll found trust at 58 percent outside Metro Manila.", "58 percent",
         "outside Metro Manila"),
        ("The Infotrak poll has him on 61 per cent in the Rift Valley.", "61 per cent",
         "Rift Valley"),
        ("Kessler is ahead 52% to 41% across the rest of the state, the Marquette poll "
         "found.", "41%", "rest of the state"),
        # a list whose later item has a word of no place alone ("New"): its first item
        ("By region, approval was 44 percent in Hsinchu, New Taipei City and Taoyuan.",
         "44 percent", "Hsinchu"),
    ),
    near_misses=(
        ("The poll put him at 33% in May.", "33%"),
        ("The poll put him at 33% in the west wing.", "33%"),
        ("The poll put him at 33% in the centre ground.", "33%"),
        ("The poll put him at 33% in the centre-left.", "33%"),
        ("The poll put him at 33% in the centre-right.", "33%"),
        ("The poll put him at 33% in the rest of the sample.", "33%"),
        ("The poll put him at 33% outside the capital.", "33%"),
        ("The poll put him at 33% in Chile.", "33%"),
    ),
)


#: A margin of error's place after it: "±4% for Balance Luzon", "±5.7 points each for Metro
#: Manila, the Visayas and Mindanao", "3.1 points in Scotland".
_MARGIN_PLACE = regex.compile(
    rf"""[ \t]+(?:(?:each|respectively)[ \t]+)?(?:for|in)[ \t]+(?P<group>{_PLACE})(?![\w'’])""",
    regex.VERBOSE,
)
#: Words of a breakdown of margins: "±", "plus or minus", "each".
_MARGIN_WORD = regex.compile(r"±|\+/-|(?<!\w)(?i:plus[ \t]+or[ \t]+minus|each)(?!\w)")


def _margin_place(v: GroupView) -> Proposal | None:
    """``±4% for Balance Luzon, and ±5.7% each for Metro Manila, the Visayas and Mindanao``:
    a survey's margin of error for one of its regions, in a sentence that gives margins for
    several (or "each"), when the place is one of the region table or a compass region."""
    if v.st.kind != "margin_of_error" or not v.survey:
        return None
    cue = _place(v.text, _MARGIN_PLACE.match(v.text, v.st.end, v.hi))
    if cue is None or not any(_known_place(p.strip()) for p in
                              regex.split(r",|\band\b", cue.value.removeprefix("the "))):
        return None
    if len(_MARGIN_WORD.findall(v.text, v.start, v.end)) < 2:
        return None  # one margin alone: the survey's own, of the one place it covers
    return Proposal(cue)


MARGIN_PLACE_RULE: Final = GroupRule(
    "margin_place", _margin_place,
    examples=(
        ("The SWS survey has error margins of ±2.5% nationally, ±4% for Balance Luzon and "
         "±5.7% for Mindanao.", "4%", "Balance Luzon"),
        ("The Pulse Asia poll has margins of ±2.8% nationally and ±5.7% each for Metro "
         "Manila, the Visayas and Mindanao.", "5.7%", "Metro Manila, the Visayas and "
         "Mindanao"),
        ("The margin of error is plus or minus 2.1 points overall and plus or minus 4.4 "
         "points in Scotland.", "4.4 points", "Scotland"),
    ),
    near_misses=(
        ("The Mainstreet poll of Ontario has a margin of error of ±3.1% in Ontario.", "3.1%"),
        ("The margin of error is ±2.5% for the full sample and ±4% for women.", "4%"),
        ("The margins are ±2.5% nationally and ±4% in March.", "4%"),
    ),
)


def _place_before(v: GroupView) -> Proposal | None:
    """``... but in the South approval is just 36%`` (no other figure and no speaker between
    the place and the figure)."""
    if not _survey_share(v):
        return None
    text, at = v.text, _chain_start(v)
    near = _last(_PLACE_BEFORE, text, max(v.lo, at - _BEFORE_REACH), at)
    if near is None:  # "in Daegu and North Gyeongsang, the conservative heartland, it stood at"
        near = _APPOSITIVE_BEFORE.search(text, max(v.lo, at - _APPOSITIVE_REACH), at)
        return None if near is None else _place_proposal(v, near)
    if near is None or (_FIGURE.search(text, near.end(), at) is not None
                        or _SAID.search(text, near.end(), at) is not None
                        or _OF_WHICH.search(text, near.end(), at) is not None
                        or _QUESTION_OBJECT.search(text, max(0, near.start() - 60),
                                                   near.start()) is not None):
        return None
    return _place_proposal(v, near)


#: A measure's object right before "in <place>": the place is the question's, not the
#: people's ("Support for a new airport in the Randstad", "plans for housing in Dublin").
_QUESTION_OBJECT = regex.compile(
    rf"""(?r)(?<!\w)(?i:{_OF_NOUN}|plans?|proposals?|building|construction|spending|projects?
                     |policies|opposition|backing)
    [ \t]+(?i:for|of|to|on|against|about)[ \t]+(?:[\w\-]+[ \t]+){{0,4}}\Z""",
    regex.VERBOSE,
)


_BEFORE_REACH: Final = 60  # characters before a figure (or its chain) where "in <place>" stands
#: "in <place>, <an appositive>, " then the figure's clause, with no figure, speaker or stop.
_APPOSITIVE_BEFORE = regex.compile(
    rf"""(?<!\w)(?:[Ii]n|[Oo]utside)[ \t]+(?P<group>{_PLACE}),[ \t]+(?:the|a|an|home|its|his|her)
    [ \t][^,.;:()\d%\n]{{1,60}},[ \t]+(?!(?:said|says|told|according)(?!\w))
    [^,.;:()\d%\n]{{0,45}}\Z""",
    regex.VERBOSE,
)
_APPOSITIVE_REACH: Final = 200
#: A figure joined to the next one as the first of a split or the change before a level: "62
#: per cent to ", "fell 4.4 points to ", "from 56 percent to ".
_CHAIN_BEFORE = regex.compile(
    r"""(?r)(?<![\w.,])[0-9][0-9.,]*[ \t]*
        (?:%|(?i:per[ \t]?cent|percent|pc|percentage[ \t]+points?|points?|pts?))?[ \t]*
        (?:to|-|–|against|vs\.?|versus)[ \t]*
        (?:(?<=[ \t])(?:the[ \t]+)?\p{Lu}[\w\-]*['’]s?[ \t]+)?\Z   # "29 per cent to Reform's "
    """,
    regex.VERBOSE,
)


def _chain_start(v: GroupView) -> int:
    """Where the figure's chain starts: the first figure of its split or the change before
    its level ("in the Rift Valley Ruto is ahead by 62 per cent to 21 per cent", "approval in
    Busan fell 4.4 points to 45.2 percent"), else the figure's own start."""
    m = _CHAIN_BEFORE.search(v.text, max(v.start, v.st.start - 40), v.st.start)
    return v.st.start if m is None else m.start()


PLACE_BEFORE_RULE: Final = GroupRule(
    "place_before", _place_before,
    examples=(
        ("Most in the north agree, but in the South the poll has 36%.", "36%", "South"),
        ("The survey finds that in the eastern states the party has 36%.", "36%",
         "eastern states"),
        ("The poll has 58% in Ulster. In Leinster the figure is 44%.", "44%", "Leinster"),
        ("Support is strongest in regional Victoria, at 24 per cent, the poll found.",
         "24 per cent", "regional Victoria"),
        ("Backing fell in Tasmania, the poll shows. In Victoria it is now 39%.", "39%",
         "Victoria"),
        ("In the region outside metro Vancouver, the Conservatives led with 44 per cent.",
         "44 per cent", "outside metro Vancouver"),
        # the second figure of a split, the level after a change
        ("The poll shows that in the Rift Valley he leads by 62 per cent to 21 per cent.",
         "21 per cent", "Rift Valley"),
        ("The Realmeter poll found approval in Gyeonggi and Incheon fell 3.2 points to 47.5 "
         "percent.", "47.5 percent", "Gyeonggi and Incheon"),
        ("The poll found 44 per cent in Lagos; in the rest of the country, it was 38 per "
         "cent.", "38 per cent", "rest of the country"),
        ("The Opinium poll shows that in the North West the party trails, on 26 per cent to "
         "Reform's 31 per cent.", "31 per cent", "North West"),
        # a place with an appositive before its clause
        ("The NHK poll found 41 percent in Kanto, while in Kansai, the opposition's "
         "stronghold, it stood at 29 percent.", "29 percent", "Kansai"),
        # a name after the place is the clause's subject, not part of the place
        ("The TIFA poll shows that in Nyanza Odinga is ahead by 71 per cent to 12 per cent.",
         "12 per cent", "Nyanza"),
        ("The YouGov poll finds that in London Labour leads on 29 per cent.", "29 per cent",
         "London"),
    ),
    near_misses=(
        ("In the South, Kaya said, 36% agree in the poll.", "36%"),
        ("In March the poll had 36% agreeing.", "36%"),
        ("In the CBS News poll, 36% agree.", "36%"),
        ("In the CNN/ORC poll 36% agree.", "36%"),
        ("In a Pew Research study 36% agree.", "36%"),
        ("The poll drew 9,000 replies from residents in Leeds, of which 63% were men.", "63%"),
        ("The survey lists tariffs (58%) and weak demand in Europe (37%) as risks.", "37%"),
        ("The survey names inflation (44%) and conflict in the Middle East (29%).", "29%"),
        # a place of the question's object, not of the people asked
        ("Support for a new airport in the Randstad stood at 41%, the poll found.", "41%"),
        ("Backing for wind farms in Jutland was 38 per cent in the Voxmeter poll.",
         "38 per cent"),
        ("Opposition to new mines in Limpopo is 44% in the Ipsos survey.", "44%"),
        # "outside" after a superlative: the place is excluded, not the figure's
        ("Ontario's rate was 7.6 per cent, the highest outside Atlantic Canada, while "
         "Quebec's was 5.1 per cent.", "5.1 per cent"),
        # a pollster's name is no place
        ("More in Common found Reform on 31 per cent.", "31 per cent"),
        ("The poll found 44 per cent in Lagos; in Munster, the party's leader, Mary Byrne, "
         "said 36% agree.", "36%"),
    ),
)


def _place_where(v: GroupView) -> Proposal | None:
    """``most widespread in the North East, where four in ten ...``, ``in every region except
    London, where Labour has 34 per cent``, ``Its best region is the East Midlands, at 37
    per cent``: a place whose own clause ("where ...", "at ...") gives the figure."""
    if not _survey_share(v):
        return None
    p = _place_proposal(v, _last(_PLACE_WHERE, v.text, v.lo, v.st.start))
    if p is None or p.subgroup is None:
        return p
    if _party_or_vote(p.subgroup.value):
        return None  # "the winner is Labour, at 34%": a party's share
    return p


PLACE_WHERE_RULE: Final = GroupRule(
    "place_where", _place_where, needs=("where", "at"),
    examples=(
        ("The poll found worry highest in the North East, where 44% agree.", "44%",
         "North East"),
        ("Reform leads everywhere except Yorkshire, where Labour has 33 per cent.",
         "33 per cent", "Yorkshire"),
        ("The Liberals' best region is Atlantic Canada, at 47 per cent, the poll found.",
         "47 per cent", "Atlantic Canada"),
        ("Approval is lower in Munster than in Leinster, where it stands at 41 per cent.",
         "41 per cent", "Leinster"),
        ("Worry is high across Gauteng and the Western Cape, where 58% fear job losses.",
         "58%", "Western Cape"),
        ("The CDU leads in all states including Bavaria, where the CSU has 39 percent.",
         "39 percent", "Bavaria"),
        ("Fine Gael's best region is Connacht-Ulster at 27pc, the poll found.", "27pc",
         "Connacht-Ulster"),
        ("The ANC's weakest province is the Western Cape at 19 per cent, the survey found.",
         "19 per cent", "Western Cape"),
    ),
    near_misses=(
        ("The poll found worry highest in March, where 44% agree.", "44%"),
        ("The surprise of the poll is Labour, at 34 per cent.", "34 per cent"),
        ("The surprise of the region is Labour at 34 per cent.", "34 per cent"),
        ("The poll found worry highest in Leeds, and Labour is at 34 per cent.",
         "34 per cent"),
    ),
)


def _place_opening(v: GroupView) -> Proposal | None:
    """``In Nyanza, nearly two in three respondents ...``."""
    if not _survey_share(v):
        return None
    return _place_proposal(v, _PLACE_OPENING.match(v.text, v.start, v.head_end))


PLACE_OPENING_RULE: Final = GroupRule(
    "place_opening", _place_opening, needs=("in", "across", "outside"),
    examples=(
        ("Across the North of England, Reform has 32% to Labour's 29%.", "32%",
         "North of England"),
        ("Across Atlantic Canada, the Liberals lead with 46 per cent.", "46 per cent",
         "Atlantic Canada"),
        ("In Bavaria, the poll found 29% opposed.", "29%", "Bavaria"),
        # an inverted "only in": the place is the figure's group
        ("Only in London does Labour still come out ahead, on 33pc.", "33pc", "London"),
        ("Only in Quebec is the Bloc in front, at 34 per cent.", "34 per cent", "Quebec"),
        ("Even in Kerala is the Left behind, on 29 per cent.", "29 per cent",
         "Kerala"),
        ("Only in Tasmania are the Greens above 15 per cent, on 18 per cent.",
         "18 per cent", "Tasmania"),
        ("In Daegu/North Gyeongsang, the poll found 39% approving.", "39%",
         "Daegu/North Gyeongsang"),
        ("In Gauteng, the biggest province, the poll has the ANC (32%) and the DA (29%) "
         "level.", "29%", "Gauteng"),
        ("In Kyushu, the poll puts the LDP on 38% and the CDP on 12%.", "12%", "Kyushu"),
        ("In Anatolia, the survey has the AKP (41%) ahead of the CHP (27%).", "27%",
         "Anatolia"),
        ("In KwaZulu-Natal, the poll has MK on 24% and the IFP on 19%.", "19%",
         "KwaZulu-Natal"),
        ("In eastern Germany the AfD is well ahead with 35 percent.", "35 percent",
         "eastern Germany"),
        ("In rural Queensland the survey has One Nation on 17 per cent.", "17 per cent",
         "rural Queensland"),
        ("In the eastern German states, the poll puts the AfD at 37% and the CDU at 18%.",
         "18%", "eastern German states"),
        ("In the western Canadian provinces, the Angus Reid poll has the Conservatives on "
         "52 per cent.", "52 per cent", "western Canadian provinces"),
        ("In the southern Indian states, the CSDS survey found 44 per cent backing the "
         "alliance.", "44 per cent", "southern Indian states"),
        ("In the northern Italian regions, the SWG poll found 31 percent for the League.",
         "31 percent", "northern Italian regions"),
        ("In the east, the Forsa poll found 36 percent would vote AfD.", "36 percent",
         "east"),
        # a polling region with its provinces, a list of its parts, a pollster after it
        ("In the Randstad provinces of North Holland, South Holland and Utrecht, the VVD "
         "scores 22 per cent.", "22 per cent", "Randstad"),
        ("In southern Taiwan — Tainan, Kaohsiung and Pingtung — approval was 52.1 per cent.",
         "52.1 per cent", "southern Taiwan"),
        ("In the Visayas (Cebu, Iloilo and Leyte) the SWS poll found 61 percent satisfied.",
         "61 percent", "Visayas"),
        ("In the North East and Yorkshire, More in Common found Reform on 38 per cent.",
         "38 per cent", "North East and Yorkshire"),
        ("Outside Mexico City, the Enkoy poll found 74% approving.", "74%",
         "Outside Mexico City"),
        ("In the Mt Kenya region, the poll has the opposition on 58 per cent.",
         "58 per cent", "Mt Kenya"),
        ("In the former East, the INSA poll has the AfD on 38 percent.", "38 percent",
         "former East"),
        ("Outside the Lima Metropolitan Region, the Ipsos poll has her on 12%.", "12%",
         "Outside the Lima Metropolitan Region"),
    ),
    near_misses=(
        ("Across the board, 41% said prices rose.", "41%"),
        ("Across all adults, 38% agree.", "38%"),
        ("In Monday's poll, 29% opposed.", "29%"),
        ("In the ABC class, the poll found 29% opposed.", "29%"),
        ("In March the poll found 29% opposed.", "29%"),
        ("In Canada the poll found 29% opposed.", "29%"),
        ("In the western media, the poll found 29% trusted.", "29%"),
        ("In the West German era, the poll found 29% opposed.", "29%"),
        ("In London is where 29% of the staff work.", "29%"),
        ("Only in March did the index pass 29%.", "29%"),
        ("In the Ipsos poll — fielded online — 29% opposed.", "29%"),
        ("In March — before the budget — the poll found 29% opposed.", "29%"),
    ),
)


# -- a person is no place: "Kast had 27%", "Cepeda has 30.4%" ---------------------------------

#: Words written before a person's name (lexicon.txt [person_titles]): "Dr", "candidate".
_PERSON_TITLE = regex.compile(
    rf"(?<!\w)(?i:{alternation(words('lexicon.txt', 'person_titles'))})\.?[ \t]+\Z")
_TITLE_WORDS: Final = frozenset(words("lexicon.txt", "person_titles"))
#: One or two capitalized words right before a name: a given name ("José Antonio Kast").
_GIVEN_NAMES = regex.compile(
    r"(?<![\w'’\-])(?P<first>\p{Lu}\p{Ll}[\w'’\-]*)[ \t]+(?:\p{Lu}\p{Ll}[\w'’\-]*[ \t]+)?\Z")
#: Capitalized words before a name that are no given name: "In", "The", "South", "New".
_NAME_OPENERS: Final = frozenset(words("lexicon.txt", "name_openers"))
_PERSON_REACH: Final = 2500  # characters before a figure where its name may be introduced
_PERSON_LOOK: Final = 40  # characters before one mention of a name read for a title


def _person(text: str, name: str, at: int) -> bool:
    """Whether ``name`` (a place-shaped capitalized name of a figure at ``at``) is a person's:
    written, somewhere before the figure, after a title ("Dr Ruto", "candidate Kast") or
    after a given name ("Iván Cepeda", "José Antonio Kast"; not "In Bogotá", "South
    Australia")."""
    if any(w.lower().rstrip(".") in _TITLE_WORDS for w in name.split()[:-1]):
        return True  # "Premier Chris Minns": a title inside the name
    lo0 = max(0, at - _PERSON_REACH)
    pos = text.find(name, lo0, at)
    while pos >= 0:
        end = pos + len(name)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "'’-"):
            lo = max(0, pos - _PERSON_LOOK)
            if _PERSON_TITLE.search(text, lo, pos) is not None:
                return True
            given = _GIVEN_NAMES.search(text, lo, pos)
            if given is not None and given["first"].lower() not in _NAME_OPENERS:
                return True
        pos = text.find(name, pos + 1, at)
    return False


# -- a place as the label of its figure in a breakdown ("Bengaluru (47 per cent)") ------------

#: A place as a breakdown labels it: a place name or compass region, with a lower-case place
#: noun after it ("the Gulf coast", "the North-Central zone").
_LABEL_PLACE = rf"""(?:{_PLACE})(?:[ \t]+(?:coast|region|zone|area|belt|province|state|county
                                           |district|provinces|states|regions))?"""
_WITH_BEFORE = regex.compile(r"(?r)(?<!\w)(?i:with)[ \t]+(?:the[ \t]+)?\Z")
#: Where a label starts: a sentence or clause, a list join, or a preposition of place.
_LABEL_START = r"""(?:^|(?<=[.;:,(—–\n][ \t]*)|(?<=(?<!\w)(?i:and|or|while|but|whereas|in|on
                                                            |of|by|at|with)[ \t]+))"""
_PLACE_LABEL_BEFORE = regex.compile(
    rf"""(?:
      {_LABEL_START}(?:the[ \t]+)?(?P<group>{_LABEL_PLACE})[ \t]*\([ \t]*    # Ontario (70%)
    | {_LABEL_START}(?:the[ \t]+|(?i:followed[ \t]+by)[ \t]+(?:the[ \t]+)?)?
      (?P<group>{_LABEL_PLACE})[ \t]+                                      # Pune recorded 31%
      (?:(?:recorded|registered|posted|logged|reported|had|has|saw|showed|stood|came[ \t]+in)
         (?:[ \t]+[^\d,.;:()%\n]{{1,60}}?)?[ \t]+(?:at|on|with|of)?
       | (?:at|on))
      [ \t]*
    | (?P<ellipsis>(?:,|(?<!\w)(?:and|while|but|whereas))[ \t]+)(?:the[ \t]+)?  # and Coast 24%
      (?P<group>{_LABEL_PLACE})
      (?:,[ \t]+(?:which|where|whose|home[ \t]+to)[^,;()\n]{{1,120}},)?[ \t]+
    )
    (?:(?:just|only|about|around|some|nearly|almost|roughly)[ \t]+)?\Z""",
    regex.VERBOSE,
)
#: Where a place label can start: where a label starts, before a letter; or the list join of
#: an ellipsis (", ", "and", "while", "but", "whereas") before a word that is no number.
_PLACE_LABEL_AT: Final = Anchored(_PLACE_LABEL_BEFORE, regex.compile(
    rf"""{_LABEL_START}[^\W\d_]
       | (?:,|(?<!\w)(?:and|while|but|whereas))(?=[ \t]+[^\W\d_])""", regex.VERBOSE))
#: Words of a measure that open a sentence capitalized: "Support", "Demand", "Trust".
_MEASURE_WORDS: Final = frozenset(w.lower() for w in words("lexicon.txt", "place_of_noun"))
#: A place's own figure told by a verb, earlier in the sentence: "Pune recorded 31 per cent".
_PLACE_VERB = regex.compile(
    rf"""(?P<group>{_LABEL_PLACE})[ \t]+(?:recorded|registered|posted|logged|reported)[ \t]""",
    regex.VERBOSE,
)
#: Words of a breakdown by place: "By region, ...", "the six geopolitical zones", "provinces".
_BREAKDOWN = regex.compile(
    r"""(?<!\w)(?:(?i:regions?|regional|regionally|provinces?|provincial|cities|zones?
                  |counties|districts|territories|nations)
                 |(?i:the|all|both|most|other|several|[0-9]+|\w+ern)[ \t]+(?i:states)
                 |(?i:by|across)[ \t]+(?:the[ \t]+)?(?:[\w\-]+[ \t]+){0,2}?
                  (?i:state|region|province|city|area|zone|county|district))(?!\w)""",
    regex.VERBOSE,
)
_BREAKDOWN_REACH: Final = 400  # characters before the sentence where a breakdown is told


def _breakdown(v: GroupView) -> bool:
    """Whether the figure's sentence, or its paragraph before it, breaks figures down by
    place: a word of places ("regions", "provinces", "By state"), or another figure "in" a
    place."""
    # the paragraph's ends, looked for only within reach (a text without line breaks would
    # otherwise be scanned whole for every figure)
    lo = max(v.text.rfind("\n\n", max(0, v.start - _BREAKDOWN_REACH - 1), v.start) + 1,
             v.start - _BREAKDOWN_REACH, 0)
    hi = v.text.find("\n", v.end, v.end + _BREAKDOWN_REACH)
    hi = v.end + _BREAKDOWN_REACH if hi < 0 else hi
    hi = min(len(v.text), hi)
    if _BREAKDOWN.search(v.text, lo, hi) is not None:
        return True
    if any(_place(v.text, f) is not None
           for pattern in (_FIGURE_IN, _IN_PLACE_FIGURE)
           for f in pattern.finditer(v.text, lo, hi)
           if f.end() <= v.st.start or f.start() >= v.st.end):
        return True
    # another place of the sentence with a figure of its own: "Respondents in Sulawesi gave
    # him 84 percent, while Kalimantan stood at 81.5 percent"
    others = _FIGURE.findall(v.text, v.start, v.st.start) + _FIGURE.findall(v.text, v.st.end,
                                                                            v.end)
    return bool(others) and any(
        _place(v.text, f) is not None for f in _PLACE_BEFORE.finditer(v.text, v.start, v.end)
        if f.end() <= v.st.start - 30 or f.start() >= v.st.end)


#: A place with its own figure right after it: "highest in Chennai, at 58 per cent", "in
#: the South (86 percent)".
_IN_PLACE_FIGURE = regex.compile(
    rf"""(?<!\w)[Ii]n[ \t]+(?P<group>{_PLACE})(?![\w'’]),?[ \t]+(?:(?:at|on|with)[ \t]+)?
    (?:\([ \t]*)?[0-9][0-9.,]*[ \t]*(?:%|(?i:per[ \t]?cent|percent))""",
    regex.VERBOSE,
)


def _party_or_vote(value: str) -> bool:
    """Whether a label read as a place is a party or a vote ("Labour", "Leave voters"): a
    party's share, not a place's figure."""
    key = group_key(value) or ""
    return any(part.startswith(("party=", "vote=")) for part in key.split("; "))


def _place_label(v: GroupView) -> Proposal | None:
    """``followed by Bengaluru (47 per cent) and Hyderabad (39 per cent)``, ``Pune recorded
    31 per cent and Kolkata, which ..., 24 per cent``, ``London had the highest rate at
    19%``: in a breakdown by place, the place named right before a figure is its group (and
    not the place of the figure before it)."""
    if v.st.kind not in ("share", "change", "ratio"):
        return None
    m = v.sentence.last(_PLACE_LABEL_AT, max(v.lo, v.start), v.st.start)
    if m is None or m.end() != v.st.start:
        return None
    if m["ellipsis"] is not None and _PLACE_VERB.search(v.text, v.start, m.start()) is None:
        return None  # "and Duggan 27 percent" after "Benson drew 45 percent": no place's
    cue = _place(v.text, m)
    if (cue is None or any(w in _MEASURE_WORDS for w in cue.value.lower().split())
            or not _breakdown(v) or _person(v.text, cue.value, v.st.start)):
        return None  # "Support stood at 9-14% across regions": a measure, not a place
    if (_WITH_BEFORE.search(v.text, max(0, cue.start - 12), cue.start) is not None
            and not _known_place(cue.value)):
        return None  # "with Lula at 47%": after "with", only a known place is a label
    if _party_or_vote(cue.value):
        return None
    return Proposal(cue)


PLACE_LABEL_RULE: Final = GroupRule(
    "place_label", _place_label,
    examples=(
        ("Worry was highest in Chennai, at 58 per cent, followed by Bengaluru (47 per cent) "
         "and Hyderabad (39 per cent).", "39 per cent", "Hyderabad"),
        ("Across the provinces, Pune recorded 31 per cent and Kolkata, which has the oldest "
         "network, 24 per cent.", "24 per cent", "Kolkata"),
        ("By region, the Western Cape recorded 44% and Gauteng 39%.", "44%", "Western Cape"),
        ("There were regional gaps. London had the highest rate of loneliness at 19%, "
         "followed by the north-east at 17%.", "17%", "north-east"),
        ("Regional results vary: approval is above 80 percent on the Gulf coast "
         "(81 percent).", "81 percent", "Gulf coast"),
        ("Residents of Manitoba (74%) and Ontario (70%) are the most likely provinces to "
         "agree.", "70%", "Ontario"),
        ("Residents of Manitoba (74%) and Ontario (70%) agree. The view is held by 61 per "
         "cent in Quebec.", "74%", "Manitoba"),
        ("That view is held by 55 per cent in Quebec, while Saskatchewan (44%) residents "
         "are the least concerned, the regional data show.", "44%", "Saskatchewan"),
        # the breakdown told by a place of the same sentence with its own figure
        ("Voters in Sulawesi gave him 84 percent, while Kalimantan stood at 81.5 percent.",
         "81.5 percent", "Kalimantan"),
        ("Voters in Leinster gave 41 per cent, while Munster stood at 36 per cent.",
         "36 per cent", "Munster"),
        ("Residents in Gauteng gave the DA 29%, while KwaZulu-Natal stood at 19%.", "19%",
         "KwaZulu-Natal"),
        ("Approval in Bavaria reached 38 percent, whereas Saxony stood at 27 percent.",
         "27 percent", "Saxony"),
        ("Voters in Alberta gave him 52%, but Quebec came in at 31%.", "31%", "Quebec"),
        ("By region, he leads at the Coast (40%) and in Western (36%).", "40%", "Coast"),
        ("By region, approval ranged from 71% in the north to 88% in the south-southeast, "
         "with the centre-west at 80%.", "80%", "centre-west"),
        ("By region, support was 52% in the Northeast, with Minas Gerais at 47%.", "47%",
         "Minas Gerais"),
    ),
    near_misses=(
        ("Moderates split between McMorrow (33%) and Stevens (29%).", "29%"),
        ("By region, Labour (41%) leads the Greens (12%).", "12%"),
        ("By province, the ANC (41%) leads the EFF (12%).", "12%"),
        ("Across the regions, the LDP (35%) leads Komeito (6%).", "6%"),
        ("The Left Party has 7.9 percent, and the Christian Democrats 4.4 percent.",
         "4.4 percent"),
        ("Worry was highest in Chennai, at 58 per cent, the survey of five cities found.",
         "58 per cent"),
        ("In Michigan, McMorrow (33%) leads Stevens (29%).", "29%"),
        ("Prices in Leeds rose 4 per cent, while Smith stood at 36 per cent.", "36 per cent"),
        ("The FDP is on 4% and the Left on 3%. Forsa states a margin of 2.5 points.", "3%"),
        ("In Wayne County, Benson drew 45 percent and Duggan 27 percent.", "27 percent"),
        ("Support stood at 9-14 percent across regions.", "9-14 percent"),
        ("Across the states, Demand stood at 44%, the poll found.", "44%"),
        # a person named as one before, by a title or a given name, is no place
        ("Polls put José Ortega ahead. By region, Ortega had 27% in the capital.", "27%"),
        ("By region, in the capital, Iván Cepeda leads; elsewhere Cepeda has 30%.", "30%"),
        ("Across provinces, Dr Mahlangu recorded 38 per cent in the north.", "38 per cent"),
        ("By state, Premier Chris Minns had 47 per cent, the regional data show.",
         "47 per cent"),
        ("Regionally, candidate Okafor had 41%, ahead of the rest.", "41%"),
        # after "with", only a place of the region table is a label
        ("By region, the PT leads, with Lula at 47%.", "47%"),
    ),
)


# -- a place as the subject of its figure's clause ("Finland topped the table with 67%") -------

#: Where a clause about a place starts: a sentence, line or bullet, a clause after a comma or a
#: semicolon, or a join ("with Nigeria on 68%", "while Sweden stood at 31%").
_SUBJECT_START = r"""(?:^|(?<=[.;:!?\n•·▪►*(—–][ \t]*)|(?<=,[ \t]*)|(?<=^[ \t]*-[ \t]*)
                      |(?<=(?<!\w)(?i:with|while|whereas|and|but|followed[ \t]+by|that|found|finds
                                 |shows|showed)[ \t]+))"""
#: Verbs of a place's own standing in a ranking or a breakdown ("topped", "stood", "trailed").
_STANDING_VERB = r"""(?:topped|tops|led|leads|ranked|ranks|came|comes|stood|stands|remained
    |remains|recorded|records|registered|posted|scored|scores|saw|sees|sat|sits|trailed|trails
    |followed|reached|hit|was|were|is|are)"""
_PLACE_SUBJECT = regex.compile(
    rf"""{_SUBJECT_START}(?:the[ \t]+)?(?P<group>{_PLACE_NAME})(?![\w'’\-/])
    (?:[ \t]+(?:again|also|still|alone|too))?
    (?:[ \t]*\([ \t]*                                  # Denmark (56%)
     | [ \t]+(?:on|at)[ \t]+                           # Nigeria on 68%
     | [ \t]+{_STANDING_VERB}                          # Finland topped the table, with 67%
       (?:[ \t]+(?:[^\d;:()%\n.!?]|\.(?=\w)){{1,80}}?)?[ \t,]+(?:(?:at|on|with|to|of)[ \t]+)?
     | (?P<bare>[ \t]+                     # • Victoria 58% (59%); ", and Australia 43%"
       (?:[0-9][0-9.,]*[ \t]*(?:%|(?i:per[ \t]?cent|percent))?[ \t]*\([ \t]*)?)
    )
    (?:(?:just|only|about|around|some|nearly|almost|roughly)[ \t]+)?\Z""",
    regex.VERBOSE | regex.MULTILINE,
)
#: Where a place subject can start: before a capital letter, at a clause's start.
_PLACE_SUBJECT_AT: Final = Anchored(_PLACE_SUBJECT, regex.compile(
    rf"{_SUBJECT_START}(?:the[ \t]+)?(?:rest[ \t]+of[ \t]+(?:the[ \t]+)?)?\p{{Lu}}",
    regex.VERBOSE | regex.MULTILINE))
#: Words of a heading that breaks figures down by place: "vote by state", "by region".
_BY_PLACE_HEADING = regex.compile(
    r"""(?<!\w)(?i:by|per|across|in[ \t]+each)[ \t]+(?:the[ \t]+)?
        (?i:states?|regions?|provinces?|cities|city|zones?|counties|county|districts?
         |territories|territory|countries|country|markets?|nations?)(?!\w)""",
    regex.VERBOSE,
)
#: The join of an ellipsis before a place and its bare figure: "Canada 39%, and Australia 43%".
_ELLIPSIS = regex.compile(r"(?:,|(?<!\w)(?:and|while|whereas|but))[ \t]+(?:the[ \t]+)?\Z")
_BULLETS: Final = "•·▪►*-–"
_SUBJECT_REACH: Final = 160  # characters before the figure where its place subject may stand
_HEADING_REACH: Final = 600  # characters before a bullet where its list's heading may stand


def _bullet_heading(text: str, at: int) -> bool:
    """Whether the bullet line at ``at`` is one of a list whose heading (the last line before
    the list that is no bullet) says it breaks figures down by place ("... by state:")."""
    pos = at
    lo = max(0, at - _HEADING_REACH)
    while pos > lo:
        start = text.rfind("\n", lo, pos - 1) + 1
        line = text[start:pos].strip()
        if line and line[0] not in _BULLETS:
            return _BY_PLACE_HEADING.search(line) is not None
        if start <= lo:
            break
        pos = start
    return False


def _place_subject(v: GroupView) -> Proposal | None:
    """``Finland topped the table, with 67% ...``, ``Denmark (56%) and Norway (54%)``,
    ``with Nigeria on 68%``, ``• Victoria 58% (59%)``: a place named as the subject (or the
    label) of its figure's clause, in a breakdown: a country of a survey that spans many
    countries, a place of the region table in a breakdown by place, or the place of a bullet
    under a heading that breaks figures down by place."""
    if v.st.kind not in ("share", "change", "ratio"):
        return None
    m = v.sentence.last(_PLACE_SUBJECT_AT, max(v.start, v.st.start - _SUBJECT_REACH),
                        v.st.start)
    if m is None or m.end() != v.st.start:
        return None
    s, e = m.span("group")
    name = v.text[s:e]
    if name[:4].lower() == "the ":
        s, name = s + 4, name[4:]
    line = v.text.rfind("\n", max(0, s - _HEADING_REACH), s) + 1
    bullet = (line > 0 or s <= _HEADING_REACH) and v.text[line:s].strip()[:1] in _BULLETS
    if m["bare"] is not None and not (bullet or _ELLIPSIS.search(v.text, line, s)):
        return None  # a label right before its figure: a bullet's, or a list's ellipsis
    key = group_key(name) or ""
    if ";" in key or not key.startswith(("country=", "region=")):
        return None  # a party ("Labour leads on 38%"), a person, a measure
    if key.startswith("country="):
        if not v.countries or _country_of(name) is None or _whole_survey(v):
            return None  # one country alone is the survey's own population
        return _country_cue(v.text, s, e)
    known = key[7:].lower() in REGION_NAMES
    if not ((bullet and _bullet_heading(v.text, line))
            or (known and v.survey and _breakdown(v))):
        return None
    return Proposal(Cue(" ".join(name.split()), s, e, v.text[s:e]))




PLACE_SUBJECT_RULE: Final = GroupRule(
    "place_subject", _place_subject,
    examples=(
        ("The survey covered 40 markets. Finland again led the ranking, with 71% trusting "
         "the news.", "71%", "Finland"),
        ("Across 24 countries, optimism was mixed. Brazil (62%) and Mexico (58%) were the "
         "most hopeful.", "58%", "Mexico"),
        ("In the 30-nation poll, Kenya stood at 68%, while Japan trailed on 21%.", "21%",
         "Japan"),
        ("The global survey found Germany remained near the bottom of the table at 27 "
         "percent.", "27 percent", "Germany"),
        ("Across 18 markets, trust fell, with Spain on 31 per cent and Ireland on 46 per "
         "cent.", "46 per cent", "Ireland"),
        ("Support by province (last month in brackets):\n• Gauteng 41% (44%)\n"
         "• Western Cape 23% (22%)", "23%", "Western Cape"),
        ("Two-party vote by state:\n\n• New South Wales 52% (51%)\n• Tasmania 57% (55%)",
         "55%", "Tasmania"),
        ("Intention by region:\n- Bavaria 38%\n- Saxony 31%", "31%", "Saxony"),
        ("Across the 20 markets, Canada recorded 39%, and Australia 43%.", "43%",
         "Australia"),
        ("The Leger poll breaks results down by province: Alberta stood at 61 per cent, "
         "while Quebec trailed at 48 per cent.", "48 per cent", "Quebec"),
        ("The Ipsos poll by region: Dublin was at 40 per cent, while the rest of Leinster "
         "stood at 46 per cent.", "46 per cent", "rest of Leinster"),
    ),
    near_misses=(
        # one country alone: the survey's own population
        ("Canada recorded 39% approval in the Angus Reid poll.", "39%"),
        # parties and candidates are the measure
        ("The 12-market study found Labour on 38% and Reform on 27%.", "27%"),
        ("Primary vote (last poll in brackets):\n• Labor 34% (35%)\n• Greens 12% (12%)",
         "12%"),
        ("Preferred premier:\n• Albanese 47% (49%)\n• Dutton 29% (31%)", "29%"),
        # the whole survey
        ("Across 24 countries, the global average stood at 44%.", "44%"),
        # a figure between the place and this one
        ("Across 30 countries polled, Chile stood at 58% in March and 61% in May.", "61%"),
        ("Reasons given:\n• Inflation 41%\n• Housing 23%", "23%"),
        ("The Abacus poll has the Liberals at 41%, and Carney 38%.", "38%"),
        ("In the Ipsos poll, Ireland recorded 44%, and France 39%.", "39%"),
    ),
)


# -- "there": the place named just before ----------------------------------------------------

#: "there" as a place adverb ("Approval there fell to 74.6 percent", "leads there 51.5 per
#: cent"), not the subject of "there is/are ..." nor "from/out there".
_THERE = regex.compile(
    r"""(?<!\w)(?<!(?:from|out|over|up|down|in)[ \t])[Tt]here(?!\w)
    (?<!(?:^|[.!?;:,(—–\n]|(?<!\w)(?i:and|but|while|whereas|that|because|if|as|when|so|since
                                     |although|though))[ \t"“]*[Tt]here   # a clause's "there is"
       (?=[ \t]+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|should|must
                 |seems?|seemed|appears?|appeared|remains?|remained|been|be|being)(?!\w)))""",
    regex.VERBOSE,
)
#: A place named where "there" can point back to it: after in/on/across, or a sentence that
#: opens with it as its subject ("Queensland is the exception.").
_THERE_PLACE = regex.compile(
    rf"""(?:(?<!\w)(?<!(?<!\w)(?i:{_OF_NOUN})[ \t])(?:[Ii]n|[Oo]n|[Aa]cross)[ \t]+
          (?P<group>{_PLACE})(?![\w'’/])
        | (?:^|(?<=[.!?]["”]?[ \t]+)|(?<=\n))(?P<group>{_PLACE})
          [ \t]+(?:is|was|were|are|has|had|remains|remained|saw|stood|showed|stands)(?!\w))""",
    regex.VERBOSE,
)
_SENTENCE_END = regex.compile(r"[.!?][\s\n]")
_THERE_REACH: Final = 300  # characters before "there" where its place may be named


def _place_there(v: GroupView) -> Proposal | None:
    """``Queensland is the exception. The L-NP now leads there 51.5 per cent to 48.5 per
    cent``: "there" before a survey figure in its sentence points to the place named last
    before it, in its sentence or the one before (never past a line break)."""
    if not _survey_share(v):
        return None
    # "there" within reach of the figure (a scan from the sentence's start for every figure
    # would cost quadratic time in a long sentence of figures)
    there = _last(_THERE, v.text, max(v.start, v.st.start - _THERE_REACH), v.st.start)
    if there is None:
        return None
    lo = max(0, there.start() - _THERE_REACH)
    lo = max(lo, v.text.rfind("\n", lo, there.start()) + 1)  # never past a line break
    found = None
    for m in _THERE_PLACE.finditer(v.text, lo, there.start(), overlapped=True):
        cut = _SENTENCE_END.search(m["group"])
        if cut is not None:  # "on Java. Approval": the name ends with its sentence
            m = _THERE_PLACE.match(v.text, m.start(), m.start("group") + cut.start())
        if m is not None and _place(v.text, m) is not None:
            found = m
    return None if found is None else _place_proposal(v, found)


PLACE_THERE_RULE: Final = GroupRule(
    "place_there", _place_there, needs=("there",),
    examples=(
        ("Queensland is the exception. The Coalition now leads there 51.5 per cent to 48.5 "
         "per cent.", "48.5 per cent", "Queensland"),
        ("The biggest change was on Java. Approval there fell to 74.6 percent.",
         "74.6 percent", "Java"),
        ("The party is strongest in Bavaria, where it governs. Support there is 38%.", "38%",
         "Bavaria"),
        ("Turnout was lowest in the Western Cape. The poll puts the DA there on 44%.", "44%",
         "Western Cape"),
        ("In Munster, the mood has soured. Backing for the Government there is down to "
         "29 per cent.", "29 per cent", "Munster"),
        ("Alberta stands apart. Trust in Ottawa there is just 22 per cent, Leger says.",
         "22 per cent", "Alberta"),
    ),
    near_misses=(
        ("In Bavaria, the CSU governs. There are 38% who approve.", "38%"),
        ("The poll was taken in March. Support there is 38%.", "38%"),
        ("Voters in Leeds were asked.\nSupport there is 38%.", "38%"),
        ("He moved from there in Ontario. Some 38% agree.", "38%"),
    ),
)


# -- a sector of a business survey ("In retail, 49% ...") ------------------------------------

_SECTOR_OPENING = regex.compile(
    r"""(?:(?<=(?:^|[.!?\n])[ \t"“]*)|(?<=[,;:][ \t]*)|(?<=(?<!\w)(?:while|whereas|but|and)[ \t]+))
    [Ii]n[ \t]+(?P<group>[a-z][\w\-]*(?:(?:,[ \t]+|[ \t]+(?:and[ \t]+)?)[a-z][\w\-]*){0,4}?)
    (?:[ \t]*,[ \t]*|[ \t]+)(?:(?:just|only|about|some|nearly|almost)[ \t]+)?\Z""",
    regex.VERBOSE,
)


def _sector_opening(v: GroupView) -> Proposal | None:
    """``In consumer goods and retail, 49% said ...``, ``while in technology, media and
    telecoms only 19% said the same``: a clause that opens with a sector the key tables know,
    right before its figure."""
    if v.st.kind not in ("share", "change", "ratio"):
        return None
    m = _SECTOR_OPENING.search(v.text, max(v.start, v.lo), v.st.start)
    if m is None:
        return None
    key = group_key(m["group"]) or ""
    if not key or not all(part.startswith("sector=") for part in key.split("; ")):
        return None
    s, e = m.span("group")
    return Proposal(span_cue(v.text, s, e))


SECTOR_OPENING_RULE: Final = GroupRule(
    "sector_opening", _sector_opening, needs=("in",),
    examples=(
        ("In consumer goods and retail, 49% said they were delaying spending.", "49%",
         "consumer goods and retail"),
        ("Hiring slowed, while in technology, media and telecoms only 19% said the same.",
         "19%", "technology, media and telecoms"),
        ("In construction 61% of firms reported shortages.", "61%", "construction"),
        ("Margins held up; in hospitality, 38% expect a rise.", "38%", "hospitality"),
        ("In manufacturing, just 22% plan to hire.", "22%", "manufacturing"),
    ),
    near_misses=(
        ("In total, 49% said they were delaying spending.", "49%"),
        ("In particular, 38% expect a rise.", "38%"),
        ("In rural areas, 61% oppose it.", "61%"),
    ),
)


_SECTOR_AFTER = regex.compile(
    r"""[ \t]+in[ \t]+(?:the[ \t]+)?
    (?P<group>[a-z][\w\-]*(?:(?:,[ \t]+|[ \t]+(?:and[ \t]+)?)[a-z][\w\-]*){0,3}?)
    (?=[ \t]*(?:[,;.:)]|\Z|[ \t](?:and|while|but|whereas|compared|against|versus)(?!\w)))""",
    regex.VERBOSE,
)


def _sector_after(v: GroupView) -> Proposal | None:
    """``compared with 41pc in financial services and just 29pc in the public sector``: a
    sector the key tables know right after the figure."""
    if v.st.kind not in ("share", "change", "ratio"):
        return None
    m = _SECTOR_AFTER.match(v.text, v.st.end, v.hi)
    if m is None:
        return None
    key = group_key(m["group"]) or ""
    if not key or not all(part.startswith("sector=") for part in key.split("; ")):
        return None
    s, e = m.span("group")
    return Proposal(span_cue(v.text, s, e))


SECTOR_AFTER_RULE: Final = GroupRule(
    "sector_after", _sector_after, after_figure=True, needs=("in",),
    examples=(
        ("Some 58pc plan to move, compared with 41pc in financial services.", "41pc",
         "financial services"),
        ("Hiring intentions are 29% in the public sector and 44% in construction.", "29%",
         "public sector"),
        ("Intentions stood at 12 per cent in retail, the lowest of any sector.",
         "12 per cent", "retail"),
        ("Margins fell 3% in hospitality, the survey found.", "3%", "hospitality"),
        ("Confidence is 61% in construction, against 48% in manufacturing.", "48%",
         "manufacturing"),
    ),
    near_misses=(
        ("Some 41pc in total plan to move.", "41pc"),
        ("Some 41pc in particular plan to move.", "41pc"),
        ("Prices rose 3% in real terms.", "3%"),
    ),
)


# -- a country of a multi-country survey told before its figure ("In India, 61% ...") --------

#: A country where a breakdown names it before its figure: "In India,", "in the UK",
#: "followed by Brazil (", "and Spain (".
_COUNTRY_BEFORE = regex.compile(
    rf"""(?:(?<!\w)(?<!(?<!\w)(?i:{_OF_NOUN})[ \t])   # "trust in the EU": what is measured
            [Ii]n[ \t]+(?P<group>{_PLACE_NAME})(?![\w'’\-/])(?![ \t]*\()
          | (?<!\w)(?:(?i:followed[ \t]+by|alongside|behind|trailed[ \t]+by)|and|or|while|with|,)
            [ \t]+(?:the[ \t]+)?(?P<group>{_PLACE_NAME})[ \t]*\(
          | (?<!\w)(?:(?i:followed[ \t]+by)|and|or|while|,)[ \t]+(?:the[ \t]+)?
            (?P<group>{_PLACE_NAME})
            [ \t]+(?:at|on|with)[ \t])          # followed by India at 69%, and Ireland on 68%""",
    regex.VERBOSE,
)
#: Where a country before a figure can be named: "in"/"In", "followed by", a join, a comma.
_COUNTRY_BEFORE_AT: Final = Anchored(_COUNTRY_BEFORE, regex.compile(
    r"(?<!\w)(?:[Ii]n|(?i:followed|alongside|behind|trailed)|and|or|while|with|,)"))
#: Any country named "in": to count the countries a paragraph breaks a survey down by (a
#: label list alone, "a favourable view of China (81%), Brazil (55%)", names what is rated).
_COUNTRY_MENTION = regex.compile(
    rf"""(?:(?<!\w)[Ii]n[ \t]+(?P<group>{_PLACE_NAME})(?![\w'’\-/])
          | (?<!\w)(?i:followed[ \t]+by)[ \t]+(?:the[ \t]+)?(?P<group>{_PLACE_NAME})[ \t]*\()""",
    regex.VERBOSE,
)
#: The people right after a figure: "61% of workers", "44% of women under 35".
_OF_PEOPLE = regex.compile(r"[ \t]+of[ \t]+(?:(?:all|the)[ \t]+)?(?P<group>[^,;:.()\n]{1,60})")
#: ... or after "among": "79 per cent among respondents in the euro area".
_AMONG_PEOPLE = regex.compile(
    r"[ \t]+among[ \t]+(?:(?:all|the)[ \t]+)?(?P<group>[^,;:.()\n]{1,60})")
#: Dimensions of a survey's whole sample (workers, employees): no group of their own.
_SAMPLE_PARTS: Final = ("employment=", "sector=", "country=", "other=")
_FOLLOWED = regex.compile(r"(?<!\w)(?:followed[ \t]+by|ahead[ \t]+of|then|alongside|behind"
                          r"|trailed[ \t]+by)[ \t]", regex.IGNORECASE)
_COUNTRY_REACH: Final = 600  # characters of the paragraph before the figure read for countries


def _paragraph_countries(v: GroupView) -> set[str]:
    """The countries a breakdown names in the figure's paragraph (before and after it)."""
    lo = max(v.text.rfind("\n", max(0, v.start - _COUNTRY_REACH), v.start) + 1,
             v.start - _COUNTRY_REACH, 0)
    hi = v.text.find("\n", v.end, v.end + _COUNTRY_REACH)  # within reach only
    hi = min(len(v.text), v.end + _COUNTRY_REACH if hi < 0 else hi)
    return {c for m in _COUNTRY_MENTION.finditer(v.text, lo, hi)
            if (c := _country_of(m["group"])) is not None}


def _country_before(v: GroupView) -> Proposal | None:
    """``In India, 61% said ...``, ``followed by Brazil (53%)``, ``in Japan the figure was just
    19%``: in a paragraph that breaks a survey down by two or more countries, the last country
    named before a figure in its sentence is its group (one country alone is the survey's own
    population)."""
    if v.st.kind not in ("share", "change", "ratio") or not (v.survey or v.countries):
        return None
    m = v.sentence.last(_COUNTRY_BEFORE_AT, max(v.start, v.st.start - _COUNTRY_REACH),
                        v.st.start)
    if m is None or _country_of(m["group"]) is None:
        return None
    # a label stands right before its own figure, in a sentence that ranks countries
    # ("followed by Peru (51%)"), not in a list of what is rated ("a view of China (81%)")
    if m.group(0).endswith("(") and (v.text[m.end():v.st.start].strip()
                                     or _FOLLOWED.search(v.text, v.start, m.end()) is None):
        return None
    if _SAID.search(v.text, m.end(), v.st.start) is not None:
        return None
    after = _COUNTRY_AFTER.match(v.text, v.st.end, v.hi)
    if after is not None and _country_of(after["group"]) is not None:
        return None  # "... but 41% in Austria": its own country, after it
    among = _AMONG_PEOPLE.match(v.text, v.st.end, v.hi)
    if among is not None and group_key(among["group"]) is not None:
        return None  # "against 79 per cent among respondents in the euro area"
    of = _OF_PEOPLE.match(v.text, v.st.end, v.hi)
    if of is not None and any(not part.startswith(_SAMPLE_PARTS)
                              for part in (group_key(of["group"]) or "").split("; ") if part):
        return None  # "In India, 61% of women": the women of India, a group of its own
    if _whole_survey(v) or (not v.countries and len(_paragraph_countries(v)) < 2):
        return None
    return _country_cue(v.text, *m.span("group"))


COUNTRY_BEFORE_RULE: Final = GroupRule(
    "country_before", _country_before,
    examples=(
        ("The poll covered 30 countries. In Mexico, 58% of adults agreed, followed by Peru "
         "(51%) and Chile (44%).", "51%", "Peru"),
        ("The poll covered 30 countries. In Mexico, 58% of adults agreed, followed by Peru "
         "(51%) and Chile (44%).", "58%", "Mexico"),
        ("Across the 18 countries polled, Canada sat near the bottom alongside Italy (39%) "
         "and Spain (41%).", "39%", "Italy"),
        ("Across the 12 markets surveyed, trust was 41 per cent in Ireland, while in Canada "
         "the figure was just 29 per cent.", "29 per cent", "Canada"),
        ("In South Africa the survey found 62% worried, and in Nigeria 71%.", "71%",
         "Nigeria"),
        ("Staff in France were least keen at 23%, while in the United States support rose "
         "4 points to 38%.", "38%", "United States"),
        ("In Germany, the share fell to 33 percent; in India it was 64 percent.",
         "64 percent", "India"),
        ("The survey spans 18 markets. In Brazil, 57% of employees want a four-day week, "
         "against 34% in Japan.", "57%", "Brazil"),
        # one country alone in its paragraph, in a document whose survey spans many countries
        ("The Edelman survey covered 28 markets.\n\nIn India, trust in business stood at "
         "79%, up 3 points.", "79%", "India"),
        ("The KPMG global survey of CEOs is out.\n\nIn Ireland the figure was 37 per cent.",
         "37 per cent", "Ireland"),
        ("Across the 30 countries polled, crime leads.\n\nInflation remains the main worry "
         "in Argentina, though there it has fallen to 38%.", "38%", "Argentina"),
        ("The 24-nation Pew study is out.\n\nSingapore leads, followed by Canada at 69 per "
         "cent.", "69 per cent", "Canada"),
        ("Figures are a global country average.\n\nIn Germany, just 24 percent plan to "
         "hire.", "24 percent", "Germany"),
        ("Across 35 markets, workers in the UK sat close to the global average at 37 per "
         "cent.", "37 per cent", "UK"),
        ("The Eurobarometer covers 27 member states. Denmark leads on 74 per cent, "
         "followed by Finland on 71 per cent and Ireland on 68 per cent.", "68 per cent",
         "Ireland"),
        ("In the 24-nation Pew survey, Canada was on 58%, while Mexico on 49% trailed.",
         "49%", "Mexico"),
    ),
    near_misses=(
        ("In Canada, 38% of voters back the Liberals, the Abacus poll found.", "38%"),
        ("Russians named the US (76%) as the main enemy, the Levada poll found.", "76%"),
        ("In Ireland, 38% agreed. Exports to France fell, but 41% agreed in the poll.",
         "41%"),
        ("In Kenya, Ruto said, 44% of voters back him, while 31% in the poll disagree.",
         "44%"),
        ("In Hungary trust stood at 64% but it was 41% in Austria.", "41%"),
        ("In Spain and in Italy, adults had a favourable view of China (41%), Brazil (35%) "
         "and Turkey (22%), with 17% rating Israel well.", "17%"),
        ("In Spain and in Italy, adults had a favourable view of China (41%), Brazil (35%) "
         "and Turkey (22%).", "35%"),
        ("The poll covered 12 markets. In Brazil, 57% of women under 35 agree, and 41% in "
         "Chile.", "57%"),
        # a figure of the whole survey has no country
        ("The survey spans 30 countries. In India, terrorism worries 16%, double the global "
         "average of 7%.", "7%"),
        ("The survey spans 30 countries. In India healthcare is cited by 23% globally.",
         "23%"),
        ("The 30-country survey found that trust in the EU reached 58%.", "58%"),
        # a single-country poll naming another country: no breakdown
        ("The YouGov poll of Britons found that in France, 41% of holidaymakers felt "
         "welcome.", "41%"),
        ("Asked about the US, 44% of Canadians in the Abacus poll were wary.", "44%"),
    ),
)


#: A list of countries each labelled with its figure, opened by "in": "the top worry in Chile
#: (63%), Peru (61%) and Sweden (52%)"; ``group`` is the country right before the figure.
_COUNTRY_LIST = regex.compile(
    rf"""(?<!\w)[Ii]n[ \t]+(?:the[ \t]+)?
    (?:{_PLACE_NAME}[ \t]*\([^()\n]{{1,20}}\)(?:[ \t]*,|,?[ \t]+and)[ \t]+(?:the[ \t]+)?){{0,9}}
    (?P<group>{_PLACE_NAME})[ \t]*\([ \t]*\Z""",
    regex.VERBOSE,
)


def _country_list(v: GroupView) -> Proposal | None:
    """``Crime is the top worry in Chile (63%), Peru (61%) and Sweden (52%)``: in a document
    whose survey spans many countries, a country labelled with its figure in a list opened by
    "in" is the figure's group (a list without "in", "a favourable view of China (81%)",
    names what is rated)."""
    if not v.countries or v.st.kind not in ("share", "change", "ratio"):
        return None
    m = _COUNTRY_LIST.search(v.text, max(v.start, v.st.start - 240), v.st.start)
    if m is None or _country_of(m["group"]) is None:
        return None
    return _country_cue(v.text, *m.span("group"))


COUNTRY_LIST_RULE: Final = GroupRule(
    "country_list", _country_list,
    examples=(
        ("The poll spans 30 countries. Crime is the top worry in Chile (63%), Peru (61%) and "
         "Sweden (52%).", "61%", "Peru"),
        ("The poll spans 30 countries. Crime is the top worry in Chile (63%), Peru (61%) and "
         "Sweden (52%).", "52%", "Sweden"),
        ("In the 24-nation survey, trust was highest in India (71 per cent) and Indonesia "
         "(68 per cent).", "71 per cent", "India"),
        ("Optimism in the global study peaked in Nigeria (58%), Kenya (55%) and South Africa "
         "(49%).", "49%", "South Africa"),
        ("Across 18 markets, Gen Z workers were keenest in Brazil (64 percent), Mexico "
         "(61 percent) and Colombia (57 percent).", "61 percent", "Mexico"),
        ("Angus Reid's international poll put support highest in Denmark (58 per cent), "
         "ahead of Canada (51 per cent).", "58 per cent", "Denmark"),
    ),
    near_misses=(
        # one country's poll rating others: what is rated, not a group
        ("Britons had a favourable view of France (54%), Germany (51%) and Italy (49%).",
         "51%"),
        ("The Levada poll found Russians named the US (76%) and Britain (41%) as enemies.",
         "41%"),
        ("Crime is the top worry in Chile (63%), the Cadem poll found.", "63%"),
        ("The poll spans 30 countries. Crime is the top worry in Santiago (63%) and "
         "Valparaíso (51%).", "51%"),
        ("The poll spans 30 countries. Crime is the top worry (63%) and inflation (51%) "
         "next.", "51%"),
    ),
)


#: A paragraph that opens with its country: "In India, ...", "In the US the survey ...".
_PARA_COUNTRY = regex.compile(
    rf"""[ \t"“•·*\-–]*In[ \t]+(?P<group>{_PLACE_NAME})(?![\w'’\-/])
    (?:[ \t]*,|[ \t]+(?=the[ \t]))""",
    regex.VERBOSE,
)
_WORD_CAP = regex.compile(r"(?<![\w'’])\p{Lu}[\w'’\-]*")
_GLOBAL_WORD = regex.compile(r"(?<!\w)(?i:global(?:ly)?|worldwide|international(?:ly)?)(?!\w)")


#: A later sentence of the paragraph that opens with a group: "... . Among Irish respondents
#: aged 15 to 24, 82 per cent ..." (its frame, not the paragraph's country, carries on).
_LATER_FRAME = regex.compile(r"(?<=[.!?][\"”’]?[ \t]+)(?i:among|of)[ \t][^,.;\n]{2,60},")


def _country_paragraph(v: GroupView) -> Proposal | None:
    """``In India, unemployment led at 41%. Concern has eased since June, when it stood at
    45%``: in a document whose survey spans many countries, a paragraph that opens with its
    country frames its later figures, until another country (or its people) is named."""
    if not v.countries or v.st.kind not in ("share", "change", "ratio") or _whole_survey(v):
        return None
    at = v.st.start
    nl = v.text.rfind("\n", max(0, at - _COUNTRY_REACH), at)
    if nl < 0 and at > _COUNTRY_REACH:
        return None  # the paragraph's start is out of reach
    p0 = nl + 1
    ends = _last(_SENTENCE_END, v.text, p0, at)
    if ends is None:
        return None  # the figure's own sentence opens the paragraph (country_before reads it)
    m = _PARA_COUNTRY.match(v.text, p0, at)
    if m is None or (own := _country_of(m["group"])) is None:
        return None
    for other in _COUNTRY_MENTION.finditer(v.text, m.end(), at):
        if _country_of(other["group"]) not in (None, own):
            return None
    if _GLOBAL_WORD.search(v.text, ends.end(), at) is not None:
        return None  # "Globally, 27% named it": the whole survey's
    if _LATER_FRAME.search(v.text, m.end(), at) is not None:
        return None  # "Among those aged 15 to 24, ...": a group frame carries instead
    for w in _WORD_CAP.finditer(v.text, ends.end(), at):  # "Americans' top concerns"
        word = w.group().rstrip("'’")
        key = group_key(word) or ""
        if key.startswith("country=") or _country_of(word) not in (None, own):
            return None
    return _country_cue(v.text, *m.span("group"))


COUNTRY_PARAGRAPH_RULE: Final = GroupRule(
    "country_paragraph", _country_paragraph,
    examples=(
        ("The poll spans 30 countries.\nIn India, jobs led at 41%. Concern has eased since "
         "June, when it stood at 45%.", "45%", "India"),
        ("Edelman surveyed 28 markets.\nIn Ireland, trust rose. The share trusting "
         "business is now 61 per cent.", "61 per cent", "Ireland"),
        ("The global CEO survey is out.\nIn Germany the mood soured. Just 24 percent "
         "plan to hire, down 6 points.", "24 percent", "Germany"),
        ("The 24-nation Pew study is out.\nIn South Africa, views split. About 48% "
         "favour the plan.", "48%", "South Africa"),
        ("Across 18 markets, views vary.\nIn Canada, workers are wary. Some 37 per cent "
         "would quit over it.", "37 per cent", "Canada"),
        ("The 30-country Ipsos study is out.\nIn Spain, optimism fell. Half of those "
         "polled expect a recession, and 38% fear for their job.", "38%", "Spain"),
    ),
    near_misses=(
        ("In India, jobs led at 41%. Concern has eased since June, when it stood at 45%.",
         "45%"),
        ("The poll spans 30 countries.\nIn India, jobs led. Globally, 27% named it.", "27%"),
        ("The poll spans 30 countries.\nIn India, jobs led. It is well above the global "
         "average of 7%.", "7%"),
        ("The poll spans 30 countries.\nIn the US, jobs led. Americans' main worry is "
         "inflation (35%).", "35%"),
        ("The poll spans 30 countries.\nIn India, jobs led. Worry in Brazil is 52%.",
         "52%"),
        ("The poll spans 30 countries.\nIn Kenya, trust rose. Among those aged 18 to 24, "
         "trust is 61%. Nearly half of them (47%) use radio.", "47%"),
    ),
)


# -- areas and income bands written in lower case ("in rural areas", "in the second quintile") -

#: An area of a country by its kind, or a band of a distribution: "rural areas", "urban
#: areas", "remote communities", "the second quintile", "the lowest income decile".
_AREA = r"""(?:
    (?i:rural|urban|suburban|remote|regional|metropolitan|metro|inner-city|coastal)
      [ \t]+(?i:areas?|communities|towns|districts|regions|settings)
  | the[ \t]+(?i:lowest|highest|top|bottom|poorest|richest|wealthiest|middle|first|second|third
              |fourth|fifth|[1-9](?:st|nd|rd|th)|[1-9]0th)
      [ \t]+(?:(?i:income|wealth|earnings|household[ \t]+income)[ \t]+)?
      (?i:quintile|decile|quartile|tercile)
    )(?![\w\-])"""
_AREA_AFTER = regex.compile(  # "52.0 per cent in urban areas"
    rf"[ \t]+in[ \t]+(?P<group>{_AREA})", regex.VERBOSE)
#: one word between an area and its figure ("it", "was", "the", "rate", "2.5"): possessive,
#: so the words and the spaces between them are read one way only
_AREA_WORD: Final = r"(?:[^\s;:()\n.!?,]|(?<=\d)\.(?=\d)){1,20}+"
_AREA_BEFORE = regex.compile(  # "In rural areas it was 63.7 per cent", "; in the top decile, 5%"
    rf"""(?:^|(?<=[.;:!?\n][ \t]*)|(?<=(?<!\w)(?i:while|whereas|but|and)[ \t]+))
    [Ii]n[ \t]+(?P<group>{_AREA})(?:[ \t]*+,)?[ \t]++
    (?:{_AREA_WORD}(?:[ \t]++{_AREA_WORD}){{0,9}}[ \t]++)?  # it was, the rate rose by
    (?:(?:at|on|to|by|of|was|is|were|stood[ \t]+at)[ \t]+)?
    (?:(?:just|only|about|around|some|nearly|almost|roughly)[ \t]+)?\Z""",
    regex.VERBOSE | regex.MULTILINE,
)
_AREA_BEFORE_AT: Final = Anchored(_AREA_BEFORE, regex.compile(
    r"(?<!\w)[Ii]n[ \t]+(?=\S)"))


def _area(v: GroupView) -> Proposal | None:
    """``52.0 per cent in urban areas``, ``In rural areas it was 63.7 per cent``, ``In the
    second quintile the rate rose to 24.9 per cent``: an area of the country by its kind or a
    band of the income distribution, right after its figure or opening its clause."""
    if v.st.kind not in ("share", "change", "ratio"):
        return None
    m = _AREA_AFTER.match(v.text, v.st.end, v.hi)
    if m is None:
        m = v.sentence.last(_AREA_BEFORE_AT, max(v.start, v.st.start - 90), v.st.start)
        if m is None or m.end() != v.st.start:
            return None
    s, e = m.span("group")
    if v.text[s:s + 4].lower() == "the ":
        s += 4
    return Proposal(span_cue(v.text, s, e))


AREA_RULE: Final = GroupRule(
    "area", _area, needs=(  # the noun of every area and band
        "area", "communities", "towns", "districts", "regions", "settings", "quintile",
        "decile", "quartile", "tercile"),
    examples=(
        ("Unemployment was 4.1 per cent in rural areas, the NSO said.", "4.1 per cent",
         "rural areas"),
        ("In urban areas it was 52 per cent, against 61 per cent in rural areas.",
         "52 per cent", "urban areas"),
        ("In urban areas it was 52 per cent, against 61 per cent in rural areas.",
         "61 per cent", "rural areas"),
        ("In the second quintile the rate rose by 1.2 points to 22.4 per cent.", "22.4 per cent",
         "second quintile"),
        ("Food insecurity reached 31% in the lowest income decile, Statistics Canada said.",
         "31%", "lowest income decile"),
        ("Broadband take-up lags in remote communities; in metropolitan areas it is 88 "
         "percent.", "88 percent", "metropolitan areas"),
        ("Trust was 44% overall, while in suburban areas it stood at 49%.", "49%",
         "suburban areas"),
    ),
    near_misses=(
        ("Of those in rural areas, 41% agree.", "41%"),
        ("Unemployment was 4.1 per cent in March, the NSO said.", "4.1 per cent"),
        ("The rural share of 41 per cent is high.", "41 per cent"),
        ("In the second half the rate rose to 22.4 per cent.", "22.4 per cent"),
        ("In urban areas of Kenya, the poll finds 2,000 people in 12 towns.", "2,000 people"),
    ),
)


# -- a place as the object of a verb of winning it ("Ruto dominates the Rift Valley (61%)") ----

#: Verbs a candidate or side holds a place by, in a breakdown by place: "dominates", "carries",
#: "sweeps", "commands", "wins", "takes" (not "leads" or "beats": their object is a rival).
_TERRITORY_VERB = r"""(?:dominates|dominated|dominate|carries|carried|carry|sweeps|swept|sweep
    |commands|commanded|command|wins|won|win|takes|took|take)"""
_TERRITORY = regex.compile(
    rf"""(?<!\w){_TERRITORY_VERB}
    (?:[ \t]+(?:narrowly|comfortably|easily|handily|clearly|also|still|again))?
    [ \t]+(?:the[ \t]+)?(?P<group>{_LABEL_PLACE})(?![\w'’/])
    (?:[ \t]+(?!(?:with|by|at|on)(?!\w))[^\W\d][\w'’\-]*+){{0,6}}?  # "suburbs outside Dallas"
    (?:[ \t]*[,(][ \t]*|[ \t]+)(?:(?:with|by|at|on)[ \t]+)?
    (?:(?:just|only|about|around|some|nearly|almost|roughly)[ \t]+)?\Z""",
    regex.VERBOSE,
)
_TERRITORY_AT: Final = Anchored(_TERRITORY, regex.compile(
    rf"(?<!\w){_TERRITORY_VERB}(?!\w)", regex.VERBOSE))
#: The first figure of a split right before this one: "55 percent to " (the place is both's).
_SPLIT_BEFORE = regex.compile(
    r"""(?r)(?<![\w.,])[0-9][0-9.,]*[ \t]*(?:%|(?i:per[ \t]?cent|percent))?[ \t]*
        (?:to|-|–|against|vs\.?|versus)[ \t]*\Z""",
    regex.VERBOSE,
)


def _territory(v: GroupView) -> Proposal | None:
    """``Ruto dominates the Rift Valley (61%)``, ``Halvorsen carries the suburbs of Collin
    County 55 percent to 36 percent``, ``Musyoka commands Ukambani with 58%``: in a breakdown
    by place, the place a candidate wins is the group of the figure (and of the second figure
    of its split); a party or a country is not."""
    if v.st.kind not in ("share", "change", "ratio") or not v.survey:
        return None
    at = v.st.start
    split = _SPLIT_BEFORE.search(v.text, max(v.start, at - 30), at)
    if split is not None:
        at = split.start()
    m = v.sentence.last(_TERRITORY_AT, max(v.lo, v.start), at)
    if m is None or m.end() != at:
        return None
    cue = _place(v.text, m)
    if (cue is None or not cue.value[:1].isupper() or not _breakdown(v)
            or _person(v.text, cue.value, v.st.start)):
        return None
    if _party_or_vote(cue.value):
        return None
    return Proposal(cue)


TERRITORY_RULE: Final = GroupRule(
    "territory", _territory,
    examples=(
        ("By region, Ruto dominates the Rift Valley (61%) and Kalonzo the east.", "61%",
         "Rift Valley"),
        ("In the regional breakdown, Halvorsen carries the Collin County suburbs 55 percent "
         "to 36 percent.", "36 percent", "Collin County"),
        ("In the regional breakdown, Halvorsen carries the Collin County suburbs 55 percent "
         "to 36 percent.", "55 percent", "Collin County"),
        ("Across the provinces, the premier commands Limpopo with 58 per cent.",
         "58 per cent", "Limpopo"),
        ("Regionally, Sheinbaum sweeps the Yucatán Peninsula, at 71%, the poll found.", "71%",
         "Yucatán Peninsula"),
        ("By state, she narrowly wins Bavaria by 34 per cent to 31 per cent.", "34 per cent",
         "Bavaria"),
        ("In the regional data, Fianna Fáil takes Munster, 36 per cent to 29 per cent.",
         "29 per cent", "Munster"),
    ),
    near_misses=(
        ("By region, Ruto beats Raila (38%) in the west.", "38%"),
        ("By region, Labour takes the Greens (12%) seriously.", "12%"),
        ("Ruto dominates the Rift Valley (61%).", "61%"),
        ("By state, Morena wins Mexico with 58%.", "58%"),
        ("By region, the Tories take Labour voters, 12 per cent.", "12 per cent"),
        ("By region, Mr Ruto takes Mr Odinga (38%) to task.", "38%"),
        ("By province, Thandi Nkosi dominates; she wins Nkosi (41%).", "41%"),
    ),
)


# -- a state or province of the region table as its figure's clause's subject -----------------

#: Values of the region table that name no one state, province or nation of a country: compass
#: regions, kinds of area, continents.
_NOT_UNIT: Final = frozenset({
    "north", "south", "east", "west", "northeast", "north east", "northwest", "north west",
    "southeast", "south east", "southwest", "south west", "midwest", "midlands", "europe",
    "asia pacific", "north america", "south east asia", "rural", "urban", "suburban",
    "small town"})
#: The states, provinces and nations the region table names by their own name ("Ontario",
#: "Khyber Pakhtunkhwa", "North Island"; not a people's name, "Quebecers", nor "the west").
UNIT_NAMES: Final = tuple(sorted(
    entry for entry, value in REGION_ENTRIES
    if entry == value.lower() and entry not in _NOT_UNIT))
_UNIT = regex.compile(
    rf"(?<![\w'’\-])(?=\p{{Lu}})(?i:{alternation(UNIT_NAMES)})(?![\w\-])", regex.VERBOSE)
#: A survey of one state's or province's people: "a poll of 1,200 Pennsylvania voters", "a
#: survey of likely Ontario voters" (its place is the survey's own population).
POLL_OF_UNIT = regex.compile(
    rf"""(?<!\w)(?i:poll|survey)[ \t]+of[ \t]+(?:(?i:more[ \t]+than|over|about)[ \t]+)?
    (?:[0-9][0-9,]*[ \t]+)?(?:(?i:likely|registered|adult|eligible)[ \t]+)?
    (?P<unit>(?=\p{{Lu}})(?i:{alternation(UNIT_NAMES)}))
    [ \t]+(?:(?i:likely|registered|adult|eligible)[ \t]+)?
    (?i:voters|adults|residents|respondents|electors)(?!\w)""",
    regex.VERBOSE,
)
#: What may stand right before such a subject: a sentence or clause start, a list join.
_UNIT_START = regex.compile(
    r"""(?r)(?:^|[.;:!?\n—–(,"“][ \t]*|(?<!\w)(?i:and|while|whereas|but|by|than)[ \t]+)
        (?:(?i:the)[ \t]+)?\Z""",
    regex.VERBOSE,
)
_IN_BEFORE = regex.compile(r"(?r)(?<!\w)(?i:in)[ \t]+(?:(?i:the)[ \t]+)?\Z")
_COMMA_AFTER = regex.compile(r"[ \t]*,")
#: "Gujarat, where it is projected to get 61 per cent": the place of a "where" clause.
_WHERE_AFTER = regex.compile(r"[ \t]*,[ \t]+where(?!\w)")
#: Words between the place and its figure that end its clause or give the figure another
#: owner: a sentence's end, a bracket, a speaker, another "in"/"among"/"of" phrase.
_UNIT_BREAK = regex.compile(
    r"""[;:()!?\n—–]|\.(?=\s)|(?<!\w)(?i:said|says|told|according|among|nationally|nationwide
        |overall|national|country|across)(?!\w)|(?<!\w)(?i:in|of)[ \t]+(?:the[ \t]+)?\p{Lu}""",
    regex.VERBOSE,
)
#: The last figure of the clause before this one, followed by another party's standing:
#: "the UDF is at 44 per cent, the LDF at 31 per cent and the NDA at ".
_PARTY_STANDING = regex.compile(
    r"""(?:%|(?i:per[ \t]?cent|percent|pc))[ \t]*(?:,[ \t]*)?(?:(?i:and|while|with)[ \t]+)?
        (?:the[ \t]+)?(?P<party>\p{Lu}[\w'’\-]*(?:[ \t]+\p{Lu}[\w'’\-]*){0,2})
        [ \t]+(?:(?:is|was|stands|stood|polls|polled)[ \t]+)?(?:at|on)[ \t]+
        (?:(?:just|only|about|around|some|nearly)[ \t]+)?\Z""",
    regex.VERBOSE,
)
_UNIT_REACH: Final = 160  # characters before a figure where its place subject may stand
_UNIT_AREA: Final = 600  # characters around a figure where a breakdown's other places stand


def _between_ok(v: GroupView, at: int) -> bool:
    """Whether the words from a place subject (ending at ``at``) to the figure are its
    clause's: no break, and any figure among them is a party's standing in that place with
    this figure the next party's ("the UDF is at 44 per cent, the LDF at 31 per cent")."""
    if _UNIT_BREAK.search(v.text, at, v.st.start) is not None:
        return False
    last = _last(_FIGURE, v.text, at, v.st.start)
    if last is None:
        return True
    m = _PARTY_STANDING.search(v.text, last.start(), v.st.start)
    return m is not None and m.end() == v.st.start and _party_or_vote(m["party"])


def _in_list(text: str, at: int) -> bool:
    """Whether the place at ``at`` ends a list of places ("across England, Scotland, Wales
    and Northern Ireland", "from Sabah and Sarawak"): the sample's reach, not a frame."""
    lo = max(0, at - _LIST_REACH)
    join = _LIST_JOIN.search(text, lo, at)
    if (join is not None and "," not in join[0]
            and _UNITS_WORD.search(text, lo, join.start()) is not None):
        return True  # "in all four provinces and Islamabad": the sample's reach
    return join is not None and any(u.end() == join.start() for u in _UNIT.finditer(
        text, lo, join.start()))


#: A plural word of places right before a list join: "all four provinces and ".
_UNITS_WORD = regex.compile(
    r"(?r)(?<!\w)(?i:provinces|states|regions|territories|counties|districts|zones)\Z")
#: A dateline: a place in capitals at a line's start, then a colon, a dash or a bracket
#: ("ISLAMABAD:", "NAIROBI —", "SEOUL (Reuters) -").
_DATELINE = regex.compile(r"[ \t]*(?:[:—–\-]|\()")


_LIST_JOIN = regex.compile(r"(?r)[ \t]*(?:,|(?<!\w)(?:and|or|&))[ \t]+(?:(?i:the)[ \t]+)?\Z")
_LIST_REACH: Final = 40


def _unit_position(v: GroupView, m: regex.Match[str]) -> bool:
    """Whether the place ``m`` stands where its clause's subject or frame stands: at a clause
    start or after a join ("while Quebec's ..."), after "in" with a comma ("while in
    Khyber Pakhtunkhwa, governed by ..., only 31pc"), or before a "where" clause."""
    lo = max(0, m.start() - 12)
    if _UNIT_START.search(v.text, lo, m.start()) is not None:
        return True
    if (_IN_BEFORE.search(v.text, lo, m.start()) is not None
            and _COMMA_AFTER.match(v.text, m.end(), v.st.start) is not None):
        return True
    return _WHERE_AFTER.match(v.text, m.end(), v.st.start) is not None


def _units_around(v: GroupView) -> int:
    """How many distinct states or provinces the text names around the figure."""
    lo, hi = max(0, v.st.start - _UNIT_AREA), min(len(v.text), v.st.end + _UNIT_AREA)
    return len({m[0].lower() for m in _UNIT.finditer(v.text, lo, hi)})


def _unit_subject(v: GroupView) -> Proposal | None:
    """``Ontario's jobless rate was 7.6 per cent``, ``while Quebec's fell to 5.9 per cent``,
    ``Punjab Chief Minister Maryam Nawaz led with 62pc``, ``Gujarat, where it is projected
    to get 61 per cent``, ``Karnataka is evenly poised, with the NDA on 46 per cent and the
    Congress on 43 per cent``: a state, province or nation of the region table that opens
    the figure's clause (or is its possessive owner) is the figure's group, in a breakdown by
    place (a survey's figure with a word of places or two places named near it; any figure,
    official statistics too, with both); the parties of the clause are the measure."""
    if v.st.kind not in ("share", "change", "ratio"):
        return None
    m = _last(_UNIT, v.text, max(v.start, v.st.start - _UNIT_REACH), v.st.start)
    if m is None or not _unit_position(v, m) or _in_list(v.text, m.start()):
        return None
    if m[0].isupper() and _DATELINE.match(v.text, m.end()) is not None:
        return None  # "ISLAMABAD: Prime Minister ...'s approval has risen to 51pc": a dateline
    if (not v.text[m.end():v.st.start].strip() or not _between_ok(v, m.end())
            or _person(v.text, m[0], v.st.start)):
        return None  # a bare label ("from Sabah and Sarawak 18 per cent") is a list's
    # a survey's breakdown by place; any figure's when two places or more are named near it
    units = _units_around(v)
    if not ((_survey_share(v) and (units >= 2 or _breakdown(v)))
            or (units >= 2 and _breakdown(v))):
        return None
    return Proposal(span_cue(v.text, m.start(), m.end()))


UNIT_SUBJECT_RULE: Final = GroupRule(
    "unit_subject", _unit_subject,
    examples=(
        ("By province, the Labour Force Survey had Manitoba at 5.1 per cent, while Ontario's "
         "jobless rate was 7.6 per cent.", "7.6 per cent", "Ontario"),
        ("The Labour Force Survey showed Ontario's rate rose to 7.1 per cent, while "
         "Quebec's fell to 5.4 per cent.", "5.4 per cent", "Quebec"),
        ("Across the states in the CVoter survey, Kerala is evenly split, with the UDF on 41 "
         "per cent and the LDF on 40 per cent.", "40 per cent", "Kerala"),
        ("In the Gallup Pakistan survey of the provinces, Punjab Chief Minister Maryam "
         "Nawaz led with 62pc, and Sindh's chief minister was at 46pc.", "62pc", "Punjab"),
        ("In the Newspoll by state, Labor trails in Queensland, where it has 46 per cent.",
         "46 per cent", "Queensland"),
        ("The Forsa poll by state: Bavaria's CSU stands at 41 percent, while Saxony's AfD "
         "polls 33 percent.", "33 percent", "Saxony"),
        ("The Quinnipiac poll compared the states, and Pennsylvania's electorate gives him "
         "52%.", "52%", "Pennsylvania"),
        ("By province, approval was 48 per cent, while in Manitoba, where the NDP governs, "
         "only 31 per cent approved.", "31 per cent", "Manitoba"),
    ),
    near_misses=(
        # one state alone: the survey's own population
        ("The Ipsos poll found Ontario's premier at 38 per cent approval.", "38 per cent"),
        # a figure of the whole nation after the state's
        ("By province, Ontario's rate was 7.6 per cent and the national rate 6.9 per cent.",
         "6.9 per cent"),
        # a person who shares a state's name
        ("The YouGov poll by region: Victoria Atkins said 40% of Tories agreed, while "
         "Scotland was at 30%.", "40%"),
        # a label of a sample's make-up; a figure after a dash
        ("The Merdeka poll by state: Malays 52 per cent of respondents and those from Sabah "
         "and Sarawak 18 per cent.", "18 per cent"),
        ("The INSA poll by state: 39% in Saxony and Berlin — almost double its 22% "
         "elsewhere.", "22%"),
        # the last of a list of places: the sample's reach
        ("The poll of 2,060 adults across England, Scotland, Wales and Northern Ireland, "
         "carried out online, found that 91% were stressed.", "91%"),
        # a dateline; a sample's reach of provinces and a capital
        ("NAIROBI: By region, President Ruto's approval has risen to 41 per cent, the "
         "Mombasa survey found.", "41 per cent"),
        ("The Gallup poll by province, carried out among 1,500 adults in all four provinces "
         "and Islamabad, found that 42pc disapproved.", "42pc"),
        # a place after "in" without a comma: no frame of the clause
        ("By nation, Labour struggled in Scotland at the last election, when it won 35 per "
         "cent of the Scottish vote.", "35 per cent"),
        # the place is not the clause's subject
        ("By state, the firm moved staff from Bavaria to Saxony, the poll found 33 percent "
         "were unhappy.", "33 percent"),
    ),
)
