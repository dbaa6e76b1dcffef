"""Peewee models, one module per business area; `ALL_MODELS` in dependency order."""

from kamdesk.core.models.base import BaseModel
from kamdesk.core.models.company import Company, Manager, Setting
from kamdesk.core.models.party import Client, Contact, Segment

ALL_MODELS = [Company, Manager, Setting, Segment, Client, Contact]

__all__ = ["ALL_MODELS", "BaseModel", "Client", "Company", "Contact", "Manager", "Segment", "Setting"]
