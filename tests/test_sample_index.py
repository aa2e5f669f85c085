"""``SizeIndex`` gives :func:`pollstats.samples.choose`'s answer for every figure, at a cost
that does not grow with the number of sample sizes in the document (issue 18)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pollstats.samples import Sized, SizedEnd, SizeIndex, choose

_NAMES = st.sampled_from([None, "Ipsos", "ipsos", "Gallup"])
_PERIODS = st.sampled_from([None, "2024-05", "2025"])
_GROUPS = st.sampled_from([None, "women", "Women", "age=18-29"])


@st.composite
def sized(draw: st.DrawFn) -> Sized:
    start = draw(st.integers(0, 400))
    return Sized(draw(st.sampled_from([400.0, 1000.0, 1200.0])), start, start + 5,
                 draw(st.integers(0, 3)), draw(_NAMES), draw(_PERIODS), draw(_GROUPS),
                 draw(st.sampled_from([None, 3.1])))


@st.composite
def ends(draw: st.DrawFn) -> SizedEnd:
    start = draw(st.integers(0, 400))
    return SizedEnd(start, start + 3, draw(st.integers(0, 3)), draw(_NAMES), draw(_PERIODS),
                    draw(_GROUPS), draw(st.booleans()))


@settings(max_examples=300)
@given(st.lists(sized(), max_size=12), st.lists(st.integers(0, 420), max_size=20),
       st.lists(ends(), min_size=1, max_size=10),
       st.sampled_from([None, 800.0]))
def test_index_answers_as_choose(sizes: list[Sized], figures: list[int], wanted: list[SizedEnd],
                                 caller: float | None) -> None:
    index = SizeIndex(sizes, figures)
    for end in wanted:  # asked in any order, and twice (the pooled answer is kept)
        assert index.choose(end, caller) == choose(end, sizes, figures, caller)
        assert index.choose(end, caller) == choose(end, sizes, figures, caller)


def test_a_size_stated_right_after_its_figure_wins() -> None:
    sizes = [Sized(1000.0, 10, 20, 0, "Ipsos"), Sized(412.0, 52, 60, 1, "Ipsos", group="women")]
    index = SizeIndex(sizes, [40, 70])
    stated = index.choose(SizedEnd(40, 44, 1, "Ipsos", group="women"))
    assert stated is not None and (stated.n, stated.source) == (412.0, "stated")
    pooled = index.choose(SizedEnd(70, 74, 2, "Ipsos"))
    assert pooled is not None and (pooled.n, pooled.source) == (1000.0, "survey")
    # a figure between the size and the end takes it: no stated size for the first end
    assert SizeIndex(sizes, [40, 45, 70]).choose(SizedEnd(40, 44, 1, "Ipsos", group="women")) \
        == choose(SizedEnd(40, 44, 1, "Ipsos", group="women"), sizes, [40, 45, 70])
