"""Per-sentence candidate positions (issue 16): a group rule's look-up answered from the
start positions found once per sentence (:class:`pollstats.group_view.SentenceIndex`) must be
what the scan of every position of the figure's window gives. Differential tests on crafted
sentences and under hypothesis, for every :class:`~pollstats.group_view.Anchored` pattern of
the group rule modules (one added later is tested without an entry here)."""

from __future__ import annotations

import importlib

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import pollstats
from pollstats.group_lists import _LIST_ITEM, _list_items
from pollstats.group_view import Anchored, GroupView, SentenceIndex, _last
from pollstats.groups import GROUP_RULES

_MODULES = ("group_view", "group_places", "group_rules_before", "group_rules_after",
            "group_lists", "group_narrow")


def _anchored() -> list[tuple[str, Anchored]]:
    out = []
    for name in _MODULES:
        module = importlib.import_module(f"pollstats.{name}")
        out += [(f"{name}.{key}", value) for key, value in vars(module).items()
                if isinstance(value, Anchored)]
    return out


ANCHORED = _anchored()


def test_every_rule_module_has_anchored_patterns() -> None:
    assert len(ANCHORED) >= 4  # the test finds them (a rename would make it vacuous)


def _key(m: regex.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groupdict(), m.capturesdict())


def _check(a: Anchored, text: str, start: int, end: int, windows: list[tuple[int, int]]) -> None:
    index = SentenceIndex(text, start, end, long=0)  # the index however short the sentence
    for lo, hi in windows:
        assert _key(index.last(a, lo, hi)) == _key(_last(a.pattern, text, lo, hi)), (lo, hi)
        assert _key(index.first(a, lo, hi)) == _key(a.pattern.search(text, lo, hi)), (lo, hi)


#: Sentences of my own in several national styles, with the places, lists, clauses and
#: countries the anchored patterns look for.
CRAFTED = [
    "By region, the Western Cape recorded 44% and Gauteng 39%, while in Limpopo it was 12%.",
    "Worry peaked in Pune, at 58 per cent, followed by Kochi (47 per cent) and Surat "
    "(39 per cent).",
    "Trust was 61% in Brazil; in Mexico the figure was 48%, and Chile (44%) trailed.",
    "Support for the Greens held, but voters aged 18 to 34 were keener, at 41 per cent.",
    "Labour leads on 38%, whereas Conservatives remain at 24% – over-65s back them 45% to 30%.",
    "In Munster, farmers were split: 44 per cent agree, and women 51 per cent.",
    "Among Québécois, 52% approve, while Albertans – 31% – do not, the Léger poll found.",
    "The CDU/CSU is at 30 percent; the SPD, which governs, at 15 percent, and the AfD 20 percent.",
    "9% Gallup, 9% Gallup, 9% Gallup, 9%",
    "In the North East, renters (62%) and homeowners (38%) split; but in the West they agree.",
]


@pytest.mark.parametrize("name,a", ANCHORED, ids=[n for n, _ in ANCHORED])
@pytest.mark.parametrize("text", CRAFTED)
def test_index_equals_the_scan_on_crafted_sentences(name: str, a: Anchored, text: str) -> None:
    n = len(text)
    figures = [m.start() for m in regex.finditer(r"[0-9]", text)] + [n]
    windows = [(max(0, hi - reach), hi) for hi in figures for reach in (40, 160, 600)]
    windows += [(lo, hi) for lo in range(0, n, 9) for hi in range(lo, n + 1, 23)]
    _check(a, text, 0, n, windows)
    # a sentence inside a text: lookbehinds see the text before it
    outer = "He said. " + text + " Then more."
    s = len("He said. ")
    _check(a, outer, s, s + n, [(lo + s, hi + s) for lo, hi in windows])


_PIECES = [
    " ", "  ", ", ", ",", ";", ":", " – ", " — ", "(", ")", ".", "\n", "9%", "44 per cent",
    "12", "18", "-", "in ", "In ", "the ", "The ", "and ", "or ", "while ", "but ", "whereas ",
    "with ", "followed by ", "at ", "on ", "recorded ", "stood ", "had ", "just ", "only ",
    "Ontario", "Pune", "Western Cape", "North East", "the north-east", "the west ", "India",
    "Brazil", "the UK", "Gallup", "voters", "women", "men", "Democrats", "over-65s",
    "aged 18 to 34", "those", "people", "renters", "were ", "are ", "remain ", "back ", "put ",
    "said ", "who ", "which ", "of ", "ern", "regional ", "Chile ", "coast", "group",
]
_text = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ANCHORED), _text, _text, _text, st.integers(0, 400), st.integers(0, 400))
def test_index_equals_the_scan_generated(
    named: tuple[str, Anchored], before: str, sentence: str, after: str, a: int, b: int
) -> None:
    _, anchored = named
    text = before + sentence + after
    start, end = len(before), len(before) + len(sentence)
    lo = start + min(a, len(sentence))
    hi = min(end, lo + b)
    _check(anchored, text, start, end, [(lo, hi), (start, end), (lo, end), (start, hi)])


# -- the label-list items of a figure's window, from the items of its sentence ---------------

def _window_items(text: str, lo: int, hi: int) -> list[tuple[int, str, int, int]]:
    """The items as the window reads them, a text of its own (the scan the index replaces)."""
    return [(lo + m.end(), m["label"], lo + m.start("label"), lo + m.end("label"))
            for m in _LIST_ITEM.finditer(text[lo:hi], overlapped=True)]


_LIST_SENTENCES = [
    "Approval by party: Democrats 84%, Republicans 11%, independents 38%.",
    "By age: 18-24s 58%, 25-34s 51%, 65+ 22%; by sex: men 61%, women 57%.",
    "Under-35s: 62%; over-65s: 31%, and Scotland 44, Wales 39 and England 35.",
    "Labour 38%, Conservatives 24% versus Reform 17% while SNP 3% (Greens 9%).",
    "abc12% de 3 fghi45 j 6%",
]


@pytest.mark.parametrize("text", _LIST_SENTENCES)
def test_list_items_equal_the_window_scan(text: str) -> None:
    for outer, shift in ((text, 0), ("Said so. " + text + " More 5%.", 9)):
        index = SentenceIndex(outer, shift, shift + len(text), long=0)
        for lo in range(shift, shift + len(text)):
            for hi in range(lo, shift + len(text) + 1, 3):
                assert _list_items(index, lo, hi) == _window_items(outer, lo, hi), (lo, hi)


_LIST_PIECES = [" ", ", ", ",", "; ", ": ", ":", "\n", "•", "(", "and ", "while ", "versus ",
                "vs. ", "against ", "Democrats", "men", "women", "over-65s", "Under-35s",
                "18-24s", "65+", "independents", "Yes", "12", "4", "84%", "9 ", "abc", "x-y",
                "’s", "+"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=30).map("".join),
       st.text("a ,9", max_size=5), st.integers(0, 200), st.integers(0, 200))
def test_list_items_equal_the_window_scan_generated(
    sentence: str, before: str, a: int, b: int
) -> None:
    text = before + sentence + " 5%"
    start, end = len(before), len(before) + len(sentence)
    lo = start + min(a, len(sentence))
    hi = min(end, lo + b)
    index = SentenceIndex(text, start, end, long=0)
    assert _list_items(index, lo, hi) == _window_items(text, lo, hi)


# -- every group rule, with the index and with the scans it replaces --------------------------

@attrs.frozen(eq=False)
class _Scan(SentenceIndex):
    """The index answered by the scans it replaces: every position tried, no gate, no sharing."""

    def last(self, anchored: Anchored, lo: int, hi: int) -> regex.Match[str] | None:
        return _last(anchored.pattern, self.text, lo, hi)

    def first(self, anchored: Anchored, lo: int, hi: int) -> regex.Match[str] | None:
        return anchored.pattern.search(self.text, lo, hi)

    def has(self, pattern: regex.Pattern[str], lo: int, hi: int) -> bool:
        return True

    def match(self, pattern: regex.Pattern[str], pos: int, endpos: int) -> regex.Match[str] | None:
        return pattern.match(self.text, pos, endpos)


def _proposals(text: str, index: type[SentenceIndex]) -> list[object]:
    out: list[object] = []
    stats = pollstats.extract(text).statistics
    for survey in (False, True):
        shared = index(text, 0, len(text), long=0)
        for stat in stats:
            view = GroupView(text, 0, len(text), stat, survey=survey, countries=survey,
                             sentence=shared)
            out += [(rule.name, stat.start, rule.propose(view)) for rule in GROUP_RULES]
    return out


_RULE_SENTENCES = sorted({ex[0] for rule in GROUP_RULES for ex in rule.examples}
                         | {nm[0] for rule in GROUP_RULES for nm in rule.near_misses})


def test_rules_with_the_index_equal_the_scans_on_their_own_sentences() -> None:
    for text in _RULE_SENTENCES + CRAFTED + _LIST_SENTENCES:
        assert _proposals(text, SentenceIndex) == _proposals(text, _Scan), text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _LIST_PIECES + ["them", "that group", "than ",
                                                         "carries ", "wins ", "among ", "for "]),
                max_size=40).map("".join))
def test_rules_with_the_index_equal_the_scans_generated(text: str) -> None:
    assert _proposals(text, SentenceIndex) == _proposals(text, _Scan)
