"""The own company profile, managers, the current manager and segments."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.core.db import database
from kamdesk.core.errors import NotFound, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Company, Manager, Segment, Setting
from kamdesk.core.models.company import ROLE_HEAD, ROLES
from kamdesk.core.services.party_validation import check_email, check_tax_number

CURRENT_MANAGER_KEY = "current_manager_id"
LANGUAGE_KEY = "language"
LANGUAGES = ("system", "en", "hu", "ru")  # "system": the language of the computer, the default
COMPANY_FIELDS = (
    "name", "postcode", "city", "street", "country", "tax_number", "registration_number",
    "bank_account", "currency", "default_vat_rate", "logo",
)


def get_company() -> Company | None:
    return Company.select().order_by(Company.id).first()


def company_region() -> str:
    """Two-letter country of the own company: the default region for phone numbers."""
    company = get_company()
    return company.country if company else "HU"


def is_set_up() -> bool:
    """True once a company and a current manager exist (the first start is over)."""
    return get_company() is not None and current_manager() is not None


def save_company(values: dict) -> Company:
    """Create or update the own company; fields missing from `values` keep their saved value."""
    with database.atomic():
        company = get_company() or Company()
        saved = {f: getattr(company, f) for f in COMPANY_FIELDS} if company.id else {}
        cleaned = _clean_company({**saved, **values})
        for field, value in cleaned.items():
            setattr(company, field, value)
        company.save()
    return company


def _clean_company(values: dict) -> dict:
    cleaned = {k: values[k] for k in COMPANY_FIELDS if k in values}
    for key in ("name", "postcode", "city", "street", "tax_number", "registration_number", "bank_account"):
        if key in cleaned:
            cleaned[key] = (cleaned[key] or "").strip()
    errors = {}
    if not cleaned.get("name"):
        errors["name"] = Message("Company name is required.")
    country = (cleaned.get("country") or "HU").upper()
    cleaned["country"] = country
    problem = check_tax_number(cleaned.get("tax_number", ""), country)
    if problem:
        errors["tax_number"] = Message("Tax number {problem}.", problem=problem)
    currency = (cleaned.get("currency") or "HUF").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = Message("Currency must be a three-letter code such as HUF, EUR or RUB.")
    cleaned["currency"] = currency
    rate = Decimal(str(cleaned.get("default_vat_rate", 27)))
    if not Decimal(0) <= rate <= Decimal(100):
        errors["default_vat_rate"] = Message("VAT rate must be between 0 and 100 %.")
    cleaned["default_vat_rate"] = rate
    if errors:
        raise ValidationError(errors)
    return cleaned


def list_managers(active_only: bool = True) -> list[Manager]:
    query = Manager.select().order_by(Manager.name)
    if active_only:
        query = query.where(Manager.active == True)  # noqa: E712 (peewee expression)
    return list(query)


def save_manager(values: dict, manager_id: int | None = None) -> Manager:
    name = (values.get("name") or "").strip()
    email = (values.get("email") or "").strip()
    role = values.get("role") or "manager"
    errors = {}
    if not name:
        errors["name"] = Message("Manager name is required.")
    problem = check_email(email)
    if problem:
        errors["email"] = Message("E-mail {problem}.", problem=problem)
    if role not in ROLES:
        errors["role"] = Message("Role must be manager or head.")
    if errors:
        raise ValidationError(errors)
    manager = Manager.get_by_id(manager_id) if manager_id else Manager()
    manager.name, manager.email, manager.role = name, email, role
    if values.get("max_discount") is not None:
        manager.max_discount = _discount_limit(values["max_discount"])
    manager.save()
    return manager


def _discount_limit(value) -> Decimal:
    try:
        limit = Decimal(str(value).replace(",", ".").strip())
    except ArithmeticError:
        limit = Decimal(-1)
    if not Decimal(0) <= limit < Decimal(100):
        raise ValidationError({"max_discount": Message("The discount limit must be between 0 and 100 %.")})
    return limit


def setting(key: str) -> str | None:
    """A desk setting's stored text (None when it was never set)."""
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else None


def setting_int(key: str, default: int, low: int, high: int | None = None) -> int:
    """A whole-number setting; `default` when unset, not a number, or outside low…high."""
    try:
        value = int((setting(key) or "").strip())
    except ValueError:
        return default
    return value if low <= value and (high is None or value <= high) else default


def set_setting(key: str, value: str) -> None:
    (Setting.insert(key=key, value=value)
     .on_conflict(conflict_target=[Setting.key], update={Setting.value: value}).execute())


def language() -> str:
    """The language the desk speaks (one of LANGUAGES); "system" when never chosen."""
    value = setting(LANGUAGE_KEY)
    return value if value in LANGUAGES else "system"


def set_language(code: str) -> None:
    """Choose the desk's language; the GUI offers only LANGUAGES, so another code is a programming error."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    set_setting(LANGUAGE_KEY, code)


def current_manager() -> Manager | None:
    value = setting(CURRENT_MANAGER_KEY)
    if not value:
        return None
    return Manager.get_or_none(Manager.id == int(value))


def current_head() -> Manager | None:
    """The current manager when a head of department sits at the desk (who may approve and override)."""
    manager = current_manager()
    return manager if manager is not None and manager.role == ROLE_HEAD else None


def set_current_manager(manager_id: int) -> None:
    Manager.get_or_not_found(Manager.id == manager_id, Message("There is no manager with id {id}.", id=manager_id))
    set_setting(CURRENT_MANAGER_KEY, str(manager_id))


def set_up(company_values: dict, manager_values: dict) -> tuple[Company, Manager]:
    """The first start: the own company and the manager using this desk, in one transaction.

    A ValidationError names the company's fields as they are ("name") and the manager's
    with a "manager_" prefix ("manager_name"), so that a form can tell the two names apart.
    """
    with database.atomic():
        company = save_company(company_values)
        try:
            manager = save_manager({**manager_values, "role": manager_values.get("role", "manager")})
        except ValidationError as error:
            raise ValidationError({f"manager_{key}": message for key, message in error.errors.items()}) from None
        set_current_manager(manager.id)
    return company, manager


def list_segments() -> list[Segment]:
    return list(Segment.select().order_by(Segment.name))


def segment_by_name(name: str, create: bool = True) -> Segment | None:
    name = (name or "").strip()
    if not name:
        return None
    segment = Segment.get_or_none(Segment.name == name)
    if segment is None and create:
        segment = Segment.create(name=name)
    return segment


def rename_segment(segment_id: int, name: str) -> Segment:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"segment": Message("Segment name is required.")})
    clash = Segment.get_or_none((Segment.name == name) & (Segment.id != segment_id))
    if clash is not None:
        raise ValidationError({"segment": Message("A segment called “{name}” exists already.", name=name)})
    segment = Segment.get_or_not_found(Segment.id == segment_id,
                                       Message("There is no segment with id {id}.", id=segment_id))
    segment.name = name
    segment.save()
    return segment


def segment_usage(segment_id: int) -> int:
    """How many clients are in the segment."""
    from kamdesk.core.models import Client

    return Client.select().where(Client.segment == segment_id).count()


def delete_segment(segment_id: int) -> None:
    """Remove a segment; its clients keep everything else and have no segment."""
    from kamdesk.core.models import Client

    with database.atomic():
        Client.update(segment=None).where(Client.segment == segment_id).execute()
        Segment.delete().where(Segment.id == segment_id).execute()


def set_logo(image: bytes | None) -> None:
    """Store the company logo (PNG or JPEG bytes, printed on documents)."""
    if image is not None and not (image.startswith(b"\x89PNG") or image.startswith(b"\xff\xd8")):
        raise ValidationError({"logo": Message("The logo must be a PNG or JPEG image.")})
    if image is not None and len(image) > 2_000_000:
        raise ValidationError({"logo": Message("The logo is larger than 2 MB; please use a smaller image.")})
    company = get_company()
    if company is None:
        raise NotFound(Message("Save the company profile first."))
    company.logo = image
    company.save()
