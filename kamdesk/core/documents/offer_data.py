"""A commercial offer as plain data: what the PDF and the Excel offer print (no database, no Qt).

The services layer (`offer_document_data`) fills these from the database; the
documents only format and lay them out. All money is `Decimal` in the offer's
currency, already priced and rounded exactly as the order/offer totals are
(the documents never re-price). Percentages are in percent: `Decimal("10")`
is 10 %, a VAT rate of 27 % is `Decimal("27")`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class OfferParty:
    """The company (seller) or the client (buyer) as printed."""

    name: str
    address_lines: list[str] = field(default_factory=list)  # street, "1051 Budapest", country ...
    tax_number: str = ""
    bank_account: str = ""  # the company's; empty for the client
    contact_name: str = ""  # the client's contact person; empty for the company
    logo: bytes | None = None  # the company's logo (PNG/JPEG bytes); None for no logo


@dataclass
class OfferLineData:
    """One line of the offer."""

    sku: str
    name: str
    quantity: Decimal
    unit: str  # "pcs", "db", "шт", "kg" ...
    unit_price: Decimal  # net unit price after the client's column and promotions, before the line discount
    discount_percent: Decimal  # the line discount in percent (0 for none)
    net_amount: Decimal  # quantity × unit price × (1 − discount/100), rounded to the currency's minor unit
    vat_rate: Decimal  # percent, e.g. Decimal("27")


@dataclass
class OfferData:
    """Everything an offer document says; texts (introduction, terms ...) already in the document's language."""

    company: OfferParty
    client: OfferParty
    number: str  # "OF-2026-0007"
    offer_date: dt.date
    valid_until: dt.date
    language: str  # "en", "hu" or "ru": the fixed texts, money and date formats
    currency: str  # ISO code, "HUF", "EUR", "RUB" ...
    lines: list[OfferLineData]
    vat_by_rate: dict[Decimal, tuple[Decimal, Decimal]]  # rate % → (net, VAT), as the totals computed them
    net_total: Decimal
    vat_total: Decimal
    gross_total: Decimal
    payment_terms: str = ""
    delivery_terms: str = ""
    introduction: str = ""
    closing: str = ""
    manager_name: str = ""
    manager_email: str = ""
