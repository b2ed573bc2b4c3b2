import pytest
from django.utils import translation

from contacts.selectors import contacts_for
from tests.contacts.factories import OfficeFactory, PageContactFactory, PersonFactory
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def _names(groups):
    return [[person.given_name for person in group.people] for group in groups]


@pytest.fixture
def tree(start_page):
    section = TopicPageFactory(parent=start_page)
    topic = TopicPageFactory(parent=section)
    article = TopicPageFactory(parent=topic)
    return start_page, section, topic, article


def test_a_page_with_its_own_contacts_shows_them(tree):
    start, _section, topic, _article = tree
    PageContactFactory(page=start, person__given_name="Start")
    PageContactFactory(page=topic, person__given_name="Eigen")

    assert _names(contacts_for(topic)) == [["Eigen"]]


def test_a_page_without_contacts_shows_those_of_its_nearest_ancestor(tree):
    start, section, _topic, article = tree
    PageContactFactory(page=start, person__given_name="Start")
    PageContactFactory(page=section, person__given_name="Bereich")

    assert _names(contacts_for(article)) == [["Bereich"]]


def test_the_same_holds_on_the_english_addresses(tree):
    start, section, _topic, article = tree
    PageContactFactory(page=start, person__given_name="Start")
    PageContactFactory(page=section, person__given_name="Bereich")

    with translation.override("en"):
        article.refresh_from_db()
        assert _names(contacts_for(article)) == [["Bereich"]]


def test_a_draft_ancestor_is_skipped(tree):
    start, section, _topic, article = tree
    PageContactFactory(page=start, person__given_name="Start")
    PageContactFactory(page=section, person__given_name="Entwurf")
    section.status = "draft"
    section.save()

    assert _names(contacts_for(article)) == [["Start"]]


def test_no_contacts_anywhere_means_no_box(tree):
    assert contacts_for(tree[3]) == []


def test_people_come_in_the_editors_order_grouped_by_office(tree):
    start = tree[0]
    office, other = OfficeFactory(), OfficeFactory()
    PageContactFactory(
        page=start, person=PersonFactory(given_name="C", office=office), sort_order=2
    )
    PageContactFactory(
        page=start, person=PersonFactory(given_name="A", office=office), sort_order=0
    )
    PageContactFactory(page=start, person=PersonFactory(given_name="B", office=other), sort_order=1)

    groups = contacts_for(start)

    assert [group.office.pk for group in groups] == [office.pk, other.pk]
    assert _names(groups) == [["A", "C"], ["B"]]


def _office_shown(office):
    return (
        office.pk,
        str(office),
        office.name,
        office.unit,
        office.reachability,
        [office.fallback_language(field) for field in ("name", "unit", "reachability")],
        office.street,
        office.postal_code,
        office.city,
        office.phone_uri,
        office.email,
        office.vcard_url,
        office.vcard_filename,
    )


def _person_shown(person):
    portrait = person.portrait
    return (
        person.pk,
        str(person),
        person.full_name,
        person.role,
        person.fallback_language("role"),
        person.phone_uri,
        person.email,
        person.vcard_url,
        person.vcard_filename,
        portrait and (portrait.alt, portrait.fallback_language("alt"), portrait.srcset),
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_contact_box_shows_what_the_models_show(tree, language):
    """The contact box is read as plain values; they must say what the models say,
    the German fallback of a missing English text included."""
    start, _section, topic, _article = tree
    office = OfficeFactory(unit_en="", reachability_de="Montag bis Freitag", phone="0231 50-1")
    PageContactFactory(
        page=topic,
        person=PersonFactory(
            office=office, honorific="Dr.", role_en="", email="a@example.org", phone="0231 50-2"
        ),
    )
    PageContactFactory(page=topic, person=PersonFactory(office=office, portrait=None))

    with translation.override(language):
        groups = contacts_for(topic)
        office.refresh_from_db()
        people = [link.person for link in topic.contact_links.order_by("sort_order", "pk")]

        assert [_office_shown(group.office) for group in groups] == [_office_shown(office)]
        assert [_person_shown(p) for p in groups[0].people] == [_person_shown(p) for p in people]
        if language == "en":
            assert groups[0].office.fallback_language("unit") == "de"
            assert groups[0].people[0].fallback_language("role") == "de"
