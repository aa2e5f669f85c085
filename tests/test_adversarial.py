"""Reliability (issue 7): any text in, correct records or none out, in linear time.

Every adversarial family of ``tests/families.py`` keeps the invariants of ``tests/invariants.py``
and runs in linear time (CPU time at 4n over n, best of 3, below 8: linear code measures about
4, quadratic about 16). Hypothesis and the atheris harness (``fuzz/``) check the same
invariants on arbitrary text; each fuzz finding is pinned below.
"""

from __future__ import annotations

import gc
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from families import CONTEXT_FAMILIES, FAMILIES, NUMBER_SCRIPTS, article, digit, no_space_blob
from hypothesis import given
from hypothesis import strategies as st
from invariants import (
    PIECES,
    InvariantError,
    check_all,
    check_records,
    has_number,
    spelled_values,
)

import pollstats
from pollstats.testing import survey_sentences


def _records(text: str) -> list[dict[str, object]]:
    return pollstats.extract(text).records()


def _stats(text: str) -> list[tuple[str, float, float, str]]:
    return [(s.text, s.low, s.high, s.unit) for s in pollstats.extract(text).statistics]


# -- the families: invariants and expected output ---------------------------------------------

#: What each family must give at n repetitions: (number of statistics, their values), or None
#: where only the invariants are asserted.
EXPECTED: dict[str, tuple[int, set[float]] | None] = {
    "nines": (0, set()),
    "dotted_nines": (0, set()),
    "comma_ones": (0, set()),
    "digits_5000": (0, set()),  # more than 32 digits is not a value
    "percent_signs": (0, set()),
    "url_encoded": (0, set()),
    "url_percent25": (0, set()),
    "look_alikes": (0, set()),
    "zero_width_bidi": (0, set()),  # "2\u200b7%" is 27%, never 7%; left alone
    "combining_marks": (0, set()),
    "whitespace": (0, set()),
    "whitespace_between": (1, {27.0}),
    "nested_brackets": (1, {27.0}),
    "according_to": (1, {27.0}),
    "survey_by": (1, {27.0}),
    "center": (1, {27.0}),
    "months": (1, {27.0}),
    "pollster_names": (1, {27.0}),
    "nul": (1, {27.0}),  # "1\x002%" is not 2%
    "digit_scripts": None,
    "case_fold_letters": None,
}


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_family_keeps_invariants(name: str) -> None:
    gen, n = FAMILIES[name]
    small = max(1, n // 20)
    text = gen(small)
    records = check_all(text)
    expected = EXPECTED.get(name)
    stats = [r for r in records if r["type"] == "statistic"]
    if expected is not None:
        count, values = expected
        assert len(stats) == count, [r["text"] for r in stats][:5]
        assert {r["low"] for r in stats} <= values
    if name in ("percent_flood", "percent_flood_nospace"):
        assert [(r["low"], r["unit"]) for r in stats] == [(9.0, "percent")] * small
    if name == "lone_surrogates":
        assert [r["low"] for r in stats] == [27.0] * small
    if name == "case_fold_letters":  # "ſix percent", "fİve-sixths": the words, folded
        assert [r["low"] for r in stats] == [6.0, 83.333] * small
    if name == "from_to_chain":
        assert len([r for r in stats if r["unit"] == "percent"]) == small + 1


def _cpu(text: str, runs: int = 3) -> float:
    """Best of ``runs`` process CPU times of ``extract(text)``, in seconds."""
    best = math.inf
    for _ in range(runs):
        gc.collect()
        t0 = time.process_time()
        ex = pollstats.extract(text)
        best = min(best, time.process_time() - t0)
        del ex
    return best


def linear_time_n(gen: Callable[[int], str], n: int) -> int:
    """The repetition count at which one ``extract`` takes at least 50 ms of CPU here (from
    ``n / 64`` up, doubling; at most 4 M characters), so 4n stays well under a second."""
    n = max(1, n // 64)
    while len(gen(n)) < 4_000_000 and _cpu(gen(n), runs=1) < 0.05:
        n *= 2
    return n


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_family_runs_in_linear_time(name: str) -> None:
    gen, n = FAMILIES[name]
    n = linear_time_n(gen, n)
    t1 = _cpu(gen(n))
    t4 = _cpu(gen(4 * n))
    assert t4 / t1 < 8, f"{name}: {t1:.3f} s at n={n}, {t4:.3f} s at 4n (ratio {t4 / t1:.1f})"


#: what each figure of a context family is attributed (published 2025-03-01), in order
CONTEXT_EXPECTED: dict[str, list[tuple[str, str | None, str | None]]] = {
    "sourced_flood": [("9%", "Gallup", "2025-03")],  # undated: the publication month
    "dated_sentences": [("9%", None, "2020-05")],
    "relative_dates": [("9%", None, "2024")],  # last year, from 2025
    "dated_from_to": [("9%", None, "2020-05"), ("12%", None, "2021-06")],
    "sources_and_dates": [("9%", "Ipsos", "2020-05"), ("12%", "Ipsos", "2019")],
}


@pytest.mark.parametrize("name", sorted(CONTEXT_FAMILIES))
def test_context_family_is_attributed_alike_at_every_repetition(name: str) -> None:
    gen, _ = CONTEXT_FAMILIES[name]
    text = gen(40)
    check_all(text, rerun=False)
    stats = pollstats.extract(text, published="2025-03-01").statistics
    got = [(st.text, st.source and st.source.value, st.period and st.period.value)
           for st in stats]
    assert got == CONTEXT_EXPECTED[name] * 40


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CONTEXT_FAMILIES))
def test_context_family_runs_in_linear_time(name: str) -> None:
    """Each figure's nearest source and bound date are a bisection away (issue 18): CPU time
    at 4n over n, the larger input at least 250K characters (as ``benchmarks/adversarial.py
    --mb 0.25`` measures it); best of 2 at n, one run at 4n. Measured on a loaded 2-core
    machine after the session-6 fixes (look-ups bounded to their reach instead of scanning to
    the sentence's or the text's end): 3.9-4.5. The test allows < 6 for timing noise; a
    quadratic cost (a ratio of 16) still fails it."""
    gen, n = CONTEXT_FAMILIES[name]
    n //= 4
    assert len(gen(4 * n)) >= 250_000
    t1 = _cpu(gen(n), runs=2)
    t4 = _cpu(gen(4 * n), runs=2)  # best of two: one run at 250K characters was seen at 1.5x
    assert t4 / t1 < 6, f"{name}: {t1:.3f} s at n={n}, {t4:.3f} s at 4n (ratio {t4 / t1:.1f})"


@pytest.mark.slow
def test_no_per_figure_lookup_spans_the_text() -> None:
    """The class behind the context families' ratios, found where it starts: no call site
    calls a pattern with a window of more than 2,000 characters for each figure of a long
    sentence (tools/window_audit.py; a whole-text pass runs a few times per document)."""
    tool = Path(__file__).resolve().parents[1] / "tools" / "window_audit.py"
    proc = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True,
                          timeout=600, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("0 call sites over") == len(CONTEXT_FAMILIES), proc.stdout


@pytest.mark.slow
def test_ten_megabytes_without_spaces() -> None:
    blob = no_space_blob(10_000_000)
    check_records(blob, _records(blob))


@pytest.mark.slow
def test_multi_megabyte_article() -> None:
    """A 2 MB poll-dense article (about 28,000 statistics) comes out whole and well formed.
    Its cost is linear (about 1.2 ms per statistic on this machine, issue 16), so ten
    megabytes would only add CI minutes (419 s under load), not coverage; the ten-megabyte
    input of this suite is the blob above."""
    text = article(2_000_000)
    records = _records(text)
    check_records(text, records)
    per_mb = len([r for r in records if r["type"] == "statistic"]) / (len(text) / 1e6)
    assert per_mb > 1000  # a dense survey text, so the checks above saw many records


# -- Unicode ------------------------------------------------------------------------------------

SIGNS = ("%", "٪", "％", " percent", " per cent")


@pytest.mark.parametrize("zero", NUMBER_SCRIPTS, ids=lambda z: f"U+{z:04X}")
def test_every_digit_script_is_read_right_or_ignored(zero: int) -> None:
    for sign in SIGNS:
        text = f"Support was {digit(zero, 2)}{digit(zero, 7)}{sign} among voters."
        records = check_all(text, rerun=False)
        assert all(r["low"] == 27.0 for r in records), (text, records)
        mixed = f"Support was 2{digit(zero, 7)}{sign} and {digit(zero, 2)}7{sign}."
        assert all(r["low"] == 27.0 for r in check_all(mixed, rerun=False)), mixed


@pytest.mark.parametrize("sign", ["‰", " ‰", "‱", " ‱", "\u00a0‰"])
@pytest.mark.parametrize("zero", [0x30, 0x660, 0x966, 0xFF10])
def test_per_mille_is_not_percent(sign: str, zero: int) -> None:
    text = f"Crime rose to {digit(zero, 3)}{digit(zero, 5)}{sign} of residents, up 2{sign}."
    assert [r for r in check_all(text) if r["unit"] in ("percent", "percentage_point")] == []


@pytest.mark.parametrize(
    "text",
    ["½% of voters", "① in ② adults", "²% agreed", "Ⅸ% of them", "⅓ of voters agreed",
     "⁵⁰% said yes", "₅₀% said no", "１/２ of adults"],
)
def test_look_alikes_are_not_numbers(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2\u200b7% agreed", set()),  # zero-width space inside a number
        ("2\u200e7% agreed", set()),  # left-to-right mark
        ("2\u20667% agreed", set()),  # bidi isolate
        ("0.\u200b5% agreed", set()),
        ("1,\u200b600 adults were surveyed", set()),
        ("27\u200b3% agreed", set()),
        ("\u200e27%\u200e agreed", {27.0}),  # marks around a number are fine
        ("\u202b27%\u202c agreed", {27.0}),
        ("2\u03017% agreed", set()),  # combining mark inside a number
        ("1\x002% agreed", set()),  # NUL inside a number (UTF-16 read as UTF-8)
        ("\x0027%\x00 agreed", {27.0}),
        ("²5% agreed", set()),  # superscript glued to digits
        ("5²% agreed", set()),
    ],
)
def test_invisible_characters_never_split_a_number(text: str, values: set[float]) -> None:
    assert {r["low"] for r in check_all(text)} == values


@pytest.mark.parametrize(
    ("text", "value"),
    [("\u017fix percent", 6.0), ("SIX PERCENT", 6.0), ("f\u0130ve-sixths of voters", 83.333),
     ("a th\u0130rd of voters", 33.333), ("\u017fix-fold", 6.0), ("s\u0130x hundred adults "
     "were surveyed", 600.0), ("the share doubl\u0130ng", 2.0)],
)
def test_case_folded_number_words_read_their_value(text: str, value: float) -> None:
    """Case-insensitive matching equates ſ with s, İ with i and K (Kelvin) with k; the value
    is that of the word (``ſix`` once read as 0, ``fİve-sixths`` raised a KeyError)."""
    assert [r["low"] for r in check_all(text)] == [value]


def test_lone_surrogates_and_nul() -> None:
    for text in ("\ud800", "\udfff27%", "27%\ud800", "\x00" * 100, "\ud83d\ude00 27% \udc00"):
        check_all(text)


def test_checker_catches_misreadings() -> None:
    """The oracle itself: values not spelled in the span, cut numbers, per mille as percent."""
    rec = {"type": "statistic", "text": "1½%", "start": 0, "end": 3, "low": 1.5, "high": 1.5,
           "unit": "percent"}
    with pytest.raises(InvariantError, match="not spelled"):
        check_records("1½%", [rec])
    cut = dict(rec, text="7%", start=2, end=4, low=7.0, high=7.0)
    with pytest.raises(InvariantError, match="cuts a number"):
        check_records("2\u200b7%", [cut])
    mille = dict(rec, text="3‰", end=2, low=3.0, high=3.0)
    with pytest.raises(InvariantError, match="per mille"):
        check_records("3‰", [mille])
    with pytest.raises(InvariantError, match="without numbers"):
        check_records("½%", [dict(rec, text="½%", end=2, low=0.5, high=0.5)])
    assert 20.0 in spelled_values("one in five") and 2.0 not in spelled_values("½")


# -- the static ReDoS check (tools/check_regexes.py, run by .ci/run) -------------------------


def test_regex_checker_flags_backtracking_and_reads_unicode_classes() -> None:
    pytest.importorskip("regexploit")
    import importlib.util
    from pathlib import Path

    import regex

    path = Path(__file__).resolve().parents[1] / "tools" / "check_regexes.py"
    spec = importlib.util.spec_from_file_location("check_regexes", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.analyse(regex.compile(r"(a+)+b"))
    assert mod.analyse(regex.compile(r"\s*[\u2009a]*\s*x"))  # \s holds U+2009
    assert mod.analyse(regex.compile(r"(?r)x\s*\s*\s*\Z"))  # reversed, as it matches
    assert not mod.analyse(regex.compile(r"[\s\u2009]*[^\s.;,]*[\s\u2009]*x"))
    assert not mod.analyse(regex.compile(r"[0-9]++[0-9]*+[0-9]*+x"))  # possessive
    # the memo of patterns analysed before: a digest per pattern text, flags and analysis code
    assert mod.digest("a+b", 0) != mod.digest("a+b", int(regex.IGNORECASE))
    assert mod.digest("a+b", 0) != mod.digest("a+c", 0)
    assert mod.digest("a+b", 0) == mod.digest("a+b", 0)


# -- fuzz findings, pinned ------------------------------------------------------------------
# From the atheris run of fuzz/fuzz_extract.py (see fuzz/README.md); each once broke an invariant.

FUZZ_FINDINGS = [
    # run 7: a derived baseline of a figure too large for its change to show in a float
    # (1.5e19 % less 1 point is 1.5e19 %): the record claimed a change its ends do not have
    "25550 pp%20 %15 %1 pp to 010 pp%20 %1 pp to  pp%20 %15000000000000000000 %1 pp to 010 pp%20 %1 pp to 45 points\u0130 pp\u2014",
    "Support is 15000000000000000000 %, up 1 pp.",
    "in October 2024 %.in October 2024in October 2024555555555555500000001%twenty-two pp of in October 2024in October 2024 %0 pp of 10 respondentsin October 2024[five27in October 2024",
    "10 percentage points out of  adults000in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 20240000000000000000000\u066a3.5 pp per centin October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024in October 2024(in October 20240000000000000000000000in October 2024in October 202427\u066a0sample of from twenty-two\ud800 out of ",
    # superscript two glued before digits read as 5555555 %
    " %%25±%25±±±+/-%25±±%25+55fell ²5555555 %%25±%25±±±+/-%25±±%25+55fell 55555%25+/-%25±5",
    "+/-%25rose –––––%20%20%20%20%20%20%20%20%25²5555555 per cent%25–––––",
    # a sample size "50" followed by a zero-width space and a circled digit
    "5]sample of two-thirds50     ①\u200bsample of 505]sample of               50\u200b① two-"
    "thirds   ①①tripleK±①    two-thirds①① 90",
    # margins glued to more digits across a bidi override, NUL, combining marks (minimized)
    "+-2\u202e,2",
    "±5\x00,0",
    "±5\x00.5",
    "5 in 9\u03015",
    "+-1\ufe0f²",
    # a number glued across a zero-width space, a comma and a NUL (run 5)
    "5]pollsample of 505]sample of 50\u200b,\x0050",
    "50\u200b,\x0050",
    # an indented first sentence: the group before "(" was read from the text's start only
    # when no paragraph came before (run 5; minimized by hand)
    "  in October 2024Levada Center±in October 2024(0005 %",
    "  Low-income respondents (45%) agreed, Ipsos found.",
    # a derived comparison's earlier end (the later value less the change its span states;
    # session 6, run 6: the checker read the change's span for the computed baseline, and the
    # baseline kept binary noise, 1e-8 as 9.99999993922529e-09)
    "2024\uff05half points pp",
    "a third\u20145 percentage points",
    "3.5\u00a0%3.5\n pp%20\n",
    "1,600\u00a0%9\u00a0%\u00a0%\u00a0%9\u00a0% minus 2 pp\n100\u00a0%",
    "3.50000001\u00a0%3.5\n pp%20\n higher0 %in October 2024",
    "Approval of the transit plan climbed 2.1 points to 49.3%.",
    # Indian digit grouping (52,51,600 is 5,251,600) was not known to the checker (run 6)
    ".\u00a0%.\u00a0%1,600%. adults\u00a0%52,51,600%. adults\u00a0%52,5%",
    "  down down triple0 respondents people(0005 %in October 202495down down onequarter5]sample of .halved down down 50\u200b\u0301=\n\u200e\t\u0301%25%259\u066a[twenty-two999 higher9 adults\u06635555[twenty-two9999\u20140",
    # a comparison whose evidence spans a per-mille sign between two percent ends (the checker
    # now looks for ‰ only in the spans of the figures)
    "00000001in October 2024 %in October 202400in October 2024in October 2024rose one-fold[one-foldrose 00in October 2024in October 2024.  00180000\u00a0%0%25triple%20two-thirds  \u2460\ufe0ftwo-thirds\u2460009two-thirds tripleana third  two99 %5555555555555\u00a0%555520more than more than in October 2024in October 2024\u00b1in October 20249 %9in October 20249100000055555555555555555555555555555555555555in October 20240in October 2024in October 2024in October 2024\u00b1in October 20249 %0555\u013000020more than more than in October 2024in October 2024\u00b1in October 20249 %9in October 202491000in October 2024\u00b1in October 20249 %in October 202400hundred0in October 2024in October 20240000005555555in October 2024in October 2024rose one-fold[one-foldrose 00in October 2024in October 20249 %in October 20240in October 2024in October 2024in October 2024\u00b1in October 2024\u2031 %0555000020more than more than in October 20249 %9in October 20249100000020000000000015",
    # run 9: a slash fraction read after a digit of another script ("²1/5%" cut "²1" in two),
    # and a derived baseline of a range whose upper end is too large for the change to show
    # in a float (4-1.2e16 %, up 1 point: only the lower end moved)
    "²1/5%",
    "4\u221212000000000000000%1pp",
    # run 10: a one-letter line before a bracketed figure at the very start of the text was
    # read as its measure, but not after a prefixed paragraph (the look-back window reached
    # one character into the previous sentence, where "^" matched only at the text's start)
    "\u0130\n(0%\u0130\u0130",
    "Z\n(45%)",
    # run 10: a run of digits after "in" before a baseline's "and" made _BASELINE_WHEN split the
    # run in exponentially many ways (this input took 1,324 s; now milliseconds)
    '5550net two-thirds)2024%٪from %٪from in October 2024 % in October 2024055555555555555555555555555in October 2024%‰5555555550000000155555555555555555555555555555555555555two-thirds percentage points%Levada Center%%2000–1in October 2024‰1in October 2024٪in October 2024٪0%20%20 adults\n\n1in October 2024٪in October 2024٪２%20%20 adults\n\n1in October 2024٪in October 2024٪ percentage pointsin October 2024;000andquarter+/-from ',
    # run 11: hyphens after "in October 2024" made pair_rules_series._PAST_FRAME split the run
    # in polynomially many ways (105 hyphens: minutes; now milliseconds)
    "\u2212in October 2024 surveyed\nin October 2024" + "-" * 105 + "0  percentage points05\u2031"
    "doubled\n percentage points05 surveyed\n\u20310  percentage points0",
    "55\u202e0000%25\u202e\u202ean\u202e\u202e05\u00b10001/5\u202e\u0130minus 0555505\u00b10001/5 %pollhundred915\u00b100\u00b21/5 %pollhundred\u00ad00",
]


@pytest.mark.parametrize("text", FUZZ_FINDINGS)
def test_fuzz_finding(text: str) -> None:
    check_all(text)


# found by the fuzzer: a month-day baseline ("than October 5") crashed on_baseline
@pytest.mark.parametrize("text", ["than October 5％", "than October 5 %"])
def test_fuzz_finding_attribution_crash(text: str) -> None:
    check_all(text)


# -- hypothesis ---------------------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=()), max_size=300)  # surrogates included
piece_text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(any_text)
def test_invariants_on_any_text(text: str) -> None:
    check_all(text)  # also: no exception of any type escapes extract


@given(piece_text)
def test_invariants_on_number_soup(text: str) -> None:
    check_all(text)


_NO_DIGIT = st.characters(exclude_categories=("Nd",)).filter(lambda c: not c.isdigit())
_NO_NUMBER_PIECES = [p for p in PIECES if not has_number(p)]  # "%", " percent", "about "...


@given(st.lists(st.one_of(st.sampled_from(_NO_NUMBER_PIECES), st.text(_NO_DIGIT, max_size=8)),
                max_size=40).map("".join))
def test_no_numbers_no_records(text: str) -> None:
    if not has_number(text):  # a number word may still come out of the random letters
        assert _records(text) == []


@given(st.one_of(any_text, piece_text))
def test_parsers_raise_only_pollstats_errors(text: str) -> None:
    for parse in (pollstats.parse_number, pollstats.parse_percentage):
        try:
            value = parse(text)
        except pollstats.PollstatsError as e:
            assert isinstance(e, ValueError)
            assert e.text == text  # type: ignore[attr-defined]
            assert 0 <= e.position <= len(text)  # type: ignore[attr-defined]
            assert repr(text) in str(e) or len(text) > 1000
        else:
            assert any(math.isclose(value, v, abs_tol=6e-4) for v in spelled_values(text))


@pytest.mark.parametrize("bad", [b"27%", bytearray(b"27%"), memoryview(b"27%"), 27, 2.7, None,
                                 ["27%"], ("27%",)])
def test_non_str_is_a_type_error_naming_the_type(bad: object) -> None:
    name = type(bad).__name__
    for fn in (pollstats.extract, pollstats.parse_number, pollstats.parse_percentage):
        with pytest.raises(TypeError, match=name):
            fn(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        list(pollstats.iter_statistics([bad]))  # type: ignore[list-item]


def test_str_subclass_is_text() -> None:
    class Text(str):
        pass

    assert _stats(Text("Only 12% agreed.")) == [("12%", 12.0, 12.0, "percent")]


# -- determinism across processes and hash seeds ----------------------------------------------

_DUMP = (
    "import json, sys, pollstats\n"
    "texts = json.load(sys.stdin)\n"
    "print(json.dumps([pollstats.extract(t).records() for t in texts], sort_keys=True))\n"
)


@pytest.mark.slow
def test_same_output_across_hash_seeds_and_processes() -> None:
    texts = [article(30_000, seed=3), *(gen(max(1, n // 200)) for gen, n in FAMILIES.values())]
    texts.append("A survey by the Northfield Institute in May 2024 found 41% support, up from "
                 "35% in 2023; Gallup had 38%. The margin of error is ±3 points (n=1,012).")
    payload = json.dumps(texts)
    here = json.dumps([_records(t) for t in texts], sort_keys=True)
    for seed in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", _DUMP], input=payload, env=env, check=True,
                             capture_output=True, text=True).stdout
        assert out.strip() == here, f"PYTHONHASHSEED={seed} changed the output"


# -- streaming ----------------------------------------------------------------------------------


def _core(s: pollstats.Statistic) -> tuple[object, ...]:
    return (s.start, s.end, s.text, s.kind, s.low, s.high, s.unit, s.qualifier)


def _chunked(text: str, sizes: list[int]) -> list[str]:
    out, i, k = [], 0, 0
    while i < len(text):
        size = sizes[k % len(sizes)] if sizes else len(text)
        out.append(text[i : i + size])
        i += size
        k += 1
    return out


@pytest.mark.slow
@given(st.lists(survey_sentences(), min_size=1, max_size=6),
       st.lists(st.integers(1, 300), max_size=5), st.integers(1, 400))
def test_stream_equals_extract_on_paragraphs(
    paragraphs: list[tuple[str, object]], sizes: list[int], block: int
) -> None:
    text = "\n\n".join(p for p, _ in paragraphs)
    streamed = list(pollstats.iter_statistics(_chunked(text, sizes), block_chars=block))
    assert streamed == list(pollstats.extract(text).statistics)


@pytest.mark.slow
def test_stream_of_an_article_keeps_every_statistic() -> None:
    text = article(200_000, seed=5)
    streamed = pollstats.iter_statistics(_chunked(text, [777, 4096, 13]), block_chars=20_000)
    whole = [_core(s) for s in pollstats.extract(text).statistics]
    assert [_core(s) for s in streamed] == whole
    assert len(whole) > 300


@pytest.mark.parametrize(
    "name", ["percent_flood", "percent_flood_nospace", "from_to_chain", "no_spaces", "nul",
             "zero_width_bidi", "range_dashes", "article"],
)
def test_stream_equals_extract_without_paragraph_breaks(name: str) -> None:
    """Cut at a space or anywhere, with context on both sides: the same statistics."""
    gen, n = FAMILIES[name]
    text = gen(max(1, n // 20))
    streamed = pollstats.iter_statistics(_chunked(text, [333, 1000, 7]), block_chars=500)
    whole = [_core(s) for s in pollstats.extract(text).statistics]
    assert [_core(s) for s in streamed] == whole


def test_stream_arguments() -> None:
    assert [s.text for s in pollstats.iter_statistics("Only 12% agreed.")] == ["12%"]
    assert list(pollstats.iter_statistics([])) == []
    with pytest.raises(ValueError, match="block_chars"):
        list(pollstats.iter_statistics("x", block_chars=0))
