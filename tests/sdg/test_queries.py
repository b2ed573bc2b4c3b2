"""Query counts of the SDG pages, pinned: they must not grow with the content."""

import pytest

from dortmund_intl.models import Page
from sdg.models import Goal
from tests.factories import ExternalTopicFactory, TeaserFactory, TopicPageFactory

from .factories import GoalTagFactory

pytestmark = pytest.mark.django_db

# frame (address lookup, and the overview for the pager) + page + teasers + contacts
# + tagged pages (all kinds at once) + the goals before and after; no downloads or
# gallery here, which would cost a query each (tests/dortmund_intl/test_queries.py)
GOAL_PAGE_QUERIES = 6
# frame (with the address lookup) + page + contacts + the goal tiles
OVERVIEW_QUERIES = 4


@pytest.mark.parametrize("n", [1, 15])
def test_goal_page_queries_do_not_grow_with_tagged_pages(
    client, goals, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the pages of every kind listed under a goal."""
    goal = goals[15]
    for _ in range(n):
        GoalTagFactory(goal=goal, page=TopicPageFactory())
        GoalTagFactory(goal=goal, page=ExternalTopicFactory())
        TeaserFactory(page=goal, target=TopicPageFactory())
    client.get(goal.url_path_de)  # warm the content-type cache, as a running site has

    with django_assert_num_queries(GOAL_PAGE_QUERIES):
        response = client.get(goal.url_path_de)

    assert response.content.decode().count('class="teaser"') == 3 * n


@pytest.mark.parametrize("published", [1, 17])
def test_overview_queries_do_not_grow_with_the_goals(
    client, goals, django_assert_num_queries, published
):
    """Intended to prevent a query per tile on the overview of the goals."""
    Goal.objects.filter(number__gt=published).update(status=Page.Status.DRAFT)
    client.get("/de/nachhaltigkeitsziele/")

    with django_assert_num_queries(OVERVIEW_QUERIES):
        response = client.get("/de/nachhaltigkeitsziele/")

    assert response.content.decode().count('class="sdg-tile sdg-tile--') == published
