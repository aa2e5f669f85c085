"""``extract_many``: the records of many texts, extracted in worker processes, streamed.

An iterator of texts in, an iterator of results out, in input order. The input is read a
chunk at a time and at most ``window`` chunks are in flight, so memory stays bounded however
long the input is (``multiprocessing.Pool.imap`` would read the whole input at once). Each
result is plain data, ``extract(text).records()``, so nothing but strings, numbers and dicts
crosses between processes; keys of ``(key, text)`` pairs never leave this process.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import itertools
import os
import sys
from collections import deque
from collections.abc import Hashable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any, TypeAlias, TypeVar, overload

__all__ = ["extract_many"]

K = TypeVar("K", bound=Hashable)
Records: TypeAlias = list[dict[str, Any]]
#: One text of a chunk as sent to a worker: the text and its publication date.
_Task: TypeAlias = tuple[str, "_dt.date | None"]
#: What every text of a call is extracted with: ``(sample_size, headline_stats)``.
_Options: TypeAlias = tuple[int | None, bool]

#: A short text that runs every stage (tokens, matchers, attribution, comparisons, records),
#: so that a worker compiles its patterns once, before its first chunk.
_WARM_UP = (
    "A Gallup poll of 1,012 adults conducted Oct. 3-9, 2024 found that 41% of Republicans "
    "back the plan, up from 35% in 2022 (margin of error ±3 points). Nearly two-thirds of "
    "women aged 55 and older disagreed; support fell 6 points, from 45% to 39%, and doubled "
    "among renters."
)


def _warm_up() -> None:
    """Worker initializer: import the extractor and run it once."""
    from .pipeline import extract

    extract(_WARM_UP, published="2024-10-15").records()


def _work(chunk: list[_Task], opts: _Options) -> list[Records]:
    from .pipeline import extract

    sample_size, headline_stats = opts
    return [extract(text, published=pub, sample_size=sample_size,
                    headline_stats=headline_stats).records()
            for text, pub in chunk]


def _available_cpus() -> int:
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+: honours the affinity mask
    if count is not None:
        return int(count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _check_int(name: str, value: object, least: int, *, optional: bool = False) -> None:
    """``TypeError`` unless an ``int`` (not a ``bool``; ``None`` if optional); ``ValueError``
    below ``least``."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        kinds = "an int or None" if optional else "an int"
        raise TypeError(f"extract_many(): {name} must be {kinds}, not {type(value).__name__}")
    if value < least:
        raise ValueError(f"extract_many(): {name} must be >= {least}, not {value}")


def _read(
    texts: Iterable[Any], published: _dt.date | None
) -> Iterator[tuple[int, bool, Any, _Task]]:
    """(position, keyed, key, (text, published)) for each item, checked as it is pulled."""
    from ._args import published_date as _published

    for i, item in enumerate(texts):
        if isinstance(item, str):
            yield i, False, None, (item, published)
            continue
        if not isinstance(item, tuple) or len(item) not in (2, 3):
            raise TypeError(
                f"extract_many(): item {i} is {type(item).__name__}, not a str, a (key, text) "
                "pair or a (key, text, published) triple"
            )
        text = item[1]
        if not isinstance(text, str):
            raise TypeError(
                f"extract_many(): item {i} is a tuple whose text is {type(text).__name__}, "
                "not str"
            )
        pub = _published(item[2]) if len(item) == 3 else published
        yield i, True, item[0], (text, pub)


@overload
def extract_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    published: _dt.date | str | None = None,
    sample_size: int | None = None,
    chunksize: int = 8,
    window: int | None = None,
    mp_context: BaseContext | None = None,
    progress: bool = False,
    headline_stats: bool = False,
) -> Iterator[Records]: ...


@overload
def extract_many(
    texts: Iterable[tuple[K, str]] | Iterable[tuple[K, str, _dt.date | str | None]],
    *,
    workers: int | None = None,
    published: _dt.date | str | None = None,
    sample_size: int | None = None,
    chunksize: int = 8,
    window: int | None = None,
    mp_context: BaseContext | None = None,
    progress: bool = False,
    headline_stats: bool = False,
) -> Iterator[tuple[K, Records]]: ...


@overload
def extract_many(
    texts: Iterable[Any],
    *,
    workers: int | None = None,
    published: _dt.date | str | None = None,
    sample_size: int | None = None,
    chunksize: int = 8,
    window: int | None = None,
    mp_context: BaseContext | None = None,
    progress: bool = False,
    headline_stats: bool = False,
) -> Iterator[Any]: ...


def extract_many(
    texts: Iterable[Any],
    *,
    workers: int | None = None,
    published: _dt.date | str | None = None,
    sample_size: int | None = None,
    chunksize: int = 8,
    window: int | None = None,
    mp_context: BaseContext | None = None,
    progress: bool = False,
    headline_stats: bool = False,
) -> Iterator[Any]:
    """The records of each text, ``extract(text, ...).records()``, in input order.

    ``texts`` is any iterable (a generator is read lazily) of ``str``, of ``(key, text)``
    pairs, or of ``(key, text, published)`` triples; a pair or triple gives ``(key,
    records)`` and keeps its key in this process (it need not be picklable). ``published``,
    ``sample_size`` and ``headline_stats`` are passed to :func:`~pollstats.extract` (a
    triple's own date overrides ``published``).

    ``workers`` processes extract chunks of ``chunksize`` texts, with at most ``window``
    chunks (default ``2 * workers``) read ahead of the results consumed; ``workers=None``
    or ``0`` uses every available CPU, and ``1`` (or one available CPU) extracts in this
    process without a pool; more workers than available CPUs are capped to that number
    (extraction is CPU-bound). ``workers``, ``chunksize`` and ``window`` must be ``int``
    (``TypeError`` for ``True`` or ``2.0``; ``ValueError`` below 0, 1 and 1). Each worker
    warms the extractor up once. ``mp_context`` is a ``multiprocessing`` context (default:
    the platform's start method). An item that is not a ``str``, pair or triple raises
    ``TypeError`` naming its position, and an error raised by the ``texts`` iterator itself
    is raised again — in both cases after the results of every item before it.
    ``progress=True`` shows progress on stderr as results are consumed: a tqdm bar when tqdm
    is installed, else a plain ``pollstats: 12/40 documents`` counter (the total when
    ``texts`` has a length).

    >>> texts = ["Support rose to 41%.", "No figures here.", "Two-thirds agreed."]
    >>> [[r["text"] for r in recs] for recs in extract_many(texts, workers=1)]
    [['41%'], [], ['Two-thirds']]
    >>> dict(extract_many([("a", "Turnout was 61%.")], workers=1))["a"][0]["low"]
    61.0
    """
    workers, window, pub, sample_size = _settings(
        texts, workers, published, sample_size, chunksize, window, progress)
    if not isinstance(headline_stats, bool):
        raise TypeError("extract_many(): headline_stats must be a bool, not "
                        f"{type(headline_stats).__name__}")
    items = _read(texts, pub)
    opts = (sample_size, headline_stats)
    if workers == 1:
        results = _serial(items, opts)
    else:
        results = _pooled(items, opts, workers, chunksize, window, mp_context)
    return _with_progress(results, _total(texts)) if progress else results


def _settings(
    texts: Iterable[Any], workers: int | None, published: _dt.date | str | None,
    sample_size: int | None, chunksize: int, window: int | None, progress: bool,
) -> tuple[int, int, _dt.date | None, int | None]:
    """:func:`extract_many`'s arguments checked (in this order; the first bad one raises):
    the workers (capped to the available CPUs), the window, the publication date and the
    sample size."""
    if isinstance(texts, str | bytes):
        raise TypeError(
            f"extract_many() takes an iterable of texts, not one {type(texts).__name__} "
            "(use extract() for one text)"
        )
    _check_int("workers", workers, 0, optional=True)
    _check_int("chunksize", chunksize, 1)
    _check_int("window", window, 1, optional=True)
    cpus = _available_cpus()
    # never more processes than CPUs: extraction is CPU-bound, and each worker costs memory
    workers = cpus if not workers else min(workers, cpus)
    if window is None:
        window = 2 * workers
    from ._args import published_date
    from ._args import sample_size as _sample_size

    pub = published_date(published)
    sample_size = _sample_size(sample_size)
    if not isinstance(progress, bool):
        raise TypeError(f"extract_many(): progress must be a bool, not {type(progress).__name__}")
    return workers, window, pub, sample_size


def _total(texts: Iterable[Any]) -> int | None:
    try:
        return len(texts)  # type: ignore[arg-type]
    except TypeError:  # a generator: no total
        return None


def _with_progress(results: Iterator[Any], total: int | None) -> Iterator[Any]:
    """The results, counted as they are consumed: a tqdm bar when tqdm is installed, else a
    ``\r``-rewritten ``pollstats: 12/40 documents`` line on stderr."""
    try:
        tqdm: Any = importlib.import_module("tqdm")
    except ImportError:
        tqdm = None
    if tqdm is not None:
        yield from tqdm.tqdm(results, total=total, unit="doc", desc="pollstats")
        return
    done = 0
    of = "" if total is None else f"/{total}"
    try:
        for result in results:
            done += 1
            sys.stderr.write(f"\rpollstats: {done}{of} documents")
            sys.stderr.flush()
            yield result
    finally:
        if done:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _serial(items: Iterator[tuple[int, bool, Any, _Task]], opts: _Options) -> Iterator[Any]:
    from .pipeline import extract

    sample_size, headline_stats = opts
    for _, keyed, key, (text, pub) in items:
        recs = extract(text, published=pub, sample_size=sample_size,
                       headline_stats=headline_stats).records()
        yield (key, recs) if keyed else recs


def _pooled(
    items: Iterator[tuple[int, bool, Any, _Task]],
    opts: _Options,
    workers: int,
    chunksize: int,
    window: int,
    mp_context: BaseContext | None,
) -> Iterator[Any]:
    # Each in-flight chunk: the (keyed, key) of its items, kept here, and the workers' future.
    pending: deque[tuple[list[tuple[bool, Any]], Future[list[Records]]]] = deque()
    error: BaseException | None = None
    executor = ProcessPoolExecutor(workers, mp_context=mp_context, initializer=_warm_up)

    def fill() -> None:
        nonlocal error
        while error is None and len(pending) < window:
            heads: list[tuple[bool, Any]] = []
            tasks: list[_Task] = []
            try:
                for _, keyed, key, task in itertools.islice(items, chunksize):
                    heads.append((keyed, key))
                    tasks.append(task)
            except Exception as exc:  # a bad item or a failing iterator: results before it
                error = exc             # come first, then the error
            if tasks:
                pending.append((heads, executor.submit(_work, tasks, opts)))
            if len(tasks) < chunksize:
                return

    try:
        fill()
        while pending:
            heads, future = pending.popleft()
            fill()  # keep `window` chunks in flight while this one finishes
            results = future.result()
            for (keyed, key), recs in zip(heads, results, strict=True):
                yield (key, recs) if keyed else recs
        if error is not None:
            raise error
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
