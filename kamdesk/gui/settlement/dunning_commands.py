"""The collection commands: `list dunning`, the clients with overdue debt and their next dunning step, and
`mail dunning CLIENT`, the letter of a step taken (no Qt).

`add_dunning_commands(verbs)` adds them; the settlement area's `add_commands` calls it.
"""

from __future__ import annotations

from kamdesk.commands import print_rows, record_id
from kamdesk.core import db
from kamdesk.core.errors import NotFound
from kamdesk.core.messages import Message
from kamdesk.mail_commands import add_delivery_options, deliver, require_eml_or_send


def add_dunning_commands(verbs: dict) -> None:
    command = verbs["list"].add_parser("dunning", help="clients with overdue debt and their next dunning step, "
                                                       "the most urgent first")
    command.add_argument("--manager", type=record_id, metavar="ID", help="only this manager's clients")
    command.add_argument("--due", action="store_true", help="only clients with a step due now")
    command.add_argument("--json", action="store_true", help="print a JSON array for scripts (exact decimal strings)")
    command.set_defaults(run=list_dunning)
    mail = verbs["mail"].add_parser("dunning", help="e-mail the letter of a dunning step taken (PDF) to the "
                                                    "client's primary contact")
    mail.add_argument("client", metavar="CLIENT", help="the client's tax number or id")
    mail.add_argument("--step", type=record_id, metavar="ID", help="this step (default: the latest taken)")
    add_delivery_options(mail)
    mail.set_defaults(run=mail_dunning)


def list_dunning(args) -> int:
    from kamdesk.core.services import dunning

    db.connect(args.database)
    rows = [{"client": case.client, "client_id": case.client_id, "currency": case.currency,
             "step": case.next_step, "oldest_overdue_days": case.oldest_overdue_days, "overdue": str(case.overdue),
             "last_step": case.last_step,
             "last_taken_on": case.last_taken_on.isoformat() if case.last_taken_on else None,
             "next_step_on": case.next_step_on.isoformat() if case.next_step_on else None}
            for case in dunning.cases(manager_id=args.manager, due_only=args.due)]
    return print_rows(rows, args.json, _line, "clients with overdue debt")


def mail_dunning(args) -> int:
    from kamdesk.core.documents.statement_data import client_named
    from kamdesk.core.services import dunning
    from kamdesk.core.services.mail import documents

    require_eml_or_send(args)
    db.connect(args.database)
    client_id = client_named(args.client)
    steps = [step for step in dunning.steps_taken(client_id) if args.step in (None, step.id)]
    if not steps:
        raise NotFound(Message("The client has no dunning step #{id}.", id=args.step) if args.step else
                       Message("No dunning step has been taken with the client yet: there is no letter to send."))
    return deliver(documents.dunning_draft(steps[0].id), args)


def _line(row: dict) -> str:
    if row["step"]:
        step = row["step"]
    elif row["next_step_on"]:
        step = f"waiting to {row['next_step_on']}"
    else:
        step = "final taken"
    return (f"{step:<24}  {row['oldest_overdue_days']:>5} d  {row['overdue']:>15} {row['currency']}  "
            f"{row['client'][:50]}")
