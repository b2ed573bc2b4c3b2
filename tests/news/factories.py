"""Factories for the news app."""

import datetime

import factory

from dortmund_intl.news.models import NewsArticle, NewsIndexPage
from tests.factories import PageFactoryBase, start_page


class NewsIndexPageFactory(PageFactoryBase):
    class Meta:
        model = NewsIndexPage

    parent = factory.LazyFunction(start_page)
    title_de = "Aktuelles"
    title_en = "News"
    slug_de = factory.Sequence(lambda n: f"aktuelles-{n}")
    slug_en = factory.Sequence(lambda n: f"news-{n}")


def listing() -> NewsIndexPage:
    """The news listing at /de/aktuelles/, created on first use."""
    return NewsIndexPage.objects.filter(url_path_de="/de/aktuelles/").first() or (
        NewsIndexPageFactory(slug_de="aktuelles", slug_en="news")
    )


class NewsArticleFactory(PageFactoryBase):
    class Meta:
        model = NewsArticle

    parent = factory.LazyFunction(listing)
    title_de = factory.Sequence(lambda n: f"Meldung {n}")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    slug_de = factory.Sequence(lambda n: f"meldung-{n}")
    slug_en = factory.Sequence(lambda n: f"news-item-{n}")
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))


def articles(count: int, **fields) -> list[NewsArticle]:
    """``count`` published articles, one day apart, the last the newest."""
    first = datetime.date(2024, 1, 1)
    return [
        NewsArticleFactory(date=first + datetime.timedelta(days=i), **fields) for i in range(count)
    ]
