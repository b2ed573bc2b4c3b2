"""The editors' side: German-only forms, the Leichte-Sprache hints (after saving and
from the hints view the form's script calls)."""

import pytest
from django.urls import reverse

from dortmund_intl.easy_access.models import EasyReadPage, EasyReadStartPage, SignLanguagePage
from tests.admin_forms import form_data
from tests.easy_access.factories import (
    EasyReadPageFactory,
    EasyReadStartPageFactory,
    SignLanguagePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "factory"),
    [
        (EasyReadStartPage, EasyReadStartPageFactory),
        (EasyReadPage, EasyReadPageFactory),
        (SignLanguagePage, SignLanguagePageFactory),
    ],
)
def test_the_forms_open_and_have_no_english_fields(admin_client_de, start_page, model, factory):
    obj = factory()
    opts = model._meta
    for url in (
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_add"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]),
    ):
        response = admin_client_de.get(url)
        assert response.status_code == 200, url
        if "adminform" in response.context:
            fields = response.context["adminform"].form.fields
            assert "title_de" in fields
            assert not [name for name in fields if name.endswith("_en")]


def test_hints_show_after_saving(admin_client_de, start_page):
    page = EasyReadPageFactory(
        body_de="<p>Die Städtepartnerschaft wurde 1969 gegründet.</p>",
        teaser_de="Kurz.",
    )
    url = reverse("admin:easy_access_easyreadpage_change", args=[page.pk])

    html = admin_client_de.get(url).content.decode()

    assert "Hinweise zur Leichten Sprache" in html
    assert "„Städtepartnerschaft“ ist ein langes Wort." in html
    assert "Städ·te·part·ner·schaft" in html
    assert "Dieser Satz steht wahrscheinlich im Passiv." in html
    assert 'src="/static/easy_access/hints.js"' in html


def test_a_text_without_problems_says_so(admin_client_de, start_page):
    page = EasyReadPageFactory(body_de="<p>Dortmund hat Partner·städte.</p>", teaser_de="Kurz.")

    html = admin_client_de.get(
        reverse("admin:easy_access_easyreadpage_change", args=[page.pk])
    ).content.decode()

    assert "Keine Hinweise: Die Sätze sind kurz" in html


def test_the_hints_view_checks_the_text_as_it_is_being_written(admin_client_de):
    url = reverse("admin:easy_access_easyreadstartpage_hints")
    long_sentence = " ".join(["Wort"] * 16) + "."

    response = admin_client_de.post(
        url,
        {
            "title_de": "Leichte Sprache",
            "body_de": "<p>Sie werden herzlich eingeladen.</p>",
            "navigation_hints": f"<p>{long_sentence}</p>",
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h3 class="easy-read-hints__field">Text</h3>' in html
    assert "Dieser Satz steht wahrscheinlich im Passiv." in html
    assert "Dieser Satz hat 16 Wörter." in html
    assert "Titel" not in html  # no hint for the title


def test_the_hints_view_is_for_staff_only(client):
    response = client.post(reverse("admin:easy_access_easyreadpage_hints"), {"body_de": "x"})

    assert response.status_code == 302  # to the sign-in page
    assert "/admin/login/" in response["Location"]


def test_an_edit_is_saved_with_hints_left_to_the_editor(admin_client_de, start_page):
    """A hint never blocks a save: the editor decides."""
    page = EasyReadPageFactory()
    url = reverse("admin:easy_access_easyreadpage_change", args=[page.pk])
    data = form_data(admin_client_de.get(url))
    data["body_de"] = "<p>Die Gäste wurden eingeladen.</p>"

    response = admin_client_de.post(url, data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.body_de == "<p>Die Gäste wurden eingeladen.</p>"


def test_editors_may_edit_and_publish_these_kinds(client, start_page):
    from django.contrib.auth.models import Group, User

    editor = User.objects.create_user("anna", is_staff=True)
    editor.groups.add(Group.objects.get(name="Redaktion"))
    page = EasyReadPageFactory()
    client.force_login(editor)

    for url in (
        reverse("admin:easy_access_easyreadpage_change", args=[page.pk]),
        reverse("admin:easy_access_signlanguagepage_add"),
        reverse("admin:easy_access_easyreadstartpage_changelist"),
    ):
        assert client.get(url).status_code == 200, url
    assert editor.has_perm("easy_access.change_signlanguagepage")
