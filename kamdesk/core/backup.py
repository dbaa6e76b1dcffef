"""Verified backups of the SQLite database: made, listed, thinned and restored.

A backup is made with SQLite's backup API from a read-only connection of its own
(so it can run on a worker thread while the window works on), into a temporary
`.partial` file beside the others; the copy records when and why it was made and
the row count of every table (`kamdesk_backup` table inside it), is checked
(`integrity_check`, counts equal to the snapshot it was copied from), and only
then renamed to its final name. A kill or a full disk leaves a `.partial` file,
which the next backup removes, never a "backup" that is not one.

Restoring verifies the backup again, keeps the current file aside as
`<name>-replaced-<time>.db` and swaps the verified copy in with one rename.

The backup of an encrypted database is encrypted with the same key and salt
(`kamdesk.core.cipher.connect_like`): it opens with the database's passphrase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.core import cipher
from kamdesk.core.db_faults import FULL, READ_ONLY, fault_kind
from kamdesk.core.errors import DatabaseError
from kamdesk.core.messages import Message

log = logging.getLogger(__name__)

INFO_TABLE = "kamdesk_backup"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL = dt.timedelta(hours=1)
STEP_PAGES = 1024  # pages copied per step of the backup API: other connections may write in between
STAMP = "%Y%m%d-%H%M%S"


class BackupError(DatabaseError):
    """A backup could not be made, read or restored; the message says why in the user's terms."""


@dataclass(frozen=True)
class Backup:
    """One backup file as `list_backups` finds it."""

    path: Path
    made_at: dt.datetime  # local time
    size: int
    verified: bool
    reason: str
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"path": str(self.path), "made_at": self.made_at.isoformat(timespec="seconds"), "size": self.size,
                "verified": self.verified, "reason": self.reason}


# ---------------------------------------------------------------- making

def default_folder(database_path: Path) -> Path:
    """Where backups go unless the settings say otherwise: `backups/` beside the database."""
    return Path(database_path).parent / "backups"


def make_backup(database_path: Path, folder: Path | None = None, reason: str = "manual",
                now: dt.datetime | None = None) -> Backup:
    """Copy the database at `database_path` into `folder`, verify the copy, and give it its final name."""
    source_path = Path(database_path)
    if not source_path.exists():
        raise BackupError(Message("There is no database at {path} to back up.", path=str(source_path)))
    folder = Path(folder) if folder is not None else default_folder(source_path)
    now = now or dt.datetime.now()
    final = _free_name(folder, f"{source_path.stem}-{now.strftime(STAMP)}-{_safe_reason(reason)}")
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(folder)
        counts = _copy(source_path, partial, reason, now)
        _verify(partial, counts)
        _durable_rename(partial, final)
    except (*cipher.sql_errors(), OSError) as error:
        _remove(partial)
        raise BackupError(_fault(error, Message("The backup was not made"))) from error
    except BaseException:
        _remove(partial)
        raise
    log.info("database backed up to %s", final)
    return Backup(final, now, final.stat().st_size, True, reason, counts)


def _free_name(folder: Path, stem: str) -> Path:
    """`stem.db`, or `stem-2.db`, `stem-3.db` … when backups are made within the same second."""
    candidate, number = folder / f"{stem}.db", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}.db"
    return candidate


def _safe_reason(reason: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40] or "manual"


def _copy(source_path: Path, target: Path, reason: str, now: dt.datetime) -> dict[str, int]:
    """Copy one consistent snapshot of the source into `target`; the snapshot's row counts."""
    _remove(target)
    source = cipher.connect_file(source_path, read_only=True)
    copy = cipher.connect_like(target, source_path)
    try:
        source.execute("BEGIN")  # one snapshot for the counts and the copy alike
        counts = table_counts(source)
        source.backup(copy, pages=STEP_PAGES)
        source.execute("COMMIT")
        copy.execute("PRAGMA journal_mode=DELETE")  # a single file, whatever the source's mode
        copy.execute(f"CREATE TABLE {INFO_TABLE} (made_at TEXT, reason TEXT, counts TEXT)")
        copy.execute(f"INSERT INTO {INFO_TABLE} VALUES (?, ?, ?)",
                     (now.isoformat(), reason, json.dumps(counts)))
    finally:
        copy.close()
        source.close()
    return counts


def table_counts(connection) -> dict[str, int]:
    """Rows per table (kamdesk's own and the migration history), by name."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        f"AND name != '{INFO_TABLE}' ORDER BY name")]
    return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def _verify(path: Path, expected: dict[str, int]) -> None:
    problem = verify_file(path, expected)
    if problem is not None:
        raise BackupError(Message("The backup copy failed its check ({problem}); it was not kept.", problem=problem))


def verify_file(path: Path, expected: dict[str, int] | None = None) -> str | None:
    """None when `path` is a sound kamdesk backup (with `expected` counts, if given); else what is wrong."""
    try:
        connection = cipher.connect_file(path, read_only=True)
    except (*cipher.sql_errors(), DatabaseError) as error:  # DatabaseError: encrypted, passphrase unknown or wrong
        return str(error)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            return "; ".join(row[0] for row in result[:3])
        counts = table_counts(connection)
        recorded = _info(connection)
        if recorded is None:
            return "it does not say when it was made"
        wanted = expected if expected is not None else recorded[2]
        if counts != wanted:
            return "its row counts differ from the database's"
    except cipher.sql_errors() as error:
        return str(error)
    finally:
        connection.close()
    return None


def _info(connection) -> tuple[dt.datetime, str, dict[str, int]] | None:
    try:
        row = connection.execute(f"SELECT made_at, reason, counts FROM {INFO_TABLE}").fetchone()
    except cipher.sql_errors():
        return None
    if row is None:
        return None
    return dt.datetime.fromisoformat(row[0]), row[1], json.loads(row[2])


def _durable_rename(partial: Path, final: Path) -> None:
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, final)
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        folder = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _remove(path: Path) -> None:
    for name in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def remove_stale_partials(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete `.partial` files left by a backup that was killed (older than an hour)."""
    now = now or dt.datetime.now()
    removed = []
    for path in folder.glob(f"*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - dt.datetime.fromtimestamp(path.stat().st_mtime) > STALE_PARTIAL:
                _remove(path)
                removed.append(path)
    return removed


def _fault(error: BaseException, what: Message) -> Message:
    """A disk or SQLite fault in plain words."""
    kind = fault_kind(error)
    if kind == FULL:
        return Message("{what}: the disk is full. Free some space and try again.", what=what)
    if kind == READ_ONLY:
        return Message("{what}: kamdesk may not write in that folder. Choose another folder in the settings.",
                       what=what)
    return Message("{what}: {reason}", what=what, reason=str(error))


# ---------------------------------------------------------------- listing and thinning

def list_backups(folder: Path, stem: str | None = None) -> list[Backup]:
    """The backups in `folder` (of the database named `stem`, if given), newest first."""
    if not Path(folder).is_dir():
        return []
    found = []
    for path in Path(folder).glob("*.db"):
        if stem is not None and not path.name.startswith(f"{stem}-"):
            continue
        found.append(read_backup(path))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def read_backup(path: Path) -> Backup:
    """What a backup file says of itself; an older kamdesk's (or a damaged) backup is not verified.

    So is an encrypted one whose key this process does not know (read before its database was unlocked).
    """
    stat = path.stat()
    info = None
    with contextlib.suppress(*cipher.sql_errors(), DatabaseError):
        connection = cipher.connect_file(path, read_only=True)
        try:
            info = _info(connection)
        finally:
            connection.close()
    if info is None:
        made_at, reason = _from_name(path)
        return Backup(path, made_at or dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size, False, reason)
    made_at, reason, counts = info
    return Backup(path, made_at, stat.st_size, True, reason, counts)


_NAMED = re.compile(r"-(\d{8}-\d{6})(?:-\d{6})?-(.+?)(?:-\d+)?$")  # <stem>-<time>[-<µs>]-<reason>[-<n>]


def _from_name(path: Path) -> tuple[dt.datetime | None, str]:
    """When and why a backup that does not say so itself was made, as its name tells (an older kamdesk's)."""
    found = _NAMED.search(path.stem)
    if found is None:
        return None, ""
    try:
        return dt.datetime.strptime(found.group(1), STAMP), found.group(2)
    except ValueError:
        return None, found.group(2)


@dataclass(frozen=True)
class Retention:
    """How many backups are kept: the newest few, then one a day, a week, a month for so long."""

    last: int = 10
    daily_days: int = 14
    weekly_weeks: int = 13
    monthly_months: int = 12


def to_thin(backups: list[Backup], now: dt.datetime, keep: Retention = Retention()) -> list[Backup]:
    """The backups the retention does not keep. The newest verified backup is always kept."""
    newest_first = sorted(backups, key=lambda b: b.made_at, reverse=True)
    kept = {b.path for b in newest_first[:keep.last]}
    verified = [b for b in newest_first if b.verified]
    if verified:
        kept.add(verified[0].path)
    today = now.date()
    buckets = (  # (is it within the span, its bucket): the newest backup of each bucket is kept
        (lambda t: (today - t.date()).days <= keep.daily_days, lambda t: t.date()),
        (lambda t: (today - t.date()).days <= 7 * keep.weekly_weeks, lambda t: t.isocalendar()[:2]),
        (lambda t: _months_between(t.date(), today) <= keep.monthly_months, lambda t: (t.year, t.month)),
    )
    for within, bucket_of in buckets:
        seen = set()
        for backup in verified:
            bucket = bucket_of(backup.made_at)
            if within(backup.made_at) and bucket not in seen:
                seen.add(bucket)
                kept.add(backup.path)
    return [b for b in newest_first if b.path not in kept]


def _months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def thin(folder: Path, stem: str | None, now: dt.datetime | None = None, keep: Retention = Retention()) -> list[Path]:
    """Delete the backups in `folder` that the retention does not keep; the paths deleted."""
    doomed = to_thin(list_backups(folder, stem), now or dt.datetime.now(), keep)
    for backup in doomed:
        with contextlib.suppress(OSError):
            backup.path.unlink()
    return [b.path for b in doomed]


# ---------------------------------------------------------------- restoring

def restore_backup(backup_path: Path, database_path: Path, now: dt.datetime | None = None) -> Path | None:
    """Put a verified backup in place of the database (which must be closed); where the old file was kept."""
    backup_path, database_path = Path(backup_path), Path(database_path)
    problem = verify_file(backup_path)
    if problem is not None:
        raise BackupError(Message("The backup {path} cannot be restored: {problem}.", path=str(backup_path),
                                  problem=problem))
    now = now or dt.datetime.now()
    prepared = database_path.with_name(f".{database_path.name}.restoring{PARTIAL_SUFFIX}")
    try:
        _prepare_restore(backup_path, prepared)
        aside = _set_aside(database_path, now)
        _durable_rename(prepared, database_path)
    except OSError as error:
        _remove(prepared)
        raise BackupError(_fault(error, Message("The backup was not restored"))) from error
    log.info("restored %s over %s (the replaced file: %s)", backup_path, database_path, aside)
    return aside


def _prepare_restore(backup_path: Path, prepared: Path) -> None:
    _remove(prepared)
    shutil.copyfile(backup_path, prepared)
    connection = cipher.connect_file(prepared)
    try:
        connection.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
    finally:
        connection.close()


def _set_aside(database_path: Path, now: dt.datetime) -> Path | None:
    """Keep the current database as `<name>-replaced-<time>.db` (its WAL folded in first, when it can be)."""
    if not database_path.exists():
        return None
    with contextlib.suppress(*cipher.sql_errors(), DatabaseError):
        connection = cipher.connect_file(database_path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    aside = database_path.with_name(f"{database_path.stem}-replaced-{now.strftime(STAMP)}{database_path.suffix}")
    shutil.copyfile(database_path, aside)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{database_path}{suffix}")
        if companion.exists():
            if suffix == "-wal" and companion.stat().st_size:
                os.replace(companion, Path(f"{aside}{suffix}"))
            else:
                companion.unlink()
    return aside
