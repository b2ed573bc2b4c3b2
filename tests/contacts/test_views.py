"""The contact box on every page and the contacts page, in German and English."""

import re

import pytest

from tests.contacts.factories import (
    ContactPageFactory,
    OfficeFactory,
    PageContactFactory,
    PersonFactory,
)
from tests.factories import ImageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _box(html: str) -> str:
    return html.split('<section class="contact-box"', 1)[1].split(">", 1)[1].split("</section>")[0]


@pytest.fixture
def office():
    return OfficeFactory(
        unit_de="Büro für Internationale Beziehungen", unit_en="Office for International Relations"
    )


@pytest.fixture
def topic_with_inherited_box(start_page, office):
    PageContactFactory(
        page=start_page,
        person=PersonFactory(
            given_name="Martin",
            family_name="van der Pütten",
            role_de="Leitung",
            role_en="Head of office",
            office=office,
            portrait=ImageFactory(
                alt_de="Porträt Martin van der Pütten", alt_en="Portrait Martin van der Pütten"
            ),
        ),
    )
    return TopicPageFactory(parent=TopicPageFactory(), slug_de="artikel", slug_en="article")


@pytest.mark.parametrize(
    ("language", "alt", "expected"),
    [
        (
            "de",
            "Porträt Martin van der Pütten",
            "Kontakt Amt für Angelegenheiten des Oberbürgermeisters und des Rates – Büro für "
            "Internationale Beziehungen Anschrift und Erreichbarkeit Anschrift: Betenstraße 19 "
            "44135 Dortmund Kontakt speichern (vCard) – Amt für Angelegenheiten des "
            "Oberbürgermeisters und des Rates – Büro für Internationale Beziehungen "
            "Personen Martin van der Pütten Leitung Kontakt speichern (vCard) – Martin van "
            "der Pütten",
        ),
        (
            "en",
            "Portrait Martin van der Pütten",
            "Contact Office of the Lord Mayor and the City Council – Office for International "
            "Relations Address and how to reach us Address: Betenstraße 19 44135 Dortmund "
            "Save contact (vCard) – Office of the Lord Mayor and the City Council – Office "
            "for International Relations People Martin van der Pütten Head of office "
            "Save contact (vCard) – Martin van der Pütten",
        ),
    ],
)
def test_a_page_shows_the_contact_box_of_its_section(
    client, topic_with_inherited_box, language, alt, expected
):
    html = client.get(topic_with_inherited_box.url_for(language)).content.decode()

    box = _box(html)
    assert _text(box) == expected
    assert f'alt="{alt}"' in box
    assert "/css/contacts.css" in html


def test_phone_and_email_become_links_only_when_published(client, start_page, office):
    PageContactFactory(
        page=start_page,
        person=PersonFactory(office=office, phone="0231 50-12345", email="team@example.org"),
    )
    PageContactFactory(page=start_page, person=PersonFactory(office=office, phone="", email=""))

    box = _box(client.get("/de/").content.decode())

    assert box.count('href="tel:+492315012345"') == 1
    assert box.count('href="mailto:team@example.org"') == 1
    assert box.count("Telefon") == 1


def test_a_page_without_any_contacts_has_no_box(client, start_page):
    page = TopicPageFactory()

    assert 'class="contact-box"' not in client.get(page.url_path_de).content.decode()


@pytest.mark.parametrize(
    ("path", "heading", "expected"),
    [
        (
            "/de/kontakt/",
            "Kontakt",
            ["Anna Erste Leitung", "Bert Zweiter Referentin"],
        ),
        (
            "/en/contact/",
            "Contact",
            ["Anna Erste Head of office", "Bert Zweiter Policy officer"],
        ),
    ],
)
def test_contacts_page_lists_the_office_and_all_its_people(
    client, start_page, office, path, heading, expected
):
    bert = PersonFactory(office=office, given_name="Bert", family_name="Zweiter", sort_order=2)
    anna = PersonFactory(
        office=office,
        given_name="Anna",
        family_name="Erste",
        role_de="Leitung",
        role_en="Head of office",
        sort_order=1,
    )
    PersonFactory(given_name="Fremd")  # another office
    ContactPageFactory(office=office, slug_de="kontakt", slug_en="contact")
    PageContactFactory(page=start_page, person=anna)  # pages elsewhere get a contact box
    PageContactFactory(page=TopicPageFactory(), person=bert)  # only who a page shows is listed

    html = client.get(path).content.decode()

    people = re.findall(r'<p class="contact-person__name">(.*?)</p>\s*<p[^>]*>(.*?)</p>', html)
    assert f"<h1>{heading}</h1>" in html
    assert [f"{name} {role}" for name, role in people] == expected
    assert "Betenstraße 19" in html
    assert 'class="contact-box"' not in html  # the page is the listing; no box repeating it
    assert "Fremd" not in html
