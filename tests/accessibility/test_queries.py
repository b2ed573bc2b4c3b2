"""Query counts of the statement and the report form, pinned: they must not grow with rows."""

import pytest
from django.core.cache import cache

from tests.accessibility.factories import AccessibilityStatementFactory, NonAccessiblePartFactory
from tests.contacts.factories import PageContactFactory
from tests.factories import TeaserFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

# frame (with the address lookup) + page + teasers + contact box (tests/europe/test_queries.py)
PAGE_QUERIES = 4


@pytest.mark.parametrize("n", [1, 15])
def test_statement_queries_do_not_grow_with_its_parts(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the list of parts that are not accessible."""
    statement = AccessibilityStatementFactory()
    NonAccessiblePartFactory.create_batch(n, statement=statement)
    PageContactFactory(page=statement)
    for _ in range(n):
        TeaserFactory(page=statement, target=TopicPageFactory())
    client.get(statement.url_path_de)  # warm the content-type cache, as a running site has

    with django_assert_num_queries(PAGE_QUERIES + 1):  # + the parts
        response = client.get(statement.url_path_de)

    assert response.content.decode().count('class="statement-part"') == n


def test_report_form_needs_only_the_frame(client, start_page, django_assert_num_queries):
    """Intended to keep the form as cheap as any page frame: one query."""
    cache.clear()
    with django_assert_num_queries(1):
        client.get("/de/barriere-melden/?page=/de/")


def test_footer_link_to_the_statement_is_one_query(client, start_page, django_assert_num_queries):
    """Intended to keep the footer's stable address a single lookup."""
    AccessibilityStatementFactory()
    with django_assert_num_queries(1):
        client.get("/de/hinweise/barrierefreiheit/")
