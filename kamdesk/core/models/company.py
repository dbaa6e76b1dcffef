"""The own company, its managers, and small key/value settings."""

from peewee import BlobField, BooleanField, CharField, ForeignKeyField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel
from kamdesk.core.money import PercentField

ROLE_MANAGER = "manager"
ROLE_HEAD = "head"
ROLE_ADMIN = "admin"
ROLES = (ROLE_MANAGER, ROLE_HEAD, ROLE_ADMIN)


class Company(VersionedModel):
    """The seller: one row, printed on offers, orders and contracts."""
    row_access = access.ADMINISTERED

    name = CharField(max_length=200)
    postcode = CharField(max_length=20, default="")
    city = CharField(max_length=100, default="")
    street = CharField(max_length=200, default="")
    country = CharField(max_length=2, default="HU")
    tax_number = CharField(max_length=50, default="")
    registration_number = CharField(max_length=50, default="")  # company register number (cégjegyzékszám)
    bank_account = CharField(max_length=50, default="")
    currency = CharField(max_length=3, default="HUF")
    default_vat_rate = PercentField(default=27)
    logo = BlobField(null=True)


class Manager(VersionedModel):
    """A user of kamdesk: a key account manager, the head of the department, or an administrator.

    On the team server `login` names the PostgreSQL login role of the person (see
    `kamdesk.core.server.users`); `head` is the head a manager reports to.
    """
    row_access = access.ADMINISTERED

    name = CharField(max_length=200)
    email = CharField(max_length=254, default="")
    role = CharField(default=ROLE_MANAGER)
    active = BooleanField(default=True)
    max_discount = PercentField(default=5)  # extra discount (%) on top of the column price without approval
    login = CharField(null=True, unique=True)
    head = ForeignKeyField("self", null=True, backref="team", on_delete="SET NULL")


class Setting(VersionedModel):
    row_access = access.SHARED
    key = CharField(unique=True)
    value = TextField(default="")
