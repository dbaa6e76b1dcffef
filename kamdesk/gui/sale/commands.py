"""The sale area's commands: `export order`, `list orders`, `mail order` (orders); `export offer`, `list offers`,
`mail offer` (offers). No Qt."""

from __future__ import annotations

from pathlib import Path

from kamdesk.commands import (
    STATE_HELP,
    check_state,
    list_limit,
    print_rows,
    record_id,
    require_pdf_or_xlsx,
    write_pdf_and_xlsx,
)
from kamdesk.core import db
from kamdesk.mail_commands import add_delivery_options, deliver, require_eml_or_send


def add_order_commands(verbs: dict) -> None:
    exp_order = verbs["export"].add_parser("order", help="a confirmed order to .xlsx or .csv for the back office")
    exp_order.add_argument("number", help="order number, e.g. ORD-2026-00042")
    exp_order.add_argument("file", type=Path, metavar="FILE")
    exp_order.set_defaults(run=export_order)
    lst_orders = verbs["list"].add_parser("orders", help="orders, newest first")
    lst_orders.add_argument("--client", type=record_id, metavar="ID", help="only this client's orders")
    lst_orders.add_argument("--state", help=STATE_HELP)
    lst_orders.add_argument("--limit", type=list_limit, default=None)
    lst_orders.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_orders.set_defaults(run=list_orders)
    mail = verbs["mail"].add_parser("order", help="e-mail a confirmed order's confirmation (PDF) to its contact")
    mail.add_argument("number", help="order number, e.g. ORD-2026-00042")
    add_delivery_options(mail)
    mail.set_defaults(run=mail_order)


def add_offer_commands(verbs: dict) -> None:
    exp_offer = verbs["export"].add_parser("offer", help="a commercial offer as PDF and/or a live Excel workbook")
    exp_offer.add_argument("number", help="offer number, e.g. OF-2026-0007")
    exp_offer.add_argument("--pdf", type=Path, metavar="FILE.pdf")
    exp_offer.add_argument("--xlsx", type=Path, metavar="FILE.xlsx")
    exp_offer.add_argument("--lang", choices=("en", "hu", "ru"), help="language of the document (default: the offer's)")
    exp_offer.set_defaults(run=export_offer)
    lst_offers = verbs["list"].add_parser("offers", help="commercial offers, newest first")
    lst_offers.add_argument("--state", help=STATE_HELP)
    lst_offers.add_argument("--client", type=record_id, metavar="ID", help="only this client's offers")
    lst_offers.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_offers.set_defaults(run=list_offers)
    mail = verbs["mail"].add_parser("offer", help="e-mail an offer (its PDF and workbook) to its contact; sent by "
                                                  "SMTP, a draft offer becomes sent")
    mail.add_argument("number", help="offer number, e.g. OF-2026-0007")
    add_delivery_options(mail)
    mail.set_defaults(run=mail_offer)


def export_order(args) -> int:
    from kamdesk.core.services.order_io import export_order

    db.connect(args.database)
    count = export_order(args.number, args.file)
    print(f"exported order {args.number.strip()} ({count} {'line' if count == 1 else 'lines'}) to {args.file}")
    return 0


def mail_order(args) -> int:
    from kamdesk.core.services import sale
    from kamdesk.core.services.mail import documents

    require_eml_or_send(args)
    db.connect(args.database)
    return deliver(documents.order_draft(sale.order_by_number(args.number.strip()).id), args)


def mail_offer(args) -> int:
    from kamdesk.core.services import offer
    from kamdesk.core.services.mail import documents

    require_eml_or_send(args)
    db.connect(args.database)
    return deliver(documents.offer_draft(offer.offer_by_number(args.number).id), args)


def list_orders(args) -> int:
    from kamdesk.core.services.order_io import list_orders
    from kamdesk.core.services.party import get_client

    db.connect(args.database)
    if args.client is not None:
        get_client(args.client)  # an unknown id is an error, not an empty list
    orders = list_orders(client_id=args.client, state=args.state, limit=args.limit)
    return print_rows([_order_json(o) for o in orders], args.json, lambda row: (
        f"{row['number']:<16}  {row['order_date']}  {row['state']:<10}  {row['gross_total']:>14}  "
        f"{row['currency']}  {row['client'][:40]}"), "orders")


def _order_json(order) -> dict:
    return {"id": order.id, "number": order.number, "client": order.client, "client_id": order.client_id,
            "manager": order.manager, "state": order.state, "order_date": order.order_date.isoformat(),
            "delivery_date": order.delivery_date.isoformat() if order.delivery_date else None,
            "currency": order.currency, "net_total": str(order.net_total), "vat_total": str(order.vat_total),
            "gross_total": str(order.gross_total)}


def export_offer(args) -> int:
    from kamdesk.core.services import offer as offer_service

    require_pdf_or_xlsx(args)
    db.connect(args.database)
    data = offer_service.offer_document_data(offer_service.offer_by_number(args.number.strip()).id, args.lang)
    return write_pdf_and_xlsx(args, data, "kamdesk.core.documents.offer_pdf:write_offer_pdf",
                              "kamdesk.core.documents.offer_xlsx:write_offer_xlsx")


def list_offers(args) -> int:
    from kamdesk.core.services import offer as offer_service
    from kamdesk.core.services.jobs import run_daily_jobs
    from kamdesk.core.services.offer_workflow import OFFER

    check_state(args.state, OFFER.names())
    db.connect(args.database)
    run_daily_jobs()  # before offers are listed, those past their dates move on
    offers = offer_service.list_offers(state=args.state, client_id=args.client)
    rows = [{"id": o.id, "number": o.number, "client": o.client.name, "client_id": o.client_id, "state": o.state,
             "offer_date": o.offer_date.isoformat(), "valid_until": o.valid_until.isoformat(),
             "currency": o.currency, "net_total": str(o.net_total), "vat_total": str(o.vat_total),
             "gross_total": str(o.gross_total)} for o in offers]
    return print_rows(rows, args.json, lambda row: (
        f"{row['number']:<14}  {row['offer_date']}  {row['state']:<9}  {row['gross_total']:>14}  "
        f"{row['currency']}  {row['client'][:40]}"), "offers")
