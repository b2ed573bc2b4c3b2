"""The reads that build the Europe pages. Each is one query, whatever the number of rows."""

from dataclasses import dataclass

from django.db.models import F, Q

from dortmund_intl.models import Page

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


def europe_prize_ladder() -> list[LadderStep]:
    """The four stages, lowest first, with the published awards that reached them."""
    return _ladder(list(Award.objects.published().filter(europe_prize_stage__isnull=False)))


def awards_overview(page: Page) -> tuple[list[Award], list[LadderStep]]:
    """The awards placed under ``page`` and the Europe Prize ladder, in one query: the
    ladder's awards (at most four) come with the page's own."""
    if page.pk is None:  # an unsaved page in the admin's preview
        return [], europe_prize_ladder()
    rows = list(
        Award.objects.published()
        .filter(Q(parent=page) | Q(europe_prize_stage__isnull=False))
        .select_related("hero_image")
        # The ladder's awards first, so that the limit never cuts them off.
        .order_by(F("europe_prize_stage").desc(nulls_last=True), "-year", "sort_order", "pk")[
            : LIST_LIMIT + len(EuropePrizeStage)
        ]
    )
    awards = sorted(
        (award for award in rows if award.parent_id == page.pk),
        key=lambda award: (-award.year, award.sort_order, award.pk),
    )
    return awards[:LIST_LIMIT], _ladder(rows)


def networks_under(page: Page) -> list[Network]:
    if page.pk is None:
        return []
    return list(
        Network.objects.published().filter(parent=page).order_by("sort_order", "title")[:LIST_LIMIT]
    )


def projects_under(page: Page) -> list[EUProject]:
    if page.pk is None:
        return []
    return list(
        EUProject.objects.published()
        .filter(parent=page)
        .order_by("-start_year", "sort_order", "pk")[:LIST_LIMIT]
    )
