"""A dunning letter as an A4 PDF (reportlab platypus; `DunningLetter` in, bytes out).

Layout: the company letterhead (logo, name, its lines), the addressee on the left and the place and
date on the right, the title with the step under it, the letter's paragraphs with the table of
overdue invoices (number, issued, due, amount, open, days overdue, and the total) where the template
put it, and a footer with the company and "page X of Y" in the letter's language. Set in the bundled
DejaVu Sans, embedded, so accented and Cyrillic text prints anywhere.
"""

from __future__ import annotations

from kamdesk.core.documents import pdf_common
from kamdesk.core.documents.dunning_letter import COLUMN_SHARES, DunningLetter, texts
from kamdesk.core.documents.pdf_common import BOLD, FONT, INK, MUTED, RULE


def letter_pdf_bytes(letter: DunningLetter) -> bytes:
    """The letter's PDF; a logo that is not a readable image raises `ValidationError` (field "logo")."""
    return _render(letter, pdf_common.readable_logo(letter.logo))


def _render(letter: DunningLetter, logo) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    pdf_common.register_fonts()
    ink, muted = colors.HexColor(INK), colors.HexColor(MUTED)
    normal = ParagraphStyle("normal", fontName=FONT, fontSize=10, leading=14, textColor=ink, spaceAfter=7)
    small = ParagraphStyle("small", parent=normal, fontSize=8, leading=10, textColor=muted, spaceAfter=0)
    bold = ParagraphStyle("bold", parent=normal, fontName=BOLD, spaceAfter=0)
    right = ParagraphStyle("right", parent=normal, alignment=TA_RIGHT)
    title = ParagraphStyle("title", parent=bold, fontSize=16, leading=20, spaceAfter=1)
    subtitle = ParagraphStyle("subtitle", parent=normal, textColor=muted, spaceAfter=8)
    width = A4[0] - 40 * mm - 12  # the frame's own padding is 6 points a side

    def p(text: str, style=normal) -> Paragraph:
        return Paragraph(pdf_common.escape(text), style)

    details = [p(letter.company.name, ParagraphStyle("company", parent=bold, fontSize=12, leading=15))]
    details += [p(line, small) for line in letter.company.lines]
    story: list = [pdf_common.letterhead(details, width, logo, letter.logo, logo_height_mm=18), Spacer(1, 10 * mm)]
    addressee = [p(letter.addressee.name, bold)] + [p(line, ParagraphStyle("address", parent=normal, spaceAfter=0))
                                                     for line in letter.addressee.lines]
    heading = Table([[addressee, p(letter.place_date, right)]], colWidths=[width * 0.6, width * 0.4])
    heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [heading, Spacer(1, 12 * mm), p(letter.rendered.title, title), p(letter.subtitle, subtitle)]
    for paragraph in letter.paragraphs():
        story.append(_table(letter, width, normal, bold, colors, mm) if paragraph is None else p(paragraph))
    return pdf_common.a4_pdf(story, footer=f"{letter.company.name} · {letter.rendered.title}",
                             page=texts(letter.language)["page"],
                             title=f"{letter.rendered.title} – {letter.addressee.name}", author=letter.company.name,
                             side_mm=20, bottom_mm=20)


def _table(letter: DunningLetter, width: float, normal, bold, colors, mm):
    """The overdue invoices with their total; its rows break over pages, the header repeated."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    t = texts(letter.language)
    cell = ParagraphStyle("cell", parent=normal, fontSize=8.5, leading=10.5, spaceAfter=0)
    number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=cell, fontName=bold.fontName)
    head_number = ParagraphStyle("head_number", parent=head, alignment=TA_RIGHT)

    def row(values, styles):
        return [Paragraph(pdf_common.escape(str(value)), style) for value, style in zip(values, styles, strict=True)]

    styles = (cell, cell, cell, number, number, number)
    rows = [row((t["number"], t["issued"], t["due"], t["amount"], t["open"], t["days"]),
                (head, head, head, head_number, head_number, head_number))]
    rows += [row((item.number, item.issued, item.due, item.amount, item.open, item.days), styles)
             for item in letter.items]
    rows.append(row((t["total"], "", "", "", letter.total, ""), (head, cell, cell, cell, head_number, cell)))
    table = Table(rows, colWidths=[width * share for share in COLUMN_SHARES], repeatRows=1)
    rule = colors.HexColor(RULE)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(INK)),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.3, rule),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor(INK)),
                               ("SPAN", (0, -1), (3, -1)), ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]))
    table.spaceBefore, table.spaceAfter = 2 * mm, 5 * mm
    return table
