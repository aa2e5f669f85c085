"""Who measured a figure and when, as news prose writes it (issue #13): one test per general
mechanism, each with sentences of several national styles and near misses (written for
these tests)."""

from __future__ import annotations

import pytest

import pollstats


def _sources(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(s.text, s.source and s.source.value)
            for s in pollstats.extract(text, published=published).statistics]


# -- a survey programme keeps its name when a contractor did the fieldwork ------------------

PROGRAMME_WITH_CONTRACTOR = [
    ("A new Afrobarometer survey finds 61% of Kenyans distrust parliament. The survey was "
     "carried out by the research firm Infotrak, which interviewed 2,400 adults.",
     "Afrobarometer"),
    ("Trust in the EU rose to 52 per cent in the latest Eurobarometer. The survey, conducted "
     "for the Commission by the polling company Ipsos, reached 26,000 people.",
     "Eurobarometer"),
    ("According to the new Latinobarómetro, 48% of Chileans back democracy. Fieldwork was "
     "carried out by Cadem across 1,200 households.", "Latinobarómetro"),
    ("The European Social Survey shows 37% of Germans trust politicians. Interviews were "
     "conducted by the institute Kantar Public with 2,300 respondents.",
     "European Social Survey"),
    ("In the Arab Barometer's latest wave, 55% of Tunisians said the economy was bad. The "
     "survey was fielded by the local firm One to One among 2,400 adults.", "Arab Barometer"),
]


@pytest.mark.parametrize(("text", "programme"), PROGRAMME_WITH_CONTRACTOR)
def test_programme_is_the_source_not_its_contractor(text: str, programme: str) -> None:
    assert {src for _, src in _sources(text)} == {programme}


COMMISSIONED = [  # near misses: a commissioned poll is the firm's that ran it
    ("A poll conducted by Nanos Research for the Herald finds 41% back the plan.",
     "Nanos Research"),
    ("The poll, carried out by Ipsos on behalf of the union, found 58% would strike.", "Ipsos"),
]


@pytest.mark.parametrize(("text", "firm"), COMMISSIONED)
def test_commissioned_poll_is_the_firms(text: str, firm: str) -> None:
    assert {src for _, src in _sources(text)} == {firm}


# -- a second pollster named for contrast takes only its own figures ------------------------

CONTRAST = [
    # (text, the contrasted figure, its pollster, a later figure, the main pollster)
    ("The Kestrel Research poll puts the NDA on 46 per cent.\n\nThe pattern broadly tracks "
     "the Lokniti-CSDS study of 2019, which found 44 per cent backing.\n\nIn cities the NDA "
     "leads 52 per cent to 34 per cent.", "44 per cent", "CSDS-Lokniti", "52 per cent",
     "Kestrel Research"),
    ("A new Leger poll has the Liberals on 41%.\n\nThat is more upbeat than the latest Ipsos "
     "survey, which put them at 36%.\n\nAmong women, 45% back the Liberals.", "36%", "Ipsos",
     "45%", "Leger"),
    ("The Roy Morgan poll has Labor on 51 per cent.\n\nThe result bears out the YouGov poll "
     "in March, which had 49 per cent.\n\nIn Queensland Labor trails on 46 per cent.",
     "49 per cent", "YouGov", "46 per cent", "Roy Morgan"),
    ("Datafolha finds 38% approve of Lula.\n\nThe finding closely tracks a Quaest survey "
     "from May, which found 37%.\n\nAmong evangelicals approval is 25%.", "37%", "Quaest",
     "25%", "Datafolha"),
    ("The Ipsos survey for the Irish Times puts Sinn Féin on 24 per cent.\n\nThis is in line "
     "with a Red C poll last month, which had the party at 23 per cent.\n\nFianna Fáil is on "
     "20 per cent.", "23 per cent", "Red C", "20 per cent", "Ipsos"),
    ("The latest Eurobarometer finds 74 per cent of Irish people trust the EU.\n\nThat is in "
     "line with the annual poll carried out by Red C for a lobby group, which found 84 per "
     "cent.\n\nSome 61 per cent are optimistic.", "84 per cent", "Red C", "61 per cent",
     "Eurobarometer"),
]


@pytest.mark.parametrize(("text", "other", "other_src", "later", "main"), CONTRAST)
def test_contrasted_pollster_keeps_only_its_figures(text: str, other: str, other_src: str,
                                                    later: str, main: str) -> None:
    got = dict(_sources(text))
    assert got[other] == other_src
    assert got[later] == main


# -- the stated fieldwork start beats the publication month ---------------------------------

FIELDWORK_START = [
    # (text, published, expected period of every figure)
    ("The latest Kestrel Research poll finds 76 per cent say housing is failing.\n\n"
     "Fieldwork took place between 29 September and 8 October.", "2025-10-16", "2025-09"),
    ("A new Leger survey shows 41% of Quebecers back the plan.\n\nFieldwork for the survey "
     "began on 12 February.", "2026-03-04", "2026-02"),
    ("The Ipsos poll puts the Coalition on 38 per cent.\n\nInterviewing for the poll started "
     "on 28 September and ran for a week.", "2025-10-09", "2025-09"),
    ("Datafolha's new survey has Lula on 35%.\n\nThe survey was carried out between Sept "
     "25-28 among 2,004 voters.", "2025-10-02", "2025-09"),
    ("A new Kyodo News survey shows Cabinet support at 27.4 percent.\n\nThe survey, conducted "
     "Saturday and Sunday, reached 1,052 respondents.", "2025-06-01", "2025-05"),
]


@pytest.mark.parametrize(("text", "published", "period"), FIELDWORK_START)
def test_stated_fieldwork_start_beats_the_publication_month(text: str, published: str,
                                                            period: str) -> None:
    got = {s.period and s.period.value
           for s in pollstats.extract(text, published=published).statistics}
    assert got == {period}


FIELDWORK_NEAR_MISSES = [  # a start of something else, or an earlier round, is no fieldwork
    ("The latest Kestrel Research poll finds 76 per cent say housing is failing.\n\n"
     "The strike began on 12 September.", "2025-10-16", "2025-10"),
    ("A new Afrobarometer survey was in the field in July 2025; 58 per cent rate the economy "
     "as bad.\n\nRound 9 fieldwork took place in April 2022.", "2025-11-06", "2025-07"),
]


@pytest.mark.parametrize(("text", "published", "period"), FIELDWORK_NEAR_MISSES)
def test_other_starts_leave_the_period(text: str, published: str, period: str) -> None:
    got = {s.period and s.period.value
           for s in pollstats.extract(text, published=published).statistics}
    assert got == {period}


# -- places, weekdays and datelines are never sources ---------------------------------------

PLACE_TIME = [
    ("Eight in ten Nigerians say things worsened, according to a new survey released in Lagos "
     "on Monday by NOI Polls.", "NOI Polls"),
    ("Some 61% back the plan, according to a poll published in Nairobi on Tuesday by "
     "Infotrak.", "Infotrak"),
    ("According to figures released in Ottawa on Friday, 38% of Canadians are worried.", None),
    ("Some 52% agree, according to the survey released in Delhi on Sunday.", None),
    ("A poll released in Dublin this week by Red C found 44% agree.", "Red C"),
]


@pytest.mark.parametrize(("text", "source"), PLACE_TIME)
def test_place_and_weekday_are_no_source(text: str, source: str | None) -> None:
    assert {src for _, src in _sources(text)} == {source}


def test_organization_named_after_a_place_is_still_a_source() -> None:  # near miss
    assert _sources("Some 52% agree, according to the Delhi Policy Group.") == [
        ("52%", "Delhi Policy Group")]


# -- an index story: the index's signed balances are its pollster's -------------------------

INDEX_STORIES = [
    ("GfK's consumer confidence index rose three points to -16 in March.\n\nThe measure of "
     "personal finances over the next year climbed four points to +3, though inflation "
     "worries persist.", "GfK"),
    ("The Westpac-Melbourne Institute index of consumer sentiment rose 4 per cent, Westpac "
     "said.\n\nExpectations for family finances rose 5 points to -8 as mortgage rates fell.",
     "Westpac-Melbourne Institute"),
    ("The Conference Board of Canada's index rose to 74.2 in May.\n\nThe balance of those "
     "expecting better finances rose to +12 while inflation eased.",
     "Conference Board"),
    ("Consumer confidence in Ireland, measured by the Credit Union survey, fell 3 points to "
     "62.\n\nThe net balance on jobs slipped to -21 as prices rose.",
     "Credit Union"),
    ("GfK's index for Germany fell to -24.5, the institute said.\n\nThe income expectations "
     "indicator dropped 6 points to -5 amid inflation fears.", "GfK"),
]


@pytest.mark.parametrize(("text", "pollster"), INDEX_STORIES)
def test_index_balances_take_the_passage_pollster(text: str, pollster: str) -> None:
    second = text.split("\n\n")[1]
    got = [(t, src) for t, src in _sources(text) if t in second]
    assert got and all(src == pollster for _, src in got), got


def test_market_index_paragraph_is_no_survey() -> None:  # near miss
    text = ("GfK's consumer confidence index rose three points to -16.\n\n"
            "The FTSE 100 index of share prices fell 1.2% to 8,120 as inflation rose.")
    assert dict(_sources(text)).get("1.2%") is None


# -- a contractor's brand poll and "that survey" --------------------------------------------

THAT_SURVEY = [
    ("The Roy Morgan poll has Labor on 51 per cent. That is higher than the latest Newspoll, "
     "conducted by Pyxis for The Australian, which had 50 per cent. That survey of 1,255 "
     "voters put the Greens on 12 per cent.", "12 per cent", "Newspoll"),
    ("Leger has the Liberals on 41%. The result is better than the last Ipsos poll. That poll "
     "of 1,001 Canadians had them on 36%.", "36%", "Ipsos"),
    ("A Kestrel Research poll puts the ANC on 40%. That compares with a Markinor survey in "
     "May. That survey had the ANC on 42%.", "42%", "Markinor"),
    ("The CVoter tracker puts approval at 58 per cent, above the figure in the last Axis My "
     "India poll. That poll had found 52 per cent.", "52 per cent", "Axis My India"),
    ("Datafolha finds 38% approve of Lula, lower than in a Quaest survey from May. In that "
     "survey 40% approved.", "40%", "Quaest"),
]


@pytest.mark.parametrize(("text", "figure", "source"), THAT_SURVEY)
def test_that_survey_is_the_one_just_named(text: str, figure: str, source: str) -> None:
    assert dict(_sources(text))[figure] == source


# -- an election's result beside a poll: its own date and body ------------------------------

ELECTION_RESULTS = [
    # (text, published, poll figure, poll source, result figure, result period)
    ("The Roy Morgan poll has Labor on 51 per cent.\n\nLabor's 51 per cent is down on the "
     "52.1 per cent of the two-party vote it won at the May 2022 election, according to the "
     "Australian Electoral Commission.", "2025-03-20", "Roy Morgan", "52.1 per cent",
     "2022-05"),
    ("A new Ipsos poll puts Labour on 29%.\n\nLabour's 29% is well below the 33.7% of the "
     "vote it won at the 2024 general election, according to the Electoral Commission.",
     "2025-06-02", "Ipsos", "33.7%", "2024"),
    ("Leger has the Liberals on 38%.\n\nThat is short of the 41.5 per cent they took at the "
     "2021 election, Elections Canada figures show.", "2025-02-10", "Leger", "41.5 per cent",
     "2021"),
    ("The CVoter survey puts the NDA on 46.6 per cent, up from the 45.1 per cent the alliance "
     "polled in 2019.", "2024-03-12", "CVoter", "45.1 per cent", "2019"),
    ("The Red C poll has Sinn Féin on 24 per cent, below the 24.5 per cent of first "
     "preference votes the party won at the 2020 election.", "2024-05-01", "Red C",
     "24.5 per cent", "2020"),
]


@pytest.mark.parametrize(("text", "published", "poll_src", "result", "period"),
                         ELECTION_RESULTS)
def test_election_result_keeps_its_own_date(text: str, published: str, poll_src: str,
                                            result: str, period: str) -> None:
    stats = pollstats.extract(text, published=published).statistics
    res = [s for s in stats if s.text == result]
    assert res and res[0].period is not None and res[0].period.value == period
    assert res[0].source is None or res[0].source.value != poll_src
    others = [s for s in stats if s.text != result]
    assert others and all(s.source is not None and s.source.value == poll_src for s in others)
