"""The price list extract PDF read back: its prices, categories and texts in three languages, the header on
every page of a long list, fonts embedded, and an empty list refused."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from kamdesk.core.documents.offer_data import OfferParty
from kamdesk.core.documents.price_list_pdf import PriceLine, PriceListData, price_list_pdf_bytes
from kamdesk.core.errors import ValidationError
from tests.core.documents.test_offer_pdf import fonts_of


def data(lines: list[PriceLine], language: str = "hu", currency: str = "HUF") -> PriceListData:
    return PriceListData(
        company=OfferParty(name="Kamdesk Kereskedelmi Zrt.", address_lines=["Váci út 1.", "1051 Budapest"],
                           tax_number="12345678-2-41"),
        client=OfferParty(name="ООО «Ёлочка»", address_lines=["ул. Ленина 1", "Москва"]),
        day=dt.date(2026, 12, 5), language=language, currency=currency, lines=lines, manager_name="Nagy Éva",
        manager_email="eva@example.com")


def line(n: int, category: str = "Élelmiszer / Tejtermék", name: str = "Tej 2,8% 1 l") -> PriceLine:
    return PriceLine(category=category, sku=f"TEJ-{n:03d}", name=f"{name} {n}", unit="db",
                     net_price=Decimal("1234.50") + n, vat_rate=Decimal(27), gross_price=Decimal("1568") + n)


def text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_prices_categories_and_texts_read_back(tmp_path):
    pdf = price_list_pdf_bytes(data([line(1), line(2, "Ital", "Ásványvíz Щёлково")]))
    (page,) = text(pdf)
    for expected in ("Árlista", "Kelt: 2026. 12. 05.", "ООО «Ёлочка»", "Élelmiszer / Tejtermék", "Ital",
                     "Ásványvíz Щёлково 2", "TEJ-001", "1 235,50 Ft", "27 %", "1 569 Ft", "Nettó ár", "Bruttó ár",
                     "Kapcsolattartója: Nagy Éva · eva@example.com", "1. oldal / 1"):
        assert expected in page
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    assert fonts_of(path) and all(embedded for _, embedded in fonts_of(path))


@pytest.mark.parametrize(("language", "currency", "title", "money"), [
    ("en", "EUR", "Price list", "EUR 1,235.50"), ("ru", "RUB", "Прайс-лист", "1 235,50 ₽")])
def test_other_languages(language, currency, title, money):
    (page,) = text(price_list_pdf_bytes(data([line(1)], language, currency)))
    assert title in page and money in page


def test_a_long_list_runs_over_pages_with_the_header_on_each():
    pages = text(price_list_pdf_bytes(data([line(n) for n in range(300)])))
    assert len(pages) > 3
    assert all("Cikkszám" in page and "Bruttó ár" in page for page in pages)
    assert sum(page.count("TEJ-") for page in pages) == 300
    assert f"{len(pages)}. oldal / {len(pages)}" in pages[-1]


def test_an_empty_list_is_refused():
    with pytest.raises(ValidationError, match="no products") as refused:
        price_list_pdf_bytes(data([]))
    assert refused.value.field == "products"


def test_a_category_heading_never_ends_a_page():
    lines = [line(n, category=f"Kategória {n // 7:02d}") for n in range(280)]
    pages = text(price_list_pdf_bytes(data(lines)))
    assert len(pages) > 3
    for page in pages[:-1]:
        body = page.splitlines()[:-2]  # the footer: the company · title · date, and the page number
        assert body[-1].endswith("Ft") and not body[-1].startswith("Kategória"), body[-3:]
