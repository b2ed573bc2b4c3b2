import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst

from dortmund_intl.models import ExternalTopic, Page, TopicPage
from sdg import colours
from tests.factories import ExternalTopicFactory, TeaserFactory, TopicPageFactory

from .factories import GoalTagFactory

pytestmark = pytest.mark.django_db


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _breadcrumbs(html):
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    return [
        re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", nav, re.S)
    ]


def test_overview_shows_the_17_goals_as_tiles_in_german(client, goals):
    html = _html(client, "/de/nachhaltigkeitsziele/")

    assert "<h1>17 Ziele für eine nachhaltige Entwicklung</h1>" in html
    assert html.count('class="sdg-tile sdg-tile--') == 17
    assert '<a class="sdg-tile sdg-tile--15" href="/de/nachhaltigkeitsziele/ziel-15/"' in html
    assert ">Leben an Land</span>" in html
    assert _breadcrumbs(html) == ["Internationales", "17 Ziele für eine nachhaltige Entwicklung"]


def test_overview_shows_the_17_goals_as_tiles_in_english(client, goals):
    html = _html(client, "/en/sustainable-development-goals/")

    assert "<h1>17 Sustainable Development Goals</h1>" in html
    assert html.count('class="sdg-tile sdg-tile--') == 17
    assert (
        '<a class="sdg-tile sdg-tile--15" href="/en/sustainable-development-goals/goal-15/"' in html
    )
    assert ">Life on land</span>" in html
    assert '<span class="visually-hidden">Goal </span>15</span>' in html


def test_each_tile_is_in_its_goal_colour_with_its_readable_text_colour(client, goals):
    """The colours come from a class in the site's own stylesheet (no inline style on a
    public page); the stylesheet holds each goal's colour and readable text colour."""
    html = _html(client, "/de/nachhaltigkeitsziele/")
    stylesheet = (settings.BASE_DIR / colours.STYLESHEET).read_text()

    assert "style=" not in html
    assert '<link rel="stylesheet" href="/static/css/sdg-colours.css">' in html
    for goal in goals.values():
        assert f'class="sdg-tile sdg-tile--{goal.number}"' in html
        rule = f".sdg-tile--{goal.number} {{ --goal-colour: {goal.colour}; --goal-text: {goal.text_colour}; }}"
        assert rule in stylesheet


def test_the_colour_stylesheet_is_written_from_the_goals(goals):
    """static/css/sdg-colours.css is what `manage.py sdg_stylesheet` writes today."""
    Goal = type(goals[15])
    written = (settings.BASE_DIR / colours.STYLESHEET).read_text()

    assert written == colours.stylesheet(Goal.objects.order_by("number"))


def test_overview_leaves_out_goals_that_are_not_published(client, goals):
    Goal = type(goals[15])
    Goal.objects.filter(number=15).update(status=Page.Status.DRAFT)

    html = _html(client, "/de/nachhaltigkeitsziele/")

    assert html.count('class="sdg-tile sdg-tile--') == 16
    assert "ziel-15" not in html


def test_goal_page_in_german_has_title_text_icon_and_breadcrumbs(client, goals):
    goal = goals[15]
    goal.body_de = "<p>Dortmund macht bei der IGA Metropole Ruhr 2027 mit.</p>"
    goal.save()

    html = _html(client, "/de/nachhaltigkeitsziele/ziel-15/")

    assert "<h1>Ziel 15: Leben an Land</h1>" in html
    assert "Dortmund macht bei der IGA Metropole Ruhr 2027 mit." in html
    assert '<svg class="sdg-icon sdg-goal-icon"' in html
    assert _breadcrumbs(html) == [
        "Internationales",
        "17 Ziele für eine nachhaltige Entwicklung",
        "Ziel 15: Leben an Land",
    ]


def test_goal_page_in_english(client, goals):
    goal = goals[15]
    goal.body_en = "<p>Dortmund takes part in IGA Metropole Ruhr 2027.</p>"
    goal.save()

    html = _html(client, "/en/sustainable-development-goals/goal-15/")

    assert "<h1>Goal 15: Life on land</h1>" in html
    assert "Dortmund takes part in IGA Metropole Ruhr 2027." in html
    assert _breadcrumbs(html) == [
        "International",
        "17 Sustainable Development Goals",
        "Goal 15: Life on land",
    ]
    assert 'hreflang="de" lang="de">Deutsch</a>' in html
    assert 'href="/de/nachhaltigkeitsziele/ziel-15/"' in html


def test_goal_page_lists_the_published_pages_tagged_with_it_grouped_by_kind(client, goals):
    goal = goals[6]
    GoalTagFactory(goal=goal, page=TopicPageFactory(title_de="Wasser für Bondo"))
    GoalTagFactory(goal=goal, page=ExternalTopicFactory(title_de="Weltwassertag"))
    GoalTagFactory(goal=goal, page=TopicPageFactory(title_de="Entwurf", status=Page.Status.DRAFT))
    GoalTagFactory(goal=goals[7], page=TopicPageFactory(title_de="Solarenergie"))

    html = _html(client, "/de/nachhaltigkeitsziele/ziel-6/")

    with translation.override("de"):
        topic_pages = capfirst(TopicPage._meta.verbose_name_plural)
        external_topics = capfirst(ExternalTopic._meta.verbose_name_plural)
    headings = re.findall(r'<h2 id="sdg-tagged-\d+">(.*?)</h2>', html)
    assert sorted(headings) == sorted(
        [f"{external_topics} zu diesem Ziel", f"{topic_pages} zu diesem Ziel"]
    )
    assert "Wasser für Bondo" in html
    assert "Weltwassertag" in html
    assert "Entwurf" not in html
    assert "Solarenergie" not in html


def test_goal_page_shows_its_more_on_this_topic_teasers(client, goals):
    TeaserFactory(page=goals[13], target=goals[7])

    html = _html(client, "/de/nachhaltigkeitsziele/ziel-13/")

    more = html[html.index('id="more-heading"') :]
    assert "Ziel 7: Bezahlbare und saubere Energie" in more


def test_goal_page_leads_to_the_goals_before_and_after_it(client, goals):
    html = _html(client, "/de/nachhaltigkeitsziele/ziel-15/")

    assert '<a href="/de/nachhaltigkeitsziele/ziel-14/" rel="prev">' in html
    assert '<a href="/de/nachhaltigkeitsziele/ziel-16/" rel="next">' in html
    assert 'rel="prev"' not in _html(client, "/de/nachhaltigkeitsziele/ziel-1/")
    assert 'rel="next"' not in _html(client, "/de/nachhaltigkeitsziele/ziel-17/")


def test_a_goal_that_is_not_published_is_not_found(client, goals):
    type(goals[15]).objects.filter(number=15).update(status=Page.Status.DRAFT)

    assert client.get("/de/nachhaltigkeitsziele/ziel-15/").status_code == 404


def test_a_teaser_to_a_goal_reads_like_the_seeds(client, goals):
    """Seed 002: "Ziel 15: Leben an Land – Eine Übersicht zum UN Nachhaltigkeitsziel …"."""
    page = TopicPageFactory()
    TeaserFactory(page=page, target=goals[15])

    html = _html(client, page.url_path_de)

    assert '<a href="/de/nachhaltigkeitsziele/ziel-15/">Ziel 15: Leben an Land</a>' in html
    assert "Eine Übersicht zum UN Nachhaltigkeitsziel Nummer 15: Leben an Land in Dortmund." in html
