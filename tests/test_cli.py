"""The command line: formats, many files, stdin, undecodable input, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pollstats import cli

GOOD_A = "The city poll found 41% support among 1,050 adults.\nLater, support rose 6 points.\n"
GOOD_B = "About one in four drivers agreed; 3.5 times as many cyclists did.\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "a": tmp_path / "a.txt",
        "b": tmp_path / "b.txt",
        "bad": tmp_path / "bad.txt",
        "latin": tmp_path / "latin.txt",
    }
    paths["a"].write_text(GOOD_A, encoding="utf-8")
    paths["b"].write_text(GOOD_B, encoding="utf-8")
    # valid UTF-8 for 14 bytes, then a lone continuation byte at offset 14
    paths["bad"].write_bytes(b"Support at 30%\x80 of voters.")
    paths["latin"].write_bytes("Caf\u00e9 owners: 27% agreed.".encode("latin-1"))
    return paths


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def _table_rows(out: str) -> list[dict[str, str]]:
    """Cells of an aligned table, cut at the columns the dashes line shows."""
    lines = out.splitlines()
    cuts, pos = [], 0
    for dashes in lines[1].split("  "):
        cuts.append((pos, pos + len(dashes)))
        pos += len(dashes) + 2
    header = [lines[0][a:b].strip() for a, b in cuts]
    return [dict(zip(header, [line[a:b].strip() for a, b in cuts], strict=True))
            for line in lines[2:] if line.strip()]


def test_example_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", "--example")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["LINE", "KIND", "VALUE", "TEXT"]
    assert set(lines[1]) == {"-", " "}
    rows = [(r["LINE"], r["KIND"], r["VALUE"], r["TEXT"]) for r in _table_rows(out)]
    assert len(rows) >= 15
    assert ("3", "share", "41%", "41%") in rows
    assert ("4", "share", "~66.667%", "two-thirds") in rows
    assert ("3", "margin_of_error", "±2.8 pts", "2.8 percentage points") in rows
    assert ("5", "change", "-11 pts", "11 points") in rows
    assert ("5", "ratio", "2.5×", "2.5 times") in rows
    # numbers are right-aligned: every VALUE cell ends in the same column
    value_end = lines[0].index("VALUE") + len("VALUE")
    assert all(line[value_end - 1] != " " for line in lines[2:] if line.strip()
               and not line.startswith(("COMPARISONS", "  ")))
    assert max(len(line) for line in lines) <= 160


def test_table_leaves_out_empty_attribution_columns(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("The figure was 41%.\n", encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(path))
    assert out.splitlines()[0].split() == ["LINE", "KIND", "VALUE", "TEXT"]


def test_table_shows_attribution_columns_only_when_filled() -> None:
    recs = [
        {"type": "statistic", "kind": "share", "text": "41%", "start": 0, "end": 3, "low": 41.0,
         "high": 41.0, "unit": "percent", "qualifier": "exact", "source": "Gallup",
         "period": None, "population": None, "subgroup": None},
    ]
    header = cli.render_table(recs, "41% said so").splitlines()[0].split()
    assert header == ["LINE", "KIND", "VALUE", "TEXT", "SOURCE"]


def test_table_shows_the_measure_of_each_figure(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", "--example")
    rows = _table_rows(out)
    assert code == 0 and "MEASURE" in out.splitlines()[0]
    assert [r["MEASURE"] for r in rows if r["TEXT"] == "41%"] == ["support the regional transit le…"]


def test_table_lists_comparisons_below() -> None:
    stat = {"type": "statistic", "kind": "share", "text": "18%", "start": 10, "end": 13,
            "low": 18.0, "high": 18.0, "unit": "percent", "qualifier": "exact"}
    comp = {"type": "comparison", "unit": "percent",
            "from": {"low": 18.0, "high": 18.0, "period": "2021", "start": 10, "end": 13},
            "to": {"low": 36.0, "high": 36.0, "period": None, "start": 17, "end": 20},
            "change_points": 18.0, "change_relative": 1.0, "stated": "doubled",
            "consistent": True}
    table = cli.render_table([stat, comp], "It doubled 18% to 36%.")
    head, _, below = table.partition("\nCOMPARISONS\n")
    assert "18%" in head and "->" not in head
    assert below.strip() == '18% (2021) → 36%: +18 pts (+100%); stated "doubled": consistent'


def test_table_without_statistics(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Nothing to see here.\n", encoding="utf-8")
    assert run(capsys, "extract", str(empty)) == (0, "(no statistics)\n", "")


def test_jsonl_one_object_per_record_with_file_names(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, out, _ = run(capsys, "extract", str(files["a"]), str(files["b"]), "--format", "jsonl")
    assert code == 0
    recs = jsonl(out)
    names = [r["file"] for r in recs]
    assert names == [str(files["a"])] * 3 + [str(files["b"])] * 2
    assert [r["text"] for r in recs] == ["41%", "1,050 adults", "6 points", "one in four",
                                         "3.5 times"]
    for r in recs:
        text = GOOD_A if r["file"] == str(files["a"]) else GOOD_B
        assert text[r["start"] : r["end"]] == r["text"]  # type: ignore[misc]


def test_csv_has_header_and_one_row_per_record(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, out, _ = run(capsys, "extract", str(files["a"]), "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:6] == ["file", "type", "kind", "text", "start", "end"]
    assert "from_low" in rows[0] and "consistent" in rows[0]
    assert len({len(r) for r in rows}) == 1
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [(r["file"], r["text"], r["low"]) for r in body] == [
        (str(files["a"]), "41%", "41.0"),
        (str(files["a"]), "1,050 adults", "1050.0"),
        (str(files["a"]), "6 points", "6.0"),
    ]


def test_csv_header_once_for_many_files_and_even_when_all_fail(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    _, out, _ = run(capsys, "extract", str(files["a"]), str(files["b"]), "--format", "csv")
    assert sum(line.startswith("file,") for line in out.splitlines()) == 1
    code, out, _ = run(capsys, "extract", str(files["bad"]), "--format", "csv")
    assert code == 2 and out.startswith("file,type,") and len(out.splitlines()) == 1


def test_undecodable_file_among_good_ones(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, out, err = run(capsys, "extract", str(files["a"]), str(files["bad"]), str(files["b"]),
                         "--format", "jsonl")
    assert code == 2
    assert err.splitlines() == [
        f"pollstats: {files['bad']}: cannot decode as utf-8 at byte offset 14: invalid start "
        "byte; give the file's encoding with --encoding (for example --encoding cp1252)"
    ]
    recs = jsonl(out)
    assert {r["file"] for r in recs} == {str(files["a"]), str(files["b"])}
    assert len(recs) == 5  # nothing from the bad file, not even its good first part


def test_undecodable_file_in_table_writes_nothing_for_it(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, out, err = run(capsys, "extract", str(files["bad"]), str(files["b"]))
    assert code == 2
    assert str(files["bad"]) not in out and f"== {files['b']} ==" in out
    assert "byte offset 14" in err


def test_missing_file_is_reported_and_others_processed(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "extract", str(missing), str(files["a"]), "--format", "jsonl")
    assert code == 2
    assert err.startswith(f"pollstats: {missing}: cannot read:") and err.count("\n") == 1
    assert len(jsonl(out)) == 3


def test_encoding_option(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, _, err = run(capsys, "extract", str(files["latin"]))
    assert code == 2 and "byte offset 3" in err
    code, out, _ = run(capsys, "extract", str(files["latin"]), "--encoding", "latin-1",
                       "--format", "jsonl")
    assert code == 0 and [r["text"] for r in jsonl(out)] == ["27%"]


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],  # no input
        ["extract", "-", "-"],  # stdin twice
        ["extract", "--example", "--format", "xml"],
        ["extract", "--example", "--published", "2024-02-30"],
        ["extract", "--example", "--published", "last week"],
        ["extract", "--example", "--encoding", "no-such-codec"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "usage:" in captured.err


def test_published_dates_relative_periods(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    path = tmp_path / "rel.txt"
    path.write_text("A Gallup poll conducted last year found 41% support.\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(path), "--published", "2025-03-10",
                       "--format", "jsonl")
    assert code == 0 and [(r["text"], r["period"]) for r in jsonl(out)] == [("41%", "2024")]
    _, out, _ = run(capsys, "extract", str(path), "--format", "jsonl")
    assert [r["period"] for r in jsonl(out)] == [None]


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(GOOD_B.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    code, out, _ = run(capsys, "extract", "-", "--format", "jsonl")
    assert code == 0
    assert [(r["file"], r["text"]) for r in jsonl(out)] == [
        ("<stdin>", "one in four"), ("<stdin>", "3.5 times")
    ]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _progress_run(
    monkeypatch: pytest.MonkeyPatch, files: dict[str, Path], n: int
) -> tuple[int, str, str]:
    err, out = _Terminal(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", out)
    code = cli.main(["extract", "--format", "jsonl", *[str(files["a"])] * n])
    return code, out.getvalue(), err.getvalue()


def test_progress_bar_on_a_terminal_for_many_files(
    monkeypatch: pytest.MonkeyPatch, files: dict[str, Path]
) -> None:
    code, out, err = _progress_run(monkeypatch, files, 8)
    assert code == 0 and len(jsonl(out)) == 24
    assert "\n" not in err and err.count("\r") >= 8
    assert "8/8" in err and "[####################]" in err
    assert err.endswith("\r")  # the line is cleared at the end


def test_no_progress_bar_for_few_files_or_when_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    assert _progress_run(monkeypatch, files, 3)[2] == ""
    monkeypatch.undo()
    code, _, err = run(capsys, "extract", *[str(files["a"])] * 8)
    assert code == 0 and err == ""


def test_progress_bar_does_not_garble_errors(
    monkeypatch: pytest.MonkeyPatch, files: dict[str, Path]
) -> None:
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    code = cli.main(["extract", *[str(files["a"])] * 6, str(files["bad"])])
    assert code == 2
    error_lines = [line.rsplit("\r", 1)[-1] for line in err.getvalue().split("\n")[:-1]]
    assert error_lines == [f"pollstats: {files['bad']}: cannot decode as utf-8 at byte offset "
                           "14: invalid start byte; give the file's encoding with --encoding "
                           "(for example --encoding cp1252)"]


def _python_m(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pollstats", *args], input=stdin,
                          capture_output=True, timeout=60, check=False)


def test_python_m_pollstats_example() -> None:
    proc = _python_m("extract", "--example")
    assert proc.returncode == 0 and proc.stderr == b""
    assert proc.stdout.decode("utf-8").splitlines()[0].split()[:4] == ["LINE", "KIND", "VALUE",
                                                                       "TEXT"]


def test_python_m_pollstats_stdin_and_bad_file(files: dict[str, Path]) -> None:
    proc = _python_m("extract", "-", str(files["bad"]), "--format", "jsonl",
                     stdin=GOOD_A.encode("utf-8"))
    assert proc.returncode == 2
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == [
        "41%", "1,050 adults", "6 points"
    ]
    err = proc.stderr.decode("utf-8").splitlines()
    assert len(err) == 1 and str(files["bad"]) in err[0] and "byte offset 14" in err[0]


def test_python_m_pollstats_usage_error() -> None:
    proc = _python_m("extract")
    assert proc.returncode == 2 and b"usage:" in proc.stderr and proc.stdout == b""
