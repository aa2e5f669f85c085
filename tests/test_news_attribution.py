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
