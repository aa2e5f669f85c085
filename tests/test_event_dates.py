"""Event dates (EVENT_RULES: elections, referendums, anniversaries, laws) never date a survey's
figures: attribution leaves such a date out of the fieldwork candidates and local dates."""

from __future__ import annotations

import pytest

import pollstats


@pytest.mark.parametrize(
    ("text", "published", "wrong"),
    [
        ("A Gallup survey found that 61% back the law passed in 2017.", "2025-09-14", "2017"),
        ("In a Savanta poll, 44% said they would vote differently in the 2016 referendum.",
         "2025-06-10", "2016"),
        ("An Ipsos survey marking the tenth anniversary of the referendum in 2016 found 56% "
         "want to rejoin.", "2026-06-01", "2016"),
        ("According to a Leger survey, 38% plan to vote in the 2019 federal election again.",
         None, "2019"),
        # began_or_took_effect: a happening's start, not the survey's
        ("In a Morning Consult poll, 41% said the trade deal, which took effect in July 2020, "
         "had hurt them.", "2025-07-10", "2020-07"),
        ("A CVoter survey found 52% of traders say the removal of the fuel subsidy in May 2023 "
         "was a mistake.", "2025-08-01", "2023-05"),
        ("In an Infratest poll, 35 per cent backed the reform, which was introduced in "
         "January 2024.", "2025-03-15", "2024-01"),
        # "had taken part in" names no survey taken then: the protests' year is an event's
        ("A NOIPolls survey found 28 per cent had taken part in last year's protests.",
         "2025-09-02", "2024"),
    ],
)
def test_an_event_date_is_not_the_fieldwork_date(text: str, published: str | None,
                                                  wrong: str) -> None:
    (st,) = pollstats.extract(text, published=published).statistics
    assert st.period is None or st.period.value != wrong


def test_a_survey_taken_on_the_event_day_keeps_its_date() -> None:
    text = "A YouGov poll conducted on the day of the 2016 referendum found 52% backed Leave."
    (st,) = pollstats.extract(text).statistics
    assert st.period is not None and st.period.value.startswith("2016")


@pytest.mark.parametrize(("text", "figure", "month"), [
    ("At the May 2022 federal election Labor won 32.6 per cent of first preferences. Once "
     "preferences were distributed, Labor took 52.1 per cent of the two-party vote.",
     "52.1 per cent", "2022-05"),
    ("In the general election of July 2024, Labour won 33.7% of the vote. The Conservatives "
     "took 23.7% of the vote.", "23.7%", "2024-07"),
    ("At the October 2024 election the ANC's rival won 21.8% of the vote. The smaller "
     "party received 9.5% of the vote.", "9.5%", "2024-10"),
])
def test_results_listed_after_a_dated_vote_take_its_date(text: str, figure: str,
                                                         month: str) -> None:
    (rec,) = [r for r in pollstats.extract(text, published="2025-11-20").records()
              if r["type"] == "statistic" and r["text"] == figure]
    assert rec["period"] == month


def test_a_result_in_the_next_paragraph_takes_no_earlier_vote() -> None:
    text = ("At the May 2025 election, Labor won 34.6 per cent.\n\nIn a by-election last "
            "week, the Greens took 41% of the vote.")
    (rec,) = [r for r in pollstats.extract(text, published="2025-11-20").records()
              if r["type"] == "statistic" and r["text"] == "41%"]
    assert rec["period"] != "2025-05"
