"""Name recognition (issue 13, session 17): which string is the source. A firm introduced by
its client ("X, which polls for the daily Y"), a programme "conducted for Y by Z", a
pollster whose short name is an ordinary word with its panel, and what is no organization: a
scholar named by title, a person's firm, the languages of the interviews. Sentences written
for these tests, in several national styles."""

from __future__ import annotations

import pytest

from pollstats import extract
from pollstats._data import words
from pollstats.sources import find_sources


def _sources(text: str) -> dict[str, str | None]:
    """``{figure text: source}`` (figure texts are unique in these tests)."""
    return {s.text: (s.source.value if s.source is not None else None) for s in extract(text)}


# -- "the X poll, conducted for Y by Z": Z ran it, Y is no client of Z's --------------------

@pytest.mark.parametrize(("text", "firm"), [
    ("The Nation Mood poll, conducted for a Delhi news channel by CVoter, found 52% approve "
     "of the prime minister.", "CVoter"),
    ("The Sunrise survey, carried out for the Daily Nation by Infotrak, found 38% back the "
     "coalition.", "Infotrak"),
    ("The Harbour Barometer, conducted for the Toronto Star by Kestrel Research, put the "
     "Liberals at 36 per cent.", "Kestrel Research"),
    ("The Sunday poll, carried out on behalf of the Herald by Opinium, found 41% agree.",
     "Opinium"),
])
def test_a_poll_conducted_for_an_outlet_by_a_firm_is_the_firm_s(text: str, firm: str) -> None:
    assert set(_sources(text).values()) == {firm}, _sources(text)


def test_a_firm_that_fields_a_survey_for_a_client_still_gives_way_to_it() -> None:
    # near miss: "for Y" with no "by" after it keeps Y the client (OpinionWay's CEVIPOF)
    text = ("The barometer, which Kestrel Research fields each winter for the Marlow "
            "Institute, found 24% trust the government.")
    assert [m.name for m in find_sources(text)] == ["Kestrel Research"]


# -- "X, which polls for the daily Y": the polls_for_client wording -------------------------

@pytest.mark.parametrize(("text", "firm"), [
    ("Support for GERB stands at 25%. Trend, which polls for the Sofia daily 24 Chasa, put "
     "it at 26%.", "Trend"),
    ("Datum, which polls for the Lima paper El Comercio, found 75% disapprove of Congress.",
     "Datum"),
    ("Kestrelpoll, an agency that regularly polls for Nova TV, had the party on 31%.",
     "Kestrelpoll"),
])
def test_a_firm_introduced_by_its_client_is_the_source(text: str, firm: str) -> None:
    assert firm in set(_sources(text).values()), _sources(text)


# -- a short name that is a word, with its panel --------------------------------------------

@pytest.mark.parametrize("text", [
    "Criteria's online panel of 1,100 voters put the Coalition at 37%.",
    "In Santiago, Criteria's weekly panel found 41% approve of the president.",
])
def test_a_short_name_with_its_panel_is_its_pollster(text: str) -> None:
    assert set(_sources(text).values()) == {"Criteria Research"}, _sources(text)


@pytest.mark.parametrize("text", [
    "Criteria for entry changed and 30% were admitted.",
    "The panel of judges gave her 41% of the points.",
])
def test_an_ordinary_criteria_or_panel_names_no_source(text: str) -> None:
    assert set(_sources(text).values()) == {None}, _sources(text)


# -- a person, not an organization ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Most Israelis back a deal. The poll, run by sociologist Dana Orel, found 58% in favour.",
    "The survey, conducted by statistician Ivo Marek for Channel 9, found 44% agree.",
    "The study, carried out by political scientist Maria Ortiz, found 61% trust the army.",
    "A poll for TV Nova, conducted by Dana Orel's firm among 503 respondents, gave the "
    "coalition 41%.",
])
def test_a_name_after_a_scholar_s_title_is_a_person(text: str) -> None:
    assert "Dana Orel" not in set(_sources(text).values())
    assert not any(v and v.split()[-1] in {"Orel", "Marek", "Ortiz"}
                   for v in _sources(text).values()), _sources(text)


@pytest.mark.parametrize("title", words("sources.txt", "scholar_titles"))
def test_each_scholar_title_makes_the_name_a_person(title: str) -> None:
    text = f"The survey, conducted by {title} Tomas Varga, found 44% agree."
    assert set(_sources(text).values()) == {None}, _sources(text)


@pytest.mark.parametrize(("text", "org"), [
    # near misses: an organization after such a word is still one
    ("A survey by the Economist Intelligence Unit found 58% of firms expect higher costs.",
     "Economist Intelligence Unit"),
    ("The study, run by researchers at Kestrel Social Research, found 58% agree.",
     "Kestrel Social Research"),
    ("A poll conducted by Harbourview Insights for the Herald found 44% agree.",
     "Harbourview Insights"),
])
def test_an_organization_after_a_title_word_stays_a_source(text: str, org: str) -> None:
    assert org in set(_sources(text).values()), _sources(text)


# -- the languages of the interviews --------------------------------------------------------

@pytest.mark.parametrize("language", words("sources.txt", "languages"))
def test_languages_are_no_source(language: str) -> None:
    text = (f"The survey of 752 adults was carried out online and by telephone in {language} "
            "and English; 22% said they trust the courts.")
    assert set(_sources(text).values()) == {None}, _sources(text)


@pytest.mark.parametrize("text", [
    "The Harbour Institute's index, carried out by telephone in Hebrew and Arabic, found 22% "
    "trust the courts.",
    "The poll, fielded by Kestrel Research in Tagalog, Cebuano and English, found 58% agree.",
])
def test_languages_leave_the_survey_s_organization(text: str) -> None:
    got = set(_sources(text).values())
    assert len(got) == 1 and None not in got and not (got & set(words("sources.txt",
                                                                     "languages")))


# -- "the bank" after a bank's name ---------------------------------------------------------

@pytest.mark.parametrize(("text", "bank"), [
    ("Confidence fell, according to a survey by Kestrel Bank. The bank said 31% of "
     "households expected to be worse off.", "Kestrel Bank"),
    ("A Harbour Bank poll of 2,000 savers came out on Monday. The bank's figures show 44% "
     "have no rainy-day fund.", "Harbour Bank"),
])
def test_the_bank_refers_back_to_the_bank_named_before(text: str, bank: str) -> None:
    assert set(_sources(text).values()) == {bank}, _sources(text)


# -- pollsters of the Baltics and the Balkans by their local names --------------------------

@pytest.mark.parametrize(("text", "firm"), [
    ("The Baltijos tyrimai (Baltic Surveys) poll put trust in the government at 38%.",
     "Baltijos tyrimai"),
    ("A survey by Spinter tyrimai found 30% back the Social Democrats.", "Spinter tyrimai"),
    ("A survey by Kantar Emor for public broadcaster ERR found 29% support for Reform.",
     "Kantar Emor"),
    ("The survey, carried out by the Rating sociological group, found 47% in favour.",
     "Rating Group"),
])
def test_local_pollster_names(text: str, firm: str) -> None:
    assert set(_sources(text).values()) == {firm}, _sources(text)


# -- initials with a verb of saying: an organization, never a person ------------------------

@pytest.mark.parametrize(("text", "org"), [
    ("Ireland's jobless rate fell to 4.2%, the CSO said on Thursday.", "CSO"),
    ("Bookings in Mombasa fell 4.1 per cent, the KTHA reported.", "KTHA"),
    ("Some 38% of members plan to hire, the FKE estimated.", "FKE"),
])
def test_initials_that_say_a_figure_are_its_source(text: str, org: str) -> None:
    assert set(_sources(text).values()) == {org}, _sources(text)


@pytest.mark.parametrize("text", [
    "Turnout was 61%, AP said.",          # a news agency reports, it is no source
    "The US said tariffs would rise 25%.",  # a country
    "Smith said 41% of members agree.",     # a person
])
def test_no_source_from_an_outlet_a_country_or_a_surname_saying(text: str) -> None:
    assert set(_sources(text).values()) == {None}, _sources(text)


@pytest.mark.parametrize("text", [
    "Among older voters, the Bloc had 31 per cent and the NDP held on to 19 per cent.",
    "An Epinion poll for DR published on Thursday put the Liberals at 17.2 percent.",
])
def test_initials_with_other_verbs_are_no_new_source(text: str) -> None:
    # a party holding its share, a broadcaster publishing a pollster's figures
    assert not {"CAQ", "PQ", "DR"} & set(_sources(text).values()), _sources(text)
