"""A contract as an A4 PDF (reportlab platypus; `ContractDocument` in, file out).

Layout: the company header (logo when given, name, the company's lines), the
contract number, the title centred, the parties block (both parties side by
side with their details and roles), the preamble, the numbered sections
("1. Heading", kept with their first clause) and clauses ("1.1." with a
hanging indent), the place and date, signature blocks for both parties side
by side, and a footer with the company, the contract number and "page X of Y"
in the document's language. Set in the bundled DejaVu Sans, embedded as a
subset, so accented and Cyrillic names print on any machine. reportlab is
imported inside the writer only.
"""

from __future__ import annotations

from pathlib import Path

from kamdesk.core.documents.contract_data import ContractDocument, ContractParty
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.pdf_common import (
    BOLD,
    FONT,
    INK,
    MUTED,
    a4_pdf,
    escape,
    letterhead,
    readable_logo,
    register_fonts,
)

TEXTS: dict[str, dict[str, str]] = {
    "en": {"number": "Contract number", "parties": "The parties", "place_date": "{place}, {date}",
           "date_blank": "Date: ____________________", "on_behalf": "on behalf of the {role}",
           "page": "Page {page} of {pages}", "signature": "signature"},
    "hu": {"number": "Szerződésszám", "parties": "A szerződő felek", "place_date": "{place}, {date}",
           "date_blank": "Kelt: ____________________", "on_behalf": "{role} részéről",
           "page": "{page}. oldal / {pages}", "signature": "aláírás"},
    "ru": {"number": "Номер договора", "parties": "Стороны", "place_date": "{place}, {date}",
           "date_blank": "Дата: ____________________", "on_behalf": "от имени стороны «{role}»",
           "page": "Страница {page} из {pages}", "signature": "подпись"},
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def place_and_date(document: ContractDocument) -> str:
    """"Budapest, 2 Mar 2026"; a blank to fill in by hand when the date is not known yet."""
    t = texts(document.language)
    if not document.signed_date:
        return f"{document.place}, {t['date_blank']}" if document.place else t["date_blank"]
    if not document.place:
        return document.signed_date
    return t["place_date"].format(place=document.place, date=document.signed_date)


def write_contract_pdf(path: str | Path, document: ContractDocument) -> None:
    """Write the contract as an A4 PDF; the file appears complete or not at all.

    A logo that is not a readable image raises `ValidationError` (field "logo") and writes nothing.
    """
    write_atomically(Path(path), contract_pdf_bytes(document))


def contract_pdf_bytes(document: ContractDocument) -> bytes:
    """The contract's PDF in memory."""
    return _render(document, readable_logo(document.logo))


def _render(document: ContractDocument, logo) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    t = texts(document.language)
    rendered = document.rendered
    ink, muted = colors.HexColor(INK), colors.HexColor(MUTED)
    normal = ParagraphStyle("normal", fontName=FONT, fontSize=9.5, leading=13, textColor=ink)
    body = ParagraphStyle("body", parent=normal, alignment=TA_JUSTIFY, spaceAfter=5)
    preamble = ParagraphStyle("preamble", parent=normal, spaceAfter=5)  # long numbers would stretch justified lines
    small = ParagraphStyle("small", parent=normal, fontSize=8, leading=10, textColor=muted)
    party_text = ParagraphStyle("party", parent=normal, fontSize=8.5, leading=11)
    bold = ParagraphStyle("bold", parent=normal, fontName=BOLD)
    company_name = ParagraphStyle("company", parent=bold, fontSize=12, leading=15)
    title = ParagraphStyle("title", parent=bold, fontSize=17, leading=22, alignment=TA_CENTER, spaceAfter=2)
    centred = ParagraphStyle("centred", parent=normal, alignment=TA_CENTER, textColor=muted)
    # the numbers hang in the left margin of the text (reportlab's bullet), as in a Word numbered list
    heading = ParagraphStyle("heading", parent=bold, fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=4,
                             leftIndent=11 * mm, bulletIndent=0, bulletFontName=BOLD, bulletFontSize=10.5,
                             keepWithNext=1)
    clause = ParagraphStyle("clause", parent=body, leftIndent=11 * mm, bulletIndent=0, bulletFontName=FONT,
                            bulletFontSize=9.5)

    def p(text: str, style=normal) -> Paragraph:
        return Paragraph(escape(text), style)

    width = A4[0] - 40 * mm - 12  # the frame's own padding is 6 points a side
    story: list = []

    # company header: logo on the left, name and details beside it
    details = [p(document.company.name, company_name)] + [p(line, small) for line in document.company.lines]
    story += [letterhead(details, width, logo, document.logo, logo_height_mm=20), Spacer(1, 9 * mm)]

    # title and number
    story += [p(rendered.title, title), p(f"{t['number']}: {document.number}", centred), Spacer(1, 7 * mm)]

    # the parties, side by side
    def party_cell(party: ContractParty) -> list:
        cell = [p(party.role, small), p(party.name, bold)]
        return cell + [p(line, party_text) for line in party.lines]

    parties = Table([[party_cell(document.company), party_cell(document.client)]],
                    colWidths=[width / 2, width / 2])
    parties.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("LINEABOVE", (0, 0), (-1, 0), 0.4, muted), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, muted), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [parties, Spacer(1, 6 * mm)]

    for paragraph in rendered.preamble:
        story.append(p(paragraph, preamble))

    # sections and clauses
    for section in rendered.sections:
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(escape(section.heading), heading, bulletText=f"{section.number}."))
        for item in section.clauses:
            story.append(Paragraph(escape(item.text), clause, bulletText=f"{item.number}."))

    # place, date and signatures
    def signature(party: ContractParty) -> list:
        cell = [Spacer(1, 16 * mm), p("_" * 36), p(party.signatory or party.name, bold)]
        if party.signatory_title:
            cell.append(p(party.signatory_title, small))
        if party.signatory:
            cell.append(p(party.name, small))
        cell.append(p(t["on_behalf"].format(role=party.role) if party.role else t["signature"], small))
        return cell

    signatures = Table([[signature(document.company), signature(document.client)]],
                       colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether([Spacer(1, 8 * mm), p(place_and_date(document)), signatures]))

    return a4_pdf(story, footer=f"{document.company.name} · {document.number}", page=t["page"],
                  title=f"{rendered.title} {document.number}", author=document.company.name, side_mm=20, bottom_mm=20)
