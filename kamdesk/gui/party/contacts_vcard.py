"""Export contacts as vCard… : a client's contacts (client card) or the selected clients' (client list) to a
.vcf file for the phone and the mail program, on a worker thread with progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import contact_cards
from kamdesk.core.services.contract import safe_file_name
from kamdesk.gui.operations import Operation, report_failure


def export_vcard(parent: QWidget, client_ids: Sequence[int], suggested: str, done: Callable[[int], None],
                 path: str | None = None) -> Operation | None:
    """Ask where to (unless `path`; `suggested` names the file), write the clients' contacts, `done(count)`."""
    translate = QCoreApplication.translate
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("ContactsVcard", "Export contacts as vCard"),
                                              safe_file_name(suggested or "contacts") + ".vcf",
                                              translate("ContactsVcard", "vCard (*.vcf)"))
        if not path:
            return None
        if not path.lower().endswith((".vcf", ".vcard")):
            path += ".vcf"

    def failed(error: BaseException) -> None:
        report_failure(parent, KamdeskError(str(error)) if isinstance(error, OSError) else error)

    ids = list(client_ids)
    return Operation(parent, lambda task: contact_cards.export_contacts(path, ids, progress=task.progress)) \
        .with_progress(translate("ContactsVcard", "Exporting contacts…")).success(done).failure(failed).run()
