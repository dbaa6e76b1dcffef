"""Command line: no sub-command starts the GUI; sub-commands drive the same services headless."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from kamdesk import __version__
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.messages import Message

log = logging.getLogger("kamdesk")
HEADER_ROW_HELP = "the column headers are in row N (default: found among the first rows, below a title)"


def row_number(text: str) -> int:
    """A row of a sheet as people count them: 1, 2, 3 ..."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"rows are counted from 1, not {text!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kamdesk", description="The desk of a key account manager.")
    parser.add_argument("--version", action="version", version=f"kamdesk {__version__}")
    database_help = f"database URL (default: ${db.ENV_VAR} or {db.default_url()})"
    parser.add_argument("--database", metavar="URL", help=database_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--clients", type=int, default=2000, help="number of clients (default 2000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same data")
    demo.add_argument("--lang", choices=("en", "hu"),
                      help="language of the demo's texts (default: the system's, as the application's)")

    imp = sub.add_parser("import", help="import data from a file")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_clients = imp_sub.add_parser("clients", help="clients with contacts from .xlsx or .csv")
    imp_clients.add_argument("file", type=Path)
    imp_clients.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp_clients.add_argument("--all-or-nothing", action="store_true",
                             help="import nothing if any row is rejected (default: import the valid rows)")
    imp_clients.add_argument("--rejected", type=Path, metavar="FILE.xlsx",
                             help="write rejected rows with the reason to this file")
    imp_clients.add_argument("--header-row", type=row_number, metavar="N", help=HEADER_ROW_HELP)
    unknown = imp_clients.add_mutually_exclusive_group()
    unknown.add_argument("--create-managers", action="store_true",
                         help="create the managers the file names and the database does not have")
    unknown.add_argument("--without-manager", action="store_true",
                         help="import the clients of managers the database does not have without a manager")
    imp_prices = imp_sub.add_parser("prices", help="a price list (products and their prices) from .xlsx or .csv")
    imp_prices.add_argument("file", type=Path)
    imp_prices.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp_prices.add_argument("--create-columns", action="store_true",
                            help="create the price columns the file has and kamdesk does not")
    imp_prices.add_argument("--header-row", type=row_number, metavar="N", help=HEADER_ROW_HELP)

    exp = sub.add_parser("export", help="export data to a file")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    exp_clients = exp_sub.add_parser("clients", help="clients to .xlsx or .csv")
    exp_clients.add_argument("file", type=Path)
    exp_clients.add_argument("--search", default="", help="only clients matching this text")
    exp_week = exp_sub.add_parser("week", help="a week of the calendar as an A4 landscape PDF")
    exp_week.add_argument("file", type=Path, metavar="FILE.pdf")
    exp_week.add_argument("--week", help="ISO week such as 2026-W49 (default: this week)")
    week_managers = exp_week.add_mutually_exclusive_group()
    week_managers.add_argument("--manager", metavar="NAME", action="append",
                               help="this manager's week; give it again for more, each from a new page "
                                    "(default: the current manager's)")
    week_managers.add_argument("--all-managers", action="store_true",
                               help="every manager's week, one after another, each from a new page")
    exp_calendar = exp_sub.add_parser("calendar", help="activities to an iCalendar file (.ics)")
    exp_calendar.add_argument("file", type=Path, metavar="FILE.ics")
    exp_calendar.add_argument("--from", dest="first", metavar="DATE",
                              help="first day, YYYY-MM-DD (default: today)")
    exp_calendar.add_argument("--to", dest="last", metavar="DATE",
                              help="last day, YYYY-MM-DD (default: 8 weeks from the first day)")
    exp_calendar.add_argument("--manager", metavar="NAME", help="only this manager's activities (default: everyone's)")
    exp_order = exp_sub.add_parser("order", help="a confirmed order to .xlsx or .csv for the back office")
    exp_order.add_argument("number", help="order number, e.g. ORD-2026-00042")
    exp_order.add_argument("file", type=Path, metavar="FILE")
    exp_catalogue = exp_sub.add_parser("catalogue", help="every product with all price columns to .xlsx or .csv")
    exp_catalogue.add_argument("file", type=Path)
    exp_offer = exp_sub.add_parser("offer", help="a commercial offer as PDF and/or a live Excel workbook")
    exp_offer.add_argument("number", help="offer number, e.g. OF-2026-0007")
    exp_offer.add_argument("--pdf", type=Path, metavar="FILE.pdf")
    exp_offer.add_argument("--xlsx", type=Path, metavar="FILE.xlsx")
    exp_offer.add_argument("--lang", choices=("en", "hu", "ru"), help="language of the document (default: the offer's)")

    exp_contract = exp_sub.add_parser("contract", help="a contract as a print-ready PDF and/or an editable DOCX")
    exp_contract.add_argument("number", help="contract number, e.g. CT-2026-0007")
    exp_contract.add_argument("--pdf", type=Path, metavar="FILE.pdf")
    exp_contract.add_argument("--docx", type=Path, metavar="FILE.docx")

    lst = sub.add_parser("list", help="list records")
    lst_sub = lst.add_subparsers(dest="what", metavar="WHAT", required=True)
    lst_clients = lst_sub.add_parser("clients", help="clients, with the same search as the window")
    lst_clients.add_argument("--search", default="", help="case- and accent-insensitive text")
    lst_clients.add_argument("--archived", action="store_true", help="list archived clients")
    lst_clients.add_argument("--limit", type=int, default=None)
    lst_clients.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_orders = lst_sub.add_parser("orders", help="orders, newest first")
    lst_orders.add_argument("--client", type=int, metavar="ID", help="only this client's orders")
    lst_orders.add_argument("--state", help="draft, confirmed, shipped, delivered or cancelled")
    lst_orders.add_argument("--limit", type=int, default=None)
    lst_orders.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_offers = lst_sub.add_parser("offers", help="commercial offers, newest first")
    lst_offers.add_argument("--state", help="draft, sent, accepted, rejected or expired")
    lst_offers.add_argument("--client", type=int, metavar="ID", help="only this client's offers")
    lst_offers.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_contracts = lst_sub.add_parser("contracts", help="contracts, newest start first")
    lst_contracts.add_argument("--state", choices=("draft", "sent", "active", "expiring", "expired", "terminated"),
                               help="only contracts in this state (expiring: active, ending soon)")
    lst_contracts.add_argument("--client", type=int, metavar="ID", help="only this client's contracts")
    lst_contracts.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_products = lst_sub.add_parser("products", help="products, with the same search as the order entry")
    lst_products.add_argument("--search", default="", help="SKU or name, case- and accent-insensitive")
    lst_products.add_argument("--all", action="store_true", help="inactive products too")
    lst_products.add_argument("--limit", type=int, default=None)
    lst_products.add_argument("--json", action="store_true", help="print a JSON array for scripts")

    shot = sub.add_parser("screenshot", help="render a view offscreen into a PNG")
    shot.add_argument("view", help="clients, client:<id>, or main")
    shot.add_argument("out", type=Path)
    shot.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    _database_on_every_command(parser, database_help)
    return parser


def _database_on_every_command(parser: argparse.ArgumentParser, help_text: str) -> None:
    """`--database` after any command too (`kamdesk list clients --database URL`), not only before it.

    SUPPRESS as the default: a command's parser sets the value only when it is
    given there, so one given before the command is not overwritten by None.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=help_text)
                _database_on_every_command(command, help_text)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        return start_gui(args.database)
    try:
        return COMMANDS[args.command](args)
    except KamdeskError as error:
        print(f"kamdesk: {error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except OSError as error:
        print(f"kamdesk: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def start_gui(database: str | None) -> int:
    """The window, or the command that installs the system libraries Qt needs for it."""
    from kamdesk import qt_libraries

    problem = qt_libraries.check(os.environ)
    if problem:
        print(f"kamdesk: {problem}", file=sys.stderr)
        return 1
    from kamdesk.gui.app import run_gui

    return run_gui(database)


def cmd_demo(args) -> int:
    from kamdesk.core.services.demo import create_demo
    from kamdesk.core.services.demo_words import demo_language

    language = args.lang
    if language is None:  # the language the application's window speaks
        from PySide6.QtCore import QLocale

        language = demo_language(next(iter(QLocale.system().uiLanguages()), ""))
    db.connect(args.database)
    create_demo(args.clients, args.seed, progress=_progress_printer("demo clients"), language=language)
    print(f"created {args.clients} demo clients in {db.resolve_url(args.database)}")
    return 0


def cmd_import(args) -> int:
    if args.what == "prices":
        return cmd_import_prices(args)
    from kamdesk.core.services import party_io

    db.connect(args.database)
    table = party_io.read_table(args.file, args.header_row)
    mapping = party_io.auto_mapping(table.headers)
    if "name" not in mapping.values():
        raise KamdeskError(f"No column of {args.file.name} looks like the client name; headers found in row "
                           f"{table.header_row}: {', '.join(table.headers)} (--header-row N reads them from row N)")
    _say_header_row(table)
    choice = (party_io.CREATE_MANAGERS if args.create_managers else
              party_io.WITHOUT_MANAGER if args.without_manager else None)
    try:
        check = party_io.check_rows(table, mapping, unknown=choice)
    except ValidationError as error:
        if error.field != "manager":
            raise
        raise KamdeskError(f"{error.message} Nothing imported (--create-managers or --without-manager).") from None
    problems = check.rejected + check.duplicates
    for problem in problems:
        print(f"row {problem.row_number}: {problem.reason}", file=sys.stderr)
    if args.rejected and problems:
        party_io.write_rejected(check, table.headers, args.rejected)
    summary = (f"{len(check.valid)} valid, {len(check.rejected)} rejected, {len(check.duplicates)} duplicates"
               + (f"; new managers: {', '.join(check.new_managers)}" if check.new_managers else ""))
    if args.dry_run or (args.all_or_nothing and problems):
        print(f"{summary}; nothing imported")
        return 1 if problems else 0
    created = party_io.import_rows(check)
    print(f"{summary}; imported {created} clients")
    return 0


def cmd_import_prices(args) -> int:
    from kamdesk.core.services import catalogue_io

    db.connect(args.database)
    table = catalogue_io.read_table(args.file, args.header_row)
    mapping = catalogue_io.auto_mapping(table.headers)
    if "sku" not in mapping.values():
        raise KamdeskError(f"No column of {args.file.name} looks like the SKU; headers found in row "
                           f"{table.header_row}: {', '.join(table.headers)} (--header-row N reads them from row N)")
    _say_header_row(table)
    ignored = [header for index, header in enumerate(table.headers) if index not in mapping and header]
    if ignored:
        print(f"columns not imported: {', '.join(ignored)}", file=sys.stderr)
    check = catalogue_io.check_price_list(table, mapping)
    for problem in check.rejected:
        print(f"row {problem.row_number}: {problem.reason}", file=sys.stderr)
    create = check.new_columns if args.create_columns else []
    if check.new_columns and not args.create_columns:
        print(f"new price columns, not created (--create-columns creates them): {', '.join(check.new_columns)}",
              file=sys.stderr)
    summary = (f"{len(check.valid)} valid ({check.new_products} new products), {len(check.rejected)} rejected"
               + (f"; new price columns: {', '.join(create)}" if create else ""))
    if args.dry_run or check.rejected:
        print(f"{summary}; nothing imported")
        return 1 if check.rejected else 0
    created, updated = catalogue_io.import_price_list(check, create)
    print(f"{summary}; created {created} and updated {updated} products")
    return 0


def _say_header_row(table) -> None:
    if table.header_row > 1:
        print(f"headers in row {table.header_row}; the rows above are not imported", file=sys.stderr)


def cmd_export(args) -> int:
    if args.what == "week":
        return cmd_export_week(args)
    if args.what == "order":
        return cmd_export_order(args)
    if args.what == "catalogue":
        return cmd_export_catalogue(args)
    if args.what == "calendar":
        return cmd_export_calendar(args)
    if args.what == "offer":
        return cmd_export_offer(args)
    if args.what == "contract":
        return cmd_export_contract(args)
    from kamdesk.core.services import party_io
    from kamdesk.core.services.client_search import ClientFilter

    db.connect(args.database)
    count = party_io.export_clients(ClientFilter(text=args.search), args.file)
    print(f"exported {count} clients to {args.file}")
    return 0


def cmd_export_order(args) -> int:
    from kamdesk.core.services.order_io import export_order

    db.connect(args.database)
    count = export_order(args.number, args.file)
    print(f"exported order {args.number.strip()} ({count} {'line' if count == 1 else 'lines'}) to {args.file}")
    return 0


def cmd_export_offer(args) -> int:
    from kamdesk.core.services import offer as offer_service

    if not (args.pdf or args.xlsx):
        raise KamdeskError(Message("Say where to: --pdf FILE.pdf and/or --xlsx FILE.xlsx."))
    db.connect(args.database)
    data = offer_service.offer_document_data(offer_service.offer_by_number(args.number.strip()).id, args.lang)
    if args.pdf:
        from kamdesk.core.documents.offer_pdf import write_offer_pdf

        write_offer_pdf(args.pdf, data)
        print(f"wrote {args.pdf}")
    if args.xlsx:
        from kamdesk.core.documents.offer_xlsx import write_offer_xlsx

        write_offer_xlsx(args.xlsx, data)
        print(f"wrote {args.xlsx}")
    return 0


def cmd_export_contract(args) -> int:
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


def cmd_export_catalogue(args) -> int:
    from kamdesk.core.services.catalogue_io import export_catalogue

    db.connect(args.database)
    count = export_catalogue(args.file)
    print(f"exported {count} products to {args.file}")
    return 0


def cmd_export_week(args) -> int:
    import datetime as dt

    from kamdesk.core.documents.week_pdf import english_week, write_week_pdf
    from kamdesk.core.services import activity

    db.connect(args.database)
    now = dt.datetime.now(activity.local_zone())
    monday = activity.parse_iso_week(args.week) if args.week else activity.week_start(now.date())
    managers = _week_managers(args, monday)
    weeks = [english_week(monday, activity.week_activities(monday, activity.ActivityFilter(owner_ids=(manager.id,))),
                          manager_name=manager.name, working_hours=activity.working_hours(), printed_at=now,
                          today=now.date())
             for manager in managers]
    write_week_pdf(args.file, *weeks)
    count = sum(len(week.activities) for week in weeks)
    print(f"wrote {weeks[0].week_label} ({count} {'activity' if count == 1 else 'activities'}) "
          f"for {', '.join(m.name for m in managers)} to {args.file}")
    return 0


def _week_managers(args, monday) -> list:
    """Whose weeks `export week` prints: those named, everyone's (with any former manager who has activities
    that week), or the current manager's; everyone's when no one sits at the desk."""
    from kamdesk.core.services import activity
    from kamdesk.core.services.company import current_manager, list_managers

    if args.manager:
        named = [_manager_named(name) for name in args.manager]
        return list({manager.id: manager for manager in named}.values())
    me = None if args.all_managers else current_manager()
    if me is not None:
        return [me]
    owners = {view.owner_id for view in activity.week_activities(monday)}
    managers = [m for m in list_managers(active_only=False) if m.active or m.id in owners]
    if not managers:
        raise KamdeskError("There is no manager yet: set up the company first (start kamdesk or run kamdesk demo)")
    return managers


def cmd_export_calendar(args) -> int:
    import datetime as dt

    from kamdesk.core.services import activity
    from kamdesk.core.services.calendar_export import export_calendar

    db.connect(args.database)
    first = _date_argument(args.first, "--from") if args.first else dt.datetime.now(activity.local_zone()).date()
    last = _date_argument(args.last, "--to") if args.last else first + dt.timedelta(weeks=8, days=-1)
    manager = _manager_named(args.manager) if args.manager else None
    flt = activity.ActivityFilter(owner_ids=(manager.id,) if manager else ())
    count = export_calendar(args.file, first, last, flt)
    print(f"exported {count} events ({first} to {last}) to {args.file}")
    return 0


def _date_argument(text: str, option: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise KamdeskError(f"{option} “{text}” is not a date such as 2026-12-07") from None


def _manager_named(name: str):
    """The manager called `name` (case and accents ignored), or an error that lists who there is."""
    from kamdesk.core.services.company import list_managers
    from kamdesk.core.text_fold import fold

    managers = list_managers(active_only=False)
    found = [m for m in managers if fold(m.name) == fold(name.strip())]
    if not found:
        known = ", ".join(m.name for m in managers) or "none"
        raise KamdeskError(f"There is no manager called “{name}”; managers: {known}")
    return found[0]


def cmd_list(args) -> int:
    if args.what == "orders":
        return cmd_list_orders(args)
    if args.what == "products":
        return cmd_list_products(args)
    if args.what == "offers":
        return cmd_list_offers(args)
    if args.what == "contracts":
        return cmd_list_contracts(args)
    from kamdesk.core.services.client_search import ClientFilter, search_clients

    db.connect(args.database)
    rows = search_clients(ClientFilter(text=args.search, archived=args.archived), limit=args.limit)
    if args.json:
        json.dump([_row_json(r) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for row in rows:
        print(f"{row.id:>7}  {row.name[:44]:<44}  {row.city[:20]:<20}  {row.tax_number:<14}  {row.status}")
    print(f"{len(rows)} clients", file=sys.stderr)
    return 0


def _row_json(row) -> dict:
    return {"id": row.id, "name": row.name, "tax_number": row.tax_number, "city": row.city,
            "status": row.status, "segment": row.segment, "manager": row.manager,
            "key_account": row.key_account, "phone": row.phone, "archived": row.archived}


def cmd_list_orders(args) -> int:
    from kamdesk.core.services.order_io import list_orders
    from kamdesk.core.services.party import get_client

    db.connect(args.database)
    if args.client is not None:
        get_client(args.client)  # an unknown id is an error, not an empty list
    orders = list_orders(client_id=args.client, state=args.state, limit=args.limit)
    if args.json:
        json.dump([_order_json(o) for o in orders], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for order in orders:
        print(f"{order.number:<16}  {order.order_date.isoformat()}  {order.state:<10}  "
              f"{order.gross_total:>14}  {order.currency}  {order.client[:40]}")
    print(f"{len(orders)} orders", file=sys.stderr)
    return 0


def _order_json(order) -> dict:
    return {"id": order.id, "number": order.number, "client": order.client, "client_id": order.client_id,
            "manager": order.manager, "state": order.state, "order_date": order.order_date.isoformat(),
            "delivery_date": order.delivery_date.isoformat() if order.delivery_date else None,
            "currency": order.currency, "net_total": str(order.net_total), "vat_total": str(order.vat_total),
            "gross_total": str(order.gross_total)}


def _run_daily_jobs() -> None:
    """The command line's start-up: before contracts or offers are listed, those past their dates move on."""
    from kamdesk.core.services.jobs import run_daily_jobs

    run_daily_jobs()


def cmd_list_offers(args) -> int:
    from kamdesk.core.services import offer as offer_service

    db.connect(args.database)
    _run_daily_jobs()
    offers = offer_service.list_offers(state=args.state, client_id=args.client)
    rows = [{"id": o.id, "number": o.number, "client": o.client.name, "client_id": o.client_id, "state": o.state,
             "offer_date": o.offer_date.isoformat(), "valid_until": o.valid_until.isoformat(),
             "currency": o.currency, "net_total": str(o.net_total), "vat_total": str(o.vat_total),
             "gross_total": str(o.gross_total)} for o in offers]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for row in rows:
        print(f"{row['number']:<14}  {row['offer_date']}  {row['state']:<9}  {row['gross_total']:>14}  "
              f"{row['currency']}  {row['client'][:40]}")
    print(f"{len(rows)} offers", file=sys.stderr)
    return 0


def cmd_list_contracts(args) -> int:
    from kamdesk.core.services import contract as contract_service

    db.connect(args.database)
    _run_daily_jobs()
    contracts = contract_service.list_contracts(state=args.state, client_id=args.client)
    window = contract_service.renewal_days()
    rows = [{"id": c.id, "number": c.number, "client": c.client.name, "client_id": c.client_id, "kind": c.kind,
             "state": c.state, "shown_as": contract_service.display_state(c, window=window),
             "start_date": c.start_date.isoformat(), "end_date": c.end_date.isoformat() if c.end_date else None,
             "signed_date": c.signed_date.isoformat() if c.signed_date else None,
             "auto_renewal": c.auto_renewal, "amount": str(c.amount) if c.amount is not None else None,
             "currency": c.currency} for c in contracts]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for row in rows:
        print(f"{row['number']:<13}  {row['shown_as']:<10}  {row['start_date']}  {row['end_date'] or '—':<10}  "
              f"{row['kind']:<9}  {row['client'][:40]}")
    print(f"{len(rows)} contracts", file=sys.stderr)
    return 0


def cmd_list_products(args) -> int:
    from kamdesk.core.services.product_search import ProductSearch

    db.connect(args.database)
    products = ProductSearch().find(args.search, limit=args.limit, active_only=not args.all)
    if args.json:
        json.dump([{"id": p.id, "sku": p.sku, "name": p.name, "unit": p.unit, "vat_rate": str(p.vat_rate)}
                   for p in products], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for product in products:
        print(f"{product.sku:<14}  {product.name[:50]:<50}  {product.unit:<7}  {product.vat_rate:>6} %")
    print(f"{len(products)} products", file=sys.stderr)
    return 0


def cmd_screenshot(args) -> int:
    from kamdesk.gui.screenshot import take_screenshot

    width, _, height = args.size.partition("x")
    take_screenshot(args.database, args.view, args.out, (int(width), int(height)))
    print(f"saved {args.out}")
    return 0


def _progress_printer(what: str):
    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{what}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return progress


COMMANDS = {"demo": cmd_demo, "import": cmd_import, "export": cmd_export, "list": cmd_list,
            "screenshot": cmd_screenshot}
