"""The competitor area's command: `list competitors [--json]`, no Qt."""

from __future__ import annotations

from kamdesk.core import db


def add_commands(verbs: dict) -> None:
    listing = verbs["list"].add_parser("competitors", help="competitors, with how many clients, prices and actions")
    listing.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    listing.set_defaults(run=list_competitors)


def list_competitors(args) -> int:
    from kamdesk.commands import print_rows
    from kamdesk.core.services import competitors as competitor_service

    db.connect(args.database)
    rows = [{"id": r.id, "name": r.name, "clients": r.clients, "prices": r.prices, "actions": r.actions,
             "notes": r.notes} for r in competitor_service.competitor_rows()]
    return print_rows(rows, args.json, lambda row: (
        f"{row['id']:>5}  {row['name'][:40]:<40}  {row['clients']:>5}  {row['prices']:>5}  {row['actions']:>5}"),
        "competitors")
