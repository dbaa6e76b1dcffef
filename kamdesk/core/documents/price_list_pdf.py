"""A price list extract for one client as an A4 PDF (reportlab; `PriceListData` in, bytes out).

The offer's look: the company's letterhead, the client block beside the title and the date, then the
products grouped under their category (SKU, product, unit, net price in the client's price column, VAT
rate, gross price), a note that prices are net and as of the date, and the manager's name and contact.
A price list may hold thousands of products, so the table is one flowable measured once (`pdf_rows`, as
the statement's movements are): the header is drawn again on every page and a row never splits.
Text is set in the bundled DejaVu Sans, embedded as a subset; fixed texts in English, Hungarian, Russian.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate

from kamdesk.core.documents import pdf_common, pdf_rows
from kamdesk.core.documents.formatting import format_date, format_percent, format_unit_price
from kamdesk.core.documents.offer_data import OfferParty
from kamdesk.core.documents.pdf_common import BOLD, FONT, INK, MUTED
from kamdesk.core.documents.pdf_rows import SIZE
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message

TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Price list", "for": "Prices for", "date": "Date", "currency": "Currency",
           "tax_number": "Tax number", "bank_account": "Bank account", "sku": "SKU", "name": "Product",
           "unit": "Unit", "net": "Net price", "vat": "VAT", "gross": "Gross price", "other": "Other products",
           "note": "Prices are per unit in {currency}, valid on {date}; the net price is without VAT.",
           "contact": "Your contact: {name}", "page": "Page {page} of {pages}"},
    "hu": {"title": "Árlista", "for": "Árak részére", "date": "Kelt", "currency": "Pénznem",
           "tax_number": "Adószám", "bank_account": "Bankszámla", "sku": "Cikkszám", "name": "Megnevezés",
           "unit": "Egység", "net": "Nettó ár", "vat": "ÁFA", "gross": "Bruttó ár", "other": "Egyéb termékek",
           "note": "Az árak egységárak ({currency}), {date} napon érvényesek; a nettó ár ÁFA nélkül értendő.",
           "contact": "Kapcsolattartója: {name}", "page": "{page}. oldal / {pages}"},
    "ru": {"title": "Прайс-лист", "for": "Цены для", "date": "Дата", "currency": "Валюта",
           "tax_number": "ИНН", "bank_account": "Банковский счёт", "sku": "Артикул", "name": "Наименование",
           "unit": "Ед.", "net": "Цена без НДС", "vat": "НДС", "gross": "Цена с НДС", "other": "Прочие товары",
           "note": "Цены за единицу в {currency}, действуют на {date}; цена без НДС указана без налога.",
           "contact": "Ваш менеджер: {name}", "page": "Страница {page} из {pages}"},
}
HEADS = ("sku", "name", "unit", "net", "vat", "gross")
RIGHT = (3, 4, 5)
LEADING, PAD, HEAD_PAD = 10.0, 3.0, 4.0  # points: a line, a cell's padding a side, above and below the header
MOST_MM = {0: 32, 2: 22}  # the SKU and the unit wrap beyond this; the product takes what the others leave


@dataclass(frozen=True)
class PriceLine:
    """One product as the price list prints it; prices in the client's column, in the document's currency."""

    category: str  # "Food / Dairy"; "" for a product without a category
    sku: str
    name: str
    unit: str  # already in the document's language
    net_price: Decimal
    vat_rate: Decimal
    gross_price: Decimal


@dataclass
class PriceListData:
    company: OfferParty
    client: OfferParty
    day: dt.date
    language: str
    currency: str
    lines: list[PriceLine]
    manager_name: str = ""
    manager_email: str = ""
    logo: bytes | None = field(default=None, repr=False)


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def price_list_pdf_bytes(data: PriceListData) -> bytes:
    """The price list's PDF in memory; refused (field "products") when it lists nothing."""
    if not data.lines:
        raise ValidationError(Message("The price list has no products: none of those chosen has a price in the "
                                      "client's price column."), field="products")
    pdf_common.register_fonts()
    t = texts(data.language)
    story = _heading(data, t, pdf_common.readable_logo(data.logo))
    story.append(pdf_rows.rows_flowable(_Layout([t[key] for key in HEADS], _rows(data, t), _width())))
    story += _closing(data, t)
    footer = f"{data.company.name} · {t['title']} · {format_date(data.day, data.language)}"
    return pdf_common.a4_pdf(story, footer=footer, page=t["page"], title=f"{t['title']} — {data.client.name}",
                             author=data.company.name, side_mm=18, bottom_mm=18)


def _rows(data: PriceListData, t: dict[str, str]) -> list[tuple[bool, list[str]]]:
    """(category heading?, cells): a heading row before each category's products."""
    rows, category = [], None
    lang, cur = data.language, data.currency
    for line in data.lines:
        if line.category != category:
            category = line.category
            rows.append((True, [category or t["other"]]))
        rows.append((False, [line.sku, line.name, line.unit, format_unit_price(line.net_price, cur, lang),
                             format_percent(line.vat_rate, lang), format_unit_price(line.gross_price, cur, lang)]))
    return rows


def _width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return A4[0] - 36 * mm - 12  # the frame's own padding is 6 points a side


def _style(name: str):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    normal = ParagraphStyle("normal", fontName=FONT, fontSize=9, leading=11.5, textColor=colors.HexColor(INK))
    return {"normal": normal,
            "small": ParagraphStyle("small", parent=normal, fontSize=8, leading=10, textColor=colors.HexColor(MUTED)),
            "bold": ParagraphStyle("bold", parent=normal, fontName=BOLD),
            "title": ParagraphStyle("title", parent=normal, fontName=BOLD, fontSize=16, leading=20),
            "company": ParagraphStyle("company", parent=normal, fontName=BOLD, fontSize=12, leading=15)}[name]


def _p(text: str, style: str = "normal"):
    from reportlab.platypus import Paragraph

    return Paragraph(pdf_common.escape(text), _style(style))


def _heading(data: PriceListData, t: dict[str, str], logo) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    width = _width()
    details = [_p(data.company.name, "company")] + [_p(line, "small") for line in data.company.address_lines]
    if data.company.tax_number:
        details.append(_p(f"{t['tax_number']}: {data.company.tax_number}", "small"))
    if data.company.bank_account:
        details.append(_p(f"{t['bank_account']}: {data.company.bank_account}", "small"))
    client = [_p(t["for"], "small"), _p(data.client.name, "bold")] + [_p(line) for line in data.client.address_lines]
    if data.client.tax_number:
        client.append(_p(f"{t['tax_number']}: {data.client.tax_number}"))
    facts = [_p(t["title"], "title"), Spacer(1, 3), _p(f"{t['date']}: {format_date(data.day, data.language)}"),
             _p(f"{t['currency']}: {data.currency}")]
    block = Table([[client, facts]], colWidths=[width - 80 * mm, 80 * mm])
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [pdf_common.letterhead(details, width, logo, data.logo, logo_height_mm=22), Spacer(1, 6 * mm),
            block, Spacer(1, 6 * mm)]


def _closing(data: PriceListData, t: dict[str, str]) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    tail = [Spacer(1, 4 * mm), _p(t["note"].format(currency=data.currency, date=format_date(data.day, data.language)))]
    if data.manager_name:
        contact = t["contact"].format(name=data.manager_name)
        tail.append(_p(f"{contact} · {data.manager_email}" if data.manager_email else contact, "bold"))
    return [KeepTogether(tail)]


class _Layout(pdf_rows.MeasuredRows):
    """The price table's columns, measured rows and running heights; a category heading spans the row."""

    def __init__(self, heads: list[str], rows: list[tuple[bool, list[str]]], width: float):
        super().__init__()
        self.heads, self.width = heads, width
        self.widths = self._columns([values for heading, values in rows if not heading])
        self.lefts = list(accumulate([0.0] + self.widths[:-1]))
        self.head_height = LEADING + 2 * HEAD_PAD
        self.cells = [self._cells(heading, values) for heading, values in rows]
        heights = [max(len(lines) for _, lines in cells) * LEADING + 2 * PAD + (4 if heading else 0)
                   for heading, cells in self.cells]
        self.tops = list(accumulate([0.0] + heights))

    def page_break(self, row: int) -> int:
        """A category's heading never ends a page: it moves to the next one with its first product."""
        return row - 1 if row > 0 and self.cells[row - 1][0] else row

    def _columns(self, rows: list[list[str]]) -> list[float]:
        from reportlab.lib.units import mm

        need = [self._measure(head, True) + 2 * PAD + 1 for head in self.heads]
        for values in rows:
            for n, value in enumerate(values):
                need[n] = max(need[n], self._measure(value) + 2 * PAD + 1)
        for n, most in MOST_MM.items():
            need[n] = min(need[n], max(most * mm, self._measure(self.heads[n], True) + 2 * PAD + 1))
        need[1] = self.width - sum(need) + need[1]
        return need

    def _cells(self, heading: bool, values: list[str]):
        """(x, lines) per cell, lines as (text, x offset); a heading is one cell across the row."""
        if heading:
            return True, [(0.0, tuple((line, PAD) for line in self._wrapped(values[0], True, self.width - 2 * PAD)))]
        cells = []
        for n, value in enumerate(values):
            room = self.widths[n]
            if n in RIGHT:
                lines = ((value, room - PAD - self._measure(value)),)
            else:
                lines = tuple((line, PAD) for line in self._wrapped(value, False, room - 2 * PAD))
            cells.append((self.lefts[n], lines))
        return False, cells

    def draw(self, canvas, first: int, last: int, height: float) -> None:
        text = self._begin_draw_heads(canvas, height, right=RIGHT, pad=PAD, head_pad=HEAD_PAD, leading=LEADING)
        top = height - self.head_height + self.tops[first]
        rules, font = [], True
        for index in range(first, last):
            heading, cells = self.cells[index]
            if heading != font:
                text.setFont(BOLD if heading else FONT, SIZE, LEADING)
                font = heading
            y = top - self.tops[index] - PAD - SIZE - (4 if heading else 0)
            for x, lines in cells:
                self._write_lines(text, x, y, lines)
            bottom = top - self.tops[index + 1]
            rules.append((0, bottom, self.width, bottom))
        self._end_draw(canvas, text, rules)
