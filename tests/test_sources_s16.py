"""Who measured it (issue 13 item 6, session 16): official statistics beside polls. A body
named with its country ("Foodbank Australia") or fielded by telephone ("a Kestrel telephone
survey") is a survey's owner; an official body goes by the name the text writes; "the bureau"
and "the central bank" refer back past other names; central banks of many countries are
known. Sentences written for these tests, in several national styles."""

from __future__ import annotations

import pytest

from pollstats import extract
from pollstats._data import words
from pollstats.sources import find_sources, official_bodies, pollsters


def _sources(text: str) -> dict[str, str | None]:
    """``{figure text: source}`` (figure texts are unique in these tests)."""
    return {s.text: (s.source.value if s.source is not None else None) for s in extract(text)}


# -- a name ending in a country is a national body, not a person ---------------------------

@pytest.mark.parametrize(("text", "owner"), [
    ("Households are struggling. Harbourfood Australia's Hunger Report, based on a survey of "
     "3,100 adults, found 34 per cent had skipped meals.", "Harbourfood Australia"),
    ("Kestrelcare India's annual wellbeing study found 41 per cent of nurses work unpaid "
     "overtime.", "Kestrelcare India"),
    ("Tasmanaid Kenya's household survey found 58 per cent of families borrowed for food.",
     "Tasmanaid Kenya"),
    ("Marlowhelp Canada's Food Bank Report found 26% of users were employed.",
     "Marlowhelp Canada"),
])
def test_a_body_named_with_its_country_owns_its_report(text: str, owner: str) -> None:
    assert owner in set(_sources(text).values()), _sources(text)


@pytest.mark.parametrize("text", [
    "Michael Jordan's report found 31% of fans agree.",
    "Sarah Okafor's annual report found 31pc of staff were unhappy.",
    "Kenya's survey of households found 58 per cent borrowed for food.",
])
def test_a_person_or_a_country_owns_no_report(text: str) -> None:
    assert set(_sources(text).values()) == {None}, _sources(text)


# -- how a poll was fielded, between its owner and the survey noun --------------------------

@pytest.mark.parametrize(("text", "owner"), [
    ("Inflation eased to 22 per cent, the statistics bureau said.\n\nA Lagospulse telephone "
     "survey of 1,000 adults found 74 per cent said life had got harder.", "Lagospulse"),
    ("An Opinara online poll of 2,050 Britons found 41% back the levy.", "Opinara"),
    ("A Kestrelvox face-to-face survey in March found 38 per cent trust parliament.",
     "Kestrelvox"),
])
def test_a_pollster_named_before_how_its_survey_was_fielded(text: str, owner: str) -> None:
    assert owner in set(_sources(text).values()), _sources(text)


@pytest.mark.parametrize("text", [
    "A new telephone survey found 40% agree.",
    "An online poll found 52% back the plan.",
])
def test_a_mode_alone_names_no_pollster(text: str) -> None:
    assert set(_sources(text).values()) == {None}, _sources(text)


# -- an official body goes by the name the text writes ------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    # the table's own name written by itself wins over a description; a record gives it
    # with the full name the text introduces it by (session 17: the text's written form)
    ("Prices rose 2.2 percent, the Federal Statistical Office (Destatis) said. Destatis "
     "said wages rose 5.1 percent.", "Federal Statistical Office (Destatis)"),
    # a description with the table's name only in brackets: the description
    ("Beer sales fell 6.3 percent last year, the Federal Statistical Office (Destatis) says.",
     "Federal Statistical Office"),
    # a short name the text writes alone
    ("Unemployment was 32.1%, Stats SA said on Tuesday.", "Stats SA"),
    # the spelled-out name beats an abbreviation or a contraction
    ("Inflation was 3.4 per cent, the Office for National Statistics said. The ONS said "
     "wages rose 5 per cent.", "Office for National Statistics"),
    ("Unemployment rose to 6.8%, Statistics Canada said. StatCan said youth jobless rates "
     "hit 14.2%.", "Statistics Canada"),
    ("The RBA held the cash rate at 3.85 per cent.", "Reserve Bank of Australia"),
])
def test_an_official_body_goes_by_the_name_the_text_writes(text: str, name: str) -> None:
    assert set(_sources(text).values()) == {name}, _sources(text)


# -- "the bureau", "the central bank", "the statistics office" ----------------------------

@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("Annual inflation was 3.4 per cent in May, the Uganda Bureau of Statistics said, inside "
     "the Bank of Uganda's 5 per cent target.\n\nThe bureau's labour survey put joblessness "
     "at 12.3 per cent.", "12.3 per cent", "Uganda Bureau of Statistics"),
    ("Prices rose 2.9 per cent, Statistics Poland said, and the National Bank of Poland "
     "kept its rate at 5.75 per cent.\n\nThe statistics office's wage data showed a 9.1 per "
     "cent rise.", "9.1 per cent", "Statistics Poland"),
    ("Inflation was 4.1 per cent, Bank Indonesia said. Statistics Indonesia put "
     "unemployment at 4.8 per cent.\n\nThe central bank's consumer survey found 61 per cent "
     "expected higher prices.", "61 per cent", "Bank Indonesia"),
])
def test_a_kind_of_body_refers_back_past_other_names(text: str, figure: str,
                                                       owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


# -- central banks ------------------------------------------------------------------------

@pytest.mark.parametrize("bank", [
    "Central Bank of Kenya", "Bank of Ghana", "Bank of Uganda", "Bank of Tanzania",
    "Central Bank of Egypt", "Central Bank of the Republic of Turkey", "Bank of Israel",
    "Bank of Russia", "People's Bank of China", "Bank Indonesia", "Bank Negara Malaysia",
    "Bank of Thailand", "State Bank of Pakistan", "Central Bank of Chile",
    "Central Bank of Argentina", "Banco de la República", "Central Reserve Bank of Peru",
    "Bank of Spain", "Bank of Italy", "De Nederlandsche Bank", "National Bank of Poland",
    "Czech National Bank", "Hungarian National Bank", "Danmarks Nationalbank",
    "National Bank of Ukraine",
])
def test_a_central_bank_is_an_official_body_of_the_table(bank: str) -> None:
    assert pollsters()[bank] == bank and bank in official_bodies()
    (m,) = find_sources(f"The {bank} kept its policy rate at 9.75 per cent.")
    assert m.name == bank


@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("The Kenya National Bureau of Statistics put inflation at 4.1 per cent, comfortably inside "
     "the Central Bank of Kenya's target band of 2.5 to 7.5 per cent.", "2.5 to 7.5 per cent",
     "Central Bank of Kenya"),
    ("Prices rose 4.4 per cent, TurkStat said, far above the Central Bank of the Republic of "
     "Turkey's 5 per cent target.", "5 per cent", "Central Bank of the Republic of Turkey"),
])
def test_a_target_is_the_bank_s_that_sets_it(text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


# -- a title each country's statistics office runs ----------------------------------------

@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("Prices rose 2.2 percent, Destatis said. The at-risk-of-poverty rate, measured in the "
     "EU-SILC survey, was 15.1 percent.", "15.1 percent", "Destatis"),
    ("The Central Statistics Office said rents rose 6 per cent. Under EU-SILC, 11.7 per cent "
     "of people were at risk of poverty.", "11.7 per cent", "Central Statistics Office"),
    ("Under the EU-SILC, 16.2% of people in Belgium were at risk of poverty.", "16.2%",
     "Eurostat"),
])
def test_eu_silc_is_the_statistics_office_s_the_text_names(text: str, figure: str,
                                                            owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)


# -- a title every statistics office uses ---------------------------------------------------

@pytest.mark.parametrize("title", words("sources.txt", "national_titles"))
def test_a_national_title_is_the_statistics_office_s(title: str) -> None:
    alone = [m.name for m in find_sources(f"The latest {title} showed a rise of 3.1 per cent.")]
    assert alone in ([], [title]), alone
    for office in ("Statistics Canada", "Australian Bureau of Statistics", "Stats SA"):
        text = (f"Prices rose 2.4 per cent, {office} said on Tuesday. The latest {title} "
                "showed a rise of 3.1 per cent.")
        assert _sources(text)["3.1 per cent"] == office, _sources(text)


@pytest.mark.parametrize("text", [
    "Social data show the strain: the poverty rate was 15.5 percent.",
    "Housing figures show prices up 4.1 per cent on the year.",
    "Wage data showed pay rising 3.9% in the quarter.",
])
def test_a_topic_word_starting_a_sentence_is_no_source(text: str) -> None:
    assert find_sources(text) == [], find_sources(text)


# -- "the Reserve Bank", "the Central Bank": the story's country's ---------------------------

@pytest.mark.parametrize(("text", "bank"), [
    ("SYDNEY — Annual inflation hit 3.3 per cent, over the Reserve Bank's 2 to 3 per cent "
     "target band, Australians were told.", "Reserve Bank of Australia"),
    ("WELLINGTON — New Zealand's inflation eased to 2.2 per cent, inside the Reserve Bank's "
     "1 to 3 per cent target.", "Reserve Bank of New Zealand"),
    ("MUMBAI — India's retail inflation slowed to 3.2 per cent, below the Reserve Bank's 4 "
     "per cent target.", "Reserve Bank of India"),
    ("DUBLIN — Irish mortgage arrears fell, and the Central Bank's 3.5 per cent stress test "
     "rate held.", "Central Bank of Ireland"),
    ("NAIROBI — Kenya's inflation was 3.8 per cent, inside the Central Bank's target range of "
     "2.5 to 7.5 per cent.", "Central Bank of Kenya"),
])
def test_a_bare_bank_is_the_story_s_country_s(text: str, bank: str) -> None:
    assert [m.name for m in find_sources(text) if "Bank" in m.text] == [bank]


@pytest.mark.parametrize("text", [
    "Inflation hit 3.3 per cent, over the Reserve Bank's 2 to 3 per cent target.",
    "Australia and India both missed the Reserve Bank's 2 per cent target last year.",
    "The Federal Reserve Bank of Dallas said 41% of firms raised prices.",
    "The South African Reserve Bank kept rates at 7.25 per cent; South Africans agreed.",
])
def test_a_bare_bank_without_one_country_is_no_other_bank(text: str) -> None:
    names = [m.name for m in find_sources(text)]
    assert not any(n in names for n in ("Reserve Bank of Australia", "Reserve Bank of India")), names


@pytest.mark.parametrize(("text", "name"), [
    ("A NOIPolls telephone survey of 1,200 Nigerians found 63 per cent had cut meals.",
     "NOIPolls"),
    ("A NOI Polls telephone survey of 1,200 Nigerians found 63 per cent had cut meals.",
     "NOI Polls"),
])
def test_a_name_written_solid_keeps_the_text_s_spelling(text: str, name: str) -> None:
    assert set(_sources(text).values()) == {name}, _sources(text)


@pytest.mark.parametrize(("text", "published"), [
    ("Prices rose 2.2 percent in May, Destatis said. The poverty rate, measured in the "
     "EU-SILC survey, was 15.1 percent in 2024. For single parents it was 27 percent.",
     "2025-06-02"),
    ("Inflation was 4.1 per cent in May, the Central Statistics Office said. The risk of "
     "poverty, measured by EU-SILC, was 11.7 per cent in 2024. For renters it was 27 percent.",
     "2025-06-10"),
])
def test_another_programme_of_the_body_is_dated_by_its_own_words(text: str,
                                                                 published: str) -> None:
    recs = {r["text"] if "text" in r else text[r["start"]:r["end"]]: r
            for r in extract(text, published=published).records()
            if r.get("type") == "statistic"}
    assert recs["27 percent"]["period"] == "2024", recs["27 percent"]


@pytest.mark.parametrize(("text", "figure", "owner"), [
    # the lead introduces the statistics office and the poll together: the office's figures
    # after it are the office's, not the headline's pollster's
    ("Prices ease, moods sour — NOIPolls\n\nFresh figures from the Uganda Bureau of "
     "Statistics and a new survey by NOIPolls show the strain.\n\nIn its report for May, "
     "released on Monday, headline inflation eased to 3.4 per cent.", "3.4 per cent",
     "Uganda Bureau of Statistics"),
    # a programme published by the body the story is about stays that body's
    ("Smoking falls again, CDC survey finds\n\nSmoking fell to a record low, according to "
     "estimates from the National Health Interview Survey published on Tuesday by the "
     "Centers for Disease Control and Prevention.\n\nThe share who smoke was 10.1% in 2024.",
     "10.1%", "Centers for Disease Control and Prevention"),
])
def test_a_lead_that_names_two_sources(text: str, figure: str, owner: str) -> None:
    assert _sources(text)[figure] == owner, _sources(text)
