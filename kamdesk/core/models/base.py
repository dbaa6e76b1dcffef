"""The base model every kamdesk model derives from: bound to the database proxy."""

import datetime
from typing import Self

from peewee import Model

from kamdesk.core.db import database
from kamdesk.core.errors import NotFound
from kamdesk.core.messages import Message


def utc_now() -> datetime.datetime:
    """Naive UTC timestamp: what kamdesk stores for created/updated times."""
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False

    @classmethod
    def get_or_not_found(cls, condition, missing: Message) -> Self:
        """The record matching `condition`; `NotFound(missing)` when there is none."""
        record = cls.get_or_none(condition)
        if record is None:
            raise NotFound(missing)
        return record
