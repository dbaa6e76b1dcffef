"""A deal's document package on the command line (no Qt):

    kamdesk package CLIENT [--offer NUMBER] [--contract NUMBER] [--statement FROM:TO] [--price-list
                    [--category PATH]] [--language hu|en|ru] (--pdf FILE | --eml FILE | --send)
                    [--to ADDR] [--cc ADDR] [--combined]

The documents come in the order they are named on the line; CLIENT is a tax number or an id. An e-mail is
saved or sent by the mail commands' `deliver`, as every mailed document is.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message


class _Document(argparse.Action):
    """Keeps every document option, in the order given, in `args.documents` as (kind, value)."""

    def __call__(self, parser, namespace, values, option_string=None):
        documents = list(getattr(namespace, "documents", None) or [])
        documents.append((self.const, values))
        namespace.documents = documents


def add_commands(sub, verbs) -> None:
    package = sub.add_parser("package", help="a deal's documents (offers, contracts, a statement, a price list) "
                                             "as one bookmarked PDF or one e-mail")
    package.add_argument("client", metavar="CLIENT", help="the client's tax number or id")
    package.add_argument("--offer", action=_Document, const="offer", metavar="NUMBER", help="an offer (repeatable)")
    package.add_argument("--contract", action=_Document, const="contract", metavar="NUMBER",
                         help="a contract (repeatable)")
    package.add_argument("--statement", action=_Document, const="statement", metavar="FROM:TO",
                         help="the statement of account for a period, e.g. 2026-01-01:2026-11-30")
    package.add_argument("--price-list", action=_Document, const="price_list", nargs=0,
                         help="a price list extract in the client's prices")
    package.add_argument("--category", action="append", metavar="PATH", default=[],
                         help="the price list's categories, e.g. \"Food / Dairy\" (repeatable; default: all)")
    package.add_argument("--language", choices=("hu", "ru", "en"),
                         help="the titles' and the e-mail's language (default: the client's)")
    where = package.add_mutually_exclusive_group()
    where.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="write one PDF with a bookmark per document")
    where.add_argument("--eml", type=Path, metavar="FILE.eml",
                       help="save an e-mail draft with the documents attached, for your mail program")
    where.add_argument("--send", action="store_true", help="send the e-mail by SMTP with your account")
    package.add_argument("--to", dest="recipients", action="append", metavar="ADDR",
                         help="the e-mail's recipient (repeatable; default: the client's contact)")
    package.add_argument("--cc", action="append", metavar="ADDR", help="copy to (repeatable)")
    package.add_argument("--combined", action="store_true", help="attach the one bookmarked PDF to the e-mail")
    package.set_defaults(run=cmd_package, documents=[])


def cmd_package(args) -> int:
    from kamdesk.core.documents.statement_data import client_named
    from kamdesk.core.services import document_package

    if not args.documents:
        raise KamdeskError(Message("Name the documents: --offer, --contract, --statement and/or --price-list."))
    if not (args.pdf or args.eml or args.send):
        raise KamdeskError(Message("Say where to: --pdf FILE.pdf, --eml FILE.eml or --send."))
    db.connect(args.database)
    client_id = client_named(args.client)
    documents = [_document(kind, value, args.category) for kind, value in args.documents]
    if args.pdf:
        document_package.write_package_pdf(args.pdf, client_id, documents, args.language)
        print(f"wrote {args.pdf}")
        return 0
    from kamdesk.mail_commands import deliver

    return deliver(document_package.package_draft(client_id, documents, args.language, combined=args.combined),
                   args)


def _document(kind: str, value, categories: list[str]):
    from kamdesk.core.services import contract as contracts
    from kamdesk.core.services import offer, price_list
    from kamdesk.core.services.document_package import PackageDocument

    if kind == "offer":
        return PackageDocument(kind, offer.offer_by_number(value).id)
    if kind == "contract":
        return PackageDocument(kind, contracts.contract_by_number(value).id)
    if kind == "statement":
        start, end = _period(value)
        return PackageDocument(kind, start=start, end=end)
    return PackageDocument(kind, category_ids=tuple(price_list.category_named(path) for path in categories))


def _period(text: str) -> tuple[dt.date, dt.date]:
    first, _, last = text.partition(":")
    try:
        return dt.date.fromisoformat(first.strip()), dt.date.fromisoformat(last.strip())
    except ValueError:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise KamdeskError(Message("--statement “{text}” is not a period such as 2026-01-01:2026-11-30.",
                                   text=shown)) from None
