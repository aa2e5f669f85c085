"""Gates of issue 16's second step: each skips work only where the work finds nothing.
Differential tests: the gated path against the ungated one, on every dev text and under
hypothesis."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import regex as _regex
from hypothesis import given
from hypothesis import strategies as st

from pollstats import pair_shared
from pollstats.periods import TIME, time_key

_DATA = sorted(Path(__file__).parent.glob("data/**/*.txt"))

#: Pieces of time phrases and of what stands near them, glued by hypothesis.
_TIME_PIECES = [
    "2023", "1999", "19", "20", "23", "2019-20", "–24", "5", "12th", "'s", " ", " ", ", ", ".",
    "(", ")", "in ", "since ", "of ", "the ", "last ", "previous ", "early ", "mid-", "late ",
    "October", "Oct.", "May", "March", "spring", "fall", "year", "years", "survey", "wave",
    "ago", "earlier", "before", "now", "two ", "a ", "the start of the year", "9%", "41 per cent",
    "x", "é", "K",
]


def _view(text: str) -> Any:
    return SimpleNamespace(text=text)


@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=30).map("".join),
       st.integers(0, 40), st.integers(0, 200))
def test_time_in_gate_equals_the_scan_generated(text: str, a: int, b: int) -> None:
    view = _view(text)
    assert (pair_shared._time_in(view, a, b)
            == pair_shared._time_in(view, a, b, gated=False))


@pytest.mark.parametrize("path", _DATA, ids=[p.parent.name + "/" + p.name for p in _DATA])
def test_time_in_gate_holds_on_every_dev_text(path: Path) -> None:
    """Every time phrase of the text that names a year holds year digits, so no slice
    without them holds a dated phrase."""
    text = path.read_text(encoding="utf-8")
    for m in pair_shared._DATED.finditer(text, overlapped=True):
        if time_key(m[0]).year is not None:
            assert pair_shared._YEAR_DIGITS.search(m[0]), m[0]


def _framed(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The figures' groups after the frame carry, gated and not."""
    from pollstats import pipeline as pl

    spans = pl.regions(text)
    found = pl.find_statistics(text, pl.tokens(text, spans), spans) if spans else []
    doc = pl.Document.read(text, found)
    attributed = pl.attribute(doc)
    gated, ungated = (
        [(s.start, s.subgroup, s.population)
         for s in pl.carry_frames_in(text, attributed, doc.sentences, doc.samples, gated=g)]
        for g in (True, False))
    return gated, ungated


@pytest.mark.parametrize("path", _DATA, ids=[p.parent.name + "/" + p.name for p in _DATA])
def test_frames_skip_paragraphs_without_figures(path: Path) -> None:
    gated, ungated = _framed(path.read_text(encoding="utf-8"))
    assert gated == ungated


_FRAME_PIECES = [
    "Among renters, the outlook is grim. ", "Parents of young children stand out. ",
    "Retirees are wary. ", "44% fear a rent rise. ", "Of them, 31% cut back. ",
    "Overall, 40% agree. ", "The weather was fine. ", "\n\n", "Women are split (48%). ",
    "Among farmers, 33% expect losses. ", "Another 12% are unsure. ",
]


@given(st.lists(st.sampled_from(_FRAME_PIECES), max_size=14).map("".join))
def test_frames_skip_paragraphs_without_figures_generated(text: str) -> None:
    gated, ungated = _framed(text)
    assert gated == ungated


_MANY_PIECES = [
    "across ", "in ", "the ", "all ", "more than ", "30 ", "three ", "twenty-four ", "several ",
    "countries", "markets", "nations", "economies", "member states", "24-nation", "9-country",
    "each ", "every ", "member state ", "country ", "surveyed", "polled", "global ",
    "worldwide ", "international ", "multi-country ", "cross-national ", "study", "poll",
    "average", "survey", " ", "\t", "\n", ", ", "-", "x", "ſ", "K", "İ", "é", "COUNTRIES",
    "Global Country Average", "national",
]


@given(st.lists(st.sampled_from(_MANY_PIECES), max_size=16).map("".join))
def test_many_countries_gate_equals_the_search_generated(text: str) -> None:
    from pollstats.group_places import says_many_countries

    assert says_many_countries(text) == says_many_countries(text, gated=False)


@pytest.mark.parametrize("path", _DATA, ids=[p.parent.name + "/" + p.name for p in _DATA])
def test_many_countries_gate_holds_on_every_dev_text(path: Path) -> None:
    """On the whole text and on each paragraph (as groups reads one)."""
    from pollstats.group_places import says_many_countries

    text = path.read_text(encoding="utf-8")
    for chunk in [text, *text.split("\n\n")]:
        assert says_many_countries(chunk) == says_many_countries(chunk, gated=False)


@given(st.lists(st.sampled_from(["Women", "Democrats", "men", "voters", "'", "’", "s", " ",
                                 "\t", ". ", ", ", "and ", "support", "'s ", "41%", "\n- "]),
                max_size=14).map("".join))
def test_possessive_group_matches_hold_an_apostrophe(text: str) -> None:
    """group_rules_before._possessive_group looks for no match in a window without one."""
    from pollstats.group_rules_before import _POSSESSIVE_GROUP

    for m in _POSSESSIVE_GROUP.finditer(text, overlapped=True):
        assert "'" in m[0] or "’" in m[0], m[0]


# -- pair_rules_groups._past_sentence: the time patterns only where their words are ---------------

def test_past_gate_words_cover_every_past_cue() -> None:
    from pollstats._data import words
    from pollstats.pair_rules_groups import PAST_GATE_WORDS

    for cue in words("dates.txt", "past_cues"):
        assert any(w in cue.lower() for w in PAST_GATE_WORDS), cue


def _assert_past_gates_hold(text: str) -> None:
    """Every match the gated searches of _past_sentence could use holds a gate word."""
    from pollstats._gate import ascii_folded
    from pollstats.pair_rules_groups import (
        _PAST_WAVE,
        _PAST_WORDS,
        _TIME_RE,
        _WAVE_DATED,
        _WAVE_WORDS,
    )

    for m in _PAST_WAVE.finditer(text, overlapped=True):
        assert _PAST_WORDS.search(ascii_folded(m[0])), m[0]
    for m in _WAVE_DATED.finditer(text, overlapped=True):
        assert _WAVE_WORDS.search(ascii_folded(m[0])), m[0]
    for m in _TIME_RE.finditer(text, overlapped=True):
        if time_key(m[0]).past:
            assert _PAST_WORDS.search(ascii_folded(m[0])), m[0]


@pytest.mark.parametrize("path", _DATA, ids=[p.parent.name + "/" + p.name for p in _DATA])
def test_past_sentence_gates_hold_on_every_dev_text(path: Path) -> None:
    _assert_past_gates_hold(path.read_text(encoding="utf-8"))


_PAST_PIECES = [
    *_TIME_PIECES, "PREVIOUS", "Prior ", "préceding", "laſt ", "agO", "back in ", "formerly",
    "the previous poll", "last Ipsos survey", "an earlier wave", "round", "ROUND", "tracking poll",
    "Nov. 15–16 ", "census", "measurement", "xlast", "earlierx",
]


@given(st.lists(st.sampled_from(_PAST_PIECES), max_size=24).map("".join))
def test_past_sentence_gates_hold_generated(text: str) -> None:
    _assert_past_gates_hold(text)


# -- results.official_results: the rows whose words the sentence holds ----------------------------

def _results_both(text: str) -> tuple[list[object], list[object]]:
    from pollstats.results import official_results
    from pollstats.text import sentences

    gated: list[object] = []
    ungated: list[object] = []
    figures = [(m.start(), m.end()) for m in _RESULT_FIGURE.finditer(text)]
    for sent in sentences(text):
        spans = [f for f in figures if sent.start <= f[0] < sent.end]
        gated.append(official_results(text, spans, sent.start, sent.end))
        ungated.append(official_results(text, spans, sent.start, sent.end, gated=False))
    return gated, ungated


_RESULT_FIGURE = __import__("regex").compile(
    r"[0-9]{1,3}(?:[.,][0-9]{1,2})?\s*(?:%|per\s*cent|percent|points?)?")


@pytest.mark.parametrize("path", _DATA, ids=[p.parent.name + "/" + p.name for p in _DATA])
def test_result_rows_gated_equal_every_row_on_every_dev_text(path: Path) -> None:
    gated, ungated = _results_both(path.read_text(encoding="utf-8"))
    assert gated == ungated


def test_result_rows_gated_equal_every_row_on_their_examples() -> None:
    from pollstats.results import RESULT_RULES

    for rule in RESULT_RULES:
        for sentence in [s for s, _ in rule.examples] + list(rule.near_misses):
            gated, ungated = _results_both(sentence)
            assert gated == ungated, sentence


_RESULT_PIECES = [
    "Labour ", "the party ", "won ", "WON ", "took ", "secured ", "voted ", "approved ",
    "rejected ", "by ", "lost ", "carried ", "swept ", "finished with ", "ended on ", "beat ",
    "the ", "from ", "up from ", "down from ", "than ", "with ", "below ", "for ",
    "and Reform ", ", the Greens ", "gave ", "handed ", "make up ", "account for ",
    "constitute ", "turnout ", "Turnout was ", "of the vote", " of the population",
    " inhabitants", "election", " at the 2022 election", "referendum", " run-off", "primary",
    "electoral score of ", "19,138 votes, or ", "33.7%", "52 per cent", "41%", " 14.3%", "9",
    " ", ", ", ". ", "ſ", "K", "İ", "é", " it won", " they took", " in the poll", " would",
]


@given(st.lists(st.sampled_from(_RESULT_PIECES), max_size=24).map("".join))
def test_result_rows_gated_equal_every_row_generated(text: str) -> None:
    gated, ungated = _results_both(text)
    assert gated == ungated


# -- periods.time_words_in: no TIME match without a year, a month name or a time word --------------

_SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
#: every dev text: tests/data and, where it is checked out, the shared corpus
_TEXTS = _DATA + sorted(_SHARED.glob("*.txt"))
_TIME_ALONE = _regex.compile(TIME, _regex.VERBOSE | _regex.IGNORECASE)


def _assert_time_matches_hold_a_word(text: str) -> None:
    from pollstats.periods import time_words_in

    for m in _TIME_ALONE.finditer(text, overlapped=True):
        assert time_words_in(m[0]), m[0]


@pytest.mark.parametrize("path", _TEXTS, ids=[p.parent.name + "/" + p.name for p in _TEXTS])
def test_every_time_match_holds_a_time_word_on_every_dev_text(path: Path) -> None:
    _assert_time_matches_hold_a_word(path.read_text(encoding="utf-8"))


_TIME_WORD_PIECES = [
    *_PAST_PIECES, "January", "Jan.", "Sept.", "JUNE", "june", "Dec", "may", "MAY", "Q3",
    "week", "Fortnight", "decades", "the third wave", "the previous round", "final edition",
    "at the  time", "AT THE TIME", "currently", "Formerly", "TODAY", "snow", "know", "ſpring",
    "SPRİNG", "winteR", "the turn of the year", "this period", "measurement", "readings",
    "elections", "studies", "ago", "prior", "following", "after", "first ", "tenth ", "9 ",
]


@given(st.lists(st.sampled_from(_TIME_WORD_PIECES), max_size=24).map("".join))
def test_every_time_match_holds_a_time_word_generated(text: str) -> None:
    _assert_time_matches_hold_a_word(text)


def test_time_words_are_read_from_the_pattern_tables() -> None:
    from pollstats.periods import TIME_NOUNS, TIME_WORDS

    for noun in TIME_NOUNS:
        assert any(w in noun.lower() for w in TIME_WORDS), noun
    assert {"now", "earlier", "before", "year", "spring", "time"} <= set(TIME_WORDS)


def _tails_both(text: str) -> tuple[list[object], list[object]]:
    """_context.tail_after after every figure of the text, gated and not."""
    from pollstats._context import tail_after
    from pollstats.text import sentences

    gated: list[object] = []
    ungated: list[object] = []
    for sent in sentences(text):
        for m in _RESULT_FIGURE.finditer(text, sent.start, sent.end):
            gated.append(tail_after(text, m.end(), sent.end))
            ungated.append(tail_after(text, m.end(), sent.end, gated=False))
    return gated, ungated


@pytest.mark.parametrize("path", _TEXTS, ids=[p.parent.name + "/" + p.name for p in _TEXTS])
def test_tail_after_gated_equals_ungated_on_every_dev_text(path: Path) -> None:
    gated, ungated = _tails_both(path.read_text(encoding="utf-8"))
    assert gated == ungated


@given(st.lists(st.sampled_from(_TIME_WORD_PIECES + _RESULT_PIECES), max_size=24).map("".join))
def test_tail_after_gated_equals_ungated_generated(text: str) -> None:
    gated, ungated = _tails_both(text)
    assert gated == ungated


# -- the pair rules' time look-ups: than_then's opening time, bracket_baseline's words,
# -- back_reference's past time after a figure ------------------------------------------------

def _pair_time_lookups(text: str, gated: bool) -> list[object]:
    from pollstats.pair_rules_near import _earlier_words, _lead_time
    from pollstats.pair_rules_series import _past_time
    from pollstats.text import sentences

    out: list[object] = []
    for sent in sentences(text):
        for m in _RESULT_FIGURE.finditer(text, sent.start, sent.end):
            lead = _lead_time(text, sent.start, min(m.start(), sent.start + 120), gated=gated)
            out.append(None if lead is None else (lead.span(), lead["t"]))
            hi = min(sent.end, m.end() + 60)
            out.append(_past_time(text, m.end(), hi, gated=gated))
            out.append(_earlier_words(text[m.end():min(sent.end, m.end() + 45)], gated=gated))
            out.append(_earlier_words(text[max(sent.start, m.start() - 40):m.start()],
                                      gated=gated))
    return out


@pytest.mark.parametrize("path", _TEXTS, ids=[p.parent.name + "/" + p.name for p in _TEXTS])
def test_pair_time_lookups_gated_equal_ungated_on_every_dev_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _pair_time_lookups(text, True) == _pair_time_lookups(text, False)


@given(st.lists(st.sampled_from(_TIME_WORD_PIECES + _RESULT_PIECES), max_size=24).map("".join))
def test_pair_time_lookups_gated_equal_ungated_generated(text: str) -> None:
    assert _pair_time_lookups(text, True) == _pair_time_lookups(text, False)



# -- periods._same_month: the pattern only where "same/that month/quarter" is ------------------

def _assert_same_month_words(text: str) -> None:
    from pollstats._gate import ascii_folded
    from pollstats.periods import _SAME_MONTH, _SAME_MONTH_WORDS

    for m in _SAME_MONTH.finditer(text, overlapped=True):
        assert _SAME_MONTH_WORDS.search(ascii_folded(m[0])), m[0]


def _same_month_both(text: str) -> tuple[list[object], list[object]]:
    from pollstats.periods import _same_month, find_dates

    found = list(find_dates(text))
    return (_same_month(text, found, 0, len(text)),
            _same_month(text, found, 0, len(text), gated=False))


@pytest.mark.parametrize("path", _TEXTS, ids=[p.parent.name + "/" + p.name for p in _TEXTS])
def test_same_month_gate_holds_on_every_dev_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _assert_same_month_words(text)
    gated, ungated = _same_month_both(text)
    assert gated == ungated


_SAME_PIECES = [
    "in ", "for ", "during ", "of ", "over ", "the ", "same", "SAME", "ſame", "that", "That",
    " ", "  ", "\t", "\n", "month", "MONTH", "quarter", "Quarter", " last", " a", " year",
    "In March, 41% agreed. ", "Prices rose 3.5% in March 2024. ", "in Q2 2025 ", "-", ".",
]


@given(st.lists(st.sampled_from(_SAME_PIECES), max_size=24).map("".join))
def test_same_month_gate_holds_generated(text: str) -> None:
    _assert_same_month_words(text)
    gated, ungated = _same_month_both(text)
    assert gated == ungated


# -- groups.decide: a group rule tried only in a sentence that holds one of its words --------------

def _group_views(text: str) -> list[Any]:
    """A view of every figure of the text in its sentence (survey and not), as attribution
    builds them, each with a sentence index of its own."""
    from pollstats import pipeline as pl
    from pollstats.groups import GroupView, SentenceIndex

    spans = pl.regions(text)
    found = pl.find_statistics(text, pl.tokens(text, spans), spans) if spans else []
    doc = pl.Document.read(text, found)
    views = []
    for i, stat in enumerate(doc.statistics):
        where = doc.sentence_of(i)
        if where is None:
            continue
        for survey in (False, True):
            views.append(GroupView(text, where.start, where.end, stat, survey, survey,
                                   SentenceIndex(text, where.start, where.end), doc.samples))
    return views


def _assert_group_gates_hold(text: str) -> None:
    """Every rule with needed words reads nothing in a sentence without one, and decide
    gives the same cues gated (one index per sentence, as attribution shares it) and not."""
    from pollstats._gate import ascii_folded
    from pollstats.groups import GROUP_RULES, GroupView, SentenceIndex, decide

    shared: dict[tuple[int, int], Any] = {}
    for view in _group_views(text):
        folded = ascii_folded(text[view.start:view.end]).decode()
        for rule in GROUP_RULES:
            if rule.needs and not any(w in folded for w in rule.needs):
                assert rule.propose(view) is None, (rule.name, text[view.start:view.end])
        key = (view.start, view.end)
        index = shared.setdefault(key, SentenceIndex(text, view.start, view.end))
        gated = GroupView(text, view.start, view.end, view.st, view.survey, view.countries,
                          index, view.samples)
        assert decide(gated) == decide(view, gated=False)


@pytest.mark.parametrize("path", _TEXTS, ids=[p.parent.name + "/" + p.name for p in _TEXTS])
def test_group_rule_gates_hold_on_every_dev_text(path: Path) -> None:
    _assert_group_gates_hold(path.read_text(encoding="utf-8"))


def test_group_rule_gates_hold_on_every_rule_example() -> None:
    from pollstats.groups import GROUP_RULES

    for rule in GROUP_RULES:
        for example in (*rule.examples, *rule.near_misses):
            _assert_group_gates_hold(example[0])


def test_group_rule_needed_words_are_tried_once_per_sentence() -> None:
    from pollstats.groups import GROUP_RULES, _sentence_plan
    from pollstats.groups import SentenceIndex as Index

    gated = [r for r in GROUP_RULES if r.needs]
    assert len(gated) >= 10
    flood = "9% " * 50
    assert len(_sentence_plan(Index(flood, 0, len(flood)))) == len(GROUP_RULES) - len(gated)


_GROUP_PIECES = [
    "Among ", "among ", "AMONG ", "For ", "for ", "With ", "with ", "In ", "in ", "of ", "Of ",
    "them", "THEM", "Their ", "that group", "those voters", "whom", ", where ", ", at ", "than ",
    "THAN ", "more likely ", "less keen ", "twice as likely as ", "the share of ",
    "the proportion of ", "the unemployment rate ", "rate ", "female ", "rural ", "youth ",
    "women", "men", "voters", "renters", "Republicans", "those aged 65 and over", "graduates",
    "were ", "is ", "are ", "who ", "saying ", "rose to ", "41%", "38 per cent", "one in five ",
    "(44% v 31%)", ", ", "; ", ": ", ". ", " ", "\n", "ſhare", "İn ", "K",
    "There ", "there ", "the North East", "Munster", "across ", "class D ", "the working class ",
    "1.5 times as likely as ", "half as ", "in rural areas ", "the bottom quintile ",
    "likely voters", "adults", "55-45 ", "52% to 41% ", "Labour leads ",
    # the places and sectors of place_after, place_opening, sector_after, sector_opening
    "Outside ", "outside ", "Across ", "Only in ", "Even across ", "IN ", "the Midlands",
    "Bavaria", "southern Ontario", "construction", "financial services", "retail",
    "the public sector", "the survey found", "the poll has ",
]


@given(st.lists(st.sampled_from(_GROUP_PIECES), max_size=24).map("".join))
def test_group_rule_gates_hold_generated(text: str) -> None:
    _assert_group_gates_hold(text)
