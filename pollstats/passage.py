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
from collections.abc import Callable, Mapping, Sequence
from typing import Final

import attrs
import regex

from ._data import alternation
from .facts import (
    OFFICIAL_DATA,
    FigureFacts,
    ParagraphFacts,
    SentenceFacts,
    Statement,
    decider,
    fieldwork_before,
    refers_to,
    vote_date,
)
from .grouping import demonyms, group_key
from .groupwords import COUNTRY_WORDS, DEMONYM_WORDS
from .model import Cue, Statistic
from .period import Period
from .periods import DateMention, days_written, resolve
from .sources import (
    CENTRAL_BANK_WORDS,
    ROLE_RULES,
    SourceMention,
    firm_lines,
    official_bodies,
    other_programme,
)

__all__ = [
    "PERIOD_RULES",
    "Chain",
    "Figure",
    "Fill",
    "Named",
    "Passage",
    "PeriodRule",
    "Reading",
    "Regrade",
    "Remember",
    "Revision",
    "Step",
    "Survey",
    "TakeBack",
    "cue_from_source",
    "fieldwork_periods",
    "place_fieldwork",
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
    ``before``: the story's own survey, when this one is a digression from it ("a separate
    poll by X"): the next paragraph returns to it.
    """

    source: SourceMention | None = None
    period: Cue | None = None
    reset: bool = False
    guessed: bool = False
    pending: Chain | None = None
    guessers: Chain | None = None
    before: Survey | None = None
    #: the latest earlier wave the text dated in this survey's passage ("down from 81.2% in
    #: the previous survey in October"): an undated baseline later ("from 78.1%") is its
    previous: Cue | None = None

    @property
    def dated(self) -> bool:
        return self.period is not None

    def waiting(self, i: int) -> Survey:
        """Figure ``i`` waits for a period (a plain constructor: this runs per figure)."""
        return Survey(self.source, self.period, self.reset, self.guessed,
                      Chain(i, self.pending), self.guessers, self.before, self.previous)

    def guessing(self, i: int) -> Survey:
        """Figure ``i`` took the publication month as a guess."""
        return Survey(self.source, self.period, self.reset, self.guessed, self.pending,
                      Chain(i, self.guessers), self.before, self.previous)

    def after_wave(self, cue: Cue) -> Survey:
        """The text dated an earlier wave of this survey (``cue``, before its stated period):
        remembered when it is the latest such wave (before the publication month too, when
        that is the survey's period so far: "down from 57-43 in the previous poll, taken
        September 15-19" in a lead that states its own fieldwork later)."""
        if self.period is None or cue.period is None or (
                cue.period.month is None) or (  # a wave is dated by its month, not "in 2013"
                cue.period.last_day >= _period(self.period).first_day) or (
                self.previous is not None and _period(self.previous) >= cue.period):
            return self
        return attrs.evolve(self, previous=cue)


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
    #: each source's stated fieldwork period, wherever the text states it
    fieldwork: Mapping[str | None, Cue] = attrs.field(factory=dict, repr=False)
    #: a multi-country survey's fieldwork month in each country (:func:`place_fieldwork`)
    places: Mapping[str, Cue] = attrs.field(factory=dict, repr=False)


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
    #: the earlier wave a sentence ending in a colon dated ("The state breakdowns, which
    #: combine the October and November surveys, show:"): the list after it is that wave's
    list_wave: Cue | None = None
    #: the date of the last dated earlier level ("up from 35% in 2012"), its paragraph and
    #: where its figure ends: an undated pair after it in its paragraph ("Across the OECD the
    #: average rose from 30% to 39%") starts then
    pair_from: tuple[Cue, int, int] | None = None
    #: the last few organizations named, latest last: "the bureau" is the latest it fits
    recent: tuple[SourceMention, ...] = ()

    def on(self, survey: Survey) -> Passage:
        """The same reading, on ``survey``."""
        return Passage(survey, self.last_source, self.last_dated_para, self.off_survey,
                       self.one_name, self.several, self.list_wave, self.pair_from,
                       self.recent)

    def on_paragraph(self, pf: ParagraphFacts) -> Step:
        """A paragraph of figures with no word about a survey (mortgage rates, share prices)
        breaks off the passage before it. A digression ("a separate poll by X") ends with
        its paragraph: the story returns to its own survey. A passage on an official data
        body's figures (a statistics office, a central bank) goes on through such a paragraph:
        rates and prices are what that body measures."""
        p = self.on(self.survey.before) if self.survey.before is not None else self
        if p.list_wave is not None and not pf.list_item:
            p = attrs.evolve(p, list_wave=None)
        src = p.survey.source
        off = pf.off_survey and not (src is not None and not p.survey.reset
                                     and OFFICIAL_DATA.search(src.name) is not None)
        p = attrs.evolve(p, off_survey=off) if off != p.off_survey else p
        if off:
            p = p.replace(Survey())
        return p, ()

    def on_sentence(self, f: SentenceFacts, r: Reading, memory: Mapping[str, Cue]) -> Step:
        """``memory``: each source's period as remembered so far (from :class:`Remember`)."""
        out: list[Revision] = []
        p, srcs = _on_sources(self, f, r, memory, out)
        if srcs and p.survey is self.survey and self.survey.source is not None and all(
                m.role in _ASIDE_ROLES for m in srcs):
            # only sources beside the survey ("the 2.8% rate recorded by the CSO"): their
            # sentence's dates are theirs, not the survey's
            return _figures(p, f, srcs, r, out)
        waves: tuple[DateMention, ...] = ()
        if f.survey_context:
            p, waves = _on_current_date(p, f, bool(srcs), r, out)
        if f.waves:
            waves = _in_order([*waves, *_named_waves(p, f.waves, r)])
        if f.opening is not None and not waves and p.survey.dated and not p.survey.guessed:
            waves = _opening_wave(p.survey, f.opening, r)
        if srcs and f.stated is not None and (p.survey.guessed or _stated_later(p, f)):
            # "rose from 11.3% in 2021 to 13.6% in 2024, new figures from ... show":
            # the latest year a current figure states beats the publication month, and a
            # fieldwork date the text states only further on (another survey of the same
            # body: "climbed to 5.1 per cent in the three months to April, the ONS said ...
            # its Opinions and Lifestyle Survey, carried out 2-13 July")
            p = _stated_date(p, f.stated, r, out)
        p = _on_baseline(p, f, bool(srcs), r, out)
        local = None
        if f.figures and not (srcs or f.names_survey):
            p, local = _on_local(p, f.local, r, out)
            if local is None and not waves and f.inner and p.survey.dated \
                    and not p.survey.guessed:
                waves = _inner_waves(p.survey, f.inner, r)
        for d in waves:  # "In the firm's March poll, ...": the latest earlier wave so far
            if d.value is not None:
                p = p.on(p.survey.after_wave(_cue_from_date(d, d.value)))
        for d in f.baseline:  # "up two points since last month's poll"
            if p.survey.dated and not p.survey.guessed and (
                    d.names_survey or _WAVE_NAMED(r.text, d.start, d.end) is not None):
                value = resolve(d, _period(p.survey.period) if p.survey.period else r.pub,
                                r.pub, r.pub_day)
                if value is not None:
                    p = p.on(p.survey.after_wave(_cue_from_date(d, value)))
        if waves and waves[-1].value is not None and _INTRODUCES_LIST.search(
                r.text, f.start, f.end) is not None:
            p = attrs.evolve(p, list_wave=_cue_from_date(waves[-1], waves[-1].value))
        return _figures(p, f, srcs, r, out, local, waves)

    def count(self, srcs: list[SourceMention], out: list[Revision]) -> Passage:
        """The sentence names ``srcs``: the last one is what "the institute" refers to."""
        one, several = self.one_name, self.several
        for m in srcs:
            out.append(Named(m))
            if one is None:
                one = m.name
            elif m.name != one:
                several = True
        recent = tuple(m for m in self.recent if m.name not in {n.name for n in srcs})
        return attrs.evolve(self, last_source=srcs[-1], one_name=one, several=several,
                            recent=(*recent, *srcs)[-_RECENT_NAMES:])

    def replace(self, new: Survey) -> Passage:
        """End the current survey's passage. Figures of the headline and lead, read before
        the first pollster was named, wait on for that pollster's date; an earlier wave the
        lead dated ("down from 43% in the previous poll, taken 7-9 May") is that pollster's."""
        old = self.survey
        if (old.source is None and not old.reset and new.source is not None
                and not self.several and self.one_name in (None, new.source.name)):
            new = attrs.evolve(new, pending=old.pending,
                               previous=new.previous or old.previous)
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


def _figures(p: Passage, f: SentenceFacts, srcs: list[SourceMention], r: Reading,
             out: list[Revision], local: DateMention | None = None,
             waves: tuple[DateMention, ...] = ()) -> Step:
    """Each figure of the sentence its source and period (:func:`_assign`); a figure read
    in an earlier wave's clause takes that wave's date (:func:`_wave_of`)."""
    base = f.baseline[0] if f.baseline else None
    named = _Mentions.of(srcs) if srcs and f.figures else None
    for fig in f.figures:
        wave = _wave_of(r, waves, fig) if waves else None
        p = _assign(p, fig, named, base, f, local if wave is None else wave, r, out)
    return p, tuple(out)




# -- transitions within a sentence ------------------------------------------------------


def _on_sources(p: Passage, f: SentenceFacts, r: Reading, memory: Mapping[str, Cue],
                out: list[Revision]) -> tuple[Passage, list[SourceMention]]:
    """A newly named organization starts a new passage; an unnamed other one resets.
    Returns the sentence's source mentions as the passage reads them: "the institute"
    names the institute last mentioned, and a name of the same family as the passage's
    source ("NORC" in an AP-NORC passage) is read as that source. A body named in lower
    case ("the city council said") is a source only of figures after it in its sentence."""
    srcs = _read_sources(p, f, r.text)
    if srcs:
        p = p.count(srcs, out)
        s = p.survey
        # "the 2.8% inflation rate recorded by the CSO": the source of that figure only
        lead = [m for m in srcs if m.role not in _ASIDE_ROLES] if (
            s.source is not None and not s.reset) else [
            m for m in srcs if m.role not in ("consensus", "target")]  # nor leads a target
        primary = _leading(lead, s, f, r)
        if primary is not None and (
                s.source is None or s.source.name != primary.name or s.reset
                or (f.said_new and s.dated and not s.guessed)  # "a new Ipsos poll"
                or (s.source is not None and s.dated and not s.guessed
                    and other_programme(primary, s.source))):
            # no other pollster of its own dated survey in the sentence (a publisher or a
            # partner, "released by CDD-Ghana", leaves the survey alone)
            alone = all(m.name == primary.name or (
                m.role is None and _fieldwork_of(r.fieldwork, m.name) is None) for m in srcs)
            programme = s.source is not None and s.dated and not s.guessed and (
                other_programme(primary, s.source))
            # another programme of the body is dated by its own words, not the body's release
            new = _introduced(primary, f.said_new, r, {} if programme else memory, alone)
            if _digression(s, primary, srcs, f, r):
                new = attrs.evolve(new, before=s.before or s)
            p = p.replace(new)
            s = p.survey
            if s.period is not None and not s.guessed:
                out.append(Remember(primary.name, s.period))
                if s.pending is not None:  # the headline's figures
                    out.append(Fill(Chain.items(s.pending), s.period))
                    p = p.on(attrs.evolve(s, pending=None))
    elif f.reset:
        s = p.survey
        # "Other surveys have put it at 40 to 45 percent": a sentence that gives other
        # surveys' figure of its own is a digression of its paragraph, after which the story
        # returns to its own survey; without a figure ("research from this and other agencies
        # found ...") the survey is left for good
        back = s.before or s if (f.figures and s.source is not None and not s.reset) else None
        p = p.replace(Survey(reset=True, before=back))
    if f.later and f.figures:  # still the source of the figures after it
        srcs = sorted(srcs + list(f.later), key=lambda m: m.start)
    return p, srcs


#: Between a body and the organization it belongs to: "the National Center for Health
#: Statistics (NCHS), part of the Centers for Disease Control and Prevention", "the Bureau of
#: Labor Statistics, an agency of the Labor Department", "the institute at the university".
_PART_OF: Final = regex.compile(
    r"""[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,?[ \t]*(?:(?:which|that)[ \t]+is[ \t]+)?
        (?:(?:(?:a|an|the)[ \t]+)?(?:[\w\-]+[ \t]+)?
           (?:part|arm|unit|division|branch|agency|office|bureau|section|department)
           [ \t]+(?:of|at|within|in)
         |at|within)
        [ \t]+(?:the[ \t]+)?\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _part_of(text: str, primary: SourceMention, srcs: Sequence[SourceMention],
             own: str) -> bool:
    """Whether the sentence names the passage's own source as the body ``primary`` belongs
    to ("a CDC report" in the headline, "the National Center for Health Statistics, part of
    the CDC" in the lead): the same survey told more exactly, not a digression from it."""
    return any(m.name == own and m.start > primary.end
               and _PART_OF.fullmatch(text, primary.end, m.start) is not None for m in srcs)


#: Two sources joined in one sentence: "figures from X and a new survey by Y".
_BOTH: Final = regex.compile(r"(?<!\w)(?:and|as[ \t]+well[ \t]+as|along[ \t]+with)(?!\w)")
_BOTH_REACH: Final = 80


def _digression(s: Survey, primary: SourceMention, srcs: Sequence[SourceMention],
                f: SentenceFacts, r: Reading) -> bool:
    """Whether a newly named source is a digression from the passage's survey, which the next
    paragraph returns to: "a separate poll by X", "according to the Election Commission, the
    alliance polled 46.6%" (not a body named as part of the survey's own source: "the NCHS,
    part of the CDC"); "above the OECD average of 11.4 per cent" (a yardstick, beside any
    survey, an official body's too). A passage on an official body's data goes on with
    another official body or a vote counter named in it (a central bank's story quoting the
    statistics office's rates: rates and prices are what such bodies measure), unless the
    text calls the other one separate ("Separate figures from Eurostat show"). A sentence
    that names the passage's source after the new one, joined to it, introduces both ("Fresh
    figures from the statistics bureau and a new survey by X show ..."): no digression."""
    if s.source is None or s.reset or any(
            m.name == s.source.name and 0 < m.start - primary.end <= _BOTH_REACH
            and _BOTH.search(r.text, primary.end, m.start) is not None for m in srcs):
        return False
    if not f.section_lead and _BENCHMARK.match(r.text, primary.end) is not None:
        return True
    separate = primary.role == "separate" and not f.section
    aside = separate or (
        not f.section_lead and not _polled(r.text, primary, f) and (
            _COUNTER.search(primary.name) is not None
            or OFFICIAL_DATA.search(primary.name) is not None))
    return (aside and (OFFICIAL_DATA.search(s.source.name) is None or (
        separate and _SEPARATE.search(r.text, max(0, primary.start - _SEPARATE_REACH),
                                      primary.start) is not None))
            and not _part_of(r.text, primary, srcs, s.source.name))


def _leading(lead: list[SourceMention], s: Survey, f: SentenceFacts,
             r: Reading) -> SourceMention | None:
    """The mention that leads the sentence's figures: its first, but another organization's
    survey the sentence brings in after naming the passage's own ("The Gallup findings echo
    a Pew survey, which found 23%"; "Kestrel's figures are in line with a YouGov poll that
    put it at 41%") leads the figures after it, and the rest of its paragraph."""
    if not lead:
        return None
    first = lead[0]
    if s.source is None or s.reset or first.name != s.source.name or not f.figures:
        return first
    last_figure = r.stats[f.figures[-1].index].start
    return next((m for m in lead[1:] if m.role == "separate" and m.name != first.name
                 and m.end <= last_figure), first)


#: A name right after a share and "to" is what the people asked answered, not who asked them:
#: "41% blamed the government and 19% the Fed", "31 per cent pointed to Labour, 19 per cent
#: to the Reserve Bank". Searched back from the name, a few words at most.
_ANSWERED: Final = regex.compile(
    r"""(?r)[0-9](?:[ \t]*%|[ \t]+per[ \t]?cent|[ \t]+percent|pc)[ \t]+
    (?:(?:pointed|looked)[ \t]+)?(?:to|towards?|at)[ \t]+(?:the[ \t]+)?\Z""",
    regex.VERBOSE | regex.IGNORECASE)
_ANSWERED_REACH: Final = 40


def _answered(text: str, m: SourceMention) -> bool:
    return _ANSWERED.search(text, max(0, m.start - _ANSWERED_REACH), m.start) is not None


def _read_sources(p: Passage, f: SentenceFacts, text: str) -> list[SourceMention]:
    srcs = [m for m in f.sources if not _answered(text, m)]
    ls = p.last_source
    b = f.backref
    if not srcs and b is not None and b.named is not None:  # "the charity": the one so described
        srcs = [SourceMention(b.start, b.end, b.text, b.named.name, b.named.known)]
    elif not srcs and ls is not None and b is not None and not refers_to(b.head, ls.name) and (
            (fit := _fits(p.recent, b.head)) is not None):
        # "the bureau's survey" after a central bank named since the bureau: the bureau
        srcs = [SourceMention(b.start, b.end, b.text, fit.name, fit.known,
                              role=_target(text, b.end))]
    elif not srcs and ls is not None and b is not None and refers_to(b.head, ls.name):
        # "That survey put Labor at 31%": the survey just named, a digression when it is
        # another pollster's than the passage's; "the central bank's 2% target": the bank's
        # target only
        role = "separate" if b.head in _SURVEY_HEADS else (
            _target(text, b.end) if b.head.lower().startswith(_BODY_HEADS) else None)
        srcs = [SourceMention(b.start, b.end, b.text, ls.name, ls.known, role=role)]
    s = p.survey
    if s.source is not None:
        name = s.source.name
        srcs = [attrs.evolve(m, name=name) if _related(m.name, name) else m for m in srcs]
    if any(m.role in ("fieldwork", "panel") for m in srcs):
        srcs = _fieldwork(srcs, s)
    return srcs


_SURVEY_HEADS: Final = ("survey", "poll", "study")
_RECENT_NAMES: Final = 4  # organizations remembered for "the bureau", "the central bank"


#: Heads of "the bureau", "the central bank", "the statistics office": official bodies.
_BODY_HEADS: Final = ("bureau", "central", "statisti")
_OWNER_TARGET: Final = next(r.after for r in ROLE_RULES if r.name == "target_owner")


def _fits(recent: Sequence[SourceMention], head: str) -> SourceMention | None:
    """The latest of the organizations named recently that "the <head>" can refer to, when
    the head names a kind of official body ("the bureau", "the central bank")."""
    if not head.lower().startswith(_BODY_HEADS):
        return None
    return next((m for m in reversed(recent) if refers_to(head, m.name)), None)


def _target(text: str, end: int) -> str | None:
    """"target" when "the central bank's" ends at ``end`` before its target ("the central
    bank's 2% target"): the body's figure right after, not a passage of its own."""
    at = end - 2 if text[end - 2:end] in ("'s", "’s") else end
    assert _OWNER_TARGET is not None
    return "target" if _OWNER_TARGET.match(text, at, min(len(text), at + 80)) else None


def _fieldwork(srcs: list[SourceMention], s: Survey) -> list[SourceMention]:
    """"The poll, conducted for the Herald by X", "the survey, carried out for GfK by X": the
    firm that ran a survey the text already named keeps that name when it is a table's
    (a poll brand, a research house); a client not in the table gives way to the firm. The
    panel a survey drew its sample from ("through the SSRS Opinion Panel") always takes the
    name of the survey's maker."""
    out: list[SourceMention] = []
    for m in srcs:
        if m.role == "panel":
            owner = out[-1] if out else (s.source if s.source is not None and not s.reset
                                         else None)
            if owner is not None:
                m = attrs.evolve(m, name=owner.name, known=owner.known)
        elif m.role == "fieldwork":
            owner = next((o for o in reversed(out) if o.known), None)
            if owner is None and s.source is not None and s.source.known and not s.reset:
                owner = s.source
            if owner is not None:
                m = attrs.evolve(m, name=owner.name)
        out.append(m)
    return out


def _on_current_date(p: Passage, f: SentenceFacts, has_source: bool, r: Reading,
                     out: list[Revision]) -> tuple[Passage, tuple[DateMention, ...]]:
    """A fieldwork date: absolute dates before relative ones ("released last month, data
    for 2024" is about 2024); relative ones count from the publication date. A dated
    passage takes another date only from a sentence that speaks of a survey.

    Returns the next passage and the sentence's *earlier waves* (resolved, in text order):
    dates that end before the period the text stated for the survey ("the survey was
    conducted Feb. 12-15 ... The January poll surveyed 580 voters", "In TIFA's January
    survey, 5 per cent ..."). They are previous measurements, not the survey's date: each
    dates levels after it in its own clause (:func:`_wave_of`), and the passage keeps its
    period. In a sentence that names another source, a written date is read so only when it
    names a survey ("Leger's July survey"; not "figures from the ministry show a fall in
    2023", another body's data); a relative one ("last year") only when it opens the sentence (not
    "the scheme, which replaced another last year, ..."), and otherwise dates nothing."""
    s = p.survey
    if not (has_source or f.names_survey):
        return p, ()
    anchor = _period(s.period) if s.period else r.pub
    waves: list[DateMention] = []
    for d in f.candidates:
        value = resolve(d, anchor if d.relative is None else r.pub, r.pub, r.pub_day)
        if value is None:
            continue
        value = value.by_month()
        if r.pub_day is not None and _after(value, d, r.pub_day):
            continue  # a date after publication is an event to come, not fieldwork
        edition = _edition_fieldwork(d, value, s, r)
        if edition is not None:  # "the 2025 Kestrel Barometer", fielded in October 2024
            return p.set_period(edition, f.paragraph, has_source, out), _in_order(waves)
        if d.start in f.bound_at and s.dated and (not s.guessed or _series(f)):
            continue  # "rose to 19% in February, then 26% in April": dates of figures
        if _earlier_wave(s, value) and not (d.start in f.statements
                                            and not _names_earlier(f, d, s, r)):
            if d.relative is not None:
                if _OPENING.fullmatch(r.text, f.start, d.start):
                    waves.append(attrs.evolve(d, value=_elapsed(d, value, anchor)))
                continue
            if d.names_survey or _own_sources(f, s):
                waves.append(attrs.evolve(d, value=value))
                continue
        if _averaged_span(s, d, value, r) or (
                s.guessed and d.names_survey and r.pub is not None and d.relative is None
                and value.last.year <= r.pub.year - 2 and not fieldwork_before(r.text, d)):
            # "In the 2020 survey, 27 per cent ...": a survey named by a year two or more
            # before the story's, no fieldwork said of it, is an earlier wave of the
            # publication-dated survey, not its date
            waves.append(attrs.evolve(d, value=value))
            continue
        if (s.guessed and d.names_survey and d.relative is None and r.pub is not None
                and value.month is not None and _DAY.search(d.text) is None
                and _months_before(value, r.pub) >= 2 and not fieldwork_before(r.text, d)):
            # "a new Fox News poll finds ... In Fox's July survey, Ossoff led 49% to 44%" in an
            # October story: a survey named by a month two or more before the story's is an
            # earlier wave of the new poll, not its date (a new poll is not that old; a survey
            # named by a year alone keeps the rule above: "the 2023 survey" may be this one; days
            # are fieldwork: "In its March 3-16 poll" is the new poll's)
            waves.append(attrs.evolve(d, value=value))
            continue
        if s.guessed and (d.names_survey or fieldwork_before(r.text, d)):
            # "was conducted": a stated fieldwork date, even one in the guessed month, is
            # no longer a guess (a year named later in the story does not regrade it)
            return p.correct_guess(_cue_from_date(d, value), out), _in_order(waves)
        if s.period is not None and (_starts_in(_period(s.period), value)
                                     or _in_fieldwork(r, s.period, value)):
            return p, _in_order(waves)  # "this year" within a passage dated October
        another = s.period is not None and s.period.period != value and not has_source
        if another:
            p = p.replace(Survey(source=s.source))  # same pollster, another wave
        # the paragraphs that carried fieldwork days stated before are that wave's, not this
        # one's ("whose annual survey of 211 member companies was carried out in March" after
        # a poll fielded June 10-13); a month read from a mention ("The last poll, in
        # October, ...") may have been an earlier wave's, and the stated date corrects it
        kept = another and s.period is not None and s.period.exact is not None
        p = p.set_period(_cue_from_date(d, value), f.paragraph, has_source or kept, out)
        return p, _in_order(waves)
    return p, _in_order(waves)


#: How many months before publication a release's reference month may lie ("the jobless
#: rate fell to 4.1% in June" in a July story; "in the three months to June" in August).
_RELEASE_LAG: Final = 4


def _stated_date(p: Passage, d: DateMention, r: Reading, out: list[Revision]) -> Passage:
    """The date a current figure of a source's sentence states corrects the publication
    month's guess: a year as written, or a month without one (a release's reference month,
    the latest such month not after publication, at most a few months before it)."""
    value = d.value
    if value is None and d.month_only and r.pub is not None:
        value = resolve(d, r.pub, r.pub, r.pub_day)
        last = value.last_day if value is not None else None  # a quarter's: its last month
        if value is None or last is None or (
                r.pub_day is not None and _after(value, d, r.pub_day)) or (
                _months_before(Period(last.year, last.month), r.pub) > _RELEASE_LAG):
            return p
    if value is None:
        return p
    return p.correct_guess(_cue_from_date(d, value), out)


def _stated_later(p: Passage, f: SentenceFacts) -> bool:
    """Whether an official data body's period is a fieldwork date the text states after
    this sentence (taken for its source when it was named: another survey of the body), or
    one carried from an earlier paragraph into a sentence that names a survey of its own
    ("INEGI's inflation figures for June ... [new paragraph] INEGI's jobs survey put
    unemployment at 2.7% in May, and informality at 54.3%"): a date the sentence states for
    its current figure beats it. A pollster's fieldwork stated further on is its poll's."""
    s = p.survey
    return s.period is not None and s.source is not None and (
        s.source.name in official_bodies() or OFFICIAL_DATA.search(s.source.name) is not None
    ) and (
        s.period.start >= f.end or (f.names_survey and p.last_dated_para < f.paragraph))


def _series(f: SentenceFacts) -> bool:
    """Whether the sentence binds two or more different current dates to its figures ("19%
    in September, 20% in December and 22% in January"): a series of waves' dates."""
    current = [c for c in f.candidates if c.start in f.bound_at]
    others = len(f.bound_at) - len(current)  # earlier figures' dates ("below the 81% of 2019")
    return others + len({(c.month, c.day, c.value) for c in current}) > 1


def _averaged_span(s: Survey, d: DateMention, value: Period, r: Reading) -> bool:
    """Beside a current poll, a part of a year over before publication ("Across the second
    half of 2024, the party averaged 35% in Curia's polls") is the span its clause's figures
    average, not the poll's fieldwork; and a series of figures' dates in a current poll's
    sentence ("19% in September, 20% in December and 22% in January before this month's
    rise") are its earlier waves' (the caller skips those)."""
    return (s.guessed and d.rule == "part_of_year" and r.pub is not None
            and _months_before(value.last, r.pub) >= 1 and not fieldwork_before(r.text, d))


def _edition_fieldwork(d: DateMention, value: Period, s: Survey, r: Reading) -> Cue | None:
    """A year written as part of a survey's name ("the 2025 Kestrel Trust Barometer") names
    its edition: when the text states that survey's fieldwork (in that year or the one
    before: "conducted between 25 October and 16 November 2024"), the fieldwork dates it."""
    if s.source is None or value.month is not None or not 0 < s.source.start - d.end <= 1:
        return None
    stated = _fieldwork_of(r.fieldwork, s.source.name)
    if stated is None or _period(stated).month is None or (
            _period(stated).year not in (value.year - 1, value.year)):
        return None  # a bare year ("in 2023 as well") refines nothing
    if any(int(y) != _period(stated).year for y in _YEAR.findall(stated.text)):
        return None  # "between November 2024 and January 2025": the edition's year stands
    return stated


_YEAR = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _names_earlier(f: SentenceFacts, d: DateMention, s: Survey, r: Reading) -> bool:
    """Whether the sentence of a fieldwork statement names the earlier survey it is about
    ("The January poll surveyed 580 voters Jan. 10-13"); without that, a statement of an
    earlier date ("interviews with 3,758 adults conducted from December 10 to 14") states
    the survey's own fieldwork."""
    for c in f.candidates:
        if c is d or not c.names_survey:
            continue
        value = resolve(c, _period(s.period) if s.period else r.pub, r.pub, r.pub_day)
        if value is not None and _earlier_wave(s, value.by_month()):
            return True
    return False


def _named_waves(p: Passage, named: Sequence[DateMention], r: Reading) -> list[DateMention]:
    """The dates that name an earlier wave ("the last poll in August"), resolved against the
    survey's period (else the publication month)."""
    s, out = p.survey, []
    anchor = _period(s.period) if s.period else r.pub
    for d in named:
        value = resolve(d, anchor if d.relative is None else r.pub, r.pub, r.pub_day)
        if value is not None:
            out.append(attrs.evolve(d, value=value.by_month()))
    return out


def _opening_wave(s: Survey, d: DateMention, r: Reading) -> tuple[DateMention, ...]:
    """A relative date that opens a sentence ("A year ago, 38% said so") and ends before
    the survey's stated period is an earlier wave of it."""
    value = resolve(d, r.pub, r.pub, r.pub_day)
    if value is None:
        return ()
    value = _elapsed(d, value.by_month(), _period(s.period) if s.period else None)
    return (attrs.evolve(d, value=value),) if _earlier_wave(s, value) else ()


def _inner_waves(s: Survey, inner: Sequence[DateMention],
                 r: Reading) -> tuple[DateMention, ...]:
    """Written dates inside a sentence of figures that names no survey, after its first
    figure, that end before the survey's stated period: earlier waves of its clause ("49% to
    32%, but in late January the figures were 52% to 29%")."""
    anchor = _period(s.period) if s.period else r.pub
    out = []
    for d in inner:
        value = resolve(d, anchor, r.pub, r.pub_day)
        if value is not None and _earlier_wave(s, value.by_month()):
            out.append(attrs.evolve(d, value=value.by_month()))
    return tuple(out)


def _own_sources(f: SentenceFacts, s: Survey) -> bool:
    """Whether the sentence names no source but the survey's own ("When NOI Polls last asked
    the question in February 2025, ..."), as written or by a shorter name of its family ("In
    the Ipsos poll in January, ..." in an Ipsos Perú passage: the same pollster's earlier
    wave, not a new date for the survey)."""
    return all(s.source is not None and (m.name == s.source.name
                                         or _related(m.name, s.source.name))
               for m in (*f.sources, *f.later))


def _in_order(waves: Sequence[DateMention]) -> tuple[DateMention, ...]:
    return tuple(sorted(waves, key=lambda d: d.start))


#: A day of the month in a date's words ("March 3-16", "Oct. 5"): not a year.
_DAY: Final = regex.compile(r"(?<![0-9])[0-9]{1,2}(?![0-9])")


def _months_before(value: Period, pub: Period) -> int:
    """How many whole months a period ends before the publication month (0 when it does
    not; a year without a month counts from its December)."""
    last = value.last_day
    return max(0, (pub.year - last.year) * 12 + (pub.month or 1) - last.month)


def _earlier_wave(s: Survey, value: Period) -> bool:
    """Whether a date ends before the period the text stated for the survey (not the
    publication month's guess): a previous wave's, not this survey's."""
    return (s.period is not None and not s.guessed
            and value.last_day < _period(s.period).first_day)


#: A sentence that ends in a colon introduces the list after it.
_INTRODUCES_LIST: Final = regex.compile(r":[ \t]*\Z")
#: A date that opens its sentence: "Last year, ...", "A year ago, the poll ..." (a few words).
_OPENING: Final = regex.compile(r"[\s\"“‘']*(?:[\w'’\-]+[ \t]+){0,3}")
#: What ends an earlier wave's clause before a figure: "In January 5% named it – the share
#: has more than doubled", "In May it was 51%; now ...".
_WAVE_BREAK: Final = regex.compile(r"[;:–—]|\s-\s|(?<!\w)(?:now|today|currently|meaning)(?!\w)",
                                   regex.IGNORECASE)
_WAVE_REACH: Final = 160


def _wave_of(r: Reading, waves: Sequence[DateMention], fig: FigureFacts) -> DateMention | None:
    """The earlier wave that dates a figure: the nearest before it in its sentence, within
    its clause ("In March, the same poll found 44% approving, a net of -12"; not "In January
    5% named it – the share has more than doubled since")."""
    st = r.stats[fig.index]
    k = bisect.bisect_left([d.start for d in waves], st.start) - 1
    if k < 0:
        return None
    d = waves[k]
    if (st.start - d.end > _WAVE_REACH or _WAVE_BREAK.search(r.text, d.end, st.start)
            or _NOW_AFTER.match(r.text, st.end, st.end + 24) is not None):
        return None
    return d


#: A figure said to be the current one right after it: "... in late January and to 41
#: percent this time", "and 56 percent now" (not the earlier wave of its clause).
_NOW_AFTER: Final = regex.compile(
    r"[ \t]+(?:this[ \t]+time|now|today|currently|at[ \t]+present|this[ \t]+month)(?!\w)",
    regex.IGNORECASE)


def _on_baseline(p: Passage, f: SentenceFacts, has_source: bool, r: Reading,
                 out: list[Revision]) -> Passage:
    """A newer wave revealed by a baseline: "compared to the 2023 survey ... past year"."""
    for d in f.baseline:
        if d.value is None or d.relative is not None or d.month_only:
            continue  # a baseline needs its year: "than October 5" has none
        base_year = d.value.last.year  # 2023, 2023-12, 2007/2010 (2010)
        cur = p.survey.period
        if cur is not None and (_period(cur).year > base_year or (
                not p.survey.guessed and _period(cur).first_day > d.value.last_day)):
            continue  # the stated survey is already newer ("since March 2025" beside Dec.)
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
    the sentence's local date (or the earlier wave it is read in), else the passage's period,
    else it waits for one."""
    i, s = fig.index, p.survey
    near = srcs.nearest(r.text, r.stats[i]) if srcs is not None else None
    if (apart := _apart(fig, near, r, p.last_source, p.survey.source)) is not None:
        out.append(apart)
        return p
    src = _figure_source(p, fig, near, srcs, f, r)
    banks = _banks_figure(src, r, i)  # a central bank's rate named without its bank
    source = cue_from_source(src) if src is not None and not banks else None
    in_reset = ((s.reset or p.off_survey) and near is None) or banks
    if fig.bound is not None:
        anchor = _period(s.period) if s.period else r.pub
        value = _resolve_bound(fig.bound, anchor, r.pub, f, r, i if fig.earlier else None)
        cue = (_cue_of_own_date(fig.bound, value, r.text, r.stats[i].start) if value
               else None)
        if value is not None and not fig.earlier and _within_places(r, value) and (
                place := _place_cue(r, i, s, f.start)) is not None:
            cue = place  # an event in a country's clause, within the survey's fieldwork
        if (value is not None and fig.bound.names_survey and s.period is not None
                and not s.guessed and value.precision == "year" and value.end is None
                and _starts_in(_period(s.period), value)):
            cue = s.period  # "the 2023 survey" whose fieldwork the text dated April 2023
        elif value is not None and not s.guessed and _in_fieldwork(r, s.period, value):
            cue = s.period  # "in the 12 months to November" of a survey run Oct. 15-Nov. 18
        out.append(Figure(i, source, in_reset, cue))
        if cue is not None and fig.earlier:
            p = attrs.evolve(p, pair_from=(cue, f.paragraph, r.stats[i].end))
            if _own(near, s):
                return p.on(s.after_wave(cue))
    elif (s.previous is not None and _own(near, s) and local is None
          and r.stats[i].kind in ("share", "change") and _before(s.previous, s.period) and (
              (fig.earlier and _UNDATED_BASE.search(r.text, max(0, r.stats[i].start - 30),
                                                    r.stats[i].start) is not None
               and _BASE_ENDS.match(r.text, r.stats[i].end, r.stats[i].end + 8) is not None)
              or (r.stats[i].kind == "share"  # a change "from the last poll" is the new one's
                  and (_LAST_TIME.match(r.text, r.stats[i].end, r.stats[i].end + 40) is not None
                       or (_POINTS_PAREN.search(r.text, max(0, r.stats[i].start - 80),
                                                r.stats[i].start) is not None
                           and _PAREN_TO.match(r.text, r.stats[i].end, r.stats[i].end + 24)
                           is not None))))):
        # "approval rose to 82.7 percent from 78.1 percent", "36 per cent last time", "53-29
        # in the previous survey", "(62% to 58%)": the wave the text dated last
        out.append(Figure(i, source, in_reset, s.previous))
    elif base is not None and base.value and fig.from_end:
        out.append(Figure(i, source, in_reset, _cue_from_date(base, base.value)))
    elif (pair := _pair_start(p, fig, f, local, r)) is not None:
        out.append(Figure(i, source, in_reset, pair))
    elif local is not None and local.value and not (
            s.period is not None and (_starts_in(_period(s.period), local.value)
                                      or _in_fieldwork(r, s.period, local.value))) and (
            (place := _place_cue(r, i, s, f.start)) is None
            or not _within_places(r, local.value)):
        out.append(Figure(i, source, in_reset, _cue_from_date(local, local.value)))
    elif p.list_wave is not None and f.paragraph > p.last_dated_para:
        out.append(Figure(i, source, in_reset, p.list_wave))  # an item of a wave's list
    elif (place := _place_cue(r, i, s, f.start)) is not None:
        out.append(Figure(i, source, in_reset, place))  # its country's fieldwork month
    elif s.period is not None:
        out.append(Figure(i, source, in_reset, s.period, f.paragraph > p.last_dated_para))
        if s.guessed:
            return p.on(s.guessing(i))
    else:
        out.append(Figure(i, source, in_reset))
        return p.on(s.waiting(i))
    return p


#: How far after a dated earlier level an undated pair may follow it.
_PAIR_REACH: Final = 400


def _pair_start(p: Passage, fig: FigureFacts, f: SentenceFacts, local: DateMention | None,
                r: Reading) -> Cue | None:
    """The date of the earlier end of an undated pair that follows a dated comparison in its
    paragraph: "41% ..., up from 35% in 2012. Across the OECD the average rose from 30% to
    39%" (over the same stretch: 30% is the 2012 level). Not in a sentence with a date of
    its own."""
    if not fig.pair_from or p.pair_from is None or local is not None or f.baseline:
        return None
    cue, para, end = p.pair_from
    if para != f.paragraph or not 0 <= r.stats[fig.index].start - end <= _PAIR_REACH:
        return None
    return cue


#: How far after a vote counter's naming an election's own count without one in its sentence
#: is still that counter's ("..., according to the electoral commission. After preferences,
#: Labor took 55.2 per cent").
_COUNT_REACH: Final = 300


def _apart(fig: FigureFacts, near: SourceMention | None, r: Reading,
           last: SourceMention | None = None,
           home: SourceMention | None = None) -> Figure | None:
    """The attribution of a figure that stands apart from the passage's survey: a threshold
    (a rule, not a finding) or an election's own count (never the poll's source or date):
    the official body named for it in its sentence, else one named just before it; a
    population's share in a passage on an official body's data ("informal workers made up
    37% of the employed population", the statistics office said) is that body's."""
    i = fig.index
    if fig.threshold:
        # a rule's threshold is the body's that set it ("the Bank of Canada's 2% target",
        # "the electoral commission's 5% hurdle"), never a pollster's ("INSA has the FDP at
        # 4 per cent, short of the 5 per cent threshold")
        rule = near if near is not None and _sets_rules(near) else None
        return Figure(i, cue_from_source(rule) if rule is not None else None,
                      rule is None, apart=True)
    if fig.result is None:
        return None
    value = resolve(fig.bound, r.pub, r.pub, r.pub_day) if fig.bound is not None else None
    official = near if near is not None and _counts(near) else None
    if (near is None and last is not None and _OFFICIAL.search(last.name) is not None
            and 0 <= r.stats[i].start - last.end <= _COUNT_REACH):
        official = last
    elif (near is None and fig.result == "population_share" and home is not None
          and (home.name in official_bodies() or OFFICIAL_DATA.search(home.name) is not None)):
        official = home
    return Figure(i, cue_from_source(official) if official is not None else None,
                  official is None,
                  _cue_of_own_date(fig.bound, value, r.text, r.stats[i].start)
                  if fig.bound and value else None,
                  apart=True)


def _counts(m: SourceMention) -> bool:
    """Whether a mention is an official body whose counts are its own: a vote counter, an
    office, a commission, or one of the table's statistics offices and central banks."""
    return _OFFICIAL.search(m.name) is not None or m.name in official_bodies()


#: The words of a body that sets rules and targets: a central bank, a government, a court.
_RULE_SETTER: Final = regex.compile(
    r"(?<!\w)(?:fed|government|parliament|congress|court|council|law|treasury|ministry"
    rf"|department|{alternation(CENTRAL_BANK_WORDS)})(?!\w)"
    r"|(?<=\w)bank(?!\w)", regex.IGNORECASE)  # "Riksbank", "Bundesbank", "Bangko Sentral"
#: A body that measures and sets no rule: a statistics office ("Office for National
#: Statistics", "Australian Bureau of Statistics", "Destatis").
_MEASURER: Final = regex.compile(r"(?i:statisti|stats?\b|census|destatis)")


#: A central bank's policy rate right before its figure: "kept the cash rate at", "the repo
#: rate of", "raised Bank Rate to", "the federal funds rate to a range of".
_POLICY_RATE: Final = regex.compile(
    r"""(?<!\w)(?:cash|policy|repo|base|benchmark|overnight|official|key|Bank|Selic|federal
      [ \t]+funds|interest)[ \t]+(?:interest[ \t]+)?rates?[ \t]+(?:target[ \t]+)?
    (?:(?:at|to|of|by|from|on|in|a[ \t]+range[ \t]+of)[ \t]+)?(?:(?:a|the)[ \t]+)?\Z""",
    regex.VERBOSE | regex.IGNORECASE)


#: A forecast of a rate, not the rate: "the median forecast for Bank Rate at", "expect the
#: cash rate to reach".
_FORECAST_WORD: Final = regex.compile(
    r"(?<!\w)(?:forecast|expect|predict|median|consensus|projected|projection)", regex.I)
#: A target right after its figure: "the 2 to 3 per cent target band", "a 2% inflation goal".
_TARGET_AFTER: Final = regex.compile(
    r"[ \t]+(?:(?:inflation|price|policy)[ \t]+)?(?:target|goal)(?!\w)", regex.IGNORECASE)


def _banks_figure(src: SourceMention | None, r: Reading, i: int) -> bool:
    """Whether figure ``i`` is a central bank's policy rate or target ("the bank kept the
    cash rate at 3.60 per cent", "its 2 to 3 per cent target band") and ``src`` no bank or
    rule setter: the figure is none of a statistics office's or a pollster's (and takes no
    document-wide source either)."""
    st = r.stats[i]
    if _FORECAST_WORD.search(r.text, max(0, st.start - 50), st.start) is not None:
        return False  # "the median forecast for Bank Rate at 3.75%": the forecasters' figure
    return (src is None or _RULE_SETTER.search(src.name) is None) and (
        _POLICY_RATE.search(r.text, max(0, st.start - 40), st.start) is not None
        or _TARGET_AFTER.match(r.text, st.end, min(len(r.text), st.end + 40)) is not None)


def _sets_rules(m: SourceMention) -> bool:
    """Whether a mention can be the source of a threshold or a target: an official body, a
    rule setter, or the owner a target names ("the ECB's 2% target")."""
    return m.role in _ASIDE_ROLES or _RULE_SETTER.search(m.name) is not None or (
        _OFFICIAL.search(m.name) is not None and _MEASURER.search(m.name) is None)


def _figure_source(p: Passage, fig: FigureFacts, near: SourceMention | None,
                   srcs: _Mentions | None, f: SentenceFacts,
                   r: Reading) -> SourceMention | None:
    """The source of a poll's figure: the one named nearest in its sentence, else the
    passage's survey's."""
    i, s = fig.index, p.survey
    src = near or s.source
    home = s.before.source if s.before is not None else None
    if (near is None and home is not None and s.source is not None
            and s.source.role == "separate" and s.source.start >= r.stats[i].end):
        # a figure before the other survey its sentence goes on to compare it with ("the
        # BJP (44%) is ahead, a reversal from the 2021 X study") is the story's survey's
        return home
    if (src is not None and home is not None and _OFFICIAL.search(src.name) is not None
            and _OFFICIAL.search(home.name) is None
            and any(g.result is not None and r.stats[g.index].start > r.stats[i].start
                    for g in f.figures)):
        # "Labor's 48.5% is down on the 52.1% it won at the 2022 election, according to the
        # electoral commission": the official body is the source of the result after it alone
        return home
    if (near is not None and srcs is not None and r.stats[i].kind == "change"
            and srcs.coordinated(r.text, near)):
        return None  # "the CIS and 40dB. figures were four points apart": a gap between two
    return src


def _own(near: SourceMention | None, s: Survey) -> bool:
    """Whether a figure's own sentence names no source for it but the survey's."""
    return near is None or (s.source is not None and near.name == s.source.name)


#: The date names an earlier wave ("since last month's poll"): facts' "wave_noun" rows.
_WAVE_NAMED: Final = decider("wave_noun")
#: An undated earlier level of the survey's own measure: "to 82.7 percent from 78.1 percent",
#: "+19 from +11", a clause of its own after a comma ("on 14 per cent, versus 13 per cent.")
#: (not "compared with 44 percent of men", "(52% versus 44%)": groups are compared so too).
_UNDATED_BASE: Final = regex.compile(
    r"(?r)(?:(?<!\w)from|,[ \t]+(?:versus|vs\.|against|compared[ \t]+(?:with|to)))\s+\(?\Z",
    regex.IGNORECASE)
#: After a level, the survey's last wave named without a date: "36 per cent last time",
#: "53-29 in the previous survey", "41% at the last poll" (of the survey the passage is on).
_LAST_TIME: Final = regex.compile(
    r"""(?:[ \t]*[-–/][ \t]*[0-9]{1,3}(?:\.[0-9])?(?:[ \t]*(?:%|per[ \t]?cent|percent))?)?
    [ \t]+(?:last[ \t]+time|(?:in|at)[ \t]+the[ \t]+(?:previous|last|prior|preceding)
    [ \t]+(?:poll|survey|wave|round|edition))(?!\w)""", regex.IGNORECASE | regex.VERBOSE)


#: The later end of a bracketed change after its points: "dipped 4 points among Republicans
#: (62% to 58%)": the first figure is the last wave's (not a split: "by 3 to 1 (75% to 20%)").
_POINTS_PAREN: Final = regex.compile(
    r"(?r)(?<!\w)(?:points?|pts)(?!\w)[^.;()\n]{0,60}\(\Z", regex.IGNORECASE)
_PAREN_TO: Final = regex.compile(
    r"[ \t]+to[ \t]+[0-9][0-9.,]*[ \t]*(?:%|per[ \t]?cent|percent)?[ \t]*\)", regex.IGNORECASE)


def _before(wave: Cue, period: Cue | None) -> bool:
    """Whether an earlier wave's date ends before the survey's period starts."""
    return period is None or (wave.period is not None
                              and wave.period.last_day < _period(period).first_day)


#: What follows such a level: its clause goes on or ends ("from 78.1 percent, a gain", "from
#: 21 per cent to 19 per cent"), not a group ("from 67% of developers ... to 29% in ...").
_BASE_ENDS: Final = regex.compile(
    r"[ \t]*(?:[,.;:)\n]|\Z|(?:to|and|while|but|as)(?!\w))", regex.IGNORECASE)


def _introduced(primary: SourceMention, said_new: bool, r: Reading,
                memory: Mapping[str, Cue], alone: bool = True) -> Survey:
    """A newly named survey: dated as remembered for its source ("the Ifop survey" again),
    else, when introduced as current ("a new poll", any poll of a news story with a
    publication date), by the fieldwork date the text states for its source
    anywhere ("The poll was conducted Feb. 5-9" in the methods paragraph at the end), else
    (introduced as new) by the publication month. "A new Pew survey" again is
    the one remembered when that is the source's latest stated date (and the sentence names
    no other source)."""
    remembered = memory.get(primary.name)
    if remembered is not None and not said_new:
        return Survey(source=primary, period=remembered)
    if not (said_new or r.pub is not None):  # a news story's poll is current
        return Survey(source=primary, period=remembered)
    stated = _fieldwork_of(r.fieldwork, primary.name)
    if stated is not None and (remembered is None or _period(remembered) < _period(stated)
                               or (alone and _period(remembered) == _period(stated))):
        return Survey(source=primary, period=stated)
    if (r.recent or said_new) and r.pub is not None:
        return Survey(source=primary,
                      period=Cue.for_period(r.pub, primary.start, primary.end, primary.text),
                      guessed=True)
    return Survey(source=primary, period=remembered)


# -- helpers -------------------------------------------------------------------------------


def fieldwork_periods(statements: Sequence[Statement], pub: Period | None,
                      pub_day: Period | None) -> dict[str | None, Cue]:
    """Each source's stated fieldwork period: the latest its statements give (the news is
    the newest wave; "the January poll surveyed 580 voters Jan. 10-13" beside "the survey
    was conducted Feb. 12-15" is the wave before), none after the publication day."""
    out: dict[str | None, Cue] = {}
    for st in statements:
        d = st.date
        value = resolve(d, None, pub, pub_day)
        if value is None or (pub_day is not None and _after(value, d, pub_day)):
            continue
        cue = _cue_from_date(d, value)
        old = out.get(st.source)
        if old is None or _period(old) < _period(cue):
            out[st.source] = cue
    return out


# -- a multi-country survey's fieldwork, country by country ---------------------------------

#: Words of a fieldwork statement: "the fieldwork was carried out", "interviews took place".
_FIELDWORK_WORDS: Final = regex.compile(
    r"""(?<!\w)(?:fieldwork|interview(?:s|ed|ing)?|conducted|carried[ \t]+out|took[ \t]+place
        |fielded|surveyed|polled)(?!\w)""", regex.VERBOSE | regex.IGNORECASE)
#: "In Tunisia", "in the Philippines": where a clause of the statement starts (then the
#: country itself is matched by _COUNTRY at the capital letter).
_IN_PLACE: Final = regex.compile(r"(?<!\w)[Ii]n[ \t]+(?:the[ \t]+)?(?=\p{Lu})")
_COUNTRY: Final = regex.compile(rf"{alternation(COUNTRY_WORDS)}(?!\w)")
#: A country or its people ("Jordan", "Jordanians") near a figure, as written.
_PLACE_WORD: Final = regex.compile(
    rf"""(?<!\w){alternation([*COUNTRY_WORDS, *DEMONYM_WORDS,
                              *(w.title() for w in demonyms())])}s?(?!\w)""")
_PLACE_AFTER_REACH: Final = 30  # "19 per cent in Tunisia", "61 per cent of Tunisians"


def _country(word: str) -> str | None:
    key = group_key(word)
    return key.removeprefix("country=") if key is not None and key.startswith(
        "country=") and ";" not in key else None


def place_fieldwork(text: str, sentences: Sequence[tuple[int, int]],
                    dates: Sequence[DateMention], pub: Period | None,
                    pub_day: Period | None) -> dict[str, Cue]:
    """A multi-country survey's fieldwork month in each country, from a fieldwork statement
    that gives two or more countries each its own date ("In Ghana the fieldwork ran in March
    2024; in Kenya interviews were conducted in May"): country -> that month. Each country's
    clause runs from its "in <country>" to the next one; its first date (not after
    publication) is its fieldwork's. The first such statement of the text counts."""
    out: dict[str, Cue] = {}
    starts = [d.start for d in dates]
    for lo, hi in sentences:
        if out:
            break
        if _FIELDWORK_WORDS.search(text, lo, hi) is None:
            continue
        places: list[tuple[int, int, str]] = []
        for m in _IN_PLACE.finditer(text, lo, hi):
            c = _COUNTRY.match(text, m.end(), hi)
            name = _country(c[0]) if c is not None else None
            if c is not None and name is not None:
                places.append((m.start(), c.end(), name))
        if len(places) < 2:
            continue
        found: dict[str, Cue] = {}
        for k, (_, at, name) in enumerate(places):
            stop = places[k + 1][0] if k + 1 < len(places) else hi
            for d in dates[bisect.bisect_left(starts, at):]:
                if d.start >= stop:
                    break
                value = resolve(d, None, pub, pub_day)
                if value is None or d.not_fieldwork or d.event is not None or (
                        pub_day is not None and _after(value, d, pub_day)):
                    continue
                found.setdefault(name, _cue_from_date(d, value))
                break
        if len(found) >= 2 and len({c.value for c in found.values()}) >= 2:
            out = found
    return out


def _place_cue(r: Reading, i: int, s: Survey, start: int) -> Cue | None:
    """In the passage of a survey whose fieldwork the text dated country by country
    (:func:`place_fieldwork`), the month of the country a figure is about: the one named
    just after it ("19 per cent in Tunisia", "61 per cent of Tunisians"), else the last one
    of the map named before it in its sentence's clause ("In Jordan, 38 per cent ..."); a
    figure of no country (the sample, the margin of error) takes the month fieldwork
    started."""
    if not r.places or s.period is None or s.guessed or not _within_places(
            r, _period(s.period)):
        return None
    st = r.stats[i]
    m = _PLACE_WORD.search(r.text, st.end, min(len(r.text), st.end + _PLACE_AFTER_REACH))
    name = _country(m[0]) if m is not None else None
    if name is not None and name in r.places:
        return r.places[name]
    lo = max(start, r.text.rfind(";", start, st.start) + 1,
             r.text.rfind(":", start, st.start) + 1)
    for m in reversed(list(_PLACE_WORD.finditer(r.text, lo, st.start))):
        name = _country(m[0])
        if name is not None and name in r.places:
            return r.places[name]
    return min(r.places.values(), key=_period)


def _within_places(r: Reading, value: Period) -> bool:
    """Whether a date lies within the months the countries' fieldwork spans (an event in a
    country's clause, "where a ceasefire ended the war in late November", dates no figure
    there)."""
    if not r.places:
        return False
    periods = [_period(c) for c in r.places.values()]
    return min(periods).first_day <= value.first_day and (
        value.last_day <= max(p.last_day for p in periods))


def _fieldwork_of(fieldwork: Mapping[str | None, Cue], name: str) -> Cue | None:
    """The stated fieldwork period of a source, or of one of its family ("NORC" for
    "AP-NORC")."""
    cue = fieldwork.get(name)
    if cue is None:
        cue = next((c for n, c in fieldwork.items() if n is not None and _related(n, name)),
                   None)
    return cue


#: A day as a reading's own: "on Monday, Sept. 15" (before it) ...
_ON_DAY: Final = regex.compile(r"(?r)(?<!\w)on[ \t]+(?:\p{L}{3,9}day,?[ \t]+)?\Z",
                               regex.IGNORECASE)
#: ... or a vote's: "the April 28 election" (after it); not one day of several ("on November 6
#: and 11", "Oct. 28 to Nov. 3"), nor a poll named by its day ("Quinnipiac's June 24 poll").
_DAY_OF_VOTE: Final = regex.compile(
    r"[ \t]+(?:general[ \t]+|federal[ \t]+|presidential[ \t]+|snap[ \t]+)?"
    r"(?:elections?|votes?|referendums?|run-?offs?)(?!\w)", regex.IGNORECASE)
_MORE_DAYS: Final = regex.compile(
    r""",?[ \t]*(?:and|to|through|until|till|-|–|—)[ \t]*(?:\p{L}+\.?[ \t]+)?
    [0-9]{1,2}(?![0-9.,])(?![ \t]*(?:%|per|points?|pc)(?!\w))""",  # a day, not a figure
    regex.IGNORECASE | regex.VERBOSE)
_DAYS_JOINED: Final = regex.compile(r"(?<!\w)(?:and|to|through)(?!\w)|[-–—]", regex.IGNORECASE)


_OWN_DAY_REACH: Final = 80


def _cue_of_own_date(d: DateMention, value: Period, text: str, at: int) -> Cue:
    """The period of a date written as the own of the figure at ``at``: a single day the text
    writes out beside it as the day of a reading ("55.4 percent on Monday, Sept. 15", "44% on
    March 10") or of a vote ("43.8% at the April 28 election") keeps its day; anything else,
    a vote's day remembered from further away ("16.4% at the election") too, is by the month
    (:func:`_cue_from_date`)."""
    if (value.day is not None and value.end is None and abs(d.start - at) <= _OWN_DAY_REACH
            and _DIGIT.search(d.text) is not None
            and _MORE_DAYS.match(text, d.end, min(len(text), d.end + 16)) is None
            and _DAYS_JOINED.search(d.text) is None
            and (_ON_DAY.search(text, max(0, d.start - 16), d.start) is not None
                 or _DAY_OF_VOTE.match(text, d.end, min(len(text), d.end + 24)) is not None)):
        return Cue.for_period(value, d.start, d.end, d.text)
    return _cue_from_date(d, value)


def _cue_from_date(d: DateMention, value: Period) -> Cue:
    """A period cue; fieldwork is reported by the month ("conducted March 6 to 8, 2025" and
    "30 May and 3 June" give the month it started)."""
    month = value.by_month()
    written = d.value  # the date as the text wrote it, days and end included
    exact = days_written(d.text, written if written is not None
                         and written.by_month() == month else value)
    return Cue.for_period(month, d.start, d.end, d.text, exact=exact)


def _period(cue: Cue) -> Period:
    """The typed period of a period cue."""
    assert cue.period is not None
    return cue.period


def _in_fieldwork(r: Reading, cue: Cue | None, date: Period) -> bool:
    """Whether a month or day falls within the fieldwork span the passage's date states
    ("surveyed between 15 October and 18 November 2025 ... experienced food insecurity in
    the 12 months to November 2025"): the same survey's time, so its figures keep the
    span's start (#13 item 5; a figure's own window is what was asked, not when)."""
    if cue is None or date.month is None or date.end is not None:
        return False
    k = bisect.bisect_left(r.dates, cue.start, key=lambda d: d.start)
    if k == len(r.dates) or r.dates[k].start != cue.start:
        return False
    span = r.dates[k].value
    return (span is not None and span.end is not None and span.month is not None
            and span.by_month() != span.end.by_month()
            and span.first_day <= date.first_day <= span.last_day)


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
                   f: SentenceFacts, r: Reading, at: int | None = None) -> Period | None:
    """The period of a date bound to one figure; ``the previous year`` next to a dated
    baseline of that year (``from October 2023 (32%)``, in the paragraph up to this
    sentence's end) takes the dated month. An earlier level's month or quarter without a
    year (``at``: its figure) counts back from the dated figure before it in its sentence
    (``6.2 per cent in the third quarter of 2023, down from 6.9 per cent in the second
    quarter``: 2023's)."""
    before = _dated_before(d, f, at) if at is not None else None
    if before is not None:
        return resolve(d, None, before)
    value = resolve(d, anchor, pub)
    if value is None or d.relative is None or value.precision != "year" or value.end:
        return value
    k = r.months.get((f.paragraph, value.year))
    if k is not None and k < f.para_dates.stop:
        dated = r.dates[k].value
        assert dated is not None  # months holds dated mentions only
        return dated.by_month()
    return _elapsed(d, value, anchor)


#: How many figures before an earlier level :func:`_dated_before` looks at.
_DATED_BEFORE_LOOK: Final = 3


def _dated_before(d: DateMention, f: SentenceFacts, at: int) -> Period | None:
    """For a month or quarter without a year (``d``, the date of figure ``at``), the last
    month of the date with a year bound to a current figure a few figures before it in its
    sentence, with no other current figure between (not an earlier level's or a vote's "at
    the 2022 election"; not a target's "by 2030", a name's "Poland 2050" or "the most since
    2014", which date no figure)."""
    if d.value is not None or d.month is None or d.relative is not None or not f.figures:
        return None
    k = at - f.figures[0].index
    for g in f.figures[max(0, k - _DATED_BEFORE_LOOK):max(0, k)][::-1]:
        b = g.bound
        if g.earlier or g.result is not None:
            continue
        if b is None or b.value is None or b.relative is not None or b.baseline or b.event:
            return None  # the current figure before it is dated otherwise: "41% ... from 45%"
        if b.start < d.start:
            last = b.value.last_day
            return Period(last.year, last.month)
    return None


def _elapsed(d: DateMention, value: Period, anchor: Period | None) -> Period:
    """Years counted back from a survey dated by the month keep its month: "up from 49% a
    year ago" beside a survey of February 2026 is February 2025 (not "last year", a calendar
    year). Two or more years back ("two years earlier", "five years ago") is that earlier
    year: the month of an edition so far back is not said. Half a year or more of months
    ("twelve months earlier", "six months ago") counts back from the survey's month too."""
    if (d.relative is not None and d.relative[0] == "year" and d.relative[1] == -1
            and anchor is not None
            and anchor.month is not None and value.precision == "year"
            and _ELAPSED.search(d.text) is not None):
        return Period(anchor.year + d.relative[1], anchor.month)
    if (d.relative is not None and d.relative[0] == "month" and d.relative[1] <= -6
            and anchor is not None and anchor.month is not None
            and _ELAPSED.search(d.text) is not None):
        months = anchor.year * 12 + anchor.month - 1 + d.relative[1]
        return Period(months // 12, months % 12 + 1)
    return value


#: A span of years counted back from the survey ("a year ago", "two years earlier"), not a
#: calendar year ("last year", "the previous year").
_ELAPSED: Final = regex.compile(r"(?<!\w)(?:ago|earlier)(?!\w)", regex.IGNORECASE)


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
    asides: tuple[SourceMention, ...] = ()

    @classmethod
    def of(cls, mentions: Sequence[SourceMention]) -> _Mentions:
        """The mentions; an aside names only the figure it is tied to, so it stays out of
        the search (``nearest`` looks it up first)."""
        asides = tuple(m for m in mentions if m.role in _ASIDE_ROLES)
        if asides:
            mentions = [m for m in mentions if m.role not in _ASIDE_ROLES]
        n = len(mentions)
        plain = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            plain[k] = plain[k + 1] if mentions[k].forward else k
        return cls(mentions, tuple(m.start for m in mentions), tuple(plain), asides)

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
        for a in self.asides:  # "below the 2.8% rate recorded by the CSO": its figure's own
            if a.role == "target":  # "the X's 2 to 3 per cent target": the figure after
                if a.end <= st.start and _tied(text, a.end, st.start):
                    return a
                continue
            if st.end <= a.start and _tied(text, st.end, a.start):
                return a
            if a.role == "consensus" and a.end <= st.start and _same_clause(
                    text, a.end, st.start) and not any(
                    a.end <= m.start < st.start for m in self.mentions):
                return a  # "economists polled by Reuters had expected 2.9%"
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
        if before is None and after is not None and after.role == "separate" and (
                _COMPARED.search(text, st.end, after.start) is not None):
            # "the BJP (44%) is ahead, a reversal from the 2021 X study", "Support is 52%,
            # compared with the X poll of 2022": the other survey a figure is compared with
            # after it is not its source
            return None
        if after is not None and _same_clause(text, st.end, after.start):
            return after
        return before or after


#: The words that bring in another survey to compare with, right before its name ("a
#: reversal from the 2021", "compared with the"): ROLE_RULES "compared_survey".
_COMPARED: Final = next(r for r in ROLE_RULES if r.name == "compared_survey").before
#: The words that call a survey separate ("A separate poll by", "Separately,", "Separate
#: figures from"): ROLE_RULES "separate", searched back as far as roles are.
_SEPARATE: Final = next(r for r in ROLE_RULES if r.name == "separate").before
_SEPARATE_REACH: Final = 240


#: Roles of a mention that names the source of its own figure only, never the passage's: an
#: ``aside`` ("the 2.8% rate recorded by the CSO") and a ``consensus`` of forecasters
#: ("economists polled by Reuters had expected 2.9%", "..., according to LSEG").
_ASIDE_ROLES: Final = frozenset(("aside", "consensus", "target"))

#: The name of a body that counts votes ("the Electoral Commission", "Division of Elections",
#: "the Supreme Election Council", "the National Civil Registry"); not a survey of voters
#: named for elections ("the Australian Election Study").
_OFFICIAL: Final = regex.compile(
    r"(?<!\w)(?:commission|division|board|office|authority|registrar|registry|registradur[ií]a"
    r"|secretary|elections?(?![ \t]+(?:stud|survey|poll|panel))|"
    r"electoral|eleitoral|électorale?|returning[ \t]+officer|electoral[ \t]+officer|tribunal"
    r"|ministry|ministerio|ministero|ministère"
    r"|(?:bundes)?wahlleiter(?:in)?)(?!\w)", regex.IGNORECASE)

#: A survey noun right after an organization's name: "a new Norstat survey for TV2".
_ITS_POLL: Final = regex.compile(r"[ \t]+(?:poll|survey)(?!\w)", regex.IGNORECASE)


def _polled(text: str, m: SourceMention, f: SentenceFacts) -> bool:
    """Whether the sentence introduces ``m`` as the maker of a new poll ("a new Norstat
    survey shows"): the story's survey, whatever its name looks like, not a digression."""
    return f.said_new and _ITS_POLL.match(text, m.end, min(len(text), m.end + 12)) is not None


#: A body that counts votes: its figures are results quoted beside a survey (a digression of
#: one paragraph), never the survey.
_COUNTER: Final = regex.compile(r"(?<!\w)(?:elections?|electoral)(?!\w)", regex.IGNORECASE)
#: A body named for its average or benchmark ("just above the OECD average of 11.4 per cent",
#: "below the EU-wide median", "the WHO benchmark of 10%"): a yardstick the story holds its
#: survey against, a digression of its paragraph.
_BENCHMARK: Final = regex.compile(
    r"""(?:['’]s)?[ \t]+(?:[\w\-]+[ \t]+)?(?:average|median|mean|benchmark|norm|target)s?(?!\w)""",
    regex.IGNORECASE | regex.VERBOSE)


#: A source tied to the figures just before it: "nine points with Opinium", "41% by Ipsos",
#: "43% to 25% in Quaest", "17.7% in one and 17.4% for the other".
_WITH_SOURCE: Final = regex.compile(
    r"""(?:[ \t]+(?:to|and)[ \t]+[0-9][0-9.,]*[ \t]*(?:%|per[ \t]?cent|percent))?  # "43% to 25%"
    [ \t]+(?:with|by|in|for)[ \t]+(?:the[ \t]+)?""", regex.IGNORECASE | regex.VERBOSE)


_TIE_REACH: Final = 80
_DIGIT = regex.compile(r"[0-9]")


def _tied(text: str, start: int, end: int) -> bool:
    """Whether an aside source at ``end`` is tied to the figure ending at ``start``: close
    after it, with no other figure between."""
    return end - start <= _TIE_REACH and _DIGIT.search(text, start, end) is None


#: Two organizations named together: "the CIS and 40dB.", "Ipsos & YouGov", "Ifop vs Elabe".
_JOINED: Final = regex.compile(
    r"[ \t]+(?:and|&|vs\.?|versus)[ \t]+(?:the[ \t]+)?", regex.IGNORECASE)



def _same_clause(text: str, start: int, end: int) -> bool:
    """No clause break between ``start`` and ``end`` (far apart counts as a break, which also
    keeps long sentences linear)."""
    return end - start <= _CLAUSE_REACH and _CLAUSE_BREAK.search(text, start, end) is None


_FAMILY_STOP: Final = frozenset(
    "the of and for at in on center centre institute research university college poll polls "
    "polling survey group foundation news inc public opinion analytics".split()
    # the kind of body, not its family: the Bureau of Labor Statistics is no kin of the Bureau
    # of Economic Analysis, nor the Office for National Statistics of the Australian Bureau of
    # Statistics, nor Capital Economics of Oxford Economics
    + "statistics statistical stats bureau office national federal bank reserve central "
    "department ministry agency board commission council authority economics economic "
    "analysis labor labour census government data insights strategy strategies market "
    "markets consulting partners associates international global".split()
    # the field a body works in: the National Center for Health Statistics is no kin of
    # West Health-Gallup, nor the Institute for Social Research of the Social Market Foundation
    + "health social policy studies sciences science affairs services welfare medical "
    "education development family children".split()
    # the kind of outlet or company: the Yomiuri Shimbun is no kin of the Asahi Shimbun, nor
    # TV Asahi of Nikkei/TV Tokyo, nor the Korea Times of the Hankook Ilbo's partners
    + "shimbun ilbo times post herald journal daily press newspaper television tv "
    "broadcasting corporation corp company ltd limited holdings media".split()
)
_ALNUM_RUN = regex.compile(r"[a-z0-9]+")


#: Words of a place or a people ("Canadian", "Kenya") tell no family: the Canadian Institute
#: for Health Information is no kin of the Canadian Association of Schools of Nursing.
#: A country's adjective ("Turkish", "Swedish": groups.txt [demonym]) neither: the Turkish
#: Statistical Institute is no kin of the Confederation of Turkish Tradesmen and Craftsmen.
_PLACE_WORDS: Final = frozenset(
    f for w in (*COUNTRY_WORDS, *DEMONYM_WORDS, *demonyms())
    for v in _ALNUM_RUN.findall(w.lower())
    for f in (v, v.removesuffix("s")))  # "Canadians": "canadian" too


@functools.lru_cache(maxsize=4096)  # organization names: bounded for long archives
def _family(name: str) -> frozenset[str]:
    return frozenset(w for w in _ALNUM_RUN.findall(name.lower())
                     if w not in _FAMILY_STOP and w not in _PLACE_WORDS and len(w) > 1)


_JOINT_PART: Final = regex.compile(r"[^\-/–]+")


@functools.lru_cache(maxsize=4096)
def _heads(name: str) -> frozenset[str]:
    """The word each part of a name starts with, past words that tell no family ("AP-NORC":
    ap, norc; "the Gallup Organization": gallup; "CID Gallup": cid)."""
    out = set()
    for part in _JOINT_PART.findall(name):
        words = _family(part)
        head = next((w for w in _ALNUM_RUN.findall(part.lower()) if w in words), None)
        if head is not None:
            out.add(head)
    return frozenset(out)


def _related(a: str, b: str) -> bool:
    """Names of one family: "NORC at the University of Chicago" and "AP-NORC", "Sifo" (the
    table's "Kantar Sifo") and "Verian Sifo"; two joint polls that share a pollster ("CBS
    News/YouGov", "Economist/YouGov") are two surveys. Two firms the table lists apart are
    kin only when the word they share opens a part of each name: "CID Gallup" (a firm of its
    own, whose name only ends in the word) is no kin of "Gallup"."""
    if a == b or ("/" in a and "/" in b) or not _family(a) & _family(b):
        return False
    lines = firm_lines()
    la, lb = lines.get(a), lines.get(b)
    return la is None or lb is None or la == lb or bool(_heads(a) & _heads(b))


# -- the rules of earlier waves and stated fieldwork, as a registry -------------------------


@attrs.frozen
class PeriodRule:
    """One way the passage tells a survey's own period from an earlier wave's, as a row of
    :data:`PERIOD_RULES`: ``decides`` is the function of this module that makes the decision
    (the passage calls it; the row names it). ``examples`` and ``near_misses`` are
    ``(text, published, figure, period)``: in each, the figure (its first occurrence) takes
    that period; in a near miss the wording looks alike but the rule must not fire. One generic
    test runs them all (tests/test_period_rules.py); a failure names the row."""

    name: str
    decides: Callable[..., object]
    examples: tuple[tuple[str, str | None, str, str | None], ...]
    near_misses: tuple[tuple[str, str | None, str, str | None], ...]


#: In the order the passage applies them within a sentence: the survey's stated fieldwork
#: (wherever stated) first, then statements of an earlier wave, dates earlier than the stated
#: period, dates that name an earlier wave, and the clause each wave dates.
PERIOD_RULES: Final[tuple[PeriodRule, ...]] = (
    PeriodRule(  # also after a paragraph of other figures (attribution: stated_fieldwork)
        "fieldwork_anywhere", fieldwork_periods,
        (("Trust in the courts has fallen to 41 percent, a new Gallup survey finds, compared "
          "with 47 percent in 2023. Gallup said the poll was conducted Sept. 2-16 among 1,002 "
          "adults.", "2025-10-08", "41 percent", "2025-09"),
         ("Half of U.S. adults now say the economy is poor, a new AP-NORC poll finds.\n\n"
          "In last year's poll, 54 percent of Republicans said the economy was good.\n\n"
          "About 41 percent of Republicans say so now.\n\n"
          "The poll of 1,147 adults was conducted Feb. 5-9, 2026.", "2026-02-12", "41 percent",
          "2026-02"),
         ("Trust in national news has slipped to 56%, a Pew survey finds, down from 59% in "
          "March 2024.\n\nLocal news is trusted by 71%, a figure that has barely moved since "
          "2019, when it stood at 75%.\n\nThe Pew survey of 9,000 adults was conducted "
          "Sept. 22-28, 2025.", "2025-10-16", "71%", "2025-09"),
         ("A new Savanta poll puts Labour on 38%, down from 41% in January. In March, the party "
          "was on 40%. Among young voters, Labour leads with 52%. Savanta surveyed 2,200 adults "
          "online from 25 to 27 April.", "2025-05-06", "52%", "2025-04"),
         ("A new Halvorsen Foundation survey finds 61% of small firms expect to hire. Inflation "
          "eased to 3.1% in the year to September, the statistics office said. In the "
          "foundation's own poll of 1,800 adults, fielded Nov. 4-9, 44% said they had cut back "
          "on travel.", "2025-11-20", "61%", "2025-11"),
         ("Prices top Zambians' worries, Afrobarometer finds\n\nThe Round 10 survey, conducted "
          "face to face between 2 and 20 March 2025, interviewed 1,200 adult Zambians.\n\n"
          "Annual inflation reached 16.8% in April, and the kwacha lost 4% against the "
          "dollar.\n\nIn Lusaka, 61% of respondents named prices as their top worry.",
          "2025-05-10", "61%", "2025-03"),
         # the statement is its subject's, not the partner's named in an aside ("led by X")
         ("Zambians sour on the economy, Afrobarometer survey shows\n\nLUSAKA, Oct. 14, 2025 - "
          "Two thirds of Zambians say the economy is going in the wrong direction, according "
          "to Afrobarometer findings released on Tuesday by the Institute of Economic and "
          "Social Research (INESOR).\n\nThe Round 10 survey shows 64 per cent rate conditions "
          "as bad, against 71 per cent in 2022, the year inflation peaked at 14 per cent, "
          "according to the Zambia Statistics Agency.\n\nOnly 28 per cent say conditions are "
          "good.\n\nThe Afrobarometer team, led by INESOR, interviewed 1,200 adults between 4 "
          "and 20 August 2025.", "2025-10-14", "28 per cent", "2025-08"),
         ("Most Kenyans back the housing levy, according to a new Infotrak poll published on "
          "Monday by the Kenya Institute for Public Policy (KIPP).\n\nSome 55 per cent of "
          "respondents back the levy.\n\nThe Infotrak team, supported by KIPP, interviewed "
          "1,500 adults from 26 to 31 May.", "2025-06-24", "55 per cent", "2025-05")),
        (("A new Savanta poll puts Labour on 38%, down from 41% in January. In March, the party "
          "was on 40%. Savanta surveyed 2,200 adults online from 25 to 27 April.", "2025-05-06",
          "40%", "2025-03"),
         ("Support reached 33% when Ifop last asked, in the poll conducted in May 2023. A new "
          "Ifop survey puts it at 41%.", "2025-03-02", "41%", "2025-03")),
    ),
    PeriodRule(  # a survey named by its year, its collection months stated later
        "fieldwork_refines_year", fieldwork_periods,
        (("The 2025 National Wellbeing Survey found 58 per cent of adults felt lonely at least "
          "sometimes.\n\nThe survey collected responses from 12,000 adults between March and "
          "June 2025.", "2026-01-14", "58 per cent", "2025-03"),
         ("The 2024 Irish Farm Survey found that 37% of farmers expect lower incomes. Teagasc "
          "gathered data from 900 farms between September and November 2024.", "2025-02-03",
          "37%", "2024-09"),
         ("According to the 2025 Household Pulse survey, 41 percent of renters struggled to pay "
          "rent. The Census Bureau collected responses from Jan. 8 to Feb. 2, 2025.",
          "2025-03-01", "41 percent", "2025-01"),
         ("The 2024 General Household Survey shows 23.1% of households had no employed member. "
          "The survey gathered responses from 20,000 households between January and December "
          "2024.", "2025-05-20", "23.1%", "2024-01")),
        (("The 2025 National Wellbeing Survey found 58 per cent of adults felt lonely at least "
          "sometimes, against 49 per cent in the 2023 survey.\n\nThe survey collected responses "
          "between March and June 2025.", "2026-01-14", "49 per cent", "2023"),
         ("The 2024 Irish Farm Survey found that 37% of farmers expect lower incomes. Teagasc "
          "collected data on 900 farms in 2023 as well.", "2025-02-03", "37%", "2024"),
         ("The 2025 Social Attitudes Survey found 44% back the reform. Researchers collected "
          "responses between November 2024 and January 2025.", "2025-06-01", "44%", "2025")),
    ),
    PeriodRule(
        "statement_of_earlier_wave", _names_earlier,
        (("The survey of 800 voters was conducted Feb. 12-15. The January poll surveyed 640 "
          "voters Jan. 10-13.", "2026-02-19", "640 voters", "2026-01"),
         ("The Datafolha survey was carried out on 7 and 9 April. The March poll interviewed "
          "2,010 voters on 10 and 11 March.", "2026-04-14", "2,010 voters", "2026-03")),
        (("The survey of 800 voters was conducted Feb. 12-15. The January poll surveyed 640 "
          "voters Jan. 10-13.", "2026-02-19", "800 voters", "2026-02"),
         ("The Angus Reid poll was conducted from March 4 to 8. Results are based on online "
          "interviews with 3,758 Canadians conducted from December 10 to 14.", "2025-03-12",
          "3,758 Canadians", "2024-12")),
    ),
    PeriodRule(
        "earlier_than_stated", _earlier_wave,
        (("The YouGov survey of 1,700 adults was conducted on 3-4 June. In the firm's March "
          "poll, 38% backed the scheme. Among Labour voters, 52% agree.", "2025-06-10", "52%",
          "2025-06"),
         ("The CVoter survey, carried out between 2 and 9 March among 5,400 respondents, found "
          "61 per cent approval. In the December round, approval stood at 58 per cent.",
          "2025-03-15", "58 per cent", "2024-12"),
         ("The survey of 1,300 CFOs, carried out between March 2 and 20, found 44% rate "
          "uncertainty as high.\n\nIn December, 26% of respondents had expected to hire.\n\n"
          "Sixty-two per cent of respondents named trade policy as a top concern.",
          "2026-04-08", "Sixty-two per cent", "2026-03"),
         ("A new Infotrak poll puts the President's approval at 34 per cent. The firm "
          "interviewed 2,400 adults between July 24 and 30.\n\nIn Infotrak's January survey, "
          "just 5 per cent named corruption as the top problem.\n\nAmong young people, 61 per "
          "cent of Infotrak respondents disapprove.", "2025-08-06", "61 per cent", "2025-07"),
         ("The Ipsos survey of 1,000 Nigerians was conducted in the week of 8 September.\n\n"
          "When Ipsos last asked the question in February, 79 percent of respondents said "
          "prices were too high.\n\nNow 87 percent say so.", "2025-09-23", "87 percent",
          "2025-09"),
         # the earlier wave named by a shorter name of the pollster's family
         ("Gallup Korea surveyed 1,001 adults from April 8 to 10 and found 38% approve of the "
          "president. In the Gallup poll in March, 41% approved.\n\nAmong those in their 20s, "
          "29% approve.", "2025-04-14", "29%", "2025-04")),
        (("Gallup Korea surveyed 1,001 adults in March and found 41% approve of the president. "
          "In the Gallup poll in April, 38% approved.\n\nAmong those in their 20s, 29% "
          "approve.", "2025-04-14", "29%", "2025-04"),  # a later poll of the family: its date
         ("Kantar interviewed 1,200 adults in March 2024. In June 2024, 44% of the panel said "
          "so again.", None, "44%", "2024-06"),
         ("A new Halvorsen Foundation survey finds 61% of small firms expect to hire. Inflation "
          "eased to 3.1% in the year to September, the statistics office said. In the "
          "foundation's own poll of 1,800 adults, fielded Nov. 4-9, 44% said they had cut back "
          "on travel.", "2025-11-20", "3.1%", "2025-09"),
         ("The Ipsos poll was conducted Feb. 1-4. Figures from the statistics bureau show "
          "unemployment fell to 5.1% in 2024.", "2025-02-10", "5.1%", "2024")),
    ),
    PeriodRule(
        # a baseline year before the publication year reveals a newer wave (the publication
        # month, or the year after it with "over the past year"), unless the text already
        # stated a later fieldwork date for the survey
        "baseline_newer_wave", _on_baseline,
        (("Trust in the police is 41 per cent, compared with 47 per cent in the 2023 survey.",
          "2025-05-02", "41 per cent", "2025-05"),
         ("Some 58% of Albertans back the plan, up from 49% in 2023, Leger found.",
          "2025-02-11", "58%", "2025-02"),
         ("Support rose 6 points over the past year, compared with the 2022 survey, to 44%.",
          "2025-06-01", "44%", "2023"),
         ("Compared with the 2023 survey, more Irish adults now cycle to work: 31% do so.",
          "2025-05-10", "31%", "2025-05"),
         ("Support for the Greens has risen 3 points since 2023, the Red C poll finds; 14% now "
          "back them.", "2025-02-01", "14%", "2025-02")),
        (("The Social Weather Survey, conducted from December 12 to 18, found 61% satisfied. It "
          "is his lowest score since March 2025, and 48% of Mindanao residents now "
          "disapprove.", "2026-01-13", "48%", "2025-12"),
         ("The Nanos poll of 1,000 Canadians, conducted Dec. 3-6, has the Liberals on 38 per "
          "cent, their best showing since February 2025; 44 per cent of Ontario voters back "
          "them.", "2026-01-10", "44 per cent", "2025-12"),
         ("Infratest dimap polled 1,300 voters from 2 to 4 December. The AfD is at its highest "
          "level since January 2025, with 24%.", "2026-01-05", "24%", "2025-12"),
         ("Redfield & Wilton interviewed 2,000 Britons on 28-29 November. Reform's 31% is its "
          "best result since May 2025.", "2026-01-08", "31%", "2025-11"),
         ("The Ipsos poll, conducted from December 2 to 9, puts approval at 41%.\n\nShe has "
          "lost 6 points since March 2025.\n\nAmong young voters approval is 33%.",
          "2026-01-14", "33%", "2025-12"),
         ("Newspoll, conducted 3 to 6 December, has Labor on 33 per cent. Labor has gained four "
          "points since February 2025. Among renters Labor is on 41 per cent.", "2026-01-09",
          "41 per cent", "2025-12"),
         ("A CVoter survey taken in November finds 58% back the plan, up 7 points since April "
          "2025. In Kerala, 49% agree.", "2026-01-05", "49%", "2025-11"),
         ("The Ipsos poll, conducted from December 2 to 9, gives her a net rating of +12.\n\n"
          "It is her lowest score since March 2025, when she registered +31.\n\nAmong young "
          "voters her net rating is +4.", "2026-01-14", "+4", "2025-12")),
    ),
    PeriodRule(
        # an official result "at the election" is dated by that vote: its date as written
        # there, else as the text stated it before (after); never by the poll's fieldwork
        "vote_remembered", vote_date,
        (("National is on 34 per cent in the Taxpayers' Union-Curia poll, conducted 3-5 March, "
          "up two points on the October 2023 election.\n\nLabour is on 29 per cent, compared "
          "with 26.9 per cent at the election.", "2026-03-12", "26.9 per cent", "2023-10"),
         ("Reform UK leads on 29%, according to the More in Common poll taken 2-4 May. Labour "
          "won the July 2024 general election comfortably, but it is now on 21%, down from "
          "33.7% at the last election.", "2025-05-08", "33.7%", "2024-07"),
         ("Forsa puts the Union on 25 percent, down from 28.5 percent at the February "
          "election.", "2025-11-20", "28.5 percent", "2025-02"),
         ("The Liberals were re-elected at the April 2025 election. Abacus Data, which polled "
          "1,500 adults from Oct. 3-6, has them on 38 per cent, against 43.8 per cent at the "
          "election.", "2025-10-10", "43.8 per cent", "2025-04"),
         ("The NDA kept its majority in the 2024 Lok Sabha election. The CVoter survey, "
          "conducted in July, puts its support at 44 per cent, compared with 43.6 per cent in "
          "the last election.", "2025-08-01", "43.6 per cent", "2024"),
         ("The ANC has governed in coalition since the May 2024 election. The Social Research "
          "Foundation poll, fielded in August, has the party on 38%, compared with 40.2% at "
          "the election.", "2025-09-02", "40.2%", "2024-05")),
        (("Labour would win 29 per cent at the next election, according to the Curia poll "
          "conducted 3-5 March.", "2026-03-12", "29 per cent", "2026-03"),
         ("Some 44 per cent say they will vote at the election in May, the Ipsos poll "
          "conducted 3-6 March found.", "2026-03-12", "44 per cent", "2026-03"),
         ("Labour won the July 2024 general election. In the YouGov poll taken 2-4 May, 61% "
          "say the government is doing badly.", "2025-05-08", "61%", "2025-05"),
         ("The ANC has governed in coalition since the May 2024 election. The Social Research "
          "Foundation poll, fielded in August, has the party on 38%, compared with 40.2% at "
          "the election.", "2025-09-02", "38%", "2025-08")),
    ),
    PeriodRule(
        # an undated earlier level ("rose to 34 per cent from 30 per cent") in a survey's
        # passage is the earlier wave the text dated last ("up from 35 per cent in the firm's
        # February poll", "since last month's poll"): a tracking poll compares with its last wave
        "previous_wave", Survey.after_wave,
        (
         ('The Indikator survey, conducted Feb. 14-21, found 78% satisfied, down from 81% in the '
          'previous survey in October.\n\nIn Java, approval rose to 80% from 76%.',
          '2026-03-09', '76%', '2025-10'),
         ("The Red C poll was conducted on March 4 and 5. Sinn Féin is on 24 per cent, up two "
          "points since last month's poll. Fianna Fáil has slipped from 21 per cent to 19 per "
          "cent.",
          '2026-03-10', '21 per cent', '2026-02'),
         ('The SWS survey, conducted December 12 to 18, put net satisfaction at +38, down from '
          '+45 in September.\n\nIn Mindanao, satisfaction rose to 52% from 47%.',
          '2026-01-13', '47%', '2025-09'),
         ("Leger surveyed 1,500 Canadians from March 7 to 9. The Conservatives are at 38 per "
          "cent, up from 35 per cent in the firm's February poll. Among women, support rose to "
          "34 per cent from 30 per cent.",
          '2025-03-12', '30 per cent', '2025-02'),
         ('Ipsos interviewed 3,600 South Africans between 3 and 20 May. Trust in the president '
          'fell to 31% from 38% in the November round. Among young people, trust slipped to 24% '
          'from 29%.',
          '2025-06-02', '29%', '2024-11')),
        (
         ("Leger surveyed 1,500 Canadians from March 7 to 9, when 35 per cent backed the plan, "
          "up from 31 per cent in the firm's February poll. Support ranges from 44 per cent of "
          "men to 30 per cent of women.",
          '2025-03-12', '44 per cent', '2025-03'),
         ('Leger surveyed 1,500 Canadians from March 7 to 9. Support rose to 38 per cent from 35 '
          'per cent.',
          '2025-03-12', '35 per cent', '2025-03'),
         ('The Indikator survey, conducted Feb. 14-21, found 78% satisfied, down from 81% in the '
          'previous survey in October. Among women it was 80%, compared with 76% of men.',
          '2026-03-09', '76%', '2026-02')),
    ),
    PeriodRule(
        # a span of months is fieldwork, not a baseline ("from January to March"), keeps its
        # end when the year is given after it ("from November to February 2025" starts in
        # November 2024); a month after "voting" or "go to the polls" is the vote's, to come
        "month_span", resolve,
        (("The Ipsos survey, conducted from January to March, found 41% agree.", "2025-04-10",
          "41%", "2025-01"),
         ("Ipsos surveyed 1,000 Britons from January to March; 41% agree.", "2025-04-10",
          "41%", "2025-01"),
         ("Abacus polled 2,000 Canadians from November to February 2025: 44 per cent back the "
          "tariff response.", "2025-03-10", "44 per cent", "2024-11"),
         ("Some 48% of Germans plan on voting in September, a new Forsa poll shows.",
          "2025-06-10", "48%", "2025-06"),
         ("A new Emerson poll finds 44% plan on voting in November.", "2025-09-10", "44%",
          "2025-09")),
        (("Support climbed from 38% in January to 44% in March, the Ipsos poll found.",
          "2025-04-10", "38%", "2025-01"),
         ("The Ipsos poll, conducted in March, found 44% agree, up from 41% in January.",
          "2025-04-10", "41%", "2025-01"),
         ("Kantar gathered responses between October and December 2024; 37% of farmers expect "
          "losses.", "2025-02-03", "37%", "2024-10")),
    ),
    PeriodRule(
        # a survey named by a year two or more before the story's, with no fieldwork said of
        # it ("In the 2020 survey, ..."), is an earlier wave of the publication-dated survey,
        # not a correction of its date (a survey "conducted in 2022" still is)
        "old_named_wave", _on_current_date,
        (
         ("A new Lokniti-CSDS post-poll survey finds 46 per cent of voters backed the "
          "alliance.\n\nIn the 2020 survey, 39 per cent had done so.",
          "2025-11-16", "39 per cent", "2020"),
         ("A new Ipsos poll finds 61 per cent of Britons trust nurses. In the 2022 "
          "poll, 70 per cent said so.",
          "2025-03-10", "70 per cent", "2022"),
         ("A new Datafolha survey puts Lula's approval at 28%. In the 2022 survey, it "
          "stood at 41%.",
          "2025-04-07", "41%", "2022"),
         ("Angus Reid's latest poll shows 52 per cent want an early election. In its "
          "2021 survey, 44 per cent did.",
          "2025-02-03", "44 per cent", "2021"),
         ("A new Afrobarometer survey finds 58% of Kenyans say corruption has risen. In "
          "the 2019 survey, 46% said so, and 40% trusted the police.",
          "2025-07-01", "40%", "2019")),
        (
         ("A new Lokniti-CSDS post-poll survey finds 46 per cent of voters backed the "
          "alliance.\n\nIn the 2020 survey, 39 per cent had done so.",
          "2025-11-16", "46 per cent", "2025-11"),
         ("A new study finds 41% of nurses plan to quit. The survey was conducted in "
          "2022 among 3,000 nurses.",
          "2025-03-10", "41%", "2022"),
         ("A new Ipsos poll finds 61 per cent of Britons trust nurses. In the 2022 "
          "poll, 70 per cent said so.",
          "2025-03-10", "61 per cent", "2025-03")),
    ),
    PeriodRule(
        "named_wave", _named_waves,
        (("The Verian poll, taken between 4 and 8 October, surveyed 1,002 voters.\n\nNZ First "
          "rose to 10%, up 1 point on the last poll in August.\n\nThe poll found 56% think the "
          "country is heading the wrong way.", "2025-10-14", "56%", "2025-10"),
         ("A new Ipsos poll shows 48 per cent feel safe at night. In last year's survey, 54 per "
          "cent said so.", "2025-09-01", "54 per cent", "2024"),
         ("Ipsos interviewed 1,000 South Africans between 3 and 20 May. The previous survey, "
          "in November, put trust in the police at 31%.", "2025-06-02", "31%", "2024-11")),
        (("A new Ipsos poll shows 48 per cent feel safe at night. In last year's survey, 54 per "
          "cent said so.", "2025-09-01", "48 per cent", "2025-09"),
         ("Forsa's survey ran from 2 to 6 June. The SPD rose to 16%, up 2 points on the "
          "previous poll in May.", "2025-06-10", "16%", "2025-06")),
    ),
    PeriodRule(
        "opening_wave", _opening_wave,
        (("Ipsos interviewed 1,000 adults between 3 and 9 March. A year ago, 38% said the "
          "country was on the right track; now 31% do.", "2025-03-20", "38%", "2024-03"),
         ("Redfield polled 2,000 Britons on 14-16 November.\n\nLast month, 27% named housing "
          "as their top worry.", "2025-11-25", "27%", "2025-10")),
        (("Ipsos interviewed 1,000 adults between 3 and 9 March. A year ago, 38% said the "
          "country was on the right track; now 31% do.", "2025-03-20", "31%", "2025-03"),
         ("A new Léger poll out this week finds 44% back the plan. This week, 52% of Quebecers "
          "said they trust the premier.", "2025-03-20", "52%", "2025-03")),
    ),
    PeriodRule(
        "inner_wave", _inner_waves,
        (("Newspoll surveyed 1,250 voters from February 9 to 13. Albanese leads as better prime "
          "minister, 49 per cent to 32 per cent, but in late January the figures were 52 per "
          "cent to 29 per cent.", "2026-02-16", "52 per cent", "2026-01"),),
        (("Newspoll surveyed 1,250 voters from February 9 to 13. Albanese leads as better prime "
          "minister, 49 per cent to 32 per cent, but in late January the figures were 52 per "
          "cent to 29 per cent.", "2026-02-16", "49 per cent", "2026-02"),),
    ),
    PeriodRule(
        "elapsed_years", _elapsed,
        (("Support is 44%, up from 40% a year earlier, in the Essential poll conducted 3-7 "
          "March.", "2025-03-20", "40%", "2024-03"),
         ("The Gallup survey, fielded Jan. 7-14, finds 51% worried, against 45% a year "
          "ago.", "2026-01-29", "45%", "2025-01"),
         ("Enkoll interviewed 1,000 Mexicans on January 16 and 20: 19 percent disapproved, "
          "compared with 17 percent a month earlier.", "2026-02-03", "17 percent", "2025-12")),
        (("The Gallup survey, fielded Jan. 7-14, finds 51% worried, against 45% last year.",
          "2026-01-29", "45%", "2025"),
         ("The Sondeo Nacional, fielded in March 2025, found 38% trust Congress, against 52% "
          "six years earlier.", "2025-05-02", "52%", "2019"),
         ("The Gallup survey, fielded Jan. 7-14, finds 51% worried, against 45% two years "
          "ago.", "2026-01-29", "45%", "2024"),
         ("Nine years ago, 30% of Danes said so.", None, "30%", None)),
    ),
    PeriodRule(
        "wave_clause", _wave_of,
        (("Abacus Data polled 2,000 Canadians from Jan. 10 to 14. In its November survey, the "
          "Liberals were at 24 per cent; they now sit at 29 per cent.", "2026-01-20",
          "24 per cent", "2025-11"),
         ("Infratest dimap surveyed 1,300 voters from 2 to 4 June. In May, the same poll had "
          "the CDU on 30%, a lead of 9 points.", "2025-06-06", "9 points", "2025-05")),
        (("Abacus Data polled 2,000 Canadians from Jan. 10 to 14. In its November survey, the "
          "Liberals were at 24 per cent; they now sit at 29 per cent.", "2026-01-20",
          "29 per cent", "2026-01"),
         ("The Nanos survey was conducted March 1-3. In the February survey, 33 per cent said "
          "so – a share that has since risen by 5 points.", "2025-03-06", "5 points",
          "2025-03"),
         ("The poll was conducted May 5-8. Support is 47 per cent, compared with 44 per cent "
          "in the April poll.", "2025-05-12", "47 per cent", "2025-05")),
    ),
    PeriodRule(
        # a figure dated to a day of its own (a daily tracker's reading, a vote's day) keeps
        # the day; fieldwork days and spans are told by the month
        "own_day", _cue_of_own_date,
        (("Gallup Korea said approval fell from 48.2 percent on Tuesday, June 10, to 45.9 "
          "percent on Friday, June 13.", "2025-06-16", "45.9 percent", "2025-06-13"),
         ("The Liberals won 43.8 per cent of the vote in the April 28 election; the Abacus "
          "poll now has them on 39 per cent.", "2025-06-10", "43.8 per cent", "2025-04-28"),
         ("In the Morning Consult tracker, approval fell to 44% on March 10 from 47% on "
          "March 3.", "2025-03-20", "47%", "2025-03-03")),
        (("The Ipsos poll, conducted 3 to 6 June, found 41% backed the plan, against 38% in "
          "May.", "2025-06-10", "41%", "2025-06"),
         ("Savanta interviewed 2,000 adults on 12 March; 44% said prices were the main "
          "worry.", "2025-03-20", "44%", "2025-03"),
         ("Support stood at 52% last Monday in the Datafolha tracker.", "2025-06-18", "52%",
          "2025-06"),
         ("The Emerson poll has Smith on 44%, compared with 41% in Emerson's May 14 survey.",
          "2025-06-18", "41%", "2025-05"),
         ("According to the electoral commission, the alliance polled 46.6 per cent of the "
          "votes in the phases held on November 6 and 11.", "2025-11-20", "46.6 per cent",
          "2025-11"),
         ("The conservatives won the federal election on February 23. In the new Infratest "
          "poll the SPD has slipped to 14%, compared with 16.4% at the election.",
          "2025-11-20", "16.4%", "2025-02")),
    ),
    PeriodRule(  # a data release dated by its lead figure's month (#13 item 1)
        "release_reference_month", _stated_date,
        (("The U.S. jobless rate fell to 4.1% in June, the Bureau of Labor Statistics said.\n\n"
          "The participation rate was 62.3%, and the U-6 rate eased to 7.7%.", "2025-07-03",
          "62.3%", "2025-06"),
         ("Unemployment rose to 4.7 per cent in the three months to June, the Office for "
          "National Statistics said. The employment rate edged down to 75.1 per cent.",
          "2025-08-12", "75.1 per cent", "2025-04"),
         ("Statistics Canada said the jobless rate rose to 7.1% in August. Youth "
          "unemployment reached 14.5%.", "2025-09-06", "14.5%", "2025-08"),
         ("Annual inflation eased to 2.9 per cent in May, Stats SA said on Wednesday. Food "
          "prices rose 4.4 per cent.", "2025-06-25", "4.4 per cent", "2025-05"),
         ("The unemployment rate was 4.1% in June, the Australian Bureau of Statistics said. "
          "It was up from 4.0% in the same month last year.", "2025-07-17", "4.0%",
          "2024-06")),
        (("The jobless rate fell to 4.1%, the Bureau of Labor Statistics said, down from "
          "4.3% in June.\n\nThe participation rate was 62.3%.", "2025-08-02", "62.3%",
          "2025-08"),  # a baseline's month is no reference month
         ("Support reached 41% in March 2023, Ipsos said. Today 44% agree.", "2025-06-01",
          "44%", "2023-03"),  # a written year is taken as it is
         ("A new Ipsos poll finds 41% back the plan, against 38% in May. Some 20% are unsure.",
          "2025-07-10", "20%", "2025-07")),  # an earlier wave's month dates no release
    ),
    PeriodRule(  # a current poll beside a series of its earlier waves (#13 item 3)
        "series_beside_current_poll", _on_current_date,
        (("The latest Ipsos poll puts Labour on 34%. Labour stood at 29% in Ipsos's June "
          "survey, 31% in August and 33% in October before this month's gain.\n\nAmong "
          "under-35s the party reaches 45%.", "2025-12-04", "45%", "2025-12"),
         ("A new Angus Reid poll has the Liberals at 41%. They were at 35% in Angus Reid's "
          "March survey, 38% in May and 40% in July.\n\nIn Quebec the party has 37%.",
          "2025-09-15", "37%", "2025-09"),
         ("Labor stretches its lead\n\nThe latest Roy Morgan poll gives Labor 54.5%. Roy "
          "Morgan had it at 52% in January and 53% in February.\n\nWomen favour Labor 57% "
          "to 43%.", "2025-04-08", "57%", "2025-04")),
        (("A new Ipsos poll puts Labour on 34%. Labour stood at 29% in Ipsos's June "
          "survey, 31% in August and 33% in October.", "2025-12-04", "31%",
          "2025-08"),  # each wave keeps its own month
         ("Nanos found support at 41% in February, the firm said. Among women it was 44%.",
          "2025-03-20", "44%", "2025-02")),  # one month: that survey's own
    ),
    PeriodRule(  # the owner's survey, fielded by an agency (facts.fieldwork_statements)
        "fieldwork_by_agency", fieldwork_periods,
        (("Trust in China is low, the Lowy Institute Poll finds.\n\nThe 2025 poll found 36% "
          "trust the US.\n\nThe poll was conducted by the Social Research Centre between 3 "
          "and 16 March 2025 among 2,026 adults.", "2025-06-16", "36%", "2025-03"),
         ("The Reuters Institute's Digital News Report shows trust at 40%.\n\nFieldwork "
          "was carried out by YouGov between late January and early February 2025.",
          "2025-06-17", "40%", "2025-01"),
         ("The annual Edelman Trust Barometer finds 52% trust business.\n\nThe survey was "
          "conducted by Edelman Data & Intelligence from 25 October to 16 November 2024.",
          "2025-01-20", "52%", "2024-10")),
        (("A new Ipsos poll finds 41% back the plan.\n\nA separate YouGov poll, conducted "
          "by its own panel on 3 March, found 38%.", "2025-03-10", "41%", "2025-03"),),
    ),
    PeriodRule(  # a date for another wave leaves the paragraphs that carried the last one
        "another_wave_keeps_carried_paragraphs", _on_current_date,
        (("A Datum poll for El Comercio, conducted March 3 to 6 among 1,200 adults, found 58% "
          "of Peruvians distrust Congress.\n\nAmong young people the figure was 66%.\n\nThe "
          "traders' association, whose yearly survey of 340 member firms was carried out in "
          "January, found 41% expect higher sales.", "2025-03-20", "66%", "2025-03"),),
        (("A new Datum poll for El Comercio finds 58% of Peruvians distrust Congress.\n\n"
          "Among young people the figure was 66%.\n\nThe poll of 1,200 adults was carried out "
          "in March.", "2025-04-02", "66%", "2025-03"),  # a guess corrected: all take it
         ("Labour regains lead in the latest Kantar poll\n\nLabour is on 31 per cent in the "
          "latest Kantar poll.\n\nThe last Kantar poll, in November, had Labour and Reform "
          "level on 27 per cent.\n\nAmong young voters Labour is on 42 per cent.\n\nThe poll "
          "of 1,100 adults was conducted between February 5 and 9.", "2026-02-14",
          "42 per cent", "2026-02")),  # a month read from an earlier wave's mention
    ),
    PeriodRule(  # a multi-country survey dated country by country (place_fieldwork)
        "fieldwork_per_place", _place_cue,
        (("Most Africans want term limits, Afrobarometer finds\n\nThe network interviewed "
          "about 1,200 adults in each country. In Ghana the fieldwork took place in March "
          "2024; in Kenya interviews were conducted in May, and in Zambia they ran in July "
          "2024.\n\nIn Kenya, 71% back term limits, against 64% in Ghana and 58% in "
          "Zambia.", "2024-10-02", "71%", "2024-05"),
         ("Most Africans want term limits, Afrobarometer finds\n\nThe network interviewed "
          "about 1,200 adults in each country. In Ghana the fieldwork took place in March "
          "2024; in Kenya interviews were conducted in May, and in Zambia they ran in July "
          "2024.\n\nIn Kenya, 71% back term limits, against 64% in Ghana and 58% in "
          "Zambia.", "2024-10-02", "58%", "2024-07"),
         ("Most Africans want term limits, Afrobarometer finds\n\nThe network interviewed "
          "about 1,200 adults in each country. In Ghana the fieldwork took place in March "
          "2024; in Kenya interviews were conducted in May, and in Zambia they ran in July "
          "2024.\n\nIn Kenya, where protests broke out in late June, 61% distrust "
          "parliament. Some 44% of Zambians aged 18 to 35 would consider moving abroad.",
          "2024-10-02", "61%", "2024-05"),  # an event's month in a country's clause
         ("Most Africans want term limits, Afrobarometer finds\n\nThe network interviewed "
          "about 1,200 adults in each country. In Ghana the fieldwork took place in March "
          "2024; in Kenya interviews were conducted in May, and in Zambia they ran in July "
          "2024.", "2024-10-02", "1,200 adults", "2024-03")),  # no country: the first month
        (("Most Africans want term limits, Afrobarometer finds\n\nThe network interviewed "
          "about 1,200 adults in Ghana in March 2024.\n\nIn Kenya, 71% back term limits, "
          "against 64% in Ghana.", "2024-10-02", "71%", "2024-03"),  # one date for all
         ("Most Africans want term limits, Afrobarometer finds\n\nThe network interviewed "
          "about 1,200 adults in each country. In Ghana the fieldwork took place in March "
          "2024; in Kenya interviews were conducted in May, and in Zambia they ran in July "
          "2024.\n\nA separate Infotrak poll, conducted in September, found 52% of Kenyans "
          "trust the courts.", "2024-10-02", "52%", "2024-09")),  # another survey's month
    ),
    PeriodRule(  # a part of a year beside a current poll (#13 item 2)
        "part_of_year_beside_current_poll", _averaged_span,
        (("The latest Curia poll has National on 33%.\n\nAcross the second half of 2024, "
          "National averaged 35% in Curia's polls, compared with 37% in the first six months "
          "of the year.\n\nAmong women, National has 30%.", "2025-01-16", "30%", "2025-01"),
         ("A new Newspoll puts Labor on 36%.\n\nIn the first half of 2025 Labor averaged "
          "34% in Newspoll's surveys.\n\nOne Nation is on 9%.", "2025-09-01", "9%",
          "2025-09"),
         ("The latest Angus Reid poll has the Liberals at 41%.\n\nAcross the second half of "
          "2024, the Liberals averaged 28% in Angus Reid's polls.", "2025-02-10", "28%",
          "2024-07")),
        (("A new Nanos survey, conducted in the first three months of 2025, puts support at "
          "44%.", "2025-04-20", "44%", "2025-01"),),  # the survey's own fieldwork
    ),
    PeriodRule(  # a figure said to be current right after it leaves its clause's wave
        "current_after_wave", _wave_of,
        (("The latest Quaest poll, fielded March 27 to 31, puts approval at 41 percent.\n\n"
          "Approval eased to 47 percent in December, before dropping to 43 percent in late "
          "January and to 41 percent this time.", "2025-04-02", "41 percent", "2025-03"),
         ("A new Leger survey, conducted May 2-4, has the Liberals on 44%.\n\nThey were on "
          "38% in early April and are on 44% now.", "2025-05-08", "44%", "2025-05")),
        (("A new Leger survey, conducted May 2-4, has the Liberals on 44%.\n\nIn early "
          "April they were on 38% and 40% among men.", "2025-05-08", "38%", "2025-04"),),
    ),
)
