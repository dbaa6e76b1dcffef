"""The reconciliation statement as an A4 PDF (reportlab; `StatementData` in, file out).

Layout: the company's letterhead, the title and period, the two parties side by side, then per
currency a table of the opening balance, every movement (date; what it is with its number and what it
refers to; due date; debit, credit and the balance after it), the period's turnover and the closing balance, with
the closing balance said in a sentence; then the request to confirm and both signature blocks.
The footer names the company and the client and counts the pages.

A statement may run to thousands of lines, and reportlab's `Table` re-measures the rest of the
table at every page break (5,000 lines took 1.7 s). So the movements are a flowable of their own
(`rows_flowable`, built on `pdf_rows` as the reports' tables are): every cell is measured once, a long
reference wraps, and a page break is a bisection of the rows' running heights; the cells are drawn as
plain strings, the header repeated on each page. Text is set in the bundled DejaVu Sans, embedded as a subset.
"""

from __future__ import annotations

from functools import cache
from itertools import accumulate
from pathlib import Path

from kamdesk.core.documents import pdf_common, pdf_rows
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import format_date, format_money
from kamdesk.core.documents.pdf_common import BOLD, FONT, INK, MUTED
from kamdesk.core.documents.pdf_rows import SIZE
from kamdesk.core.documents.statement_data import Account, Movement, StatementData

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Statement of account", "period": "Period", "issued": "Date of issue",
        "between": "Between {company} and {client}", "company": "Supplier", "client": "Customer",
        "tax_number": "Tax number", "currency": "Currency",
        "date": "Date", "document": "Document", "due": "Due date",
        "debit": "Debit", "credit": "Credit", "balance": "Balance",
        "invoice": "Invoice", "credit_note": "Credit note", "payment": "Payment", "refund": "Refund",
        "refers_to": "to invoice {number}",
        "opening": "Opening balance", "turnover": "Turnover for the period", "closing": "Closing balance",
        "client_owes": "On {date} {client} owes {company} {amount}.",
        "company_owes": "On {date} {company} owes {client} {amount} (overpaid).",
        "settled": "On {date} neither party owes the other.",
        "request": "Please check this statement and return a signed copy, or tell us of any difference.",
        "for": "For {name}", "signature": "Signature", "name_title": "Name and position", "stamp": "Stamp",
        "page": "Page {page} of {pages}",
    },
    "hu": {
        "title": "Folyószámla-egyeztetés", "period": "Időszak", "issued": "Kelt",
        "between": "{company} és {client} között", "company": "Szállító", "client": "Vevő",
        "tax_number": "Adószám", "currency": "Pénznem",
        "date": "Dátum", "document": "Bizonylat", "due": "Esedékes",
        "debit": "Tartozik", "credit": "Követel", "balance": "Egyenleg",
        "invoice": "Számla", "credit_note": "Helyesbítő számla", "payment": "Befizetés", "refund": "Visszautalás",
        "refers_to": "eredeti számla: {number}",
        "opening": "Nyitó egyenleg", "turnover": "Az időszak forgalma", "closing": "Záró egyenleg",
        "client_owes": "{date} napon {client} tartozása {company} felé: {amount}.",
        "company_owes": "{date} napon {company} tartozása {client} felé: {amount} (túlfizetés).",
        "settled": "{date} napon egyik félnek sincs tartozása a másik felé.",
        "request": "Kérjük, az egyeztetőt ellenőrizzék, és aláírva küldjék vissza, vagy jelezzék az eltérést.",
        "for": "{name} részéről", "signature": "Aláírás", "name_title": "Név, beosztás", "stamp": "P. H.",
        "page": "{page}. oldal / {pages}",
    },
    "ru": {
        "title": "Акт сверки взаимных расчётов", "period": "Период", "issued": "Дата составления",
        "between": "между {company} и {client}", "company": "Поставщик", "client": "Покупатель",
        "tax_number": "ИНН", "currency": "Валюта",
        "date": "Дата", "document": "Документ", "due": "Срок оплаты",
        "debit": "Дебет", "credit": "Кредит", "balance": "Сальдо",
        "invoice": "Счёт-фактура", "credit_note": "Корректировка", "payment": "Оплата", "refund": "Возврат оплаты",
        "refers_to": "к счёту {number}",
        "opening": "Сальдо начальное", "turnover": "Обороты за период", "closing": "Сальдо конечное",
        "client_owes": "На {date} задолженность {client} перед {company} составляет {amount}.",
        "company_owes": "На {date} задолженность {company} перед {client} составляет {amount} (переплата).",
        "settled": "На {date} задолженность между сторонами отсутствует.",
        "request": "Просим проверить акт и вернуть подписанный экземпляр или сообщить о расхождениях.",
        "for": "От {name}", "signature": "Подпись", "name_title": "ФИО, должность", "stamp": "М. П.",
        "page": "Страница {page} из {pages}",
    },
}
HEADS = ("date", "document", "due", "debit", "credit", "balance")
RIGHT = (3, 4, 5)  # debit, credit, balance
MOVEMENT_SPANS = ((0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6))
SUMMARY_SPANS = ((0, 1), (1, 3), (3, 4), (4, 5), (5, 6))  # the label over the document and due date columns
LEADING, PAD = 10.0, 3.0  # points: line, cell padding on each side (the type: SIZE, 8)
HEAD_PAD = 4.0  # points above and below the header's text
MOST_LINES = 12  # of one cell
FOOTER_MOST = 100  # characters of the footer's names


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def write_statement_pdf(path: str | Path, data: StatementData) -> None:
    """Write the statement as an A4 PDF; the file appears complete or not at all.

    A company logo that is not a readable image raises `ValidationError` (field "logo") and writes nothing.
    """
    write_atomically(Path(path), statement_pdf_bytes(data))


def statement_pdf_bytes(data: StatementData) -> bytes:
    """The statement's PDF in memory."""
    pdf_common.register_fonts()
    t = texts(data.language)
    story = _heading(data, t, pdf_common.readable_logo(data.logo))
    for account in data.accounts:
        story += _account(data, account, t, several=len(data.accounts) > 1)
    story += _closing(data, t)
    footer = f"{data.company.name} · {t['title']} · {data.client.name}"
    if len(footer) > FOOTER_MOST:  # long names would run into the page number
        footer = footer[:FOOTER_MOST - 1] + "…"
    return pdf_common.a4_pdf(story, footer=footer, page=t["page"], title=f"{t['title']} — {data.client.name}",
                             author=data.company.name, side_mm=18, bottom_mm=18)


def balance_sentence(data: StatementData, account: Account, t: dict[str, str]) -> str:
    """Who owes whom how much at the end of the period, in the statement's words."""
    values = {"date": format_date(data.end, data.language), "client": data.client.name,
              "company": data.company.name,
              "amount": format_money(abs(account.closing), account.currency, data.language)}
    key = "client_owes" if account.closing > 0 else "company_owes" if account.closing < 0 else "settled"
    return t[key].format(**values)


def document_text(movement: Movement, t: dict[str, str]) -> str:
    """What the movement is, its number (a payment's bank reference) and what it refers to: a credit note's
    invoice, a payment's remark. "Számla SZ-2026-00012", "Befizetés K123 · SZ-2026-00012"."""
    detail = t["refers_to"].format(number=movement.detail) if (movement.kind == "credit_note"
                                                              and movement.detail) else movement.detail
    return " · ".join(text for text in (f"{t[movement.kind]} {movement.number}".strip(), detail) if text)


# ---------------------------------------------------------------- layout

@cache
def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    normal = ParagraphStyle("normal", fontName=FONT, fontSize=9, leading=11.5, textColor=colors.HexColor(INK))
    return {"normal": normal,
            "small": ParagraphStyle("small", parent=normal, fontSize=8, leading=10,
                                    textColor=colors.HexColor(MUTED)),
            "bold": ParagraphStyle("bold", parent=normal, fontName=BOLD),
            "title": ParagraphStyle("title", parent=normal, fontName=BOLD, fontSize=16, leading=20),
            "company": ParagraphStyle("company", parent=normal, fontName=BOLD, fontSize=12, leading=15)}


def _p(text: str, style: str = "normal"):
    """`text` as a paragraph in one of `_styles()`."""
    from reportlab.platypus import Paragraph

    return Paragraph(pdf_common.escape(text), _styles()[style])


def _side_by_side(left: list, right: list, width: float):
    """Two columns of paragraphs, half the width each, top-aligned, flush with the left margin."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return A4[0] - 36 * mm - 12  # the frame's own padding is 6 points a side


def _heading(data: StatementData, t: dict[str, str], logo) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    def party(label: str, who) -> list:
        lines = [_p(label, "small"), _p(who.name, "bold")] + [_p(line) for line in who.address_lines]
        return lines + ([_p(f"{t['tax_number']}: {who.tax_number}")] if who.tax_number else [])

    lang, width = data.language, _width()
    details = [_p(data.company.name, "company")] + [_p(line, "small") for line in data.company.address_lines]
    if data.company.tax_number:
        details.append(_p(f"{t['tax_number']}: {data.company.tax_number}", "small"))
    period = f"{format_date(data.start, lang)} – {format_date(data.end, lang)}"
    parties = _side_by_side(party(t["company"], data.company), party(t["client"], data.client), width)
    return [pdf_common.letterhead(details, width, logo, data.logo, logo_height_mm=18), Spacer(1, 5 * mm),
            _p(t["title"], "title"), Spacer(1, 2),
            _p(t["between"].format(company=data.company.name, client=data.client.name)),
            _p(f"{t['period']}: {period}   ·   {t['issued']}: {format_date(data.issued_on, lang)}", "small"),
            Spacer(1, 4 * mm), parties, Spacer(1, 5 * mm)]


def _account(data: StatementData, account: Account, t: dict[str, str], several: bool) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    lang, cur = data.language, account.currency

    def money(value) -> str:
        return format_money(value, cur, lang)

    rows = [(False, [format_date(data.opening_day, lang), t["opening"], "", "", money(account.opening)])]
    for m in account.movements:
        rows.append((False, [format_date(m.day, lang), document_text(m, t),
                             format_date(m.due_date, lang) if m.due_date else "",
                             money(m.debit) if m.debit or not m.credit else "", money(m.credit) if m.credit else "",
                             money(m.balance)]))
    rows.append((True, ["", t["turnover"], money(account.debit), money(account.credit), ""]))
    rows.append((True, [format_date(data.end, lang), t["closing"], "", "", money(account.closing)]))
    story = [_p(f"{t['currency']}: {cur}", "bold"), Spacer(1, 2)] if several else []
    return story + [rows_flowable([t[key] for key in HEADS], rows, _width()), Spacer(1, 3 * mm),
                    _p(balance_sentence(data, account, t), "bold"), Spacer(1, 6 * mm)]


def _closing(data: StatementData, t: dict[str, str]) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    def block(name: str, signatory: str) -> list:
        return [_p(t["for"].format(name=name), "bold"), Spacer(1, 12 * mm), _p("_" * 34), _p(t["signature"], "small"),
                Spacer(1, 5 * mm), _p(signatory or "_" * 34), _p(t["name_title"], "small"), Spacer(1, 5 * mm),
                _p("_" * 20), _p(t["date"], "small"), Spacer(1, 3 * mm), _p(t["stamp"], "small")]

    signatures = _side_by_side(block(data.company.name, data.company.signatory), block(data.client.name, ""),
                               _width())
    return [KeepTogether([_p(t["request"]), Spacer(1, 8 * mm), signatures])]


def rows_flowable(heads: list[str], rows: list[tuple[bool, list[str]]], width: float):
    """The statement's table as one fast flowable (see the module's doc). `rows`: (bold, cells); a movement
    has six cells, a summary row five (date, a label over the document and due date columns, debit, credit,
    balance)."""
    return pdf_rows.rows_flowable(_Layout(heads, rows, width))


class _Layout(pdf_rows.MeasuredRows):
    """Columns, measured cells and running heights of the statement's rows, and how to draw a slice.

    Every text is measured once (`_measure` keeps the widths: dates and words repeat); the document
    column takes what the others leave, and a text wider than its cell wraps there.
    """

    most_lines = MOST_LINES

    def __init__(self, heads: list[str], rows: list[tuple[bool, list[str]]], width: float):
        super().__init__()
        self.heads, self.width = heads, width
        self.widths = self._columns(rows)
        self.lefts = list(accumulate([0.0] + self.widths[:-1]))
        self.head_height = LEADING + 2 * HEAD_PAD
        self.cells = [self._cells(bold, values) for bold, values in rows]
        heights = [max(len(lines) for _, _, lines in cells) * LEADING + 2 * PAD for _, cells in self.cells]
        self.tops = list(accumulate([0.0] + heights))

    def _columns(self, rows) -> list[float]:
        need = [self._measure(head, True) + 2 * PAD + 1 for head in self.heads]
        for bold, values in rows:
            spans = MOVEMENT_SPANS if len(values) == len(MOVEMENT_SPANS) else SUMMARY_SPANS
            for (first, last), value in zip(spans, values, strict=True):
                if last == first + 1 and first != 1 and value:
                    need[first] = max(need[first], self._measure(value, bold) + 2 * PAD + 1)
        need[1] = self.width - sum(need) + need[1]
        return need

    def _cells(self, bold: bool, values: list[str]):
        """(x, width, lines) of each cell of a row, lines as (text, x offset): a text too wide wraps."""
        spans = MOVEMENT_SPANS if len(values) == len(MOVEMENT_SPANS) else SUMMARY_SPANS
        cells = []
        for (first, last), value in zip(spans, values, strict=True):
            x, room = self.lefts[first], sum(self.widths[first:last])
            if first in RIGHT:
                lines = ((value, room - PAD - self._measure(value, bold)),) if value else ()
            elif self._measure(value, bold) <= room - 2 * PAD:
                lines = ((value, PAD),) if value else ()
            else:
                lines = tuple((line, PAD) for line in self._wrapped(value, bold, room - 2 * PAD))
            cells.append((x, room, lines or (("", 0),)))
        return bold, cells

    def draw(self, canvas, first: int, last: int, height: float) -> None:
        """Rows `first`..`last` under the header: one text object and one path of rules for the whole slice."""
        text = self._begin_draw_heads(canvas, height, right=RIGHT, pad=PAD, head_pad=HEAD_PAD, leading=LEADING)
        top = height - self.head_height + self.tops[first]
        rules, font = [], True
        for index in range(first, last):
            bold, cells = self.cells[index]
            if bold != font:
                text.setFont(BOLD if bold else FONT, SIZE, LEADING)
                font = bold
            y = top - self.tops[index] - PAD - SIZE
            for x, _, lines in cells:
                self._write_lines(text, x, y, lines)
            bottom = top - self.tops[index + 1]
            rules.append((0, bottom, self.width, bottom))
        self._end_draw(canvas, text, rules)
