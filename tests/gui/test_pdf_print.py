"""Printing our own PDFs: the preview draws the pages at a screen's sharpness, a printer gets them at its own."""

import io

from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from kamdesk.gui import pdf_print


def one_page_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Ajánlat OFF-2026-00001")
    page.save()
    return out.getvalue()


def test_the_preview_renders_at_the_preview_dpi_and_printing_at_the_printers(qtbot, monkeypatch, tmp_path):
    rendered = []
    images = pdf_print.page_images

    def recording(pdf, dpi):
        rendered.append(dpi)
        yield from images(pdf, dpi)

    monkeypatch.setattr(pdf_print, "page_images", recording)
    pdf = one_page_pdf()
    dialog = pdf_print.print_preview(None, pdf, "Print offer")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert rendered == [pdf_print.PREVIEW_DPI]
    printer = pdf_print.a4_printer()  # high resolution, as printing from the preview uses it
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert pdf_print.paint_pdf(pdf, printer) == 1
    assert rendered[1:] == [pdf_print.MAX_DPI]
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
