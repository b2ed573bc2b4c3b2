import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dortmund_intl import samples
from dortmund_intl.models import Document, ExternalTopic, Image, Page, Teaser, TopicPage
from tests.admin_forms import add_inline_row, form_data
from tests.factories import DocumentFactory, ExternalTopicFactory, ImageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "factory"),
    [
        (TopicPage, TopicPageFactory),
        (ExternalTopic, ExternalTopicFactory),
        (Image, ImageFactory),
        (Document, DocumentFactory),
    ],
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


def test_all_pages_list_leads_to_each_kinds_editor(admin_client_de, start_page):
    topic = TopicPageFactory(title_de="Ukraine-Hilfe")
    html = admin_client_de.get(reverse("admin:dortmund_intl_page_changelist")).content.decode()
    assert "Ukraine-Hilfe" in html
    assert reverse("admin:dortmund_intl_topicpage_change", args=[topic.pk]) in html


def test_teaser_autocomplete_finds_pages_of_every_kind(admin_client_de, start_page):
    TopicPageFactory(title_de="Städtepartnerschaftsfest 2026")
    ExternalTopicFactory(title_de="Bundestagswahl")
    url = reverse("admin:autocomplete")
    params = {"app_label": "dortmund_intl", "model_name": "teaser", "field_name": "target"}

    found = admin_client_de.get(url, {**params, "term": "partnerschaftsfest"}).json()["results"]
    external = admin_client_de.get(url, {**params, "term": "Bundestag"}).json()["results"]

    assert [r["text"] for r in found] == ["Internationales › Städtepartnerschaftsfest 2026"]
    assert [r["text"] for r in external] == ["Bundestagswahl"]


def test_editor_creates_a_page_with_teasers(admin_client_de, start_page):
    target = TopicPageFactory(title_de="Europa")
    add_url = reverse("admin:dortmund_intl_topicpage_add")
    data = form_data(admin_client_de.get(add_url))
    data.update(
        title_de="Ukraine",
        slug_de="ukraine",
        title_en="Ukraine",
        slug_en="ukraine",
        teaser_de="Hilfe für die Ukraine.",
        body_de="<p>Text</p>",
        parent=str(start_page.pk),
        status="published",
    )
    add_inline_row(data, "teaser_links", target=str(target.pk), sort_order="1")

    response = admin_client_de.post(add_url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    page = TopicPage.objects.get(slug_de="ukraine")
    assert page.url_path_de == "/de/ukraine/"
    assert list(Teaser.objects.filter(page=page).values_list("target", flat=True)) == [target.pk]


def test_editor_changes_a_page(admin_client_de, start_page):
    page = TopicPageFactory(title_de="Alt")
    url = reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    data = form_data(admin_client_de.get(url))
    data["title_de"] = "Neu"

    response = admin_client_de.post(url, data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_de == "Neu"


def test_duplicate_address_is_refused_and_the_input_kept(admin_client_de, start_page):
    TopicPageFactory(slug_de="europa", slug_en="europe")
    add_url = reverse("admin:dortmund_intl_topicpage_add")
    data = form_data(admin_client_de.get(add_url))
    data.update(
        title_de="Europa doppelt",
        slug_de="europa",
        slug_en="europa-neu",
        parent=str(start_page.pk),
        teaser_de="Mein getippter Satz.",
    )

    response = admin_client_de.post(add_url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "hat bereits die Adresse /de/europa/" in html
    assert 'value="Europa doppelt"' in html
    assert "Mein getippter Satz." in html
    assert TopicPage.objects.filter(slug_de="europa").count() == 1


def _image_post(client, upload, **overrides):
    add_url = reverse("admin:dortmund_intl_image_add")
    data = form_data(client.get(add_url))
    data.update(
        alt_de="Rathaus am Friedensplatz",
        alt_en="Town hall",
        credit="Stadt Dortmund",
        caption_de="Meine Bildunterschrift",
        file=upload,
    )
    data.update(overrides)
    return client.post(add_url, data)


def test_an_upload_that_is_not_an_image_is_refused_and_the_rest_kept(admin_client_de):
    fake = SimpleUploadedFile("foto.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg")

    response = _image_post(admin_client_de, fake)

    html = response.content.decode()
    assert response.status_code == 200
    assert not Image.objects.exists()
    assert "Bild" in html and ("gültige" in html or "kein Bild" in html)
    assert 'value="Rathaus am Friedensplatz"' in html
    assert 'value="Meine Bildunterschrift"' in html


def test_an_image_without_english_alt_text_is_refused(admin_client_de):
    upload = SimpleUploadedFile(
        "foto.jpg", samples.sample_image(1, 640, 360), content_type="image/jpeg"
    )

    response = _image_post(admin_client_de, upload, alt_en="")

    assert response.status_code == 200
    assert not Image.objects.exists()
    assert response.context["adminform"].form.errors["alt_en"]
    assert 'value="Rathaus am Friedensplatz"' in response.content.decode()


def test_a_valid_image_is_stored_with_its_renditions(admin_client_de, settings):
    upload = SimpleUploadedFile(
        "foto.jpg", samples.sample_image(1, 1000, 600), content_type="image/jpeg"
    )

    response = _image_post(admin_client_de, upload)

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (1000, 600)
    assert image.rendition_url(400).endswith("-400w.webp")
    assert (settings.MEDIA_ROOT / image.rendition_url(800).removeprefix("/media/")).exists()


def test_a_document_of_a_forbidden_type_is_refused(admin_client_de):
    add_url = reverse("admin:dortmund_intl_document_add")
    data = form_data(admin_client_de.get(add_url))
    data.update(
        title_de="Programm",
        language="de",
        file=SimpleUploadedFile("programm.exe", b"MZ...", content_type="application/octet-stream"),
    )

    response = admin_client_de.post(add_url, data)

    assert response.status_code == 200
    assert not Document.objects.exists()
    assert 'value="Programm"' in response.content.decode()


def test_admin_pages_load_nothing_from_other_hosts(admin_client_de, start_page):
    """modeltranslation's tabs would load jQuery UI from a Google CDN; ours is local."""
    page = TopicPageFactory()
    html = admin_client_de.get(
        reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    ).content.decode()

    sources = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html)
    assert any("jquery-ui" in src for src in sources)
    assert all(src.startswith("/") and not src.startswith("//") for src in sources), sources


def test_published_state_is_shown_in_the_list(admin_client_de, start_page):
    TopicPageFactory(title_de="Entwurf X", status=Page.Status.DRAFT)
    html = admin_client_de.get(reverse("admin:dortmund_intl_topicpage_changelist")).content.decode()
    assert "Entwurf X" in html and "Entwurf" in html
