"""Editors write news in the admin: the list shows date, publication and translation,
can be searched and browsed by date; an article belongs under a news listing."""

import datetime

import pytest
from django.urls import reverse

from dortmund_intl.news.models import NewsArticle
from tests.admin_forms import form_data
from tests.factories import TopicPageFactory

from .factories import NewsArticleFactory, listing

pytestmark = pytest.mark.django_db


def test_the_list_shows_date_publication_and_translation(admin_client_de, start_page):
    NewsArticleFactory(title_de="Ehrenplakette", date=datetime.date(2021, 6, 1))
    NewsArticleFactory(title_de="Nur deutsch", title_en="", teaser_en="", body_en="")

    response = admin_client_de.get(reverse("admin:news_newsarticle_changelist"))
    html = response.content.decode()

    assert response.status_code == 200
    for heading in ("Datum", "Veröffentlichung", "Übersetzung"):
        assert heading in html
    assert "1. Juni 2021" in html
    assert "Veröffentlicht" in html
    assert "Englisch fehlt" in html
    assert "?date__year=2021" in html  # browsed by year and month (date hierarchy)


def test_the_list_is_searched_by_title_and_text(admin_client_de, start_page):
    NewsArticleFactory(title_de="Ehrenplakette", body_de="<p>Straßburg</p>")
    NewsArticleFactory(title_de="IGA 2027")

    url = reverse("admin:news_newsarticle_changelist")
    by_title = admin_client_de.get(url, {"q": "Ehrenplakette"}).content.decode()
    by_text = admin_client_de.get(url, {"q": "Straßburg"}).content.decode()

    assert "Ehrenplakette" in by_title and "IGA 2027" not in by_title
    assert "Ehrenplakette" in by_text and "IGA 2027" not in by_text


def test_add_and_change_forms_open_for_both_kinds(admin_client_de, start_page):
    article = NewsArticleFactory()
    for url in (
        reverse("admin:news_newsarticle_add"),
        reverse("admin:news_newsarticle_change", args=[article.pk]),
        reverse("admin:news_newsindexpage_changelist"),
        reverse("admin:news_newsindexpage_change", args=[article.parent_id]),
    ):
        assert admin_client_de.get(url).status_code == 200, url


def test_an_editor_writes_an_article_with_its_date(admin_client_de, start_page):
    news = listing()
    url = reverse("admin:news_newsarticle_add")
    data = form_data(admin_client_de.get(url))
    data.update(
        date="15.01.2021",
        title_de="Ehrenplakette",
        slug_de="ehrenplakette",
        title_en="Plaque of Honour",
        slug_en="plaque-of-honour",
        teaser_de="Der Europarat würdigt Dortmund.",
        parent=str(news.pk),
        status="published",
    )

    response = admin_client_de.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = NewsArticle.objects.get()
    assert article.date == datetime.date(2021, 1, 15)
    assert article.url_path_de == "/de/aktuelles/ehrenplakette/"


def test_an_article_outside_a_news_listing_is_refused_and_keeps_what_was_typed(
    admin_client_de, start_page
):
    elsewhere = TopicPageFactory()
    url = reverse("admin:news_newsarticle_add")
    data = form_data(admin_client_de.get(url))
    data.update(
        date="15.01.2021",
        title_de="Verirrte Meldung",
        slug_de="verirrt",
        parent=str(elsewhere.pk),
        status="published",
    )

    response = admin_client_de.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Eine Meldung gehört unter eine Nachrichtenübersicht" in html
    assert 'value="Verirrte Meldung"' in html
    assert not NewsArticle.objects.exists()


def test_a_bad_date_is_an_error_not_a_server_error(admin_client_de, start_page):
    news = listing()
    url = reverse("admin:news_newsarticle_add")
    data = form_data(admin_client_de.get(url))
    data.update(date="31.02.2021", title_de="Datum", slug_de="datum", parent=str(news.pk))

    response = admin_client_de.post(url, data)

    assert response.status_code == 200
    assert "date" in response.context["adminform"].form.errors
