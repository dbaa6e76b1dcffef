"""Document package… from the client card: the client's documents listed unticked, ticked and put in order with
the keyboard, saved as one bookmarked PDF (then opened), or sent in one e-mail through the Send dialog; a document
that cannot be made is said in the dialog and nothing is written."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pypdf import PdfReader

from kamdesk.core.models import ContractTemplate
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import mail, party
from kamdesk.core.services import offer as offer_service
from kamdesk.gui.mail import package_dialog
from kamdesk.gui.mail.package_dialog import FOLDER_KEY, PackageDialog
from kamdesk.gui.mail.send_dialog import SendDialog
from kamdesk.gui.party.client_card import ClientCard
from tests.core.services.test_document_package import TODAY, deal  # noqa: F401 (the fixture)
from tests.gui.keyboard import activate
from tests.gui.waiting import finish
from tests.mail_fixtures import MAIL_PASSWORD


def items(dialog: PackageDialog) -> list[str]:
    return [dialog.documents.item(n).text().split("   ")[0] for n in range(dialog.documents.count())]


def tick(dialog: PackageDialog, title: str) -> None:
    row = items(dialog).index(title)
    dialog.documents.item(row).setCheckState(Qt.CheckState.Checked)


def test_the_card_opens_it_with_the_clients_documents_unticked(qtbot, deal):  # noqa: F811
    card = ClientCard(deal["client"].id)
    qtbot.addWidget(card)
    button = card.area_buttons["document_package"]  # the mail area's, below New offer on the Sales tab
    assert button.parent() is card.new_offer_button.parent() and button.text() == "Document pac&kage…"
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = card.findChild(PackageDialog)
    offer, contract = deal["offer"].number, deal["contract"].number
    assert items(dialog) == [f"Offer {offer}", f"Contract {contract}", "Statement of account", "Price list extract"]
    assert dialog.chosen() == [] and not dialog.pdf_button.isEnabled() and not dialog.email_button.isEnabled()
    assert dialog.language.currentData() == "hu"
    assert [dialog.categories.item(n).text() for n in range(dialog.categories.count())] == [
        "Fűszer", "Fűszer / Paprika"]
    dialog.close()
    new = ClientCard(None)
    qtbot.addWidget(new)
    assert not new.area_buttons["document_package"].isEnabled()


def test_ticked_ordered_with_alt_arrows_and_saved_as_one_bookmarked_pdf(qtbot, deal, tmp_path,  # noqa: F811
                                                                       monkeypatch):
    opened = []
    monkeypatch.setattr(package_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = PackageDialog(deal["client"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    tick(dialog, "Price list extract")
    tick(dialog, f"Offer {deal['offer'].number}")
    dialog.categories.item(1).setCheckState(Qt.CheckState.Checked)  # Fűszer / Paprika only
    dialog.documents.setCurrentRow(3)
    dialog.documents.setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.documents, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert items(dialog)[0] == "Price list extract" and dialog.documents.currentRow() == 0
    path = tmp_path / "csomag.pdf"
    finish(qtbot, dialog.save_pdf(str(path)))
    reader = PdfReader(path)
    assert [item.title.split()[0] for item in reader.outline] == ["Árlista", "Árajánlat"]
    price_list = reader.pages[0].extract_text()
    assert "Szegedi paprika 100 g" in price_list and "Fekete bors" not in price_list
    assert opened == [str(path)] and QSettings().value(FOLDER_KEY) == str(tmp_path.resolve())


def test_sent_in_one_email_the_offer_moves_to_sent(qtbot, deal, mail_account, mail_keyring,  # noqa: F811
                                                   smtp_server, imap_server):
    mail.remember_password(mail.save_account(mail_account), MAIL_PASSWORD)
    dialog = PackageDialog(deal["client"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    tick(dialog, f"Offer {deal['offer'].number}")
    tick(dialog, "Statement of account")
    finish(qtbot, dialog.email())
    [send] = [d for d in dialog.findChildren(SendDialog) if d.isVisible()]
    names = [f"{deal['offer'].number}.pdf", f"Folyószámla-egyeztetés {TODAY.year}-01-01 - {TODAY.isoformat()}.pdf"]
    assert [a.name for a in send.draft().attachments] == names
    finish(qtbot, send.send())
    [received] = smtp_server.messages
    assert list(received.attachments()) == names
    assert offer_service.get_offer(deal["offer"].id).state == "sent"
    qtbot.waitUntil(lambda: not dialog.isVisible())  # done: the package dialog closed with the message sent


def test_a_document_that_cannot_be_made_is_said_and_nothing_written(qtbot, deal, tmp_path):  # noqa: F811
    bare = party.save_client({"name": "Ёлочка ООО", "legal_country": "RU"})
    template = ContractTemplate.get(ContractTemplate.key == "supply_en").id
    incomplete = contracts.save_contract({"client_id": bare.id, "template_id": template, "start_date": TODAY,
                                          "end_date": TODAY + dt.timedelta(days=30)})
    dialog = PackageDialog(bare.id)
    qtbot.addWidget(dialog)
    dialog.show()
    tick(dialog, f"Contract {incomplete.number}")
    path = tmp_path / "never.pdf"
    finish(qtbot, dialog.save_pdf(str(path)))
    assert dialog.problem.isVisible() and dialog.problem.text().startswith(f"Contract {incomplete.number}: ")
    assert not Path(path).exists() and dialog.isVisible()
