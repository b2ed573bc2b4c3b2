"""Memory stays bounded whatever visitors send: every memo has a fixed bound, and an
address no page can have is a 404 before any database work."""

import importlib
import pkgutil
import random
import string
import sys
from functools import _lru_cache_wrapper

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contacts import models as contacts_models
from dortmund_intl import addresses, cards, images, jinja, models, strings, views
from dortmund_intl.findability import search, text
from dortmund_intl.models import MAX_PATH_LENGTH, Page
from dortmund_intl.prepared import PreparedQuery
from dortmund_intl.sqlite3 import base as sqlite_base
from partnerships import countries, maps
from tests.factories import TopicPageFactory

# Every lru_cache in the project that takes arguments; a new one belongs here.
LRU_CACHES = [
    addresses._reverse,
    addresses._reverse_in,
    cards._columns,
    images._local_rendition_url,
    images._local_srcset,
    jinja._date,
    strings._gettext,
    addresses._scheme_and_host,
    contacts_models.file_slug,
    models._choice_labels,
    search._kind_name_in,
    views._template_for,
    sqlite_base._qmark,
    countries._catalogue,
    maps._land_path,
    maps._draw,
    text._stem,
    text._stemmer,
]


PROJECT_PACKAGES = ("dortmund_intl", "contacts", "partnerships", "europe", "sdg")


def _project_memos():
    """Every ``lru_cache``/``cache`` at module level in the project's code."""
    for package in PROJECT_PACKAGES:
        root = importlib.import_module(package)
        for module in pkgutil.walk_packages(root.__path__, package + "."):
            if not any(part in module.name for part in (".migrations", ".management", "wsgi")):
                importlib.import_module(module.name)
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in PROJECT_PACKAGES:
            for attribute, value in vars(module).items():
                if isinstance(value, _lru_cache_wrapper) and value.__module__ == name:
                    yield f"{name}.{attribute}", value


def test_every_memo_that_takes_arguments_has_a_bound_and_is_checked_below():
    """A new ``@cache`` keyed by what a request sends would grow for ever: only memos
    without arguments (computed once) may go unbounded, and every bounded one is in
    LRU_CACHES, which the test below fills from visitors' requests."""
    memos = dict(_project_memos())
    assert len(memos) > len(LRU_CACHES) // 2  # the walk found them
    for name, memo in memos.items():
        takes_arguments = memo.__wrapped__.__code__.co_argcount > 0
        if memo.cache_info().maxsize is None:
            assert not takes_arguments, f"{name} has no bound"
        elif takes_arguments and memo.cache_info().maxsize > 1:
            assert memo in LRU_CACHES, f"{name} belongs in LRU_CACHES"


def _word(rng, length):
    return "".join(rng.choice(string.ascii_lowercase + "äöü-") for _ in range(length))


@pytest.mark.django_db
def test_deep_paths_and_searches_leave_every_memo_within_its_bound(client, start_page, settings):
    """2,000 distinct deep addresses and random searches: no memo grows past its bound,
    and a real page still renders from the remembered queries."""
    page = TopicPageFactory(slug_de="leeds", slug_en="leeds")
    assert client.get(page.url_for("de")).status_code == 200
    rng = random.Random(9)
    for i in range(2000):
        language = rng.choice(("de", "en"))
        depth = rng.randint(1, 60)
        path = f"/{language}/" + "/".join(_word(rng, rng.randint(1, 12)) for _ in range(depth))
        response = client.get(path + ("/" if i % 2 else ""))
        assert response.status_code in (301, 404)
        if i % 10 == 0:
            query = _word(rng, rng.randint(1, 80))
            search = "/de/suche/" if language == "de" else "/en/search/"
            assert client.get(search, {"q": query}).status_code == 200

    # Shapes are the code's own (limits, kinds) or an address's depth, capped; per
    # language. (Earlier tests in the same run may have shown a page of every kind.)
    kinds = sum(1 for model in apps.get_models() if issubclass(model, Page))
    for prepared in PreparedQuery.instances:
        assert len(prepared) <= prepared.max_shapes
        assert len(prepared) <= 2 * max(settings.PAGE_MAX_DEPTH + 2, kinds)
    for memo in LRU_CACHES:
        assert isinstance(memo, _lru_cache_wrapper)
        info = memo.cache_info()
        assert info.maxsize is not None and info.currsize <= info.maxsize

    frame_rows = views.selectors._frame_rows
    hits = frame_rows.hits
    settings.PAGE_CACHE = False  # rendered, not answered from the page cache
    response = client.get(page.url_for("de"))
    assert response.status_code == 200
    assert "leeds" in response.content.decode() or page.title_de in response.content.decode()
    assert frame_rows.hits == hits + 1  # the address lookup came from the memo


@pytest.mark.django_db
def test_an_address_deeper_than_any_page_is_a_404_without_a_query(client, start_page):
    """Deeper or longer than a page can be: the pages are not even looked up (only
    contrib.redirects looks for an old address, as on every 404)."""
    deep = "/de/" + "a/" * (settings.PAGE_MAX_DEPTH + 1)
    long = "/de/" + "a" * MAX_PATH_LENGTH + "/"
    for path in (deep, long, long.rstrip("/")):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 404
        assert not [q for q in queries if "dortmund_intl_page" in q["sql"]]
    # One level less is looked up as usual.
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/de/" + "a/" * settings.PAGE_MAX_DEPTH).status_code == 404
    assert [q for q in queries if "dortmund_intl_page" in q["sql"]]


@pytest.mark.django_db
def test_the_deepest_allowed_page_still_answers(client, start_page):
    parent = start_page
    for level in range(settings.PAGE_MAX_DEPTH):
        parent = TopicPageFactory(parent=parent, slug_de=f"ebene-{level}", slug_en=f"level-{level}")
    assert parent.url_path_de.strip("/").count("/") == settings.PAGE_MAX_DEPTH
    assert client.get(parent.url_path_de).status_code == 200
    assert client.get(parent.url_path_en).status_code == 200


@pytest.mark.django_db
def test_prepared_query_forgets_the_least_recently_used_shape(start_page):
    prepared = PreparedQuery(
        lambda limit: Page.objects.filter(pk=start_page.pk).values("pk")[:limit], max_shapes=3
    )
    PreparedQuery.instances.remove(prepared)
    for limit in range(1, 11):
        assert prepared.run({}, shape=(limit,)) == [{"pk": start_page.pk}][:limit]
    assert len(prepared) == 3
    assert prepared.misses == 10
    prepared.run({}, shape=(10,))
    assert prepared.hits == 1


def test_a_long_word_is_stemmed_but_not_remembered():
    """The stem memo is bounded in words; a visitor's overlong words stay out of it, so
    it is bounded in bytes too."""
    from dortmund_intl.findability import text

    text._stem.cache_clear()
    long_word = "Partnerschaft" * 10
    assert text.stem(long_word, "de") == text._stemmer("de").stemWord(long_word.lower())
    assert text.stem("Partnerschaften", "de") == "partnerschaft"
    assert text._stem.cache_info().currsize == 1
