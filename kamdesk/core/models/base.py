"""The base model every kamdesk model derives from: bound to the database proxy."""

import datetime

from peewee import Model

from kamdesk.core.db import database


def utc_now() -> datetime.datetime:
    """Naive UTC timestamp: what kamdesk stores for created/updated times."""
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False
