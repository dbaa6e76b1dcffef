"""A price list extract for one client: chosen categories (with their subcategories) or products, priced in the
client's price column (its own, else the default one), as `documents/price_list_pdf.PriceListData` and its PDF.

Active products without a price in that column are left out (the client cannot buy them at a price we know).
The document speaks the client's language (`offer.client_language`) unless told; its contact is the manager at the
desk, else the client's manager.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from kamdesk.core.documents.offer_data import OfferParty
from kamdesk.core.documents.price_list_pdf import PriceLine, PriceListData, price_list_pdf_bytes
from kamdesk.core.errors import NotFound
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Product
from kamdesk.core.money import round_to_currency
from kamdesk.core.services import catalogue, company
from kamdesk.core.services.catalogue_read import category_paths, unit_name
from kamdesk.core.services.offer import address_lines, client_language
from kamdesk.core.text_fold import fold

HUNDRED = Decimal(100)
CHUNK = 1000


def price_list_data(client_id: int, category_ids: Iterable[int] = (), product_ids: Iterable[int] = (),
                    day: dt.date | None = None, language: str | None = None) -> PriceListData:
    """The client's prices for the products of `category_ids` and the `product_ids` (every active product when
    both are empty), by category path and name."""
    client = Client.get_or_not_found(Client.id == client_id, Message("There is no client with id {id}.", id=client_id))
    language = language or client_language(client)
    currency = catalogue.currency()
    products = _products(set(category_ids), set(product_ids))
    column = catalogue.client_column(client)
    prices = _prices([p.id for p in products], column.id) if column else {}
    paths = category_paths()
    lines = sorted((_line(product, prices[product.id], paths, language, currency)
                    for product in products if product.id in prices),
                   key=lambda line: (line.category == "", fold(line.category), fold(line.name), line.sku))
    seller, buyer, logo = _parties(client)
    manager = company.current_manager() or client.manager
    return PriceListData(company=seller, client=buyer, day=day or dt.date.today(), language=language,
                         currency=currency, lines=lines, manager_name=manager.name if manager else "",
                         manager_email=manager.email if manager else "", logo=logo)


def price_list_pdf(client_id: int, category_ids: Iterable[int] = (), product_ids: Iterable[int] = (),
                   day: dt.date | None = None, language: str | None = None) -> bytes:
    """The price list extract's PDF in memory (ValidationError "products" when nothing chosen has a price)."""
    return price_list_pdf_bytes(price_list_data(client_id, category_ids, product_ids, day, language))


def categories() -> list[tuple[int, str]]:
    """Every category as (id, "Food / Dairy"), by path: what a price list can be chosen by."""
    return sorted(category_paths().items(), key=lambda item: fold(item[1]))


def category_named(path: str) -> int:
    """The id of the category a command line names by its path ("Food / Dairy"), accents and case aside."""
    wanted = fold(" / ".join(part.strip() for part in path.split("/")))
    for category_id, text in categories():
        if fold(text) == wanted:
            return category_id
    shown = path if len(path) <= 60 else path[:60] + "…"
    raise NotFound(Message("There is no category “{path}”.", path=shown))


def _prices(product_ids: list[int], column_id: int) -> dict[int, Decimal]:
    """The column's prices, asked a bounded number of products at a time (a whole catalogue is many)."""
    prices: dict[int, Decimal] = {}
    for start in range(0, len(product_ids), CHUNK):
        prices.update(catalogue.column_prices(product_ids[start:start + CHUNK], column_id))
    return prices


def _products(category_ids: set[int], product_ids: set[int]) -> list[Product]:
    query = Product.select().where(Product.active == True)  # noqa: E712 (peewee expression)
    if not category_ids and not product_ids:
        return list(query)
    wanted = set()
    for category_id in category_ids:
        wanted |= catalogue.category_and_descendants(category_id)
    chosen = Product.category.in_(list(wanted)) if wanted else None
    if product_ids:
        by_id = Product.id.in_(list(product_ids))
        chosen = by_id if chosen is None else (chosen | by_id)
    return list(query.where(chosen))


def _line(product: Product, net: Decimal, paths: dict[int, str], language: str, currency: str) -> PriceLine:
    rate = product.vat_rate
    return PriceLine(category=paths.get(product.category_id, ""), sku=product.sku, name=product.name,
                     unit=unit_name(product.unit, language), net_price=net, vat_rate=rate,
                     gross_price=round_to_currency(net * (HUNDRED + rate) / HUNDRED, currency))


def _parties(client: Client) -> tuple[OfferParty, OfferParty, bytes | None]:
    """The company and the client as the offer prints them, and the company's logo."""
    own = company.get_company()
    home = own.country if own else ""
    logo = bytes(own.logo) if own and own.logo else None
    seller = OfferParty(name=own.name if own else "", tax_number=own.tax_number if own else "",
                        address_lines=address_lines(own.street, own.postcode, own.city, "", home) if own else [],
                        bank_account=own.bank_account if own else "")
    buyer = OfferParty(name=client.name, tax_number=client.tax_number or "",
                       address_lines=address_lines(client.legal_street, client.legal_postcode, client.legal_city,
                                                   client.legal_country, home))
    return seller, buyer, logo
