"""`check_file` finds damaged pages, broken links and a schema unlike the models'; a sound file passes."""

import random
import sqlite3

import pytest

from kamdesk.core import backup, db, db_check
from kamdesk.core.errors import DatabaseFault
from kamdesk.core.services import backups, party


def _filled(tmp_path):
    path = tmp_path / "kamdesk.db"
    db.connect(f"sqlite:///{path}")
    letters = random.Random(3)
    with db.database.atomic():
        for _ in range(120):
            name = "".join(letters.choice("abcdefghijklmnopqrstuvwxyzőűčжщ") for _ in range(12)).title()
            party.save_client({"name": f"{name} Kft.", "needs": "ő" * 900})
    db.close()
    return path


def test_a_sound_database_passes(tmp_path):
    report = db_check.check_file(_filled(tmp_path))
    assert report.ok and "is sound" in report.summary()


def test_a_junk_page_in_a_table_is_found(tmp_path):
    path = _filled(tmp_path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle:middle + 4096] = bytes(range(256)) * 16  # one page of junk
    path.write_bytes(bytes(data))
    report = db_check.check_file(path, full=False)
    assert not report.ok and "is damaged" in report.summary()


def test_a_broken_link_is_found(tmp_path):
    path = _filled(tmp_path)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO contact (client_id, name, position, phone, email, decision_maker, is_primary, notes) VALUES (999999, 'Árva Kontakt', '', '', '', 0, 0, '')")
    raw.commit()
    raw.close()
    report = db_check.check_file(path)
    assert report.problems == ["contact row 1 points to a missing client record"]


def test_a_cut_file_is_refused_in_plain_words(tmp_path):
    path = _filled(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseFault) as caught:
        db.connect(f"sqlite:///{path}")
    assert "is damaged" in str(caught.value)
    assert not db_check.check_file(path).ok


def test_the_newest_verified_backup_is_offered(tmp_path):
    path = _filled(tmp_path)
    import datetime as dt
    older = backup.make_backup(path, now=dt.datetime(2026, 12, 1, 9))
    newer = backup.make_backup(path, now=dt.datetime(2026, 12, 3, 9))
    (older.path.parent / "kamdesk-20261204-090000-manual.db").write_bytes(b"not verified")
    assert backups.newest_verified(path).path == newer.path
