"""The first print preview of a process: kamdesk's (`gui/pdf_print.print_preview`) beside a bare one of the same PDF.

The PDF is the longest offer of the 100,000-client demo (`offer_document_data` + `offer_pdf_bytes`, written
once before the runs; its writing is printed for reference, it runs on a worker when the user prints).
Each run is a fresh process — the first preview pays for loading the printing module and pypdfium2, as the
user's first Ctrl+P does — that has loaded what a main window loads, then times from the call to the preview
painted (the dialog shown, its pages drawn, the events handled). The processes alternate kamdesk and the
floor: Qt's QPrintPreviewDialog on the same A4 printer whose `paintRequested` draws each page of the same
PDF as pypdfium2 renders it at the screen's 96 dpi — the plainest way to show that PDF in Qt's preview.

Figure: `first_print_preview_ms`, CPU time of the process (goal ≤ 250 ms), with the floor's.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_print_preview.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, demo_database
from figures import MIN_RUNS, Pair, Timings, record

RUNS = MIN_RUNS
GOAL_MS = 250.0

CHILD = r"""
import json, sys, time
mode, path = sys.argv[1], sys.argv[2]
import kamdesk.cli  # what a window has loaded before its first print
import kamdesk.gui.main_window
from kamdesk.gui.app import create_app

app = create_app()
pdf = open(path, "rb").read()
app.processEvents()


def bare(pdf):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    import pypdfium2

    def paint(printer):
        document = pypdfium2.PdfDocument(pdf)
        painter = QPainter(printer)
        for index in range(len(document)):
            if index:
                printer.newPage()
            bitmap = document[index].render(scale=96 / 72, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888).copy()
            painter.drawImage(QRectF(painter.viewport()), image)
        painter.end()
        document.close()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    dialog = QPrintPreviewDialog(printer)
    dialog.paintRequested.connect(paint)
    dialog.resize(900, 1000)
    dialog.printer = printer  # kept alive with the dialog
    dialog.open()
    return dialog


wall, cpu = time.perf_counter(), time.process_time()
if mode == "kamdesk":
    from kamdesk.gui.pdf_print import print_preview
    dialog = print_preview(None, pdf, "Print offer")
else:
    dialog = bare(pdf)
for _ in range(3):
    app.processEvents()
dialog.repaint()
app.processEvents()
print(json.dumps({"wall": (time.perf_counter() - wall) * 1000, "cpu": (time.process_time() - cpu) * 1000}))
"""


def longest_offer_pdf(url: str) -> bytes:
    from kamdesk.core import db
    from kamdesk.core.documents.offer_pdf import offer_pdf_bytes
    from kamdesk.core.services.offer import offer_document_data

    database = db.connect(url)
    offer_id, lines = database.execute_sql("SELECT offer_id, count(*) FROM offer_line GROUP BY offer_id "
                                           "ORDER BY count(*) DESC, offer_id LIMIT 1").fetchone()
    data = offer_document_data(offer_id)
    started = (time.perf_counter(), time.process_time())
    pdf = offer_pdf_bytes(data)
    print(f"offer {offer_id}: {lines} lines, its PDF written in {(time.perf_counter() - started[0]) * 1000:.0f} ms "
          f"(CPU {(time.process_time() - started[1]) * 1000:.0f} ms), {len(pdf):,} bytes")
    db.close()
    return pdf


def run(mode: str, path: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(path)], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout
    timing = json.loads(out.strip().splitlines()[-1])
    return timing["wall"], timing["cpu"]


def main() -> None:
    pdf = longest_offer_pdf(demo_database())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "offer.pdf"
        path.write_bytes(pdf)
        from kamdesk.gui.pdf_print import page_count

        print(f"{page_count(pdf)} pages; {RUNS} fresh processes each, alternating")
        run("kamdesk", path), run("bare", path)  # warm the file cache
        work, floor = [], []
        for _ in range(RUNS):
            work.append(run("kamdesk", path))
            floor.append(run("bare", path))
    pair = Pair(Timings(*map(tuple, zip(*work))), Timings(*map(tuple, zip(*floor))))
    print(pair.line("first print preview"))
    record("first_print_preview_ms", pair.work.cpu_median, "ms CPU", floor=pair.floor.cpu_median, goal=GOAL_MS)


if __name__ == "__main__":
    main()
