"""The party area's commands: `import clients`, `export clients`, `export contacts`, `list clients` (no Qt)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kamdesk.commands import (
    HEADER_ROW_HELP,
    REJECTED_HELP,
    list_limit,
    mapped_table,
    progress_bar,
    record_id,
    row_number,
)
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError, ValidationError


def add_commands(verbs: dict) -> None:
    imp_clients = verbs["import"].add_parser("clients", help="clients with contacts from .xlsx or .csv")
    imp_clients.add_argument("file", type=Path)
    imp_clients.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp_clients.add_argument("--all-or-nothing", action="store_true",
                             help="import nothing if any row is rejected (default: import the valid rows)")
    imp_clients.add_argument("--rejected", type=Path, metavar="FILE", help=REJECTED_HELP)
    imp_clients.add_argument("--header-row", type=row_number, metavar="N", help=HEADER_ROW_HELP)
    unknown = imp_clients.add_mutually_exclusive_group()
    unknown.add_argument("--create-managers", action="store_true",
                         help="create the managers the file names and the database does not have")
    unknown.add_argument("--without-manager", action="store_true",
                         help="import the clients of managers the database does not have without a manager")
    imp_clients.set_defaults(run=import_clients)
    exp_clients = verbs["export"].add_parser("clients", help="clients to .xlsx or .csv")
    exp_clients.add_argument("file", type=Path)
    exp_clients.add_argument("--search", default="", help="only clients matching this text")
    exp_clients.set_defaults(run=export_clients)
    exp_contacts = verbs["export"].add_parser("contacts", help="contacts as vCard 4.0 for phones and mail programs")
    exp_contacts.add_argument("file", type=Path, help="the .vcf file to write")
    exp_contacts.add_argument("--client", type=record_id, action="append", metavar="ID",
                              help="only this client's contacts (repeatable); default: every client in the list")
    exp_contacts.set_defaults(run=export_contacts)
    lst_clients = verbs["list"].add_parser("clients", help="clients, with the same search as the window")
    lst_clients.add_argument("--search", default="", help="case- and accent-insensitive text")
    lst_clients.add_argument("--archived", action="store_true", help="list archived clients")
    lst_clients.add_argument("--limit", type=list_limit, default=None)
    lst_clients.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    lst_clients.set_defaults(run=list_clients)


def import_clients(args) -> int:
    from kamdesk.core.services import party_io

    db.connect(args.database)
    table, mapping = mapped_table(args, party_io, "name", "the client name")
    choice = (party_io.CREATE_MANAGERS if args.create_managers else
              party_io.WITHOUT_MANAGER if args.without_manager else None)
    try:
        check = party_io.check_rows(table, mapping, unknown=choice, progress=progress_bar("checking rows"))
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
    created = party_io.import_rows(check, progress=progress_bar("importing clients"))
    print(f"{summary}; imported {created} clients")
    return 0


def export_clients(args) -> int:
    from kamdesk.core.services import party_io
    from kamdesk.core.services.client_search import ClientFilter

    db.connect(args.database)
    count = party_io.export_clients(ClientFilter(text=args.search), args.file,
                                    progress=progress_bar("exporting clients"))
    print(f"exported {count} clients to {args.file}")
    return 0


def export_contacts(args) -> int:
    from kamdesk.core.services import contact_cards, party

    db.connect(args.database)
    for client_id in args.client or ():
        party.get_client(client_id)  # an unknown id said plainly
    count = contact_cards.export_contacts(args.file, args.client, progress=progress_bar("exporting contacts"))
    print(f"exported {count} contacts to {args.file}")
    return 0


def list_clients(args) -> int:
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
