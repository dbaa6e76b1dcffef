"""The settlement area's commands: `import invoices`, `import payments`, `list receivables` (no Qt)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kamdesk.commands import HEADER_ROW_HELP, REJECTED_HELP, mapped_table, print_rows, record_id, row_number
from kamdesk.core import db
from kamdesk.gui.settlement.dunning_commands import add_dunning_commands
from kamdesk.gui.settlement.statement_commands import add_statement_commands

CENT = Decimal("0.01")  # every amount with its two decimals, as a script compares them
RECEIVABLE_FIELDS = ("open", "overdue", "not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90",
                     "unallocated")


def add_commands(verbs: dict) -> None:
    for noun, what, run in (("invoices", "invoices and credit notes of the accounting system", import_invoices),
                            ("payments", "payments: a bank statement or a payment list", import_payments)):
        command = verbs["import"].add_parser(noun, help=f"{what} from .xlsx or .csv (rows are matched to clients "
                                                        "by tax number, else by name)")
        command.add_argument("file", type=Path)
        command.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
        command.add_argument("--all-or-nothing", action="store_true",
                             help="import nothing if any row is rejected (default: import the valid rows)")
        command.add_argument("--rejected", type=Path, metavar="FILE", help=REJECTED_HELP)
        command.add_argument("--header-row", type=row_number, metavar="N", help=HEADER_ROW_HELP)
        command.set_defaults(run=run)
    receivables = verbs["list"].add_parser("receivables", help="what each client owes, overdue and by age")
    receivables.add_argument("--as-of", type=day, metavar="DATE", help="as of this day (default: today)")
    receivables.add_argument("--client", type=record_id, metavar="ID", help="only this client")
    receivables.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    receivables.set_defaults(run=list_receivables)
    add_statement_commands(verbs)
    add_dunning_commands(verbs)


def day(text: str) -> dt.date:
    """A date as 2026-12-07."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date such as 2026-12-07") from None


def import_invoices(args) -> int:
    from kamdesk.core.services import settlement_io as io

    return _import(args, _Kind("invoices", io.read_invoices, io.invoice_mapping, io.check_invoices,
                               io.import_invoices, "number", "the invoice number"),
                   lambda check: f"{check.count('new')} new, {check.count('changed')} changed, "
                                 f"{check.count('unchanged')} unchanged")


def import_payments(args) -> int:
    from kamdesk.core.services import settlement_io as io

    return _import(args, _Kind("payments", io.read_payments, io.payment_mapping, io.check_payments,
                               io.import_payments, "amount", "the amount paid"),
                   lambda check: f"{check.new} new, {len(check.valid) - check.new} imported before")


@dataclass(frozen=True)
class _Kind:
    """One import as the command runs it (`read_table` and `auto_mapping` as `mapped_table` calls them)."""

    noun: str
    read_table: Callable
    auto_mapping: Callable
    check: Callable
    write: Callable
    key: str
    key_words: str


def _import(args, kind: _Kind, counts: Callable) -> int:
    from kamdesk.core.services import settlement_io

    db.connect(args.database)
    table, mapping = mapped_table(args, kind, kind.key, kind.key_words)
    check = kind.check(table, mapping)
    for problem in check.rejected:
        print(f"row {problem.row_number}: {problem.reason}", file=sys.stderr)
    if args.rejected and check.rejected:
        settlement_io.write_rejected(check, table.headers, args.rejected)
    summary = f"{len(check.valid)} valid ({counts(check)}), {len(check.rejected)} rejected"
    if args.dry_run or (args.all_or_nothing and check.rejected):
        print(f"{summary}; nothing imported")
        return 1 if check.rejected else 0
    result = kind.write(check)
    updated = f", updated {result.updated}" if kind.noun == "invoices" else ""
    print(f"{summary}; added {result.created} {kind.noun}{updated}")
    return 0


def list_receivables(args) -> int:
    from kamdesk.core.services import receivables

    db.connect(args.database)
    as_of = args.as_of or dt.date.today()
    rows = [_row(balance) for balance in receivables.aging(as_of, client_id=args.client)]
    return print_rows(rows, args.json, _line, "clients with receivables")


def _row(balance) -> dict:
    return {"client": balance.client, "tax_number": balance.tax_number, "currency": balance.currency,
            **{name: str(getattr(balance, name).quantize(CENT)) for name in RECEIVABLE_FIELDS}}


def _line(row: dict) -> str:
    return (f"{row['client'][:40]:<40}  {row['tax_number']:<14}  {row['currency']:<3}  open {row['open']:>14}  "
            f"overdue {row['overdue']:>14}  over 90 days {row['days_over_90']:>14}")
