from django.contrib.sitemaps import Sitemap

from .models import Page


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        # External topics lead elsewhere; their "address" is not on this site.
        return Page.objects.published().filter(url_path_de__startswith="/").order_by("pk")

    def location(self, item):
        return item.url_path

    def lastmod(self, item):
        return item.updated_at
