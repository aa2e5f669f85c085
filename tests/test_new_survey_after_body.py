"""A separately named survey after an official body's paragraph is its own organization's:
"X (ABBR), in its annual survey of N members, found ..." and a charity's or a movement's titled
report ("the Kestrel Mission's annual State of the City report") are recognised from their
wording, so the figures do not stay with the central bank or statistics office before them."""
from __future__ import annotations

import pytest

import pollstats


def _sources(text: str) -> list[str | None]:
    return [r["source"] for r in pollstats.extract(text, published="2025-11-20").records()
            if r["type"] == "statistic"]


@pytest.mark.parametrize(("text", "body", "org"), [
    ("The Reserve Bank of New Zealand held the OCR at 2.5 percent.\n\n"
     "The Harbour Growers' Federation (HGF), in its annual survey of 612 members, said 38 "
     "percent planned to cut staff.", "Reserve Bank of New Zealand",
     "Harbour Growers' Federation"),
    ("Statistics Sweden said unemployment was 8.7 per cent in October.\n\n"
     "The Nordic Tenants Alliance, in its yearly survey of 2,040 renters, found 29 per cent "
     "behind on rent.", "Statistics Sweden", "Nordic Tenants Alliance"),
    ("The Bank of Ghana kept its policy rate at 27 per cent.\n\n"
     "The Accra Relief Mission's annual State of the City report said requests for food aid "
     "rose 18 per cent.", "Bank of Ghana", "Accra Relief Mission"),
])
def test_the_new_survey_is_its_organization_s(text: str, body: str, org: str) -> None:
    found = _sources(text)
    assert found[0] == body
    assert found[-1] == org


@pytest.mark.parametrize("text", [
    # near misses: a person's report, and a minister speaking about his own figures
    "Sarah Okafor, in her annual report, said 40% of staff agreed.",
    "The minister, in his budget speech, said 31% of firms were hiring.",
])
def test_near_misses_name_no_organization(text: str) -> None:
    assert _sources(text)[0] is None
