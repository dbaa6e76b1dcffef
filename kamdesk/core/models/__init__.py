"""Peewee models, one module per business area; `ALL_MODELS` in dependency order."""

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
from kamdesk.core.models.contract import Contract, ContractFile, ContractTemplate, Obligation  # noqa: I001
from kamdesk.core.models.workflow import StateChange  # noqa: I001

ALL_MODELS = [Company, Manager, Setting, Segment, Client, Contact, ActivitySeries, Activity, Category, Product,
              PriceColumn, Price, Promotion, PromotionTarget, PromotionAudience, NumberSeries, Order, OrderLine,
              DiscountApproval, Shipment, Offer, OfferLine, ContractTemplate, Contract, Obligation, ContractFile,
              StateChange]

__all__ = ["ALL_MODELS", "Activity", "ActivitySeries", "BaseModel", "Category", "Client", "Company", "Contact", "Contract",
           "ContractFile", "ContractTemplate",
           "DiscountApproval", "Manager", "NumberSeries", "Obligation", "Offer", "OfferLine", "Order", "OrderLine", "Price",
           "PriceColumn", "Product", "Promotion", "PromotionAudience", "PromotionTarget", "Segment", "Setting",
           "Shipment", "StateChange"]
