"""Contract templates: the shipped ones seeded once, edited and archived copies, the choice for a new contract."""

from __future__ import annotations

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.contract import CONTRACT_KINDS, LETTER_KIND, ContractTemplate
from kamdesk.core.services.company import CATALOGUE_WRITERS, has_role, require_catalogue_writer
from kamdesk.core.services.contract.common import LANGUAGES
from kamdesk.core.transactions import retried


def ensure_builtin_templates() -> None:
    """Put the shipped templates (resources/contracts and resources/letters) in the database once; edited copies
    are kept.

    A shipped template still holding, unedited, an earlier release's text gets today's text.
    """
    from kamdesk.core.documents.contract_template import builtin_templates, is_superseded

    stored = {template.key: template for template in ContractTemplate.select()}
    shipped = builtin_templates() + builtin_templates(letters=True)
    rows = [{"key": t.key, "name": t.name, "kind": t.kind, "language": t.language, "source": t.source,
             "builtin": True} for t in shipped if t.key not in stored]
    stale = [(stored[t.key], t.source) for t in shipped if t.key in stored and stored[t.key].builtin
             and stored[t.key].source != t.source and is_superseded(stored[t.key].source)]
    if (rows or stale) and has_role(*CATALOGUE_WRITERS):  # on the team server a head or admin seeds them
        with database.atomic():
            if rows:
                ContractTemplate.insert_many(rows).execute()
            for template, source in stale:
                template.source, template.updated_at = source, utc_now()
                template.save()


def list_templates(kind: str | None = None, include_archived: bool = False) -> list[ContractTemplate]:
    """The templates of `kind`; without one, the contracts' (a letter's template is asked for by its kind)."""
    ensure_builtin_templates()
    query = ContractTemplate.select().order_by(ContractTemplate.kind, ContractTemplate.language,
                                               ContractTemplate.name)
    if kind:
        query = query.where(ContractTemplate.kind == kind)
    else:
        query = query.where(ContractTemplate.kind != LETTER_KIND)
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
    return ContractTemplate.get_or_not_found(ContractTemplate.id == template_id,
                                             Message("There is no contract template with id {id}.", id=template_id))


def template_problems(source: str, kind: str = "supply") -> list:
    """What is wrong with a template's text, each with its line (empty: fine); a letter's has its own fields.

    A text without problems is filled in with the sample data too: one that runs out of time or memory
    is refused here, not when a contract is written with it.
    """
    from kamdesk.core.documents.contract_template import check_template, limit_problems

    if kind == LETTER_KIND:
        from kamdesk.core.documents.letter import check_letter, limit_problems as letter_limits

        return check_letter(source) or letter_limits(source)
    return check_template(source) or limit_problems(source)


@retried
def save_template(values: dict, template_id: int | None = None) -> ContractTemplate:
    """Save a template (name, kind, language, source) after checking its text; errors name their lines."""
    require_catalogue_writer()
    template = get_template(template_id) if template_id else None
    errors = {}
    name = (values.get("name") or (template.name if template else "")).strip()
    if not name:
        errors["name"] = Message("Give the template a name.")
    kind = values.get("kind") or (template.kind if template else "supply")
    if kind not in CONTRACT_KINDS and kind != LETTER_KIND:
        errors["kind"] = Message("A contract is a supply, framework, service or other contract.")
    language = values.get("language") or (template.language if template else "en")
    if language not in LANGUAGES:
        errors["language"] = Message("A contract is written in English, Hungarian or Russian.")
    source = values.get("source", template.source if template else "")
    text_limits.refuse_too_long(ContractTemplate, {"name": name, "source": source or ""})  # before it is parsed
    if not (source or "").strip():
        errors["source"] = Message("The template has no text.")
    else:
        problems = template_problems(source, kind)
        if problems:
            errors["source"] = Message("\n".join(_problem_text(p) for p in problems))
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        if template is None:
            template = ContractTemplate(key=f"custom-{utc_now():%Y%m%d%H%M%S%f}", builtin=False)
        template.expect_version(values.get("row_version"))
        template.name, template.kind, template.language, template.source = name, kind, language, source
        template.updated_at = utc_now()
        template.save()
    return template


def _problem_text(problem) -> str:
    return str(Message("Line {line}: {problem}", line=problem.line, problem=str(problem.message)))


def archive_template(template_id: int, archived: bool = True) -> ContractTemplate:
    """Hide a template from the choice for new contracts (contracts written with it keep their text)."""
    require_catalogue_writer()
    template = get_template(template_id)
    template.archived_at = utc_now() if archived else None
    template.save()
    return template

