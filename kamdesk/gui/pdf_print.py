"""Printing a PDF we wrote ourselves: its pages as images on a QPrinter, with Qt's print preview.

QtPdf is not part of PySide6-Essentials, so pypdfium2 rasterises each page at
the printer's resolution (at most `MAX_DPI`: a 1200 dpi A4 page would be half
a gigabyte) and the image is drawn on a page of the printer, scaled to the
paper and centred. The print preview gets the pages at `PREVIEW_DPI`: at the
printer's 300 dpi its first showing cost the user about 130 ms more CPU for
pixels a screen never shows (benchmarks/bench_print_preview.py). The PDF keeps its own margins: the printer prints the full
page. What is printed is exactly the PDF the user can also save.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtWidgets import QWidget

from kamdesk.gui.screen_fit import fit_to_screen

MAX_DPI = 300
PREVIEW_DPI = 150  # sharp on a screen at twice the preview's fitted zoom
POINTS_PER_INCH = 72

PdfSource = bytes | str | Path


def _document(pdf: PdfSource):
    import pypdfium2

    return pypdfium2.PdfDocument(str(pdf) if isinstance(pdf, Path) else pdf)


def page_count(pdf: PdfSource) -> int:
    document = _document(pdf)
    try:
        return len(document)
    finally:
        document.close()


def is_landscape(pdf: PdfSource) -> bool:
    """True when the PDF's first page is wider than high."""
    document = _document(pdf)
    try:
        width, height = document[0].get_size() if len(document) else (0, 0)
        return width > height
    finally:
        document.close()


def page_images(pdf: PdfSource, dpi: float) -> Iterator[QImage]:
    """Each page of `pdf` as a QImage of `dpi` dots per inch (white background)."""
    document = _document(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888).copy()  # the copy owns its pixels
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def a4_printer(mode=None, landscape: bool = False):
    """A printer set to A4 portrait (or `landscape`), printing the whole page (the PDF has its own margins)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(mode if mode is not None else QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    printer.setFullPage(True)
    return printer


def paint_pdf(pdf: PdfSource, printer) -> int:
    """Draw every page of `pdf` on its own page of `printer`; returns how many pages were drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PREVIEW_DPI if previewing(painter) else MAX_DPI)
    count = 0
    try:
        for image in page_images(pdf, dpi):
            if count:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = image.size().toSizeF().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            place = QRectF(target.x() + (target.width() - size.width()) / 2,
                           target.y() + (target.height() - size.height()) / 2, size.width(), size.height())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(place, image)
            count += 1
    finally:
        painter.end()
    return count


def previewing(painter: QPainter) -> bool:
    """True while Qt's print preview records the pages (its engine draws into pictures, a printer's never)."""
    return painter.paintEngine().type() == QPaintEngine.Type.Picture


def print_preview(parent: QWidget | None, pdf: PdfSource, title: str):
    """Qt's print preview of `pdf` (opened, not exec'd); printing from it goes to any printer, the paper
    turned as the PDF's first page is (a wide report is landscape)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = a4_printer(landscape=is_landscape(pdf))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pdf(pdf, target))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    fit_to_screen(dialog, 900, 1000)
    dialog.printer = printer  # kept alive with the dialog
    dialog.open()
    return dialog
