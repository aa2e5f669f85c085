"""Anchor-first scanning (pollstats/anchors.py): the windows it keeps hold every statistic a
scan of every number token finds, and prose without anchors is skipped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from invariants import PIECES

from pollstats._data import table
from pollstats.anchors import regions
from pollstats.matchers import find_statistics
from pollstats.testing import survey_sentences
from pollstats.tokens import tokens


def _stats(text: str, gated: bool) -> list[tuple[object, ...]]:
    if gated:
        spans = regions(text)
        found = find_statistics(text, tokens(text, spans), spans) if spans else []
    else:
        found = find_statistics(text, tokens(text))
    return [(s.start, s.end, s.kind, s.low, s.high, s.unit, s.qualifier) for s in found]


def _well_formed(text: str, spans: list[tuple[int, int]]) -> None:
    last = -1
    for lo, hi in spans:
        assert 0 <= lo < hi <= len(text)
        assert lo > last  # sorted and disjoint
        last = hi


SENTENCES = [
    "Support rose to 45% in May, up from 41 percent.",
    "Nearly two-thirds of voters, and one in five adults, said so.",
    "Approval fell 6 points; disapproval was 38 per cent, 3.5 times the 2019 level.",
    "The margin of error is plus or minus three points (n = 1,012).",
    "A poll of 1,600 adults found that 2,000 respondents disagreed.",
    "Labour leads 52-48 in the latest poll; its net rating is -12.",
    "Use doubled, and a quarter of firms said costs had halved; a twofold rise.",
    "Harris leads Trump 48 to 44 among likely voters, a 4-point lead.",
    "Seven in ten Canadians, three out of four parents and 1 in 4 teens agreed.",
    "The survey was conducted with 1,004 voters; 30pc said yes and 5 pts no.",
    "The weekend poll has the Tories 29, Labour 41, the Lib Dems 12 and others 18.",
    "Referendum poll, final week: Yes 47 No 45, with the rest unsure.",
    "In the Newspoll, which went to print late, the Coalition's primary vote slid to 30 from 34.",
    "Fine Gael is on 21 per cent in the poll. Sinn Féin is on 24, after a difficult month.",
    # a share cue far from the percent of its paragraph (matchers' share_cue)
    "YouGov put Plaid on 30 per cent in its final poll for ITV Wales, a lead it has held since "
    "the spring and one the party's strategists had hoped to widen before the vote. Reform were "
    "on 29, the Greens on 11.",
    "Ipsos gave the ANC 40 per cent in its last poll before the election, a figure that the "
    "party's own canvassers had called far too low in the weeks of the campaign. The DA's 22 "
    "was a record.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_statistic_sentences_gated_equals_full(sentence: str) -> None:
    filler = "The council met on Tuesday and the weather was mild for the season. " * 8
    text = filler + sentence + " " + filler
    assert _stats(text, gated=True) == _stats(text, gated=False) != []


@given(survey_sentences())
def test_generated_sentences_gated_equals_full(case: tuple[str, tuple[object, ...]]) -> None:
    text, _ = case
    assert _stats(text, gated=True) == _stats(text, gated=False)


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_odd_pieces_gated_equals_full(text: str) -> None:
    spans = regions(text)
    _well_formed(text, spans)
    assert _stats(text, gated=True) == _stats(text, gated=False)


def test_every_anchor_word_opens_a_window() -> None:
    for section in ("unit", "cue_after", "cue_before", "number"):
        for word, _ in table("anchors.txt")[section]:
            text = f"Officials spoke at length about the plan. It was 12 {word} at the time."
            spans = regions(text)
            assert spans, word
            assert any(lo <= text.index(f" {word} ") < hi for lo, hi in spans), word


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday to discuss the new library.",
        "It was the third straight game the team had won, and the tenth this year.",
        "Flight 2562 landed at 4:15 p.m. on May 16, 2021, at Gate 12.",
        "The 2019-20 season ended early; she lived at 4164 Station Road.",
    ],
)
def test_prose_without_anchors_has_no_window(text: str) -> None:
    assert regions(text) == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("A third of voters agreed.", "third"),
        ("Two-fifths disagreed.", "fifths"),
        ("Labour is ahead 52-48.", "52-48"),
        ("One in four adults agreed.", "in four"),
        ("It was 12\u00a0\u066a higher.", "\u066a"),
        ("fİve-sixths of voters", "sixths"),
    ],
)
def test_anchor_forms(text: str, inside: str) -> None:
    at = text.index(inside)
    assert any(lo <= at < hi for lo, hi in regions(text))


def test_windows_end_at_word_boundaries() -> None:
    text = ("word " * 60) + "Support was 45% then. " + ("more " * 60)
    for lo, hi in regions(text):
        assert lo == 0 or text[lo - 1].isspace()
        assert hi == len(text) or text[hi].isspace()
