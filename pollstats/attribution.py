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
With a publication date (given, or the article's dateline), figures that nothing dates take
its month: an undated poll in a news story is a current one.

The work is split three ways: :mod:`pollstats.facts` reads each paragraph and sentence into
frozen facts (pure detectors), :mod:`pollstats.passage` is the one state machine that decides,
returning revisions as data, and this module applies the revisions to the per-figure results
and adds the group cues (:mod:`pollstats.groups`).
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from .document import Document
from .facts import (
    document_recent,
    fieldwork_statements,
    month_dates,
    paragraph_facts,
    sentence_facts,
)
from .group_places import multi_country
from .groups import (
    GroupCues,
    SentenceIndex,
    group_cues,
    sample_keys,
    sample_phrases,
    whole_sample,
)
from .model import Cue, Statistic
from .passage import (
    Figure,
    Fill,
    Named,
    Passage,
    Reading,
    Regrade,
    Remember,
    Revision,
    TakeBack,
    cue_from_source,
    fieldwork_periods,
    place_fieldwork,
)
from .period import Period
from .periods import published_period
from .sources import SourceMention, written_names

__all__ = ["attribute"]


def _as_text_names(cue: Cue | None, written: dict[str, str]) -> Cue | None:
    """A source cue with the name its organization goes by in the text (:func:`written_names`)."""
    if cue is None or cue.value not in written:
        return cue
    return attrs.evolve(cue, value=written[cue.value])


def attribute(doc: Document, published: _dt.date | None = None) -> tuple[Statistic, ...]:
    """The document's statistics (in text order) with source, period, population, subgroup
    and measure. Without ``published``, the article's own dateline gives it."""
    stats, text = doc.statistics, doc.text
    if not stats:
        return stats
    if published is None:
        published = doc.published
    results = _read(doc, published)
    samples = sample_keys(text, stats)
    phrases = sample_phrases(text, stats)
    countries = multi_country(text)  # one fact of the whole document
    # the records' names as the text writes them (a scan of the text: only when one is named)
    written = (written_names(text, doc.known) if any(c is not None for c in results.sources)
               else {})
    out = []
    index: dict[tuple[int, int], SentenceIndex] = {}  # what the group rules find per sentence
    for i, st in enumerate(stats):
        where = doc.sentence_of(i)
        cues = GroupCues()
        if where is not None:
            key = (where.start, where.end)
            if key not in index:
                index[key] = SentenceIndex(text, where.start, where.end)
            # an official result is broken down by place as a survey is ("In KwaZulu-Natal,
            # ... the 45.4% it won in the province")
            survey = ((results.sources[i] is not None and not results.in_reset[i])
                      or results.apart[i])
            cues = _drop_overlaps(group_cues(text, where.start, where.end, st, survey,
                                             countries, index[key], doc.samples), stats, i)
            cues = whole_sample(cues, samples, phrases, doc.samples)
        out.append(
            attrs.evolve(
                st,
                source=_as_text_names(results.sources[i], written),
                period=results.periods[i],
                subgroup=cues.subgroup,
                population=cues.population,
                measure=cues.measure,
            )
        )
    return tuple(out)


def _read(doc: Document, published: _dt.date | None) -> _Results:
    """One left-to-right reading: facts of each paragraph and sentence, through the passage
    state machine, into per-figure results."""
    pub = published_period(published)
    pub_day = Period.of_date(published) if published is not None else None
    reading = Reading(doc.text, doc.statistics, doc.dates, month_dates(doc), pub, pub_day,
                      document_recent(doc.text),
                      fieldwork_periods(fieldwork_statements(doc), pub, pub_day),
                      place_fieldwork(doc.text, [(s.start, s.end) for s in doc.sentences],
                                      doc.dates, pub, pub_day))
    results = _Results.empty(doc)
    passage = Passage()
    para = None
    for k, sent in enumerate(doc.sentences):
        if para is None or sent.paragraph != para.index:
            para = paragraph_facts(doc, sent.paragraph)
            passage, revisions = passage.on_paragraph(para)
            results.apply(revisions)
        facts = sentence_facts(doc, k, para)
        if facts is not None:
            passage, revisions = passage.on_sentence(facts, reading, results.memory)
            results.apply(revisions)
    results.document_source()
    if reading.pub is not None:  # a news story: its undated figures are current
        results.stated_fieldwork(reading.fieldwork)
        results.publication_month(reading.pub)
    return results


@attrs.define
class _Results:
    """The per-figure results, changed only by applying revisions in order."""

    doc: Document
    sources: list[Cue | None]
    periods: list[Cue | None]
    weak: list[bool]  # period carried over from an earlier paragraph
    in_reset: list[bool]
    apart: list[bool]  # a threshold or an official result: no survey's finding
    memory: dict[str, Cue] = attrs.field(factory=dict)  # each source's latest period
    counts: Counter[str] = attrs.field(factory=Counter)
    first_mention: dict[str, SourceMention] = attrs.field(factory=dict)
    #: for each paragraph, the last one up to it with figures or dates (-1 if none)
    marked: list[int] = attrs.field(factory=list)

    @classmethod
    def empty(cls, doc: Document) -> _Results:
        n = len(doc.statistics)
        marked, last = [], -1
        for q, sl in enumerate(doc.paragraph_slices):
            last = q if sl.stats or sl.dates else last
            marked.append(last)
        return cls(doc, [None] * n, [None] * n, [False] * n, [False] * n, [False] * n,
                   marked=marked)

    def apply(self, revisions: Sequence[Revision]) -> None:
        for rev in revisions:
            match rev:
                case Figure(i, source, in_reset, period, weak, apart):
                    self.sources[i], self.in_reset[i] = source, in_reset
                    self.apart[i] = apart
                    self.periods[i], self.weak[i] = period, weak
                case Fill(figures, cue):
                    for i in figures:
                        self.periods[i] = cue
                case Regrade(figures, guess, cue):
                    for i in figures:
                        if self.periods[i] is guess:
                            self.periods[i] = cue
                case TakeBack(para, cue):
                    self.take_back(para, cue)
                case Remember(name, cue):
                    self.memory[name] = cue
                case Named(m):
                    self.counts[m.name] += 1
                    self.first_mention.setdefault(m.name, m)

    def take_back(self, para: int, cue: Cue) -> None:
        """Give ``cue`` to the paragraphs just before ``para`` that named no date and whose
        figures only carried a period over (paragraphs with neither figures nor dates are
        stepped over in one jump)."""
        slices, marked = self.doc.paragraph_slices, self.marked
        q = marked[para - 1] if para > 0 else -1
        while q >= 0 and not slices[q].dates:
            ids = slices[q].stats
            if not all(self.weak[i] for i in ids):
                return
            for i in ids:
                self.periods[i] = cue
                self.weak[i] = False
            q = marked[q - 1] if q > 0 else -1

    def stated_fieldwork(self, fieldwork: Mapping[str | None, Cue]) -> None:
        """Figures that no passage dates take the fieldwork date the text states for their
        source ("The Round 10 survey was conducted between 28 October and 2 December 2024"),
        after a paragraph of other figures broke the passage off (the official unemployment
        rate between two paragraphs of the survey's findings). Read for a text with a
        publication date only, as the publication month is."""
        for i, per in enumerate(self.periods):
            src = self.sources[i]
            if per is None and src is not None and not self.apart[i]:
                cue = fieldwork.get(src.value)
                if cue is not None:
                    self.periods[i] = cue

    def publication_month(self, pub: Period) -> None:
        """Figures that no passage dates take the month of publication: a news story reports
        a poll it does not date as current ("a Savanta poll shows 41%"), and the gold
        convention dates a current survey by the publication month (#13 item 1). The date is
        the article's, not a word of the text: its cue is empty, at the figure. A threshold
        ("the 5 per cent hurdle") or an official result is no finding and stays undated."""
        for i, per in enumerate(self.periods):
            if per is None and not self.apart[i]:
                at = self.doc.statistics[i].start
                self.periods[i] = Cue.for_period(pub, at, at, "")

    def document_source(self) -> None:
        """Figures no passage attributes take the document's one (or dominant) pollster,
        unless the text said they came from several."""
        if not self.counts:
            return
        (top, n), *rest = self.counts.most_common()
        if rest and n < 2 * rest[0][1]:
            return
        cue = cue_from_source(self.first_mention[top])
        for i, src in enumerate(self.sources):
            if src is None and not self.in_reset[i]:
                self.sources[i] = cue


def _drop_overlaps(cues: GroupCues, stats: Sequence[Statistic], i: int) -> GroupCues:
    """Group phrases never contain another figure ("one in five respondents (19%)"); the
    people a sample count names may be another figure's group ("866 registered voters, for
    whom the margin of error is ...")."""
    lo, hi = max(0, i - 3), min(len(stats), i + 4)

    def clash(c: Cue | None, people: bool = False) -> bool:
        return c is not None and any(
            j != i and stats[j].start < c.end and c.start < stats[j].end
            and not (people and stats[j].kind == "sample_size" and stats[j].start < c.start
                     and c.end <= stats[j].end)
            for j in range(lo, hi)
        )

    return GroupCues(
        None if clash(cues.subgroup, people=True) else cues.subgroup,
        None if clash(cues.population) else cues.population,
        None if clash(cues.measure) else cues.measure,
    )
