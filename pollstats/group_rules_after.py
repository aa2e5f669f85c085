"""Group rules that read the words right after a figure: "44% of renters", "41% with graduates",
"three in ten respondents under 30", "more likely than ...".
"""

from __future__ import annotations

from typing import Final

import regex

from ._data import alternation
from .group_lists import _ANSWERS
from .group_rules_before import _subgroup_of
from .group_view import (
    _AGE,
    _FIGURE,
    _LOWER_MODIFIER,
    _LOWER_PEOPLE,
    _PEOPLE_PLURAL,
    _PLURAL,
    _POLL_NOUNS,
    GROUP_MODIFIER_WORDS,
    Anchored,
    GroupRule,
    GroupView,
    Proposal,
    _cue,
    names_people,
)
from .grouping import group_key
from .groupwords import HEADS, classify, is_fragment
from .matchers import SURVEY_VERBS
from .model import Cue

# A group ends at its plural head unless a modifier continues it:
# "52% of Russians | closely follow", "of young people in rural areas | say".
_GROUP_END = r"""
    (?=\s*(?:[,;:()\[\]—–.!?"“”\n]|\Z)
      | \s+(?!(?:in|from|with|aged|ages|living|under|over|between|of|who|whose|at)\b)\w)
"""

# Where a group lives: "in the south", "in rural areas", "in the southern States" (a capital,
# a plural or a word after "the" ends it; no verb, digit, survey or time word inside).
_PLACE_WORD_STOP = (
    r"(?:survey|surveys|poll|polls|study|sample|month|months|year|years|week|past|last|recent)"
)
#: Verbs that end a place: "of people in Ireland | back EU membership".
_PLACE_VERB_STOP = alternation([
    *SURVEY_VERBS,
    *"back backs backed want wants oppose opposes favour favor favours favors".split(),
])
_LOCATED = rf"""(?:\s+(?:in|from|living\s+in|across)\s+(?:the\s+)?
    (?:(?!{_PLACE_WORD_STOP}\b)(?!(?:{_PLACE_VERB_STOP})\b)[^\W\d_][\w'’\-]*\s+){{0,2}}
    (?!{_PLACE_WORD_STOP}\b)(?:\p{{Lu}}[\w'’\-]*|[^\W\d_][\w\-]*s|(?<=the\s)[^\W\d_][\w\-]*
                               |(?i:area|zone|belt|region))(?!\w)                # the euro area
    (?!\s+(?i:{_POLL_NOUNS})\b))                        # not "in the Infratest survey"
"""

#: A join to the next figure ends a group: "68% of those aged 50 to 64 | and 72% of ...",
#: "49 percent of those in their 40s | and 41 percent of ..." (a group holds no figure).
_NEXT_FIGURE = r"""\s*,?\s+(?:and|or|but|while|whereas|versus|vs\.?|against|compared\s+with)\s+
    (?:(?:to|at)\s+)?                                   # "... and to 28% for those ..."
    (?:(?:just|only|about|some|nearly|almost|around|roughly)\s+)?
    [0-9][0-9.,]*\s*(?:%|per\s?cent|percent|pc)"""

# "those ..." runs to the clause's end or its verb: "of those aged 55 and older | said".
_CLAUSE_VERBS = alternation([
    *SURVEY_VERBS,
    *"was is could should can may might back backed voted remain remained worry worried".split(),
])
#: A verb right after a group's age or amount ends the group: "those under 25 | skipped a
#: meal", "households with incomes under $40,000 | went without", "those 65 and older | live
#: alone" (an -ed or -s form, or a common verb of what people do or say).
_NUMBER_END = r"""(?<=[0-9]|[0-9][ \t]+(?:and|or)[ \t]+(?:older|over|above|up|younger|under|more
                                                          |less|higher|lower|below))
    [ \t]+(?=(?:[a-z]{2,}ed|went|go|goes|said|say|says|had|have|has|are|were|was|is|live|lives
             |felt|feel|feels|saw|see|sees|got|get|gets|paid|pay|pays|spent|spend|spends|took
             |take|takes|made|make|makes|gave|give|gives|thought|think|thinks|found|find
             |finds|kept|keep|keeps|lost|lose|fell|rose|did|do|does|could|would|will|can
             |should|may|might|own|owns|rent|rents|expect|expects|back|backs|support
             |supports|oppose|opposes|want|wants|need|needs|agree|agrees|favour|favor|plan
             |plans|worry|worries|struggle|struggle|skip|skips|rely|relies|use|uses|prefer
             |prefers|believe|believes|remain|remains|tend|tends|cite|cites|name|names|rate
             |rates|view|views|trust|trusts|approve|approves|disapprove|disapproves)\b)"""
_THOSE_END = rf"""
    (?=\s*(?:,(?![0-9])|\.(?![0-9])|[;:()\[\]—–!?"“”\n]|\Z)
      | {_NUMBER_END}
      | \s+{_CLAUSE_VERBS}\b
      | \s+(?:now|still|also|today|currently|increasingly)\s+[a-z]  # "who voted Leave | now regret"
      | {_NEXT_FIGURE})
"""
#: "those aged 65 and over", "those earning under RM3,000", "those 55 and older": up to its
#: end (a figure's group after "with", "for", "among").
_THOSE_PHRASE = rf"""those\s+(?:(?:aged|ages|under|over|who|with|earning|making|paying
                                    |at(?=\s+[$£€¥₹]))\s+                  # those at $90,000
                                 |(?=[0-9]{{2}}\s))
    (?:[^,;:()\[\].!?\n]|(?<=[0-9])[,.](?=[0-9])){{1,60}}?{_THOSE_END}"""

# People without something, up to a clause's end: "adults without a four-year degree" (not
# into a verb: "adults without a degree | oppose the plan").
_WITHOUT = r"""(?:adults|voters|people|respondents|men|women|those)\s+without\s+
    (?:(?:a|an|any)\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+
    (?=\s*(?:[,;:.!?)]|\Z)|\s+(?:and|but|while|whereas|compared|than|against|versus)\b)"""
#: The election a party's voters were counted at: "PVV voters from 2023", "Labour voters
#: from last July's general election", "Liberal voters at the last federal election" (past
#: voters: a group of their own, not today's).
_PAST_VOTE = r"""(?:(?<=(?i:voters|supporters|backers|electors))
    \s+(?:from|in|of|at)\s+(?:the\s+)?
    (?:(?:19|20)[0-9]{2}(?:\s+(?:general\s+|federal\s+|presidential\s+)?
                           (?:election|vote|referendum|ballot))?
      |(?:last|previous|past)\s+(?:\p{Lu}\w*['’]s\s+|year['’]s\s+)?
       (?:(?:general|federal|presidential|national|state)\s+)?(?:election|vote|referendum|ballot))
    (?![\w%]))"""
_OF_GROUP = regex.compile(
    rf"""
    (?:\s*\([^()]{{0,24}}\))?\)?                   # "two-thirds (64%) of renters", "64%) of"
    \s*of\s+
    (?P<group>
        (?:(?:those|people|adults|voters|respondents|men|women|Americans|Britons)\s+
           (?:who|with|without|aged|ages|that|whose|under|over|able|earning|making|paying)
         | (?:households|(?:[\w'’\-]+\s+)?{_PEOPLE_PLURAL})\s+
           (?:who|whose|with|without|earning|making|paying))\s+
        (?:[^,;:()\[\].!?\n]|(?<=[0-9])[,.](?=[0-9])){{1,80}}?{_THOSE_END}  # of people who ...
      | (?:those|people|adults|households|families|children|workers|voters|respondents|men
          |women)\s+(?!(?:being|saying|thinking|believing|agreeing|disagreeing|answering
                          |responding|reporting|indicating|choosing|selecting|naming|citing
                          |expecting|wanting|supporting|backing|opposing|favou?ring|preferring
                          |rating|holding|expressing|giving|having|feeling|viewing|seeing
                          |calling|describing|identifying|planning|considering)\b)
          [a-z]{{2,}}ing(?:\s+(?!(?:and|or|in|at)\b)[^\W\d_][\w\-]*){{1,2}}?
                                  # (not an answer: "of respondents saying they ...")
        {_LOCATED}?
        (?=\s+(?:[a-z]{{2,}}ed|are|were|is|was|have|had|do|did|can|could|will|would|live
                 |remain|expect|think|feel|face|need|worry|cut|use|want|plan|struggle|skip|rely
                 |pay|spend|go|get|{_CLAUSE_VERBS})\b
           |\s*(?:,(?![0-9])|\.(?![0-9])|[;:()\[\]—–!?\n]|\Z))
                                      # of people facing hunger, of adults renting privately
      | those\s+[^,;:()\[\].!?\n]{{1,80}}?{_THOSE_END}   # of those aged 55 and older
      | (?i:under|over)-?[0-9]{{2}}s(?!\w)                 # of over-65s, of under-35s
      | (?:[\w'’\-]+\+?\s+){{0,3}}?(?:\(\p{{Lu}}{{2,6}}\)\s+)?     # of Kuomintang (KMT) supporters
        {_PEOPLE_PLURAL}(?!(?<=(?-i:People)(?:['’]s)?)\s+\p{{Lu}})   # not "of People Power ..."
        {_AGE}?                                  # of young Americans, of LGBTQ+ adults
        {_PAST_VOTE}?                           # PVV voters from 2023
        {_LOCATED}?                                     # of voters in the south
        (?:\s+(?:surveyed|polled|asked|questioned|interviewed))?
        {_GROUP_END}
    )
    """,
    regex.VERBOSE,
)
_CLAUSE_END = regex.compile(r"\s*(?:[.,;:)]|\Z)")
#: Words before a figure that make "37% women" the make-up of a sample, not a group's share.
_COMPOSITION = regex.compile(r"(?<!\w)(?:were|was|are|is|comprised|of\s+which|of\s+whom"
                             r"|made\s+up\s+of)(?!\w)", regex.IGNORECASE)
#: A lower-case word that may qualify people ("college graduates"), not a function word.
_ANY_LOWER = r"""(?!(?:the|a|an|his|her|their|its|this|that|these|those|all|both|each|and|or|but
                     |than|as|of|in|on|at|by|to)\b)[a-z][\w\-]*"""
_PEOPLE_AFTER = regex.compile(  # "one in five respondents under 30", "1 in 10 adults"
    rf"""
    \s+(?P<group>(?P<pre>(?:(?:\p{{Lu}}[\w'’\-]*\+?|\w+-[\w\-]+|{HEADS}|[a-z]{{2,}}(?:ed|ing|al|ic|ive|ary)
                    |{_ANY_LOWER})\s+){{0,2}}?)     # a noun that qualifies them: mortgage holders
        {_PEOPLE_PLURAL}(?!\s+{_PEOPLE_PLURAL}(?!\w))  # the last of "women doctors"
        {_AGE}?
        {_PAST_VOTE}?
        {_LOCATED}?)
    {_GROUP_END}
    """,
    regex.VERBOSE,
)
_WITH_AFTER = regex.compile(  # "29% with women", "41% for graduates", "3 points with men"
    rf"""
    (?:\s+(?:lead|advantage|edge|margin|deficit|gap))?                # a 19-point lead with
    \s+(?P<prep>with|for)\s+
    (?P<group>
        {_WITHOUT}
      | {_THOSE_PHRASE}
      | (?:(?:{_LOWER_MODIFIER}|\p{{Lu}}[\w'’\-]*|{_ANY_LOWER})\s+){{0,2}}
        {_LOWER_PEOPLE}(?<=s|men|people|youth){_AGE}?{_LOCATED}?
      | (?:\p{{Lu}}[\w'’\-]*\s+)?\p{{Lu}}\w*(?:ans|ats|ists|ers|ents){_AGE}?  # with Republicans
    )
    (?:{_GROUP_END}
      | (?=\s+in\s+(?:the|this|a|its|their)\s+(?:\p{{Lu}}[\w'’\-]*\s+){{0,2}}(?:{_POLL_NOUNS})\b))
    """,
    regex.VERBOSE,
)
_AS_SIDE = rf"""(?:those\s+(?:aged\s+)?[0-9]{{2}}\s+(?:and|or)\s+(?:older|over|younger|under)
    | (?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)"""
#: A side described by what its people have or do: "Adults with household incomes under
#: $40,000 a year", "those earning $90,000 or more" (up to the verb or the "to" after it).
_AS_SIDE_WITH = rf"""(?:(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}|those)
    \s+(?:with|without|earning|making|living|who|in|born|not\s+in|not\s+living)\s+
    (?:[^,;:.!?()\n]|(?<=[0-9])[,.](?=[0-9])){{1,60}}?"""
#: The verb between a comparison's first side and "more"/"as": "are", "were", "remain".
_SIDE_VERB = r"(?:are|were|is|was|remain|remains|remained|appear|appeared|seem|seemed)"
#: The partisans with their leaners, one side in US crosstabs: "Democrats and
#: Democratic-leaning independents", "Republicans and Republican leaners".
_LEANERS = r"""(?:\s+and\s+\p{Lu}\w*(?:[\s\-]leaning\s+independents|\s+leaners))"""
#: A side's own figure in apposition ("Disabled adults, at 51%, were ..."), or an aside on
#: who its people are: "(the bottom quintile)", "— those who arrived within 10 years —",
#: ", most of whom live alone,".
_APPOSED = r"""(?:\s*,\s*at\s+[0-9][0-9.,]*\s*(?:%|per\s?cent|percent)\s*,
    | \s*\([^()\n%]{1,60}\)
    | \s*[—–]\s*[^—–\n%]{1,80}?\s*[—–]
    | \s*,\s*(?:most|many|some|all|half|nearly\s+all)\s+of\s+(?:whom|them)\s+[^,;\n%]{1,60},)"""
#: What the sides are compared on, between "as likely"/"more likely" and "as"/"than": "as
#: likely to be in poverty as", "more likely to rent than".
_COMPARED_ON = r"""(?:to\s+[^,;:.()\n%]{1,60}?\s+)?"""
_MORE_LIKELY = regex.compile(
    rf"""
    [\s"“•·*\-–]*(?:(?:And|But|So)\s+)?
    (?P<a>{_AS_SIDE_WITH}|(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?{_LEANERS}?)
    (?:\s+in\s+the\s+(?:survey|poll|sample|study))?{_APPOSED}?
    \s+{_SIDE_VERB}\s+(?:\w+\s+)?(?:more|less)\s+[\w\-]{{3,20}}+\s+{_COMPARED_ON}than\s+
    (?:(?:are|were|do|did)\s+)?
    (?P<b>{_AS_SIDE_WITH}(?=\s+to\s|\s*(?:\(|[,;.:](?![0-9])))
      |(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?{_LEANERS}?(?!\w))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_AS_LIKELY = regex.compile(  # "Renters were twice as likely as homeowners to ... (24% v 12%)"
    rf"""
    (?<!\w)(?!(?:and|while|but|whereas|so)\s)(?P<a>{_AS_SIDE_WITH}|{_AS_SIDE}){_APPOSED}?
    \s+{_SIDE_VERB}\s+(?:(?:also|still|now|even)\s+)?
    (?:(?:nearly|almost|about|roughly|around|more\s+than)\s+)?
    (?:twice|(?:one|two|three|four)\s+and\s+a\s+half\s+times|three\s+times|four\s+times
      |half|[0-9]+(?:\.[0-9]+)?\s*(?:times|x))
    \s+as\s+[\w\-]{{3,20}}\s+{_COMPARED_ON}as\s+(?:(?:are|were|do|did)\s+)?
    (?P<b>{_AS_SIDE_WITH}(?=\s+to\s|\s*(?:\(|[,;.:](?![0-9])))|{_AS_SIDE}(?!\w))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where a clause that may open with a group starts: ", and", "; while", ", but".
_CLAUSE_START = regex.compile(r"(?r)[,;:]\s*(?:and|while|but|whereas)?\s*\Z", regex.IGNORECASE)
_SHARE_OF_WHO = regex.compile(
    rf"""
    (?<!\w)(?:share|percentage|proportion|number|fraction)\s+of\s+
    (?P<group>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?)
    \s+(?:who|that|(?P<ing>(?-i:[a-z]{{3,}}ing)))\b      # "the share of Greeks calling ..."
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_SHARE_OF_WHO_AT: Final = Anchored(_SHARE_OF_WHO, regex.compile(
    r"(?<!\w)(?:share|percentage|proportion|number|fraction)", regex.IGNORECASE))
_AMONG_AFTER = regex.compile(
    rf"""
    \s+among\s+
    (?P<group>{_WITHOUT}
      | those\s+(?:(?:who|with|aged|ages|under|over|in|living|earning|making|paying|on)\s+
             |(?=[0-9]{{2}}\s))
             (?:[^,;:()\[\].!?\n]|(?<=[0-9])[,.](?=[0-9])){{1,60}}?
             (?=\s*(?:,(?![0-9])|\.(?![0-9])|[;:!?)]|\Z|\s+{_CLAUSE_VERBS}\b
                      |\s+(?:and(?!\s+(?:older|over|up|above|younger|under)\b)
                                         |but|while|compared)\b))
      | (?:[\w'’\-]+\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?{_LOCATED}?)   # among adults in households
    (?=\s*(?:[,;:.!?()]|\Z|\s+(?:and|but|while|who|in|compared|earning|making|living|with)\b
              |\s+{_CLAUSE_VERBS}\b))
    """,
    regex.VERBOSE,
)


def _of_group(v: GroupView) -> Proposal | None:
    """``44% of those aged 55 and older``, ``two-thirds (64%) of renters``."""
    m = _OF_GROUP.match(v.text, v.st.end, v.hi)
    if m is None:
        return None
    subgroup, population = classify(_cue(v.text, m))
    return Proposal(subgroup, population, tail_end=m.end())


OF_GROUP_RULE: Final = GroupRule(
    "of_group", _of_group, needs=("of",),
    examples=(
        ("Fully 58% of retired teachers back the pension plan.", "58%", "retired teachers"),
        ("Nearly 40 per cent of those aged 18 to 24 said they rent.", "40 per cent",
         "those aged 18 to 24"),
        ("Some 31% of people who cycle to work want more lanes.", "31%",
         "people who cycle to work"),
        # people named by what they are doing: "of people facing ...", "of adults renting"
        ("Some 41% of people facing eviction were in work.", "41%", "people facing eviction"),
        ("About 61 per cent of adults renting privately worry about costs.", "61 per cent",
         "adults renting privately"),
        ("Some 27 per cent of households receiving Centrelink payments cut meals.",
         "27 per cent", "households receiving Centrelink payments"),
        ("Just 12% of families using food banks are in Ontario.", "12%",
         "families using food banks"),
        ("About 38 per cent of women seeking work in Kerala have given up.", "38 per cent",
         "women seeking work in Kerala"),
        ("Almost three-quarters (74%) of dairy farmers fear the tariff.", "74%",
         "dairy farmers"),
        ("The Savanta poll found 52% of over-65s oppose the change.", "52%", "over-65s"),
        ("Among graduates, 58% of women agree.", "58%", "women"),  # before among_opening
        ("Just 31% of households earning under $50,000 back the plan.", "31%",
         "households earning under $50,000"),
        ("It is 39% of developers with ten or more years.", "39%",
         "developers with ten or more years"),
        ("Almost a quarter of PVV voters from 2023 (23%) now back another party.",
         "a quarter", "PVV voters from 2023"),
        ("Some 18% of Liberal voters in 2021 say they will switch.", "18%",
         "Liberal voters in 2021"),
        # past voters by their vote, before an adverb of the present ("now", "still")
        ("Some 44% of people who voted Leave now regret it.", "44%", "people who voted Leave"),
        ("About 31 per cent of those who backed Labour in 2019 still trust it.",
         "31 per cent", "those who backed Labour in 2019"),
        # past voters by the election they voted at, or by whom they voted for then
        ("Some 22% of Conservative voters at the last general election now back Reform.",
         "22%", "Conservative voters at the last general election"),
        ("About 17 per cent of Coalition voters from last May's federal election have "
         "switched.", "17 per cent", "Coalition voters from last May's federal election"),
        ("Nearly 35% of Lula's 2022 voters disapprove of the minister.", "35%",
         "Lula's 2022 voters"),
        ("Only 9 percent of Trump's supporters say the economy is worse.", "9 percent",
         "Trump's supporters"),
        # party supporters: a party's acronym in brackets, a party named "People ..."
        ("Only 11 per cent of Democratic Progressive Party (DPP) supporters agreed.",
         "11 per cent", "Democratic Progressive Party (DPP) supporters"),
        ("Some 64% of Pakistan Tehreek-e-Insaf (PTI) voters back him.", "64%",
         "Pakistan Tehreek-e-Insaf (PTI) voters"),
        ("Just 13 percent of People Power Party supporters approve.", "13 percent",
         "People Power Party supporters"),
        ("About 30% of People's Action Party voters were unsure.", "30%",
         "People's Action Party voters"),
        # occupations and sectors of a survey of staff or of firms (the people list)
        ("The AEU survey found 71 per cent of principals short of staff.", "71 per cent",
         "principals"),
        ("Some 38% of SMEs in Gauteng plan to hire this quarter.", "38%", "SMEs in Gauteng"),
        ("Only 22 percent of health professionals in Texas back the rule.", "22 percent",
         "health professionals in Texas"),
        # a group holds no figure: it ends before the join to the next one
        ("Worry climbs to 61% of those aged 45 to 64 and 70% of those over 65.", "61%",
         "those aged 45 to 64"),
        ("It was 44 per cent of those in their 40s and 38 per cent of pensioners.",
         "44 per cent", "those in their 40s"),
        ("Satisfaction stood at 52 percent of people who rent, versus 61 percent of owners.",
         "52 percent", "people who rent"),
        ("Backing is 57pc of those in their twenties, while 31pc of retirees agree.", "57pc",
         "those in their twenties"),
        ("Some 63% of those under 35 and 41% of those over 55 say so.", "63%",
         "those under 35"),
        # a birth cohort by its name, with or without people after it, and groups the people
        # list knows by a word of their own ("nones") or a sign ("LGBTQ+")
        ("It was 4.5% of Generation X and 1.1% of the Silent Generation.", "1.1%",
         "Silent Generation"),
        ("Nearly 40 per cent of Gen Z workers in Melbourne want a four-day week.",
         "40 per cent", "Gen Z workers in Melbourne"),
        ("Angus Reid found 27% of baby boomers back the carbon price.", "27%",
         "baby boomers"),
        ("Some 61 per cent of Gen Xers in Dublin expect to rent for life.", "61 per cent",
         "Gen Xers in Dublin"),
        ("Only 13% of nones attend services, the Pew study finds.", "13%", "nones"),
        ("About 56% of LGBTQ+ adults in Ontario say they are bisexual.", "56%",
         "LGBTQ+ adults in Ontario"),
    ),
    near_misses=(
        ("Some 26 percent of respondents saying they back no party is a record.",
         "26 percent"),
        ("About 41 per cent of voters holding a favourable view of him agree.", "41 per cent"),
        ("About 52% of respondents backed the levy.", "52%"),
        ("Some 64% of the budget went on wages.", "64%"),
        ("Some 41% of respondents in the Forsa survey named him.", "41%"),
        ("Renters made up about a fifth of the sample.", "a fifth"),
        ("Approval went from 41% of respondents in 2019 to 47% in 2023.", "41%"),
        ("Turnout fell to 38% of the generation that came of age in 2008.", "38%"),
        ("Only 13% of none of the main parties' voters say so.", "13%"),
        # the whole sample: a country's adults, a pollster's respondents
        ("Some 44% of adult Australians back the levy.", "44%"),
        ("Roughly 57 percent of adult Filipinos trust the Senate.", "57 percent"),
        ("About 58 per cent of Léger's respondents agree.", "58 per cent"),
    ),
)


#: A figure set off by commas after "at": "is highest, at 62 per cent, among ...".
_AT_APPOSITIVE_BEFORE = regex.compile(r"(?r),[ \t]*at[ \t]+\Z", regex.IGNORECASE)


def _among_after(v: GroupView) -> Proposal | None:
    """``27 percent among voters aged 65 and over``; ``higher, at 48%, among voters under
    30`` (a figure set off by commas after "at")."""
    start = v.st.end
    if (v.text.startswith(",", start)
            and _AT_APPOSITIVE_BEFORE.search(v.text, max(0, v.st.start - 12), v.st.start)):
        start += 1
    p = _PARTICIPLE_AFTER.match(v.text, start, min(v.hi, start + 20))
    if p is not None:
        start = p.end()  # "the 23 percent recorded among those 70 or older"
    m = _AMONG_AFTER.match(v.text, start, v.hi)
    return None if m is None else Proposal(*classify(_cue(v.text, m)))


#: A participle between a figure and its "among": "23 percent recorded among ...".
_PARTICIPLE_AFTER = regex.compile(
    r"[ 	]+(?:recorded|registered|reported|seen|found|measured|observed|logged)(?=\s+among\s)")


AMONG_AFTER_RULE: Final = GroupRule(
    "among_after", _among_after, after_figure=True, needs=("among",),
    examples=(
        ("Backing for the levy was 35 percent among independents.", "35 percent",
         "independents"),
        ("It reached 41% among voters aged 65 and over.", "41%", "voters aged 65 and over"),
        ("Support is 39 per cent among adults without a university degree.", "39 per cent",
         "adults without a university degree"),
        ("Among graduates, it was 58% among women.", "58%", "women"),
        ("Support fell four points among over-65s (31 per cent to 27 per cent).", "four points",
         "over-65s"),
        # an age written with its number alone, or by decade
        ("The Liberals lead by 14 points among those 55 and older.", "14 points",
         "those 55 and older"),
        ("Labour trails by 9 per cent among those 65 and over, the poll says.", "9 per cent",
         "those 65 and over"),
        ("Approval was 71.4 percent among people in their 20s and 30s.", "71.4 percent",
         "people in their 20s and 30s"),
        ("It reached 58% among voters in their thirties.", "58%", "voters in their thirties"),
        ("Trust stood at 36 per cent among adults in their 60s, Ipsos said.", "36 per cent",
         "adults in their 60s"),
        ("Satisfaction was 72.5 percent among those earning more than Rp 5 million.",
         "72.5 percent", "those earning more than Rp 5 million"),
        ("It stood at 21 per cent among those earning above RM10,000 a month.", "21 per cent",
         "those earning above RM10,000 a month"),
        ("Approval is low overall but higher, at 48%, among voters under 30.", "48%",
         "voters under 30"),
        ("The figure is lower, at 31 per cent, among Coalition voters.", "31 per cent",
         "Coalition voters"),
        ("Backing is strongest, at 62 per cent, among those aged 65 and over.", "62 per cent",
         "those aged 65 and over"),
        ("Trust is weakest, at 22%, among township residents.", "22%", "township residents"),
        ("Net approval is positive, at +19, among those who voted Liberal in April.", "+19",
         "those who voted Liberal in April"),
        # a participle between the figure and "among"
        ("In the youngest band it was 45%, nearly twice the 23% recorded among those 70 or "
         "older.", "23%", "those 70 or older"),
        ("Trust is 52 per cent, against 31 per cent seen among renters.", "31 per cent",
         "renters"),
        ("Backing hit 61 percent, above the 48 percent found among independents.",
         "48 percent", "independents"),
        ("Support was 30%, up from the 22% registered among Gen Z adults in 2023.", "22%",
         "Gen Z adults"),
        ("Worry runs at 58 per cent, well over the 40 per cent reported among graduates.",
         "40 per cent", "graduates"),
    ),
    near_misses=(
        ("Inflation is highest, at 9%, among the G7 economies.", "9%"),
        ("Turnout was 61%, among the lowest on record for young voters.", "61%"),
        ("Backing was 35 percent among those polled.", "35 percent"),
        ("Backing was 35 percent among adults without a degree say the plan.", "35 percent"),
        ("Backing was 35 percent among those 2024 polls.", "35 percent"),
        ("Backing was 35 percent recorded among the highest.", "35 percent"),
    ),
)


#: A figure of the form "one in five", "3 out of 10": the words after it are its people.
_IN_FRACTION = regex.compile(r"\s(?:in|out\s+of)\s", regex.IGNORECASE)
#: A qualifier of people by its shape (a capital, a hyphen, a group word, an adjective's
#: ending), not any lower-case word: after a percentage such a word may be its verb.
_STRICT_PRE = regex.compile(
    rf"""\p{{Lu}}[\w'’\-]*\+?|\w+-[\w\-]+|{HEADS}|[a-z]{{2,}}(?:ed|ing|al|ic|ive|ary)""",
    regex.VERBOSE)


def _past_verb(v: GroupView, pre: list[str]) -> bool:
    """Whether the word after a percentage is a verb of the past ("31% blamed Democrats",
    "44% backed Republicans"), not a participle the tables know as a modifier of people
    ("12% married women", "1,000 registered voters")."""
    if not pre or v.st.unit != "percent" or _IN_FRACTION.search(v.st.text):
        return False
    word = pre[0].lower()
    return (word.endswith("ed") and word not in GROUP_MODIFIER_WORDS
            and word not in _PEOPLE_MODIFIER_PARTICIPLES)


#: Participles before people that the group tables do not hold: "registered", "decided"...
_PEOPLE_MODIFIER_PARTICIPLES: Final = frozenset(
    ("registered", "decided", "divorced", "widowed", "disabled", "educated", "skilled",
     "unskilled", "insured", "uninsured", "vaccinated", "unvaccinated", "licensed",
     "qualified", "self-employed", "partnered", "separated", "undecided", "committed"))


def _people_after(v: GroupView) -> Proposal | None:
    """``one in five respondents under 30``; after a sample size the people are the
    population: ``n=2,150 professional developers``; not an answer (``61% voting Yes``)."""
    m = _PEOPLE_AFTER.match(v.text, v.st.end, v.hi)
    if m is None or m["group"].split()[-1].lower() in _ANSWERS:  # "61% voting Yes"
        return None
    pre = m["pre"].split()
    if any(is_fragment(w) for w in pre) or (
            not _IN_FRACTION.search(v.st.text)
            and any(_STRICT_PRE.fullmatch(w) is None for w in pre)):
        return None  # "one in five said teachers", "54% back Harris": a verb is no qualifier
    if _past_verb(v, pre):
        return None  # "31% blamed Democrats": the verb of a share, not "retired teachers"
    subgroup, population = classify(_cue(v.text, m))
    if (subgroup is not None and _CLAUSE_END.match(v.text, m.end("group")) is not None
            and _COMPOSITION.search(v.text, max(v.start, v.st.start - 60), v.st.start)):
        return Proposal()  # "of which 63% were men and 37% women": what the sample is made of
    if v.st.kind == "sample_size" and subgroup is not None:
        subgroup, population = None, subgroup
    return Proposal(subgroup, population)


PEOPLE_AFTER_RULE: Final = GroupRule(
    "people_after", _people_after, after_figure=True, no_population=True,
    examples=(
        ("Roughly one in three drivers under 25 had crashed.", "one in three",
         "drivers under 25"),
        ("Among graduates, one in three drivers under 25 had crashed.", "one in three",
         "drivers under 25"),
        # a modifier of people's kind of school, service or sector ("secondary", "primary")
        ("One in four secondary teachers said they taught outside their subject.",
         "One in four", "secondary teachers"),
        ("Nearly one in five primary principals in Ontario plan to retire.", "one in five",
         "primary principals in Ontario"),
        ("About one in six elementary students in Manila skip breakfast.", "one in six",
         "elementary students in Manila"),
        # a noun that qualifies the people (noun compounds), and the last of two people nouns
        ("Roughly three in 10 mortgage holders renewed at a higher rate.", "three in 10",
         "mortgage holders"),
        ("One in four small business owners in Lagos expect to hire.", "One in four",
         "small business owners in Lagos"),
        ("Nearly one in three care home staff in Wales plan to leave.", "one in three",
         "care home staff in Wales"),
        ("Two in five women doctors reported abuse on shift, the IMA said.", "Two in five",
         "women doctors"),
        ("One in five gig economy workers in Toronto lack sick pay.", "One in five",
         "gig economy workers in Toronto"),
        ("One in four Fine Gael voters from the last election now favour Sinn Féin.",
         "One in four", "Fine Gael voters from the last election"),
        ("Nearly one in three Liberal supporters at the previous federal election back the "
         "Conservatives.", "one in three",
         "Liberal supporters at the previous federal election"),
    ),
    near_misses=(
        ("One in three adults had crashed a car.", "One in three"),
        ("One in five said teachers were underpaid.", "One in five"),
        # a verb of the past after a percentage: the answer, not the people's kind
        ("In March 44% blamed Labour and 31% blamed Conservatives.", "31%"),
        ("About 27% favoured Liberals, up from 22%.", "27%"),
        ("Last time 38% backed Republicans and 35% preferred Democrats.", "35%"),
        ("About one in four of the people polled agreed.", "one in four"),
        ("The poll reached n=1,850 dairy farmers.", "n=1,850"),
        ("Of the replies, 63% were men and 37% women.", "37%"),
        ("The 2015 referendum passed, with 62% voting Yes on a turnout of 61%.", "62%"),
        ("In the 2016 vote, 52% voting Leave carried the day.", "52%"),
        ("Around 38% saying Yes in the Quebec poll was a surprise.", "38%"),
        ("Some 54.5% voting No meant the Voice proposal failed in every state.", "54.5%"),
        ("The 1999 republic vote had 45% voting Yes nationally.", "45%"),
    ),
)


def _with_after(v: GroupView) -> Proposal | None:
    """``29% with women``, ``41% for graduates``, ``slipped 3 points with men`` (not ``41%
    for the Greens`` or ``41% for Democrats``: a vote)."""
    m = _WITH_AFTER.match(v.text, v.st.end, v.hi)
    if m is None:
        return None
    last = m["group"].split()[-1]
    if (m["prep"] == "for" and last[:1].isupper() and not any(c.isdigit() for c in last)
            and not _people_for(v, m["group"])):
        return None  # "41% for Democrats" (not "for those earning under RM3,000")
    return Proposal(*classify(_cue(v.text, m)), tail_end=m.end())


#: Dimensions of people no one votes for: "5.9 points for Asian Americans", "a margin of 4
#: points for Catholics" (not "41% for Democrats", "12% for Harris": a vote).
_NOT_VOTED_FOR: Final = ("race=", "religion=", "generation=", "country=", "designation=")


def _people_for(v: GroupView, group: str) -> bool:
    """Whether a capitalized group after "for" is people the figure is about, not whom they
    vote for: a margin of error's or a sample's group, or people of a race, faith, cohort or
    country."""
    if v.st.kind in ("margin_of_error", "sample_size"):
        return True
    key = group_key(group) or ""
    if key.startswith("party=") and _PARTISANS.search(group) is not None and (
            _SET_AGAINST.search(v.text, max(v.lo, v.st.start - 80), v.st.start) is not None):
        return True  # "22 percent, compared with 31 percent for Republicans": a side of a split
    return bool(key) and all(part.startswith(_NOT_VOTED_FOR) for part in key.split("; "))


#: A party's people written as partisans ("Republicans", "Democrats", "Independents"; not
#: "Conservatives", "the Greens": names a party is voted by).
_PARTISANS = regex.compile(r"\p{Lu}\w*(?:ans|ats|ents)\Z")
#: The other side of a comparison right before a figure: "compared with 31 percent", or the
#: next side of it: "compared with 31 percent for Republicans and 26 percent".
_SET_AGAINST = regex.compile(
    r"""(?r)(?<!\w)(?:compared\s+(?:with|to)|versus|vs\.?|against|than)\s+
        (?:[0-9][0-9.]*\s*(?:%|percent|per\s?cent)\s+for\s+\p{Lu}[\w\-]*\s*(?:,\s*|\s+and\s+))?
        (?:(?:just|only|about|around|some|nearly|almost)\s+)?\Z""",
    regex.IGNORECASE | regex.VERBOSE)


WITH_AFTER_RULE: Final = GroupRule(
    "with_after", _with_after, after_figure=True, needs=("with", "for"),
    examples=(
        ("The Prime Minister's approval is 29% with women, Newspoll finds.", "29%", "women"),
        ("The Coalition polls 41 per cent for graduates, Resolve finds.", "41 per cent",
         "graduates"),
        ("Merz has lost 4 points with younger voters since March.", "4 points",
         "younger voters"),
        ("Her rating sits at 62% with Republicans.", "62%", "Republicans"),
        ("The Taoiseach is on 33% with those aged 65 and over.", "33%",
         "those aged 65 and over"),
        ("Approval is 44% for Australians 65 and older, the Resolve poll finds.", "44%",
         "Australians 65 and older"),
        ("The Chancellor scores 38 percent with voters 50 or over.", "38 percent",
         "voters 50 or over"),
        # an income in any currency, digits grouped with commas
        ("The figure was 47 per cent for those earning between RM3,000 and RM6,000, and "
         "less elsewhere.", "47 per cent", "those earning between RM3,000 and RM6,000"),
        ("It is 52% for those earning under R15,000 a month, the survey shows.", "52%",
         "those earning under R15,000 a month"),
        ("Worry is 61 percent for those making less than $40,000.", "61 percent",
         "those making less than $40,000"),
        ("Backing is 33pc for those paying over €1,500 in rent.", "33pc",
         "those paying over €1,500 in rent"),
        ("The score is 44 per cent with those earning ₹25,000 or less.", "44 per cent",
         "those earning ₹25,000 or less"),
        ("Backing stands at 27% for people without a car, YouGov finds.", "27%",
         "people without a car"),
        ("Approval stands at 35 percent for college graduates.", "35 percent",
         "college graduates"),
        ("Ruiz holds a 14-point lead with women, the poll finds.", "14-point", "women"),
        ("The party slipped three points with over-65s.", "three points", "over-65s"),
        # a margin of error, or people no one votes for, after "for"
        ("The error margin is plus or minus 5.2 points for Asian Americans.", "5.2 points",
         "Asian Americans"),
        ("It is accurate to within 4 percentage points for Scottish Labour supporters.",
         "4 percentage points", "Scottish Labour supporters"),
        ("Trust in the courts is 38 per cent for Catholics, the Red C poll says.",
         "38 per cent", "Catholics"),
        ("The share who bank online is 71 per cent for Gen Zers, Ipsos found.", "71 per cent",
         "Gen Zers"),
        # partisans as the other side of a comparison of groups
        ("Trust was lowest among independents, at 22 percent, compared with 31 percent for "
         "Republicans and 26 percent for Democrats.", "31 percent", "Republicans"),
        ("Trust was lowest among independents, at 22 percent, compared with 31 percent for "
         "Republicans and 26 percent for Democrats.", "26 percent", "Democrats"),
        ("Approval stood at 19 percent, versus 58 percent for Democrats.", "58 percent",
         "Democrats"),
    ),
    near_misses=(
        ("The party polls 41% for Democrats and 39% for Republicans.", "41%"),
        ("Harris polls 47% for the Democrats against 45% for Trump.", "45%"),
        ("He won 52% with a strong lead in Ontario.", "52%"),
        ("He won 52% with all the votes counted.", "52%"),
        ("The levy is 12% for the Greens.", "12%"),
        ("Labour is on 38 per cent, compared with 30 per cent for Conservatives.",
         "30 per cent"),
        ("Harris polls 47% against 45% for Trump.", "45%"),
    ),
)


def _share_of_who(v: GroupView) -> Proposal | None:
    """``the share of Republicans who approve ... 45%``, ``the share of Chileans saying ...``
    (a participle after people)."""
    m = v.sentence.last(_SHARE_OF_WHO_AT, v.lo, v.st.start)
    if m is not None and m["ing"] is not None and not names_people(m["group"]):
        return None  # "the share of imports coming from China": no people
    if m is None:
        return None
    cue = _cue(v.text, m)
    if m["ing"] is not None and " " not in cue.value and _TRADE_DIMS.issuperset(
            part.partition("=")[0] for part in (group_key(cue.value) or "other=").split("; ")):
        # "the net share of owners expecting a rise", "the share of farmers planning to
        # invest": one trade or occupation word before a participle, the way business and
        # farm surveys name their own respondents (the population); people of a kind
        # ("the share of Republicans saying", "of renters reporting") stay a group
        return Proposal(population=cue)
    # nationals are the population ("the share of Canadians who ..."), the people of one
    # country of a many-country survey (see groups.decide)
    return Proposal(*classify(cue))


#: Group-key dimensions of the trades and occupations a business or farm survey samples.
_TRADE_DIMS: Final = frozenset({"employment", "sector", "other"})


SHARE_OF_WHO_RULE: Final = GroupRule(
    "share_of_who", _share_of_who,
    needs=("share", "percentage", "proportion", "number", "fraction"),
    examples=(
        ("The share of farmers who expect a loss rose to 44%.", "44%", "farmers"),
        ("The share of pensioners rating the NHS as good fell from 31% to 22%.", "22%",
         "pensioners"),
        ("The proportion of renters saying they skip meals has doubled to 18 per cent.",
         "18 per cent", "renters"),
        ("The share of Republicans saying the economy is improving fell to 22%.", "22%",
         "Republicans"),
        ("The share of graduates reporting a pay rise was 41 per cent.", "41 per cent",
         "graduates"),
    ),
    near_misses=(("The share of the vote that went to him was 44%.", "44%"),
                 ("The share of imports coming from China rose to 31%.", "31%"),
                 # one trade word before a participle: a business survey's own respondents
                 ("The net share of owners expecting better sales rose to 19%.", "19%"),
                 ("The proportion of growers planning to expand fell to 23 per cent.",
                  "23 per cent")),
)


#: A gap figure after both sides' figures: "36% to 26%, a 10-point gap", "a gap of 29 points".
_GAP_BEFORE = regex.compile(
    r"(?r)(?<!\w)(?:gap|difference|divide|margin)\s+of\s+(?:(?:about|roughly|nearly|almost|some"
    r"|more\s+than|around)\s+)?\Z", regex.IGNORECASE)
_GAP_AFTER = regex.compile(r"[\s\-]*(?:gap|difference|divide|margin)(?!\w)", regex.IGNORECASE)
_GAP_REACH: Final = 30


def _sides_gap(v: GroupView, m: regex.Match[str]) -> Proposal | None:
    """``Men were keener than women, 36% to 26%, a 10-point gap``: a gap in points after
    both sides' figures is between the sides ("Men vs women"); None for any other figure."""
    if v.st.unit != "percentage_point" or v.st.start < m.end():
        return None
    if (_GAP_BEFORE.search(v.text, max(v.start, v.st.start - _GAP_REACH), v.st.start) is None
            and _GAP_AFTER.match(v.text, v.st.end, v.hi) is None):
        return None
    if len(_FIGURE.findall(v.text, m.end("a"), v.st.start)) < 2:
        return None
    a, b = _cue(v.text, m, "a"), _cue(v.text, m, "b")
    # the second side's words stand for both: the stretch from the first holds figures
    both = classify(Cue(f"{a.value} vs {b.value}", b.start, b.end, b.text))[0]
    return Proposal(both)


#: The last colon or semicolon before a figure, where a clause may open with a comparison.
_CLAUSE_BREAK = regex.compile(r"(?r)[:;]")
_MORE_LIKELY_REACH: Final = 300  # how far before its figure such a clause may open


def _more_likely(v: GroupView) -> Proposal | None:
    """``Women are more likely than men (71% compared to 62%)``: the first figure is the
    first group's, a later one the second's."""
    m = _MORE_LIKELY.match(v.text, v.start, v.head_end)
    if m is None:  # a clause after a colon or semicolon: "The divide is stark: renters ..."
        brk = _CLAUSE_BREAK.search(v.text, max(v.start, v.st.start - _MORE_LIKELY_REACH),
                                   v.st.start)
        m = None if brk is None else _MORE_LIKELY.match(v.text, brk.end(), v.st.start)
    if m is None:
        return None
    gap = _sides_gap(v, m)
    if gap is not None:
        return gap
    second = _FIGURE.search(v.text, max(m.end("a") + 1, v.lo), v.st.start) is not None
    return _subgroup_of(v, m, "b" if second else "a")


MORE_LIKELY_RULE: Final = GroupRule(
    "more_likely", _more_likely, needs=("than",),
    examples=(
        ("Women were more likely than men to agree (64% against 51%).", "64%", "Women"),
        ("Women were more likely than men to agree (64% against 51%).", "51%", "men"),
        # the bracket of both figures right after the second group
        ("Men were marginally more trusting than women (20 per cent against 16 per cent).",
         "20 per cent", "Men"),
        ("Renters are more worried than homeowners (58% v 41%), Savanta found.", "58%",
         "Renters"),
        ("Renters are more worried than homeowners (58% v 41%), Savanta found.", "41%",
         "homeowners"),
        ("Graduates were less trusting than non-graduates (32 per cent to 45 per cent).",
         "45 per cent", "non-graduates"),
        # sides told by what their people have or where they live; a sentence opening "And"
        ("Voters without a university degree were more supportive than graduates (61% v "
         "44%).", "61%", "Voters without a university degree"),
        ("And pensioners are less worried than students (28 per cent to 47 per cent).",
         "28 per cent", "pensioners"),
        ("Australians living in regional areas are more pessimistic than city dwellers, 58 "
         "per cent to 41 per cent.", "41 per cent", "city dwellers"),
        # a verb other than "be", a clause after a colon, partisans with their leaners
        ("Graduates remain less hopeful than school leavers (31% v 44%).", "31%",
         "Graduates"),
        ("The split is sharp: Quebecers are more sceptical than Albertans (48% v 30%).",
         "30%", "Albertans"),
        ("Republicans and Republican-leaning independents are more likely than Democrats and "
         "Democratic leaners to back the tariff (71% vs. 18%).", "71%",
         "Republicans and Republican-leaning independents"),
        ("Republicans and Republican-leaning independents are more likely than Democrats and "
         "Democratic leaners to back the tariff (71% vs. 18%).", "18%",
         "Democrats and Democratic leaners"),
        # a gap in points after both sides' figures is between the sides
        ("Men were more likely than women to back the levy, 52% to 40%, a 12-point gap.",
         "12-point", "Men vs women"),
        ("Pensioners are more worried than students (61 per cent v 38 per cent), a gap of "
         "23 points.", "23 points", "Pensioners vs students"),
    ),
    near_misses=(("Women were more likely to agree, at 64%.", "64%"),
                 ("Prices in Ontario were more volatile than expected, at 4%.", "4%"),
                 ("Voters are angry: more than 40% back the strike.", "40%")),
)


#: What may stand before a sentence's opening phrase: quotes, bullets, "And", "But".
_LEAD_JOIN = regex.compile(r"[\s\"“”'’•·*\-–]*(?:(?i:and|but|so)[\s,]+)?")
_AS_WORD = regex.compile(r"\sas\s", regex.IGNORECASE)  # what _AS_LIKELY needs
_AS_LIKELY_REACH: Final = 400  # how far before its figure the phrase may start
_OPENING_REACH: Final = 40  # quotes, bullets and a clause break before the phrase


def _as_likely(v: GroupView) -> Proposal | None:
    """``Renters were twice as likely as homeowners to borrow (24% versus 12%)``, ``Men
    were 1.4 times as likely as women``: the multiplier and the first figure after it are
    the first group's, a later figure the second's. The phrase opens a sentence or a clause
    (", and residents under 35 were nearly twice as likely as those 65 and older")."""
    found = None
    # only the stretch just before the figure: a scan from the sentence's start for every
    # figure would cost quadratic time in a long sentence of figures
    lo = max(v.start, v.st.start - _AS_LIKELY_REACH)
    hi = min(v.end, v.st.end + _AS_LIKELY_REACH)
    if not v.sentence.has(_AS_WORD, lo, hi):
        return None  # no "as ... as": the full phrase cannot match (the sentence's, found once)
    for m in _AS_LIKELY.finditer(v.text, lo, hi):
        if m.start() >= v.st.end:
            break
        opens = (m.start() - v.start <= _OPENING_REACH
                 and _LEAD_JOIN.fullmatch(v.text, v.start, m.start()) is not None)
        clause = _CLAUSE_START.search(v.text, max(v.start, m.start() - _OPENING_REACH),
                                      m.start())
        if opens or clause is not None:
            found = m
    if found is None:
        return None
    if v.st.start < found.end():
        return _subgroup_of(v, found, "a")
    gap = _sides_gap(v, found)
    if gap is not None:
        return gap
    # a figure after the first side (its own in apposition, "Renters, at 46%," ends there)
    second = _FIGURE.search(v.text, found.end("a") + 1, v.st.start) is not None
    return _subgroup_of(v, found, "b" if second else "a")


AS_LIKELY_RULE: Final = GroupRule(
    "as_likely", _as_likely, needs=("twice", "times", "half", "x"),  # its multipliers
    examples=(
        ("Renters were twice as likely as homeowners to skip a bill (26% versus 13%).",
         "13%", "homeowners"),
        ("Renters were twice as likely as homeowners to skip a bill (26% versus 13%).",
         "26%", "Renters"),
        ("Smokers were 1.6 times as likely as non-smokers to report it.", "1.6 times",
         "Smokers"),
        ("Tenants are also twice as likely as owners to have moved (34% vs 17%).", "17%",
         "owners"),
        ("Costs bite, and graduates were nearly three times as likely as those 60 and older "
         "to move (33% against 11%).", "11%", "those 60 and older"),
        ("Women were keener than men, and students were twice as likely as retirees to "
         "agree (40% v 20%).", "40%", "students"),
        ("Workers with incomes below $30,000 are twice as likely as those earning $80,000 or "
         "more to skip meals (24% vs. 12%).", "12%", "those earning $80,000 or more"),
        ("Workers with incomes below $30,000 are twice as likely as those earning $80,000 or "
         "more to skip meals (24% vs. 12%).", "24%", "Workers with incomes below $30,000"),
        ("Canadians in rural Quebec were twice as likely as those in Montreal to own a truck "
         "(52% v 26%).", "26%", "those in Montreal"),
        ("But tenants were 1.8 times as likely as homeowners to fall behind (18 per cent "
         "versus 10 per cent).", "18 per cent", "tenants"),
        # each side's figure in apposition, and the gap between them
        ("Smokers, at 30%, were three times as likely as non-smokers, at 10%, to cough.",
         "three times", "Smokers"),
        ("Smokers, at 30%, were three times as likely as non-smokers, at 10%, to cough.",
         "10%", "non-smokers"),
        ("Renters were twice as likely as owners to fall behind, 34% versus 17%, a gap of 17 "
         "points.", "17 points", "Renters vs owners"),
    ),
    near_misses=(
        ("Prices were twice as high as in 2019, at 14%.", "14%"),
        ("Costs bite as graduates were twice as likely as pensioners to move (33%).", "33%"),
        ("It was twice as likely to rain (40%).", "40%"),
    ),
)


_SPLIT_GROUP = regex.compile(  # "ahead 55-45 among those aged 65 and over"
    rf"""
    (?:[ \t]*(?:%|(?i:per[ \t]?cent|percent)))?[ \t]*(?:to|-|–|/|v\.?|vs\.?)[ \t]*
    [0-9][0-9.]*(?:[ \t]*(?:%|(?i:per[ \t]?cent|percent|points?)))?
    [ \t]+(?:among|with)[ \t]+
    (?P<group>
        {_THOSE_PHRASE}
      | (?:(?:{_LOWER_MODIFIER}|\p{{Lu}}[\w'’\-]*|{_ANY_LOWER})\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?
        {_GROUP_END})
    """,
    regex.VERBOSE,
)


def _split_group(v: GroupView) -> Proposal | None:
    """``the Coalition was ahead 55-45 among those aged 65 and over``, ``leads 52% to 41% with
    women``: the first figure of a split is the group's too."""
    m = _SPLIT_GROUP.match(v.text, v.st.end, v.hi)
    return None if m is None else Proposal(classify(_cue(v.text, m))[0])


SPLIT_GROUP_RULE: Final = GroupRule(
    "split_group", _split_group, after_figure=True, needs=("among", "with"),
    examples=(
        ("The Coalition was ahead 56-44 among those aged 65 and over.", "56",
         "those aged 65 and over"),
        ("Ruiz leads 52% to 41% with women, the poll finds.", "52%", "women"),
        ("Labour is ahead 47 per cent to 30 per cent among young renters.", "47 per cent",
         "young renters"),
    ),
    near_misses=(
        ("Ruiz leads 52% to 41% with a week to go.", "52%"),
        ("Ruiz leads 52% to 41% among likely voters.", "52%"),
    ),
)


# -- a socio-economic class right after the figure ("+39 among class D") ----------------------

#: A socio-economic class as crosstabs name it: "class D", "Class ABC", "the ABC class",
#: "classes C1 and C2", "the middle class", "working-class".
_CLASS = r"""(?:(?i:class(?:es)?)[ \t]+[A-E]{1,3}[12]?(?:[ \t]*(?:and|/|,)[ \t]*[A-E]{1,3}[12]?)?
    | [A-E]{1,3}[12]?(?:/[A-E]{1,3}[12]?)?[ \t]+(?i:class(?:es)?)
    | (?i:(?:upper|lower)-middle|middle|working|upper|lower)[ \t\-]class(?:es)?)(?![\w\-])"""
_CLASS_AFTER = regex.compile(
    rf"""[ \t]+(?:in|among|for|with|from)[ \t]+(?:the[ \t]+)?
    (?:[\w\-]+[ \t]+or[ \t]+)?                            # "among the masa or class D"
    (?P<group>{_CLASS})""",
    regex.VERBOSE,
)


def _class_after(v: GroupView) -> Proposal | None:
    """``+46 in the ABC class``, ``+39 among the masa or class D``, ``31% in the middle
    class``: a socio-economic class right after the figure."""
    m = _CLASS_AFTER.match(v.text, v.st.end, v.hi)
    return None if m is None else Proposal(_cue(v.text, m))


CLASS_AFTER_RULE: Final = GroupRule(
    "class_after", _class_after, after_figure=True, needs=("class",),
    examples=(
        ("Net satisfaction was +46 in the ABC class, SWS said.", "+46", "ABC class"),
        ("Net satisfaction was +46 in the ABC class and +39 among the masa or class D.",
         "+39", "class D"),
        ("Trust stood at 52% in Class E, Pulse Asia found.", "52%", "Class E"),
        ("The figure is 31 per cent among the middle class, Ipsos says.", "31 per cent",
         "middle class"),
        ("Approval is 44% in classes C1 and C2, the Ibope survey shows.", "44%",
         "classes C1 and C2"),
        ("The party polls 27 per cent among the working class in the Nanos survey.",
         "27 per cent", "working class"),
    ),
    near_misses=(
        ("It was 46% in the ABC poll.", "46%"),
        ("Some 31 per cent in the class of 2024 agreed.", "31 per cent"),
        ("Trust is 52% in class, teachers say.", "52%"),
    ),
)
