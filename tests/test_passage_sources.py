"""A newly named organization in a later paragraph takes over from the pollster before it
(issue #13, sources). Sentences written for these tests."""

import pytest

from pollstats import extract

_BEFORE = ("A poll by GfK of 2,000 adults between 30 October and 12 November found confidence "
           "fell to 21pc.\n\n")


@pytest.mark.parametrize(("paragraph", "name"), [
    ("Figures from the Harlow-Vantage footfall monitor showed visits fell 3.4pc.",
     "Harlow-Vantage"),
    ("The CBI's monthly distributive trades survey, based on 91 retailers, showed 44pc of "
     "them cut prices.", "CBI"),
    ("Quillsoft, whose data track card payments, said spending grew 1.4pc in May.",
     "Quillsoft"),
    ("More than half of retailers (57pc) told the CBI they expected sales to fall.", "CBI"),
])
def test_a_new_source_takes_over_from_the_pollster_before(paragraph: str, name: str) -> None:
    stats = list(extract(_BEFORE + paragraph))
    assert stats[0].source is not None and stats[0].source.value == "GfK"
    later = [s for s in stats if s.start > len(_BEFORE)]
    assert later and all(s.source is not None and s.source.value == name for s in later)


@pytest.mark.parametrize("paragraph", [
    "Some 31pc of voters told The Times they would switch.",
    "Sarah Okafor's annual report found 31pc of staff were unhappy.",
])
def test_a_newspaper_or_a_person_takes_nothing_over(paragraph: str) -> None:
    stats = list(extract(_BEFORE + paragraph))
    assert all(s.source is None or s.source.value == "GfK" for s in stats)


@pytest.mark.parametrize(("opening", "rates", "body"), [
    ("The Central Statistics Office said 61.2 per cent of adults were in work in 2024.",
     "The jobless rate edged up to 4.4 per cent from 4.2 per cent.",
     "Central Statistics Office"),
    ("Participation reached 41.7 per cent, according to a report released by the National "
     "Statistics Office on Monday.",
     "Urban unemployment eased to 5.1 per cent from 5.4 per cent.",
     "National Statistics Office"),
    ("Statistics Canada said 64 per cent of Canadians aged 15 and older were employed.",
     "The unemployment rate held at 6.4%, and inflation eased to 2.7%.",
     "Statistics Canada"),
    ("The Australian Bureau of Statistics found 23 per cent of renters were in stress.",
     "Wages grew 3.4 per cent, while the jobless rate stayed at 4.1 per cent.",
     "Australian Bureau of Statistics"),
    ("Some 38% of households cut spending, according to Destatis, the federal statistics "
     "office.",
     "Consumer prices rose 2.2% in the year to March.",
     "Destatis"),
])
def test_an_official_body_s_passage_goes_on_through_its_rates(opening: str, rates: str,
                                                              body: str) -> None:
    """A paragraph of rates and prices, no survey word in it, still reports the statistics
    office the story is on: that is what such a body measures."""
    stats = list(extract(opening + "\n\n" + rates))
    later = [s for s in stats if s.start > len(opening)]
    assert later and all(s.source is not None and s.source.value == body for s in later)


@pytest.mark.parametrize("rates", [
    "The jobless rate edged up to 4.4 per cent from 4.2 per cent.",
    "Inflation eased to 2.7% in March.",
    "Mortgage rates rose to 6.1 per cent.",
])
def test_a_pollster_s_passage_breaks_off_at_rates(rates: str) -> None:
    opening = "A YouGov poll found 61 per cent of voters want a change.\n\n"
    stats = list(extract(opening + rates))
    later = [s for s in stats if s.start > len(opening)]
    assert later and all(s.source is None for s in later)


@pytest.mark.parametrize(("opening", "methods", "period"), [
    ("Trust in business is 59 per cent, according to the 2025 Edelman Trust Barometer.",
     "The 2025 Edelman Trust Barometer was conducted between 25 October and 16 November "
     "2024 among 1,150 adults.", "2024-10"),
    ("Some 44% of Americans worry about prices, the 2024 Pew Research Center survey found.",
     "The survey was conducted by Pew Research Center from November 6 to 12, 2023.",
     "2023-11"),
    ("In the 2025 Ipsos Global Advisor study, 38 per cent said the country was on track.",
     "Ipsos conducted the study online in January 2025 among 1,000 adults.", "2025-01"),
])
def test_a_year_in_a_survey_s_name_gives_way_to_its_stated_fieldwork(
        opening: str, methods: str, period: str) -> None:
    stats = list(extract(opening + "\n\n" + methods, published="2025-02-20"))
    first = stats[0]
    assert first.period is not None and first.period.value == period, first.period


def test_a_year_before_a_survey_without_stated_fieldwork_stays_its_date() -> None:
    stats = list(extract("Trust in business is 59 per cent, according to the 2025 Edelman "
                         "Trust Barometer.", published="2025-02-20"))
    assert stats[0].period is not None and stats[0].period.value.startswith("2025")


def _sources(text: str) -> list[tuple[int, str | None]]:
    return [(s.start, s.source.value if s.source is not None else None) for s in extract(text)]


@pytest.mark.parametrize(("text", "main", "other"), [
    # US: the story's pollster named first, then another's survey that the figures are from
    ("Gallup found confidence in Congress at 8 percent.\n\nThe Gallup findings echo a Pew "
     "Research Center survey in May, which found that 22 percent trust the government. "
     "Republicans drove the change: 38 percent of them now say so.\n\nGallup interviewed "
     "1,015 adults.", "Gallup", "Pew Research Center"),
    # UK: "in line with"
    ("Ipsos put Labour on 31 per cent.\n\nThe Ipsos figures are broadly in line with a "
     "YouGov poll last week that found 29 per cent. Among over-65s the party had 24 per cent."
     "\n\nIpsos polled 1,100 adults.", "Ipsos", "YouGov"),
    # Canada: "consistent with"
    ("Leger found 44% back the plan.\n\nLeger's numbers are consistent with an Angus Reid "
     "Institute study that put support at 41%. Quebecers were least keen, at 30%.\n\n"
     "Leger surveyed 1,520 Canadians.", "Leger", "Angus Reid Institute"),
])
def test_another_survey_compared_leads_the_rest_of_its_paragraph(text: str, main: str,
                                                                  other: str) -> None:
    """ "<Main>'s findings echo an <Other> survey, which found X%. <more figures>": the
    figures after the other's naming are its, to the end of the paragraph; the next
    paragraph returns to the story's survey."""
    got = _sources(text)
    paras = text.split("\n\n")
    first, middle = len(paras[0]), len(paras[0]) + 2 + len(paras[1])
    assert [src for _, src in got[:1]] == [main]
    mid = [src for at, src in got if first < at < middle]
    assert mid and set(mid) == {other}
    assert got[-1][1] == main


@pytest.mark.parametrize(("text", "main"), [
    # US: other surveys' figure in a sentence of its own, then the story's survey again
    ("Pew found that 40 percent live in a household with a gun. Other national surveys have "
     "put the figure at between 40 and 45 percent.\n\nMen are more likely than women to own "
     "one, 42 percent to 22 percent.", "Pew Research Center"),
    # Australia
    ("Essential found 61% support the ban. Other polls have put support closer to 55%.\n\n"
     "Among Coalition voters, 48% support it.", "Essential Research"),
])
def test_other_surveys_figure_is_a_digression_of_its_paragraph(text: str, main: str) -> None:
    got = _sources(text)
    assert got[0][1] == main
    other = text.find("Other")
    assert [src for at, src in got if other < at < text.find("\n\n")] == [None]
    after = [src for at, src in got if at > text.find("\n\n")]
    assert after and set(after) == {main}


def test_other_agencies_without_a_figure_leave_the_survey_for_good() -> None:
    """Near miss: a sentence on other agencies' research that gives no figure of its own
    leaves the story's survey; the next paragraph's figures are unattributed."""
    text = ("Levada found 27% view Israel positively. Research from this and other agencies "
            "found older people more hostile.\n\nOnly 3% follow the news closely.")
    got = _sources(text)
    assert got[0][1] == "Levada Center" and got[-1][1] is None


@pytest.mark.parametrize("text", [
    # US: a survey's findings as a bulleted list after "key findings:"
    "The Harbour Business Federation said its optimism index rose to 99.8. Other key "
    "findings:\n\n- 21% named taxes as their single most important problem, ahead of red "
    "tape at 17%.\n- One in four owners plan to raise prices.\n\nThe index is based on 611 "
    "responses from a random sample of members.",
    # UK
    "The Kestrel Retail Consortium's survey found footfall fell 2%. Highlights of the "
    "survey:\n• 3 in 10 shops cut prices\n• 12% cut staff hours",
])
def test_a_survey_s_findings_list_stays_on_the_survey(text: str) -> None:
    got = _sources(text)
    assert len(got) >= 3 and len({src for _, src in got}) == 1 and got[0][1] is not None


def test_a_body_named_in_a_section_s_lead_paragraph_is_the_section_s() -> None:
    """After a subheading, the first body the paragraph names (in its second sentence)
    starts the section's passage; the next paragraph goes on with it."""
    text = ("Leger found 44% of Canadians expect a recession.\n\nJobs slow down\n\n"
            "Government data released Friday underscored the cooling. The jobless rate rose "
            "to 6.9%, Statistics Canada said.\n\nAverage hourly wages rose 0.3% in the month.")
    got = _sources(text)
    assert got[0][1] == "Leger"
    assert [src for _, src in got[1:]] == ["Statistics Canada", "Statistics Canada"]


@pytest.mark.parametrize(("text", "main"), [
    # UK
    ("YouGov polled 2,000 adults.\n\nAmong under-25s, Labour (41 per cent) leads the "
     "Conservatives (22 per cent), a reversal from the 2019 Kestrel Research study, which "
     "had the Tories ahead.", "YouGov"),
    # India
    ("CVoter surveyed 6,112 respondents.\n\nAmong first-time voters the BJP (44 per cent) is "
     "ahead of the TMC (38 per cent), in contrast with the 2021 Lokniti-CSDS study.",
     "CVoter"),
    # Canada
    ("Leger surveyed 1,520 Canadians.\n\nSupport is 52 per cent, compared with the Abacus "
     "Data poll of 2022.", "Leger"),
])
def test_figures_before_a_compared_survey_stay_the_story_s(text: str, main: str) -> None:
    """ "X (44%) is ahead, a reversal from the 2021 <Other> study": the figures before the
    comparison are the story's survey's, not the other's."""
    got = _sources(text)
    assert got and {src for _, src in got} == {main}


def test_a_separate_poll_s_own_figure_before_its_client_is_the_client_s() -> None:
    """Near miss: "A separate poll of 2,106 adults conducted for the charity Mind": the
    figure is that poll's."""
    text = ("Ipsos surveyed 4,000 adults.\n\nA separate poll of 2,106 adults conducted for "
            "the mental health charity Mind found 62 per cent were worried.")
    got = _sources(text)
    assert got[0][1] == "Ipsos" and {src for _, src in got[1:]} == {"Mind"}


@pytest.mark.parametrize(("text", "unit"), [
    ("Opioid deaths fall, CDC report shows\n\n"
     "Overdose deaths fell 27% in 2024, according to figures released Tuesday by the National "
     "Center for Health Statistics, part of the Centers for Disease Control and Prevention.\n\n"
     "Among adults aged 35 to 44, the rate dropped to 61.2 per 100,000, or 18%.",
     "National Center for Health Statistics"),
    ("Labor Department survey finds more older workers\n\n"
     "Some 38.5% of Americans aged 65 to 69 were in work in 2024, the Bureau of Labor "
     "Statistics, an agency of the Labor Department, said on Friday.\n\n"
     "For those aged 70 to 74, the share was 19.8%.",
     "Bureau of Labor Statistics"),
    ("Ministry survey shows rural households saving more\n\n"
     "Around 42 per cent of rural households saved part of their income in 2023-24, the "
     "National Statistics Office, a unit of the Ministry of Statistics, said on Thursday.\n\n"
     "In urban areas, the share was 47 per cent.",
     "National Statistics Office"),
])
def test_a_unit_named_as_part_of_the_headline_s_body_is_the_story_s_source(
        text: str, unit: str) -> None:
    """A headline names the parent organization, the lead the unit of it that published the
    figures: the story's survey is the unit's throughout, not a digression from the parent's."""
    body = [s for s in extract(text, published="2025-06-18") if s.start > text.index("\n")]
    assert body and all(s.source is not None and s.source.value == unit for s in body)


def test_an_official_body_beside_a_pollster_s_survey_stays_a_digression() -> None:
    """Near miss: an official body not said to belong to the story's pollster."""
    text = ("Gallup poll finds Americans worried about prices\n\n"
            "Some 61% of Americans worry a great deal about inflation, a Gallup poll found. "
            "Consumer prices rose 2.9% in the year to July, according to the Bureau of Labor "
            "Statistics, part of the government's statistical system.\n\n"
            "Among Democrats, 48% worry a great deal.")
    stats = list(extract(text, published="2025-08-20"))
    last = [s for s in stats if s.value == 48]
    assert last and last[0].source is not None and last[0].source.value == "Gallup"


@pytest.mark.parametrize(("text", "main", "yardstick"), [
    ("Some 14.2 per cent of Irish adults were at risk of poverty in 2024, the Central "
     "Statistics Office found. That is below the OECD average of 16.2 per cent.\n\n"
     "Among lone parents, 31 per cent were at risk.",
     "Central Statistics Office", "OECD"),
    ("Some 18 per cent of British adults drink above safe limits, a Savanta survey found. "
     "That is well above the World Bank's regional average of 10 per cent.\n\n"
     "Among men, 23 per cent did so.",
     "Savanta", "World Bank"),
    ("A Kestrel Research survey of 2,000 Canadians found 22 per cent skipped meals in 2024. "
     "The rate sits just above the OECD average of 19 per cent.\n\n"
     "Among renters, the share was 30 per cent.",
     "Kestrel Research", "OECD"),
    ("Some 37% of Indian households took a loan in 2023, the Lokniti-CSDS survey found. The "
     "figure is well above the World Bank benchmark of 25% for the region.\n\n"
     "In rural areas, 41% borrowed.",
     "CSDS-Lokniti", "World Bank"),
])
def test_a_body_s_average_is_a_yardstick_not_the_story_s_survey(
        text: str, main: str, yardstick: str) -> None:
    """"Above the OECD average of 19 per cent": the OECD's figure is its own, and the story's
    survey goes on in the next paragraph."""
    stats = list(extract(text, published="2025-03-12"))
    last = stats[-1]
    assert last.source is not None and last.source.value == main
    assert any(s.source is not None and s.source.value == yardstick for s in stats)


def test_a_body_s_own_average_story_keeps_it() -> None:
    """Near miss: a story about the OECD's own figures keeps the OECD throughout."""
    text = ("The OECD average unemployment rate held at 4.9 per cent in March, the OECD said.\n\n"
            "Among young people, the rate was 11.2 per cent.")
    stats = list(extract(text, published="2025-05-14"))
    assert stats and all(s.source is not None and s.source.value == "OECD" for s in stats)


def test_a_survey_of_another_body_in_the_same_field_takes_its_own_source() -> None:
    # a statistics office's release that cites another organization's survey in the same
    # field ("Health", "Social") names a second source, not the office again
    for office, other in (("National Center for Health Statistics", "West Health-Gallup"),
                          ("Australian Institute of Health and Welfare", "Kestrel Health"),
                          ("Institute for Social Research", "Social Market Foundation")):
        text = (f"The {office} said 24% of adults had chronic pain in 2024.\n\n"
                f"The findings are broadly consistent with a {other} survey of 5,149 adults "
                f"conducted Feb. 3-17, 2025, in which 26% said pain kept them from work. That "
                f"poll has a margin of error of 1.8 percentage points.")
        got = {r["text"]: r["source"] for r in extract(
            text, published="2025-06-18").records() if r["type"] == "statistic"}
        assert got["24%"] is not None and other not in got["24%"]
        assert got["26%"] == got["1.8 percentage points"] == other, (office, got)
