"""Interface strings of the public pages, remembered per language.

A page shows some forty interface strings; Django's ``gettext`` looks each up through
the active language's catalogue chain on every call. The catalogues do not change
while the site runs, so each string is remembered per language (bounded: the strings
are the code's own, not anything a request sends)."""

from functools import lru_cache

from django.utils import translation

from .addresses import language_and_prefix


def gettext(message: str) -> str:
    """Django's ``gettext`` for the language the page renders in."""
    return _gettext(language_and_prefix()[0], message)


@lru_cache(maxsize=4096)
def _gettext(language, message):
    return translation.gettext(message)
