"""A commercial offer as an editable Excel workbook (openpyxl; `OfferData` in, file out).

The same content as the PDF (`offer_pdf`), but alive: the client can change a
quantity, a price or a discount and the totals follow in Excel or LibreOffice.

- line net (column G) = quantity × unit price × (1 − discount), rounded half up
  to the currency's minor unit (a whole forint, a cent), as `pricing.price_line`;
- per VAT rate: net = ``SUMIF`` over the lines' VAT rate column, VAT = net ×
  rate rounded the same way, gross = net + VAT;
- net, VAT and gross totals = sums of the per-rate rows.

Exact halves. Cells hold binary fractions: 0.07 is a little more than 7 %, so
a plain ``ROUND(C*E*(1-F),0)`` on a net of exactly ….5 Ft sees ….4999… and
rounds down where the app rounds up. So the formulas first scale their inputs
to integers (quantity in thousandths, price in hundredths, discount and VAT
rate in hundredths of a percent: the app's precision) and multiply them into
an exact whole number; only one division by a power of ten comes before
ROUND, and a quotient that is exactly a half is a binary number too, so ROUND
takes it up. The line net splits quantity × price at the rounding unit (INT
and MOD) so that no product passes 2^53: exact for quantity × price up to 10^10
currency units; VAT is exact for VAT amounts below 10^9. Sums are rounded to
the minor unit too, so cents added as binary fractions show the exact total.

Cached values: openpyxl writes a formula cell without its value (``<v/>``),
and viewers that do not calculate would show blanks or zeros. So the workbook
is saved to memory and every formula cell's ``<v>`` is filled in with the
value from `OfferData` (the line's `net_amount`, `vat_by_rate`, the totals)
before the file is written. The workbook is also marked ``fullCalcOnLoad``,
so Excel recomputes everything on opening. LibreOffice (checked with 7.x/24.x
headless) ignores that flag and by default ("Recalculation on file load:
never") shows the cached values, which are right by construction; a changed
cell recomputes its dependents at once, and a file saved without cached
values (e.g. re-saved by openpyxl) is computed on load. The slow test runs
LibreOffice with "always recalculate" to prove the formulas themselves give
the offer's totals.

The gross total in words is text (as printed on the PDF): it does not follow
a changed quantity. Discounts and VAT rates are stored as fractions shown as
percentages. The file appears complete or not at all (`files.write_atomically`).
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

from kamdesk.core.documents.amount_words import amount_in_words
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.offer_data import OfferData
from kamdesk.core.documents.formatting import SYMBOLS, format_date, plain_number
from kamdesk.core.documents.offer_pdf import check_offer, texts
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.money import carried_places, minor_digits

COLUMNS = ("sku", "name", "quantity", "unit", "unit_price", "discount", "net", "vat_rate")
WIDTHS = (14, 44, 10, 8, 16, 11, 18, 11)
SHEET = "xl/worksheets/sheet1.xml"


def money_format(currency: str, language: str, digits: int | None = None) -> str:
    """An Excel number format with the currency: en '"EUR" #,##0.00', hu '#,##0 "Ft"', ru '#,##0.00 "₽"'.

    `digits` defaults to the currency's minor unit; a unit price passes `carried_places` (hu '#,##0.00 "Ft"').
    """
    digits = minor_digits(currency) if digits is None else digits
    number = "#,##0" + ("." + "0" * digits if digits else "")
    if language == "en":
        return f'"{currency}" {number}'
    return f'{number} "{SYMBOLS.get(currency, currency)}"'


def line_net_formula(row: int, digits: int) -> str:
    """Quantity (C) × unit price (E) × (1 − discount F), rounded half up to `digits`, exact on halves.

    In integers: gross = thousandths × hundredths (10^-5 units), kept = 10000 − hundredths of a percent,
    net = gross × kept in 10^-9 units. That product can pass 2^53, so the gross is split at the
    rounding unit: the high part times `kept` is a whole number, only the low part is divided and rounded.
    A half goes up, as the app rounds the positive amounts of an offer (INT floors, so a negative
    quantity typed in would round a half towards zero).
    """
    gross = f"ROUND(C{row}*1000,0)*ROUND(E{row}*100,0)"
    kept = f"(10000-ROUND(F{row}*10000,0))"
    unit = 10 ** (9 - digits)
    minor = f"INT({gross}/{unit})*{kept}+ROUND(MOD({gross},{unit})*{kept}/{unit},0)"
    return f"=({minor})/{10 ** digits}" if digits else f"={minor}"


def vat_formula(row: int, digits: int) -> str:
    """The rate's net (F) × VAT rate (E), rounded half up to `digits`, exact on halves.

    In integers: the net in hundredths × the rate in hundredths of a percent = the VAT in 10^-6 units,
    divided once by the rounding unit (an exact half is a binary number, ROUND takes it up).
    """
    formula = f"=ROUND(ROUND(F{row}*100,0)*ROUND(E{row}*10000,0)/{10 ** (6 - digits)},0)"
    return f"{formula}/{10 ** digits}" if digits else formula


def write_offer_xlsx(path: str | Path, data: OfferData) -> None:
    """Write the offer as an .xlsx with live formulas and their cached values.

    An offer without lines, or a logo that is not a readable image, raises `ValidationError`
    (field "lines" or "logo") and writes nothing.
    """
    write_atomically(Path(path), offer_xlsx_bytes(data))


def offer_xlsx_bytes(data: OfferData) -> bytes:
    """The offer's workbook in memory (to attach to a message)."""
    check_offer(data)
    workbook, cached = _build(data)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return with_cached_values(buffer.getvalue(), cached)


def _build(data: OfferData):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.properties import CalcProperties

    t = texts(data.language)
    lang, cur = data.language, data.currency
    digits = minor_digits(cur)
    money = money_format(cur, lang)
    percent = "0%" if all(_whole_percent(x) for x in _percents(data)) else "0.0#%"
    bold, big, muted = Font(bold=True), Font(bold=True, size=14), Font(color="6B6B6B", size=9)
    thin = Side(style="thin", color="222222")
    shade = PatternFill("solid", fgColor="EEF2F6")
    right = Alignment(horizontal="right")
    cached: dict[str, Decimal] = {}

    workbook = Workbook()
    workbook.calculation = CalcProperties(fullCalcOnLoad=True)
    sheet = workbook.active
    sheet.title = _sheet_title(data.number)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width

    row = 1

    def put(text: str, font=None, column: int = 1) -> None:
        nonlocal row
        cell = sheet.cell(row=row, column=column, value=text)
        if font is not None:
            cell.font = font
        row += 1

    # company header (the logo sits at the right of it)
    put(data.company.name, Font(bold=True, size=12))
    for line in data.company.address_lines:
        put(line, muted)
    if data.company.tax_number:
        put(f"{t['tax_number']}: {data.company.tax_number}", muted)
    if data.company.bank_account:
        put(f"{t['bank_account']}: {data.company.bank_account}", muted)
    if data.company.logo:
        _add_logo(sheet, data.company.logo)
    row += 1

    # title, number, dates
    put(t["title"], big)
    for key, value in (("number", data.number), ("date", format_date(data.offer_date, lang)),
                       ("valid_until", format_date(data.valid_until, lang))):
        sheet.cell(row=row, column=1, value=t[key]).font = muted
        sheet.cell(row=row, column=2, value=value).font = bold if key == "number" else Font()
        row += 1
    row += 1

    # client
    put(t["client"], muted)
    put(data.client.name, bold)
    for line in data.client.address_lines:
        put(line)
    if data.client.tax_number:
        put(f"{t['tax_number']}: {data.client.tax_number}")
    if data.client.contact_name:
        put(f"{t['contact']}: {data.client.contact_name}")
    row += 1
    if data.introduction:
        put(data.introduction)
        row += 1

    # the lines
    header_row = row
    for column, key in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=row, column=column, value=t[key])
        cell.font, cell.fill, cell.border = bold, shade, Border(bottom=thin)
        if column in (3, 5, 6, 7, 8):
            cell.alignment = right
    row += 1
    first = row
    for line in data.lines:
        sheet.cell(row=row, column=1, value=line.sku)
        sheet.cell(row=row, column=2, value=line.name).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=3, value=plain_number(line.quantity))
        sheet.cell(row=row, column=4, value=line.unit)
        price_format = money_format(cur, lang, carried_places(line.unit_price, cur))
        sheet.cell(row=row, column=5, value=plain_number(line.unit_price)).number_format = price_format
        sheet.cell(row=row, column=6, value=plain_number(line.discount_percent / 100)).number_format = percent
        net = sheet.cell(row=row, column=7, value=line_net_formula(row, digits))
        net.number_format = money
        cached[net.coordinate] = line.net_amount
        sheet.cell(row=row, column=8, value=plain_number(line.vat_rate / 100)).number_format = percent
        row += 1
    last = max(row - 1, first)
    lines_range = f"$H${first}:$H${last}", f"$G${first}:$G${last}"
    row += 1

    # VAT per rate: E rate, F net, G VAT, H gross
    for column, key in ((5, "vat_rate"), (6, "net"), (7, "vat"), (8, "gross")):
        cell = sheet.cell(row=row, column=column, value=t[key])
        cell.font, cell.border, cell.alignment = bold, Border(bottom=thin), right
    sheet.cell(row=row, column=4, value=t["vat_summary"]).font = muted
    row += 1
    vat_first = row
    for rate in sorted(data.vat_by_rate):
        net_value, vat_value = data.vat_by_rate[rate]
        sheet.cell(row=row, column=5, value=plain_number(rate / 100)).number_format = percent
        rate_net = f"=ROUND(SUMIF({lines_range[0]},E{row},{lines_range[1]}),{digits})"
        cells = (sheet.cell(row=row, column=6, value=rate_net),
                 sheet.cell(row=row, column=7, value=vat_formula(row, digits)),
                 sheet.cell(row=row, column=8, value=f"=ROUND(F{row}+G{row},{digits})"))
        for cell, value in zip(cells, (net_value, vat_value, net_value + vat_value), strict=True):
            cell.number_format = money
            cached[cell.coordinate] = value
        row += 1
    vat_last = max(row - 1, vat_first)
    row += 1

    # totals: label in E (right-aligned over E:F), value in G
    totals = ((t["net_total"], f"=ROUND(SUM(F{vat_first}:F{vat_last}),{digits})", data.net_total),
              (t["vat_total"], f"=ROUND(SUM(G{vat_first}:G{vat_last}),{digits})", data.vat_total),
              (t["gross_total"], f"=ROUND(G{row}+G{row + 1},{digits})", data.gross_total))
    for index, (label, formula, value) in enumerate(totals):
        strong = index == 2
        sheet.merge_cells(start_row=row, start_column=5, end_row=row, end_column=6)
        label_cell = sheet.cell(row=row, column=5, value=label)
        label_cell.alignment, label_cell.font = right, Font(bold=strong, size=12 if strong else 11)
        cell = sheet.cell(row=row, column=7, value=formula)
        cell.number_format, cell.font = money, Font(bold=strong, size=12 if strong else 11)
        if strong:
            cell.border = label_cell.border = Border(top=thin)
        cached[cell.coordinate] = value
        row += 1
    row += 1
    put(f"{t['in_words']}: {amount_in_words(data.gross_total, cur, lang)}")
    row += 1
    put(t["validity"].format(date=format_date(data.valid_until, lang)), bold)
    for key, text in (("payment_terms", data.payment_terms), ("delivery_terms", data.delivery_terms)):
        if text:
            put(f"{t[key]}: {text}")
    if data.closing:
        row += 1
        put(data.closing)
    row += 1
    sheet.cell(row=row, column=1, value=t["for_company"].format(name=data.company.name)).font = muted
    sheet.cell(row=row, column=5, value=t["accepted"]).font = muted
    row += 3
    sheet.cell(row=row, column=1, value=data.manager_name or t["signature"])
    sheet.cell(row=row, column=5, value=t["signature"])
    for column in (1, 2, 5, 6, 7):
        sheet.cell(row=row, column=column).border = Border(top=thin)
    if data.manager_email:
        row += 1
        sheet.cell(row=row, column=1, value=data.manager_email).font = muted

    # page set-up: A4, fit to one page wide, the line header repeated on every printed page
    sheet.print_area = f"A1:H{row}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.right.text = t["page"].format(page="&P", pages="&N")
    sheet.oddFooter.left.text = f"{data.company.name} · {data.number}"
    sheet.freeze_panes = None
    return workbook, cached


def _add_logo(sheet, logo: bytes) -> None:
    from openpyxl.drawing.image import Image
    from PIL import Image as PILImage

    try:
        picture = PILImage.open(io.BytesIO(logo))
        picture.load()
    except Exception as error:  # PIL raises several kinds for a broken image
        raise ValidationError(Message("The company logo is not a readable image."), field="logo") from error
    image = Image(io.BytesIO(logo))
    scale = min(160 / image.width, 60 / image.height, 1)
    image.width, image.height = image.width * scale, image.height * scale
    sheet.add_image(image, "F1")


def with_cached_values(xlsx: bytes, cached: dict[str, Decimal]) -> bytes:
    """The workbook with each formula cell's `<v>` filled in from `cached` (openpyxl leaves it empty)."""
    return with_cached_sheets(xlsx, {SHEET: cached})


def with_cached_sheets(xlsx: bytes, sheets: dict[str, dict[str, Decimal]]) -> bytes:
    """`with_cached_values` for several sheets at once: `sheets` maps a sheet's part in the file
    ("xl/worksheets/sheet2.xml") to its cells' values."""
    def filler(cached: dict[str, Decimal]):
        def fill(match: re.Match) -> str:
            value = cached.get(match.group(2))
            if value is None:
                return match.group(0)
            return f"{match.group(1)}<v>{_xml_number(value)}</v></c>"
        return fill

    # openpyxl writes an empty value as <v/> with its own writer and as <v></v> when lxml is installed
    pattern = re.compile(r'(<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f>)(?:<v\s*/>|<v>\s*</v>)\s*</c>')
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename in sheets:
                content = pattern.sub(filler(sheets[item.filename]), content.decode("utf-8")).encode("utf-8")
            copy = zipfile.ZipInfo(item.filename, item.date_time)  # writestr would change the source's entry
            copy.compress_type, copy.external_attr = zipfile.ZIP_DEFLATED, item.external_attr
            target.writestr(copy, content)
    return out.getvalue()


def _xml_number(value: Decimal) -> str:
    text = format(Decimal(value).normalize(), "f")
    return text


def _percents(data: OfferData):
    yield from (line.discount_percent for line in data.lines)
    yield from (line.vat_rate for line in data.lines)


def _whole_percent(value: Decimal) -> bool:
    return Decimal(value) == Decimal(value).to_integral_value()


def _sheet_title(number: str) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "-", number or "Offer")[:31]
    return title or "Offer"
