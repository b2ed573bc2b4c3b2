"""Finding published pages: ranked (title over teaser over text), stemmed in German and
English, on PostgreSQL (stored tsvector, GIN index) and SQLite (FTS5) alike.

A search looks in the rows of the visitor's language: what the page shows in that
language (an English page without English text shows, and is found by, its German
text). Typo suggestions ("Did you mean …?") need pg_trgm, so only PostgreSQL makes them.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.apps import apps
from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.core.paginator import Page as ResultsPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    CharField,
    Count,
    DateTimeField,
    Exists,
    F,
    OuterRef,
    QuerySet,
    TextField,
    Value,
)
from django.db.models.functions import Concat, Greatest
from django.utils import timezone
from django.utils.translation import get_language
from markupsafe import Markup

from dortmund_intl.models import Page
from dortmund_intl.prepared import Param, PreparedQuery

from . import text
from .models import SearchDocument
from .services import CONFIGS, fts_table

# A match in the title counts ten times one in the text, the teaser four times (SQLite's
# bm25 weights; PostgreSQL's ts_rank gives A 1.0, B 0.4, C 0.2).
FTS_WEIGHTS = "10.0, 4.0, 1.0"
SUGGEST_BELOW = 3  # hits; fewer than this and a typo suggestion is looked for
SIMILAR_ENOUGH = 0.3


@dataclass(frozen=True)
class Section:
    pk: int
    title: str
    url_path: str


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    excerpt: Markup
    kind: str
    section: Section | None
    title_language: str
    excerpt_language: str


_sections = PreparedQuery(
    lambda language: (
        Page.objects.published(at=Param("now", DateTimeField()))
        .filter(parent__parent__isnull=True, parent__url_path_de="/de/")
        .order_by("sort_order", "pk")
        .values("pk", "title_de", f"title_{language}", f"url_path_{language}")
    ),
    max_shapes=8,  # one per language
)


def sections(language: str) -> list[Section]:
    """The published pages right below the start page: the site's sections (a query
    compiled once per language, dortmund_intl/prepared.py)."""
    rows = _sections.run({"now": timezone.now()}, shape=(language,))
    return [
        Section(row["pk"], row[f"title_{language}"] or row["title_de"], row[f"url_path_{language}"])
        for row in rows
    ]


def query_words(query: str) -> list[str]:
    return text.words(query)


def results(
    query: str, language: str, section: Section | None, number, per_page: int
) -> tuple[ResultsPage, list[dict]]:
    """Results page ``number`` (Django's ``Paginator.get_page``: not a number is page 1,
    past the end the last; its paginator counts every hit) and the matching published
    pages' rows on it, best first, with ``RESULT_COLUMNS``.

    Two prepared queries (dortmund_intl/prepared.py): the count and the page of rows.
    A query's shape is the language and whether a section is asked for; the words, the
    section and the page go in as parameters, so nothing a visitor types compiles a new
    query."""
    values = {"now": timezone.now(), "section": section.url_path if section else ""}
    if connection.vendor == "postgresql":
        values["q"] = query
    else:
        values["q"] = _fts_query(query, language)
        if not values["q"]:
            return Paginator([], per_page).get_page(number), []
    shape = (language, section is not None)
    counted = _count.run(values, shape=shape)
    total = counted[0]["hits"] if counted else 0
    page = Paginator(range(total), per_page).get_page(number)
    rows = (
        _rows.run(values, shape=shape, limit=per_page, offset=page.start_index() - 1)
        if total
        else []
    )
    return page, rows


def _matching(language: str, in_section: bool) -> QuerySet:
    """The matching rows of published pages, unordered and not yet read."""
    # EXISTS rather than "page_id IN (published pages)": with the IN list, SQLite
    # looked up every published page against every match (15 s at 10,000 pages).
    published = Page.objects.published(at=Param("now", DateTimeField()))
    rows = SearchDocument.objects.filter(
        Exists(published.filter(pk=OuterRef("page_id"))), language=language
    )
    if in_section:
        rows = rows.filter(
            **{f"page__url_path_{language}__startswith": Param("section", CharField())}
        )
    if connection.vendor == "postgresql":
        return rows.filter(vector=_web_search(language))
    table = fts_table(language)
    # The FTS5 table joined once: a rank subquery per row ran the match again for
    # every hit (3 s for 8,000 hits). QuerySet.extra() is the ORM's only way to join a
    # table it has no model for; the match goes in as a parameter.
    return rows.extra(
        tables=[table],
        where=[f"{table}.rowid = findability_searchdocument.id", f"{table} MATCH %s"],
        params=[Param("q", TextField())],
        select={"rank": f"bm25({table}, {FTS_WEIGHTS})"},
    )


def _web_search(language: str) -> SearchQuery:
    return SearchQuery(Param("q", TextField()), config=CONFIGS[language], search_type="websearch")


def _ranked(language: str, in_section: bool) -> QuerySet:
    rows = _matching(language, in_section)
    if connection.vendor == "postgresql":
        rows = rows.annotate(rank=SearchRank(F("vector"), _web_search(language)))
        order = ("-rank", "page__sort_order", "pk")
    else:
        order = ("rank", "page__sort_order", "pk")
    return rows.order_by(*order).values(*RESULT_COLUMNS, f"page__url_path_{language}")


# One row: the number of hits (grouped by the one language they all have).
_count = PreparedQuery(
    lambda language, in_section: (
        _matching(language, in_section).order_by().values("language").annotate(hits=Count("pk"))
    ),
    max_shapes=8,  # one per language, with or without a section
)
_rows = PreparedQuery(_ranked, max_shapes=8)


def _fts_query(query: str, language: str) -> str:
    """An FTS5 query in which every word must occur; each word is quoted, so nothing a
    visitor types is read as FTS5 syntax."""
    found = query_words(query)
    if language != "en":
        found = [text.stem(word, language) for word in found]
    return " ".join(f'"{word}"' for word in found)


RESULT_COLUMNS = (
    "title",
    "teaser",
    "body",
    "kind",
    "title_language",
    "teaser_language",
    "body_language",
)


def hits(rows: list[dict], query: str, language: str, all_sections: list[Section]) -> list[Hit]:
    """Results as the page shows them, from rows read with ``RESULT_COLUMNS``."""
    wanted = query_words(query)
    found = []
    for row in rows:
        url = row[f"page__url_path_{language}"]
        # The body's passage when a word of it matches (or there is no teaser), else
        # the teaser's.
        passage, matched = text.passage(row["body"], wanted, language)
        shown_language = row["body_language"]
        if not matched and row["teaser"]:
            passage, _matched = text.passage(row["teaser"], wanted, language)
            shown_language = row["teaser_language"]
        found.append(
            Hit(
                title=row["title"],
                url=url,
                excerpt=passage,
                kind=_kind_name(row["kind"]),
                section=next((s for s in all_sections if url.startswith(s.url_path)), None),
                title_language=row["title_language"],
                excerpt_language=shown_language,
            )
        )
    return found


def _kind_name(label: str) -> str:
    return _kind_name_in(label, get_language())


@lru_cache(maxsize=128)  # the page kinds (a few dozen) in two languages
def _kind_name_in(label: str, language: str) -> str:
    try:
        return str(apps.get_model(label)._meta.verbose_name)
    except LookupError:
        return ""


def suggestion(query: str, language: str) -> str | None:
    """The query with each unknown word replaced by the most similar word of a published
    page ("Partnerschaftt" -> "Partnerschaft"); None when there is nothing better."""
    if connection.vendor != "postgresql":
        return None
    wanted = [word for word in query_words(query) if len(word) >= 3]
    if not wanted:
        return None
    content = Concat("title", Value(" "), "teaser", Value(" "), "body", output_field=TextField())
    similarities = [TrigramWordSimilarity(Value(word), content) for word in wanted]
    best = similarities[0] if len(similarities) == 1 else Greatest(*similarities)
    rows = (
        SearchDocument.objects.filter(
            language=language, page__in=Page.objects.published().values("pk")
        )
        .annotate(similarity=best)
        .filter(similarity__gte=SIMILAR_ENOUGH)
        .order_by("-similarity", "pk")
        .values_list("title", "teaser", "body")[:5]
    )
    vocabulary = {word for row in rows for field in row for word in text.words(field)}
    if not vocabulary:
        return None
    stems = {text.stem(word, language) for word in vocabulary}
    corrected = []
    for word in query_words(query):
        if len(word) < 3 or text.stem(word, language) in stems:
            corrected.append(word)
            continue
        score, candidate = max((text.similarity(word, known), known) for known in vocabulary)
        corrected.append(candidate if score >= SIMILAR_ENOUGH else word)
    proposal = " ".join(corrected)
    return proposal if proposal.lower() != " ".join(query_words(query)).lower() else None
