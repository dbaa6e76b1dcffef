import io
import subprocess

import docx
import pytest
from pypdf import PdfReader

from kamdesk.core.documents.contract_data import ContractDocument, ContractParty
from kamdesk.core.documents.contract_docx import write_contract_docx
from kamdesk.core.documents.contract_pdf import write_contract_pdf
from kamdesk.core.documents.contract_template import builtin_templates, render_contract, sample_context
from kamdesk.core.errors import ValidationError
from tests.office import program
from tests.core.documents.test_offer_pdf import fonts_of, text_of

CLIENT = "Őrségi Tejüzem és Čapek Kft. — ООО «Ёлочка»"
CONTACT = "Щукина Ёлена (Szőke-Szűcs Ödönné)"


def logo_png() -> bytes:
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (160, 60), (31, 95, 168)).save(png, "PNG")
    return png.getvalue()


def make_document(key: str = "supply_hu", *, logo: bytes | None = None, signed_date: str | None = None):
    template = next(t for t in builtin_templates() if t.key == key)
    context = sample_context(template.language)
    context["client"]["name"] = CLIENT
    context["contact"]["name"] = CONTACT
    rendered = render_contract(template.source, context)
    company, client = context["company"], context["client"]
    return ContractDocument(
        number=context["contract"]["number"], language=template.language, rendered=rendered,
        company=ContractParty(company["name"], (company["address"], f"Adószám: {company['tax_number']}",
                                                f"Bankszámla: {company['bank_account']}"),
                              rendered.company_role, company["representative"], "ügyvezető"),
        client=ContractParty(client["name"], (client["address"], f"Adószám: {client['tax_number']}"),
                             rendered.client_role, CONTACT, "beszerzési vezető"),
        place="Budapest", signed_date=context["contract"]["signed_date"] if signed_date is None else signed_date,
        logo=logo)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("key", ["supply_hu", "supply_en", "framework_hu", "framework_en"])
def test_pdf_text_fonts_and_pages(tmp_path, key):
    document = make_document(key, logo=logo_png())
    path = tmp_path / "contract.pdf"
    write_contract_pdf(path, document)
    text = text_of(path)
    assert CLIENT in text and CONTACT in text
    assert all(letter in text for letter in "őűŐČЁЩ«»")
    assert document.number in text and document.rendered.title in text
    for section in document.rendered.sections:
        assert f"{section.number}. {section.heading}" in flat(text) or section.heading in text
    assert flat(document.rendered.sections[-1].clauses[-1].text)[:60] in flat(text)
    fonts = fonts_of(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages >= 2
    last = reader.pages[-1].extract_text()
    assert (f"{pages}. oldal / {pages}" if key.endswith("hu") else f"Page {pages} of {pages}") in last
    assert document.company.signatory in last and CONTACT in flat(last)  # the signatures end the contract
    assert ("Vevő részéről" if key.endswith("hu") else "on behalf of the Buyer") in last


def test_pdf_without_date_leaves_a_blank_and_refuses_a_broken_logo(tmp_path):
    path = tmp_path / "contract.pdf"
    write_contract_pdf(path, make_document("supply_en", signed_date=""))
    assert "Budapest, Date: ____" in text_of(path)
    broken = tmp_path / "broken.pdf"
    with pytest.raises(ValidationError) as caught:
        write_contract_pdf(broken, make_document(logo=b"not an image"))
    assert caught.value.field == "logo"
    assert not broken.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["contract.pdf"]


def test_pdf_renders_to_png(tmp_path):
    path = tmp_path / "contract.pdf"
    write_contract_pdf(path, make_document(logo=logo_png()))
    subprocess.run([program("pdftoppm"), "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == len(PdfReader(path).pages)


def docx_text(word) -> str:
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("key", ["supply_hu", "framework_en"])
def test_docx_content(tmp_path, key):
    document = make_document(key, logo=logo_png())
    path = tmp_path / "contract.docx"
    write_contract_docx(path, document)
    word = docx.Document(str(path))
    text = docx_text(word)
    assert CLIENT in text and CONTACT in text
    assert document.rendered.title in text and document.number in text
    paragraphs = [p.text for p in word.paragraphs]
    first = document.rendered.sections[0]
    assert f"1.\t{first.heading}" in paragraphs
    assert f"1.1.\t{first.clauses[0].text}" in paragraphs
    clause = next(p for p in word.paragraphs if p.text.startswith("1.1.\t"))
    assert clause.paragraph_format.first_line_indent < 0 < clause.paragraph_format.left_indent  # hanging
    assert [cell.text.splitlines()[1] for cell in word.tables[0].rows[0].cells] == [document.company.name, CLIENT]
    signatures = word.tables[1].rows[0].cells
    assert document.company.signatory in signatures[0].text and CONTACT in signatures[1].text
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer.paragraphs[0]
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml
    assert ("oldal /" if key.endswith("hu") else "Page") in footer.text
    assert document.company.name in section.header.paragraphs[0].text
    assert word.inline_shapes or "graphicData" in section.header.paragraphs[0]._p.xml  # the logo
    fonts = word.styles["Normal"].element.rPr.rFonts
    assert {fonts.get(f"{{{fonts.nsmap['w']}}}{slot}") for slot in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "DejaVu Sans"}


def test_docx_is_written_atomically(tmp_path):
    path = tmp_path / "contract.docx"
    with pytest.raises(ValidationError):
        write_contract_docx(path, make_document(logo=b"broken"))
    assert not path.exists() and list(tmp_path.iterdir()) == []
    write_contract_docx(path, make_document())
    assert list(tmp_path.iterdir()) == [path]
