"""Stage 3's shared words and patterns: the lexicon-derived word lists and the regex pieces the
statistic rules (:mod:`pollstats.matchers`) read around a number token.

The units written after a number (points, basis points, percent, times), the context patterns
searched backwards from a token (``_..._BEFORE``, reverse patterns anchored at the token) and
forwards from it (``_..._AFTER``), the sentence breaks, and the public word lists other stages
import (:data:`SURVEY_VERBS`, :data:`PEOPLE_WORDS`, the change verbs and nouns,
:data:`QUALIFIER_WORDS`, :data:`QUALIFIER_CODES`). Everything here is compiled once at import.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs
import regex

from ._data import PLURAL_NOUN, alternation, alternation_of, table, word_pattern, words
from .groupwords import DEMONYM_WORDS
from .model import Qualifier
from .periods import MONTH_WORDS
from .text import ABBREVIATIONS, NUMBERED
from .tokens import DASHES, HYPHENS, MULTIPLIERS

_LEX = "lexicon.txt"
_F = regex.VERBOSE | regex.IGNORECASE

#: How far (characters) a rule looks back or ahead of its token.
WINDOW: Final = 80
_SPACE = r"[\s\u00a0\u2009\u202f]"
#: "per cent" written apart, hyphenated or across a line break (LF or CRLF): "per\r\ncent".
_PER_CENT = rf"per{_SPACE}{{0,2}}(?:[{HYPHENS}]{_SPACE}{{0,2}})?cent"

QUALIFIER_CODES: Final[dict[str, Qualifier]] = {
    phrase.lower(): code  # type: ignore[misc]
    for phrase, code in table(_LEX)["qualifier"]
}
_QUAL = alternation(list(QUALIFIER_CODES))
_UP = alternation_of(_LEX, "change_verb_up")
_DOWN = alternation_of(_LEX, "change_verb_down")
_NOUN_UP = alternation_of(_LEX, "change_noun_up", "change_noun_neutral")
_NOUN_DOWN = alternation_of(_LEX, "change_noun_down")
_PEOPLE = alternation_of(_LEX, "people")
_RESPONDENTS = alternation_of(_LEX, "respondent_nouns")
#: Nouns of a sample given a survey cue: lexicon [sample_nouns] and the plural names of
#: nationals (groupwords.DEMONYM_WORDS: "1,000 Kenyans", "2,000 South Africans"; not
#: "Irish", an adjective).
_SAMPLE_NOUNS = alternation([*words(_LEX, "sample_nouns"),
                             *(w for w in DEMONYM_WORDS if w.endswith("s"))])
_SURVEY_VERB = alternation_of(_LEX, "survey_verb")
_TIME = alternation_of(_LEX, "not_people_nouns")
_MOE = alternation_of(_LEX, "moe_cue")
_RATIO_FOLLOW = alternation_of(_LEX, "ratio_follow")
_WHOLE = alternation_of(_LEX, "share_of_whole")
_NOT_PEOPLE = alternation_of(_LEX, "not_respondents", "not_people_nouns")

#: Word lists this module owns (read from lexicon.txt here only); other modules import them.
SURVEY_VERBS: Final = words(_LEX, "survey_verb")
PEOPLE_WORDS: Final = words(_LEX, "people")
UP_VERBS: Final = words(_LEX, "change_verb_up")
DOWN_VERBS: Final = words(_LEX, "change_verb_down")
UP_NOUNS: Final = words(_LEX, "change_noun_up")
DOWN_NOUNS: Final = words(_LEX, "change_noun_down")
QUALIFIER_WORDS: Final = words(_LEX, "qualifier")
#: The entries of [respondent_nouns], [sample_nouns] and [moe_cue], for the key words of the
#: rules' needs (matchers._RULE_NEEDS).
RESPONDENT_NOUNS: Final = words(_LEX, "respondent_nouns")
SAMPLE_NOUNS: Final = words(_LEX, "sample_nouns")
MOE_CUES: Final = words(_LEX, "moe_cue")

# -- units after a number -------------------------------------------------------------------

_POINTS = regex.compile(
    rf"""
    {_SPACE}*(?:-{_SPACE}*)?
    (?:
        (?P<pp>percentage{_SPACE}*[-\s]{_SPACE}*points?       # percentage point(s)
             | of{_SPACE}+an?{_SPACE}+percentage{_SPACE}*[-\s]{_SPACE}*point  # 0.3 of a point
             | percent(?:age)?{_SPACE}+pts?\.?                # percent pts
             | pct\.?{_SPACE}+pts?\.?
             | ppts?|pp)
      | (?P<bare>points?|pts?\.?)                              # bare "points": needs a cue
    )
    (?!\w)
    """,
    _F,
)
_BASIS_POINTS = regex.compile(
    rf"{_SPACE}*(?:-{_SPACE}*)?(?:basis{_SPACE}*[-\s]{_SPACE}*points?|bps|bp)(?!\w)", _F
)
#: Bare "points" near game words and far from poll words are a score ("a 12-point deficit"
#: in a basketball report), not percentage points.
_SPORTS_NEAR = word_pattern(_LEX, "sports_cues")
#: Bare "points" after a market index, a price or a score in the same sentence are index points.
_INDEX_NEAR = word_pattern(_LEX, "index_cues", "market_cues", edge=r"[\w&]")
_MARKET_NEAR = word_pattern(_LEX, "market_cues", edge=r"[\w&]")
_SURVEY_INDEX_NEAR = word_pattern(_LEX, "survey_index_cues")
#: How far back (characters) a survey's index words make a generic index's points percentage
#: points ("GfK's consumer confidence index ... The headline index rose three points").
SURVEY_INDEX_REACH: Final = 1500
_POLL_WORD = regex.compile(
    r"(?<!\w)(?:poll\w*|survey\w*|approv\w*|disapprov\w*|rating|ratings|vote|voters|voting|"
    r"ballot|respondents|favou?rab\w*|support|percentage|confidence|sentiment)(?!\w)",
    regex.IGNORECASE,
)
#: "240 points, or 0.8%": index points and their percent change.
_POINTS_OR = regex.compile(
    rf"{_SPACE}*-?{_SPACE}*(?:points?|pts?\.?),?{_SPACE}+or(?:{_SPACE}+{_QUAL})?{_SPACE}+", _F
)
_LEVEL_GAP_AFTER = regex.compile(
    rf"""{_SPACE}+(?:(?P<below>below|under|short{_SPACE}+of)|above|over)
    {_SPACE}+(?:its|their|the|his|her|our|last{_SPACE}+year['’]s|that{_SPACE}+of)
    (?:{_SPACE}+(?:(?:19|20)[0-9]{{2}}|pre-pandemic|pre-crisis|previous|prior|earlier|peak
                  |record|long-term|historic|historical|usual|normal|all-time|average|recent)){{0,3}}
    {_SPACE}+(?:level|levels|peak|average|high|low|mark|figure|total|norm|baseline|forecast
              |forecasts|estimate|estimates|guidance|target|projection|projections)(?!\w)
  | {_SPACE}+(?:(?P<below2>below|under|short{_SPACE}+of|behind)|above|over|ahead{_SPACE}+of)
    {_SPACE}+(?:its|their|the|his|her)(?:{_SPACE}+(?:{_QUAL}))?{_SPACE}+[0-9]{{1,2}}(?:\.[0-9])?
    (?:{_SPACE}?%|{_SPACE}+(?:percent|{_PER_CENT})(?!\w))     # "two points below the 79 percent"
    """,
    _F,
)
_APPOSITIVE_GAP = regex.compile(rf",{_SPACE}*(?:higher|(?P<lower>lower))(?!\w)", _F)
#: "Exports fell 1.8%, and imports by 2.3%": a change whose verb is the previous clause's.
_CARRIED_BY_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:and|while|but|with|whereas)(?:{_SPACE}+[\w'’\-]+){{1,3}}?{_SPACE}+by"
    rf"(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)
_POLL_NEAR = regex.compile(
    r"%|(?<!\w)(?:percent|per\s+cent|pct|pc|poll\w*|survey\w*|approv\w*|disapprov\w*|rating|"
    r"ratings|vote|voters|voting|ballot|respondents|margin\s+of\s+error|favou?rab\w*)(?!\w)",
    regex.IGNORECASE,
)
_PERCENT = regex.compile(
    rf"""
    (?:
        {_SPACE}{{0,2}}(?P<sign>[%٪％])(?![0-9A-Fa-f]{{2}})   # 27%  27 %  (not URL escapes %20)
      | (?:{_SPACE}{{0,3}}|{_SPACE}?[{HYPHENS}]{_SPACE}?)       # "5 percent", "5-percent stake"
        (?P<word>percent(?:age)?s?|{_PER_CENT}|pct\.?|p\.{_SPACE}?c\.)(?!\w)
      | {_SPACE}{{0,2}}(?P<pc>pc|pct)(?![\w%])                   # 30pc (British papers)
    )
    """,
    _F,
)
_TIMES = regex.compile(
    rf"(?:{_SPACE}+times\b|(?P<x>[x×])(?![\w.]|\.\w))(?P<follow>{_SPACE}+{_RATIO_FOLLOW}\b)?", _F
)
#: "N times that" opening a clause (a subject after it): a count of occasions, not a multiple
#: ("said three times that they would go"; not "three times that of men").
_THAT_CLAUSE_AFTER = regex.compile(
    rf"{_SPACE}+times{_SPACE}+that{_SPACE}+(?:they|we|he|she|it|I|you|there|voters|people)(?!\w)",
    _F,
)
_FOLD = regex.compile(rf"{_SPACE}?-?{_SPACE}?fold\b", _F)
#: "incomes at least four times the poverty level": a bound of income naming a group (lexicon
#: [income_thresholds]), not a multiplier.
_INCOME_BOUND_AFTER = regex.compile(
    rf"{_SPACE}+times{_SPACE}+the{_SPACE}+(?:{alternation_of(_LEX, 'income_thresholds')})(?!\w)",
    _F,
)

# -- context before a token (reverse searches anchored at the token) -------------------------

_QUAL_BEFORE = regex.compile(  # "nearly 40%", "roughly a 97% chance"
    rf"(?r)(?<!\w)(?P<q>{_QUAL}){_SPACE}+(?:an?{_SPACE}+)?\Z", _F
)
#: "edged up to 4.3%" moves a figure; "up to 40%" alone is a ceiling.
_MOVED_UP_TO = regex.compile(
    rf"(?r)(?<!\w)(?:{_UP}|edged|ticked|inched|crept|moved|went|shot|revised){_SPACE}+up{_SPACE}+to"
    rf"{_SPACE}+(?:an?{_SPACE}+)?\Z",
    _F,
)
#: Words that size a change between its verb and its figure: "fell a further", "a modest".
_SIZE_ADJ = (r"(?:modest|small|slight|sharp|steep|massive|huge|whopping|healthy|solid|"
             r"hefty|big|mere|full|record|staggering|dramatic|significant)")
_DIRECTION_BEFORE = regex.compile(
    rf"""(?r)
    (?<!\w)(?:(?P<up>{_UP})|(?P<down>{_DOWN}))
    (?:{_SPACE}+by
     |{_SPACE}+at{_SPACE}+an?(?:{_SPACE}+(?:annuali[sz]ed|annual|yearly|quarterly|monthly))?
      {_SPACE}+(?:rate|pace){_SPACE}+of)?          # "contracted at an annualized rate of 1.6%"
    (?:{_SPACE}+(?:an{_SPACE}+average{_SPACE}+of|on{_SPACE}+average|a{_SPACE}+further
                 |another|an{_SPACE}+additional|a{_SPACE}+total{_SPACE}+of))?  # lost an average of
    (?:{_SPACE}+{_QUAL})?
    {_SPACE}+(?:a{_SPACE}+|an{_SPACE}+)?
    (?:{_SIZE_ADJ}{_SPACE}+)?                      # "slipped a modest two points"
    \Z
    """,
    _F,
)
#: A comparative as an adjective between an article and a figure with its noun: "a lower 50%
#: turnout", "the higher 40% rate" (the figure is a level, not a change).
_COMPARATIVE_ADJ_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:a|an|the|its|their|this|that|his|her|our)
    {_SPACE}+(?:higher|lower|greater|smaller|bigger|larger){_SPACE}+\Z""",
    _F,
)
_NOUN_OF_BEFORE = regex.compile(
    rf"""(?r)
    (?<!\w)(?:(?P<up>{_NOUN_UP})|(?P<down>{_NOUN_DOWN}))s?
    (?:{_SPACE}+(?:over|on|against){_SPACE}+[\w’'\-]+(?:{_SPACE}+[\w’'\-]+){{0,2}}
     |{_SPACE}+(?P<grp>among|between){_SPACE}+[\w’'\-]+(?:{_SPACE}+[\w’'\-]+){{0,3}})?
                                        # "lead over Labour", "margin among registered voters"
    (?:{_SPACE}+(?:now|currently|still|already|has|had|have|will|would|grown|widened|narrowed
                  |shrunk|narrowing|widening|shrinking|growing|narrows|widens|shrinks|grows
                  |stretched|stretching|extended|extending|cut|trimmed)){{0,2}}
    {_SPACE}+(?:of|is|was|at|to|stands{_SPACE}+at|stood{_SPACE}+at|by|reached|reaches|hit|hits
              |been|be|remains|remained)             # "the gap had been 3.1 points"
    (?:{_SPACE}+(?:now|still|currently|already|thus|therefore|again))?  # "is now 8 points"
    (?:{_SPACE}+(?:just|only|a{_SPACE}+mere|nearly|almost|about|around|some))?
    (?:{_SPACE}+{_QUAL})?{_SPACE}+\Z
    """,
    _F,
)
_VERB_BY_BEFORE = regex.compile(  # "cut its benchmark rate by a quarter point"
    rf"""(?r)(?<!\w)(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:(?:{_SPACE}+[^\s.;,]+){{1,4}}?
    |(?:{_SPACE}+[^\s.;,]+){{1,7}}?,)   # "cut the cash rate twice this year, by"
    {_SPACE}+by(?:{_SPACE}+{_QUAL})?{_SPACE}+(?:an?{_SPACE}+)?
    (?:(?:combined|cumulative|total|further|collective){_SPACE}+)?\Z""",  # "by a combined 0.75"
    _F,
)
_NOUN_AFTER = regex.compile(
    # "38-point partisan gap", "a 4-point Democratic edge"
    rf"{_SPACE}*-?{_SPACE}*(?:(?-i:[a-z][a-z\-]{{2,20}}|\p{{Lu}}[\w\-]{{1,20}}){_SPACE}+)?"
    rf"(?:(?P<up>{_NOUN_UP})|(?P<down>{_NOUN_DOWN}))(?!\w)",
    _F,
)
#: Nouns whose size "to" gives ("its lead to 5 points"); other change nouns before "to" are
#: verbs or give the new level ("cut to 4.5%").
_GAP_NOUNS: Final = frozenset({"lead", "leads", "advantage", "edge", "gap", "margin", "deficit",
                               "swing", "advantages", "edges", "gaps", "margins", "deficits"})
#: "45-36 percent", "49 to 35 per cent": two shares of one split, the larger first (a range
#: is written low-high)
_SPLIT_FIGURE = regex.compile(
    r"""(?P<a>[0-9]{1,2}(?:\.[0-9])?)(?:[ \t]*[-–][ \t]*|[ \t]{1,3}to[ \t]{1,3})
    (?P<b>[0-9]{1,2}(?:\.[0-9])?)
    [ \t]*(?:%|per[ \t]?cent|percent)""",
    _F,
)


def _descending_split(figure: str) -> bool:
    """Whether a figure's text is a split of two shares, the larger first ("45-36 percent"),
    not a range ("5-7 percent")."""
    m = _SPLIT_FIGURE.fullmatch(figure)
    return m is not None and float(m["a"]) > float(m["b"])


_AT_END = regex.compile(rf"(?<!\w)at(?:{_SPACE}+[\w.]+){{0,3}}{_SPACE}+\Z", _F)
_TO_END = regex.compile(rf"(?<!\w)to(?:{_SPACE}+[\w.]+){{0,3}}{_SPACE}+\Z", _F)
_VERB_TO = regex.compile(rf"[\w\-]+s{_SPACE}+to{_SPACE}+(?:{_QUAL}{_SPACE}+)?", _F)
_LEAD_WORDS = regex.compile(r"(?:lead|leads|led|leading|ahead)\b", _F)
#: A candidate behind another: "trails Philippe by 6 points" is a gap, as positive as a lead.
_TRAIL_WORDS = regex.compile(r"(?:trails|trailed|trailing|trail)\b", _F)
#: Between a change verb and its figure, a level passed: "dips below 30%", "rose above 50%".
_LEVEL_QUAL = regex.compile(r"(?<!\w)(?:below|under|above|beneath)(?!\w)", _F)
#: A passive between a change word and "by": "debt was chosen by 22%" (the agent is a share).
_PASSIVE = regex.compile(
    rf"(?<!\w)(?:was|were|is|are|been|being){_SPACE}+(?:[\w\-]+{_SPACE}+)?[\w\-]+(?:ed|en|wn)"
    rf"{_SPACE}+by(?:{_SPACE}|\Z)",
    _F,
)
_AGAINST_AFTER = regex.compile(rf"{_SPACE}+against(?!\w)", _F)
#: "by 14 points", "by nearly 14", "by an average of 7.6", "by between 3 and 7" (points).
_BY_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)by(?:{_SPACE}+(?:an?{_SPACE}+average{_SPACE}+of|between|{_QUAL}))?
    {_SPACE}+\Z""",
    _F,
)
#: A sentence's end: a stop before whitespace, unless it ends an abbreviation the sentence
#: splitter knows ("Oct. 3-7", "the U.S. poll", "Dr. Lee"; "No. 5" only before a number),
#: or a line break.
_SENTENCE_BREAK_FULL = regex.compile(
    rf"""(?<!(?<![\w.])(?i:{alternation(sorted(ABBREVIATIONS))}))
    (?<!(?<![\w.])(?i:{alternation(sorted(NUMBERED))})(?=\.\s+[0-9]))
    [.!?](?=\s)|\n""",
    regex.VERBOSE,
)
#: Where a sentence break can be: a stop before whitespace, or a line break (what every match
#: of :data:`_SENTENCE_BREAK_FULL` is, without its look-behinds: ~20x faster to scan for).
_BREAK_CANDIDATE = regex.compile(r"[.!?](?=\s)|\n")


@attrs.frozen
class _Breaks:
    """:data:`_SENTENCE_BREAK_FULL`, searched at the candidates of :data:`_BREAK_CANDIDATE`
    only: ``search`` and ``finditer`` return what the full pattern's would (same ``pos`` and
    ``endpos``, so the same look-arounds)."""

    full: regex.Pattern[str]
    candidate: regex.Pattern[str]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[regex.Match[str]]:
        end = len(text) if endpos is None else endpos
        for c in self.candidate.finditer(text, pos, end):
            m = self.full.match(text, c.start(), end)
            if m is not None:
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None
               ) -> regex.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


_SENTENCE_BREAK = _Breaks(_SENTENCE_BREAK_FULL, _BREAK_CANDIDATE)
_ARTICLE_BEFORE = regex.compile(  # "an 18% drop", "her 7-point lead", "Ruiz's 5-point edge"
    rf"""(?r)(?<!\w)(?:a|an|the|his|her|its|their|our|that|this|these|those
                     |\p{{Lu}}[\w\-]{{0,30}}['’]s?)
    (?:{_SPACE}+(?:{_QUAL}|expected|projected|forecast|anticipated|possible|further
                  |additional|annual|average|modest|sharp|steep|whopping))?
    {_SPACE}+\Z""",
    _F,
)
_GAP_AFTER = regex.compile(  # "5 points higher", "0.5% lower at the close"
    rf"{_SPACE}+(?:higher|ahead|clear|apart|stronger|wider|bigger|larger|more{_SPACE}+likely"
    rf"|more(?={_SPACE}+than(?!\w))"  # "4 points more than in June"
    rf"|up(?={_SPACE}+(?:on|from|since)\b)"
    rf"|(?P<lower>lower|behind|weaker|narrower|tighter|smaller|less{_SPACE}+likely"
    rf"|(?:less|fewer)(?={_SPACE}+than(?!\w))"
    rf"|down(?={_SPACE}+(?:on|from|since)\b)))(?!\w)",  # "two points down on May"
    _F,
)
_MOE_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:{_MOE})(?P<rest>[^.;\d]{{0,48}})\Z", _F)
_TIE_WORDS = regex.compile(r"(?<!\w)(?:each{_S}+other|one{_S}+another)(?!\w)"
                           .replace("{_S}", r"\s"), _F)
_MOE_SIGN_BEFORE = regex.compile(r"(?r)(?:±|\+/-|\+-)\s*\Z")
_NET_BEFORE = regex.compile(r"(?r)(?<!\w)net(?!\w)(?:[^.;!?\n]|\.[0-9]){0,120}\Z", _F)
#: A net balance told in percent: "a net 9% of respondents", "net -3%", "a net balance of 12%"
#: (the difference of two shares: a change in points, as a net score is).
_NET_NOUN = alternation_of(_LEX, "net_measure_nouns")
#: What links a balance's name to its figure: "of", "at", "to", "was", "stood at", "fell to",
#: "came in at" (at most two words before of/at/to).
_BALANCE_LINK = rf"""(?:(?:[\w'’]+{_SPACE}+){{0,2}}?(?:of|at|to)|was|is|were|are|stood{_SPACE}+at
                     |stands{_SPACE}+at)"""
#: Not a survey's balance: "the trade balance", "balance of payments", "a balance sheet".
#: Nor a place ("Balance Luzon": a capital word after it).
_NOT_BALANCE = r"""(?<!(?:trade|fiscal|budget|account|primary|bank|cash|external)[\s-])balances?
                   (?!\s*(?:of\s+payments|of\s+trade|of\s+power|sheets?|transfers?)(?!\w))
                   (?-i:(?!\s+[A-Z]))"""
_SIGN_WORD = r"(?:minus|plus|negative|positive)"
#: Words of emphasis before a balance's figure: "an outlook of just 19 per cent".
_MERE = rf"(?:just|only|a{_SPACE}+mere|a{_SPACE}+modest|a{_SPACE}+healthy|a{_SPACE}+robust)"
_NET_PCT_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)
    (?:net(?:{_SPACE}+(?:balance|score|rating|figure|reading))?
       (?:{_SPACE}+(?:of|at|was|is|stood{_SPACE}+at|stands{_SPACE}+at))?
     | net(?:(?:{_SPACE}|-)+[\w'’-]+){{0,2}}?{_SPACE}+(?:{_NET_NOUN})     # "net confidence reading"
       (?:{_SPACE}*\(\p{{Lu}}{{2,6}}\))?{_SPACE}+{_BALANCE_LINK}      # "Outlook (NEO) of"
     | {_NOT_BALANCE}(?:{_SPACE}+of{_SPACE}+opinion)?{_SPACE}+{_BALANCE_LINK}  # "a balance of"
     | (?:positive|negative){_SPACE}+readings?{_SPACE}+{_BALANCE_LINK}  # "a negative reading of"
    )
    (?:{_SPACE}+{_SIGN_WORD})?(?:{_SPACE}+(?:{_QUAL}|{_MERE}))?{_SPACE}*\Z""",
    _F,
)
#: A balance named earlier in the sentence of a signed percent: "the net balance of firms
#: reporting higher cash flow fell to -8 per cent", "net confidence in the state fell to -27%".
_NET_SENTENCE_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:net(?:(?:{_SPACE}|-)+[\w'’-]+){{0,2}}?{_SPACE}+(?:{_NET_NOUN})|{_NOT_BALANCE})
    (?!\w)(?:[^.;!?\n]|\.[0-9]){{0,150}}\Z""",
    _F,
)
#: The header line of a block of rows that gives their figures as net balances
#: ("At a glance: net balances, third quarter (second quarter in brackets)").
_NET_HEADER = regex.compile(
    rf"(?<!\w)(?:net(?:(?:{_SPACE}|-)+[\w'’-]+){{0,2}}?{_SPACE}+(?:{_NET_NOUN})|{_NOT_BALANCE})"
    rf"(?!\w)",
    _F,
)
#: A net measure and the short name it is given: "a Net Employment Outlook (NEO)".
_NET_NAMED = regex.compile(
    rf"""(?<!\w)net(?P<mods>(?:(?:{_SPACE}|-)+[\w'’-]+){{0,2}}?){_SPACE}+(?P<head>{_NET_NOUN})(?!\w)
    (?:{_SPACE}*\((?P<abbr>\p{{Lu}}{{2,6}})\))?""",
    _F,
)
_NAMED_HEADS: Final = frozenset(words(_LEX, "net_named_heads"))
#: A survey's index reported in percent, a net balance, and the short name it is given: "the
#: consumer confidence index (CI)", "the business outlook index" (lexicon.txt
#: [balance_index_names]).
_BALANCE_INDEX = regex.compile(
    rf"""(?<!\w)(?P<name>{alternation_of(_LEX, "balance_index_names")})(?!\w)
    (?:{_SPACE}*\((?P<abbr>\p{{Lu}}{{2,6}})\))?""",
    _F,
)
#: An index of another kind than a survey's balance: "the consumer price index".
_OTHER_INDEX = regex.compile(
    rf"""(?<!\w)(?:{alternation_of(_LEX, "other_index_modifiers")})[{HYPHENS}\s]+
    (?:index|indices|indexes|indicator)(?!\w)""",
    _F,
)
#: The word before a figure continuing a list of balances: "at 29 per cent", "(41 per cent)",
#: "slipping to 31 per cent from 36 per cent".
#: A noun of a share between a balance and a later figure: "the share of households with
#: savings rose to 38.2%" is no balance of the list before.
_SHARE_NOUN = regex.compile(
    r"(?<!\w)(?:share|shares|proportion|proportions|percentage|percentages)(?!\w)", _F
)
#: "from" right before the earlier end of a from/to pair: "fell to -1.9% from 2.4%".
_FROM_LAST_BEFORE = regex.compile(rf"(?r)(?<!\w)from{_SPACE}+\Z", _F)
_LIST_LINK_BEFORE = regex.compile(
    rf"(?r)(?:(?<!\w)(?:at|to|from|of|was|is|with)|\(){_SPACE}*(?:{_QUAL}{_SPACE}+)?\Z", _F
)
#: A balance or an index read from a survey, before a signed bare figure: "the balance of
#: retailers reporting higher sales was -32", "the confidence index dropped to -19".
_BALANCE_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:balance|balances|index|indexes|indices|barometer|gauge|score|scores|reading"
    r"|readings)(?!\w)"
    r"(?:[^.;!?\n]|\.[0-9]){0,150}\Z",
    _F,
)
_SHARE_SLASH_BEFORE = regex.compile(r"(?r)%[ \t]*/[ \t]*\Z")                 # 21% / 56% / -35
_SHARE_PAREN_BEFORE = regex.compile(rf"(?r)(?:%|{_PER_CENT}|percent)[ \t]*\([ \t]*\Z", _F)
#: The end of a bracketed change: "(+2)", "(+2 pts)", "(+1 on the early-January survey)".
_CLOSE_PAREN = regex.compile(
    r"[ \t]*(?:pts?|points?)?(?:[ \t]+(?:on|since|from|vs\.?|versus|against|compared[ \t]+with"
    r"|than)[ \t][^()\n]{1,40})?[ \t]*\)",
    _F,
)
#: A level's link word before a figure: "to zero", "of zero", "at zero", "was zero".
_LEVEL_LINK_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:to|of|at|was|is|stood|stands|remained|remains){_SPACE}+\Z", _F
)
_SIGN_WORD_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:(?P<sign>(?P<minus>minus)|plus)|(?P<down>down)|up)[ \t]+\Z", _F
)
_MINUS_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:minus|negative){_SPACE}+\Z", _F)
#: A balance's level with its sign written out: "stands at minus 47", "a reading of plus 12",
#: "fell to minus 9", "from minus 21" (not "rose 40 points, plus 12 on the day": an addition).
_SIGN_LINK_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:to|of|at|was|is|were|are|stood|stands|remained|remains|from|be|been)
    {_SPACE}+(?:minus|plus|negative|positive){_SPACE}+\Z""",
    _F,
)
#: An amount after a bare figure: "plus 4 million in grants", "-2 seats" (not a net score).
_AMOUNT_AFTER = regex.compile(
    rf"""{_SPACE}*(?:million|billion|trillion|thousand|bn|mn|m|k|seats?|votes?|dollars?
    |euros?|pounds?|rand|rupees?|yen|people|members|jobs|cases)(?!\w)""",
    _F,
)
_PLUS_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:plus|positive)(?!{_SPACE}+or){_SPACE}+\Z", _F)
_N_EQUALS_BEFORE = regex.compile(r"(?r)(?<!\w)n\s*=\s*\Z", _F)
_SAMPLE_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)
    (?:samples?(?:{_SPACE}+size)?(?:{_SPACE}+(?:of|was|is)|{_SPACE}*[:=])  # a sample of 2,000
      | samples?{_SPACE}+size                                           # (sample size 1,000)
      | (?<![\w-])base{_SPACE}*:                                         # Base: 2,000 adults
      | (?:respondents|participants|interviewees|the{_SPACE}+sample){_SPACE}+
        (?:numbered|totall?ed|came{_SPACE}+to)                          # respondents numbered
      | (?:survey|poll|study|panel|canvass|census|questionnaire)s?,?{_SPACE}+of  # a poll, of 1,600
      | (?:surveyed|polled|interviewed|questioned|sampled|canvassed)     # surveyed 2,000
      | interviews{_SPACE}+with|responses{_SPACE}+from
      | (?:responses|answers|replies)(?:{_SPACE}+(?:were|was|have|had|been)){{0,2}}
        {_SPACE}+(?:obtained|received|collected|gathered)(?:{_SPACE}+(?:from|by))?  # responses
                                                                       # were obtained from 1,023
      | (?:survey|poll|study)s?{_SPACE}+(?:by|for)(?:{_SPACE}+[^\s.;:,()]{{1,24}}){{1,4}}?
        {_SPACE}+of                                                    # a survey by the bank of
      | sub-?samples?{_SPACE}+of                                       # subsample of 388
      | (?<!\w)based{_SPACE}+on(?:{_SPACE}+the)?                      # results based on the
                                                                       # 301 Democrats
      | (?:polled|surveyed|interviewed|questioned|sampled|responses{_SPACE}+from)
        {_SPACE}+(?:a{_SPACE}+)?total{_SPACE}+of                       # responses from a total of
      | \([^()\n]{{0,40}}?(?:fieldwork|online|phone|telephone|face-to-face)[^()\n.;]{{0,40}}?,
        # a poll's bracketed details: "(fieldwork 8-9 March, 2,207 adults)"
      | (?<!\w)fieldwork(?!\w)[^()\n.;:]{{0,40}}?,)  # a poll's details in a list item:
                                                    # "Survation, fieldwork 1-5 May, 1,204 adults"
    (?:{_SPACE}+{_QUAL})?{_SPACE}+\Z
    """,
    _F,
)
#: What a sample was made of, before a count of people: "The sample included 402 Republicans",
#: "the India sample comprised 501 Gen Zs" (a noun of people or of a group must follow).
_SAMPLE_MADE_OF_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:samples?|survey|poll|study|panel){_SPACE}+
    (?:included|includes|include|comprised|comprises|comprise
    |contained|contains|consisted{_SPACE}+of|consists{_SPACE}+of|was{_SPACE}+made{_SPACE}+up{_SPACE}+of
    |is{_SPACE}+made{_SPACE}+up{_SPACE}+of)(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z""",
    _F,
)
#: A month name after a day's number: "29 September", "3rd of June".
_MONTH_AFTER = regex.compile(
    rf"(?:st|nd|rd|th)?(?:{_SPACE}+of)?{_SPACE}+(?:{alternation(MONTH_WORDS)})(?!\w)", _F
)
#: A poll's bracketed details with a date or a tracker name before the sample, the sample last:
#: "(4-6 March, 2,011 adults)", "(weekly tracker, 1,634 adults)" (a people noun must follow).
_PAREN_DETAILS_BEFORE = regex.compile(
    rf"""(?r)\([^()\n]{{0,40}}?(?<!\w)(?:tracker|{alternation(MONTH_WORDS)})(?!\w)
    [^()\n.;]{{0,40}}?,(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z""",
    _F,
)
_CLOSE_AFTER = regex.compile(rf"{_SPACE}*\)")
#: "a telephone survey that reaches more than 400,000 adults each year"
_SURVEY_REACHES_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:survey|poll|study|panel)s?{_SPACE}+(?:that|which){_SPACE}+
    (?:reaches|reached|covers|covered|includes|included|interviews|samples|asks)
    (?:{_SPACE}+{_QUAL})?{_SPACE}+\Z""",
    _F,
)
_CONDUCTED_WITH_BEFORE = regex.compile(  # "conducted March 27-31 with 2,004 voters"
    # the dot of an abbreviated month before its day is no sentence end ("Sept. 25 to 28")
    rf"""(?r)(?<!\w)(?:conducted|carried{_SPACE}+out|fielded|done|held)(?!\w)
    (?:[^.;]|\.(?=[ \t]+[0-9])){{0,60}}?
    {_SPACE}(?:with|among)(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z""",
    _F,
)
#: "The survey ... received over 9,000 responses": a count of answers a survey drew.
_RECEIVED_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:received|collected|gathered|drew|garnered|attracted|got)"
    rf"(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z",
    _F,
)


#: The first of two parallel answers, before an elliptical second: "31% reported higher
#: sales and 24% lower" (the second's comparative -> the first's).
_PARALLEL_BEFORE: Final = {
    second: regex.compile(
        rf"[0-9]{_SPACE}?(?:%|percent|{_PER_CENT})[^.;%]{{1,60}}?(?<!\w){first}(?!\w)", _F
    )
    for second, first in (("lower", "higher"), ("higher", "lower"))
}
_AND_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:and|while|with|but|whereas){_SPACE}+\Z", _F)
_CLAUSE_END = regex.compile(rf"{_SPACE}*(?:[,.;:)]|\Z)")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (at most 300 characters back)."""
    lo = max(0, pos - 300)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


_AMONG_NUM_BEFORE = regex.compile(rf"(?r)(?<!\w)among(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z", _F)
#: After a sample cue, any plural names who was asked: "a survey of 412 chief executives".
_ANY_PLURAL_AFTER = regex.compile(
    rf"(?:{_SPACE}+(?!(?i:in|of|at|on|for|from|by|with|to|the|and|or)(?!\w))[\w.'’\-]+){{0,2}}?"
    rf"{_SPACE}+(?!(?i:in|of|at|on|for|from|by|with|to|the|and|or)(?!\w)){PLURAL_NOUN}(?!\w)",
    regex.VERBOSE,
)
#: A share of the people a count names, before the count: "19% of the 211 ...".
_PCT_OF_THE_BEFORE = regex.compile(
    rf"(?r)(?:%|(?<!\w)(?:percent|{_PER_CENT}))(?:{_SPACE}+(?:of|among)){_SPACE}+"
    rf"(?:the|those|all){_SPACE}+\Z",
    _F,
)
_PCT_OF_BEFORE = regex.compile(
    rf"(?r)(?<![\w\d]{_SPACE})(?<![\w\d])(?:percent(?:age)?s?|{_PER_CENT}){_SPACE}+of{_SPACE}+\Z",
    _F,
)
_ORDINAL_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:first|second|latter|other|back|front|top|bottom|last|next|the){_SPACE}+\Z",
    _F,
)
_SURVEYED_AFTER = regex.compile(
    rf"{_SPACE}+(?:(?:who|that){_SPACE}+)?(?:(?:were|was|had\s+been|have\s+been){_SPACE}+)?"
    rf"(?:surveyed|polled|interviewed|questioned|asked|sampled|took{_SPACE}+part"
    rf"|taking{_SPACE}+part|take{_SPACE}+part|responded|responding)(?!\w)",
    _F,
)

# -- context after a token -------------------------------------------------------------------

_CONNECTOR = regex.compile(
    rf"""
    (?P<dash>{_SPACE}*[{DASHES}]{_SPACE}*)
  | (?P<to>{_SPACE}+to{_SPACE}+)
  | (?P<slash>{_SPACE}*/{_SPACE}*)
  | (?P<and>,?{_SPACE}+and{_SPACE}+)
  | (?P<or>,?{_SPACE}+or{_SPACE}+)
  | (?P<comma>,{_SPACE}*)
    """,
    _F,
)
_RANGE_OF_BEFORE = regex.compile(  # "a range of 4% to 4.25%", "ranging from 9% to 14%"
    rf"(?r)(?<!\w)(?:(?:range|band|corridor|bracket)(?:{_SPACE}+(?:of|at|is|was|from|now|set|stands|stood)){{0,2}}"
    rf"|ranging{_SPACE}+from|ranged{_SPACE}+from|ranges{_SPACE}+from|var(?:ies|ied|ying){_SPACE}+from"
    rf"|anywhere{_SPACE}+from"
    rf"|somewhere{_SPACE}+from|estimated{_SPACE}+at|interval{_SPACE}+(?:of|from)|CI){_SPACE}+\Z",
    _F,
)
_BETWEEN_BEFORE = regex.compile(rf"(?r)(?<!\w)between{_SPACE}+\Z", _F)
_FROM_BEFORE = regex.compile(rf"(?r)(?<!\w)from(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z", _F)
#: "doubled 18% to 36%": a multiplier word before two figures makes them a from/to pair.
_MULTIPLIED_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:{alternation(list(MULTIPLIERS))}|(?:two|three|four|ten)-?fold)"
    rf"(?:{_SPACE}+from)?{_SPACE}+\Z",
    _F,
)
_OPEN_PAREN_BEFORE = regex.compile(rf"(?r)\({_SPACE}*\Z")
_TO_BEFORE = regex.compile(rf"(?r)(?<!\w)to(?:{_SPACE}+{_QUAL})?{_SPACE}+\Z", _F)
#: "~80%", "≈ 45%": a sign for approximately, written against the number.
_TILDE_BEFORE = regex.compile(rf"(?r)[~≈∼]{_SPACE}?\Z")
_IN_OF = regex.compile(
    rf"""
    {_SPACE}+(?:in|out{_SPACE}+of(?:{_SPACE}+every)?|of{_SPACE}+every|in{_SPACE}+every)
    {_SPACE}+                                                                  # one in five
  | -(?:in|out-of)-                                                            # one-in-five
  | (?P<slash>/)                                                               # 1/4 (of)
    """,
    _F,
)
_OF_AFTER = regex.compile(rf"{_SPACE}+of(?!\w)", _F)
_MEASURE_UNITS = alternation_of(_LEX, "measure_units")
_OF_UNIT_AFTER = regex.compile(
    rf"{_SPACE}+of{_SPACE}+(?:(?:a|an|one|the){_SPACE}+)?(?:{_MEASURE_UNITS})(?![\w'’])",
    _F,
)
_TIME_AFTER = regex.compile(rf"{_SPACE}+(?:{_TIME})(?!\w)", _F)
_PAREN_PERCENT_AFTER = regex.compile(  # "two-thirds (66%)", "fewer than half, 46%,"
    # a dash of any typing: "half — 54 percent", "a quarter -- 27 percent", "half - 49 per cent";
    # the unit as British papers write it: "three-quarters (73pc)"
    # a word that links the figure: "nearly two-thirds, at 64 per cent", "half, or 51%"
    rf"{_SPACE}*(?:\(|,|—|–|-{{1,2}}(?={_SPACE})){_SPACE}*"
    rf"(?:(?:at|on|or|about|around|roughly|some){_SPACE}+){{0,2}}[0-9][0-9.,]{{0,8}}{_SPACE}*"
    rf"(?:%|percent|per{_SPACE}cent|(?:pct|pc)(?!\w))",
    _F,
)
_OF_PEOPLE_AFTER = regex.compile(
    rf"""
    (?:{_SPACE}*\([^()]{{0,24}}\))?                   # "two-thirds (66%) of respondents"
    {_SPACE}+of
    (?:
        {_SPACE}+
        (?:(?:the|those|all|these|its|their|our|his|her|U\.?S\.?|American|British)(?!\w){_SPACE}*)?
        (?:
            (?:[0-9][0-9,.]{{0,12}}{_SPACE}+)?        # "of the 1,000 people polled"
            (?:[\w'’-]+(?:[/&][\w'’-]+)?\+?{_SPACE}+){{0,2}}?  # "of CDU/CSU supporters",
                                                  # "+": "of LGBTQ+ adults"
            (?:\p{{Lu}}[\w'’-]*\+?{_SPACE}+)?          # "of current One Nation voters"
            (?!(?:{_NOT_PEOPLE})(?!\w))           # not "half of the remaining hostages"
            (?:{_PEOPLE}                           # "of (young) voters", "of those"
              | {PLURAL_NOUN})(?!\w)                # any plural: "of gardeners", "of Israelis"
          | (?:vote|electorate|ballots|them|whom|workforce|labou?r{_SPACE}+force)(?!\w)
                                                  # "a fifth of the vote", "of the workforce" (not
                                                  # "half of the votes" of a deal: not_respondents)
          | which(?={_SPACE}+(?:{_SURVEY_VERB})(?!\w))         # "half of which said"
        )
      | {_SPACE}*(?:[.,;:!?)]|\Z)                                # "one quarter of"
    )
    """,
    regex.VERBOSE,
)
_PEOPLE_AFTER = regex.compile(
    rf"{_SPACE}+(?:[\w'’-]+{_SPACE}+){{0,1}}?(?:{_PEOPLE}|\p{{Lu}}\w*s)(?!\w)", regex.VERBOSE
)
_SURVEY_VERB_AFTER = regex.compile(  # "a third say", "more than a third now say"
    rf"{_SPACE}+(?:(?:now|still|also|already|actually|currently|even){_SPACE}+)?"
    rf"(?:{_SURVEY_VERB})(?!\w)",
    _F,
)
_FRACTION_POINT_AFTER = regex.compile(
    rf"(?:{_SPACE}*-{_SPACE}*|{_SPACE}+(?:of{_SPACE}+)?an?{_SPACE}+|{_SPACE}+)"
    rf"(?:percentage{_SPACE}*[-\s]{_SPACE}*)?points?(?!\w)",
    _F,
)
_FRACTION_PERCENT_AFTER = regex.compile(
    rf"(?:{_SPACE}*-{_SPACE}*|{_SPACE}+(?:of{_SPACE}+)?an?{_SPACE}+|{_SPACE}+)"
    rf"(?:percent|{_PER_CENT}|pct)(?!\w)",
    _F,
)
_WHOLE_AFTER = regex.compile(
    rf"{_SPACE}+(?:of{_SPACE}+)?(?:that{_SPACE}+of{_SPACE}+the|the|that|its|their){_SPACE}+"
    rf"(?:(?:(?:19|20)[0-9]{{2}}|previous|earlier|prior|pre-pandemic|original|national|overall)"
    rf"{_SPACE}+)?(?:{_WHOLE})(?!\w)"  # half the 2015 level
    rf"|{_SPACE}+as{_SPACE}+(?:many|much|likely|high|large|often|big)(?!\w)"
    rf"|{_SPACE}+that(?={_SPACE}*[,.;:!?)—–])",  # "would be roughly half that, and ..."
    _F,
)
#: After "half": the figure it halves ("less than half the 21.9% it won", "half its 40
#: per cent of 2019").
_HALF_OF_FIGURE_AFTER = regex.compile(
    rf"""{_SPACE}+(?:of{_SPACE}+)?(?:the|that|its|their|his|her){_SPACE}+
    [0-9]{{1,2}}(?:\.[0-9]{{1,2}})?{_SPACE}*(?:%|percent|{_PER_CENT})""",
    _F,
)
#: Before a "half" that sizes a figure: a verb of being or a qualifier ("is now half",
#: "at less than half", "barely half"); not the subject "Half the 60% who ...".
_HALF_LINK_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:is|are|was|were|be|been|being|at|stands|stood|now|barely|just|only
    |about|around|roughly|nearly|almost|under|over|than|to)(?:{_SPACE}+(?:a|an))?{_SPACE}+\Z""",
    _F,
)
_DOUBLE_ADJ_AFTER = regex.compile(rf"{_SPACE}+(?:the|that|its|their|his|her|our)(?!\w)", _F)
#: After a multiplier, whose figure it multiplies: "more than double Tarcísio's 21%", "three
#: times Fine Gael's 11 per cent" (a capitalized name and its possessive; case matters).
_POSSESSIVE_AFTER = regex.compile(
    rf"{_SPACE}+\p{{Lu}}[\w.\-]*(?:{_SPACE}+\p{{Lu}}[\w.\-]*){{0,2}}['’]s?"
    rf"{_SPACE}+(?:[0-9][0-9.,]{{0,6}}{_SPACE}?(?:%|percent|per{_SPACE}cent|pc)"
    rf"|(?i:support|share|vote|rating|rate|level|figure|total|number|score|backing))(?!\w)"
)
#: A qualifier right before "double", "triple": "more than double", "nearly double".
_QUAL_RIGHT_BEFORE = regex.compile(rf"(?r)(?<!\w)(?:{_QUAL}){_SPACE}+\Z", _F)
_TWICE_AFTER = regex.compile(rf"{_SPACE}+(?:as|the|that|more|its|their)(?!\w)", _F)
_PHRASAL_AFTER = regex.compile(rf"{_SPACE}+(?:down|as|up)(?!\w)", _F)
#: How interviews were done, before the noun of a sample: "2,010 face-to-face interviews",
#: "4,013 face-to-face and telephone interviews" (lexicon.txt [interview_modes]).
INTERVIEW_MODES: Final = words(_LEX, "interview_modes")
_MODE = alternation(list(INTERVIEW_MODES))
_SAMPLE_NOUN_AFTER = regex.compile(
    rf"""
    (?:{_SPACE}+(?:[A-Z][\w.]*|likely|registered|eligible|adult|young|older|online|randomly{_SPACE}+selected
                  |[a-z]{{2,12}}(?:-[a-z]{{2,12}}){{1,2}}         # "self-identified", "working-age"
                  |(?i:{_MODE})(?:{_SPACE}+(?:and|or){_SPACE}+(?i:{_MODE}))?)){{0,2}}?
    {_SPACE}+(?:(?P<strong>{_RESPONDENTS})|(?P<weak>{_SAMPLE_NOUNS}))(?!\w)
    (?:{_SPACE}+and{_SPACE}+(?:{_RESPONDENTS}|{_SAMPLE_NOUNS})(?!\w))?   # 714 men and women
    """,
    regex.VERBOSE,
)
_END_AFTER = regex.compile(rf"{_SPACE}*(?:[.,;:!?)]|\Z)")
