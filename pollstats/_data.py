"""Loading of the commented data tables in ``pollstats/data/`` (once, on first use).

A table file has ``[section]`` headers and one entry per line; ``#`` starts a comment.
An entry may carry a value after ``=`` (``more than = more_than``).
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

__all__ = ["PLURAL_NOUN", "alternation", "read_text", "table", "words"]


@functools.cache
def read_text(name: str) -> str:
    """The text of ``pollstats/data/<name>``."""
    return resources.files("pollstats").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def table(name: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Sections of a data file: ``{section: ((entry, value), ...)}`` in file order."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for raw in read_text(name).splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise ValueError(f"{name}: entry {line!r} before any [section]")
        entry, _, value = line.partition("=")
        current.append((" ".join(entry.split()), value.strip()))
    return {k: tuple(v) for k, v in sections.items()}


def words(name: str, section: str) -> tuple[str, ...]:
    """The entries of one section, in file order."""
    return tuple(entry for entry, _ in table(name)[section])


#: A plural noun ("voters", "Israelis", "men"), not "this", "was" or "across": a regex
#: fragment shared by the matchers and the group readers.
PLURAL_NOUN = r"""(?:[\w\-]{2,}[^\Ws]s(?<!(?<!\w)(?:this|does|yes|less|unless|across|perhaps|thus|
                                                  plus|bus|ours|yours|theirs|always|whereas|
                                                  was|has|is|its|his|hers|us|as))
                   |men|women|people|youth|children)"""


def alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace.

    Sorting by length (then text) makes the result independent of set order and hash seeds
    and lets the longest phrase win ("more than" before "more").
    """
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    parts = [r"\s+".join(regex.escape(w) for w in p.split()) for p in unique]
    return "(?:" + "|".join(parts) + ")"
