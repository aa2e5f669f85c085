"""Forms of news reporting (issue #17): each form with its own sentences and its near misses.

Each case: an id, the sentence, and every statistic it must give as
``(text, kind, low, high, unit, qualifier)`` — near misses list what they give instead.
"""
from __future__ import annotations

import pytest

import pollstats

Stat = tuple[str, str, float, float, str, str]
S, C = "share", "change"
P, PP = "percent", "percentage_point"
E, A, M = "exact", "approximately", "more_than"


def _got(sentence: str) -> list[Stat]:
    return [(s.text, s.kind, round(s.low, 3), round(s.high, 3), s.unit, s.qualifier)
            for s in pollstats.extract(sentence).statistics]


def _check(sentence: str, expected: list[Stat]) -> None:
    assert _got(sentence) == [(t, k, float(lo), float(hi), u, q)
                              for t, k, lo, hi, u, q in expected]


# -- 1, 2: ranges with the unit on both ends; ranges inside a from/to --------------------------

RANGES: list[tuple[str, str, list[Stat]]] = [
    ("unit-twice-to", "Brokers pencil in a 4% to 7% rise in rents for next year.",
     [("4% to 7%", C, 4, 7, P, E)]),
    ("unit-twice-per-cent", "Insurers expect premiums to settle 12 per cent to 15 per cent higher.",
     [("12 per cent to 15 per cent", C, 12, 15, P, E)]),
    ("unit-twice-share", "Between 5 percent and 6 percent of ballots in the county were blank.",
     [("5 percent and 6 percent", S, 5, 6, P, E)]),
    ("unit-twice-plain", "Economists put the jobless rate at 6.5% to 7% by winter.",
     [("6.5% to 7%", S, 6.5, 7, P, E)]),
    ("noun-of-range", "Retailers reported a slump of 8% to 10% in footfall.",
     [("8% to 10%", C, -10, -8, P, E)]),
    ("two-ranges", "Some 20% to 25% of renters and 30% to 35% of owners said so.",
     [("20% to 25%", S, 20, 25, P, A), ("30% to 35%", S, 30, 35, P, E)]),
    ("ranges-in-from-to", "The central bank revised its forecast from 6–8 per cent to 2–4 per cent.",
     [("6–8 per cent", S, 6, 8, P, E), ("2–4 per cent", S, 2, 4, P, E)]),
    ("ranges-in-from-to-dash", "Estimates moved from 10-12% to 14-16% over the summer.",
     [("10-12%", S, 10, 12, P, E), ("14-16%", S, 14, 16, P, E)]),
    # near misses: a from/to pair, a change verb, a lead, a multiplier, high end first
    ("from-to-pair", "Backing for the plan went from 5% to 10% in a year.",
     [("5%", S, 5, 5, P, E), ("10%", S, 10, 10, P, E)]),
    ("from-qualified-pair", "It went from about 31% to 38% in Ontario.",
     [("31%", S, 31, 31, P, A), ("38%", S, 38, 38, P, E)]),
    ("verb-pair", "Trust in the courts climbed 5% to 44% this spring.",
     [("5%", C, 5, 5, P, E), ("44%", S, 44, 44, P, E)]),
    ("lead-pair", "The mayor leads her rival 41% to 47% among men, oddly.",
     [("41%", S, 41, 41, P, E), ("47%", S, 47, 47, P, E)]),
    ("doubled-pair", "The share doubled 15% to 30% in a decade.",
     [("doubled", "ratio", 2, 2, "ratio", E), ("15%", S, 15, 15, P, E), ("30%", S, 30, 30, P, E)]),
    ("high-first-pair", "Approval sagged, 48% to 44%, between the two waves.",
     [("48%", S, 48, 48, P, E), ("44%", S, 44, 44, P, E)]),
    ("one-unit-two-figures", "Inflation eased from 4.8 to 4.7 percent in March.",
     [("4.8 to 4.7 percent", S, 4.8, 4.8, P, E), ("4.7 percent", S, 4.7, 4.7, P, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in RANGES],
                         ids=[c[0] for c in RANGES])
def test_ranges(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- 4: decimals without a leading zero, "~", "over than", signs -------------------------------

WRITING: list[tuple[str, str, list[Stat]]] = [
    ("leading-dot", "Only .5% of the ballots were rejected.", [(".5%", S, 0.5, 0.5, P, E)]),
    ("leading-dot-words", "A mere .002 per cent of claims were fraudulent.",
     [(".002 per cent", S, 0.002, 0.002, P, E)]),
    ("leading-dot-signed", "The index moved -.4% on Friday.", [("-.4%", C, -0.4, -0.4, P, E)]),
    ("tilde", "Turnout was ~62% in the capital.", [("62%", S, 62, 62, P, A)]),
    ("tilde-space", "Turnout, ~ 48%, was low.", [("48%", S, 48, 48, P, A)]),
    ("approx-sign", "Coverage reached ≈90% of homes.", [("90%", S, 90, 90, P, A)]),
    ("over-than", "Over than 70% of the nurses backed the strike.", [("70%", S, 70, 70, P, M)]),
    ("plus-sign", "Wages moved +0.3% in the quarter.", [("+0.3%", C, 0.3, 0.3, P, E)]),
    ("minus-sign", "Output was −1.2% on the year.", [("−1.2%", C, -1.2, -1.2, P, E)]),
    # near misses: version numbers, page numbers, a dot in a word
    ("version-number", "Install version 2.5 of the app, see p.5 and section 1.5.2.", []),
    ("dot-in-word", "See file.5 in folder v.5 for 5 items.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in WRITING],
                         ids=[c[0] for c in WRITING])
def test_ways_of_writing(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)
