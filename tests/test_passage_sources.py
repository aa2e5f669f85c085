"""A newly named organization in a later paragraph takes over from the pollster before it
(issue #13, sources). Sentences written for these tests."""

import pytest

from pollstats import extract

_BEFORE = ("A poll by GfK of 2,000 adults between 30 October and 12 November found confidence "
           "fell to 21pc.\n\n")


@pytest.mark.parametrize(("paragraph", "name"), [
    ("Figures from the Harlow-Vantage footfall monitor showed visits fell 3.4pc.",
     "Harlow-Vantage"),
    ("The CBI's monthly distributive trades survey, based on 91 retailers, showed 44pc of "
     "them cut prices.", "CBI"),
    ("Quillsoft, whose data track card payments, said spending grew 1.4pc in May.",
     "Quillsoft"),
    ("More than half of retailers (57pc) told the CBI they expected sales to fall.", "CBI"),
])
def test_a_new_source_takes_over_from_the_pollster_before(paragraph: str, name: str) -> None:
    stats = list(extract(_BEFORE + paragraph))
    assert stats[0].source is not None and stats[0].source.value == "GfK"
    later = [s for s in stats if s.start > len(_BEFORE)]
    assert later and all(s.source is not None and s.source.value == name for s in later)


@pytest.mark.parametrize("paragraph", [
    "Some 31pc of voters told The Times they would switch.",
    "Sarah Okafor's annual report found 31pc of staff were unhappy.",
])
def test_a_newspaper_or_a_person_takes_nothing_over(paragraph: str) -> None:
    stats = list(extract(_BEFORE + paragraph))
    assert all(s.source is None or s.source.value == "GfK" for s in stats)
