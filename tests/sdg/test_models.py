import pytest
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sdg.models import Goal, GoalIndexPage, GoalTag
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def _new_goal(number, **fields):
    overview = GoalIndexPage.objects.get()
    return Goal(
        parent=overview,
        number=number,
        colour="#56C02B",
        name_de="Doppelt",
        name_en="Twice",
        title_de=f"Ziel {number}",
        slug_de=f"noch-ein-ziel-{number}",
        **fields,
    )


@pytest.mark.parametrize("number", [0, 18])
def test_a_goal_number_outside_1_to_17_is_refused(number):
    with pytest.raises(ValidationError) as error:
        _new_goal(number).full_clean()

    assert "number" in error.value.message_dict


def test_a_goal_number_cannot_be_taken_twice():
    with pytest.raises(ValidationError) as error:
        _new_goal(15).full_clean()

    assert "number" in error.value.message_dict


def test_the_database_refuses_a_goal_number_outside_1_to_17():
    Goal.objects.filter(number=17).delete()

    with pytest.raises(IntegrityError), transaction.atomic():
        _new_goal(18).save()


def test_the_colour_must_be_a_hex_colour():
    goal = Goal.objects.get(number=15)
    goal.colour = "green"

    with pytest.raises(ValidationError) as error:
        goal.full_clean()

    assert "colour" in error.value.message_dict


def test_a_goal_belongs_under_the_overview(start_page):
    goal = Goal.objects.get(number=15)
    goal.parent = start_page

    with pytest.raises(ValidationError) as error:
        goal.full_clean()

    assert "parent" in error.value.message_dict


def test_attaching_the_overview_to_the_start_page_keeps_every_address(start_page):
    overview = GoalIndexPage.objects.get()
    before = overview.url_path_de, overview.url_path_en

    overview.parent = start_page
    overview.save()

    overview.refresh_from_db()
    assert (overview.url_path_de, overview.url_path_en) == before
    assert not Redirect.objects.exists()


def test_a_page_is_tagged_with_a_goal_once(start_page):
    page = TopicPageFactory()
    goal = Goal.objects.get(number=6)
    page.goals.add(goal)

    assert list(goal.pages.values_list("pk", flat=True)) == [page.pk]
    assert list(page.goals.all()) == [goal]
    with pytest.raises(IntegrityError), transaction.atomic():
        GoalTag.objects.create(page=page, goal=goal)
