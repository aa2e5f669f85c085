"""Adversarial input families for the reliability tests and ``benchmarks/adversarial.py``.

Each family is a generator ``f(n) -> str`` whose output grows linearly with ``n`` (repetitions),
and a large ``n`` (about 1-4 MB of text, or 100-400 ms of CPU when these were written); the
timing test starts from ``n / 64`` and doubles until a run takes 50 ms.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Final

__all__ = ["CONTEXT_FAMILIES", "FAMILIES", "MONTHS", "NUMBER_SCRIPTS", "article", "digit", "no_space_blob"]

MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

#: The zero of every Unicode decimal-digit script (ASCII, Arabic-Indic, Devanagari, fullwidth,
#: mathematical bold...): digit d of a script is ``chr(zero + d)``.
NUMBER_SCRIPTS: Final = tuple(
    c for c in range(0x110000)
    if unicodedata.category(chr(c)) == "Nd" and unicodedata.decimal(chr(c)) == 0
)


def digit(zero: int, d: int) -> str:
    return chr(zero + d)


def _cycle(parts: tuple[str, ...], n: int) -> str:
    return "".join(parts[i % len(parts)] for i in range(n))


def _scripts(n: int) -> str:
    signs = ("%", "٪", "％", "‰", "‱", " percent", " per cent")
    out = []
    for i in range(n):
        z = NUMBER_SCRIPTS[i % len(NUMBER_SCRIPTS)]
        out.append(f"{digit(z, 2)}{digit(z, 7)}{signs[i % len(signs)]} ")
    return "".join(out)


_POLLSTERS: Final = (
    "Levada Center", "Pew Research Center", "Gallup", "YouGov", "Ipsos", "the Northfield Institute",
    "Harbour Polling", "the Public Opinion Foundation",
)
_PEOPLE: Final = ("adults", "voters", "parents", "renters", "teachers", "residents", "Russians")
_TOPICS: Final = (
    "approved of the new transit plan", "trusted local newspapers", "expected prices to rise",
    "supported the library levy", "felt safe walking at night", "planned to travel abroad",
)
_FILLER: Final = (
    "The council met on Tuesday to discuss the harbour bridge.",
    "Officials said the report would be published after the holiday.",
    "Construction on the north road began in {year} and is expected to last {k} months.",
    "The museum reopened its east wing, which had been closed for {k} years.",
    "Tickets cost {k} dollars, and the line stretched around the block.",
    "See https://example.org/report?id={n}&q=poll%20results%25 for the tables.",
    "Room {k} on the {k}th floor hosted a briefing at {k}:30 p.m.",
    "Her family moved to the valley in {year}, when she was {k}.",
)
_STATS: Final = (
    "A poll by {pollster} of {n:,} {people} conducted in {month} {year} found that {p}% "
    "{topic}, up {d} points from {q}% a year earlier.",
    "Among men the figure was {p}%, compared with {q}% among women.",
    "The margin of error is plus or minus {m} percentage points.",
    "Roughly {frac} of {people} said they {topic}.",
    "The share who {topic} has {mult} since {year}, according to {pollster}.",
    "One in {den} {people} {topic}, while {p} per cent said they were unsure.",
    "Support fell from {q}% to {p}% between {month} and the autumn.",
    "Between {lo}% and {hi}% of {people} {topic}, depending on the region.",
    "{people_cap} were {r} times as likely to say they {topic}.",
    "An estimated {p} percent of {people} {topic} (n={n:,}).",
)


def article(chars: int, seed: int = 7) -> str:
    """A real-looking news text of at least ``chars`` characters: paragraphs of survey
    sentences (shares, changes, ranges, ratios, samples, margins) mixed with other numbers."""
    rnd = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < chars:
        sentences = []
        for _ in range(rnd.randint(2, 6)):
            template = rnd.choice(_STATS if rnd.random() < 0.6 else _FILLER)
            lo = rnd.randint(2, 60)
            people = rnd.choice(_PEOPLE)
            sentences.append(template.format(
                pollster=rnd.choice(_POLLSTERS), n=rnd.randint(300, 9000), people=people,
                people_cap=people.capitalize(), month=rnd.choice(MONTHS),
                year=rnd.randint(1995, 2025), p=rnd.randint(1, 99), q=rnd.randint(1, 99),
                d=rnd.randint(1, 15), m=rnd.choice(("2.5", "3", "3.1", "4")),
                frac=rnd.choice(("two-thirds", "a quarter", "one-fifth", "half", "three-quarters")),
                topic=rnd.choice(_TOPICS), mult=rnd.choice(("doubled", "halved", "tripled")),
                den=rnd.choice((3, 4, 5, 10)), lo=lo, hi=lo + rnd.randint(1, 20),
                r=rnd.choice(("1.5", "2", "3.5")), k=rnd.randint(2, 40),
            ))
        para = " ".join(sentences)
        paragraphs.append(para)
        total += len(para) + 2
    return "\n\n".join(paragraphs) + "\n"


def no_space_blob(chars: int, seed: int = 11) -> str:
    """Base64-like text without spaces (a data URI pasted into an article), ``chars`` long."""
    rnd = random.Random(seed)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/%=.,-"
    block = "".join(rnd.choice(alphabet) for _ in range(4096))
    head = "data:image/png;base64,"
    return (head + block * (chars // len(block) + 1))[:chars]


Family = tuple[Callable[[int], str], int]

#: name -> (generator of n repetitions, a large n)
FAMILIES: Final[dict[str, Family]] = {
    # long digit runs
    "nines": (lambda n: "9" * n, 2_000_000),
    "dotted_nines": (lambda n: "9." * n, 1_000_000),
    "comma_ones": (lambda n: "1," * n, 1_000_000),
    "digits_5000": (lambda n: ("9" * 5000 + "% ") * n, 300),
    # percent signs and floods of real matches
    "percent_signs": (lambda n: "% " * n, 1_000_000),
    "percent_flood": (lambda n: "9% " * n, 5_000),
    "percent_flood_nospace": (lambda n: "9%" * n, 5_000),
    "from_to_chain": (lambda n: "from 1% " + "".join(f"to {i % 100}% " for i in range(n)), 5_000),
    "range_dashes": (lambda n: "9-" * n + "14%", 5_000),
    "spaced_nines": (lambda n: "9 " * n + "%", 5_000),
    "number_words": (lambda n: "nine " * n + "percent", 5_000),
    "compound_words": (lambda n: "twenty-two and " * n + "percent", 5_000),
    "fractions": (lambda n: "two-thirds " * n, 10_000),
    "one_in": (lambda n: "1 in " * n + "5 adults", 10_000),
    "percent_words": (lambda n: "27 percent " * n, 5_000),
    "points": (lambda n: "up 3 points " * n, 5_000),
    # attribution bait
    "according_to": (lambda n: "according to " * n + "27%", 100_000),
    "survey_by": (lambda n: "a survey by the " * n + "27%", 100_000),
    "center": (lambda n: "Center " * n + "27%", 200_000),
    "months": (lambda n: _cycle(tuple(m + " " for m in MONTHS), n) + "2024 27%", 100_000),
    "pollster_names": (lambda n: "Levada Center, Gallup and YouGov said " * n + "27%", 20_000),
    # whitespace and brackets
    "whitespace": (lambda n: "27" + _cycle((" ", "\t", "\u00a0", "\n", "\u2009"), n) + "%", 2_000_000),
    "whitespace_between": (lambda n: _cycle((" ", "\n", "\t"), n) + "27% " + " " * n, 2_000_000),
    "nested_brackets": (lambda n: "(" * n + "[" * n + "27%" + "]" * n + ")" * n, 1_000_000),
    "paren_flood": (lambda n: "two-thirds (" * n + "66%)" * n, 5_000),
    # URLs and encodings
    "url_encoded": (lambda n: "%20" * n, 20_000),
    "url_percent25": (lambda n: "http://x.org/?q=a%2520b&p=50%25" * n, 5_000),
    "no_spaces": (lambda n: no_space_blob(n), 1_000_000),
    # Unicode
    "digit_scripts": (_scripts, 10_000),
    "look_alikes": (lambda n: "½% ① in ② ²% Ⅸ% ⅓ of " * n, 50_000),
    "zero_width_bidi": (lambda n: "2\u200b7% \u200e3\u202e4%\u2066 1,\u200b600 " * n, 5_000),
    "combining_marks": (lambda n: "2\u03017% 3\u0308% \u0301" * n, 20_000),
    "nul": (lambda n: "\x00" * n + "27%\x00" + "1\x002% " * n, 20_000),
    "lone_surrogates": (lambda n: "\ud800 27% \udfff" * n, 5_000),
    "case_fold_letters": (lambda n: "\u017fix percent f\u0130ve-sixths of voters " * n, 5_000),
    # a real-looking article
    "article": (lambda n: article(n), 150_000),
}

#: Figures with their context, for the per-figure attribution work (issue 18): a sentence of
#: many figures, sources and dates, where looking at every source or date of the sentence for
#: each figure was quadratic. name -> (generator of n repetitions, an n of >= 250K characters)
CONTEXT_FAMILIES: Final[dict[str, Family]] = {
    "sourced_flood": (lambda n: "9% Gallup, " * n, 23_000),
    "dated_sentences": (lambda n: "9% in May 2020. " * n, 16_000),
    "relative_dates": (lambda n: "9% last year, " * n, 18_000),
    "dated_from_to": (lambda n: "from 9% in May 2020 to 12% in June 2021, " * n, 6_200),
    "sources_and_dates": (
        lambda n: "Ipsos found 9% in May 2020 and the institute 12% the previous year; " * n,
        3_700,
    ),
}

