"""The Content-Security-Policy in a real browser: public pages of every kind and the
admin's main pages (rich-text editor, translation tabs, autocomplete, translation queue,
history and compare, users, second factor) run without a single CSP violation; the
lockout and two-factor pages as city staff see them (issue 9, points 4 and 5)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from dortmund_intl.models import Page, TopicPage
from tests.browser.conftest import DESKTOP, PHONE, screenshot

PASSWORD = "ein-langes-passwort-42"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")


@pytest.fixture
def violations(site):
    """Every CSP violation the browser reports on the pages the test opens."""
    found = []

    def listen(message):
        text = message.text
        if "Content Security Policy" in text or text.startswith("Refused to"):
            found.append(f"{site.url}: {text}")

    site.on("console", listen)
    return found


def visit(site, path):
    response = site.goto(site.base + path)
    site.wait_for_load_state("networkidle")
    return response


def one_page_of_each_kind() -> list[Page]:
    pages = {}
    for page in Page.objects.published().exclude(url_path_de="").order_by("pk"):
        if page.url_path_de.startswith("/"):
            pages.setdefault(page.content_type_id, page)
    return list(pages.values())


def assert_content_accessible(site):
    """axe-core (WCAG 2.1 A/AA) finds nothing in the page's own content (Django's admin
    frame around it is Django's)."""
    results = Axe().run(
        site,
        context="#content-main",
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    assert results.violations_count == 0, results.generate_report()


def sign_in(site, username):
    visit(site, "/admin/login/")
    site.fill("#id_username", username)
    site.fill("#id_password", PASSWORD)
    site.locator("input[type=submit]").click()
    site.wait_for_selector("#site-name")


def test_public_pages_of_every_kind_run_without_a_csp_violation(site, demo, violations):
    pages = one_page_of_each_kind()
    assert len(pages) >= 6
    paths = [path for page in pages for path in (page.url_path_de, page.url_path_en)]
    paths += ["/de/suche/?q=Partnerschaft", "/en/search/?q=partnership", "/de/gibt-es-nicht/"]
    for language in ("de", "en"):
        with translation.override(language):
            paths.append(reverse("accessibility:report"))  # the barrier form
    for path in paths:
        visit(site, path)
    # The form's error state: sent empty.
    site.locator("form.barrier-form button[type=submit]").click()
    site.wait_for_load_state("networkidle")
    assert site.locator(".form-errors[role=alert]").count() == 1  # the error state

    assert violations == []


def test_the_admins_main_pages_run_without_a_csp_violation(
    site, demo, violations, django_user_model
):
    django_user_model.objects.create_superuser("chef", "", PASSWORD)
    sign_in(site, "chef")
    paths = [
        reverse("admin:index"),
        reverse("admin:dortmund_intl_page_changelist"),
        reverse("admin:dortmund_intl_translation_queue"),
        reverse("admin:dortmund_intl_image_add"),
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_user_add"),
        reverse("admin:auth_group_change", args=[Group.objects.get(name="Redaktion").pk]),
        reverse("admin:axes_accessattempt_changelist"),
        reverse("security:setup"),
    ]
    # Every kind of page's change form: the prose editor, DE/EN tabs, inlines.
    for page in one_page_of_each_kind():
        opts = page.content_type.model_class()._meta
        info = f"admin:{opts.app_label}_{opts.model_name}"
        paths += [
            reverse(f"{info}_change", args=[page.pk]),
            reverse(f"{info}_history", args=[page.pk]),
        ]
    for path in paths:
        assert visit(site, path).status == 200, path

    # The editor, the tabs and an autocomplete run; a save makes a second version to compare.
    start = TopicPage.objects.get(parent__isnull=True)
    visit(site, reverse("admin:dortmund_intl_topicpage_change", args=[start.pk]))
    site.wait_for_selector(".ProseMirror", state="attached")
    site.locator(".ui-tabs-nav a", has_text="EN").first.click()
    site.locator(".select2-selection").first.click()
    site.wait_for_selector(".select2-results__option")
    site.keyboard.press("Escape")
    screenshot(site, "admin-csp-change-form", DESKTOP)
    site.locator("input[name=_continue]").first.click()
    site.wait_for_selector(".messagelist")
    versions = Version.objects.get_for_object(start)
    assert len(versions) >= 2
    compare = reverse("admin:dortmund_intl_topicpage_compare", args=[start.pk])
    assert visit(site, f"{compare}?old={versions[1].pk}&new={versions[0].pk}").status == 200

    assert violations == []


def test_two_factor_setup_page_shows_its_qr_code_without_a_violation(
    site, violations, django_user_model
):
    user = django_user_model.objects.create_user("anna", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Redaktion"))
    for language in ("de", "en"):
        site.context.add_cookies([{"name": "django_language", "value": language, "url": site.base}])
        sign_in(site, "anna")
        visit(site, reverse("security:setup"))
        assert site.locator(".two-factor-qr svg").is_visible()
        assert_content_accessible(site)
        screenshot(site, f"admin-two-factor-setup-{language}", PHONE)
        screenshot(site, f"admin-two-factor-setup-{language}", DESKTOP)
        site.locator("#logout-form button").click()

    assert violations == []


def test_the_lockout_page_in_both_languages(site, violations, django_user_model):
    django_user_model.objects.create_user("anna", password=PASSWORD)
    for language, text in (("de", "Zu viele"), ("en", "Too many")):
        site.context.add_cookies([{"name": "django_language", "value": language, "url": site.base}])
        for _ in range(5):
            visit(site, "/admin/login/")
            site.fill("#id_username", f"anna-{language}")
            site.fill("#id_password", "falsch")
            site.locator("input[type=submit]").click()
            site.wait_for_load_state("networkidle")
        assert text in site.locator("#content-main").inner_text()
        assert_content_accessible(site)
        screenshot(site, f"admin-locked-out-{language}", PHONE)

    assert violations == []
