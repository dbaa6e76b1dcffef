"""The collection command: `list dunning`, the clients with overdue debt and their next dunning step (no Qt).

`add_dunning_commands(verbs)` adds it; the settlement area's `add_commands` calls it.
"""

from __future__ import annotations

from kamdesk.commands import print_rows, record_id
from kamdesk.core import db


def add_dunning_commands(verbs: dict) -> None:
    command = verbs["list"].add_parser("dunning", help="clients with overdue debt and their next dunning step, "
                                                       "the most urgent first")
    command.add_argument("--manager", type=record_id, metavar="ID", help="only this manager's clients")
    command.add_argument("--due", action="store_true", help="only clients with a step due now")
    command.add_argument("--json", action="store_true", help="print a JSON array for scripts (exact decimal strings)")
    command.set_defaults(run=list_dunning)


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


def _line(row: dict) -> str:
    if row["step"]:
        step = row["step"]
    elif row["next_step_on"]:
        step = f"waiting to {row['next_step_on']}"
    else:
        step = "final taken"
    return (f"{step:<24}  {row['oldest_overdue_days']:>5} d  {row['overdue']:>15} {row['currency']}  "
            f"{row['client'][:50]}")
