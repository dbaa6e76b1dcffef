"""SQLite's faults in the user's words: a full disk, a read-only folder, a busy or damaged file.

SQLite reports "database or disk is full" or "attempt to write a readonly
database"; after a failed write peewee's rollback even adds "cannot rollback -
no transaction is active", which hides the cause. `plain_faults(path)` turns the
faults a user can act on into a `DatabaseFault` whose message says what happened
and what to do; errors of the program (a constraint, a bad query) pass as they are.
"""

from __future__ import annotations

import contextlib
import errno
from pathlib import Path

import peewee

from kamdesk.core.errors import DatabaseFault
from kamdesk.core.messages import Message

NETWORK_FILE_SYSTEMS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs",
                        "fuse.glusterfs", "davfs", "fuse.davfs2")


FULL, READ_ONLY, BUSY, DAMAGED = "full", "read-only", "busy", "damaged"


def fault_kind(error: BaseException) -> str | None:
    """Which disk or file fault `error` is (FULL, READ_ONLY, BUSY, DAMAGED), or None for another error."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if "disk is full" in text or code == errno.ENOSPC:
        return FULL
    if "readonly" in text or "read-only" in text or "permission" in text or code in (errno.EROFS, errno.EACCES,
                                                                                    errno.EPERM):
        return READ_ONLY
    if "locked" in text or "busy" in text:
        return BUSY
    if "malformed" in text or "not a database" in text or "disk i/o error" in text or "corrupt" in text:
        return DAMAGED
    return None


def fault_message(error: BaseException, path: str | Path) -> Message | None:
    """What `error` means for the user of the database at `path`, or None when it is not a disk/file fault."""
    kind = fault_kind(error)
    folder = str(Path(path).parent)
    if kind == FULL:
        return Message("The disk is full; nothing was saved. Free some space on the disk of {folder} and try again.",
                       folder=folder)
    if kind == READ_ONLY:
        return Message("kamdesk may not write to the database {path}: the file or its folder is read-only "
                       "or belongs to another user. Nothing was saved.", path=str(path))
    if kind == BUSY:
        return Message("The database is busy: another program has been saving into it for a long time. "
                       "Nothing was saved; try again in a moment.")
    if kind == DAMAGED:
        return Message("The database file {path} is damaged or could not be read. Nothing was saved. "
                       "Check it (File › Check database) and restore a backup.", path=str(path))
    return None


@contextlib.contextmanager
def plain_faults(path: str | Path):
    """Raise a DatabaseFault in the user's words for the disk and file faults met inside."""
    try:
        yield
    except (peewee.OperationalError, peewee.DatabaseError) as error:
        if isinstance(error, peewee.IntegrityError):
            raise
        message = fault_message(error, path)
        if message is None:
            raise
        raise DatabaseFault(message) from error


def open_problem(path: Path) -> Message | None:
    """Why the SQLite file at `path` cannot be opened for writing, found before SQLite says it its own way."""
    folder = path.parent
    if not folder.exists():
        return Message("The folder {folder} of the database does not exist (a removed drive or a renamed folder?).",
                       folder=str(folder))
    network = network_file_system(path)
    if network:
        return Message("The database {path} is on a network drive ({kind}). SQLite cannot lock files safely "
                       "there, and two computers would damage it. Keep the database on this computer's own disk, "
                       "or use the team's PostgreSQL server.", path=str(path), kind=network)
    import os

    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return Message("kamdesk may not read and write the database {path}: it belongs to another user or is "
                       "read-only.", path=str(path))
    if not os.access(folder, os.W_OK | os.X_OK):
        return Message("kamdesk may not write in the folder {folder}, where the database and its journal must be. "
                       "Choose a folder of your own.", folder=str(folder))
    return None


def network_file_system(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """The network file system type `path` lies on, or None (a local disk, or a system without /proc)."""
    try:
        lines = Path(mounts).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(Path(path).resolve(strict=False))
    best, kind = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, parts[2]
    return kind if kind in NETWORK_FILE_SYSTEMS else None
