"""A contract as plain data: what the contract PDF and DOCX print (no database, no Qt).

The services layer renders the template (`contract_template.render_contract`)
and describes both parties; the writers only lay the result out. Every text is
already in the document's language and formatted (dates, amounts).
"""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk.core.documents.contract_template import RenderedContract


@dataclass(frozen=True)
class ContractParty:
    """Our company or the client as the parties block and the signature block show it."""

    name: str
    lines: tuple[str, ...] = ()  # address, "Tax number: …", registration number, bank account … (already labelled)
    role: str = ""  # "Supplier", "Vevő" … (the rendered template's company_role / client_role)
    signatory: str = ""  # who signs: "Kovács Ágnes"
    signatory_title: str = ""  # "managing director"


@dataclass(frozen=True)
class ContractDocument:
    number: str  # "CT-2026-0012"
    language: str  # "en", "hu" or "ru": the fixed texts of the page furniture
    rendered: RenderedContract
    company: ContractParty
    client: ContractParty
    place: str = ""  # place of signature: "Budapest"
    signed_date: str = ""  # formatted; empty leaves a blank to fill in by hand
    logo: bytes | None = None  # the company's logo (PNG/JPEG bytes)
