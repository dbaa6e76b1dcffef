"""The label tables' builder: marked texts translated when asked, declared states' titles and colours."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from kamdesk.core.messages import Message
from kamdesk.gui.contract.labels import kind_labels
from kamdesk.gui.sale.labels import cancel_reason_labels
from kamdesk.gui.widgets.code_labels import DEFAULT_COLOUR, state_colour_name, state_titles, translated_labels


class Marking(QTranslator):
    """Translates every text as "context/source", so that the context a text was asked in shows."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{context}/{source}"


@pytest.fixture
def marking(qapp):
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_a_table_is_translated_in_its_context_and_order(marking):
    table = {"b": QT_TRANSLATE_NOOP("Ctx", "Bee"), "a": QT_TRANSLATE_NOOP("Ctx", "Ant")}
    labels = translated_labels("Ctx", table)
    assert list(labels) == ["b", "a"]
    assert labels == {"b": "Ctx/Bee", "a": "Ctx/Ant"}


def test_the_areas_tables_keep_their_contexts(marking):
    assert cancel_reason_labels()["price"] == "SaleLabels/Price"
    assert kind_labels()["supply"] == "ContractLabels/Supply contract"


def test_the_translation_is_the_one_of_the_moment(qapp):
    assert cancel_reason_labels()["other"] == "Other"  # no translator: English
    translator = Marking()
    qapp.installTranslator(translator)
    try:
        assert cancel_reason_labels()["other"] == "SaleLabels/Other"
    finally:
        qapp.removeTranslator(translator)


def test_state_titles_are_translated_messages_in_the_declared_order(marking):
    states = [SimpleNamespace(name="new", title=Message("New")), SimpleNamespace(name="old", title="Old")]
    titles = state_titles(states)
    assert list(titles) == ["new", "old"]
    assert titles["new"] == QCoreApplication.translate("Messages", "New")  # a Message goes through "Messages"
    assert titles["old"] == "Old"  # a plain text stays as it is


def test_a_state_without_colour_is_black():
    assert state_colour_name(SimpleNamespace(colour="#123456")) == "#123456"
    assert state_colour_name(SimpleNamespace(colour=None)) == DEFAULT_COLOUR == "#000000"
