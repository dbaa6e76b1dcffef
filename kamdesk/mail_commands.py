"""The command line of correspondence: the `kamdesk mail` verb, the options every mailed document shares
(`--eml FILE | --send`, `--to ADDR`), `deliver(draft, args)` which the document commands call, and
`mail files`, `mail check`, `list mail`. No Qt.

A document command (`kamdesk mail offer NUMBER`) is added by its area to `verbs["mail"]`:

    parser = verbs["mail"].add_parser("offer", help="...")
    mail_commands.add_delivery_options(parser)
    ... run: db.connect(args.database); draft = offer_draft(...); return mail_commands.deliver(draft, args)

The SMTP account comes from the desk's settings or KAMDESK_SMTP_URL; the password from
KAMDESK_SMTP_PASSWORD, the keyring, or a prompt without echo when typed at a terminal.
"""

from __future__ import annotations

import getpass
import mimetypes
import sys
from pathlib import Path

from kamdesk.commands import print_rows

MAX_FILE_BYTES = 25 * 1024 * 1024  # read no further: the draft's own check says the limit in words


def add_commands(sub, verbs) -> None:
    """`mail` (its documents come from the areas: verbs["mail"]), `mail files`, `mail check`, `list mail`."""
    files = verbs["mail"].add_parser("files", help="send files (or save them as a draft) with a subject and text")
    files.add_argument("files", nargs="+", type=Path, metavar="FILE", help="the files to attach")
    files.add_argument("--subject", required=True, help="the subject line")
    files.add_argument("--body", default="", help="the message's text (default: none)")
    files.add_argument("--client", metavar="CLIENT", help="record it in this client's history (tax number or id)")
    add_delivery_options(files)
    files.set_defaults(run=cmd_mail_files)

    check = verbs["mail"].add_parser("check", help="connect and log in to the mail servers of your account")
    check.set_defaults(run=cmd_mail_check)

    history = verbs["list"].add_parser("mail", help="a client's sent mail and saved drafts, newest first")
    history.add_argument("client", metavar="CLIENT", help="the client's tax number or id")
    history.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    history.set_defaults(run=cmd_list_mail)


def add_delivery_options(parser, recipient: str = "--to") -> None:
    """`--eml FILE | --send` (one of them, checked by `deliver`) and `--to ADDR` (repeatable; replaces the
    document's recipient; `recipient` names it otherwise where --to is taken, e.g. a statement's last day)."""
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--eml", type=Path, metavar="FILE",
                     help="save a draft (.eml) your mail program opens as a new message")
    how.add_argument("--send", action="store_true", help="send by SMTP with your account (or $KAMDESK_SMTP_URL)")
    parser.add_argument(recipient, dest="recipients", action="append", metavar="ADDR",
                        help="recipient (repeat for more); default: the document's contact")
    parser.add_argument("--cc", action="append", metavar="ADDR", help="copy to (repeat for more)")


def deliver(draft, args) -> int:
    """Save `draft` as args.eml or send it (args.send), with args.recipients / args.cc replacing its recipients."""
    from kamdesk.core.services import mail

    require_eml_or_send(args)
    draft.to = list(args.recipients) if args.recipients else draft.to
    draft.cc = list(args.cc) if getattr(args, "cc", None) else draft.cc
    mail.check_draft(draft)  # what to correct in the message first, before the account is looked at
    account = mail.account()
    if args.eml is not None:
        recorded = mail.save_draft(draft, args.eml, account.sender if account else "")
        print(f"Draft saved to {args.eml}: open it in your mail program to send it.")
        return _recorded(recorded)
    if account is None:
        raise mail.MailError("No e-mail account is set up: set one up in kamdesk's settings, or give "
                             "KAMDESK_SMTP_URL (smtp://user@host:587?from=address) and KAMDESK_SMTP_PASSWORD.")
    recorded = mail.send(draft, account, _password(account))
    print(f"Sent to {', '.join(draft.to + draft.cc)}.")
    if recorded.sent_copy not in ("", "saved"):
        print("kamdesk: the message was sent, but its copy is not in the Sent folder: "
              f"{mail.stored.read(recorded.sent_copy)}", file=sys.stderr)
    return _recorded(recorded)


def require_eml_or_send(args) -> None:
    """Refuse a command given neither --eml nor --send (before its document is made)."""
    from kamdesk.core.errors import KamdeskError

    if args.eml is None and not args.send:
        raise KamdeskError("Say --eml FILE (a draft for your mail program) or --send (by SMTP).")


def _recorded(recorded) -> int:
    if recorded.client_id is None:
        print("Not recorded in a client's history (no client).", file=sys.stderr)
    return 0


def _password(account) -> str | None:
    from kamdesk.core.redaction import remember_secret
    from kamdesk.core.services import mail

    known = mail.password(account)
    if known is not None or not account.smtp_user or not sys.stdin.isatty():
        return known
    typed = getpass.getpass(f"Password of {account.smtp_user} at {account.smtp_host}: ")
    remember_secret(typed)
    return typed


def cmd_mail_files(args) -> int:
    from kamdesk.core import db
    from kamdesk.core.services import mail

    require_eml_or_send(args)
    db.connect(args.database)
    attachments = [mail.Attachment(path.name, _read(path), _mime(path)) for path in args.files]
    client_id = _client(args.client) if args.client else None
    draft = mail.Draft(client_id=client_id, to=[], subject=args.subject, body=args.body, attachments=attachments)
    return deliver(draft, args)


def _client(text: str) -> int:
    from kamdesk.core.documents.statement_data import client_named

    return client_named(text)


def _read(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(MAX_FILE_BYTES + 1)


def _mime(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def cmd_mail_check(args) -> int:
    from kamdesk.core import db
    from kamdesk.core.services import mail

    db.connect(args.database)
    account = mail.account()
    if account is None:
        raise mail.MailError("No e-mail account is set up.")
    password = _password(account)  # the Sent copy's own, or this one only on the same host
    mail.test_account(account, password, (mail.imap_password(account, password) or "") if account.imap_host else None)
    servers = f"{account.smtp_host}:{account.smtp_port}" + (
        f" and {account.imap_host}:{account.imap_port} ({account.sent_folder})" if account.imap_host else "")
    print(f"Connected and logged in to {servers}.")
    return 0


def _document_line(line: str) -> str:
    """A document the history names, as "kind:record_id:title" with its title in words."""
    from kamdesk.core.services import mail

    ref = mail.DocumentRef.from_line(line)
    return f"{ref.kind}:{'' if ref.record_id is None else ref.record_id}:{ref.title}"


def cmd_list_mail(args) -> int:
    from kamdesk.core import db
    from kamdesk.core.services import mail

    db.connect(args.database)
    rows = [{"id": row.id, "sent_at": row.sent_at.isoformat(timespec="seconds"), "via": row.via, "to": row.to,
             "cc": row.cc, "subject": row.subject, "attachments": row.attachments.splitlines(),
             "documents": [_document_line(line) for line in row.documents.splitlines()],
             "sent_copy": mail.stored.read(row.sent_copy)}
            for row in mail.history(_client(args.client))]
    return print_rows(rows, args.json, lambda row: (
        f"{row['sent_at']}  {row['via']:<5}  {row['to'][:40]:<40}  {row['subject'][:60]}"), "messages")
