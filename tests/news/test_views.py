"""What visitors see of the news: the listing (newest first, ten a page, per language),
an article with its date, the latest three on the start page, never a draft."""

import datetime
import re

import pytest
from django.utils import timezone

from dortmund_intl.models import Page
from tests.factories import TopicPageFactory

from .factories import NewsArticleFactory, articles, listing

pytestmark = pytest.mark.django_db


def titles(html: str) -> list[str]:
    return re.findall(r'class="news-item__title"><a href="[^"]+">([^<]+)</a>', html)


def test_the_listing_shows_ten_articles_a_page_newest_first(client, start_page):
    articles(23)

    first = client.get("/de/aktuelles/").content.decode()
    second = client.get("/de/aktuelles/", {"page": 2}).content.decode()
    third = client.get("/de/aktuelles/", {"page": 3}).content.decode()

    def dates(html):
        return re.findall(r'<time class="news-date" datetime="2024-01-([0-9]+)"', html)

    assert dates(first) == [f"{day:02}" for day in range(23, 13, -1)]
    assert dates(second) == [f"{day:02}" for day in range(13, 3, -1)]
    assert dates(third) == ["03", "02", "01"]
    assert len(titles(first)) == len(titles(second)) == 10
    assert set(titles(first)).isdisjoint(titles(second))
    assert "Seite 3 von 3" in third


def test_the_pager_links_newer_and_older_pages(client, start_page):
    articles(21)

    first = client.get("/de/aktuelles/").content.decode()
    second = client.get("/de/aktuelles/?page=2").content.decode()
    third = client.get("/de/aktuelles/?page=3").content.decode()

    assert '<nav class="news-pager" aria-label="Seiten der Meldungen">' in first
    assert 'href="?page=2" rel="next">Ältere Meldungen</a>' in first
    assert 'rel="prev"' not in first
    # Page 1 has one address: the previous link of page 2 leads to the listing itself.
    assert 'href="/de/aktuelles/" rel="prev">Neuere Meldungen</a>' in second
    assert 'href="?page=3" rel="next"' in second
    assert 'href="/de/aktuelles/?page=2" rel="prev"' in third
    assert 'rel="next"' not in third


def test_a_listing_of_one_page_has_no_pager(client, start_page):
    articles(3)

    html = client.get("/de/aktuelles/").content.decode()

    assert len(titles(html)) == 3
    assert "news-pager" not in html


@pytest.mark.parametrize(
    "page",
    ["0", "3", "-1", "abc", "1.5", "", "2x", "02", "99999999999999999999999", "\x00", "１"],
)
def test_an_invalid_or_out_of_range_page_is_not_found(client, start_page, page):
    articles(12)  # two pages

    response = client.get("/de/aktuelles/", {"page": page})

    assert response.status_code == 404
    assert "news-item" not in response.content.decode()


def test_an_empty_listing_says_so_and_has_no_second_page(client, start_page):
    listing()

    assert "Zurzeit gibt es keine Meldungen." in client.get("/de/aktuelles/").content.decode()
    assert client.get("/de/aktuelles/?page=1").status_code == 200
    assert client.get("/de/aktuelles/?page=2").status_code == 404


def test_the_english_listing_shows_english_titles_and_addresses(client, start_page):
    NewsArticleFactory(
        title_de="Partnerschaft besiegelt",
        title_en="Partnership sealed",
        slug_de="partnerschaft-besiegelt",
        slug_en="partnership-sealed",
        date=datetime.date(2025, 6, 2),
    )

    english = client.get("/en/news/").content.decode()
    german = client.get("/de/aktuelles/").content.decode()

    assert '<a href="/en/news/partnership-sealed/">Partnership sealed</a>' in english
    assert "Partnerschaft besiegelt" not in english
    assert '<time class="news-date" datetime="2025-06-02">' in english
    assert '<a href="/de/aktuelles/partnerschaft-besiegelt/">Partnerschaft besiegelt</a>' in german


def test_an_article_without_english_shows_german_marked_as_german(client, start_page):
    NewsArticleFactory(title_de="Nur deutsch", title_en="", teaser_en="", body_en="")

    html = client.get("/en/news/").content.decode()

    assert '<a href="/en/news/' in html
    assert ' lang="de">Nur deutsch</a>' in html


def test_an_article_shows_its_date_title_teaser_and_text(client, start_page):
    article = NewsArticleFactory(
        title_de="Ehrenplakette für Dortmund",
        teaser_de="Der Europarat würdigt Dortmund.",
        body_de="<p>Die dritte von vier Stufen.</p>",
        date=datetime.date(2021, 6, 1),
    )

    html = client.get(article.url_path_de).content.decode()
    english = client.get(article.url_path_en).content.decode()

    assert "<h1>Ehrenplakette für Dortmund</h1>" in html
    assert '<time class="news-date" datetime="2021-06-01">1. Juni 2021</time>' in html
    assert "Der Europarat würdigt Dortmund." in html
    assert "<p>Die dritte von vier Stufen.</p>" in html
    assert '<time class="news-date" datetime="2021-06-01">' in english


def test_drafts_scheduled_and_expired_articles_are_never_shown(client, start_page):
    now = timezone.now()
    NewsArticleFactory(title_de="Öffentlich")
    hidden = [
        NewsArticleFactory(title_de="Entwurf", status=Page.Status.DRAFT),
        NewsArticleFactory(title_de="Geplant", go_live_at=now + datetime.timedelta(days=1)),
        NewsArticleFactory(title_de="Abgelaufen", expire_at=now - datetime.timedelta(days=1)),
    ]

    listing_html = client.get("/de/aktuelles/").content.decode()
    start_html = client.get("/de/").content.decode()

    assert titles(listing_html) == ["Öffentlich"]
    assert titles(start_html) == ["Öffentlich"]
    for article in hidden:
        assert client.get(article.url_path_de).status_code == 404
        assert article.url_path_de not in listing_html + start_html


def test_the_start_page_shows_the_latest_three_in_both_languages(client, start_page):
    for i, day in enumerate([3, 1, 4, 2]):
        NewsArticleFactory(
            title_de=f"Meldung vom {day}.",
            title_en=f"News of the {day}th",
            teaser_de=f"Satz {i}.",
            teaser_en=f"Sentence {i}.",
            date=datetime.date(2025, 5, day),
        )

    german = client.get("/de/").content.decode()
    english = client.get("/en/").content.decode()

    assert titles(german) == ["Meldung vom 4.", "Meldung vom 3.", "Meldung vom 2."]
    assert titles(english) == ["News of the 4th", "News of the 3th", "News of the 2th"]
    assert "Satz 2." in german and "Sentence 2." in english
    assert '<time class="news-date" datetime="2025-05-04">4. Mai 2025</time>' in german
    assert '<h2 id="latest-news-heading">Aktuelles</h2>' in german
    assert '<h2 id="latest-news-heading">News</h2>' in english
    assert '<a href="/de/aktuelles/">Alle Meldungen</a>' in german
    assert '<a href="/en/news/">All news</a>' in english


def test_the_start_page_without_news_shows_no_news_box(client, start_page):
    listing()

    html = client.get("/de/").content.decode()

    assert "latest-news" not in html
    assert "/de/aktuelles/feed/rss/" not in html


def test_articles_are_not_listed_among_the_start_pages_sub_pages(client, start_page):
    start_page.list_children = True
    start_page.save()
    TopicPageFactory(title_de="Bereich")
    NewsArticleFactory(title_de="Eine Meldung")

    html = client.get("/de/").content.decode()
    children = html.split('id="children-heading"')[1].split("</section>")[0]

    assert "Bereich" in children and "Aktuelles" in children
    assert "Eine Meldung" not in children


def test_the_listing_and_the_start_page_link_the_feeds_of_their_language(client, start_page):
    NewsArticleFactory()

    for path, language, segment in (("/de/", "de", "aktuelles"), ("/en/news/", "en", "news")):
        head = client.get(path).content.decode().split("</head>")[0]
        assert (
            f'<link rel="alternate" type="application/rss+xml" '
            f'href="/{language}/{segment}/feed/rss/"' in head
        )
        assert (
            f'<link rel="alternate" type="application/atom+xml" '
            f'href="/{language}/{segment}/feed/atom/"' in head
        )


def test_no_news_page_sets_a_cookie(client, start_page):
    article = NewsArticleFactory()

    for path in (
        "/de/",
        "/de/aktuelles/",
        "/en/news/?page=1",
        "/de/aktuelles/?page=9",
        article.url_path_de,
        article.url_path_en,
        "/de/aktuelles/feed/rss/",
        "/en/news/feed/atom/",
    ):
        response = client.get(path)
        assert not response.cookies, path
    assert not client.cookies
