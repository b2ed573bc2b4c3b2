import pytest

from sdg import services
from sdg.models import Goal, GoalIndexPage

pytestmark = pytest.mark.django_db


def test_ensure_goals_recreates_what_a_flush_removed():
    Goal.objects.filter(number__gt=10).delete()

    services.ensure_goals()

    assert sorted(Goal.objects.values_list("number", flat=True)) == list(range(1, 18))
    assert GoalIndexPage.objects.count() == 1


def test_ensure_goals_leaves_complete_goals_alone(django_assert_num_queries):
    """Intended to keep ensure_goals cheap when nothing is missing: one count."""
    with django_assert_num_queries(1):
        services.ensure_goals()
