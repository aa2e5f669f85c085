"""stream.iter_blocks: the command line's blocks — the whole stream, in order, bounded."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from pollstats.stream import iter_blocks

pieces = st.lists(st.sampled_from(["41% ", "word ", "\n", "\n\n", " \n \n", "x" * 30, "\r\n"]),
                  max_size=60).map("".join)


@given(st.lists(pieces, max_size=8), st.integers(1, 40))
def test_blocks_are_the_stream_in_order_and_bounded(chunks: list[str], block: int) -> None:
    out = list(iter_blocks(chunks, block_chars=block))
    text = "".join(chunks)
    assert "".join(b for _, b in out) == text
    at = 0
    for offset, b in out:
        assert offset == at and b
        at += len(b)
    longest = max((len(c) for c in chunks), default=0)
    assert all(len(b) <= 4 * block + longest for _, b in out)


def test_cut_at_the_last_paragraph_break() -> None:
    chunks = ["First 41%.\n\nSecond 42%.\n\nThird", " 43%.\n"]
    assert [b for _, b in iter_blocks(chunks, block_chars=12)] == [
        "First 41%.\n\nSecond 42%.\n\n", "Third 43%.\n"]


def test_without_breaks_at_a_space_then_anywhere() -> None:
    blocks = [b for _, b in iter_blocks(["aaaa bbbb " * 10], block_chars=10)]
    assert all(b.endswith(" ") for b in blocks[:-1])
    blocks = [b for _, b in iter_blocks(["z" * 100], block_chars=10)]
    assert "".join(blocks) == "z" * 100


def test_linear_in_the_stream_with_small_chunks() -> None:
    def chunks(n: int) -> list[str]:
        return ["A line of words without a break. "] * n

    t0 = time.process_time()
    assert sum(len(b) for _, b in iter_blocks(chunks(20_000), block_chars=1 << 16)) > 0
    small = time.process_time() - t0
    t0 = time.process_time()
    assert sum(len(b) for _, b in iter_blocks(chunks(80_000), block_chars=1 << 16)) > 0
    large = time.process_time() - t0
    assert large < 8 * small + 0.5
