"""The contract register: save, number, send, sign, terminate, expire, renew, amend; obligations; files.

A contract is saved as a draft with its template's text copied in
(`template_source`): later edits of the template do not change a contract
already written. Only a draft can be changed. States follow a declared
transition table (draft → sent for signature → active → expired or
terminated); an illegal move raises a WorkflowError that says what the
contract is. `expire_contracts` runs before every list: an active contract
past its end either renews itself (auto-renewal: the end moves on by the
renewal period) or becomes expired. "Expiring" is not stored: an active
contract whose end is within the renewal window (setting
"contract_renewal_days", default 60) or whose notice date has come
(`display_state`).

Renewals and amendments are new drafts linked to the contract they change
(`previous`, `relation`); a client's contracts read in order of their start.
Obligations are dated duties of either party with a done date. Files
(generated documents and attached scans) are copied into the files folder
(`db.files_dir()`), never linked to where they came from.

Documents: `contract_context` fills the placeholders of the template
(`documents.contract_template.PLACEHOLDERS`) from the company, client,
contact, manager and contract, formatted in the contract's language;
`preview` renders the template and names what is missing; `generate_documents`
refuses while anything the template prints is empty, then writes the PDF and
the DOCX.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

from dateutil.relativedelta import relativedelta
from peewee import fn

from kamdesk.core.db import database, files_dir
from kamdesk.core.documents.countries import country_name
from kamdesk.core.documents.files import replacing
from kamdesk.core.errors import NotFound, ValidationError, WorkflowError
from kamdesk.core.messages import Message, state_word
from kamdesk.core.models import Client, Contact, Manager, NumberSeries
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.company import ROLE_HEAD
from kamdesk.core.models.contract import (
    CONTRACT_KINDS,
    OBLIGATION_KINDS,
    OBLIGATION_PARTIES,
    Contract,
    ContractFile,
    ContractTemplate,
    Obligation,
)
from kamdesk.core.models.offer import OFFER_LANGUAGES
from kamdesk.core.services import catalogue, sale
from kamdesk.core.services.company import current_manager, get_company, set_setting, setting_int

CONTRACT_SERIES = "contract"
CONTRACT_PREFIX = "CT-{year}-"
CONTRACT_WIDTH = 4
TRANSITIONS = {  # state -> verb -> new state
    "draft": {"send": "sent", "sign": "active"},
    "sent": {"sign": "active", "withdraw": "draft"},
    "active": {"expire": "expired", "terminate": "terminated"},
    "expired": {},
    "terminated": {},
}
RENEWAL_DAYS_KEY = "contract_renewal_days"
DEFAULT_RENEWAL_DAYS = 60
LANGUAGES = OFFER_LANGUAGES
DEFAULT_DELIVERY_TERMS = "DAP"  # Incoterms: delivered to the client's place, unloading not included
SIGNING_BLANK = "____________"  # a document printed before signing leaves the date to be written in by hand
KIND_WORDS = {
    "en": {"supply": "supply contract", "framework": "framework agreement", "service": "service contract",
           "other": "contract"},
    "hu": {"supply": "szállítási szerződés", "framework": "keretszerződés", "service": "szolgáltatási szerződés",
           "other": "szerződés"},
    "ru": {"supply": "договор поставки", "framework": "рамочный договор", "service": "договор оказания услуг",
           "other": "договор"},
}


# ---------------------------------------------------------------- settings

def renewal_days() -> int:
    """The renewal window in days (setting "contract_renewal_days", 60 when unset or not a whole number)."""
    return setting_int(RENEWAL_DAYS_KEY, DEFAULT_RENEWAL_DAYS, 1)


def set_renewal_days(days: int) -> None:
    if not isinstance(days, int) or days <= 0 or days > 3650:
        raise ValidationError({"renewal_days": Message("The renewal window is a number of days from 1 to 3650.")})
    set_setting(RENEWAL_DAYS_KEY, str(days))


def next_contract_number(year: int) -> str:
    """The next contract number (CT-2026-0007); call inside the transaction that uses it."""
    NumberSeries.insert(code=CONTRACT_SERIES, year=year, prefix=CONTRACT_PREFIX,
                        width=CONTRACT_WIDTH).on_conflict_ignore().execute()
    return sale.next_number(CONTRACT_SERIES, year, CONTRACT_PREFIX)


# ---------------------------------------------------------------- templates

def ensure_builtin_templates() -> None:
    """Put the shipped templates (resources/contracts) in the database once; edited copies are kept.

    A shipped template still holding, unedited, an earlier release's text gets today's text.
    """
    from kamdesk.core.documents.contract_template import builtin_templates, is_superseded

    stored = {template.key: template for template in ContractTemplate.select()}
    shipped = builtin_templates()
    rows = [{"key": t.key, "name": t.name, "kind": t.kind, "language": t.language, "source": t.source,
             "builtin": True} for t in shipped if t.key not in stored]
    stale = [(stored[t.key], t.source) for t in shipped if t.key in stored and stored[t.key].builtin
             and stored[t.key].source != t.source and is_superseded(stored[t.key].source)]
    if rows or stale:
        with database.atomic():
            if rows:
                ContractTemplate.insert_many(rows).execute()
            for template, source in stale:
                template.source, template.updated_at = source, utc_now()
                template.save()


def list_templates(kind: str | None = None, include_archived: bool = False) -> list[ContractTemplate]:
    ensure_builtin_templates()
    query = ContractTemplate.select().order_by(ContractTemplate.kind, ContractTemplate.language,
                                               ContractTemplate.name)
    if kind:
        query = query.where(ContractTemplate.kind == kind)
    if not include_archived:
        query = query.where(ContractTemplate.archived_at.is_null())
    return list(query)


def default_template(client: Client, kind: str = "supply") -> ContractTemplate | None:
    """The template a new contract with `client` starts from: `kind`, in the client's language (built-in first)."""
    language = "hu" if (client.legal_country or "").upper() == "HU" else "en"
    candidates = list_templates(kind)
    templates = [t for t in candidates if t.language == language] or candidates
    templates.sort(key=lambda t: (not t.builtin, t.name))
    return templates[0] if templates else None


def get_template(template_id: int) -> ContractTemplate:
    template = ContractTemplate.get_or_none(ContractTemplate.id == template_id)
    if template is None:
        raise NotFound(Message("There is no contract template with id {id}.", id=template_id))
    return template


def template_problems(source: str) -> list:
    """What is wrong with a template's text, each with its line (empty: fine)."""
    from kamdesk.core.documents.contract_template import check_template

    return check_template(source)


def save_template(values: dict, template_id: int | None = None) -> ContractTemplate:
    """Save a template (name, kind, language, source) after checking its text; errors name their lines."""
    template = get_template(template_id) if template_id else None
    errors = {}
    name = (values.get("name") or (template.name if template else "")).strip()
    if not name:
        errors["name"] = Message("Give the template a name.")
    kind = values.get("kind") or (template.kind if template else "supply")
    if kind not in CONTRACT_KINDS:
        errors["kind"] = Message("A contract is a supply, framework, service or other contract.")
    language = values.get("language") or (template.language if template else "en")
    if language not in LANGUAGES:
        errors["language"] = Message("A contract is written in English, Hungarian or Russian.")
    source = values.get("source", template.source if template else "")
    if not (source or "").strip():
        errors["source"] = Message("The template has no text.")
    else:
        problems = template_problems(source)
        if problems:
            errors["source"] = Message("\n".join(_problem_text(p) for p in problems))
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        if template is None:
            template = ContractTemplate(key=f"custom-{utc_now():%Y%m%d%H%M%S%f}", builtin=False)
        template.name, template.kind, template.language, template.source = name, kind, language, source
        template.updated_at = utc_now()
        template.save()
    return template


def _problem_text(problem) -> str:
    return str(Message("Line {line}: {problem}", line=problem.line, problem=str(problem.message)))


def archive_template(template_id: int, archived: bool = True) -> ContractTemplate:
    """Hide a template from the choice for new contracts (contracts written with it keep their text)."""
    template = get_template(template_id)
    template.archived_at = utc_now() if archived else None
    template.save()
    return template


# ---------------------------------------------------------------- saving

def _contract(contract_id: int) -> Contract:
    contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise NotFound(Message("There is no contract with id {id}.", id=contract_id))
    return contract


def get_contract(contract_id: int) -> Contract:
    return _contract(contract_id)


def contract_by_number(number: str) -> Contract:
    contract = Contract.get_or_none(Contract.number == number.strip())
    if contract is None:
        raise NotFound(Message("There is no contract numbered {number}.", number=number))
    return contract


def build_contract(values: dict, contract_id: int | None = None) -> Contract:
    """The contract `values` describe, checked but not saved (what the preview shows and `save_contract` saves).

    `values`: client_id, contact_id, manager_id, template_id, kind, title, language,
    start_date, end_date, signed_date, auto_renewal, renewal_months, notice_days,
    amount, payment_terms_days, payment_terms, delivery_terms, discount_percent,
    place, notes. What is not given keeps its value (or, for a new contract,
    takes its default: the client's payment terms and price column, the
    template's kind and language, the company's city as the place).
    """
    contract = _contract(contract_id) if contract_id else None
    if contract is not None and contract.state != "draft":
        raise WorkflowError(Message("Only a draft contract can be changed; contract {number} is {state}.",
                                    number=contract.number, state=state_word(contract.state)))
    if contract is None:
        contract = Contract(state="draft")
    errors: dict[str, Message] = {}
    _fill_parties(contract, values, errors)
    _fill_template(contract, values, errors)
    _fill_dates(contract, values, errors)
    _fill_terms(contract, values, errors)
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


def save_contract(values: dict, contract_id: int | None = None) -> Contract:
    """Save a draft contract in one transaction; a new one gets its number."""
    contract = build_contract(values, contract_id)
    with database.atomic():
        if contract.id is None:
            contract.number = next_contract_number((contract.start_date or dt.date.today()).year)
        contract.updated_at = utc_now()
        contract.save()
    return contract


def delete_draft(contract_id: int) -> None:
    """Delete a draft that was never sent, with its obligations and files (their copies too)."""
    contract = _contract(contract_id)
    if contract.state != "draft":
        raise WorkflowError(Message("Only a draft contract can be changed; contract {number} is {state}.",
                                    number=contract.number, state=state_word(contract.state)))
    paths = [file_path(file) for file in contract_files(contract.id)]
    with database.atomic():
        Contract.update(previous=None).where(Contract.previous == contract.id).execute()
        ContractFile.delete().where(ContractFile.contract == contract.id).execute()
        Obligation.delete().where(Obligation.contract == contract.id).execute()
        contract.delete_instance()
    for path in paths:
        path.unlink(missing_ok=True)


# ---------------------------------------------------------------- workflow

def _verb_word(verb: str) -> Message:
    return {"send": Message("sent for signature"), "sign": Message("signed"), "withdraw": Message("withdrawn"),
            "expire": Message("expired"), "terminate": Message("terminated")}[verb]


def _transition(contract: Contract, verb: str) -> str:
    target = TRANSITIONS.get(contract.state, {}).get(verb)
    if target is None:
        raise WorkflowError(Message("Contract {number} is {state}: it cannot be {verb} now.", number=contract.number,
                                    state=state_word(contract.state), verb=_verb_word(verb)))
    return target


def send_contract(contract_id: int) -> Contract:
    """Sent for signature: the text is final from now on."""
    contract = _contract(contract_id)
    contract.state = _transition(contract, "send")
    contract.sent_at = contract.updated_at = utc_now()
    contract.save()
    return contract


def withdraw_contract(contract_id: int) -> Contract:
    """Back to draft from "sent for signature", e.g. to change what the client's lawyers asked for."""
    contract = _contract(contract_id)
    contract.state = _transition(contract, "withdraw")
    contract.updated_at = utc_now()
    contract.save()
    return contract


def sign_contract(contract_id: int, signed_date: dt.date | None = None, today: dt.date | None = None) -> Contract:
    """Both parties signed on `signed_date` (not after `today`): the contract is active."""
    contract = _contract(contract_id)
    target = _transition(contract, "sign")
    today = today or dt.date.today()
    signed_date = signed_date or contract.signed_date or today
    if signed_date > today:
        raise ValidationError({"signed_date": Message("The signing date {date} is in the future.",
                                                      date=signed_date.isoformat())})
    contract.state, contract.signed_date, contract.updated_at = target, signed_date, utc_now()
    contract.save()
    return contract


def terminate_contract(contract_id: int, reason: str, on: dt.date | None = None) -> Contract:
    """End an active contract early, with the reason (notice given, breach, agreement of the parties…)."""
    contract = _contract(contract_id)
    target = _transition(contract, "terminate")
    if not (reason or "").strip():
        raise ValidationError({"reason": Message("Say why the contract ends.")})
    on = on or dt.date.today()
    if on < contract.start_date:
        raise ValidationError({"terminated_on": Message("The contract cannot end before it starts on {start}.",
                                                        start=contract.start_date.isoformat())})
    contract.state, contract.terminated_on = target, on
    contract.termination_reason, contract.updated_at = reason.strip(), utc_now()
    contract.save()
    return contract


def expire_contracts(today: dt.date | None = None) -> int:
    """Active contracts past their end: renew those that renew themselves, expire the others. Returns changed."""
    today = today or dt.date.today()
    changed = 0
    overdue = Contract.select().where((Contract.state == "active") & Contract.end_date.is_null(False)
                                      & (Contract.end_date < today))
    with database.atomic():
        for contract in overdue:
            if contract.auto_renewal:
                while contract.end_date < today:
                    contract.end_date = contract.end_date + relativedelta(months=contract.renewal_months)
            else:
                contract.state = "expired"
            contract.updated_at = utc_now()
            contract.save()
            changed += 1
    return changed


def notice_date(contract: Contract) -> dt.date | None:
    """The last day to give notice before the end (an auto-renewing contract renews after it)."""
    if contract.end_date is None:
        return None
    return contract.end_date - dt.timedelta(days=contract.notice_days)


def display_state(contract: Contract, today: dt.date | None = None, window: int | None = None) -> str:
    """The stored state, or "expiring" for an active contract ending within the window or past its notice date."""
    if contract.state != "active" or contract.end_date is None:
        return contract.state
    today = today or dt.date.today()
    window = window if window is not None else renewal_days()
    if contract.end_date - today <= dt.timedelta(days=window) or notice_date(contract) <= today:
        return "expiring"
    return "active"


# ---------------------------------------------------------------- renewals and amendments

COPIED = ("client", "contact", "manager", "kind", "title", "template", "template_source", "language",
          "auto_renewal", "renewal_months", "notice_days", "amount", "currency", "payment_terms_days",
          "payment_terms", "delivery_terms", "discount_percent", "price_column", "place", "notes")


def _follower(contract: Contract, relation: str, start: dt.date, end: dt.date | None) -> Contract:
    with database.atomic():
        follower = Contract(**{name: getattr(contract, name) for name in COPIED})
        follower.state, follower.previous, follower.relation = "draft", contract, relation
        follower.start_date, follower.end_date = start, end
        template = contract.template
        if template is not None and template.archived_at is None:
            follower.template_source = template.source  # the renewal is written on today's template
        follower.number = next_contract_number(start.year)
        follower.save()
    return follower


def renew_contract(contract_id: int) -> Contract:
    """The next contract, a draft prefilled from this one: it starts the day after the end, for the same length."""
    contract = _contract(contract_id)
    if contract.state not in ("active", "expired"):
        raise WorkflowError(Message("Contract {number} is {state}: only an active or expired contract is renewed.",
                                    number=contract.number, state=state_word(contract.state)))
    start = (contract.end_date + dt.timedelta(days=1)) if contract.end_date else dt.date.today()
    end = None
    if contract.end_date is not None:
        end = start + (contract.end_date - contract.start_date)
        length = relativedelta(contract.end_date + dt.timedelta(days=1), contract.start_date)
        if length.days == 0:  # whole months: keep them whole
            end = start + relativedelta(years=length.years, months=length.months) - dt.timedelta(days=1)
    return _follower(contract, "renewal", start, end)


def amend_contract(contract_id: int) -> Contract:
    """An amendment: a draft linked to the contract it changes, starting today, ending with it."""
    contract = _contract(contract_id)
    if contract.state not in ("sent", "active"):
        raise WorkflowError(Message("Contract {number} is {state}: only a contract in force is amended.",
                                    number=contract.number, state=state_word(contract.state)))
    start = max(dt.date.today(), contract.start_date)
    return _follower(contract, "amendment", start, contract.end_date)


def chain(contract_id: int) -> list[Contract]:
    """The contract with the ones it renews or amends and the ones that follow it, oldest first."""
    contract = _contract(contract_id)
    root = contract
    seen = {root.id}
    while root.previous_id and root.previous_id not in seen:
        root = root.previous
        seen.add(root.id)
    result, queue = [], [root]
    while queue:
        item = queue.pop(0)
        result.append(item)
        queue.extend(Contract.select().where(Contract.previous == item.id).order_by(Contract.start_date, Contract.id))
    return sorted(result, key=lambda c: (c.start_date, c.id))


# ---------------------------------------------------------------- lists

def list_contracts(state: str | None = None, client_id: int | None = None, manager_id: int | None = None,
                   today: dt.date | None = None) -> list[Contract]:
    """Contracts, newest start first; `state` may be a stored state or "expiring"."""
    expire_contracts(today)
    query = (Contract.select(Contract, Client).join(Client).switch(Contract)
             .order_by(Contract.start_date.desc(), Contract.id.desc()))
    if state and state != "expiring":
        query = query.where(Contract.state == state)
    elif state == "expiring":
        query = query.where(Contract.state == "active")
    if client_id:
        query = query.where(Contract.client == client_id)
    if manager_id:
        query = query.where(Contract.manager == manager_id)
    contracts = list(query)
    if state == "expiring":
        window = renewal_days()
        contracts = [c for c in contracts if display_state(c, today, window) == "expiring"]
    return contracts


def client_contracts(client_id: int) -> list[Contract]:
    """A client's contracts in the order they were concluded (by start, then number)."""
    expire_contracts()
    return list(Contract.select().where(Contract.client == client_id).order_by(Contract.start_date, Contract.id))


def due_for_renewal(days: int | None = None, today: dt.date | None = None,
                    manager_id: int | None = None) -> list[Contract]:
    """Active contracts ending within `days` (the setting by default) or past their notice date, not yet renewed."""
    today = today or dt.date.today()
    expire_contracts(today)
    days = days if days is not None else renewal_days()
    renewed = Contract.select(Contract.previous).where((Contract.relation == "renewal")
                                                        & Contract.previous.is_null(False))
    query = (Contract.select(Contract, Client).join(Client).switch(Contract)
             .where((Contract.state == "active") & Contract.end_date.is_null(False)
                    & Contract.id.not_in(renewed))
             .order_by(Contract.end_date, Contract.id))
    if manager_id:
        query = query.where(Contract.manager == manager_id)
    return [c for c in query if display_state(c, today, days) == "expiring"]


# ---------------------------------------------------------------- obligations

def _clean_obligation(values: dict, obligation: Obligation) -> None:
    errors = {}
    kind = values.get("kind", obligation.kind)
    if kind not in OBLIGATION_KINDS:
        errors["kind"] = Message("An obligation is a delivery, payment, report, price review or other.")
    party = values.get("party", obligation.party)
    if party not in OBLIGATION_PARTIES:
        errors["party"] = Message("Say who must do it: we or the client.")
    due = values.get("due_date", obligation.due_date)
    if due is None:
        errors["due_date"] = Message("Give the date it is due.")
    description = (values.get("description", obligation.description) or "").strip()
    if not description:
        errors["description"] = Message("Say what is to be done.")
    if errors:
        raise ValidationError(errors)
    obligation.kind, obligation.party, obligation.due_date, obligation.description = kind, party, due, description
    if "done_on" in values:
        obligation.done_on = values["done_on"]


def add_obligation(contract_id: int, values: dict) -> Obligation:
    contract = _contract(contract_id)
    obligation = Obligation(contract=contract)
    _clean_obligation(values, obligation)
    obligation.save()
    return obligation


def update_obligation(obligation_id: int, values: dict) -> Obligation:
    obligation = _obligation(obligation_id)
    _clean_obligation(values, obligation)
    obligation.save()
    return obligation


def _obligation(obligation_id: int) -> Obligation:
    obligation = Obligation.get_or_none(Obligation.id == obligation_id)
    if obligation is None:
        raise NotFound(Message("There is no obligation with id {id}.", id=obligation_id))
    return obligation


def delete_obligation(obligation_id: int) -> None:
    _obligation(obligation_id).delete_instance()


def mark_obligation_done(obligation_id: int, done: bool = True, on: dt.date | None = None) -> Obligation:
    obligation = _obligation(obligation_id)
    obligation.done_on = (on or dt.date.today()) if done else None
    obligation.save()
    return obligation


def contract_obligations(contract_id: int) -> list[Obligation]:
    return list(Obligation.select().where(Obligation.contract == contract_id)
                .order_by(Obligation.due_date, Obligation.id))


def overdue_obligations(client_id: int | None = None, contract_id: int | None = None,
                        today: dt.date | None = None, manager_id: int | None = None) -> list[Obligation]:
    """Obligations not done by their date, of contracts in force (sent or active), oldest first."""
    today = today or dt.date.today()
    query = (Obligation.select(Obligation, Contract, Client).join(Contract).join(Client)
             .where(Obligation.done_on.is_null() & (Obligation.due_date < today)
                    & Contract.state.in_(("sent", "active")))
             .order_by(Obligation.due_date, Obligation.id))
    if client_id:
        query = query.where(Contract.client == client_id)
    if contract_id:
        query = query.where(Obligation.contract == contract_id)
    if manager_id:
        query = query.where(Contract.manager == manager_id)
    return list(query)


def overdue_counts(contract_ids: list[int], today: dt.date | None = None) -> dict[int, int]:
    """How many overdue obligations each contract has (for the register's column).

    Counted as `overdue_obligations` counts them: only contracts in force (sent or active) bind anyone.
    """
    if not contract_ids:
        return {}
    today = today or dt.date.today()
    rows = (Obligation.select(Obligation.contract, fn.COUNT(Obligation.id)).join(Contract)
            .where(Obligation.contract.in_(contract_ids) & Obligation.done_on.is_null()
                   & (Obligation.due_date < today) & Contract.state.in_(("sent", "active")))
            .group_by(Obligation.contract).tuples())
    return {contract_id: count for contract_id, count in rows}


# ---------------------------------------------------------------- files

def contract_files(contract_id: int) -> list[ContractFile]:
    return list(ContractFile.select().where(ContractFile.contract == contract_id)
                .order_by(ContractFile.added_at, ContractFile.id))


def file_path(file: ContractFile) -> Path:
    return files_dir() / file.stored_as


def _folder(contract: Contract) -> Path:
    return Path("contracts") / f"{contract.id:06d}"


def _unique_name(folder: Path, name: str) -> str:
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, counter = name, 1
    while (files_dir() / folder / candidate).exists():
        counter += 1
        candidate = f"{stem} ({counter}){suffix}"
    return candidate


def attach_file(contract_id: int, source: str | Path) -> ContractFile:
    """Copy `source` (e.g. the scan of the signed copy) into the files folder and keep it with the contract."""
    contract = _contract(contract_id)
    source = Path(source)
    if not source.is_file():
        raise ValidationError({"file": Message("There is no file {path}.", path=str(source))})
    folder = _folder(contract)
    name = _unique_name(folder, source.name)
    target = files_dir() / folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    try:
        with replacing(target) as scratch, source.open("rb") as reader, scratch.open("wb") as out:
            for chunk in iter(lambda: reader.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
    except OSError as error:
        raise ValidationError({"file": Message("Cannot copy {path}: {reason}", path=str(source),
                                               reason=error.strerror or str(error))}) from error
    try:
        return ContractFile.create(contract=contract, kind="attachment", name=source.name,
                                   stored_as=(folder / name).as_posix(), size=target.stat().st_size,
                                   sha256=digest.hexdigest())
    except Exception:
        target.unlink(missing_ok=True)  # no file without its record
        raise


def remove_file(file_id: int) -> None:
    file = ContractFile.get_or_none(ContractFile.id == file_id)
    if file is None:
        raise NotFound(Message("There is no contract file with id {id}.", id=file_id))
    path = file_path(file)
    with database.atomic():
        file.delete_instance()
    path.unlink(missing_ok=True)


# ---------------------------------------------------------------- documents

def contract_context(contract: Contract) -> dict:
    """The template's placeholders filled for `contract` (saved or built), formatted in its language."""
    from kamdesk.core.documents.offer_pdf import (
        format_date,
        format_money,
        format_percent,
    )

    language = contract.language
    company = get_company()
    client = contract.client
    contact = contract.contact if contract.contact_id else None
    manager = Manager.get_or_none(Manager.id == contract.manager_id) if contract.manager_id else None
    head = (Manager.select().where((Manager.role == ROLE_HEAD) & (Manager.active == True))  # noqa: E712
            .order_by(Manager.id).first())

    def day(value):
        return format_date(value, language) if value else ""

    home = company.country if company else "HU"
    abroad = (client.legal_country or home).upper() != home.upper()  # an international contract names countries
    column = contract.price_column if contract.price_column_id else catalogue.client_column(client)
    segment = client.segment.name if client.segment_id else ""
    previous = contract.previous.number if contract.previous_id else ""
    return {
        "company": {
            "name": company.name if company else "",
            "address": _address(company, "", language, "" if abroad else home) if company else "",
            "tax_number": company.tax_number if company else "", "registration_number": company.registration_number if company else "",
            "bank_account": company.bank_account if company else "",
            "country": country_name(company.country, language) if company else "",
            "city": company.city if company else "",
            "representative": (head or manager).name if (head or manager) else "",
            "email": manager.email if manager else "", "phone": "",
        },
        "client": {
            "name": client.name, "legal_form": client.legal_form, "tax_number": client.tax_number,
            "registration_number": client.registration_number,
            "address": _address(client, "legal_", language, home),
            "delivery_address": _address(client, "delivery_", language, home)
            or _address(client, "legal_", language, home),
            "country": country_name(client.legal_country, language), "city": client.legal_city,
            "phone": client.phone,
            "email": client.email, "website": client.website, "bank_account": "",
            "payment_terms_days": client.payment_terms_days, "on_credit": client.payment_terms_days > 0,
            "price_column": column.name if column else "",
            "credit_limit": format_money(client.credit_limit, contract.currency, language)
            if client.credit_limit is not None else "",
            "segment": segment,
        },
        "contact": {"name": contact.name if contact else "", "position": contact.position if contact else "",
                    "email": contact.email if contact else "", "phone": contact.phone if contact else ""},
        "manager": {"name": manager.name if manager else "", "email": manager.email if manager else "",
                    "phone": ""},
        "contract": {
            "number": contract.number or "", "kind": KIND_WORDS.get(language, KIND_WORDS["en"]).get(contract.kind, ""),
            "title": contract.title, "signed_date": day(contract.signed_date) or SIGNING_BLANK, "start_date": day(contract.start_date),
            "end_date": day(contract.end_date), "duration": _duration(contract, language),
            "amount": format_money(contract.amount, contract.currency, language) if contract.amount is not None
            else "",
            "has_amount": contract.amount is not None, "currency": contract.currency,
            "payment_terms_days": contract.payment_terms_days, "payment_terms": contract.payment_terms,
            "price_column": column.name if column else "",
            "discount": format_percent(contract.discount_percent, language)
            if contract.discount_percent is not None else "",
            "auto_renewal": contract.auto_renewal, "renewal_period": _months(contract.renewal_months, language),
            "renewal_months": contract.renewal_months, "notice_days": contract.notice_days,
            "delivery_terms": contract.delivery_terms, "place": contract.place, "notes": contract.notes,
            "previous_number": previous,
        },
        "today": format_date(dt.date.today(), language),
    }


def _address(record, prefix: str, language: str, home: str = "") -> str:
    """"1051 Budapest, Váci út 1.", with the country's name when it is not `home` (the seller's country)."""
    parts = [getattr(record, f"{prefix}postcode", ""), getattr(record, f"{prefix}city", "")]
    line = " ".join(p for p in parts if p)
    street = getattr(record, f"{prefix}street", "")
    address = ", ".join(p for p in (line, street) if p)
    country = (getattr(record, f"{prefix}country", "") or "").upper()
    if address and prefix == "delivery_" and not country:  # a delivery address without a country is at the seat
        country = (getattr(record, "legal_country", "") or "").upper()
    if address and country and country != (home or "").upper():
        address = f"{address}, {country_name(country, language)}"
    return address


MONTH_WORDS = {"en": ("month", "months"), "hu": ("hónap", "hónap"), "ru": ("месяц", "месяца", "месяцев")}


def _months(count: int, language: str) -> str:
    from kamdesk.core.documents.amount_words import russian_plural

    words = MONTH_WORDS.get(language, MONTH_WORDS["en"])
    word = russian_plural(count, *words) if language == "ru" else words[0] if count == 1 else words[1]
    return f"{count} {word}"


def _duration(contract: Contract, language: str) -> str:
    """"12 months" when the contract runs whole months, else the number of days; "" when open-ended."""
    if contract.end_date is None or contract.start_date is None:
        return ""
    length = relativedelta(contract.end_date + dt.timedelta(days=1), contract.start_date)
    if length.days == 0:
        return _months(length.years * 12 + length.months, language)
    days = (contract.end_date - contract.start_date).days + 1
    return {"hu": f"{days} nap", "ru": f"{days} дн."}.get(language, f"{days} days")


def preview(contract: Contract, mark_missing: bool = False, context: dict | None = None):
    """The rendered text of `contract` (saved or built): `RenderedContract`, whose `missing` names empty fields.

    `mark_missing`: empty printed fields are marked in the text, for a preview to show where they are.
    `context`: the contract's `contract_context`, when the caller has it already.
    """
    from kamdesk.core.documents.contract_template import render_contract

    if not contract.template_source.strip():
        raise ValidationError({"template": Message("Choose a template for the contract.")})
    return render_contract(contract.template_source, context or contract_context(contract), mark_missing)


def missing_data(rendered) -> ValidationError | None:
    """A ValidationError naming every empty field the template prints, or None."""
    from kamdesk.core.documents.contract_template import FIELD_LABELS

    if not rendered.missing:
        return None
    return ValidationError({f"missing.{path}": Message("The template prints {what}, which is empty.",
                                                       what=FIELD_LABELS.get(path, path))
                            for path in rendered.missing})


def document_for(contract: Contract):
    """Everything the PDF and DOCX writers need; refuses while the template prints an empty field."""
    from kamdesk.core.documents.contract_data import ContractDocument, ContractParty
    from kamdesk.core.documents.offer_pdf import format_date, texts

    context = contract_context(contract)
    rendered = preview(contract, context=context)
    error = missing_data(rendered)
    if error is not None:
        raise error
    company, client = context["company"], context["client"]
    contact = context["contact"]
    words = texts(contract.language)
    tax, bank = words["tax_number"], words["bank_account"]
    ours = ContractParty(name=company["name"], role=rendered.company_role, signatory=company["representative"],
                         signatory_title="",
                         lines=tuple(x for x in (company["address"], company["tax_number"] and
                                                 f"{tax}: {company['tax_number']}",
                                                 company["bank_account"] and f"{bank}: {company['bank_account']}")
                                     if x))
    theirs = ContractParty(name=client["name"], role=rendered.client_role, signatory=contact["name"],
                           signatory_title=contact["position"],
                           lines=tuple(x for x in (client["address"], client["tax_number"] and
                                                   f"{tax}: {client['tax_number']}") if x))
    own = get_company()
    logo = own.logo if own is not None else None
    signed = format_date(contract.signed_date, contract.language) if contract.signed_date else ""
    return ContractDocument(number=contract.number, language=contract.language, rendered=rendered, company=ours,
                            client=theirs, place=contract.place, signed_date=signed,
                            logo=bytes(logo) if logo else None)


def write_documents(contract: Contract, pdf: Path | None = None, docx: Path | None = None) -> None:
    """Write the contract's PDF and/or DOCX to the given paths (nothing is written if data is missing)."""
    document = document_for(contract)
    if pdf is not None:
        from kamdesk.core.documents.contract_pdf import write_contract_pdf

        write_contract_pdf(pdf, document)
    if docx is not None:
        from kamdesk.core.documents.contract_docx import write_contract_docx

        write_contract_docx(docx, document)


def generate_documents(contract_id: int) -> list[ContractFile]:
    """Write the PDF and DOCX into the contract's folder and keep them with it (replacing earlier ones)."""
    contract = _contract(contract_id)
    folder = files_dir() / _folder(contract)
    folder.mkdir(parents=True, exist_ok=True)
    safe = contract.number.replace("/", "-")
    paths = {"pdf": folder / f"{safe}.pdf", "docx": folder / f"{safe}.docx"}
    with tempfile.TemporaryDirectory(dir=folder) as scratch:  # both written before either replaces the old
        drafts = {kind: Path(scratch) / path.name for kind, path in paths.items()}
        write_documents(contract, drafts["pdf"], drafts["docx"])
        with database.atomic():
            ContractFile.delete().where((ContractFile.contract == contract) &
                                        ContractFile.kind.in_(tuple(paths))).execute()
            files = []
            for kind, path in paths.items():
                shutil.move(drafts[kind], path)
                files.append(ContractFile.create(
                    contract=contract, kind=kind, name=path.name, stored_as=(_folder(contract) / path.name).as_posix(),
                    size=path.stat().st_size, sha256=hashlib.sha256(path.read_bytes()).hexdigest()))
            contract.generated_at = utc_now()
            contract.save()
    return files
