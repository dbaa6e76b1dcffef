"""A deal's document package: what a client has to choose from, one PDF with a bookmark at the first page of each
document in the order chosen, and one e-mail draft carrying them (read back from the saved .eml)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io

import pytest
from pypdf import PdfReader

from kamdesk.core.errors import ValidationError
from kamdesk.core.models import ContractTemplate, Offer
from kamdesk.core.services import catalogue
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import document_package as package
from kamdesk.core.services import mail, party
from kamdesk.core.services.document_package import PackageDocument
from tests import factories

TODAY = dt.date.today()


@pytest.fixture
def deal(company):
    """The Őrség spice shop (a contract client) with an offer, a contract and two priced products."""
    factories.company_details()
    client = factories.contract_client(tax_number="10537914-2-44")
    column = catalogue.default_column()  # the client's prices
    pepper = factories.product("BORS-1", "Fekete bors 100 g", "890", column, category="Fűszer")
    paprika = factories.product("PAP-1", "Szegedi paprika 100 g", "1290", column, category="Fűszer / Paprika")
    offer = factories.offer(client.id, TODAY, (pepper, 10, 0), (paprika, 5, 0))
    contracts.ensure_builtin_templates()
    template = ContractTemplate.get(ContractTemplate.key == "supply_hu").id
    contract = contracts.save_contract({"client_id": client.id, "template_id": template, "start_date": TODAY,
                                        "end_date": TODAY + dt.timedelta(days=364)})
    return {"client": client, "offer": offer, "contract": contract}


def chosen(deal) -> list[PackageDocument]:
    return [PackageDocument("contract", deal["contract"].id), PackageDocument("offer", deal["offer"].id),
            PackageDocument("statement", start=dt.date(TODAY.year, 1, 1), end=TODAY),
            PackageDocument("price_list")]


def test_what_the_client_has_to_choose_from(deal):
    available = package.available(deal["client"].id, today=dt.date(2026, 12, 5))
    assert [c.number for c in available.offers] == [deal["offer"].number]
    assert [c.number for c in available.contracts] == [deal["contract"].number]
    assert (available.statement_start, available.statement_end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 5))
    assert [path for _, path in available.categories] == ["Fűszer", "Fűszer / Paprika"]
    assert available.language == "hu"


def test_one_pdf_with_a_bookmark_at_each_documents_first_page_in_the_order_chosen(deal):
    reader = PdfReader(io.BytesIO(package.package_pdf(deal["client"].id, chosen(deal))))
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    offer, contract = deal["offer"].number, deal["contract"].number
    assert [title for title, _ in marks] == [
        f"Szerződés {contract}", f"Árajánlat {offer}",
        f"Folyószámla-egyeztetés {TODAY.year}. 01. 01. – {TODAY:%Y. %m. %d.}",
        f"Árlista {TODAY:%Y. %m. %d.}"]
    firsts = [page for _, page in marks]
    assert firsts[0] == 0 and firsts == sorted(firsts) and len(set(firsts)) == 4
    pages = [page.extract_text() for page in reader.pages]
    assert contract in pages[firsts[0]] and offer in pages[firsts[1]]
    assert "Folyószámla-egyeztetés" in pages[firsts[2]] and "Szegedi paprika 100 g" in pages[firsts[3]]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.metadata.title == "Dokumentumcsomag — Őrség Fűszer Kft."


def test_the_draft_carries_every_document_and_names_the_offer(deal, tmp_path):
    draft = package.package_draft(deal["client"].id, chosen(deal))
    assert draft.to == ["Čapek Jiří <capek@orseg.hu>"] and draft.client_id == deal["client"].id
    assert draft.subject == "Dokumentumok – Őrség Fűszer Kft."
    assert draft.body.startswith("Tisztelt Čapek Jiří!") and f"– Árajánlat {deal['offer'].number}" in draft.body
    assert [a.name for a in draft.attachments] == [
        f"{deal['contract'].number}.pdf", f"{deal['offer'].number}.pdf",
        f"Folyószámla-egyeztetés {TODAY.year}-01-01 - {TODAY.isoformat()}.pdf", f"Árlista {TODAY.isoformat()}.pdf"]
    assert [(ref.kind, ref.record_id, ref.title) for ref in draft.documents] == [  # named as every e-mail names them
        ("contract", deal["contract"].id, f"Contract {deal['contract'].number}"),
        ("offer", deal["offer"].id, f"Offer {deal['offer'].number}"),
        ("statement", None, f"Statement {TODAY.year}-01-01 – {TODAY.isoformat()}"),
        ("price_list", None, f"Price list {TODAY.isoformat()}")]
    path = tmp_path / "package.eml"
    mail.save_draft(draft, path)
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    files = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert set(files) == {a.name for a in draft.attachments}
    offer_pdf = PdfReader(io.BytesIO(files[f"{deal['offer'].number}.pdf"]))
    assert "Fekete bors 100 g" in offer_pdf.pages[0].extract_text()
    assert Offer.get_by_id(deal["offer"].id).state == "draft"  # a saved draft moves nothing


def test_combined_the_draft_carries_the_one_bookmarked_pdf(deal):
    draft = package.package_draft(deal["client"].id, chosen(deal)[:2], combined=True)
    (attachment,) = draft.attachments
    assert attachment.name == "Dokumentumcsomag - Őrség Fűszer Kft.pdf" and attachment.mime == mail.PDF
    assert len(PdfReader(io.BytesIO(attachment.data)).outline) == 2
    assert [ref.kind for ref in draft.documents] == ["contract", "offer"]
    assert attachment.documents == tuple(draft.documents)  # removing it takes every document with it


def test_each_file_of_the_package_names_its_document(deal):
    draft = package.package_draft(deal["client"].id, chosen(deal)[:2])
    assert [attachment.documents for attachment in draft.attachments] == [(ref,) for ref in draft.documents]
    assert draft.keeping(draft.attachments[:1]).documents == draft.documents[:1]


def test_two_price_lists_are_two_attachments_of_their_own_names(deal):
    fuszer = [cid for cid, path in package.available(deal["client"].id).categories]
    draft = package.package_draft(deal["client"].id, [PackageDocument("price_list", category_ids=(fuszer[0],)),
                                                      PackageDocument("price_list", category_ids=(fuszer[1],))])
    assert [a.name for a in draft.attachments] == [f"Árlista {TODAY.isoformat()}.pdf",
                                                   f"Árlista {TODAY.isoformat()} (2).pdf"]


def test_without_a_contacts_address_the_clients_own_and_in_english_for_a_foreign_client(deal):
    other = factories.client("Black Pepper Ltd.", legal_country="GB", email="orders@pepper.example",
                             contacts=[{"name": "John Smith"}])
    draft = package.package_draft(other.id, [PackageDocument("price_list")])
    assert draft.to == ["Black Pepper Ltd. <orders@pepper.example>"] and draft.language == "en"
    assert draft.subject == "Documents for Black Pepper Ltd."
    assert draft.body.startswith("Dear John Smith,\n\nPlease find attached the following documents:\n– Price list")
    nobody = factories.client("Nobody Ltd.", legal_country="GB")
    assert package.package_draft(nobody.id, [PackageDocument("price_list")]).to == []  # the user types one


def test_refusals_name_the_document(deal):
    client_id = deal["client"].id
    with pytest.raises(ValidationError, match="at least one document"):
        package.package_pdf(client_id, [])
    stranger = factories.client("Idegen Kft.")
    with pytest.raises(ValidationError, match="is not a document of Idegen Kft."):
        package.package_pdf(stranger.id, [PackageDocument("offer", deal["offer"].id)])
    bare = party.save_client({"name": "Ёлочка ООО", "legal_country": "RU"})  # no tax number: the contract needs it
    template = ContractTemplate.get(ContractTemplate.key == "supply_en").id
    incomplete = contracts.save_contract({"client_id": bare.id, "template_id": template, "start_date": TODAY,
                                          "end_date": TODAY + dt.timedelta(days=30)})
    with pytest.raises(ValidationError) as refused:
        package.package_pdf(bare.id, [PackageDocument("contract", incomplete.id)])
    # in the language of the client's newest contract (English), every missing field named
    assert str(refused.value).startswith(f"Contract {incomplete.number}: The template prints")
    assert "tax number" in str(refused.value) and refused.value.field == "documents"
