"""The complaints in the window as a manager uses them: the list page (Ctrl+0), the dialog with the workflow's
steps, the client card's Complaints tab."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kamdesk.areas import index
from kamdesk.core.models import Activity
from kamdesk.core.models.complaint import Complaint
from kamdesk.core.services import complaint as complaint_service
from kamdesk.core.services import sale
from kamdesk.gui.changes import changes
from kamdesk.gui.complaint.complaint_dialog import ComplaintDialog
from kamdesk.gui.complaint.complaints_page import ComplaintsModel, ComplaintsPage
from kamdesk.gui.complaint.labels import COMPLAINTS, OVERDUE_COLOUR
from kamdesk.gui.party.client_card import ClientCard
from tests import factories
from tests.gui.keyboard import activate, type_text

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def bought(shop):
    """The dairy shop's client with a confirmed order of trappista cheese and butter."""
    products = shop["products"]
    order = factories.order(shop["client"].id, TODAY - dt.timedelta(days=3), (products["SAJT-010"], "5", "0"),
                            (products["VAJ-250"], "12", "0"), confirm=True)
    return {**shop, "order": order, "lines": sale.order_lines(order.id)}


def never_ask(widget) -> None:
    """Closed at the end of a test without the unsaved-changes question (a modal box would block it)."""
    widget.has_unsaved_changes = lambda: False


def show(qtbot, widget):
    qtbot.addWidget(widget, before_close_func=never_ask)
    widget.show()
    qtbot.waitExposed(widget)
    activate(widget)
    return widget


def record(client_id: int, **values) -> Complaint:
    return complaint_service.save_complaint({"client_id": client_id, "kind": "defect",
                                             "description": "Penészes sajt", **values})


def test_a_complaint_recorded_in_the_dialog_is_saved_with_its_line_and_announced(qtbot, bought):
    heard = []
    changes().changed.connect(heard.append)
    dialog = show(qtbot, ComplaintDialog(None, client_id=bought["client"].id))
    assert dialog.windowTitle() == "New complaint"
    assert dialog.order_line.count() == 3  # no line, then the order's two lines
    dialog.order_line.setCurrentIndex(dialog.order_line.findData(bought["lines"][0].id))
    assert not dialog.product.isEnabled() and "Trappista sajt" in dialog.product.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("shortage"))
    dialog.deadline.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(5))
    dialog.description.setFocus()
    type_text(dialog.description, "Hiányzik 2 kg")
    dialog.compensation.setText("1 500,50")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = Complaint.get()
    assert (saved.order_line_id, saved.product_id, saved.kind) == (
        bought["lines"][0].id, bought["products"]["SAJT-010"].id, "shortage")
    assert saved.description == "Hiányzik 2 kg" and saved.compensation == Decimal("1500.50")
    assert saved.deadline == TODAY + dt.timedelta(days=5)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert any(change.touches(COMPLAINTS) and bought["client"].id in change.client_ids for change in heard)


def test_the_dialog_shows_refusals_beside_their_fields(qtbot, bought):
    dialog = show(qtbot, ComplaintDialog(None, client_id=bought["client"].id))
    dialog.deadline.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    assert not dialog.save()
    assert dialog.findChild(type(dialog.heading), "description_error").isVisible()
    assert "before the complaint was received" in dialog.findChild(type(dialog.heading), "deadline_error").text()
    assert not Complaint.select().exists()


def test_the_workflow_s_steps_are_offered_as_the_core_allows_and_resolve_needs_a_resolution(qtbot, bought):
    saved = record(bought["client"].id)
    dialog = show(qtbot, ComplaintDialog(saved.id))
    visible = lambda: {verb for verb, button in dialog.verb_buttons.items() if button.isVisible()}  # noqa: E731
    assert visible() == {"investigate", "reject"}
    assert "Deadline" not in dialog.deadline_note.text()
    dialog.verb_buttons["investigate"].click()
    assert Complaint.get_by_id(saved.id).state == "investigating"
    assert visible() == {"resolve", "reject"}
    assert dialog.state_chip.text() == "Investigating"
    assert dialog.take("resolve") is False  # no resolution written yet
    assert dialog.findChild(type(dialog.heading), "resolution_error").isVisible()
    assert Complaint.get_by_id(saved.id).state == "investigating"
    dialog.resolution.setPlainText("Kicseréltük")
    dialog.compensation.setText("2000")
    dialog.verb_buttons["resolve"].click()
    resolved = Complaint.get_by_id(saved.id)
    assert (resolved.state, resolved.resolution, resolved.compensation) == ("resolved", "Kicseréltük", Decimal(2000))
    assert visible() == set() and dialog.description.isReadOnly() and not dialog.deadline.isEnabled()
    assert "Investigating → Resolved" in dialog.history.text()
    assert Activity.get_by_id(resolved.reminder_id).state == "cancelled"


def test_the_page_lists_filters_and_colours_the_deadlines(qtbot, qtmodeltester, bought, peter):
    late = record(bought["client"].id, received_on=TODAY - dt.timedelta(days=20), deadline=TODAY - dt.timedelta(days=3))
    record(bought["client"].id, kind="price", responsible_id=peter.id)
    page = show(qtbot, ComplaintsPage())
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2 and page.listing.count_label.text() == "2 complaints"
    deadline = ComplaintsModel.COLUMNS.index("deadline")
    late_row = page.model.row_of(late.id)
    assert page.model.index(late_row, deadline).data(Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR
    page.overdue_only.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.row(0).id == late.id
    page.overdue_only.setChecked(False)
    page.kind.setCurrentIndex(page.kind.findData("price"))
    assert page.model.rowCount() == 1 and page.model.row(0).responsible == "Nagy Péter"
    page.kind.setCurrentIndex(0)
    type_text(page.listing.search, late.number)
    page.listing.apply_filters()
    assert [page.model.row(r).id for r in range(page.model.rowCount())] == [late.id]
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.investigate_button.isEnabled()
    assert page.investigate_current()
    assert Complaint.get_by_id(late.id).state == "investigating" and not page.investigate_button.isEnabled()


def test_ctrl_0_shows_the_complaints_and_ctrl_n_records_one(qtbot, bought, monkeypatch):
    from kamdesk.gui.main_window import MainWindow

    window = show(qtbot, MainWindow())
    qtbot.keyClick(window.clients.search, Qt.Key.Key_0, CTRL)
    page = window.page("complaints")
    assert window.stack.currentIndex() == index("complaints") and window.stack.currentWidget() is page
    assert window.new_action.text() == "&New complaint…"
    asked = []
    monkeypatch.setattr(page, "new_complaint", lambda client_id=None: asked.append(client_id))
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert asked == [None]  # the window's Ctrl+N only


def test_the_client_card_tab_counts_the_open_complaints_and_follows_changes(qtbot, bought):
    record(bought["client"].id, received_on=TODAY - dt.timedelta(days=20), deadline=TODAY - dt.timedelta(days=1))
    card = show(qtbot, ClientCard(bought["client"].id))
    tab = card.area_tabs["complaints"]
    tabs = card.ui.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Co&mplaints (1 open)"
    assert tabs.tabBar().tabTextColor(tabs.indexOf(tab)).name() == OVERDUE_COLOUR
    assert tab.table.rowCount() == 1
    dialog = tab.new_complaint()
    qtbot.addWidget(dialog, before_close_func=never_ask)
    assert dialog.picker.client_id == bought["client"].id and dialog.client.isReadOnly() is False
    dialog.description.setPlainText("Késett a szállítás")
    dialog.kind.setCurrentIndex(dialog.kind.findData("delay"))
    assert dialog.save()
    assert tab.table.rowCount() == 2 and tabs.tabText(tabs.indexOf(tab)) == "Co&mplaints (2 open)"


@pytest.mark.parametrize("state", ["new", *complaint_service.COMPLAINT.names()])
def test_every_alt_letter_of_the_dialog_reaches_one_thing_in_every_state(qtbot, bought, state):
    from tests.gui.test_translations import accelerator_clashes

    if state == "new":
        dialog = show(qtbot, ComplaintDialog(None, client_id=bought["client"].id))
    else:
        saved = record(bought["client"].id)
        # a state no service produces in one step: the buttons and fields follow it
        Complaint.update(state=state).where(Complaint.id == saved.id).execute()
        dialog = show(qtbot, ComplaintDialog(saved.id))
    assert accelerator_clashes(dialog) == []
    assert accelerator_clashes(show(qtbot, ComplaintsPage())) == []


def test_a_complaint_without_an_order_line_names_a_product_found_by_typing(qtbot, bought):
    dialog = show(qtbot, ComplaintDialog(None, client_id=bought["client"].id))
    dialog.product.setFocus()
    qtbot.keyClicks(dialog.product, "Kefir")
    qtbot.keyClick(dialog.product, Qt.Key.Key_Return)
    assert dialog.product.text() == "TEJ-002 Kefir 0,5 l"
    dialog.description.setPlainText("Savanyú")
    assert dialog.save()
    assert Complaint.get().product_id == bought["products"]["TEJ-002"].id and Complaint.get().order_line_id is None
