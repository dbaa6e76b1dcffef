"""The audit view as a user sees it: the client card's History tab (credit limit old → new, who, when) and the
whole trail for the Admin area; no History tab for whom the server does not let read the trail."""

from decimal import Decimal

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QTabWidget

from kamdesk.core.services import audit as audit_service
from kamdesk.gui.audit.audit_view import AuditView
from kamdesk.gui.formatting import format_amount
from kamdesk.gui.party.client_card import ClientCard
from tests import factories


def tab_texts(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]


def rows(view: AuditView) -> list[list[str]]:
    table = view.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_history_tab_shows_a_credit_limit_changed_in_the_card(qtbot, company):
    client = factories.client("Alfa Bt.", credit_limit=Decimal("100000"))
    card = ClientCard(client.id)
    qtbot.addWidget(card, before_close_func=lambda c: c.discard_changes())
    tabs = card.ui.tabs
    assert "History" in tab_texts(tabs)
    card.ui.credit_limit.setText(format_amount(Decimal("250000")))
    with qtbot.waitSignal(card.saved, timeout=2000):
        card.save()
    history = card.findChild(AuditView, "audit_view")
    newest = rows(history)[0]
    assert newest[1] == "Kiss Anna" and newest[2] == "Client changed" and newest[3] == "Alfa Bt."
    assert newest[4] == f"Credit limit: {format_amount(Decimal('100000'))} → {format_amount(Decimal('250000'))}"
    assert rows(history)[-1][2] == "Client added"


def test_no_history_tab_for_whom_the_trail_is_closed(qtbot, company, monkeypatch):
    client = factories.client("Alfa Bt.")
    monkeypatch.setattr(audit_service, "readable", lambda: False)
    card = ClientCard(client.id)
    qtbot.addWidget(card, before_close_func=lambda c: c.discard_changes())
    assert "History" not in tab_texts(card.ui.tabs)


def test_the_whole_trail_for_the_admin_page(qtbot, company):
    factories.client("Alfa Bt.")
    factories.client("Béta Kft.", credit_limit=Decimal("5000"))
    view = AuditView()
    qtbot.addWidget(view)
    view.show_all()
    shown = rows(view)
    assert [row[3] for row in shown[:2]] == ["Béta Kft.", "Alfa Bt."]
    assert "Credit limit: — → " + format_amount(Decimal("5000")) in shown[0][4]
    assert view.count_label.text() == f"{len(shown)} entries."


def test_the_admin_area_has_the_audit_trail_page(qtbot, company):
    from kamdesk.gui.admin.admin_page import AdminArea

    factories.client("Alfa Bt.", credit_limit=Decimal("5000"))
    admin = AdminArea()
    qtbot.addWidget(admin)
    titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    assert "Audit trail" in titles
    admin.tabs.setCurrentIndex(titles.index("Audit trail"))
    admin.show()
    page = admin.pages["audit"]
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    assert rows(page)[0][3] == "Alfa Bt."


class Hungarian(QTranslator):
    """Translates only the dunning step's title: enough to see the History tab ask for it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return "Első felszólítás" if source == "First notice" else None


def test_a_dunning_step_shows_by_its_title_in_the_users_language(qtbot, qapp, company):
    import datetime as dt

    from kamdesk.core.services import dunning
    from kamdesk.core.services import settlement_entry as entry

    client = factories.client("Alfa Bt.")
    today = dt.date.today()
    entry.save_invoice({"number": "SZ-1", "client": client.id, "issue_date": today - dt.timedelta(days=30),
                        "due_date": today - dt.timedelta(days=20), "gross_amount": "20000"})
    dunning.take_step(client.id, "first_notice")
    translator = Hungarian()
    qapp.installTranslator(translator)
    try:
        view = AuditView()
        qtbot.addWidget(view)
        view.show_client(client.id)
        step = next(row for row in rows(view) if row[2] == "Dunning step added")
    finally:
        qapp.removeTranslator(translator)
    assert step[3].startswith("Első felszólítás · ")
    assert "Step: — → Első felszólítás" in step[4] and "first_notice" not in step[4]
