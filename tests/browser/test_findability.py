"""The site search in a real browser: usable without a mouse, accessible in both languages."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


@pytest.mark.parametrize(
    ("start", "query", "section", "status"),
    [
        ("/de/suche/", "Partnerschaften", "Städtepartnerschaften", "Treffer für „Partnerschaften“"),
        ("/en/search/", "partnerships", "City partnerships", "results for “partnerships”"),
    ],
)
def test_a_visitor_searches_filters_and_pages_by_keyboard(
    site, demo, start, query, section, status
):
    site.goto(site.base + start)
    site.locator("#search-q").fill(query)
    site.locator("#search-section").select_option(label=section)
    site.locator("#search-q").press("Enter")

    assert status in site.locator(".search__status").inner_text()
    assert site.locator(".search-result mark").count() > 0
    metas = site.locator(".search-result__meta").all_inner_texts()
    assert metas and all(meta.endswith(section) for meta in metas)
    assert_accessible(site)
    name = "search" + start.replace("/", "-").rstrip("-")
    for viewport in (PHONE, DESKTOP):
        screenshot(site, name, viewport)


def test_an_empty_search_explains_itself_accessibly(site, demo):
    site.goto(site.base + "/en/search/?q=")

    assert site.locator("[role=alert]").inner_text() == "Please enter a search term."
    assert_accessible(site)
