import datetime as dt
import io
import subprocess
from decimal import ROUND_HALF_UP, Decimal

import pytest
from pypdf import PdfReader

from kamdesk.core.documents.amount_words import amount_in_words
from kamdesk.core.documents.offer_data import OfferData, OfferLineData, OfferParty
from kamdesk.core.documents.formatting import format_money
from kamdesk.core.documents.offer_pdf import write_offer_pdf
from kamdesk.core.errors import ValidationError
from tests.office import program


def make_offer(lines: int = 5, *, language: str = "hu", currency: str = "HUF", client: str = "Kovács és Fiai Kft.",
               logo: bytes | None = None) -> OfferData:
    minor = Decimal(1) if currency == "HUF" else Decimal("0.01")
    items = []
    for n in range(lines):
        quantity = Decimal(n % 7 + 1) + (Decimal("0.5") if n % 5 == 0 else 0)
        price = Decimal(1234 + n * 37) + (Decimal("0.45") if currency != "HUF" else 0)
        discount = Decimal(n % 3 * 5)
        net = (quantity * price * (1 - discount / 100)).quantize(minor, rounding=ROUND_HALF_UP)
        rate = Decimal(27) if n % 4 else Decimal(5)
        items.append(OfferLineData(sku=f"SKU-{n:04d}", name=f"Csavar ő ű č ł Ступень {n}", quantity=quantity,
                                   unit="db", unit_price=price, discount_percent=discount, net_amount=net,
                                   vat_rate=rate))
    by_rate: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for rate in sorted({line.vat_rate for line in items}):
        net = sum((line.net_amount for line in items if line.vat_rate == rate), Decimal(0))
        by_rate[rate] = (net, (net * rate / 100).quantize(minor, rounding=ROUND_HALF_UP))
    net_total = sum((net for net, _ in by_rate.values()), Decimal(0))
    vat_total = sum((vat for _, vat in by_rate.values()), Decimal(0))
    return OfferData(
        company=OfferParty(name="Kamdesk Kereskedelmi Zrt.", address_lines=["Váci út 1.", "1051 Budapest"],
                           tax_number="12345678-2-41", bank_account="11700000-00000000", logo=logo),
        client=OfferParty(name=client, address_lines=["Fő utca 2.", "4025 Debrecen"], tax_number="87654321-2-09",
                          contact_name="Szűcs Ödön"),
        number="OF-2026-0007", offer_date=dt.date(2026, 11, 29), valid_until=dt.date(2026, 12, 29),
        language=language, currency=currency, lines=items, vat_by_rate=by_rate, net_total=net_total,
        vat_total=vat_total, gross_total=net_total + vat_total, payment_terms="8 nap átutalás",
        delivery_terms="DAP Debrecen", introduction="Tisztelt Partnerünk! Ajánlatunk a következő:",
        closing="Köszönjük megkeresését.", manager_name="Nagy Éva", manager_email="eva@example.com")


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_of(path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font on every page."""
    found = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font["/BaseFont"]), embedded))
    return found


@pytest.mark.parametrize(("language", "currency", "client"), [
    ("hu", "HUF", "Kovács és Fiai Kft. — Őrült Űrhajó"),
    ("ru", "RUB", "ООО «Ёлочка» Щукин"),
    ("en", "EUR", "Łódź Žďár Čepek s.r.o."),
])
def test_names_totals_and_fonts(tmp_path, language, currency, client):
    data = make_offer(7, language=language, currency=currency, client=client)
    path = tmp_path / "offer.pdf"
    write_offer_pdf(path, data)
    text = text_of(path)
    assert client in text
    assert "Szűcs Ödön" in text
    assert format_money(data.gross_total, currency, language) in text
    assert " ".join(amount_in_words(data.gross_total, currency, language).split()) in " ".join(text.split())
    fonts = fonts_of(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    symbol = {"HUF": "Ft", "RUB": "₽", "EUR": "EUR"}[currency]
    assert symbol in text


def test_long_offer_pages(tmp_path):
    path = tmp_path / "long.pdf"
    write_offer_pdf(path, make_offer(120, language="en", currency="EUR"))
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages >= 3
    assert f"Page 2 of {pages}" in reader.pages[1].extract_text()
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    for page in reader.pages[1:]:  # the table header repeats where the lines go on
        if "SKU-" in page.extract_text():
            assert "Unit price" in page.extract_text()


def test_logo_and_broken_logo(tmp_path):
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (120, 40), (31, 95, 168)).save(png, "PNG")
    path = tmp_path / "logo.pdf"
    write_offer_pdf(path, make_offer(3, logo=png.getvalue()))
    assert path.stat().st_size > 0
    broken = tmp_path / "broken.pdf"
    with pytest.raises(ValidationError) as caught:
        write_offer_pdf(broken, make_offer(3, logo=b"not an image"))
    assert "logo" in str(caught.value)
    assert not broken.exists() and list(tmp_path.iterdir()) == [path]


def test_renders_to_png(tmp_path):
    path = tmp_path / "offer.pdf"
    write_offer_pdf(path, make_offer(40, language="ru", currency="RUB", client="ООО «Ёлочка»"))
    subprocess.run([program("pdftoppm"), "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == len(PdfReader(path).pages)


def test_no_lines_is_refused(tmp_path):
    path = tmp_path / "empty.pdf"
    with pytest.raises(ValidationError) as caught:
        write_offer_pdf(path, make_offer(0))
    assert caught.value.field == "lines"
    assert not path.exists()
