"""How long each stored text may be: declared once, checked before anything is written.

A CharField's limit is its `max_length`, declared in its model; a TextField's is in
`TEXT_LIMITS` below (None: text kamdesk writes itself, never typed or imported). The
services check the values they are given (`problems`, `refuse_too_long`) before any other
check (a 20 MB name must not reach the phone or e-mail parsers), an import reports the same
message as a rejected row, `check_records` is the last line before rows are written in bulk,
and `BaseModel.save` checks every row it saves. So PostgreSQL's VARCHAR(n) is never the one
refusing (its refusal would be a DataError, not a sentence), and SQLite, which stores any
length, keeps the same limits. The GUI's line edits take their `setMaxLength` from `limits`.
"""

from __future__ import annotations

import functools

from peewee import CharField, Field, TextField

from kamdesk.core.documents.sheet_limits import MAX_CELL_CHARS
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Count, Message

NOTE_CHARS = MAX_CELL_CHARS  # a note, terms, a description: pages; and what an import reads back from one cell
ADDRESS_CHARS = 1_000
TEMPLATE_CHARS = 500_000  # a contract template; the shipped ones are about 9,000

# TextFields: "table.column" -> most characters; None for text kamdesk itself writes.
TEXT_LIMITS: dict[str, int | None] = {
    "client.needs": NOTE_CHARS, "client.prospects": NOTE_CHARS, "client.reliability_note": NOTE_CHARS,
    "client.notes": NOTE_CHARS, "client.search_text": None,
    "contact.notes": NOTE_CHARS,
    "activity_series.location": ADDRESS_CHARS, "activity.location": ADDRESS_CHARS, "activity.outcome": NOTE_CHARS,
    "product.description": NOTE_CHARS, "product.search_text": None,
    "order.delivery_address": ADDRESS_CHARS, "order.notes": NOTE_CHARS, "order.cancel_note": NOTE_CHARS,
    "order.credit_override_reason": NOTE_CHARS, "discount_approval.reason": NOTE_CHARS,
    "offer.payment_terms": NOTE_CHARS, "offer.delivery_terms": NOTE_CHARS, "offer.introduction": NOTE_CHARS,
    "offer.closing": NOTE_CHARS, "offer.notes": NOTE_CHARS, "offer.reject_note": NOTE_CHARS,
    "offer.discount_approval_reason": NOTE_CHARS,
    "contract_template.source": TEMPLATE_CHARS, "contract.template_source": TEMPLATE_CHARS,
    "contract.payment_terms": NOTE_CHARS, "contract.delivery_terms": NOTE_CHARS, "contract.notes": NOTE_CHARS,
    "contract.termination_reason": NOTE_CHARS, "obligation.description": NOTE_CHARS,
    "invoice.note": NOTE_CHARS, "payment.remark": NOTE_CHARS, "payment.note": NOTE_CHARS,
    "product_return.note": NOTE_CHARS,
    "dunning_step.invoices": None,
    "complaint.description": NOTE_CHARS, "complaint.resolution": NOTE_CHARS,
    "competitor.notes": NOTE_CHARS, "competitor_action.description": NOTE_CHARS,
    "sent_mail.to": None, "sent_mail.cc": None, "sent_mail.attachments": None, "sent_mail.documents": None,
    "sent_mail.subject": 998, "sent_mail.sent_copy": 2000,  # RFC 5322's line; a reason kept as template + values
    "setting.value": None, "audit_log.old_values": None, "audit_log.new_values": None,
    "sync_conflict.mine": None, "sync_conflict.theirs": None, "sync_conflict.mine_value": None,
    "sync_conflict.theirs_value": None, "sync_conflict.reason": None, "sync_conflict.reason_params": None,
}

# What a person calls a field in a sentence ("The {what} is too long"); others are named by their column.
LABELS: dict[str, Message] = {
    "client.name": Message("client name"), "client.legal_form": Message("legal form"),
    "client.tax_number": Message("tax number"), "client.registration_number": Message("registration number"),
    "client.legal_postcode": Message("postcode"), "client.legal_city": Message("city"),
    "client.legal_street": Message("street address"), "client.delivery_postcode": Message("delivery postcode"),
    "client.delivery_city": Message("delivery city"), "client.delivery_street": Message("delivery street address"),
    "client.phone": Message("phone number"), "client.email": Message("e-mail address"),
    "client.website": Message("website"), "client.notes": Message("note"), "client.needs": Message("note on needs"),
    "client.prospects": Message("note on prospects"), "client.reliability_note": Message("reliability note"),
    "contact.name": Message("contact's name"), "contact.position": Message("contact's position"),
    "contact.phone": Message("contact's phone number"), "contact.email": Message("contact's e-mail address"),
    "contact.notes": Message("contact's note"),
    "segment.name": Message("segment name"), "manager.name": Message("manager's name"),
    "manager.email": Message("manager's e-mail address"),
    "company.name": Message("company name"), "company.bank_account": Message("bank account"),
    "category.name": Message("category name"), "price_column.name": Message("price column name"),
    "promotion.name": Message("promotion name"),
    "product.sku": Message("SKU"), "product.name": Message("product name"), "product.unit": Message("unit"),
    "product.description": Message("product description"),
    "activity.subject": Message("subject"), "activity.location": Message("location"),
    "activity.outcome": Message("outcome"), "activity_series.subject": Message("subject"),
    "activity_series.location": Message("location"),
    "order.delivery_address": Message("delivery address"), "order.notes": Message("note"),
    "order.cancel_note": Message("cancellation note"),
    "order.credit_override_reason": Message("reason for the credit override"),
    "offer.payment_terms": Message("text of the payment terms"),
    "offer.delivery_terms": Message("text of the delivery terms"),
    "offer.introduction": Message("introduction"), "offer.closing": Message("closing text"),
    "offer.notes": Message("note"), "offer.reject_note": Message("rejection note"),
    "contract.title": Message("contract title"), "contract.place": Message("place of signing"),
    "contract.payment_terms": Message("text of the payment terms"),
    "contract.delivery_terms": Message("text of the delivery terms"),
    "contract.notes": Message("note"), "contract.termination_reason": Message("termination reason"),
    "contract.template_source": Message("contract text"), "contract_template.source": Message("template text"),
    "contract_template.name": Message("template name"),
    "complaint.description": Message("complaint description"), "complaint.resolution": Message("resolution"),
    "obligation.description": Message("description of the obligation"),
    "contract_file.name": Message("file name"),
    "product_return.note": Message("note on the return"),
    "competitor.name": Message("competitor's name"), "competitor.notes": Message("note"),
    "competitor_price.source": Message("source of the price"),
    "competitor_action.description": Message("description of the competitor's action"),
}


def limit(model, name: str) -> int | None:
    """The most characters `model`'s field `name` holds; None when it is not a limited text field."""
    return _field_limit(model._meta.fields[name])


def _field_limit(field: Field) -> int | None:
    if isinstance(field, CharField):
        return field.max_length
    if isinstance(field, TextField):
        key = f"{field.model._meta.table_name}.{field.name}"
        if key not in TEXT_LIMITS:
            raise LookupError(f"{key} has no limit in kamdesk.core.text_limits.TEXT_LIMITS")
        return TEXT_LIMITS[key]
    return None


def too_long(field: Field, value: object) -> Message | None:
    """What is wrong with `value` for `field` when it is longer than the field's limit, else None."""
    most = _field_limit(field)
    if most is None or not isinstance(value, str) or len(value) <= most:
        return None
    key = f"{field.model._meta.table_name}.{field.name}"
    return Message("The {what} is too long: {length} characters; at most {limit}.",
                   what=LABELS.get(key, field.name.replace("_", " ")), length=Count(len(value)), limit=Count(most))


def problems(model, values: dict, prefix: str = "") -> dict[str, Message]:
    """Field name (with `prefix`) -> message for each value in `values` longer than `model` allows."""
    limited = _limits_of(model)
    found = {}
    for name, value in values.items():  # a plain test first: every cell of an import comes through here
        most = limited.get(name)
        if most is not None and isinstance(value, str) and len(value) > most:
            found[prefix + name] = too_long(model._meta.fields[name], value)
    return found


def refuse_too_long(model, values: dict, prefix: str = "") -> None:
    """A ValidationError naming every value in `values` longer than `model` allows."""
    found = problems(model, values, prefix)
    if found:
        raise ValidationError(found)


def check_records(model, records: list[dict]) -> None:
    """The last line before `records` are written in bulk: the first one too long, with its place in the batch."""
    limited = [(name, most) for name, most in _limits_of(model).items() if name in records[0]] if records else []
    for number, record in enumerate(records, start=1):
        for name, most in limited:  # a plain loop: 10,000 imported clients cost 35 ms (a dict per row: 250)
            value = record.get(name)
            if isinstance(value, str) and len(value) > most:
                problem = too_long(model._meta.fields[name], value)
                raise ValidationError({name: Message("Record {number}: {problem}", number=number, problem=problem)})


@functools.cache
def _limits_of(model) -> dict[str, int]:
    found = {field.name: _field_limit(field) for field in model._meta.sorted_fields}
    return {name: most for name, most in found.items() if most is not None}


def capped(model, name: str, value: str) -> str:
    """`value` cut to the limit of a field kamdesk derives (a folded key may be longer than what it folds)."""
    most = limit(model, name)
    return value if most is None else value[:most]


def limits(model) -> dict[str, int]:
    """Field name -> most characters, for every limited text field of `model`: what the GUI's line edits allow."""
    return dict(_limits_of(model))
