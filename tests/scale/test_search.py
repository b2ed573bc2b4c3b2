"""The search costs the same queries with 3N pages as with N (paging included)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dortmund_intl.scale import services

pytestmark = pytest.mark.django_db

N = 60


def _queries(client, path, params) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, params)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize(
    "path, word", [("/de/suche/", "Partnerschaft"), ("/en/search/", "partnership")]
)
def test_search_with_many_hits_costs_the_same_at_three_times_the_pages(
    client, start_page, django_assert_num_queries, path, word
):
    """Intended to prevent the search's cost growing with the pages that match."""
    services.load(N, log=lambda message: None)
    client.get(path, {"q": word})  # warm the content-type cache, as a running site has
    counts = {}
    for page in (1, 2):
        counts[page], html = _queries(client, path, {"q": word, "page": page})
        assert html.count('class="search-result"') == 10

    services.load(3 * N, log=lambda message: None)
    for page in (1, 2, 9):
        with django_assert_num_queries(counts[min(page, 2)]):
            response = client.get(path, {"q": word, "page": page})
        assert response.content.decode().count('class="search-result"') == 10
