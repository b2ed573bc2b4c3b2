"""The reads that build the partnership pages and exports; none runs a query per row."""

from .models import Partnership

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


def partnerships_in(section: str) -> list[Partnership]:
    """The published partnerships listed in a section, oldest first."""
    return list(
        Partnership.objects.published()
        .in_section(section)
        .by_year()
        .only(*LIST_FIELDS)[:LIST_LIMIT]
    )


def open_data() -> list[Partnership]:
    """Every published partnership, city partnerships first, then by year."""
    partnerships = Partnership.objects.published().by_year().only(*LIST_FIELDS)[:LIST_LIMIT]
    order = {kind: position for position, kind in enumerate(Partnership.Kind.values)}
    return sorted(partnerships, key=lambda p: order[p.kind])


def partnership_details(partnership: Partnership) -> dict:
    """Milestones, local partners and associations of one partnership (two queries)."""
    if partnership.pk is None:  # an unsaved partnership in the admin's preview
        return {"milestones": [], "local_partners": [], "associations": []}
    organisations = list(partnership.organisations.all())
    role = partnership.organisations.model.Role
    return {
        "milestones": list(partnership.milestones.all()),
        "local_partners": [o for o in organisations if o.role == role.LOCAL_PARTNER],
        "associations": [o for o in organisations if o.role == role.ASSOCIATION],
    }
