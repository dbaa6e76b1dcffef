"""Translated labels of the contract area's stored codes, and its states as the core declares them.

Each label is marked with a literal `QT_TRANSLATE_NOOP("ContractLabels", ...)`
so that pyside6-lupdate finds it, and translated when asked (`code_labels.translated_labels`);
the states' titles and colours come from the contract workflow (`services.contract.shown_states`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from kamdesk.core.services import contract as contract_service
from kamdesk.gui.widgets.code_labels import state_colour_name, state_titles, translated_labels

OVERDUE_COLOUR = "#c62828"
CONTEXT = "ContractLabels"

KINDS = {
    "supply": QT_TRANSLATE_NOOP("ContractLabels", "Supply contract"),
    "framework": QT_TRANSLATE_NOOP("ContractLabels", "Framework agreement"),
    "service": QT_TRANSLATE_NOOP("ContractLabels", "Service contract"),
    "other": QT_TRANSLATE_NOOP("ContractLabels", "Other contract"),
    "letter": QT_TRANSLATE_NOOP("ContractLabels", "Letter"),  # a letter's template, in the template editor
}

SHORT_KINDS = {
    "supply": QT_TRANSLATE_NOOP("ContractLabels", "Supply"),
    "framework": QT_TRANSLATE_NOOP("ContractLabels", "Framework"),
    "service": QT_TRANSLATE_NOOP("ContractLabels", "Service"),
    "other": QT_TRANSLATE_NOOP("ContractLabels", "Other"),
    "letter": QT_TRANSLATE_NOOP("ContractLabels", "Letter"),
}

ROOTS = {
    "company": QT_TRANSLATE_NOOP("ContractLabels", "Our company"),
    "client": QT_TRANSLATE_NOOP("ContractLabels", "Client"),
    "contact": QT_TRANSLATE_NOOP("ContractLabels", "Contact person"),
    "manager": QT_TRANSLATE_NOOP("ContractLabels", "Account manager"),
    "contract": QT_TRANSLATE_NOOP("ContractLabels", "Contract"),
}

LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("ContractLabels", "English"),
    "hu": QT_TRANSLATE_NOOP("ContractLabels", "Hungarian"),
    "ru": QT_TRANSLATE_NOOP("ContractLabels", "Russian"),
}

OBLIGATION_KINDS = {
    "delivery": QT_TRANSLATE_NOOP("ContractLabels", "Delivery"),
    "payment": QT_TRANSLATE_NOOP("ContractLabels", "Payment"),
    "report": QT_TRANSLATE_NOOP("ContractLabels", "Report"),
    "price_review": QT_TRANSLATE_NOOP("ContractLabels", "Price review"),
    "other": QT_TRANSLATE_NOOP("ContractLabels", "Other"),
}

PARTIES = {
    "us": QT_TRANSLATE_NOOP("ContractLabels", "We"),
    "client": QT_TRANSLATE_NOOP("ContractLabels", "Client"),
}

FILE_KINDS = {
    "pdf": QT_TRANSLATE_NOOP("ContractLabels", "PDF (generated)"),
    "docx": QT_TRANSLATE_NOOP("ContractLabels", "DOCX (generated)"),
    "attachment": QT_TRANSLATE_NOOP("ContractLabels", "Attached file"),
}


def kind_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, KINDS)


def short_kind_labels() -> dict[str, str]:
    """The kinds in a narrow column (the template list)."""
    return translated_labels(CONTEXT, SHORT_KINDS)


def root_labels() -> dict[str, str]:
    """The groups of placeholders, as the template editor's menu shows them."""
    return translated_labels(CONTEXT, ROOTS)


def state_labels() -> dict[str, str]:
    """The states as lists show and filter them (expiring included), in their order, translated."""
    return state_titles(contract_service.shown_states())


def state_colour(state: str) -> QColor:
    return QColor(state_colour_name(contract_service.shown_state(state)))


def language_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, LANGUAGES)


def obligation_kind_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, OBLIGATION_KINDS)


def party_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, PARTIES)


def file_kind_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, FILE_KINDS)


def relation_text(contract, numbers: dict[int, str]) -> str:
    """"Renews CT-2025-0004" / "Amends CT-2026-0002" for a follower, else "".

    `numbers` maps contract ids to numbers (the list the contract came with), so no query is made here.
    """
    if not contract.previous_id or not contract.relation:
        return ""
    number = numbers.get(contract.previous_id, f"#{contract.previous_id}")
    if contract.relation == "renewal":
        return QCoreApplication.translate("ContractLabels", "Renews %1").replace("%1", number)
    if contract.relation == "amendment":
        return QCoreApplication.translate("ContractLabels", "Amends %1").replace("%1", number)
    return number
