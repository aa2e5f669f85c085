"""Several organizations in one story: each figure takes the organization of its own clause
or passage (issue #13 item 6). The roles of ``sources.ROLE_RULES`` and the vote counters read
by ``passage.py``, through ``extract``. Sentences written for these tests, in several national
styles."""

from __future__ import annotations

import pytest

from pollstats import extract


def _sources(text: str) -> dict[str, str | None]:
    """``{figure text: source}`` (figure texts are unique in these tests)."""
    return {s.text: (s.source.value if s.source is not None else None) for s in extract(text)}


# -- fieldwork: the firm that ran a survey the text already named ------------------------------

@pytest.mark.parametrize(("text", "brand"), [
    ("Labor leads the Coalition 52 per cent to 48 per cent in the latest Newspoll.\n\n"
     "The poll of 1,204 voters, conducted for The Australian by Pyxis Polling & Insights "
     "from June 2 to 5, has the Greens on 12 per cent.", "Newspoll"),
    ("Consumer confidence slipped in the GfK index this month.\n\nThe survey, carried out "
     "for GfK by NIQ among 2,000 adults, found 28% expect prices to rise.", "GfK"),
    ("A new CNN poll finds 41% of Americans approve of the plan.\n\nThe poll was conducted "
     "by SSRS among 1,204 adults, and 55% disapprove.", "CNN"),
    ("Sinn Féin is on 24 per cent in the latest Red C poll.\n\nThis poll was done for the "
     "Business Post by Ipsos among 1,000 adults; Fianna Fáil is on 17 per cent.", "Red C"),
    ("The Angus Reid Institute puts the Liberals at 38 per cent.\n\nThe survey was fielded "
     "online by Leger among 1,600 Canadians; the Conservatives have 36 per cent.",
     "Angus Reid Institute"),
])
def test_a_named_survey_keeps_its_name_when_its_fieldwork_firm_is_named(
        text: str, brand: str) -> None:
    got = _sources(text)
    assert set(got.values()) == {brand}, got


def test_a_client_outside_the_table_gives_way_to_its_fieldwork_firm() -> None:
    text = ("The carers' charity Brightlight says 31% of carers skip meals.\n\n"
            "The survey, conducted by YouGov among 2,100 carers, found 44% had cut heating.")
    got = _sources(text)
    assert got["44%"] == "YouGov"


# -- aside: the source of the one figure just before it -----------------------------------

@pytest.mark.parametrize(("text", "aside", "official"), [
    ("Some 46% of Irish workers plan to move job, a Red C survey found. Expected pay rises "
     "of 3.5% lag the 4.1% inflation rate recorded by the Central Statistics Office.\n\n"
     "Some 29% want more remote days.", "4.1%", "Central Statistics Office"),
    ("Card spending grew 1.1%, an Ipsos study for the retailer found, below the 3.6% rate "
     "of inflation reported by the ONS on Wednesday.\n\nSome 40% plan to spend less.",
     "3.6%", "Office for National Statistics"),
    ("Some 52 per cent of Canadians expect a recession, an Angus Reid poll shows, while "
     "wages rose 3.9 per cent, above the 2.1 per cent inflation rate published by Statistics "
     "Canada.\n\nAnother 18 per cent are unsure.", "2.1 per cent",
     "Statistics Canada"),
    ("An Afrobarometer survey finds 61% of South Africans distrust parliament, and 48% name "
     "jobs as the top problem given the 33.5% unemployment rate recorded by Stats SA.\n\n"
     "Some 27% trust the police.", "33.5%", "Stats SA"),  # the name it is written by
    ("A CVoter survey shows 44 per cent of urban voters worry about prices, against a 5.1 "
     "per cent inflation rate released by the National Statistical Office of India.\n\n"
     "Some 38 per cent cite jobs.", "5.1 per cent", "National Statistical Office of India"),
])
def test_an_official_figure_beside_the_survey_takes_its_own_source_only(
        text: str, aside: str, official: str) -> None:
    got = _sources(text)
    assert got[aside] == official, got
    survey = {v for k, v in got.items() if k != aside}
    assert len(survey) == 1 and official not in survey, got


# -- separate: a digression, unless the story comes back to it ------------------------------

@pytest.mark.parametrize(("text", "main"), [
    ("The Axis My India exit poll gives the alliance 44 per cent in the state.\n\n"
     "A separate exit poll by CVoter gave it 41 per cent.\n\n"
     "In the south, the front is projected to get 42 per cent.", "Axis My India"),
    ("Labour is on 31% in the latest YouGov poll.\n\nSeparately, an Opinium survey put "
     "Reform on 29%.\n\nAmong young voters, Labour has 40%.", "YouGov"),
    ("Morena's candidate leads with 52% in the Enkoll poll.\n\nAnother survey, from "
     "Mitofsky, had her on 49%.\n\nAmong women, her lead reaches 58%.", "Enkoll"),
    ("Some 38 per cent of Kenyans back the bill, a TIFA Research poll shows.\n\nA rival "
     "survey by Infotrak put support at 35 per cent.\n\nIn Nairobi, 45 per cent back it.",
     "TIFA Research"),
    ("The Leger poll has the Liberals on 41 per cent.\n\nA different poll, by Abacus Data, "
     "has them on 39 per cent.\n\nIn Quebec, the Bloc stands at 33 per cent.", "Leger"),
])
def test_a_separate_survey_is_a_digression_of_one_paragraph(text: str, main: str) -> None:
    stats = list(extract(text))
    assert stats[0].source is not None and stats[0].source.value == main
    assert stats[-1].source is not None and stats[-1].source.value == main
    assert stats[1].source is not None and stats[1].source.value != main


def test_a_separate_survey_the_story_names_again_is_a_subject() -> None:
    text = ("The Channel 12 poll gives the coalition 50 seats, with 38% preferring the "
            "premier.\n\nA separate survey by the Israel Democracy Institute found 27% trust "
            "the government.\n\nAmong Arab respondents, 12% did.\n\nThe Israel Democracy "
            "Institute interviewed 753 adults.")
    got = _sources(text)
    assert got["12%"] == "Israel Democracy Institute", got


# a subheading starts a section: the survey its first sentence introduces is the section's
@pytest.mark.parametrize(("text", "section"), [
    ("The teachers' union says 64 per cent of its members plan to quit.\n\nWhat parents "
     "say\n\nA separate survey of 1,100 parents, conducted by Resolve Strategic, found 57 "
     "per cent are satisfied.\n\nIn Victoria, the figure was 61 per cent.",
     "Resolve Strategic"),
    ("Labour is on 31% in the latest YouGov poll.\n\nThe view from Scotland\n\n"
     "Separately, an Opinium survey put the SNP on 33%.\n\nAmong young Scots, the party "
     "has 41%.", "Opinium"),
    ("Some 38 per cent of Kenyans back the bill, a TIFA Research poll shows.\n\n"
     "Counties divided\n\nA rival survey by Infotrak put support at 35 per cent.\n\n"
     "In Nairobi, 45 per cent back it.", "Infotrak"),
    ("The Leger poll has the Liberals on 41 per cent.\n\nAnother reading\n\nA "
     "different poll, by Abacus Data, has them on 39 per cent.\n\nIn Quebec, the Bloc "
     "stands at 33 per cent.", "Abacus Data"),
    ("Morena's candidate leads with 52% in the Enkoll poll.\n\nA second opinion\n\n"
     "Another survey, from Mitofsky, had her on 49%.\n\nAmong women, her lead reaches "
     "58%.", "Consulta Mitofsky"),
])
def test_a_separate_survey_that_opens_a_section_goes_on_after_its_paragraph(
        text: str, section: str) -> None:
    stats = list(extract(text))
    assert stats[-1].source is not None and stats[-1].source.value == section, _sources(text)


@pytest.mark.parametrize("text", [
    # a full sentence (it ends in a stop) or a line of figures is no heading
    ("The teachers' union says 64 per cent of its members plan to quit.\n\nParents were "
     "asked too.\n\nA separate survey of 1,100 parents, conducted by Resolve Strategic, "
     "found 57 per cent are satisfied.\n\nIn Victoria, the figure was 61 per cent."),
    ("Labour is on 31% in the latest YouGov poll.\n\nTories 24%, Reform 20%\n\n"
     "Separately, an Opinium survey put the SNP on 33%.\n\nAmong young Scots, the party "
     "has 41%."),
])
def test_a_separate_survey_after_no_heading_stays_a_digression(text: str) -> None:
    stats = list(extract(text))
    assert stats[0].source is not None
    assert stats[-1].source is not None and stats[-1].source.value == stats[0].source.value


# -- vote counters: results beside a survey, never the survey ----------------------------

@pytest.mark.parametrize(("text", "result", "survey"), [
    ("The Lokniti-CSDS post-poll survey shows how the alliance won.\n\nAccording to the "
     "Election Commission, the alliance polled 46.6 per cent of the votes.\n\nAmong women, "
     "52 per cent backed it.", "46.6 per cent", "CSDS-Lokniti"),
    ("Labor leads 53 per cent to 47 per cent in the latest Newspoll.\n\nAt the last election "
     "Labor won 52.1 per cent of the two-party vote, according to the Australian Electoral "
     "Commission.\n\nSome 41 per cent are satisfied with the Prime Minister.",
     "52.1 per cent", "Newspoll"),
    ("A Quinnipiac poll has the governor ahead with 48%.\n\nRegistered Democrats cast 47% of "
     "early ballots, according to the Division of Elections.\n\nAmong independents, 44% back "
     "the challenger.", "47%", "Quinnipiac University"),
    ("The Leger survey puts the Liberals on 42 per cent.\n\nTurnout was 68 per cent, "
     "according to Elections Canada.\n\nIn Ontario, the Liberals have 45 per cent.",
     "68 per cent", "Leger"),
    ("Some 34% back Labour in the latest Ipsos poll.\n\nAccording to the Electoral "
     "Commission, 61% of registered voters turned out.\n\nAmong renters, Labour has 44%.",
     "61%", "Ipsos"),
])
def test_a_vote_count_beside_a_survey_never_takes_it_over(
        text: str, result: str, survey: str) -> None:
    got = _sources(text)
    assert got[result] != survey, got
    last = list(got)[-1]
    assert got[last] == survey, got


@pytest.mark.parametrize("word", ["Q3", "Q1", "H2", "FY2025"])
def test_a_quarter_before_a_survey_noun_is_no_organization(word: str) -> None:
    text = (f"The British Chambers of Commerce found 52% expect turnover to rise, against 59% "
            f"in the {word} survey.")
    got = _sources(text)
    assert set(got.values()) == {"British Chambers of Commerce"}, got


# -- described organizations: "the charity" names the one the text described so -------------

@pytest.mark.parametrize(("text", "name", "noun"), [
    ("Nearly half of workers plan to move, says recruitment firm Hayes Lane.", "Hayes Lane",
     "firm"),
    ("A survey for the loneliness charity Marlow Trust found 29% feel alone.", "Marlow Trust",
     "charity"),
    ("Kovar Institute, the Prague think tank, found 41% favour the euro.", "Kovar Institute",
     "think tank"),
    ("A poll by Brightlight Research, a Cape Town consultancy, found 33% cut back.",
     "Brightlight Research", "consultancy"),
    ("According to the pollster Kestrel Analytics, 52% back the plan.", "Kestrel Analytics",
     "pollster"),
])
def test_an_organization_keeps_the_noun_the_text_describes_it_by(
        text: str, name: str, noun: str) -> None:
    from pollstats.sources import find_sources

    assert [(m.name, m.noun) for m in find_sources(text)] == [(name, noun)]


def test_a_title_after_a_name_describes_no_organization() -> None:
    from pollstats.sources import find_sources

    text = "The Marlow Trust found 29% feel alone, said Ana Ruiz, the charity's chair."
    assert [m.noun for m in find_sources(text)] == [None]


@pytest.mark.parametrize(("text", "figure", "name"), [
    ("A survey for the Marlow Trust, the loneliness charity, found 29% of renters feel alone."
     "\n\nThe Office for National Statistics found 7% of adults felt lonely.\n\nThe charity is "
     "calling on ministers to act. Its survey found 37% had lost a youth club.", "37%",
     "Marlow Trust"),
    ("Recruitment firm Hayes Lane says 46 per cent of workers plan to move.\n\nThe "
     "Central Statistics Office put unemployment at 4.9 per cent.\n\nThe firm said 58 per cent "
     "of tech workers want to leave.", "58 per cent", "Hayes Lane"),
    ("The Kovar Institute, a Prague think tank, found 41% favour the euro.\n\nEurostat puts "
     "inflation at 2.5%.\n\nThe think tank found 38% of young Czechs disagree.", "38%",
     "Kovar Institute"),
])
def test_the_described_noun_names_its_organization_past_another(
        text: str, figure: str, name: str) -> None:
    assert _sources(text)[figure] == name


# -- a source after the figures it names ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In the south, Lula leads 41% to 27% in Datafolha and 43% to 25% in Quaest.",
     {"41%": "Datafolha", "27%": "Datafolha", "43%": "Quaest", "25%": "Quaest"}),
    ("Labour's lead ranges from five points with YouGov to nine points with Opinium.",
     {"five points": "YouGov", "nine points": "Opinium"}),
    ("Sheinbaum's approval stands at 70% in Enkoll and 66% in the Mitofsky poll.",
     {"70%": "Enkoll", "66%": "Consulta Mitofsky"}),
    ("The Liberals have 42 per cent in Leger and 39 per cent in the Abacus Data survey.",
     {"42 per cent": "Leger", "39 per cent": "Abacus Data"}),
    ("The BJP is on 44 per cent in CVoter, against 41 per cent by Axis My India.",
     {"44 per cent": "CVoter", "41 per cent": "Axis My India"}),
    ("Reform is on 29% in YouGov and 31% for Opinium.", {"29%": "YouGov", "31%": "Opinium"}),
    ("Fine Gael polls 21 per cent in Red C and 23 per cent for Ipsos.",
     {"21 per cent": "Red C", "23 per cent": "Ipsos"}),
    ("The Greens are on 11% in Infratest dimap, but 13% for Forsa.",
     {"11%": "Infratest dimap", "13%": "Forsa"}),
])
def test_a_source_after_its_figures_names_them(text: str, expected: dict[str, str]) -> None:
    got = _sources(text)
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize(("programme", "organization"), [
    ("BW-Trend", "Infratest dimap"), ("BayernTrend", "Infratest dimap"),
    ("NRW-Trend", "Infratest dimap"), ("HessenTrend", "Infratest dimap"),
])
def test_a_state_trend_poll_is_its_pollster_s(programme: str, organization: str) -> None:
    assert set(_sources(f"The latest {programme} puts the CDU on 29 percent.").values()) == {
        organization}


# -- organizations in no table, read from the words around them --------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The survey, by Vantage Insights, found 44% back the levy.", "Vantage Insights"),
    ("Vantage Insights surveyed 1,000 adults and found 44% back the levy.",
     "Vantage Insights"),
    ("Kestrel Labs' annual report found 44% of users churn.", "Kestrel Labs"),
    ("The Ministry of Health said 44 per cent of adults were vaccinated.",
     "Ministry of Health"),
    ("Some 44% back the levy, according to research from Quorum Analitica.",
     "Quorum Analitica"),
    ("Polling firm Sondea Andina found 52 per cent of Peruvians oppose the reform.",
     "Sondea Andina"),
    ("Some 61% of Ghanaians back the plan, Savanna Insights said on Monday.",
     "Savanna Insights"),
])
def test_an_organization_in_no_table_is_read_from_its_wording(text: str, name: str) -> None:
    assert set(_sources(text).values()) == {name}


@pytest.mark.parametrize("text", [
    "Ms Ruiz said 44% back the levy.",
    "Researchers surveyed 1,000 adults and 44% agreed.",
    "Some 44% back the levy, the firm said.",
    "In Kenya, 44% back the levy, a Nairobi survey found.",
    "The Northern Alliance polled 46.6 per cent of the vote.",
])
def test_a_person_a_place_or_a_generic_noun_names_no_organization(text: str) -> None:
    assert set(_sources(text).values()) == {None}


# -- a shared place word makes no family -----------------------------------------------

@pytest.mark.parametrize(("text", "first", "second"), [
    ("According to the Canadian Association of Schools of Nursing, applications fell 12%.\n\n"
     "Figures from the Canadian Institute for Health Information show staffing fell 1.8%.",
     "Canadian Association of Schools of Nursing", "Canadian Institute for Health Information"),
    ("The British Retail Consortium said sales fell 2.1%.\n\nThe British Chambers of "
     "Commerce found 29% of firms expect growth.",
     "British Retail Consortium", "British Chambers of Commerce"),
    ("The Kenya Bankers Association said lending rose 4.2%.\n\nThe Kenya Private Sector "
     "Federation found 38% of firms plan to hire.",
     "Kenya Bankers Association", "Kenya Private Sector Federation"),
    ("The Irish Farmers' Association said incomes fell 8%.\n\nThe Irish Hotels Federation "
     "found 41% of hotels cut staff.",
     "Irish Farmers' Association", "Irish Hotels Federation"),
    ("The South African Reserve Bank said credit grew 3.9%.\n\nThe South African Chamber of "
     "Commerce found 27% of members expect losses.",
     "South African Reserve Bank", "South African Chamber of Commerce"),
])
def test_organizations_of_one_country_keep_their_own_figures(
        text: str, first: str, second: str) -> None:
    stats = list(extract(text))
    assert [s.source.value if s.source else None for s in stats] == [first, second]


# -- an official data body quoted inside another organization's survey passage -----------------

@pytest.mark.parametrize(("text", "figure", "pollster"), [
    ("A new Ipsos poll finds 58 per cent of Kenyans say the economy is worse.\n\n"
     "Inflation reached 9.6 per cent in 2023, according to the Kenya National Bureau of "
     "Statistics.\n\nSome 41 per cent of respondents say they have skipped meals.",
     "41 per cent", "Ipsos"),
    ("Gallup found 62% of Americans worry about grocery prices.\n\nConsumer prices rose 3.1% "
     "over the year, the Bureau of Labor Statistics said on Tuesday.\n\nAmong renters, 71% "
     "worry a great deal.", "71%", "Gallup"),
    ("Forsa puts the SPD at 16 percent this week.\n\nUnemployment rose to 6.3 percent in "
     "March, the Federal Statistical Office reported.\n\nThe Greens are at 11 percent.",
     "11 percent", "Forsa"),
    ("In the Metropoll survey, 55 percent named the economy as the main problem.\n\n"
     "Annual inflation was 33 percent in September, the Turkish Statistical Institute said.\n\n"
     "Only 18 percent of respondents named terrorism.", "18 percent", "Metropoll"),
    ("Afrobarometer finds 61 per cent of Ghanaians describe conditions as bad.\n\nThe Ghana "
     "Statistical Service put inflation at 23 per cent in 2024.\n\nAbout 44 per cent expect "
     "things to improve within a year.", "44 per cent", "Afrobarometer"),
    ("A new AP-NORC poll finds 53% of adults say groceries are a major source of stress.\n\n"
     "Consumer prices rose 2.7% in the year to May, the Commerce Department reported.\n\n"
     "About 38% approve of the president's handling of the economy.", "38%", "AP-NORC"),
])
def test_an_official_data_body_is_an_aside_of_its_paragraph(
        text: str, figure: str, pollster: str) -> None:
    assert _sources(text)[figure] == pollster


@pytest.mark.parametrize(("text", "figure", "body"), [
    # the statistics office's own survey is the story: its later figures stay its own
    ("A Statistics Canada survey found 24 per cent of teenagers felt lonely most days.\n\n"
     "Among girls, 31 per cent said so.", "31 per cent", "Statistics Canada"),
    # the office's figure in its own paragraph is its own
    ("Gallup found 62% of Americans worry about grocery prices.\n\nConsumer prices rose 3.1% "
     "over the year, the Bureau of Labor Statistics said on Tuesday.", "3.1%",
     "Bureau of Labor Statistics"),
])
def test_an_official_data_body_keeps_its_own_figures(text: str, figure: str, body: str) -> None:
    assert _sources(text)[figure] == body


@pytest.mark.parametrize(("text", "figure", "pollster"), [
    # a pollster introduced as the maker of a new poll is the story's, whatever its name
    # looks like ("Norstat" is no statistics office), not a digression of one paragraph
    ("Centre Party slips in latest TV2 poll\n\nOSLO - Support for the Centre Party has "
     "fallen, a new Norstat survey for TV2 shows.\n\nThe party stands at 5.4 per cent.",
     "5.4 per cent", "Norstat"),
    ("Greens gain in new Yle poll\n\nHELSINKI - The Greens have gained ground, according "
     "to the latest Taloustutkimus poll for Yle.\n\nThe party is at 9.1 per cent.",
     "9.1 per cent", "Taloustutkimus"),
])
def test_a_pollster_introduced_as_new_is_the_story_s(text: str, figure: str,
                                                     pollster: str) -> None:
    assert _sources(text)[figure] == pollster
