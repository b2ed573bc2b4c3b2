import pytest
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError

from dortmund_intl.models import Document, Page
from tests.factories import DocumentFactory, ExternalTopicFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


def test_addresses_follow_the_parent_and_the_translated_slug(start_page):
    parent = TopicPageFactory(slug_de="europa", slug_en="europe")
    child = TopicPageFactory(parent=parent, slug_de="netzwerke", slug_en="networks")

    assert start_page.url_path_de == "/de/"
    assert start_page.url_path_en == "/en/"
    assert child.url_path_de == "/de/europa/netzwerke/"
    assert child.url_path_en == "/en/europe/networks/"


def test_english_address_uses_the_german_slug_when_no_english_one_is_given(start_page):
    page = TopicPageFactory(slug_de="ukraine-hilfe", slug_en="")
    assert page.url_path_en == "/en/ukraine-hilfe/"


def test_renaming_a_page_keeps_its_old_addresses_answering(start_page):
    parent = TopicPageFactory(slug_de="europa", slug_en="europe")
    child = TopicPageFactory(parent=parent, slug_de="netzwerke", slug_en="networks")

    parent.slug_de, parent.slug_en = "eu", "eu"
    parent.save()
    child.refresh_from_db()

    assert child.url_path_de == "/de/eu/netzwerke/"
    redirects = dict(Redirect.objects.values_list("old_path", "new_path"))
    assert redirects["/de/europa/"] == "/de/eu/"
    assert redirects["/en/europe/"] == "/en/eu/"
    assert redirects["/de/europa/netzwerke/"] == "/de/eu/netzwerke/"
    assert redirects["/en/europe/networks/"] == "/en/eu/networks/"


def test_a_second_rename_leads_the_first_address_straight_to_the_newest(start_page):
    page = TopicPageFactory(slug_de="a", slug_en="a")
    page.slug_de = "b"
    page.save()
    page.slug_de = "c"
    page.save()

    assert Redirect.objects.get(old_path="/de/a/").new_path == "/de/c/"
    assert Redirect.objects.get(old_path="/de/b/").new_path == "/de/c/"


def test_moving_back_to_an_old_address_removes_its_redirect(start_page):
    page = TopicPageFactory(slug_de="a", slug_en="a")
    page.slug_de = "b"
    page.save()
    page.slug_de = "a"
    page.save()

    assert not Redirect.objects.filter(old_path="/de/a/").exists()
    assert Redirect.objects.get(old_path="/de/b/").new_path == "/de/a/"


def test_two_pages_cannot_share_an_address(start_page):
    TopicPageFactory(slug_de="europa", slug_en="europe")
    twin = TopicPageFactory.build(parent=start_page, slug_de="europa", slug_en="europa-2")

    with pytest.raises(ValidationError) as error:
        twin.full_clean()
    assert "slug_de" in error.value.message_dict


def test_there_is_only_one_start_page(start_page):
    second = TopicPageFactory.build(parent=None, slug_de="zweite", slug_en="second")
    with pytest.raises(ValidationError):
        second.full_clean()


def test_a_page_cannot_be_placed_under_itself(start_page):
    parent = TopicPageFactory()
    child = TopicPageFactory(parent=parent)
    parent.parent = child
    with pytest.raises(ValidationError):
        parent.clean()


def test_rich_text_is_sanitised_on_every_save(start_page):
    page = TopicPageFactory(
        body_de='<p onclick="steal()">Hallo<script>alert(1)</script>'
        '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a></p>',
        body_en="<p>Hi<iframe src='https://evil.example'></iframe></p>",
    )
    page.refresh_from_db()
    for html in (page.body_de, page.body_en):
        assert "<script" not in html
        assert "onerror" not in html
        assert "onclick" not in html
        assert "javascript:" not in html
        assert "<iframe" not in html
    assert "Hallo" in page.body_de


def test_rich_text_keeps_the_structure_editors_write(start_page):
    html = (
        "<h2>Titel</h2><p><strong>fett</strong> <em>kursiv</em> "
        '<a href="https://www.dortmund.de/">Link</a></p><ul><li><p>Punkt</p></li></ul>'
        "<blockquote><p>Zitat</p></blockquote>"
    )
    page = TopicPageFactory(body_de=html)
    page.refresh_from_db()
    for fragment in (
        "<h2>Titel</h2>",
        "<strong>fett</strong>",
        "<blockquote>",
        "<li>",
        'href="https://www.dortmund.de/"',
    ):
        assert fragment in page.body_de


def test_published_respects_status_and_schedule(start_page):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    live = TopicPageFactory()
    draft = TopicPageFactory(status=Page.Status.DRAFT)
    future = TopicPageFactory(go_live_at=now + timedelta(hours=1))
    expired = TopicPageFactory(expire_at=now - timedelta(minutes=1))

    published = {page.pk for page in Page.objects.published()}
    assert live.pk in published
    assert not {draft.pk, future.pk, expired.pk} & published
    assert future.pk in {p.pk for p in Page.objects.published(at=now + timedelta(hours=2))}


def test_external_topics_lead_outside_and_need_no_parent(db):
    topic = ExternalTopicFactory(link_de="https://www.dortmund.de/themen/wahlen/")
    topic.full_clean()
    assert topic.get_absolute_url() == "https://www.dortmund.de/themen/wahlen/"
    assert not Redirect.objects.exists()


@pytest.mark.parametrize(
    ("size", "language", "display_de"),
    [(162 * 1024, "de", "PDF, 162 KB, Deutsch"), (156 * 1024 + 300, "en", "PDF, 156 KB, Englisch")],
)
def test_documents_show_type_size_and_language_as_the_city_site_does(size, language, display_de):
    document = Document(file="documents/x.pdf", language=language, file_size=size)
    assert document.meta_display == display_de


def test_document_size_is_taken_from_the_file(db):
    document = DocumentFactory()
    assert document.file_size == document.file.size > 0


@pytest.mark.parametrize(
    "name",
    ["images/2026/bild.jpg", "documents/2026/Städte Diplomatie (DE).pdf", "a:b#c?.pdf", "x.png"],
)
def test_media_addresses_are_the_storages_own(name, settings):
    """The shortcut for files on local disk gives what the storage itself would."""
    from django.core.files.storage import default_storage

    from dortmund_intl.images import media_url

    assert media_url(name) == default_storage.url(name)
    settings.MEDIA_URL = "https://files.example.org/dortmund/"
    assert media_url(name) == default_storage.url(name)
    assert media_url(name).startswith("https://files.example.org/dortmund/")


@pytest.mark.parametrize(
    ("name", "file_type"),
    [("documents/a.pdf", "PDF"), ("a.tar.gz", "GZ"), ("documents/.hidden", ""), ("noext", "")],
)
def test_document_type_is_the_file_extension(name, file_type):
    assert Document(file=name).file_type == file_type


def test_choice_labels_follow_the_language_and_an_unknown_value_shows_as_it_is(start_page):
    from django.utils import translation

    from partnerships.models import Partnership
    from tests.partnerships.factories import PartnershipFactory

    partnership = PartnershipFactory(kind=Partnership.Kind.CITY)
    shown = []
    for language in ("de", "en", "de"):
        with translation.override(language):
            shown.append(partnership.get_kind_display())
    partnership.kind = "no-such-kind"

    assert shown == ["Städtepartnerschaft", "City partnership", "Städtepartnerschaft"]
    assert partnership.get_kind_display() == "no-such-kind"
