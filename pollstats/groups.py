"""Who a figure is about: subgroup (``men``, ``aged 55 and older``), population (``Russians``)
and a short measure phrase, read from the clause around one statistic.

Each way prose says whom is one :class:`GroupRule` in :data:`GROUP_RULES` (a tuple whose order
is the priority), with its own example sentences and near misses:

* after the figure: ``44% of those aged 55 and older``, ``27 percent among voters aged 65 and
  over``, ``one in five respondents under 30``;
* before it: ``Men (27%)``, ``Among women aged 18–29, 61% ...``, ``For renters, ...``, ``the
  share of Republicans who ...``, ``Women are more likely than men (71% vs 62%)``, a sentence
  or clause that opens with its group (``Republicans remain loyal: 84% approve``);
* places of a survey's breakdown: ``12 per cent in Mt Kenya``, ``In Nyanza, ...``.

Rules are pure (a :class:`GroupView` in, a :class:`Proposal` out); :func:`decide` is the one
place that chooses. Whether a phrase is the whole sample (``Russians``, ``respondents``,
``registered voters``: the population), a subgroup or no group is :mod:`pollstats.groupwords`'s
call.

The rules and their rows (``NAME_RULE``, right after each function) live by family in
``group_rules_after``, ``group_rules_before``, ``group_places`` and ``group_lists``; the
view, proposal and rule types in ``group_view``; the frames that carry across sentences in
``frames``. Every public name stays importable from here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Final

import regex

from ._gate import ascii_folded
from .frames import FRAME_EXAMPLES as FRAME_EXAMPLES
from .frames import carry_frames as carry_frames
from .frames import carry_frames_in as carry_frames_in
from .frames import frame_of as frame_of
from .group_extremes import resolve_extreme
from .group_lists import (
    BRACKET_PLACE_LABEL_RULE,
    BRACKET_SERIES_RULE,
    CANDIDATE_SEGMENT_RULE,
    LABEL_LIST_RULE,
    LINE_LABEL_RULE,
)
from .group_narrow import (
    NARROWED_SAMPLE_RULE,
    SAMPLE_PART_RULE,
    group_count,
    narrowed_population,
    sample_part,
)
from .group_places import (
    AREA_RULE,
    COUNTRY_BEFORE_RULE,
    COUNTRY_LIST_RULE,
    COUNTRY_PARAGRAPH_RULE,
    COUNTRY_SPREAD_RULE,
    MARGIN_PLACE_RULE,
    PLACE_AFTER_RULE,
    PLACE_BEFORE_RULE,
    PLACE_LABEL_RULE,
    PLACE_OPENING_RULE,
    PLACE_SUBJECT_RULE,
    PLACE_THERE_RULE,
    PLACE_WHERE_RULE,
    POLL_OF_UNIT,
    SECTOR_AFTER_RULE,
    SECTOR_OPENING_RULE,
    SPLIT_PLACE_RULE,
    TERRITORY_RULE,
    UNIT_SUBJECT_RULE,
    multi_country,
)
from .group_places import _paragraph_countries as _paragraph_countries
from .group_places import _place_after as _place_after
from .group_places import _place_opening as _place_opening
from .group_rules_after import (
    AMONG_AFTER_RULE,
    AS_LIKELY_RULE,
    CLASS_AFTER_RULE,
    MORE_LIKELY_RULE,
    OF_GROUP_RULE,
    PEOPLE_AFTER_RULE,
    SHARE_OF_WHO_RULE,
    SPLIT_GROUP_RULE,
    WITH_AFTER_RULE,
)
from .group_rules_before import (
    AMONG_OPENING_RULE,
    ASKED_GROUP_RULE,
    AT_APPOSITION_RULE,
    BEFORE_PAREN_RULE,
    CLAUSE_MOVES_RULE,
    CLAUSE_OPENING_RULE,
    CLAUSE_SUBJECT_RULE,
    FOR_OPENING_RULE,
    OPENING_SUBJECT_RULE,
    POSSESSIVE_GROUP_RULE,
    RATE_FOR_RULE,
    RATE_OF_RULE,
    RESTATED_FRACTION_RULE,
    SUBJECT_MOVES_RULE,
    THEM_RULE,
    VERB_GROUP_RULE,
    WHERE_GROUP_RULE,
    WITH_OPENING_RULE,
)
from .group_view import _FIGURE, _POLL_NOUNS, _cue
from .group_view import GroupCues as GroupCues
from .group_view import GroupRule as GroupRule
from .group_view import GroupView as GroupView
from .group_view import Proposal as Proposal
from .group_view import SentenceIndex as SentenceIndex
from .grouping import group_key
from .groupwords import trim_fragment
from .model import Cue, Statistic
from .sample_ranks import SampleIndex
from .sources import SHORT_NAMES, SHORT_PLACES, pollsters

__all__ = [
    "FRAME_EXAMPLES",
    "GROUP_RULES",
    "GroupCues",
    "GroupRule",
    "GroupView",
    "Proposal",
    "SentenceIndex",
    "carry_frames",
    "carry_frames_in",
    "frame_of",
    "group_cues",
    "sample_phrases",
]
_MEASURE_AFTER = regex.compile(
    r"""
    \s+(?:of\s+(?:[\w'’\-]+\s+){0,3}?[\w\-]+\s+)?          # 45% of (young) voters ...
    (?P<m>(?:said|say|says|think|believe|support|oppose|back|agree|expressed|reported|stated|
            indicated|had|have|hold|held|view|viewed|follow|followed|sided|favor|favour|want|
            wanted|approve|disapprove)
          [^,;:()\[\].!?\n]{0,80})
    """,
    regex.VERBOSE,
)


#: The group rules, most specific first: the first rule that reads a subgroup gives it.
GROUP_RULES: Final[tuple[GroupRule, ...]] = (
    THEM_RULE,
    SAMPLE_PART_RULE,
    COUNTRY_BEFORE_RULE,
    COUNTRY_LIST_RULE,
    OF_GROUP_RULE,
    RESTATED_FRACTION_RULE,
    BEFORE_PAREN_RULE,
    BRACKET_SERIES_RULE,
    VERB_GROUP_RULE,
    CANDIDATE_SEGMENT_RULE,
    LABEL_LIST_RULE,
    BRACKET_PLACE_LABEL_RULE,
    LINE_LABEL_RULE,
    AMONG_AFTER_RULE,
    WITH_AFTER_RULE,
    CLASS_AFTER_RULE,
    SPLIT_GROUP_RULE,
    PEOPLE_AFTER_RULE,
    WHERE_GROUP_RULE,
    ASKED_GROUP_RULE,
    AREA_RULE,
    AMONG_OPENING_RULE,
    CLAUSE_OPENING_RULE,
    FOR_OPENING_RULE,
    WITH_OPENING_RULE,
    AT_APPOSITION_RULE,
    SHARE_OF_WHO_RULE,
    AS_LIKELY_RULE,
    MORE_LIKELY_RULE,
    CLAUSE_SUBJECT_RULE,
    CLAUSE_MOVES_RULE,
    OPENING_SUBJECT_RULE,
    POSSESSIVE_GROUP_RULE,
    SUBJECT_MOVES_RULE,
    RATE_OF_RULE,
    RATE_FOR_RULE,
    COUNTRY_SPREAD_RULE,
    PLACE_LABEL_RULE,
    PLACE_SUBJECT_RULE,
    TERRITORY_RULE,
    SPLIT_PLACE_RULE,
    PLACE_AFTER_RULE,
    MARGIN_PLACE_RULE,
    SECTOR_AFTER_RULE,
    PLACE_BEFORE_RULE,
    PLACE_WHERE_RULE,
    PLACE_THERE_RULE,
    UNIT_SUBJECT_RULE,
    PLACE_OPENING_RULE,
    SECTOR_OPENING_RULE,
    COUNTRY_PARAGRAPH_RULE,
    NARROWED_SAMPLE_RULE,
)


def _measure_after(v: GroupView, at: int) -> Cue | None:
    """``45% of voters said they would move``: the verb phrase after the figure (and after
    its "of" phrase)."""
    m = _MEASURE_AFTER.match(v.text, at, v.hi)
    return None if m is None else _cue(v.text, m, "m")


#: Words that make a party's name a group of people: "Labour voters", "the Tory camp".
_PARTY_PEOPLE = regex.compile(
    r"(?<!\w)(?:voters|supporters|backers|members|identifiers|partisans|leaners|camp|base"
    r"|who|those|people|adults)(?!\w)",
    regex.IGNORECASE,
)
#: "Labour on 38%", "the Greens are at 11%": a party's or a candidate's standing, right
#: between the name and its figure.
_STANDING = regex.compile(
    r"""[\s,]*(?:(?:is|are|was|were|stands?|stood|sits?|sat|remains?|remained|third|second
                    |fourth|fifth|last|first|level|steady|unchanged)[\s,]+){0,2}
        (?:on|at)\s+(?:(?:just|only|about|around|roughly|some)\s+)?""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: "among independents", "of the Greens": people, whatever follows.
_GROUP_PREP = regex.compile(r"(?r)(?<!\w)(?:among|of|with|for|from|by)\s+(?:the\s+)?\Z",
                            regex.IGNORECASE)


def _vote_share(view: GroupView, cue: Cue) -> bool:
    """A party's share of the vote, not a group: "The Conservatives are third on 17 per
    cent", "Labour on 38%" (a party name, without a people word, written with its article or
    standing "on"/"at" its figure)."""
    if (_PARTY_PEOPLE.search(cue.value) is not None
            or _GROUP_PREP.search(view.text, max(0, cue.start - 12), cue.start) is not None):
        return False
    if cue.value[:1].islower() and " " not in cue.value:
        return False  # "and independents at 31%": people; a party's name is capitalized
    key = group_key(cue.value)
    if key is None or not key.startswith("party=") or ";" in key:
        return False
    with_article = view.text[max(0, cue.start - 4):cue.start].lower().endswith("the ") or (
        cue.text.lower().startswith("the "))
    # standing "on"/"at" this figure, or at an earlier one whose baseline or change this
    # is ("are at 38 per cent, up from 36 per cent")
    at = _STANDING.match(view.text, cue.end, view.st.start) if cue.end <= view.st.start else None
    standing = at is not None and (at.end() == view.st.start
                                   or _FIGURE.match(view.text, at.end()) is not None)
    return with_article or standing or _race(view, cue)


#: "Democrats lead Republicans 48% to 42%": one party ahead of another in a race.
_RACE = regex.compile(
    r"""\s+(?:(?:now|still|narrowly|comfortably)\s+)?
    (?:lead|leads|led|trail|trails|trailed|beat|beats|edge|edges|edged|top|tops|topped
      |outpoll|outpolls|outpolled)\s+(?:the\s+)?
    (?P<other>\p{Lu}[\w'’\-]*(?:\s+\p{Lu}[\w'’\-]*)?)""",
    regex.VERBOSE,
)


#: "the conservatives lead with 27% to the AfD's 22%": one side of a head-to-head split,
#: the other side named after the figure (a contestant, not a group of people).
_LEADS_WITH = regex.compile(
    r"""\s+(?:(?:now|still|narrowly|comfortably)\s+)?
    (?:lead|leads|led|trail|trails|trailed)\s+(?:with|on)\s+\Z""",
    regex.VERBOSE,
)
_TO_OTHER_SIDE = regex.compile(
    r"""\s*(?:to|versus|vs\.?|against)\s+(?:the\s+)?\p{Lu}[\w'’\-/]*?(?:['’]s)?\s+
    (?:[0-9]|just\s+[0-9]|about\s+[0-9])""",
    regex.VERBOSE,
)


#: The other side's figure of such a split: "... lead with 27% to the AfD's 22%".
_SPLIT_SECOND = regex.compile(
    r"""\s+(?:(?:now|still|narrowly|comfortably)\s+)?
    (?:lead|leads|led|trail|trails|trailed)\s+(?:with|on)\s+
    [0-9][0-9.,]{0,6}\s*(?:%|(?i:per\s?cent|percent))
    \s*(?:to|versus|vs\.?|against)\s+(?:the\s+)?\p{Lu}[\w'’\-/]{0,30}?(?:['’]s)?\s+\Z""",
    regex.VERBOSE,
)


def _split_race(view: GroupView, cue: Cue) -> bool:
    """``the conservatives lead with 27% to the AfD's 22%``: the subject of "leads with" a
    figure set against another named side's figure is a contestant (for both figures)."""
    if cue.end > view.st.start:
        return False
    if _SPLIT_SECOND.match(view.text, cue.end, view.st.start) is not None:
        return True
    return (_LEADS_WITH.match(view.text, cue.end, view.st.start) is not None
            and _TO_OTHER_SIDE.match(view.text, view.st.end, view.hi) is not None)


def _race(view: GroupView, cue: Cue) -> bool:
    """A party named as one side of a race with another party: "Democrats lead Republicans
    48% to 42%", "Labour trails the Conservatives by 4 points" (the vote, not a group)."""
    m = _RACE.match(view.text, cue.end, view.st.start)
    return m is not None and (group_key(m["other"]) or "").startswith("party=")


#: A figure followed by words of everyone asked: "against 41% across the whole sample",
#: "38% overall", "29% nationally".
_WHOLE_TAIL = regex.compile(
    r"""\s*(?:overall|nationally|nationwide|in\s+total
            |(?:across|in|of|for)\s+the\s+(?:whole|entire|full|total|overall)\s+(?:sample|survey|panel)
            |of\s+all\s+(?:respondents|those\s+(?:polled|surveyed|asked)|adults|voters))
        (?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: A phrase that opens with a personal pronoun is a clause's words, never a group's.
_PRONOUN_HEAD = regex.compile(r"(?:them|they|it|we|us|you|he|she|him|her|this|these)(?!\w)",
                              regex.IGNORECASE)


#: A conjunction that opens a sentence, read into its subject: "And renters were ...".
_JOIN_HEAD = regex.compile(r"(?:And|But|So|Yet|Or)[ \t]+(?=\S)")


def _accepted(view: GroupView, cue: Cue | None) -> Cue | None:
    """The subgroup a rule read without the pronouns, verbs and conjunctions at its end
    (:func:`~pollstats.groupwords.trim_fragment`), unless nothing of a group is left or it
    is a party's vote share."""
    if cue is None or _WHOLE_TAIL.match(view.text, view.st.end) is not None:
        return None
    if _PRONOUN_HEAD.match(cue.value) is not None:
        return None  # "them since 2019", "they in the north": a clause, not a group
    lead = _JOIN_HEAD.match(cue.text)
    if lead is not None and lead.end() < len(cue.text):  # "And renters were ...": renters
        rest = cue.text[lead.end():]
        cue = Cue(" ".join(rest.split()), cue.start + lead.end(), cue.end, rest)
    trimmed = trim_fragment(cue)
    if (trimmed is None or _vote_share(view, trimmed) or _split_race(view, trimmed)
            or _pollster(view.text, trimmed)):
        return None
    return trimmed


#: Pollsters' names and aliases (``pollsters.txt``) and short names that are not places,
#: case-folded, by their first word: a pollster is who asked, never whom a figure is about.
_POLLSTERS_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {
    first: tuple(sorted(names, key=len, reverse=True))
    for first, names in itertools.groupby(
        sorted({n.casefold() for n in (*pollsters(), *(
            k for k in SHORT_NAMES if k not in SHORT_PLACES))}),
        key=lambda n: n.split()[0] if n.split() else n)
}
_DETERMINER = regex.compile(r"(?:its|their|the|his|her)\s+", regex.IGNORECASE)
_NAME_END = regex.compile(r"(?![\w'’-])")


def _pollster(text: str, cue: Cue) -> bool:
    """Whether a group phrase is a pollster's name, or the start of one the text goes on
    with ("Abacus has the Conservatives ahead there by 44 per cent", "members of its Angus
    Reid Forum")."""
    det = _DETERMINER.match(cue.value)
    core = cue.value[det.end():] if det is not None else cue.value
    words = core.casefold().split()
    if not words:
        return False
    at = text.find(core, cue.start)
    ahead = text[at:at + 80].casefold() if at >= 0 else core.casefold()
    for name in _POLLSTERS_BY_FIRST.get(words[0], ()):
        if len(name) >= len(core) and ahead.startswith(name) and (
                _NAME_END.match(ahead, len(name)) is not None):
            return True
    return False


#: A place after the people ("people in Ireland"): the survey's own population, whatever
#: else the document covers.
_PEOPLE_IN = regex.compile(r"(?<!\w)(?:in|from|across|of)\s", regex.IGNORECASE)


_SURVEY_NOUN = regex.compile(rf"(?<!\w)(?i:{_POLL_NOUNS})(?!\w)")
_PARAGRAPH_REACH: Final = 1500


def _one_survey_paragraph(view: GroupView) -> bool:
    """Whether the figure's paragraph names a survey of its own that is not the many-country
    one ("In Gallup's annual survey, 38 percent of Americans ..." in an article that also
    reports a 30-country study): its people are that survey's population."""
    lo = view.text.rfind("\n", max(0, view.start - _PARAGRAPH_REACH), view.start) + 1
    hi = view.text.find("\n", view.end, view.end + _PARAGRAPH_REACH)
    hi = min(len(view.text), view.end + _PARAGRAPH_REACH) if hi < 0 else hi
    paragraph = view.text[lo:hi]
    return _SURVEY_NOUN.search(paragraph) is not None and not multi_country(paragraph)


def _other_countries(view: GroupView, people: str) -> int:
    """How many countries other than the one ``people`` are of the figure's paragraph names
    in a breakdown (``in Guatemala``, ``In Honduras,``)."""
    own = (group_key(people) or "").removeprefix("country=").lower()
    return len(_paragraph_countries(view) - {own})


def _one_country_people(phrase: str) -> bool:
    """Whether a phrase names the people of one country by their demonym ("Italians",
    "French respondents", "Irish adults"), not by a place ("people in Ireland")."""
    key = group_key(phrase) or ""
    return (key.startswith("country=") and ";" not in key and "/" not in key
            and _PEOPLE_IN.search(phrase) is None)


#: What :func:`decide` reads of each rule, in order: its family, whether it reads after the
#: figure, whether it runs only without a population, and its ``propose``.
_Plan = tuple[tuple[str, bool, bool, Callable[[GroupView], Proposal | None]], ...]


def _plan(rules: tuple[GroupRule, ...]) -> _Plan:
    """The fields of ``rules`` that :func:`decide` reads (once at import for
    :data:`GROUP_RULES`, not once per figure)."""
    return tuple((r.decides_for, r.after_figure, r.no_population, r.propose) for r in rules)


_GROUP_PLAN: Final = _plan(GROUP_RULES)
#: The words each row of :data:`_GROUP_PLAN` needs in its sentence (``GroupRule.needs``).
_GROUP_NEEDS: Final = tuple(tuple(w.encode() for w in r.needs) for r in GROUP_RULES)


def _sentence_plan(sentence: SentenceIndex) -> _Plan:
    """The rows of :data:`_GROUP_PLAN` a sentence's words let propose: a rule whose needed
    words are all missing from the sentence (ASCII-folded once) reads nothing in it."""
    folded = ascii_folded(sentence.text[sentence.start:sentence.end])
    return tuple(row for row, needs in zip(_GROUP_PLAN, _GROUP_NEEDS, strict=True)
                 if not needs or any(w in folded for w in needs))


def decide(view: GroupView, rules: tuple[GroupRule, ...] = GROUP_RULES,
           gated: bool = True) -> GroupCues:
    """The one place that decides: the rules in order until one reads a subgroup; the first
    population and the first measure read are kept. A subgroup that is no group (a clause
    fragment, a party's vote share) is not kept (see :func:`_accepted`). Of
    :data:`GROUP_RULES`, only those whose needed words the sentence holds are tried (all
    when not ``gated``)."""
    subgroup = population = measure = None
    tail_end: int | None = None
    decided: set[str] = set()
    if rules is not GROUP_RULES:
        plan = _plan(rules)
    elif gated:
        plan = view.sentence.once(_sentence_plan, lambda: _sentence_plan(view.sentence))
    else:
        plan = _GROUP_PLAN
    for family, after_figure, no_population, propose in plan:
        if subgroup is not None:
            break
        if (family in decided or (after_figure and tail_end is not None)
                or (no_population and population is not None)):
            continue
        p = propose(view)
        if p is None:
            continue
        decided.add(family)
        subgroup = _accepted(view, p.subgroup)
        population = population or p.population
        measure = measure or p.measure
        tail_end = p.tail_end if p.tail_end is not None else tail_end
    if subgroup is None and population is not None and narrowed_population(view, population):
        # "Among registered voters, 47% ..." in a poll of 1,005 adults: a part of the sample
        subgroup, population = _accepted(view, population), None
    elif (subgroup is None and population is not None
          and _one_country_people(population.value)
          and ((view.countries and not _one_survey_paragraph(view))
               or _other_countries(view, population.value) >= 2)):
        # "34 per cent of French respondents", "Poles are more optimistic: 71 per cent" in a
        # survey of many countries, or in a paragraph that gives two other countries' figures
        # ("38% of Dominicans ... In Guatemala, the same tracker recorded 41%, and in Honduras
        # 27%"): the people of one of them
        subgroup, population = population, None
    if measure is None:
        measure = _measure_after(view, view.st.end if tail_end is None else tail_end)
    return GroupCues(subgroup, population, measure)


def group_cues(
    text: str, start: int, end: int, st: Statistic, survey: bool = False,
    countries: bool = False, sentence: SentenceIndex | None = None,
    samples: SampleIndex | None = None,
) -> GroupCues:
    """Subgroup, population and measure of ``st`` from its sentence ``text[start:end]``; a
    place ("in the North East") is a subgroup only of a ``survey`` figure; a country framing
    a figure is its group in a document whose survey spans many ``countries``. ``sentence``
    (a :class:`SentenceIndex` of ``text[start:end]``) shares what the rules find once per
    sentence among its figures; ``samples`` (:meth:`SampleIndex.of` of ``text``) what the
    document tells of its samples, read here when not given."""
    cues = decide(GroupView(
        text, start, end, st, survey, countries,
        SentenceIndex(text, start, end) if sentence is None else sentence,
        SampleIndex.of(text) if samples is None else samples))
    if cues.subgroup is None:
        return cues
    return GroupCues(resolve_extreme(text, cues.subgroup), cues.population, cues.measure)


# -- the survey's own population named as a group -----------------------------------------------

_NUMBER_HEAD = regex.compile(r"\A(?:n\s*=\s*)?[0-9][0-9,.\s]*")
#: The people right after a sample size written without them: "n=2,150 professional
#: developers and ...", up to a join or punctuation.
_SAMPLE_PEOPLE = regex.compile(
    r"\s+(?P<p>(?:[\w'’.\-]+\s+){0,3}?[\w'’\-]+s)(?=\s*(?:[,;:.()]|\Z|\s(?:and|in|from|across"
    r"|who|aged|between|conducted|surveyed|polled|interviewed|was|were|with|on)\b))",
    regex.IGNORECASE,
)
_SAMPLE_REACH: Final = 60
_SUBSAMPLE = regex.compile(r"(?<!\w)(?:sub-?samples?|sub-?groups?|includ(?:ing|es|ed)|of\s+whom"
                           r"|booster|over-?samples?(?:\s+of)?)"
                           r"(?!\w)", regex.IGNORECASE)
#: The dimensions of a whole sample named by its people: a survey of nurses, of teachers, of
#: parents, of renters (a survey of women or of Republicans is left as it is).
_SAMPLE_DIMS: Final = ("employment=", "sector=", "family=", "housing=", "country=", "region=")
_NARROWED = regex.compile(r"[0-9]|(?<!\w)(?:in|with|without|who|whose|aged|from|under|over|at"
                          r"|on|of)(?!\w)", regex.IGNORECASE)


def _parts(key: str | None) -> frozenset[str]:
    return frozenset() if key is None else frozenset(key.split("; "))


_SAMPLE_WORD = regex.compile(r"[\w'’\-]+")
_NOT_SAMPLE_WORDS: Final = frozenset({"all", "the", "of", "among", "those"})


def _sample_people(text: str, st: Statistic) -> str:
    """The people a sample size names: "1,428 Pennsylvania registered voters", "612" with
    "likely Democratic primary voters" after it."""
    words: str = _NUMBER_HEAD.sub("", st.text).strip()
    if not words:
        m = _SAMPLE_PEOPLE.match(text, st.end, st.end + _SAMPLE_REACH)
        words = str(m["p"]) if m is not None else ""
    return words


_PARTS_NEAR: Final = 200  # characters between two sample sizes told as parts of one sample


def sample_phrases(text: str, stats: tuple[Statistic, ...]) -> tuple[frozenset[str], ...]:
    """The words (lower case) of the people every sample size of the document names, for
    samples of voters or adults of a kind ("612 likely Democratic primary voters",
    "1,428 Pennsylvania registered voters"); not subsamples."""
    found: list[tuple[int, frozenset[str]]] = []
    told: set[int] = set()  # counts told for a group's own results: no whole sample
    for st in stats:
        if st.kind != "sample_size":
            continue
        people = _sample_people(text, st)
        if (_SUBSAMPLE.search(text, max(0, st.start - 30), st.start) is not None
                or sample_part(text, st.start)):
            continue
        ws = frozenset(w.lower() for w in _SAMPLE_WORD.findall(people))
        if len(ws) >= 2:  # "voters" alone is the population word itself
            if group_count(text, st.start, st.end, people):
                told.add(len(found))
            found.append((st.start, ws))
    # parts of one sample told together ("602 Jewish respondents ... and 151 Arab
    # respondents, a total of 753 adults") are groups to compare, not the whole sample;
    # waves of one population ("612 likely Democratic primary voters", "580 likely primary
    # voters") nest
    parts = {i for (i, (a, wa)), (j, (b, wb)) in itertools.combinations(enumerate(found), 2)
             if abs(a - b) <= _PARTS_NEAR and not (wa <= wb or wb <= wa) for i in (i, j)}
    return tuple(ws for k, (_, ws) in enumerate(found) if k not in parts and k not in told)


def sample_keys(text: str, stats: tuple[Statistic, ...]) -> tuple[frozenset[str], ...]:
    """The group keys of the people a document's surveys asked, read from its sample sizes
    ("4,112 unionized nurses", "n=2,150 professional developers and ...", "5,273 employed
    adults"): occupations, parents, renters (not "adults", "voters": no key; not a
    subsample); none unless every sample names the same people."""
    out: list[frozenset[str]] = []
    for st in stats:
        if st.kind != "sample_size":
            continue
        words = _sample_people(text, st)
        if (_SUBSAMPLE.search(text, max(0, st.start - 30), st.start) is not None
                or sample_part(text, st.start) or group_count(text, st.start, st.end, words)):
            continue  # "a subsample of 300 women", "for the sample of 301 Republicans"
        parts = _parts(group_key(words)) if words else frozenset()
        if parts and all(p.startswith(_SAMPLE_DIMS) for p in parts):
            out.append(parts)
    # a survey of one state's or province's people ("a poll of 1,200 Pennsylvania voters")
    for m in POLL_OF_UNIT.finditer(text):
        parts = _parts(group_key(m["unit"]))
        if parts and all(p.startswith("region=") for p in parts):
            out.append(parts)
    # one population: samples of several kinds ("1,000 women and 1,000 men", articles of
    # several surveys) are groups to compare, not the whole sample
    return tuple(out) if len(set(out)) == 1 else ()


def whole_sample(cues: GroupCues, keys: tuple[frozenset[str], ...],
                 phrases: tuple[frozenset[str], ...] = (),
                 samples: SampleIndex | None = None) -> GroupCues:
    """``cues`` with a subgroup that is the survey's own population moved to the population:
    in a survey of 4,112 nurses, "83% of nurses" is about every respondent; in a survey of
    "612 likely Democratic primary voters", "of likely primary voters" is too (its words are
    all words of a sample's ``phrases``) — unless the ``text`` tells it as one part of a
    sample it splits (registered voters beside likely voters: the text's ``samples``)."""
    if cues.subgroup is None or cues.population is not None:
        return cues
    if samples is not None and samples.narrower(cues.subgroup.value, cues.subgroup.start):
        return cues  # "with registered voters" beside the poll's likely voters: a part
    ws = frozenset(w.lower() for w in _SAMPLE_WORD.findall(cues.subgroup.value))
    ws -= _NOT_SAMPLE_WORDS
    if len(ws) >= 2 and any(ws <= p for p in phrases):
        return GroupCues(None, cues.subgroup, cues.measure)
    if not keys:
        return cues
    if _NARROWED.search(cues.subgroup.value) is not None:
        return cues  # "developers in financial services", "nurses under 35"
    parts = _parts(group_key(cues.subgroup.value))
    if any(p.startswith("region=") for p in parts) and _LOWER_WORD.search(
            cues.subgroup.value) is not None:
        return cues  # "regional Victoria" in a poll of Victorians: a part of the state
    if parts and any(parts <= k for k in keys):
        return GroupCues(None, cues.subgroup, cues.measure)
    return cues


#: A lower-case word of a place's phrase that narrows it: "regional", "rural", "western".
_LOWER_WORD = regex.compile(r"(?<![\w\-])(?!(?:the|all|of)\b)[a-z][\w\-]*")
