"""Peewee models, one module per business area; `ALL_MODELS` in dependency order."""

import importlib
import pkgutil

from peewee import sort_models

from kamdesk.core.db import AFTER_MIGRATIONS
from kamdesk.core.sync import tables


from kamdesk.core.models.base import BaseModel
from kamdesk.core.models.company import Company, Manager, Setting
from kamdesk.core.models.offer import Offer, OfferLine
from kamdesk.core.models.party import Client, Contact, Segment
from kamdesk.core.models.activity import Activity, ActivitySeries  # noqa: I001 (after party: it links to it)
from kamdesk.core.models.product import (
    Category,
    Price,
    PriceColumn,
    Product,
    Promotion,
    PromotionAudience,
    PromotionTarget,
)
from kamdesk.core.models.sale import DiscountApproval, NumberSeries, Order, OrderLine, Shipment
from kamdesk.core.models.contract import Contract, ContractFile, ContractFilePart, ContractTemplate, Obligation  # noqa: I001
from kamdesk.core.models.workflow import StateChange  # noqa: I001



def _all_models() -> list[type[BaseModel]]:
    """Every model with a table in this package's modules, each after the models it links to.

    Found rather than listed, so that an area's new model module needs no line here.
    """
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    found, queue = [], list(BaseModel.__subclasses__())
    while queue:
        model = queue.pop(0)
        queue.extend(model.__subclasses__())
        if model.__module__.startswith(f"{__name__}.") and not model.__dict__.get("table_less", False):
            found.append(model)
    return sort_models(found)


ALL_MODELS = _all_models()
BY_TABLE = {model._meta.table_name: model for model in ALL_MODELS}  # the audit trail and the GUI name tables
tables.register(ALL_MODELS)  # what travels to the laptops


def _secure_server(db) -> None:
    """After the owner's migrations on a team server, its row-level security follows the tables' `row_access`."""
    from kamdesk.core.server import security

    security.after_migrations(db, ALL_MODELS)


def _recapture_replica(db) -> None:
    """On a laptop's replica, the change capture follows the new schema (a migration may rebuild a table)."""
    from peewee import SqliteDatabase

    from kamdesk.core.sync import capture

    if isinstance(db, SqliteDatabase) and capture.is_replica(db):
        capture.install_triggers(db)


AFTER_MIGRATIONS.extend([_secure_server, _recapture_replica])

__all__ = ["ALL_MODELS", "BY_TABLE", "Activity", "ActivitySeries", "BaseModel", "Category", "Client", "Company", "Contact", "Contract",
           "ContractFile", "ContractFilePart", "ContractTemplate",
           "DiscountApproval", "Manager", "NumberSeries", "Obligation", "Offer", "OfferLine", "Order", "OrderLine", "Price",
           "PriceColumn", "Product", "Promotion", "PromotionAudience", "PromotionTarget", "Segment", "Setting",
           "Shipment", "StateChange"]
