"""Groups of crosstab lists and comparisons read over a whole text: a list broken down by
party (its party labels are supporters, not a vote-intention list), place and age labels of
a list, a comparison's sides with their figures in apposition and the gap between them."""

from __future__ import annotations

import pytest

import pollstats


def _groups(text: str) -> dict[str, str | None]:
    return {st.text: (st.subgroup.value if st.subgroup is not None else None)
            for st in pollstats.extract(text).statistics}


@pytest.mark.parametrize(("text", "figure", "group"), [
    ("Backing for the new levy, by party preference:\n\n• CDU/CSU: 66%\n• SPD: 52%\n"
     "• AfD: 31%\n", "52%", "SPD supporters"),
    ("Support for a wealth tax by party:\n- Labour: 71%\n- Conservative: 38%\n- Reform UK: 44%",
     "38%", "Conservative supporters"),
    ("Among supporters of each party:\n• Liberal: 64 per cent\n• Conservative: 29 per cent\n"
     "• NDP: 70 per cent", "70 per cent", "NDP supporters"),
    ("Approval of the treaty, by voting intention:\n• Labor: 61%\n• Coalition: 33%\n"
     "• Greens: 72%", "72%", "Greens supporters"),
    ("Trust in the courts by political orientation:\n• Progressives: 71%\n• Conservatives: 35%",
     "35%", "Conservatives"),
])
def test_a_party_label_under_a_party_breakdown_is_its_supporters(
        text: str, figure: str, group: str) -> None:
    assert _groups(text)[figure] == group


@pytest.mark.parametrize("text", [
    "Voting intention:\n• Labour: 38%\n• Reform: 29%\n• Conservative: 17%",
    "The latest Newspoll, primary votes:\n- Labor: 34%\n- Coalition: 31%\n- Greens: 12%",
    "Seat projection by region:\n\nVoting intention:\n• SPD: 16%\n• AfD: 24%",
])
def test_a_vote_intention_list_stays_the_measure(text: str) -> None:
    assert not any(_groups(text).values())


@pytest.mark.parametrize(("text", "figure", "group"), [
    ("Trust in parliament, selected countries:\n• Sierra Leone: 58%\n• Ghana: 49%", "58%",
     "Sierra Leone"),
    ("Support, by province:\n• Ontario: 64%\n• B.C.: 62%\n• Alberta: 42%", "62%", "B.C."),
    ("The regional split:\n- North and Centre-West: 27%\n- South: 20%", "27%",
     "North and Centre-West"),
    ("By age:\n- 60s: 58%\n- 70 and older: 51%", "51%", "70 and older"),
])
def test_a_list_label_of_places_or_ages(text: str, figure: str, group: str) -> None:
    assert _groups(text)[figure] == group


@pytest.mark.parametrize(("text", "figure", "group"), [
    ("Tenants, at 41%, were twice as likely as owners, at 20%, to skip a bill.", "20%",
     "owners"),
    ("Tenants, at 41%, were twice as likely as owners, at 20%, to skip a bill.", "twice",
     "Tenants"),
    ("Women were more likely than men to trust nurses, 81% to 70%, an 11-point gap.",
     "11-point", "Women vs men"),
    ("The divide is wide: graduates are more likely than non-graduates to back rejoining the "
     "EU (64% v 41%), a gap of 23 points.", "23 points", "graduates vs non-graduates"),
    ("Young Indians remain more hopeful than their parents' generation (72% vs 58%).", "72%",
     "Young Indians"),
])
def test_a_comparison_gives_each_side_and_the_gap(text: str, figure: str, group: str) -> None:
    assert _groups(text)[figure] == group


def test_a_second_side_alone_at_a_figure_is_the_subjects() -> None:
    # ", at 64%" after "than men" with no figure of the first side is the subject's figure
    assert _groups("Women were keener than men, at 64%.")["64%"] != "men"


@pytest.mark.parametrize(("text", "figure", "group"), [
    # a verb right after the group's age or amount ends it
    ("Some 28% of those under 25 skipped a meal last month.", "28%", "those under 25"),
    ("In 2024, 36 per cent of those aged 18 to 24 lived with their parents.", "36 per cent",
     "those aged 18 to 24"),
    ("Just 31% of households with incomes under $40,000 went without heating.", "31%",
     "households with incomes under $40,000"),
    ("About 40% of those 65 and older live alone.", "40%", "those 65 and older"),
    # a group ends before the next figure of its sentence
    ("It is 52% for those earning under $40,000 and to 28% for those at $90,000 or more.",
     "28%", "those at $90,000 or more"),
    ("For families with incomes below R5,000 the figure is 61%.", "61%",
     "families with incomes below R5,000"),
])
def test_a_group_ends_where_its_clause_goes_on(text: str, figure: str, group: str) -> None:
    assert _groups(text)[figure] == group


@pytest.mark.parametrize(("text", "figure", "group"), [
    ("Some 28% of those under 25 skipped a meal. Five years earlier, it was 19 per cent.",
     "19 per cent", "those under 25"),
    ("Just 41% of farmers expect a profit this season. A year ago the figure was 55%.", "55%",
     "farmers"),
    ("Among tenants, 62% and 48% named rent and food. In 2021 those shares were 51% and 40%, "
     "respectively.", "40%", "tenants"),
])
def test_an_earlier_value_pointed_back_to_keeps_the_group(
        text: str, figure: str, group: str) -> None:
    assert _groups(text)[figure] == group


def test_an_earlier_value_after_figures_of_several_groups_takes_none() -> None:
    text = "Overall, 50% agree, and 60% of women. A year ago the figure was 45%."
    assert _groups(text)["45%"] is None


def test_the_people_of_one_country_of_a_many_country_survey() -> None:
    text = ("The Pew survey of 25 countries asked adults about their economies. The share of "
            "Ghanaians rating the economy as good fell from 41% to 30%; Turks, at 18%, "
            "were the gloomiest.")
    got = _groups(text)
    assert got["41%"] == "Ghanaians" and got["18%"] == "Turks"


@pytest.mark.parametrize(("text", "figure", "group"), [
    ("Labor voters (71%) back the plan. Women and men are almost level, at 53% and 51% "
     "respectively.", "51%", "men"),
    ("Pensioners and students were far apart, at 62% and 28% respectively.", "62%",
     "Pensioners"),
])
def test_a_subject_of_two_groups_takes_its_respective_figures(
        text: str, figure: str, group: str) -> None:
    assert _groups(text)[figure] == group
