"""Prefilters and gates (issue 16): each cheap test that lets the extractor skip work must
give exactly what the work it skips gives. Differential tests: the gated path against the
ungated one, on crafted strings and under hypothesis."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pollstats
from pollstats import periods
from pollstats._gate import Gated, ascii_folded
from pollstats.tokens import _FOLD, fold_case, fold_letters

#: Pieces that the date anchors and rules react to, glued by hypothesis into odd strings:
#: digits next to letters, time words inside words, letters that fold to ASCII ones.
_DATE_PIECES = [
    "2023", "19", "20", "1999", "3rd", "21st", "2nd", "4th", "12", "5", "-", " ", ", ", ".",
    "\n", "May", "March", "Sept", "Jan", "Q3", "Monday", "Friday", "year", "years", "Month",
    "WEEK", "weekend", "decade", "decadecade", "quarter", "spring", "summer", "Fall", "autumn",
    "winter", "short", "the", "last", "this", "ago", "two", "between", "and", "to", "of",
    "on", "from", "ſ", "K", "İ", "é", "x", "_",
]
_date_text = st.lists(st.sampled_from(_DATE_PIECES), max_size=40).map("".join)

CRAFTED = [
    "decadecade 2023rd 12023 HQ1 shortfall ſpring weeK Mondays 1st 123rd 20199 2019-20",
    "x1999 -2019 the 3rd and 4th of March 2024, from Friday to Sunday, Q2 2023",
    "ſummer İ K, a decade ago, last quarter, the spring of 2019, two years ago.",
]


def _anchor_spans(text: str, start: int, stop: int, fast: bool) -> list[tuple[object, ...]]:
    found = (periods._anchors(text, start, stop) if fast
             else periods._ANCHOR.finditer(text, start, stop))
    return [(a.span(), a.groupdict()) for a in found]


@pytest.mark.parametrize("text", CRAFTED)
def test_date_anchor_passes_equal_the_anchor_scan(text: str) -> None:
    for start in range(0, len(text), 7):
        for stop in (start, start + 13, len(text)):
            assert (_anchor_spans(text, start, stop, True)
                    == _anchor_spans(text, start, stop, False))


@given(_date_text, st.integers(0, 60), st.integers(0, 400))
def test_date_anchor_passes_equal_the_anchor_scan_generated(text: str, a: int, b: int) -> None:
    start, stop = min(a, len(text)), min(len(text), a + b)
    assert _anchor_spans(text, start, stop, True) == _anchor_spans(text, start, stop, False)


def _rule_matches(text: str) -> list[tuple[str, str]]:
    """(rule name, matched text) of every match of every DATE_RULES pattern that has a
    prefilter, searched from every position and cut at every end."""
    out = []
    for rule in periods.DATE_RULES:
        if rule.name not in periods._RULE_NEEDS:
            continue
        for pos in range(len(text)):
            for end in {len(text), pos + 20, pos + 50}:
                m = rule.pattern.search(text, pos, end)
                if m is not None:
                    out.append((rule.name, m[0]))
    return out


def _needs_hold(text: str) -> None:
    for name, said in _rule_matches(text):
        assert periods._RULE_NEEDS[name](said, fold_case(said)), (name, said)


def test_date_rule_prefilters_hold_on_every_example() -> None:
    for rule in periods.DATE_RULES:
        for example in [e[0] for e in rule.examples] + list(rule.near_misses):
            _needs_hold(example)
    assert {name for name, _ in _rule_matches(" ".join(
        e[0] for r in periods.DATE_RULES for e in r.examples))} == set(periods._RULE_NEEDS)


_RULE_PIECES = [
    *_DATE_PIECES,
    " ago", "Q1", "the 9th", " on the ", "Sunday", " to ", "–", "between ", "first quarter",
    "Last ", "this spring", "AGO", "ſpring", "QUARTER", "Tuesday-Thursday", "s",
]


@given(st.lists(st.sampled_from(_RULE_PIECES), max_size=10).map("".join))
def test_date_rule_prefilters_hold_generated(text: str) -> None:
    _needs_hold(text)


def _event_needs_hold(text: str, every_end: bool = False) -> None:
    """Every match of every EVENT_RULES pattern holds a word of its side's entry (searched
    from every start, cut at a few ends or, with ``every_end``, at every one)."""
    for rule in periods.EVENT_RULES:
        need = periods._EVENT_NEEDS.get(rule.name)
        if need is None:
            continue
        for pattern, words in ((rule.before, need[0]), (rule.after, need[1])):
            if pattern is None:
                continue
            for pos in range(len(text)):
                ends = range(pos, len(text) + 1) if every_end else {len(text), pos + 30, pos + 70}
                for end in ends:
                    m = pattern.search(text, pos, end)
                    if m is not None:
                        assert any(w in fold_case(m[0]) for w in words), (rule.name, m[0])


def test_event_rule_prefilters_hold_on_every_example() -> None:
    for rule in periods.EVENT_RULES:
        for example in [e[0] for e in rule.examples] + list(rule.near_misses):
            _event_needs_hold(example, every_end=True)
    assert set(periods._EVENT_NEEDS) == {r.name for r in periods.EVENT_RULES}


_EVENT_PIECES = [
    "2016", " ", " the ", "election", "ELECTION", "Vote", "referendum", "ballots", "run-off",
    "anniversary", "years since", "law", "Act", "Law of", "passed", "treaty", "war", "crisis",
    "invasion of", "began", "voted", "Green", "voters", "since", ", when", "in", "on", "of",
    "ſince", "K", "İ", "é", "x", ".",
]


@given(st.lists(st.sampled_from(_EVENT_PIECES), max_size=10).map("".join))
def test_event_rule_prefilters_hold_generated(text: str) -> None:
    _event_needs_hold(text)


def _gated_patterns() -> list[tuple[str, Gated]]:
    """Every Gated pattern at the top level of a pollstats module."""
    found = []
    for info in pkgutil.walk_packages(pollstats.__path__, "pollstats."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found += [(f"{info.name}.{k}", v) for k, v in vars(module).items()
                  if isinstance(v, Gated)]
    return found


GATED = _gated_patterns()
_GATE_PIECES = sorted({w for _, g in GATED for w in g.words} | {
    " ", "  ", "\n", ".", ",", "-", "the", "a", "another", "separate", "agencies", "of", "one",
    "first", "past", "year-on-year", "on Monday", "just-released", "interest rates", "S&P 500",
    "Survey", "POLLS", "ſurvey", "K", "İ", "é", "x", "_", "2024", "said",
})


def test_some_patterns_are_gated() -> None:
    assert len(GATED) >= 5


@pytest.mark.parametrize(("where", "gated"), GATED, ids=[w for w, _ in GATED])
@given(text=st.lists(st.sampled_from(_GATE_PIECES), max_size=12).map("".join),
       a=st.integers(0, 40), b=st.integers(0, 120))
def test_gated_patterns_equal_their_pattern(where: str, gated: Gated, text: str, a: int,
                                            b: int) -> None:
    pos, end = min(a, len(text)), min(len(text), a + b)
    fast = gated.search(text, pos, end)
    slow = gated.pattern.search(text, pos, end)
    assert (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups()))
    whole = gated.pattern.search(text)
    assert whole is None or gated.gate.search(ascii_folded(whole[0])) is not None, whole


GATE_CRAFTED = [
    "Other agencies disagreed, and a separate poll and one of the first surveys did too.",
    "Over the past year, a year earlier and year-on-year the annual figure rose.",
    "The newly released study came out on Monday; the latest data, just-released, today.",
    "Interest rates, GDP, the S&P 500, the Dow, mortgage rates and inflation climbed.",
    "Respondents questioned in the third wave of the census barometer research were polled.",
    "OTHER POLLSTERS, ANOTHER NEW SURVEY, the ſurvey, İnterviewed, a weeK ago.",
]


@pytest.mark.parametrize("text", GATE_CRAFTED)
def test_gated_patterns_equal_their_pattern_crafted(text: str) -> None:
    for where, gated in GATED:
        for pos in range(0, len(text), 3):
            for end in (pos + 10, pos + 40, len(text)):
                fast, slow = gated.search(text, pos, end), gated.pattern.search(text, pos, end)
                assert (fast and fast.span()) == (slow and slow.span()), (where, pos, end)


@given(st.text(alphabet="aſKİé x–S\u0131k", max_size=30))
def test_fold_letters_equals_the_translation_table(text: str) -> None:
    assert fold_letters(text) == text.translate(_FOLD)
    assert fold_case(text) == text.translate(_FOLD).lower()


# -- sentence breaks: candidates first, then the full pattern (matchers._Breaks) -------------

_BREAK_PIECES = [
    "Dr.", " ", "Oct.", "3", "No.", " 5", "U.S.", "e.g.", "?", "!", ".", "\n", "\r\n", "\t",
    "poll", "Sept. 25", "vs.", "St.", "a.m.", "\u00a0", "\u2009", "end", "etc.", "..."
]


def _break_spans(text: str, pos: int, endpos: int, fast: bool) -> list[tuple[int, int]]:
    from pollstats import matchers

    if fast:
        return [m.span() for m in matchers._SENTENCE_BREAK.finditer(text, pos, endpos)]
    return [m.span() for m in matchers._SENTENCE_BREAK_FULL.finditer(text, pos, endpos)]


@given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=40).map("".join),
       st.integers(0, 80), st.integers(0, 200))
def test_sentence_break_candidates_give_the_full_patterns_breaks(text: str, a: int,
                                                                 b: int) -> None:
    from pollstats import matchers

    pos, endpos = min(a, len(text)), min(len(text), a + b)
    assert _break_spans(text, pos, endpos, True) == _break_spans(text, pos, endpos, False)
    full = matchers._SENTENCE_BREAK_FULL.search(text, pos, endpos)
    fast = matchers._SENTENCE_BREAK.search(text, pos, endpos)
    assert (None if full is None else full.span()) == (None if fast is None else fast.span())


def test_sentence_break_candidates_on_abbreviations() -> None:
    text = "Dr. Lee polled on Oct. 3. No. 5 was up. The U.S. poll ended! Why? Yes.\nNext"
    assert _break_spans(text, 0, len(text), True) == _break_spans(text, 0, len(text), False)
    assert len(_break_spans(text, 0, len(text), True)) == 6  # "Yes." and its line break


def test_row_anchor_skips_datelines_and_thousands() -> None:
    """A dateline's day and year and a thousands separator are no table row: the row pass
    would make the whole paragraph after them a window (plain prose 19% -> 33% of the text)."""
    from pollstats import anchors

    def rows(text: str) -> int:
        return len(list(anchors._ROW_PASS.finditer(anchors._ascii_lower(text))))

    assert rows("\nLEEDS (May 16, 2021) — Polls opened early.") == 0
    assert rows("\nHALIFAX (Sept. 3, 2024) — The council met.") == 0
    assert rows("\nThe poll of 3,712 adults ran online.") == 0
    assert rows("\nAfD: 26 (Forsa), 27 (INSA)") == 1
    assert rows("\nCDU/CSU 25 | 24.5 | 26") == 1
    assert rows("\nReform UK 29, 31, 27") == 1


# -- the matcher rules' needs (matchers._RULE_NEEDS, issue 16) ---------------------------------

_DATA = sorted(Path(__file__).parent.glob("data/**/*.txt"))


def _matched(text: str, gated: bool, windows: bool = True) -> list[tuple[object, ...]]:
    from pollstats.anchors import regions
    from pollstats.matchers import find_statistics
    from pollstats.tokens import tokens

    spans = regions(text) if windows else None
    toks = tokens(text, spans) if spans is not None else tokens(text)
    return [(s.start, s.end, s.kind, s.low, s.high, s.unit, s.qualifier, s.form, s.rule)
            for s in find_statistics(text, toks, spans, gated=gated)]


def _same_gated(text: str) -> None:
    for windows in (True, False):
        assert _matched(text, True, windows) == _matched(text, False, windows), text[:200]


def test_rule_needs_name_rules() -> None:
    from pollstats import matchers

    assert set(matchers._RULE_NEEDS) <= {r.name for r in matchers.RULES}
    assert len(matchers._RULE_NEEDS) >= 15


def test_rule_needs_hold_on_every_rules_examples() -> None:
    """Each rule's examples and near misses (alone and after a share in percent, which some
    rules need) read the same with and without the gates."""
    from pollstats import matchers

    for rule in matchers.RULES:
        for text in [e[0] for e in rule.examples] + list(rule.near_misses):
            _same_gated(text)
            _same_gated("The poll put Labour on 31 per cent. " + text)


@pytest.mark.parametrize("path", _DATA, ids=[p.parent.name + "/" + p.name for p in _DATA])
def test_rule_needs_hold_on_every_dev_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _matched(text, True) == _matched(text, False)


def _need_words() -> list[str]:
    from pollstats import matchers

    return sorted({w for n in matchers._RULE_NEEDS.values() for w in (*n.before, *n.after)})


#: Every third needed word (hypothesis draws from them all the same), figures, signs, glue.
_NEED_PIECES = [
    *_need_words()[::3],
    "31", "4", "2,000", "-3", "+2", "0.5", "1,004", "12.5", "2019", " ", " ", ", ", ". ", "\n",
    "\n• ", "(", ")", "%", " per cent", "pc", "x", "fold", "two", "five", "zero", "Labour ",
    "Greens ", "on ", "at ", "of ", "by ", "to ", "up ", "down ", "net ", "minus ", "±", "+/-",
    "n = ", "a poll of ", " adults", " voters", " respondents", " points", " pts", " times",
    "margin of error ", "approval ", "primary vote ", "ſ", "K", "İ", "ı", "é", "MARGIN ", "Up ",
]


@given(st.lists(st.sampled_from(_NEED_PIECES), max_size=30).map("".join))
def test_rule_needs_hold_generated(text: str) -> None:
    _same_gated(text)


def test_cues_of_a_token_cut_glued_words() -> None:
    from pollstats.matchers import _Cues, folded

    text = "Support rose twofold; ±3, n=1,000 adults (Survey)"
    low = folded(text)
    two = text.index("two")
    cues = _Cues.of(low, two, two + 3)
    assert "fold" in cues.after and "support" in cues.before  # only words some rule needs
    assert "rose" not in cues.before
    n = text.index("1,000")
    cues = _Cues.of(low, n, n + 5)
    assert {"=", "±"} <= cues.before and {"adults", "(", ")"} <= cues.after
    assert folded("ſurvey İ K ı") == "survey i k i"
