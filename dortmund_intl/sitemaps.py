from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap

from .addresses import site_root
from .cards import localized
from .models import Page


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def __init__(self, request):
        # The addresses are on the site's public address (DJANGO_SITE_URL) or the
        # request's host, not on contrib.sites' Site row (see addresses.absolute_url).
        self.request = request

    def get_protocol(self, protocol=None):
        return site_root(self.request)[0]

    def get_domain(self, site=None):
        return site_root(self.request)[1]

    def items(self):
        # External topics lead elsewhere; their "address" is not on this site.
        # Only the columns an entry needs: the pages' texts are most of their rows.
        return (
            Page.objects.published()
            .filter(url_path_de__startswith="/")
            .order_by("pk")
            .only("pk", "content_type_id", "url_path", *localized("url_path"), "updated_at")
        )

    def get_languages_for_item(self, item):
        # A German-only kind (Leichte Sprache, sign language) has no English address.
        model = ContentType.objects.get_for_id(item.content_type_id).model_class()
        if not getattr(model, "needs_translation", True):
            return [settings.LANGUAGE_CODE]
        return super().get_languages_for_item(item)

    def location(self, item):
        return item.url_path

    def lastmod(self, item):
        return item.updated_at


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": PageSitemap(request)})
