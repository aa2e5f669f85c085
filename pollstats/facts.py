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

from collections.abc import Callable
from typing import Final, Literal

import attrs
import regex

from ._data import alternation, alternation_of, word_pattern, words
from ._gate import Gated
from .document import Document, Slices
from .groupwords import DEMONYM_WORDS
from .matchers import SURVEY_VERBS
from .model import Statistic
from .periods import DateMention
from .results import official_result
from .sources import SourceMention

__all__ = [
    "BIND_RULES", "FACT_RULES", "Backref", "BindRule", "FactRule", "FigureFacts",
    "ParagraphFacts", "SentenceFacts", "binding", "decider", "deciding", "document_recent",
    "fieldwork_before", "month_dates", "paragraph_facts", "sentence_facts",
]

_DEMONYM_ALT = alternation(DEMONYM_WORDS)
_SURVEY_CONTEXT = Gated(regex.compile(
    r"(?<!\w)(?:survey\w*|poll\w*|stud(?:y|ies)|conducted|fielded|interview\w*|respondents|"
    r"questioned|measurements?|wave|data|census|barometer|research)(?!\w)",
    regex.IGNORECASE,
), ("survey", "poll", "stud", "conducted", "fielded", "interview", "respondents", "questioned",
    "measurement", "wave", "data", "census", "barometer", "research"))
#: An unnamed other survey or several sources: the passage's source is no longer known.
_RESET = Gated(regex.compile(
    r"""(?<!\w)(?:
        other\s+(?:\w+\s+)?
          (?:agencies|pollsters|polls|surveys|studies|organizations|sources)  # other agencies
      | (?:a|another)\s+(?:separate|different|second|rival|new)\s+
          (?:poll|survey|study)                                               # a separate poll
      | one\s+of\s+the\s+\w+\s+(?:\w+\s+)?(?:polls|surveys|studies)  # one of the first polls
    )(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
), ("other", "poll", "survey", "stud"))
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
        men|women|Republicans|Democrats|independents|{_DEMONYM_ALT})(?!\w)
      | (?:%|per[ \t]?cent|percent)(?:[ \t]+of[ \t]+(?:[\w'’\-]+[ \t]+){{0,3}}?[\w'’\-]+)?
        [ \t]+(?:{alternation(SURVEY_VERBS)})(?!\w)  # "72 per cent said"
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
    (?:(?:in|during|as\s+of|from|for)\s+)?     # "18% in September 2024"
    (?:(?:its|the|their|a|an)\s+)?            # "52% in its 2023 poll"
    """,
    regex.VERBOSE,
)
_BOUND_BEFORE = regex.compile(r"\A[\s\u00a0]*\([\s\u00a0]*\Z")
_EARLIER_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:from|compared\s+(?:to|with)|than|versus|vs\.?|against)\s+(?:\w+\s+){0,2}"
    r"(?:[0-9]{1,3}(?:\.[0-9])?\s*[-–]\s*)?\Z",  # "down from 55-45 in January": the 45 too
    regex.IGNORECASE,
)
#: Words that state when a survey was in the field (not "In March, the same poll found").
_FIELDWORK = regex.compile(
    r"(?<!\w)(?:conducted|fielded|carried\s+out|taken|done|interviewed|surveyed|polled|ran|run|"
    r"between|fieldwork|in\s+the\s+field)(?!\w)",
    regex.IGNORECASE,
)
_CLAUSE_STOP = regex.compile(r"[.;!?\n%0-9]")  # another figure or a sentence end
_FROM_BEFORE = regex.compile(r"(?r)(?<!\w)from[\s\u00a0]+\(?\Z", regex.IGNORECASE)
_TO_AFTER = regex.compile(r"[\s\u00a0]+to[\s\u00a0]", regex.IGNORECASE)
_THRESHOLD_AFTER = regex.compile(
    rf"[\s\u00a0]+(?:[\w'’\-]+[\s\u00a0]+)?"
    rf"(?:{alternation_of('lexicon.txt', 'threshold_nouns')})(?!\w)",
    regex.IGNORECASE,
)
#: "the institute", "the pollster": a survey organization named earlier.
_BACKREF = regex.compile(
    r"""(?<!\w)the\s+(?P<head>institute|institution|center|centre|foundation|pollster|
        polling\s+firm|firm|agency|group|university|college|company|organi[sz]ation)
        (?:['’]s)?(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_MAX_BIND_GAP: Final = 14  # "18% in September 2024": figure to date
_BRACKET_GAP: Final = 3  # "the previous year (56%)": date to figure
_CLAUSE_DATE_REACH: Final = 90  # "up from 45 per cent when ... in early February"
_EARLIER_REACH: Final = 30
_QUOTE_REACH: Final = 400
_FIELDWORK_REACH: Final = 80
_FIELDWORK_CLAUSE: Final = 50  # characters back to words of fieldwork within the clause
_CLAUSE_BREAK = regex.compile(r"(?r)[,;:.!?()\n]")  # the last break before a date
_LEAD: Final = 600  # characters of headline and lead paragraph
_SURVEY_WORDS: Final = ("poll", "survey", "stud", "agenc", "sourc", "organi", "wave", "conduct")


@attrs.frozen
class ParagraphFacts:
    """``off_survey``: figures and no word about a survey, but words of figures no survey
    measures (mortgage rates, share prices). ``year_step``: the paragraph speaks of a year's
    step ("over the past year"); read only where a baseline date may need it."""

    index: int
    off_survey: bool
    year_step: bool


@attrs.frozen
class Backref:
    """``the institute``: an organization named earlier (``head`` is the noun)."""

    start: int
    end: int
    text: str
    head: str


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

    @property
    def survey_context(self) -> bool:
        return bool(self.figures) or self.names_survey


def document_recent(text: str) -> bool:
    """The headline or lead speaks of new polls."""
    return _recent(text, 0, min(len(text), _LEAD)) is not None


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
    off = bool(sl.stats) and not sl.sources and _off_survey(text, p.start, p.end) is not None
    year_step = any(doc.dates[k].baseline for k in sl.dates) and (
        _year_step(text, p.start, p.end) is not None)
    return ParagraphFacts(para, off, year_step)


def sentence_facts(doc: Document, k: int, para: ParagraphFacts) -> SentenceFacts | None:
    """The facts of sentence ``k``; None for a sentence that cannot change the passage (no
    figure, source, date or survey word)."""
    text, sent, sl = doc.text, doc.sentences[k], doc.sentence_slices[k]
    srcs = doc.sources[sl.sources.start:sl.sources.stop]
    if not (sl.stats or srcs or sl.dates or _mentions_survey(text, sent.start, sent.end)):
        return None
    names_survey = _names_survey(text, sent.start, sent.end) is not None
    stats = doc.statistics
    own: tuple[SourceMention, ...] = srcs
    later: tuple[SourceMention, ...] = ()
    if srcs and sl.stats:
        first = stats[sl.stats[0]].start
        later = tuple(m for m in srcs if m.forward and m.start >= first)
        own = tuple(m for m in srcs if not (m.forward and m.start >= first))
    elif srcs:
        later = tuple(m for m in srcs if m.forward)
        own = tuple(m for m in srcs if not m.forward)
    backref = _backref(doc, sent.start, sent.end) if not own else None
    # what the passage may ask: a fieldwork date needs a sentence about a survey, and the
    # latest stated year a source (so the rest is not worked out for other sentences)
    dating = any(not m.told for m in srcs)  # "told the CBI" dates no survey
    named = dating or backref is not None  # ("the ministry expects" counts too)
    results: dict[int, str] = {}
    starts: set[int] = set()
    for i in sl.stats:  # in order: a result's list goes on ("and Reform 14.3%")
        r = official_result(text, stats[i].start, stats[i].end, sent.start, sent.end, starts)
        if r is not None:
            results[i] = r
            starts.add(stats[i].start)
    dated = _dates(doc, k, dating or names_survey,
                   fieldwork=(bool(sl.stats) or names_survey) and (named or names_survey),
                   stated=named, results=results) if sl.dates else _UNDATED
    base = dated.baseline[0] if dated.baseline else None
    from_ends = base is not None and bool(base.value)
    return SentenceFacts(
        sent.start, sent.end, sent.paragraph,
        figures=tuple(FigureFacts(i, dated.bound.get(i),
                                  _threshold(text, stats[i].start, stats[i].end) is not None,
                                  from_ends and _from_end(text, stats[i].start, stats[i].end)
                                  is not None, results.get(i)) for i in sl.stats),
        sources=own, later=later, backref=backref,
        reset=not own and _reset(text, sent.start, sent.end) is not None,
        said_new=bool(own or backref) and _recent(text, sent.start, sent.end) is not None,
        names_survey=names_survey,
        candidates=dated.candidates,
        bound_at=dated.bound_at, baseline=dated.baseline,
        stated=dated.stated,
        local=(_local(dated.current, dated.bound_at - dated.series, stats[sl.stats[0]].start)
               if sl.stats and not names_survey else None),
        year_step=para.year_step,
        para_dates=range(doc.paragraph_slices[sent.paragraph].dates.start, sl.dates.stop),
    )


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


_UNDATED: Final = _Dated({}, frozenset(), (), (), (), None, frozenset())


def _dates(doc: Document, k: int, survey_named: bool, *, fieldwork: bool,
           stated: bool, results: dict[int, str]) -> _Dated:
    """``survey_named``: the sentence names a source or a survey; ``fieldwork``, ``stated``:
    whether the candidates for a fieldwork date and the latest stated year are wanted;
    ``results``: the figures that are official results (dated by their own clause)."""
    text, sent, sl, stats = doc.text, doc.sentences[k], doc.sentence_slices[k], doc.statistics
    bound = {}
    for i in sl.stats:
        d = (_clause_date(doc, sl, stats[i]) if i in results
             else _bound_date(doc, sl, stats[i]))
        if d is not None:
            bound[i] = d
    series = frozenset(_series_dates(doc, sl, bound, results)) if bound else frozenset()
    # a date bound to an earlier figure ("down from 40% in 2000") is no current date, nor
    # is an official result's ("voted by 52% to 48% in 2016", beside a poll's figures)
    earlier = {d.start for i, d in bound.items()
               if i in results or _earlier(text, stats[i].start, stats[i].end) is not None}
    bound_at = frozenset(d.start for d in bound.values())
    if not survey_named:
        earlier |= bound_at - series  # "19% in 2020" dates that figure, not a survey
    said = [d for d in doc.dates[sl.dates.start:sl.dates.stop]
            if not _in_quote(text, sent.start, d.start)]
    current = tuple(d for d in said if not d.baseline and d.start not in earlier)
    baseline = tuple(d for d in said if d.baseline and d.start not in bound_at)
    candidates = tuple(sorted(
        (d for d in current if not (d.not_fieldwork or d.event)),  # events: EVENT_RULES
        key=lambda d: (d.start in bound_at, _fieldwork_clause(text, d.start, d.end) is None,
                       d.relative is not None or d.month_only,
                       _BY_DATE.search(text, max(0, d.start - 12), d.start) is None),
    )) if fieldwork else ()
    return _Dated(bound, bound_at, current, candidates, baseline,
                  _stated(bound, earlier) if stated and bound else None, series)


#: "In March, the figures were four points apart; by June the gap had reached 5.6 points":
#: the date a change ran to ("by June") is the current one, not the date it ran from.
_BY_DATE = regex.compile(r"(?r)(?<!\w)(?:by|as\s+of)\s+\Z", regex.IGNORECASE)


def fieldwork_before(text: str, d: DateMention) -> bool:
    """Words of fieldwork (``was conducted``) shortly before the date: asked of the few dates
    that might correct a publication-month guess, so it is not a stored fact."""
    return _fieldwork_before(text, d.start, d.end) is not None


def _stated(bound: dict[int, DateMention], earlier: set[int]) -> DateMention | None:
    """The latest year a current figure states ("rose from 12.4% in 2021 to 15.1% in 2024")."""
    stated = [(d, d.value) for d in bound.values()
              if d.start not in earlier and d.value is not None
              and d.relative is None and not d.month_only and not d.baseline]
    return max(stated, key=lambda dv: dv[1])[0] if stated else None


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


def _backref(doc: Document, start: int, end: int) -> Backref | None:
    """``the institute`` in a sentence after some organization was named."""
    if not doc.sources or doc.sources[0].start >= start:
        return None
    m = _backref_at(doc.text, start, end)
    return None if m is None else Backref(m.start(), m.end(), m[0], m["head"])


_UNBOUND_KINDS: Final = ("change", "ratio", "sample_size", "margin_of_error")


def _bound_date(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """The date bound to the figure: the first row of :data:`BIND_RULES` that binds one.
    Changes and ratios take the later measurement, and sample sizes and margins the survey's
    date, so no date binds to them. Each row looks only at the dates within its reach
    (bisection), so a sentence of many figures and dates stays linear."""
    if st.kind in _UNBOUND_KINDS:
        return None  # "surveyed 2,301 adults June 11-15": the survey's date, not the figure's
    for bind in _BINDERS:
        d = bind(doc, sl, st)
        if d is not None:
            return d
    return None


def _date_before_bracket(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A date right before the figure's bracket: ``the previous year (56%)``."""
    text, dates = doc.text, doc.dates
    for k in doc.dates_starting(st.start - _BRACKET_GAP - doc.longest_date, st.start, sl.dates):
        d = dates[k]
        if 0 <= st.start - d.end <= _BRACKET_GAP and _BOUND_BEFORE.match(text[d.end : st.start]):
            return d
    return None


def _date_after(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A date right after the figure: ``18% in September 2024``, ``52% in its 2023 poll``."""
    text, dates = doc.text, doc.dates
    for k in doc.dates_starting(st.end, st.end + _MAX_BIND_GAP + 1, sl.dates):
        d = dates[k]
        if _BOUND_AFTER.fullmatch(text, st.end, d.start):
            return d
    return None


def _date_of_earlier_clause(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """An earlier figure takes the date of its own clause: ``up from 45 per cent when the
    Institute asked the same question in early February`` (the first date after it, with no
    other figure or sentence end in between)."""
    text, dates = doc.text, doc.dates
    if _earlier(text, st.start, st.end) is None:
        return None
    after = doc.dates_starting(st.end, st.end + _CLAUSE_DATE_REACH + 1, sl.dates)
    if after and _CLAUSE_STOP.search(text, st.end, dates[after[0]].start) is None:
        return dates[after[0]]
    return None


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


#: The rows, by scope. Within one fact the order is the priority: the first row that finds
#: its cue decides.
FACT_RULES: Final[tuple[FactRule, ...]] = (
    FactRule("survey_talk", "off_survey", "paragraph", _PARA_SURVEY.search, (
        "Inflation is at 3.1%, and 58% of voters think it will rise.",
        "Mortgage rates hit 6.5%. In the poll, 40% of homeowners were worried.",
        "Tariffs of 25% were popular: 61 per cent said they backed them.",
    ), (
        "Inflation eased to 2.4% in March.",
        "The central bank held its main rate at 4.25% on Thursday.",
    ), says=False),
    FactRule("non_survey_figures", "off_survey", "paragraph", _NOT_SURVEY.search, (
        "Inflation eased to 2.4% in March.",
        "Shares in the airline closed 3% lower after its profits fell.",
        "The jobless rate held at 4.1% and GDP grew 0.3% in the quarter.",
    ), (
        "Support for the bill stands at 44%.",
        "The stockmarket-style swings of 9% in the ratings were unusual.",
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
    ), (
        "The minister resigned on Friday.",
        "Turnout was 61% in the capital.",
    )),
    FactRule("other_sources", "reset", "sentence", _RESET.search, (
        "Other polling agencies put the party several points lower.",
        "A separate survey by a university found less support.",
        "One of the first polls after the debate had her ahead.",
    ), (
        "The agency polled 1,000 adults.",
        "Another poll is due next week.",
        "Other candidates trailed far behind.",
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
    ), (
        "An institute in Berlin ran the numbers.",
        "The institutional investors sold out.",
        "The firmest backers stayed loyal.",
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


# -- dates bound to one figure, as a registry -------------------------------------------------

#: Reads a figure of a sentence (its slices) and returns the date written as the figure's own.
Bind = Callable[[Document, Slices, Statistic], "DateMention | None"]


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
    BindRule("date_after", _date_after, (
        ("Support reached 18% in September 2024.", "18%", "September 2024"),
        ("The party scored 52% in its 2023 poll.", "52%", "2023"),
        ("Trust stood at 40% as of May 2025.", "40%", "May 2025"),
    ), (
        "Support reached 18%, and in September 2024 it fell.",
        "In September 2024 support reached 18%.",
    )),
    BindRule("earlier_clause", _date_of_earlier_clause, (
        ("Trust is 51%, up from 45 per cent when the institute asked the same question in "
         "early February, its report says.", "45 per cent", "early February"),
        ("It fell to 30%, compared with 36% when voters were last asked in June 2022.",
         "36%", "June 2022"),
    ), (
        "Trust is 51% when the institute asked the same question in early February.",
        "Trust is up from 45 per cent, with 51% agreeing in early February.",
    )),
)
_BINDERS: Final = tuple(r.bind for r in BIND_RULES)


def binding(doc: Document, sl: Slices, st: Statistic) -> BindRule | None:
    """The row that binds a date to the figure ``st`` (None: no date is bound to it)."""
    if _bound_date(doc, sl, st) is None:
        return None
    return next(r for r in BIND_RULES if r.bind(doc, sl, st) is not None)

