"""The text as read once: paragraphs, sentences, dateline, date and source mentions.

:func:`pollstats.extract` builds one :class:`Document` per text (after the statistics are
found) and hands it to attribution and comparison, so no stage splits the text or searches it
for dates and sources again. Every sentence and paragraph knows which statistics, sources and
dates lie in it as index ranges into the document's sorted tuples (one bisection each, once).
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Sequence

import attrs

from .model import Statistic
from .periods import (
    DateMention,
    cycle_month,
    dateline,
    dateline_span,
    find_dates,
    in_cycle,
    names_vote,
)
from .sample_ranks import SampleIndex
from .sources import SourceMention, find_sources, known_names
from .text import Paragraph, Sentence, headline, paragraphs, sentences

__all__ = ["Document", "Slices"]


@attrs.frozen
class Slices:
    """What one stretch of text (a sentence or a paragraph) holds, as index ranges into
    :attr:`Document.statistics`, :attr:`Document.sources` and :attr:`Document.dates`: those
    that *start* inside the stretch."""

    stats: range
    sources: range
    dates: range


@attrs.frozen
class Document:
    """One text, read once.

    ``dates`` are the body's date mentions: the dateline's own date (``LONDON, 17 June 2025
    –``) is when the text was published, not a date the text speaks of, and is left out.
    """

    text: str = attrs.field(repr=False)
    statistics: tuple[Statistic, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    dateline: tuple[_dt.date, int, int] | None
    dates: tuple[DateMention, ...]
    sources: tuple[SourceMention, ...]
    sentence_slices: tuple[Slices, ...]
    paragraph_slices: tuple[Slices, ...]
    #: the sentence of each statistic: the first sentence ending after the figure starts
    stat_sentence: tuple[int, ...]
    #: the start of each date mention, and the longest one, so the dates near a position
    #: are a bisection away
    date_starts: tuple[int, ...]
    longest_date: int
    #: the starts of the dates that name a vote ("the September 2025 election"), so "at the
    #: election" finds the one stated last before it by bisection
    vote_starts: tuple[int, ...] = ()
    votes: tuple[DateMention, ...] = ()
    #: the samples the text tells by their size ("803 registered voters") and how wide
    #: their populations are, so a group is known as a part of the sample or the whole
    samples: SampleIndex = attrs.field(factory=SampleIndex)
    #: the text's headline line (:func:`~pollstats.text.headline`), if it has one; its
    #: figures are left out of ``statistics`` unless ``extract(..., headline_stats=True)``
    title: Paragraph | None = None
    #: the mentions of the tables' names (:func:`~pollstats.sources.known_names`), which
    #: :func:`~pollstats.sources.written_names` reads again (None: not read here)
    known: tuple[SourceMention, ...] | None = None

    @classmethod
    def read(cls, text: str, statistics: Sequence[Statistic], *,
             title: Paragraph | None = None) -> Document:
        """``statistics`` are the figures found in ``text``, in text order; ``title`` the
        headline's span when the caller has looked for it (else it is looked for here)."""
        paras = paragraphs(text)
        sents = sentences(text, paras)
        line = dateline(text)
        span = dateline_span(text)  # with or without its year: "WASHINGTON (July 3) —"
        dates = tuple(d for d in find_dates(text)
                      if span is None or not span[0] <= d.start < span[1])
        cycle = cycle_month(text)  # "each round runs from July to June": 2023-24 from July
        if cycle is not None:
            dates = in_cycle(dates, cycle)
        known = known_names(text)  # found once, for the sources and the records' names
        sources = tuple(find_sources(text, known_found=known))
        stat_starts = [st.start for st in statistics]
        src_starts = [m.start for m in sources]
        date_starts = [d.start for d in dates]
        votes = tuple(d for d in dates if names_vote(text, d))

        def slices(spans: list[tuple[int, int]]) -> tuple[Slices, ...]:
            return tuple(map(Slices, _within(stat_starts, spans), _within(src_starts, spans),
                             _within(date_starts, spans)))

        ends = [s.end for s in sents]
        return cls(
            text, tuple(statistics), paras, sents, line, dates, sources,
            slices([(s.start, s.end) for s in sents]),
            slices([(p.start, p.end) for p in paras]),
            tuple(bisect.bisect_right(ends, st.start) for st in statistics),
            tuple(date_starts), max((d.end - d.start for d in dates), default=0),
            tuple(d.start for d in votes), votes, SampleIndex.of(text),
            headline(text) if title is None else title, known,
        )

    @property
    def published(self) -> _dt.date | None:
        """The date the dateline or byline states, if any."""
        return None if self.dateline is None else self.dateline[0]

    def dates_starting(self, lo: int, hi: int, within: range) -> range:
        """The indices of the dates (among ``within``) that start in ``[lo, hi)``."""
        starts = self.date_starts
        a = bisect.bisect_left(starts, lo, within.start, within.stop)
        return range(a, bisect.bisect_left(starts, hi, a, within.stop))

    def sentence_of(self, i: int) -> Sentence | None:
        """The sentence of statistic ``i`` (None past the last sentence)."""
        k = self.stat_sentence[i]
        return self.sentences[k] if k < len(self.sentences) else None


def _within(starts: list[int], spans: list[tuple[int, int]]) -> list[range]:
    """For each span, the indices of the sorted ``starts`` inside it."""
    left = bisect.bisect_left
    return [range(left(starts, lo), left(starts, hi)) for lo, hi in spans]
