"""Every editor asks Save / Discard / Cancel before unsaved changes are lost: on Esc, on leaving the page, on Ctrl+Q.

One parametrized test drives each editor as a user would: a change typed into a
field, then the way out (Esc, Ctrl+1, Ctrl+Q), answered with each of the three buttons.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from kamdesk.core.models import Contract
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import catalogue, sale
from kamdesk.core.services import company as company_service
from kamdesk.core.services import contract as contract_service
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services import party
from kamdesk.gui.main_window import AREA_CLIENTS, AREA_COMPANY, AREA_OFFERS, MainWindow
from tests import factories
from tests.gui.keyboard import activate, type_text
from tests.gui.test_main_window import discard_unsaved

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = "ÚJ"
Button = QMessageBox.StandardButton


@dataclass
class Scene:
    field: QLineEdit | QPlainTextEdit  # where the change is typed
    leave: Callable[[], None]  # the user's way out
    left: Callable[[], bool]  # the editor is gone (or its page no longer shown)
    stored: Callable[[], str]  # the field's value as saved


def shown(qtbot, widget: QWidget, before_close=None) -> QWidget:
    qtbot.addWidget(widget, before_close_func=before_close or (lambda w: w.discard_changes()))
    widget.show()
    qtbot.waitExposed(widget)
    activate(widget)
    return widget


def escape(qtbot, dialog) -> Callable[[], None]:
    """Esc in a dialog; it has left when it is no longer shown."""
    return lambda: qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)


def window_key(qtbot, window: MainWindow, key) -> Callable[[], None]:
    def press() -> None:
        activate(window)
        qtbot.keyClick(window.focusWidget() or window, key, CTRL)
    return press


def main_window(qtbot) -> MainWindow:
    return shown(qtbot, MainWindow(), before_close=discard_unsaved)


# ---------------------------------------------------------------- the editors

def company_page(qtbot, shop, key) -> Scene:
    """Left with Ctrl+`key`, or (key None) by clicking Clients in the navigation."""
    window = main_window(qtbot)
    window.show_area(AREA_COMPANY)
    name = window.company.form.ui.name
    left = (lambda: not window.isVisible()) if key == Qt.Key.Key_Q \
        else (lambda: window.stack.currentIndex() == AREA_CLIENTS)
    leave = window_key(qtbot, window, key) if key is not None else lambda: click_navigation(qtbot, window, AREA_CLIENTS)
    return Scene(name, leave, left, lambda: company_service.get_company().name)


def click_navigation(qtbot, window: MainWindow, area: int) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(area))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def order_entry(qtbot, shop) -> Scene:
    order = sale.save_order({"client_id": shop["client"].id},
                            [sale.LineRequest(shop["products"]["VAJ-250"].id, Decimal(2), Decimal(0))])
    window = main_window(qtbot)
    window.open_order(order.id)
    return Scene(window.orders.entry.notes, window_key(qtbot, window, Qt.Key.Key_1),
                 lambda: window.stack.currentIndex() == AREA_CLIENTS, lambda: sale.get_order(order.id).notes)


def offer_entry(qtbot, shop) -> Scene:
    offer = offer_service.save_offer({"client_id": shop["client"].id},
                                     [sale.LineRequest(shop["products"]["TEJ-002"].id, Decimal(5), Decimal(0))])
    window = main_window(qtbot)
    window.show_area(AREA_OFFERS)
    window.offers.open_offer(offer.id)
    return Scene(window.offers.entry.notes, window_key(qtbot, window, Qt.Key.Key_Q), lambda: not window.isVisible(),
                 lambda: offer_service.get_offer(offer.id).notes)


def client_card_on_quit(qtbot, shop) -> Scene:
    window = main_window(qtbot)
    client_id = shop["client"].id
    window.open_client(client_id)
    card = window._cards[client_id]
    activate(card)
    return Scene(card.ui.name, window_key(qtbot, window, Qt.Key.Key_Q),
                 lambda: not card.isVisible() and not window.isVisible(), lambda: party.get_client(client_id).name)


def client_card(qtbot, shop) -> Scene:
    from kamdesk.gui.party.client_card import ClientCard

    client_id = shop["client"].id
    card = shown(qtbot, ClientCard(client_id))
    return Scene(card.ui.name, escape(qtbot, card), lambda: not card.isVisible(),
                 lambda: party.get_client(client_id).name)


def contract_dialog(qtbot, shop) -> Scene:
    from kamdesk.gui.contract.contract_dialog import ContractDialog

    contract_service.ensure_builtin_templates()
    template = next(t for t in contract_service.list_templates() if t.key == "supply_en")
    contract = contract_service.save_contract({"client_id": shop["client"].id, "template_id": template.id,
                                              "title": "Supply", "start_date": dt.date.today()})
    dialog = shown(qtbot, ContractDialog(contract.id))
    return Scene(dialog.title, escape(qtbot, dialog), lambda: not dialog.isVisible(),
                 lambda: Contract.get_by_id(contract.id).title)


def contact_dialog(qtbot, shop) -> Scene:
    """The card's contact dialog: Save is its OK, the card takes the contact as typed."""
    from kamdesk.gui.party.client_card import ContactDialog

    dialog = shown(qtbot, ContactDialog({"name": "Nagy Ilona"}))
    return Scene(dialog.ui.name, escape(qtbot, dialog), lambda: not dialog.isVisible(),
                 lambda: dialog.values()["name"] if dialog.result() == QDialog.DialogCode.Accepted else "Nagy Ilona")


def planned_call(shop, days: int = 7):
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=days), dt.time(10), activity_service.local_zone())
    return activity_service.create_activity({"kind": "call", "client_id": shop["client"].id, "start": start,
                                             "subject": "Heti egyeztetés"})


def complete_dialog(qtbot, shop) -> Scene:
    from kamdesk.gui.activity.complete_dialog import CompleteDialog

    activity = planned_call(shop, days=-1)  # done yesterday: completing asks nothing else
    dialog = shown(qtbot, CompleteDialog(activity.id))
    return Scene(dialog.ui.outcome, escape(qtbot, dialog), lambda: not dialog.isVisible(),
                 lambda: activity_service.get_view(activity.id).outcome)


def activity_dialog(qtbot, shop) -> Scene:
    from kamdesk.gui.activity.activity_dialog import ActivityDialog

    activity = planned_call(shop)
    dialog = shown(qtbot, ActivityDialog(activity.id))
    return Scene(dialog.ui.subject, escape(qtbot, dialog), lambda: not dialog.isVisible(),
                 lambda: activity_service.get_view(activity.id).subject)


def template_editor(qtbot, shop) -> Scene:
    from kamdesk.gui.contract.template_editor import TemplateEditor

    contract_service.ensure_builtin_templates()
    template_id = next(t for t in contract_service.list_templates() if t.key == "supply_en").id
    dialog = shown(qtbot, TemplateEditor(None, template_id=template_id))
    return Scene(dialog.name, escape(qtbot, dialog), lambda: not dialog.isVisible(),
                 lambda: contract_service.get_template(template_id).name)


def product_dialog(qtbot, shop) -> Scene:
    from kamdesk.gui.product.catalogue_page import ProductDialog

    product_id = shop["products"]["SAJT-010"].id
    dialog = shown(qtbot, ProductDialog(product_id))
    return Scene(dialog.ui.name, escape(qtbot, dialog), lambda: not dialog.isVisible(),
                 lambda: catalogue.get_product(product_id).name)


EDITORS = {
    "company page, Ctrl+1": lambda qtbot, shop: company_page(qtbot, shop, Qt.Key.Key_1),
    "company page, Ctrl+Q": lambda qtbot, shop: company_page(qtbot, shop, Qt.Key.Key_Q),
    "company page, navigation": lambda qtbot, shop: company_page(qtbot, shop, None),
    "order entry, Ctrl+1": order_entry,
    "offer entry, Ctrl+Q": offer_entry,
    "client card, Esc": client_card,
    "client card, Ctrl+Q": client_card_on_quit,
    "contract dialog, Esc": contract_dialog,
    "contact dialog, Esc": contact_dialog,
    "activity dialog, Esc": activity_dialog,
    "completing an activity, Esc": complete_dialog,
    "template editor, Esc": template_editor,
    "product dialog, Esc": product_dialog,
}


def to_end(field) -> None:
    if isinstance(field, QPlainTextEdit):
        field.moveCursor(QTextCursor.MoveOperation.End)
    else:
        field.end(False)


def text_of(field) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


@pytest.fixture
def answer(monkeypatch):
    """QMessageBox.question answered with `answer.button`; the questions asked are in `answer.asked`."""

    class Answer:
        button = Button.Cancel
        asked: list[str] = []

    def question(parent, title, text, buttons=None, default=None):
        Answer.asked.append(text)
        assert buttons == Button.Save | Button.Discard | Button.Cancel and default == Button.Save
        return Answer.button

    Answer.asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return Answer


@pytest.mark.parametrize("button", [Button.Cancel, Button.Discard, Button.Save], ids=["cancel", "discard", "save"])
@pytest.mark.parametrize("editor", EDITORS)
def test_leaving_an_editor_with_unsaved_changes_asks(qtbot, shop, answer, editor, button):
    scene = EDITORS[editor](qtbot, shop)
    before = scene.stored()
    scene.field.setFocus()
    to_end(scene.field)
    type_text(scene.field, TYPED)
    answer.button = button

    scene.leave()

    assert len(answer.asked) == 1 and answer.asked[0].endswith("?")
    if button == Button.Cancel:
        assert not scene.left() and text_of(scene.field) == before + TYPED  # the edit stays, unsaved
        assert scene.field.isVisible()  # and so does the editor, on screen
        assert scene.stored() == before
    else:
        assert scene.left()
        assert scene.stored() == (before + TYPED if button == Button.Save else before)


@pytest.mark.parametrize("editor", EDITORS)
def test_leaving_without_changes_asks_nothing(qtbot, shop, answer, editor):
    scene = EDITORS[editor](qtbot, shop)
    scene.leave()
    assert answer.asked == [] and scene.left()


def test_the_company_page_shows_it_has_unsaved_changes(qtbot, shop):
    window = main_window(qtbot)
    window.show_area(AREA_COMPANY)
    page = window.company
    assert not window.isWindowModified() and not page.save_button.isEnabled()
    type_text(page.form.ui.city, " XIII.")
    assert window.isWindowModified() and page.save_button.isEnabled()
    assert not page.save_calendar_button.isEnabled()
    qtbot.keyClick(page.form.ui.city, Qt.Key.Key_S, CTRL)
    assert company_service.get_company().city.endswith(" XIII.")
    assert not window.isWindowModified() and not page.save_button.isEnabled()


def test_a_suggested_order_asked_for_meanwhile_does_not_replace_the_order_kept(qtbot, shop, answer):
    scene = order_entry(qtbot, shop)
    window = scene.field.window()
    entry = window.orders.entry
    order_id, lines = entry.order_id, [line.sku for line in entry.model.lines]
    type_text(scene.field, TYPED)
    answer.button = Button.Cancel

    window.new_order_for(shop["client"].id, suggested=True)  # the client card's "Suggested order"

    assert len(answer.asked) == 1
    assert entry.order_id == order_id and [line.sku for line in entry.model.lines] == lines
    assert entry.notes.text().endswith(TYPED)


def test_choosing_another_manager_asks_about_the_managers_unsaved_changes(qtbot, shop, answer):
    factories.manager("Tóth Gábor")
    window = main_window(qtbot)
    window.show_area(AREA_COMPANY)
    page = window.company
    names = [page.managers.item(row, 0).text() for row in range(page.managers.rowCount())]
    kiss, toth = names.index("Kiss Anna"), names.index("Tóth Gábor")

    def click_row(row: int) -> None:
        rect = page.managers.visualRect(page.managers.model().index(row, 0))
        qtbot.mouseClick(page.managers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click_row(kiss)
    type_text(page.manager_fields.name, " Mária")
    answer.button = Button.Cancel
    click_row(toth)
    assert answer.asked == ["The manager's changes are not saved. Save them?"]
    assert page.manager_fields.name.text() == "Kiss Anna Mária" and page.managers.currentRow() == kiss

    answer.button = Button.Save
    click_row(toth)
    assert page.manager_fields.name.text() == "Tóth Gábor"
    assert {m.name for m in company_service.list_managers()} == {"Kiss Anna Mária", "Tóth Gábor"}

    type_text(page.manager_fields.name, " Péter")
    answer.button = Button.Discard
    qtbot.mouseClick(page.findChild(QPushButton, "new_manager"), Qt.MouseButton.LeftButton)
    assert len(answer.asked) == 3 and page.manager_fields.name.text() == ""
    assert {m.name for m in company_service.list_managers()} == {"Kiss Anna Mária", "Tóth Gábor"}


def test_cancel_keeps_the_navigation_on_the_page_left_open(qtbot, shop, answer):
    scene = company_page(qtbot, shop, None)
    window = scene.field.window()
    type_text(scene.field, TYPED)
    scene.leave()
    assert window.navigation.currentRow() == AREA_COMPANY and window.stack.currentIndex() == AREA_COMPANY


def test_a_quantity_still_in_its_cell_editor_counts_as_unsaved_on_quit(qtbot, shop, answer):
    """Typed into the quantity cell, Enter not pressed yet: Ctrl+Q asks, and Save keeps the typed quantity."""
    from kamdesk.gui.sale.order_entry import COLUMNS

    order = sale.save_order({"client_id": shop["client"].id},
                            [sale.LineRequest(shop["products"]["VAJ-250"].id, Decimal(2), Decimal(0))])
    window = main_window(qtbot)
    window.open_order(order.id)
    entry = window.orders.entry
    table = entry.lines_view
    cell = table.model().index(0, COLUMNS.index("quantity"))
    table.setCurrentIndex(cell)
    table.edit(cell)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "7")
    answer.button = Button.Save

    window_key(qtbot, window, Qt.Key.Key_Q)()

    assert len(answer.asked) == 1 and not window.isVisible()
    assert sale.get_order(order.id).lines[0].quantity == Decimal(7)
