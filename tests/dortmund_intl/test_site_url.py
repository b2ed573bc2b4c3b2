"""One public address: the sitemap, the feed, the open-data exports and the vCards
give absolute URLs on DJANGO_SITE_URL, or on the request's host without it (never
contrib.sites' "example.com")."""

import csv
import io
import json
import re

import pytest

from contacts.models import Person
from tests.contacts.factories import ContactPageFactory, PageContactFactory, PersonFactory
from tests.factories import TopicPageFactory
from tests.partnerships.factories import PartnershipFactory, PartnershipIndexPageFactory

pytestmark = pytest.mark.django_db

SITE = "https://international.dortmund.de"


@pytest.fixture
def site(start_page):
    PartnershipIndexPageFactory()
    PartnershipFactory(municipality_de="Leeds", slug_de="leeds", slug_en="leeds", country="GB")
    contact_page = ContactPageFactory(slug_de="kontakt", slug_en="contact")
    person = PersonFactory(office=contact_page.office)
    PageContactFactory(page=start_page, person=person)
    return person


def _addresses(client, person: Person) -> dict[str, list[str]]:
    sitemap = client.get("/sitemap.xml").content.decode()
    feed = client.get("/de/feed/").content.decode()
    rows = list(csv.DictReader(io.StringIO(client.get("/de/partnerschaften/daten.csv").text)))
    data = json.loads(client.get("/en/partnerships/data.json").content)
    card = client.get(f"/de/kontakte/personen/{person.pk}.vcf").content.decode()
    return {
        "sitemap": re.findall(r"<loc>([^<]+)</loc>", sitemap)
        + re.findall(r'href="([^"]+)"', sitemap),
        "feed": re.findall(r"<(?:link|guid)>([^<]+)</", feed)
        + re.findall(r'atom:link href="([^"]+)"', feed),
        "csv": [row[column] for row in rows for column in ("url_de", "url_en")],
        "json": [data["source"]]
        + [p[column] for p in data["partnerships"] for column in ("url_de", "url_en")],
        "vcard": re.findall(r"^URL:(.+?)\r$", card, re.MULTILINE),
    }


def test_every_absolute_url_is_on_the_configured_public_address(client, site, settings):
    settings.SITE_URL = SITE

    for where, urls in _addresses(client, site).items():
        assert urls, where
        assert all(url.startswith(SITE + "/") for url in urls), (where, urls)
    addresses = _addresses(client, site)
    assert SITE + "/de/staedtepartnerschaften/leeds/" in addresses["csv"]
    assert SITE + "/de/kontakt/" in addresses["vcard"]
    assert SITE + "/de/feed/" in addresses["feed"]


def test_without_a_public_address_the_urls_follow_the_request_host(client, site, settings):
    settings.SITE_URL = ""
    settings.ALLOWED_HOSTS = ["intern.stadt.test"]

    client.defaults["HTTP_HOST"] = "intern.stadt.test"
    for where, urls in _addresses(client, site).items():
        assert urls, where
        assert all(url.startswith("http://intern.stadt.test/") for url in urls), (where, urls)
        assert not any("example.com" in url for url in urls)


def test_the_feed_link_is_the_start_page_in_the_visitors_language(client, start_page, settings):
    settings.SITE_URL = SITE
    TopicPageFactory()
    english = client.get("/en/feed/").content.decode()
    assert f"<link>{SITE}/en/</link>" in english
