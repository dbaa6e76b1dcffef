"""The settlement services on the team server as real logins: the office records the money, a complaint's
responsible person handles it without managing its client, heads and admins decide credit and collection days."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import PermissionDenied
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.server import security
from kamdesk.core.services import company as company_service
from kamdesk.core.services import complaint as complaints
from kamdesk.core.services import dunning, receivables, settlement_entry


def test_a_head_records_an_invoice_and_the_payment_that_settles_it_for_a_team_client(team):
    kdb.connect(team.url_of("h1"))
    bill = settlement_entry.save_invoice({"number": "SZ-7", "client": team.clients["m1"], "issue_date":
                                          dt.date.today(), "net_amount": D(1000), "vat_amount": D(270),
                                          "gross_amount": D(1270)})
    paid = settlement_entry.save_payment({"client": team.clients["m1"], "paid_on": dt.date.today(),
                                          "amount": "1000", "remark": "SZ-7"})
    kdb.close()
    kdb.connect(team.url_of("m1"))
    assert Invoice.get_by_id(bill.id).open_amount == D(270)  # reallocated as the head
    assert Payment.get_by_id(paid.id).unallocated == D(0)
    with pytest.raises(PermissionDenied):  # a manager reads the money, the office records it
        receivables.allocate_by_hand(paid.id, bill.id, D(1))


def test_the_responsible_person_lists_and_investigates_a_complaint_of_another_managers_client(team):
    kdb.connect(team.url_of("m1"))
    saved = complaints.save_complaint({"client_id": team.clients["m1"], "description": "Three crates short",
                                       "responsible_id": team.managers["m3"]})
    kdb.close()
    kdb.connect(team.url_of("m3"))
    listed = {view.number: view for view in complaints.list_complaints(responsible_id=team.managers["m3"])}
    assert sorted(listed) == sorted([saved.number, "CMP-m3"])  # theirs, and the one given them
    assert (listed[saved.number].client_id, listed[saved.number].client) == (team.clients["m1"], "")
    complaint = complaints.get_complaint(saved.id)
    values = {"client_id": complaint.client_id, "order_line_id": complaint.order_line_id,
              "product_id": complaint.product_id, "description": complaint.description, "deadline":
              complaint.deadline, "responsible_id": team.managers["m3"], "row_version": complaint.row_version}
    moved = complaints.save_and_move(values, saved.id, "investigate")
    assert (moved.state, moved.client_id) == ("investigating", team.clients["m1"])
    kdb.close()
    kdb.connect(team.url_of("m2"))
    assert saved.number not in {view.number for view in complaints.list_complaints()}


def test_a_manager_changes_neither_the_overdue_block_nor_the_dunning_days(team):
    kdb.connect(team.url_of("m1"))
    with pytest.raises(PermissionDenied):
        dunning.set_step_days({"reminder": 5, "first_notice": 20, "second_notice": 40, "final": 90})
    with pytest.raises(PermissionDenied) as refused:  # past the service, the server says it in plain words
        company_service.set_setting("credit_block_overdue_days", "0")
    assert refused.value.message is security.SETTING_REFUSED
    kdb.close()
    kdb.connect(team.url_of("h1"))
    dunning.set_step_days({"reminder": 5, "first_notice": 20, "second_notice": 40, "final": 90})
    assert dunning.step_days()["final"] == 90
