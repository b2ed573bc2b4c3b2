"""An id no database can hold, in any admin URL or a public one, is a 404 (not the
OverflowError of the database driver). ``follow``: the admin answers some of them with a
redirect to its index first."""

import pytest
from django.contrib import admin
from django.urls import reverse

from dortmund_intl.middleware import MAX_ID, beyond_any_id

pytestmark = pytest.mark.django_db

ABSURD = "99999999999999999999999"
REGISTERED = sorted(
    (model._meta.app_label, model._meta.model_name) for model in admin.site._registry
)


@pytest.mark.parametrize(("app_label", "model_name"), REGISTERED)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_an_absurd_id_in_any_admin_url_is_a_404(admin_client, app_label, model_name, view):
    url = reverse(f"admin:{app_label}_{model_name}_{view}", args=[ABSURD])

    assert admin_client.get(url, follow=True).status_code == 404


def test_an_absurd_negative_id_is_a_404_too(admin_client):
    url = reverse("admin:dortmund_intl_topicpage_change", args=["-" + ABSURD])
    assert admin_client.get(url, follow=True).status_code == 404


def test_an_absurd_version_id_in_the_admin_is_a_404(admin_client, start_page):
    url = reverse("admin:dortmund_intl_topicpage_history", args=[start_page.pk])

    assert admin_client.get(f"{url}{ABSURD}/", follow=True).status_code == 404
    recover = f"/admin/dortmund_intl/topicpage/recover/{ABSURD}/"
    assert admin_client.get(recover, follow=True).status_code == 404


def test_an_absurd_id_in_a_public_url_is_a_404(client):
    assert client.get(f"/de/kontakte/personen/{ABSURD}.vcf").status_code == 404
    assert client.get(f"/en/contacts/offices/{ABSURD}.vcf").status_code == 404


def test_the_largest_possible_id_is_still_looked_up(admin_client):
    assert not beyond_any_id(str(MAX_ID))
    assert beyond_any_id(str(MAX_ID + 1))
    assert not beyond_any_id("leeds")
    assert not beyond_any_id("²")
    url = reverse("admin:dortmund_intl_topicpage_change", args=[MAX_ID])
    assert admin_client.get(url).status_code == 302  # "does not exist", back to the list
