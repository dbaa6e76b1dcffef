"""Domain errors: what went wrong, in words a manager understands.

The GUI shows every KamdeskError through one presenter; the CLI prints its
message to stderr. Anything else is a bug and is logged with a traceback.
Messages are `kamdesk.core.messages.Message`s so that the GUI can show them
translated.
"""


class KamdeskError(Exception):
    """Base of every error the user is meant to read."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(KamdeskError):
    """One or more fields hold bad values.

    `errors` maps field name -> message, so a form can show each message beside
    its field. `message` joins them for places that show one text.
    """

    def __init__(self, errors: dict[str, str] | str, field: str | None = None):
        if isinstance(errors, str):
            errors = {field or "": errors}
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))

    def messages(self) -> list[str]:
        """Each field's message (Messages keep their templates for translation)."""
        return list(self.errors.values())

    @property
    def field(self) -> str | None:
        return next(iter(self.errors), None)


class NotFound(KamdeskError):
    """A record asked for by id or number does not exist."""


class WorkflowError(KamdeskError):
    """A state transition that the workflow does not allow."""


class IntegrityError(KamdeskError):
    """An action would break the links between records (e.g. deleting a client with history)."""


class DatabaseError(KamdeskError):
    """The database cannot be opened or upgraded."""


class DatabaseFault(DatabaseError):
    """The disk or the database file failed a read or a write (full, read-only, damaged, busy)."""


class LoginRefused(DatabaseError):
    """The server turned down the login or its password (or wanted a password and was given none)."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer kamdesk; this one must not touch it."""


class ImportFileError(KamdeskError):
    """A file to import cannot be read at all."""


class CreditLimitExceeded(KamdeskError):
    """Confirming the order would take the client over its credit limit (or its rating is D).

    `status` holds the figures (limit, exposure, this order, excess) for the user.
    """

    def __init__(self, message: str, status=None):
        super().__init__(message)
        self.status = status


class DiscountApprovalNeeded(WorkflowError):
    """A discount above the manager's limit waits for a head's approval (who may give it while sending)."""


class MailError(KamdeskError):
    """A message could not be sent or its account reached (refused, dropped, wrong password): nothing was recorded."""


class MailLoginRefused(MailError):
    """The mail server turned the user name or password down: a remembered password is wrong."""


class SentNotRecorded(MailError):
    """The message has left, but its record could not be written: sending it again would send it twice."""


class PermissionDenied(KamdeskError):
    """The connected user's role may not do this."""


class ChangedMeanwhile(KamdeskError):
    """Someone else saved the record after it was loaded here: who, when, and each field's two values.

    `who` is the manager's name ("" when unknown), `when` a naive UTC datetime (None when unknown),
    `fields` maps field name -> (theirs, yours) for every field this save would change from what is
    stored now, `table` and `record_id` name the record, and `row_version` is its stored row
    version: saving again over that one overwrites theirs.
    """

    def __init__(self, message: str, who: str, when, fields: dict[str, tuple[object, object]], *,
                 table: str, record_id: int, row_version: int):
        super().__init__(message)
        self.who = who
        self.when = when
        self.fields = dict(fields)
        self.table = table
        self.record_id = record_id
        self.row_version = row_version


class ServerUnreachable(DatabaseError):
    """The office server cannot be reached from here (no network, server stopped): local work goes on."""


class SchemaMismatch(DatabaseError):
    """A replica and its server were written by different versions of kamdesk: nothing is exchanged."""


class PassphraseNeeded(DatabaseError):
    """The database file is encrypted and no passphrase was given for it."""


class PassphraseWrong(DatabaseError):
    """The passphrase given does not open the encrypted database file (or its first page is damaged)."""
