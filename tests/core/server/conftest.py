"""A team server with users and data: two heads, three managers, an admin, and a client of each with its records.

PostgreSQL's roles belong to the whole (session-wide) server, so each test's logins carry a suffix of their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from kamdesk.core import db as kdb

PASSWORD = "Jelszo-2026"


@dataclass
class Team:
    server: object
    database: str
    url: str
    logins: dict[str, str]  # "m1" → "m1_3fa2c1"
    managers: dict[str, int] = field(default_factory=dict)  # "m1" → manager id
    clients: dict[str, int] = field(default_factory=dict)  # "m1" (whose client), "nobody" → client id
    records: dict[str, dict[str, int]] = field(default_factory=dict)  # table → owner key → id

    def connect(self, who: str):
        """A psycopg connection as `who` (a key of `logins`), bypassing kamdesk."""
        return self.server.connect(self.database, self.logins[who], PASSWORD)

    def url_of(self, who: str) -> str:
        return self.server.url(self.database, self.logins[who], PASSWORD)


@pytest.fixture
def team(pg_server, request):
    """A database of its own for the test, copied from the team built once (tests/pg_server.py: BuiltTemplate)."""
    from tests.pg_server import database_name

    name = database_name(request.node.name)
    url, made = pg_server.template("team", build_team).copy(name)
    yield Team(pg_server, name, url, dict(made.logins), dict(made.managers), dict(made.clients),
               {table: dict(ids) for table, ids in made.records.items()})
    kdb.close()
    pg_server.drop_database(name)


def build_team(pg_server, pg_url: str, suffix: str) -> Team:
    """The owner runs `server init`; the admin adds heads h1, h2, managers m1, m2 (under h1) and m3 (under h2)."""
    from kamdesk.core.server import users

    logins = {key: f"{key}_{suffix}" for key in ("admin", "h1", "h2", "m1", "m2", "m3")}
    database = pg_url.rsplit("/", 1)[1]
    result = Team(pg_server, database, pg_url, logins)
    users.init_server(pg_url, logins["admin"], PASSWORD)
    kdb.close()
    kdb.connect(result.url_of("admin"))
    for key, role, head in (("h1", "head", None), ("h2", "head", None), ("m1", "manager", "h1"),
                            ("m2", "manager", "h1"), ("m3", "manager", "h2")):
        users.add_user(logins[key], key.upper(), role, PASSWORD, logins[head] if head else None)
    result.managers = {user.login.split("_")[0]: user.manager_id for user in users.list_users()}
    kdb.close()
    kdb.connect(pg_url)
    _records(result)
    kdb.close()
    return result


def _records(team: Team) -> None:
    """As the owner (no policies apply): per owner a client with a contact, an order with a line, a shipment,
    a return and a pending discount request, an offer with a line, a contract with an obligation, an activity,
    an invoice a payment settled (once overdue: nothing owed now, so no credit check is touched), a complaint (the client's manager responsible)."""
    from kamdesk.core.models import (Activity, Client, Contact, Contract, DiscountApproval, Obligation, Offer,
                                     OfferLine, Order, OrderLine, Product, Shipment)
    from kamdesk.core.models.complaint import Complaint
    from kamdesk.core.models.returns import ProductReturn
    from kamdesk.core.models.settlement import Allocation, Invoice, Payment

    product = Product.create(sku="TEJ-1", name="Tej", unit="l")
    today = dt.date.today()
    line = {"position": 1, "product": product, "sku": "TEJ-1", "name": "Tej", "unit": "l", "quantity": 1,
            "list_price": 100, "unit_price": 100, "vat_rate": 27, "net_amount": 100}
    owners = {"m1": "m1", "m2": "m2", "m3": "m3", "h1": "h1", "nobody": None}
    for key, owner in owners.items():
        manager = team.managers[owner] if owner else team.managers["h1"]
        client = Client.create(name=f"Client of {key}", manager=team.managers[owner] if owner else None)
        order = Order.create(number=f"ORD-{key}", client=client, manager=manager, order_date=today)
        order_line = OrderLine.create(order=order, **line)
        offer = Offer.create(number=f"OFF-{key}", client=client, manager=manager, offer_date=today,
                             valid_until=today)
        contract = Contract.create(number=f"CON-{key}", client=client, manager=manager, start_date=today)
        invoice = Invoice.create(number=f"INV-{key}", client=client, issue_date=today - dt.timedelta(days=70),
                                 due_date=today - dt.timedelta(days=40), gross_amount=100, open_amount=0)
        payment = Payment.create(client=client, paid_on=today, amount=100, fingerprint=f"pay-{key}")
        created = {
            "client": client, "contact": Contact.create(client=client, name=f"Contact of {key}"),
            "order": order, "order_line": order_line, "offer": offer, "contract": contract,
            "shipment": Shipment.create(line=order_line, quantity=1, shipped_on=today),
            "discount_approval": DiscountApproval.create(order=order, requested_by=manager, max_discount=10,
                                                         limit=5),
            "offer_line": OfferLine.create(offer=offer, **line),
            "obligation": Obligation.create(contract=contract, due_date=today),
            "activity": Activity.create(kind="call", client=client, owner=manager, starts_at=dt.datetime.now()),
            "product_return": ProductReturn.create(order_line=order_line, client=client, manager=manager, quantity=1,
                                                   reason="damaged", returned_on=today, expected_credit=127),
            "invoice": invoice, "payment": payment,
            "allocation": Allocation.create(invoice=invoice, payment=payment, amount=100, settled_on=today),
            "complaint": Complaint.create(number=f"CMP-{key}", client=client, received_on=today, deadline=today,
                                          responsible=manager),
        }
        team.clients[key] = client.id
        for table, record in created.items():
            team.records.setdefault(table, {})[key] = record.id
