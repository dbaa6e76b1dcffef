"""The competitor area's commands: `list competitors [--json]` and `import competitor-prices FILE`, no Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kamdesk.commands import HEADER_ROW_HELP, REJECTED_HELP, mapped_table, row_number
from kamdesk.core import db


def day(text: str) -> dt.date:
    """An argparse type: a date as 2026-12-07."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date such as 2026-12-07") from None


def add_commands(verbs: dict) -> None:
    listing = verbs["list"].add_parser("competitors", help="competitors, with how many clients, prices and actions")
    listing.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    listing.set_defaults(run=list_competitors)
    prices = verbs["import"].add_parser("competitor-prices", help="observed competitor prices from .xlsx or .csv "
                                                                  "(competitor, SKU or category, price, date, source)")
    prices.add_argument("file", type=Path, metavar="FILE")
    prices.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    prices.add_argument("--all-or-nothing", action="store_true",
                        help="import nothing if any row is rejected (default: import the valid rows)")
    prices.add_argument("--competitor", metavar="NAME", help="the competitor of the rows that name none")
    prices.add_argument("--observed-on", type=day, metavar="DATE", help="the day of the rows that give none "
                                                                          "(default: today)")
    prices.add_argument("--rejected", type=Path, metavar="FILE", help=REJECTED_HELP)
    prices.add_argument("--header-row", type=row_number, metavar="N", help=HEADER_ROW_HELP)
    prices.set_defaults(run=import_prices)


def list_competitors(args) -> int:
    from kamdesk.commands import print_rows
    from kamdesk.core.services import competitors as competitor_service

    db.connect(args.database)
    rows = [{"id": r.id, "name": r.name, "clients": r.clients, "prices": r.prices, "actions": r.actions,
             "notes": r.notes} for r in competitor_service.competitor_rows()]
    return print_rows(rows, args.json, lambda row: (
        f"{row['id']:>5}  {row['name'][:40]:<40}  {row['clients']:>5}  {row['prices']:>5}  {row['actions']:>5}"),
        "competitors")


def import_prices(args) -> int:
    from kamdesk.core.errors import KamdeskError
    from kamdesk.core.services import competitor_io, spreadsheet_import

    db.connect(args.database)
    competitor_id = _competitor_named(args.competitor) if args.competitor else None
    table, mapping = mapped_table(args, competitor_io, "price", "the price")
    if competitor_id is None and "competitor" not in mapping.values():
        raise KamdeskError(f"No column of {args.file.name} names the competitor: give the competitor of every row "
                           "with --competitor NAME")
    check = competitor_io.check_prices(table, mapping, competitor_id, args.observed_on)
    for problem in check.rejected:
        print(f"row {problem.row_number}: {problem.reason}", file=sys.stderr)
    if args.rejected and check.rejected:
        spreadsheet_import.write_rejected(check.rejected, table.headers, args.rejected)
    summary = (f"{len(check.valid)} valid ({check.new} new, {len(check.valid) - check.new} recorded before), "
               f"{len(check.rejected)} rejected")
    if args.dry_run or (args.all_or_nothing and check.rejected):
        print(f"{summary}; nothing imported")
        return 1 if check.rejected else 0
    print(f"{summary}; added {competitor_io.import_prices(check)} prices")
    return 0


def _competitor_named(name: str) -> int:
    from kamdesk.core.errors import KamdeskError
    from kamdesk.core.services import competitors as competitor_service
    from kamdesk.core.text_fold import fold

    found = [row.id for row in competitor_service.competitor_rows() if fold(row.name) == fold(name)]
    if not found:
        raise KamdeskError(f"No competitor is called {name[:80]!r}; `kamdesk list competitors` lists them")
    return found[0]
