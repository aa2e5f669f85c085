"""The benchmark corpora (benchmarks/corpus.py): deterministic, of the intended density, and
documents() cuts at paragraph breaks. No timing here: see benchmarks/run.py."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import pollstats

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import documents, plain_prose, poll_dense

SIZE = 0.05  # MB


def test_deterministic_for_a_seed_and_different_across_seeds() -> None:
    assert poll_dense(SIZE, seed=1) == poll_dense(SIZE, seed=1)
    assert plain_prose(SIZE, seed=1) == plain_prose(SIZE, seed=1)
    assert poll_dense(SIZE, seed=1) != poll_dense(SIZE, seed=2)
    assert plain_prose(SIZE, seed=1) != plain_prose(SIZE, seed=2)


@pytest.mark.parametrize("gen", [poll_dense, plain_prose])
def test_size_and_shape(gen: object) -> None:
    text = gen(SIZE, seed=0)  # type: ignore[operator]
    size = len(text.encode("utf-8"))
    assert SIZE * 1e6 <= size <= SIZE * 1e6 + 12_000  # the last article may overshoot
    paragraphs = re.split(r"\n\n", text.strip())
    assert len(paragraphs) > 10
    body = [p for p in paragraphs if len(p) > 100]  # not the headlines
    assert len(set(body)) == len(body)  # varied, not one paragraph repeated


def test_poll_dense_has_one_to_two_statistics_per_kb_of_every_kind() -> None:
    text = poll_dense(0.1, seed=4)
    ex = pollstats.extract(text)
    density = len(ex.statistics) / (len(text.encode("utf-8")) / 1000)
    assert 1.0 <= density <= 2.2
    kinds = {st.kind for st in ex.statistics}
    assert kinds >= {"share", "change", "ratio", "sample_size", "margin_of_error"}
    assert len(ex.comparisons) > 5
    assert any(st.source is not None for st in ex.statistics)
    assert any(st.period is not None for st in ex.statistics)
    assert any(st.subgroup is not None for st in ex.statistics)


def test_plain_prose_has_numbers_but_no_statistics() -> None:
    text = plain_prose(0.1, seed=4)
    assert len(re.findall(r"\d+", text)) > 1000  # years, dates, times, ages, money, counts
    assert "%" not in text and "percent" not in text
    assert len(pollstats.extract(text).statistics) <= 2


@pytest.mark.parametrize("size", [300, 2048, 10_000])
def test_documents_cut_at_paragraph_breaks_and_cover_the_text(size: int) -> None:
    text = poll_dense(SIZE, seed=6)
    docs = documents(text, size)
    assert "".join(docs) == text
    for doc in docs[:-1]:
        assert doc.endswith("\n\n")
        # longer than size only when it is a single paragraph
        assert len(doc) <= size or doc.rstrip("\n").count("\n\n") == 0
    if size == 2048:
        mean = len(text) / len(docs)
        assert 1200 <= mean <= 2048


def test_documents_edge_cases() -> None:
    assert documents("") == []
    assert documents("one paragraph, no break") == ["one paragraph, no break"]
    assert documents("a\n\nb\n\nc", size=3) == ["a\n\n", "b\n\n", "c"]
    assert documents("a\n\nb", size=100) == ["a\n\nb"]
