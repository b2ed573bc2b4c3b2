"""The site's own addresses, read from the URLconf, that no page may take."""

from functools import lru_cache

from django.conf import settings
from django.urls import get_resolver
from django.urls.resolvers import LocalePrefixPattern


@lru_cache(maxsize=1)  # the URLconf does not change while the site runs
def reserved_top_level_names() -> frozenset[str]:
    """The first parts of the addresses outside /de/ and /en/ ("admin", "media",
    "sitemap.xml", ...) and of STATIC_URL and MEDIA_URL."""
    names = {url.strip("/").split("/")[0] for url in (settings.STATIC_URL, settings.MEDIA_URL)}
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            continue
        names.add(str(pattern.pattern).lstrip("^").split("/")[0])
    return frozenset(name for name in names if name)
