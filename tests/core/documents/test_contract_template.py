import copy

import pytest

from kamdesk.core.documents.contract_template import (
    FIELD_LABELS,
    PLACEHOLDERS,
    builtin_templates,
    check_template,
    read_header,
    render_contract,
    sample_context,
)
from kamdesk.core.errors import ValidationError

TEMPLATE = """name: Test
kind: supply
language: en
---
Between {{ company.name }} and {{ client.name }}.

# Subject
Goods of the catalogue.

{% if client.on_credit %}
# Credit
The Buyer pays within {{ client.payment_terms_days }} days.

Late payment bears interest.
{% endif %}

# Payment
{% if client.on_credit %}
By bank transfer to {{ company.bank_account }}.
{% else %}
In advance.
{% endif %}

{% if client.tax_number %}
The Buyer's tax number is on record.
{% endif %}

Invoices go to {{ client.email }}
and a copy to {{ contact.email }}.

# Final provisions
Signed in two copies.
"""


def context(**client):
    data = sample_context("en")
    data["client"].update(client)
    return data


def test_sections_and_clauses_are_numbered():
    rendered = render_contract(TEMPLATE, context(on_credit=True))
    assert rendered.preamble == [f"Between Kamdesk Kereskedelmi Zrt. and {context()['client']['name']}."]
    assert [(s.number, s.heading) for s in rendered.sections] == [
        (1, "Subject"), (2, "Credit"), (3, "Payment"), (4, "Final provisions")]
    assert [c.number for c in rendered.sections[1].clauses] == ["2.1", "2.2"]
    assert rendered.sections[1].clauses[0].text == "The Buyer pays within 30 days."
    payment = rendered.sections[2].clauses
    assert [c.number for c in payment] == ["3.1", "3.2", "3.3"]
    assert payment[0].text.startswith("By bank transfer")
    assert payment[2].text.endswith("\nand a copy to elena@orsegi-tej.example.")  # a clause keeps its line breaks
    assert (rendered.kind, rendered.language, rendered.title) == ("supply", "en", "Supply Contract")
    assert (rendered.company_role, rendered.client_role) == ("Supplier", "Buyer")


def test_a_removed_section_and_clause_close_up_the_numbering():
    rendered = render_contract(TEMPLATE, context(on_credit=False, tax_number=""))
    assert [(s.number, s.heading) for s in rendered.sections] == [
        (1, "Subject"), (2, "Payment"), (3, "Final provisions")]
    assert [c.number for c in rendered.sections[1].clauses] == ["2.1", "2.2"]
    assert rendered.sections[1].clauses[0].text == "In advance."
    assert rendered.sections[2].clauses[0].number == "3.1"


def test_missing_data_is_what_was_printed_empty():
    guarded = render_contract(TEMPLATE, context(tax_number="", email=None))
    assert guarded.missing == ["client.email"]  # the tax number is only tested, never printed
    printed = render_contract("Tax: {{ client.tax_number }} {{ client.tax_number }} {{ contact.phone }}\n"
                              "{% if client.tax_number %}{{ client.tax_number }}{% endif %}",
                              context(tax_number=None))
    assert printed.missing == ["client.tax_number"]
    assert FIELD_LABELS["client.tax_number"] == "the client's tax number"
    everything = render_contract("{{ client.tax_number }} {{ contract.notes }} {{ today }}",
                                 {"client": {}, "contract": {"notes": "  "}})
    assert everything.missing == ["client.tax_number", "contract.notes", "today"]


def test_unknown_placeholder_is_reported_with_its_line():
    source = TEMPLATE.replace("{{ client.email }}", "{{ client.emial }}").replace("# Subject", "# {{ clinet.name }}")
    problems = check_template(source)
    assert [(p.line, str(p.message)) for p in problems] == [
        (7, "Unknown placeholder “clinet”; did you mean “client”?"),
        (28, "Unknown placeholder “client.emial”; did you mean “client.email”?"),
    ]
    assert problems[1].text == "Invoices go to {{ client.emial }}"
    with pytest.raises(ValidationError) as caught:
        render_contract(source, context())
    assert caught.value.field == "template"
    assert "Line 7:" in str(caught.value) and "Line 28:" in str(caught.value)


def test_names_set_in_the_template_are_known():
    source = "{% set total = contract.amount %}{{ total }}\n{% for n in range(3) %}{{ n }}{{ loop.index }}{% endfor %}"
    assert check_template(source) == []
    assert check_template("{{ client }}")[0].line == 1  # a whole root prints nothing useful


def test_syntax_error_line_counts_the_front_matter():
    source = TEMPLATE.replace("on record.\n{% endif %}", "on record.\n{% endiff %}")
    problems = check_template(source)
    assert len(problems) == 1 and str(problems[0].message).startswith("Syntax error:")
    assert problems[0].line == 26 and problems[0].text == "{% endiff %}"
    bad_filter = "kind: supply\n---\nA\n{{ client.name|shout }}\n"
    [problem] = check_template(bad_filter)
    assert (problem.line, problem.text) == (4, "{{ client.name|shout }}")
    unclosed = "name: x\n---\n\n{{ client.name \n"
    assert check_template(unclosed)[0].line == 4


def test_bad_front_matter():
    problems = check_template("kind: lease\nlanguage: de\ncolour: red\n---\nText\n")
    assert [p.line for p in problems] == [1, 2, 3]
    assert "lease" in problems[0].message and "de" in problems[1].message and "colour" in problems[2].message
    assert read_header("kind: lease\n---\n").kind == "other"
    header = read_header("kind: framework\nlanguage: hu\n---\nSzöveg")
    assert (header.title, header.company_role, header.client_role, header.body_line) == (
        "Keretszerződés", "Szállító", "Vevő", 4)
    assert read_header("Just a text: with a colon\nand more").body_line == 1  # no front matter


def test_the_sandbox_refuses_unsafe_access():
    problems = check_template("Hello\n{{ ''.__class__.__mro__ }}")
    assert problems and problems[0].line == 2
    with pytest.raises(ValidationError):
        render_contract("{{ ''.__class__ }}", context())
    with pytest.raises(ValidationError) as caught:  # found only when rendering: the sandbox stops it
        render_contract('x\n{{ "{0.__class__}".format(client.name) }}', context())
    assert "Line 2" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        render_contract("a\nb\n{{ client.name + 1 }}", context())
    assert "Line 3" in str(caught.value)


def test_schema():
    assert set(PLACEHOLDERS) == {"company", "client", "contact", "manager", "contract"}
    assert {"payment_terms_days", "on_credit", "credit_limit"} <= set(PLACEHOLDERS["client"])
    assert len(PLACEHOLDERS["contract"]) == 22
    sample = sample_context("hu")
    for root, fields in PLACEHOLDERS.items():
        assert set(sample[root]) == set(fields), root


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.key)
def test_builtin_templates_check_clean_and_render(template):
    assert check_template(template.source) == []
    assert template.kind in ("supply", "framework") and template.language in ("en", "hu")
    assert template.key == f"{template.kind}_{template.language}"
    rendered = render_contract(template.source, sample_context(template.language))
    assert rendered.missing == []
    assert 8 <= len(rendered.sections) <= 14
    text = rendered.text()
    assert "Őrségi Tejüzem és Čapek Kft." in text and "Щукина Ёлена" in text
    # the conditional clauses go and the numbers close up
    lean = copy.deepcopy(sample_context(template.language))
    lean["client"]["on_credit"] = False
    lean["contract"].update(auto_renewal=False, has_amount=False, discount="", previous_number="", end_date="",
                            duration="")
    plain = render_contract(template.source, lean)
    assert plain.missing == []
    assert sum(len(s.clauses) for s in plain.sections) < sum(len(s.clauses) for s in rendered.sections)
    for section in plain.sections:
        assert [c.number for c in section.clauses] == [f"{section.number}.{n}" for n in
                                                       range(1, len(section.clauses) + 1)]
    credit = "within 30 days" if template.language == "en" else "30 napon belül"
    assert credit in text and credit not in plain.text()


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.key)
def test_builtin_templates_need_the_legal_data_not_every_phone(template):
    context = copy.deepcopy(sample_context(template.language))
    for root, name in [("manager", "phone"), ("manager", "email"), ("contact", "email"), ("contact", "phone"),
                       ("contact", "position"), ("client", "delivery_address")]:
        context[root][name] = ""
    assert render_contract(template.source, context).missing == []
    context["client"]["tax_number"] = None
    context["company"]["registration_number"] = ""
    assert render_contract(template.source, context).missing == ["company.registration_number", "client.tax_number"]
    context["company"]["registration_number"] = "01-09-123456"
    context["client"]["registration_number"] = ""  # a foreign client has none: the clause leaves it out
    rendered = render_contract(template.source, context)
    assert rendered.missing == ["client.tax_number"]
    assert "18-09-654321" not in rendered.text() and "01-09-123456" in rendered.text()


def test_a_preview_marks_the_empty_fields_where_they_are_printed():
    from kamdesk.core.documents.contract_template import MISSING_MARK, render_contract, sample_context

    source = ("title: T\n---\n# Parties\n"
              "{{ client.name }}, tax number {{ client.tax_number }}{% if client.email %}, {{ client.email }}{% endif %}\n")
    context = sample_context("en")
    context["client"] = {**context["client"], "tax_number": "", "email": ""}
    marked = render_contract(source, context, mark_missing=True)
    plain = render_contract(source, context)
    assert marked.missing == plain.missing == ["client.tax_number"]
    assert marked.sections[0].clauses[0].text.endswith(f"tax number {MISSING_MARK}client.tax_number{MISSING_MARK}")
    assert plain.sections[0].clauses[0].text.endswith("tax number")  # the documents never carry the marks


# ---------------------------------------------------------------- hostile templates: bounded, named with their line

@pytest.fixture
def short_limit(monkeypatch):
    """The time limit at 0.3 s: the endless templates below end sooner (the child takes the parent's limit)."""
    from kamdesk.core.documents import template_worker

    monkeypatch.setattr(template_worker, "MAX_SECONDS", 0.3)


def refused(source: str) -> str:
    """What render_contract says about `source` (a ValidationError, never a MemoryError or RecursionError)."""
    with pytest.raises(ValidationError) as caught:
        render_contract(source, context())
    return str(caught.value)


TOO_BIG = "needs too much memory"


@pytest.mark.parametrize(("source", "expected"), [
    ("x\n{{ 'a'|center(10**9) }}", f"Line 2: The template {TOO_BIG}"),
    ("x\n\n{{ 'a' * 10**9 }}", f"Line 3: The template {TOO_BIG}"),
    ("x\n{{ '%999999999s'|format('a') }}", f"Line 2: The template {TOO_BIG}"),
    ("x\n{{ 'a b'|indent(10**9) }}", f"Line 2: The template {TOO_BIG}"),
    ("x\n{{ '{:>999999999}'.format('a') }}", f"Line 2: The template {TOO_BIG}"),
    ("x\n{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
     f"Line 2: The template {TOO_BIG}"),
    ("x\n{% for a in range(10**9) %}{% endfor %}", "Line 2: The template cannot be filled in: Range too big"),
    ("x\n{% macro m() %}{{ m() }}{% endmacro %}\n{{ m() }}", "Line 2: The template calls itself too deeply"),
    ("x\n{% for a in range(99999) %}{{ 'a' * 100 }}{% endfor %}",
     "Line 2: The template writes more than 5,000,000 characters"),
], ids=["center", "repeat", "format width", "indent", "str.format width", "doubling", "range", "recursion",
        "output"])
def test_a_template_that_would_exhaust_memory_or_recurse_is_a_problem_on_its_line(source, expected):
    assert refused(source).startswith(expected)


def test_a_template_that_never_ends_stops_at_the_time_limit_on_its_line(short_limit):
    nested = "x\n{% for a in range(99999) %}\n{% for b in range(99999) %}{% endfor %}{% endfor %}"
    assert refused(nested).startswith("Line 3: The template takes longer than 0.3 seconds to fill in")
    # stopped between two pieces of output, outside the template's frames: still the loop's line, not the first
    writing = "# Subject\n{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}"
    assert refused(writing).startswith("Line 2: The template takes longer than")
    doubling = "{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}\n\n{{ m(60) }}"
    assert "takes longer than 0.3 seconds" in refused(doubling)
    assert render_contract(TEMPLATE, context()).sections  # the next template fills in as before


def test_a_child_that_does_not_answer_in_time_is_replaced(monkeypatch, short_limit):
    from kamdesk.core.documents import template_worker

    monkeypatch.setattr(template_worker, "GRACE_SECONDS", -0.25)  # the parent gives up before the child's timer
    message = refused("name: Endless\n---\n{% for a in range(99999) %}{% for b in range(99999) %}"
                      "{% endfor %}{% endfor %}")
    assert message.startswith("Line 3: The template takes longer than 0.3 seconds")  # the body's first line
    monkeypatch.undo()
    assert render_contract(TEMPLATE, context()).sections


@pytest.mark.parametrize("source", [
    "{{ " + "(" * 500 + "1" + ")" * 500 + " }}",
    "".join("{%% for a%d in [1] %%}" % i for i in range(30)) + "{% endfor %}" * 30,
], ids=["brackets", "blocks"])
def test_a_template_nested_too_deeply_to_read_is_a_problem(source):
    problems = check_template(source)
    assert [str(problem) for problem in problems] == ["Line 1: The template nests too deeply to be read."]


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ range.__call__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ client.__dict__ }}",
    "{{ client._values }}",
    "{{ ''.format.__self__ }}",
    "{{ '{0.__class__.__base__.__subclasses__}'.format('') }}",
    "{{ '{0._values}'.format(client) }}",
    "{{ client.name.__class__.__base__ }}",
    "{% set x = ''|attr('__class__') %}{{ x }}",
    "{{ (client|attr('_values')) }}",
], ids=range(15))
def test_every_classic_sandbox_escape_is_refused(source):
    with pytest.raises(ValidationError):
        render_contract(source, context())


@pytest.mark.parametrize("body", ["{{ 10**5000 }}", "{{ 'x' ~ 10**4400 }}", "{% set a = 10 %}{{ a**4400 }}",
                                  "{% set a = 2.0 %}{{ a**10000 }}"])
def test_a_number_too_large_to_write_is_a_problem_not_a_crash(body):
    """Jinja folds constants while compiling (check) or Python refuses to write the number (fill in): either way
    a sentence on the template's line, never Python's own words about sys.set_int_max_str_digits."""
    source = "title: X\n---\n" + body
    for said in [str(problem) for problem in check_template(source)] + [refused(source)]:
        assert "too large to be written" in said and "set_int_max_str_digits" not in said
