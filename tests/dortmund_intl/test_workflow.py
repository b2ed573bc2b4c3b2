"""The editorial workflow: publication schedule, preview, revisions, no lost edits,
roles, translation status, XLIFF and audit (issue 5)."""

import re
from datetime import timedelta
from xml.etree import ElementTree as ET

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from dortmund_intl import translations, xliff
from dortmund_intl.models import Page, TopicPage
from dortmund_intl.roles import EDITORS, TRANSLATORS
from tests.admin_forms import form_data
from tests.factories import TeaserFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"


@pytest.fixture
def make_user(django_user_model):
    def make(name, role):
        user = django_user_model.objects.create_user(name, password="pw-" + name * 3, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def editor(make_user):
    return make_user("anna", EDITORS)


@pytest.fixture
def translator(make_user):
    return make_user("tom", TRANSLATORS)


def client_for(client, user):
    client.force_login(user)
    client.cookies["django_language"] = "de"
    return client


def change_url(page):
    return reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])


# --- publication -------------------------------------------------------------


def test_scheduled_page_appears_and_disappears_on_time(client, start_page):
    start = timezone.now() + timedelta(days=1)
    page = TopicPageFactory(
        title_de="Europawoche", go_live_at=start, expire_at=start + timedelta(days=7)
    )
    TeaserFactory(page=start_page, target=page)

    assert client.get(page.url_path_de).status_code == 404
    assert "Europawoche" not in client.get("/de/").content.decode()
    with time_machine.travel(start + timedelta(minutes=1), tick=False):
        assert client.get(page.url_path_de).status_code == 200
        assert "Europawoche" in client.get("/de/").content.decode()
        assert page.url_path_de in client.get("/sitemap.xml").content.decode()
    with time_machine.travel(start + timedelta(days=7, minutes=1), tick=False):
        assert client.get(page.url_path_de).status_code == 404
        assert page.url_path_de not in client.get("/sitemap.xml").content.decode()


# --- preview -----------------------------------------------------------------


def test_staff_preview_a_draft_in_both_languages_with_a_banner(client, editor, start_page):
    draft = TopicPageFactory(title_de="Entwurf", title_en="Draft page", status=Page.Status.DRAFT)
    client_for(client, editor)

    german = client.get(reverse("admin:dortmund_intl_topicpage_preview", args=[draft.pk, "de"]))
    english = client.get(reverse("admin:dortmund_intl_topicpage_preview", args=[draft.pk, "en"]))

    assert german.status_code == english.status_code == 200
    assert "<h1>Entwurf</h1>" in german.content.decode()
    assert "<h1>Draft page</h1>" in english.content.decode()
    assert "Vorschau" in german.content.decode()
    assert "Preview" in english.content.decode()
    assert german["X-Robots-Tag"] == "noindex, nofollow"


def test_visitors_cannot_reach_a_preview(client, start_page):
    draft = TopicPageFactory(status=Page.Status.DRAFT)

    response = client.get(reverse("admin:dortmund_intl_topicpage_preview", args=[draft.pk, "de"]))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert client.get(draft.url_path_de).status_code == 404


def test_preview_of_unsaved_changes_saves_nothing(client, editor, start_page):
    page = TopicPageFactory(title_de="Alter Titel")
    client_for(client, editor)
    data = form_data(client.get(change_url(page)))
    data["title_de"] = "Neuer, ungespeicherter Titel"

    response = client.post(
        reverse("admin:dortmund_intl_topicpage_preview", args=[page.pk, "de"]), data
    )

    assert "<h1>Neuer, ungespeicherter Titel</h1>" in response.content.decode()
    page.refresh_from_db()
    assert page.title_de == "Alter Titel"


# --- revisions ---------------------------------------------------------------


def _save_through_admin(client, page, **changes):
    data = form_data(client.get(change_url(page)))
    data.update(changes)
    response = client.post(change_url(page), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_every_save_keeps_a_revision_that_can_be_compared_and_restored(client, editor, start_page):
    page = TopicPageFactory(title_de="Erste Fassung", title_en="First version")
    client_for(client, editor)
    _save_through_admin(client, page, title_de="Zweite Fassung", title_en="Second version")
    _save_through_admin(client, page, title_de="Dritte Fassung")

    versions = list(Version.objects.get_for_object(page))
    assert len(versions) == 2
    assert versions[0].revision.user == editor

    history = client.get(reverse("admin:dortmund_intl_topicpage_history", args=[page.pk]))
    assert "anna" in history.content.decode()

    compare = client.get(
        reverse("admin:dortmund_intl_topicpage_compare", args=[page.pk]),
        {"old": versions[1].pk, "new": versions[0].pk},
    ).content.decode()
    assert "<del>Zweite </del><ins>Dritte </ins>Fassung" in compare.replace("\n", "")

    restore_url = reverse("admin:dortmund_intl_topicpage_revision", args=[page.pk, versions[1].pk])
    data = form_data(client.get(restore_url))
    assert client.post(restore_url, data).status_code == 302
    page.refresh_from_db()
    assert (page.title_de, page.title_en) == ("Zweite Fassung", "Second version")


# --- no lost edits -------------------------------------------------------------


def test_a_save_on_top_of_a_newer_save_is_refused_and_the_input_kept(
    client, editor, make_user, start_page
):
    colleague = make_user("ben", EDITORS)
    page = TopicPageFactory(title_de="Entwurf")
    client_for(client, editor)
    _save_through_admin(client, page, title_de="Ausgangstext")
    anna_form = form_data(client.get(change_url(page)))  # Anna opens the page
    client_for(client, colleague)
    _save_through_admin(client, page, title_de="Bens Fassung")  # Ben saves first

    client_for(client, editor)
    anna_form["title_de"] = "Annas Fassung"
    response = client.post(change_url(page), anna_form)

    html = response.content.decode()
    assert response.status_code == 200
    assert "ben" in html and "gespeichert" in html
    assert 'value="Annas Fassung"' in html
    assert "/history/compare/?old=" in html
    page.refresh_from_db()
    assert page.title_de == "Bens Fassung"

    anna_form["confirm_overwrite"] = "on"
    assert client.post(change_url(page), anna_form).status_code == 302
    page.refresh_from_db()
    assert page.title_de == "Annas Fassung"


# --- roles ---------------------------------------------------------------------


def test_roles_exist_after_migrate():
    editors = Group.objects.get(name=EDITORS)
    translators = Group.objects.get(name=TRANSLATORS)
    administrators = Group.objects.get(name="Administration")

    assert editors.permissions.filter(codename="publish_page").exists()
    assert editors.permissions.filter(codename="delete_topicpage").exists()
    assert translators.permissions.filter(codename="change_topicpage").exists()
    assert not translators.permissions.filter(
        codename__in=["publish_page", "edit_source_language", "delete_topicpage", "add_topicpage"]
    ).exists()
    assert administrators.permissions.filter(codename="change_user").exists()
    assert not administrators.permissions.filter(codename="change_topicpage").exists()


def test_translator_edits_english_only_even_with_a_crafted_post(client, translator, start_page):
    page = TopicPageFactory(
        title_de="Deutscher Titel", title_en="Old English", status=Page.Status.DRAFT
    )
    client_for(client, translator)
    form = client.get(change_url(page))
    data = form_data(form)
    assert "title_de" not in form.context["adminform"].form.fields
    assert "title_en" in form.context["adminform"].form.fields

    data.update(
        title_en="New English",
        title_de="Vom Übersetzer verändert",  # crafted: not in the form
        status="published",  # crafted: publication is the editors' job
        slug_de="gehackt",
    )
    response = client.post(change_url(page), data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_en == "New English"
    assert page.title_de == "Deutscher Titel"
    assert page.status == Page.Status.DRAFT
    assert page.slug_de != "gehackt"


def test_translator_cannot_add_or_delete(client, translator, start_page):
    page = TopicPageFactory()
    client_for(client, translator)

    assert client.get(reverse("admin:dortmund_intl_topicpage_add")).status_code == 403
    assert (
        client.post(
            reverse("admin:dortmund_intl_topicpage_delete", args=[page.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert TopicPage.objects.filter(pk=page.pk).exists()


# --- translation status ----------------------------------------------------------


def test_translation_status_follows_the_german_source(start_page):
    page = TopicPageFactory(title_de="Titel", title_en="Title", teaser_en="", body_en="<p>x</p>")
    assert page.translation_status == translations.MISSING  # the teaser has no English

    page.teaser_en = "A sentence."
    page.save()
    assert page.translation_status == translations.CURRENT

    page.title_de = "Neuer Titel"
    page.save()
    assert page.translation_status == translations.OUTDATED
    assert translations.field_status(page, "title") == translations.OUTDATED

    page.title_en = "New title"
    page.save()
    assert page.translation_status == translations.CURRENT


def test_a_minor_german_change_keeps_the_english_current(start_page):
    page = TopicPageFactory(title_de="Stadtpartnerschaft", title_en="City partnership")
    page.title_de = "Städtepartnerschaft"
    page.save(minor_change=True)
    assert page.translation_status == translations.CURRENT


def test_admin_lists_show_status_column_and_filter(client, editor, start_page):
    TopicPageFactory(title_de="Ohne Englisch", title_en="", teaser_en="", body_en="")
    client_for(client, editor)

    html = client.get(
        reverse("admin:dortmund_intl_topicpage_changelist"), {"translation_status": "missing"}
    ).content.decode()

    assert "Ohne Englisch" in html
    assert "Englisch fehlt" in html


def test_change_form_shows_outdated_fields_with_the_german_difference(client, editor, start_page):
    page = TopicPageFactory(
        teaser_de="Dortmund hat elf Partnerstädte.", teaser_en="Dortmund has eleven partner cities."
    )
    page.teaser_de = "Dortmund hat zwölf Partnerstädte."
    page.save()
    client_for(client, editor)

    html = client.get(change_url(page)).content.decode()

    assert "Englisch veraltet" in html
    assert "<del>elf </del><ins>zwölf </ins>" in html


def test_translators_queue_lists_pages_that_need_work_with_word_counts(
    client, translator, start_page
):
    TopicPageFactory(
        title_de="Seite ohne Übersetzung",
        title_en="",
        teaser_de="Eins zwei drei vier.",
        teaser_en="",
        body_de="",
        body_en="",
    )
    TopicPageFactory(title_de="Fertige Seite")
    client_for(client, translator)

    html = client.get(reverse("admin:dortmund_intl_translation_queue")).content.decode()

    assert "Seite ohne Übersetzung" in html
    assert "Fertige Seite" not in html
    assert re.search(r"<td[^>]*>\s*7\s*</td>", html)  # 3 title words + 4 teaser words


# --- XLIFF -------------------------------------------------------------------------


def _rewrite_targets(data: bytes, text: dict[str, str]) -> bytes:
    """Edits an exported file as an agency's tool would: outside the app, with an XML library."""
    ET.register_namespace("", XLIFF_NS)
    root = ET.fromstring(data)
    for unit in root.iter(f"{{{XLIFF_NS}}}trans-unit"):
        if unit.get("id") in text:
            target = unit.find(f"{{{XLIFF_NS}}}target")
            target.text = text[unit.get("id")]
            target.set("state", "translated")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def test_xliff_round_trip(client, editor, start_page):
    page = TopicPageFactory(
        title_de="Partnerstädte",
        title_en="",
        teaser_de="Elf Städte.",
        teaser_en="",
        body_de="<p>Text</p>",
        body_en="",
    )
    client_for(client, editor)

    exported = client.get(reverse("admin:dortmund_intl_translation_export"))
    assert exported["Content-Type"].startswith("application/x-xliff+xml")
    assert 'attachment; filename="dortmund-international-de-en-' in exported["Content-Disposition"]
    translated = _rewrite_targets(
        exported.content,
        {
            f"page-{page.pk}/title": "Partner cities",
            f"page-{page.pk}/teaser": "Eleven cities.",
            f"page-{page.pk}/body": "<p>Text EN</p>",
        },
    )

    response = client.post(
        reverse("admin:dortmund_intl_translation_import"),
        {"file": SimpleUploadedFile("back.xlf", translated)},
    )

    assert response.status_code == 200
    page.refresh_from_db()
    assert (page.title_en, page.teaser_en, page.body_en) == (
        "Partner cities",
        "Eleven cities.",
        "<p>Text EN</p>",
    )
    assert page.translation_status == translations.CURRENT
    assert Version.objects.get_for_object(page).exists()


def test_xliff_import_refuses_a_unit_whose_german_changed_and_writes_nothing(start_page):
    first = TopicPageFactory(title_de="Eins", title_en="")
    second = TopicPageFactory(title_de="Zwei", title_en="")
    data = xliff.export([first, second])
    second.title_de = "Zwei (geändert)"
    second.save()

    translated = _rewrite_targets(
        data, {f"page-{first.pk}/title": "One", f"page-{second.pk}/title": "Two"}
    )
    with pytest.raises(xliff.ImportRefused) as refused:
        xliff.import_file(translated)

    assert any(
        "has changed since the export" in p or "geändert" in p
        for p in refused.value.report.problems
    )
    first.refresh_from_db()
    assert first.title_en == ""  # all or nothing


def test_xliff_import_refuses_unknown_units_and_malformed_files(start_page):
    page = TopicPageFactory(title_de="Eins", title_en="")
    data = _rewrite_targets(xliff.export([page]), {f"page-{page.pk}/title": "One"})
    unknown = data.replace(f"page-{page.pk}/title".encode(), b"page-999999/title")

    with pytest.raises(xliff.ImportRefused) as refused:
        xliff.import_file(unknown)
    assert "page-999999/title" in refused.value.report.problems[0]

    for broken in (
        b"<xliff version='1.2'><file>",
        b"not xml at all",
        b'<?xml version="1.0"?><root/>',
    ):
        with pytest.raises(xliff.ImportRefused):
            xliff.import_file(broken)
    page.refresh_from_db()
    assert page.title_en == ""


def test_xliff_import_through_the_admin_reports_a_refusal(client, editor, start_page):
    client_for(client, editor)
    response = client.post(
        reverse("admin:dortmund_intl_translation_import"),
        {"file": SimpleUploadedFile("x.xlf", b"<broken")},
    )
    assert response.status_code == 400
    assert (
        "kein gültiges XML" in response.content.decode()
        or "not valid XML" in response.content.decode()
    )


# --- audit ---------------------------------------------------------------------------


def test_admin_shows_who_changed_and_who_published(client, editor, start_page):
    page = TopicPageFactory(status=Page.Status.DRAFT)
    client_for(client, editor)
    _save_through_admin(client, page, status="published")

    page.refresh_from_db()
    assert page.last_changed_by == editor
    assert page.published_by == editor
    html = client.get(change_url(page)).content.decode()
    assert "anna" in html
    assert "Zuletzt veröffentlicht" in html


def test_preview_of_a_page_that_is_not_saved_yet(client, editor, start_page):
    client_for(client, editor)
    add_url = reverse("admin:dortmund_intl_topicpage_add")
    data = form_data(client.get(add_url))
    data.update(
        title_de="Ganz neue Seite",
        slug_de="ganz-neu",
        parent=str(start_page.pk),
        body_de="<p>Noch nicht gespeichert.</p>",
    )

    response = client.post(reverse("admin:dortmund_intl_topicpage_preview_new", args=["de"]), data)

    assert response.status_code == 200
    assert "<h1>Ganz neue Seite</h1>" in response.content.decode()
    assert not TopicPage.objects.filter(slug_de="ganz-neu").exists()


def test_preview_with_invalid_input_explains_instead_of_failing(client, editor, start_page):
    client_for(client, editor)
    add_url = reverse("admin:dortmund_intl_topicpage_add")
    data = form_data(client.get(add_url))
    data.update(title_de="", slug_de="")

    response = client.post(reverse("admin:dortmund_intl_topicpage_preview_new", args=["en"]), data)

    assert response.status_code == 200
    assert (
        "cannot be previewed" in response.content.decode()
        or "Vorschau ist noch nicht möglich" in response.content.decode()
    )


def test_every_kind_of_page_can_be_previewed_in_both_languages(client, editor):
    """Every page model of every app renders in the admin's preview (demo content)."""
    from django.core.management import call_command

    call_command("load_demo")
    client_for(client, editor)
    for model in translations.page_models(Page):
        page = model.objects.first()
        if page is None or page.url_path_de.startswith("http"):
            continue  # external topics have no page of their own
        opts = model._meta
        for language in ("de", "en"):
            url = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_preview", args=[page.pk, language]
            )
            response = client.get(url)
            assert response.status_code == 200, (model, language)
            assert "preview-banner" in response.content.decode()


def test_unsaved_previews_of_every_kind_never_fail(client, editor):
    """An editor's unsaved new page of any kind previews (or explains what is missing)."""
    from django.core.management import call_command

    call_command("load_demo")
    client_for(client, editor)
    previewed = 0
    for model in translations.page_models(Page):
        page = model.objects.exclude(url_path_de__startswith="http").first()
        if page is None:
            continue
        opts = model._meta
        data = form_data(
            client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[page.pk]))
        )
        data.update(slug_de=f"{page.slug_de}-neu", slug_en=f"{page.slug_en or page.slug_de}-new")
        for key in [
            k
            for k in data
            if k.endswith("-id") or k.endswith("TOTAL_FORMS") or k.endswith("INITIAL_FORMS")
        ]:
            data[key] = "0" if "FORMS" in key else ""
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_preview_new", args=["en"])
        response = client.post(url, data)
        assert response.status_code in (200, 403), (model, response.status_code)
        previewed += "preview-banner" in response.content.decode()
    assert previewed >= 5


# --- review findings: restore, permissions, list editing ---------------------------


def test_translators_cannot_restore_old_versions(client, editor, translator, start_page):
    page = TopicPageFactory(title_de="Alt")
    client_for(client, editor)
    _save_through_admin(client, page, title_de="Neu")
    version = Version.objects.get_for_object(page).first()
    restore_url = reverse("admin:dortmund_intl_topicpage_revision", args=[page.pk, version.pk])
    data = form_data(client.get(restore_url))

    client_for(client, translator)
    assert client.get(restore_url).status_code == 403
    assert client.post(restore_url, data).status_code == 403
    history = client.get(reverse("admin:dortmund_intl_topicpage_history", args=[page.pk]))
    assert restore_url not in history.content.decode()


def test_a_restore_moves_the_children_and_refuses_forms_opened_before_it(
    client, editor, start_page
):
    parent = TopicPageFactory(slug_de="alt", slug_en="old")
    child = TopicPageFactory(parent=parent, slug_de="kind", slug_en="child")
    client_for(client, editor)
    _save_through_admin(client, parent, title_de="Erste Fassung")
    first = Version.objects.get_for_object(parent).first()
    _save_through_admin(client, parent, slug_de="neu")
    stale_form = form_data(client.get(change_url(parent)))

    restore_url = reverse("admin:dortmund_intl_topicpage_revision", args=[parent.pk, first.pk])
    assert client.post(restore_url, form_data(client.get(restore_url))).status_code == 302

    child.refresh_from_db()
    assert child.url_path_de == "/de/alt/kind/"
    assert client.get("/de/alt/kind/").status_code == 200
    assert client.get("/de/neu/kind/").status_code == 301
    stale_form["title_de"] = "Überschreibt die Wiederherstellung"
    assert client.post(change_url(parent), stale_form).status_code == 200  # refused
    parent.refresh_from_db()
    assert parent.title_de == "Erste Fassung"


def test_user_administrators_see_no_content_and_cannot_import(client, make_user, start_page):
    admin_user = make_user("ulla", "Administration")
    page = TopicPageFactory(title_de="Entwurf", title_en="", status=Page.Status.DRAFT)
    client_for(client, admin_user)

    assert client.get(reverse("admin:dortmund_intl_translation_queue")).status_code == 403
    assert client.get(reverse("admin:dortmund_intl_translation_export")).status_code == 403
    data = _rewrite_targets(xliff.export([page]), {f"page-{page.pk}/title": "Draft"})
    response = client.post(
        reverse("admin:dortmund_intl_translation_import"),
        {"file": SimpleUploadedFile("x.xlf", data)},
    )
    assert response.status_code == 403
    page.refresh_from_db()
    assert page.title_en == ""


def test_translators_cannot_change_list_columns(client, translator):
    from tests.contacts.factories import PersonFactory

    person = PersonFactory(sort_order=5)
    client_for(client, translator)
    url = reverse("admin:contacts_person_changelist")
    client.post(
        url,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(person.pk),
            "form-0-sort_order": "99",
            "_save": "Save",
        },
    )
    person.refresh_from_db()
    assert person.sort_order == 5


def test_translators_translate_inline_rows_but_cannot_add_or_change_others(client, translator):
    from tests.partnerships.factories import MilestoneFactory

    milestone = MilestoneFactory(text_de="Gründung", text_en="")
    partnership = milestone.partnership
    client_for(client, translator)
    url = reverse("admin:partnerships_partnership_change", args=[partnership.pk])
    form = client.get(url)
    data = form_data(form)
    inline = next(
        f for f in form.context["inline_admin_formsets"] if f.formset.model is type(milestone)
    )
    prefix = inline.formset.prefix
    data[f"{prefix}-0-text_en"] = "Founding"
    data[f"{prefix}-0-text_de"] = "Vom Übersetzer geändert"
    data[f"{prefix}-0-year"] = "1999"

    response = client.post(url, data)

    assert response.status_code == 302, (
        response.context["adminform"].form.errors if response.context else response
    )
    milestone.refresh_from_db()
    assert milestone.text_en == "Founding"
    assert milestone.text_de == "Gründung"
    assert milestone.year != 1999


def test_a_minor_change_does_not_clear_an_outdated_field(start_page):
    page = TopicPageFactory(
        title_de="Titel", title_en="Title", body_de="<p>Alt</p>", body_en="<p>Old</p>"
    )
    page.body_de = "<p>Ganz neuer Inhalt</p>"
    page.save()
    page.title_de = "Tittel"
    page.save(minor_change=True)
    assert translations.field_status(page, "body") == translations.OUTDATED
    assert translations.field_status(page, "title") == translations.CURRENT


def test_translator_confirms_that_the_english_is_still_correct(client, translator, start_page):
    page = TopicPageFactory(title_de="Partnerstädte", title_en="Partner cities")
    page.title_de = "Partnerstädte Dortmunds"
    page.save()
    assert page.translation_status == translations.OUTDATED
    client_for(client, translator)

    _save_through_admin(client, page, translation_confirmed="on")

    page.refresh_from_db()
    assert page.title_en == "Partner cities"
    assert page.translation_status == translations.CURRENT


def test_other_translated_content_is_tracked_queued_and_exchanged(client, editor, start_page):
    """Images, documents, contacts and inline rows have a translation status too."""
    from tests.contacts.factories import PersonFactory
    from tests.factories import ImageFactory

    image = ImageFactory(caption_de="Das Rathaus", caption_en="")
    person = PersonFactory(role_de="Referentin Städte-Diplomatie", role_en="City diplomacy officer")
    person.role_de = "Referentin Globale Städte-Diplomatie"
    person.save()
    assert image.translation_status == translations.MISSING
    assert person.translation_status == translations.OUTDATED
    client_for(client, editor)

    queue = client.get(reverse("admin:dortmund_intl_translation_queue")).content.decode()
    assert reverse("admin:contacts_person_change", args=[person.pk]) in queue
    assert reverse("admin:dortmund_intl_image_change", args=[image.pk]) in queue

    exported = client.get(reverse("admin:dortmund_intl_translation_export")).content
    translated = _rewrite_targets(
        exported,
        {
            f"dortmund_intl.image-{image.pk}/caption": "The town hall",
            f"contacts.person-{person.pk}/role": "Global city diplomacy officer",
        },
    )
    response = client.post(
        reverse("admin:dortmund_intl_translation_import"),
        {"file": SimpleUploadedFile("back.xlf", translated)},
    )
    assert response.status_code == 200
    image.refresh_from_db()
    person.refresh_from_db()
    assert image.caption_en == "The town hall"
    assert person.role_en == "Global city diplomacy officer"
    assert image.translation_status == person.translation_status == translations.CURRENT


def test_image_list_shows_and_filters_the_translation_status(client, editor):
    from tests.factories import ImageFactory

    ImageFactory(alt_de="Rathaus ohne englische Unterschrift", caption_de="Rathaus", caption_en="")
    ImageFactory(alt_de="Fertig übersetztes Bild", caption_de="", caption_en="")
    client_for(client, editor)

    html = client.get(
        reverse("admin:dortmund_intl_image_changelist"), {"translation_status": "missing"}
    ).content.decode()

    assert "Rathaus ohne englische Unterschrift" in html
    assert "Fertig übersetztes Bild" not in html
    assert "Englisch fehlt" in html


def test_all_pages_list_leads_to_the_translation_queue(client, translator, start_page):
    client_for(client, translator)
    html = client.get(reverse("admin:dortmund_intl_page_changelist")).content.decode()
    assert reverse("admin:dortmund_intl_translation_queue") in html
