import pytest
from django.core.cache import caches
from django.utils import translation

from tests import factories


def _database_order(item) -> int:
    """0: runs in a rolled-back transaction; 1: transactional (empties the database when
    it ends); 2: no database."""
    fixtures = item.fixturenames
    marker = item.get_closest_marker("django_db")
    if "transactional_db" in fixtures or "live_server" in fixtures:
        return 1
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return 1
    return 0 if ("db" in fixtures or marker) else 2


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Transactional tests (the browser tests) run after every test in a transaction.

    They empty the tables when they end, the rows of the data migrations included (the
    17 goals, the editors' groups). pytest-django orders them last, but pytest's own
    reordering by parametrized session fixtures (pytest-playwright's browser) runs after
    it and moved them between the others: every SDG test then failed in CI. This puts
    them back, keeping the order within each group."""
    items.sort(key=_database_order)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploads of a test go to a temporary folder, never to the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_page_cache(request):
    """Every test starts with an empty cache (the page cache is on: tests run with DEBUG
    off, as production). A test that pins query counts measures what a page costs to
    build, so it runs with the page cache off; tests/pagecache pins what a hit costs."""
    for alias_cache in caches.all():
        alias_cache.clear()  # the pages, and the barrier form's counts ("feedback")
    if {"django_assert_num_queries", "django_assert_max_num_queries"} & set(request.fixturenames):
        request.getfixturevalue("settings").PAGE_CACHE = False


@pytest.fixture(autouse=True)
def _german_by_default():
    with translation.override("de"):
        yield


@pytest.fixture
def start_page(db):
    return factories.start_page()


@pytest.fixture
def admin_client_de(admin_client):
    """The admin in German, as city staff use it."""
    admin_client.cookies["django_language"] = "de"
    return admin_client
