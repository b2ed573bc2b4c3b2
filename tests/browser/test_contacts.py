"""The contacts page and the contact box in a real browser; the vCard download."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, screenshot


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")


@pytest.mark.parametrize(
    ("path", "heading", "people"),
    [
        ("/de/kontakt/", "Kontakt", "Personen"),
        ("/en/contact/", "Contact", "People"),
    ],
)
def test_contacts_page_is_accessible(site, demo, path, heading, people):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    assert site.get_by_role("heading", name=people).count() == 1
    assert site.locator(".contact-person").count() == 2
    assert_accessible(site)
    name = "contacts-" + path.split("/")[1]
    for viewport in (PHONE, DESKTOP):
        screenshot(site, name, viewport)


def test_the_contact_box_at_the_end_of_a_page_is_accessible(site, demo):
    site.goto(site.base + "/de/europa/brexit/")

    box = site.locator(".contact-box")
    assert "Anschrift und Erreichbarkeit" in box.inner_text()
    assert_accessible(site)


def test_a_person_vcard_downloads_as_a_vcf_file(site, demo):
    site.goto(site.base + "/de/kontakt/")

    with site.expect_download() as info:
        site.get_by_role("link", name="Kontakt speichern (vCard) – Martin van der Pütten").click()

    download = info.value
    assert download.suggested_filename == "martin-van-der-putten.vcf"
    content = download.path().read_bytes()
    assert content.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "FN:Martin van der Pütten\r\n".encode() in content
