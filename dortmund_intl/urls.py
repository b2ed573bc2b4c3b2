from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from .editor_ux.autocomplete import autocomplete_view
from .editor_ux.views import javascript_catalog
from .findability.views import robots_txt
from .operations.views import healthz
from .sitemaps import sitemap_part_view, sitemap_view
from .views import media, serve

urlpatterns = [
    # The admin's script catalogue and page search, extended (editor_ux): same addresses
    # as the admin's own, so every admin widget uses them.
    path("admin/jsi18n/", javascript_catalog),
    path("admin/autocomplete/", autocomplete_view),
    path("admin/ux/", include("dortmund_intl.editor_ux.urls")),
    # The second factor's pages live inside the admin's address space (and behind its
    # sign-in), ahead of the admin's own catch-all.
    path("admin/", include("dortmund_intl.security.urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_part_view, name="sitemap_part"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # For the load balancer: outside the language prefix, not a page (operations).
    path("healthz", healthz, name="healthz"),
]

urlpatterns += i18n_patterns(
    path("", include("partnerships.urls")),
    path("", include("sdg.urls")),
    path("", include("europe.urls")),
    path("", include("contacts.urls")),
    path("", include("dortmund_intl.accessibility.urls")),
    path("", include("dortmund_intl.legal.urls")),
    path("", include("dortmund_intl.news.urls")),
    path("", include("dortmund_intl.site_urls")),
    # Every page of every kind lives at the address its place in the site gives it.
    re_path(r"^(?P<path>.*)$", serve, name="page"),
)

if settings.MEDIA_URL.startswith("/"):
    # Uploaded files are served by the reverse proxy in production; the site serves
    # them itself only when SERVE_MEDIA is on (local runs, browser tests).
    urlpatterns.insert(
        0, re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", media, name="media")
    )

handler404 = "dortmund_intl.errors.page_not_found"
handler500 = "dortmund_intl.errors.server_error"
