"""Encrypted SQLite files: unreadable without the passphrase, opened with it, refused plainly otherwise;
backups, checks and restores keep them encrypted."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlcipher3

from kamdesk.core import backup, cipher, db_check
from kamdesk.core import db as kdb
from kamdesk.core.errors import DatabaseError, PassphraseNeeded, PassphraseWrong, ValidationError

from tests.encrypted import encrypted_file, no_known_keys  # noqa: F401 (the fixture)

PASSPHRASE = "korte-alma-szilva"
SECRET_NAME = "Titkosvirag Kereskedelmi Kft."


pytestmark = pytest.mark.usefixtures("no_known_keys")


@pytest.fixture
def encrypted(tmp_path) -> Path:
    """A migrated encrypted database holding a client, closed, its key forgotten."""
    return encrypted_file(tmp_path / "laptop.db", PASSPHRASE, _add_client)


def _add_client() -> None:
    from kamdesk.core.services import company, party

    company.set_up({"name": "Saját Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": "Kiss Anna", "email": "anna@example.hu"})
    party.save_client({"name": SECRET_NAME, "legal_city": "Győr"})


def _client_names() -> list[str]:
    return [row[0] for row in kdb.database.execute_sql("SELECT name FROM client")]


def _holds_plain_text(path: Path, text: str) -> bool:
    found = subprocess.run(["strings", "-n", "6", str(path)], capture_output=True, text=True, check=True).stdout
    return text.split()[0] in found


def test_an_encrypted_file_is_unreadable_by_plain_sqlite_and_holds_no_name(encrypted):
    assert kdb.is_encrypted(encrypted) and not encrypted.read_bytes().startswith(cipher.PLAIN_HEADER)
    plain = sqlite3.connect(encrypted)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT name FROM client").fetchall()
    plain.close()
    assert not _holds_plain_text(encrypted, SECRET_NAME)


def test_the_write_ahead_log_is_encrypted_too(encrypted):
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    kdb.database.execute_sql("PRAGMA wal_autocheckpoint = 0")  # the change stays in the log
    kdb.database.execute_sql("UPDATE client SET legal_city = 'Szombathelyvaros'")
    wal = encrypted.with_name(encrypted.name + "-wal")
    assert wal.stat().st_size > 0
    assert not _holds_plain_text(wal, "Szombathelyvaros") and not _holds_plain_text(wal, SECRET_NAME)


def test_it_opens_with_the_right_passphrase_from_the_argument_or_the_environment(encrypted, monkeypatch):
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    assert _client_names() == [SECRET_NAME]
    kdb.close()
    cipher.forget_keys()
    monkeypatch.setenv(cipher.PASSPHRASE_VAR, PASSPHRASE)
    kdb.connect(f"sqlite:///{encrypted}")
    assert _client_names() == [SECRET_NAME]


def test_a_stock_sqlcipher_opens_it_with_the_passphrase(encrypted):
    """The key is derived as SQLCipher 4 derives it: any SQLCipher tool opens the file with the passphrase."""
    connection = sqlcipher3.connect(str(encrypted))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert connection.execute("SELECT name FROM client").fetchall() == [(SECRET_NAME,)]
    connection.close()


def test_without_a_passphrase_it_asks_for_one_plainly(encrypted):
    with pytest.raises(PassphraseNeeded) as raised:
        kdb.connect(f"sqlite:///{encrypted}")
    assert "laptop.db is encrypted" in raised.value.message and cipher.PASSPHRASE_VAR in raised.value.message
    assert isinstance(raised.value, DatabaseError)


@pytest.mark.parametrize("wrong", ["korte-alma-szilvA", "", " ", "x" * 999, "'; DROP TABLE client; --", "ő\0ű"])
def test_a_wrong_passphrase_is_refused_plainly_and_never_quoted(encrypted, wrong, caplog):
    with pytest.raises((PassphraseWrong, PassphraseNeeded)) as raised:
        kdb.connect(f"sqlite:///{encrypted}", passphrase=wrong)
    message = raised.value.message
    assert "laptop.db" in message and "Traceback" not in message
    assert len(wrong) < 3 or wrong not in message
    assert all(wrong not in record.getMessage() for record in caplog.records if len(wrong) > 2)


def test_a_wrong_passphrase_is_refused_even_after_the_right_one_opened_it(encrypted):
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    kdb.close()
    with pytest.raises(PassphraseWrong):
        kdb.connect(f"sqlite:///{encrypted}", passphrase="not-the-passphrase")


def test_a_huge_passphrase_is_refused_without_stretching_it(encrypted):
    with pytest.raises(PassphraseWrong, match="longer than 1000 characters"):
        kdb.connect(f"sqlite:///{encrypted}", passphrase="p" * 10_000_000)


@pytest.mark.parametrize("bad", ["", "short", "1234567", "x" * 1001])
def test_a_new_encrypted_file_wants_a_passphrase_of_8_to_1000_characters(tmp_path, bad):
    with pytest.raises(ValidationError, match="passphrase"):
        kdb.create_encrypted(tmp_path / "new.db", bad)
    assert not (tmp_path / "new.db").exists()


def test_creating_refuses_an_existing_file_and_a_missing_passphrase(tmp_path, encrypted):
    before = encrypted.read_bytes()
    with pytest.raises(ValidationError, match="already"):
        kdb.create_encrypted(encrypted, PASSPHRASE)
    assert encrypted.read_bytes() == before
    with pytest.raises(ValidationError, match="needs a passphrase"):
        kdb.connect(f"sqlite:///{tmp_path / 'other.db'}", create_encrypted=True)


def test_a_new_encrypted_file_is_encrypted_before_migrations_run(tmp_path):
    path = kdb.create_encrypted(tmp_path / "sub" / "r.db", PASSPHRASE)
    assert kdb.is_encrypted(path)
    kdb.connect(f"sqlite:///{path}")  # the key of the file just made
    assert kdb.schema_status(kdb.database.obj)[1] == []


@pytest.mark.parametrize("damage", ["truncated", "first page", "middle", "empty"])
def test_a_broken_encrypted_file_is_refused_plainly(encrypted, damage):
    data = bytearray(encrypted.read_bytes())
    if damage == "truncated":
        data = data[:100]
    elif damage == "first page":
        data[200:260] = bytes(60)
    elif damage == "middle":
        data[len(data) // 2:len(data) // 2 + 4096] = bytes(4096)
    else:
        data = data[:0]
    encrypted.write_bytes(bytes(data))
    try:
        kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
        report = db_check.check_file(encrypted)
        kdb.database.obj.close()
        assert damage in ("middle", "empty") and (damage == "empty" or not report.ok)
    except DatabaseError as error:
        assert "Traceback" not in error.message and PASSPHRASE not in error.message


def test_pending_migrations_first_back_up_the_encrypted_file_encrypted(encrypted, monkeypatch):
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE, migrate=False)
    kdb.database.execute_sql("DELETE FROM schema_migration WHERE name = (SELECT max(name) FROM schema_migration)")
    kdb.close()
    monkeypatch.setattr(kdb, "_migrate_audited", lambda db: [])  # the migration itself is not the point here
    kdb.connect(f"sqlite:///{encrypted}")
    made = list((encrypted.parent / "backups").glob("*.db"))
    assert len(made) == 1 and kdb.is_encrypted(made[0]) and not _holds_plain_text(made[0], SECRET_NAME)


def test_backup_verify_and_restore_of_an_encrypted_database(encrypted):
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    made = backup.make_backup(encrypted, encrypted.parent / "backups")
    assert made.verified and kdb.is_encrypted(made.path) and not _holds_plain_text(made.path, SECRET_NAME)
    kdb.database.execute_sql("DELETE FROM client")
    kdb.close()
    assert backup.verify_file(made.path) is None
    listed = backup.list_backups(encrypted.parent / "backups")
    assert [b.path for b in listed] == [made.path] and listed[0].verified and listed[0].counts["client"] == 1

    aside = backup.restore_backup(made.path, encrypted)
    assert kdb.is_encrypted(encrypted) and kdb.is_encrypted(aside)
    cipher.forget_keys()
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    assert _client_names() == [SECRET_NAME]
    assert db_check.check_file(encrypted).ok


def test_an_encrypted_backup_is_not_read_without_the_key(encrypted):
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    made = backup.make_backup(encrypted, encrypted.parent / "backups")
    kdb.close()
    cipher.forget_keys()
    assert "encrypted" in backup.verify_file(made.path)
    assert not backup.read_backup(made.path).verified
    with pytest.raises(backup.BackupError):
        backup.restore_backup(made.path, encrypted)
    copy = sqlite3.connect(made.path)
    with pytest.raises(sqlite3.DatabaseError):
        copy.execute("SELECT count(*) FROM client").fetchall()
    copy.close()


def test_check_of_an_encrypted_file(encrypted):
    with pytest.raises(PassphraseNeeded):
        db_check.check_file(encrypted)
    kdb.unlock(encrypted, PASSPHRASE)
    assert db_check.check_file(encrypted).ok


def test_a_newer_encrypted_database_is_refused_with_its_log_pending(encrypted):
    """The history is probed on a copy of the file and its write-ahead log, keyed like them."""
    kdb.connect(f"sqlite:///{encrypted}", passphrase=PASSPHRASE)
    kdb.database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    kdb.database.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    copy = encrypted.with_name("copy.db")
    shutil.copyfile(encrypted, copy)
    shutil.copyfile(f"{encrypted}-wal", f"{copy}-wal")
    kdb.close()
    from kamdesk.core.errors import DatabaseTooNew

    with pytest.raises(DatabaseTooNew, match="9999_future"):
        kdb.connect(f"sqlite:///{copy}")


def test_an_encrypted_copy_of_a_plain_database_holds_its_rows(tmp_path):
    plain = tmp_path / "desk.db"
    kdb.connect(f"sqlite:///{plain}")
    _add_client()
    kdb.close()
    copy = cipher.encrypt_copy(plain, tmp_path / "laptop.db", PASSPHRASE)
    assert kdb.is_encrypted(copy) and not _holds_plain_text(copy, SECRET_NAME)
    cipher.forget_keys()
    kdb.connect(f"sqlite:///{copy}", passphrase=PASSPHRASE)
    assert _client_names() == [SECRET_NAME] and db_check.check_file(copy).ok
