"""The desk's backups: where they go, how many are kept, how often; made, listed, restored.

The settings live in a small JSON file beside the database (`<name>-backups.json`),
not in the database: when the database is damaged they are needed to find the
backups that can replace it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path

from peewee import SqliteDatabase

from kamdesk.core import backup, db
from kamdesk.core.backup import Backup
from kamdesk.core.backup_settings import (  # noqa: F401 (the settings are part of this service's API)
    LIMITS,
    BackupSettings,
    clean_numbers,
    load_settings,
    retention_of,
)
from kamdesk.core.backup_settings import settings_file as settings_path
from kamdesk.core.errors import DatabaseError, KamdeskError, ValidationError
from kamdesk.core.messages import Message

log = logging.getLogger(__name__)

def current_database_path() -> Path:
    """The file of the open SQLite database; a server database is backed up by its own administrator."""
    database = db.database.obj
    if not isinstance(database, SqliteDatabase) or database.database in ("", ":memory:"):
        raise DatabaseError(Message("Backups are made of a database file on this computer; a server database is "
                                    "backed up on the server."))
    return Path(database.database)


def save_settings(database_path: Path, folder: str, values: dict) -> BackupSettings:
    """Check and keep the settings; the folder must be one kamdesk can write in."""
    numbers = clean_numbers(values)
    chosen = Path(folder.strip()).expanduser() if folder and folder.strip() else None
    if chosen is not None:
        _check_folder(chosen)
    settings = BackupSettings(chosen, retention_of(numbers), numbers["every_minutes"])
    data = {"folder": str(chosen) if chosen else None, "retention": asdict(settings.retention),
            "every_minutes": settings.every_minutes}
    target = settings_path(database_path)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(json.dumps(data, indent=2), encoding="utf-8")
    partial.replace(target)
    return settings


def _check_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".kamdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise ValidationError({"folder": Message("kamdesk cannot write in {folder}: {reason}", folder=str(folder),
                                                 reason=error.strerror or str(error))}) from error


def back_up_now(reason: str = "manual", database_path: Path | None = None) -> Backup:
    """Make a verified backup of the database and thin the older ones by the retention."""
    path = database_path or current_database_path()
    settings = load_settings(path)
    folder = settings.folder_for(path)
    made = backup.make_backup(path, folder, reason)
    backup.thin(folder, path.stem, keep=settings.retention)
    return made


def backups_of(database_path: Path | None = None) -> list[Backup]:
    """The database's backups, newest first."""
    path = database_path or current_database_path()
    return backup.list_backups(load_settings(path).folder_for(path), path.stem)


def restore(backup_path: Path, database_path: Path) -> Path | None:
    """Put `backup_path` in place of the (closed) database; where the replaced file was kept."""
    return backup.restore_backup(backup_path, database_path)


def newest_verified(database_path: Path) -> Backup | None:
    """The backup to offer when the database is damaged: the newest one verified when it was made."""
    try:
        return next((b for b in backups_of(database_path) if b.verified), None)
    except (OSError, KamdeskError):
        log.warning("backups of %s not listed", database_path, exc_info=True)
        return None
