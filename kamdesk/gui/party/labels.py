"""Translated labels for the party area's stored codes (statuses, sources).

Each label is a literal `QCoreApplication.translate("PartyLabels", ...)` call so
that pyside6-lupdate finds it.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def status_labels() -> dict[str, str]:
    return {
        "prospect": translate("PartyLabels", "Prospect"),
        "active": translate("PartyLabels", "Active"),
        "inactive": translate("PartyLabels", "Inactive"),
        "lost": translate("PartyLabels", "Lost"),
    }


def source_labels() -> dict[str, str]:
    return {
        "": "",
        "incoming_call": translate("PartyLabels", "Incoming call"),
        "email": translate("PartyLabels", "E-mail"),
        "visit": translate("PartyLabels", "Visit"),
        "referral": translate("PartyLabels", "Referral"),
        "exhibition": translate("PartyLabels", "Exhibition"),
        "web": translate("PartyLabels", "Web"),
        "other": translate("PartyLabels", "Other"),
    }
