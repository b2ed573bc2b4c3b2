"""People are public only through published pages: listed on the contacts page and
given a vCard only when a published page shows them in its contact box."""

import pytest

from dortmund_intl.models import Page
from tests.contacts.factories import ContactPageFactory, PageContactFactory, PersonFactory
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact_page(start_page):
    return ContactPageFactory(slug_de="kontakt", slug_en="contact")


def test_a_person_attached_only_to_a_draft_is_neither_listed_nor_downloadable(client, contact_page):
    draft = TopicPageFactory(status=Page.Status.DRAFT)
    secret = PersonFactory(office=contact_page.office, given_name="Nur", family_name="Entwurf")
    PageContactFactory(page=draft, person=secret)
    shown = PersonFactory(office=contact_page.office, given_name="Auf", family_name="Seite")
    PageContactFactory(page=TopicPageFactory(), person=shown)

    for path, cards in (("/de/kontakt/", "personen"), ("/en/contact/", "people")):
        html = client.get(path).content.decode()
        assert "Auf Seite" in html
        assert f"{cards}/{shown.pk}.vcf" in html
        assert "Nur Entwurf" not in html
        assert f"{cards}/{secret.pk}.vcf" not in html
    assert client.get(f"/de/kontakte/personen/{secret.pk}.vcf").status_code == 404
    assert client.get(f"/en/contacts/people/{secret.pk}.vcf").status_code == 404
    assert client.get(f"/de/kontakte/personen/{shown.pk}.vcf").status_code == 200


def test_a_person_attached_to_nothing_is_not_public(client, contact_page):
    nobody = PersonFactory(office=contact_page.office, given_name="Ohne", family_name="Seite")

    assert "Ohne Seite" not in client.get("/de/kontakt/").content.decode()
    assert client.get(f"/de/kontakte/personen/{nobody.pk}.vcf").status_code == 404


def test_a_person_becomes_public_when_the_draft_is_published(client, contact_page):
    draft = TopicPageFactory(status=Page.Status.DRAFT)
    person = PersonFactory(office=contact_page.office, given_name="Bald", family_name="Da")
    PageContactFactory(page=draft, person=person)

    draft.status = Page.Status.PUBLISHED
    draft.save()

    assert "Bald Da" in client.get("/de/kontakt/").content.decode()
    assert client.get(f"/de/kontakte/personen/{person.pk}.vcf").status_code == 200
