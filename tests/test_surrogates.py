"""Lone surrogates never reach output: records, JSON Lines and CSV always encode as UTF-8."""

from __future__ import annotations

import pytest

import pollstats
from pollstats.records import shift_record

TEXTS = [
    "A Gallup poll of \ud800 voters found 41% \udc00 support among \ud800 women.",
    "Support fell from 45%\udfff to 38%\ud800 in 2024, a poll of 1,000 \udbff adults found.",
    "Support doubled \ud800 from 12% to 24%.",
    "\ud83d 27% \ude00",
]


@pytest.mark.parametrize("text", TEXTS)
def test_records_and_exports_encode_as_utf8(text: str) -> None:
    ex = pollstats.extract(text)
    assert ex.statistics
    ex.to_jsonl().encode("utf-8")
    ex.to_csv().encode("utf-8")
    for rec in ex.records():
        for key, value in rec.items():
            if isinstance(value, str):
                value.encode("utf-8")
                if key == "text":  # U+FFFD for each lone surrogate, offsets unchanged
                    span = text[rec["start"]:rec["end"]]
                    assert len(value) == len(span)
                    assert value == "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c
                                            for c in span)


def test_comparison_evidence_has_the_replacement() -> None:
    (comp,) = [r for r in pollstats.extract(TEXTS[2]).records() if r["type"] == "comparison"]
    assert comp["text"] == "doubled \ufffd from 12% to 24%"


def test_shift_record_moves_every_offset_and_only_offsets() -> None:
    text = "A Gallup poll of 1,000 adults found support fell from 45% in 2023 to 38% in 2024."
    pad = "\n\n\n"
    plain = pollstats.extract(text).records()
    padded = pollstats.extract(pad + text).records()
    assert [shift_record(r, len(pad)) for r in plain] == padded
    assert plain != padded
