"""Messages: English strings that keep their template for the GUI to translate."""

import pickle

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message, joined
from kamdesk.core.services import party
from kamdesk.core.services.party_validation import check_tax_number


def test_a_message_is_its_english_text_and_keeps_its_parts():
    problem = Message("has a wrong check digit (Hungarian tax number)")
    message = Message("Tax number {problem}.", problem=problem)
    assert message == "Tax number has a wrong check digit (Hungarian tax number)."
    assert message.template == "Tax number {problem}."
    assert message.params["problem"] is problem
    assert message.upper().startswith("TAX NUMBER")  # a plain str everywhere else


def test_joined_keeps_each_part():
    both = joined([Message("Name is required."), "as typed"], " ")
    assert both == "Name is required. as typed"
    assert [both.params[k] for k in sorted(both.params)] == ["Name is required.", "as typed"]


def test_messages_survive_pickling():
    message = Message("“{name}” is already in row {row} of this file.", name="Kovács", row=3)
    again = pickle.loads(pickle.dumps(message))
    assert (again, again.template, again.params) == (message, message.template, message.params)


def test_validation_errors_carry_messages(company):
    try:
        party.save_client({"name": "", "email": "nem-email"})
    except ValidationError as error:
        messages = error.errors
    assert isinstance(messages["name"], Message) and messages["name"].template == "Name is required."
    assert messages["email"].template == "E-mail {problem}."
    assert messages["email"].params["problem"].template == "is not a valid e-mail address"
    assert check_tax_number("12892313-2-42", "HU").template == "has a wrong check digit (Hungarian tax number)"
