"""Never stale: after any change a visitor sees it on the very next request, on the
changed page and on every other page, feed, sitemap, export and vCard that shows it."""

import csv
import io
from datetime import timedelta

import pytest
import reversion
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from reversion.models import Version

from dortmund_intl import services, xliff
from dortmund_intl.models import Page
from dortmund_intl.revisions import versions
from partnerships import services as partnership_services
from partnerships.models import Partnership, Section
from tests.contacts.factories import PageContactFactory, PersonFactory
from tests.dortmund_intl.test_workflow import _rewrite_targets
from tests.factories import ImageFactory, TeaserFactory, TopicPageFactory
from tests.partnerships.factories import PartnershipFactory, PartnershipIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE = True


def html(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def cached(client, url) -> str:
    """Reads a URL twice, so that it is in the page cache, and returns the text."""
    html(client, url)
    return html(client, url)


@pytest.fixture
def page(start_page):
    return TopicPageFactory(title_de="Alter Titel", title_en="Old title", show_in_menus=True)


def test_a_save_shows_at_once(client, page):
    assert "Alter Titel" in cached(client, page.url_path_de)
    page.title_de = "Neuer Titel"
    page.save()

    assert "Neuer Titel" in html(client, page.url_path_de)


def test_an_unpublished_page_is_gone_at_once_and_back_when_published(client, page):
    cached(client, page.url_path_de)
    page.status = Page.Status.DRAFT
    page.save()
    assert client.get(page.url_path_de).status_code == 404

    page.status = Page.Status.PUBLISHED
    page.save()
    assert "Alter Titel" in html(client, page.url_path_de)


def test_a_deleted_page_is_gone_at_once(client, page):
    cached(client, page.url_path_de)
    url = page.url_path_de
    page.delete()

    assert client.get(url).status_code == 404


def test_a_teaser_change_shows_on_the_pages_that_tease_it(client, start_page):
    target = TopicPageFactory(title_de="Ziel vorher")
    teasing = [TopicPageFactory(), TopicPageFactory()]
    for page in teasing:
        TeaserFactory(page=page, target=target)
        assert "Ziel vorher" in cached(client, page.url_path_de)

    target.title_de = "Ziel nachher"
    target.teaser_de = "Ein neuer Satz."
    target.save()

    for page in teasing:
        text = html(client, page.url_path_de)
        assert "Ziel nachher" in text and "Ein neuer Satz." in text


def test_a_removed_teaser_row_disappears(client, start_page):
    target = TopicPageFactory(title_de="Bald weg")
    page = TopicPageFactory()
    row = TeaserFactory(page=page, target=target)
    assert "Bald weg" in cached(client, page.url_path_de)

    row.delete()

    assert "Bald weg" not in html(client, page.url_path_de)


def test_a_menu_and_breadcrumb_change_shows_on_other_pages(client, page):
    child = TopicPageFactory(parent=page, title_de="Unterseite")
    assert "Alter Titel" in cached(client, child.url_path_de)  # breadcrumb and menu
    assert "Alter Titel" in cached(client, "/de/")  # menu

    page.title_de = "Umbenannt"
    page.save()

    assert "Umbenannt" in html(client, html_path(child))
    assert "Umbenannt" in html(client, "/de/")


def html_path(page) -> str:
    page.refresh_from_db()
    return page.url_path_de


def test_an_image_change_shows_on_the_page(client, start_page):
    image = ImageFactory(alt_de="Alter Alternativtext")
    page = TopicPageFactory(hero_image=image)
    assert "Alter Alternativtext" in cached(client, page.url_path_de)

    image.alt_de = "Neuer Alternativtext"
    image.save()

    assert "Neuer Alternativtext" in html(client, page.url_path_de)


def test_a_contact_change_shows_in_the_contact_box_and_the_vcard(client, start_page):
    person = PersonFactory(role_de="Referentin")
    page = TopicPageFactory()
    PageContactFactory(page=page, person=person)
    vcard = reverse("contacts:person_vcard", args=[person.pk])
    assert "Referentin" in cached(client, page.url_path_de)
    assert "Referentin" in cached(client, vcard)

    person.role_de = "Leiterin"
    person.save()

    assert "Leiterin" in html(client, page.url_path_de)
    assert "Leiterin" in html(client, vcard)


def test_the_feed_and_the_sitemap_show_a_new_page_at_once(client, page):
    feed = reverse("site:feed")
    assert "Alter Titel" in cached(client, feed)
    cached(client, "/sitemap.xml")

    fresh = TopicPageFactory(title_de="Ganz neu", slug_de="ganz-neu")

    assert "Ganz neu" in html(client, feed)
    assert fresh.url_path_de in html(client, "/sitemap.xml")


def test_the_exports_follow_a_renamed_partnership(client, start_page):
    PartnershipIndexPageFactory(section=Section.CITY)
    leeds = PartnershipFactory(municipality_de="Leeds", municipality_en="Leeds")
    csv_url, json_url = reverse("partnerships:csv"), reverse("partnerships:json")
    assert "Leeds" in cached(client, csv_url) and "Leeds" in cached(client, json_url)

    leeds.municipality_de = "Leeds (West Yorkshire)"
    leeds.save()

    rows = list(csv.DictReader(io.StringIO(html(client, csv_url))))
    assert [row["name_de"] for row in rows] == ["Leeds (West Yorkshire)"]
    assert "Leeds (West Yorkshire)" in html(client, json_url)


def test_a_kind_change_moves_the_page_at_once(client, start_page):
    PartnershipIndexPageFactory(section=Section.CITY)
    PartnershipIndexPageFactory(section=Section.PROJECT)
    kumasi = PartnershipFactory(
        municipality_de="Kumasi", slug_de="kumasi", kind=Partnership.Kind.PROJECT, since=None
    )
    old = kumasi.url_path_de
    cached(client, old)
    assert "Kumasi" not in cached(client, "/de/staedtepartnerschaften/")

    partnership_services.change_kind(kumasi, Partnership.Kind.CITY, year=2024)

    assert client.get(old).status_code == 301
    assert "Kumasi" in html(client, "/de/staedtepartnerschaften/")


def test_a_restored_version_shows_at_once(client, page):
    with reversion.create_revision():
        page.save()
    page.title_de = "Zwischenstand"
    page.save()
    assert "Zwischenstand" in cached(client, page.url_path_de)

    versions.restore(Version.objects.get_for_object(page).first())

    assert "Alter Titel" in html(client, page.url_path_de)


def test_an_xliff_import_shows_the_english_text_at_once(client, page):
    assert "Old title" in cached(client, page.url_path_en)
    translated = _rewrite_targets(xliff.export([page]), {f"page-{page.pk}/title": "Imported title"})

    xliff.import_file(translated)

    assert "Imported title" in html(client, page.url_path_en)


def test_writes_without_signals_change_the_version(client, page):
    """QuerySet.update() sends no signal: the services that use it say so themselves."""
    cached(client, page.url_path_de)
    Page.objects.filter(pk=page.pk).update(title_de="Per update")
    assert "Alter Titel" in html(client, page.url_path_de)  # nothing said it changed

    services.page_moved(page, {"/de/nirgends/": page.url_path_de})

    assert "Per update" in html(client, page.url_path_de)


def test_load_demo_changes_the_version(client, start_page):
    assert client.get("/de/staedtepartnerschaften/").status_code == 404
    call_command("load_demo", stdout=io.StringIO())

    assert client.get("/de/staedtepartnerschaften/").status_code == 200


# --- scheduled publication ------------------------------------------------------------


def test_a_scheduled_page_appears_on_its_minute_without_a_save(client, start_page):
    go_live = (timezone.now() + timedelta(minutes=5)).replace(second=0, microsecond=0)
    page = TopicPageFactory(title_de="Geplant", go_live_at=go_live, show_in_menus=True)
    assert client.get(page.url_path_de).status_code == 404
    cached(client, "/de/")
    assert "Geplant" not in html(client, "/de/")

    with time_machine.travel(go_live - timedelta(seconds=1), tick=False):
        assert client.get(page.url_path_de).status_code == 404
        response = client.get("/de/")
        assert response["Cache-Control"] == "public, max-age=1"  # no proxy keeps it past
    with time_machine.travel(go_live, tick=False):
        response = client.get("/de/")
        assert "Geplant" in response.content.decode()
        assert response["Last-Modified"] == http_date(go_live.timestamp())
        assert "Geplant" in html(client, page.url_path_de)


def test_an_expiring_page_disappears_on_its_minute(client, start_page):
    expire = (timezone.now() + timedelta(minutes=3)).replace(second=0, microsecond=0)
    page = TopicPageFactory(title_de="Läuft ab", expire_at=expire, show_in_menus=True)
    assert "Läuft ab" in cached(client, page.url_path_de)
    assert "Läuft ab" in cached(client, "/de/")  # in the menu

    with time_machine.travel(expire, tick=False):
        assert client.get(page.url_path_de).status_code == 404
        assert "Läuft ab" not in html(client, "/de/")
