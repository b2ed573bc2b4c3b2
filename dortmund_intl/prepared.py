"""Queries that are compiled to SQL once and then run with new values.

Turning a QuerySet into SQL costs about half a millisecond here, running the SQL a
few hundredths; a page reads five or six small lists, so compiling was most of a
page's time. A ``PreparedQuery`` lets the ORM write the SQL as usual (``published()``,
modeltranslation's columns, ``select_related``) the first time a query of that shape
runs in a language, keeps it, and later only fills in the values (``Param``) and
builds the model instances the way Django's own ``ModelIterable`` does. Nothing a
page shows is kept: every call reads the database.

tests/dortmund_intl/test_prepared.py checks each prepared read against the plain
QuerySet it stands for, in both languages.

Each query keeps at most ``max_shapes`` compiled forms (least recently used first
out): a shape comes from the code (a limit, a page kind) or from an address's depth,
which ``dortmund_intl.views.serve`` caps before any database work, so the bound is
never reached on a working site and nothing a request sends can grow it.
"""

from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from django.db import connections
from django.db.models import Expression, Field, QuerySet
from django.db.models.query import get_related_populators
from django.utils import translation


class Param(Expression):
    """A value given when the prepared query runs, e.g. ``filter(pk=Param("pk"))``."""

    def __init__(self, name: str, output_field: Field):
        super().__init__(output_field=output_field)
        self.name = name

    def __repr__(self):
        return f"Param({self.name!r})"

    @property
    def identity(self):
        return (Param, self.name)

    def as_sql(self, compiler, connection):
        # The parameter list carries the marker itself; ``run`` swaps in the value.
        return "%s", [self]


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple
    converters: tuple
    sliced: bool = False
    names: tuple[str, ...] = ()  # a values() query: its rows come back as dicts
    model: type | None = None
    init_list: tuple[str, ...] = ()
    model_slice: slice | None = None
    related_populators: tuple = ()
    annotation_col_map: dict | None = None


class PreparedQuery:
    """A QuerySet built by ``build(*shape)`` with ``Param`` markers, compiled once per
    shape, language and database, and run with ``values`` for the markers.

    A model QuerySet gives model instances; a ``values()`` QuerySet gives its rows as
    dicts (with the database converters applied)."""

    # Every prepared query of the project, for the memory-bound test.
    instances: "list[PreparedQuery]" = []

    def __init__(self, build: Callable[..., QuerySet], max_shapes: int = 64):
        self.build = build
        self.max_shapes = max_shapes
        self._compiled: OrderedDict[Hashable, _Compiled] = OrderedDict()
        self.hits = self.misses = 0
        PreparedQuery.instances.append(self)

    def __len__(self) -> int:
        """How many compiled forms are kept (at most ``max_shapes``)."""
        return len(self._compiled)

    def run(
        self,
        values: dict[str, Any],
        shape: tuple = (),
        using: str = "default",
        limit: int | None = None,
        offset: int = 0,
    ) -> list:
        """The rows (model instances, or dicts for a values() query). ``limit`` and
        ``offset`` page an unsliced query as parameters, so every page of a list runs
        the one compiled form (a page number is something a request sends)."""
        connection = connections[using]
        key = (shape, translation.get_language(), using)
        compiled = self._compiled.get(key)
        if compiled is None:
            self.misses += 1
            compiled = self._compiled[key] = self._compile(shape, using)
            while len(self._compiled) > self.max_shapes:
                self._compiled.popitem(last=False)
        else:
            self.hits += 1
            # Evicted by another thread meanwhile: the compiled form is still usable.
            with suppress(KeyError):
                self._compiled.move_to_end(key)
        # The values come from the selectors already as the field's Python type (an
        # aware datetime, an int, a str), so only the database's adaptation is left.
        params = [
            param.output_field.get_db_prep_value(values[param.name], connection, prepared=True)
            if isinstance(param, Param)
            else param
            for param in compiled.params
        ]
        sql = compiled.sql
        if limit is not None:
            if compiled.sliced:
                raise ValueError("A sliced query cannot be paged again.")
            sql += " LIMIT %s OFFSET %s"
            params += [int(limit), int(offset)]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if compiled.converters:
            rows = [self._convert(compiled, row, connection) for row in rows]
        if compiled.names:
            return [dict(zip(compiled.names, row, strict=True)) for row in rows]
        return list(self._instances(compiled, rows, using))

    def _compile(self, shape: tuple, using: str) -> _Compiled:
        queryset = self.build(*shape)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        select = compiler.select
        converters = tuple(
            compiler.get_converters([column[0] for column in select[: compiler.col_count]]).items()
        )
        query = queryset.query
        if query.values_select:
            # values(): the columns in the order the compiler selected them.
            names = (*query.extra_select, *query.values_select, *query.annotation_select)
            return _Compiled(
                sql=sql,
                params=tuple(params),
                converters=converters,
                sliced=query.is_sliced,
                names=names,
            )
        klass_info = compiler.klass_info
        select_fields = klass_info["select_fields"]
        start, end = select_fields[0], select_fields[-1] + 1
        return _Compiled(
            sql=sql,
            params=tuple(params),
            converters=converters,
            sliced=query.is_sliced,
            model=klass_info["model"],
            init_list=tuple(column[0].target.attname for column in select[start:end]),
            model_slice=slice(start, end),
            related_populators=tuple(get_related_populators(klass_info, select, using)),
            annotation_col_map=compiler.annotation_col_map or {},
        )

    @staticmethod
    def _convert(compiled: _Compiled, row, connection) -> tuple:
        """The database converters (e.g. SQLite's datetimes), as the ORM applies them."""
        row = list(row)
        for position, (converters, expression) in compiled.converters:
            value = row[position]
            for converter in converters:
                value = converter(value, expression, connection)
            row[position] = value
        return tuple(row)

    @staticmethod
    def _instances(compiled: _Compiled, rows, using):
        """Model instances from rows, as ``django.db.models.query.ModelIterable``
        builds them (``from_db``, ``select_related``, annotations)."""
        for row in rows:
            obj = compiled.model.from_db(using, compiled.init_list, row[compiled.model_slice])
            for populator in compiled.related_populators:
                populator.populate(row, obj)
            for name, position in compiled.annotation_col_map.items():
                setattr(obj, name, row[position])
            yield obj
