"""The reconciliation statement of a client with 5,000 movements in the period: reading it, the PDF, the workbook.

Goal (issue 16): a statement of 5,000 movements to PDF ≤ 1 s, from the database to the file written (the
figure "read + PDF"). The client has a year of invoices (about 3,300), credit notes and payments (some naming
their invoice, some not), allocated as the receivables service allocates them, on a SQLite file. Recorded
(`figures.record`, medians): `statement_read_ms`, `statement_pdf_ms`, `statement_5000_movements_pdf_ms` (read +
PDF, goal 1000 ms), `statement_xlsx_ms`.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from common import ROOT
from figures import MIN_RUNS, recorded

MOVEMENTS = 5000
RUNS = MIN_RUNS
START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


def seed(url: str) -> int:
    """A company, a client and its year of movements; the client's id."""
    from kamdesk.core import db
    from kamdesk.core.db import database
    from kamdesk.core.models.settlement import Invoice, Payment
    from kamdesk.core.services import company, party, receivables

    db.connect(url)
    company.set_up({"name": "Kamdesk Demo Kereskedelmi Kft.", "city": "Budapest", "street": "Október 23. utca 8.",
                    "postcode": "1117", "country": "HU", "currency": "HUF", "tax_number": "10000001-2-43"},
                   {"name": "Kiss Anna"})
    client = party.save_client({"name": "Szűcs és Társa Kft.", "tax_number": "12892312-2-42", "legal_city": "Győr",
                                "legal_postcode": "9021", "legal_street": "Fő utca 1."})
    chance = random.Random(16)
    invoices, payments = [], []
    for n in range(MOVEMENTS):
        day = START + dt.timedelta(days=n * 365 // MOVEMENTS)
        if n % 3 == 2:
            amount = Decimal(chance.randint(50_000, 900_000))
            remark = f"SZ-2026-{n - 1:05d}" if n % 2 else "átutalás"
            payments.append({"client": client.id, "paid_on": day, "amount": amount, "unallocated": amount,
                             "reference": f"K{n:010d}", "remark": remark, "fingerprint": f"bench-{n}",
                             "partner_name": client.name})
        else:
            gross = Decimal(chance.randint(20_000, 600_000)) * (-1 if n % 29 == 0 else 1)
            invoices.append({"client": client.id, "number": f"SZ-2026-{n:05d}", "issue_date": day,
                             "due_date": day + dt.timedelta(days=15), "gross_amount": gross, "net_amount": gross,
                             "open_amount": gross, "kind": "credit_note" if gross < 0 else "invoice"})
    with database.atomic():
        for start in range(0, len(invoices), 500):
            Invoice.insert_many(invoices[start:start + 500]).execute()
        for start in range(0, len(payments), 500):
            Payment.insert_many(payments[start:start + 500]).execute()
        receivables.reallocate([client.id])
    return client.id


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from kamdesk.core.documents.statement_data import statement_data
    from kamdesk.core.documents.statement_pdf import write_statement_pdf
    from kamdesk.core.documents.statement_xlsx import write_statement_xlsx

    folder = Path(tempfile.mkdtemp(prefix="kamdesk-statement-"))
    client_id = seed(f"sqlite:///{folder / 'statement.db'}")
    data = statement_data(client_id, START, END)
    count = sum(len(account.movements) for account in data.accounts)
    write_statement_pdf(folder / "warm.pdf", data)  # fonts registered, modules imported
    print(f"{count} movements, closing balance {data.accounts[0].closing} {data.accounts[0].currency}")
    recorded("statement_read_ms", lambda: statement_data(client_id, START, END), "read the statement", runs=RUNS)
    recorded("statement_pdf_ms", lambda: write_statement_pdf(folder / "s.pdf", data), "PDF of the statement read",
             runs=RUNS)
    recorded("statement_5000_movements_pdf_ms", lambda: write_statement_pdf(folder / "s.pdf", statement_data(
        client_id, START, END)), "read + PDF", goal=1000, runs=RUNS)
    recorded("statement_xlsx_ms", lambda: write_statement_xlsx(folder / "s.xlsx", data),
             "Excel workbook of the statement read", runs=RUNS)


if __name__ == "__main__":
    main()
