"""The sitemap: every published page of this site, in each of its languages, with its
``hreflang`` alternates.

It comes in parts of ``PART_SIZE`` pages (at most twice as many URLs: one per
language), at ``/sitemap-pages.xml?p=1``, ``?p=2`` ... While all pages fit one part,
``/sitemap.xml`` is that plain sitemap; beyond, it is a sitemap index naming the parts
(a sitemap may hold at most 50,000 URLs and 50 MB, and a part of 2,000 URLs stays quick
to build). A part reads its own pages only.

The XML is the format of Django's sitemap framework (``django.contrib.sitemaps``), written
here from two prepared queries: the framework switched the language twice for every
address and rendered a template, some 0.15 ms an address, which made the sitemap the
slowest answer of the site (docs/benchmark.md). ``x-default`` names the German address,
as every page's head does (the framework's unprefixed address sent English browsers to a
404).
"""

from datetime import datetime
from html import escape

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from .addresses import absolute_url, site_root
from .models import LANGUAGE_CODES, Page
from .prepared import Param, PreparedQuery
from .translations import german_only_models

SECTION = "pages"
PART_SIZE = 1000  # pages per part: at most 2,000 URLs
CHANGEFREQ = "monthly"
ROBOTS = "noindex, noodp, noarchive"  # the sitemap itself is no search result

_URLSET = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    ' xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)
_INDEX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)


def _listed():
    # External topics lead elsewhere; their "address" is not on this site.
    return Page.objects.published(at=Param("now", models.DateTimeField())).filter(
        url_path_de__startswith="/"
    )


# The number of listed pages and their latest change, in one row (grouped by the one
# status they all have). Compiled once: no shape.
_summary = PreparedQuery(
    lambda: (
        _listed().order_by().values("status").annotate(pages=Count("pk"), latest=Max("updated_at"))
    ),
    max_shapes=2,
)
# One part's pages, paged by parameters (PreparedQuery.run's limit and offset).
_part = PreparedQuery(
    lambda: (
        _listed()
        .order_by("pk")
        .values(*(f"url_path_{code}" for code in LANGUAGE_CODES), "content_type_id", "updated_at")
    ),
    max_shapes=2,
)


def _summary_now() -> tuple[int, datetime | None]:
    rows = _summary.run({"now": timezone.now()})
    return (rows[0]["pages"], rows[0]["latest"]) if rows else (0, None)


def _german_only_kinds() -> set[int]:
    """The content types of the kinds that exist in German only (Leichte Sprache, sign
    language); ContentType's own cache answers after the first time."""
    kinds = ContentType.objects.get_for_models(*german_only_models(Page))
    return {kind.pk for kind in kinds.values()}


def _response(content: str, last_modified: datetime | None) -> HttpResponse:
    response = HttpResponse(content, content_type="application/xml")
    response.headers["X-Robots-Tag"] = ROBOTS
    if last_modified is not None:
        response.headers["Last-Modified"] = http_date(last_modified.timestamp())
    return response


def _urlset(request, rows: list[dict]) -> str:
    protocol, domain = site_root(request)
    base = f"{protocol}://{domain}"
    german_only = _german_only_kinds()
    default = settings.LANGUAGE_CODE
    zone = timezone.get_current_timezone()
    parts = [_URLSET]
    for row in rows:
        if row["content_type_id"] in german_only:
            codes = [default]
        else:
            codes = [code for code in LANGUAGE_CODES if row[f"url_path_{code}"]]
        addresses = {code: escape(base + row[f"url_path_{code}"]) for code in codes}
        links = [
            f'<xhtml:link rel="alternate" hreflang="{code}" href="{address}"/>'
            for code, address in addresses.items()
        ]
        if default in addresses:
            links.append(
                f'<xhtml:link rel="alternate" hreflang="x-default" href="{addresses[default]}"/>'
            )
        alternates = "".join(links)
        lastmod = row["updated_at"].astimezone(zone).date().isoformat()
        for address in addresses.values():
            parts.append(
                f"<url><loc>{address}</loc><lastmod>{lastmod}</lastmod>"
                f"<changefreq>{CHANGEFREQ}</changefreq>{alternates}</url>"
            )
    parts.append("\n</urlset>\n")
    return "".join(parts)


def _parts(pages: int) -> int:
    """How many parts ``pages`` listed pages fill (an empty site has one, empty part)."""
    return max(1, -(-pages // PART_SIZE))


def _part_response(request, number: int, pages: int) -> HttpResponse:
    if not 1 <= number <= _parts(pages):
        raise Http404("No such part of the sitemap.")
    rows = _part.run({"now": timezone.now()}, limit=PART_SIZE, offset=(number - 1) * PART_SIZE)
    last_modified = max((row["updated_at"] for row in rows), default=None)
    return _response(_urlset(request, rows), last_modified)


def sitemap_view(request):
    """The sitemap while it fits one part, else the index of its parts."""
    pages, latest = _summary_now()
    if pages <= PART_SIZE:
        return _part_response(request, 1, pages)
    url = absolute_url(request, reverse("sitemap_part", kwargs={"section": SECTION}))
    lastmod = f"<lastmod>{timezone.localtime(latest).isoformat()}</lastmod>" if latest else ""
    entries = "".join(
        f"<sitemap><loc>{escape(f'{url}?p={part}')}</loc>{lastmod}</sitemap>"
        for part in range(1, _parts(pages) + 1)
    )
    return _response(f"{_INDEX}{entries}\n</sitemapindex>\n", latest)


def sitemap_part_view(request, section):
    """One part: ``?p=`` from 1; a part beyond the last (or not a number) is a 404."""
    number = request.GET.get("p", "1")
    if section != SECTION or not number.isascii() or not number.isdigit() or len(number) > 6:
        raise Http404("No such sitemap.")
    pages, _latest = _summary_now()
    return _part_response(request, int(number), pages)
