"""Factories of the SDG app. The 17 goals themselves come from the data migration."""

import factory

from sdg.models import Goal, GoalTag
from tests.factories import TopicPageFactory


class GoalTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GoalTag

    page = factory.SubFactory(TopicPageFactory)
    goal = factory.LazyFunction(lambda: Goal.objects.get(number=15))
