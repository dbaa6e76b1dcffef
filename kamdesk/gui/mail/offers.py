"""An offer handed to the user's own mail program: nobody knows whether it went, so the user is asked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.core.services import offer as offer_service
from kamdesk.core.services.offer_workflow import OFFER
from kamdesk.gui.changes import OFFERS, notify
from kamdesk.gui.sale.document_entry import attempt
from kamdesk.gui.sale.labels import allowed


def ask_marked_sent(parent: QWidget | None, offer_id: int) -> bool:
    """When the offer may still be sent: "Did you send it?"; Yes marks it sent (a discount waiting for a head's
    approval is said, and the offer stays a draft). True when the offer was marked sent."""
    offer = offer_service.get_offer(offer_id)
    if "send" not in allowed(OFFER, offer):
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MailOffers", "Mark the offer sent?"),
        QCoreApplication.translate("MailOffers", "Offer %1 is open in your mail program. Mark it as sent to the "
                                   "client?").replace("%1", offer.number),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    title = QCoreApplication.translate("MailOffers", "Cannot mark the offer sent")
    if answer != QMessageBox.StandardButton.Yes \
            or not attempt(parent, lambda: offer_service.send_offer(offer_id), title):
        return False
    notify(OFFERS, client_id=offer.client_id, source=parent)
    return True
