"""The Jinja2 environment the public pages are rendered with.

The public site's templates are Jinja2 (the admin keeps Django's template language):
Jinja2 compiles a template to Python once, and a page with its navigation,
breadcrumbs and six teaser cards renders several times faster than with Django's
engine; see docs/benchmark.md. Interface strings go through Django's gettext (the
``_()`` calls are found by ``makemessages`` like ``{% translate %}``); the helpers a
template needs are the ones below, nothing else.
"""

import datetime
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import defaultfilters
from django.template.backends import jinja2 as django_jinja2
from django.templatetags.static import static
from django.urls import get_script_prefix, translate_url
from django.utils import translation
from jinja2 import Environment

from .addresses import language_and_prefix, rendering, url, url_in
from .easy_access import addresses as easy_access
from .findability.seo import head_meta
from .markup import is_external, lang_attr, picture
from .strings import gettext


class Template(django_jinja2.Template):
    """Reads the active language and script prefix once per render (see addresses.py)."""

    def render(self, context=None, request=None):
        token = rendering.set((translation.get_language(), get_script_prefix()))
        try:
            return super().render(context, request)
        finally:
            rendering.reset(token)


class Jinja2(django_jinja2.Jinja2):
    """Django's Jinja2 backend, its templates rendering with ``Template`` above."""

    def from_string(self, template_code):
        return Template(super().from_string(template_code).template, self)

    def get_template(self, template_name):
        return Template(super().get_template(template_name).template, self)


def get_language() -> str:
    return language_and_prefix()[0]


def date(value, format_name=None):
    """Django's ``date`` filter. A calendar day (not a moment in time) reads the same
    for everyone in a language, so its text is remembered per day, format and language:
    Django's formatter looks up the locale's format and builds the text letter by letter
    (a news list shows a date per article)."""
    if type(value) is datetime.date:
        return _date(value, format_name, language_and_prefix()[0])
    return defaultfilters.date(value, format_name)


@lru_cache(maxsize=2048)  # the days that content carries, not anything a request sends
def _date(value, format_name, language):
    return defaultfilters.date(value, format_name)


@receiver(setting_changed)  # tests that change the formats' settings
def _forget_dates(**kwargs):
    _date.cache_clear()


def language_urls_for(request):
    """This address in every language, for views that don't know a page's own.

    A view reached by a name without arguments (the search, the barrier form) has the
    same address for every visit: it is reversed once per language and remembered
    (``addresses.url_in``). Anything else is translated from its path, as Django's
    ``translate_url`` does."""
    match = request.resolver_match
    if match is not None and match.url_name and not match.args and not match.kwargs:
        return {code: url_in(code, match.view_name) for code, _name in settings.LANGUAGES}
    return {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}


class SiteEnvironment(Environment):
    def make_globals(self, d):
        """A template's globals as one dict rather than Jinja's ChainMap over the
        environment's. Every ``{% from ... import ... %}`` compares the two key sets,
        key by key in Python through a ChainMap: a page's four imports cost 6 % of its
        instructions. The globals are all set before the first template loads (as
        Jinja asks), so a copy holds the same."""
        return {**self.globals, **(d or {})}


def environment(**options):
    env = SiteEnvironment(extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_translations(translation, newstyle=False)
    # The extension's ``_`` looks ``gettext`` up in the context on every call; a page has
    # some forty strings, so ``_`` goes straight to the catalogue, remembered per language.
    env.globals["_"] = gettext
    env.globals.update(
        # The hashed name of a static file is fixed while the site runs.
        static=lru_cache(maxsize=256)(static),
        url=url,  # {{ url("site:search") }}, {{ url("page", path="") }}
        get_language=get_language,
        get_language_info=translation.get_language_info,
        language_urls_for=language_urls_for,
        head_meta=head_meta,  # canonical, alternates, Open Graph, JSON-LD (base.html)
        picture=picture,  # {{ picture(image, 400, "100vw", class_="teaser__image") }}
        # The header's links to the Leichte-Sprache and sign-language pages (German pages).
        easy_access={
            "easy_read": easy_access.EASY_READ_PATH,
            "sign_language": easy_access.SIGN_LANGUAGE_PATH,
        },
    )
    env.filters.update(
        lang_attr=lang_attr,
        is_external=is_external,
        capfirst=defaultfilters.capfirst,
        date=date,
        floatformat=defaultfilters.floatformat,
        linebreaksbr=defaultfilters.linebreaksbr,
        truncatechars=defaultfilters.truncatechars,
    )
    return env
