"""A text's headline line gives no statistics unless ``extract(..., headline_stats=True)``
(the gold conventions leave numbers inside titles out); attribution still reads it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import pollstats
from pollstats import cli
from pollstats.document import Document
from pollstats.stream import iter_statistics
from pollstats.text import headline

# Headlines in several national styles, each above a body that repeats its figure.
HEADLINED = [
    "Support for the carbon levy slips to 38% as Prairie voters sour, Abacus poll finds\n\n"
    "Support for the levy fell to 38% this month, from 44% in March.",
    "Labor's two-party lead narrows to 51-49 in latest Newspoll\n\n"
    "Labor leads the Coalition 51-49 on a two-party-preferred basis.",
    "Two in three Britons want a vote on the final deal — Opinium\n"
    "Some 66 per cent of adults said they wanted a say, Opinium found.",
    "NDA ahead with 44.5% vote share in CVoter tracker: India bloc at 38%\n\n"
    "The NDA is on 44.5 per cent and the INDIA bloc on 38 per cent.",
    "Macron's approval sinks to 24 per cent in Elabe barometer\r\n\r\n"
    "Only 24 per cent of French adults approve, Elabe says.",
]


@pytest.mark.parametrize("text", HEADLINED, ids=range(len(HEADLINED)))
def test_headline_figures_are_left_out(text: str) -> None:
    span = headline(text)
    assert span is not None
    assert text[span.start:span.end] == text.split("\n", 1)[0].strip()
    stats = pollstats.extract(text).statistics
    assert stats and all(st.start >= span.end for st in stats)
    kept = pollstats.extract(text, headline_stats=True).statistics
    assert any(st.start < span.end for st in kept)
    assert [st for st in kept if st.start >= span.end] == list(stats)


# Near misses: first lines that are no headline, whose figures stay.
NOT_HEADLINES = [
    # a complete sentence with a stop
    "Support for the levy fell to 38% in May.\nIt was 44% in March.",
    'A majority, 54%, said "no."\nThe rest were unsure.',
    # one line only
    "Support for the levy slips to 38% in new poll",
    "Support for the levy slips to 38% in new poll\n\n   \n",
    # a bullet, a numbered item, a table row, a label, a row of results
    "- Labour 38%\n- Conservatives 24%",
    "• 41% of renters skip meals\n• 22% of owners do",
    "1. Cost of living 41%\n2. Health 22%",
    "Party | Share\nLabour | 38%",
    "Support: 38%\nOpposition: 51%",
    "Labour 38%, Reform 27%\nConservatives 18%, Lib Dems 12%",
    # a lede without a title: a long first paragraph, or one that ends in a stop
    "OTTAWA — Support for the federal carbon levy has fallen to 38 per cent, according to a "
    "new Abacus Data survey that also shows a widening gap between Prairie voters and the rest "
    "of the country on climate policy and the cost of living\nThe survey ran May 2-6.",
    # a line wrapped in mid-sentence, and a list header
    "A new poll finds that 45% of voters\nback the plan, up from 38% in May.",
    "Labour's share by region, 38% overall\n• North 44%\n• South 31%",
]


@pytest.mark.parametrize("text", NOT_HEADLINES, ids=range(len(NOT_HEADLINES)))
def test_no_headline_keeps_first_line_figures(text: str) -> None:
    assert headline(text) is None
    first_end = text.find("\n") if "\n" in text else len(text)
    stats = pollstats.extract(text).statistics
    assert stats == pollstats.extract(text, headline_stats=True).statistics
    if any(c.isdigit() for c in text[:first_end]):
        assert any(st.start < first_end for st in stats)


@pytest.mark.parametrize("title", [
    "Leger poll: Carney's Liberals widen lead",
    "Carney's Liberals widen lead to 44%, Leger poll finds",
])
def test_headline_pollster_still_attributes(title: str) -> None:
    text = (f"{title}\n\n"
            "The Liberals are at 44% and the Conservatives at 37%, up from 35% in April.")
    stats = pollstats.extract(text).statistics
    assert [st.text for st in stats] == ["44%", "37%", "35%"]
    assert all(st.source is not None and st.source.value == "Leger" for st in stats)


def test_document_exposes_the_title() -> None:
    text = "Approval slides to 38% in new poll\n\nApproval fell to 38% in May."
    stats = pollstats.extract(text).statistics
    doc = Document.read(text, stats)
    assert doc.title is not None
    assert text[doc.title.start:doc.title.end] == "Approval slides to 38% in new poll"
    assert Document.read("Approval fell to 38% in May.", stats).title is None


def test_headline_stats_is_a_bool() -> None:
    with pytest.raises(TypeError):
        pollstats.extract("A\nB 38%", headline_stats="yes")  # type: ignore[arg-type]


def test_stream_keeps_only_the_first_blocks_headline_out() -> None:
    text = ("Approval slides to 38% in new poll\n\nApproval fell to 38% in May.\n\n"
            "Approval rises to 41% in June poll\n\nIt was 41% in June.\n")
    whole = [(st.text, st.start) for st in pollstats.extract(text).statistics]
    streamed = [(st.text, st.start) for st in iter_statistics(text, block_chars=30, context=0)]
    assert whole[0][1] > 30 and streamed == whole
    kept = [(st.text, st.start)
            for st in iter_statistics(text, block_chars=30, context=0, headline_stats=True)]
    assert kept[0] == ("38%", 19)


def test_cli_headline_stats_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Approval slides to 38% in new poll\n\nApproval fell to 38% in May.\n",
                    encoding="utf-8")
    for argv, starts in (([], [53]), (["--headline-stats"], [19, 53])):
        assert cli.main(["extract", str(path), "--format", "jsonl", *argv]) == 0
        out = capsys.readouterr().out
        assert [r["start"] for r in map(json.loads, out.splitlines())
                if r["type"] == "statistic"] == starts


def test_extract_many_passes_headline_stats() -> None:
    text = "Approval slides to 38% in new poll\n\nApproval fell to 38% in May."
    (default,) = pollstats.extract_many([text], workers=1)
    (kept,) = pollstats.extract_many([text], workers=1, headline_stats=True)
    assert [r["start"] for r in default] == [53]
    assert [r["start"] for r in kept if r["type"] == "statistic"] == [19, 53]
    with pytest.raises(TypeError):
        list(pollstats.extract_many([text], workers=1, headline_stats=1))  # type: ignore[call-overload]
