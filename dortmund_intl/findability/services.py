"""Writes to the search index.

``index_page`` is called by ``Page.save()`` (the one place every save of every kind
passes: admin forms, XLIFF imports, the demo loader, moved sub-pages) and after a
version is restored (django-reversion writes the old row without ``save()``). A
deleted page's rows go with it (the foreign key cascades; on SQLite a trigger empties
its FTS5 rows). ``rebuild_index`` (``manage.py rebuild_search_index``) writes every
row anew, e.g. after a bulk change in the database.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Value

from dortmund_intl.models import LANGUAGE_CODES, Page

from . import text
from .models import SearchDocument

CONFIGS = {"de": "german", "en": "english"}


def fts_table(language: str) -> str:
    return f"findability_fts_{language}"


def _shown(page: Page, field: str, language: str) -> tuple[str, str]:
    """The text a page shows for a field in a language, and the language it is in
    when that differs (the German fallback of an English page)."""
    value = getattr(page, f"{field}_{language}", "") or ""
    default = settings.LANGUAGE_CODE
    if not value and language != default:
        value = getattr(page, f"{field}_{default}", "") or ""
        if value:
            return value, default
    return value, ""


def _documents(page: Page) -> list[SearchDocument]:
    # The page's own kind, also when it was read from the base table (rebuild_index).
    kind = ContentType.objects.get_for_id(page.content_type_id)
    documents = []
    for language in LANGUAGE_CODES:
        title, title_language = _shown(page, "title", language)
        teaser, teaser_language = _shown(page, "teaser", language)
        body, body_language = _shown(page, "body", language)
        documents.append(
            SearchDocument(
                page_id=page.pk,
                language=language,
                title=title,
                teaser=teaser,
                body=text.plain_text(body),
                title_language=title_language,
                teaser_language=teaser_language,
                body_language=body_language,
                kind=f"{kind.app_label}.{kind.model}",
            )
        )
    return documents


def _vector(document: SearchDocument):
    config = CONFIGS[document.language]
    return (
        SearchVector(Value(document.title), weight="A", config=config)
        + SearchVector(Value(document.teaser), weight="B", config=config)
        + SearchVector(Value(document.body), weight="C", config=config)
    )


def is_indexed(page: Page) -> bool:
    """External topics lead elsewhere; only pages with an address here are found."""
    return (page.url_path_de or "").startswith("/")


@transaction.atomic
def index_page(page: Page) -> None:
    """Writes the page's rows (one per language) from its saved fields."""
    SearchDocument.objects.filter(page_id=page.pk).delete()
    if not is_indexed(page):
        return
    documents = _documents(page)
    for document in documents:
        if connection.vendor == "postgresql":
            document.vector = _vector(document)
        document.save()
    if connection.vendor == "sqlite":
        _write_fts(documents)


@transaction.atomic
def index_pages(pages: list[Page]) -> None:
    """Writes the rows of many new pages at once (bulk loads such as
    ``manage.py load_scale``): the same rows ``index_page`` writes, in a few queries."""
    documents = [document for page in pages if is_indexed(page) for document in _documents(page)]
    SearchDocument.objects.bulk_create(documents, batch_size=500)
    if connection.vendor == "postgresql":
        for language, config in CONFIGS.items():
            SearchDocument.objects.filter(
                pk__in=[d.pk for d in documents if d.language == language]
            ).update(
                vector=SearchVector("title", weight="A", config=config)
                + SearchVector("teaser", weight="B", config=config)
                + SearchVector("body", weight="C", config=config)
            )
    if connection.vendor == "sqlite":
        _write_fts(documents)


def _write_fts(documents: list[SearchDocument]) -> None:
    rows = {language: [] for language in LANGUAGE_CODES}
    for document in documents:
        fields = [document.title, document.teaser, document.body]
        if document.language != "en":
            # FTS5 stems English itself (porter); other languages arrive stemmed.
            fields = [text.stemmed(field, document.language) for field in fields]
        rows[document.language].append([document.pk, *fields])
    with connection.cursor() as cursor:
        for language, values in rows.items():
            if values:
                cursor.executemany(
                    f"INSERT INTO {fts_table(language)} (rowid, title, teaser, body) "
                    "VALUES (%s, %s, %s, %s)",
                    values,
                )


@transaction.atomic
def rebuild_index() -> int:
    """Indexes every page anew; returns how many pages were indexed."""
    SearchDocument.objects.all().delete()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for language in LANGUAGE_CODES:
                cursor.execute(f"DELETE FROM {fts_table(language)}")
    count = 0
    for page in Page.objects.order_by("pk").iterator():
        index_page(page)
        count += is_indexed(page)
    return count
