"""The search index: one row per page and language, holding what that page shows.

The rows are derived data (services.index_page writes them whenever a page is saved);
editors never edit them, so there is no admin. Whether a row may be found is decided
at query time by ``Page.objects.published()``, so a scheduled page appears and
disappears in the results on time without being indexed again.

PostgreSQL keeps a weighted ``tsvector`` per row (title A, teaser B, text C) under a GIN
index; SQLite keeps the same texts in two FTS5 tables (migrations/0001_initial.py).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Page


class SearchDocument(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="search_documents")
    language = models.CharField(_("language"), max_length=5)
    title = models.CharField(_("title"), max_length=200)
    teaser = models.CharField(_("teaser sentence"), max_length=300, blank=True)
    body = models.TextField(_("text without markup"), blank=True)
    # The language each text is in, when it is not ``language`` (an English page
    # showing its German text): the result marks it lang="de".
    title_language = models.CharField(max_length=5, blank=True)
    teaser_language = models.CharField(max_length=5, blank=True)
    body_language = models.CharField(max_length=5, blank=True)
    kind = models.CharField(_("kind of page"), max_length=100)  # "app_label.model_name"
    # PostgreSQL only (stays empty on SQLite, which searches its FTS5 tables).
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        ordering = ["page", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="unique_search_document_per_language"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"

    def get_absolute_url(self):
        return self.page.url_for(self.language)
