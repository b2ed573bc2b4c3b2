"""The page cache for anonymous visitors and the HTTP caching headers.

Two middlewares, as Django's own cache middleware: ``UpdatePageCacheMiddleware`` near
the top of ``MIDDLEWARE`` sees the finished response (with any cookie the session, CSRF
or messages middleware set) and stores it; ``FetchPageCacheMiddleware`` below the locale
middleware (the language is known) answers from the cache. Every entry carries the
content version it was built under (``version.py``) and counts only under that version:
a change anywhere on the site is seen on the very next request, by every process that
shares the cache.

A hit costs one cache round trip (version, next scheduled change and the entry in one
``get_many``) and no query; the first page stored under a new version one query more
(the next scheduled change).
"""

import hashlib
import logging
import math
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date
from django.utils.translation import get_language

from dortmund_intl.security.middleware import admin_prefix

from . import version

# The one query string a public page is cached with: a listing's page number, capped,
# so that no request can create entries without a bound.
PAGE_NUMBER = re.compile(r"page=([1-9][0-9]{0,1})")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
PERSONAL = {"private": True, "no_store": True}
logger = logging.getLogger(__name__)


def page_cache_enabled() -> bool:
    """``PAGE_CACHE`` (``DJANGO_PAGE_CACHE``); unset: on whenever debug is off."""
    if settings.PAGE_CACHE is None:
        return not settings.DEBUG
    return settings.PAGE_CACHE


def _personal(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES or request.path_info.startswith(
        admin_prefix()
    )


def _cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD") or _personal(request):
        return False
    query = request.META.get("QUERY_STRING", "")
    return not query or PAGE_NUMBER.fullmatch(query) is not None


def _entry_key(request) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{get_language()}"
    return "pagecache:page:" + hashlib.sha256(address.encode()).hexdigest()


class _Lookup:
    """What the fetch middleware found, for the update middleware."""

    def __init__(self, key, content_version, next_change, hit):
        self.key = key
        self.version = content_version
        self.next_change = next_change
        self.hit = hit


class FetchPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        if not page_cache_enabled():
            # Headers only: the ETag follows the content, and without the page cache no
            # version is kept, so no Last-Modified either.
            request._page_cache = _Lookup(None, None, None, hit=False)
            return self.get_response(request)
        key = _entry_key(request)
        try:
            content_version, next_change, values = version.current([key])
        except Exception:
            # The cache server is down: the site answers uncached (and /healthz says so)
            # rather than with a 500 on every page.
            logger.warning("Page cache unreachable; answering uncached.", exc_info=True)
            request._page_cache = _Lookup(None, None, None, hit=False)
            return self.get_response(request)
        entry = values.get(key)
        hit = (
            next_change is not version.UNKNOWN
            and isinstance(entry, dict)
            and entry.get("token") == content_version.token
        )
        request._page_cache = _Lookup(key, content_version, next_change, hit)
        if hit:
            return HttpResponse(entry["content"], status=200, headers=entry["headers"])
        return self.get_response(request)


def _storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token of its own
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    directives = {
        d.strip().split("=")[0].lower() for d in response.get("Cache-Control", "").split(",")
    }
    if directives & UNCACHEABLE_DIRECTIVES:
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    # The key holds the language; anything else a response varies on, it is not cached for.
    return vary <= {"cookie", "accept-language"}


class UpdatePageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        lookup = getattr(request, "_page_cache", None)
        if lookup is None:
            if _personal(request):
                patch_cache_control(response, **PERSONAL)
            return response
        if not lookup.hit:
            if not _storable(request, response):
                if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                    patch_cache_control(response, **PERSONAL)
                return response
            set_response_etag(response)
            try:
                self._store(request, response, lookup)
            except Exception:
                logger.warning("Page cache unreachable; page not stored.", exc_info=True)
                lookup.next_change = None
        return self._public(request, response, lookup)

    def _store(self, request, response, lookup):
        if lookup.next_change is version.UNKNOWN:
            lookup.next_change = version.next_change(lookup.version)
        if lookup.key is not None and request.method == "GET":
            entry = {
                "token": lookup.version.token,
                "content": response.content,
                "headers": dict(response.items()),
            }
            cache.set(lookup.key, entry, timeout=settings.PAGE_CACHE_SECONDS)

    def _public(self, request, response, lookup):
        max_age = settings.CACHE_MAX_AGE
        if lookup.next_change is not None:
            # A proxy keeps the page no longer than until the next scheduled change.
            until = lookup.next_change - timezone.now().timestamp()
            max_age = max(0, min(max_age, math.floor(until)))
        patch_cache_control(response, public=True, max_age=max_age)
        patch_vary_headers(response, ("Cookie",))
        last_modified = None
        if lookup.version is not None:
            last_modified = int(lookup.version.changed)
            response.headers["Last-Modified"] = http_date(last_modified)
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )
