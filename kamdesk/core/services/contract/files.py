"""A contract's files: generated documents and attached scans, kept in the database.

The content lives in `ContractFilePart` rows of at most a megabyte (written and
read a piece at a time, never held whole in memory), so every PC that reaches the
database reaches the file, one backup holds it, and on the team server its rows
are protected like the contract's. The choice was measured: benchmarks/bench_files.py.

A file is never linked to where it came from; `generate_documents` makes the
PDF and the DOCX in memory (`documents.contract_context.document_bytes`: no copy
is left in a temporary folder) and keeps them with the contract, replacing earlier ones. `open_copy` writes a file out for the
system's viewer, `export_file` saves it where the user asks.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import BinaryIO

import peewee

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.documents.contract_context import document_bytes
from kamdesk.core.documents.files import replacing
from kamdesk.core.errors import DatabaseFault, NotFound, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.contract import Contract, ContractFile, ContractFilePart
from kamdesk.core.services.company import set_setting, setting_int
from kamdesk.core.services.contract.common import get_contract

PIECE = 1 << 20  # bytes per ContractFilePart row
ATTACHMENT_MAX_KEY = "attachment_max_mb"  # the company setting: the largest file a contract keeps, in MB
ATTACHMENT_MAX_MB = 50  # its default: a scanned contract is a few MB; a film is not a contract's file
ATTACHMENT_CEILING_MB = 1024  # the most the setting may allow: every PC reading the contract fetches it
NAME_CHARS = 120  # a stored name: room for the folders in front of it within any system's path limit
NAME_BYTES = 200  # and in UTF-8 (Linux and macOS count bytes, 255 at most): room for " (12)", the temporary
# ".NAME.1a2b3c4d.part" a file is written as, and a ".pdf" a caller adds
EXTENSION_CHARS = 10  # a longer "extension" is part of the name
UNSAFE_IN_NAMES = '<>:"/\\|?*'  # not allowed in a file name on one system or another
RESERVED_NAMES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                            *(f"LPT{n}" for n in range(1, 10))})  # Windows' devices, whatever the extension


def contract_files(contract_id: int) -> list[ContractFile]:
    return list(ContractFile.select().where(ContractFile.contract == contract_id)
                .order_by(ContractFile.added_at, ContractFile.id))


def get_file(file_id: int) -> ContractFile:
    return ContractFile.get_or_not_found(ContractFile.id == file_id,
                                         Message("There is no contract file with id {id}.", id=file_id))


# ---------------------------------------------------------------- storing

def _store(contract: Contract, kind: str, name: str, reader: BinaryIO) -> ContractFile:
    """Keep what `reader` holds with `contract`, in pieces, under a safe `name`; call inside a transaction."""
    name = _decodable(name)
    record = ContractFile.create(contract=contract, kind=kind, name=safe_file_name(name),
                                 original_name=text_limits.capped(ContractFile, "original_name", name))
    digest, size = hashlib.sha256(), 0
    for seq, piece in enumerate(iter(lambda: reader.read(PIECE), b"")):
        ContractFilePart.insert(file=record, seq=seq, data=piece).execute()
        digest.update(piece)
        size += len(piece)
    record.size, record.sha256 = size, digest.hexdigest()
    record.save(only=[ContractFile.size, ContractFile.sha256])
    return record


def attachment_limit_mb() -> int:
    """The largest file a contract keeps, in MB: the company's setting, else the default."""
    return setting_int(ATTACHMENT_MAX_KEY, ATTACHMENT_MAX_MB, 1, ATTACHMENT_CEILING_MB)


def set_attachment_limit_mb(megabytes: int) -> None:
    """Set the largest file a contract keeps (1 to 1024 MB); a ValidationError keyed "attachment_max_mb" else."""
    if not isinstance(megabytes, int) or not 1 <= megabytes <= ATTACHMENT_CEILING_MB:
        raise ValidationError({ATTACHMENT_MAX_KEY: Message("The largest attached file is a number of megabytes "
                                                           "from 1 to {most}.", most=ATTACHMENT_CEILING_MB)})
    set_setting(ATTACHMENT_MAX_KEY, str(megabytes))


def _check_size(source: Path, limit_mb: int) -> None:
    """Refuse a file larger than the limit by what the system says of it, before a byte is read (a sparse
    file of 2 GB would cost 2 GB to read)."""
    size = source.stat().st_size
    if size > limit_mb << 20:
        raise ValidationError({"file": Message(
            "{name} is {size} MB: a contract keeps files of up to {limit} MB.", name=shown_name(source.name),
            size=round(size / (1 << 20)), limit=limit_mb)})


class _Capped:
    """A reader that refuses to go past `limit_mb`: a file may grow after its size was looked at."""

    def __init__(self, reader: BinaryIO, limit_mb: int, name: str):
        self.reader, self.limit_mb, self.name, self.left = reader, limit_mb, name, limit_mb << 20

    def read(self, size: int) -> bytes:
        piece = self.reader.read(min(size, self.left + 1))
        self.left -= len(piece)
        if self.left < 0:
            raise ValidationError({"file": Message(
                "{name} grew past {limit} MB while it was read: a contract keeps files of up to {limit} MB.",
                name=shown_name(self.name), limit=self.limit_mb)})
        return piece


def attach_file(contract_id: int, source: str | Path) -> ContractFile:
    """Keep a copy of `source` (e.g. the scan of the signed copy) with the contract, in the database.

    It is stored under a safe name (`safe_file_name`); its own name is kept for the list (`display_name`).
    """
    contract = get_contract(contract_id)
    source = Path(source)
    if not source.is_file():
        raise ValidationError({"file": Message("There is no file {path}.", path=shown_name(str(source)))})
    limit_mb = attachment_limit_mb()
    try:
        _check_size(source, limit_mb)
        with database.atomic(), source.open("rb") as reader:
            return _store(contract, "attachment", source.name, _Capped(reader, limit_mb, source.name))
    except OSError as error:
        raise ValidationError({"file": Message("Cannot copy {path}: {reason}", path=shown_name(str(source)),
                                               reason=error.strerror or str(error))}) from error


def remove_file(file_id: int) -> None:
    """Remove a file from its contract; its content goes with it (the pieces cascade)."""
    file = get_file(file_id)
    with database.atomic():
        file.delete_instance()


def generate_documents(contract_id: int) -> list[ContractFile]:
    """Write the PDF and DOCX and keep them with the contract (replacing earlier ones)."""
    contract = get_contract(contract_id)
    safe = safe_file_name(contract.number)
    contents = document_bytes(contract)  # both made before either is kept
    with database.atomic():
        ContractFile.delete().where((ContractFile.contract == contract) &
                                    ContractFile.kind.in_(tuple(contents))).execute()
        files = [_store(contract, kind, f"{safe}.{kind}", io.BytesIO(data)) for kind, data in contents.items()]
        contract.generated_at = utc_now()
        contract.save()
    return files


# ---------------------------------------------------------------- reading

def _readable(file: ContractFile) -> ContractFile:
    if file.missing:
        raise NotFound(Message(
            "The file {name} was no longer in the files folder when kamdesk moved the contract files into "
            "the database, so only its entry is left. Attach the file again if you have it.",
            name=display_name(file)))
    return file


def _write_content(file: ContractFile, out: BinaryIO) -> None:
    """Write the content of `file` to `out` a piece at a time, checking it against the stored size and digest."""
    digest, size, seq = hashlib.sha256(), 0, 0
    while (piece := _piece(file.id, seq)) is not None:
        out.write(piece)
        digest.update(piece)
        size += len(piece)
        seq += 1
    if size != file.size or (file.sha256 and digest.hexdigest() != file.sha256):
        raise DatabaseFault(Message("The file {name} is damaged in the database: its content differs from what "
                                    "was kept. Attach it again.", name=display_name(file)))


def _piece(file_id: int, seq: int) -> bytes | None:
    """The piece `seq` of a file, None past its end.

    PostgreSQL sends it in binary: bytea as text is hex, twice the bytes to send and decode (measured:
    25 MB read in about a quarter of the time, benchmarks/bench_files.py).
    """
    query = ContractFilePart.select(ContractFilePart.data).where(
        (ContractFilePart.file == file_id) & (ContractFilePart.seq == seq)).limit(1)
    if not isinstance(database.obj, peewee.PostgresqlDatabase):
        row = query.tuples().first()
    else:
        with peewee.__exception_wrapper__, database.connection().cursor(binary=True) as cursor:
            row = cursor.execute(*query.sql()).fetchone()
    return None if row is None else bytes(row[0])


def export_file(file_id: int, target: str | Path) -> Path:
    """Save a copy of the file at `target` ("Save as"): the whole copy or, on failure, what was there before."""
    return _export(_readable(get_file(file_id)), Path(target))


def _export(file: ContractFile, target: Path) -> Path:
    try:
        with replacing(target) as scratch, scratch.open("wb") as out:
            _write_content(file, out)
    except OSError as error:
        raise ValidationError({"file": Message("Cannot write {path}: {reason}", path=str(target),
                                               reason=error.strerror or str(error))}) from error
    return target


def open_copy(file_id: int) -> Path:
    """A read-only copy of the file in a temporary folder of this process, for the system's viewer.

    The copy keeps the file's name (the viewer shows it and picks by its extension); the folder is
    removed when kamdesk ends.
    """
    file = _readable(get_file(file_id))
    target = _viewing_folder() / str(file.id) / safe_file_name(file.name)
    if target.is_file() and target.stat().st_size == file.size:
        return target  # opened before: a viewer may hold it open still
    target.parent.mkdir(parents=True, exist_ok=True)
    _export(file, target)
    target.chmod(0o444)  # an edit there would be lost: the viewer should say so
    return target


_viewing: list[Path] = []


def _viewing_folder() -> Path:
    if not _viewing:
        _viewing.append(Path(tempfile.mkdtemp(prefix="kamdesk-open-")))
        atexit.register(_remove_folder, _viewing[0])
    return _viewing[0]


def _remove_folder(folder: Path) -> None:
    """Remove the copies (read-only, which some systems refuse to delete as they are) and their folder."""
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(0o644)
    shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- names

def safe_file_name(name: str) -> str:
    """`name` fit for a file on any system, and harmless where it is shown.

    Separators and characters some system refuses become "-"; control characters (a newline) a space;
    invisible format characters (a right-to-left override shows "fdp.exe" as "exe.pdf") go; ".." is one
    dot; no dot or space at either end; Windows' device names (CON, NUL, COM1 ...) get a "_" in front; at
    most NAME_CHARS characters and NAME_BYTES bytes in UTF-8 (Georgian takes 3 a letter), the extension kept.
    """
    kept = "".join(_safe_char(ch) for ch in unicodedata.normalize("NFC", name))
    kept = re.sub(r"\.{2,}", ".", re.sub(r"\s+", " ", kept)).strip(" .")
    stem, dot, extension = kept.rpartition(".")
    if not dot or not stem or len(extension) > EXTENSION_CHARS:
        stem, extension = kept, ""
    else:
        extension = "." + extension
    if stem.split(".")[0].strip().upper() in RESERVED_NAMES:
        stem = "_" + stem
    stem = _within_bytes(stem[:NAME_CHARS - len(extension)], NAME_BYTES - _utf8_size(extension)).rstrip(" .")
    return (stem or "file") + extension


def _within_bytes(text: str, limit: int) -> str:
    """The longest start of `text` taking at most `limit` bytes in UTF-8, no character cut in two."""
    size = 0
    for index, ch in enumerate(text):
        size += _utf8_size(ch)
        if size > limit:
            return text[:index]
    return text


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _decodable(name: str) -> str:
    """A name the system could not decode (bytes of another code page, kept by Python as lone surrogates)
    with those bytes written out ("Kov\\xe1cs.pdf"): such text cannot be stored, and a guess could be wrong."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _safe_char(ch: str) -> str:
    if ch in UNSAFE_IN_NAMES:
        return "-"
    category = unicodedata.category(ch)
    if category in ("Cc", "Zl", "Zp"):
        return " "
    return "" if category == "Cf" else ch


def shown_name(name: str) -> str:
    """`name` as a list or a message shows it: control and format characters written out ("[U+202E]"),
    so that a name cannot break a line or turn the text around it."""
    return "".join(f"[U+{ord(ch):04X}]" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
                   for ch in name)


def display_name(file: ContractFile) -> str:
    """What the list of a contract's files shows for `file`: the name it came with, escaped."""
    return shown_name(file.original_name or file.name)
