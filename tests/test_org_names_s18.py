"""Which organization a figure's source is, and how its name is cut (session 18, issue 13):
a pollster joined by a hyphen to its client outlet, a firm another firm's name only ends
with, an unknown firm described by an apposition, an outlet described by its city, a unit
and the university it belongs to, a poll's title and the firm that ran it, names inside a
relative clause about another body, a central bank named in its own language or by "the
bank". All sentences are written for these tests (other countries, names and wording)."""
from __future__ import annotations

import pytest

import pollstats
from pollstats.passage import _related
from pollstats.sources import find_sources, firm_lines


def _sources(text: str, published: str = "2025-06-20") -> list[str | None]:
    return [r["source"] for r in pollstats.extract(text, published=published).records()
            if r["type"] == "statistic"]


def _names(text: str) -> list[str]:
    return [m.name for m in find_sources(text)]


# -- a pollster and its client outlet in one hyphenated name ---------------------------------

def test_pollster_hyphen_outlet_is_the_pollster() -> None:
    text = ("Approval of the governor slid to 44%, a Datafolha-Gazeta survey shows. The poll, "
            "fielded by Datafolha for the daily Gazeta, interviewed 1,400 adults.")
    assert set(_sources(text)) == {"Datafolha"}


def test_two_firms_sharing_a_word_are_two_sources() -> None:
    # CID Gallup is a firm of its own, not kin of the Gallup the story opened with
    text = ("Approval fell to 41%, a Gallup-Tiempo poll found.\n\n"
            "CID Gallup's regional tracker, which covers Honduras and its neighbours, found "
            "33% think the country is on the right track.")
    assert _sources(text) == ["Gallup", "CID Gallup"]


def test_kinship_of_table_firms() -> None:
    assert not _related("CID Gallup", "Gallup")
    assert _related("AP-NORC", "NORC at the University of Chicago")
    # a renamed firm's other name is on its line: still one firm
    assert firm_lines()["Verian Sifo"] == firm_lines()["Kantar Sifo"]
    assert _related("Kantar Sifo", "Verian Sifo")


# -- an unknown firm described as one; an outlet described by its city -----------------------

@pytest.mark.parametrize("text", [
    "Medidora, a Cuenca polling firm that fielded a phone survey commissioned by the "
    "Cuenca daily El Tiempo, put the mayor on 46.2%.",
    "A second firm, Medidora, which fielded a phone poll commissioned by the Loja "
    "broadcaster Ecotel TV, put the mayor on 46.2%.",
])
def test_described_firm_beats_its_client_and_city(text: str) -> None:
    assert _sources(text) == ["Medidora"]


def test_outlet_after_its_city_is_the_outlet() -> None:
    text = "The poll was commissioned by the Cuenca daily El Tiempo; 46% back the mayor."
    assert "Cuenca" not in _names(text)


def test_official_results_from_a_body() -> None:
    text = "Official results from the National Electoral Institute gave the mayor 51.2%."
    assert _sources(text) == ["National Electoral Institute"]


# -- a unit at a university; its abbreviation later -------------------------------------------

def test_unit_at_university_and_its_abbreviation() -> None:
    text = ("The Institute for Social Inquiry (ISI) at the University of Kestrel, in a survey "
            "conducted May 2-9 among 1,600 adults, found 52% trust the courts. Two in five "
            "ISI respondents named corruption.")
    assert "University of Kestrel" not in _names(text)
    assert set(_sources(text)) == {"Institute for Social Inquiry"}


# -- a poll's title, and the firm that ran it -------------------------------------------------

def test_poll_title_then_the_firm_that_ran_it() -> None:
    text = ("The centre-right leads with 26.1%, shows the Puls Tjedna poll that Promocija "
            "conducted for the daily Jutarnji. The ruling party has 22.4%.")
    assert set(_sources(text)) == {"Promocija"}


# -- names inside a clause that describes another body ----------------------------------------

def test_name_in_a_relative_clause_is_no_source() -> None:
    text = ("The Croatian National Bank (HNB), which joined the euro system under the ECB in "
            "2023, said household deposits grew 7.4% in May.")
    assert _sources(text) == ["Croatian National Bank"]


def test_the_gauge_used_by_a_bank_is_the_office_figure() -> None:
    text = ("Consumer prices rose 3.1% in May, the statistics office Eurostat said. The "
            "harmonised index, the measure used by the European Central Bank, rose 2.9%.")
    assert "European Central Bank" not in _sources(text)


def test_clients_in_a_list_are_no_sources() -> None:
    text = ("Ipsos, working for the Herald, Radio Sever and Nova TV, interviewed 1,300 voters; "
            "41% back the mayor.")
    assert "Radio Sever" not in _names(text) and "Nova TV" not in _names(text)


def test_aside_in_a_relative_clause() -> None:
    text = ("A Maskina poll found 44% want a referendum. Rent, which rose 6.2% in May "
            "according to Statistics Iceland, is the top worry for 31%.")
    assert _sources(text)[-1] == "Maskina"


# -- central banks: the text's own name, "the bank", an abbreviation that reports ------------

def test_central_bank_in_its_own_language() -> None:
    text = "Lietuvos bankas said household lending grew 9.1% in April."
    assert _sources(text) == ["Lietuvos bankas"]


def test_the_bank_refers_to_the_central_bank() -> None:
    text = ("The Central Bank of Jordan kept its main rate at 6.5% on Sunday. The bank's "
            "quarterly survey of lenders, conducted in May, showed credit demand up 4.0%.")
    assert _sources(text) == ["Central Bank of Jordan"] * 2


def test_abbreviation_that_has_not_published() -> None:
    text = ("Inflation eased to 4.4%, the Ghana Statistical Service (GSS) said. Chambers of "
            "commerce were upbeat. The GSS has not published a labour survey since 2022, "
            "which put unemployment at 14.7%.")
    assert _sources(text)[-1] == "Ghana Statistical Service"


def test_a_name_whose_word_comes_back_after_to() -> None:
    text = ("In Ghana the fieldwork was carried out in May by Face to Face Research and "
            "Polling, an Accra firm; 41% agree.")
    assert _names(text) == ["Face to Face Research and Polling"]


def test_firm_name_in_another_language_is_no_person() -> None:
    text = "Datos Consultores' monthly political barometer put the president's rating at 38%."
    assert _sources(text) == ["Datos Consultores"]


def test_the_banks_preferred_measure_is_the_office_figure() -> None:
    text = ("Statistics Kestrel data showed inflation at 3.1% in May, above the central bank's "
            "target. Core inflation, the bank's preferred measure, rose to 2.8%.")
    assert "Central Bank" not in " ".join(str(s) for s in _sources(text))
