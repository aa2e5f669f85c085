"""When it was measured (issue 13): a fieldwork span written with parts of months starts in
its first month; a survey's own earlier wave, dated once, dates its figures named "last
time" or "in the previous poll". Sentences written for these tests, in several national
styles."""

from __future__ import annotations

import pytest

from pollstats import extract


def _periods(text: str, published: str) -> dict[str, str | None]:
    """``{figure text: period}`` (figure texts are unique in these tests)."""
    return {s.text: (s.period.value if s.period is not None else None)
            for s in extract(text, published=published)}


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("A survey by the Harbour Institute, fielded from late September to early October, "
     "found that 58% of Germans fear a long decline.", "2025-10-20", "58%", "2025-09"),
    ("The Kestrel Research poll ran from mid-November to early December; 44 per cent of "
     "Canadians back the plan.", "2025-12-15", "44 per cent", "2025-11"),
    ("Fieldwork for the Marlow Social Survey took place from late January through early "
     "March, and 31 per cent of Australians said they were lonely.", "2025-04-02",
     "31 per cent", "2025-01"),
])
def test_a_span_of_parts_of_months_starts_in_its_first_month(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period


def test_an_earlier_and_a_later_part_of_a_month_stay_two_dates() -> None:
    got = _periods("Support rose to 45% in early June from 41% in late May, Ipsos found.",
                   "2025-06-20")
    assert got == {"45%": "2025-06", "41%": "2025-05"}, got


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("Labor leads 54-46 in the latest Newspoll, down from 56-44 in the previous poll, taken "
     "August 4-8.\n\nThe survey of 1,200 voters, conducted from September 1 to 5, has "
     "Labor's primary vote at 34 per cent, compared with 36 per cent last time.",
     "2025-09-08", "36 per cent", "2025-08"),
    ("Labour is on 41% in the latest Opinium poll, down from 43% in the previous poll, taken "
     "7-9 May.\n\nOpinium interviewed 2,050 adults on 4-6 June. Reform is on 18%, against "
     "16% in the previous survey.", "2025-06-09", "16%", "2025-05"),
    ("Some 52% trust the president, down from 55% in the previous Pulse Asia survey, "
     "conducted December 4-10.\n\nThe poll of 1,200 adults, fielded March 2 to 8, found 30% "
     "distrust him, against 27% at the last survey.", "2026-03-20", "27%", "2025-12"),
])
def test_a_figure_of_the_last_wave_takes_that_wave_s_date(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period, _periods(text, published)


def test_without_a_dated_wave_last_time_keeps_the_survey_s_date() -> None:
    got = _periods("Opinium interviewed 2,050 adults on 4-6 June. Reform is on 18%, against "
                   "16% last time.", "2025-06-09")
    assert got["16%"] == "2025-06", got


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("The latest Kestrel Research poll has Labour on 31 per cent, down from 34 per cent in "
     "October. The Liberal Democrats are on 14 per cent, versus 13 per cent.", "2025-11-20",
     "13 per cent", "2025-10"),
    ("A new AP-NORC poll finds confidence fell to 41% from 45% in April. Optimism dipped 4 "
     "points among Republicans (62% to 58%).", "2025-06-20", "62%", "2025-04"),
    ("The latest Angus Reid Institute poll puts the Liberals on 40 per cent, up from 37 per "
     "cent in March. In Quebec they have 35 per cent, compared with 31 per cent.", "2025-05-12",
     "31 per cent", "2025-03"),
])
def test_an_undated_level_against_the_last_wave_takes_its_date(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period, _periods(text, published)


@pytest.mark.parametrize(("text", "figure"), [
    ("The latest Kestrel Research poll has Labour on 31 per cent, down from 34 per cent in "
     "October. Women are more likely to back it (52 per cent versus 44 per cent).",
     "44 per cent"),
    ("The latest Kestrel Research poll has Labour on 31 per cent, down from 34 per cent in "
     "October. Some 38 per cent of women back it, compared with 29 per cent of men.",
     "29 per cent"),
])
def test_groups_compared_keep_the_survey_s_date(text: str, figure: str) -> None:
    assert _periods(text, "2025-11-20")[figure] == "2025-11", _periods(text, "2025-11-20")


def test_a_bracketed_split_is_no_change() -> None:
    text = ("The latest Kestrel Research poll has the senator on 48%, up from 44% in July. "
            "White evangelicals back him by more than 3 to 1 (75% to 20%).")
    assert _periods(text, "2025-10-20")["75%"] == "2025-10", _periods(text, "2025-10-20")


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("The ONS survey, conducted from 5 to 16 February, found 46% of renters struggled. A year "
     "earlier, 53% did.", "2025-03-01", "53%", "2024-02"),
    ("The Kestrel Research poll, conducted 4-6 June, has Labour on 31%. Twelve months "
     "earlier that share was 38%.", "2025-06-10", "38%", "2024-06"),
    ("The Leger poll, fielded March 7 to 9, has the Conservatives on 38 per cent, up from 33 "
     "per cent six months ago.", "2025-03-12", "33 per cent", "2024-09"),
])
def test_a_wave_counted_back_from_the_survey(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period, _periods(text, published)


@pytest.mark.parametrize(("text", "figure"), [
    ("Among voters who backed the president in the 2022 runoff, 57% rate the government "
     "well, the latest Datafolha poll finds.", "57%"),
    ("Asked whether national service, abolished in 1960, should return, 41% of Britons said "
     "yes in the latest YouGov poll.", "41%"),
    ("Of those who supported the Coalition in 2022, 44 per cent would do so again, the "
     "latest Resolve Political Monitor shows.", "44 per cent"),
])
def test_an_event_s_date_in_a_group_or_a_policy_is_not_the_figure_s(
        text: str, figure: str) -> None:
    assert _periods(text, "2025-04-20")[figure] == "2025-04", _periods(text, "2025-04-20")


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # an undated pair after a dated comparison in its paragraph: over the same stretch
    ("In the Statistics Canada survey, 22% of adults reported food insecurity, up from 16% "
     "in 2019. Among children the share rose from 24% to 31%.", "2025-05-02", "24%", "2019"),
    ("The Lowy poll found 36% trust the US, down from 56% in 2024. Trust in Japan rose "
     "over the same period, to 87% from 83%.", "2025-06-16", "83%", "2024"),
    ("Some 41 per cent of Indians rated the economy good in the CVoter tracker, against "
     "33 per cent in 2023; among rural voters the figure went from 29 per cent to 38 per "
     "cent.", "2025-02-10", "29 per cent", "2023"),
    ("NOIPolls found 61 per cent of Nigerians felt unsafe, up from 48 per cent in 2022. "
     "In the north-east it rose from 55 per cent to 70 per cent.", "2025-04-08",
     "70 per cent", "2025-04"),
])
def test_an_undated_pair_after_a_dated_comparison_spans_the_same_stretch(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period


@pytest.mark.parametrize(("text", "published", "figure"), [
    # near misses: the pair in another paragraph, or with a date of its own
    ("In the YouGov poll, 22% backed the plan, up from 16% in 2019.\n\nSeparately, support "
     "for the levy rose from 24% to 31%.", "2025-05-02", "24%"),
    ("Trust in the ABC was 54%, up from 49% in 2021. Trust in the BBC rose from 40% in "
     "March to 44%.", "2025-06-16", "40%"),
])
def test_an_undated_pair_elsewhere_does_not_take_the_earlier_date(
        text: str, published: str, figure: str) -> None:
    assert _periods(text, published)[figure] not in ("2019", "2021")


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # an earlier level's month or quarter without a year counts back from the dated figure
    # before it in its sentence, not from the publication date
    ("The newest household labour survey put joblessness at 6.2 per cent in the third quarter "
     "of 2023, down from 6.9 per cent in the second quarter.", "2024-11-02", "6.9 per cent",
     "2023-04"),
    ("Consumer prices rose 5.1% in January 2024 from 4.8% in December, Statistics South "
     "Africa reported.", "2025-02-20", "4.8%", "2023-12"),
    ("Youth unemployment stood at 13.4 per cent in the March quarter of 2024, compared with "
     "14.1 per cent in the December quarter, the ABS said.", "2025-06-01", "14.1 per cent",
     "2023-10"),
    # near misses: a later month after the dated one is no earlier level; a year that dates
    # no figure (a target, a record, a name) is not counted back from
    ("Inflation fell from 3.5% in December 2024 to 3.1% in January, the ONS said.",
     "2025-03-01", "3.1%", "2025-01"),
    ("Asked if the 2030 housing target would be met, 64 per cent of voters in the Ipsos B&A "
     "poll said no, up from 58 per cent in May.", "2025-10-05", "58 per cent", "2025-05"),
    ("The EY survey found a net 21% of investors favour UK equities, the most since 2015, up "
     "from a net 3% in August.", "2025-10-20", "3%", "2025-08"),
    # ... nor a vote's result or another earlier level
    ("Labour has fallen to 24 per cent in the latest Ipsos poll, down from 33.7 per cent at "
     "the 2024 general election and from 26 per cent in Ipsos's November poll.", "2025-12-10",
     "26 per cent", "2025-11"),
    ("In Bavaria, where the CSU took 37 percent in the 2023 state election, approval of "
     "Söder is 41 percent in the Forsa poll, down from 45 percent in March.", "2025-06-12",
     "45 percent", "2025-03"),
])
def test_an_earlier_level_s_month_counts_back_from_its_sentence_s_date(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # a release's stated reference period beats a fieldwork date stated only further on for
    # another survey of the same body ...
    ("The UK unemployment rate edged up to 5.0 per cent in the three months to August, the "
     "Office for National Statistics said. The employment rate fell to 74.9 per cent.\n\nIn the "
     "ONS's Opinions and Lifestyle Survey, carried out between 3 and 14 September, 40 per "
     "cent of adults said costs had risen.", "2025-10-14", "74.9 per cent", "2025-06"),
    # ... and a period carried from an earlier paragraph into a sentence naming a survey
    ("Stats SA said consumer inflation was 3.3% in September.\n\nStats SA's Quarterly Labour "
     "Force Survey put unemployment at 33.2% in the second quarter, while youth unemployment "
     "stood at 46.1%.", "2025-10-22", "46.1%", "2025-04"),
    ("Statistics Canada said consumer prices rose 2.4% in August.\n\nStatistics Canada's "
     "Labour Force Survey "
     "put the jobless rate at 7.1% in September, and the youth rate at 14.7%.", "2025-10-15",
     "14.7%", "2025-09"),
])
def test_a_release_s_stated_period_dates_its_other_figures(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # the date of an extreme level dates that level only, not the sentence's current figures
    ("Eight in 10 Canadians (79%) back NATO membership in the Angus Reid poll, down from 84% "
     "in 2023 but still above the 2014 low of 61%.", "2025-05-20", "79%", "2025-05"),
    ("Eight in 10 Canadians (79%) back NATO membership in the Angus Reid poll, down from 84% "
     "in 2023 but still above the 2014 low of 61%.", "2025-05-20", "61%", "2014"),
    ("Trust in the RBI is 71 per cent in the CVoter survey, below its 2019 peak of 78 per "
     "cent.", "2025-08-02", "71 per cent", "2025-08"),
])
def test_an_extreme_level_s_date_dates_only_that_level(
        text: str, published: str, figure: str, period: str) -> None:
    assert _periods(text, published)[figure] == period
