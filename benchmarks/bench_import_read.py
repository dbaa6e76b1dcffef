"""Reading an .xlsx to import: python-calamine, openpyxl read-only and kamdesk's own reader (a script, not a test).

    .venv/bin/python benchmarks/bench_import_read.py [--rows 10000] [--limit-gb 4]

Three files, each read by each reader in a fresh child process whose
address space is capped at --limit-gb (so a reader that would take the
machine's memory fails instead):

- clients: 10,000 demo clients as kamdesk exports them (21 columns);
- xfd: a header and, on each of 20,000 rows, one cell in column XFD
  (~100 kB of zip);
- bomb: one 200 MB shared string referred to by one cell (~200 kB of zip).

For each: wall time, the process's CPU time (steadier than wall time on a
shared machine), and peak memory (VmHWM, the resident high-water mark,
minus the resident size before reading), or how it ended. Then the 10,000
rows read, checked and imported with the reader kamdesk uses, against the
import budget of 3 s including reading. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT  # noqa: F401  (puts the checkout first on the path)

READERS = ("calamine", "openpyxl", "kamdesk")
IMPORT_BUDGET_S = 3.0


def _rss_mb(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


def read_with(reader: str, path: Path) -> int:
    """Every row of `path`'s first sheet as a list of texts, kept as an import keeps them; how many rows."""
    if reader == "calamine":
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        rows = [[str(value) for value in row] for row in workbook.get_sheet_by_index(0).iter_rows()]
        return len(rows)
    if reader == "openpyxl":  # what kamdesk's reading was before its own reader
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.active
        sheet.reset_dimensions()  # a written size is not trusted
        rows = [["" if value is None else str(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        workbook.close()
        return len(rows)
    from kamdesk.core.documents.xlsx_reading import sheet_lines

    return len(list(sheet_lines(path)))


def child(reader: str, path: Path, limit_gb: float) -> None:
    """In a fresh process: read, print JSON figures (an error is a figure too)."""
    import resource

    limit = int(limit_gb * (1 << 30))
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    before = _rss_mb("VmRSS")
    started, cpu = time.perf_counter(), time.process_time()
    try:
        rows = read_with(reader, path)
        outcome = f"{rows} rows"
    except Exception as error:  # any way of failing is what is measured
        outcome = f"{type(error).__name__}: {str(error)[:90]}"
    print(json.dumps({"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
                      "peak_mb": _rss_mb("VmHWM") - before, "outcome": outcome}))


def measure(reader: str, path: Path, limit_gb: float) -> str:
    command = [sys.executable, __file__, "--child", reader, str(path), "--limit-gb", str(limit_gb)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        return (f"process ended with status {result.returncode} after {time.perf_counter() - started:.2f} s "
                f"({(result.stderr.strip().splitlines() or ['no message'])[0][:90]})")
    figures = json.loads(lines[-1])
    return (f"{figures['seconds']:7.2f} s ({figures['cpu']:5.2f} s CPU)  +{figures['peak_mb']:7.0f} MB  "
            f"{figures['outcome']}")


def make_files(folder: Path, rows: int) -> dict[str, Path]:
    from kamdesk.core import db
    from kamdesk.core.services import demo, party_io
    from kamdesk.core.services.client_search import ClientFilter
    from tests.hostile_xlsx import shared_string_bomb, xfd_per_row

    db.connect(f"sqlite:///{folder / 'source.db'}")
    demo.create_demo(rows, seed=2)
    clients = folder / f"clients-{rows}.xlsx"
    party_io.export_clients(ClientFilter(), clients)
    db.close()
    return {"clients": clients, "xfd": xfd_per_row(folder / "xfd.xlsx", rows=20_000),
            "bomb": shared_string_bomb(folder / "bomb.xlsx", megabytes=200)}


def bench_import(folder: Path, sheet: Path) -> None:
    """Read (kamdesk's reader), check and import the clients into a fresh database."""
    from kamdesk.core import db
    from kamdesk.core.services import company, demo, party_io

    db.connect(f"sqlite:///{folder / 'target.db'}")
    company.set_up({"name": "Bench Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": demo.MANAGERS[0][0], "email": "bench@example.hu"})
    for name, role in demo.MANAGERS[1:]:
        company.save_manager({"name": name, "role": role})
    started, cpu = time.perf_counter(), time.process_time()
    table = party_io.read_table(sheet)
    read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    checked = time.perf_counter() - started - read
    created = party_io.import_rows(check)
    total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"import of {len(table.rows)} rows: read {read:.2f} s + check {checked:.2f} s + import "
          f"{total - read - checked:.2f} s = {total:.2f} s (budget {IMPORT_BUDGET_S:g} s; {created} clients); "
          f"CPU: read {read_cpu:.2f} s of {total_cpu:.2f} s")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--limit-gb", type=float, default=4.0)
    parser.add_argument("--child", nargs=2, metavar=("READER", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.limit_gb)
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        files = make_files(folder, args.rows)
        print(f"address space of each reading capped at {args.limit_gb:g} GB")
        for kind, path in files.items():
            print(f"{kind}: {path.name}, {path.stat().st_size / 1024:,.0f} kB")
            for reader in READERS:
                print(f"  {reader:<9} {measure(reader, path, args.limit_gb)}")
        bench_import(folder, files["clients"])


if __name__ == "__main__":
    main()
