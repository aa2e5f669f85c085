"""Group rules for parts of a survey's sample: voters narrower than the document's sample (in a
poll of "803 registered voters, including 612 likely voters", "Among likely voters, 48% ..."
is a subgroup, not the whole sample: the word lists of :mod:`pollstats.groupwords` read
"likely voters" as the population, which is right only when the sample itself is likely
voters), and the parts a sample is told to include ("the sample includes 1,032 Hispanic
adults", "866 registered voters, for whom the margin of error is ...").
"""

from __future__ import annotations

from typing import Final

import regex

from .group_view import Anchored, GroupRule, GroupView, Proposal, _cue
from .grouping import group_key
from .groupwords import classify
from .model import Cue
from .sample_ranks import NARROW_WORDS
from .sample_ranks import RANKS as _RANKS

_NARROW: Final = NARROW_WORDS
#: The last group preposition before the figure: "Among likely voters, Smith has 48%".
_PREP_BEFORE = regex.compile(
    rf"""(?<!\w)(?:among|with|for|of)\s+(?:the\s+)?(?:(?P<group>{_NARROW})(?!\w)
                                               |(?![0-9]))""",
    regex.VERBOSE | regex.IGNORECASE,
)
_PREP_BEFORE_AT: Final = Anchored(
    _PREP_BEFORE, regex.compile(r"(?<!\w)(?:among|with|for|of)", regex.IGNORECASE))
#: Right after the figure: "48% of likely voters" (not "the Liberals at 44 per cent among
#: decided voters": a party's standing on the poll's usual base).
_AFTER = regex.compile(
    rf"\s+(?:(?P<prep>of|among)\s+(?:the\s+)?)?(?P<group>{_NARROW})(?!\w)", regex.IGNORECASE
)
#: A party's standing right before its figure: "the Greens at 14% among decided voters".
_STANDING_BEFORE = regex.compile(r"(?r)(?<!\w)(?:at|on)\s+(?:(?:just|only|about|around)\s+)?\Z",
                                 regex.IGNORECASE)


_DIGIT = regex.compile(r"[0-9]")


def narrowed_population(v: GroupView, population: Cue) -> bool:
    """Whether the population a rule read for a figure ("Among registered voters, 47% ...",
    "a lead with registered voters") is a part of the document's sample
    (:meth:`SampleIndex.narrower`), not a party's standing on the poll's usual base ("puts
    the Liberals at 44 per cent among decided voters")."""
    if not v.samples.narrower(population.value, v.st.start):
        return False
    return not (population.start >= v.st.end and _STANDING_BEFORE.search(
        v.text, max(v.start, v.st.start - 20), v.st.start) is not None)


def _narrowed(v: GroupView) -> Proposal | None:
    """``Among likely voters, 48% ...`` (or ``48% of likely voters``) in a document whose
    sample is a wider population ("803 registered voters", "1,000 adults")."""
    m = _AFTER.match(v.text, v.st.end, v.hi)
    if m is not None and (m["prep"] or "").lower() != "of" and _STANDING_BEFORE.search(
            v.text, max(v.start, v.st.start - 20), v.st.start) is not None:
        m = None  # "the Greens at 14% among decided voters": a standing on the usual base
    if m is None:
        last = v.sentence.last(_PREP_BEFORE_AT, v.lo, v.st.start + 1)  # + 1: "with 51%"
        m = last if last is not None and last["group"] is not None else None
        if m is not None and _DIGIT.search(v.text, max(v.start, m.start() - 16), m.start()):
            return None  # "at 44 per cent among decided voters, down from 46 per cent": the
            # phrase is the tail of the figure before it
    if m is None:
        return None
    widest = v.samples.widest(v.st.start)
    rank = _RANKS[" ".join(m["group"].lower().split())]
    if widest is None or rank <= widest:
        return None
    return Proposal(_cue(v.text, m, "group"))


NARROWED_SAMPLE_RULE: Final = GroupRule(
    "narrowed_sample", _narrowed,
    # the last word of every sample the ranks know ("likely voters", "adults")
    needs=tuple(sorted({name.split()[-1] for name in _RANKS})),
    examples=(
        ("Of 940 registered voters polled, 700 were likely voters; among likely voters, "
         "Ruiz leads with 51%.", "51%", "likely voters"),
        ("The poll of 1,100 adults found 44% of registered voters back the levy.", "44%",
         "registered voters"),
        ("The poll of 1,100 adults found that among decided voters, Ng has 39 percent and "
         "Ruiz 35 percent.", "35 percent", "decided voters"),
        ("Ruiz leads Ng 54 - 41 percent among likely voters. The poll surveyed 1,428 "
         "registered voters, including 1,152 likely voters.", "54 - 41 percent",
         "likely voters"),
        ("Nearly 6 in 10 likely voters say Ruiz deserves a second term. The poll surveyed "
         "1,428 registered voters, including 1,152 likely voters.", "6 in 10",
         "likely voters"),
    ),
    near_misses=(
        ("The poll of 700 likely voters found 51% of likely voters back Ruiz.", "51%"),
        ("Among likely voters, Ruiz leads with 51%.", "51%"),
        ("The poll of 1,100 adults found support among likely voters, with women at 44%.",
         "44%"),
        ("The poll of 1,100 adults puts the Greens at 14% among decided voters.", "14%"),
        ("The poll of 1,100 adults puts the Greens at 14% among decided voters, up from 11%.",
         "11%"),
    ),
)


# -- the parts of a sample: "the sample includes 1,032 Hispanic adults" -------------------------

#: Words that tell a count of people as a part of the sample, not the whole: "includes",
#: "including", "an oversample of", "a booster sample of", "of whom", "among them".
_PART_CUE = regex.compile(
    r"""(?<!\w)(?:includ(?:es|ed|ing|e)|over-?samples?(?:\s+of)?|booster(?:\s+samples?)?(?:\s+of)?
        |sub-?samples?(?:\s+of)?|of\s+whom|among\s+them|plus)\s+(?:(?:an?|the)\s+)?
        (?:(?:additional|extra|further)\s+)?
        (?:[0-9][0-9,]*[ \t]+[^,;:.()\d]{1,40}?(?:,\s*|\s+and\s+)){0,3}\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The people of a sample count: "1,032 Hispanic adults" (its words after the number).
_COUNT_PEOPLE = regex.compile(r"\A[0-9][0-9,.]*[ \t]+(?P<p>.+)\Z", regex.DOTALL)
#: A margin told for the part named just before: "866 registered voters, for whom the margin
#: of error is plus or minus 3.7 points".
_FOR_WHOM = regex.compile(
    r"""(?r)(?<![\w.,])[0-9]{1,3}(?:,[0-9]{3})*[ \t]+(?P<p>[^,;:.()\d]{2,40}?),\s+
        (?:for|among)\s+(?:whom|which)\b[^.;!?\n]{0,80}\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_PART_REACH: Final = 120
#: The clause that narrows a part's people: "714 adults | who rent privately".
_WHO_CLAUSE = regex.compile(r"[ \t]+(?:who|whose|that)[ \t]+[^,;:.()\[\]\n]{1,60}?(?=[,;:.()]|\Z)",
                            regex.IGNORECASE)


def sample_part(text: str, start: int) -> bool:
    """Whether the sample count starting at ``start`` is told as a part of the sample
    ("includes 1,032 Hispanic adults and | 618 Asian American respondents")."""
    return _PART_CUE.search(text, max(0, start - _PART_REACH), start) is not None


def _part_cue(v: GroupView, words: Cue) -> Cue | None:
    """The part's words as a subgroup: a group no table calls the whole sample ("Hispanic
    adults"), or voters narrower than the sample told near it ("866 registered voters" in a
    poll of 1,005 adults)."""
    sub, pop = classify(words)
    if sub is not None:
        return sub
    if pop is not None and v.samples.narrower(pop.value, v.st.start):
        return pop
    return None


def _sample_part(v: GroupView) -> Proposal | None:
    """``The sample includes 1,032 Hispanic adults and 618 Asian American respondents``: a
    count of people told as a part of the sample is about them; so is a margin of error told
    ``for whom`` right after such a count."""
    if v.st.kind == "sample_size":
        m = _COUNT_PEOPLE.match(v.st.text)
        if m is None:
            return None
        if _PART_CUE.search(v.text, max(v.start, v.st.start - _PART_REACH),
                            v.st.start) is None:
            return _group_count(v, m.start("p"))
        end = v.st.end
        who = _WHO_CLAUSE.match(v.text, end, v.end)
        end = who.end() if who is not None else end  # "714 adults who rent privately"
        raw = v.text[v.st.start + m.start("p"):end]
        words = Cue(" ".join(raw.split()), v.st.start + m.start("p"), end, raw)
        part = _part_cue(v, words)
        return None if part is None else Proposal(part)
    if v.st.kind == "margin_of_error":
        w = _FOR_WHOM.search(v.text, max(0, v.st.start - 160), v.st.start)
        if w is None or _PART_CUE.search(v.text, max(0, w.start() - _PART_REACH),
                                         w.start()) is None:
            g = _MARGIN_FOR.search(v.text, max(v.start, v.st.start - 100), v.st.start)
            return None if g is None else _known_part(_cue(v.text, g, "p"))
        part = _part_cue(v, _cue(v.text, w, "p"))
        return None if part is None else Proposal(part)
    return None


#: A count told for its group's results: "For the sample of 301 Republicans, the margin
#: ...", "for 412 Labour members", "interviews with 301 Republicans and 288 Democrats" (a
#: count next to another: parts of the sample; not "conducted among 2,000 adults").
_GROUP_COUNT_BEFORE = regex.compile(
    r"""(?r)(?:(?<!\w)for\s+(?:the\s+|a\s+|its\s+)?(?:(?:sub-?)?samples?\s+of\s+)?
        |[0-9][0-9,]*[ \t]+[^,;:.()\d]{1,40}?(?:,\s*|\s+and\s+))\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_NEXT_COUNT = regex.compile(r"(?:,\s*|\s+and\s+)[0-9][0-9,]*[ \t]+\p{L}")


def _group_count(v: GroupView, at: int) -> Proposal | None:
    """``For the sample of 301 Republicans, ...``, ``interviews with 301 Republicans and
    288 Democrats``: a count of a group the key tables know as people (a party's, a
    cohort's, a race's), told for its own results or next to another group's count, is
    about that group (not "a poll of 1,000 Canadians": the whole sample)."""
    if not _told_for_group(v.text, v.st.start, v.st.end):
        return None
    raw = v.st.text[at:]
    return _known_part(Cue(" ".join(raw.split()), v.st.start + at, v.st.end, raw))


def _told_for_group(text: str, start: int, end: int) -> bool:
    """Whether the count ``text[start:end]`` is told for its own results ("for the sample
    of ...") or next to another count ("... and 288 Democrats")."""
    return (_GROUP_COUNT_BEFORE.search(text, max(0, start - 60), start) is not None
            or _NEXT_COUNT.match(text, end, min(len(text), end + 80)) is not None)


def group_count(text: str, start: int, end: int, words: str) -> bool:
    """Whether a sample count is a part of the sample told for a group (``words``, its
    people): ``For the sample of 301 Republicans``; such a count is no whole sample."""
    return (bool(words) and _told_for_group(text, start, end)
            and _known_part(Cue(words, start, end, words)) is not None)


def _known_part(words: Cue) -> Proposal | None:
    """The words of a part of the sample as its subgroup, when the key tables know them as
    people (a party's, a cohort's, a race's: not "other" words, not a place)."""
    sub, _ = classify(words)
    key = group_key(words.value) if sub is not None else None
    if (sub is None or key is None or " and " in words.value
            or any(d in key for d in ("other=", "region=", "country="))):
        return None  # not "adult men and women", "Australian electors": the whole sample
    return Proposal(sub)


#: A margin told after its group's count opens the clause: "For the sample of 301
#: Republicans, the margin of error is ±7 points", "for 412 Labour voters, it is 5 points".
_MARGIN_FOR = regex.compile(
    r"""(?r)(?<!\w)for\s+(?:the\s+|a\s+|its\s+)?(?:(?:sub-?)?samples?\s+of\s+)?
        [0-9]{1,3}(?:,[0-9]{3})*[ \t]+(?P<p>[^,;:.()\d]{2,40}?),\s+[^,;:.!?()\n]{0,60}\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)


SAMPLE_PART_RULE: Final = GroupRule(
    "sample_part", _sample_part,
    examples=(
        ("The poll of 2,400 adults includes 1,032 Hispanic adults and 618 Asian American "
         "respondents.", "618 Asian American respondents", "Asian American respondents"),
        ("The poll of 2,400 adults includes 1,032 Hispanic adults and 618 Asian American "
         "respondents.", "1,032 Hispanic adults", "Hispanic adults"),
        ("Ipsos interviewed 1,001 adults, including 840 registered voters.",
         "840 registered voters", "registered voters"),
        ("Leger polled 1,520 Canadians online, with a booster sample of 400 Albertans.",
         "400 Albertans", "Albertans"),
        ("The Morning Consult survey of 1,005 adults includes 866 registered voters, for whom "
         "the margin of error is plus or minus 3.7 percentage points.",
         "3.7 percentage points", "registered voters"),
        ("Newspoll surveyed 1,250 voters, including an oversample of 300 Maori "
         "respondents.", "300 Maori respondents", "Maori respondents"),
        ("Red C polled 1,000 adults, including 380 people who rent privately, online.",
         "380 people", "people who rent privately"),
        # a group's count told for its own results, or next to another group's count
        ("Fieldwork included interviews with 412 Conservative voters and 388 Labour voters.",
         "388 Labour voters", "Labour voters"),
        ("For the subsample of 350 Gen Z respondents, results are less reliable.",
         "350 Gen Z respondents", "Gen Z respondents"),
        ("For the sample of 420 Hispanic adults, the margin of error is ±6 points.",
         "6 points", "Hispanic adults"),
        ("For the 640 Muslim respondents, the margin of error is 3.9 per cent.",
         "3.9 per cent", "Muslim respondents"),
    ),
    near_misses=(
        ("The poll of 1,412 registered voters has a margin of 2.6 points.",
         "1,412 registered voters"),
        ("Ipsos interviewed 1,001 adults, including 840 registered voters.", "1,001 adults"),
        ("The survey of 900 likely voters, including 120 by landline, was weighted.",
         "900 likely voters"),
        ("It polled 1,000 adults, for whom the margin of error is 3.1 points.", "3.1 points"),
        ("A survey of 1,500 Labour members found most back him.", "1,500 Labour members"),
        ("For the 1,000 adults, the margin of error is 3.1 points.", "3.1 points"),
        ("For the sample of 800 people in Ontario, the margin of error is 3.5 points.",
         "3.5 points"),
        ("Interviews with 1,004 Australians and 200 firms were held.", "1,004 Australians"),
        ("It was conducted among 2,150 professional developers.", "2,150 professional developers"),
        ("It polled 1,540 adult men and women and 80 officials.", "1,540 adult men and women"),
        ("Interviews with 1,662 Australian electors and 300 firms were held.",
         "1,662 Australian electors"),
    ),
)
