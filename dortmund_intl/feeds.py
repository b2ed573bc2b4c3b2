from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.utils.translation import gettext_lazy as _

from .addresses import absolute_url
from .models import Page
from .plaintext import without_control_characters


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
        pages = Page.objects.published().filter(url_path_de__startswith="/")
        if obj.request.LANGUAGE_CODE != settings.LANGUAGE_CODE:
            # Pages in German only (Leichte Sprache, sign language) are no news in English.
            pages = pages.exclude(content_type__in=_german_only_kinds())
        pages = list(
            pages.defer("body", "body_de", "body_en", "translation_sources").order_by(
                "-updated_at", "-pk"
            )[: self.limit]
        )
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


def _german_only_kinds() -> list[int]:
    """The content types of the page kinds that exist in German only."""
    return [
        ContentType.objects.get_for_model(model).pk
        for model in apps.get_models()
        if issubclass(model, Page) and not getattr(model, "needs_translation", True)
    ]
