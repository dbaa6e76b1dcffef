"""The reconciliation statement's PDF and Excel workbook, read back: texts in each language, embedded fonts,
pages with the header repeated and no line lost, live formulas whose cached values and LibreOffice's
recalculation give the statement's closing balance."""

import datetime as dt
import random
import subprocess
from dataclasses import replace
from decimal import Decimal as D

import openpyxl
import pytest
from pypdf import PdfReader

from kamdesk.core.documents.formatting import format_money
from kamdesk.core.documents.statement_data import Account, Movement, StatementData, StatementParty
from kamdesk.core.documents.statement_pdf import write_statement_pdf
from kamdesk.core.documents.statement_xlsx import write_statement_xlsx
from tests.core.documents.test_offer_pdf import fonts_of, text_of
from tests.office import program, recalculated

CLIENTS = {"hu": "Őrség Fűszer Kft.", "ru": "ООО «Ёлочка» Щукин", "en": "Łódź Žďár Čepek s.r.o."}


def account(currency: str, count: int, seed: int = 1, opening: str = "150000") -> Account:
    """`count` movements: invoices, credit notes to the invoice before, payments naming it, now and then a refund."""
    chance = random.Random(seed)
    cent = D(1) if currency in ("HUF",) else D("0.01")
    balance = debit = credit = D(0)
    balance = D(opening)
    movements = []
    for n in range(count):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=n * 360 // max(count, 1))
        amount = (D(chance.randint(100, 9_999_999)) * cent).quantize(cent)
        kind = ("invoice", "invoice", "payment", "credit_note", "invoice", "payment", "refund")[n % 7]
        number = {"invoice": f"SZ-2026-{n:05d}", "credit_note": f"HS-2026-{n:05d}"}.get(kind, f"K{n:08d}")
        detail = f"SZ-2026-{n - 1:05d}" if kind in ("credit_note", "payment") else ""
        up = amount if kind in ("invoice", "refund") else D(0)
        down = amount - up
        balance, debit, credit = balance + up - down, debit + up, credit + down
        due = day + dt.timedelta(days=15) if kind == "invoice" else None
        movements.append(Movement(day, kind, number, detail, due, up, down, balance))
    return Account(currency, D(opening), tuple(movements), debit, credit, balance)


def statement(language: str = "hu", *accounts: Account) -> StatementData:
    return StatementData(
        StatementParty("Teszt Kereskedelmi Kft.", ("Váci út 1.", "1132 Budapest"), "12892312-2-42", "Kiss Anna"),
        StatementParty(CLIENTS[language], ("Fő út 12.", "9935 Szőce"), "12345678-2-18"),
        dt.date(2026, 1, 1), dt.date(2026, 12, 31), language,
        accounts or (account({"hu": "HUF", "ru": "RUB", "en": "EUR"}[language], 12),), dt.date(2026, 12, 5))


@pytest.mark.parametrize(("language", "title", "opening", "closing"), [
    ("hu", "Folyószámla-egyeztetés", "Nyitó egyenleg", "Záró egyenleg"),
    ("ru", "Акт сверки взаимных расчётов", "Сальдо начальное", "Сальдо конечное"),
    ("en", "Statement of account", "Opening balance", "Closing balance"),
])
def test_pdf_texts_amounts_and_embedded_fonts(tmp_path, language, title, opening, closing):
    data = statement(language)
    path = tmp_path / "statement.pdf"
    write_statement_pdf(path, data)
    text = text_of(path)
    (only,) = data.accounts
    for expected in (title, opening, closing, CLIENTS[language], "Teszt Kereskedelmi Kft.", "12345678-2-18",
                     format_money(only.closing, only.currency, language), "Kiss Anna"):
        assert expected in text
    assert all(m.number in text for m in only.movements)
    fonts = fonts_of(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_pdf_of_many_movements_repeats_the_header_and_loses_no_line(tmp_path):
    long = account("HUF", 700)
    movements = tuple(replace(m, detail="") for m in long.movements)  # only its own row names each number
    data = statement("hu", replace(long, movements=movements))
    path = tmp_path / "long.pdf"
    write_statement_pdf(path, data)
    pages = PdfReader(path).pages
    assert len(pages) > 10
    numbers = [m.number for m in data.accounts[0].movements]
    found = []
    for n, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"{n}. oldal / {len(pages)}" in text
        if any(number in text for number in numbers):
            assert "Tartozik" in text and "Egyenleg" in text
        found += [word for word in text.split() if word in set(numbers)]
    assert sorted(found) == sorted(numbers)  # each movement once: none lost, none printed twice at a page break


def test_a_long_remark_and_a_reference_longer_than_the_column_wrap_inside_their_cell(tmp_path):
    start = account("HUF", 2)
    remark, reference, endless = (" ".join(f"szó{n}" for n in range(20)), "X" * 60,
                                  " ".join(f"hosszú{n}" for n in range(2000)))
    balance = start.closing
    movements = (*start.movements,
                 Movement(dt.date(2026, 3, 1), "payment", reference, remark, None, D(0), D(5), balance - 5),
                 Movement(dt.date(2026, 3, 2), "payment", "K-2", endless, None, D(0), D(5), balance - 10))
    data = statement("hu", Account("HUF", start.opening, movements, start.debit, start.credit + 10, balance - 10))
    path = tmp_path / "wrapped.pdf"
    write_statement_pdf(path, data)
    text = text_of(path)
    assert "".join(text.split()).count(reference) == 1  # broken over lines, every character kept
    assert all(f"szó{n}" in text for n in range(20))
    assert "hosszú1999" not in text and " …" in text  # cut after twelve lines, so a row fits a page
    subprocess.run([program("pdftoppm"), "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == len(PdfReader(path).pages) == 1


def test_two_currencies_are_two_tables_each_with_its_closing_sentence(tmp_path):
    data = statement("en", account("EUR", 5), account("HUF", 5, seed=2, opening="-20000"))
    path = tmp_path / "two.pdf"
    write_statement_pdf(path, data)
    text = " ".join(text_of(path).split())
    assert "Currency: EUR" in text and "Currency: HUF" in text
    for each in data.accounts:
        amount = format_money(abs(each.closing), each.currency, "en")
        assert (f"owes Teszt Kereskedelmi Kft. {amount}" in text or f"owes {CLIENTS['en']} {amount}" in text)


def cells(sheet, label: str) -> tuple[int, dict]:
    """The row whose B column reads `label`, with its cells by column letter."""
    for row in sheet.iter_rows():
        if row[1].value == label:
            return row[0].row, {cell.column_letter: cell.value for cell in row}
    raise AssertionError(f"no row {label!r}")


@pytest.mark.parametrize(("language", "currency"), [("hu", "HUF"), ("en", "EUR"), ("ru", "RUB")])
def test_workbook_formulas_and_their_cached_values(tmp_path, language, currency):
    data = statement(language, account(currency, 30, seed=7))
    path = tmp_path / "statement.xlsx"
    write_statement_xlsx(path, data)
    formulas, values = openpyxl.load_workbook(path).active, openpyxl.load_workbook(path, data_only=True).active
    texts = {"hu": ("Az időszak forgalma", "Záró egyenleg"), "en": ("Turnover for the period", "Closing balance"),
             "ru": ("Обороты за период", "Сальдо конечное")}[language]
    turnover, formula_row = cells(formulas, texts[0])
    closing, closing_formulas = cells(formulas, texts[1])
    assert formula_row["D"].startswith("=ROUND(SUM(D") and closing_formulas["F"].startswith("=ROUND(F")
    (only,) = data.accounts
    assert values[f"D{turnover}"].value == float(only.debit) and values[f"E{turnover}"].value == float(only.credit)
    assert values[f"F{closing}"].value == float(only.closing)
    balances = [values[f"F{row}"].value for row in range(closing - 1 - len(only.movements), closing - 1)]
    assert balances == [float(m.balance) for m in only.movements]
    assert isinstance(values[f"A{closing}"].value, dt.datetime)  # a date, not a text


@pytest.mark.slow
def test_libreoffice_computes_the_closing_balance_and_follows_a_corrected_amount(tmp_path):
    data = statement("en", account("EUR", 400, seed=3, opening="1234.56"), account("HUF", 20, seed=4))
    path = tmp_path / "statement.xlsx"
    write_statement_xlsx(path, data)
    workbook = openpyxl.load_workbook(path)  # the client corrects the first invoice (saved without cached values)
    first_row = cells(workbook.active, "Opening balance")[0] + 1
    workbook.active[f"D{first_row}"] = float(data.accounts[0].movements[0].debit + D("0.05"))
    changed = tmp_path / "changed.xlsx"
    workbook.save(changed)
    computed, recomputed = (openpyxl.load_workbook(p, data_only=True).active
                            for p in recalculated([path, changed], tmp_path))
    closings = [row[5].value for row in computed.iter_rows() if row[1].value == "Closing balance"]
    assert closings == [float(each.closing) for each in data.accounts]
    corrected = [row[5].value for row in recomputed.iter_rows() if row[1].value == "Closing balance"]
    assert corrected == [float(data.accounts[0].closing + D("0.05")), float(data.accounts[1].closing)]


def test_a_statement_without_movements_says_nobody_owes_anything(tmp_path):
    data = statement("ru", Account("RUB", D(0), (), D(0), D(0), D(0)))
    write_statement_pdf(tmp_path / "zero.pdf", data)
    write_statement_xlsx(tmp_path / "zero.xlsx", data)
    text = " ".join(text_of(tmp_path / "zero.pdf").split())
    assert "На 31.12.2026 задолженность между сторонами отсутствует." in text
    values = openpyxl.load_workbook(tmp_path / "zero.xlsx", data_only=True).active
    assert [row[5].value for row in values.iter_rows() if row[1].value == "Сальдо конечное"] == [0]
