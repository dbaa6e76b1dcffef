"""Contract templates: plain text with placeholders, rendered into numbered sections and clauses.

A template is text a manager can edit. It may start with front matter, lines of
`key: value` (`name`, `kind`, `language`, `title`, `company_role`,
`client_role`) closed by a line `---`; the rest is a Jinja2 body rendered in a
sandbox (`jinja2.sandbox.SandboxedEnvironment`: no `__class__` walks, no
attribute starting with "_").

    name: Supply contract (EN)
    kind: supply
    language: en
    ---
    This contract is made between {{ company.name }} and {{ client.name }}.

    # Payment
    {% if client.on_credit %}
    The Buyer pays within {{ client.payment_terms_days }} days by bank transfer.
    {% else %}
    The Buyer pays in advance.
    {% endif %}

After rendering, the text is read as structure: the paragraphs before the
first heading are the preamble; a line starting with "# " opens a section
(numbered 1., 2., ... in order); the paragraphs of a section, separated by
blank lines, are its clauses (1.1., 1.2., ...), and a clause may run over
several lines. What a condition removes leaves no gap: an empty clause or a
section without clauses disappears and the numbers close up.

The context is a dict of roots (`company`, `client`, `contact`, `manager`,
`contract`, each a dict of fields, and `today`, a formatted date); the fields
are listed in `PLACEHOLDERS`, which feeds the editor's "insert placeholder"
menu and `check_template`'s unknown-placeholder check. Values are strings
already formatted for the document's language, ints, bools or None (printed
as nothing). `render_contract` reports in `missing` every placeholder the
text actually printed while it was empty, so the manager learns that "the
template prints the client's tax number, which is empty" before anything is
generated.

A template is a small program, so it is checked and filled in a child process
(`template_worker`) within a time limit (2 s), a memory limit and an output
limit (MAX_OUTPUT_CHARS): a loop inside a loop, a macro calling itself without
end or `'a' * 10**9` become a problem on their line, like a syntax error.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.core.documents import template_worker
from kamdesk.core.documents.template_worker import TemplateTimeout, WorkerGone
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Count, Message, joined
from kamdesk.resources_path import resource

KINDS = ("supply", "framework", "service", "other")
LANGUAGES = ("en", "hu")
LETTER_KIND = "letter"  # a letter's template (`documents.letter`): the same engine and editor, not a contract kind
TEMPLATE_KINDS = (*KINDS, LETTER_KIND)
TEMPLATE_LANGUAGES = ("en", "hu", "ru")  # what a template's front matter may name (letters come in Russian too)
FRONT_MATTER_KEYS = ("name", "kind", "language", "title", "company_role", "client_role")
ROOTS = ("company", "client", "contact", "manager", "contract", "today")

# root → field → what it is (the editor's placeholder menu shows these; FIELD_LABELS flattens them)
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "company": {
        "name": Message("our company's name"),
        "address": Message("our company's address"),
        "tax_number": Message("our company's tax number"),
        "registration_number": Message("our company's registration number"),
        "bank_account": Message("our company's bank account"),
        "country": Message("our company's country"),
        "city": Message("our company's city"),
        "representative": Message("our company's representative (signatory)"),
        "email": Message("our company's e-mail address"),
        "phone": Message("our company's phone number"),
    },
    "client": {
        "name": Message("the client's name"),
        "legal_form": Message("the client's legal form"),
        "tax_number": Message("the client's tax number"),
        "registration_number": Message("the client's registration number"),
        "address": Message("the client's address"),
        "delivery_address": Message("the client's delivery address"),
        "country": Message("the client's country"),
        "city": Message("the client's city"),
        "phone": Message("the client's phone number"),
        "email": Message("the client's e-mail address"),
        "website": Message("the client's website"),
        "bank_account": Message("the client's bank account"),
        "payment_terms_days": Message("the client's payment terms in days (a number)"),
        "on_credit": Message("whether the client pays on credit (yes/no)"),
        "price_column": Message("the client's price column"),
        "credit_limit": Message("the client's credit limit"),
        "segment": Message("the client's segment"),
    },
    "contact": {
        "name": Message("the contact person's name"),
        "position": Message("the contact person's position"),
        "email": Message("the contact person's e-mail address"),
        "phone": Message("the contact person's phone number"),
    },
    "manager": {
        "name": Message("the account manager's name"),
        "email": Message("the account manager's e-mail address"),
        "phone": Message("the account manager's phone number"),
    },
    "contract": {
        "number": Message("the contract number"),
        "kind": Message("the contract type"),
        "title": Message("the contract title"),
        "signed_date": Message("the contract's date of signature"),
        "start_date": Message("the contract's start date"),
        "end_date": Message("the contract's end date"),
        "duration": Message("the contract's duration"),
        "amount": Message("the contract amount or limit"),
        "has_amount": Message("whether the contract has an amount (yes/no)"),
        "currency": Message("the contract currency"),
        "payment_terms_days": Message("the contract's payment terms in days (a number)"),
        "payment_terms": Message("the contract's payment terms"),
        "price_column": Message("the contract's price column"),
        "discount": Message("the contract discount"),
        "auto_renewal": Message("whether the contract renews automatically (yes/no)"),
        "renewal_period": Message("the contract's renewal period"),
        "renewal_months": Message("the contract's renewal period in months (a number)"),
        "notice_days": Message("the contract's notice period in days (a number)"),
        "delivery_terms": Message("the contract's delivery terms"),
        "place": Message("the place of signature"),
        "notes": Message("the contract's notes"),
        "previous_number": Message("the number of the contract this one renews or amends"),
    },
}
TODAY_LABEL = Message("today's date")
# root → its field names: what a template may print; other documents (dunning letters) bring their own
Fields = dict[str, tuple[str, ...]]
CONTRACT_FIELDS: Fields = {root: tuple(names) for root, names in PLACEHOLDERS.items()}

# "client.tax_number" → "the client's tax number"
FIELD_LABELS: dict[str, str] = {f"{root}.{name}": label for root, fields in PLACEHOLDERS.items()
                                for name, label in fields.items()}
FIELD_LABELS["today"] = TODAY_LABEL

# document words (in the document's language, not the user interface's)
DEFAULT_TITLES = {
    "en": {"supply": "Supply Contract", "framework": "Framework Agreement", "service": "Service Agreement",
           "other": "Contract"},
    "hu": {"supply": "Szállítási szerződés", "framework": "Keretszerződés", "service": "Szolgáltatási szerződés",
           "other": "Szerződés"},
}
DEFAULT_ROLES = {
    "en": {"supply": ("Supplier", "Buyer"), "framework": ("Supplier", "Buyer"),
           "service": ("Service Provider", "Client"), "other": ("Company", "Client")},
    "hu": {"supply": ("Szállító", "Vevő"), "framework": ("Szállító", "Vevő"),
           "service": ("Szolgáltató", "Megrendelő"), "other": ("Társaság", "Partner")},
}

MAX_OUTPUT_CHARS = 5_000_000  # ~2,500 pages; a contract is ~30,000 characters: more comes from a runaway loop

_JINJA_NAMES = {"loop", "caller", "varargs", "kwargs", "self", "super", "true", "false", "none",
                "True", "False", "None"}
_FRONT_LINE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*?)\s*$")


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class TemplateProblem:
    """Something wrong in a template, on a line of the whole source (1-based, front matter counted)."""

    line: int
    message: str  # a Message
    text: str = ""  # the source line as written
    limit: bool = False  # the template ran out of time, memory or output (or called itself too deeply)

    def __str__(self) -> str:
        return str(Message("Line {line}: {problem}", line=self.line, problem=self.message))


@dataclass(frozen=True)
class TemplateHeader:
    """The front matter, with defaults for what it leaves out."""

    name: str = ""
    kind: str = "other"
    language: str = "en"
    title: str = ""
    company_role: str = ""
    client_role: str = ""
    body_line: int = 1  # the source line the body starts on


@dataclass
class Clause:
    number: str  # "2.3"
    text: str  # may contain line breaks


@dataclass
class Section:
    number: int
    heading: str
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class RenderedContract:
    title: str
    company_role: str
    client_role: str
    kind: str
    language: str
    preamble: list[str]
    sections: list[Section]
    missing: list[str]  # placeholder paths printed while empty ("client.tax_number"), in order, once each

    def text(self) -> str:
        """The whole contract as plain text (previews, tests, search)."""
        parts = [self.title, *self.preamble]
        for section in self.sections:
            parts.append(f"{section.number}. {section.heading}")
            parts += [f"{clause.number}. {clause.text}" for clause in section.clauses]
        return "\n\n".join(parts)


@dataclass(frozen=True)
class BuiltinTemplate:
    key: str  # "supply_en"
    path: Path
    name: str
    kind: str
    language: str
    source: str


# ---------------------------------------------------------------- front matter

def _split_front_matter(source: str) -> tuple[list[tuple[int, str, str, str]], int, list[TemplateProblem]]:
    """(entries (line, key, value, text), the body's first line, problems) of `source`.

    Front matter exists when a line `---` follows lines that are all blank or look like
    `key: value`; otherwise the whole source is the body.
    """
    lines = _normal(source).split("\n")
    for index, line in enumerate(lines):
        if line.strip() == "---":
            break
        if line.strip() and not _FRONT_LINE.match(line):
            return [], 1, []
    else:
        return [], 1, []
    entries, problems = [], []
    for number, line in enumerate(lines[:index], start=1):
        if not line.strip():
            continue
        key, value = _FRONT_LINE.match(line).groups()
        key = key.lower()
        if key not in FRONT_MATTER_KEYS:
            problems.append(TemplateProblem(number, Message("Unknown setting “{key}”; use one of: {keys}.",
                                                            key=key, keys=", ".join(FRONT_MATTER_KEYS)), line))
            continue
        if key == "kind" and value not in TEMPLATE_KINDS:
            problems.append(TemplateProblem(number, Message("Unknown contract type “{kind}”; use one of: {kinds}.",
                                                            kind=value, kinds=", ".join(TEMPLATE_KINDS)), line))
        if key == "language" and value not in TEMPLATE_LANGUAGES:
            problems.append(TemplateProblem(number, Message("Unknown language “{language}”; use one of: {languages}.",
                                                            language=value, languages=", ".join(TEMPLATE_LANGUAGES)),
                                            line))
        entries.append((number, key, value, line))
    return entries, index + 2, problems


def read_header(source: str) -> TemplateHeader:
    """The template's front matter; unknown kinds and languages fall back to "other" and "en"."""
    entries, body_line, _ = _split_front_matter(source)
    values = {key: value for _, key, value, _ in entries}
    kind = values.get("kind") if values.get("kind") in TEMPLATE_KINDS else "other"
    language = values.get("language") if values.get("language") in TEMPLATE_LANGUAGES else "en"
    company_role, client_role = DEFAULT_ROLES.get(language, DEFAULT_ROLES["en"]).get(kind, ("", ""))
    return TemplateHeader(name=values.get("name", ""), kind=kind, language=language,
                          title=values.get("title") or DEFAULT_TITLES.get(language, DEFAULT_TITLES["en"]).get(kind, ""),
                          company_role=values.get("company_role") or company_role,
                          client_role=values.get("client_role") or client_role, body_line=body_line)


def _body(source: str, body_line: int) -> str:
    """The body with the front matter blanked out, so Jinja's line numbers are those of the whole source."""
    lines = _normal(source).split("\n")
    return "\n" * (body_line - 1) + "\n".join(lines[body_line - 1:])


def _normal(source: str) -> str:
    return source.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- the sandbox

MISSING_MARK = "\u2063"  # INVISIBLE SEPARATOR: brackets an empty field's path in a preview's text


class _Text(str):
    """A field's string value that remembers its placeholder path, so an empty one printed can be named."""

    path: str

    def __new__(cls, value: str, path: str) -> _Text:
        text = super().__new__(cls, value)
        text.path = path
        return text


class _Root:
    """One root of the context (`client`, ...): fields by attribute or item; strings carry their path."""

    __slots__ = ("_fields", "_name", "_values")

    def __init__(self, name: str, values: dict, fields: tuple[str, ...]):
        self._name = name
        self._values = values
        self._fields = fields

    def _get(self, key: str):
        if key not in self._values:
            if key in self._fields:  # a known field the caller left out is empty
                return _Text("", f"{self._name}.{key}")
            raise KeyError(key)
        value = self._values[key]
        if value is None or isinstance(value, str):
            return _Text(value or "", f"{self._name}.{key}")
        return value

    def __getattr__(self, key: str):
        try:
            return self._get(key)
        except KeyError:
            raise AttributeError(key) from None

    def __getitem__(self, key: str):
        return self._get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._values

    def __str__(self) -> str:
        return ""


def _environment(finalize=None):
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=False, trim_blocks=True, lstrip_blocks=True,
                                undefined=StrictUndefined, finalize=finalize, keep_trailing_newline=True)


# ---------------------------------------------------------------- checking

def check_template(source: str, fields: Fields | None = None) -> list[TemplateProblem]:
    """Everything wrong with `source`, each on its line (front matter counted), in line order.

    Bad front matter (an unknown setting, kind or language), Jinja syntax errors
    (an unclosed `{% if %}`, an unknown filter), unknown placeholders
    (`{{ client.nme }}`, `{{ clinet.name }}`), a root printed without a field
    (`{{ client }}`), and names starting with "_" (refused by the sandbox anyway).
    Checked in the child process (`template_worker`): reading a hostile text ends too.
    `fields`: what the template may print (a contract's by default).
    """
    try:
        return template_worker.call(_check_here, source, fields)
    except (TemplateTimeout, WorkerGone) as error:
        return [_limit_problem(source, error)]


def _limit_problem(source: str, error: Exception) -> TemplateProblem:
    """The problem of a job the child process could not finish (too slow, or it ran out of memory)."""
    message = _too_slow() if isinstance(error, TemplateTimeout) else _too_big()
    return TemplateProblem(read_header(source).body_line, message, limit=True)


def limit_problems(source: str) -> list[TemplateProblem]:
    """The limits `source` runs into when filled in with the sample data: a template that loops without end,
    grows without bound or calls itself without end does so for any client (empty when it fills in)."""
    context = sample_context(read_header(source).language)
    try:
        result = template_worker.call(_render_here, source, context, False)
    except (TemplateTimeout, WorkerGone) as error:
        return [_limit_problem(source, error)]
    return [problem for problem in result if problem.limit] if isinstance(result, list) else []


def _too_slow() -> Message:
    return Message("The template takes longer than {seconds} seconds to fill in: a loop or a macro may never end.",
                   seconds=f"{template_worker.MAX_SECONDS:g}")


def _too_big() -> Message:
    return Message("The template needs too much memory to fill in: something it builds grows too large.")


def _check_here(source: str, fields: Fields | None = None) -> list[TemplateProblem]:
    """`check_template` itself, run in the child process."""
    fields = fields or CONTRACT_FIELDS
    roots = (*fields, "today")
    from jinja2 import TemplateSyntaxError, nodes

    lines = _normal(source).split("\n")

    def text_of(number: int) -> str:
        return lines[number - 1] if 0 < number <= len(lines) else ""

    _, body_line, problems = _split_front_matter(source)
    body = _body(source, body_line)
    environment = _environment()
    try:
        tree = environment.parse(body)
        environment.compile(tree)  # unknown filters and tests are found when compiling
    except TemplateSyntaxError as error:
        line = error.lineno or body_line
        problems.append(TemplateProblem(line, Message("Syntax error: {error}", error=error.message or str(error)),
                                        text_of(line)))
        return sorted(problems, key=lambda problem: problem.line)
    except (RecursionError, SyntaxError):  # brackets or blocks nested hundreds deep (Python's own limits)
        problems.append(TemplateProblem(body_line, Message("The template nests too deeply to be read.")))
        return sorted(problems, key=lambda problem: problem.line)
    except (TemplateTimeout, MemoryError) as error:
        problems.append(TemplateProblem(body_line, _limit_message(error), limit=True))
        return sorted(problems, key=lambda problem: problem.line)
    except (ValueError, OverflowError):  # Jinja computes constants while compiling: {{ 10**5000 }}
        problems.append(TemplateProblem(body_line, _number_too_large(), limit=True))
        return sorted(problems, key=lambda problem: problem.line)

    local = {node.name for node in tree.find_all(nodes.Name) if node.ctx in ("store", "param")}
    local |= {node.name for node in tree.find_all(nodes.Macro)}
    known = set(roots) | local | _JINJA_NAMES | set(environment.globals)
    seen: set[tuple[int, str]] = set()

    def report(line: int, message: str, key: str) -> None:
        if (line, key) not in seen:
            seen.add((line, key))
            problems.append(TemplateProblem(line, message, text_of(line)))

    def unknown(name: str, choices: list[str], line: int) -> None:
        close = difflib.get_close_matches(name, choices, n=1)
        if close:
            report(line, Message("Unknown placeholder “{name}”; did you mean “{suggestion}”?",
                                 name=name, suggestion=close[0]), name)
        else:
            report(line, Message("Unknown placeholder “{name}”.", name=name), name)

    all_paths = sorted([f"{root}.{name}" for root, names in fields.items() for name in names] + ["today"])
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        key = node.attr if isinstance(node, nodes.Getattr) else (
            node.arg.value if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str) else None)
        if key is not None and key.startswith("_"):
            report(node.lineno, Message("“{name}” is not allowed in a template.", name=key), "_" + key)
            continue
        if not isinstance(node.node, nodes.Name) or node.node.name in local:
            continue
        root = node.node.name
        if root in fields and key is not None and key not in fields[root]:
            unknown(f"{root}.{key}", all_paths, node.lineno)
    for node in tree.find_all(nodes.Name):
        if node.ctx != "load":
            continue
        if node.name not in known:
            roots_and_paths = list(roots) + all_paths
            unknown(node.name, roots_and_paths, node.lineno)
    for output in tree.find_all(nodes.Output):
        for child in output.nodes:
            target = child.node if isinstance(child, nodes.Filter) and child.node is not None else child
            if isinstance(target, nodes.Name) and target.name in fields and target.name not in local:
                example = fields[target.name][0]
                report(child.lineno, Message("“{name}” is a group of fields; print one of them, e.g. “{name}.{example}”.",
                                             name=target.name, example=example), target.name + ".")
    return sorted(problems, key=lambda problem: problem.line)


def problems_error(problems: list[TemplateProblem]) -> ValidationError:
    """A ValidationError (field "template") saying each problem with its line; `.problems` keeps the list."""
    messages = [Message("Line {line}: {problem}", line=problem.line, problem=problem.message) for problem in problems]
    error = ValidationError(messages[0] if len(messages) == 1 else joined(messages, "\n"), field="template")
    error.problems = list(problems)  # for an editor that lists them by line
    return error


# ---------------------------------------------------------------- rendering

def render_contract(source: str, context: dict, mark_missing: bool = False,
                    fields: Fields | None = None) -> RenderedContract:
    """The contract `source` says for `context`, as numbered sections and clauses.

    With `mark_missing` (previews), an empty printed field is written as its path
    between two `MISSING_MARK`s, so a preview can show the gap where it is.

    Raises `ValidationError` (field "template") naming the line when the template
    has problems (`check_template`) or fails while rendering (e.g. a refused
    attribute, a number added to a text, a loop without end, too much text).
    Filled in the child process (`template_worker`). `fields`: what the template may print (a contract's
    by default; a dunning letter has its own).
    """
    try:
        result = template_worker.call(_render_here, source, context, mark_missing, fields)
    except (TemplateTimeout, WorkerGone) as error:
        raise problems_error([_limit_problem(source, error)]) from None
    if isinstance(result, list):
        raise problems_error(result)
    return result


def _render_here(source: str, context: dict, mark_missing: bool,
                 fields: Fields | None = None) -> RenderedContract | list[TemplateProblem]:
    """`render_contract` itself, run in the child process: the contract, or the problems that stop it."""
    return _render_many_here(source, [context], mark_missing, fields)[0]


def _render_many_here(source: str, contexts: list[dict], mark_missing: bool,
                      fields: Fields | None = None) -> list[RenderedContract | list[TemplateProblem]]:
    """`_render_here` for each of `contexts`, the template checked and compiled once (a mail merge's batch)."""
    fields = fields or CONTRACT_FIELDS
    problems = _check_here(source, fields)
    if problems:
        return [problems for _ in contexts]
    header = read_header(source)
    missing: list[str] = []  # what the context being filled in printed empty

    def finalize(value):
        if value is None:
            return ""
        if isinstance(value, _Text) and not value.strip():
            if value.path not in missing:
                missing.append(value.path)
            if mark_missing:
                return f"{MISSING_MARK}{value.path}{MISSING_MARK}"
        return value

    try:
        template = _environment(finalize).from_string(_body(source, header.body_line))
    except Exception as error:  # noqa: BLE001 (what compiling raises is a problem of every context alike)
        return [_fill_problems(error, header) for _ in contexts]
    found = []
    for context in contexts:
        missing.clear()
        found.append(_filled_in(template, header, context, fields, missing))
    return found


def _filled_in(template, header: TemplateHeader, context: dict, fields: Fields,
               missing: list[str]) -> RenderedContract | list[TemplateProblem]:
    variables = {}
    for root in (*fields, "today"):
        value = context.get(root)
        if root == "today":
            variables[root] = _Text(value or "", "today")
        else:
            variables[root] = _Root(root, dict(value or {}), fields[root])
    try:
        text = _filled(template, variables)
    except Exception as error:  # noqa: BLE001 (sorted into the template's problems, or raised again)
        return _fill_problems(error, header)
    preamble, sections = parse_structure(text)
    return RenderedContract(title=header.title, company_role=header.company_role, client_role=header.client_role,
                            kind=header.kind, language=header.language, preamble=preamble, sections=sections,
                            missing=list(missing))


def _fill_problems(error: Exception, header: TemplateHeader) -> list[TemplateProblem]:
    """The problem on its line that stopped compiling or filling in a template; anything else is raised again."""
    from jinja2 import TemplateError

    if isinstance(error, (TemplateError, TypeError, ValueError, ArithmeticError, LookupError, AttributeError)):
        problem = (_number_too_large() if re.search(r"integer string|result out of range|result too large", str(error))
                   else Message("The template cannot be filled in: {error}", error=str(error)))
        return [TemplateProblem(_template_line(error.__traceback__) or header.body_line, problem)]
    if isinstance(error, (TemplateTimeout, RecursionError, MemoryError, _TooLong)):
        return [TemplateProblem(getattr(error, "line", None) or _template_line(error.__traceback__)
                                or header.body_line, _limit_message(error), limit=True)]
    raise error


class _TooLong(Exception):
    """The template wrote more than MAX_OUTPUT_CHARS, the last piece on `line`."""

    def __init__(self, line: int | None):
        super().__init__(line)
        self.line = line


def _filled(template, variables: dict) -> str:
    """The template's text, stopped with _TooLong once it passes MAX_OUTPUT_CHARS."""
    stream = template.root_render_func(template.new_context(variables))
    pieces, size = [], 0
    try:
        for piece in stream:
            size += len(piece)
            if size > MAX_OUTPUT_CHARS:
                frame = stream.gi_frame
                raise _TooLong(template.get_corresponding_lineno(frame.f_lineno) if frame else None)
            pieces.append(piece)
    except _TooLong:
        raise
    except (TemplateTimeout, RecursionError, MemoryError) as error:
        error.line = _stopped_line(template, error.__traceback__, stream)  # Jinja's rewriting would lose it
        raise
    except Exception:  # noqa: BLE001 (Jinja rewrites the traceback to the template's lines, then raises it again)
        template.environment.handle_exception()
    return "".join(pieces)


def _number_too_large() -> Message:
    return Message("A number in the template is too large to be written (over 4,000 digits).")


def _stopped_line(template, traceback, stream) -> int | None:
    """The template line a limit stopped: the innermost template frame, else where its generator waits."""
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == "<template>":
            line = template.get_corresponding_lineno(traceback.tb_lineno)
        traceback = traceback.tb_next
    if line is None and stream.gi_frame is not None:
        line = template.get_corresponding_lineno(stream.gi_frame.f_lineno)
    return line


def _limit_message(error: BaseException) -> Message:
    if isinstance(error, TemplateTimeout):
        return _too_slow()
    if isinstance(error, RecursionError):
        return Message("The template calls itself too deeply: a macro may call itself without end.")
    if isinstance(error, _TooLong):
        return Message("The template writes more than {limit} characters: a loop may repeat too often.",
                       limit=Count(MAX_OUTPUT_CHARS))
    return _too_big()


def _template_line(traceback) -> int | None:
    """The template line an exception was raised on (Jinja rewrites its frames to the template's lines)."""
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == "<template>":
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def parse_structure(text: str) -> tuple[list[str], list[Section]]:
    """(preamble paragraphs, numbered sections) of rendered text; empty clauses and sections drop out."""
    preamble: list[str] = []
    raw_sections: list[tuple[str, list[str]]] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            text = "\n".join(paragraph).strip()
            if text:
                (raw_sections[-1][1] if raw_sections else preamble).append(text)
            paragraph.clear()

    for line in text.split("\n"):
        line = line.rstrip()
        if line.startswith("# ") or line == "#":
            close()
            raw_sections.append((line[1:].strip(), []))
        elif not line.strip():
            close()
        else:
            paragraph.append(line)
    close()
    sections = []
    for heading, clauses in raw_sections:
        if not clauses and not heading:
            continue
        if not clauses:
            continue  # a section whose clauses a condition removed
        number = len(sections) + 1
        sections.append(Section(number, heading, [Clause(f"{number}.{n}", clause)
                                                  for n, clause in enumerate(clauses, start=1)]))
    return preamble, sections


# ---------------------------------------------------------------- shipped templates and sample data

BUILTIN_KEYS = ("supply_en", "supply_hu", "framework_en", "framework_hu")
LETTER_KEYS = tuple(f"{letter}_{language}" for letter in ("price_change", "general")
                    for language in TEMPLATE_LANGUAGES)
# sha256 of the texts earlier releases shipped: a database still holding one unedited gets today's text
SUPERSEDED_SOURCES = frozenset({
    "2534001cac6e84e57f73724750cc395d312afd2cdcd991df95fe563cf076f5e1",  # framework_en
    "528656dd4e5289a079c54c97b8b9e1372cc7916fbf43e41bf0dc4779fc5c5a46",  # framework_en
    "fd43208431ed1139fd3f798958e59eedd2f8cb7b187160cd2740f0cbdcdd88e6",  # framework_hu
    "2bfea9d5415c66fb8ed3669692f5b6e7b37201f58450210f38d0df77c160faa4",  # framework_hu
    "751b1a6b511a35d53aefaedb492c28569af84f6e237ab461de9101152cad3147",  # supply_en
    "817e03ded2fd15c853b5f3b3f0b36e4fdaa3b0eff82d9405dad2a7d242ba18c3",  # supply_en
    "375d2700f34c82beb1cb56b1c461d722b6f2fa7e3605724476547a70ff40f520",  # supply_hu
    "70c68804a2afc9920b2f7fabd934f6fa184f5dc672b713808a5b75fcbfb2bf2b",  # supply_hu
})


def is_superseded(source: str) -> bool:
    """True when `source` is, unchanged, a shipped template's text from an earlier release."""
    import hashlib

    return hashlib.sha256(source.encode("utf-8")).hexdigest() in SUPERSEDED_SOURCES


def builtin_templates(letters: bool = False) -> list[BuiltinTemplate]:
    """The templates shipped in resources/contracts (supply contract and framework agreement, en and hu); with
    `letters`, those in resources/letters instead (a price-change notice and a general letter, en, hu and ru)."""
    found = []
    folder, keys = ("letters", LETTER_KEYS) if letters else ("contracts", BUILTIN_KEYS)
    for key in keys:
        path = resource(folder, f"{key}.txt")
        source = path.read_text(encoding="utf-8")
        header = read_header(source)
        found.append(BuiltinTemplate(key=key, path=path, name=header.name or key, kind=header.kind,
                                     language=header.language, source=source))
    return found


def sample_context(language: str = "en") -> dict:
    """A realistic filled context (accented and Cyrillic names) for previews and tests."""
    hu = language == "hu"
    return {
        "today": "2026. 03. 02." if hu else "2 Mar 2026",
        "company": {
            "name": "Kamdesk Kereskedelmi Zrt.",
            "address": "1051 Budapest, Váci út 1." if hu else "Váci út 1., 1051 Budapest, Hungary",
            "tax_number": "12345678-2-41",
            "registration_number": "01-10-123456",
            "bank_account": "11700000-12345678-00000000",
            "country": "Magyarország" if hu else "Hungary",
            "city": "Budapest",
            "representative": "Kovács Ágnes",
            "email": "info@kamdesk.example",
            "phone": "+36 1 555 0100",
        },
        "client": {
            "name": "Őrségi Tejüzem és Čapek Kft.",
            "legal_form": "Kft.",
            "tax_number": "87654321-2-18",
            "registration_number": "18-09-654321",
            "address": "9941 Őriszentpéter, Fő utca 12." if hu else "Fő utca 12., 9941 Őriszentpéter, Hungary",
            "delivery_address": "9941 Őriszentpéter, Ipari út 3." if hu else "Ipari út 3., 9941 Őriszentpéter",
            "country": "Magyarország" if hu else "Hungary",
            "city": "Őriszentpéter",
            "phone": "+36 94 555 0142",
            "email": "beszerzes@orsegi-tej.example",
            "website": "https://orsegi-tej.example",
            "bank_account": "10400000-87654321-00000000",
            "payment_terms_days": 30,
            "on_credit": True,
            "price_column": "Nagykereskedelmi" if hu else "Wholesale",
            "credit_limit": "5 000 000 Ft" if hu else "HUF 5,000,000",
            "segment": "A",
        },
        "contact": {
            "name": "Щукина Ёлена (Szűcs Ödönné)",
            "position": "beszerzési vezető" if hu else "head of purchasing",
            "email": "elena@orsegi-tej.example",
            "phone": "+36 30 555 0177",
        },
        "manager": {"name": "Nagy Éva", "email": "eva.nagy@kamdesk.example", "phone": "+36 30 555 0101"},
        "contract": {
            "number": "SZ-2026-0012" if hu else "CT-2026-0012",
            "kind": "szállítási szerződés" if hu else "supply contract",
            "title": "Szállítási szerződés" if hu else "Supply Contract",
            "signed_date": "2026. 03. 02." if hu else "2 Mar 2026",
            "start_date": "2026. 04. 01." if hu else "1 Apr 2026",
            "end_date": "2027. 03. 31." if hu else "31 Mar 2027",
            "duration": "12 hónap" if hu else "12 months",
            "amount": "24 000 000 Ft" if hu else "HUF 24,000,000",
            "has_amount": True,
            "currency": "HUF",
            "payment_terms_days": 30,
            "payment_terms": "30 napos átutalás" if hu else "bank transfer within 30 days",
            "price_column": "Nagykereskedelmi" if hu else "Wholesale",
            "discount": "5 %" if hu else "5%",
            "auto_renewal": True,
            "renewal_period": "12 hónap" if hu else "12 months",
            "renewal_months": 12,
            "notice_days": 60,
            "delivery_terms": "DAP Őriszentpéter (Incoterms® 2020)",
            "place": "Budapest",
            "notes": "",
            "previous_number": "",
        },
    }
