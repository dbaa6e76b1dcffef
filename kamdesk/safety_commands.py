"""The command line for data safety: `backup`, `list backups`, `restore`, `check`, and the damaged-database answer.

None of these opens a database file through `db.connect`: a damaged file must still
be checked, backed up as it is and replaced, and migrations must not run on it first.
`check` of a server URL connects without migrating and verifies the audit trail's chain.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from kamdesk.core import db
from kamdesk.core.errors import DatabaseError, PermissionDenied
from kamdesk.core.messages import Message


def add_commands(sub, verbs) -> None:
    """The safety commands on the top-level parser `sub` and `list backups` on the "list" verb."""
    backup = sub.add_parser("backup", help="make a verified backup of the database")
    backup.add_argument("file", nargs="?", type=Path,
                        help="the backup file to write (default: a new file in the backup folder)")
    backup.set_defaults(run=cmd_backup)
    listing = verbs["list"].add_parser("backups", help="the backups of the database, newest first")
    listing.add_argument("--json", action="store_true", help="as JSON: path, made_at, size, verified, reason")
    listing.set_defaults(run=cmd_list_backups)
    restore = sub.add_parser("restore", help="put a verified backup in place of the database")
    restore.add_argument("backup", type=Path, help="the backup file (see `kamdesk list backups`)")
    restore.set_defaults(run=cmd_restore)
    check = sub.add_parser("check", help="check the database: pages, links between records, schema, audit trail "
                                         "(a server database: its audit trail)")
    check.add_argument("--quick", action="store_true", help="the quicker page check instead of the full one")
    check.set_defaults(run=cmd_check)


def database_file(url: str | None) -> Path:
    """The SQLite file the command works on; a server database is refused in plain words."""
    path = db.sqlite_path(db.resolve_url(url))
    if path is None:
        raise DatabaseError(Message("Backups are made of a database file on this computer; a server database is "
                                    "backed up on the server."))
    return path


def cmd_backup(args) -> int:
    from kamdesk.core.services import backups

    path = database_file(args.database)
    if args.file is None:
        made = backups.back_up_now("manual", path)
        print(f"backed up {path} to {made.path}")
        return 0
    target = args.file.expanduser().resolve()
    if target.exists():
        print(f"kamdesk: there is a file {target} already; choose a new name for the backup", file=sys.stderr)
        return 1
    from kamdesk.core import backup

    made = backup.make_backup(path, target.parent, "manual")
    os.replace(made.path, target)
    print(f"backed up {path} to {target}")
    return 0


def cmd_list_backups(args) -> int:
    from kamdesk.core.services import backups

    found = backups.backups_of(database_file(args.database))
    if args.json:
        print(json.dumps([b.as_json() for b in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no backups yet", file=sys.stderr)
    for b in found:
        verified = "verified" if b.verified else "NOT VERIFIED"
        print(f"{b.made_at:%Y-%m-%d %H:%M:%S}\t{_size(b.size)}\t{verified}\t{b.reason}\t{b.path}")
    return 0


def cmd_restore(args) -> int:
    from kamdesk.core.services import backups

    from kamdesk.gui.single_window import database_lock

    path = database_file(args.database)
    lock = database_lock(path)
    if not lock.tryLock(0):
        print(f"kamdesk: {path} is open in a kamdesk window; close it, then restore", file=sys.stderr)
        return 1
    try:
        aside = backups.restore(args.backup.expanduser(), path)
    finally:
        lock.unlock()
    print(f"restored {args.backup} into {path}")
    if aside is not None:
        print(f"the replaced database was kept as {aside}")
    return 0


def cmd_check(args) -> int:
    from kamdesk.core.db_check import check_file

    if db.is_server_url(db.resolve_url(args.database)):
        return check_server(args.database)
    report = check_file(database_file(args.database), full=not args.quick)
    print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def check_server(url: str | None) -> int:
    """`check` of a server database: its audit trail's chain (the server keeps its own pages and links)."""
    from kamdesk.core import audit

    database = db.connect(url, migrate=False)
    try:
        if not audit.whole_trail_visible(database):
            raise PermissionDenied(Message("Checking the audit trail needs the database owner's or an "
                                           "administrator's login."))
        problems = audit.verify_chain(database)
        count = audit.entry_count(database)
    finally:
        database.close()
    shown = db.redacted(db.resolve_url(url))
    if not problems:
        print(Message("The audit trail of {url} is unbroken: {count} entries checked.", url=shown, count=count))
        return 0
    lines = "\n".join(f"- {problem}" for problem in problems)
    print(Message("The audit trail of {url} was tampered with ({count} problems):\n{problems}", url=shown,
                  count=len(problems), problems=lines), file=sys.stderr)
    return 1


def damaged_database_advice(url: str | None) -> str:
    """What to do about a database that cannot be opened: the newest verified backup and the command restoring it."""
    path = db.sqlite_path(db.resolve_url(url))
    if path is None:
        return ""
    from kamdesk.core.services import backups

    newest = backups.newest_verified(path)
    if newest is None:
        return "There is no verified backup of it to restore."
    database = f" --database '{url}'" if url else ""
    return (f"The newest verified backup was made {newest.made_at:%Y-%m-%d %H:%M}; changes made after it would be "
            f"lost. To restore it: kamdesk{database} restore '{newest.path}'")


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size} {unit}"
        size //= 1024
    return f"{size} GB"
