"""Query counts of the Europe pages, pinned: they must not grow with the content."""

import pytest

from europe.models import EuropePrizeStage
from tests.contacts.factories import PageContactFactory
from tests.europe.factories import (
    AwardFactory,
    AwardIndexPageFactory,
    EUInfoPageFactory,
    EUProjectFactory,
    NetworkFactory,
    NetworkIndexPageFactory,
    ProjectIndexPageFactory,
)
from tests.factories import ImageFactory, TeaserFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

# frame (with the address lookup) + page + teasers + contact box; the pages here have no
# downloads or gallery, which would cost a query each (tests/dortmund_intl/test_queries.py)
PAGE_QUERIES = 4


def _with_contacts_and_teasers(page, n):
    PageContactFactory(page=page.parent)  # inherited contact box
    for _ in range(n):
        TeaserFactory(page=page, target=TopicPageFactory())


@pytest.mark.parametrize("n", [1, 15])
def test_awards_page_queries_do_not_grow_with_awards(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the awards list and the Europe Prize ladder."""
    index = AwardIndexPageFactory()
    AwardFactory(parent=index, year=1979, europe_prize_stage=EuropePrizeStage.FLAG_OF_HONOUR)
    for year in range(2000, 2000 + n):
        AwardFactory(parent=index, year=year, hero_image=ImageFactory())
    _with_contacts_and_teasers(index, n)
    client.get(index.url_path_de)  # warm the content-type cache, as a running site has

    with django_assert_num_queries(PAGE_QUERIES + 1):  # + awards and ladder together
        response = client.get(index.url_path_de)

    assert response.content.decode().count('class="europe-card"') == n + 1


@pytest.mark.parametrize("n", [1, 15])
def test_award_page_queries_do_not_grow_with_the_ladder(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the ladder shown on a Europe Prize award."""
    award = AwardFactory(year=2021, europe_prize_stage=EuropePrizeStage.PLAQUE_OF_HONOUR)
    AwardFactory(year=1979, europe_prize_stage=EuropePrizeStage.FLAG_OF_HONOUR)
    _with_contacts_and_teasers(award, n)
    client.get(award.url_path_de)

    with django_assert_num_queries(PAGE_QUERIES + 1):  # + the ladder
        client.get(award.url_path_de)


@pytest.mark.parametrize("n", [1, 15])
def test_networks_page_queries_do_not_grow_with_networks(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the networks overview."""
    index = NetworkIndexPageFactory()
    for _ in range(n):
        NetworkFactory(parent=index)
    _with_contacts_and_teasers(index, n)
    client.get(index.url_path_de)

    with django_assert_num_queries(PAGE_QUERIES + 1):  # + the networks
        response = client.get(index.url_path_de)

    assert response.content.decode().count('class="europe-card"') == n


@pytest.mark.parametrize("n", [1, 15])
def test_projects_page_queries_do_not_grow_with_projects(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the EU projects overview."""
    index = ProjectIndexPageFactory()
    for _ in range(n):
        EUProjectFactory(parent=index)
    _with_contacts_and_teasers(index, n)
    client.get(index.url_path_de)

    with django_assert_num_queries(PAGE_QUERIES + 1):  # + the projects
        response = client.get(index.url_path_de)

    assert response.content.decode().count('class="europe-card"') == n


@pytest.mark.parametrize("factory", [NetworkFactory, EUProjectFactory, EUInfoPageFactory])
@pytest.mark.parametrize("n", [1, 15])
def test_detail_pages_need_only_the_shared_page_queries(
    client, start_page, django_assert_num_queries, factory, n
):
    """Intended to keep network, project and EU information pages at the page layer's count."""
    page = factory()
    _with_contacts_and_teasers(page, n)
    client.get(page.url_path_de)

    with django_assert_num_queries(PAGE_QUERIES):
        client.get(page.url_path_de)
