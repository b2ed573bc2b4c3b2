"""The news as RSS 2.0 and Atom feeds, one per language (the address carries it).

Addresses are made absolute as the site's other feed does (dortmund_intl/feeds.py):
on DJANGO_SITE_URL or the request's host, never contrib.sites' Site row.
"""

from dataclasses import dataclass
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from dortmund_intl.addresses import absolute_url
from dortmund_intl.plaintext import without_control_characters

from . import selectors

LIMIT = 20


@dataclass(frozen=True)
class _Entry:
    item: selectors.NewsItem
    link: str  # the article's full address


class _Reading:
    """What one request's feed needs: the request and the articles with their full
    addresses (read once; a Feed instance serves every request, so nothing of one may
    be kept on it)."""

    def __init__(self, request):
        self.request = request
        self.entries = [
            _Entry(item, self.url(item.card.url_path)) for item in selectors.feed_items(LIMIT)
        ]

    def url(self, path: str) -> str:
        return absolute_url(self.request, path)


class NewsFeed(Feed):
    """The newest articles in the visitor's language (RSS 2.0)."""

    title = _("City of Dortmund – International: news")
    description = _("News from the City of Dortmund's international relations.")

    def get_object(self, request, *args, **kwargs):
        return _Reading(request)

    def link(self, obj):
        # The listing the newest article is on; the start page while there is none.
        if obj.entries and obj.entries[0].item.listing_url:
            return obj.url(obj.entries[0].item.listing_url)
        return obj.url(f"/{obj.request.LANGUAGE_CODE}/")

    def feed_url(self, obj):
        return obj.url(obj.request.path)

    def items(self, obj):
        return obj.entries

    # Plain text, escaped once by the feed's XML writer; control characters cannot be
    # written in XML at all.
    def item_title(self, entry):
        return without_control_characters(entry.item.card.title)

    def item_description(self, entry):
        return without_control_characters(entry.item.card.teaser)

    def item_link(self, entry):
        return entry.link

    def item_pubdate(self, entry):
        # The date visitors see, at the start of that day in the city's time zone.
        return timezone.make_aware(datetime.combine(entry.item.date, time.min))

    def item_updateddate(self, entry):
        return entry.item.updated_at or self.item_pubdate(entry)


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
