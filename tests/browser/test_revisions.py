"""The restore confirmation in a real browser: it lists what the restore changes
(fields and "Mehr zum Thema" entries) before anything is written (issue 10, point 1)."""

from urllib.parse import urlsplit

import reversion
from django.contrib.auth.models import Group
from django.urls import reverse

from dortmund_intl.models import Teaser, TopicPage
from dortmund_intl.revisions.versions import one_revision_per_object
from dortmund_intl.roles import EDITORS
from tests.browser.conftest import DESKTOP, PHONE, screenshot
from tests.factories import TeaserFactory, TopicPageFactory, start_page


def _login_in_german(site, django_user_model):
    user = django_user_model.objects.create_user(
        "anna", password="ein-langes-passwort-42", is_staff=True
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    site.context.add_cookies(
        [
            {
                "name": "django_language",
                "value": "de",
                "domain": urlsplit(site.base).hostname,
                "path": "/",
            }
        ]
    )
    site.goto(site.base + "/admin/login/")
    site.fill("#id_username", "anna")
    site.fill("#id_password", "ein-langes-passwort-42")
    site.locator("input[type=submit]").click()
    site.wait_for_selector("#site-name")
    return user


def test_restore_confirmation_lists_the_changes_before_saving(site, django_user_model):
    start = start_page()
    europe = TopicPageFactory(parent=start, title_de="Europa")
    with one_revision_per_object("Erste Fassung"):
        page = TopicPageFactory(parent=start, title_de="Städtediplomatie")
        TeaserFactory(page=page, target=europe)
    with reversion.create_revision():
        page.title_de = "Städtediplomatie heute"
        page.save()
        page.teaser_links.all().delete()
    other = TopicPageFactory(parent=start, title_de="Ukraine-Hilfe")
    TeaserFactory(page=other, target=europe)
    _login_in_german(site, django_user_model)

    site.goto(site.base + reverse("admin:dortmund_intl_topicpage_history", args=[page.pk]))
    site.locator("a", has_text="Zum Wiederherstellen öffnen").last.click()
    summary = site.locator(".restore-summary")
    summary.wait_for()
    text = summary.inner_text()
    assert "Städtediplomatie heute" in text and "Städtediplomatie" in text
    assert "Europa" in text and "hinzugefügt" in text
    assert "Sonst ändert sich nichts" in text
    screenshot(site, "admin-restore-confirmation-de", DESKTOP)
    screenshot(site, "admin-restore-confirmation-de", PHONE)
    assert TopicPage.objects.get(pk=page.pk).title_de == "Städtediplomatie heute"

    site.set_viewport_size(DESKTOP)
    site.locator("input[name=_save]").first.click()
    site.locator(".messagelist").wait_for()
    assert (
        "Sonst wurde nichts auf der Website geändert" in site.locator(".messagelist").inner_text()
    )
    page.refresh_from_db()
    assert page.title_de == "Städtediplomatie"
    assert list(Teaser.objects.filter(page=page).values_list("target", flat=True)) == [europe.pk]
    assert list(Teaser.objects.filter(page=other).values_list("target", flat=True)) == [europe.pk]
