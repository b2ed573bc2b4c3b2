"""The SDG overview and a goal page in a real browser: accessible, readable, screenshots."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, screenshot


@pytest.fixture
def demo(transactional_db):
    # load_demo also recreates the 17 goals when an earlier browser test's flush
    # removed what the data migration made.
    call_command("load_demo")


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/de/nachhaltigkeitsziele/", "17 Ziele für eine nachhaltige Entwicklung"),
        ("/en/sustainable-development-goals/", "17 Sustainable Development Goals"),
    ],
)
def test_overview_shows_17_readable_tiles(site, demo, path, heading):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    tiles = site.locator(".sdg-tile")
    assert tiles.count() == 17
    language = path.split("/")[1]
    for viewport in (PHONE, DESKTOP):
        site.set_viewport_size(viewport)
        # No tile is wider than the screen, at 375 px as on a desktop.
        assert site.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        assert_accessible(site)
        screenshot(site, f"sdg-overview-{language}", viewport)


@pytest.mark.parametrize(
    ("path", "heading", "tagged"),
    [
        (
            "/de/nachhaltigkeitsziele/ziel-6/",
            "Ziel 6: Sauberes Wasser und Sanitäreinrichtungen",
            "Bondo",
        ),
        (
            "/en/sustainable-development-goals/goal-6/",
            "Goal 6: Clean water and sanitation",
            "Bondo",
        ),
    ],
)
def test_goal_page_is_accessible(site, demo, path, heading, tagged):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    assert tagged in site.locator(".sdg-tagged").first.inner_text()
    assert site.locator(".breadcrumbs li").count() == 3
    language = path.split("/")[1]
    for viewport in (PHONE, DESKTOP):
        site.set_viewport_size(viewport)
        assert site.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        assert_accessible(site)
        screenshot(site, f"sdg-goal-{language}", viewport)


def test_a_tile_leads_to_its_goal(site, demo):
    site.goto(site.base + "/de/nachhaltigkeitsziele/")

    site.get_by_role("link", name="Ziel 15 Leben an Land").click()

    assert site.url.endswith("/de/nachhaltigkeitsziele/ziel-15/")
    assert site.locator("h1").inner_text() == "Ziel 15: Leben an Land"
