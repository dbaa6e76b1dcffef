"""Returns: goods a client sent back from a delivered order line, and the credit note expected for them.

A return names the order line (so its product, order and price), how much came back, why, and
when. `expected_credit` is what the credit note should be worth: the line's net price of the
returned units with the line's VAT, in the order's currency. The accounting system issues the
credit note (kamdesk imports it, `models.settlement.Invoice`); `credit_note` links it once known.
"""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client
from kamdesk.core.models.sale import OrderLine
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.money import MoneyField, QuantityField

RETURN_REASONS = ("damaged", "wrong_item", "quality", "expired", "not_ordered", "other")


class ProductReturn(VersionedModel):
    """Part of a delivered order line that came back from the client."""
    row_access = access.through("client")

    order_line = ForeignKeyField(OrderLine, backref="returns", on_delete="CASCADE")
    client = ForeignKeyField(Client, backref="returns")
    manager = ForeignKeyField(Manager, backref="returns")  # the order's manager: whose sale came back
    quantity = QuantityField()
    reason = CharField(max_length=16)
    note = TextField(default="")
    returned_on = DateField()
    expected_credit = MoneyField()  # net price of the returned units with VAT, in `currency`
    currency = CharField(max_length=3, default="HUF")
    credit_note = ForeignKeyField(Invoice, null=True, backref="returns", on_delete="SET NULL")
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("returned_on", "client"), False),)  # the analysis of a period
