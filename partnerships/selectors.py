"""The reads that build the partnership pages and exports; none runs a query per row."""

from dataclasses import dataclass

from django.db import models
from django.db.models import F
from django.utils import timezone

from dortmund_intl.cards import Card, cards_of, localized
from dortmund_intl.prepared import Param, PreparedQuery

from . import countries
from .models import Milestone, PartnerOrganisation, Partnership

# The columns a list entry, a map point and an export row need.
LIST_FIELDS = (
    "title",
    "url_path",
    "municipality",
    "title_de",
    "title_en",
    "url_path_de",
    "url_path_en",
    "municipality_de",
    "municipality_en",
    "country",
    "kind",
    "state",
    "since",
    "latitude",
    "longitude",
    "wikidata_id",
    "content_type_id",
)

LIST_LIMIT = 500  # far more than Dortmund will ever have; a list is never unbounded


@dataclass(frozen=True, slots=True)
class PartnershipEntry(Card):
    """A partnership as an overview's list and map show it, in the active language
    (dortmund_intl/cards.py); works with partnershipindexpage.html and maps.draw."""

    pk: int
    municipality: str
    url_path: str
    country: str
    kind: str
    state: str
    since: int | None
    latitude: float | None
    longitude: float | None
    fallbacks: frozenset = frozenset()

    State = Partnership.State
    # The display rule is the model's own.
    state_note = Partnership.state_note

    @property
    def country_name(self) -> str:
        return countries.name(self.country)

    def get_kind_display(self) -> str:
        return str(Partnership.Kind(self.kind).label)

    def get_absolute_url(self) -> str:
        return self.url_path


_ENTRY_COLUMNS = (
    "pk",
    *localized("municipality"),
    *localized("url_path"),
    "country",
    "kind",
    "state",
    "since",
    "latitude",
    "longitude",
)

_in_section = PreparedQuery(
    lambda section: (
        Partnership.objects.published(at=Param("now", models.DateTimeField()))
        .in_section(section)
        # by_year(), on the German name as there (a values() query sorts by columns)
        .order_by(F("since").asc(nulls_last=True), "municipality_de", "pk")
        .values(*_ENTRY_COLUMNS)[:LIST_LIMIT]
    )
)


def partnerships_in(section: str) -> list[PartnershipEntry]:
    """The published partnerships listed in a section, oldest first."""
    if section not in Partnership.SECTIONS.values():
        return []
    rows = _in_section.run({"now": timezone.now()}, shape=(section,))
    return cards_of(
        PartnershipEntry,
        rows,
        ("municipality", "url_path"),
        ("pk", "country", "kind", "state", "since", "latitude", "longitude"),
    )


def open_data() -> list[Partnership]:
    """Every published partnership, city partnerships first, then by year."""
    partnerships = Partnership.objects.published().by_year().only(*LIST_FIELDS)[:LIST_LIMIT]
    order = {kind: position for position, kind in enumerate(Partnership.Kind.values)}
    return sorted(partnerships, key=lambda p: order[p.kind])


@dataclass(frozen=True, slots=True)
class MilestoneCard(Card):
    """A milestone as the partnership page's timeline shows it."""

    year: int
    text: str
    fallbacks: frozenset = frozenset()


@dataclass(frozen=True, slots=True)
class OrganisationCard(Card):
    """A local partner or twinning association as the partnership page lists it; works
    with partnerships/organisation.html like ``PartnerOrganisation``."""

    role: str
    name: str
    link: str
    fallbacks: frozenset = frozenset()


_pk = Param("pk", models.BigIntegerField())
# In the models' own order (Meta.ordering), only the columns the page shows.
_milestones = PreparedQuery(
    lambda: Milestone.objects.filter(partnership=_pk).values("year", *localized("text"))
)
_organisations = PreparedQuery(
    lambda: PartnerOrganisation.objects.filter(partnership=_pk).values(
        "role", "link", *localized("name")
    )
)


def partnership_details(partnership: Partnership) -> dict:
    """Milestones, local partners and associations of one partnership (two queries)."""
    if partnership.pk is None:  # an unsaved partnership in the admin's preview
        return {"milestones": [], "local_partners": [], "associations": []}
    values = {"pk": partnership.pk}
    organisations = cards_of(
        OrganisationCard, _organisations.run(values), ("name",), ("role", "link")
    )
    role = PartnerOrganisation.Role
    return {
        "milestones": cards_of(MilestoneCard, _milestones.run(values), ("text",), ("year",)),
        "local_partners": [o for o in organisations if o.role == role.LOCAL_PARTNER],
        "associations": [o for o in organisations if o.role == role.ASSOCIATION],
    }
