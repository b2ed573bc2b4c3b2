"""Query counts of the public pages, pinned: they must not grow with the content."""

import pytest
from django.db import connection

from dortmund_intl.findability.search import SUGGEST_BELOW
from tests.factories import (
    GalleryImageFactory,
    PageDocumentFactory,
    TeaserFactory,
    TopicPageFactory,
)

pytestmark = pytest.mark.django_db

# frame (navigation, breadcrumbs and the page at the address) + the page as its kind
# (which also tells whether it has teasers, downloads and gallery images at all)
# + contact box (own or inherited people)
BARE_PAGE_QUERIES = 3
# + teasers + downloads + gallery, each read only when the page has some
TOPIC_PAGE_QUERIES = BARE_PAGE_QUERIES + 3


def _topic_with(n: int):
    section = TopicPageFactory(show_in_menus=True)
    page = TopicPageFactory(parent=section)
    for _ in range(n):
        TeaserFactory(page=page, target=TopicPageFactory(show_in_menus=True))
        PageDocumentFactory(page=page)
        GalleryImageFactory(page=page)
    return page


@pytest.mark.parametrize("n", [1, 12])
def test_topic_page_queries_do_not_grow_with_teasers_documents_or_images(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on a topic page's teasers, downloads and gallery."""
    page = _topic_with(n)
    client.get(page.url_path_de)  # warm the content-type cache, as a running site has

    with django_assert_num_queries(TOPIC_PAGE_QUERIES):
        response = client.get(page.url_path_de)

    assert response.status_code == 200
    assert response.content.decode().count('class="teaser"') == n


def test_a_page_without_teasers_downloads_or_gallery_does_not_ask_for_them(
    client, start_page, django_assert_num_queries
):
    """Intended to keep the lists a page lacks from costing a query each."""
    page = TopicPageFactory()
    client.get(page.url_path_de)

    with django_assert_num_queries(BARE_PAGE_QUERIES):
        html = client.get(page.url_path_de).content.decode()

    assert 'class="teasers"' not in html
    assert 'class="downloads"' not in html
    assert 'class="gallery"' not in html


@pytest.mark.parametrize("n", [2, 20])
def test_start_page_queries_do_not_grow_with_its_sections(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the start page's list of sections."""
    start_page.list_children = True
    start_page.save()
    for _ in range(n):
        TopicPageFactory(show_in_menus=True)
    client.get("/de/")

    # + the sub-pages + the latest news (dortmund_intl/news: the start page's box)
    with django_assert_num_queries(BARE_PAGE_QUERIES + 2):
        response = client.get("/de/")

    assert response.status_code == 200
    assert response.content.decode().count('class="teaser"') == n


@pytest.mark.parametrize("n", [2, 25])
def test_search_feed_and_sitemap_queries_do_not_grow_with_the_pages(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 in the lists built from many pages."""
    for i in range(n):
        TopicPageFactory(title_de=f"Partnerschaft {i}", title_en=f"Partnership {i}")
    for url in ("/de/suche/?q=Partnerschaft", "/de/feed/", "/sitemap.xml"):
        client.get(url)  # warm the site and content-type caches, as a running site has

    # Frame, sections, count, the page of hits; PostgreSQL looks for a typo suggestion
    # when fewer than three pages match.
    suggestion = connection.vendor == "postgresql" and n < SUGGEST_BELOW
    with django_assert_num_queries(4 + suggestion):
        response = client.get("/de/suche/", {"q": "Partnerschaft"})
    assert response.content.decode().count('class="search-result"') == min(n, 10)
    with django_assert_num_queries(1):
        response = client.get("/de/feed/")
    assert response.content.decode().count("<item>") == min(n + 1, 20)
    # The count (one part, or an index of parts?) and the part's pages.
    with django_assert_num_queries(2):
        response = client.get("/sitemap.xml")
    assert response.content.decode().count("<url>") == 2 * (n + 1)


def test_the_frame_query_finds_its_pages_through_the_address_and_menu_indexes(start_page):
    """Intended to prevent a page read that visits every published page: at 10,000
    pages that was 50 ms on every request. The plan, not the clock, is checked."""
    from django.utils import timezone

    from dortmund_intl import selectors
    from dortmund_intl.prepared import Param

    for _ in range(30):
        TopicPageFactory()
    paths = ["/de/", "/de/a/", "/de/a/b/"]
    sql, params = selectors._frame(len(paths)).query.get_compiler("default").as_sql()
    values = {"now": timezone.now(), **{f"path{i}": p for i, p in enumerate(paths)}}
    params = [values[p.name] if isinstance(p, Param) else p for p in params]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET enable_seqscan = off")  # as at size: small tables are scanned
            cursor.execute("EXPLAIN " + sql, params)
            plan = " ".join(row[0] for row in cursor.fetchall())
            assert "url_path_de" in plan and "show_in_menus" in plan, plan
            cursor.execute("SET enable_seqscan = on")
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " ".join(row[3] for row in cursor.fetchall())
            assert "url_path_de" in plan and "show_in_menus" in plan, plan
            assert "SCAN dortmund_intl_page" not in plan, plan
