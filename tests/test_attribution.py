"""Attribution: sources, periods, subgroups and populations, on passages we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

import pollstats
from pollstats._data import table
from pollstats.document import Document
from pollstats.facts import paragraph_facts, sentence_facts
from pollstats.passage import Fill, Passage, Reading
from pollstats.periods import find_dates
from pollstats.sources import (
    _ABBREVIATION,
    _central_bank,
    _contracted_head,
    find_sources,
    official,
    pollsters,
    programmes,
)
from pollstats.text import sentences


def _attrs(text: str, published: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [
        (s.text, s.source.value if s.source else None, s.period.value if s.period else None)
        for s in pollstats.extract(text, published=published).statistics
    ]


def _groups(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (s.text, s.subgroup.value if s.subgroup else None,
         s.population.value if s.population else None)
        for s in pollstats.extract(text).statistics
    ]


# -- sentences ----------------------------------------------------------------------------------

def test_sentences_survive_abbreviations_decimals_and_quotes() -> None:
    text = ('Dr. Reyes of the U.S. office said 3.5% agreed in Jan. 2024. "It is low," she said. '
            "Item No. 4 passed.\nA new line starts here (see fig. 2). Then B. Ortiz spoke!")
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == [
        "Dr. Reyes of the U.S. office said 3.5% agreed in Jan. 2024.",
        '"It is low," she said.',
        "Item No. 4 passed.",
        "A new line starts here (see fig. 2).",
        "Then B. Ortiz spoke!",
    ]
    assert [s.paragraph for s in sentences(text)] == [0, 0, 0, 1, 1]


# -- sources ------------------------------------------------------------------------------------

ALIASES = sorted(pollsters().items())



@pytest.mark.parametrize(("alias", "canonical"), ALIASES, ids=[a for a, _ in ALIASES])
def test_every_table_alias_resolves(alias: str, canonical: str) -> None:
    text = f"Results released by {alias} on Monday show 41% of adults agree."
    found = find_sources(text)
    # an accent or case variant keeps the text's spelling ("Ipsos Perú"), and so does a full
    # name spelled out for a bare abbreviation ("Centro de Investigaciones Sociológicas" for
    # "CIS", "National Centre for Social Research" for "NatCen Social Research"); others
    # canonicalise; so does a name written solid ("NOIPolls"), and a statistics office goes
    # by the name the text writes for it ("Stats SA"), not an abbreviation
    same = _fold(alias).replace(" ", "") == _fold(canonical).replace(" ", "") and (
        "-" not in alias)
    spelled_out = (" " not in canonical or _contracted_head(canonical, alias)) and (
        " " in alias and alias not in programmes())
    office = official(canonical) and not _central_bank(canonical) and (
        alias not in programmes()) and _ABBREVIATION.fullmatch(alias.replace(".", "")) is None
    assert found and found[0].text == alias
    assert found[0].name == (alias if same else canonical) or (
        (spelled_out or office) and found[0].name == alias)


def _fold(name: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_accented_spelling_is_kept() -> None:
    assert [m.name for m in find_sources("An Ipsos Perú poll, an Ipsos Peru poll.")] == [
        "Ipsos Perú", "Ipsos Peru"]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("Levada", "Levada Center"), ("Levada-Center", "Levada Center"),
     ("Yuri Levada Analytical Center", "Levada Center"), ("FOM", "Public Opinion Foundation"),
     ("VCIOM", "VTsIOM"), ("WCIOM", "VTsIOM"), ("VTsIOM", "VTsIOM"),
     ("Russian Public Opinion Research Center", "VTsIOM")],
)
def test_issue_aliases(alias: str, canonical: str) -> None:
    assert _attrs(f"A {alias} poll found 41% backing the plan.") == [("41%", canonical, None)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A survey by the Harbourview Institute found 41% backing the plan.", "Harbourview Institute"),
        ("According to Kestrel Analytics, 41% back the plan.", "Kestrel Analytics"),
        ("Brightwater's latest poll puts support at 41%.", "Brightwater"),
        ("The Lakemont University poll found 41% backing the plan.", "Lakemont University"),
        ("The study, conducted by Orrin Research Group, found 41% backing it.", "Orrin Research Group"),
        ("A Marlow/Fenwick poll found 41% backing the plan.", "Marlow/Fenwick"),
        ("Data from the Center for Civic Polling show 41% backing the plan.", "Center for Civic Polling"),
    ],
)
def test_unknown_organizations_reported_as_written(sentence: str, name: str) -> None:
    assert _attrs(sentence) == [("41%", name, None)]


def test_people_and_pronouns_are_not_sources() -> None:
    text = "According to Professor Lina Ortiz, 41% agree. According to them, 12% disagree."
    assert [src for _, src, _ in _attrs(text)] == [None, None]


def test_source_carries_over_and_resets() -> None:
    text = (
        "A new Gallup poll finds 45% of Americans favor the plan.\n"
        "Among Democrats, 71% favor it. The survey also shows 20% are undecided.\n"
        "A separate poll found 38% opposed.\n"
        "Meanwhile, the Pew Research Center put support at 43%. Respondents under 30 (55%) were "
        "the keenest."
    )
    assert [src for _, src, _ in _attrs(text)] == [
        "Gallup", "Gallup", "Gallup", None, "Pew Research Center", "Pew Research Center"
    ]


def test_two_pollsters_in_one_sentence_take_the_nearest() -> None:
    text = "Gallup found 45% support, while YouGov found 39% support."
    assert [src for _, src, _ in _attrs(text)] == ["Gallup", "YouGov"]


def test_joint_poll_keeps_its_joint_name() -> None:
    text = "The latest CNN/SSRS poll shows 48% approve. An ABC News/Washington Post poll: 44%."
    assert [src for _, src, _ in _attrs(text)] == ["CNN/SSRS", "ABC News/Washington Post"]


def test_document_about_one_pollster_lends_it_to_unattributed_figures() -> None:
    text = ("Trust in courts is sliding. Only 31% of adults now trust judges.\n"
            "That is the finding of the Meridian Institute's annual survey.")
    assert _attrs(text) == [("31%", "Meridian Institute", None)]


def test_non_survey_figure_takes_the_named_organization() -> None:
    text = ("The Harbor Safety Trust, a charity, said on Monday that reported thefts fell "
            "12 percent in 2023.")
    assert _attrs(text) == [("12 percent", "Harbor Safety Trust", "2023")]


def test_body_statement_without_figures_is_no_source_of_later_ones() -> None:
    # a lower-case body that only says something starts no passage ...
    text = ("A spokeswoman for the county board said a ruling would come in June. "
            "Support for the levy slipped to 41% over the summer.")
    assert _attrs(text) == [("41%", None, None)]
    # ... but one that gives figures is their source, and the next sentence's too
    text = ("The regional ministry expects growth of 2.1% this year. It sees 1.8% in 2026.")
    assert [src for _, src, _ in _attrs(text)] == ["regional ministry", "regional ministry"]


def test_survey_date_beats_a_date_bound_to_an_earlier_figure() -> None:
    text = ("In a Harbourview Institute poll conducted Oct. 2-9, just 31% of adults said "
            "it was a good time to sell, up from a low of 24% in 2022. Among owners, 35% agreed.")
    assert _attrs(text, published="2025-10-20") == [
        ("31%", "Harbourview Institute", "2025-10"),
        ("24%", "Harbourview Institute", "2022"),
        ("35%", "Harbourview Institute", "2025-10"),
    ]


def test_fieldwork_in_the_publication_month_is_no_longer_a_guess() -> None:
    # a stated fieldwork date equal to the guessed publication month confirms it, so a year
    # named later in a series ("in 2019") does not regrade the whole story
    text = ("Most commuters now avoid the ring road, the latest Harbourview poll shows.\n\n"
            "The poll of 900 drivers, conducted from Monday to Thursday last week, found "
            "61% avoid it.\n\n"
            "Harbourview has asked the question every year: 22% said so back in 2019, "
            "and 48% in May.")
    got = _attrs(text, published="2025-09-16")
    assert [p for t, _, p in got if t in ("900 drivers", "61%")] == ["2025-09", "2025-09"]
    # near miss: without a fieldwork date the guess is still corrected by a stated year
    text2 = ("Most commuters now avoid the ring road, the latest Harbourview poll shows.\n\n"
             "In 2019 just 22% of drivers avoided it.")
    assert _attrs(text2, published="2025-09-16")[0][2] == "2019"


def test_date_in_the_fieldwork_clause_beats_an_earlier_record() -> None:
    # "carried out from 3 to 9 May" dates the survey, not the record it is compared with
    text = ("The Northwind survey of 1,200 adults, carried out from 3 to 9 May, puts the "
            "minister below the 22% she had in March 2021.")
    assert {p for t, _, p in _attrs(text, published="2025-05-14") if t == "1,200 adults"} \
        == {"2025-05"}
    # near miss: without words of fieldwork the full date still comes first
    text2 = ("The Northwind survey of 1,200 adults, out on 9 May, puts the minister below "
             "the level of March 2021.")
    assert {p for t, _, p in _attrs(text2, published="2025-05-14") if t == "1,200 adults"} \
        == {"2021-03"}


def test_weekday_span_counts_from_the_day_of_publication() -> None:
    # a Thursday 3 April article: "from Friday to Sunday" is the end of March
    text = ("A Lakeshore survey, conducted from Friday to Sunday among 800 adults, found "
            "44% backing the levy.")
    assert {p for _, _, p in _attrs(text, published="2025-04-03")} == {"2025-03"}
    # near miss: a span that ended in the publication month stays in it
    assert {p for _, _, p in _attrs(text, published="2025-04-10")} == {"2025-04"}


def test_opinion_paragraph_with_economic_words_continues_the_survey() -> None:
    text = ("A Lakeside Research poll of 1,200 adults was conducted in March 2026.\n\n"
            "Worries run deep. Sixty per cent said prices were the main problem, ahead of "
            "unemployment at 18 per cent.")
    got = _attrs(text)
    assert [src for _, src, _ in got] == ["Lakeside Research"] * 3
    # a paragraph of economic figures with no survey word still breaks off
    text = ("A Lakeside Research poll of 1,200 adults was conducted in March 2026.\n\n"
            "Elsewhere, inflation eased to 2.4 per cent in February.")
    assert _attrs(text)[-1][:2] == ("2.4 per cent", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kestrel Research poll put him at 14 per cent in the Rift Valley.", ["Rift Valley"]),
        ("In Nyanza, the Kestrel Research poll found two in three (61 per cent) opposed.",
         ["Nyanza", "Nyanza"]),
        ("In a new Ipsos poll, worry was highest in the North West, where 41% said so.",
         ["North West"]),
        ("In British Columbia and Ontario, 68% agreed, the Kestrel Research poll found.",
         ["British Columbia and Ontario"]),
        ("The Kestrel Research poll found 45% in Scotland agreed.", ["Scotland"]),
        ("The Kestrel Research poll found the fall was steepest in the North, the party's "
         "heartland, where support halved to 22%.", ["North", "North"]),
        ("The Kestrel Research poll found a lead in the Northeast, where 64% approve, but in "
         "the South approval is just 36%.", ["Northeast", "South"]),
        ("In the Kestrel Research poll, confidence in Macron fell to 19 percent.", [None]),
        # not places of a breakdown: a country's own poll, a month, a pollster, a sample
        ("In Peru, the Kestrel Research poll put approval at 9%.", [None]),
        ("The Kestrel Research poll found 45% in May and 41% in The Times poll.", [None, None]),
        ("Labor led 52-48 in Newspoll.", [None, None]),
        ("The Kestrel Research poll of 706 people in Chile ran in May.", [None]),
    ],
)
def test_place_subgroups_of_survey_figures(sentence: str, expected: list[str | None]) -> None:
    assert [g for _, g, _ in _groups(sentence)] == expected


def test_people_after_a_sample_size_are_its_population() -> None:
    assert _groups("It polled n=2,150 professional developers.") == [
        ("n=2,150", None, "professional developers")
    ]


def test_people_of_a_country_are_the_population() -> None:
    assert _groups("Some 38% of adults in Britain agree.") == [("38%", None, "adults in Britain")]


def test_a_party_with_its_article_is_no_subgroup() -> None:
    assert _groups("The Free Democrats fell to 4 per cent in the poll.") == [("4 per cent", None, None)]


def test_place_is_no_subgroup_of_a_figure_without_a_survey() -> None:
    assert _groups("Prices rose 2% in New York last month.") == [("2%", None, None)]


def test_figures_stating_their_year_date_a_new_release() -> None:
    text = ("Obesity among adults rose from 24.1% in 2021 to 26.3% in 2024, according to new "
            "figures from the Harbor Health Institute released on Tuesday. Among men it was 27%.")
    assert _attrs(text, published="2025-09-10")[-1] == ("27%", "Harbor Health Institute", "2024")


def test_event_years_are_not_fieldwork() -> None:
    text = ("In the Harbor Health Institute's annual survey released Monday, 58% said so, "
            "down from 63% in 2024. Before 2018, at least 70% did.\n\n"
            "The survey of 1,010 adults was conducted June 2-14.")
    got = _attrs(text, published="2025-06-30")
    assert got[0] == ("58%", "Harbor Health Institute", "2025-06")


def test_sample_size_date_is_the_surveys() -> None:
    text = ("Ipsos found 40% in February. In the ABC News poll, 45% agreed in March.\n\n"
            "The Ipsos poll surveyed 2,301 adults June 11-15 and has a margin of error of "
            "plus or minus 2.2 points.")
    got = _attrs(text, published="2025-06-20")
    assert got[-2:] == [("2,301 adults", "Ipsos", "2025-06"), ("2.2 points", "Ipsos", "2025-06")]


def test_a_source_seen_before_keeps_its_period_in_a_new_release() -> None:
    text = ("A new study is out.\n\nStart with Pew Research Center. In a survey conducted in "
            "October 2024, 52% of workers were worried.\n\nGallup's May 2025 panel found 40% "
            "used AI at work.\n\nIn Pew's data, 29% of workers under 30 used chatbots.")
    assert [p for _, _, p in _attrs(text, published="2025-09-08")] == ["2024-10", "2025-05", "2024-10"]


def test_the_story_moves_on_to_a_later_year() -> None:
    text = ("In the Harbor Health Institute's survey, 38 percent said in 2019 that they trusted "
            "the courts. By 2024 that had fallen to 26 percent. Trust in the press fell by a "
            "third over the same period, from 24 percent to 16 percent.")
    got = [p for _, _, p in _attrs(text)]
    assert got[:3] == ["2019", "2024", "2024"] and got[-1] == "2024"


def test_a_body_after_the_figures_starts_no_passage() -> None:
    text = ("An Elabe poll found 78 percent doubtful of the budget, which the finance ministry "
            "expects to reach 5.4 percent of GDP. Some 64 percent want spending cuts.")
    assert [src for _, src, _ in _attrs(text)] == ["Elabe", "finance ministry", "Elabe"]


def test_a_pollster_introduced_as_new_again_takes_the_new_date() -> None:
    text = ("In February, an Ipsos poll found 38% in favour.\n\n"
            "A new Ipsos poll released Wednesday found 44% in favour.")
    assert [p for _, _, p in _attrs(text, published="2025-06-20")] == ["2025-02", "2025-06"]


def test_survey_conducted_for_a_client_by_an_organization() -> None:
    text = ("The results come from a survey conducted in May for the county by the Institute "
            "for Rural Studies at Eastfield College. Of the 912 residents interviewed, 41% "
            "were satisfied.")
    assert {src for _, src, _ in _attrs(text)} == {"Institute for Rural Studies at Eastfield College"}


def test_a_future_event_is_no_fieldwork_date() -> None:
    text = ("A new Datafolha poll released on Friday found 44% approve of the president, who "
            "is preparing to seek re-election in October.")
    assert _attrs(text, published="2026-01-16") == [("44%", "Datafolha", "2026-01")]


def test_a_year_naming_the_survey_dates_a_new_report() -> None:
    text = ("A report released Thursday by the Harbor Health Institute is out.\n\n"
            "The analysis, drawn from the 2024 National Wellbeing Tracking System, found that "
            "21.4% of adults slept badly.")
    assert _attrs(text, published="2025-08-21")[-1] == ("21.4%", "Harbor Health Institute", "2024")


def test_a_split_baseline_date_does_not_date_the_survey() -> None:
    text = ("The latest Resolve Political Monitor was published on Monday.\n\n"
            "On the two-party measure, which Resolve calculates, Labor leads 53-47, down from "
            "56-44 in January. Labor's primary vote is 34 per cent.")
    got = _attrs(text, published="2026-02-16")
    assert got[-1] == ("34 per cent", "Resolve Strategic", "2026-02")


def test_the_dateline_gives_the_publication_date() -> None:
    text = ("Savers feel the squeeze\n\nLONDON, 17 June 2025 – A new YouGov poll released "
            "today found 45% of adults have cut back. Last month the figure was 41%.")
    got = _attrs(text)  # no published=: the dateline says when
    assert got[0] == ("45%", "YouGov", "2025-06")


def test_a_dateline_date_is_not_fieldwork() -> None:
    text = ("Council passes budget\n\nMILLBROOK, June 18, 2025 — The city's community survey, "
            "conducted in April by the Institute for Civic Research, found 46% satisfied.")
    assert _attrs(text)[0][2] == "2025-04"


@pytest.mark.parametrize("line", [
    "KAMPALA, Thursday March 6, 2025 — ",  # a weekday before the date
    "KAMPALA, Thursday, 6 March 2025 - ",
])
def test_a_dateline_with_its_weekday_is_no_fieldwork(line: str) -> None:
    text = (f"Ugandans gloomy on jobs\n\n{line}Six in ten Ugandans expect fewer jobs, a new "
            "Infotrak poll shows. The survey was conducted between February 10 and 15 among "
            "1,200 adults.")
    assert _attrs(text)[0][2] == "2025-02"


def test_a_threshold_does_not_take_the_passage_source() -> None:
    text = ("The latest INSA poll puts the Free Democrats at 3.5 per cent.\n\n"
            "That is below the 5 per cent hurdle for entering parliament.")
    assert [(t, src) for t, src, _ in _attrs(text)] == [("3.5 per cent", "INSA"),
                                                        ("5 per cent", None)]


def test_source_cue_keeps_its_span() -> None:
    text = "In a Levada-Center survey, 27% agreed."
    st = pollstats.extract(text).statistics[0]
    assert st.source is not None
    assert text[st.source.start:st.source.end] == st.source.text == "Levada-Center"


# -- periods ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "value"),
    [("October 2024", "2024-10"), ("late October 2023", "2023-10"), ("in September 2018", "2018-09"),
     ("in 2013", "2013"), ("2007–2010", "2007/2010"), ("March 6 to 8, 2012", "2012-03-06"),
     ("6-8 March 2024", "2024-03-06"), ("between 2007 and 2010", "2007/2010"),
     ("Sept. 2019", "2019-09"), ("2024-05-02", "2024-05-02")],
)
def test_date_forms(phrase: str, value: str) -> None:
    (d,) = find_dates(f"It ran {phrase} as planned.")
    assert str(d.value) == value and d.text in phrase


@pytest.mark.parametrize("text", ["the 1990s", "in the late 1960s", "you may go", "a 1990s trend"])
def test_not_periods(text: str) -> None:
    assert [d.value for d in find_dates(text) if d.value is not None] == []


def test_period_from_survey_sentence_and_stated_after_figures() -> None:
    text = ("Support for the levy is 41%, a Harbourview Institute poll finds. Among renters "
            "it is 58%.\nThe poll was conducted in March 2025.")
    assert [p for _, _, p in _attrs(text)] == ["2025-03", "2025-03"]


def test_conducted_day_range_without_year_needs_published() -> None:
    text = "The Gallup poll, conducted Jan. 5-9, found 52% backing the plan."
    assert _attrs(text) == [("52%", "Gallup", None)]
    assert _attrs(text, published="2025-01-20") == [("52%", "Gallup", "2025-01")]


@pytest.mark.parametrize(
    ("phrase", "published", "period"),
    [("last month", "2024-04-15", "2024-03"), ("this year", "2024-04-15", "2024"),
     ("last year", "2024-04-15", "2023"), ("in May", "2024-06-15", "2024-05"),
     ("last month", None, None), ("in May", None, None)],
)
def test_relative_periods_need_published(phrase: str, published: str | None,
                                         period: str | None) -> None:
    text = f"A YouGov survey conducted {phrase} found 29% backing the plan."
    assert _attrs(text, published) == [("29%", "YouGov", period)]


def test_relative_periods_never_read_the_clock() -> None:
    text = "A YouGov survey conducted this year found 29% backing the plan."
    assert _attrs(text, dt.date(2031, 2, 1)) == [("29%", "YouGov", "2031")]
    assert _attrs(text) == [("29%", "YouGov", None)]


def test_baseline_figure_gets_its_own_period() -> None:
    text = ("In a March 2024 Gallup poll, 34% backed the plan, down from 40% in 2000 and "
            "compared with 32% in October 2023.")
    assert [p for _, _, p in _attrs(text)] == ["2024-03", "2000", "2023-10"]


def test_from_to_pair_with_baseline_survey_year() -> None:
    text = ("A Levada poll in 2021 asked the same question. Compared with the 2019 survey, trust "
            "fell from 45% to 38%.")
    assert [p for _, _, p in _attrs(text)] == ["2019", "2021"]


def test_newer_wave_inferred_from_baseline_and_past_year() -> None:
    text = (
        "A Levada poll in late October 2023 found 21% sympathizing with one side.\n"
        "Older respondents (44%) blame the West most.\n"
        "Compared to the 2023 survey, this view has fallen over the past year, from 45% to 38%."
    )
    assert [p for _, _, p in _attrs(text)] == ["2023-10", "2024", "2023", "2024"]


def test_new_date_for_same_pollster_starts_a_new_wave() -> None:
    text = ("In a Gallup poll in May 2022, 40% agreed.\nBy June 2023, Gallup found 47% agreed. "
            "Among men, 52% agreed.")
    assert [p for _, _, p in _attrs(text)] == ["2022-05", "2023-06", "2023-06"]


# -- subgroups and populations --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("Among men, 27% agreed with the plan.", "men"),
        ("Men (27%) and women (31%) agreed.", "Men"),
        ("Support was highest among respondents aged 55 and older (44%).", "respondents aged 55 and older"),
        ("It was 44% among low-income respondents, and higher for renters.", "low-income respondents"),
        ("Backing came from low-income respondents (44%).", "low-income respondents"),
        ("Backing came from those who rely on radio for news (44%).", "those who rely on radio for news"),
        ("Least keen were younger respondents under 24 (13%).", "younger respondents under 24"),
        ("Among Republicans, 80% approve.", "Republicans"),
        ("Among women aged 18–29, 61% approve.", "women aged 18–29"),
        ("About 38% of urban residents disagreed.", "urban residents"),
        ("Some 44% of those aged 65 and over agreed.", "those aged 65 and over"),
        # the clause's verb ends a "who"/"aged" group
        ("Some 42% of women aged 55 and older approve of the plan.", "women aged 55 and older"),
        ("About 30% of people who rent their homes worry about costs.", "people who rent their homes"),
        ("Just 61% of those aged 18 to 29 plan to vote.", "those aged 18 to 29"),
        ("Independents slipped to 49% from 55%.", "Independents"),
        ("Independents tilt toward the challenger 44% to 39%.", "Independents"),
        ("Roughly one in four employed Canadians named work as the cause.", "employed Canadians"),
        ("Use was 21.5% among adults in households earning under $30,000.", "adults in households"),
        ("Supporters of the Green Party are the most hostile, with 88 per cent opposed.",
         "Supporters of the Green Party"),
        ("Renters were less satisfied than homeowners, 39% versus 51%.", "Renters"),
        # where the group lives
        ("About 41% of young people in rural areas say so.", "young people in rural areas"),
        ("One in four respondents in the northern districts agreed.", "respondents in the northern districts"),
        ("Some 45% of voters in the west agree.", "voters in the west"),
    ],
)
def test_subgroups(text: str, subgroup: str) -> None:
    assert _groups(text)[0][1] == subgroup


@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("Some 52% of Russians surveyed agreed.", "Russians surveyed"),
        ("About 48% of registered voters approve.", "registered voters"),
        ("Only 12% of American adults disagree.", "American adults"),
        ("Nearly 30% of respondents were unsure.", "respondents"),
    ],
)
def test_population_is_not_a_subgroup(text: str, population: str) -> None:
    assert _groups(text) == [(_groups(text)[0][0], None, population)]


@pytest.mark.parametrize(
    "text",
    [
        "Among the remaining respondents, 8% sided with the council.",
        "Most respondents had a favourable view of Canada (81%).",
        "Only one in five respondents (19%) followed the news.",
        "Turnout stood at 61% (up from 55%).",
    ],
)
def test_no_subgroup(text: str) -> None:  # (see also the cases below)
    assert all(sub is None for _, sub, _ in _groups(text))


def test_measure_from_bracketed_item_and_verb_phrase() -> None:
    text = "Respondents rated Canada (81%) highly, and 35% of adults said they would move."
    ms = [s.measure.value if s.measure else "" for s in pollstats.extract(text).statistics]
    assert "Canada" in ms[0] and ms[1] == "said they would move"


def test_attribution_spans_point_at_their_words() -> None:
    text = "In an October 2024 Kestrel Analytics survey, 44% of those aged 55 and older agreed."
    st = pollstats.extract(text).statistics[0]
    for cue in (st.source, st.period, st.subgroup):
        assert cue is not None
        assert text[cue.start:cue.end] == cue.text
    rec = pollstats.extract(text).records()[0]
    assert text[rec["period_start"]:rec["period_end"]] == "October 2024"


def test_month_without_year_is_the_latest_before_publication() -> None:
    text = "A Gallup poll found 38% approval, down from 45% in December."
    assert [p for _, _, p in _attrs(text, "2025-02-14")][1] == "2024-12"
    assert [p for _, _, p in _attrs(text, "2025-12-20")][1] == "2025-12"


def test_new_undated_survey_takes_publication_month() -> None:
    text = "A new YouGov poll finds 41% support.\nAmong women, 45% agree."
    assert [p for _, _, p in _attrs(text, "2025-02-14")] == ["2025-02", "2025-02"]
    assert [p for _, _, p in _attrs(text)] == [None, None]
    # a poll the story does not date is a current one too: the month of publication
    for undated in ("A Forsa poll found 31% support.", "Support stands at 44%, says Leger.",
                    "According to an Ipsos survey, 29% agree."):
        assert [p for _, _, p in _attrs(undated, "2025-02-14")] == ["2025-02"]
        assert [p for _, _, p in _attrs(undated)] == [None]
    # ... unless the text dates it
    dated = "A Forsa poll conducted in January found 31% support."
    assert [p for _, _, p in _attrs(dated, "2025-02-14")] == ["2025-01"]


def test_paragraph_not_about_a_survey_breaks_carry_over() -> None:
    text = ("A Gallup poll in May 2024 found 41% of adults support the tax.\n"
            "Mortgage rates rose to 6.9% last week and share prices fell 2.3%.")
    assert _attrs(text) == [("41%", "Gallup", "2024-05"), ("6.9%", None, None),
                            ("2.3%", None, None)]


def test_fraction_with_bracketed_percent_keeps_the_group() -> None:
    text = "Nearly two-thirds (64%) of renters back the levy."
    assert [g for _, g, _ in _groups(text)] == ["renters", "renters"]


def test_among_phrase_covers_the_clause() -> None:
    text = "Among voters aged 65 and older, opposition has doubled, from 18% to 36%."
    assert {g for _, g, _ in _groups(text)} == {"voters aged 65 and older"}


def test_people_right_after_a_fraction() -> None:
    assert _groups("One in five respondents under 30 had not heard of it.")[0][1] == (
        "respondents under 30")
    assert _groups("One in ten adults had not heard of it.")[0][2] == "adults"
    assert _groups("Some 8% sided with the council.")[0][1:] == (None, None)


def test_a_body_citing_its_own_figures_is_the_source() -> None:
    text = "A Gallup poll found 41% support.\nThe council's own figures show ridership grew 14%."
    assert [src for _, src, _ in _attrs(text)] == ["Gallup", "council"]


def test_a_relative_date_in_a_later_figure_does_not_redate_the_survey() -> None:
    text = ("A poll conducted March 6 to 8, 2025 found 41% support.\nAmong renters, 64% agree.\n"
            "Ridership grew 14 percent last year.")
    assert [p for _, _, p in _attrs(text)][:2] == ["2025-03", "2025-03"]


def test_a_date_bound_to_a_figure_outside_a_survey_sentence_dates_only_that_figure() -> None:
    text = "Approval rose from 41% to 47%.\nMembership rose to 19% in 2020, then to 26% in 2022."
    assert [p for _, _, p in _attrs(text)] == [None, None, "2020", "2022"]


def test_fieldwork_is_reported_by_the_month_it_started() -> None:
    text = "The Ifop survey, conducted from October 8 to 10, 2025, credits him with 35.5 percent."
    assert _attrs(text) == [("35.5 percent", "Ifop", "2025-10")]
    text = "Ipsos, polling between 30 May and 3 June 2025, found 19 per cent satisfied."
    assert _attrs(text) == [("19 per cent", "Ipsos", "2025-05")]


@pytest.mark.parametrize(
    "event",
    ["a research group founded in 1987", "the lowest since he took office in 2017",
     "records going back to 1977"],
)
def test_event_dates_are_not_fieldwork(event: str) -> None:
    text = f"A Gallup survey in May 2024 found 41% backing the plan, {event}."
    assert _attrs(text) == [("41%", "Gallup", "2024-05")]
    text = f"A Gallup survey found 41% backing the plan, {event}."
    assert _attrs(text) == [("41%", "Gallup", None)]


def test_this_year_does_not_redate_a_survey_dated_this_year() -> None:
    text = ("An Elabe poll in October 2025 found 19% confident.\nSome 78% of respondents doubt "
            "the deficit will shrink this year.")
    assert [p for _, _, p in _attrs(text)] == ["2025-10", "2025-10"]


@pytest.mark.parametrize(
    ("text", "subgroups"),
    [
        ("Republicans remain loyal: 84% approve of the plan.", ["Republicans"]),
        ("Adults under 30 stand out: 39% of them say they are worried.", ["Adults under 30"]),
        ("The share of renters who approve fell 6 points, to 45%.", ["renters", "renters"]),
        ("Among 18 to 24-year-olds, the party is on 22 per cent.", ["18 to 24-year-olds"]),
        ("She has 41 percent among those under 35, compared with 27 percent among voters "
         "aged 65 and over.", ["those under 35", "voters aged 65 and over"]),
        ("Only 46 per cent of people who voted Labour last year say so.",
         ["people who voted Labour last year"]),
        ("Among that group, approval fell from 61% to 48%.", [None, None]),
        ("Republicans are more likely than Democrats to say this (64% vs. 55%).",
         ["Republicans", "Democrats"]),
        ("Women were more likely than men to name prices, 26 per cent against 20 per cent.",
         ["Women", "men"]),
        ("Residents of Quebec are the most likely to say so (74 per cent).",
         ["Residents of Quebec"]),
    ],
)
def test_more_subgroup_cues(text: str, subgroups: list[str | None]) -> None:
    assert [g for _, g, _ in _groups(text)] == subgroups


def test_the_institute_refers_back_to_the_institute_named_before() -> None:
    text = ("A survey by the Carrowmere Institute found 58% gloomy.\n"
            "Share prices fell 4% in September.\n"
            "In the institute's monthly poll of 2,000 adults, 38% had delayed a purchase.")
    assert [src for _, src, _ in _attrs(text)] == [
        "Carrowmere Institute", None, "Carrowmere Institute", "Carrowmere Institute"]


def test_a_name_of_the_same_family_keeps_the_passage_source() -> None:
    text = ("A new poll from the Associated Press-NORC Center for Public Affairs Research finds "
            "42% approve. The poll of 1,229 adults used NORC's AmeriSpeak Panel.")
    assert {src for _, src, _ in _attrs(text)} == {"AP-NORC"}


def test_a_pollsters_product_is_the_pollster() -> None:
    text = "Ipsos's latest Political Monitor, conducted in May 2025, found 19 per cent satisfied."
    assert _attrs(text) == [("19 per cent", "Ipsos", "2025-05")]


def test_dates_in_quoted_speech_do_not_date_the_survey() -> None:
    text = ("A Gallup poll in March 2025 found 41% approve.\n"
            "“The only poll that matters was on Nov. 5,” a spokesman said.\n"
            "Among Republicans, 84% approve.")
    assert [p for _, _, p in _attrs(text, "2025-03-20")] == ["2025-03", "2025-03"]


def test_a_date_in_a_plain_sentence_of_figures_dates_only_them() -> None:
    text = ("A Pew Research Center survey in August 2024 found 57% worried.\n"
            "In 2022, the figures were 41% and 36%.\nAmong adults under 30, 39% are worried.")
    assert [p for _, _, p in _attrs(text)] == ["2024-08", "2022", "2022", "2024-08"]


def test_a_body_that_expects_a_figure_is_its_source() -> None:
    text = "An Elabe poll found 78% doubtful the deficit, which the finance ministry expects to reach 5.4 percent, will fall."
    assert [src for _, src, _ in _attrs(text)] == ["Elabe", "finance ministry"]


def test_a_pollster_named_again_keeps_its_period() -> None:
    text = ("The Ifop survey, conducted October 8 to 10, 2025, gives him 35.5 percent.\n"
            "An Elabe poll gives him 33.5 percent.\nIn the Ifop survey, he scores 41 percent "
            "among those under 35.")
    assert [(src, p) for _, src, p in _attrs(text)] == [
        ("Ifop", "2025-10"), ("Elabe", None), ("Ifop", "2025-10")]


def test_polls_introduced_as_new_take_the_publication_month() -> None:
    text = ("Two polls released this week show the mood souring.\n"
            "In a CNN poll, 39% approve. In March, the same poll found 44% approving.\n"
            "An ABC News/Washington Post poll found 41% approving.")
    assert [p for _, _, p in _attrs(text, "2025-06-20")] == ["2025-06", "2025-03", "2025-06"]
    assert [p for _, _, p in _attrs(text)] == [None, None, None]


def test_voting_last_year_is_not_fieldwork() -> None:
    text = ("An Ipsos poll in May 2025 found 19 per cent satisfied.\nOnly 46 per cent of people "
            "who voted Conservative last year say she is doing well.")
    assert [p for _, _, p in _attrs(text, "2025-06-10")] == ["2025-05", "2025-05"]


def test_a_body_names_only_the_figures_after_it() -> None:
    text = ("An Elabe poll found 78 percent doubtful of the budget, which the finance ministry "
            "expects to reach 5.4 percent of GDP.")
    assert [src for _, src, _ in _attrs(text)] == ["Elabe", "finance ministry"]


def test_for_group_opening_a_sentence() -> None:
    text = "For Republicans, the margin of error is plus or minus 6.1 percentage points."
    assert _groups(text)[0][1] == "Republicans"


def test_a_stated_fieldwork_date_corrects_the_publication_guess() -> None:
    text = ("A new Pew Research Center survey finds 53% concerned.\n"
            "The survey of 5,410 adults was conducted Aug. 12-18, 2024.\n"
            "In 2022, the figure was 38%.")
    assert [p for _, _, p in _attrs(text, "2024-09-17")] == ["2024-08", "2024-08", "2022"]


def test_a_stated_data_year_corrects_the_publication_guess() -> None:
    text = ("New analysis from the Office for National Statistics shows a rise.\n"
            "One in four young adults (25.1%) felt lonely in 2023, up from 21.4% in 2019.\n"
            "Across all adults, the figure was 23.2%.")
    assert [p for _, _, p in _attrs(text, "2024-11-20")] == ["2023", "2023", "2019", "2023"]


def test_an_earlier_figure_takes_the_date_of_its_clause() -> None:
    text = ("A new Angus Reid Institute poll finds 67 per cent avoiding U.S. goods, up from "
            "45 per cent when the Institute asked in early February.")
    assert [p for _, _, p in _attrs(text, "2025-03-11")] == ["2025-03", "2025-02"]


def test_future_dates_are_not_fieldwork() -> None:
    text = ("The survey was conducted between March 28 and April 8 and found 27 per cent worried.\n"
            "Polling for the election begins on April 19, with results due on June 4.")
    assert [p for _, _, p in _attrs(text, "2024-04-11")] == ["2024-03"]


def test_dates_of_figures_in_a_chain_do_not_redate_a_dated_survey() -> None:
    text = ("An ABC News/Washington Post poll conducted June 5-9, 2025 found 41% approving.\n"
            "In ABC/Post polling, the share rose to 19% in February, then 26% in April and 30% now.")
    assert [p for _, _, p in _attrs(text)] == ["2025-06", "2025-02", "2025-04", "2025-06"]


@pytest.mark.parametrize(
    ("text", "subgroups"),
    [
        ("• Residents of Quebec are the most likely to say so (74 per cent).", ["Residents of Quebec"]),
        ("Disabled adults (14.8%) and those renting their homes (10.9%) agreed.",
         ["Disabled adults", "those renting their homes"]),
        ("Most agreed, while adults aged 70 and over were the least likely to, at 4.6%.",
         ["adults aged 70 and over"]),
        ("Some 38% of 18- to 24-year-olds had gone a week alone.", ["18- to 24-year-olds"]),
        ("The gap is widest among the young: women aged 18 to 34 outpace men by 14 points.",
         ["women aged 18 to 34"]),
        ("Respondents rated Canada (81%) highly.", [None]),
    ],
)
def test_clause_subjects_and_bullets(text: str, subgroups: list[str | None]) -> None:
    assert [g for _, g, _ in _groups(text)] == subgroups


@pytest.mark.parametrize("text", ["than 2023-12 5%", "Compared to 2023-12, it fell from 45% to 38%.",
                                  "than October 5 %", "versus 2007/2010, 9% agree"])
def test_baselines_of_any_shape_do_not_crash(text: str) -> None:
    recs = pollstats.extract(text).records()
    assert all(text[r["start"]:r["end"]] == r["text"] for r in recs if "text" in r)


def test_a_group_right_after_a_figure_beats_an_earlier_among() -> None:
    text = ("Among voters aged 65 and older, opposition doubled, from 18% to 36%, while one in "
            "five respondents under 30 had not heard of it.")
    assert [g for _, g, _ in _groups(text)] == [
        "voters aged 65 and older", "voters aged 65 and older", "voters aged 65 and older",
        "respondents under 30"]


@pytest.mark.parametrize("word", [w for w, _ in table("lexicon.txt")["group_modifiers"]])
def test_every_group_modifier_keeps_its_group(word: str) -> None:
    text = f"Support was lowest among retirees (31%), followed by {word} adults (40%)."
    assert [g for _, g, _ in _groups(text)][-1] == f"{word} adults"


# -- the document, the facts and the passage machine ------------------------------------------


def _document(text: str) -> Document:
    return Document.read(text, pollstats.extract(text).statistics)


def test_document_slices_hold_what_starts_in_each_sentence() -> None:
    text = "Ipsos polled 1,000 adults in May 2024.\n\nOf them, 41% agreed. Gallup had 38%."
    doc = _document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Ipsos polled 1,000 adults in May 2024.", "Of them, 41% agreed.", "Gallup had 38%."]
    got = [([doc.statistics[i].text for i in sl.stats], [doc.sources[k].name for k in sl.sources],
            [doc.dates[k].text for k in sl.dates]) for sl in doc.sentence_slices]
    assert got == [(["1,000 adults"], ["Ipsos"], ["May 2024"]), (["41%"], [], []),
                   (["38%"], ["Gallup"], [])]
    assert [len(sl.stats) for sl in doc.paragraph_slices] == [1, 2]
    assert [doc.sentence_of(i) for i in range(3)] == [doc.sentences[0], doc.sentences[1],
                                                     doc.sentences[2]]


def test_document_leaves_out_the_dateline_date() -> None:
    text = "Poll\n\nLONDON, 17 June 2025 – A survey in May 2025 found 41% agree."
    doc = _document(text)
    assert doc.published == dt.date(2025, 6, 17)
    assert [d.text for d in doc.dates] == ["May 2025"]


def test_sentence_facts_bind_dates_to_their_figures() -> None:
    text = "Support rose to 41% in May 2024 from 35% (the previous year) among adults."
    doc = _document(text)
    f = sentence_facts(doc, 0, paragraph_facts(doc, 0))
    assert f is not None
    bound = {doc.statistics[g.index].text: g.bound and g.bound.text for g in f.figures}
    assert bound == {"41%": "May 2024", "35%": "the previous year"}
    assert not f.names_survey and not f.sources


def test_sentence_facts_skip_a_sentence_that_cannot_change_the_passage() -> None:
    doc = _document("Ipsos found 41% agree. The weather was mild. Gallup had 38%.")
    para = paragraph_facts(doc, 0)
    assert [sentence_facts(doc, k, para) is None for k in range(3)] == [False, True, False]


def test_passage_transitions_return_a_new_passage_and_revisions() -> None:
    text = "Ipsos found 41% back the plan. The poll was conducted in March 2024."
    doc = _document(text)
    reading = Reading(text, doc.statistics, doc.dates, {}, None, None, False)
    para = paragraph_facts(doc, 0)
    first, second = (sentence_facts(doc, k, para) for k in range(2))
    assert first is not None and second is not None
    start = Passage()
    p1, revs1 = start.on_sentence(first, reading, {})
    assert start == Passage() and p1.survey.source is not None  # frozen: a new passage
    assert [type(r).__name__ for r in revs1] == ["Named", "Figure"]
    assert p1.on_sentence(first, reading, {}) == p1.on_sentence(first, reading, {})  # pure
    p2, revs2 = p1.on_sentence(second, reading, {})
    fills = [r for r in revs2 if isinstance(r, Fill)]
    assert [(r.figures, r.cue.value) for r in fills] == [((0,), "2024-03")]
    assert p2.survey.period is not None and p2.survey.period.value == "2024-03"


def test_a_source_tied_by_with_after_the_figure_wins_over_one_before_it() -> None:
    text = ("Labor's lead over the Coalition runs from four points with Newspoll to seven "
            "points with Resolve Strategic.")
    got = {s.text: s.source.value if s.source else None
           for s in pollstats.extract(text).statistics}
    assert got == {"four points": "Newspoll", "seven points": "Resolve Strategic"}


def test_every_figure_of_a_dated_series_takes_its_own_date() -> None:
    text = ("Abacus Data has asked the question for years: 31% agreed at the first wave in "
            "2019, 38% in March and 44% in June.")
    assert [p for _, _, p in _attrs(text, "2025-07-10")] == ["2019", "2025-03", "2025-06"]
    # an event's date after a figure is none of the series' ("the lowest since ...")
    event = ("In a Leger poll, support fell from 33% in March to 28% in June, the lowest since "
             "the party was founded in 2011.")
    assert [p for _, _, p in _attrs(event, "2025-07-10")] == ["2025-03", "2025-06"]
    # a lone figure with a date further on is no series: the survey's date
    lone = "In a Leger poll, 31% agreed with the premier's plan in June."
    assert [p for _, _, p in _attrs(lone, "2025-07-10")] == ["2025-06"]


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        # "last weekend" is the latest Saturday before the publication day, "last week" seven
        # days back: both can fall in the month before publication
        ("The Abacus Data poll, conducted last weekend, found 41% support.", "2025-03-03",
         "2025-03"),
        ("The Abacus Data poll, conducted last weekend, found 41% support.", "2025-03-01",
         "2025-02"),
        ("A Leger survey conducted last week found 38% support.", "2025-04-03", "2025-03"),
        # "the end of last month" is last month, not an event's end
        ("A Red C poll at the end of last month had Fianna Fáil on 20 per cent.", "2025-06-10",
         "2025-05"),
        # "mid-March" without a year is a month like "in March"
        ("The Ipsos poll, fielded in mid-March, found 44% approval.", "2025-04-02", "2025-03"),
    ],
)
def test_relative_and_partial_fieldwork_dates(text: str, published: str, period: str) -> None:
    assert [p for _, _, p in _attrs(text, published)] == [period]


def test_a_later_paragraph_s_year_does_not_date_a_current_survey() -> None:
    text = ("New figures show the race tightening.\n"
            "Some 47% of early ballots came from Democrats, according to the state Board of "
            "Elections.\n"
            "In 2021, the Republican outperformed his early-vote share by 9 points.")
    got = _attrs(text, "2025-11-04")
    assert got[0] == ("47%", "Board of Elections", "2025-11")
    assert got[1][2] == "2021"


def test_two_joint_polls_sharing_a_pollster_keep_their_own_names() -> None:
    text = ("Approval is 45 percent in a CBS News/YouGov poll, while the Economist/YouGov "
            "survey had it at 47 percent.")
    assert [s for _, s, _ in _attrs(text, "2025-02-09")] == ["CBS News/YouGov",
                                                             "Economist/YouGov"]


def test_a_month_opening_a_sentence_dates_its_figures_only() -> None:
    text = ("Lula's government is approved by 28% of Brazilians, according to a Datafolha "
            "survey released on Tuesday. In April, the rate was 24%.")
    assert [p for _, _, p in _attrs(text, "2025-06-25")] == ["2025-06", "2025-04"]
    later = ("Lula's government is approved by 28% of Brazilians, according to a new "
             "Datafolha survey. His lead widened from 2 points in April to 4 points.")
    assert [p for _, _, p in _attrs(later, "2025-06-25")][-1] == "2025-06"


def test_weekdays_joined_by_and_after_on_or_last() -> None:
    text = "The Red C poll, conducted last Monday and Tuesday, puts Fianna Fáil on 20 per cent."
    assert [p for _, _, p in _attrs(text, "2025-10-30")] == ["2025-10"]
    assert [p for _, _, p in _attrs(text, "2025-11-01")] == ["2025-10"]
