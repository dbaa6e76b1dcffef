"""Correspondence: documents by e-mail, sent by SMTP with the manager's account or saved as a draft (.eml)
for the user's own mail program, and the client's mail history.

`draft` holds the message and its check, `eml` its bytes, `records` the history, `account` the
desk's SMTP/IMAP settings and password, `smtp` and `imap` the transports, `sending` the use cases.
"""

from kamdesk.core.errors import MailError
from kamdesk.core.models.mail import SentMail
from kamdesk.core.services.mail.draft import (
    DOCX,
    PDF,
    VCARD,
    XLSX,
    Attachment,
    DocumentRef,
    Draft,
    check_draft,
)
from kamdesk.core.services.mail import stored
from kamdesk.core.services.mail.eml import eml_bytes
from kamdesk.core.services.mail.records import history
from kamdesk.core.services.mail.account import (
    Account,
    account,
    forget_password,
    imap_password,
    password,
    remember_password,
    save_account,
)
from kamdesk.core.services.mail.sending import save_draft, send, test_account


__all__ = ["DOCX", "PDF", "VCARD", "XLSX", "Account", "Attachment", "DocumentRef", "Draft", "MailError", "SentMail",
           "account", "check_draft", "eml_bytes", "forget_password", "history", "imap_password", "password",
           "remember_password", "save_account", "save_draft", "send", "stored", "test_account"]
