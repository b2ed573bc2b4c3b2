"""The reads that build the Europe pages. Each is one query, whatever the number of rows.

They are prepared queries (dortmund_intl/prepared.py): compiled to SQL once, then run
with the page's values. The lists leave out the columns only a page of its own shows
(the body text, the translation bookkeeping).
"""

from dataclasses import dataclass

from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from dortmund_intl.cards import localized
from dortmund_intl.models import Page
from dortmund_intl.prepared import Param, PreparedQuery

from .models import Award, EUProject, EuropePrizeStage, Network

LIST_LIMIT = 100


@dataclass(frozen=True)
class LadderStep:
    """One stage of the Europe Prize ladder as the graphic shows it."""

    stage: int
    name: str
    award: Award | None  # the award with which Dortmund reached this stage
    is_current: bool  # the highest stage reached so far
    is_open: bool  # above the highest stage reached: still ahead


def _ladder(awards: list[Award]) -> list[LadderStep]:
    by_stage = {award.europe_prize_stage: award for award in awards if award.europe_prize_stage}
    highest = max(by_stage, default=0)
    return [
        LadderStep(
            stage=stage.value,
            name=stage.label,
            award=by_stage.get(stage.value),
            is_current=stage.value == highest,
            is_open=stage.value > highest,
        )
        for stage in EuropePrizeStage
    ]


_LIST_DEFERRED = ("body", *localized("body"), "translation_sources")


def _now():
    return Param("now", models.DateTimeField())


def _parent():
    return Param("parent", models.BigIntegerField())


_ladder_awards = PreparedQuery(
    lambda: (
        Award.objects.published(at=_now())
        .filter(europe_prize_stage__isnull=False)
        .defer(*_LIST_DEFERRED)
    )
)


def europe_prize_ladder() -> list[LadderStep]:
    """The four stages, lowest first, with the published awards that reached them."""
    return _ladder(_ladder_awards.run({"now": timezone.now()}))


_awards = PreparedQuery(
    lambda: (
        Award.objects.published(at=_now())
        .filter(Q(parent=_parent()) | Q(europe_prize_stage__isnull=False))
        .select_related("hero_image")
        .defer(*_LIST_DEFERRED, "hero_image__translation_sources")
        # The ladder's awards first, so that the limit never cuts them off.
        .order_by(F("europe_prize_stage").desc(nulls_last=True), "-year", "sort_order", "pk")[
            : LIST_LIMIT + len(EuropePrizeStage)
        ]
    )
)


def awards_overview(page: Page) -> tuple[list[Award], list[LadderStep]]:
    """The awards placed under ``page`` and the Europe Prize ladder, in one query: the
    ladder's awards (at most four) come with the page's own."""
    if page.pk is None:  # an unsaved page in the admin's preview
        return [], europe_prize_ladder()
    rows = _awards.run({"now": timezone.now(), "parent": page.pk})
    awards = sorted(
        (award for award in rows if award.parent_id == page.pk),
        key=lambda award: (-award.year, award.sort_order, award.pk),
    )
    return awards[:LIST_LIMIT], _ladder(rows)


_networks = PreparedQuery(
    lambda: (
        Network.objects.published(at=_now())
        .filter(parent=_parent())
        .defer(*_LIST_DEFERRED)
        .order_by("sort_order", "title")[:LIST_LIMIT]
    )
)


def networks_under(page: Page) -> list[Network]:
    if page.pk is None:
        return []
    return _networks.run({"now": timezone.now(), "parent": page.pk})


_projects = PreparedQuery(
    lambda: (
        EUProject.objects.published(at=_now())
        .filter(parent=_parent())
        .defer(*_LIST_DEFERRED)
        .order_by("-start_year", "sort_order", "pk")[:LIST_LIMIT]
    )
)


def projects_under(page: Page) -> list[EUProject]:
    if page.pk is None:
        return []
    return _projects.run({"now": timezone.now(), "parent": page.pk})
