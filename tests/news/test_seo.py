"""What search engines read of an article: a schema.org NewsArticle beside the page's
WebPage and BreadcrumbList, on the site's own address; and news in the sitemap."""

import datetime

import pytest

from dortmund_intl.news.models import PUBLISHER_DE, PUBLISHER_EN
from tests.factories import ImageFactory
from tests.findability.test_seo import graph, of_type

from .factories import NewsArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_article_carries_a_news_article_beside_its_breadcrumbs(client, start_page, language):
    article = NewsArticleFactory(
        title_de="Ehrenplakette für Dortmund",
        title_en="Plaque of Honour for Dortmund",
        date=datetime.date(2021, 6, 1),
        hero_image=ImageFactory(),
    )
    url = f"http://testserver{article.url_for(language)}"

    items = graph(client.get(article.url_for(language)).content.decode(), url)

    news = of_type(items, "NewsArticle")
    assert len(news) == 1
    news = news[0]
    assert news["headline"] == (
        "Ehrenplakette für Dortmund" if language == "de" else "Plaque of Honour for Dortmund"
    )
    assert news["datePublished"] == "2021-06-01"
    assert datetime.datetime.fromisoformat(news["dateModified"]) == article.updated_at
    assert news["inLanguage"] == language
    assert news["mainEntityOfPage"] == {"@id": url}
    assert news["image"] == f"http://testserver{article.hero_image.rendition_url(1200)}"
    assert news["publisher"]["@type"] == "GovernmentOrganization"
    assert news["publisher"]["name"] == (PUBLISHER_DE if language == "de" else PUBLISHER_EN)
    assert news["publisher"]["url"] == f"http://testserver/{language}/"
    crumbs = of_type(items, "BreadcrumbList")[0]["itemListElement"]
    assert [crumb["item"] for crumb in crumbs] == [
        f"http://testserver/{language}/",
        f"http://testserver{article.parent.url_for(language)}",
        url,
    ]


def test_the_article_image_is_on_the_sites_public_address(client, start_page, settings):
    settings.SITE_URL = "https://international.dortmund.example"
    article = NewsArticleFactory(hero_image=ImageFactory())

    items = graph(client.get(article.url_path_de).content.decode(), "")

    news = of_type(items, "NewsArticle")[0]
    assert news["image"].startswith("https://international.dortmund.example/media/")
    assert news["url"] == f"https://international.dortmund.example{article.url_path_de}"


def test_an_article_without_image_has_no_image_in_its_news_article(client, start_page):
    article = NewsArticleFactory(hero_image=None)

    news = of_type(graph(client.get(article.url_path_de).content.decode(), ""), "NewsArticle")[0]

    assert "image" not in news


def test_the_listing_and_its_articles_are_in_the_sitemap_in_both_languages(client, start_page):
    article = NewsArticleFactory()

    sitemap = client.get("/sitemap.xml").content.decode()

    for path in (article.url_path_de, article.url_path_en, "/de/aktuelles/", "/en/news/"):
        assert f"<loc>http://testserver{path}</loc>" in sitemap
