"""Autocomplete fields in the admin take any submitted value: what is no key of the
related table is a form error, never a server error (found by tests/fuzz)."""

import pytest
from django.urls import reverse

from dortmund_intl.models import TopicPage
from tests.admin_forms import add_inline_row, form_data
from tests.contacts.factories import PersonFactory

pytestmark = pytest.mark.django_db

NOT_KEYS = ["1.0", "abc", str(2**63), str(10**30)]


@pytest.mark.parametrize("value", NOT_KEYS)
def test_a_page_with_no_key_as_hero_image_or_teaser_is_a_form_error(
    admin_client_de, start_page, value
):
    url = reverse("admin:dortmund_intl_topicpage_add")
    data = form_data(admin_client_de.get(url))
    data.update(title_de="Neu", slug_de="neu", parent=str(start_page.pk), hero_image=value)
    add_inline_row(data, "teaser_links", target=value, sort_order="0")

    response = admin_client_de.post(url, data)

    assert response.status_code == 200
    assert "hero_image" in response.context["adminform"].form.errors
    teasers = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "teaser_links"
    )
    assert "target" in teasers.forms[0].errors
    assert not TopicPage.objects.filter(slug_de="neu").exists()


@pytest.mark.parametrize("value", NOT_KEYS)
def test_a_person_with_no_key_as_office_or_portrait_is_a_form_error(admin_client_de, value):
    person = PersonFactory()
    url = reverse("admin:contacts_person_change", args=[person.pk])
    data = form_data(admin_client_de.get(url))
    data.update(office=value, portrait=value)

    response = admin_client_de.post(url, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "office" in errors and "portrait" in errors
