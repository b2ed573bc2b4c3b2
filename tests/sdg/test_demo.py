import pytest
from django.core.management import call_command

from dortmund_intl.models import Page, Teaser
from sdg.models import Goal, GoalIndexPage, GoalTag

pytestmark = pytest.mark.django_db


def test_demo_publishes_the_overview_under_the_start_page_in_both_languages(client):
    call_command("load_demo")

    overview = GoalIndexPage.objects.get()
    assert overview.parent.url_path_de == "/de/"
    assert overview.is_live
    assert client.get("/de/nachhaltigkeitsziele/").status_code == 200
    assert client.get("/en/sustainable-development-goals/").status_code == 200
    assert overview.pk in [page.pk for page in overview.parent.children.all()]


def test_demo_gives_every_goal_a_text_in_german_and_english_and_publishes_it(client):
    call_command("load_demo")

    for goal in Goal.objects.all():
        assert goal.is_live, goal.number
        assert goal.body_de.startswith("<p>") and goal.body_en.startswith("<p>"), goal.number
    html = client.get("/en/sustainable-development-goals/goal-6/").content.decode()
    assert "Every Drop Counts" in html


def test_demo_tags_the_project_partnerships_with_their_goals(client):
    call_command("load_demo")

    html = client.get("/de/nachhaltigkeitsziele/ziel-6/").content.decode()

    tagged = html[html.index('class="sdg-tagged"') : html.index('class="sdg-pager"')]
    assert "Bondo" in tagged


def test_demo_leaves_goals_alone_the_second_time():
    call_command("load_demo")
    goal = Goal.objects.get(number=15)
    goal.body_de = "<p>Von der Redaktion geschrieben.</p>"
    goal.save()
    GoalTag.objects.filter(goal__number=6).delete()
    before = (
        sorted(Page.objects.values_list("pk", "updated_at")),
        GoalTag.objects.count(),
        Teaser.objects.count(),
    )

    call_command("load_demo")

    after = (
        sorted(Page.objects.values_list("pk", "updated_at")),
        GoalTag.objects.count(),
        Teaser.objects.count(),
    )
    assert after == before
    assert Goal.objects.get(number=15).body_de == "<p>Von der Redaktion geschrieben.</p>"
