"""Competitors: who they are, what share of a client's purchases they supply, their prices and their moves.

A competitor is shared by the whole team. What a competitor supplies a client (`CompetitorSupply`,
by category or overall) and what it did at a client (`CompetitorAction`) are seen with the client;
an action seen in the market at large (no client) with its recorder. Observed prices
(`CompetitorPrice`, per product or category) are seen with the competitor: market knowledge, not a
client's.
"""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.activity import Activity
from kamdesk.core.models.base import VersionedModel, utc_now
from kamdesk.core.models.company import Manager
from kamdesk.core.models.party import Client
from kamdesk.core.models.product import Category, Product
from kamdesk.core.money import MoneyField, PercentField

ACTION_KINDS = ("promotion", "new_product", "other")


class Competitor(VersionedModel):
    """A competing supplier."""
    row_access = access.SHARED

    name = CharField(max_length=200, unique=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=utc_now)


class CompetitorSupply(VersionedModel):
    """A competitor's estimated share of a client's purchases, of one category or (no category) overall."""
    row_access = access.through("client")

    client = ForeignKeyField(Client, backref="competitor_supplies", on_delete="CASCADE")
    competitor = ForeignKeyField(Competitor, backref="supplies", on_delete="CASCADE")
    category = ForeignKeyField(Category, null=True, on_delete="CASCADE")
    share = PercentField(default=0)  # estimated, 0-100 %

    class Meta:
        indexes = ((("client", "competitor", "category"), True),)


class CompetitorPrice(VersionedModel):
    """A price of a competitor's, for one of our products or a whole category, as observed on a day."""
    row_access = access.through("competitor")

    competitor = ForeignKeyField(Competitor, backref="prices", on_delete="CASCADE")
    product = ForeignKeyField(Product, null=True, on_delete="CASCADE")
    category = ForeignKeyField(Category, null=True, on_delete="CASCADE")
    price = MoneyField()
    currency = CharField(max_length=3, default="HUF")
    observed_on = DateField()
    source = CharField(max_length=200, default="")  # where it was seen: a price list, a client, a shop

    class Meta:
        indexes = ((("product", "observed_on"), False), (("competitor", "observed_on"), False))


class CompetitorAction(VersionedModel):
    """Something a competitor did: a promotion, a new product, at a client or in the market."""
    row_access = access.either(access.through("client"), access.owned_by("recorded_by"))

    competitor = ForeignKeyField(Competitor, backref="actions", on_delete="CASCADE")
    client = ForeignKeyField(Client, null=True, backref="competitor_actions", on_delete="CASCADE")
    kind = CharField(max_length=16, default="other")
    description = TextField(default="")
    observed_on = DateField()
    activity = ForeignKeyField(Activity, null=True, backref="competitor_actions", on_delete="SET NULL")
    recorded_by = ForeignKeyField(Manager, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("client", "observed_on"), False), (("competitor", "observed_on"), False))
