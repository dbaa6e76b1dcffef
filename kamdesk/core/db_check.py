"""Checking a SQLite database: pages sound, links intact, schema as the models say, audit trail unbroken.

`check_file` opens the file read-only, so it may run beside the app (and on a
worker thread after start-up: a quick check of a large file takes seconds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from kamdesk.core import audit, cipher, schema_check
from kamdesk.core.messages import Message

SHOWN_PROBLEMS = 10


@dataclass
class CheckReport:
    """What a check found: nothing when the database is sound."""

    path: Path
    full: bool
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> Message:
        if self.ok:
            return Message("The database {path} is sound: pages, links between records, schema and audit trail checked.",
                           path=str(self.path))
        shown = "\n".join(f"- {p}" for p in self.problems[:SHOWN_PROBLEMS])
        more = len(self.problems) - SHOWN_PROBLEMS
        return Message("The database {path} is damaged ({count} problems):\n{problems}{more}", path=str(self.path),
                       count=len(self.problems), problems=shown, more=f"\n… and {more} more" if more > 0 else "")


def check_file(path: Path, full: bool = True) -> CheckReport:
    """Integrity (or the quicker page check), foreign keys, schema and audit trail of the database at `path`."""
    report = CheckReport(Path(path), full)
    if not Path(path).exists():
        report.problems.append(f"there is no file {path}")
        return report
    try:
        connection = cipher.connect_file(path, read_only=True)
        try:
            report.problems += _pages(connection, full)
            if report.ok:
                report.problems += _links(connection)
        finally:
            connection.close()
        if report.ok:
            report.problems += _schema(path)
        if report.ok:
            report.problems += _audit_trail(path)
    except cipher.sql_errors() as error:
        report.problems.append(f"the file cannot be read as a database: {error}")
    return report


def _pages(connection, full: bool) -> list[str]:
    rows = connection.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    return [] if rows == [("ok",)] else [row[0] for row in rows]


def _links(connection) -> list[str]:
    rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{table} row {rowid} points to a missing {parent} record" for table, rowid, parent, _ in rows]


def _read_only(path: Path, label: str, problems_of) -> list[str]:
    """`problems_of(database)` on a read-only connection to `path`, each prefixed with `label`."""
    database = cipher.peewee_database(SqliteDatabase, path, read_only=True)
    try:
        database.connect()
        return [f"{label}: {problem}" for problem in problems_of(database)]
    finally:
        database.close()


def _schema(path: Path) -> list[str]:
    return _read_only(path, "schema", schema_check.differences)


def _audit_trail(path: Path) -> list[str]:
    return _read_only(path, "audit trail", audit.verify_chain)
