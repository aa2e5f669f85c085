"""``pollstats extract FILE... | -``: survey statistics of text files as a table, JSON Lines or CSV.

Input is streamed: each file is read 64 KiB at a time, decoded incrementally and cut into
blocks of about 256K characters at paragraph breaks (:func:`pollstats.stream.iter_blocks`);
each block is extracted as a document of its own and written out before the next is read,
so memory stays bounded on endless input (``/dev/zero``, a pipe that never ends). A file
shorter than one block gives exactly the records of ``extract`` on the whole file; in a longer
one, a source or date is not carried from one block into the next. Offsets and table line
numbers are always into the whole file.

Exit status (also in ``pollstats --help``):

- 0: success;
- 1: the output was closed early (``pollstats ... | head``); nothing more is written;
- 2: a usage error (bad option, bad ``--published`` date, unknown or non-text ``--encoding``),
  or an input that could not be read or decoded — each such file gets a one-line error on
  stderr (an undecodable one suggests ``--encoding``) and the other files are still
  processed; a file that fails after its first block keeps the output of the blocks before;
- 3: the output could not be written (a full disk, an I/O error);
- 130: interrupted (Ctrl-C).

No traceback is printed for any of these. Without ``--encoding``, input is UTF-8, and a
UTF-8, UTF-16 or UTF-32 byte-order mark selects that encoding.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, Final, TextIO

from . import __version__

if TYPE_CHECKING:
    import datetime as _dt

__all__ = ["main", "render_table"]

EXIT_OK: Final = 0
EXIT_BROKEN_PIPE: Final = 1
EXIT_USAGE: Final = 2
EXIT_OUTPUT: Final = 3
EXIT_INTERRUPTED: Final = 130

STDIN_NAME: Final = "<stdin>"
EXAMPLE_NAME: Final = "example.txt"
#: Show a progress line on stderr (when it is a terminal) for more files than this.
PROGRESS_MIN_FILES: Final = 5
#: Bytes read from an input at a time, and characters per block (see the module docstring).
READ_BYTES: Final = 1 << 16
BLOCK_CHARS: Final = 1 << 18

#: Byte-order marks recognized without ``--encoding``, longest first.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Table columns: (header, record field). Attribution columns empty in a block are left out.
_TABLE: Final = (("LINE", "line"), ("KIND", "kind"), ("VALUE", "value"), ("TEXT", "text"),
                 ("SOURCE", "source"), ("PERIOD", "period"), ("POPULATION", "population"),
                 ("SUBGROUP", "subgroup"), ("MEASURE", "measure"))
_OPTIONAL: Final = frozenset({"source", "period", "population", "subgroup", "measure"})
_MAX_CELL: Final = 32

EPILOG: Final = (
    "Exit status: 0 success; 1 output closed early; 2 usage error, or an input that could "
    "not be read or decoded (the other files are still processed); 3 output could not be "
    "written (disk full); 130 interrupted (Ctrl-C)."
)


class InputError(Exception):
    """An input that cannot be read or decoded; ``str(e)`` is the one-line message."""


# -- the table ------------------------------------------------------------------------------


class _Lines:
    """Line numbers of offsets given in increasing order, counting each character once."""

    def __init__(self, text: str, offset: int = 0, first_line: int = 1) -> None:
        self.text, self.offset = text, offset
        self.pos, self.line = 0, first_line

    def at(self, start: int) -> int:
        i = min(max(start - self.offset, 0), len(self.text))
        if i < self.pos:  # out of order: count back (never happens for sorted statistics)
            self.line -= self.text.count("\n", i, self.pos)
        else:
            self.line += self.text.count("\n", self.pos, i)
        self.pos = i
        return self.line


def _cell(rec: dict[str, Any], field: str, lines: _Lines) -> str:
    from .export import format_value

    if field == "value":
        return format_value(rec["low"], rec["high"], rec["unit"], kind=rec["kind"],
                            qualifier=rec["qualifier"])
    if field == "line":
        return str(lines.at(rec["start"]))
    value = rec.get(field)
    cell = "" if value is None else " ".join(str(value).split())
    return cell if len(cell) <= _MAX_CELL else cell[: _MAX_CELL - 1] + "…"


def render_table(
    records: list[dict[str, Any]], text: str, *, offset: int = 0, first_line: int = 1
) -> str:
    """Statistics as aligned columns (empty attribution columns left out), then comparisons.

    ``text`` is the input the records' offsets point into, or a block of it starting at
    ``offset`` on line ``first_line``; line numbers are counted once through it (linear time).
    """
    from .export import format_comparison

    stats = sorted((r for r in records if r.get("type") == "statistic"),
                   key=lambda r: r["start"])
    comparisons = [r for r in records if r.get("type") == "comparison"]
    if not stats:
        return "(no statistics)\n"
    lines = _Lines(text, offset, first_line)
    rows = [[_cell(r, field, lines) for _, field in _TABLE] for r in stats]
    keep = [k for k, (_, field) in enumerate(_TABLE)
            if field not in _OPTIONAL or any(row[k] for row in rows)]
    header = [_TABLE[k][0] for k in keep]
    rows = [[row[k] for k in keep] for row in rows]
    widths = [max([len(h)] + [len(row[k]) for row in rows]) for k, h in enumerate(header)]
    right = {header.index("LINE"), header.index("VALUE")}

    def line(cells: list[str]) -> str:
        padded = [c.rjust(w) if k in right else c.ljust(w)
                  for k, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(padded).rstrip() + "\n"

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    if comparisons:
        out.append("\nCOMPARISONS\n")
        out += [f"  {format_comparison(r)}\n" for r in comparisons]
    return "".join(out)


# -- input ----------------------------------------------------------------------------------


def _decode_hint(encoding: str, head: bytes) -> str:
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig") and \
            head.count(0) > len(head) // 4:
        return "it looks like UTF-16 without a byte-order mark: try --encoding utf-16-le"
    return "give the file's encoding with --encoding (for example --encoding cp1252)"


def _raw_reader(fh: IO[bytes]) -> Callable[[], bytes]:
    """A function reading the next bytes of ``fh``. For a pipe or terminal: wait for input
    with ``select`` in half-second steps, then read what is there — so that the interpreter
    runs between the steps and sees a Ctrl-C. (A signal that arrives just before a blocking
    ``read`` is otherwise not seen until the read returns, which may be never.)"""
    import io
    import stat

    try:
        fd = fh.fileno()
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return lambda: fh.read(READ_BYTES)
    if regular or os.name != "posix":
        return lambda: fh.read(READ_BYTES)
    import select

    def read() -> bytes:
        while not select.select([fd], [], [], 0.5)[0]:
            pass
        return os.read(fd, READ_BYTES)

    return read


def _chunks(fh: IO[bytes], name: str, encoding: str | None) -> Iterator[str]:
    """The decoded text of ``fh``, a piece at a time; :class:`InputError` on failure."""
    raw = _raw_reader(fh)

    def read() -> bytes:
        try:
            return raw()
        except OSError as e:
            raise InputError(f"pollstats: {name}: cannot read: {e.strerror or e}") from None

    data = read()
    while 0 < len(data) < 4:  # a pipe may give a few bytes at a time: enough for a BOM
        more = read()
        if not more:
            break
        data += more
    head = data[:4096]
    enc = encoding
    if enc is None:
        enc = next((e for bom, e in _BOMS if data.startswith(bom)), "utf-8")
    decoder = codecs.getincrementaldecoder(enc)("strict")
    consumed = 0  # bytes given to the decoder before `data`
    while True:
        final = not data
        buffered = len(decoder.getstate()[0])
        try:
            text = decoder.decode(data, final=final)
        except UnicodeDecodeError as e:
            at = consumed - buffered + e.start
            raise InputError(f"pollstats: {name}: cannot decode as {enc} at byte offset {at}: "
                             f"{e.reason}; {_decode_hint(enc, head)}") from None
        except UnicodeError as e:
            raise InputError(f"pollstats: {name}: cannot decode as {enc}: {e}; "
                             f"{_decode_hint(enc, head)}") from None
        if text:
            yield text
        if final:
            return
        consumed += len(data)
        data = read()


def _open(path: str, encoding: str | None) -> tuple[str, Iterator[str]]:
    """(name, decoded pieces); the file is opened now, read as the pieces are pulled."""
    if path == "-":
        if sys.stdin is None:  # started with standard input closed (`<&-`)
            raise InputError(f"pollstats: {STDIN_NAME}: cannot read: standard input is closed")
        return STDIN_NAME, _chunks(sys.stdin.buffer, STDIN_NAME, encoding)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed by _closing when the pieces end
    except OSError as e:
        raise InputError(f"pollstats: {path}: cannot read: {e.strerror or e}") from None
    return path, _closing(fh, _chunks(fh, path, encoding))


def _closing(fh: IO[bytes], pieces: Iterator[str]) -> Iterator[str]:
    with fh:
        yield from pieces


def _inputs(args: argparse.Namespace) -> Iterator[tuple[str, Iterator[str] | None, str | None]]:
    """(name, decoded pieces, None) or (name, None, one-line error), one per input."""
    if args.example:
        from ._data import read_text

        yield EXAMPLE_NAME, iter([read_text(EXAMPLE_NAME)]), None
    for path in args.files:
        try:
            name, pieces = _open(path, args.encoding)
        except InputError as e:
            yield (STDIN_NAME if path == "-" else path), None, str(e)
            continue
        yield name, pieces, None


# -- output ---------------------------------------------------------------------------------


class _Progress:
    """``[####------]  12/40  name`` on one ``\\r``-rewritten stderr line; silent if disabled."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.width = 0

    def show(self, done: int, name: str) -> None:
        if not self.enabled:
            return
        filled = 20 * done // max(self.total, 1)
        line = f"[{'#' * filled}{'-' * (20 - filled)}] {done:>{len(str(self.total))}}/"
        line += f"{self.total} {name}"[:60]
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def clear(self) -> None:
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def _render(fmt: str, records: list[dict[str, Any]], block: str, offset: int, line: int,
            columns: Sequence[str]) -> str:
    """The output of one block."""
    if fmt == "jsonl":
        import json

        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        import csv
        import io

        from .export import csv_rows

        buf = io.StringIO()
        writer = csv.DictWriter(buf, columns, extrasaction="ignore", lineterminator="\n")
        writer.writerows(csv_rows(records))
        return buf.getvalue()
    if not any(r.get("type") == "statistic" for r in records):
        return ""
    return render_table(records, block, offset=offset, first_line=line)


def _file(name: str, pieces: Iterator[str], args: argparse.Namespace, out: TextIO,
          published: _dt.date | None, columns: Sequence[str], many: bool) -> None:
    """Extract and write one input block by block; :class:`InputError` if it fails."""
    from .pipeline import extract
    from .records import shift_record
    from .stream import iter_blocks

    table = args.format == "table"
    title = f"== {name} ==\n" if table and many else ""  # written with the first output
    line = 1
    wrote = False
    for offset, block in iter_blocks(pieces, block_chars=BLOCK_CHARS):
        keep = args.headline_stats or offset > 0  # only the file's first line is a headline
        records = [{"file": name, **shift_record(r, offset)}
                   for r in extract(block, published=published, headline_stats=keep).records()]
        if args.survey_only:
            records = _survey_only(records)
        chunk = _render(args.format, records, block, offset, line, columns)
        if chunk:
            out.write(("\n" if wrote and table else title if not wrote else "") + chunk)
            out.flush()
            wrote = True
        line += block.count("\n")
    if table and not wrote:
        out.write(title + "(no statistics)\n")
    if title:
        out.write("\n")


def _survey_only(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``--survey-only``: the statistics attributed to a survey, and the comparisons between
    them (both ends of a comparison share the flag)."""
    kept = [r for r in records if r.get("type") != "statistic" or r.get("survey")]
    spans = {(r["start"], r["end"]) for r in kept if r.get("type") == "statistic"}
    return [r for r in kept if r.get("type") == "statistic"
            or ((r["from"]["start"], r["from"]["end"]) in spans
                and (r["to"]["start"], r["to"]["end"]) in spans)]


# -- options --------------------------------------------------------------------------------


def _published(value: str) -> str:
    from ._args import published_date

    try:
        published_date(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return value


def _encoding(value: str) -> str:
    try:
        info = codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a text encoding (it turns bytes into bytes)")
    try:
        codecs.getincrementaldecoder(value)("strict").decode(b"", final=True)
    except Exception as e:  # an encoding that cannot decode anything ('undefined')
        raise argparse.ArgumentTypeError(f"cannot decode with {value!r}: {e}") from None
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pollstats",
        description="Survey statistics from prose, as span-grounded records.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"pollstats {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = sub.add_parser(
        "extract", help="extract statistics from text files",
        description="Extract survey statistics from text files (or - for standard input), "
                    "streamed block by block.",
        epilog="Formats: table (for people), jsonl (one JSON object per record, with its "
               "'file'), csv (a header row, then one row per record). " + EPILOG,
    )
    ex.add_argument("files", nargs="*", metavar="FILE", help="text files, or - for standard input")
    ex.add_argument("--example", action="store_true",
                    help="also run on the bundled example article")
    ex.add_argument("--show-text", action="store_true",
                    help="print each input's text before its statistics (table format)")
    ex.add_argument("--survey-only", action="store_true",
                    help="only the figures attributed to a survey (a poll's shares, changes, "
                         "samples and margins), not inflation, rates or sales")
    ex.add_argument("--headline-stats", action="store_true",
                    help="also give the figures of a file's headline (its first line, when "
                         "that reads as a title)")
    ex.add_argument("--format", choices=("table", "jsonl", "csv"), default="table",
                    help="output format (default: table)")
    ex.add_argument("--published", type=_published, metavar="DATE",
                    help="publication date (YYYY-MM-DD, YYYY-MM or YYYY) for dates like "
                         "'last year'")
    ex.add_argument("--encoding", type=_encoding, default=None,
                    help="encoding of the input files (default: utf-8, or the one a "
                         "byte-order mark names)")
    return parser


# -- main -----------------------------------------------------------------------------------


def _silence_stdout(out: TextIO) -> None:
    """Point stdout at /dev/null, so that Python's exit-time flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests): nothing to do
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    out, err = sys.stdout, sys.stderr
    if err is None:  # started with standard error closed: errors go nowhere
        err = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    if out is None:  # started with standard output closed (`>&-`)
        err.write("pollstats: cannot write output: standard output is closed\n")
        return EXIT_OUTPUT
    try:
        return _main(argv, out, err)
    except KeyboardInterrupt:
        import signal

        # a second Ctrl-C while the message is written: no trace (and the handler is given
        # back after, for a caller of main() from Python)
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            err.write("\npollstats: interrupted\n")
            err.flush()
        except OSError:
            pass
        finally:
            signal.signal(signal.SIGINT, previous)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly.
        _silence_stdout(out)
        return EXIT_BROKEN_PIPE
    except OSError as e:  # reads are caught per file, so this is the output: a full disk...
        _silence_stdout(out)
        try:
            err.write(f"pollstats: cannot write output: {e.strerror or e}\n")
            err.flush()
        except OSError:
            pass
        return EXIT_OUTPUT


def _main(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.files and not args.example:
        parser.error("give FILE..., - for standard input, or --example")
    if args.files.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    from ._args import published_date
    from .export import CSV_COLUMNS

    published = published_date(args.published)
    columns = ("file", *CSV_COLUMNS)
    total = len(args.files) + int(args.example)
    many = total > 1
    progress = _Progress(total, err, total > PROGRESS_MIN_FILES and err.isatty())
    failed = False
    if args.format == "csv":
        out.write(",".join(columns) + "\n")
    for done, (name, pieces, error) in enumerate(_inputs(args), start=1):
        progress.show(done - 1, name)
        try:
            if pieces is None:
                raise InputError(error)
            if args.show_text:
                pieces = _echo(pieces, out, args.format, name)
            _file(name, pieces, args, out, published, columns, many)
        except InputError as e:
            failed = True
            progress.clear()
            out.flush()
            print(e, file=err)
            continue
        progress.clear()
    progress.show(total, "done")
    progress.clear()
    out.flush()
    return EXIT_USAGE if failed else EXIT_OK


def _echo(pieces: Iterator[str], out: TextIO, fmt: str, name: str) -> Iterator[str]:
    """``--show-text``: the input's text first (on stderr for jsonl/csv, to keep them clean);
    the whole input is held to do so."""
    text = "".join(pieces)
    stream = out if fmt == "table" else sys.stderr
    stream.write(f"--- {name} ---\n{text}" + ("" if text.endswith("\n") else "\n") + "---\n")
    return iter([text])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
