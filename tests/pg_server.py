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

import os
import pwd
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
            connection.execute(statement)
        return self.url(name)

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
