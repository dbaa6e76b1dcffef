"""The command line for data safety: backup, list backups, restore, check, and a damaged database at start."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kamdesk.cli import main
from kamdesk.core import db as kdb
from kamdesk.core.models import Client
from tests import factories


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def desk(company, tmp_path):
    """A database with one client, closed so the commands work on the file as a user's shell would."""
    factories.client("Alfa Bt.", legal_city="Pécs")
    kdb.close()
    path = tmp_path / "kamdesk.db"
    return {"path": path, "url": f"sqlite:///{path}"}


def _listed(capsys, url):
    code, out, _ = run(capsys, "--database", url, "list", "backups", "--json")
    assert code == 0
    return json.loads(out)


def test_backup_into_the_folder_then_listed_newest_first(capsys, desk):
    code, out, _ = run(capsys, "--database", desk["url"], "backup")
    assert code == 0
    made = out.strip().rsplit(" to ", 1)[1]
    assert (desk["path"].parent / "backups").exists() and made.endswith(".db")
    run(capsys, "--database", desk["url"], "backup")
    listed = _listed(capsys, desk["url"])
    assert len(listed) == 2 and listed[1]["path"] == made
    assert all(b["verified"] and b["reason"] == "manual" and b["size"] > 0 for b in listed)
    assert listed[0]["made_at"] >= listed[1]["made_at"]
    code, out, _ = run(capsys, "list", "backups", "--database", desk["url"])
    assert code == 0 and made in out and "verified" in out


def test_backup_to_a_file_refuses_an_existing_one(capsys, desk, tmp_path):
    target = tmp_path / "copy.db"
    code, out, _ = run(capsys, "--database", desk["url"], "backup", str(target))
    assert code == 0 and str(target) in out
    rows = sqlite3.connect(target).execute("SELECT count(*) FROM client").fetchone()
    assert rows == (1,)
    code, _, err = run(capsys, "--database", desk["url"], "backup", str(target))
    assert code == 1 and "already" in err and "Traceback" not in err


def test_restore_brings_back_the_backup_and_keeps_the_current_file(capsys, desk):
    run(capsys, "--database", desk["url"], "backup")
    backup = _listed(capsys, desk["url"])[0]["path"]
    kdb.connect(desk["url"])
    factories.client("Béta Kft.", legal_city="Győr")
    kdb.close()
    code, out, _ = run(capsys, "--database", desk["url"], "restore", backup)
    assert code == 0 and "kept as" in out
    aside = out.strip().rsplit("kept as ", 1)[1]
    kdb.connect(desk["url"])
    assert [c.name for c in Client.select()] == ["Alfa Bt."]
    kdb.close()
    assert sqlite3.connect(aside).execute("SELECT count(*) FROM client").fetchone() == (2,)


def test_restore_refuses_a_damaged_backup(capsys, desk, tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all" * 100)
    before = desk["path"].read_bytes()
    code, _, err = run(capsys, "--database", desk["url"], "restore", str(broken))
    assert code == 1 and "cannot be restored" in err and "Traceback" not in err
    assert desk["path"].read_bytes() == before


def test_check_sound_and_damaged(capsys, desk):
    code, out, _ = run(capsys, "--database", desk["url"], "check")
    assert code == 0 and "is sound" in out
    code, out, _ = run(capsys, "--database", desk["url"], "check", "--quick")
    assert code == 0 and "is sound" in out
    _damage(desk["path"])
    code, _, err = run(capsys, "--database", desk["url"], "check", "--quick")
    assert code == 1 and "damaged" in err


def test_damaged_database_at_start_offers_the_newest_verified_backup(capsys, desk):
    run(capsys, "--database", desk["url"], "backup")
    backup = _listed(capsys, desk["url"])[0]
    desk["path"].write_bytes(desk["path"].read_bytes()[:1000])  # a cut file
    code, out, err = run(capsys, "--database", desk["url"], "list", "clients")
    assert code == 1 and "Traceback" not in err
    assert "damaged" in err and backup["made_at"][:10] in err
    assert f"restore '{backup['path']}'" in err


def test_damaged_database_without_backups_says_so(capsys, desk):
    desk["path"].write_bytes(desk["path"].read_bytes()[:1000])
    code, _, err = run(capsys, "--database", desk["url"], "list", "clients")
    assert code == 1 and "no verified backup" in err


def _damage(path):
    """Junk over a page of the client table's data, as a failing disk leaves it."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


def test_restore_refuses_while_a_window_has_the_database(capsys, desk):
    from kamdesk.gui.single_window import SingleWindow

    run(capsys, "--database", desk["url"], "backup")
    backup = _listed(capsys, desk["url"])[0]["path"]
    window = SingleWindow(desk["path"])
    assert window.acquire()
    try:
        code, _, err = run(capsys, "--database", desk["url"], "restore", backup)
    finally:
        window.release()
    assert code == 1 and "open in a kamdesk window" in err
    assert not list(desk["path"].parent.glob("kamdesk-replaced-*.db"))
