"""Translated labels of the contract area's stored codes, and its states as the core declares them.

Each label is a literal `QCoreApplication.translate("ContractLabels", ...)`
call so that pyside6-lupdate finds it; the states' titles and colours come from
the contract workflow (`services.contract.shown_states`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kamdesk.core.services import contract as contract_service
from kamdesk.gui.messages import translated

OVERDUE_COLOUR = "#c62828"


def kind_labels() -> dict[str, str]:
    return {
        "supply": QCoreApplication.translate("ContractLabels", "Supply contract"),
        "framework": QCoreApplication.translate("ContractLabels", "Framework agreement"),
        "service": QCoreApplication.translate("ContractLabels", "Service contract"),
        "other": QCoreApplication.translate("ContractLabels", "Other contract"),
    }


def short_kind_labels() -> dict[str, str]:
    """The kinds in a narrow column (the template list)."""
    return {
        "supply": QCoreApplication.translate("ContractLabels", "Supply"),
        "framework": QCoreApplication.translate("ContractLabels", "Framework"),
        "service": QCoreApplication.translate("ContractLabels", "Service"),
        "other": QCoreApplication.translate("ContractLabels", "Other"),
    }


def root_labels() -> dict[str, str]:
    """The groups of placeholders, as the template editor's menu shows them."""
    return {
        "company": QCoreApplication.translate("ContractLabels", "Our company"),
        "client": QCoreApplication.translate("ContractLabels", "Client"),
        "contact": QCoreApplication.translate("ContractLabels", "Contact person"),
        "manager": QCoreApplication.translate("ContractLabels", "Account manager"),
        "contract": QCoreApplication.translate("ContractLabels", "Contract"),
    }


def state_labels() -> dict[str, str]:
    """The states as lists show and filter them (expiring included), in their order, translated."""
    return {state.name: translated(state.title) for state in contract_service.shown_states()}


def state_colour(state: str) -> QColor:
    return QColor(contract_service.shown_state(state).colour or "#000000")


def language_labels() -> dict[str, str]:
    return {
        "en": QCoreApplication.translate("ContractLabels", "English"),
        "hu": QCoreApplication.translate("ContractLabels", "Hungarian"),
        "ru": QCoreApplication.translate("ContractLabels", "Russian"),
    }


def obligation_kind_labels() -> dict[str, str]:
    return {
        "delivery": QCoreApplication.translate("ContractLabels", "Delivery"),
        "payment": QCoreApplication.translate("ContractLabels", "Payment"),
        "report": QCoreApplication.translate("ContractLabels", "Report"),
        "price_review": QCoreApplication.translate("ContractLabels", "Price review"),
        "other": QCoreApplication.translate("ContractLabels", "Other"),
    }


def party_labels() -> dict[str, str]:
    return {
        "us": QCoreApplication.translate("ContractLabels", "We"),
        "client": QCoreApplication.translate("ContractLabels", "Client"),
    }


def file_kind_labels() -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("ContractLabels", "PDF (generated)"),
        "docx": QCoreApplication.translate("ContractLabels", "DOCX (generated)"),
        "attachment": QCoreApplication.translate("ContractLabels", "Attached file"),
    }


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
