"""The command line of the team server: `server init` and `user add|list|disable|password`; passwords never shown."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from kamdesk.cli import main
from kamdesk.core import db as kdb
from tests.pg_server import OWNER_PASSWORD

ADMIN_PASSWORD = "Admin-titok-2026"
NEW_PASSWORD = "Anna-titok-2026"


def run(capsys, *args):
    code = main(list(args))
    kdb.close()
    out, err = capsys.readouterr()
    for secret in (ADMIN_PASSWORD, NEW_PASSWORD, OWNER_PASSWORD, "Prompted-titok-1"):
        assert secret not in out + err
    return code, out, err


@pytest.fixture
def server(pg_server, pg_url, capsys, monkeypatch):
    """`kamdesk server init` done; the admin's URL (its password in $KAMDESK_PASSWORD) and a login suffix."""
    suffix = uuid.uuid4().hex[:6]
    admin = f"admin_{suffix}"
    monkeypatch.setenv("KAMDESK_PASSWORD", ADMIN_PASSWORD)
    code, out, err = run(capsys, "server", "init", pg_url, "--admin", admin)
    assert code == 0 and admin in out, err
    database = pg_url.rsplit("/", 1)[1]
    monkeypatch.setenv("KAMDESK_PASSWORD", ADMIN_PASSWORD)  # the admin's own connections from now on
    return {"url": pg_server.url(database, admin, None), "suffix": suffix, "admin": admin,
            "connect": lambda login, password: pg_server.connect(database, login, password)}


def test_server_init_makes_the_admin_login(server):
    with server["connect"](server["admin"], ADMIN_PASSWORD) as connection:
        assert connection.execute("SELECT kamdesk_role()").fetchone()[0] == "admin"


def test_user_add_list_password_disable(server, capsys, monkeypatch):
    anna = f"anna_{server['suffix']}"
    monkeypatch.setenv("KAMDESK_NEW_PASSWORD", NEW_PASSWORD)
    code, out, _ = run(capsys, "user", "add", anna, "--name", "Kiss Anna", "--role", "manager",
                       "--database", server["url"])
    assert code == 0 and anna in out
    server["connect"](anna, NEW_PASSWORD).close()

    code, out, _ = run(capsys, "--database", server["url"], "user", "list", "--json")
    listed = {user["login"]: user for user in json.loads(out)}
    assert listed[anna]["name"] == "Kiss Anna" and listed[anna]["role"] == "manager" and listed[anna]["active"]

    monkeypatch.delenv("KAMDESK_NEW_PASSWORD")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "Prompted-titok-1")
    code, out, _ = run(capsys, "--database", server["url"], "user", "password", anna)
    assert code == 0
    server["connect"](anna, "Prompted-titok-1").close()

    code, _, _ = run(capsys, "--database", server["url"], "user", "disable", anna)
    assert code == 0
    with pytest.raises(psycopg.OperationalError):
        server["connect"](anna, "Prompted-titok-1")
    code, out, _ = run(capsys, "--database", server["url"], "user", "list")
    assert f"{anna}\tKiss Anna\tmanager\t\tdisabled" in out


def test_differing_typed_passwords_change_nothing(server, capsys, monkeypatch):
    typed = iter(["Prompted-titok-1", "Prompted-titok-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    code, _, err = run(capsys, "--database", server["url"], "user", "add", f"bela_{server['suffix']}",
                       "--name", "Béla", "--role", "head")
    assert code == 1 and "differ" in err and "Traceback" not in err


def test_a_bad_login_is_refused_in_plain_words(server, capsys, monkeypatch):
    monkeypatch.setenv("KAMDESK_NEW_PASSWORD", NEW_PASSWORD)
    code, _, err = run(capsys, "--database", server["url"], "user", "add", "Anna Kiss", "--name", "Anna",
                       "--role", "manager")
    assert code == 1 and "small letters" in err and "Traceback" not in err


def test_user_commands_need_a_team_server(db, capsys, monkeypatch):
    monkeypatch.setenv("KAMDESK_NEW_PASSWORD", NEW_PASSWORD)
    code, _, err = run(capsys, "user", "add", "anna", "--name", "Anna", "--role", "manager")
    assert code == 1 and "team server" in err
