"""Finding published pages: ranked (title over teaser over text), stemmed in German and
English, on PostgreSQL (stored tsvector, GIN index) and SQLite (FTS5) alike.

A search looks in the rows of the visitor's language: what the page shows in that
language (an English page without English text shows, and is found by, its German
text). Typo suggestions ("Did you mean …?") need pg_trgm, so only PostgreSQL makes them.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connection
from django.db.models import DateTimeField, Exists, F, OuterRef, QuerySet, TextField, Value
from django.db.models.functions import Concat, Greatest
from django.utils import timezone
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


def documents(query: str, language: str, section: Section | None = None) -> QuerySet:
    """The matching published pages' rows, best first (not yet read)."""
    # EXISTS rather than "page_id IN (published pages)": with the IN list, SQLite
    # looked up every published page against every match (15 s at 10,000 pages).
    rows = SearchDocument.objects.filter(
        Exists(Page.objects.published().filter(pk=OuterRef("page_id"))), language=language
    )
    if section is not None:
        rows = rows.filter(**{f"page__url_path_{language}__startswith": section.url_path})
    if connection.vendor == "postgresql":
        search = SearchQuery(query, config=CONFIGS[language], search_type="websearch")
        return (
            rows.filter(vector=search)
            .annotate(rank=SearchRank(F("vector"), search))
            .order_by("-rank", "page__sort_order", "pk")
        )
    match = _fts_query(query, language)
    if not match:
        return rows.none()
    table = fts_table(language)
    # The FTS5 table joined once: a rank subquery per row ran the match again for
    # every hit (3 s for 8,000 hits). QuerySet.extra() is the ORM's only way to join a
    # table it has no model for.
    return rows.extra(
        tables=[table],
        where=[f"{table}.rowid = findability_searchdocument.id", f"{table} MATCH %s"],
        params=[match],
        select={"rank": f"bm25({table}, {FTS_WEIGHTS})"},
    ).order_by("rank", "page__sort_order", "pk")


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
        if text.matches(row["body"], wanted, language) or not row["teaser"]:
            shown, shown_language = row["body"], row["body_language"]
        else:
            shown, shown_language = row["teaser"], row["teaser_language"]
        found.append(
            Hit(
                title=row["title"],
                url=url,
                excerpt=text.excerpt(shown, wanted, language),
                kind=_kind_name(row["kind"]),
                section=next((s for s in all_sections if url.startswith(s.url_path)), None),
                title_language=row["title_language"],
                excerpt_language=shown_language,
            )
        )
    return found


def _kind_name(label: str) -> str:
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
