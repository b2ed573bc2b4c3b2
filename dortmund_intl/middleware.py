"""Ids that no database row can have are a 404, not a 500."""

from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import is_valid_path
from django.utils.translation import get_language

from .routes import reserved_top_level_names

# The largest id a row can have (BigAutoField, 64-bit on SQLite and PostgreSQL).
MAX_ID = 2**63 - 1


def beyond_any_id(value) -> bool:
    """Whether ``value`` is a whole number (an int, or a string of digits as the admin
    passes ids) too large for any id column."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) > MAX_ID
    if isinstance(value, str):
        digits = value.removeprefix("-")
        return digits.isascii() and digits.isdigit() and (len(digits) > 19 or int(digits) > MAX_ID)
    return False


class IdRangeMiddleware:
    """An id from the address beyond the 64-bit range makes the database driver raise
    (OverflowError on SQLite, "out of range" on PostgreSQL) where the view expected
    "not found". Checked once here for every view: ``<int:...>`` parts everywhere, and
    the admin's ids (strings: /admin/<app>/<model>/<id>/change/, history, versions)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        in_admin = "admin" in request.resolver_match.namespaces
        for value in (*view_args, *view_kwargs.values()):
            if (in_admin or not isinstance(value, str)) and beyond_any_id(value):
                raise Http404
        return None


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its 404 redirect for the site's own addresses.

    On a 404 outside /de/ and /en/, Django's middleware redirects to the same address
    under the language prefix whenever that resolves, and the pages' catch-all resolves
    everything: a missing admin page, static file or medium would answer "302 → /de/…"
    instead of 404. Outside the language prefixes only the reserved top-level names
    (admin, static, media, sitemap.xml, …) and the addresses that resolve outside them (a
    sitemap part past the last) are the site's own; for them a 404 stays a 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            first = request.path_info.lstrip("/").split("/", 1)[0]
            urlconf = getattr(request, "urlconf", None)
            if first in reserved_top_level_names() or is_valid_path(request.path_info, urlconf):
                response.headers.setdefault("Content-Language", get_language())
                return response
        return super().process_response(request, response)
