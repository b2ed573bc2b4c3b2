import pytest
from django.core.management import call_command

from contacts.models import Office, PageContact, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo")


def test_the_office_and_its_people_without_made_up_numbers_or_addresses(demo):
    office = Office.objects.get()
    people = list(Person.objects.order_by("sort_order"))

    assert (office.street, office.postal_code, office.city) == (
        "Betenstraße 19",
        "44135",
        "Dortmund",
    )
    assert office.unit_de == "Büro für Internationale Beziehungen"
    assert [p.full_name for p in people] == ["Martin van der Pütten", "Ayan Huseynova"]
    assert "Koordinator Globale Städte-Diplomatie" in people[0].role_de
    assert people[1].role_de == "Referentin Städte-Diplomatie"
    assert all(p.role_en for p in people)
    assert [(p.phone, p.email) for p in people] == [("", ""), ("", "")]
    assert (office.phone, office.email) == ("", "")
    assert all(p.portrait.alt_de and p.portrait.alt_en for p in people)


def test_every_page_inherits_the_offices_contact_box(client, demo):
    for path in ("/de/europa/brexit/", "/en/europe/awards/plaque-of-honour/", "/en/"):
        html = client.get(path).content.decode()
        assert 'class="contact-box"' in html, path
        assert "Betenstraße 19" in html and "Ayan Huseynova" in html, path


def test_dortmund_international_shows_its_head_only_as_in_the_seed(client, demo):
    html = client.get("/de/dortmund-international/").content.decode()
    box = html.split('class="contact-box"', 1)[1]

    assert "Martin van der Pütten" in box
    assert "Ayan Huseynova" not in box


def test_the_contacts_page_in_both_languages(client, demo):
    de = client.get("/de/kontakt/").content.decode()
    en = client.get("/en/contact/").content.decode()

    assert "Anschrift und Erreichbarkeit" in de and "Referentin Städte-Diplomatie" in de
    assert "Address and how to reach us" in en and "Policy officer for city diplomacy" in en


def test_loading_twice_changes_nothing(demo):
    def snapshot():
        return (
            list(Office.objects.values_list("pk", "name_de", "unit_en")),
            list(Person.objects.values_list("pk", "role_de", "portrait")),
            list(PageContact.objects.values_list("pk", "page", "person", "sort_order")),
        )

    first = snapshot()
    call_command("load_demo")

    assert snapshot() == first
