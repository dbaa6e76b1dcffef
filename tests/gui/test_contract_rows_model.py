"""The contract register's row models: codes shown by their labels (an unknown code as it is), counts in the
user's locale, and what each model adds of its own."""

import datetime as dt

from PySide6.QtCore import QLocale

from kamdesk.gui.contract.contracts_page import OverdueModel, OverdueRow, RenewalRow, RenewalsModel


def overdue(kind: str, party: str) -> OverdueRow:
    return OverdueRow(id=1, contract_id=2, number="K-1", client_id=3, client="Tejbolt", due_date=dt.date(2026, 3, 1),
                      kind=kind, party=party, description="Szállítás", days_late=1234)


def test_overdue_rows_show_labels_counts_and_plain_values(qapp):
    model, row = OverdueModel(), overdue("payment", "us")
    assert model.display(row, "kind") == "Payment"
    assert model.display(row, "party") == "We"
    assert model.display(row, "days_late") == QLocale().toString(1234)
    assert model.display(row, "description") == "Szállítás"


def test_an_unknown_code_is_shown_as_it_is(qapp):
    assert OverdueModel().display(overdue("barter", "third"), "kind") == "barter"


def test_renewal_rows_keep_their_own_columns(qapp):
    model = RenewalsModel()
    row = RenewalRow(id=1, number="K-1", client_id=3, client="Tejbolt", end_date=dt.date(2026, 12, 31),
                     notice_date=None, days_left=2000, auto_renewal=True)
    assert model.display(row, "days_left") == QLocale().toString(2000)
    assert model.display(row, "auto_renewal") == "yes"
    assert model.display(row, "notice_date") == ""
