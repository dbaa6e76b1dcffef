"""A contract as an editable DOCX (python-docx; `ContractDocument` in, file out), for negotiation.

The same content as the PDF: the logo and company name in the page header, the
title and number, the parties in a table, the preamble, "1. Heading" and
"1.1." clauses with a hanging indent (a tab after the number, as Word's own
numbered lists look, but typed text so that a lawyer's edits never renumber
what was agreed), place and date, a signature table, and "page X of Y" in the
footer from PAGE and NUMPAGES fields. A4. Text in DejaVu Sans (falling back to
Arial on machines without it), set for the complex-script and East Asian
slots too, so Cyrillic and accented letters never switch font. Nothing is
embedded: Word substitutes fonts itself. python-docx is imported inside the
writer only.
"""

from __future__ import annotations

import io
from pathlib import Path

from kamdesk.core.documents.contract_data import ContractDocument, ContractParty
from kamdesk.core.documents.contract_pdf import place_and_date, texts
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message

FONT_NAME = "DejaVu Sans"


def write_contract_docx(path: str | Path, document: ContractDocument) -> None:
    """Write the contract as a DOCX; the file appears complete or not at all.

    A logo that is not a readable image raises `ValidationError` (field "logo") and writes nothing.
    """
    write_atomically(Path(path), contract_docx_bytes(document))


def contract_docx_bytes(document: ContractDocument) -> bytes:
    """The contract's DOCX in memory; a logo that is not a readable image raises `ValidationError`."""
    if document.logo:
        try:
            from PIL import Image

            with Image.open(io.BytesIO(document.logo)) as image:
                image.verify()
        except Exception as error:  # PIL raises several kinds for a broken image
            raise ValidationError(Message("The company logo is not a readable image."), field="logo") from error
    return render_contract_docx(document)


def render_contract_docx(document: ContractDocument) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    t = texts(document.language)
    rendered = document.rendered
    muted = RGBColor(0x6B, 0x6B, 0x6B)
    word = Document()

    # page: A4 portrait, margins as the PDF
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(16), Mm(20)
    width = section.page_width - section.left_margin - section.right_margin

    # the default font, for every script
    normal = word.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(10)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT_NAME)
    normal.paragraph_format.space_after = Pt(4)

    def run(paragraph, text: str, *, bold: bool = False, size: float | None = None, colour=None):
        lines = text.split("\n")
        for index, line in enumerate(lines):
            piece = paragraph.add_run(line)
            piece.bold = bold or None
            if size:
                piece.font.size = Pt(size)
            if colour is not None:
                piece.font.color.rgb = colour
            if index < len(lines) - 1:
                piece.add_break()
        return paragraph

    # header: logo and company name; footer: company · number, page X of Y
    header = section.header.paragraphs[0]
    if document.logo:
        header.add_run().add_picture(io.BytesIO(document.logo), height=Mm(12))
        header.add_run("   ")
    run(header, document.company.name, bold=True, size=11)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(width, alignment=2)  # right tab at the margin
    run(footer, f"{document.company.name} · {document.number}\t", size=7.5, colour=muted)
    before, _, rest = t["page"].partition("{page}")
    between, _, after = rest.partition("{pages}")
    run(footer, before, size=7.5, colour=muted)
    _field(footer, "PAGE", size=7.5)
    run(footer, between, size=7.5, colour=muted)
    _field(footer, "NUMPAGES", size=7.5)
    run(footer, after, size=7.5, colour=muted)

    # the company's details, title and number
    for line in document.company.lines:
        details = word.add_paragraph()
        details.paragraph_format.space_after = Pt(0)
        run(details, line, size=8, colour=muted)
    title = word.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.space_after = Pt(2)
    run(title, rendered.title, bold=True, size=17)
    number = word.add_paragraph()
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    number.paragraph_format.space_after = Pt(14)
    run(number, f"{t['number']}: {document.number}", colour=muted)

    # the parties
    parties = word.add_table(rows=1, cols=2)
    parties.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, party in zip(parties.rows[0].cells, (document.company, document.client), strict=True):
        cell.width = width // 2
        _party_cell(cell, party, run, muted, Pt)
    word.add_paragraph()

    for paragraph in rendered.preamble:
        run(word.add_paragraph(), paragraph)

    # sections and clauses: the number, a tab, the text; the tab stop at the hanging indent
    hang = Mm(11)
    for part in rendered.sections:
        heading = word.add_paragraph()
        _hanging(heading, hang)
        heading.paragraph_format.space_before = Pt(10)
        heading.paragraph_format.keep_with_next = True
        run(heading, f"{part.number}.\t{part.heading}", bold=True, size=10.5)
        for clause in part.clauses:
            paragraph = word.add_paragraph()
            _hanging(paragraph, hang)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run(paragraph, f"{clause.number}.\t{clause.text}")

    # place, date and the signatures
    closing = word.add_paragraph()
    closing.paragraph_format.space_before = Pt(18)
    closing.paragraph_format.keep_with_next = True
    run(closing, place_and_date(document))
    signatures = word.add_table(rows=1, cols=2)
    for cell, party in zip(signatures.rows[0].cells, (document.company, document.client), strict=True):
        cell.width = width // 2
        first = cell.paragraphs[0]
        first.paragraph_format.space_before = Pt(40)
        first.paragraph_format.keep_with_next = True
        run(first, "_" * 32)
        run(cell.add_paragraph(), party.signatory or party.name, bold=True)
        if party.signatory_title:
            run(cell.add_paragraph(), party.signatory_title, size=8, colour=muted)
        if party.signatory:
            run(cell.add_paragraph(), party.name, size=8, colour=muted)
        run(cell.add_paragraph(), t["on_behalf"].format(role=party.role) if party.role else t["signature"],
            size=8, colour=muted)

    word.core_properties.title = f"{rendered.title} {document.number}"
    word.core_properties.author = document.company.name
    word.core_properties.language = document.language
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _party_cell(cell, party: ContractParty, run, muted, Pt) -> None:
    first = cell.paragraphs[0]
    first.paragraph_format.space_after = Pt(0)
    run(first, party.role, size=8, colour=muted)
    name = cell.add_paragraph()
    name.paragraph_format.space_after = Pt(0)
    run(name, party.name, bold=True)
    for line in party.lines:
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        run(paragraph, line, size=8.5)


def _hanging(paragraph, hang) -> None:
    """A hanging indent with a tab stop where the text starts, so "1.1.<tab>text" lines up."""
    paragraph.paragraph_format.left_indent = hang
    paragraph.paragraph_format.first_line_indent = -hang
    paragraph.paragraph_format.tab_stops.add_tab_stop(hang)


def _field(paragraph, code: str, size: float) -> None:
    """A Word field (PAGE, NUMPAGES) Word fills in when it lays the document out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def piece(child):
        element = paragraph.add_run()
        element.font.size = Pt(size)
        element._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for child in (begin, instruction, separate, shown, end):
        piece(child)
