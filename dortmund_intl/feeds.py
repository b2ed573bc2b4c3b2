from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .addresses import absolute_url
from .models import Page
from .plaintext import without_control_characters
from .prepared import Param, PreparedQuery


@dataclass(frozen=True)
class _Request:
    """What the feed's addresses need of the request (a Feed instance serves every
    request, so nothing of one may be kept on it)."""

    request: object

    def url(self, path: str) -> str:
        return absolute_url(self.request, path)


class LatestPagesFeed(Feed):
    """The most recently changed public pages, in the visitor's language.

    Every address is made absolute here (DJANGO_SITE_URL or the request's host):
    Django's Feed would otherwise put contrib.sites' Site domain in front."""

    title = _("City of Dortmund – International: latest changes")
    description = _("New and updated pages of the City of Dortmund's international relations.")
    limit = 20

    def get_object(self, request, *args, **kwargs):
        return _Request(request)

    def link(self, obj):
        return obj.url(f"/{obj.request.LANGUAGE_CODE}/")

    def feed_url(self, obj):
        return obj.url(obj.request.path)

    def items(self, obj):
        german_only = obj.request.LANGUAGE_CODE == settings.LANGUAGE_CODE
        pages = _latest.run({"now": timezone.now()}, shape=(german_only, self.limit))
        for page in pages:
            page.absolute_url = obj.url(page.url_path)
        return pages

    # Plain text, escaped once by the feed's XML writer. Control characters cannot be
    # written in XML at all (a page saved before they were refused would break the feed).
    def item_title(self, item):
        return without_control_characters(item.title)

    def item_description(self, item):
        return without_control_characters(item.teaser)

    def item_link(self, item):
        return item.absolute_url

    def item_pubdate(self, item):
        # RSS readers sort and date items by pubDate; a page that was never published
        # through the workflow (demo content, imports) dates from its last change.
        return item.published_at or item.updated_at

    def item_updateddate(self, item):
        return item.updated_at


def _german_only_kinds() -> Q:
    """The page kinds that exist in German only (by name: content type ids may change
    between databases, the compiled query stays)."""
    kinds = Q(pk__in=[])
    for model in apps.get_models():
        if issubclass(model, Page) and not getattr(model, "needs_translation", True):
            opts = model._meta
            kinds |= Q(content_type__app_label=opts.app_label, content_type__model=opts.model_name)
    return kinds


def _latest_pages(german_only_too: bool, limit: int):
    pages = Page.objects.published(at=Param("now", models.DateTimeField())).filter(
        url_path_de__startswith="/"
    )
    if not german_only_too:
        # Pages in German only (Leichte Sprache, sign language) are no news in English.
        pages = pages.exclude(_german_only_kinds())
    # Only what an entry shows: the pages' texts are most of their rows.
    return pages.only(
        *[
            f"{field}{suffix}"
            for field in ("title", "teaser", "url_path")
            for suffix in ("", "_de", "_en")
        ],
        "published_at",
        "updated_at",
    ).order_by("-updated_at", "-pk")[:limit]


# Compiled once per language (dortmund_intl/prepared.py).
_latest = PreparedQuery(_latest_pages, max_shapes=8)
