"""Net balances told in percent (README: net scores): a change in percentage points, carried
to the list of figures they govern; near misses stay shares or percent changes."""

from __future__ import annotations

import pytest

import pollstats
from pollstats._data import words

#: (text, quote, kind, value, unit) -- sentences in several national styles.
BALANCES = [
    # UK chambers: a net balance named before a signed figure, and the baseline after it
    ("The BCC's net balance of exporters reporting more orders fell to -6 per cent, "
     "from +3 per cent in the spring.", "+3 per cent", "change", 3.0, "percentage_point"),
    # Australia: a net reading, the states listed after it
    ("NAB's net confidence reading for farmers was +7 per cent, led by Queensland at +15 per "
     "cent and Victoria at -3 per cent.", "-3 per cent", "change", -3.0, "percentage_point"),
    # Ireland: a balance with the sign in words
    ("In the Ibec survey, builders posted a balance of minus 4 per cent.", "minus 4 per cent",
     "change", -4.0, "percentage_point"),
    # Canada: an unsigned outlook and its list
    ("The CFIB's net hiring outlook stood at 14 per cent in Quebec, followed by Ontario "
     "(12 per cent) and Alberta (9 per cent).", "9 per cent", "change", 9.0,
     "percentage_point"),
    # India: a measure named once, then by its short name and its head noun
    ("Pune firms gave a Net Employment Outlook (NEO) of 37 per cent.\n\nChennai recorded the "
     "strongest outlook at 41 per cent.", "41 per cent", "change", 41.0, "percentage_point"),
    # South Africa: a balance, then the next province
    ("The BER's business confidence balance was -12% in Gauteng and -18% in Durban.", "-18%",
     "change", -18.0, "percentage_point"),
    # Ukraine / Germany in English: trust minus distrust, a signed figure in its sentence
    ("The balance of trust and distrust in the mayor stands at +22%, against +30% in spring.",
     "+30%", "change", 30.0, "percentage_point"),
    # a header of net balances over rows
    ("Survey at a glance: net balances\nExport orders: -5% (+2%)\nEmployment: +8% (+6%)",
     "+6%", "change", 6.0, "percentage_point"),
    # points after a balance move it
    ("Builders' sales balance was +15 per cent, an improvement of seven points.",
     "seven points", "change", 7.0, "percentage_point"),
    # a lower outlook than before, in points
    ("The NEO is 2 percentage points weaker than last quarter.", "2 percentage points",
     "change", -2.0, "percentage_point"),
]

#: Near misses: not a balance, whatever words are near.
NOT_BALANCES = [
    ("Net profit rose 12% to Rs 450 crore in the quarter.", "12%", "change", 12.0, "percent"),
    ("Net migration was 0.4% of the population last year.", "0.4%", "share", 0.4, "percent"),
    ("His net worth is up 8% this year, the magazine said.", "8%", "change", 8.0, "percent"),
    ("The trade balance narrowed to 2% of GDP.", "2%", "share", 2.0, "percent"),
    ("Support in Balance Luzon is 43%, the Pulse Asia poll found.", "43%", "share", 43.0,
     "percent"),
    ("Her net approval is -12%, with 40% of voters approving.", "40%", "share", 40.0,
     "percent"),
    ("Firms gave a Net Employment Outlook (NEO) of 40 per cent. Of the employers surveyed, "
     "54 per cent expect to hire.", "54 per cent", "share", 54.0, "percent"),
    ("The net score was +6%. Oil fell -3% on Friday.", "-3%", "change", -3.0, "percent"),
    ("The net balance of firms was +8 per cent. Among builders, 35 per cent expect growth.",
     "35 per cent", "share", 35.0, "percent"),
    ("The balance of payments deficit was -3% of GDP.", "-3%", "change", -3.0, "percent"),
]


def _reads(text: str) -> dict[str, tuple[str, float, str]]:
    return {s.text: (s.kind, s.low, s.unit) for s in pollstats.extract(text).statistics}


@pytest.mark.parametrize(("text", "quote", "kind", "value", "unit"), BALANCES + NOT_BALANCES)
def test_net_balance_in_percent(text: str, quote: str, kind: str, value: float,
                                unit: str) -> None:
    assert _reads(text).get(quote) == (kind, value, unit)


@pytest.mark.parametrize("noun", words("lexicon.txt", "net_measure_nouns"))
def test_each_net_measure_noun_makes_a_percent_a_balance(noun: str) -> None:
    assert _reads(f"The survey's net {noun} was 12%.")["12%"] == (
        "change", 12.0, "percentage_point")
    # without "net" the same figure is a share
    assert _reads(f"The survey's {noun} report covered 12% of firms.")["12%"][0] == "share"


@pytest.mark.parametrize("head", words("lexicon.txt", "net_named_heads"))
def test_each_named_head_carries_a_net_measure(head: str) -> None:
    named = f"Firms gave a net hiring {head} of 30 per cent.\n\nBanks posted a {head} of 25%."
    assert _reads(named)["25%"] == ("change", 25.0, "percentage_point")
    alone = f"Banks posted a {head} of 25%."
    assert _reads(alone)["25%"] == ("share", 25.0, "percent")
