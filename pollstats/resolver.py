"""The one place where pairing decides: which proposed pairs become comparisons.

:func:`resolve` asks the rules of :data:`pollstats.pairing.PAIR_RULES` in their order and
keeps a :class:`Ledger` of what is decided. The policy, all of it here:

- rules of one scope that follow each other in the registry make one sweep over the text;
  sweeps run in registry order (a "respectively" reading is made before any neighbour pair);
- at each place of a sweep the **first** rule that proposes wins, even when the ledger then
  turns its pairs away (a later rule is not asked there);
- the marks of the winning candidate (neighbour pairs it closes, the baseline it records, the
  later end it reopens) are kept whether or not its pairs are accepted;
- a pair is accepted unless its earlier end is already an earlier end, its later end already a
  later end, or :func:`never_pairs` gives a reason: two different groups (subgroup words or
  their keys), two different measures, two different sources (but for "from X to Y", whose
  ends the text itself joins), or two ends the text puts at one and the same time (a spread
  across places or groups, not a change);
- a ``derived`` pair (a baseline computed from a stated change) holds no end: it is kept as
  proposed; so does a ``between_groups`` pair (two groups at one time, with the ratio or gap
  the text states for them), unless its ends name two different sources.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

import attrs
import regex

from ._context import Sentences
from .model import Cue, Statistic
from .pair_rules_groups import STOPWORDS
from .pair_rules_stated import stated_change
from .pair_shared import stance_word
from .pair_view import Candidate, Pair, PairRule, PairView, Scope, clash
from .pairing import PAIR_RULES
from .periods import TIME
from .results import official_results

__all__ = ["Ledger", "Resolution", "never_pairs", "resolve"]

Span = tuple[int, int]


def _span(st: Statistic) -> Span:
    return st.start, st.end


def _groups_differ(f: Statistic, t: Statistic) -> bool:
    """Whether two ends are about different groups: by their keys when both have one
    ("GOP voters" and "Republican voters" are one group), else by their words."""
    gf, gt = f.group, t.group
    if gf is None or gt is None:
        return False
    if gf.key is not None and gt.key is not None:
        return gf.key != gt.key
    return clash(f.subgroup, t.subgroup)


_TIME_WORDS = regex.compile(TIME, regex.VERBOSE | regex.IGNORECASE)
_NOT_WORD = regex.compile(r"[^\w]+")


_STOP: Final = frozenset(STOPWORDS)


def _measure_stems(cue: Cue | None) -> frozenset[str]:
    """A measure's content words, cut to their first five letters, without its time phrases
    ("approved the plan in 2019" -> {"appro", "plan"})."""
    if cue is None:
        return frozenset()
    text = _TIME_WORDS.sub(" ", cue.value).casefold()
    return frozenset(
        stance_word(w)[:5] for w in _NOT_WORD.split(text) if len(w) >= 3 and w not in _STOP
    )


def _measures_differ(f: Statistic, t: Statistic, sents: Sentences | None) -> bool:
    """Whether two ends in two sentences are about different measures: neither's content
    words (but for time phrases and endings: "approve", "approved") are all among the
    other's ("disapproved" is "disapprove of the mayor"; "trust judges" is not "trust the
    police")."""
    if sents is None or sents.index(f.start) == sents.index(t.start):
        return False
    a, b = _measure_stems(f.measure), _measure_stems(t.measure)
    return bool(a) and bool(b) and not (a <= b or b <= a)


#: how far a pair's ends may be from the change the text states between them (rounding)
_CHANGE_SLACK: Final = 0.6


def never_pairs(
    pair: Pair, sents: Sentences | None = None, changes: Mapping[Span, float] | None = None,
    results: frozenset[Span] = frozenset(),
) -> str | None:
    """Why ``pair`` can never be one comparison over time, or None: the one check against
    pairing across groups, measures, pollsters or places at one time.

    - ``group``: two different group keys, or (where a key is unknown) two different
      subgroups;
    - ``measure``: two measures neither of whose content words are all in the other, for ends in two
      sentences (``sents`` given): in
      one sentence the words that join the ends make them one measure, and a baseline's own
      attributed measure is often only its time words ("the previous year (56%)");
    - ``source``: two different pollsters (not for "from X to Y": the text joins its ends; nor
      when the earlier end is an official result in ``results``, "down on the 52.1% it won at
      the 2022 election, according to the electoral commission");
    - ``one_time``: the text puts both ends at the same dated time ("71% in Spain in 2023
      and 44% in Italy in 2023"), a spread, not a change;
    - ``stated_change``: the text states a change from the earlier end (``changes``, by its
      span: "eight points below the 55%") that does not lead to the later end ("58.2% of the
      vote, is now eight points below the 55%": 58.2 is not 55 - 8).
    """
    f, t = pair.f, pair.t
    if _groups_differ(f, t):
        return "group"
    if _measures_differ(f, t, sents):
        return "measure"
    if pair.form != "from_to" and _span(f) not in results and clash(f.source, t.source):
        return "source"  # (an official result is measured against whoever polls after it)
    tf, tt = pair.t_from, pair.t_to
    if (
        tf is not None and tt is not None and tf.period is not None
        and tf.period == tt.period and tf.month is not None
    ):
        return "one_time"
    change = None if changes is None else changes.get(_span(f))
    if change is not None and abs(t.value - f.value - change) > _CHANGE_SLACK:
        return "stated_change"
    return None


@attrs.define
class Ledger:
    """What is decided so far (the only mutable state of pairing)."""

    pairs: list[Pair] = attrs.field(factory=list)
    derived: list[Pair] = attrs.field(factory=list)
    between: list[Pair] = attrs.field(factory=list)
    as_from: set[Span] = attrs.field(factory=set)
    as_to: set[Span] = attrs.field(factory=set)
    closed: set[int] = attrs.field(factory=set)
    baselines: dict[Span, int] = attrs.field(factory=dict)
    #: the later end of each accepted pair -> the value of its earlier end (the first one,
    #: when a later end takes a second baseline)
    from_value: dict[Span, float] = attrs.field(factory=dict)
    #: the earlier end of each accepted pair -> its later end
    to_of: dict[Span, Statistic] = attrs.field(factory=dict)
    at_sweep_start: frozenset[Span] = frozenset()
    sents: Sentences | None = None
    #: the figures read as official results (:func:`pollstats.results.official_result`)
    results: frozenset[Span] = frozenset()
    #: the change the text states from a baseline figure (by its span): see never_pairs
    changes: dict[Span, float] = attrs.field(factory=dict)

    # -- read by rules (pollstats.pair_view.Decided) --
    def is_to(self, st: Statistic) -> bool:
        return _span(st) in self.as_to

    def later_of(self, st: Statistic) -> int | None:
        return self.baselines.get(_span(st))

    def paired_earlier(self, st: Statistic) -> bool:
        return _span(st) in self.at_sweep_start

    def is_from(self, st: Statistic) -> bool:
        return _span(st) in self.as_from

    def baseline_value(self, st: Statistic) -> float | None:
        return self.from_value.get(_span(st))

    def later_end(self, st: Statistic) -> Statistic | None:
        return self.to_of.get(_span(st))

    def is_result(self, st: Statistic) -> bool:
        return _span(st) in self.results

    # -- decisions --
    def begin_sweep(self) -> None:
        self.at_sweep_start = frozenset(self.as_from | self.as_to)

    def take(self, cand: Candidate, rule: str) -> None:
        """Keep the marks of the winning candidate, then weigh each of its pairs."""
        self.closed.update(cand.closes)
        if cand.baseline_of is not None:
            st, later = cand.baseline_of
            self.baselines[_span(st)] = later
        if cand.reopens is not None:
            self.as_to.discard(_span(cand.reopens))
        for pair in cand.pairs:
            self.accept(pair, rule)

    def accept(self, pair: Pair, rule: str) -> None:
        """Keep ``pair`` (made by ``rule``) unless an end is taken or :func:`never_pairs`
        gives a reason."""
        if pair.form == "derived":
            self.derived.append(attrs.evolve(pair, rule=rule))
            return
        if pair.kind == "between_groups":
            # two groups at one time: they differ by design; only two pollsters never pair
            if not clash(pair.f.source, pair.t.source):
                self.between.append(attrs.evolve(pair, rule=rule))
            return
        f, t = _span(pair.f), _span(pair.t)
        if f in self.as_from or t in self.as_to:
            return
        if never_pairs(pair, self.sents, self.changes, self.results) is not None:
            return
        self.pairs.append(attrs.evolve(pair, rule=rule))
        self.as_from.add(f)
        self.as_to.add(t)
        self.from_value.setdefault(t, pair.f.value)  # a second baseline keeps the first
        self.to_of[f] = pair.t


@attrs.frozen
class Resolution:
    """The accepted pairs (in the order they were accepted), the derived pairs, the level
    figures' view and the spans of every end of an accepted pair."""

    pairs: tuple[Pair, ...]
    derived: tuple[Pair, ...]
    view: PairView
    ends: frozenset[Span]
    #: pairs of two groups (or options) at one time with the ratio or gap stated for them
    between: tuple[Pair, ...] = ()


def _sweeps(rules: Sequence[PairRule]) -> Iterator[tuple[Scope, list[PairRule]]]:
    """Runs of consecutive rules of one scope, in registry order."""
    run: list[PairRule] = []
    for rule in rules:
        if run and rule.scope != run[0].scope:
            yield run[0].scope, run
            run = []
        run.append(rule)
    if run:
        yield run[0].scope, run


def _results(text: str, sents: Sentences, stats: Sequence[Statistic]) -> frozenset[Span]:
    """The figures of ``stats`` that state an official result, read sentence by sentence in
    order (a result's list goes on: "won 33.7% and Reform 14.3%")."""
    out: set[Span] = set()
    for i, group in itertools.groupby(stats, key=lambda st: sents.index(st.start)):
        figs = [_span(st) for st in group]
        read = official_results(text, figs, sents.start(i), sents.end(i))
        out.update(span for span, r in zip(figs, read, strict=True) if r is not None)
    return frozenset(out)


def resolve(
    text: str, sents: Sentences, stats: Sequence[Statistic],
    rules: Sequence[PairRule] = PAIR_RULES,
) -> Resolution:
    """Ask ``rules`` about the figures of ``stats`` (sorted by position) and decide."""
    ledger = Ledger(sents=sents, results=_results(text, sents, stats))
    view = PairView.of(text, sents, stats, ledger)
    for k, fig in enumerate(view.figs):
        change = stated_change(view, k)
        if change is not None:
            ledger.changes[_span(fig.st)] = change
    for scope, run in _sweeps(rules):
        ledger.begin_sweep()
        asks = [(rule.propose, rule.name) for rule in run]  # read once per sweep
        closed = ledger.closed if scope == "neighbours" else frozenset()
        for i in view.indices(scope):
            if i in closed:
                continue
            for propose, name in asks:
                cand = propose(view, i)
                if cand is not None:
                    ledger.take(cand, name)
                    break  # the first proposal wins
    return Resolution(
        tuple(ledger.pairs), tuple(ledger.derived), view,
        frozenset(ledger.as_from | ledger.as_to), tuple(ledger.between),
    )
