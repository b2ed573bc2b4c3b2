"""Reversing URL names, remembered.

``reverse()`` walks the URL patterns on every call (about 20 µs here) and a page asks
for the same few addresses (search, feed, start page, vCards) on every request. The
result depends only on the URL patterns, the active language and the script prefix,
so it is remembered per combination; no content is involved.
"""

from contextvars import ContextVar
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language, override

# The active language and script prefix, read once when a template starts rendering
# (dortmund_intl.jinja.Template). Django keeps both in asgiref locals, which cost a few
# microseconds per read; a page asks some fifty times (every ``_()`` and ``url()``).
rendering: ContextVar[tuple[str, str] | None] = ContextVar("rendering", default=None)


def language_and_prefix() -> tuple[str, str]:
    return rendering.get() or (get_language(), get_script_prefix())


@lru_cache(maxsize=4096)
def _reverse(prefix, language, name, args, kwargs):
    return reverse(name, args=args or None, kwargs=dict(kwargs) or None)


def url(name: str, *args, **kwargs) -> str:
    """``reverse(name, args, kwargs)`` for the active language and script prefix."""
    language, prefix = language_and_prefix()
    return _reverse(prefix, language, name, args, tuple(sorted(kwargs.items())))


def url_in(language: str, name: str) -> str:
    """The address of a URL name without arguments in ``language``."""
    return _reverse_in(get_script_prefix(), language, name)


@lru_cache(maxsize=64)  # one entry per language and URL name without arguments
def _reverse_in(prefix, language, name):
    with override(language):
        return reverse(name)


def absolute_url(request, path: str) -> str:
    """The full address of ``path`` (e.g. "/de/partnerschaften/leeds/") for the sitemap,
    feeds, exports and vCards: on the site's one public address (``DJANGO_SITE_URL``)
    when it is set, else on the host the request came to.

    contrib.sites' Site row (installed for contrib.redirects) is not used: its default
    "example.com" is what every absolute URL said before.
    """
    if settings.SITE_URL:
        return settings.SITE_URL + path
    return request.build_absolute_uri(path)


def site_root(request) -> tuple[str, str]:
    """(scheme, host) of the site's public address, as ``absolute_url`` chooses it."""
    if settings.SITE_URL:
        return _scheme_and_host(settings.SITE_URL)
    return request.scheme, request.get_host()


@lru_cache(maxsize=4)  # one entry per value of the setting
def _scheme_and_host(site_url: str) -> tuple[str, str]:
    parts = urlsplit(site_url)
    return parts.scheme, parts.netloc + parts.path
