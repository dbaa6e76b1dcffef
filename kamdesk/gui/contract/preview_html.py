"""A rendered contract as HTML for a QTextBrowser: the template editor's and the contract dialog's preview.

The title centred, the preamble's paragraphs, numbered sections ("1. Heading",
bold) and their clauses ("1.1. text") with a hanging indent, as the PDF sets
them; its plain text (`QTextBrowser.toPlainText`) reads "1.1. text". Only Qt's rich-text subset is used, so it looks the same in any
QTextBrowser; the text is escaped (a client named "A & B <Kft.>" prints as is). An empty field the
template prints shows as its name in red, where it is printed. A letter (`letter_html`) is a contract
template of kind "letter": its free fields show by their names.
"""

from __future__ import annotations

import re
from html import escape

from kamdesk.core.documents.contract_template import FIELD_LABELS, MISSING_MARK
from kamdesk.core.documents.letter import FREE_ROOT
from kamdesk.gui.messages import translated

CLAUSE_INDENT = 36  # px: a clause's wrapped lines start here, its number hangs to the left
MISSING = re.compile(f"{MISSING_MARK}([^{MISSING_MARK}]*){MISSING_MARK}")
MISSING_STYLE = "background-color: #fde0e0; color: #b71c1c;"


def _gap(match: re.Match) -> str:
    """An empty field marked by `render_contract(mark_missing=True)`: its name, in red, where it is printed."""
    path = match.group(1)
    label = FIELD_LABELS.get(path)
    return f"<span style='{MISSING_STYLE}'>[{escape(translated(label) if label else path)}]</span>"


def _text(value: str) -> str:
    return MISSING.sub(_gap, escape(value)).replace("\n", "<br>")


def rendered_html(rendered) -> str:
    """HTML of a `RenderedContract` (kamdesk.core.documents.contract_template)."""
    parts = ["<html><body style='font-size: 10pt;'>"]
    parts.append(f"<h2 align='center' style='margin-bottom: 12px;'>{_text(rendered.title)}</h2>")
    for paragraph in rendered.preamble:
        parts.append(f"<p align='justify' style='margin-bottom: 6px;'>{_text(paragraph)}</p>")
    for section in rendered.sections:
        parts.append(f"<p style='margin-top: 14px; margin-bottom: 4px;'><b>{section.number}. "
                     f"{_text(section.heading)}</b></p>")
        for clause in section.clauses:
            parts.append(f"<p align='justify' style='margin-left: {CLAUSE_INDENT}px; text-indent: -{CLAUSE_INDENT}px;"
                         f" margin-bottom: 6px;'>{escape(clause.number)}. {_text(clause.text)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def letter_html(rendered) -> str:
    """A filled-in letter (`RenderedContract`, titled) as the preview shows it; an empty free field in red."""
    return rendered_html(rendered).replace(f"[{FREE_ROOT}.", "[")
