"""The reads that build the contact box and the contacts page."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Case, Q, Subquery, Value, When
from django.utils import timezone

from dortmund_intl.cards import PICTURE_COLUMNS, Card, PictureCard, Translations, localized, picture
from dortmund_intl.models import Page
from dortmund_intl.prepared import Param, PreparedQuery
from dortmund_intl.selectors import _ancestor_paths

from .models import ContactPage, Office, PageContact, Person

PEOPLE_LIMIT = 50


@dataclass(frozen=True)
class OfficeContacts:
    """One office with the people of it that a page shows."""

    office: "Office | OfficeCard"
    people: "list[Person | PersonCard]"


# The contact box as cards (see dortmund_intl/cards.py): it is on most pages.


@dataclass(frozen=True, slots=True)
class OfficeCard(Card):
    """An office as the contact box shows it; works with contacts/includes/office.html."""

    pk: int
    name: str
    unit: str
    reachability: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    fallbacks: frozenset = frozenset()

    # The model's own rules for names and links.
    __str__ = Office.__str__
    vcard_url = Office.vcard_url
    vcard_filename = Office.vcard_filename
    phone_uri = Office.phone_uri


@dataclass(frozen=True, slots=True)
class PersonCard(Card):
    """A person as the contact box shows it; works with contacts/includes/person.html."""

    pk: int
    office_id: int
    honorific: str
    given_name: str
    family_name: str
    role: str
    phone: str
    email: str
    portrait: PictureCard | None
    fallbacks: frozenset = frozenset()

    __str__ = Person.__str__
    full_name = Person.full_name
    vcard_url = Person.vcard_url
    vcard_filename = Person.vcard_filename
    phone_uri = Person.phone_uri


_OFFICE_FIELDS = ("street", "postal_code", "city", "phone", "email")
_PERSON_FIELDS = ("honorific", "given_name", "family_name", "phone", "email")
_CONTACT_COLUMNS = (
    "person__pk",
    "person__office_id",
    *[f"person__{field}" for field in _PERSON_FIELDS],
    *localized("role", "person__"),
    *[f"person__portrait__{column}" for column in PICTURE_COLUMNS],
    *[f"person__office__{field}" for field in _OFFICE_FIELDS],
    *localized("name", "person__office__"),
    *localized("unit", "person__office__"),
    *localized("reachability", "person__office__"),
)


def _contact_cards(rows: list[dict]) -> list[OfficeContacts]:
    translations = Translations()
    groups: dict[int, OfficeContacts] = {}
    for row in rows:
        office_id = row["person__office_id"]
        group = groups.get(office_id)
        if group is None:
            shown, fallbacks = translations.pick(
                row, ("name", "unit", "reachability"), "person__office__"
            )
            office = OfficeCard(
                pk=office_id,
                fallbacks=fallbacks,
                **shown,
                **{field: row[f"person__office__{field}"] for field in _OFFICE_FIELDS},
            )
            group = groups[office_id] = OfficeContacts(office, [])
        shown, fallbacks = translations.pick(row, ("role",), "person__")
        group.people.append(
            PersonCard(
                pk=row["person__pk"],
                office_id=office_id,
                portrait=picture(row, "person__portrait__", translations),
                fallbacks=fallbacks,
                **shown,
                **{field: row[f"person__{field}"] for field in _PERSON_FIELDS},
            )
        )
    return list(groups.values())


def _nearest_links(n: int):
    """The contact rows of the nearest of n candidate pages (``page0`` the nearest)
    that has any: a subquery picks that page, so only its rows are read."""
    candidates = [Param(f"page{i}", models.BigIntegerField()) for i in range(n)]
    # OR-ed equalities: Django's related "in" lookup takes no expressions.
    among_candidates = reduce(or_, (Q(page_id=candidate) for candidate in candidates))
    nearest = (
        PageContact.objects.filter(among_candidates)
        .annotate(
            distance=Case(
                *(When(page_id=candidate, then=Value(i)) for i, candidate in enumerate(candidates))
            )
        )
        .order_by("distance")
        .values("page_id")[:1]
    )
    return (
        PageContact.objects.filter(page_id=Subquery(nearest))
        .order_by("sort_order", "pk")
        .values(*_CONTACT_COLUMNS)[:PEOPLE_LIMIT]
    )


_links = PreparedQuery(_nearest_links)


def contacts_for(page: Page, ancestors: list[Page] | None = None) -> list[OfficeContacts]:
    """The contact box of ``page`` in one query: the people linked to the page or,
    when it has none, those of its nearest published ancestor that has some.

    ``ancestors`` are the page's published ancestors, start page first, as the site
    frame has already read them; without them they are read by address here (the
    pages whose address is a prefix of this page's).
    """
    if ancestors is None:
        ancestors = list(
            Page.objects.published()
            .filter(url_path__in=_ancestor_paths(page.url_path))
            .only("pk", *(f"url_path_{code}" for code in ("de", "en")))
        )
        ancestors.sort(key=lambda ancestor: len(ancestor.url_path))
    # Nearest first: the page itself (unless it is not saved yet), then upwards.
    candidates = [p.pk for p in reversed(ancestors)]
    if page.pk is not None:
        candidates.insert(0, page.pk)
    if not candidates:
        return []
    links = _links.run(
        {f"page{i}": pk for i, pk in enumerate(candidates)}, shape=(len(candidates),)
    )
    return _contact_cards(links)


_office_people = PreparedQuery(
    lambda: (
        Person.objects.public(at=Param("now", models.DateTimeField()))
        .filter(office=Param("office", models.BigIntegerField()))
        .select_related("portrait")
        # The translation bookkeeping (a JSON copy of the German texts) is for the admin.
        .defer("translation_sources", "portrait__translation_sources")[:PEOPLE_LIMIT]
    )
)


def office_listing(page: ContactPage) -> list[OfficeContacts]:
    """The office of a contacts page with its public people (those a published page
    shows), in their order (one query; the office comes with the page)."""
    people = _office_people.run({"now": timezone.now(), "office": page.office_id})
    for person in people:
        person.office = page.office  # already loaded with the page
    return [OfficeContacts(page.office, people)]
