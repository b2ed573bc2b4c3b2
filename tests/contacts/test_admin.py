import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from contacts.models import ContactPage, Office, PageContact, Person
from dortmund_intl.roles import TRANSLATORS
from tests.admin_forms import add_inline_row, form_data
from tests.contacts.factories import ContactPageFactory, OfficeFactory, PersonFactory
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "factory"),
    [(Office, OfficeFactory), (Person, PersonFactory), (ContactPage, ContactPageFactory)],
)
def test_changelist_add_and_change_views_open(admin_client_de, start_page, model, factory):
    obj = factory()
    opts = model._meta
    for url in (
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_add"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]),
    ):
        assert admin_client_de.get(url).status_code == 200, url


def test_people_list_shows_role_and_office_and_filters_by_office(admin_client_de):
    office = OfficeFactory(unit_de="Büro für Internationale Beziehungen")
    PersonFactory(given_name="Ayan", family_name="Huseynova", role_de="Referentin", office=office)
    PersonFactory(given_name="Andere", office=OfficeFactory())
    url = reverse("admin:contacts_person_changelist")

    html = admin_client_de.get(url, {"office__id__exact": office.pk}).content.decode()

    assert "Ayan Huseynova" in html and "Referentin" in html
    assert "Andere" not in html


def test_editor_adds_a_person_with_the_office_in_both_languages(admin_client_de):
    office = OfficeFactory()
    url = reverse("admin:contacts_person_add")
    data = form_data(admin_client_de.get(url))
    data.update(
        given_name="Ayan",
        family_name="Huseynova",
        role_de="Referentin Städte-Diplomatie",
        role_en="Policy officer for city diplomacy",
        office=str(office.pk),
        sort_order="1",
    )

    response = admin_client_de.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    person = Person.objects.get(family_name="Huseynova")
    assert (person.role_de, person.role_en) == (
        "Referentin Städte-Diplomatie",
        "Policy officer for city diplomacy",
    )


def test_a_made_up_phone_format_is_refused_and_the_input_kept(admin_client_de):
    office = OfficeFactory()
    url = reverse("admin:contacts_person_add")
    data = form_data(admin_client_de.get(url))
    data.update(
        given_name="Ayan",
        family_name="Huseynova",
        role_de="Referentin",
        office=str(office.pk),
        phone="bitte anrufen",
    )

    response = admin_client_de.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["phone"]
    assert 'value="Huseynova"' in response.content.decode()
    assert not Person.objects.exists()


def test_editor_puts_people_in_a_pages_contact_box(admin_client_de, start_page):
    page = TopicPageFactory()
    person = PersonFactory()
    url = reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    data = form_data(admin_client_de.get(url))
    add_inline_row(data, "contact_links", person=str(person.pk), sort_order="0")

    response = admin_client_de.post(url, data)

    assert response.status_code == 302
    assert list(PageContact.objects.filter(page=page).values_list("person", flat=True)) == [
        person.pk
    ]


def test_the_contact_inline_finds_people_by_name(admin_client_de):
    PersonFactory(given_name="Martin", family_name="van der Pütten")
    PersonFactory(given_name="Ayan", family_name="Huseynova")
    params = {"app_label": "contacts", "model_name": "pagecontact", "field_name": "person"}

    found = admin_client_de.get(reverse("admin:autocomplete"), {**params, "term": "Pütten"})

    assert [row["text"] for row in found.json()["results"]] == ["Martin van der Pütten"]


def test_the_contacts_page_has_no_contact_box_inline(admin_client_de, start_page):
    page = ContactPageFactory()
    url = reverse("admin:contacts_contactpage_change", args=[page.pk])

    formsets = admin_client_de.get(url).context["inline_admin_formsets"]

    assert "contact_links" not in [inline.formset.prefix for inline in formsets]


def test_a_translator_changes_the_english_role_only_even_with_a_crafted_post(
    client, django_user_model
):
    translator = django_user_model.objects.create_user("tom", password="x" * 12, is_staff=True)
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    person = PersonFactory(role_de="Referentin", role_en="Officer", phone="")
    url = reverse("admin:contacts_person_change", args=[person.pk])
    client.force_login(translator)
    data = form_data(client.get(url))
    data.update(role_en="Policy officer", role_de="Vom Übersetzer", phone="0231 1")

    response = client.post(url, data)

    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.role_de, person.role_en, person.phone) == ("Referentin", "Policy officer", "")
