"""News is found by the site search, named as news, in the visitor's language."""

import pytest

from dortmund_intl.models import Page

from .factories import NewsArticleFactory

pytestmark = pytest.mark.django_db


def test_an_article_is_found_and_shown_as_a_news_article(client, start_page):
    NewsArticleFactory(
        title_de="Ehrenplakette des Europarates",
        title_en="The Council of Europe's Plaque of Honour",
        body_de="<p>Die dritte von vier Stufen zum Europapreis.</p>",
        body_en="<p>The third of four stages on the way to the Europe Prize.</p>",
    )

    german = client.get("/de/suche/", {"q": "Ehrenplakette"}).content.decode()
    english = client.get("/en/search/", {"q": "Plaque of Honour"}).content.decode()

    assert "Ehrenplakette des Europarates" in german
    assert '<p class="search-result__meta">Meldung · Aktuelles</p>' in german
    assert "The Council of Europe&#39;s Plaque of Honour" in english
    assert '<p class="search-result__meta">News article · News</p>' in english


def test_a_draft_article_is_not_found(client, start_page):
    NewsArticleFactory(title_de="Geheime Ehrenplakette", status=Page.Status.DRAFT)

    html = client.get("/de/suche/", {"q": "Ehrenplakette"}).content.decode()

    assert "Geheime Ehrenplakette" not in html
