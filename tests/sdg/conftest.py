import pytest

from dortmund_intl.models import Page
from sdg.models import Goal, GoalIndexPage


@pytest.fixture
def goals(start_page) -> dict[int, Goal]:
    """The 17 goals of the data migration, published, their overview under the start page
    (as ``load_demo`` leaves them)."""
    overview = GoalIndexPage.objects.get()
    overview.parent = start_page
    overview.status = Page.Status.PUBLISHED
    overview.save()
    Goal.objects.update(status=Page.Status.PUBLISHED)
    return {goal.number: goal for goal in Goal.objects.all()}
