"""Official results quoted beside polls: an election's or a referendum's own figures.

A story about a poll often recalls the result it is measured against ("Britain voted to
leave by 52% to 48% in 2016", "Labor won 52.1 per cent of the two-party vote at the 2022
election", "turnout was 67 per cent"). Such a figure is the count of a vote, not a finding of
the poll the passage is about: it never takes the poll's source, and it is dated by its own
clause (the election's date), not by the poll's fieldwork.

Each way of writing a result is one named row of :data:`RESULT_RULES` (its order is its
priority), with example sentences (the figure it reads) and near misses (poll figures in the
same words: "would win 30% of the vote", "won 41% support in the poll"). A rule reads a
reversed pattern ending where the figure starts (``before``) and, if it has one, a pattern
matched where the figure ends (``after``); both are bounded, so a figure costs a constant.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Final

import attrs
import regex

from ._gate import ascii_folded

__all__ = ["RESULT_RULES", "ResultRule", "official_result", "official_results"]

_F = regex.VERBOSE | regex.IGNORECASE

#: Words that may stand between a result verb and its figure: "won just over 48%".
_HEDGE = r"(?:(?:just|nearly|almost|about|around|roughly|some|only|over|under|more\s+than|" \
         r"less\s+than|close\s+to|a\s+record|an\s+unprecedented)\s+){0,2}"
_NUMBER = r"[0-9]{1,3}(?:[.,][0-9]{1,2})?\s*(?:%|per\s*cent|percent)?"
#: "of the vote", "of the two-party preferred vote", "of first-preference votes"
_OF_THE_VOTE = regex.compile(
    r"""\s+of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,3}?(?:votes?|ballots(?:\s+cast)?)(?!\w)""",
    _F)
#: An election or a referendum in the figure's clause ("at the 2022 election").
_ELECTION_AFTER = regex.compile(
    r"""[^.;!?\n]{0,60}?(?<!\w)(?:elections?|referendums?|plebiscites?|by-?elections?|
        primar(?:y|ies)|caucus(?:es)?|run-?offs?|polls\s+closed|general\s+vote)(?!\w)""", _F)
_ELECTION_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:elections?|referendums?|plebiscites?|by-?elections?|primar(?:y|ies)|
        caucus(?:es)?|run-?offs?)(?!\w)[^.;!?\n]{0,60}\Z""", _F)
#: Words of a poll in the figure's clause: its figure is the poll's ("won 41% in the poll").
_POLL_NEAR = regex.compile(
    r"(?<!\w)(?:polls?|polling|survey\w*|respondents|surveyed|projected|projection|forecast\w*|"
    r"model|estimate[sd]?|would|could|if)(?!\w)", _F)
#: A modal or "to" before the verb makes it a projection: "would win", "on course to take".
_MODAL_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:would|will|could|might|may|to|can|set\s+to|likely\s+to|expected\s+to)"
    r"\s+\Z", _F)
#: How far around a figure a rule looks.
_REACH: Final = 90


@attrs.frozen
class ResultRule:
    """One way of writing an official result. ``before``: a reversed pattern ending where the
    figure starts; ``after``: a pattern matched at its end that must follow too (or ``None``).
    ``examples`` are (sentence, the figure's text) pairs the rule reads as a result; in
    ``near_misses`` it reads none of the figures."""

    name: str
    before: regex.Pattern[str]
    after: regex.Pattern[str] | None
    examples: tuple[tuple[str, str], ...]
    near_misses: tuple[str, ...]
    #: the figure's clause must name an election and no poll (else ``after`` alone decides)
    needs_election: bool = False
    #: matched where the figure ends, this makes it no result ("by 61% of those surveyed")
    not_after: regex.Pattern[str] | None = None
    #: an earlier figure of the sentence must be a result already
    needs_results: bool = False


_WON = r"won|took|secured|received|garnered|captured|polled|gained|claimed|collected"

RESULT_RULES: Final[tuple[ResultRule, ...]] = (
    ResultRule(
        "voted_by",  # "voted to leave by 52% to 48%", "approved by 66.4 per cent"
        regex.compile(
            rf"""(?r)(?<!\w)(?:voted|approved|rejected)
            (?:\s+[^\s.;,]{{1,20}}){{0,6}}?\s+by\s+{_HEDGE}
            (?:{_NUMBER}\s+(?:to|against|-|–)\s+)?\Z""", _F),
        None,
        (("Britain voted to leave the EU by 52% to 48% in June 2016.", "52%"),
         ("Britain voted to leave the EU by 52% to 48% in June 2016.", "48%"),
         ("Irish voters approved the amendment by 66.4 per cent in 2018.", "66.4 per cent"),
         ("Chileans rejected the draft by 62% to 38% in the plebiscite.", "38%")),
        ("A YouGov poll found 56% would vote to rejoin.",
         "Women voted for the Democrat by 12 points, the exit poll showed.",
         "Men backed the challenger by 7 points.",
         "Support for the plan rose by 5 points to 48% in the Ipsos poll.",
         "The motion was backed by 61% of those surveyed."),
        not_after=regex.compile(r"\s+of\s", _F),  # a share of people: a poll's figure
    ),
    ResultRule(
        "won_share_of_vote",  # "Labor won 52.1 per cent of the two-party vote"
        regex.compile(rf"(?r)(?<!\w)(?:{_WON})\s+{_HEDGE}\Z", _F),
        _OF_THE_VOTE,
        (("At the last election Labour won 33.7% of the vote.", "33.7%"),
         ("Trump took 49.8 percent of the popular vote in November.", "49.8 percent"),
         ("The Greens secured just over 12 per cent of first-preference votes.", "12 per cent")),
        ("Labour would win 30% of the vote, the model suggests.",
         "Reform is on course to take 29% of the vote, according to More in Common.",
         "Respondents said the party won 40% of the argument."),
    ),
    ResultRule(
        "won_election_with",  # "won the May 2019 general election with 57.5%"
        regex.compile(
            rf"""(?r)(?<!\w)(?:won|lost|carried|swept)\s+(?:[^\s.;,:!?]{{1,24}}\s+){{0,6}}?
            (?:elections?|votes?|ballots?|run-?offs?|primar(?:y|ies)|referendums?|
               by-?elections?|polls)
            \s+(?:with|on)\s+{_HEDGE}\Z""", _F),
        None,
        (("The ANC won the May 2019 general election with 57.5% of the valid votes.",
          "57.5%"),
         ("Lula won the 2022 runoff with 50.9 per cent.", "50.9 per cent"),
         ("Carney's Liberals won the April election with 43.8 percent.", "43.8 percent")),
        ("She won the vote with 59% support in the final Ipsos poll.",
         "Labour would win the election with 40%, the model projects."),
        not_after=regex.compile(
            r"[^.;!?\n]{0,60}?(?<!\w)(?:polls?|polling|survey\w*|projected|projects|would)"
            r"(?!\w)", _F),
    ),
    ResultRule(
        "won_at_election",  # "the party won 30% at the 2024 general election"
        regex.compile(rf"(?r)(?<!\w)(?:{_WON}|finished\s+(?:with|on)|ended\s+(?:with|on))"
                      rf"\s+{_HEDGE}\Z", _F),
        None,
        (("In the 2024 general election, the SNP won 30% in Scotland.", "30%"),
         ("Labor took 32.6 per cent at the May 2022 election.", "32.6 per cent"),
         ("The Liberals finished with 41.5 per cent on election night.", "41.5 per cent")),
        ("The party won 41% support in the latest Savanta poll ahead of the election.",
         "Before the election, Labour took 35% in a Deltapoll survey.",
         "In the by-election poll, Reform took 38%."),
        needs_election=True,
    ),
    ResultRule(
        "result_list",  # "Labour won 33.7% of the vote and Reform 14.3%": the same count
        regex.compile(
            rf"""(?r)(?<![\w.,])(?P<head>[0-9]{{1,3}}(?:[.,][0-9]{{1,2}})?\s*(?:%|per\s*cent|percent)?)
            (?:\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?votes?)?
            (?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)
            (?:the\s+)?(?:(?-i:\p{{Lu}})[\w\-'’]*\s+){{1,3}}
            (?:(?:on|with|took|won|got|secured|received|polled)\s+)?{_HEDGE}\Z""", _F),
        None,
        (("At the 2024 election Labour won 33.7% of the vote and Reform 14.3%.", "14.3%"),
         ("At the 2022 election the Liberals won 41.5 per cent, the Nationals 9 per cent.",
          "9 per cent")),
        ("In the Opinium poll Labour won 33.7% support, Reform 29%.",
         "Labour is on 24% in the Savanta poll and Reform 29%."),
    ),
    ResultRule(
        "won_by_votes",  # "lost the Senate race by 19,138 votes, or 0.3 of a percentage point"
        regex.compile(
            r"""(?r)(?<!\w)(?:won|lost|carried|beat|defeated|edged)(?!\w)
            (?:\s+[^\s.;:!?]{1,24}){0,10}?\s+by\s+(?:about\s+|some\s+|just\s+|only\s+)?
            [0-9][0-9,]{0,10}\s+votes?,?\s+or\s+(?:about\s+|roughly\s+|just\s+|some\s+)?\Z""",
            _F),
        None,
        (("Rogers lost the 2024 Senate race to Slotkin by 19,138 votes, or 0.3 percent.",
          "0.3 percent"),
         ("In 2020 Biden carried Georgia by 11,779 votes, or 0.2 percent.", "0.2 percent")),
        ("A poll of 800 voters found Smith would win by 500 votes, or 2 points.",
         "Support rose by 2,000 votes, or 3%, in the survey."),
    ),
    ResultRule(
        "share_they_won",  # "below the 47.7% the party won in 2021": a result named after it
        regex.compile(r"(?r)(?<!\w)the\s+\Z", _F),
        regex.compile(
            r"""(?:\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?votes?)?  # "of the two-party vote"
            \s+(?:that\s+|which\s+)?(?:the\s+[\w\-]+|it|they|he|she|
            (?-i:\p{Lu})[\w\-'’]{0,20}(?:\s+(?-i:\p{Lu})[\w\-'’]{0,20}){0,2})
            \s+(?:had\s+)?(?:won|took|secured|received|got|polled|garnered|claimed)(?!\w)""",
            _F),
        (("The Tories are now well short of the 43.6% the party won in 2019.", "43.6%"),
         ("Labor's primary is below the 32.6 per cent it took at the 2022 federal election.",
          "32.6 per cent"),
         ("Fine Gael sits far from the 20.8% Fine Gael secured in 2024.", "20.8%"),
         ("The ANC is well under the 40.2% they received five years ago.", "40.2%"),
         ("Labor is down on the 52.1 per cent of the two-party preferred vote it won at the "
          "2022 election.", "52.1 per cent")),
        ("The Greens are at the 12% the party took in the last Ipsos survey.",
         "Support is back to the 41% the firm recorded in March.",
         "Only 38% said the party won the argument."),
        not_after=regex.compile(
            r"[^.;!?\n]{0,60}?(?<!\w)(?:polls?|polling|survey\w*|projected|would)(?!\w)", _F),
    ),
    ResultRule(
        "share_at_election",  # "down from 40.3% at the last election": a baseline result
        regex.compile(rf"(?r)(?<!\w)(?:from|than|with|against|below|above)\s+"
                      rf"(?:the\s+)?{_HEDGE}\Z", _F),
        regex.compile(
            r"""\s+(?:at|in)\s+the\s+(?!next|upcoming|coming|forthcoming)
            (?:[\w\-]+\s+){0,3}?(?:elections?|referendums?)(?!\w)
            (?!\s+(?:polls?|surveys?|campaign))""", _F),
        (("The SNP is on 28%, down from 40.3% at the last election.", "40.3%"),
         ("Labour's 24% compares with 33.7 per cent at the 2024 general election.",
          "33.7 per cent"),
         ("The Coalition's vote is well below the 35.7 per cent at the May election.",
          "35.7 per cent")),
        ("Labour is on 24%, down from 30% in the pre-election poll.",
         "Support rose from 41% in the referendum campaign survey.",
         "The party would get 30% at the next election, up from 27%."),
    ),
    ResultRule(
        # "compared with 28.5% for the CDU at the February election": each party's result of
        # one vote, its party named between the figure and the vote
        "share_for_party_at_election",
        regex.compile(rf"(?r)(?<!\w)(?:from|than|with|against|below|above|and|to)\s+"
                      rf"(?:the\s+)?{_HEDGE}\Z", _F),
        regex.compile(
            rf"""\s+for\s+(?:the\s+)?(?:[\w\-/'’]+\s+){{1,3}}?
            (?:and\s+{_NUMBER}\s+for\s+(?:the\s+)?(?:[\w\-/'’]+\s+){{1,3}}?)?
            (?:at|in)\s+(?:the|last|that)\s+
            (?!next|upcoming|coming|forthcoming)(?:[\w\-]+\s+){{0,3}}?
            (?:elections?|referendums?|vote|run-?offs?|by-?elections?|primar(?:y|ies))(?!\w)
            (?!\s+(?:polls?|surveys?|campaign))""", _F),
        (("That compares with 31.2% for Labour and 18.1% for the Greens at the 2023 election.",
          "31.2%"),
         ("That compares with 31.2% for Labour and 18.1% for the Greens at the 2023 election.",
          "18.1%"),
         ("The BJP is on 38 per cent, down from 41.5 per cent for the party in the 2024 Lok "
          "Sabha election.", "41.5 per cent"),
         ("Lula is at 44%, against 50.9% for him in the 2022 runoff.", "50.9%")),
        ("That compares with 31% for Labour and 18% for the Greens in the last Curia poll.",
         "Support is at 30%, up from 25% for the party in the election campaign survey.",
         "Labour is on 30% and 25% for the Tories at the next election would be a loss."),
    ),
    ResultRule(
        # "well below its election score of 16.4 per cent": a party's own count at a vote
        "election_score_of",
        regex.compile(rf"""(?r)(?<!\w)(?:elections?|electoral|referendum)\s+
            (?:scores?|results?|tally|total|haul|showing)\s+of\s+{_HEDGE}\Z""", _F),
        None,
        (("The SPD stands at 14%, well below its election score of 16.4 per cent.",
          "16.4 per cent"),
         ("Labor is polling under its 2022 election result of 32.6%.", "32.6%"),
         ("The ANC is far from its election tally of 40.2 percent.", "40.2 percent")),
        ("The poll's election result of 30% for Reform would be a record.",
         "The party's best election result of 2025 polls is 30%.",
         "Its election forecast of 34% in the YouGov model is unchanged."),
        not_after=regex.compile(
            r"[^.;!?\n]{0,60}?(?<!\w)(?:polls?|polling|survey\w*|projected|would)(?!\w)", _F),
    ),
    ResultRule(
        # "a region that gave Ruto close to nine in ten of its votes in 2022": a count of votes
        "gave_share_of_votes",
        regex.compile(rf"""(?r)(?<!\w)(?:gave|handed|delivered)\s+
            (?:[\w\-'’]+\s+){{1,3}}?{_HEDGE}\Z""", _F),
        regex.compile(r"""\s+of\s+(?:its|their|the|his|her)\s+(?:[\w\-]+\s+){0,2}?
            (?:votes?|ballots)(?!\w)""", _F),
        (("Kano gave Tinubu barely 20% of its votes in 2023.", "20%"),
         ("The Nordeste gave Lula almost 70 percent of its votes in the runoff.",
          "70 percent"),
         ("Scotland handed the SNP 36 per cent of the votes cast in July.", "36 per cent")),
        ("Voters gave Ruto 31% approval in the TIFA poll.",
         "Respondents gave the party 40% of their trust.",
         "The region gave him 60% support, the survey found."),
    ),
    ResultRule(
        # "down from 47.9% in the 2021 election, while the BJP is at 39.1%, up from 38.1%":
        # an undated baseline after a result's baseline in one sentence is the same vote's
        "parallel_baseline",
        regex.compile(rf"(?r)(?<!\w)(?:up|down|rising|falling|higher|lower)\s+from\s+"
                      rf"(?:the\s+)?{_HEDGE}\Z", _F),
        regex.compile(r"\s*(?:[,;.)]|\Z)", _F),
        (("Labor is on 31%, down from 32.6% at the 2022 election, while the Greens are on "
          "14%, up from 12.2%.", "12.2%"),
         ("The TMC is at 42.8 per cent, down from 47.9 per cent in the 2021 Assembly "
          "election, and the BJP at 39.1 per cent, up from 38.1 per cent.", "38.1 per cent")),
        ("Labor is on 31%, down from 33% in the last Newspoll, while the Greens are on 14%, "
         "up from 12%.",
         "Labour is on 24%, down from 30% in May; the Greens are on 9%, up from 7%."),
        needs_results=True,
    ),
    ResultRule(
        # "Muslims, who make up about 27 per cent of the state's population": a census
        # count of who lives there, not a finding of the poll beside it
        "population_share",
        regex.compile(rf"""(?r)(?<!\w)(?:make|makes|made|making)\s+up\s+{_HEDGE}\Z
            |(?<!\w)(?:account|accounts|accounting)\s+for\s+{_HEDGE}\Z
            |(?<!\w)(?:constitute|constitutes|comprise|comprises)\s+{_HEDGE}\Z""", _F),
        regex.compile(  # not a labour statistic: "37.8% of the employed population"
            r"""\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’\-]+\s+){0,3}?
            (?<!(?:employed|working|active|labou?r|working-age|occupied)\s+)
            (?:population|populace|inhabitants)(?!\w)""", _F),
        (("Muslims, who make up about 27 per cent of the state's population, back the TMC.",
          "27 per cent"),
         ("Latinos, who account for 19% of the US population, are split.", "19%"),
         ("Francophones, who constitute 22 per cent of Canada's population, lean Liberal.",
          "22 per cent")),
        ("Muslims make up 27 per cent of those surveyed.",
         "Renters account for 31% of the sample, the pollster said.",
         "Black voters made up 13% of the electorate, according to exit polls.",
         "Informal workers made up 38.2% of the employed population in the quarter.",
         "Women account for 41 per cent of the economically active population, ILOSTAT says.",
         "Yadavs make up 14 per cent of the state's population according to the state "
         "government's 2023 caste survey."),
        not_after=regex.compile(  # a survey that counted them: its figure
            r"[^.;!?\n]{0,100}?(?<!\w)(?:polls?|polling|survey\w*|census|respondents)(?!\w)",
            _F),
    ),
    ResultRule(
        # "Ireland rejected the treaty in 2008, when 53.4 per cent voted no": the share of a
        # referendum's or an election's ballots (not yet "with 62.3 per cent voting no": the
        # sentence's date then leaves the figures after it)
        "share_voted_no",
        regex.compile(r"(?r)(?<!\w)(?:when|as|after)\s+" + _HEDGE + r"\Z", _F),
        regex.compile(
            r"""\s+(?:of\s+(?:voters|the\s+electorate|ballots(?:\s+cast)?)\s+)?
            (?:voted|voting)\s+(?:no|yes|against|in\s+favou?r)(?!\w)""", _F),
        (("Ireland rejected the treaty in 2008, when 53.4 per cent voted no.", "53.4 per cent"),
         ("Quebecers turned down sovereignty in 1995, when 50.6% voted no.", "50.6%"),
         ("Australians rejected the Voice in 2023, as 60.1 per cent of voters voted no.",
          "60.1 per cent"),
         ("Scots stayed in the union in 2014, when 44.7% voted yes.", "44.7%")),
        ("Asked about a new vote, 55% said they would vote no.",
         "In the poll, 48 per cent would vote yes.",
         "Some 41% voted for Labour in 2019, the survey found, and 12% plan to switch."),
    ),
    ResultRule(
        "turnout",  # "turnout was 67 per cent": the count of a vote
        regex.compile(
            rf"""(?r)(?<!\w)(?<!(?:expected|predicted|projected|likely|forecast|estimated)
            \s)turnout\s+
            (?:(?:in|at|for)\s+(?:the\s+|last\s+|that\s+)?(?:[\w\-'’]+\s+){{0,3}}?
               (?:elections?|referendums?|votes?|ballot|by-?elections?|runoff)\s+)?
            (?:was|of|reached|hit|stood\s+at|at|rose\s+to|fell\s+to|came\s+in\s+at)
            \s+{_HEDGE}\Z""", _F),
        None,
        (("Turnout was 67.3% in the 2019 election.", "67.3%"),
         ("The referendum drew a turnout of 84.6 per cent.", "84.6 per cent"),
         ("Turnout in the March election was 77.9 per cent.", "77.9 per cent"),
         ("Turnout at the 2022 presidential runoff stood at 79 percent.", "79 percent")),
        ("An expected turnout of 60% would favour the incumbent, the pollster said.",
         "Of those polled, 72% said they would vote."),
        needs_election=True,
    ),
)


def official_result(text: str, start: int, end: int, lo: int, hi: int,
                    results: Container[int] = (),
                    rules: tuple[ResultRule, ...] = RESULT_RULES) -> str | None:
    """The name of the first :data:`RESULT_RULES` row that reads the figure at
    ``text[start:end]`` (in its sentence ``text[lo:hi]``) as an official result, else None.
    ``results``: the starts of the figures before it already read as results (a list goes
    on from them: "won 33.7% of the vote and Reform 14.3%"); reading a sentence's figures in
    order keeps this linear. ``rules``: the rows to try (those whose words the sentence
    holds, :func:`official_results`)."""
    for rule in rules:
        if rule.needs_results and not results:
            continue  # "up from 38.1%" is a vote's only beside a vote's result
        m = rule.before.search(text, max(lo, start - _REACH), start)
        if m is None:
            continue
        if rule.name.startswith("won") and _MODAL_BEFORE.search(
                text, max(lo, m.start() - 20), m.start()) is not None:
            continue  # "would win 30% of the vote": a projection
        if rule.after is not None and rule.after.match(text, end, min(hi, end + _REACH)) is None:
            continue
        if rule.not_after is not None and rule.not_after.match(text, end, hi) is not None:
            continue
        if rule.name == "voted_by" and "point" in text[start:end].lower():
            continue  # "voted for her by 12 points": a margin between groups of voters
        if rule.needs_election and not _names_election(text, m.start(), start, end, lo, hi):
            continue
        if rule.name == "result_list" and m.start("head") not in results:
            continue  # the figure before it in the list must be a result itself
        return rule.name
    return None


def _names_election(text: str, start: int, figure: int, end: int, lo: int, hi: int) -> bool:
    """An election in the clause around ``text[start:end]`` (the rule's words from ``start``,
    the figure from ``figure``: "turnout in the March election was 78%") and no poll word
    in it."""
    a, b = max(lo, start - _REACH), min(hi, end + _REACH)
    if _POLL_NEAR.search(text, a, b) is not None:
        return False
    return (_ELECTION_AFTER.match(text, end, b) is not None
            or _ELECTION_BEFORE.search(text, a, figure) is not None)


#: Words (lower case, one of which is needed) that every way a row can read a figure holds
#: in the figure's sentence: in its ``before`` match, or in its ``after`` match where that one
#: must follow. A row not named here is always tried ("result_list": figures and names).
_RULE_NEEDS: Final[dict[str, tuple[bytes, ...]]] = {name: tuple(w.encode() for w in needs)
                                                    for name, needs in {
    "voted_by": ("voted", "approved", "rejected"),
    "won_share_of_vote": tuple(_WON.split("|")),
    "won_election_with": ("won", "lost", "carried", "swept"),
    "won_at_election": (*_WON.split("|"), "finished", "ended"),
    "won_by_votes": ("won", "lost", "carried", "beat", "defeated", "edged"),
    "share_they_won": ("won", "took", "secured", "received", "got", "polled", "garnered",
                       "claimed"),
    "share_at_election": ("election", "referendum"),
    "share_for_party_at_election": ("election", "referendum", "vote", "run", "primar"),
    "election_score_of": ("elect", "referendum"),
    "gave_share_of_votes": ("gave", "handed", "delivered"),
    "parallel_baseline": ("from",),
    "population_share": ("popula", "inhabitants"),
    "turnout": ("turnout",),
    "share_voted_no": ("voted", "voting"),
}.items()}


def _rules_for(text: str, lo: int, hi: int) -> tuple[ResultRule, ...]:
    """The rows of :data:`RESULT_RULES` whose needed words the sentence ``text[lo:hi]`` holds
    (any case: :func:`~pollstats._gate.ascii_folded`), in their order."""
    folded = ascii_folded(text[lo:hi])
    return tuple(rule for rule in RESULT_RULES if rule.name not in _RULE_NEEDS
                 or any(w in folded for w in _RULE_NEEDS[rule.name]))


def official_results(text: str, spans: Iterable[tuple[int, int]], lo: int, hi: int, *,
                     gated: bool = True) -> list[str | None]:
    """:func:`official_result` for each figure of one sentence (``text[lo:hi]``), given in
    text order by its span: a result's list goes on from the results before it ("won 33.7% of
    the vote and Reform 14.3%"). Only the rows whose words the sentence holds are tried
    (``gated``; tests/test_perf_gates.py holds it equal to trying every row)."""
    out: list[str | None] = []
    starts: set[int] = set()
    spans = list(spans)
    rules = RESULT_RULES if not gated or not spans else _rules_for(text, lo, hi)
    for start, end in spans:
        r = official_result(text, start, end, lo, hi, starts, rules)
        out.append(r)
        if r is not None:
            starts.add(start)
    return out
