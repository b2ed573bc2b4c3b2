"""The legal notice and the privacy notice as visitors read them; the footer's links."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from tests.legal.factories import (
    LegalNoticeFactory,
    PrivacyNoticeFactory,
    ProcessingActivityFactory,
)

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_legal_notice_names_publisher_address_contact_and_who_answers_for_the_content(
    client, start_page
):
    notice = LegalNoticeFactory()

    page = text(client.get(notice.url_path_de))

    assert (
        "Herausgeberin Stadt Dortmund Körperschaft des öffentlichen Rechts "
        "Vertreten durch den Oberbürgermeister Betenstraße 19 44135 Dortmund"
    ) in page
    assert "E-Mail info@example.org" in page and "Telefon 0000 000000" in page
    assert (
        "Nach § 18 Abs. 2 Medienstaatsvertrag (MStV): Büro für Internationale Beziehungen" in page
    )


def test_legal_notice_in_english_leaves_out_what_is_empty(client, start_page):
    notice = LegalNoticeFactory(email="", phone="")
    with translation.override("en"):
        page = text(client.get(notice.url_path_en))

    assert "Publisher City of Dortmund A body of public law Represented by the Lord Mayor" in page
    assert "Responsible for the content" in page
    assert "E-mail" not in page.split("Responsible for the content")[0].split("Publisher")[1]


def test_privacy_notice_lists_each_processing_and_the_rights(client, start_page, settings):
    settings.FEEDBACK_RETENTION_DAYS = 90
    notice = PrivacyNoticeFactory()
    ProcessingActivityFactory(notice=notice, title_de="Server-Protokolle", retention_de="7 Tage")
    ProcessingActivityFactory(
        notice=notice, title_de="Formular „Barriere melden“", kind="barrier_reports"
    )

    page = text(client.get(notice.url_path_de))

    assert "Verantwortliche Stelle Stadt Dortmund, vertreten durch den Oberbürgermeister" in page
    assert "Datenschutzbeauftragte Die Datenschutzbeauftragte der Stadt Dortmund." in page
    assert "Server-Protokolle Welche Daten IP-Adresse Zweck Auslieferung" in page
    assert "Rechtsgrundlage Art. 6 Abs. 1 Buchst. e DSGVO Speicherdauer 7 Tage" in page
    # The form's retention is the one the site applies, whatever the editors wrote.
    assert "Meldungen werden 90 Tage nach ihrem Eingang automatisch gelöscht." in page
    assert "Ihre Rechte Auskunft (Art. 15 DSGVO) bis Widerspruch (Art. 21 DSGVO)." in page
    assert "Beschwerderecht Beschwerde bei der LDI NRW." in page
    assert 'href="https://www.ldi.nrw.de/"' in client.get(notice.url_path_de).content.decode()


def test_form_states_the_same_retention_as_the_privacy_notice(client, start_page, settings):
    settings.FEEDBACK_RETENTION_DAYS = 90

    page = text(client.get(reverse("accessibility:report")))

    assert "löschen sie nach 90 Tagen" in page


def test_footer_links_lead_to_the_published_pages(client, start_page):
    notice, privacy = LegalNoticeFactory(), PrivacyNoticeFactory()

    assert client.get("/de/hinweise/impressum/")["Location"] == notice.url_path_de
    assert client.get("/en/site/legal-notice/")["Location"] == notice.url_path_en
    assert client.get("/de/hinweise/datenschutz/")["Location"] == privacy.url_path_de
    assert client.get("/en/site/privacy/")["Location"] == privacy.url_path_en


def test_footer_links_answer_404_while_nothing_is_published(client, start_page):
    LegalNoticeFactory(status="draft")

    assert client.get("/de/hinweise/impressum/").status_code == 404
    assert client.get("/de/hinweise/datenschutz/").status_code == 404


def test_the_legal_pages_are_not_listed_among_the_start_pages_sub_pages(client, start_page):
    """They are in every page's footer; "In diesem Bereich" lists the site's topics."""
    from tests.accessibility.factories import AccessibilityStatementFactory
    from tests.factories import TopicPageFactory

    start_page.list_children = True
    start_page.save()
    TopicPageFactory(title_de="Städtepartnerschaften", parent=start_page)
    LegalNoticeFactory()
    PrivacyNoticeFactory()
    AccessibilityStatementFactory()

    html = client.get("/de/").content.decode()
    section = html.split("In diesem Bereich", 1)[1].split("</section>", 1)[0]

    assert "Städtepartnerschaften" in section
    for title in ("Impressum", "Datenschutz", "Barrierefreiheit"):
        assert title not in section
