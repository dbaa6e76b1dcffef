"""Every text of an offer follows the offer's language: a standard text changes with it, one's own stays."""

from kamdesk.core.services import offer as offers
from tests.core.services.test_offer import requests, standard

RUSSIAN_TERMS = "8 дн. с даты счёта, банковским переводом"


def test_a_saved_offer_put_into_russian_gets_russian_standard_texts(shop):
    saved = standard(shop)
    assert saved.payment_terms == "8 napon belül, átutalással"
    russian = offers.save_offer({"language": "ru"}, requests((shop["milk"], "1", "0")), offer_id=saved.id)
    assert russian.payment_terms == RUSSIAN_TERMS
    assert (russian.introduction, russian.closing) == (offers.DEFAULT_INTRODUCTIONS["ru"], offers.DEFAULT_CLOSINGS["ru"])
    printed = offers.offer_document_data(russian.id)
    assert (printed.language, printed.payment_terms) == ("ru", RUSSIAN_TERMS)


def test_own_texts_stay_when_the_language_changes(shop):
    saved = standard(shop, payment_terms="Előre utalással", introduction="Kedves Béla!")
    english = offers.save_offer({"language": "en"}, requests((shop["milk"], "1", "0")), offer_id=saved.id)
    assert (english.payment_terms, english.introduction) == ("Előre utalással", "Kedves Béla!")
    assert english.closing == offers.DEFAULT_CLOSINGS["en"]


def test_standard_payment_terms_keep_their_days_in_every_language():
    assert offers.in_language("payment_terms", "45 days net, by bank transfer", "hu") == "45 napon belül, átutalással"
    assert offers.in_language("payment_terms", "45 napon belül, átutalással", "ru") == (
        "45 дн. с даты счёта, банковским переводом")
    assert offers.in_language("payment_terms", "45 napon belül, készpénzzel", "en") == "45 napon belül, készpénzzel"


def test_a_new_version_in_another_language_carries_the_texts_over_in_it(shop):
    saved = standard(shop, delivery_terms="DAP Győr")
    copy = offers.copy_offer(saved.id, {"language": "ru"})
    assert (copy.language, copy.payment_terms, copy.delivery_terms) == ("ru", RUSSIAN_TERMS, "DAP Győr")
    assert copy.introduction == offers.DEFAULT_INTRODUCTIONS["ru"]


def test_a_standard_text_stays_while_the_language_does(shop):
    from kamdesk.core.services import company as company_service

    saved = standard(shop)
    company_service.set_setting("offer_introduction", "Tisztelt Partnerünk!")  # the company's own text, set later
    kept = offers.save_offer({"notes": "Call first"}, requests((shop["milk"], "1", "0")), offer_id=saved.id)
    assert kept.introduction == offers.DEFAULT_INTRODUCTIONS["hu"]


def test_a_hungarian_offer_printed_in_russian_prints_russian_terms_and_units(shop):
    """`kamdesk export offer … --lang ru`: the document's language is the one asked for, texts and units too."""
    saved = standard(shop, introduction="Kedves Béla!")
    printed = offers.offer_document_data(saved.id, "ru")
    assert (printed.language, printed.payment_terms) == ("ru", RUSSIAN_TERMS)
    assert printed.closing == offers.DEFAULT_CLOSINGS["ru"] and printed.introduction == "Kedves Béla!"
    assert printed.lines and {line.unit for line in printed.lines} <= {"шт.", "кг", "л", "кор.", "уп.", "г"}
    assert offers.get_offer(saved.id).payment_terms == "8 napon belül, átutalással"  # printing changes nothing
