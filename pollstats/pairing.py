"""Pairing rules: each way of writing a comparison is one named row of :data:`PAIR_RULES`.

A rule's ``propose(view, i)`` reads a :class:`~pollstats.pair_view.PairView` and returns a
:class:`~pollstats.pair_view.Candidate` or None; it writes nothing. The order of the tuple is
the priority: :func:`pollstats.resolver.resolve` asks the rules in that order and decides.
Each rule's row (``NAME_RULE``, right after its function) carries example sentences it must
pair and near misses it must not (``tests/test_pair_rules.py`` checks them all). A new way of
writing is one new function, one new row, and its place in :data:`PAIR_RULES`. The rules
live by family in ``pair_rules_near`` (neighbour forms), ``pair_rules_series`` (chains,
series, tables), ``pair_rules_single`` (a pair from one figure) and ``pair_rules_groups``
(between groups); what they share is in ``pair_shared``.

Pairing looks only at neighbouring figures (the next share in the text, or the pair before a
"respectively"), in the same or the next sentence, so it is linear in the number of figures.
"""

from __future__ import annotations

from typing import Final

from .pair_rules_groups import (
    GROUP_RATIO_RULE,
    NAMED_FROM_RULE,
    NAMED_PARALLEL_RULE,
    PARALLEL_RULE,
)
from .pair_rules_near import (
    BASELINE_LIST_RULE,
    BASELINE_RULE,
    BRACKET_BASELINE_RULE,
    BRACKET_PAIR_RULE,
    BRACKET_TWO_RULE,
    ESTIMATE_ACTUAL_RULE,
    FIGURES_WERE_RULE,
    FROM_TO_RULE,
    LEADING_RULE,
    RESPECTIVELY_RULE,
    SPLIT_PAIR_RULE,
    SUBJECT_TO_RULE,
    THAN_THEN_RULE,
    UP_DOWN_TO_RULE,
    YEAR_COLUMN_RULE,
)
from .pair_rules_series import (
    ANAPHOR_RULE,
    BACK_REFERENCE_RULE,
    BRACKET_HEADER_RULE,
    CHAIN_RULE,
    DATED_LIST_RULE,
    GROUP_BACK_REFERENCE_RULE,
    HISTORY_RULE,
    LAST_ASKED_RULE,
    LIST_SERIES_RULE,
    PAST_FRAME_RULE,
    SERIES_RULE,
    STANCE_TWO_RULE,
    TABLE_RULE,
    THEN_DID_RULE,
    THEN_NOW_RULE,
    THEN_STANCE_NOUN_RULE,
    THEN_STANCE_RULE,
    TIME_PAIR_RULE,
    WHEN_BASELINE_RULE,
)
from .pair_rules_single import DERIVED_RULE, UNCHANGED_RULE
from .pair_rules_stated import STATED_BASELINE_RULE, STATED_DERIVED_RULE
from .pair_view import MAX_GAP, PairRule

__all__ = ["MAX_GAP", "PAIR_RULES"]


# -- the registry --------------------------------------------------------------------------

#: The pairing rules, highest priority first. Rules of one scope that follow each other are
#: asked in one sweep over the text (for each place, the first rule that proposes wins).
PAIR_RULES: Final[tuple[PairRule, ...]] = (
    RESPECTIVELY_RULE,
    BRACKET_TWO_RULE,
    STANCE_TWO_RULE,
    BASELINE_LIST_RULE,
    FROM_TO_RULE,
    SPLIT_PAIR_RULE,
    FIGURES_WERE_RULE,
    BASELINE_RULE,
    YEAR_COLUMN_RULE,
    ESTIMATE_ACTUAL_RULE,
    LEADING_RULE,
    SERIES_RULE,
    DATED_LIST_RULE,
    CHAIN_RULE,
    TIME_PAIR_RULE,
    ANAPHOR_RULE,
    LAST_ASKED_RULE,
    WHEN_BASELINE_RULE,
    THEN_NOW_RULE,
    THEN_DID_RULE,
    THAN_THEN_RULE,
    UP_DOWN_TO_RULE,
    SUBJECT_TO_RULE,
    BRACKET_PAIR_RULE,
    BRACKET_BASELINE_RULE,
    PARALLEL_RULE,
    NAMED_PARALLEL_RULE,
    NAMED_FROM_RULE,
    TABLE_RULE,
    BRACKET_HEADER_RULE,
    LIST_SERIES_RULE,
    STATED_BASELINE_RULE,
    BACK_REFERENCE_RULE,
    GROUP_BACK_REFERENCE_RULE,
    THEN_STANCE_RULE,
    HISTORY_RULE,
    PAST_FRAME_RULE,
    THEN_STANCE_NOUN_RULE,
    GROUP_RATIO_RULE,
    STATED_DERIVED_RULE,
    DERIVED_RULE,
    UNCHANGED_RULE,
)
