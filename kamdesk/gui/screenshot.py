"""`kamdesk screenshot VIEW OUT.png`: render a view offscreen, for the README and for checks."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message


def take_screenshot(database_url: str | None, view: str, out: Path, size: tuple[int, int]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from kamdesk.core import db
    from kamdesk.core.services import company as company_service
    from kamdesk.gui.app import create_app, install_translations

    app = create_app()
    # window state goes to a throw-away folder: a screenshot never disturbs the user's settings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="kamdesk-shot-"))
    db.connect(database_url)
    install_translations(app, company_service.language())  # the desk's language, as the app speaks it
    widget = _build(view)
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    pixmap = widget.grab()
    if not pixmap.save(str(out)):
        raise KamdeskError(Message("Cannot write the screenshot to {file}.", file=str(out)))
    widget.close()
    QApplication.processEvents()
    del app


def _build(view: str):
    from kamdesk.gui import main_window as mw

    name, _, argument = view.partition(":")
    areas = {"clients": mw.AREA_CLIENTS, "main": mw.AREA_CLIENTS, "calendar": mw.AREA_CALENDAR,
             "orders": mw.AREA_ORDERS, "order": mw.AREA_ORDERS, "catalogue": mw.AREA_CATALOGUE,
             "company": mw.AREA_COMPANY, "offers": mw.AREA_OFFERS, "offer": mw.AREA_OFFERS,
             "contracts": mw.AREA_CONTRACTS}
    if name in areas and (name not in ("order", "offer") or argument):
        window = mw.MainWindow()
        window.show_area(areas[name])
        if name == "calendar" and argument:
            from kamdesk.core.services.activity import parse_iso_week

            window.calendar.show_week(parse_iso_week(argument))
        if name == "order":
            from kamdesk.core.services.sale import order_by_number

            window.orders.open_order(order_by_number(argument).id)
        if name == "offer":
            from kamdesk.core.services.offer import offer_by_number

            window.offers.open_offer(offer_by_number(argument).id)
        return window
    if name == "contract" and argument:
        from kamdesk.core.services.contract import contract_by_number
        from kamdesk.gui.contract.contract_dialog import ContractDialog

        return ContractDialog(contract_by_number(argument).id)
    if name == "client" and argument.isdigit():
        from kamdesk.core.services.party import get_client
        from kamdesk.gui.party.client_card import ClientCard

        get_client(int(argument))  # a clear error for an unknown id
        return ClientCard(int(argument))
    raise KamdeskError(Message("Unknown view “{view}”: use clients, calendar, calendar:2026-W49, orders, "
                               "order:<number>, offers, offer:<number>, contracts, contract:<number>, catalogue, "
                               "company or client:<id>.",
                               view=view))
