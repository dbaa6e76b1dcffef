"""Admin › Users against the throwaway team server: the list, Add user, Disable, Set password; who gets the area."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from kamdesk.gui.admin import area as admin_area
from kamdesk.gui.admin.users_page import PasswordDialog, UserDialog, UsersPage
from tests.gui.team_server import PASSWORD, team  # noqa: F401 (the fixture)
from tests.gui.test_login import answering, dialogs, memory_keyring  # noqa: F401 (the fixture)


@pytest.fixture
def page(team, qtbot):
    widget = UsersPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def row_of(page: UsersPage, login: str) -> list[str]:
    row = next(n for n, user in enumerate(page.rows) if user.login == login)
    return [page.table.item(row, column).text() for column in range(page.table.columnCount())]


def fill(dialog, **values) -> None:
    for name, value in values.items():
        widget = getattr(dialog, name)
        if hasattr(widget, "setText"):
            widget.setText(value)
        else:
            widget.setCurrentIndex(widget.findData(value))


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_an_admin_adds_a_head_and_a_manager_who_reports_to_her(page, team):
    assert [user.login for user in page.rows] == [team.admin]
    head, manager = team.login("kiss_anna"), team.login("nagy_peter")

    def add_head(dialog):
        assert isinstance(dialog, UserDialog)
        fill(dialog, login=head, name="Kiss Anna", role="head", password=PASSWORD, password_again=PASSWORD)
        assert not dialog.head.isEnabled()  # only a key account manager reports to a head
        ok(dialog)

    seen = answering(add_head)
    added = page.add_user()
    assert len(dialogs(seen)) == 1 and added == head
    team.logins.append(head)

    def add_manager(dialog):
        assert [dialog.head.itemData(i) for i in range(dialog.head.count())] == [None, head]
        fill(dialog, login=manager, name="Nagy Péter", role="manager", head=head, password=PASSWORD,
             password_again=PASSWORD)
        ok(dialog)

    seen = answering(add_manager)
    page.add_user()
    dialogs(seen)
    assert row_of(page, head) == [head, "Kiss Anna", "Head of department", "", "yes"]
    assert row_of(page, manager) == [manager, "Nagy Péter", "Key account manager", "Kiss Anna", "yes"]
    assert page.current_login() == manager
    assert team.can_log_in(manager)


def test_add_user_shows_what_is_wrong_beside_the_field_and_stays_open(page, team):
    def wrong_twice_then_cancel(dialog):
        fill(dialog, login=team.login("x"), name="X", password=PASSWORD, password_again=PASSWORD + "!")
        ok(dialog)
        label = dialog.findChild(QLabel, "password_again_error")
        assert dialog.isVisible() and label.isVisible() and label.text() == "The two passwords differ."
        fill(dialog, login="Nem Jó!", password_again=PASSWORD)
        ok(dialog)
        label = dialog.findChild(QLabel, "login_error")
        assert dialog.isVisible() and label.isVisible() and "is not one" in label.text()
        assert dialog.focusWidget() is dialog.login
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    seen = answering(wrong_twice_then_cancel)
    assert page.add_user() is None
    dialogs(seen)
    assert [user.login for user in page.rows] == [team.admin]


def test_disable_asks_first_and_then_the_user_cannot_log_in(page, team):
    peter = team.add("peter", "manager")
    page.refresh()
    page.select(peter)
    assert page.disable_button.isEnabled()

    def yes(box):
        assert isinstance(box, QMessageBox) and peter in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    seen = answering(yes)
    assert page.disable_user()
    dialogs(seen)
    assert row_of(page, peter)[4] == "disabled"
    assert not page.disable_button.isEnabled() and not page.password_button.isEnabled()
    assert not team.can_log_in(peter)


def test_cancel_keeps_the_user(page, team):
    peter = team.add("peter", "manager")
    page.refresh()
    page.select(peter)
    seen = answering(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not page.disable_user()
    dialogs(seen)
    assert team.can_log_in(peter)


def test_the_admin_cannot_disable_her_own_login(page, team):
    page.select(team.admin)
    assert not page.disable_button.isEnabled() and page.password_button.isEnabled()


def test_set_password_gives_the_user_a_new_one(page, team):
    peter = team.add("peter", "manager")
    page.refresh()
    page.select(peter)

    def new_password(dialog):
        assert isinstance(dialog, PasswordDialog) and peter in dialog.windowTitle()
        fill(dialog, password="Uj-jelszo-987", password_again="Uj-jelszo-987")
        ok(dialog)

    seen = answering(new_password)
    assert page.set_password()
    dialogs(seen)
    assert team.can_log_in(peter, "Uj-jelszo-987") and not team.can_log_in(peter)


def test_the_admin_area_is_for_admins_only(team):
    assert admin_area.shown()
    team.add("peter", "manager")
    team.add("anna", "head")
    team.connect_as(team.login("peter"))
    assert not admin_area.shown()
    team.connect_as(team.login("anna"))
    assert [page.key for page in admin_area.pages_shown()] == ["audit"]  # a head gets the audit trail only


def test_on_a_desk_file_the_users_page_says_users_belong_to_a_team_server(qtbot, company):
    page = UsersPage()
    qtbot.addWidget(page)
    note = page.findChild(QLabel, "desk_file_note")
    assert page.table is None and "team server" in note.text() and "server init" in note.text()
    page.refresh()  # F5 on the page does nothing harmful
    assert admin_area.shown()  # whoever opens a desk file has every role


def test_an_area_not_for_the_role_at_the_desk_is_not_offered(qtbot, company, monkeypatch):
    from kamdesk.areas import index
    from tests.gui.test_main_window import make_window

    window = make_window(qtbot)
    assert not window.navigation.isRowHidden(index("admin"))
    assert window.findChild(QAction, "area_admin").isVisible()
    window.close()
    monkeypatch.setattr(admin_area, "shown", lambda: False)
    window = make_window(qtbot)
    assert window.navigation.isRowHidden(index("admin"))
    action = window.findChild(QAction, "area_admin")
    assert not action.isVisible() and not action.isEnabled()
    assert not window.show_area("admin")
    assert window.stack.currentIndex() == index("clients")


def test_every_accelerator_of_the_user_dialogs_is_its_own(qtbot):
    from kamdesk.core.server.users import UserInfo
    from tests.gui.test_translations import accelerator_clashes

    for dialog in (UserDialog([("Kiss Anna", "kiss_anna")]),
                   PasswordDialog(UserInfo("nagy_peter", "Nagy Péter", "manager", None, True, 3))):
        qtbot.addWidget(dialog)
        assert accelerator_clashes(dialog) == []


def test_a_manager_changes_their_own_password_and_the_keyring_follows(team, qtbot, memory_keyring):
    from kamdesk.core import db as kdb
    from kamdesk.gui import login
    from kamdesk.gui.main_window import MainWindow

    peter = team.add("peter", "manager")
    team.connect_as(peter)
    server = login.server_of(kdb.server_url())
    login.remember_password(server, peter, PASSWORD)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.findChild(QAction, "change_my_password") is not None

    def new_password(dialog):
        assert isinstance(dialog, PasswordDialog) and peter in dialog.findChild(QLabel).text()
        fill(dialog, password="Sajat-jelszo-42", password_again="Sajat-jelszo-42")
        ok(dialog)

    seen = answering(new_password)
    assert window.change_my_password() == "Sajat-jelszo-42"
    dialogs(seen)
    assert team.can_log_in(peter, "Sajat-jelszo-42") and not team.can_log_in(peter)
    assert login.remembered_password(server, peter) == "Sajat-jelszo-42"


def test_a_desk_file_offers_no_password_change(qtbot, company):
    from kamdesk.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.findChild(QAction, "change_my_password") is None
