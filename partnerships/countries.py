"""Country names in German and English from ISO 3166 (pycountry and its catalogues).

The codes and their English names come from pycountry; the German names from the
iso-codes gettext catalogues it ships (``pycountry.LOCALES_DIR``). Nothing here is a
hand-written table, so a renamed country ("Türkiye") follows a pycountry update.
"""

import gettext
import unicodedata
from functools import cache, lru_cache

import pycountry
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language


@lru_cache(maxsize=8)  # one per site language
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


@cache
def _english_names() -> dict[str, str]:
    # The everyday name where ISO has one ("South Korea", not "Korea, Republic of").
    return {
        country.alpha_2: getattr(country, "common_name", None) or country.name
        for country in pycountry.countries
    }


def name(code: str, language: str | None = None) -> str:
    """The country's name in ``language`` (the active language by default)."""
    english = _english_names().get(code)
    if english is None:
        return code
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if language == "en":
        return english
    return _catalogue(language).gettext(english)


lazy_name = lazy(name, str)


def _sort_key(text: str) -> str:
    # "Österreich" sorts with "O", as in a printed index.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def choices() -> list[tuple[str, str]]:
    """Every ISO 3166 country, sorted by its name in the active language.

    Used as the callable ``choices`` of the country field: the migration refers to
    this function, not to 249 names, and the names follow the editor's language.
    """
    language = get_language()
    entries = [(code, lazy_name(code)) for code in _english_names()]
    return sorted(entries, key=lambda entry: _sort_key(name(entry[0], language)))


def is_valid(code: str) -> bool:
    return code in _english_names()
