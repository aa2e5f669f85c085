"""What every group rule sees and returns: :class:`GroupView`, :class:`Proposal`,
:class:`GroupRule`, :class:`GroupCues`, and the patterns and cue helpers the rule families share.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from typing import Final, TypeVar, cast

import attrs
import regex

from ._data import PLURAL_NOUN, alternation, words
from .grouping import GENERATION_WORDS, REGION_NAMES, group_key
from .groupwords import COUNTRIES, HEADS
from .matchers import PEOPLE_WORDS
from .model import Cue, Statistic
from .periods import MONTH_WORDS, SURVEY_NOUNS
from .sample_ranks import SampleIndex
from .sources import pollsters

_T = TypeVar("_T")
_LEX = "lexicon.txt"
_REACH: Final = 160  # characters looked at on each side of a figure
_LONG_SENTENCE: Final = 600  # characters from which a sentence's positions are found once
_QUOTES = " \u00a0\t\"“”'’"

# A plural noun that can end a group: "voters", "Americans" (not "this", "was", "its").
_PLURAL = PLURAL_NOUN
#: A plural that names people: a group word, a capitalized plural ("Republicans"), or a
#: plural of the shapes people nouns take ("renters", "students", "Canadians", "retirees").
_PRONOUNS: Final = frozenset({"them", "us", "all", "everyone", "those"})
_PEOPLE_NOUNS = alternation([w for w in PEOPLE_WORDS if w not in _PRONOUNS])
#: A birth cohort by its name (groups.txt [generation]): "Gen Z", "Generation X", "Gen Xers",
#: "the Silent Generation", "baby boomers": people, though some take no plural "s".
_GENERATIONS = "(?:" + "|".join(
    r"[\s\-]".join(regex.escape(w) for w in entry.split()) + r"(?:e?rs|s)?"
    for entry in sorted(GENERATION_WORDS, key=lambda e: (-len(e), e))
) + ")"
#: ... with the people noun after it, if any: "Gen Z workers", "millennial parents".
_GENERATION_PEOPLE = rf"""(?i:{_GENERATIONS})
    (?:\s+(?:(?i:{_PEOPLE_NOUNS})|[a-z][\w\-]*(?:ers|ors|ents|ants|ists|ees)|men|women)(?!\w))?"""
_PEOPLE_PLURAL = rf"""(?:{_GENERATION_PEOPLE}
    |(?i:{_PEOPLE_NOUNS})
    |(?i:under|over)-?[0-9]{{2}}s                                       # over-65s
    |[0-9]{{2}}-?\s*(?:to|-|–)\s*[0-9]{{2}}[\s\-]year[\s\-]olds          # 18- to 34-year-olds
    |\p{{Lu}}[\w'’\-]*(?<!['’])s                                     # not "Bolsonaro's"
    |[\w\-]+(?:ers|ors|ents|ants|ians|ans|ists|ees|ives|ites|ards|ics|olds)
    |men|women|people|youth|children)(?!\w)"""
_AGE = r"""(?:\s+(?:aged|ages|age|under|over|between)\s+
            [0-9]{1,3}(?:\s*(?:-|–|to|and)\s*[0-9]{1,3})?           # 18-29, 18 to 24
            (?:\s+(?:and|or)\s+(?:older|over|up|above|younger|under))?  # and older
            (?:\s*(?:-?year-olds|years\s+old|years))?
         | \s+[0-9]{2}\s+(?:and|or)\s+(?:older|over|above)(?!\w)   # Americans 65 and older
         | \s+in\s+their\s+(?:[1-9]0['’]?s|(?:twen|thir|for|fif|six|seven|eigh)ties)
           (?:\s*(?:and|or|/)\s*(?:[1-9]0['’]?s|(?:twen|thir|for|fif|six|seven|eigh)ties))?
           (?!\w)                                                    # people in their 20s
         | \s+[0-9]{2}\s*(?:-|–|to)\s*[0-9]{2}                       # voters 18 to 34 years old
           \s*(?:-?year-olds|years\s+old|years\s+of\s+age)(?!\w)
         )"""
_POLL_NOUNS = alternation(SURVEY_NOUNS)
#: A plural of people written in lower case ("graduates", "renters", "women", "young people"):
#: after "for" a capitalized name is a party's vote ("41% for Democrats"), not a group.
_LOWER_PEOPLE = rf"""(?:{_GENERATION_PEOPLE}
    |(?:{_PEOPLE_NOUNS})
    |(?:{HEADS})
    |(?:under|over)-?[0-9]{{2}}s                                        # over-65s
    |[0-9]{{2}}-?\s*(?:to|-|–)\s*[0-9]{{2}}[\s\-]year[\s\-]olds
    |[a-z][\w\-]*(?:ers|ors|ents|ants|ians|ists|ees|ites|olds)
    |men|women|people|youth)(?!\w)"""
_LOWER_MODIFIER = rf"""(?:[a-z][\w\-]*-[\w\-]+|[a-z]{{2,}}(?:ed|ing|al|ic|ive)|(?:{HEADS}))"""
_FIGURE = regex.compile(r"[0-9](?:[0-9.,]*)\s*(?:%|per\s?cent|percent)", regex.IGNORECASE)
_HEAD_WORD = regex.compile(rf"(?<![\w\-])(?:{HEADS})(?![\w\-])", regex.IGNORECASE)
_PREV_WORD = regex.compile(r"(?r)(?P<w>[\w\-]+)\s+\Z")
#: Lower-case words that narrow a group before its head ("white", "married", "rural").
GROUP_MODIFIER_WORDS: Final = words(_LEX, "group_modifiers")
_MODIFIERS: Final = frozenset({"more", "most", "less", "least", "very", "highly", "better", "lower",
                               "upper", "self-described", "self-identified",
                               *GROUP_MODIFIER_WORDS})
_COMPARATIVE = regex.compile(r"(?r)(?<!\w)(?:than|versus|vs\.?|compared\s+(?:with|to))\s+", regex.I)


_PEOPLE_WORD_ANY = regex.compile(rf"(?<![\w\-])(?:{_PEOPLE_PLURAL}|(?i:{HEADS})(?![\w\-]))",
                                 regex.VERBOSE)
_AGE_DIGITS = regex.compile(r"[0-9]{2}")
_POSSESSIVE = regex.compile(r"(?r)[\w.\-]['’]s?\s+")


def names_people(phrase: str) -> bool:
    """Whether a phrase names people (a people word, a plural of the shapes people nouns
    take, an age, or a group word of the key tables): "voters aged 18 to 34", "Ontarians",
    "those who rent", "the C2DE group"; not "individual stocks" or "comparison purposes".
    A possessive's owner is not what the phrase names: "Spain's three main problems" names
    problems, "the party's 2023 voters" voters."""
    owned = _POSSESSIVE.search(phrase)
    if owned is not None:
        phrase = phrase[owned.end():]
    if _PEOPLE_WORD_ANY.search(phrase) is not None or _AGE_DIGITS.search(phrase) is not None:
        return True
    key = group_key(phrase)
    return key is not None and not key.startswith("other=")


@attrs.frozen
class GroupCues:
    subgroup: Cue | None = None
    population: Cue | None = None
    measure: Cue | None = None


def span_cue(text: str, start: int, end: int) -> Cue:
    """The cue of ``text[start:end]`` as it stands, its value with the spaces folded."""
    return Cue(" ".join(text[start:end].split()), start, end, text[start:end])


def _cue(text: str, m: regex.Match[str], group: str = "group") -> Cue:
    """The cue of a matched phrase: outer quotes trimmed from the span, inner ones from the
    value; a leading article dropped from the value."""
    s, e = m.span(group)
    raw = text[s:e]
    stripped = raw.strip(_QUOTES)
    s += len(raw) - len(raw.lstrip(_QUOTES))
    words_ = stripped.replace("“", "").replace("”", "").replace('"', "").split()
    while words_ and words_[0].lower() in ("the", "a", "an", "with", "among", "for", "of"):
        words_ = words_[1:]
    return Cue(" ".join(words_), s, s + len(stripped), stripped)


def _last(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]`` (a forward scan of a short window)."""
    found = None
    pos = lo
    while pos < hi:
        m = pattern.search(text, pos, hi)
        if m is None:
            break
        found, pos = m, m.start() + 1
    return found


@attrs.frozen(eq=False)
class Anchored:
    """A per-figure look-up pattern with the places its matches can start: ``starts`` matches
    (at least) at every position where ``pattern`` can match, and is cheap to run over a whole
    sentence once. A figure's question "the last (or first) match of ``pattern`` in
    ``text[lo:hi]``" is then answered by trying ``pattern`` only at the start positions in that
    window (:meth:`SentenceIndex.last`), not by a scan of every position per figure.
    ``pattern`` must consume at least one character (no match starts at ``hi``). ``needs``,
    if given, matches (at least) where a word every match needs starts, at or after the
    match's start and before ``hi`` (a verb a look-ahead requires): a start after the last
    such word before ``hi`` is not tried."""

    pattern: regex.Pattern[str]
    starts: regex.Pattern[str]
    needs: regex.Pattern[str] | None = None


@attrs.frozen(eq=False)
class SentenceIndex:
    """What is found once per sentence ``text[start:end]`` and shared by all its figures: the
    positions of each pattern that :class:`Anchored` look-ups need and the matches of a pattern
    over the whole sentence (each found when the first figure asks)."""

    text: str
    start: int
    end: int
    #: the shortest sentence whose positions are found once (a shorter one is read by the
    #: scans of each figure's window, as cheap there as finding its positions)
    long: int = attrs.field(default=_LONG_SENTENCE, kw_only=True)
    _found: dict[object, object] = attrs.field(factory=dict, init=False, repr=False)

    def once(self, key: object, make: Callable[[], _T]) -> _T:
        """``make()``, computed for the sentence once per ``key`` (a value of the sentence
        shared by its figures: the group rules its words let :func:`groups.decide` try)."""
        if key not in self._found:
            self._found[key] = make()
        return cast(_T, self._found[key])

    def scans(self, lo: int, hi: int) -> bool:
        """Whether a look-up of ``[lo, hi)`` is read by a scan of the window: the sentence is
        short, or the window is not inside it."""
        return self.end - self.start < self.long or lo < self.start or hi > self.end

    def positions(self, pattern: regex.Pattern[str]) -> tuple[int, ...]:
        """Every position of the sentence where ``pattern`` matches, in order."""
        got = self._found.get(pattern)
        if got is None:
            got = tuple(m.start() for m in pattern.finditer(
                self.text, self.start, self.end, overlapped=True))
            self._found[pattern] = got
        assert isinstance(got, tuple)
        return got

    def has(self, pattern: regex.Pattern[str], lo: int, hi: int) -> bool:
        """Whether ``pattern`` matches at some position of the sentence in ``[lo, hi)``."""
        if self.scans(lo, hi):
            m = pattern.search(self.text, lo, self.end)
            return m is not None and m.start() < hi
        at = self.positions(pattern)
        k = bisect.bisect_left(at, lo)
        return k < len(at) and at[k] < hi

    def match(self, pattern: regex.Pattern[str], pos: int, endpos: int) -> regex.Match[str] | None:
        """``pattern.match(text, pos, endpos)``, computed once per sentence for each window (the
        figures of a long sentence share their look at its opening)."""
        key = (pattern, pos, endpos)
        if key not in self._found:
            self._found[key] = pattern.match(self.text, pos, endpos)
        got = self._found[key]
        assert got is None or isinstance(got, regex.Match)
        return got

    def _range(self, anchored: Anchored, lo: int, hi: int) -> tuple[tuple[int, ...], int, int]:
        """The start positions of ``anchored`` and the slice of them to try in ``[lo, hi)``."""
        at = self.positions(anchored.starts)
        top = bisect.bisect_left(at, hi)
        if anchored.needs is not None:
            need = self.positions(anchored.needs)
            k = bisect.bisect_left(need, hi)
            if k == 0:
                return at, 0, 0
            top = min(top, bisect.bisect_right(at, need[k - 1]))
        return at, bisect.bisect_left(at, lo), top

    def matches(self, pattern: regex.Pattern[str]) -> tuple[regex.Match[str], ...]:
        """Every match of ``pattern`` that starts in the sentence (one per start position, the
        one ``pattern.match(text, position, end)`` gives), in order."""
        key = (pattern, "matches")
        got = self._found.get(key)
        if got is None:
            got = tuple(pattern.finditer(self.text, self.start, self.end, overlapped=True))
            self._found[key] = got
        assert isinstance(got, tuple)
        return got

    def last(self, anchored: Anchored, lo: int, hi: int) -> regex.Match[str] | None:
        """The match of ``anchored.pattern`` in ``text[lo:hi]`` (``endpos`` ``hi``) that starts
        last: what :func:`_last` returns (a window outside the sentence is scanned)."""
        if self.scans(lo, hi):
            return _last(anchored.pattern, self.text, lo, hi)
        at, first, top = self._range(anchored, lo, hi)
        for k in range(top - 1, first - 1, -1):
            m = anchored.pattern.match(self.text, at[k], hi)
            if m is not None:
                return m
        return None

    def first(self, anchored: Anchored, lo: int, hi: int) -> regex.Match[str] | None:
        """The match of ``anchored.pattern`` in ``text[lo:hi]`` that starts first: what
        ``pattern.search(text, lo, hi)`` returns (a window outside the sentence is scanned)."""
        if self.scans(lo, hi):
            return anchored.pattern.search(self.text, lo, hi)
        at, first, top = self._range(anchored, lo, hi)
        for k in range(first, top):
            m = anchored.pattern.match(self.text, at[k], hi)
            if m is not None:
                return m
        return None


def _from_head(cue: Cue) -> Cue:
    """The group from its first group word, with up to two modifiers before it:
    "Backing came from low-income respondents" -> "low-income respondents",
    "were keener than Labour voters" -> "Labour voters"."""
    m = _HEAD_WORD.search(cue.text)
    if m is None:
        return cue
    at = m.start()
    for _ in range(2):
        prev = _PREV_WORD.search(cue.text, 0, at)
        if prev is None or not (prev["w"][:1].isupper() or prev["w"].lower() in _MODIFIERS):
            break
        at = prev.start("w")
    if at == 0:
        return cue
    rest = cue.text[at:]
    value = " ".join(rest.replace("“", "").replace("”", "").replace('"', "").split())
    return Cue(value, cue.start + at, cue.end, rest)


def _trim_comparative(cue: Cue) -> Cue:
    """"were more supportive than women" -> "women": the group after a comparison word."""
    m = _COMPARATIVE.search(cue.value)
    if m is None:
        return cue
    rest = cue.value[m.end():]
    at = cue.text.rfind(rest) if rest else -1
    start = cue.start + at if at >= 0 else cue.start
    return Cue(rest, start, start + len(rest), rest)
_NOT_PLACE: Final = frozenset(
    w.lower() for w in MONTH_WORDS + words(_LEX, "not_place")
)


#: A lower-case compass region ("the west", "the eastern states", "southern Ontario"), or the
#: rest of the country ("in the rest of the country, 13 per cent").
_COMPASS_START: Final = regex.compile(
    r"""(?:the\s+)?(?:(?:north|south|east|west|centre|center)[\w\-]*(?:\s|\Z)
                   |rest\s+of\s+the\s+(?:country|nation|state|province|region|island)\Z)""",
    regex.VERBOSE,
)


@functools.cache
def _pollsters_in() -> tuple[str, ...]:
    """The pollsters whose name has a place-shaped tail after a small word ("More in
    Common")."""
    return tuple(p for p in pollsters() if regex.search(r"\s(?:in|of|for|at)\s+\p{Lu}", p))


def _in_pollster(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a pollster's name ("Common" of "More in Common")."""
    head = text[max(0, start - 40):end]
    return any(head.endswith(p) for p in _pollsters_in())


_CLASS_NEXT = regex.compile(r"[ \t]+class(?:es)?(?!\w)", regex.IGNORECASE)


def _place(text: str, m: regex.Match[str] | None) -> Cue | None:
    """The place of ``m`` unless a word of it names a month, a day, a pronoun or a survey,
    or it is a country (a country's own poll, not a breakdown) or a pollster."""
    if m is None:
        return None
    value = m["group"].rstrip(".")
    if value[-2:] in ("'s", "’s") or any(ch.isdigit() for ch in value):
        return None  # "In Gallup's data", "in 2024"
    if _CLASS_NEXT.match(text, m.end("group"), m.end("group") + 16) is not None:
        return None  # "in the ABC class": a socio-economic class, not a place
    capitals = [w.rstrip(".,") for w in value.split() if w[:1].isupper()]
    if "," in value and any(w.lower() in _NOT_PLACE for w in capitals):
        value = value[:value.index(",")]  # a list with a word of no place: its first item
        capitals = [w.rstrip(".,") for w in value.split() if w[:1].isupper()]
    compass = _COMPASS_START.match(value) is not None  # "the west", "eastern Germany"
    if (not capitals and not compass) or any(
            part.lower() in _NOT_PLACE for w in capitals for part in w.split("-")):
        return None  # (a hyphenated month span too: "in the May-July quarter")
    if _in_pollster(text, m.start("group"), m.start("group") + len(value)):
        return None  # "More in Common found ...": a pollster's name, not "in Common"
    value = _known_head(value)  # "in the Rift Valley Ruto is ahead": the place, not Ruto
    name = " ".join(value.split())
    bare = name[4:] if name.lower().startswith("the ") else name
    if (bare.lower() in COUNTRIES or name.lower() in COUNTRIES
            or bare.lower().replace(".", "") in COUNTRIES or bare in pollsters()):
        return None
    start, end = m.start("group"), m.start("group") + len(value)
    if name is not bare:  # drop the article: "the Rift Valley" -> "Rift Valley"
        start += len(value) - len(value[3:].lstrip())
    rest = _REST_OF.search(text, max(0, start - 16), start)
    if rest is not None:  # "in the rest of Leinster": not Leinster itself
        start = rest.start()
    return span_cue(text, start, end)


#: Capitalized words that continue a place's name: "Kansas City", "Gyeonggi Province".
_PLACE_NOUNS: Final = frozenset({
    "city", "county", "province", "provinces", "region", "regions", "area", "state", "states",
    "district", "valley", "coast", "island", "islands", "peninsula", "prefecture", "metro",
    "territory", "territories", "bay", "borough", "municipality", "department", "oblast",
    "metropolitan", "capital"})


def _known_head(value: str) -> str:
    """A capitalized place phrase cut after the longest known place it starts with when the
    next word is capitalized and no place word ("Rift Valley Ruto" -> "Rift Valley", "London
    Labour" -> "London"): a name that follows the place is the clause's subject."""
    ws = value.split()
    lead = 1 if ws and ws[0].lower() == "the" else 0
    if (len(ws) - lead < 2 or not ws[lead][:1].isupper() or any(
            ch in value for ch in ",/") or " and " in value):
        return value
    low = [w.lower() for w in ws]
    whole = " ".join(low[lead:])
    if whole in REGION_NAMES or whole in COUNTRIES or _COMPASS_START.match(low[lead]):
        return value  # "East Timor", "West Yorkshire": a compass word opens a name
    for n in range(len(ws) - 1, lead, -1):
        head = " ".join(low[lead:n])
        if ((head in REGION_NAMES or head in COUNTRIES) and ws[n][:1].isupper()
                and low[n] not in _PLACE_NOUNS):
            return value[:[w.end() for w in _WORD.finditer(value)][n - 1]]
    return value


_WORD = regex.compile(r"\S+")


#: "the rest of" or "outside" right before a place: the place without the part named before it
#: ("in the rest of Leinster", "34% outside Mexico City").
_REST_OF = regex.compile(
    r"(?r)(?<!\w)(?:(?i:rest)[ \t]+of|(?i:outside))[ \t]+(?:the[ \t]+)?\Z")


# -- the group rules ---------------------------------------------------------------------------


@attrs.frozen
class GroupView:
    """One figure in its sentence ``text[start:end]``, as every group rule sees it; ``survey``
    says whether the figure is a survey's (a place is a subgroup only of a survey figure);
    ``countries`` whether the document's survey spans many countries (read once per document,
    :func:`pollstats.group_places.multi_country`), so that a country framing a figure is its
    group."""

    text: str
    start: int
    end: int
    st: Statistic
    survey: bool = False
    countries: bool = False
    #: the sentence's shared finds (one per sentence when the caller passes it; by default
    #: the view's own)
    sentence: SentenceIndex = attrs.field(
        default=attrs.Factory(lambda v: SentenceIndex(v.text, v.start, v.end), takes_self=True),
        eq=False, repr=False)
    #: the samples the document tells (one per document when the caller passes it)
    samples: SampleIndex = attrs.field(
        default=attrs.Factory(lambda v: SampleIndex.of(v.text), takes_self=True),
        eq=False, repr=False)

    @property
    def lo(self) -> int:
        """Where the look before the figure starts."""
        return max(self.start, self.st.start - _REACH)

    @property
    def hi(self) -> int:
        """Where the look after the figure ends."""
        return min(self.end, self.st.end + _REACH)

    @property
    def head_end(self) -> int:
        """Where patterns anchored at the sentence's start stop."""
        return min(self.st.start, self.start + _REACH)


@attrs.frozen
class Proposal:
    """What one rule reads: a subgroup, the population, a measure (a bracketed item that is
    not a group: "the economy (45%)"), and ``tail_end``, where an "of" phrase right after the
    figure ends (the rules reading there then stand down; the measure is read after it).
    A proposal without a subgroup still speaks for its rule's family."""

    subgroup: Cue | None = None
    population: Cue | None = None
    measure: Cue | None = None
    tail_end: int | None = None


#: (sentence, figure, subgroup): the rule reads ``subgroup`` for ``figure`` and wins there.
Example = tuple[str, str, str]
#: (sentence, figure): the rule reads no subgroup for ``figure``.
NearMiss = tuple[str, str]


@attrs.frozen
class GroupRule:
    """One way prose says whom a figure is about.

    ``propose`` is pure. ``family`` joins alternative spellings of one place to look: the
    first of a family whose phrase matches decides for all of it, even without a subgroup.
    ``after_figure`` rules read the words right after the figure and stand down when an "of"
    phrase took them; ``no_population`` rules run only while no population is known.
    """

    name: str
    propose: Callable[[GroupView], Proposal | None]
    examples: tuple[Example, ...]
    near_misses: tuple[NearMiss, ...] = ()
    family: str = ""
    after_figure: bool = False
    no_population: bool = False
    #: lower-case ASCII words one of which (any case) the figure's sentence holds whenever
    #: ``propose`` reads anything: :func:`pollstats.groups.decide` skips the rule in a
    #: sentence without one (checked once per sentence). Empty: the rule is always tried.
    #: Only for a rule whose reads stay inside the sentence (tests/test_perf_gates.py).
    needs: tuple[str, ...] = attrs.field(default=(), kw_only=True)

    @needs.validator
    def _ascii_lower(self, _: object, value: tuple[str, ...]) -> None:
        if any(not w or not w.isascii() or w != w.lower() for w in value):
            raise ValueError(f"a group rule's needed words must be lower-case ASCII: {value!r}")

    @property
    def decides_for(self) -> str:
        """The family this rule speaks for (its own name when it has none)."""
        return self.family or self.name
