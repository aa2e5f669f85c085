"""Group rules for label lists and crosstab lines: "Democrats 84%, Republicans 11%",
bracketed series.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from typing import Final

import regex

from ._data import words
from .group_view import (
    _HEAD_WORD,
    _LEX,
    _LOWER_PEOPLE,
    _REACH,
    GroupRule,
    GroupView,
    Proposal,
    SentenceIndex,
    _cue,
    _from_head,
    _trim_comparative,
)
from .grouping import REGION_NAMES, group_key
from .groupwords import COUNTRY_NAMES, HEADS, classify, ends_in_demonym, is_fragment
from .model import Cue

_BEFORE_PAREN = regex.compile(
    r"""(?r)
    (?:^|[,;:()\[\]—–.!?\n]                                      # start of the phrase
      | (?<!\w)(?:and(?!\s+(?:older|over|up|above|younger|under)\b)|or|among|including|while
                  |followed\s+by|compared\s+with|versus)
        (?!\w))
    \s*
    (?P<group>(?:[^,;:()\[\]—–.!?%\n]|(?<=[0-9])[,.](?=[0-9])){1,120}?)  # Men, low-income ...
    \s*\(\s*\Z                                                             # right before "(27%"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: A figure later in a bracket that follows a group: "with men (49 percent to 46 percent)",
#: "Graduates (47% v 45%)": the words from the bracket to the figure are figures and joins.
_IN_BRACKET = regex.compile(
    r"""(?r)\(\s*(?:[0-9][0-9.,]*\s*(?:%|per\s?cent|percent|points?)?\s*
                 (?:to|vs\.?|v\.?|versus|against|and|,|/|–|-)\s*){1,3}\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: One item of a label list or crosstab line: "Democrats 84%", "Under-35s: 62%", "Scotland 44"
#: (after the start of the sentence, a list separator or a join word; the label is up to four
#: words and the figure follows it).
_LIST_ITEM = regex.compile(
    r"""(?:^|(?<=[,;:\n•·(])
      | (?<!\w)(?:and(?![ \t]+(?:older|over|up|above|younger|under|plus)[ \t]+[^\W\d])
                                    # not the "and" of an age band: "aged 50 and over give"
                  |while|but|versus|vs\.?|against)(?!\w))[ \t]*
    (?P<label>(?:[^\W\d_]|(?i:under|over)[\s\-]?[0-9]|[0-9]{2}(?=[\-–+s]))[\w'’\-+]*
              (?:[ \t]+[\w'’\-+]+){0,3}?)
    [ \t]*(?:[:,][ \t]*)?(?=[0-9])""",                # "Democrats, 84%; Republicans, 11%"
    regex.VERBOSE,
)
_PEOPLE_WORD = regex.compile(_LOWER_PEOPLE, regex.VERBOSE)
_SEPARATOR = regex.compile(r"[,;:\n•·]")
_ANSWERS: Final = frozenset(w.lower() for w in words(_LEX, "answer_labels"))
#: Short names of states that are places only as labels: "WA", "Qld" (lexicon [label_places]).
_LABEL_PLACES: Final = frozenset(w.lower() for w in words(_LEX, "label_places"))
#: The dimensions a label names a group by ("party" and "vote" alone may be a party's share).
_LABEL_DIMENSIONS: Final = ("age", "generation", "gender", "party", "vote", "designation",
                            "ideology", "education", "race", "religion", "income", "grade",
                            "employment", "housing", "family", "region", "country")
#: Dimensions whose table words are a label by themselves, whatever their last word:
#: "Neither/other" (a designation), "Gen Z" (a generation).
_WHOLE_LABEL_DIMS: Final = ("designation=", "generation=", "education=")
#: An age band with its numbers: "Ages 50 and over", "65 or older" ("and", "over" are words of
#: the band, not of a clause).
_AGE_BAND_KEY = regex.compile(r"age=(?:[0-9<][0-9+\-<]*)\Z")
#: ... and the label ends with it ("Ages 50 and over", not "Adults under 30 stand out").
_AGE_BAND_END = regex.compile(r"(?:[0-9]|(?<!\w)(?:over|older|under|younger|plus|above)|\+)"
                              r"(?:[\s\-]*(?:years?[\s\-]*olds?|years?))?\s*\Z", regex.IGNORECASE)
#: A phrase names a group when it starts with a group word and a restrictive word, ends with a
#: group word, or gives an age: "those who rely on TV", "low-income respondents", "Men".
_GROUP_SHAPE = regex.compile(
    rf"""
    \A(?:those|people|respondents|adults|voters|men|women)
      (?:\s+(?:who|with|without|aged|under|over|in|from|living|born|able|that|whose)\b|\Z)
  | \Athose\s+\w+(?:ing|ed)\b                                 # those renting their homes
  | (?<![\w\-])(?:non-)?(?:{HEADS})(?:(?<=(?i:voters))\s+(?:from|in)\s+(?:19|20)[0-9]{{2}})?\s*\Z
  | (?<!\w)(?:aged|ages|under|over)\s+[0-9]
  | (?<!\w)(?:under|over)-[0-9]{{2}}s\s*\Z                        # over-65s
  | (?<!\w)[0-9]{{2}}\s*(?:-|–|to)\s*[0-9]{{2}}[\s\-]*year[\s\-]*olds\s*\Z  # 35-49 year olds
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


#: A verb that opens a clause inside the phrase: "Those with a degree were more supportive".
_VERB_IN = regex.compile(r"\s+(?:were|was|are|is|have|had|remain|remained)\s", regex.IGNORECASE)


_COMPARING = regex.compile(r"(?<!\w)(?:than|as|versus|vs|compared|against)(?!\w)",
                           regex.IGNORECASE)


def _before_verb(cue: Cue) -> Cue:
    """The group of a phrase that runs on into its clause ("Respondents in the Cape were most
    optimistic (48%)" -> "Respondents in the Cape")."""
    m = _VERB_IN.search(cue.text)
    if m is None or m.start() == 0 or _COMPARING.search(cue.text, m.end()) is not None:
        return cue  # "Renters were twice as likely as homeowners (26% v 13%)": two groups
    text = cue.text[: m.start()]
    return Cue(" ".join(cue.value.split()[: len(text.split())]), cue.start,
               cue.start + len(text), text)


def _bracket_group(v: GroupView, at: int) -> Proposal | None:
    """The group (or the measure) written right before the bracket that opens just before
    ``at``."""
    text, start = v.text, v.start
    # the window starts at the character that ends the previous sentence (a full stop or a
    # newline, before any indentation), so the phrase starts the same way wherever the
    # sentence is in the text
    lead = start
    while lead > 0 and start - lead < 8 and text[lead - 1] in " \t\u00a0":
        lead -= 1
    # exactly that character (two for CRLF): one more would reach into the previous sentence
    # and, at the very start of the text, let "^" match there ("Z\n(45%)" read "Z" as the
    # measure only when nothing came before it)
    lead -= 2 if lead >= 2 and text.startswith("\r\n", lead - 2) else 1
    bp = _BEFORE_PAREN.search(text, max(0, lead, at - _REACH), at)
    if bp is None:
        return None
    cue = _from_head(_trim_comparative(_cue(text, bp)))
    cut = _before_verb(cue)
    if cut is not cue and _GROUP_SHAPE.search(cut.value) is not None:
        return Proposal(*classify(cut))
    if ((_GROUP_SHAPE.search(cue.value) is not None and len(cue.value.split()) <= 14)
            or _demographic(cue.value)):
        return Proposal(*classify(cue))
    if cue.value and len(cue.value.split()) <= 8:
        return Proposal(measure=cue)
    return None


#: Dimensions that name people by who they are, whatever the words' shape: "Jatavs (71%)",
#: "Catholics (44%)" (not a party or a place: "Labour (38%)", "Ontario (70%)").
_DEMOGRAPHIC: Final = ("age", "gender", "ideology", "education", "race", "religion", "income",
                       "employment", "housing", "family")


def _demographic(phrase: str) -> bool:
    """Whether a short phrase is people the key tables know by a demographic dimension."""
    ws = phrase.split()
    if len(ws) > 4 or not ws or any(is_fragment(w) for w in ws):
        return False  # a clause: "men to agree"
    if len(ws) > 1 and not _demographic(ws[-1]):
        return False  # "poor governance": the head is no people
    key = group_key(phrase)
    return key is not None and all(part.partition("=")[0] in _DEMOGRAPHIC
                                   for part in key.split("; "))


def _bracket_series(v: GroupView) -> Proposal | None:
    """``slipped 3 points with men (49 percent to 46 percent)``: the later figures of a
    bracket after a group are the group's too."""
    at = v.text.rfind("(", max(v.lo, v.st.start - 40), v.st.start)
    if at < 0 or _IN_BRACKET.search(v.text, at, v.st.start) is None:
        return None
    p = _bracket_group(v, at + 1)
    return None if p is None or p.subgroup is None else Proposal(p.subgroup)


BRACKET_SERIES_RULE: Final = GroupRule(
    "bracket_series", _bracket_series, needs=("(",),
    examples=(
        ("The premier slipped 3 points with men (49 percent to 46 percent).", "46 percent",
         "men"),
        ("Support held up among pensioners (52% v 51%) in the Ipsos poll.", "51%",
         "pensioners"),
        ("Support fell two points among over-65s (31% to 29%).", "29%", "over-65s"),
    ),
    near_misses=(
        ("The premier slipped 3 points (49 percent to 46 percent).", "46 percent"),
        ("Men (51%) and women (44%) differ.", "44%"),
    ),
)


@functools.lru_cache(maxsize=4096)
def _label_dims(label: str) -> tuple[str, ...] | None:
    """The dimensions a list label names a group by, or None when it names none: an answer
    ("Yes", "Don't know"), words of a clause (a verb, pronoun, conjunction or preposition
    anywhere: "while men back"), the whole sample, a word of no group, or a capitalized
    name that is no known region or country ("Harris")."""
    low = label.lower()
    if " ".join(low.split()) in REGION_NAMES or low in _LABEL_PLACES:
        return ("region",)  # "Newfoundland and Labrador", "British Columbia", "WA"
    whole = group_key(label) or ""
    if _PLACES_KEY.fullmatch(whole) and label[:1].isupper() and _places_label(label):
        return (whole.partition("=")[0],)  # "Sierra Leone", "North and Centre-West"
    if (";" not in whole and low not in _ANSWERS
            and (whole.startswith(_WHOLE_LABEL_DIMS)
                 or (_AGE_BAND_KEY.match(whole) and _AGE_BAND_END.search(label)))):
        return (whole.partition("=")[0],)  # "Neither/other", "Gen Z", "Ages 50 and over"
    if (low in _ANSWERS or any(is_fragment(w) for w in label.split())
            or classify(Cue(label, 0, len(label), label))[0] is None):
        return None
    key = group_key(label)
    if key is None:
        return None
    last = label.split()[-1]
    head_named = (last == label or _HEAD_WORD.fullmatch(last) is not None
                  or _PEOPLE_WORD.fullmatch(last) is not None or _label_dims(last) is not None
                  or ends_in_demonym(label))  # "Black South Africans", "Pacific New Zealanders"
    if not head_named:
        return None  # a label ends with its group: "men back Ruiz" is a clause
    dims = []
    for part in key.split("; "):
        dim, _, value = part.partition("=")
        if dim not in _LABEL_DIMENSIONS:
            return None
        if dim == "region" and not all(part in REGION_NAMES for part in value.lower().split("/")):
            return None  # "South-southeast" is region=South/Southeast: each part a region
        dims.append(dim)
    return tuple(dims)


#: A key of one place or country (or of several places of one dimension: "North and Centre-West").
_PLACES_KEY = regex.compile(r"(?:region|country)=[^;=]+")
_PLACE_JOIN = regex.compile(r"[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*")


def _places_label(label: str) -> bool:
    """Whether a label is a place or country the key tables know by its whole name ("Sierra
    Leone", "B.C."), or such places joined ("North and Centre-West", "Daegu/North
    Gyeongsang")."""
    return all(_known_place(p) for p in _PLACE_JOIN.split(label))


def _known_place(name: str) -> bool:
    """Whether the key tables know a name as a country or a region (not a capitalized phrase
    read as a place for want of another dimension: "Preferred PM")."""
    key = group_key(name) or ""
    dim, _, value = key.partition("=")
    written = " ".join(name.lower().removeprefix("the ").split())
    return name[:1].isupper() and value.lower() == written and (
        dim == "country" or (dim == "region" and written in REGION_NAMES))


#: A list item: (where it ends, its label, where the label starts and ends).
_Item = tuple[int, str, int, int]


def _item(m: regex.Match[str], shift: int = 0) -> _Item:
    return m.end() + shift, m["label"], m.start("label") + shift, m.end("label") + shift


def _list_items(sentence: SentenceIndex, lo: int, hi: int) -> list[_Item]:
    """The list items of ``text[lo:hi]`` read as a text of its own (one per start position),
    from the items of the whole sentence, found once: an item that starts after ``lo`` and
    ends before ``hi`` (its figure inside) reads the same in the window; one that reaches
    ``hi`` is read again there; the one at ``lo`` is read in the window (where it is the
    text's start). Positions are the text's."""
    text = sentence.text
    if sentence.scans(lo, hi):
        return [_item(m, lo) for m in _LIST_ITEM.finditer(text[lo:hi], overlapped=True)]
    whole = sentence.matches(_LIST_ITEM)
    first = _LIST_ITEM.match(text[lo:hi])
    out = [] if first is None else [_item(first, lo)]
    for m in whole[bisect.bisect_right(whole, lo, key=lambda m: m.start()):]:
        if m.start() >= hi:
            break
        again = m if m.end() < hi else _LIST_ITEM.match(text, m.start(), hi)
        if again is not None:
            out.append(_item(again))
    return out


#: The dimensions of the labels of a list of parties' shares of the vote.
_VOTE_LIST_DIMS: Final = frozenset({"party", "vote", "country", "region"})


def _party_names(labels: Iterable[str]) -> bool:
    """Whether list labels of parties are the parties' shares of the vote: no label is the
    plural "independents" (US crosstabs: "Democrats 84%, Republicans 11%, independents 38%"),
    or some label is a party's name that is no plural of people ("Fine Gael, 16 per cent;
    Independents, 15 per cent": a vote list where independents are candidates)."""
    labels = list(labels)
    if not any("independent" in label.lower() for label in labels):
        return True
    return any(not label.rstrip().endswith("s") and "independent" not in label.lower()
               for label in labels)


def _label_list(v: GroupView) -> Proposal | None:
    """``Democrats 84%, Republicans 11%, independents 38%``, ``Under-35s: 62%; over-65s:
    31%``, ``Scotland 44%, Wales 39%``: a list of labelled figures (two or more items). A list
    of parties alone is their shares of the vote (``Labour 38%, Conservatives 24%``), read as
    no group; one group of another kind in it ("independents", an age) makes them groups."""
    # the items near the figure: from a list separator at most _REACH before it (the
    # sentence's start when nearer) to _REACH after it, so a long list costs linear time
    lo = v.start
    if v.st.start - lo > _REACH:
        cut = _SEPARATOR.search(v.text, v.st.start - _REACH, v.st.start)
        if cut is None:
            return None
        lo = cut.end()
    hi = min(v.end, v.st.end + _REACH)
    labelled = [(item, dims) for item in _list_items(v.sentence, lo, hi)
                if (dims := _label_dims(item[1])) is not None]
    mine = next((item for item, dims in labelled if item[0] == v.st.start), None)
    if mine is None or len(labelled) < 2:
        return None
    # parties alone, or beside places (an alliance named like a country: "NDA 43.8 per
    # cent, INDIA 42.1 per cent"): the parties' shares of the vote
    if (all(set(dims) <= _VOTE_LIST_DIMS for _, dims in labelled)
            and any({"party", "vote"} & set(dims) for _, dims in labelled)
            and _party_names(item[1] for item, _ in labelled)):
        return None
    s, e = mine[2], mine[3]
    words_ = " ".join(v.text[s:e].split())
    return Proposal(Cue(words_, s, e, v.text[s:e]))


LABEL_LIST_RULE: Final = GroupRule(
    "label_list", _label_list,
    examples=(
        ("Approval by party: Democrats 84%, Republicans 11%, independents 38%.", "11%",
         "Republicans"),
        ("Under-35s: 62%; over-65s: 31%.", "31%", "over-65s"),
        ("By nation, the Savanta poll has Scotland 44%, Wales 39% and England 35%.",
         "39%", "Wales"),
        ("Agreement by age: 18-24s 58%, 65+ 22%.", "58%", "18-24s"),
        ("Trust in the police: men 61%, women 57%.", "57%", "women"),
        ("By party: Democrats, 84%; Republicans, 11%; independents, 38%.", "11%",
         "Republicans"),
        ("By state: Qld 31%, Vic 29%, SA 22%.", "29%", "Vic"),
        ("Regionally, British Columbia 44%, Prince Edward Island 39%.", "39%",
         "Prince Edward Island"),
    ),
    near_misses=(
        ("Voting intention: Labour 38%, Conservatives 24%, Reform 17%.", "24%"),
        ("Women favour Ng 51%, while men back Ruiz 53%.", "53%"),
        ("The referendum: Yes 52%, No 41%, Don't know 7%.", "41%"),
        ("Harris 47%, Trump 45% in the Marist poll.", "45%"),
        ("Support rose from 41% to 45%, the poll found.", "45%"),
        # independents beside parties named in the singular: candidates in a vote list
        ("Party support: Fine Gael, 21 per cent; Sinn Féin, 26 per cent; Independents, "
         "14 per cent.", "14 per cent"),
        ("Primary vote: Labor 33%, Greens 12%, independents 9%.", "12%"),
        ("Party vote: National 31%, Te Pāti Māori 4%, Independent Ireland 3%.", "4%"),
        ("The tightest state: NDA 44.1 per cent, INDIA 41.9 per cent.", "44.1 per cent"),
        # the "and" of an age band is no join of a list: the clause's verb is no label
        ("Women aged 50 and over give Labour 44 per cent.", "44 per cent"),
        ("Voters 65 and older back the Coalition 47% to 36%.", "36%"),
        ("Those aged 60 and above gave the BJP 52 per cent.", "52 per cent"),
    ),
)


#: A line or sentence that opens with a label and a colon or a dash, its figures after it:
#: "Muslims: 14 per cent for the NDA", "- Women aged 18-34: 41%", "• Aged 55+ - 5.8".
_LINE_LABEL = regex.compile(
    r"""[ \t"“]*(?P<bullet>[•·*\-–—▪►][ \t]*)?
    (?P<label>(?:[^\W\d_]|[0-9]{2}(?=[\-–+s]|[ \t]+(?:and|or)[ \t]+(?:older|over|above|up)\b)
                 |(?i:under|over)[\s\-]?[0-9])
              (?:[\w'’\-–+/]|\.(?=\w|[ \t]*:))*                   # "B.C.", "N.S."
              (?:[ \t]+[\w'’\-–+/]+){0,4}?)
    [ \t]*(?:(?P<colon>:)|[ \t][-–—])[ \t]*""",
    regex.VERBOSE,
)
#: Another label of the same line between the opening one and the figure: "; women: 37%".
_NEXT_LABEL = regex.compile(r"[;,][ \t]*[\w'’\-+]+(?:[ \t]+[\w'’\-+]+){0,3}[ \t]*:")
#: Words that make a party's label its people: "Labour voters: 71%" (not "Conservatives: 17%").
_VOTERS = regex.compile(
    r"(?<!\w)(?:voters|supporters|backers|members|identifiers|partisans|leaners|people|adults)"
    r"(?!\w)",
    regex.IGNORECASE,
)
#: A place label of a crosstab bullet: "Wellington region", "Rest of the North Island".
_PLACE_LABEL = regex.compile(
    r"""(?:\p{Lu}[\w'’\-]*[ \t]+){1,3}(?i:region|area|province|state|county|district)
      | Rest[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\w'’\-]*(?:[ \t]+\p{Lu}[\w'’\-]*){0,2}""",
    regex.VERBOSE,
)


def _line_label(v: GroupView) -> Proposal | None:
    """``Muslims: 14 per cent for the NDA and 65 per cent for the bloc``, ``- Women aged
    18-34: 41%``, ``• Aged 55+ - 5.8``: a line (or sentence) that opens with a group label and
    a colon or a dash; its figures are the group's. A party alone is its vote share
    (``Greens: 9.4 per cent``) unless the list's heading breaks a figure down by party (``by
    party preference: • SPD: 59%``: SPD supporters) or by ideology; after a dash the figure
    follows at once."""
    m = _LINE_LABEL.match(v.text, v.start, v.head_end)
    if m is None or v.st.start - m.end() > _REACH or "\n" in v.text[m.end():v.st.start]:
        return None  # the line's figures, near its label
    if m["colon"] is None and m.end() != v.st.start:
        return None
    if _NEXT_LABEL.search(v.text, m.end(), v.st.start) is not None:
        return None
    label = " ".join(m["label"].split())
    dims = _label_dims(label)
    if (dims is not None and set(dims) <= {"region", "country"} and m["bullet"] is None
            and label.isupper() and len(label) > 4):
        return None  # "ISLAMABAD: Prime Minister ...'s approval has risen to 51pc": a dateline
    if dims is None:
        if m["bullet"] is None or _PLACE_LABEL.fullmatch(label) is None:
            return None
    elif set(dims) <= {"party", "vote"} and _VOTERS.search(label) is None:
        heading = _breakdown_heading(v.text, v.start)
        if heading is None:
            return None  # "Greens: 9.4 per cent": the party's vote share
        s, e = m.span("label")
        if heading["ideology"] is not None:  # "By ideology: • Conservatives: 39%"
            return Proposal(Cue(label, s, e, v.text[s:e]))
        # "By party: • SPD: 59%": the party's supporters
        return Proposal(Cue(f"{label} supporters", s, e, v.text[s:e]))
    s, e = m.span("label")
    lead = _LABEL_PREP.match(v.text, s, e)
    if lead is not None:  # "Among 18–24 year-olds: Plaid 38": the group after "among"
        s, label = lead.end(), " ".join(v.text[lead.end():e].split())
    return Proposal(Cue(label, s, e, v.text[s:e]))


#: The line that opens a list broken down by party: "Support for the draft, by party
#: preference:", "By voting intention:", "Among supporters of each party:" (its party labels
#: are the parties' supporters, not a vote-intention list: "Voting intention: • Labour: 38%").
_PARTY_HEADING = regex.compile(
    r"""(?:(?<!\w)by[ \t]+(?:(?:their|current|past|political|federal|main)[ \t]+)?
           (?:party|parties|partisanship|party[ \t]+(?:preference|affiliation|identification|support
                                                     |id|choice)
             |vote|voting[ \t]+intention|(?:past|previous|2019|2024)[ \t]+vote)
         |(?<!\w)among[ \t]+(?:the[ \t]+)?(?:supporters|voters|backers)[ \t]+of[ \t]+
           (?:each|every|the|all)[ \t]+(?:[\w\-]+[ \t]+)?(?:party|parties)
         |(?<!\w)(?:party|partisan)[ \t]+(?:breakdown|split)
         |(?P<ideology>(?<!\w)by[ \t]+(?:political[ \t]+)?(?:ideology|orientation|leaning|outlook)))
      [^\n:]{0,40}:[ \t]*\n""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A line of a list: a bullet or a short label with its colon ("• SPD: 59%", "SPD: 59%").
_LIST_LINE = regex.compile(r"[ \t]*(?:[•·*\-–—▪►]|[^\n:]{1,40}:[ \t]*[0-9])")
_HEADING_REACH: Final = 600  # how far before a list's line its heading may stand


def _breakdown_heading(text: str, line: int) -> regex.Match[str] | None:
    """The heading that breaks a figure down by party or by ideology of the list whose line
    starts at ``line`` (the lines before it, up to the heading, are the list's own)."""
    lo = max(0, line - _HEADING_REACH)
    at = text.rfind("\n", lo, line)
    while at >= lo and at > 0:
        start = text.rfind("\n", lo, at) + 1
        if start == 0 and lo > 0:
            return None  # the heading is further back than the reach
        if _LIST_LINE.match(text, start, at) is None and text[start:at].strip():
            return _PARTY_HEADING.search(text, start, at + 1)
        at = start - 1
    return None


#: A preposition that opens a line's label: "Among 18–24 year-olds:", "For renters:".
_LABEL_PREP = regex.compile(r"(?i:among|for|with)[ \t]+(?=\S)")


LINE_LABEL_RULE: Final = GroupRule(
    "line_label", _line_label,
    examples=(
        ("Catholics: 41 per cent for the bill and 52 per cent against.", "52 per cent",
         "Catholics"),
        ("- Women aged 18-34: 41%", "41%", "Women aged 18-34"),
        ("• Aged 55+ - 5.8 per cent", "5.8 per cent", "Aged 55+"),
        ("18-34: 52% back the levy.", "52%", "18-34"),
        ("• Canterbury region - 11 per cent", "11 per cent", "Canterbury region"),
        # labels of designations, cohorts, schooling and age bands whose words would end a
        # clause elsewhere ("or less", "and over", "other")
        ("• Neither/other: 30% for unity, 47% to stay", "47%", "Neither/other"),
        ("• Unionists: 2% for unity", "2%", "Unionists"),
        ("- Gen Z: 44% trust the BBC", "44%", "Gen Z"),
        ("• Primary schooling or less: 79%", "79%", "Primary schooling or less"),
        ("• Secondary or high school: 71%", "71%", "Secondary or high school"),
        ("• Ages 18–29: 64%", "64%", "Ages 18–29"),
        ("- Aged 65 or older: 41 per cent", "41 per cent", "Aged 65 or older"),
        ("• South-southeast: 80%", "80%", "South-southeast"),
        ("• C2DE voters: 35% Reform, 23% Labour", "23%", "C2DE voters"),
        ("Among 25-34 year olds: Labor 41%, Coalition 30%, Greens 17%", "30%",
         "25-34 year olds"),
        ("Labour voters: 71% approve.", "71%", "Labour voters"),
        # a place of several words, or a state's short name, as a line's label
        ("• Newfoundland and Labrador: 10.1 per cent", "10.1 per cent",
         "Newfoundland and Labrador"),
        ("- West Bengal: 38 per cent back the TMC", "38 per cent", "West Bengal"),
        ("• WA: 41 per cent", "41 per cent", "WA"),
        ("• Tas – 27 per cent", "27 per cent", "Tas"),
        # a people of a country narrowed by race or origin: its head is a demonym
        ("- Black South Africans: 48%", "48%", "Black South Africans"),
        ("• Pacific New Zealanders: 36 per cent", "36 per cent", "Pacific New Zealanders"),
        ("- Asian Canadians: 29% trust the police", "29%", "Asian Canadians"),
    ),
    near_misses=(
        # a dateline: a place in capitals before the story's first sentence
        ("NAIROBI: President Ruto's approval has risen to 41 per cent, the TIFA survey "
         "found.", "41 per cent"),
        ("SEOUL: The president's approval fell to 47 percent in the Gallup Korea poll.",
         "47 percent"),
        ("Adults under 30 stand out: 39% of them say so.", "39%"),
        ("- Those who say: 41%", "41%"),
        ("- While men and women: 41%", "41%"),
        ("• Other or none: 12%", "12%"),
        ("Greens: 9.4 per cent overall", "9.4 per cent"),
        ("- Liberal Democrats: 13% (+1)", "13%"),
        ("- Conservatives: 17% (-2)", "17%"),
        ("Economy: 31% name it first.", "31%"),
        ("• Housing - 14%", "14%"),
        ("Women: a key group, the poll says.\n41% agree.", "41%"),
        ("Women – a key group – gave him 41%.", "41%"),
        ("Men: 44%; women: 37%.", "37%"),
        ("The SA government spent 5% more.", "5%"),
        ("- South Africans: 52%", "52%"),  # a country's people, the whole sample
        ("• New Zealanders: 61 per cent", "61 per cent"),
    ),
)


#: A bullet of a ranking of leaders, each with the place they lead in brackets: "- Wab Kinew
#: (Manitoba): 66 per cent", "• Josh Shapiro (Pennsylvania) - 61%".
_BRACKET_PLACE_LABEL = regex.compile(
    r"""[ \t"“]*[•·*\-–—▪►][ \t]*
    \p{Lu}[\w'’.\-]*(?:[ \t]+\p{Lu}[\w'’.\-]*){0,3}                 # the name
    [ \t]*\([ \t]*(?P<place>\p{Lu}[\w'’.\-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\w'’.\-]*){0,3})
    [ \t]*\)[ \t]*(?::|[ \t]?[-–—])[ \t]*""",
    regex.VERBOSE,
)


def _bracket_place_label(v: GroupView) -> Proposal | None:
    """``- Wab Kinew (Manitoba): 66 per cent``: a leader's rating in a ranking of leaders of
    several places is measured among the people of the place in brackets (a province, state
    or country the key tables know; a party in brackets is no group)."""
    m = _BRACKET_PLACE_LABEL.match(v.text, v.start, v.head_end)
    if m is None or m.end() != v.st.start:
        return None
    place = " ".join(m["place"].split())
    if place.lower() not in REGION_NAMES and place.lower() not in COUNTRY_NAMES:
        return None  # a place of the tables, not any capitalized word ("(IEC)", "(Acme)")
    s, e = m.span("place")
    return Proposal(Cue(place, s, e, v.text[s:e]))


BRACKET_PLACE_LABEL_RULE: Final = GroupRule(
    "bracket_place_label", _bracket_place_label,
    examples=(
        ("- Wab Kinew (Manitoba): 66 per cent", "66 per cent", "Manitoba"),
        ("• Josh Shapiro (Pennsylvania) - 61%", "61%", "Pennsylvania"),
        ("- Revanth Reddy (Telangana): 52 per cent", "52 per cent", "Telangana"),
        ("- Tony Wakeham (Newfoundland and Labrador): 49 per cent", "49 per cent",
         "Newfoundland and Labrador"),
        ("• Petteri Orpo (Finland): 38%", "38%", "Finland"),
    ),
    near_misses=(
        ("- Keir Starmer (Labour): 31%", "31%"),
        ("- Electoral Commission (IEC): 45%", "45%"),
        ("- Intermediate (Realschule): 59%", "59%"),
        ("Kinew (Manitoba) has 66 per cent approval.", "66 per cent"),
    ),
)


#: The start of a crosstab segment: a bullet and a category label ("- Party:", "• Age:")
#: before the first group of a line.
_SEGMENT_LEAD = regex.compile(
    r"""[ \t"“]*(?:[•·*\-–—▪►][ \t]*)?
    (?:\p{Lu}[\w'’\-]*(?:[ \t]+[\w'’\-]+){0,2}[ \t]*:[ \t]*)?""",
    regex.VERBOSE,
)
#: A segment's head up to its figure: the group label, then the figures and candidates' names
#: before the figure ("18-34, Harmon 61%, Kessler" before "33%").
_SEGMENT_HEAD = regex.compile(
    r"""(?P<label>[\w'’\-+$]+(?:[ \t]+[\w'’\-+$,]+){0,6}?)
    (?:[ \t]*,[ \t]*|[ \t]+)
    (?P<run>(?:(?:\p{Lu}[\w'’\-]*[ \t]+)?[0-9][0-9.]*[ \t]*(?:%|per[ \t]?cent|percent)?
               (?:[ \t]+\p{Lu}[\w'’\-]*)?[ \t]*(?:,|to|-|–)[ \t]*){0,4}
             (?:\p{Lu}[\w'’\-]*[ \t]+)?)\Z""",
    regex.VERBOSE,
)
#: A candidate's name right after the figure: "Democrats 91% Harmon".
_NAME_AFTER = regex.compile(r"[ \t]+(?P<name>\p{Lu}[\w'’\-]*)")
#: A verb ending a segment's label: a clause ("College graduates favor Haynes 56 percent").
_LABEL_VERB = regex.compile(
    r"(?<!\w)(?:favou?r|back|lean|support|prefer|split|give|gave|are|were|say|said|choose"
    r"|chose|pick|picked|side|sided|break|broke|go|went)(?:s|ed)?\Z",
    regex.IGNORECASE,
)
_NAME_IN_RUN = regex.compile(r"(?<![\w'’\-])\p{Lu}[\w'’\-]*")


def _candidate_segment(v: GroupView) -> Proposal | None:
    """``- Party: Democrats 91% Harmon, 6% Kessler; Republicans 89% Kessler``, ``Age: 18-34,
    Harmon 61%, Kessler 33%; 35-54, ...``: a crosstab line whose segments (split by
    semicolons) each open with a group label and give candidates' or options' shares with
    their names; a category label before the first group ("Party:") is no group, and a
    candidate's name beside a figure is the measure. A party label counts as its voters here
    because the names beside its figures are candidates."""
    lo = max(v.start, v.st.start - _REACH)
    cut = max(v.text.rfind(";", lo, v.st.start), v.text.rfind("\n", lo, v.st.start))
    if cut < 0 and lo > v.start:
        return None
    seg = v.start if cut < 0 else cut + 1
    lead = _SEGMENT_LEAD.match(v.text, seg, v.st.start)
    if cut < 0 and (lead is None or not lead.group().strip()):
        return None  # a sentence's opening is a clause unless a bullet or label opens it
    at = seg if lead is None else lead.end()
    m = _SEGMENT_HEAD.fullmatch(v.text, at, v.st.start)
    if m is None:
        return None
    run, gap = m["run"], v.text[m.end("label") - 1:m.start("run")]
    if run.strip() and not any(c.isdigit() for c in run) and "," not in gap:
        return None  # "Western Cape 23%": a name run straight on from the label is the label's
    names = _NAME_IN_RUN.findall(m["run"])
    after = _NAME_AFTER.match(v.text, v.st.end, min(v.end, v.st.end + 60))
    if after is not None:
        names.append(after["name"])
    if not names or any(_label_dims(n) is not None for n in names):
        return None  # no candidate named, or a second group ("Democrats 84% Republicans")
    label = " ".join(m["label"].rstrip(",").split())
    dims = _label_dims(label)
    if (dims is None or _LABEL_VERB.search(label) is not None
            or (set(dims) <= {"party", "vote"} and not label.endswith("s"))):
        return None  # a party's name, singular: its own share ("Green 9%"), not its voters
    s = m.start("label")
    e = s + len(m["label"].rstrip(","))
    return Proposal(Cue(label, s, e, v.text[s:e]))


CANDIDATE_SEGMENT_RULE: Final = GroupRule(
    "candidate_segment", _candidate_segment,
    examples=(
        ("- Party: Democrats 91% Harmon, 6% Kessler; Republicans 89% Kessler, 7% Harmon.",
         "7%", "Republicans"),
        ("- Party: Democrats 91% Harmon, 6% Kessler; Republicans 89% Kessler, 7% Harmon.",
         "91%", "Democrats"),
        ("Age: 18-34, Harmon 61%, Kessler 33%; 35-54, Harmon 50%, Kessler 45%.", "33%",
         "18-34"),
        ("• By age: 65 and older, Kessler 52%, Harmon 46%; 18-34, Harmon 58%, Kessler 36%.",
         "46%", "65 and older"),
        # Canadian, British and Australian crosstab lines
        ("Region: Quebec, Carney 38%, Poilievre 29%; Alberta, Poilievre 61%, Carney 27%.",
         "27%", "Alberta"),
        ("- Gender: Men 44 per cent Farage, 30 per cent Starmer; Women 38 per cent Starmer, "
         "27 per cent Farage.", "27 per cent", "Women"),
        ("Preferred PM: Men 46% Dutton, 41% Albanese; Women 49% Albanese, 36% Dutton.",
         "36%", "Women"),
    ),
    near_misses=(
        ("Harmon 47%, Kessler 45%; undecided 8%.", "45%"),
        ("Labour 38%, Reform 27%; Conservatives 18%.", "27%"),
        ("Democrats 84%; Republicans 11%; independents 38%.", "11%"),
        ("Overall: Harmon 47%, Kessler 45%.", "45%"),
        ("The poll found Harmon on 47%; Kessler 45%.", "45%"),
        ("Renters back Haynes 56 percent to 41 percent; owners 50 percent.", "41 percent"),
        ("Voting intention: Labour 31% (-2); Green 9% (-1) Reform 27%.", "9%"),
    ),
)
