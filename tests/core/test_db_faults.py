"""Real disk faults in plain words: a full disk, a read-only folder; nothing reported saved is lost.

Each scenario runs in a child process inside a mount namespace of its own
(`unshare`), where it mounts a small tmpfs: no root needed, and the mount goes
away with the process.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kamdesk.core import db_faults
from kamdesk.core.messages import Message

ROOT = Path(__file__).resolve().parents[2]

PRELUDE = """
import json, os, subprocess, sys, sqlite3
folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=" + sys.argv[2], "tmpfs", folder], check=True)
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
"""


def run_with_small_disk(tmp_path, size: str, body: str) -> dict:
    script = PRELUDE + textwrap.dedent(body)
    command = ["unshare", "-m", sys.executable, "-c", script, str(tmp_path / "disk"), size]
    if os.geteuid() != 0:
        command[1:2] = ["-rm"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_full_disk_is_said_plainly_and_every_reported_save_is_kept(tmp_path):
    result = run_with_small_disk(tmp_path, "3m", """
        from kamdesk.core.services import company, party
        path = os.path.join(folder, "kamdesk.db")
        db.connect("sqlite:///" + path)
        company.set_up({"name": "Kft", "country": "HU", "currency": "HUF"}, {"name": "Anna"})
        import random
        letters = random.Random(7)
        saved, error = [], None
        for i in range(5000):
            name = "".join(letters.choice("abcdefghijklmnopqrstuvwxyzőűčš") for _ in range(14)).title()
            try:
                client = party.save_client({"name": name, "needs": "ő" * 2000})
            except KamdeskError as fault:
                error = str(fault)
                break
            saved.append(client.id)
        db.close()
        connection = sqlite3.connect(path)
        ids = {row[0] for row in connection.execute("SELECT id FROM client")}
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        print(json.dumps({"error": error, "saved": len(saved), "missing": len(set(saved) - ids),
                          "check": check}))
    """)
    assert result["error"] is not None and result["error"].startswith("The disk is full; nothing was saved.")
    assert result["saved"] > 10 and result["missing"] == 0 and result["check"] == "ok"


def test_a_read_only_folder_is_said_plainly(tmp_path):
    result = run_with_small_disk(tmp_path, "2m", """
        path = os.path.join(folder, "kamdesk.db")
        db.connect("sqlite:///" + path).close()
        subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
        try:
            db.connect("sqlite:///" + path)
            error = None
        except KamdeskError as fault:
            error = str(fault)
        print(json.dumps({"error": error}))
    """)
    assert "read-only" in result["error"] and "kamdesk.db" in result["error"]


def test_a_backup_on_a_full_disk_leaves_nothing_behind(tmp_path):
    result = run_with_small_disk(tmp_path, "64k", """
        from kamdesk.core import backup
        from kamdesk.core.services import company
        source = os.path.join(os.path.dirname(folder), "kamdesk.db")
        db.connect("sqlite:///" + source)
        company.set_up({"name": "Kft", "country": "HU", "currency": "HUF"}, {"name": "Anna"})
        company.set_setting("filler", "x" * 200000)  # a database larger than the disk (a name that long is refused)
        db.close()
        try:
            backup.make_backup(source, folder)
            error = None
        except KamdeskError as fault:
            error = str(fault)
        print(json.dumps({"error": error, "left": sorted(os.listdir(folder))}))
    """)
    assert result["error"] == "The backup was not made: the disk is full. Free some space and try again."
    assert result["left"] == []


@pytest.mark.parametrize("text, expected", [
    ("database or disk is full", "The disk is full"),
    ("attempt to write a readonly database", "read-only"),
    ("database is locked", "The database is busy"),
    ("database disk image is malformed", "is damaged"),
    ("file is not a database", "is damaged"),
])
def test_sqlite_faults_have_plain_words(text, expected):
    message = db_faults.fault_message(Exception(text), "/data/kamdesk.db")
    assert isinstance(message, Message) and expected in message


def test_a_constraint_error_is_not_a_fault():
    assert db_faults.fault_message(Exception("UNIQUE constraint failed: client.tax_number"), "x.db") is None


def test_a_database_on_a_network_drive_is_recognised(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("server:/export /mnt/office nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n", encoding="utf-8")
    assert db_faults.network_file_system(Path("/mnt/office/kamdesk.db"), str(mounts)) == "nfs4"
    assert db_faults.network_file_system(Path("/home/anna/kamdesk.db"), str(mounts)) is None
