"""An order's confirmation: what `documents.order_confirmation_pdf` prints, read from the order.

Only a sold order (confirmed, shipped or delivered) has a confirmation: a draft may still change and a
cancelled order confirms nothing. It prints in the client's language (`offer.client_language`: that of
its newest offer or contract, else its country's), with the order's stored lines and totals.
"""

from __future__ import annotations

from kamdesk.core.documents.offer_data import OfferParty
from kamdesk.core.documents.order_confirmation_pdf import (
    OrderConfirmationData,
    OrderLineData,
    order_confirmation_pdf_bytes,
)
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message, state_word
from kamdesk.core.models import Order
from kamdesk.core.services import document_lines, sale
from kamdesk.core.services.catalogue_read import unit_name
from kamdesk.core.services.company import get_company
from kamdesk.core.services.offer import PAYMENT_TERMS_TEXT, address_lines, client_language
from kamdesk.core.services.sale_workflow import is_sold


def confirmation_data(order_id: int, language: str | None = None) -> OrderConfirmationData:
    """The confirmation of order `order_id` in `language` (default: the client's); refused (ValidationError,
    field "state") for a draft or cancelled order."""
    order = sale.get_order(order_id)
    _check_sold(order)
    client = order.client
    language = language or client_language(client)
    company = get_company()
    home = company.country if company else ""
    lines = sale.order_lines(order.id)
    return OrderConfirmationData(
        company=_company(company), number=order.number, order_date=order.order_date,
        client=OfferParty(name=client.name, tax_number=client.tax_number or "",
                          address_lines=address_lines(client.legal_street, client.legal_postcode, client.legal_city,
                                                      client.legal_country, home),
                          contact_name=order.contact.name if order.contact_id else ""),
        delivery_date=order.delivery_date, language=language, currency=order.currency,
        lines=[OrderLineData(sku=line.sku, name=line.name, quantity=line.quantity,
                             unit=unit_name(line.unit, language), unit_price=line.unit_price,
                             discount_percent=line.discount_percent, net_amount=line.net_amount,
                             vat_rate=line.vat_rate, free_quantity=line.free_quantity) for line in lines],
        vat_by_rate=document_lines.stored_totals(lines, order.currency).vat_by_rate, net_total=order.net_total,
        vat_total=order.vat_total, gross_total=order.gross_total,
        delivery_address=[text.strip() for text in order.delivery_address.splitlines() if text.strip()],
        payment_terms=_payment_terms(order.payment_terms_days, language), notes=order.notes.strip(),
        manager_name=order.manager.name, manager_email=order.manager.email)


def confirmation_pdf(order_id: int, language: str | None = None) -> bytes:
    """The confirmation's PDF in memory."""
    return order_confirmation_pdf_bytes(confirmation_data(order_id, language))


def _check_sold(order: Order) -> None:
    if not is_sold(order.state):
        raise ValidationError({"state": Message("Order {number} is {state}: only a confirmed order has a "
                                                "confirmation.", number=order.number, state=state_word(order.state))})


def _company(company) -> OfferParty:
    if company is None:
        return OfferParty(name="")
    return OfferParty(name=company.name, tax_number=company.tax_number, bank_account=company.bank_account,
                      address_lines=address_lines(company.street, company.postcode, company.city, "", company.country),
                      logo=bytes(company.logo) if company.logo else None)


def _payment_terms(days: int, language: str) -> str:
    """"30 days net, by bank transfer" in `language`; nothing for an order paid in advance (0 days)."""
    return PAYMENT_TERMS_TEXT.get(language, PAYMENT_TERMS_TEXT["en"]).format(days=days) if days else ""
