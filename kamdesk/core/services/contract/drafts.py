"""Writing a contract: a draft built from the values typed, checked, numbered and saved; deleting a draft.

A contract is saved as a draft with its template's text copied in
(`template_source`): later edits of the template do not change a contract
already written. Only a draft can be changed (`workflow.is_editable`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError, WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Contact
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.contract import CONTRACT_KINDS, Contract, ContractFile, ContractTemplate, Obligation
from kamdesk.core.services import catalogue
from kamdesk.core.services.company import current_manager, get_company
from kamdesk.core.services.contract.common import LANGUAGES, get_contract, next_contract_number
from kamdesk.core.services.contract.workflow import CONTRACT, DRAFT, is_editable
from kamdesk.core.transactions import retried

DEFAULT_DELIVERY_TERMS = "DAP"  # Incoterms: delivered to the client's place, unloading not included


def _require_draft(contract: Contract) -> None:
    if not is_editable(contract):
        raise WorkflowError(Message("Only a draft contract can be changed; contract {number} is {state}.",
                                    number=contract.number, state=CONTRACT.state(contract.state).word))


def build_contract(values: dict, contract_id: int | None = None) -> Contract:
    """The contract `values` describe, checked but not saved (what the preview shows and `save_contract` saves).

    `values`: client_id, contact_id, manager_id, template_id, kind, title, language,
    start_date, end_date, signed_date, auto_renewal, renewal_months, notice_days,
    amount, payment_terms_days, payment_terms, delivery_terms, discount_percent,
    place, notes. What is not given keeps its value (or, for a new contract,
    takes its default: the client's payment terms and price column, the
    template's kind and language, the company's city as the place).
    """
    contract = get_contract(contract_id) if contract_id else None
    if contract is None:
        contract = Contract(state=DRAFT.name)
    _require_draft(contract)
    errors: dict[str, Message] = {}
    _fill_parties(contract, values, errors)
    _fill_template(contract, values, errors)
    _fill_dates(contract, values, errors)
    _fill_terms(contract, values, errors)
    errors.update(text_limits.problems(Contract, {name: contract.__data__.get(name) for name in (
        "title", "template_source", "payment_terms", "delivery_terms", "place", "notes")}))
    if errors:
        raise ValidationError(errors)
    return contract


def _given(values: dict, name: str, contract: Contract):
    return values[name] if name in values else getattr(contract, name)


def _fill_parties(contract: Contract, values: dict, errors: dict) -> None:
    client_id = values.get("client_id") or contract.client_id
    client = Client.get_or_none(Client.id == client_id) if client_id else None
    if client is None:
        errors["client"] = Message("Choose the client.")
        return
    new_client = client.id != contract.client_id
    contract.client = client
    contact_id = values["contact_id"] if "contact_id" in values else contract.contact_id
    if new_client and "contact_id" not in values:  # a new client's contract is signed by its primary contact
        primary = (Contact.select().where(Contact.client == client.id)
                   .order_by(Contact.is_primary.desc(), Contact.id).first())
        contact_id = primary.id if primary else None
    if contact_id and not Contact.select().where((Contact.id == contact_id) & (Contact.client == client.id)).exists():
        errors["contact"] = Message("The contact must be one of the client's contacts.")
    contract.contact = contact_id or None
    manager_id = values.get("manager_id") or contract.manager_id or getattr(current_manager(), "id", None) \
        or client.manager_id
    if manager_id is None:
        errors["manager"] = Message("Choose the responsible manager.")
    else:
        contract.manager = manager_id
    if new_client:
        contract.price_column = catalogue.client_column(client)
        contract.payment_terms_days = client.payment_terms_days
        company = get_company()
        contract.currency = company.currency if company else "HUF"
        contract.place = contract.place or (company.city if company else "")
        contract.delivery_terms = contract.delivery_terms or DEFAULT_DELIVERY_TERMS


def _fill_template(contract: Contract, values: dict, errors: dict) -> None:
    template_id = values["template_id"] if "template_id" in values else contract.template_id
    if template_id and template_id != contract.template_id:
        template = ContractTemplate.get_or_none(ContractTemplate.id == template_id)
        if template is None:
            errors["template"] = Message("There is no contract template with id {id}.", id=template_id)
            return
        contract.template = template
        contract.template_source = template.source
        contract.kind = values.get("kind") or template.kind
        contract.language = values.get("language") or template.language
    if "template_source" in values:
        contract.template_source = values["template_source"] or ""
    for name, allowed, message in (
            ("kind", CONTRACT_KINDS, Message("A contract is a supply, framework, service or other contract.")),
            ("language", LANGUAGES, Message("A contract is written in English, Hungarian or Russian."))):
        value = values.get(name) or getattr(contract, name)
        if value not in allowed:
            errors[name] = message
        setattr(contract, name, value)
    contract.title = (_given(values, "title", contract) or "").strip()


def _fill_dates(contract: Contract, values: dict, errors: dict) -> None:
    start = _given(values, "start_date", contract)
    end = _given(values, "end_date", contract)
    if start is None:
        errors["start_date"] = Message("Give the date the contract starts.")
    elif end is not None and end < start:
        errors["end_date"] = Message("The contract ends on {end}, before it starts on {start}.",
                                     end=end.isoformat(), start=start.isoformat())
    contract.start_date, contract.end_date = start, end
    contract.signed_date = _given(values, "signed_date", contract)
    contract.auto_renewal = bool(_given(values, "auto_renewal", contract))
    for name, low, high in (("renewal_months", 1, 120), ("notice_days", 0, 365)):
        value = _given(values, name, contract)
        if not isinstance(value, int) or not low <= value <= high:
            errors[name] = Message("Give a whole number from {low} to {high}.", low=low, high=high)
        else:
            setattr(contract, name, value)
    if contract.auto_renewal and end is None:
        errors["end_date"] = Message("A contract that renews itself needs an end date.")


def _fill_terms(contract: Contract, values: dict, errors: dict) -> None:
    amount = _decimal(_given(values, "amount", contract), "amount", errors)
    if amount is not None and amount < 0:
        errors["amount"] = Message("The amount cannot be negative.")
    contract.amount = amount
    discount = _decimal(_given(values, "discount_percent", contract), "discount_percent", errors)
    if discount is not None and not Decimal(0) <= discount <= Decimal(100):
        errors["discount_percent"] = Message("A discount is between 0 and 100 %.")
    contract.discount_percent = discount
    days = _given(values, "payment_terms_days", contract)
    if not isinstance(days, int) or not 0 <= days <= 365:
        errors["payment_terms_days"] = Message("Give a whole number from {low} to {high}.", low=0, high=365)
    else:
        contract.payment_terms_days = days
    for name in ("payment_terms", "delivery_terms", "place", "notes"):
        contract_value = _given(values, name, contract)
        setattr(contract, name, (contract_value or "").strip())


def _decimal(value, name: str, errors: dict) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(" ", "").replace(",", "."))
    except InvalidOperation:
        errors[name] = Message("“{value}” is not a number.", value=str(value))
        return None
    if not number.is_finite():
        errors[name] = Message("“{value}” is not a number.", value=str(value))
        return None
    return number


@retried
def save_contract(values: dict, contract_id: int | None = None) -> Contract:
    """Save a draft contract in one transaction; a new one gets its number (row_version: as for clients)."""
    contract = build_contract(values, contract_id).expect_version(values.get("row_version"))
    with database.atomic():
        if contract.id is None:
            contract.number = next_contract_number((contract.start_date or dt.date.today()).year)
        contract.updated_at = utc_now()
        contract.save()
    return contract


def delete_draft(contract_id: int) -> None:
    """Delete a draft that was never sent, with its obligations and files (their content too)."""
    contract = get_contract(contract_id)
    _require_draft(contract)
    with database.atomic():
        Contract.update(previous=None).where(Contract.previous == contract.id).execute()
        ContractFile.delete().where(ContractFile.contract == contract.id).execute()
        Obligation.delete().where(Obligation.contract == contract.id).execute()
        contract.delete_instance()

