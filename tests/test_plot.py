"""plot_series: points read from records or series objects; a PNG rendered with Agg."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from pollstats import plot

RECORDS = [
    {"period": "2021-03", "low": 30.0, "high": 30.0, "unit": "percent", "source": "Pollco",
     "subgroup": "men", "margin_of_error": 3.0},
    {"period": "2019", "low": 24.0, "high": 24.0, "unit": "percent", "source": "Pollco",
     "subgroup": "men"},
    {"period": "2021-03", "low": 41.0, "high": 45.0, "unit": "percent", "source": "Pollco",
     "subgroup": "women"},
    {"period": None, "low": 50.0, "high": 50.0, "unit": "percent", "source": "Pollco",
     "subgroup": "women"},  # no period: left out
    {"period": "2023-06-01", "low": 38.0, "high": 38.0, "unit": "percent", "source": "Pollco",
     "subgroup": "women", "moe": 2.5},
]


@attrs.frozen
class Point:
    period: str
    low: float
    high: float
    margin_of_error: float | None = None


@attrs.frozen
class Series:
    label: str
    points: tuple[Point, ...]


def test_points_from_records() -> None:
    pts = plot.plot_points(RECORDS)
    assert [(p.line, p.when, p.value, p.error) for p in pts] == [
        ("Pollco · men", dt.date(2021, 3, 15), 30.0, (3.0, 3.0)),
        ("Pollco · men", dt.date(2019, 7, 1), 24.0, (0.0, 0.0)),
        ("Pollco · women", dt.date(2021, 3, 15), 43.0, (2.0, 2.0)),
        ("Pollco · women", dt.date(2023, 6, 1), 38.0, (2.5, 2.5)),
    ]


def test_points_from_series_objects() -> None:
    one = Series("Gallup", (Point("2020", 40.0, 40.0), Point("2022", 36.0, 36.0, 2.0)))
    two = Series("Pew", (Point("2021-01", 10.0, 12.0, 1.0),))
    pts = plot.plot_points([one, two])
    assert [(p.line, p.error) for p in pts] == [
        ("Gallup", (0.0, 0.0)), ("Gallup", (2.0, 2.0)), ("Pew", (2.0, 2.0))
    ]
    assert plot.plot_points(one) == pts[:2]  # one series alone


@pytest.mark.parametrize("bad", ["2020", 42, None])
def test_points_reject_non_series(bad: object) -> None:
    with pytest.raises(TypeError, match="plot_series"):
        plot.plot_points(bad)


@pytest.mark.parametrize(
    ("period", "expected"),
    [("2024", dt.date(2024, 7, 1)), ("2024-02", dt.date(2024, 2, 15)),
     ("2024-02-29", dt.date(2024, 2, 29)), ("2022/2023", dt.date(2023, 1, 1)),
     ("2024-13", None), ("2023/2021", None), ("spring", None), ("", None), (2024, None),
     (dt.date(2020, 5, 5), dt.date(2020, 5, 5))],
)
def test_parse_period(period: object, expected: dt.date | None) -> None:
    assert plot.parse_period(period) == expected


@pytest.fixture
def agg() -> Any:
    mpl = pytest.importorskip("matplotlib")
    mpl.use("Agg")
    from matplotlib import pyplot

    yield pyplot
    pyplot.close("all")


def test_plot_series_renders_png(agg: Any, tmp_path: Path) -> None:
    ax = plot.plot_series(RECORDS, title="Approval")
    assert ax.get_title() == "Approval" and ax.get_ylabel() == "%"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Pollco · men",
                                                                    "Pollco · women"]
    containers = ax.containers
    assert len(containers) == 2
    men, women = containers
    assert list(men.lines[0].get_ydata()) == [24.0, 30.0]  # time-ordered
    assert list(women.lines[0].get_ydata()) == [43.0, 38.0]
    assert men.has_yerr and women.has_yerr
    # the error bar of the 2021 women point spans its range 41–45
    (bars,) = women.lines[2]
    lows_highs = sorted((min(seg[:, 1]), max(seg[:, 1])) for seg in bars.get_segments())
    assert lows_highs == [(35.5, 40.5), (41.0, 45.0)]
    out = tmp_path / "series.png"
    ax.figure.savefig(out)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000


def test_plot_series_into_given_axes_without_error_bars(agg: Any) -> None:
    _fig, ax = agg.subplots()
    series = Series("Gallup", (Point("2020", 40.0, 40.0), Point("2022", 36.0, 36.0)))
    assert plot.plot_series(series, ax=ax) is ax
    (container,) = ax.containers
    assert not container.has_yerr and ax.get_legend() is None


def test_plot_series_without_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.delitem(sys.modules, "matplotlib.pyplot", raising=False)
    with pytest.raises(ImportError, match=r"pip install 'pollstats-extract\[plot\]'"):
        plot.plot_series(RECORDS)


def test_import_pollstats_does_not_import_matplotlib_or_pandas() -> None:
    code = ("import sys, pollstats; pollstats.extract('41% agreed')._repr_html_(); "
            "print(sorted(m for m in ('matplotlib', 'pandas', 'hypothesis') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"


ARTICLES = {
    "2021": "A Gallup poll in May 2021 found 48% of adults trust the local paper. "
            "The margin of error is ±3 percentage points.",
    "2023": "A Gallup poll in May 2023 found 44% of adults trust the local paper.",
    "2024": "A Gallup poll in May 2024 found 41% of adults trust the local paper.",
}


def _tracking() -> tuple[Any, ...]:
    import pollstats

    docs = {name: pollstats.extract(text) for name, text in ARTICLES.items()}
    return pollstats.series(docs, key=lambda r: (r["source"], "local paper" in r["context"]))


def test_points_from_pollstats_series_and_its_long_table() -> None:
    (s,) = _tracking()
    expected = [(dt.date(2021, 5, 15), 48.0, (3.0, 3.0)), (dt.date(2023, 5, 15), 44.0, (0.0, 0.0)),
                (dt.date(2024, 5, 15), 41.0, (0.0, 0.0))]
    pts = plot.plot_points(s)
    assert [(p.when, p.value, p.error) for p in pts] == expected
    assert {p.line for p in pts} == {s.label}
    from_table = plot.plot_points(s.to_records())
    assert [(p.line, p.when, p.value, p.error) for p in from_table] == [
        (p.line, p.when, p.value, p.error) for p in pts
    ]


def test_plot_series_of_pollstats_series(agg: Any, tmp_path: Path) -> None:
    ax = plot.plot_series(_tracking(), title="Trust in the local paper")
    (container,) = ax.containers
    assert list(container.lines[0].get_ydata()) == [48.0, 44.0, 41.0]
    ax.figure.savefig(tmp_path / "trust.png")
    assert (tmp_path / "trust.png").read_bytes()[:4] == b"\x89PNG"
