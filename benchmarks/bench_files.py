"""Where a contract's files live: PostgreSQL bytea vs SQLite BLOB vs a folder, for 1, 10 and 25 MB scans.

Each store writes a file of random bytes (a scan does not compress) and reads it back into a file on disk,
as opening it in the system's viewer does. Figures: milliseconds per store and per read (median of a few
runs) and the peak of Python's own allocations (tracemalloc) while storing and reading, in MB.

"whole" keeps the content in one value; "chunked" in rows of CHUNK bytes, written and read one at a time
(streamed: the whole file is never held in memory); "binary" reads PostgreSQL's pieces through a binary
cursor (bytea as it is, not as hex text), as kamdesk does. The throwaway PostgreSQL of tests/pg_server.py runs
with fsync off, on this machine (no network): its figures are a lower bound for an office server.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from common import ROOT

from peewee import BlobField, IntegerField, Model, PostgresqlDatabase, SqliteDatabase, fn

SIZES_MB = (1, 10, 25)
CHUNK = 1 << 20
RUNS = 3


def sample(folder: Path, megabytes: int) -> Path:
    path = folder / f"scan-{megabytes}.bin"
    with path.open("wb") as out:
        for _ in range(megabytes):
            out.write(os.urandom(1 << 20))
    return path


def models(db):
    class Whole(Model):
        data = BlobField()

        class Meta:
            database = db
            table_name = "bench_whole"

    class Part(Model):
        file = IntegerField()
        seq = IntegerField()
        data = BlobField()

        class Meta:
            database = db
            table_name = "bench_part"
            indexes = ((("file", "seq"), True),)

    db.create_tables([Whole, Part])
    return Whole, Part


class DatabaseStore:
    """The content in the database: one value ("whole") or chunk rows ("chunked")."""

    def __init__(self, db, chunked: bool, binary: bool = False):
        self.db, self.chunked, self.binary = db, chunked, binary
        self.whole, self.part = models(db)

    def store(self, source: Path) -> int:
        with self.db.atomic(), source.open("rb") as reader:
            if not self.chunked:
                return self.whole.create(data=reader.read()).id
            key = (self.part.select(fn.MAX(self.part.file)).scalar() or 0) + 1  # stores may share the table
            for seq, chunk in enumerate(iter(lambda: reader.read(CHUNK), b"")):
                self.part.insert(file=key, seq=seq, data=chunk).execute()
        return key

    def read(self, key: int, target: Path) -> None:
        with target.open("wb") as out:
            if not self.chunked:
                out.write(bytes(self.whole.get_by_id(key).data))
                return
            seq = 0
            while (row := self.piece(key, seq)) is not None:
                out.write(bytes(row[0]))
                seq += 1

    def piece(self, key: int, seq: int):
        query = self.part.select(self.part.data).where((self.part.file == key) & (self.part.seq == seq)).limit(1)
        if not self.binary:
            return query.tuples().first()
        with self.db.connection().cursor(binary=True) as cursor:  # psycopg: bytea as is, not as hex text
            return cursor.execute(*query.sql()).fetchone()


class FolderStore:
    """The content as a file in a folder (today's files folder, or a share on the server)."""

    def __init__(self, folder: Path):
        self.folder, self.next_id = folder, 0
        folder.mkdir(parents=True, exist_ok=True)

    def store(self, source: Path) -> int:
        self.next_id += 1
        target = self.folder / str(self.next_id)
        shutil.copyfile(source, target)
        with target.open("rb") as handle:
            os.fsync(handle.fileno())
        return self.next_id

    def read(self, key: int, target: Path) -> None:
        shutil.copyfile(self.folder / str(key), target)


def measure(store, source: Path, scratch: Path) -> tuple[float, float, float, float]:
    """(store ms, read ms, store peak MB, read peak MB), medians over RUNS; the copy is checked byte for byte."""
    writes, reads, write_peaks, read_peaks = [], [], [], []
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    for _ in range(RUNS):
        tracemalloc.start()
        started = time.perf_counter()
        key = store.store(source)
        writes.append((time.perf_counter() - started) * 1000)
        write_peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
        tracemalloc.reset_peak()
        target = scratch / "read-back.bin"
        started = time.perf_counter()
        store.read(key, target)
        reads.append((time.perf_counter() - started) * 1000)
        read_peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
        tracemalloc.stop()
        assert hashlib.sha256(target.read_bytes()).hexdigest() == expected, "the copy differs"
    return tuple(statistics.median(v) for v in (writes, reads, write_peaks, read_peaks))


def stores(folder: Path, server) -> dict:
    sqlite = SqliteDatabase(str(folder / "bench.db"), pragmas={"journal_mode": "wal", "synchronous": "full"})
    found = {
        "SQLite BLOB, whole": DatabaseStore(sqlite, chunked=False),
        "SQLite BLOB, 1 MB chunks": DatabaseStore(sqlite, chunked=True),
        "folder (file copy + fsync)": FolderStore(folder / "files"),
    }
    if server is not None:
        url = server.create_database("bench_files")
        from playhouse.db_url import parse

        from kamdesk.peewee_driver import attach_psycopg

        params = parse(url, unquote_password=True)
        name = params.pop("database")
        attach_psycopg()
        pg = PostgresqlDatabase(name, prefer_psycopg3=True, **params)
        found["PostgreSQL bytea, whole"] = DatabaseStore(pg, chunked=False)
        found["PostgreSQL bytea, 1 MB chunks"] = DatabaseStore(pg, chunked=True)
        found["PostgreSQL bytea, chunks, binary"] = DatabaseStore(pg, chunked=True, binary=True)
    return found


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.pg_server import ServerUnavailable, ThrowawayServer

    try:
        server = ThrowawayServer().start()
    except ServerUnavailable as reason:
        print(f"(no PostgreSQL here: {reason}; the server rows are left out)")
        server = None
    try:
        with tempfile.TemporaryDirectory(prefix="kamdesk-bench-files-") as scratch:
            folder = Path(scratch)
            print(f"{'store':32} {'MB':>3} {'store ms':>9} {'read ms':>8} {'store peak MB':>14} {'read peak MB':>13}")
            sources = {size: sample(folder, size) for size in SIZES_MB}
            for label, store in stores(folder, server).items():
                for size, source in sources.items():
                    write, read, write_peak, read_peak = measure(store, source, folder)
                    print(f"{label:32} {size:>3} {write:>9.1f} {read:>8.1f} {write_peak:>14.1f} {read_peak:>13.1f}")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
