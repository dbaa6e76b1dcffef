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

from pathlib import Path

from kamdesk.core.documents.contract_data import ContractDocument, ContractParty
from kamdesk.core.documents.contract_pdf import place_and_date, texts
from kamdesk.core.documents.docx_common import MUTED, a4_document, check_logo, docx_bytes, header_and_footer, run
from kamdesk.core.documents.files import write_atomically


def write_contract_docx(path: str | Path, document: ContractDocument) -> None:
    """Write the contract as a DOCX; the file appears complete or not at all.

    A logo that is not a readable image raises `ValidationError` (field "logo") and writes nothing.
    """
    write_atomically(Path(path), contract_docx_bytes(document))


def contract_docx_bytes(document: ContractDocument) -> bytes:
    """The contract's DOCX in memory; a logo that is not a readable image raises `ValidationError`."""
    check_logo(document.logo)
    return render_contract_docx(document)


def render_contract_docx(document: ContractDocument) -> bytes:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    t = texts(document.language)
    rendered = document.rendered
    word, section, width = a4_document(space_after=4)
    # header: logo and company name; footer: company · number, page X of Y
    header_and_footer(section, width, document.logo, document.company.name,
                      f"{document.company.name} · {document.number}", t["page"])

    # the company's details, title and number
    for line in document.company.lines:
        details = word.add_paragraph()
        details.paragraph_format.space_after = Pt(0)
        run(details, line, size=8, colour=MUTED)
    title = word.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.space_after = Pt(2)
    run(title, rendered.title, bold=True, size=17)
    number = word.add_paragraph()
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    number.paragraph_format.space_after = Pt(14)
    run(number, f"{t['number']}: {document.number}", colour=MUTED)

    # the parties
    parties = word.add_table(rows=1, cols=2)
    parties.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, party in zip(parties.rows[0].cells, (document.company, document.client), strict=True):
        cell.width = width // 2
        _party_cell(cell, party, run, MUTED, Pt)
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
            run(cell.add_paragraph(), party.signatory_title, size=8, colour=MUTED)
        if party.signatory:
            run(cell.add_paragraph(), party.name, size=8, colour=MUTED)
        run(cell.add_paragraph(), t["on_behalf"].format(role=party.role) if party.role else t["signature"],
            size=8, colour=MUTED)

    return docx_bytes(word, f"{rendered.title} {document.number}", document.company.name, document.language)


def _party_cell(cell, party: ContractParty, run, MUTED, Pt) -> None:
    first = cell.paragraphs[0]
    first.paragraph_format.space_after = Pt(0)
    run(first, party.role, size=8, colour=MUTED)
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
