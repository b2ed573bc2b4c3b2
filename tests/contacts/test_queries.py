"""Query counts of the contact box and the contacts page, pinned."""

import pytest

from tests.contacts.factories import (
    ContactPageFactory,
    OfficeFactory,
    PageContactFactory,
    PersonFactory,
)
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

# frame (with the address lookup) + page + contact box; the pages here have no teasers,
# downloads or gallery, which would cost a query each (tests/dortmund_intl/test_queries.py)
PAGE_QUERIES = 3


@pytest.mark.parametrize("n", [1, 12])
def test_contact_box_queries_do_not_grow_with_people_or_offices(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the people, offices and portraits of a contact box."""
    section = TopicPageFactory()
    page = TopicPageFactory(parent=section)
    for _ in range(n):
        PageContactFactory(page=start_page)  # overridden by the section's box
        PageContactFactory(page=section)  # each with its own office and portrait
    client.get(page.url_path_de)  # warm the content-type cache, as a running site has

    with django_assert_num_queries(PAGE_QUERIES):
        response = client.get(page.url_path_de)

    assert response.content.decode().count('class="contact-person"') == n


@pytest.mark.parametrize("n", [1, 12])
def test_contacts_page_queries_do_not_grow_with_people(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the people and portraits of the contacts page."""
    office = OfficeFactory()
    page = ContactPageFactory(office=office)
    for _ in range(n):
        PageContactFactory(page=start_page, person=PersonFactory(office=office))
    client.get(page.url_path_de)

    # the office comes with the page; the people (with portraits) replace the contact box
    with django_assert_num_queries(PAGE_QUERIES):
        response = client.get(page.url_path_de)

    assert response.content.decode().count('class="contact-person"') == n
