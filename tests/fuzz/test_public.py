"""Fuzzing the public site: every address shape of the demo content, with generated
paths, query strings, search queries, headers and methods. Whatever a visitor or a
program sends, the answer is never a server error, and an anonymous visitor never gets
a cookie."""

from urllib.parse import quote, unquote_to_bytes

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import currently_in_test_context, event, given
from hypothesis import strategies as st

from contacts.models import Office, Person
from dortmund_intl.models import Image
from tests.demo_pages import published_paths

from . import strategies as fuzz
from .conftest import fuzz_settings, isolated

pytestmark = pytest.mark.django_db


@pytest.fixture
def addresses(demo_site) -> list[str]:
    """One address of every kind the site answers: each published page in both
    languages and each route of its own (search, feed, sitemap, exports, vCards, media,
    the admin's sign-in), plus the root and a language that does not exist."""
    paths = published_paths()
    for code in ("de", "en"):
        with translation.override(code):
            paths += [
                reverse("site:search"),
                reverse("site:feed"),
                reverse("partnerships:csv"),
                reverse("partnerships:json"),
                reverse("contacts:person_vcard", args=[Person.objects.first().pk]),
                reverse("contacts:office_vcard", args=[Office.objects.first().pk]),
            ]
    image = Image.objects.first()
    paths += ["/", "/sitemap.xml", "/fr/", "/admin/login/", image.file.url, "/static/css/site.css"]
    return sorted(set(paths))


def _visit(method, path_info, query="", headers=None):
    """One raw request of a new visitor: the path and query string reach the site byte
    for byte (as a WSGI server passes them on, latin-1 decoded), not as the test client
    would quote them."""
    extra = {"PATH_INFO": path_info, "QUERY_STRING": query, **(headers or {})}
    with isolated():
        response = Client().generic(method, "/", **extra)
    if currently_in_test_context():
        event(f"answer {response.status_code}")  # --hypothesis-show-statistics
    assert response.status_code < 500, (method, path_info, query, headers)
    if not path_info.startswith("/admin/"):
        # Deleting a cookie the client claimed to have (an unknown session) gives nothing.
        set_cookies = [name for name, morsel in response.cookies.items() if morsel.value]
        assert not set_cookies, f"an anonymous visitor got a cookie: {response.cookies}"
    return response


def _raw(path: str) -> str:
    """A percent-encoded path as the WSGI server hands it over: decoded to bytes, the
    bytes as latin-1 characters."""
    return unquote_to_bytes(path).decode("latin-1")


def test_every_address_answers_without_a_server_error(addresses):
    """The baseline the fuzzing varies: each address as it is."""
    for path in addresses:
        response = _visit("GET", _raw(path))
        assert response.status_code in (200, 301, 302), path


@fuzz_settings(examples=80)
@given(data=st.data())
def test_generated_addresses(addresses, data):
    """Paths: a known address changed (segments appended, replaced, cut, repeated
    hundreds of times, odd escapes, overlong and invalid UTF-8, NUL bytes)."""
    base = data.draw(st.sampled_from(addresses), label="base")
    path = data.draw(fuzz.address_variant(base), label="path")
    _visit(data.draw(fuzz.method, label="method"), _raw(path))


@fuzz_settings(examples=80)
@given(data=st.data())
def test_generated_query_strings_and_searches(addresses, data):
    """Query strings on every address, and search queries of every kind."""
    base = data.draw(st.sampled_from(addresses), label="base")
    _visit("GET", _raw(base), data.draw(fuzz.query_string(), label="query"))
    search = data.draw(st.sampled_from(["/de/suche/", "/en/search/"]), label="search")
    q = data.draw(st.one_of(fuzz.text, fuzz.invalid_utf8), label="q")
    _visit("GET", search, "q=" + quote(q, safe=""))


@fuzz_settings(examples=80)
@given(data=st.data())
def test_generated_headers(addresses, data):
    """Accept-Language, conditional requests (If-None-Match, If-Modified-Since), cookies,
    ranges and proxy headers, on every address and with every method."""
    base = data.draw(st.sampled_from(addresses), label="base")
    headers = data.draw(fuzz.request_headers(), label="headers")
    _visit(data.draw(fuzz.method, label="method"), _raw(base), headers=headers)


@fuzz_settings(examples=40)
@given(data=st.data())
def test_conditional_requests_with_the_pages_own_validators(addresses, data):
    """A page's own ETag and Last-Modified sent back, alone or mixed with generated ones."""
    base = data.draw(st.sampled_from(addresses), label="base")
    first = _visit("GET", _raw(base))
    own = {
        "HTTP_IF_NONE_MATCH": first.get("ETag", '"none"'),
        "HTTP_IF_MODIFIED_SINCE": first.get("Last-Modified", "Thu, 01 Jan 1970 00:00:00 GMT"),
    }
    chosen = data.draw(st.lists(st.sampled_from(sorted(own)), unique=True), label="own")
    headers = {**data.draw(fuzz.request_headers(), label="headers"), **{k: own[k] for k in chosen}}
    _visit(data.draw(fuzz.method, label="method"), _raw(base), headers=headers)
