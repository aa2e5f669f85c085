"""Streaming: the statistics of a text too large to hold at once, read in chunks.

:func:`iter_statistics` cuts the stream into blocks, preferably at paragraph breaks (a blank
line), runs :func:`~pollstats.extract` on each block together with ``context`` characters on
either side, keeps the statistics that start inside the block and yields them with spans into
the whole stream. Every rule of the matchers looks at most a few hundred characters around a
figure, so with the default context the statistics (text, span, value, unit, kind, qualifier)
are those of ``extract`` on the joined text. Attribution is read within a block and its
context: a source or period carried over from further back than that is not seen. Memory is
bounded by the block size, not by the length of the stream.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from .model import Cue, Statistic
from .pipeline import extract

__all__ = ["iter_blocks", "iter_statistics"]

#: A paragraph break: a line that is empty or only whitespace ("\n\n", "\r\n\r\n", "\n \n").
_BREAK = regex.compile(r"(?r)\n[^\S\n]{0,64}+\n")
_SPACE = regex.compile(r"(?r)\s")


def _shift(st: Statistic, k: int) -> Statistic:
    """``st`` with its span and the spans of its cues moved ``k`` characters right."""
    changes: dict[str, Any] = {"start": st.start + k, "end": st.end + k}
    for field in attrs.fields(type(st)):
        value = getattr(st, field.name)
        if isinstance(value, Cue):
            changes[field.name] = attrs.evolve(value, start=value.start + k, end=value.end + k)
    return attrs.evolve(st, **changes)


def _block(
    buf: str, buf_at: int, done: int, cut: int, context: int, published: _dt.date | str | None,
    headline_stats: bool = False,
) -> Iterator[Statistic]:
    """Statistics starting in ``[done, cut)`` (stream offsets); ``buf`` starts at ``buf_at``.
    Only the stream's own first line can be its headline: a later window's is not."""
    lo = max(0, done - buf_at - context)
    hi = min(len(buf), cut - buf_at + context)
    offset = buf_at + lo
    keep = headline_stats or offset > 0
    for st in extract(buf[lo:hi], published=published, headline_stats=keep).statistics:
        if done <= st.start + offset < cut:
            yield _shift(st, offset)


def iter_statistics(
    chunks: str | Iterable[str],
    *,
    published: _dt.date | str | None = None,
    block_chars: int = 1 << 16,
    context: int = 1024,
    headline_stats: bool = False,
) -> Iterator[Statistic]:
    """Yield the statistics of a stream of text chunks, in text order, with spans into the
    whole stream (the concatenation of the chunks). ``chunks`` may be one ``str``.

    Blocks of at least ``block_chars`` characters are cut at paragraph breaks (after 4 blocks
    without one, at a space, or anywhere), each read with ``context`` characters on either side
    (see the module docstring for what that keeps). ``headline_stats`` as for
    :func:`~pollstats.extract`: the figures of the stream's headline line are left out unless
    it is true.

    >>> chunks = ["Support was 41% in May.\\n\\nBy June it was 4", "5%, a poll found.\\n"]
    >>> [(s.text, s.start) for s in iter_statistics(chunks, block_chars=8, context=4)]
    [('41%', 12), ('45%', 40)]
    >>> "".join(chunks)[40:43]
    '45%'
    """
    if isinstance(chunks, str):
        chunks = (chunks,)
    if block_chars < 1 or context < 0:
        raise ValueError(f"need block_chars >= 1 and context >= 0, not {block_chars}, {context}")
    buf = ""  # the stream from offset buf_at on, up to what has been read
    buf_at = 0
    done = 0  # statistics starting before this stream offset have been yielded
    scanned = 0  # no paragraph break ends between done and this offset (minus a margin)
    pending: list[str] = []
    pending_len = 0
    for chunk in chunks:
        if not isinstance(chunk, str):
            raise TypeError(f"iter_statistics() takes str chunks, not {type(chunk).__name__}")
        pending.append(chunk)
        pending_len += len(chunk)
        if pending_len < block_chars:
            continue
        buf += "".join(pending)
        pending.clear()
        pending_len = 0
        lo = done - buf_at
        limit = len(buf) - context  # leave context after the cut for the rules to look at
        if limit - lo < block_chars:
            continue
        m = _BREAK.search(buf, max(lo, scanned - buf_at - 66), limit)
        scanned = buf_at + limit
        if m is not None:
            cut = m.end()
        elif limit - lo >= 4 * block_chars:  # no paragraph break for long: after a space
            m = _SPACE.search(buf, limit - block_chars, limit)
            cut = m.end() if m is not None else limit
        else:
            continue
        yield from _block(buf, buf_at, done, buf_at + cut, context, published, headline_stats)
        done = buf_at + cut
        drop = max(0, cut - context)
        buf = buf[drop:]
        buf_at += drop
    buf += "".join(pending)
    yield from _block(buf, buf_at, done, buf_at + len(buf), context, published, headline_stats)


def iter_blocks(
    chunks: Iterable[str], *, block_chars: int = 1 << 18
) -> Iterator[tuple[int, str]]:
    """``(offset, block)``: the stream of text ``chunks`` cut into blocks, in order, whose
    concatenation is the stream; ``offset`` is where the block starts in it.

    A block ends at the last paragraph break (a blank line) once at least ``block_chars``
    characters are waiting; with no paragraph break in ``4 * block_chars`` characters, at the
    last whitespace of the last ``block_chars``, or else right there. So a block holds at most
    ``4 * block_chars`` characters plus one chunk, however long the stream, and the work is
    linear: each character is scanned for a break once. (The command line extracts block by
    block: each block is read as a document of its own.)

    >>> list(iter_blocks(["One 41%.\\n\\nTwo", " 52%.\\n\\nThree 9%."], block_chars=5))
    [(0, 'One 41%.\\n\\n'), (10, 'Two 52%.\\n\\n'), (20, 'Three 9%.')]
    """
    if block_chars < 1:
        raise ValueError(f"need block_chars >= 1, not {block_chars}")
    buf = ""
    at = 0  # stream offset of buf[0]
    scanned = 0  # buf[:scanned] has been searched for paragraph breaks
    last_break = -1  # end of the last paragraph break in buf[:scanned], or -1
    for chunk in chunks:
        if not isinstance(chunk, str):
            raise TypeError(f"iter_blocks() takes str chunks, not {type(chunk).__name__}")
        buf += chunk
        if len(buf) < block_chars:
            continue
        m = _BREAK.search(buf, max(0, scanned - 66))  # the last break in the new text
        scanned = len(buf)
        if m is not None and m.end() > last_break:
            last_break = m.end()
        while len(buf) >= block_chars:
            if last_break > 0:
                cut = last_break
            elif len(buf) >= 4 * block_chars:
                m = _SPACE.search(buf, len(buf) - block_chars)
                cut = m.end() if m is not None else len(buf)
            else:
                break
            yield at, buf[:cut]
            buf = buf[cut:]
            at += cut
            scanned = max(0, scanned - cut)
            last_break = -1
    if buf:
        yield at, buf
