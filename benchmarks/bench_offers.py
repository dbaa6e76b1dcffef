"""The offer documents: PDF of 50 and 500 lines (warm), the first PDF of a session, the Excel offer of 500 lines.

Goals (issue 5): 50 lines ≤ 60 ms warm, 500 lines ≤ 0.5 s, the first PDF of a
session ≤ 250 ms (reportlab imported lazily), Excel of 500 lines ≤ 1 s. The
first-PDF figure is measured in a fresh process, from before the import of the
writer to the file written. Recorded (`figures.record`, medians): `first_offer_pdf_ms`,
`offer_pdf_50_lines_ms`, `offer_pdf_500_lines_ms`, `offer_xlsx_500_lines_ms`, each with its goal.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT
from figures import MIN_RUNS, Timings, measured, record

RUNS = 10
CHILD = r"""
import sys, time
start, cpu = time.perf_counter(), time.process_time()
sys.path.insert(0, sys.argv[2])
from bench_offers import offer
from kamdesk.core.documents.offer_pdf import write_offer_pdf
write_offer_pdf(sys.argv[1], offer(50))
print((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
"""


def offer(lines: int):
    import datetime as dt
    from decimal import Decimal as D

    from kamdesk.core.documents.offer_data import OfferData, OfferLineData, OfferParty
    from kamdesk.core.services.pricing import LineInput, price_line, totals

    priced = [price_line(LineInput(product_id=n, sku=f"SKU-{n:05d}", name=f"Termék {n} — Őrségi tökmagolaj / Масло",
                                   unit="db", quantity=D(n % 17 + 1), list_price=D(399 + n * 7),
                                   vat_rate=D((5, 18, 27)[n % 3]), discount_percent=D(n % 4)), "HUF")
              for n in range(lines)]
    sums = totals(priced, "HUF")
    return OfferData(
        company=OfferParty("Kamdesk Demo Kereskedelmi Kft.", ["Október huszonharmadika utca 8.", "1117 Budapest"],
                           "10000001-2-43", "11773016-00000000-00000000"),
        client=OfferParty("Szűcs és Társa Kft.", ["Fő utca 1.", "9021 Győr"], "12892312-2-42",
                          contact_name="Kovács János"),
        number="OF-2026-0007", offer_date=dt.date(2026, 11, 29), valid_until=dt.date(2026, 12, 29), language="hu",
        currency="HUF",
        lines=[OfferLineData(sku=p.input.sku, name=p.input.name, quantity=p.input.quantity, unit=p.input.unit,
                             unit_price=p.unit_price, discount_percent=p.input.discount_percent,
                             net_amount=p.net_amount, vat_rate=p.input.vat_rate) for p in priced],
        vat_by_rate=sums.vat_by_rate, net_total=sums.net_total, vat_total=sums.vat_total,
        gross_total=sums.gross_total, payment_terms="8 nap", manager_name="Kiss Anna")


def timed(write, path: Path, data, runs: int = RUNS) -> Timings:
    return measured(lambda: write(path, data), runs, warm=False)


def line(name: str, label: str, timings: Timings, goal_ms: float) -> str:
    record(name, timings.median, "ms", goal=goal_ms)
    return f"{label}: {timings.line()}"


def first_pdf(folder: Path) -> Timings:
    """The first offer PDF of a session, each in a fresh process (wall and that process's CPU time)."""
    runs = [subprocess.run([sys.executable, "-c", CHILD, str(folder / "first.pdf"), str(Path(__file__).parent)],
                           capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip().splitlines()[-1]
            for _ in range(MIN_RUNS)]
    pairs = [tuple(float(value) for value in run.split()) for run in runs]
    return Timings(tuple(wall for wall, _ in pairs), tuple(cpu for _, cpu in pairs))


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from kamdesk.core.documents.offer_pdf import write_offer_pdf
    from kamdesk.core.documents.offer_xlsx import write_offer_xlsx

    folder = Path(tempfile.mkdtemp(prefix="kamdesk-offers-"))
    print(line("first_offer_pdf_ms", "first offer PDF of a session (50 lines, fresh process)", first_pdf(folder),
               250))
    small, large = offer(50), offer(500)
    write_offer_pdf(folder / "warm.pdf", small)
    print(line("offer_pdf_50_lines_ms", "offer PDF, 50 lines, warm", timed(write_offer_pdf, folder / "50.pdf", small),
               60))
    print(line("offer_pdf_500_lines_ms", "offer PDF, 500 lines", timed(write_offer_pdf, folder / "500.pdf", large),
               500))
    print(line("offer_xlsx_500_lines_ms", "Excel offer, 500 lines",
               timed(write_offer_xlsx, folder / "500.xlsx", large), 1000))


if __name__ == "__main__":
    main()
