"""Writes that are more than a form save."""

from importlib import import_module

from django.apps import apps

from .models import GOAL_COUNT, Goal


def ensure_goals() -> None:
    """Creates whatever is missing of the overview and the 17 goals, as ``migrate`` does.

    Needed where the tables were emptied after the migrations ran: ``manage.py flush``,
    or a transactional test (browser tests) before the current one. The data live in
    the data migration alone; it runs here with the current models.
    """
    if Goal.objects.count() == GOAL_COUNT:
        return
    migration = import_module("sdg.migrations.0002_the_17_goals")
    migration.create_goals(apps, schema_editor=None)
