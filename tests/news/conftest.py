import pytest
from django.contrib.auth.models import Group

from dortmund_intl.models import Page
from dortmund_intl.roles import EDITORS
from sdg.models import Goal, GoalIndexPage


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("anna", password="pw-annaannaanna", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def goals(start_page) -> dict[int, Goal]:
    """The 17 goals of the data migration, published under the start page (as load_demo)."""
    overview = GoalIndexPage.objects.get()
    overview.parent = start_page
    overview.status = Page.Status.PUBLISHED
    overview.save()
    Goal.objects.update(status=Page.Status.PUBLISHED)
    return {goal.number: goal for goal in Goal.objects.all()}
