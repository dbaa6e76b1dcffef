"""What the mail area adds to the client card, through its `Area`, besides its E-mail tab: Document pac&kage…
(Sales tab), the client's offers, contracts, statement and price list as one bookmarked PDF or one e-mail
(`package_dialog`). The party area knows nothing of mail. Texts keep the client card's translation context,
where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

translate = QCoreApplication.translate


def package_button(card) -> QPushButton:
    """Document pac&kage…: the package dialog for the card's client."""
    button = QPushButton(translate("ClientCard", "Document pac&kage…"))
    button.setObjectName("document_package")
    button.setToolTip(translate("ClientCard", "Offers, contracts, a statement and a price list of this client as "
                                              "one PDF with bookmarks, or in one e-mail"))
    button.clicked.connect(lambda: open_package(card))
    return button


def open_package(card):
    """The package dialog for the card's client (None for a client not saved yet)."""
    from kamdesk.gui.mail.package_dialog import open_package_dialog  # its services only when asked for

    return open_package_dialog(card, card.client_id) if card.client_id is not None else None
