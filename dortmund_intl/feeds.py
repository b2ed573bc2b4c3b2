from django.contrib.syndication.views import Feed
from django.utils.translation import gettext_lazy as _

from .models import Page


class LatestPagesFeed(Feed):
    """The most recently changed public pages, in the visitor's language."""

    title = _("City of Dortmund – International: latest changes")
    description = _("New and updated pages of the City of Dortmund's international relations.")
    limit = 20

    def link(self):
        return "/"

    def items(self):
        return (
            Page.objects.published()
            .filter(url_path_de__startswith="/")
            .defer("body", "body_de", "body_en", "translation_sources")
            .order_by("-updated_at", "-pk")[: self.limit]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.url_path

    def item_pubdate(self, item):
        # RSS readers sort and date items by pubDate; a page that was never published
        # through the workflow (demo content, imports) dates from its last change.
        return item.published_at or item.updated_at

    def item_updateddate(self, item):
        return item.updated_at
