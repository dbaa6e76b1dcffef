"""Shared fixtures: a fresh, migrated database per test (SQLite; the service tests on PostgreSQL too, see
tests/backends.py); Qt runs offscreen."""

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kamdesk.core import db as kdb  # noqa: E402
from tests import backends  # noqa: E402


def pytest_generate_tests(metafunc):
    """A module marked `both_backends` runs its tests on SQLite and PostgreSQL (tests/core/services always do)."""
    if metafunc.definition.get_closest_marker("both_backends"):
        backends.parametrize(metafunc)


def pytest_terminal_summary(terminalreporter):
    """How often the expensive set-ups were made and copied: a copy that turns into a build costs seconds."""
    from tests.pg_server import BUILT

    counts = {}
    for template in BUILT:
        built, copied = counts.get(template.name, (0, 0))
        counts[template.name] = built + template.builds, copied + template.copies
    for name, (built, copied) in counts.items():
        terminalreporter.write_line(f"{name}: built {built} times, copied {copied} times")


@pytest.fixture
def db(request, tmp_path, monkeypatch):
    """A database with every migration applied, bound to the proxy: temporary SQLite, or PostgreSQL when so
    parametrized (tests/backends.py)."""
    if getattr(request, "param", backends.SQLITE) == backends.POSTGRESQL:
        yield from backends.postgresql_db(request, tmp_path, monkeypatch)
        return
    monkeypatch.setenv("KAMDESK_DATABASE", f"sqlite:///{tmp_path / 'kamdesk.db'}")
    shutil.copyfile(request.getfixturevalue("sqlite_template"), tmp_path / "kamdesk.db")
    database = kdb.connect(f"sqlite:///{tmp_path / 'kamdesk.db'}")
    yield database
    database.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A SQLite file with every migration applied, made once: a test's database starts as a copy of it."""
    path = tmp_path_factory.mktemp("template") / "kamdesk.db"
    kdb.connect(f"sqlite:///{path}").close()  # the last connection's close folds the write-ahead log into the file
    return path


@pytest.fixture(scope="session")
def sqlite_seeds(tmp_path_factory):
    """The data `backends.seeded` makes, kept once per run for the SQLite tests."""
    return backends.SqliteSeeds(tmp_path_factory.mktemp("seeds"))


@pytest.fixture
def company(db):
    """The own company (Hungarian) and a current manager, as after the first start."""
    from kamdesk.core.services import company as company_service

    return company_service.set_up(
        {"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
        {"name": "Kiss Anna", "email": "anna.kiss@example.hu"},
    )


@pytest.fixture
def peter(company):
    """A second manager of the company, Nagy Péter."""
    from tests import factories

    return factories.manager("Nagy Péter", email="peter@example.hu")


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the whole run (see tests/pg_server.py); stopped at the end."""
    from tests.pg_server import ThrowawayServer

    server = ThrowawayServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """The migrated template database and its shared copy the `db` fixture uses on PostgreSQL."""
    template = backends.PostgresqlTemplate(pg_server)
    yield template
    template.close()


@pytest.fixture
def pg_url(pg_server, request):
    """The owner's URL of a new, empty PostgreSQL database for this test; dropped afterwards."""
    from tests.pg_server import database_name

    name = database_name(request.node.name)
    url = pg_server.create_database(name)
    yield url
    from kamdesk.core import db as kdb

    kdb.close()
    pg_server.drop_database(name)


@pytest.fixture(autouse=True)
def _forget_secrets():
    """Each test starts with no remembered password: one test's "wrong" must not mask another's messages."""
    yield
    from kamdesk.core import redaction

    redaction.forget_secrets()


from tests.mail_fixtures import (  # noqa: E402, F401 (fixtures of the mail tests, for every test folder)
    _mail_accounts_folder,
    imap_server,
    mail_account,
    mail_accounts_file,
    mail_ca,
    mail_certificates,
    mail_keyring,
    smtp_server,
)
