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
