"""Shared set-up for benchmarks: a cached 100,000-client demo database."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
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
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        from kamdesk.core import db
        from kamdesk.core.services.demo import create_demo

        db.connect(f"sqlite:///{partial}")
        create_demo(clients, seed=1)
        db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        partial.rename(path)
    return f"sqlite:///{path}"


def summary(values_ms: list[float]) -> str:
    return f"median {statistics.median(values_ms):.1f} ms, worst {max(values_ms):.1f} ms"
