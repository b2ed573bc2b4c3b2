"""Query counts of the news pages, pinned: they must not grow with the number of news."""

import datetime

import pytest

from tests.dortmund_intl.test_queries import BARE_PAGE_QUERIES
from tests.factories import ImageFactory, TeaserFactory, TopicPageFactory

from .factories import NewsArticleFactory, articles, listing

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("n", [3, 25])
def test_listing_queries_do_not_grow_with_the_news(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the listing's articles (their images, addresses)."""
    articles(n, hero_image=ImageFactory())
    client.get("/de/aktuelles/")  # warm the content-type cache, as a running site has

    # the bare page + the count of articles + the page of articles
    with django_assert_num_queries(BARE_PAGE_QUERIES + 2):
        response = client.get("/de/aktuelles/?page=1")

    assert response.status_code == 200
    assert response.content.decode().count('class="news-item"') == min(n, 10)


@pytest.mark.parametrize("n", [1, 12])
def test_article_queries_do_not_grow_with_its_teasers(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on an article's "Mehr zum Thema"."""
    article = NewsArticleFactory(hero_image=ImageFactory())
    for _ in range(n):
        TeaserFactory(page=article, target=TopicPageFactory())
    client.get(article.url_path_en)

    with django_assert_num_queries(BARE_PAGE_QUERIES + 1):  # + the teasers
        response = client.get(article.url_path_en)

    assert response.status_code == 200
    assert response.content.decode().count('class="teaser"') == n


@pytest.mark.parametrize("n", [2, 30])
def test_start_page_queries_do_not_grow_with_the_news(
    client, start_page, django_assert_num_queries, n
):
    """Intended to keep the start page's latest news at one query, whatever their number."""
    listing()
    articles(n, hero_image=ImageFactory())
    client.get("/en/")

    with django_assert_num_queries(BARE_PAGE_QUERIES + 1):  # + the latest news
        response = client.get("/en/")

    assert response.content.decode().count('class="news-item"') == min(n, 3)


def test_every_news_page_stays_within_eight_queries(
    client, start_page, django_assert_max_num_queries, django_assert_num_queries
):
    """Intended to keep the news pages within the site's bound, with everything on them."""
    start_page.list_children = True
    start_page.save()
    TeaserFactory(page=start_page, target=TopicPageFactory())
    news = articles(15, hero_image=ImageFactory())
    TeaserFactory(page=news[0], target=TopicPageFactory())
    TeaserFactory(page=news[0].parent, target=TopicPageFactory())
    paths = ["/de/", "/en/", "/de/aktuelles/", "/en/news/?page=2", news[0].url_path_de]
    for path in paths:
        client.get(path)

    for path in paths:
        with django_assert_max_num_queries(8):
            assert client.get(path).status_code == 200
    for path in ("/de/aktuelles/feed/rss/", "/en/news/feed/atom/"):
        client.get(path)  # warm contrib.sites' cache, which Django's Feed asks
        with django_assert_num_queries(1):  # the articles
            assert client.get(path).status_code == 200


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_prepared_reads_match_the_querysets_they_stand_for(start_page, language):
    """The start page's and the feeds' reads are compiled once (dortmund_intl/prepared.py);
    they return what the plain QuerySets return, and see a change at once."""
    from django.utils import timezone, translation

    from dortmund_intl.news import selectors
    from dortmund_intl.news.models import NewsArticle, NewsIndexPage

    articles(5)
    NewsArticleFactory(status="draft", date=datetime.date(2031, 1, 1))
    with translation.override(language):
        published = NewsArticle.objects.published().order_by("-date", "-pk")
        in_listings = published.filter(parent__in=NewsIndexPage.objects.published().values("pk"))
        columns = (*selectors.PAGE_COLUMNS, "date", *selectors._LISTING_COLUMNS)
        assert selectors._latest.run({"now": timezone.now()}, shape=(3,)) == list(
            in_listings.values(*columns)[:3]
        )
        assert selectors._feed.run({"now": timezone.now()}, shape=(20,)) == list(
            published.values(*columns[:-2], "updated_at", *columns[-2:])[:20]
        )
        articles(8)  # 13 published: two pages
        on_listing = list(published.filter(parent=listing()).values_list("pk", flat=True))
        for number, expected in ((1, on_listing[:10]), (2, on_listing[10:])):
            page = selectors.listing_page(listing(), number)
            assert [item.card.pk for item in page.object_list] == expected
            assert page.paginator.num_pages == 2
        newest = NewsArticleFactory(date=datetime.date(2030, 1, 1))
        assert selectors.latest().items[0].card.pk == newest.pk
        assert selectors.listing_page(listing(), 1).object_list[0].card.pk == newest.pk
