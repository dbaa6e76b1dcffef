"""A throwaway PostgreSQL server for the tests and benchmarks of the team server.

`initdb` and `pg_ctl` of PostgreSQL 13 or newer are looked up in Debian's
/usr/lib/postgresql/<version>/bin, then on PATH. PostgreSQL refuses to run as
root, and CI runs as root: then the server runs as an unprivileged user
("postgres" when it exists, else "nobody") through `runuser`. The server lives
in a temporary folder, listens on 127.0.0.1 on a free port with password
(SCRAM) authentication, and is stopped and removed by `stop()`.

The cluster's superuser is OWNER (password OWNER_PASSWORD): it plays the
database owner who runs `kamdesk server init`.
"""

from __future__ import annotations

import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

OWNER = "kamdesk_owner"
OWNER_PASSWORD = "owner-secret"


class ServerUnavailable(RuntimeError):
    """PostgreSQL's programs are not on this machine."""


def find_program(name: str) -> str:
    """The newest PostgreSQL (13+) program `name`; ServerUnavailable when there is none."""
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*") if p.name.isdigit() and int(p.name) >= 13),
                      key=lambda p: int(p.name), reverse=True) if root.is_dir() else []
    for version in versions:
        program = version / "bin" / name
        if program.exists():
            return str(program)
    found = shutil.which(name)
    if found:
        return found
    raise ServerUnavailable(f"PostgreSQL's {name} was not found (Debian: apt-get install postgresql)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _unprivileged_user() -> str | None:
    """Whom to run the server as: None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise ServerUnavailable("running as root, and there is no unprivileged user to run PostgreSQL as")


class ThrowawayServer:
    """One PostgreSQL cluster in a temporary folder; `start()`, `url()`, `halt()` and `resume()`, `stop()`."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="kamdesk-pg-"))
        self.port = free_port()
        self.user = _unprivileged_user()
        self.data = self.folder / "data"
        self.started = False
        self.templates: dict[str, BuiltTemplate] = {}
        self._file_copy: bool | None = None

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        result = subprocess.run(prefix + list(command), capture_output=True, text=True, timeout=120,
                                cwd=self.folder)
        if result.returncode:
            raise ServerUnavailable(f"{Path(command[0]).name} failed: {result.stderr or result.stdout}")

    def start(self) -> "ThrowawayServer":
        if self.user:
            shutil.chown(self.folder, self.user)
        password_file = self.folder / "pw"
        password_file.write_text(OWNER_PASSWORD)
        if self.user:
            shutil.chown(password_file, self.user)
        self._run(find_program("initdb"), "-D", str(self.data), "-U", OWNER, f"--pwfile={password_file}",
                  "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        password_file.unlink()
        self._launch()
        self.started = True
        return self

    def _launch(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=120")
        self._run(find_program("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")

    def halt(self) -> None:
        """Shut the server down, keeping its data (an office server gone down); `resume()` starts it again.
        Every open connection is cut: use a server of your own (see tests/core/sync/test_stopped_server.py)."""
        self._run(find_program("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._launch()

    def url(self, database: str = "postgres", user: str = OWNER, password: str | None = OWNER_PASSWORD) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres", user: str = OWNER, password: str = OWNER_PASSWORD):
        """A psycopg connection (autocommit), bypassing kamdesk: for set-up and for proving the rules."""
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, dbname=database, user=user,
                               password=password, autocommit=True)

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new, empty (or copied from `template`) database; its owner's URL."""
        from psycopg import sql

        with self.connect() as connection:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
                if self._copies_files(connection):  # for a small database much faster than through the WAL
                    statement += sql.SQL(" STRATEGY FILE_COPY")
            connection.execute(statement)
        return self.url(name)

    def _copies_files(self, connection) -> bool:
        if self._file_copy is None:
            self._file_copy = connection.info.server_version >= 150000  # PostgreSQL 15 added the choice
        return self._file_copy

    def template(self, key: str, build) -> "BuiltTemplate":
        """The database `build` makes, kept on this server for copying (see BuiltTemplate)."""
        if key not in self.templates:
            self.templates[key] = BuiltTemplate(self, key, build)
        return self.templates[key]

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.connect() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def stop(self) -> None:
        if self.started:
            try:
                self._run(find_program("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            finally:
                self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)


def database_name(test_name: str) -> str:
    """A database name of the test's own, unique in the run."""
    return "t_" + re.sub(r"\W", "_", test_name.lower())[:40] + f"_{next(_databases)}"


_databases = itertools.count(1)


BUILT: list["BuiltTemplate"] = []  # every template of the run, for the closing summary


class BuiltTemplate:
    """A database built once, copied for each test that wants it (CREATE DATABASE … TEMPLATE copies files).

    `build(server, url, mark)` fills the empty database at `url` and returns what the tests need to know of
    it; the logins it makes carry `mark` in their names. Logins belong to the whole cluster, not to a
    database, so a copy cannot bring back one a test changed (a password, a disabled login, a group) or
    added with the mark: their state is compared before each copy, and when it differs from what the
    build left, the template is built anew under a new mark.
    """

    def __init__(self, server: ThrowawayServer, key: str, build):
        self.server, self.build = server, build
        self.name = f"template_{key}"
        self.builds = self.copies = 0
        self.made = self.logins = None
        self.mark = ""
        BUILT.append(self)

    def copy(self, name: str):
        """A new database `name` copied from the template: its owner's URL and what the build returned."""
        if self.made is None or self._logins() != self.logins:
            self._build()
        url = self.server.create_database(name, template=self.name)
        self.copies += 1
        return url, self.made

    def _build(self) -> None:
        import uuid

        self.server.drop_database(self.name)
        self.mark = uuid.uuid4().hex[:8]
        self.made = self.build(self.server, self.server.create_database(self.name), self.mark)
        self.builds += 1
        with self.server.connect() as connection:  # CREATE DATABASE … TEMPLATE needs the template unused
            connection.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                               (self.name,))
        self.logins = self._logins()

    def _logins(self) -> list:
        """Every role carrying the mark: its rights, password, and the roles it is in and that are in it."""
        with self.server.connect() as connection:
            return connection.execute(
                "SELECT r.rolname, r.rolcanlogin, r.rolcreaterole, r.rolsuper, r.rolpassword, r.rolvaliduntil, "
                "ARRAY(SELECT m.roleid::regrole::text || ' ' || m.admin_option FROM pg_auth_members m "
                "      WHERE m.member = r.oid ORDER BY 1), "
                "ARRAY(SELECT m.member::regrole::text || ' ' || m.admin_option FROM pg_auth_members m "
                "      WHERE m.roleid = r.oid ORDER BY 1) "
                "FROM pg_authid r WHERE strpos(r.rolname, %s) > 0 ORDER BY 1", (self.mark,)).fetchall()
