"""Stage 3: statistics from number tokens.

Each number token is tried against a fixed list of rules, most specific first (margin of error,
sample size, percentage points, percent, multipliers, fractions, net scores). A rule looks only
at a bounded window around its token, so the stage is linear in the text. A rule may take a
neighbouring token too (the ``9`` of ``9–14%``, the ``five`` of ``one in five``); each token
belongs to at most one statistic.

This module holds the registry :data:`RULES`, the plan of which rules a token may need
(:class:`Needs`, ``_RULE_NEEDS``) and :func:`find_statistics`. The rules live in modules by
family: :mod:`pollstats.match_words` (word lists and shared patterns),
:mod:`pollstats.match_scan` (the scan state and shared helpers),
:mod:`pollstats.match_rules_sample` (margins of error, sample sizes),
:mod:`pollstats.match_rules_units` (points, percent, times, fractions, net scores),
:mod:`pollstats.match_rules_bare` and :mod:`pollstats.match_rules_lists` (figures without a
unit of their own, lists, tables). The names other modules import from here are re-exported.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import regex

from .groupwords import DEMONYM_WORDS
from .match_rules_bare import BULLET_LINE as BULLET_LINE
from .match_rules_bare import (
    _rule_bare_split,
    _rule_paren_change,
    _rule_party_list,
    _rule_points_carried,
    _rule_share_gap_words,
    _rule_share_move,
    _rule_updown_level,
)
from .match_rules_lists import (
    _CUE_REACH,
    SHARE_MEASURES,
    _list_item,
    _rule_bare_list,
    _rule_carried_unit,
    _rule_lead_bare,
    _rule_measure_bare,
    _rule_share_cue,
    _rule_table_column,
    _rule_table_row,
    _rule_unit_at_list_end,
)
from .match_rules_sample import _rule_moe, _rule_sample, _rule_sample_part, _rule_sample_survey
from .match_rules_units import (
    _GAP_NOUN_BEFORE,
    _rule_basis_points,
    _rule_fraction,
    _rule_fraction_level,
    _rule_gap_points,
    _rule_in_every,
    _rule_mixed_range,
    _rule_multiplier,
    _rule_net,
    _rule_net_carried,
    _rule_percent,
    _rule_percent_of,
    _rule_points,
    _rule_times,
    _rule_to_one,
    _sports,
)
from .match_scan import Rule, _Scan
from .match_scan import folded as folded
from .match_words import (
    _DIRECTION_BEFORE,
    _F,
    _LEAD_WORDS,
    _NOUN_OF_BEFORE,
    _OF_AFTER,
    _POLL_NEAR,
    _QUAL,
    _SPACE,
    _TO_END,
    MOE_CUES,
    RESPONDENT_NOUNS,
    SAMPLE_NOUNS,
    WINDOW,
)
from .match_words import _SENTENCE_BREAK as _SENTENCE_BREAK
from .match_words import _SENTENCE_BREAK_FULL as _SENTENCE_BREAK_FULL
from .match_words import DOWN_NOUNS as DOWN_NOUNS
from .match_words import DOWN_VERBS as DOWN_VERBS
from .match_words import PEOPLE_WORDS as PEOPLE_WORDS
from .match_words import QUALIFIER_WORDS as QUALIFIER_WORDS
from .match_words import SURVEY_VERBS as SURVEY_VERBS
from .match_words import UP_NOUNS as UP_NOUNS
from .match_words import UP_VERBS as UP_VERBS
from .model import Kind, Statistic
from .tokens import NumberToken, fold_case

__all__ = ["RULES", "MatchRule", "find_statistics"]


Example = tuple[str, str, Kind, float, float]


@attrs.frozen
class MatchRule:
    """One way of writing a statistic, as a row of :data:`RULES`.

    ``name`` is recorded on what the rule reads (:attr:`Statistic.rule`); ``apply`` tries the
    rule on token ``i`` and emits what it reads. ``examples`` are sentences it reads, each with
    the text, kind and value (``low``, ``high``) of the figure; ``near_misses`` are sentences
    that look alike where it must read nothing. One generic test runs them all
    (tests/test_matchers.py); a failure names the rule.
    """

    name: str
    apply: Rule
    examples: tuple[Example, ...]
    near_misses: tuple[str, ...] = ()


#: The rules, most specific first: each token is tried against them in this order and the first
#: that reads something wins.
RULES: Final[tuple[MatchRule, ...]] = (
    MatchRule("table_column", _rule_table_column, (
        ("Group | Unweighted sample size | Plus or minus\nAll adults | 3,210 | 2.0 percentage "
         "points\nAges 18-34 | 488 | 5.6 percentage points", "488", "sample_size", 488.0, 488.0),
        ("Group | Unweighted sample size | Plus or minus\nAll adults | 3,210 | 2.0 percentage "
         "points\nAges 18-34 | 488 | 5.6 percentage points", "5.6 percentage points",
         "margin_of_error", 5.6, 5.6),
        ("Region\tSample size\tMargin of error\nOntario\t1,020\t3.1%\nQuebec\t812\t3.4%",
         "812", "sample_size", 812.0, 812.0),
        ("| Subgroup | n | MoE |\n|---|---|---|\n| Women | 1,104 | ±3.0 |", "1,104",
         "sample_size", 1104.0, 1104.0),
        ("| Subgroup | n | MoE |\n|---|---|---|\n| Women | 1,104 | ±3.0 |", "3.0",
         "margin_of_error", 3.0, 3.0),
    ), (
        "Sample size | 2024 | 2025",
        "Party | Seats | Votes\nLabour | 412 | 9,708,716",
    )),
    MatchRule("moe", _rule_moe, (
        ("The margin of error is 3.1 percentage points.", "3.1 percentage points",
         "margin_of_error", 3.1, 3.1),
        ("The institute says the statistical error does not exceed 3.2%.", "3.2%",
         "margin_of_error", 3.2, 3.2),
        ("Results are accurate to ±2.5 points.", "2.5 points", "margin_of_error", 2.5, 2.5),
        ("with a margin of sampling error of between 1.4 and 2.8 points",
         "1.4 and 2.8 points", "margin_of_error", 1.4, 2.8),
        ("The poll is accurate to within 2.5 points, 19 times out of 20.", "2.5 points",
         "margin_of_error", 2.5, 2.5),
        ("The margin of error is 3.1 points for all adults and 4.4 points for Latinos.",
         "4.4 points", "margin_of_error", 4.4, 4.4),
        ("Subsamples this small carry margins of error of more than 9 points.", "9 points",
         "margin_of_error", 9.0, 9.0),
        ("Sifo puts the error margin at 2 points for big parties and under one point for "
         "the smallest.", "one point", "margin_of_error", 1.0, 1.0),
        ("The Marquette poll of 800 voters has a 4.2-point margin of error.", "4.2-point",
         "margin_of_error", 4.2, 4.2),
        ("Pulse Asia reported a ±2.8% error margin for national figures.", "2.8%",
         "margin_of_error", 2.8, 2.8),
        ("The Léger poll carries a 3.1 per cent margin of error, 19 times out of 20.",
         "3.1 per cent", "margin_of_error", 3.1, 3.1),
        ("The Newspoll has a plus or minus 2.5 per cent margin of error.", "2.5 per cent",
         "margin_of_error", 2.5, 2.5),
        ("CVoter puts a 3 percentage point margin of sampling error on state figures.",
         "3 percentage point", "margin_of_error", 3.0, 3.0),
        ("The Ipsos MORI figures carry a sampling error of plus or minus 2 points.", "2 points",
         "margin_of_error", 2.0, 2.0),
        ("Infratest gives a margin of error of 3 points for a party share of 40 percent and "
         "about two points for a share of 10 percent.", "two points", "margin_of_error", 2.0,
         2.0),
        ("The error margin is 2.5 points for a figure of 50% and 1.5 points for one of 10%.",
         "1.5 points", "margin_of_error", 1.5, 1.5),
        # ± in brackets after a share is its margin (a change is signed + or -; ±0 is none)
        ("Nanos tracking poll, margins in brackets: Liberals 38 (±3), Conservatives 35 (±3).",
         "3", "margin_of_error", 3.0, 3.0),
        ("Ipsos poll, first round: PS 24 (+/- 2.5), LR 21 (+/- 2.5), RN 30 (+/-2.5).",
         "2.5", "margin_of_error", 2.5, 2.5),
        ("The Red C figures: Sinn Féin 24% (±3), Fianna Fáil 19% (±3).", "3",
         "margin_of_error", 3.0, 3.0),
        # a list of margins for subgroups, a group named twice between two of them
        ("The margin of error is 5 points for Labour and for Reform voters, and 8 points for "
         "Greens.", "8 points", "margin_of_error", 8.0, 8.0),
        ("Margins of error are 4.2 points among men and among women, and 7 points among "
         "those aged 18 to 24.", "7 points", "margin_of_error", 7.0, 7.0),
    ), (
        "The margin of victory was 40 seats.",
        "Labour's 4-point margin over the Tories held in the poll.",
        "The ANC and DA are within the margin of error of each other, with the EFF on 13%.",
        "Biden and Trump are inside the margin of error of one another at 44%.",
        "Her 6% margin of victory was the largest since 1990.",
        "Labour gained 3 points for a vote share of 40 percent and two points for a share of "
        "10 percent.",
        "The clock is accurate to within 2 seconds a year.",
        "Margin of error aside, the one-point dip in approval stands.",
        "Emnid poll, changes on last week: Union 31 (±0), SPD 16 (+1), AfD 24 (-1).",
        "Newspoll, changes in brackets: Labor 34% (+2), Coalition 31% (-2).",
    )),
    MatchRule("in_every", _rule_in_every, (
        ("One in five drivers admitted it.", "One in five", "share", 20.0, 20.0),
        ("3 out of 10 parents agreed.", "3 out of 10", "share", 30.0, 30.0),
        ("Some 1/4 of tenants pay late.", "1/4", "share", 25.0, 25.0),
        ("Four out of every ten tenants pay late.", "Four out of every ten", "share", 40.0, 40.0),
        ("Seven out of every 10 drivers agreed.", "Seven out of every 10", "share", 70.0, 70.0),
        ("In the survey, 2/3 said housing would not get cheaper.", "2/3", "share", 66.667,
         66.667),
        ("Of Kenyans polled, 1/4 now say the economy is improving.", "1/4", "share", 25.0,
         25.0),
        ("Three-in-ten Canadians said so in the Angus Reid poll.", "Three-in-ten", "share",
         30.0, 30.0),
        ("About 2/3 of respondents backed it.", "2/3", "share", 66.667, 66.667),
    ), (
        "The meeting on 2/3 said nothing new.",
        "The 24/7 service said it would reopen.",
        "He scored one in 2019 and one in 2020.",
        "The vote split 46/43 in the chamber.",
        "One in ten minutes is wasted.",
        "Stir in 1/8 of a gallon of stock.",
        "In the poll, voters gave him a mark of at least 6 out of 10.",
        "Diners rated it 7 out of 10 in the survey.",
        "The board is 3/4 inch thick and 1/2 of an inch wide.",
    )),
    MatchRule("basis_points", _rule_basis_points, (
        ("The bank cut rates by 25 basis points.", "25 basis points", "change", -0.25, -0.25),
        ("Yields rose 12 bps on the day.", "12 bps", "change", 0.12, 0.12),
    ), (
        "The basis of the plan is 12 pages long.",
    )),
    MatchRule("gap_points", _rule_gap_points, (
        ("Her lead in the poll is down from 9 points in May.", "9 points", "change", 9.0, 9.0),
        # the earlier size of a lead, the unit once: "fell from 9 to 4 points"
        ("Labour's lead fell from 9 to 4 points in the Opinium poll.", "9 to 4 points",
         "change", 9.0, 9.0),
        # a lead that grew: the smaller figure first is no range after "from"
        ("The Democrats' edge on the generic ballot grew from 2 to 5 points.", "2 to 5 points",
         "change", 2.0, 2.0),
        ("The BJP's lead in the CVoter tracker widened from 3 to 8 points.", "8 points",
         "change", 8.0, 8.0),
        # a cut's sign carried to the next by: "and the RBI by 0.5"
        ("The Bank of England cut rates by 0.25 percentage points, and the RBI by 0.5.", "0.5",
         "change", -0.5, -0.5),
        ("The Liberal margin widened from 2 points in June to 6 points.", "6 points", "change",
         6.0, 6.0),
        ("The Liberal margin widened from 2 points in June to 6 points.", "2 points", "change",
         2.0, 2.0),
        ("The averages have Ruiz winning by 3.2 points and Lee by 8.4.", "8.4", "change",
         8.4, 8.4),
        ("The gap between the two main parties in the Ipsos poll now stands at 13.7 points.",
         "13.7 points", "change", 13.7, 13.7),
        ("Labor's lead over the Coalition in Newspoll was at 6 points last week.", "6 points",
         "change", 6.0, 6.0),
        ("The BJP's edge in the CVoter tracker stood at 9 points in June.", "9 points",
         "change", 9.0, 9.0),
    ), (
        "The Lakers' lead was cut from 9 points to 2 points in the fourth quarter.",
        "She moved from 9 points to 12 on the scoring table.",
        "The averages have Ruiz winning by 3.2 points and Lee by 2030.",
        "Ruiz won by 3 points. Lee by 8.",
        "Ruiz leads by 3 points and Lee by 8 votes.",
        "The Lakers' lead stood at 13 points after the third quarter.",
        "The gap on the scoreboard was at 7 points when the buzzer went.",
    )),
    MatchRule("points", _rule_points, (
        ("Mendes's 6-point lead in the survey is her largest.", "6-point", "change", 6.0, 6.0),
        ("Fresh poll: a 2-point race in Nevada", "2-point", "change", 2.0, 2.0),
        ("Support is 31 percent, two points down on March.", "two points", "change", -2.0, -2.0),
        # the verb before its object and a comma: "cut the rate twice, by a combined 0.5 points"
        ("The Reserve Bank has cut the cash rate twice this year, by a combined 0.5 percentage "
         "points.", "0.5 percentage points", "change", -0.5, -0.5),
        ("Confidence deteriorated by three points to -25 in the GfK survey.", "three points",
         "change", -3.0, -3.0),
        # a survey's net balance just read: the index's bare points are its points
        ("GfK's consumer confidence index fell three points to -21 in March. The index is now "
         "five points lower than a year ago.", "five points", "change", -5.0, -5.0),
        # the sign of a list's first change carried to the next
        ("Hiring intentions in Gauteng slid 5 points on the quarter and 3 points on the year.",
         "3 points", "change", -3.0, -3.0),
        ("In the Ipsos poll Sinn Féin dropped two points in Dublin, and four points in Munster.",
         "four points", "change", -4.0, -4.0),
        ("Support fell 5 percentage points.", "5 percentage points", "change", -5.0, -5.0),
        ("Labour is up three points since May in the poll.", "three points", "change", 3.0, 3.0),
        ("In Metron's previous survey, the gap had been 3.1 points.", "3.1 points", "change",
         3.1, 3.1),
        ("Labor's lead over the Coalition has been 4 points for a month, Newspoll shows.",
         "4 points", "change", 4.0, 4.0),
        ("The Liberal edge remains 6 points in Ontario, the Abacus poll finds.", "6 points",
         "change", 6.0, 6.0),
        ("Approval is 4 ppts higher among women.", "4 ppts", "change", 4.0, 4.0),
        ("Okafor trails Brandt by 6 points in the Siena poll.", "6 points", "change", 6.0, 6.0),
        ("Her approval is 61 percent, two points below the 63 percent of May.", "two points",
         "change", -2.0, -2.0),
        ("On 37 per cent, the two parties are seven points short of the 44 per cent they won.",
         "seven points", "change", -7.0, -7.0),
        ("The CVoter survey shows a swing of 4 percentage points against the ruling alliance.",
         "4 percentage points", "change", -4.0, -4.0),
        ("Two-thirds of Americans (64%) say tariffs have raised the prices they pay, up 9 points "
         "since September.", "9 points", "change", 9.0, 9.0),
        ("Some 58 per cent of Australians say grocery prices are their top worry, up 6 points.",
         "6 points", "change", 6.0, 6.0),
        ("Among registered voters it is 48 percent to 44 percent, a four-point Democratic edge.",
         "four-point", "change", 4.0, 4.0),
        ("The Angus Reid poll shows a five-point Liberal lead in Ontario.", "five-point",
         "change", 5.0, 5.0),
        ("Ipsos has Fianna Fáil on 22 per cent, a three-point Labour deficit.", "three-point",
         "change", -3.0, -3.0),
        # a lead told as an average or a range of polls
        ("The ANC has led the DA in every Ipsos poll, by an average of 7.6 points.",
         "7.6 points", "change", 7.6, 7.6),
        ("Leger has had the Liberals ahead each month, by between 3 and 7 points.",
         "3 and 7 points", "change", 3.0, 7.0),
        ("In Red C polls Fine Gael is ahead by 2 to 5 points.", "2 to 5 points", "change",
         2.0, 5.0),
        # a gap set off by commas, its move told as narrower or wider, an index's improvement
        ("Reform's lead over Labour, nine points, is the smallest since spring.", "nine points",
         "change", 9.0, 9.0),
        ("The Liberal edge, now six points, is the widest Nanos has recorded.", "six points",
         "change", 6.0, 6.0),
        ("The Coalition's deficit is four points, two points narrower than in May.",
         "two points", "change", -2.0, -2.0),
        ("The BJP's lead is 11 points, three points wider than in the last CVoter poll.",
         "three points", "change", 3.0, 3.0),
        ("The optimism index stands at -40, an improvement of eight points on March.",
         "eight points", "change", 8.0, 8.0),
        ("The barometer shows a deterioration of three points since the spring.",
         "three points", "change", -3.0, -3.0),
        # the same measure's earlier level in the next sentence, told by a pronoun
        ("The Yes lead now stands at four points. In March it was nine points.", "nine points",
         "change", 9.0, 9.0),
        ("Labor's lead is six points in Newspoll. A month ago it was just two points.",
         "two points", "change", 2.0, 2.0),
    ), (
        "Approval is 41% in the poll. In May it was 38 points on the index.",
        "The team's lead, two points, was cut in the final minutes of the match.",
        "The Lakers won by 12 points in the final game.",
        "About 40% of traders were bullish, and the FTSE rose 71 points.",
        "Stocks rose 300 points after 60% of firms beat forecasts.",
        "The plan has 5 points to it.",
        "Labor leads 53-47 on a 2PP basis in the poll.",
        "Toronto's TSX climbed 71.3 points by the close.",
        "Wheat futures were off 0.4 points in early trade.",
        "The Nikkei shed 24 points, or 0.8%, in Tokyo.",
    )),
    MatchRule("percent", _rule_percent, (
        ("Of the tenants, 27 per cent agreed.", "27 per cent", "share", 27.0, 27.0),
        ("Turnout was 9–14% in the wards.", "9–14%", "share", 9.0, 14.0),
        ("There was an 18 percent drop in visits.", "18 percent", "change", -18.0, -18.0),
        ("Support was 30pc among renters.", "30pc", "share", 30.0, 30.0),
        ("Pollsters put it at 14 per cent to 19 per cent.", "14 per cent to 19 per cent",
         "share", 14.0, 19.0),
        ("Only .5% of votes were void.", ".5%", "share", 0.5, 0.5),
        ("Hotel bookings remain 9% below their pre-pandemic level.", "9%", "change", -9.0, -9.0),
        # a comparative as an adjective of the noun after the figure: a level, not a change
        ("On a lower 50% turnout model the ANC drops to 35%.", "50%", "share", 50.0, 50.0),
        ("Under the higher 60 per cent turnout scenario Labor wins.", "60 per cent", "share",
         60.0, 60.0),
        # a verb with a rate: "contracted at an annualised rate of"
        ("Real GDP contracted at an annualised rate of 1.1 per cent, Statistics Canada said.",
         "1.1 per cent", "change", -1.1, -1.1),
        ("The economy grew at an annual pace of 7.8 per cent, the ministry said.",
         "7.8 per cent", "change", 7.8, 7.8),
        ("Output rebounded from a 0.4% contraction in the first quarter.", "0.4%", "change",
         -0.4, -0.4),
        # one verb for two groups: "fell 7% among Republicans and 4% among independents"
        ("Sentiment fell 7% among Republicans and 4% among independents.", "4%", "change",
         -4.0, -4.0),
        ("House prices rose 2.1 per cent in Perth, 1.4 per cent in Adelaide last month.",
         "1.4 per cent", "change", 1.4, 1.4),
        ("A net 12% of firms expect to hire, against a net -4% in June.", "-4%", "change",
         -4.0, -4.0),
        ("Well over half — 57 per cent — of Dubliners want the levy.", "57 per cent", "share",
         57.0, 57.0),
        ("The Greens narrowly lost the Galway seat, 47.5% to 51.9%.", "51.9%", "share",
         51.9, 51.9),
        ("In KwaZulu-Natal the ANC took the ward 61% to 37%, the IEC said.", "61%", "share",
         61.0, 61.0),
        ("Asked where to put savings, paying down the mortgage was picked by 22%.", "22%",
         "share", 22.0, 22.0),
        ("The premier's approval slipped below 30% in the Léger poll.", "30%", "share",
         30.0, 30.0),
        ("Labor trailed 48 per cent to 52 per cent among men.", "48 per cent", "share",
         48.0, 48.0),
        ("In the BCC survey 33% reported higher orders and 21% lower.", "21%", "share",
         21.0, 21.0),
        ("Republicans are split on the question, 45 - 49 percent.", "49 percent", "share",
         49.0, 49.0),
        ("It is 37 percent of those earning $50,000 to $99,999 and 19 percent of the rest.",
         "19 percent", "share", 19.0, 19.0),
        ("Worry climbs to 61% of those aged 45 to 64 and 70% of those over 65.", "70%",
         "share", 70.0, 70.0),
        ("It was 52 per cent among those aged 18 to 34 and 40 per cent among pensioners.",
         "40 per cent", "share", 40.0, 40.0),
        # net balances told in percent (README: net scores), and the lists they govern
        ("The BCC's net balance of exporters reporting more orders fell to -6 per cent.",
         "-6 per cent", "change", -6.0, -6.0),
        ("In the Ibec survey, builders posted a balance of plus 11 per cent.", "plus 11 per cent",
         "change", 11.0, 11.0),
        ("The CFIB's net hiring outlook stood at 14 per cent in Quebec, followed by Ontario "
         "(12 per cent).", "12 per cent", "change", 12.0, 12.0),
        ("Pune posted a Net Employment Outlook (NEO) of 37 per cent; the national NEO across "
         "all zones stood at 35 per cent.", "35 per cent", "change", 35.0, 35.0),
        ("The BER's business confidence balance was -12% in Gauteng and -18% in Durban.",
         "-18%", "change", -18.0, -18.0),
        ("Quarterly survey: net balances\nExport orders: -5% (+2%)\nEmployment: +8% (+6%)",
         "+8%", "change", 8.0, 8.0),
        # a survey's confidence index told in percent is a net balance too
        ("The central bank's consumer confidence index (CCI) sank to -8.4% from -3.1%.",
         "-3.1%", "change", -3.1, -3.1),
        ("Bank Indonesia's survey put the business outlook index at 21.6% for the quarter.",
         "21.6%", "change", 21.6, 21.6),
        ("The SARB's consumer confidence index (CCI) eased. The CCI fell to 14% from 19%.",
         "19%", "change", 19.0, 19.0),
        ("The Ibec survey's business sentiment index stood at 12 per cent; in Munster the index "
         "was 9 per cent.", "9 per cent", "change", 9.0, 9.0),
        ("The Fedesarrollo consumer confidence index rose to 4.7%, its highest since May.",
         "4.7%", "change", 4.7, 4.7),
    ), (
        "See example.org/a%20b for the map.",
        "The percentage of the budget is not known.",
    )),
    MatchRule("sample", _rule_sample, (
        ("The poll of 1,600 adults ran online.", "1,600 adults", "sample_size", 1600.0, 1600.0),
        ("The study drew on 2,310 households containing 6,042 persons in five provinces.",
         "6,042 persons", "sample_size", 6042.0, 6042.0),
        ("Abacus fielded it online Sept. 12 to 15 among 1,500 adult Canadians.",
         "1,500 adult Canadians", "sample_size", 1500.0, 1500.0),
        ("The survey, fielded in May, covered 2,400 employers in six states.", "2,400 employers",
         "sample_size", 2400.0, 2400.0),
        ("It interviewed 2,004 respondents.", "2,004 respondents", "sample_size", 2004.0, 2004.0),
        ("In the poll, with 1,800 people taking part, most said no.", "1,800 people",
         "sample_size", 1800.0, 1800.0),
        ("Base: n=1,012.", "n=1,012", "sample_size", 1012.0, 1012.0),
        ("The new poll, of 1,250 Quebecers, was taken online.", "1,250 Quebecers",
         "sample_size", 1250.0, 1250.0),
        ("The study was carried out by Ifop among 1,340 salaried teachers.",
         "1,340 salaried teachers", "sample_size", 1340.0, 1340.0),
        ("The civic poll, open for three weeks, received nearly 12,500 responses from residents.",
         "12,500 responses", "sample_size", 12500.0, 12500.0),
        ("The panel is a web survey that reaches about 4,000 teachers a term.",
         "4,000 teachers", "sample_size", 4000.0, 4000.0),
        ("Datafolha conducted 2,010 face-to-face interviews in 130 towns.",
         "2,010 face-to-face interviews", "sample_size", 2010.0, 2010.0),
        ("Forsa ran 1,512 online and telephone interviews last week.",
         "1,512 online and telephone interviews", "sample_size", 1512.0, 1512.0),
        ("Valid responses were gathered from 1,104 people by phone.", "1,104 people",
         "sample_size", 1104.0, 1104.0),
        ("A survey by the Reserve Bank of 2,100 households found few savers.",
         "2,100 households", "sample_size", 2100.0, 2100.0),
        ("• Opinium (for the Observer), fieldwork 3-5 May, 1,150 Welsh adults: Plaid 30%",
         "1,150 Welsh adults", "sample_size", 1150.0, 1150.0),
        # an abbreviation's full stop does not end the sentence ("Oct. 3-7", "the U.S.")
        ("The Marist poll of 1,220 U.S. adults ran from Sept. 9-11 by phone, including 1,004 "
         "likely voters.", "1,004 likely voters", "sample_size", 1004.0, 1004.0),
        ("The poll reached 1,003 adults, including 640 deemed certain to vote.", "640",
         "sample_size", 640.0, 640.0),
        ("Key numbers:\n• 29% – back the plan\n• 1,000 – adults interviewed online\n",
         "1,000", "sample_size", 1000.0, 1000.0),
        ("The census-style study covered 6,240 households in Pune and Kolkata.",
         "6,240 households", "sample_size", 6240.0, 6240.0),
        ("The exit poll was based on interviews with 2,41,860 voters.", "2,41,860 voters",
         "sample_size", 241860.0, 241860.0),
        ("CVoter's tracker is based on a sample of 1.2 lakh respondents.",
         "1.2 lakh respondents", "sample_size", 120000.0, 120000.0),
        ("Based on samples of 410 Liberals, 388 Conservatives and 201 New Democrats, the "
         "margins are wider.", "201 New Democrats", "sample_size", 201.0, 201.0),
        ("Respondents numbered 1,018; the margin of error is 3.1 points.", "1,018",
         "sample_size", 1018.0, 1018.0),
        ("Ipsos polled 640 Catholics and 420 Protestants, a total of 1,060 adults.",
         "1,060 adults", "sample_size", 1060.0, 1060.0),
        ("Source: Opinium. Base: c. 2,050 UK adults", "2,050 UK adults", "sample_size",
         2050.0, 2050.0),
        ("Some 1,428 voters were surveyed, margin of error ±2.6 points, including 1,152 "
         "likely voters.", "1,152 likely voters", "sample_size", 1152.0, 1152.0),
        ("Among the 320 Welsh business owners who took part, 41% expect to hire.",
         "320 Welsh business owners", "sample_size", 320.0, 320.0),
        ("The TPOF poll collected 1,068 valid samples by phone.", "1,068 valid samples",
         "sample_size", 1068.0, 1068.0),
        ("The Ipsos study reached 2,000 South Africans online.", "2,000 South Africans",
         "sample_size", 2000.0, 2000.0),
        ("The Ifop poll of 1,003 French chief executives ran in May.",
         "1,003 French chief executives", "sample_size", 1003.0, 1003.0),
        ("A total of 1,010 Argentinians took part in the survey.", "1,010 Argentinians",
         "sample_size", 1010.0, 1010.0),
        ("The Nanos poll (sample size 1,000) found 40% support.", "1,000", "sample_size",
         1000.0, 1000.0),
        ("A net 19% of the 211 participating fund managers were bullish on UK stocks.",
         "211 participating fund managers", "sample_size", 211.0, 211.0),
        ("Of the 1,000 surveyed Kenyans, 40% backed the levy.", "1,000 surveyed Kenyans",
         "sample_size", 1000.0, 1000.0),
        ("Ipsos interviewed about 1,000 adults in each of Canada, France and Japan, and around 500 "
         "adults in each of the other markets.", "500 adults", "sample_size", 500.0, 500.0),
        ("The Leger survey (n = 1,529 Canadians, online, May 3-5) found 40% support.",
         "n = 1,529", "sample_size", 1529.0, 1529.0),
        ("Gallup's poll (sample: 1,015 US adults) found 40% support.", "1,015 US adults",
         "sample_size", 1015.0, 1015.0),
        ("The sample included 512 Conservatives, 498 Labour voters and 140 Liberal Democrats.",
         "498 Labour voters", "sample_size", 498.0, 498.0),
        ("The Ontario sample comprised 610 men and 640 women.", "610 men", "sample_size",
         610.0, 610.0),
        ("The South African sample consisted of 1,540 adults in nine provinces.",
         "1,540 adults", "sample_size", 1540.0, 1540.0),
        ("Datafolha polled 2,004 voters, of which 804 were in São Paulo state.", "804",
         "sample_size", 804.0, 804.0),
        ("Ipsos polled 812 Gen Zs in Germany.", "812 Gen Zs", "sample_size", 812.0, 812.0),
        ("The Irish Times said it got responses from a total of 1,200 people.",
         "1,200 people", "sample_size", 1200.0, 1200.0),
        ("CSDS surveyed a total of 9,500 voters across 19 states.", "9,500 voters",
         "sample_size", 9500.0, 9500.0),
    ), (
        "The sample size grew by 1,000 after the fire.",
        "The 32 participating teams played in the final.",
        "The ministry received 12,500 responses to its consultation.",
        "Some 1,200 nurses went on strike after the poll.",
        "The survey found 300 firms closed last year.",
        "The poll says 154 Irish expats left last year.",
        "The median commute across the sample was 48 minutes.",
        "The poll had 900 adults. Fieldwork ran between Monday, 2 June and Friday, 6 June.",
        "Fieldwork took place from Tuesday, 14th of October, online.",
        "The ash cloud covered 6,240 households in Pune.",
        "The poll found 30% agree, including 40 MPs.",
        "Pay rose by 1.1 lakh rupees a year.",
        "The base fee is 2,000 euros, a total of 3,000 euros with tax.",
        "The video drew 41,000 responses on social media.",
        "The floods displaced 1,200 people.",
        "Companies with 2,500 employees pay more.",
        "Among 2024 Labour voters, 18% now back the Greens.",
        "The tasting sample included 40 wines from six regions.",
        "The blood samples contained 300 cells per slide.",
        "The sample included 40 wines and 12 ciders.",
    )),
    MatchRule("sample_part", _rule_sample_part, (
        ("SWS interviewed 1,500 adults nationwide: 600 in Balance Luzon and 300 each in Metro "
         "Manila, the Visayas and Mindanao.", "300", "sample_size", 300.0, 300.0),
        ("SWS interviewed 1,500 adults nationwide: 600 in Balance Luzon and 300 each in Metro "
         "Manila, the Visayas and Mindanao.", "600", "sample_size", 600.0, 600.0),
        ("The survey had at least 500 respondents per market (250 in Malta).", "250",
         "sample_size", 250.0, 250.0),
        ("Lord Ashcroft polled 4,000 adults, with 1,000 in Scotland and 500 in Wales.", "1,000",
         "sample_size", 1000.0, 1000.0),
        ("Ipsos sampled 2,200 Indians; 400 from Kerala, 600 from Tamil Nadu.", "400",
         "sample_size", 400.0, 400.0),
        ("The Leger web survey of 1,607 Canadians, 1,000 in Quebec, ran April 4-6.", "1,000",
         "sample_size", 1000.0, 1000.0),
        ("Ipsos interviewed 1,012 adults, 612 by phone and 400 online.", "612", "sample_size",
         612.0, 612.0),
        ("Ipsos interviewed 1,012 adults, 612 by phone and 400 online.", "400", "sample_size",
         400.0, 400.0),
        ("The Red C poll received 1,001 responses, 701 via its web panel and 300 by telephone.",
         "300", "sample_size", 300.0, 300.0),
        ("Statistics SA surveyed 3,100 homes, of which 1,900 were in towns and 1,200 in rural "
         "areas.", "1,200", "sample_size", 1200.0, 1200.0),
    ), (
        "The survey of 1,500 adults found 600 in Balance Luzon approve.",
        "Nanos surveyed 1,000 Canadians, and 2,000 in Ontario lost power that week.",
        "The poll of 1,200 voters ran in 2024 and in 2025, in March.",
        "Ipsos polled 1,000 adults. Another 600 in Ohio were turned away.",
        "Ipsos polled 1,012 adults; 40% said yes, and 300 by phone said no.",
        "Ipsos polled 1,012 adults, and 3,000 by phone said no.",
        "Ipsos polled 1,012 adults. 612 by phone said no.",
    )),
    MatchRule("sample_survey", _rule_sample_survey, (
        ("Ipsos said 1,215 people aged 18 or older took the survey by phone.", "1,215 people",
         "sample_size", 1215.0, 1215.0),
        ("Infratest dimap's DeutschlandTrend for ARD (1,318 eligible voters, 8–10 June) was "
         "grim.", "1,318 eligible voters", "sample_size", 1318.0, 1318.0),
        ("Leger's omnibus for Postmedia (1,529 voters, March 7-9) had the Tories ahead.",
         "1,529 voters", "sample_size", 1529.0, 1529.0),
        ("The Mood of the Nation series for India Today (2,100 voters, 4-12 July) is out.",
         "2,100 voters", "sample_size", 2100.0, 2100.0),
        ("The Realmeter poll was carried out on 2,508 adults nationwide in March.",
         "2,508 adults", "sample_size", 2508.0, 2508.0),
        ("Newspoll's fieldwork for the poll took in 1,437 Australian electors in every state.",
         "1,437 Australian electors", "sample_size", 1437.0, 1437.0),
        ("The federal survey gathered answers on about 46,000 children and youth in 2025.",
         "46,000 children and youth", "sample_size", 46000.0, 46000.0),
        ("CVoter's tracking poll spoke to 5,312 registered voters in Uttar Pradesh last week.",
         "5,312 registered voters", "sample_size", 5312.0, 5312.0),
        ("For the Irish Times poll, 1,200 adults in all 43 constituencies were visited at home.",
         "1,200 adults", "sample_size", 1200.0, 1200.0),
        ("Afrobarometer's questionnaire went to 2,400 South African adults in their language.",
         "2,400 South African adults", "sample_size", 2400.0, 2400.0),
        ("Ipsos (1,002 adults aged 18+, online, 3–5 May) put the Coalition on 31%.",
         "1,002 adults", "sample_size", 1002.0, 1002.0),
        ("Ipsos MORI (1,010 adults 18+) found 40% backing for the levy.", "1,010 adults",
         "sample_size", 1010.0, 1010.0),
        ("Léger (1,529 voters) put the CAQ on 30% in Quebec.", "1,529 voters", "sample_size",
         1529.0, 1529.0),
        ("The Sunday Independent commissioned Ireland Thinks (1,200 adults aged 18-75), which "
         "found 40% support.", "1,200 adults", "sample_size", 1200.0, 1200.0),
        ("Survation (1,034 Scottish adults): SNP 34%, Labour 30%.", "1,034 Scottish adults",
         "sample_size", 1034.0, 1034.0),
        # a margin of error or valid answers in the sentence make its count of people a sample
        ("For the 640 likely voters, the margin is plus or minus 3.9 points.",
         "640 likely voters", "sample_size", 640.0, 640.0),
        ("Among the 1,100 Irish adults reached, results are accurate to plus or minus 3 "
         "points.", "1,100 Irish adults", "sample_size", 1100.0, 1100.0),
        ("Of the 3,010 people contacted, 1,460 people, or 48.5 percent, gave valid answers.",
         "1,460 people", "sample_size", 1460.0, 1460.0),
        ("In all 2,214 South Africans gave valid responses in the Afrobarometer round.",
         "2,214 South Africans", "sample_size", 2214.0, 2214.0),
    ), (
        "Hospital admissions in Leeds (1,200 adults) rose 5%.",
        "Mori (1,010 adults 18+) met in the hall.",
        "The poll came after 1,500 people died in the floods.",
        "The march through Durban (1,300 people, 8–10 June) was peaceful.",
        "The floods in Assam (1,200 families, 4-12 July) displaced many.",
        "The festival in Galway (4,000 visitors, all weekend) sold out.",
        "The survey says firms cut 2,000 jobs this year.",
        "The poll suggests Labour would win 300 seats.",
        "The survey counted 46,000 homes without power.",
        "A poll of 500 firms found they employ 12,000 workers.",
        "The poll was published as 2,300 workers were laid off in Ontario.",
        "The poll found 1.2 million Canadians lack a family doctor.",
        "Before the poll, 1,800 adults lived in the district.",
        "Pollsters rang 2,900 eligible people, and 1,210 respondents took part.",
        "The poll covered Irish firms with 250 workers or more.",
        "The survey took in firms of between 50 and 249 employees.",
        "About 1,500 people queued for the launch of the poll app.",
        "Since 2024 voters have told the poll the same thing.",
        "Of the 3,010 people in the survey area, 1,460 people lost their homes.",
        "The 640 workers earn plus or minus $20 an hour, the union said.",
    )),
    MatchRule("times", _rule_times, (
        ("Women were 3.5 times as likely to agree.", "3.5 times", "ratio", 3.5, 3.5),
        ("Sales grew 2-fold.", "2-fold", "ratio", 2.0, 2.0),
        ("Demand for the loans grew by a factor of four.", "a factor of four", "ratio",
         4.0, 4.0),
        ("Among students it stands at 36 per cent, more than three times Fine Gael's 11 per "
         "cent.", "three times", "ratio", 3.0, 3.0),
        ("A home now costs 7.4 times the median household income in Toronto.", "7.4 times",
         "ratio", 7.4, 7.4),
    ), (
        "He called 3 times on Monday.",
        "Households earning at least four times the poverty line were left out.",
        "Voters have said three times that they want a change of government.",
        "She rang three times Monday's hotline.",
        "Age is a factor of 10 concerns raised.",
    )),
    MatchRule("to_one", _rule_to_one, (
        ("In the poll, supporters of the ban outnumber opponents three to one.",
         "three to one", "ratio", 3.0, 3.0),
        ("Farmers back the levy by more than two to one in the survey.", "two to one",
         "ratio", 2.0, 2.0),
        ("Independent voters are now roughly two to one against the governor.", "two to one",
         "ratio", 2.0, 2.0),
        ("Nurses are three to one in favour of strike action, the RCN poll finds.",
         "three to one", "ratio", 3.0, 3.0),
        ("Women back her two to one over the Premier in the Resolve survey.", "two to one",
         "ratio", 2.0, 2.0),
        ("Tories favour the cut by a two to one margin, YouGov says.", "two to one", "ratio",
         2.0, 2.0),
        ("In Gauteng, township residents prefer the ANC four to one over the EFF in the poll.",
         "four to one", "ratio", 4.0, 4.0),
        ("Voters in the Gallup poll backed the tariff cut two-to-one.", "two-to-one", "ratio",
         2.0, 2.0),
        ("In the Leger survey Quebecers reject the pipeline three-to-one.", "three-to-one",
         "ratio", 3.0, 3.0),
        ("The CVoter poll finds rural voters support the scheme two to one.", "two to one",
         "ratio", 2.0, 2.0),
        ("Irish voters favour a united Ireland by a 3-to-1 margin, the poll says.", "3-to-1",
         "ratio", 3.0, 3.0),
        ("Postal votes for the Greens outnumbered those for the FDP by more than 3 to 1.",
         "3 to 1", "ratio", 3.0, 3.0),
    ), (
        "Arsenal won two-to-one at home in the league match after 60% of possession.",
        "Mix a two-to-one mix of sand and cement for the poll station steps.",
        "The poll backed cutting the seats from two to one in the chamber.",
        "The survey found one-to-one tutoring helps.",
        "The hosts won by three to one in the final game of the season.",
        "She turned three to one side of the road.",
        "Tickets went from three to one in a day.",
        "The hosts were two to one up against Leinster at half-time in the match.",
        "Prices went from five to one for a dollar.",
    )),
    MatchRule("multiplier", _rule_multiplier, (
        ("The share of renters doubled.", "doubled", "ratio", 2.0, 2.0),
        ("Their support halved in a year.", "halved", "ratio", 0.5, 0.5),
        ("Among the poorest, Morena has 52%, more than double Acción Nacional's 20%.",
         "double", "ratio", 2.0, 2.0),
        ("Among young voters he takes 38%, nearly double his support overall.", "double",
         "ratio", 2.0, 2.0),
        ("Premiums would more than double, rising by 114% on average.", "double", "ratio",
         2.0, 2.0),
    ), (
        "The leader doubled down on the plan.",
        "The room doubled as an office.",
        "He booked a double room at the Hilton.",
        "Inflation ran at nearly double-digit rates.",
    )),
    MatchRule("mixed_range", _rule_mixed_range, (
        ("Between a third and 40% of landlords plan rent rises.", "a third and 40%", "share",
         33.333, 40.0),
        ("Between 30% and a third of landlords plan rent rises.", "30% and a third", "share",
         30.0, 33.333),
        ("Between a quarter and a third of landlords plan rent rises.",
         "a quarter and a third", "share", 25.0, 33.333),
    ), (
        "Support went from a third to 40% of landlords.",
        "A third and 40% of two different groups agreed.",
        "Between them, a third and 40% agreed.",
    )),
    MatchRule("fraction", _rule_fraction, (
        ("Two-thirds of voters agreed.", "Two-thirds", "share", 66.667, 66.667),
        # a dash or a bracket, and a unit of any typing, restating the fraction in digits
        ("Close to three-quarters (74pc) of Cork renters said so.", "three-quarters", "share",
         75.0, 75.0),
        ("Roughly a quarter -- 26 percent -- of Texans disagree.", "a quarter", "share",
         25.0, 25.0),
        ("Nearly half - 47 per cent - of Albertans are worried.", "half", "share", 50.0, 50.0),
        ("More than half of LGBTQ+ adults in the survey say they are bisexual.", "half",
         "share", 50.0, 50.0),
        ("The poll gives the Bloc about a fifth of the vote in Quebec.", "a fifth", "share",
         20.0, 20.0),
        ("Of teachers polled, 40% work weekends, nearly half of whom said it hurt.", "half",
         "share", 50.0, 50.0),
        ("Attendance fell by nearly a quarter.", "a quarter", "change", -25.0, -25.0),
        ("Rates were cut by a quarter point.", "a quarter point", "change", -0.25, -0.25),
        ("A three-fifths majority of members backed the strike.", "three-fifths", "share",
         60.0, 60.0),
        ("More than a third now say the tram was a mistake.", "a third", "share", 33.333,
         33.333),
        ("Half of the 1,200 nurses polled said they were exhausted.", "Half", "share", 50.0,
         50.0),
        ("Only one in five would pay more tax, down from a third in 2021, Afrobarometer found.",
         "a third", "share", 33.333, 33.333),
        ("The premier's approval fell below a third in the poll.", "a third", "share",
         33.333, 33.333),
        ("The pollster estimated that around a third of current Green voters backed Labour.",
         "a third", "share", 33.333, 33.333),
        ("The Tories, on 10%, are at less than half the 21.9% they won in 2021.", "half",
         "ratio", 0.5, 0.5),
        ("Labor's primary vote is now half the 38 per cent it won at the election.", "half",
         "ratio", 0.5, 0.5),
        ("The Greens' 6% is barely half their 11.5 percent of 2019.", "half", "ratio", 0.5,
         0.5),
        ("The grocer now expects earnings roughly a fifth below its previous forecast.",
         "a fifth", "change", -20.0, -20.0),
        ("Footfall in the BRC survey is still a quarter below its pre-pandemic level.",
         "a quarter", "change", -25.0, -25.0),
        ("Labour won 36 per cent in 2021; its 19% in the poll is roughly half that, a record "
         "low.", "half that", "ratio", 0.5, 0.5),
        ("Three-tenths of respondents in the Ipsos poll said yes.", "Three-tenths", "share",
         30.0, 30.0),
        ("Seven-eighths of respondents agreed.", "Seven-eighths", "share", 87.5, 87.5),
        ("Two fifths of Nigerians polled expect prices to rise.", "Two fifths", "share", 40.0,
         40.0),
        ("One-fifth of Indians surveyed said yes.", "One-fifth", "share", 20.0, 20.0),
        ("Three quarters of South Africans polled agreed.", "Three quarters", "share", 75.0,
         75.0),
        ("Of the 1,000 Kenyans polled, half of them said crime was the biggest worry.", "half",
         "share", 50.0, 50.0),
        ("In the Forsa poll just over half of CDU/CSU supporters opted for Merz.", "half",
         "share", 50.0, 50.0),
        ("When a quarter of the workforce needs time off, the survey says, firms suffer.",
         "a quarter", "share", 25.0, 25.0),
    ), (
        "Half that said they would vote stayed home.",
        "The board cut the plan to a third of its size, below its previous forecast.",
        "The second half of the game was dull.",
        "Half of the remaining hostages are held in the south.",
        "Half of which is left to chance.",
        "The poll found the fleet was cut to a third of its size.",
        "Waiting times in the survey fell to a third of an hour.",
        "The bill needs a two-thirds majority to pass.",
        "It won a two-thirds majority of the seats.",
        "The two halves of the country vote very differently, the poll shows.",
        "Half the 60% who back the plan are Tories.",
    )),
    MatchRule("fraction_level", _rule_fraction_level, (
        ("Approval of the union has exceeded two-thirds in each Gallup poll since 2021.",
         "two-thirds", "share", 66.667, 66.667),
        ("Trust in the NHS stayed above half in the Ipsos survey all year.", "half", "share",
         50.0, 50.0),
        ("Backing for the treaty has topped three-quarters in every Eurobarometer poll.",
         "three-quarters", "share", 75.0, 75.0),
        ("Some 41% expected rates to rise, compared with a third who expected a cut.",
         "a third", "share", 33.333, 33.333),
        ("In the CVoter survey, 58 per cent were hopeful, against a quarter who were not.",
         "a quarter", "share", 25.0, 25.0),
    ), (
        "The team has exceeded two-thirds of its budget.",
        "The meeting stayed above half an hour.",
        "Output has topped a third since the new plant opened.",
        "He gave half who asked for it.",
    )),
    MatchRule("net", _rule_net, (
        ("His net favourability is -25 this month.", "-25", "change", -25.0, -25.0),
        ("In the INSA poll the Union is at 30 percent (±0), the AfD at 24 (+1).", "+1",
         "change", 1.0, 1.0),
        ("Labour 33% (+2), Reform 28%.", "+2", "change", 2.0, 2.0),
        ("The CDU is at 30% (±0), the SPD at 16% (-1).", "±0", "change", 0.0, 0.0),
        ("Fine Gael is on 19 per cent (+1 on the last Ipsos poll).", "+1", "change", 1.0, 1.0),
        ("The CBI's balance of firms reporting higher orders was -18 in May.", "-18", "change",
         -18.0, -18.0),
        ("The ZEW expectations index slumped to -24 in March, from -17 in February.", "-17",
         "change", -17.0, -17.0),
        ("The Sensis index of small-business confidence fell four points to zero.", "zero",
         "change", 0.0, 0.0),
        ("Morgan's premier gets a net rating of +9, while Lee's is -2.", "-2", "change",
         -2.0, -2.0),
        ("Her net score of plus 3 is the best of any leader.", "plus 3", "change", 3.0, 3.0),
        ("The Taoiseach's net satisfaction rating is positive 6 in the Red C poll.",
         "positive 6", "change", 6.0, 6.0),
        ("Modi's net approval stood at plus 41 in the CVoter tracker.", "plus 41", "change",
         41.0, 41.0),
        # a balance's figure with its earlier value after it; a sign written out
        ("Westpac's consumer sentiment index fell to -8 from -3 in April.", "-8", "change",
         -8.0, -8.0),
        ("The CII business confidence score slipped to +9 from +21 last quarter.", "+9",
         "change", 9.0, 9.0),
        ("GfK's consumer climate index rose to minus 19 from minus 24 in May.", "minus 19",
         "change", -19.0, -19.0),
        ("The Conference Board's expectations index stood at minus 6 compared with minus 9 a "
         "month earlier.", "minus 6", "change", -6.0, -6.0),
        # a balance's level with its sign written out, or with the level it moved from
        ("The consumer confidence index, which asks about the year ahead, stands at minus 47.",
         "minus 47", "change", -47.0, -47.0),
        ("Westpac's consumer sentiment index fell to minus 9 in June.", "minus 9",
         "change", -9.0, -9.0),
        ("The CBI's retail sales balance was plus 12 in November.", "plus 12", "change", 12.0,
         12.0),
        ("The economic confidence index fell to -31 from -24 in February.", "-31", "change",
         -31.0, -31.0),
        ("His score in the capital region slipped to +9 from +21, the pollster said.", "+9",
         "change", 9.0, 9.0),
    ), (
        "The net cost was 25 dollars.",
        "Overnight the temperature fell to -5 from 2, the forecast said.",
        "The index fund fell to -4 percent from 3 percent.",
        "The net margin of error is plus or minus 3 in the poll.",
        "Net profit was 12 million, plus 4 million in grants.",
        "The golfer was at -12 after the third round of the tour event.",
        "Cases fell to zero in May.",
        "The FTSE 100 index closed at 8,100, its peak.",
        "The Nikkei index rose 40 points, plus 12 on the day before.",
        "The Sensex index fell to 71,000 from 72,400 on Monday.",
    )),
    MatchRule("net_carried", _rule_net_carried, (
        ("The council's net approval is -22 overall. It falls to -71 among renters.", "-71",
         "change", -71.0, -71.0),
        ("Carney's net favourability stands at +14. Poilievre's is -9 in the same Leger poll.",
         "-9", "change", -9.0, -9.0),
        ("Net satisfaction with the Taoiseach fell to +3. Among farmers it is +12 this month.",
         "+12", "change", 12.0, 12.0),
        ("Modi's net rating of +41 is steady; Gandhi's stands at +8, unchanged since June.",
         "+8", "change", 8.0, 8.0),
        ("Ramaphosa scores a net +5 in the survey. In Gauteng it is -4, in the Western Cape -11.",
         "-11", "change", -11.0, -11.0),
        ("His net rating was +38 in December. It was +44 in Berlin (from +53).", "+53",
         "change", 53.0, 53.0),
        ("Her net score is minus 16. That is better than minus 21 in October.", "minus 21",
         "change", -21.0, -21.0),
        ("His net approval is plus 3. A month ago it was plus 8 in the same poll.", "plus 8",
         "change", 8.0, 8.0),
        # the next paragraph of the same passage
        ("Net approval of the premier was -8 in Alberta.\n\nAmong rural voters the figure "
         "stood at -19.", "-19", "change", -19.0, -19.0),
        ("The savings balance rose to +27.\n\nYounger adults were more upbeat: their outlook "
         "stood at +21.", "+21", "change", 21.0, 21.0),
    ), (
        "Net migration was +12. Overnight it fell to -5 degrees in Ottawa.",
        "His net score is +6.\n\nRents rose again.\n\nThe side finished the season on -4.",
        "His net rating was +38.\nThe golfer finished on -12.",
        "Her net score is +6. Oil fell -3% on Friday.",
        "The net rating was +10. Aged 18-24, they split 40-60.",
        "His net score is +4. Temperatures fell to minus 12 overnight.",
        "Her net rating is -3. The budget ended plus 12 million on the year.",
    )),
    MatchRule("paren_change", _rule_paren_change, (
        ("Labour 34% (up two), Reform 29%.", "two", "change", 2.0, 2.0),
        ("Greens 9% (three fewer), Liberals 12%.", "three", "change", -3.0, -3.0),
        ("The SNP is on 31 per cent (2 more than in May).", "2", "change", 2.0, 2.0),
    ), (
        "Labour won 34 seats (up two) in the council.",
        "Greens 9% (three in all), Liberals 12%.",
    )),
    MatchRule("bare_split", _rule_bare_split, (
        ("Harris leads Trump 52-48 in the new poll.", "52", "share", 52.0, 52.0),
        ("Voters backed the treaty by 57 to 43.", "43", "share", 43.0, 43.0),
        # two sides level: "tied at", "split", "deadlocked at" 50-50 in a poll or a vote
        ("With undecided voters set aside, Yes and No are tied at 50-50 in the Ipsos poll.",
         "50", "share", 50.0, 50.0),
        ("Canadians are split 50-50 on the carbon levy, the Angus Reid survey found.", "50",
         "share", 50.0, 50.0),
        ("The Voice referendum is deadlocked at 50-50 in the Essential poll.", "50", "share",
         50.0, 50.0),
        # a second split of the same sides after a baseline cue, room left for undecided
        ("Albanese leads Dutton 46-35 as better PM, down from 49-32.", "32", "share", 32.0,
         32.0),
        ("Carney leads Poilievre 44-38, compared with 41-40 in March.", "41", "share", 41.0,
         41.0),
    ), (
        "Poll respondents aged 55-64, up from 35-44 in the last wave, were the largest group.",
        "Voters aged 45-54 were split.",
        "The vote was 50-50 in the poll.",
        "The couple split 50-50 on the rent and the power bills.",
        "Bookmakers give the Senate race a 50-50 chance.",
        "The two firms are tied at 50-50 ownership of the joint venture.",
    )),
    MatchRule("percent_of", _rule_percent_of, (
        ("Renters as a share, percent of 12.", "percent of 12", "share", 12.0, 12.0),
    ), (
        "Ten percent of 400 voters is 40.",
    )),
    MatchRule("unit_at_list_end", _rule_unit_at_list_end, (
        ("In the Angus Reid poll: Liberals 38.1, Conservatives 36.4, NDP 11.2 and the Bloc 7.0 "
         "per cent.", "36.4", "share", 36.4, 36.4),
        ("Support in the YouGov survey: SNP 33, Labour 25, Reform 17 and the Conservatives 11%.",
         "25", "share", 25.0, 25.0),
        ("The poll found KO 30.2, PiS 29.1, Konfederacja 14.0, and The Left 6.1 per cent.",
         "30.2", "share", 30.2, 30.2),
    )),
    MatchRule("carried_unit", _rule_carried_unit, (
        ("Joblessness fell from 6.5 percent to 2.9 in a decade.", "2.9", "share", 2.9, 2.9),
        ("Joblessness in Ontario fell from 8.1 per cent in the spring of 2021 to 6.4 by March.",
         "6.4", "share", 6.4, 6.4),
        ("Backing for the euro rose from 41 percent among Poles in 2015 to 48 in the CBOS poll.",
         "48", "share", 48.0, 48.0),
        ("The Greens polled 6.2 percent, down from 4.4 in the last round.", "4.4", "share",
         4.4, 4.4),
        ("The Left is on 3.1 percent, while the Pirates get 4.8 and the Greens 6.2 percent.",
         "4.8", "share", 4.8, 4.8),
        ("Greens: 9.4 per cent overall\n• Aged 18-34 - 12.6\n• Aged 35-54 - 8.1\n",
         "12.6", "share", 12.6, 12.6),
        ("Approve of the president's handling of inflation, percent:\n• All adults – 38\n"
         "• Women – 35\n", "35", "share", 35.0, 35.0),
        ("Trust in the ABC, by state (per cent):\n• NSW – 61\n• Queensland – 54\n", "54",
         "share", 54.0, 54.0),
        ("Backing for the Bill, figures in per cent:\n- Gauteng: 47\n- Limpopo: 58\n", "58",
         "share", 58.0, 58.0),
        ("Satisfied with the Taoiseach, %:\n• Dublin – 41\n• Connacht–Ulster – 37\n", "37",
         "share", 37.0, 37.0),
        ("Support for a referendum, in percent:\n* Quebec - 44\n* Alberta - 29\n", "29",
         "share", 29.0, 29.0),
        ("Approval of the president, in per cent, by party:\n• Republicans – 82\n"
         "• Democrats – 6\n", "6", "share", 6.0, 6.0),
        ("Percentage backing the grant in each province:\n• Gauteng – 47\n"
         "• Western Cape – 52\n", "52", "share", 52.0, 52.0),
        ("Trust in the Garda by age group (percentages):\n• 18-29 – 34\n• 65+ – 51\n", "34",
         "share", 34.0, 34.0),
        ("Proportion who trust the police, by province:\n- Ontario: 61\n- Quebec: 55\n", "55",
         "share", 55.0, 55.0),
        ("Share of Germans who back the plan, by Land:\n* Bavaria - 44\n* Berlin - 39\n",
         "39", "share", 39.0, 39.0),
        ("The Liberals hold 30.5 percent, four points clear of the Bloc on 26.1.", "26.1",
         "share", 26.1, 26.1),
        ("The measure passed 62 per cent to 38.", "38", "share", 38.0, 38.0),
        ("Fianna Fáil is on 22 per cent in the poll. Sinn Féin is on 24, down one.", "24",
         "share", 24.0, 24.0),
        ("In the INSA poll the Union is at 30 percent (±0), the AfD at 24 (+1).", "24",
         "share", 24.0, 24.0),
    ), (
        "The mayor, 62, won 45 percent, while Jones is 58.",
        "The Liberals are at 56 per cent with Canadians 55 and older.",
        "Turnout was 45 percent; the hall holds 300 and opened in 1999.",
        "Teams:\n• Under 12s - 14\n• Under 14s - 9\n",
        "Squad sizes, percent aside:\n• Under 12s - 14\n",
        "Interviews by region (1,200 in all):\n• Dublin – 410\n• Munster – 300\n",
        "Fieldwork in per cent of target reached. Teams:\n• North - 14\n",
        "Support is 40%. Room 12 was full.",
        "Support is 40% in Leeds.\nSmith is on 31 not out.",
        "Support is 40%. The Mayor is on 3 May in Leeds.",
        "Support rose 5 per cent to 45 in the spring.",
        "The Tories are at 31 per cent with Britons 65 and older.",
        "Support was 55 per cent to 65 in the wards.",
        "Worry rises to 61% of those aged 45 to 64 and 70% of pensioners.",
        "Backing climbs to 58 per cent of Canadians aged 35 to 54, the poll says.",
        "It rose to 44 percent among those between the ages of 18 and 29.",
        "Some 68% of those aged 50 to 64 and 72% of the over-65s agree.",
        "It is 41 per cent among voters aged 35-49 and 44 per cent among older ones.",
        "Rents rose from 5 percent of income in 2020 to 12 million renters.",
        "Share trading volumes by firm:\n• BHP – 12\n• Rio – 9\n",
        "Percentage points gained, by party:\n• Labour – 3\n• Reform – 5\n",
        "Squad sizes, in order, by club:\n• Leeds – 24\n• Hull – 22\n",
        "Support went from 40 percent in the city, he said to 31 reporters.",
    )),
    MatchRule("points_carried", _rule_points_carried, (
        ("The Coalition fell two points to 31 per cent, while Labor rose one to 33.", "one",
         "change", 1.0, 1.0),
        ("The INSA poll puts the Union down half a point and the SPD up one.", "one", "change",
         1.0, 1.0),
        ("Labour is three points behind, and the Greens up six on the notional 2021 result.",
         "six", "change", 6.0, 6.0),
        ("In the Ipsos poll Fine Gael gained two points while Sinn Féin dropped three.",
         "three", "change", -3.0, -3.0),
        ("The Liberals climbed 4 points in the Abacus poll; the NDP fell 2, since March.", "2",
         "change", -2.0, -2.0),
        ("The ANC slipped three points in the Ipsos poll and the DA gained one, compared with "
         "May.", "one", "change", 1.0, 1.0),
    ), (
        "Sales fell two points to 31 per cent. Profits rose one to 33.",
        "Labor rose one to 33.",
        "The Union fell two points, and the SPD rose 3 percent.",
        "The Union fell two points and turnout rose 2 million.",
        "The Union fell two points. The SPD rose one.",
    )),
    MatchRule("party_list", _rule_party_list, (
        ("Voting intention: Con 24 (-1), Lab 44 (+2), LD 11 (=), Reform 11 (-1).", "44",
         "share", 44.0, 44.0),
        ("Voting intention: Con 24 (-1), Lab 44 (+2), LD 11 (=), Reform 11 (-1).", "+2",
         "change", 2.0, 2.0),
        ("Federal poll, first preferences (changes in brackets):\nCoalition 36 (down one)\n"
         "Labor 33 (two more)\nGreens 12 (+1)\n", "down one", "change", -1.0, -1.0),
        ("Federal poll, first preferences (changes in brackets):\nCoalition 36 (down one)\n"
         "Labor 33 (two more)\nGreens 12 (+1)\n", "two more", "change", 2.0, 2.0),
        ("Ipsos poll for Le Monde, first round:\nRN 33 (up 2)\nEnsemble 21 (-1)\n", "21",
         "share", 21.0, 21.0),
        ("Sifo poll, changes on May in brackets:\nSocial Democrats 33.9 (-0.2)\n"
         "Sweden Democrats 20.1 (+0.6)\nModerates 18.3 (+0.1)\nLeft Party 7.5 (-0.3)\n"
         "Centre Party 5.2 (+0.2)\nGreens 4.9 (-0.1)\nChristian Democrats 4.2 (+0.3)\n"
         "Other parties 2.1\n", "2.1", "share", 2.1, 2.1),
        ("Sifo poll, changes on May in brackets:\nSocial Democrats 33.9 (-0.2)\n"
         "Sweden Democrats 20.1 (+0.6)\nModerates 18.3 (+0.1)\nLeft Party 7.5 (-0.3)\n"
         "Centre Party 5.2 (+0.2)\nGreens 4.9 (-0.1)\nChristian Democrats 4.2 (+0.3)\n",
         "+0.3", "change", 0.3, 0.3),
        ("List vote shares, changes on 2021:\nPlaid 41.2 (+6.8), Reform 27.9 (+21.3), "
         "Lab 14.6 (-13.1)", "+21.3", "change", 21.3, 21.3),
        ("In Ottawa Centre: Lib 44.2 (-3.1), NDP 30.5 (+4.4), Con 18.9 (+0.7).", "30.5",
         "share", 30.5, 30.5),
        # no change written as an unsigned zero, in the middle of the list
        ("Opinium poll, changes on a fortnight ago:\nLab 29 (-1)\nCon 21 (0)\nRef 25 (+2)\n",
         "0", "change", 0.0, 0.0),
        ("Opinium poll, changes on a fortnight ago:\nLab 29 (-1)\nCon 21 (0)\nRef 25 (+2)\n",
         "25", "share", 25.0, 25.0),
        ("Red C poll: SF 23 (+1), FF 21 (0.0), FG 19 (-2).", "21", "share", 21.0, 21.0),
        ("Forsa trend, 2,500 interviews: AfD 26 (+1), Union 25 (unchanged), SPD 14 (-1).", "25",
         "share", 25.0, 25.0),
        ("Final call, in per cent: ANC 41 (-2), DA 23 (+1), MK 12 (+3), EFF 9 (-1).", "+3",
         "change", 3.0, 3.0),
        ("Share of the vote after 40 of 52 seats: BJP 36 (+2), INC 29 (-1), AAP 11 (+4).",
         "29", "share", 29.0, 29.0),
        ("Emnid poll, changes on last week: Union 31 (±0), SPD 16 (+1), AfD 24 (-1).", "±0",
         "change", 0.0, 0.0),
        ("Nanos tracking poll, margins in brackets: Liberals 38 (±3), Conservatives 35 (±3).",
         "35", "share", 35.0, 35.0),
    ), (
        "Scores: Leeds 2 (1), Hull 3 (0).",
        "Standings: Leeds 2 (+1), Hull 3 (-2), York 1 (unchanged).",
        "Medal table: Kenya 4 (+1), Ethiopia 3 (-2), Uganda 2 (+1).",
        "League table:\nLeeds 42 (up two)\nHull 39 (down one)\n",
        "Poll day:\nRoom 12 (two more)\n",
        "See Chapter 24 (p. 3), Section 11 (2).",
        "Voting intention: Con 24 (-1).",
        "Fixtures:\nLeeds 2 (1)\nHull 3 (0)\nYork 1\n",
    )),
    MatchRule("table_row", _rule_table_row, (
        ("Where the institutes stand (all figures in per cent):\n\n"
         "Union (CDU/CSU): 25 (Forsa), 24.5 (INSA), 26 (FGW)\n"
         "AfD: 26 (Forsa), 27 (INSA), 25 (FGW)\n",
         "24.5", "share", 24.5, 24.5),
        ("Where the institutes stand (all figures in per cent):\n\n"
         "Union (CDU/CSU): 25 (Forsa), 24.5 (INSA), 26 (FGW)\n"
         "AfD: 26 (Forsa), 27 (INSA), 25 (FGW)\n",
         "27", "share", 27.0, 27.0),
        ("First-round polls, in %:\nRN 33 | 34 | 31.5\nEnsemble 21 | 20 | 22\n", "31.5", "share",
         31.5, 31.5),
        ("Provincial polls, vote share in percent:\nLiberal: 41 (Leger), 39 (Abacus)\n"
         "Conservative: 37 (Leger), 38 (Abacus)\n", "38", "share", 38.0, 38.0),
        ("Lok Sabha trackers, figures in per cent:\nNDA: 44 (CVoter); 46 (Axis)\n"
         "INDIA bloc: 39 (CVoter); 38 (Axis)\n", "39", "share", 39.0, 39.0),
        ("Coalition support by firm, per cent:\nCoalition: 36 (Newspoll), 35 (Resolve)\n", "36",
         "share", 36.0, 36.0),
        ("Ireland, first preferences (%):\nSinn Féin 24 / 22 / 25\nFine Gael 19 / 20 / 18\n",
         "20", "share", 20.0, 20.0),
        ("Where the pollsters stand, in per cent, by firm:\nLabour: 34 (YouGov), 33 (Ipsos)\n"
         "Reform: 29 (YouGov), 30 (Ipsos)\n", "33", "share", 33.0, 33.0),
    ), (
        "Seats projected by each model:\nUnion: 25 (Forsa), 24 (INSA)\n",
        "Final scores:\nLeeds: 2 (Smith), 3 (Jones)\n",
        "Turnout was high (all figures in per cent).\nThe vote was close.\nLeeds: 12, 14\n",
        "Support in per cent:\nThe council has met.\nWard 12: 3 (North), 4 (South)\n",
        "Ages of the candidates, per cent aside:\nSmith: 45 (Lab), 52 (Con)\n",
        "Figures in per cent:\nAged 18-34: 25, 30\n",
        "Results in per cent:\nLabour 34 seats\n",
    )),
    MatchRule("bare_list", _rule_bare_list, (
        ("The latest Kantar poll has Labour 34, Conservatives 27, Reform 21, Lib Dems 10.",
         "27", "share", 27.0, 27.0),
        ("Senate poll, first round: Ruiz (38), Okafor (31), Lindqvist (14), others (9).",
         "31", "share", 31.0, 31.0),
        ("Asked about the new levy, it was Yes 46 No 44 in the referendum poll.", "44",
         "share", 44.0, 44.0),
        ("Governor's approval: Approve 41 / Disapprove 53.", "53", "share", 53.0, 53.0),
        ("Mayoral poll:\nPatel 39\nMorgan 35\nUndecided 14\n", "14", "share", 14.0, 14.0),
        ("Okafor 47, Brandt 45 — dead heat in the Siena poll", "45", "share", 45.0, 45.0),
    ), (
        "Final scores in the poll-tax protest league: Leeds 2, Hull 3, York 1.",
        "In the survey, candidates Ruiz (45), Okafor (38) and Lee (52) are all lawyers.",
        "The poll shows Biden 81, Trump 78 as the oldest pair ever to run.",
        "See the survey report, Section 12, Chapter 3 and Table 4.",
        "The council voted Yes 7, No 5 on the ballot measure.",
        "Labour won 34 seats, the Conservatives 27 seats, in the poll.",
        "In the poll's seat projection that gives Labour 34, Reform 31, Greens 8.",
        "On seats the exit poll translates as Plaid 34, Reform 31, Labour 18, Lib Dems 2.",
        "The Ipsos projection of delegates after the primary: Ruiz 44, Okafor 39.",
        "The survey covered Ward 12, Ward 14 and Ward 15.",
    )),
    MatchRule("measure_bare", _rule_measure_bare, (
        ("In the Newspoll the Coalition's primary vote fell to 31, its lowest this term.", "31",
         "share", 31.0, 31.0),
        ("The Coalition's primary vote slid to 31 from 35 in the Newspoll.", "35", "share",
         35.0, 35.0),
        ("The premier's approval rating now stands at 41 in the Léger survey.", "41", "share",
         41.0, 41.0),
        ("Labor's two-party preferred vote is 53, Resolve found.", "53", "share", 53.0, 53.0),
    ), (
        "In the poll, support for the treaty rose to 31 member states.",
        "The survey found approval of the plan was 12 March at the latest.",
        "The team's support rose to 31 by the end of the season.",
        "The poll's approval rating rose to 31 points.",
        "The poll put support among those aged 18 to 29 at 33%.",
    )),
    MatchRule("share_cue", _rule_share_cue, (
        ("A YouGov poll puts Labour on 21 per cent. The final Opinium figure of 31 for Reform "
         "was higher.", "31", "share", 31.0, 31.0),
        ("Labour polled 26% in the Survation poll. Labour's 24 in the last poll was its "
         "worst.", "24", "share", 24.0, 24.0),
        ("In the YouGov poll Plaid led with 30 per cent. Reform were on 29, the Greens on 11.",
         "29", "share", 29.0, 29.0),
        ("The Newspoll survey has Labor at 34 per cent; the Greens' 12 is their best this "
         "term.", "12", "share", 12.0, 12.0),
        ("Leger has the Liberals at 41% in Quebec, and the Bloc's 30 is a four-point slide in "
         "the poll.", "30", "share", 30.0, 30.0),
        ("The CVoter survey gives the NDA 44 per cent. The INDIA bloc's best showing of 39 was "
         "in May.", "39", "share", 39.0, 39.0),
        ("Fine Gael is on 20% in the Red C poll, while the Sinn Féin figure of 24 is unchanged.",
         "24", "share", 24.0, 24.0),
    ), (
        "Labour's 24 seats in the poll compare with its 30% vote share.",
        "The poll put Labour on 30 per cent. Labour's 24 MPs rebelled.",
        "Reform were on 29, the Greens on 11 in the poll.",
        "Labour won 31% in the poll.\nReform were on 29 in the count.",
        "The ANC took 40% in the poll. On seats, the ANC's 159 and the DA's 87 follow.",
        "Support was 40% in the poll. It's 24 degrees in Perth.",
        "Labour polled 30%. Tonight's 19 would be a record low in the poll.",
        "The poll gave Biden 31%. Biden's 81 years are an issue.",
        "Approval is 45% in the poll. The figure of 12 million households is new.",
        "Some 60% of the runs came in boundaries. Kohli's 82 in the final won the game.",
        "The poll found 40% support; the Greens on 11 seats are next.",
        "The poll found 40% support; the council's figure of $31 is a fee.",
        "The poll found 40% support, and Labour's 65 and older voters are loyal.",
    )),
    MatchRule("lead_bare", _rule_lead_bare, (
        ("Polling averages: Okafor up about 4, Brandt up almost 7", "4", "change", 4.0, 4.0),
        ("In the latest Siena poll Lee is ahead by 5, a swing from June.", "5", "change",
         5.0, 5.0),
        ("Latest poll of the race: Ruiz +3", "+3", "change", 3.0, 3.0),
        ("Changes since the last YouGov poll: Con -2, Lab +3, LD ±0, Reform +1.", "±0",
         "change", 0.0, 0.0),
        ("Against the May poll, Labour is +2 and the Greens -1.", "+2", "change", 2.0, 2.0),
    ), (
        "Poll of fans: Rahm up 3 going into the final round of the tournament.",
        "The survey found March up 3 from February.",
        "In the poll, Smith up 3 seats.",
        "Poll: Lee is ahead by 5 votes.",
    )),
    MatchRule("updown_level", _rule_updown_level, (
        ("In the Red C poll, Fianna Fáil is down one to 18 per cent.", "down one", "change",
         -1.0, -1.0),
        ("Labor is up two, to 36%, in the Newspoll.", "up two", "change", 2.0, 2.0),
        ("Plaid is on 4 per cent, as is Reform, which is up one.", "up one", "change",
         1.0, 1.0),
        ("The NDP and the Greens are each down three, to 9 per cent.", "down three", "change",
         -3.0, -3.0),
    ), (
        "Prices are down one to 18 dollars.",
        "The lift is up one floor.",
        "Turnout is on 4 per cent. Shares are up one.",
        "The share is 4 per cent, and the team is up 12.",
    )),
    MatchRule("share_gap_words", _rule_share_gap_words, (
        ("A poll in May put Labour on 24 per cent. Labour's 20 is three fewer than in "
         "February.",
         "three fewer", "change", -3.0, -3.0),
        ("In the Leger poll the Bloc's 30% is two higher than in March.", "two higher",
         "change", 2.0, 2.0),
        ("The ANC's 40 per cent in the Ipsos survey is 5 lower than in 2019.", "5 lower",
         "change", -5.0, -5.0),
        ("Fianna Fáil at 19% in the Red C poll was four down on January.", "four down",
         "change", -4.0, -4.0),
        ("The CVoter survey gives the BJP 41 per cent, which is three more than in 2019.",
         "three more", "change", 3.0, 3.0),
    ), (
        "Labour won 24% in the poll and is three fewer seats short.",
        "The poll gave Labour 24%, and is three higher than that.",
        "The poll gave Labour 24%; turnout is three times higher than that.",
    )),
    MatchRule("share_move", _rule_share_move, (
        ("Labour is on 33 per cent, down one since January.", "one", "change", -1.0, -1.0),
    ), (
        "Labour is on 33 per cent, down 40 seats since January.",
    )),
)


# -- what a rule needs near its token (issue 16) ----------------------------------------------


def _key_words(entries: Sequence[str], *, bounded: bool = True) -> tuple[str, ...]:
    """One word that each entry, matched by :func:`alternation` as a whole phrase, holds as a
    whole word: its longest run of letters, lower case ("voting intention": "intention",
    "first-preference vote": "preference", "2PP": "pp"); for an entry without letters, its
    first sign of :data:`_CUE_SIGNS` ("±", "+/-": "+"). ``bounded=False``, for a pattern
    that lets its phrase run on into a longer word ("error margin" in "error marginal"): not
    the last run of an entry of several."""
    out = set()
    for entry in entries:
        runs = regex.findall(r"[a-z]+", fold_case(entry))
        if not bounded and len(runs) > 1:
            runs = runs[:-1]
        if runs:
            out.add(max(runs, key=len))
            continue
        signs = [ch for ch in entry if ch in _CUE_SIGNS]
        if not signs:
            raise ValueError(f"no word or sign to look for in {entry!r}")
        out.add(signs[0])
    return tuple(sorted(out))


#: How far (characters) before and after a token its needed words are collected.
CUE_REACH: Final = 2 * WINDOW
#: Signs a rule may need near its token, each collected as a word of its own.
_CUE_SIGNS: Final = "%\u066a\uff05()=+*-\u00b1\u2022\u00b7\u25aa\u2023\u25e6\u2013"
_CUE_WORD: Final = re.compile(f"[a-z]+|[{re.escape(_CUE_SIGNS)}]")
_LETTERS: Final = re.compile("[a-z]+")


def _word_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(words)


@attrs.frozen
class Needs:
    """What a rule needs near its token before it can read anything: a word of ``before`` in
    the :data:`CUE_REACH` characters before the token, a word of ``after`` in those after its
    end, or ``state``: what the scan has read so far (a sample or a share just before), or
    what a test of its own finds. Each word list names, for every way the rule can read its
    token, one word that way's own patterns require: a whole word of ASCII letters (lower
    case, any case in the text) or one sign of :data:`_CUE_SIGNS`. The words near a token
    are found once for all rules (:class:`_Cues`, one scan each side of it); most
    tokens of prose without statistics (years, days, money, counts near "vote" or
    "support") then skip most rules. A rule without an entry in :data:`_RULE_NEEDS` is
    always tried; tests/test_prefilters.py holds the gated scan equal to the ungated one."""

    before: frozenset[str] = attrs.field(default=frozenset(), converter=_word_set)
    after: frozenset[str] = attrs.field(default=frozenset(), converter=_word_set)
    state: Callable[[_Scan, int], bool] | None = None

    @before.validator
    @after.validator
    def _words(self, _: object, value: frozenset[str]) -> None:
        bad = [w for w in value if not _CUE_WORD.fullmatch(w)]
        if bad:
            raise ValueError(f"needed words are lower-case ASCII words or signs: {bad!r}")

    def met(self, s: _Scan, i: int, cues: _Cues) -> bool:
        """Whether the rule may read token ``i`` (False: it would read nothing)."""
        return (not (self.before.isdisjoint(cues.before) and self.after.isdisjoint(cues.after))
                or (self.state is not None and self.state(s, i)))


@attrs.frozen
class _Cues:
    """The words of :class:`Needs` near a token: those in the :data:`CUE_REACH` characters
    before it and after it, each stretch read on its own (a run of letters glued to the
    token counts with the part on its side: "twofold" after "two" gives "fold")."""

    before: frozenset[str]
    after: frozenset[str]

    @classmethod
    def of(cls, low: str, start: int, end: int) -> _Cues:
        """The cues of the token at ``start:end`` of the folded text ``low`` (only the words
        and signs some rule needs: a scan for words, one for signs)."""
        lo, hi = max(0, start - CUE_REACH), end + CUE_REACH
        before = _BEFORE_WORDS.intersection(_LETTERS.findall(low, lo, start))
        after = _AFTER_WORDS.intersection(_LETTERS.findall(low, end, hi))
        signs_before = _BEFORE_SIGNS.findall(low, lo, start)
        signs_after = _AFTER_SIGNS.findall(low, end, hi)
        if low.find("%", lo, start) >= 0:  # the common sign apart: a flood has one a figure
            signs_before.append("%")
        if low.find("%", end, hi) >= 0:
            signs_after.append("%")
        return cls(before.union(signs_before) if signs_before else before,
                   after.union(signs_after) if signs_after else after)


def _sample_just_read(s: _Scan, i: int) -> bool:
    """A sample size among the last three statistics, ending at most 200 characters before the
    token (what :func:`_sample_in_sentence` needs, without its sentence check)."""
    start = s.toks[i].start
    return any(st.kind == "sample_size" and 0 <= start - st.end <= 200 for st in s.out[-3:])


def _moe_just_read(s: _Scan, i: int) -> bool:
    """A margin of error as one of the last two statistics (:func:`_moe_goes_on` needs it)."""
    return any(st.kind == "margin_of_error" for st in s.out[-2:])


def _share_just_read(s: _Scan, i: int) -> bool:
    """A share in percent as one of the last two statistics (the unit a bare figure takes)."""
    return any(st.unit == "percent" and st.kind == "share" for st in s.out[-2:])


def _word_token(s: _Scan, i: int) -> bool:
    return s.toks[i].form == "words"


#: What _LIST_UNIT_AFTER ends with: a figure and its unit, "6.1 per cent".
_LIST_UNIT_END: Final = re.compile("[0-9][ \t]?(?:%|per[ \t]?cent|pc)")


def _list_unit_ahead(s: _Scan, i: int) -> bool:
    """A figure and its percent in the 400 characters after the token (_LIST_UNIT_AFTER)."""
    end = s.toks[i].end
    return _LIST_UNIT_END.search(s.text, end, end + 400) is not None


def _next_list_item(s: _Scan, i: int) -> bool:
    return i + 1 < len(s.toks) and _list_item(s, i + 1)


def _signed(s: _Scan, i: int) -> bool:
    return s.toks[i].signed


def _x_after(s: _Scan, i: int) -> bool:
    """An "x" or "×" right after the token ("2.5x"; _TIMES)."""
    end = s.toks[i].end
    return s.text[end:end + 1] in ("x", "X", "\u00d7")


def _share_cue_read(s: _Scan, i: int) -> bool:
    """A share in percent among the last four statistics, at most _CUE_REACH before."""
    start = s.toks[i].start
    return any(st.kind == "share" and st.unit == "percent" and 0 <= start - st.end <= _CUE_REACH
               for st in s.out[-4:])


def _point_change_read(s: _Scan, i: int) -> bool:
    """A change in points among the last two statistics, at most 150 characters before."""
    start = s.toks[i].start
    return any(st.unit == "percentage_point" and st.kind == "change"
               and 0 <= start - st.end <= 150 for st in s.out[-2:])


def _party_item_read(s: _Scan, i: int) -> bool:
    return any(st.rule == "party_list" for st in s.out[-3:])


#: Verbs of being asked after a count: "1,000 surveyed voters", "• 1,200 – voters interviewed"
#: (_ASKED_ADJ_AFTER, _DASH_SAMPLE_AFTER).
_ASKED_WORDS: Final = ("participating", "responding", "surveyed", "polled", "interviewed",
                       "questioned", "sampled", "asked")
#: A word each way of writing a sample needs before its figure: _SAMPLE_BEFORE (its
#: bracketed details anywhere in a word), _SURVEY_REACHES_BEFORE, _CONDUCTED_WITH_BEFORE,
#: _SAMPLE_MADE_OF_BEFORE ("sample"), _N_EQUALS_BEFORE ("=").
_SAMPLE_CUE_WORDS: Final = (
    "=", "(", "sample", "samples", "sampled", "subsample", "subsamples", "base", "respondents",
    "participants", "interviewees", "survey", "surveys", "surveyed", "poll", "polls", "polled",
    "study", "studys", "panel", "panels", "canvass", "canvasss", "canvassed", "census",
    "censuss", "questionnaire", "questionnaires", "questioned", "interviewed", "interviews",
    "responses", "answers", "replies", "based", "fieldwork", "conducted", "carried", "fielded",
    "done", "held",
)

#: A word of every sample noun (_SAMPLE_NOUN_AFTER: respondents, sample nouns, the plural
#: names of nationals).
_SAMPLE_NOUN_WORDS: Final = _key_words([
    *RESPONDENT_NOUNS, *SAMPLE_NOUNS,
    *(w for w in DEMONYM_WORDS if w.endswith("s"))])

#: The words of a percent (_PERCENT, _PCT_OF_BEFORE: "percent", "per cent", "percentages").
_PERCENT_WORDS: Final = ("percent", "percentage", "percents", "percentages", "per")
#: A word of every way _POINTS writes points ("percentage points", "of a percentage point",
#: "percent pts", "pct pts", "ppts", "pp", "points", "pts").
_POINT_WORDS: Final = ("percentage", "percent", "pct", "ppt", "ppts", "pp", "point", "points",
                       "pt", "pts")

#: Rule name -> what it needs near its token (see :class:`Needs`).
_RULE_NEEDS: Final[dict[str, Needs]] = {
    # a sample read beside one just read; a verb of asking or a sample noun after the figure;
    # a sample cue before it ("a poll of", "n =", "conducted ... among", "(fieldwork ...,")
    "sample": Needs(before=_SAMPLE_CUE_WORDS, after=(*_ASKED_WORDS, *_SAMPLE_NOUN_WORDS),
                    state=_sample_just_read),
    # "±3", "+/-3", "margin of error of 3" before (_MOE_SIGN_BEFORE, _MOE_BEFORE); "a 3-point
    # margin of error" after; the next of a list of margins
    "moe": Needs(before=("\u00b1", "+", *_key_words(MOE_CUES, bounded=False)),
                 after=("error",), state=_moe_just_read),
    # "net" or a balance's noun in the 160 characters before (_NET_BEFORE, _BALANCE_BEFORE),
    # "21% / 56% / -35", a bracket closing after a change ("(+2)"); "zero" is a word token
    "net": Needs(before=("net", "balance", "balances", "index", "indexes", "indices", "barometer",
                         "gauge", "score", "scores", "reading", "readings", "%"),
                 after=(")",), state=_word_token),
    # the list's unit after its last item, at most 400 characters on (_LIST_UNIT_AFTER)
    "unit_at_list_end": Needs(state=_list_unit_ahead),
    # a percent sign or word after the figure (_PERCENT: "27%", "5 per cent", "30pc", "p.c.")
    "percent": Needs(after=("%", "\u066a", "\uff05", *_PERCENT_WORDS, "pct", "pc", "p")),
    # points after the figure (_POINTS: "5 points", "0.3 of a percentage point", "2 ppts")
    "points": Needs(after=_POINT_WORDS),
    # basis points after the figure (_BASIS_POINTS)
    "basis_points": Needs(after=("basis", "bps", "bp")),
    # points after the figure, or a point change just read (_points_before)
    "gap_points": Needs(after=_POINT_WORDS, state=_point_change_read),
    # "up" or "down" right before the figure (_UPDOWN_BEFORE, _SHARE_MOVE_BEFORE)
    "updown_level": Needs(before=("up", "down")),
    "share_move": Needs(before=("up", "down")),
    # a second item right after the figure (a list has two at least; _list_item)
    "bare_list": Needs(state=_next_list_item),
    # the paragraph's share in percent among the last four statistics
    "share_cue": Needs(state=_share_cue_read),
    # a larger sample read just before (_larger_sample_in_sentence)
    "sample_part": Needs(state=_sample_just_read),
    # a sample noun after the figure (_SAMPLE_NOUN_AFTER)
    "sample_survey": Needs(after=_SAMPLE_NOUN_WORDS),
    # a measure that is a share before the figure (_SHARE_MEASURE_BEFORE)
    "measure_bare": Needs(before=_key_words(SHARE_MEASURES)),
    # a lead word after a name (_NAMED_LEAD_BEFORE), or a signed figure ("Ruiz +3")
    "lead_bare": Needs(before=("up", "ahead", "leads", "leading", "led"), state=_signed),
    # a point change just read in the sentence (_points_before)
    "points_carried": Needs(state=_point_change_read),
    # a signed figure, or its sign in words (_MINUS_BEFORE, _PLUS_BEFORE)
    "net_carried": Needs(before=("minus", "negative", "plus", "positive"), state=_signed),
    # the bracketed change after the share (_PARTY_PAREN_AFTER), or a list item just read
    "party_list": Needs(after=("(",), state=_party_item_read),
    # the bracket after the share (_SHARE_PAREN_BEFORE), a window before the word at most
    "paren_change": Needs(before=("(",)),
    # "percent of" before the figure (_PCT_OF_BEFORE)
    "percent_of": Needs(before=_PERCENT_WORDS),
    # "a factor of", "-fold", "times" (_FACTOR_OF_BEFORE, _FOLD, _TIMES), or "x" right after
    "times": Needs(before=("factor",), after=("fold", "times"), state=_x_after),
    # a share in percent just read, or a bullet line before the figure (_BULLET_BEFORE)
    "carried_unit": Needs(before=("\u2022", "\u00b7", "\u25aa", "\u2023", "\u25e6", "*", "-",
                                  "\u2013"),
                          state=_share_just_read),
}
_GATED_RULES: Final = tuple((rule, _RULE_NEEDS.get(rule.name)) for rule in RULES)
#: Every word some rule needs before, and after, its token.
_BEFORE_WORDS: Final = frozenset(w for n in _RULE_NEEDS.values() for w in n.before)
_AFTER_WORDS: Final = frozenset(w for n in _RULE_NEEDS.values() for w in n.after)
_BEFORE_SIGNS: Final = re.compile(
    f"[{re.escape(''.join(sorted(w for w in _BEFORE_WORDS if w in _CUE_SIGNS and w != '%')))}]")
_AFTER_SIGNS: Final = re.compile(
    f"[{re.escape(''.join(sorted(w for w in _AFTER_WORDS if w in _CUE_SIGNS and w != '%')))}]")


#: The states of :data:`_RULE_NEEDS` that look at the token alone, not at what was read.
_TOKEN_STATES: Final = frozenset({_word_token, _signed, _x_after, _list_unit_ahead,
                                  _next_list_item})


@functools.lru_cache(maxsize=4096)
def _plan(cues: _Cues, read: bool
          ) -> tuple[tuple[MatchRule, Callable[[_Scan, int], bool] | None], ...]:
    """The rules to try on a token with these cues, in order, each with the state it still
    needs (None: tried whatever the scan has read); ``read``: whether the scan has read a
    statistic yet (before the first, no state of what was read holds). The same few cues
    recur, so the plan is worked out once for each."""
    plan: list[tuple[MatchRule, Callable[[_Scan, int], bool] | None]] = []
    for rule, needs in _GATED_RULES:
        if needs is None or not (needs.before.isdisjoint(cues.before)
                                 and needs.after.isdisjoint(cues.after)):
            plan.append((rule, None))
        elif needs.state is not None and (read or needs.state in _TOKEN_STATES):
            plan.append((rule, needs.state))
    return tuple(plan)


_UNGATED: Final = tuple((rule, None) for rule in RULES)


def find_statistics(
    text: str, toks: Sequence[NumberToken], spans: Sequence[tuple[int, int]] | None = None,
    *, gated: bool = True,
) -> list[Statistic]:
    """Every statistic of ``text``, in text order, given its number tokens (and the anchor
    windows they were read from, see :mod:`pollstats.anchors`). A rule whose needs
    (:data:`_RULE_NEEDS`) a token does not meet is not tried on it; ``gated=False`` tries
    every rule on every token (the same statistics)."""
    scan = _Scan(text, toks)
    low = scan.folded() if gated else ""
    for i in range(len(toks)):
        if i in scan.used:
            continue
        plan = (_plan(_Cues.of(low, toks[i].start, toks[i].end), bool(scan.out)) if gated
                else _UNGATED)
        for rule, state in plan:
            if state is not None and not state(scan, i):
                continue  # the words the rule needs are not near, nor what it has read
            scan.rule = rule.name
            if rule.apply(scan, i):
                break
    scan.rule = "a_point"
    _a_point(scan, ((0, len(text)),) if spans is None else spans)
    scan.out.sort(key=lambda st: (st.start, st.end))
    return scan.out


_A_POINT = regex.compile(
    rf"(?<!\w)a{_SPACE}+(?:(?:single|full|whole){_SPACE}+)?(?:percentage{_SPACE}+)?point(?![\w-])",
    _F,
)


def _a_point(s: _Scan, spans: Sequence[tuple[int, int]]) -> None:
    """``fell a point``, ``down a point``, ``up by a percentage point``: a change of one
    point, with no number token to hang it on; not inside a figure read already ("half a
    point ahead": the fraction's)."""
    read = sorted((st.start, st.end) for st in s.out)
    ends = [e for _, e in read]
    for m in (m for lo, hi in spans for m in _A_POINT.finditer(s.text, lo, hi)):
        if s.after(_OF_AFTER, m.end()) is not None:
            continue  # "a point of contention", "a point of order"
        k = bisect.bisect_right(ends, m.start())
        if k < len(read) and read[k][0] <= m.start():
            continue
        d = s.before(_DIRECTION_BEFORE, m.start())
        if d is None or _LEAD_WORDS.match(d[0]):
            d = s.before(_NOUN_OF_BEFORE, m.start())  # "shifts of a single point"
            if d is None or d["up"] is None or _TO_END.search(d[0]) is not None:
                v = _a_point_gap(s, m.start(), m.end())
                if v:
                    s.emit(m.start(), m.end(), "change", v, v, "percentage_point", [])
                continue
        v = -1.0 if d["down"] else 1.0
        s.emit(m.start(), m.end(), "change", v, v, "percentage_point", [])


#: After "a point": the lead it is ("still a point ahead of the AfD", "a point behind").
_A_POINT_LEAD_AFTER = regex.compile(
    rf"{_SPACE}+(?:ahead|clear|in{_SPACE}+front|(?P<behind>behind|adrift))(?!\w)", _F
)
#: "by (barely|just|...) a point": the size of a gap or an error, in poll copy.
_BY_A_POINT_BEFORE = regex.compile(
    rf"(?r)(?<!\w)by(?:{_SPACE}+(?:{_QUAL}|barely|just|only|merely|all{_SPACE}+of))?{_SPACE}+\Z", _F
)
#: Before "a point", the link of an earlier or compared size of a lead named before it in the
#: sentence: "a four-point edge that was a single point in December".
_A_POINT_LINK_BEFORE = regex.compile(
    rf"(?r)(?<!\w)(?:was|were|is|had{_SPACE}+been|has{_SPACE}+been|from|with|of|to|versus)"
    rf"{_SPACE}+\Z",
    _F,
)


def _a_point_gap(s: _Scan, start: int, end: int) -> float:
    """A lead of one point told as ``a point``: ``still a point ahead of the AfD`` (behind:
    negative, as ``three points behind``), or the earlier size of a lead named before it in the
    sentence, ``a four-point edge that was a single point in December`` (positive); 0 when
    neither, or in a game report."""
    lead = _A_POINT_LEAD_AFTER.match(s.text, end, min(len(s.text), end + 20))
    if lead is not None:
        v = -1.0 if lead["behind"] is not None else 1.0
    elif (s.before(_A_POINT_LINK_BEFORE, start) is not None
          and s.before(_GAP_NOUN_BEFORE, start) is not None
          and s.after(_OF_AFTER, end) is None):  # not "the lead was a point of contention"
        v = 1.0
    elif (s.before(_BY_A_POINT_BEFORE, start) is not None
          and _POLL_NEAR.search(s.text, max(0, start - 200), end + 100) is not None):
        v = 1.0  # "the poll was off by barely a point", "missed the result by a point": a gap
    else:
        return 0.0
    return 0.0 if _sports(s.text, start, end) else v
