"""Group keys (pollstats.grouping): example tables, every entry of data/groups.txt, and a
round trip: one group rendered in many surface forms always gives the same key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as stt

import pollstats
from pollstats._data import table, words
from pollstats.grouping import DIMENSIONS, group_key

# (words, key): synonyms meet; the key's dimensions come in the documented order
EXAMPLES = [
    ("GOP voters", "party=Republican"),
    ("Republican voters", "party=Republican"),
    ("Republicans", "party=Republican"),
    ("18-to-24-year-olds", "age=18-24"),
    ("those aged 18–24", "age=18-24"),
    ("18- to 24-year-olds", "age=18-24"),
    ("adults between 18 and 24", "age=18-24"),
    ("Tories", "party=Conservative"),
    ("Conservative voters", "party=Conservative"),
    ("over-65s", "age=65+"),
    ("aged 65 and over", "age=65+"),
    ("65+", "age=65+"),
    ("pensioners aged 65 or older", "age=65+"),
    ("Under-35s", "age=<35"),
    ("voters under 35", "age=<35"),
    ("those 34 and under", "age=<35"),
    ("people in their 30s", "age=30-39"),
    ("women", "gender=female"),
    ("female respondents", "gender=female"),
    ("men aged 50 and older", "age=50+; gender=male"),
    ("Black women under 30", "age=<30; gender=female; race=Black"),
    ("liberals", "ideology=liberal"),
    ("Liberal supporters", "party=Liberal"),
    ("Labour supporters", "party=Labour"),
    ("supporters of the Green Party", "party=Green"),
    ("Leave voters", "vote=Leave"),
    ("those who voted Leave", "vote=Leave"),
    ("people who voted Labour in 2019", "vote=Labour"),
    ("college graduates", "education=college graduate"),
    ("those with a university degree", "education=college graduate"),
    ("adults without a college degree", "education=no college degree"),
    ("Hispanic adults", "race=Hispanic"),
    ("Latino voters", "race=Hispanic"),
    ("white evangelical Protestants", "race=white; religion=evangelical"),
    ("Catholics", "religion=Catholic"),
    ("low-income households", "income=low"),
    ("households earning under $40,000", "income=<$40000"),
    ("those earning £20k to £30k", "income=£20000-£30000"),
    ("retirees", "employment=retired"),
    ("renters", "housing=renter"),
    ("people who rent their homes", "housing=renter"),
    ("mothers", "gender=female; family=parent"),
    ("parents of young children", "family=parent of young children"),
    ("voters in the Midwest", "region=Midwest"),
    ("chief financial officers", "employment=CFO"),
    ("finance chiefs", "employment=CFO"),
    ("CFOs", "employment=CFO"),
    ("chief executives", "employment=executive"),
    ("CEOs", "employment=executive"),
    ("manufacturers", "sector=manufacturing"),
    ("industrial manufacturers", "sector=manufacturing"),
    ("retailers", "sector=retail"),
    ("SMEs", "sector=small firms"),
    ("small and medium-sized enterprises", "sector=small firms"),
    ("financial services CFOs", "employment=CFO; sector=financial services"),
    ("European finance chiefs", "employment=CFO; region=Europe"),
    ("MPs", "other=mps"),
    ("NGOs", "other=ngos"),
    ("young people in rural areas", "age=young; region=rural"),
    ("Rift Valley", "region=Rift Valley"),
    ("Madison and Dane County", "region=Madison and Dane County"),
    ("Chile", "country=Chile"),
    ("the Netherlands", "country=Netherlands"),
    ("Brazilian voters", "country=Brazil"),
    ("Black Americans", "race=Black"),
    ("those who distrust the president", "other=distrust the president"),
    ("cyclists", "other=cyclists"),
    ("liberal Democrats", "party=Democrat; ideology=liberal"),
    ("Liberal Democrats", "party=Liberal Democrat"),
    ("Lib Dem voters", "party=Liberal Democrat"),
    ("people over the age of 65", "age=65+"),
    ("those who backed Remain", "vote=Remain"),
    ("Brexiteers", "vote=Leave"),
    ("those without degrees", "education=no college degree"),
    ("Fine Gael supporters", "party=Fine Gael"),
    ("Scots", "region=Scotland"),
    ("in Hungary", "country=Hungary"),
    ("the rest", None),
    ("those polled", None),
    ("class D", "grade=class D"),
    ("the ABC class", "grade=class ABC"),
    ("the masa or Class E", "grade=class E"),
    ("C2DE voters", "grade=C2DE"),
    ("ABC1s", "grade=ABC1"),
    ("Gen Z adults", "generation=gen z"),
    ("Gen Xers", "generation=gen x"),
    ("Generation X", "generation=gen x"),
    ("the Silent Generation", "generation=silent generation"),
    ("older millennials", "age=older; generation=millennials"),
    ("baby boomer women", "generation=baby boomers; gender=female"),
    ("Nationalists", "designation=nationalist"),
    ("those who are neither unionist nor nationalist", "designation=neither"),
    ("DUP voters", "party=DUP"),
    ("Alliance supporters", "party=Alliance"),
    ("2019 Conservative voters", "vote=Conservative"),
    ("2024 Labour voters", "vote=Labour"),
    ("Labour voters", "party=Labour"),
    ("Poles", "country=Poland"),
    ("Italians", "country=Italy"),
    ("Swedish respondents", "country=Sweden"),
    ("people in their 20s and 30s", "age=20-29/30-39"),
    ("voters of the main opposition Republican People's Party (CHP)", "party=CHP"),
]


@pytest.mark.parametrize(("words_", "key"), EXAMPLES, ids=[w for w, _ in EXAMPLES])
def test_group_key_examples(words_: str, key: str | None) -> None:
    assert group_key(words_) == key


def test_long_or_odd_input_is_no_group() -> None:
    assert group_key("women " * 100) is None
    assert group_key("") is None
    assert group_key("%%% ---") is None


def test_dimension_order_is_the_documented_one() -> None:
    assert DIMENSIONS == ("age", "generation", "gender", "party", "vote", "designation",
                          "ideology", "education", "race", "religion", "income", "grade",
                          "employment", "sector", "housing", "family", "region", "country",
                          "other")


def test_every_section_is_a_dimension() -> None:
    extra = {"dimensions", "ignore", "demonym"}
    assert set(table("groups.txt")) - extra <= set(DIMENSIONS)


def test_records_carry_the_key_beside_the_subgroup() -> None:
    recs = pollstats.extract("Among GOP voters, 81% approve; among women, 44% do.").records()
    assert [(r["subgroup"], r["subgroup_key"]) for r in recs] == [
        ("GOP voters", "party=Republican"), ("women", "gender=female")]
    assert pollstats.extract("Some 41% of adults agree.").records()[0]["subgroup_key"] is None


# -- every entry of data/groups.txt stands for its value ---------------------------------------

_SECTIONS = [(section, entry, value) for section, rows in table("groups.txt").items()
             if section not in ("dimensions", "ignore") for entry, value in rows]


@pytest.mark.parametrize(("section", "entry", "value"), _SECTIONS,
                         ids=[f"{s}:{e}" for s, e, _ in _SECTIONS])
def test_each_entry_gives_its_value(section: str, entry: str, value: str) -> None:
    dim = "country" if section == "demonym" else section
    written = entry[:1].upper() + entry[1:] if section == "party" else entry
    key = group_key(written)
    assert key is not None and f"{dim}={value}" in key.split("; ") + [
        f"{d}={v}" for part in key.split("; ") for d, vs in [part.split("=", 1)]
        for v in vs.split("/")]


@pytest.mark.parametrize("word", words("groups.txt", "ignore"))
def test_each_ignored_word_names_no_group(word: str) -> None:
    assert group_key(word) is None
    assert group_key(f"{word} renters") == "housing=renter"


# -- round trip: a group in many surface forms -> one key ----------------------------------------

_AGES = stt.tuples(stt.integers(16, 60), stt.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1]))
_RANGE_FORMS = ("aged {a} to {b}", "aged {a}-{b}", "aged {a}–{b}", "between {a} and {b}",
                "{a}-to-{b}-year-old", "{a}- to {b}-year-old", "ages {a} to {b}", "{a}-{b}")
_PLUS_FORMS = ("aged {a} and over", "aged {a} and older", "{a}+", "over-{a}", "over {a}",
               "aged {a} or older", "{a} and up", "{a}-plus")
_GENDERS = {"female": ("women", "female"), "male": ("men", "male")}
_PARTIES = {"Republican": ("GOP", "Republican"), "Conservative": ("Tory", "Conservative"),
            "Labour": ("Labour",), "Democrat": ("Democratic",)}


def _age_phrase(form: str, a: int, b: int, gender: str | None, party: str | None) -> str:
    """A group in words: "Tory women aged 18 to 24", "GOP voters 65+", "18-to-24-year-old men"."""
    age = form.format(a=a, b=b)
    who = " ".join(w for w in (party, gender) if w) or "voters"
    if age.endswith("year-old"):
        return f"{age} {who}" if gender else f"{age} {party or ''} voters".replace("  ", " ")
    if form.startswith("over-"):
        return f"{party + ' ' if party else ''}{gender or 'voters'} {age}s".strip()
    return f"{who} {age}" if gender else f"{who} voters {age}".replace("voters voters", "voters")


@given(
    age=stt.one_of(
        stt.tuples(stt.sampled_from(_RANGE_FORMS), _AGES).map(lambda t: (t[0], *t[1], "range")),
        stt.tuples(stt.sampled_from(_PLUS_FORMS), stt.integers(18, 85)).map(
            lambda t: (t[0], t[1], 0, "plus")),
    ),
    gender=stt.sampled_from([None, *_GENDERS]),
    party=stt.sampled_from([None, *_PARTIES]),
    data=stt.data(),
)
def test_round_trip_surface_forms_meet(
    age: tuple[str, int, int, str], gender: str | None, party: str | None,
    data: stt.DataObject,
) -> None:
    form, a, b, shape = age
    g_word = data.draw(stt.sampled_from(_GENDERS[gender])) if gender else None
    p_word = data.draw(stt.sampled_from(_PARTIES[party])) if party else None
    if g_word in ("female", "male"):  # an adjective wants a noun after it
        g_word = f"{g_word} voters"
    phrase = _age_phrase(form, a, b, g_word, p_word)
    expected = {"age": f"{a}-{b}" if shape == "range" else f"{a}+"}
    if gender:
        expected["gender"] = gender
    if party:
        expected["party"] = party
    want = "; ".join(f"{d}={expected[d]}" for d in DIMENSIONS if d in expected)
    assert group_key(phrase) == want, phrase


@given(stt.text(max_size=120))
def test_group_key_never_raises_and_keeps_the_order(words_: str) -> None:
    key = group_key(words_)
    if key is not None:
        dims = [part.split("=", 1)[0] for part in key.split("; ")]
        assert dims == sorted(dims, key=DIMENSIONS.index)
        assert len(set(dims)) == len(dims)
