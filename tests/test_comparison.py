"""Comparisons: every pairing form, non-comparisons that look alike, stated-change checks,
significance, periods and records. All sentences are written for these tests."""

from __future__ import annotations

import json

import attrs
import pytest

import pollstats
from pollstats._context import Sentences, tail_after
from pollstats._data import table, words
from pollstats.checks import (
    TOLERANCES,
    actual_interval,
    n_from_margin,
    significant_change,
    stated_fits,
)
from pollstats.comparison import Comparison, find_comparisons
from pollstats.model import Cue, Statistic
from pollstats.period import Period

Pair = tuple[float, float, float, float]


def pairs(text: str, **kw: object) -> list[Pair]:
    return [
        (c.from_.low, c.from_.high, c.to.low, c.to.high)
        for c in pollstats.extract(text, **kw).comparisons  # type: ignore[arg-type]
    ]


def only(text: str, **kw: object) -> Comparison:
    (c,) = pollstats.extract(text, **kw).comparisons  # type: ignore[arg-type]
    return c


def fig(text: str, low: float, high: float | None = None, kind: str = "share",
        unit: str = "percent") -> Statistic:
    return Statistic(text, 0, len(text), kind, low, low if high is None else high,  # type: ignore[arg-type]
                     unit)  # type: ignore[arg-type]


# -- forms ---------------------------------------------------------------------------------

FORMS = [
    # from X to Y
    ("Approval of the mayor slid from 45% to 38% over the winter.", "from_to", [(45, 45, 38, 38)]),
    ("Backing for the bypass rose from 41% to 47% between the two waves.", "from_to",
     [(41, 41, 47, 47)]),
    ("Support fell from 45 percent to 38 percent.", "from_to", [(45, 45, 38, 38)]),
    ("Belief in the forecast has doubled (from 9–14% to 21%) since the flood years.", "from_to",
     [(9, 14, 21, 21)]),
    ("The share fell from 52% in 2021 to 44% in 2023.", "from_to", [(52, 52, 44, 44)]),
    ("Approval went from 41% of respondents in 2019 to 47% in 2023.", "from_to",
     [(41, 41, 47, 47)]),
    # a baseline after a cue
    ("About 47% of residents now favour the scheme, up from 41% in 2019.", "baseline",
     [(41, 41, 47, 47)]),
    ("Trust in local newspapers stands at 31%, down from 40% in 2000.", "baseline",
     [(40, 40, 31, 31)]),
    ("This spring 26% said they cycle weekly, compared with 32% in October 2023.", "baseline",
     [(32, 32, 26, 26)]),
    ("Just 19% of parents read the newsletter each week — almost half the figure from "
     "October 2023 (32%).", "baseline", [(32, 32, 19, 19)]),
    ("Some 62% of members said the club was well run, only slightly higher than the "
     "previous year (56%).", "baseline", [(56, 56, 62, 62)]),
    ("Nearly two-thirds (62%) of members said they had “heard of it but not used it,” only "
     "slightly higher than the previous year (56%).", "baseline", [(56, 56, 62, 62)]),
    ("Support dropped to 38% from 45% a year earlier.", "baseline", [(45, 45, 38, 38)]),
    ("It fell to 30% this year from 36% last year.", "baseline", [(36, 36, 30, 30)]),
    ("Some 11% said so in October 2023, compared with 18% in September 2024.", "baseline",
     [(11, 11, 18, 18)]),
    ("Nearly two-thirds (64%) agree now, up from 58% in 2021.", "baseline", [(58, 58, 64, 64)]),
    ("The wrong-track share climbed to 57%, from 49% in the spring.", "baseline",
     [(49, 49, 57, 57)]),
    ("Some 30% say fares are too high, about the same as in 2022 (31%).", "baseline",
     [(31, 31, 30, 30)]),
    # the baseline first
    ("Compared with 32% in October 2023, only 19% now follow the story.", "baseline",
     [(32, 32, 19, 19)]),
    ("From 41% in 2019, support has risen to 47% this year.", "baseline", [(41, 41, 47, 47)]),
    # two dated figures
    ("The share was 41% in 2019 and 47% in 2023.", "time_pair", [(41, 41, 47, 47)]),
    ("The share was 47% in 2023 and 41% in 2019.", "time_pair", [(41, 41, 47, 47)]),
    # chains
    ("Support rose to 19%, then 26%, then 32%.", "chain", [(19, 19, 26, 26), (26, 26, 32, 32)]),
    ("The share of remote workers climbed to 19% in 2020, then to 26% in 2022 and to 32% in "
     "2024.", "chain", [(19, 19, 26, 26), (26, 26, 32, 32)]),
    ("Support for the levy fell from 52% in 2021 to 44% in 2023 and to 39% in 2025.", None,
     [(52, 52, 44, 44), (44, 44, 39, 39)]),
    ("Approval rose to 19% in 2020. By 2022 it had climbed to 26%.", "chain",
     [(19, 19, 26, 26)]),
    ("Approval was 40% in 2022. It rose to 44% in 2023.", "chain", [(40, 40, 44, 44)]),
    ("The share of renters rose to 19% in May, then 26% in July and 30% now.", "chain",
     [(19, 19, 26, 26), (26, 26, 30, 30)]),
    # parallel wording that refers back
    ("In the latest poll 47% backed the plan. A year earlier, the figure was 41%.", "anaphor",
     [(41, 41, 47, 47)]),
    ("In the latest poll 47% backed the plan. Back in 2019, it was 41%.", "anaphor",
     [(41, 41, 47, 47)]),
    ("Support is now 47%; last year the figure was 41%.", "anaphor", [(41, 41, 47, 47)]),
    ("Around 30% now cycle to work; that compares with 22% in 2015.", "anaphor",
     [(22, 22, 30, 30)]),
    # respectively: the two figures before, in order
    ("Only 8% backed the red team and 6% the blue team. Earlier polls put support at 12% and "
     "10%, respectively.", "respectively", [(12, 12, 8, 8), (10, 10, 6, 6)]),
    ("Now 30% walk and 20% cycle, while in 2015 the shares were 25% and 15%, respectively.",
     "respectively", [(25, 25, 30, 30), (15, 15, 20, 20)]),
    ("Some 44 percent said in 2019 that they trusted the council. By 2024 that had fallen to "
     "31 percent.", "anaphor", [(44, 44, 31, 31)]),
    ("Backing rose from 29% in the third wave (2011–2013) to 41% in the fourth.", "from_to",
     [(29, 29, 41, 41)]),
    # leads, gaps and net scores in points
    ("The Greens lead over Labour now stands at nine points, up from six points a month ago.",
     "baseline", [(6, 6, 9, 9)]),
    ("Her net rating of -35 compares with -31 in the previous poll and +19 in the week after "
     "the election.", "baseline", [(-31, -31, -35, -35), (19, 19, -35, -35)]),
    # the next sentence repeats the figures for an earlier time
    ("In the Daily Ledger poll, 36% approve and 58% disapprove. In May, the same poll found "
     "41% approving and 52% disapproving.", "parallel", [(41, 41, 36, 36), (52, 52, 58, 58)]),
    ("In 2018, 44% approved and 50% disapproved. In 2024, 39% approved and 57% disapproved.",
     "parallel", [(44, 44, 39, 39), (50, 50, 57, 57)]),
    # a figure credited to an earlier poll
    ("Some 71% say rents are too high, up from 64% in a Metro Herald poll last spring.",
     "baseline", [(64, 64, 71, 71)]),
]


@pytest.mark.parametrize(("text", "form", "expected"), FORMS)
def test_forms(text: str, form: str | None, expected: list[Pair]) -> None:
    comps = pollstats.extract(text).comparisons
    assert pairs(text) == expected
    if form is not None:
        assert {c.form for c in comps} == {form}
    for c in comps:
        assert c.start <= min(c.from_.start, c.to.start)
        assert c.end >= max(c.from_.end, c.to.end)
        assert not c.derived


NOT_COMPARISONS = [
    "Enthusiasm ranged from 79% in Poland to 39% in Germany.",
    "Support ranges from 30% in the north to 60% in the south.",
    "Turnout fell from 70% in the city to 50% in rural areas.",
    "Approval went from 30% among the youngest voters to 60% among the oldest.",
    "Estimates range from 20% to 40% depending on the model.",
    "The council vote went 71 to 23 percent in favour.",
    "Between 40% and 45% of voters are undecided.",
    "Among men, 45% approve, compared with 30% among women.",
    "Some 45% of Democrats back the bill, compared with 30% of Republicans.",
    "Men (45%) compared with women (30%) were keener.",
    "Women (47%) are more likely than men (39%) to agree.",
    "The figure was 45% in Germany and 40% in France.",
    "Support among men rose to 45% and to 50% among women.",
    "Approval for the park rose to 45%, while approval for the road fell to 30%.",
    "Approval among Democrats was 80% in 2022 and 60% among Republicans in 2023.",
    "Support for the club stood at 27%, comparable to the league (20%).",
    "It was 45% vs. 38% in the final count.",
    "Use of the library has halved, dropping to 6%.",
    "Fans of the red team outnumber fans of the blue team by 3.5 times.",
    "Only 8% backed the red team and 6% the blue team. Rivals got 12% and 10%, respectively.",
    "In 2020, 41% agreed. Separately, 47% of teachers disagreed.",
    "He polls 41 percent among those under 35, compared with 27 percent among voters aged 65 "
    "and over.",
    "Only 27% of those under 30 agree, compared with 41% of those 60 and older.",
    "Some 58% of graduates know it, compared with 29% of those with no degree.",
    "Among Democrats, 80% approve and 15% disapprove. In May, Republicans gave 20% and 75%.",
    "Some 39% back the plan and 61% oppose it. In March, 44% backed a rival plan.",
    "Some 47% approve of the mayor, more than 40% in 2019 approved of her rival.",
    "Compared with 32% of men, 45% of women agree.",
    "Some 30% of men agree, similar to women (31%).",
    "Compared with 32% in Germany, 45% in France agree.",
    "Only 8% backed the red team and 6% the blue team. Among men and women in 2019, the "
    "shares were 45% and 50%, respectively.",
]


@pytest.mark.parametrize("text", NOT_COMPARISONS)
def test_not_comparisons(text: str) -> None:
    assert pollstats.extract(text).statistics  # there are figures...
    assert pollstats.extract(text).comparisons == ()  # ...but no comparison


def test_derived_baseline_from_a_point_change() -> None:
    c = only("Satisfaction increased 5 points to 47%.")
    assert c.derived and c.form == "derived"
    assert (c.from_.low, c.to.low) == (42.0, 47.0)
    assert c.from_.text == "5 points" and c.stated is not None and c.stated.text == "5 points"
    assert c.consistent is None
    down = only("Trust fell 3 points to 38%.")
    assert (down.from_.low, down.to.low) == (41.0, 38.0)
    since = only("Backing reached 47%, 5 points higher than in 2019.")
    assert (since.from_.low, since.from_period) == (42.0, Period(2019))
    assert pollstats.extract("Backing reached 47%, 5 points higher than men.").comparisons == ()


def test_derived_comparisons_are_records_marked_derived() -> None:
    ex = pollstats.extract("Satisfaction increased 5 points to 47%.")
    assert len(ex.comparisons) == 1
    assert [r["type"] for r in ex.records()] == ["statistic", "statistic", "comparison"]
    rec = ex.records()[-1]
    assert rec["derived"] is True and (rec["from"]["low"], rec["to"]["low"]) == (42, 47)
    assert rec["kind"] == "over_time" and rec["stated"] == "5 points"
    # the baseline's period when the text gives it
    (rec,) = [r for r in pollstats.extract(
        "Satisfaction reached 47%, up 5 points from a year earlier, in a 2024 survey."
    ).records() if r["type"] == "comparison"]
    assert rec["derived"] is True and rec["from"]["low"] == 42
    assert (rec["from"]["period"], rec["to"]["period"]) == ("2023", "2024")


def test_net_scores_pair_in_parallel_sentences_and_are_not_stated_changes() -> None:
    text = ("In the Daily Ledger poll, 36% approve and 58% disapprove, a net rating of -22. "
            "In May, the same poll found 41% approving and 52% disapproving, a net of -11.")
    comps = pollstats.extract(text).comparisons
    assert pairs(text) == [(41, 41, 36, 36), (52, 52, 58, 58), (-11, -11, -22, -22)]
    assert all(c.stated is None and c.consistent is None for c in comps)
    assert comps[2].unit == "percentage_point" and comps[2].change_relative is None


def test_a_table_of_this_and_previous_poll() -> None:
    text = ("Top concerns (this poll / previous poll):\nPrices 41% / 44%\nCrime 38% / 35%\n"
            "Schools 15% / 15%\nSeparately, 12% named roads.")
    comps = pollstats.extract(text).comparisons
    assert pairs(text) == [(44, 44, 41, 41), (35, 35, 38, 38), (15, 15, 15, 15)]
    assert {c.form for c in comps} == {"table"}
    reversed_header = text.replace("this poll / previous poll", "2023 / 2025")
    assert pairs(reversed_header) == [(41, 41, 44, 44), (38, 38, 35, 35), (15, 15, 15, 15)]
    three = "Ratings (approve / disapprove / net):\nAda 21% / 56% / -35\n"
    assert pairs(three) == []


def test_changes_are_not_levels() -> None:
    # a bracketed change after a share is the change from the last poll: a derived baseline
    (c,) = pollstats.extract("Voting intention: Greens 31% (+2).").comparisons
    assert c.derived and (c.from_.low, c.to.low) == (29.0, 31.0)
    assert pairs("The gap narrowed by 3 points, up from 2 points in May.") == []


def test_net_scores_pair_with_net_scores_only() -> None:
    c = only("Net satisfaction with the council stands at -38, down from -31 a month ago.",
             sample_size=1000)
    assert (c.from_.low, c.to.low, c.unit, c.change_points) == (-31, -38, "percentage_point", -7)
    assert c.change_relative is None and c.significant is None
    # a share and a net score are not one measure
    assert pairs("Some 40% approve, a net rating of -12, up from -20 in May.") == [
        (-20, -20, -12, -12)]


def test_a_directional_cue_is_not_reordered_by_periods() -> None:
    # "up from" says which figure is earlier, whatever periods attribution gives (here the
    # December of the baseline would be read as the later one); "compared with" does not
    for cue, expected in (("up from", (33.0, 49.0)), ("compared with", (49.0, 33.0))):
        text = f"The March poll found 49% unhappy, {cue} 33% in December."
        late, early = pollstats.extract(text).statistics
        dated = [attrs.evolve(late, period=Cue.for_period(Period(2025, 3), 4, 9, "March")),
                 attrs.evolve(early, period=Cue.for_period(Period(2025, 12), 0, 0, ""))]
        (c,) = find_comparisons(text, dated)
        assert (c.from_.low, c.to.low) == expected, cue


def test_attributed_groups_and_sources_must_agree() -> None:
    assert pairs("Among men, 45% agree; last year the figure was 40%.") == [(40, 40, 45, 45)]
    text = "A Gallup poll found 39% approval. A YouGov poll last year found 44%."
    assert pairs(text) == []


def test_one_figure_is_the_end_of_at_most_one_comparison_per_side() -> None:
    text = "The share fell from 45% to 38% in the 2024 survey, down from 50% in 2020."
    assert pairs(text) == [(45, 45, 38, 38)]


# -- periods -------------------------------------------------------------------------------


def test_periods_of_the_ends() -> None:
    c = only("Some 18% heard of it in September 2024 compared to 11% in October 2023.")
    assert (c.from_period, c.to_period) == (Period(2023, 10), Period(2024, 9))
    c = only("Belief in it was 9% in 2007–2010 and 21% in 2023.")
    assert (c.from_period, c.to_period) == (Period(2007, end=2010), Period(2023))


def test_two_ends_never_share_a_period() -> None:
    c = only("Around 30% now cycle to work; that compares with 22% in 2015.")
    assert (c.from_period, c.to_period) == (Period(2015), None)


# -- stated changes ------------------------------------------------------------------------

DOUBLED = fig("doubled", 2.0, kind="ratio", unit="ratio")


def test_required_consistency_cases() -> None:
    # doubled, for 9–14% -> 21%: 21/14 = 1.5 ... 21/9 = 2.33 holds 2
    assert stated_fits(DOUBLED, fig("9–14%", 9, 14), fig("21%", 21)) is True
    # nearly twofold, for 12% -> 22%
    twofold = fig("twofold", 2.0, kind="ratio", unit="ratio")
    assert stated_fits(twofold, fig("12%", 12), fig("22%", 22), "nearly") is True
    # dropped by nearly a quarter, for 45% -> 38% (a 15.6% drop): does not fit
    quarter = fig("a quarter", -25.0, kind="change")
    assert stated_fits(quarter, fig("45%", 45), fig("38%", 38), "nearly") is False
    # 3.5 times, for 21% vs 6%
    times = fig("3.5 times", 3.5, kind="ratio", unit="ratio")
    assert stated_fits(times, fig("6%", 6), fig("21%", 21)) is True


def test_required_consistency_cases_in_text() -> None:
    c = only("Belief in it has doubled (from 9–14% to 21%) since then.")
    assert (c.stated and c.stated.text, c.wording, c.consistent) == ("doubled", "exact", True)
    c = only("This came with a nearly twofold increase (from 12% to 22%) in critics.")
    assert (c.stated and c.stated.text, c.wording, c.consistent) == ("twofold", "nearly", True)
    c = only("Trust has dropped by nearly a quarter — from 45% to 38% — since the last poll.")
    assert (c.stated and c.stated.text, c.wording, c.consistent) == ("a quarter", "nearly", False)


def test_a_level_told_as_less_than_half_of_another_fits_a_ratio_below_half() -> None:
    # "less than half the 21.9%": 10 / 21.9 = 0.46 is below a half; 12 / 21.9 = 0.55 is not
    text = "The Tories, on {}%, are at less than half the 21.9% they won in 2021."
    fits = []
    for level in (10, 12):
        cs = [c for c in pollstats.extract(text.format(level)).comparisons if c.stated]
        assert len(cs) == 1 and cs[0].stated is not None and cs[0].stated.text == "half"
        fits.append(cs[0].consistent)
    assert fits == [True, False]
    # a verb keeps its own sense: "more than halved" is a ratio below a half
    c = only("Support has more than halved, from 40% to 18%, since the spring.")
    assert (c.wording, c.consistent) == ("more_than", True)


@pytest.mark.parametrize(
    ("stated", "before", "after", "wording", "fits"),
    [
        (DOUBLED, 20, 40, "exact", True),
        (DOUBLED, 20, 34, "exact", False),    # at most 34.5 / 19.5 = 1.77
        (DOUBLED, 11, 18, "nearly", True),     # 17.5/11.5 ... 18.5/10.5 reaches 1.6
        (DOUBLED, 10, 21, "nearly", True),
        (DOUBLED, 10, 25, "nearly", False),    # overshoots "nearly"
        (DOUBLED, 11, 25, "more_than", True),
        (DOUBLED, 11, 19, "more_than", False),
        (DOUBLED, 10, 17, "less_than", True),
        (DOUBLED, 10, 23, "at_most", False),
        (DOUBLED, 10, 24, "at_least", True),
        (DOUBLED, 30, 20, "exact", False),     # a decrease is not a doubling
        (fig("halved", 0.5, kind="ratio", unit="ratio"), 12, 6, "exact", True),
        (fig("halved", 0.5, kind="ratio", unit="ratio"), 32, 19, "nearly", True),
        (fig("halved", 0.5, kind="ratio", unit="ratio"), 32, 24, "nearly", False),
        (fig("a third", 33.333, kind="change"), 30, 40, "about", True),
        (fig("a third", 33.333, kind="change"), 30, 50, "about", False),
        (fig("18 percent", -18.0, kind="change"), 50, 41, "exact", True),
        (fig("18 percent", -18.0, kind="change"), 41, 50, "exact", False),
        (fig("5 points", 5.0, kind="change", unit="percentage_point"), 42, 47, "exact", True),
        (fig("5 points", 5.0, kind="change", unit="percentage_point"), 42, 45, "exact", False),
        (fig("5 points", -5.0, kind="change", unit="percentage_point"), 47, 42, "exact", True),
    ],
)
def test_tolerance_bands(stated: Statistic, before: float, after: float, wording: str,
                         fits: bool) -> None:
    assert stated_fits(stated, fig(f"{before}%", before), fig(f"{after}%", after),
                       wording) is fits  # type: ignore[arg-type]


def test_stated_fits_is_none_when_undefined() -> None:
    assert stated_fits(DOUBLED, fig("0%", 0), fig("5%", 5)) is None
    assert stated_fits(fig("5%", 5), fig("1%", 1), fig("2%", 2)) is None  # a share states nothing
    assert actual_interval("count", fig("1%", 1), fig("2%", 2)) is None


def test_rounding_of_printed_figures() -> None:
    points = actual_interval("percentage_point", fig("41.5%", 41.5), fig("47%", 47))
    assert points == pytest.approx((4.95, 6.05))
    points = actual_interval("percentage_point", fig("two-thirds", 66.667), fig("70%", 70))
    assert points == pytest.approx((2.833, 3.833))


def test_tolerance_table_is_ordered() -> None:
    for lo, hi in TOLERANCES.values():
        assert 0 <= lo < 1 < hi


@pytest.mark.parametrize(("phrase", "code"), table("comparison.txt")["change_wording"])
def test_every_wording_phrase(phrase: str, code: str) -> None:
    c = only(f"Support has {phrase} doubled, from 20% to 40%.")
    assert c.stated is not None and c.stated.text == "doubled"
    assert c.wording == code


def test_stated_change_links() -> None:
    between = only("Backing was 40% in May, a rise of 5 points from 35% in March.")
    assert between.stated is not None and between.stated.text == "5 points"
    after = only("Support went from 10% to 20%, having doubled.")
    assert after.stated is not None and after.stated.text == "doubled" and after.consistent
    # a stated change in the next clause belongs to something else
    assert only("Support went from 10% to 21%), whereas the rest has halved.").stated is None
    text = ("Belief has doubled (from 9–14% to 21%), while belief in the rival theory has "
            "similarly halved, dropping to 6%.")
    c = only(text)
    assert c.stated is not None and c.stated.text == "doubled"


@pytest.mark.parametrize("word", words("comparison.txt", "clause_break"))
def test_clause_breaks_stop_a_stated_change_after_the_pair(word: str) -> None:
    assert only(f"Support went from 10% to 20%, {word} doubled.").stated is None


# -- significance --------------------------------------------------------------------------


def test_n_from_margin() -> None:
    assert round(n_from_margin(3.1)) == 999
    assert round(n_from_margin(2.0)) == 2401
    with pytest.raises(ValueError, match="positive"):
        n_from_margin(0)


def test_two_proportion_test() -> None:
    assert significant_change(fig("41%", 41), fig("47%", 47), 1000, 1000) is True
    assert significant_change(fig("41%", 41), fig("43%", 43), 1000, 1000) is False
    assert significant_change(fig("41%", 41), fig("43%", 43), 20000, 20000) is True
    # overlapping intervals are never significant
    assert significant_change(fig("9–14%", 9, 14), fig("12%", 12), 10**6, 10**6) is False
    # the closest ends of a range are tested: 14 vs 21 with n = 300 is significant
    assert significant_change(fig("9–14%", 9, 14), fig("21%", 21), 300, 300) is True
    assert significant_change(fig("9–14%", 9, 14), fig("21%", 21), 100, 100) is False


def test_significance_from_text_or_keyword() -> None:
    assert only("Support rose from 41% to 47%.").significant is None
    assert only("Support rose from 41% to 47%.", sample_size=1000).significant is True
    assert only("Support rose from 41% to 43%.", sample_size=1000).significant is False
    two_sizes = "A poll of 500 adults and a poll of 2,000 adults: support rose from 41% to 47%."
    assert only(two_sizes).significant is None


# -- where each end's sample size comes from (pollstats.samples) ----------------------------


def _ns(c: Comparison) -> tuple[float | None, float | None, str | None, str | None]:
    return c.n_from, c.n_to, c.n_source_from, c.n_source_to


def test_n_stated_for_each_figure() -> None:
    c = only("Backing for the dam is 47% (n=812), up from 41% (n=790) in 2020.")
    assert _ns(c) == (790, 812, "stated", "stated") and c.n_source == "stated"
    assert c.significant is True


def test_n_given_by_the_caller_for_whole_sample_figures() -> None:
    c = only("Backing for the dam rose from 41% to 47%.", sample_size=1000)
    assert _ns(c) == (1000, 1000, "caller", "caller") and c.significant is True


def test_n_stated_for_the_group() -> None:
    text = ("The poll of 1,800 adults in May 2024 had a subsample of 300 women. Among women, "
            "backing for the dam was 41%, against 52% among men.")
    ex = pollstats.extract(text)
    sized = [s for s in ex.statistics if s.kind == "sample_size"]
    assert [s.value for s in sized] == [1800, 300]
    # an over-time pair of women's figures: the later end takes the group's n, the earlier
    # end (another wave, its date unknown) none, so no significance
    c = only("A subsample of 300 women was polled. Among women, backing for the dam rose "
             "from 41% to 47%.")
    assert _ns(c) == (None, 300, None, "group") and c.n_source == "none/group"
    assert c.significant is None


def test_a_subgroup_never_takes_the_whole_samples_n() -> None:
    # fault: the whole sample's 2,000 (or the caller's n) used for women's figures
    text = "In a poll of 2,000 adults, backing for the dam among women rose from 41% to 47%."
    assert _ns(only(text))[:2] == (None, None) and only(text).significant is None
    assert only(text, sample_size=2000).significant is None


def test_a_figure_never_takes_another_pollsters_n() -> None:
    # fault: Gallup's 1,500 used for an Ipsos figure
    text = ("Gallup polled 1,500 adults on the dam. In an Ipsos poll, backing for the dam "
            "rose from 41% to 47%.")
    c = only(text)
    assert _ns(c) == (None, None, None, None) and c.significant is None
    # the same poll's own n does serve its later figure
    own = "Gallup polled 1,500 adults. In that poll backing for the dam rose from 41% to 47%."
    assert only(own).n_to == 1500 and only(own).n_source_to == "survey"


def test_the_earlier_wave_never_takes_this_waves_n() -> None:
    c = only("Backing for the dam rose from 41% to 47% (margin of error ±3 points).")
    assert c.n_from is None and c.n_source_to == "stated" and c.significant is None
    c = only("Backing for the dam is 55% (n=1,200), compared with 50% in 2020.")
    assert c.n_from is None and c.n_to == 1200 and c.significant is None


# -- records -------------------------------------------------------------------------------


def test_comparison_records() -> None:
    text = "Trust has dropped by nearly a quarter — from 45% in 2023 to 38% in 2024."
    recs = [r for r in pollstats.extract(text).records() if r["type"] == "comparison"]
    json.dumps(recs)
    (r,) = recs
    at = text.index("45%")
    assert r["from"] == {"low": 45.0, "high": 45.0, "period": "2023", "start": at,
                         "end": at + 3, "text": "45%", "subgroup": None, "subgroup_key": None,
                         "source": None, "n": None, "n_source": None}
    assert r["kind"] == "over_time" and (r["n_from"], r["n_to"], r["n_source"]) == (
        None, None, None)
    assert r["to"]["low"] == 38.0 and r["to"]["period"] == "2024"
    assert text[r["start"] : r["end"]] == r["text"]
    assert r["text"].startswith("a quarter") and r["text"].endswith("38%")
    assert r["unit"] == "percent" and r["change_points"] == -7.0
    assert r["change_relative"] == pytest.approx(-0.155556)
    assert (r["stated"], r["stated_value"], r["consistent"]) == ("a quarter", -25.0, False)
    assert text[r["stated_start"] : r["stated_end"]] == "a quarter"
    assert r["derived"] is False and r["significant"] is None


def test_comparisons_follow_statistics_in_records() -> None:
    recs = pollstats.extract("It rose from 41% to 47%. Then it rose from 47% to 52%.").records()
    assert [r["type"] for r in recs] == ["statistic"] * 4 + ["comparison"] * 2


def test_find_comparisons_accepts_any_order_and_no_statistics() -> None:
    text = "Approval slid from 45% to 38%."
    stats = pollstats.extract(text).statistics
    assert find_comparisons(text, reversed(stats)) == find_comparisons(text, stats)
    assert find_comparisons(text, ()) == ()


@pytest.mark.parametrize(
    "text",
    ["", "from % to %", "from 45% to", "12% and 10%, respectively", "respectively, 5% and",
     "(from 9–14% to 21%" * 3, "to 5% " * 50, "\u2028from 40%\u2029to 30%", "up from 0% to 0%"],
)
def test_odd_texts_never_raise(text: str) -> None:
    for c in pollstats.extract(text).comparisons:
        assert text[c.from_.start : c.from_.end] == c.from_.text


# -- the data tables -----------------------------------------------------------------------


@pytest.mark.parametrize("cue", words("comparison.txt", "baseline_figure_cue"))
def test_every_baseline_cue(cue: str) -> None:
    assert pairs(f"Support is 47% this year, {cue} 41% in 2019.") == [(41, 41, 47, 47)]


@pytest.mark.parametrize("verb", words("comparison.txt", "spread_verb"))
def test_every_spread_verb(verb: str) -> None:
    assert pairs(f"Support {verb} from 20% to 40%.") == []
    assert pairs(f"Support {verb} widely from 20% to 40%.") == []


@pytest.mark.parametrize("verb", words("comparison.txt", "motion_verb"))
def test_every_motion_verb(verb: str) -> None:
    assert pairs(f"Support {verb} 19%, then 26%.") == [(19, 19, 26, 26)]
    assert pairs("Support was 19%, then 26%.") == []


@pytest.mark.parametrize("subject", words("comparison.txt", "anaphor"))
@pytest.mark.parametrize("verb", words("comparison.txt", "anaphor_verb"))
def test_every_anaphor(subject: str, verb: str) -> None:
    text = f"In the latest poll 47% backed the plan. A year earlier, {subject} {verb} 41%."
    assert pairs(text) == [(41, 41, 47, 47)]


@pytest.mark.parametrize("word", words("comparison.txt", "chain_word"))
def test_chain_words(word: str) -> None:
    assert pairs(f"Support rose to 19% in 2020, {word} rose to 26% in 2022.") == [
        (19, 19, 26, 26)
    ]


def test_dated_tails() -> None:
    text = "x 32% in October 2023 and 5% on October 5, 2023, and 7% in late May 2022."
    keys = [tail_after(text, text.index(f) + len(f), len(text)).time for f in ("32%", "5%", "7%")]
    assert [(k.year, k.month) for k in keys if k is not None] == [(2023, 10), (2023, 10),
                                                                 (2022, 5)]
    assert tail_after("x 49% fall to 40%", 5, 100).kind == "none"  # "fall" the verb
    assert tail_after("x 49% last winter.", 5, 100).kind == "time"
    survey = tail_after("x 63% in a Metro Herald poll last month.", 5, 100)
    assert survey.kind == "time" and survey.time is not None and survey.time.past


@pytest.mark.parametrize("noun", words("dates.txt", "survey_nouns"))
def test_every_survey_noun(noun: str) -> None:
    tail = tail_after(f"x 63% in a City Desk {noun} in 2021.", 5, 100)
    assert tail.kind == "time" and tail.time is not None and tail.time.year == 2021


def test_tails() -> None:
    assert tail_after("79% in Poland to 39%", 3, 100).kind == "group"
    assert tail_after("45% of Democrats to 38%", 3, 100).group == "democrats"
    assert tail_after("45% of respondents to 38%", 3, 100).kind == "none"
    women = tail_after("45% among women in 2019 to 50%", 3, 100)
    assert (women.kind, women.group, women.time and women.time.year) == ("time", "women", 2019)


def test_sentences() -> None:
    s = Sentences.of("It rose to 5%. The U.S. poll found 41%. Next.")
    assert s.index(3) == 0 and s.index(20) == 1 and s.index(len("It rose to 5%. The U.S. poll "
                                                                 "found 41%. N")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The poll found 31% agree, up from a record low of 24% in 2022.", [(24, 24, 31, 31)]),
        ("Rates fell to 5.9% this week, well down from a peak of 7.1% in May 2023.",
         [(7.1, 7.1, 5.9, 5.9)]),
        ("In 2025, 48.5% said so, far below the 61.0% recorded in 2016.", [(61, 61, 48.5, 48.5)]),
        ("In 2025, 38% said so, nearly double the 20% who said so in 2022.", [(20, 20, 38, 38)]),
        # a level compared with another group's, with no time: no pair
        ("Women (64%) were well above men (41%).", []),
    ],
)
def test_baselines_after_a_noun_phrase_or_a_level_word(text: str, expected: list[Pair]) -> None:
    assert pairs(text) == expected


# -- ratios and gaps between two groups at one time ------------------------------------------


def _between(text: str) -> list[tuple[float, float, str | None, bool | None]]:
    return [
        (c.from_.value, c.to.value, c.stated.text if c.stated else None, c.consistent)
        for c in pollstats.extract(text).comparisons if c.kind == "between_groups"
    ]


def test_a_stated_ratio_between_groups_is_checked_against_its_figures() -> None:
    assert _between("Walkers outnumber drivers three to one, 48% against 16%.") == [
        (16, 48, "three to one", True)]
    assert _between("Walkers outnumber drivers three to one, 48% against 30%.") == [
        (30, 48, "three to one", False)]
    assert _between("Tenants were 2.5 times as likely as owners to skip meals (20% vs 8%).") == [
        (8, 20, "2.5 times", True)]
    assert _between("Tenants were twice as likely as owners to skip meals (20% vs 8%).") == [
        (8, 20, "twice", False)]


def test_a_stated_gap_between_groups_is_checked_against_its_figures() -> None:
    assert _between("A 12-point gap separates nurses (64%) from doctors (52%).") == [
        (52, 64, "12-point", True)]
    assert _between("Some 64% of nurses and 52% of doctors agree, a gap of 20 points.") == [
        (52, 64, "20 points", False)]


def test_group_comparisons_are_their_own_records() -> None:
    text = "Walkers outnumber drivers three to one, 48% against 16%."
    recs = pollstats.extract(text).records()
    (r,) = [r for r in recs if r["type"] != "statistic"]
    # not a "comparison" (a change over time, as the corpus counts them) but one of two groups
    assert r["type"] == "group_comparison" and r["kind"] == "between_groups"
    assert (r["from"]["low"], r["to"]["low"], r["stated"], r["consistent"]) == (
        16, 48, "three to one", True)
    assert text[r["stated_start"] : r["stated_end"]] == "three to one"


def test_over_time_changes_are_not_group_comparisons() -> None:
    assert _between("Walking doubled from 16% to 32%.") == []
    assert _between("Walking rose 12 points, from 36% to 48%.") == []
    assert _between("Walkers outnumber drivers, 48% against 16%.") == []


# -- series and the last time a question was asked -------------------------------------------


def test_a_series_gives_consecutive_pairs_each_end_with_its_own_period() -> None:
    text = "Use of the night bus was 9% in 2019, 14% in 2021, 18% in 2023 and 21% in 2025."
    got = [(c.from_.value, c.to.value, str(c.from_period), str(c.to_period))
           for c in pollstats.extract(text).comparisons]
    assert got == [(9, 14, "2019", "2021"), (14, 18, "2021", "2023"), (18, 21, "2023", "2025")]
    backwards = "Use of the night bus was 21% in 2025, 18% in 2023 and 14% in 2021."
    assert [(c.from_.value, c.to.value) for c in pollstats.extract(backwards).comparisons] == [
        (18, 21), (14, 18)]
    places = "Use of the night bus was 21% in Leeds, 18% in York and 14% in Hull."
    assert pollstats.extract(places).comparisons == ()


def test_the_last_time_a_question_was_asked_is_the_baseline_of_the_figure_before() -> None:
    text = ("Some 44% of drivers favour the toll. The last time the question was put, in "
            "June 2022, 39% did.")
    c = only(text)
    assert (c.from_.value, c.to.value, str(c.from_period), c.rule) == (39, 44, "2022-06",
                                                                       "last_asked")
    # two sentences about different groups never pair
    other = ("Some 44% of drivers favour the toll. The last time the question was put, 39% "
             "of cyclists did.")
    assert pollstats.extract(other).comparisons == ()


def test_each_group_of_a_group_comparison_takes_its_own_n() -> None:
    text = ("The panel had a subsample of 600 women and a subsample of 550 men. Among women, "
            "41% cycle to work, twice the share among men (20%).")
    for c in pollstats.extract(text).comparisons:
        # a figure may only take the n of the group it is attributed to, and two ends read
        # as one group (one attribution missed) take no group n at all
        for end, n, src in ((c.from_, c.n_from, c.n_source_from), (c.to, c.n_to, c.n_source_to)):
            if src == "group":
                assert end.group is not None and n == {"gender=female": 600,
                                                       "gender=male": 550}[end.group.key]
    text = "We polled 500 women. Women were twice as likely as men to cycle, 30% against 15%."
    (c,) = pollstats.extract(text).comparisons
    assert c.kind == "between_groups" and c.significant is None


def test_a_net_score_takes_a_derived_baseline_below_zero() -> None:
    (c,) = pollstats.extract("The mayor's net rating is -15, down 6 points since May.").comparisons
    assert c.derived and (c.from_.low, c.to.low) == (-9.0, -15.0)
    # a share never does: a change bigger than the share is not its own
    assert all(not c.derived for c in pollstats.extract(
        "Some 3% back the toll, down 6 points since May.").comparisons)


def test_a_lead_in_points_pairs_with_its_earlier_lead() -> None:
    c = only("Mora is ahead by 4.2 points in the city, down from a 7.5-point edge in June.")
    assert (c.from_.value, c.to.value) == (7.5, 4.2)
    c = only("The Greens are 9 points ahead of Labour, up from a six-point lead in May.")
    assert (c.from_.value, c.to.value) == (6, 9)


def test_an_earlier_wave_pairs_by_names_not_by_order() -> None:
    text = ("The poll puts Vidal on 33%, Mora on 29% and Roig on 12%. A month earlier, the "
            "same pollster had Mora on 31% and Vidal on 30%.")
    got = sorted((c.from_.value, c.to.value) for c in pollstats.extract(text).comparisons)
    assert got == [(30, 33), (31, 29)]


def test_a_baseline_further_back_refers_to_the_figure_of_its_group() -> None:
    text = ("Some 61% back the levy, including 70% of renters. The last time the question was "
            "put, in May, 55% did.")
    assert (only(text).from_.value, only(text).to.value) == (55, 61)
    text = ("Only 21% trust the board, down from 24% in May. That is below the 23% it "
            "recorded in 2019.")
    got = sorted((c.from_.value, c.to.value) for c in pollstats.extract(text).comparisons)
    assert got == [(23, 21), (24, 21)]


@pytest.mark.parametrize("noun", words("comparison.txt", "figures_noun"))
def test_each_figures_noun_gives_earlier_values(noun: str) -> None:
    text = (f"Some 44% back the levy and 48% oppose it. In the March poll, the {noun} were "
            "39% and 52%.")
    assert sorted(pairs(text)) == [(39, 39, 44, 44), (52, 52, 48, 48)]
    assert pairs(f"Some 44% back the levy and 48% oppose it. The {noun} were 39% and 52%.") == []


def test_a_fraction_restated_in_brackets_after_its_noun_phrase_gives_way_to_the_digits() -> None:
    # the words between "a quarter" and "(23%)" are one noun phrase: one figure, not two
    text = "Nearly a third of Tory voters from 2019 (31%) now back Reform, up from 18% in May."
    assert pairs(text) == [(18, 18, 31, 31)]
    # a fraction and a figure in brackets after a new clause are two figures
    text = "Nearly a quarter of tenants back the levy, up from 19% in 2022; owners are keener (31%)."
    assert pairs(text) == [(19, 19, 25, 25)]


def test_a_second_baseline_of_the_same_subject_is_the_subjects() -> None:
    """"X, down from Y in May, and is well below the Z of a year ago": Z is not Y's baseline."""
    text = ("In the Ipsos poll trust now stands at 33%, down from 36% in May, and is well "
            "below the 41% seen a year ago.")
    pairs = {(c.from_.low, c.to.low) for c in pollstats.extract(text).comparisons}
    assert (36.0, 33.0) in pairs
    assert (41.0, 36.0) not in pairs  # 41% is no baseline of the May figure


@pytest.mark.parametrize(("word", "direction"), table("comparison.txt")["stated_change_gap"])
def test_each_stated_change_gap_word_gives_a_direction(word: str, direction: str) -> None:
    # "eight points below the 55%": the word says which way; the later figure is the one the
    # arithmetic leads to, and the other way leads nowhere
    later = 47 if direction.strip() == "down" else 63
    text = (f"The mayor's approval is {later}% this week. It has shifted by eight points "
            f"{word} the 55% she registered in March.")
    assert (55, 55, later, later) in pairs(text)
    other = 63 if later == 47 else 47
    text = (f"The mayor's approval is {other}% this week. It has shifted by eight points "
            f"{word} the 55% she registered in March.")
    assert (55, 55, other, other) not in pairs(text)


@pytest.mark.parametrize(("text", "base"), [
    ("Approval of the plan climbed 2.1 points to 49.3%.", 47.2),
    ("Trust in the courts stands at 38.4 per cent, down 1.3 points since 2023.", 39.7),
    ("Labour is on 31.7 percent, up 0.4 percentage points on the last poll.", 31.3),
])
def test_a_derived_baseline_is_the_decimal_difference(text: str, base: float) -> None:
    """49.3 - 2.1 is 47.199999999999996 in binary floating point; the record says 47.2."""
    recs = [r for r in pollstats.extract(text).records() if r["type"] == "comparison"]
    assert [r["from"]["low"] for r in recs] == [base]


@pytest.mark.parametrize("text", [
    "Approval of the premier fell to 41.2 percent, down 2.9 points since the first week of "
    "May, when it stood at 44.1 percent, and is well below the high of 52.6 percent in March.",
    "The rand poll has Ramaphosa at 48%, down four points since June, when he was at 52%, and "
    "far below the peak of 61% in 2019.",
])
def test_a_second_predicate_after_a_when_baseline_is_about_the_subject(text: str) -> None:
    # "and is well below the high of ..." is said of the current figure, not of the baseline
    # stated in the "when" clause before it
    made = pairs(text)
    assert not any(p[0] in (52.6, 61) and p[2] in (44.1, 52) for p in made), made


@pytest.mark.parametrize(("text", "pair", "wrong"), [
    ("Datum gave Keiko 47% of valid votes against 45% for Castillo. Keiko's share was down "
     "from 51% in the firm's previous poll.", (51, 47), (51, 45)),
    ("Quaest put Lula on 44% against 41% for Tarcísio. Tarcísio's share was up from 37% in "
     "the previous round.", (37, 41), (37, 44)),
])
def test_a_named_share_takes_its_own_side_of_a_split(
    text: str, pair: tuple[float, float], wrong: tuple[float, float]
) -> None:
    # the other side's name written before its figure ("against 45% for Castillo" follows
    # "Keiko 47%") does not make the 45% Keiko's
    made = {(p[0], p[2]) for p in pairs(text)}
    assert pair in made and wrong not in made, made
