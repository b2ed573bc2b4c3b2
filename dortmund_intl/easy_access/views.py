from django.conf import settings
from django.urls import reverse
from django.utils import translation

from dortmund_intl import selectors
from dortmund_intl.views import PageView

from .addresses import EASY_READ_PATH, SIGN_LANGUAGE_PATH


class GermanOnlyPageView(PageView):
    """A page that exists only in German: the language switcher's other languages lead
    to their start pages, since there is no English version of this page to go to."""

    def get_language_urls(self):
        if self.preview_object is not None:
            return None
        urls = {}
        for code, _name in settings.LANGUAGES:
            if code == settings.LANGUAGE_CODE:
                urls[code] = self.object.url_path_de
            else:
                with translation.override(code):
                    urls[code] = reverse("page", kwargs={"path": ""})
        return urls

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            # Search engines learn that the page exists in German only.
            alternate_urls={settings.LANGUAGE_CODE: self.object.url_path_de},
            easy_read_path=EASY_READ_PATH,
            sign_language_path=SIGN_LANGUAGE_PATH,
            # The accessibility statement (another app), whose main contents the start
            # page retells: the footer's address, which forwards to it wherever it lives.
            accessibility_statement_path=_german_statement_address(),
        )
        return context


def _german_statement_address() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("accessibility:statement")


class EasyReadStartView(GermanOnlyPageView):
    """The start page in Leichte Sprache lists the Leichte-Sprache pages under it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["easy_read_pages"] = selectors.children_of(self.object)
        return context


class SignLanguageView(GermanOnlyPageView):
    """The video page; further sign-language pages placed under it are listed."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["children"] = selectors.children_of(self.object)
        return context
