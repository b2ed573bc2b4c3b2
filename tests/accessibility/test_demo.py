"""The demo's accessibility statement, legal notice and privacy notice: in place in both
languages after ``load_demo``, written once however often it runs."""

import pytest
from django.core.management import call_command

from dortmund_intl.accessibility.models import AccessibilityStatement, NonAccessiblePart
from dortmund_intl.legal.models import LegalNotice, PrivacyNotice, ProcessingActivity

pytestmark = pytest.mark.django_db


def test_demo_loads_the_statement_and_legal_pages_once(client):
    call_command("load_demo", verbosity=0)
    call_command("load_demo", verbosity=0)

    statement = AccessibilityStatement.objects.get()
    assert statement.url_path_de == "/de/erklaerung-zur-barrierefreiheit/"
    assert statement.url_path_en == "/en/accessibility-statement/"
    assert NonAccessiblePart.objects.count() == 3
    assert LegalNotice.objects.get().url_path_de == "/de/impressum/"
    assert PrivacyNotice.objects.get().url_path_en == "/en/privacy/"
    assert ProcessingActivity.objects.filter(kind="barrier_reports").count() == 1
    for path in (
        "/de/erklaerung-zur-barrierefreiheit/",
        "/en/accessibility-statement/",
        "/de/impressum/",
        "/en/legal-notice/",
        "/de/datenschutz/",
        "/en/privacy/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert 'lang="de"' not in response.content.decode().split("<main", 1)[1], path


def test_demo_legal_notice_invents_no_contact_details():
    """The city's general e-mail and phone are not in the content brief: left to editors."""
    call_command("load_demo", verbosity=0)

    notice = LegalNotice.objects.get()
    assert (notice.email, notice.phone) == ("", "")
    assert notice.publisher_de == "Stadt Dortmund"
    assert "Oberbürgermeister" in notice.represented_by_de


@pytest.mark.parametrize(
    ("notice", "privacy", "expected_notice", "expected_privacy"),
    [
        (
            "/de/impressum/",
            "/de/datenschutz/",
            [
                "Stadt Dortmund",
                "Körperschaft des öffentlichen Rechts",
                "Vertreten durch den Oberbürgermeister",
                "Betenstraße 19",
                "§ 18 Abs. 2",
                "Büro für Internationale Beziehungen",
            ],
            [
                "Verantwortliche Stelle",
                "Datenschutzbeauftragte",
                "Server-Protokolle",
                "Formular „Barriere melden“",
                "Zweck",
                "Rechtsgrundlage",
                "180 Tage nach ihrem Eingang",
                "Empfänger",
                "Art. 15 DSGVO",
                "Landesbeauftragten für Datenschutz und Informationsfreiheit",
                'href="https://www.ldi.nrw.de/"',
            ],
        ),
        (
            "/en/legal-notice/",
            "/en/privacy/",
            [
                "City of Dortmund",
                "body of public law",
                "Represented by the Lord Mayor",
                "Betenstraße 19",
                "§ 18 (2)",
                "Office for International Relations",
            ],
            [
                "Controller",
                "Data-protection officer",
                "server logs",
                "The form “Report a barrier”",
                "Purpose",
                "Legal basis",
                "180 days after",
                "Recipients",
                "Art. 15 GDPR",
                "(LDI NRW)",
                'href="https://www.ldi.nrw.de/"',
            ],
        ),
    ],
)
def test_demo_legal_pages_name_what_the_law_asks_for(
    client, settings, notice, privacy, expected_notice, expected_privacy
):
    """§ 5 DDG / § 18 MStV for the legal notice, Art. 13 GDPR for the privacy notice."""
    settings.FEEDBACK_RETENTION_DAYS = 180
    call_command("load_demo", verbosity=0)

    notice_html = client.get(notice).content.decode()
    privacy_html = client.get(privacy).content.decode()

    assert [text for text in expected_notice if text not in notice_html] == []
    assert [text for text in expected_privacy if text not in privacy_html] == []
