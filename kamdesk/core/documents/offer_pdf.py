"""A commercial offer as an A4 PDF (reportlab platypus; `OfferData` in, file out).

Layout: the company header (logo when given, name, address, tax number, bank
account), the client block (name, address, tax number, contact), the offer
number and dates, the introduction, the line table (SKU, name, quantity, unit,
unit price, discount, net) whose header repeats on every page and whose rows
are never split across pages, the VAT breakdown per rate, the net, VAT and
gross totals, the gross total in words, validity, payment and delivery terms,
the closing text, a signature block and a "page X of Y" footer. Every header
and label prints on one line: the number columns, the VAT breakdown and the
labels beside the title are as wide as their texts (`fitted_widths`), the
product name takes the rest, and the totals go under the VAT breakdown when
they do not fit beside it.

The fixed texts come in English, Hungarian and Russian (`TEXTS`); money and
dates are formatted for the document's language (`format_money`, `format_unit_price`,
`format_date`). Text is set in the bundled DejaVu Sans, embedded as a subset,
so ő ű č ł, Cyrillic and € ₽ Ft print on any machine. reportlab is imported
inside `write_offer_pdf` only: start-up does not pay for it.
"""

from __future__ import annotations

from pathlib import Path

from kamdesk.core.documents.amount_words import amount_in_words
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import (
    format_date,
    format_money,
    format_number,
    format_percent,
    format_unit_price,
)
from kamdesk.core.documents.offer_data import OfferData, OfferParty
from kamdesk.core.documents.pdf_common import (
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    a4_pdf,
    escape,
    letterhead,
    readable_logo,
    register_fonts,
)
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Commercial offer", "number": "Offer number", "date": "Date", "valid_until": "Valid until",
        "client": "Offer for", "tax_number": "Tax number", "bank_account": "Bank account", "contact": "Contact",
        "sku": "SKU", "name": "Product", "quantity": "Qty", "unit": "Unit", "unit_price": "Unit price",
        "discount": "Discount", "net": "Net", "vat_rate": "VAT rate", "vat": "VAT", "gross": "Gross",
        "net_total": "Net total", "vat_total": "VAT total", "gross_total": "Gross total",
        "in_words": "In words", "validity": "This offer is valid until {date}.",
        "payment_terms": "Payment terms", "delivery_terms": "Delivery terms",
        "signature": "Signature", "for_company": "For {name}", "accepted": "Accepted by the client",
        "page": "Page {page} of {pages}", "vat_summary": "VAT breakdown",
    },
    "hu": {
        "title": "Árajánlat", "number": "Ajánlat száma", "date": "Kelt", "valid_until": "Érvényes",
        "client": "Ajánlatkérő", "tax_number": "Adószám", "bank_account": "Bankszámla", "contact": "Kapcsolattartó",
        "sku": "Cikkszám", "name": "Megnevezés", "quantity": "Menny.", "unit": "Egység", "unit_price": "Egységár",
        "discount": "Kedv.", "net": "Nettó", "vat_rate": "ÁFA-kulcs", "vat": "ÁFA", "gross": "Bruttó",
        "net_total": "Nettó összesen", "vat_total": "ÁFA összesen", "gross_total": "Bruttó végösszeg",
        "in_words": "Azaz", "validity": "Az ajánlat {date} napjáig érvényes.",
        "payment_terms": "Fizetési feltételek", "delivery_terms": "Szállítási feltételek",
        "signature": "Aláírás", "for_company": "{name} részéről", "accepted": "Az ajánlatot elfogadom",
        "page": "{page}. oldal / {pages}", "vat_summary": "ÁFA-összesítő",
    },
    "ru": {
        "title": "Коммерческое предложение", "number": "Номер предложения", "date": "Дата",
        "valid_until": "Действительно до", "client": "Для", "tax_number": "ИНН", "bank_account": "Банковский счёт",
        "contact": "Контактное лицо", "sku": "Артикул", "name": "Наименование", "quantity": "Кол-во",
        "unit": "Ед.", "unit_price": "Цена", "discount": "Скидка", "net": "Сумма без НДС",
        "vat_rate": "Ставка НДС", "vat": "НДС", "gross": "Всего", "net_total": "Итого без НДС",
        "vat_total": "НДС", "gross_total": "Всего к оплате", "in_words": "Прописью",
        "validity": "Предложение действительно до {date}.", "payment_terms": "Условия оплаты",
        "delivery_terms": "Условия поставки", "signature": "Подпись", "for_company": "От {name}",
        "accepted": "Принято клиентом", "page": "Страница {page} из {pages}", "vat_summary": "НДС по ставкам",
    },
}
NUMBER_COLUMNS = (2, 4, 5, 6)  # quantity, unit price, discount, net: right-aligned
SKU_FITS = 12  # characters of a SKU that fit its column on one line; a longer one wraps
LINE_MINIMUMS = (21, 0, 14, 14, 24, 15, 27)  # mm: SKU, name (gets the rest), quantity ... net
FITTED_LINE_COLUMNS = (2, 3, 4, 5, 6)  # as wide as their widest value; the SKU and the name wrap instead
UNIT_MOST_MM = 22  # a unit is free text: beyond this it wraps, so the name keeps its room
VAT_MINIMUMS = (20, 22, 20, 22)  # mm: rate, net, VAT, gross
CELL_SIZE = 8  # points: the tables' headers (bold) and cells, the labels of the number and dates
TOTAL_SIZE = 10.5  # points: the gross total (bold)


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def fitted_widths(heads: list[str], rows: list[list[str]], minimums: tuple[float, ...], padding: float,
                  fitted: tuple[int, ...]) -> list[float]:
    """Column widths in points: every header (bold) on one line, and a `fitted` column's every cell too.

    `minimums` are in mm; `padding` is the cell padding a side. Measured with the embedded font.
    """
    from reportlab.lib.units import mm

    widths = []
    for n, minimum in enumerate(minimums):
        need = text_width(heads[n], bold=True)
        if n in fitted:
            need = max([need] + [text_width(row[n]) for row in rows])
        widths.append(max(minimum * mm, need + 2 * padding + 1))  # a point spare: reportlab wraps at equality
    return widths


def text_width(text: str, bold: bool = False, size: float = CELL_SIZE) -> float:
    """How wide `text` prints in the documents' font, in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return stringWidth(text, BOLD if bold else FONT, size)


def line_columns(heads: list[str], rows: list[list[str]], width: float) -> list[float]:
    """The line table's columns: the numbers fit their header and values, the unit too up to UNIT_MOST_MM
    (a longer unit wraps), and the name takes the rest."""
    from reportlab.lib.units import mm

    columns = fitted_widths(heads, rows, LINE_MINIMUMS, 3, FITTED_LINE_COLUMNS)
    columns[3] = min(columns[3], max(UNIT_MOST_MM * mm, text_width(heads[3], bold=True) + 7))
    columns[1] = width - sum(columns) + columns[1]
    return columns


def unit_wraps(unit: str) -> bool:
    """A unit wider than its column's most (a free text such as 'karton (12 × 0,75 l)') is printed wrapping."""
    from reportlab.lib.units import mm

    return text_width(unit) + 7 > UNIT_MOST_MM * mm


def vat_columns(heads: list[str], rows: list[list[str]]) -> list[float]:
    """The VAT breakdown's columns, each as wide as its header and values."""
    return fitted_widths(heads, rows, VAT_MINIMUMS, 2, (0, 1, 2, 3))


def totals_columns(labels: list[str], amounts: list[str], room: float) -> list[float] | None:
    """Labels and amounts of the net, VAT and gross totals in `room` points, each on one line (measured
    at the gross total's bold size); None when they do not fit (beside the VAT breakdown: then under it)."""
    amount = max(text_width(text, bold=True, size=TOTAL_SIZE) for text in amounts) + 10  # padding 6 + 3
    label = max(text_width(text, bold=True, size=TOTAL_SIZE) for text in labels) + 10
    if label + amount > room:
        return None
    return [room - amount, amount]


def facts_columns(labels: list[str]) -> list[float]:
    """The offer's number and dates beside the title: labels on one line, the values the rest of 77 mm."""
    from reportlab.lib.units import mm

    label = max([32 * mm] + [text_width(text) + 7 for text in labels])  # the cell's right padding is 6 points
    return [label, 77 * mm - label]


def check_offer(data: OfferData) -> None:
    """What both documents refuse to print."""
    if not data.lines:
        raise ValidationError(Message("The offer has no lines."), field="lines")


def write_offer_pdf(path: str | Path, data: OfferData) -> None:
    """Write the offer as an A4 PDF; the file appears complete or not at all.

    An offer without lines, or a logo that is not a readable image, raises `ValidationError`
    (field "lines" or "logo") and writes nothing.
    """
    write_atomically(Path(path), offer_pdf_bytes(data))


def offer_pdf_bytes(data: OfferData) -> bytes:
    """The offer's PDF in memory (the print preview's: no copy of it is left on the disk)."""
    check_offer(data)
    return _render(data, readable_logo(data.company.logo))


# ---------------------------------------------------------------- layout

class Styles:
    """The paragraph styles of the offer and the documents with its look, made once a document (reportlab
    imported here)."""

    def __init__(self):
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        ink = colors.HexColor(INK)
        self.normal = ParagraphStyle("normal", fontName=FONT, fontSize=9, leading=11.5, textColor=ink)
        self.small = ParagraphStyle("small", parent=self.normal, fontSize=8, leading=10,
                                    textColor=colors.HexColor(MUTED))
        self.cell = ParagraphStyle("cell", parent=self.normal, fontSize=8, leading=10)
        self.bold = ParagraphStyle("bold", parent=self.normal, fontName=BOLD)
        self.title = ParagraphStyle("title", parent=self.normal, fontName=BOLD, fontSize=16, leading=20)
        self.company = ParagraphStyle("company", parent=self.bold, fontSize=12, leading=15)
        self.right = ParagraphStyle("right", parent=self.normal, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=BOLD)
        self.head_right = ParagraphStyle("headr", parent=self.head, alignment=TA_RIGHT)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.total = ParagraphStyle("total", parent=self.right, fontName=BOLD, fontSize=TOTAL_SIZE,
                                    leading=13)

    def p(self, text: str, style=None):
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text), style or self.normal)


def line_table(data, s: Styles, t: dict[str, str], width: float, name=lambda line: line.name):
    """The line table of `data` (an offer or an order confirmation): SKU, product (`name` of a line), quantity,
    unit, unit price, discount, net; its header repeats on every page and its rows are never split."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    lang, cur = data.language, data.currency
    heads = [t["sku"], t["name"], t["quantity"], t["unit"], t["unit_price"], t["discount"], t["net"]]
    rows = [[s.p(h, s.head_right if n in NUMBER_COLUMNS else s.head) for n, h in enumerate(heads)]]
    values = [[line.sku, name(line), format_number(line.quantity, lang), line.unit,
               format_unit_price(line.unit_price, cur, lang),
               format_percent(line.discount_percent, lang) if line.discount_percent else "",
               format_money(line.net_amount, cur, lang)] for line in data.lines]
    for value in values:  # only the texts that may wrap are Paragraphs: plain cells are drawn far faster
        rows.append([s.p(value[0], s.cell) if len(value[0]) > SKU_FITS else value[0],
                     s.p(value[1], s.cell), value[2],
                     s.p(value[3], s.cell) if unit_wraps(value[3]) else value[3], *value[4:]])
    table = Table(rows, colWidths=line_columns(heads, values, width), repeatRows=1, splitInRow=0)
    ink = colors.HexColor(INK)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 1), (-1, -1), 8), ("LEADING", (0, 1), (-1, -1), 10),
        ("TEXTCOLOR", (0, 1), (-1, -1), ink), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("ALIGN", (n, 1), (n, -1), "RIGHT") for n in NUMBER_COLUMNS],
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ink), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return table


def summary(data, s: Styles, t: dict[str, str], width: float):
    """The VAT breakdown per rate of `data` (an offer or an order confirmation) with the net, VAT and gross totals
    beside it (under it when they do not fit)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    lang, cur, ink = data.language, data.currency, colors.HexColor(INK)
    vat_heads = [t["vat_rate"], t["net"], t["vat"], t["gross"]]
    vat_values = [[format_percent(rate, lang), *(format_money(amount, cur, lang) for amount in (net, vat, net + vat))]
                  for rate, (net, vat) in sorted(data.vat_by_rate.items())]
    vat_rows = [[s.p(h, s.head_right if n else s.head) for n, h in enumerate(vat_heads)]]
    vat_rows += [[s.p(value, s.cell_right if n else s.cell) for n, value in enumerate(row)] for row in vat_values]
    vat_widths = vat_columns(vat_heads, vat_values)
    vat_table = Table(vat_rows, colWidths=vat_widths)
    vat_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("LINEBELOW", (0, 0), (-1, 0), 0.6, ink),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    labels = [t["net_total"], t["vat_total"], t["gross_total"]]
    amounts = [format_money(amount, cur, lang) for amount in (data.net_total, data.vat_total, data.gross_total)]
    beside = totals_columns(labels, amounts, width - sum(vat_widths))
    totals = Table([[s.p(labels[0], s.right), s.p(amounts[0], s.right)],
                    [s.p(labels[1], s.right), s.p(amounts[1], s.right)],
                    [s.p(labels[2], s.total), s.p(amounts[2], s.total)]],
                   colWidths=beside or totals_columns(labels, amounts, width))
    totals.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("LINEABOVE", (0, 2), (-1, 2), 0.8, ink),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    vat_block = [s.p(t["vat_summary"], s.small), vat_table]
    summary = (Table([[vat_block, totals]], colWidths=[sum(vat_widths), width - sum(vat_widths)]) if beside
               else Table([[vat_block], [totals]], colWidths=[width]))
    summary.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return summary


def company_header(company: OfferParty, s: Styles, t: dict[str, str], width: float, logo):
    """The letterhead: `logo` on the left, the company's name, address, tax number and bank account beside it."""
    details = [s.p(company.name, s.company)] + [s.p(line, s.small) for line in company.address_lines]
    if company.tax_number:
        details.append(s.p(f"{t['tax_number']}: {company.tax_number}", s.small))
    if company.bank_account:
        details.append(s.p(f"{t['bank_account']}: {company.bank_account}", s.small))
    return letterhead(details, width, logo, company.logo, logo_height_mm=22)


def parties(client: OfferParty, facts: list[tuple[str, object]], s: Styles, t: dict[str, str], width: float):
    """The client on the left; on the right the title over the document's number and dates (`facts`: each a
    label and the value's paragraph)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    cells = [s.p(t["client"], s.small), s.p(client.name, s.bold)] + [s.p(line) for line in client.address_lines]
    if client.tax_number:
        cells.append(s.p(f"{t['tax_number']}: {client.tax_number}"))
    if client.contact_name:
        cells.append(s.p(f"{t['contact']}: {client.contact_name}"))
    table = Table([[s.p(label, s.small), value] for label, value in facts],
                  colWidths=facts_columns([label for label, _ in facts]))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    block = Table([[cells, [s.p(t["title"], s.title), Spacer(1, 3), table]]], colWidths=[width - 80 * mm, 80 * mm])
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return block


def manager_signature(data, s: Styles, t: dict[str, str]) -> list:
    """The manager's signature for the company (`data`: an offer or an order confirmation): a line to sign
    on, the manager's name (or "Signature") and e-mail."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    manager = [s.p(t["for_company"].format(name=data.company.name), s.small), Spacer(1, 12 * mm),
               s.p("_" * 34), s.p(data.manager_name or t["signature"])]
    if data.manager_email:
        manager.append(s.p(data.manager_email, s.small))
    return manager


def _render(data: OfferData, logo) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    register_fonts()
    t = texts(data.language)
    lang, cur = data.language, data.currency
    s = Styles()
    p, small, bold = s.p, s.small, s.bold

    width = A4[0] - 36 * mm - 12  # the frame's own padding is 6 points a side
    story: list = []

    story += [company_header(data.company, s, t, width, logo), Spacer(1, 6 * mm)]
    facts = [(t["number"], p(data.number, bold)), (t["date"], p(format_date(data.offer_date, lang))),
             (t["valid_until"], p(format_date(data.valid_until, lang)))]
    story += [parties(data.client, facts, s, t, width), Spacer(1, 6 * mm)]
    if data.introduction:
        story += [p(data.introduction), Spacer(1, 4 * mm)]

    story += [line_table(data, s, t, width), Spacer(1, 5 * mm)]
    words = amount_in_words(data.gross_total, cur, lang)
    story.append(KeepTogether([summary(data, s, t, width), Spacer(1, 3 * mm), p(f"{t['in_words']}: {words}")]))
    story.append(Spacer(1, 5 * mm))

    # validity, terms, closing, signatures
    tail = [p(t["validity"].format(date=format_date(data.valid_until, lang)), bold), Spacer(1, 2 * mm)]
    for key, text in (("payment_terms", data.payment_terms), ("delivery_terms", data.delivery_terms)):
        if text:
            tail.append(p(f"{t[key]}: {text}"))
    if data.closing:
        tail += [Spacer(1, 3 * mm), p(data.closing)]
    manager = manager_signature(data, s, t)
    accepted = [p(t["accepted"], small), Spacer(1, 12 * mm), p("_" * 34), p(t["signature"])]
    signatures = Table([[manager, accepted]], colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    tail += [Spacer(1, 8 * mm), signatures]
    story.append(KeepTogether(tail))

    return a4_pdf(story, footer=f"{data.company.name} · {data.number}", page=t["page"],
                  title=f"{t['title']} {data.number}", author=data.company.name, side_mm=18, bottom_mm=18)

