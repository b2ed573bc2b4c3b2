"""Every public page of the demo site, in both languages, on a 320 px screen:
accessible (axe-core, WCAG 2.1 A/AA), no sideways scrolling, nothing from other hosts."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import assert_accessible
from tests.demo_pages import published_paths


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")


def test_every_demo_page_in_both_languages(site, demo):
    paths = published_paths()
    site.set_viewport_size({"width": 320, "height": 700})
    for path in paths:
        response = site.goto(site.base + path)
        assert response.status == 200, path
        assert_accessible(site)
        overflow = site.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
