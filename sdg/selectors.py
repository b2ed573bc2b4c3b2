"""The reads that build the SDG pages. Each runs one query, whatever the number of rows.

They are prepared queries read into cards (dortmund_intl/prepared.py, cards.py), as the
page layer's teaser lists are: compiling a QuerySet and building model instances with
their translated fields cost more than the queries themselves.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst

from dortmund_intl.cards import PAGE_COLUMNS, Card, PageCard, Translations, localized, page_cards
from dortmund_intl.models import Page
from dortmund_intl.prepared import Param, PreparedQuery

from . import pictograms
from .models import Goal

TAGGED_LIMIT = 200


@dataclass(frozen=True)
class Group:
    """Tagged pages of one kind, e.g. all project partnerships that serve a goal."""

    kind: str
    pages: list[PageCard]


@dataclass(frozen=True, slots=True)
class GoalCard(Card):
    """A goal as its tile on the overview shows it (sdg/includes/goal_tile.html)."""

    number: int
    name: str
    url_path: str
    fallbacks: frozenset = frozenset()

    @property
    def pictogram(self) -> str:
        return pictograms.pictogram(self.number)

    def get_absolute_url(self) -> str:
        return self.url_path


def _now():
    return Param("now", models.DateTimeField())


_goal_tiles = PreparedQuery(
    lambda: (
        Goal.objects.published(at=_now())
        .order_by("number")
        .values("number", *localized("name"), *localized("url_path"))
    )
)


def goal_tiles() -> list[GoalCard]:
    """The published goals in the UN's order, for the tiles of the overview."""
    translations = Translations()
    tiles = []
    for row in _goal_tiles.run({"now": timezone.now()}):
        shown, fallbacks = translations.pick(row, ("name", "url_path"))
        tiles.append(GoalCard(number=row["number"], fallbacks=fallbacks, **shown))
    return tiles


_tagged = PreparedQuery(
    lambda limit: (
        Page.objects.published(at=_now())
        .filter(goal_tags__goal=Param("goal", models.BigIntegerField()))
        .order_by("content_type_id", "sort_order", "title", "pk")
        .values(*PAGE_COLUMNS)[:limit]
    )
)


def tagged_pages(goal: Goal, limit: int = TAGGED_LIMIT) -> list[Group]:
    """The published pages tagged with ``goal``, grouped by kind, in one query.

    Pages come from the base table (as teasers do); their kind's name comes from the
    content-type cache, not from the database.
    """
    if goal.pk is None:  # an unsaved goal in the admin's preview
        return []
    groups: dict[int, list[PageCard]] = {}
    for page in page_cards(_tagged.run({"now": timezone.now(), "goal": goal.pk}, shape=(limit,))):
        groups.setdefault(page.content_type_id, []).append(page)
    result = [
        Group(
            kind=capfirst(
                ContentType.objects.get_for_id(ct).model_class()._meta.verbose_name_plural
            ),
            pages=members,
        )
        for ct, members in groups.items()
    ]
    return sorted(result, key=lambda group: group.kind)


_neighbours = PreparedQuery(
    lambda: (
        Goal.objects.published(at=_now())
        .filter(
            number__in=[
                Param("before", models.IntegerField()),
                Param("after", models.IntegerField()),
            ]
        )
        .order_by("number")
        .values(*PAGE_COLUMNS, "number")
    )
)


def neighbours(goal: Goal) -> tuple[PageCard | None, PageCard | None]:
    """The published goals just before and after ``goal``, for paging through them."""
    before, after = goal.number - 1, goal.number + 1
    rows = _neighbours.run({"now": timezone.now(), "before": before, "after": after})
    found = dict(zip((row["number"] for row in rows), page_cards(rows), strict=True))
    return found.get(before), found.get(after)
