"""The news as RSS 2.0 and Atom feeds, one per language (the address carries it).

Written as the site's other feed (``dortmund_intl.feeds.SiteFeed``): addresses on
DJANGO_SITE_URL or the request's host, plain text escaped once.
"""

from dataclasses import dataclass
from datetime import datetime, time

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from dortmund_intl.addresses import absolute_url
from dortmund_intl.feeds import Entry, SiteFeed

from . import selectors

LIMIT = 20


@dataclass(frozen=True)
class _NewsEntry(Entry):
    listing_url: str = ""  # the listing the article is on


class NewsFeed(SiteFeed):
    """The newest articles in the visitor's language (RSS 2.0)."""

    title = _("City of Dortmund – International: news")
    description = _("News from the City of Dortmund's international relations.")

    def entries(self, request) -> list[Entry]:
        return [
            _NewsEntry(
                title=item.card.title,
                link=absolute_url(request, item.card.url_path),
                description=item.card.teaser,
                pubdate=_published(item),
                updateddate=item.updated_at or _published(item),
                listing_url=item.listing_url,
            )
            for item in selectors.feed_items(LIMIT)
        ]

    def link(self, request, entries: list[Entry]) -> str:
        # The listing the newest article is on; the start page while there is none.
        listing = entries[0].listing_url if entries else ""
        return absolute_url(request, listing or f"/{request.LANGUAGE_CODE}/")


def _published(item: selectors.NewsItem) -> datetime:
    # The date visitors see, at the start of that day in the city's time zone.
    return timezone.make_aware(datetime.combine(item.date, time.min))


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
