"""The contract area's commands: `export contract` (PDF and/or DOCX), `list contracts` and `mail contract`, no
Qt."""

from __future__ import annotations

from pathlib import Path

from kamdesk.commands import STATE_HELP, check_state, print_rows, record_id
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.mail_commands import add_delivery_options, deliver, require_eml_or_send


def add_commands(verbs: dict) -> None:
    exp_contract = verbs["export"].add_parser("contract",
                                              help="a contract as a print-ready PDF and/or an editable DOCX")
    exp_contract.add_argument("number", help="contract number, e.g. CT-2026-0007")
    exp_contract.add_argument("--pdf", type=Path, metavar="FILE.pdf")
    exp_contract.add_argument("--docx", type=Path, metavar="FILE.docx")
    exp_contract.set_defaults(run=export_contract)
    lst_contracts = verbs["list"].add_parser("contracts", help="contracts, newest start first")
    lst_contracts.add_argument("--state", help=f"{STATE_HELP}; expiring: active and ending soon")
    lst_contracts.add_argument("--client", type=record_id, metavar="ID", help="only this client's contracts")
    lst_contracts.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_contracts.set_defaults(run=list_contracts)
    mail = verbs["mail"].add_parser("contract", help="e-mail a contract (its PDF, and its DOCX until it is signed) "
                                                     "to its contact")
    mail.add_argument("number", help="contract number, e.g. CT-2026-0007")
    add_delivery_options(mail)
    mail.set_defaults(run=mail_contract)


def mail_contract(args) -> int:
    from kamdesk.core.services import contract as contract_service
    from kamdesk.core.services.mail import documents

    require_eml_or_send(args)
    db.connect(args.database)
    return deliver(documents.contract_draft(contract_service.contract_by_number(args.number).id), args)


def export_contract(args) -> int:
    from kamdesk.core.documents.contract_context import write_documents
    from kamdesk.core.services import contract as contract_service

    if not (args.pdf or args.docx):
        raise KamdeskError(Message("Say where to: --pdf FILE.pdf and/or --docx FILE.docx."))
    db.connect(args.database)
    contract = contract_service.contract_by_number(args.number)
    write_documents(contract, pdf=args.pdf, docx=args.docx)
    for path in (args.pdf, args.docx):
        if path:
            print(f"wrote {path}")
    return 0


def list_contracts(args) -> int:
    from kamdesk.core.services import contract as contract_service
    from kamdesk.core.services.jobs import run_daily_jobs

    check_state(args.state, [state.name for state in contract_service.shown_states()])
    db.connect(args.database)
    run_daily_jobs()  # before contracts are listed, those past their dates move on
    contracts = contract_service.list_contracts(state=args.state, client_id=args.client)
    window = contract_service.renewal_days()
    rows = [{"id": c.id, "number": c.number, "client": c.client.name, "client_id": c.client_id, "kind": c.kind,
             "state": c.state, "shown_as": contract_service.display_state(c, window=window),
             "start_date": c.start_date.isoformat(), "end_date": c.end_date.isoformat() if c.end_date else None,
             "signed_date": c.signed_date.isoformat() if c.signed_date else None,
             "auto_renewal": c.auto_renewal, "amount": str(c.amount) if c.amount is not None else None,
             "currency": c.currency} for c in contracts]
    return print_rows(rows, args.json, lambda row: (
        f"{row['number']:<13}  {row['shown_as']:<10}  {row['start_date']}  {row['end_date'] or '—':<10}  "
        f"{row['kind']:<9}  {row['client'][:40]}"), "contracts")
