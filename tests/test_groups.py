"""Group rules (pollstats.groups.GROUP_RULES): every rule's own examples and near misses, in
one generic test whose failure names the rule."""

from __future__ import annotations

import pytest

import pollstats
from pollstats._data import words
from pollstats.group_places import multi_country
from pollstats.groups import (
    GROUP_RULES,
    GroupRule,
    GroupView,
    _place_after,
    _place_opening,
    decide,
)
from pollstats.groupwords import classify, is_population
from pollstats.model import Cue, Statistic


def _figure(sentence: str, figure: str) -> Statistic:
    found = [st for st in pollstats.extract(sentence).statistics if st.text == figure]
    assert found, f"no statistic {figure!r} in {sentence!r}"
    return found[0]


def _view(sentence: str, figure: str) -> GroupView:
    # the example is its own document: its document-level fact is read from it
    return GroupView(sentence, 0, len(sentence), _figure(sentence, figure), survey=True,
                     countries=multi_country(sentence))


EXAMPLES = [(rule, ex) for rule in GROUP_RULES for ex in rule.examples]
NEAR_MISSES = [(rule, nm) for rule in GROUP_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES,
    ids=[f"{rule.name}-{n}" for n, (rule, _) in enumerate(EXAMPLES)],
)
def test_rule_reads_its_examples(rule: GroupRule, example: tuple[str, str, str]) -> None:
    sentence, figure, group = example
    view = _view(sentence, figure)
    proposal = rule.propose(view)
    assert proposal is not None and proposal.subgroup is not None, (
        f"{rule.name} reads no subgroup in {sentence!r}")
    assert proposal.subgroup.value == group, rule.name
    assert sentence[proposal.subgroup.start:proposal.subgroup.end] == proposal.subgroup.text
    decided = decide(view).subgroup
    assert decided is not None and decided.value == group, (
        f"{rule.name}: an earlier rule wins in {sentence!r}")


@pytest.mark.parametrize(
    ("rule", "near_miss"), NEAR_MISSES,
    ids=[f"{rule.name}-{n}" for n, (rule, _) in enumerate(NEAR_MISSES)],
)
def test_rule_passes_over_its_near_misses(rule: GroupRule, near_miss: tuple[str, str]) -> None:
    sentence, figure = near_miss
    proposal = rule.propose(_view(sentence, figure))
    assert proposal is None or proposal.subgroup is None, (
        f"{rule.name} reads {proposal.subgroup.value!r} in {sentence!r}")


def test_every_rule_has_examples_and_a_unique_name() -> None:
    names = [rule.name for rule in GROUP_RULES]
    assert len(set(names)) == len(names)
    assert all(rule.examples and rule.near_misses for rule in GROUP_RULES)


# -- every entry of the group sections of data/lexicon.txt (read by pollstats/groupwords.py and
# pollstats/groups.py) does what its section says ---------------------------------------------

_LEX = "lexicon.txt"


@pytest.mark.parametrize("noun", words(_LEX, "population_nouns"))
def test_each_population_noun_is_the_whole_sample(noun: str) -> None:
    assert is_population(noun)


@pytest.mark.parametrize("word", words(_LEX, "population_modifiers"))
def test_each_population_modifier_keeps_the_whole_sample(word: str) -> None:
    assert is_population(f"{word} voters")
    assert not is_population(f"{word} voters under 30")


@pytest.mark.parametrize("word", words(_LEX, "generic_group_words"))
def test_each_generic_word_names_no_subgroup(word: str) -> None:
    assert classify(Cue(word, 0, len(word), word))[0] is None
    assert classify(Cue(f"{word} cyclists", 0, 0, ""))[0] is not None


@pytest.mark.parametrize("demonym", [d for d in words(_LEX, "demonyms") if " " not in d])
def test_each_demonym_is_a_population(demonym: str) -> None:
    # (two-word demonyms such as "New Zealanders" serve attribution's population reader)
    assert is_population(demonym)
    assert is_population(f"{demonym} surveyed")


@pytest.mark.parametrize("country", words(_LEX, "countries"))
def test_each_country_is_no_breakdown_place(country: str) -> None:
    opening = f"In {country}, the poll found 29% opposed."
    after = f"The poll found 29% in {country} opposed."
    assert _place_opening(_view(opening, "29%")) is None
    assert _place_after(_view(after, "29%")) is None


@pytest.mark.parametrize("noun", words(_LEX, "ranked_nouns"))
def test_each_ranked_noun_is_no_group(noun: str) -> None:
    sentence = f"The premier is second among the {noun}, at 24 per cent."
    assert _figure(sentence, "24 per cent").subgroup is None
    assert _figure("The premier is second among women, at 24 per cent.",
                   "24 per cent").subgroup is not None


@pytest.mark.parametrize("noun", words(_LEX, "place_of_noun"))
def test_each_place_of_noun_keeps_its_place(noun: str) -> None:
    from pollstats.group_places import _place_before

    kept = f"The survey named {noun} in Ontario (31%) among its worries."
    assert _place_before(_view(kept, "31%")) is None
    found = _place_before(_view("The survey found it highest in Ontario (31%).", "31%"))
    assert found is not None and found.subgroup is not None


@pytest.mark.parametrize("word", words(_LEX, "not_place"))
def test_each_not_place_word_stops_a_place(word: str) -> None:
    sentence = f"In {word.capitalize()} Valley, the poll found 29% opposed."
    assert _place_opening(_view(sentence, "29%")) is None
    assert _place_opening(_view("In Kaya Valley, the poll found 29% opposed.", "29%")) is not None


@pytest.mark.parametrize(("wide", "narrow"), [
    *((w, "likely voters") for w in words(_LEX, "voter_samples")),
    *((w, "registered voters") for w in words(_LEX, "adult_samples")),
    *(("adults", w) for w in words(_LEX, "narrow_voters")),
])
def test_each_sample_word_ranks(wide: str, narrow: str) -> None:
    from pollstats.group_narrow import NARROWED_SAMPLE_RULE

    wider = f"The poll of 1,000 {wide} found that among {narrow}, Ruiz has 44%."
    p = NARROWED_SAMPLE_RULE.propose(_view(wider, "44%"))
    assert p is not None and p.subgroup is not None and p.subgroup.value == narrow
    same = f"The poll of 1,000 {narrow} found that among {narrow}, Ruiz has 44%."
    p = NARROWED_SAMPLE_RULE.propose(_view(same, "44%"))
    assert p is None or p.subgroup is None


@pytest.mark.parametrize("head", words(_LEX, "group_heads"))
def test_each_group_head_makes_a_bracketed_phrase_a_group(head: str) -> None:
    sentence = f"Support was highest among some {head} (44%)."
    cues = decide(_view(sentence, "44%"))
    assert cues.measure is None or cues.measure.value != f"some {head}"
    assert (cues.subgroup or cues.population) is not None


# -- what is no group: clause fragments and a party's vote share (decide's one guard) ---------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as hst  # noqa: E402

from pollstats.groupwords import is_fragment, trim_fragment  # noqa: E402

_VOCAB = (
    "among of with for in voters women men those who said they and but it them is was "
    "Labour Conservatives the on at renters aged 18 to 34 , ( ) ; : Greens supporters "
    "agree while than he she backed graduates over-65s Under-35s"
).split()
_FIGURES = ("41%", "38 per cent", "12 percent", "(44%)", "one in five")


@settings(max_examples=150, deadline=None)
@given(hst.lists(hst.sampled_from(_VOCAB), max_size=10), hst.sampled_from(_FIGURES),
       hst.lists(hst.sampled_from(_VOCAB), max_size=10))
def test_a_group_phrase_never_ends_in_a_pronoun_verb_or_conjunction(
    before: list[str], figure: str, after: list[str]
) -> None:
    text = " ".join([*before, figure, *after]) + "."
    for st in pollstats.extract(text).statistics:
        if st.subgroup is not None:
            assert not is_fragment(st.subgroup.value), (text, st.subgroup.value)


@pytest.mark.parametrize(("sentence", "figure", "group"), [
    ("And pensioners remain the most wary, at 38 per cent.", "38 per cent", "pensioners"),
    ("But Gen Z voters were split, with 41% in favour.", "41%", "Gen Z voters"),
    ("So renters stand out: 57 percent fear a rise.", "57 percent", "renters"),
])
def test_a_group_phrase_never_starts_with_a_conjunction(sentence: str, figure: str,
                                                        group: str) -> None:
    decided = decide(_view(sentence, figure)).subgroup
    assert decided is not None and decided.value == group
    assert sentence[decided.start:decided.end] == decided.text


@pytest.mark.parametrize(("phrase", "kept"), [
    ("voters who said they", None),
    ("adults and", None),
    ("staff in Ridgeway's", None),
    ("those who were never offered it", "those who were never offered"),
    ("Greens in", "Greens"),
    ("aged 18 to 34", "aged 18 to 34"),
    ("over-65s", "over-65s"),
])
def test_trim_fragment(phrase: str, kept: str | None) -> None:
    got = trim_fragment(Cue(phrase, 0, len(phrase), phrase))
    assert (got and got.value) == kept
    if got is not None:
        assert phrase[got.start:got.end] == got.text


@pytest.mark.parametrize("sentence", [
    "The Conservatives are third on 19 per cent in the Opinium poll.",
    "Republicans are at 41% in the generic ballot.",
    "Labour on 36% leads the Tories on 24% in the Savanta poll.",
    "Mark Carney's Liberals are at 41 per cent, down from 44 per cent, Abacus finds.",
    # one party ahead of another in a race
    "Looking ahead, Democrats lead Republicans 48% to 42% on the generic ballot.",
    "In the Savanta poll, Labour trails the Conservatives by 4 points.",
    "Nationally, the Liberals lead the Conservatives 41 per cent to 37 per cent.",
    "After the debate, Fine Gael edges Sinn Féin 24 per cent to 23 per cent.",
    "In Bavaria, the CSU tops the Greens by 19 points, the poll finds.",
])
def test_a_party_standing_is_the_measure_not_a_group(sentence: str) -> None:
    assert all(st.subgroup is None for st in pollstats.extract(sentence).statistics)


@pytest.mark.parametrize(("sentence", "group"), [
    ("Conservative voters are at 71% approval in the Opinium poll.", "Conservative voters"),
    ("Among independents, the ABC poll put approval at 33%.", "independents"),
    ("Among women, Democrats lead Republicans 52% to 40%.", "women"),
])
def test_a_group_standing_at_a_figure_stays_a_group(sentence: str, group: str) -> None:
    st = pollstats.extract(sentence).statistics[0]
    assert st.subgroup is not None and st.subgroup.value == group


def test_a_group_after_among_standing_at_a_figure_stays_a_group() -> None:
    st = pollstats.extract("In the Pew poll, support among Democrats stood at 64%.").statistics[0]
    assert st.subgroup is not None and st.subgroup.value == "Democrats"


# -- frames that carry across the sentences of a paragraph ------------------------------------

from pollstats.groups import FRAME_EXAMPLES  # noqa: E402


@pytest.mark.parametrize(("paragraph", "figure", "group"), FRAME_EXAMPLES)
def test_a_frame_carries_through_its_paragraph(
    paragraph: str, figure: str, group: str | None
) -> None:
    st = _figure(paragraph, figure)
    assert (st.subgroup and st.subgroup.value) == group
    if st.subgroup is not None:
        assert paragraph[st.subgroup.start:st.subgroup.end] == st.subgroup.text


def test_a_frame_stops_at_the_paragraph_end() -> None:
    text = "Among renters, the outlook is grim. 44% fear a rise.\n\nSome 30% of adults agree."
    stats = pollstats.extract(text).statistics
    assert [(s.text, s.subgroup and s.subgroup.value) for s in stats] == [
        ("44%", "renters"), ("30%", None)]


_LEAD = "The Ipsos poll came out on Monday. "


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES,
    ids=[f"{rule.name}-{n}" for n, (rule, _) in enumerate(EXAMPLES)],
)
def test_an_example_reads_the_same_after_another_sentence(
    rule: GroupRule, example: tuple[str, str, str]
) -> None:
    # a rule reads a sentence the same way wherever it stands in the text
    sentence, figure, group = example
    st = _figure(_LEAD + sentence, figure)
    assert st.subgroup is not None and st.subgroup.value == group, rule.name


# -- a group phrase rendered around any figure form is found with the right key -------------

_GROUPS = (  # phrase, its key (written by hand)
    ("women", "gender=female"),
    ("renters", "housing=renter"),
    ("Republicans", "party=Republican"),
    ("those aged 65 and over", "age=65+"),
    ("voters aged 18 to 34", "age=18-34"),
    ("Labour supporters", "party=Labour"),
    ("homeowners", "housing=homeowner"),
    ("Conservative voters", "party=Conservative"),
    ("men aged 18 to 24", "age=18-24; gender=male"),
)
_FORMS = (
    "In the Ipsos poll, {f} of {g} agree.",
    "Among {g}, {f} agree, the Ipsos poll finds.",
    "Backing was {f} among {g}, the Ipsos poll finds.",
    "The plan polls {f} with {g} in the Ipsos survey.",
    "{G} ({f}) agree, the Ipsos poll finds.",
    "Support for the plan: {G} {f}, pensioners 30%.",
)
_NUMBERS = ("41%", "41 per cent", "41 percent", "41.5%", "8%")


@settings(max_examples=120, deadline=None)
@given(hst.sampled_from(_GROUPS), hst.sampled_from(_FORMS), hst.sampled_from(_NUMBERS))
def test_a_group_around_any_figure_form_has_its_key(
    group: tuple[str, str], form: str, figure: str
) -> None:
    phrase, key = group
    if form.startswith("Support for the plan") and " " in phrase:
        return  # a label is short: one word
    text = form.format(f=figure, g=phrase, G=phrase[0].upper() + phrase[1:])
    st = _figure(text, figure)
    assert st.group is not None and st.group.key == key, (text, st.subgroup)


# -- the survey's own people named as a group are the whole sample ---------------------------

@pytest.mark.parametrize(("text", "figure", "subgroup", "population"), [
    ("The union surveyed 2,400 nurses in March. Some 61% of nurses reported burnout.",
     "61%", None, "nurses"),
    ("The poll reached n=1,900 software developers and 300 managers. Three in five "
     "developers distrust the tools.", "Three in five", None, "developers"),
    ("The union surveyed 2,400 nurses in March. Some 47% of nurses under 35 may quit.",
     "47%", "nurses under 35", None),
    ("The poll of 1,800 adults had a subsample of 300 nurses. Some 61% of nurses agree.",
     "61%", "nurses", None),
    ("The study asked 900 teachers and 900 parents. Some 61% of teachers agree.",
     "61%", "teachers", None),
    ("Its survey of 1,150 chief financial officers closed in May. Some 38% of all CFOs "
     "plan cuts.", "38%", None, "all CFOs"),
    ("The chamber polled 640 manufacturers in Ontario. Roughly 44% of manufacturers "
     "expect lay-offs.", "44%", None, "manufacturers"),
    ("The chamber polled 640 manufacturers in Ontario. Roughly 44% of manufacturers in "
     "Windsor said they expect lay-offs.", "44%", "manufacturers in Windsor", None),
    ("Its survey of 1,150 chief financial officers closed in May. Some 38% of financial "
     "services CFOs plan cuts.", "38%", "financial services CFOs", None),
    ("The survey of 612 likely Democratic primary voters was taken in May. Ruiz has 31 "
     "percent of likely primary voters.", "31 percent", None, "likely primary voters"),
    ("From May 2-6, 1,428 Ohio registered voters were surveyed. His rating among Ohio "
     "registered voters is 42 percent.", "42 percent", None, "Ohio registered voters"),
    ("The survey of 612 likely Democratic primary voters was taken in May. Ruiz has 31 "
     "percent of Black primary voters.", "31 percent", "Black primary voters", None),
    ("It polled 602 Jewish respondents and 151 Arab respondents. Some 41% of Arab "
     "respondents trust the police.", "41%", "Arab respondents", None),
    # a survey of one province, state or region: its people are everyone asked
    ("The Leger survey of 1,001 Manitoba adults ran in May. Some 38 per cent of Manitobans "
     "back the levy.", "38 per cent", None, "Manitobans"),
    ("The poll of 850 Queensland voters closed on Friday. Some 41 per cent of Queenslanders "
     "back the plan.", "41 per cent", None, "Queenslanders"),
    ("The survey of 1,200 Texas adults ended Sunday. Some 44 percent of Texans approve.",
     "44 percent", None, "Texans"),
    ("CVoter polled 2,400 Kerala voters. Some 46 per cent of Keralites back the LDF.",
     "46 per cent", None, "Keralites"),
    ("The survey of 1,001 Manitoba adults ran in May. Some 52 per cent of Winnipeggers "
     "back the levy.", "52 per cent", "Winnipeggers", None),
    ("The poll of 900 Victoria voters closed on Friday. Some 46 per cent of voters in "
     "regional Victoria back the plan.", "46 per cent", "voters in regional Victoria", None),
])
def test_the_surveys_own_people_are_the_whole_sample(
    text: str, figure: str, subgroup: str | None, population: str | None
) -> None:
    st = _figure(text, figure)
    assert (st.subgroup and st.subgroup.value) == subgroup
    assert (st.population and st.population.value) == population


@pytest.mark.parametrize(("text", "figure"), [
    ("In the TIFA poll, 52 per cent of TIFA respondents named the cost of living.",
     "52 per cent"),
    ("Infotrak's respondents agreed, with 48pc citing jobs.", "48pc"),
    ("Ipsos respondents were gloomier: 61% expect a recession.", "61%"),
    ("The Westpac survey found 31% of households expect to spend less.", "31%"),
    ("Migrants make up 7 per cent of the population, the census shows.", "7 per cent"),
    ("The poll's respondents were split, with 44% in favour.", "44%"),
    ("Nearly 42 per cent of urban households in five large cities lack piped water.",
     "42 per cent"),
    ("About one in three households across the five cities (34 per cent) pay more.",
     "34 per cent"),
    ("Some 61% of adults across the 27 member states back the euro.", "61%"),
    ("Some 48% of respondents in 12 countries trust the UN.", "48%"),
])
def test_a_named_surveys_respondents_are_the_whole_sample(text: str, figure: str) -> None:
    st = _figure(text, figure)
    assert st.subgroup is None, st.subgroup


@pytest.mark.parametrize(("text", "figure", "subgroup"), [
    ("Women respondents were warier, at 52 per cent.", "52 per cent", "Women respondents"),
    ("Some 31% of low-income households expect to spend less.", "31%", "low-income households"),
    ("Labour respondents were split, at 44%.", "44%", "Labour respondents"),
])
def test_a_groups_respondents_stay_a_subgroup(text: str, figure: str, subgroup: str) -> None:
    st = _figure(text, figure)
    assert st.subgroup is not None and st.subgroup.value == subgroup


# -- one side of a head-to-head split is a contestant, not a group ---------------------------

@pytest.mark.parametrize(("text", "figure"), [
    ("In the west, the conservatives lead with 27% to the AfD's 22%.", "27%"),
    ("In the west, the conservatives lead with 27% to the AfD's 22%.", "22%"),
    ("Nationally the progressives lead with 41 per cent to the Coalition's 38 per cent.",
     "41 per cent"),
    ("The socialists now lead with 29 percent against the PSD's 27 percent.", "27 percent"),
    ("The liberals trail with 31% to the NDP's 35%.", "31%"),
])
def test_the_subject_of_a_split_race_is_no_group(text: str, figure: str) -> None:
    st = _figure(text, figure)
    assert st.subgroup is None or st.subgroup.value.lower() not in (
        "conservatives", "progressives", "socialists", "liberals"), st.subgroup


@pytest.mark.parametrize(("text", "figure", "group"), [
    ("Among women, 54% back Harris to Trump's 41%, the poll found.", "54%", "women"),
    ("Young voters lead the way with 61% saying yes, the poll found.", "61%", "Young voters"),
])
def test_a_group_before_a_split_is_kept(text: str, figure: str, group: str) -> None:
    st = _figure(text, figure)
    assert st.subgroup is not None and st.subgroup.value == group


# -- decide(): a population that is a part of the sample, or one country's people -----------

_PARTS_OF_SAMPLE = (  # text, figure, subgroup (written by hand, several national styles)
    ("The Emerson poll of 1,000 adults found that among registered voters, 52% back the "
     "measure.", "52%", "registered voters"),
    ("Abacus surveyed 2,000 Canadian adults. Among decided voters, the Liberals have 41% "
     "support.", "41%", "decided voters"),
    ("The survey of 1,204 adults, including 980 registered voters, gives the governor a "
     "9-point lead with registered voters.", "9-point", "registered voters"),
    ("Across the 27 member states, 44 per cent of Italians and 61 per cent of Danes said "
     "they trust the EU.", "44 per cent", "Italians"),
    ("The Ipsos global survey of 30 countries found just 19% of Japanese respondents "
     "optimistic.", "19%", "Japanese respondents"),
    ("In the 24-nation Pew study, 71 percent of Swedes were positive.", "71 percent",
     "Swedes"),
)
_WHOLE_SAMPLE = (  # text, figure: the population stays the whole sample
    ("Among renters, a little over half — 36 per cent of all respondents — agreed.",
     "36 per cent"),
    ("Of those who backed the Liberals, most — 31% of all voters — stayed loyal.", "31%"),
    ("The poll of 1,412 registered voters, including 1,186 likely voters, found 47% of "
     "registered voters approve.", "47%"),
    ("The Leger poll of 1,611 Canadians puts the Liberals at 44 per cent among decided "
     "voters.", "44 per cent"),
    ("A YouGov poll of 2,000 adults found 61% of Britons want a referendum.", "61%"),
    ("The Red C poll found 84 per cent of people in Ireland back EU membership, while the "
     "survey of 27 member states put trust at 51 per cent.", "84 per cent"),
    # a single-country survey's people in an article that also reports a many-country study
    ("The Edelman study spans 28 countries.\nAt home, in Gallup's annual survey, 38 percent "
     "of Americans trust Congress.", "38 percent"),
    ("The 24-nation Pew study is out.\nIn the latest Angus Reid poll, 44% of Canadians "
     "favour a tariff.", "44%"),
)


@pytest.mark.parametrize(("text", "figure", "group"), _PARTS_OF_SAMPLE)
def test_a_part_of_the_sample_is_a_subgroup(text: str, figure: str, group: str) -> None:
    st = _figure(text, figure)
    assert st.subgroup is not None and st.subgroup.value == group


@pytest.mark.parametrize(("text", "figure"), _WHOLE_SAMPLE)
def test_the_whole_sample_stays_the_population(text: str, figure: str) -> None:
    assert _figure(text, figure).subgroup is None


@pytest.mark.parametrize("adjective", words("lexicon.txt", "ethnic_demonyms"))
def test_each_ethnic_demonym_keeps_its_respondents_a_subgroup(adjective: str) -> None:
    # "Indian respondents" of a Malaysian poll are a group; "Mexican adults" are everyone
    assert not is_population(f"{adjective} respondents")


@pytest.mark.parametrize("phrase", ["adult Filipinos", "eligible Canadians", "South Africans",
                                    "New Zealanders", "the poll's respondents",
                                    "Morgan's respondents", "Bihar's voters",
                                    "Canada's voters"])
def test_a_countrys_people_or_a_surveys_respondents_are_the_whole_sample(phrase: str) -> None:
    assert is_population(phrase)


@pytest.mark.parametrize("phrase", ["Trump's voters", "Lula's 2022 voters", "Labour's supporters",
                                    "Black South Africans", "young New Zealanders"])
def test_a_candidates_voters_or_a_countrys_part_are_no_population(phrase: str) -> None:
    assert not is_population(phrase)


@pytest.mark.parametrize("phrase", ["Mexican adults", "Kenyan respondents", "Brazilian voters",
                                    "Filipino adults", "Canadian adults"])
def test_a_countrys_people_by_adjective_are_the_whole_sample(phrase: str) -> None:
    assert is_population(phrase)


@pytest.mark.parametrize("phrase", ["adult Filipinos", "adult Americans", "all Canadians",
                                    "adult Kenyans", "adult Koreans"])
def test_a_countrys_adult_people_are_the_whole_sample(phrase: str) -> None:
    # a national poll's own people, with a modifier of the whole sample before them
    assert is_population(phrase)


@pytest.mark.parametrize("phrase", ["Balance Luzon residents", "young Filipinos",
                                    "Catholic Filipinos"])
def test_a_countrys_narrowed_people_are_no_whole_sample(phrase: str) -> None:
    assert not is_population(phrase)


@pytest.mark.parametrize(("text", "figure"), [
    ("Among sectors, information technology was the most optimistic with an outlook of "
     "53 per cent.", "53 per cent"),
    ("Of the regions, Munster was the most positive, at 61%, and Connacht trailed.", "61%"),
    ("Among industries, construction reported the weakest balance, at 22 per cent.",
     "22 per cent"),
    ("Across the provinces, Gauteng stood out with 58% backing the plan.", "58%"),
])
def test_a_breakdowns_dimension_is_no_group(text: str, figure: str) -> None:
    # "sectors", "regions": what a breakdown runs along, not one group of it
    st = next(s for s in pollstats.extract(text).statistics if s.text == figure)
    assert st.subgroup is None or st.subgroup.value.casefold() not in {
        "sectors", "the regions", "regions", "industries", "the provinces", "provinces"}


def test_a_group_of_a_dimension_word_is_still_a_group() -> None:
    st = pollstats.extract("Among sector workers, 44 per cent said pay had lagged.").statistics
    assert [s.subgroup.value if s.subgroup else None for s in st] == ["sector workers"]


@pytest.mark.parametrize(("text", "group"), [
    ("In the Resolve poll, voters aged 65 and over favour the Coalition on 39 per cent.",
     "voters aged 65 and over"),
    ("According to the survey, adults aged 18 to 34 back the levy at 62 per cent.",
     "adults aged 18 to 34"),
    ("In the latest Ipsos poll, women aged 50 and over back Labour at 44 per cent.",
     "women aged 50 and over"),
])
def test_aged_people_open_a_clause_after_an_opener(text: str, group: str) -> None:
    """People with an age band as the subject after a clause opener own the clause's figures,
    as they do at the start of a sentence."""
    got = [r["subgroup"] for r in pollstats.extract(text).records() if r["type"] == "statistic"]
    assert got[0] == group


def test_aged_people_near_miss_a_count_of_them_is_no_subject() -> None:
    """A phrase that only counts such people ("the 412 voters aged 65 and over") opens no
    clause."""
    text = "In the poll, 58 per cent of all adults agreed, among them 412 voters aged 65 and over."
    got = [r["subgroup"] for r in pollstats.extract(text).records()
           if r["type"] == "statistic" and r["text"] == "58 per cent"]
    assert got == [None]


@pytest.mark.parametrize("text", [
    "A new Marist poll of Arizona voters finds Kelly ahead. He leads 51% to 44% in Arizona, "
    "the poll found.",
    "The Leger survey of 1,001 Alberta adults was taken last week. In Alberta, 58% back the "
    "premier.",
    "A Resolve poll of 1,200 Victoria voters, published today, has Labor on 41% in Victoria.",
])
def test_a_poll_of_one_states_people_has_no_place_subgroup(text: str) -> None:
    # the one state a poll covers is its population, not a breakdown
    assert all(st.subgroup is None for st in pollstats.extract(text).statistics
               if st.kind == "share")


def test_polls_of_two_states_keep_their_places() -> None:
    text = ("A Marist poll of Arizona voters and a Marist poll of Nevada voters find him at "
            "51% in Arizona and 47% in Nevada.")
    found = [st.subgroup.value for st in pollstats.extract(text).statistics
             if st.kind == "share" and st.subgroup is not None]
    assert found == ["Arizona", "Nevada"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Saskatchewan has shifted. Abacus has the Conservatives ahead there by 51 per cent to "
     "33 per cent.", "51 per cent"),
    ("The firm surveyed 2,104 members of its Angus Reid Forum panel.", "2,104 members"),
    ("In the latest wave Redfield and Wilton puts Reform at 30%.", "30%"),
])
def test_a_pollsters_name_is_never_the_group(text: str, figure: str) -> None:
    (st,) = [s for s in pollstats.extract(text).statistics if s.text == figure]
    assert st.subgroup is None


@pytest.mark.parametrize(("text", "figure", "group"), [
    # a pollster's panel members are people; a region is a region
    ("In Quebec, Leger puts the Bloc at 31 per cent.", "31 per cent", "Quebec"),
    ("Among Ipsos panellists, 44% said yes.", "44%", "Ipsos panellists"),
])
def test_words_beside_a_pollsters_name_can_still_be_the_group(
        text: str, figure: str, group: str) -> None:
    (st,) = [s for s in pollstats.extract(text).statistics if s.text == figure]
    assert st.subgroup is not None and st.subgroup.value == group


@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("Ipsos interviewed 1,004 adults; 23 per cent of its respondents named housing.",
         "its respondents"),
        ("The central bank found 61 percent of sampled households could meet a bill.",
         "sampled households"),
        ("Some 35% of responding firms plan to hire, the Quebec chamber said.",
         "responding firms"),
    ],
)
def test_a_sample_named_by_how_it_was_drawn_is_the_population(
        text: str, population: str) -> None:
    (st,) = pollstats.extract(text).statistics[-1:]
    assert st.subgroup is None
    assert st.population is not None and st.population.value == population


def test_a_possessive_does_not_make_every_group_the_population() -> None:
    (st,) = pollstats.extract("Some 40% of their children walk to school.").statistics
    assert st.subgroup is not None and st.subgroup.value == "their children"


@pytest.mark.parametrize(("text", "quote", "subgroup"), [
    # a national poll: the people of its country are the whole sample
    ("A Valicon survey of 1,046 respondents showed that 61% of Slovenians expect prices to "
     "rise.", "61%", None),
    ("Earlier this year, Equipos found that 48% of Uruguayans backed the reform.", "48%", None),
    ("The Verité poll found 31 percent of Sri Lankans trust parliament, fewer than in India.",
     "31 percent", None),
    # a paragraph that also gives two other countries' figures: one country of several
    ("The regional tracker, which polls Panama alongside its neighbours, found that 38% of "
     "Panamanians see the economy improving. In Costa Rica, the same tracker recorded 41%, "
     "and in Nicaragua 27%.", "38%", "Panamanians"),
])
def test_a_countrys_people_are_a_group_only_beside_other_countries(
    text: str, quote: str, subgroup: str | None
) -> None:
    (rec,) = [r for r in pollstats.extract(text).records()
              if r["type"] == "statistic" and r["text"] == quote]
    assert rec["subgroup"] == subgroup
