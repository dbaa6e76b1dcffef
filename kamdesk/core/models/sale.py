"""Orders and their lines, number series, discount approvals and shipments."""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.document_line import DocumentLine
from kamdesk.core.models.party import Client, Contact
from kamdesk.core.models.product import PriceColumn
from kamdesk.core.money import MoneyField, PercentField, QuantityField

SOLD_STATES = ("confirmed", "shipped", "delivered")  # the client committed to it: a sale, on credit until paid

CANCEL_REASONS = ("price", "delivery_time", "competitor", "no_budget", "other")
OVERDUE_BLOCK_KEY = "credit_block_overdue_days"  # the desk setting: overdue debt older than this blocks orders


class NumberSeries(VersionedModel):
    """Gapless document numbers: `prefix` may hold {year}; the counter restarts every year."""
    row_access = access.SHARED

    code = CharField()  # "order", later "offer" ...
    year = IntegerField()
    prefix = CharField(max_length=50, default="ORD-{year}-")
    width = IntegerField(default=5)
    last_number = IntegerField(default=0)

    class Meta:
        indexes = ((("code", "year"), True),)


class Order(VersionedModel):
    row_access = access.through("client")
    number = CharField(unique=True)
    client = ForeignKeyField(Client, backref="orders")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    manager = ForeignKeyField(Manager)
    order_date = DateField()
    delivery_date = DateField(null=True)
    delivery_address = TextField(default="")
    payment_terms_days = IntegerField(default=8)
    price_column = ForeignKeyField(PriceColumn, null=True, on_delete="SET NULL")
    currency = CharField(max_length=3, default="HUF")
    notes = TextField(default="")
    state = CharField(default="draft")
    cancel_reason = CharField(default="")
    cancel_note = TextField(default="")
    net_total = MoneyField(default=0)
    vat_total = MoneyField(default=0)
    gross_total = MoneyField(default=0)
    confirmed_at = DateTimeField(null=True)
    credit_override_by = ForeignKeyField(Manager, null=True, backref="credit_overrides")
    credit_override_at = DateTimeField(null=True)
    credit_override_reason = TextField(default="")
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "state", "order_date"), False), (("order_date",), False))


class OrderLine(DocumentLine):
    row_access = access.through("order")
    order = ForeignKeyField(Order, backref="lines", on_delete="CASCADE")
    delivered_quantity = QuantityField(default=0)

    class Meta:
        indexes = ((("product", "order"), False),)


class DiscountApproval(VersionedModel):
    """A discount above the manager's limit, waiting for (or given) a head's approval."""
    row_access = access.through("order")

    order = ForeignKeyField(Order, backref="approvals", on_delete="CASCADE")
    requested_by = ForeignKeyField(Manager, backref="approval_requests")
    requested_at = DateTimeField(default=utc_now)
    max_discount = PercentField()  # the largest discount on the order when asked
    limit = PercentField()  # the manager's limit then
    state = CharField(default="pending")
    decided_by = ForeignKeyField(Manager, null=True, backref="approval_decisions")
    decided_at = DateTimeField(null=True)
    reason = TextField(default="")


class Shipment(VersionedModel):
    """A partial or full delivery of an order line."""
    row_access = access.through("line")

    line = ForeignKeyField(OrderLine, backref="shipments", on_delete="CASCADE")
    quantity = QuantityField()
    shipped_on = DateField()
    created_at = DateTimeField(default=utc_now)
