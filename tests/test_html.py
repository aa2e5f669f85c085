"""The notebook view, checked by parsing its HTML with the standard library's parser."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import attrs
import pytest

import pollstats
from pollstats import html as ps_html
from pollstats.model import Cue


class Marks(HTMLParser):
    """Every <mark>: its attributes and its full text (nested marks included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, Any]] = []
        self.open: list[dict[str, Any]] = []
        self.tags: list[str] = []
        self.text_div: list[str] = []
        self.in_text = 0
        self.items: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs_)
        if tag == "div" and a.get("class") == "ps-text":
            self.in_text = 1
        elif tag == "div" and self.in_text:
            self.in_text += 1
        if tag == "mark":
            mark = {"attrs": a, "text": ""}
            self.marks.append(mark)
            self.open.append(mark)
        if tag == "li":
            self.items.append({"attrs": a, "links": [], "text": ""})
        if tag == "a" and self.items:
            self.items[-1]["links"].append(a["href"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()
        if tag == "div" and self.in_text:
            self.in_text -= 1

    def handle_data(self, data: str) -> None:
        for mark in self.open:
            mark["text"] += data
        if self.in_text:
            self.text_div.append(data)
        if self.items and self.tags and self.tags[-1] in ("li", "a"):
            self.items[-1]["text"] += data


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    assert parser.open == []  # every mark closed
    return parser


def test_every_statistic_is_marked_with_its_text_and_label() -> None:
    text = "A poll of 1,020 adults found nearly two-thirds (64%) in favour, up 5 points."
    ex = pollstats.extract(text)
    page = parse(ex._repr_html_())
    assert "".join(page.text_div) == text  # the whole text, in order, nothing added
    got = [(m["text"], m["attrs"]["data-kind"], m["attrs"]["data-label"]) for m in page.marks]
    assert got == [
        ("1,020 adults", "sample_size", "sample_size 1,020"),
        ("two-thirds", "share", "share ~66.667%"),
        ("64%", "share", "share 64%"),
        ("5 points", "change", "change +5 pts"),
    ]
    for mark, st in zip(page.marks, ex.statistics, strict=True):
        a = mark["attrs"]
        assert (int(a["data-start"]), int(a["data-end"])) == (st.start, st.end)
        assert (float(a["data-low"]), float(a["data-high"])) == (st.low, st.high)
        assert (a["data-unit"], a["data-qualifier"]) == (st.unit, st.qualifier)
        assert a["title"].startswith(f"{st.kind}: ") and st.unit in a["title"]
        assert f"ps-{st.kind}" in a["class"].split()


def test_attribution_appears_in_data_attributes_and_title() -> None:
    ex = pollstats.extract("Gallup found 41% approval.")
    (st,) = ex.statistics
    st = attrs.evolve(st, source=Cue("Gallup", 0, 6, "Gallup"),
                      period=Cue("2024-05", 0, 0, ""), subgroup=Cue("women", 0, 0, ""),
                      population=None, measure=Cue("approval", 0, 0, ""))
    ex = attrs.evolve(ex, statistics=(st,))
    (mark,) = parse(ps_html.render(ex)).marks
    a = mark["attrs"]
    assert (a["data-source"], a["data-period"], a["data-subgroup"], a["data-measure"]) == (
        "Gallup", "2024-05", "women", "approval")
    assert "data-population" not in a
    assert a["title"] == ("share: 41% (percent, exact) · source: Gallup · period: 2024-05 · "
                          "subgroup: women · measure: approval")


def test_input_is_escaped_everywhere() -> None:
    text = "<script>alert('x')</script> \"Quoted\" & 41% <b>bold</b> 'single', up 5 points"
    ex = pollstats.extract(text)
    cue = Cue('"><script>evil()</script>', 0, 0, "")
    ex = attrs.evolve(ex, statistics=tuple(attrs.evolve(s, source=cue) for s in ex.statistics))
    html = ps_html.render(ex)
    page = parse(html)
    assert "script" not in page.tags and "b" not in page.tags
    assert set(page.tags) <= {"style", "div", "mark", "ol", "li", "a"}
    assert "".join(page.text_div) == text
    assert [m["attrs"]["data-source"] for m in page.marks] == [cue.value] * 2
    assert "<script>" not in html.replace("<style>", "")


def test_split_nests_the_second_figure_inside_the_first() -> None:
    text = "Members backed the deal 71 to 23 percent."
    ex = pollstats.extract(text)
    html = ex._repr_html_()
    page = parse(html)
    assert [m["text"] for m in page.marks] == ["71 to 23 percent", "23 percent"]
    assert "71 to <mark" in html and "</mark></mark>" in html
    assert "".join(page.text_div) == text


def _extraction(text: str, spans: list[tuple[int, int]]) -> pollstats.Extraction:
    stats = tuple(
        pollstats.Statistic(text[s:e], s, e, "share", 1.0, 1.0, "percent") for s, e in spans
    )
    return pollstats.Extraction(text, stats)


def test_crossing_spans_are_clipped() -> None:
    text = "0123456789abcdefghij"
    page = parse(ps_html.render(_extraction(text, [(0, 10), (5, 15), (7, 8), (9, 12)])))
    by_start = {int(m["attrs"]["data-start"]): m for m in page.marks}
    assert by_start[0]["text"] == "0123456789"
    assert by_start[7]["text"] == "7"  # opens inside the first, where it belongs
    assert by_start[5]["text"] == "abcde" and by_start[5]["attrs"]["data-clipped"] == "true"
    assert by_start[9]["text"] == "ab" and "data-clipped" in by_start[9]["attrs"]
    assert "data-clipped" not in by_start[0]["attrs"]
    assert "".join(page.text_div) == text


@pytest.mark.parametrize(
    "spans",
    [[(0, 4), (0, 4)], [(0, 8), (2, 4), (2, 6), (3, 9)], [(1, 3), (3, 5), (5, 7)], []],
)
def test_layout_keeps_text_whole(spans: list[tuple[int, int]]) -> None:
    text = "abcdefghij"
    page = parse(ps_html.render(_extraction(text, spans)))
    assert "".join(page.text_div) == text
    assert len(page.marks) == len(spans)
    for m in page.marks:
        s, e = int(m["attrs"]["data-start"]), int(m["attrs"]["data-end"])
        assert text[s:e].endswith(m["text"]) and m["text"]


def test_comparisons_link_both_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Support fell from 45% in 2019 to 38% this year."
    ex = pollstats.extract(text)
    stats = [r for r in ex.records() if r["type"] == "statistic"]
    comp = {"type": "comparison", "unit": "percent",
            "from": {"low": 45.0, "high": 45.0, "period": "2019", "start": 18, "end": 21},
            "to": {"low": 38.0, "high": 38.0, "period": None, "start": 33, "end": 36},
            "change_points": -7.0, "change_relative": -0.156, "stated": "fell",
            "consistent": True}
    monkeypatch.setattr(pollstats.Extraction, "records", lambda self: [*stats, comp])
    page = parse(ps_html.render(ex))
    linked = [(m["text"], m["attrs"].get("data-comparison")) for m in page.marks]
    assert linked == [("45%", "c0"), ("38%", "c0")]
    (item,) = page.items
    assert item["attrs"]["data-comparison"] == "c0"
    ids = [m["attrs"]["id"] for m in page.marks]
    assert item["links"] == [f"#{ids[0]}", f"#{ids[1]}"]
    assert item["text"].startswith("45% (2019) → 38%: -7 pts")


def test_summary_line_and_ids_unique_per_view() -> None:
    """The same text shown twice (two notebook cells) gets different element ids, so links
    from one view never jump into the other; otherwise the views are the same."""
    import re

    ex = pollstats.extract("Only 12% agreed, down from 15%.")
    first, second = ps_html.render(ex), ex._repr_html_()
    ids_first = re.findall(r'id="([^"]+)"', first)
    ids_second = re.findall(r'id="([^"]+)"', second)
    assert len(ids_first) == len(set(ids_first)) >= 3
    assert not set(ids_first) & set(ids_second)
    hrefs = re.findall(r'href="#([^"]+)"', first)
    assert hrefs and set(hrefs) <= set(ids_first)
    assert re.sub(r"pollstats-\w+-\d+", "ID", first) == re.sub(r"pollstats-\w+-\d+", "ID", second)
    assert "1 statistic<" in pollstats.extract("Only 12% agreed.")._repr_html_()
    assert "0 statistics" in pollstats.extract("")._repr_html_()
