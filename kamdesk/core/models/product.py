"""The catalogue: categories, products, price-list columns and their prices, promotions."""

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from kamdesk.core.models import access
from kamdesk.core.models.base import VersionedModel
from kamdesk.core.models.party import Client, Segment
from kamdesk.core.money import MoneyField, PercentField

PROMOTION_KINDS = ("percent", "bundle")  # a percentage off; buy N get M free
# The standard units: the code the catalogue keeps → the unit as a document in English, Hungarian, Russian prints it.
UNIT_NAMES = {
    "pc": {"en": "pc", "hu": "db", "ru": "шт."},
    "kg": {"en": "kg", "hu": "kg", "ru": "кг"},
    "g": {"en": "g", "hu": "g", "ru": "г"},
    "l": {"en": "l", "hu": "l", "ru": "л"},
    "m": {"en": "m", "hu": "m", "ru": "м"},
    "box": {"en": "box", "hu": "doboz", "ru": "кор."},
    "pack": {"en": "pack", "hu": "csomag", "ru": "уп."},
}
UNIT_ALIASES = {"pcs": "pc", "piece": "pc", "darab": "pc", "шт": "pc"}  # other spellings of a standard unit


class Category(VersionedModel):
    row_access = access.CATALOGUE
    name = CharField(max_length=100)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")

    class Meta:
        indexes = ((("parent", "name"), True),)


class Product(VersionedModel):
    row_access = access.CATALOGUE
    sku = CharField(max_length=64, unique=True)
    name = CharField(max_length=200)
    unit = CharField(max_length=20, default="pc")
    category = ForeignKeyField(Category, null=True, backref="products", on_delete="SET NULL")
    vat_rate = PercentField(default=27)
    active = BooleanField(default=True)
    description = TextField(default="")
    search_text = TextField(default="")  # folded SKU and name, kept by the catalogue service


class PriceColumn(VersionedModel):
    """A price type ("List", "Wholesale", "Key account", "VIP"): stored prices, or derived from another."""
    row_access = access.CATALOGUE

    name = CharField(max_length=100, unique=True)
    base = ForeignKeyField("self", null=True, backref="derived", on_delete="RESTRICT")
    percent = PercentField(default=0)  # a derived column: base price × (100 + percent) / 100
    is_default = BooleanField(default=False)
    position = IntegerField(default=0)


class Price(VersionedModel):
    row_access = access.CATALOGUE
    product = ForeignKeyField(Product, backref="prices", on_delete="CASCADE")
    column = ForeignKeyField(PriceColumn, backref="prices", on_delete="CASCADE")
    amount = MoneyField()

    class Meta:
        indexes = ((("product", "column"), True),)


class Promotion(VersionedModel):
    row_access = access.CATALOGUE
    name = CharField(max_length=200)
    starts_on = DateField()
    ends_on = DateField()
    kind = CharField(default="percent")
    percent = PercentField(default=0)
    buy_quantity = IntegerField(default=0)  # "buy N get M free": N
    free_quantity = IntegerField(default=0)  # ... M
    active = BooleanField(default=True)


class PromotionTarget(VersionedModel):
    """What a promotion applies to: a product or a category (with its subcategories)."""
    row_access = access.CATALOGUE

    promotion = ForeignKeyField(Promotion, backref="targets", on_delete="CASCADE")
    product = ForeignKeyField(Product, null=True, on_delete="CASCADE")
    category = ForeignKeyField(Category, null=True, on_delete="CASCADE")


class PromotionAudience(VersionedModel):
    """Who a promotion is for; a promotion without audience rows is for every client."""
    row_access = access.CATALOGUE

    promotion = ForeignKeyField(Promotion, backref="audience", on_delete="CASCADE")
    client = ForeignKeyField(Client, null=True, on_delete="CASCADE")
    segment = ForeignKeyField(Segment, null=True, on_delete="CASCADE")
