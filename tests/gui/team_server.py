"""A team server for the GUI tests: a database its owner made a team server, with an admin and users added."""

from __future__ import annotations

import itertools

import psycopg
import pytest

from kamdesk.core import db as kdb
from kamdesk.core.server import users

PASSWORD = "Jelszo-12345"
_numbers = itertools.count(1)


class TeamServer:
    """A database made a team server by its owner, with an admin; logins are unique in the cluster."""

    def __init__(self, pg_server, url, admin: str):
        self.server = pg_server
        self.name = url.rsplit("/", 1)[1]
        self.prefix = f"u{next(_numbers)}_"
        self.admin = admin
        self.logins = [self.admin]

    def login(self, name: str) -> str:
        return self.prefix + name

    def add(self, name: str, role: str, head: str | None = None) -> str:
        """A user added by the admin (connected as the admin while adding)."""
        login = self.login(name)
        users.add_user(login, name.title(), role, PASSWORD, head)
        self.logins.append(login)
        return login

    def connect_as(self, login: str, password: str = PASSWORD):
        kdb.close()
        return kdb.connect(self.server.url(self.name, login, password))

    def can_log_in(self, login: str, password: str = PASSWORD) -> bool:
        try:
            psycopg.connect(host="127.0.0.1", port=self.server.port, dbname=self.name, user=login,
                            password=password).close()
        except psycopg.OperationalError:
            return False
        return True

    def drop_logins(self) -> None:
        kdb.close()
        with self.server.connect(self.name) as connection:
            rows = connection.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (self.prefix + "%",))
            for (login,) in rows.fetchall():
                connection.execute(f'DROP OWNED BY "{login}"')
                connection.execute(f'DROP ROLE "{login}"')


def init_server(pg_server, url: str, mark: str) -> str:
    """The owner makes the database a team server with an admin (tests/pg_server.py: BuiltTemplate)."""
    admin = f"a{mark}_admin"
    users.init_server(url, admin, PASSWORD)
    kdb.close()
    return admin


@pytest.fixture
def team(pg_server, request, qapp):
    """A copy of the team server made once; the users a test adds get logins of the test's own."""
    from tests.pg_server import database_name

    name = database_name(request.node.name)
    url, admin = pg_server.template("gui_team", init_server).copy(name)
    server = TeamServer(pg_server, url, admin)
    server.connect_as(server.admin)
    yield server
    server.drop_logins()
    pg_server.drop_database(name)
