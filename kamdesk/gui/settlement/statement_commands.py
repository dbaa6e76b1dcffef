"""The reconciliation statement on the command line: `export statement CLIENT --from DATE --to DATE [--pdf F]
[--xlsx F]` and `mail statement CLIENT --from DATE --to DATE [--recipient ADDR]` (no Qt). The settlement area's
commands add these with `add_statement_commands(verbs)`."""

from __future__ import annotations

from pathlib import Path

from kamdesk.commands import require_pdf_or_xlsx, write_pdf_and_xlsx
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.mail_commands import add_delivery_options, deliver, require_eml_or_send


def add_statement_commands(verbs: dict) -> None:
    exp_statement = verbs["export"].add_parser(
        "statement", help="a client's statement of account (reconciliation) as a PDF and/or an Excel workbook")
    exp_statement.add_argument("client", metavar="CLIENT", help="the client's tax number or id")
    exp_statement.add_argument("--from", dest="first", metavar="DATE", required=True,
                               help="first day of the period, YYYY-MM-DD (the opening balance is the day before)")
    exp_statement.add_argument("--to", dest="last", metavar="DATE", required=True,
                               help="last day of the period, YYYY-MM-DD (the closing balance is that day's)")
    exp_statement.add_argument("--pdf", type=Path, metavar="FILE.pdf")
    exp_statement.add_argument("--xlsx", type=Path, metavar="FILE.xlsx")
    exp_statement.add_argument("--language", choices=("hu", "ru", "en"),
                               help="the document's language (default: the client's, by its country)")
    exp_statement.set_defaults(run=export_statement)
    mail = verbs["mail"].add_parser("statement", help="e-mail a client's statement of account (PDF and workbook) "
                                                      "to its primary contact")
    mail.add_argument("client", metavar="CLIENT", help="the client's tax number or id")
    mail.add_argument("--from", dest="first", metavar="DATE", required=True, help="first day of the period, YYYY-MM-DD")
    mail.add_argument("--to", dest="last", metavar="DATE", required=True, help="last day of the period, YYYY-MM-DD")
    add_delivery_options(mail, recipient="--recipient")
    mail.set_defaults(run=mail_statement)


def export_statement(args) -> int:
    from kamdesk.core.documents.statement_data import client_named, statement_data

    require_pdf_or_xlsx(args)
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    db.connect(args.database)
    data = statement_data(client_named(args.client), first, last, args.language)
    return write_pdf_and_xlsx(args, data, "kamdesk.core.documents.statement_pdf:write_statement_pdf",
                              "kamdesk.core.documents.statement_xlsx:write_statement_xlsx")


def mail_statement(args) -> int:
    from kamdesk.core.documents.statement_data import client_named
    from kamdesk.core.services.mail import documents

    require_eml_or_send(args)
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    db.connect(args.database)
    return deliver(documents.statement_draft(client_named(args.client), first, last), args)


def _day(text: str, option: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise KamdeskError(Message("{option} “{text}” is not a date such as 2026-12-31.", option=option,
                                   text=text if len(text) <= 40 else text[:40] + "…")) from None
