"""Series across documents: one tracking question's figures from many articles, in time order.

(The module is ``tracking`` so that ``pollstats.series`` stays the function.)

:func:`series` takes extractions (or their records) from many documents and groups comparable
shares — same source, same measure (normalized: lower case, stop words dropped), population and
group (the subgroup's key: "GOP voters" and "Republicans" meet, "men" and "women" never do) —
into :class:`Series` of :class:`SeriesPoint`, ordered by period. A figure without a
fieldwork period is dated by its document's publication month when that is known
(``dated_by="published"``), else left out — except the baseline of a comparison ("up from 38%
two years ago"), which is never the current figure.

Until attribution names a measure for every figure, pass ``key=``: a function of the record
(with ``document``, ``published`` and ``context`` — the sentence — added) returning any hashable
group, or None to leave the figure out; series are always split by the subgroup's key too.

>>> import pollstats
>>> docs = {
...     "a": pollstats.extract("A Gallup poll in May 2022 found 41% backed the plan."),
...     "b": pollstats.extract("A Gallup poll in May 2024 found 47% backed the plan."),
... }
>>> (s,) = pollstats.series(docs, key=lambda r: (r["source"], "backed the plan" in r["context"]))
>>> [(p.period, p.low, p.document) for p in s.points]
[('2022-05', 41.0, 'a'), ('2024-05', 47.0, 'b')]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs
import regex

from .period import Period, period_of
from .samples import NSource, Sample, Sized, SizedEnd, SizeIndex, sample_group

if TYPE_CHECKING:
    import pandas

    from .pipeline import Extraction

__all__ = ["Series", "SeriesPoint", "normalize_measure", "series"]

Record = Mapping[str, Any]
_FAR = _dt.date.max
Key = Callable[[Record], Hashable | None]
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_PERCENT_TEXT = regex.compile(r"%|percent|per\s?cent|pct", regex.IGNORECASE)


@functools.cache
def _stopwords() -> frozenset[str]:
    from .pair_rules_groups import STOPWORDS

    return frozenset(STOPWORDS)


def normalize_measure(measure: str | None) -> str | None:
    """A measure as a grouping key: lower case, words only, stop words dropped.

    >>> normalize_measure("Say the country is on the RIGHT track")
    'country right track'
    """
    if not measure:
        return None
    kept = [w for w in _WORD.findall(measure.lower()) if w not in _stopwords()]
    return " ".join(kept) or None


@attrs.frozen
class SeriesPoint:
    """One figure of a series: its period, value interval, where it was read."""

    period: str
    low: float
    high: float
    unit: str
    source: str | None
    document: str
    text: str
    start: int
    end: int
    qualifier: str = "exact"
    #: the margin of error (points) for the point's n: the stated one, else implied by n
    margin_of_error: float | None = None
    dated_by: Literal["period", "published"] = "period"
    #: respondents behind the point and where that number came from (as for comparisons:
    #: :mod:`pollstats.samples`)
    n: float | None = None
    n_source: NSource | None = None

    @property
    def value(self) -> float:
        return (self.low + self.high) / 2


@attrs.frozen
class Series:
    """Comparable figures from many documents in time order. ``key`` is the group they share;
    ``source``/``measure``/``population``/``subgroup`` are those of its points where they all
    agree (else None); ``subgroup_key`` is the key of the group all its points are about."""

    key: Any
    points: tuple[SeriesPoint, ...]
    source: str | None = None
    measure: str | None = None
    population: str | None = None
    subgroup: str | None = None
    unit: str = "percent"
    subgroup_key: str | None = None

    @property
    def label(self) -> str:
        """A name for the line of a chart: source, measure and subgroup."""
        parts = [p for p in (self.source, self.measure, self.subgroup) if p]
        return " · ".join(parts) or str(self.key)

    def to_records(self) -> list[dict[str, Any]]:
        """The long table: one row per point, with the series' fields repeated."""
        return [
            {
                "series": self.label, "source": p.source, "measure": self.measure,
                "population": self.population, "subgroup": self.subgroup,
                "subgroup_key": self.subgroup_key,
                "period": p.period, "low": p.low, "high": p.high, "value": p.value,
                "unit": p.unit, "qualifier": p.qualifier, "margin_of_error": p.margin_of_error,
                "n": p.n, "n_source": p.n_source,
                "document": p.document, "text": p.text, "start": p.start, "end": p.end,
                "dated_by": p.dated_by,
            }
            for p in self.points
        ]

    def _repr_html_(self) -> str:
        from .html import series_html

        return series_html(self)

    def to_dataframe(self) -> pandas.DataFrame:
        """The long table as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError(
                "Series.to_dataframe() needs pandas: pip install 'pollstats-extract[pandas]'"
            ) from e
        frame: pandas.DataFrame = pd.DataFrame.from_records(self.to_records())
        return frame


def subgroup_key_of(rec: Record) -> str | None:
    """Whom a record's figure is about, as series compare it: its ``subgroup_key``, else its
    subgroup's words (lower case) when they have no key; None for the whole sample."""
    key = rec.get("subgroup_key")
    if key:
        return str(key)
    words_ = rec.get("subgroup")
    return " ".join(str(words_).lower().split()) if words_ else None


def default_key(rec: Record) -> Hashable | None:
    """(source, normalized measure, population, subgroup key); None without a measure."""
    measure = normalize_measure(rec.get("measure"))
    if measure is None:
        return None
    return (rec.get("source"), measure, rec.get("population"), subgroup_key_of(rec))


# -- inputs --------------------------------------------------------------------------------


def _from_extraction(ex: Extraction, doc: str) -> list[dict[str, Any]]:
    from .records import statistic_record
    from .text import sentences

    sents = sentences(ex.text)
    starts = [s.start for s in sents]
    # the ends of a comparison: a baseline takes the comparison's period (which may be
    # None when attribution gave it the period of the later figure) and is never dated by
    # publication; an end without a measure takes the measure of the other end
    measure_of: dict[tuple[int, int], str] = {}
    baseline_period: dict[tuple[int, int], str | None] = {}
    for c in ex.comparisons:
        if c.derived or c.kind != "over_time":
            continue
        baseline_period[(c.from_.start, c.from_.end)] = (
            None if c.from_period is None else str(c.from_period))
        if c.measure is not None:
            for end in (c.from_, c.to):
                measure_of.setdefault((end.start, end.end), c.measure.value)
    published = (str(Period.of_date(ex.published, "month")) if ex.published is not None
                 else None)
    out = []
    for st in ex.statistics:
        rec = statistic_record(st)
        span = (st.start, st.end)
        if rec["measure"] is None:
            rec["measure"] = measure_of.get(span)
        if span in baseline_period:
            rec["period"] = baseline_period[span]
            rec["baseline"] = True
        k = bisect.bisect_right(starts, st.start) - 1
        sent = sents[k] if k >= 0 else None
        rec["context"] = ex.text[sent.start : sent.end] if sent is not None else ""
        rec["document"] = doc
        rec["published"] = published
        out.append(rec)
    return out


def _records(items: Any) -> list[dict[str, Any]]:
    """Statistic records, each with ``document`` (and ``published``, ``context`` when known)."""
    from .pipeline import Extraction

    def doc_records(item: Any, doc: str) -> list[dict[str, Any]]:
        if isinstance(item, Extraction):
            return _from_extraction(item, doc)
        if isinstance(item, Mapping):
            rec = dict(item)
            rec.setdefault("document", doc)
            return [rec]
        if isinstance(item, str | bytes) or not isinstance(item, Iterable):
            raise TypeError(
                f"series() takes extractions or records, not {type(item).__name__}"
            )
        out: list[dict[str, Any]] = []
        for r in item:
            if not isinstance(r, Mapping):
                raise TypeError(f"a document's records must be dicts, not {type(r).__name__}")
            rec = dict(r)
            rec.setdefault("document", doc)
            out.append(rec)
        return out

    if isinstance(items, Extraction):
        return _from_extraction(items, "0")
    if isinstance(items, Mapping):
        return [r for name, item in items.items() for r in doc_records(item, str(name))]
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise TypeError(f"series() takes extractions or records, not {type(items).__name__}")
    return [r for i, item in enumerate(items) for r in doc_records(item, str(i))]


# -- grouping ------------------------------------------------------------------------------


def _samples(recs: list[dict[str, Any]]) -> Callable[[Record], Sample | None]:
    """The sample size behind a figure and where it came from, chosen as for comparisons
    (:func:`pollstats.samples.choose`) among the sample sizes and margins of its document:
    stated for it, for its group, or for its whole survey (not another pollster's or wave's;
    a baseline of a comparison takes only an n of its own dated wave)."""
    sent_of: dict[tuple[Any, Any], int] = {}
    sizes: dict[Any, list[Sized]] = {}
    starts: dict[Any, list[int]] = {}

    def sent(r: Record) -> int:
        ctx = r.get("context")
        if not ctx:
            return -1 - len(sent_of)  # no sentence known: a sentence of its own
        return sent_of.setdefault((r.get("document"), ctx), len(sent_of))

    for r in recs:
        if r.get("type", "statistic") != "statistic":
            continue
        doc = r.get("document")
        start, end = int(r.get("start", 0)), int(r.get("end", 0))
        if r.get("kind", "share") == "share":
            starts.setdefault(doc, []).append(start)
            continue
        group = r.get("subgroup_key") or r.get("subgroup") or sample_group(str(r.get("text", "")))
        sized = Sized.of(
            str(r.get("kind")), float(r.get("high", 0.0)), start, end, sent(r),
            r.get("source"), r.get("period"), group,
        )
        if sized is not None:
            sizes.setdefault(doc, []).append(sized)

    def sample(r: Record) -> Sample | None:
        doc = r.get("document")
        end = SizedEnd(
            int(r.get("start", 0)), int(r.get("end", 0)), sent(r), r.get("source"),
            r.get("period"), r.get("subgroup_key") or r.get("subgroup"),
            earlier=bool(r.get("baseline")),
        )
        if doc not in indexes:
            indexes[doc] = SizeIndex(sizes.get(doc, []), starts.get(doc, []))
        return indexes[doc].choose(end)

    indexes: dict[Any, SizeIndex] = {}
    return sample


def _agreed(values: Iterable[Any]) -> Any:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def series(
    items: Any, *, key: Key | None = None, min_points: int = 2
) -> tuple[Series, ...]:
    """Comparable shares of many documents, grouped by ``key`` and ordered by period.

    ``items``: a mapping ``{document name: Extraction or list of records}``, or an iterable of
    extractions, lists of records (one list per document) or single records (with an optional
    ``document`` field). ``key(record)`` gives a figure's group, or None to leave it out; the
    default is (source, normalized measure, population, subgroup key) and needs a measure;
    figures about different groups (subgroup keys) are never in one series, whatever ``key``.
    Series with fewer than ``min_points`` points are dropped. Within a document, a fraction
    word beside the same figure in digits (``two-thirds (66%)``) gives way to the digits; the
    same period and value reported twice is kept once.
    """
    recs = _records(items)
    group_of = key or default_key
    margin = _samples(recs)
    groups: dict[tuple[Hashable, str | None, str], list[tuple[Record, str, str]]] = {}
    for r in recs:
        if r.get("type", "statistic") != "statistic" or r.get("kind", "share") != "share":
            continue
        g = group_of(r)
        if g is None:
            continue
        period, dated_by = r.get("period"), "period"
        if not period and not r.get("baseline"):
            period, dated_by = r.get("published"), "published"
        if not period or period_of(period) is None:
            continue
        bucket = (g, subgroup_key_of(r), str(r.get("unit", "percent")))
        groups.setdefault(bucket, []).append((r, period, dated_by))
    out: list[Series] = []
    for (g, group, unit), members in groups.items():
        points = _points(members, margin)
        if len(points) < min_points:
            continue
        rs = [r for r, _, _ in members]
        out.append(Series(
            g, tuple(points),
            source=_agreed(r.get("source") for r in rs),
            measure=_agreed(normalize_measure(r.get("measure")) for r in rs),
            population=_agreed(r.get("population") for r in rs),
            subgroup=_agreed(r.get("subgroup") for r in rs),
            unit=unit,
            subgroup_key=group,
        ))
    return tuple(out)


def _points(
    members: list[tuple[Record, str, str]], margin: Callable[[Record], Sample | None]
) -> list[SeriesPoint]:
    digits = {
        (r.get("document"), period)
        for r, period, _ in members
        if _PERCENT_TEXT.search(str(r.get("text", ""))) is not None
    }
    seen: set[tuple[str, float, float]] = set()
    points: list[SeriesPoint] = []
    for r, period, dated_by in members:
        doc = r.get("document")
        if (doc, period) in digits and _PERCENT_TEXT.search(str(r.get("text", ""))) is None:
            continue
        low = float(r.get("low", r.get("value", 0.0)))
        high = float(r.get("high", low))
        if (period, low, high) in seen:
            continue
        seen.add((period, low, high))
        n = margin(r)
        points.append(SeriesPoint(
            period, low, high, str(r.get("unit", "percent")), r.get("source"), str(doc),
            str(r.get("text", "")), int(r.get("start", 0)), int(r.get("end", 0)),
            str(r.get("qualifier") or "exact"), n.margin if n is not None else None,
            "published" if dated_by == "published" else "period",
            n.n if n is not None else None, n.source if n is not None else None,
        ))
    dated = [(period_of(p.period), n, p) for n, p in enumerate(points)]
    return [p for when, _, p in sorted(
        dated, key=lambda x: (x[0].middle if x[0] is not None else _FAR, x[1]))]
