"""The reads that build the contact box and the contacts page."""

from dataclasses import dataclass

from dortmund_intl.models import Page
from dortmund_intl.selectors import _ancestor_paths

from .models import ContactPage, Office, PageContact, Person

PEOPLE_LIMIT = 50


@dataclass(frozen=True)
class OfficeContacts:
    """One office with the people of it that a page shows."""

    office: Office
    people: list[Person]


def _group_by_office(people: list[Person]) -> list[OfficeContacts]:
    groups: dict[int, OfficeContacts] = {}
    for person in people:
        group = groups.get(person.office_id)
        if group is None:
            group = groups[person.office_id] = OfficeContacts(person.office, [])
        group.people.append(person)
    return list(groups.values())


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
    links = list(
        PageContact.objects.filter(page_id__in=candidates)
        .select_related("person__office", "person__portrait")
        .order_by("sort_order", "pk")[: PEOPLE_LIMIT * len(candidates)]
    )
    for candidate in candidates:
        people = [link.person for link in links if link.page_id == candidate]
        if people:
            return _group_by_office(people[:PEOPLE_LIMIT])
    return []


def office_listing(page: ContactPage) -> list[OfficeContacts]:
    """The office of a contacts page with all its people, in their order (one query;
    the office comes with the page)."""
    people = list(
        Person.objects.filter(office=page.office_id).select_related("portrait")[:PEOPLE_LIMIT]
    )
    for person in people:
        person.office = page.office  # already loaded with the page
    return [OfficeContacts(page.office, people)]
