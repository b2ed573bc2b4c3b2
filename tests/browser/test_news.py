"""The news listing, an article and the start page's latest news in a real browser, at
phone and desktop width: accessible (axe-core), nothing wider than the screen, the pager
usable by keyboard; screenshots in both languages."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, screenshot
from tests.news.factories import articles


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")
    articles(8)  # with the demo's four: two pages of news


def _check(site, name, language):
    for viewport in (PHONE, DESKTOP):
        site.set_viewport_size(viewport)
        assert site.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        assert_accessible(site)
        screenshot(site, f"{name}-{language}", viewport)


@pytest.mark.parametrize(
    ("path", "heading", "older", "newest"),
    [
        (
            "/de/aktuelles/",
            "Aktuelles",
            "Ältere Meldungen",
            "Schytomyr wird Dortmunds jüngste Partnerstadt",
        ),
        ("/en/news/", "News", "Older news", "Zhytomyr becomes Dortmund's youngest partner city"),
    ],
)
def test_listing_pages_through_the_news(site, demo, path, heading, older, newest):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    assert site.locator(".news-item").count() == 10
    language = path.split("/")[1]
    _check(site, "news-listing", language)

    # The pager is reached and followed with the keyboard.
    link = site.get_by_role("link", name=older)
    link.focus()
    site.keyboard.press("Enter")
    site.wait_for_url("**?page=2")
    assert site.locator(".news-item").count() == 2
    assert newest not in site.locator(".news-list").inner_text()
    _check(site, "news-listing-page-2", language)


@pytest.mark.parametrize(
    ("path", "heading", "date"),
    [
        (
            "/de/aktuelles/ehrenplakette-des-europarates/",
            "Europarat würdigt Dortmund mit der Ehrenplakette",
            "1. Juni 2021",
        ),
        (
            "/en/news/council-of-europe-plaque-of-honour/",
            "Council of Europe honours Dortmund with its Plaque of Honour",
            "2021",
        ),
    ],
)
def test_article_is_accessible(site, demo, path, heading, date):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    assert date in site.locator(".news-article__date").inner_text()
    assert site.locator(".teasers .teaser").count() >= 3
    _check(site, "news-article", path.split("/")[1])


@pytest.mark.parametrize(("path", "heading"), [("/de/", "Aktuelles"), ("/en/", "News")])
def test_start_page_shows_the_latest_news(site, demo, path, heading):
    site.goto(site.base + path)

    box = site.locator(".latest-news")
    assert box.locator("h2").inner_text() == heading
    assert box.locator(".news-item").count() == 3
    _check(site, "news-start-page", path.split("/")[1])
