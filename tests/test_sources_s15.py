"""Who measured it (issue 13 item 6, session 15): a programme named with a lower-case survey
noun and the organization that published or ran it; a group of countries named by a bloc's
name; a section heading with a digit inside a name. Sentences written for these tests, in
several national styles."""

from __future__ import annotations

import pytest

from pollstats import extract
from pollstats._data import words
from pollstats.sources import find_sources


def _sources(text: str) -> dict[str, str | None]:
    """``{figure text: source}`` (figure texts are unique in these tests)."""
    return {s.text: (s.source.value if s.source is not None else None) for s in extract(text)}


# -- a programme, its survey noun, then who published or ran it ----------------------------

@pytest.mark.parametrize(("text", "owner"), [
    ("Some 23 per cent of pupils felt lonely, according to the Growing Up in Wales survey "
     "published on Monday by the Harbour Health Trust.", "Harbour Health Trust"),
    ("According to the TALIS 2024 teacher questionnaires released by the OECD, 41% of "
     "teachers in Japan report stress.", "OECD"),
    ("The Prairie Pulse poll, conducted by Kestrel Research in May, found 44% of Albertans "
     "back the plan.", "Kestrel Research"),
    ("About 38% of households in Gauteng skipped meals, the Harbour Food Security survey "
     "carried out by the Marlow Institute found.", "Marlow Institute"),
    ("The Lok Sabha Mood 2024 tracker run by Tasman Analytics put the alliance on 46%.",
     "Tasman Analytics"),
    ("Trust in the courts fell to 31%, says the Barómetro Cívico study published by the "
     "Fundação Marlow.", "Fundação Marlow"),
])
def test_a_programme_with_its_noun_and_publisher_is_the_publisher_s(text: str,
                                                                   owner: str) -> None:
    assert set(_sources(text).values()) == {owner}, _sources(text)


@pytest.mark.parametrize(("text", "kept"), [
    # a known pollster's own survey published by an outlet stays the pollster's
    ("The YouGov survey published by the Times found 41% agree.", "YouGov"),
    # "for" names a client, not who made the programme
    ("The Harbour Pulse survey for Kestrel Bank found 44% are saving less.", "Harbour Pulse"),
])
def test_a_programme_named_otherwise_keeps_its_naming(text: str, kept: str) -> None:
    names = {m.name for m in find_sources(text)}
    assert kept in names, names


# -- a bloc of countries named by its organization ----------------------------------------

@pytest.mark.parametrize("text", [
    "On average across the 38 OECD countries, the share fell from 76% to 72%.",
    "In EU member states the rate was 61%.",
    "Among G20 economies, 44% of firms expect to hire.",
    "Across the ASEAN and APEC nations surveyed, 52% trust science.",
])
def test_a_bloc_of_countries_is_no_source(text: str) -> None:
    assert find_sources(text) == []


def test_a_bloc_s_own_report_is_still_its_source() -> None:
    assert [m.name for m in find_sources("The OECD said 41% of adults lack skills.")] == [
        "OECD"]


# -- a heading with a digit inside a name opens a section ----------------------------------

@pytest.mark.parametrize("heading", ["The GLP-1 effect", "After COVID-19", "What Gen Z and the "
                                     "G7 think"])
def test_a_section_under_a_heading_with_a_named_digit_goes_on(heading: str) -> None:
    text = ("Some 41% of adults were obese in 2024, according to the Harbour Health Office.\n\n"
            "The office said 12% had diabetes.\n\n"
            f"{heading}\n\n"
            "Separate data from Kestrel Research's Wellbeing Index point the same way, with "
            "a rate of 37%.\n\n"
            "Use was highest among women aged 50 to 64, at 22.1%.")
    got = _sources(text)
    assert got["22.1%"] == "Kestrel Research", got


def test_a_heading_with_a_figure_is_no_heading() -> None:
    text = ("Some 41% of adults were obese in 2024, according to the Harbour Health Office.\n\n"
            "Top 10 worries\n\n"
            "Separate data from Kestrel Research's Wellbeing Index put the rate at 37%.\n\n"
            "Use was highest among women aged 50 to 64, at 22.1%.")
    got = _sources(text)
    assert got["22.1%"] == "Harbour Health Office", got


# -- the firm that ran a poll, and the body it ran it for ----------------------------------

@pytest.mark.parametrize(("text", "firm"), [
    ("A poll carried out by Opinium, a London research consultancy, for the think tank "
     "Harbour Forum surveyed 2,000 adults.", "Opinium"),
    ("A survey conducted by Leger, the Montreal pollster, for the charity Kestrel Aid polled "
     "1,500 Canadians.", "Leger"),
])
def test_the_body_a_firm_polled_for_is_its_client(text: str, firm: str) -> None:
    assert set(_sources(text).values()) == {firm}, _sources(text)


@pytest.mark.parametrize(("text", "firm"), [
    ("Newspoll, polling with YouGov, had Labor's primary vote at 37% among 2,010 voters.",
     "Newspoll"),
    ("Datafolha, working alongside Ipsos, put Lula on 35% in a survey of 2,004 Brazilians.",
     "Datafolha"),
])
def test_a_pollster_s_fielding_partner_takes_none_of_its_figures(text: str, firm: str) -> None:
    assert set(_sources(text).values()) == {firm}, _sources(text)


# -- "the X consumer confidence survey": a joint name or an organization's word ------------

@pytest.mark.parametrize(("text", "name"), [
    ("The Harbourview-Kestrel consumer confidence survey found 32 percent of New Zealanders "
     "expect better times.", "Harbourview-Kestrel"),
    ("The Marlow Bank business barometer showed 44% of British firms planning to hire.",
     "Marlow Bank"),
    ("According to the Tasman/Kestrel household spending index, 38% of Australians cut back.",
     "Tasman/Kestrel"),
])
def test_a_maker_before_a_described_survey_is_its_source(text: str, name: str) -> None:
    assert set(_sources(text).values()) == {name}, _sources(text)


@pytest.mark.parametrize("text", [
    "The World Cup fan survey found 41% of supporters want cheaper tickets.",
    "The Joe Biden approval poll average stood at 41%.",
    "The Ontario housing survey found 38% of renters struggle.",
])
def test_an_event_a_person_or_a_place_before_a_described_survey_is_no_source(
        text: str) -> None:
    assert set(_sources(text).values()) == {None}, _sources(text)


# -- a question put to respondents keeps a paragraph on its survey ------------------------

@pytest.mark.parametrize("paragraph", [
    "Asked who was to blame for the 25% tariffs, 48% pointed to Washington.",
    "When asked whether the fuel levy should go, 61 per cent blamed the government.",
])
def test_a_question_about_policy_figures_stays_the_poll_s(paragraph: str) -> None:
    text = f"Approval rose to 44%, a Kestrel Research poll of Canadians found.\n\n{paragraph}"
    got = _sources(text)
    assert got[next(k for k in got if k.startswith(("48", "61")))] == "Kestrel Research", got


# -- official figures quoted beside polls -------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("At the last election the SPD won 25.7 per cent and the Greens 14.8 per cent, according "
     "to the Federal Returning Officer.", "Federal Returning Officer"),
    ("In 2021 the Liberals took 32.6% of the vote and the Conservatives 33.7%, according to "
     "the Chief Electoral Officer.", "Chief Electoral Officer"),
    ("Lula won 50.9% of valid votes in the runoff, according to the Tribunal Superior "
     "Eleitoral.", "Tribunal Superior Eleitoral"),
])
def test_an_election_result_takes_the_vote_counter_named_for_it(text: str, body: str) -> None:
    poll = "Support for the government stands at 31 per cent, a Kestrel Research poll found.\n\n"
    got = _sources(poll + text)
    assert got["31 per cent"] == "Kestrel Research"
    assert {v for k, v in got.items() if k != "31 per cent"} == {body}, got


def test_a_result_right_after_the_counter_s_sentence_is_the_counter_s() -> None:
    text = ("The Coalition polled 35.7 per cent of first preferences, the Australian Electoral "
            "Commission reported. After preferences, the Coalition took 47.9 per cent.")
    assert set(_sources(text).values()) == {"Australian Electoral Commission"}, _sources(text)


@pytest.mark.parametrize(("text", "figure", "body"), [
    ("Consumer prices rose 2.3 per cent, Destatis said. The Federal Employment Agency put the "
     "jobless rate at 6.3 per cent.", "6.3 per cent", "Federal Employment Agency"),
    ("Inflation was 2.9%, the Office for National Statistics said. The Harbour Labour Board "
     "pegged unemployment at 4.4%.", "4.4%", "Harbour Labour Board"),
])
def test_a_second_official_body_that_puts_a_rate_at_takes_it(text: str, figure: str,
                                                            body: str) -> None:
    assert _sources(text)[figure] == body, _sources(text)


@pytest.mark.parametrize(("text", "target", "body", "other"), [
    ("Annual inflation was 3.5% in July, INEGI said, inside the Bank of Mexico's target range "
     "of 2% to 4%, while GDP grew 0.1%.", "2% to 4%", "Bank of Mexico", "0.1%"),
    ("Prices rose 2.6%, Statistics Canada said, above the Bank of Canada's 2% target, and "
     "wages grew 3.4%.", "2%", "Bank of Canada", "3.4%"),
])
def test_a_central_bank_s_target_is_the_bank_s_alone(text: str, target: str, body: str,
                                                     other: str) -> None:
    got = _sources(text)
    assert got[target] == body, got
    assert got[other] not in (None, body), got


def test_a_threshold_is_never_a_pollster_s() -> None:
    text = ("Forsa has the Left at 6 per cent and the FDP at 4 per cent, short of the 5 per cent "
            "threshold for entering the Bundestag.")
    got = _sources(text)
    assert got["4 per cent"] == "Forsa" and got["5 per cent"] is None, got


@pytest.mark.parametrize("claim", [
    "Claims circulating on social media that the party is 'at 40 per cent' match no poll.",
    "The claim: the premier's approval is above 70 per cent.",
    "A graphic that went viral on social media put his support at 65%.",
])
def test_a_claim_checked_takes_no_pollster(claim: str) -> None:
    text = f"Support for the premier is 52%, a Leger poll of 1,500 Canadians found.\n\n{claim}"
    got = _sources(text)
    assert got["52%"] == "Leger"
    assert [v for k, v in got.items() if k != "52%" and not k.startswith("1,500")] == [None], got


# -- a standard setter before a measure names the definition, not who measured -------------

@pytest.mark.parametrize("setter", words("sources.txt", "standard_setters"))
def test_a_standard_setter_before_a_measure_is_no_source(setter: str) -> None:
    short = {"International Labour Organization": "ILO"}.get(setter, setter)
    for text in (f"Destatis put the adjusted {short} unemployment rate at 3.5%.",
                 f"Joblessness on the {short}-defined measure was 5.1 per cent, Stats SA said.",
                 f"Under the {short} definition, 7% of Japanese adults were out of work."):
        assert setter not in {m.name for m in find_sources(text)}, text
    own = f"The {short} said 41% of young workers in India lack a contract."
    assert setter in {m.name for m in find_sources(own)}


@pytest.mark.parametrize(("text", "figure", "body"), [
    ("Unemployment fell to 6.2%, the statistics agency IBGE said on Friday. Informal workers "
     "made up 37.8% of the employed population.", "37.8%", "IBGE"),
    ("The jobless rate held at 5.1 per cent, Statistics Canada said. Immigrants made up 29 per "
     "cent of the working-age population.", "29 per cent", "Statistics Canada"),
])
def test_a_population_share_in_an_official_body_s_passage_is_the_body_s(
        text: str, figure: str, body: str) -> None:
    assert _sources(text)[figure] == body, _sources(text)


def test_a_population_share_beside_a_poll_stays_sourceless() -> None:
    text = ("Support for the TMC is 44%, a CVoter poll found. Muslims, who make up about 27 per "
            "cent of the state population, back it.")
    assert _sources(text)["27 per cent"] is None, _sources(text)


@pytest.mark.parametrize(("text", "owner"), [
    ("Some 71% of Kenyans trust the army, according to an Afrobarometer survey published by "
     "the Harbour Governance Institute.", "Harbour Governance Institute"),
    ("A Standard Eurobarometer survey issued by the European Commission found 49% of "
     "Europeans trust the EU.", "European Commission"),
])
def test_a_table_programme_published_by_an_organization_is_its(text: str, owner: str) -> None:
    assert set(_sources(text).values()) == {owner}, _sources(text)



# -- "for" inside a name, and after a firm's name ----------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The Institute for Fiscal Studies said 41% of households would lose out.",
     "Institute for Fiscal Studies"),
    ("The Centre for Cities found 38 per cent of Leeds workers commute by car.",
     "Centre for Cities"),
    ("A poll by Kestrel Research Group for the Harbour Trust found 41% of Scots agree.",
     "Kestrel Research Group"),
    ("The tracker, run by Tasman Analytics for the Marlow Foundation, found 44% of "
     "Australians lonely.", "Tasman Analytics"),
    ("A survey by the Center for Civic Polling found 41% of Texans agree.",
     "Center for Civic Polling"),
])
def test_for_inside_a_name_or_after_a_firm(text: str, name: str) -> None:
    assert name in {m.name for m in find_sources(text)}, [m.name for m in find_sources(text)]


@pytest.mark.parametrize(("text", "firm"), [
    ("The confidence barometer, which Ipsos fields each spring for the European Commission, "
     "was carried out among 3,100 people; 41% trust parliament.", "Ipsos"),
    ("Leger polled 1,500 Quebecers for the Bank of Canada, and 44% expect higher rates.",
     "Leger"),
])
def test_the_body_a_firm_fields_a_survey_for_is_its_client(text: str, firm: str) -> None:
    assert set(_sources(text).values()) == {firm}, _sources(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("Consumer prices rose 3.8 per cent, the Australian Bureau of Statistics said, above the "
     "2 to 3 per cent target band, and the bank kept the cash rate at 3.60 per cent.",
     "3.60 per cent"),
    ("Inflation was 3.8%, the Office for National Statistics said, well above the 2% target.",
     "2%"),
    ("Prices rose 4.1%, Stats SA said; the central bank held the repo rate at 7.25%.",
     "7.25%"),
])
def test_a_policy_rate_or_target_is_no_statistics_office_s(text: str, figure: str) -> None:
    assert _sources(text)[figure] is None, _sources(text)


def test_a_policy_rate_named_with_its_bank_is_the_bank_s() -> None:
    text = "The Bank of Canada held its policy rate at 2.75% on Wednesday."
    assert _sources(text)["2.75%"] == "Bank of Canada", _sources(text)


@pytest.mark.parametrize(("text", "firm"), [
    ("A survey by Red C on behalf of the Harbour Trust found 44% of Irish adults struggle.",
     "Red C"),
    ("The poll was carried out by Ipsos on behalf of the Bank of England; 41% expect higher "
     "prices.", "Ipsos"),
])
def test_the_body_a_survey_was_done_on_behalf_of_is_its_client(text: str, firm: str) -> None:
    assert set(_sources(text).values()) == {firm}, _sources(text)


def test_a_title_after_in_the_is_named() -> None:
    text = "In the Harbour Trends survey, 41% of Germans expect prices to rise."
    assert [m.name for m in find_sources(text)] == ["Harbour Trends"]


@pytest.mark.parametrize(("text", "body"), [
    ("Approval fell to 28%, an NHK poll found. At the 2024 general election the LDP won 26.7% "
     "of the proportional vote, according to the Ministry of Internal Affairs.",
     "Ministry of Internal Affairs"),
    ("The NDA is on 46%, a CVoter survey shows. In 2019 the BJP won 37.4% of the vote, "
     "according to the Election Commission of India.", "Election Commission of India"),
])
def test_a_result_counted_by_a_ministry_or_a_commission_is_theirs(text: str,
                                                                  body: str) -> None:
    assert list(_sources(text).values())[-1] == body, _sources(text)


@pytest.mark.parametrize("text", [
    "Religious leaders are the most trusted group, at 71%, followed by the Electoral "
    "Commission of South Africa (52%) and the courts (45%).",
    "The Central Bank of Nigeria was trusted by 22 per cent.",
    "Confidence was highest in the army, with the Reserve Bank of India (61%) next.",
])
def test_an_institution_trusted_is_no_source(text: str) -> None:
    assert find_sources(text) == [], [m.name for m in find_sources(text)]


def test_a_month_span_is_no_place() -> None:
    text = "Support stood at 41% in the May-June period, an Ipsos poll of Germans found."
    assert [s.subgroup for s in extract(text)] == [None]


def test_a_poll_s_forecast_of_a_policy_rate_is_the_poll_s() -> None:
    text = ("A Kestrel Research poll of 31 economists put the median forecast for the cash rate "
            "at 3.35 per cent by June.")
    assert _sources(text)["3.35 per cent"] == "Kestrel Research", _sources(text)
