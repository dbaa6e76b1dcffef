"""The client card as a user drives it: keyboard entry, validation, money, contacts, duplicates, closing."""

import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kamdesk.core.models import Client
from kamdesk.core.money import parse_money
from kamdesk.core.services import party
from kamdesk.core.services.company import current_manager
from kamdesk.core.services.party_validation import check_tax_number
from kamdesk.gui.party.client_card import ClientCard, ContactDialog, format_amount
from tests.gui.keyboard import type_text

TAX = "12892312-2-42"  # a valid Hungarian tax number (checked below)
CTRL = Qt.KeyboardModifier.ControlModifier


def discard_on_teardown(card: ClientCard) -> None:
    """Closing left-over cards at teardown must not ask (a modal question would block)."""
    card.discard_changes()


@pytest.fixture
def open_card(qtbot, company):
    """Open a card as the main window does, active, ready for the keyboard."""

    def open_(client_id=None) -> ClientCard:
        card = ClientCard(client_id)
        qtbot.addWidget(card, before_close_func=discard_on_teardown)
        card.show()
        qtbot.waitExposed(card)
        card.activateWindow()
        qtbot.waitUntil(card.isActiveWindow)
        return card

    return open_


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: focused() is not None)  # after a dialog closes, the card gets the focus back
    qtbot.keyClick(focused(), key, modifier)


def save_with_keyboard(qtbot) -> None:
    press(qtbot, Qt.Key.Key_S, CTRL)


def when_modal(qtbot, act, tries: int = 200) -> list:
    """Run act(dialog) as soon as a modal dialog is up (QMessageBox and dialogs block in exec()).

    The offscreen platform has no window manager to give the activation back
    to the window under the dialog, so that is done here once the dialog is gone.
    """
    done = []

    def poll(left=tries):
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isActiveWindow():
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        done.append(widget)
        under = widget.parentWidget().window() if widget.parentWidget() else None
        try:
            act(widget)
        except BaseException:
            widget.close()  # never leave a modal dialog blocking the test
            raise
        finally:
            if under is not None:
                QTimer.singleShot(0, under.activateWindow)

    QTimer.singleShot(0, poll)
    return done


def click_button(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show_tab(qtbot, card: ClientCard, title: str) -> None:
    bar = card.ui.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert card.ui.tabs.currentIndex() == index


def fill_contact(qtbot, name: str, email: str = "", ok: bool = True):
    def act(dialog: ContactDialog):
        assert isinstance(dialog, ContactDialog)
        assert focused() is dialog.ui.name
        type_text(dialog.ui.name, name)
        if email:
            qtbot.keyClicks(dialog.ui.email, email)
        button = QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Cancel
        qtbot.mouseClick(dialog.ui.button_box.button(button), Qt.MouseButton.LeftButton)

    return when_modal(qtbot, act)


# ---------------------------------------------------------------- new client by keyboard

def test_create_client_with_the_keyboard(qtbot, open_card, company):
    assert check_tax_number(TAX, "HU") is None
    card = open_card()
    assert card.windowTitle() == "New client"
    assert focused() is card.ui.name
    assert card.ui.status.currentData() == "prospect"
    assert card.ui.manager.currentData() == current_manager().id
    assert card.ui.legal_country.text() == "HU"
    assert card.ui.payment_terms_days.value() == 8

    assert set(card.values()) == set(party.CLIENT_FIELDS)  # every field, so a save never wipes one

    type_text(card.ui.name, "Szűcs és Társa Kft.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is card.ui.legal_form
    qtbot.keyClicks(focused(), "Kft.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is card.ui.tax_number
    qtbot.keyClicks(focused(), TAX)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is card.ui.registration_number
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is card.ui.status
    press(qtbot, Qt.Key.Key_Down)  # prospect -> active
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is card.ui.segment.lineEdit() or focused() is card.ui.segment
    qtbot.keyClicks(focused(), "HoReCa")  # a segment that does not exist yet
    assert card.is_dirty()
    assert "Unsaved changes" in card.ui.timestamps.text()

    with qtbot.waitSignal(card.saved, timeout=2000) as saved:
        save_with_keyboard(qtbot)

    client = party.get_client(saved.args[0])
    assert client.name == "Szűcs és Társa Kft."
    assert client.legal_form == "Kft."
    assert client.tax_number == TAX
    assert client.status == "active"
    assert client.segment.name == "HoReCa"
    assert client.manager_id == current_manager().id
    assert client.legal_country == "HU"
    assert client.payment_terms_days == 8
    assert client.credit_limit is None
    assert client.reliability_checked_on is None
    assert (client.delivery_postcode, client.delivery_city, client.delivery_street, client.delivery_country) == \
        ("", "", "", "")
    assert client.key_account is False
    assert party.client_contacts(client.id) == []
    # the card stays open, now showing the saved client
    assert card.isVisible()
    assert card.client_id == client.id
    assert card.windowTitle() == "Szűcs és Társa Kft."
    assert not card.is_dirty()
    assert card.ui.timestamps.text().startswith("Created ")
    assert "Unsaved" not in card.ui.timestamps.text()


def test_name_has_focus_and_tab_order_follows_the_form(open_card, qtbot):
    card = open_card()
    order = []
    for _ in range(13):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        order.append(widget.parent().objectName() if widget is card.ui.segment.lineEdit() else widget.objectName())
    assert order == ["legal_form", "tax_number", "registration_number", "status", "segment", "manager", "source",
                     "key_account", "phone", "email", "website", "needs", "prospects"]


# ---------------------------------------------------------------- validation

def test_bad_input_is_shown_beside_each_field_and_nothing_is_lost(qtbot, open_card):
    card = open_card()
    type_text(card.ui.name, "Hibás Adat Kft.")
    qtbot.keyClicks(card.ui.tax_number, "12345678-1-23")  # wrong check digit
    qtbot.keyClicks(card.ui.email, "nem-email@")

    save_with_keyboard(qtbot)

    assert card.ui.tax_number_error.isVisible()
    assert "Tax number" in card.ui.tax_number_error.text()
    assert card.ui.email_error.isVisible()
    assert "E-mail" in card.ui.email_error.text()
    assert not card.ui.name_error.isVisible()
    assert not card.ui.phone_error.isVisible()
    assert focused() is card.ui.tax_number  # the first bad field, in tab order
    assert Client.select().count() == 0
    assert card.client_id is None
    assert card.ui.name.text() == "Hibás Adat Kft."
    assert card.ui.tax_number.text() == "12345678-1-23"
    assert card.ui.email.text() == "nem-email@"
    assert card.is_dirty()

    card.ui.tax_number.selectAll()
    qtbot.keyClicks(card.ui.tax_number, TAX)
    card.ui.email.selectAll()
    qtbot.keyClicks(card.ui.email, "info@hibas.hu")
    with qtbot.waitSignal(card.saved, timeout=2000):
        save_with_keyboard(qtbot)

    assert not card.ui.tax_number_error.isVisible()
    assert not card.ui.email_error.isVisible()
    client = party.get_client(card.client_id)
    assert (client.name, client.tax_number, client.email) == ("Hibás Adat Kft.", TAX, "info@hibas.hu")


def test_an_error_on_another_tab_switches_to_it(qtbot, open_card):
    card = open_card()
    type_text(card.ui.name, "Teszt Kft.")
    show_tab(qtbot, card, "Credit and reliability")
    type_text(card.ui.credit_limit, "sok pénz")
    show_tab(qtbot, card, "General")

    card.ui.save_button.click()

    assert card.ui.tabs.currentWidget() is card.ui.credit_tab
    assert card.ui.credit_limit_error.isVisible()
    assert "Credit limit" in card.ui.credit_limit_error.text()
    assert focused() is card.ui.credit_limit
    assert card.ui.credit_limit.text() == "sok pénz"
    assert Client.select().count() == 0


def test_name_is_required(qtbot, open_card):
    card = open_card()
    show_tab(qtbot, card, "Notes")
    card.ui.save_button.click()
    assert card.ui.tabs.currentWidget() is card.ui.general_tab
    assert card.ui.name_error.isVisible() and "Name" in card.ui.name_error.text()
    assert focused() is card.ui.name


# ---------------------------------------------------------------- money

def test_credit_limit_is_saved_exactly(qtbot, open_card):
    card = open_card()
    type_text(card.ui.name, "Pénzes Kft.")
    show_tab(qtbot, card, "Credit and reliability")
    card.ui.credit_limit.setFocus()
    qtbot.keyClicks(card.ui.credit_limit, "1 234 567,89")

    with qtbot.waitSignal(card.saved, timeout=2000):
        save_with_keyboard(qtbot)

    assert party.get_client(card.client_id).credit_limit == Decimal("1234567.89")
    assert parse_money(card.ui.credit_limit.text()) == Decimal("1234567.89")
    reopened = open_card(card.client_id)
    assert reopened.ui.credit_limit.text() == format_amount(Decimal("1234567.89"))
    assert reopened.ui.credit_limit_currency.text() == "HUF"


@pytest.mark.parametrize("locale, expected", [
    ("hu_HU", "1\u00a0234\u00a0567,89"),
    ("en_US", "1,234,567.89"),
    ("de_DE", "1.234.567,89"),
    ("de_CH", "1\u00a0234\u00a0567.89"),  # the Swiss ’ is not read back by parse_money: NBSP instead
])
def test_amounts_are_shown_in_the_locale_and_read_back_exactly(locale, expected):
    text = format_amount(Decimal("1234567.89"), QLocale(locale))
    assert text == expected
    assert parse_money(text) == Decimal("1234567.89")


def test_existing_client_is_shown_as_saved(open_card, company):
    client = party.save_client({
        "name": "Alfa Logisztika Zrt.", "tax_number": TAX, "status": "active", "segment": "Wholesale",
        "source": "referral", "reliability": "B", "reliability_checked_on": datetime.date(2026, 3, 14),
        "credit_limit": "2500000", "payment_terms_days": 30, "legal_city": "Debrecen", "delivery_city": "Győr",
        "key_account": True, "notes": "Csütörtökön dönt."},
        [{"name": "Tóth Ilona", "email": "ilona@alfa.hu", "decision_maker": True}])
    card = open_card(client.id)
    ui = card.ui
    assert card.windowTitle() == "Alfa Logisztika Zrt."
    assert ui.name.text() == "Alfa Logisztika Zrt."
    assert ui.status.currentData() == "active"
    assert ui.segment.currentText() == "Wholesale"
    assert ui.source.currentData() == "referral"
    assert ui.reliability.currentText() == "B"
    assert ui.reliability_checked.isChecked()
    assert ui.reliability_checked_on.date().toPython() == datetime.date(2026, 3, 14)
    assert ui.credit_limit.text() == format_amount(Decimal("2500000"))
    assert ui.payment_terms_days.value() == 30
    assert ui.key_account.isChecked()
    assert not ui.delivery_same.isChecked()
    assert ui.delivery_city.text() == "Győr"
    assert ui.notes.toPlainText() == "Csütörtökön dönt."
    assert ui.contacts_table.rowCount() == 1
    assert ui.contacts_table.item(0, 1).text() == "Tóth Ilona"
    assert ui.timestamps.text().startswith("Created ")
    assert not card.is_dirty()


# ---------------------------------------------------------------- contacts

@pytest.mark.parametrize("where", ["tab", "add button", "tab bar"])
def test_insert_anywhere_on_the_contacts_tab_adds_a_contact(qtbot, open_card, where):
    card = open_card()
    type_text(card.ui.name, "Kapcsolat Kft.")
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # C&ontacts
    assert card.ui.tabs.currentWidget() is card.ui.contacts_tab
    if where == "add button":
        card.ui.add_contact.setFocus()
    elif where == "tab bar":
        card.ui.tabs.tabBar().setFocus()
    shown = fill_contact(qtbot, "Kovács Anna", "anna@kapcsolat.hu")
    press(qtbot, Qt.Key.Key_Insert)
    assert shown and card.ui.contacts_table.rowCount() == 1
    assert card.ui.contacts_table.item(0, 1).text() == "Kovács Anna"


def test_contacts_add_set_primary_and_remove(qtbot, open_card):
    card = open_card()
    type_text(card.ui.name, "Kapcsolat Kft.")
    show_tab(qtbot, card, "Contacts")

    fill_contact(qtbot, "Kovács Anna", "anna@kapcsolat.hu")
    qtbot.mouseClick(card.ui.add_contact, Qt.MouseButton.LeftButton)
    fill_contact(qtbot, "Nagy Péter", "peter@kapcsolat.hu")
    qtbot.waitUntil(card.isActiveWindow)
    card.ui.contacts_table.setFocus()
    press(qtbot, Qt.Key.Key_Insert)  # Insert adds a contact too

    table = card.ui.contacts_table
    assert table.rowCount() == 2
    assert table.item(0, 0).checkState() == Qt.CheckState.Checked  # the first one is the primary
    assert table.item(1, 0).checkState() == Qt.CheckState.Unchecked
    rect = table.visualRect(table.model().index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(card.ui.set_primary_contact, Qt.MouseButton.LeftButton)
    assert table.item(1, 0).checkState() == Qt.CheckState.Checked
    assert table.item(0, 0).checkState() == Qt.CheckState.Unchecked

    with qtbot.waitSignal(card.saved, timeout=2000):
        save_with_keyboard(qtbot)

    contacts = party.client_contacts(card.client_id)
    assert sorted(c.name for c in contacts) == ["Kovács Anna", "Nagy Péter"]
    assert [c.name for c in contacts if c.is_primary] == ["Nagy Péter"]
    nagy_id = next(c.id for c in contacts if c.name == "Nagy Péter")

    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Kovács Anna")
    table.selectRow(row)
    table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert table.rowCount() == 1
    with qtbot.waitSignal(card.saved, timeout=2000):
        qtbot.mouseClick(card.ui.save_button, Qt.MouseButton.LeftButton)

    contacts = party.client_contacts(card.client_id)
    assert [(c.id, c.name, c.is_primary) for c in contacts] == [(nagy_id, "Nagy Péter", True)]


def test_contact_dialog_checks_before_it_closes(qtbot, open_card, monkeypatch):
    card = open_card()
    seen = {}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def act(dialog: ContactDialog):
        type_text(dialog.ui.name, "Hibás Éva")
        qtbot.keyClicks(dialog.ui.email, "eva@")
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.ui.email_error.text() if dialog.ui.email_error.isVisible() else ""
        seen["focus"] = focused() is dialog.ui.email
        dialog.reject()

    when_modal(qtbot, act)
    card.ui.add_contact.click()
    assert seen == {"open": True, "error": "E-mail is not a valid e-mail address.", "focus": True}
    assert card.ui.contacts_table.rowCount() == 0
    assert not card.is_dirty()


def test_editing_a_contact_keeps_its_id(qtbot, open_card):
    client = party.save_client({"name": "Béta Bt."}, [{"name": "Szabó Géza"}])
    contact_id = party.client_contacts(client.id)[0].id
    card = open_card(client.id)
    show_tab(qtbot, card, "Contacts")
    table = card.ui.contacts_table
    table.setFocus()
    table.selectRow(0)

    def act(dialog: ContactDialog):
        assert dialog.ui.name.text() == "Szabó Géza"
        type_text(dialog.ui.position, "Beszerző")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(qtbot, act)
    press(qtbot, Qt.Key.Key_Return)  # Enter on a row edits it
    assert table.item(0, 2).text() == "Beszerző"
    with qtbot.waitSignal(card.saved, timeout=2000):
        save_with_keyboard(qtbot)
    contacts = party.client_contacts(client.id)
    assert [(c.id, c.position) for c in contacts] == [(contact_id, "Beszerző")]


def test_contact_errors_from_saving_are_shown_on_the_contacts_tab(qtbot, open_card):
    client = party.save_client({"name": "Gamma Kft."}, [{"name": "Kiss Ottó"}])
    card = open_card(client.id)
    card._contacts[0]["email"] = "rossz@"  # as an older version might have stored it
    card._refresh_contacts()
    card.ui.save_button.click()
    assert card.ui.tabs.currentWidget() is card.ui.contacts_tab
    assert card.ui.contacts_error.isVisible()
    assert card.ui.contacts_error.text().startswith("Kiss Ottó: E-mail")


# ---------------------------------------------------------------- addresses

def test_delivery_address_same_as_legal_or_its_own(qtbot, open_card):
    card = open_card()
    ui = card.ui
    type_text(ui.name, "Cím Kft.")
    show_tab(qtbot, card, "Addresses")
    assert ui.delivery_same.isChecked()
    assert not ui.delivery_city.isEnabled()
    ui.legal_city.setFocus()
    qtbot.keyClicks(ui.legal_city, "Szeged")
    assert ui.delivery_city.text() == "Szeged"  # mirrored while "same" is checked
    ui.legal_country.selectAll()
    qtbot.keyClicks(ui.legal_country, "hu")
    assert ui.legal_country.text() == "HU"

    ui.delivery_same.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert ui.delivery_city.isEnabled()
    ui.delivery_city.selectAll()
    type_text(ui.delivery_city, "Makó")
    with qtbot.waitSignal(card.saved, timeout=2000):
        save_with_keyboard(qtbot)
    client = party.get_client(card.client_id)
    assert (client.legal_city, client.delivery_city, client.delivery_country) == ("Szeged", "Makó", "HU")


# ---------------------------------------------------------------- duplicates

def test_duplicate_tax_number_open_existing(qtbot, open_card):
    first = party.save_client({"name": "Első Kereskedelmi Kft.", "tax_number": TAX})
    card = open_card()
    type_text(card.ui.name, "Teljesen Más Név Zrt.")
    qtbot.keyClicks(card.ui.tax_number, TAX)
    seen = []

    def act(box):
        seen.append(box.text() + "\n" + box.informativeText())
        click_button(qtbot, box, "Open existing")

    when_modal(qtbot, act)
    with qtbot.waitSignal(card.open_existing, timeout=2000) as opened:
        save_with_keyboard(qtbot)

    assert opened.args == [first.id]
    assert "Első Kereskedelmi Kft." in seen[0] and "same tax number" in seen[0]
    assert not card.isVisible()
    assert Client.select().count() == 1


def test_duplicate_tax_number_open_or_cancel_but_never_save_a_second(qtbot, open_card):
    party.save_client({"name": "Első Kereskedelmi Kft.", "tax_number": TAX})
    card = open_card()
    type_text(card.ui.name, "Teljesen Más Név Zrt.")
    qtbot.keyClicks(card.ui.tax_number, TAX)

    offered = []
    when_modal(qtbot, lambda box: (offered.extend(b.text().replace("&", "") for b in box.buttons()),
                                   click_button(qtbot, box, "Cancel")))
    save_with_keyboard(qtbot)
    assert card.isVisible() and card.is_dirty()
    assert Client.select().count() == 1
    assert "Open existing" in offered and "Save anyway" not in offered


def test_similar_name_save_anyway(qtbot, open_card):
    party.save_client({"name": "Első Kereskedelmi Kft."})
    card = open_card()
    type_text(card.ui.name, "Első Kereskedelmi Kft")

    when_modal(qtbot, lambda box: click_button(qtbot, box, "Save anyway"))
    with qtbot.waitSignal(card.saved, timeout=2000):
        save_with_keyboard(qtbot)
    assert Client.select().count() == 2


# ---------------------------------------------------------------- closing

@pytest.fixture
def questions(monkeypatch):
    """Answer the "unsaved changes" question with the next queued button and record it."""
    asked, answers = [], []

    def question(parent, title, text, buttons=None, default=None):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, answers


def test_escape_without_changes_closes_at_once(qtbot, open_card, questions):
    asked, _ = questions
    card = open_card()
    press(qtbot, Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert asked == []


def test_escape_with_changes_asks_and_discard_closes_without_saving(qtbot, open_card, questions):
    asked, answers = questions
    card = open_card()
    type_text(card.ui.name, "Elvetett Kft.")

    answers.append(QMessageBox.StandardButton.Cancel)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == ["Save the changes to the client?"]
    assert card.isVisible()
    assert card.ui.name.text() == "Elvetett Kft."

    answers.append(QMessageBox.StandardButton.Discard)
    press(qtbot, Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert not card.isVisible()
    assert Client.select().count() == 0


def test_close_with_changes_can_save_first(qtbot, open_card, questions):
    _, answers = questions
    card = open_card()
    type_text(card.ui.name, "Megtartott Kft.")
    answers.append(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(card.saved, timeout=2000):
        qtbot.mouseClick(card.ui.close_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert [c.name for c in Client.select()] == ["Megtartott Kft."]


# ---------------------------------------------------------------- look

def test_every_tab_renders(qtbot, open_card, tmp_path):
    client = party.save_client({"name": "Képes Kft.", "tax_number": TAX, "credit_limit": "1000000"},
                               [{"name": "Fekete Anna", "position": "Ügyvezető", "decision_maker": True}])
    card = open_card(client.id)
    card.resize(920, 600)
    for index in range(card.ui.tabs.count()):
        card.ui.tabs.setCurrentIndex(index)
        pixmap = card.grab()
        assert not pixmap.isNull()
        assert pixmap.save(str(tmp_path / f"tab{index}.png"))
    for widget in (card.ui.name, card.ui.credit_limit, card.ui.contacts_table):
        assert widget.width() > 100


# ---------------------------------------------------------------- activities

@pytest.fixture
def timeline_client(company):
    """A client with a done call, a cancelled one and two planned contacts, relative to now."""
    from kamdesk.core.services import activity as act

    client = party.save_client({"name": "Idővonal Kft.", "status": "active", "legal_city": "Eger"})
    now = datetime.datetime.now(act.local_zone()).replace(second=0, microsecond=0)
    done = act.create_activity({"kind": "call", "client_id": client.id, "start": now - datetime.timedelta(days=10),
                                "subject": "Price list"})
    act.complete_activity(done.id, "not_reached", "Left a message with the assistant")
    cancelled = act.create_activity({"kind": "call", "client_id": client.id, "subject": "Dropped",
                                     "start": now - datetime.timedelta(days=5)})
    act.cancel_activity(cancelled.id)
    soon = act.create_activity({"kind": "visit", "client_id": client.id, "subject": "Tasting",
                                "start": now + datetime.timedelta(days=3)})
    later = act.create_activity({"kind": "call", "client_id": client.id, "subject": "Follow up",
                                 "start": now + datetime.timedelta(days=12)})
    return {"client": client, "done": done, "cancelled": cancelled, "soon": soon, "later": later, "now": now}


def timeline_texts(card: ClientCard) -> list[tuple[str, ...]]:
    table = card.activity_table
    return [tuple(table.item(row, column).text() for column in range(1, table.columnCount()))
            for row in range(table.rowCount())]


def test_the_activities_tab_shows_the_timeline_next_contact_first(qtbot, open_card, timeline_client):
    card = open_card(timeline_client["client"].id)
    show_tab(qtbot, card, "Activities")
    assert timeline_texts(card) == [
        ("Visit", "Tasting", "Planned", "", ""),
        ("Call", "Follow up", "Planned", "", ""),
        ("Call", "Dropped", "Cancelled", "", ""),
        ("Call", "Price list", "Done", "Not reached", "Left a message with the assistant"),
    ]
    table = card.activity_table
    soon = timeline_client["now"] + datetime.timedelta(days=3)
    when = QLocale().toString(QTime(soon.hour, soon.minute), QLocale.FormatType.ShortFormat)
    assert table.item(0, 0).text().endswith(when)
    assert table.item(0, 1).font().bold() and not table.item(1, 1).font().bold()  # the next contact stands out
    assert card.next_contact.text().startswith("Next contact: ")
    assert card.next_contact.text().endswith("Visit: Tasting")
    assert table.item(0, 0).data(Qt.ItemDataRole.UserRole + 1) == timeline_client["soon"].id


def test_an_overdue_planned_contact_says_so(qtbot, open_card, company):
    from kamdesk.core.services import activity as act

    client = party.save_client({"name": "Késés Kft."})
    now = datetime.datetime.now(act.local_zone())
    act.create_activity({"kind": "call", "client_id": client.id, "start": now - datetime.timedelta(days=2)})
    card = open_card(client.id)
    assert timeline_texts(card) == [("Call", "", "Overdue", "", "")]
    assert card.next_contact.text().endswith("(overdue)")


def test_plan_buttons_ask_for_a_call_or_a_visit(qtbot, open_card, timeline_client):
    card = open_card(timeline_client["client"].id)
    show_tab(qtbot, card, "Activities")
    with qtbot.waitSignal(card.plan_activity) as signal:
        qtbot.mouseClick(card.plan_call_button, Qt.MouseButton.LeftButton)
    assert signal.args == [timeline_client["client"].id, "call"]
    with qtbot.waitSignal(card.plan_activity) as signal:
        qtbot.mouseClick(card.plan_visit_button, Qt.MouseButton.LeftButton)
    assert signal.args == [timeline_client["client"].id, "visit"]


def test_enter_on_an_activity_opens_it(qtbot, open_card, timeline_client):
    card = open_card(timeline_client["client"].id)
    show_tab(qtbot, card, "Activities")
    table = card.activity_table
    table.setFocus()
    table.setCurrentCell(3, 0)
    with qtbot.waitSignal(card.open_activity) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [timeline_client["done"].id]


def test_reload_shows_an_activity_planned_elsewhere(qtbot, open_card, company):
    from kamdesk.core.services import activity as act

    client = party.save_client({"name": "Újratöltés Kft."})
    card = open_card(client.id)
    assert card.activity_table.rowCount() == 0
    assert card.next_contact.text() == "No next contact planned."
    start = datetime.datetime.now(act.local_zone()) + datetime.timedelta(days=1)
    act.create_activity({"kind": "visit", "client_id": client.id, "start": start, "subject": "Contract"})
    card.reload_activities()
    assert timeline_texts(card) == [("Visit", "Contract", "Planned", "", "")]
    assert not card.is_dirty()  # the timeline is not something the user edits


def test_a_new_client_plans_nothing_until_saved(qtbot, open_card):
    card = open_card()
    show_tab(qtbot, card, "Activities")
    assert not card.plan_call_button.isEnabled() and not card.plan_visit_button.isEnabled()
    assert card.activity_table.rowCount() == 0
    assert "once the client is saved" in card.next_contact.text()
    show_tab(qtbot, card, "General")
    type_text(card.ui.name, "Friss Kft.")
    save_with_keyboard(qtbot)
    assert card.client_id is not None
    assert card.plan_call_button.isEnabled() and card.plan_visit_button.isEnabled()
    assert card.next_contact.text() == "No next contact planned."


def test_the_price_column_is_chosen_on_the_card(qtbot, company):
    from kamdesk.core.models import Client
    from kamdesk.core.services import catalogue
    from kamdesk.core.services.party import save_client
    from kamdesk.gui.party.client_card import ClientCard

    catalogue.save_price_column("Listaár", is_default=True)
    wholesale = catalogue.save_price_column("Nagyker", percent="0")
    client = save_client({"name": "Ár Próba Kft."})
    card = ClientCard(client.id)
    qtbot.addWidget(card)
    assert card.price_column.currentText() == "Listaár"
    card.price_column.setCurrentIndex(card.price_column.findData(wholesale.id))
    assert card.save()
    assert Client.get_by_id(client.id).price_column_id == wholesale.id
