"""The Hungarian and Russian translations: complete, consistent, compiled, and used by the windows."""

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QStackedWidget, QTabBar, QWidget

from kamdesk.gui.main_window import MainWindow
from kamdesk.resources_path import resource

LANGUAGES = {"hu": "hu_HU", "ru": "ru_RU"}
NUMERUS_FORMS = {"hu": 1, "ru": 3}  # Qt's plural rules: Hungarian has one form, Russian three
TRANSLATIONS = resource("translations")
PLACEHOLDER = re.compile(r"%(?:n|L?\d)|\{\w+\}")  # Qt's %1, %n and the core Messages' {name}
MNEMONIC = re.compile(r"&(?![&\s])")  # "&&" and "& " are the sign itself

# Looked up at run time through QCoreApplication.translate with an explicit context (not self.tr):
# if the code and the .ts ever disagree on the context again, these stay English. These checks catch that.
RUNTIME_ONLY = [
    ("Errors", "Unexpected error"),
    ("ClientExport", "Export clients"),
    ("PartyLabels", "Active"),
    ("PartyLabels", "Incoming call"),
    ("ClientCard", "Contact %1"),
    ("App", "kamdesk cannot open the database"),
]


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"kamdesk_{lang}.ts"


def messages(lang: str):
    """(context, message element) for every message lupdate still finds in the code or forms."""
    root = ET.parse(ts_path(lang)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                yield name, message


def translations_of(message) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease (from PySide6) is needed to compile the translations"
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_declares_its_language(lang):
    assert ET.parse(ts_path(lang)).getroot().get("language") == LANGUAGES[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang):
    problems = []
    count = 0
    for context, message in messages(lang):
        count += 1
        source = message.findtext("source")
        where = f"{context}: {source!r}"
        if message.find("translation").get("type") == "unfinished":
            problems.append(f"unfinished {where}")
            continue
        texts = translations_of(message)
        if message.get("numerus") == "yes" and len(texts) != NUMERUS_FORMS[lang]:
            problems.append(f"{len(texts)} plural forms instead of {NUMERUS_FORMS[lang]}: {where}")
        for text in texts:
            if not text.strip():
                problems.append(f"empty translation {where}")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ in {text!r} for {where}")
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                problems.append(f"accelerator (&) lost or doubled in {text!r} for {where}")
            for ending in ("…", ":"):
                if source.endswith(ending) != text.endswith(ending):
                    problems.append(f"ending {ending!r} not kept in {text!r} for {where}")
            if source.startswith(" ") != text.startswith(" "):
                problems.append(f"leading space not kept in {text!r} for {where}")
    assert count > 200
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_accelerators_are_unique_in_the_main_menus(lang, translated_ui):
    """Alt+letter reaches one menu of the menu bar and one item within each menu."""
    window = translated_ui(lang)
    bar = window.menuBar().actions()

    def mnemonic(text: str) -> str:
        match = MNEMONIC.search(text)
        assert match, f"no accelerator in {text!r}"
        return text[match.end()].lower()

    letters = [mnemonic(action.text()) for action in bar]
    assert len(set(letters)) == len(letters), [a.text() for a in bar]
    for menu_action in bar:
        items = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        letters = [mnemonic(text) for text in items]
        assert len(set(letters)) == len(letters), items


def accelerator_clashes(dialog) -> list[tuple[str, str]]:
    """Texts of `dialog` that are shown together and share their Alt+letter.

    Labels, buttons, group boxes and tabs count; what is on another page of a tab or
    stacked widget is not shown together, and what is hidden has no accelerator.
    """
    holders = []
    for widget in dialog.findChildren(QWidget):
        if widget.isHidden() or widget.window() is not dialog:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        else:
            texts = []
        for text in texts:
            match = MNEMONIC.search(text)
            if match and match.end() < len(text):
                holders.append((text[match.end()].lower(), text, _pages(widget, dialog)))
    return [(text, other) for n, (letter, text, pages) in enumerate(holders)
            for other_letter, other, other_pages in holders[n + 1:]
            if letter == other_letter and all(pages[k] == other_pages[k] for k in pages.keys() & other_pages.keys())]


def _pages(widget, window) -> dict[int, int]:
    """The page of each stacked widget (tab widgets have one) that `widget` is on."""
    pages = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget):
            pages[id(parent)] = parent.indexOf(child)
        child, parent = parent, parent.parentWidget()
    return pages


def _dialogs(client_id: int) -> dict:
    """Every dialog of the application (and the Company page, a window of its own here), built for the client,
    an order, an offer and an activity."""
    from kamdesk.core.services import activity as activity_service
    from kamdesk.core.services import catalogue, sale
    from kamdesk.core.services import offer as offer_service
    from kamdesk.gui.activity.activity_dialog import ActivityDialog
    from kamdesk.gui.activity.complete_dialog import CompleteDialog
    from kamdesk.gui.company import CompanyPage, FirstRunDialog
    from kamdesk.gui.contract.contract_dialog import ContractDialog, ObligationDialog, SignDialog, TerminateDialog
    from kamdesk.gui.contract.contracts_page import ClientChooser
    from kamdesk.gui.contract.template_editor import TemplateEditor
    from kamdesk.gui.mail.package_dialog import PackageDialog
    from kamdesk.gui.party.client_card import ClientCard, ContactDialog
    from kamdesk.gui.product.catalogue_page import PriceColumnDialog, ProductDialog, PromotionDialog
    from kamdesk.gui.sale.offer_entry import RejectOfferDialog
    from kamdesk.gui.sale.order_entry import CancelOrderDialog, CreditDialog, ShipDialog

    column = catalogue.save_price_column("Lista", is_default=True)
    product = catalogue.save_product({"sku": "VAJ-250", "name": "Vaj 250 g", "unit": "db", "vat_rate": 18})
    catalogue.set_price(product.id, column.id, Decimal(890))
    lines = [sale.LineRequest(product.id, Decimal(2), Decimal(0))]
    order = sale.save_order({"client_id": client_id}, lines)
    offer = offer_service.save_offer({"client_id": client_id}, lines)
    start = dt.datetime.combine(dt.date.today(), dt.time(10), activity_service.local_zone())
    activity = activity_service.create_activity({"kind": "call", "client_id": client_id, "start": start})
    return {
        "FirstRunDialog": FirstRunDialog, "CompanyPage": CompanyPage, "ClientCard": lambda: ClientCard(client_id), "ContactDialog": ContactDialog,
        "ActivityDialog": lambda: ActivityDialog(activity.id), "CompleteDialog": lambda: CompleteDialog(activity.id),
        "ProductDialog": ProductDialog, "PriceColumnDialog": PriceColumnDialog, "PromotionDialog": PromotionDialog,
        "ContractDialog": lambda: ContractDialog(None, client_id=client_id), "SignDialog": lambda: SignDialog("1"),
        "TerminateDialog": lambda: TerminateDialog("1"), "ObligationDialog": lambda: ObligationDialog(print),
        "TemplateEditor": TemplateEditor, "ClientChooser": ClientChooser,
        "CancelOrderDialog": lambda: CancelOrderDialog(order.id), "ShipDialog": lambda: ShipDialog(order.id),
        "RejectOfferDialog": lambda: RejectOfferDialog(offer.id),
        "CreditDialog": lambda: CreditDialog(sale.credit_status(client_id, Decimal(10**9)), "HUF", True),
        "PackageDialog": lambda: PackageDialog(client_id),
    }


DIALOGS = ["FirstRunDialog", "ClientCard", "ContactDialog", "CompleteDialog", "ProductDialog", "PriceColumnDialog",
           "PromotionDialog", "SignDialog", "TerminateDialog", "ObligationDialog", "TemplateEditor", "ClientChooser",
           "CancelOrderDialog", "ShipDialog", "RejectOfferDialog", "CreditDialog", "ActivityDialog", "ContractDialog",
           "CompanyPage", "PackageDialog"]


@pytest.mark.parametrize("dialog_name", DIALOGS)
@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_accelerators_are_unique_in_every_dialog(lang, dialog_name, translated_ui, clients, qtbot):
    """Alt+letter reaches one field or button of what a dialog shows at a time."""
    translated_ui(lang)
    dialog = _dialogs(clients[0].id)[dialog_name]()
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_unsaved_changes", lambda: False))
    assert accelerator_clashes(dialog) == []


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_contract_dialog_accelerators_are_unique_in_every_state_and_tab(lang, translated_ui, clients, qtbot):
    """The contract's buttons change with its state and the side tabs with the user: every combination counts."""
    translated_ui(lang)
    dialog = _dialogs(clients[0].id)["ContractDialog"]()
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_unsaved_changes", lambda: False))
    clashes = {}
    from kamdesk.core.models import Contract
    from kamdesk.core.services import contract as contract_service

    for state in contract_service.CONTRACT.names():
        dialog._actions = contract_service.actions(Contract(state=state))  # what the buttons follow
        dialog._update_buttons()
        for index in range(dialog.side_tabs.count()):
            dialog.side_tabs.setTabEnabled(index, True)
            dialog.side_tabs.setCurrentIndex(index)
            if found := accelerator_clashes(dialog):
                clashes[state, dialog.side_tabs.tabText(index)] = found
    assert clashes == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_qm_is_up_to_date(lang, tmp_path):
    fresh = tmp_path / f"kamdesk_{lang}.qm"
    subprocess.run([lrelease(), "-silent", str(ts_path(lang)), "-qm", str(fresh)], check=True)
    committed = TRANSLATIONS / f"kamdesk_{lang}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is older than {ts_path(lang).name}: run pyside6-lrelease on it")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_found_in_the_compiled_file(lang):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"kamdesk_{lang}.qm"))
    missing = []
    for context, message in messages(lang):
        source = message.findtext("source")
        n = 5 if message.get("numerus") == "yes" else -1
        if not translator.translate(context, source, None, n):
            missing.append(f"{context}: {source!r}")
    for context, source in RUNTIME_ONLY:
        if not translator.translate(context, source):
            missing.append(f"{context}: {source!r} (the context the code uses)")
    assert not missing, "\n".join(missing)


@pytest.fixture
def translated_ui(qtbot, clients, language):
    """Builds a MainWindow in `lang` (kamdesk's and Qt's translations and the locale; see `language`)."""

    def build(lang: str) -> MainWindow:
        language(lang)
        window = MainWindow()
        qtbot.addWidget(window)
        return window

    return build


EXPECTED = {
    "hu": {
        "menus": ["&Fájl", "&Szerkesztés", "&Nézet", "Sú&gó"],
        "navigation": ["Ügyfelek", "Naptár", "Rendelések", "Termékkatalógus", "Saját cég", "Ajánlatok",
                       "Szerződések", "Kintlévőségek", "Visszáru és elutasítások", "Reklamációk", "Tervek és KPI-k",
                       "Versenytársak", "Kimutatások", "Elemzések",
                       "Adminisztráció"],
        "headers": ["Név", "Város", "Szegmens", "Státusz", "Üzletkötő", "Kulcsügyfél", "Telefon", "Utoljára",
                    "Legközelebb"],
        "count": "4 ügyfél",
        "status": "Aktív",
        "card_tabs": ["&Általános", "&Címek", "&Hitel és megbízhatóság", "&Kapcsolattartók", "&Tevékenységek",
                      "&Értékesítés", "Előzmén&yek", "Sz&erződések", "K&intlévőségek", "&Reklamációk",
                      "Versenytársak", "E-mail", "&Jegyzetek"],
        "card_labels": {"tax_number_label": "Adószám:", "credit_limit_label": "Hitelkeret:",
                        "payment_terms_days_label": "Fizetési határidő:"},
        "key_account": "Kulcsügyfél",
        "calendar": {"today": "&Ma", "new": "Ú&j tevékenység…", "agenda": "Napirend",
                     "agenda_today": "Ma, ", "suggestions": "Heti terv"},
        "orders": {"new": "Ú&j rendelés", "tab": "&Rendelések", "all_states": "Minden állapot", "draft": "Piszkozat",
                   "headers": ["Rendelésszám", "Dátum", "Ügyfél", "Üzletkötő", "Állapot", "Bruttó összeg",
                               "Jóváhagyás"],
                   "count": "0 rendelés"},
    },
    "ru": {
        "menus": ["&Файл", "&Правка", "&Вид", "&Справка"],
        "navigation": ["Клиенты", "Календарь", "Заказы", "Каталог", "Компания", "Предложения", "Договоры",
                       "Дебиторская задолженность", "Отказы и возвраты", "Рекламации", "Планы и KPI", "Конкуренты",
                       "Отчеты", "Аналитика", "Администрирование"],
        "headers": ["Название", "Город", "Сегмент", "Статус", "Менеджер", "Ключевой", "Телефон", "Посл. связь",
                    "След. связь"],
        "count": "Клиентов: 4",
        "status": "Активный",
        "card_tabs": ["&Общие", "&Адреса", "&Кредит и надежность", "Ко&нтакты", "Ак&тивности", "&Продажи",
                      "Истори&я", "&Договоры", "Взаиморас&четы", "&Рекламации", "Конкуренты",
                      "Эл. почта", "&Заметки"],
        "card_labels": {"tax_number_label": "ИНН:", "credit_limit_label": "Кредитный лимит:",
                        "payment_terms_days_label": "Отсрочка платежа:"},
        "key_account": "Ключевой клиент",
        "calendar": {"today": "Се&годня", "new": "&Новая активность…", "agenda": "Повестка дня",
                     "agenda_today": "Сегодня, ", "suggestions": "План на неделю"},
        "orders": {"new": "&Новый заказ", "tab": "&Заказы", "all_states": "Все статусы", "draft": "Черновик",
                   "headers": ["Номер заказа", "Дата", "Клиент", "Менеджер", "Статус", "Итого с НДС",
                               "Согласование"],
                   "count": "Заказов: 0"},
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_window_speaks_the_language(lang, translated_ui):
    expected = EXPECTED[lang]
    window = translated_ui(lang)
    assert [action.text() for action in window.menuBar().actions()] == expected["menus"]
    navigation = window.navigation
    shown = [row for row in range(navigation.count()) if not navigation.isRowHidden(row)]  # mail, letters: no page
    assert [navigation.item(row).text() for row in shown] == expected["navigation"]
    model = window.clients.model
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())] == expected["headers"]
    assert window.clients.count_label.text() == expected["count"]
    assert model.index(0, 3).data() == expected["status"]  # the status column, from PartyLabels


@pytest.mark.parametrize("lang", LANGUAGES)
def test_client_card_speaks_the_language(lang, translated_ui, clients):
    from kamdesk.gui.party.client_card import ClientCard

    expected = EXPECTED[lang]
    translated_ui(lang)
    card = ClientCard(clients[0].id)
    try:
        tabs = card.ui.tabs
        assert [tabs.tabText(index) for index in range(tabs.count())] == expected["card_tabs"]
        for name, text in expected["card_labels"].items():
            assert getattr(card.ui, name).text() == text
        assert card.ui.key_account.text() == expected["key_account"]
        assert card.ui.status.currentText() == expected["status"]
    finally:
        card.deleteLater()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_calendar_page_speaks_the_language(lang, translated_ui):
    from kamdesk.gui.activity.calendar_page import CalendarPage

    expected = EXPECTED[lang]["calendar"]
    translated_ui(lang)
    page = CalendarPage()
    try:
        assert page.today_button.text() == expected["today"]
        assert page.new_button.text() == expected["new"]
        assert page.agenda_title.text() == expected["agenda"]
        assert page.agenda.topLevelItem(0).text(0).startswith(expected["agenda_today"])  # "Today, <date> (n)"
        assert page.suggestions.title.text().startswith(expected["suggestions"])  # "Plan my week (n)" or without n
    finally:
        page.deleteLater()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_orders_page_speaks_the_language(lang, translated_ui):
    from kamdesk.gui.sale.orders_page import OrdersPage

    expected = EXPECTED[lang]["orders"]
    translated_ui(lang)
    page = OrdersPage()
    try:
        assert page.new_button.text() == expected["new"]
        assert page.tabs.tabText(0) == expected["tab"]
        model = page.model
        assert [model.headerData(column, Qt.Orientation.Horizontal)
                for column in range(model.columnCount())] == expected["headers"]
        assert page.state.itemText(0) == expected["all_states"]
        assert page.state.itemText(page.state.findData("draft")) == expected["draft"]  # the ORDER workflow's title
        assert page.count_label.text() == expected["count"]
    finally:
        page.entry._set_dirty(False)
        page.deleteLater()


def test_english_is_back_after_a_translated_window(qtbot, clients):
    """The fixture above removed its translators: a window built now is in English."""
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert QCoreApplication.translate("PartyLabels", "Active") == "Active"



@pytest.fixture
def app_language(qapp):
    """Puts back what install_translations changes: the application's own translators and the default locale."""
    previous_locale = QLocale()
    yield
    from kamdesk.gui import app

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    app._installed.clear()  # deleted above: the next install_translations must not remove them again
    QLocale.setDefault(previous_locale)


def test_the_language_chosen_on_the_company_page_is_spoken_at_the_next_start(qtbot, qapp, clients, app_language):
    from kamdesk.core.services import company as company_service
    from kamdesk.gui.app import install_translations
    from kamdesk.gui.company import CompanyPage

    page = CompanyPage()
    qtbot.addWidget(page)
    assert page.language.currentData() == "system" and not page.save_language_button.isEnabled()
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_M)  # "Magyar"
    assert page.save_language_button.isEnabled()
    qtbot.mouseClick(page.save_language_button, Qt.MouseButton.LeftButton)
    assert company_service.language() == "hu" and not page.has_unsaved_changes()

    install_translations(qapp, company_service.language())  # what run_gui does once the database is open
    window = MainWindow()
    qtbot.addWidget(window)
    assert [action.text() for action in window.menuBar().actions()] == EXPECTED["hu"]["menus"]
    assert QLocale().decimalPoint() == ","  # numbers and dates the Hungarian way too

    install_translations(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File" and QLocale().decimalPoint() == "."
