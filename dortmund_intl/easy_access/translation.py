"""The kinds here are German-only: their own fields are not translated, and the page
base's English fields stay empty (see models.GermanOnlyPage)."""

from modeltranslation.translator import TranslationOptions, register

from .models import EasyReadPage, EasyReadStartPage, SignLanguagePage


@register(EasyReadStartPage)
class EasyReadStartPageTranslationOptions(TranslationOptions):
    fields = ()


@register(EasyReadPage)
class EasyReadPageTranslationOptions(TranslationOptions):
    fields = ()


@register(SignLanguagePage)
class SignLanguagePageTranslationOptions(TranslationOptions):
    fields = ()
