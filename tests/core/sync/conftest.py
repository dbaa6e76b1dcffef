"""A team server (tests/core/server/conftest.py's `team`) and laptops taken offline from it."""

from __future__ import annotations

import pytest

from kamdesk.core import db as kdb
from tests.core.server.conftest import PASSWORD, team  # noqa: F401 (the fixture)

PASSPHRASE = "Laptop-Jelmondat-2026"


class Laptop:
    """A replica file of one user; `use()` makes it the open database."""

    def __init__(self, team, who: str, path):
        from kamdesk.core.sync import replica

        self.team, self.who, self.path = team, who, path
        replica.init_replica(path, team.url_of(who).replace(f":{PASSWORD}@", "@"), PASSWORD, PASSPHRASE)
        self.db = kdb.database.obj

    def use(self):
        if kdb.database.obj is not self.db:
            kdb.database.initialize(self.db)
        return self.db

    def sync(self):
        from kamdesk.core.services import sync

        self.use()
        return sync.sync_now(PASSWORD)


@pytest.fixture
def laptops(team, tmp_path):  # noqa: F811 (the team fixture)
    """laptops("m1") → a Laptop of m1's, made from the team server."""
    made = []

    def make(who: str, name: str = ""):
        laptop = Laptop(team, who, tmp_path / f"{name or who}.db")
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.db.close()
    kdb.database.initialize(None)


def on_server(team, sql: str, params=(), who: str | None = None):  # noqa: F811
    """Rows of `sql` run on the server as `who` (default the owner), autocommit."""
    connection = team.connect(who) if who else team.server.connect(team.database)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
    finally:
        connection.close()
