"""Settlements: the invoices and credit notes the accounting system issued, the payments received,
and how each payment (or credit note) settles invoices.

kamdesk does not issue invoices: they are imported (or typed in) from the accounting system. Amounts
are as the accounting documents print them, in the document's currency: an invoice's gross is
positive, a credit note's negative. `open_amount` is kept by `services.receivables` from the
allocations (what is still to be paid of an invoice today); a payment's `unallocated` likewise.
"""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
from kamdesk.core.models.party import Client
from kamdesk.core.models.sale import Order
from kamdesk.core.money import MoneyField

INVOICE_KINDS = ("invoice", "credit_note")
ENTRY_SOURCES = ("import", "manual")
ALLOCATION_RULES = ("remark", "oldest", "manual", "credit_note")
RECORDERS = (ROLE_HEAD, ROLE_ADMIN)  # on a team server only they write these rows (services.settlement_entry)


class Invoice(VersionedModel):
    """An invoice or credit note of the accounting system, for one client."""
    row_access = access.through("client", writers=RECORDERS)

    number = CharField(max_length=64, unique=True)
    kind = CharField(max_length=16, default="invoice")
    client = ForeignKeyField(Client, backref="invoices")
    issue_date = DateField()
    due_date = DateField()
    net_amount = MoneyField(default=0)
    vat_amount = MoneyField(default=0)
    gross_amount = MoneyField(default=0)
    currency = CharField(max_length=3, default="HUF")
    refers_to = ForeignKeyField("self", null=True, backref="credit_notes", on_delete="SET NULL")
    order = ForeignKeyField(Order, null=True, backref="invoices", on_delete="SET NULL")
    open_amount = MoneyField(default=0)  # kept by services.receivables: gross less what settles it
    source = CharField(max_length=16, default="import")
    note = TextField(default="")
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "due_date"), False), (("issue_date", "id"), False))


class Payment(VersionedModel):
    """Money received from a client (a bank statement's line or a cash payment); a refund is negative."""
    row_access = access.through("client", writers=RECORDERS)

    client = ForeignKeyField(Client, backref="payments")
    paid_on = DateField()
    amount = MoneyField()
    currency = CharField(max_length=3, default="HUF")
    partner_name = CharField(max_length=200, default="")  # as the bank statement names the payer
    tax_number = CharField(max_length=50, default="")
    remark = TextField(default="")
    reference = CharField(max_length=128, default="")  # the bank's transaction id, when the statement has one
    fingerprint = CharField(max_length=64, unique=True)  # what makes re-importing the same line change nothing
    unallocated = MoneyField(default=0)  # kept by services.receivables
    source = CharField(max_length=16, default="import")
    note = TextField(default="")
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "paid_on"), False), (("paid_on", "id"), False))


# Aging reads only what is open: a partial index holding every column it needs (a few percent of the rows).
Invoice.add_index(Invoice.index(Invoice.client, Invoice.currency, Invoice.due_date, Invoice.issue_date,
                                Invoice.open_amount, name="invoice_open_items", where=Invoice.open_amount != 0))
Payment.add_index(Payment.index(Payment.client, Payment.currency, Payment.paid_on, Payment.unallocated,
                                name="payment_unallocated", where=Payment.unallocated != 0))


class Allocation(VersionedModel):
    """Part of a payment (or of a credit note) that settles part of an invoice, from a date on."""
    row_access = access.through("invoice", writers=RECORDERS)

    invoice = ForeignKeyField(Invoice, backref="allocations", on_delete="CASCADE")
    payment = ForeignKeyField(Payment, null=True, backref="allocations", on_delete="CASCADE")
    credit_note = ForeignKeyField(Invoice, null=True, backref="applied", on_delete="CASCADE")
    amount = MoneyField()
    settled_on = DateField()  # the payment's date, or the credit note's issue date
    rule = CharField(max_length=16, default="oldest")


# What settled after a date (aging as of a past day adds it back), read from the index alone (migration 0024).
Allocation.add_index(Allocation.index(Allocation.settled_on, Allocation.invoice, Allocation.payment,
                                      Allocation.credit_note, Allocation.amount, name="allocation_settled"))
