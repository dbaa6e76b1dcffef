"""A contract's files: generated documents and attached scans, copied into the files folder (`db.files_dir()`).

A file is never linked to where it came from; `generate_documents` writes the
PDF and the DOCX (`documents.contract_context.write_documents`) and keeps them
with the contract, replacing earlier ones.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from kamdesk.core.db import database, files_dir
from kamdesk.core.documents.contract_context import write_documents
from kamdesk.core.documents.files import replacing
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.contract import Contract, ContractFile
from kamdesk.core.services.contract.common import get_contract


def contract_files(contract_id: int) -> list[ContractFile]:
    return list(ContractFile.select().where(ContractFile.contract == contract_id)
                .order_by(ContractFile.added_at, ContractFile.id))


def file_path(file: ContractFile) -> Path:
    return files_dir() / file.stored_as


def _folder(contract: Contract) -> Path:
    return Path("contracts") / f"{contract.id:06d}"


def _unique_name(folder: Path, name: str) -> str:
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, counter = name, 1
    while (files_dir() / folder / candidate).exists():
        counter += 1
        candidate = f"{stem} ({counter}){suffix}"
    return candidate


def attach_file(contract_id: int, source: str | Path) -> ContractFile:
    """Copy `source` (e.g. the scan of the signed copy) into the files folder and keep it with the contract."""
    contract = get_contract(contract_id)
    source = Path(source)
    if not source.is_file():
        raise ValidationError({"file": Message("There is no file {path}.", path=str(source))})
    folder = _folder(contract)
    name = _unique_name(folder, source.name)
    target = files_dir() / folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    try:
        with replacing(target) as scratch, source.open("rb") as reader, scratch.open("wb") as out:
            for chunk in iter(lambda: reader.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
    except OSError as error:
        raise ValidationError({"file": Message("Cannot copy {path}: {reason}", path=str(source),
                                               reason=error.strerror or str(error))}) from error
    try:
        return ContractFile.create(contract=contract, kind="attachment", name=source.name,
                                   stored_as=(folder / name).as_posix(), size=target.stat().st_size,
                                   sha256=digest.hexdigest())
    except Exception:
        target.unlink(missing_ok=True)  # no file without its record
        raise


def remove_file(file_id: int) -> None:
    file = ContractFile.get_or_not_found(ContractFile.id == file_id,
                                         Message("There is no contract file with id {id}.", id=file_id))
    path = file_path(file)
    with database.atomic():
        file.delete_instance()
    path.unlink(missing_ok=True)


def generate_documents(contract_id: int) -> list[ContractFile]:
    """Write the PDF and DOCX into the contract's folder and keep them with it (replacing earlier ones)."""
    contract = get_contract(contract_id)
    folder = files_dir() / _folder(contract)
    folder.mkdir(parents=True, exist_ok=True)
    safe = contract.number.replace("/", "-")
    paths = {"pdf": folder / f"{safe}.pdf", "docx": folder / f"{safe}.docx"}
    with tempfile.TemporaryDirectory(dir=folder) as scratch:  # both written before either replaces the old
        drafts = {kind: Path(scratch) / path.name for kind, path in paths.items()}
        write_documents(contract, drafts["pdf"], drafts["docx"])
        with database.atomic():
            ContractFile.delete().where((ContractFile.contract == contract) &
                                        ContractFile.kind.in_(tuple(paths))).execute()
            files = []
            for kind, path in paths.items():
                shutil.move(drafts[kind], path)
                files.append(ContractFile.create(
                    contract=contract, kind=kind, name=path.name, stored_as=(_folder(contract) / path.name).as_posix(),
                    size=path.stat().st_size, sha256=hashlib.sha256(path.read_bytes()).hexdigest()))
            contract.generated_at = utc_now()
            contract.save()
    return files
