import pytest
from django.core.management import call_command

from dortmund_intl.models import Document, Image, Page, PageDocument, Teaser

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "url_path_de", "updated_at")),
        "teasers": Teaser.objects.count(),
        "documents": Document.objects.count(),
        "images": Image.objects.count(),
        "downloads": PageDocument.objects.count(),
    }


def test_demo_content_loads_twice_without_changing_anything(client):
    call_command("load_demo")
    first = _snapshot()
    call_command("load_demo")

    assert _snapshot() == first
    assert client.get("/de/").status_code == 200
    assert client.get("/en/").status_code == 200


def test_demo_pages_exist_in_german_and_english():
    """Every page but the German-only kinds (Leichte Sprache, sign language)."""
    call_command("load_demo")

    for page in Page.objects.all():
        if not getattr(page.content_type.model_class(), "needs_translation", True):
            assert not page.title_en, page.url_path_de  # German only, by design
            continue
        assert page.title_de and page.title_en, page.url_path_de
        assert page.teaser_de and page.teaser_en, page.url_path_de
        if page.body_de:
            assert page.body_en, page.url_path_de


def test_the_demo_leaves_nothing_in_the_translators_queue(admin_client):
    """The demo is complete in both languages: no row of it (milestones and partner
    organisations included) waits for a translation it already has."""
    from dortmund_intl.admin import _needing_translation

    call_command("load_demo")

    assert [f"{type(obj).__name__} {obj}" for obj in _needing_translation()] == []
    queue = admin_client.get("/admin/dortmund_intl/page/translations/")
    assert queue.status_code == 200
    assert "Beginn der Städtepartnerschaft" not in queue.content.decode()


def test_city_diplomacy_article_has_its_two_downloads(client):
    call_command("load_demo")

    html = client.get("/en/dortmund-international/city-diplomacy/").content.decode()

    assert "Strong Cities Ensure Stability in Foreign Policy" in html
    assert "(PDF, 1 KB, English)" in html
    assert "(PDF, 1 KB, German)" in html


def test_ensure_admin_prints_a_generated_password_once(capsys):
    from django.contrib.auth import get_user_model

    call_command("ensure_admin")
    first = capsys.readouterr().out
    call_command("ensure_admin")
    second = capsys.readouterr().out

    password = first.split("password:")[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
    assert len(password) >= 16
    assert second == ""


def test_demo_pages_start_with_a_version_in_their_history():
    from reversion.models import Version

    call_command("load_demo")
    page = Page.objects.get(url_path_de="/de/ukraine/").specific
    versions = Version.objects.get_for_object(page)
    assert versions.count() == 1
    assert versions.first().revision.get_comment() == "Demo content"
    call_command("load_demo")
    assert Version.objects.get_for_object(page).count() == 1
