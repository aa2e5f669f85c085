"""The time model: ``Period`` (strings, parsing, order, containment), the date grammar's
mentions and their resolution, and the time phrases after figures. Every word of the time
tables in data/dates.txt is covered here. All sentences are written for these tests."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pollstats import extract
from pollstats._context import tail_after
from pollstats._data import table, words
from pollstats.errors import PeriodParseError, PollstatsError
from pollstats.period import Period, period_of
from pollstats.periods import (
    DATE_RULES,
    EVENT_RULES,
    MONTHS,
    DateRule,
    EventRule,
    cycle_month,
    find_dates,
    in_cycle,
    resolve,
    time_key,
)

# -- Period values -------------------------------------------------------------------------


@st.composite
def single_periods(draw: st.DrawFn, lo: int = 1900, hi: int = 2100) -> Period:
    year = draw(st.integers(lo, hi))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return Period(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return Period(year, month)
    return Period(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(single_periods())
    if not draw(st.booleans()):
        return start
    end = draw(single_periods(start.year, start.year + 6))
    assume(end.first_day > start.last_day)
    return Period(start.year, start.month, start.day, end)


@given(periods())
def test_string_round_trip(p: Period) -> None:
    assert Period.parse(str(p)) == p
    assert period_of(f" {p} ") == p


@given(periods(), periods())
def test_order_is_total_and_consistent_with_equality(a: Period, b: Period) -> None:
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a <= b) == (a < b or a == b) and (a >= b) == (a > b or a == b)


@given(periods(), periods())
def test_order_is_consistent_with_contains(a: Period, b: Period) -> None:
    if a.contains(b):
        assert a.first_day <= b.first_day and b.last_day <= a.last_day
        if not b.contains(a):
            assert a < b  # a period sorts before every period it strictly contains
    if a.contains(b) and b.contains(a):  # the same days, written alike or not (2023, 2023-01/12)
        assert a.first_day == b.first_day and a.last_day == b.last_day
    if a.first_day < b.first_day:
        assert a < b  # by start first


@given(periods())
def test_a_period_contains_its_parts(p: Period) -> None:
    assert p.contains(p) and p.contains(p.first) and p.contains(p.last)
    assert p <= p.first and p.first_day <= p.middle <= p.last_day
    assert p.by_month().precision in ("year", "month")
    assert p.by_month().contains(p.first) or p.by_month() == p


@pytest.mark.parametrize(
    ("period", "text"),
    [(Period(2024), "2024"), (Period(2024, 3), "2024-03"), (Period(2024, 3, 6), "2024-03-06"),
     (Period(2007, end=2010), "2007/2010"), (Period(2007, end=Period(2010)), "2007/2010"),
     (Period(2025, 3, 6, end=Period(2025, 3, 8)), "2025-03-06/2025-03-08"),
     (Period(987), "0987")],
)
def test_strings(period: Period, text: str) -> None:
    assert str(period) == text and Period.parse(text) == period


@pytest.mark.parametrize(
    ("text", "position"),
    [("", 0), ("24", 0), ("2024-1", 4), ("2024-13", 5), ("2024-02-30", 8), ("2023-02-29", 8),
     ("2023/2021", 5), ("2023/2023", 5), ("2024-10/2024-09", 8), ("2024/2025/2026", 9),
     (" 2024", 0), ("2024-10-05x", 10), ("0000", 0), ("spring 2024", 0),
     ("2007/2010-05-40", 13), ("2024–2025", 4)],
)
def test_malformed_strings(text: str, position: int) -> None:
    with pytest.raises(PeriodParseError) as info:
        Period.parse(text)
    assert isinstance(info.value, PollstatsError) and isinstance(info.value, ValueError)
    assert info.value.position == position and repr(text) in str(info.value)
    assert period_of(text) is None or text != text.strip()  # period_of allows spaces around


def test_parse_takes_only_str() -> None:
    with pytest.raises(TypeError):
        Period.parse(2024)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kw",
    [{"year": 2024, "month": 0}, {"year": 2024, "day": 3}, {"year": 2023, "month": 2, "day": 29},
     {"year": 10000}, {"year": 2024, "end": 2024}, {"year": 2024, "end": 2023},
     {"year": 2024, "month": 5, "end": Period(2024, 5, 20)},
     {"year": 2020, "end": Period(2021, end=2022)}],
)
def test_invalid_periods(kw: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Period(**kw)  # type: ignore[arg-type]


def test_order_examples() -> None:
    ordered = [Period(2023, end=2024), Period(2023), Period(2023, 1), Period(2023, 1, 1),
               Period(2023, 1, 2), Period(2023, 5), Period(2023, 12, 31), Period(2024)]
    assert sorted(reversed(ordered)) == ordered


def test_middle_shift_and_months() -> None:
    assert Period(2024).middle == dt.date(2024, 7, 1)
    assert Period(2024, 2).middle == dt.date(2024, 2, 15)
    assert Period(2022, end=2023).middle == dt.date(2023, 1, 1)
    assert Period(2024, 9).shift("year", -1) == Period(2023)
    assert Period(2024, 1).shift("month", -1) == Period(2023, 12)
    assert Period(2024).shift("month", 2) == Period(2024, 3)
    assert Period(2025, 3, 6, end=Period(2025, 3, 8)).by_month() == Period(2025, 3)
    assert Period(2007, end=2010).by_month() == Period(2007, end=2010)
    assert Period.of_date(dt.date(2025, 6, 17), "month") == Period(2025, 6)
    assert period_of(dt.datetime(2025, 6, 17, 9, 30)) == Period(2025, 6, 17)


# -- dates in text -------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "value"), table("dates.txt")["months"])
def test_every_month_in_dates(name: str, value: str) -> None:
    number = int(value.split()[0])
    assert MONTHS[name] == number
    written = [name.capitalize()] + ([name.capitalize() + "."] if "abbreviated" in value else [])
    for month in written:
        (d,) = find_dates(f"The council met in {month} 2023 to vote.")
        assert d.value == Period(2023, number), month
        (d,) = find_dates(f"The council met on {month} 9, 2023 to vote.")
        assert d.value == Period(2023, number, 9), month


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [("It closed in October.", 10, None), ("It closed on April 19.", 4, 19),
     ("It closed 3 June.", 6, 3)],
)
def test_dates_without_a_year(text: str, month: int, day: int | None) -> None:
    (d,) = find_dates(text)
    assert d.value is None and d.month_only and (d.month, d.day) == (month, day)


@pytest.mark.parametrize(
    "text",
    ["The depot opened 2024-13-31 at dawn.", "The depot opened on February 30, 2023.",
     "The depot opened on June 31."],
)
def test_impossible_dates_are_not_read(text: str) -> None:
    assert [d for d in find_dates(text) if d.value is not None or d.month_only] == []


def test_years_between_in_either_order() -> None:
    (d,) = find_dates("Rents rose between 2019 and 2015 in the capital.")
    assert d.value == Period(2015, end=2019)
    (d,) = find_dates("Rents rose between 2019 and 2019 in the capital.")
    assert d.value == Period(2019)


@pytest.mark.parametrize(
    ("text", "anchor", "published", "expected"),
    [("It ran in December.", None, Period(2025, 2), Period(2024, 12)),
     ("It ran in January.", None, Period(2025, 2), Period(2025, 1)),
     ("It ran on April 19.", None, Period(2025, 6), Period(2025, 4, 19)),
     ("It ran on February 29.", None, Period(2025, 3), Period(2025, 2)),
     ("It ran on February 29.", None, Period(2024, 3), Period(2024, 2, 29)),
     ("It ran in December.", Period(2021, 5), None, Period(2021, 12)),
     ("It ran in December.", None, None, None),
     ("It ran last year.", Period(2024, 10), Period(2025, 1), Period(2024)),  # from writing
     ("It ran last year.", Period(2024, 10), None, Period(2023)),
     ("It ran the previous year.", Period(2024, 10), Period(2025, 1), Period(2023)),
     ("It ran two years ago.", Period(2024, 10), Period(2025, 1), Period(2023)),
     ("It ran last month.", Period(2020), Period(2025, 1), Period(2024, 12)),
     ("It ran last month.", Period(2020), None, None)],
)
def test_resolve(text: str, anchor: Period | None, published: Period | None,
                 expected: Period | None) -> None:
    (d,) = find_dates(text)
    assert resolve(d, anchor, published) == expected


# -- time phrases after figures ------------------------------------------------------------


@pytest.mark.parametrize("word", words("dates.txt", "past_cues"))
def test_every_past_cue(word: str) -> None:
    assert time_key(f"the {word} survey").past


@pytest.mark.parametrize(("name", "value"), table("dates.txt")["months"])
def test_every_month_in_time_phrases(name: str, value: str) -> None:
    written = name.capitalize() + ("." if "abbreviated" in value else "")
    key = time_key(f"in {written} 2023")
    assert key.period == Period(2023, int(value.split()[0]))
    assert time_key(f"they {name} 2023").period == Period(2023)  # lower case: "may", "march"
    tail = tail_after(f"41% in {written} 2023, then", 3, 100)
    assert tail.kind == "time" and tail.time == key


@pytest.mark.parametrize("noun", words("dates.txt", "time_nouns"))
def test_every_time_noun(noun: str) -> None:
    tail = tail_after(f"41% in the previous {noun}, then", 3, 100)
    assert tail.kind == "time" and tail.time is not None and tail.time.past


@pytest.mark.parametrize(
    ("phrase", "period"),
    [("in late October 2023", Period(2023, 10)), ("the sixth wave (2010–14)", Period(2010, end=2014)),
     ("in 2023-2021", Period(2023)), ("back in 2019", Period(2019)), ("the previous year", None)],
)
def test_time_key_periods(phrase: str, period: Period | None) -> None:
    assert time_key(phrase).period == period


def test_time_key_order() -> None:
    assert time_key("in 2019").before(time_key("in 2023")) is True
    assert time_key("in May 2023").before(time_key("in March 2023")) is False
    assert time_key("in 2023").before(time_key("in May 2023")) is None
    assert time_key("the previous poll").before(time_key("now")) is True


# -- every period in any record is well formed (#13 item 2) --------------------------------

_WELL_FORMED = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?|[0-9]{4}/[0-9]{4}"
_MONTH_NAMES = ("January", "Feb.", "March", "Apr", "May", "June", "Sept.", "October", "Dec")
_DATE_FORMS = (
    "in {m}", "on {m} {d}", "{m} {d}-{d2}", "{d} {m}", "on the {d}th and {d2}th",
    "from {m} {d} to {d2}", "in the third quarter of {y}", "in Q2 {y}", "last month",
    "last year", "this spring", "from Friday to Sunday", "a year ago", "two decades ago",
    "in {m} {y}", "between {y} and {y2}", "in {y}–{y2}", "{y}-{mm}-{dd}", "since {y}",
    "in late {m}", "the previous year", "earlier this month", "by the end of {y}",
    "on {m} {d}, {y}", "in {y2}", "the {y} survey", "in mid-{m}", "{m}-{m2}",
    "last quarter", "on the {d}th and {d2}th of {m}", "on the {d}th of {m} {y}", "last winter",
    "{d} weeks ago", "late last year", "between Thursday and Tuesday", "in {y} Q3",
    "over the past week", "before the {y} election", "since {y}, when it began",
)
_FRAMES = (
    "A Northfield Research poll {date} found {a}% backed the levy",
    "Support stood at {a}% {date}, up from {b}% {date2}",
    "It fell from {a}% {date} to {b}% {date2}",
    "{date}, {a}% of voters said so, compared with {b}% {date2}",
    "The survey of 1,204 adults was conducted {date}; {a}% approved",
    "Among renters it was {a}% {date}",
    "Since {date}, approval has slid from {a}% to {b}%",
    "Compared with {date}, the share went from {a}% to {b}%",
)


@st.composite
def dated_texts(draw: st.DrawFn) -> tuple[str, str | None]:
    def date() -> str:
        form = draw(st.sampled_from(_DATE_FORMS))
        return form.format(
            m=draw(st.sampled_from(_MONTH_NAMES)), m2=draw(st.sampled_from(_MONTH_NAMES)),
            d=draw(st.integers(1, 31)), d2=draw(st.integers(1, 31)),
            y=draw(st.integers(1995, 2026)), y2=draw(st.integers(1995, 2026)),
            mm=f"{draw(st.integers(0, 14)):02d}", dd=f"{draw(st.integers(0, 33)):02d}",
        )

    sentences = []
    for _ in range(draw(st.integers(1, 5))):
        frame = draw(st.sampled_from(_FRAMES))
        sentences.append(frame.format(date=date(), date2=date(), a=draw(st.integers(1, 99)),
                                      b=draw(st.integers(1, 99))) + ".")
    text = " ".join(sentences)
    text = text[0].upper() + text[1:]
    published = draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2026, 12, 31)).map(
        dt.date.isoformat))
    return text, published


@settings(deadline=None)
@given(dated_texts())
def test_every_period_in_any_record_is_well_formed(case: tuple[str, str | None]) -> None:
    import regex

    import pollstats

    text, published = case
    for rec in pollstats.extract(text, published=published).records():
        ends = [rec["from"], rec["to"]] if rec["type"] == "comparison" else [rec]
        for end in ends:
            period = end["period"]
            assert period is None or regex.fullmatch(_WELL_FORMED, period), (period, text)
            if period is not None:
                p = Period.parse(period)
                assert p.end is None or (p.precision == p.end.precision == "year")
        if rec["type"] == "statistic":  # the days it covers: ISO, in order, from its period
            first, last = rec["period_first_day"], rec["period_last_day"]
            assert (first is None) == (last is None) == (rec["period"] is None), rec
            if first is not None:
                f, la = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
                p = Period.parse(rec["period"])
                assert p.first_day <= f <= la and f <= p.first.last_day, (rec, text)


# -- every entry of the other date tables --------------------------------------------------


@pytest.mark.parametrize("part", words("dates.txt", "part_of_month"))
def test_every_part_of_month(part: str) -> None:
    (d,) = find_dates(f"The vote was held {part} October 2023 in the region.")
    assert d.value == Period(2023, 10) and d.text.lower().startswith(part.split()[0])


@pytest.mark.parametrize(("phrase", "value"), table("dates.txt")["relative"])
def test_every_relative_date(phrase: str, value: str) -> None:
    (d,) = find_dates(f"The vote was held {phrase} in the region.")
    unit, offset = value.split()
    assert d.value is None and d.relative == (unit, int(offset))


@pytest.mark.parametrize("noun", words("dates.txt", "survey_nouns"))
def test_every_survey_noun_names_a_wave(noun: str) -> None:
    (d,) = find_dates(f"In the 2023 {noun}, 41% agreed.")
    assert d.names_survey
    (d,) = find_dates("In 2023, 41% agreed.")
    assert not d.names_survey


@pytest.mark.parametrize("cue", words("dates.txt", "earlier_date_cues"))
def test_every_baseline_cue_before_a_date(cue: str) -> None:
    (d,) = find_dates(f"Support is 41%, {cue} 2019.")
    assert d.baseline
    (d,) = find_dates("Support is 41%, measured in 2019.")
    assert not d.baseline


@pytest.mark.parametrize(
    ("text", "value"),
    [("Fees rose in the 2023/24 school year.", Period(2023, end=2024)),
     ("Fees rose over 2019/2021 overall.", Period(2019, end=2021)),
     ("Fees rose in 2021/2019 somehow.", Period(2021))],
)
def test_years_joined_by_a_slash(text: str, value: Period) -> None:
    (d,) = find_dates(text)
    assert d.value == value
    assert time_key(d.text).period == value  # one grammar: time phrases read dates alike


# -- the registries of relative dates and of event dates (#13 items 2 and 4) ---------------

DATE_EXAMPLES = [(rule, ex) for rule in DATE_RULES for ex in rule.examples]
DATE_NEAR_MISSES = [(rule, nm) for rule in DATE_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(("rule", "example"), DATE_EXAMPLES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in DATE_EXAMPLES])
def test_date_rule_examples(rule: DateRule, example: tuple[str, str, str | None]) -> None:
    sentence, published, expected = example
    day = Period.parse(published)
    month = Period(day.year, day.month)
    (d,) = [d for d in find_dates(sentence) if d.rule == rule.name]
    value = resolve(d, month, day)  # as attribution reads a current date: from publication
    assert (None if value is None else str(value.by_month())) == expected
    assert value is None or value == resolve(d, month, day)  # pure


@pytest.mark.parametrize(("rule", "sentence"), DATE_NEAR_MISSES,
                         ids=[f"{r.name}:{s[:30]}" for r, s in DATE_NEAR_MISSES])
def test_date_rule_near_misses(rule: DateRule, sentence: str) -> None:
    assert [d.text for d in find_dates(sentence) if d.rule == rule.name] == []


def test_every_date_rule_has_examples_and_near_misses() -> None:
    names = [rule.name for rule in DATE_RULES + EVENT_RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples and rule.near_misses for rule in DATE_RULES + EVENT_RULES)


EVENT_EXAMPLES = [(rule, ex) for rule in EVENT_RULES for ex in rule.examples]
EVENT_NEAR_MISSES = [(rule, nm) for rule in EVENT_RULES for nm in rule.near_misses]


@pytest.mark.parametrize(("rule", "example"), EVENT_EXAMPLES,
                         ids=[f"{r.name}:{e[0][:30]}" for r, e in EVENT_EXAMPLES])
def test_event_rule_examples(rule: EventRule, example: tuple[str, str]) -> None:
    sentence, date_text = example
    (d,) = [d for d in find_dates(sentence) if d.text == date_text]
    assert d.event == rule.name


@pytest.mark.parametrize(("rule", "sentence"), EVENT_NEAR_MISSES,
                         ids=[f"{r.name}:{s[:30]}" for r, s in EVENT_NEAR_MISSES])
def test_event_rule_near_misses(rule: EventRule, sentence: str) -> None:
    found = list(find_dates(sentence))
    assert found and [d.text for d in found if d.event is not None] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [  # a publication month only: weekdays and days give that month
     ("It ran from Friday to Sunday.", Period(2025, 3), Period(2025, 3)),
     ("It ran on the 3rd and 4th.", Period(2025, 3), Period(2025, 3)),
     # the publication day: the exact days, the month before when they come after it
     ("It ran from Friday to Sunday.", Period(2025, 3, 12),
      Period(2025, 3, 7, end=Period(2025, 3, 9))),
     ("It ran on the 3rd and 4th.", Period(2025, 3, 2), Period(2025, 2, 3, end=Period(2025, 2, 4))),
     ("It ran from the 28th to the 2nd.", Period(2025, 3, 5),
      Period(2025, 2, 28, end=Period(2025, 3, 2))),
     ("It ran from the 30th to the 2nd.", Period(2025, 3, 5), Period(2025, 2)),  # no 30 Feb
     ("It ran in the third quarter.", Period(2025, 2), Period(2024, 7, end=Period(2024, 9))),
     ("It ran in the first quarter.", Period(2025, 2), Period(2025, 1, end=Period(2025, 3))),
     ("It ran last quarter.", Period(2025, 2), Period(2024, 10, end=Period(2024, 12))),
     ("It ran this spring.", Period(2025, 12), Period(2026)),
     ("It ran this spring.", Period(2025, 11), Period(2025)),
     ("It ran last spring.", Period(2025, 4), Period(2024)),
     ("It ran last winter.", Period(2025, 4), Period(2025)),
     ("It ran last winter.", Period(2025, 2), Period(2024)),
     ("It ran two weeks ago.", Period(2025, 3, 10), Period(2025, 2)),
     ("It ran last week.", Period(2025, 3, 2), Period(2025, 2)),  # the week before the 2nd
     ("It ran last week.", Period(2025, 3), Period(2025, 3)),
     ("It ran this week.", Period(2025, 3, 2), Period(2025, 3)),
     ("It ran from Friday to Sunday.", None, None)],
)
def test_resolve_partial_dates(text: str, published: Period | None,
                               expected: Period | None) -> None:
    (d,) = find_dates(text)
    value = resolve(d, None, published)
    assert value == expected
    assert value is None or Period.parse(str(value.by_month())) == value.by_month()


def test_quarters_keep_their_end_and_seasons_give_a_year() -> None:
    (d,) = find_dates("Fieldwork ran in the third quarter of 2023 nationwide.")
    assert d.value == Period(2023, 7, end=Period(2023, 9)) and str(d.value.by_month()) == "2023-07"
    (d,) = find_dates("Fieldwork ran in winter 2024 nationwide.")
    assert d.value == Period(2024)


@pytest.mark.parametrize(
    "text",
    ["Most firms expect their staff numbers to hold steady or grow in 2026, it said.",
     "Analysts predict that turnout will fall sharply in 2027.",
     "Half of owners anticipate price rises in March 2026.",
     # the day a survey was released is not when it was fielded
     "The findings were released by the union on Monday this week.",
     "Two reports published as pupils went back to school this week show the gap.",
     "The Lowy Institute poll, unveiled in Sydney in June 2025, is its 21st."],
)
def test_a_forecast_year_is_not_fieldwork(text: str) -> None:
    (d,) = find_dates(text)
    assert d.not_fieldwork
    (d,) = find_dates("Most firms were surveyed in 2025 about their staff numbers.")
    assert not d.not_fieldwork


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("Support was 61 percent last February, a poll found.", "2026-02-12", "2025-02"),
        ("Support was 61 percent last February, a poll found.", "2026-03-10", "2026-02"),
        ("Support was 61 percent last February, a poll found.", "2026-01-10", "2025-02"),
        ("It stood at 44% last May in the same survey.", "2025-05-30", "2024-05"),
        # near misses: a month without "last" in the publication month is that month
        ("Support was 61 percent in February, a poll found.", "2026-02-12", "2026-02"),
        ("In May, 44% agreed in the same survey.", "2025-05-30", "2025-05"),
    ],
)
def test_last_month_name_is_before_the_publication_month(
        text: str, published: str, period: str) -> None:
    (st,) = extract(text, published=published).statistics
    assert st.period is not None and st.period.value == period


@pytest.mark.parametrize(("text", "dates"), [
    ("In Marquette's May survey, the senator had 46 percent.", ["May"]),
    ("The May poll showed Labor on 40 per cent.", ["May"]),
    ("Its May wave found 3% undecided.", ["May"]),
    ("Theresa May poll ratings fell sharply.", []),
    ("Voters may poll their neighbours.", []),
    ("Respondents may survey the field first.", []),
])
def test_may_naming_a_survey_is_the_month(text: str, dates: list[str]) -> None:
    assert [d.text for d in find_dates(text)] == dates


@pytest.mark.parametrize(("text", "dates"), [
    ("The Jan Suraaj Party won 3 per cent.", []),
    ("Mar Lodge residents were polled.", []),
    ("It was fielded in Jan. and Feb.", ["Jan. and Feb."]),
    ("Voters were polled Jan 5-7, 2025.", ["Jan 5-7, 2025"]),
])
def test_an_abbreviated_month_alone_needs_its_full_stop(text: str, dates: list[str]) -> None:
    assert [d.text for d in find_dates(text)] == dates


# -- spans written as two dates, and yearly cycles that do not start in January -------------


@pytest.mark.parametrize(("text", "value"), [
    ("Interviews ran between April 2023 and March 2024 in every region.", "2023-04/2024-03"),
    ("The panel was fielded April 2023-March 2024.", "2023-04/2024-03"),
    ("Fieldwork ran from 28 December 2024 to 6 January 2025.", "2024-12-28/2025-01-06"),
    ("It was conducted between Dec. 28, 2023 and Jan. 3, 2024.", "2023-12-28/2024-01-03"),
    ("Ipsos polled voters between late October and mid-November 2025.", "2025-10/2025-11"),
    ("The survey ran from November to early February 2026.", "2025-11/2026-02"),
    ("Data were collected from October 2024 through January 2025.", "2024-10/2025-01"),
])
def test_two_dates_of_one_span_are_one_mention(text: str, value: str) -> None:
    (d,) = find_dates(text)
    assert str(d.value) == value
    assert d.text.split()[0][0].isalnum() and text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", [
    "Support rose in 2023 and 2024.",  # "and" joins a span only after "between"
    "It stood at 40% in March 2024 and 45% in March 2025.",
    "Between 2019, when it was 30%, and March 2024, it rose.",
    "Compare March 2025 to March 2024.",  # the end before the start
])
def test_dates_that_are_not_one_span_stay_apart(text: str) -> None:
    assert len(list(find_dates(text))) >= 2 or all(d.value is None or d.value.end is None
                                                   for d in find_dates(text))


def test_a_record_of_a_two_date_span_takes_the_month_fieldwork_started() -> None:
    text = ("The national wellbeing survey, which interviewed 9,100 adults between April 2023 "
            "and March 2024, found 7 per cent felt lonely.")
    (share,) = [r for r in extract(text, published="2024-11-27").records()
                if r["text"] == "7 per cent"]
    assert share["period"] == "2023-04"


@pytest.mark.parametrize(("text", "month"), [
    ("Each round of the labour survey runs from July to June. In 2023-24, 41% worked.", 7),
    ("The 2022/23 financial year (April to March) saw 12% of firms close.", 4),
    ("The latest report covers October 2023 to September 2024; in 2023-24 the rate was 5%.",
     10),
    ("In the 2024-25 school year (September-August), 8% of pupils were absent.", 9),
    ("The 2023-24 edition covers July 2023 to June 2024.", 7),
])
def test_a_stated_yearly_cycle(text: str, month: int) -> None:
    assert cycle_month(text) == month


@pytest.mark.parametrize("text", [
    "In 2023-24, 41% worked.",  # no cycle stated
    "Fieldwork ran from January to December. In 2023-24 it rose.",  # a calendar year
    "Polls ran from July to June 2024 and from April to March too; in 2023-24 it rose.",  # two
    "Each round runs from July to June. In 2023 it rose.",  # no split year
    "Support held from March to May; in 2023-24 it rose.",  # not twelve months
])
def test_no_yearly_cycle(text: str) -> None:
    assert cycle_month(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Revenue grew 9% in FY2024-25.", "2024/2025"),  # India, Pakistan
    ("In FY2023/24, 12% of firms exported.", "2023/2024"),
    ("Spending fell 2% in FY2025.", "2025"),  # a year as written
])
def test_a_fiscal_year_written_with_fy(text: str, expected: str) -> None:
    assert [str(d.value) for d in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["The NFY2024 form was filed.", "Code AFY2025-26 applies."])
def test_fy_inside_a_word_starts_no_fiscal_year(text: str) -> None:
    assert list(find_dates(text)) == []


def test_split_years_in_a_stated_cycle_start_in_its_first_month() -> None:
    text = ("Each annual round of the household survey runs from July to June. The jobless "
            "rate was 4.1 per cent in 2023-24, against 4.4 per cent in 2022-23.")
    dates = in_cycle(tuple(find_dates(text)), 7)
    split = [str(d.value) for d in dates if "-2" in d.text]
    assert split == ["2023-07/2024-06", "2022-07/2023-06"]
    periods = {r["text"]: r["period"] for r in extract(text, published="2024-09-23").records()
               if r["type"] == "statistic"}
    assert periods["4.1 per cent"] == "2023-07" and periods["4.4 per cent"] == "2022-07"


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("Approval was 41%, from 44% four weeks earlier.", Period(2025, 11), "2025-10"),
    ("Support was 30%, up from 27% three weeks before.", Period(2025, 11, 20), "2025-10"),
    ("It was 30%, from 27% four weeks earlier.", Period(2023, 10), "2025-11"),  # not recent
    ("Labour is on 38%, against 36% two weeks earlier.", Period(2025, 11), "2025-11"),
    ("It is on 38%, against 36% two weeks ago.", Period(2025, 6), "2025-11"),  # from writing
])
def test_weeks_earlier_count_from_the_survey(text: str, anchor: Period, expected: str) -> None:
    (d,) = [d for d in find_dates(text) if d.relative is not None]
    value = resolve(d, anchor, Period(2025, 12), Period(2025, 12, 2))
    assert value is not None and str(value) == expected


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("The ONS survey of 4,300 adults, collected 5-16 February 2025, found 34% reported a "
     "rise, down from 41% in the same period last year.", "2025-03-05", "41%", "2024-02"),
    ("The Nielsen poll, taken in March, found 44% confident, against 39% in the same month "
     "last year.", "2025-04-02", "39%", "2024-03"),
    ("A Pulse Asia survey found 44% confident, against 39% at the same time last year.",
     "2025-04-02", "39%", "2024-04"),
])
def test_the_same_period_last_year_is_the_surveys_month_a_year_before(
        text: str, published: str, figure: str, period: str) -> None:
    got = {r["text"]: r["period"] for r in extract(text, published=published).records()
           if r["type"] == "statistic"}
    assert got[figure] == period


@pytest.mark.parametrize(("text", "current", "earlier"), [
    ("Poll: Smith edges ahead in Ohio\n\nCOLUMBUS — Smith holds a slim lead over Jones, a new "
     "Quinnipiac poll finds.\n\nSmith gets 48% and Jones 45%. In Quinnipiac's July survey, "
     "Smith led 49% to 44%.\n", ("48%", "45%"), ("49%",)),
    ("Labor slips in latest Resolve poll\n\nLabor's primary vote has fallen to 31 per cent, "
     "a new Resolve Strategic poll shows. In Resolve's February poll, Labor stood at 35 per "
     "cent.\n", ("31 per cent",), ("35 per cent",)),
])
def test_a_survey_named_by_an_older_month_is_an_earlier_wave_of_a_new_poll(
        text: str, current: tuple[str, ...], earlier: tuple[str, ...]) -> None:
    # a new poll in an October story: "In X's July survey" dates that earlier wave only
    recs = {r["text"]: r for r in extract(text, published="2026-10-15").records()
            if r["type"] == "statistic"}
    assert all(recs[q]["period"] == "2026-10" for q in current)
    assert all(recs[q]["period"] not in (None, "2026-10") for q in earlier)


@pytest.mark.parametrize(("text", "period"), [
    # days are fieldwork: the new poll's own dates, two months before the story
    ("Worry about heat waves grows, a new Ipsos poll finds.\n\nIn its March 3-16 poll of "
     "1,004 adults, 46% of Canadians said they worry a great deal.\n", "2026-03"),
    # a year alone: the older rule decides ("the 2026 survey" may be this one)
    ("Worry about heat waves grows, a new Ipsos poll finds.\n\nIn the 2026 survey, 46% of "
     "Canadians said they worry a great deal.\n", "2026"),
])
def test_a_new_polls_own_fieldwork_days_or_year_stay_its_date(text: str, period: str) -> None:
    (rec,) = [r for r in extract(text, published="2026-05-20").records()
              if r["type"] == "statistic" and r["text"] == "46%"]
    assert rec["period"] == period


# -- the days a record's period covers (#13 item 5) ------------------------------------------


@pytest.mark.parametrize(("text", "period", "first", "last"), [
    ("The poll, conducted between Dec. 28, 2023 and Jan. 3, 2024, found 41% agree.",
     "2023-12", "2023-12-28", "2024-01-03"),
    ("Kestrel polled 1,000 adults from March 3 to 7, 2025, and 44% agree.", "2025-03",
     "2025-03-03", "2025-03-07"),
    ("Fieldwork ran 6-8 June 2025; 52% back the levy.", "2025-06", "2025-06-06", "2025-06-08"),
    ("In October 2024, 38% of renters agreed, Harbour Research said.", "2024-10", "2024-10-01",
     "2024-10-31"),
    ("Between 2007 and 2010, 18% of households moved.", "2007/2010", "2007-01-01",
     "2010-12-31"),
    ("A survey on 14 May 2025 found 61% of nurses were tired.", "2025-05", "2025-05-14",
     "2025-05-14"),
])
def test_a_record_gives_the_days_its_period_covers(text: str, period: str, first: str,
                                                   last: str) -> None:
    import pollstats

    rec = next(r for r in pollstats.extract(text).records()
               if r["type"] == "statistic" and r["kind"] == "share")
    assert (rec["period"], rec["period_first_day"], rec["period_last_day"]) == (
        period, first, last)


@pytest.mark.parametrize(("text", "first"), [
    ("March 6-8, 2025", "2025-03-06/2025-03-08"),
    ("6–8 March 2025", "2025-03-06/2025-03-08"),
    ("15 and 16 April 2025", "2025-04-15/2025-04-16"),
    ("the 3rd to the 9th", "2025-04-03"),  # "the" between: not read as one span of days
    ("March 6, 2025", "2025-03-06"),
    ("March 30-2 April", "2025-03-30"),  # a later day that is no later: left as it is
])
def test_days_written(text: str, first: str) -> None:
    from pollstats.periods import days_written

    day = Period.parse(first.split("/")[0])
    assert str(days_written(text, day)) == first


# -- a month of a year counted from publication: "June last year" (#13 item 2) -------------


@pytest.mark.parametrize(("text", "published", "period"), [
    ("Some 59% said so, compared with 62% in June last year.", "2026-06-26", "2025-06"),
    ("Hiring plans fell; in June last year just 12% of firms had any.", "2025-06-17",
     "2024-06"),
    ("The figure stood at 25 per cent in March of last year.", "2025-03-28", "2024-03"),
    ("Backing reached 44% on 12 May last year, Datafolha found.", "2025-10-08", "2024-05"),
    ("Turnout intention was 61% in February this year.", "2025-11-20", "2025-02"),
    ("A poll in Oct. last year put the BJP on 38%.", "2025-04-02", "2024-10"),
    ("Confidence is expected to hit 45% in March next year.", "2025-09-01", "2026-03"),
])
def test_a_month_of_last_or_this_year(text: str, published: str, period: str) -> None:
    (d,) = [d for d in find_dates(text) if d.rule == "month_of_year"]
    day = Period.parse(published)
    value = resolve(d, Period(day.year, day.month), Period(day.year, day.month), day)
    assert value is not None and str(value.by_month()) == period
    figures = [r for r in extract(text, published=published).records()
               if r["type"] == "statistic"]
    assert figures[-1]["period"] == period


@pytest.mark.parametrize("text", [
    "In June, last year's winner polled 30%.",
    "Last year's June survey found 41%.",
    "In March the share was 20%; last year it was 25%.",
    "By May, the year's low of 18% had passed.",
])
def test_no_month_of_last_or_this_year(text: str) -> None:
    assert [d.text for d in find_dates(text) if d.rule == "month_of_year"] == []


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("Jobless rate falls\n\nWASHINGTON (July 3) — The jobless rate fell to 4.1% in June, the "
     "Bureau of Labor Statistics said.\n\nThe participation rate was 62.3%.", "2025-07-03",
     "62.3%", "2025-06"),
    ("Unemployment rises\n\nLONDON, 12 August — Unemployment rose to 4.7 per cent in the "
     "three months to June, the Office for National Statistics said.\n\nPay growth slowed "
     "to 5.0 per cent.", "2025-08-12", "5.0 per cent", "2025-04"),
    ("Jobs data\n\nOTTAWA, Sept. 5 — Statistics Canada said the jobless rate rose to 7.1% in "
     "August.\n\nYouth unemployment was 14.5%.", "2025-09-05", "14.5%", "2025-08"),
    ("Approval holds\n\nJAKARTA, Nov 10 (Reuters) - Some 78% are satisfied with the "
     "president, a survey by Indikator released on Sunday showed.\n\nIndikator interviewed "
     "1,220 respondents from October 20 to 27.", "2025-11-10", "78%", "2025-10"),
])
def test_a_dateline_without_its_year_is_no_fieldwork_date(text: str, published: str,
                                                          figure: str, period: str) -> None:
    records = [r for r in extract(text, published=published).records()
               if r["type"] == "statistic" and r["text"] == figure]
    assert records[0]["period"] == period


@pytest.mark.parametrize(("text", "event"), [
    ("Turnout was 61% before the 2019 vote.", True),
    ("The rate had been 4% prior to 2020.", True),
    ("Sales held at 40% until March 2024.", True),
    ("Some 21% were in poverty after housing costs in the 2023/24 financial year.", False),
    ("Before the pandemic, in 2019, 14% of adults smoked.", False),
    ("After a weak start to the year, in March 2025 approval was 44%.", False),
])
def test_before_or_after_marks_an_event_date_only_close_to_it(text: str, event: bool) -> None:
    (d,) = [d for d in find_dates(text) if d.value is not None]
    assert d.not_fieldwork is event


@pytest.mark.parametrize(("text", "published", "figure", "period"), [
    ("Destatis put the jobless rate at 3.5% in March. Eurostat's euro area average for the "
     "same month was 6.2 per cent.", "2025-05-16", "6.2 per cent", "2025-03"),
    ("Retail sales rose 1.2% in the June quarter, the ABS said. New Zealand's rose 0.4% in "
     "that quarter, Stats NZ said.", "2025-09-10", "0.4%", "2025-04"),
    ("Statistics Canada put inflation at 2.4% in August 2025. In the US, the rate for the "
     "same month was 2.9%.", "2025-10-01", "2.9%", "2025-08"),
])
def test_the_same_month_is_the_month_named_before(text: str, published: str, figure: str,
                                                  period: str) -> None:
    (rec,) = [r for r in extract(text, published=published).records()
              if r["type"] == "statistic" and r["text"] == figure]
    assert rec["period"] == period


@pytest.mark.parametrize("text", [
    "Prices rose 0.8% in April compared with the same month last year.",
    "In the same month a year earlier the rate was 4%.",
    "Sales rose 3% in March.\n\nFor the same month, 40% of shops were shut.",
])
def test_no_same_month_copy(text: str) -> None:
    assert [d.text for d in find_dates(text) if d.rule == "same_month"] == []


@pytest.mark.parametrize(("text", "date", "baseline"), [
    # fieldwork that runs "from" a day: the survey's first day, not a level it moved from
    ("The Jiji poll, conducted in person over four days from June 6, put support at 27%.",
     "June 6", False),
    ("The Ifop survey was fielded online from 3 March among 2,004 adults.", "3 March", False),
    ("Interviewed by phone from Oct. 2 among 1,000 Nigerians, 61 per cent said so.",
     "Oct. 2", False),
    # near misses: a figure between the survey words and "from", or no survey words at all
    ("The poll, conducted in June, found 41%, up from 38% in May, and from May 2024 too.",
     "May 2024", True),
    ("Approval has fallen from March 2024 levels, the Reuters/Ipsos poll found.",
     "March 2024", True),
])
def test_fieldwork_from_a_day_is_no_baseline(text: str, date: str, baseline: bool) -> None:
    (d,) = [d for d in find_dates(text) if d.text.rstrip(".") == date.rstrip(".")]
    assert d.baseline is baseline


@pytest.mark.parametrize(("text", "month"), [
    # "figures for May": a release's reference month, though "May" is also a word and a name
    ("The ABS figures for May, out on Thursday, put unemployment at 4.1 per cent.", True),
    ("Destatis said its preliminary data for May showed prices up 2.1 percent.", True),
    ("The PMI reading for May came in at 49.8.", True),
    # near misses: a person, a modal verb
    ("Many Conservatives voted for May in the leadership contest.", False),
    ("Numbers for May and her cabinet fell, the poll found.", False),
    ("Rates may fall, and figures for the year may rise.", False),
])
def test_may_after_figures_for_is_the_month(text: str, month: bool) -> None:
    found = [d for d in find_dates(text) if d.text.startswith("May")]
    assert bool(found) is month


def test_rule_words_are_read_case_folded_as_matched() -> None:
    """A case-insensitive pattern matches "ſ" (long s) as "s": the word is read folded."""
    from pollstats.periods import find_dates, time_key

    assert time_key("in the laſt ſpring").past
    assert [d.text for d in find_dates("Firms were polled in the firſt quarter of 2023.")] == [
        "the firſt quarter of 2023"]


@pytest.mark.parametrize(("text", "said"), [
    ("GDP grew 2.1% in the first quarter, the statistics agency said in May, and", True),
    ("Exports rose 6%, Statistics Norway reported last month.", True),
    ("Turkstat announced on Friday that prices rose 3%.", False),  # a weekday reads no date
    ("The bureau said in March 2024 that 12% of homes were empty.", False),  # a year: as written
    ("The bureau said prices rose 0.4% in June.", False),  # the figure's own month
])
def test_when_a_body_spoke_is_no_period(text: str, said: bool) -> None:
    dates = [d for d in find_dates(text) if d.rule != "quarter"]
    assert any(d.not_fieldwork for d in dates) is said

