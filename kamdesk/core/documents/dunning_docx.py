"""A dunning letter as an editable DOCX (python-docx; `DunningLetter` in, bytes out).

The same content as the PDF (`dunning_pdf`): the logo and company name in the page header, the
company's lines, the addressee and the place and date, the title and the step, the paragraphs and the
table of overdue invoices with its total where the template put it, "page X of Y" in the footer (Word's
PAGE and NUMPAGES fields). A4, DejaVu Sans for every script as the contract's DOCX sets it.
"""

from __future__ import annotations

from kamdesk.core.documents.docx_common import MUTED, a4_document, check_logo, docx_bytes, header_and_footer, run
from kamdesk.core.documents.dunning_letter import COLUMN_SHARES, DunningLetter, texts


def letter_docx_bytes(letter: DunningLetter) -> bytes:
    """The letter's DOCX; a logo that is not a readable image raises `ValidationError` (field "logo")."""
    check_logo(letter.logo)
    return _render(letter)


def _render(letter: DunningLetter) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    word, section, width = a4_document(space_after=6)

    def tight(paragraph):
        paragraph.paragraph_format.space_after = Pt(0)
        return paragraph

    header_and_footer(section, width, letter.logo, letter.company.name,
                      f"{letter.company.name} · {letter.rendered.title}", texts(letter.language)["page"])

    for line in letter.company.lines:
        run(tight(word.add_paragraph()), line, size=8, colour=MUTED)
    place = word.add_paragraph()
    place.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    place.paragraph_format.space_before = Pt(18)
    run(place, letter.place_date)
    run(tight(word.add_paragraph()), letter.addressee.name, bold=True)
    for line in letter.addressee.lines:
        run(tight(word.add_paragraph()), line)
    title = word.add_paragraph()
    title.paragraph_format.space_before = Pt(24)
    title.paragraph_format.space_after = Pt(1)
    run(title, letter.rendered.title, bold=True, size=16)
    run(word.add_paragraph(), letter.subtitle, colour=MUTED)
    for paragraph in letter.paragraphs():
        if paragraph is None:
            _table(word, letter, run, width)
        else:
            run(word.add_paragraph(), paragraph)

    return docx_bytes(word, f"{letter.rendered.title} – {letter.addressee.name}", letter.company.name,
                      letter.language)


def _table(word, letter: DunningLetter, run, width) -> None:
    """The overdue invoices and their total, columns as wide as the PDF's; the header row repeats on every
    page and no row breaks over two."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    t = texts(letter.language)
    table = word.add_table(rows=0, cols=6)
    table.style = word.styles["Table Grid"]
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")  # 3 points a side, as the PDF: Word's 5.4 would wrap the numbers
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "60")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)
    widths = [int(width * share) for share in COLUMN_SHARES]

    def flag(row, name: str) -> None:
        element = OxmlElement(name)
        element.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(element)

    def add(values, bold=False):
        row = table.add_row()
        flag(row, "w:cantSplit")
        cells = row.cells
        for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.width = widths[column]
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            if column >= 3:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if str(value):  # an empty cell stays empty: merged, it adds no blank line
                run(paragraph, str(value), bold=bold, size=8.5)
        return cells

    for column, column_width in zip(table.columns, widths, strict=True):  # the grid LibreOffice reads
        column.width = column_width
    add((t["number"], t["issued"], t["due"], t["amount"], t["open"], t["days"]), bold=True)
    flag(table.rows[0], "w:tblHeader")
    for item in letter.items:
        add((item.number, item.issued, item.due, item.amount, item.open, item.days))
    total = add((t["total"], "", "", "", letter.total, ""), bold=True)
    total[0].merge(total[3]).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    word.add_paragraph()
