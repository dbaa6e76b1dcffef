"""Peewee without psycopg at start-up; psycopg is handed to it when a server database is opened.

Peewee imports every database driver it finds when it is imported itself. psycopg
(with its libpq) costs about 150 ms of CPU — a third of kamdesk's start — and a desk
file never uses it. So peewee is imported here first with psycopg hidden, and
`attach_psycopg()` gives peewee the driver the first time a `postgresql://` URL is
opened. Anything else that imports psycopg itself gets it as usual.
"""

from __future__ import annotations

import sys


def import_peewee_without_psycopg() -> None:
    """Import peewee now, keeping psycopg out of it (unless either is loaded already)."""
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # peewee's `import psycopg` fails at once and it carries on without it
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]


def attach_psycopg() -> None:
    """Give peewee the psycopg driver (what its own import would have set), once."""
    import peewee

    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
