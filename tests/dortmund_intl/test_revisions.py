"""Revisions belong to one object: a restore changes only what the editor restores,
and the confirmation and the compare view show everything it changes (issue 10,
points 1 and 2)."""

import pytest
import reversion
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from reversion.models import Revision, Version

from contacts.models import Office, PageContact, Person
from dortmund_intl import xliff
from dortmund_intl.models import (
    Document,
    GalleryImage,
    Image,
    Page,
    PageDocument,
    Teaser,
    TopicPage,
)
from dortmund_intl.revisions import versions as revisions
from dortmund_intl.roles import EDITORS
from partnerships.models import Milestone, PartnerOrganisation, Partnership
from sdg.models import GoalTag
from tests.admin_forms import add_inline_row, form_data
from tests.demo_pages import published_paths
from tests.dortmund_intl.test_workflow import _rewrite_targets
from tests.factories import TeaserFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

LEEDS = "/de/staedtepartnerschaften/leeds/"
ROW_MODELS = [Teaser, GoalTag, GalleryImage, PageContact, PageDocument, Milestone]


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "anna", password="pw-anna-anna", is_staff=True, first_name="Anna", last_name="Berg"
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    client.cookies["django_language"] = "de"
    return client


def _admin_url(obj, view, *args):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk, *args])


def _save(client, obj, data):
    response = client.post(_admin_url(obj, "change"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def _edit(client, obj, change=None, **fields):
    """Opens the change form, changes what is given and saves."""
    data = form_data(client.get(_admin_url(obj, "change")))
    data.update(fields)
    if change:
        change(data)
    return _save(client, obj, data)


def _render_all(client, paths):
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        pages[path] = response.content.decode()
    return pages


def _counts():
    return {model.__name__: model.objects.count() for model in [*ROW_MODELS, PartnerOrganisation]}


def _rows(page):
    return {
        "teasers": sorted(Teaser.objects.filter(page=page).values_list("target_id", "sort_order")),
        "milestones": sorted(
            Milestone.objects.filter(partnership=page).values_list("year", "text_de", "text_en")
        ),
        "tags": sorted(GoalTag.objects.filter(page=page).values_list("goal_id", flat=True)),
        "gallery": sorted(
            GalleryImage.objects.filter(page=page).values_list("image_id", flat=True)
        ),
    }


def _top_level_objects(revision):
    """The objects with a history of their own (pages, images, people ...) in a revision;
    rows inside them (teasers, milestones ...) and page base rows not counted."""
    found = set()
    for version in revision.version_set.all():
        if revisions.has_own_history(version._model):
            found.add((version._model, version.object_id))
    return found


# --- every object gets revisions of its own -------------------------------------------


def test_load_demo_makes_one_revision_per_object_with_its_rows():
    call_command("load_demo")

    demo = Revision.objects.filter(comment="Demo content")
    objects = [Page, Image, Document, Person, Office]
    assert demo.count() == sum(model.objects.count() for model in objects) > 70
    for revision in demo.prefetch_related("version_set"):
        assert len(_top_level_objects(revision)) == 1, revision
    leeds = Partnership.objects.get(url_path_de=LEEDS)
    (version,) = Version.objects.get_for_object(leeds)
    state = revisions.version_state(version)
    assert state.rows["teaser_links"] and state.rows["milestones"]
    assert len(state.rows["teaser_links"]) == leeds.teaser_links.count()
    assert len(state.rows["gallery_links"]) == leeds.gallery_links.count() == 2


def test_xliff_import_makes_one_revision_per_page(editor):
    first = TopicPageFactory(title_de="Erste", title_en="")
    second = TopicPageFactory(title_de="Zweite", title_en="")
    translated = _rewrite_targets(
        xliff.export([first, second]),
        {f"page-{first.pk}/title": "First", f"page-{second.pk}/title": "Second"},
    )

    xliff.import_file(translated, user=editor)

    for page in (first, second):
        (version,) = Version.objects.get_for_object(page)
        assert _top_level_objects(version.revision) == {(TopicPage, str(page.pk))}
        assert version.revision.user == editor


# --- a restore changes only what the editor restores ----------------------------------


def test_restoring_one_demo_page_leaves_every_other_page_as_it_was(client, editor_client):
    call_command("load_demo")
    leeds = Partnership.objects.get(url_path_de=LEEDS)
    demo_rows = _rows(leeds)
    paths = published_paths()
    others = [path for path in paths if path not in (leeds.url_path_de, leeds.url_path_en)]

    # The editor changes Leeds: new text, one teaser removed, one milestone added.
    data = form_data(editor_client.get(_admin_url(leeds, "change")))
    data["body_de"] = "<p>Neuer Text über Leeds.</p>"
    data["teaser_links-0-DELETE"] = "on"
    add_inline_row(data, "milestones", year="2026", text_de="Neuer Meilenstein", sort_order="9")
    _save(editor_client, leeds, data)
    assert _rows(leeds) != demo_rows
    before_restore = _render_all(client, others)
    counts = _counts()

    oldest = Version.objects.get_for_object(leeds).last()
    assert oldest.revision.comment == "Demo content"
    restore_url = _admin_url(leeds, "revision", oldest.pk)
    confirmation = editor_client.get(restore_url)
    assert confirmation.status_code == 200
    assert _counts() == counts  # showing the confirmation writes nothing
    response = editor_client.post(restore_url, form_data(confirmation))
    assert response.status_code == 302

    assert _rows(leeds) == demo_rows
    leeds.refresh_from_db()
    assert "Neuer Text" not in leeds.body_de
    assert _render_all(client, others) == before_restore
    assert _counts() == {
        **counts,
        "Teaser": counts["Teaser"] + 1,
        "Milestone": counts["Milestone"] - 1,
    }
    assert Page.objects.get(url_path_de="/de/nachhaltigkeitsziele/").is_live


def test_a_restore_from_an_old_revision_of_many_objects_touches_one_object(editor_client):
    start = TopicPageFactory(parent=None, slug_de="", slug_en="", title_de="Start")
    target = TopicPageFactory(parent=start, title_de="Ziel")
    with reversion.create_revision():  # as load_demo did before: everything in one
        first = TopicPage.objects.create(parent=start, title_de="Erste", slug_de="erste")
        second = TopicPage.objects.create(parent=start, title_de="Zweite", slug_de="zweite")
        TeaserFactory(page=first, target=target)
        TeaserFactory(page=second, target=target)
    shared = Version.objects.get_for_object(first).get().revision
    assert len(_top_level_objects(shared)) == 2
    for page, title in ((first, "Erste, geändert"), (second, "Zweite, geändert")):
        data = form_data(editor_client.get(_admin_url(page, "change")))
        data["title_de"] = title
        data["teaser_links-0-DELETE"] = "on"
        _save(editor_client, page, data)

    version = Version.objects.get_for_object(first).get(revision=shared)
    restore_url = _admin_url(first, "revision", version.pk)
    assert (
        editor_client.post(restore_url, form_data(editor_client.get(restore_url))).status_code
        == 302
    )

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.title_de == "Erste"
    assert list(first.teaser_links.values_list("target", flat=True)) == [target.pk]
    assert second.title_de == "Zweite, geändert"
    assert not second.teaser_links.exists()


def test_a_restore_removes_only_the_restored_pages_new_rows(editor_client, start_page):
    target = TopicPageFactory(title_de="Ziel")
    page = TopicPageFactory(title_de="Seite")
    other = TopicPageFactory(title_de="Andere")
    TeaserFactory(page=other, target=target)
    _edit(editor_client, page)  # a version without teasers
    _edit(
        editor_client,
        page,
        lambda data: add_inline_row(data, "teaser_links", target=str(target.pk), sort_order="1"),
    )

    version = Version.objects.get_for_object(page).last()
    restore_url = _admin_url(page, "revision", version.pk)
    confirmation = editor_client.get(restore_url).content.decode()
    assert "Ziel" in confirmation and "entfernt" in confirmation
    editor_client.post(restore_url, form_data(editor_client.get(restore_url)))

    assert not page.teaser_links.exists()
    assert other.teaser_links.get().target_id == target.pk


def test_the_confirmation_lists_fields_and_rows_before_writing(editor_client, start_page):
    target = TopicPageFactory(title_de="Zielseite")
    page = TopicPageFactory(title_de="Alter Titel", title_en="Old title")
    TeaserFactory(page=page, target=target)
    _edit(editor_client, page)
    _edit(editor_client, page, title_de="Neuer Titel", **{"teaser_links-0-DELETE": "on"})

    version = Version.objects.get_for_object(page).last()
    html = editor_client.get(_admin_url(page, "revision", version.pk)).content.decode()

    summary = html.split('class="restore-summary"')[1].split("</section>")[0]
    assert "Neuer Titel" in summary and "Alter Titel" in summary
    assert "Zielseite" in summary and "hinzugefügt" in summary
    assert "Old title" not in summary  # unchanged fields are not listed
    page.refresh_from_db()
    assert page.title_de == "Neuer Titel" and not page.teaser_links.exists()


def test_a_version_of_another_model_cannot_be_restored_through_a_page(editor_client, start_page):
    page = TopicPageFactory()
    with reversion.create_revision():
        page.save()
    page_row = Version.objects.get_for_model(Page).get(object_id=str(page.pk))

    response = editor_client.get(_admin_url(page, "revision", page_row.pk), follow=True)
    assert response.status_code == 404


# --- the compare view shows everything a restore would undo --------------------------


def test_compare_shows_rows_each_field_once_and_people_by_name(
    client, editor_client, django_user_model, start_page
):
    colleague = django_user_model.objects.create_user(
        "ben", password="pw-ben-ben-ben", is_staff=True, first_name="Ben", last_name="Kaya"
    )
    colleague.groups.add(Group.objects.get(name=EDITORS))
    target = TopicPageFactory(title_de="Zielseite")
    page = TopicPageFactory(title_de="Alter Titel")
    _edit(editor_client, page)
    client.force_login(colleague)
    client.cookies["django_language"] = "de"
    _edit(
        client,
        page,
        lambda data: add_inline_row(data, "teaser_links", target=str(target.pk), sort_order="1"),
        title_de="Neuer Titel",
    )
    new, old = Version.objects.get_for_object(page)[:2]

    response = editor_client.get(_admin_url(page, "compare"), {"old": old.pk, "new": new.pk})

    html = response.content.decode()
    assert html.count('<th scope="row">Titel [de]</th>') == 1
    assert '<th scope="row">Titel</th>' not in html  # the untranslated column
    assert "Anna Berg" in html and "Ben Kaya" in html  # "last changed by", by name
    rows = html.split("version-rows")[1]
    assert "Zielseite" in rows and "hinzugefügt" in rows


def test_an_image_restored_from_a_shared_revision_leaves_the_others(editor_client):
    from tests.factories import ImageFactory

    with reversion.create_revision():
        first = ImageFactory(alt_de="Erstes Bild")
        second = ImageFactory(alt_de="Zweites Bild")
    Image.objects.filter(pk__in=[first.pk, second.pk]).update(credit="Neu")
    version = Version.objects.get_for_object(first).get()
    restore_url = _admin_url(first, "revision", version.pk)

    confirmation = editor_client.get(restore_url)
    assert "Neu" in confirmation.content.decode()
    assert editor_client.post(restore_url, form_data(confirmation)).status_code == 302

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.credit, second.credit) == ("Stadt Dortmund", "Neu")


def test_a_deleted_page_is_recovered_with_its_own_rows(editor_client, start_page):
    target = TopicPageFactory(title_de="Ziel")
    page = TopicPageFactory(title_de="Gelöschte Seite")
    TeaserFactory(page=page, target=target)
    _edit(editor_client, page)
    pk = page.pk
    page.delete()
    version = Version.objects.get_deleted(TopicPage).get(object_id=str(pk))
    url = reverse("admin:dortmund_intl_topicpage_recover", args=[version.pk])

    confirmation = editor_client.get(url)
    assert "Gelöschte Seite" in confirmation.content.decode()
    assert not TopicPage.objects.filter(pk=pk).exists()  # nothing written yet
    assert editor_client.post(url, form_data(confirmation)).status_code == 302

    recovered = TopicPage.objects.get(pk=pk)
    assert recovered.title_de == "Gelöschte Seite"
    assert list(recovered.teaser_links.values_list("target", flat=True)) == [target.pk]


# --- the history speaks the reader's language -------------------------------------------


def _history_comments(client, obj, language):
    client.cookies["django_language"] = language
    html = client.get(_admin_url(obj, "history")).content.decode()
    rows = html.split("<tbody>")[1].split("</tbody>")[0]
    return [" ".join(cell.split()) for cell in rows.split("<tr>")[1:]]


def test_restore_demo_and_import_comments_are_read_in_the_readers_language(editor_client, editor):
    """A comment is stored once and read in German and English: the restore, the demo
    content and the XLIFF import were stored in the language of whoever wrote them."""
    call_command("load_demo")
    leeds = Partnership.objects.get(url_path_de=LEEDS)
    oldest = Version.objects.get_for_object(leeds).last()
    restore_url = _admin_url(leeds, "revision", oldest.pk)
    editor_client.post(restore_url, form_data(editor_client.get(restore_url)))  # in German
    page = TopicPageFactory(title_de="Zu übersetzen", title_en="")
    xliff.import_file(
        _rewrite_targets(xliff.export([page]), {f"page-{page.pk}/title": "To translate"}),
        user=editor,
    )

    with translation.override("en"):
        when = date_format(timezone.localtime(oldest.revision.date_created), "DATETIME_FORMAT")

    restored, demo = _history_comments(editor_client, leeds, "en")
    assert f"Restored the version of {when}" in restored and "Fassung" not in restored
    assert "Anna Berg" in restored  # the person by name
    assert "Demo content" in demo
    restored, demo = _history_comments(editor_client, leeds, "de")
    assert "Fassung vom " in restored and "wiederhergestellt" in restored
    assert "Demo-Inhalte" in demo and "Demo content" not in demo
    (imported,) = _history_comments(editor_client, page, "en")
    assert "Translation imported from an XLIFF file" in imported
    (imported,) = _history_comments(editor_client, page, "de")
    assert "Übersetzung aus einer XLIFF-Datei importiert" in imported
    image = Image.objects.order_by("pk").first()  # an admin with reversion's own history
    (demo,) = _history_comments(editor_client, image, "de")
    assert "Demo-Inhalte" in demo
