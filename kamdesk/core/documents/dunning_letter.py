"""A dunning letter as plain data, and its built-in templates (no database, no Qt).

The letters are templates like the contracts' (`contract_template`: front matter, a Jinja body filled in
the sandboxed child process), one per step and language in resources/dunning (`reminder_hu.txt` ...).
Besides the contract's `company`, `client`, `contact` and `manager` they may print the `dunning` fields
below. Where the body prints `{{ dunning.invoice_table }}` alone in a paragraph, the letter shows the
table of overdue invoices with their total. The services fill the context (`services.dunning_letters`);
the writers (`dunning_pdf`, `dunning_docx`) only lay the letter out.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk.core.documents.contract_data import ContractParty
from kamdesk.core.documents.contract_template import CONTRACT_FIELDS, FIELD_LABELS, RenderedContract, render_contract
from kamdesk.core.messages import Message
from kamdesk.core.models.dunning import STEPS
from kamdesk.resources_path import resource

LANGUAGES = ("en", "hu", "ru")
TABLE_MARK = "\u2062invoices\u2062"  # INVISIBLE TIMES around a word: where the table of invoices goes

DUNNING_PLACEHOLDERS: dict[str, Message] = {
    "step": Message("the dunning step (e.g. “first notice”)"),
    "overdue": Message("the overdue amount"),
    "currency": Message("the currency of the overdue amount"),
    "invoice_count": Message("how many invoices are overdue (a number)"),
    "oldest_days": Message("how many days the oldest invoice is past due (a number)"),
    "oldest_due_date": Message("the due date of the oldest overdue invoice"),
    "pay_by": Message("the date to pay by"),
    "previous_date": Message("the date of the previous step taken (empty before the first)"),
    "invoices": Message("the overdue invoices (a list, for a loop)"),
    "invoice_table": Message("the table of overdue invoices"),
}
FIELDS = {**{root: CONTRACT_FIELDS[root] for root in ("company", "client", "contact", "manager")},
          "dunning": tuple(DUNNING_PLACEHOLDERS)}
LABELS = {**{path: label for path, label in FIELD_LABELS.items() if path.split(".")[0] in FIELDS},
          **{f"dunning.{name}": label for name, label in DUNNING_PLACEHOLDERS.items()}}
COLUMN_SHARES = (0.175, 0.135, 0.135, 0.18, 0.205, 0.17)  # of the table's width: number, issued, due, amount, open, days
PAY_WITHIN_DAYS = {"reminder": 8, "first_notice": 8, "second_notice": 5, "final": 5}

# document words, in the letter's language
TEXTS: dict[str, dict[str, str]] = {
    "en": {"number": "Invoice", "issued": "Issued", "due": "Due", "amount": "Amount", "open": "Open",
           "days": "Days overdue", "total": "Total overdue", "page": "Page {page} of {pages}",
           "reminder": "Reminder", "first_notice": "First notice", "second_notice": "Second notice",
           "final": "Final notice"},
    "hu": {"number": "Számlaszám", "issued": "Kelte", "due": "Esedékes", "amount": "Összeg", "open": "Nyitott",
           "days": "Késés (nap)", "total": "Lejárt tartozás összesen", "page": "{page}. oldal / {pages}",
           "reminder": "Emlékeztető", "first_notice": "Első felszólítás", "second_notice": "Második felszólítás",
           "final": "Végső felszólítás"},
    "ru": {"number": "Счёт", "issued": "Дата", "due": "Срок оплаты", "amount": "Сумма", "open": "Остаток",
           "days": "Дней просрочки", "total": "Итого просрочено", "page": "Страница {page} из {pages}",
           "reminder": "Напоминание", "first_notice": "Первое уведомление", "second_notice": "Второе уведомление",
           "final": "Последнее предупреждение"},
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


@dataclass(frozen=True)
class LetterItem:
    """One overdue invoice as the letter's table prints it (already formatted)."""

    number: str
    issued: str
    due: str
    amount: str
    open: str
    days: int


@dataclass(frozen=True)
class DunningLetter:
    language: str
    step: str
    rendered: RenderedContract  # the template filled in: title and paragraphs (`preamble`)
    company: ContractParty  # our name and lines (address, tax number, bank account)
    addressee: ContractParty  # the client's name and address lines
    place_date: str  # "Budapest, 2026. 12. 09."
    items: tuple[LetterItem, ...]
    total: str
    logo: bytes | None = None

    @property
    def subtitle(self) -> str:
        return texts(self.language)[self.step]

    def paragraphs(self) -> list[str | None]:
        """The letter's text in order; None where the table of invoices goes (at most once)."""
        found: list[str | None] = []
        parts = self.rendered.preamble + [f"{section.heading}\n" + "\n".join(c.text for c in section.clauses)
                                          for section in self.rendered.sections]
        for paragraph in parts:
            if TABLE_MARK in paragraph:
                before, _, after = paragraph.partition(TABLE_MARK)
                found += [text for text in (before.strip(),) if text]
                if None not in found:
                    found.append(None)
                found += [text for text in (after.replace(TABLE_MARK, "").strip(),) if text]
            else:
                found.append(paragraph)
        return found


def builtin_source(step: str, language: str) -> str:
    """The shipped template of `step` in `language` (English for a language without letters)."""
    if step not in STEPS:
        raise ValueError(f"unknown dunning step {step!r}")
    language = language if language in LANGUAGES else "en"
    return resource("dunning", f"{step}_{language}.txt").read_text(encoding="utf-8")


def render_letter(source: str, context: dict) -> RenderedContract:
    """The letter's template filled in (in the template worker); ValidationError naming the line on a problem."""
    return render_contract(source, context, fields=FIELDS)
