"""Editors maintain the legal pages; the admin says what the law asks for that is missing."""

import pytest
from django.urls import reverse

from tests.admin_forms import form_data
from tests.legal.factories import (
    LegalNoticeFactory,
    PrivacyNoticeFactory,
    ProcessingActivityFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["legalnotice", "privacynotice"])
def test_changelist_add_and_change_views_open(admin_client_de, start_page, name):
    obj = {"legalnotice": LegalNoticeFactory, "privacynotice": PrivacyNoticeFactory}[name]()
    for url in (
        reverse(f"admin:legal_{name}_changelist"),
        reverse(f"admin:legal_{name}_add"),
        reverse(f"admin:legal_{name}_change", args=[obj.pk]),
    ):
        assert admin_client_de.get(url).status_code == 200, url


def test_change_form_warns_when_the_legal_notice_lacks_email_and_phone(admin_client_de, start_page):
    complete = LegalNoticeFactory()
    lacking = LegalNoticeFactory(email="", phone="", slug_de="impressum-2", slug_en="notice-2")

    warned = admin_client_de.get(reverse("admin:legal_legalnotice_change", args=[lacking.pk]))
    fine = admin_client_de.get(reverse("admin:legal_legalnotice_change", args=[complete.pk]))

    assert "Im Impressum fehlt noch: E-Mail, Telefon." in warned.content.decode()
    assert "Im Impressum fehlt noch" not in fine.content.decode()


def test_editor_adds_a_processing_to_the_privacy_notice(admin_client_de, start_page):
    notice = PrivacyNoticeFactory()
    ProcessingActivityFactory(notice=notice)
    url = reverse("admin:legal_privacynotice_change", args=[notice.pk])
    data = form_data(admin_client_de.get(url))
    total = int(data["activities-TOTAL_FORMS"])
    row = f"activities-{total}"
    data.update(
        {
            "activities-TOTAL_FORMS": str(total + 1),
            f"{row}-kind": "other",
            f"{row}-title_de": "Newsletter",
            f"{row}-data_de": "E-Mail-Adresse",
            f"{row}-purpose_de": "Versand",
            f"{row}-legal_basis_de": "Einwilligung, Art. 6 Abs. 1 Buchst. a DSGVO",
            f"{row}-sort_order": "2",
        }
    )

    response = admin_client_de.post(url, data)

    assert response.status_code == 302
    assert notice.activities.filter(title_de="Newsletter").exists()
