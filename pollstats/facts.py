"""Pure cue detectors for attribution: what each paragraph and sentence says, as frozen facts.

Nothing here decides which survey a figure belongs to; :mod:`pollstats.passage` does, reading
these facts in text order. Every detector looks at its own sentence (or paragraph) and a
bounded stretch around a figure or date, so building the facts is linear in the text.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from ._data import alternation, words
from ._gate import Gated
from .document import Document, Slices
from .groupwords import DEMONYM_WORDS
from .matchers import SURVEY_VERBS
from .model import Statistic
from .periods import DateMention
from .sources import SourceMention

__all__ = [
    "Backref", "FigureFacts", "ParagraphFacts", "SentenceFacts", "document_recent",
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
_NOT_SURVEY = Gated(regex.compile(
    rf"(?<!\w)(?:{alternation(words('lexicon.txt', 'non_survey_cues'))})(?!\w)", regex.IGNORECASE
), tuple(sorted({max(w.lower().split(), key=len)  # the longest word of each cue
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
    rf"(?:{alternation(words('lexicon.txt', 'threshold_nouns'))})(?!\w)",
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
    (``the 5 per cent hurdle``) and whether it is the earlier end of ``from X to Y``."""

    index: int
    bound: DateMention | None
    threshold: bool
    from_end: bool


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
    return _RECENT.search(text, 0, min(len(text), _LEAD)) is not None


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
    off = (
        bool(sl.stats) and not sl.sources
        and _NOT_SURVEY.search(text, p.start, p.end) is not None
        and _PARA_SURVEY.search(text, p.start, p.end) is None
    )
    year_step = any(doc.dates[k].baseline for k in sl.dates) and (
        _YEAR_STEP.search(text, p.start, p.end) is not None)
    return ParagraphFacts(para, off, year_step)


def sentence_facts(doc: Document, k: int, para: ParagraphFacts) -> SentenceFacts | None:
    """The facts of sentence ``k``; None for a sentence that cannot change the passage (no
    figure, source, date or survey word)."""
    text, sent, sl = doc.text, doc.sentences[k], doc.sentence_slices[k]
    srcs = doc.sources[sl.sources.start:sl.sources.stop]
    if not (sl.stats or srcs or sl.dates or _mentions_survey(text, sent.start, sent.end)):
        return None
    names_survey = _SURVEY_CONTEXT.search(text, sent.start, sent.end) is not None
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
    named = bool(srcs) or backref is not None  # ("the ministry expects" counts too)
    dated = _dates(doc, k, bool(srcs) or names_survey,
                   fieldwork=(bool(sl.stats) or names_survey) and (named or names_survey),
                   stated=named) if sl.dates else _UNDATED
    base = dated.baseline[0] if dated.baseline else None
    from_ends = base is not None and bool(base.value)
    return SentenceFacts(
        sent.start, sent.end, sent.paragraph,
        figures=tuple(FigureFacts(i, dated.bound.get(i), _threshold(text, stats[i]),
                                  from_ends and _is_from_end(text, stats[i])) for i in sl.stats),
        sources=own, later=later, backref=backref,
        reset=not own and _RESET.search(text, sent.start, sent.end) is not None,
        said_new=bool(own or backref) and _RECENT.search(text, sent.start, sent.end) is not None,
        names_survey=names_survey,
        candidates=dated.candidates,
        bound_at=dated.bound_at, baseline=dated.baseline,
        stated=dated.stated,
        local=_local(dated.current, dated.bound_at) if sl.stats and not names_survey else None,
        year_step=para.year_step,
        para_dates=range(doc.paragraph_slices[sent.paragraph].dates.start, sl.dates.stop),
    )


@attrs.frozen
class _Dated:
    """The dates of one sentence, sorted out: bound to a figure (by figure index), current
    (the sentence's own), ``candidates`` for a fieldwork date, baselines, the latest stated."""

    bound: dict[int, DateMention]
    bound_at: frozenset[int]
    current: tuple[DateMention, ...]
    candidates: tuple[DateMention, ...]
    baseline: tuple[DateMention, ...]
    stated: DateMention | None


_UNDATED: Final = _Dated({}, frozenset(), (), (), (), None)


def _dates(doc: Document, k: int, survey_named: bool, *, fieldwork: bool,
           stated: bool) -> _Dated:
    """``survey_named``: the sentence names a source or a survey; ``fieldwork``, ``stated``:
    whether the candidates for a fieldwork date and the latest stated year are wanted."""
    text, sent, sl, stats = doc.text, doc.sentences[k], doc.sentence_slices[k], doc.statistics
    bound = {}
    for i in sl.stats:
        d = _bound_date(doc, sl, stats[i])
        if d is not None:
            bound[i] = d
    # a date bound to an earlier figure ("down from 40% in 2000") is no current date
    earlier = {d.start for i, d in bound.items() if _earlier(text, stats[i])}
    bound_at = frozenset(d.start for d in bound.values())
    if not survey_named:
        earlier |= bound_at  # "19% in 2020" dates that figure, not a survey
    said = [d for d in doc.dates[sl.dates.start:sl.dates.stop]
            if not _in_quote(text, sent.start, d.start)]
    current = tuple(d for d in said if not d.baseline and d.start not in earlier)
    baseline = tuple(d for d in said if d.baseline and d.start not in bound_at)
    candidates = tuple(sorted(
        (d for d in current if not (d.not_fieldwork or d.event)),  # events: EVENT_RULES
        key=lambda d: (d.start in bound_at, not _fieldwork_clause(text, d),
                       d.relative is not None or d.month_only),
    )) if fieldwork else ()
    return _Dated(bound, bound_at, current, candidates, baseline,
                  _stated(bound, earlier) if stated and bound else None)


def fieldwork_before(text: str, d: DateMention) -> bool:
    """Words of fieldwork (``was conducted``) shortly before the date: asked of the few dates
    that might correct a publication-month guess, so it is not a stored fact."""
    return _FIELDWORK.search(text, max(0, d.start - _FIELDWORK_REACH), d.start) is not None


def _fieldwork_clause(text: str, d: DateMention) -> bool:
    """Words of fieldwork in the date's own clause ("carried out from 7 to 15 May, below the
    level of June 2019": the May dates come first; "the 31% it recorded in 2019" does not)."""
    lo = max(0, d.start - _FIELDWORK_CLAUSE)
    cut = _CLAUSE_BREAK.search(text, lo, d.start)
    return _FIELDWORK.search(text, cut.end() if cut else lo, d.start) is not None


def _stated(bound: dict[int, DateMention], earlier: set[int]) -> DateMention | None:
    """The latest year a current figure states ("rose from 12.4% in 2021 to 15.1% in 2024")."""
    stated = [(d, d.value) for d in bound.values()
              if d.start not in earlier and d.value is not None
              and d.relative is None and not d.month_only and not d.baseline]
    return max(stated, key=lambda dv: dv[1])[0] if stated else None


def _local(current: tuple[DateMention, ...], bound_at: frozenset[int]) -> DateMention | None:
    """A date in a sentence of figures that says nothing of a survey dates those figures
    only: "In 2022, the figures were 41% and 36%"."""
    return next((d for d in current if d.start not in bound_at
                 and not (d.not_fieldwork or d.event)
                 and d.relative is None and not d.month_only), None)


def _backref(doc: Document, start: int, end: int) -> Backref | None:
    """``the institute`` in a sentence after some organization was named."""
    if not doc.sources or doc.sources[0].start >= start:
        return None
    m = _BACKREF.search(doc.text, start, end)
    return None if m is None else Backref(m.start(), m.end(), m[0], m["head"])


def _earlier(text: str, st: Statistic) -> bool:
    """``from``, ``compared with``, ``than`` just before the figure: an earlier figure."""
    return _EARLIER_BEFORE.search(text, max(0, st.start - _EARLIER_REACH), st.start) is not None


def _bound_date(doc: Document, sl: Slices, st: Statistic) -> DateMention | None:
    """A date written right after the figure (``18% in September 2024``) or right before its
    bracket (``the previous year (56%)``). Changes and ratios take the later measurement, and
    sample sizes and margins the survey's date, so no date binds to them. Only the dates
    within reach are looked at (bisection), so a sentence of many figures and dates stays
    linear."""
    if st.kind in ("change", "ratio", "sample_size", "margin_of_error"):
        return None  # "surveyed 2,301 adults June 11-15": the survey's date, not the figure's
    text, dates = doc.text, doc.dates
    # a date ending just before the figure starts before it, one just after starts after it,
    # so those before come first in text order, as they did in a scan of every date
    for k in doc.dates_starting(st.start - _BRACKET_GAP - doc.longest_date, st.start, sl.dates):
        d = dates[k]
        if 0 <= st.start - d.end <= _BRACKET_GAP and _BOUND_BEFORE.match(text[d.end : st.start]):
            return d
    for k in doc.dates_starting(st.end, st.end + _MAX_BIND_GAP + 1, sl.dates):
        d = dates[k]
        if _BOUND_AFTER.fullmatch(text, st.end, d.start):
            return d
    # an earlier figure takes the date of its own clause: "up from 45 per cent when the
    # Institute asked the same question in early February" (the first date after it, with no
    # other figure or sentence end in between)
    if _earlier(text, st):
        after = doc.dates_starting(st.end, st.end + _CLAUSE_DATE_REACH + 1, sl.dates)
        if after and _CLAUSE_STOP.search(text, st.end, dates[after[0]].start) is None:
            return dates[after[0]]
    return None


def _threshold(text: str, st: Statistic) -> bool:
    """"below the 5 per cent hurdle", "the 50 per cent plus one required": a rule, not a
    finding of the survey the passage is about."""
    return _THRESHOLD_AFTER.match(text, st.end, min(len(text), st.end + 40)) is not None


def _is_from_end(text: str, st: Statistic) -> bool:
    """Whether the figure is the earlier end of ``from X to Y``."""
    return (
        _FROM_BEFORE.search(text, max(0, st.start - 8), st.start) is not None
        and _TO_AFTER.match(text, st.end, min(len(text), st.end + 12)) is not None
    )


def _in_quote(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside quoted speech that opened after ``start`` (looking back a
    bounded stretch, so many dates in one long sentence stay linear)."""
    before = text[max(start, pos - _QUOTE_REACH) : pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _mentions_survey(text: str, start: int, end: int) -> bool:
    """A quick test for words that a reset or a period cue needs (plain substring search)."""
    chunk = text[start:end].lower()
    return any(w in chunk for w in _SURVEY_WORDS)

