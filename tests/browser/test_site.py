"""The start page and a topic page in a real browser, in both languages."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, screenshot


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")


@pytest.mark.parametrize(
    ("path", "heading", "switch_to"),
    [
        ("/de/", "Internationales", "/en/"),
        ("/en/", "International", "/de/"),
        (
            "/de/dortmund-international/staedte-diplomatie/",
            "Dortmund und Globale Städte-Diplomatie",
            "/en/dortmund-international/city-diplomacy/",
        ),
        (
            "/en/dortmund-international/city-diplomacy/",
            "Dortmund and global city diplomacy",
            "/de/dortmund-international/staedte-diplomatie/",
        ),
    ],
)
def test_pages_are_accessible_in_both_languages(site, demo, path, heading, switch_to):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    assert_accessible(site)
    name = "site" + path.replace("/", "-").rstrip("-")
    for viewport in (PHONE, DESKTOP):
        screenshot(site, name, viewport)

    site.locator(".language-switcher a").click()
    site.wait_for_url(site.base + switch_to)


def test_skip_link_moves_focus_to_the_content(site, demo):
    site.goto(site.base + "/de/")
    site.keyboard.press("Tab")
    focused = site.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Zum Inhalt springen"
    site.keyboard.press("Enter")
    assert site.evaluate("location.hash") == "#main"


def test_pages_fit_a_320px_screen(site, demo):
    site.set_viewport_size({"width": 320, "height": 640})
    for path in ("/de/", "/en/dortmund-international/city-diplomacy/"):
        site.goto(site.base + path)
        overflow = site.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"


def test_the_admin_translation_tabs_work_without_the_internet(site, demo, django_user_model):
    django_user_model.objects.create_superuser("redaktion", "", "ein-langes-passwort-42")
    site.goto(site.base + "/admin/login/?next=/admin/dortmund_intl/topicpage/add/")
    site.fill("#id_username", "redaktion")
    site.fill("#id_password", "ein-langes-passwort-42")
    site.locator("input[type=submit]").click()
    site.wait_for_selector(".ui-tabs-nav")

    # modeltranslation's tabs are built by jQuery UI, served by the site itself.
    tabs = site.locator(".ui-tabs-nav").first
    tabs.locator("a", has_text="DE").first.click()
    assert site.locator("#id_title_de").is_visible()
    assert not site.locator("#id_title_en").is_visible()
    tabs.locator("a", has_text="EN").first.click()
    assert site.locator("#id_title_en").is_visible()
    assert not site.locator("#id_title_de").is_visible()
    screenshot(site, "admin-topicpage-add", DESKTOP)
