"""Arguments checked at the API boundary: ``published=`` and ``sample_size=`` (#15, #18)."""

from __future__ import annotations

import datetime as dt

import pytest

import pollstats
from pollstats import PollstatsError, cli

PAIR = "Support was 41% in May, up from 30% in April."


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-05-02", dt.date(2024, 5, 2)),
    ("2024-05", dt.date(2024, 5, 1)),
    ("2024", dt.date(2024, 1, 1)),
    (dt.date(2024, 5, 2), dt.date(2024, 5, 2)),
    (dt.datetime(2024, 5, 2, 23, 59), dt.date(2024, 5, 2)),
    (None, None),
])
def test_published_accepts_the_documented_forms(value: object, expected: dt.date | None) -> None:
    assert pollstats.extract("41% agreed.", published=value).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [
    "May 2, 2024", "20240502", "", "2024-05-02junk", " 2024-05-02", "2024-5-2", "2024-02-30",
    "2024-13", "24", "２０２４-05-02", "2024/05/02", "2024-05-02T10:00",
])
def test_published_rejects_anything_else_with_one_error(value: str) -> None:
    with pytest.raises(PollstatsError) as info:
        pollstats.extract("41% agreed.", published=value)
    message = str(info.value)
    assert repr(value) in message and "YYYY-MM-DD, YYYY-MM or YYYY" in message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("value", [2024, 2024.0, b"2024-05-02", True, ["2024"]])
def test_published_of_another_type_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="published"):
        pollstats.extract("41% agreed.", published=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["May 2, 2024", "20240502", "", "2024-05-02junk"])
def test_cli_published_is_as_strict_exit_2(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["extract", "--example", "--published", value])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert repr(value) in err and "YYYY-MM" in err and "Traceback" not in err


@pytest.mark.parametrize("text", [PAIR, "41% agreed.", ""])
@pytest.mark.parametrize("value", [0, -5, -1, 10**10 + 1, 10**400])
def test_sample_size_out_of_range_is_an_error_whatever_the_text(text: str, value: int) -> None:
    with pytest.raises(PollstatsError, match="sample_size"):
        pollstats.extract(text, sample_size=value)


@pytest.mark.parametrize("value", ["1000", True, False, 1000.0, 1.5, [1000]])
def test_sample_size_of_another_type_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="sample_size"):
        pollstats.extract(PAIR, sample_size=value)  # type: ignore[arg-type]


def test_sample_size_in_range_is_used() -> None:
    small = pollstats.extract(PAIR, sample_size=1)
    large = pollstats.extract(PAIR, sample_size=10**10)
    assert [c.significant for c in small.comparisons] == [False]
    assert [c.significant for c in large.comparisons] == [True]


@pytest.mark.parametrize("value", [0, -5, "1000", True])
def test_extract_many_checks_sample_size_before_any_work(value: object) -> None:
    with pytest.raises((TypeError, PollstatsError)):
        pollstats.extract_many([PAIR], workers=1, sample_size=value)  # type: ignore[arg-type]
