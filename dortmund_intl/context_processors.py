from django.conf import settings
from django.urls import translate_url


def site(request):
    """Addresses of the current page in every language, for the language switcher.

    Page views replace these with the page's own translated addresses; for every
    other view Django's translate_url maps the URL pattern into the other language.
    """
    return {
        "language_urls": {
            code: translate_url(request.path, code) for code, _name in settings.LANGUAGES
        },
    }
