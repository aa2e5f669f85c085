"""The command line under faults: streaming, encodings, a full disk, a closed pipe, Ctrl-C,
exit statuses, and the table's linear line numbers (#18 item 4, #15 item 7)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pollstats import __version__, cli

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
TEXT = "The city poll found 41% support.\n\nLater, support rose 6 points.\n"


def _run(*args: str, stdin: bytes = b"", **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pollstats", *args], input=stdin,
                          capture_output=True, timeout=120, check=False, env=ENV, **kw)  # type: ignore[call-overload]


def _no_traceback(proc: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in proc.stderr and b"Exception ignored" not in proc.stderr


def jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


# -- version and help -----------------------------------------------------------------------


def test_version() -> None:
    proc = _run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"pollstats {__version__}"


def test_help_imports_no_extractor_and_documents_exit_statuses() -> None:
    code = ("import sys\nfrom pollstats import cli\ntry:\n    cli.main(['--help'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('pollstats') or m == 'regex'),"
            " file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, env=ENV,
                          timeout=60, check=True)
    loaded = proc.stderr.decode()
    assert "pollstats.pipeline" not in loaded and "pollstats.matchers" not in loaded
    assert "'regex'" not in loaded  # no pattern compiled at all
    help_text = " ".join(proc.stdout.decode().split())
    for status in ("0 success", "1 output closed early", "2 usage error", "3 output could not",
                   "130 interrupted"):
        assert status in help_text


# -- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["rot13", "hex", "base64", "zlib", "undefined",
                                      "no-such-codec", "bz2"])
def test_exotic_encodings_are_usage_errors(capsys: pytest.CaptureFixture[str],
                                           encoding: str) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["extract", "--example", "--encoding", encoding])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--encoding" in err and encoding in err and "Traceback" not in err


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_byte_order_mark_selects_the_encoding(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              encoding: str, bom: bytes) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    code = cli.main(["extract", str(path), "--format", "jsonl"])
    recs = jsonl(capsys.readouterr().out)
    assert code == 0 and [r["text"] for r in recs] == ["41%", "6 points"]
    assert all(TEXT[r["start"]:r["end"]] == r["text"] for r in recs)  # type: ignore[misc]


def test_utf16_without_bom_gets_a_hint(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(("Caf\u00e9 " + TEXT).encode("utf-16-le"))
    code = cli.main(["extract", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and "--encoding utf-16-le" in err


def test_decode_error_suggests_encoding_and_says_where(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(TEXT.encode() * 3 + "\u201cQuoted\u201d 52%.".encode("cp1252"))
    code = cli.main(["extract", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"byte offset {len(TEXT.encode()) * 3}" in err and "--encoding" in err


def test_decode_error_offset_in_a_later_block(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "READ_BYTES", 7)
    path = tmp_path / "late.txt"
    good = ("Caf\u00e9 " + TEXT).encode() * 5
    path.write_bytes(good + b"\xff tail")
    code = cli.main(["extract", str(path), "--format", "jsonl"])
    err = capsys.readouterr().err
    assert code == 2 and f"byte offset {len(good)}:" in err


# -- streaming ------------------------------------------------------------------------------


def test_blocks_give_offsets_and_lines_into_the_whole_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "".join(f"Line {i}: support was {i}% in the poll.\n\n" for i in range(1, 40))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(cli, "BLOCK_CHARS", 100)
    monkeypatch.setattr(cli, "READ_BYTES", 64)
    assert cli.main(["extract", str(path), "--format", "jsonl"]) == 0
    recs = jsonl(capsys.readouterr().out)
    assert [r["low"] for r in recs] == [float(i) for i in range(1, 40)]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in recs)  # type: ignore[misc]
    assert cli.main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines() if line.strip().split()[:1] != ["LINE"]
            and line.strip() and not line.startswith("-") and "share" in line]
    assert [int(r[0]) for r in rows] == [2 * i - 1 for i in range(1, 40)]


@pytest.mark.slow
def test_output_starts_before_the_input_ends() -> None:
    """Streaming: the records of the first block come out while stdin is still open."""
    proc = subprocess.Popen([sys.executable, "-m", "pollstats", "extract", "-", "--format",
                             "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(b"Support was 41% in May.\n\n" + b"No figures in this line.\n\n" *
                         (cli.BLOCK_CHARS // 20))
        proc.stdin.flush()
        line = proc.stdout.readline()  # blocks until the first block is written
        assert json.loads(line)["text"] == "41%"
        assert proc.poll() is None  # still waiting for more input
    finally:
        proc.stdin.close()
        proc.wait(timeout=120)
    assert proc.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM (Linux)")
def test_endless_input_in_bounded_memory() -> None:
    """/dev/zero-like input: a stream that never ends, read for a while, memory bounded.
    (The peak is VmHWM of the child's own memory: ru_maxrss would count the parent's from
    before exec.)"""
    proc = subprocess.Popen([sys.executable, "-c",
                             "import sys\nfrom pollstats import cli\n"
                             "import atexit\n"
                             "def peak():\n"
                             "    for line in open('/proc/self/status'):\n"
                             "        if line.startswith('VmHWM:'):\n"
                             "            print(line.split()[1], file=sys.stderr)\n"
                             "atexit.register(peak)\n"
                             "sys.exit(cli.main(['extract', '-']))"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdin is not None
    piece = b"\x00" * (1 << 16)
    for _ in range(1200):  # 75 MiB without a line break
        proc.stdin.write(piece)
    proc.stdin.close()
    assert proc.stderr is not None
    err = proc.stderr.read()
    assert proc.wait(timeout=600) == 0
    assert int(err.decode().split()[-1]) < 120_000  # KiB (~35 MB measured): 75 MiB never held


# -- output faults and signals --------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_exit_3_without_traceback() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "pollstats", "extract", "--example"],
                              stdout=full, stderr=subprocess.PIPE, timeout=120, env=ENV,
                              check=False)
    assert proc.returncode == 3
    assert proc.stderr.decode().strip() == ("pollstats: cannot write output: No space left on "
                                            "device")


@pytest.mark.slow
def test_closed_stdout_exit_1_without_traceback() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "pollstats", "extract", "-", "--format",
                             "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    piece = ("Support was 41% in May.\n\n" + "Words without figures.\n\n" * 3000).encode()
    proc.stdin.write(piece * 5)
    proc.stdin.flush()
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, like `| head -1`
    deadline = time.monotonic() + 120
    try:  # more input, so that the program writes again (pipes may buffer a lot)
        while proc.poll() is None and time.monotonic() < deadline:
            proc.stdin.write(piece)
            proc.stdin.flush()
    except BrokenPipeError:  # it has stopped reading: it exited
        pass
    assert proc.wait(timeout=120) == 1
    assert proc.stderr.read() == b""


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_exit_130_without_traceback() -> None:
    # as from a terminal: Ctrl-C at its default in the child. A test run started in the
    # background (``cmd &`` in a script) ignores SIGINT, and an ignored SIGINT is inherited and
    # kept by Python, so the child would never see it (what failed in two CI dry runs)
    proc = subprocess.Popen([sys.executable, "-m", "pollstats", "extract", "-", "--format",
                             "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV, preexec_fn=_sigint_default)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    try:  # a first block, so that its output shows the program is running (however loaded
        proc.stdin.write(b"Support was 41% in May.\n\n" + b"No figures in this line.\n\n" *
                         (cli.BLOCK_CHARS // 20))  # the machine), waiting for more input
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["text"] == "41%"
        # one Ctrl-C is enough: input from a pipe is awaited in steps, so a signal that comes
        # just before a read is seen (with one blocking read it was lost 2 runs in 5)
        proc.send_signal(signal.SIGINT)
        sent = time.monotonic()
        try:  # a generous wait: a CI dry run under a load of 5 once took over 30 s here
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail(f"no exit {time.monotonic() - sent:.0f} s after one Ctrl-C")
        err = proc.stderr.read()
    finally:
        proc.stdin.close()
    assert proc.wait(timeout=60) == 130
    assert b"Traceback" not in err and b"interrupted" in err


@pytest.mark.slow
def test_bom_split_across_pipe_reads() -> None:
    """A byte-order mark that arrives one byte at a time is still recognized."""
    proc = subprocess.Popen([sys.executable, "-m", "pollstats", "extract", "-", "--format",
                             "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdin is not None
    data = b"\xff\xfe" + "Support was 41%.\n".encode("utf-16-le")
    for byte in data[:3]:
        proc.stdin.write(bytes([byte]))
        proc.stdin.flush()
        time.sleep(0.2)
    proc.stdin.write(data[3:])
    proc.stdin.close()
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    assert proc.wait(timeout=60) == 0, err
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["41%"]


def test_ctrl_c_in_process(monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_file", interrupted)
    before = signal.getsignal(signal.SIGINT)
    assert cli.main(["extract", "--example"]) == 130
    assert "Traceback" not in capsys.readouterr().err
    assert signal.getsignal(signal.SIGINT) is before  # main() called from Python leaves it


# -- the table ------------------------------------------------------------------------------


def test_table_line_numbers_in_linear_time() -> None:
    n = 20_000
    line = "x" * 60 + " 41%\n"
    text = line * n
    recs = [{"type": "statistic", "kind": "share", "text": "41%", "start": i * len(line) + 61,
             "end": i * len(line) + 64, "low": 41.0, "high": 41.0, "unit": "percent",
             "qualifier": "exact"} for i in range(n)]
    t0 = time.process_time()
    table = cli.render_table(recs, text)
    elapsed = time.process_time() - t0
    lines = [row.split()[0] for row in table.splitlines()[2:]]
    assert lines == [str(i) for i in range(1, n + 1)]
    assert elapsed < 2.0  # counting from the start for every record takes minutes


def test_show_text_prints_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", "--example", "--show-text"]) == 0
    out = capsys.readouterr().out
    from pollstats._data import read_text

    article = read_text("example.txt")
    assert article.strip().splitlines()[0] in out
    assert out.index(article.strip().splitlines()[-1]) < out.index("LINE")


def test_closed_standard_streams_without_traceback() -> None:
    proc = subprocess.run([sys.executable, "-m", "pollstats", "extract", "--example"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV,
                          timeout=120, check=False, close_fds=True,
                          preexec_fn=lambda: os.close(1))
    assert proc.returncode == 3 and b"Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "pollstats", "extract", "-"],
                          stdin=subprocess.DEVNULL, capture_output=True, env=ENV,
                          timeout=120, check=False, preexec_fn=lambda: os.close(0))
    assert proc.returncode == 2 and b"standard input is closed" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_survey_only_keeps_the_poll_figures(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text("Inflation eased to 2.4% in April, from 2.9% in March. In a new poll, 58% "
                    "of renters said rents are too high, up from 51% last year.\n",
                    encoding="utf-8")
    assert cli.main(["extract", str(path), "--format", "jsonl"]) == 0
    everything = jsonl(capsys.readouterr().out)
    assert cli.main(["extract", str(path), "--format", "jsonl", "--survey-only"]) == 0
    polls = jsonl(capsys.readouterr().out)
    assert {r["text"] for r in everything if r["type"] == "statistic"} >= {"2.4%", "58%"}
    assert [r["text"] for r in polls if r["type"] == "statistic"] == ["58%", "51%"]
    assert all(r["from"]["low"] == 51.0 for r in polls if r["type"] == "comparison")
