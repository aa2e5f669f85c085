"""extract_many: the serial records, in order, streamed with a bounded read-ahead."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import pollstats
from pollstats.parallel import extract_many

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import documents, poll_dense

DOCS = documents(poll_dense(0.04, seed=3))  # about 20 documents of ~2 KB
TEXTS = [*DOCS, "", "No figures here.", "Last year 41% agreed; now 45% do."]


def serial(texts: list[str], **kw: object) -> list[list[dict[str, object]]]:
    return [pollstats.extract(t, **kw).records() for t in texts]  # type: ignore[arg-type]


def test_registered_lazily() -> None:
    assert "extract_many" in pollstats.__all__
    assert pollstats.extract_many is extract_many


@pytest.mark.parametrize("workers", [1, 2])
def test_same_records_in_the_same_order(workers: int) -> None:
    expected = serial(TEXTS)
    assert sum(map(len, expected)) > 20
    assert list(extract_many(TEXTS, workers=workers, chunksize=3)) == expected


def test_published_and_sample_size_are_passed_on() -> None:
    texts = ["A Gallup poll last year found 41% agreed.", "Support fell from 52% to 49%."]
    kw = {"published": dt.date(2024, 5, 1), "sample_size": 1000}
    expected = serial(texts, **kw)
    got = list(extract_many(texts, workers=2, chunksize=1, **kw))  # type: ignore[arg-type]
    assert got == expected
    assert any(r.get("period") == "2023" for r in got[0])


def test_keyed_pairs_and_triples_keep_their_keys() -> None:
    key = object()  # keys stay in this process: they need not be picklable
    items = [("a", TEXTS[0]), (key, TEXTS[1]), ("c", "In 2023, 41% agreed.", "2024-06-01")]
    got = list(extract_many(items, workers=2, chunksize=1))
    assert [k for k, _ in got] == ["a", key, "c"]
    assert got[0][1] == pollstats.extract(TEXTS[0]).records()
    assert got[2][1] == pollstats.extract("In 2023, 41% agreed.", published="2024-06-01").records()


def test_mixed_plain_and_keyed_items() -> None:
    got = list(extract_many(["Up 5 points.", ("k", "Down 3 points.")], workers=1))
    assert isinstance(got[0], list) and got[1][0] == "k"


@pytest.mark.parametrize("workers", [1, 2])
def test_generator_input_is_read_lazily(workers: int) -> None:
    pulled = 0

    def gen() -> Iterator[str]:
        nonlocal pulled
        for t in TEXTS * 5:
            pulled += 1
            yield t

    it = extract_many(gen(), workers=workers, chunksize=2, window=2)
    assert pulled == 0  # nothing is read before the first result is asked for
    first = next(it)
    assert first == pollstats.extract(TEXTS[0]).records()
    bound = 1 if workers == 1 else (2 + 1) * 2  # window + 1 chunks read ahead at most
    assert pulled <= bound
    for _ in range(5):
        next(it)
    assert pulled <= 6 + bound
    it.close()  # shuts the pool down
    assert pulled < len(TEXTS) * 5


@pytest.mark.parametrize("workers", [1, 2])
def test_type_error_names_the_item_after_the_results_before_it(workers: int) -> None:
    it = extract_many(["41% agreed.", "So did 5%.", b"bytes", "never read"],  # type: ignore[list-item]
                      workers=workers, chunksize=1)
    assert next(it)[0]["text"] == "41%"
    assert next(it)[0]["text"] == "5%"
    with pytest.raises(TypeError, match=r"item 2 is bytes"):
        next(it)


def test_type_errors_for_bad_tuples_and_arguments() -> None:
    with pytest.raises(TypeError, match=r"item 0 is a tuple whose text is int"):
        list(extract_many([("k", 5)], workers=1))  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"item 1 is tuple"):
        list(extract_many(["x", ("a",)], workers=1))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not one str"):
        extract_many("one text")
    with pytest.raises(ValueError, match="workers"):
        extract_many([], workers=-1)
    with pytest.raises(ValueError, match="chunksize"):
        extract_many([], chunksize=0)


def test_empty_input_and_default_workers() -> None:
    assert list(extract_many([])) == []
    assert list(extract_many(iter(TEXTS[:3]), workers=None)) == serial(TEXTS[:3])


@pytest.mark.parametrize("workers", [1, 2])
def test_results_before_a_failing_input_iterator_are_not_lost(workers: int) -> None:
    def texts() -> Iterator[str]:
        yield "41% agreed."
        yield "So did 5%."
        yield "And 7%."
        raise OSError("the archive went away")

    got: list[str] = []
    with pytest.raises(OSError, match="archive went away"):
        for recs in extract_many(texts(), workers=workers, chunksize=2):
            got.append(recs[0]["text"])
    assert got == ["41%", "5%", "7%"]


@pytest.mark.parametrize(("name", "value"), [
    ("workers", True), ("workers", 2.0), ("workers", "2"), ("chunksize", True),
    ("chunksize", 1.5), ("window", False), ("window", "3"),
])
def test_non_int_sizes_are_type_errors(name: str, value: object) -> None:
    with pytest.raises(TypeError, match=name):
        extract_many([], **{name: value})  # type: ignore[arg-type]


def test_window_below_one_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="window"):
        extract_many([], window=0)


def test_workers_are_capped_to_the_available_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ProcessPoolExecutor

    from pollstats import parallel

    started: list[int] = []

    class Recording(ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kw: object) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Recording)
    monkeypatch.setattr(parallel, "_available_cpus", lambda: 2)
    texts = ["41% agreed.", "So did 5%.", "And 7%."]
    assert list(extract_many(texts, workers=200, chunksize=1)) == serial(texts)
    assert started == [2]
    monkeypatch.setattr(parallel, "_available_cpus", lambda: 1)
    assert list(extract_many(texts, workers=200)) == serial(texts)
    assert started == [2]  # one CPU: in this process, no pool


def test_progress_counter_on_stderr_without_tqdm(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if tqdm were not installed
    texts = ["41% agreed.", "So did 5%.", "And 7%."]
    assert list(extract_many(texts, workers=1, progress=True)) == serial(texts)
    err = capsys.readouterr().err
    assert err.endswith("\rpollstats: 3/3 documents\n") and err.count("\r") == 3
    assert list(extract_many(iter(texts), workers=1, progress=True)) == serial(texts)
    assert capsys.readouterr().err.endswith("\rpollstats: 3 documents\n")


def test_progress_uses_tqdm_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    seen: list[object] = []

    def fake_tqdm(iterable: Iterator[object], **kw: object) -> Iterator[object]:
        seen.append(kw.get("total"))
        yield from iterable

    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=fake_tqdm))
    assert len(list(extract_many(["41% agreed.", "5%."], workers=1, progress=True))) == 2
    assert seen == [2]


def test_progress_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="progress"):
        extract_many([], progress=1)  # type: ignore[arg-type]
