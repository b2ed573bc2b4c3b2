"""The page cache: what is cached for whom, what a hit costs, and the HTTP caching
headers a reverse proxy and browsers go by."""

import re
import socket
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import signing
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from dortmund_intl.accessibility.forms import TOKEN_SALT
from dortmund_intl.accessibility.models import BarrierReport
from dortmund_intl.models import Page
from dortmund_intl.roles import EDITORS
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    """On as in production (the suite's query-count tests turn it off)."""
    settings.PAGE_CACHE = True
    settings.CACHE_MAX_AGE = 60


@pytest.fixture
def page(start_page):
    return TopicPageFactory(title_de="Zwischenspeicher", body_de="<p>Erster Stand.</p>")


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("erika", password="pw-erika-erika")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def test_a_second_visit_is_answered_from_the_cache_without_a_query(
    client, page, django_assert_num_queries
):
    """Intended to keep a hit at one cache round trip and no database work."""
    first = client.get(page.url_path_de)
    assert first.status_code == 200

    with django_assert_num_queries(0):
        second = client.get(page.url_path_de)

    assert second.status_code == 200
    assert second.content == first.content
    assert "Erster Stand." in second.content.decode()


def test_a_hit_makes_one_cache_round_trip(client, page, monkeypatch):
    client.get(page.url_path_de)
    calls, depth = [], [0]

    def recording(name, original):
        def call(*args, **kwargs):
            if not depth[0]:
                calls.append(name)  # the local memory cache's get_many calls its get
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name in ("get", "get_many", "set", "set_many", "add", "delete"):
        monkeypatch.setattr(cache, name, recording(name, getattr(cache, name)))

    assert client.get(page.url_path_de).status_code == 200

    assert calls == ["get_many"]


def test_a_miss_after_a_change_costs_the_page_plus_one_query(
    client, page, settings, django_assert_num_queries
):
    """Intended to keep the page cache's own cost on a miss at one query (the next
    scheduled change, once per content version)."""
    settings.PAGE_CACHE = False
    client.get(page.url_path_de)  # warm the content-type cache
    with django_assert_num_queries(3) as uncached:
        client.get(page.url_path_de)
    settings.PAGE_CACHE = True
    page.save()

    with django_assert_num_queries(len(uncached.captured_queries) + 1):
        client.get(page.url_path_de)


def test_the_cache_can_be_turned_off(client, page, settings):
    settings.PAGE_CACHE = False
    client.get(page.url_path_de)
    Page.objects.filter(pk=page.pk).update(title_de="Ohne Signal")  # no version change

    assert "Ohne Signal" in client.get(page.url_path_de).content.decode()


def test_public_pages_carry_etag_last_modified_and_public_max_age(client, page):
    for response in (client.get(page.url_path_de), client.get(page.url_path_de)):
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"].endswith("GMT")
        assert response["Cache-Control"] == "public, max-age=60"
        assert "Cookie" in response["Vary"]
        assert "Accept-Language" not in response["Vary"]
        assert not response.cookies


def test_max_age_comes_from_the_setting(client, page, settings):
    settings.CACHE_MAX_AGE = 300
    assert client.get(page.url_path_de)["Cache-Control"] == "public, max-age=300"


def test_a_conditional_get_with_the_etag_gets_304(client, page):
    etag = client.get(page.url_path_de)["ETag"]

    response = client.get(page.url_path_de, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_a_conditional_get_with_the_date_gets_304_until_the_next_change(client, page):
    last_modified = client.get(page.url_path_de)["Last-Modified"]
    assert (
        client.get(page.url_path_de, headers={"if-modified-since": last_modified}).status_code
        == 304
    )

    page.title_de = "Geändert"
    page.save()
    later = client.get(
        page.url_path_de, headers={"if-modified-since": "Thu, 01 Jan 1970 00:00:01 GMT"}
    )
    assert later.status_code == 200
    assert "Geändert" in later.content.decode()


def test_a_changed_page_does_not_match_the_old_etag(client, page):
    etag = client.get(page.url_path_de)["ETag"]
    page.body_de = "<p>Zweiter Stand.</p>"
    page.save()

    response = client.get(page.url_path_de, headers={"if-none-match": etag})

    assert response.status_code == 200
    assert "Zweiter Stand." in response.content.decode()


def test_the_language_redirect_varies_on_accept_language_and_is_not_public(client, page):
    response = client.get("/", headers={"accept-language": "en"})

    assert response.status_code == 302
    assert "Accept-Language" in response["Vary"]
    assert "public" not in response.get("Cache-Control", "")


# --- never cached ---------------------------------------------------------------------


def test_signed_in_editors_get_private_no_store_pages_and_never_the_cached_copy(
    client, page, editor
):
    client.get(page.url_path_de)  # cached for visitors
    client.force_login(editor)
    Page.objects.filter(pk=page.pk).update(title_de="Nur frisch gelesen")  # no version change

    response = client.get(page.url_path_de)

    assert "Nur frisch gelesen" in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_page_read_by_a_signed_in_editor_is_not_cached_for_visitors(client, page, editor):
    client.force_login(editor)
    client.get(page.url_path_de)
    client.logout()
    client.cookies.clear()
    Page.objects.filter(pk=page.pk).update(title_de="Für Besucher frisch")

    assert "Für Besucher frisch" in client.get(page.url_path_de).content.decode()


def test_the_admin_and_previews_are_private_no_store(client, page, editor):
    client.force_login(editor)
    for url in (
        reverse("admin:index"),
        reverse("admin:dortmund_intl_topicpage_change", args=[page.pk]),
        reverse("admin:dortmund_intl_topicpage_preview", args=[page.pk, "de"]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url
        assert "private" in response["Cache-Control"], url


def test_the_admin_sign_in_page_is_private_no_store(client):
    response = client.get(reverse("admin:login"))

    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_visitor_with_a_session_cookie_is_not_served_from_the_cache(client, page):
    client.get(page.url_path_de)
    client.cookies["sessionid"] = "not-a-session"
    Page.objects.filter(pk=page.pk).update(title_de="Mit Keks")

    response = client.get(page.url_path_de)

    assert "Mit Keks" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_a_post_is_never_answered_from_the_cache(client, page):
    client.get(page.url_path_de)

    response = client.post(page.url_path_de)

    assert response.status_code == 405  # pages answer GET only: the view said so
    assert b"Zwischenspeicher" not in response.content
    assert "public" not in response.get("Cache-Control", "")


def stored_pages() -> list[str]:
    if not hasattr(cache, "_cache"):
        pytest.skip("counts the entries of the local memory cache")
    return [key for key in cache._cache if "pagecache:page:" in key]


def form_token(response) -> str:
    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


def test_the_barrier_report_form_is_never_cached(client, start_page):
    url = reverse("accessibility:report")
    first = client.get(url)
    second = client.get(url)

    assert first.status_code == second.status_code == 200
    assert "no-store" in second["Cache-Control"]
    assert "public" not in second["Cache-Control"]
    # Each form carries its own signed token, and both are good.
    tokens = {form_token(first), form_token(second)}
    assert len(tokens) == 2
    assert all(signing.loads(token, salt=TOKEN_SALT) for token in tokens)
    assert stored_pages() == []


def test_a_form_opened_later_carries_a_fresh_token_that_is_accepted(client, start_page, settings):
    """A form served earlier is never handed out again, though a page would still be
    kept: its token would have expired."""
    settings.FEEDBACK_FORM_TOKEN = {"min_age": 3, "max_age": 10 * 60}
    assert settings.PAGE_CACHE_SECONDS > 20 * 60
    url = reverse("accessibility:report")
    opened = timezone.now()
    with time_machine.travel(opened, tick=False):
        client.get(url)
    with time_machine.travel(opened + timedelta(minutes=20), tick=False):
        token = form_token(client.get(url))
    with time_machine.travel(opened + timedelta(minutes=20, seconds=30), tick=False):
        response = client.post(url, {"description": "Der Kontrast ist zu schwach.", "token": token})

    assert response.status_code == 303
    assert BarrierReport.objects.count() == 1


def test_the_confirmation_page_is_never_cached(client, start_page):
    url = reverse("accessibility:report_sent")
    for _ in range(2):
        response = client.get(url)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert stored_pages() == []


def test_a_page_with_a_csrf_token_is_not_cached(client, settings, start_page):
    settings.ROOT_URLCONF = "tests.pagecache.urls"
    first = client.get("/csrf-form/")
    client.cookies.clear()
    second = client.get("/csrf-form/")

    assert first.status_code == 200
    assert "csrftoken" in second.cookies
    assert "public" not in second.get("Cache-Control", "")
    assert first.content != second.content  # masked anew: built again, not cached


@pytest.mark.parametrize(
    "query", ["q=partner", "utm_source=x", "page=2&x=1", "page=0", "page=1000"]
)
def test_query_strings_are_not_cached(client, page, query):
    client.get(f"{page.url_path_de}?{query}")
    Page.objects.filter(pk=page.pk).update(title_de="Frisch trotz Anfrage")  # no version change

    response = client.get(f"{page.url_path_de}?{query}")

    assert "public" not in response.get("Cache-Control", "")
    if response.status_code == 200:
        assert "Frisch trotz Anfrage" in response.content.decode()


def test_the_search_results_are_not_cached(client, page):
    url = reverse("site:search") + "?q=Zwischenspeicher"
    client.get(url)
    Page.objects.filter(pk=page.pk).update(teaser_de="Neu gefunden")

    response = client.get(url)

    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")


def test_a_page_number_is_cached_separately(client, page, django_assert_num_queries):
    """Intended to keep ?page=N (bounded) answered from the cache like the page itself."""
    plain = client.get(page.url_path_de)
    client.get(f"{page.url_path_de}?page=2")

    with django_assert_num_queries(0):
        numbered = client.get(f"{page.url_path_de}?page=2")

    assert numbered.status_code == 200
    assert numbered["Cache-Control"] == "public, max-age=60"
    assert plain.status_code == 200


def test_a_missing_page_is_not_cached_and_appears_once_created(client, start_page):
    first = client.get("/de/gibt-es-noch-nicht/")
    assert first.status_code == 404
    assert "public" not in first.get("Cache-Control", "")

    TopicPageFactory(slug_de="gibt-es-noch-nicht", title_de="Jetzt da")

    assert "Jetzt da" in client.get("/de/gibt-es-noch-nicht/").content.decode()


def test_the_languages_are_cached_apart(client, page):
    german = client.get(page.url_path_de)
    english = client.get(page.url_path_en)

    assert german.content != english.content
    assert client.get(page.url_path_en).content == english.content


def test_the_local_memory_cache_is_bounded(settings):
    options = settings.CACHES["default"].get("OPTIONS", {})
    if "locmem" not in settings.CACHES["default"]["BACKEND"]:
        pytest.skip("the Redis cache is bounded by Redis' maxmemory")
    bound = options["MAX_ENTRIES"]
    for n in range(bound + 50):
        cache.set(f"pagecache-test-{n}", n)

    assert len(cache._cache) <= bound


@pytest.fixture
def closed_port():
    """A port nothing listens on (held bound while the test runs, so nothing takes it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_with_the_cache_server_down_pages_answer_uncached_and_edits_go_through(
    client, page, settings, closed_port
):
    """A Redis outage costs speed, not the site: visitors get their pages (uncached, no
    Last-Modified) and an editor's save is not lost; /healthz reports the outage."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }

    for _ in range(2):
        response = client.get(page.url_path_de)
        assert response.status_code == 200
        assert "Erster Stand." in response.content.decode()
        assert "Last-Modified" not in response

    page.body_de = "<p>Zweiter Stand.</p>"
    page.save()
    assert "Zweiter Stand." in client.get(page.url_path_de).content.decode()
    assert client.get("/healthz").status_code == 503
