"""Round-trip property tests for the forms of issue #17 added in form11 (value -> text ->
value): a sign set as an en dash or a minus sign, a list whose last item alone states the
unit, a methodology table's columns of sample sizes and margins, and one verb carried to the
next group's change. The sentences are generated, not taken from any corpus."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pollstats

PARTIES = ["Labour", "Reform", "the Greens", "KO", "PiS", "Liberals", "NDP"]
UNITS = st.sampled_from(["%", " per cent", " percent", "pc"])


def _read(text: str) -> list[tuple[str, str, float]]:
    return [(s.text, s.kind, round(s.low, 3)) for s in pollstats.extract(text).statistics]


@settings(max_examples=40)
@given(st.integers(1, 99), st.sampled_from(["\u2013", "\u2212", "-"]), UNITS)
def test_a_signed_change_with_any_minus(tenths: int, minus: str, unit: str) -> None:
    value = tenths / 10
    text = f"Prices in the survey moved {minus}{value:g}{unit} in May."
    assert _read(text) == [(f"{minus}{value:g}{unit}", "change", -value)]
    assert pollstats.parse_percentage(f"{minus}{value:g}{unit}") == -value


@settings(max_examples=40)
@given(st.lists(st.integers(10, 240), min_size=3, max_size=4), UNITS)
def test_a_list_whose_last_item_states_the_unit(tenths: list[int], unit: str) -> None:
    values = [t / 10 for t in tenths]
    names = PARTIES[: len(values)]
    items = [f"{n} {v:.1f}" for n, v in zip(names, values, strict=True)]
    text = f"The poll found {', '.join(items[:-1])} and {items[-1]}{unit}."
    got = _read(text)
    assert [g[2] for g in got] == [round(v, 3) for v in values]
    assert {g[1] for g in got} == {"share"}


@settings(max_examples=40)
@given(st.lists(st.tuples(st.integers(150, 5000), st.integers(15, 90)), min_size=1, max_size=5))
def test_a_table_of_samples_and_margins(rows: list[tuple[int, int]]) -> None:
    lines = ["Group | Unweighted sample size | Plus or minus"]
    lines += [f"Group {k} | {n:,} | {m / 10:.1f} percentage points"
              for k, (n, m) in enumerate(rows)]
    got = _read("\n".join(lines))
    want: list[tuple[str, str, float]] = []
    for n, m in rows:
        want += [(f"{n:,}", "sample_size", float(n)),
                 (f"{m / 10:.1f} percentage points", "margin_of_error", m / 10)]
    assert got == want


@settings(max_examples=40)
@given(st.integers(1, 19), st.integers(1, 19), st.sampled_from(["fell", "rose"]))
def test_one_verb_for_two_groups(a: int, b: int, verb: str) -> None:
    text = f"Sentiment {verb} {a}% among Democrats and {b}% among independents."
    sign = -1 if verb == "fell" else 1
    assert _read(text) == [(f"{a}%", "change", sign * a), (f"{b}%", "change", sign * b)]
