"""The passage state machine: which survey the text is on, sentence after sentence.

A :class:`Passage` is frozen. Its transitions (:meth:`Passage.on_paragraph`,
:meth:`Passage.on_sentence`) read the pure :mod:`pollstats.facts` of one paragraph or sentence
and return the next passage together with *revisions*: data saying what each figure takes
(:class:`Figure`) and how earlier figures change once the text says more (:class:`Fill`,
:class:`Regrade`, :class:`TakeBack`), plus what the reading remembers (:class:`Remember`,
:class:`Named`). :mod:`pollstats.attribution` applies the revisions in order, in one place.
No transition reads a figure's result, so applying them is all the per-figure work there is.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping, Sequence
from typing import Final

import attrs
import regex

from .facts import FigureFacts, ParagraphFacts, SentenceFacts, fieldwork_before
from .model import Cue, Statistic
from .period import Period
from .periods import DateMention, resolve
from .sources import SourceMention

__all__ = [
    "Chain",
    "Figure",
    "Fill",
    "Named",
    "Passage",
    "Reading",
    "Regrade",
    "Remember",
    "Revision",
    "Step",
    "Survey",
    "TakeBack",
    "cue_from_source",
]


# -- revisions -----------------------------------------------------------------------------


@attrs.frozen
class Figure:
    """Figure ``index`` takes ``source`` and ``period``; ``weak``: a period carried over from
    an earlier paragraph; ``in_reset``: the text said the figure's source is unknown;
    ``apart``: no finding of a survey — a rule (``the 5 per cent hurdle``) or an official
    result (``voted to leave by 52% to 48%``)."""

    index: int
    source: Cue | None
    in_reset: bool
    period: Cue | None = None
    weak: bool = False
    apart: bool = False


@attrs.frozen
class Fill:
    """Figures read before their survey was dated take the date."""

    figures: tuple[int, ...]
    cue: Cue


@attrs.frozen
class Regrade:
    """Figures that took the publication month as a guess take the stated date (those that
    still hold the guess, compared by identity)."""

    figures: tuple[int, ...]
    guess: Cue
    cue: Cue


@attrs.frozen
class TakeBack:
    """The paragraphs just before ``paragraph`` that named no date, and whose figures only
    carried a period over, take ``cue`` (walking back until a paragraph with a date or with a
    figure that did not carry its period)."""

    paragraph: int
    cue: Cue


@attrs.frozen
class Remember:
    """The latest period of a source (``the Ifop survey`` again takes it)."""

    name: str
    cue: Cue


@attrs.frozen
class Named:
    """A source mention read as naming a survey (for the document's dominant pollster)."""

    mention: SourceMention


Revision = Figure | Fill | Regrade | TakeBack | Remember | Named


# -- the state -----------------------------------------------------------------------------


@attrs.frozen
class Chain:
    """A persistent list of figure indices (prepend only), so a passage extends it in O(1)."""

    index: int
    rest: Chain | None = None

    @staticmethod
    def items(chain: Chain | None) -> tuple[int, ...]:
        out = []
        while chain is not None:
            out.append(chain.index)
            chain = chain.rest
        return tuple(reversed(out))


@attrs.frozen
class Survey:
    """The survey the text is on: its source and period as far as known.

    ``reset``: the text said "other agencies", "a separate poll" (source unknown).
    ``guessed``: the period is the publication month, not read from the text.
    ``pending``: figures waiting for a period; ``guessers``: figures that took the guess.
    """

    source: SourceMention | None = None
    period: Cue | None = None
    reset: bool = False
    guessed: bool = False
    pending: Chain | None = None
    guessers: Chain | None = None

    @property
    def dated(self) -> bool:
        return self.period is not None

    def waiting(self, i: int) -> Survey:
        """Figure ``i`` waits for a period (a plain constructor: this runs per figure)."""
        return Survey(self.source, self.period, self.reset, self.guessed,
                      Chain(i, self.pending), self.guessers)

    def guessing(self, i: int) -> Survey:
        """Figure ``i`` took the publication month as a guess."""
        return Survey(self.source, self.period, self.reset, self.guessed, self.pending,
                      Chain(i, self.guessers))


@attrs.frozen
class Reading:
    """What every transition may read and none changes."""

    text: str = attrs.field(repr=False)
    stats: Sequence[Statistic] = attrs.field(repr=False)
    dates: Sequence[DateMention] = attrs.field(repr=False)  # the document's
    months: Mapping[tuple[int, int], int] = attrs.field(repr=False)  # facts.month_dates
    pub: Period | None  # the month of publication
    pub_day: Period | None  # the day of publication
    recent: bool  # the headline or lead speaks of new polls


@attrs.frozen
class Passage:
    """The state between sentences: the survey, and what the reading so far tells.

    ``one_name``/``several``: the source names read so far (only one, or more than one).
    """

    survey: Survey = Survey()
    last_source: SourceMention | None = None
    last_dated_para: int = -1
    off_survey: bool = False  # the current paragraph is not about a survey
    one_name: str | None = None
    several: bool = False

    def on(self, survey: Survey) -> Passage:
        """The same reading, on ``survey``."""
        return Passage(survey, self.last_source, self.last_dated_para, self.off_survey,
                       self.one_name, self.several)

    def on_paragraph(self, pf: ParagraphFacts) -> Step:
        """A paragraph of figures with no word about a survey (mortgage rates, share prices)
        breaks off the passage before it."""
        p = attrs.evolve(self, off_survey=pf.off_survey) if pf.off_survey != self.off_survey \
            else self
        if pf.off_survey:
            p = p.replace(Survey())
        return p, ()

    def on_sentence(self, f: SentenceFacts, r: Reading, memory: Mapping[str, Cue]) -> Step:
        """``memory``: each source's period as remembered so far (from :class:`Remember`)."""
        out: list[Revision] = []
        p, srcs = _on_sources(self, f, r, memory, out)
        if f.survey_context:
            p = _on_current_date(p, f, bool(srcs), r, out)
        if srcs and p.survey.guessed and f.stated is not None and f.stated.value is not None:
            # "rose from 12.4% in 2021 to 15.1% in 2024, according to new figures from ...":
            # the latest year a current figure states beats the publication month
            p = p.correct_guess(_cue_from_date(f.stated, f.stated.value), out)
        p = _on_baseline(p, f, bool(srcs), r, out)
        local = None
        if f.figures and not (srcs or f.names_survey):
            p, local = _on_local(p, f.local, r, out)
        base = f.baseline[0] if f.baseline else None
        named = _Mentions.of(srcs) if srcs and f.figures else None
        for fig in f.figures:
            p = _assign(p, fig, named, base, f, local, r, out)
        return p, tuple(out)

    def count(self, srcs: list[SourceMention], out: list[Revision]) -> Passage:
        """The sentence names ``srcs``: the last one is what "the institute" refers to."""
        one, several = self.one_name, self.several
        for m in srcs:
            out.append(Named(m))
            if one is None:
                one = m.name
            elif m.name != one:
                several = True
        return attrs.evolve(self, last_source=srcs[-1], one_name=one, several=several)

    def replace(self, new: Survey) -> Passage:
        """End the current survey's passage. Figures of the headline and lead, read before
        the first pollster was named, wait on for that pollster's date."""
        old = self.survey
        if (old.source is None and not old.reset and new.source is not None
                and not self.several and self.one_name in (None, new.source.name)):
            new = attrs.evolve(new, pending=old.pending)
        return self.on(new)

    def correct_guess(self, cue: Cue, out: list[Revision]) -> Passage:
        """The text states the fieldwork date of a survey dated by its publication: every
        figure that took the guess takes the stated date."""
        s = self.survey
        assert s.period is not None  # a guess is a period
        out.append(Regrade(Chain.items(s.guessers), s.period, cue))
        if s.source is not None:
            out.append(Remember(s.source.name, cue))
        return self.on(attrs.evolve(s, period=cue, guessed=False, guessers=None))

    def set_period(self, cue: Cue, para: int, has_source: bool, out: list[Revision]) -> Passage:
        """A stated date for the survey: figures waiting for one take it, and without a
        source in the sentence the paragraphs before that only carried a period take it too."""
        s = self.survey
        if s.period is not None and s.period.value == cue.value:
            return attrs.evolve(self, last_dated_para=para)  # the same date again
        pending = s.pending
        if not s.dated:
            if pending is not None:
                out.append(Fill(Chain.items(pending), cue))
            pending = None
        if not has_source:
            out.append(TakeBack(para, cue))
        if s.source is not None:
            out.append(Remember(s.source.name, cue))
        # a stated date: no longer the publication month's guess
        survey = attrs.evolve(s, period=cue, guessed=False, guessers=None, pending=pending)
        return attrs.evolve(self, survey=survey, last_dated_para=para)


Step = tuple[Passage, tuple[Revision, ...]]


# -- transitions within a sentence ------------------------------------------------------


def _on_sources(p: Passage, f: SentenceFacts, r: Reading, memory: Mapping[str, Cue],
                out: list[Revision]) -> tuple[Passage, list[SourceMention]]:
    """A newly named organization starts a new passage; an unnamed other one resets.
    Returns the sentence's source mentions as the passage reads them: "the institute"
    names the institute last mentioned, and a name of the same family as the passage's
    source ("NORC" in an AP-NORC passage) is read as that source. A body named in lower
    case ("the city council said") is a source only of figures after it in its sentence."""
    srcs = _read_sources(p, f)
    if srcs:
        p = p.count(srcs, out)
        primary, s = srcs[0], p.survey
        if (s.source is None or s.source.name != primary.name or s.reset
                or (f.said_new and s.dated and not s.guessed)):  # "a new Ipsos poll"
            p = p.replace(_introduced(primary, f.said_new, r, memory))
    elif f.reset:
        p = p.replace(Survey(reset=True))
    if f.later and f.figures:  # still the source of the figures after it
        srcs = sorted(srcs + list(f.later), key=lambda m: m.start)
    return p, srcs


def _read_sources(p: Passage, f: SentenceFacts) -> list[SourceMention]:
    srcs = list(f.sources)
    ls = p.last_source
    if not srcs and ls is not None and f.backref is not None and _refers_to(
            f.backref.head, ls.name):
        b = f.backref
        srcs = [SourceMention(b.start, b.end, b.text, ls.name, ls.known)]
    if p.survey.source is not None:
        name = p.survey.source.name
        srcs = [attrs.evolve(m, name=name) if _related(m.name, name) else m for m in srcs]
    return srcs


def _on_current_date(p: Passage, f: SentenceFacts, has_source: bool, r: Reading,
                     out: list[Revision]) -> Passage:
    """A fieldwork date: absolute dates before relative ones ("released last month, data
    for 2024" is about 2024); relative ones count from the publication date. A dated
    passage takes another date only from a sentence that speaks of a survey."""
    s = p.survey
    if not (has_source or f.names_survey):
        return p
    anchor = _period(s.period) if s.period else r.pub
    for d in f.candidates:
        value = resolve(d, anchor if d.relative is None else r.pub, r.pub, r.pub_day)
        if value is None:
            continue
        value = value.by_month()
        if r.pub_day is not None and _after(value, d, r.pub_day):
            continue  # a date after publication is an event to come, not fieldwork
        if s.dated and not s.guessed and d.start in f.bound_at:
            continue  # "rose to 19% in February, then 26% in April": dates of figures
        if s.guessed and (d.names_survey or fieldwork_before(r.text, d)):
            # "was conducted": a stated fieldwork date, even one in the guessed month, is
            # no longer a guess (a year named later in the story does not regrade it)
            return p.correct_guess(_cue_from_date(d, value), out)
        if s.period is not None and _starts_in(_period(s.period), value):
            return p  # "this year" within a passage dated October of this year
        if s.period is not None and s.period.period != value and not has_source:
            p = p.replace(Survey(source=s.source))  # same pollster, another wave
        return p.set_period(_cue_from_date(d, value), f.paragraph, has_source, out)
    return p


def _on_baseline(p: Passage, f: SentenceFacts, has_source: bool, r: Reading,
                 out: list[Revision]) -> Passage:
    """A newer wave revealed by a baseline: "compared to the 2023 survey ... past year"."""
    for d in f.baseline:
        if d.value is None or d.relative is not None or d.month_only:
            continue  # a baseline needs its year: "than October 5" has none
        base_year = d.value.last.year  # 2023, 2023-12, 2007/2010 (2010)
        cur = p.survey.period
        if cur is not None and _period(cur).year > base_year:
            continue
        if f.year_step:
            inferred = Period(base_year + 1)
        elif r.pub is not None and r.pub.year > base_year:
            inferred = r.pub
        else:
            continue
        return p.set_period(Cue.for_period(inferred, d.start, d.end, d.text), f.paragraph,
                            has_source, out)
    return p


def _on_local(p: Passage, local: DateMention | None, r: Reading,
              out: list[Revision]) -> tuple[Passage, DateMention | None]:
    """A date in a sentence of figures that names no survey dates those figures; a stated
    data year beats the publication month, and a later year moves the story on."""
    s = p.survey
    if local is not None and local.value is None:  # "In April, the rate was 24%"
        value = resolve(local, _period(s.period) if s.period else r.pub, r.pub, r.pub_day)
        if value is None or (r.pub_day is not None and _after(value, local, r.pub_day)):
            return p, None
        # it dates its own sentence's figures only: no guess corrected, no story moved on
        return p, attrs.evolve(local, value=value)
    if local is None or not local.value:
        return p, local
    if s.guessed and _same_paragraph(r, s.guessers, local):  # "... in 2023, up from ..."
        return p.correct_guess(_cue_from_date(local, local.value), out), None
    if (s.period is not None and local.value.year > _period(s.period).year
            and (r.pub is None or local.value.year <= r.pub.year)):
        # "By 2024 that had fallen to 26 percent" dates what follows
        moved = attrs.evolve(s, period=_cue_from_date(local, local.value))
        return p.on(moved), local
    return p, local


_LOCAL_REACH: Final = 600


def _same_paragraph(r: Reading, guessers: Chain | None, d: DateMention) -> bool:
    """Whether a date in a sentence that names no survey is in the paragraph of the figures
    that took the publication month (or no figure has yet), so it may state that survey's
    data year; "In 2021, the party outperformed ..." a paragraph after them is another
    matter's date."""
    if guessers is None:
        return True
    lo, hi = r.stats[guessers.index].end, d.start
    return 0 <= hi - lo <= _LOCAL_REACH and "\n" not in r.text[lo:hi]


def _assign(p: Passage, fig: FigureFacts, srcs: _Mentions | None, base: DateMention | None,
            f: SentenceFacts, local: DateMention | None, r: Reading,
            out: list[Revision]) -> Passage:
    """What figure ``fig.index`` takes: the source nearest to it in its sentence, else the
    passage's; its bound date, else the baseline for the earlier end of ``from X to Y``, else
    the sentence's local date, else the passage's period, else it waits for one."""
    i, s = fig.index, p.survey
    near = srcs.nearest(r.text, r.stats[i]) if srcs is not None else None
    if fig.threshold:  # a rule, not a finding of the passage's survey
        out.append(Figure(i, cue_from_source(near) if near is not None else None,
                          near is None, apart=True))
        return p
    if fig.result is not None:  # an election's own count: never the poll's source or date
        value = resolve(fig.bound, r.pub, r.pub, r.pub_day) if fig.bound is not None else None
        official = near if near is not None and _OFFICIAL.search(near.name) else None
        out.append(Figure(i, cue_from_source(official) if official is not None else None,
                          official is None,
                          _cue_from_date(fig.bound, value) if fig.bound and value else None,
                          apart=True))
        return p
    src = near or s.source
    if (near is not None and srcs is not None and r.stats[i].kind == "change"
            and srcs.coordinated(r.text, near)):
        src = None  # "the CIS and 40dB. figures were four points apart": a gap between two
    source = cue_from_source(src) if src is not None else None
    in_reset = (s.reset or p.off_survey) and near is None
    if fig.bound is not None:
        anchor = _period(s.period) if s.period else r.pub
        value = _resolve_bound(fig.bound, anchor, r.pub, f, r)
        out.append(Figure(i, source, in_reset,
                          _cue_from_date(fig.bound, value) if value else None))
    elif base is not None and base.value and fig.from_end:
        out.append(Figure(i, source, in_reset, _cue_from_date(base, base.value)))
    elif local is not None and local.value and not (
            s.period is not None and _starts_in(_period(s.period), local.value)):
        out.append(Figure(i, source, in_reset, _cue_from_date(local, local.value)))
    elif s.period is not None:
        out.append(Figure(i, source, in_reset, s.period, f.paragraph > p.last_dated_para))
        if s.guessed:
            return p.on(s.guessing(i))
    else:
        out.append(Figure(i, source, in_reset))
        return p.on(s.waiting(i))
    return p


def _introduced(primary: SourceMention, said_new: bool, r: Reading,
                memory: Mapping[str, Cue]) -> Survey:
    """A newly named survey: dated as remembered for its source ("the Ifop survey" again),
    else by the publication month when introduced as new."""
    remembered = memory.get(primary.name)
    if remembered is not None and not said_new:
        return Survey(source=primary, period=remembered)
    if (r.recent or said_new) and r.pub is not None:
        return Survey(source=primary,
                      period=Cue.for_period(r.pub, primary.start, primary.end, primary.text),
                      guessed=True)
    return Survey(source=primary, period=remembered)


# -- helpers -------------------------------------------------------------------------------


def _cue_from_date(d: DateMention, value: Period) -> Cue:
    """A period cue; fieldwork is reported by the month ("conducted March 6 to 8, 2025" and
    "30 May and 3 June" give the month it started)."""
    return Cue.for_period(value.by_month(), d.start, d.end, d.text)


def _period(cue: Cue) -> Period:
    """The typed period of a period cue."""
    assert cue.period is not None
    return cue.period


def _starts_in(period: Period, date: Period) -> bool:
    """Whether ``period`` is ``date`` or starts within it, a single year, month or day (the
    passage dated October 2024 starts in "this year"; one dated 2024 not in 2019-2024)."""
    return period == date or (date.end is None and date.contains(period.first))


def cue_from_source(m: SourceMention) -> Cue:
    return Cue(m.name, m.start, m.end, m.text)


def _after(value: Period, d: DateMention, pub_day: Period) -> bool:
    """Whether a date (resolved to ``value``) starts after the publication day."""
    if d.month_only and d.month is not None and d.day is not None:  # "April 19": the day too
        return (value.year, d.month, d.day) > (pub_day.year, pub_day.month, pub_day.day)
    return value.first_day > pub_day.first_day


def _resolve_bound(d: DateMention, anchor: Period | None, pub: Period | None,
                   f: SentenceFacts, r: Reading) -> Period | None:
    """The period of a date bound to one figure; ``the previous year`` next to a dated
    baseline of that year (``from October 2023 (32%)``, in the paragraph up to this
    sentence's end) takes the dated month."""
    value = resolve(d, anchor, pub)
    if value is None or d.relative is None or value.precision != "year" or value.end:
        return value
    k = r.months.get((f.paragraph, value.year))
    if k is not None and k < f.para_dates.stop:
        dated = r.dates[k].value
        assert dated is not None  # months holds dated mentions only
        return dated.by_month()
    return value


_CLAUSE_BREAK = regex.compile(r";|(?<!\w)(?:while|whereas|but|meanwhile)(?!\w)", regex.IGNORECASE)
_CLAUSE_REACH: Final = 300


@attrs.frozen
class _Mentions:
    """A sentence's source mentions as the passage reads them (in text order), indexed so
    the source of each figure is a bisection away: ``plain[k]`` is the first mention from
    ``k`` on that names a source for what precedes it too (not ``forward``)."""

    mentions: Sequence[SourceMention]
    starts: tuple[int, ...]
    plain: tuple[int, ...]

    @classmethod
    def of(cls, mentions: Sequence[SourceMention]) -> _Mentions:
        n = len(mentions)
        plain = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            plain[k] = plain[k + 1] if mentions[k].forward else k
        return cls(mentions, tuple(m.start for m in mentions), tuple(plain))

    def coordinated(self, text: str, m: SourceMention) -> bool:
        """Whether ``m`` is named together with another organization right before it ("the
        CIS and 40dB. figures", "Ipsos and YouGov"): a gap between their figures is neither's."""
        k = bisect.bisect_left(self.starts, m.start)
        if k <= 0 or k >= len(self.mentions) or self.mentions[k] != m:
            return False
        prev = self.mentions[k - 1]
        return (not _related(prev.name, m.name) and 0 <= m.start - prev.end <= 12
                and _JOINED.fullmatch(text, prev.end, m.start) is not None)

    def nearest(self, text: str, st: Statistic) -> SourceMention | None:
        """The source a figure's own sentence gives it: the last one named before it in the
        same clause, else the first after it in the same clause ("52% of Russians surveyed by
        FOM"), else the closest."""
        ms = self.mentions
        k = bisect.bisect_left(self.starts, st.start) - 1  # a mention before ends before
        while k >= 0 and ms[k].end > st.start:  # ... unless it spans the figure's start
            k -= 1
        before = ms[k] if k >= 0 else None
        j = self.plain[bisect.bisect_left(self.starts, st.end)]
        after = ms[j] if j < len(ms) else None
        if after is not None and _WITH_SOURCE.fullmatch(text, st.end, after.start) is not None:
            return after  # "from five points with YouGov to nine points with Opinium"
        if before is not None and _same_clause(text, before.end, st.start):
            return before
        if after is not None and _same_clause(text, st.end, after.start):
            return after
        return before or after


#: The name of a body that counts votes ("the Electoral Commission", "Division of Elections").
_OFFICIAL: Final = regex.compile(
    r"(?<!\w)(?:commission|division|board|office|authority|registrar|secretary|elections|"
    r"electoral)(?!\w)", regex.IGNORECASE)

#: Two organizations named together: "the CIS and 40dB.", "Ipsos & YouGov", "Ifop vs Elabe".
_JOINED: Final = regex.compile(
    r"[ \t]+(?:and|&|vs\.?|versus)[ \t]+(?:the[ \t]+)?", regex.IGNORECASE)

#: A source tied to the figure just before it: "nine points with Opinium", "41% by Ipsos".
_WITH_SOURCE: Final = regex.compile(r"[ \t]+(?:with|by)[ \t]+(?:the[ \t]+)?", regex.IGNORECASE)


def _same_clause(text: str, start: int, end: int) -> bool:
    """No clause break between ``start`` and ``end`` (far apart counts as a break, which also
    keeps long sentences linear)."""
    return end - start <= _CLAUSE_REACH and _CLAUSE_BREAK.search(text, start, end) is None


_FAMILY_STOP: Final = frozenset(
    "the of and for at in on center centre institute research university college poll polls "
    "polling survey group foundation news inc public opinion analytics".split()
)
_ALNUM_RUN = regex.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=4096)  # organization names: bounded for long archives
def _family(name: str) -> frozenset[str]:
    return frozenset(w for w in _ALNUM_RUN.findall(name.lower())
                     if w not in _FAMILY_STOP and len(w) > 1)


def _related(a: str, b: str) -> bool:
    """Names of one family: "NORC at the University of Chicago" and "AP-NORC"; two joint
    polls that share a pollster ("CBS News/YouGov", "Economist/YouGov") are two surveys."""
    return a != b and not ("/" in a and "/" in b) and bool(_family(a) & _family(b))


def _refers_to(head: str, name: str) -> bool:
    head = head.lower()
    if head in ("pollster", "firm", "company", "group", "organisation", "organization") or (
            head.startswith("polling")):
        return True
    return head[:5] in name.lower()
