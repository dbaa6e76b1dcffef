"""The pieces the order and the offer entry share (sale/document_entry.py) and the entries' common protocol."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.gui.sale import document_entry
from kamdesk.gui.sale.document_entry import (
    SIDE_WIDTH,
    attempt,
    badge_style,
    caption,
    push_button,
    shortcut,
    side_panel,
    title_row,
)
from kamdesk.gui.sale.offer_entry import OfferEntry
from kamdesk.gui.sale.order_entry import OrderEntry, qdate


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_button_calls_its_slot_without_the_checked_argument(parent):
    calls = []
    button = push_button(parent, "&Go", "Go now", lambda: calls.append("go"), "go_button")
    button.click()
    assert calls == ["go"]
    assert (button.objectName(), button.toolTip(), button.text()) == ("go_button", "Go now", "&Go")


def test_a_shortcut_works_only_inside_its_widget(parent):
    item = shortcut(parent, "Ctrl+K", lambda: None)
    assert item.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert item.key().toString() == "Ctrl+K"


def test_a_caption_focuses_its_field_and_stands_right(parent):
    field = QLineEdit(parent)
    label = caption(parent, "&Name:", field)
    assert label.buddy() is field
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_the_side_panel_is_fixed_and_keeps_its_widgets_on_top(parent):
    first, second = QLabel("a", parent), QLabel("b", parent)
    panel = side_panel(parent, [first, second])
    assert panel.minimumWidth() == panel.maximumWidth() == SIDE_WIDTH
    layout = panel.layout()
    assert [layout.itemAt(index).widget() for index in range(2)] == [first, second]
    assert layout.itemAt(2).spacerItem() is not None


def test_the_title_row_puts_the_badges_after_the_title(parent):
    title, state, approval = QLabel(parent), QLabel(parent), QLabel(parent)
    row = title_row(title, [state, approval])
    widgets = [row.itemAt(index).widget() for index in range(row.count())]
    assert [widget for widget in widgets if widget is not None] == [title, state, approval]


def test_the_badge_is_coloured():
    assert "background: #123456" in badge_style("#123456")


def test_attempt_shows_a_refusal_and_says_false(parent, monkeypatch):
    shown = []
    monkeypatch.setattr(document_entry, "show_error", lambda *args: shown.append(args))

    def refuse():
        raise KamdeskError("no")

    assert attempt(parent, refuse, "Cannot") is False
    assert shown and shown[0][0] is parent and shown[0][2] == "Cannot"
    assert attempt(parent, lambda: None) is True
    assert len(shown) == 1


def test_qdate_is_the_same_day():
    import datetime as dt

    assert qdate(dt.date(2026, 2, 28)).toPython() == dt.date(2026, 2, 28)


@pytest.mark.parametrize("entry_class, prefix", [(OrderEntry, "order"), (OfferEntry, "offer")])
def test_both_entries_build_the_shared_header_under_their_names(entry_class, prefix, qtbot, company):
    entry = entry_class()
    qtbot.addWidget(entry)
    assert entry.client_edit.objectName() == f"{prefix}_client"
    assert entry.contact.objectName() == f"{prefix}_contact"
    assert entry.title.objectName() == f"{prefix}_title"
    assert entry.title.font().bold()
    assert entry.errors["client"].objectName() == "client_error"
    assert entry.document_id() is None


@pytest.mark.parametrize("entry_class", [OrderEntry, OfferEntry])
def test_discarding_a_new_draft_starts_a_new_one(entry_class, qtbot, company, clients):
    entry = entry_class()
    qtbot.addWidget(entry)
    entry.new_document(clients[0].id)
    assert entry.client.client_id == clients[0].id
    entry.discard_changes()
    assert entry.client.client_id is None and entry.document_id() is None
