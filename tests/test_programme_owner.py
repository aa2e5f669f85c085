"""Who measured it (issue 13): a survey programme named with its organization is the
organization's; firms known by their form; one poll by two organizations; an explicit
separate aside inside an official body's story; a section under a subheading with a colon.
Sentences written for these tests, in several national styles."""

from __future__ import annotations

import pytest

from pollstats import extract
from pollstats._data import words


def _sources(text: str) -> dict[str, str | None]:
    """``{figure text: source}`` (figure texts are unique in these tests)."""
    return {s.text: (s.source.value if s.source is not None else None) for s in extract(text)}


# -- a programme named with its organization ----------------------------------------------

@pytest.mark.parametrize("adjective", words("sources.txt", "programme_adjectives"))
def test_each_programme_adjective_keeps_the_owner(adjective: str) -> None:
    text = (f"The Harbour Reserve Bank's {adjective} Survey of Household Finances found 41% "
            "of adults could not cover an emergency expense.")
    assert set(_sources(text).values()) == {"Harbour Reserve Bank"}, adjective


@pytest.mark.parametrize(("text", "owner"), [
    ("The Federal Reserve's most recent Survey of Household Economics and Decisionmaking "
     "found that 37% of adults could not cover a $400 expense.", "Federal Reserve"),
    ("Statistics Canada's biennial Survey of Financial Security found 38 per cent of "
     "families carry mortgage debt.", "Statistics Canada"),
    ("The Reserve Bank of India's most recent Household Finance Survey found 41 per cent "
     "of families hold gold.", "Reserve Bank of India"),
    ("The Harbour Institute's twice-yearly Civic Pulse Survey found 29% trust parliament.",
     "Harbour Institute"),
])
def test_a_programme_named_with_its_organization_is_the_organization_s(
        text: str, owner: str) -> None:
    assert set(_sources(text).values()) == {owner}, _sources(text)


# -- firms known by their form -----------------------------------------------------------

@pytest.mark.parametrize(("text", "firm"), [
    ("Kestrel Holdings Ltd fielded the poll in May, and 61% agreed.", "Kestrel Holdings Ltd"),
    ("Marlow Media Corp., a Toronto research company, fielded an online poll of 1,500 "
     "adults; 44% back the plan.", "Marlow Media Corp"),
    ("Tasman Metrics, a Wellington start-up, conducted the survey; 52% oppose the tax.",
     "Tasman Metrics"),
    ("Savanna Data Consultants, a small Nairobi firm that has polled traders since 2019, "
     "fielded an SMS survey of 900 traders, and 68% were pessimistic.",
     "Savanna Data Consultants"),
])
def test_a_firm_known_by_its_form_runs_its_survey(text: str, firm: str) -> None:
    assert set(_sources(text).values()) == {firm}, _sources(text)


@pytest.mark.parametrize("text", [
    "Kestrel Research ran an SMS survey of 900 traders, and 68% were pessimistic.",
    "An IVR poll of 1,100 voters by Kestrel Research found 41% undecided.",
    "Kestrel Research fielded a CATI survey of 800 adults; 52% agree.",
])
def test_how_a_survey_was_done_names_no_organization(text: str) -> None:
    assert set(_sources(text).values()) == {"Kestrel Research"}, _sources(text)


# -- one poll by two organizations --------------------------------------------------------

@pytest.mark.parametrize(("text", "joint"), [
    ("In a joint poll by the Mainichi Shimbun and the Harbour Broadcasting Corporation, "
     "cabinet approval was 31 percent.",
     "Mainichi Shimbun/Harbour Broadcasting Corporation"),
    ("The ABC News and Ipsos poll found 38% approve of the president.", "ABC News/Ipsos"),
    ("A joint survey by Leger and the Harbour Gazette put the Bloc on 33 per cent.",
     "Leger/Harbour Gazette"),
])
def test_a_joint_poll_goes_by_its_joint_name(text: str, joint: str) -> None:
    assert set(_sources(text).values()) == {joint}, _sources(text)


# -- an explicit separate aside inside an official body's story ----------------------------

@pytest.mark.parametrize(("text", "own", "aside"), [
    ("The Bundesbank's household survey found 43% own their home.\n\nSeparate figures from "
     "Eurostat show 69% do across the EU.\n\nSome 19% of households hold a mortgage.",
     "Bundesbank", "Eurostat"),
    ("The Australian Bureau of Statistics said 31 per cent of renters were in stress.\n\n"
     "Separately, the Reserve Bank of Australia said 4 per cent of borrowers were behind.\n\n"
     "Some 12 per cent of renters had moved twice.",
     "Australian Bureau of Statistics", "Reserve Bank of Australia"),
    ("Statistics Canada said 38 per cent of families carry debt.\n\nA separate survey by "
     "the Bank of Canada found 22 per cent expect rates to fall.\n\nAmong young families, "
     "45 per cent carry debt.", "Statistics Canada", "Bank of Canada"),
])
def test_a_separate_aside_ends_with_its_paragraph_in_an_official_story(
        text: str, own: str, aside: str) -> None:
    values = list(_sources(text).values())
    assert values[0] == own and values[1] == aside and values[-1] == own, values


def test_an_official_body_quoted_in_an_official_story_still_carries() -> None:
    # the exemption the narrowing keeps: no "separate", the story goes on with the body
    text = ("The Reserve Bank of Australia held rates at 3.6 per cent.\n\nInflation was 2.1 "
            "per cent, the Australian Bureau of Statistics said.\n\nUnemployment was 4.3 "
            "per cent.")
    values = list(_sources(text).values())
    assert values[-1] == "Australian Bureau of Statistics", values


# -- a section under a subheading with a colon --------------------------------------------

@pytest.mark.parametrize(("text", "section"), [
    ("Labour is on 31% in the latest Opinium poll.\n\nYouGov: housing leads\n\nA YouGov "
     "poll of 2,100 adults found 41% name housing.\n\nAmong renters, 58% do.", "YouGov"),
    ("Some 38 per cent of Kenyans back the bill, a TIFA Research poll shows.\n\nCounties: "
     "a split\n\nAn Infotrak survey put support at 35 per cent.\n\nIn Nairobi, 45 per cent "
     "back it.", "Infotrak"),
    ("The Leger poll has the Liberals on 41 per cent.\n\nAbacus Data: a closer race\n\nAn "
     "Abacus Data poll has them on 39 per cent.\n\nIn Quebec, the Bloc stands at 33 per "
     "cent.", "Abacus Data"),
])
def test_a_section_under_a_colon_heading_goes_on(text: str, section: str) -> None:
    stats = list(extract(text))
    assert stats[-1].source is not None and stats[-1].source.value == section, _sources(text)


def test_a_line_ending_in_a_colon_is_no_heading() -> None:
    text = ("Labour is on 31% in the latest Opinium poll.\n\nHousing matters too:\n\nA YouGov "
            "poll of 2,100 adults found 41% name housing.\n\nAmong renters, 58% do.")
    values = list(_sources(text).values())
    assert values[-1] == "Opinium", values


# -- the panel a survey drew its sample from ----------------------------------------------

@pytest.mark.parametrize(("text", "owner"), [
    ("The Harbour Foundation surveyed 1,312 adults online through the SSRS Opinion Panel; the "
     "margin of error is plus or minus 3 percentage points.", "Harbour Foundation"),
    ("The Marlow Institute polled 2,000 Americans via Ipsos's KnowledgePanel, and 38% said "
     "they skip care.", "Marlow Institute"),
    ("The Tasman Trust interviewed 1,500 Australians drawn from the YouGov panel; 44 per "
     "cent back the levy.", "Tasman Trust"),
])
def test_a_panel_provider_is_the_survey_s_fieldwork(text: str, owner: str) -> None:
    assert set(_sources(text).values()) == {owner}, _sources(text)


@pytest.mark.parametrize(("text", "second"), [
    ("The Asahi Shimbun's survey found 45% approving of the cabinet. In a joint poll by the "
     "Yomiuri Shimbun and Nippon Television, approval was 58 percent.",
     "Yomiuri Shimbun/Nippon Television"),
    ("The Harbour Times poll found 41% back the mayor. The Marlow Times survey had 38 per "
     "cent.", "Marlow Times"),
])
def test_two_outlets_of_one_kind_are_no_family(text: str, second: str) -> None:
    values = list(_sources(text).values())
    assert values[-1] == second, values


@pytest.mark.parametrize(("text", "owner"), [
    # a central bank's own programme whose name holds another bank's ("Survey of Consumer
    # Expectations" alone is the New York Fed's)
    ("The bank's Canadian Survey of Consumer Expectations, fielded in April among 1,050 "
     "people, found 44% expect higher prices.", "Bank of Canada"),
    ("The New York Fed's Survey of Consumer Expectations found 38% expect higher rents.",
     "Federal Reserve Bank of New York"),
    ("The ECB Consumer Expectations Survey found that 27% of households expect job losses.",
     "European Central Bank"),
])
def test_a_central_bank_programme_is_its_own_bank_s(text: str, owner: str) -> None:
    assert set(_sources(text).values()) == {owner}, _sources(text)
