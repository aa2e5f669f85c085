"""A person's name is no place of a breakdown: each word of lexicon.txt [person_titles] makes
the name after it a person's, each word of [name_openers] leaves the name after it a place."""

from __future__ import annotations

import pytest

from pollstats._data import words
from pollstats.group_places import _person

TITLES = words("lexicon.txt", "person_titles")
OPENERS = words("lexicon.txt", "name_openers")


@pytest.mark.parametrize("title", TITLES)
def test_a_name_after_a_title_is_a_person(title: str) -> None:
    text = f"The race tightened. {title.capitalize()} Ngata gained, with 41% backing."
    assert _person(text, "Ngata", text.index("41%"))
    text = f"The race tightened as {title} Ngata gained, with 41% backing."
    assert _person(text, "Ngata", text.index("41%"))


@pytest.mark.parametrize("opener", OPENERS)
def test_a_name_after_an_opener_is_no_person(opener: str) -> None:
    text = f"Polls differ. {opener.capitalize()} Ngata support is 41%, the regional data show."
    assert not _person(text, "Ngata", text.index("41%"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polls put José Antonio Kast ahead; in the south Kast has 27%.", "Kast"),
        ("Iván Cepeda leads; in Bogotá Cepeda has 30%.", "Cepeda"),
        ("Premier Chris Minns trails; Minns has 44% in the west.", "Minns"),
        ("Fianna Fáil's Micheál Martin is ahead; Martin has 31% in Munster.", "Martin"),
        ("Thandi Nkosi of the ANC leads, and Nkosi has 52% in Limpopo.", "Nkosi"),
    ],
)
def test_a_name_after_a_given_name_is_a_person(text: str, name: str) -> None:
    assert _person(text, name, text.rindex(name) + len(name) + 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In South Australia support is 60%, the poll found.", "Australia"),
        ("The Inland Empire is at 45 percent.", "Inland Empire"),
        ("Support in the Rift Valley is 61%.", "Rift Valley"),
        ("By region, New Brunswick sits at 38 per cent.", "Brunswick"),
        ("Among voters in Greater Manchester, 41% agree.", "Manchester"),
        ("Voters in Harris County gave 51 percent.", "Harris County"),
    ],
)
def test_a_place_is_no_person(text: str, name: str) -> None:
    assert not _person(text, name, text.index(name) + len(name) + 1)
