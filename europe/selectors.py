"""The reads that build the Europe pages. Each is one query, whatever the number of rows.

They are prepared queries (dortmund_intl/prepared.py): compiled to SQL once, then run
with the page's values. The lists read only the columns an overview shows, as plain
cards in the active language (dortmund_intl/cards.py), not model instances.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from dortmund_intl.cards import PICTURE_COLUMNS, Card, PictureCard, cards_of, localized
from dortmund_intl.models import Page
from dortmund_intl.prepared import Param, PreparedQuery

from .models import Award, EUProject, EuropePrizeStage, Network

LIST_LIMIT = 100


@dataclass(frozen=True, slots=True)
class AwardCard(Card):
    """An award as the overview and the ladder show it; works with awardindexpage.html
    and the prize_ladder macro like ``Award``."""

    pk: int
    parent_id: int
    title: str
    teaser: str
    url_path: str
    awarding_body: str
    year: int
    europe_prize_stage: int | None
    hero_image: PictureCard | None = None
    fallbacks: frozenset = frozenset()

    def get_absolute_url(self) -> str:
        return self.url_path


@dataclass(frozen=True, slots=True)
class NetworkCard(Card):
    """A network as its overview lists it; works with networkindexpage.html."""

    pk: int
    title: str
    teaser: str
    url_path: str
    role: str
    member_since: int | None
    fallbacks: frozenset = frozenset()

    def get_absolute_url(self) -> str:
        return self.url_path


@dataclass(frozen=True, slots=True)
class ProjectCard(Card):
    """An EU project as its overview lists it; works with projectindexpage.html and the
    project_facts macro like ``EUProject``."""

    pk: int
    title: str
    url_path: str
    programme: str
    funding_note: str
    start_year: int
    end_year: int | None
    eu_funding: Decimal | None
    link: str
    fallbacks: frozenset = frozenset()

    def get_absolute_url(self) -> str:
        return self.url_path


_AWARD_TEXTS = ("title", "teaser", "url_path", "awarding_body")
_AWARD_PLAIN = ("pk", "parent_id", "year", "europe_prize_stage")
_AWARD_COLUMNS = (
    *_AWARD_PLAIN,
    *[column for field in _AWARD_TEXTS for column in localized(field)],
    *[f"hero_image__{column}" for column in PICTURE_COLUMNS],
)


def _award_cards(rows: list[dict]) -> list[AwardCard]:
    return cards_of(AwardCard, rows, _AWARD_TEXTS, _AWARD_PLAIN, picture_prefix="hero_image__")


@dataclass(frozen=True)
class LadderStep:
    """One stage of the Europe Prize ladder as the graphic shows it."""

    stage: int
    name: str
    award: AwardCard | None  # the award with which Dortmund reached this stage
    is_current: bool  # the highest stage reached so far
    is_open: bool  # above the highest stage reached: still ahead


def _ladder(awards: list[AwardCard]) -> list[LadderStep]:
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


def _now():
    return Param("now", models.DateTimeField())


def _parent():
    return Param("parent", models.BigIntegerField())


_ladder_awards = PreparedQuery(
    lambda: (
        Award.objects.published(at=_now())
        .filter(europe_prize_stage__isnull=False)
        .values(*_AWARD_COLUMNS)
    )
)


def europe_prize_ladder() -> list[LadderStep]:
    """The four stages, lowest first, with the published awards that reached them."""
    return _ladder(_award_cards(_ladder_awards.run({"now": timezone.now()})))


_awards = PreparedQuery(
    lambda: (
        Award.objects.published(at=_now())
        .filter(Q(parent=_parent()) | Q(europe_prize_stage__isnull=False))
        # The ladder's awards first, so that the limit never cuts them off.
        .order_by(F("europe_prize_stage").desc(nulls_last=True), "-year", "sort_order", "pk")
        .values(*_AWARD_COLUMNS, "sort_order")[: LIST_LIMIT + len(EuropePrizeStage)]
    )
)


def awards_overview(page: Page) -> tuple[list[AwardCard], list[LadderStep]]:
    """The awards placed under ``page`` and the Europe Prize ladder, in one query: the
    ladder's awards (at most four) come with the page's own."""
    if page.pk is None:  # an unsaved page in the admin's preview
        return [], europe_prize_ladder()
    rows = _awards.run({"now": timezone.now(), "parent": page.pk})
    own = sorted(
        (row for row in rows if row["parent_id"] == page.pk),
        key=lambda row: (-row["year"], row["sort_order"], row["pk"]),
    )
    return _award_cards(own[:LIST_LIMIT]), _ladder(_award_cards(rows))


_NETWORK_TEXTS = ("title", "teaser", "url_path", "role")
_NETWORK_PLAIN = ("pk", "member_since")

_networks = PreparedQuery(
    lambda: (
        Network.objects.published(at=_now())
        .filter(parent=_parent())
        .order_by("sort_order", "title")
        .values(*_NETWORK_PLAIN, *[c for field in _NETWORK_TEXTS for c in localized(field)])[
            :LIST_LIMIT
        ]
    )
)


def networks_under(page: Page) -> list[NetworkCard]:
    if page.pk is None:
        return []
    rows = _networks.run({"now": timezone.now(), "parent": page.pk})
    return cards_of(NetworkCard, rows, _NETWORK_TEXTS, _NETWORK_PLAIN)


_PROJECT_TEXTS = ("title", "url_path", "programme", "funding_note")
_PROJECT_PLAIN = ("pk", "start_year", "end_year", "eu_funding", "link")

_projects = PreparedQuery(
    lambda: (
        EUProject.objects.published(at=_now())
        .filter(parent=_parent())
        .order_by("-start_year", "sort_order", "pk")
        .values(*_PROJECT_PLAIN, *[c for field in _PROJECT_TEXTS for c in localized(field)])[
            :LIST_LIMIT
        ]
    )
)


def projects_under(page: Page) -> list[ProjectCard]:
    if page.pk is None:
        return []
    rows = _projects.run({"now": timezone.now(), "parent": page.pk})
    return cards_of(ProjectCard, rows, _PROJECT_TEXTS, _PROJECT_PLAIN)
