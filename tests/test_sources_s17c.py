"""Name recognition (issue 13, session 17, third round): the firm that carried out a poll
beside the body it was done for, a firm's capitals that stop at "for", and the name a record
gives a known organization (the text's own spelling, with the abbreviation it gives in
brackets). Sentences written for these tests, in several national styles."""

from __future__ import annotations

import pytest

from pollstats import extract
from pollstats.sources import written_names


def _sources(text: str) -> dict[str, str | None]:
    """``{figure text: source}`` (figure texts are unique in these tests)."""
    return {s.text: (s.source.value if s.source is not None else None) for s in extract(text)}


# -- the firm that carried out a poll, not the body it was done for -------------------------

@pytest.mark.parametrize(("text", "figure", "firm"), [
    ("A poll by SOCIS for the National Democratic Institute (NDI), taken in March, found "
     "that 41% oppose the plan.", "41%", "SOCIS"),
    ("A survey done by IPM Research for the International Republican Institute (IRI) found "
     "79% back membership.", "79%", "IPM Research"),
    ("The NDI survey, carried out by CRRC Georgia in June, found 62% trust the army.", "62%",
     "CRRC Georgia"),
    ("A poll conducted by KMR-AXA for the Kestrel Trust found 33% expect prices to rise.", "33%",
     "KMR-AXA"),
    ("A survey conducted by IMAS for the Marlow Foundation showed 40% back the reform.", "40%",
     "IMAS"),
])
def test_firm_beside_its_client(text: str, figure: str, firm: str) -> None:
    assert _sources(text)[figure] == firm


@pytest.mark.parametrize(("text", "figure", "name"), [
    # a name with "for" inside is one name
    ("A survey by the Institute for Public Policy Research found 44% agree.", "44%",
     "Institute for Public Policy Research"),
    ("A poll by the Center for Civic Polling found 38% approve.", "38%",
     "Center for Civic Polling"),
])
def test_name_with_for_inside(text: str, figure: str, name: str) -> None:
    assert _sources(text)[figure] == name


# -- the record's name: the text's own written form -----------------------------------------

@pytest.mark.parametrize(("text", "canonical", "written"), [
    ("The Magyar Nemzeti Bank kept its rate at 6.5%.", "Hungarian National Bank",
     "Magyar Nemzeti Bank"),
    ("Banco de México cut its rate to 9%.", "Bank of Mexico", "Banco de México"),
    ("A survey by the Public Opinion Research Centre (CVVM) found 39 per cent trust the "
     "government.", "CVVM", "Public Opinion Research Centre (CVVM)"),
])
def test_written_names(text: str, canonical: str, written: str) -> None:
    assert written_names(text)[canonical] == written


@pytest.mark.parametrize("text", [
    "Ipsos found 40% agree.",  # the table's own name: nothing to rename
    "The Bank of Mexico cut its rate to 9%.",
    "The CVVM found 39 per cent agree.",  # an abbreviation alone stays the table's name
    # a body the table names by its short name keeps it
    "Turkey's Turkish Statistical Institute (TurkStat) put inflation at 45%.",
    "The Russian Public Opinion Research Center found 41% approve.",  # a pollster keeps it
    "Politbarometer found 30% back the SPD.",  # a programme's name is no organization's
])
def test_written_names_near_misses(text: str) -> None:
    assert written_names(text) == {}


def test_records_take_the_written_name() -> None:
    got = _sources("The Magyar Nemzeti Bank said 35% of firms plan price rises. Banco de "
                   "México put growth at 2%.")
    assert got["35%"] == "Magyar Nemzeti Bank"
    assert got["2%"] == "Banco de México"


@pytest.mark.parametrize(("text", "figure", "source"), [
    # a multi-country survey names each country's fieldwork firm after "In <country>"
    ("The Afrobarometer found that 38% of Zambians trust the police. In Zambia the fieldwork "
     "was done in May 2024 by Nova Market Research, a Lusaka firm. Some 1,200 people were "
     "interviewed.", "1,200 people", "Afrobarometer"),
    ("The Latinobarómetro found that 44% of Chileans back the reform. In Chile, fieldwork was "
     "carried out by Nexo Polling. Some 1,000 adults took part.", "1,000 adults",
     "Latinobarómetro"),
])
def test_a_country_s_fieldwork_firm_leaves_the_survey_its_name(
        text: str, figure: str, source: str) -> None:
    recs = {r["text"]: r for r in extract(text).records() if r["type"] == "statistic"}
    assert recs[figure]["source"] == source
