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
  later end, its ends are about two different groups (both have a subgroup and their keys
  differ: "GOP voters" and "Republicans" are one group, "men" and "women" two) or, but for "from
  X to Y", two different sources;
- a ``derived`` pair (a baseline computed from a stated change) holds no end: it is kept as
  proposed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from ._context import Sentences
from .model import Statistic
from .pair_view import Candidate, Pair, PairRule, PairView, Scope, clash
from .pairing import PAIR_RULES

__all__ = ["Ledger", "Resolution", "resolve"]

Span = tuple[int, int]


def _span(st: Statistic) -> Span:
    return st.start, st.end


def _group_of(st: Statistic) -> str | None:
    """Whom a figure is about, as comparisons compare it: the subgroup's key, or its words
    (lower case) when they have no key; None for the whole sample."""
    if st.subgroup is None:
        return None
    group = st.group
    key = group.key if group is not None else None
    return key if key is not None else st.subgroup.value.casefold()


@attrs.define
class Ledger:
    """What is decided so far (the only mutable state of pairing)."""

    pairs: list[Pair] = attrs.field(factory=list)
    derived: list[Pair] = attrs.field(factory=list)
    as_from: set[Span] = attrs.field(factory=set)
    as_to: set[Span] = attrs.field(factory=set)
    closed: set[int] = attrs.field(factory=set)
    baselines: dict[Span, int] = attrs.field(factory=dict)
    at_sweep_start: frozenset[Span] = frozenset()

    # -- read by rules (pollstats.pair_view.Decided) --
    def is_to(self, st: Statistic) -> bool:
        return _span(st) in self.as_to

    def later_of(self, st: Statistic) -> int | None:
        return self.baselines.get(_span(st))

    def paired_earlier(self, st: Statistic) -> bool:
        return _span(st) in self.at_sweep_start

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
        """Keep ``pair`` (made by ``rule``) unless an end is taken or attribution names two
        groups or (but for "from X to Y") two sources."""
        if pair.form == "derived":
            self.derived.append(attrs.evolve(pair, rule=rule))
            return
        f, t = _span(pair.f), _span(pair.t)
        if f in self.as_from or t in self.as_to:
            return
        a, b = _group_of(pair.f), _group_of(pair.t)
        if a is not None and b is not None and a != b:
            return
        if pair.form != "from_to" and clash(pair.f.source, pair.t.source):
            return
        self.pairs.append(attrs.evolve(pair, rule=rule))
        self.as_from.add(f)
        self.as_to.add(t)


@attrs.frozen
class Resolution:
    """The accepted pairs (in the order they were accepted), the derived pairs, the level
    figures' view and the spans of every end of an accepted pair."""

    pairs: tuple[Pair, ...]
    derived: tuple[Pair, ...]
    view: PairView
    ends: frozenset[Span]


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


def resolve(
    text: str, sents: Sentences, stats: Sequence[Statistic],
    rules: Sequence[PairRule] = PAIR_RULES,
) -> Resolution:
    """Ask ``rules`` about the figures of ``stats`` (sorted by position) and decide."""
    ledger = Ledger()
    view = PairView.of(text, sents, stats, ledger)
    for scope, run in _sweeps(rules):
        ledger.begin_sweep()
        for i in view.indices(scope):
            if scope == "neighbours" and i in ledger.closed:
                continue
            for rule in run:
                cand = rule.propose(view, i)
                if cand is not None:
                    ledger.take(cand, rule.name)
                    break  # the first proposal wins
    return Resolution(
        tuple(ledger.pairs), tuple(ledger.derived), view,
        frozenset(ledger.as_from | ledger.as_to),
    )
