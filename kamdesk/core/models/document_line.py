"""The fields every priced line of a document (order, offer) has: one base, one meaning.

A line keeps what it was priced with (sku, name, unit, prices, VAT) so that a
changed catalogue never changes a saved document. Only the concrete line
models (`OrderLine`, `OfferLine`) have tables; each adds the link to its
document and what only it needs.
"""

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField

from kamdesk.core.models.base import BaseModel, VersionedModel
from kamdesk.core.models.product import Product, Promotion
from kamdesk.core.money import MoneyField, PercentField, QuantityField


class DocumentLine(VersionedModel):
    table_less = True  # a base of order and offer lines, never a table of its own (models.ALL_MODELS)

    position = IntegerField()
    product = ForeignKeyField(Product)
    sku = CharField()  # copied from the product, which holds less: the column's width is the last line's limit
    name = CharField()
    unit = CharField()
    quantity = QuantityField()
    free_quantity = QuantityField(default=0)  # "buy N get M free"
    list_price = MoneyField()  # the client's column price
    unit_price = MoneyField()  # after the promotion's percentage
    discount_percent = PercentField(default=0)  # the manager's extra discount
    promotion = ForeignKeyField(Promotion, null=True, on_delete="SET NULL")
    promotion_removed = BooleanField(default=False)  # the manager took the promotion off this line
    vat_rate = PercentField()
    net_amount = MoneyField()


def _no_table(model: type[BaseModel]) -> None:
    """Take a table-less base's links off the models it points at: what counts the records referring to a
    product or a promotion (as `party._linked_records` does for a client) must see only real tables."""
    for field in list(model._meta.refs):
        model._meta.remove_ref(field)
        delattr(field.rel_model, field.backref)


_no_table(DocumentLine)
