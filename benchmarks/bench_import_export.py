"""Client import and export against their budgets (a script, not a test).

    .venv/bin/python benchmarks/bench_import_export.py [--import-rows 10000] [--export-clients 100000]

1. Import: 10,000 demo clients exported to .xlsx from one temporary database,
   then read, checked and imported into another (budget: check + import ≤ 3 s;
   reading the file is shown apart).
2. Export: 100,000 demo clients (`create_demo(100000, seed=1)`, ~20 s to
   make) exported to .xlsx (budget ≤ 6.5 s, ≤ +40 MB peak memory). Each
   export runs in a fresh child process. Peak memory is the resident-size
   high-water mark (Linux VmHWM, the counter behind `ru_maxrss`, reset just
   before the export through /proc/self/clear_refs) minus the resident size
   just before it. `ru_maxrss` itself is no use here: Linux carries it over
   from the parent, which peaked while making the demo data. Three figures:
   - cold: a fresh connection, as a `kamdesk export clients` run. This
     includes SQLite's page cache filling up while the export reads the whole
     client table: up to 32 MB with `cache_size=-32000` from
     `kamdesk.core.db.SQLITE_PRAGMAS`, the same for any number of clients;
   - warm: the same after one pass over the tables (as in a GUI that has
     already read them): the export's own memory;
   - tracemalloc: the Python heap peak (that run is slow: tracemalloc traces
     every allocation, so its time is not the export's).
   All three must be within the memory budget.

Exits with status 1 when a figure is over its budget.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IMPORT_BUDGET_S = 3.0
EXPORT_BUDGET_S = 6.5
EXPORT_BUDGET_MB = 40.0


def _connect(path: Path):
    from kamdesk.core import db

    db.close()
    return db.connect(f"sqlite:///{path}")


def bench_import(folder: Path, rows: int) -> bool:
    from kamdesk.core.services import company, demo, party_io
    from kamdesk.core.services.client_search import ClientFilter

    _connect(folder / "source.db")
    demo.create_demo(rows, seed=2)
    sheet = folder / f"clients-{rows}.xlsx"
    party_io.export_clients(ClientFilter(), sheet)

    _connect(folder / "b.db")
    company.set_up({"name": "Bench Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": demo.MANAGERS[0][0], "email": "bench@example.hu"})
    for name, role in demo.MANAGERS[1:]:
        company.save_manager({"name": name, "role": role})

    started = time.perf_counter()
    table = party_io.read_table(sheet)
    mapping = party_io.auto_mapping(table.headers)
    read = time.perf_counter() - started
    started = time.perf_counter()
    check = party_io.check_rows(table, mapping)
    checked = time.perf_counter() - started
    started = time.perf_counter()
    created = party_io.import_rows(check)
    imported = time.perf_counter() - started
    total = checked + imported
    print(f"read {len(table.rows)}-row xlsx: {read:.2f} s (not in the budget)")
    print(f"check {len(table.rows)} rows: {checked:.2f} s ({len(check.valid)} valid, {len(check.rejected)} rejected, "
          f"{len(check.duplicates)} duplicates)")
    print(f"import {created} rows: {imported:.2f} s")
    print(f"import {len(table.rows)} rows (check + import): {total:.2f} s (budget {IMPORT_BUDGET_S:g} s)")
    return total <= IMPORT_BUDGET_S


def bench_export(folder: Path, clients: int) -> bool:
    from kamdesk.core.services import demo

    database = folder / "big.db"
    _connect(database)
    started = time.perf_counter()
    demo.create_demo(clients, seed=1)
    print(f"(made {clients} demo clients in {time.perf_counter() - started:.1f} s)")
    from kamdesk.core import db

    db.close()
    out = folder / f"clients-{clients}.xlsx"
    cold = _child(database, out)
    warm = _child(database, folder / "warm.xlsx", "--warm")
    traced = _child(database, folder / "traced.xlsx", "--trace")
    print(f"export {cold['count']} clients to xlsx: {cold['seconds']:.2f} s (budget {EXPORT_BUDGET_S:g} s); "
          f"{out.stat().st_size / 1e6:.1f} MB file")
    print(f"  peak memory, warm SQLite cache: +{warm['rss_mb']:.1f} MB RSS "
          f"(VmHWM delta; budget {EXPORT_BUDGET_MB:g} MB; that run took {warm['seconds']:.2f} s)")
    print(f"  peak memory, Python heap: {traced['trace_mb']:.1f} MB (tracemalloc peak; budget {EXPORT_BUDGET_MB:g} MB)")
    print(f"  peak memory, cold: +{cold['rss_mb']:.1f} MB RSS (VmHWM delta; budget {EXPORT_BUDGET_MB:g} MB; "
          "includes SQLite's page cache of up to 32 MB filling up)")
    return (cold["seconds"] <= EXPORT_BUDGET_S
            and max(cold["rss_mb"], warm["rss_mb"], traced["trace_mb"]) <= EXPORT_BUDGET_MB)


def _child(database: Path, out: Path, *flags: str) -> dict:
    command = [sys.executable, __file__, "--child-export", str(database), str(out), *flags]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def child_export(database: Path, out: Path, trace: bool, warm: bool) -> None:
    """In a fresh process: export every client of `database`, print figures as JSON."""
    import tracemalloc

    from kamdesk.core.services import party_io
    from kamdesk.core.services.client_search import ClientFilter

    connection = _connect(database)
    if warm:
        for table in ("client", "contact"):
            for _ in connection.execute_sql(f"SELECT * FROM {table}"):  # one row at a time
                pass
    before_kb = _reset_peak_rss_kb()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    count = party_io.export_clients(ClientFilter(), out)
    seconds = time.perf_counter() - started
    trace_mb = tracemalloc.get_traced_memory()[1] / 1e6 if trace else None
    after_kb = _peak_rss_kb()
    print(json.dumps({"count": count, "seconds": seconds, "rss_mb": (after_kb - before_kb) / 1024,
                      "trace_mb": trace_mb}))


def _status_kb(key: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss_kb() -> int:
    """Reset the peak resident size to the current one (Linux); the current size in kB."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    current = _status_kb("VmRSS")
    return current if current is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_rss_kb() -> int:
    peak = _status_kb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--export-clients", type=int, default=100_000)
    parser.add_argument("--child-export", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.pop("KAMDESK_DATABASE", None)
    if args.child_export:
        child_export(Path(args.child_export[0]), Path(args.child_export[1]), args.trace, args.warm)
        return 0
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-") as name:
        folder = Path(name)
        ok = True
        if args.import_rows:
            ok &= bench_import(folder, args.import_rows)
        if args.export_clients:
            ok &= bench_export(folder, args.export_clients)
    print("all within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
