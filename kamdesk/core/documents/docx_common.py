"""What the DOCX writers (contract, dunning letter) share: the logo check, an A4 page whose text is DejaVu Sans
for every script, a run of text with line breaks, the page header (logo and company name) and the footer
("…" and "page X of Y" from Word's PAGE and NUMPAGES fields). python-docx is imported inside the functions only.
"""

from __future__ import annotations

import io

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message

FONT_NAME = "DejaVu Sans"
MUTED = (0x6B, 0x6B, 0x6B)  # the grey of the secondary lines, as the PDFs print them


def check_logo(logo: bytes | None) -> None:
    """Raise `ValidationError` (field "logo") when `logo` is given but is not a readable image."""
    if not logo:
        return
    try:
        from PIL import Image

        with Image.open(io.BytesIO(logo)) as image:
            image.verify()
    except Exception as error:  # PIL raises several kinds for a broken image
        raise ValidationError(Message("The company logo is not a readable image."), field="logo") from error


def a4_document(space_after: float):
    """A new document: A4 portrait, the PDFs' margins, DejaVu Sans 10 pt (`space_after` points after a paragraph)
    in every script's slot, so Cyrillic and accented letters never switch font. (document, section, text width)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    word = Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(16), Mm(20)
    width = section.page_width - section.left_margin - section.right_margin
    normal = word.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(10)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT_NAME)
    normal.paragraph_format.space_after = Pt(space_after)
    return word, section, width


def run(paragraph, text: str, *, bold: bool = False, size: float | None = None, colour=None):
    """Add `text` to `paragraph`, its newlines as line breaks; `colour` an (r, g, b). Returns the paragraph."""
    from docx.shared import Pt, RGBColor

    lines = str(text).split("\n")
    for index, line in enumerate(lines):
        piece = paragraph.add_run(line)
        piece.bold = bold or None
        if size:
            piece.font.size = Pt(size)
        if colour is not None:
            piece.font.color.rgb = RGBColor(*colour)
        if index < len(lines) - 1:
            piece.add_break()
    return paragraph


def header_and_footer(section, width, logo: bytes | None, company: str, footer: str, page: str) -> None:
    """The logo and `company` in the page header; `footer` at the left of the footer and `page` ("… {page} …
    {pages}") at its right margin."""
    from docx.shared import Mm

    header = section.header.paragraphs[0]
    if logo:
        header.add_run().add_picture(io.BytesIO(logo), height=Mm(12))
        header.add_run("   ")
    run(header, company, bold=True, size=11)
    line = section.footer.paragraphs[0]
    line.paragraph_format.tab_stops.add_tab_stop(width, alignment=2)  # right tab at the margin
    run(line, f"{footer}\t", size=7.5, colour=MUTED)
    before, _, rest = page.partition("{page}")
    between, _, after = rest.partition("{pages}")
    run(line, before, size=7.5, colour=MUTED)
    field(line, "PAGE", size=7.5)
    run(line, between, size=7.5, colour=MUTED)
    field(line, "NUMPAGES", size=7.5)
    run(line, after, size=7.5, colour=MUTED)


def docx_bytes(word, title: str, author: str, language: str) -> bytes:
    """The document with its title, author and language set, as bytes."""
    word.core_properties.title = title
    word.core_properties.author = author
    word.core_properties.language = language
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def field(paragraph, code: str, size: float) -> None:
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
