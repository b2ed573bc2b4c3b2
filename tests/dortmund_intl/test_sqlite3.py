"""The SQLite backend that remembers its placeholder rewriting (dortmund_intl/sqlite3)."""

import sqlite3

import pytest
from django.db.backends.sqlite3.base import SQLiteCursorWrapper

from dortmund_intl.sqlite3.base import CursorWrapper


@pytest.fixture
def cursors():
    connection = sqlite3.connect(":memory:")
    yield connection.cursor(factory=CursorWrapper), connection.cursor(factory=SQLiteCursorWrapper)
    connection.close()


@pytest.mark.parametrize(
    "query",
    [
        'SELECT "id" FROM "page" WHERE "title" = %s AND "id" IN (%s, %s)',
        "SELECT 'a literal %%s and 100%%' WHERE 1 = %s",
        "SELECT 1",
    ],
)
def test_statements_are_rewritten_as_djangos_backend_does(cursors, query):
    ours, djangos = cursors

    assert ours.convert_query(query) == djangos.convert_query(query)
    assert ours.convert_query(query) == djangos.convert_query(query)  # remembered


def test_statements_run_with_their_parameters(cursors):
    ours, _djangos = cursors

    ours.execute("SELECT %s || '%%', %s", ["100", 2])

    assert ours.fetchall() == [("100%", 2)]


def test_named_parameters_are_rewritten_too(cursors):
    ours, _djangos = cursors

    ours.execute("SELECT %(a)s, %(b)s", {"a": 1, "b": "zwei"})

    assert ours.fetchall() == [(1, "zwei")]


@pytest.mark.django_db
def test_an_id_beyond_64_bits_finds_nothing_instead_of_failing(start_page):
    """As PostgreSQL does: an absurd id (a form's hidden field, say) matches no row."""
    from dortmund_intl.models import Page

    assert not Page.objects.filter(pk=10**30).exists()
    found = Page.objects.filter(pk__in=[start_page.pk, -(10**30)])
    assert [page.pk for page in found] == [start_page.pk]
