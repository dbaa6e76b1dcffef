"""What the offer's PDF and workbook print: unit prices as they carry, amounts in words, texts that fit."""

from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from kamdesk.core.documents.offer_pdf import write_offer_pdf
from kamdesk.core.documents.offer_xlsx import write_offer_xlsx
from tests.core.documents.test_offer_pdf import make_offer, text_of


def offer_of(lines: list[tuple[Decimal, Decimal]], currency: str = "HUF", language: str = "hu"):
    """An offer of (quantity, unit price) lines, no discount, no VAT, totalled as the pricing does."""
    data = make_offer(len(lines), language=language, currency=currency)
    minor = Decimal(1) if currency == "HUF" else Decimal("0.01")
    for line, (quantity, price) in zip(data.lines, lines, strict=True):
        line.quantity, line.unit_price, line.discount_percent, line.vat_rate = quantity, price, Decimal(0), Decimal(0)
        line.net_amount = (quantity * price).quantize(minor, rounding=ROUND_HALF_UP)
    data.net_total = data.gross_total = sum((line.net_amount for line in data.lines), Decimal(0))
    data.vat_total = Decimal(0)
    data.vat_by_rate = {Decimal(0): (data.net_total, Decimal(0))}
    return data


def unit_price_cells(path, data) -> list:
    sheet = openpyxl.load_workbook(path).active
    first = next(cell.row for cell in sheet["A"] if cell.value == data.lines[0].sku)
    return [sheet.cell(row=first + n, column=5) for n in range(len(data.lines))]


def test_pdf_prints_unit_prices_as_they_carry(tmp_path):
    data = offer_of([(Decimal(2), Decimal("125000.50")), (Decimal(1), Decimal(125001))])
    write_offer_pdf(tmp_path / "offer.pdf", data)
    text = text_of(tmp_path / "offer.pdf").replace("\u00a0", " ")
    assert "125 000,50 Ft" in text  # 2 × 125 000,50 Ft = 250 001 Ft adds up as printed
    assert "250 001 Ft" in text
    assert "125 001 Ft" in text and "125 001,00" not in text


def test_pdf_english_cents_stay_two_places(tmp_path):
    data = offer_of([(Decimal(3), Decimal("12.5"))], currency="EUR", language="en")
    write_offer_pdf(tmp_path / "offer.pdf", data)
    text = text_of(tmp_path / "offer.pdf")
    assert "EUR 12.50" in text and "EUR 37.50" in text


def test_workbook_unit_price_format_follows_the_price(tmp_path):
    data = offer_of([(Decimal(2), Decimal("125000.50")), (Decimal(1), Decimal(125001))])
    write_offer_xlsx(tmp_path / "offer.xlsx", data)
    fractional, whole = unit_price_cells(tmp_path / "offer.xlsx", data)
    assert Decimal(str(fractional.value)) == Decimal("125000.5")
    assert fractional.number_format == '#,##0.00 "Ft"'
    assert whole.number_format == '#,##0 "Ft"'


@pytest.mark.parametrize("write", [write_offer_pdf, write_offer_xlsx])
def test_hungarian_total_in_words_in_both_documents(tmp_path, write):
    data = offer_of([(Decimal(1), Decimal(282119))])
    path = tmp_path / f"offer.{'pdf' if write is write_offer_pdf else 'xlsx'}"
    write(path, data)
    if write is write_offer_pdf:
        text = " ".join(text_of(path).split())
    else:
        text = " ".join(str(cell.value) for row in openpyxl.load_workbook(path).active.iter_rows() for cell in row)
    assert "Azaz: kétszáznyolcvankétezer-száztizenkilenc forint" in text
    assert "kettőezer" not in text
