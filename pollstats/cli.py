"""``pollstats extract FILE... | -``: statistics of text files as a table, JSON Lines or CSV.

Exit status: 0 on success; 2 for usage errors or when any input could not be read or decoded
(the other files are still processed).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from ._data import read_text
from .pipeline import extract

__all__ = ["main"]

TABLE_COLUMNS = ("kind", "text", "value", "unit", "qualifier", "source", "period", "subgroup")
CSV_COLUMNS = (
    "file", "type", "kind", "text", "start", "end", "low", "high", "unit", "qualifier",
    "source", "period", "population", "subgroup", "measure",
)


def _value(rec: dict[str, Any]) -> str:
    lo, hi = rec["low"], rec["high"]
    fmt = "{:g}".format
    return fmt(lo) if lo == hi else f"{fmt(lo)}–{fmt(hi)}"


def _cell(rec: dict[str, Any], column: str) -> str:
    if column == "value":
        return _value(rec)
    return "" if rec.get(column) is None else str(rec[column])


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    cells = [[_cell(r, c) for c in TABLE_COLUMNS] for r in rows]
    header = [c.upper() for c in TABLE_COLUMNS]
    widths = [max([len(h)] + [len(row[k]) for row in cells]) for k, h in enumerate(header)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    out.write(line.format(*header).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(line.format(*row).rstrip() + "\n")


def _records(name: str, text: str, published: str | None) -> list[dict[str, Any]]:
    recs = extract(text, published=published).records()
    for r in recs:
        r["file"] = name
    return [r for r in recs if r.get("type") == "statistic"] + [
        r for r in recs if r.get("type") != "statistic"
    ]


def _read(path: str, encoding: str) -> tuple[str | None, str | None]:
    """(text, None) or (None, one-line error)."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as e:
        return None, f"pollstats: {path}: cannot read: {e.strerror or e}"
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as e:
        return None, f"pollstats: {path}: cannot decode as {encoding} at byte offset {e.start}"
    except LookupError:
        return None, f"pollstats: unknown encoding {encoding!r}"


def _emit(fmt: str, name: str, recs: list[dict[str, Any]], out: TextIO, many: bool) -> None:
    if fmt == "jsonl":
        buf = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        out.write(buf)
    elif fmt == "table":
        if many:
            out.write(f"== {name} ==\n")
        _table([r for r in recs if r.get("type") == "statistic"], out)
        if many:
            out.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pollstats", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract statistics from text files")
    ex.add_argument("files", nargs="*", help="text files, or - for standard input")
    ex.add_argument("--example", action="store_true", help="run on the bundled example article")
    ex.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD) for relative dates")
    ex.add_argument("--encoding", default="utf-8", help="encoding of the input files")
    args = parser.parse_args(argv)

    if not args.files and not args.example:
        parser.error("give FILE..., - for standard input, or --example")
    out = sys.stdout
    inputs: list[tuple[str, str | None, str | None]] = []
    if args.example:
        inputs.append(("example.txt", read_text("example.txt"), None))
    inputs.extend((p, *_read(p, args.encoding)) for p in args.files)
    failed = False
    writer: Any = None
    many = len(inputs) > 1
    for name, text, error in inputs:
        if text is None:
            failed = True
            print(error, file=sys.stderr)
            continue
        try:
            recs = _records(name, text, args.published)
        except ValueError as e:  # a bad --published date
            print(f"pollstats: {e}", file=sys.stderr)
            return 2
        if args.format == "csv":
            if writer is None:
                writer = csv.DictWriter(
                    out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n"
                )
                writer.writeheader()
            buf = io.StringIO()
            w = csv.DictWriter(buf, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
            w.writerows(recs)
            out.write(buf.getvalue())
        else:
            _emit(args.format, name, recs, out, many)
    out.flush()
    return 2 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
