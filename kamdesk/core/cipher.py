"""Encrypted SQLite files (SQLCipher 4 through sqlcipher3): telling them apart, unlocking, creating, connecting.

A plain SQLite file starts with "SQLite format 3"; an encrypted one with the 16
random bytes of its salt. The key is derived from the passphrase the way
SQLCipher 4 derives it itself (PBKDF2-HMAC-SHA512, 256,000 rounds, that salt)
and handed over as a raw key: SQLCipher would otherwise derive it again for every
connection, 0.1 s each, and each worker thread opens its own. A derived key is
kept in this process's memory by salt; a backup gets the same salt as its
database, so the same key opens it. The passphrase is never written anywhere.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from kamdesk.core import redaction
from kamdesk.core.errors import PassphraseNeeded, PassphraseWrong, ValidationError
from kamdesk.core.messages import Message

PLAIN_HEADER = b"SQLite format 3\0"
SALT_BYTES = 16
KDF_ROUNDS = 256_000  # SQLCipher 4's default: a file made here opens with any SQLCipher 4 and the passphrase
KEY_BYTES = 32
PASSPHRASE_VAR = "KAMDESK_PASSPHRASE"
MIN_LENGTH = 8
MAX_LENGTH = 1000

_keys: dict[bytes, str] = {}  # salt -> the raw key (hex) that opened a file with that salt
_derived: dict[tuple[bytes, str], str] = {}  # (salt, passphrase) -> raw key: each passphrase is stretched once


def is_encrypted(path: str | Path) -> bool:
    """Whether the file at `path` is an encrypted database (False for a plain, empty or missing file)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return len(head) == len(PLAIN_HEADER) and head != PLAIN_HEADER


def _sqlcipher():
    """The sqlcipher3 module (a C extension of its own: loaded only when an encrypted file is met)."""
    import sqlcipher3

    if not _adapted:  # values are bound as on plain connections (peewee registers Decimal, date, time for sqlite3)
        for (kind, _protocol), adapter in sqlite3.adapters.items():
            sqlcipher3.register_adapter(kind, adapter)
        _adapted.append(True)
    return sqlcipher3


_adapted: list[bool] = []


def sql_errors() -> tuple[type[Exception], ...]:
    """The driver errors of plain and encrypted connections, for an `except` clause."""
    return sqlite3.Error, _sqlcipher().Error


def _salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def _stretch(passphrase: str, salt: bytes) -> str:
    if (salt, passphrase) not in _derived:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)
        _derived[(salt, passphrase)] = key.hex()
        redaction.remember_secret(passphrase)
        redaction.remember_secret(key.hex())
    return _derived[(salt, passphrase)]


def key_pragma(key: str, salt: bytes) -> str:
    """The statement giving a connection the raw key with the salt (a new file takes that salt)."""
    return f"PRAGMA key = \"x'{key}{salt.hex()}'\""


def _check_length(passphrase: str, path: Path) -> None:
    if len(passphrase) > MAX_LENGTH:
        raise PassphraseWrong(Message("That passphrase is longer than {limit} characters, so it cannot be the one "
                                      "of {name}.", limit=MAX_LENGTH, name=Path(path).name))


def unlock(path: str | Path, passphrase: str) -> str:
    """Check `passphrase` against the encrypted file at `path`; its raw key, kept for later connections."""
    path = Path(path)
    _check_length(passphrase, path)
    salt = _salt(path)
    key = _stretch(passphrase, salt)
    connection = _keyed(path, key, salt, read_only=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _sqlcipher().DatabaseError as error:
        raise PassphraseWrong(Message("The passphrase does not open {name}. Check it and try again; if it is right, "
                                      "the file is damaged and a backup should be restored.",
                                      name=path.name)) from error
    finally:
        connection.close()
    _keys[salt] = key
    return key


def key_for(path: str | Path, passphrase: str | None = None) -> str:
    """The raw key of the encrypted file at `path`: from `passphrase`, a file unlocked before, or $KAMDESK_PASSPHRASE."""
    path = Path(path)
    if passphrase:
        return unlock(path, passphrase)
    known = _keys.get(_salt(path))
    if known is not None:
        return known
    from_environment = os.environ.get(PASSPHRASE_VAR)
    if from_environment:
        return unlock(path, from_environment)
    raise PassphraseNeeded(Message("The database {name} is encrypted: give its passphrase (in the variable {variable} "
                                   "or when kamdesk asks for it).", name=path.name, variable=PASSPHRASE_VAR))


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect a lost laptop's data, or too long to be typed."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError({"passphrase": Message("The passphrase must have at least {count} characters.",
                                                     count=MIN_LENGTH)})
    if len(passphrase) > MAX_LENGTH:
        raise ValidationError({"passphrase": Message("The passphrase may have at most {count} characters.",
                                                     count=MAX_LENGTH)})


def create(path: str | Path, passphrase: str) -> Path:
    """A new, empty encrypted database at `path` (which must not exist yet); migrations run at `db.connect`."""
    path = Path(path)
    check_new_passphrase(passphrase)
    if path.exists() and path.stat().st_size:
        raise ValidationError({"path": Message("There is a file {path} already; an encrypted database is made as a "
                                               "new file.", path=str(path))})
    salt = os.urandom(SALT_BYTES)
    key = _stretch(passphrase, salt)
    connection = _keyed(path, key, salt)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE kamdesk_new (x)")  # SQLite writes a file's first page at its first write
        connection.execute("DROP TABLE kamdesk_new")
    finally:
        connection.close()
    _keys[salt] = key
    return path


def encrypt_copy(source: str | Path, target: str | Path, passphrase: str) -> Path:
    """An encrypted copy at `target` (a new file) of the plain database at `source`, schema and rows alike."""
    source, target = Path(source), Path(target)
    check_new_passphrase(passphrase)
    if target.exists():
        raise ValidationError({"path": Message("There is a file {path} already; an encrypted database is made as a "
                                               "new file.", path=str(target))})
    salt = os.urandom(SALT_BYTES)
    key = _stretch(passphrase, salt)
    plain = _sqlcipher().connect(str(source), isolation_level=None)  # without a key sqlcipher3 reads plain files
    try:
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key}{salt.hex()}'"))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    connection = _keyed(target, key, salt)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
    _keys[salt] = key
    return target


def _keyed(path: Path, key: str, salt: bytes, read_only: bool = False, **params):
    """A sqlcipher3 connection to `path` with the raw key set (its first statement, as SQLCipher requires)."""
    target = f"file:{path}?mode=ro" if read_only else str(path)
    connection = _sqlcipher().connect(target, uri=read_only, isolation_level=None, **params)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to tell, not SQLCipher's
    connection.execute(key_pragma(key, salt))
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def connect_file(path: str | Path, read_only: bool = False):
    """A DB-API connection to the file at `path`: sqlite3 for a plain file, sqlcipher3 and its key for an encrypted one.

    Autocommit (isolation_level None), as the backups and checks use it.
    """
    path = Path(path)
    if not is_encrypted(path):
        target = f"file:{path}?mode=ro" if read_only else str(path)
        return sqlite3.connect(target, uri=read_only, isolation_level=None)
    return _keyed(path, key_for(path), _salt(path), read_only)


def connect_like(path: str | Path, source: str | Path):
    """A connection creating or opening `path` with the key and salt of the database `source` (plain: plain)."""
    if not is_encrypted(source):
        return sqlite3.connect(str(path), isolation_level=None)
    return _keyed(Path(path), key_for(source), _salt(Path(source)))


class CipherMixin:
    """A peewee SqliteDatabase whose connections are sqlcipher3's, keyed before anything else runs.

    `key` and `salt` come from `unlock`/`key_for`; every other connection parameter is SQLite's.
    """

    def _connect(self):
        params = dict(self.connect_params)
        key, salt = params.pop("key"), params.pop("salt")
        target, uri = self.database, params.pop("uri", False)
        connection = _sqlcipher().connect(target, uri=uri, timeout=self._timeout, isolation_level=None, **params)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(key_pragma(key, salt))
            connection.execute("PRAGMA temp_store = MEMORY")  # sorts and temporary tables never touch the disk
            self._add_conn_hooks(connection)
        except Exception:
            connection.close()
            raise
        return connection


def peewee_database(base, path: str | Path, *, read_only: bool = False, **kwargs):
    """An instance of `base` (a SqliteDatabase class) for the file at `path`, keyed when the file is encrypted."""
    path = Path(path)
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if read_only:
        kwargs["uri"] = True
    if not is_encrypted(path):
        return base(target, **kwargs)
    return _cipher_class(base)(target, key=key_for(path), salt=_salt(path), **kwargs)


_classes: dict[type, type] = {}


def _cipher_class(base: type) -> type:
    if base not in _classes:
        _classes[base] = type(f"Cipher{base.__name__}", (CipherMixin, base), {})
    return _classes[base]


def forget_keys() -> None:
    """Drop every key and passphrase this process holds (the files must be unlocked again)."""
    _keys.clear()
    _derived.clear()
