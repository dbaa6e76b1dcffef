"""The Company page's credit control: after how many days overdue debt blocks new orders."""

from kamdesk.core.services import sale
from kamdesk.gui.company import CompanyPage


def type_days(qtbot, page: CompanyPage, text: str) -> None:
    spin = page.block_overdue_days
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def test_the_company_page_saves_when_overdue_debt_blocks_orders(qtbot, company):
    page = CompanyPage()
    qtbot.addWidget(page)
    page.show()
    assert page.block_overdue_days.value() == sale.overdue_block_days() == 30
    assert not page.save_credit_button.isEnabled()
    type_days(qtbot, page, "0")
    assert page.block_overdue_days.value() == 0 and page.save_credit_button.isEnabled()
    with qtbot.waitSignal(page.changed):
        page.save_credit_button.click()
    assert sale.overdue_block_days() == 0 and not page.has_unsaved_changes()
    again = CompanyPage()
    qtbot.addWidget(again)
    assert again.block_overdue_days.text() == "never"
    type_days(qtbot, page, "60")
    assert page.save_changes()  # Ctrl+S saves every changed part
    assert sale.overdue_block_days() == 60
