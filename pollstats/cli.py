"""``pollstats extract FILE... | -``: survey statistics of text files as a table, JSON Lines or CSV.

Exit status: 0 on success; 1 when the output was closed early (``| head``); 2 for usage errors
(bad option, bad --published date, unknown --encoding) or when any input could not be read or
decoded — each such file gets a one-line error on stderr and the other files are still
processed.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, Final, TextIO

from ._data import read_text
from .export import CSV_COLUMNS, flatten, format_comparison, format_value
from .pipeline import extract

__all__ = ["main"]

EXIT_OK: Final = 0
EXIT_BROKEN_PIPE: Final = 1
EXIT_USAGE: Final = 2

STDIN_NAME: Final = "<stdin>"
EXAMPLE_NAME: Final = "example.txt"
#: Show a progress line on stderr (when it is a terminal) for more files than this.
PROGRESS_MIN_FILES: Final = 5

#: Table columns: (header, record field). Attribution columns empty in a file are left out.
_TABLE: Final = (("LINE", "line"), ("KIND", "kind"), ("VALUE", "value"), ("TEXT", "text"),
                 ("SOURCE", "source"), ("PERIOD", "period"), ("POPULATION", "population"),
                 ("SUBGROUP", "subgroup"))
_OPTIONAL: Final = frozenset({"source", "period", "population", "subgroup"})
_MAX_CELL: Final = 40


def _cell(rec: dict[str, Any], field: str, text: str) -> str:
    if field == "value":
        return format_value(rec["low"], rec["high"], rec["unit"], kind=rec["kind"],
                            qualifier=rec["qualifier"])
    if field == "line":
        return str(text.count("\n", 0, rec["start"]) + 1)
    value = rec.get(field)
    cell = "" if value is None else " ".join(str(value).split())
    return cell if len(cell) <= _MAX_CELL else cell[: _MAX_CELL - 1] + "…"


def render_table(records: list[dict[str, Any]], text: str) -> str:
    """Statistics as aligned columns (empty attribution columns left out), then comparisons."""
    stats = [r for r in records if r.get("type") == "statistic"]
    comparisons = [r for r in records if r.get("type") == "comparison"]
    if not stats:
        return "(no statistics)\n"
    rows = [[_cell(r, field, text) for _, field in _TABLE] for r in stats]
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


def _records(name: str, text: str, published: str | None) -> list[dict[str, Any]]:
    return [{"file": name, **r} for r in extract(text, published=published).records()]


def _render(fmt: str, name: str, text: str, records: list[dict[str, Any]], many: bool) -> str:
    """All the output for one file, as one string (written only once it is complete)."""
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, ("file", *CSV_COLUMNS), extrasaction="ignore",
                                lineterminator="\n")
        writer.writerows(flatten(r) for r in records)
        return buf.getvalue()
    table = render_table(records, text)
    return f"== {name} ==\n{table}\n" if many else table


def _read(path: str, encoding: str) -> tuple[str, str | None, str | None]:
    """(name, text, None) or (name, None, one-line error)."""
    name = STDIN_NAME if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as e:
        return name, None, f"pollstats: {name}: cannot read: {e.strerror or e}"
    try:
        return name, data.decode(encoding), None
    except UnicodeDecodeError as e:
        return name, None, (f"pollstats: {name}: cannot decode as {encoding} at byte offset "
                            f"{e.start}: {e.reason}")


def _inputs(args: argparse.Namespace) -> Iterator[tuple[str, str | None, str | None]]:
    if args.example:
        yield EXAMPLE_NAME, read_text(EXAMPLE_NAME), None
    for path in args.files:
        yield _read(path, args.encoding)


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


def _published(value: str) -> str:
    from ._args import published_date

    try:
        published_date(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return value


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pollstats",
        description="Survey statistics from prose, as span-grounded records.",
        epilog="Exit status: 0 success; 1 output closed early; 2 usage error or an input file "
               "that could not be read or decoded (the other files are still processed).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = sub.add_parser(
        "extract", help="extract statistics from text files",
        description="Extract survey statistics from text files (or - for standard input).",
        epilog="Formats: table (for people), jsonl (one JSON object per record, with its "
               "'file'), csv (a header row, then one row per record). Exit status: 0 success; "
               "1 output closed early; 2 usage error or an unreadable/undecodable input.",
    )
    ex.add_argument("files", nargs="*", metavar="FILE", help="text files, or - for standard input")
    ex.add_argument("--example", action="store_true",
                    help="also run on the bundled example article")
    ex.add_argument("--format", choices=("table", "jsonl", "csv"), default="table",
                    help="output format (default: table)")
    ex.add_argument("--published", type=_published, metavar="DATE",
                    help="publication date (YYYY-MM-DD, YYYY-MM or YYYY) for dates like "
                         "'last year'")
    ex.add_argument("--encoding", type=_encoding, default="utf-8",
                    help="encoding of the input files (default: utf-8)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.files and not args.example:
        parser.error("give FILE..., - for standard input, or --example")
    if args.files.count("-") > 1:
        parser.error("standard input (-) can be read only once")

    out, err = sys.stdout, sys.stderr
    total = len(args.files) + int(args.example)
    many = total > 1
    progress = _Progress(total, err, total > PROGRESS_MIN_FILES and err.isatty())
    failed = False
    try:
        if args.format == "csv":
            out.write(",".join(("file", *CSV_COLUMNS)) + "\n")
        for done, (name, text, error) in enumerate(_inputs(args), start=1):
            progress.show(done - 1, name)
            if text is None:
                failed = True
                progress.clear()
                print(error, file=err)
                continue
            chunk = _render(args.format, name, text, _records(name, text, args.published), many)
            progress.clear()
            out.write(chunk)
            out.flush()
        progress.show(total, "done")
        progress.clear()
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python's exit-time flush
        # of stdout from raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        return EXIT_BROKEN_PIPE
    return EXIT_USAGE if failed else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
