"""The Leichte-Sprache and sign-language pages in a real browser: axe finds nothing at
phone and desktop widths, the video is reachable by keyboard with its German captions,
and the admin's hints follow the editor's typing."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import DESKTOP, assert_accessible, screenshot, wait_until

NARROW = {"width": 320, "height": 720}


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


@pytest.mark.parametrize(
    "path",
    [
        "/de/leichte-sprache/",
        "/de/leichte-sprache/partner-staedte/",
        "/de/gebaerdensprache/",
        "/en/",  # the English side: no links to German-only pages in its header
    ],
)
def test_pages_are_accessible_at_320_and_1280_px(site, demo, path):
    for viewport in (NARROW, DESKTOP):
        site.set_viewport_size(viewport)
        site.goto(site.base + path)
        assert_accessible(site)
        name = "easy-access-" + (path.strip("/").replace("/", "-"))
        screenshot(site, name, viewport)
        width = site.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path} scrolls sideways at {viewport['width']} px"


def test_the_header_links_are_reachable_by_keyboard_on_a_german_page(site, demo):
    site.goto(site.base + "/de/")

    site.keyboard.press("Tab")  # the skip link
    names = []
    for _ in range(4):
        site.keyboard.press("Tab")
        names.append(site.evaluate("document.activeElement.textContent.trim()"))

    assert "Leichte Sprache" in names and "Gebärdensprache" in names
    site.locator(".easy-access").get_by_role("link", name="Gebärdensprache").click()
    assert site.locator("h1").inner_text() == "Gebärdensprache"


def test_the_video_is_keyboard_operable_with_german_captions(site, demo):
    site.set_viewport_size(DESKTOP)
    site.goto(site.base + "/de/gebaerdensprache/")

    video = site.locator("video.sign-video__player")
    track = video.locator('track[kind="captions"][srclang="de"][default]')
    assert track.count() == 1
    # Tab from the text before it until the player has the focus.
    site.locator(".page__lead").click()
    for _ in range(10):
        site.keyboard.press("Tab")
        if site.evaluate("document.activeElement.tagName") == "VIDEO":
            break
    assert site.evaluate("document.activeElement.tagName") == "VIDEO"
    # The captions load and are showing; the video plays (space) without any script of ours.
    wait_until(
        site,
        "() => { const t = document.querySelector('video').textTracks[0];"
        " return t && t.mode === 'showing' && t.cues && t.cues.length === 3; }",
    )
    wait_until(site, "() => document.querySelector('video').readyState >= 1")
    assert site.evaluate("document.querySelector('video').duration") == pytest.approx(9, abs=0.1)
    site.keyboard.press("Space")
    wait_until(site, "() => document.querySelector('video').currentTime > 0")


def test_the_admin_hints_follow_the_typing(site, demo, django_user_model):
    from dortmund_intl.easy_access.models import EasyReadPage

    django_user_model.objects.create_superuser("redaktion", "r@example.org", "geheim-123")
    page = EasyReadPage.objects.get(slug_de="europa")
    site.set_viewport_size(DESKTOP)
    site.goto(site.base + "/admin/login/")
    site.fill("#id_username", "redaktion")
    site.fill("#id_password", "geheim-123")
    site.click("input[type=submit]")
    site.goto(site.base + f"/admin/easy_access/easyreadpage/{page.pk}/change/")
    hints = site.locator(".easy-read-hints")
    assert "No hints" in hints.inner_text()  # the admin in the browser's language

    site.fill("#id_teaser_de", "Die Gäste wurden vom Oberbürgermeister eingeladen.")

    wait_until(
        site,
        "() => document.querySelector('.easy-read-hints').textContent.includes('passive voice')",
    )
    text = hints.inner_text()
    assert "“Oberbürgermeister” is a long word." in text
    screenshot(site, "easy-access-admin-hints", DESKTOP)
