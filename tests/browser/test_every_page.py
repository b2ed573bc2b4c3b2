"""Every public page of the demo site, in both languages, on a 320 px screen:
accessible (axe-core, WCAG 2.1 A/AA), no sideways scrolling, nothing from other hosts."""

import pytest
from django.core.management import call_command

from dortmund_intl.models import Page
from tests.browser.conftest import assert_accessible


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")


def test_every_demo_page_in_both_languages(site, demo):
    paths = [
        path
        for pair in Page.objects.published().values_list("url_path_de", "url_path_en")
        for path in pair
        if path.startswith("/")
    ]
    assert len(paths) > 80
    site.set_viewport_size({"width": 320, "height": 700})
    for path in paths:
        response = site.goto(site.base + path)
        assert response.status == 200, path
        assert_accessible(site)
        overflow = site.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
