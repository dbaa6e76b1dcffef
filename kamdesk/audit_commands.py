"""The command line of the audit trail: `list audit [--client ID] [--since DATE] [--json]`, no Qt.

On the server only heads and admins may read the trail (the database itself refuses the others);
on a SQLite desk whoever sits at it. `kamdesk check` verifies the trail's chain (safety_commands).
"""

from __future__ import annotations

import argparse
import datetime as dt

from kamdesk.commands import print_rows, record_id
from kamdesk.core import db


def add_commands(verbs: dict) -> None:
    listing = verbs["list"].add_parser("audit", help="the audit trail, newest first: who changed prices, discounts, "
                                                     "credit limits, ratings, approvals, owners, and every deletion")
    listing.add_argument("--client", type=record_id, metavar="ID", help="only what concerns this client")
    listing.add_argument("--since", type=_day, metavar="DATE", help="only entries from this day on (YYYY-MM-DD, UTC)")
    listing.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    listing.set_defaults(run=list_audit)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a day is written YYYY-MM-DD, not {text!r}") from None


def list_audit(args) -> int:
    from kamdesk.core.services import audit as audit_service

    db.connect(args.database)
    found = audit_service.entries(client_id=args.client, since=args.since)
    return print_rows([entry.as_json() for entry in found], args.json, _line, "audit entries")


def _line(row: dict) -> str:
    changes = "; ".join(f"{c['label']}: {_shown(c['old'])} → {_shown(c['new'])}" for c in row["changes"])
    return (f"{row['at'][:19].replace('T', ' ')}  {row['who'][:20]:<20}  {row['action']:<6}  "
            f"{row['what']} {row['record']}" + (f"  {changes}" if changes else ""))


def _shown(value) -> str:
    return "—" if value is None or value == "" else str(value)
