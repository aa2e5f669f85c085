"""Group rules that read the words before a figure: "Renters (62%)", "Among graduates, 58% ...",
"For renters the figure is 44%", the subject of the figure's clause.
"""

from __future__ import annotations

from typing import Final

import regex

from ._data import alternation, words
from .group_lists import _bracket_group
from .group_places import _place_before, _place_label, _place_subject, _territory, place_follows
from .group_view import (
    _AGE,
    _FIGURE,
    _LEX,
    _LOWER_MODIFIER,
    _LOWER_PEOPLE,
    _PEOPLE_PLURAL,
    _PLURAL,
    GROUP_MODIFIER_WORDS,
    Anchored,
    GroupRule,
    GroupView,
    Proposal,
    _cue,
    _last,
    names_people,
    span_cue,
)
from .grouping import REGION_NAMES, group_key
from .groupwords import HEADS, classify, ends_in_demonym, group_tail, is_fragment
from .matchers import DOWN_VERBS, UP_VERBS
from .model import Cue

#: Verbs of a figure moving, after "among <group>": "Support among Hispanic voters dipped to".
_AMONG_MOVES = alternation([
    w for w in UP_VERBS + DOWN_VERBS
    if " " not in w and w not in ("up", "down", "higher", "lower")
])
_AMONG_BEFORE = regex.compile(
    rf"""
    (?:(?<!\w)among|(?<=[:;—–(]\s{{0,2}})of(?=\s+those\s))\s+   # ": of those who backed ..., 20%"
    (?P<group>(?:[^,;:()\[\].!?%\n]|(?<=[0-9])[,.](?=[0-9])    # RM3,000 inside
                |\((?=[^()]{{0,8}}[$£€¥₹])[^()%]{{1,16}}\)){{1,100}}?{_AGE}?)  # (US$119) inside
    (?:\s*\([^()0-9%]{{1,16}}\))?                    # the Extremely Backward Classes (EBCs),
    (?=\s*(?:,(?![0-9])|\s(?:with|at|on|by)\s+(?:(?:just|only|about|around|some|nearly|almost)\s+)?(?:[0-9]|\Z)
               |\s+\Z
               |\s+the\s+(?-i:\p{{Lu}})[\w\-]*\s+(?:leads?|led|has|have|had|is|was|are|were|wins?|won
                  |gets?|got|takes?|took|tops?|topped|trails?|scores?|polls?)\b  # a new subject
               |\s+the\s+(?-i:[a-z])[\w\-]*\s+(?:is|was|are|were|has|had|looks|looked)\s
               |\s+and\s+(?-i:\p{{Lu}})[\w'’\-]*(?:\s(?-i:\p{{Lu}})[\w'’\-]*){{0,2}}
                \s+(?:leads?|led|has|had|is|was|gets?|got
                  |takes?|took|trails?|wins?|won|scores?|polls?|on|at|with|[0-9])\b
                                               # "among men and Smith has 47%": a new subject
               |\s+the\s+(?:share|proportion|percentage|number|figure|rate)\s+(?:who|of|that)\s
                                               # "among young voters the picture is different"
               |(?<!(?<!\w)(?:who|that))                      # "among people who were ..."
                \s(?:is|was|were|are|stood|stands|sits|rose|fell|it|he|she|they|support|opposition|approval
                   |has|have|had|reached|hit|remains|remained|climbed|dropped|slipped|grew
                   |jumped|sank|increased|declined|doubled|tripled|quadrupled|halved
                   |{_AMONG_MOVES})\b))
    (?P<gap>(?:[^.;!?\n]|(?<=[0-9])\.(?=[0-9])){{0,100}})\Z  # the same sentence part (53.5 inside)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where an "among" phrase can open ("among", "of" after a colon or a bracket).
_AMONG_BEFORE_AT: Final = Anchored(
    _AMONG_BEFORE, regex.compile(r"(?<!\w)(?:among|of)", regex.IGNORECASE))
#: A group that ends with its people (or their ages), right before a figure: "among women 39%".
_PEOPLE_END = regex.compile(rf"(?:{_PEOPLE_PLURAL}){_AGE}?\Z", regex.VERBOSE)
_PRONOUN_NEXT = regex.compile(r"\s+(?:he|she|they)\b", regex.IGNORECASE)
_FOR_OPENING = regex.compile(
    rf"""[\s"“]*(?:For|Among|In)\s+(?P<group>(?:[\w'’\-]+\s+){{0,2}}?{_PLURAL}{_AGE}?),""",
    regex.VERBOSE,
)
_WITH_OPENING = regex.compile(  # "With younger voters he is at 25%", "For renters the figure is"
    rf"""[\s"“•·*\-–]*(?:With|For|Among)\s+
    (?P<group>(?:(?:{_LOWER_MODIFIER}|\p{{Lu}}[\w'’\-]*)\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?
      | those{_AGE}                                               # With those under 30
      | (?:those|households|families|adults|people|workers)
        \s+(?:who|with|without|earning|making|living|paying|on)\s
        (?:[^,;:.!?()\n]|(?<=[0-9])[,.](?=[0-9])){{1,60}}?)         # For those earning ...
    (?:\s*,(?![0-9])|\s+(?=(?:the|he|she|it|they|his|her|its|their|this|that|support|backing|approval
                    |opposition|trust|satisfaction|[0-9])\b))
    """,
    regex.VERBOSE,
)
#: A later clause that opens with its own group: ", and for renters", "; with men".
_NEXT_GROUP = regex.compile(
    r"[,;]\s*(?:(?:and|but|while|whereas)\s+)?(?:for|with|among)\s+(?!that\b|this\b)"
    r"(?!the\s+(?-i:\p{Lu}))\w",  # not a party's standing: ", with the PVV on 17%"
    regex.IGNORECASE,
)
#: "than" of a comparison between groups ("keener than men"), not of a quantity ("by more than
#: three to one", "more than 40%").
_THAN = regex.compile(
    r"""(?<!\w)than(?!\w)
    (?!\s+(?:[0-9$£€¥₹]|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|double
                    |twice)(?!\w)))""",
    regex.IGNORECASE | regex.VERBOSE,
)
_THAN_AT: Final = Anchored(_THAN, regex.compile(r"(?<!\w)than", regex.IGNORECASE))
#: A sentence that opens with a group of people is about it: "Republicans remain loyal: 84%
#: approve", "Adults under 30 stand out: 39% of them say".
#: Verbs of a group's figure moving: "Independents slipped to 53% from 58%".
_MOVES = alternation([w for w in UP_VERBS + DOWN_VERBS
                      if w not in ("up", "down", "higher", "lower", "ahead", "behind")])
#: Lower-case words that narrow a group before its head: "white voters", "married women".
_GROUP_MODIFIER = alternation(GROUP_MODIFIER_WORDS)
#: The verbs that follow a group opening its clause ("Republicans remain", "Women were").
_SUBJECT_VERBS = r"""remain|remained|are|were|is|was|stand|stood|say|said|have|had|continue
    |continued|also|still|largely|mostly|overwhelmingly|broadly|outpace|outpaced|outnumber|trail
    |trailed|lead|led|favou?r|favou?rs|favou?red|back|backs|backed|support|supported|oppose
    |opposed|prefer|preferred|agree|agreed|think|thought|believe|believed|feel|felt|report
    |reported|tend|tended|rate|rated|tilt|tilts|tilted|lean|leans|leaned|split|side|sided
    |break|broke|give|gave|fared|fare|did|go|went|sit|sits|sat
    |approve|approves|disapprove|disapproves|blame|blames|trust|trusts|distrust|distrusts
    |supports|opposes|prefers|says|agrees|disagree|disagrees|want|wants|reject|rejects
    |endorse|endorses"""
#: Adverbs between such a group and its verb: "Independents now split", "Catholics narrowly
#: favour" (a verb must follow: not "Rogers narrowly lost").
_SUBJECT_ADVERBS = r"""(?:(?:now|again|narrowly|clearly|strongly|heavily|solidly|firmly)\s+)?"""
_SUBJECT_BODY = rf"""
    (?P<group>(?:(?:\p{{Lu}}[\w'’\-]*|[\w]+-[\w\-]+|(?i:{HEADS})|{_GROUP_MODIFIER})\s+){{0,2}}?
        (?:(?:(?i:{HEADS})|\p{{Lu}}\w*(?:ans|ats|ists|ers|ents)       # Republicans, Quebecers
          |(?P<plural>\p{{Lu}}[\w'’\-]*(?<=[^sS'’]s))                 # Dalits (known words)
          |[0-9]{{2}}-?\s*(?:to|-|–)\s*[0-9]{{2}}-year-olds         # 18- to 24-year-olds
          |(?i:under|over)-?[0-9]{{2}}s|(?i:children))
         (?:(?<=s|[mM]en)
           |(?<=(?i:those|people|children))(?={_AGE}|\s+(?:earning|making)\s
                                    |\s+(?:in|from)\s+(?:[\w\-]+\s+){{0,2}}?(?:households|families|homes)\b))
                                                # over-65s, those 65 and older, those earning
         |(?<=(?i:the)\s(?:[\w\-]+\s){{1,2}})group){_AGE}?          # the better-off ABC1 group
        (?:\s+(?:of|in|from)\s+(?:the\s+)?\p{{Lu}}[\w'’\-]*(?:\s+\p{{Lu}}[\w'’\-]*)?
           (?:(?:,\s+|\s+and\s+)\p{{Lu}}[\w'’\-]*(?:\s+\p{{Lu}}[\w'’\-]*)?){{0,3}})?
                              # Residents of Quebec, of the Greens, from Sabah and Sarawak
        (?:\s+(?:in|from)\s+(?:[\w\-]+\s+){{0,2}}?(?:households|families|homes)
           (?:\s+(?:with|without)\s+(?:(?:a|an|no)\s+)?(?:[\w\-]+\s+)?[\w\-]+)?)?
                              # Children in single-parent families, in households with a ...
        (?:\s+of\s+(?:(?:young|small|school-age|adult|minor)\s+)?(?:children|kids|teenagers
                                                                 |(?i:{HEADS})){_AGE}?)?
                                                        # Parents of children under 18
        (?:\s+(?:in\s+(?:households|homes|families)\s+)?(?:earning|making)\s+
           (?:[^,;:.!?()\n]|(?<=[0-9])[,.](?=[0-9])){{1,50}}?)?
                              # Adults in households earning under $40,000, those making £80k
        (?:\s+without\s+(?:a\s+|an\s+)?[\w\-]+(?:\s+degree)?   # Men without a college degree
           |\s+with(?:out)?\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){{0,2}}?(?:degrees?|diplomas?)
                                                      # Adults with a four-year college degree
           |\s+with\s+(?:(?:household|family|annual)\s+)?incomes?\s+
            (?:under|over|below|above|of|between|(?:less|more)\s+than)\s+
            (?:[^,;:.!?()\n]|(?<=[0-9])[,.](?=[0-9])){{1,40}}?
                                          # Voters with household incomes under $50,000
        )?
        (?:\s+who\s+[^,;:.!?()\n]{{1,50}}?)?                        # Developers who use AI daily
        (?:\s+in\s+the\s+(?:survey|poll|sample|study))?                     # Women in the survey
        (?:,{_AGE}(?=,))?)                                     # Millennials, aged 29 to 44,
    (?:,\s+(?:who|which|whose)\s+(?:[^,;:.!?()\n%]|\([^()\n]{{1,30}}\)){{1,100}}?,)?
                                                        # Independents, who made up a fifth ...,
    (?:,\s+(?:(?:about|roughly|around|nearly|almost|some|just\s+(?:over|under))\s+)?
        (?:(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+
         |(?:a|one)\s+(?:third|quarter|fifth|sixth|tenth|half)\s+of\s+)
        [^,;:.!?()\n%]{{1,60}}?,)?
                        # Independents, about one in six likely voters, lean ...: a share of
                        # the sample in apposition (its figure is the sample's make-up)
    (?:,\s+(?:(?:by|in)\s+contrast|however|meanwhile|though|too|for\s+their\s+part
             |on\s+the\s+other\s+hand),(?=\s))?     # Republicans, by contrast, blame ...
    (?:(?<=[0-9])\s*,)?\s+(?={{adverbs}}(?:{_SUBJECT_VERBS}{{moves}}|(?P<put>put|puts)|(?P<expect>expect|expects|expected|predict|predicts|predicted))\b)
                                               # a verb follows (a look-ahead: cheap to check)
"""
#: A sentence (after a bullet) that opens with a group of people is about it: "Republicans
#: remain loyal: 84% approve", "Adults under 30 stand out: 39% of them say".
_SUBJECT = regex.compile(
    rf"""[\s"“•·*\-–]*(?:\p{{Lu}}[a-z]+ly,\s+)?               # "Oddly, ..."
    (?:(?i:only|just|even)\s+)?(?:(?i:the)\s+(?=\p{{Lu}}[\w\-]*['’]s?\s|[\w\-]+\s+(?:[\w\-]+\s+)?group\s))?
                                                 # "Only the AfD's supporters", "The ABC1 group"
    {_SUBJECT_BODY.replace("{moves}", "").replace("{adverbs}", _SUBJECT_ADVERBS)}""", regex.VERBOSE
)
#: ... or with a figure that moves: "Independents slipped to 53%" (not "The Greens fell to
#: 11 per cent": a party's vote share, with its article)
#: ... or any verb of the past ("Democrats moved", "Independents landed", "Renters reported")
#: when the key tables know the subject as people (see :func:`_subject_moves`).
_MOVES_BODY = _SUBJECT_BODY.replace(
    "{moves}", "|" + _MOVES + r"|(?P<open>[a-z]{2,}ed)").replace("{adverbs}", "")
_SUBJECT_MOVES = regex.compile(
    rf"""[\s"“•·*\-–]*(?!(?i:the|a|an)\s){_MOVES_BODY}""",
    regex.VERBOSE,
)
#: ... and so is a clause: "while adults aged 70 and over were the least likely, at 4.6%".
_CLAUSE_SUBJECT = regex.compile(
    r"""(?:(?<!\w)(?:while|whereas|but)|[;:]|\s[–—]|,\s+and|(?P<comma>,))\s+(?:the\s+)?"""
    + _SUBJECT_BODY.replace("{moves}", "").replace("{adverbs}", _SUBJECT_ADVERBS),
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where such a clause can open ("while"/"whereas"/"but", a colon or semicolon, a dash, a
#: comma) and the verb it needs before the figure.
_CLAUSE_SUBJECT_AT: Final = Anchored(
    _CLAUSE_SUBJECT,
    regex.compile(r"(?<!\w)(?:while|whereas|but)|[;:,]|\s[–—]", regex.IGNORECASE),
    # every verb the subject body's look-ahead accepts: its verbs, "put", "expect"/"predict"
    needs=regex.compile(rf"(?<=\s)(?:{_SUBJECT_VERBS}|put|expect|predict)",
                        regex.VERBOSE | regex.IGNORECASE))
#: A clause of a crosstab sentence that gives its group and figure without a verb: "Black
#: voters back him 86 - 8 percent and Hispanic voters 64 - 29 percent".
_ELLIPTIC_SUBJECT = regex.compile(
    rf"""(?:[,;]\s+(?:(?:and|while|whereas|with)\s+)?|(?<!\w)(?:and|while|whereas|with)\s+)
    (?:the\s+)?
    (?P<group>(?:(?:(?-i:\p{{Lu}})[\w'’\-]*|[\w]+-[\w\-]+|{_GROUP_MODIFIER})\s+){{0,2}}?
              (?:{HEADS})(?<=s|[mM]en){_AGE}?)
    (?:\s*,\s*|\s+)                               # "; Democrats, 19 percent": a label
    (?:(?:by|with|at|on)\s+)?(?:(?:just|only|about|some|nearly|almost)\s+)?
    (?:[0-9][0-9.]*\s*(?:%|per\s?cent|percent)?\s*(?:-|–|to)\s*)?   # 64 - 29 percent
    \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where such a clause opens (a comma, "and", "while") and the group word it needs.
_ELLIPTIC_SUBJECT_AT: Final = Anchored(
    _ELLIPTIC_SUBJECT, regex.compile(r"[,;]|(?<!\w)(?:and|while|whereas|with)", regex.IGNORECASE),
    needs=regex.compile(rf"(?<=\s)(?:{HEADS})", regex.IGNORECASE))


#: The second side of a comparison right before a bracket: "... more trusting than women (".
#: ... its words may run on to what the sides do: "than those without a degree to see a
#: major problem (64% vs. 72%)".
_THAN_SIDE = regex.compile(
    r"""(?r)(?<!\w)(?:than|as(?!\s+(?:did|do|does|has|have|had|is|are|was|were|well)\b))
        \s+[^.;:()!?\n]{0,120}?\s*\(\s*\Z""",          # not "as did voters in Otago ("
    regex.IGNORECASE | regex.VERBOSE)
#: A bracket of two figures set against each other: "(20 per cent against 16 per cent)".
_PAIR_BRACKET = regex.compile(
    r"""[0-9][0-9.,]*\s*(?:%|(?i:per\s?cent|percent|pc))?\s*
        (?i:vs\.?|v\.?|versus|against|to|and|compared\s+(?:with|to)|-|–)\s*
        [0-9][0-9.,]*\s*(?:%|(?i:per\s?cent|percent|pc))?\s*\)""",
    regex.VERBOSE,
)


def _before_paren(v: GroupView) -> Proposal | None:
    """``Men (27%)``, ``highest among low-income respondents (44%)``; a bracketed item that is
    no group is the measure: ``named the economy (45%)``. A bracket of two figures after "than
    women" holds both sides' figures (``Men were more trusting than women (20 per cent
    against 16 per cent)``): the comparison's rule reads them."""
    if "(" not in v.text[max(v.start, v.st.start - 3) : v.st.start]:
        return None
    if (_THAN_SIDE.search(v.text, max(v.start, v.st.start - 80), v.st.start) is not None
            and _PAIR_BRACKET.match(v.text, v.st.start, v.hi) is not None):
        return None
    return _bracket_group(v, v.st.start)


BEFORE_PAREN_RULE: Final = GroupRule(
    "before_paren", _before_paren,
    examples=(
        ("Renters (62%) were the keenest of all.", "62%", "Renters"),
        ("Support was strongest among rural voters (57%).", "57%", "rural voters"),
        ("Pensioners (48%) and students (39%) disagreed.", "39%", "students"),
        ("Among graduates, women (58%) agree.", "58%", "women"),
        ("Jatavs (71 per cent) backed the BSP, Kurmis (64 per cent) the JD(U).",
         "64 per cent", "Kurmis"),
        ("Catholics (44%) were split.", "44%", "Catholics"),
        ("The Coalition is ahead among 35-49 year olds (51 per cent to 49 per cent).",
         "51 per cent", "35-49 year olds"),
        ("Rural dwellers (87 per cent) felt it most, NOIPolls found.", "87 per cent",
         "Rural dwellers"),
        ("Almost a quarter of PVV voters from 2023 (23%) now back another party.", "23%",
         "PVV voters from 2023"),
    ),
    near_misses=(("Most named the economy (45%) as their worry.", "45%"),
                 ("Men were more trusting than women (20 per cent against 16 per cent).",
                  "20 per cent"),
                 ("The top worries were jobs (23 per cent) and poor governance (6 per cent).",
                  "6 per cent"),
                 ("Labour (38%) leads the Greens (11%).", "11%")),
)


#: A bracket that restates a fraction of a group: "One in three disabled people (33%)",
#: "Two-thirds of women doctors on night duty (66.8 per cent)", "three in 10 mortgage holders
#: (31 per cent)": the bracketed figure is the fraction's group's, with the words after its
#: people noun that place them ("on night duty", "in casualty wards").
_RESTATED_FRACTION = regex.compile(
    rf"""(?r)(?<![\w\-])
    (?:(?:one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|out\s+of)\s+
         (?:two|three|four|five|six|seven|eight|nine|ten|10|[2-9])
     | half | (?:a|one|two)[\s\-](?:third|quarter|fifth)s? | three[\s\-]quarters)
    \s+(?:of\s+(?:the\s+|all\s+)?)?
    (?P<group>(?P<pre>(?:(?!(?:of|the|all)\s)[\w'’\-]+\s+){{0,2}})
              (?-i:{_LOWER_PEOPLE})
              (?:\s+(?:in|on|at|with|without|aged|from|living|working)
                 (?:\s+[\w'’\-]+){{1,4}})?)
    \s*\(\s*\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _restated_fraction(v: GroupView) -> Proposal | None:
    """``One in three disabled people (33%)``: the group of the fraction the bracket
    restates."""
    if "(" not in v.text[max(v.start, v.st.start - 3) : v.st.start]:
        return None
    m = _RESTATED_FRACTION.search(v.text, max(v.start, v.st.start - 120), v.st.start)
    if m is None or any(is_fragment(w) for w in m["pre"].split()):
        return None
    return Proposal(*classify(_cue(v.text, m)))


RESTATED_FRACTION_RULE: Final = GroupRule(
    "restated_fraction", _restated_fraction,
    examples=(
        ("One in three disabled people (33%) said bus fares kept them at home.", "33%",
         "disabled people"),
        ("Roughly three in 10 mortgage holders (31 per cent) renewed at a higher rate.",
         "31 per cent", "mortgage holders"),
        ("Two-thirds of women doctors on night duty (66.8 per cent) lacked a locked room.",
         "66.8 per cent", "women doctors on night duty"),
        ("Nearly half of small business owners (48 percent) expect to hire this year.",
         "48 percent", "small business owners"),
        ("About one in four unpaid carers (26%) said they had not had a day off in a year.",
         "26%", "unpaid carers"),
        ("A quarter of nurses in rural clinics (25 per cent) planned to quit, Afrobarometer "
         "found.", "25 per cent", "nurses in rural clinics"),
        ("One in five farmers in the west (21%) said they would sell up, the IFA found.",
         "21%", "farmers in the west"),
    ),
    near_misses=(("One in three (33%) said bus fares kept them at home.", "33%"),
                 ("Half of the budget (52%) went on wages.", "52%"),
                 ("Labour, up one in three seats (33%), held on.", "33%")),
)


def _subgroup_of(v: GroupView, m: regex.Match[str] | None, group: str = "group") -> Proposal | None:
    """The subgroup of a matched phrase (a population read there is not kept)."""
    return None if m is None else Proposal(classify(_cue(v.text, m, group))[0])


def _people_of(v: GroupView, m: regex.Match[str] | None) -> Proposal | None:
    """The subgroup of a matched phrase when it names people ("Among individual stocks, ...",
    "For comparison purposes, ..." name none)."""
    p = _subgroup_of(v, m)
    if p is not None and p.subgroup is not None and not names_people(p.subgroup.value):
        return Proposal()
    return p


def _among_opening(v: GroupView) -> Proposal | None:
    """``Among Republicans, 80% approve``: the last "among" phrase before the figure."""
    m = v.sentence.last(_AMONG_BEFORE_AT, v.lo, v.st.start)
    if m is not None and _OPENING_GAP.fullmatch(v.text, v.start, m.start()) is not None:
        whole = _AMONG_WHOLE.match(v.text, v.start, v.st.start)
        if (whole is not None and whole.end("group") > m.end("group")
                and _CLAUSE_INSIDE.search(whole["group"]) is None):
            m = whole  # "Among voters of the main opposition Republican People's Party (CHP),"
    if (m is not None and _PRONOUN_NEXT.match(v.text, m.end("group")) is not None
            and is_fragment(m["group"].split()[-1])):
        return None  # "among people aged 18 to 29 say they ...": a verb before the pronoun
    if (m is not None and not v.text[m.end("group"):v.st.start].strip()
            and _PEOPLE_END.search(m["group"]) is None):
        return None  # "among voters under 35 now close to double": no group right before it
    if m is not None and _NEXT_GROUP.search(v.text, m.end("group"), v.st.start) is not None:
        return Proposal()  # "..., and for urban voters the figure is 30%": a later clause's
    if (m is not None and _FIGURE.search(v.text, m.end("group"), v.st.start) is not None
            and place_follows(v)):
        return None  # "rose among Catholics, to 51%, and reached 61% in the Northeast"
    if m is not None and (_later_subject(v, m.end("group"))
                          or _elliptic_group(v, m.end("group")) is not None):
        return None  # "..., but those aged 65 and over back the Tories": a later clause's
    if m is not None and _SAYS.search(m["group"]) is not None:
        return None  # "among people aged 18 to 29 say ..., while 13%": a clause, not a group
    if m is not None and _COUNT_START.match(m["group"]) is not None:
        return None  # "fieldwork among 2,050 adults, puts Reform on 31%": the sample
    if m is not None and _RANKED.search(m["group"]) is not None:
        return Proposal()  # "last among the party leaders on 18 per cent": who is ranked
    return _people_of(v, m)


#: A clause inside an opening "Among ...," phrase: it is no one noun phrase ("Among students
#: it is 30 per cent,", "Among independent voters — a group Duggan has made ...,").
_CLAUSE_INSIDE = regex.compile(
    r"""[0-9]\s*(?:%|per\s?cent|percent|points?)|[—–]
    |(?<!\w)(?:is|are|was|were|has|have|had|be|been|it|he|she|they|we|lead|leads|led|say|says
               |said|now|do|does|did)(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: What may stand before a sentence's opening "Among".
_OPENING_GAP = regex.compile(r"[\s\"“•·*\-–]*")
#: A sentence that opens with "Among ...,": the whole phrase up to its comma is the group, a
#: noun phrase with its apposition ("Among voters of the main opposition CHP, ...").
_AMONG_WHOLE = regex.compile(
    r"""[\s"“•·*\-–]*(?:Among|Amongst)\s+
    (?P<group>(?:[^,;:.!?%()\n]|\([^()%0-9]{1,24}\)){1,120})\s*,(?![0-9])""",
    regex.VERBOSE,
)
#: A verb of answering inside an "among" phrase: it ran past its group into a clause.
_SAYS = regex.compile(r"\s(?:say|says|said|think|thinks|thought|believe|believes|believed"
                      r"|agree|agreed|want|wanted)\s", regex.IGNORECASE)
#: A count of people opening the "among" phrase: the sample ("among 2,050 adults").
_COUNT_START = regex.compile(r"\s*(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{3,})(?![0-9])")
#: What a poll ranks, not whom it asks: "second among the party leaders", "top among the
#: candidates" (lexicon [ranked_nouns]).
_RANKED = regex.compile(rf"(?<!\w)(?:{alternation(words(_LEX, 'ranked_nouns'))})\Z",
                        regex.IGNORECASE)


#: A group named before ", where" in the figure's sentence: "his strongest age group was voters
#: under 30, where he takes 39%" (the figure's clause is about that group).
_WHERE_GROUP_BEFORE = regex.compile(
    r"""(?r)(?<!\w)(?:was|were|is|are|remains|remained)\s+
    (?!(?:in|at|on|to|from|the|most|least|more|less|much|even|also|still|\w+est|\w+ed)\s)
    (?P<group>[^,;:()\[\].!?%\n0-9]{2,40}?(?:\s[0-9]{2}(?:\+|\s+and\s+(?:older|over|under))?)?)
    ,\s+where\s+[^,;:.!?()\n]{0,60}\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _where_group(v: GroupView) -> Proposal | None:
    """``..., strongest among voters under 30, where he takes 39%``: the group named right
    before ", where" in the figure's sentence."""
    m = _WHERE_GROUP_BEFORE.search(v.text, max(v.lo, v.st.start - 120), v.st.start)
    if m is not None and _PLACE_WORD.search(m["group"]) is not None:
        return None  # "... is highest in the North East, where": a place, not a group
    return _people_of(v, m)


_PLACE_WORD = regex.compile(r"(?<!\w)(?:in|among|at|across)(?!\w)", regex.IGNORECASE)


WHERE_GROUP_RULE: Final = GroupRule(
    "where_group", _where_group, needs=("where",),
    examples=(
        ("Lee's best age group is voters under 30, where she takes 41%.", "41%",
         "voters under 30"),
        ("His weakest group was women, where he polls 28% in the survey.", "28%", "women"),
        ("Her best group is renters, where she has 44% - nearly double her 23% overall.",
         "double", "renters"),
    ),
    near_misses=(
        ("The poll was in Leeds, where 41% agreed.", "41%"),
        ("Worry is most widespread in the North East, where 44% agree.", "44%"),
        ("The pattern is reversed among men, where 38% agree.", "38%"),
    ),
)


#: "The pollster also asked PRM sympathizers about the succession: 24% backed ...": the people
#: asked, then what about, then a colon before the figures of their answers.
_ASKED_GROUP = regex.compile(
    r"""(?<!\w)asked[ \t]+
    (?!(?:about|whether|if|how|what|which|who|them|him|her|it|for|to|the[ \t]+question)\b)
    (?P<group>[^,;:()\n%0-9]{3,80}?(?:[ \t]*\([\p{Lu}]{2,8}\))?)
    [ \t]+(?:about|whether|if|how|what|which|who|for|to)(?!\w)[^:;\n%]{0,120}:[ \t]""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _asked_group(v: GroupView) -> Proposal | None:
    """``Ipsos also asked Labour voters about the leadership: 44% backed ...``: the people a
    question was put to, named before the colon that opens the figures of their answers."""
    m = _last(_ASKED_GROUP, v.text, v.start, v.st.start)
    if m is None or v.text.find(":", m.end(), v.st.start) >= 0:
        return None  # another colon's frame between
    return _people_of(v, m)


ASKED_GROUP_RULE: Final = GroupRule(
    "asked_group", _asked_group, needs=("asked",),
    examples=(
        ("Ipsos also asked Labour voters about the leadership: 44% backed Burnham and 21% "
         "Streeting.", "21%", "Labour voters"),
        ("The pollster asked supporters of the ruling party who should succeed him: 31% named "
         "the finance minister.", "31%", "supporters of the ruling party"),
        ("Datum asked sympathizers of Fuerza Popular (FP) about the runoff: 62% said they "
         "would vote.", "62%", "sympathizers of Fuerza Popular (FP)"),
    ),
    near_misses=(
        # asked about something, no people named
        ("Respondents were asked about the budget: 44% backed it.", "44%"),
        ("The survey asked whether the tax should rise: 38% said yes.", "38%"),
        # the whole sample
        ("The poll asked 1,000 adults about the budget: 44% backed it.", "44%"),
    ),
)


AMONG_OPENING_RULE: Final = GroupRule(
    "among_opening", _among_opening, family="opening", needs=("among", "of"),
    examples=(
        ("Among graduates, 71% favour the treaty.", "71%", "graduates"),
        # people named by a "who" clause whose verb is "were", "are"
        ("Among people who were out of work the rate was 21.3 percent.", "21.3 percent",
         "people who were out of work"),
        ("Among adults who are renting privately, 38 per cent skipped a meal.",
         "38 per cent", "adults who are renting privately"),
        ("Among voters aged 18 to 34, backing is 62%.", "62%", "voters aged 18 to 34"),
        ("Trust among Ontarians has nearly doubled, to 44%.", "44%", "Ontarians"),
        ("Use among pensioners had climbed to 31 per cent by May.", "31 per cent",
         "pensioners"),
        ("Backing among Latino voters dipped to 38 percent from 44 percent.", "44 percent",
         "Latino voters"),
        ("Labour leads among women with 41 per cent, the poll shows.", "41 per cent", "women"),
        ("The two are level among farmers at 24 per cent each.", "24 per cent", "farmers"),
        ("Among 18- to 34-year-olds he reaches 39%.", "39%", "18- to 34-year-olds"),
        ("Among men, 44% agreed, while among women 39% did.", "39%", "women"),
        # a new subject after "and" ends the group: "and Ng has", "and Reform on"
        ("Ruiz has 51% among renters and Ng has 44%.", "44%", "renters"),
        ("Fianna Fáil is on 24 per cent among farmers and Sinn Féin on 19 per cent.",
         "19 per cent", "farmers"),
        # no comma after the group: a new subject after it ends it
        ("Among young Australians the picture is different: Labor on 38 per cent.",
         "38 per cent", "young Australians"),
        ("Among women the Liberals lead with 41 per cent.", "41 per cent", "women"),
        ("Among renters the share who struggle is 44 per cent.", "44 per cent", "renters"),
        ("Among voters aged 18 to 34 the gap was 12 points.", "12 points",
         "voters aged 18 to 34"),
        ("Labour leads among the under-35s by 20 points.", "20 points", "under-35s"),
        ("Approval among the party's 2021 voters has slipped to 64%.", "64%",
         "party's 2021 voters"),
        ("Among the Other Backward Classes (OBCs), a large bloc, the BJP secured 54 per cent.",
         "54 per cent", "Other Backward Classes (OBCs)"),
        # an opening "Among ...," is one noun phrase up to its comma, apposition and all
        ("Among voters of the main opposition Republican People's Party (CHP), approval is "
         "just 5.8 percent.", "5.8 percent",
         "voters of the main opposition Republican People's Party (CHP)"),
        ("Among supporters of the ruling Liberal Democratic Party, backing is 61%.", "61%",
         "supporters of the ruling Liberal Democratic Party"),
        ("Among members of the opposition Democratic Alliance (DA), 72 per cent disagree.",
         "72 per cent", "members of the opposition Democratic Alliance (DA)"),
        ("Among voters of the largest opposition party, Labour, 44% agree.", "44%",
         "voters of the largest opposition party"),
        ("Among backers of the main opposition PRI, approval sits at 18%.", "18%",
         "backers of the main opposition PRI"),
        ("Among students it is 30 per cent, three times the Tories' 10 per cent.",
         "10 per cent", "students"),
        ("Among 18 to 34-year-olds the Greens are on 24 per cent, ahead of Labour on 21 per "
         "cent.", "21 per cent", "18 to 34-year-olds"),
        ("Fine Gael does best among the over-65s, at 27 per cent.", "27 per cent",
         "over-65s"),
        # decimals inside the clause are no sentence end
        ("Labor leads among those aged 18-34, 63.5 per cent to 36.5 per cent.",
         "36.5 per cent", "those aged 18-34"),
        ("The Coalition is in front among voters over 65, 54.5% to 45.5%.", "45.5%",
         "voters over 65"),
        ("Among retirees, approval is 41.2 percent, against 47.9 percent a month ago.",
         "47.9 percent", "retirees"),
        # an income inside the group, its amount converted in brackets
        ("Satisfaction among respondents earning less than Rp 2 million (US$119) a month was "
         "84 percent.", "84 percent",
         "respondents earning less than Rp 2 million (US$119) a month"),
        ("Among households earning under R20,000 (about $1,100), 58% fear job losses.", "58%",
         "households earning under R20,000 (about $1,100)"),
        ("Backing is highest among Sinn Féin voters, at 71 per cent.", "71 per cent",
         "Sinn Féin voters"),
        ("Among the over-65s the CDA leads with 22%, with the PVV on 17%.", "17%",
         "over-65s"),
        ("Among Democrats and independents who lean toward the Democratic Party, 81% trust "
         "local news.", "81%", "Democrats and independents who lean toward the Democratic "
         "Party"),
        ("The flow of votes is telling: of those who backed the Greens in 2021, roughly one "
         "in four now lean Labour.", "one in four", "those who backed the Greens in 2021"),
    ),
    near_misses=(
        # a place right after a later figure is its group, not the earlier "among" phrase
        ("Approval rose among Catholics, to 51 percent, and reached 61% in the Northeast.",
         "61%"),
        ("Among the rest, 9% had no view.", "9%"),
        ("Trust fell among voters with 40% saying no.", "40%"),
        ("Approval went from 30% among the youngest voters to 60% in May.", "60%"),
        ("Some 83% among people aged 18 to 29 say they agree, while 13% are unsure.", "13%"),
        ("Among renters, 36% agree, and for urban voters the figure is 30%.", "30%"),
        ("Among the public, 38% back the levy.", "38%"),
        ("Among listed shares, the miner jumped 7.5 per cent.", "7.5 per cent"),
        ("Some 14% named crime among Canada's three biggest worries, double the 7% seen in "
         "May.", "7%"),
        ("Jobs rank among Ghana's top concerns, with 31 per cent naming them.", "31 per cent"),
        ("Ruto is second among the party leaders on 21 per cent.", "21 per cent"),
        ("The premier ranks last among the provincial leaders, at 24%.", "24%"),
        ("She is the best known among the candidates, at 61 percent.", "61 percent"),
    ),
)


def _for_opening(v: GroupView) -> Proposal | None:
    """``For renters, the figure is 54%``: a sentence that opens with the group (not for a
    figure with a group or place of its own: "In rural areas, 61% ..., against 38% in
    cities"; not past a later clause with a place of its own: "In Ontario, ..., and in
    Quebec it is 31%")."""
    m = _FOR_OPENING.match(v.text, v.start, v.head_end)
    if m is not None and group_tail(v.text, v.st.end, v.hi) is not None:
        return Proposal()
    if m is not None and _later_place(v, m.end()):
        return None
    return _people_of(v, m)


def _later_place(v: GroupView, after: int) -> bool:
    """Whether a clause after ``after`` names the figure's own place right before it ("...,
    and in Victoria it leads 57 per cent", "..., while Kalimantan stood at 81.5 percent"):
    the nearest frame wins."""
    for rule in (_place_before, _place_label, _place_subject, _territory):
        p = rule(v)
        if p is not None and p.subgroup is not None and p.subgroup.start >= after:
            return True
    return False


FOR_OPENING_RULE: Final = GroupRule(
    "for_opening", _for_opening, family="opening", needs=("for", "among", "in"),
    examples=(
        ("For pensioners, the figure was 12%.", "12%", "pensioners"),
        ("For pensioners, the share of renters who agree is 44%.", "44%", "pensioners"),
        ("In rural areas, 61% oppose it, the Ipsos poll found.", "61%", "rural areas"),
    ),
    near_misses=(
        ("For the rest, the figure was 12%.", "12%"),
        ("For comparison purposes, the margin would be 2.9 percentage points.",
         "2.9 percentage points"),
        ("In rural areas, 61% oppose it, against 38% in cities.", "38%"),
        # a later clause with a place of its own: the nearest frame wins
        ("In New South Wales, Labor leads 53.5 per cent to 46.5 per cent, and in Victoria "
         "it leads 57 per cent to 43 per cent.", "57 per cent"),
        ("In rural areas, 61% oppose it, but in the North East the figure is 44%.", "44%"),
        ("In Ontario, Liberals lead with 41%, while in Quebec the Bloc has 33%.", "33%"),
        ("In coastal towns, 38% complain, and in Galway it is 25%.", "25%"),
        ("In Gauteng, the ANC is on 31%; in the Western Cape the DA has 48%.", "48%"),
    ),
)


def _with_opening(v: GroupView) -> Proposal | None:
    """``With younger voters he is at 25%``, ``For renters the figure is 54%``: a sentence
    that opens with its group, with or without a comma."""
    m = _WITH_OPENING.match(v.text, v.start, v.head_end)
    if m is not None and _NEXT_GROUP.search(v.text, m.end(), v.st.start) is not None:
        return None  # "..., and for renters it was 17%": a later clause has its own group
    return _subgroup_of(v, m)


WITH_OPENING_RULE: Final = GroupRule(
    "with_opening", _with_opening, family="opening",
    needs=("with", "for", "among"),
    examples=(
        ("With younger voters he is at 25% in the Angus Reid poll.", "25%",
         "younger voters"),
        ("For renters the figure is 54%, the CSO survey shows.", "54%", "renters"),
        ("With Scottish graduates, Labour's lead is 12 points.", "12 points",
         "Scottish graduates"),
        ("For first-time buyers the share was 61%.", "61%", "first-time buyers"),
        ("With those aged 65 and over the Taoiseach is on 41%.", "41%",
         "those aged 65 and over"),
        ("For those under 25 the rate is 19%, Ipsos finds.", "19%", "those under 25"),
        ("For those earning under $40,000 the figure is 61%.", "61%",
         "those earning under $40,000"),
    ),
    near_misses=(
        ("With inflation at 4%, rates will rise.", "4%"),
        ("For years the figure was 54%.", "54%"),
        ("With that, 38% said no.", "38%"),
        ("With those under 25 the rate is 19%, and for retirees it is 11%.", "11%"),
    ),
)


def _no_than(v: GroupView) -> bool:
    """No "than" before the figure: a subject there is one side of a comparison."""
    return v.sentence.first(_THAN_AT, v.lo, v.st.end) is None  # to the end: "more than half"




#: People whose expectations are forecasts, not a survey's answers: "City forecasters expect".
_FORECASTERS = regex.compile(
    r"(?i:economists|analysts|forecasters|strategists|traders|investors|markets|experts)\Z")


def _known_group(phrase: str, parties: bool = False) -> bool:
    """Whether the key tables know the words of a phrase as people of the sample (a place only
    from the [region] table: a capitalized word they do not know, "Analysts", is no region;
    a party or a candidate, "Harris", may be the one voted for, unless ``parties``: the
    subject of an expectation, "Democrats expected")."""
    key = group_key(phrase)
    if key is None:
        return False
    for part in key.split("; "):
        dim, _, value = part.partition("=")
        if dim in ("other", "vote") or (dim == "party" and not parties) or (dim == "region"
                                                  and value.lower() not in REGION_NAMES):
            return False
    return True


def _subject_proposal(v: GroupView, m: regex.Match[str] | None) -> Proposal | None:
    """The subject group of a clause; a capitalized plural of no people shape only with words
    of a known dimension ("Upper-caste Hindus", "Dalits"; not "Analysts say", "Harris
    leads")."""
    if m is None:
        return None
    if _FIGURE_OF_GROUP.search(v.text, m.end(), v.st.start) is not None:
        return None  # a figure before this one names its own group: "59% of over-65s"
    cue = _cue(v.text, m)
    if (m["plural"] is not None or m["put"] is not None) and not _known_group(cue.value):
        return Proposal()
    if m["expect"] is not None and (not _known_group(cue.value, parties=True)
                                    or _FORECASTERS.search(cue.value) is not None):
        return Proposal()  # "Democrats expected prices to climb 6.9%", not "City economists"
    if _singular_verb(v.text, m.end(), cue.value):
        return Proposal()  # "Winston Peters was unchanged on 7%": one person, not a group
    return Proposal(*classify(cue))


#: The verb of a subject (after an adverb), singular: "is", "was", "has", "leads", "backs".
_SINGULAR_VERB = regex.compile(
    r"(?:(?:also|still|largely|mostly|overwhelmingly|broadly)\s+)?(?:is|was|has|\w+[^s\W]s)(?!\w)",
    regex.IGNORECASE,
)
#: A head that takes a singular verb though it names many: "the C2DE group was".
_COLLECTIVE = regex.compile(r"(?:group|camp|cohort|bloc|base|youth|public)\Z", regex.IGNORECASE)


def _singular_verb(text: str, at: int, group: str) -> bool:
    """Whether a plural-looking subject takes a singular verb: "Winston Peters was", "Sanders
    leads" name a person (a group of people takes "were", "lead")."""
    return (_SINGULAR_VERB.match(text, at) is not None
            and _COLLECTIVE.search(group) is None)


def _later_subject(v: GroupView, lo: int) -> bool:
    """Whether a clause between ``lo`` and the figure opens with a group of people as its
    subject ("..., but those aged 65 and over back the Tories by 48 per cent", "..., while
    Democrats held steady at 6%")."""
    moved = v.sentence.last(_CLAUSE_MOVES_AT, lo, v.st.start)
    if moved is not None and _known_group(_cue(v.text, moved).value, parties=True):
        return True  # "..., while Democrats held steady at 6%"
    m = v.sentence.last(_CLAUSE_SUBJECT_AT, lo, v.st.start)
    if m is None or m["comma"] is not None or m["plural"] is not None:
        return False
    return names_people(_cue(v.text, m).value)


def _elliptic_group(v: GroupView, lo: int) -> Cue | None:
    """The group of a clause without a verb after ``lo``, after a figure: "and Hispanic
    voters 64 - 29 percent", "and independents at 31%" (not a party's share: ",
    Conservatives 18%", "and the Moderates 19.1%")."""
    e = v.sentence.first(_ELLIPTIC_SUBJECT_AT, lo, v.st.start)
    if e is None or not _FIGURE.search(v.text, v.start, e.start()):
        return None
    cue = _cue(v.text, e)
    key = group_key(cue.value) or ""
    named = v.text[max(0, cue.start - 4):cue.start].lower() == "the " and (
        cue.value[:1].isupper())
    if _named_group(cue.value) and not named and (not all(
            p.startswith(("party=", "vote=")) for p in key.split("; "))
            or _party_people(cue.value) or _parallel_subject(v)):
        return cue
    return None


def _clause_subject(v: GroupView) -> Proposal | None:
    """``while adults aged 70 and over were the least likely, at 4.6%`` ("than" before the
    clause is another clause's: "better than average – 18- to 24-year-olds give him 23%")."""
    elliptic = _elliptic_group(v, max(v.start, v.lo))
    if elliptic is not None:
        return Proposal(elliptic)
    m = v.sentence.last(_CLAUSE_SUBJECT_AT, v.lo, v.st.start)
    if m is None:
        return None
    if _THAN.search(v.text, m.start(), v.st.start) is not None:
        return None
    if m["comma"] is not None and not _comma_subject(_cue(v.text, m).value):
        return None  # after a bare comma only a group the key tables know: ", Democrats back"
    if _OTHER_SIDE.search(v.text, m.end(), v.st.start) is not None:
        return Proposal()  # "Democrats were more enthusiastic, 66 percent to 61 percent":
        # the second figure is the other side's
    return _subject_proposal(v, m)


#: A party's people, not its vote share: "Labour voters", "Green supporters", or a lower-case
#: "independents" (a party's name is capitalized).
_PARTY_PEOPLE = regex.compile(
    r"(?<!\w)(?:voters|supporters|backers|members|identifiers|partisans|leaners|electors)\Z"
    r"|\A[a-z][\w\-]*\Z", regex.IGNORECASE)


def _party_people(phrase: str) -> bool:
    """Whether a party's phrase names its people: "Labour voters", "independents"."""
    if phrase[:1].islower() and " " not in phrase:
        return True
    return _PARTY_PEOPLE.search(phrase) is not None and " " in phrase


def _parallel_subject(v: GroupView) -> bool:
    """Whether the sentence opens with a group of people as the subject of a verb
    ("Republicans favor it 71 percent; Democrats, 19 percent"): a party's people named in a
    later clause without a verb are then the next group of the same split, not a party's
    vote share."""
    m = v.sentence.match(_SUBJECT, v.start, v.head_end)
    return m is not None and m["plural"] is None and _named_group(_cue(v.text, m).value)


#: The second figure of a split after a comparison: "more enthusiastic, 66 percent to ".
_OTHER_SIDE = regex.compile(
    r"""(?<!\w)(?:more|less|fewer|[a-z]{2,}er\s+than)(?!\w)[^.;:!?\n]{0,60}?
        [0-9][0-9.]*\s*(?:%|per\s?cent|percent)?\s*(?:to|-|–|vs\.?|versus)\s*\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)


_SUBORDINATOR = regex.compile(r"(?:when|if|as|since|because|although|though|after|before"
                              r"|until|where|once|whether|so)\s", regex.IGNORECASE)


def _comma_subject(phrase: str) -> bool:
    """Whether a phrase after a bare comma is a group that opens a clause: known to the key
    tables, written from its first word as a group ("Democrats", "white voters"; not "the
    share of Americans who ...", "religious leaders": a ranked noun)."""
    if _SUBORDINATOR.match(phrase) is not None:
        return False  # "when Democrats were ...": a clause of time or condition
    first = phrase.split()[0] if phrase.split() else ""
    head = phrase.split()[-1] if phrase.split() else ""
    return (_named_group(phrase) and _RANKED.search(head) is None
            and (first[:1].isupper() or _named_group(first)
                 or (len(phrase.split()) <= 3 and _CLAUSE_WORD.search(phrase) is None)
                 or _AGED_PEOPLE.fullmatch(phrase) is not None))


#: People and an age band, written as a group opens a clause: "voters aged 65 and over",
#: "adults aged 18 to 34" (", but voters aged 65 and over back the Coalition").
_AGED_PEOPLE = regex.compile(
    rf"(?:voters|adults|people|respondents|residents|electors|consumers|workers|men|women)"
    rf"{_AGE}",
    regex.IGNORECASE | regex.VERBOSE,
)


#: Words that make a phrase a clause or a thing's part, not a group: "the share of ... who".
_CLAUSE_WORD = regex.compile(r"(?<!\w)(?:of|who|whose|that|which)(?!\w)", regex.IGNORECASE)


def _named_group(phrase: str) -> bool:
    """Whether the key tables know a phrase as people (a party's voters too: "Democrats"),
    not a name they only guess to be a place ("Harris")."""
    key = group_key(phrase)
    if key is None:
        return False
    return all(not part.startswith("other=") and not (
        part.startswith("region=") and part[7:].lower() not in REGION_NAMES)
        for part in key.split("; "))


CLAUSE_SUBJECT_RULE: Final = GroupRule(
    "clause_subject", _clause_subject, family="subject", no_population=True,
    examples=(
        ("Most backed it, while students were the least keen, at 22%.", "22%", "students"),
        # people named by their age alone: "those 65 and older", "people aged 18 to 24"
        ("Ruiz leads 58% to 35% with the young, while those 65 and older lean to Ng, 51% to "
         "44%.", "44%", "those 65 and older"),
        ("Labour is ahead among graduates, but those aged 65 and over back the Tories by 48 "
         "per cent to 29 per cent.", "29 per cent", "those aged 65 and over"),
        ("The Liberals lead in cities, whereas people 55 and older favour the Conservatives, "
         "47 per cent to 38 per cent.", "47 per cent", "people 55 and older"),
        ("Most renters agree, while those under 30 were the keenest of all, at 71pc.", "71pc",
         "those under 30"),
        ("Morena leads everywhere, while people aged 60 and over give Sheinbaum 74%.", "74%",
         "people aged 60 and over"),
        ("He does better with the young – 18- to 29-year-olds give him 31%.", "31%",
         "18- to 29-year-olds"),
        ("He does better than average – 18- to 29-year-olds give him 31%.", "31%",
         "18- to 29-year-olds"),
        ("Among likely voters, Republicans back Ruiz 88 - 9 percent, Democrats back Ng "
         "93 - 4 percent.", "93 - 4 percent", "Democrats"),
        ("Among likely voters, Republicans back Ruiz 88 - 9 percent.", "88 - 9 percent",
         "Republicans"),
        ("Tory voters favour the plan by 60% to 31%, Labour voters oppose it 55% to 38%.",
         "55%", "Labour voters"),
        ("Men backed the deal 58% to 37%, women opposed it 49% to 44%.", "49%", "women"),
        ("White voters back Ruiz 50 - 45 percent, Black voters back him 86 - 8 percent and "
         "Hispanic voters 64 - 29 percent.", "64 - 29 percent", "Hispanic voters"),
        ("Catholics back the bill by 52 per cent, and Protestants by 61 per cent.",
         "61 per cent", "Protestants"),
        ("White voters back Ruiz 50 - 45 percent and Hispanic voters 64 - 29 percent.",
         "29 percent", "Hispanic voters"),
        ("Men back Ruiz 51 - 44 percent, while voters 65 and older favor him by a narrower "
         "52 - 45 percent.", "45 percent", "voters 65 and older"),
        ("By sector, industrial manufacturers were the most defensive: 58% said so.", "58%",
         "industrial manufacturers"),
        # a party's people as the label of the next clause, after a group with its verb
        ("Republicans favor the bill 71 percent; Democrats, 19 percent.", "19 percent",
         "Democrats"),
        ("Tory voters back the levy by 61 per cent; Labour voters, 38 per cent.",
         "38 per cent", "Labour voters"),
        ("Fine Gael voters back it by 58%; Sinn Féin voters, 31%.", "31%",
         "Sinn Féin voters"),
        ("Conservatives back the plan 64 per cent, Liberals 22 per cent.", "22 per cent",
         "Liberals"),
        ("Men back the reform 55%; women, 41%.", "41%", "women"),
        # a present-tense answer verb in a later clause
        ("Men are split, 47% to 48%, while women disapprove 58% to 36%.", "36%", "women"),
        ("Rural voters approve 54 per cent to 40 per cent; urban voters disapprove 59 per "
         "cent to 35 per cent.", "35 per cent", "urban voters"),
        ("Hindus back the BJP, but Muslims oppose it 71 per cent to 18 per cent.",
         "18 per cent", "Muslims"),
        # a series clause without a verb: "and", "whereas" or "with" a group at its figure
        ("Some 58% of Democrats approve, and independents at 33%.", "33%", "independents"),
        ("The SNP leads on 34 per cent, with Labour voters on 41 per cent backing a delay.",
         "41 per cent", "Labour voters"),
        ("Approval among Liberal supporters is 62 per cent, whereas NDP supporters at 27 per "
         "cent.", "27 per cent", "NDP supporters"),
    ),
    near_misses=(
        ("Most backed it, while the rest were unsure, at 22%.", "22%"),
        ("Most backed it, while students were keener than pensioners, at 22%.", "22%"),
        ("The race is close, analysts say, with Ruiz at 44 percent.", "44 percent"),
        ("Ruiz leads Ng 48% to 41%, Harris backs him 51% to 40%.", "51%"),
        ("Ruiz leads with 48%, and Ng 41%.", "41%"),
        ("Reform 30% (-1), Labour 22% (-2), Conservatives 17% (nc).", "17%"),
        ("Prices bite, the share of Americans who say they are behind climbed to 47%.",
         "47%"),
        ("Courts lag, religious leaders remain the most trusted, at 65%.", "65%"),
        ("The Sweden Democrats won 20.5 percent and the Moderates 19.1 percent.",
         "19.1 percent"),
        ("Turnout worry fell, when Democrats were more enthusiastic, 66 percent to 61 percent.",
         "61 percent"),
        ("Ruiz leads, and men are keener than women, 58% to 44%.", "44%"),
        ("Labour is on 38 per cent; Conservatives, 18 per cent.", "18 per cent"),
        ("Prices now stand at 4%; Republicans, 19 percent.", "19 percent"),
        ("Labour is on 31 per cent, with Reform at 29 per cent.", "29 per cent"),
        ("The Coalition polls 37%, and the Greens at 12%.", "12%"),
        ("Fine Gael is on 21 per cent, whereas Labour at 4 per cent.", "4 per cent"),
    ),
)


#: A later clause with a group of its own: ", and registered Republicans about 31%".
_LATER_GROUP = regex.compile(
    rf"""[,;]\s*(?:and|but|while|whereas)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:{HEADS})(?![\w\-])""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: A figure with its own "of" group: "59 per cent of over-65s told YouGov ...".
_FIGURE_OF_GROUP = regex.compile(
    r"[0-9]\s*(?:%|per\s?cent|percent)\s+of\s+(?!(?:all|the|those|them|respondents|adults)\b)"
    r"[\w\-]", regex.IGNORECASE)


def _opening_subject(v: GroupView) -> Proposal | None:
    """``Republicans remain loyal: 84% approve``: a sentence that opens with its group (not
    past a later clause with a group of its own)."""
    if not _no_than(v):
        return None
    m = v.sentence.match(_SUBJECT, v.start, v.head_end)
    if m is not None and _LATER_GROUP.search(v.text, m.end(), v.st.start) is not None:
        return None
    if m is not None and _later_place(v, m.end()):
        return None
    return _subject_proposal(v, m)


OPENING_SUBJECT_RULE: Final = GroupRule(
    "opening_subject", _opening_subject, family="subject", no_population=True,
    examples=(
        ("Retirees remain wary: 61% distrust the bank.", "61%", "Retirees"),
        ("Retirees remain wary: 61% in the Midlands distrust the bank.", "61%", "Retirees"),
        ("Renters are gloomy: more than half (52%) spend too much on rent.", "half",
         "Renters"),
        ("Upper-caste Hindus favour the reform by 58 per cent to 30 per cent.", "30 per cent",
         "Upper-caste Hindus"),
        ("Men without a degree remain the most loyal, at 61 percent.", "61 percent",
         "Men without a degree"),
        # occupations and sectors as heads: a survey of staff, of farms or of firms
        ("Secondary principals were the hardest hit, at 79 per cent.", "79 per cent",
         "Secondary principals"),
        ("Dairy farmers were the gloomiest, with 44 per cent expecting worse conditions.",
         "44 per cent", "Dairy farmers"),
        ("Mid-sized exporters were more upbeat, at 38 percent.", "38 percent",
         "Mid-sized exporters"),
        ("Rural nurses are the most stretched: 62% report unpaid overtime.", "62%",
         "Rural nurses"),
        ("Small enterprises remain cautious, with 27 per cent planning to hire.",
         "27 per cent", "Small enterprises"),
        ("Tellingly, under-30s give the premier just 19%.", "19%", "under-30s"),
        ("Nurses who work nights say they are 2.5 times as tired.", "2.5 times",
         "Nurses who work nights"),
        ("College-educated white voters back the levy 58% to 40%.", "58%",
         "College-educated white voters"),
        # a share of the sample in apposition between the group and its verb
        ("Independents, about one in six likely voters, lean to Harmon 45% to 38%.", "38%",
         "Independents"),
        ("Catholics, roughly one in five respondents, favour Carney 51% to 30%.", "30%",
         "Catholics"),
        ("Renters, a third of the sample, back Labor 44% to 31%.", "44%", "Renters"),
        # an income band after "with"
        ("Voters with household incomes under $50,000 split 49% Harmon, 46% Kessler.", "46%",
         "Voters with household incomes under $50,000"),
        ("Households with incomes below £30,000 favour Labour by 45 per cent to 20 per cent.",
         "20 per cent", "Households with incomes below £30,000"),
        ("The better-off AB group was kinder, with 41 per cent satisfied.", "41 per cent",
         "better-off AB group"),
        ("Only the Greens' supporters were split, at 48 percent.", "48 percent",
         "Greens' supporters"),
        ("Renters, who made up about a third of the sample, back the levy 52 percent to "
         "31 percent.", "31 percent", "Renters"),
        ("Pensioners, who were polled by phone, favour the plan by 58% to 30%.", "58%",
         "Pensioners"),
        ("Jatavs, whose leader Mayawati heads the BSP (Bahujan Samaj Party), backed it, with "
         "71 per cent voting for it.", "71 per cent", "Jatavs"),
        ("Service sector firms fared a little better: 36% saw sales rise.", "36%",
         "Service sector firms"),
        # an age in apposition, and people named by their income
        ("Gen Xers, aged 45 to 60, were the most doubtful, at 41 per cent.", "41 per cent",
         "Gen Xers, aged 45 to 60"),
        ("Households earning under $40,000 reported lower confidence, 24 percent.",
         "24 percent", "Households earning under $40,000"),
        ("Adults in households making more than ₹50,000 a month were the keenest, at 62 per "
         "cent.", "62 per cent", "Adults in households making more than ₹50,000 a month"),
        # people by the household or family they live in (official statistics)
        ("Children in sole-parent families were the most likely to go without, at 27 per "
         "cent.", "27 per cent", "Children in sole-parent families"),
        ("People in households with no earner were hit hardest, at 31%.", "31%",
         "People in households with no earner"),
        ("Children in households with a disabled member had a rate of 18.2 percent.",
         "18.2 percent", "Children in households with a disabled member"),
        ("Adults in low-income families reported more stress, 22 per cent.", "22 per cent",
         "Adults in low-income families"),
        # people of several places at once
        ("Respondents from Sabah and Sarawak were the most worried, at 44 per cent.",
         "44 per cent", "Respondents from Sabah and Sarawak"),
        ("Voters in Sulawesi, Maluku and Papua gave him 84 percent.", "84 percent",
         "Voters in Sulawesi, Maluku and Papua"),
        ("Residents of Manitoba and Saskatchewan were the gloomiest, at 38%.", "38%",
         "Residents of Manitoba and Saskatchewan"),
        ("Adults in Wales and Northern Ireland are the least satisfied: 29% approve.", "29%",
         "Adults in Wales and Northern Ireland"),
        ("Households in Lagos and Kano reported the steepest rise, at 61 percent.",
         "61 percent", "Households in Lagos and Kano"),
        # people who expect a figure: a party's voters too
        ("Democrats expected prices to climb 5.8 percent over the next year.", "5.8 percent",
         "Democrats"),
        ("Conservative voters predicted a 4 per cent rise in food prices.", "4 per cent",
         "Conservative voters"),
        ("BJP supporters expected turnout of 70 per cent in their state.", "70 per cent",
         "BJP supporters"),
        ("Fianna Fáil voters expect house prices to rise 7% next year.", "7%",
         "Fianna Fáil voters"),
        ("Renters expect rents to rise 8% this year.", "8%", "Renters"),
        # a verb of a split ("go", "split") or an adverb before it ("now", "narrowly")
        ("Independents now split 44 per cent for Ruiz and 41 per cent for Ng.",
         "41 per cent", "Independents"),
        ("Voters under 35 go 58% for the Greens.", "58%", "Voters under 35"),
        ("Catholics narrowly favour the bill, 49 per cent to 45 per cent.", "45 per cent",
         "Catholics"),
        ("Quebecers again lean to the Bloc, at 36%.", "36%", "Quebecers"),
        ("Pensioners went heavily for the ANC, with 62 per cent.", "62 per cent",
         "Pensioners"),
        # a present-tense answer verb, and an aside between the group and its verb
        ("Albertans disapprove of the carbon levy 57 per cent to 36 per cent.",
         "36 per cent", "Albertans"),
        ("Suburban women approve 52 percent to 44 percent.", "52 percent", "Suburban women"),
        ("Democrats blame the White House 81% to 7%.", "7%", "Democrats"),
        ("Graduates trust the ABC most of all the outlets, at 61 per cent.", "61 per cent",
         "Graduates"),
        ("Voters aged 18 to 24 oppose the tax by two to one, 60 per cent to 30 per cent.",
         "60 per cent", "Voters aged 18 to 24"),
        ("Leave voters, by contrast, back the deal by 55% to 31%.", "31%", "Leave voters"),
        ("Muslims, however, reject the bill 64 per cent to 22 per cent.", "64 per cent",
         "Muslims"),
        ("Canadians with a university degree back the tax 52% to 41%.", "41%",
         "Canadians with a university degree"),
        ("Women without a degree disapprove 58 per cent to 35 per cent.", "35 per cent",
         "Women without a degree"),
    ),
    near_misses=(
        ("Analysts, however, say inflation will reach 4%.", "4%"),
        ("The Greens, however, are on 9 per cent.", "9 per cent"),
        ("Harris, by contrast, trails on 41%.", "41%"),
        ("Retirees are keener than others: 61% agree.", "61%"),
        ("Those were the days: 61% agree.", "61%"),
        ("People say the mood is grim: 61% agree.", "61%"),
        ("Markets rose 5% on Monday.", "5%"),
        ("Economists put the jobless rate at 6.1% by May.", "6.1%"),
        ("Registered Democrats cast 47% of early ballots, and registered Republicans about "
         "31%.", "31%"),
        ("Analysts say 61% is too high.", "61%"),
        ("Renters, who made up about a third of the sample, back the levy 52 percent to "
         "31 percent.", "a third"),
        ("Analysts, who follow the bank, say 61% is too high.", "61%"),
        ("Pensioners remain anxious: 59 per cent of over-65s are worried, up from 51 per cent.",
         "51 per cent"),
        ("Winston Peters was unchanged on 7%, the poll shows.", "7%"),
        ("Bernie Sanders is at 14 percent among Democrats nationally.", "14 percent"),
        ("Julius Malema was steady, at 9 per cent.", "9 per cent"),
        ("Chris Hipkins remains ahead on 24%.", "24%"),
        ("Jacinta Rogers has 11 per cent in the preferred-premier race.", "11 per cent"),
        ("Economists expected inflation of 2.9% in May.", "2.9%"),
        ("City forecasters expect a slight easing to 3.1 per cent.", "3.1 per cent"),
        ("Analysts expect the Tories to win 30% of the vote.", "30%"),
        ("Labour expects to gain 4 points in the capital.", "4 points"),
        # a later clause whose subject is a place of the breakdown: the nearest frame wins
        ("By state, Victorians were at 58 per cent, and Queensland was the only state below "
         "half, at 47 per cent.", "47 per cent"),
        ("Analysts now expect 3%.", "3%"),
        ("Children are the focus: 29 percent of them go without.", "29 percent"),
        ("People in the know say 61% is too high.", "61%"),
        ("Prices now stand 4% higher.", "4%"),
        ("Rogers narrowly lost the race by 0.3 of a percentage point.",
         "0.3 of a percentage point"),
        ("Renters now make up a third of adults, a share that has tripled.", "tripled"),
    ),
)


def _subject_moves(v: GroupView) -> Proposal | None:
    """``Independents slipped to 53% from 58%`` (not ``The Greens fell to 11%``: a party's
    vote share, with its article)."""
    if not _no_than(v):
        return None
    m = v.sentence.match(_SUBJECT_MOVES, v.start, v.head_end)
    if m is not None and _later_place(v, m.end()):
        return None
    if m is not None and m["open"] is not None and (
            not _known_group(_cue(v.text, m).value, parties=True)
            or "sector=" in (group_key(_cue(v.text, m).value) or "")):
        return Proposal()  # "Analysts warned of 4%": no people the key tables know;
        # "Online retailers posted a 0.8% rise": a sector's own figure, not its people's
    return _subject_proposal(v, m)


SUBJECT_MOVES_RULE: Final = GroupRule(
    "subject_moves", _subject_moves, family="subject", no_population=True,
    examples=(("Independents dropped to 37% from 42%.", "37%", "Independents"),
              # any verb of the past, when the key tables know the subject as people
              ("Republicans shifted the other way, sliding from 71 percent to 18 percent.",
               "18 percent", "Republicans"),
              ("Independents ended up in the middle, at 33 percent.", "33 percent",
               "Independents"),
              ("Pensioners moved decisively, falling to 38 per cent.", "38 per cent",
               "Pensioners"),
              ("Quebecers soured on the plan, with support at 29 per cent.", "29 per cent",
               "Quebecers"),
              ("Dalit voters shifted towards the alliance, backing it at 46 per cent.",
               "46 per cent", "Dalit voters"),
              ("Under-35s turned sharply against the coalition, at 22%.", "22%",
               "Under-35s"),
              ("Families making less than £30,000 worried most, at 57%.", "57%",
               "Families making less than £30,000")),
    near_misses=(("The Greens dropped to 9% in the poll.", "9%"),
                 ("Analysts warned inflation could hit 4% by June.", "4%"),
                 ("Officials estimated turnout at 61 per cent.", "61 per cent"),
                 ("Investors priced in a 60% chance of a cut.", "60%"),
                 ("Prices climbed 5% in March, economists said.", "5%"),
                 ("Online retailers posted a 1.2% rise in sales.", "1.2%"),
                 ("Rogers narrowly lost the race by 0.3 of a percentage point.",
                  "0.3 of a percentage point")),
)

#: A later clause whose group's figure moves or holds: "while Democrats held steady at 6%",
#: "whereas women slipped to 39 per cent", "; under-35s fell to 22%" (after "while",
#: "whereas", "but", a semicolon or a dash, not a bare comma: "Prices climbed 5% in March,
#: economists said").
_CLAUSE_MOVES = regex.compile(
    r"""(?:(?<!\w)(?:while|whereas|but)|;|\s[–—])\s+(?!(?i:the|a|an)\s)"""
    + _SUBJECT_BODY.replace(
        "{moves}", "|" + _MOVES + r"|held|holds?|(?P<open>[a-z]{2,}ed)").replace(
        "{adverbs}", _SUBJECT_ADVERBS),
    regex.VERBOSE,
)
#: (no ``needs``: the subject body accepts verbs beyond the moves, "remain", "stand", so no
#: verb list is a superset of what a match needs; the openings are rare words anyway)
_CLAUSE_MOVES_AT: Final = Anchored(
    _CLAUSE_MOVES,
    regex.compile(r"(?<!\w)(?:while|whereas|but)|;|\s[–—]", regex.IGNORECASE))


def _clause_moves(v: GroupView) -> Proposal | None:
    """``..., while Democrats held steady at 6%``: the people of a later clause whose figure
    moves or holds are the figure's group (known to the key tables as people: not "while
    prices climbed", "but the Greens fell", "while Harris slipped")."""
    m = v.sentence.last(_CLAUSE_MOVES_AT, v.lo, v.st.start)
    if m is None or _THAN.search(v.text, m.start(), v.st.start) is not None:
        return None
    cue = _cue(v.text, m)
    if not _known_group(cue.value, parties=True) or "sector=" in (group_key(cue.value) or ""):
        return Proposal()
    return _subject_proposal(v, m)


CLAUSE_MOVES_RULE: Final = GroupRule(
    "clause_moves", _clause_moves, family="subject", no_population=True,
    examples=(
        ("Approval among men fell to 41%, while Democrats held steady at 6%.", "6%",
         "Democrats"),
        ("Support among graduates rose to 48 per cent, whereas women slipped to 39 per cent.",
         "39 per cent", "women"),
        ("Trust climbed among Catholics to 51%, but Protestants dropped to 38%.", "38%",
         "Protestants"),
        ("The Coalition gained ground with retirees; under-35s fell away to 22 per cent.",
         "22 per cent", "under-35s"),
        ("Approval rose in the cities, while Dalit voters edged up to 44 per cent.",
         "44 per cent", "Dalit voters"),
        ("Men were unmoved at 52 percent — Hispanic voters shifted sharply, to 61 percent.",
         "61 percent", "Hispanic voters"),
    ),
    near_misses=(
        ("Support rose to 41%, while prices climbed 5% in March.", "5%"),
        ("Labour rose to 31%, but the Greens fell to 9%.", "9%"),
        ("Ruiz leads with 48%, while Harris slipped to 40%.", "40%"),
        ("Approval fell to 38 per cent, while online retailers posted a 1.2 per cent rise.",
         "1.2 per cent"),
        ("Men held steady, while women rose more than men did, to 44%.", "44%"),
        ("Inflation eased to 3%, economists said, while Analysts expected 2.8%.", "2.8%"),
    ),
)


#: A clause that opens with its group, then the figure: "; for people paying off a mortgage it
#: is 26 per cent", ", with those earning more than five minimum wages, 33%", "— in households
#: with a carmaker's job the figure was 74 percent", "while in the C2DE group, 26 per cent did".
_CLAUSE_OPENING = regex.compile(
    rf"""(?:[,;:–—(]\s*(?:(?:and|but|while|whereas)\s+)?|(?<!\w)(?:while|whereas|but)\s+)
    (?:(?P<prep>for|with|among|in)\s+)
    (?P<group>
        (?:those|people|adults|voters|households|homes|families|respondents|workers|men|women)
        \s+(?:who|with|without|aged|earning|making|living|paying|on|under|over|in)\s+
        (?:[^,;:.!?()\n]|(?<=[0-9])[,.](?=[0-9])){{1,60}}?       # $90,000 inside
      | (?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:group|camp|cohort|bracket|band)
      | (?:(?:{_LOWER_MODIFIER}|\p{{Lu}}[\w'’\-]*)\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?
    )
    (?:\s*,(?![0-9])\s*|\s+(?=(?:it|he|she|they|its|his|her|their|support|backing|approval|[0-9]
                      |the\s+(?:figure|share|number|proportion|rate|score|level|total))\b))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where such a clause opens (a mark or a join) and the preposition it needs after it.
_CLAUSE_OPENING_AT: Final = Anchored(
    _CLAUSE_OPENING,
    regex.compile(r"[,;:–—(]|(?<!\w)(?:while|whereas|but)", regex.IGNORECASE),
    needs=regex.compile(r"(?<!\w)(?:for|with|among|in)(?=\s)", regex.IGNORECASE))
_CLAUSE_GAP: Final = 50  # characters from the clause's group to its figure, at most


def _clause_opening(v: GroupView) -> Proposal | None:
    """``...; for people paying off a mortgage it is 26 per cent``: the last clause before the
    figure that opens with a group, close to the figure, with no other figure between ("in"
    only before a group noun or people with a relative: "in the C2DE group", not "in Wales")."""
    m = v.sentence.last(_CLAUSE_OPENING_AT, v.lo, v.st.start)
    if m is None or v.st.start - m.end() > _CLAUSE_GAP:
        return None
    if _FIGURE_BETWEEN.search(v.text, m.end(), v.st.start) is not None:
        return None
    group = m["group"]
    if m["prep"].lower() == "in" and _IN_GROUP.match(group) is None:
        return None
    if m["prep"].lower() == "for" and group.split()[-1][:1].isupper():
        return None  # "41% for Democrats": a vote
    return _people_of(v, m)


#: After "in", a group noun or people with a relative ("in households with ...").
_IN_GROUP = regex.compile(
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:group|camp|cohort|bracket|band)\Z"
    r"|(?:households|homes|families)\s",
    regex.IGNORECASE,
)
_FIGURE_BETWEEN = regex.compile(r"[0-9]")


CLAUSE_OPENING_RULE: Final = GroupRule(
    "clause_opening", _clause_opening, needs=("for", "with", "among", "in"),
    examples=(
        ("For renters the figure is 41%; for people paying off a loan it is 26%.", "26%",
         "people paying off a loan"),
        ("Income divides: 58% of the poor agree, with those earning over $90,000, 31%.",
         "31%", "those earning over $90,000"),
        ("Jobs worry 40% — in households with a factory worker the figure is 61%.", "61%",
         "households with a factory worker"),
        ("The AB group was kinder, while in the C2DE group, 24 per cent did.", "24 per cent",
         "C2DE group"),
        ("Most agree, and for urban voters the figure is 30 per cent.", "30 per cent",
         "urban voters"),
    ),
    near_misses=(
        ("Most agree, and in Wales, 30 per cent do.", "30 per cent"),
        ("Most agree, and for years it was 30 per cent.", "30 per cent"),
        ("Most agree; for Democrats it is 30 per cent.", "30 per cent"),
        ("Most agree, with those under 30 at 40% and the rest at 20%.", "20%"),
    ),
)


# -- "them", "that group": a group named just before ------------------------------------------

#: "49% of them", "4 points with them (27% to 23%)", "Among them, 68%", "of that group".
_THEM = r"(?:them|that\s+group|this\s+group|those\s+voters|these\s+voters)(?!\w)"
_THEM_AFTER = regex.compile(
    rf"\s*(?:\([^()]{{0,24}}\))?\s+(?:of|among|with)\s+{_THEM}", regex.IGNORECASE
)
_THEM_BEFORE = regex.compile(  # "Among them, 68%", "with them (27% to 23%"
    rf"""(?r)(?<!\w)(?:(?:of|among|with|for)\s+{_THEM}|(?:among|for|with)\s+whom(?!\w))
    (?:\s*,\s*(?:[\w'’\-%.]+\s+){{0,5}}?|\s+(?:[\w'’\-]+\s+){{0,4}}?|\s*\(\s*(?:[0-9][0-9.,]*\s*(?:%|per\s?cent|percent)?
                                                 \s*(?:to|vs\.?|v\.?|and|,|-|–)\s*)?)\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A group named before "them": after among/with/of/for, or a clause's subject.
_ANTECEDENT_BODY = rf"""
    (?:(?<!\w)(?i:among|with|(?<![sS]\s)of|for)\s+(?:the\s+)?   # not "Parents of children"
         | (?:^|(?<=[.!?:;]\s)|(?<=\n))[\s"“•·*\-–]*
           (?:(?i:by|on)\s+[\w\-]+,\s+)?)                        # "By age, voters 18 to 34"
    (?P<group>(?:(?:\p{{Lu}}[\w'’\-]*|{_LOWER_MODIFIER})\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?
              (?:\s+of\s+(?:(?:young|small|school-age|adult)\s+)?(?:children|kids|teenagers)
                 {_AGE}?)?                                  # Parents of children under 16
              |(?i:those)\s+(?i:who|with|aged)\s+[^,;:.!?()\n]{{1,60}}?)   # Those who voted X
    (?=\s*[,:;]|\s+(?:are|were|is|was|have|had|remain|remained|also|still|gave|give|now
                     |say|said|were|tend|tended|report|reported
                     |approve|disapprove|back|support|oppose|favou?r|blame|trust|prefer
                     |(?P<open>[a-z]{{2,}}ed|drove|led|made|took|saw|fell|rose|grew|swung
                              |went))\b{{possessive}})"""
_ANTECEDENT = regex.compile(_ANTECEDENT_BODY.replace("{possessive}", ""), regex.VERBOSE)
#: ... and before "Their" opening the next sentence, a group that ends its sentence too: "The
#: fall is steepest among renters. Their confidence ..."
_THEIR_ANTECEDENT = regex.compile(
    _ANTECEDENT_BODY.replace("{possessive}", r"|(?=\.\s+Their\s)"), regex.VERBOSE)
#: A later clause opening with people of its own: ", while Democrats held at 6%".
_LATER_CLAUSE_GROUP = regex.compile(
    rf"""(?:(?<!\w)(?:while|whereas|but)|;)\s+(?:(?:\p{{Lu}}[\w'’\-]*|{_LOWER_MODIFIER})\s+){{0,2}}?
    {_PEOPLE_PLURAL}(?!\w)""",
    regex.VERBOSE,
)
#: A sentence opening with a party or body ("The Liberals gained ..."): its "Their" is theirs.
_PARTY_SUBJECT = regex.compile(r"""[\s"“]*(?:The|the)\s+\p{Lu}""")
#: A sentence about the group of the one before: "Their approval fell to 31 percent".
_THEIR = regex.compile(r"""[\s"“]*Their\s+(?!own\b)[a-z][\w\-]*\s""")
_THEM_REACH: Final = 300  # characters before "them" where the group may be named
#: "among whom", "for whom": its group is the people named right before its comma.
_WHOM = regex.compile(r"(?:among|for|with)\s+whom(?!\w)", regex.IGNORECASE)
_WHOM_ANTECEDENT = regex.compile(
    rf"""(?r)(?<![\w\-])(?P<group>(?:(?:\p{{Lu}}[\w'’\-]*|{_LOWER_MODIFIER})\s+){{0,2}}
    {_PEOPLE_PLURAL}{_AGE}?)\s*,\s*\Z""",
    regex.VERBOSE,
)
#: A word every "them" phrase holds.
_THEM_WORD = regex.compile(r"them|group|voters|whom", regex.IGNORECASE)


def _them(v: GroupView) -> Proposal | None:
    """``Reform's support is concentrated among Leave voters: 49% of them ...``, ``Retirees,
    long loyal, have turned: his rating dipped 4 points with them (27% to 23%)``, ``Women
    were more likely to worry. Among them, 68% ...``: "them" (or "that group") is the group
    named last before it, in its sentence or the one before (never past a line break)."""
    # the sentence's opening within reach of the figure: a bounded look-back per figure
    opening = _sentence_opening(v.text, max(v.start, v.st.start - _THEM_REACH), v.st.start)
    if _THEIR.match(v.text, opening, v.st.start) is not None:
        return _their(v, opening)
    if not v.sentence.has(_THEM_WORD, v.lo, v.hi):
        return None  # no "them", "that group" or "those voters" near the figure
    after = _THEM_AFTER.match(v.text, v.st.end, v.hi)
    before = None if after is not None else _THEM_BEFORE.search(v.text, v.lo, v.st.start)
    at = after.start() if after is not None else before.start() if before is not None else -1
    if at < 0:
        return None
    lo = max(0, at - _THEM_REACH)
    lo = max(lo, v.text.rfind("\n", lo, at) + 1)  # within reach, never past a line break
    if _WHOM.match(v.text, at) is not None:
        whom = _WHOM_ANTECEDENT.search(v.text, lo, at)  # "is the over-65s, among whom"
        return None if whom is None else Proposal(_cue(v.text, whom))
    found = _last(_ANTECEDENT, v.text, lo, at)
    if found is None or _FIGURE_BEFORE_THEM.search(v.text, found.end(), at) is not None:
        return None
    if found["open"] is not None and not _known_group(found["group"], parties=True):
        return None  # "Analysts warned ...: 40% of them": no people the key tables know
    p = _people_of(v, found)
    return None if p is None or p.subgroup is None else Proposal(p.subgroup)


def _sentence_opening(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` opens (not before ``lo``)."""
    ends = [text.rfind(c, lo, at) for c in (". ", "? ", "! ")]
    return max([lo, *(e + 2 for e in ends if e >= 0)])


def _their(v: GroupView, opening: int) -> Proposal | None:
    """``Their satisfaction fell 11 points``: a sentence opening (at ``opening``) with "Their"
    is about the people the sentence before ends with or opens with ("... among Republicans.
    Their ...")."""
    their = v.text.find("Their", opening, v.st.start)
    lo = max(0, their - _THEM_REACH)
    lo = max(lo, v.text.rfind("\n", lo, their) + 1)  # never past a line break
    found = _last(_THEIR_ANTECEDENT, v.text, lo, their + 6)  # its look-ahead sees "Their"
    opening = _sentence_opening(v.text, lo, found.start()) if found is not None else lo
    if found is None or found.end() > their or _PARTY_SUBJECT.match(v.text, opening):
        return None  # "The Liberals gained among women. Their share": the party's
    if _FIGURE_OF_GROUP.search(v.text, v.start, v.st.start) is not None:
        return None
    g = found.start("group")
    if v.text[max(0, g - 4):g].lower() == "the " and v.text[g:g + 1].isupper():
        return None  # "Support for the Greens is 12%. Their share": a party's own share
    if _LATER_CLAUSE_GROUP.search(v.text, their, v.st.start) is not None:
        return None  # "Their rating fell, while Democrats held steady at 6%": a later group
    if not _known_group(found["group"], parties=True):
        return None  # "Analysts were gloomy. Their forecast is 4%": no people the tables know
    p = _people_of(v, found)
    return None if p is None or p.subgroup is None else Proposal(p.subgroup)


#: A figure between the group and "them" with a whole-sample word is another subject:
#: "71% of respondents said they ..., only 5% of them".
_FIGURE_BEFORE_THEM = regex.compile(r"[0-9]\s*(?:%|per\s?cent|percent)\s+of\s+(?:all\s+)?"
                                    r"(?:respondents|adults|people|voters|those)(?!\w)",
                                    regex.IGNORECASE)


THEM_RULE: Final = GroupRule(
    "them", _them, needs=("their", "them", "group", "voters", "whom"),
    examples=(
        ("Of those who voted Labour in 2024, 62% would do so again. Some 13% of them now "
         "back Reform UK.", "13%", "those who voted Labour in 2024"),
        ("Among Albertans under 35, rent is the top worry. Nearly half of them (48%) "
         "expect to move.", "48%", "Albertans under 35"),
        ("Support is strongest among Remain voters: 61% of them back rejoining.", "61%",
         "Remain voters"),
        ("Pensioners, his most loyal backers, have turned: he fell 5 points with them "
         "(31% to 26%).", "26%", "Pensioners"),
        ("Pensioners, his most loyal backers, have turned: he fell 5 points with them "
         "(31% to 26%).", "5 points", "Pensioners"),
        ("Farmers were the most worried group. Among them, 68% fear the tariff.", "68%",
         "Farmers"),
        ("Renters are hit hardest. Among that group, worry rose from 41% to 58%.", "58%",
         "Renters"),
        ("Parents of children under 12 were split. Among this group, 47% back the curfew.",
         "47%", "Parents of children under 12"),
        ("Those who voted Green in 2021 are less likely to blame Ottawa: 31 per cent of this "
         "group say so.", "31 per cent", "Those who voted Green in 2021"),
        # a subject of any verb of the past; "whom" after a group
        ("Republicans drove the rise: 44 percent of them now trust Congress.", "44 percent",
         "Republicans"),
        ("Young Australians powered the shift, with 52 per cent of them backing Labor.",
         "52 per cent", "Young Australians"),
        ("Labour still leads among the over-65s, among whom it is on 38pc.", "38pc",
         "over-65s"),
        ("The BJP is strongest with upper-caste voters, among whom it polls 61 per cent.",
         "61 per cent", "upper-caste voters"),
        ("Among graduates the Greens lead. The Coalition's best group is the over-65s, among "
         "whom it has 44 per cent.", "44 per cent", "over-65s"),
        # "Their" opening the next sentence: the people the sentence before names
        ("The slide is sharpest among independents. Their approval fell 9 points, to 33%.",
         "33%", "independents"),
        ("Pensioners have turned against the levy. Their support is down to 29 per cent.",
         "29 per cent", "Pensioners"),
        ("The mood has darkened most for homeowners. Their confidence index fell "
         "6.2 per cent.", "6.2 per cent", "homeowners"),
        ("Ruiz leads overall. Young voters drove the change. Their backing for him is at 58%.",
         "58%", "Young voters"),
        ("By age, adults under 30 disapprove 60-35. Their rating of him has sunk to "
         "29 per cent.", "29 per cent", "adults under 30"),
    ),
    near_misses=(
        ("Some 71% of respondents said they had complained, and 5% of them were heard.",
         "5%"),
        ("Most of them, 68%, fear the tariff.", "68%"),
        ("Nurses marched.\n\nAmong them, 68% fear cuts.", "68%"),
        ("Analysts warned of a slowdown: 40% of them expect a cut.", "40%"),
        ("The poll reached 1,000 adults, of whom 38% rent.", "38%"),
        ("The Liberals gained among women. Their share rose to 41 per cent.", "41 per cent"),
        ("Economists were gloomy. Their forecast is 4% growth.", "4%"),
        ("Support for the Greens is 12 per cent. Their share was 15 per cent.", "15 per cent"),
        ("The slide is steepest among Republicans. Their rating fell, while Democrats stayed "
         "at 6%.", "6%"),
        ("Renters feel the squeeze. Their own survey shows 61% struggle.", "61%"),
        ("The swing was biggest among women.\n\nTheir support rose to 41 per cent.",
         "41 per cent"),
    ),
)


# -- a group as the object of a winning verb: "carries men 51% to 46%" -------------------------

_VERB_GROUP = regex.compile(
    rf"""(?<!\w)(?i:carries|carried|carry|wins|won|win|takes|took|leads|led|dominates|dominated
                   |dominate|sweeps|swept)\s+
    (?:(?P<people>(?:(?!(?:the|a|an|his|her|their|its|by|with|just|only|about|some|nearly)\b)
                      [a-z][\w\-]*\s+){{0,2}}?{_LOWER_PEOPLE}{_AGE}?)
      | (?P<place>\p{{Lu}}[\w'’\-]*(?:\s+\p{{Lu}}[\w'’\-]*)?))
    \s*,?\s+(?:(?i:by|with)\s+)?(?:(?i:just|only|about|some|nearly)\s+)?\Z""",
    regex.VERBOSE,
)


#: Where a verb of winning a group can start ("carries", "wins", "won", "takes", "took",
#: "leads", "led", "dominates", "sweeps", "swept").
_VERB_GROUP_AT: Final = Anchored(_VERB_GROUP, regex.compile(
    r"(?<!\w)(?:carr|win|won|tak|took|le|domin|swe)", regex.IGNORECASE))


def _verb_group(v: GroupView) -> Proposal | None:
    """``Earle-Sears carries men 51% to 46%``, ``wins graduates by 12 points``, ``the
    Conservatives dominate Alberta, 61 per cent to 27 per cent`` (a place only of the key
    tables, in a survey figure): the group won, right before its figure."""
    m = v.sentence.first(_VERB_GROUP_AT, v.lo, v.st.start)
    if m is None:
        return None
    if m["place"] is not None:
        if not v.survey or not _known_group(m["place"]) or group_key(m["place"]) is None:
            return None
        key = group_key(m["place"]) or ""
        if not key.startswith("region="):
            return None
        s, e = m.span("place")
        return Proposal(Cue(m["place"], s, e, v.text[s:e]))
    return _subgroup_of(v, m, "people")


VERB_GROUP_RULE: Final = GroupRule(
    "verb_group", _verb_group,
    examples=(
        ("Ruiz wins women 55% to 40%, while Ng carries men 51% to 46%.", "51%", "men"),
        ("She wins college graduates by 12 points.", "12 points", "college graduates"),
        ("The Liberals dominate Quebec, 48 per cent to 22 per cent.", "48 per cent",
         "Quebec"),
    ),
    near_misses=(
        ("Ruiz wins Harris 55% to 40%.", "55%"),
        ("The party won seats, 48 per cent of them.", "48 per cent"),
        ("He took office with 48 per cent.", "48 per cent"),
    ),
)


# -- a group adjective of the rate its clause reports ("Female LFPR climbed to 41.7%") ---------

#: A group adjective before the rate it qualifies, at a clause's start: "Female LFPR", "the
#: rural unemployment rate", "urban joblessness", "youth unemployment (15-29 years)".
_RATE_OF = regex.compile(
    rf"""(?:^|(?<=[.;:!?\n•][ \t]*)|(?<=(?<!\w)(?i:while|whereas|but|and)[ \t]+)|(?<=,[ \t]+))
    (?:(?i:the)[ \t]+)?
    (?P<group>(?i:female|male|rural|urban|youth))[ \t]+
    (?:[\w\-]+[ \t]+){{0,2}}?
    (?i:LFPR|WPR|unemployment|employment|joblessness|participation|poverty|deprivation
        |literacy|turnout|labour[ \t]+force|labor[ \t]+force|inflation|wages?|earnings)
    (?:[ \t]+(?i:rates?|ratio))?(?:[ \t]*\([^()\n]{{1,20}}\))?
    (?:[ \t]+in[ \t]+(?:the[ \t]+)?\p{{Lu}}[\w'’\-]*(?:[ \t]+\p{{Lu}}[\w'’\-]*)?)?  # in Ireland
    [ \t]+(?P<verb>(?:{_MOVES}|stood|stands|was|is|remained|remains|hit|reached|touched
                    |came[ \t]+in)(?:[ \t]+(?i:up|down|back|higher|lower))?)
    [ \t]+(?:(?:at|to|by|of|on)[ \t]+)?
    (?:(?:just|only|about|around|some|nearly|almost|roughly)[ \t]+)?\Z""",
    regex.VERBOSE | regex.MULTILINE,
)
_RATE_OF_AT: Final = Anchored(_RATE_OF, regex.compile(
    r"(?i:(?<!\w)(?:the[ \t]+)?(?:female|male|rural|urban|youth))(?!\w)"))


def _rate_of(v: GroupView) -> Proposal | None:
    """``Female LFPR climbed to 41.7 per cent``, ``The rural unemployment rate inched up to
    2.5 per cent``, ``while urban unemployment eased to 5.1 per cent``: the group adjective
    of the rate its clause reports (a gender, an area, youth)."""
    return _rate_group(v, _RATE_OF_AT, 120, ("share", "change", "ratio"))


def _rate_group(v: GroupView, at: regex.Pattern[str], reach: int,
                kinds: tuple[str, ...]) -> Proposal | None:
    """The group ``at`` reads as the words of a rate's clause that end right at the figure
    (looked for within ``reach`` characters before it), for figures of the given kinds."""
    if v.st.kind not in kinds:
        return None
    m = v.sentence.last(at, max(v.start, v.st.start - reach), v.st.start)
    if m is None or m.end() != v.st.start:
        return None
    return Proposal(_cue(v.text, m))


RATE_OF_RULE: Final = GroupRule(
    "rate_of", _rate_of, needs=("male", "rural", "urban", "youth"),
    examples=(
        ("Female LFPR climbed to 38.2 per cent in 2023-24, the PLFS showed.", "38.2 per cent",
         "Female"),
        ("The rural unemployment rate edged up to 3.1 per cent.", "3.1 per cent", "rural"),
        ("Joblessness fell overall, while urban unemployment rose to 6.4 per cent.",
         "6.4 per cent", "urban"),
        ("Youth unemployment (15-24) stood at 11.9% in the ABS survey.", "11.9%", "Youth"),
        ("Male labour force participation reached 68 percent, Statistics Canada said.",
         "68 percent", "Male"),
        ("The female employment rate in Ireland hit 71 per cent, the CSO said.",
         "71 per cent", "female"),
    ),
    near_misses=(
        ("The unemployment rate edged up to 3.1 per cent.", "3.1 per cent"),
        ("Rural broadband coverage rose to 71 per cent.", "71 per cent"),
        ("Female candidates won 41 per cent of the seats.", "41 per cent"),
        ("Youth unemployment, the minister said, is 11.9%.", "11.9%"),
    ),
)



#: A rate of a group of people named after "for", its verb and figure after it: "the jobless
#: rate for those aged 15 to 24 rose to 14.1 per cent (from 13.4 per cent)".
_RATE_FOR = regex.compile(
    rf"""(?i:rates?|ratio|unemployment|joblessness|participation|turnout|poverty)
    [ \t]+(?i:for)[ \t]+
    (?P<group>(?i:those){_AGE}
      | (?:(?:{_LOWER_MODIFIER}|\p{{Lu}}[\w'’\-]*)[ \t]+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?)
    (?:[ \t]*\([^()\n]{{1,20}}\))?
    (?:[ \t]+in[ \t]+(?:the[ \t]+)?\p{{Lu}}[\w'’\-]*(?:[ \t]+\p{{Lu}}[\w'’\-]*)?)?  # in Ontario
    [ \t]+(?:[a-z]+ly[ \t]+)?
    (?:{_MOVES}|stood|stands|was|is|remained|remains|hit|reached|touched|came[ \t]+in)
    (?:[ \t]+(?i:up|down|back|higher|lower))?
    [ \t]+(?:(?:at|to|by|of|on)[ \t]+)?
    (?:[0-9][0-9.,]*[ \t]*(?:%|(?i:per[ \t]?cent|percent|pc))[ \t]*,?[ \t]*
       (?:(?i:up|down)[ \t]+)?(?i:from)[ \t]+)?           # the baseline after its figure
    (?:(?:just|only|about|around|some|nearly|almost|roughly)[ \t]+)?\Z""",
    regex.VERBOSE,
)
_RATE_FOR_AT: Final = Anchored(_RATE_FOR, regex.compile(
    r"(?<!\w)(?i:rates?|ratio|unemployment|joblessness|participation|turnout|poverty)(?!\w)"))


def _rate_for(v: GroupView) -> Proposal | None:
    """``The unemployment rate for those aged 15 to 24 rose to 14.1 per cent``: the people a
    rate is of, named after "for", when its clause's verb reports this figure (or its
    baseline, "... from 13.4 per cent")."""
    return _rate_group(v, _RATE_FOR_AT, 160, ("share", "change"))


RATE_FOR_RULE: Final = GroupRule(
    "rate_for", _rate_for, needs=(
        "rate", "ratio", "unemployment", "joblessness", "participation", "turnout", "poverty"),
    examples=(
        ("The jobless rate for those aged 15 to 24 rose to 13.2 per cent.", "13.2 per cent",
         "those aged 15 to 24"),
        ("The jobless rate for those aged 15 to 24 rose to 13.2 per cent from 12.5 per cent.",
         "12.5 per cent", "those aged 15 to 24"),
        ("The unemployment rate for young people climbed to 12.8 per cent in March, the ONS "
         "said.", "12.8 per cent", "young people"),
        ("The unemployment rate for Black workers rose to 7.5 percent.", "7.5 percent",
         "Black workers"),
        ("The participation rate for women in Queensland stood at 61.4 per cent.",
         "61.4 per cent", "women"),
        ("The unemployment rate for graduates aged 21 to 30 was 8.9 per cent, the PLFS "
         "showed.", "8.9 per cent", "graduates aged 21 to 30"),
    ),
    near_misses=(
        ("The unemployment rate for March rose to 6.1 per cent.", "6.1 per cent"),
        ("The approval rating for Democrats fell to 30 percent.", "30 percent"),
        ("The unemployment rate for the quarter was 4.1%.", "4.1%"),
        ("The rate for mortgages rose to 5.2 per cent.", "5.2 per cent"),
        ("The turnout for Labour fell to 58 per cent.", "58 per cent"),
    ),
)

# -- a group as the owner of what is measured ("Democrats' approval of unions, at 91%") --------

#: A group in the possessive at a clause's start: "Democrats' approval", "Women's support",
#: "Under-35s' trust" (the owner of the measure whose figure follows).
_POSSESSIVE_GROUP = regex.compile(
    rf"""(?:^|(?<=[.;:!?\n—–(,"“][ \t]*)|(?<=(?<!\w)(?i:and|while|whereas|but)[ \t]+)
          |(?<=\n[ \t]{{0,4}}[\-•·*][ \t]{{1,4}}))
    (?P<group>(?:[^\W\d_][\w\-]*[ \t]+){{0,2}}?{_PEOPLE_PLURAL})(?<=s|[mM]en)['’]s?(?=[ \t])""",
    regex.VERBOSE,
)
#: Words between the possessive and its figure that end its clause or name other people.
_POSSESSIVE_BREAK = regex.compile(
    r"""[;:!?\n—–]|\.(?=\s)
        |[+\-−]?[0-9][0-9.,]*[ \t]*(?:%|(?i:per[ \t]?cent|percent|points?)|[,;.]?\Z)
        |(?<!\w)(?i:among|than|while|whereas|but|said|says)(?!\w)""",
    regex.VERBOSE,
)
_POSSESSIVE_REACH: Final = 120  # characters from the possessive to its figure


def _possessive_group(v: GroupView) -> Proposal | None:
    """``Democrats' approval of unions, at 91%, is a record``, ``Independents' approval
    (70%) matches the national figure``, ``Women's support stands at 48 per cent``: the
    people who own the measure right before the figure."""
    if v.st.kind not in ("share", "change", "ratio"):
        return None
    lo = max(v.start, v.st.start - _POSSESSIVE_REACH)
    if "'" not in v.text[lo:v.st.start] and "’" not in v.text[lo:v.st.start]:
        return None  # every match holds its apostrophe: no look for one without
    m = _last(_POSSESSIVE_GROUP, v.text, lo, v.st.start)
    if m is None or _POSSESSIVE_BREAK.search(v.text, m.end(), v.st.start) is not None:
        return None
    phrase = m["group"]
    if (phrase[:4].lower() == "the " or not _known_group(phrase, parties=True)
            or not names_people(phrase)):
        return None  # "The Greens' share": a party's vote, not its people
    if any(part.startswith(("employment=", "sector=")) for part in
           (group_key(phrase) or "").split("; ")):
        return None  # "Farmers' expectations" in a survey of farmers: its whole sample
    return Proposal(classify(_cue(v.text, m))[0])


POSSESSIVE_GROUP_RULE: Final = GroupRule(
    "possessive_group", _possessive_group,
    examples=(
        ("Democrats' approval of the court, at 28%, is a record low.", "28%", "Democrats"),
        ("Independents' approval (44%) is close to the national figure.", "44%",
         "Independents"),
        ("Women's support for the levy stands at 48 per cent, Ipsos found.", "48 per cent",
         "Women"),
        ("Graduates' trust in the BBC fell to 51 per cent.", "51 per cent", "Graduates"),
        ("In the Angus Reid poll, Conservative voters' approval is 17%.", "17%",
         "Conservative voters"),
        ("Republicans' confidence has softened since March 2025, when their index score "
         "was +44.", "+44", "Republicans"),
        ("Expectations by party:\n- Republicans' expected inflation rose to 2.1 percent.",
         "2.1 percent", "Republicans"),
    ),
    near_misses=(
        ("Americans' trust in the media fell to 28%.", "28%"),
        ("The Greens' share stands at 12%.", "12%"),
        ("Women's support is higher than men's, at 48%.", "48%"),
        ("Analysts' forecasts put growth at 2.1%.", "2.1%"),
        ("Farmers' expectations for income lifted, with 31 per cent expecting a rise.",
         "31 per cent"),
    ),
)



#: A figure in apposition right after its group: "Disabled adults, at 51%, were ...",
#: "... as likely as the French, at 24%, to ..." (the comma and "at" before the figure).
_AT_APPOSITION = regex.compile(
    r"(?r),[ \t]*at[ \t]+(?:(?:just|only|about|around|roughly|some|nearly|almost)[ \t]+)?\Z",
    regex.IGNORECASE,
)
#: Where such a side opens inside its sentence: after "than"/"as" of a comparison, or a
#: clause break ("; ", ": "; not after ", while": "..., while traditional leaders, at 64%,
#: were the most trusted" may name what is rated, not whom).
_SIDE_OPENS = regex.compile(
    r"""(?r)(?:(?<!\w)(?:than|as)[ \t]+(?:(?:are|were|do|did)[ \t]+)?
           |[;:(—–][ \t]*(?:(?:and|but|while|whereas)[ \t]+)?)""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: ... or the sentence's start, after quotes, a bullet or "And"/"But".
_SENTENCE_LEAD = regex.compile(r"""[\s"“•·*\-–]*(?:(?:And|But|So|Yet)[ \t]+)?""")
#: The side itself: its people (or their ages) after at most three modifiers, no clause word
#: or preposition of a measure inside ("Turnout among women, at 61%": the among rules read
#: that; "Quebecers lean to the Bloc, at 36%", "The NDP does best with voters aged 18 to 29,
#: at 19%": clauses).
_APPOSED_SIDE = regex.compile(
    rf"""(?:(?i:the)[ \t]+)?(?!(?i:the|a|an|it|this|that|they|he|she|we)\b)
        (?:(?:\p{{Lu}}[\w'’\-]*|[\w]+-[\w\-]+|(?i:{HEADS})|(?i:{_GROUP_MODIFIER})
             |{_LOWER_MODIFIER})[ \t]+){{0,3}}?                # "Older", "non-disabled"
        (?:{_PEOPLE_PLURAL}){_AGE}?""",
    regex.VERBOSE,
)
#: ... or a people of a country: "the French", "Swiss voters".
_APPOSED_NATION = regex.compile(r"(?:(?i:the)[ \t]+)?\p{Lu}[\w'’\-]+(?:[ \t]+\p{Lu}[\w'’\-]+)?")
_APPOSED_REACH: Final = 80  # the side's words before the comma
#: The first side's own figure in apposition: "Swedes, at 58%, are ...".
_AT_APPOSED = regex.compile(
    r"""(?r),[ \t]*at[ \t]+(?:(?:just|only|about|around|roughly|some|nearly|almost)[ \t]+)?
        [0-9][0-9.,]*[ \t]*(?:%|(?i:per[ \t]?cent|percent))[ \t]*,""",
    regex.VERBOSE,
)


def _apposed_start(v: GroupView, comma: int) -> int | None:
    """Where the side before ``comma`` opens: after "than"/"as" or a clause break near it, or
    at the sentence's start."""
    lo = max(v.start, comma - _APPOSED_REACH)
    opens = _SIDE_OPENS.search(v.text, lo, comma)
    if opens is not None and opens.group().lower().startswith(("than", "as")):
        # the second side of a comparison has its own figure only when the first side's
        # stands in apposition before it ("Swedes, at 58%, ... as the French, at 24%");
        # alone, ", at" after "than men" is the subject's ("Women were keener than men, at
        # 64%", "boys were likelier than girls, at 46% versus 31%")
        first = _AT_APPOSED.search(v.text, max(v.start, opens.start() - _APPOSED_REACH * 2),
                                   opens.start())
        return int(opens.end()) if first is not None else None
    if opens is not None:
        return int(opens.end())
    lead = _SENTENCE_LEAD.match(v.text, v.start, comma)
    return lead.end() if lead is not None and comma - lead.end() <= _APPOSED_REACH else None


def _at_apposition(v: GroupView) -> Proposal | None:
    """``Disabled adults, at 51%, were twice as likely as non-disabled adults, at 22%, to
    ...``: the phrase of people right before ", at" and its figure, opening the sentence or a
    clause or following "than"/"as" of a comparison."""
    at = _AT_APPOSITION.search(v.text, max(v.start, v.st.start - 20), v.st.start)
    if at is None:
        return None
    start = _apposed_start(v, at.start())
    if start is None:
        return None
    side = _APPOSED_SIDE.fullmatch(v.text, start, at.start())
    if side is None:
        side = _APPOSED_NATION.fullmatch(v.text, start, at.start())
        if side is None or not ends_in_demonym(side.group()):
            return None
    cue = span_cue(v.text, side.start(), side.end())
    return Proposal(*classify(cue))


AT_APPOSITION_RULE: Final = GroupRule(
    "at_apposition", _at_apposition, needs=("at",),
    examples=(
        ("Renters, at 46%, were almost twice as likely as homeowners, at 25%, to struggle.",
         "46%", "Renters"),
        ("Renters, at 46%, were almost twice as likely as homeowners, at 25%, to struggle.",
         "25%", "homeowners"),
        ("Costs bite; adults under 35, at 41 per cent, feel it most.", "41 per cent",
         "adults under 35"),
        ("Older Australians, at 62 per cent, back the plan more than younger ones.",
         "62 per cent", "Older Australians"),
        ("Rural households, at 38 percent, were more exposed than urban households, at 21 "
         "percent.", "21 percent", "urban households"),
    ),
    near_misses=(
        ("Inflation, at 4%, remains high.", "4%"),
        ("Pensioners were less worried than students, at 48 per cent.", "48 per cent"),
        ("Turnout among women, at 61%, rose.", "61%"),
        ("The index was higher than expected, at 52.4%.", "52.4%"),
        ("It stands at 40%, and that, at 30%, is lower.", "30%"),
    ),
)
