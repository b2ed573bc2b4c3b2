"""The reads that build the SDG pages. Each runs one query, whatever the number of rows."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst

from dortmund_intl.models import Page

from .models import Goal

TAGGED_LIMIT = 200


@dataclass(frozen=True)
class Group:
    """Tagged pages of one kind, e.g. all project partnerships that serve a goal."""

    kind: str
    pages: list[Page]


def goal_tiles() -> list[Goal]:
    """The published goals in the UN's order, for the tiles of the overview."""
    return list(Goal.objects.published().order_by("number"))


def tagged_pages(goal: Goal, limit: int = TAGGED_LIMIT) -> list[Group]:
    """The published pages tagged with ``goal``, grouped by kind, in one query.

    Pages come from the base table (as teasers do); their kind's name comes from the
    content-type cache, not from the database.
    """
    if goal.pk is None:  # an unsaved goal in the admin's preview
        return []
    pages = (
        Page.objects.published()
        .teasers()
        .filter(goal_tags__goal=goal)
        .order_by("content_type_id", "sort_order", "title", "pk")[:limit]
    )
    groups: dict[int, list[Page]] = {}
    for page in pages:
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


def neighbours(goal: Goal) -> tuple[Goal | None, Goal | None]:
    """The published goals just before and after ``goal``, for paging through them."""
    before, after = goal.number - 1, goal.number + 1
    found = {
        other.number: other for other in Goal.objects.published().filter(number__in=[before, after])
    }
    return found.get(before), found.get(after)
