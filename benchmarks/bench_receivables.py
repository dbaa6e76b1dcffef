"""Receivables at scale: the aging of 100,000 clients with 1,000,000 invoices, today and as of a past day.

The database (built once, cached in the temp folder; a new schema or generator builds a new one: the rows
are written here, not by the receivables module): 100,000 clients of five managers, ten invoices each over
the two years before TODAY (a few credit notes among them), paid as the demo's clients pay: most settled by a payment
(one allocation each), about one invoice in eight still open (some of them partly paid), a little
money paid in advance. Then ANALYZE. Rows are written with plain INSERTs in one transaction.

(a) `receivables.aging(TODAY)`: every client with something open, its buckets, the list the
    Receivables page shows; median of 10 after one warm-up. Goal: ≤ 300 ms. Its floor, run alternately
    with it: the plainest statement giving the same figures (the open items grouped per client and currency
    into the five buckets, the client's name joined) fetched as bare rows — what the database and the
    driver cost before kamdesk does anything with them.
(b) the same as of 90 days before TODAY (what settled since is added back); and (c) one manager's
    clients, overdue only. Recorded (`figures.record`, medians): `receivables_aging_ms` (a, goal 300 ms, with
    its floor), `receivables_aging_cpu_ms` (the same in CPU time: the machine is shared),
    `receivables_aging_past_ms`, `receivables_one_manager_overdue_ms`.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_receivables.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time
from pathlib import Path

from common import CACHE, ROOT, as_asked, database_kind
from figures import paired, record, recorded

CLIENTS = 100_000
INVOICES_EACH = 10
RUNS = 10
GOAL_MS = 300.0
TODAY = dt.date(2026, 12, 9)
PAST = TODAY - dt.timedelta(days=90)
MANAGERS = ("Kiss Anna", "Nagy Péter", "Szűcs Éva", "Horváth Gábor", "Tóth Zoltán")


def database_path() -> Path:
    sources = [Path(__file__), *sorted((ROOT / "kamdesk" / "core" / "migrations").glob("[0-9]*.py"))]
    digest = hashlib.sha1(b"".join(p.read_bytes() for p in sources)).hexdigest()[:10]
    return CACHE / f"receivables-{CLIENTS}-{digest}.db"


def build(path: Path) -> None:
    from kamdesk.core import db
    from kamdesk.core.models import Client
    from kamdesk.core.services import company as company_service
    from kamdesk.core.services.demo import _insert_records
    from kamdesk.core.text_fold import fold, name_key

    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob("receivables-*"):  # databases of an older generator or schema, unfinished builds
        leftover.unlink()
    started = time.perf_counter()
    database = db.connect(f"sqlite:///{partial}")
    rng = random.Random(16)
    with database.atomic():
        company_service.set_up({"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "country": "HU",
                                "currency": "HUF"}, {"name": MANAGERS[0]})
        managers = [company_service.current_manager().id] + [company_service.save_manager({"name": name}).id
                                                             for name in MANAGERS[1:]]
        names = [f"Ügyfél {number:06d} Kft." for number in range(1, CLIENTS + 1)]
        _insert_records(Client, [{"name": name, "status": "active", "manager": managers[number % len(managers)],
                                  "name_key": fold(name), "dedupe_key": name_key(name), "search_text": fold(name)}
                                 for number, name in enumerate(names)])
        first = Client.select(Client.id).order_by(Client.id).scalar()
        _Rows(rng, database).write(range(first, first + CLIENTS))
    db.refresh_statistics(database)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(path)
    for leftover in CACHE.glob(partial.name + "-*"):
        leftover.unlink()
    print(f"built {path.name}: {CLIENTS:,} clients, {CLIENTS * INVOICES_EACH:,} invoices in "
          f"{time.perf_counter() - started:.0f} s")


class _Rows:
    """Invoices, payments and allocations of every client, as plain rows in database form (hundredths)."""

    BOOKKEEPING = ("row_version", "changed_by", "changed_at", "gid")

    def __init__(self, rng: random.Random, database):
        self.rng, self.database = rng, database
        self.invoices, self.payments, self.allocations = [], [], []
        self.invoice_id = self.payment_id = 0
        self.now = "2026-12-09 08:00:00"

    def write(self, client_ids) -> None:
        for client_id in client_ids:
            self._client(client_id)
            if len(self.invoices) >= 100_000:
                self._flush()
        self._flush()

    def _client(self, client_id: int) -> None:
        rng = self.rng
        late = rng.choice((0, 0, 0, 5, 10, 30, 60))
        for _ in range(INVOICES_EACH):
            issued = TODAY - dt.timedelta(days=rng.randint(1, 730))
            due = issued + dt.timedelta(days=rng.choice((8, 15, 30)))
            gross = rng.randint(10_000, 5_000_000) * 100
            self.invoice_id += 1
            paid_on = due + dt.timedelta(days=late + rng.randint(-5, 10))
            paid = gross if paid_on < TODAY and rng.random() < 0.93 else 0
            if paid and rng.random() < 0.03:
                paid = gross // 2  # part paid, the rest still owed
            kind = "credit_note" if rng.random() < 0.005 else "invoice"
            sign = -1 if kind == "credit_note" else 1
            self.invoices.append((f"SZ-{self.invoice_id:08d}", kind, client_id, issued, due, sign * gross * 100 // 127,
                                  sign * (gross - gross * 100 // 127), sign * gross, "HUF",
                                  sign * (gross - paid) if kind == "invoice" else sign * gross, "import", "",
                                  self.now, self.now))
            if kind == "invoice" and paid:
                self._payment(client_id, paid_on, paid, paid, f"SZ-{self.invoice_id:08d}", self.invoice_id)
        if rng.random() < 0.01:
            self._payment(client_id, TODAY - dt.timedelta(days=rng.randint(1, 20)), 50_000_00, 0, "előleg", None)

    def _payment(self, client_id: int, day: dt.date, amount: int, allocated: int, remark: str,
                 invoice_id: int | None) -> None:
        self.payment_id += 1
        self.payments.append((client_id, day, amount, "HUF", "", "", remark, f"TRX{self.payment_id:09d}",
                              hashlib.sha256(f"bench {self.payment_id}".encode()).hexdigest(), amount - allocated,
                              "import", "", self.now, self.now))
        if invoice_id is not None:
            self.allocations.append((invoice_id, self.payment_id, None, allocated, day, "remark"))

    def _flush(self) -> None:
        from kamdesk.core.models.base import new_gid

        connection = self.database.connection()
        for table, columns, rows in (
                ("invoice", ("number", "kind", "client_id", "issue_date", "due_date", "net_amount", "vat_amount",
                             "gross_amount", "currency", "open_amount", "source", "note", "created_at",
                             "updated_at"), self.invoices),
                ("payment", ("client_id", "paid_on", "amount", "currency", "partner_name", "tax_number", "remark",
                             "reference", "fingerprint", "unallocated", "source", "note", "created_at",
                             "updated_at"), self.payments),
                ("allocation", ("invoice_id", "payment_id", "credit_note_id", "amount", "settled_on", "rule"),
                 self.allocations)):
            names = ", ".join(f'"{c}"' for c in (*columns, *self.BOOKKEEPING))
            marks = ", ".join("?" * (len(columns) + len(self.BOOKKEEPING)))
            connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                   [(*(v.isoformat() if isinstance(v, dt.date) else v for v in row), 1, None,
                                     self.now, new_gid()) for row in rows])
            rows.clear()


def bare_aging(database, day: dt.date) -> list[tuple]:
    """The floor of (a): one plain statement, its rows as the driver gives them (SQLite)."""
    starts = [(day - dt.timedelta(days=days)).isoformat() for days in (1, 31, 61, 91)]
    return database.connection().execute("""
        SELECT i.client_id, c.name, c.tax_number, c.manager_id, i.currency,
               SUM(CASE WHEN i.open_amount > 0 AND i.due_date > ? THEN i.open_amount ELSE 0 END),
               SUM(CASE WHEN i.open_amount > 0 AND i.due_date <= ? AND i.due_date > ? THEN i.open_amount ELSE 0 END),
               SUM(CASE WHEN i.open_amount > 0 AND i.due_date <= ? AND i.due_date > ? THEN i.open_amount ELSE 0 END),
               SUM(CASE WHEN i.open_amount > 0 AND i.due_date <= ? AND i.due_date > ? THEN i.open_amount ELSE 0 END),
               SUM(CASE WHEN i.open_amount > 0 AND i.due_date <= ? THEN i.open_amount ELSE 0 END),
               SUM(CASE WHEN i.open_amount < 0 THEN -i.open_amount ELSE 0 END),
               MIN(CASE WHEN i.open_amount > 0 THEN i.due_date END)
        FROM invoice i JOIN client c ON c.id = i.client_id
        WHERE i.open_amount <> 0 AND i.issue_date <= ?
        GROUP BY i.client_id, i.currency""", [starts[0], starts[0], starts[1], starts[1], starts[2], starts[2],
                                              starts[3], starts[3], day.isoformat()]).fetchall()


def main() -> None:
    from kamdesk.core import db
    from kamdesk.core.models import Manager
    from kamdesk.core.services import receivables

    path = database_path()
    if not path.exists():
        build(path)
    url = as_asked(f"sqlite:///{path}")
    print(f"on {database_kind()}")
    database = db.connect(url)
    try:
        found = receivables.aging(TODAY)
        pair = paired(lambda: receivables.aging(TODAY), lambda: bare_aging(database, TODAY), RUNS)
        print(pair.line(f"(a) aging of {CLIENTS:,} clients, {CLIENTS * INVOICES_EACH:,} invoices, today "
                        f"({len(found):,} clients with something open)"), flush=True)
        record("receivables_aging_ms", pair.work.median, "ms", floor=pair.floor.median, goal=GOAL_MS)
        record("receivables_aging_cpu_ms", pair.work.cpu_median, "ms", floor=pair.floor.cpu_median, goal=GOAL_MS)
        past = receivables.aging(PAST)
        recorded("receivables_aging_past_ms", lambda: receivables.aging(PAST),
                 f"(b) the same as of {PAST} (90 days before; {len(past):,} clients)", runs=RUNS)
        manager = Manager.get(Manager.name == MANAGERS[1]).id
        shown = receivables.aging(TODAY, manager_id=manager, overdue_only=True)
        recorded("receivables_one_manager_overdue_ms",
                 lambda: receivables.aging(TODAY, manager_id=manager, overdue_only=True),
                 f"(c) one manager's clients, overdue only ({len(shown):,} clients)", runs=RUNS)
    finally:
        database.close()


if __name__ == "__main__":
    main()
