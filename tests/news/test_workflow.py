"""News takes part in the editorial workflow like every page: preview, translation queue,
XLIFF, revisions; and SDG tags list an article on its goals' pages."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reversion.models import Version

from dortmund_intl import translations
from dortmund_intl.models import Page
from sdg.models import GoalTag
from tests.admin_forms import form_data
from tests.dortmund_intl.test_workflow import _rewrite_targets, client_for

from .factories import NewsArticleFactory, articles, listing

pytestmark = pytest.mark.django_db


def _change_url(article):
    return reverse("admin:news_newsarticle_change", args=[article.pk])


def test_a_draft_article_is_previewed_with_its_date_in_both_languages(client, editor, start_page):
    draft = NewsArticleFactory(
        title_de="Entwurf",
        title_en="Draft",
        status=Page.Status.DRAFT,
        date=datetime.date(2025, 6, 2),
    )
    client_for(client, editor)

    for language, heading in (("de", "<h1>Entwurf</h1>"), ("en", "<h1>Draft</h1>")):
        response = client.get(reverse("admin:news_newsarticle_preview", args=[draft.pk, language]))
        html = response.content.decode()
        assert response.status_code == 200
        assert heading in html
        assert '<time class="news-date" datetime="2025-06-02">' in html
    client.logout()
    assert client.get(draft.url_path_de).status_code == 404


def test_a_new_article_and_a_listing_are_previewed_unsaved(client, editor, start_page):
    news = listing()
    articles(2)
    client_for(client, editor)
    add = reverse("admin:news_newsarticle_add")
    data = form_data(client.get(add))
    data.update(date="01.06.2021", title_de="Ungespeichert", slug_de="neu", parent=str(news.pk))

    article = client.post(reverse("admin:news_newsarticle_preview_new", args=["de"]), data)
    index = client.get(reverse("admin:news_newsindexpage_preview", args=[news.pk, "de"]))

    assert "<h1>Ungespeichert</h1>" in article.content.decode()
    assert index.status_code == 200
    assert index.content.decode().count('class="news-item"') == 2
    assert not Page.objects.filter(title_de="Ungespeichert").exists()


def test_an_article_without_english_is_in_the_translators_queue_and_xliff(
    client, editor, start_page
):
    article = NewsArticleFactory(
        title_de="Schytomyr wird Partnerstadt", title_en="", teaser_en="", body_en=""
    )
    assert article.translation_status == translations.MISSING
    client_for(client, editor)

    queue = client.get(reverse("admin:dortmund_intl_translation_queue")).content.decode()
    exported = client.get(reverse("admin:dortmund_intl_translation_export"))
    translated = _rewrite_targets(
        exported.content,
        {
            f"page-{article.pk}/title": "Zhytomyr becomes a partner city",
            f"page-{article.pk}/teaser": "A city partnership.",
            f"page-{article.pk}/body": "<p>Text</p>",
        },
    )
    imported = client.post(
        reverse("admin:dortmund_intl_translation_import"),
        {"file": SimpleUploadedFile("back.xlf", translated)},
    )

    assert "Schytomyr wird Partnerstadt" in queue and "Meldung" in queue
    assert imported.status_code == 200
    article.refresh_from_db()
    assert article.title_en == "Zhytomyr becomes a partner city"
    assert article.translation_status == translations.CURRENT
    assert "Zhytomyr becomes a partner city" in client.get("/en/news/").content.decode()


def test_an_article_keeps_its_versions_and_a_restore_brings_back_its_date(
    client, editor, start_page
):
    article = NewsArticleFactory(date=datetime.date(2021, 6, 1))
    client_for(client, editor)
    for day in ("02.06.2021", "03.06.2021"):
        data = form_data(client.get(_change_url(article)))
        data["date"] = day
        assert client.post(_change_url(article), data).status_code == 302
    first = Version.objects.get_for_object(article).order_by("pk").first()

    recover = reverse("admin:news_newsarticle_revision", args=[article.pk, first.pk])
    assert client.get(recover).status_code == 200
    client.post(recover, form_data(client.get(recover)))

    article.refresh_from_db()
    assert article.date == datetime.date(2021, 6, 2)


def test_a_tagged_article_is_listed_on_its_goals_page(client, goals):
    article = NewsArticleFactory(title_de="IGA 2027")
    GoalTag.objects.create(page=article, goal=goals[11])
    goals[11].refresh_from_db()

    html = client.get(goals[11].url_path_de).content.decode()

    assert "IGA 2027" in html
    assert '">Meldungen zu diesem Ziel</h2>' in html  # grouped and named by their kind
