"""The core's messages shown in the user's language; the catalogue lupdate reads is complete."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.gui import message_catalogue_build
from kamdesk.gui.messages import error_text, translated
from kamdesk.resources_path import resource


def test_the_catalogue_is_up_to_date():
    committed = message_catalogue_build.TARGET.read_text(encoding="utf-8")
    assert committed == message_catalogue_build.catalogue_source(), "run: make translations"


def test_the_catalogue_finds_templates_in_the_core():
    found = message_catalogue_build.templates()
    assert ("Name is required.", None) in found
    assert ("Tax number {problem}.", None) in found
    assert ("has a wrong check digit (Hungarian tax number)", None) in found
    assert ("Expired", "offer state") in found and ("Expired", "contract state") in found


def test_one_english_word_for_two_things_is_translated_apart(qapp, tmp_path):
    """Russian: an expired offer is "Истекло", an expired contract "Истек"."""
    import subprocess

    ts = tmp_path / "t.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru_RU">
<context><name>Messages</name>
<message><source>Expired</source><comment>offer state</comment><translation>Истекло</translation></message>
<message><source>Expired</source><comment>contract state</comment><translation>Истек</translation></message>
</context></TS>""", encoding="utf-8")
    subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), str(ts), "-qm", str(tmp_path / "t.qm")],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    qapp.installTranslator(translator)
    try:
        assert translated(Message("Expired", disambiguation="offer state")) == "Истекло"
        assert translated(Message("Expired", disambiguation="contract state")) == "Истек"
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture
def hungarian(qapp):
    translator = QTranslator()
    assert translator.load(str(resource("translations", "kamdesk_hu.qm")))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_messages_without_a_translation_stay_english(qapp):
    message = Message("Tax number {problem}.", problem=Message("has a wrong check digit (Hungarian tax number)"))
    assert translated(message) == str(message)
    assert translated("plain text") == "plain text"


def test_nested_messages_are_translated_and_user_values_are_not(hungarian):
    problem = Message("has a wrong check digit (Hungarian tax number)")
    message = Message("Tax number {problem}.", problem=problem)
    text = translated(message)
    assert text != str(message)
    assert translated(problem) in text
    assert "Tax number" not in text
    named = translated(Message("There is no manager called “{name}”.", name="Tax number"))
    assert "Tax number" in named  # the user's value is kept as typed, not translated


def test_error_text_translates_every_field(hungarian):
    error = ValidationError({"name": Message("Name is required."), "email": Message(
        "E-mail {problem}.", problem=Message("is not a valid e-mail address"))})
    lines = error_text(error).splitlines()
    assert len(lines) == 2
    assert lines[0] == translated(Message("Name is required.")) != "Name is required."


def test_a_translation_that_lost_its_placeholder_falls_back_to_english(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda context, text, *a: "Hibás: {nincs}"))
    message = Message("Tax number {problem}.", problem="x")
    assert translated(message) == "Tax number x."


def test_a_count_is_grouped_the_users_way(qapp):
    """A limit in a message reads "5,000,000" in English and "5 000 000" in Hungarian, never the other's way."""
    from PySide6.QtCore import QLocale

    from kamdesk.core.messages import Count

    message = Message("The template writes more than {limit} characters: a loop may repeat too often.",
                      limit=Count(5_000_000))
    assert str(message).endswith("more than 5,000,000 characters: a loop may repeat too often.")
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("hu_HU"))
        shown = translated(message)
    finally:
        QLocale.setDefault(before)
    assert "5,000,000" not in shown and "5\u00a0000\u00a0000" in shown
