"""The dunning letter's PDF and DOCX: the table where the template put it, its header on every page, the
total; the DOCX as LibreOffice lays it out."""

import io

from docx import Document
from pypdf import PdfReader

from kamdesk.core.documents.contract_data import ContractParty
from kamdesk.core.documents.contract_template import RenderedContract
from kamdesk.core.documents.dunning_docx import letter_docx_bytes
from kamdesk.core.documents.dunning_letter import TABLE_MARK, DunningLetter, LetterItem
from kamdesk.core.documents.dunning_pdf import letter_pdf_bytes
from tests import office


def letter(count: int, language: str = "hu") -> DunningLetter:
    rendered = RenderedContract(title="Fizetési felszólítás", company_role="", client_role="", kind="other",
                                language=language, sections=[], missing=[],
                                preamble=["Tisztelt Partnerünk!", f"Az alábbi számlák lejártak:\n{TABLE_MARK}",
                                          "Üdvözlettel:\nKiss Anna"])
    items = tuple(LetterItem(f"SZ-2026/{n:04d}", "2026. 10. 01.", "2026. 10. 09.", "1 000 Ft", "1 000 Ft", 61)
                  for n in range(count))
    return DunningLetter(language=language, step="final", rendered=rendered,
                         company=ContractParty("Teszt Kft.", ("1051 Budapest, Váci út 1.",)),
                         addressee=ContractParty("Győri Ősz Kft.", ("Fő tér 1.", "9021 Győr")),
                         place_date="Budapest, 2026. 12. 09.", items=items, total=f"{count} 000 Ft")


def test_the_table_stands_where_the_template_put_it():
    assert letter(2).paragraphs() == ["Tisztelt Partnerünk!", "Az alábbi számlák lejártak:", None,
                                      "Üdvözlettel:\nKiss Anna"]


def test_a_long_table_breaks_over_pages_with_its_header_on_each():
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(letter_pdf_bytes(letter(80)))).pages]
    assert len(pages) >= 2
    assert all("Számlaszám" in text and "Késés (nap)" in text for text in pages)
    assert "Végső felszólítás" in pages[0]
    assert "Lejárt tartozás összesen" in pages[-1] and "80 000 Ft" in pages[-1]
    assert "SZ-2026/0079" in pages[-1] and f"{len(pages)}. oldal / {len(pages)}" in pages[-1]


def test_the_docx_holds_the_same_letter_and_libreoffice_lays_it_out(tmp_path):
    data = letter_docx_bytes(letter(80))
    document = Document(io.BytesIO(data))
    [table] = document.tables
    assert len(table.rows) == 82  # header, 80 invoices, the total
    assert table.rows[-1].cells[0].text == "Lejárt tartozás összesen"
    assert table.rows[-1].cells[4].text == "80 000 Ft"
    source = tmp_path / "letter.docx"
    source.write_bytes(data)
    [pdf] = office.convert([source], "pdf", tmp_path)
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(pages) >= 2 and all("Számlaszám" in text for text in pages)  # the header row repeats
    assert "Végső felszólítás" in pages[0] and "Lejárt tartozás összesen" in pages[-1]
