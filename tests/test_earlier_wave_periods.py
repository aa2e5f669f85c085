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
