"""manage.py load_scale: synthetic pages of every kind, topped up, removed cleanly."""

import pytest
from django.apps import apps
from django.contrib.redirects.models import Redirect
from django.core.management import call_command

from dortmund_intl.findability.models import SearchDocument
from dortmund_intl.models import GalleryImage, Page, PageDocument, Teaser
from dortmund_intl.scale import services
from dortmund_intl.scale.kinds import KINDS, SLUG_PREFIX
from dortmund_intl.translations import page_models

pytestmark = pytest.mark.django_db


def test_every_page_kind_has_an_entry():
    """A page kind added later needs its entry in the table (or a reason for none)."""
    listed = {kind.model for kind in KINDS}
    kinds = {model._meta.label for model in page_models(Page)}
    assert kinds - listed == set()
    assert all(kind.share or kind.reason for kind in KINDS)


def _snapshot():
    """What the editors' content reads: every page's fields, its rows and search rows."""
    pages = list(
        Page.objects.exclude(slug_de__startswith=SLUG_PREFIX)
        .order_by("pk")
        .values_list(
            "pk",
            "url_path_de",
            "url_path_en",
            "title_de",
            "title_en",
            "body_de",
            "status",
            "updated_at",
            "translation_status",
            "lock_version",
        )
    )
    rows = {
        model.__name__: sorted(model.objects.values_list(*fields))
        for model, fields in [
            (Teaser, ("page_id", "target_id", "sort_order")),
            (PageDocument, ("page_id", "document_id")),
            (GalleryImage, ("page_id", "image_id")),
            (apps.get_model("sdg.GoalTag"), ("page_id", "goal_id")),
            (apps.get_model("contacts.PageContact"), ("page_id", "person_id")),
            (apps.get_model("partnerships.Milestone"), ("partnership_id", "year", "text_de")),
            (SearchDocument, ("page_id", "language", "title", "body")),
            (Redirect, ("old_path", "new_path")),
        ]
    }
    return pages, rows


def test_load_tops_up_and_remove_leaves_the_demo_as_it_was(client):
    call_command("load_demo", verbosity=0)
    before = _snapshot()
    start_page_before = client.get("/de/").content

    call_command("load_scale", pages=40, verbosity=0)
    synthetic = Page.objects.filter(slug_de__startswith=SLUG_PREFIX)
    assert synthetic.count() == 40
    assert set(synthetic.values_list("status", flat=True)) == {"published"}
    kinds = {page.content_type.model_class()._meta.label for page in synthetic.all()}
    assert kinds == {kind.model for kind in KINDS if kind.share}

    call_command("load_scale", pages=40, verbosity=0)
    assert synthetic.count() == 40  # a second run adds nothing
    call_command("load_scale", pages=70, verbosity=0)
    assert synthetic.count() == 70  # topped up, not doubled

    call_command("load_scale", remove=True, verbosity=0)
    assert not synthetic.exists()
    assert _snapshot() == before
    assert client.get("/de/").content == start_page_before


def test_synthetic_pages_answer_in_both_languages_with_their_rows(client, start_page):
    call_command("load_demo", verbosity=0)
    services.load(30, log=lambda message: None)
    synthetic = Page.objects.filter(slug_de__startswith=SLUG_PREFIX, url_path_de__startswith="/")
    seen = set()
    for page in synthetic.order_by("pk"):
        model = page.content_type.model_class()
        if model in seen:
            continue
        seen.add(model)
        german = client.get(page.url_path_de)
        assert german.status_code == 200, page.url_path_de
        assert page.title_de in german.content.decode()
        if getattr(model, "needs_translation", True) and page.title_en:
            english = client.get(page.url_path_en)
            assert english.status_code == 200, page.url_path_en
            assert page.title_en in english.content.decode()
            assert page.translation_status == "current"
    assert len(seen) >= 10
    assert Teaser.objects.filter(page__in=synthetic).exists()
    assert apps.get_model("sdg.GoalTag").objects.filter(page__in=synthetic).exists()
    assert (
        apps.get_model("partnerships.Milestone")
        .objects.filter(partnership__slug_de__startswith=SLUG_PREFIX)
        .exists()
    )


def test_synthetic_pages_are_found_by_the_search(client, start_page):
    services.load(12, log=lambda message: None)
    first = Page.objects.filter(slug_de__startswith=SLUG_PREFIX, url_path_de__startswith="/")
    page = first.order_by("pk").first()

    response = client.get("/de/suche/", {"q": page.title_de})

    assert page.url_path_de in response.content.decode()


def test_without_a_start_page_the_command_says_what_to_do(db):
    with pytest.raises(Exception, match="load_demo"):
        call_command("load_scale", pages=10, verbosity=0)


def test_pages_cached_before_a_load_or_a_removal_show_it_at_once(client, settings):
    """Bulk writes send no signal; the page cache learns of them all the same."""
    settings.PAGE_CACHE = True
    call_command("load_demo", verbosity=0)
    overview = "/de/europa/auszeichnungen/"
    assert client.get(overview).status_code == 200
    assert client.get(overview).content == client.get(overview).content  # cached

    services.add("europe.Award", 2)
    award = Page.objects.filter(slug_de__startswith=SLUG_PREFIX).order_by("pk").first()
    assert award.title_de in client.get(overview).content.decode()

    services.remove(log=lambda message: None)
    assert award.title_de not in client.get(overview).content.decode()
