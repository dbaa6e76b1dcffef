"""What the command-line commands of the areas share (each area adds its own through `Area.commands`).

An area's `add_commands(verbs)` gets the sub-command parsers of the verbs ("import", "export",
"list") and adds its own sub-commands to them, each with `set_defaults(run=function)`;
`kamdesk.cli` runs `args.run(args)`. Nothing here imports Qt or the services: `--help` stays cheap.
"""

from __future__ import annotations

import argparse
import sys

HEADER_ROW_HELP = "the column headers are in row N (default: found among the first rows, below a title)"
REJECTED_HELP = "write the rejected rows with their reasons to this file: .xlsx or .csv, by its extension"


def row_number(text: str) -> int:
    """A row of a sheet as people count them: 1, 2, 3 ..."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"rows are counted from 1, not {text!r}")
    return number


def say_header_row(table) -> None:
    """Tell (on stderr) that the headers were found below a title, so the rows above are not imported."""
    if table.header_row > 1:
        print(f"headers in row {table.header_row}; the rows above are not imported", file=sys.stderr)


STATE_HELP = "only those in this state (an unknown state is answered with the list of states)"


def check_state(state: str | None, names) -> None:
    """Refuse a `--state` that the document's workflow does not declare, naming the ones it does."""
    from kamdesk.core.errors import ValidationError
    from kamdesk.core.messages import Message

    if state is not None and state not in names:
        shown = state if len(state) <= 40 else state[:40] + "…"  # the message quotes it, not a page of it
        raise ValidationError({"state": Message("Unknown state “{state}”: use {states}.", state=shown,
                                                states=", ".join(names))})


def print_rows(rows: list[dict], as_json: bool, line, noun: str) -> int:
    """A list for scripts (a JSON array) or for people (`line(row)` each, then "N <noun>" on stderr)."""
    import json

    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for row in rows:
        print(line(row))
    print(f"{len(rows)} {noun}", file=sys.stderr)
    return 0


def mapped_table(args, io, key_field: str, key_words: str):
    """The file's table and its columns mapped to fields by their headers; refused when none is `key_field`.

    A `--rejected` file is checked first, whatever else is asked (`--dry-run` too): never the file read.
    """
    from kamdesk.core.errors import KamdeskError
    from kamdesk.core.services.spreadsheet_import import check_rejected_path

    if getattr(args, "rejected", None):
        check_rejected_path(args.rejected, args.file)
    table = io.read_table(args.file, args.header_row)
    mapping = io.auto_mapping(table.headers)
    if key_field not in mapping.values():
        raise KamdeskError(f"No column of {args.file.name} looks like {key_words}; headers found in row "
                           f"{table.header_row}: {', '.join(table.headers)} (--header-row N reads them from row N)")
    say_header_row(table)
    return table, mapping


MAX_RECORD_ID = 2**63 - 1  # the largest id a database column holds


def whole_number(low: int, high: int, what: str):
    """An argparse type: a whole number from `low` to `high`, else a one-line error naming `what`."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{what} is a whole number from {low:,} to {high:,}, not {text[:40]!r}")
        return number

    return parse


record_id = whole_number(1, MAX_RECORD_ID, "an id")
list_limit = whole_number(0, MAX_RECORD_ID, "the limit")


def require_pdf_or_xlsx(args) -> None:
    """Refuse an export given neither `--pdf` nor `--xlsx`."""
    from kamdesk.core.errors import KamdeskError
    from kamdesk.core.messages import Message

    if not (args.pdf or args.xlsx):
        raise KamdeskError(Message("Say where to: --pdf FILE.pdf and/or --xlsx FILE.xlsx."))


def write_pdf_and_xlsx(args, data, pdf: str, xlsx: str) -> int:
    """Write `data` to the files of `--pdf` and `--xlsx` that are given, each by its writer named
    "module:function" (imported only when its file is asked for), and say "wrote FILE" of each."""
    import importlib

    for path, writer in ((args.pdf, pdf), (args.xlsx, xlsx)):
        if path:
            module, _, function = writer.partition(":")
            getattr(importlib.import_module(module), function)(path, data)
            print(f"wrote {path}")
    return 0


BAR_WIDTH = 30


def progress_bar(what: str, stream=None):
    """A `progress(done, total)` that draws "what [#####-----] done/total" on one line of a terminal (stderr).

    It redraws only when the bar or the percentage moves, so a step reporting
    every row costs nothing; the line ends when `done` reaches `total`. Not
    on a terminal (a script, a pipe) it draws nothing.
    """
    out = stream or sys.stderr
    shown: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        if not out.isatty():
            return
        ratio = min(done / total, 1.0) if total else 1.0
        state = (int(ratio * 1000), done >= total)
        if shown and shown[-1] == state:
            return
        shown[:] = [state]
        end = "\n" if done >= total else ""
        print(f"\r{what} {bar(ratio)} {done}/{total}", end=end, file=out, flush=True)

    return progress


def bar(ratio: float) -> str:
    """"[#####-----]": a terminal progress bar `ratio` (0…1) full, BAR_WIDTH wide."""
    filled = int(ratio * BAR_WIDTH)
    return f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}]"
