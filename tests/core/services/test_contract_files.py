"""A contract's files in the database, on SQLite and on PostgreSQL: a second PC opens the same scan,
the files folder of an older desk moves in (a gone file stays listed and says so), files go with their
contract, and a SQLite desk's backup holds them."""

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3

import pytest
from playhouse.migrations import Runner

from kamdesk.core import backup
from kamdesk.core import db as kdb
from kamdesk.core.errors import NotFound, ValidationError
from kamdesk.core.models import ALL_MODELS, Contract, ContractFile, ContractFilePart
from kamdesk.core.schema_check import differences, read_schema
from kamdesk.core.services import company as company_service
from kamdesk.core.services import contract as contracts
from kamdesk.core.services.contract import files as file_service
from tests import factories

TODAY = dt.date.today()
STORED_FILES = "0011_stored_files"


@pytest.fixture(params=["sqlite", "postgresql"])
def desk_url(request, tmp_path, monkeypatch):
    """The URL of an empty database of either kind; data folders (a server desk's old files folder) in tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(file_service, "_viewing", [])  # this test's own temporary copies
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'kamdesk.db'}"


def set_up_desk() -> Contract:
    """The company, a manager, a client and one draft contract whose documents can be generated."""
    company_service.set_up({"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "country": "HU",
                            "currency": "HUF"}, {"name": "Kiss Anna", "email": "anna.kiss@example.hu"})
    factories.company_details()
    client = factories.contract_client(tax_number="10537914-2-44")
    contracts.ensure_builtin_templates()
    return contracts.save_contract({"client_id": client.id, "start_date": TODAY,
                                    "template_id": contracts.default_template(client).id})


def scan_of(path, size: int) -> bytes:
    """Random bytes (a scan does not compress) over more than one stored piece."""
    content = os.urandom(size)
    path.write_bytes(content)
    return content


def another_pc(url: str, monkeypatch):
    """Close this connection and connect afresh, with no temporary copies of our own: as a second PC would."""
    kdb.close()
    monkeypatch.setattr(file_service, "_viewing", [])
    return kdb.connect(url)


def test_a_scan_attached_on_one_pc_opens_byte_identical_on_another(desk_url, tmp_path, monkeypatch):
    kdb.connect(desk_url)
    contract = set_up_desk()
    content = scan_of(tmp_path / "aláírt példány.pdf", 2 * file_service.PIECE + 12345)
    attached = contracts.attach_file(contract.id, tmp_path / "aláírt példány.pdf")
    (tmp_path / "aláírt példány.pdf").unlink()  # the original goes: the database holds the copy

    another_pc(desk_url, monkeypatch)
    [file] = contracts.contract_files(contract.id)
    assert (file.id, file.name, file.size) == (attached.id, "aláírt példány.pdf", len(content))
    copy = contracts.open_copy(file.id)
    assert copy.read_bytes() == content and copy.name == "aláírt példány.pdf"
    assert ContractFilePart.select().where(ContractFilePart.file == file.id).count() == 3
    assert contracts.export_file(file.id, tmp_path / "szerződés.pdf").read_bytes() == content
    assert not (tmp_path / "kamdesk-files").exists() and not (tmp_path / "data").exists()


def test_deleting_a_contract_deletes_its_files(desk_url, tmp_path):
    kdb.connect(desk_url)
    contract = set_up_desk()
    kept = contracts.save_contract({"client_id": contract.client_id, "start_date": TODAY})
    for owner in (contract, kept):
        scan_of(tmp_path / "scan.pdf", 1000)
        contracts.attach_file(owner.id, tmp_path / "scan.pdf")
    contracts.generate_documents(contract.id)
    assert ContractFile.select().where(ContractFile.contract == contract.id).count() == 3
    contracts.delete_draft(contract.id)
    assert [f.contract_id for f in ContractFile.select()] == [kept.id]
    assert {p.file_id for p in ContractFilePart.select()} == {f.id for f in ContractFile.select()}


def test_a_file_too_large_or_unwritable_is_refused_in_plain_words(desk_url, tmp_path, monkeypatch):
    kdb.connect(desk_url)
    contract = set_up_desk()
    company_service.set_setting(file_service.ATTACHMENT_MAX_KEY, "1")
    scan_of(tmp_path / "nagy.tif", (1 << 20) + 1)
    with pytest.raises(ValidationError, match="nagy.tif is 1 MB: a contract keeps files of up to 1 MB"):
        contracts.attach_file(contract.id, tmp_path / "nagy.tif")
    assert ContractFile.select().count() == 0 and ContractFilePart.select().count() == 0
    scan_of(tmp_path / "kicsi.pdf", 10)
    small = contracts.attach_file(contract.id, tmp_path / "kicsi.pdf")
    with pytest.raises(ValidationError, match="Cannot write"):
        contracts.export_file(small.id, tmp_path / "nincs ilyen mappa" / "kicsi.pdf")


def test_damaged_content_is_named_not_handed_over(desk_url, tmp_path):
    from kamdesk.core.errors import DatabaseFault

    kdb.connect(desk_url)
    contract = set_up_desk()
    scan_of(tmp_path / "scan.pdf", 5000)
    file = contracts.attach_file(contract.id, tmp_path / "scan.pdf")
    ContractFilePart.update(data=b"x" * 5000).where(ContractFilePart.file == file.id).execute()
    with pytest.raises(DatabaseFault, match="scan.pdf is damaged"):
        contracts.export_file(file.id, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


# ---------------------------------------------------------------- the upgrade

@contextlib.contextmanager
def models_before_gids():
    """The models as the services of that day knew them: without the gid of migration 0013."""
    removed = [(model, model._meta.fields["gid"]) for model in ALL_MODELS if "gid" in model._meta.fields]
    for model, _ in removed:
        model._meta.remove_field("gid")
    try:
        yield
    finally:
        for model, field in removed:
            model._meta.add_field("gid", field)


def before_stored_files(url: str):
    """A database with every migration before 0011 applied: contract files still live in a folder."""
    database = kdb.connect(url, migrate=False)
    names = kdb.migration_names()
    Runner(database, directory=str(kdb.MIGRATIONS_DIR), table_name=kdb.HISTORY_TABLE).up(
        target=names[names.index(STORED_FILES) - 1])
    return database


def old_files_folder(url: str, tmp_path):
    """Where kamdesk kept contract files before 0011: beside a SQLite file, else in the data folder."""
    return tmp_path / "kamdesk-files" if url.startswith("sqlite") else tmp_path / "data" / "kamdesk" / "files"


def old_file_row(database, contract: Contract, name: str, stored_as: str) -> int:
    database.execute_sql(
        "INSERT INTO contract_file (contract_id, kind, name, stored_as, size, sha256, added_at) "
        "VALUES (%s, 'attachment', %s, %s, 0, '', %s)".replace("%s", database.param),
        (contract.id, name, stored_as, dt.datetime(2026, 3, 1, 10, 0)))
    return ContractFile.select(ContractFile.id).order_by(ContractFile.id.desc()).scalar()


def test_the_upgrade_moves_the_files_folder_into_the_database(desk_url, tmp_path, monkeypatch):
    database = before_stored_files(desk_url)
    with models_before_gids():
        contract = set_up_desk()
    folder = old_files_folder(desk_url, tmp_path)
    (folder / "contracts" / "000001").mkdir(parents=True)
    content = scan_of(folder / "contracts" / "000001" / "aláírt.pdf", file_service.PIECE + 7)
    present = old_file_row(database, contract, "aláírt.pdf", "contracts/000001/aláírt.pdf")
    gone = old_file_row(database, contract, "elveszett.pdf", "contracts/000001/elveszett.pdf")

    assert kdb.apply_migrations(database) == [STORED_FILES] + kdb.migration_names()[
        kdb.migration_names().index(STORED_FILES) + 1:]
    if desk_url.startswith("sqlite"):  # the check reads SQLite's schema
        assert differences(database) == []
    moved = ContractFile.get_by_id(present)
    assert (moved.size, moved.sha256, moved.missing) == (len(content), hashlib.sha256(content).hexdigest(), False)
    assert contracts.open_copy(present).read_bytes() == content
    assert [f.name for f in contracts.contract_files(contract.id)] == ["aláírt.pdf", "elveszett.pdf"]
    assert ContractFile.get_by_id(gone).missing
    with pytest.raises(NotFound) as refused:
        contracts.open_copy(gone)
    assert "elveszett.pdf was no longer in the files folder" in str(refused.value.message)
    assert not folder.exists()  # kept aside, renamed: a backup from before the upgrade does not hold the files
    assert (folder.with_name(folder.name + "-moved-into-database") / "contracts" / "000001" / "aláírt.pdf").exists()


def test_an_upgrade_without_a_files_folder_keeps_every_row(desk_url, tmp_path):
    database = before_stored_files(desk_url)
    with models_before_gids():
        contract = set_up_desk()
    old_file_row(database, contract, "scan.pdf", "contracts/000001/scan.pdf")
    kdb.apply_migrations(database)  # never fails for a missing file
    [file] = contracts.contract_files(contract.id)
    assert file.missing and file.name == "scan.pdf"
    contracts.remove_file(file.id)  # a missing file's entry can be removed
    assert ContractFile.select().count() == 0


# ---------------------------------------------------------------- backups

def test_a_backup_of_a_sqlite_desk_holds_the_files(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    monkeypatch.setattr(file_service, "_viewing", [])
    kdb.connect(url)
    contract = set_up_desk()
    content = scan_of(tmp_path / "scan.pdf", file_service.PIECE * 2)
    file = contracts.attach_file(contract.id, tmp_path / "scan.pdf")
    made = backup.make_backup(tmp_path / "kamdesk.db", tmp_path / "backups")
    kdb.close()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    backup.restore_backup(made.path, elsewhere / "kamdesk.db")  # only the backup file travels
    assert made.counts["contract_file_part"] == 2
    assert [path.name for path in elsewhere.iterdir()] == ["kamdesk.db"]
    another_pc(f"sqlite:///{elsewhere / 'kamdesk.db'}", monkeypatch)
    assert contracts.open_copy(file.id).read_bytes() == content
    with sqlite3.connect(made.path) as raw:
        assert raw.execute("SELECT COUNT(*) FROM contract_file_part").fetchone()[0] == 2


def test_restoring_a_backup_from_before_the_upgrade_finds_the_files_again(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    monkeypatch.setattr(file_service, "_viewing", [])
    database = before_stored_files(url)
    with models_before_gids():
        contract = set_up_desk()
    (tmp_path / "kamdesk-files" / "c").mkdir(parents=True)
    content = scan_of(tmp_path / "kamdesk-files" / "c" / "scan.pdf", 3000)
    present = old_file_row(database, contract, "scan.pdf", "c/scan.pdf")
    made = backup.make_backup(tmp_path / "kamdesk.db", tmp_path / "backups", reason="before-upgrade")
    kdb.apply_migrations(database)
    kdb.close()

    backup.restore_backup(made.path, tmp_path / "kamdesk.db")  # the files folder is renamed by now
    another_pc(url, monkeypatch)  # the upgrade runs again
    assert contracts.open_copy(present).read_bytes() == content


# ---------------------------------------------------------------- hostile files

def test_a_sparse_file_beyond_the_limit_is_refused_without_being_read(desk_url, tmp_path, monkeypatch):
    kdb.connect(desk_url)
    contract = set_up_desk()
    sparse = tmp_path / "huge.pdf"
    with sparse.open("wb") as out:
        out.truncate(2 << 30)  # 2 GB claimed, no data written
    opened = []
    real_open = type(sparse).open
    monkeypatch.setattr(type(sparse), "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    with pytest.raises(ValidationError, match="huge.pdf is 2048 MB: a contract keeps files of up to 50 MB"):
        contracts.attach_file(contract.id, sparse)
    assert opened == [] and ContractFile.select().count() == 0


def test_a_file_growing_while_read_is_refused_and_nothing_is_kept(desk_url, tmp_path, monkeypatch):
    kdb.connect(desk_url)
    contract = set_up_desk()
    company_service.set_setting(file_service.ATTACHMENT_MAX_KEY, "2")
    scan_of(tmp_path / "growing.pdf", 1 << 20)
    checked = file_service._check_size

    def then_grows(source, limit_mb):  # the size is looked at, then the scanner goes on writing
        checked(source, limit_mb)
        with source.open("ab") as out:
            out.write(os.urandom(2 << 20))

    monkeypatch.setattr(file_service, "_check_size", then_grows)
    with pytest.raises(ValidationError, match="growing.pdf grew past 2 MB while it was read"):
        contracts.attach_file(contract.id, tmp_path / "growing.pdf")
    assert ContractFile.select().count() == 0 and ContractFilePart.select().count() == 0


def test_the_limit_is_a_company_setting_with_a_default_of_50_mb(db):
    assert contracts.attachment_limit_mb() == 50
    company_service.set_setting(file_service.ATTACHMENT_MAX_KEY, "200")
    assert contracts.attachment_limit_mb() == 200
    company_service.set_setting(file_service.ATTACHMENT_MAX_KEY, "100000")  # beyond what may be set
    assert contracts.attachment_limit_mb() == 50


@pytest.mark.parametrize(("name", "stored"), [
    ("szerződés\n2026.pdf", "szerződés 2026.pdf"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),
    ("számla\u2066.pdf\u2069", "számla.pdf"),
    ("..\\..\\Windows\\evil.pdf", "-.-Windows-evil.pdf"),
    ("../../etc/passwd", "-.-etc-passwd"),
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("com1.tar.gz", "_com1.tar.gz"), ("LPT9", "_LPT9"),
    ("report. . ", "report"), (" .hidden", "hidden"), ("\x00\x01", "file"),
    ("a" * 300 + ".pdf", "a" * 116 + ".pdf"),
    ("aláírt példány.pdf", "aláírt példány.pdf"),
])
def test_stored_names_are_safe_on_every_system(name, stored):
    assert contracts.safe_file_name(name) == stored


def test_a_hostile_name_is_stored_safe_and_shown_escaped(db, tmp_path):
    contract = set_up_desk()
    hostile = "szerződés\u202egpj.exe"
    (tmp_path / hostile).write_bytes(b"%PDF-1.4 scan")
    file = contracts.attach_file(contract.id, tmp_path / hostile)
    [stored] = contracts.contract_files(contract.id)
    assert (stored.name, stored.original_name) == ("szerződésgpj.exe", hostile)
    assert contracts.display_name(stored) == "szerződés[U+202E]gpj.exe"
    assert contracts.open_copy(file.id).name == "szerződésgpj.exe"


def test_the_upgrade_to_original_names_keeps_the_files_attached_before(desk_url, tmp_path):
    database = kdb.connect(desk_url, migrate=False)
    names = kdb.migration_names()
    Runner(database, directory=str(kdb.MIGRATIONS_DIR), table_name=kdb.HISTORY_TABLE).up(
        target=names[names.index("0014_file_original_name") - 1])
    contract = set_up_desk()
    database.execute_sql(
        "INSERT INTO contract_file (contract_id, kind, name, size, sha256, added_at, missing) "
        "VALUES (%s, 'attachment', 'régi szkennelés.pdf', 0, '', %s, %s)".replace("%s", database.param),
        (contract.id, dt.datetime(2026, 3, 1, 10, 0), False))
    kdb.close()

    database = kdb.connect(desk_url)
    if desk_url.startswith("sqlite"):  # the check reads SQLite's schema
        assert differences(database) == []
    column = read_schema(database)["contract_file"].columns["original_name"]
    assert column.not_null and column.type in ("VARCHAR", "CHARACTER VARYING")
    [file] = contracts.contract_files(contract.id)
    assert (file.name, file.original_name, contracts.display_name(file)) == (
        "régi szkennelés.pdf", "", "régi szkennelés.pdf")


def test_the_largest_attachment_setting_is_checked(db, company):
    import pytest

    from kamdesk.core.errors import ValidationError
    from kamdesk.core.services import contract as contract_service

    for wrong in (0, 1025, "50", 2.5):
        with pytest.raises(ValidationError) as refused:
            contract_service.set_attachment_limit_mb(wrong)
        assert "from 1 to 1024" in refused.value.messages()[0]
    contract_service.set_attachment_limit_mb(7)
    assert contract_service.attachment_limit_mb() == 7


def test_a_file_name_the_system_could_not_decode_is_kept_with_its_bytes_written_out(db, tmp_path):
    """A cp1250 name unpacked on Linux ("Kov\xe1cs"): Python holds it as lone surrogates, which no database stores."""
    import os

    raw = os.fsencode(tmp_path) + b"/Kov\xe1cs szerz\xf5d\xe9s.pdf"
    with open(raw, "wb") as handle:
        handle.write(b"%PDF-1.4 scan")
    contract = set_up_desk()
    kept = contracts.attach_file(contract.id, os.fsdecode(raw))
    assert kept.name == "Kov-xe1cs szerz-xf5d-xe9s.pdf"  # a backslash is a separator somewhere
    assert contracts.display_name(kept) == "Kov\\xe1cs szerz\\xf5d\\xe9s.pdf"
