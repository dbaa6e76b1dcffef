"""Small builders of test data: each goes through the services, as the application would.

Tests and fixtures call them with the few values their check depends on; everything else has a plain default.
"""

import datetime as dt
from decimal import Decimal

from kamdesk.core.services import catalogue, party, sale
from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offer_service

# The own company's details a contract or an offer prints.
COMPANY_DETAILS = {"tax_number": "12892312-2-42", "registration_number": "01-09-123456",
                   "bank_account": "11773016-11111018", "street": "Váci út 1.", "postcode": "1132"}

# The Őrség spice shop that signs contracts.
ORSEG = {"name": "Őrség Fűszer Kft.", "legal_city": "Szőce", "legal_postcode": "9935",
         "legal_street": "Fő út 12.", "registration_number": "18-09-100200", "payment_terms_days": 15}
ORSEG_CONTACT = {"name": "Čapek Jiří", "position": "ügyvezető", "is_primary": True, "email": "capek@orseg.hu"}


def manager(name: str = "Nagy Péter", **values):
    """A manager of the own company."""
    return company_service.save_manager({"name": name, **values})


def head_of_department(name: str = "Tóth Zoltán", **values):
    """A head of department: approves discounts and credit above the limit."""
    return manager(name, role="head", **values)


def client(name: str = "Kovács Kft.", contacts: list[dict] | None = None, **values):
    """A client (with its contacts, when given)."""
    return party.save_client({"name": name, **values}, contacts)


def price_columns(percent: str = "-10", listing: str = "Listaár", wholesale: str = "Nagyker",
                  default: bool = True):
    """A stored list-price column (the default one unless told) and a wholesale column `percent` below it."""
    stored = catalogue.save_price_column(listing, is_default=default)
    return stored, catalogue.save_price_column(wholesale, base_id=stored.id, percent=percent)


def product(sku: str, name: str, price=None, column=None, **values):
    """A product; with `price`, its price in `column`."""
    saved = catalogue.save_product({"sku": sku, "name": name, **values})
    if price is not None:
        catalogue.set_price(saved.id, column.id, Decimal(price))
    return saved


def listed_milk(price: str = "399"):
    """Milk (TEJ-1, 18 % VAT) at `price` in a new default list-price column, Listaár."""
    column = catalogue.save_price_column("Listaár", is_default=True)
    return product("TEJ-1", "Tej 1 l", price, column, vat_rate=18)


def lines(*items) -> list[sale.LineRequest]:
    """Line requests from (product, quantity, discount percent) triples."""
    return [sale.LineRequest(p.id, Decimal(quantity), Decimal(discount)) for p, quantity, discount in items]


def order(client_id: int, day: dt.date | None, *items, confirm: bool = False, **values):
    """An order of (product, quantity, discount) lines; confirmed when told."""
    saved = sale.save_order({"client_id": client_id, "order_date": day, **values}, lines(*items))
    return sale.confirm_order(saved.id) if confirm else saved


def offer(client_id: int, day: dt.date | None, *items, **values):
    """An offer of (product, quantity, discount) lines."""
    return offer_service.save_offer({"client_id": client_id, "offer_date": day, **values}, lines(*items))


def company_details(**values):
    """The own company's tax and registration numbers, bank account and address, as contracts need them."""
    return company_service.save_company({**COMPANY_DETAILS, **values})


def contract_client(contact: dict | None = None, **values):
    """The Őrség spice shop with its managing director, under a default wholesale price column."""
    catalogue.save_price_column("Nagykereskedelmi", is_default=True)
    return client(contacts=[{**ORSEG_CONTACT, **(contact or {})}], **{**ORSEG, **values})


def shop(**client_values) -> dict:
    """A head of department, milk and bread at list price, and a client buying at 10 % below it.

    `client_values` are the client's own fields besides its name, city and street.
    """
    head = head_of_department()
    listing, wholesale = price_columns()
    milk = product("TEJ-1", "Tej 1 l", "399", listing, vat_rate=18, category="Élelmiszer / Tejtermék")
    bread = product("KEN-2", "Kenyér", "1249.50", listing, vat_rate=5, category="Élelmiszer / Pékáru")
    buyer = client("Kovács Kft.", legal_city="Győr", legal_street="Fő utca 1.", price_column=wholesale.id,
                   **client_values)
    return {"head": head, "milk": milk, "bread": bread, "client": buyer, "listing": listing}


DAIRY = (("TEJ-001", "Tej 2,8% 1 l", "db", 18, "300"), ("TEJ-002", "Kefir 0,5 l", "db", 18, "437"),
         ("SAJT-010", "Trappista sajt", "kg", 18, "2890"), ("VAJ-250", "Vaj 250 g", "db", 18, "890"),
         ("JOG-150", "Joghurt natúr 150 g", "db", 18, "199"), ("TF-330", "Tejföl 20% 330 g", "db", 27, "619"))


def dairy_shop() -> dict:
    """A list column and a wholesale column 10 % below it, six dairy products, two promotions, two clients.

    The first client, Kovács, buys at the wholesale column.
    """
    today = dt.date.today()
    listing, wholesale = price_columns(listing="Lista", default=False)
    products = {sku: product(sku, name, price, listing, unit=unit, vat_rate=vat, category="Élelmiszer / Tejtermék")
                for sku, name, unit, vat, price in DAIRY}
    month = {"starts_on": today, "ends_on": today + dt.timedelta(days=30)}
    catalogue.save_promotion({"name": "Tejakció", **month, "kind": "percent", "percent": 10},
                             product_ids=[products["TEJ-001"].id])
    catalogue.save_promotion({"name": "Vajas hét", **month, "kind": "bundle", "buy_quantity": 10, "free_quantity": 1},
                             product_ids=[products["VAJ-250"].id])
    kovacs = client("Kovács és Társa Kft.", [{"name": "Nagy Ilona", "position": "beszerző"}],
                    legal_postcode="9021", legal_city="Győr", legal_street="Fő utca 1.", status="active",
                    credit_limit="1000000", payment_terms_days=30, reliability="B", price_column=wholesale.id)
    client("Alfa Logisztika Zrt.", legal_city="Debrecen", status="active")
    return {"client": party.get_client(kovacs.id), "products": products, "wholesale": wholesale}


def priced_products(rows, column_name: str = "List", **values) -> dict:
    """Products of (sku, name, unit, price[, category]) rows, priced in one new column; {sku: product id}."""
    column = catalogue.save_price_column(column_name)
    made = {}
    for sku, name, unit, price, *category in rows:
        own = {"category": category[0]} if category else {}
        made[sku] = product(sku, name, price, column, unit=unit, **values, **own).id
    return made
