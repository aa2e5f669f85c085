"""Who measured a figure and when, for statistics-office releases and joint polls (#13).

Own sentences in several national styles: a release's figures take its reference month or
quarter and the agency, a consensus of forecasters names only its forecast, two offices or
two bureaus of one story stay two sources, a joint name keeps its pollster's full name.
"""

from __future__ import annotations

import pytest

import pollstats


def _records(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    """``{figure text: (source, period)}`` of a text's statistics (first occurrence)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for r in pollstats.extract(text, published=published).records():
        if r["type"] == "statistic":
            out.setdefault(r["text"], (r["source"], r["period"]))
    return out


HEAD = "Economy news\n\n"


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    # UK: the labour-market figures of "the three months to" a month start two months before
    ("LONDON - Unemployment rose to 4.9 per cent in the three months to July, the Office for "
     "National Statistics said.", "2025-09-16", "4.9 per cent", "2025-05"),
    ("Regular pay grew 5.2% in the three months to February, the ONS said, after 5.6% in the "
     "three months to January.", "2025-04-15", "5.6%", "2024-11"),
    ("Vacancies fell 4 per cent in the six months ending in June 2024, the ONS said.",
     "2025-04-15", "4 per cent", "2024-01"),
    # Australia and New Zealand: a quarter named by its last month
    ("SYDNEY - Wages rose 0.9 per cent in the March quarter, the Australian Bureau of "
     "Statistics said.", "2025-05-14", "0.9 per cent", "2025-01"),
    ("WELLINGTON - The jobless rate rose to 5.1 per cent in the June quarter, Stats NZ said.",
     "2025-08-06", "5.1 per cent", "2025-04"),
    # Canada and the US: "Q3", "the third quarter"
    ("OTTAWA - The economy grew at an annualized 2.6 per cent in Q3, Statistics Canada said.",
     "2025-11-28", "2.6 per cent", "2025-07"),
    # a year-on-year change: "from a year earlier" is its base, not its date
    ("WASHINGTON - Consumer prices climbed 3.1% from a year earlier, the Bureau of Labor "
     "Statistics said on Wednesday.", "2025-02-12", "3.1%", "2025-02"),
    ("Retail sales were up 2.2 per cent from a year ago, Statistics Canada said.",
     "2025-03-21", "2.2 per cent", "2025-03"),
])
def test_release_reference_period(text: str, published: str, figure: str,
                                  period: str) -> None:
    assert _records(HEAD + text, published)[figure][1] == period


def test_a_baseline_a_year_earlier_keeps_its_own_year() -> None:
    recs = _records(HEAD + "The youth jobless rate was 13.8 per cent in March, up from 11.9 "
                    "per cent a year earlier, Statistics Canada said.", "2025-04-04")
    assert recs["13.8 per cent"][1] == "2025-03"
    assert recs["11.9 per cent"][1] == "2024-03"


def test_two_statistics_offices_are_two_sources() -> None:
    text = (HEAD + "LONDON - Inflation held at 3.8 per cent in August, the Office for National "
            "Statistics said.\n\nIn Australia, inflation rose to 3.0 per cent in July, the "
            "Australian Bureau of Statistics said.\n\nIn the US, output grew 3.3% in the "
            "second quarter, the Bureau of Economic Analysis said. Payrolls grew 0.1% in "
            "August, the Bureau of Labor Statistics said.")
    recs = _records(text, "2025-09-20")
    assert recs["3.8 per cent"][0] == "Office for National Statistics"
    assert recs["3.0 per cent"][0] == "Australian Bureau of Statistics"
    assert recs["3.3%"][0] == "Bureau of Economic Analysis"
    assert recs["0.1%"][0] == "Bureau of Labor Statistics"


@pytest.mark.parametrize(("text", "forecast", "provider", "after"), [
    # Canada: the provider after the forecast; the agency keeps the next paragraph
    ("OTTAWA - The jobless rate fell to 6.5 per cent in March, Statistics Canada said Friday. "
     "Economists had expected a rate of 6.7 per cent, according to Fenwick Data.\n\n"
     "The participation rate held at 65.1 per cent.", "6.7 per cent", "Fenwick Data",
     "65.1 per cent"),
    # US: the provider before the forecast
    ("WASHINGTON - Retail sales rose 0.4% in May, the Census Bureau said. Economists polled "
     "by Dow Jones had expected a 0.2% gain.\n\nSales at restaurants rose 0.9%.", "0.2%",
     "Dow Jones", "0.9%"),
    # UK: a news agency's poll of economists
    ("LONDON - Inflation eased to 3.4 per cent in May, the Office for National Statistics "
     "said. Economists polled by Reuters had forecast 3.3 per cent.\n\nServices inflation "
     "fell to 4.7 per cent.", "3.3 per cent", "Reuters", "4.7 per cent"),
])
def test_a_consensus_provider_names_only_its_forecast(text: str, forecast: str, provider: str,
                                                      after: str) -> None:
    recs = _records(HEAD + text, "2025-06-20")
    agency = next(iter(recs.values()))[0]
    assert recs[forecast][0] == provider
    assert recs[after][0] == agency != provider


def test_an_official_section_after_a_heading_is_no_digression() -> None:
    text = (HEAD + "MILLBROOK - Confidence fell to 41 in June, the Harbour Consumer Panel "
            "found in its monthly survey of 2,000 adults.\n\nJobs\n\nUnemployment rose to "
            "5.2 per cent in the three months to April, the Office for National Statistics "
            "said.\n\nThe employment rate slipped to 74.5 per cent.")
    recs = _records(text, "2025-06-18")
    assert recs["74.5 per cent"][0] == "Office for National Statistics"


def test_a_joint_name_spells_out_its_pollster() -> None:
    text = ("Voters back the levy - Courier/Freshwater poll\n\nA new poll for the Courier by "
            "Freshwater Strategy found 46 per cent back the levy.")
    recs = _records(text, "2025-05-10")
    assert recs["46 per cent"][0] == "Courier/Freshwater Strategy"


def test_a_unit_named_only_by_its_parent_keeps_the_unit() -> None:
    text = (HEAD + "About 31% of adults had a flu shot, the National Center for Health "
            "Statistics said. The survey, which the CDC's statistics agency runs each year, "
            "found 27% of adults under 30 did.")
    recs = _records(text, "2025-03-10")
    assert recs["27%"][0] == "National Center for Health Statistics"


def test_a_tables_programme_keeps_its_pollster_after_an_outlet() -> None:
    text = (HEAD + "Support for the SPD fell to 15%, according to ZDF's latest Politbarometer. "
            "The Greens were on 12%.")
    recs = _records(text, "2025-05-10")
    assert recs["15%"][0] == "Forschungsgruppe Wahlen"


@pytest.mark.parametrize(("text", "figure", "source"), [
    ("Support reached 44 per cent, Kestrel Research found. The result sits awkwardly with a "
     "Pollara survey in May that had 38 per cent.\n\nAmong renters, 52 per cent agreed.",
     "52 per cent", "Kestrel Research"),
    ("Backing stands at 41%, a Kestrel Research poll finds. That differs from an Ipsos study "
     "last year, which put it at 30%.\n\nWomen were on 45%.", "45%", "Kestrel Research"),
])
def test_another_poll_set_against_the_story_is_a_digression(text: str, figure: str,
                                                           source: str) -> None:
    assert _records(HEAD + text, "2025-06-01")[figure][0] == source


def test_a_compass_region_is_never_a_source() -> None:
    text = (HEAD + "The Harbour Times/Ipsos North and South survey found 61 per cent in the "
            "south and 33 per cent in the north would back it.")
    assert "South" not in {s for s, _ in _records(text, "2025-06-01").values()}


def test_the_previous_quarter_counts_from_the_figures_quarter() -> None:
    recs = _records(HEAD + "PARIS - Unemployment rose to 7.9 per cent in the second quarter, "
                    "the statistics institute INSEE said, from 7.7 per cent in the previous "
                    "quarter.", "2025-08-14")
    assert recs["7.9 per cent"][1] == "2025-04"
    assert recs["7.7 per cent"][1] == "2025-01"


def test_a_news_agency_poll_of_economists_names_its_forecast() -> None:
    recs = _records(HEAD + "NEW DELHI - Retail inflation eased to 1.8 per cent in May, the "
                    "National Statistics Office said. A Reuters poll of economists had "
                    "forecast 2.0 per cent. Food prices fell 0.9 per cent.", "2025-06-12")
    assert recs["2.0 per cent"][0] == "Reuters"
    assert recs["0.9 per cent"][0] == recs["1.8 per cent"][0] != "Reuters"


def test_a_firm_named_again_by_part_of_its_joint_name_is_the_storys() -> None:
    text = (HEAD + "Approval of the president fell to 19 percent, Elabe found.\n\nAn "
            "Ifop-Fiducial poll for the radio put the RN on 33 percent in the first round.\n\n"
            "In a runoff, the RN would win 54 to 46 percent. Ifop puts the margin of error "
            "at 2.5 points.")
    recs = _records(text, "2025-11-10")
    assert recs["54 to 46 percent"][0] == "Ifop-Fiducial"


@pytest.mark.parametrize(("text", "figure", "period"), [
    # a change measured "in" a quarter or month is that period's, in every later paragraph too
    ("SYDNEY - Prices rose 1.1 per cent in the September quarter, the ABS said.\n\nRents "
     "rose 1.4 per cent in the June quarter.", "1.4 per cent", "2025-04"),
    ("OTTAWA - Prices rose 0.3 per cent in September, Statistics Canada said.\n\nGasoline "
     "prices fell 2.2 per cent in August.", "2.2 per cent", "2025-08"),
    # "in the year to" a quarter: that quarter
    ("SYDNEY - Prices rose 1.1 per cent in the September quarter, the ABS said. The wage "
     "index rose 3.3 per cent in the year to the June quarter.", "3.3 per cent", "2025-04"),
    # a year's change "in" that year: the year, not the release's month
    ("NAIROBI - Inflation was 4.6 per cent in September, the KNBS said. Its Economic Survey "
     "showed output expanded 3.1 per cent in 2023.", "3.1 per cent", "2023"),
    ("NEW DELHI - Retail inflation eased to 1.5 per cent in September, the ministry said. "
     "Real GDP expanded 6.5 per cent during 2024, its estimates show.", "6.5 per cent", "2024"),
])
def test_a_change_takes_the_period_it_was_measured_in(text: str, figure: str,
                                                       period: str) -> None:
    assert _records(HEAD + text, "2025-10-29")[figure][1] == period


def test_a_forecast_s_year_is_not_the_change_s_period() -> None:
    # a forecast's year is what it is for: the economists' poll dates it
    text = ("FRANKFURT - Economists in a Reuters poll conducted Dec. 8-15 expect German output "
            "to grow by 0.2% in 2025.")
    assert _records(HEAD + text, "2025-12-20")["0.2%"][1] == "2025-12"


def test_a_mortgage_holders_paragraph_stays_on_the_survey() -> None:
    text = (HEAD + "The Harbour Consumer Index rose 6.1 per cent in May, the Harbour Institute "
            "survey of 1,200 adults found.\n\nSentiment among mortgage holders rose 8.2 per "
            "cent, against 3.9 per cent for renters.")
    recs = _records(text, "2025-05-20")
    assert recs["8.2 per cent"][0] == recs["6.1 per cent"][0] is not None
