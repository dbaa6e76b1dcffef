"""Complaints and claims of clients: a shortage, a defect, a delay, a price or service problem, and its handling.

A complaint belongs to a client and may name the order line and the product it is about. It is
received, investigated, then resolved (with a resolution and perhaps a compensation) or rejected;
its workflow is declared in `services.complaint`. By its deadline the responsible person answers
(who sees it on the team server even without managing the client):
an open complaint keeps a task in that person's calendar on the deadline (`reminder`).
"""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.activity import Activity
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client
from kamdesk.core.models.product import Product
from kamdesk.core.models.sale import OrderLine
from kamdesk.core.money import MoneyField

COMPLAINT_KINDS = ("shortage", "defect", "delay", "price", "service")


class Complaint(VersionedModel):
    """A client's complaint or claim, from its receipt to its resolution or rejection."""
    row_access = access.either(access.through("client"), access.owned_by("responsible"))

    number = CharField(max_length=32, unique=True)
    client = ForeignKeyField(Client, backref="complaints")
    order_line = ForeignKeyField(OrderLine, null=True, backref="complaints", on_delete="SET NULL")
    product = ForeignKeyField(Product, null=True, backref="complaints", on_delete="SET NULL")
    kind = CharField(max_length=16, default="defect")
    description = TextField(default="")
    received_on = DateField()
    deadline = DateField()
    responsible = ForeignKeyField(Manager, backref="complaints")
    state = CharField(max_length=16, default="received")  # see services.complaint.COMPLAINT
    resolution = TextField(default="")  # what was done, or why the complaint was rejected
    compensation = MoneyField(null=True)
    currency = CharField(max_length=3, default="HUF")
    closed_at = DateTimeField(null=True)  # resolved or rejected
    reminder = ForeignKeyField(Activity, null=True, on_delete="SET NULL")  # the deadline's task in the calendar
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "received_on"), False), (("state", "deadline"), False))
