"""One spelling of numbers, money, dates and percentages for every document, and the PDFs' shared furniture."""

import datetime as dt
import io
from decimal import Decimal

import pytest

from kamdesk.core.documents import contract_pdf, formatting, offer_pdf, offer_xlsx, order_sheet, pdf_common, week_pdf
from kamdesk.core.documents.formatting import (
    format_date,
    format_money,
    format_number,
    format_percent,
    format_unit_price,
    plain_number,
)
from kamdesk.core.errors import ValidationError


def test_formats_per_language():  # moved here from test_offer_pdf with the functions
    assert format_money(Decimal(1234567), "HUF", "hu") == "1 234 567 Ft"
    assert format_money(Decimal(1234567), "RUB", "ru") == "1 234 567,00 ₽"
    assert format_money(Decimal("1234.56"), "EUR", "en") == "EUR 1,234.56"
    assert format_date(dt.date(2026, 11, 29), "hu") == "2026. 11. 29."
    assert format_date(dt.date(2026, 11, 29), "ru") == "29.11.2026"
    assert format_date(dt.date(2026, 11, 29), "en") == "29 Nov 2026"


@pytest.mark.parametrize(("language", "number", "percent", "negative", "unit_price"), [
    ("hu", "1 234,5", "12,5 %", "-1 234 Ft", "125 000,50 Ft"),
    ("ru", "1 234,5", "12,5 %", "-1 234 Ft", "125 000,50 Ft"),
    ("en", "1,234.5", "12.5%", "HUF -1,234", "HUF 125,000.50"),
])
def test_numbers_percentages_and_unit_prices(language, number, percent, negative, unit_price):
    assert format_number(Decimal("1234.500"), language) == number
    assert format_percent(Decimal("12.50"), language) == percent
    assert format_money(Decimal("-1234.4"), "HUF", language) == negative
    assert format_unit_price(Decimal("125000.50"), "HUF", language) == unit_price


@pytest.mark.parametrize(("value", "plain"), [(Decimal("12.000"), 12), (Decimal("2.500"), Decimal("2.5")),
                                              (Decimal("1E+2"), 100), (Decimal("0.125"), Decimal("0.125"))])
def test_plain_numbers_have_no_trailing_zeros_and_no_exponent(value, plain):
    result = plain_number(value)
    assert result == plain and type(result) is type(plain) and "E" not in str(result)


def test_the_documents_share_one_formatting_and_one_font():
    assert offer_pdf.format_money is formatting.format_money  # the contract service still imports it from there
    assert offer_xlsx.format_date is formatting.format_date and order_sheet.plain_number is formatting.plain_number
    assert week_pdf.EN_MONTHS is formatting.EN_MONTHS
    assert (week_pdf.FONT, week_pdf.BOLD, week_pdf.register_fonts) == (
        pdf_common.FONT, pdf_common.BOLD, pdf_common.register_fonts)
    assert contract_pdf.register_fonts is offer_pdf.register_fonts is pdf_common.register_fonts


def test_fonts_are_registered_once():
    from reportlab.pdfbase import pdfmetrics

    pdf_common.register_fonts()
    pdf_common.register_fonts()
    assert {pdf_common.FONT, pdf_common.BOLD} <= set(pdfmetrics.getRegisteredFontNames())


def test_a_logo_is_read_once_or_refused():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (80, 20), "white").save(buffer, format="PNG")
    assert pdf_common.readable_logo(None) is None and pdf_common.readable_logo(b"") is None
    assert pdf_common.readable_logo(buffer.getvalue()).getSize() == (80, 20)
    with pytest.raises(ValidationError) as raised:
        pdf_common.readable_logo(b"\x89PNG\r\n\x1a\nbroken")
    assert raised.value.field == "logo"


def test_the_letterhead_scales_the_logo_into_its_box():
    from PIL import Image
    from reportlab.lib.units import mm

    buffer = io.BytesIO()
    Image.new("RGB", (400, 400), "white").save(buffer, format="PNG")
    logo = pdf_common.readable_logo(buffer.getvalue())
    header = pdf_common.letterhead(["details"], 170 * mm, logo, buffer.getvalue(), logo_height_mm=20)
    image = header._cellvalues[0][0]
    assert (round(image.drawWidth / mm, 3), round(image.drawHeight / mm, 3)) == (20, 20)
    assert pdf_common.letterhead(["details"], 170 * mm, None, None, logo_height_mm=20)._colWidths == [170 * mm]
