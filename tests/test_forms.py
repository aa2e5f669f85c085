"""One case per surface form and per exclusion: the sentences are ours, the forms the issue's."""

from __future__ import annotations

import pytest

import pollstats

# (id, sentence, expected [(text, kind, low, high, unit, qualifier)])
FORMS = [
    ("pct-sign", "Some 27% of bakers rise early.", [("27%", "share", 27, 27, "percent", "approximately")]),
    ("pct-space", "Exactly 27 % of bakers rise early.", [("27 %", "share", 27, 27, "percent", "exact")]),
    ("pct-nbsp", "Of the bakers, 27\u00a0% rise early.", [("27\u00a0%", "share", 27, 27, "percent", "exact")]),
    ("pct-thin", "Of the bakers, 27\u202f% rise early.", [("27\u202f%", "share", 27, 27, "percent", "exact")]),
    ("percent-word", "Only 27 percent of cyclists wear bells.", [("27 percent", "share", 27, 27, "percent", "exact")]),
    ("per-cent", "Only 27 per cent of cyclists wear bells.", [("27 per cent", "share", 27, 27, "percent", "exact")]),
    ("pct-abbr", "Only 27 pct of cyclists wear bells.", [("27 pct", "share", 27, 27, "percent", "exact")]),
    ("decimal", "A full 27.5% of anglers fish at dawn.", [("27.5%", "share", 27.5, 27.5, "percent", "exact")]),
    ("words-percent", "Just twenty percent of owls hoot twice.", [("twenty percent", "share", 20, 20, "percent", "exact")]),
    ("compound-per-cent", "Only twenty-two per cent of voters knew.", [("twenty-two per cent", "share", 22, 22, "percent", "exact")]),
    ("two-thirds", "Two-thirds of gardeners own a hose.", [("Two-thirds", "share", 66.667, 66.667, "percent", "exact")]),
    ("a-third", "A third of tenants pay late.", [("A third", "share", 33.333, 33.333, "percent", "exact")]),
    ("half-of", "Half of the residents keep bees.", [("Half", "share", 50, 50, "percent", "exact")]),
    ("a-quarter", "Roughly a quarter of pilots fly at night.", [("a quarter", "share", 25, 25, "percent", "approximately")]),
    ("three-quarters", "Three-quarters of nurses backed the plan.", [("Three-quarters", "share", 75, 75, "percent", "exact")]),
    ("one-fifth", "About one-fifth of workers cycle.", [("one-fifth", "share", 20, 20, "percent", "approximately")]),
    ("one-in-five", "One in five adults skips breakfast.", [("One in five", "share", 20, 20, "percent", "exact")]),
    ("1-in-10", "Nearly 1 in 10 drivers never signal.", [("1 in 10", "share", 10, 10, "percent", "approximately")]),
    ("3-out-of-10", "Only 3 out of 10 tenants felt safe.", [("3 out of 10", "share", 30, 30, "percent", "exact")]),
    ("one-in-five-hyphens", "One-in-five adults skip lunch.", [("One-in-five", "share", 20, 20, "percent", "exact")]),
    ("1-in-4-hyphens", "About 1-in-4 teens vape.", [("1-in-4", "share", 25, 25, "percent", "approximately")]),
    ("in-every", "One in every four voters is undecided.", [("One in every four", "share", 25, 25, "percent", "exact")]),
    ("pc", "Inflation hit 3.5pc in March.", [("3.5pc", "share", 3.5, 3.5, "percent", "exact")]),
    ("seven-in-ten", "Seven in ten teachers want smaller classes.", [("Seven in ten", "share", 70, 70, "percent", "exact")]),
    ("range-en-dash", "Support stood at 9–14% across regions.", [("9–14%", "share", 9, 14, "percent", "exact")]),
    ("range-hyphen-word", "Support stood at 9-14 percent across regions.", [("9-14 percent", "share", 9, 14, "percent", "exact")]),
    ("range-between", "Between 40% and 45% of farmers hedge.", [("40% and 45%", "share", 40, 45, "percent", "exact")]),
    ("split-to", "The measure passed 71 to 23 percent.", [("71 to 23 percent", "share", 71, 71, "percent", "exact"), ("23 percent", "share", 23, 23, "percent", "exact")]),
    ("split-slash", "The race is tied at 46/43 per cent.", [("46/43 per cent", "share", 46, 46, "percent", "exact"), ("43 per cent", "share", 43, 43, "percent", "exact")]),
    ("list", "Scores were 81%, 55% and 52%.", [("81%", "share", 81, 81, "percent", "exact"), ("55%", "share", 55, 55, "percent", "exact"), ("52%", "share", 52, 52, "percent", "exact")]),
    ("up-points", "Trust in courts was up 5 points.", [("5 points", "change", 5, 5, "percentage_point", "exact")]),
    ("pp", "Trust grew by 5 percentage points.", [("5 percentage points", "change", 5, 5, "percentage_point", "exact")]),
    ("point-drop", "It was a 5-point drop for the mayor.", [("5-point", "change", -5, -5, "percentage_point", "exact")]),
    ("percent-drop", "Clinics saw an 18 percent drop in visits.", [("18 percent", "change", -18, -18, "percent", "exact")]),
    ("rose-points", "Approval rose 3 points in a month.", [("3 points", "change", 3, 3, "percentage_point", "exact")]),
    ("fell-by-quarter", "Attendance fell by nearly a quarter.", [("a quarter", "change", -25, -25, "percent", "approximately")]),
    ("net-score", "The governor has a net score of -25.", [("-25", "change", -25, -25, "percentage_point", "exact")]),
    ("times", "Cyclists were 3.5 times as likely to agree.", [("3.5 times", "ratio", 3.5, 3.5, "ratio", "exact")]),
    ("twofold", "Demand saw a twofold rise.", [("twofold", "ratio", 2, 2, "ratio", "exact")]),
    ("two-fold", "Demand saw a two-fold rise.", [("two-fold", "ratio", 2, 2, "ratio", "exact")]),
    ("doubled", "The share of skeptics doubled.", [("doubled", "ratio", 2, 2, "ratio", "exact")]),
    ("tripled", "The share of skeptics tripled.", [("tripled", "ratio", 3, 3, "ratio", "exact")]),
    ("halved", "The share of skeptics halved.", [("halved", "ratio", 0.5, 0.5, "ratio", "exact")]),
    ("half-the-figure", "It is almost half the figure of last spring.", [("half the figure", "ratio", 0.5, 0.5, "ratio", "approximately")]),
    ("sample-adults", "The poll interviewed 1,600 adults by phone.", [("1,600 adults", "sample_size", 1600, 1600, "count", "exact")]),
    ("n-equals", "Parents were asked twice (n=1,012).", [("n=1,012", "sample_size", 1012, 1012, "count", "exact")]),
    ("sample-of", "It drew on a sample of 2,000 last week.", [("2,000", "sample_size", 2000, 2000, "count", "exact")]),
    ("respondents", "In all, 1,004 respondents answered.", [("1,004 respondents", "sample_size", 1004, 1004, "count", "exact")]),
    ("moe-pm", "The margin of error is ±3.1 percentage points.", [("3.1 percentage points", "margin_of_error", 3.1, 3.1, "percentage_point", "exact")]),
    ("moe-plus-minus", "Results are accurate to plus or minus 3 points.", [("3 points", "margin_of_error", 3, 3, "percentage_point", "exact")]),
    ("moe-of", "It has a margin of error of 3.4%.", [("3.4%", "margin_of_error", 3.4, 3.4, "percentage_point", "exact")]),
    ("moe-exceed", "The sampling error does not exceed 3.4 percent.", [("3.4 percent", "margin_of_error", 3.4, 3.4, "percentage_point", "at_most")]),
]

QUALIFIERS = [
    ("nearly", "approximately"), ("almost", "approximately"), ("about", "approximately"),
    ("around", "approximately"), ("roughly", "approximately"), ("some", "approximately"),
    ("approximately", "approximately"), ("close to", "approximately"),
    ("an estimated", "approximately"), ("over", "more_than"), ("more than", "more_than"),
    ("above", "more_than"), ("at least", "at_least"), ("under", "less_than"),
    ("less than", "less_than"), ("below", "less_than"), ("fewer than", "less_than"),
    ("up to", "at_most"), ("no more than", "at_most"), ("only", "exact"), ("an average of", "exact"),
]

# Text that must give no statistic at all.
EXCLUSIONS = [
    ("year", "The festival began in 2019 and returned in 2024."),
    ("date", "The vote is on March 6, 2025, at 10 a.m."),
    ("age", "Respondents aged 55 and older were called first."),
    ("age-range", "Those aged 25-39 were the most active."),
    ("money", "The levy would raise $40 million, or £12 per household."),
    ("hostages", "The deal would free 251 hostages over 42 days."),
    ("organizations", "More than 25 organizations signed the letter."),
    ("ordinal", "It was the second worst year and a top five issue."),
    ("half-of-hostages", "The plan would release half of the remaining hostages."),
    ("half-decade", "Growth slowed in the second half of the 2000s."),
    ("behalf", "She spoke on behalf of the union."),
    ("third-party", "A third-party candidate entered the race."),
    ("url", "See https://example.org/search?q=30%25%2020% for details."),
    ("url-encoded", "Open /docs/annual%20report%202024.pdf now."),
    ("per-mille", "The rate was 12‰ last year."),
    ("counts-people", "The attack killed 1,200 people."),
    ("met-times", "The committee met three times in May."),
    ("bare-points", "She scored 20 points in the final."),
    ("killed-near-survey", "More than 1,000 people were killed, a survey of the damage found."),
    ("doubled-down", "The minister doubled down on the claim."),
    ("twice-a-week", "Buses run twice a week."),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in FORMS], ids=[c[0] for c in FORMS])
def test_form(sentence: str, expected: list[tuple[str, str, float, float, str, str]]) -> None:
    got = [
        (s.text, s.kind, round(s.low, 3), round(s.high, 3), s.unit, s.qualifier)
        for s in pollstats.extract(sentence).statistics
    ]
    assert got == [(t, k, float(lo), float(hi), u, q) for t, k, lo, hi, u, q in expected]


@pytest.mark.parametrize(("word", "code"), QUALIFIERS, ids=[q[0] for q in QUALIFIERS])
def test_qualifier(word: str, code: str) -> None:
    stats = pollstats.extract(f"We found that {word} 40% of voters agreed.").statistics
    assert [(s.text, s.qualifier) for s in stats] == [("40%", code)]


@pytest.mark.parametrize("sentence", [c[1] for c in EXCLUSIONS], ids=[c[0] for c in EXCLUSIONS])
def test_exclusion(sentence: str) -> None:
    assert pollstats.extract(sentence).statistics == ()


def test_two_thirds_and_percent_are_two_stats() -> None:
    text = "Nearly two-thirds (62%) of parents agreed."
    got = [(s.text, s.low, s.qualifier) for s in pollstats.extract(text).statistics]
    assert got == [("two-thirds", 66.667, "approximately"), ("62%", 62.0, "exact")]


def test_from_to_is_two_shares_not_a_range() -> None:
    text = "Support slid from 45% to 38% in a year."
    got = [(s.text, s.low, s.high) for s in pollstats.extract(text).statistics]
    assert got == [("45%", 45.0, 45.0), ("38%", 38.0, 38.0)]


def test_rose_to_is_a_level_not_a_change() -> None:
    stats = pollstats.extract("Support rose to 45% in June.").statistics
    assert [(s.kind, s.low) for s in stats] == [("share", 45.0)]


def test_decrease_is_negative_and_increase_positive() -> None:
    stats = pollstats.extract("Crime fell 12% while fares rose 4%.").statistics
    assert [(s.kind, s.low) for s in stats] == [("change", -12.0), ("change", 4.0)]


def test_more_than_sample_size() -> None:
    stats = pollstats.extract("The survey polled more than 1,000 people online.").statistics
    assert [(s.text, s.kind, s.qualifier) for s in stats] == [
        ("1,000 people", "sample_size", "more_than")
    ]


def test_leads_with_two_figures_is_two_shares() -> None:
    stats = pollstats.extract("The mayor leads 48% to 44% in the poll.").statistics
    assert [(s.kind, s.low) for s in stats] == [("share", 48.0), ("share", 44.0)]


def test_lead_is_positive_change() -> None:
    stats = pollstats.extract("The mayor leads by 8 points; her lead is 8 points.").statistics
    assert [(s.kind, s.low, s.unit) for s in stats] == [("change", 8.0, "percentage_point")] * 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank cut its benchmark rate by a quarter point.", [("a quarter point", "change", -0.25, "percentage_point")]),
        ("Rates rose by half a percentage point.", [("half a percentage point", "change", 0.5, "percentage_point")]),
        ("The bank raised rates by 25 basis points.", [("25 basis points", "change", 0.25, "percentage_point")]),
        ("Rates now sit in a range of 4% to 4.25%.", [("4% to 4.25%", "share", 4.0, "percent")]),
        ("Shares have lost an average of 11% this year.", [("11%", "change", -11.0, "percent")]),
        ("The party stretched its lead over its rival to eight points in the poll.", [("eight points", "change", 8.0, "percentage_point")]),
        ("The survey of 412 chief executives was run online.", [("412 chief executives", "sample_size", 412.0, "count")]),
        ("The survey covered firms with between 100 and 2,500 employees.", []),
        ("The Hawks rallied from a 12-point deficit in the third quarter.", []),
        ("Half of the team was home with the flu.", []),
    ],
    ids=["quarter-point", "half-a-point", "basis-points", "range-of", "average-of", "lead-over-to",
         "survey-of-any-plural", "employees-not-sample", "sports-points", "half-of-team"],
)
def test_more_forms(sentence: str, expected: list[tuple[str, str, float, str]]) -> None:
    got = [(s.text, s.kind, s.low, s.unit) for s in pollstats.extract(sentence).statistics]
    assert got == expected


def test_margin_of_error_range() -> None:
    (st,) = pollstats.extract("The margin of error is between 1.4 and 2.8 points.").statistics
    assert (st.text, st.kind, st.low, st.high) == ("1.4 and 2.8 points", "margin_of_error", 1.4, 2.8)


def test_appositive_percent_makes_a_fraction_a_share() -> None:
    got = [(s.text, s.qualifier) for s in
           pollstats.extract("Fewer than half, 46%, said they could pay.").statistics]
    assert got == [("half", "less_than"), ("46%", "exact")]


def test_sample_after_conducted_with() -> None:
    text = "The survey, conducted March 27-31 with 2,004 voters in person, found 49% agree."
    assert [(s.text, s.kind) for s in pollstats.extract(text).statistics] == [
        ("2,004 voters", "sample_size"), ("49%", "share")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Labor leads the Coalition 52-48 on a two-party-preferred basis in the poll.",
         [("52", "share", 52.0), ("48", "share", 48.0)]),
        ("The poll had Labor ahead 53.5-46.5 this week.", [("53.5", "share", 53.5), ("46.5", "share", 46.5)]),
        ("Those aged 45-54 agreed with the poll.", []),
        ("Harris leads Trump 48-44 in the poll.", [("48", "share", 48.0), ("44", "share", 44.0)]),
        ("The Hawks led 28-24 at halftime.", []),
        ("It was a 50-50 ball in the final.", []),
        ("The vote fell a point to 36 per cent.", [("a point", "change", -1.0), ("36 per cent", "share", 36.0)]),
        ("He made a point of it.", []),
        ("That was a one-point gain for Labor in the poll.", [("one-point", "change", 1.0)]),
        ("- Labour: 22% (-1)", [("22%", "share", 22.0), ("-1", "change", -1.0)]),
        ("Keir Starmer 21% / 56% / -35", [("21%", "share", 21.0), ("56%", "share", 56.0), ("-35", "change", -35.0)]),
        ("His net rating rose to minus 5, an improvement from minus 9.", [("minus 5", "change", -5.0), ("minus 9", "change", -9.0)]),
        ("Women outpace men by 14 points in the poll.", [("14 points", "change", 14.0)]),
        ("The lead stands at nine points, up from six points.", [("nine points", "change", 9.0), ("six points", "change", 6.0)]),
        ("It was 23.2% (confidence interval of 22.1% to 24.3%).", [("23.2%", "share", 23.2), ("22.1% to 24.3%", "share", 22.1)]),
        ("The Liberals polled 19 per cent (minus 2) and the Greens 8 per cent (plus 1).",
         [("19 per cent", "share", 19.0), ("minus 2", "change", -2.0), ("8 per cent", "share", 8.0), ("plus 1", "change", 1.0)]),
        ("Labour 33% (down 3), Reform 28% (up 2 pts)",
         [("33%", "share", 33.0), ("3", "change", -3.0), ("28%", "share", 28.0), ("2 pts", "change", 2.0)]),
        ("Turnout (up 4) was high.", []),
        ("Rates held in a band of 3% to 5% all year.", [("3% to 5%", "share", 3.0)]),
        ("The target range is now 4.25% to 4.5%.", [("4.25% to 4.5%", "share", 4.25)]),
        ("Use fell to 6.1%, about half the 2010 level.", [("6.1%", "share", 6.1), ("half the 2010 level", "ratio", 0.5)]),
        ("The bank lowered its main rate by a quarter of a percentage point.",
         [("a quarter of a percentage point", "change", -0.25)]),
    ],
    ids=["split-52-48", "split-decimal", "age-band", "lead-48-44", "halftime-score", "fifty-fifty", "a-point", "a-point-idiom",
         "one-point", "bracket-change", "slash-net", "net-minus-words", "by-points", "from-points",
         "confidence-interval", "bracket-sign-words", "bracket-up-down", "bracket-no-share", "band-range",
         "target-range", "half-the-year-level", "lowered-by-fraction-point"],
)
def test_poll_reporting_forms(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    got = [(s.text, s.kind, s.low) for s in pollstats.extract(sentence).statistics]
    assert got == expected


def test_lead_with_possessive_and_adverb() -> None:
    text = "The Greens’ lead now stands at nine points in the poll."
    assert [(s.text, s.low) for s in pollstats.extract(text).statistics] == [("nine points", 9.0)]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Markets put roughly a 90% chance on a cut.", "approximately"),
        ("The jobless rate edged up to 4.4% in May.", "exact"),
        ("Fees could rise by up to 30%.", "at_most"),
    ],
)
def test_qualifier_context(sentence: str, qualifier: str) -> None:
    assert [s.qualifier for s in pollstats.extract(sentence).statistics] == [qualifier]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Teams using the tool ship 2.5x faster.", [("2.5x", "ratio", 2.5)]),
        ("Costs were 3× higher than in 2020.", [("3×", "ratio", 3.0)]),
        ("Buy a 4x4 truck and 2x4 planks.", []),
        ("Among renters, support falls to 35%.", [("35%", "share", 35.0)]),
        ("The margin of error is two points, so the one-point dip in approval is noise.",
         [("two points", "margin_of_error", 2.0), ("one-point", "change", -1.0)]),
        ("The margin of uncertainty lies between 1.2 and 2.4 points.",
         [("1.2 and 2.4 points", "margin_of_error", 1.2)]),
    ],
)
def test_ratio_signs_levels_and_margins(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert [(s.text, s.kind, s.low) for s in pollstats.extract(sentence).statistics] == expected


@pytest.mark.parametrize(
    ("sentence", "sample"),
    [
        ("Opinium for the Observer (fieldwork 2-4 May, 1,512 adults): Labour 31%", "1,512 adults"),
        ("Techne (phone and online, 1-3 May, 1,640 adults): Labour 29%", "1,640 adults"),
        ("The margin for the subsample of 412 voters is larger, at 5 points.", "412 voters"),
        ("Shopping online grew 5%, 2,000 people said.", None),
    ],
)
def test_sample_sizes_in_poll_details(sentence: str, sample: str | None) -> None:
    got = [s.text for s in pollstats.extract(sentence).statistics if s.kind == "sample_size"]
    assert got == ([sample] if sample else [])


def test_split_after_down_from_is_two_shares_and_no_cross_pair() -> None:
    ex = pollstats.extract("On the two-party vote, Labor leads 53-47, down from 56-44 in May.")
    assert [(s.text, s.low) for s in ex.statistics] == [
        ("53", 53.0), ("47", 47.0), ("56", 56.0), ("44", 44.0)
    ]
    assert not [c for c in ex.comparisons if c.from_.text == "56" and c.to.text == "47"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Greens are on 12 per cent, down one since the last survey.",
         [("12 per cent", "share", 12.0), ("one", "change", -1.0)]),
        ("Reform is on 27%, up 2 from last week.", [("27%", "share", 27.0), ("2", "change", 2.0)]),
        ("Sales rose 5%, up 2,000 units on the year.", [("5%", "change", 5.0)]),
    ],
)
def test_change_after_a_share_without_points(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert [(s.text, s.kind, s.low) for s in pollstats.extract(sentence).statistics] == expected
