"""The samples a document tells by their size, read once (:class:`SampleIndex`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as hs

import pollstats
from pollstats.document import Document
from pollstats.sample_ranks import _SAMPLE_REACH, SampleIndex


def test_samples_are_read_with_their_rank() -> None:
    text = ("The poll of 1,204 adults ran in May. Of them, 803 registered voters and "
            "612 likely voters answered the ballot question.")
    told = SampleIndex.of(text)
    assert told.ranks == (0, 1, 2)
    assert [text[s:s + 5] for s in told.starts] == ["1,204", "803 r", "612 l"]


def test_a_sample_far_away_is_not_this_figures() -> None:
    far = "x" * (_SAMPLE_REACH + 50)
    text = f"A survey of 900 likely voters. {far} Among registered voters, 41% agreed."
    told = SampleIndex.of(text)
    at = text.index("41%")
    assert told.widest(at) is None
    assert not told.narrower("likely voters", at)
    assert told.widest(text.index("900")) == 2


def test_narrower_compares_the_phrase_with_the_widest_sample_near() -> None:
    text = "We polled 1,000 adults, among them 700 registered voters."
    told = SampleIndex.of(text)
    at = len(text)
    assert told.widest(at) == 0
    assert told.narrower("likely voters", at)
    assert told.narrower("the registered voters", at)
    assert not told.narrower("adults", at)
    assert not told.narrower("pensioners", at)


_WORDS = ("adults", "registered voters", "likely voters")


@given(hs.lists(hs.tuples(hs.integers(0, 9000), hs.sampled_from(range(3))), max_size=12),
       hs.integers(0, 12_000))
def test_widest_is_the_least_rank_within_reach(samples: list[tuple[int, int]], at: int) -> None:
    # the samples written at (rounded) positions in filler text
    parts, pos, placed = [], 0, []
    for where, rank in sorted(samples):
        if where <= pos:
            continue  # a space before each: "adults.101 registered voters" is no sample
        parts.append(" " * (where - pos))
        piece = f"{100 + rank} {_WORDS[rank]}."
        placed.append((where, rank))
        parts.append(piece)
        pos = where + len(piece)
    told = SampleIndex.of("".join(parts))
    near = [r for w, r in placed if abs(w - at) <= _SAMPLE_REACH]
    assert told.widest(at) == (min(near) if near else None)


def test_the_document_reads_its_samples_once() -> None:
    text = "In the poll of 850 registered voters, 48% of likely voters back the measure."
    doc = Document.read(text, pollstats.extract(text).statistics)
    assert doc.samples == SampleIndex.of(text)
    assert doc.samples.ranks == (1,)
    rec = pollstats.extract(text).statistics
    assert [st.subgroup.value if st.subgroup else None for st in rec
            if st.kind == "share"] == ["likely voters"]
