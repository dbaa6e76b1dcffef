"""Client import (read, map, check, import) and export, with the files read back."""

import csv
import datetime
import re
from decimal import Decimal

import openpyxl
import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import ImportFileError, KamdeskError, ValidationError
from kamdesk.core.models import Client, Contact, Manager, Segment
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party, party_io
from kamdesk.core.services.client_search import ClientFilter, ClientSearch, search_clients
from kamdesk.core.services.spreadsheet_import import Table
from kamdesk.core.services.party_validation import check_phone, format_phone, hu_check_digit
from tests import factories


def hu_tax(seven: str, county: str = "42") -> str:
    return f"{seven}{hu_check_digit(seven)}-2-{county}"


TAX_A, TAX_B, TAX_C, TAX_D, TAX_E = (hu_tax(s) for s in ("1234567", "2345678", "3456789", "1357913", "2468024"))
BAD_TAX = "12345671-2-42"  # wrong check digit


def write_sheet(path, rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def names_of(problems):
    return [p.row_number for p in problems]


# ---------------------------------------------------------------- read_table

def test_read_xlsx_cells_as_text(tmp_path):
    path = write_sheet(tmp_path / "in.xlsx", [
        ["Név", "Adószám", "Fizetési határidő", "Ellenőrizve", "Hitelkeret", "INN"],
        ["Szőlő Űrhajó Kft.", TAX_A, 8.0, datetime.datetime(2024, 3, 15), 1234.5, 7707083893],
        [None, None, None, None, None, None],
        ["Иванов и партнёры", " 12345676-2-42 ", 30, datetime.date(2023, 1, 2), 5000000, None],
    ])

    table = party_io.read_table(path)

    assert table.headers == ["Név", "Adószám", "Fizetési határidő", "Ellenőrizve", "Hitelkeret", "INN"]
    assert table.rows == [
        ["Szőlő Űrhajó Kft.", TAX_A, "8", "2024-03-15", "1234.5", "7707083893"],
        ["Иванов и партнёры", "12345676-2-42", "30", "2023-01-02", "5000000", ""],
    ]
    assert table.row_numbers == [2, 4]  # the empty row 3 is skipped, numbering is the sheet's


def test_read_xlsx_drops_trailing_empty_columns_and_pads_short_rows(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Name", "City"])
    sheet.append(["Short"])
    sheet["E5"].value = None  # a touched but empty cell far right
    sheet["A3"].value = "Full"
    sheet["B3"].value = "Győr"
    workbook.save(tmp_path / "in.xlsx")

    table = party_io.read_table(tmp_path / "in.xlsx")

    assert table.headers == ["Name", "City"]
    assert table.rows == [["Short", ""], ["Full", "Győr"]]


HU_TEXT = "Név{d}Város{d}Adószám\nSzőlő Kft.{d}Győr{d}" + TAX_A + "\nŰrhajó és Társa Bt.{d}Pécs{d}\n"
RU_TEXT = ("Название{d}Город{d}ИНН\nООО «Ромашка» (Moscow){d}Москва{d}7707083893\n"
           "Иванов и партнёры{d}Санкт-Петербург{d}\n")


@pytest.mark.parametrize(("encoding", "delimiter", "text"), [
    ("utf-8-sig", ";", HU_TEXT + "Иван{d}Омск{d}\n"),
    ("utf-8", "|", RU_TEXT),
    ("cp1250", ",", HU_TEXT),
    ("cp1251", "\t", RU_TEXT),
    ("utf-16", ";", HU_TEXT + "Иван{d}Омск{d}\n"),
])
def test_read_csv_in_any_common_encoding_and_delimiter(tmp_path, encoding, delimiter, text):
    text = text.replace("{d}", delimiter)
    path = tmp_path / "in.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))

    table = party_io.read_table(path)

    expected = [line.split(delimiter) for line in text.strip("\n").split("\n")]
    assert table.headers == expected[0]
    assert table.rows == expected[1:]


def test_read_cp1250_and_cp1251_with_few_accents(tmp_path):
    (tmp_path / "hu.csv").write_bytes("Név;Város\nKovács Kft.;Budapest\nNagy Bt.;Szeged\n".encode("cp1250"))
    (tmp_path / "ru.csv").write_bytes("Name;City\nООО Вектор;Тверь\nAlfa;Omsk\n".encode("cp1251"))

    assert party_io.read_table(tmp_path / "hu.csv").rows[0] == ["Kovács Kft.", "Budapest"]
    assert party_io.read_table(tmp_path / "ru.csv").rows[0] == ["ООО Вектор", "Тверь"]


def test_read_csv_quoting_row_numbers_and_apostrophes(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text('Name;Notes;Phone\n"A; B Kft.";"two\nlines";\'+36 30 123 4567\n\n;;\nC Bt.;\'plain;\'=1+1\n',
                    encoding="utf-8")

    table = party_io.read_table(path)

    assert table.rows == [["A; B Kft.", "two\nlines", "+36 30 123 4567"], ["C Bt.", "'plain", "=1+1"]]
    assert table.row_numbers == [2, 5]  # records, as a spreadsheet numbers them


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b" \r\n;;\r\n", "is empty"),
    ("header.csv", "Név;Adószám\n".encode(), "no rows of data"),
    ("old.xls", b"\xd0\xcf\x11\xe0 whatever", "save it as .xlsx"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "cannot be read as an Excel workbook"),
    ("text.xlsx", b"Name;City\n", "cannot be read as an Excel workbook"),
    ("clients.pdf", b"%PDF-1.4", "use an Excel workbook (.xlsx) or a CSV file"),
])
def test_read_table_explains_files_it_cannot_read(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ImportFileError, match=re.escape(message)) as error:
        party_io.read_table(tmp_path / name)
    assert name in error.value.message


def test_read_a_workbook_whatever_its_extension(tmp_path):
    write_sheet(tmp_path / "clients.csv", [["Név"], ["Szőlő Kft."]])
    assert party_io.read_table(tmp_path / "clients.csv").rows == [["Szőlő Kft."]]


def test_read_table_of_a_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        party_io.read_table(tmp_path / "nope.xlsx")


TITLED = [
    ["Ügyféllista — exportálva 2026.11.20"],
    [],
    ["Cégnév", "Adószám", "Város"],
    ["Szőlő Kft.", TAX_A, "Győr"],
    [],
    ["Űrhajó Bt.", TAX_B, "Pécs"],
]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_headers_below_a_title_and_a_blank_row_are_found(company, tmp_path, suffix):
    path = tmp_path / f"titled{suffix}"
    if suffix == ".xlsx":
        write_sheet(path, TITLED)
    else:
        path.write_text("\n".join(";".join(row) for row in TITLED), encoding="utf-8")

    table = party_io.read_table(path)

    assert (table.header_row, table.headers) == (3, ["Cégnév", "Adószám", "Város"])
    assert table.rows == [["Szőlő Kft.", TAX_A, "Győr"], ["Űrhajó Bt.", TAX_B, "Pécs"]]
    assert table.row_numbers == [4, 6]
    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    assert party_io.import_rows(check) == 2
    assert sorted(c.name for c in Client.select()) == ["Szőlő Kft.", "Űrhajó Bt."]


def test_without_known_headers_the_first_non_empty_row_holds_them(tmp_path):
    write_sheet(tmp_path / "in.xlsx", [[], ["Firma", "Ort"], ["Szőlő Kft.", "Győr"]])
    table = party_io.read_table(tmp_path / "in.xlsx")
    assert (table.header_row, table.headers, table.rows) == (2, ["Firma", "Ort"], [["Szőlő Kft.", "Győr"]])


def test_the_header_row_can_be_chosen(tmp_path):
    path = write_sheet(tmp_path / "in.xlsx", TITLED)

    table = party_io.read_table(path, header_row=1)

    assert (table.header_row, table.headers) == (1, ["Ügyféllista — exportálva 2026.11.20", "", ""])
    assert [number for number, _ in table.header_candidates()] == [1, 3, 4, 6]
    again = table.with_header_row(3)
    assert (again.headers, again.row_numbers) == (["Cégnév", "Adószám", "Város"], [4, 6])
    with pytest.raises(ImportFileError, match="Row 2 of in.xlsx is empty"):
        table.with_header_row(2)
    with pytest.raises(ImportFileError, match="Row 9 of in.xlsx is empty"):
        party_io.read_table(path, header_row=9)
    with pytest.raises(ImportFileError, match="no rows of data"):
        party_io.read_table(path, header_row=6)


def test_a_header_row_read_as_data_is_never_imported(company, tmp_path):
    table = party_io.read_table(write_sheet(tmp_path / "in.xlsx", TITLED), header_row=1)

    check = party_io.check_rows(table, {0: "name", 1: "tax_number", 2: "legal_city"})

    assert [(p.row_number, p.reason) for p in check.rejected] == [
        (3, "This row holds column headers (Cégnév, Adószám, Város), not data; it is not imported.")]
    assert party_io.import_rows(check) == 2
    assert Client.select().where(Client.name == "Cégnév").count() == 0


# ---------------------------------------------------------------- auto_mapping

def test_auto_mapping_english():
    headers = ["Company name", "VAT number", "City", "ZIP", "Address", "Phone", "Email", "Contact person",
               "Segment", "Status", "Credit limit", "Payment terms", "Key account", "Manager", "Notes", "Colour"]
    assert party_io.auto_mapping(headers) == {
        0: "name", 1: "tax_number", 2: "legal_city", 3: "legal_postcode", 4: "legal_street", 5: "phone",
        6: "email", 7: "contact_name", 8: "segment", 9: "status", 10: "credit_limit", 11: "payment_terms_days",
        12: "key_account", 13: "manager", 14: "notes"}


def test_auto_mapping_hungarian():
    headers = ["Cégnév", "Adószám", "Irányítószám", "Város", "Cím", "Telefon", "E-mail", "Kapcsolattartó",
               "Szegmens", "Státusz", "Hitelkeret (Ft)", "Fizetési határidő (nap)", "Kulcsügyfél", "Üzletkötő",
               "Kapcsolattartó e-mail", "Beosztás"]
    assert party_io.auto_mapping(headers) == {
        0: "name", 1: "tax_number", 2: "legal_postcode", 3: "legal_city", 4: "legal_street", 5: "phone",
        6: "email", 7: "contact_name", 8: "segment", 9: "status", 10: "credit_limit", 11: "payment_terms_days",
        12: "key_account", 13: "manager", 14: "contact_email", 15: "contact_position"}


def test_auto_mapping_russian():
    headers = ["Наименование", "ИНН", "Индекс", "Город", "Адрес", "Телефон", "Эл. почта", "Контактное лицо",
               "Сегмент", "Статус", "Кредитный лимит", "Отсрочка платежа", "Менеджер", "Должность"]
    assert party_io.auto_mapping(headers) == {
        0: "name", 1: "tax_number", 2: "legal_postcode", 3: "legal_city", 4: "legal_street", 5: "phone",
        6: "email", 7: "contact_name", 8: "segment", 9: "status", 10: "credit_limit", 11: "payment_terms_days",
        12: "manager", 13: "contact_position"}


def test_auto_mapping_ignores_case_accents_and_punctuation_and_maps_each_field_once():
    assert party_io.auto_mapping(["NEV", " adoszam ", "e mail", "Név", "Название", "CITY"]) == {
        0: "name", 1: "tax_number", 2: "email", 5: "legal_city"}


def test_every_field_label_maps_back_to_its_field():
    labels = [party_io.FIELD_LABELS[f] for f in party_io.IMPORT_FIELDS]
    assert party_io.auto_mapping(labels) == dict(enumerate(party_io.IMPORT_FIELDS))


def test_import_fields_cover_the_client_fields_and_contacts():
    assert set(party.CLIENT_FIELDS) <= set(party_io.IMPORT_FIELDS)
    assert party_io.IMPORT_FIELDS[-6:] == party_io.CONTACT_IMPORT_FIELDS
    assert len(set(party_io.IMPORT_FIELDS)) == len(party_io.IMPORT_FIELDS)
    assert set(party_io.FIELD_LABELS) == set(party_io.IMPORT_FIELDS)


# ---------------------------------------------------------------- check_rows

HEADERS = ["Név", "Adószám", "E-mail", "Telefon", "Státusz", "Kapcsolattartó", "Kapcsolattartó e-mail"]


def test_check_sorts_rows_into_valid_rejected_and_duplicates(company):
    existing = party.save_client({"name": "Meglévő Ügyfél Zrt.", "tax_number": TAX_E})
    table = Table(HEADERS, [
        ["Kovács és Társa Kft.", TAX_A, "info@kovacs.hu", "06 30 123 4567", "aktív", "Szűcs Éva", "eva@kovacs.hu"],
        ["Rossz Adó Kft.", BAD_TAX, "", "", "", "", ""],
        ["", TAX_C, "", "", "", "", ""],
        ["Hibás Levél Bt.", TAX_D, "not-an-e-mail", "", "", "", ""],
        ["Meglévő Ügyfél Zrt. másolat", TAX_E.replace("-", ""), "", "", "", "", ""],
        ["Kovács és Társa Kft. (újra)", TAX_A, "", "", "", "", ""],
        ["Adószám nélkül Kft.", "", "", "", "potenciális", "", ""],
    ])

    check = party_io.check_rows(table, party_io.auto_mapping(HEADERS))

    assert check.total == 7
    assert [number for number, _, _ in check.valid] == [2, 8]
    assert names_of(check.rejected) == [3, 4, 5]
    assert names_of(check.duplicates) == [6, 7]
    bad_tax, no_name, bad_mail = (p.reason for p in check.rejected)
    assert "Tax number" in bad_tax and "check digit" in bad_tax
    assert no_name == "Name is required."
    assert bad_mail == "E-mail is not a valid e-mail address."
    assert check.rejected[0].values == table.rows[1]
    assert "Meglévő Ügyfél Zrt." in check.duplicates[0].reason and f"#{existing.id}" in check.duplicates[0].reason
    assert "row 2" in check.duplicates[1].reason
    _, client, contact = check.valid[0]
    assert client["name"] == "Kovács és Társa Kft." and client["status"] == "active"
    assert client["phone"] == "+36 30 123 4567"  # cleaned as in the card
    assert contact["name"] == "Szűcs Éva" and contact["is_primary"] is True
    assert check.valid[1][1]["status"] == "prospect" and check.valid[1][2] is None


def test_check_joins_every_message_of_a_row_and_marks_contact_ones(company):
    table = Table(["Name", "E-mail", "Phone", "Contact", "Contact e-mail", "Contact phone"], [
        ["", "bad@", "12", "", "also bad", "+36 30 123 4567"],
    ])

    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))

    reason = check.rejected[0].reason
    for part in ("Name is required.", "E-mail is not a valid e-mail address.", "Phone is not",
                 "Contact 1: name is required.", "Contact: E-mail is not a valid e-mail address."):
        assert part in reason


def test_check_understands_words_in_three_languages(company):
    factories.manager("Nagy Péter")
    headers = ["Name", "Status", "Key account", "Reliability", "Source", "Country", "Manager", "Credit limit",
               "Payment terms", "Contact", "Decision maker"]
    table = Table(headers, [
        ["A Kft.", "активный", "да", "В", "kiállítás", "Magyarország", "nagy peter", "1 500 000 Ft", "30 nap",
         "Kiss Béla", "igen"],
        ["B Kft.", "Potenciális", "IGAZ", "a", "Referral", "hu", "", "2500,50", "15", "", ""],
        ["C Kft.", "inaktív", "x", "", "", "", "Kiss Anna", "", "", "Иван", "нет"],
        ["D Kft.", "valami", "talán", "E", "", "Atlantis", "", "sok", "két hét", "Ivan", "maybe"],
    ])

    check = party_io.check_rows(table, party_io.auto_mapping(headers))

    (_, a, a_contact), (_, b, _), (_, c, c_contact) = check.valid
    assert (a["status"], a["key_account"], a["reliability"], a["source"], a["legal_country"]) == (
        "active", True, "B", "exhibition", "HU")
    assert a["manager"].name == "Nagy Péter"
    assert a["credit_limit"] == Decimal(1500000) and a["payment_terms_days"] == 30
    assert a_contact["decision_maker"] is True
    assert (b["status"], b["key_account"], b["reliability"], b["source"], b["credit_limit"]) == (
        "prospect", True, "A", "referral", Decimal("2500.50"))
    assert (c["status"], c["key_account"], c["manager"].name, c_contact["decision_maker"]) == (
        "inactive", True, "Kiss Anna", False)
    reason = check.rejected[0].reason
    for part in ("Status must be one of", "Key account “talán” must be yes or no", "Reliability rating",
                 "Country “Atlantis”", "Credit limit “sok”", "Payment terms “két hét”",
                 "Decision maker “maybe”"):
        assert part in reason


MANAGED = Table(["Name", "Manager"], [["A Kft.", "Szűcs Éva"], ["B Kft.", "kiss anna"], ["C Kft.", "SZŰCS ÉVA"],
                                      ["D Kft.", "Tóth Gábor"], ["E Kft.", ""]])


def test_unknown_managers_are_named_once_and_refused_without_a_choice(company):
    mapping = party_io.auto_mapping(MANAGED.headers)

    assert party_io.unknown_managers(MANAGED, mapping) == ["Szűcs Éva", "Tóth Gábor"]
    with pytest.raises(ValidationError) as error:
        party_io.check_rows(MANAGED, mapping)
    assert error.value.messages() == [
        "There are no managers called Szűcs Éva, Tóth Gábor: create them, or import their clients without a manager."]


def test_unknown_managers_are_created_on_import(company):
    check = party_io.check_rows(MANAGED, party_io.auto_mapping(MANAGED.headers), unknown=party_io.CREATE_MANAGERS)

    assert (len(check.valid), check.rejected, check.new_managers) == (5, [], ["Szűcs Éva", "Tóth Gábor"])
    assert Manager.select().count() == 1  # the check writes nothing
    assert party_io.import_rows(check) == 5
    managers = {c.name: c.manager.name if c.manager else None for c in Client.select()}
    assert managers == {"A Kft.": "Szűcs Éva", "B Kft.": "Kiss Anna", "C Kft.": "Szűcs Éva", "D Kft.": "Tóth Gábor",
                        "E Kft.": None}
    assert sorted(m.name for m in Manager.select()) == ["Kiss Anna", "Szűcs Éva", "Tóth Gábor"]


def test_only_managers_of_imported_clients_are_created(company):
    """A header row read as data, or a rejected row, never creates a manager ("Manager", "Senki")."""
    table = Table(["Name", "Tax number", "Manager"], [["Name", "Tax number", "Manager"],
                                                      ["A Kft.", "", "Tóth Gábor"],
                                                      ["B Kft.", "12345678-9-99", "Senki Sándor"]])
    mapping = party_io.auto_mapping(table.headers)

    assert party_io.unknown_managers(table, mapping) == ["Tóth Gábor", "Senki Sándor"]
    check = party_io.check_rows(table, mapping, unknown=party_io.CREATE_MANAGERS)
    assert (len(check.valid), len(check.rejected), check.new_managers) == (1, 2, ["Tóth Gábor"])
    party_io.import_rows(check)
    assert sorted(m.name for m in Manager.select()) == ["Kiss Anna", "Tóth Gábor"]


def test_clients_of_unknown_managers_can_be_imported_without_a_manager(company):
    check = party_io.check_rows(MANAGED, party_io.auto_mapping(MANAGED.headers), unknown=party_io.WITHOUT_MANAGER)

    assert (len(check.valid), check.new_managers) == (5, [])
    assert party_io.import_rows(check) == 5
    managers = {c.name: c.manager.name if c.manager else None for c in Client.select()}
    assert managers == {"A Kft.": None, "B Kft.": "Kiss Anna", "C Kft.": None, "D Kft.": None, "E Kft.": None}
    assert Manager.select().count() == 1


def test_check_writes_nothing(company):
    table = Table(["Name", "Segment", "Contact"], [["Új Kft.", "Vadonatúj szegmens", "Kiss Béla"]])
    before = (Client.select().count(), Segment.select().count(), Contact.select().count())

    check = party_io.check_rows(table, {0: "name", 1: "segment", 2: "contact_name"})

    assert len(check.valid) == 1 and check.valid[0][1]["segment"] == "Vadonatúj szegmens"
    assert (Client.select().count(), Segment.select().count(), Contact.select().count()) == before


def test_check_refuses_a_mapping_without_name_or_with_a_field_twice(company):
    table = Table(["A", "B"], [["x", "y"]])
    with pytest.raises(ValidationError, match="client name"):
        party_io.check_rows(table, {0: "tax_number"})
    with pytest.raises(ValidationError, match="one column only: Name"):
        party_io.check_rows(table, {0: "name", 1: "name"})


def test_check_reports_progress(company):
    table = Table(["Name"], [[f"Client {i}"] for i in range(600)])
    calls = []
    party_io.check_rows(table, {0: "name"}, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (250, 600) and calls[-1] == (600, 600)


# ---------------------------------------------------------------- import_rows

def _import_table(company):
    return Table(
        ["Név", "Adószám", "Város", "Szegmens", "Üzletkötő", "Kapcsolattartó", "Kapcsolattartó telefon", "Hitelkeret"],
        [
            ["Kovács és Társa Kft.", TAX_A, "Győr", "HoReCa", "Kiss Anna", "Szűcs Éva", "06 30 123 4567", "1000000"],
            ["Zöld Szőlő Bt.", TAX_B, "Pécs", "horeca", "", "", "", ""],
            ["ООО «Ромашка»", "", "Москва", "Új szegmens", "", "Иванов Пётр", "", "2500,50"],
            ["Negyedik Kft.", TAX_C, "Eger", "", "", "", "", ""],
            ["Ötödik Kft.", TAX_D, "Eger", "", "", "", "", ""],
        ])


def test_import_creates_clients_contacts_and_segments(company):
    company_service.segment_by_name("HoReCa")
    table = _import_table(company)
    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    calls = []

    created = party_io.import_rows(check, progress=lambda done, total: calls.append((done, total)))

    assert created == 5 and calls[-1] == (5, 5)
    assert sorted(s.name for s in Segment.select()) == ["HoReCa", "Új szegmens"]
    kovacs = Client.get(Client.name == "Kovács és Társa Kft.")
    assert (kovacs.legal_city, kovacs.segment.name, kovacs.manager.name, kovacs.credit_limit) == (
        "Győr", "HoReCa", "Kiss Anna", Decimal(1000000))
    assert Client.get(Client.name == "Zöld Szőlő Bt.").segment_id == kovacs.segment_id
    (contact,) = party.client_contacts(kovacs.id)
    assert (contact.name, contact.phone, contact.is_primary) == ("Szűcs Éva", "+36 30 123 4567", True)
    assert Client.get(Client.name == "ООО «Ромашка»").credit_limit == Decimal("2500.50")
    assert Contact.select().count() == 2


def test_imported_clients_are_findable_and_known_as_duplicates(company):
    table = _import_table(company)
    party_io.import_rows(party_io.check_rows(table, party_io.auto_mapping(table.headers)))
    search = ClientSearch()

    def found(text):
        result = search.find(ClientFilter(text=text))
        return {row.name for row in result.rows(0, result.count)}

    assert found("kovacs") == {"Kovács és Társa Kft."}
    assert found("SZOLO") == {"Zöld Szőlő Bt."}
    assert found("szucs eva") == {"Kovács és Társa Kft."}  # by the contact
    assert found("ромашка") == {"ООО «Ромашка»"}
    assert found("петр") == {"ООО «Ромашка»"}  # ё folds to е
    assert found(TAX_A.replace("-", "")) == {"Kovács és Társa Kft."}
    with pytest.raises(party.DuplicateClient):
        party.save_client({"name": "Egészen más név Kft.", "tax_number": TAX_B})
    again = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    # every row is known now: by tax number, or by name for the one without a tax number
    assert len(again.duplicates) == 5 and again.valid == []


def test_import_is_all_or_nothing(company, monkeypatch):
    table = _import_table(company)
    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    monkeypatch.setattr(party_io, "BATCH_SIZE", 2)
    real_record = party_io._client_record
    calls = []

    def failing_record(*args):
        calls.append(1)
        if len(calls) == 5:  # the first row of the third batch
            raise RuntimeError("disk full")
        return real_record(*args)

    monkeypatch.setattr(party_io, "_client_record", failing_record)
    before = (Client.select().count(), Contact.select().count(), Segment.select().count())

    with pytest.raises(RuntimeError, match="disk full"):
        party_io.import_rows(check)

    assert len(calls) == 5  # two batches had been inserted
    assert (Client.select().count(), Contact.select().count(), Segment.select().count()) == before


def test_import_refuses_clients_saved_since_the_check(company):
    table = _import_table(company)
    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    party.save_client({"name": "Közben felvett Kft.", "tax_number": TAX_C})

    with pytest.raises(KamdeskError, match="Check the file again"):
        party_io.import_rows(check)

    assert Client.select().count() == 1


def test_import_of_nothing(company):
    assert party_io.import_rows(party_io.ImportCheck()) == 0


# ---------------------------------------------------------------- write_rejected

def test_write_rejected_rows_with_row_and_reason(company, tmp_path):
    party.save_client({"name": "Meglévő Zrt.", "tax_number": TAX_E})
    table = Table(["Név", "Adószám"], [["Jó Kft.", TAX_A], ["Rossz Kft.", BAD_TAX], ["=1+1", TAX_E], ["", ""]])
    check = party_io.check_rows(table, {0: "name", 1: "tax_number"})
    path = tmp_path / "rejected.xlsx"

    party_io.write_rejected(check, table.headers, path)

    ws = openpyxl.load_workbook(path).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["Név", "Adószám", "Row", "Reason"]
    assert [r[:3] for r in rows[1:]] == [["Rossz Kft.", BAD_TAX, 3], ["=1+1", TAX_E, 4], [None, None, 5]]
    assert "check digit" in rows[1][3] and "Meglévő Zrt." in rows[2][3] and rows[3][3] == "Name is required."
    assert ws["A3"].data_type == "s"
    assert party_io.auto_mapping(rows[0]) == {0: "name", 1: "tax_number"}  # fixed rows import again


# ---------------------------------------------------------------- export

EXPORT_HEADERS = ["Name", "Legal form", "Tax number", "Registration number", "Status", "Segment", "Manager",
                  "Key account", "City", "Postcode", "Street", "Country", "Phone", "E-mail", "Website",
                  "Credit limit", "Payment terms (days)", "Reliability", "Contact", "Contact e-mail", "Contact phone"]


@pytest.fixture
def clients(company):
    _, manager = company
    party.save_client(
        {"name": "Kovács és Társa Kft.", "legal_form": "Kft.", "tax_number": TAX_A,
         "registration_number": "01-09-123456", "status": "active", "segment": "HoReCa", "manager": manager.id, "key_account": True, "legal_city": "Győr",
         "legal_postcode": "9021", "legal_street": "Fő utca 1.", "phone": "+36 30 123 4567",
         "email": "info@kovacs.hu", "website": "www.kovacs.hu", "credit_limit": Decimal("1234567.50"),
         "payment_terms_days": 30, "reliability": "A"},
        [{"name": "Nagy Péter", "email": "peter@kovacs.hu", "phone": "+36 30 999 1111"},
         {"name": "Szűcs Éva", "email": "eva@kovacs.hu", "phone": "+36 20 222 3333", "is_primary": True}])
    party.save_client({"name": '=HYPERLINK("http://evil.example","click")', "tax_number": TAX_B})
    party.save_client({"name": "+danger Bt.", "status": "lost", "payment_terms_days": 0})
    party.save_client({"name": "ООО «Ромашка»", "legal_country": "RU", "tax_number": "7707083893",
                       "legal_city": "Москва"})
    archived = party.save_client({"name": "Archivált Kft."})
    party.archive_client(archived.id)


def test_export_xlsx(clients, tmp_path):
    path = tmp_path / "clients.xlsx"
    calls = []

    count = party_io.export_clients(ClientFilter(), path, progress=lambda done, total: calls.append((done, total)))

    assert count == 4 and calls[-1] == (4, 4)
    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2"
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == EXPORT_HEADERS
    assert [r[0] for r in rows[1:]] == [row.name for row in search_clients(ClientFilter())]  # the list's order
    kovacs = next(r for r in rows if r[0] == "Kovács és Társa Kft.")
    assert kovacs == ["Kovács és Társa Kft.", "Kft.", TAX_A, "01-09-123456", "Active", "HoReCa", "Kiss Anna", "Yes",
                      "Győr", "9021", "Fő utca 1.", "HU", "+36 30 123 4567", "info@kovacs.hu", "www.kovacs.hu",
                      1234567.5, 30, "A", "Szűcs Éva", "eva@kovacs.hu", "+36 20 222 3333"]
    limit = ws.cell(row=rows.index(kovacs) + 1, column=16)
    assert limit.data_type == "n" and limit.number_format == "#,##0.00"
    evil = ws.cell(row=[r[0] for r in rows].index('=HYPERLINK("http://evil.example","click")') + 1, column=1)
    assert evil.data_type == "s"
    danger = next(r for r in rows if r[0] == "+danger Bt.")
    assert danger[4] == "Lost" and danger[7] == "No" and danger[16] == 0 and danger[15] is None
    assert "Archivált Kft." not in [r[0] for r in rows]


def test_export_csv(clients, tmp_path):
    path = tmp_path / "clients.csv"

    assert party_io.export_clients(ClientFilter(), path) == 4

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == EXPORT_HEADERS
    names = [r[0] for r in rows[1:]]
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in names and "'+danger Bt." in names
    kovacs = next(r for r in rows if r[0] == "Kovács és Társa Kft.")
    assert kovacs[15] == "1234567,50" and kovacs[12] == "'+36 30 123 4567"
    assert "ООО «Ромашка»" in names


def test_export_follows_the_filter(clients, tmp_path):
    path = tmp_path / "some.xlsx"
    assert party_io.export_clients(ClientFilter(text="kovacs"), path) == 1
    assert party_io.export_clients(ClientFilter(archived=True), tmp_path / "archived.csv") == 1
    assert party_io.export_clients(ClientFilter(text="nobody at all"), tmp_path / "none.xlsx") == 0
    assert openpyxl.load_workbook(tmp_path / "none.xlsx").active.max_row == 1


def test_export_refuses_other_formats(clients, tmp_path):
    with pytest.raises(KamdeskError, match=".xlsx or .csv"):
        party_io.export_clients(ClientFilter(), tmp_path / "clients.pdf")


@pytest.fixture
def fresh_database(tmp_path):
    """Connect to a second, empty database with the same company and manager (the proxy switches to it)."""
    opened = []

    def connect():
        database = kdb.connect(f"sqlite:///{tmp_path / 'fresh.db'}")
        opened.append(database)
        company_service.set_up({"name": "Másik Kft.", "country": "HU"}, {"name": "Kiss Anna"})
        return database

    yield connect
    for database in opened:
        database.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_imports_back_into_a_fresh_database(clients, tmp_path, fresh_database, suffix):
    path = tmp_path / f"clients{suffix}"
    party_io.export_clients(ClientFilter(), path)
    exported = [row.name for row in search_clients(ClientFilter())]
    fresh_database()
    assert Client.select().count() == 0 and Manager.select().count() == 1

    table = party_io.read_table(path)
    mapping = party_io.auto_mapping(table.headers)
    check = party_io.check_rows(table, mapping)

    assert len(mapping) == len(EXPORT_HEADERS)
    assert check.rejected == [] and check.duplicates == []
    assert [client["name"] for _, client, _ in check.valid] == exported
    assert party_io.import_rows(check) == 4
    kovacs = Client.get(Client.name == "Kovács és Társa Kft.")
    assert (kovacs.credit_limit, kovacs.key_account, kovacs.status, kovacs.segment.name, kovacs.phone) == (
        Decimal("1234567.50"), True, "active", "HoReCa", "+36 30 123 4567")
    assert [(c.name, c.email, c.is_primary) for c in party.client_contacts(kovacs.id)] == [
        ("Szűcs Éva", "eva@kovacs.hu", True)]
    assert Client.get(Client.tax_number == "7707083893").legal_country == "RU"


# ---------------------------------------------------------------- party.py speed-ups

@pytest.mark.parametrize("value", ["+36 30 123 4567", "06 30 123 4567", "0630123456", "+36 1 234 5678", "123",
                                   "not a phone", "+7 495 123-45-67", "  +36301234567  ", "+36 30 123"])
@pytest.mark.parametrize("region", ["HU", "RU", ""])
def test_one_parse_phone_check_agrees_with_party_validation(value, region):
    problem, formatted = party._checked_phone(value, region)
    assert problem == check_phone(value, region)
    if problem is None:
        assert formatted == format_phone(value.strip(), region)


def test_cleaning_batch_reads_the_company_once_with_the_same_results(company, monkeypatch):
    rows = [{"name": f"Client {i}", "phone": "06 30 123 4567", "manager": "Kiss Anna"} for i in range(5)]
    plain = [party.clean_client(r) for r in rows]
    calls = []
    real_region = party.company_region
    monkeypatch.setattr(party, "company_region", lambda: calls.append(1) or real_region())

    with party.cleaning_batch():
        batched = [party.clean_client(r) for r in rows]
        with pytest.raises(ValidationError, match="no manager called"):
            party.clean_client({"name": "X", "manager": "Nobody"})

    assert batched == plain
    assert len(calls) == 1


def test_rows_without_tax_number_are_duplicates_by_name(company):
    from kamdesk.core.services import party as party_service
    from kamdesk.core.services.party_io import auto_mapping, check_rows
    from kamdesk.core.services.spreadsheet_import import Table

    party_service.save_client({"name": "Иван Трейд ООО", "legal_country": "RU"})
    table = Table(headers=["Name", "City"], rows=[
        ["ИВАН ТРЕЙД", "Москва"],          # the same company without its legal form, in capitals
        ["Новый Клиент ООО", "Казань"],
        ["Новый клиент", "Казань"],         # again, in this file
        ["Kovács Kft.", "Győr"],
    ])
    check = check_rows(table, auto_mapping(table.headers))
    assert [number for number, _, _ in check.valid] == [3, 5]
    reasons = {p.row_number: p.reason for p in check.duplicates}
    assert set(reasons) == {2, 4}
    assert "exists already" in reasons[2] and "row 3" in reasons[4]


def test_tax_numbers_of_clients_in_the_database_are_found_in_every_chunk_of_a_big_file(company):
    from kamdesk.core.services import party as party_service
    from kamdesk.core.services.party_io import auto_mapping, check_rows
    from kamdesk.core.services.party_validation import hu_check_digit
    from kamdesk.core.services.spreadsheet_import import Table

    numbers = [f"{first}{hu_check_digit(first)}-2-41" for first in (str(2_000_000 + n) for n in range(1203))]
    party_service.save_client({"name": "Első Kft.", "tax_number": numbers[0]})
    archived = party_service.save_client({"name": "Utolsó Bt.", "tax_number": numbers[-1]})
    party_service.archive_client(archived.id)
    table = Table(headers=["Name", "Tax number"], rows=[[f"Ügyfél {n} Kft.", tax] for n, tax in enumerate(numbers)])

    check = check_rows(table, auto_mapping(table.headers))  # the keys are looked up 500 at a time, then 203

    assert len(check.valid) == 1201
    reasons = {p.row_number: p.reason for p in check.duplicates}
    assert reasons == {
        2: f"A client with tax number {numbers[0]} exists already: Első Kft. (#{archived.id - 1}).",
        1204: f"A client with tax number {numbers[-1]} exists already: Utolsó Bt. (archived) (#{archived.id}).",
    }


def test_a_big_import_analyzes_the_tables_it_filled_not_the_whole_file(company, monkeypatch):
    analyzed = []
    monkeypatch.setattr(party_io, "refresh_statistics", lambda tables=(): analyzed.append(set(tables)))
    monkeypatch.setattr(party_io, "STATISTICS_AFTER", 2)
    table = Table(["Name", "Tax number", "Contact"], [["A Kft.", TAX_A, "Anna"], ["B Kft.", TAX_B, "Béla"]])
    assert party_io.import_rows(party_io.check_rows(table, party_io.auto_mapping(table.headers))) == 2
    assert analyzed == [{"client", "contact", "segment", "manager"}]


def test_checking_rows_keeps_the_phone_patterns_compiled(company, monkeypatch):
    import phonenumbers
    from phonenumbers import re_util

    monkeypatch.setattr(re_util, "_COMPILED_PATTERNS", None)
    # the second is bracketed: not plainly written, so phonenumbers reads it
    table = Table(["Name", "Phone"], [["A Kft.", "+36 1 234 5678"], ["B Kft.", "(06 30) 123 4567"]])
    check = party_io.check_rows(table, party_io.auto_mapping(table.headers))
    assert [client["phone"] for _, client, _ in check.valid] == ["+36 1 234 5678", "+36 30 123 4567"]
    assert re_util._COMPILED_PATTERNS  # the numbers' patterns, kept
    assert phonenumbers.is_valid_number(phonenumbers.parse("+36 1 234 5678"))
