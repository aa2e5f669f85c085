"""Sources (pollstats.sources, #13 item 6): the wording registry's examples and near misses,
generic nouns and places never named as sources, survey programmes giving their organization,
and renamed firms keeping the name the text uses."""

from __future__ import annotations

import pytest

from pollstats import extract
from pollstats._data import read_text, words
from pollstats.sources import (
    NAME_RULES,
    ROLE_RULES,
    SHORT_NAME_RULES,
    SHORT_NAMES,
    WORDING_RULES,
    NameRule,
    RoleRule,
    ShortNameRule,
    WordingRule,
    find_sources,
    pollsters,
    programmes,
)

EXAMPLES = [(rule, ex) for rule in WORDING_RULES for ex in rule.examples]
NEAR_MISSES = [(rule, nm) for rule in WORDING_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in EXAMPLES])
def test_wording_rule_examples(rule: WordingRule, example: tuple[str, str]) -> None:
    sentence, name = example
    assert name in [m.name for m in find_sources(sentence)]


@pytest.mark.parametrize(("rule", "sentence"), NEAR_MISSES,
                         ids=[f"{r.name}:{s[:30]}" for r, s in NEAR_MISSES])
def test_wording_rule_near_misses(rule: WordingRule, sentence: str) -> None:
    assert find_sources(sentence) == []


def test_every_wording_rule_has_examples_and_near_misses() -> None:
    names = [rule.name for rule in WORDING_RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples and rule.near_misses for rule in WORDING_RULES)


def test_a_commissioner_gives_way_to_the_pollster_of_its_sentence() -> None:
    text = ("Some 41% agree, says research commissioned by the Fenwick Trust and carried out "
            "by Ipsos.")
    assert [m.name for m in find_sources(text)] == ["Ipsos"]
    alone = "Some 41% agree, says research commissioned by the Fenwick Trust."
    assert [(m.name, m.commissioner) for m in find_sources(alone)] == [("Fenwick Trust", True)]


@pytest.mark.parametrize("noun", words("sources.txt", "generic_nouns"))
def test_a_generic_noun_is_never_a_source(noun: str) -> None:
    after = f"A Harbourview Institute poll found 40%.\nThe {noun} said 12% of its panel were new."
    names = [m.name for m in find_sources(after)]
    assert noun not in names and names == ["Harbourview Institute"] * len(names)
    alone = f"The {noun} said 12% of its panel were new."
    assert [m.name for m in find_sources(alone)] == []


@pytest.mark.parametrize("place", words("sources.txt", "cities") + words("lexicon.txt",
                                                                         "countries")[:12])
def test_a_place_is_never_a_source(place: str) -> None:
    for text in (f"{place}'s latest poll shows 55% feel safe.",
                 f"According to {place}, 33% of commuters cycle.",
                 f"A survey by the Marlow Trust in {place} found 29% agree."):
        names = [m.name for m in find_sources(text)]
        assert place not in names, text
    assert [m.name for m in find_sources(
        f"A survey by the Marlow Trust in {place} found 29% agree.")] == ["Marlow Trust"]


@pytest.mark.parametrize(("programme", "organization"), sorted(programmes().items()))
def test_a_programme_gives_its_organization(programme: str, organization: str) -> None:
    (m,) = find_sources(f"The latest {programme} found 41% agree.")
    assert m.name == organization and pollsters()[organization] == organization


@pytest.mark.parametrize("title", words("sources.txt", "shared_titles"))
def test_a_shared_title_is_the_statistics_office_s_the_text_names(title: str) -> None:
    owner = programmes()[title]
    alone = find_sources(f"The latest {title} found 41% agree.")
    assert [m.name for m in alone] == [owner]
    text = f"Figures from the Harbour Statistics Office show it: the {title} found 41% agree."
    named = [m.name for m in find_sources(text) if m.text.removeprefix("the ") == title]
    assert named == ["Harbour Statistics Office"]
    both = f"{owner} and the Harbour Statistics Office: the {title} found 41% agree."
    assert [m.name for m in find_sources(both) if m.text == title] == [owner]


def _other_names() -> list[str]:
    out = []
    for line in read_text("pollsters.txt").splitlines():
        if line.startswith("#"):
            continue
        for alias in line.partition("|")[2].split(";"):
            alias = " ".join(alias.split())
            for prefix in ("formerly ", "now "):
                if alias.startswith(prefix):
                    out.append(alias[len(prefix):])
    return out


@pytest.mark.parametrize("name", _other_names())
def test_a_renamed_firm_keeps_the_name_the_text_uses(name: str) -> None:
    assert [m.name for m in find_sources(f"A {name} poll found 41% agree.")] == [name]


def test_spellings_are_still_canonicalised() -> None:
    assert [m.name for m in find_sources("A Levada-Center poll found 41% agree.")] == [
        "Levada Center"]
    assert [m.name for m in find_sources("The Savanta ComRes poll found 41%.")] == [
        "Savanta ComRes"]


# -- short names that are also words, places or surnames (SHORT_NAME_RULES) ------------------

SHORT_EXAMPLES = [(rule, ex) for rule in SHORT_NAME_RULES for ex in rule.examples]
SHORT_MISSES = [(rule, nm) for rule in SHORT_NAME_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(("rule", "example"), SHORT_EXAMPLES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in SHORT_EXAMPLES])
def test_short_name_rule_examples(rule: ShortNameRule, example: tuple[str, str]) -> None:
    sentence, name = example
    assert name in [m.name for m in find_sources(sentence)]


@pytest.mark.parametrize(("rule", "sentence"), SHORT_MISSES,
                         ids=[f"{r.name}:{s[:30]}" for r, s in SHORT_MISSES])
def test_short_name_rule_near_misses(rule: ShortNameRule, sentence: str) -> None:
    assert find_sources(sentence) == []


def test_every_short_name_rule_has_examples_and_near_misses() -> None:
    names = [rule.name for rule in SHORT_NAME_RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples and rule.near_misses for rule in SHORT_NAME_RULES)


@pytest.mark.parametrize("short", words("sources.txt", "short_names"))
def test_each_short_name_is_its_pollster_with_the_full_name_or_poll_wording(
        short: str) -> None:
    pollster = SHORT_NAMES[short]
    assert pollsters()[pollster] == pollster  # a canonical name of the table
    full = f"A {pollster} poll was out on Monday. {short} found 41% backed the plan."
    assert [m.name for m in find_sources(full)] == [pollster, pollster]
    worded = f"According to {short}, 41% backed the plan."
    assert [m.name for m in find_sources(worded)] == [pollster]
    alone = f"Near {short} itself, 41% backed the plan."
    assert find_sources(alone) == []


@pytest.mark.parametrize(("text", "firm"), [
    ("Pallas Data had the PQ at 38 per cent.\n\nPallas found a generational split: among "
     "voters aged 18 to 34, the party stood at 41 per cent.", "Pallas Data"),
    ("A Curia Market Research poll for the Taxpayers' Union has National on 34 per cent."
     "\n\nCuria found Labour on 29 per cent.", "Curia Market Research"),
    ("Blackbox Research surveyed 1,000 Singaporeans for the study.\n\nBlackbox said 20% "
     "were unsure.", "Blackbox Research"),
    ("The poll by Gezici Research shows the ruling party at 31 percent.\n\nGezici also "
     "found 44 percent expect early elections.", "Gezici Research"),
    ("Langer Research Associates did the fieldwork for the network.\n\nLanger found 39% "
     "want a change of course.", "Langer Research Associates"),
])
def test_a_firm_named_in_full_goes_on_by_its_leading_name(text: str, firm: str) -> None:
    (*_, last) = extract(text).statistics
    assert last.source is not None and last.source.value == firm


def test_a_leading_name_without_its_firm_or_poll_wording_names_nothing() -> None:
    (st,) = extract("Visitors to the Pallas Athena temple rose 40 per cent last year.")
    assert st.source is None


def test_several_short_names_in_one_sentence_keep_their_own_figures() -> None:
    text = "Essential has Labor on 51 per cent, while Resolve puts it at 49 per cent."
    got = [(r["text"], r["source"]) for r in extract(text).records()]
    assert got == [("51 per cent", "Essential Research"), ("49 per cent", "Resolve Strategic")]


def test_a_survey_noun_alone_is_no_organization() -> None:
    text = "Parking tops the list: Civicly survey\n\nSurvey finds 61% of residents want more bays."
    assert [m.name for m in find_sources(text)] == ["Civicly"]


def test_an_organization_s_name_stops_at_its_sentence_end() -> None:
    text = ("About 47% of ballots were cast by Democrats, according to figures from the state "
            "Board of Elections. Independents cast the rest.")
    assert [m.name for m in find_sources(text)] == ["Board of Elections"]
    kept = "A survey by Acme Co. Research found 40% agree."
    assert [m.name for m in find_sources(kept)] == ["Acme Co. Research"]


def test_a_survey_by_a_described_organization() -> None:
    text = "A new survey by community social media platform Civicly found 64% faced delays."
    assert [m.name for m in find_sources(text)] == ["Civicly"]


@pytest.mark.parametrize("month", ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Dec."])
def test_a_month_abbreviation_after_by_is_no_organization(month: str) -> None:
    """'conducted by telephone Jan. 7-14': the month is when, not who."""
    for text in (f"The poll was conducted by telephone {month} 7-14 and found 40% agree.",
                 f"The survey was done by {month} 9; 40% agree."):
        (st,) = extract(text).statistics
        assert st.source is None, (text, st.source)
    (st,) = extract(
        f"The Harris Poll surveyed adults by phone {month} 7-14 and found 40% agree.").statistics
    assert st.source is not None and st.source.value == "Harris Poll"


def test_kff_is_named_as_it_names_itself() -> None:
    """A bare abbreviation in the table is named as the text names it: "KFF" where the text
    says KFF, the full name where the text spells it out (NAME_RULES full_form)."""
    for text, name in (("A Kaiser Family Foundation survey found 40% worry.",
                        "Kaiser Family Foundation"),
                       ("A new KFF poll found 40% worry.", "KFF")):
        (st,) = extract(text).statistics
        assert st.source is not None and st.source.value == name


@pytest.mark.parametrize(("text", "name"), [
    ("A PRRI survey last autumn found 34 percent of evangelicals back stricter laws.", "PRRI"),
    ("According to PRRI, 71 percent of unaffiliated Americans back stricter laws.", "PRRI"),
    # the text spells the name out: it goes by that name, the initials too
    ("The Public Religion Research Institute found 34 percent agree; a PRRI survey in May "
     "had 31 percent.", "Public Religion Research Institute"),
])
def test_prri_is_named_as_the_text_names_it(text: str, name: str) -> None:
    """PRRI goes by its initials, like KFF: the text's name is kept (no expansion)."""
    stats = extract(text).statistics
    assert stats and {s.source.value for s in stats if s.source is not None} == {name}


def test_a_survey_by_the_bank_is_the_body_its_paragraph_is_about() -> None:
    text = ("Quillsoft, whose data track card payments, said spending rose 1.4pc, below the "
            "3.1pc inflation rate the Harbour Statistics Office reported. A survey by the bank "
            "of 2,500 adults found 38pc planned to cut back.")
    found = find_sources(text)
    assert [m.name for m in found][-1] == "Quillsoft"
    assert found[-1].text == "bank"
    named = ("The Kestrel Trust said lenders were cautious. Harbour Bank said card use rose, "
             "the Marlow Institute said it fell. A survey by the bank found 38pc were worried.")
    assert [m.name for m in find_sources(named)][-1] == "Harbour Bank"
    assert find_sources("A survey by the bank found 38pc were worried.") == []


def test_told_the_org_dates_no_survey() -> None:
    from pollstats import extract

    text = ("LONDON, 21 November 2025 –\n\nThe Harbour Trust's quarterly survey of 900 firms "
            "was carried out between 20 October and 10 November.\n\nSome 31pc of firms told "
            "the Harbour Trust that the tax rise in April had hurt them.")
    last = list(extract(text))[-1]
    assert last.source is not None and last.source.value == "Harbour Trust"
    assert last.period is not None and last.period.value == "2025-10"


@pytest.mark.parametrize("outlet", words("sources.txt", "media"))
def test_a_news_outlet_is_never_a_source(outlet: str) -> None:
    for text in (f"Some 31pc of voters told {outlet} they would switch.",
                 f"Figures from {outlet} showed 31pc would switch.",
                 f"{outlet}'s latest survey found 31pc would switch."):
        assert outlet not in [m.name for m in find_sources(text)], text


# -- what a mention does in its passage (ROLE_RULES) ------------------------------------------

ROLE_EXAMPLES = [(rule, ex) for rule in ROLE_RULES for ex in rule.examples]
ROLE_MISSES = [(rule, nm) for rule in ROLE_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(("rule", "example"), ROLE_EXAMPLES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in ROLE_EXAMPLES])
def test_role_rule_examples(rule: RoleRule, example: tuple[str, str]) -> None:
    sentence, name = example
    assert (name, rule.role or rule.name) in [(m.name, m.role) for m in find_sources(sentence)]


@pytest.mark.parametrize(("rule", "example"), ROLE_MISSES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in ROLE_MISSES])
def test_role_rule_near_misses(rule: RoleRule, example: tuple[str, str]) -> None:
    sentence, name = example
    found = [(m.name, m.role) for m in find_sources(sentence)]
    assert (name, None) in found, found


def test_every_role_rule_has_examples_and_near_misses() -> None:
    names = [rule.name for rule in ROLE_RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples and rule.near_misses for rule in ROLE_RULES)


# -- the names a document gives an organization (NAME_RULES) ---------------------------------

NAME_EXAMPLES = [(rule, ex) for rule in NAME_RULES for ex in rule.examples]
NAME_MISSES = [(rule, nm) for rule in NAME_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(("rule", "example"), NAME_EXAMPLES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in NAME_EXAMPLES])
def test_name_rule_examples(rule: NameRule, example: tuple[str, str, str]) -> None:
    """The mention written so takes the document's name for its organization."""
    text, written, name = example
    found = [m for m in find_sources(text) if m.text.removeprefix("the ") == written]
    assert found and all(m.name == name for m in found), [(m.text, m.name) for m in found]


@pytest.mark.parametrize(("rule", "example"), NAME_MISSES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in NAME_MISSES])
def test_name_rule_near_misses(rule: NameRule, example: tuple[str, str, str]) -> None:
    text, written, name = example
    found = [m for m in find_sources(text) if m.text.removeprefix("the ") == written]
    assert found and all(m.name == name for m in found), [(m.text, m.name) for m in found]


def test_every_name_rule_has_examples_and_near_misses() -> None:
    names = [rule.name for rule in NAME_RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples and rule.near_misses for rule in NAME_RULES)


@pytest.mark.parametrize("word", words("sources.txt", "outlet_words"))
def test_a_poll_for_an_outlet_is_the_pollster_s(word: str) -> None:
    text = f"A survey by Kestrel Research for the Evening {word} found 41% agree."
    assert [m.name for m in find_sources(text)] == ["Kestrel Research"]
    kept = "A survey by the Center for Civic Polling found 41% agree."
    assert [m.name for m in find_sources(kept)] == ["Center for Civic Polling"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("The survey, run every two years by the University of Leeds's Harbour Centre, polled "
     "4,100 pupils.", "Harbour Centre"),
    ("A study by the University of Toronto's Munk School found 40% agree.", "Munk School"),
    ("According to the University of Cape Town's Development Policy Research Unit, 41% of "
     "young adults were jobless.", "Development Policy Research Unit"),
    ("Researchers at the Kestrel Institute found 27 per cent had vaped.", "Kestrel Institute"),
    ("Scientists from the Bengal Climate Observatory found 61% of farms were affected.",
     "Bengal Climate Observatory"),
    ("The poll, conducted by Dan Tremblay's Pollara firm, found 44% agree.",
     "Pollara Strategic Insights"),
])
def test_the_unit_or_firm_after_a_possessive_owner_is_the_source(sentence: str,
                                                                   name: str) -> None:
    """"The University of Sydney's X Centre", "researchers at X", "Dan Tremblay's Pollara":
    the unit or the firm did the survey, not the body or the person that owns it."""
    assert [m.name for m in find_sources(sentence)] == [name]


@pytest.mark.parametrize("sentence", [
    "A survey by the University of Leeds's students found 41% agree.",
    "Kestrel Research's Harbour Pulse survey found 41% agree.",
])
def test_a_possessive_before_no_unit_keeps_its_owner(sentence: str) -> None:
    names = [m.name for m in find_sources(sentence)]
    assert names and names[0] in ("University of Leeds", "Kestrel Research"), names


@pytest.mark.parametrize(("sentence", "names"), [
    ("Some 22% struggle, according to the Wellbeing and Lifestyle Survey of the Harbour "
     "Statistics Agency.", ["Harbour Statistics Agency"]),
    ("Confidence fell to 44%, according to the Small Business Index from Harbour Chamber "
     "of Commerce.", ["Harbour Chamber of Commerce"]),
    ("Half of firms plan to hire, according to the Quarterly Hiring Index by the Marlow "
     "Employers Federation.", ["Marlow Employers Federation"]),
    # near misses: a title of one noun keeps its words ("Survey of Consumer Finances")
    ("Some 22% struggle, according to the Survey of Consumer Finances.",
     ["Survey of Consumer Finances"]),
])
def test_title_of_owner(sentence: str, names: list[str]) -> None:
    """A survey's title with its owner in one run of capitals names the owner."""
    assert sorted({m.name for m in find_sources(sentence)}) == names


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Harbour Teachers Union's annual State of Our Classrooms survey found 73 per cent "
     "of principals were short of staff.", "Harbour Teachers Union"),
    ("The Royal College of Marlow Nurses' latest Staffing Pressures survey found 61% had "
     "worked unpaid overtime.", "Royal College of Marlow Nurses"),
    ("The Kestrel Farmers Federation's Rural Confidence poll puts optimism at 38 per cent.",
     "Kestrel Farmers Federation"),
    ("Some 44% back the plan, the Maple Chamber of Commerce's quarterly Business Outlook "
     "survey shows.", "Maple Chamber of Commerce"),
    ("The Lagos Traders Association's new Market Voices study found 52 per cent cut prices.",
     "Lagos Traders Association"),
])
def test_an_organization_s_titled_survey_names_it(sentence: str, name: str) -> None:
    """ "X's annual Title Words survey": X made the survey, whatever its title is."""
    names = [m.name for m in find_sources(sentence)]
    assert names and set(names) == {name}


@pytest.mark.parametrize("sentence", [
    "Sarah Okafor's annual State of Our Classrooms survey found 73 per cent agree.",
    "In Toronto's annual Civic Pulse survey, 41% agree.",
])
def test_a_person_or_place_s_titled_survey_names_nothing(sentence: str) -> None:
    assert [m.name for m in find_sources(sentence)] == []


@pytest.mark.parametrize(("text", "abbr", "name"), [
    ("Rents rose, the Central Statistics Office (CSO) said. Later the CSO noted that 4,693 "
     "households replied.", "CSO", "Central Statistics Office"),
    ("The Harbour Teachers Federation (HTF) found 61% short of staff. HTF figures also put "
     "vacancies at 9%.", "HTF", "Harbour Teachers Federation"),
    ("A survey by the Instituto Nacional de Opinión (INO) found 44% agree; the INO cautioned "
     "that rural estimates are less precise.", "INO", "Instituto Nacional de Opinión"),
    ("Figures from the Kestrel Statistics Bureau show 38% rent. The KSB's survey of 9,000 "
     "homes found 12% in arrears, and the KSB warned of sampling error.", "KSB",
     "Kestrel Statistics Bureau"),
    ("Joblessness held at 3.2 per cent, according to the National Statistics Office (NSO); "
     "NSO data showed urban women at 7.1 per cent.", "NSO", "National Statistics Office"),
])
def test_an_abbreviation_the_text_defined_names_its_organization(text: str, abbr: str,
                                                                   name: str) -> None:
    """Once the text ties capitals to an organization (in brackets, or read as its initials),
    every later use names it, whatever the verb ("noted", "cautioned", "warned")."""
    later = [m for m in find_sources(text) if m.text == abbr]
    assert later and all(m.name == name for m in later)
    assert len(later) >= (2 if text.count(abbr) > 2 else 1)


@pytest.mark.parametrize("text", [
    "The CSO noted that 4,693 households replied.",
    "Rents rose 5%, the CSO noted. The Harbour Trust (HT) said 40% struggle.",
])
def test_undefined_capitals_name_nothing(text: str) -> None:
    assert all(m.text != "CSO" for m in find_sources(text))


@pytest.mark.parametrize("text", [
    "A survey released by the Harbour Nurses Union (HNU) found 42% plan to leave, said HNU "
    "President Ann Lee.",
    "The Harbour Nurses Union (HNU) found 42% plan to leave. The HNU is calling for pay rises.",
    "The Harbour Nurses Union (HNU) found 42% plan to leave; the poll was run on behalf of the "
    "HNU by Kestrel Research.",
])
def test_an_abbreviation_for_staff_or_campaigns_is_no_report(text: str) -> None:
    """ "HNU President", "the HNU is calling", "on behalf of the HNU": no figures reported."""
    assert all(m.text != "HNU" for m in find_sources(text))


@pytest.mark.parametrize("text", [
    "Lars Løkke Rasmussen's Moderates slipped to 4.1 percent in the Epinion poll.",
    "Former NATO chief Anders Fogh Rasmussen said 60% of Danes back more defence spending.",
    "Coach Kasper Rasmussen's side won 58 per cent of its duels, the club's data show.",
])
def test_a_person_with_a_pollsters_surname_is_no_source(text: str) -> None:
    # "Rasmussen" alone is a short name (sources.txt): a person of that name is no pollster
    assert all(st.source is None or st.source.value != "Rasmussen Reports"
               for st in extract(text).statistics)


@pytest.mark.parametrize(("text", "source"), [
    ("A survey by the Ontario chapter of the Canadian Nurses Association found 61% of nurses "
     "plan to leave.", "Canadian Nurses Association"),
    ("According to a survey by the Gauteng branch of the South African Medical Association "
     "(Sama), 38% of doctors had been threatened.", "South African Medical Association"),
    ("The poll, run by the research unit of the Dublin Chamber, found 44 per cent of firms "
     "expect to hire.", "Dublin Chamber"),
])
def test_a_part_of_an_organization_reports_the_organizations_figures(text: str,
                                                                      source: str) -> None:
    (st,) = extract(text).statistics
    assert st.source is not None and st.source.value == source


def test_an_abbreviation_alone_is_the_organization_the_text_spells_it_for() -> None:
    text = ("Nurses fear for safety: RCN poll\n\nA poll by the Royal College of Nursing (RCN) "
            "found 57% of nurses had been abused at work. The RCN survey was carried out in "
            "August, and 12% said they had been hit.")
    got = {st.text: st.source.value if st.source else None for st in extract(text).statistics}
    assert got == {"57%": "Royal College of Nursing", "12%": "Royal College of Nursing"}


@pytest.mark.parametrize("text", [
    "According to the Scottish edition of the 2024 Harbourview Trust Monitor, 41% agree.",
    "The Canadian version of the Marlow Institute study found 38% of renters were stressed.",
    "In the Kenyan wave of the Kestrel Barometer, 61% said they trusted the courts.",
    "According to the Indian iteration of the Fenwick Research survey, 52% want hybrid work.",
    "The South African round of the Harbour Trust Monitor puts trust at 33%.",
    "Results from the German module of the Quillsoft Index show 27% plan to buy a car.",
])
def test_an_edition_s_adjective_is_not_a_source(text: str) -> None:
    names = [m.name for m in find_sources(text)]
    first = text.split(" of the ")[0].split()[-2]  # "Scottish", "Canadian", ...
    assert first not in names and all(first not in n.split() for n in names)


@pytest.mark.parametrize("text", [
    "The Ontario chapter of the Harbour Nurses Association found 44% worked overtime.",
    "A survey by the Kerala branch of the Marlow Medical Association found 31% agree.",
])
def test_a_part_of_an_organization_is_still_its_organization(text: str) -> None:
    assert [m.name for m in find_sources(text)][:1] in (
        ["Harbour Nurses Association"], ["Marlow Medical Association"])


@pytest.mark.parametrize(("text", "asked_about"), [
    ("A Harbourview Institute poll found trust in the CDC fell to 48%.",
     "Centers for Disease Control and Prevention"),
    ("Confidence in the Reserve Bank of Australia slipped to 39 per cent, the Marlow Research "
     "survey found.", "Reserve Bank of Australia"),
    ("Some 58 per cent trust the Bank of England, an Opinara poll for the Irish Times shows.",
     "Bank of England"),
    ("Satisfaction with Statistics Canada fell to 24 per cent in the Fenwick Trust's "
     "survey.", "Statistics Canada"),
    ("Views of the ECB were favourable for 61%, a Quillsoft survey found.",
     "European Central Bank"),
    ("Only 31% approve of the Federal Reserve, according to a Marlow Insights survey.",
     "Federal Reserve"),
    ("Respondents rated the ONS highest, at 67%, in the Harbour Trust survey.",
     "Office for National Statistics"),
])
def test_what_a_survey_asked_about_is_not_its_source(text: str, asked_about: str) -> None:
    names = [m.name for m in find_sources(text)]
    assert asked_about not in names and names, names


@pytest.mark.parametrize("text", [
    "A survey by the Kestrel Health Agency found 48% trust their doctor.",
    "The Reserve Bank of Australia's survey found confidence fell to 39 per cent.",
    "Trust in government fell to 40%, according to the Fenwick Trust.",
])
def test_a_survey_s_own_organization_beside_a_trust_question_stays(text: str) -> None:
    assert [m.name for m in find_sources(text)]


@pytest.mark.parametrize(("text", "fieldwork"), [
    ("The findings, published today by the Marlow Health Trust, come from a survey carried "
     "out by Kestrel Research in June; 41% were dissatisfied.", "Kestrel Research"),
    ("The report, released on Monday by the Harbour Policy Institute, draws on a poll "
     "conducted by Opinara Analytics among 2,000 adults: 38% agree.", "Opinara Analytics"),
    ("The figures were published by the Fenwick Foundation, with fieldwork conducted by Quillsoft "
     "Insights in March; 52% back the levy.", "Quillsoft Insights"),
    ("The survey, published by the Toronto Civic Council and carried out online by Northway "
     "Research, found 47% of renters struggle.", "Northway Research"),
    ("Results were issued by the Cape Policy Forum; the poll was undertaken by Ndlovu "
     "Research Associates and found 33% had cut back.", "Ndlovu Research Associates"),
])
def test_the_fieldwork_organization_beats_the_publisher(text: str, fieldwork: str) -> None:
    names = [m.name for m in find_sources(text)]
    assert names == [fieldwork], names


@pytest.mark.parametrize(("text", "publisher"), [
    ("The findings, published today by the Marlow Health Trust, show 41% were dissatisfied.",
     "Marlow Health Trust"),
    ("The report, released by the Harbour Policy Institute, draws on data from Kestrel "
     "Research: 38% agree.", "Harbour Policy Institute"),
])
def test_a_publisher_alone_keeps_its_figures(text: str, publisher: str) -> None:
    assert publisher in [m.name for m in find_sources(text)]


@pytest.mark.parametrize(("text", "pollster"), [
    ("Almost half of renters are behind on bills, according to a poll commissioned by the "
     "housing charity Shelterwell.\n\nThe survey of 2,000 adults, carried out online by "
     "Kestrel Research, found 46% had cut back.", "Kestrel Research"),
    ("Some 41% of nurses plan to quit, says research commissioned by the Harbour Nurses "
     "Union. The poll was conducted by Opinara Analytics in June.", "Opinara Analytics"),
    ("A study commissioned by the Fenwick Foundation found 38% skip meals. This survey was "
     "undertaken by Ndlovu Research Associates last year.", "Ndlovu Research Associates"),
    ("Farm incomes fell, according to research sponsored by the Prairie Growers Council. "
     "The research, carried out by Northway Insights, polled 900 farmers.",
     "Northway Insights"),
    ("Trust is low, says a poll paid for by the Civic Forum of Kerala. Its fieldwork was "
     "conducted by Marlow Survey Partners; 33% agree.", "Marlow Survey Partners"),
])
def test_a_commissioner_gives_way_to_the_next_sentence_s_fieldwork(text: str,
                                                                  pollster: str) -> None:
    assert [m.name for m in find_sources(text)] == [pollster]


def test_a_commissioner_keeps_its_poll_when_the_next_sentence_is_another_s() -> None:
    text = ("A poll commissioned by the Fenwick Foundation found 38% skip meals. A separate "
            "study conducted by Kestrel Research found 41% do.")
    assert "Fenwick Foundation" in [m.name for m in find_sources(text)]


@pytest.mark.parametrize("text", [
    "Approval in the Harbourview Institute's October survey was 61%.",
    "Ratings in the KFF poll fell to 44%.",
    "Satisfaction in the Fenwick Trust's annual survey stood at 52 per cent.",
])
def test_a_figure_in_an_organization_s_survey_keeps_it(text: str) -> None:
    assert [m.name for m in find_sources(text)]


def test_a_publisher_ending_its_sentence_keeps_it() -> None:
    text = ("Some 31% skip meals, according to a survey released today by the Harbour Army."
            "\n\nThe survey, conducted by YouGov for the charity, polled 2,000 renters.")
    assert [m.name for m in find_sources(text)][:1] == ["Harbour Army"]


@pytest.mark.parametrize("noun", words("sources.txt", "head_nouns"))
def test_a_head_noun_refers_back_to_its_organization(noun: str) -> None:
    head = noun.capitalize()
    named = f"Marlowe Policy {head}"
    text = (f"Some 44% back the plan, a new {named} survey finds.\n\nThat is up from 31% in "
            f"the {head}'s 2019 survey.")
    names = [m.name for m in find_sources(text)]
    assert names == [named, named], names
    # with no organization of that noun before it, the noun is not rewritten
    alone = f"Gallup puts it at 40%. Support stood at 31% in the {head}'s 2019 survey."
    assert named not in [m.name for m in find_sources(alone)]


def test_centre_and_center_are_one_head() -> None:
    text = ("A Harwick Research Centre poll puts support at 52 per cent. The Center's earlier "
            "poll had it at 47 per cent.")
    assert [m.name for m in find_sources(text)] == ["Harwick Research Centre"] * 2
    # a known name is never rewritten, and a head noun without "the" stays as it was
    other = "A Harwick Research Centre poll puts support at 52 per cent, Gallup said."
    assert [m.name for m in find_sources(other)][-1] == "Gallup"


@pytest.mark.parametrize(("text", "owner"), [
    # UK: a programme titled by the place it covers, published by a body named with capitals
    ("Obesity rose again, according to the latest Lifestyle Survey for Harbourshire published "
     "by NHS Harbourshire on Tuesday. The survey found 29 per cent of adults were obese.",
     "NHS Harbourshire"),
    # Ireland: the body's abbreviation and a day after it
    ("The Healthy Ireland Survey, published by HSE Ireland on Monday, found that 18% of adults "
     "smoke.", "HSE Ireland"),
    # Canada: a "Survey of ..." title run by a statistics agency
    ("The Survey of Household Spending, conducted by Statistics Canada, found 12% of "
     "families cut back on food.", "Statistics Canada"),
    # Scotland: a government body runs it
    ("The Scottish Health Survey, run by the Scottish Government, found 32 per cent of adults "
     "were obese.", "Scottish Government"),
])
def test_a_programme_titled_by_its_scope_is_its_publisher_s(text: str, owner: str) -> None:
    """ "the <Programme> Survey for/of <X>, published/run by <Org>": the figures are Org's."""
    sources = {s.source.value for s in extract(text) if s.source is not None}
    assert sources == {owner}


@pytest.mark.parametrize("text", [
    # near misses: a day after a name with no abbreviation or organization word stays unsure
    "The report was released in Abuja on Monday; 27 per cent were obese.",
    "The figures were published by Sarah Okafor on Monday; 27 per cent agreed.",
])
def test_a_day_after_a_plain_name_names_no_source(text: str) -> None:
    assert [m.name for m in find_sources(text)] == []


@pytest.mark.parametrize("text", [
    "Median one-year-ahead price expectations eased to 3.2 percent in the bank's survey.",
    "Median household wealth rose 8 per cent, the statistics office said.",
])
def test_the_word_median_opening_a_sentence_is_no_pollster(text: str) -> None:
    # Median (the Czech agency) is a short name: a source only with poll wording or its
    # full name in the document, never the statistic "median" at a sentence's start
    assert all(st.source is None or st.source.value != "Median SK"
               for st in extract(text).statistics)


@pytest.mark.parametrize(("text", "organization"), [
    ("The Canadian Income Survey found that 18.4 per cent of renters were food insecure.",
     "Statistics Canada"),
    ("Under the EU-SILC, 16.2% of people in Belgium were at risk of poverty.", "Eurostat"),
    ("The Survey of Consumer Expectations put three-year expectations at 2.9 percent.",
     "Federal Reserve Bank of New York"),
    ("The Atlanta Fed's business survey found 41% of firms plan price rises.",
     "Federal Reserve Bank of Atlanta"),
    ("The Annual Population Survey shows 5.1% of adults smoke daily.",
     "Office for National Statistics"),
])
def test_an_official_survey_programme_gives_its_figures_its_agency(
        text: str, organization: str) -> None:
    (st,) = extract(text).statistics
    assert st.source is not None and st.source.value == organization
