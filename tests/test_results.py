"""Official results beside polls (RESULT_RULES): an election's own figures never take the
poll's source or fieldwork date; each row reads its examples and none of its near misses."""

from __future__ import annotations

import pytest
import regex

import pollstats
from pollstats.results import RESULT_RULES, official_result

_FIGURE = regex.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:%|per cent|percent|points)")


def _read_all(sentence: str) -> dict[str, str | None]:
    """Each figure of the sentence (in order, as facts.py reads them) and its rule."""
    out: dict[str, str | None] = {}
    starts: set[int] = set()
    for m in _FIGURE.finditer(sentence):
        rule = official_result(sentence, m.start(), m.end(), 0, len(sentence), starts)
        if rule is not None:
            starts.add(m.start())
        out[m[0]] = rule
    return out


@pytest.mark.parametrize(
    ("rule", "sentence", "figure"),
    [(r.name, s, f) for r in RESULT_RULES for s, f in r.examples],
)
def test_each_rule_reads_its_examples(rule: str, sentence: str, figure: str) -> None:
    assert _read_all(sentence)[figure] == rule


@pytest.mark.parametrize(
    ("rule", "sentence"), [(r.name, s) for r in RESULT_RULES for s in r.near_misses])
def test_no_rule_reads_a_near_miss(rule: str, sentence: str) -> None:
    got = _read_all(sentence)
    assert got, sentence
    assert list(got.values()) == [None] * len(got)


def test_a_long_list_of_results_is_read_in_linear_time() -> None:
    parties = " ".join(f"Party{k} {k % 40 + 1}.5%," for k in range(3000))
    text = f"At the 2024 election Labour won 33.7% of the vote, {parties} and the rest 1%."
    got = [r for r in pollstats.extract(text).records() if r["type"] == "statistic"]
    assert len(got) > 3000 and got[0]["source"] is None


def _attrs(text: str, published: str | None = "2025-06-20") -> list[tuple[str, str | None,
                                                                          str | None]]:
    return [(r["text"], r["source"], r["period"])
            for r in pollstats.extract(text, published=published).records()
            if r["type"] == "statistic"]


def test_a_referendum_result_keeps_its_own_date_and_no_pollster() -> None:
    text = ("Scotland voted to stay in the UK by 55% to 45% in September 2014, but a new "
            "Survation poll puts support for independence at 51%.")
    assert _attrs(text) == [("55%", None, "2014-09"), ("45%", None, "2014-09"),
                            ("51%", "Survation", "2025-06")]


def test_an_election_result_beside_a_poll_is_not_the_poll_s() -> None:
    text = ("Labor won 32.6 per cent of the primary vote at the 2022 election. The latest "
            "Newspoll has it on 35 per cent.")
    assert _attrs(text) == [("32.6 per cent", None, "2022"), ("35 per cent", "Newspoll",
                                                               "2025-06")]


def test_an_official_body_counting_votes_is_the_result_s_source() -> None:
    text = ("The incumbent won 58% of the vote in November, the Electoral Commission said. "
            "An Abacus Data poll now puts her at 44%.")
    got = _attrs(text)
    assert got[0] == ("58%", "Electoral Commission", "2024-11")
    assert got[1] == ("44%", "Abacus Data", "2025-06")


def test_a_projected_share_of_the_vote_stays_the_poll_s() -> None:
    text = "Reform would win 31% of the vote at the next election, a Find Out Now poll shows."
    assert _attrs(text) == [("31%", "Find Out Now", "2025-06")]


def test_an_election_score_is_dated_by_the_vote_named_before() -> None:
    text = ("Labor was returned at the May 2022 federal election. The Redbridge poll of "
            "1,500 voters puts Labor on 30%, well short of its election tally of 32.6%.")
    got = _attrs(text, "2025-06-20")
    assert ("32.6%", None, "2022-05") in got
    assert ("30%", "RedBridge Group", "2025-06") in got


def test_turnout_and_party_results_of_the_vote_take_no_pollster() -> None:
    text = ("The Datafolha poll of 2,004 voters puts Lula on 44%, against 50.9% for him and "
            "49.1% for Bolsonaro at the 2022 runoff. Turnout in the 2022 runoff was 79 "
            "percent.")
    got = {t: (s, p) for t, s, p in _attrs(text, "2025-06-20")}
    assert got["44%"][0] == "Datafolha"
    assert got["50.9%"] == (None, "2022") and got["49.1%"] == (None, "2022")
    assert got["79 percent"][0] is None


def test_a_tariff_or_tax_rate_takes_no_pollster() -> None:
    text = ("A Leger poll of 1,520 Canadians finds 61% oppose the measure. It came after "
            "Washington imposed 25 percent tariffs and Ottawa weighed a GST cut of 2 "
            "percentage points.")
    got = {t: s for t, s, _ in _attrs(text, "2025-03-10")}
    assert got["61%"] == "Leger"
    assert got["25 percent"] is None and got["2 percentage points"] is None
