"""The news feeds (RSS 2.0 and Atom, per language) parse cleanly in a feed reader and
give every article its date, title, teaser and full address on the site's own host."""

import datetime
import time

import feedparser
import pytest
from django.utils import timezone

from dortmund_intl.models import Page

from .factories import NewsArticleFactory

pytestmark = pytest.mark.django_db

FEEDS = {
    ("de", "rss20"): "/de/aktuelles/feed/rss/",
    ("de", "atom10"): "/de/aktuelles/feed/atom/",
    ("en", "rss20"): "/en/news/feed/rss/",
    ("en", "atom10"): "/en/news/feed/atom/",
}


def _articles():
    return [
        NewsArticleFactory(
            title_de="Schytomyr wird Partnerstadt",
            title_en="Zhytomyr becomes a partner city",
            teaser_de="Aus der Solidaritätspartnerschaft wird eine Städtepartnerschaft.",
            teaser_en="The solidarity partnership becomes a city partnership.",
            slug_de="schytomyr",
            slug_en="zhytomyr",
            date=datetime.date(2025, 6, 2),
        ),
        NewsArticleFactory(
            title_de="Ehrenplakette",
            title_en="Plaque of Honour",
            teaser_de="Der Europarat würdigt Dortmund.",
            teaser_en="The Council of Europe honours Dortmund.",
            slug_de="ehrenplakette",
            slug_en="plaque-of-honour",
            date=datetime.date(2021, 1, 15),
        ),
    ]


@pytest.mark.parametrize(("language", "version"), list(FEEDS))
def test_each_feed_parses_and_dates_titles_and_links_every_article(
    client, start_page, language, version
):
    _articles()

    response = client.get(FEEDS[language, version])
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert (
        feed.feed.link
        == f"http://testserver/{language}/{'aktuelles' if language == 'de' else 'news'}/"
    )
    newest, older = feed.entries
    if language == "de":
        assert newest.title == "Schytomyr wird Partnerstadt"
        assert newest.summary == "Aus der Solidaritätspartnerschaft wird eine Städtepartnerschaft."
        assert newest.link == "http://testserver/de/aktuelles/schytomyr/"
        assert older.link == "http://testserver/de/aktuelles/ehrenplakette/"
    else:
        assert newest.title == "Zhytomyr becomes a partner city"
        assert newest.summary == "The solidarity partnership becomes a city partnership."
        assert newest.link == "http://testserver/en/news/zhytomyr/"
        assert older.link == "http://testserver/en/news/plaque-of-honour/"
    # The date visitors see, at the start of that day in Dortmund (CEST, CET).
    assert newest.published_parsed == time.struct_time((2025, 6, 1, 22, 0, 0, 6, 152, 0))
    assert older.published_parsed == time.struct_time((2021, 1, 14, 23, 0, 0, 3, 14, 0))
    if version == "atom10":
        assert "updated" in newest and "updated" in older


def test_the_feeds_use_the_sites_public_address(client, start_page, settings):
    settings.SITE_URL = "https://international.dortmund.example"
    _articles()

    for path in FEEDS.values():
        feed = feedparser.parse(client.get(path).content)
        assert feed.feed.link.startswith("https://international.dortmund.example/")
        for entry in feed.entries:
            assert entry.link.startswith("https://international.dortmund.example/")


def test_drafts_and_scheduled_articles_are_not_in_the_feeds(client, start_page):
    NewsArticleFactory(title_de="Öffentlich", title_en="Public")
    NewsArticleFactory(title_de="Entwurf", title_en="Draft", status=Page.Status.DRAFT)
    NewsArticleFactory(
        title_de="Geplant",
        title_en="Scheduled",
        go_live_at=timezone.now() + datetime.timedelta(hours=1),
    )

    for (language, _version), path in FEEDS.items():
        feed = feedparser.parse(client.get(path).content)
        assert [entry.title for entry in feed.entries] == [
            "Öffentlich" if language == "de" else "Public"
        ]


def test_a_control_character_in_an_old_title_does_not_break_the_feeds(client, start_page):
    article = NewsArticleFactory(title_de="Gut")
    # Saved before control characters were refused (bypassing the form's cleaning).
    Page.objects.filter(pk=article.pk).update(title_de="Gut\x0bgemacht", teaser_de="a\x01b")

    for path in FEEDS.values():
        response = client.get(path)
        feed = feedparser.parse(response.content)
        assert response.status_code == 200
        assert not feed.bozo, (path, feed.get("bozo_exception"))


def test_an_empty_feed_is_valid_and_links_the_start_page(client, start_page):
    for (language, _version), path in FEEDS.items():
        feed = feedparser.parse(client.get(path).content)
        assert not feed.bozo
        assert feed.entries == []
        assert feed.feed.link == f"http://testserver/{language}/"
