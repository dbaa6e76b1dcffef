"""What the offer's PDF and workbook print: unit prices as they carry, amounts in words, texts that fit."""

from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from kamdesk.core.documents.formatting import format_money, format_number, format_percent, format_unit_price
from kamdesk.core.documents.offer_pdf import (
    facts_columns,
    line_columns,
    texts,
    totals_columns,
    vat_columns,
    write_offer_pdf,
)
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


def big_offer(language: str, currency: str):
    """Large amounts, a fractional unit price and a discount: the widest texts an offer prints."""
    data = offer_of([(Decimal(120), Decimal("123456.50")), (Decimal("2.5"), Decimal(999999))], currency, language)
    data.lines[0].discount_percent = Decimal("12.5")
    data.vat_by_rate = {Decimal(27): (data.net_total, (data.net_total * Decimal("0.27")).quantize(Decimal(1)))}
    data.vat_total = data.vat_by_rate[Decimal(27)][1]
    data.gross_total = data.net_total + data.vat_total
    return data


HEADERS = ("sku", "name", "quantity", "unit", "unit_price", "discount", "net", "vat_rate", "vat", "gross",
           "net_total", "vat_total", "gross_total", "number", "date", "valid_until", "vat_summary")


@pytest.mark.parametrize(("language", "currency"), [("hu", "HUF"), ("ru", "RUB"), ("en", "EUR")])
def test_every_header_prints_on_one_line(tmp_path, language, currency):
    data = big_offer(language, currency)
    write_offer_pdf(tmp_path / "offer.pdf", data)
    lines = text_of(tmp_path / "offer.pdf").splitlines()
    for key in HEADERS:
        header = texts(language)[key]
        assert any(header in line for line in lines), f"{header!r} is broken over lines"


@pytest.mark.parametrize(("language", "currency"), [("hu", "HUF"), ("ru", "RUB"), ("en", "EUR")])
def test_headers_and_values_fit_their_columns(language, currency):
    """Measured with reportlab's stringWidth in the embedded font, less the cells' padding."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kamdesk.core.documents.pdf_common import BOLD, FONT, register_fonts

    register_fonts()
    t, data = texts(language), big_offer(language, currency)
    heads = [t[key] for key in ("sku", "name", "quantity", "unit", "unit_price", "discount", "net")]
    values = [[line.sku, line.name, format_number(line.quantity, language), line.unit,
               format_unit_price(line.unit_price, currency, language), format_percent(line.discount_percent, language),
               format_money(line.net_amount, currency, language)] for line in data.lines]
    columns = line_columns(heads, values, 481)  # the frame's width on A4
    assert sum(columns) == pytest.approx(481)
    for n, width in enumerate(columns):
        assert stringWidth(heads[n], BOLD, 8) + 6 < width, heads[n]
        if n >= 2:
            assert all(stringWidth(row[n], FONT, 8) + 6 < width for row in values), heads[n]
    vat_heads = [t[key] for key in ("vat_rate", "net", "vat", "gross")]
    amounts = [format_money(data.gross_total, currency, language)] * 3
    vat_widths = vat_columns(vat_heads, [["27 %", *amounts]])
    for head, amount, width in zip(vat_heads, ["27 %", *amounts], vat_widths, strict=True):
        assert max(stringWidth(head, BOLD, 8), stringWidth(amount, FONT, 8)) + 4 < width, head
    labels = [t[key] for key in ("net_total", "vat_total", "gross_total")]
    columns = totals_columns(labels, amounts, 481 - sum(vat_widths)) or totals_columns(labels, amounts, 481)
    assert all(stringWidth(text, BOLD, 10.5) + 9 < columns[0] for text in labels)
    assert stringWidth(amounts[0], BOLD, 10.5) + 9 < columns[1]
    facts = facts_columns([t["number"], t["date"], t["valid_until"]])
    assert all(stringWidth(t[key], FONT, 8) + 6 < facts[0] for key in ("number", "date", "valid_until"))


def test_a_long_free_text_unit_wraps_and_the_name_keeps_its_room(tmp_path):
    from reportlab.lib.units import mm

    data = big_offer("hu", "HUF")
    data.lines[0].unit = "karton (12 × 0,75 l palack, díszdobozban)"
    heads = [texts("hu")[key] for key in ("sku", "name", "quantity", "unit", "unit_price", "discount", "net")]
    values = [[line.sku, line.name, format_number(line.quantity, "hu"), line.unit,
               format_unit_price(line.unit_price, "HUF", "hu"), format_percent(line.discount_percent, "hu"),
               format_money(line.net_amount, "HUF", "hu")] for line in data.lines]
    columns = line_columns(heads, values, 481)
    assert columns[1] >= 40 * mm  # the product name still reads as words, not a letter a line
    write_offer_pdf(tmp_path / "offer.pdf", data)
    printed = " ".join(text_of(tmp_path / "offer.pdf").split())
    assert "díszdobozban" in printed and "karton" in printed
