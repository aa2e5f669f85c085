"""Stage 4: who measured each statistic (source), when (period), about whom and what.

The text is read sentence by sentence as a run of *passages*. A passage is the stretch of text
about one survey: it starts where a source or a fieldwork date is introduced and lasts until
another source, another date or an unnamed other survey (``a separate poll``, ``other
agencies``) comes up. Every statistic takes its passage's source and period unless its own
sentence says otherwise:

* a source named in the sentence (nearest to the figure) wins;
* a date bound to the figure (``11% in October 2023``, ``the previous year (56%)``) wins;
* in a sentence with a baseline date (``compared to the 2023 survey``), the earlier end of a
  ``from X to Y`` pair takes the baseline date;
* a period stated later in the passage (``The poll was conducted March 6-8.``) fills figures
  read before it, and a later paragraph that reveals a newer wave (``compared to the 2023 survey
  ... over the past year``) takes back the paragraph just before it when that one named no date.

When a document names only one pollster (or one names most survey figures), its figures that
no passage attributes take that pollster, unless the text said they came from several.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from ._data import alternation, words
from .groups import GroupCues, group_cues
from .model import Cue, Statistic
from .period import Period
from .periods import DateMention, dateline, find_dates, published_period, resolve
from .sources import SourceMention, find_sources
from .text import Paragraph, Sentence, paragraphs, sentences

__all__ = ["attribute"]

_DEMONYM_ALT = alternation(words("lexicon.txt", "demonyms"))
_SURVEY_CONTEXT = regex.compile(
    r"(?<!\w)(?:survey\w*|poll\w*|stud(?:y|ies)|conducted|fielded|interview\w*|respondents|"
    r"questioned|measurements?|wave|data|census|barometer|research)(?!\w)",
    regex.IGNORECASE,
)
#: An unnamed other survey or several sources: the passage's source is no longer known.
_RESET = regex.compile(
    r"""(?<!\w)(?:
        other\s+(?:\w+\s+)?
          (?:agencies|pollsters|polls|surveys|studies|organizations|sources)  # other agencies
      | (?:a|another)\s+(?:separate|different|second|rival|new)\s+
          (?:poll|survey|study)                                               # a separate poll
      | one\s+of\s+the\s+\w+\s+(?:\w+\s+)?(?:polls|surveys|studies)  # one of the first polls
    )(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A survey introduced as current takes the publication month when nothing else dates it.
_RECENT = regex.compile(
    r"""(?<!\w)(?:new|newly|latest|recent|just[\s-]released|released|published|completed|
        this\s+week|today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|
        Sunday))(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: Words that show a paragraph is about a survey or its respondents; a paragraph with none
#: (mortgage rates, share prices) does not continue the survey before it.
_PARA_SURVEY = regex.compile(
    rf"""(?<!\w)(?:survey\w*|poll\w*|stud(?:y|ies)|conducted|fielded|interview\w*|questioned|
        measurements?|wave|data|census|barometer|research|respondents|those|people|adults|voters|
        men|women|Republicans|Democrats|independents|{_DEMONYM_ALT})(?!\w)
      | (?:%|per[ \t]?cent|percent)(?:[ \t]+of[ \t]+(?:[\w'’\-]+[ \t]+){{0,3}}?[\w'’\-]+)?
        [ \t]+(?:{alternation(words("lexicon.txt", "survey_verb"))})(?!\w)  # "72 per cent said"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Words of figures that no survey measures: a paragraph with these and no survey word is
#: about something else (inflation, share prices) and does not continue the survey before it.
_NOT_SURVEY = regex.compile(
    rf"(?<!\w)(?:{alternation(words('lexicon.txt', 'non_survey_cues'))})(?!\w)", regex.IGNORECASE
)
_YEAR_STEP = regex.compile(
    r"(?<!\w)(?:(?:the|over[\s\u00a0]+the)[\s\u00a0]+(?:past|last|previous)[\s\u00a0]+year|"
    r"a[\s\u00a0]+year[\s\u00a0]+(?:earlier|ago|before)|year[\s\-]on[\s\-]year|annual)(?!\w)",
    regex.IGNORECASE,
)
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
_CLAUSE_TAIL = regex.compile(r"[^.;!?\n%0-9]*")  # no other figure, no sentence end
_FROM_BEFORE = regex.compile(r"(?r)(?<!\w)from[\s\u00a0]+\(?\Z", regex.IGNORECASE)
_TO_AFTER = regex.compile(r"[\s\u00a0]+to[\s\u00a0]", regex.IGNORECASE)
_MAX_BIND_GAP: Final = 14


@attrs.define
class _Passage:
    """The survey the text is on: its source and period as far as known."""

    source: SourceMention | None = None
    period: Cue | None = None
    reset: bool = False  # the text said "other agencies", "a separate poll": source unknown
    dated: bool = False  # the period was stated (not only carried)
    recent: bool = False  # introduced as new ("a new poll", "released Tuesday")
    guessed: bool = False  # the period is the publication month, not read from the text
    pending: list[int] = attrs.field(factory=list)  # statistics waiting for the period


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


def _cue_from_source(m: SourceMention) -> Cue:
    return Cue(m.name, m.start, m.end, m.text)


def _bound_date(text: str, st: Statistic, dates: Sequence[DateMention]) -> DateMention | None:
    """A date written right after the figure (``18% in September 2024``) or right before its
    bracket (``the previous year (56%)``). Changes and ratios take the later measurement, and
    sample sizes and margins the survey's date, so no date binds to them."""
    if st.kind in ("change", "ratio", "sample_size", "margin_of_error"):
        return None  # "surveyed 2,301 adults June 11-15": the survey's date, not the figure's
    for d in dates:
        if 0 <= d.start - st.end <= _MAX_BIND_GAP and _BOUND_AFTER.fullmatch(text, st.end, d.start):
            return d
        if 0 <= st.start - d.end <= 3 and _BOUND_BEFORE.match(text[d.end : st.start]):
            return d
    # an earlier figure takes the date of its own clause: "up from 45 per cent when the
    # Institute asked the same question in early February"
    if _EARLIER_BEFORE.search(text, max(0, st.start - 30), st.start) is not None:
        for d in dates:
            if 0 <= d.start - st.end <= 90 and _CLAUSE_TAIL.fullmatch(text, st.end, d.start):
                return d
    return None


@attrs.define
class _Reader:
    """One left-to-right reading of a text; results are indexed like ``stats``."""

    text: str
    stats: Sequence[Statistic]
    pub: Period | None
    paras: tuple[Paragraph, ...]
    sources: list[Cue | None]
    periods: list[Cue | None]
    weak: list[bool]  # period carried over from an earlier paragraph
    in_reset: list[bool]
    passage: _Passage = attrs.field(factory=_Passage)
    para_has_date: dict[int, bool] = attrs.field(factory=dict)
    para_stats: dict[int, list[int]] = attrs.field(factory=dict)
    para_dates: dict[int, list[DateMention]] = attrs.field(factory=dict)
    counts: Counter[str] = attrs.field(factory=Counter)
    first_mention: dict[str, SourceMention] = attrs.field(factory=dict)
    last_dated_para: int = -1
    off_survey: bool = False  # the current paragraph is not about a survey
    pub_day: Period | None = None  # the day of publication
    year_steps: dict[int, bool] = attrs.field(factory=dict)
    doc_recent: bool = False  # the headline or lead speaks of new polls
    last_source: SourceMention | None = None
    source_period: dict[str, Cue] = attrs.field(factory=dict)

    @classmethod
    def start(cls, text: str, stats: Sequence[Statistic], pub: Period | None) -> _Reader:
        n = len(stats)
        reader = cls(text, stats, pub, paragraphs(text), [None] * n, [None] * n, [False] * n,
                     [False] * n)
        reader.doc_recent = _RECENT.search(text, 0, min(len(text), _LEAD)) is not None
        return reader

    def sentence(self, sent: Sentence, idx: list[int], srcs: list[SourceMention],
                 dates: list[DateMention]) -> None:
        text, para = self.text, sent.paragraph
        if not (idx or srcs or dates or _mentions_survey(text, sent.start, sent.end)):
            return  # nothing here can change the passage
        self.para_dates.setdefault(para, []).extend(dates)
        self.para_stats.setdefault(para, []).extend(idx)
        if dates:
            self.para_has_date[para] = True
        names_survey = _SURVEY_CONTEXT.search(text, sent.start, sent.end) is not None
        survey_ctx = bool(idx) or names_survey
        bound = {i: _bound_date(text, self.stats[i], dates) for i in idx}
        # a date bound to an earlier figure ("down from 40% in 2000") is no current date
        earlier = {
            d.start for i, d in bound.items()
            if d is not None and _EARLIER_BEFORE.search(text, max(0, self.stats[i].start - 30),
                                                        self.stats[i].start)
        }
        bound_at = {d.start for d in bound.values() if d is not None}
        if not (srcs or names_survey):
            earlier |= bound_at  # "19% in 2020" dates that figure, not a survey
        said = [d for d in dates if not _in_quote(text, sent.start, d.start)]
        current = [d for d in said if not d.baseline and d.start not in earlier]
        baseline = [d for d in said if d.baseline and d.start not in bound_at]

        srcs = self.on_sources(sent, srcs, survey_ctx, self.stats[idx[0]].start if idx else None)
        if survey_ctx:
            self.on_current_date(current, para, bool(srcs), names_survey, bound_at)
        if srcs and self.passage.guessed:
            # "rose from 12.4% in 2021 to 15.1% in 2024, according to new figures from ...":
            # the latest year a current figure states beats the publication month
            stated = [d for d in bound.values()
                      if d is not None and d.start not in earlier and d.value
                      and d.relative is None and not d.month_only and not d.baseline]
            dated = [(d, d.value) for d in stated if d.value is not None]
            if dated:
                latest, value = max(dated, key=lambda dv: dv[1])
                self.correct_guess(_cue_from_date(latest, value))
        self.on_baseline(baseline, para, has_source=bool(srcs))
        # a date in a sentence of figures that says nothing of a survey dates those figures
        # only: "In 2022, the figures were 41% and 36%"
        local = None
        if idx and not (srcs or names_survey):
            local = next((d for d in current if d.start not in bound_at and not d.not_fieldwork
                          and d.relative is None and not d.month_only), None)
            p = self.passage
            if local is not None and local.value and p.guessed:
                # a stated data year beats the publication month: "... in 2023, up from ..."
                self.correct_guess(_cue_from_date(local, local.value))
                local = None
            elif (local is not None and local.value and p.period is not None
                  and local.value.year > _period(p.period).year
                  and (self.pub is None or local.value.year <= self.pub.year)):
                # the story moves on: "By 2024 that had fallen to 26 percent" dates what follows
                p.period = _cue_from_date(local, local.value)
        for i in idx:
            self.assign(i, srcs, bound[i], baseline[0] if baseline else None, para, local)

    def on_sources(self, sent: Sentence, srcs: list[SourceMention],
                   survey_ctx: bool, first_stat: int | None = 0) -> list[SourceMention]:
        """A newly named organization starts a new passage; an unnamed other one resets.
        Returns the sentence's source mentions as the passage reads them: "the institute"
        names the institute last mentioned, and a name of the same family as the passage's
        source ("NORC" in an AP-NORC passage) is read as that source. A body named in lower
        case ("the city council said") is a source only of figures after it in its sentence:
        a statement without any, or one after the figures ("..., which the ministry expects
        to reach 5.4 percent"), does not start a passage of its own."""
        text = self.text
        later = [m for m in srcs
                 if m.forward and (first_stat is None or m.start >= first_stat)]
        srcs = [m for m in srcs if m not in later]
        if not srcs and self.last_source is not None:
            back = _BACKREF.search(text, sent.start, sent.end)
            if back is not None and _refers_to(back["head"], self.last_source.name):
                ls = self.last_source
                srcs = [SourceMention(back.start(), back.end(), back[0], ls.name, ls.known)]
        p = self.passage
        if p.source is not None:
            srcs = [attrs.evolve(m, name=p.source.name) if _related(m.name, p.source.name)
                    else m for m in srcs]
        if srcs:
            for m in srcs:
                self.counts[m.name] += 1
                self.first_mention.setdefault(m.name, m)
            self.last_source = srcs[-1]
            primary = srcs[0]
            said_new = _RECENT.search(text, sent.start, sent.end) is not None
            if (p.source is None or p.source.name != primary.name or p.reset
                    or (said_new and p.dated and not p.guessed)):  # "a new Ipsos poll"
                recent = self.doc_recent or said_new
                new = _Passage(source=primary, recent=recent)
                remembered = self.source_period.get(primary.name)
                if remembered is not None and not said_new:  # "the Ifop survey" again
                    new.period = remembered
                    new.dated = True
                elif recent and self.pub is not None:
                    new.period = Cue.for_period(self.pub, primary.start, primary.end,
                                                primary.text)
                    new.dated = True
                    new.guessed = True
                elif remembered is not None:
                    new.period = remembered
                    new.dated = True
                self.replace(new)
        elif _RESET.search(text, sent.start, sent.end) is not None:
            self.replace(_Passage(reset=True))
        if later and first_stat is not None:  # still the source of the figures after it
            srcs = sorted(srcs + later, key=lambda m: m.start)
        return srcs

    def replace(self, new: _Passage) -> None:
        """End the current passage: a named survey introduced as new and never dated takes
        the publication month."""
        old = self.passage
        if (old.source is None and not old.reset and new.source is not None
                and not self.counts.keys() - {new.source.name}):
            new.pending.extend(old.pending)  # the headline and lead before the first pollster
            old.pending.clear()
        if old.recent and not old.dated and self.pub is not None:
            cue = Cue.for_period(self.pub, old.source.start, old.source.end, old.source.text) if (
                old.source is not None) else None
            for i in old.pending:
                self.periods[i] = cue
        self.passage = new

    def paragraph(self, para: int, has_stats: bool, has_sources: bool) -> None:
        """A paragraph of figures with no word about a survey (mortgage rates, share prices)
        breaks off the passage before it."""
        p = self.paras[para]
        self.off_survey = (
            has_stats and not has_sources
            and _NOT_SURVEY.search(self.text, p.start, p.end) is not None
            and _PARA_SURVEY.search(self.text, p.start, p.end) is None
        )
        if self.off_survey:
            self.replace(_Passage())

    def on_current_date(self, current: list[DateMention], para: int, has_source: bool,
                        names_survey: bool, bound_at: set[int]) -> None:
        """A fieldwork date: absolute dates before relative ones ("released last month, data
        for 2024" is about 2024); relative ones count from the publication date. A dated
        passage takes another date only from a sentence that speaks of a survey."""
        p = self.passage
        if not (has_source or names_survey):
            return
        anchor = _period(p.period) if p.period else self.pub
        # a date bound to a figure ("up from 21% in 2023") dates that figure: the survey's
        # own date, if the sentence has one, comes first
        for d in sorted(current, key=lambda d: (d.start in bound_at,
                                                d.relative is not None or d.month_only)):
            if d.not_fieldwork:
                continue
            value = resolve(d, anchor if d.relative is None else self.pub, self.pub)
            if value is None:
                continue
            value = value.by_month()
            if self.pub_day is not None and _after(value, d, self.pub_day):
                continue  # a date after publication is an event to come, not fieldwork
            if p.dated and not p.guessed and d.start in bound_at:
                continue  # "rose to 19% in February, then 26% in April": dates of figures
            if p.dated and p.period is not None and _starts_in(_period(p.period), value):
                return  # "this year" within a passage dated October of this year
            if p.guessed and (d.names_survey
                              or _FIELDWORK.search(self.text, max(0, d.start - 80), d.start)):
                self.correct_guess(_cue_from_date(d, value))  # "The survey ... was conducted"
                return
            if p.dated and p.period is not None and p.period.period != value and not has_source:
                self.replace(_Passage(source=p.source))  # same pollster, another wave
            self.set_period(_cue_from_date(d, value), para, has_source)
            return

    def correct_guess(self, cue: Cue) -> None:
        """The text states the fieldwork date of a survey dated by its publication: every
        figure that took the guess takes the stated date."""
        p = self.passage
        guess = p.period
        for i, per in enumerate(self.periods):
            if per is guess:
                self.periods[i] = cue
        p.period, p.guessed, p.dated = cue, False, True
        if p.source is not None:
            self.source_period[p.source.name] = cue

    def on_baseline(self, baseline: list[DateMention], para: int, has_source: bool) -> None:
        """A newer wave revealed by a baseline: "compared to the 2023 survey ... past year"."""
        for d in baseline:
            if d.value is None or d.relative is not None or d.month_only:
                continue  # a baseline needs its year: "than October 5" has none
            base_year = d.value.last.year  # 2023, 2023-12, 2007/2010 (2010)
            cur = self.passage.period
            if cur is not None and _period(cur).year > base_year:
                continue
            if self.year_step(para):
                inferred = Period(base_year + 1)
            elif self.pub is not None and self.pub.year > base_year:
                inferred = self.pub
            else:
                continue
            self.set_period(Cue.for_period(inferred, d.start, d.end, d.text), para, has_source)
            return

    def year_step(self, para: int) -> bool:
        """Whether paragraph ``para`` speaks of a year's step ("over the past year"), cached."""
        if para not in self.year_steps:
            p = self.paras[para]
            self.year_steps[para] = _YEAR_STEP.search(self.text, p.start, p.end) is not None
        return self.year_steps[para]

    def set_period(self, cue: Cue, para: int, has_source: bool) -> None:
        p = self.passage
        if p.dated and p.period is not None and p.period.value == cue.value:
            self.last_dated_para = para  # the same date again: nothing new
            return
        if not p.dated:
            for i in p.pending:
                self.periods[i] = cue
            p.pending.clear()
        if not has_source:
            self.take_back(para, cue)
        p.period = cue
        p.dated = True
        p.guessed = False  # a stated date: no longer the publication month's guess
        self.last_dated_para = para
        if p.source is not None:
            self.source_period[p.source.name] = cue

    def take_back(self, para: int, cue: Cue) -> None:
        """Give ``cue`` to the paragraphs just before ``para`` that named no date and whose
        figures only carried a period over."""
        q = para - 1
        while q >= 0 and not self.para_has_date.get(q, False):
            ids = self.para_stats.get(q, [])
            if ids and not all(self.weak[i] for i in ids):
                return
            for i in ids:
                self.periods[i] = cue
                self.weak[i] = False
            q -= 1

    def assign(self, i: int, srcs: list[SourceMention], bound: DateMention | None,
               base: DateMention | None, para: int, local: DateMention | None = None) -> None:
        st, p = self.stats[i], self.passage
        near = _nearest(self.text, srcs, st) if srcs else None
        if _THRESHOLD_AFTER.match(self.text, st.end, min(len(self.text), st.end + 40)):
            # "below the 5 per cent hurdle", "the 50 per cent plus one required": a rule,
            # not a finding of the survey the passage is about
            self.sources[i] = _cue_from_source(near) if near is not None else None
            self.in_reset[i] = near is None
            return
        src = near or p.source
        self.sources[i] = _cue_from_source(src) if src is not None else None
        self.in_reset[i] = (p.reset or self.off_survey) and near is None
        if bound is not None:
            anchor = _period(p.period) if p.period else self.pub
            value = _resolve_bound(bound, anchor, self.pub, self.para_dates[para])
            self.periods[i] = _cue_from_date(bound, value) if value else None
        elif base is not None and base.value and _is_from_end(self.text, st):
            self.periods[i] = _cue_from_date(base, base.value)
        elif local is not None and local.value and not (
                p.period is not None and _starts_in(_period(p.period), local.value)):
            self.periods[i] = _cue_from_date(local, local.value)
        elif p.period is not None:
            self.periods[i] = p.period
            self.weak[i] = para > self.last_dated_para
        else:
            p.pending.append(i)

    def document_source(self) -> None:
        """Figures no passage attributes take the document's one (or dominant) pollster,
        unless the text said they came from several."""
        if not self.counts:
            return
        (top, n), *rest = self.counts.most_common()
        if rest and n < 2 * rest[0][1]:
            return
        cue = _cue_from_source(self.first_mention[top])
        for i, src in enumerate(self.sources):
            if src is None and not self.in_reset[i]:
                self.sources[i] = cue


def attribute(
    text: str, stats: Sequence[Statistic], published: _dt.date | None = None
) -> tuple[Statistic, ...]:
    """``stats`` (in text order) with source, period, population, subgroup and measure.
    Without ``published``, the article's own dateline gives it."""
    if not stats:
        return tuple(stats)
    line = dateline(text)  # "LONDON, 17 June 2025 –": when it was published, not fieldwork
    if published is None and line is not None:
        published = line[0]
    reader = _Reader.start(text, stats, published_period(published))
    reader.pub_day = Period.of_date(published) if published is not None else None
    sents = sentences(text, reader.paras)
    all_sources = find_sources(text)
    all_dates = [d for d in find_dates(text)
                 if line is None or not line[1] <= d.start < line[2]]
    stat_starts = [st.start for st in stats]
    src_starts = [m.start for m in all_sources]
    date_starts = [d.start for d in all_dates]

    def within(starts: list[int], lo: int, hi: int) -> tuple[int, int]:
        return bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)

    para = -1
    for sent in sents:
        if sent.paragraph != para:
            para = sent.paragraph
            p = reader.paras[para]
            a, b = within(stat_starts, p.start, p.end)
            c, d = within(src_starts, p.start, p.end)
            reader.paragraph(para, a < b, c < d)
        a, b = within(stat_starts, sent.start, sent.end)
        c, d = within(src_starts, sent.start, sent.end)
        e, f = within(date_starts, sent.start, sent.end)
        reader.sentence(sent, list(range(a, b)), all_sources[c:d], all_dates[e:f])
    reader.replace(_Passage())
    reader.document_source()
    out = []
    for i, st in enumerate(stats):
        where = _sentence_of(sents, st)
        cues = GroupCues()
        if where is not None:
            survey = reader.sources[i] is not None and not reader.in_reset[i]
            cues = _drop_overlaps(group_cues(text, where.start, where.end, st, survey), stats, i)
        out.append(
            attrs.evolve(
                st,
                source=reader.sources[i],
                period=reader.periods[i],
                subgroup=cues.subgroup,
                population=cues.population,
                measure=cues.measure,
            )
        )
    return tuple(out)


def _drop_overlaps(cues: GroupCues, stats: Sequence[Statistic], i: int) -> GroupCues:
    """Group phrases never contain another figure ("one in five respondents (19%)")."""
    lo, hi = max(0, i - 3), min(len(stats), i + 4)

    def clash(c: Cue | None) -> bool:
        return c is not None and any(
            j != i and stats[j].start < c.end and c.start < stats[j].end for j in range(lo, hi)
        )

    return GroupCues(
        None if clash(cues.subgroup) else cues.subgroup,
        None if clash(cues.population) else cues.population,
        None if clash(cues.measure) else cues.measure,
    )


_THRESHOLD_AFTER = regex.compile(
    rf"[\s\u00a0]+(?:[\w'’\-]+[\s\u00a0]+)?"
    rf"(?:{alternation(words('lexicon.txt', 'threshold_nouns'))})(?!\w)",
    regex.IGNORECASE,
)
_CLAUSE_BREAK = regex.compile(r";|(?<!\w)(?:while|whereas|but|meanwhile)(?!\w)", regex.IGNORECASE)
_LEAD: Final = 600  # characters of headline and lead paragraph
#: "the institute", "the pollster": a survey organization named earlier.
_BACKREF = regex.compile(
    r"""(?<!\w)the\s+(?P<head>institute|institution|center|centre|foundation|pollster|
        polling\s+firm|firm|agency|group|university|college|company|organi[sz]ation)
        (?:['’]s)?(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
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
    """Names of one family: "NORC at the University of Chicago" and "AP-NORC"."""
    return a != b and bool(_family(a) & _family(b))


def _refers_to(head: str, name: str) -> bool:
    head = head.lower()
    if head in ("pollster", "firm", "company", "group", "organisation", "organization") or (
            head.startswith("polling")):
        return True
    return head[:5] in name.lower()


_QUOTE_REACH: Final = 400


def _after(value: Period, d: DateMention, pub_day: Period) -> bool:
    """Whether a date (resolved to ``value``) starts after the publication day."""
    if d.month_only and d.month is not None and d.day is not None:  # "April 19": the day too
        return (value.year, d.month, d.day) > (pub_day.year, pub_day.month, pub_day.day)
    return value.first_day > pub_day.first_day


def _in_quote(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside quoted speech that opened after ``start`` (looking back a
    bounded stretch, so many dates in one long sentence stay linear)."""
    before = text[max(start, pos - _QUOTE_REACH) : pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_SURVEY_WORDS: Final = ("poll", "survey", "stud", "agenc", "sourc", "organi", "wave", "conduct")


def _mentions_survey(text: str, start: int, end: int) -> bool:
    """A quick test for words that a reset or a period cue needs (plain substring search)."""
    chunk = text[start:end].lower()
    return any(w in chunk for w in _SURVEY_WORDS)


def _nearest(text: str, srcs: Sequence[SourceMention], st: Statistic) -> SourceMention | None:
    """The source a figure's own sentence gives it: the last one named before it in the same
    clause, else the first after it in the same clause ("52% of Russians surveyed by FOM"),
    else the closest."""
    before = [m for m in srcs if m.end <= st.start]
    after = [m for m in srcs if m.start >= st.end and not m.forward]
    if before and _same_clause(text, before[-1].end, st.start):
        return before[-1]
    if after and _same_clause(text, st.end, after[0].start):
        return after[0]
    if before:
        return before[-1]
    return after[0] if after else None


def _same_clause(text: str, start: int, end: int) -> bool:
    """No clause break between ``start`` and ``end`` (far apart counts as a break, which also
    keeps long sentences linear)."""
    return end - start <= _CLAUSE_REACH and _CLAUSE_BREAK.search(text, start, end) is None


_CLAUSE_REACH: Final = 300


def _is_from_end(text: str, st: Statistic) -> bool:
    """Whether the figure is the earlier end of ``from X to Y``."""
    return (
        _FROM_BEFORE.search(text, max(0, st.start - 8), st.start) is not None
        and _TO_AFTER.match(text, st.end, min(len(text), st.end + 12)) is not None
    )


def _resolve_bound(
    d: DateMention, anchor: Period | None, pub: Period | None, dates: Sequence[DateMention]
) -> Period | None:
    """The period of a date bound to one figure; ``the previous year`` next to a dated
    baseline of that year (``from October 2023 (32%)``) takes the dated month."""
    value = resolve(d, anchor, pub)
    if value is None or d.relative is None or value.precision != "year" or value.end:
        return value
    for other in dates:
        dated = other.value
        if (dated is not None and other.relative is None and dated.end is None
                and dated.year == value.year and dated.month is not None):
            return dated.by_month()
    return value


def _sentence_of(sents: Sequence[Sentence], st: Statistic) -> Sentence | None:
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= st.start:
            lo = mid + 1
        else:
            hi = mid
    return sents[lo] if lo < len(sents) else None
