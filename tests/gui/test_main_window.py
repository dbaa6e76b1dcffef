"""The main window: navigation, standard shortcuts, remembered state, first start."""

from PySide6.QtCore import QSettings, Qt

from kamdesk.core.services import company as company_service
from kamdesk.gui.company import FirstRunDialog
from kamdesk.gui.main_window import AREA_CLIENTS, AREA_COMPANY, MainWindow
from kamdesk.gui.unsaved import UnsavedChanges
from tests import factories
from tests.gui.keyboard import activate, type_text


def discard_unsaved(window: MainWindow) -> None:
    """Closing at teardown must not ask about changes a test left unsaved (a modal question would block)."""
    for page in window.findChildren(UnsavedChanges):
        page.discard_changes()


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=discard_unsaved)
    window.show()
    qtbot.waitExposed(window)
    activate(window)  # shortcuts only reach the active window
    return window


def test_ctrl_f_focuses_the_search_and_typing_filters(qtbot, clients):
    window = make_window(qtbot)
    window.clients.table.setFocus()
    qtbot.keyClick(window.clients.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.clients.search.hasFocus()
    type_text(window.clients.search, "szű")
    assert window.clients.model.rowCount() == 1


def test_area_and_geometry_are_remembered(qtbot, clients):
    window = make_window(qtbot)
    qtbot.keyClick(window.clients.search, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.company
    window.resize(window.minimumSizeHint().width(), window.minimumSizeHint().height() + 10)  # offscreen: 800×600
    size = (window.width(), window.height())
    window.close()
    assert QSettings().value("main_window/area") in (AREA_COMPANY, str(AREA_COMPANY))

    again = make_window(qtbot)
    assert again.stack.currentIndex() == AREA_COMPANY
    assert (again.width(), again.height()) == size
    qtbot.keyClick(again.company.form.ui.name, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert again.stack.currentIndex() == AREA_CLIENTS


def test_company_page_saves_with_ctrl_s_and_reports_a_bad_tax_number(qtbot, clients):
    window = make_window(qtbot)
    window.show_area(AREA_COMPANY)
    page = window.company
    page.form.ui.tax_number.setText("12345678-1-23")
    page.form.ui.tax_number.setFocus()
    qtbot.keyClick(page.form.ui.tax_number, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Tax number" in page.form.ui.error_label.text()
    assert company_service.get_company().tax_number == ""


def test_f5_picks_up_clients_saved_elsewhere(qtbot, clients):
    from kamdesk.core.services.party import save_client

    window = make_window(qtbot)
    before = window.clients.model.match_count
    save_client({"name": "Új Ügyfél Kft."}, [])
    qtbot.keyClick(window.clients.table, Qt.Key.Key_F5)
    assert window.clients.model.match_count == before + 1


def test_first_start_saves_company_and_manager(qtbot, db):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.company_form.ui.name, "Őrség Kereskedő Kft.")
    type_text(dialog.manager.name, "Szűcs Éva")
    dialog.manager.email.setText("eva@orseg.hu")
    dialog.start_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert company_service.get_company().name == "Őrség Kereskedő Kft."
    assert company_service.current_manager().name == "Szűcs Éva"
    assert company_service.is_set_up()


def test_first_start_keeps_the_dialog_open_on_bad_input(qtbot, db):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.manager.name.setText("Szűcs Éva")
    dialog.start_button.click()  # no company name
    assert dialog.isVisible()
    assert "Company name is required" in dialog.company_form.ui.error_label.text()
    assert not company_service.is_set_up()


def test_first_start_messages_go_when_their_field_is_corrected(qtbot, db):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    error = dialog.company_form.ui.error_label
    dialog.company_form.ui.tax_number.setText("12345678-1-23")
    dialog.start_button.click()  # no company name and a bad tax number
    assert error.isVisible() and "Company name is required" in error.text() and "Tax number" in error.text()
    assert dialog.company_form.ui.name.hasFocus()
    type_text(dialog.company_form.ui.name, "Őrség Kft.")
    assert error.isVisible() and "Company name" not in error.text() and "Tax number" in error.text()
    dialog.company_form.ui.tax_number.clear()
    assert not error.isVisible()

    dialog.start_button.click()  # now the manager's name is missing: the manager's field has the focus
    assert "Manager name is required" in error.text() and dialog.manager.name.hasFocus()
    type_text(dialog.manager.name, "Szűcs Éva")
    assert not error.isVisible()
    dialog.start_button.click()
    assert company_service.current_manager().name == "Szűcs Éva"


def test_company_page_edits_a_manager_and_manages_segments(qtbot, clients, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from kamdesk.core.models import Client
    from kamdesk.core.services.party import save_client

    window = make_window(qtbot)
    page = window.company
    page.managers.selectRow(0)
    assert page.manager_fields.name.text() == "Kiss Anna"
    page.manager_fields.name.setText("Kiss Anna Mária")
    page.save_manager()
    assert [m.name for m in company_service.list_managers()] == ["Kiss Anna Mária"]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gyógyszertárak", True))
    page.add_segment()
    assert [page.segments.item(i).text() for i in range(page.segments.count())] == ["Gyógyszertárak"]
    client = save_client({"name": "Patika Bt.", "segment": "Gyógyszertárak"}, [])
    page.segments.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_segment()
    assert page.segments.count() == 0
    assert Client.get_by_id(client.id).segment is None


def test_company_page_sets_working_hours_and_time_zone(qtbot, clients):
    from kamdesk.core.services import activity as activity_service

    window = make_window(qtbot)
    page = window.company
    assert (page.work_start.value(), page.work_end.value()) == (8, 18)
    assert page.time_zone.currentText() == "Europe/Budapest"
    page.work_start.setValue(7)
    page.work_end.setValue(16)
    page.time_zone.setCurrentText("Europe/Bratislava")
    page.save_calendar()
    assert activity_service.working_hours() == (7, 16)
    assert activity_service.local_zone().key == "Europe/Bratislava"


def test_ctrl_n_is_a_new_client_or_a_new_activity_by_area(qtbot, clients, monkeypatch):
    from kamdesk.gui.activity.activity_dialog import ActivityDialog

    window = make_window(qtbot)
    opened = []
    monkeypatch.setattr(window, "open_client", lambda client_id: opened.append(client_id))
    qtbot.keyClick(window.clients.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    qtbot.keyClick(window.clients.search, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.calendar
    assert window.new_action.text() == "&New activity…"
    qtbot.keyClick(window.calendar.week_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.calendar.dialog, ActivityDialog)
    window.calendar.dialog._set_dirty(False)
    window.calendar.dialog.reject()
    assert opened == [None]


def test_plan_call_on_the_client_card_opens_the_activity_dialog_for_that_client(qtbot, clients):
    window = make_window(qtbot)
    window.open_client(clients[0].id)
    card = window._cards[clients[0].id]
    card.plan_activity.emit(clients[0].id, "visit")
    assert window.stack.currentWidget() is window.calendar
    dialog = window.calendar.dialog
    assert dialog.client.client_id == clients[0].id and dialog.ui.kind.currentData() == "visit"
    dialog._set_dirty(False)
    dialog.reject()
    card.close()


def test_orders_and_catalogue_areas(qtbot, clients):
    from kamdesk.gui.main_window import AREA_CATALOGUE, AREA_ORDERS

    window = make_window(qtbot)
    qtbot.keyClick(window.clients.search, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == AREA_ORDERS and window.stack.currentWidget() is window.orders
    assert window.new_action.text() == "&New order…"
    qtbot.keyClick(window.clients.search, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == AREA_CATALOGUE and window.stack.currentWidget() is window.catalogue
    assert window.new_action.text() == "&New product…"


def test_suggested_order_from_the_client_card(qtbot, clients):
    import datetime as dt
    from decimal import Decimal as D

    from kamdesk.core.services import sale

    milk = factories.listed_milk()
    client = clients[0]
    for days in (60, 40, 20):
        saved = sale.save_order({"client_id": client.id, "order_date": dt.date.today() - dt.timedelta(days=days)},
                                [sale.LineRequest(milk.id, D(12))])
        sale.confirm_order(saved.id)
    window = make_window(qtbot)
    window.open_client(client.id)
    card = window._cards[client.id]
    card.suggested_order_button.setEnabled(True)
    card.suggested_order_button.click()
    assert window.stack.currentWidget() is window.orders
    entry = window.orders.entry
    assert entry.client_id == client.id
    assert [(r.product_id, r.quantity) for r in entry.requests()] == [(milk.id, D(12))]
    card.close()
