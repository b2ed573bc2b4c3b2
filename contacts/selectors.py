"""The reads that build the contact box and the contacts page."""

from dataclasses import dataclass

from django.db.models import F, Q
from django.db.models.functions import Length
from modeltranslation.utils import build_localized_fieldname, get_language

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


def contacts_for(page: Page) -> list[OfficeContacts]:
    """The contact box of ``page`` in one query: the people linked to the page or,
    when it has none, those of its nearest published ancestor that has some.

    Ancestors are the pages whose address is a prefix of this page's address, so the
    page's own links and all its ancestors' come back together; the deepest page with
    links wins.
    """
    path_field = build_localized_fieldname("url_path", get_language())
    ancestors = Page.objects.published().filter(url_path__in=_ancestor_paths(page.url_path))
    # An unsaved page (the admin's preview of a new page) has only its section's contacts.
    own = Q(page=page) if page.pk is not None else Q(pk__in=[])
    links = list(
        PageContact.objects.filter(own | Q(page__in=ancestors.values("pk")))
        .annotate(depth=Length(F(f"page__{path_field}")))
        .select_related("person__office", "person__portrait")
        .order_by("-depth", "sort_order", "pk")[:PEOPLE_LIMIT]
    )
    if not links:
        return []
    nearest = links[0].page_id
    return _group_by_office([link.person for link in links if link.page_id == nearest])


def office_listing(page: ContactPage) -> list[OfficeContacts]:
    """The office of a contacts page with all its people, in their order (one query;
    the office comes with the page)."""
    people = list(
        Person.objects.filter(office=page.office_id).select_related("portrait")[:PEOPLE_LIMIT]
    )
    for person in people:
        person.office = page.office  # already loaded with the page
    return [OfficeContacts(page.office, people)]
