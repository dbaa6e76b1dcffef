"""`kamdesk letters ...`: letters from templates on the command line, no Qt.

    kamdesk letters templates                       the letter templates and the fields each asks for
    kamdesk letters write TEMPLATE CLIENT [--field KEY=VALUE ...] --pdf FILE
    kamdesk mail letter TEMPLATE CLIENT [--field KEY=VALUE ...] (--eml FILE | --send) [--to ADDR]
    kamdesk letters merge TEMPLATE [--segment NAME] [--manager NAME] [--status CODE] [--key-accounts]
                          [--field KEY=VALUE ...] [--pdf DIR] [--eml DIR | --send] [--dry-run]

A merge prints one line per client (the file written, the e-mail saved or sent, or why it was skipped, not
mailed or not written) and a total; it ends with 1 when a client was skipped, not mailed or not written, or the
merge stopped early, so a script notices.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kamdesk.commands import print_rows, progress_bar
from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message


TEMPLATE_HELP = "the template's id, key (price_change_hu) or name; see `letters templates`"
FIELD_HELP = "a field the template asks for, e.g. effective_date=2027-02-01 (repeatable)"


def add_commands(sub, verbs: dict) -> None:
    """`letters templates`, `letters write`, `letters merge`, and `mail letter` (verbs["mail"], `mail_commands`)."""
    from kamdesk.mail_commands import add_delivery_options

    letters = sub.add_parser("letters", help="letters from templates: one PDF or e-mail per client (mail merge)")
    own = letters.add_subparsers(dest="what", metavar="WHAT", required=True)
    templates = own.add_parser("templates", help="the letter templates and the fields each asks for")
    templates.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    templates.set_defaults(run=list_templates)
    write = own.add_parser("write", help="one client's letter as a PDF")
    _one_letter(write)
    write.add_argument("--pdf", type=Path, required=True, metavar="FILE.pdf")
    write.set_defaults(run=write_letter)
    mail = verbs["mail"].add_parser("letter", help="e-mail one client's letter from a template (its PDF attached)")
    _one_letter(mail)
    add_delivery_options(mail)
    mail.set_defaults(run=mail_letter)
    merge = own.add_parser("merge", help="a letter to every client of a segment, a manager, a status …")
    merge.add_argument("template", help=TEMPLATE_HELP)
    merge.add_argument("--segment", metavar="NAME", help="only the clients of this segment")
    merge.add_argument("--manager", metavar="NAME", help="only the clients of this manager")
    merge.add_argument("--status", metavar="CODE", help="only clients of this status: prospect, active, inactive, lost")
    merge.add_argument("--key-accounts", action="store_true", help="only key accounts")
    merge.add_argument("--field", action="append", default=[], type=field_value, metavar="KEY=VALUE", help=FIELD_HELP)
    merge.add_argument("--pdf", type=Path, metavar="DIR", help="write one PDF per client into this folder")
    mail = merge.add_mutually_exclusive_group()
    mail.add_argument("--eml", type=Path, metavar="DIR", help="save one e-mail draft (.eml) per client here")
    mail.add_argument("--send", action="store_true", help="send the e-mails with this desk's account "
                                                          "(or $KAMDESK_SMTP_URL)")
    merge.add_argument("--dry-run", action="store_true", help="say who would get a letter; write and send nothing")
    merge.set_defaults(run=merge_letters)


def _one_letter(parser) -> None:
    parser.add_argument("template", help=TEMPLATE_HELP)
    parser.add_argument("client", metavar="CLIENT", help="the client's tax number or id")
    parser.add_argument("--field", action="append", default=[], type=field_value, metavar="KEY=VALUE", help=FIELD_HELP)


def field_value(text: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not equals or not key.strip().isidentifier():
        raise argparse.ArgumentTypeError(f"“{text}” is not KEY=VALUE (e.g. effective_date=2027-02-01)")
    return key.strip(), value


def list_templates(args) -> int:
    from kamdesk.core.services import letters

    db.connect(args.database)
    rows = [{"id": t.id, "key": t.key, "name": t.name, "language": t.language,
             "fields": list(letters.template_fields(t.id))} for t in letters.letter_templates()]
    return print_rows(rows, args.json, lambda row: (
        f"{row['id']:>4}  {row['key'][:24]:<24}  {row['language']}  {row['name'][:40]:<40}  "
        f"{', '.join(row['fields'])}"), "letter templates")


def _template_and_values(args):
    """The template the command names and its fields as typed; an unknown field is refused, naming it."""
    from kamdesk.core.services import letters

    template = letters.find_template(args.template)
    values = dict(args.field)
    unknown = [key for key in values if key not in letters.template_fields(template.id)]
    if unknown:
        raise KamdeskError(Message("The template “{name}” has no field {fields}.", name=template.name,
                                   fields=", ".join(unknown)))
    return template, values


def write_letter(args) -> int:
    from kamdesk.core.documents.statement_data import client_named
    from kamdesk.core.services import letters

    db.connect(args.database)
    template, values = _template_and_values(args)
    path = letters.write_letter(template.id, client_named(args.client), values, args.pdf)
    print(f"wrote {path}")
    return 0


def mail_letter(args) -> int:
    from kamdesk.core.documents.statement_data import client_named
    from kamdesk.core.services import letters
    from kamdesk.mail_commands import deliver, require_eml_or_send

    require_eml_or_send(args)
    db.connect(args.database)
    template, values = _template_and_values(args)
    return deliver(letters.letter_draft(template.id, client_named(args.client), values), args)


def merge_letters(args) -> int:
    from kamdesk.core.services import letters

    db.connect(args.database)
    template, values = _template_and_values(args)
    flt = letters.client_filter(args.segment, args.manager, args.status, True if args.key_accounts else None)
    result = letters.merge(template.id, flt, values, pdf_dir=args.pdf, eml_dir=args.eml, send=args.send,
                           dry_run=args.dry_run, progress=progress_bar("letters"))
    for entry in result.entries:
        print(_line(entry))
    mailed = "" if not (args.eml or args.send) else f", {len(result.mailed)} e-mails"
    failed = f", {len(result.failed)} not written" if result.failed else ""
    print(f"{len(result.made)} of {result.total} clients get a letter{mailed}; {len(result.skipped)} skipped{failed}"
          + (" (dry run: nothing written)" if args.dry_run else ""), file=sys.stderr)
    if result.error:
        print(f"kamdesk: the merge stopped after {len(result.entries)} of {result.total} clients: {result.error}",
              file=sys.stderr)
    return 1 if result.skipped or result.not_mailed or result.failed or result.error else 0


def _line(entry) -> str:
    if entry.skipped:
        return f"skipped  {entry.client_name}: {entry.skipped}"
    if entry.failed:
        return f"failed   {entry.client_name}: {entry.failed} (not mailed)"
    parts = [str(entry.file) if entry.file else "", {"draft": "draft saved", "sent": "sent"}.get(entry.mailed, "")]
    if entry.mailed:
        parts[-1] += f" to {entry.email}"
    if entry.warning:
        parts.append(f"warning: {entry.warning}")
    if entry.not_mailed:
        parts.append(f"not mailed: {entry.not_mailed}")
    at = f" at {entry.email}" if entry.email else ""
    done = "; ".join(part for part in parts if part) or f"would get a letter{at}"
    return f"letter   {entry.client_name}: {done}"
