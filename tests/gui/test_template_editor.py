"""The contract template editor: problems with their lines before saving, placeholders, live preview."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from kamdesk.core.documents.contract_template import check_template
from kamdesk.core.services import contract as contract_service
from tests.gui.keyboard import activate, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def builtin(key: str):
    return next(t for t in contract_service.list_templates() if t.key == key)


@pytest.fixture
def editor(qtbot, company):
    from kamdesk.gui.contract.template_editor import TemplateEditor

    dialog = TemplateEditor(None, template_id=builtin("supply_en").id)
    # nothing to ask when the test closes it
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_saved_values", d.values()))
    dialog.show()
    activate(dialog)
    settled(qtbot, dialog)
    return dialog


def settled(qtbot, dialog) -> None:
    """Wait for the check and the preview of the text shown (they run off the GUI thread)."""
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10000)


def put_cursor(dialog, line: int, end: bool = True) -> None:
    dialog.editor.go_to_line(line)
    cursor = dialog.editor.textCursor()
    if end:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    dialog.editor.setTextCursor(cursor)


def problems_shown(qtbot, dialog, text: str) -> str:
    qtbot.waitUntil(lambda: any(text in p for p in dialog.problem_texts()), timeout=2000)
    return next(p for p in dialog.problem_texts() if text in p)


def test_duplicate_a_builtin_template_a_typo_is_refused_then_the_fixed_copy_is_saved(qtbot, editor):
    original = builtin("supply_en")
    count = len(contract_service.list_templates())
    assert "built-in" in editor.templates.currentItem().text(0)
    assert editor.problem_texts() == [] and "No problems" in editor.problems_heading.text()

    qtbot.keyClick(editor.editor, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Duplicate
    assert editor.template_id is None
    assert editor.name.text() == "Supply contract (English) (copy)"
    assert "name: Supply contract (English) (copy)" in editor.editor.toPlainText().split("\n")[0]

    put_cursor(editor, 8)
    qtbot.keyClicks(editor.editor, " Buyer: {{ client.nme }}.")
    problem = problems_shown(qtbot, editor, "client.nme")
    assert problem.startswith("Line 8: Unknown placeholder “client.nme”")
    assert "client.name" in problem  # did you mean
    assert editor.editor.problem_lines == {8}
    assert "1 problem" in editor.problems_heading.text()

    qtbot.keyClick(editor.editor, Qt.Key.Key_S, CTRL)  # Save: refused, the problem named
    assert "Not saved" in editor.status.text()
    assert len(contract_service.list_templates()) == count
    assert editor.template_id is None and editor.isWindowModified()

    found = editor.editor.document().find("client.nme")
    editor.editor.setTextCursor(found)
    qtbot.keyClicks(editor.editor, "client.name")
    qtbot.waitUntil(lambda: editor.problem_texts() == [], timeout=2000)
    assert editor.editor.problem_lines == set()

    qtbot.keyClick(editor.editor, Qt.Key.Key_S, CTRL)
    assert editor.template_id is not None and not editor.isWindowModified()
    saved = contract_service.get_template(editor.template_id)
    assert saved.name == "Supply contract (English) (copy)" and not saved.builtin
    assert saved.source.split("\n")[7].endswith(" Buyer: {{ client.name }}.")
    assert len(contract_service.list_templates()) == count + 1
    assert contract_service.get_template(original.id).source == original.source  # the built-in is untouched
    assert editor.templates.currentItem().data(0, Qt.ItemDataRole.UserRole) == saved.id


def test_an_unclosed_if_is_a_syntax_error_on_its_line_and_double_click_goes_there(qtbot, editor):
    qtbot.keyClick(editor.editor, Qt.Key.Key_N, CTRL)  # a new template
    assert editor.template_id is None and editor.name.text() == "New template"
    source = editor.editor.toPlainText()
    assert check_template(source) == []
    put_cursor(editor, 7, end=False)  # "# Subject"
    qtbot.keyClicks(editor.editor, "{% if client.on_credit %}")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    expected = check_template(editor.editor.toPlainText())
    assert len(expected) == 1  # Jinja names the end of the template…
    problem = problems_shown(qtbot, editor, "Syntax error")
    assert problem.startswith(f"Line {expected[0].line}: Syntax error")
    assert "endif" in problem
    # … and the editor adds the line where the block opened
    assert editor.problem_texts()[0].startswith("Line 7: “{% if %}” opened here is not closed")
    assert editor.editor.problem_lines == {7, expected[0].line}

    editor.editor.go_to_line(1)
    editor.problems.itemDoubleClicked.emit(editor.problems.item(0))
    assert editor.editor.textCursor().blockNumber() + 1 == 7
    qtbot.keyClick(editor.editor, Qt.Key.Key_F8)  # the next problem
    assert editor.editor.textCursor().blockNumber() + 1 == expected[0].line

    assert editor.save() is False
    assert all(t.name != "New template" for t in contract_service.list_templates())


def test_insert_a_placeholder_from_the_menu_grouped_by_root(qtbot, editor):
    menus = {action.text(): action.menu() for action in editor.placeholder_menu.actions() if action.menu()}
    assert {"Our company", "Client", "Contact person", "Account manager", "Contract"} <= set(menus)
    client_actions = [action.text() for action in menus["Client"].actions()]
    assert "tax_number — the client's tax number" in client_actions

    put_cursor(editor, 8)
    qtbot.keyClicks(editor.editor, " Tax: ")
    editor.placeholder_action("client.tax_number").trigger()
    assert editor.editor.textCursor().block().text().endswith(" Tax: {{ client.tax_number }}")

    qtbot.keyClicks(editor.editor, " Court: {{ ")  # after a typed "{{" only the rest is inserted
    editor.placeholder_action("company.city").trigger()
    assert editor.editor.textCursor().block().text().endswith(" Court: {{ company.city }}")
    qtbot.waitUntil(lambda: "Budapest" in editor.preview_text() and editor.problem_texts() == [], timeout=2000)


def test_insert_condition_wraps_the_selected_lines(qtbot, editor):
    qtbot.keyClick(editor.editor, Qt.Key.Key_N, CTRL)
    put_cursor(editor, 8, end=False)  # "The first clause of the first section."
    editor.wrap_in_condition("contract.has_amount")
    lines = editor.editor.toPlainText().split("\n")
    assert lines[7:10] == ["{% if contract.has_amount %}", "The first clause of the first section.", "{% endif %}"]
    editor.refresh()
    settled(qtbot, editor)
    assert editor.problem_texts() == []


def test_preview_with_a_chosen_client_shows_its_name_and_the_missing_data(qtbot, editor, clients):
    # without a client: the sample client
    assert "Őrségi Tejüzem" in editor.preview_text()
    assert "1. Subject of the Contract" in editor.preview_text()
    assert "1.1. The Supplier shall sell" in editor.preview_text().replace("\u2029", "\n")
    client = clients[0]  # Kovács és Társa Kft., no tax number
    qtbot.keyClick(editor, Qt.Key.Key_L, CTRL)
    assert editor.client_edit.hasFocus()
    editor.set_preview_client(client.id, client.name)
    settled(qtbot, editor)
    assert "Kovács és Társa Kft." in editor.preview_text()
    assert "Őrségi" not in editor.preview_text()
    assert editor.missing.isVisible()
    assert "The template prints the client's tax number, which is empty." in editor.missing.text()

    # typing accented text shows in the preview as it is typed
    put_cursor(editor, 8)
    type_text(editor.editor, " Őszi záradék Жук.")
    qtbot.waitUntil(lambda: "Őszi záradék Жук." in editor.preview_text(), timeout=2000)

    editor.set_preview_client(None)
    settled(qtbot, editor)
    assert "Őrségi Tejüzem" in editor.preview_text()


def test_the_fields_and_the_front_matter_stay_in_step(qtbot, editor):
    qtbot.keyClick(editor.editor, Qt.Key.Key_N, CTRL)
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Service terms")
    assert editor.editor.toPlainText().startswith("name: Service terms\n")
    editor.kind.setCurrentIndex(editor.kind.findData("service"))
    editor.kind.activated.emit(editor.kind.currentIndex())
    assert "\nkind: service\n" in editor.editor.toPlainText()

    found = editor.editor.document().find("language: en")
    editor.editor.setTextCursor(found)
    qtbot.keyClicks(editor.editor, "language: hu")
    qtbot.waitUntil(lambda: editor.language.currentData() == "hu", timeout=2000)
    assert editor.save()
    saved = contract_service.get_template(editor.template_id)
    assert (saved.name, saved.kind, saved.language) == ("Service terms", "service", "hu")


def test_closing_asks_before_losing_unsaved_changes(qtbot, editor, monkeypatch):
    put_cursor(editor, 8)
    qtbot.keyClicks(editor.editor, " More.")
    answers = []

    def answer(button):
        def ask(*args, **kwargs):
            answers.append(args[2])
            return button
        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and len(answers) == 1 and "unsaved changes" in answers[0]

    # another template chosen while changed: Cancel keeps the text and the selection
    current = editor.template_id
    editor.templates.setCurrentItem(editor._item_for(builtin("supply_hu").id))
    assert editor.template_id == current and " More." in editor.editor.toPlainText()

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    editor.reject()
    assert not editor.isVisible()
    assert " More." not in contract_service.get_template(current).source


def test_archive_hides_a_template_and_restore_brings_it_back(qtbot, editor):
    template = builtin("supply_en")
    editor.archive_button.click()
    assert contract_service.get_template(template.id).archived_at is not None
    assert editor._item_for(template.id) is None
    assert editor.archive_button.text().replace("&", "") == "Restore"
    editor.show_archived.setChecked(True)
    assert "(archived)" in editor._item_for(template.id).text(0)
    editor.archive_button.click()
    assert contract_service.get_template(template.id).archived_at is None


def test_company_page_saves_the_renewal_reminder_days_and_the_largest_attachment(qtbot, company):
    from kamdesk.gui.company import CompanyPage

    page = CompanyPage()
    qtbot.addWidget(page)
    assert page.renewal_days.value() == contract_service.renewal_days() == 60
    assert page.attachment_max_mb.value() == contract_service.attachment_limit_mb() == 50
    page.renewal_days.setValue(45)
    page.attachment_max_mb.setValue(12)
    with qtbot.waitSignal(page.changed):
        page.save_contract_settings()
    assert contract_service.renewal_days() == 45 and contract_service.attachment_limit_mb() == 12
    again = CompanyPage()
    qtbot.addWidget(again)
    assert again.renewal_days.value() == 45 and again.attachment_max_mb.value() == 12


def test_a_template_that_never_ends_leaves_the_window_working_and_a_newer_text_wins(qtbot, editor, monkeypatch):
    from PySide6.QtCore import QTimer

    from kamdesk.core.documents import template_worker

    monkeypatch.setattr(template_worker, "MAX_SECONDS", 0.5)  # the limit, shortened for the test

    endless = ("name: Endless\n---\n{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}\n"
               "# Subject\nEndless goods.\n")
    fixed = "name: Fixed\n---\n# Subject\nGoods of the catalogue.\n"
    checked = []  # the texts whose problems were shown
    show_problems = editor._set_problems
    editor._set_problems = lambda source, problems: (checked.append(source), show_problems(source, problems))
    editor.editor.setPlainText(endless)
    editor.refresh()  # the check and the render run in the background: the render takes its time limit
    assert editor.checking
    seen = []  # whether the check was still running at each tick of a timer on the GUI thread
    ticker = QTimer(editor)
    ticker.timeout.connect(lambda: seen.append(editor.checking))
    ticker.start(10)
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=10000)
    editor.editor.setPlainText(fixed)  # typed while the endless render runs: this text wins
    settled(qtbot, editor)
    ticker.stop()
    assert seen[0]  # the GUI thread handled events while the endless template was being filled in
    assert checked == [fixed]  # the endless text's results came after the newer text: dropped
    assert editor.problem_texts() == []
    assert "Goods of the catalogue." in editor.preview_text() and "Endless" not in editor.preview_text()
    assert not editor.missing.isVisible() or "longer than" not in editor.missing.text()


def test_a_template_that_never_ends_is_listed_as_a_problem_on_its_line(qtbot, editor, monkeypatch):
    """Running out of time is a problem of the text like a syntax error: on its line, under the editor, in red."""
    from kamdesk.core.documents import template_worker

    monkeypatch.setattr(template_worker, "MAX_SECONDS", 0.3)
    editor.editor.setPlainText("name: Endless\n---\n# Subject\n"
                               "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}\n")
    editor.refresh()
    settled(qtbot, editor)
    assert len(editor.problem_texts()) == 1
    assert editor.problem_texts()[0].startswith("Line 4:") and "longer than" in editor.problem_texts()[0]
    assert "fix it before saving" in editor.problems_heading.text()
    assert "as it was before the problems" in editor.missing.text()


def test_saving_at_once_waits_for_the_check_with_the_window_working_and_refuses_an_endless_template(
        qtbot, editor, monkeypatch):
    """Ctrl+S before the check ran: the check runs in the background (the GUI thread keeps handling events) and
    its problem, found by filling the template in, refuses the save."""
    from PySide6.QtCore import QTimer

    from kamdesk.core.documents import template_worker

    monkeypatch.setattr(template_worker, "MAX_SECONDS", 0.3)
    editor.editor.setPlainText("name: Endless\n---\n# Subject\n"
                               "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}\n")
    ticks = []
    ticker = QTimer(editor)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(10)
    assert not editor.save()
    ticker.stop()
    assert len(ticks) >= 5  # the window handled events while the template ran out of its time
    assert editor.problem_texts()[0].startswith("Line 4:") and "Not saved" in editor.status.text()
    assert all(t.name != "Endless" for t in contract_service.list_templates(include_archived=True))
