"""``extract``: text in, an :class:`Extraction` of statistics (and later comparisons) out."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any

import attrs

from ._args import published_date as _published
from ._args import sample_size as _sample_size
from .anchors import regions
from .attribution import attribute
from .comparison import Comparison, find_comparisons
from .document import Document
from .groups import carry_frames_in
from .matchers import find_statistics
from .model import Statistic
from .text import Sentence, headline
from .tokens import tokens

__all__ = ["Extraction", "extract"]


@attrs.frozen
class Extraction:
    """The result of :func:`extract` on one text."""

    text: str = attrs.field(repr=False)
    statistics: tuple[Statistic, ...]
    published: _dt.date | None = None
    comparisons: tuple[Comparison, ...] = ()
    #: the text's sentences as extract() split them, so records() does not split again
    _sentences: tuple[Sentence, ...] | None = attrs.field(
        default=None, repr=False, eq=False, kw_only=True)

    def records(self) -> list[dict[str, Any]]:
        """Flat JSON-ready dicts, one per statistic, then one per comparison (schema in
        docs/schema.md). A comparison with a baseline computed from a stated change ("up 5
        points to 47%" gives 42 -> 47) has ``derived: true``."""
        from .records import comparison_record, statistic_record
        from .survey import survey_flags

        flags = (survey_flags(self.text, self.statistics, self.comparisons, self._sentences)
                 if self.statistics else [])
        recs = [statistic_record(st, survey=flag)
                for st, flag in zip(self.statistics, flags, strict=True)]
        recs += [comparison_record(c, self.text) for c in self.comparisons]
        return recs

    # REPL manners: a short repr, len() and iteration over the statistics.

    def __repr__(self) -> str:
        """``<Extraction: 3 statistics, 1 comparison; 'Nearly two-thirds (64%) of…' (63
        characters)>`` — counts and the first words, never the whole text."""
        words = " ".join(self.text[:200].split())
        head = words if len(words) <= 40 else words[:39].rstrip() + "…"
        n, m = len(self.statistics), len(self.comparisons)
        counts = f"{n} statistic{'' if n == 1 else 's'}, {m} comparison{'' if m == 1 else 's'}"
        pub = f", published {self.published.isoformat()}" if self.published else ""
        return f"<Extraction: {counts}; {head!r} ({len(self.text):,} characters){pub}>"

    def __len__(self) -> int:
        """The number of statistics."""
        return len(self.statistics)

    def __iter__(self) -> Iterator[Statistic]:
        """The statistics, in text order."""
        return iter(self.statistics)

    # Exports and the notebook view live in export.py and html.py (imported on first use).

    def to_jsonl(self) -> str:
        """The records as JSON Lines text (see :func:`pollstats.export.to_jsonl`)."""
        from .export import to_jsonl

        return to_jsonl(self)

    def to_csv(self) -> str:
        """The records as CSV text with a header (see :func:`pollstats.export.to_csv`)."""
        from .export import to_csv

        return to_csv(self)

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame; needs ``pip install 'pollstats-extract[pandas]'``."""
        from .export import to_dataframe

        return to_dataframe(self)

    def _repr_html_(self) -> str:
        """The text with every statistic highlighted, for Jupyter (see :mod:`pollstats.html`)."""
        from .html import render

        return render(self)


def extract(
    text: str, *, published: _dt.date | str | None = None, sample_size: int | None = None,
    headline_stats: bool = False,
) -> Extraction:
    """Every survey statistic in ``text``, and the comparisons between them.

    Arguments:
        text: any ``str`` (prose: news, reports, transcripts); never raises for a ``str``.
        published: the publication date, for dates written relative to it ("last year",
            "in May") — a ``date``, a ``datetime``, or a string ``YYYY-MM-DD``, ``YYYY-MM``
            (the first of the month) or ``YYYY`` (1 January). Without it, a dateline in the
            text ("LONDON, 17 June 2025 –") serves.
        sample_size: respondents per survey wave (an ``int`` from 1 to 10,000,000,000), when
            known, lets comparisons say whether a change exceeds sampling error; sample sizes
            and margins of error in the text serve too.
        headline_stats: also give the figures of the text's headline. By default a first
            line that reads as a headline (short, on its own line above more text, not a
            sentence, a list item or a row; see :func:`pollstats.text.headline`) gives no
            statistics: a headline repeats a figure of the body, as a title, not as data.
            Attribution still reads it (a pollster named only there counts for the text).

    Returns:
        An :class:`Extraction`: ``.statistics`` (a tuple of :class:`~pollstats.Statistic`, in
        text order), ``.comparisons``, ``.records()`` (flat JSON-ready dicts) and the exports
        ``to_jsonl``/``to_csv``/``to_dataframe``; ``len()`` and iteration go over the
        statistics.

    Raises:
        TypeError: ``text`` is not a ``str``; ``published``, ``sample_size`` or
            ``headline_stats`` of another type (``sample_size=True`` or ``"1000"`` included).
        PollstatsError: a ``published`` string of another form (``"May 2, 2024"``,
            ``"20240502"``, ``""``) or an impossible date; a ``sample_size`` below 1 or above
            the maximum. (``PollstatsError`` is a ``ValueError``.)

    >>> ex = extract("Support fell to 38% (n=1,012).")
    >>> [(s.text, s.kind, s.low) for s in ex.statistics]
    [('38%', 'share', 38.0), ('n=1,012', 'sample_size', 1012.0)]
    >>> text = "Support slides to 38% in new poll\\n\\nSupport fell to 38% in May, from 41%."
    >>> [s.start for s in extract(text).statistics]
    [51, 68]
    >>> [s.start for s in extract(text, headline_stats=True).statistics]
    [18, 51, 68]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    pub = _published(published)
    sample_size = _sample_size(sample_size)
    if not isinstance(headline_stats, bool):
        raise TypeError(f"headline_stats must be a bool, not {type(headline_stats).__name__}")
    spans = regions(text)
    found = find_statistics(text, tokens(text, spans), spans) if spans else []
    title = headline(text) if found else None
    if title is not None and not headline_stats:
        found = [st for st in found if st.start >= title.end]
    if not found:
        return Extraction(text, (), pub, ())
    doc = Document.read(text, found, title=title)
    # a group frame carries
    stats = carry_frames_in(text, attribute(doc, pub), doc.sentences, doc.samples)
    comparisons = find_comparisons(text, stats, sample_size=sample_size, sentences=doc.sentences)
    return Extraction(text, tuple(stats), pub, comparisons, sentences=doc.sentences)
