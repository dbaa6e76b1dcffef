"""An order confirmation as an A4 PDF (`OrderConfirmationData` in, bytes or a file out; no database, no Qt).

It has the offer's look (`offer_pdf`: the letterhead, the client block with the number and dates beside
the title, the line table whose header repeats on every page, the VAT breakdown, the totals and the gross
total in words) and says what an order confirms: the order and delivery dates, the delivery address, the
free units of a "buy N get M" promotion beside their line, the payment terms, the order's notes and the
manager's signature. The fixed texts come in English, Hungarian and Russian (`TEXTS`, over the offer's).
reportlab is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kamdesk.core.documents import offer_pdf
from kamdesk.core.documents.amount_words import amount_in_words
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import format_date, format_number
from kamdesk.core.documents.offer_data import OfferLineData, OfferParty
from kamdesk.core.documents.pdf_common import FONT, a4_pdf, letterhead, readable_logo, register_fonts
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message

TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Order confirmation", "number": "Order number", "date": "Order date",
           "delivery_date": "Delivery date", "client": "Customer", "delivery_address": "Delivery address",
           "free": "+ {quantity} {unit} free", "introduction": "Thank you for your order. We confirm it as follows:",
           "notes": "Notes", "closing": "Please check the confirmation and let us know at once if anything differs "
                                        "from your order."},
    "hu": {"title": "Rendelés-visszaigazolás", "number": "Rendelésszám", "date": "Rendelés kelte",
           "delivery_date": "Szállítás napja", "client": "Megrendelő", "delivery_address": "Szállítási cím",
           "free": "+ {quantity} {unit} ingyenes", "introduction": "Köszönjük megrendelését, amelyet az alábbiak "
                                                                   "szerint visszaigazolunk:",
           "notes": "Megjegyzés", "closing": "Kérjük, ellenőrizze a visszaigazolást, és eltérés esetén azonnal "
                                             "jelezze nekünk."},
    "ru": {"title": "Подтверждение заказа", "number": "Номер заказа", "date": "Дата заказа",
           "delivery_date": "Дата поставки", "client": "Заказчик", "delivery_address": "Адрес доставки",
           "free": "+ {quantity} {unit} бесплатно", "introduction": "Благодарим за заказ. Подтверждаем его на "
                                                                    "следующих условиях:",
           "notes": "Примечание", "closing": "Пожалуйста, проверьте подтверждение и сразу сообщите нам, если "
                                             "что-либо отличается от Вашего заказа."},
}


@dataclass
class OrderLineData(OfferLineData):
    """One line of the order: the offer's line and the free units delivered on top."""

    free_quantity: Decimal = Decimal(0)


@dataclass
class OrderConfirmationData:
    """Everything the confirmation says; amounts are the order's stored ones (the document never re-prices)."""

    company: OfferParty
    client: OfferParty  # with the order's contact person
    number: str  # "ORD-2026-00042"
    order_date: dt.date
    delivery_date: dt.date | None
    language: str  # "en", "hu" or "ru"
    currency: str
    lines: list[OrderLineData]
    vat_by_rate: dict[Decimal, tuple[Decimal, Decimal]]  # rate % → (net, VAT)
    net_total: Decimal
    vat_total: Decimal
    gross_total: Decimal
    delivery_address: list[str] = field(default_factory=list)
    payment_terms: str = ""
    notes: str = ""
    manager_name: str = ""
    manager_email: str = ""


def texts(language: str) -> dict[str, str]:
    """The offer's words with the confirmation's own over them, in `language` (English for another)."""
    return {**offer_pdf.texts(language), **TEXTS.get(language, TEXTS["en"])}


def order_confirmation_pdf_bytes(data: OrderConfirmationData) -> bytes:
    """The confirmation's PDF in memory. An order without lines, or a logo that is not a readable image,
    raises `ValidationError` (field "lines" or "logo")."""
    if not data.lines:
        raise ValidationError(Message("The order has no lines."), field="lines")
    return _render(data, readable_logo(data.company.logo))


def write_order_confirmation_pdf(path: str | Path, data: OrderConfirmationData) -> None:
    """Write the confirmation as an A4 PDF; the file appears complete or not at all."""
    write_atomically(Path(path), order_confirmation_pdf_bytes(data))


# ---------------------------------------------------------------- layout

def _render(data: OrderConfirmationData, logo) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    register_fonts()
    s, t = offer_pdf.Styles(), texts(data.language)
    width = A4[0] - 36 * mm - 12  # the frame's own padding is 6 points a side
    facts = [(t["number"], s.p(data.number, s.bold)), (t["date"], s.p(format_date(data.order_date, data.language)))]
    if data.delivery_date:
        facts.append((t["delivery_date"], s.p(format_date(data.delivery_date, data.language))))
    story = [offer_pdf.company_header(data.company, s, t, width, logo), Spacer(1, 6 * mm),
             offer_pdf.parties(data.client, facts, s, t, width), Spacer(1, 4 * mm)]
    if data.delivery_address:
        story += [s.p(f"{t['delivery_address']}: {', '.join(data.delivery_address)}"), Spacer(1, 3 * mm)]
    lines = offer_pdf.line_table(data, s, t, width, lambda line: _line_name(line, t, data.language))
    story += [s.p(t["introduction"]), Spacer(1, 4 * mm), lines, Spacer(1, 5 * mm)]
    words = amount_in_words(data.gross_total, data.currency, data.language)
    totals = [offer_pdf.summary(data, s, t, width), Spacer(1, 3 * mm), s.p(f"{t['in_words']}: {words}")]
    story += [KeepTogether(totals), Spacer(1, 5 * mm), KeepTogether(_tail(data, s, t, width))]
    return a4_pdf(story, footer=f"{data.company.name} · {data.number}", page=t["page"],
                  title=f"{t['title']} {data.number}", author=data.company.name, side_mm=18, bottom_mm=18)


def _line_name(line: OrderLineData, t: dict[str, str], language: str) -> str:
    if not line.free_quantity:
        return line.name
    free = t["free"].format(quantity=format_number(line.free_quantity, language), unit=line.unit)
    return f"{line.name}\n{free}"


def _tail(data: OrderConfirmationData, s: offer_pdf.Styles, t: dict[str, str], width: float) -> list:
    """Payment terms, notes, the closing request and the manager's signature for the company."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    tail = []
    if data.payment_terms:
        tail.append(s.p(f"{t['payment_terms']}: {data.payment_terms}"))
    if data.notes:
        tail.append(s.p(f"{t['notes']}: {data.notes}"))
    tail += [Spacer(1, 3 * mm), s.p(t["closing"])]
    signature = Table([[offer_pdf.manager_signature(data, s, t), ""]], colWidths=[width / 2, width / 2])
    signature.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [*tail, Spacer(1, 8 * mm), signature]
