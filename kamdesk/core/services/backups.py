"""The desk's backups: where they go, how many are kept, how often; made, listed, restored.

The settings live in a small JSON file beside the database (`<name>-backups.json`),
not in the database: when the database is damaged they are needed to find the
backups that can replace it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from kamdesk.core import backup, db
from kamdesk.core.backup import Backup, Retention
from kamdesk.core.errors import DatabaseError, ValidationError
from kamdesk.core.messages import Message

log = logging.getLogger(__name__)

MAX_SETTINGS_BYTES = 64 * 1024
DEFAULT_EVERY_MINUTES = 30
LIMITS = {"last": (1, 1000), "daily_days": (0, 366), "weekly_weeks": (0, 520), "monthly_months": (0, 240),
          "every_minutes": (5, 24 * 60)}


@dataclass
class BackupSettings:
    """Where backups go (None: `backups/` beside the database), how many are kept, how often one is made."""

    folder: Path | None = None
    retention: Retention = field(default_factory=Retention)
    every_minutes: int = DEFAULT_EVERY_MINUTES

    def folder_for(self, database_path: Path) -> Path:
        return self.folder if self.folder is not None else backup.default_folder(database_path)


def current_database_path() -> Path:
    """The file of the open SQLite database; a server database is backed up by its own administrator."""
    database = db.database.obj
    if not isinstance(database, SqliteDatabase) or database.database in ("", ":memory:"):
        raise DatabaseError(Message("Backups are made of a database file on this computer; a server database is "
                                    "backed up on the server."))
    return Path(database.database)


def settings_path(database_path: Path) -> Path:
    return backup.settings_file(database_path)


def load_settings(database_path: Path) -> BackupSettings:
    """The saved settings, or the defaults when there are none or they cannot be read (logged)."""
    path = settings_path(database_path)
    try:
        if not path.exists() or path.stat().st_size > MAX_SETTINGS_BYTES:
            return BackupSettings()
        raw = json.loads(path.read_text(encoding="utf-8"))
        return _settings_from(raw)
    except (OSError, ValueError, TypeError, ValidationError) as error:
        log.warning("backup settings %s not used: %s", path, error)
        return BackupSettings()


def _settings_from(raw: dict) -> BackupSettings:
    if not isinstance(raw, dict):
        raise TypeError("not an object")
    values = {**asdict(Retention()), "every_minutes": DEFAULT_EVERY_MINUTES, **(raw.get("retention") or {}),
              **({"every_minutes": raw["every_minutes"]} if "every_minutes" in raw else {})}
    numbers = clean_numbers(values)
    folder = raw.get("folder") or None
    return BackupSettings(Path(folder) if folder else None,
                          Retention(**{k: numbers[k] for k in ("last", "daily_days", "weekly_weeks", "monthly_months")}),
                          numbers["every_minutes"])


def clean_numbers(values: dict) -> dict[str, int]:
    """The retention and interval as whole numbers within their limits; a ValidationError keyed by field."""
    numbers, errors = {}, {}
    for key, (low, high) in LIMITS.items():
        try:
            number = int(str(values.get(key, "")).strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            errors[key] = Message("Enter a whole number from {low} to {high}.", low=low, high=high)
        else:
            numbers[key] = number
    if errors:
        raise ValidationError(errors)
    return numbers


def save_settings(database_path: Path, folder: str, values: dict) -> BackupSettings:
    """Check and keep the settings; the folder must be one kamdesk can write in."""
    numbers = clean_numbers(values)
    chosen = Path(folder.strip()).expanduser() if folder and folder.strip() else None
    if chosen is not None:
        _check_folder(chosen)
    settings = BackupSettings(chosen, Retention(**{k: numbers[k] for k in ("last", "daily_days", "weekly_weeks",
                                                                          "monthly_months")}),
                              numbers["every_minutes"])
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
