from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .addresses import absolute_url
from .models import LANGUAGE_CODES, Page
from .plaintext import without_control_characters
from .prepared import Param, PreparedQuery
from .translations import german_only_models


@dataclass(frozen=True)
class Entry:
    """One item of a feed, as plain text and full addresses."""

    title: str
    link: str
    description: str
    pubdate: datetime
    updateddate: datetime


class SiteFeed:
    """A feed view written with Django's feed generator (``django.utils.feedgenerator``,
    the writer behind ``django.contrib.syndication``).

    The syndication framework's ``Feed`` looks up some twenty attributes per item by
    introspection and writes the XML into the response a few characters at a time;
    for 20 items that was two thirds of the feed's time (docs/benchmark.md). Here a
    feed says what it is in ``entries`` and ``link``; the XML is the same.

    Every address is absolute on DJANGO_SITE_URL or the request's host (never
    contrib.sites' Site row). Titles and descriptions are plain text, escaped once by
    the XML writer; control characters cannot be written in XML at all, so they are
    dropped (a page saved before they were refused would break the feed)."""

    feed_type = Rss201rev2Feed
    title = ""
    description = ""
    subtitle = None

    def entries(self, request) -> list[Entry]:
        raise NotImplementedError

    def link(self, request, entries: list[Entry]) -> str:
        return absolute_url(request, f"/{request.LANGUAGE_CODE}/")

    def __call__(self, request):
        entries = self.entries(request)
        feed = self.feed_type(
            title=str(self.title),
            subtitle=str(self.subtitle) if self.subtitle is not None else None,
            link=self.link(request, entries),
            description=str(self.description),
            language=get_language(),
            feed_url=absolute_url(request, request.path),
        )
        for entry in entries:
            feed.add_item(
                title=without_control_characters(entry.title),
                link=entry.link,
                description=without_control_characters(entry.description),
                unique_id=entry.link,
                pubdate=entry.pubdate,
                updateddate=entry.updateddate,
            )
        response = HttpResponse(feed.writeString("utf-8"), content_type=feed.content_type)
        # For conditional GETs, as the syndication framework sets it.
        response.headers["Last-Modified"] = http_date(feed.latest_post_date().timestamp())
        return response


class LatestPagesFeed(SiteFeed):
    """The most recently changed public pages, in the visitor's language."""

    title = _("City of Dortmund – International: latest changes")
    description = _("New and updated pages of the City of Dortmund's international relations.")
    limit = 20

    def entries(self, request) -> list[Entry]:
        language = request.LANGUAGE_CODE
        german_only = language == settings.LANGUAGE_CODE
        rows = _latest.run({"now": timezone.now()}, shape=(german_only, self.limit))
        default = settings.LANGUAGE_CODE
        return [
            Entry(
                # An English page without English text shows (and is named by) its German.
                title=row[f"title_{language}"] or row[f"title_{default}"],
                link=absolute_url(
                    request, row[f"url_path_{language}"] or row[f"url_path_{default}"]
                ),
                description=row[f"teaser_{language}"] or row[f"teaser_{default}"],
                # RSS readers sort and date items by pubDate; a page never published
                # through the workflow (demo content, imports) dates from its last change.
                pubdate=row["published_at"] or row["updated_at"],
                updateddate=row["updated_at"],
            )
            for row in rows
        ]


def _german_only_kinds() -> Q:
    """The page kinds that exist in German only (by name: content type ids may change
    between databases, the compiled query stays)."""
    kinds = Q(pk__in=[])
    for model in german_only_models(Page):
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
    return pages.values(
        *[
            f"{field}_{code}"
            for field in ("title", "teaser", "url_path")
            for code in LANGUAGE_CODES
        ],
        "published_at",
        "updated_at",
    ).order_by("-updated_at", "-pk")[:limit]


# Compiled once per language (dortmund_intl/prepared.py).
_latest = PreparedQuery(_latest_pages, max_shapes=8)
