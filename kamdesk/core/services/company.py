"""The own company profile, managers, the current manager and segments."""

from __future__ import annotations

from decimal import Decimal

from weakref import WeakKeyDictionary

from peewee import PostgresqlDatabase

from kamdesk.core import audit
from kamdesk.core.db import database
from kamdesk.core.errors import NotFound, PermissionDenied, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Company, Manager, Segment, Setting
from kamdesk.core.models.base import set_editor
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD, ROLES
from kamdesk.core.services.party_validation import check_email, check_tax_number
from kamdesk.core.transactions import retried

CURRENT_MANAGER_KEY = "current_manager_id"  # the manager a single-user desk starts with
_chosen: WeakKeyDictionary = WeakKeyDictionary()  # per open database: the manager id sitting at the desk here
_linked: WeakKeyDictionary = WeakKeyDictionary()  # per open server database: the logged-in user's (manager id, role)
_replica_roles: WeakKeyDictionary = WeakKeyDictionary()  # per open replica: its server user's role
audit.identify_desk_manager(lambda: _chosen.get(database.obj))  # the audit trail names this process's manager
CATALOGUE_WRITERS = (ROLE_HEAD, ROLE_ADMIN)
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


@retried
def save_company(values: dict) -> Company:
    """Create or update the own company; fields missing from `values` keep their saved value."""
    _require_admin()
    with database.atomic():
        company = (get_company() or Company()).expect_version(values.get("row_version"))
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


@retried
def save_manager(values: dict, manager_id: int | None = None) -> Manager:
    _require_admin()
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
        errors["role"] = Message("Role must be manager, head or admin.")
    if errors:
        raise ValidationError(errors)
    manager = Manager.get_by_id(manager_id).expect_version(values.get("row_version")) if manager_id else Manager()
    regroup = on_server() and manager.login and manager.role != role
    manager.name, manager.email, manager.role = name, email, role
    if values.get("max_discount") is not None:
        manager.max_discount = _discount_limit(values["max_discount"])
    with database.atomic():
        manager.save()
        if regroup:  # on the team server the group role carries the rights
            from kamdesk.core.server.security import change_group

            change_group(database.obj, manager.login, role)
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
    return whole_number(setting(key), default, low, high)


def whole_number(text: str | None, default: int, low: int, high: int | None = None) -> int:
    """A setting's stored text (read here or on the team server) as a whole number within low…high, else `default`."""
    try:
        value = int((text or "").strip())
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
    """Who sits at this desk, for this process.

    On the team server: the manager whose login is the connected user (nobody can switch;
    the database owner, who has no login of kamdesk's, chooses like a single-user desk).
    On a single-user desk: the manager chosen in this process, at first the remembered default.
    """
    desk = database.obj
    if desk not in _chosen:
        _chosen[desk] = _linked_manager_id() if on_server() else None
        if _chosen[desk] is None and not on_server():
            value = setting(CURRENT_MANAGER_KEY)
            _chosen[desk] = int(value) if value else None
    chosen = _chosen[desk]
    return Manager.get_or_none(Manager.id == chosen) if chosen is not None else None


def current_manager_id() -> int | None:
    """The id of who sits at this desk, as `current_manager` decides it, without loading the row."""
    if database.obj not in _chosen:
        current_manager()
    return _chosen.get(database.obj)


set_editor(current_manager_id)  # every saved row names who changed it


def current_head() -> Manager | None:
    """The current manager when a head of department sits at the desk (who may approve and override)."""
    manager = current_manager()
    return manager if manager is not None and manager.role == ROLE_HEAD else None


def set_current_manager(manager_id: int) -> None:
    """Sit `manager_id` at this desk, in this process; remembered as the next start's default on a desk file."""
    Manager.get_or_not_found(Manager.id == manager_id, Message("There is no manager with id {id}.", id=manager_id))
    if on_server() and _linked_manager_id() is not None:
        if manager_id != _linked_manager_id():
            raise PermissionDenied(Message("On the team server you work as the user you logged in as; log in as "
                                           "another user to work as them."))
        return
    _chosen[database.obj] = manager_id
    if not on_server():
        set_setting(CURRENT_MANAGER_KEY, str(manager_id))


def on_server() -> bool:
    """True when the desk is connected to the team server (PostgreSQL), whose own security decides."""
    return isinstance(database.obj, PostgresqlDatabase)


def _linked_manager_id() -> int | None:
    """The manager whose login is the connected user on the team server (None for the owner)."""
    return _linked_login()[0]


def _linked_login() -> tuple[int | None, str | None]:
    """(manager id, role) of the connected login, read once per connection: the role counts from the login on."""
    desk = database.obj
    if desk not in _linked:
        row = database.execute_sql("SELECT id, role FROM manager WHERE login = current_user").fetchone()
        _linked[desk] = (row[0], row[1]) if row else (None, None)
    return _linked[desk]


def has_role(*roles: str) -> bool:
    """True when the connected user's role is one of `roles`; always on a single-user desk and for the owner.

    On a laptop's replica the role is the server user's, as the server will judge the changes sent from it.
    """
    if not on_server():
        role = _replica_role()
        return role is None or role in roles
    manager_id, role = _linked_login()
    return manager_id is None or role in roles


def _replica_role() -> str | None:
    """The role of the server user a laptop's replica belongs to; None on a single-user desk file."""
    desk = database.obj
    if desk not in _replica_roles:
        from kamdesk.core.sync import capture

        row = None
        if capture.is_replica(desk):
            row = database.execute_sql("SELECT m.role FROM manager m JOIN sync_state s ON m.login = s.login"
                                       ).fetchone()
        _replica_roles[desk] = row[0] if row else None
    return _replica_roles[desk]


def require_role(roles: tuple[str, ...], refusal: Message) -> None:
    """Refuse (PermissionDenied) what the team server would refuse the connected user's role."""
    if not has_role(*roles):
        raise PermissionDenied(refusal)


def require_catalogue_writer() -> None:
    """The catalogue, the prices and the contract templates are changed by heads and admins (on a server)."""
    require_role(CATALOGUE_WRITERS, Message("Only a head of department or an administrator can change the "
                                            "catalogue, the prices and the contract templates."))


def _require_admin() -> None:
    require_role((ROLE_ADMIN,), Message("Only an administrator can change the company's details and the "
                                        "managers."))


def acting_manager(manager_id: int | None) -> Manager | None:
    """Who does a head's act (approving, overriding): `manager_id` or the current manager.

    On the team server only the logged-in user acts, in their own name, as the database checks.
    """
    me = current_manager()
    if on_server() and _linked_manager_id() is not None:
        if manager_id and manager_id != getattr(me, "id", None):
            raise PermissionDenied(Message("On the team server you act only in your own name."))
        return me
    return Manager.get_or_none(Manager.id == manager_id) if manager_id else me


def set_up(company_values: dict, manager_values: dict) -> tuple[Company, Manager]:
    """The first start: the own company and the manager using this desk, in one transaction.

    A ValidationError names the company's fields as they are ("name") and the manager's
    with a "manager_" prefix ("manager_name"), so that a form can tell the two names apart.
    On the team server the manager is the logged-in user's own row (their role stays).
    """
    me = current_manager() if on_server() and _linked_manager_id() is not None else None
    role = me.role if me is not None else manager_values.get("role", "manager")
    with database.atomic():
        company = save_company(company_values)
        try:
            manager = save_manager({**manager_values, "role": role}, me.id if me is not None else None)
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
    _require_admin()
    company = get_company()
    if company is None:
        raise NotFound(Message("Save the company profile first."))
    company.logo = image
    company.save()
