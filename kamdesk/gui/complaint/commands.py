"""The complaint area's command: `list complaints [--state S] [--json]`, no Qt."""

from __future__ import annotations

from kamdesk.commands import STATE_HELP, check_state, print_rows, record_id
from kamdesk.core import db


def add_commands(verbs: dict) -> None:
    listing = verbs["list"].add_parser("complaints", help="complaints and claims, newest first")
    listing.add_argument("--state", help=STATE_HELP)
    listing.add_argument("--client", type=record_id, metavar="ID", help="only this client's complaints")
    listing.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    listing.set_defaults(run=list_complaints)


def list_complaints(args) -> int:
    from kamdesk.core.services import complaint as complaint_service

    check_state(args.state, complaint_service.COMPLAINT.names())
    db.connect(args.database)
    rows = [{"id": v.id, "number": v.number, "client": v.client, "client_id": v.client_id, "kind": v.kind,
             "state": v.state, "received_on": v.received_on.isoformat(), "deadline": v.deadline.isoformat(),
             "deadline_status": complaint_service.deadline_status(v), "responsible": v.responsible,
             "product": v.product, "order": v.order_number, "description": v.description,
             "resolution": v.resolution, "compensation": str(v.compensation) if v.compensation is not None else None,
             "currency": v.currency}
            for v in complaint_service.list_complaints(state=args.state, client_id=args.client)]
    return print_rows(rows, args.json, lambda row: (
        f"{row['number']:<14}  {row['state']:<13}  {row['deadline']}  {row['deadline_status'] or '':<8}  "
        f"{row['kind']:<8}  {row['client'][:40]}"), "complaints")
