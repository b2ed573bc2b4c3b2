"""No cookie for any visitor: no public page, the barrier report form with its error and
confirmation included, sends a Set-Cookie header (so the site needs no consent banner).
And every page's footer links the accessibility statement, the barrier report form (with
the page filled in), the legal notice and the privacy notice, in the page's language."""

import re
import time
from urllib.parse import quote

import pytest
from django.core import signing
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from dortmund_intl.accessibility.forms import TOKEN_SALT
from tests.demo_pages import published_paths
from tests.news.factories import articles

pytestmark = pytest.mark.django_db

FOOTER_LINKS = {
    "de": (
        "/de/hinweise/barrierefreiheit/",
        "/de/barriere-melden/",
        "/de/hinweise/impressum/",
        "/de/hinweise/datenschutz/",
    ),
    "en": (
        "/en/site/accessibility/",
        "/en/report-a-barrier/",
        "/en/site/legal-notice/",
        "/en/site/privacy/",
    ),
}
FOOTER = re.compile(r'<footer class="site-footer">.*?</footer>', re.S)


def _token():
    return signing.dumps(
        {"t": int(time.time()) - 60, "n": f"{time.monotonic_ns()}"}, salt=TOKEN_SALT
    )


def test_no_public_page_sets_a_cookie():
    call_command("load_demo", verbosity=0)
    articles(8)  # with the demo's four: two pages of news
    cache.clear()
    visitor = Client()  # an anonymous visitor, with no cookie to begin with
    responses = {path: visitor.get(path) for path in published_paths()}
    for path in (
        "/de/suche/?q=Leeds",
        "/en/feed/",
        "/de/aktuelles/?page=2",
        "/en/news/?page=2",
        "/de/aktuelles/feed/rss/",
        "/de/aktuelles/feed/atom/",
        "/en/news/feed/rss/",
        "/en/news/feed/atom/",
        "/sitemap.xml",
        "/de/gibt-es-nicht/",
        *FOOTER_LINKS["de"],
        *FOOTER_LINKS["en"],
        "/de/barriere-melden/?page=/de/",
        "/en/report-a-barrier/sent/?page=/en/",
    ):
        responses[path] = visitor.get(path)
    report = {"page": "/de/", "description": "Der Kontrast ist zu schwach.", "token": _token()}
    responses["POST with an error"] = visitor.post(
        "/de/barriere-melden/", {**report, "description": ""}
    )
    responses["POST refused (honeypot)"] = visitor.post(
        "/en/report-a-barrier/", {**report, "website": "x"}
    )
    sent = visitor.post("/de/barriere-melden/", report)
    assert sent.status_code == 303
    responses["POST success"] = sent
    responses["confirmation"] = visitor.get(sent["Location"])

    assert responses["POST with an error"].status_code == 200
    for path in ("/de/aktuelles/?page=2", "/en/news/?page=2", "/en/news/feed/atom/"):
        assert responses[path].status_code == 200, path
    assert "Vielen Dank" in responses["confirmation"].content.decode()
    with_cookies = {path: list(r.cookies) for path, r in responses.items() if r.cookies}
    assert with_cookies == {}
    assert not visitor.cookies


def test_every_page_links_the_legal_pages_and_the_report_form_in_its_language(client):
    call_command("load_demo", verbosity=0)
    for path in published_paths():
        language = path.split("/")[1]
        statement, report, notice, privacy = FOOTER_LINKS[language]
        footer = FOOTER.search(client.get(path).content.decode()).group()
        assert f'href="{statement}"' in footer, path
        assert f'href="{report}?page={quote(path)}"' in footer, path
        assert f'href="{notice}"' in footer, path
        assert f'href="{privacy}"' in footer, path
    # Each leads to its page in the same language.
    for language, links in FOOTER_LINKS.items():
        for link in (links[0], links[2], links[3]):
            target = client.get(link)
            assert target.status_code == 302 and target["Location"].startswith(f"/{language}/")
            assert client.get(target["Location"]).status_code == 200
        assert client.get(links[1]).status_code == 200
