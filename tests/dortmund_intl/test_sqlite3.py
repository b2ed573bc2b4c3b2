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
