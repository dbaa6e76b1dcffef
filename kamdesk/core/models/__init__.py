"""Peewee models, one module per business area; `ALL_MODELS` in dependency order."""

from kamdesk.core.models.base import BaseModel
from kamdesk.core.models.company import Company, Manager, Setting
from kamdesk.core.models.party import Client, Contact, Segment
from kamdesk.core.models.activity import Activity, ActivitySeries  # noqa: I001 (after party: it links to it)

ALL_MODELS = [Company, Manager, Setting, Segment, Client, Contact, ActivitySeries, Activity]

__all__ = ["ALL_MODELS", "Activity", "ActivitySeries", "BaseModel", "Client", "Company", "Contact", "Manager",
           "Segment", "Setting"]
