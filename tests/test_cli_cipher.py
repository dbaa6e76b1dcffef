"""The command line on an encrypted database: the passphrase from KAMDESK_PASSPHRASE or a prompt on the
terminal (three tries), else exit 1 in plain words; backup, check and restore keep the file encrypted."""

from __future__ import annotations

import getpass
import json
import sqlite3
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.core import cipher
from kamdesk.core import db as kdb

from tests.encrypted import encrypted_file, no_known_keys  # noqa: F401 (the fixture)

PASSPHRASE = "cli-passphrase-22"
CLIENT = "Rejtett Ügyfél Kft."


class Terminal:
    """stdin as a terminal: the CLI may prompt."""

    @staticmethod
    def isatty() -> bool:
        return True


pytestmark = pytest.mark.usefixtures("no_known_keys")


@pytest.fixture
def laptop(tmp_path) -> dict:
    """An encrypted database with one client, closed, its key forgotten."""
    from kamdesk.core.services import company, party

    def fill():
        company.set_up({"name": "Saját Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                       {"name": "Kiss Anna", "email": "anna@example.hu"})
        party.save_client({"name": CLIENT, "legal_city": "Pécs"})

    path = encrypted_file(tmp_path / "laptop.db", PASSPHRASE, fill)
    return {"path": path, "url": f"sqlite:///{path}"}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    kdb.close()
    return code, out, err


def prompts(monkeypatch, *answers) -> list[str]:
    """The terminal answers the prompts with `answers`, in order; the prompts shown, in a list."""
    shown, pending = [], list(answers)

    def ask(prompt: str = "") -> str:
        shown.append(prompt)
        return pending.pop(0)

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", ask)
    return shown


def test_without_a_passphrase_or_a_terminal_it_exits_1_in_plain_words(capsys, laptop):
    code, out, err = run(capsys, "--database", laptop["url"], "list", "clients")
    assert code == 1 and out == ""
    assert "laptop.db is encrypted" in err and cipher.PASSPHRASE_VAR in err and "Traceback" not in err


def test_the_passphrase_from_the_environment_opens_it(capsys, laptop, monkeypatch):
    monkeypatch.setenv(cipher.PASSPHRASE_VAR, PASSPHRASE)
    code, out, _ = run(capsys, "list", "clients", "--database", laptop["url"])
    assert code == 0 and CLIENT in out


def test_a_wrong_passphrase_in_the_environment_is_refused_without_quoting_it(capsys, laptop, monkeypatch):
    monkeypatch.setenv(cipher.PASSPHRASE_VAR, "not-the-right-one")
    code, out, err = run(capsys, "--database", laptop["url"], "list", "clients")
    assert code == 1 and "passphrase does not open laptop.db" in err and "not-the-right-one" not in out + err


def test_the_terminal_is_asked_three_times(capsys, laptop, monkeypatch):
    shown = prompts(monkeypatch, "wrong-one-1", "wrong-one-2", PASSPHRASE)
    code, out, err = run(capsys, "--database", laptop["url"], "list", "clients")
    assert code == 0 and CLIENT in out
    assert shown == ["Passphrase of laptop.db: "] * 3
    assert err.count("does not open laptop.db") == 2 and "wrong-one" not in err


def test_three_wrong_answers_end_with_exit_1(capsys, laptop, monkeypatch):
    prompts(monkeypatch, "a" * 8, "", "c" * 5000)
    code, out, err = run(capsys, "--database", laptop["url"], "list", "clients")
    assert code == 1 and out == "" and err.count("kamdesk:") == 3 and "Traceback" not in err


def test_backup_check_and_restore_keep_it_encrypted(capsys, laptop, monkeypatch, tmp_path):
    monkeypatch.setenv(cipher.PASSPHRASE_VAR, PASSPHRASE)
    code, out, _ = run(capsys, "--database", laptop["url"], "backup")
    assert code == 0
    made = out.strip().rsplit(" to ", 1)[1]
    assert kdb.is_encrypted(made) and CLIENT.encode() not in Path(made).read_bytes()
    code, out, _ = run(capsys, "--database", laptop["url"], "list", "backups", "--json")
    assert code == 0 and [b["verified"] for b in json.loads(out)] == [True]
    code, out, _ = run(capsys, "--database", laptop["url"], "check")
    assert code == 0 and "is sound" in out
    target = tmp_path / "elsewhere" / "copy.db"
    target.parent.mkdir()
    assert run(capsys, "--database", laptop["url"], "backup", str(target))[0] == 0
    assert kdb.is_encrypted(target)
    with pytest.raises(sqlite3.DatabaseError):
        _count_plainly(target)

    kdb.connect(laptop["url"])
    kdb.database.execute_sql("DELETE FROM contact")
    kdb.database.execute_sql("DELETE FROM client")
    kdb.close()
    code, out, err = run(capsys, "--database", laptop["url"], "restore", made)
    assert code == 0, err
    assert kdb.is_encrypted(laptop["path"])
    code, out, _ = run(capsys, "--database", laptop["url"], "list", "clients")
    assert code == 0 and CLIENT in out


def _count_plainly(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT count(*) FROM client").fetchall()
    finally:
        connection.close()
