"""Every line of the word tables in pollstats/data/lexicon.txt does what its section says."""

from __future__ import annotations

import pytest

import pollstats
from pollstats._data import table, words

QUALIFIERS = table("lexicon.txt")["qualifier"]


@pytest.mark.parametrize(("phrase", "code"), QUALIFIERS, ids=[p for p, _ in QUALIFIERS])
def test_each_qualifier_phrase(phrase: str, code: str) -> None:
    stats = pollstats.extract(f"The poll found {phrase} 40% of voters agreed.").statistics
    assert [(s.text, s.qualifier) for s in stats] == [("40%", code)]


UP = words("lexicon.txt", "change_verb_up")
DOWN = words("lexicon.txt", "change_verb_down")
LEAD = {"lead", "leads", "led", "leading", "ahead"}  # "leads 48% to 44%" is two shares
#: "trails by 5 points" is a gap between two sides, positive like a lead (corpus README)
TRAIL = {"trails", "trailed", "trailing"}


@pytest.mark.parametrize("verb", [v for v in UP + DOWN if v not in LEAD])
def test_each_change_verb(verb: str) -> None:
    stats = pollstats.extract(f"In the poll, support {verb} by 5 percent.").statistics
    sign = 1.0 if verb in UP or verb in TRAIL else -1.0
    assert [(s.kind, s.low) for s in stats] == [("change", sign * 5.0)]


@pytest.mark.parametrize(
    "noun", words("lexicon.txt", "change_noun_up") + words("lexicon.txt", "change_noun_down")
)
def test_each_change_noun(noun: str) -> None:
    stats = pollstats.extract(f"The poll showed an 18 percent {noun} overall.").statistics
    sign = 1.0 if noun in words("lexicon.txt", "change_noun_up") else -1.0
    assert [(s.kind, s.low) for s in stats] == [("change", sign * 18.0)]


@pytest.mark.parametrize("noun", words("lexicon.txt", "respondent_nouns"))
def test_each_respondent_noun_makes_a_sample(noun: str) -> None:
    stats = pollstats.extract(f"In all, 1,204 {noun} took part.").statistics
    assert [(s.kind, s.low) for s in stats] == [("sample_size", 1204.0)]


@pytest.mark.parametrize("noun", words("lexicon.txt", "sample_nouns"))
def test_each_sample_noun_needs_a_survey_cue(noun: str) -> None:
    cued = pollstats.extract(f"The poll of 1,204 {noun} ran online.").statistics
    assert [(s.kind, s.low) for s in cued] == [("sample_size", 1204.0)]
    assert pollstats.extract(f"The floods displaced 1,204 {noun}.").statistics == ()


@pytest.mark.parametrize("verb", words("lexicon.txt", "not_sample_verbs"))
def test_each_not_sample_verb_stops_a_survey_sentence_sample(verb: str) -> None:
    stats = pollstats.extract(f"The survey notes 1,204 people {verb} there.").statistics
    assert stats == ()
    cued = pollstats.extract("The survey notes 1,204 people there.").statistics
    assert [(s.kind, s.low) for s in cued] == [("sample_size", 1204.0)]


@pytest.mark.parametrize("cue", words("lexicon.txt", "index_cues"))
def test_each_index_cue_makes_bare_points_index_points(cue: str) -> None:
    assert pollstats.extract(f"On Friday the {cue} rose 71.3 points by noon.").statistics == ()
    # a poll word in the sentence keeps them percentage points
    stats = pollstats.extract(f"On Friday the {cue} rose 3 points in the poll.").statistics
    assert [(s.kind, s.low, s.unit) for s in stats] == [("change", 3.0, "percentage_point")]


_GFK_LEAD = ("Household morale improved in May, according to the monthly consumer confidence "
             "survey. ")


@pytest.mark.parametrize("cue", words("lexicon.txt", "survey_index_cues"))
def test_each_survey_index_cue_makes_index_points_percentage_points(cue: str) -> None:
    text = f"The {cue} figures were out on Friday. Then the headline gauge rose 4 points to -17."
    stats = pollstats.extract(text).statistics
    assert ("change", 4.0, "percentage_point") in [(s.kind, s.low, s.unit) for s in stats]
    # without the survey's words before it, a generic index's points are index points
    bare = pollstats.extract("The figures were out on Friday. Then the headline gauge rose "
                             "4 points to -17.").statistics
    assert "4 points" not in [s.text for s in bare]
    # a level index (no sign: not a net balance) keeps index points
    level = pollstats.extract(f"The {cue} figures were out on Friday. Then the headline gauge "
                              "rose 4 points to 71.5.").statistics
    assert "4 points" not in [s.text for s in level]


@pytest.mark.parametrize("cue", words("lexicon.txt", "market_cues"))
def test_each_market_cue_keeps_points_index_points_near_a_survey(cue: str) -> None:
    text = _GFK_LEAD + f"Later the {cue} rose 71.3 points to -12 by noon."
    assert "71.3 points" not in [s.text for s in pollstats.extract(text).statistics]
    # a survey's index, and no market word near: its points are percentage points
    text = _GFK_LEAD + "Later the index rose 3 points to -12."
    stats = pollstats.extract(text).statistics
    assert ("change", 3.0, "percentage_point") in [(s.kind, s.low, s.unit) for s in stats]


def test_survey_index_points_reach_is_bounded() -> None:
    far = _GFK_LEAD + "Other news followed. " * 100 + "Then the index rose 3 points to -12."
    assert "3 points" not in [s.text for s in pollstats.extract(far).statistics]


@pytest.mark.parametrize("unit", words("lexicon.txt", "measure_units"))
def test_each_measure_unit_makes_a_slash_fraction_an_amount(unit: str) -> None:
    # no share ("1/8 of a percentage point" is a change of 0.125 points, not 12.5%)
    assert all(s.kind != "share" for s in pollstats.extract(f"Mix in 1/8 of a {unit} first."))
    stats = pollstats.extract(f"Mix in 1/8 of the {unit}s' owners first.").statistics
    assert [(s.text, s.low) for s in stats] == [("1/8", 12.5)]


@pytest.mark.parametrize("noun", words("lexicon.txt", "numbered_nouns"))
def test_each_numbered_noun_is_not_a_party_carrying_a_unit(noun: str) -> None:
    stats = pollstats.extract(f"Support is 40%, with {noun.capitalize()} 8 as well.").statistics
    assert [s.text for s in stats] == ["40%"]
    named = pollstats.extract("Support is 40%, with Labour 8 as well.").statistics
    assert [s.text for s in named] == ["40%", "8"]


@pytest.mark.parametrize("noun", words("lexicon.txt", "not_people_nouns"))
def test_each_not_people_noun(noun: str) -> None:
    # a count of time or tries is no share of people; the same words with people are
    stats = pollstats.extract(f"It happens one in five {noun}, the poll found.").statistics
    assert [s.kind for s in stats] == []
    people = pollstats.extract("One in five voters agreed, the poll found.").statistics
    assert [s.kind for s in people] == ["share"]
