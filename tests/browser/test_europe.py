"""The awards page (Europe Prize ladder) and a network page in a real browser."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, screenshot


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")


@pytest.mark.parametrize(
    ("path", "heading", "summary"),
    [
        (
            "/de/europa/auszeichnungen/",
            "Auszeichnungen",
            "Dortmund hat Stufe 3 von 4 erreicht: Ehrenplakette (2021).",
        ),
        (
            "/en/europe/awards/",
            "Awards",
            "Dortmund has reached stage 3 of 4: Plaque of Honour (2021).",
        ),
    ],
)
def test_awards_page_is_accessible_with_the_ladder(site, demo, path, heading, summary):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    assert site.locator(".prize-ladder__summary").inner_text() == summary
    steps = site.locator(".prize-ladder__step")
    assert steps.count() == 4
    assert site.locator('.prize-ladder__step[aria-current="step"]').count() == 1
    assert_accessible(site)
    name = "europe-awards-" + path.split("/")[1]
    for viewport in (PHONE, DESKTOP):
        screenshot(site, name, viewport)


def test_the_ladder_rises_from_left_to_right_on_a_desktop(site, demo):
    site.set_viewport_size(DESKTOP)
    site.goto(site.base + "/de/europa/auszeichnungen/")

    boxes = [step.bounding_box() for step in site.locator(".prize-ladder__step").all()]

    assert [box["x"] for box in boxes] == sorted(box["x"] for box in boxes)
    assert [box["height"] for box in boxes] == sorted(box["height"] for box in boxes)
    assert len({round(box["y"] + box["height"]) for box in boxes}) == 1  # one baseline


@pytest.mark.parametrize(
    "path",
    [
        "/de/europa/auszeichnungen/ehrenplakette/",
        "/en/europe/networks/",
        "/en/europe/eu-projects/eu-mission-climate-neutral-cities/",
        "/de/europa/freizuegigkeit/",
    ],
)
def test_europe_pages_are_accessible_and_fit_a_320px_screen(site, demo, path):
    site.set_viewport_size({"width": 320, "height": 640})
    site.goto(site.base + path)

    assert_accessible(site)
    overflow = site.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
