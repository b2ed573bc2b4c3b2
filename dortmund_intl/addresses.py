"""Reversing URL names, remembered.

``reverse()`` walks the URL patterns on every call (about 20 µs here) and a page asks
for the same few addresses (search, feed, start page, vCards) on every request. The
result depends only on the URL patterns, the active language and the script prefix,
so it is remembered per combination; no content is involved.
"""

from functools import lru_cache

from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language


@lru_cache(maxsize=4096)
def _reverse(prefix, language, name, args, kwargs):
    return reverse(name, args=args or None, kwargs=dict(kwargs) or None)


def url(name: str, *args, **kwargs) -> str:
    """``reverse(name, args, kwargs)`` for the active language and script prefix."""
    return _reverse(get_script_prefix(), get_language(), name, args, tuple(sorted(kwargs.items())))
