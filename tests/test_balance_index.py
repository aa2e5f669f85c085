"""A survey's confidence or outlook index told in percent is a net balance (a change in
percentage points); a price index, a relative move of an index and a share are not."""

from __future__ import annotations

import pytest

import pollstats
from pollstats._data import words

BALANCES = [
    ("The central bank's consumer confidence index (CCI) sank to -8.4% from -3.1%.", "-8.4%"),
    ("Bank Indonesia's survey put the business outlook index at 21.6% for the quarter.",
     "21.6%"),
    ("The Fedesarrollo consumer confidence index rose to 4.7%, its highest since May.", "4.7%"),
    ("The SARB's consumer confidence index (CCI) eased. The CCI fell to 14% from 19%.", "14%"),
    ("Consumers were gloomier: the expectations index dropped to -2.5% from 1.5%.", "1.5%"),
    ("Low-income homes were the most downbeat. Rich ones posted a positive reading of 3.1%.",
     "3.1%"),
]

NOT_BALANCES = [
    # a price index's rate, a relative move of an index, a share after a balance
    ("The consumer price index rose to 3.2% in May, and the confidence index (CI) fell to "
     "-4%. The index rose to 3% in June.", "3%", "share"),
    ("The Westpac consumer sentiment index rose 2.3% to 95.1 in March.", "2.3%", "change"),
    ("The confidence index (CI) fell to -4%. The share of households with savings rose to "
     "38% from 36%.", "38%", "share"),
    ("The confidence index (CI) fell to -4%. The share of households with savings rose to "
     "38% from 36%.", "36%", "share"),
]


def _stat(text: str, figure: str) -> pollstats.Statistic:
    found = [s for s in pollstats.extract(text).statistics if s.text == figure]
    assert found, figure
    return found[0]


@pytest.mark.parametrize(("text", "figure"), BALANCES)
def test_index_in_percent_is_a_balance(text: str, figure: str) -> None:
    s = _stat(text, figure)
    assert (s.kind, s.unit) == ("change", "percentage_point")


@pytest.mark.parametrize(("text", "figure", "kind"), NOT_BALANCES)
def test_not_a_balance(text: str, figure: str, kind: str) -> None:
    s = _stat(text, figure)
    assert s.unit == "percent"
    assert s.kind == kind


@pytest.mark.parametrize("name", words("lexicon.txt", "balance_index_names"))
def test_each_balance_index_name_makes_a_percent_a_balance(name: str) -> None:
    s = _stat(f"The central bank's consumer {name} stood at 14.5% in June.", "14.5%")
    assert (s.kind, s.unit) == ("change", "percentage_point")


@pytest.mark.parametrize("word", words("lexicon.txt", "other_index_modifiers"))
def test_each_other_index_modifier_keeps_the_index_a_rate(word: str) -> None:
    text = (f"The confidence index (CI) fell to -4%. The {word} index is watched too, and the "
            "index rose to 3.5% in June.")
    assert _stat(text, "3.5%").unit == "percent"
