"""The demo news: four articles from the seeds, in German and English, with dates, SDG
tags and "Mehr zum Thema"; written once however often ``load_demo`` runs, and an
editor's change survives the next run."""

import pytest
from django.core.management import call_command

from dortmund_intl.models import Teaser
from dortmund_intl.news.models import NewsArticle, NewsIndexPage
from sdg.models import GoalTag

pytestmark = pytest.mark.django_db

PATHS = {
    "/de/aktuelles/ehrenplakette-des-europarates/": "/en/news/council-of-europe-plaque-of-honour/",
    "/de/aktuelles/europa-projektwochen-klima-und-umwelt/": (
        "/en/news/european-project-weeks-climate-and-environment/"
    ),
    "/de/aktuelles/staedtepartnerschaft-schytomyr/": "/en/news/city-partnership-zhytomyr/",
    "/de/aktuelles/iga-metropole-ruhr-2027/": "/en/news/iga-metropole-ruhr-2027/",
}


def test_demo_news_is_in_place_in_both_languages_once(client):
    call_command("load_demo", verbosity=0)
    counts = (NewsArticle.objects.count(), GoalTag.objects.count(), Teaser.objects.count())
    call_command("load_demo", verbosity=0)

    assert (NewsArticle.objects.count(), GoalTag.objects.count(), Teaser.objects.count()) == counts
    assert NewsIndexPage.objects.get().url_path_en == "/en/news/"
    for path_de, path_en in PATHS.items():
        article = NewsArticle.objects.get(url_path_de=path_de)
        assert article.url_path_en == path_en
        assert article.teaser_de and article.teaser_en
        assert article.body_de.count("<p>") >= 3 and article.body_en.count("<p>") >= 3
        assert article.goal_tags.exists(), path_de
        assert article.teaser_links.count() >= 3, path_de
        for path in (path_de, path_en):
            response = client.get(path)
            assert response.status_code == 200, path
            # Nothing shown in German on the English page: every text is translated.
            assert 'lang="de"' not in response.content.decode().split("<main", 1)[1], path


def test_demo_news_tells_the_facts_of_the_seeds():
    call_command("load_demo", verbosity=0)

    plaque = NewsArticle.objects.get(slug_de="ehrenplakette-des-europarates")
    assert plaque.date.year == 2021
    assert "dritte von vier Stufen" in plaque.body_de
    assert "third of the four stages" in plaque.body_en
    assert "Thomas Westphal" in plaque.body_de and "1979" in plaque.body_de
    weeks = NewsArticle.objects.get(slug_de="europa-projektwochen-klima-und-umwelt")
    assert weeks.date.year == 2020
    assert "Europe Direct Informationszentrum Dortmund" in weeks.body_de
    assert "Klima- und Umweltpolitik" in weeks.title_de
    zhytomyr = NewsArticle.objects.get(slug_de="staedtepartnerschaft-schytomyr")
    assert zhytomyr.date.year == 2025 and "Solidaritätspartnerschaft" in zhytomyr.body_de
    iga = NewsArticle.objects.get(slug_de="iga-metropole-ruhr-2027")
    assert "IGA Metropole Ruhr gGmbH" in iga.body_de and "Dekadenprojekt" in iga.body_de
    assert sorted(tag.goal.number for tag in iga.goal_tags.select_related("goal")) == [11, 15]


def test_an_editors_change_to_a_demo_article_survives_the_next_run():
    call_command("load_demo", verbosity=0)
    article = NewsArticle.objects.get(slug_de="iga-metropole-ruhr-2027")
    article.title_de = "IGA 2027: Dortmund ist dabei"
    article.save()
    article.teaser_links.all().delete()
    article.teaser_links.create(target=NewsIndexPage.objects.get())

    call_command("load_demo", verbosity=0)

    article.refresh_from_db()
    assert article.title_de == "IGA 2027: Dortmund ist dabei"
    assert [t.target_id for t in article.teaser_links.all()] == [article.parent_id]


def test_the_demo_start_page_shows_the_three_latest_articles(client):
    call_command("load_demo", verbosity=0)

    german = client.get("/de/").content.decode()
    english = client.get("/en/").content.decode()

    assert german.count('class="news-item"') == 3
    assert "Schytomyr wird Dortmunds jüngste Partnerstadt" in german
    assert (
        "Europa-Projektwochen" not in german.split('class="latest-news"')[1].split("</section>")[0]
    )
    assert "Zhytomyr becomes Dortmund&#39;s youngest partner city" in english
