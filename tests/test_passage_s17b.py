"""Session 17b (src19): a pollster read only with its survey noun ("A Kestrel survey for
...") and then repeated bare in later paragraphs is the story's subject, not a one-paragraph
digression: the figures of the paragraphs after it stay with it."""
from __future__ import annotations

import pytest

import pollstats
from pollstats.sources import _recurs

_STORIES = [
    # Canada: the central bank first, then a pollster the library does not know by name
    ("Canadian inflation cools to 2.1% but renters see little relief, poll shows\n\n"
     "OTTAWA, June 10 — Consumer prices rose 2.1% in May from a year earlier, Statistics "
     "Canada said on Tuesday.\n\n"
     "The Bank of Canada expects inflation at 2.0% by year end. The bank's own business "
     "outlook survey, carried out in the first quarter, showed firms expecting prices to rise "
     "2.8%.\n\n"
     "Renters, though, are cautious. A Quorvex survey for CityNews, conducted between May 12 "
     "and 20 among 1,500 adults, found that 58% say they are no better off.\n\n"
     "Roughly one in three respondents (33%) reported skipping restaurant meals.\n\n"
     "The Quorvex poll has a margin of error of 2.6 percentage points.",
     "Quorvex", ("33%", "2.6 percentage points")),
    # India: the same shape with a statistics ministry and a Reserve Bank
    ("India's retail inflation eases to 3.2% but households wary, survey shows\n\n"
     "NEW DELHI, June 12 — Retail inflation eased to 3.2% in May, the statistics ministry "
     "said.\n\n"
     "The Reserve Bank of India expects inflation of 4% this year. Its own survey of firms "
     "in the first quarter showed them expecting costs to rise 5.1%.\n\n"
     "Households remain wary. A Talvora survey for NDTV, conducted in late May among 2,000 "
     "adults, found 61% saying prices were their main worry.\n\n"
     "Nearly half (47%) said they had delayed buying a two-wheeler.\n\n"
     "\"People remember the food spike,\" said Talvora analyst R. Mehta.",
     "Talvora", ("47%",)),
]


@pytest.mark.parametrize(("text", "pollster", "figures"), _STORIES)
def test_repeated_unknown_pollster_keeps_its_passage(
        text: str, pollster: str, figures: tuple[str, ...]) -> None:
    recs = {r["text"]: r for r in pollstats.extract(text, published="2025-06-12").records()}
    for fig in figures:
        assert recs[fig]["source"] == pollster, fig


def test_recurs_whole_word_outside_paragraph() -> None:
    text = "A Quorvex poll found 40%.\n\nQuorvex analyst Ann Lee said so."
    lo, hi = 0, text.find("\n")
    assert _recurs(text, "Quorvex", lo, hi)
    # near misses: only inside its own paragraph, or only as part of a longer word
    assert not _recurs("A Quorvex poll found 40%. Quorvex said so.", "Quorvex", 0, 42)
    assert not _recurs("A Quorvex poll found 40%.\n\nQuorvexia said so.", "Quorvex", 0, 25)
    assert not _recurs("A YG poll.\n\nYG said.", "YG", 0, 10)  # too short to trust


def test_one_paragraph_digression_still_returns() -> None:
    # near miss: a rival poll named once, with no later mention, stays a digression
    text = ("A new Ipsos poll finds 44% of Australians back the plan.\n\n"
            "A Quorvex survey in May had put the figure at 39%.\n\n"
            "Among younger voters, Ipsos found 52% in favour.")
    recs = {r["text"]: r for r in pollstats.extract(text, published="2025-06-12").records()}
    assert recs["39%"]["source"] == "Quorvex"
    assert recs["52%"]["source"] == "Ipsos"


# -- a headline whose poll tells only the clause after a semicolon or dash ---------------------

_OFFICIAL_THEN_POLL = [
    # Hungary-style: semicolon, trailing "..., X poll finds"
    ("Hungarian inflation edges up to 4.6%; most doubt the official figures, Medián poll "
     "finds\n\n"
     "BUDAPEST — Consumer prices rose 4.6 percent in May from a year earlier, the Hungarian "
     "Central Statistical Office (KSH) reported.\n\n"
     "Food prices rose 6.1% year on year while services were up 7.4%, KSH said.\n\n"
     "Six in 10 Hungarians (61%) say they distrust the data, according to a Medián poll.",
     ("6.1%", "7.4%"), "Hungarian Central Statistical Office"),
    # Australia-style: a dash, trailing "..., Roy Morgan survey shows"
    ("Jobless rate steady at 4.1% — most fear for their jobs, Roy Morgan survey shows\n\n"
     "SYDNEY — Joblessness was unchanged at 4.1 per cent in May, figures from the Australian "
     "Bureau of Statistics showed.\n\n"
     "Underemployment eased to 5.9 per cent, while the participation rate was 66.8 per "
     "cent.\n\n"
     "In a Roy Morgan survey of 1,500 workers, 57 per cent said they feared for their jobs.",
     ("5.9 per cent", "66.8 per cent"), "Australian Bureau of Statistics"),
]


@pytest.mark.parametrize(("text", "figures", "body"), _OFFICIAL_THEN_POLL)
def test_official_paragraphs_keep_their_body(
        text: str, figures: tuple[str, ...], body: str) -> None:
    recs = {r["text"]: r for r in pollstats.extract(text, published="2025-06-12").records()}
    for fig in figures:
        assert recs[fig]["source"] == body, fig


# -- a month written without its year beside one written with it ------------------------------

def test_yearless_month_is_the_release_month() -> None:
    text = ("Thai inflation eases to 1.1% in May; Suan Dusit sees more households in debt\n\n"
            "BANGKOK — Headline inflation slowed to 1.1 percent in May from 1.4 percent in "
            "April, the Commerce Ministry reported, well below the 3.9 percent recorded in "
            "May 2024.\n\n"
            "Food inflation eased to 2.0 percent, while fuel prices fell 6.2 percent.")
    recs = {r["text"]: r for r in pollstats.extract(text, published="2025-06-10").records()}
    assert recs["3.9 percent"]["period"] == "2024-05"
    assert recs["2.0 percent"]["period"] == "2025-05"
    assert recs["6.2 percent"]["period"] == "2025-05"


def test_year_written_alone_still_states_the_year() -> None:
    # near miss: no yearless month in the sentence, the latest stated year still wins
    text = ("Diabetes rose from 11.3% in 2021 to 13.6% in 2024, according to data released by "
            "the Ministry of Health.\n\n"
            "Among children it was 9.8%.")
    recs = {r["text"]: r for r in pollstats.extract(text, published="2025-06-10").records()}
    assert recs["13.6%"]["period"] == "2024"
