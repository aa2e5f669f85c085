"""The notebook view: the text with every statistic highlighted (``Extraction._repr_html_``).

Each statistic is a ``<mark>`` whose text is exactly the statistic's text, with
``data-kind``, ``data-low``, ``data-high``, ``data-unit``, ``data-qualifier``, ``data-start``,
``data-end`` and, when known, ``data-source``, ``data-period``, ``data-subgroup``,
``data-population``, ``data-measure``; ``data-label`` (shown beside the mark, e.g.
``share 41%``) and ``title`` (shown on hover: kind, value, unit, qualifier, then source, period,
subgroup, population and measure when known). Both ends of a
comparison carry the comparison's id in ``data-comparison`` (space-separated when a statistic
is in several); the comparisons are listed below the text, linking to their ends.

Overlapping statistics: a span inside another (a vote split ``71 to 23 percent`` holds
``23 percent``) is a ``<mark>`` nested in the outer one, so both texts stay whole. A span that
starts inside another and ends after it is *clipped*: its mark starts where the other ends and
carries ``data-clipped``; ``data-start``/``data-end`` still give its whole span.

Every piece of the input is HTML-escaped, in text and in attributes.

>>> import pollstats
>>> html = render(pollstats.extract("Support fell to 38% <b>"))
>>> "&lt;b&gt;" in html and "<b>" not in html
True
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
from collections.abc import Callable, Mapping
from html import escape
from typing import TYPE_CHECKING, Any, Final

from .export import format_comparison, format_value

if TYPE_CHECKING:
    from .comparison import Comparison
    from .model import Statistic
    from .pipeline import Extraction
    from .tracking import Series

__all__ = ["comparison_html", "render", "series_html", "statistic_html"]

#: A number per view in this process, so that element ids stay unique in a notebook even when
#: the same text is shown twice.
_VIEWS = itertools.count(1)


def _prefix(text: str) -> str:
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"pollstats-{digest}-{next(_VIEWS)}"

_ATTRIBUTES: Final = ("source", "period", "subgroup", "population", "measure")

_STYLE: Final = """<style>
.pollstats{font-family:inherit;line-height:1.9}
.pollstats .ps-text{white-space:pre-wrap}
.pollstats mark{padding:0 .15em;border-radius:.25em;color:inherit}
.pollstats mark::after{content:attr(data-label);font-size:.7em;margin-left:.3em;opacity:.75}
.pollstats mark.ps-share{background:rgba(66,133,244,.22)}
.pollstats mark.ps-change{background:rgba(244,160,0,.28)}
.pollstats mark.ps-ratio{background:rgba(156,39,176,.2)}
.pollstats mark.ps-sample_size{background:rgba(120,120,120,.22)}
.pollstats mark.ps-margin_of_error{background:rgba(15,157,88,.22)}
.pollstats mark[data-comparison]{border-bottom:2px solid rgba(219,68,55,.8)}
.pollstats mark[data-clipped]{border-left:1px dashed currentColor}
.pollstats .ps-summary{font-size:.85em;opacity:.8}
</style>"""


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _label(rec: Mapping[str, Any]) -> str:
    return f"{rec['kind']} " + format_value(
        rec["low"], rec["high"], rec["unit"], kind=rec["kind"], qualifier=rec["qualifier"]
    )


def _title(rec: Mapping[str, Any]) -> str:
    value = format_value(rec["low"], rec["high"], rec["unit"], kind=rec["kind"])
    parts = [f"{rec['kind']}: {value} ({rec['unit']}, {rec['qualifier']})"]
    parts += [f"{name}: {rec[name]}" for name in _ATTRIBUTES if rec.get(name)]
    return " · ".join(parts)


def _layout(spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Display spans ``(start, end, index)`` that nest properly, in opening order.

    A span crossing the end of an open one restarts at that end (is clipped), and waits in the
    queue until then, so that spans starting earlier still open inside the right parent.
    """
    queue = [(s, -e, i) for i, (s, e) in enumerate(spans) if s < e]
    heapq.heapify(queue)
    placed: list[tuple[int, int, int]] = []
    stack: list[int] = []  # ends of the open display spans, outermost first
    while queue:
        s, neg_e, i = heapq.heappop(queue)
        e = -neg_e
        while stack and stack[-1] <= s:
            stack.pop()
        crossing = [end for end in stack if end < e]
        if crossing:
            heapq.heappush(queue, (max(crossing), neg_e, i))
            continue
        placed.append((s, e, i))
        stack.append(e)
    return placed


def _comparison_ids(records: list[dict[str, Any]], spans: list[tuple[int, int]]) -> tuple[
    dict[int, list[str]], list[tuple[str, dict[str, Any], list[int | None]]]
]:
    """Which statistics each comparison links (by the span of its ``from``/``to`` ends)."""
    by_span: dict[tuple[int, int], int] = {}
    for i, span in enumerate(spans):
        by_span.setdefault(span, i)
    links: dict[int, list[str]] = {}
    comparisons: list[tuple[str, dict[str, Any], list[int | None]]] = []
    for rec in records:
        if rec.get("type") != "comparison":
            continue
        cid = f"c{len(comparisons)}"
        ends: list[int | None] = []
        for side in ("from", "to"):
            end = rec.get(side)
            idx = None
            if isinstance(end, Mapping) and end.get("start") is not None:
                idx = by_span.get((end["start"], end["end"]))
            if idx is not None:
                links.setdefault(idx, []).append(cid)
            ends.append(idx)
        comparisons.append((cid, rec, ends))
    return links, comparisons


def _open_tag(prefix: str, i: int, rec: dict[str, Any], links: dict[int, list[str]],
              start: int) -> str:
    """The ``<mark>`` that opens statistic ``i`` (its record ``rec``) at ``start``."""
    attrs = [
        ("id", f"{prefix}-s{i}"),
        ("class", f"ps-stat ps-{rec['kind']}"),
        ("data-kind", rec["kind"]),
        ("data-low", f"{rec['low']:g}"),
        ("data-high", f"{rec['high']:g}"),
        ("data-unit", rec["unit"]),
        ("data-qualifier", rec["qualifier"]),
        ("data-start", rec["start"]),
        ("data-end", rec["end"]),
    ]
    attrs += [(f"data-{n}", rec[n]) for n in _ATTRIBUTES if rec.get(n) is not None]
    if i in links:
        attrs.append(("data-comparison", " ".join(links[i])))
    if start != rec["start"]:
        attrs.append(("data-clipped", "true"))
    attrs += [("data-label", _label(rec)), ("title", _title(rec))]
    return "<mark " + " ".join(f'{k}="{_attr(v)}"' for k, v in attrs) + ">"


def _marked(text: str, spans: list[tuple[int, int]], open_tag: Callable[[int, int], str]) -> str:
    """``text`` escaped, with the statistics' spans marked (nested as :func:`_layout` places
    them)."""
    out: list[str] = []
    pos = 0
    stack: list[int] = []
    for start, end, i in _layout(spans):
        while stack and stack[-1] <= start:
            out.append(escape(text[pos : stack[-1]]) + "</mark>")
            pos = stack.pop()
        out.append(escape(text[pos:start]) + open_tag(i, start))
        pos = start
        stack.append(end)
    while stack:
        out.append(escape(text[pos : stack[-1]]) + "</mark>")
        pos = stack.pop()
    out.append(escape(text[pos:]))
    return "".join(out)


def _comparison_list(prefix: str, stats: list[dict[str, Any]], comparisons: list[
    tuple[str, dict[str, Any], list[int | None]]
]) -> list[str]:
    """The ordered list of comparisons, each linking to its ends (empty without any)."""
    if not comparisons:
        return []
    parts = ['<ol class="ps-comparisons">']
    for cid, rec, ends in comparisons:
        targets = " ".join(
            f'<a href="#{prefix}-s{idx}">{escape(stats[idx]["text"])}</a>'
            for idx in ends if idx is not None
        )
        parts.append(
            f'<li id="{prefix}-{cid}" data-comparison="{cid}">'
            f"{escape(format_comparison(rec))} {targets}</li>"
        )
    parts.append("</ol>")
    return parts


def render(extraction: Extraction) -> str:
    """HTML for a notebook: the text with marks, then the list of comparisons."""
    text = extraction.text
    records = extraction.records()
    stats = [r for r in records if r.get("type") == "statistic"]
    spans = [(int(r["start"]), int(r["end"])) for r in stats]
    links, comparisons = _comparison_ids(records, spans)
    prefix = _prefix(text)
    marked = _marked(text, spans, lambda i, start: _open_tag(prefix, i, stats[i], links, start))
    n = len(stats)
    summary = f"{n} statistic{'' if n == 1 else 's'}"
    if comparisons:
        summary += f", {len(comparisons)} comparison{'' if len(comparisons) == 1 else 's'}"
    parts = [_STYLE, f'<div class="pollstats" id="{prefix}">',
             f'<div class="ps-text">{marked}</div>',
             f'<div class="ps-summary">{summary}</div>']
    parts += _comparison_list(prefix, stats, comparisons)
    parts.append("</div>")
    return "\n".join(parts)


def statistic_html(st: Statistic) -> str:
    """One statistic for a notebook: its text marked as in :func:`render`, then its value
    and attribution."""
    from .export import format_statistic

    rec = st.to_dict()
    return (f'<span class="pollstats" id="{_prefix(rec["text"])}">'
            f'<mark class="ps-stat ps-{_attr(rec["kind"])}" title="{_attr(_title(rec))}">'
            f"{escape(rec['text'])}</mark> {escape(format_statistic(rec))}</span>")


def comparison_html(c: Comparison) -> str:
    """One comparison for a notebook: the ends marked, then the change in one line."""
    from .export import format_comparison

    rec = c.to_dict()
    ends = " → ".join(f"<mark>{escape(end.text)}</mark>" for end in (c.from_, c.to))
    return (f'<span class="pollstats" id="{_prefix(format_comparison(rec))}">{ends}: '
            f"{escape(format_comparison(rec))}</span>")


def series_html(series: Series) -> str:
    """A series for a notebook: its label, then one table row per point."""
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in (
            p.period, format_value(p.low, p.high, p.unit, qualifier=p.qualifier),
            "" if p.margin_of_error is None else f"±{p.margin_of_error:g}",
            p.source or "", p.document, p.text)) + "</tr>"
        for p in series.points
    )
    head = "".join(f"<th>{h}</th>" for h in ("period", "value", "margin", "source",
                                              "document", "text"))
    return (f'<div class="pollstats" id="{_prefix(series.label)}">'
            f"<strong>{escape(series.label)}</strong> ({len(series.points)} points)"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>")
