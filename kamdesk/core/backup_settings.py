"""The backup settings: where backups go, how many are kept, how often one is made.

They live in a small JSON file beside the database (`<name>-backups.json`), not in
the database: when the database is damaged they are needed to find the backups that
can replace it, and the backup before a schema upgrade reads them before the database
is open for use. Read within a size limit; a broken file gives the defaults.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kamdesk.core.backup import Retention, default_folder
from kamdesk.core.errors import ValidationError
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
        return self.folder if self.folder is not None else default_folder(database_path)


def settings_file(database_path: Path) -> Path:
    """The settings beside the database: `<name>-backups.json`."""
    return Path(database_path).with_name(f"{Path(database_path).stem}-backups.json")


def load_settings(database_path: Path) -> BackupSettings:
    """The saved settings, or the defaults when there are none or they cannot be read (logged)."""
    path = settings_file(database_path)
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
    return BackupSettings(Path(folder) if folder else None, retention_of(numbers), numbers["every_minutes"])


def retention_of(numbers: dict[str, int]) -> Retention:
    """The retention part of cleaned numbers (see `clean_numbers`)."""
    return Retention(**{key: numbers[key] for key in ("last", "daily_days", "weekly_weeks", "monthly_months")})


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
