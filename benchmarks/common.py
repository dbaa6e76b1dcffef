"""Shared set-up for benchmarks: a cached 100,000-client demo database, grown copies of cached databases."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CACHE = Path(tempfile.gettempdir()) / "kamdesk-bench"
CLIENTS = 100_000


def demo_database(clients: int = CLIENTS) -> str:
    """URL of a demo database with `clients` clients, created once and reused."""
    import hashlib

    from kamdesk.core.services import demo

    # a new demo generator or schema makes a new database
    sources = [Path(demo.__file__), *sorted((ROOT / "kamdesk" / "core" / "migrations").glob("[0-9]*.py"))]
    digest = hashlib.sha1(b"".join(p.read_bytes() for p in sources)).hexdigest()[:10]
    path = CACHE / f"demo-{clients}-{digest}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        _forget_abandoned(path)
        # this process's own partial file: benchmarks of several worktrees may build the same database at once
        partial = path.with_name(f"{path.stem}.{os.getpid()}.partial")
        from kamdesk.core import db
        from kamdesk.core.services.demo import create_demo

        db.connect(f"sqlite:///{partial}")
        create_demo(clients, seed=1)
        db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        os.replace(partial, path)  # whole or not at all; a reader of a copy built meanwhile keeps its file
    return f"sqlite:///{path}"


def grown_copy(path: Path, source: Path, grow: Callable[[object], None], stale: str) -> Path:
    """`path`: a copy of the database file `source` grown by `grow(database)` in one transaction, then ANALYZE;
    built once (renamed into place whole, so a half-built file is never used), after the files in CACHE
    matching the glob `stale` (older builds, an unfinished one) are removed."""
    from kamdesk.core import db

    if path.exists():
        return path
    started = time.perf_counter()
    for leftover in CACHE.glob(stale):
        leftover.unlink()
    partial = path.with_suffix(".partial")
    shutil.copyfile(source, partial)
    database = db.connect(f"sqlite:///{partial}")
    with database.atomic():
        grow(database)
    db.refresh_statistics(database)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(path)
    for leftover in CACHE.glob(partial.name + "-*"):  # the empty -wal and the -shm of the closed file
        leftover.unlink()
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def byte_compiled() -> None:
    """Byte-compile kamdesk as pip does when it installs the wheel: this environment may set
    PYTHONDONTWRITEBYTECODE, and a benchmark's fresh process would then compile every module it imports."""
    import compileall

    compileall.compile_dir(str(ROOT / "kamdesk"), quiet=1)


def _forget_abandoned(path: Path) -> None:
    """The partial files of builds of `path` whose process has ended (killed half-way)."""
    for leftover in path.parent.glob(f"{path.stem}.*.partial*"):
        pid = leftover.name.removeprefix(f"{path.stem}.").split(".")[0]
        if pid.isdigit() and not _running(int(pid)):
            leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal sent: only whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def warm_then_timed(work, runs: int) -> list[float]:
    """Milliseconds of `runs` calls of `work()`, after one call that warms the caches."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(values_ms: list[float]) -> str:
    return f"median {statistics.median(values_ms):.1f} ms, worst {max(values_ms):.1f} ms"


ENCRYPTED_VAR = "KAMDESK_BENCH_ENCRYPTED"  # =1: the benchmarks run on an encrypted copy of their database
BENCH_PASSPHRASE = "kamdesk-bench-passphrase"


def encrypted_asked() -> bool:
    return os.environ.get(ENCRYPTED_VAR) == "1"


def as_asked(url: str) -> str:
    """The database URL a benchmark should open: `url`, or its encrypted copy when KAMDESK_BENCH_ENCRYPTED=1."""
    if not encrypted_asked():
        return url
    return f"sqlite:///{encrypted(Path(url.removeprefix('sqlite:///')))}"


def encrypted(path: Path) -> Path:
    """The encrypted copy (SQLCipher) of the plain database at `path`, made once beside it, unlocked in this process."""
    from kamdesk.core import cipher, db

    target = path.with_name(f"{path.stem}-encrypted.db")
    if not target.exists():
        partial = target.with_suffix(".partial")
        for leftover in target.parent.glob(partial.name + "*"):
            leftover.unlink()
        cipher.encrypt_copy(path, partial, BENCH_PASSPHRASE)
        partial.rename(target)
    db.unlock(target, BENCH_PASSPHRASE)
    return target


def database_kind() -> str:
    return "encrypted (SQLCipher 4, sqlcipher3)" if encrypted_asked() else "plain SQLite"
