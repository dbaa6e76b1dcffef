"""The command line of the laptop: `laptop init FILE.db --server URL`, `sync`, `list conflicts [--json]`.

The server password comes from $KAMDESK_PASSWORD or is asked without echo; the replica's passphrase
from $KAMDESK_PASSPHRASE or asked (twice when a new replica is made). Neither is ever printed.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from kamdesk.commands import print_rows
from kamdesk.core import cipher, db
from kamdesk.core.errors import LoginRefused, ValidationError
from kamdesk.core.messages import Message

PASSPHRASE_VAR = "KAMDESK_PASSPHRASE"


def add_commands(sub, verbs) -> None:
    laptop = sub.add_parser("laptop", help="an encrypted offline copy of the team server for a laptop")
    laptop_verbs = laptop.add_subparsers(dest="what", metavar="WHAT", required=True)
    init = laptop_verbs.add_parser("init", help="create the laptop's replica from the team server: what your "
                                                "login may see, the catalogue and the prices")
    init.add_argument("file", type=Path, help="the new replica file, e.g. kamdesk-laptop.db")
    init.add_argument("--server", required=True, metavar="URL", help="your login on the team server: "
                                                                      "postgresql://LOGIN@HOST/DATABASE")
    init.add_argument("--progress-lines", action="store_true", help=argparse_hidden())
    init.set_defaults(run=cmd_laptop_init)

    sync = sub.add_parser("sync", help="send this laptop's changes to the team server and receive the office's")
    sync.set_defaults(run=cmd_sync)

    conflicts = verbs["list"].add_parser("conflicts", help="what a sync could not simply take, to resolve")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    conflicts.set_defaults(run=cmd_list_conflicts)


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


def _password(url: str) -> str | None:
    if os.environ.get(db.PASSWORD_VAR) or not sys.stdin.isatty():
        return os.environ.get(db.PASSWORD_VAR)
    return getpass.getpass(f"Password for {db.redacted(url)}: ")


def _new_passphrase() -> str:
    given = os.environ.get(PASSPHRASE_VAR)
    if given is None and sys.stdin.isatty():
        given = getpass.getpass("Passphrase for the laptop's copy: ")
        if getpass.getpass("The passphrase again: ") != given:
            raise ValidationError({"passphrase": Message("The two passphrases differ.")})
    if given is None:
        raise ValidationError({"passphrase": Message(
            "The laptop's copy needs a passphrase of at least {n} characters (${var} or typed).",
            n=cipher.MIN_LENGTH, var=PASSPHRASE_VAR)})
    cipher.check_new_passphrase(given)  # before the server is asked for anything
    return given


def cmd_laptop_init(args) -> int:
    from kamdesk.core.sync import replica

    passphrase = _new_passphrase()
    progress = _line_progress if args.progress_lines else _terminal_progress
    report = replica.init_replica(args.file, args.server, _password(args.server), passphrase, progress)
    if args.progress_lines:
        print(json.dumps({"pulled": report.pulled}), flush=True)
    else:
        print(f"laptop replica {args.file} ready: {report.pulled} records copied from {db.redacted(args.server)}")
    return 0


def _line_progress(done: int, total: int) -> None:
    print(f"progress {done} {total}", flush=True)


def _terminal_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rsync: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def cmd_sync(args) -> int:
    from kamdesk.core.services import sync

    db.connect(args.database)
    status = sync.replica_status()
    password = os.environ.get(db.PASSWORD_VAR)
    try:
        report = sync.sync_now(password, _terminal_progress)
    except LoginRefused:
        if status is None or password or not sys.stdin.isatty():
            raise
        report = sync.sync_now(getpass.getpass(f"Password for {status.server_url}: "), _terminal_progress)
    done = sync.replica_status()
    print(f"sent {report.pushed} changes, received {report.pulled}, removed {report.dropped}, "
          f"new conflicts {report.conflicts}; waiting to be sent {done.pending_changes}, "
          f"open conflicts {done.open_conflicts}")
    return 0


def cmd_list_conflicts(args) -> int:
    from kamdesk.core.services import sync

    db.connect(args.database)
    rows = [{"id": c.id, "kind": c.kind, "table": c.table, "record": c.record, "field": c.field, "mine": c.mine,
             "theirs": c.theirs, "reason": str(c.reason), "at": c.at.isoformat(sep=" ", timespec="seconds"),
             "resolved": c.resolved} for c in sync.list_conflicts(args.all)]
    return print_rows(rows, args.json, _line, "conflicts")


def _line(row: dict) -> str:
    field = f".{row['field']}" if row["field"] else ""
    values = f": laptop {row['mine']!r}, office {row['theirs']!r}" if row["field"] else ""
    return f"{row['id']:>5}  {row['at']}  {row['kind']:<13} {row['table']} {row['record']}{field}{values} — {row['reason']}"
