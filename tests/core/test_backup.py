"""Verified backups: made to a temporary name and checked before they count, thinned, restored intact."""

import datetime as dt
import sqlite3

import pytest

from kamdesk.core import backup
from kamdesk.core.backup import Backup, BackupError, Retention


@pytest.fixture
def database(tmp_path):
    """A WAL database with a few rows, closed."""
    path = tmp_path / "kamdesk.db"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
    connection.executemany("INSERT INTO client (name) VALUES (?)", [("Kovács Kft.",), ("Šťastný s.r.o.",)])
    connection.close()
    return path


def _names(path):
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM client ORDER BY id")]
    finally:
        connection.close()


def test_a_backup_is_verified_and_says_when_and_why(database, tmp_path):
    made = backup.make_backup(database, tmp_path / "backups", reason="manual", now=dt.datetime(2026, 12, 4, 10, 0))
    assert made.path.name == "kamdesk-20261204-100000-manual.db" and made.verified
    assert made.counts == {"client": 2}
    assert _names(made.path) == ["Kovács Kft.", "Šťastný s.r.o."]
    [listed] = backup.list_backups(tmp_path / "backups", "kamdesk")
    assert (listed.path, listed.made_at, listed.verified, listed.reason) == (made.path, made.made_at, True, "manual")
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_a_failed_copy_leaves_no_backup_and_says_the_disk_is_full(database, tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_verify", full)
    with pytest.raises(BackupError, match="the disk is full"):
        backup.make_backup(database, tmp_path / "backups")
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_killed_backups_partial_file_is_cleared_by_the_next_one(database, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "kamdesk-20261201-080000-auto.db.partial"
    stale.write_bytes(b"")  # what a kill during the copy leaves
    an_hour_ago = (dt.datetime.now() - dt.timedelta(hours=2)).timestamp()
    import os
    os.utime(stale, (an_hour_ago, an_hour_ago))
    backup.make_backup(database, folder)
    assert not stale.exists()
    assert [b.verified for b in backup.list_backups(folder)] == [True]


def test_a_damaged_copy_fails_verification(database, tmp_path):
    made = backup.make_backup(database, tmp_path / "backups")
    data = bytearray(made.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a junk page where the client table lives
    made.path.write_bytes(bytes(data))
    assert backup.verify_file(made.path) is not None
    with pytest.raises(BackupError, match="cannot be restored"):
        backup.restore_backup(made.path, database)
    assert _names(database) == ["Kovács Kft.", "Šťastný s.r.o."]


def test_a_backup_of_an_older_kamdesk_is_listed_as_not_verified(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "kamdesk-20261101-090000-before-0006_contracts.db"
    sqlite3.connect(old).close()
    [listed] = backup.list_backups(folder)
    assert not listed.verified
    assert (listed.made_at, listed.reason) == (dt.datetime(2026, 11, 1, 9, 0), "before-0006_contracts")


def test_restore_swaps_in_the_backup_and_keeps_the_current_file_aside(database, tmp_path):
    made = backup.make_backup(database, tmp_path / "backups")
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("INSERT INTO client (name) VALUES ('Новый клиент')")
    connection.close()
    aside = backup.restore_backup(made.path, database, now=dt.datetime(2026, 12, 4, 11, 30))
    assert aside.name == "kamdesk-replaced-20261204-113000.db"
    assert _names(database) == ["Kovács Kft.", "Šťastný s.r.o."]
    assert _names(aside)[-1] == "Новый клиент"
    connection = sqlite3.connect(database)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    connection.close()
    assert backup.INFO_TABLE not in tables


def _at(day, hour=12):
    return Backup(path=__import__("pathlib").Path(f"b-{day:%Y%m%d}-{hour:02}.db"), made_at=dt.datetime.combine(
        day, dt.time(hour)), size=1, verified=True, reason="auto")


def test_thinning_keeps_the_last_ten_then_daily_weekly_monthly():
    now = dt.datetime(2026, 12, 4, 18)
    today = now.date()
    backups = [_at(today, hour) for hour in range(6, 18)]  # 12 today
    backups += [_at(today - dt.timedelta(days=d), h) for d in range(1, 400) for h in (9, 15)]
    doomed = {b.path for b in backup.to_thin(backups, now, Retention())}
    kept = [b for b in backups if b.path not in doomed]
    kept_today = [b for b in kept if b.made_at.date() == today]
    assert len(kept_today) == 10  # the newest ten (today's two oldest go)
    days = {b.made_at.date() for b in kept}
    assert all(today - dt.timedelta(days=d) in days for d in range(1, 15))  # one a day for two weeks
    assert len(kept) < 14 + 10 + 13 + 12 + 1
    assert max(today - b.made_at.date() for b in kept) <= dt.timedelta(days=31 * 12)
    assert backup.to_thin(kept, now, Retention()) == []  # thinning again removes nothing more


def test_thinning_never_removes_the_newest_verified_backup():
    now = dt.datetime(2026, 12, 4, 18)
    verified = _at(dt.date(2026, 1, 1))
    unverified = [Backup(_at(dt.date(2026, 12, 4), h).path, dt.datetime(2026, 12, 4, h), 1, False, "auto")
                  for h in range(1, 12)]
    doomed = backup.to_thin([verified, *unverified], now, Retention(last=3))
    assert verified not in doomed


def test_the_backup_before_an_upgrade_is_verified_and_goes_to_the_chosen_folder(tmp_path):
    """The backup before a migration is made like every other one, into the folder the settings name."""
    import json

    from kamdesk.core import backup_settings
    from kamdesk.core import db as kdb

    path = tmp_path / "kamdesk.db"
    database = kdb.connect(f"sqlite:///{path}")
    backup_settings.settings_file(path).write_text(json.dumps({"folder": str(tmp_path / "mentések")}), encoding="utf-8")
    made = kdb.backup_sqlite(database, reason="before-0008_x")
    database.close()
    assert made.parent == tmp_path / "mentések" and made.name.endswith("-before-0008_x.db")
    [listed] = backup.list_backups(tmp_path / "mentések")
    assert listed.verified and listed.reason == "before-0008_x"
