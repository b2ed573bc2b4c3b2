"""The reads of the news pages. Each is one query, whatever the number of articles."""

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import get_language

from dortmund_intl.cards import PAGE_COLUMNS, PageCard, localized, page_cards
from dortmund_intl.prepared import Param, PreparedQuery

from .models import NewsArticle, NewsIndexPage

PER_PAGE = 10
LATEST = 3  # on the start page


@dataclass(frozen=True)
class NewsItem:
    """An article as lists show it: its card (title, teaser, address, image) and date."""

    card: PageCard
    date: date
    updated_at: datetime | None = None
    listing_url: str = ""  # where the article is listed (read for the start page and feeds)


def _items(rows) -> list[NewsItem]:
    rows = list(rows)
    language = get_language() or settings.LANGUAGE_CODE
    return [
        NewsItem(
            card,
            row["date"],
            row.get("updated_at"),
            row.get(f"parent__url_path_{language}") or row.get("parent__url_path_de") or "",
        )
        for card, row in zip(page_cards(rows), rows, strict=True)
    ]


_LISTING_COLUMNS = localized("url_path", "parent__")


def _listing():
    return Param("listing", models.BigIntegerField())


# The listing's count and its pages, compiled once (dortmund_intl/prepared.py); a page's
# offset is a shape, and only the pages that exist get one (a bad number is refused first).
_listing_count = PreparedQuery(
    lambda: (
        NewsArticle.objects.published(at=_now())
        .filter(parent_id=_listing())
        .order_by()
        .values("parent_id")
        .annotate(articles=Count("pk"))
    ),
    max_shapes=2,
)
# Paged by parameters (PreparedQuery.run's limit and offset): one compiled form for
# every page of the listing.
_listing_rows = PreparedQuery(
    lambda: (
        NewsArticle.objects.published(at=_now())
        .filter(parent_id=_listing())
        .order_by("-date", "-pk")
        .values(*PAGE_COLUMNS, "date")
    ),
    max_shapes=2,
)


def listing_page(listing: NewsIndexPage, number: str | int) -> PaginatorPage:
    """One page of the listing's published articles, newest first (two queries: the
    count and the page). An invalid or out-of-range number raises ``InvalidPage``."""
    values = {"now": timezone.now(), "listing": listing.pk}
    counted = _listing_count.run(values)
    page = Paginator(range(counted[0]["articles"] if counted else 0), PER_PAGE).page(number)
    offset = max(page.start_index() - 1, 0)
    page.object_list = _items(_listing_rows.run(values, limit=PER_PAGE, offset=offset))
    return page


@dataclass(frozen=True)
class Latest:
    """The newest articles for the start page, and the listing they are on."""

    items: list[NewsItem]
    listing_url: str


def _now():
    return Param("now", models.DateTimeField())


# Compiled once per limit and language (dortmund_intl/prepared.py): the start page and
# the feeds read these on every visit, and building the query cost more than running it.
_latest = PreparedQuery(
    lambda limit: (
        NewsArticle.objects.published(at=_now())
        .filter(parent__in=NewsIndexPage.objects.published(at=_now()).values("pk"))
        .order_by("-date", "-pk")
        .values(*PAGE_COLUMNS, "date", *_LISTING_COLUMNS)[:limit]
    ),
    max_shapes=8,
)
_feed = PreparedQuery(
    lambda limit: (
        NewsArticle.objects.published(at=_now())
        .order_by("-date", "-pk")
        .values(*PAGE_COLUMNS, "date", "updated_at", *_LISTING_COLUMNS)[:limit]
    ),
    max_shapes=8,
)


def latest(limit: int = LATEST) -> Latest | None:
    """The newest published articles of published listings, in one query; None when
    there are none."""
    rows = _latest.run({"now": timezone.now()}, shape=(limit,))
    if not rows:
        return None
    items = _items(rows)
    return Latest(items=items, listing_url=items[0].listing_url)


def feed_items(limit: int) -> list[NewsItem]:
    """The newest published articles for the feeds (one query)."""
    return _items(_feed.run({"now": timezone.now()}, shape=(limit,)))
