"""Frames that carry: "Among renters, the picture is bleak. 44% fear a rise." A group that opens a
sentence is the subgroup of later figures of the paragraph that name no group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

import attrs
import regex

from ._data import alternation, alternation_of
from .group_extremes import resolve_extreme
from .group_rules_before import _SUBJECT
from .group_view import (
    _AGE,
    _HEAD_WORD,
    _LEX,
    _LOWER_MODIFIER,
    _PEOPLE_PLURAL,
    _PREV_WORD,
    _REACH,
    _cue,
    names_people,
)
from .grouping import REGION_NAMES, group_key
from .groupwords import GENERIC_WORDS, classify, trim_fragment
from .model import Cue, Statistic
from .periods import MONTH_WORDS, SURVEY_NOUNS
from .sample_ranks import SampleIndex
from .text import Sentence
from .text import sentences as _sentences

# -- frames that carry: "Among renters, the picture is bleak. 44% fear a rise." -------------

#: A sentence that opens with a group frame: "Among renters, ...", "For graduates aged 25 to
#: 34, ...", "Within the Conservative camp, ...", "In the Labour camp, ...".
_FRAME_OPENING = regex.compile(
    rf"""[\s"“•·*\-–]*
    (?:(?:Among|Amongst|For|With|Within|Inside|Of)\s+
         (?P<group>(?:the\s+)?(?:(?:\p{{Lu}}[\w'’\-]*|{_LOWER_MODIFIER})\s+){{0,3}}?
                   {_PEOPLE_PLURAL}{_AGE}?
                   (?:\s+(?:who|whose|that|with|without|aged|earning|living|in)\s
                      [^,;:.!?()\n–—]{{1,100}}?)?)                # respondents who said ...
     | (?:Among|Of|For|With)\s+(?P<group>those\s+(?:who|whose|with|without|aged|earning|living
                                                   |under|over|in)\s[^,;:.!?()\n–—]{{1,100}}?)
     | (?:In|Within|Inside)\s+(?P<group>the\s+(?:[\w'’\-]+\s+){{1,2}}?
                   (?:camp|cohort|base|bloc|segment|group))
    )\s*(?:,|[–—]\s)""",
    regex.VERBOSE,
)
_RESETS = alternation_of(_LEX, "frame_resets")
_SURVEYS = alternation(SURVEY_NOUNS)
#: A sentence that returns to the whole sample: "Overall, ...", "Across all adults, ...", or
#: whose subject is the survey itself: "The survey also shows ...", "According to the poll,
#: ...", "The same Ipsos poll found ...".
_FRAME_RESET = regex.compile(
    rf"""[\s"“•·*\-–]*(?:(?:and|but|however|meanwhile|still)[\s,]+)?
    (?:(?i:{_RESETS})(?!\w)
     | (?i:according\s+to\s+)?(?i:the|this|that|its|their|a|an)\s+(?:[\w'’\-]+\s+){{0,3}}?
       (?i:{_SURVEYS})(?!\w)(?!\s+(?:of|among|with)\s)
       (?:,|\s+(?:also\s+|further\s+|additionally\s+)?
           (?:shows?|showed|shown|finds?|found|suggests?|suggested|indicates?|indicated
             |reveals?|revealed|puts?|estimates?|estimated|reports?|reported)(?!\w)))
    """,
    regex.VERBOSE,
)


def frame_of(text: str, start: int, end: int,
             samples: SampleIndex | None = None) -> Cue | Literal[False] | None:
    """What the sentence ``text[start:end]`` does to the paragraph's frame: a group it
    opens with (a :class:`Cue`), ``False`` when it returns to the whole sample ("Overall,",
    "Among all adults,"), ``None`` when it says neither; ``samples`` are the text's
    (:meth:`SampleIndex.of`, read here when not given)."""
    if _FRAME_RESET.match(text, start, end) is not None:
        return False
    m = _FRAME_OPENING.match(text, start, min(end, start + _REACH))
    if m is None:
        return None
    subgroup, population = classify(_cue(text, m))
    if population is not None and (samples or SampleIndex.of(text)).narrower(
            population.value, start):
        return population  # "Among likely voters, ..." in a poll of registered voters
    if population is not None:
        return False
    if subgroup is None or _FIGURE_IN.search(subgroup.value) is not None:
        return None  # "With those aged 18 to 34 the figure was 22 per cent, ...": no frame
    trimmed = trim_fragment(subgroup)
    return None if trimmed is None else resolve_extreme(text, trimmed)


_FIGURE_IN = regex.compile(r"[0-9]\s*(?:%|per\s?cent|percent)|(?<!\w)(?:figure|share)(?!\w)",
                           regex.IGNORECASE)
_CARRIED_KINDS: Final = frozenset({"share", "change", "ratio"})


def carry_frames(
    text: str, sentences: Sequence[tuple[int, int]], stats: Sequence[Statistic],
    samples: SampleIndex | None = None,
) -> tuple[Statistic, ...]:
    """``stats`` of one paragraph (sorted), whose sentences are the spans ``sentences`` in
    order, with a group frame carried: after a sentence that opens with a group ("Among
    renters, the picture is bleak."), a later figure of the paragraph with neither a
    subgroup nor a population is about that group, until a sentence opens with another
    group or returns to everyone ("Overall, ...", "Across all adults, ..."), a sentence
    names another group (a group word, "among"), or a figure names another group or the
    whole sample. Pure: nothing but ``stats`` is read. ``samples`` are the text's
    (:meth:`SampleIndex.of`, read here when not given)."""
    samples = SampleIndex.of(text) if samples is None else samples
    out = list(stats)
    frame: Cue | None = None
    j = 0
    before: list[int] = []  # the figures of the sentence before
    figureless: tuple[int, int] | None = None  # the sentence before, if without figures
    for s, e in sentences:
        here = []
        for k in range(j, len(out)):
            if out[k].start >= e:
                break  # sorted: none later is in this sentence
            if out[k].start >= s:
                here.append(k)
        _respectively(text, s, e, out, before, here)
        _restated_earlier(text, s, e, out, before, here)
        if figureless is not None and frame is None and here:
            # the subject of the sentence before, read only when a figure may take it
            subject = _figureless_subject(text, *figureless)
            if subject is not None:
                _subject_carried(text, s, e, out, here, subject)
        figureless = (s, e) if not here else None
        before = here
        opened = frame_of(text, s, e, samples)
        if opened is not None:
            frame = opened if isinstance(opened, Cue) else None
        elif frame is not None and _names_group(text, s, e, frame):
            frame = None
        named_other = False
        while j < len(out) and out[j].start < e:
            if j > 0 and out[j].start >= s and out[j - 1].start >= s:
                out[j] = _compared_within(text, out[j - 1], out[j])
            st = out[j]
            if (st.start >= s and frame is not None and isinstance(opened, Cue)
                    and _AMONG.search(text, frame.end, st.start) is not None):
                named_other = True  # "Among the young, X leads; among the over-65s Y ..."
            if st.start >= s and frame is not None:
                if st.subgroup is not None or st.population is not None:
                    named_other = named_other or (
                        st.population is not None or (opened is None and _other(st, frame)))
                elif st.kind in _CARRIED_KINDS and not named_other:
                    out[j] = attrs.evolve(st, subgroup=frame)
            j += 1
        if named_other:
            frame = None
    return tuple(out)


#: A sentence that opens with its figure, or with "Of them," before it.
_OPENS_WITH_FIGURE = regex.compile(r"[\s\"“•·*\-–]*"
                                   r"(?:(?i:of|among)\s+(?i:them|these|those)\s*,\s*)?"
                                   r"(?:(?i:some|about|nearly|almost|just|only|around)\s+)?\Z")


def _figureless_subject(text: str, start: int, end: int) -> Cue | None:
    """The group a sentence without figures opens with as its subject: "Parents of children
    under 18 stand out as anxious."."""
    m = _SUBJECT.match(text, start, min(end, start + _REACH))
    if m is None:
        return None
    subgroup, population = classify(_cue(text, m))
    if population is not None or subgroup is None or not names_people(subgroup.value):
        return None
    if _guessed_place(subgroup.value):
        return None  # "Prices remain the chief concern.": a capitalized thing, no people
    return trim_fragment(subgroup)


def _guessed_place(phrase: str) -> bool:
    """Whether the key tables read a phrase only as a place they guess from its capital
    ("Prices", "Markets"; not "Quebecers", "Texans": places of the region table)."""
    key = group_key(phrase)
    return key is not None and all(
        part.startswith("region=") and part[7:].lower() not in REGION_NAMES
        for part in key.split("; "))


def _subject_carried(text: str, start: int, end: int, out: list[Statistic], here: list[int],
                     subject: Cue) -> None:
    """"Retirees stand out as wary. 62% say ...": the figures of a sentence that opens with
    its figure (or "Of them,") right after a sentence without figures whose subject is a
    group take that group, when none of them has a group and the sentence names no other."""
    if not here or any(out[k].subgroup is not None or out[k].population is not None
                       for k in here):
        return
    if _OPENS_WITH_FIGURE.match(text, start, out[here[0]].start) is None:
        return
    if _names_group(text, start, end, subject):
        return
    for k in here:
        if out[k].kind in _CARRIED_KINDS:
            out[k] = attrs.evolve(out[k], subgroup=subject)


_RESPECTIVELY = regex.compile(r"(?<!\w)respectively(?!\w)", regex.IGNORECASE)
#: A sentence whose subject is two groups, their figures after "respectively": "Women and men
#: are almost level, at 53% and 51% respectively".
_PAIR_SUBJECT = regex.compile(
    rf"""[\s"“•·*\-–]*(?:(?:And|But)\s+)?
    (?P<a>(?:(?:\p{{Lu}}[\w'’\-]*|{_LOWER_MODIFIER})\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?)
    \s+and\s+(?:the\s+)?
    (?P<b>(?:(?:\p{{Lu}}[\w'’\-]*|{_LOWER_MODIFIER})\s+){{0,2}}?{_PEOPLE_PLURAL}{_AGE}?)
    \s+(?:are|were|remain|remained|stand|stood|sit|sat|come|came)(?!\w)""",
    regex.VERBOSE,
)


def _respectively(text: str, start: int, end: int, out: list[Statistic], before: list[int],
                  here: list[int]) -> None:
    """"In 2022, the figures were 41% and 36%, respectively.": the figures of a sentence
    with "respectively" and no group of their own take, in order, the two groups its subject
    names ("Women and men are level, at 53% and 51% respectively") or else the distinct
    groups of the figures of the sentence before (as many as there are figures)."""
    if len(here) < 2 or _RESPECTIVELY.search(text, start, end) is None:
        return
    if any(out[k].subgroup is not None or out[k].population is not None for k in here):
        return
    pair = _PAIR_SUBJECT.match(text, start, out[here[0]].start)
    if pair is not None and len(here) == 2:  # "Women and men are level, at 53% and 51% ..."
        out[here[0]] = attrs.evolve(out[here[0]], subgroup=_cue(text, pair, "a"))
        out[here[1]] = attrs.evolve(out[here[1]], subgroup=_cue(text, pair, "b"))
        return
    groups: list[Cue] = []
    for k in before:
        g = out[k].subgroup
        if g is not None and all(g.value.casefold() != h.value.casefold() for h in groups):
            groups.append(g)
    if len(groups) != len(here):
        return
    for k, g in zip(here, groups, strict=True):
        out[k] = attrs.evolve(out[k], subgroup=g)


#: A sentence that gives the same measure at another time by a word that points back: "A
#: year earlier the figure was 19%", "Twelve months before, those shares were 95% and 80%",
#: "In 2019 it stood at 41 per cent".
_POINTS_BACK = regex.compile(
    r"""(?<!\w)(?:(?:the|that|this|those|these)\s+(?:figures?|shares?|proportions?|rates?
                                                  |percentages?|numbers?|levels?)
                 |it)
        \s+(?:was|were|had\s+been|stood\s+at|came\s+to)(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_EARLIER = regex.compile(
    r"""(?<!\w)(?:earlier|ago|before|previously|(?:last|the\s+previous)\s+(?:year|month|wave
                                                                        |survey|time)
                |in\s+(?:19|20)[0-9]{2})(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _restated_earlier(text: str, start: int, end: int, out: list[Statistic],
                      before: list[int], here: list[int]) -> None:
    """"Among renters, 44% were behind. A year earlier the figure was 53%.": the figures of a
    sentence that gives an earlier value by a word pointing back ("the figure was", "those
    shares were", "it was") take the group of the sentence before, when every figure there
    has that one group and none here has a group of its own."""
    if not here or not before or any(
            out[k].subgroup is not None or out[k].population is not None for k in here):
        return
    cues = [out[k].subgroup for k in before]
    if any(c is None for c in cues) or len({c.value.casefold() for c in cues if c}) != 1:
        return
    lo = max(start, out[here[0]].start - _REACH)
    if (_POINTS_BACK.search(text, lo, out[here[0]].start) is None
            or _EARLIER.search(text, start, end) is None):
        return
    group = out[before[-1]].subgroup
    for k in here:
        if out[k].kind in _CARRIED_KINDS:
            out[k] = attrs.evolve(out[k], subgroup=group)


#: Right before a figure compared with the one before it in its sentence: "compared with",
#: "up from", "versus", "an increase of", "a 26-point fall" (the change's own words follow).
_COMPARED_JOIN = regex.compile(
    r"""(?r)(?:(?:(?<!\w)(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|versus|vs\.?|v\.?
                  |against|to|than|increase\s+of|rise\s+of|fall\s+of|drop\s+of|decline\s+of
                  |gain\s+of|jump\s+of|by|—|–|-|,|\()
          |[,;]\s*(?:while|and|but|whereas)(?!\w)                  # , while 11% expect cuts
          |;                                   # would do so again; 15pc have moved to ...
          |,                                                   # the Greens, 9 per cent Reform
          |(?<!\w)and(?!\w))                                     # 9 per cent Reform and 8
        \s*(?:(?:a|an|some|about|nearly|almost|around|just|only)\s+)?)\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: After a figure: the whole sample, not the group before it ("62% overall").
#: After a figure: the whole sample ("62% overall") or words of its own about whom ("29% in
#: the public sector", "39% of developers with ten years' experience", "36% who felt
#: hopeful": another answer, not the same figure over time).
_MONTHS = alternation(MONTH_WORDS)
_WHOLE_AFTER = regex.compile(
    rf"""\s*(?:overall|nationally|in\s+total|(?:of|among|for|with|across|from|who|that)\s
           |in\s+(?![0-9])(?!(?:early|late|mid|last|this|that
                            |the\s+(?:[0-9]{{4}}|previous|last|same|earlier
                                |first|second|third|fourth|spring|summer|autumn|fall|winter)
                            |{_MONTHS})\b))""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The rest of a clause that speaks of everyone: ", while 25% do nationally".
_WHOLE_CLAUSE = regex.compile(
    r"""[^,;:.!?()\n]{0,80}?(?<!\w)(?:overall|nationally|nationwide|all\s+(?:adults|voters
        |respondents)|the\s+(?:public|population|country|electorate)|across\s+the)(?!\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_GAP_GROUP = regex.compile(
    r"(?<!\w)(?:among|overall|national|nationally|nationwide|of\s+all)(?!\w)", regex.IGNORECASE
)


def _compared_within(text: str, prev: Statistic, st: Statistic) -> Statistic:
    """``st`` with the group of the figure before it in its sentence when it is that figure's
    baseline or change ("Just 36% of Democrats now say so, compared with 62% in 2024 — a
    26-point fall"; "with men (49% to 46%)"), or the next answer of its breakdown after a
    semicolon ("57% of 2024 Labour voters would do so again; 15% have moved to the Greens"):
    no group of its own, a comparison word right before it, nothing between the two figures
    that names another group or everyone."""
    if (st.subgroup is not None or st.population is not None or prev.subgroup is None
            or st.kind not in _CARRIED_KINDS):
        return st
    gap_start = max(prev.end, prev.subgroup.end)
    join = _COMPARED_JOIN.search(text, gap_start, st.start)
    if st.start - gap_start > 140 or join is None:
        return st
    if st.kind == "ratio" and join.group().lstrip().startswith(";"):
        return st  # "one in four drivers agreed; 3.5 times as many cyclists did": two groups
    if (_GAP_GROUP.search(text, gap_start, st.start) is not None
            or any(_CHOICE_BEFORE.search(text, gap_start, h.start()) is None
                   for h in _HEAD_WORD.finditer(text, gap_start, st.start))
            or _WHOLE_AFTER.match(text, st.end) is not None
            or _WHOLE_CLAUSE.match(text, st.end) is not None):
        return st
    return attrs.evolve(st, subgroup=prev.subgroup)


#: A party named as what people choose, not as a group: "now back the Greens, 9 per cent
#: Reform", "vote for the Liberals".
_CHOICE_BEFORE = regex.compile(
    r"""(?r)(?:(?<!\w)(?:back|backs|backed|backing|support|supports|supported|favou?rs?
               |favou?red|prefer|prefers|preferred|choose|chose|pick|picked|vote\s+for
               |votes\s+for|voted\s+for|voting\s+for|lean|leans|leaned
               |(?:switch|switched|move|moved|moving|gone|went|defected|drifted|shifted)\s+to)
          \s+(?:the\s+)?
          |(?<=[0-9]\s?(?:%|per\s?cent|percent|pc)\s+)(?:the\s+)?)\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_GENERIC_WORDS: Final = frozenset(w.lower() for w in GENERIC_WORDS)
_AMONG = regex.compile(r"(?<!\w)among(?!\w)", regex.IGNORECASE)


def _names_group(text: str, start: int, end: int, frame: Cue) -> bool:
    """Whether a sentence names a group other than the frame's ("In May, Republicans gave
    20%", "In June, Tory voters gave 22%", "... and among older staff"): "among", or a group
    word written as a name (capitalized, or after a capitalized word) that the frame's words
    do not contain ("live with parents" names no group)."""
    if _AMONG.search(text, start, end) is not None:
        return True
    own = " ".join(frame.value.casefold().split())
    for m in _HEAD_WORD.finditer(text, start, end):
        head = m[0]
        if head.lower() in _GENERIC_WORDS:
            continue
        prev = _PREV_WORD.search(text, start, m.start())
        phrase = head
        if prev is not None and prev["w"][:1].isupper() and prev.start("w") > start:
            phrase = f"{prev['w']} {head}"
        elif not head[:1].isupper():
            continue
        if phrase.casefold() not in own:
            return True
    return False


def _other(st: Statistic, frame: Cue) -> bool:
    """Whether ``st`` names a group other than the frame's."""
    return st.subgroup is not None and st.subgroup.value.casefold() != frame.value.casefold()


def carry_frames_in(text: str, stats: Sequence[Statistic],
                    sentences: Sequence[Sentence] | None = None,
                    samples: SampleIndex | None = None, *,
                    gated: bool = True) -> tuple[Statistic, ...]:
    """:func:`carry_frames` over every paragraph of ``text`` (``stats`` sorted by start);
    ``sentences`` are the text's (the Document's), else it is split here; ``samples`` too.
    A paragraph without figures is skipped (``gated=False``, for tests, reads it too)."""
    samples = SampleIndex.of(text) if samples is None else samples
    by_para: dict[int, list[tuple[int, int]]] = {}
    for sent in _sentences(text) if sentences is None else sentences:
        by_para.setdefault(sent.paragraph, []).append((sent.start, sent.end))
    out: list[Statistic] = []
    i = 0
    for spans in by_para.values():
        lo, hi = spans[0][0], spans[-1][1]
        while i < len(stats) and stats[i].start < lo:
            out.append(stats[i])
            i += 1
        k = i
        while k < len(stats) and stats[k].start < hi:
            k += 1
        if k > i or not gated:  # a paragraph without figures has none to carry a frame to
            out.extend(carry_frames(text, spans, stats[i:k], samples))
        i = k
    out.extend(stats[i:])
    return tuple(out)


#: (paragraph, figure, group it is about or None): the frame carry's examples; the figure is
#: the first statistic with that text.
FRAME_EXAMPLES: Final[tuple[tuple[str, str, str | None], ...]] = (
    ("Among renters, the outlook is grim. 44% fear a rent rise and 31% have cut back.",
     "31%", "renters"),
    ("For graduates aged 25 to 34, the squeeze is real. Some 52 per cent live with parents. "
     "Another 18 per cent share a flat.", "18 per cent", "graduates aged 25 to 34"),
    ("In the Conservative camp, the mood is sour. Just 38% back the leader.", "38%",
     "Conservative camp"),
    ("Among Albertans, frustration runs high. 61% want a new deal. Overall, 40% agree.",
     "40%", None),
    ("Among pensioners, worry is high. 57% fear the cut, and 20% of all adults agree. "
     "Another 12% are unsure.", "12%", None),
    ("Among farmers, the mood is tense. Women are split (48%). 33% expect losses.", "33%",
     None),
    ("For years the figure was stable. 44% agree.", "44%", None),
    ("Among respondents who said their rent had risen, the mood is dark. 52% want a cap.",
     "52%", "respondents who said their rent had risen"),
    ("Of those who voted Green in 2021, 40% would do so again. Another 21% back Labour.",
     "21%", "those who voted Green in 2021"),
    ("Among older Remain voters – those over 65 – the shift is small. 12% now disagree.",
     "12%", "older Remain voters"),
    ("Of these, 40% agree. Another 21% disagree.", "21%", None),
    ("With those aged 18 to 34 the figure was 22 per cent, and 30% overall. Some 9% agree.",
     "9%", None),
    ("Among nurses, the mood is grim. A third of respondents in clinics say costs have "
     "doubled.", "doubled", None),
    ("Among Greens, 71% back the levy. The survey also shows 20% are undecided.", "20%", None),
    ("Among farmers, 61% back the levy. According to the poll, 18% are unsure.", "18%", None),
    ("Among farmers, 61% back the levy. Separately, 18% expect a cut.", "18%", None),
    ("Among farmers, 61% back the levy. Just 18% oppose it.", "18%", "farmers"),
    ("Only 39% of Albertans now trust Ottawa, compared with 52% in 2021 — a 13-point fall.",
     "52%", "Albertans"),
    ("Only 39% of Albertans now trust Ottawa, compared with 52% in 2021 — a 13-point fall.",
     "13-point", "Albertans"),
    ("Some 27% of carers feel supported, up from 19% in 2019.", "19%", "carers"),
    ("Some 27% of carers feel supported, against 35% overall.", "35%", None),
    ("Pay fell 1.8% in Galway, even as the national wage bill grew by 2.9%.", "2.9%", None),
    ("Some 27% of carers feel supported, while among nurses it is 41%.", "41%", "nurses"),
    ("Some 27% of carers feel supported, compared with 45% of adults.", "45%", None),
    ("Use ranges from 61% of nurses in Dublin to 33% in Cork.", "33%", None),
    ("Some 72% of shop owners expect growth, while 11% expect cuts.", "11%", "shop owners"),
    ("Some 14 per cent of 2024 Labour voters now back the Greens, 9 per cent Reform and 8 per "
     "cent the Liberal Democrats.", "8 per cent", "2024 Labour voters"),
    ("About 31% of Fidesz voters now favour Tisza, 12% the Greens.", "12%", "Fidesz voters"),
    # the breakdown of one group's answers goes on after a semicolon
    ("Only 61% of those who voted Liberal in 2021 would do so again; 14% have moved to the "
     "Conservatives and 9% to the NDP.", "9%", "those who voted Liberal in 2021"),
    ("Some 64 per cent of renters want a cap; 22 per cent are opposed.", "22 per cent",
     "renters"),
    ("About 58% of BJP voters back the bill; 30% have drifted to the Congress.", "30%",
     "BJP voters"),
    ("Some 64 per cent of renters want a cap; 22 per cent of homeowners agree.",
     "22 per cent", "homeowners"),
    ("Some 64 per cent of renters want a cap; 41 per cent do overall.", "41 per cent", None),
    ("Some 40% of renters back the cap, and 38% of homeowners agree.", "38%", "homeowners"),
    ("Jatavs (71 per cent) backed the BSP, up from 58 per cent in the 2019 survey.",
     "58 per cent", "Jatavs"),
    ("Some 72% of shop owners expect growth, while 11% do nationally.", "11%", None),
    ("Some 72% of shop owners expect growth, and 11% of all adults agree.", "11%", None),
    ("About one in four working mothers (26%) named it first.", "26%", "working mothers"),
    ("About one in four drivers agreed; 3.5 times as many cyclists did.", "3.5 times", None),
    ("Among Greens, 57% say so, compared with 49% of Liberals. In 2021, the figures were 40% "
     "and 35%, respectively.", "35%", "Liberals"),
    ("Among Greens, 57% say so. In 2021, the figures were 40% and 35%, respectively.", "35%",
     "Greens"),
    ("Among Labour voters, 71% back the plan. In June, Tory voters gave 22%.", "22%",
     "Tory voters"),
    ("Among nurses, pay dominates. Support is highest in rural Wales, at 58%, and among "
     "older staff.", "58%", None),
    ("The poll of 900 registered voters was taken in May. Among likely voters, Ruiz has 48%. "
     "In April, Ruiz had 45%.", "45%", "likely voters"),
    ("The poll of 900 likely voters was taken in May. Among likely voters, Ruiz has 48%. "
     "In April, Ruiz had 45%.", "45%", None),
    ("Among voters under 35, the Greens lead with 24%; among the over-65s the CDA leads with "
     "22%, with the PVV on 17%.", "17%", "over-65s"),
    ("Renters under 30 stand out as gloomy. Seventy-one percent expect a rise.",
     "Seventy-one percent", "Renters under 30"),
    ("Mothers of children under 5 remain wary. Of them, 44% fear the cost.", "44%",
     "Mothers of children under 5"),
    ("Mothers of children under 5 remain wary. The poll finds 44% fear the cost.", "44%",
     None),
    ("Mothers of children under 5 remain wary. Seventy-one percent of fathers agree.",
     "Seventy-one percent", "fathers"),
    ("Renters stand out as gloomy. Nurses, too. Seventy-one percent expect a rise.",
     "Seventy-one percent", None),
    # a capitalized thing opening a sentence is no group of people to carry
    ("Prices remain the chief worry. Sixty-one percent say bills are harder to pay.",
     "Sixty-one percent", None),
    ("Rents remain the top concern. 58 per cent of tenants struggle, and 44 per cent cut back.",
     "58 per cent", "tenants"),
    ("Wages lag behind. Some 47% say pay has not kept up.", "47%", None),
    ("Quebecers stand out as gloomy. Sixty-one percent expect a rise.", "Sixty-one percent",
     "Quebecers"),
)
