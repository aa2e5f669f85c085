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
    ("bracket-pair", "Trust in the press saw a modest rise (31% to 35%) over the year.",
     [("31%", S, 31, 31, P, E), ("35%", S, 35, 35, P, E)]),
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
    ("hyphen-percent", "The fund took a 5-percent stake in the utility.",
     [("5-percent", S, 5, 5, P, E)]),
    ("glued-percent", "Turnout reached 62percent in the capital.", [("62percent", S, 62, 62, P, E)]),
    ("p-dot-c-dot", "Exports rose 10 p.c. in the year.", [("10 p.c.", C, 10, 10, P, E)]),
    ("mixed-fraction", "The Fed lifted rates by 2 1/2 percent over two years.",
     [("2 1/2 percent", C, 2.5, 2.5, P, E)]),
    ("mixed-fraction-hyphen", "Bond yields rose 3-1/4 per cent.",
     [("3-1/4 per cent", C, 3.25, 3.25, P, E)]),
    ("slash-fraction-point", "Rates were trimmed 1/4 point.",
     [("1/4 point", C, -0.25, -0.25, PP, E)]),
    ("fraction-word-percent", "Yields slid a half percent and prices gained one-quarter per cent.",
     [("a half percent", C, -0.5, -0.5, P, E), ("one-quarter per cent", C, 0.25, 0.25, P, E)]),
    ("as-much-as", "Shares surged as much as 15 percent in Seoul.",
     [("15 percent", C, 15, 15, P, "at_most")]),
    ("as-many-as", "As many as 40% of voters may stay home.", [("40%", S, 40, 40, P, "at_most")]),
    # near misses: a split with a slash, version numbers, page numbers, a dot in a word
    ("slash-split", "Labour 46/43 per cent over the Tories.",
     [("46/43 per cent", S, 46, 46, P, E), ("43 per cent", S, 43, 43, P, E)]),
    ("version-number", "Install version 2.5 of the app, see p.5 and section 1.5.2.", []),
    ("dot-in-word", "See file.5 in folder v.5 for 5 items.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in WRITING],
                         ids=[c[0] for c in WRITING])
def test_ways_of_writing(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- 3: index and score points are not percentage points ---------------------------------------

INDEX_POINTS: list[tuple[str, str, list[Stat]]] = [
    ("tsx", "Toronto's TSX gained 71.3 points on Thursday.", []),
    ("futures", "U.S. stock futures were up 0.4 points before the bell.", []),
    ("points-or-percent", "Tokyo's Nikkei shed 240 points, or 0.8%, by the close.",
     [("0.8%", C, -0.8, -0.8, P, E)]),
    ("points-or-percent-small", "The FTSE 100 added 38 points, or 0.5 per cent, in London.",
     [("0.5 per cent", C, 0.5, 0.5, P, E)]),
    ("points-or-about", "The Sensex was 60 points, or about 0.1%, lower at noon.",
     [("0.1%", C, -0.1, -0.1, P, A)]),
    ("price-points", "Bond prices slipped 2 points after the auction.", []),
    # near misses: points of a poll figure stay percentage points
    ("poll-points", "The Greens are up 3 points in the latest poll, to 14%.",
     [("3 points", C, 3, 3, PP, E), ("14%", S, 14, 14, P, E)]),
    ("approval-points", "His approval rating sank 6 points over the summer.",
     [("6 points", C, -6, -6, PP, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in INDEX_POINTS],
                         ids=[c[0] for c in INDEX_POINTS])
def test_index_points(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- 5: changes told by verbs and appositives ---------------------------------------------------

VERBS: list[tuple[str, str, list[Stat]]] = [
    ("plummeting", "Shares in the lender were plummeting 14% by midday.",
     [("14%", C, -14, -14, P, E)]),
    ("rallied", "The rand rallied 2.6% against the euro.", [("2.6%", C, 2.6, 2.6, P, E)]),
    ("advancing", "Advancing 1.9% on the week, copper hit a high.", [("1.9%", C, 1.9, 1.9, P, E)]),
    ("to-drop", "Builders expect starts to drop 6% next year.", [("6%", C, -6, -6, P, E)]),
    ("grow-by", "The plan aims to grow tourism receipts by 9% by 2030.",
     [("9%", C, 9, 9, P, E)]),
    ("carried-verb", "Wheat fell 1.8%, and barley by 2.3%.",
     [("1.8%", C, -1.8, -1.8, P, E), ("2.3%", C, -2.3, -2.3, P, E)]),
    ("carried-verb-while", "Rents rose 4% in Leeds while prices by 2%.",
     [("4%", C, 4, 4, P, E), ("2%", C, 2, 2, P, E)]),
    # near misses: a verb to a level, a carried verb across a sentence
    ("climbed-to-level", "Inflation climbed to 5.9% in June.", [("5.9%", S, 5.9, 5.9, P, E)]),
    ("noun-verb-to-level", "Mortgage rates were cut to 4.2% and the levy saw a rise to 6%.",
     [("4.2%", S, 4.2, 4.2, P, E), ("6%", S, 6, 6, P, E)]),
    ("lead-to-size", "Labour extended its lead to 5 points in the poll.",
     [("5 points", C, 5, 5, PP, E)]),
    ("lead-is-now", "The SNP's lead over Labour is now 8 points in the poll.",
     [("8 points", C, 8, 8, PP, E)]),
    ("no-carry-across-sentences", "Wheat fell 1.8%. Losses by 30% of farms were small.",
     [("1.8%", C, -1.8, -1.8, P, E), ("30%", S, 30, 30, P, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in VERBS],
                         ids=[c[0] for c in VERBS])
def test_change_verbs(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- 6: slash fractions of people and things, not of measuring units ---------------------------

SLASH: list[tuple[str, str, list[Stat]]] = [
    ("of-voters", "Roughly 1/3 of voters in Quebec were undecided.",
     [("1/3", S, 33.333, 33.333, P, A)]),
    ("of-things", "Some 1/4 of the region's clinics have closed.", [("1/4", S, 25, 25, P, A)]),
    ("of-a-gallon", "Top up with 1/8 of a gallon of water.", []),
    ("of-an-inch", "Trim 1/2 of an inch from each side.", []),
    ("inch", "Use a 3/4 inch board.", []),
    ("of-an-hour", "It took 3/4 of an hour to count.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in SLASH],
                         ids=[c[0] for c in SLASH])
def test_slash_fractions(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- 8: points said in words, leads, bracketed changes, samples of men and women ---------------

WORDS: list[tuple[str, str, list[Stat]]] = [
    ("a-modest-two", "Backing for the coalition dipped a modest two points to 35 percent.",
     [("two points", C, -2, -2, PP, E), ("35 percent", S, 35, 35, P, E)]),
    ("a-further", "The Liberals fell a further three points in the poll.",
     [("three points", C, -3, -3, PP, E)]),
    ("lead-narrowing", "In the poll, the Labor lead narrowing to just six points.",
     [("six points", C, 6, 6, PP, E)]),
    ("points-clear", "Fianna Fáil are now five points clear in the poll.",
     [("five points", C, 5, 5, PP, E)]),
    ("paren-words", "CDU 30% (up two), SPD 15% (three fewer), AfD 20% (down 1).",
     [("30%", S, 30, 30, P, E), ("two", C, 2, 2, PP, E), ("15%", S, 15, 15, P, E),
      ("three", C, -3, -3, PP, E), ("20%", S, 20, 20, P, E), ("1", C, -1, -1, PP, E)]),
    ("men-and-women", "The poll of 714 men and women ran in June.",
     [("714 men and women", "sample_size", 714, 714, "count", E)]),
    # near misses: brackets after a count, not a share; a bracket without a direction
    ("paren-seats", "Labour won 34 seats (up two) on the council.", []),
    ("paren-no-direction", "Greens 9% (three in all), Liberals 12%.",
     [("9%", S, 9, 9, P, E), ("12%", S, 12, 12, P, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in WORDS],
                         ids=[c[0] for c in WORDS])
def test_points_in_words(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- 9: fraction words of a counted group of respondents ---------------------------------------

GROUP_FRACTIONS: list[tuple[str, str, list[Stat]]] = [
    ("half-of-which", "Of the 600 respondents, almost half of which were nurses, most agreed.",
     [("600 respondents", "sample_size", 600, 600, "count", E), ("half", S, 50, 50, P, A)]),
    ("half-of-them", "We polled 1,000 adults; half of them backed the plan.",
     [("1,000 adults", "sample_size", 1000, 1000, "count", E), ("half", S, 50, 50, P, E)]),
    ("a-third-of-those", "Of 800 farmers asked, a third of those said prices fell.",
     [("800 farmers", "sample_size", 800, 800, "count", E),
      ("a third", S, 33.333, 33.333, P, E)]),
    # near misses: half of an amount of money
    ("half-of-money", "Of the $400 million, half of which went on roads, little is left.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in GROUP_FRACTIONS],
                         ids=[c[0] for c in GROUP_FRACTIONS])
def test_fraction_words_of_groups(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- 7: a unit stated once, carried to bare numbers ---------------------------------------------

CARRIED: list[tuple[str, str, list[Stat]]] = [
    ("from-to-bare", "Poverty fell from 6.5 percent to 2.9 over the decade.",
     [("6.5 percent", S, 6.5, 6.5, P, E), ("2.9", S, 2.9, 2.9, P, E)]),
    ("down-from-bare", "The Greens polled 6.2 per cent, down from 4.4 in the last round.",
     [("6.2 per cent", S, 6.2, 6.2, P, E), ("4.4", S, 4.4, 4.4, P, E)]),
    ("party-list", "The SPD stands on 3.1 percent, while the Pirates get 4.8 and the Greens "
     "6.2 percent.", [("3.1 percent", S, 3.1, 3.1, P, E), ("4.8", S, 4.8, 4.8, P, E),
                      ("6.2 percent", S, 6.2, 6.2, P, E)]),
    ("party-list-commas", "Labor 34%, Coalition 30, One Nation 12 and Greens 9.",
     [("34%", S, 34, 34, P, E), ("30", S, 30, 30, P, E), ("12", S, 12, 12, P, E),
      ("9", S, 9, 9, P, E)]),
    ("bullets", "Greens: 9.4 per cent overall\n• Aged 18-34 - 12.6\n• Aged 35-54 - 8.1\n"
     "• Aged 55+ - 5.9\n", [("9.4 per cent", S, 9.4, 9.4, P, E), ("12.6", S, 12.6, 12.6, P, E),
                             ("8.1", S, 8.1, 8.1, P, E), ("5.9", S, 5.9, 5.9, P, E)]),
    ("bullets-words", "Reform: 29.4 per cent of the vote overall, in the latest tracker\n"
     "• Women - 27.1\n• Renters in the North East - 33.0\n• Graduates in big cities - 18.2\n",
     [("29.4 per cent", S, 29.4, 29.4, P, E), ("27.1", S, 27.1, 27.1, P, E),
      ("33.0", S, 33, 33, P, E), ("18.2", S, 18.2, 18.2, P, E)]),
    ("earlier-round", "She took 52% of the vote in 2022, down from 61 in 2018.",
     [("52%", S, 52, 52, P, E), ("61", S, 61, 61, P, E)]),
    ("central-banks", "The Fed cut to 4.5%, while the ECB held at 4 and the BoE at 5.25.",
     [("4.5%", S, 4.5, 4.5, P, E), ("4", S, 4, 4, P, E), ("5.25", S, 5.25, 5.25, P, E)]),
    ("numbered-nouns", "The levy is 2%, with Section 8 and Article 5 applying.",
     [("2%", S, 2, 2, P, E)]),
    ("month-day", "Prices rose 3%, while May 4 was a holiday.", [("3%", C, 3, 3, P, E)]),
    ("seats", "He won 52% of the vote, down from 61 seats.", [("52%", S, 52, 52, P, E)]),
    # near misses: ages, counts, years and a header without a percent
    ("age-after", "Some 45 percent agreed, while Jones is 58.", [("45 percent", S, 45, 45, P, A)]),
    ("age-apposition", "About 45% agreed, and Smith, 62, said so.", [("45%", S, 45, 45, P, A)]),
    ("count-and-year", "Turnout was 45 percent; the hall holds 300 and opened in 1999.",
     [("45 percent", S, 45, 45, P, E)]),
    ("other-sentence", "Support is 40%. Room 12 was full.", [("40%", S, 40, 40, P, E)]),
    ("bullets-no-percent", "Teams entered:\n• Under 12s - 14\n• Under 14s - 9\n", []),
    ("bullets-header-count", "We asked 300 people:\n• Aged 18-34 - 120\n• Aged 35-54 - 80\n", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CARRIED],
                         ids=[c[0] for c in CARRIED])
def test_unit_carried_to_bare_numbers(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- live blogs and poll round-ups: bracketed details, a two-party tie, "ranges from" ----------

ROUNDUPS: list[tuple[str, str, list[Stat]]] = [
    ("paren-date-sample", "• Savanta (7-9 May, 2,104 adults): Labour 30%, Reform 27%",
     [("2,104 adults", "sample_size", 2104, 2104, "count", E), ("30%", S, 30, 30, P, E),
      ("27%", S, 27, 27, P, E)]),
    ("paren-tracker-sample", "Ekos (weekly tracker, 1,480 voters): Liberals 41%",
     [("1,480 voters", "sample_size", 1480, 1480, "count", E), ("41%", S, 41, 41, P, E)]),
    ("two-party-tie", "In Tasmania the two-party preferred result is now 50-50 in the poll.",
     [("50", S, 50, 50, P, E), ("50", S, 50, 50, P, E)]),
    ("ranges-from", "Estimates of turnout ranges from 55% to 61% across the polls.",
     [("55% to 61%", S, 55, 61, P, E)]),
    # near misses: a toss-up, a bracket of a date and a count that is not a sample
    ("toss-up", "Pundits call it a 50-50 race after the poll.", []),
    ("paren-date-deaths", "Deaths rose (in March, 1,200 deaths) after the storm.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in ROUNDUPS],
                         ids=[c[0] for c in ROUNDUPS])
def test_poll_roundups(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- party lists without a unit, and a change whose "points" were stated once ------------------

PARTY_LISTS: list[tuple[str, str, list[Stat]]] = [
    ("party-list", "Voting intention: Con 24 (-1), Lab 44 (+2), LD 11 (=), Reform 11 (-1).",
     [("24", S, 24, 24, P, E), ("-1", C, -1, -1, PP, E), ("44", S, 44, 44, P, E),
      ("+2", C, 2, 2, PP, E), ("11", S, 11, 11, P, E), ("11", S, 11, 11, P, E),
      ("-1", C, -1, -1, PP, E)]),
    ("party-list-de", "Umfrage poll - CDU/CSU 30 (+1), SPD 16 (nc), AfD 21 (-2)",
     [("30", S, 30, 30, P, E), ("+1", C, 1, 1, PP, E), ("16", S, 16, 16, P, E),
      ("21", S, 21, 21, P, E), ("-2", C, -2, -2, PP, E)]),
    ("points-stated-once", "The Coalition's primary vote fell two points to 31 per cent, "
     "while Labor's rose one to 33.",
     [("two points", C, -2, -2, PP, E), ("31 per cent", S, 31, 31, P, E),
      ("one", C, 1, 1, PP, E), ("33", S, 33, 33, P, E)]),
    # near misses: scores, chapters, a lone item, a verb without points stated
    ("scores", "Scores: Leeds 2 (1), Hull 3 (0).", []),
    ("chapters", "See Chapter 24 (p. 3), Section 11 (2) of the survey.", []),
    ("lone-item", "Voting intention: Con 24 (-1).", []),
    ("no-points-before", "Labor's vote rose one to 33 in Perth.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in PARTY_LISTS],
                         ids=[c[0] for c in PARTY_LISTS])
def test_party_lists(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- bare shares where context makes them shares; mixed ranges; decimal commas (#17 follow-up) ---

BARE: list[tuple[str, str, list[Stat]]] = [
    ("list-commas", "A weekend poll for the Observer: Tories 26, Labour 39, Reform 17, Greens 8.",
     [("26", S, 26, 26, P, E), ("39", S, 39, 39, P, E), ("17", S, 17, 17, P, E),
      ("8", S, 8, 8, P, E)]),
    ("list-brackets", "In the state poll the field is Okafor (36), Brandt (29), Silva (18).",
     [("36", S, 36, 36, P, E), ("29", S, 29, 29, P, E), ("18", S, 18, 18, P, E)]),
    ("list-answers", "On the island's independence question the poll has Yes 44 No 49.",
     [("44", S, 44, 44, P, E), ("49", S, 49, 49, P, E)]),
    ("list-slash", "Premier's rating in the survey: Approve 38 / Disapprove 55",
     [("38", S, 38, 38, P, E), ("55", S, 55, 55, P, E)]),
    ("list-lines", "Council poll, first preferences:\nGreen 31\nIndependent 27\nLabour 22\n",
     [("31", S, 31, 31, P, E), ("27", S, 27, 27, P, E), ("22", S, 22, 22, P, E)]),
    ("named-on", "The Bloc sits at 28.4 percent, three points clear of the Liberals on 25.4.",
     [("28.4 percent", S, 28.4, 28.4, P, E), ("three points", C, 3, 3, PP, E),
      ("25.4", S, 25.4, 25.4, P, E)]),
    ("named-on-next-sentence", "Sinn Féin is on 24 per cent in the poll. Fine Gael is on 19.",
     [("24 per cent", S, 24, 24, P, E), ("19", S, 19, 19, P, E)]),
    ("primary-vote", "The Newspoll has the Coalition's primary vote down to 30, from 33.",
     [("30", S, 30, 30, P, E), ("33", S, 33, 33, P, E)]),
    ("approval-rating", "The governor's approval rating hit 37 in the Emerson survey.",
     [("37", S, 37, 37, P, E)]),
    ("split-unit-once", "The levy passed 58 per cent to 42 in the ballot.",
     [("58 per cent", S, 58, 58, P, E), ("42", S, 42, 42, P, E)]),
    ("mixed-range", "Between a fifth and 25% of nurses plan to quit.",
     [("a fifth and 25%", S, 20, 25, P, E)]),
    ("decimal-comma", "The Flemish nationalists polled 23,5 per cent.",
     [("23,5 per cent", S, 23.5, 23.5, P, E)]),
    ("out-of-every", "Three out of every ten tenants are behind on rent.",
     [("Three out of every ten", S, 30, 30, P, E)]),
    # near misses: sports scores, ages, seats, counts, numbered nouns, an age band, a big sum
    ("scores", "League poll-tax protest XI: Leeds 2, Hull 3, York 1.", []),
    ("ages", "The survey's authors, Ruiz (45), Okafor (38) and Lee (52), are economists.", []),
    ("big-sum", "The poll lists Biden 81, Trump 78 as the oldest nominees.", []),
    ("seats", "In the poll, Labour won 34 seats, the Tories 27 seats.", []),
    ("numbered", "The survey is in Section 12, Chapter 3 and Table 4.", []),
    ("no-poll-word", "Arsenal 45, Liverpool 43 and Chelsea 12 at the top of the table.", []),
    ("named-on-no-share", "Support is high. Root is on 31 at lunch.", []),
    ("support-count", "In the poll, support for the pact rose to 31 countries.", []),
    ("age-band", "The poll put support among those aged 18 to 29 at 33%.",
     [("33%", S, 33, 33, P, E)]),
    ("thousands-comma", "Fees rose 1,250 per cent over the decade.", [("1,250 per cent", C, 1250, 1250, P, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in BARE],
                         ids=[c[0] for c in BARE])
def test_bare_shares(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- a level gap is a change; a survey that reaches N adults (held back on forms-held) -----------

HELD: list[tuple[str, str, list[Stat]]] = [
    ("below-level", "Hotel bookings remain 9% below their pre-pandemic level.",
     [("9%", C, -9, -9, P, E)]),
    ("above-peak", "Output is 4% above the pre-pandemic peak.", [("4%", C, 4, 4, P, E)]),
    ("below-poverty-line", "Some 12% of families live below the poverty line.",
     [("12%", S, 12, 12, P, A)]),
    ("survey-reaches", "The panel is a web survey that reaches more than 9,000 teachers a term.",
     [("9,000 teachers", "sample_size", 9000, 9000, "count", M)]),
    ("level-near-miss", "Wages are 3% of the 2019 level of spending.", [("3%", S, 3, 3, P, E)]),
    ("lead-ranges-from", "Labour's lead over Reform ranges from five points with one pollster "
     "to nine points with another.", [("five points", C, 5, 5, PP, E),
                                      ("nine points", C, 9, 9, PP, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in HELD],
                         ids=[c[0] for c in HELD])
def test_level_gaps_and_survey_reach(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- forms missed on fresh text (issue #17 notes): balances, samples, margins, moves ----------

N = "count"
MOE, SS, R = "margin_of_error", "sample_size", "ratio"
L, LT = "less_than", "less_than"

FRESH: list[tuple[str, str, list[Stat]]] = [
    ("moe-list-then-share", "The margin of error is 3 points and 12% back the plan.",
     [("3 points", MOE, 3, 3, PP, E), ("12%", S, 12, 12, P, E)]),
    ("moe-for-subsample", "Margins of error are 2.9 points for adults and 5.1 points for Hispanics.",
     [("2.9 points", MOE, 2.9, 2.9, PP, E), ("5.1 points", MOE, 5.1, 5.1, PP, E)]),
    ("net-percent", "A net 12% of firms expect to hire, against a net -4% in June.",
     [("12%", C, 12, 12, PP, E), ("-4%", C, -4, -4, PP, E)]),
    ("balance-signed", "The CBI balance of retailers reporting higher sales was -21 in May, "
     "from -9 in April.",
     [("-21", C, -21, -21, PP, E), ("-9", C, -9, -9, PP, E)]),
    ("index-not-signed", "The Nikkei index rose 240 points to 38,100 on Friday.", []),
    ("balance-scale-ends", "The index runs from -100 (all gloomy) to +100 (all upbeat).", []),
    ("balance-temperature", "The wind chill index fell to -20C overnight in Winnipeg.", []),
    ("trails-by", "In the Abacus poll the Tories trail the Liberals by 4 points in Ontario.",
     [("4 points", C, 4, 4, PP, E)]),
    ("trailed-split", "Among men, Labor trailed 46 per cent to 54 per cent on two-party terms.",
     [("46 per cent", S, 46, 46, P, E), ("54 per cent", S, 54, 54, P, E)]),
    ("passive-by-share", "Cutting back on travel was chosen by 31% of those polled.",
     [("31%", S, 31, 31, P, E)]),
    ("level-passed", "Approval of the cabinet sank below 25% in the Asahi poll.",
     [("25%", S, 25, 25, P, LT)]),
    ("updown-to-level", "In the Red C poll Sinn Féin is up two to 24 per cent.",
     [("up two", C, 2, 2, PP, E), ("24 per cent", S, 24, 24, P, E)]),
    ("updown-not-money", "Prices are down one to 18 dollars a tonne.", []),
    ("sample-modes", "Ipsos conducted 1,002 face-to-face interviews across Kenya.",
     [("1,002 face-to-face interviews", SS, 1002, 1002, N, E)]),
    ("sample-lakh", "The Axis tracker rests on a sample of 2.4 lakh voters.",
     [("2.4 lakh voters", SS, 240000, 240000, N, E)]),
    ("sample-indian-grouping", "Interviews with 1,20,500 voters were conducted in May.",
     [("1,20,500 voters", SS, 120500, 120500, N, E)]),
    ("sample-not-time", "Across the sample the median wait was 35 minutes.", []),
    ("sample-list", "Based on samples of 410 Liberals, 388 Conservatives and 201 New "
     "Democrats, the margins are wider.",
     [("410 Liberals", SS, 410, 410, N, E), ("388 Conservatives", SS, 388, 388, N, E),
      ("201 New Democrats", SS, 201, 201, N, E)]),
    ("sample-list-not-firm-size", "The survey of 412 bosses at firms with between 100 and "
     "2,500 employees ran in May.", [("412 bosses", SS, 412, 412, N, E)]),
    ("sample-part", "Some 1,428 voters were surveyed, margin of error ±2.6 points, including "
     "1,152 likely voters.",
     [("1,428 voters", SS, 1428, 1428, N, A), ("2.6 points", MOE, 2.6, 2.6, PP, E),
      ("1,152 likely voters", SS, 1152, 1152, N, E)]),
    ("level-gap-points", "Her approval is 61 percent, two points below the 63 percent of May.",
     [("61 percent", S, 61, 61, P, E), ("two points", C, -2, -2, PP, E),
      ("63 percent", S, 63, 63, P, E)]),
    ("signed-zero-list", "Changes since the last Opinium poll: Con -2, Lab +3, LD ±0.",
     [("-2", C, -2, -2, PP, E), ("+3", C, 3, 3, PP, E), ("±0", C, 0, 0, PP, E)]),
    ("bracket-after-carried", "In the Forsa poll the Union is at 31 percent (±0), the AfD at "
     "23 (+1).", [("31 percent", S, 31, 31, P, E), ("±0", C, 0, 0, PP, E),
                  ("23", S, 23, 23, P, E), ("+1", C, 1, 1, PP, E)]),
    ("sample-experts-surveyed", "Only 38% of the 212 fund managers surveyed expect a cut.",
     [("38%", S, 38, 38, P, E), ("212 fund managers", SS, 212, 212, N, E)]),
    ("sample-of-the-surveyed-first", "Of the 64 economists polled, 41 per cent see a recession.",
     [("64 economists", SS, 64, 64, N, E), ("41 per cent", S, 41, 41, P, E)]),
    ("sample-panel-collected", "The panel gathered 1,870 replies from finance chiefs in March.",
     [("1,870 replies", SS, 1870, 1870, N, E)]),
    ("sample-not-party-received", "The party received 9,000 replies to its consultation.", []),
    ("sample-oversample", "The survey of 2,200 adults had an oversample of 505 carers.",
     [("2,200 adults", SS, 2200, 2200, N, E), ("505 carers", SS, 505, 505, N, E)]),
    ("sample-boost", "Savanta polled 2,040 Britons, with a boost sample of 312 Welsh adults.",
     [("2,040 Britons", SS, 2040, 2040, N, E), ("312 Welsh adults", SS, 312, 312, N, E)]),
    ("not-sample-analysts-count", "The bank employs 159 analysts in Frankfurt.", []),
    ("sample-hyphenated-modifier", "In all, 1,108 self-described likely voters were polled.",
     [("1,108 self-described likely voters", SS, 1108, 1108, N, E)]),
    ("sample-working-age", "Ipsos interviewed 2,250 working-age adults in Ontario.",
     [("2,250 working-age adults", SS, 2250, 2250, N, E)]),
    ("survey-included-parties", "The poll included 380 Labor voters and 344 Coalition voters.",
     [("380 Labor voters", SS, 380, 380, N, E), ("344 Coalition voters", SS, 344, 344, N, E)]),
    ("survey-included-not-questions", "The survey included 42 questions on housing.", []),
    ("respondents-numbered", "Respondents numbered 1,018 in the Ipsos poll.",
     [("1,018", SS, 1018, 1018, N, E)]),
    ("plus-minus-margin", "The poll's results are accurate to ±3 points.",
     [("3 points", MOE, 3, 3, PP, E)]),
    ("a-single-point", "Pollsters warn against reading much into moves of a single point.",
     [("a single point", C, 1, 1, PP, E)]),
    ("or-range-points", "A difference of three or four points between firms is normal.",
     [("three or four points", C, 3, 4, PP, E)]),
    ("or-split-not-range", "Support was 71 or 23 percent, depending on the wording.",
     [("71 or 23 percent", S, 71, 71, P, E), ("23 percent", S, 23, 23, P, E)]),
    ("gained-to-reach", "In the Peil poll the PVV lost three points, while D66 gained two to "
     "reach 11 per cent.",
     [("three points", C, -3, -3, PP, E), ("two", C, 2, 2, PP, E),
      ("11 per cent", S, 11, 11, P, E)]),
    ("points-apart", "In May the two firms' figures were five points apart.",
     [("five points", C, 5, 5, PP, E)]),
    ("difference-reached", "By June the difference between the series had reached 4.2 points.",
     [("4.2 points", C, 4.2, 4.2, PP, E)]),
    ("that-adjective-gap", "That 21-point generational gap is the widest Ipsos has seen.",
     [("21-point", C, 21, 21, PP, E)]),
    ("of-a-percentage-point", "She won the seat by 9,870 votes, or 0.4 of a percentage point.",
     [("0.4 of a percentage point", C, 0.4, 0.4, PP, E)]),
    ("of-a-point-poll", "In the Emerson poll, approval fell by 0.6 of a percentage point.",
     [("0.6 of a percentage point", C, -0.6, -0.6, PP, E)]),
    ("lead-in-place-at-share", "The Liberals hold a commanding lead in Atlantic Canada at 54 "
     "per cent in the poll.", [("54 per cent", S, 54, 54, P, E)]),
    ("lead-among-at-share", "Labour's lead among women at 44 per cent is its best.",
     [("44 per cent", S, 44, 44, P, E)]),
    ("gap-between", "The gap between Labour and the Tories is 6 points in the poll.",
     [("6 points", C, 6, 6, PP, E)]),
    ("margin-among", "Her margin among likely voters is 7 points in the Marist poll.",
     [("7 points", C, 7, 7, PP, E)]),
    ("more-than-double", "Among renters the Greens take 24%, more than double Labour's 11%.",
     [("24%", S, 24, 24, P, E), ("double", R, 2, 2, R, M), ("11%", S, 11, 11, P, E)]),
    ("times-possessive", "Among students it is 30 per cent, three times the Tories' 10 per "
     "cent.", [("30 per cent", S, 30, 30, P, E), ("three times", R, 3, 3, R, E),
               ("10 per cent", S, 10, 10, P, E)]),
    ("double-room", "He booked a double room for the poll night.", []),
    ("fraction-level", "Now one in four back it in the survey, down from a third in 2022.",
     [("one in four", S, 25, 25, P, E), ("a third", S, 33.333, 33.333, P, E)]),
    ("fraction-cut-to-size", "The poll found the fleet was cut to a third of its size.", []),
    ("party-list-last-line", "Verian poll (change in brackets):\nLabour 31 (+1)\n"
     "National 30 (-2)\nOthers 9\n",
     [("31", S, 31, 31, P, E), ("+1", C, 1, 1, PP, E), ("30", S, 30, 30, P, E),
      ("-2", C, -2, -2, PP, E), ("9", S, 9, 9, P, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in FRESH],
                         ids=[c[0] for c in FRESH])
def test_fresh_forms(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- samples named twice: the second count of the same noun is a part only in a list ----------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("A poll of 1,000 adults found 300 adults had been scammed.",
     [("1,000 adults", "sample_size", 1000, 1000, "count", E)]),
    ("Ipsos interviewed about 1,000 adults in each of Canada and Japan, and around 500 adults "
     "in each of the other markets.",
     [("1,000 adults", "sample_size", 1000, 1000, "count", A),
      ("500 adults", "sample_size", 500, 500, "count", A)]),
])
def test_sample_parts_named_twice(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- issue 17's forms in other national styles (Canadian, Indian, Irish, South African,
#    Kenyan, Australian): each must keep reading as it does -----------------------------------

S17: list[tuple[str, str, list[Stat]]] = [
    ("ca-range-unit-twice", "Analysts see a 3 per cent to 5 per cent gain in Canadian housing "
     "starts.", [("3 per cent to 5 per cent", C, 3, 5, P, E)]),
    ("au-ranges-in-from-to", "The Reserve Bank moved its band from 2-3% to 3-4% in March.",
     [("2-3%", S, 2, 3, P, E), ("3-4%", S, 3, 4, P, E)]),
    ("in-index-points", "The Sensex shed 412 points, or 0.5%, in Mumbai.",
     [("0.5%", C, -0.5, -0.5, P, E)]),
    ("ie-leading-dot", "Only .7 per cent of ballots were spoiled in the poll.",
     [(".7 per cent", S, 0.7, 0.7, P, E)]),
    ("au-verbs-of-change", "Rents jumped 4.1% in Sydney, while house prices slid by 1.2%.",
     [("4.1%", C, 4.1, 4.1, P, E), ("1.2%", C, -1.2, -1.2, P, E)]),
    ("us-slash-of-a-unit", "Stir in 3/4 cup of stock, the survey of cooks says.", []),
    ("ie-unit-once", "Inflation in Ireland eased from 4.8 to 4.7 percent.",
     [("4.8 to 4.7 percent", S, 4.8, 4.8, P, E), ("4.7 percent", S, 4.7, 4.7, P, E)]),
    ("za-points-in-words", "The ANC slipped a modest two points to 40 percent in the Ipsos poll.",
     [("two points", C, -2, -2, PP, E), ("40 percent", S, 40, 40, P, E)]),
    ("ca-points-clear", "The Liberals are now five points clear in the Leger survey.",
     [("five points", C, 5, 5, PP, E)]),
    ("za-men-and-women", "The survey of 2,000 South Africans included 714 men and women who "
     "rent.", [("2,000 South Africans", "sample_size", 2000, 2000, "count", E),
               ("714 men and women", "sample_size", 714, 714, "count", E)]),
    ("ke-half-of-them", "Of the 1,000 Kenyans polled, half of them said crime was the biggest "
     "worry.", [("1,000 Kenyans", "sample_size", 1000, 1000, "count", E),
                ("half", S, 50, 50, P, E)]),
    # new in forms4: a share cue, a gap told in words, ± after a share, fractions
    ("uk-share-cue", "YouGov put Plaid on 30 per cent in its poll. Reform were on 29, the "
     "Greens on 11.", [("30 per cent", S, 30, 30, P, E), ("29", S, 29, 29, P, E),
                       ("11", S, 11, 11, P, E)]),
    ("ca-gap-in-words", "In the Leger poll the Bloc's 30% is two higher than in March.",
     [("30%", S, 30, 30, P, E), ("two higher", C, 2, 2, PP, E)]),
    ("ie-plus-minus-list", "Red C poll: Sinn Féin 24 (±3), Fianna Fáil 19 (+1), Fine Gael 18 "
     "(-2).", [("24", S, 24, 24, P, E), ("3", "margin_of_error", 3, 3, PP, E),
               ("19", S, 19, 19, P, E), ("+1", C, 1, 1, PP, E), ("18", S, 18, 18, P, E),
               ("-2", C, -2, -2, PP, E)]),
    ("in-two-fifths", "Two fifths of Indians surveyed by CVoter back the scheme.",
     [("Two fifths", S, 40, 40, P, E)]),
    ("us-two-to-one", "Voters in the Gallup poll backed the tariff cut two-to-one.",
     [("two-to-one", "ratio", 2, 2, "ratio", E)]),
    ("uk-three-in-ten", "Three-in-ten Britons told the Ipsos poll they would move abroad.",
     [("Three-in-ten", S, 30, 30, P, E)]),
    # near misses: seats, a score, a date
    ("uk-seats-no-share", "Labour polled 31% in the exit poll. On seats, Plaid's 34 leads.",
     [("31%", S, 31, 31, P, E)]),
    ("uk-score-no-ratio", "Arsenal won two-to-one at home in the league match.", []),
    ("nz-date-no-fraction", "The meeting on 2/3 said nothing new about the poll.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in S17],
                         ids=[i for i, _, _ in S17])
def test_issue17_forms_in_other_styles(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)


# -- form11: fraction levels, verb-told signs, methodology samples, a unit at a list's end ------

SS, MOE, CT = "sample_size", "margin_of_error", "count"

FORM11: list[tuple[str, str, list[Stat]]] = [
    # a fraction word as a share's level, no "of" after it
    ("us-exceeded-two-thirds", "Approval of the Supreme Court has exceeded two-thirds in no "
     "Gallup poll since 2020.", [("two-thirds", S, 66.667, 66.667, P, E)]),
    ("uk-a-third-who", "Some 44% of Britons expect prices to rise, compared with a third who "
     "expect a fall.", [("44%", S, 44, 44, P, A), ("a third", S, 33.333, 33.333, P, E)]),
    ("nz-fraction-at-percent", "Support among Wellingtonians under 35 was nearly two-thirds, at "
     "65 per cent.", [("two-thirds", S, 66.667, 66.667, P, A), ("65 per cent", S, 65, 65, P, E)]),
    ("au-fraction-judged", "Of those renters, two-thirds judged the rate news to be bad.",
     [("two-thirds", S, 66.667, 66.667, P, E)]),
    ("no-fraction-threshold-of", "The council has exceeded two-thirds of its annual budget.", []),
    # signs told by a verb outside the figure
    ("in-contracted-rate", "India's factory output contracted at an annual rate of 1.4 per cent "
     "in June.", [("1.4 per cent", C, -1.4, -1.4, P, E)]),
    ("au-cut-by-combined", "The RBA has cut the cash rate twice this year, by a combined 0.5 "
     "percentage points.", [("0.5 percentage points", C, -0.5, -0.5, PP, E)]),
    ("us-one-verb-two-groups", "Sentiment fell 9% among Republicans and 3% among independents.",
     [("9%", C, -9, -9, P, E), ("3%", C, -3, -3, P, E)]),
    ("ca-contraction-noun", "GDP rebounded after a 0.6 per cent contraction in the spring.",
     [("0.6 per cent", C, -0.6, -0.6, P, E)]),
    ("uk-deteriorated-by", "Views of the economy in the GfK survey deteriorated by five points.",
     [("five points", C, -5, -5, PP, E)]),
    ("no-verb-new-clause", "Support rose 5% among men, and 40% among women now back it.",
     [("5%", C, 5, 5, P, E), ("40%", S, 40, 40, P, E)]),
    ("fr-points-more-than", "Elabe found 70 percent of the French unhappy, 3 points more than in "
     "May.", [("70 percent", S, 70, 70, P, E), ("3 points", C, 3, 3, PP, E)]),
    ("it-lead-is-thus", "The centre-left's lead over the broad right is thus 2.5 points, down "
     "from 3.1 points.", [("2.5 points", C, 2.5, 2.5, PP, E), ("3.1 points", C, 3.1, 3.1, PP, E)]),
    ("de-half-a-point-once", "In the INSA poll the SPD led on 25%, half a point ahead of the "
     "CDU.", [("25%", S, 25, 25, P, E), ("half a point", C, 0.5, 0.5, PP, E)]),
    ("uk-half-the-pace", "Spending grew 0.2% in the quarter, half the pace seen in spring.",
     [("0.2%", C, 0.2, 0.2, P, E), ("half the pace", "ratio", 0.5, 0.5, "ratio", E)]),
    ("us-poverty-bound", "Among adults with incomes at least four times the poverty level, 6.1% "
     "had asthma.", [("6.1%", S, 6.1, 6.1, P, E)]),
    # two sides, not a range, after "ahead/behind, at"
    ("ie-behind-at-sides", "Among over-65s the Yes side is narrowly behind, at 38 per cent to 42 "
     "per cent.", [("38 per cent", S, 38, 38, P, E), ("42 per cent", S, 42, 42, P, E)]),
    ("us-range-at-kept", "Analysts put the jobless rate at 4.5% to 5% next year.",
     [("4.5% to 5%", S, 4.5, 5, P, E)]),
    # a unit stated by a list's last item only
    ("pl-unit-at-list-end", "The CBOS poll found KO 31.4, PiS 28.0, Konfederacja 13.2 and the "
     "Left 6.6 per cent.", [("31.4", S, 31.4, 31.4, P, E), ("28.0", S, 28, 28, P, E),
                            ("13.2", S, 13.2, 13.2, P, E), ("6.6 per cent", S, 6.6, 6.6, P, E)]),
    ("no-list-over-100", "Team A 60, Team B 55 and Team C 40% in the poll.",
     [("40%", S, 40, 40, P, E)]),
    ("no-list-without-poll", "Chapter 12, Section 4 and Annex 3 percent rules apply.",
     [("3 percent", S, 3, 3, P, E)]),
    # samples and margins of methodology paragraphs, lists and tables
    ("us-based-on-the", "For results based on the 412 Republicans, the margin of error is ±6 "
     "points, and for results based on the 398 Democrats, it is ±6 points.",
     [("412 Republicans", SS, 412, 412, CT, E), ("6 points", MOE, 6, 6, PP, E),
      ("398 Democrats", SS, 398, 398, CT, E), ("6 points", MOE, 6, 6, PP, E)]),
    ("us-poll-list-line", "Polls reviewed\nMarist: Oct. 1-3, 2025; 1,110 adults; ±3.4 "
     "percentage points", [("1,110 adults", SS, 1110, 1110, CT, E),
                           ("3.4 percentage points", MOE, 3.4, 3.4, PP, E)]),
    ("ca-table-columns", "Region | Sample size | Margin of error\nOntario | 1,020 | 3.1 "
     "percentage points\nQuebec | 812 | 3.4 percentage points",
     [("1,020", SS, 1020, 1020, CT, E), ("3.1 percentage points", MOE, 3.1, 3.1, PP, E),
      ("812", SS, 812, 812, CT, E), ("3.4 percentage points", MOE, 3.4, 3.4, PP, E)]),
    ("uk-table-no-header-word", "Party | Seats | Change\nLabour | 412 | 3.1 percentage points",
     [("3.1 percentage points", C, 3.1, 3.1, PP, E)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in FORM11],
                         ids=[i for i, _, _ in FORM11])
def test_form11_news_forms(sentence: str, expected: list[Stat]) -> None:
    _check(sentence, expected)
