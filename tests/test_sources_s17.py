"""Which passage a figure belongs to (issue 13, session 17): a headline naming a poll only in
its second clause leaves the lead's statistics office the story's own; a body newly named
"in its survey" starts its own passage; a fielding partner is not the pollster; an election
body's count beside polls is not the poll's. Sentences written for these tests, in several
national styles."""

from __future__ import annotations

import pytest

from pollstats import extract


def _sources(text: str) -> dict[str, str | None]:
    """``{figure text: source}`` (figure texts are unique in these tests)."""
    return {s.text: (s.source.value if s.source is not None else None) for s in extract(text)}


# -- a headline with two subjects: the lead's statistics office is the story's -------------

@pytest.mark.parametrize(("text", "figure", "owner"), [
    # Canada
    ("Canada's jobless rate holds at 6.9% as Abacus poll finds renters anxious\n\n"
     "OTTAWA - Hiring stalled in May, figures from Statistics Canada showed on Friday.\n\n"
     "The unemployment rate was 6.9 per cent, unchanged from April.\n\n"
     "The participation rate slipped to 65.1 per cent.",
     "65.1 per cent", "Statistics Canada"),
    # UK
    ("UK inflation dips to 3.2%; new YouGov survey shows voters unconvinced\n\n"
     "Consumer prices rose more slowly in March, the Office for National Statistics said.\n\n"
     "The CPI rose 3.2% in the year to March, down from 3.4% in February.\n\n"
     "Services inflation eased to 6.0%.",
     "6.0%", "Office for National Statistics"),
    # Australia
    ("Unemployment edges up to 4.1% as Essential poll finds job worries rising\n\n"
     "The labour market softened in June, the Australian Bureau of Statistics said.\n\n"
     "The jobless rate rose to 4.1 per cent from 4.0 per cent.\n\n"
     "Underemployment was steady at 6.4 per cent.",
     "6.4 per cent", "Australian Bureau of Statistics"),
])
def test_a_headline_s_second_clause_poll_does_not_take_the_office_s_figures(
        text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


def test_a_headline_told_by_its_poll_keeps_the_office_an_aside() -> None:
    # the poll tells the whole headline: the office named in the lead is an aside from it
    text = ("Young Canadians gloomier as jobs dry up, Abacus poll finds\n\n"
            "Youth unemployment reached 14.2 per cent in May, Statistics Canada said.\n\n"
            "Asked about the year ahead, 61 per cent of those under 30 expected it to be "
            "harder.")
    assert _sources(text)["61 per cent"] == "Abacus Data"


# -- a body newly named "in its survey" starts its own passage ------------------------------

@pytest.mark.parametrize(("text", "figure", "owner"), [
    # Poland: a statistics office, then an employers' body with "and" in its name
    ("Prices rose 4.1% in the year to May, Statistics Poland said. Core inflation was 3.6%.\n\n"
     "Small firms feel it. The Polish Chamber of Commerce and Industry, in its quarterly survey "
     "of 800 members, found that 37% had raised prices.",
     "37%", "Polish Chamber of Commerce and Industry"),
    # India
    ("Retail inflation eased to 4.8 per cent in April, the National Statistical Office said.\n\n"
     "The Federation of Indian Exporters and Importers, in its annual survey of 1,200 firms, "
     "found 52 per cent expected orders to rise.",
     "52 per cent", "Federation of Indian Exporters and Importers"),
    # Sweden: the country's adjective in both names tells no kinship
    ("Unemployment was 8.7 per cent in May, Statistics Sweden said.\n\n"
     "The Swedish Association of Shops and Restaurants, in its spring survey of 640 members, "
     "found 29 per cent planned to hire.",
     "29 per cent", "Swedish Association of Shops and Restaurants"),
])
def test_a_body_with_and_in_its_name_starts_its_own_passage(
        text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


def test_two_names_joined_by_and_are_no_body() -> None:
    text = ("Inflation was 3.1%, the statistics office said. Smith and Jones, in their annual "
            "survey, found 40% agreed.")
    assert _sources(text)["40%"] != "Smith and Jones"


# -- a partner named in an apposition of the pollster is not the source ---------------------

@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("Invamer, a Bogotá-based polling firm that works with the consultancy Ipsos, put the mayor's "
     "approval at 38 per cent.", "38 per cent", "Invamer"),
    ("Leger, a Montreal firm that teams up with Abacus Data, found 41% of Quebecers agree.",
     "41%", "Leger"),
])
def test_a_partner_in_an_apposition_leaves_the_figures_to_the_pollster(
        text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


def test_a_firm_that_polls_for_a_client_is_no_partner_of_it() -> None:
    text = "A poll by Ipsos for the Grattan Institute found 41% agree."
    assert _sources(text)["41%"] == "Ipsos"


# -- an election body named for a result gives it; a survey named for elections is a survey --

@pytest.mark.parametrize(("text", "figure", "owner"), [
    # Turkey, Colombia, Kenya, Nigeria: counters named "Council", "Registry", "Board"
    ("According to the Supreme Election Council, the ruling party won 42.6% of the vote in "
     "May 2023.", "42.6%", "Supreme Election Council"),
    ("The president took 50.4% of valid ballots in the 2022 runoff, according to the "
     "National Civil Registry.", "50.4%", "National Civil Registry"),
    ("Ruto won 50.5 per cent of the vote in 2022, according to the Independent Electoral and "
     "Boundaries Commission.", "50.5 per cent", "Independent Electoral and Boundaries Commission"),
])
def test_an_election_body_named_for_a_result_gives_it(text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("In the Australian Election Study, 9 per cent named climate change as their top issue.",
     "9 per cent", "Australian Election Study"),
    ("The British Election Study found 41% of voters switched parties in 2019.", "41%",
     "British Election Study"),
])
def test_a_survey_named_for_elections_is_no_vote_counter(
        text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


# -- "X's poll by Y": X is the client, Y ran it -------------------------------------------------

@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("Yle's monthly poll by Taloustutkimus put the SDP on 22.7 per cent. The Finns Party was "
     "on 10.8 per cent.", "10.8 per cent", "Taloustutkimus"),
    ("The Herald's latest survey, conducted by Kestrel Research, put Labour on 34 per cent. "
     "The Greens were on 11 per cent.", "11 per cent", "Kestrel Research"),
    ("NDTV's pre-poll survey by CVoter gave the alliance 44%. The Congress was on 29%.",
     "29%", "CVoter"),
])
def test_a_client_s_poll_by_a_firm_is_the_firm_s(text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


def test_a_pollster_s_own_poll_keeps_it() -> None:
    text = "Ipsos's latest poll by the numbers shows 41% agree."
    assert _sources(text)["41%"] == "Ipsos"


def test_a_named_poll_for_a_client_keeps_its_name_past_who_conducted_it() -> None:
    # Israel: a brand poll for a channel, fielded by a person's firm
    text = ("A Kantar poll for Channel 11 News, conducted by Avi Levin's firm on 7-8 March "
            "among 510 respondents, gave the coalition 52 seats.")
    assert _sources(text)["510 respondents"] == "Kantar"
