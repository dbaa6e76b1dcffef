"""The refusals area's commands: `list returns` and `export refusals` (the analysis as a workbook), no Qt."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.commands import print_rows, record_id
from kamdesk.core import db


def day(text: str):
    """An argparse type: a day written as 2026-12-07."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text[:40]}” is not a day such as 2026-12-07") from None


def add_commands(verbs: dict) -> None:
    lst_returns = verbs["list"].add_parser("returns", help="goods returned from delivered orders, newest first")
    lst_returns.add_argument("--client", type=record_id, metavar="ID", help="only this client's returns")
    lst_returns.add_argument("--from", dest="date_from", type=day, metavar="DAY", help="returned on or after DAY")
    lst_returns.add_argument("--to", dest="date_to", type=day, metavar="DAY", help="returned on or before DAY")
    lst_returns.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_returns.set_defaults(run=list_returns)
    exp_refusals = verbs["export"].add_parser(
        "refusals", help="the refusals & returns analysis (returns, cancelled orders, lost offers) to .xlsx")
    exp_refusals.add_argument("file", type=Path, metavar="FILE.xlsx")
    exp_refusals.add_argument("--from", dest="date_from", type=day, metavar="DAY", help="from DAY")
    exp_refusals.add_argument("--to", dest="date_to", type=day, metavar="DAY", help="to DAY")
    exp_refusals.set_defaults(run=export_refusals)


def list_returns(args) -> int:
    from kamdesk.core.services import returns
    from kamdesk.core.services.party import get_client

    db.connect(args.database)
    if args.client is not None:
        get_client(args.client)  # an unknown id is an error, not an empty list
    rows = [_return_json(r) for r in returns.list_returns(returns.ReturnFilter(
        client_id=args.client, date_from=args.date_from, date_to=args.date_to))]
    return print_rows(rows, args.json, lambda row: (
        f"{row['returned_on']}  {row['order']:<16}  {row['sku']:<12}  {row['quantity']:>9} {row['unit']:<5}  "
        f"{row['reason']:<11}  {row['expected_credit']:>12} {row['currency']}  {row['credit_note'] or '—':<12}  "
        f"{row['client'][:40]}"), "returns")


def _return_json(r) -> dict:
    return {"id": r.id, "returned_on": r.returned_on.isoformat(), "order": r.order_number, "client": r.client,
            "client_id": r.client_id, "manager": r.manager, "sku": r.sku, "product": r.name,
            "quantity": format(r.quantity.normalize(), "f"), "unit": r.unit, "reason": r.reason, "note": r.note,
            "expected_credit": str(r.expected_credit), "currency": r.currency, "credit_note": r.credit_note or None}


def export_refusals(args) -> int:
    from kamdesk.core.documents.refusals_xlsx import write_refusals_xlsx
    from kamdesk.core.services import refusals

    db.connect(args.database)
    analysis = refusals.analyse(refusals.RefusalFilter(date_from=args.date_from, date_to=args.date_to))
    write_refusals_xlsx(args.file, analysis)
    print(f"wrote {args.file} ({len(analysis.records)} refusals)")
    return 0
