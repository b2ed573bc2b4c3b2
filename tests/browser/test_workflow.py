"""The translator's view of the admin and the public preview, in a real browser."""

from django.contrib.auth.models import Group
from django.urls import reverse

from dortmund_intl.models import Page
from dortmund_intl.roles import EDITORS, TRANSLATORS
from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, screenshot
from tests.factories import TopicPageFactory, start_page


def _login(site, django_user_model, name, role):
    user = django_user_model.objects.create_user(
        name, password="ein-langes-passwort-42", is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    site.goto(site.base + "/admin/login/")
    site.fill("#id_username", name)
    site.fill("#id_password", "ein-langes-passwort-42")
    site.locator("input[type=submit]").click()
    site.wait_for_selector("#site-name")
    return user


def test_translator_sees_the_queue_and_an_outdated_field(site, django_user_model):
    start_page()
    outdated = TopicPageFactory(
        title_de="Projektpartnerschaft mit Dura",
        title_en="Project partnership with Dura",
        teaser_de="Seit 2018 arbeiten Dortmund und Dura zusammen.",
        teaser_en="Dortmund and Dura have worked together since 2018.",
    )
    outdated.teaser_de = (
        "Seit 2018 arbeiten Dortmund und Dura eng zusammen, etwa bei der Abfallwirtschaft."
    )
    outdated.save()
    TopicPageFactory(title_de="Neue Seite ohne Englisch", title_en="", teaser_en="", body_en="")
    _login(site, django_user_model, "tom", TRANSLATORS)

    site.goto(site.base + reverse("admin:dortmund_intl_translation_queue"))
    queue = site.locator("#translation-queue")
    assert "Projektpartnerschaft mit Dura" in queue.inner_text()
    assert "Neue Seite ohne Englisch" in queue.inner_text()
    screenshot(site, "admin-translation-queue", DESKTOP)

    site.locator("#translation-queue a", has_text="Projektpartnerschaft mit Dura").click()
    panel = site.locator(".translation-status")
    panel.wait_for()
    assert "English outdated" in panel.inner_text() or "Englisch veraltet" in panel.inner_text()
    assert "eng" in panel.locator("ins").first.inner_text()
    # The translator's form has the English fields only.
    assert site.locator("#id_teaser_en").count() == 1
    assert site.locator("#id_teaser_de").count() == 0
    screenshot(site, "admin-outdated-field", DESKTOP)


def test_public_preview_of_a_draft_is_accessible(site, django_user_model):
    start_page()
    draft = TopicPageFactory(
        title_de="Entwurf: Europawoche 2027",
        title_en="Draft: Europe week 2027",
        status=Page.Status.DRAFT,
    )
    _login(site, django_user_model, "anna", EDITORS)

    for language in ("de", "en"):
        site.goto(
            site.base + reverse("admin:dortmund_intl_topicpage_preview", args=[draft.pk, language])
        )
        assert site.locator(".preview-banner").is_visible()
        assert_accessible(site)
        for viewport in (PHONE, DESKTOP):
            screenshot(site, f"preview-{language}", viewport)
