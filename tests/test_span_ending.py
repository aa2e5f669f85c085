"""Fieldwork spans dated by their start (#13 item 5), in several national styles.

* ``span_ending``: "the four weeks ending Jan. 2", "the ten days to 14 March", "the week
  ending 27 December", "the three months to August" started that long before the date;
  a year ("the 12 months to March") stays its reference month.
* ``_week_of``: "over the weekend of 28 February–1 March" is that weekend, not this one.
* ``_READING_FROM``: "from a revised November reading of 49.2" dates that level only.
"""

from __future__ import annotations

import pytest

import pollstats
from pollstats.period import Period
from pollstats.periods import find_dates, resolve


def _period(text: str, published: str, figure: str) -> str | None:
    for r in pollstats.extract(text, published=published).records():
        if r["type"] == "statistic" and r["text"] == figure:
            return r["period"]
    raise AssertionError(f"{figure!r} not found")


@pytest.mark.parametrize(("text", "published", "period"), [
    # Canada: a rolling tracker dated by the end of its window
    ("In the four weeks ending Jan. 2, the tracker found 41 per cent of Canadians expect "
     "prices to rise.", "2026-01-08", "2025-12"),
    # UK: days to a date, day first
    ("Over the ten days to 14 March, YouGov found 37% backing the plan.", "2025-03-20",
     "2025-03"),
    ("Over the ten days to 6 March, YouGov found 37% backing the plan.", "2025-03-20",
     "2025-02"),
    # Australia: a single week
    ("In the week ending 27 December 2025, Roy Morgan found 44% of Australians were "
     "optimistic.", "2026-01-05", "2025-12"),
    # India: the year written, a span of weeks across the new year
    ("The survey, carried out in the two weeks to January 9, 2026, found 58% support.",
     "2026-01-20", "2025-12"),
    # US: months, as before
    ("In the three months to August, 4.7% of workers were jobless, the bureau said.",
     "2025-10-03", "2025-06"),
    ("Some 12% of firms cut staff in the nine months to September, the bureau said.",
     "2026-01-20",
     "2025-01"),
])
def test_a_span_ending_on_a_date_starts_before_it(text: str, published: str,
                                                    period: str) -> None:
    figure = next(r["text"] for r in pollstats.extract(text, published=published).records()
                  if r["type"] == "statistic" and r["kind"] == "share")
    assert _period(text, published, figure) == period


@pytest.mark.parametrize(("text", "value"), [
    ("Prices rose 3.0 per cent in the 12 months to January 2025.", "2025-01"),
    ("Inflation was 2.4% in the year to August 2025.", "2025-08"),
    ("It ran for four weeks. By Jan. 2, 2026 it had closed.", "2026-01-02"),
])
def test_near_misses_keep_their_date(text: str, value: str) -> None:
    """A year-long window keeps its reference month; a span not written just before its end
    date is no span."""
    d = next(d for d in find_dates(text) if d.value is not None)
    assert str(d.value) == value


def test_span_ending_without_a_year_resolves_by_its_end() -> None:
    d = next(find_dates("the six weeks ending Feb. 1"))
    assert (d.rule, d.month, d.day) == ("span_ending", 12, 22)
    assert str(resolve(d, None, Period(2026, 3))) == "2025-12-22"


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # Australia: a weekend across two months
    ("Consumer confidence fell 2.1% over the weekend of February 28–March 1, according to "
     "the weekly survey.", "2026-03-10", "2.1%", "2026-02"),
    # UK: the week of a date
    ("In the week of 3 March, 29% of Britons said they would switch.", "2025-03-20", "29%",
     "2025-03"),
])
def test_the_weekend_of_a_date_is_that_date(text: str, published: str, figure: str,
                                            period: str) -> None:
    assert _period(text, published, figure) == period


def test_this_weekend_is_still_read() -> None:
    assert [d.text for d in find_dates("Pollsters asked voters this weekend.")] == [
        "this weekend"]


@pytest.mark.parametrize(("text", "baseline"), [
    ("The index slipped to 54.1 from a final January reading of 56.4.", True),  # US
    ("The PMI fell to 48.2, down from an upwardly revised November reading of 49.9.", True),
    ("The rate eased to 6.1 per cent from the December level of 6.3 per cent.", True),  # CA
    ("Figures from the January survey of 1,000 adults show it.", False),  # near miss
    ("In the January reading of 3,000 firms, 4% cut prices.", False),
])
def test_a_date_inside_a_from_level_phrase_is_a_baseline(text: str, baseline: bool) -> None:
    d = next(find_dates(text))
    assert d.baseline is baseline


@pytest.mark.parametrize(("text", "value"), [
    ("Ipsos surveyed 4,000 adults between 12 October and 20 November 2025.",
     "2025-10-12/2025-11-20"),  # UK, day first
    ("The poll was taken Dec. 28 to Jan. 3, 2024, among 1,200 adults.",
     "2023-12-28/2024-01-03"),  # US, across the new year: the year written is the end's
    ("Fieldwork ran Nov. 30-Dec. 2, 2024.", "2024-11-30/2024-12-02"),
    ("It was fielded from 30 May to 3 June 2025.", "2025-05-30/2025-06-03"),  # India
    ("The survey ran March 6 to 8, 2025.", "2025-03-06"),  # one month: its first day
])
def test_a_span_of_days_across_months_keeps_its_end(text: str, value: str) -> None:
    assert str(next(find_dates(text)).value) == value


@pytest.mark.parametrize(("text", "figure", "period"), [
    # UK: the question's window ends inside the fieldwork span
    ("Ipsos surveyed 4,000 adults between 12 October and 20 November 2025.\n\n"
     "Some 14% had gone without food in the 12 months to November 2025.", "14%", "2025-10"),
    # Canada
    ("Leger polled 1,500 Canadians from Nov. 28 to Dec. 3, 2025.\n\n"
     "About 22 per cent said they had skipped a bill in December.", "22 per cent",
     "2025-11"),
    # near miss: a month after the span is another time
    ("Ipsos surveyed 4,000 adults between 12 October and 20 November 2025.\n\n"
     "In December 2025, 16% said so, the firm found in a later poll.", "16%", "2025-12"),
])
def test_a_date_inside_the_fieldwork_span_keeps_its_start(text: str, figure: str,
                                                          period: str) -> None:
    assert _period(text, "2026-02-10", figure) == period


@pytest.mark.parametrize(("text", "value"), [
    ("Data from the Crime Survey for the year ending March 2024 show it.", "2023/2024"),  # UK
    ("Figures for the financial year to 30 June 2025 were lower.", "2024/2025"),  # Australia
    ("In the fiscal year ended March 31, 2025, 12% of firms exported.", "2024/2025"),  # India
    ("Estimates for the year ending December 2024 were revised.", "2024"),
    ("Prices rose 2.4% in the year to August 2025.", "2025-08"),  # near miss: a rate's month
])
def test_a_year_ending_in_a_month_spans_two_years(text: str, value: str) -> None:
    d = next(d for d in find_dates(text) if d.value is not None)
    assert str(d.value) == value


def test_a_year_before_a_financial_year_is_the_one_before() -> None:
    text = ("The Office for National Statistics, drawing on the survey for the year ending "
            "March 2025, found 23% of adults anxious, against 21% a year earlier.")
    assert _period(text, "2025-10-01", "23%") == "2024/2025"
    assert _period(text, "2025-10-01", "21%") == "2023/2024"


@pytest.mark.parametrize(("text", "figure", "period"), [
    # US: another unnamed survey's figure is an aside of its paragraph
    ("Pew surveyed 5,000 adults from Jan. 20 to 26.\n\nSome 40% own a gun. Other surveys "
     "have put ownership at 45%.\n\nMen were twice as likely as women to own one, 42% to 22%.",
     "42%", "2026-01"),
    # UK
    ("YouGov polled 2,100 Britons on 3 and 4 February 2026.\n\nSome 31% back the levy. Other "
     "pollsters have found support nearer 40%.\n\nAmong Labour voters, 48% back it.",
     "48%", "2026-02"),
])
def test_an_unnamed_other_survey_is_an_aside_of_its_paragraph(text: str, figure: str,
                                                             period: str) -> None:
    assert _period(text, "2026-03-09", figure) == period


@pytest.mark.parametrize(("text", "figure", "period"), [
    # Australia: state figures of combined earlier waves, listed after a colon
    ("Resolve surveyed 1,600 voters from Tuesday to Saturday last week.\n\n"
     "The state figures, which pool the September and October polls, show:\n\n"
     "- Victoria: Labor 34 per cent, Coalition 31 per cent\n"
     "- Queensland: Labor 27 per cent\n\n"
     "Nationally, 41 per cent approve of the prime minister.",
     "27 per cent", "2025-09"),
    # the list ends with it: the next paragraph is the survey's own again
    ("Resolve surveyed 1,600 voters from Tuesday to Saturday last week.\n\n"
     "The state figures, which pool the September and October polls, show:\n\n"
     "- Victoria: Labor 34 per cent, Coalition 31 per cent\n\n"
     "Nationally, 41 per cent approve of the prime minister.",
     "41 per cent", "2025-11"),
])
def test_a_list_after_an_earlier_wave_and_a_colon_is_that_wave(text: str, figure: str,
                                                               period: str) -> None:
    assert _period(text, "2025-11-17", figure) == period
