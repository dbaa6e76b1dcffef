"""Client import and export against their goals, the export beside its floor in the same run (a script, not a test).

    python benchmarks/bench_import_export.py [--import-rows 10000] [--runs 7] [--no-export] [--traced]

1. `import_10k_with_read_s` (goal 3 s): 10,000 demo clients exported to .xlsx
   (made once, kept in common.CACHE), then READ, checked and imported into a
   fresh database, as the import dialog and `kamdesk import clients` do.
   Each run gets a copy of a database with the company and the managers set
   up, made before its clock starts; at least seven runs after a warm-up,
   median and worst wall time with the CPU time beside them
   (`import_10k_with_read_cpu_s`, the steadier figure on a shared machine).
2. `export_100k_xlsx_s` (goal: no slower than its floor): `export_clients`
   of the 100,000-client demo database (common.demo_database) to .xlsx —
   reading the clients and their primary contacts from the database
   included — alternating with the floor: xlsxwriter in constant_memory
   mode writing the same rows (read beforehand, so the floor has no database
   work at all) with the same headers, column widths and number formats, a
   bold frozen header row and a filter. At least seven of each; the medians'
   ratio is what holds on a loaded machine (`export_100k_xlsx_cpu_s`: the
   same for CPU time). xlsxwriter is not a kamdesk
   dependency: it is installed into common.CACHE for the floor when missing.
3. `export_100k_peak_mb` (goal 40 MB): the export in a fresh child process
   with a warm SQLite cache (the tables read once, as in a GUI that has shown
   them): the resident-size high-water mark (Linux VmHWM, reset just before
   the export through /proc/self/clear_refs) minus the resident size before
   it. A cold run adds SQLite's page cache filling up (up to 32 MB with
   `cache_size=-32000` from `kamdesk.core.db.SQLITE_PRAGMAS`, the same for any
   number of clients) and is printed beside it; `--traced` adds the Python
   heap peak (tracemalloc, a slow run).

Figures go through benchmarks/figures.py (`record`): printed, and appended to
the file KAMDESK_BENCH_RESULTS names (run_all.py sets it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CACHE, ROOT, demo_database  # noqa: E402  (puts the checkout first on the path)
from figures import MIN_RUNS, Timings, paired, record, timed  # noqa: E402

IMPORT_GOAL_S = 3.0
EXPORT_GOAL_MB = 40.0
XLSXWRITER = CACHE / "xlsxwriter"  # the floor's library, installed here (never into kamdesk's environment)


# ---------------------------------------------------------------- import

def _connect(path: Path):
    from kamdesk.core import db

    db.close()
    return db.connect(f"sqlite:///{path}")


def import_files(rows: int) -> tuple[Path, Path]:
    """(the .xlsx of `rows` demo clients, an empty database with the company and managers), made once each."""
    from kamdesk.core import db
    from kamdesk.core.services import company, demo, party_io
    from kamdesk.core.services.client_search import ClientFilter

    folder = CACHE / f"import-{rows}-{_schema_digest()}"
    sheet, empty = folder / f"clients-{rows}.xlsx", folder / "empty.db"
    if sheet.exists() and empty.exists():
        return sheet, empty
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    _connect(folder / "source.db")
    demo.create_demo(rows, seed=2)
    party_io.export_clients(ClientFilter(), sheet)
    _connect(folder / "empty.partial")
    company.set_up({"name": "Bench Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": demo.MANAGERS[0][0], "email": "bench@example.hu"})
    for name, role in demo.MANAGERS[1:]:
        company.save_manager({"name": name, "role": role})
    db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    (folder / "source.db").unlink()
    (folder / "empty.partial").rename(empty)
    return sheet, empty


def _schema_digest() -> str:
    import hashlib

    from kamdesk.core.services import demo

    sources = [Path(demo.__file__), *sorted((ROOT / "kamdesk" / "core" / "migrations").glob("[0-9]*.py"))]
    return hashlib.sha1(b"".join(p.read_bytes() for p in sources)).hexdigest()[:10]


def bench_import(rows: int, runs: int, folder: Path) -> None:
    from kamdesk.core import db
    from kamdesk.core.services import party_io

    sheet, empty = import_files(rows)
    counts: list[tuple[int, int]] = []

    def one_import() -> None:
        table = party_io.read_table(sheet)
        check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
        counts.append((party_io.import_rows(check), len(table.rows)))

    results = []
    for run in range(max(runs, MIN_RUNS) + 1):  # the first warms the caches and is not counted
        target = folder / f"import-{run}.db"
        shutil.copy(empty, target)
        _connect(target)
        results.append(timed(one_import))
        db.close()
        target.unlink()
    times = Timings(tuple(w for w, _ in results[1:]), tuple(c for _, c in results[1:]))
    imported, read = counts[-1]
    print(f"import {rows} rows from {sheet.name} ({imported} of {read} imported), read + check + import: "
          f"{times.line()}")
    record("import_10k_with_read_s", times.median / 1000, "s", goal=IMPORT_GOAL_S)
    record("import_10k_with_read_worst_s", times.worst / 1000, "s", goal=IMPORT_GOAL_S)
    record("import_10k_with_read_cpu_s", times.cpu_median / 1000, "s", goal=IMPORT_GOAL_S)


# ---------------------------------------------------------------- export

def xlsxwriter_module():
    """xlsxwriter for the floor: importable already, or installed into CACHE with pip."""
    try:
        import xlsxwriter
    except ImportError:
        if not (XLSXWRITER / "xlsxwriter").exists():
            subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(XLSXWRITER),
                            "xlsxwriter>=3.1"], check=True)
        sys.path.append(str(XLSXWRITER))
        import xlsxwriter
    return xlsxwriter


def floor_export(rows: list[list], path: Path) -> None:
    """The same sheet written by xlsxwriter in constant_memory mode: the plainest fast way to write it."""
    from kamdesk.core.documents.client_sheet import NUMBER_FORMATS, _widths
    from kamdesk.core.services import party_io

    xlsxwriter = xlsxwriter_module()
    headers = [str(h) for h in (party_io.FIELD_LABELS[f] for f in party_io.EXPORT_FIELDS)]
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Clients")
    formats = {kind: book.add_format({"num_format": code}) for kind, code in NUMBER_FORMATS.items()}
    widths = _widths(headers, list(party_io.EXPORT_TYPES), rows[:200])
    for column, (kind, width) in enumerate(zip(party_io.EXPORT_TYPES, widths, strict=True)):
        sheet.set_column(column, column, width, formats.get(kind))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(rows), len(headers) - 1)
    sheet.write_row(0, 0, headers, book.add_format({"bold": True}))
    for number, row in enumerate(rows, start=1):
        sheet.write_row(number, 0, row)
    book.close()


def bench_export(url: str, runs: int, folder: Path, traced: bool) -> None:
    from kamdesk.core import db
    from kamdesk.core.services import party_io
    from kamdesk.core.services.client_search import ClientFilter, ClientSearch

    connection = db.connect(url)
    clients = connection.execute_sql("SELECT count(*) FROM client WHERE archived_at IS NULL").fetchone()[0]
    if clients < 100_000:
        raise SystemExit(f"{url} has {clients} clients, not 100,000: a broken cache file? Remove it to remake it.")
    rows = list(party_io._export_rows(ClientSearch().find(ClientFilter()), None))
    xlsxwriter_module()
    mine, plain = folder / "kamdesk.xlsx", folder / "floor.xlsx"
    pair = paired(lambda: party_io.export_clients(ClientFilter(), mine), lambda: floor_export(rows, plain), runs)
    print(pair.line(f"export {len(rows)} clients to xlsx"))
    print(f"  files: kamdesk {mine.stat().st_size / 1e6:.1f} MB, floor {plain.stat().st_size / 1e6:.1f} MB")
    floor_s = round(pair.floor.median / 1000, 3)
    record("export_100k_xlsx_s", pair.work.median / 1000, "s", floor=floor_s, goal=floor_s)
    floor_cpu_s = round(pair.floor.cpu_median / 1000, 3)
    record("export_100k_xlsx_cpu_s", pair.work.cpu_median / 1000, "s", floor=floor_cpu_s, goal=floor_cpu_s)
    del rows
    db.close()
    database = Path(url.removeprefix("sqlite:///"))
    warm = _child(database, folder / "warm.xlsx", "--warm")
    cold = _child(database, folder / "cold.xlsx")
    print(f"  peak memory: warm SQLite cache +{warm['rss_mb']:.1f} MB RSS, cold +{cold['rss_mb']:.1f} MB RSS "
          "(VmHWM delta; cold includes SQLite's page cache of up to 32 MB filling up)")
    record("export_100k_peak_mb", warm["rss_mb"], "MB", goal=EXPORT_GOAL_MB)
    if traced:
        heap = _child(database, folder / "traced.xlsx", "--trace")
        print(f"  peak memory, Python heap: {heap['trace_mb']:.1f} MB (tracemalloc peak)")


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
    parser.add_argument("--runs", type=int, default=MIN_RUNS)
    parser.add_argument("--no-export", action="store_true", help="measure the import only")
    parser.add_argument("--traced", action="store_true", help="also the export's Python heap peak (slow)")
    parser.add_argument("--database", help="the 100,000-client SQLite database to export (default: the cached demo)")
    parser.add_argument("--child-export", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.pop("KAMDESK_DATABASE", None)
    if args.child_export:
        child_export(Path(args.child_export[0]), Path(args.child_export[1]), args.trace, args.warm)
        return 0
    print(f"load: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f} "
          f"on {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-") as name:
        folder = Path(name)
        if args.import_rows:
            bench_import(args.import_rows, args.runs, folder)
        if not args.no_export:
            bench_export(args.database or demo_database(), args.runs, folder, args.traced)
    return 0


if __name__ == "__main__":
    sys.exit(main())
