"""The sitemap: every published page of this site, in each of its languages, with its
``hreflang`` alternates.

It comes in parts of ``PageSitemap.limit`` pages (at most twice as many URLs: one per
language), at ``/sitemap-pages.xml?p=1``, ``?p=2`` ... While all pages fit one part,
``/sitemap.xml`` is that plain sitemap; beyond, it is a sitemap index naming the parts
(a sitemap may hold at most 50,000 URLs and 50 MB, and a part of 2,000 URLs stays quick
to build). A part reads its own pages only.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, sitemap, x_robots_tag
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property

from .addresses import site_root
from .models import LANGUAGE_CODES, Page
from .translations import page_models

SECTION = "pages"


class ItemLanguagePaginator(Paginator):
    """Pages the pages (a count and a slice in the database), then lists each page of
    the part once per language it exists in, as Django's i18n sitemap expects."""

    def __init__(self, object_list, per_page, languages_for):
        super().__init__(object_list, per_page)
        self.languages_for = languages_for

    def _get_page(self, object_list, number, paginator):
        pairs = [(item, code) for item in object_list for code in self.languages_for(item)]
        return super()._get_page(pairs, number, paginator)


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"
    limit = 1000  # pages per part: at most 2,000 URLs

    def __init__(self, request):
        # The addresses are on the site's public address (DJANGO_SITE_URL) or the
        # request's host, not on contrib.sites' Site row (see addresses.absolute_url).
        self.request = request
        self._german_only = None

    def get_protocol(self, protocol=None):
        return site_root(self.request)[0]

    def get_domain(self, site=None):
        return site_root(self.request)[1]

    def items(self):
        # External topics lead elsewhere; their "address" is not on this site.
        return (
            Page.objects.published()
            .filter(url_path_de__startswith="/")
            .only(
                "url_path",
                *(f"url_path_{code}" for code in LANGUAGE_CODES),
                "content_type_id",
                "updated_at",
            )
            .order_by("pk")
        )

    @cached_property
    def paginator(self):
        # Once per request: the index and a part each count the pages once.
        return ItemLanguagePaginator(self.items(), self.limit, self.get_languages_for_item)

    def get_languages_for_item(self, item):
        # A German-only kind (Leichte Sprache, sign language) has no English address.
        if self._german_only is None:
            # Their content types in at most one query, whatever the number of kinds.
            models = [m for m in page_models(Page) if not getattr(m, "needs_translation", True)]
            self._german_only = {
                kind.pk for kind in ContentType.objects.get_for_models(*models).values()
            }
        if item.content_type_id in self._german_only:
            return [settings.LANGUAGE_CODE]
        return super().get_languages_for_item(item)

    def location(self, item):
        return item.url_path

    def lastmod(self, item):
        return item.updated_at


def sitemap_view(request):
    """The sitemap while it fits one part, else the index of its parts."""
    pages = PageSitemap(request)
    parts = pages.paginator.num_pages
    if parts <= 1:
        return sitemap(request, sitemaps={SECTION: pages})
    return _index(request, pages, parts)


@x_robots_tag
def _index(request, pages: PageSitemap, parts: int):
    protocol, domain = site_root(request)
    url = f"{protocol}://{domain}{reverse('sitemap_part', kwargs={'section': SECTION})}"
    lastmod = pages.items().aggregate(latest=Max("updated_at"))["latest"]
    items = [SitemapIndexItem(f"{url}?p={part}", lastmod) for part in range(1, parts + 1)]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )


def sitemap_part_view(request, section):
    """One part: ``?p=`` from 1; a part beyond the last (or not a number) is a 404."""
    if section != SECTION:
        raise Http404("No such sitemap.")
    return sitemap(request, sitemaps={SECTION: PageSitemap(request)}, section=section)
