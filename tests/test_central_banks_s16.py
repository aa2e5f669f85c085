"""A central bank whose name has no English "bank" word ("Bangko Sentral ng Pilipinas",
"Banco de Portugal", "Monetary Authority of Singapore") or has it inside a word ("Riksbank",
"Bundesbank") sets its policy rate like any other; and statistics offices and central banks are
found by the abbreviations their countries' reporters use (GUS, SCB, SSB, NBP); "BSP" is
left out: in Indian reporting it is the Bahujan Samaj Party."""
from __future__ import annotations

import pytest

import pollstats


def _sources(text: str) -> list[str | None]:
    return [r["source"] for r in pollstats.extract(text, published="2025-07-15").records()
            if r["type"] == "statistic"]


@pytest.mark.parametrize(("text", "bank"), [
    ("The Bangko Sentral ng Pilipinas held its key rate at 5.5 per cent on Thursday.",
     "Bangko Sentral ng Pilipinas"),
    ("Sweden's Riksbank lowered its policy rate to 2.0 per cent.", "Riksbank"),
    ("The Bundesbank kept its growth forecast, while the key rate stayed at 2.15%.",
     "Bundesbank"),
    ("The Banco de Portugal said its inflation target was 2%.", "Banco de Portugal"),
    ("The NBP kept its reference rate at 5.25% for a sixth month.", "National Bank of Poland"),
    ("Bank of Greece figures put the policy rate at 2.15%.", "Bank of Greece"),
])
def test_a_central_bank_keeps_its_rate(text: str, bank: str) -> None:
    assert _sources(text)[0] == bank


@pytest.mark.parametrize(("text", "office"), [
    ("GUS said consumer prices rose 4.1% in June.", "Statistics Poland"),
    ("Sweden's SCB said unemployment was 8.7 per cent in May.", "Statistics Sweden"),
    ("Norway's SSB said registered unemployment was 2.1% in June.", "Statistics Norway"),
])
def test_an_office_by_its_abbreviation(text: str, office: str) -> None:
    assert _sources(text)[0] == office


@pytest.mark.parametrize("text", [
    # near misses: a person named Gus; an ordinary word in capitals that is no office
    "Gus said 41% of his customers paid by card.",
    "Around 41% of the staff at the bank's branches were part-time.",
    "The BSP won 9.4% of the vote in Uttar Pradesh.",
])
def test_near_misses(text: str) -> None:
    assert _sources(text)[0] is None
