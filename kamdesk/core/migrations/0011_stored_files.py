"""A contract's files move into the database, so every PC that reaches the database reaches them.

The content goes into `contract_file_part` (pieces of at most a megabyte, in order). Until now a file
lived in the files folder beside a SQLite database ("kamdesk.db" → "kamdesk-files/"; for a server
database the data folder's "files/" of the PC that wrote it), named by `contract_file.stored_as`. Each
such file is read into the database now; one that is gone (or cannot be read) keeps its row, marked
`missing`, and never stops the upgrade. The folder is then renamed "...-moved-into-database" and kept:
a backup made before this upgrade does not hold the files, and restoring it runs this again, which
looks in the renamed folder too.
"""

import hashlib
import logging
from pathlib import Path

from peewee import BlobField, BooleanField, CharField, ForeignKeyField, IntegerField, Model, SqliteDatabase

log = logging.getLogger(__name__)

PIECE = 1 << 20
MOVED = "-moved-into-database"


def _files_folder(db) -> Path:
    """Where the files of `db` were kept before this migration."""
    if isinstance(db, SqliteDatabase) and db.database not in ("", ":memory:"):
        path = Path(db.database)
        return path.parent / f"{path.stem}-files"
    import platformdirs

    return Path(platformdirs.user_data_dir("kamdesk", appauthor=False)) / "files"


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class ContractFile(Base):
        stored_as = CharField()
        size = IntegerField(default=0)
        sha256 = CharField(default="")
        missing = BooleanField(default=False)

        class Meta:
            table_name = "contract_file"

    class ContractFilePart(Base):
        file = ForeignKeyField(ContractFile, on_delete="CASCADE")
        seq = IntegerField()
        data = BlobField()

        class Meta:
            table_name = "contract_file_part"
            indexes = ((("file", "seq"), True),)

    db.create_tables([ContractFilePart])
    migrator.migrate(migrator.add_column("contract_file", "missing", BooleanField(default=False)))
    folder = _files_folder(db)
    moved = folder.with_name(folder.name + MOVED)
    rows = list(ContractFile.select(ContractFile.id, ContractFile.stored_as))
    for row in rows:
        _move_in(row, [folder / row.stored_as, moved / row.stored_as], ContractFile, ContractFilePart)
    migrator.migrate(migrator.drop_column("contract_file", "stored_as"))
    if rows and folder.is_dir() and not moved.exists():
        try:
            folder.rename(moved)
        except OSError as error:  # the content is in the database already: the folder is only left behind
            log.warning("the files folder %s stays where it is: %s", folder, error)


def _move_in(row, candidates, ContractFile, ContractFilePart) -> None:
    """Read the first of `candidates` that is there into pieces of `row`; else mark `row` missing."""
    for path in candidates:
        if not path.is_file():
            continue
        digest, size = hashlib.sha256(), 0
        try:
            with path.open("rb") as reader:
                for seq, piece in enumerate(iter(lambda: reader.read(PIECE), b"")):
                    ContractFilePart.insert(file=row.id, seq=seq, data=piece).execute()
                    digest.update(piece)
                    size += len(piece)
        except OSError as error:
            log.warning("contract file %s cannot be read (%s): kept as missing", path, error)
            ContractFilePart.delete().where(ContractFilePart.file == row.id).execute()
            break
        ContractFile.update(size=size, sha256=digest.hexdigest()).where(ContractFile.id == row.id).execute()
        return
    else:
        log.warning("contract file %s is not in the files folder: kept as missing", candidates[0])
    ContractFile.update(missing=True).where(ContractFile.id == row.id).execute()
