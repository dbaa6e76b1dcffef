"""What the PDF documents (offer, contract, week plan) share: the embedded font, the ink colours, text
escaping, the company letterhead with its logo, and "page X of Y" footers.

reportlab is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import io

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.resources_path import resource

FONT, BOLD = "KamdeskSans", "KamdeskSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
INK, MUTED, RULE = "#222222", "#6b6b6b", "#c8c8c8"  # text, secondary text, lines (hex, for reportlab's HexColor)


def register_fonts() -> None:
    """Register the bundled DejaVu Sans with reportlab (once); embedded as a subset in every PDF, so
    accented and Cyrillic names and € ₽ Ft print on any machine."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))


def readable_logo(logo: bytes | None):
    """The company logo as a reportlab ImageReader (None without a logo).

    A logo that is not a readable image raises `ValidationError` (field "logo"): the document is not written.
    """
    from reportlab.lib.utils import ImageReader

    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        reader.getSize()
    except Exception as error:  # PIL raises several kinds for a broken image
        raise ValidationError(Message("The company logo is not a readable image."), field="logo") from error
    return reader


def letterhead(details: list, width: float, logo, logo_bytes: bytes | None, logo_height_mm: float):
    """The company header: the logo (at most 40 mm wide, `logo_height_mm` high) left of `details`, ruled below."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Table, TableStyle

    if logo is not None:
        logo_width, logo_height = logo.getSize()
        scale = min(40 * mm / logo_width, logo_height_mm * mm / logo_height)
        image = Image(io.BytesIO(logo_bytes), width=logo_width * scale, height=logo_height * scale)
        header = Table([[image, details]], colWidths=[45 * mm, width - 45 * mm])
    else:
        header = Table([[details]], colWidths=[width])
    header.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.8, HexColor(INK)),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return header


def escape(text: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>"))


def a4_pdf(story: list, *, footer: str, page: str, title: str, author: str, side_mm: float,
           bottom_mm: float, landscape: bool = False) -> bytes:
    """`story` laid out on A4 pages (16 mm top margin), upright or `landscape`, `footer` and `page`
    ("Page {page} of {pages}") at the foot of every page; the PDF's bytes."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape as turned
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    canvas = numbered_canvas(footer, page, HexColor(MUTED), FONT)
    buffer = io.BytesIO()
    size = turned(A4) if landscape else A4
    document = SimpleDocTemplate(buffer, pagesize=size, leftMargin=side_mm * mm, rightMargin=side_mm * mm,
                                 topMargin=16 * mm, bottomMargin=bottom_mm * mm, title=title, author=author,
                                 creator="kamdesk", initialFontName=FONT)
    document.build(story, canvasmaker=canvas)
    return buffer.getvalue()


def numbered_canvas(left: str, page: str, colour, font: str, size: float = 7.5):
    """A Canvas class that writes `left` and `page` ("Page {page} of {pages}") at the foot of every page.

    It keeps every page until the end, so that the page count is known.
    """
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, size)
                self.setFillColor(colour)
                self.drawString(18 * mm, 10 * mm, left)
                self.drawRightString(self._pagesize[0] - 18 * mm, 10 * mm,  # the page's width, upright or turned
                                     page.format(page=self._pageNumber, pages=count))
                super().showPage()
            super().save()

    return NumberedCanvas
