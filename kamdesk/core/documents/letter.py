"""A letter from a template, as plain data (no database, no Qt): the contract templates' engine for letters.

A letter's template is a `ContractTemplate` of kind "letter" (`contract_template.LETTER_KIND`), written and
checked like a contract's (front matter, a Jinja body filled in the sandboxed child process). It may print the
contract's `company`, `client`, `contact` and `manager` fields and `today`, plus free fields of its own,
`{{ fields.effective_date }}`: values the user types once for a letter or a whole mail merge. The free fields a
template uses are read from its text (`free_fields`), so the dialogs and the CLI ask for exactly those; a field
named `text` or ending in `_text` is typed over several lines.

The letter's title (its subject, also an e-mail's) is the front matter's `title:`; a template without one takes
its first paragraph as the title (`{{ fields.subject }}`). The PDF is laid out by the dunning letter's writer
(`dunning_pdf`: letterhead, addressee, place and date, title, paragraphs), which `Letter` fits.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kamdesk.core.documents import template_worker
from kamdesk.core.documents.contract_data import ContractParty
from kamdesk.core.documents.contract_template import (
    CONTRACT_FIELDS,
    FIELD_LABELS,
    LETTER_KIND,
    TEMPLATE_LANGUAGES,
    Fields,
    RenderedContract,
    TemplateProblem,
    check_template,
    read_header,
    render_contract,
    sample_context,
)
from kamdesk.core.documents.template_worker import TemplateTimeout, WorkerGone
from kamdesk.core.messages import Message

KIND = LETTER_KIND
LANGUAGES = TEMPLATE_LANGUAGES
FREE_ROOT = "fields"
ROOTS = ("company", "client", "contact", "manager")
BASE_FIELDS: Fields = {root: CONTRACT_FIELDS[root] for root in ROOTS}
MERGE_BATCH = 20  # letters filled in per call of the child process: ~1 ms each, far inside its 2 s limit


def is_long_field(name: str) -> bool:
    """True for a free field typed over several lines (`text`, `closing_text` ...)."""
    return name == "text" or name.endswith("_text")


def free_fields(source: str) -> tuple[str, ...]:
    """The free fields `source` uses (`fields.NAME`), in the order they first appear; () when it cannot be read.

    Read in the child process (`template_worker`), like every reading of a template's text.
    """
    try:
        return template_worker.call(_free_fields_here, source)
    except (TemplateTimeout, WorkerGone):
        return ()


def _free_fields_here(source: str) -> tuple[str, ...]:
    from jinja2 import TemplateSyntaxError, nodes

    from kamdesk.core.documents.contract_template import _body, _environment

    try:
        tree = _environment().parse(_body(source, read_header(source).body_line))
    except (TemplateSyntaxError, RecursionError, SyntaxError, ValueError, OverflowError):
        return ()
    found: list[tuple[int, int, str]] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        if not (isinstance(node.node, nodes.Name) and node.node.name == FREE_ROOT):
            continue
        name = node.attr if isinstance(node, nodes.Getattr) else (
            node.arg.value if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str) else None)
        if name and name.isidentifier() and not name.startswith("_"):
            found.append((node.lineno, len(found), name))
    return tuple(dict.fromkeys(name for _, _, name in sorted(found)))


def letter_fields(source: str) -> Fields:
    """What a letter's template may print: the base roots and, when it uses any, its free fields."""
    names = free_fields(source)
    return {**BASE_FIELDS, FREE_ROOT: names} if names else dict(BASE_FIELDS)


def field_label(path: str) -> Message | str:
    """A printed field's words for "which is empty" ("the client's tax number", "the field “effective_date”")."""
    root, _, name = path.partition(".")
    if root == FREE_ROOT:
        return Message("the field “{name}” typed for the letter", name=name)
    return FIELD_LABELS.get(path, path)


def check_letter(source: str) -> list[TemplateProblem]:
    """Everything wrong with a letter's template, each on its line (`contract_template.check_template`)."""
    return check_template(source, letter_fields(source))


def limit_problems(source: str) -> list[TemplateProblem]:
    """The limits a letter's template runs into when filled in with the sample data (empty when it fills in)."""
    from kamdesk.core.documents.contract_template import _limit_problem, _render_here

    context = sample_letter_context(read_header(source).language)
    try:
        result = template_worker.call(_render_here, source, context, False, letter_fields(source))
    except (TemplateTimeout, WorkerGone) as error:
        return [_limit_problem(source, error)]
    return [problem for problem in result if problem.limit] if isinstance(result, list) else []


def render_letter(source: str, context: dict, mark_missing: bool = False,
                  fields: Fields | None = None) -> RenderedContract:
    """The letter's template filled in for `context`; ValidationError (field "template") naming the line.

    `fields`: the template's `letter_fields`, when the caller has them already (a merge reads them once).
    """
    return render_contract(source, context, mark_missing, fields=fields or letter_fields(source))


def render_letters(source: str, contexts: list[dict], fields: Fields | None = None) -> list:
    """The letter filled in for each of `contexts` (a merge's batch: checked and compiled once in the child
    process, so keep a batch to what fills in within its time limit, MERGE_BATCH); each a RenderedContract, or the
    ValidationError (field "template") of a template that cannot be filled in."""
    from kamdesk.core.documents.contract_template import _limit_problem, _render_many_here, problems_error

    fields = fields or letter_fields(source)
    try:
        results = template_worker.call(_render_many_here, source, contexts, False, fields)
    except (TemplateTimeout, WorkerGone) as error:
        return [problems_error([_limit_problem(source, error)]) for _ in contexts]
    return [problems_error(result) if isinstance(result, list) else result for result in results]


def sample_letter_context(language: str = "en", values: dict | None = None) -> dict:
    """The contract templates' sample company, client, contact and manager, with `values` as the free fields."""
    sample = sample_context(language if language in ("en", "hu") else "en")
    return {**{root: sample[root] for root in ROOTS}, "today": sample["today"], FREE_ROOT: dict(values or {})}


def titled(rendered: RenderedContract) -> RenderedContract:
    """`rendered` with its title: the front matter's, else its first paragraph (then no longer in the text); one
    line either way, as an e-mail's subject must be (a typed U+2028 or form feed is a space)."""
    if rendered.title or not rendered.preamble:
        return dataclasses.replace(rendered, title=one_line(rendered.title)) if rendered.title else rendered
    return dataclasses.replace(rendered, title=one_line(rendered.preamble[0]), preamble=rendered.preamble[1:])


def one_line(text: str) -> str:
    """`text` with every run of white space (any line break: CR, LF, VT, FF, FS-RS, NEL, U+2028/9) one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Letter:
    """A letter ready to lay out: what `dunning_pdf` prints, without a table of invoices."""

    language: str
    rendered: RenderedContract  # titled: the title and the paragraphs
    company: ContractParty  # our name and lines
    addressee: ContractParty  # the client's name, for the attention of the contact, its address lines
    place_date: str
    logo: bytes | None = None
    items: tuple = ()
    total: str = ""
    subtitle: str = ""

    @property
    def title(self) -> str:
        return self.rendered.title

    def paragraphs(self) -> list[str]:
        return self.rendered.preamble + [f"{section.heading}\n" + "\n".join(c.text for c in section.clauses)
                                         for section in self.rendered.sections]

    def text(self) -> str:
        """The letter as plain text: its paragraphs (an e-mail's body)."""
        return "\n\n".join(self.paragraphs()) + "\n"


def letter_pdf_bytes(letter: Letter) -> bytes:
    """The letter as an A4 PDF (the dunning letter's layout, without its table)."""
    from kamdesk.core.documents.dunning_pdf import letter_pdf_bytes as laid_out

    return laid_out(letter)
