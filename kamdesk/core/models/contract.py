"""Contracts, their templates, obligations and files: the contract register."""

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from kamdesk.core.models import access
from kamdesk.core.models.base import BaseModel, VersionedModel, gid_field, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client, Contact
from kamdesk.core.models.product import PriceColumn
from kamdesk.core.money import MoneyField, PercentField

CONTRACT_KINDS = ("supply", "framework", "service", "other")
LETTER_KIND = "letter"  # a ContractTemplate of this kind is a letter's (services.letters), never a contract's
OBLIGATION_KINDS = ("delivery", "payment", "report", "price_review", "other")
OBLIGATION_PARTIES = ("us", "client")


class ContractTemplate(VersionedModel):
    """A contract template's text (front matter + Jinja2 body); the shipped ones are seeded as `builtin`."""
    row_access = access.CATALOGUE

    key = CharField(unique=True)
    name = CharField(max_length=200)
    kind = CharField(default="supply")
    language = CharField(max_length=2, default="en")
    source = TextField()
    builtin = BooleanField(default=False)
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)


class Contract(VersionedModel):
    row_access = access.through("client")
    number = CharField(unique=True)
    client = ForeignKeyField(Client, backref="contracts")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    manager = ForeignKeyField(Manager)
    kind = CharField(default="supply")
    title = CharField(max_length=200, default="")
    template = ForeignKeyField(ContractTemplate, null=True, on_delete="SET NULL")
    template_source = TextField(default="")  # the text the documents are generated from, kept with the contract
    language = CharField(max_length=2, default="en")
    state = CharField(default="draft")  # see services.contract.workflow.CONTRACT
    signed_date = DateField(null=True)
    start_date = DateField()
    end_date = DateField(null=True)  # none: open-ended
    auto_renewal = BooleanField(default=False)
    renewal_months = IntegerField(default=12)
    notice_days = IntegerField(default=30)
    amount = MoneyField(null=True)  # contract value or framework limit
    currency = CharField(max_length=3, default="HUF")
    payment_terms_days = IntegerField(default=0)
    payment_terms = TextField(default="")
    delivery_terms = TextField(default="")
    discount_percent = PercentField(null=True)
    price_column = ForeignKeyField(PriceColumn, null=True, on_delete="SET NULL")
    place = CharField(max_length=100, default="")
    notes = TextField(default="")
    previous = ForeignKeyField("self", null=True, backref="followers", on_delete="SET NULL")
    relation = CharField(default="")  # how it changes `previous`: renewal or amendment
    terminated_on = DateField(null=True)
    termination_reason = TextField(default="")
    sent_at = DateTimeField(null=True)
    generated_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "start_date"), False), (("state", "end_date"), False))


class Obligation(VersionedModel):
    """A dated duty under a contract: a delivery, a payment, a report, a price review."""
    row_access = access.through("contract")

    contract = ForeignKeyField(Contract, backref="obligations", on_delete="CASCADE")
    kind = CharField(default="delivery")
    description = TextField(default="")
    due_date = DateField()
    party = CharField(default="us")  # who must do it
    done_on = DateField(null=True)
    created_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("due_date", "done_on"), False),)


class ContractFile(VersionedModel):
    """A file kept with a contract in the database: a generated PDF/DOCX or an attached scan.

    Its content is in `ContractFilePart` rows, so every PC reaching the database reaches the file.
    """
    row_access = access.through("contract")

    contract = ForeignKeyField(Contract, backref="files", on_delete="CASCADE")
    kind = CharField(default="attachment")  # pdf or docx (generated), attachment
    name = CharField()  # a safe file name (services.contract.files.safe_file_name): what a copy is saved as
    original_name = CharField(default="")  # the attached file's own name, shown escaped (migration 0014)
    size = IntegerField(default=0)
    sha256 = CharField(default="")
    added_at = DateTimeField(default=utc_now)
    missing = BooleanField(default=False)  # its file was gone when the files folder moved in: no content


class ContractFilePart(BaseModel):
    """One piece of a contract file's content, in order (`seq` from 0), each at most a megabyte.

    Pieces, not one value: a file is written and read a piece at a time, never held whole in memory.
    """
    row_access = access.through("file")
    written_once = True  # pieces are added and removed with their file, never changed: no row version

    file = ForeignKeyField(ContractFile, backref="parts", on_delete="CASCADE")
    seq = IntegerField()
    data = BlobField()
    gid = gid_field()

    class Meta:
        indexes = ((("file", "seq"), True),)
