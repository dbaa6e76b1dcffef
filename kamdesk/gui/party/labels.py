"""Translated labels for the party area's stored codes (statuses, sources, ratings)."""

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartyLabels", text)


def status_labels() -> dict[str, str]:
    return {"prospect": _tr("Prospect"), "active": _tr("Active"), "inactive": _tr("Inactive"), "lost": _tr("Lost")}


def source_labels() -> dict[str, str]:
    return {"": "", "incoming_call": _tr("Incoming call"), "email": _tr("E-mail"), "visit": _tr("Visit"),
            "referral": _tr("Referral"), "exhibition": _tr("Exhibition"), "web": _tr("Web"), "other": _tr("Other")}
