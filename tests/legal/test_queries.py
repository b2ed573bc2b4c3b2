"""Query counts of the legal pages, pinned."""

import pytest

from tests.contacts.factories import PageContactFactory
from tests.factories import TeaserFactory, TopicPageFactory
from tests.legal.factories import (
    LegalNoticeFactory,
    PrivacyNoticeFactory,
    ProcessingActivityFactory,
)

pytestmark = pytest.mark.django_db

# frame (with the address lookup) + page + teasers + contact box (tests/europe/test_queries.py)
PAGE_QUERIES = 4


def _with_contacts_and_teasers(page, n):
    PageContactFactory(page=page)
    for _ in range(n):
        TeaserFactory(page=page, target=TopicPageFactory())


@pytest.mark.parametrize("n", [1, 15])
def test_privacy_notice_queries_do_not_grow_with_its_processing_list(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the list of processing activities."""
    notice = PrivacyNoticeFactory()
    ProcessingActivityFactory.create_batch(n, notice=notice)
    _with_contacts_and_teasers(notice, n)
    client.get(notice.url_path_de)

    with django_assert_num_queries(PAGE_QUERIES + 1):  # + the processing list
        response = client.get(notice.url_path_de)

    assert response.content.decode().count('class="privacy-activity"') == n


@pytest.mark.parametrize("n", [1, 15])
def test_legal_notice_needs_only_the_shared_page_queries(
    client, start_page, django_assert_num_queries, n
):
    """Intended to keep the legal notice at the page layer's count."""
    notice = LegalNoticeFactory()
    _with_contacts_and_teasers(notice, n)
    client.get(notice.url_path_de)

    with django_assert_num_queries(PAGE_QUERIES):
        client.get(notice.url_path_de)
