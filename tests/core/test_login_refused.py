"""Connecting to the team server tells a refused login apart from every other failure (the GUI asks again)."""

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import DatabaseError, LoginRefused
from tests.pg_server import free_port


@pytest.fixture
def no_password_anywhere(monkeypatch, tmp_path):
    for name in ("KAMDESK_PASSWORD", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def test_a_wrong_password_is_a_refused_login(pg_server, no_password_anywhere):
    with pytest.raises(LoginRefused):
        kdb.connect(pg_server.url(password="wrong"), migrate=False)


def test_no_password_at_all_is_a_refused_login(pg_server, no_password_anywhere):
    with pytest.raises(LoginRefused):
        kdb.connect(pg_server.url(password=None), migrate=False)


def test_an_unknown_login_is_refused_like_a_wrong_password(pg_server, no_password_anywhere):
    with pytest.raises(LoginRefused):
        kdb.connect(pg_server.url(user="nobody_here", password="x"), migrate=False)


def test_a_server_that_does_not_answer_is_not_a_refused_login(no_password_anywhere):
    with pytest.raises(DatabaseError) as failed:
        kdb.connect(f"postgresql://anna@127.0.0.1:{free_port()}/kamdesk", migrate=False, password="pw")
    assert not isinstance(failed.value, LoginRefused)


def test_a_missing_database_is_not_a_refused_login(pg_server, no_password_anywhere):
    with pytest.raises(DatabaseError) as failed:
        kdb.connect(pg_server.url("no_such_database"), migrate=False)
    assert not isinstance(failed.value, LoginRefused)
