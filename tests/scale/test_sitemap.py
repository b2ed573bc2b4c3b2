"""The sitemap in parts: /sitemap.xml is the index once the pages fill more than one."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dortmund_intl import sitemaps
from dortmund_intl.scale import services
from tests.easy_access.factories import EasyReadStartPageFactory
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

SITE = "https://international.dortmund.de"


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(sitemaps, "PART_SIZE", 10)


def _parts(client) -> list[str]:
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert "<sitemapindex" in index.content.decode()
    return re.findall(r"<loc>([^<]+)</loc>", index.content.decode())


def test_a_small_site_has_a_plain_sitemap(client, start_page, small_parts):
    for _ in range(5):
        TopicPageFactory()

    xml = client.get("/sitemap.xml").content.decode()

    assert "<urlset" in xml
    assert xml.count("<url>") == 2 * 6


def test_a_large_site_has_an_index_of_parts_on_the_public_address(
    client, start_page, small_parts, settings
):
    settings.SITE_URL = SITE
    for _ in range(24):
        TopicPageFactory()

    parts = _parts(client)

    assert parts == [f"{SITE}/sitemap-pages.xml?p={part}" for part in (1, 2, 3)]
    locations = []
    for part in parts:
        response = client.get(part.removeprefix(SITE))
        assert response.status_code == 200
        xml = response.content.decode()
        locations += re.findall(r"<loc>([^<]+)</loc>", xml)
        assert 'hreflang="en"' in xml and 'hreflang="x-default"' in xml
    # Every published page once in each language, none twice, all on the public address.
    assert len(locations) == len(set(locations)) == 2 * 25
    assert all(
        location.startswith(f"{SITE}/de/") or location.startswith(f"{SITE}/en/")
        for location in locations
    )


def test_a_part_beyond_the_last_is_not_found(client, start_page, small_parts):
    for _ in range(12):
        TopicPageFactory()

    for query in ("?p=3", "?p=0", "?p=zwei"):
        response = client.get(f"/sitemap-pages.xml{query}")
        assert response.status_code == 404  # at once, not after a redirect into /de/
        assert "<url>" not in response.content.decode()
    assert client.get("/sitemap-nichts.xml").status_code == 404


def test_german_only_pages_are_listed_in_german_only(client, start_page, small_parts):
    easy = EasyReadStartPageFactory()
    for _ in range(12):
        TopicPageFactory()

    xml = "".join(client.get(part).content.decode() for part in _parts(client))

    assert xml.count(f"{easy.url_path_de}</loc>") == 1
    assert "/en/leichte-sprache/" not in xml


def test_index_and_parts_cost_the_same_queries_at_three_times_the_pages(
    client, start_page, small_parts, django_assert_num_queries
):
    """Intended to prevent a part's cost growing with the site."""
    services.load(30, log=lambda message: None)
    paths = ["/sitemap.xml", "/sitemap-pages.xml?p=1", "/sitemap-pages.xml?p=2"]
    counts = {}
    for path in paths:
        client.get(path)  # warm the content-type cache, as a running site has
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts[path] = len(queries)
    assert max(counts.values()) <= 2
    parts_at_n = len(_parts(client))

    services.load(90, log=lambda message: None)
    parts = _parts(client)
    assert len(parts) > parts_at_n
    last = parts[-1].removeprefix("http://testserver")
    for path in [*paths, last]:
        with django_assert_num_queries(counts.get(path, counts[paths[-1]])):
            response = client.get(path)
        assert response.status_code == 200


def test_every_address_in_the_sitemap_answers_in_the_browsers_language(client, start_page):
    """The alternates, x-default included, lead to the page: x-default is the German
    address, as in each page's head (an address without the language prefix sent
    English browsers to /en/<German slug>/, a 404)."""
    TopicPageFactory(slug_de="entwicklung", slug_en="development")
    xml = client.get("/sitemap.xml").content.decode()

    defaults = set(re.findall(r'hreflang="x-default" href="http://testserver([^"]+)"', xml))
    addresses = set(re.findall(r'href="http://testserver([^"]+)"', xml))
    assert "/de/entwicklung/" in defaults
    for path in addresses:
        for language in ("de", "en", "fr"):
            response = client.get(path, HTTP_ACCEPT_LANGUAGE=language, follow=True)
            assert response.status_code == 200, (path, language)
