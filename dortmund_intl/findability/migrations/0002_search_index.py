"""The database side of the search index, which differs by database.

PostgreSQL: a GIN index on the stored tsvector, and pg_trgm for typo suggestions.
SQLite: one FTS5 table per language (English with FTS5's Porter stemmer; German
arrives stemmed by Snowball in Python, findability/text.py), whose rows share their
rowid with the search document and go with it when it is deleted (a trigger).
Then every existing page is indexed.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from dortmund_intl.findability import text

TOKENIZERS = {"de": "unicode61 remove_diacritics 2", "en": "porter unicode61 remove_diacritics 2"}


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX findability_searchdocument_vector_gin "
            "ON findability_searchdocument USING gin (vector)"
        )
    elif vendor == "sqlite":
        for language, tokenizer in TOKENIZERS.items():
            schema_editor.execute(
                f"CREATE VIRTUAL TABLE findability_fts_{language} "
                f"USING fts5(title, teaser, body, tokenize='{tokenizer}')"
            )
        schema_editor.execute(
            "CREATE TRIGGER findability_searchdocument_deleted "
            "AFTER DELETE ON findability_searchdocument BEGIN "
            "DELETE FROM findability_fts_de WHERE rowid = old.id; "
            "DELETE FROM findability_fts_en WHERE rowid = old.id; END"
        )


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS findability_searchdocument_vector_gin")
    elif vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS findability_searchdocument_deleted")
        for language in TOKENIZERS:
            schema_editor.execute(f"DROP TABLE IF EXISTS findability_fts_{language}")


def index_existing_pages(apps, schema_editor):
    """The pages that were there before the search index (later saves keep it)."""
    Page = apps.get_model("dortmund_intl", "Page")
    SearchDocument = apps.get_model("findability", "SearchDocument")
    connection = schema_editor.connection
    configs = {"de": "german", "en": "english"}
    for page in Page.objects.select_related("content_type").filter(url_path_de__startswith="/"):
        for language in ("de", "en"):
            shown = {}
            for field in ("title", "teaser", "body"):
                value = getattr(page, f"{field}_{language}") or ""
                shown[field] = value or (getattr(page, f"{field}_de") or "")
            document = SearchDocument.objects.create(
                page_id=page.pk,
                language=language,
                title=shown["title"],
                teaser=shown["teaser"],
                body=text.plain_text(shown["body"]),
                title_language="de" if language != "de" and not page.title_en else "",
                teaser_language="de" if language != "de" and not page.teaser_en else "",
                body_language="de" if language != "de" and not page.body_en else "",
                kind=f"{page.content_type.app_label}.{page.content_type.model}",
            )
            fields = [document.title, document.teaser, document.body]
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute(
                        "UPDATE findability_searchdocument SET vector = "
                        "setweight(to_tsvector(%s::regconfig, title), 'A') || "
                        "setweight(to_tsvector(%s::regconfig, teaser), 'B') || "
                        "setweight(to_tsvector(%s::regconfig, body), 'C') WHERE id = %s",
                        [configs[language]] * 3 + [document.pk],
                    )
                elif connection.vendor == "sqlite":
                    if language != "en":
                        fields = [text.stemmed(field, language) for field in fields]
                    cursor.execute(
                        f"INSERT INTO findability_fts_{language} (rowid, title, teaser, body) "
                        "VALUES (%s, %s, %s, %s)",
                        [document.pk, *fields],
                    )


class Migration(migrations.Migration):
    dependencies = [("findability", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index),
        migrations.RunPython(index_existing_pages, migrations.RunPython.noop),
    ]
