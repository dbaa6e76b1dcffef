"""kamdesk: the desk of a key account manager."""

__version__ = "0.1.0"

from kamdesk.peewee_driver import import_peewee_without_psycopg  # noqa: E402 (before anything imports peewee)

import_peewee_without_psycopg()
