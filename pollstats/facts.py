"""Pure cue detectors for attribution: what each paragraph and sentence says, as frozen facts.

Nothing here decides which survey a figure belongs to; :mod:`pollstats.passage` does, reading
these facts in text order. Every detector looks at its own sentence (or paragraph) and a
bounded stretch around a figure or date, so building the facts is linear in the text.

The cues of wording are rows of :data:`FACT_RULES`: a named :class:`FactRule` says which fact
it decides (``reset``, ``off_survey``, ``threshold`` ...), reads one stretch of text, and
carries its own example sentences and near misses (one generic test runs them all). The rows
of one fact are tried in registry order and the first that finds its cue decides
(:func:`deciding`); :func:`decider` gives the precomputed function the builders below call.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Final, Literal

import attrs
import regex

from ._data import alternation, alternation_of, word_pattern, words
from ._gate import Gated
from .document import Document, Slices
from .groupwords import DEMONYM_WORDS
from .matchers import BULLET_LINE, SURVEY_VERBS
from .model import Statistic
from .periods import SURVEY_NOUNS, DateMention
from .results import official_results
from .sources import SourceMention

__all__ = [
    "BIND_RULES", "FACT_RULES", "OFFICIAL_DATA", "Backref", "BindRule", "FactRule", "FigureFacts",
    "ParagraphFacts", "SentenceFacts", "Statement", "binding", "decider", "deciding",
    "document_recent", "fieldwork_before", "fieldwork_statements", "month_dates",
    "paragraph_facts", "refers_to", "sentence_facts", "vote_date",
]

_DEMONYM_ALT = alternation(DEMONYM_WORDS)
_SURVEY_CONTEXT = Gated(regex.compile(
    r"(?<!\w)(?:survey\w*|poll\w*|stud(?:y|ies)|conducted|fielded|interview\w*|respondents|"
    r"questioned|measurements?|wave|data|census|barometer|research"
    # "Fieldwork took place ...", not an earlier round's ("Round 9 fieldwork took place ...")
    r"|(?<!(?:round|wave|edition)\s+[0-9IVX]{1,4}\s+)fieldwork)(?!\w)",
    regex.IGNORECASE,
), ("survey", "poll", "stud", "conducted", "fielded", "interview", "respondents", "questioned",
    "measurement", "wave", "data", "census", "barometer", "research", "fieldwork"))
#: An unnamed other survey or several sources: the passage's source is no longer known.
_RESET = Gated(regex.compile(
    r"""(?<!\w)(?:
        other\s+(?:\w+\s+)?
          (?:agencies|pollsters|polls|surveys|studies|organizations|sources)  # other agencies
      | (?:a|another)\s+(?:separate|different|second|rival)\s+
          (?:poll|survey|study)                    # a separate poll ("a new poll": the story's)
      | one\s+of\s+the\s+\w+\s+(?:\w+\s+)?(?:polls|surveys|studies)  # one of the first polls
      | averag(?:e|ed|es|ing)(?:\s+(?:together|out))?,?\s+(?:of\s+|across\s+|over\s+)?
          (?:the\s+|all\s+|these\s+)?(?:\w+\s+){0,2}?(?:polls|surveys)   # averaged, the polls
      | (?:polls?|polling|surveys?)\s+averages?        # the polling average, a poll of polls
      | polls?\s+of\s+polls
      # a claim checked, not a survey's finding: "Claims circulating on social media that ...",
      # "The claim: ...", "a figure shared on social media", "Fact check: ..."
      | claims?\s+(?:circulating|made|shared|posted|spread|repeated)
      | the\s+claim\s*:
      | (?:circulating|shared|posted|spread|went\s+viral|going\s+viral)\s+(?:\w+\s+){0,2}?
          (?:on|across)\s+social\s+media
      | viral\s+(?:post|claim|figure|video|graphic|meme)s?
      | fact[\s\-]?check(?:ed|ing|er|s)?
      | (?<=["“][^"”\n]{1,40}["”])\s+(?:overstates|understates|exaggerates|overstated
          |understated|exaggerated|is\s+(?:false|wrong|misleading|an\s+exaggeration))
    )(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
), ("other", "poll", "survey", "stud", "claim", "social", "viral", "fact", "overstat",
      "understat", "exaggerat", "false", "wrong", "misleading"))
#: A survey introduced as current takes the publication month when nothing else dates it.
_RECENT = Gated(regex.compile(
    r"""(?<!\w)(?:new|newly|latest|recent|just[\s-]released|released|published|completed|
        this\s+week|today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|
        Sunday))(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
), ("new", "latest", "recent", "released", "published", "completed", "week", "day"))
#: Words that show a paragraph is about a survey or its respondents; a paragraph with none
#: (mortgage rates, share prices) does not continue the survey before it.
_PARA_SURVEY = regex.compile(
    rf"""(?<!\w)(?:survey\w*|poll\w*|stud(?:y|ies)|conducted|fielded|interview\w*|questioned|
        measurements?|wave|data|census|barometer|research|respondents|those|people|adults|voters|
        responses|(?:random|representative)[ \t]+sample|sample[ \t]+of|
        men|women|Republicans|Democrats|independents|{_DEMONYM_ALT}
        # the words of a survey index's story: "a net balance", "shoppers were gloomier"
        |net[ \t]+balance|consumers|shoppers|optimistic|pessimistic|gloomier|gloomy|upbeat
        # households' expected inflation, a survey measure: "inflation expectations rose"
        |(?:inflation|price)[ \t]+expectations|expectations[ \t]+(?:for|of)[ \t]+inflation)
        (?!\w)
      | (?<=(?:to|at|of|on|from)[ \t]+)[+\-−][0-9]{{1,3}}(?![\w%]|[.,][0-9])  # "to -6"
      | (?:%|per[ \t]?cent|percent)(?:[ \t]+of[ \t]+(?:[\w'’\-]+[ \t]+){{0,3}}?[\w'’\-]+)?
        [ \t]+(?:{alternation(SURVEY_VERBS)})(?!\w)  # "72 per cent said"
      | (?:biggest|top|leading|main|greatest|chief|most[ \t]+pressing)[ \t]+
        (?:worry|worries|concern|concerns|problem|issue|priority)(?!\w)  # a ranking of worries
      | (?:cited|named|mentioned|flagged|picked|chosen)[ \t]+by[ \t]+(?:an?[ \t]+|some[ \t]+)?
        (?:average[ \t]+of[ \t]+)?[0-9]  # "cited by 23%": a share of those asked
      # a question put to respondents: "Asked who was to blame, 52% pointed to ...", "When
      # asked whether ..."; answers by choice: "41% blamed", "38% pointed to the government"
      | asked[ \t]+(?:who|whether|which|what|how|if)(?!\w)
      | (?:%|per[ \t]?cent|percent)[ \t]+(?:blamed|pointed[ \t]+to|picked|chose)(?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Words of figures that no survey measures: a paragraph with these and no survey word is
#: about something else (inflation, share prices) and does not continue the survey before it.
_NOT_SURVEY = Gated(word_pattern("lexicon.txt", "non_survey_cues"), tuple(sorted({
    max(w.lower().split(), key=len)  # the longest word of each cue
    for w in words("lexicon.txt", "non_survey_cues")})))
_YEAR_STEP = Gated(regex.compile(
    r"(?<!\w)(?:(?:the|over[\s\u00a0]+the)[\s\u00a0]+(?:past|last|previous)[\s\u00a0]+year|"
    r"a[\s\u00a0]+year[\s\u00a0]+(?:earlier|ago|before)|year[\s\-]on[\s\-]year|annual)(?!\w)",
    regex.IGNORECASE,
), ("year", "annual"))
_BOUND_AFTER = regex.compile(
    r"""[\s,]*
    (?:respectively[\s,]+)?                   # "50% and 38% respectively in February"
    (?:(?:year[\s-]on[\s-]year|month[\s-]on[\s-]month|quarter[\s-]on[\s-]quarter|y/y|m/m|q/q
       |from\s+a\s+(?:year|month)\s+(?:earlier|ago|before)|on\s+the\s+(?:year|month)
       |on\s+an\s+(?:annual|annuali[sz]ed|monthly)\s+basis|in\s+annual\s+terms
       |seasonally\s+adjusted)[\s,]+)?        # "4.1% year on year in June": the change's basis
    (?:(?:(?P<in>in|during)|as\s+of|(?P<from>from)|for)\s+)?     # "18% in September 2024"
    (?:(?:its|the|their|a|an)\s+)?            # "52% in its 2023 poll"
    (?:(?:year|12\s+months|twelve\s+months)\s+(?:to|through|ending|ended)\s+(?:in\s+)?
       (?:the\s+)?)?                           # "3.4% in the year to the June quarter"
    """,
    regex.VERBOSE,
)
#: Kinds of figure that say how much something moved: a date after "from" is their base.
_CHANGES: Final = frozenset(("change", "ratio"))
_BOUND_BEFORE = regex.compile(r"\A[\s\u00a0]*\([\s\u00a0]*\Z")
#: A relative clause that says when the figure was measured: "the 38% the institute recorded
#: in the third quarter of 2023", "the 22% she had in March 2021", "the 41 per cent that
#: Ipsos found in its May poll" (a subject of up to four words, a verb of measuring).
_MEASURED_AFTER = regex.compile(
    r"""[ \t]+(?:
      (?:(?:that|which)[ \t]+)?(?:[\w'’.\-/]+[ \t]+){1,4}?
      (?:recorded|registered|found|measured|reported|had|got|scored|showed|put\s+it\s+at)
      [ \t]+(?:(?:in|on|at|during|back\s+in)[ \t]+)?
    | # passive, no subject: "the previous low of 27.6% recorded in mid-March"
      (?:(?:that|which)[ \t]+(?:was|were)[ \t]+)?
      (?:recorded|registered|measured|logged|seen|set|reached)
      [ \t]+(?:in|on|at|during|back\s+in)[ \t]+)
    (?:(?:its|the|their|a|an)[ \t]+)?""",
    regex.VERBOSE | regex.IGNORECASE,
)
_MEASURED_REACH: Final = 70
#: Between a date and a figure of its "when" clause: "down from June, when 60 percent
#: approved", "since 2019, when it stood at 75%" (no other figure, date or sentence end).
_WHEN_BETWEEN = regex.compile(  # "since 2018, the first year of the survey, when it stood at"
    r"(?:,[ \t]+(?:the|its|their|a|an)[ \t][^,.;:!?%0-9\n]{1,40})?"  # the apposition
    r",?[ \t]+when[ \t]+[^.;:!?%0-9]{0,80}",
    regex.IGNORECASE)
_WHEN_REACH: Final = 100
_EARLIER_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:from|compared\s+(?:to|with)|than|versus|vs\.?|against)\s+(?:\w+\s+){0,2}"
    r"(?:[0-9]{1,3}(?:\.[0-9])?\s*[-–]\s*)?\Z",  # "down from 55-45 in January": the 45 too
    regex.IGNORECASE,
)
#: Words that state when a survey was in the field (not "In March, the same poll found").
_FIELDWORK = regex.compile(
    r"(?<!\w)(?:conducted|fielded|carried\s+out|taken|done|interviewed|surveyed|polled|ran|run|"
    r"between|fieldwork|in\s+the\s+field)(?![\w\-])",  # not "run-off", "run-up"
    regex.IGNORECASE,
)
#: Words that state a survey's own fieldwork ("was conducted Feb. 5-9", "Fieldwork: 3-5
#: March", "polled 1,000 adults between ..."), stricter than _FIELDWORK: no bare "between".
_FIELDWORK_STATED = regex.compile(
    r"""(?<!\w)(?:conducted|fielded|carried\s+out|taken|interviewed|surveyed|polled|
        questioned|sampled|contacted|fieldwork|in\s+the\s+field|ran|run|took\s+place|
        (?:collected|gathered)\s+(?:responses|answers|data|replies|questionnaires))
        (?![\w\-])  # not "the run-off", "the run-up"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where a fieldwork statement's clause begins: a sentence break, or a clause that compares
#: ("..., up from 41% when it was conducted in May").
_STATEMENT_BREAK = regex.compile(
    r"(?r)[;!?\n]|\.\s|,\s+(?:but|while|whereas)(?!\w)", regex.IGNORECASE)
#: Words of a comparison in that clause: its date is an earlier wave's ("up from 38% when the
#: poll was last taken in May", "than in the poll conducted in March").
_STATEMENT_COMPARES = regex.compile(
    r"""(?<!\w)(?:when|than|compared|versus|vs|since|up\s+from|down\s+from|last|previous|
        prior|earlier|preceding|before)(?!\w)""",
    regex.IGNORECASE | regex.VERBOSE,
)
_STATEMENT_REACH: Final = 140
#: An earlier wave named before its date: "the last poll in August", "the previous survey,
#: in July", "its prior wave of March 2024", "the same poll last February".
_WAVE_NOUN_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:(?:previous|prior|preceding|earlier|last|former)[ \t]+
          (?:[\w\-]+[ \t]+)?(?:{alternation(SURVEY_NOUNS)})
        | (?:same|equivalent|corresponding)[ \t]+(?:[\w\-]+[ \t]+)?(?:{alternation(SURVEY_NOUNS)}))
    [,]?[ \t]+(?:(?:conducted|taken|carried\s+out|published|released|fielded)[ \t]+)?
    (?:(?:in|of|from|on|at|during)[ \t]+)?(?:the[ \t]+)?\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: An earlier wave named by a past relative date: "last year's poll", "a year-ago survey".
_WAVE_NOUN_AFTER = regex.compile(
    rf"(?:['’]s|-ago)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?:{alternation(SURVEY_NOUNS)})(?!\w)",
    regex.IGNORECASE,
)
_CLAUSE_STOP = regex.compile(r"[.;!?\n%0-9]")  # another figure or a sentence end
#: The other end of a pair right after a figure: "51 percent to 40 percent", "52-43".
_PAIR_PARTNER = regex.compile(
    r"[ \t]*(?:to|-|–)[ \t]*[0-9]{1,3}(?:\.[0-9]{1,2})?"
    r"(?:[ \t]*(?:%|per[ \t]?cent|percent))?(?![\w.])",
    regex.IGNORECASE)
#: Between an earlier figure's date and the next figure of the same list: "... in 2023 and ".
_LIST_ON = regex.compile(r"[ \t]*(?:,[ \t]*(?:and|or)?|and|or)[ \t]+(?:(?:to|at)[ \t]+)?")
_FROM_BEFORE = regex.compile(r"(?r)(?<!\w)from[\s\u00a0]+\(?\Z", regex.IGNORECASE)
_TO_AFTER = regex.compile(r"[\s\u00a0]+to[\s\u00a0]", regex.IGNORECASE)
#: "to 67% from 65%": the figure after "from" is the earlier end of the pair before it.
_TO_FIGURE_FROM = regex.compile(
    r"(?r)(?<!\w)to[\s\u00a0]+[0-9]{1,3}(?:[.,][0-9]{1,2})?[\s\u00a0]*(?:%|per[\s\u00a0]*cent|"
    r"percent)?,?[\s\u00a0]+from[\s\u00a0]+\Z", regex.IGNORECASE)
_THRESHOLD_AFTER = regex.compile(
    rf"[\s\u00a0]+(?:[\w'’\-]+[\s\u00a0]+)?"
    rf"(?:{alternation_of('lexicon.txt', 'threshold_nouns')})(?!\w)",
    regex.IGNORECASE,
)
#: A tax's or a tariff's rate right after the figure: "25 percent tariffs", "a 15% import levy"
#: (no word between: "61% oppose tariffs" is a finding).
_LEVY_AFTER = regex.compile(
    rf"[\s\u00a0]+(?:{alternation_of('lexicon.txt', 'levy_nouns')})(?!\w)",
    regex.IGNORECASE,
)
#: Its change right before the figure: "a VAT increase of 0.5 percentage points".
_LEVY_CHANGE_BEFORE = regex.compile(
    rf"""(?r)(?<!\w)(?:{alternation_of('lexicon.txt', 'levy_nouns')})[\s\u00a0]+
    (?:increase|rise|hike|cut|reduction|change)s?[\s\u00a0]+(?:of|by)[\s\u00a0]+
    (?:(?:about|around|some|just|up\s+to)[\s\u00a0]+)?\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: "the institute", "the pollster": a survey organization named earlier.
_BACKREF = regex.compile(
    r"""(?<!\w)the\s+(?P<head>institute|institution|center|centre|foundation|pollster|
        polling\s+firm|firm|agency|group|university|college|company|organi[sz]ation|charity|
        trust|union|association|federation|society|consultancy|think\s+tank|recruiter
        |bureau|central\s+bank|statisti(?:cs|cal)\s+(?:office|agency|institute|bureau)
        # "the bank's survey", not "the bank's preferred measure" (what it reads, not makes)
        |bank(?!['’]s\s+(?:[\w\-]+\s+){0,2}?(?:measure|gauge|target|goal|yardstick|benchmark)))
        (?:['’]s)?(?!\w)
      | (?<!\w)(?:that|the\s+same)\s+(?P<head>survey|poll|study)(?!\w)  # the one just named""",
    regex.VERBOSE | regex.IGNORECASE,
)
_MAX_BIND_GAP: Final = 26  # "18% in September 2024", "3% in the year to the June quarter"
_BRACKET_GAP: Final = 3  # "the previous year (56%)": date to figure
_CLAUSE_DATE_REACH: Final = 90  # "up from 45 per cent when ... in early February"
_EARLIER_REACH: Final = 30
_QUOTE_REACH: Final = 400
_FIELDWORK_REACH: Final = 80
_FIELDWORK_CLAUSE: Final = 50  # characters back to words of fieldwork within the clause
_CLAUSE_BREAK = regex.compile(r"(?r)[,;:.!?()\n]")  # the last break before a date
_LEAD: Final = 600  # characters of headline and lead paragraph
_SURVEY_WORDS: Final = ("poll", "survey", "stud", "agenc", "sourc", "organi", "wave", "conduct",
                        # the nouns of a back-reference ("The charity is calling ...")
                        "charit", "trust", "union", "associat", "federat", "societ", "consultanc",
                        "think tank", "recruiter", "institut", "firm", "foundation")


@attrs.frozen
class ParagraphFacts:
    """``off_survey``: figures and no word about a survey, but words of figures no survey
    measures (mortgage rates, share prices). ``year_step``: the paragraph speaks of a year's
    step ("over the past year"); read only where a baseline date may need it."""

    index: int
    off_survey: bool
    year_step: bool
    #: the paragraph is an item of a list ("- NSW: Labor 31 per cent", "• 14% of adults")
    list_item: bool = False


@attrs.frozen
class Backref:
    """``the institute``: an organization named earlier (``head`` is the noun); ``named``:
    the last one the text described by that noun ("the loneliness charity X"), if any."""

    start: int
    end: int
    text: str
    head: str
    named: SourceMention | None = None


@attrs.frozen
class FigureFacts:
    """What a figure's own words say: the date bound to it, whether it is a threshold
    (``the 5 per cent hurdle``) and whether it is the earlier end of ``from X to Y``.
    ``result``: the :data:`~pollstats.results.RESULT_RULES` row that reads it as an official
    result (``voted to leave by 52% to 48%``); ``bound`` is then the date of its own clause."""

    index: int
    bound: DateMention | None
    threshold: bool
    from_end: bool
    result: str | None = None
    #: an earlier level: ``from``, ``compared with``, ``than`` just before it
    earlier: bool = False
    #: the earlier end of a pair with no date of its own (``from 30% to 39%``, ``to 67% from
    #: 65%``): after a dated comparison it is measured when that one's earlier end was
    pair_from: bool = False


@attrs.frozen
class SentenceFacts:
    """Everything attribution reads from one sentence.

    ``sources`` are the mentions that name a source for the whole sentence; ``later`` those
    that name only the figures after them (``the ministry expects 5.4%``). ``candidates`` are
    the sentence's current dates in the order a fieldwork date is looked for (dates bound to
    figures and relative dates last). ``stated`` is the latest year a current figure states,
    ``local`` a date that dates the figures of a sentence that names no survey.
    ``para_dates`` are the indices of the paragraph's dates up to this sentence's end.
    """

    start: int
    end: int
    paragraph: int
    figures: tuple[FigureFacts, ...]
    sources: tuple[SourceMention, ...]
    later: tuple[SourceMention, ...]
    backref: Backref | None
    reset: bool
    said_new: bool
    names_survey: bool
    candidates: tuple[DateMention, ...]
    bound_at: frozenset[int]
    baseline: tuple[DateMention, ...]
    stated: DateMention | None
    local: DateMention | None
    year_step: bool
    para_dates: range
    #: dates that name an earlier wave ("the last poll in August"): they date their clause only
    waves: tuple[DateMention, ...] = ()
    #: the starts of the candidates that a fieldwork statement gives ("was conducted Feb. 5-9")
    statements: frozenset[int] = frozenset()
    #: a relative date that opens the sentence ("A year ago, 38% said ..."), not bound
    opening: DateMention | None = None
    #: in a sentence that names no survey, its written dates after its first figure that no
    #: figure is bound to ("49% to 32%, but in late January the figures were 52% to 29%")
    inner: tuple[DateMention, ...] = ()
    #: the sentence opens a section: the first of a paragraph right after a heading line
    section: bool = False
    #: the sentence is in the first paragraph after a heading line, and no sentence before
    #: it there names a source: a body it names is the section's, not an aside
    section_lead: bool = False
    #: no figures, but an official data body's number: its date dates the release
    release: bool = False

    @property
    def survey_context(self) -> bool:
        return bool(self.figures) or self.names_survey or self.release


def document_recent(text: str) -> bool:
    """The headline or lead speaks of new polls."""
    return _recent(text, 0, min(len(text), _LEAD)) is not None


@attrs.frozen
class Statement:
    """A fieldwork statement ("The survey of 612 voters was conducted Feb. 12-15"): its date
    and the source it is about (named in its sentence, else the last one named before it)."""

    date: DateMention
    source: str | None


def fieldwork_statements(doc: Document) -> tuple[Statement, ...]:
    """The document's fieldwork statements, wherever they are (a methods paragraph at the end
    dates the figures before it too): a date in a sentence about a survey, after words that
    state fieldwork in its own clause, that is neither an event's, a baseline nor an earlier
    wave's ("the last poll, conducted in August")."""
    text, out = doc.text, []
    for k, sent in enumerate(doc.sentences):
        sl = doc.sentence_slices[k]
        if not sl.dates:
            continue
        srcs = [m for m in doc.sources[sl.sources.start:sl.sources.stop]
                if not (m.forward or m.told)]
        if not srcs and _names_survey(text, sent.start, sent.end) is None:
            continue
        for d in doc.dates[sl.dates.start:sl.dates.stop]:
            if (d.baseline or d.event or d.not_fieldwork or _in_quote(text, sent.start, d.start)
                    or _fieldwork_stated(text, d.start, d.end) is None
                    or _wave_named(text, d.start, d.end) is not None):
                continue
            before = [m for m in srcs if m.start < d.start and not _led_by(text, m)]
            if before or srcs:
                m = (before or srcs)[-1 if before else 0]
                name: str | None = _owner(doc, m) if m.role == "fieldwork" else m.name
            else:
                name = _earlier_source(doc, sl.sources.start, sent.start, sent.end)
            out.append(Statement(d, name))
    return tuple(out)


#: An organization named in an aside of the subject: "X's team, led by Y, interviewed ...".
_LED_BY = regex.compile(
    r"""(?r),[ \t]*(?:led|run|headed|supported|funded|assisted|advised|partnered|aided)
    [ \t]+(?:by|with)[ \t]+(?:the[ \t]+)?\Z""", regex.VERBOSE | regex.IGNORECASE)
_ASIDE_END = regex.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*,")


def _led_by(text: str, m: SourceMention) -> bool:
    """Whether ``m`` is named in an aside (", led by Y,"): the statement is its subject's."""
    return (_LED_BY.search(text, max(0, m.start - 30), m.start) is not None
            and _ASIDE_END.match(text, m.end, min(len(text), m.end + 30)) is not None)


def refers_to(head: str, name: str) -> bool:
    """Whether "the institute" (its head noun) can refer to the organization ``name``."""
    head = head.lower()
    if head in ("pollster", "firm", "company", "group", "organisation", "organization",
                "survey", "poll", "study") or head.startswith("polling"):
        return True
    if head.startswith("central"):  # "the central bank": a central bank of the table's
        return "bank" in name.lower() or name in _CENTRAL_BANKS
    if head.startswith("statisti"):  # "the statistics office": a statistics body
        return OFFICIAL_DATA.search(name) is not None and "bank" not in name.lower()
    return head[:5] in name.lower()


#: Central banks whose names do not say "bank" ("the central bank" refers to them).
_CENTRAL_BANKS: Final = frozenset(("Federal Reserve", "Banxico", "Banco de México",
                                   "Bangko Sentral ng Pilipinas"))


_STATEMENT_BACK: Final = 12  # source mentions looked back at for "the institute's poll"


def _owner(doc: Document, m: SourceMention) -> str:
    """Whose survey a fieldwork agency carried out ("conducted ... by the Social Research
    Centre between 3 and 16 March"): the nearest organization named before it that is not
    itself a fieldwork agency (a few mentions back at most), else the agency."""
    k = bisect.bisect_left(doc.sources, m.start, key=lambda s: s.start)
    for j in range(k - 1, max(-1, k - 1 - _STATEMENT_BACK), -1):
        if doc.sources[j].role != "fieldwork":
            return doc.sources[j].name
    return m.name


def _earlier_source(doc: Document, k: int, start: int, end: int) -> str | None:
    """The source a statement without a name is about: the organization "the institute"
    refers to (the nearest named before it that it can refer to), else the last one named."""
    if k == 0:
        return None
    b = _backref_at(doc.text, start, end)
    if b is not None:
        for j in range(k - 1, max(-1, k - 1 - _STATEMENT_BACK), -1):
            if refers_to(b["head"], doc.sources[j].name):
                return doc.sources[j].name
    return doc.sources[k - 1].name


def month_dates(doc: Document) -> dict[tuple[int, int], int]:
    """``(paragraph, year) ->`` the index of the paragraph's first date that names a month of
    that year (``October 2023``), so ``the previous year (56%)`` finds it in O(1)."""
    out: dict[tuple[int, int], int] = {}
    for para, sl in enumerate(doc.paragraph_slices):
        for k in sl.dates:
            value = doc.dates[k].value
            if (value is not None and doc.dates[k].relative is None and value.end is None
                    and value.month is not None):
                out.setdefault((para, value.year), k)
    return out


def paragraph_facts(doc: Document, para: int) -> ParagraphFacts:
    text, p, sl = doc.text, doc.paragraphs[para], doc.paragraph_slices[para]
    off = bool(sl.stats) and not sl.sources and _off_survey(text, p.start, p.end) is not None \
        and not _measured_before(doc, para)
    year_step = any(doc.dates[k].baseline for k in sl.dates) and (
        _year_step(text, p.start, p.end) is not None)
    return ParagraphFacts(para, off, year_step,
                          _LIST_ITEM.match(text, p.start, p.end) is not None)


_LIST_ITEM: Final = regex.compile(r"[ \t]*(?:[-–—•*·▪●]|[0-9]{1,2}[.)])[ \t]")


_OWN_MEASURE_REACH: Final = 6000  # how far back a survey's own measure is looked for
_OWN_MEASURE_CUES: Final = 4  # at most so many cue words of one paragraph are looked up


def _measured_before(doc: Document, para: int) -> bool:
    """Whether the words of non-survey figures in a paragraph ("the rural unemployment rate
    inched up to 2.5 per cent") are what a survey named shortly before measures: a paragraph
    of figures that names a source or a survey spoke of them ("the unemployment rate ...
    according to the Labour Force Survey"), so the paragraph goes on with that survey's
    figures."""
    text, p = doc.text, doc.paragraphs[para]
    lo = max(0, p.start - _OWN_MEASURE_REACH)
    before = text[lo:p.start].lower()
    cues = 0
    for m in _NOT_SURVEY.pattern.finditer(text, p.start, p.end):
        cues += 1
        if cues > _OWN_MEASURE_CUES:
            return False
        at = before.rfind(m[0].lower())
        while at >= 0:
            k = bisect.bisect_right(doc.paragraphs, lo + at, key=lambda q: q.start) - 1
            q, qs = doc.paragraphs[k], doc.paragraph_slices[k]
            if k < para and len(qs.stats) and (
                    len(qs.sources) or _names_survey(text, q.start, q.end) is not None):
                break
            at = before.rfind(m[0].lower(), 0, at)
        if at < 0:
            return False
    return cues > 0


#: An official data body (a statistics office, a central bank, a census bureau) named inside
#: another organization's survey passage: "Inflation peaked at 31% in 2022, according to the
#: national statistics office" is an aside of one paragraph, and the story returns to its poll.
OFFICIAL_DATA: Final = regex.compile(
    r"""(?<!\w)(?:statisti\w*|\w*stats?|destatis|census|central[ \t]+bank|reserve[ \t]+bank
    |bundesbank|ministry|treasury|department)(?!\w)""", regex.IGNORECASE | regex.VERBOSE)
#: A release's own count in a sentence without scored figures: "Nonfarm payrolls rose by
#: 50,000 in December, the Bureau of Labor Statistics said" dates the release (the next
#: sentence's "The jobless rate fell to 4.4%" is December's).
_RELEASE_COUNT: Final = regex.compile(r"[0-9]")


def _release(text: str, srcs: tuple[SourceMention, ...], start: int, end: int) -> bool:
    """Whether a sentence without figures reports an official data body's number."""
    return any(not m.told and OFFICIAL_DATA.search(m.name) is not None for m in srcs) and (
        _RELEASE_COUNT.search(text, start, end) is not None)


def _own_and_later(
    srcs: tuple[SourceMention, ...], first: int | None
) -> tuple[tuple[SourceMention, ...], tuple[SourceMention, ...]]:
    """The sources that attribute a sentence's figures, and those that name only the figures
    after them ("the ministry expects 5.4%") standing after its first figure at ``first``
    (anywhere in a sentence without figures): those count for later sentences only."""
    def ahead(m: SourceMention) -> bool:
        return m.forward and (first is None or m.start >= first)

    return tuple(m for m in srcs if not ahead(m)), tuple(m for m in srcs if ahead(m))


def sentence_facts(doc: Document, k: int, para: ParagraphFacts) -> SentenceFacts | None:
    """The facts of sentence ``k``; None for a sentence that cannot change the passage (no
    figure, source, date or survey word)."""
    text, sent, sl = doc.text, doc.sentences[k], doc.sentence_slices[k]
    srcs = doc.sources[sl.sources.start:sl.sources.stop]
    if not (sl.stats or srcs or sl.dates or _mentions_survey(text, sent.start, sent.end)):
        return None
    names_survey = _names_survey(text, sent.start, sent.end) is not None
    stats = doc.statistics
    own, later = _own_and_later(srcs, stats[sl.stats[0]].start if sl.stats else None)
    backref = _backref(doc, sent.start, sent.end) if not own else None
    # what the passage may ask: a fieldwork date needs a sentence about a survey, and the
    # latest stated year a source (so the rest is not worked out for other sentences)
    dating = any(not m.told for m in srcs)  # "told the CBI" dates no survey
    named = dating or backref is not None  # ("the ministry expects" counts too)
    read = official_results(text, [(stats[i].start, stats[i].end) for i in sl.stats],
                            sent.start, sent.end)
    results = {i: r for i, r in zip(sl.stats, read, strict=True) if r is not None}
    release = not sl.stats and _release(text, own, sent.start, sent.end)
    dated = _dates(doc, k, dating or names_survey,
                   fieldwork=(bool(sl.stats) or names_survey or release)
                   and (named or names_survey),
                   stated=named, results=results) if sl.dates or results or (
                       sl.stats and "(" in text[sent.start:sent.end]) else _UNDATED  # a legend's
    base = dated.baseline[0] if dated.baseline else None
    from_ends = base is not None and bool(base.value)
    return SentenceFacts(
        sent.start, sent.end, sent.paragraph,
        figures=tuple(_figure_facts(doc, i, dated, from_ends, results.get(i)) for i in sl.stats),
        sources=own, later=later, backref=backref,
        reset=not own and _reset(text, sent.start, sent.end) is not None,
        said_new=bool(own or backref) and _recent(text, sent.start, sent.end) is not None,
        names_survey=names_survey,
        release=release,
        candidates=dated.candidates,
        bound_at=dated.bound_at, baseline=dated.baseline,
        stated=dated.stated,
        local=(_local(dated.current, dated.bound_at - dated.series, stats[sl.stats[0]].start)
               if sl.stats and not names_survey else None),
        year_step=para.year_step,
        para_dates=range(doc.paragraph_slices[sent.paragraph].dates.start, sl.dates.stop),
        waves=dated.waves,
        opening=_opening(text, sent.start, dated.current, dated.bound_at) or (
            # "A year earlier, 53% did" (a baseline's words), unless the sentence writes its
            # date out: "Six months earlier, in August, 24 per cent ..."
            _opening(text, sent.start, dated.baseline, dated.bound_at)
            if all(d.relative is not None for d in dated.current) else None),
        inner=tuple(d for d in dated.current
                    if d.relative is None and d.start not in dated.bound_at
                    and not (d.not_fieldwork or d.event) and d.start > stats[sl.stats[0]].end)
        if sl.stats and not names_survey else (),
        statements=frozenset(d.start for d in dated.candidates
                             if _fieldwork_stated(text, d.start, d.end) is not None),
        section=_opens_section(doc, sent.paragraph, sent.start, first_only=True),
        section_lead=_opens_section(doc, sent.paragraph, sent.start),
    )


def _figure_facts(doc: Document, i: int, dated: _Dated, from_ends: bool,
                  result: str | None) -> FigureFacts:
    """The facts of figure ``i``'s own words (``from_ends``: its sentence has a dated
    baseline for the earlier end of ``from X to Y``)."""
    text, st = doc.text, doc.statistics[i]
    from_to = _from_end(text, st.start, st.end) is not None
    bound = dated.bound.get(i)
    return FigureFacts(
        i, bound, _threshold(text, st.start, st.end) is not None, from_ends and from_to,
        result, _earlier(text, st.start, st.end) is not None,
        pair_from=bound is None and result is None and (from_to or _TO_FIGURE_FROM.search(
            text, max(0, st.start - 30), st.start) is not None))


_HEADING_MAX: Final = 80  # characters of a heading line at most
_HEADLINE_MAX: Final = 200  # characters of a headline at most
#: A heading line: short, with no sentence-ending punctuation and no figure; a colon inside
#: it ("YouGov: immigration still leads", "Poll watch: the regions") but not at its end (a
#: line that introduces a list). Digits only inside a name ("The GLP-1 effect", "After
#: COVID-19", "What Gen Z and the G7 think"), never a figure of their own ("Top 10 worries").
_HEADING = regex.compile(
    r"""[^\n.!?:;0-9%](?:[^\n.!?;0-9%]|(?<=\p{L}-?)[0-9]{1,3}(?![0-9%])){0,79}
    (?<![.!?:;,'"’”)])""",
    regex.VERBOSE)


#: A headline that names a survey only in its second clause, the survey's verb governing
#: words after it: "Jobless rate stuck at 6.1% as Ipsos poll finds shoppers wary", "Prices
#: ease; new Leger survey shows voters unconvinced". The first clause is another subject of
#: the story (official figures, most often), so the lead paragraph opens a section: a
#: statistics office it names is the story's, not an aside from the headline's poll. Not "...
#: as young voters drift, Gallup poll finds" (the poll tells the whole headline).
_SECOND_SUBJECT = regex.compile(
    rf"""(?:(?<!\w)(?:as|while|whereas|but|even[ \t]+as)[ \t]+|[ \t]*[;—–][ \t]*)
    (?:(?:a|an|the|new|latest|fresh|separate)[ \t]+){{0,2}}
    (?:\p{{Lu}}[\w.&'’\-]*[ \t]+){{1,4}}
    (?:(?:{alternation(SURVEY_NOUNS)})[ \t]+)?
    (?:finds|found|shows|showed|suggests|reveals|indicates|says|sees)[ \t]+\w
    # "Fuel costs climb to 5.1%; seven in 10 distrust the figures, Ifop poll finds": a survey told
    # at the end of the clause after a semicolon or a dash tells that clause only
    | [ \t]*[;—–][ \t]*[^;—–\n]{{1,120}}?,[ \t]+(?:(?:a|an|the|new|latest)[ \t]+)?
    (?:\p{{Lu}}[\w.&'’\-]*[ \t]+){{1,4}}
    (?:{alternation(SURVEY_NOUNS)})[ \t]+
    (?:finds|found|shows|showed|suggests|reveals|indicates|says)[ \t]*\Z""",
    regex.VERBOSE,
)


def _second_subject(text: str, start: int, end: int) -> regex.Match[str] | None:
    return _SECOND_SUBJECT.search(text, start, end)


def _opens_section(doc: Document, para: int, start: int, first_only: bool = False) -> bool:
    """Whether the sentence at ``start`` opens the first paragraph after a heading line
    ("What parents think", "The regional picture"), or follows sentences of it that name no
    source ("Hiring slows\n\nGovernment data underscored it. Payrolls rose, the bureau
    said.", unless ``first_only``): a news story's subheading starts a new section, so a
    survey its first naming introduces is the section's, not an aside."""
    if para < 1 or (para == 1 and first_only):
        return False
    first = doc.paragraphs[para].start
    if first != start:
        if first_only:
            return False
        k = bisect.bisect_left(doc.sources, first, key=lambda m: m.start)
        if k < len(doc.sources) and doc.sources[k].start < start:
            return False
    head = doc.paragraphs[para - 1]
    if para == 1:  # the lead, after a headline with a second subject (the row second_subject)
        return head.end - head.start <= _HEADLINE_MAX and _SECOND_SUBJECT_OF(
            doc.text, head.start, head.end) is not None
    return (head.end - head.start <= _HEADING_MAX
            and _HEADING.fullmatch(doc.text, head.start, head.end) is not None)


@attrs.frozen
class _Dated:
    """The dates of one sentence, sorted out: bound to a figure (by figure index), current
    (the sentence's own), ``candidates`` for a fieldwork date, baselines, the latest stated.
    ``series``: the dates bound to a figure of a series a few words after it (still the
    sentence's local date for the figures before them)."""

    bound: dict[int, DateMention]
    bound_at: frozenset[int]
    current: tuple[DateMention, ...]
    candidates: tuple[DateMention, ...]
    baseline: tuple[DateMention, ...]
    stated: DateMention | None
    series: frozenset[int]
    waves: tuple[DateMention, ...] = ()


_UNDATED: Final = _Dated({}, frozenset(), (), (), (), None, frozenset())


def _dates(doc: Document, k: int, survey_named: bool, *, fieldwork: bool,
           stated: bool, results: dict[int, str]) -> _Dated:
    """``survey_named``: the sentence names a source or a survey; ``fieldwork``, ``stated``:
    whether the candidates for a fieldwork date and the latest stated year are wanted;
    ``results``: the figures that are official results (dated by their own clause)."""
    text, sent, sl, stats = doc.text, doc.sentences[k], doc.sentence_slices[k], doc.statistics
    bound = {}
    for i in sl.stats:
        d = (vote_date(doc, sl, stats[i]) if i in results
             else _bound_date(doc, sl, stats[i]))
        if d is not None:
            bound[i] = d
    series = frozenset(_series_dates(doc, sl, bound, results)) if bound else frozenset()
    # a date bound to an earlier figure ("down from 40% in 2000") is no current date, nor
    # is an official result's ("voted by 52% to 48% in 2016", beside a poll's figures)
    earlier = {d.start for i, d in bound.items()
               if i in results or _earlier(text, stats[i].start, stats[i].end) is not None}
    # "down from 59% in March 2024 and 76% when first asked in 2016": the list goes on
    for a, b in zip(sl.stats, sl.stats[1:], strict=False):
        if (b in bound and a in bound and bound[a].start in earlier
                and _LIST_ON.fullmatch(text, bound[a].end, stats[b].start) is not None):
            earlier.add(bound[b].start)
    earlier |= _dated_older(bound, earlier)
    bound_at = frozenset(d.start for d in bound.values())
    if not survey_named:
        earlier |= bound_at - series  # "19% in 2020" dates that figure, not a survey
    said = [d for d in doc.dates[sl.dates.start:sl.dates.stop]
            if not _in_quote(text, sent.start, d.start)]
    # "up 1 point on the last poll in August", "In last year's poll, ...": an earlier wave
    waves = tuple(d for d in said if not d.baseline and d.start not in bound_at
                  and _wave_named(text, d.start, d.end) is not None)
    current = tuple(d for d in said if not d.baseline and d.start not in earlier
                    and d not in waves)
    baseline = tuple(d for d in said if d.baseline and d.start not in bound_at)
    candidates = tuple(sorted(
        (d for d in current if not (d.not_fieldwork or d.event)),  # events: EVENT_RULES
        key=lambda d: (d.start in bound_at, _fieldwork_clause(text, d.start, d.end) is None,
                       d.relative is not None or d.month_only,
                       _BY_DATE.search(text, max(0, d.start - 12), d.start) is None),
    )) if fieldwork else ()
    return _Dated(bound, bound_at, current, candidates, baseline,
                  _stated(bound, earlier) if stated and bound else None, series, waves)


#: "In March, the figures were four points apart; by June the gap had reached 5.6 points":
#: the date a change ran to ("by June") is the current one, not the date it ran from.
_BY_DATE = regex.compile(r"(?r)(?<!\w)(?:by|as\s+of)\s+\Z", regex.IGNORECASE)


def fieldwork_before(text: str, d: DateMention) -> bool:
    """Words of fieldwork (``was conducted``) shortly before the date: asked of the few dates
    that might correct a publication-month guess, so it is not a stored fact."""
    return _fieldwork_before(text, d.start, d.end) is not None


def _dated_older(bound: dict[int, DateMention], earlier: set[int]) -> set[int]:
    """Dates of figures written with month and year beside one month written without its
    year: "rose 2.1% in May, well below the 3.9% recorded in May 2024", "34% in March, up
    from 29% in October 2023". A writer leaves the year off the current release's month and
    writes it on the older one: the dated figure is an earlier one, not the current date."""
    months = {(d.month, d.day) for d in bound.values()
              if d.start not in earlier and d.month_only and d.relative is None
              and not d.baseline}
    if len(months) != 1:
        return set()
    return {d.start for d in bound.values()
            if d.start not in earlier and not d.month_only and d.relative is None
            and d.value is not None and d.value.month is not None}


def _stated(bound: dict[int, DateMention], earlier: set[int]) -> DateMention | None:
    """The latest year a current figure states ("rose from 11.3% in 2021 to 13.6% in 2024");
    without one, the first month without a year a current figure states ("the jobless rate
    fell to 4.1% in June", "rose to 4.7 per cent in the three months to June"): a data
    release's reference month, read against the publication date by the passage."""
    stated = [(d, d.value) for d in bound.values()
              if d.start not in earlier and d.value is not None
              and d.relative is None and not d.month_only and not d.baseline]
    if not stated:  # one month, not a series of them ("20% in December, 22% in January")
        months = [d for d in bound.values() if d.start not in earlier and d.month_only
                  and d.relative is None and not d.baseline]
        return months[0] if len({(d.month, d.day) for d in months}) == 1 else None
    d, value = max(stated, key=lambda dv: dv[1])
    # the current end of a comparison is its latest: "56% now, down from 59% in March 2024
    # and 76% in 2016" states no current year when an earlier figure's date is later
    if any(e.start in earlier and e.value is not None and value < e.value
           for e in bound.values()):
        return None
    return d


def _local(current: tuple[DateMention, ...], bound_at: frozenset[int],
           first: int) -> DateMention | None:
    """A date in a sentence of figures that says nothing of a survey dates those figures
    only: "In 2022, the figures were 41% and 36%", "In April, the rate was 24%" (a month
    without a year only before the figures, not "from 2 points in July to 4"; the passage
    resolves it against the publication date). ``first``: where the first figure starts."""
    return next((d for d in current if d.start not in bound_at
                 and not (d.not_fieldwork or d.event)
                 and d.relative is None
                 and (d.value is not None or (d.month is not None and d.start < first))), None)


#: The words before a date that opens its sentence ("A year ago,", "Last month ...").
_OPENS = regex.compile(r"[\s\"“‘']*(?:(?:and|but|yet|so|by|in|at)[ \t]+)?")


def _opening(text: str, start: int, current: tuple[DateMention, ...],
             bound_at: frozenset[int]) -> DateMention | None:
    """A relative date that opens the sentence and is bound to no figure."""
    return next((d for d in current if d.relative is not None and d.start not in bound_at
                 and _OPENS.fullmatch(text, start, d.start) is not None), None)


def _backref(doc: Document, start: int, end: int) -> Backref | None:
    """``the institute`` in a sentence after some organization was named."""
    if not doc.sources or doc.sources[0].start >= start:
        return None
    m = _backref_at(doc.text, start, end)
    if m is None:
        return None
    head = " ".join(m["head"].casefold().split())
    named = None
    for s in doc.sources:  # the last organization described by the noun before it
        if s.start >= m.start():
            break
        if s.noun == head:
            named = s
    return Backref(m.start(), m.end(), m[0], m["head"], named)


_UNBOUND_KINDS: Final = ("change", "ratio", "sample_size", "margin_of_error")
_LEVEL_KINDS: Final = ("change",)  # a lead or margin can be an earlier level


def _bound_date(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The date bound to the figure: the first row of :data:`BIND_RULES` that binds one.
    Changes and ratios take the later measurement, and sample sizes and margins the survey's
    date, so no date binds to them. Each row looks only at the dates within its reach
    (bisection), so a sentence of many figures and dates stays linear."""
    if st.kind in _UNBOUND_KINDS and not (
            st.kind in _LEVEL_KINDS and _earlier(doc.text, st.start, st.end) is not None):
        # "surveyed 2,301 adults June 11-15": the survey's date, not the figure's; but a
        # margin that is an earlier level is dated ("down from 19 points in June"), and a
        # change "in" a month or quarter is that period's ("prices rose 0.4% in June")
        return _change_in(doc, sl, st) if st.kind in _CHANGES else None
    for bind in _BINDERS:
        d = bind(doc, sl, st)
        if d is not None:
            return d
    return None


#: A forecast's words before a change: "expect GDP to grow by 0.2%", "will expand 3%".
_FORECAST_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:expect\w*|forecast\w*|predict\w*|project(?:s|ed|ing|ions?)?|
        outlook|will|would|could|to[ \t]+(?:grow|rise|expand|fall|shrink|contract|increase|
        decline|slow|climb|ease|drop))(?:[ \t]+[^\s.;!?]{1,24}){0,8}?[ \t]+\Z""",
    regex.VERBOSE | regex.IGNORECASE)
_FORECAST_REACH: Final = 90


def _change_in(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The month, quarter or year a change is measured in, written right after it with "in"
    or "during": "prices rose 0.4% in June", "output grew 0.3 per cent in the June quarter",
    "output expanded 3.1 per cent in 2023" (a single year, not a span: "rose 12% in
    2019-2024" runs from one to the other)."""
    d = _date_after(doc, sl, st)
    if d is None or d.relative is not None or (
            d.value is not None and d.value.month is None and (
                d.value.end is not None or _FORECAST_BEFORE.search(
                    doc.text, max(0, st.start - _FORECAST_REACH), st.start)
                is not None)):
        return None  # "expect GDP to grow by 0.2% in 2025": the year a forecast is for
    hit = _BOUND_AFTER.fullmatch(doc.text, st.end, d.start)
    return d if hit is not None and hit["in"] else None


def _date_before_bracket(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A date right before the figure's bracket: ``the previous year (56%)``."""
    text, dates = doc.text, doc.dates
    for k in doc.dates_starting(st.start - _BRACKET_GAP - doc.longest_date, st.start, sl.dates):
        d = dates[k]
        if 0 <= st.start - d.end <= _BRACKET_GAP and _BOUND_BEFORE.match(text[d.end : st.start]):
            return d
    return None


#: Between a date and the extreme level it dates: "the 2007 low of 63%", "its 2019 peak of
#: 61 per cent", "March's record high of 48%".
_EXTREME_BETWEEN = regex.compile(
    r"""(?:['’]s)?[ \t]+(?:all-time[ \t]+|record[ \t]+)?(?:low|high|peak|trough|nadir|record)s?
    [ \t]+(?:of|at)[ \t]+(?:(?:just|about|around|some|nearly|almost)[ \t]+)?""",
    regex.VERBOSE | regex.IGNORECASE)
_EXTREME_GAP: Final = 40


def _date_of_extreme(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A date naming the extreme level the figure is: ``above the 2007 low of 63%`` (a date
    as written: "the year's peak of 58 percent, set in the second week of March" is
    dated by its clause)."""
    text, dates = doc.text, doc.dates
    for k in doc.dates_starting(st.start - _EXTREME_GAP - doc.longest_date, st.start, sl.dates):
        d = dates[k]
        if d.relative is None and 0 <= st.start - d.end <= _EXTREME_GAP and (
                _EXTREME_BETWEEN.fullmatch(
                    text, d.end, st.start)):
            return d
    return None


def _date_after(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A date right after the figure: ``18% in September 2024``, ``52% in its 2023 poll``."""
    text, dates = doc.text, doc.dates
    for k in doc.dates_starting(st.end, st.end + _MAX_BIND_GAP + 1, sl.dates):
        d = dates[k]
        hit = _BOUND_AFTER.fullmatch(text, st.end, d.start)
        if hit and not (hit["from"] and (d.relative is not None or st.kind in _CHANGES)):
            # "prices rose 2.7% from a year earlier", "sales rose 0.5% from June": the base
            # of a change, not when the figure was measured
            return d
    return None


#: The rest of a pair whose date follows "respectively": "[50%] and 38%, respectively, in a
#: February survey".
_RESPECTIVELY_PAIR = regex.compile(
    r"""[ \t]*,?[ \t]*(?:and|to)[ \t]+[0-9]{1,3}(?:[.,][0-9]{1,2})?
    (?:[ \t]*(?:%|per[ \t]?cent|percent))?[ \t]*,?[ \t]*respectively(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE)


def _date_of_respectively(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The first figure of a pair dated after "respectively": ``50% and 38% respectively in
    a February Trend survey`` (the second figure is bound by ``date_after``)."""
    m = _RESPECTIVELY_PAIR.match(doc.text, st.end, min(len(doc.text), st.end + 40))
    if m is None:
        return None
    for k in doc.dates_starting(m.end(), m.end() + _MAX_BIND_GAP + 1, sl.dates):
        d = doc.dates[k]
        hit = _BOUND_AFTER.fullmatch(doc.text, m.end(), d.start)
        if hit and not hit["from"]:
            return d
    return None


def _date_of_earlier_clause(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """An earlier figure takes the date of its own clause: ``up from 45 per cent when the
    Institute asked the same question in early February`` (the first date after it, with no
    other figure or sentence end in between)."""
    text, dates = doc.text, doc.dates
    if _earlier(text, st.start, st.end) is None:
        return None
    pair = _PAIR_PARTNER.match(text, st.end, min(len(text), st.end + 40))
    end = st.end if pair is None else pair.end()  # "compared with a 51% to 40% edge in August"
    after = doc.dates_starting(end, end + _CLAUSE_DATE_REACH + 1, sl.dates)
    if after and _CLAUSE_STOP.search(text, end, dates[after[0]].start) is None:
        return dates[after[0]]
    return None


def _date_of_relative_clause(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A date in the figure's own relative clause of measuring: ``the 38% the institute
    recorded in the third quarter of 2023`` (the first date after it within reach, reached
    by that clause alone)."""
    text, dates = doc.text, doc.dates
    for k in doc.dates_starting(st.end, st.end + _MEASURED_REACH + 1, sl.dates):
        d = dates[k]
        if _MEASURED_AFTER.fullmatch(text, st.end, d.start) is not None:
            return d
        break
    return None


def _date_of_when_clause(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A figure in the "when" clause of a date before it takes that date: ``a shift from May,
    when they favoured her 44 percent to 40 percent`` (the nearest date before, joined by the
    clause alone)."""
    text, dates = doc.text, doc.dates
    near = doc.dates_starting(st.start - _WHEN_REACH - doc.longest_date, st.start, sl.dates)
    if near:
        d = dates[near[-1]]
        if d.end <= st.start and _WHEN_BETWEEN.fullmatch(text, d.end, st.start) is not None:
            return d
    return None


#: A figure in brackets right after another one: "Labor 34% (35%)", "Greens 12 (11)".
_BRACKETED_AFTER_FIGURE = regex.compile(
    r"(?r)[0-9](?:[ \t]*(?:%|per[ \t]?cent|percent|pc))?[ \t]*\([ \t]*\Z", regex.IGNORECASE)
#: A legend that says what the bracketed figures are: "(previous poll, 24-30 October, in
#: brackets)", "Figures in parentheses are from the March survey" (not the changes: "change
#: on last month in brackets" dates the later measurement).
_LEGEND = regex.compile(
    r"""(?r)(?<!\w)(?:in[ \t]+)?(?:brackets|parenthes[ie]s)(?!\w)""", regex.IGNORECASE)
_LEGEND_CHANGE = regex.compile(r"(?<!\w)(?:change|changes|difference|net)(?!\w)",
                               regex.IGNORECASE)
_LEGEND_REACH: Final = 700  # from a legend to the last figure of its table
_LEGEND_SPAN: Final = 90  # a legend's date within so many characters before its word


def _date_of_bracket_legend(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A figure in brackets after another, in a list under a legend that says what the
    bracketed figures are and dates them ("The full results (previous poll, 24-30 October,
    in brackets): ... Labor 34% (35%)"): the legend's date."""
    text = doc.text
    if _BRACKETED_AFTER_FIGURE.search(text, max(0, st.start - 16), st.start) is None:
        return None
    lo = max(0, st.start - _LEGEND_REACH)
    m = _LEGEND.search(text, lo, st.start)
    if m is None:
        return None
    start = max(lo, m.start() - _LEGEND_SPAN)
    cut = max(text.rfind("\n", start, m.start()), text.rfind(".", start, m.start()))
    start = max(start, cut + 1)
    if _LEGEND_CHANGE.search(text, start, m.end()) is not None:
        return None
    near = doc.dates_starting(start, m.start(), range(len(doc.dates)))
    return doc.dates[near[-1]] if near else None


_SERIES_REACH: Final = 80
#: Between a figure and a date of the series: no sentence end, and no new clause about another
#: subject ("23 per cent, while development, which topped the list five years ago, ...").
_SERIES_STOP = regex.compile(r"[.;!?\n]|(?<!\w)(?:while|whereas|which|who)(?!\w)",
                             regex.IGNORECASE)
#: "80% of those surveyed in May": the date of the survey, not of the figure alone.
_SURVEYED = regex.compile(
    r"(?<!\w)(?:surveyed|polled|interviewed|questioned|conducted|fielded|carried\s+out)(?!\w)",
    regex.IGNORECASE)


def _series_dates(doc: Document, sl: Slices, bound: dict[int, DateMention],
                  results: dict[int, str]) -> list[int]:
    """Every figure of a dated series its own date: in a sentence where a figure is bound to
    its date ("19 per cent in November"), a figure whose date comes a few words later ("14
    per cent named it their top issue in 2021, 19 per cent in November") takes the first
    date after it, before the next figure, unless that date is the survey's ("80% of those
    surveyed in May"). Adds to ``bound``; returns the starts of the dates it binds."""
    text, stats, ids = doc.text, doc.statistics, sl.stats
    taken = {d.start for d in bound.values()}
    out = []
    for n, i in enumerate(ids):
        st = stats[i]
        if i in bound or i in results or st.kind in _UNBOUND_KINDS:
            continue
        stop = stats[ids[n + 1]].start if n + 1 < len(ids) else st.end + _SERIES_REACH
        for k in doc.dates_starting(st.end, min(stop, st.end + _SERIES_REACH), sl.dates):
            d = doc.dates[k]
            if d.start not in taken and not (d.event or d.not_fieldwork or d.baseline) and (
                    _SERIES_STOP.search(text, st.end, d.start) is None) and (
                    _SURVEYED.search(text, st.end, d.start) is None):
                bound[i] = d
                out.append(d.start)
            break
    return out


#: What ends a clause for an official result's date: "...in 2016, but a new poll finds".
_RESULT_CLAUSE_BREAK = regex.compile(
    r";|(?<!\w)(?:but|while|whereas|although|though|meanwhile|now|today)(?!\w)", regex.IGNORECASE)
_RESULT_DATE_REACH: Final = 90


def _clause_date(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The date of an official result: the nearest date of its own clause, before or after
    it ("In the 2024 general election, the party won 30%"; "voted to leave by 52% to 48% in
    the 2016 referendum"). Only the dates within reach are looked at (bisection)."""
    text, best, gap = doc.text, None, _RESULT_DATE_REACH + 1
    for k in doc.dates_starting(st.start - _RESULT_DATE_REACH - doc.longest_date,
                                st.end + _RESULT_DATE_REACH + 1, sl.dates):
        d = doc.dates[k]
        lo, hi = (d.end, st.start) if d.end <= st.start else (st.end, d.start)
        if 0 <= hi - lo < gap and _RESULT_CLAUSE_BREAK.search(text, lo, hi) is None:
            best, gap = d, hi - lo
    return best


#: A vote named right after a result: "40.3% at the last election", "the 4.98 percent it
#: won at the February election", "45 percent in the 2021 vote".
_AT_VOTE = regex.compile(
    r"""(?:[ \t]+(?:it|they|he|she|the[ \t]+party)[ \t]+(?:won|took|got|received|secured|
        polled))?[ \t]+(?:at|in)[ \t]+(?:the|last|that|this)[ \t]+(?:[\w\-'’]+[ \t]+){0,3}?
    (?:elections?|votes?|referendums?|plebiscites?|polls)(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE)
_AT_VOTE_REACH: Final = 70
#: A vote named right before a result: "its election score of 16.4 per cent".
_VOTE_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:elections?|electoral|referendum)[ \t]+(?:scores?|results?|tally|total|
    haul|showing)[ \t]+of[ \t]+(?:[\w]+[ \t]+){0,2}\Z""", regex.VERBOSE | regex.IGNORECASE)


def vote_date(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The date of an official result: a result "at the election" is dated by that vote, its
    date as written there ("at the February election") or, when the phrase names none, as the
    text stated it last before ("the September 2025 election" ... "28.0 per cent at the
    election"), else first after; otherwise the nearest date of its own clause
    (:func:`_clause_date`). One bisection into the document's vote dates."""
    at = _AT_VOTE.match(doc.text, st.end, min(len(doc.text), st.end + _AT_VOTE_REACH))
    if at is None:
        own = _clause_date(doc, sl, st)
        if own is None and _VOTE_BEFORE.search(doc.text, max(0, st.start - 50),
                                                st.start) is not None:
            return _vote_named(doc, sl, st)  # "its election score of 16.4 per cent"
        return own if own is not None else _vote_of_paragraph(doc, st)
    inside = doc.dates_starting(st.end, at.end(), sl.dates)
    if inside:
        return doc.dates[inside[0]]
    return _vote_named(doc, sl, st)


_VOTE_PARAGRAPH_REACH: Final = 400


def _vote_of_paragraph(doc: Document, st: Statistic) -> DateMention | None:
    """A result whose clause names no date takes the vote dated last before it in its
    paragraph ("At the May 2022 federal election Labor won 32.6 per cent ... Once
    preferences were distributed, Labor took 52.1 per cent"): the results of one vote, listed
    on (one bisection)."""
    k = bisect.bisect_left(doc.vote_starts, st.start)
    if k == 0:
        return None
    d = doc.votes[k - 1]
    if st.start - d.end > _VOTE_PARAGRAPH_REACH or "\n" in doc.text[d.end:st.start]:
        return None
    return d


def _vote_named(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The vote the text dated last before the figure, else first after, else the nearest
    date of the figure's own clause (one bisection into the document's vote dates)."""
    k = bisect.bisect_left(doc.vote_starts, st.start)
    if k > 0:
        return doc.votes[k - 1]
    if k < len(doc.votes):
        return doc.votes[k]
    return _clause_date(doc, sl, st)


def _in_quote(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside quoted speech that opened after ``start`` (looking back a
    bounded stretch, so many dates in one long sentence stay linear)."""
    before = text[max(start, pos - _QUOTE_REACH) : pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _mentions_survey(text: str, start: int, end: int) -> bool:
    """A quick test for words that a reset or a period cue needs (plain substring search)."""
    chunk = text[start:end].lower()
    return any(w in chunk for w in _SURVEY_WORDS)


# -- the cues of wording, as a registry ----------------------------------------------------------
#
# Each detector reads the stretch ``text[start:end]`` (a paragraph or a sentence) or, for a
# figure or a date, a bounded stretch around its span, and returns the match of its cue or None.


def _earlier_figure(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``from``, ``compared with``, ``than`` just before the figure: an earlier figure."""
    return _EARLIER_BEFORE.search(text, max(0, start - _EARLIER_REACH), start)


def _threshold_noun(text: str, start: int, end: int) -> regex.Match[str] | None:
    """"below the 5 per cent hurdle", "the 50 per cent plus one required": a rule, not a
    finding of the survey the passage is about."""
    return _THRESHOLD_AFTER.match(text, end, min(len(text), end + 40))


def _levy_rate(text: str, start: int, end: int) -> regex.Match[str] | None:
    """"25 percent tariffs", "a VAT increase of 0.5 percentage points": a rate of policy that a
    poll story recalls, not a finding of its survey."""
    return (_LEVY_AFTER.match(text, end, min(len(text), end + 40))
            or _LEVY_CHANGE_BEFORE.search(text, max(0, start - 50), start))


def _from_to(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The figure is the earlier end of ``from X to Y``."""
    if _FROM_BEFORE.search(text, max(0, start - 8), start) is None:
        return None
    return _TO_AFTER.match(text, end, min(len(text), end + 12))


def _fieldwork_words_before(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Words of fieldwork (``was conducted``) within a short reach before the date."""
    return _FIELDWORK.search(text, max(0, start - _FIELDWORK_REACH), start)


def _fieldwork_in_clause(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Words of fieldwork in the date's own clause ("carried out from 7 to 15 May, below the
    level of June 2019": the May dates come first; "the 31% it recorded in 2019" does not)."""
    lo = max(0, start - _FIELDWORK_CLAUSE)
    cut = _CLAUSE_BREAK.search(text, lo, start)
    return _FIELDWORK.search(text, cut.end() if cut else lo, start)


def _fieldwork_statement(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Words that state fieldwork in the date's own clause: "The survey of 612 voters was
    conducted Feb. 12-15", "The poll, taken between 4 and 8 October", "Fieldwork: 3-5 March"
    (not "up from 41% when it was last asked in May": a comparing clause cuts it off)."""
    lo = max(0, start - _STATEMENT_REACH)
    cut = _STATEMENT_BREAK.search(text, lo, start)
    lo = cut.end() if cut else lo
    if _STATEMENT_COMPARES.search(text, lo, start) is not None:
        return None
    return _FIELDWORK_STATED.search(text, lo, start)


#: A date that opens its sentence, perhaps after a preposition: "From October 16 - 20, ...",
#: "Between 3 and 7 March, ...", "On June 12-14, ...".
_OPENS_SENTENCE = regex.compile(
    r"""(?r)(?:\A|[.!?]["”’]?[ \t]+|\n)["“‘]?[ \t]*
        (?:(?:from|between|on|over|during|in)[ \t]+)?\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: Its clause goes on to state fieldwork: ", 1,327 registered voters were surveyed",
#: ", Ipsos interviewed 1,000 adults" (not ", the same poll found 40%").
_STATED_AFTER = regex.compile(
    rf"""[ \t]*,[ \t]+(?P<gap>[^.;:!?\n]{{0,100}}?)(?P<w>{_FIELDWORK_STATED.pattern})""",
    regex.VERBOSE | regex.IGNORECASE,
)
_OPENS_REACH: Final = 20


def _fieldwork_after_opening(text: str, start: int, end: int) -> regex.Match[str] | None:
    """A date that opens its sentence and whose clause then states fieldwork: "From October
    16 - 20, 1,327 registered voters were surveyed", "Between 3 and 7 March, Ipsos
    interviewed 1,000 adults" (not "In March, the same poll found 40%", nor a clause that
    compares: "In May, before the poll was taken again, ...")."""
    if _OPENS_SENTENCE.search(text, max(0, start - _OPENS_REACH), start) is None:
        return None
    m = _STATED_AFTER.match(text, end)
    if m is None or _STATEMENT_COMPARES.search(m.group("gap")) is not None:
        return None
    return m


def _wave_noun(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The date names an earlier wave of a survey: "up 1 point on the last poll in August",
    "The previous survey, in July, had ...", "In last year's poll, ..."."""
    m = _WAVE_NOUN_BEFORE.search(text, max(0, start - _WAVE_NOUN_REACH), start)
    if m is not None:
        return m
    said = " ".join(text[start:end].lower().split())
    if said.startswith(("last ", "previous ")) or said.endswith(" ago"):
        return _WAVE_NOUN_AFTER.match(text, end, min(len(text), end + _WAVE_NOUN_REACH))
    return None


_WAVE_NOUN_REACH: Final = 60


#: Reads ``text`` at the stretch ``start, end``: the match of its cue, or None.
Find = Callable[[str, int, int], "regex.Match[str] | None"]
#: What a row is given: a paragraph or a sentence (the stretch itself), a figure's or a
#: date's span (the detector looks a bounded way around it).
Scope = Literal["paragraph", "sentence", "figure", "date"]


@attrs.frozen
class FactRule:
    """One cue of wording that decides a fact, as a row of :data:`FACT_RULES`.

    ``fact`` names what the row decides and ``says`` its value when ``find`` finds the cue;
    when no row of a fact finds its cue, the fact is false. ``find`` is pure. ``examples``
    are texts in which the row decides its fact for the whole text (``paragraph``,
    ``sentence``) or for one of its figures or dates; ``near_misses`` are texts that look
    alike in which it finds nothing. One generic test runs them all
    (tests/test_facts.py); a failure names the row.
    """

    name: str
    fact: str
    scope: Scope
    find: Find
    examples: tuple[str, ...]
    near_misses: tuple[str, ...] = ()
    says: bool = True


#: Before a bullet line: the head of its list naming people asked or what they answered
#: ("Share of U.S. adults who favor:", "Voters who say the following are major problems:") or
#: the survey's findings ("Key findings:"), perhaps with earlier items of the list between.
_ANSWERS_HEAD_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:adults|voters|respondents|people|residents|parents|workers|employees
    |consumers|those|who|say|said|saying|agree|agreed|favou?r|support|oppose|backed|want
    |findings|results|highlights|takeaways)  # "Here are the other key findings:"
    (?!\w)[^\n:]{0,80}:[ \t]{0,8}\r?\n(?:[ \t]{0,8}\r?\n)?
    (?:[ \t]{0,8}[•·▪◦*\-–][^\n]{0,300}\r?\n(?:[ \t]{0,8}\r?\n)?){0,40}\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)
_ANSWERS_REACH: Final = 13_000  # how far back the head of a list is looked for


def _answer_list_item(text: str, start: int, end: int) -> regex.Match[str] | None:
    """A bullet line of a list whose head names the people asked or their answer: the words
    of its item ("Background checks for gun sales: 85 percent") are what was asked, not
    figures of another body, so they do not take the paragraph off the survey."""
    pos = start
    while pos < end:
        m = BULLET_LINE.match(text, pos, end)
        if m is not None and (pos == 0 or text[pos - 1] == "\n") and (
                _ANSWERS_HEAD_BEFORE.search(text, max(0, pos - _ANSWERS_REACH), pos)
                is not None):
            return m
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        pos = nl + 1
    return None


#: The rows, by scope. Within one fact the order is the priority: the first row that finds
#: its cue decides.
FACT_RULES: Final[tuple[FactRule, ...]] = (
    FactRule("answer_list_item", "off_survey", "paragraph", _answer_list_item, (
        "Share of voters who support:\n• Higher taxes on retail sales: 41%",
        "Respondents who agree:\n\n- Mortgage rates are too high: 62 per cent\n"
        "- Inflation will rise this year: 55 per cent",
        "Other key findings:\n\n- 21% named taxes as their biggest problem, ahead of red "
        "tape at 17%",
        "Highlights of the survey:\n• 3 in 10 firms cut prices\n• 12% raised wages",
    ), (
        "Official figures:\n• Retail sales rose 2.1% in May",
        "Inflation rose to 3.1%.\n• Sales fell 2%.",
    ), says=False),
    FactRule("survey_talk", "off_survey", "paragraph", _PARA_SURVEY.search, (
        "Inflation is at 3.1%, and 58% of voters think it will rise.",
        "Mortgage rates hit 6.5%. In the poll, 40% of homeowners were worried.",
        "Tariffs of 25% were popular: 61 per cent said they backed them.",
        "Inflation remains the biggest concern in Argentina, at 48%.",
        "Unemployment is the top worry in Spain (41%), ahead of housing (33%).",
        "Prices were cited by 39% of Canadians, the cost of housing by 30%.",
        "In South Africa, unemployment is the most pressing problem, at 71 per cent.",
        "Corruption was named by an average of 25% across the 30 countries, inflation by 31%.",
        "Despite falling inflation, the confidence score stood at -16 in March 2024.",
        "Shoppers were gloomier about the economy as prices rose.",
        "The index of expected finances rose two points to -6 while prices climbed.",
        "Year-ahead inflation expectations rose to 4.1 percent from 3.6 percent.",
        "Long-run price expectations edged up to 3.2 per cent in June.",
        "Expectations of inflation over five years held at 2.9% in the Bundesbank panel.",
        "Lower interest rates should help, he said. The index is based on 604 responses.",
        "Mortgage rates fell; the report draws on a random sample of 1,200 members.",
        "Asked who was to blame for the 25% tariffs, 48% pointed to Ottawa.",
        "When asked whether prices would rise, 61 per cent blamed the war.",
    ), (
        "Inflation remains a concern for the central bank, at 3.1%.",
        "Unemployment, cited in the report, rose to 5.2%.",
        "Inflation eased to 2.4% in March.",
        "The central bank held its main rate at 4.25% on Thursday.",
        "The index of share prices fell 6 points to 7,412.",
        "Growth was -0.3% in the quarter as inflation rose.",
        "Inflation beat expectations at 3.4% in May.",
    ), says=False),
    FactRule("non_survey_figures", "off_survey", "paragraph", _NOT_SURVEY.search, (
        "Inflation eased to 2.4% in March.",
        "Shares in the airline closed 3% lower after its profits fell.",
        "The jobless rate held at 4.1% and GDP grew 0.3% in the quarter.",
    ), (
        "Support for the bill stands at 44%.",
        "The stockmarket-style swings of 9% in the ratings were unusual.",
    )),
    FactRule("second_subject", "second_subject", "paragraph", _second_subject, (
        "Canada's jobless rate holds at 6.9% as Abacus poll finds renters anxious",
        "UK inflation dips to 3.2%; new YouGov survey shows voters unconvinced",
        "RBA holds rates steady, but Essential poll suggests mortgage stress is rising",
        "India's retail inflation eases while CVoter survey finds prices top worry",
        "Eurozone growth stalls — latest Eurobarometer finds trust in the EU rising",
        "Philippine inflation eases to 1.8%; Pulse Asia sees more families going hungry",
        "Fuel costs climb to 5.1%; seven in 10 distrust the figures, Ifop poll finds",
        "Aussie jobless rate at 4.1% — most fear for their jobs, Roy Morgan survey shows",
    ), (
        "Canadian smoking slides to a new low as teenagers quit, Gallup poll finds",
        "Inflation eases as households spend less",
        "Jobless rate steady as economists expect a rate cut",
        "Ipsos poll finds Labor ahead as cost of living bites",
        "Fuel costs climb to 5.1%; seven in 10 distrust the figures, poll finds",
        "Labour slips to 34%, Tories steady on 29%, YouGov poll finds",
    )),
    FactRule("year_step", "year_step", "paragraph", _YEAR_STEP.search, (
        "Trust in the courts rose 4 points over the past year.",
        "Backing for the tax is up 6 points year-on-year.",
        "That is 3 points higher than a year earlier.",
    ), (
        "Trust in the courts rose 4 points over the past month.",
        "The yearly report put it at 41%.",
    )),
    FactRule("survey_word", "names_survey", "sentence", _SURVEY_CONTEXT.search, (
        "The survey was carried out online.",
        "Researchers interviewed 900 farmers in the north.",
        "The latest wave shows little change.",
        "Fieldwork took place between 29 September and 8 October.",
    ), (
        "The minister resigned on Friday.",
        "Turnout was 61% in the capital.",
    )),
    FactRule("other_sources", "reset", "sentence", _RESET.search, (
        "Other polling agencies put the party several points lower.",
        "A separate survey by a university found less support.",
        "One of the first polls after the debate had her ahead.",
        "Averaged together, the four surveys put Labor on 35 per cent.",
        "An average of the national polls has the Liberals ahead by two points.",
        "The polling average has the governor on 48%.",
        "A poll of polls puts the AfD at 26%.",
        "Claims circulating online that the party is at 40 per cent are wrong.",
        "The claim: the premier's approval is above 70 per cent.",
        "A graphic shared widely on social media put turnout at 85%.",
        "Fact check: did 60% of Canadians really back the tax?",
        'But "two in three" overstates what the polls show.',
    ), (
        "The agency polled 1,000 adults.",
        "Another poll is due next week.",
        "Other candidates trailed far behind.",
        "Independence would win by 53% to 47%, a new poll suggests.",
        "The average respondent in the poll was 47 years old.",
        "Voters put average rents at 41% of income, the poll found.",
        "Some 41% get their news on social media, the poll found.",
        "Jobless claims rose to 230,000, the Labor Department said.",
        "The poll claims a margin of error of 3 points.",
        "The poll overstates Labour's lead, at 9 points.",
    )),
    FactRule("new_survey", "recent", "sentence", _RECENT.search, (
        "A new poll from the institute shows the race tied.",
        "The survey, published on Monday, puts him ahead.",
        "The latest study finds most tenants rent privately.",
    ), (
        "An older poll had the race tied.",
        "The renewed survey effort stalled.",
    )),
    FactRule("backref", "backref", "sentence", _BACKREF.search, (
        "The institute found that 40% agree.",
        "According to the pollster, support is flat.",
        "The polling firm's director called it a shift.",
        "That survey of 1,255 voters put the party at 31 per cent.",
        "The bureau's annual household survey put the jobless rate at 6.5 per cent.",
        "Inflation is above the central bank's 2 per cent target.",
        "According to the statistics office, prices rose 3.1 per cent.",
    ), (
        "An institute in Berlin ran the numbers.",
        "The institutional investors sold out.",
        "The firmest backers stayed loyal.",
        "This survey of 1,000 adults is the first of its kind.",
        "A central banker said 2 per cent was the goal.",
        "The bureaucrats' pay rose 3 per cent.",
    )),
    FactRule("earlier_figure", "earlier", "figure", _earlier_figure, (
        "Support fell to 38%, down from 45% in the spring.",
        "It stands at 51% compared with 47% last year.",
        "Backing is higher than 30% for the first time.",
    ), (
        "Support fell to 38% this spring.",
        "Some 45% of adults agree.",
    )),
    FactRule("threshold", "threshold", "figure", _threshold_noun, (
        "The party fell below the 5 per cent hurdle.",
        "A referendum needs 50 per cent plus one to pass.",
        "Inflation is above the 2% target again.",
    ), (
        "The party won 5 per cent of the vote.",
        "Only 2% targeted the ads.",
    )),
    FactRule("levy", "threshold", "figure", _levy_rate, (
        "Trump threatened 25 percent tariffs on Canadian goods.",
        "The budget adds a 2% levy on bank profits.",
        "Labour brought in a 20% import duty on steel.",
        "It came after a GST cut of 2 percentage points in March.",
        "The RBI's interest rate rise of 0.25 percentage points weighed on sentiment.",
    ), (
        "Some 61% of voters oppose the tariffs, the Leger poll found.",
        "Only 38% of taxpayers trust the agency.",
        "Support for the tax rose by 4 points to 45%.",
        "In the Angus Reid poll, 61% oppose tariffs and 45% back a carbon tax.",
    )),
    FactRule("from_end", "from_end", "figure", _from_to, (
        "Approval went from 40% to 46% in a month.",
        "Backing climbed from 31 per cent to 37 per cent.",
    ), (
        "Approval went to 46% from 40%.",
        "Approval rose 6 points, from 40%.",
    )),
    FactRule("fieldwork_clause", "fieldwork_clause", "date", _fieldwork_in_clause, (
        "The poll was carried out from 7 to 15 May, below the level of June 2019.",
        "Interviews were conducted in March 2024.",
    ), (
        "Support is the highest since 2019.",
        "In March 2024, the same poll found 40%.",
    )),
    FactRule("fieldwork_statement", "fieldwork_statement", "date", _fieldwork_statement, (
        "The survey of 612 likely voters was conducted Feb. 12-15 online.",
        "The poll, taken between 4 and 8 October, reached 1,002 voters.",
        "Fieldwork: 3-5 March 2025, 1,204 adults in Great Britain.",
        "Infratest dimap polled 1,311 eligible voters from Monday to Wednesday.",
        "Interviews with 1,720 respondents in 42 counties took place between July 19 and 27.",
    ), (
        "Support is 41%, up from 38% when the poll was last taken in May.",
        "The party has gained ground since the election in March.",
        "Between 2019 and 2023, trust fell sharply.",
        "She won 55% of the vote in the run-off in December.",
        "He led in the run-up to the vote in October.",
    )),
    FactRule("fieldwork_after_opening", "fieldwork_statement", "date",
             _fieldwork_after_opening, (
        "From March 3 - 7, 1,412 registered voters nationwide were surveyed by telephone.",
        "Between 9 and 13 June, Ipsos interviewed 1,004 adults across Britain.",
        "On 14-16 November, 2,010 Australians were polled online.",
        "From Jan. 8 to 12, the Angus Reid Institute surveyed 1,600 Canadians.",
        "Between 2 and 6 October 2024, 10,319 voters across India were questioned in person.",
    ), (
        "In March, the same poll found 40% backing the plan.",
        "From 2019 to 2023, the share of renters rose steadily.",
        "On June 4, voters go to the polls in a snap election.",
        "In May, before the poll was taken again, support was 38%.",
        "Since January 2024, 3,000 households have been surveyed each quarter.",
    )),
    FactRule("earlier_wave_noun", "wave_noun", "date", _wave_noun, (
        "New Zealand First rose to 10%, up 1 point on the last poll in August.",
        "The previous survey, in July, had the Tories 11 points behind.",
        "In last year's poll, 54 per cent said the economy was good.",
        "In last month's Channel 9 poll, the premier led by two points.",
        "Approval is 44%, against 47% in the same poll of March 2024.",
        "Its prior wave of November 2023 put the figure at 30%.",
    ), (
        "The latest poll, conducted in August, found 44%.",
        "Last year, inflation peaked at 9%.",
        "The poll in August found Labour ahead.",
    )),
    FactRule("fieldwork_before", "fieldwork_before", "date", _fieldwork_words_before, (
        "The survey was fielded online, mostly in the second half of October 2024.",
        "The firm polled 1,000 adults in June 2023.",
    ), (
        "The poll in October 2024 found 40%.",
        "Support is the highest since 2019.",
    )),
)


def deciding(fact: str, text: str, start: int, end: int) -> FactRule | None:
    """The row that decides ``fact`` at the stretch: the first of its rows, in registry order,
    that finds its cue (None: no row does, and the fact is false)."""
    return next((r for r in FACT_RULES if r.fact == fact and r.find(text, start, end)), None)


def decider(fact: str) -> Find:
    """``fact`` as one function, built once: a match of a cue when the fact is true, None when
    it is false, as :func:`deciding` decides. A fact of one row that says true is that row's
    ``find`` itself (no call in between). With several rows they are tried from the last up,
    each only when its value would change the answer so far, so a row that can only confirm
    what the rows after it say is never run ("survey_talk" runs only in a paragraph where
    "non_survey_figures" found a cue)."""
    rows = tuple(r for r in FACT_RULES if r.fact == fact)
    if not rows:
        raise KeyError(fact)
    if len(rows) == 1 and rows[0].says:
        return rows[0].find

    def decide(text: str, start: int, end: int) -> regex.Match[str] | None:
        answer: regex.Match[str] | None = None
        for row in reversed(rows):
            if row.says != (answer is not None):
                m = row.find(text, start, end)
                if m is not None:
                    answer = m if row.says else None
        return answer

    return decide


#: Whether a headline names a survey only in its second clause (the row second_subject).
_SECOND_SUBJECT_OF: Final = decider("second_subject")


_off_survey: Final = decider("off_survey")
_year_step: Final = decider("year_step")
_names_survey: Final = decider("names_survey")
_reset: Final = decider("reset")
_recent: Final = decider("recent")
_backref_at: Final = decider("backref")
_earlier: Final = decider("earlier")
_threshold: Final = decider("threshold")
_from_end: Final = decider("from_end")
_fieldwork_clause: Final = decider("fieldwork_clause")
_fieldwork_before: Final = decider("fieldwork_before")
_fieldwork_stated: Final = decider("fieldwork_statement")
_wave_named: Final = decider("wave_noun")


# -- dates bound to one figure, as a registry -------------------------------------------------

#: Reads a figure of a sentence (its slices) and returns the date written as the figure's own.
Bind = Callable[[Document, Slices, Statistic], "DateMention | None"]


_PAIR_JOIN = regex.compile(r"[ \t]*(?:to|-|–)[ \t]*", regex.IGNORECASE)
#: Between two figures of one "when" clause: "when 49 percent approved and 51 percent".
_WHEN_AND = regex.compile(r"[ \t]+[^.;:!?%0-9,]{1,40}?[ \t]+and[ \t]+", regex.IGNORECASE)


#: Between a time-ago date and the figure of its clause: no other figure, no sentence or
#: clause end, no word that brings the text back to now ("Two years ago the party launched
#: it; today 40% back it").
_AGO_BETWEEN = regex.compile(
    r"""[^.;:!?%0-9\n]{0,90}""", regex.IGNORECASE)
_AGO_STOP = regex.compile(
    r"(?<!\w)(?:now|today|currently|but|while|whereas|since|this\s+year|these\s+days)(?!\w)",
    regex.IGNORECASE)
#: What a time-ago date that opens a clause follows: a sentence's start (``sentence``), or a
#: comma, a dash, an opening quote, "where", "when", "and", "but" ...
_AGO_OPENS = regex.compile(
    r"""(?r)(?:(?P<sentence>(?:\A|[.!?]["”’]?[ \t]+|\n)["“‘']?)
        |[,;:—–(["“‘'][ \t]*|(?<!\w)(?:where|when|and|but|while|whereas|yet|so)[ \t]+)\Z""",
    regex.VERBOSE | regex.IGNORECASE)
_AGO_REACH: Final = 90


def _date_ago_before(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A figure in the clause a time-ago date opens takes that date, in quoted speech too:
    ``"Three years ago, the Greens could rely on a base of about 14 per cent"``, ``where a
    year ago it was nearer 52%`` (the nearest date before it in its sentence, counted back
    from now, not "since a year ago")."""
    text = doc.text
    near = doc.dates_starting(st.start - _AGO_REACH - doc.longest_date, st.start, sl.dates)
    if not near:
        return None
    d = doc.dates[near[-1]]
    if (d.relative is None or not d.text.lower().endswith("ago") or d.end > st.start
            or _AGO_BETWEEN.fullmatch(text, d.end, st.start) is None
            or _AGO_STOP.search(text, d.end, st.start) is not None):
        return None
    opener = _AGO_OPENS.search(text, max(0, d.start - 12), d.start)
    if opener is None:  # "down from 64.4% two years ago, which left ...": another's date
        return None
    if opener["sentence"] is not None:  # "A year ago, 38% said so": the passage's opening
        para = text.rfind("\n", max(0, st.start - _QUOTE_REACH), st.start) + 1
        if not _in_quote(text, para, st.start):  # wave, unless in quoted speech
            return None
    return d


def _date_of_pair_partner(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The second figure of a pair or of a "when" clause takes the date of the first: ``a 51
    percent to 40 percent edge in August`` (an earlier pair), ``July, when 49 percent approved
    and 51 percent disapproved``."""
    text, stats = doc.text, doc.statistics
    prev = None
    for i in sl.stats:
        if stats[i].end <= st.start:
            prev = stats[i]
    if prev is None:
        return None
    if _PAIR_JOIN.fullmatch(text, prev.end, st.start) is not None:
        if _FROM_BEFORE.search(text, max(0, prev.start - 12), prev.start) is not None:
            return None  # "went from 95% to 85%": a change, its end is not the start's date
        return _date_of_earlier_clause(doc, sl, prev) or _date_of_when_clause(doc, sl, prev)
    if _WHEN_AND.fullmatch(text, prev.end, st.start) is not None:
        return _date_of_when_clause(doc, sl, prev)
    return None


@attrs.frozen
class BindRule:
    """One way of writing a date as one figure's own, as a row of :data:`BIND_RULES`.

    ``bind`` is pure. ``examples`` are ``(sentence, figure, date)``: in the sentence the row
    binds the date to the figure (and no row before it binds another); ``near_misses`` are
    sentences in which it binds no date to any figure. One generic test runs them all
    (tests/test_facts.py); a failure names the row.
    """

    name: str
    bind: Bind
    examples: tuple[tuple[str, str, str], ...]
    near_misses: tuple[str, ...] = ()


#: The rows in their priority: a date is bound to a figure by the first row that binds one
#: (:func:`_bound_date`, after the kinds no date binds to).
BIND_RULES: Final[tuple[BindRule, ...]] = (
    BindRule("date_before_bracket", _date_before_bracket, (
        ("Backing is 49%, below the level of 2019 (56%).", "56%", "2019"),
        ("Turnout was higher in March 2022 (71%) than now.", "71%", "March 2022"),
    ), (
        "In 2019, backing was 56%.",
        "Backing in 2019 was 56% (a record).",
    )),
    BindRule("extreme_level", _date_of_extreme, (
        ("Support is 80%, still above the 2007 low of 63%.", "63%", "2007"),
        ("Trust in the police is 52%, well below its 2019 peak of 61 per cent.", "61 per cent",
         "2019"),
        ("Approval is 38%, near March's record low of 35%.", "35%", "March"),
    ), (
        "In 2007 the low was 63%.",
        "The 2007 survey put the low-income share at 63%.",
    )),
    BindRule("bracket_legend", _date_of_bracket_legend, (
        ("Voting intention (last poll, 3-5 May, in brackets):\nLabour 38% (41%)\nReform 27% "
         "(25%)", "41%", "3-5 May"),
        ("Figures from the March 2025 survey are in parentheses.\n- Fianna Fail 21 per cent "
         "(19 per cent)", "19 per cent", "March 2025"),
        ("The state vote, with the January poll in brackets: ANC 40% (39%), DA 24% (26%).",
         "26%", "January"),
    ), (
        "Voting intention (change since the 3-5 May poll in brackets):\nLabour 38% (+3)",
        "Labour is on 38% (41% in 2019 in brackets) today.",
        "Support in 2024 was 38% (41% among men).",
    )),
    BindRule("date_after", _date_after, (
        ("Support reached 18% in September 2024.", "18%", "September 2024"),
        ("The party scored 52% in its 2023 poll.", "52%", "2023"),
        ("Trust stood at 40% as of May 2025.", "40%", "May 2025"),
        ("His lead is 16 points, down from 19 points in June.", "19 points", "June."),
    ), (
        "Support reached 18%, and in September 2024 it fell.",
        "In September 2024 support reached 18%.",
    )),
    BindRule("respectively_pair", _date_of_respectively, (
        ("Now 52% and 30% back the two plans, against 47% and 41%, respectively, in 2023.",
         "47%", "2023"),
        ("Some 44% trust the army, compared with 49% and 35% respectively in a June Cadem "
         "survey.", "49%", "June"),
    ), (
        "Now 52% and 41% respectively back the plan and the tax.",
        "Support is 52% and 41% respectively; in June it fell.",
    )),
    BindRule("when_clause", _date_of_when_clause, (
        ("Approval is 55%, down slightly from June, when 60% approved.", "60%", "June"),
        ("Trust is 71%, barely moved since 2019, when it stood at 75%.", "75%", "2019"),
        ("Women now split evenly, a shift from May, when they favoured him 44 percent to 40 "
         "percent.", "44 percent", "May"),
        ("Home ownership has slipped since 2011, the first year of the series, when it stood "
         "at 68 per cent.", "68 per cent", "2011"),
        ("Turnout has fallen since 2015, the year of the last census, when 61% voted.", "61%",
         "2015"),
    ), (
        "The party has led since May, when the budget passed; today 44% back it.",
        "Support has grown since 2019, the year of the floods, which left 12% homeless; when "
        "asked, 40% agreed.",
        "Approval was 60% in June, when the budget passed.",
    )),
    BindRule("relative_clause", _date_of_relative_clause, (
        ("Approval is below the 38% the institute recorded in the third quarter of 2023.",
         "38%", "the third quarter of 2023"),
        ("She trails the 22% she had in March 2021.", "22%", "March 2021"),
        ("It is short of the 41 per cent that Ipsos found in its May 2024 poll.",
         "41 per cent", "May 2024"),
        ("Approval is below the previous low of 27.6 percent recorded in mid-March.",
         "27.6 percent", "mid-March."),
        ("Trust is under the 33% seen in the spring of 2023.", "33%", "the spring of 2023"),
        ("Support is above the low of 19 per cent which was registered in October 2022.",
         "19 per cent", "October 2022"),
    ), (
        "Some 27.6 percent recorded a loss, and in March the index fell.",
        "The 38% figure is the lowest since the institute began in 2003.",
        "Some 38% of adults had savings; in 2023 that was rarer.",
    )),
    BindRule("pair_partner", _date_of_pair_partner, (
        ("She leads by 3, compared with a 51 percent to 40 percent edge among independents "
         "in August.", "40 percent", "August."),
        ("That is down from July, when 49 percent approved and 51 percent disapproved.",
         "51 percent", "July"),
        ("Support is 44%, down from 2019, when 52% agreed and 30% disagreed.", "30%", "2019"),
    ), (
        "Approval is 49 percent to 51 percent in July.",
        "In July, 49 percent approved and 51 percent disapproved.",
        "Approval went from 95% to 85% between April and August.",
    )),
    BindRule("earlier_clause", _date_of_earlier_clause, (
        ("Trust is 51%, up from 45 per cent when the institute asked the same question in "
         "early February, its report says.", "45 per cent", "early February"),
        ("It fell to 30%, compared with 36% when voters were last asked in June 2022.",
         "36%", "June 2022"),
        ("She leads by 3, compared with a 51 percent to 40 percent edge among independents "
         "in August.", "51 percent", "August."),
    ), (
        "Trust is 51% when the institute asked the same question in early February.",
        "Trust is up from 45 per cent, with 51% agreeing in early February.",
    )),
    BindRule("ago_before", _date_ago_before, (
        ("\"Three years ago, the Greens could rely on a base of about 14 per cent,\" she said.",
         "14 per cent", "Three years ago"),
        ("\"In our June poll 45% trust the police, where a year ago it was nearer 52%.\"",
         "52%", "a year ago"),
        ("The BJP leads among first-time voters, where five years ago its share was about 31 "
         "per cent.", "31 per cent", "five years ago"),
        ("\u201cA decade ago, barely 12% of South Africans owned a smartphone,\u201d she said.",
         "12%", "A decade ago"),
    ), (
        "Turnout was 61.2%, down from 64.4% two years ago, which left abstention at 38.8%.",
        "Development, which topped the list five years ago, was named by 13 per cent.",
        "A year ago, 38% of Britons said so.",  # a sentence's opening: the passage's wave

        "Two years ago the party launched its campaign; today 40% back it.",
        "Support has risen since a year ago and now stands at 44%.",
        "A year ago the minister resigned, but 52% still trust the party.",
    )),
)
_BINDERS: Final = tuple(r.bind for r in BIND_RULES)


def binding(doc: Document, sl: Slices, st: Statistic) -> BindRule | None:
    """The row that binds a date to the figure ``st`` (None: no date is bound to it)."""
    if _bound_date(doc, sl, st) is None:
        return None
    return next(r for r in BIND_RULES if r.bind(doc, sl, st) is not None)

