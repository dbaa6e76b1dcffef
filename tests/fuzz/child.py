"""The fuzz test's child process: files through an import's command line and services, within limits.

Usage: python -m tests.fuzz.child SPEC RESULTS. SPEC (JSON) holds the limits
and the runs (a file, the import, "cli" or "services", what to look for in
the database). The memory limit (RLIMIT_AS) is set once for the batch; each
run gets its own CPU seconds (RLIMIT_CPU) and wall-clock alarm, both ending
the process when passed (no handler: a reader stuck in C code is ended too).
For each run a line {"start": key} is appended to RESULTS, then one with what
came of it; a run that ended the process leaves its start line alone, and the
test starts a new child for the runs after it.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import io
import json
import logging
import resource
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from tests.fuzz.imports import KINDS, function, set_up_database

PR_SET_PDEATHSIG = 1  # prctl(2): the signal the child gets when the thread that started it ends
FILE_MB = 256  # the largest file a run may write (Python then gets EFBIG): its database and rejected rows are small
OUTPUT_LINES = 40  # lines of a command's output kept in the result
OUTPUT_CHARS = 4000  # characters of a line kept (the test judges the length from `longest_line`)


def main() -> None:
    _end_with_the_test()
    spec = json.loads(Path(sys.argv[1]).read_text())
    folder = Path(spec["folder"])
    bases = _databases(folder, {run["kind"] for run in spec["runs"]})
    _import_everything()
    _limit_memory(spec["memory_mb"])
    baselines = {kind: digest(base) for kind, base in bases.items()}
    with open(sys.argv[2], "a", encoding="utf-8") as results:
        for run in spec["runs"]:
            results.write(json.dumps({"start": run["key"]}) + "\n")
            results.flush()
            outcome = run_one(run, bases[run["kind"]], baselines[run["kind"]], spec["cpu_seconds"],
                              spec["wall_seconds"])
            results.write(json.dumps({"key": run["key"], **outcome}) + "\n")
            results.flush()


def _databases(folder: Path, kinds: set[str]) -> dict[str, Path]:
    """The database each import's files go into (by import): the shared one, or a copy with the import's own
    `set_up` (made once per batch, under a temporary name until it is complete)."""
    base = folder / "base.db"
    if not base.exists():
        set_up_database(f"sqlite:///{base}")
    bases = {}
    for name in sorted(kinds):
        kind = KINDS[name]
        bases[name] = own = folder / f"base-{name}.db" if kind.set_up else base
        if kind.set_up and not own.exists():
            making = own.with_suffix(".making")
            shutil.copyfile(base, making)
            function(kind.set_up)(f"sqlite:///{making}")
            making.rename(own)
    return bases


def _end_with_the_test() -> None:
    """Be killed when the test process ends (a pytest timeout), rather than run on unwatched."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _import_everything() -> None:
    """Load what the runs use before the memory limit counts it, and send logging to the captured stderr."""
    import kamdesk.cli  # noqa: F401
    for kind in KINDS.values():
        function(kind.services)
    logging.getLogger().addHandler(_CurrentStderr())


class _CurrentStderr(logging.Handler):
    """Log records to whatever sys.stderr is now (the run's capture), tracebacks and all."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(self.format(record) + "\n")


def _limit_memory(megabytes: int) -> None:
    """The address space the process has now, plus `megabytes`: what one file may take."""
    now = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith("VmSize:")) * 1024
    limit = now + megabytes * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_MB * 2**20, FILE_MB * 2**20))


def _limit_time(cpu_seconds: int, wall_seconds: int) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(usage.ru_utime + usage.ru_stime) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (spent + cpu_seconds, resource.RLIM_INFINITY))
    signal.alarm(wall_seconds)


def run_one(run: dict, base: Path, baseline: str, cpu_seconds: int, wall_seconds: int) -> dict:
    kind = KINDS[run["kind"]]
    path = Path(run["file"])
    database = path.with_name(f"{path.stem}-{run['path']}.db")
    shutil.copyfile(base, database)
    url = f"sqlite:///{database}"
    file_before = hashlib.sha256(path.read_bytes()).hexdigest()
    before = _count(database, kind.table)
    started = time.monotonic()
    _limit_time(cpu_seconds, wall_seconds)
    try:
        outcome = run_cli(kind, path, url) if run["path"] == "cli" else run_services(kind, path, url)
    finally:
        signal.alarm(0)
        from kamdesk.core import db

        db.close()
    outcome["seconds"] = round(time.monotonic() - started, 2)
    outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # of the child so far
    outcome["file_changed"] = hashlib.sha256(path.read_bytes()).hexdigest() != file_before
    outcome["unchanged"] = digest(database) == baseline
    outcome["added"] = _count(database, kind.table) - before
    outcome.update(_look_for(database, run["never_stored"], run["stored"], kind.stored_in))
    database.unlink()
    return outcome


def run_cli(kind, path: Path, url: str) -> dict:
    from kamdesk.cli import main as cli

    other = ".csv" if path.suffix == ".xlsx" else ".xlsx"  # both writers of rejected rows, each from both readers
    rejected = path.with_name(f"{path.stem}-rejected{other}")
    argv = ["--database", url, *(arg.format(file=path, rejected=rejected) for arg in kind.cli)]
    out, err = io.StringIO(), io.StringIO()
    exception = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli(argv)
        except SystemExit as error:
            code = error.code
        except BaseException as error:  # noqa: BLE001 (what escapes the command is what the test reports)
            code, exception = None, _described(error)
    rejected.unlink(missing_ok=True)
    return {"exit": code, "exception": exception, "written": kind.written_by_cli(out.getvalue()),
            **_output("stdout", out.getvalue()), **_output("stderr", err.getvalue())}


def run_services(kind, path: Path, url: str) -> dict:
    from kamdesk.core import db
    from kamdesk.core.errors import KamdeskError

    db.connect(url)
    try:
        written, reasons = function(kind.services)(path)
    except KamdeskError as error:
        return {"refusal": _line(str(error)), "refusal_lines": str(error).count("\n") + 1,
                "refusal_chars": len(str(error)), "exception": None, "written": None, "reasons": []}
    except BaseException as error:  # noqa: BLE001
        return {"exception": _described(error), "written": None, "reasons": []}
    return {"exception": None, "written": written, "refusal": None, "reasons": [_line(r) for r in reasons[:50]],
            "reason_lines": max((str(r).count("\n") + 1 for r in reasons), default=1),
            "reason_chars": max((len(r) for r in reasons), default=0)}


def _described(error: BaseException) -> str:
    """The exception and where it was raised, as the user would have seen it in a traceback."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return _line(f"{type(error).__name__}: {error}{where}")


def _line(text: str) -> str:
    return text if len(text) <= OUTPUT_CHARS else text[:OUTPUT_CHARS] + f"… ({len(text)} characters)"


def _output(name: str, text: str) -> dict:
    lines = text.splitlines()
    return {name: [_line(line) for line in lines[:OUTPUT_LINES]], f"{name}_lines": len(lines),
            f"{name}_longest": max((len(line) for line in lines), default=0)}


def _tables(connection: sqlite3.Connection) -> list[str]:
    """The tables holding data; not the client search's index (derived from `client`, which is hashed; its
    FTS5 tables have no rowid to order by)."""
    return [name for (name,) in connection.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite%' "
        "and name not like 'client\\_search%' escape '\\' order by name")]


def digest(database: Path) -> str:
    """Every row of every table, hashed: equal digests, an unchanged database."""
    connection = sqlite3.connect(database)
    try:
        hashed = hashlib.sha256()
        for table in _tables(connection):
            hashed.update(table.encode())
            for row in connection.execute(f'select * from "{table}" order by rowid'):
                hashed.update(repr(row).encode())
        return hashed.hexdigest()
    finally:
        connection.close()


def _count(database: Path, table: str) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(f'select count(*) from "{table}"').fetchone()[0]
    finally:
        connection.close()


def _look_for(database: Path, never: list[str], wanted: list[str], stored_in: str = "") -> dict:
    """Which forbidden texts a stored value contains, which wanted ones no value is (no value of `stored_in`,
    when the import gives that query), whether any holds U+FFFD."""
    connection = sqlite3.connect(database)
    found, missing, replacement = set(), set(wanted), []
    try:
        if stored_in:
            missing.difference_update(value for (value,) in connection.execute(stored_in))
        for table in _tables(connection):
            cursor = connection.execute(f'select * from "{table}"')
            names = [column[0] for column in cursor.description]
            for row in cursor:
                for name, value in zip(names, row, strict=True):
                    if not isinstance(value, str):
                        continue
                    if not stored_in:
                        missing.discard(value)
                    found.update(text for text in never if text in value)
                    if "\ufffd" in value and len(replacement) < 3:
                        replacement.append(f"{table}.{name} = {_line(value)[:200]!r}")
    finally:
        connection.close()
    return {"found": [repr(text[:40]) for text in never if text in found], "missing": sorted(missing),
            "replacement_char": replacement}


if __name__ == "__main__":
    main()
